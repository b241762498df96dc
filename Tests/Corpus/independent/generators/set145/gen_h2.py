# Hand 2 — Trịnh Thị Kim Oanh style: department specialist's Excel biểu, one row per figure,
# a "Ghi nhận" column of qualifier signs (= ≈ > < tt) beside each number, hedged "Mức độ hoàn thành",
# "Điều kiện, ghi chú kèm theo" column.
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

def build_h2(path, r):
    wb = Workbook()
    ws = wb.active
    ws.title = r.get("sheet", "BC_KH38")
    widths = [5, 34, 46, 11, 8, 12, 20, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = r["parent"]; ws["A1"].alignment = CEN
    ws.merge_cells("A2:C2"); ws["A2"] = r["upper"]; ws["A2"].font = Font(bold=True); ws["A2"].alignment = CEN
    ws.merge_cells("D1:H1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True); ws["D1"].alignment = CEN
    ws.merge_cells("D2:H2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True); ws["D2"].alignment = CEN
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + r["number"]; ws["A3"].alignment = CEN
    ws.merge_cells("D3:H3"); ws["D3"] = r["place_date"]; ws["D3"].font = Font(italic=True); ws["D3"].alignment = CEN
    ws.merge_cells("A5:H5"); ws["A5"] = r["title"]; ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = CEN
    ws.merge_cells("A6:H6"); ws["A6"] = r["subtitle"]; ws["A6"].font = Font(italic=True); ws["A6"].alignment = CEN
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện (diễn giải)", "Số liệu", "Ghi nhận", "ĐVT",
           "Mức độ hoàn thành", "Điều kiện, ghi chú kèm theo"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.alignment = CEN; c.border = BOX
    ws.merge_cells("A9:H9")
    ws["A9"] = ("Cột Ghi nhận: \"=\" số chính xác; \"≈\" khoảng; \">\" trên, hơn; \"<\" gần, chưa tới; "
                "\"tt\" số liệu tạm tính")
    ws["A9"].font = Font(italic=True, size=9)
    row = 10
    for k, t in enumerate(r["items"], 1):
        figs = t["figs"] or [(None, "", "")]
        r0 = row
        for (val, sign, unit) in figs:
            ws.cell(row=row, column=4, value=val)
            ws.cell(row=row, column=5, value=sign).alignment = CEN
            ws.cell(row=row, column=6, value=unit)
            if isinstance(val, float):
                ws.cell(row=row, column=4).number_format = "0.0"
            elif isinstance(val, int) and val >= 1000:
                ws.cell(row=row, column=4).number_format = "#,##0"
            row += 1
        r1 = row - 1
        ws.cell(row=r0, column=1, value=k)
        ws.cell(row=r0, column=2, value=t["name"])
        ws.cell(row=r0, column=3, value=t["body"])
        ws.cell(row=r0, column=7, value=t["level"])
        ws.cell(row=r0, column=8, value=t.get("cond", ""))
        for col in (1, 2, 3, 7, 8):
            if r1 > r0:
                ws.merge_cells(start_row=r0, start_column=col, end_row=r1, end_column=col)
        for rr in range(r0, r1 + 1):
            for col in range(1, 9):
                c = ws.cell(row=rr, column=col); c.border = BOX
                if col not in (5,):
                    c.alignment = WRAP
        ws.row_dimensions[r0].height = max(30, 15 * max(1, len(t["body"]) // 55))
    row += 1
    ws.cell(row=row, column=1, value="VƯỚNG MẮC:").font = Font(bold=True); row += 1
    for x in r["diff"]:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
        ws.cell(row=row, column=2, value="- " + x).alignment = WRAP; row += 1
    ws.cell(row=row, column=1, value="KIẾN NGHỊ:").font = Font(bold=True); row += 1
    for x in r["prop"]:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
        ws.cell(row=row, column=2, value="- " + x).alignment = WRAP; row += 1
    row += 1
    ws.cell(row=row, column=2, value="NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=6, end_row=row, end_column=8)
    ws.cell(row=row, column=6, value=r["sign_role"]).font = Font(bold=True)
    ws.cell(row=row, column=6).alignment = CEN
    row += 4
    ws.cell(row=row, column=2, value=r["maker"])
    ws.merge_cells(start_row=row, start_column=6, end_row=row, end_column=8)
    ws.cell(row=row, column=6, value=r["signer"]).font = Font(bold=True)
    ws.cell(row=row, column=6).alignment = CEN
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "8:8"
    wb.save(path)

H2 = []
H2.append(dict(
    file="SCT_BieuKQ_KH38_2026.xlsx", unit_id="SO-CT", unit_name="Sở Công Thương",
    parent="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", upper="SỞ CÔNG THƯƠNG", number="1873/BC-SCT",
    date="2026-10-28", place_date="Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
    title="BIỂU KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
    subtitle="(Kèm theo Báo cáo số 1873/BC-SCT ngày 28/10/2026 của Sở Công Thương)",
    items=[
        dict(task="II.5.a", status="completed",
             ind={"inspections": 6, "establishments_inspected": 52, "violations": 4, "fines_vnd": 38500000},
             name="Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường",
             body="Phối hợp Chi cục TĐC và Chi cục QLTT kiểm tra 06 cuộc, khoảng 52 cửa hàng xăng dầu, cửa hàng LPG; "
                  "04 cơ sở vi phạm (đo lường, nhãn chai LPG); tiền phạt tạm tính 38,5 triệu đồng.",
             figs=[(6, "=", "cuộc"), (52, "≈", "cơ sở"), (4, "=", "cơ sở VP"), (38.5, "tt", "triệu đồng")],
             level="Cơ bản hoàn thành", cond="Còn 01 quyết định xử phạt đang trình ký"),
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 3},
             name="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
             body="Góp ý 03 dự thảo QCVN (chai chứa LPG, dây và cáp điện, thép làm cốt bê tông) theo đề nghị của Bộ Công Thương và Chi cục.",
             figs=[(3, "=", "dự thảo")],
             level="Đã xong phần việc của Sở", cond="Chờ cơ quan chủ trì (Chi cục TĐC) tổng hợp"),
        dict(task="II.3.a", status="completed", ind={"participants": 5},
             name="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
             body="Cử 05 công chức Phòng Quản lý thương mại, Phòng Kỹ thuật an toàn tham dự tập huấn do Chi cục tổ chức.",
             figs=[(5, "=", "người")],
             level="Hoàn thành", cond=""),
        dict(task="II.2.đ", status="in_progress", ind={},
             name="Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở",
             body="Đã cập nhật quy trình cho phần lớn thủ tục hành chính sau sắp xếp; còn 06 thủ tục chưa xây dựng lại quy trình.",
             figs=[],
             level="Hoàn thành một phần", cond="Dự kiến xong trong tháng 11/2026"),
        dict(task="II.1.a", status="completed", ind={"communications": 20, "training_courses": 1, "participants": 150},
             name="Tuyên truyền, phổ biến quy định về chất lượng xăng dầu, LPG cho doanh nghiệp",
             body="Đăng trên 20 tin, bài trên Cổng thông tin điện tử Sở; tổ chức 01 hội nghị phổ biến quy chuẩn xăng dầu với khoảng 150 đại biểu doanh nghiệp.",
             figs=[(20, ">", "tin, bài"), (1, "=", "hội nghị"), (150, "≈", "đại biểu")],
             level="Hoàn thành", cond=""),
        dict(task="II.5.d", status="not_applicable", ind={},
             name="Khen thưởng, bảo vệ người tố giác vi phạm về TĐC",
             body="Trong kỳ không có trường hợp tố giác liên quan lĩnh vực công thương.",
             figs=[], level="Không phát sinh", cond=""),
    ],
    diff=["Số liệu xử phạt do Chi cục QLTT cung cấp chưa chốt tại thời điểm lập biểu nên còn là số tạm tính.",
          "Nhiều cửa hàng xăng dầu thay đổi chủ sở hữu, khó xác định đầu mối khi kiểm tra lại."],
    prop=["Đề nghị Chi cục TĐC thống nhất mẫu biểu số liệu dùng chung giữa các sở để tránh trùng lặp số liệu kiểm tra.",
          "Đề nghị Sở KH&CN chia sẻ danh sách cột đo xăng dầu đã kiểm định trên hệ thống cơ sở dữ liệu."],
    sign_role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", maker="Trịnh Thị Kim Oanh", signer="Bùi Tá Hoàng Vũ",
))

H2.append(dict(
    file="SYT - bieu KQ CT38.xlsx", unit_id="SO-YT", unit_name="Sở Y tế",
    parent="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", upper="SỞ Y TẾ", number="426/BC-SYT",
    date="2026-11-05", place_date="Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026",
    title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (PHẦN VIỆC CỦA NGÀNH Y TẾ)",
    subtitle="(Số liệu từ 01/01/2026 đến 31/10/2026)",
    items=[
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 2},
             name="Góp ý dự thảo QCVN về trang thiết bị y tế, phương tiện đo nhóm 2 dùng trong y tế",
             body="Đã góp ý 02 dự thảo quy chuẩn (máy đo huyết áp, nhiệt kế điện tử) gửi Chi cục TĐC.",
             figs=[(2, "=", "dự thảo")],
             level="Đã xong phần việc của Sở", cond="Chờ cơ quan chủ trì tổng hợp, gửi Bộ"),
        dict(task="II.2.đ", status="completed", ind={},
             name="Áp dụng, duy trì ISO 9001 tại cơ quan Sở",
             body="Đã ban hành danh mục quy trình nội bộ, đánh giá nội bộ lần 1; còn khắc phục một số điểm không phù hợp nhỏ.",
             figs=[], level="Cơ bản hoàn thành", cond=""),
        dict(task="II.5.a", status="in_progress",
             ind={"inspections": 2, "establishments_inspected": 35, "violations": 0},
             name="Phối hợp kiểm tra phương tiện đo (huyết áp kế, nhiệt kế) tại cơ sở khám, chữa bệnh tư nhân",
             body="Đợt 1 phối hợp Chi cục TĐC kiểm tra 02 cuộc, khoảng 35 phòng khám tư nhân; chưa phát hiện vi phạm. Đợt 2 tạm dừng do chờ bố trí kinh phí.",
             figs=[(2, "=", "cuộc"), (35, "≈", "cơ sở"), (0, "=", "cơ sở VP")],
             level="Tạm dừng", cond="Đợt 2 sẽ thực hiện khi có kinh phí, có thể lùi sang năm 2027"),
        dict(task="II.3.a", status="completed", ind={"participants": 10},
             name="Cử cán bộ tham gia tập huấn về đo lường trong y tế",
             body="Cử trên 10 lượt cán bộ phòng Nghiệp vụ Y, Thanh tra Sở và bệnh viện trực thuộc tham dự các lớp tập huấn.",
             figs=[(10, ">", "lượt người")],
             level="Hoàn thành", cond=""),
    ],
    diff=["Kinh phí kiểm tra phối hợp không được bố trí riêng trong dự toán năm 2026 của Sở."],
    prop=["Đề nghị Chi cục TĐC chủ trì, bố trí kinh phí cho đợt kiểm tra thứ 2 tại cơ sở khám, chữa bệnh.",
          "Đề nghị cung cấp danh mục phương tiện đo nhóm 2 trong y tế phải kiểm định để Sở hướng dẫn các bệnh viện."],
    sign_role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", maker="Lý Ngọc Hân", signer="Nguyễn Văn Vĩnh Châu",
))

H2.append(dict(
    file="So GDDT_KH38_baocao.xlsx", unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo",
    parent="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", upper="SỞ GIÁO DỤC VÀ ĐÀO TẠO", number="3105/BC-SGDĐT",
    date="2026-11-10", place_date="Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026",
    title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
    subtitle="(Phần nội dung Sở Giáo dục và Đào tạo phối hợp)",
    items=[
        dict(task="II.3.d", status="in_progress", ind={"training_courses": 4, "participants": 1000},
             name="Phối hợp đưa nội dung tiêu chuẩn, đo lường, chất lượng, mã số mã vạch vào hoạt động ngoại khóa",
             body="Phối hợp Chi cục TĐC tổ chức 04 buổi tọa đàm tại các trường trung cấp, cao đẳng trực thuộc; gần 1.000 lượt học sinh, sinh viên tham dự (số liệu tạm tính).",
             figs=[(4, "=", "buổi"), (1000, "<", "lượt")],
             level="Hoàn thành một phần", cond="Còn các trường khu vực Bà Rịa - Vũng Tàu (cũ) chưa tổ chức"),
        dict(task="II.2.đ", status="completed", ind={},
             name="Duy trì hệ thống quản lý chất lượng ISO tại cơ quan Sở",
             body="Đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.",
             figs=[], level="Hoàn thành", cond=""),
        dict(task="II.3.a", status="completed", ind={"participants": 4},
             name="Cử công chức, viên chức dự tập huấn",
             body="Cử 04 công chức phòng Kế hoạch - Tài chính, Văn phòng Sở tham dự tập huấn.",
             figs=[(4, "=", "người")], level="Hoàn thành", cond=""),
        dict(task="II.5.a", status="not_applicable", ind={},
             name="Phối hợp kiểm tra chất lượng đồ chơi trẻ em, thiết bị dạy học tại cơ sở giáo dục",
             body="Trong kỳ không có đề nghị phối hợp kiểm tra.",
             figs=[], level="Không phát sinh", cond=""),
        dict(task="II.2.e", status="not_started", ind={},
             name="Góp ý dự thảo quy chuẩn kỹ thuật địa phương về chiếu sáng, bàn ghế lớp học",
             body="Cơ quan soạn thảo chưa gửi dự thảo.",
             figs=[], level="Lùi sang năm 2027", cond="Theo thông báo của cơ quan soạn thảo"),
    ],
    diff=["Lịch học của học sinh, sinh viên dày nên khó bố trí thời gian tổ chức tọa đàm ngoại khóa."],
    prop=["Đề nghị Chi cục TĐC cung cấp bộ tài liệu, video tuyên truyền phù hợp với học sinh, sinh viên."],
    sign_role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", maker="Đỗ Thị Phương Thảo", signer="Lê Thụy Mỵ Châu",
))
