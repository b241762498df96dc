# -*- coding: utf-8 -*-
"""Hand B — Anh Lê Văn Tài, công chức Văn hóa – Xã hội của xã, Excel.
Two sheets of the same tasks: "KH" (the commune's own plan copied in, with targets in a
"Chỉ tiêu" column) then "KQ" (the report: header typed in cells, results in sentences, a
"Tình hình" status column). KQ numbers its rows 1, 2, … again inside every group, and points
back to the plan by a "Mục KH" column that keeps the plan's continuous numbering. Targets
also leak into KQ's "Ghi chú" ("KH: 10 tin bài") — never results."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def _w(ws, r, c, v, bold=False, italic=False, wrap=True, box=False, center=False, size=12):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=TNR, bold=bold, italic=italic, size=size)
    cell.alignment = Alignment(wrap_text=wrap, vertical="center" if center else "top",
                               horizontal="center" if center else None)
    if box:
        cell.border = BOX
    return cell


def hand_b(fname, unit_up, place, kh_ref, number, date_words, kh_rows, groups, diffs, props, signer,
           title="BÁO CÁO", subtitle=None, kq_name="KQ"):
    wb = Workbook()
    kh = wb.active
    kh.title = "KH"
    _w(kh, 1, 1, "ỦY BAN NHÂN DÂN " + unit_up.upper(), bold=True, wrap=False)
    _w(kh, 3, 1, "KẾ HOẠCH THỰC HIỆN NĂM 2026", bold=True, wrap=False)
    _w(kh, 4, 1, "(" + kh_ref + ")", italic=True, wrap=False)
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "Thời gian", "Bộ phận thực hiện"]
    for j, h in enumerate(hdr, 1):
        _w(kh, 6, j, h, bold=True, box=True, center=True)
    r = 7
    for row in kh_rows:
        for j, v in enumerate(row, 1):
            _w(kh, r, j, v, box=True, bold=(row[2] is None))
        r += 1
    for col, w in zip("ABCDE", (6, 52, 18, 16, 22)):
        kh.column_dimensions[col].width = w

    ws = wb.create_sheet(kq_name)
    _w(ws, 1, 1, "ỦY BAN NHÂN DÂN", wrap=False, center=True)
    ws.merge_cells("A1:C1")
    _w(ws, 2, 1, unit_up.upper(), bold=True, wrap=False, center=True)
    ws.merge_cells("A2:C2")
    _w(ws, 3, 1, "Số: " + number, wrap=False, center=True)
    ws.merge_cells("A3:C3")
    _w(ws, 1, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, wrap=False, center=True)
    ws.merge_cells("D1:F1")
    _w(ws, 2, 4, "Độc lập - Tự do - Hạnh phúc", bold=True, wrap=False, center=True)
    ws.merge_cells("D2:F2")
    _w(ws, 3, 4, place + ", " + date_words, italic=True, wrap=False, center=True)
    ws.merge_cells("D3:F3")
    _w(ws, 5, 1, title, bold=True, wrap=False, center=True)
    ws.merge_cells("A5:F5")
    _w(ws, 6, 1, subtitle, bold=True, wrap=True, center=True)
    ws.merge_cells("A6:F6")
    ws.row_dimensions[6].height = 34
    hdr = ["TT", "Mục KH", "Nội dung", "Kết quả thực hiện", "Tình hình", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        _w(ws, 8, j, h, bold=True, box=True, center=True)
    r = 9
    for gname, items in groups:
        _w(ws, r, 1, gname.split(" ", 1)[0], bold=True, box=True)
        _w(ws, r, 2, None, box=True)
        _w(ws, r, 3, gname.split(" ", 1)[1], bold=True, box=True)
        for j in (4, 5, 6):
            _w(ws, r, j, None, box=True)
        r += 1
        for k, (mkh, nd, kq, th, gc) in enumerate(items, 1):
            for j, v in enumerate([k, mkh, nd, kq, th, gc], 1):
                _w(ws, r, j, v, box=True, center=(j in (1, 2, 5)))
            r += 1
    r += 1
    _w(ws, r, 1, "* Khó khăn, vướng mắc:", bold=True, wrap=False); r += 1
    for t in diffs:
        _w(ws, r, 1, "- " + t, wrap=False); r += 1
    _w(ws, r, 1, "* Kiến nghị:", bold=True, wrap=False); r += 1
    for t in props:
        _w(ws, r, 1, "- " + t, wrap=False); r += 1
    r += 1
    _w(ws, r, 1, "Nơi nhận:", bold=True, italic=True, wrap=False)
    _w(ws, r, 5, "KT. CHỦ TỊCH", bold=True, wrap=False, center=True)
    _w(ws, r + 1, 1, "- Chi cục TĐC (b/c);", wrap=False)
    _w(ws, r + 1, 5, "PHÓ CHỦ TỊCH", bold=True, wrap=False, center=True)
    _w(ws, r + 2, 1, "- Lưu: VT, VHXH.", wrap=False)
    _w(ws, r + 5, 5, signer, bold=True, wrap=False, center=True)
    for col, w in zip("ABCDEF", (5, 8, 34, 58, 16, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ B1 Xã An Long
def b1():
    fname = "25867_AnLong_KQ_CT38_2026.xlsx"
    diffs = [
        "Xã chưa có công chức chuyên trách lĩnh vực khoa học và công nghệ; công chức Văn hóa – Xã hội kiêm nhiệm.",
        "Các cơ sở kinh doanh xăng dầu, gas nằm rải rác dọc tỉnh lộ, đi lại kiểm tra mất nhiều thời gian.",
    ]
    props = [
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn quy trình kiểm tra, lập biên bản theo nội dung phân quyền cho cấp xã.",
    ]
    kh_rows = [
        ["I", "Tuyên truyền, phổ biến", None, None, None],
        [1, "Đăng tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử xã", "10 tin bài", "Cả năm", "VH-XH"],
        [2, "Tổ chức hội nghị phổ biến quy định cho hộ kinh doanh", "01 hội nghị", "Quý II", "VH-XH, Kinh tế"],
        [3, "Cử công chức tham dự tập huấn do Chi cục tổ chức", "02 người", "Theo lịch Chi cục", "Văn phòng"],
        ["II", "Kiểm tra, giám sát", None, None, None],
        [4, "Phối hợp kiểm tra xăng dầu, khí dầu mỏ hóa lỏng, cân tại chợ (phân quyền)", "04 cuộc", "Quý II – IV", "Kinh tế"],
        [5, "Tiếp nhận, xử lý phản ánh, tố giác vi phạm", "Khi phát sinh", "Thường xuyên", "Kinh tế, Công an xã"],
        ["III", "Hệ thống quản lý chất lượng", None, None, None],
        [6, "Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015", "100% TTHC", "Cả năm", "Văn phòng"],
    ]
    groups = [
        ("I Tuyên truyền, phổ biến", [
            (1, "Đăng tin, bài", "Đã đăng 08 tin bài trên trang thông tin điện tử xã và fanpage xã.", "Đang thực hiện", "KH: 10 tin bài"),
            (2, "Hội nghị phổ biến quy định", "Tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa ngày 14/5/2026, 45 đại biểu là hộ kinh doanh tham dự.", "Đã thực hiện", ""),
            (3, "Cử công chức tập huấn", "Cử 02 công chức (Kinh tế, VH-XH) dự lớp tập huấn của Chi cục TĐC tháng 6/2026.", "Đã thực hiện", "Đạt KH"),
        ]),
        ("II Kiểm tra, giám sát", [
            (4, "Kiểm tra theo phân quyền", "Phối hợp kiểm tra 03 cuộc tại 19 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; 01 cơ sở vi phạm, phạt 4,5 triệu đồng.", "Đang thực hiện", "KH: 04 cuộc"),
            (5, "Phản ánh, tố giác", "Trong kỳ không có phản ánh, tố giác.", "Không phát sinh", ""),
        ]),
        ("III Hệ thống quản lý chất lượng", [
            (6, "ISO 9001:2015", "Duy trì áp dụng; đánh giá nội bộ xong tháng 9/2026.", "Đã thực hiện", ""),
        ]),
    ]
    hand_b(fname, "Xã An Long", "An Long", "Kèm theo Kế hoạch số 21/KH-UBND ngày 05/3/2026 của UBND xã", "87/BC-UBND",
           "ngày 22 tháng 10 năm 2026", kh_rows, groups, diffs, props, "Trần Văn Lợi",
           subtitle="Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 của UBND Xã An Long")
    entries = [
        E("II.1.a", "in_progress", {"communications": 8, "training_courses": 1, "participants": 45},
          "Đã đăng 08 tin bài …; Tổ chức 01 hội nghị phổ biến … 45 đại biểu"),
        E("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức (Kinh tế, VH-XH) dự lớp tập huấn của Chi cục TĐC"),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 1, "fines_vnd": 4500000},
          "Phối hợp kiểm tra 03 cuộc tại 19 cơ sở …; 01 cơ sở vi phạm, phạt 4,5 triệu đồng."),
        E("II.5.d", "not_applicable", {}, "Trong kỳ không có phản ánh, tố giác."),
        E("II.2.đ", "completed", {}, "Duy trì áp dụng; đánh giá nội bộ xong tháng 9/2026."),
    ]
    key(fname, "25867", "Xã An Long", "87/BC-UBND", "2026-10-22", entries, diffs, props)


# ------------------------------------------------------------------ B2 Xã Châu Đức
def b2():
    fname = "26596-ChauDuc-bao-cao-CT38.xlsx"
    diffs = [
        "Các hợp tác xã còn ngại chi phí khi áp dụng truy xuất nguồn gốc, công bố tiêu chuẩn cơ sở.",
        "Xã chưa nhận được thư mời tham dự tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng năm 2026.",
    ]
    props = [
        "Kiến nghị Sở Khoa học và Công nghệ có cơ chế hỗ trợ kinh phí cho hợp tác xã áp dụng mã truy xuất nguồn gốc đối với sản phẩm OCOP.",
        "Đề nghị Chi cục bố trí lớp tập huấn tại khu vực Bà Rịa - Vũng Tàu (cũ) để công chức xã thuận tiện tham dự.",
    ]
    kh_rows = [
        ["I", "Tuyên truyền", None, None, None],
        [1, "Tin, bài trên hệ thống truyền thanh, trang TTĐT xã", "08 tin bài", "Cả năm", "VH-XH"],
        [2, "Hội nghị tuyên truyền tại các ấp", "03 hội nghị", "Quý II – III", "VH-XH"],
        ["II", "Hỗ trợ sản xuất, kinh doanh", None, None, None],
        [3, "Hướng dẫn HTX công bố tiêu chuẩn cơ sở, ghi nhãn", "05 HTX", "Cả năm", "Kinh tế"],
        [4, "Hướng dẫn đăng ký truy xuất nguồn gốc sản phẩm OCOP", "04 HTX", "Quý III – IV", "Kinh tế"],
        ["III", "Kiểm tra", None, None, None],
        [5, "Kiểm tra đo lường, chất lượng theo phân quyền", "03 cuộc", "Quý III – IV", "Kinh tế"],
        [6, "Cử công chức tập huấn", "02 người", "Theo lịch Chi cục", "Văn phòng"],
    ]
    groups = [
        ("I Tuyên truyền", [
            (1, "Tin, bài", "05 tin bài (trang TTĐT xã: 03; đài truyền thanh: 02).", "Đang thực hiện", "KH: 08"),
            (2, "Hội nghị tại ấp", "Tổ chức 02 hội nghị tại ấp Suối Nghệ và ấp Sông Cầu, 130 lượt người dự.", "Đang thực hiện", "KH: 03 hội nghị"),
        ]),
        ("II Hỗ trợ sản xuất, kinh doanh", [
            (3, "Công bố TCCS, ghi nhãn", "Đã hướng dẫn 03 HTX (cà phê, hồ tiêu, rau an toàn) công bố tiêu chuẩn cơ sở, ghi nhãn.", "Đã thực hiện", ""),
            (4, "Truy xuất nguồn gốc OCOP", "Hướng dẫn 02 HTX đăng ký tài khoản, dán mã truy xuất nguồn gốc.", "Đang thực hiện", ""),
        ]),
        ("III Kiểm tra", [
            (5, "Kiểm tra theo phân quyền", "Tổ chức 02 cuộc kiểm tra tại 11 cơ sở kinh doanh phân bón, gas.", "Đang thực hiện", ""),
            (6, "Cử công chức tập huấn", "Chưa cử được do chưa có lớp.", "Chưa thực hiện", ""),
        ]),
    ]
    hand_b(fname, "Xã Châu Đức", "Châu Đức", "Kèm theo Kế hoạch số 33/KH-UBND ngày 12/3/2026", "102/BC-UBND",
           "ngày 30 tháng 10 năm 2026", kh_rows, groups, diffs, props, "Phạm Thị Thu Hà",
           subtitle="Kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026 trên địa bàn Xã Châu Đức")
    entries = [
        E("II.1.a", "in_progress", {"communications": 5, "training_courses": 2, "participants": 130},
          "05 tin bài …; Tổ chức 02 hội nghị tại ấp …, 130 lượt người dự."),
        E("II.2.d", "completed", {"enterprises_supported": 3},
          "Đã hướng dẫn 03 HTX … công bố tiêu chuẩn cơ sở, ghi nhãn."),
        E("II.2.a", "in_progress", {"enterprises_supported": 2},
          "Hướng dẫn 02 HTX đăng ký tài khoản, dán mã truy xuất nguồn gốc."),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11},
          "Tổ chức 02 cuộc kiểm tra tại 11 cơ sở kinh doanh phân bón, gas."),
        E("II.3.a", "not_started", {}, "Chưa cử được do chưa có lớp."),
    ]
    key(fname, "26596", "Xã Châu Đức", "102/BC-UBND", "2026-10-30", entries, diffs, props)


# ------------------------------------------------------------------ B3 Xã Xuyên Mộc (mistaken)
def b3():
    fname = "26632_XuyenMoc_BC_quy3.xlsx"
    kh_rows = [
        ["I", "Giảm nghèo bền vững", None, None, None],
        [1, "Rà soát hộ nghèo, hộ cận nghèo cuối năm", "100% ấp", "Quý IV", "VH-XH"],
        [2, "Giải ngân vốn vay hộ nghèo qua Ngân hàng CSXH", "3,5 tỷ đồng", "Cả năm", "Hội Nông dân, Hội LHPN"],
        [3, "Hỗ trợ nhà ở cho hộ nghèo", "06 căn", "Quý II – III", "MTTQ xã"],
        ["II", "Đào tạo nghề, việc làm", None, None, None],
        [4, "Dạy nghề cho lao động nông thôn", "03 lớp", "Quý II – IV", "VH-XH"],
    ]
    groups = [
        ("I Giảm nghèo bền vững", [
            (1, "Rà soát hộ nghèo", "Đã xây dựng kế hoạch rà soát; dự kiến triển khai từ 01/11/2026.", "Chưa thực hiện", ""),
            (2, "Vốn vay hộ nghèo", "Giải ngân 2,84 tỷ đồng cho 61 hộ.", "Đang thực hiện", "KH: 3,5 tỷ"),
            (3, "Nhà ở hộ nghèo", "Bàn giao 05 căn nhà đại đoàn kết.", "Đang thực hiện", ""),
        ]),
        ("II Đào tạo nghề, việc làm", [
            (4, "Dạy nghề lao động nông thôn", "Mở 02 lớp (trồng nấm, sửa chữa máy nông nghiệp), 58 học viên.", "Đang thực hiện", ""),
        ]),
    ]
    hand_b(fname, "Xã Xuyên Mộc", "Xuyên Mộc", "Kèm theo Kế hoạch số 18/KH-UBND ngày 20/02/2026 về giảm nghèo bền vững", "96/BC-UBND",
           "ngày 24 tháng 10 năm 2026", kh_rows, groups,
           ["Nguồn vốn vay phân bổ chậm so với nhu cầu của hộ nghèo."],
           ["Đề nghị Phòng Kinh tế xã và Ngân hàng CSXH ưu tiên bổ sung nguồn vốn Quý IV."], "Nguyễn Hữu Phước",
           subtitle="Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 9 tháng năm 2026 của UBND Xã Xuyên Mộc")
    key(fname, "26632", "Xã Xuyên Mộc", "96/BC-UBND", "2026-10-24", [], [], [], status="rejected",
        reason="Báo cáo về Chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).")


def build():
    b1(); b2(); b3()
