# Hand 4 — Phan Minh Khoa style: young specialist's tracking sheet; result cell = what was done,
# then " // " and the hedged status in the same cell; southern approximations ("tầm", "cỡ"),
# "(số tạm)"; small header typed in the first rows, "Vướng:" / "Đề xuất:" rows at the bottom.
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")

def build_h4(path, r):
    wb = Workbook()
    ws = wb.active
    ws.title = r["sheet"]
    for col, w in zip("ABCDE", [5, 40, 13, 70, 24]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    ws["A2"] = r["upper"]; ws["A2"].font = Font(bold=True)
    ws["D1"] = "Số: " + r["number"]
    ws["D2"] = r["date_text"]; ws["D2"].font = Font(italic=True)
    ws["A4"] = r["title"]; ws["A4"].font = Font(bold=True, size=13)
    ws["A5"] = r["subtitle"]; ws["A5"].font = Font(italic=True, size=10)
    hdr = ["#", "Việc (theo KH 38)", "Vai trò", "Đã làm // tình hình", "Ghi chú số liệu"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.fill = GREY; c.border = BOX
    row = 8
    for k, t in enumerate(r["items"], 1):
        vals = [k, t["name"], t["role"], t["body"] + " // " + t["state"], t.get("note", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v); c.alignment = WRAP; c.border = BOX
        ws.row_dimensions[row].height = 15 * max(2, len(vals[3]) // 60 + 1)
        row += 1
    row += 1
    for x in r["diff"]:
        ws.cell(row=row, column=2, value="Vướng:").font = Font(bold=True)
        ws.cell(row=row, column=4, value=x).alignment = WRAP; row += 1
    for x in r["prop"]:
        ws.cell(row=row, column=2, value="Đề xuất:").font = Font(bold=True)
        ws.cell(row=row, column=4, value=x).alignment = WRAP; row += 1
    row += 1
    ws.cell(row=row, column=2, value="Người tổng hợp: " + r["maker"])
    ws.cell(row=row, column=4, value=r["sign_role"] + ": " + r["signer"] + " (đã duyệt)")
    ws.freeze_panes = "A8"
    wb.save(path)

H4 = []
H4.append(dict(
    file="CDS_theodoi_KH38.xlsx", unit_id="SKHCN-CDS", unit_name="Phòng Chuyển đổi số",
    sheet="KH38_2026", upper="PHÒNG CHUYỂN ĐỔI SỐ", number="72/BC-CĐS", date="2026-10-24",
    date_text="TP.HCM, ngày 24/10/2026",
    title="Tình hình thực hiện KH 38 năm 2026 – phần việc của Phòng Chuyển đổi số",
    subtitle="(gửi Chi cục TĐC tổng hợp; số liệu cập nhật đến 20/10/2026)",
    items=[
        dict(task="II.2.h", status="in_progress", ind={},
             name="Cải tiến hệ thống TTHC về TĐC; kết nối Cổng một cửa quốc gia (kiểm tra nhà nước hàng nhập khẩu)",
             role="Phối hợp",
             body="Đã cùng Chi cục gửi Bộ 02 đề xuất cải tiến biểu mẫu điện tử; phần kết nối liên thông Cổng một cửa quốc gia chưa chạy được do Bộ chưa mở API",
             state="chưa hoàn thành dứt điểm", note=""),
        dict(task="II.2.i", status="in_progress", ind={},
             name="Kết nối, áp dụng CSDL quốc gia về TĐC",
             role="Phối hợp",
             body="Đã đồng bộ tầm 1.200 bản ghi dữ liệu phương tiện đo, tổ chức đánh giá sự phù hợp lên kho dữ liệu dùng chung của Sở",
             state="hoàn thành một phần (còn dữ liệu khu vực Bình Dương cũ)", note="số bản ghi là số tạm"),
        dict(task="II.2.đ", status="completed", ind={},
             name="ISO trong cơ quan hành chính (phần số hóa quy trình)",
             role="Phối hợp",
             body="Số hóa 14 quy trình ISO lên hệ thống quản lý văn bản và điều hành",
             state="đã xong phần việc của Phòng, chờ Chi cục tổng hợp", note=""),
        dict(task="II.1.a", status="in_progress", ind={"communications": 30},
             name="Hỗ trợ tuyên truyền trên Cổng thông tin điện tử Sở",
             role="Phối hợp",
             body="Đăng tải tầm 30 tin, bài, thông báo lớp tập huấn của Chi cục trên Cổng thông tin điện tử Sở",
             state="thường xuyên, vẫn đang làm", note="đếm theo chuyên mục TĐC, số tạm"),
    ],
    diff=["Bộ Khoa học và Công nghệ chưa cung cấp tài liệu đặc tả API kết nối Cổng một cửa quốc gia."],
    prop=["Đề nghị Chi cục có văn bản gửi Bộ đề nghị cung cấp tài liệu kết nối trong Quý IV/2026."],
    maker="Phan Minh Khoa", sign_role="Trưởng phòng", signer="Nguyễn Hoàng Duy",
))

H4.append(dict(
    file="VPS_KH38_tinhhinh.xlsx", unit_id="SKHCN-VP", unit_name="Văn phòng Sở Khoa học và Công nghệ",
    sheet="Tinh hinh", upper="VĂN PHÒNG SỞ", number="201/BC-VP", date="2026-10-23",
    date_text="TP.HCM, ngày 23/10/2026",
    title="Văn phòng Sở – tình hình thực hiện các nội dung phối hợp theo KH 38/2026",
    subtitle="(kèm theo Công văn đôn đốc của Chi cục TĐC)",
    items=[
        dict(task="II.2.đ", status="completed", ind={},
             name="Xây dựng, duy trì ISO 9001 trong hoạt động của Sở",
             role="Phối hợp",
             body="Đã trình Giám đốc ký Quyết định công bố HTQLCL phù hợp TCVN ISO 9001:2015; đánh giá nội bộ 02 đợt",
             state="cơ bản hoàn thành, còn rà soát lại quy trình văn thư", note=""),
        dict(task="II.4.a", status="in_progress", ind={},
             name="Đầu tư trang thiết bị cho đơn vị sự nghiệp",
             role="Phối hợp",
             body="Đã thẩm định dự toán mua sắm và trình phê duyệt kế hoạch lựa chọn nhà thầu cho Trung tâm Dịch vụ Phân tích thí nghiệm",
             state="hoàn thành một phần – còn gói thầu thứ 2 chưa tổ chức", note=""),
        dict(task="II.5.d", status="not_applicable", ind={},
             name="Khen thưởng, bảo vệ người tố giác",
             role="Phối hợp",
             body="Chưa nhận được đề nghị khen thưởng nào",
             state="trong kỳ không có", note=""),
        dict(task="II.2.h", status="not_applicable", ind={},
             name="Cải tiến hệ thống giải quyết TTHC về TĐC",
             role="Phối hợp",
             body="Chi cục và Phòng CĐS đã làm, Văn phòng không có phần việc phát sinh",
             state="không phát sinh", note=""),
        dict(task="II.3.a", status="completed", ind={"participants": 6},
             name="Cử công chức dự hội nghị, lễ kỷ niệm ngành TĐC",
             role="Phối hợp",
             body="Cử 06 lượt công chức dự hội nghị kỷ niệm Ngày Tiêu chuẩn thế giới và tập huấn nghiệp vụ",
             state="xong", note="theo danh sách cử đi"),
    ],
    diff=["Nhân sự phụ trách ISO thay đổi sau sắp xếp, phải đào tạo lại chuyên gia đánh giá nội bộ."],
    prop=["Đề nghị Chi cục hỗ trợ 01 lớp đào tạo chuyên gia đánh giá nội bộ ISO cho công chức Văn phòng Sở."],
    maker="Tạ Thị Bích Ngân", sign_role="Chánh Văn phòng", signer="Võ Văn Đức",
))

H4.append(dict(
    file="QLKH - KH38 - cap nhat.xlsx", unit_id="SKHCN-QLKH", unit_name="Phòng Quản lý Khoa học",
    sheet="cap nhat 31-10", upper="PHÒNG QUẢN LÝ KHOA HỌC", number="45/BC-QLKH", date="2026-10-31",
    date_text="TP.HCM, ngày 31/10/2026",
    title="Phòng QLKH – cập nhật thực hiện KH 38 năm 2026",
    subtitle="(số liệu đến 31/10/2026)",
    items=[
        dict(task="II.3.c", status="in_progress", ind={},
             name="Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC (NQ 27/2023, QĐ 05/2026)",
             role="Chủ trì",
             body="Đã tiếp nhận 03 hồ sơ đề xuất thu hút chuyên gia lĩnh vực đo lường; việc thẩm định tạm dừng chờ hướng dẫn thi hành QĐ 05/2026/QĐ-UBND",
             state="tạm dừng", note=""),
        dict(task="II.2.a", status="completed", ind={"budget_spent_vnd": 850000000},
             name="Nhiệm vụ KH&CN hỗ trợ nâng cao năng suất chất lượng (CT 1322)",
             role="Phối hợp",
             body="Thẩm định, ký hợp đồng 02 nhiệm vụ KH&CN về năng suất; đã giải ngân đợt 1 tầm 850 triệu đồng",
             state="đã xong phần việc của Phòng, chờ Chi cục tổng hợp", note="kinh phí là số tạm, chờ KBNN xác nhận"),
        dict(task="II.3.b", status="not_started", ind={},
             name="Khóa bồi dưỡng chuyên sâu năng suất chất lượng",
             role="Phối hợp",
             body="Chi cục chưa tổ chức nên Phòng chưa có việc",
             state="lùi sang năm 2027", note=""),
        dict(task="II.6.b", status="not_applicable", ind={},
             name="Phối hợp APO",
             role="Phối hợp",
             body="Không có yêu cầu",
             state="không phát sinh", note=""),
        dict(task="II.3.a", status="completed", ind={"participants": 2},
             name="Cử cán bộ dự hội thảo chuyên sâu về đo lường",
             role="Phối hợp",
             body="Cử 02 chuyên viên dự hội thảo đo lường tại Hà Nội (tháng 5/2026)",
             state="xong", note=""),
    ],
    diff=["Chưa có hướng dẫn chi tiết về tiêu chí chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định 05/2026/QĐ-UBND."],
    prop=["Đề nghị Sở Nội vụ sớm ban hành hướng dẫn để Phòng hoàn tất thẩm định hồ sơ thu hút chuyên gia."],
    maker="Trương Gia Huy", sign_role="Phó Trưởng phòng phụ trách", signer="Lương Thị Hồng",
))
