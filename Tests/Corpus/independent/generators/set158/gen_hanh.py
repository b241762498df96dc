# -*- coding: utf-8 -*-
"""Hand 1 - Lê Thị Hạnh: Excel workbook opened by a "MucLuc" sheet of hyperlinks;
one sheet per group of work; each task a block with figure rows down and the unit's
teams/offices across (+ typed "Cộng" column), and the status as the LAST row of the block
("Tình trạng:" merged across). Difficulties/proposals on a "KK-KN" sheet."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import OUT, write_truth

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F_HEAD = PatternFill("solid", fgColor="DDEBF7")
F_TASK = PatternFill("solid", fgColor="F2F2F2")
F_STAT = PatternFill("solid", fgColor="FFF2CC")
TNR = "Times New Roman"


def f(bold=False, italic=False, size=11, color=None, underline=None):
    return Font(name=TNR, bold=bold, italic=italic, size=size, color=color, underline=underline)


def header(ws, left1, left2, num, date_line, title, sub, width_cols=8):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=3)
    ws.merge_cells(start_row=1, start_column=4, end_row=1, end_column=width_cols)
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=width_cols)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=width_cols)
    ws["A1"] = left1
    ws["A1"].font = f(size=11)
    ws["A2"] = left2
    ws["A2"].font = f(bold=True, size=11)
    ws["A3"] = num
    ws["A3"].font = f(size=11)
    ws.cell(1, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = f(bold=True)
    ws.cell(2, 4, "Độc lập - Tự do - Hạnh phúc").font = f(bold=True, underline="single")
    ws.cell(3, 4, date_line).font = f(italic=True)
    for r in (1, 2, 3):
        for c in (1, 4):
            ws.cell(r, c).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=width_cols)
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=width_cols)
    ws["A5"] = title
    ws["A5"].font = f(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws["A6"] = sub
    ws["A6"].font = f(italic=True)
    ws["A6"].alignment = Alignment(horizontal="center")


def index_sheet(ws, items, start=8, legend=None, maker=None):
    ws.cell(start, 1, "MỤC LỤC").font = f(bold=True, size=12)
    r = start + 1
    for c, h in enumerate(["STT", "Nội dung", "Xem tại trang tính", "Ghi chú"], 1):
        cell = ws.cell(r, c, h)
        cell.font = f(bold=True)
        cell.fill = F_HEAD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for i, (name, sheet, note) in enumerate(items, 1):
        ws.cell(r, 1, i).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 2, name).alignment = Alignment(wrap_text=True, vertical="top")
        lk = ws.cell(r, 3, f"→ {sheet}")
        lk.hyperlink = f"#'{sheet}'!A1"
        lk.font = Font(name=TNR, size=11, color="0563C1", underline="single")
        ws.cell(r, 4, note).alignment = Alignment(wrap_text=True, vertical="top")
        for c in range(1, 5):
            ws.cell(r, c).border = BOX
            if c != 3:
                ws.cell(r, c).font = f()
        r += 1
    r += 1
    if legend:
        ws.cell(r, 1, "Ký hiệu cột:").font = f(bold=True, italic=True)
        r += 1
        for ln in legend:
            ws.cell(r, 2, ln).font = f(italic=True)
            r += 1
        r += 1
    if maker:
        for ln in maker:
            ws.cell(r, 2, ln).font = f()
            r += 1
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 30
    for col in "EFGH":
        ws.column_dimensions[col].width = 12


def group_sheet(wb, name, title, teams):
    ws = wb.create_sheet(name)
    ws["A1"] = title
    ws["A1"].font = f(bold=True, size=12)
    back = ws["A2"]
    back.value = "« Về mục lục"
    back.hyperlink = "#'MucLuc'!A1"
    back.font = Font(name=TNR, size=10, color="0563C1", underline="single")
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 9
    last = 3 + len(teams) + 1
    for i in range(len(teams) + 1):
        ws.column_dimensions[chr(ord("D") + i)].width = 14
    ws._teams = teams
    ws._row = 4
    return ws


def block(ws, code, title, rows, status, money_fmt="#,##0"):
    teams = ws._teams
    ncol = 3 + len(teams) + 1
    r = ws._row
    ws.cell(r, 1, code).font = f(bold=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
    c = ws.cell(r, 2, title)
    c.font = f(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[r].height = 32
    for cc in range(1, ncol + 1):
        ws.cell(r, cc).fill = F_TASK
        ws.cell(r, cc).border = BOX
    r += 1
    for ci, h in enumerate(["", "Chỉ tiêu", "ĐVT"] + teams + ["Cộng"], 1):
        cell = ws.cell(r, ci, h if h else None)
        cell.font = f(bold=True, size=10)
        cell.fill = F_HEAD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for label, dvt, vals, total in rows:
        ws.cell(r, 2, label).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 3, dvt).alignment = Alignment(horizontal="center", vertical="top")
        for i, v in enumerate(vals):
            cell = ws.cell(r, 4 + i, v if v is not None else "-")
            cell.alignment = Alignment(horizontal="right" if v is not None else "center")
            if isinstance(v, int) and v >= 10000:
                cell.number_format = money_fmt
        tc = ws.cell(r, ncol, total if total is not None else "-")
        tc.font = f(bold=True)
        tc.alignment = Alignment(horizontal="right" if total is not None else "center")
        if isinstance(total, int) and total >= 10000:
            tc.number_format = money_fmt
        for cc in range(1, ncol + 1):
            ws.cell(r, cc).border = BOX
            if cc != ncol:
                ws.cell(r, cc).font = f(size=11)
        r += 1
    # status row at the bottom of the block
    ws.cell(r, 2, "Tình trạng:").font = f(bold=True, italic=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
    sc = ws.cell(r, 3, status)
    sc.font = f(italic=True)
    sc.alignment = Alignment(wrap_text=True)
    for cc in range(1, ncol + 1):
        ws.cell(r, cc).fill = F_STAT
        ws.cell(r, cc).border = BOX
    r += 2
    ws._row = r


def kk_sheet(wb, kk, kn, sign):
    ws = wb.create_sheet("KK-KN")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 100
    ws["A1"] = "I. KHÓ KHĂN, VƯỚNG MẮC"
    ws["A1"].font = f(bold=True)
    r = 2
    for i, t in enumerate(kk, 1):
        ws.cell(r, 1, i).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 2, t).alignment = Alignment(wrap_text=True)
        r += 1
    r += 1
    ws.cell(r, 1, "II. ĐỀ XUẤT, KIẾN NGHỊ").font = f(bold=True)
    r += 1
    for i, t in enumerate(kn, 1):
        ws.cell(r, 1, i).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 2, t).alignment = Alignment(wrap_text=True)
        r += 1
    r += 2
    for ln in sign:
        ws.cell(r, 2, ln).alignment = Alignment(horizontal="right")
        ws.cell(r, 2).font = f(bold=not ln.startswith("(") )
        r += 1
    for row in ws.iter_rows(min_row=1, max_row=r):
        for c in row:
            if c.font is None or c.font.name != TNR:
                c.font = f(bold=c.font.bold if c.font else False)
    return ws


# ---------------------------------------------------------------- 1. Chi cục TĐC
def chicuc():
    fn = "CCTDC_SoLieu_CT38_10T2026.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "MucLuc"
    header(ws, "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
           "Số: 1127/BC-TĐC", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
           "BẢNG SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           "(Số liệu từ ngày 01/01/2026 đến ngày 20/10/2026)")
    index_sheet(ws, [
        ("Nhóm 1 – Tuyên truyền; Giải thưởng Chất lượng Quốc gia", "Nhom1", ""),
        ("Nhóm 2 – Quản lý nhà nước: năng suất chất lượng, góp ý TCVN/QCVN", "Nhom2", ""),
        ("Nhóm 3, 4 – Đào tạo, tập huấn; phương tiện kỹ thuật nghiệp vụ", "Nhom3-4", "Mục 3.d chưa làm"),
        ("Nhóm 5 – Kiểm tra, khảo sát, phối hợp phường/xã", "Nhom5", "Số liệu đến 20/10"),
        ("Khó khăn, kiến nghị", "KK-KN", ""),
    ], legend=["P.TC: Phòng Quản lý Tiêu chuẩn", "P.ĐL: Phòng Quản lý Đo lường",
               "P.CL: Phòng Quản lý Chất lượng", "VP: Văn phòng Chi cục",
               "Cột \"Cộng\" do Văn phòng cộng tay, đã đối chiếu sổ theo dõi."],
        maker=["Người lập biểu: Lê Thị Hạnh – Văn phòng Chi cục (ĐT nội bộ: 214)",
               "Kiểm tra: Phó Chi cục trưởng Trần Quốc Bảo"])
    T = ["P.TC", "P.ĐL", "P.CL", "VP"]
    s1 = group_sheet(wb, "Nhom1", "NHÓM 1 – TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC", T)
    block(s1, "1.1", "Lớp tập huấn văn bản QPPL về TC-ĐL-CL cho tổ chức, doanh nghiệp; tọa đàm với DN nhập khẩu",
          [("Số lớp tập huấn, tọa đàm đã tổ chức", "lớp", [1, 1, 1, 1], 4),
           ("Số lượt người tham dự", "lượt", [85, 120, 96, 64], 365)],
          "Đã tổ chức đủ 03 lớp + 01 buổi tọa đàm (ngày 14/8/2026) – HOÀN THÀNH")
    block(s1, "1.2", "Tuyên truyền, vận động, hướng dẫn DN tham dự Giải thưởng Chất lượng Quốc gia",
          [("Doanh nghiệp được hướng dẫn lập hồ sơ", "DN", [None, None, 14, None], 14),
           ("Tin, bài đăng Website Chi cục, Sở", "tin/bài", [None, None, 6, 3], 9)],
          "Hoàn thành (đã hết hạn nhận hồ sơ ngày 30/6/2026)")
    s2 = group_sheet(wb, "Nhom2", "NHÓM 2 – QUẢN LÝ NHÀ NƯỚC VỀ TC-ĐL-CL", T)
    block(s2, "2.1", "Kế hoạch năng suất chất lượng (CT 1322, KH 36), Đề án 996, Đề án 100 truy xuất nguồn gốc",
          [("Doanh nghiệp được hỗ trợ, tư vấn", "DN", [None, 7, 18, None], 25),
           ("Kinh phí đã giải ngân", "đồng", [None, 38500000, 96000000, None], 134500000)],
          "Đang thực hiện – phần lớn nội dung dồn vào Quý IV/2026")
    block(s2, "2.2", "Góp ý dự thảo TCVN, QCVN của Bộ KH&CN và các Bộ ngành; QCĐP",
          [("Dự thảo TCVN, QCVN đã góp ý", "dự thảo", [11, 3, 5, None], 19)],
          "Đang thực hiện theo văn bản xin ý kiến của Bộ (phát sinh đến đâu góp ý đến đó)")
    s3 = group_sheet(wb, "Nhom3-4", "NHÓM 3 VÀ 4 – NGUỒN NHÂN LỰC; ĐẦU TƯ PHƯƠNG TIỆN", T)
    block(s3, "3.1", "Tập huấn, cập nhật kiến thức cho công chức Sở ngành, UBND phường, xã, đặc khu",
          [("Số lớp", "lớp", [None, 1, 1, None], 2),
           ("Số lượt công chức tham dự", "lượt", [None, 140, 115, None], 255)],
          "Hoàn thành")
    block(s3, "3.2", "Tập huấn cho viên chức, người lao động, sinh viên các trường ĐH, CĐ, TC",
          [("Số lớp", "lớp", [None, None, None, None], None),
           ("Số lượt tham dự", "lượt", [None, None, None, None], None)],
          "Chưa triển khai – đang liên hệ 02 trường, dự kiến tổ chức trong tháng 11/2026")
    block(s3, "4.1", "Kiểm định, hiệu chuẩn, bảo dưỡng phương tiện kỹ thuật nghiệp vụ (NĐ 135/2021)",
          [("Phương tiện, thiết bị đã kiểm định/hiệu chuẩn", "chiếc", [None, 22, 6, None], 28),
           ("Kinh phí đã chi", "đồng", [None, 41200000, 9800000, None], 51000000)],
          "Đang thực hiện (làm thường xuyên trong năm)")
    s5 = group_sheet(wb, "Nhom5", "NHÓM 5 – KIỂM TRA, GIÁM SÁT", T)
    block(s5, "5.1", "Kiểm tra, giám sát TC-ĐL-CL sản phẩm hàng hóa trong sản xuất, nhập khẩu, lưu thông",
          [("Số cuộc kiểm tra", "cuộc", [2, 5, 4, None], 11),
           ("Số cơ sở được kiểm tra", "cơ sở", [14, 63, 38, None], 115),
           ("Số cơ sở vi phạm", "cơ sở", [1, 9, 5, None], 15),
           ("Tiền phạt VPHC", "đồng", [3500000, 62750000, 27000000, None], 93250000)],
          "Đang thực hiện – còn 02 đoàn kiểm tra trong Quý IV")
    block(s5, "5.2", "Khảo sát chất lượng sản phẩm, hàng hóa",
          [("Số mẫu lấy khảo sát", "mẫu", [None, 12, 48, None], 60)],
          "Xong đợt 1; đợt 2 đang chờ kết quả thử nghiệm (đang thực hiện)")
    block(s5, "5.3", "Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền",
          [("Số cuộc phối hợp kiểm tra với UBND phường, xã", "cuộc", [None, 6, 2, None], 8)],
          "Đang triển khai thường xuyên")
    kk = ["Biên chế Phòng Quản lý Đo lường mỏng (05 người) trong khi số cuộc kiểm tra và phối hợp với phường, xã tăng mạnh sau sắp xếp đơn vị hành chính.",
          "Kinh phí khảo sát chất lượng được giao thấp, mỗi đợt chỉ lấy được khoảng 25 – 30 mẫu."]
    kn = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 để mở rộng số nhóm hàng hóa khảo sát.",
          "Đề nghị Sở có văn bản đôn đốc UBND các phường, xã bố trí công chức đầu mối về TC-ĐL-CL."]
    kk_sheet(wb, kk, kn, ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "Trần Quốc Bảo"])
    wb.save(os.path.join(OUT, fn))
    E = [
        ("II.1.a", "completed", {"training_courses": 4, "participants": 365}, "Lớp tập huấn văn bản QPPL về TC-ĐL-CL cho tổ chức, doanh nghiệp; tọa đàm với DN nhập khẩu"),
        ("II.1.b", "completed", {"enterprises_supported": 14, "communications": 9}, "Tuyên truyền, vận động, hướng dẫn DN tham dự Giải thưởng Chất lượng Quốc gia"),
        ("II.2.a", "in_progress", {"enterprises_supported": 25, "budget_spent_vnd": 134500000}, "Kế hoạch năng suất chất lượng (CT 1322, KH 36), Đề án 996, Đề án 100 truy xuất nguồn gốc"),
        ("II.2.e", "in_progress", {"standards_reviewed": 19}, "Góp ý dự thảo TCVN, QCVN của Bộ KH&CN và các Bộ ngành; QCĐP"),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 255}, "Tập huấn, cập nhật kiến thức cho công chức Sở ngành, UBND phường, xã, đặc khu"),
        ("II.3.d", "not_started", {}, "Tập huấn cho viên chức, người lao động, sinh viên các trường ĐH, CĐ, TC"),
        ("II.4.b", "in_progress", {"instruments_verified": 28, "budget_spent_vnd": 51000000}, "Kiểm định, hiệu chuẩn, bảo dưỡng phương tiện kỹ thuật nghiệp vụ (NĐ 135/2021)"),
        ("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 115, "violations": 15, "fines_vnd": 93250000}, "Kiểm tra, giám sát TC-ĐL-CL sản phẩm hàng hóa trong sản xuất, nhập khẩu, lưu thông"),
        ("II.5.b", "in_progress", {"samples_tested": 60}, "Khảo sát chất lượng sản phẩm, hàng hóa"),
        ("II.5.c", "in_progress", {"inspections": 8}, "Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền"),
    ]
    write_truth(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
                "1127/BC-TĐC", "2026-10-27", E, kk, kn)


# ---------------------------------------------------------------- 2. Phòng KT-PC
def ktpc():
    fn = "P.KTPC - so lieu phoi hop CT38 (gui Chi cuc).xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "MucLuc"
    header(ws, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ",
           "Số: 214/BC-KTPC", "TP. Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
           "SỐ LIỆU PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
           "(gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp)")
    index_sheet(ws, [
        ("Phối hợp kiểm tra, khảo sát chất lượng (mục 5 của KH)", "KiemTra", ""),
        ("Pháp chế, phương tiện kỹ thuật nghiệp vụ, tố giác vi phạm", "PhapChe", ""),
        ("Khó khăn, kiến nghị", "KK-KN", ""),
    ], legend=["Tổ KT1: Tổ Kiểm tra số 1 (đo lường, xăng dầu)",
               "Tổ KT2: Tổ Kiểm tra số 2 (chất lượng, nhãn hàng hóa)",
               "PC: Bộ phận Pháp chế"],
        maker=["Lập biểu: Nguyễn Thị Mỹ Hạnh – chuyên viên"])
    T = ["Tổ KT1", "Tổ KT2", "PC"]
    s1 = group_sheet(wb, "KiemTra", "PHỐI HỢP KIỂM TRA, KHẢO SÁT", T)
    block(s1, "1", "Phối hợp Chi cục kiểm tra TC-ĐL-CL hàng hóa lưu thông trên thị trường",
          [("Số cuộc phối hợp", "cuộc", [3, 2, None], 5),
           ("Số cơ sở được kiểm tra", "cơ sở", [21, 17, None], 38),
           ("Số cơ sở vi phạm", "cơ sở", [4, 2, None], 6),
           ("Số tiền xử phạt", "đồng", [12000000, 7500000, None], 19500000)],
          "Hoàn thành phần việc phối hợp theo kế hoạch kiểm tra năm của Chi cục")
    block(s1, "2", "Phối hợp lấy mẫu khảo sát chất lượng sản phẩm, hàng hóa",
          [("Số mẫu phối hợp lấy", "mẫu", [8, 4, None], 12)],
          "Đang thực hiện (đợt 2)")
    s2 = group_sheet(wb, "PhapChe", "PHÁP CHẾ – PHƯƠNG TIỆN KỸ THUẬT NGHIỆP VỤ – TỐ GIÁC", T)
    block(s2, "3", "Góp ý dự thảo Luật, văn bản QPPL về tiêu chuẩn, đo lường, chất lượng",
          [("Dự thảo văn bản QPPL đã có ý kiến", "văn bản", [None, None, 4], 4)],
          "Đã xong (theo các văn bản xin ý kiến đã nhận)")
    block(s2, "4", "Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021",
          [],
          "Đang phối hợp Chi cục rà soát, chưa có số liệu")
    block(s2, "5", "Tiếp nhận, xử lý tố giác vi phạm về TC-ĐL-CL; khen thưởng người tố giác",
          [],
          "Không phát sinh trong kỳ")
    kk = ["Một số đợt kiểm tra phải dời lịch do trùng lịch thanh tra chuyên đề của Sở."]
    kn = ["Đề nghị Chi cục gửi kế hoạch kiểm tra Quý IV sớm để Phòng bố trí người phối hợp."]
    kk_sheet(wb, kk, kn, ["TRƯỞNG PHÒNG", "", "", "Phạm Văn Lực"])
    wb.save(os.path.join(OUT, fn))
    E = [
        ("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 38, "violations": 6, "fines_vnd": 19500000}, "Phối hợp Chi cục kiểm tra TC-ĐL-CL hàng hóa lưu thông trên thị trường"),
        ("II.5.b", "in_progress", {"samples_tested": 12}, "Phối hợp lấy mẫu khảo sát chất lượng sản phẩm, hàng hóa"),
        ("II.2.c", "completed", {}, "Góp ý dự thảo Luật, văn bản QPPL về tiêu chuẩn, đo lường, chất lượng"),
        ("II.4.b", "in_progress", {}, "Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021"),
        ("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý tố giác vi phạm về TC-ĐL-CL; khen thưởng người tố giác"),
    ]
    write_truth(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "214/BC-KTPC", "2026-10-23", E, kk, kn)


# ---------------------------------------------------------------- 3. Phường Thủ Dầu Một
def thudaumot():
    fn = "BC CT38 - P.ThuDauMot.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "MucLuc"
    header(ws, "ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT",
           "Số: 387/BC-UBND", "Thủ Dầu Một, ngày 05 tháng 11 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
           "(Kính gửi: Sở Khoa học và Công nghệ – qua Chi cục TĐC)")
    index_sheet(ws, [
        ("Kết quả thực hiện", "KetQua", "3 nội dung phường tham gia"),
        ("Khó khăn – kiến nghị", "KK-KN", ""),
    ], legend=["PKT: Phòng Kinh tế, Hạ tầng và Đô thị phường",
               "CAP: Công an phường", "QLTT: Đội Quản lý thị trường số 3 (phối hợp)"],
        maker=["Người lập: Võ Thị Ngọc Hạnh – chuyên viên PKT, SĐT 0274 3822 ..."])
    T = ["PKT", "CAP", "QLTT"]
    s = group_sheet(wb, "KetQua", "KẾT QUẢ THỰC HIỆN", T)
    block(s, "1", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường",
          [("Tin, bài trên trang TTĐT và nhóm Zalo khu phố", "tin", [5, None, None], 5),
           ("Hội nghị phổ biến cho hộ kinh doanh chợ Thủ Dầu Một", "buổi", [1, None, None], 1),
           ("Số người tham dự hội nghị", "người", [60, None, None], 60)],
          "Hoàn thành")
    block(s, "2", "Kiểm tra đo lường (cân tại chợ, cột đo xăng dầu) theo phân cấp",
          [("Số cuộc kiểm tra", "cuộc", [2, 1, 1], 4),
           ("Số cơ sở được kiểm tra", "cơ sở", [18, 9, 7], 34),
           ("Số cơ sở vi phạm", "cơ sở", [2, 1, None], 3),
           ("Số tiền phạt", "đồng", [1500000, 2000000, None], 3500000)],
          "Đang thực hiện, tháng 12 kiểm tra tiếp dịp Tết")
    block(s, "3", "Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL do Sở KH&CN tổ chức",
          [("Số lượt công chức được cử đi", "lượt", [3, 1, None], 4)],
          "Hoàn thành")
    kk = ["Phường chưa có cân đối chứng đặt tại chợ Thủ Dầu Một và chợ Phú Văn.",
          "Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường."]
    kn = ["Kiến nghị Chi cục TĐC hỗ trợ phường 02 cân đối chứng cho 02 chợ."]
    kk_sheet(wb, kk, kn, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lâm Minh Trí"])
    wb.save(os.path.join(OUT, fn))
    E = [
        ("II.1.a", "completed", {"communications": 5, "training_courses": 1, "participants": 60}, "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường"),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 34, "violations": 3, "fines_vnd": 3500000}, "Kiểm tra đo lường (cân tại chợ, cột đo xăng dầu) theo phân cấp"),
        ("II.3.a", "completed", {"participants": 4}, "Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL do Sở KH&CN tổ chức"),
    ]
    write_truth(fn, "25747", "Phường Thủ Dầu Một", "387/BC-UBND", "2026-11-05", E, kk, kn)


# ---------------------------------------------------------------- 4. Phòng CĐS (mistaken)
def cds_mistaken():
    fn = "PCDS_SoLieu_BaoCao_T10.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "MucLuc"
    header(ws, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ",
           "Số: 96/BC-CĐS", "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
           "SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ GIAI ĐOẠN 2025 – 2026 (KH số 2339/KH-SKHCN)",
           "(Số liệu đến ngày 20/10/2026)")
    index_sheet(ws, [
        ("Hạ tầng số, an toàn thông tin", "HaTang", ""),
        ("Dữ liệu số, dịch vụ công trực tuyến", "DuLieu", ""),
        ("Khó khăn, kiến nghị", "KK-KN", ""),
    ], legend=["HT: Tổ Hạ tầng – ATTT", "DL: Tổ Dữ liệu", "UD: Tổ Ứng dụng – DVC"],
        maker=["Lập biểu: Đỗ Thu Hạnh"])
    T = ["HT", "DL", "UD"]
    s = group_sheet(wb, "HaTang", "HẠ TẦNG SỐ, AN TOÀN THÔNG TIN", T)
    block(s, "1", "Nâng cấp mạng nội bộ, máy chủ của Sở; giám sát an toàn thông tin",
          [("Máy chủ được nâng cấp", "máy", [6, None, None], 6),
           ("Lượt diễn tập ATTT", "lượt", [2, None, None], 2)],
          "Hoàn thành")
    block(s, "2", "Cấp chữ ký số cho công chức, viên chức",
          [("Chứng thư số cấp mới", "chứng thư", [None, None, 84], 84)],
          "Hoàn thành")
    s2 = group_sheet(wb, "DuLieu", "DỮ LIỆU SỐ, DỊCH VỤ CÔNG TRỰC TUYẾN", T)
    block(s2, "3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
          [("Hồ sơ TTHC được số hóa", "hồ sơ", [None, 3120, 540], 3660)],
          "Đang thực hiện")
    block(s2, "4", "Dịch vụ công trực tuyến toàn trình",
          [("Tỷ lệ hồ sơ nộp trực tuyến", "%", [None, None, 91], 91)],
          "Đang thực hiện")
    kk = ["Kinh phí thuê dịch vụ CNTT năm 2026 chưa được bố trí đủ."]
    kn = ["Đề nghị Sở ưu tiên kinh phí chuyển đổi số năm 2027."]
    kk_sheet(wb, kk, kn, ["TRƯỞNG PHÒNG", "", "", "Huỳnh Tấn Phát"])
    wb.save(os.path.join(OUT, fn))
    write_truth(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "96/BC-CĐS", "2026-10-26", [], [], [],
                status="rejected",
                reason="Không phải báo cáo Kế hoạch CT38: số liệu thực hiện Kế hoạch chuyển đổi số 2339/KH-SKHCN của Sở, gửi nhầm.")


def run():
    chicuc()
    ktpc()
    thudaumot()
    cds_mistaken()


if __name__ == "__main__":
    run()
