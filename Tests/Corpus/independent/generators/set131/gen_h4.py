# -*- coding: utf-8 -*-
"""Hand 4 - Huỳnh Thị Bích Ngọc style: planning officer's follow-up workbook with one
sheet per plan being followed; on the CT38 sheet each job is a bold row followed by one row
per period (Quý I, Quý II, Quý III, Tháng 10, Tháng 11 / Quý IV) and a bold 'Lũy kế' row
of =SUM formulas; the status only on the 'Lũy kế' row ('Đánh giá đến …')."""
from gen_common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F = lambda **k: Font(name="Times New Roman", size=11, **k)


def sheet_ct38(ws, header_lines, title, cols, blocks, status_hdr, total_label, notes, widths):
    """blocks: list of (name, [(period, [values...])], status). Returns {cellref: value} of formulas."""
    n = 3 + len(cols) + 1
    r = 1
    for line, st in header_lines:
        c = ws.cell(r, 1, line)
        c.font = F(bold="b" in st, italic="i" in st)
        r += 1
    r += 1
    c = ws.cell(r, 1, title)
    c.font = Font(name="Times New Roman", size=13, bold=True)
    c.alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    r += 2
    hdr = ["TT", "Nội dung công việc", "Kỳ"] + cols + [status_hdr]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = F(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    ws.row_dimensions[r].height = 48
    r += 1
    cached = {}
    for bi, (name, periods, status) in enumerate(blocks, 1):
        ws.cell(r, 1, bi)
        ws.cell(r, 2, name)
        for j in range(1, n + 1):
            c = ws.cell(r, j)
            c.font = F(bold=True)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        if not periods:
            ws.cell(r, 3, "Cả năm")
            ws.cell(r, n, status)
            ws.cell(r, n).font = F(italic=True)
            r += 1
            continue
        r += 1
        first = r
        for per, vals in periods:
            ws.cell(r, 3, per)
            for j, v in enumerate(vals):
                c = ws.cell(r, 4 + j, v)
                if isinstance(v, int) and v >= 1000:
                    c.number_format = "#,##0"
            for j in range(1, n + 1):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).font = F()
            r += 1
        last = r - 1
        ws.cell(r, 3, total_label)
        for j in range(len(cols)):
            col = get_column_letter(4 + j)
            vs = [p[1][j] for p in periods if isinstance(p[1][j], int)]
            if vs:
                c = ws.cell(r, 4 + j, "=SUM(%s%d:%s%d)" % (col, first, col, last))
                c.number_format = "#,##0"
                cached["%s%d" % (col, r)] = sum(vs)
        ws.cell(r, n, status)
        for j in range(1, n + 1):
            c = ws.cell(r, j)
            c.border = BOX
            c.font = F(bold=True, italic=(j == n))
            c.fill = PatternFill("solid", fgColor="FFF2CC")
            c.alignment = Alignment(wrap_text=True, vertical="center")
        r += 1
    r += 1
    for line, st in notes:
        c = ws.cell(r, 1, line)
        c.font = F(bold="b" in st, italic="i" in st)
        r += 1
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    return cached


def other_sheet(ws, title, rows):
    ws.cell(1, 1, title).font = Font(name="Times New Roman", size=12, bold=True)
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v).font = F(bold=(i == 3))
    ws.column_dimensions["B"].width = 50


def notes_kk(dif, pro, signer):
    return [("Khó khăn, vướng mắc:", "b")] + [("- " + x, "") for x in dif] + [("Kiến nghị:", "b")] + \
           [("- " + x, "") for x in pro] + [("", ""), (signer, "i")]


# ---------------------------------------------------------------- file 11
def f11():
    fn = "SNNMT_TH thuc hien KH phoi hop 11T2026.xlsx"
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "KH ATTP 2026"
    other_sheet(ws0, "THEO DÕI KẾ HOẠCH BẢO ĐẢM AN TOÀN THỰC PHẨM NÔNG LÂM THỦY SẢN NĂM 2026",
                [["TT", "Nội dung", "Lũy kế 11 tháng", "Đánh giá"], [1, "Giám sát mẫu nông lâm thủy sản", 2640, "Đang thực hiện"],
                 [2, "Kiểm tra cơ sở sản xuất, kinh doanh", 318, "Đang thực hiện"]])
    ws = wb.create_sheet("KH38 TDC")
    cols = ["Cuộc KT", "Cơ sở KT", "Cơ sở VP", "Tiền phạt (đồng)", "Mẫu lấy (mẫu)", "DN/HTX được hỗ trợ", "Lớp tập huấn", "Lượt người", "Dự thảo QCVN/TCVN góp ý"]
    N = None
    blocks = [
        ("Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi) lưu thông trên thị trường",
         [("Quý I", [3, 41, 4, 38500000, N, N, N, N, N]), ("Quý II", [4, 52, 6, 61000000, N, N, N, N, N]),
          ("Quý III", [3, 37, 2, 22000000, N, N, N, N, N]), ("Tháng 10", [1, 12, 1, 9500000, N, N, N, N, N]),
          ("Tháng 11", [1, 15, N, N, N, N, N, N, N])], "Đang thực hiện"),
        ("Lấy mẫu khảo sát chất lượng phân bón, thức ăn chăn nuôi",
         [("Quý I", [N, N, N, N, 20, N, N, N, N]), ("Quý II", [N, N, N, N, 25, N, N, N, N]), ("Quý III", [N, N, N, N, 18, N, N, N, N]),
          ("Tháng 10", [N] * 9), ("Tháng 11", [N, N, N, N, 12, N, N, N, N])], "Hoàn thành"),
        ("Hỗ trợ hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc nông sản (Đề án 100)",
         [("Quý I", [N, N, N, N, N, 5, N, N, N]), ("Quý II", [N, N, N, N, N, 8, 1, 85, N]), ("Quý III", [N, N, N, N, N, 6, 1, 70, N]),
          ("Tháng 10", [N, N, N, N, N, 3, N, N, N]), ("Tháng 11", [N, N, N, N, N, 2, N, N, N])], "Đang thực hiện"),
        ("Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường",
         [("Quý I", [N] * 8 + [1]), ("Quý II", [N] * 9), ("Quý III", [N] * 8 + [2]), ("Tháng 10", [N] * 9), ("Tháng 11", [N] * 9)], "Hoàn thành"),
        ("Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở", [], "Hoàn thành"),
    ]
    dif = ["Nhiều cửa hàng vật tư nông nghiệp nhỏ lẻ ở các xã ven đô thay đổi địa điểm kinh doanh, khó theo dõi sau kiểm tra.",
           "Chi phí thử nghiệm mẫu phân bón cao, kinh phí được giao chỉ đáp ứng khoảng 70% nhu cầu."]
    pro = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu phân bón của Chi cục TĐC để tránh lấy mẫu trùng lặp."]
    cached = sheet_ct38(ws,
                        [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "b"), ("Số: 7789/BC-SNNMT", ""), ("Thành phố Hồ Chí Minh, ngày 27 tháng 11 năm 2026", "i")],
                        "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (11 THÁNG)",
                        cols, blocks, "Đánh giá đến 30/11/2026", "Lũy kế 11 tháng",
                        notes_kk(dif, pro, "Người tổng hợp: Huỳnh Thị Bích Ngọc - Phòng Kế hoạch - Tài chính"),
                        [5, 52, 12] + [10] * 9 + [20])
    ws2 = wb.create_sheet("KH 389")
    other_sheet(ws2, "PHỐI HỢP CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI (BCĐ 389)",
                [["TT", "Nội dung", "Lũy kế 11 tháng", "Đánh giá"], [1, "Vụ việc phối hợp xử lý", 27, "Đang thực hiện"]])
    wb.active = 1
    path = os.path.join(OUT, fn)
    wb.save(path)
    patch_cached_values(path, {"sheet2.xml": cached})
    en = [E("II.5.a", "in_progress", "Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi) lưu thông trên thị trường",
            inspections=12, establishments_inspected=157, violations=13, fines_vnd=131000000),
          E("II.5.b", "completed", "Lấy mẫu khảo sát chất lượng phân bón, thức ăn chăn nuôi", samples_tested=75),
          E("II.2.a", "in_progress", "Hỗ trợ hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc nông sản (Đề án 100)",
            enterprises_supported=24, training_courses=2, participants=155),
          E("II.2.e", "completed", "Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường", standards_reviewed=3),
          E("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở")]
    key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "7789/BC-SNNMT", "2026-11-27", en, dif, pro)


# ---------------------------------------------------------------- file 12
def f12():
    fn = "KTPC - Theo doi 11 thang 2026.xlsx"
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "KH thanh tra 2026"
    other_sheet(ws0, "THEO DÕI THỰC HIỆN KẾ HOẠCH THANH TRA, KIỂM TRA NĂM 2026 (ngoài KH38)",
                [["TT", "Nội dung", "Lũy kế 11 tháng", "Đánh giá"], [1, "Kiểm tra việc thực hiện nhiệm vụ KH&CN có sử dụng NSNN", 6, "Hoàn thành"],
                 [2, "Kiểm tra an toàn bức xạ", 14, "Đang thực hiện"]])
    ws = wb.create_sheet("KH38")
    cols = ["Cuộc KT", "Cơ sở KT", "Cơ sở VP", "Tiền phạt (đồng)", "PT, TB được hiệu chuẩn/kiểm định", "Kinh phí (đồng)", "Dự thảo VBQPPL góp ý", "UBND xã/phường được hướng dẫn"]
    N = None
    blocks = [
        ("Phối hợp Chi cục TĐC kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông",
         [("Quý I", [2, 18, 3, 15000000, N, N, N, N]), ("Quý II", [3, 26, 5, 42500000, N, N, N, N]),
          ("Quý III", [2, 21, 2, 12000000, N, N, N, N]), ("Tháng 10", [1, 9, 1, 7500000, N, N, N, N]),
          ("Tháng 11", [1, 8, N, N, N, N, N, N])], "Đang thực hiện (thường xuyên)"),
        ("Bảo trì, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)",
         [("Quý I", [N] * 8), ("Quý II", [N, N, N, N, 8, 21400000, N, N]), ("Quý III", [N, N, N, N, 6, 17200000, N, N]),
          ("Tháng 10", [N] * 8), ("Tháng 11", [N] * 8)], "Hoàn thành"),
        ("Góp ý dự thảo văn bản QPPL hướng dẫn Luật Chất lượng sản phẩm, hàng hóa và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi)",
         [("Quý I", [N] * 6 + [1, N]), ("Quý II", [N] * 6 + [2, N]), ("Quý III", [N] * 6 + [1, N]), ("Tháng 10", [N] * 8), ("Tháng 11", [N] * 8)], "Hoàn thành"),
        ("Hướng dẫn UBND phường, xã, đặc khu xử phạt vi phạm hành chính về TĐC theo phân cấp",
         [("Quý I", [N] * 7 + [4]), ("Quý II", [N] * 7 + [3]), ("Quý III", [N] * 7 + [2]), ("Tháng 10", [N] * 7 + [1]), ("Tháng 11", [N] * 7 + [1])], "Đang thực hiện"),
        ("Tiếp nhận, xử lý tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng", [], "Không phát sinh"),
    ]
    dif = ["Phòng chỉ có 02 công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc tham gia các đoàn kiểm tra liên ngành còn hạn chế."]
    pro = ["Đề nghị Lãnh đạo Sở cho phép Phòng phối hợp Chi cục TĐC xây dựng tài liệu hướng dẫn xử phạt vi phạm hành chính về tiêu chuẩn, đo lường, chất lượng cho cấp xã.",
           "Đề nghị bổ sung kinh phí hiệu chuẩn thiết bị kỹ thuật nghiệp vụ năm 2027."]
    cached = sheet_ct38(ws,
                        [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("PHÒNG KIỂM TRA – PHÁP CHẾ", "b"), ("Số: 118/BC-KTPC", ""),
                         ("Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026", "i")],
                        "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - LŨY KẾ 11 THÁNG",
                        cols, blocks, "Đánh giá đến 30/11/2026", "Lũy kế 11 tháng",
                        notes_kk(dif, pro, "Lập bảng: Huỳnh Thị Bích Ngọc"),
                        [5, 55, 12] + [11] * 8 + [22])
    wb.active = 1
    path = os.path.join(OUT, fn)
    wb.save(path)
    patch_cached_values(path, {"sheet2.xml": cached})
    en = [E("II.5.a", "in_progress", "Phối hợp Chi cục TĐC kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông",
            inspections=9, establishments_inspected=82, violations=11, fines_vnd=77000000),
          E("II.4.b", "completed", "Bảo trì, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)",
            instruments_verified=14, budget_spent_vnd=38600000),
          E("II.2.c", "completed", "Góp ý dự thảo văn bản QPPL hướng dẫn Luật Chất lượng sản phẩm, hàng hóa và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi)"),
          E("II.5.c", "in_progress", "Hướng dẫn UBND phường, xã, đặc khu xử phạt vi phạm hành chính về TĐC theo phân cấp"),
          E("II.5.d", "not_applicable", "Tiếp nhận, xử lý tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng")]
    key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "118/BC-KTPC", "2026-11-24", en, dif, pro)


# ---------------------------------------------------------------- file 13
def f13():
    fn = "TTPTTN_so lieu ca nam 2026.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "CT38 ca nam"
    cols = ["PTĐ kiểm định, hiệu chuẩn (chiếc)", "Mẫu thử nghiệm (mẫu)", "Kinh phí giải ngân (đồng)", "Khóa đào tạo, thực tập", "Học viên, sinh viên (người)"]
    N = None
    blocks = [
        ("Mở rộng, nâng cao năng lực dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ người dân, doanh nghiệp",
         [("Quý I", [3412, 1250, N, N, N]), ("Quý II", [4105, 1433, N, N, N]), ("Quý III", [3876, 1318, N, N, N]),
          ("Quý IV (đến 15/12)", [2990, 1002, N, N, N])], "Hoàn thành"),
        ("Đầu tư trang thiết bị thử nghiệm, hiệu chuẩn (dự toán năm 2026)",
         [("Quý I", [N] * 5), ("Quý II", [N, N, 1250000000, N, N]), ("Quý III", [N, N, 2340000000, N, N]),
          ("Quý IV (đến 15/12)", [N, N, 860000000, N, N])], "Đang thực hiện - gói thầu số 3 chuyển sang năm 2027"),
        ("Hiệu chuẩn, liên kết chuẩn đo lường chính của Trung tâm đến chuẩn quốc gia",
         [("Quý I", [N] * 5), ("Quý II", [4, N, N, N, N]), ("Quý III", [5, N, N, N, N]), ("Quý IV (đến 15/12)", [N] * 5)], "Hoàn thành"),
        ("Thử nghiệm mẫu khảo sát chất lượng sản phẩm, hàng hóa cho Chi cục TĐC",
         [("Quý I", [N] * 5), ("Quý II", [N, 60, N, N, N]), ("Quý III", [N, 45, N, N, N]), ("Quý IV (đến 15/12)", [N, 30, N, N, N])], "Hoàn thành"),
        ("Đào tạo, hướng dẫn thực tập về đo lường, thử nghiệm cho sinh viên các trường đại học, cao đẳng",
         [("Quý I", [N] * 5), ("Quý II", [N, N, N, 1, 15]), ("Quý III", [N, N, N, 2, 27]), ("Quý IV (đến 15/12)", [N] * 5)], "Hoàn thành"),
    ]
    dif = ["Một số thiết bị thử nghiệm nhập khẩu có thời gian giao hàng kéo dài, ảnh hưởng tiến độ giải ngân gói thầu số 3."]
    pro = ["Đề nghị Sở cho phép chuyển nguồn kinh phí gói thầu số 3 sang năm 2027 để tiếp tục thực hiện."]
    cached = sheet_ct38(ws,
                        [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "b"),
                         ("Số: 215/BC-TTPTTN", ""), ("Thành phố Hồ Chí Minh, ngày 18 tháng 12 năm 2026", "i")],
                        "SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW - CẢ NĂM 2026",
                        cols, blocks, "Đánh giá năm 2026", "Cộng năm 2026",
                        notes_kk(dif, pro, "Người lập: Huỳnh Thị Bích Ngọc - Phòng Kế hoạch Tổng hợp"),
                        [5, 55, 18, 14, 14, 18, 12, 14, 26])
    ws2 = wb.create_sheet("Doanh thu dich vu")
    other_sheet(ws2, "DOANH THU DỊCH VỤ NĂM 2026 (tham khảo, không thuộc KH38)",
                [["TT", "Lĩnh vực", "Doanh thu (triệu đồng)", ""], [1, "Kiểm định, hiệu chuẩn", 28415, ""], [2, "Thử nghiệm", 41270, ""]])
    path = os.path.join(OUT, fn)
    wb.save(path)
    patch_cached_values(path, {"sheet1.xml": cached})
    en = [E("II.2.g", "completed", "Mở rộng, nâng cao năng lực dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ người dân, doanh nghiệp",
            instruments_verified=14383, samples_tested=5003),
          E("II.4.a", "in_progress", "Đầu tư trang thiết bị thử nghiệm, hiệu chuẩn (dự toán năm 2026)", budget_spent_vnd=4450000000),
          E("II.4.c", "completed", "Hiệu chuẩn, liên kết chuẩn đo lường chính của Trung tâm đến chuẩn quốc gia", instruments_verified=9),
          E("II.5.b", "completed", "Thử nghiệm mẫu khảo sát chất lượng sản phẩm, hàng hóa cho Chi cục TĐC", samples_tested=135),
          E("II.3.d", "completed", "Đào tạo, hướng dẫn thực tập về đo lường, thử nghiệm cho sinh viên các trường đại học, cao đẳng",
            training_courses=3, participants=42)]
    key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "215/BC-TTPTTN", "2026-12-18", en, dif, pro)


def run():
    f11(); f12(); f13()
