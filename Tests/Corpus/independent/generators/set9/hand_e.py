# Hand E: Đoàn Thị Bích Ngọc-style ward report giving results AND next quarter's plan
# ("Kế hoạch quý IV"): plan figures are targets, NOT results.
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

def build():
    # E1 Phường Bến Cát: Word table Nội dung | Kết quả 9 tháng | Kế hoạch quý IV | Tình trạng
    f = "e1-bencat-bc-9thang-ct38.docx"
    d = new_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN CÁT", "Số: 402/BC-UBND", "Bến Cát, ngày 28 tháng 9 năm 2026")
    para(d); para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện 9 tháng và kế hoạch Quý IV/2026 về triển khai Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng)", bold=True, align="c")
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, UBND phường Bến Cát báo cáo kết quả 9 tháng đầu năm và kế hoạch Quý IV/2026 như sau:", align="j")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["STT", "Nội dung (theo Kế hoạch)", "Kết quả 9 tháng năm 2026", "Kế hoạch quý IV/2026", "Tình trạng"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    rows = [
        ("1", "Tuyên truyền, phổ biến VBPL về TĐC cho hộ kinh doanh (II.1.a)",
         "- 03 hội nghị, 210 lượt người tham dự\n- 15 tin, bài trên trang TTĐT phường", "- 02 hội nghị, dự kiến 150 lượt người\n- 06 tin, bài", "Đang thực hiện"),
        ("2", "Phối hợp Chi cục kiểm tra theo nội dung phân quyền (II.5.c)",
         "- 04 cuộc kiểm tra tại 26 cơ sở\n- 05 cơ sở vi phạm, phạt 18.000.000 đồng", "- 02 cuộc kiểm tra, 15 cơ sở (vàng trang sức, cân chợ)", "Đang thực hiện"),
        ("3", "Cử công chức dự tập huấn nghiệp vụ TĐC (II.3.a)", "- 03 công chức tham dự", "- Cử 02 công chức dự lớp tháng 11", "Hoàn thành"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    para(d)
    para(d, "KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    D1 = ["Phường chưa được trang bị cân đối chứng tại chợ Bến Cát"]
    P1 = ["Đề nghị Chi cục hỗ trợ kinh phí tổ chức hội nghị tuyên truyền Quý IV/2026"]
    for x in D1: para(d, "- " + x)
    para(d, "ĐỀ XUẤT", bold=True)
    for x in P1: para(d, "- " + x)
    para(d, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNgô Thanh Bình", bold=True, align="r")
    d.save(os.path.join(ROOT, f))
    key(f, "25813", "Phường Bến Cát", "402/BC-UBND", "2026-09-28", [
        E("II.1.a", "in_progress", {"training_courses": 3, "participants": 210, "communications": 15}),
        E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 26, "violations": 5, "fines_vnd": 18000000}),
        E("II.3.a", "completed", {"participants": 3}),
    ], D1, P1)

    # E2 Xã Hồ Tràm: prose, results section then "KẾ HOẠCH QUÝ IV/2026" section with targets
    f = "e2-hotram-bc-ct38-2026.docx"
    d = new_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN", "XÃ HỒ TRÀM", "Số: 118/BC-UBND", "Hồ Tràm, ngày 12 tháng 11 năm 2026")
    para(d); para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 và kế hoạch Quý IV/2026", bold=True, align="c")
    para(d, "I. KẾT QUẢ THỰC HIỆN ĐẾN NGÀY 31/10/2026", bold=True)
    para(d, "1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng: đã đăng 08 tin, bài trên trang thông tin điện tử xã; tổ chức 01 hội nghị phổ biến cho hộ kinh doanh hải sản với 65 người tham dự. Nội dung này đã hoàn thành.", align="j")
    para(d, "2. Phối hợp thực hiện nội dung phân quyền về tiêu chuẩn, đo lường, chất lượng: phối hợp Chi cục tổ chức 02 cuộc kiểm tra tại 11 cơ sở kinh doanh xăng dầu và vựa hải sản, phát hiện 01 cơ sở vi phạm, xử phạt 3.500.000 đồng; phối hợp kiểm định 58 cân tại chợ Hồ Tràm và cảng cá. Đang tiếp tục triển khai.", align="j")
    para(d, "3. Tập huấn nghiệp vụ: cử 02 công chức tham dự lớp tập huấn của Chi cục ngày 24/9/2026 (đã thực hiện xong).", align="j")
    para(d, "II. KẾ HOẠCH QUÝ IV/2026", bold=True)
    para(d, "- Tổ chức 01 hội nghị tuyên truyền cho khoảng 80 người tại khu du lịch Hồ Tràm.", align="j")
    para(d, "- Phối hợp kiểm tra 01 cuộc tại 10 cơ sở kinh doanh vàng trang sức; kiểm định bổ sung 40 cân.", align="j")
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    D2 = ["Mùa mưa bão ảnh hưởng lịch kiểm tra tại cảng cá", "Công chức phụ trách mới tiếp nhận, chưa qua đào tạo chuyên sâu"]
    for x in D2: para(d, "- " + x)
    para(d, "IV. KIẾN NGHỊ", bold=True)
    P2 = ["Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền song ngữ cho khu du lịch"]
    for x in P2: para(d, "- " + x)
    para(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐinh Công Lý", bold=True, align="r")
    d.save(os.path.join(ROOT, f))
    key(f, "26620", "Xã Hồ Tràm", "118/BC-UBND", "2026-11-12", [
        E("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 65}),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 1, "fines_vnd": 3500000, "instruments_verified": 58}),
        E("II.3.a", "completed", {"participants": 2}),
    ], D2, P2)

    # E3 Phường An Phú xlsx
    f = "e3-anphu-bieu-ct38-kh-q4.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "KQ va KH Q4"
    ws["A1"] = "UBND PHƯỜNG AN PHÚ"; ws["A2"] = "Số: 377/BC-UBND"; ws["E2"] = "An Phú, ngày 19 tháng 10 năm 2026"
    ws["A4"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 ĐẾN 30/9/2026 VÀ KẾ HOẠCH QUÝ IV/2026"; ws["A4"].font = Font(bold=True)
    hdr = ["TT", "Nội dung", "ĐVT", "Kết quả đến 30/9/2026", "Kế hoạch Quý IV/2026", "Tình trạng"]
    for i, h in enumerate(hdr, 1): ws.cell(6, i, h).font = Font(bold=True)
    data = [
        ("1", "Tuyên truyền VBPL về TĐC (mục II.1.a)", "", None, None, "Đang thực hiện"),
        ("", "Tin, bài tuyên truyền", "tin", 11, 5, ""),
        ("", "Hội nghị phổ biến", "hội nghị", 2, 1, ""),
        ("", "Người tham dự", "người", 130, 60, ""),
        ("2", "Phối hợp kiểm tra theo phân quyền (mục II.5.c)", "", None, None, "Đang thực hiện"),
        ("", "Cuộc kiểm tra", "cuộc", 3, 2, ""),
        ("", "Cơ sở được kiểm tra", "cơ sở", 19, 12, ""),
        ("", "Cơ sở vi phạm", "cơ sở", 2, None, ""),
        ("", "Tiền phạt", "đồng", 6500000, None, ""),
        ("3", "Khen thưởng, bảo vệ người tố giác (mục II.5.d)", "", None, None, "Không phát sinh"),
    ]
    for r, row in enumerate(data, 7):
        for c, v in enumerate(row, 1):
            if v is not None: ws.cell(r, c, v)
        if row[2] == "đồng":
            ws.cell(r, 4).number_format = "#,##0"
    ws["A19"] = "Khó khăn: Nhiều hộ kinh doanh trong chung cư chưa đăng ký, khó thống kê"
    ws["A20"] = "Kiến nghị: Đề nghị Sở tập huấn cách lập biên bản vi phạm hành chính về đo lường cho công chức phường"
    ws["E22"] = "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH"; ws["E25"] = "Trịnh Văn Lực"
    ws.column_dimensions["B"].width = 48
    for c in "DE": ws.column_dimensions[c].width = 22
    wb.save(os.path.join(ROOT, f))
    key(f, "25975", "Phường An Phú", "377/BC-UBND", "2026-10-19", [
        E("II.1.a", "in_progress", {"communications": 11, "training_courses": 2, "participants": 130}),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 6500000}),
        E("II.5.d", "not_applicable", {}),
    ], ["Nhiều hộ kinh doanh trong chung cư chưa đăng ký, khó thống kê"],
       ["Đề nghị Sở tập huấn cách lập biên bản vi phạm hành chính về đo lường cho công chức phường"])

    # E4 Xã Thường Tân xlsx: "Thực hiện 9 tháng" | "Chỉ tiêu Quý IV" (targets first!)
    f = "e4-thuongtan-ct38-9t-kh-q4.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = "ỦY BAN NHÂN DÂN XÃ THƯỜNG TÂN"; ws["A2"] = "Số: 93/BC-UBND – ngày 05/11/2026"
    ws["A3"] = "V/v kết quả thực hiện Chỉ thị 38-CT/TW và chỉ tiêu Quý IV/2026"
    hdr = ["STT", "Nhiệm vụ", "Chỉ tiêu Quý IV/2026", "Thực hiện 9 tháng", "Đánh giá"]
    for i, h in enumerate(hdr, 1): ws.cell(5, i, h).font = Font(bold=True)
    rows = [
        (1, "II.1.a – Tuyên truyền, phổ biến pháp luật TĐC", "02 hội nghị, 100 người; 04 tin bài", "01 hội nghị, 52 người; 07 tin bài", "Đang thực hiện"),
        (2, "II.3.a – Tham gia tập huấn nghiệp vụ", "01 công chức", "02 công chức dự tập huấn", "Hoàn thành"),
        (3, "II.5.c – Phối hợp kiểm tra đo lường, chất lượng tại địa bàn", "01 cuộc, 08 cơ sở", "Chưa tổ chức kiểm tra (chờ kế hoạch liên ngành)", "Chưa thực hiện"),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1): ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
    ws["A10"] = "Khó khăn, vướng mắc:"; ws["B11"] = "- Xã chưa có kế hoạch kiểm tra liên ngành do chưa kiện toàn tổ công tác"
    ws["A12"] = "Đề xuất, kiến nghị:"; ws["B13"] = "- Đề nghị Chi cục chủ trì kiểm tra liên ngành trên địa bàn xã trong tháng 12/2026"
    ws["D15"] = "TM. UBND XÃ – CHỦ TỊCH"; ws["D18"] = "Mai Xuân Hòa"
    for c, w in zip("BCDE", [44, 28, 34, 16]): ws.column_dimensions[c].width = w
    wb.save(os.path.join(ROOT, f))
    key(f, "25909", "Xã Thường Tân", "93/BC-UBND", "2026-11-05", [
        E("II.1.a", "in_progress", {"training_courses": 1, "participants": 52, "communications": 7}),
        E("II.3.a", "completed", {"participants": 2}),
        E("II.5.c", "not_started", {}),
    ], ["Xã chưa có kế hoạch kiểm tra liên ngành do chưa kiện toàn tổ công tác"],
       ["Đề nghị Chi cục chủ trì kiểm tra liên ngành trên địa bàn xã trong tháng 12/2026"])
