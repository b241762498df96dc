"""Hand 4 - 'LibreOffice Calc booklet': a workbook laid out like a printed booklet, saved from
LibreOffice Calc. Sheet 'Bia' (cover: letterhead, Số, date, big title, period, 'Kính gửi'),
sheet 'Ket qua' (STT | Nội dung nhiệm vụ | Kết quả thực hiện (prose, line breaks inside the cell) |
Mức độ hoàn thành), sheet 'KK-KN' (two blocks, items a), b), c)), sheet 'Ky' (the signature
page: Người lập biểu / Thủ trưởng đơn vị, names, 'đã ký'). Status words are the hand's own
fixed phrases: 'Đã triển khai xong', 'Đang tiếp tục triển khai', 'Chưa có điều kiện triển khai',
'Không có nội dung phát sinh'."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import ROOT, write_key, lo_resave

PH = {"completed": "Đã triển khai xong", "in_progress": "Đang tiếp tục triển khai",
      "not_started": "Chưa có điều kiện triển khai", "not_applicable": "Không có nội dung phát sinh"}

UNITS = [
    dict(fname="QLKH - BC thuc hien CT38 nam 2026.xlsx", uid="SKHCN-QLKH",
         top=["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"], number="144/BC-QLKH",
         dateline="Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", iso="2026-10-28",
         to="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
         signer=("Trần Thị Mỹ Duyên", "TRƯỞNG PHÒNG", "Lê Hoàng Vũ"),
         rows=[
             ("II.3.c", "Thu hút cán bộ trình độ cao, chuyên gia tư vấn, đánh giá lĩnh vực TĐC (NQ 27/2023/NQ-HĐND, QĐ 05/2026/QĐ-UBND)",
              "Đã thông báo nhu cầu thu hút đến các đơn vị trực thuộc Sở.\nTiếp nhận 02 hồ sơ chuyên gia lĩnh vực đo lường, đang thẩm định theo quy trình.",
              "in_progress", {}),
             ("II.3.b", "Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất, chất lượng",
              "Phối hợp Chi cục tổ chức 01 khóa bồi dưỡng chuyên gia năng suất nội bộ (tháng 8/2026), 36 học viên của doanh nghiệp tham gia.",
              "completed", {"training_courses": 1, "participants": 36}),
             ("II.6.b", "Phối hợp với APO thúc đẩy năng suất",
              "Trong kỳ chưa có yêu cầu phối hợp.", "not_applicable", {}),
         ],
         kk=["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn đối với chuyên gia đánh giá sự phù hợp có kinh nghiệm.",
             "Tiêu chí xác định chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng chưa được hướng dẫn cụ thể."],
         kn=["Đề nghị Chi cục đề xuất bộ tiêu chí chuyên gia lĩnh vực TĐC để Phòng trình Sở ban hành."]),
    dict(fname="SGDDT_BC_CT38_2026_LibreOffice.xlsx", uid="SO-GDDT",
         top=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], number="3871/BC-SGDĐT",
         dateline="Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026", iso="2026-10-31",
         to="Sở Khoa học và Công nghệ",
         signer=("Nguyễn Quốc Bảo", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Thị Kim Hoa"),
         rows=[
             ("II.3.d", "Đào tạo, bồi dưỡng về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho học sinh, sinh viên các trường trung cấp, cao đẳng",
              "Phối hợp Chi cục TĐC tổ chức 04 buổi chuyên đề tại 04 trường trung cấp, cao đẳng với 620 học sinh, sinh viên tham dự.\nĐưa nội dung nhãn hàng hóa vào hoạt động ngoại khóa.",
              "in_progress", {"training_courses": 4, "participants": 620}),
             ("II.1.a", "Tuyên truyền pháp luật về TĐC trong trường học",
              "Đăng 09 tin, bài trên Cổng thông tin ngành giáo dục; phát hành tài liệu đến các trường.",
              "completed", {"communications": 9}),
             ("II.2.e", "Góp ý dự thảo quy chuẩn kỹ thuật liên quan thiết bị dạy học",
              "Góp ý 01 dự thảo QCVN về an toàn đồ chơi, thiết bị dạy học.",
              "completed", {"standards_reviewed": 1}),
         ],
         kk=["Kinh phí tổ chức chuyên đề ngoại khóa phải lồng ghép, chưa có nguồn riêng."],
         kn=["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, báo cáo viên cho các buổi chuyên đề năm học 2026-2027.",
             "Đề nghị hỗ trợ kinh phí in ấn tài liệu tuyên truyền cho học sinh."]),
    dict(fname="Xa Chau Duc - BC CT38.xlsx", uid="26596",
         top=["ỦY BAN NHÂN DÂN", "XÃ CHÂU ĐỨC"], number="176/BC-UBND",
         dateline="Châu Đức, ngày 19 tháng 10 năm 2026", iso="2026-10-19",
         to="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
         signer=("Võ Thanh Tâm", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Văn Lực"),
         rows=[
             ("II.5.c", "Phối hợp Chi cục TĐC thực hiện nội dung phân quyền quản lý nhà nước về TĐC",
              "Thành lập tổ kiểm tra liên ngành xã, kiểm tra 02 đợt tại 16 cơ sở (cửa hàng xăng dầu, đại lý vật tư nông nghiệp, cân tại chợ).\nPhát hiện 02 cơ sở vi phạm, xử phạt 6.000.000 đồng.",
              "in_progress", {"inspections": 2, "establishments_inspected": 16, "violations": 2, "fines_vnd": 6000000}),
             ("II.1.a", "Tuyên truyền, phổ biến pháp luật về TĐC",
              "Phát 08 tin trên hệ thống loa truyền thanh xã về đo lường trong mua bán nông sản.",
              "in_progress", {"communications": 8}),
             ("II.3.a", "Cử công chức tham gia tập huấn nghiệp vụ",
              "Cử 02 công chức tham dự lớp tập huấn do Chi cục tổ chức tháng 6/2026.",
              "completed", {"participants": 2}),
         ],
         kk=["Địa bàn rộng, cơ sở kinh doanh phân tán, tổ kiểm tra chưa có phương tiện đi lại.",
             "Người dân chưa quen kiểm tra cân khi bán nông sản cho thương lái."],
         kn=["Đề nghị Sở cấp 01 bộ quả cân chuẩn và cân đối chứng cho xã."]),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build(u):
    wb = Workbook()
    b = wb.active; b.title = "Bia"
    b.column_dimensions["A"].width = 40; b.column_dimensions["B"].width = 50
    r = 1
    for i, t in enumerate(u["top"]):
        c = b.cell(r + i, 1, t); c.alignment = CEN; c.font = Font(bold=(i == len(u["top"]) - 1))
    b.cell(1, 2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
    b.cell(2, 2, "Độc lập - Tự do - Hạnh phúc").font = Font(bold=True)
    n = len(u["top"]) + 1
    b.cell(n, 1, "Số: " + u["number"]).alignment = CEN
    b.cell(n, 2, u["dateline"]).font = Font(italic=True)
    for rr in range(1, n + 1):
        b.cell(rr, 2).alignment = CEN
    b.merge_cells(start_row=n + 3, start_column=1, end_row=n + 3, end_column=2)
    c = b.cell(n + 3, 1, "BÁO CÁO"); c.font = Font(bold=True, size=20); c.alignment = CEN
    b.merge_cells(start_row=n + 4, start_column=1, end_row=n + 5, end_column=2)
    c = b.cell(n + 4, 1, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")
    c.font = Font(bold=True, size=14); c.alignment = CEN
    b.row_dimensions[n + 4].height = 40
    b.cell(n + 7, 1, "Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 30/9/2026").alignment = CEN
    b.merge_cells(start_row=n + 7, start_column=1, end_row=n + 7, end_column=2)
    b.cell(n + 9, 1, "Kính gửi: " + u["to"] + ".")
    b.cell(n + 11, 1, "Gồm: Phần I - Kết quả (sheet 'Ket qua'); Phần II - Khó khăn, kiến nghị (sheet 'KK-KN'); Trang ký (sheet 'Ky').").font = Font(italic=True, size=10)

    k = wb.create_sheet("Ket qua")
    k.merge_cells("A1:D1")
    k["A1"] = "PHẦN I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"; k["A1"].font = Font(bold=True)
    hdr = ["STT", "Nội dung nhiệm vụ", "Kết quả thực hiện", "Mức độ hoàn thành"]
    for j, h in enumerate(hdr, 1):
        c = k.cell(3, j, h); c.font = Font(bold=True); c.alignment = CEN; c.border = BOX
    ents = []
    for i, (task, name, res, st, ind) in enumerate(u["rows"], 1):
        vals = [i, name, res, PH[st]]
        for j, v in enumerate(vals, 1):
            c = k.cell(3 + i, j, v); c.border = BOX; c.alignment = WR if j in (2, 3) else CEN
        k.row_dimensions[3 + i].height = 15 * (2 + res.count("\n") + len(res) // 60)
        ents.append(dict(task=task, status=st, ind=ind, text=res.replace("\n", " "), source=f"Ket qua row {3 + i}"))
    for col, w in zip("ABCD", [6, 40, 70, 20]):
        k.column_dimensions[col].width = w
    k.print_title_rows = "3:3"
    k.page_setup.orientation = "landscape"

    s = wb.create_sheet("KK-KN")
    s["A1"] = "PHẦN II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"; s["A1"].font = Font(bold=True)
    s["A3"] = "1. Khó khăn, vướng mắc"; s["A3"].font = Font(bold=True)
    r = 4
    for i, x in enumerate(u["kk"]):
        s.cell(r, 1, f"{'abcdef'[i]})"); s.cell(r, 2, x).alignment = WR; r += 1
    r += 1
    s.cell(r, 1, "2. Kiến nghị, đề xuất").font = Font(bold=True); r += 1
    for i, x in enumerate(u["kn"]):
        s.cell(r, 1, f"{'abcdef'[i]})"); s.cell(r, 2, x).alignment = WR; r += 1
    s.column_dimensions["A"].width = 5; s.column_dimensions["B"].width = 110

    g = wb.create_sheet("Ky")
    g.column_dimensions["A"].width = 45; g.column_dimensions["B"].width = 45
    g["A2"] = "NGƯỜI LẬP BIỂU"; g["B2"] = u["signer"][1]
    g["A3"] = "(Ký, ghi rõ họ tên)"; g["B3"] = "(Ký tên, đóng dấu)"
    g["A8"] = u["signer"][0]; g["B8"] = u["signer"][2]
    g["B7"] = "(đã ký)"
    for ref in ("A2", "B2", "A8", "B8"):
        g[ref].font = Font(bold=True)
    for row in g.iter_rows(min_row=1, max_row=9):
        for c in row:
            c.alignment = CEN
    g.row_dimensions[2].height = 48
    g["A11"] = "Nơi nhận:"; g["A11"].font = Font(bold=True, italic=True)
    g["A12"] = "- Như trên;"; g["A13"] = "- Lưu: VT."
    out = os.path.join(ROOT, u["fname"])
    wb.save(out)
    lo_resave(out, "xlsx")
    write_key(u["fname"], u["uid"], u["number"], u["iso"], ents, u["kk"], u["kn"])


if __name__ == "__main__":
    for u in UNITS:
        build(u)
    print("h4 done")
