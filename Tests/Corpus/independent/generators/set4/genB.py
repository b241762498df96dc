# -*- coding: utf-8 -*-
"""Hand B — officer who reports cumulatively by period (Quý III, 9 tháng, 10 tháng, lũy kế từ
đầu năm, with quarterly columns, plan targets and same-period-last-year comparisons).
The key takes the cumulative (year-to-date) figure as the unit's result.  4 XLSX + 3 DOCX."""
import os
from lib import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"

def hdr(ws, ncols, org_top, org, number, place_date, title, subtitle):
    half = ncols // 2
    L = get_column_letter
    ws.merge_cells(f"A1:{L(half)}1"); ws["A1"] = org_top
    ws.merge_cells(f"A2:{L(half)}2"); ws["A2"] = org
    ws.merge_cells(f"A3:{L(half)}3"); ws["A3"] = f"Số: {number}"
    ws.merge_cells(f"{L(half+1)}1:{L(ncols)}1"); ws.cell(1, half + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    ws.merge_cells(f"{L(half+1)}2:{L(ncols)}2"); ws.cell(2, half + 1, "Độc lập - Tự do - Hạnh phúc")
    ws.merge_cells(f"{L(half+1)}3:{L(ncols)}3"); ws.cell(3, half + 1, place_date)
    for r in (1, 2, 3):
        for c in (1, half + 1):
            cell = ws.cell(r, c); cell.alignment = Alignment(horizontal="center")
            cell.font = Font(name=TNR, size=12, bold=(r == 2 or (c > 1 and r < 3)), italic=(c > 1 and r == 3))
    ws.merge_cells(f"A5:{L(ncols)}5"); ws["A5"] = title
    ws.merge_cells(f"A6:{L(ncols)}6"); ws["A6"] = subtitle
    ws["A5"].font = Font(name=TNR, size=14, bold=True); ws["A6"].font = Font(name=TNR, size=12, bold=True)
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 32

def put(ws, r, c, v, bold=False, center=False, wrap=True, fmt=None, italic=False):
    cell = ws.cell(r, c, v); cell.border = BOX
    cell.font = Font(name=TNR, size=12, bold=bold, italic=italic)
    cell.alignment = Alignment(horizontal="center" if center else None, vertical="center", wrap_text=wrap)
    if fmt: cell.number_format = fmt
    return cell

def footer(ws, r, ncols, blocks):
    L = get_column_letter
    for txt, bold in blocks:
        ws.merge_cells(f"A{r}:{L(ncols)}{r}")
        c = ws.cell(r, 1, txt); c.font = Font(name=TNR, size=12, bold=bold); c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32 if len(txt) > 90 else 17
        r += 1
    return r

# ---------------- B1 Phường Gia Định: Quý I | Quý II | Quý III | Lũy kế 9 tháng (SUM formulas) ----------------
def build_B1():
    fn = "GiaDinh_BC_quyIII_9thang_CT38.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Quy III-2026"
    wb.properties.creator = "Nguyen Thi Kim Loan"
    hdr(ws, 8, "ỦY BAN NHÂN DÂN", "PHƯỜNG GIA ĐỊNH", "312/BC-UBND", "Gia Định, ngày 12 tháng 10 năm 2026",
        "BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 - Quý III và lũy kế 9 tháng đầu năm 2026")
    heads = ["TT", "Nhiệm vụ (theo Kế hoạch)", "Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Lũy kế 9 tháng", "Tình hình thực hiện"]
    r = 8
    for j, h in enumerate(heads, 1):
        put(ws, r, j, h, bold=True, center=True)
    groups = [
        ("1", "Tổ chức tập huấn, tuyên truyền văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (điểm a khoản 1 Mục II)", "Đang thực hiện",
         [("Số lớp tập huấn, hội nghị (lớp)", 0, 1, 1), ("Số lượt người tham dự", 0, 85, 70), ("Số tin, bài tuyên truyền", 3, 4, 5)]),
        ("2", "Phối hợp thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng (điểm c khoản 5 Mục II)", "Đang thực hiện",
         [("Số cuộc kiểm tra", 1, 1, 2), ("Số cơ sở được kiểm tra", 5, 6, 9), ("Số cơ sở vi phạm", 0, 1, 2), ("Số tiền xử phạt VPHC (đồng)", 0, 3500000, 7000000)]),
        ("3", "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường (điểm đ khoản 2 Mục II)", "Hoàn thành",
         [("Công bố lại HTQLCL sau sắp xếp", None, None, None)]),
        ("4", "Khen thưởng, bảo vệ người tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng (điểm d khoản 5 Mục II)", "Không phát sinh",
         [("Số trường hợp tố giác được tiếp nhận", 0, 0, 0)]),
    ]
    for tt, name, status, rows in groups:
        r0 = r + 1
        for (lab, q1, q2, q3) in rows:
            r += 1
            put(ws, r, 3, lab)
            fmt = "#,##0" if (q3 or 0) >= 1000 else None
            for j, v in zip((4, 5, 6), (q1, q2, q3)):
                put(ws, r, j, v, center=True, fmt=fmt)
            if q1 is None:
                put(ws, r, 7, "x", center=True)
            else:
                put(ws, r, 7, f"=SUM(D{r}:F{r})", center=True, bold=True, fmt=fmt)
        for c, v in ((1, tt), (2, name), (8, status)):
            ws.merge_cells(start_row=r0, start_column=c, end_row=r, end_column=c)
            put(ws, r0, c, v, center=(c != 2))
            for rr in range(r0 + 1, r + 1):
                ws.cell(rr, c).border = BOX
    diffs = ["Cán bộ phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm, thường xuyên thay đổi sau sắp xếp.",
             "Phường chưa có dụng cụ kiểm tra đo lường để kiểm tra nhanh tại chợ."]
    props = ["Đề nghị Chi cục TĐC tổ chức lớp tập huấn nghiệp vụ cho công chức phường trong Quý IV/2026."]
    footer(ws, r + 2, 8, [("Khó khăn, vướng mắc:", True)] + [(f"- {d}", False) for d in diffs]
           + [("Kiến nghị:", True)] + [(f"- {p}", False) for p in props])
    for j, w in enumerate((5, 45, 34, 9, 11, 11, 13, 17), 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, fn))
    soffice_resave(os.path.join(OUT, fn))
    truth(fn, "26944", "312/BC-UBND", "2026-10-12", [
        E("II.1.a", "in_progress", training_courses=2, participants=155, communications=12),
        E("II.5.c", "in_progress", inspections=4, establishments_inspected=20, violations=3, fines_vnd=10500000),
        E("II.2.đ", "completed"),
        E("II.5.d", "not_applicable"),
    ], diffs, props)

# ---------------- B5 Xã Xuyên Mộc: 6 tháng (đã báo cáo) | Quý III | Lũy kế 9 tháng (=C+D) ----------------
def build_B5():
    fn = "XuyenMoc-BC CT38 9 thang.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "9 thang"
    wb.properties.creator = "Ketoan UBND xa"
    hdr(ws, 6, "UBND XÃ XUYÊN MỘC", "VĂN PHÒNG HĐND VÀ UBND", "189/BC-UBND", "Xuyên Mộc, ngày 20 tháng 10 năm 2026",
        "BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2026", "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng trên địa bàn Xã Xuyên Mộc")
    heads = ["STT", "Nội dung", "6 tháng đầu năm (đã báo cáo)", "Quý III/2026", "Lũy kế 9 tháng", "Ghi chú / Tiến độ"]
    r = 8
    for j, h in enumerate(heads, 1):
        put(ws, r, j, h, bold=True, center=True)
    data = [
        ("I", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng (mục II.1.a)", None, None, "Đang thực hiện"),
        ("1", "Hội nghị, lớp tập huấn (cuộc)", 1, 0, None),
        ("2", "Lượt người tham dự", 60, 0, None),
        ("3", "Tin, bài phát trên loa truyền thanh, trang thông tin xã", 6, 4, None),
        ("II", "Cử cán bộ tham gia tập huấn chuyên môn nghiệp vụ (mục II.3.a)", None, None, "Hoàn thành"),
        ("1", "Số lượt cán bộ được cử tham gia", 1, 1, None),
        ("III", "Phối hợp thực hiện nội dung được phân quyền (mục II.5.c)", None, None, "Đang thực hiện"),
        ("1", "Số cuộc kiểm tra", 1, 2, None),
        ("2", "Số cơ sở được kiểm tra", 8, 11, None),
        ("3", "Số cơ sở vi phạm", 1, 1, None),
        ("4", "Số tiền phạt (đồng)", 2000000, 4500000, None),
        ("IV", "Xây dựng, áp dụng HTQLCL TCVN ISO 9001:2015 tại UBND xã (mục II.2.đ)", None, None, "Đang thực hiện, dự kiến công bố trong tháng 12/2026"),
    ]
    for tt, name, h1, q3, note in data:
        r += 1
        roman = tt in ("I", "II", "III", "IV")
        put(ws, r, 1, tt, bold=roman, center=True); put(ws, r, 2, name, bold=roman)
        fmt = "#,##0" if (q3 or 0) >= 1000 else None
        put(ws, r, 3, h1, center=True, fmt=fmt); put(ws, r, 4, q3, center=True, fmt=fmt)
        put(ws, r, 5, f"=C{r}+D{r}" if h1 is not None else None, center=True, bold=True, fmt=fmt)
        put(ws, r, 6, note)
    diffs = ["Địa bàn xã rộng, các cơ sở kinh doanh phân tán nên việc kiểm tra mất nhiều thời gian."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí xây dựng HTQLCL cho các xã mới thành lập.",
             "Đề nghị Chi cục cung cấp tài liệu tuyên truyền mẫu về đo lường trong thương mại bán lẻ."]
    footer(ws, r + 2, 6, [("* Khó khăn, vướng mắc", True)] + [(f"- {d}", False) for d in diffs]
           + [("* Đề xuất, kiến nghị", True)] + [(f"- {p}", False) for p in props])
    for j, w in enumerate((6, 58, 16, 13, 14, 26), 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, fn))
    soffice_resave(os.path.join(OUT, fn))
    truth(fn, "26632", "189/BC-UBND", "2026-10-20", [
        E("II.1.a", "in_progress", training_courses=1, participants=60, communications=10),
        E("II.3.a", "completed", participants=2),
        E("II.5.c", "in_progress", inspections=3, establishments_inspected=19, violations=2, fines_vnd=6500000),
        E("II.2.đ", "in_progress"),
    ], diffs, props)

# ---------------- B3 Xã Thạnh An: tháng 10 | lũy kế 10 tháng (typed) ----------------
def build_B3():
    fn = "ThanhAn_CT38_thang10_2026.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "T10"
    wb.properties.creator = "thanhan.ubnd"
    hdr(ws, 6, "ỦY BAN NHÂN DÂN", "XÃ THẠNH AN", "77/BC-UBND", "Thạnh An, ngày 04 tháng 11 năm 2026",
        "BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW tháng 10 và lũy kế 10 tháng năm 2026")
    heads = ["STT", "Nội dung / chỉ tiêu", "Thực hiện tháng 10/2026", "Lũy kế 10 tháng năm 2026", "Đánh giá", "Ghi chú"]
    r = 8
    for j, h in enumerate(heads, 1):
        put(ws, r, j, h, bold=True, center=True)
    data = [
        ("A", "Tuyên truyền, phổ biến (KH mục II, khoản 1, điểm a)", None, None, "Đang thực hiện", ""),
        ("", "- Tin, bài trên hệ thống truyền thanh", 2, 9, "", ""),
        ("", "- Buổi tuyên truyền lưu động / hội nghị", 0, 1, "", "Tổ chức tại ấp Thiềng Liềng"),
        ("", "- Lượt người dự", 0, 45, "", ""),
        ("B", "Phối hợp thực hiện nội dung phân quyền QLNN về TĐC (KH mục II, khoản 5, điểm c)", None, None, "Đang thực hiện", ""),
        ("", "- Số cuộc kiểm tra", 1, 3, "", ""),
        ("", "- Số cơ sở được kiểm tra", 4, 10, "", "Cửa hàng xăng dầu, tạp hóa"),
        ("", "- Số cơ sở vi phạm", 0, 1, "", ""),
        ("", "- Tiền phạt (đồng)", 0, 1500000, "", ""),
        ("C", "Khảo sát chất lượng hàng hóa (KH mục II, khoản 5, điểm b)", None, None, "Hoàn thành", "Phối hợp Chi cục TĐC"),
        ("", "- Số mẫu xăng dầu được lấy khảo sát", 0, 4, "", ""),
        ("D", "Bảo vệ, khen thưởng người tố giác vi phạm (KH mục II, khoản 5, điểm d)", None, None, "Không phát sinh", ""),
    ]
    for tt, name, m, lk, st, note in data:
        r += 1
        b = bool(tt)
        put(ws, r, 1, tt, bold=b, center=True); put(ws, r, 2, name, bold=b)
        fmt = "#,##0" if (lk or 0) >= 1000 else None
        put(ws, r, 3, m, center=True, fmt=fmt); put(ws, r, 4, lk, center=True, fmt=fmt, bold=lk is not None)
        put(ws, r, 5, st, center=True); put(ws, r, 6, note, italic=True)
    diffs = ["Xã đảo đi lại khó khăn, phụ thuộc lịch tàu nên việc phối hợp kiểm tra với Chi cục bị hạn chế."]
    props = ["Đề nghị Chi cục TĐC bố trí lịch kiểm tra định kỳ tại xã Thạnh An ít nhất 01 lần/quý."]
    footer(ws, r + 2, 6, [("Khó khăn, vướng mắc: " + diffs[0], False), ("Kiến nghị: " + props[0], False)])
    for j, w in enumerate((6, 55, 15, 16, 18, 28), 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, fn))
    truth(fn, "27676", "77/BC-UBND", "2026-11-04", [
        E("II.1.a", "in_progress", communications=9, training_courses=1, participants=45),
        E("II.5.c", "in_progress", inspections=3, establishments_inspected=10, violations=1, fines_vnd=1500000),
        E("II.5.b", "completed", samples_tested=4),
        E("II.5.d", "not_applicable"),
    ], diffs, props)

# ---------------- B7 Phường Bà Rịa: Kế hoạch năm | Quý III | Lũy kế 9 tháng | % KH ----------------
def build_B7():
    fn = "BaRia - Bieu ket qua CT38 quy 3.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "KQ 9 thang"
    wb.properties.creator = "Tran Quoc Bao"
    hdr(ws, 8, "ỦY BAN NHÂN DÂN", "PHƯỜNG BÀ RỊA", "221/BC-UBND", "Bà Rịa, ngày 08 tháng 10 năm 2026",
        "BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW Quý III/2026, lũy kế 9 tháng so với kế hoạch năm")
    heads = ["TT", "Nhiệm vụ", "Chỉ tiêu", "Kế hoạch năm 2026", "Thực hiện Quý III", "Lũy kế 9 tháng", "Tỷ lệ % so KH", "Tình trạng"]
    r = 8
    for j, h in enumerate(heads, 1):
        put(ws, r, j, h, bold=True, center=True)
    groups = [
        ("1", "Tập huấn, tuyên truyền VBQPPL về TĐC (II.1.a)", "Đang thực hiện",
         [("Tin, bài", 20, 6, 14), ("Lớp tập huấn", 2, 1, 1), ("Lượt người tham dự", 200, 90, 90)]),
        ("2", "Hướng dẫn doanh nghiệp công bố chất lượng, áp dụng HTQL (II.2.d)", "Đang thực hiện",
         [("Doanh nghiệp được hướng dẫn", 10, 3, 7)]),
        ("3", "Phối hợp thực hiện nội dung phân quyền (II.5.c)", "Đang thực hiện",
         [("Cuộc kiểm tra", 6, 2, 4), ("Cơ sở được kiểm tra", 40, 9, 25), ("Cơ sở vi phạm", None, 1, 3), ("Tiền phạt (đồng)", None, 2500000, 9750000)]),
        ("4", "HTQLCL TCVN ISO 9001:2015 tại UBND phường (II.2.đ)", "Hoàn thành", [("Duy trì, cải tiến", None, None, None)]),
    ]
    for tt, name, status, rows in groups:
        r0 = r + 1
        for lab, kh, q3, lk in rows:
            r += 1
            fmt = "#,##0" if (lk or 0) >= 1000 else None
            put(ws, r, 3, lab); put(ws, r, 4, kh, center=True); put(ws, r, 5, q3, center=True, fmt=fmt)
            put(ws, r, 6, lk, center=True, fmt=fmt, bold=True)
            put(ws, r, 7, f"{round(100 * lk / kh)}%" if kh and lk is not None else "", center=True)
        for c, v in ((1, tt), (2, name), (8, status)):
            ws.merge_cells(start_row=r0, start_column=c, end_row=r, end_column=c)
            put(ws, r0, c, v, center=(c != 2))
    diffs = ["Một số hộ kinh doanh chưa hợp tác khi kiểm tra đo lường tại chợ.",
             "Chỉ tiêu tập huấn chưa đạt do chưa bố trí được kinh phí thuê hội trường."]
    props = ["Đề nghị Thành phố bổ sung kinh phí tuyên truyền về tiêu chuẩn, đo lường, chất lượng cho phường, xã."]
    footer(ws, r + 2, 8, [("Khó khăn, vướng mắc", True)] + [(f"{i}. {d}", False) for i, d in enumerate(diffs, 1)]
           + [("Đề xuất", True)] + [(f"{i}. {p}", False) for i, p in enumerate(props, 1)])
    for j, w in enumerate((5, 40, 26, 12, 12, 12, 11, 16), 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, fn))
    truth(fn, "26560", "221/BC-UBND", "2026-10-08", [
        E("II.1.a", "in_progress", communications=14, training_courses=1, participants=90),
        E("II.2.d", "in_progress", enterprises_supported=7),
        E("II.5.c", "in_progress", inspections=4, establishments_inspected=25, violations=3, fines_vnd=9750000),
        E("II.2.đ", "completed"),
    ], diffs, props)

# ---------------- DOCX helpers ----------------
def doc_head(d, org_top, org, number, place_date):
    header_block(d, [(org_top, False, False), (org, True, False), ("———", False, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("———————", False, False), (place_date, False, True)], size=13)

def sign(d, lines):
    P(d, "")
    for i, ln in enumerate(lines):
        p = P(d, ln, bold=(i < len(lines) - 1 or True), align=RIGHT, space_after=0)
        if i == len(lines) - 2:
            for _ in range(3):
                P(d, "", space_after=0)

# ---------------- B2 Phường Phú Thọ (docx narrative, Quý III + lũy kế 9 tháng) ----------------
def build_B2():
    fn = "PhuTho_BC_CT38_Q3.docx"
    d = new_doc(size=14, author="phutho.vhxh")
    doc_head(d, "ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ THỌ", "198/BC-UBND", "Phú Thọ, ngày 09 tháng 10 năm 2026")
    P(d, "")
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    P(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW Quý III/2026\nvà lũy kế 9 tháng đầu năm 2026", bold=True, align=CENTER)
    P(d, "Ủy ban nhân dân Phường Phú Thọ báo cáo kết quả thực hiện Quý III/2026 và lũy kế 9 tháng đầu năm 2026 như sau:", indent=1.27, align=JUSTIFY)
    P(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    P(d, "1. Tuyên truyền, tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", bold=True, indent=1.27)
    P(d, "Trong Quý III/2026, phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 lớp tập huấn về nhãn hàng hóa, đo lường trong kinh doanh cho 65 hộ kinh doanh tại chợ Phú Thọ; đăng 04 tin, bài. Lũy kế 9 tháng: tổ chức 02 lớp tập huấn với 130 lượt người tham dự; đăng tải 11 tin, bài trên trang thông tin điện tử phường.", indent=1.27, align=JUSTIFY)
    P(d, "Tình hình thực hiện: đang thực hiện.", italic=True, indent=1.27)
    P(d, "2. Phối hợp thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", bold=True, indent=1.27)
    P(d, "Trong quý, Đội kiểm tra liên ngành phường kiểm tra 02 cuộc tại 07 cơ sở, phát hiện 01 cơ sở vi phạm, xử phạt 2.500.000 đồng. Lũy kế 9 tháng: 05 cuộc kiểm tra, 18 cơ sở được kiểm tra, 03 cơ sở vi phạm, tổng số tiền xử phạt vi phạm hành chính 11.000.000 đồng.", indent=1.27, align=JUSTIFY)
    P(d, "Tình hình thực hiện: đang thực hiện.", italic=True, indent=1.27)
    P(d, "3. Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", bold=True, indent=1.27)
    P(d, "UBND phường đã hoàn thành việc xây dựng, công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính (Quyết định công bố ngày 25/8/2026).", indent=1.27, align=JUSTIFY)
    P(d, "Tình hình thực hiện: hoàn thành.", italic=True, indent=1.27)
    P(d, "4. Cử công chức tham gia tập huấn nghiệp vụ", bold=True, indent=1.27)
    P(d, "Quý III không phát sinh. Lũy kế 9 tháng: cử 03 lượt công chức tham gia các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức.", indent=1.27, align=JUSTIFY)
    P(d, "Tình hình thực hiện: hoàn thành.", italic=True, indent=1.27)
    diffs = ["Kinh phí cho công tác tuyên truyền, kiểm tra chưa được bố trí riêng, phải lồng ghép với các hoạt động khác.",
             "Việc xử lý cân sai trong chợ còn gặp khó khăn do tiểu thương thường xuyên thay đổi vị trí kinh doanh."]
    props = ["Đề nghị Chi cục TĐC cấp phát cân đối chứng cho chợ Phú Thọ.",
             "Đề nghị Sở Khoa học và Công nghệ ban hành mẫu báo cáo thống nhất để các phường thuận tiện tổng hợp."]
    P(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs: P(d, f"- {x}", indent=1.27, align=JUSTIFY)
    P(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for x in props: P(d, f"- {x}", indent=1.27, align=JUSTIFY)
    sign(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Thị Thu Trang"])
    d.save(os.path.join(OUT, fn))
    truth(fn, "27226", "198/BC-UBND", "2026-10-09", [
        E("II.1.a", "in_progress", training_courses=2, participants=130, communications=11),
        E("II.5.c", "in_progress", inspections=5, establishments_inspected=18, violations=3, fines_vnd=11000000),
        E("II.2.đ", "completed"),
        E("II.3.a", "completed", participants=3),
    ], diffs, props)

# ---------------- B4 Phường Cát Lái (docx with small tables Quý III | Lũy kế từ đầu năm) ----------------
def build_B4():
    fn = "CatLai-405-BC-UBND.docx"
    d = new_doc(size=13, author="Pham Minh Khang")
    doc_head(d, "ỦY BAN NHÂN DÂN", "PHƯỜNG CÁT LÁI", "405/BC-UBND", "Cát Lái, ngày 15 tháng 10 năm 2026")
    P(d, "")
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    P(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu Quý III và lũy kế từ đầu năm đến 30/9/2026)", bold=True, align=CENTER)
    sections = [
        ("1. Phối hợp thực hiện các nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng (điểm c khoản 5 Mục II Kế hoạch)",
         [("Số cuộc kiểm tra", "02", "06"), ("Số cơ sở được kiểm tra", "11", "29"), ("Số cơ sở vi phạm", "02", "05"), ("Số tiền xử phạt (đồng)", "5.000.000", "17.500.000")],
         "Đánh giá: Đang thực hiện."),
        ("2. Tuyên truyền, tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (điểm a khoản 1 Mục II Kế hoạch)",
         [("Số hội nghị, lớp tập huấn", "0", "01"), ("Số lượt người tham dự", "0", "75"), ("Số tin, bài tuyên truyền", "03", "08")],
         "Đánh giá: Hoàn thành."),
        ("3. Khảo sát chất lượng sản phẩm, hàng hóa (điểm b khoản 5 Mục II Kế hoạch)",
         [("Số mẫu hàng hóa được lấy khảo sát (phối hợp Chi cục)", "06", "06")],
         "Đánh giá: Hoàn thành."),
        ("4. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng (điểm d khoản 2 Mục II Kế hoạch)",
         [("Số doanh nghiệp được hướng dẫn, tư vấn", "04", "09")],
         "Đánh giá: Đang thực hiện."),
    ]
    P(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for title, rows, ev in sections:
        P(d, title, bold=True, align=JUSTIFY)
        t = d.add_table(rows=1, cols=3); grid(t)
        for j, h in enumerate(("Chỉ tiêu", "Quý III/2026", "Lũy kế từ đầu năm")):
            cell_text(t.cell(0, j), h, bold=True, align=CENTER)
        for lab, q, lk in rows:
            cs = t.add_row().cells
            cell_text(cs[0], lab); cell_text(cs[1], q, align=CENTER); cell_text(cs[2], lk, align=CENTER)
        P(d, ev, italic=True)
    diffs = ["Số lượng doanh nghiệp trong khu công nghiệp Cát Lái lớn, phường chưa có đủ thông tin để hướng dẫn áp dụng hệ thống quản lý."]
    props = ["Đề nghị Chi cục cung cấp danh sách doanh nghiệp đã công bố hợp quy trên địa bàn phường.",
             "Đề nghị hỗ trợ kinh phí lấy mẫu khảo sát chất lượng cho các phường."]
    P(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs: P(d, f"- {x}", align=JUSTIFY)
    P(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props: P(d, f"- {x}", align=JUSTIFY)
    sign(d, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đoàn Văn Tâm"])
    d.save(os.path.join(OUT, fn))
    truth(fn, "27112", "405/BC-UBND", "2026-10-15", [
        E("II.5.c", "in_progress", inspections=6, establishments_inspected=29, violations=5, fines_vnd=17500000),
        E("II.1.a", "completed", training_courses=1, participants=75, communications=8),
        E("II.5.b", "completed", samples_tested=6),
        E("II.2.d", "in_progress", enterprises_supported=9),
    ], diffs, props)

# ---------------- B6 Phường Lái Thiêu (docx, to 31/10 with cùng kỳ 2025 comparisons) ----------------
def build_B6():
    fn = "LaiThieu_BC nam 2026_CT38.docx"
    d = new_doc(size=13, author="Huynh Ngoc Anh")
    doc_head(d, "ỦY BAN NHÂN DÂN", "PHƯỜNG LÁI THIÊU", "533/BC-UBND", "Lái Thiêu, ngày 12 tháng 11 năm 2026")
    P(d, "")
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    P(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu tính từ 01/01/2026 đến 31/10/2026)", bold=True, align=CENTER)
    P(d, "I. KẾT QUẢ ĐẠT ĐƯỢC", bold=True)
    P(d, "1. Công tác kiểm tra theo nội dung được phân quyền (điểm c khoản 5 Mục II)", bold=True, indent=1)
    P(d, "Lũy kế từ đầu năm đến 31/10/2026, phường tổ chức 07 cuộc kiểm tra (cùng kỳ năm 2025: 04 cuộc) tại 33 cơ sở kinh doanh (cùng kỳ: 21 cơ sở); phát hiện 06 cơ sở vi phạm (cùng kỳ: 05 cơ sở), xử phạt vi phạm hành chính 21.000.000 đồng (cùng kỳ: 14.000.000 đồng). Nhiệm vụ đang tiếp tục thực hiện trong tháng 11 và 12/2026.", indent=1, align=JUSTIFY)
    P(d, "2. Tuyên truyền, tập huấn (điểm a khoản 1 Mục II)", bold=True, indent=1)
    P(d, "Lũy kế 10 tháng: đăng 16 tin, bài (cùng kỳ năm 2025: 09 tin, bài); phối hợp tổ chức 02 hội nghị tuyên truyền với 210 lượt người tham dự. Đã hoàn thành chỉ tiêu năm.", indent=1, align=JUSTIFY)
    P(d, "3. Tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia (điểm b khoản 1 Mục II)", bold=True, indent=1)
    P(d, "Đã gửi thông báo, tài liệu đến các doanh nghiệp trên địa bàn; lũy kế có 02 doanh nghiệp được hướng dẫn hồ sơ tham dự. Đã hoàn thành.", indent=1, align=JUSTIFY)
    P(d, "4. Hệ thống quản lý chất lượng tại UBND phường (điểm đ khoản 2 Mục II)", bold=True, indent=1)
    P(d, "Chưa triển khai do đang chờ hướng dẫn của Thành phố về việc xây dựng lại hệ thống sau sắp xếp.", indent=1, align=JUSTIFY)
    diffs = ["Số lượng cơ sở kinh doanh trên địa bàn tăng nhanh sau sáp nhập trong khi nhân sự không tăng.",
             "Chưa có hướng dẫn xây dựng lại HTQLCL đối với UBND phường sau sắp xếp."]
    props = ["Kiến nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn áp dụng TCVN ISO 9001:2015 cho chính quyền cấp xã sau sắp xếp."]
    P(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs: P(d, f"- {x}", indent=1, align=JUSTIFY)
    P(d, "III. KIẾN NGHỊ", bold=True)
    for x in props: P(d, f"- {x}", indent=1, align=JUSTIFY)
    sign(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Hậu"])
    d.save(os.path.join(OUT, fn))
    truth(fn, "25966", "533/BC-UBND", "2026-11-12", [
        E("II.5.c", "in_progress", inspections=7, establishments_inspected=33, violations=6, fines_vnd=21000000),
        E("II.1.a", "completed", communications=16, training_courses=2, participants=210),
        E("II.1.b", "completed", enterprises_supported=2),
        E("II.2.đ", "not_started"),
    ], diffs, props)

if __name__ == "__main__":
    for f in (build_B1, build_B2, build_B3, build_B4, build_B5, build_B6, build_B7):
        f()
    print("B done")
