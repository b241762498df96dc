# -*- coding: utf-8 -*-
"""Hand H4 — chị Lâm Tường Vy, the office's 'sổ theo dõi' keeper (a ward's Văn phòng, or a
small department's general office), XLSX.
One sheet named without diacritics. Three header lines typed in column A (unit, a one-line
title with the data cut-off, 'Số: …' and the date on the same line separated by spaces).
Then a dated log: STT | Ngày (real Excel dates dd/mm/yyyy) | Việc đã làm | SL | ĐVT | Thuộc việc
(the office's own short labels: 'Tuyên truyền', 'Kiểm tra', 'Cân đối chứng' …).
Under it a 'TỔNG HỢP THEO VIỆC' block 'Việc | Cộng số liệu | Tình trạng' whose 'Cộng số liệu'
cell is typed text ('05 tin, bài; 01 hội nghị (62 lượt người)') and whose status is one or two
lower-case words ('xong', 'đang làm tiếp', 'chưa làm', 'không có'). Difficulties and
proposals as 'Khó khăn:' / 'Đề xuất:' rows, one item per row."""
import datetime as dt
from common import *
from openpyxl.utils import get_column_letter

WID = [6, 12, 58, 10, 12, 16]


def h4_book(fname, sheet, unit_caps, title, so_line, log, summary, kk, dx, nguoi_lap):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for i, w in enumerate(WID, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    xcell(ws, "A1", unit_caps, bold=True)
    xcell(ws, "A2", title, bold=True)
    xcell(ws, "A3", so_line, italic=True)
    r = 5
    for j, h in enumerate(["STT", "Ngày", "Việc đã làm", "SL", "ĐVT", "Thuộc việc"], 1):
        xcell(ws, f"{get_column_letter(j)}{r}", h, bold=True, center=True, border=True, fill=GREY)
    r += 1
    for n, (day, what, sl, dvt, lab) in enumerate(log, 1):
        xcell(ws, f"A{r}", n, center=True, border=True)
        xcell(ws, f"B{r}", day, border=True, fmt="dd/mm/yyyy")
        xcell(ws, f"C{r}", what, wrap=True, border=True)
        xcell(ws, f"D{r}", sl, border=True, fmt="#,##0" if isinstance(sl, int) else None)
        xcell(ws, f"E{r}", dvt, border=True)
        xcell(ws, f"F{r}", lab, border=True)
        r += 1
    r += 1
    xcell(ws, f"A{r}", "TỔNG HỢP THEO VIỆC", bold=True); r += 1
    xcell(ws, f"B{r}", "Việc", bold=True, border=True, fill=GREY)
    ws.merge_cells(f"C{r}:E{r}")
    xcell(ws, f"C{r}", "Cộng số liệu", bold=True, border=True, fill=GREY)
    xcell(ws, f"F{r}", "Tình trạng", bold=True, border=True, fill=GREY); r += 1
    for lab, tot, st in summary:
        xcell(ws, f"B{r}", lab, border=True, wrap=True)
        ws.merge_cells(f"C{r}:E{r}")
        xcell(ws, f"C{r}", tot, border=True, wrap=True)
        xcell(ws, f"F{r}", st, border=True)
        r += 1
    r += 1
    for t in kk:
        xcell(ws, f"B{r}", "Khó khăn:", bold=True); xcell(ws, f"C{r}", t, wrap=True); r += 1
    for t in dx:
        xcell(ws, f"B{r}", "Đề xuất:", bold=True); xcell(ws, f"C{r}", t, wrap=True); r += 1
    r += 1
    xcell(ws, f"C{r}", "Người tổng hợp: " + nguoi_lap, italic=True)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, fname))


D = dt.datetime


def build():
    # ------------------------------------------------------------ Phường Phú Nhuận
    f = "PhuNhuan_theo-doi-CT38.xlsx"
    log = [
        (D(2026, 1, 12), "Đăng tin về cân đối chứng tại chợ Phú Nhuận trên trang thông tin điện tử phường", 2, "tin", "Tuyên truyền"),
        (D(2026, 3, 14), "Hội nghị phổ biến quy định ghi nhãn hàng hóa cho hộ kinh doanh", 1, "hội nghị", "Tuyên truyền"),
        (D(2026, 3, 14), "Người dự hội nghị ngày 14/3", 62, "lượt người", "Tuyên truyền"),
        (D(2026, 4, 22), "Kiểm tra đo lường tại chợ Phú Nhuận", 1, "cuộc", "Kiểm tra"),
        (D(2026, 4, 22), "Số sạp, cơ sở được kiểm tra tại chợ", 14, "cơ sở", "Kiểm tra"),
        (D(2026, 6, 5), "Cử cán bộ dự tập huấn tại Chi cục TĐC", 2, "người", "Tập huấn cán bộ"),
        (D(2026, 8, 19), "Kiểm tra cửa hàng xăng dầu (6 cửa hàng), 01 cửa hàng vi phạm niêm phong", 1, "cuộc", "Kiểm tra"),
        (D(2026, 8, 19), "Phạt cửa hàng xăng dầu vi phạm", 3000000, "đồng", "Kiểm tra"),
        (D(2026, 9, 9), "Đưa cân đối chứng chợ Phú Nhuận đi kiểm định", 1, "chiếc", "Cân đối chứng"),
        (D(2026, 10, 2), "Kiểm tra tiệm vàng trên đường Phan Đăng Lưu (9 cơ sở)", 1, "cuộc", "Kiểm tra"),
        (D(2026, 10, 10), "Đăng tin hưởng ứng Ngày Tiêu chuẩn thế giới 14/10", 3, "tin, bài", "Tuyên truyền"),
    ]
    summary = [
        ("Tuyên truyền", "05 tin, bài; 01 hội nghị (62 lượt người)", "xong"),
        ("Kiểm tra + cân đối chứng (phân cấp cho phường)",
         "03 cuộc; 29 cơ sở; 01 vi phạm; phạt 3.000.000 đ; kiểm định 01 cân đối chứng", "đang làm tiếp"),
        ("Tập huấn cán bộ", "02 người", "xong"),
        ("Vận động DN dự Giải thưởng CLQG", "-", "chưa làm"),
    ]
    kk = ["Chợ Phú Nhuận đang sửa chữa, một số sạp di dời tạm nên khó kiểm tra."]
    dx = ["Xin Chi cục gửi tài liệu hướng dẫn Giải thưởng Chất lượng Quốc gia để phường phổ biến cho doanh nghiệp."]
    h4_book(f, "Theo doi CT38", "UBND PHƯỜNG PHÚ NHUẬN",
            "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (số liệu đến 20/10/2026)",
            "Số: 356/BC-UBND          Ngày 27/10/2026", log, summary, kk, dx, "Lâm Tường Vy")
    key(f, "27073", "Phường Phú Nhuận", "356/BC-UBND", "2026-10-27", [
        E("II.1.a", "completed", "Tuyên truyền — 05 tin, bài; 01 hội nghị (62 lượt người) — xong",
          communications=5, training_courses=1, participants=62),
        E("II.5.c", "in_progress", "Kiểm tra + cân đối chứng (phân cấp cho phường) — 03 cuộc; 29 cơ sở; 01 vi phạm; phạt 3.000.000 đ; kiểm định 01 cân đối chứng — đang làm tiếp",
          inspections=3, establishments_inspected=29, violations=1, fines_vnd=3000000, instruments_verified=1),
        E("II.3.a", "completed", "Tập huấn cán bộ — 02 người — xong", participants=2),
        E("II.1.b", "not_started", "Vận động DN dự Giải thưởng CLQG — chưa làm"),
    ], kk, dx)

    # ------------------------------------------------------------ Phường Tân Sơn Nhất
    f = "TanSonNhat_CT38_2026.xlsx"
    log = [
        (D(2026, 2, 3), "Tuyên truyền trên loa phát thanh khu phố về cân đong đúng, ghi nhãn", 8, "lượt phát", "Tuyên truyền"),
        (D(2026, 3, 20), "Đăng bài trên trang Facebook phường", 4, "bài", "Tuyên truyền"),
        (D(2026, 5, 15), "Hướng dẫn doanh nghiệp trong khu vực sân bay công bố chất lượng, áp dụng tiêu chuẩn", 7, "doanh nghiệp", "Hỗ trợ DN"),
        (D(2026, 6, 24), "Kiểm tra đo lường cửa hàng xăng dầu trên đường Trường Sơn, Cộng Hòa", 1, "cuộc", "Kiểm tra"),
        (D(2026, 6, 24), "Cửa hàng xăng dầu được kiểm tra", 5, "cửa hàng", "Kiểm tra"),
        (D(2026, 9, 17), "Kiểm tra cân tại chợ Phạm Văn Hai (khu vực giáp ranh)", 1, "cuộc", "Kiểm tra"),
        (D(2026, 9, 17), "Hộ kinh doanh tại chợ được kiểm tra cân", 21, "hộ", "Kiểm tra"),
        (D(2026, 9, 17), "Hộ dùng cân sai, lập biên bản", 2, "hộ", "Kiểm tra"),
    ]
    summary = [
        ("Tuyên truyền", "04 bài (kèm 08 lượt phát thanh)", "xong"),
        ("Hỗ trợ DN", "07 doanh nghiệp", "đang làm tiếp"),
        ("Kiểm tra (phân cấp)", "02 cuộc; 26 cơ sở (05 cửa hàng xăng dầu + 21 hộ); 02 hộ vi phạm", "đang làm tiếp"),
        ("Tố giác vi phạm", "-", "không có"),
    ]
    kk = ["Chưa được giao kinh phí cho công tác kiểm tra đo lường tại phường."]
    dx = ["Đề nghị Chi cục TĐC tập huấn cách lập biên bản, xử lý vi phạm đo lường cho Tổ kiểm tra phường."]
    h4_book(f, "TSN", "UBND PHƯỜNG TÂN SƠN NHẤT",
            "Theo dõi thực hiện KH 38 năm 2026 - số liệu đến ngày 15/10/2026",
            "Số: 641/BC-UBND      Ngày 22/10/2026", log, summary, kk, dx, "Nguyễn Thị Bích Trâm")
    key(f, "26968", "Phường Tân Sơn Nhất", "641/BC-UBND", "2026-10-22", [
        E("II.1.a", "completed", "Tuyên truyền — 04 bài (kèm 08 lượt phát thanh) — xong", communications=4),
        E("II.2.d", "in_progress", "Hỗ trợ DN — 07 doanh nghiệp — đang làm tiếp", enterprises_supported=7),
        E("II.5.c", "in_progress", "Kiểm tra (phân cấp) — 02 cuộc; 26 cơ sở (05 cửa hàng xăng dầu + 21 hộ); 02 hộ vi phạm — đang làm tiếp",
          inspections=2, establishments_inspected=26, violations=2),
        E("II.5.d", "not_applicable", "Tố giác vi phạm — không có"),
    ], kk, dx)

    # ------------------------------------------------------------ Sở Du lịch
    f = "SoDuLich_so-theo-doi-KH38.xlsx"
    log = [
        (D(2026, 3, 26), "Hội thảo phổ biến TCVN 4391:2015 xếp hạng khách sạn và tiêu chuẩn dịch vụ du lịch", 1, "hội thảo", "Phổ biến TC"),
        (D(2026, 3, 26), "Đại biểu doanh nghiệp lữ hành, lưu trú dự hội thảo", 120, "đại biểu", "Phổ biến TC"),
        (D(2026, 5, 8), "Góp ý dự thảo TCVN về homestay và TCVN về dịch vụ nhà hàng phục vụ khách du lịch", 2, "dự thảo", "Góp ý TC"),
        (D(2026, 7, 1), "Hướng dẫn cơ sở lưu trú áp dụng tiêu chuẩn, tự đánh giá xếp hạng", 5, "cơ sở", "Hướng dẫn DN"),
        (D(2026, 9, 30), "Hướng dẫn cơ sở lưu trú áp dụng tiêu chuẩn (đợt 2)", 4, "cơ sở", "Hướng dẫn DN"),
        (D(2026, 8, 14), "Đánh giá nội bộ hệ thống ISO 9001 tại Sở", 1, "đợt", "ISO"),
    ]
    summary = [
        ("Phổ biến TC", "01 hội thảo, 120 đại biểu", "xong"),
        ("Góp ý TC", "02 dự thảo TCVN", "xong"),
        ("Hướng dẫn DN", "09 cơ sở lưu trú (5 + 4)", "đang làm tiếp"),
        ("ISO", "đã đánh giá nội bộ, công bố lại", "xong"),
    ]
    kk = ["Nhiều cơ sở lưu trú nhỏ chưa quan tâm áp dụng tiêu chuẩn quốc gia."]
    dx = ["Đề nghị Chi cục TĐC phối hợp tổ chức lớp hướng dẫn áp dụng tiêu chuẩn cho cơ sở lưu trú năm 2027."]
    h4_book(f, "So theo doi", "SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH",
            "Sổ theo dõi kết quả phối hợp thực hiện KH 38/2026 (đến 25/10/2026)",
            "Số: 1962/BC-SDL    Ngày 28/10/2026", log, summary, kk, dx, "Lâm Tường Vy (Văn phòng Sở)")
    key(f, "SO-DL", "Sở Du lịch", "1962/BC-SDL", "2026-10-28", [
        E("II.1.a", "completed", "Phổ biến TC — 01 hội thảo, 120 đại biểu — xong", training_courses=1, participants=120),
        E("II.2.e", "completed", "Góp ý TC — 02 dự thảo TCVN — xong", standards_reviewed=2),
        E("II.2.d", "in_progress", "Hướng dẫn DN — 09 cơ sở lưu trú (5 + 4) — đang làm tiếp", enterprises_supported=9),
        E("II.2.đ", "completed", "ISO — đã đánh giá nội bộ, công bố lại — xong"),
    ], kk, dx)


if __name__ == "__main__":
    build()
