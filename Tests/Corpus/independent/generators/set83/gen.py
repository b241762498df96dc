# -*- coding: utf-8 -*-
"""Generator for set83: ward/commune DOCX reports with separate XLSX "biểu" (ĐVT column)."""
import json, os, hashlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = []  # truth records


def truth(file, unit, number, date, entries, diffs=(), props=(), rejected=None):
    FILES.append(dict(file=file, unit=unit, number=number, date=date, entries=entries,
                      diffs=list(diffs), props=list(props), rejected=rejected))


def E(task, status, ind, text):
    return dict(task=task, status=status, indicators=ind, text=text)

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for k in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + k); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=None, first=True, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    return p


def header(d, left1, left2, number, place_date, kind_xa="ỦY BAN NHÂN DÂN"):
    t = d.add_table(rows=2, cols=2); no_borders(t)
    cell_par(t.cell(0, 0), kind_xa, size=12)
    cell_par(t.cell(0, 0), left2, bold=True, size=12, first=False, underline=True)
    cell_par(t.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    cell_par(t.cell(0, 1), "Độc lập - Tự do - Hạnh phúc", bold=True, first=False, underline=True)
    cell_par(t.cell(1, 0), number, size=13)
    cell_par(t.cell(1, 1), place_date, italic=True)
    t.columns[0].width = Cm(6); t.columns[1].width = Cm(10)


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if align is not None: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p


def rich(d, parts, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi'"""
    p = d.add_paragraph(); p.alignment = align
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    for t, s in parts:
        r = p.add_run(t); r.bold = "b" in s; r.italic = "i" in s; r.underline = "u" in s
    return p


def title(d, t1, t2):
    para(d, t1, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    for line in t2.split("\n"):
        para(d, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def signature(d, noi_nhan, role, name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0)
    cell_par(c, "Nơi nhận:", bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=12)
    for n in noi_nhan:
        cell_par(c, n, align=WD_ALIGN_PARAGRAPH.LEFT, size=11, first=False)
    c = t.cell(0, 1)
    first = True
    for line in role.split("\n"):
        cell_par(c, line, bold=True, first=first); first = False
    for _ in range(3): cell_par(c, "", first=False)
    cell_par(c, name, bold=True, first=False)

# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def xc(ws, ref, v, bold=False, italic=False, size=12, h="left", wrap=True, border=True, fmt=None, fill=None):
    c = ws[ref]; c.value = v
    c.font = Font(name=TNR, size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    if fill: c.fill = PatternFill("solid", fgColor=fill)
    return c

# =====================================================================
# HAND 1 — Nguyễn Hoàng Phúc: "» Tiến độ:" lines, words "làm xong / làm dở";
#          biểu with A/B/C lettered group rows, one "Kỳ báo cáo" column, status in Ghi chú of the group row
# =====================================================================

def h1_docx(fname, unitname, UNIT, place, number, datestr, intro, items, diffs, props, signer):
    d = new_doc()
    header(d, "ỦY BAN NHÂN DÂN", UNIT, "Số: " + number, f"{place}, {datestr}")
    para(d)
    title(d, "BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, (head, bodies, st) in enumerate(items, 1):
        rich(d, [(f"{i}. Nhiệm vụ: ", "b"), (head, "b")])
        for b in bodies:
            para(d, b)
        rich(d, [("» Tiến độ: ", "i"), (st, "i")])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs: para(d, "- " + x)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for x in props: para(d, "- " + x)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch năm 2026 của Ủy ban nhân dân {unitname[0].lower() + unitname[1:]} (số liệu chi tiết tại Biểu kèm theo)./.")
    signature(d, ["- Như trên;", "- Phòng Kinh tế (t/d);", "- Lưu: VT, KT."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer)
    d.save(os.path.join(OUT, fname))


def h1_xlsx(fname, UNIT, number, dshort, groups, maker):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu so lieu"
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 12; ws.column_dimensions["D"].width = 14; ws.column_dimensions["E"].width = 26
    xc(ws, "A1", "UBND " + UNIT, bold=True, border=False, wrap=False)
    ws.merge_cells("A3:E3"); xc(ws, "A3", "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, h="center", border=False, size=13)
    ws.merge_cells("A4:E4"); xc(ws, "A4", f"(Kèm theo Báo cáo số {number} ngày {dshort} của UBND {UNIT.title().replace('Phường', 'phường')})", italic=True, h="center", border=False)
    hdr = ["STT", "Nội dung", "ĐVT", "Kỳ báo cáo", "Ghi chú"]
    for j, h in enumerate(hdr):
        xc(ws, f"{'ABCDE'[j]}6", h, bold=True, h="center", fill="D9D9D9")
    r = 7
    for letter, gname, st, rows in groups:
        xc(ws, f"A{r}", letter, bold=True, h="center"); xc(ws, f"B{r}", gname, bold=True)
        xc(ws, f"C{r}", None); xc(ws, f"D{r}", None); xc(ws, f"E{r}", st, italic=True)
        r += 1
        for k, (lab, dvt, val, fmt) in enumerate(rows, 1):
            xc(ws, f"A{r}", k, h="center"); xc(ws, f"B{r}", lab); xc(ws, f"C{r}", dvt, h="center")
            xc(ws, f"D{r}", val, h="right", fmt=fmt); xc(ws, f"E{r}", None)
            r += 1
    r += 1
    xc(ws, f"D{r}", "Người lập biểu", bold=True, border=False, h="center", wrap=False)
    xc(ws, f"D{r+4}", maker, border=False, h="center", wrap=False)
    wb.save(os.path.join(OUT, fname))

# ---- H1 file 1: Phường Thuận Giao (pair)
u = ("25969", "Phường Thuận Giao")
diffs = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức kinh tế phải kiêm nhiệm nhiều việc.",
         "Chợ Thuận Giao chưa có cân đối chứng loại 60 kg phục vụ người mua gạo, thức ăn chăn nuôi."]
props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ thêm 01 cân đối chứng loại 60 kg cho chợ Thuận Giao.",
         "Đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong Quý I/2027."]
items = [
    ("tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
     ["Phường đăng 06 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố về quy định ghi nhãn hàng hóa, sử dụng cân trong mua bán; lồng ghép nội dung vào các buổi sinh hoạt khu phố."],
     "làm xong."),
    ("cử công chức dự tập huấn nghiệp vụ",
     ["Cử 03 công chức (Kinh tế, Văn phòng - Thống kê, Văn hóa - Xã hội) tham dự lớp tập huấn do Chi cục TĐC tổ chức ngày 18/6/2026."],
     "làm xong."),
    ("kiểm tra đo lường trong kinh doanh tại chợ theo phân cấp",
     ["Phối hợp Chi cục kiểm tra 02 cuộc tại chợ Thuận Giao, kiểm tra 18 hộ kinh doanh sử dụng cân; phát hiện 03 trường hợp cân sai quá sai số cho phép, đã lập biên bản và xử phạt theo thẩm quyền.",
      "Đã đưa 04 cân đối chứng của chợ đi kiểm định định kỳ."],
     "làm dở, còn 01 đợt kiểm tra trong tháng 12/2026."),
    ("hướng dẫn hộ kinh doanh về ghi nhãn, công bố chất lượng",
     ["Bộ phận Một cửa và công chức Kinh tế hướng dẫn 12 hộ kinh doanh thực phẩm, hàng tiêu dùng làm hồ sơ tự công bố, ghi nhãn hàng hóa đúng quy định."],
     "làm dở, tiếp tục hướng dẫn khi hộ kinh doanh có nhu cầu."),
    ("duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015",
     ["Đã cập nhật quy trình nội bộ theo các thủ tục hành chính mới được công bố; tổ chức đánh giá nội bộ trong tháng 8/2026 và xem xét của lãnh đạo."],
     "làm xong."),
    ("khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
     ["Trong kỳ, phường không nhận được phản ánh, tố giác nào."],
     "không có việc phát sinh."),
]
h1_docx("25969_BC CT38 nam 2026 - P Thuan Giao.docx", u[1], "PHƯỜNG THUẬN GIAO", "Thuận Giao", "312/BC-UBND", "ngày 26 tháng 10 năm 2026",
        "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Thuận Giao báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:",
        items, diffs, props, "Trần Văn Hậu")
truth("25969_BC CT38 nam 2026 - P Thuan Giao.docx", u, "312/BC-UBND", "2026-10-26", [
    E("II.1.a", "completed", {"communications": 6}, items[0][1][0]),
    E("II.3.a", "completed", {"participants": 3}, items[1][1][0]),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18, "violations": 3, "instruments_verified": 4}, items[2][1][0]),
    E("II.2.d", "in_progress", {"enterprises_supported": 12}, items[3][1][0]),
    E("II.2.đ", "completed", {}, items[4][1][0]),
    E("II.5.d", "not_applicable", {}, items[5][1][0]),
], diffs, props)

groups = [
    ("A", "Tuyên truyền", "làm xong", [("Tin, bài đăng trên Trang thông tin điện tử phường", "tin", 6, "00")]),
    ("B", "Tập huấn, bồi dưỡng", "làm xong", [("Công chức được cử tham dự tập huấn", "người", 3, "00")]),
    ("C", "Kiểm tra đo lường tại chợ (phân cấp)", "đang làm dở", [
        ("Số cuộc kiểm tra", "cuộc", 2, "00"), ("Số hộ kinh doanh được kiểm tra", "hộ", 18, "00"),
        ("Số trường hợp vi phạm", "trường hợp", 3, "00"), ("Số tiền xử phạt VPHC", "đồng", 4500000, "#,##0"),
        ("Cân đối chứng được kiểm định", "chiếc", 4, "00")]),
    ("D", "Hướng dẫn ghi nhãn, công bố chất lượng", "đang làm dở", [("Hộ kinh doanh được hướng dẫn", "hộ", 12, "00")]),
    ("Đ", "Hệ thống QLCL TCVN ISO 9001:2015", "làm xong", [("Quy trình được cập nhật", "quy trình", 86, "0")]),
]
h1_xlsx("25969_Bieu so lieu kem BC 312.xlsx", "PHƯỜNG THUẬN GIAO", "312/BC-UBND", "26/10/2026", groups, "Nguyễn Hoàng Phúc")
truth("25969_Bieu so lieu kem BC 312.xlsx", u, "312/BC-UBND", "2026-10-26", [
    E("II.1.a", "completed", {"communications": 6}, "Tin, bài đăng trên Trang thông tin điện tử phường"),
    E("II.3.a", "completed", {"participants": 3}, "Công chức được cử tham dự tập huấn"),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18, "violations": 3, "fines_vnd": 4500000, "instruments_verified": 4}, "Kiểm tra đo lường tại chợ (phân cấp)"),
    E("II.2.d", "in_progress", {"enterprises_supported": 12}, "Hướng dẫn ghi nhãn, công bố chất lượng"),
    E("II.2.đ", "completed", {}, "Hệ thống QLCL TCVN ISO 9001:2015"),
])

# ---- H1 file 2: Phường Long Hương (pair)
u = ("26566", "Phường Long Hương")
diffs = ["Các cửa hàng xăng dầu trên địa bàn nằm phân tán dọc Quốc lộ 51, phường không có phương tiện đo để kiểm tra nhanh."]
props = ["Kiến nghị Chi cục cung cấp tài liệu tuyên truyền về Giải thưởng Chất lượng Quốc gia năm 2026 bản in để phường phát cho doanh nghiệp.",
         "Đề nghị Chi cục thông báo sớm lịch kiểm tra xăng dầu Quý IV để phường bố trí người phối hợp."]
items = [
    ("tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
     ["Phường đưa 04 tin, bài lên Trang thông tin điện tử; phối hợp Ban quản lý chợ Long Hương tổ chức 01 hội nghị tuyên truyền cho tiểu thương với 45 lượt người tham dự."],
     "làm xong."),
    ("giới thiệu Giải thưởng Chất lượng Quốc gia",
     ["Chuyển tài liệu, thể lệ Giải thưởng Chất lượng Quốc gia năm 2026 đến 07 doanh nghiệp trên địa bàn; chưa có doanh nghiệp đăng ký tham dự."],
     "làm xong."),
    ("kiểm tra đo lường xăng dầu và cân tại chợ",
     ["Tham gia 03 cuộc kiểm tra cùng Chi cục tại 09 cơ sở (05 cửa hàng xăng dầu, 04 hộ kinh doanh tại chợ); 01 cơ sở vi phạm, bị phạt 1,5 triệu đồng."],
     "làm dở, Quý IV tiếp tục phối hợp."),
    ("khảo sát chất lượng xăng dầu",
     ["Phối hợp đoàn của Chi cục lấy 06 mẫu xăng RON 95, E5 RON 92 và dầu DO tại các cửa hàng để khảo sát chất lượng; kết quả các mẫu đều đạt."],
     "làm xong."),
    ("áp dụng hệ thống quản lý chất lượng ISO tại UBND phường",
     ["Phường đang chuyển sang áp dụng ISO điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính, rà soát lại danh mục quy trình."],
     "làm dở."),
    ("giới thiệu doanh nghiệp tham gia chương trình nâng cao năng suất",
     ["Chưa triển khai do phường chưa nhận được hướng dẫn, danh sách chương trình hỗ trợ năm 2026."],
     "chưa làm."),
]
h1_docx("26566_BC thuc hien CT38 - Long Huong.docx", u[1], "PHƯỜNG LONG HƯƠNG", "Long Hương", "198/BC-UBND", "ngày 29 tháng 10 năm 2026",
        "Ủy ban nhân dân phường Long Hương báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu tính đến ngày 25/10/2026) như sau:",
        items, diffs, props, "Lê Thị Mỹ Dung")
truth("26566_BC thuc hien CT38 - Long Huong.docx", u, "198/BC-UBND", "2026-10-29", [
    E("II.1.a", "completed", {"communications": 4, "training_courses": 1, "participants": 45}, items[0][1][0]),
    E("II.1.b", "completed", {"enterprises_supported": 7}, items[1][1][0]),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 9, "violations": 1, "fines_vnd": 1500000}, items[2][1][0]),
    E("II.5.b", "completed", {"samples_tested": 6}, items[3][1][0]),
    E("II.2.đ", "in_progress", {}, items[4][1][0]),
    E("II.2.a", "not_started", {}, items[5][1][0]),
], diffs, props)
groups = [
    ("A", "Tuyên truyền, phổ biến", "làm xong", [("Tin, bài", "tin", 4, "00"), ("Hội nghị tuyên truyền cho tiểu thương", "hội nghị", 1, "00"), ("Người tham dự", "lượt", 45, "00")]),
    ("B", "Giải thưởng Chất lượng Quốc gia", "làm xong", [("Doanh nghiệp được chuyển tài liệu, thể lệ", "DN", 7, "00")]),
    ("C", "Kiểm tra đo lường xăng dầu, cân tại chợ", "làm dở (Quý IV làm tiếp)", [
        ("Số cuộc kiểm tra", "cuộc", 3, "00"), ("Số cơ sở được kiểm tra", "cơ sở", 9, "00"),
        ("Số cơ sở vi phạm", "cơ sở", 1, "00"), ("Tiền phạt", "đồng", 1500000, "#,##0")]),
    ("D", "Khảo sát chất lượng xăng dầu", "làm xong", [("Mẫu được lấy khảo sát", "mẫu", 6, "00")]),
]
h1_xlsx("26566_Bieu kem BC 198 - Long Huong.xlsx", "PHƯỜNG LONG HƯƠNG", "198/BC-UBND", "29/10/2026", groups, "Nguyễn Hoàng Phúc")
truth("26566_Bieu kem BC 198 - Long Huong.xlsx", u, "198/BC-UBND", "2026-10-29", [
    E("II.1.a", "completed", {"communications": 4, "training_courses": 1, "participants": 45}, "Tuyên truyền, phổ biến"),
    E("II.1.b", "completed", {"enterprises_supported": 7}, "Giải thưởng Chất lượng Quốc gia"),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 9, "violations": 1, "fines_vnd": 1500000}, "Kiểm tra đo lường xăng dầu, cân tại chợ"),
    E("II.5.b", "completed", {"samples_tested": 6}, "Khảo sát chất lượng xăng dầu"),
])

# =====================================================================
# HAND 2 — Võ Thị Kim Thoa: bold figures, status in its own right-aligned italic paragraph under each task;
#          biểu with a "Số liệu tính đến ngày" date column, status only on the last row of each task block,
#          blank separator rows
# =====================================================================

def h2_docx(fname, UNIT, place, number, datestr, intro, items, diffs, props, signer):
    d = new_doc(size=14)
    header(d, "ỦY BAN NHÂN DÂN", UNIT, "Số: " + number, f"{place}, {datestr}")
    para(d)
    title(d, "BÁO CÁO", "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng\nnăm 2026 theo Chỉ thị số 38-CT/TW")
    para(d, intro)
    para(d, "1. Kết quả thực hiện các nội dung", bold=True, indent=False)
    for i, (head, parts, st) in enumerate(items, 1):
        rich(d, [(f"1.{i}. {head}", "b")], indent=False)
        rich(d, parts)
        rich(d, [(st, "i")], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    for x in diffs: para(d, "- " + x)
    para(d, "3. Đề xuất, kiến nghị", bold=True, indent=False)
    for x in props: para(d, "- " + x)
    para(d, "(Kèm theo biểu số liệu).")
    signature(d, ["- Chi cục TĐC TP.HCM;", "- TT. Đảng ủy xã (b/c);", "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer)
    d.save(os.path.join(OUT, fname))


def h2_xlsx(fname, XA, place_date, blocks, maker):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu 01"
    for col, w in zip("ABCDEF", (5, 48, 11, 12, 16, 18)): ws.column_dimensions[col].width = w
    xc(ws, "A1", "UBND " + XA, bold=True, border=False, wrap=False)
    ws.merge_cells("A2:F2"); xc(ws, "A2", "SỐ LIỆU THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, h="center", border=False, size=13)
    for j, h in enumerate(["TT", "Nội dung", "ĐVT", "Số liệu", "Số liệu tính đến ngày", "Tình trạng"]):
        xc(ws, f"{'ABCDEF'[j]}4", h, bold=True, h="center", fill="FFF2CC")
    r = 5
    for i, (name, st, rows) in enumerate(blocks, 1):
        xc(ws, f"A{r}", i, h="center", bold=True); ws.merge_cells(f"B{r}:F{r}"); xc(ws, f"B{r}", name, bold=True)
        r += 1
        for k, (lab, dvt, val, fmt, asof) in enumerate(rows):
            xc(ws, f"A{r}", None); xc(ws, f"B{r}", "  - " + lab); xc(ws, f"C{r}", dvt, h="center")
            xc(ws, f"D{r}", val, h="right", fmt=fmt); xc(ws, f"E{r}", asof, h="center")
            xc(ws, f"F{r}", st if k == len(rows) - 1 else None, h="center")
            r += 1
        r += 1  # blank separator row
    r += 1
    xc(ws, f"E{r}", place_date, italic=True, border=False, h="center", wrap=False)
    xc(ws, f"E{r+1}", "NGƯỜI TỔNG HỢP", bold=True, border=False, h="center", wrap=False)
    xc(ws, f"E{r+5}", maker, border=False, h="center", wrap=False)
    wb.save(os.path.join(OUT, fname))

# ---- H2 file 1: Xã Châu Đức (pair)
u = ("26596", "Xã Châu Đức")
diffs = ["Xã chưa được bố trí kinh phí riêng cho công tác kiểm tra đo lường, chất lượng; kinh phí chủ yếu lồng ghép từ công tác quản lý thị trường."]
props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể thẩm quyền xử phạt của Chủ tịch UBND xã trong lĩnh vực đo lường sau sắp xếp đơn vị hành chính."]
items = [
    ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
     [("Đài truyền thanh xã phát ", ""), ("05", "b"), (" tin, bài về quyền lợi người tiêu dùng khi mua hàng bằng cân, mua xăng dầu; treo băng rôn tại 02 chợ.", "")],
     "— Đã xong"),
    ("Cử công chức tập huấn",
     [("Cử ", ""), ("02", "b"), (" công chức dự tập huấn kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức xã, phường do Chi cục TĐC tổ chức.", "")],
     "— Đã xong"),
    ("Kiểm tra đo lường tại chợ, cơ sở kinh doanh vàng trang sức",
     [("Xã thực hiện ", ""), ("02", "b"), (" cuộc kiểm tra tại ", ""), ("11", "b"), (" cơ sở; phát hiện ", ""), ("02", "b"),
      (" cơ sở vi phạm (cân không kiểm định), phạt tiền ", ""), ("3.000.000", "b"), (" đồng.", "")],
     "— Đang triển khai (còn đợt kiểm tra cuối năm)"),
    ("Phối hợp kiểm tra chất lượng hàng hóa lưu thông",
     [("Phối hợp Đội Quản lý thị trường kiểm tra ", ""), ("01", "b"), (" cuộc đối với ", ""), ("06", "b"),
      (" cửa hàng kinh doanh mũ bảo hiểm, đồ chơi trẻ em; không phát hiện hàng hóa không đạt chất lượng.", "")],
     "— Đã xong"),
    ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
     [("Đang rà soát, ban hành lại bộ quy trình ISO theo danh mục thủ tục hành chính cấp xã mới.", "")],
     "— Đang triển khai"),
    ("Tiếp nhận tố giác vi phạm",
     [("Trong năm không có đơn thư, tố giác về tiêu chuẩn, đo lường, chất lượng.", "")],
     "— Không phát sinh"),
]
h2_docx("BC 87 CT38 - Xa Chau Duc.docx", "XÃ CHÂU ĐỨC", "Châu Đức", "87/BC-UBND", "ngày 24 tháng 10 năm 2026",
        "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Châu Đức báo cáo như sau:",
        items, diffs, props, "Phạm Ngọc Sơn")
txt = lambda parts: "".join(t for t, _ in parts)
truth("BC 87 CT38 - Xa Chau Duc.docx", u, "87/BC-UBND", "2026-10-24", [
    E("II.1.a", "completed", {"communications": 5}, txt(items[0][1])),
    E("II.3.a", "completed", {"participants": 2}, txt(items[1][1])),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 2, "fines_vnd": 3000000}, txt(items[2][1])),
    E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 6}, txt(items[3][1])),
    E("II.2.đ", "in_progress", {}, txt(items[4][1])),
    E("II.5.d", "not_applicable", {}, txt(items[5][1])),
], diffs, props)
blocks = [
    ("Tuyên truyền", "Đã xong", [("Tin, bài phát trên Đài truyền thanh xã", "tin", 5, "00", "30/9/2026")]),
    ("Công chức dự tập huấn", "Đã xong", [("Số công chức được cử", "người", 2, "00", "18/6/2026")]),
    ("Kiểm tra đo lường (chợ, tiệm vàng)", "Đang triển khai", [
        ("Số cuộc kiểm tra", "cuộc", 2, "00", "20/10/2026"), ("Số cơ sở được kiểm tra", "cơ sở", 11, "00", "20/10/2026"),
        ("Cơ sở vi phạm", "cơ sở", 2, "00", "20/10/2026"), ("Số tiền phạt", "đồng", 3000000, "#,##0", "20/10/2026")]),
    ("Kiểm tra chất lượng hàng hóa (phối hợp QLTT)", "Đã xong", [
        ("Số cuộc kiểm tra", "cuộc", 1, "00", "15/8/2026"), ("Số cửa hàng được kiểm tra", "cửa hàng", 6, "00", "15/8/2026")]),
]
h2_xlsx("Bieu so lieu CT38 - Chau Duc.xlsx", "XÃ CHÂU ĐỨC", "Châu Đức, ngày 24 tháng 10 năm 2026", blocks, "Võ Thị Kim Thoa")
truth("Bieu so lieu CT38 - Chau Duc.xlsx", u, None, "2026-10-24", [
    E("II.1.a", "completed", {"communications": 5}, "Tin, bài phát trên Đài truyền thanh xã"),
    E("II.3.a", "completed", {"participants": 2}, "Công chức dự tập huấn"),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 2, "fines_vnd": 3000000}, "Kiểm tra đo lường (chợ, tiệm vàng)"),
    E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 6}, "Kiểm tra chất lượng hàng hóa (phối hợp QLTT)"),
])

# ---- H2 file 2: Xã Bình Giã (DOCX good, XLSX mistaken: food-safety biểu attached)
u = ("26590", "Xã Bình Giã")
diffs = ["Nhiều hợp tác xã, cơ sở sơ chế cà phê, hồ tiêu quy mô nhỏ chưa quan tâm đến truy xuất nguồn gốc do chi phí tem, phần mềm.",
         "Xã chưa cử được công chức dự lớp tập huấn vì trùng lịch tiếp công dân và công tác thu hoạch mùa vụ."]
props = ["Đề nghị Chi cục hỗ trợ miễn phí tem truy xuất nguồn gốc năm đầu cho các hợp tác xã trên địa bàn xã.",
         "Đề nghị tổ chức thêm lớp tập huấn trực tuyến để công chức xã tham gia."]
items = [
    ("Tuyên truyền",
     [("Đăng ", ""), ("03", "b"), (" tin, bài trên Trang thông tin điện tử xã; tổ chức ", ""), ("01", "b"),
      (" hội nghị tuyên truyền về đo lường, chất lượng cho hộ kinh doanh với ", ""), ("60", "b"), (" lượt người tham dự.", "")],
     "— Đã xong"),
    ("Kiểm tra đo lường xăng dầu, cân đối chứng tại chợ",
     [("Phối hợp Chi cục kiểm tra ", ""), ("01", "b"), (" cuộc tại ", ""), ("04", "b"),
      (" cửa hàng xăng dầu, các cửa hàng chấp hành tốt; đưa ", ""), ("05", "b"), (" cân đối chứng tại chợ Bình Giã đi kiểm định.", "")],
     "— Đang triển khai"),
    ("Hướng dẫn truy xuất nguồn gốc nông sản",
     [("Hướng dẫn ", ""), ("08", "b"), (" hợp tác xã, cơ sở sơ chế cà phê, hồ tiêu đăng ký mã số vùng trồng, áp dụng tem truy xuất nguồn gốc.", "")],
     "— Đang triển khai"),
    ("Cử công chức dự tập huấn",
     [("Chưa cử được công chức tham dự (lý do nêu tại mục 2).", "")],
     "— Chưa triển khai"),
]
h2_docx("BC 142 CT38 - Binh Gia.docx", "XÃ BÌNH GIÃ", "Bình Giã", "142/BC-UBND", "ngày 30 tháng 10 năm 2026",
        "Ủy ban nhân dân xã Bình Giã báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (từ tháng 01 đến tháng 10/2026) như sau:",
        items, diffs, props, "Hoàng Văn Tư")
truth("BC 142 CT38 - Binh Gia.docx", u, "142/BC-UBND", "2026-10-30", [
    E("II.1.a", "completed", {"communications": 3, "training_courses": 1, "participants": 60}, txt(items[0][1])),
    E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 4, "instruments_verified": 5}, txt(items[1][1])),
    E("II.2.a", "in_progress", {"enterprises_supported": 8}, txt(items[2][1])),
    E("II.3.a", "not_started", {}, txt(items[3][1])),
], diffs, props)


def attp_xlsx(fname):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu ATTP"
    for col, w in zip("ABCDEF", (5, 44, 11, 12, 16, 18)): ws.column_dimensions[col].width = w
    xc(ws, "A1", "UBND XÃ BÌNH GIÃ", bold=True, border=False, wrap=False)
    ws.merge_cells("A2:F2"); xc(ws, "A2", "SỐ LIỆU KIỂM TRA AN TOÀN THỰC PHẨM DỊP TẾT TRUNG THU NĂM 2026", bold=True, h="center", border=False, size=13)
    for j, h in enumerate(["TT", "Nội dung", "ĐVT", "Số liệu", "Số liệu tính đến ngày", "Tình trạng"]):
        xc(ws, f"{'ABCDEF'[j]}4", h, bold=True, h="center", fill="FFF2CC")
    rows = [(1, "Kiểm tra cơ sở sản xuất, kinh doanh bánh trung thu", None),
            (None, "  - Số đoàn kiểm tra liên ngành", ("đoàn", 2)), (None, "  - Số cơ sở được kiểm tra", ("cơ sở", 17)),
            (None, "  - Cơ sở vi phạm điều kiện ATTP", ("cơ sở", 3)), (None, "  - Tiêu hủy sản phẩm không rõ nguồn gốc", ("kg", 45)),
            (2, "Xét nghiệm nhanh", None), (None, "  - Mẫu test nhanh hàn the, phẩm màu", ("mẫu", 24)),
            (3, "Tuyên truyền ATTP", None), (None, "  - Tin, bài trên loa truyền thanh", ("tin", 6))]
    r = 5
    for a, b, v in rows:
        xc(ws, f"A{r}", a, h="center", bold=a is not None); xc(ws, f"B{r}", b, bold=a is not None)
        xc(ws, f"C{r}", v[0] if v else None, h="center"); xc(ws, f"D{r}", v[1] if v else None, fmt="00", h="right")
        xc(ws, f"E{r}", "30/9/2026" if v else None, h="center"); xc(ws, f"F{r}", "Đã xong" if b.startswith("  - Số cơ sở") or b.startswith("  - Mẫu") or b.startswith("  - Tin") else None, h="center")
        r += 1
    r += 1
    xc(ws, f"E{r}", "Bình Giã, ngày 05 tháng 10 năm 2026", italic=True, border=False, wrap=False)
    xc(ws, f"E{r+1}", "NGƯỜI TỔNG HỢP", bold=True, border=False, h="center", wrap=False)
    xc(ws, f"E{r+5}", "Võ Thị Kim Thoa", border=False, h="center", wrap=False)
    wb.save(os.path.join(OUT, fname))

attp_xlsx("Bieu so lieu kem BC - Binh Gia.xlsx")
truth("Bieu so lieu kem BC - Binh Gia.xlsx", u, None, "2026-10-05", [], rejected=
      "Biểu số liệu kiểm tra an toàn thực phẩm dịp Tết Trung thu 2026, gửi nhầm kèm báo cáo Chỉ thị 38 — không phải báo cáo của Kế hoạch này.")

# =====================================================================
# HAND 3 — Đặng Văn Lộc: each task closed by an italic line giving the advising office's remark
#          ("Ý kiến bộ phận tham mưu: …"); figures mostly left to the biểu; biểu = one row per task with
#          a second header row holding the ĐVT of each figure column and a "Tình hình" column
# =====================================================================

def h3_docx(fname, UNIT, place, number, datestr, intro, items, diffs, props, signer, kind="PHƯỜNG"):
    d = new_doc()
    header(d, "ỦY BAN NHÂN DÂN", UNIT, "Số: " + number, f"{place}, {datestr}")
    para(d)
    title(d, "BÁO CÁO", "Kết quả triển khai Chỉ thị số 38-CT/TW của Ban Bí thư\n(kỳ báo cáo năm 2026)")
    para(d, intro)
    para(d, "A. KẾT QUẢ ĐẠT ĐƯỢC", bold=True, indent=False)
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    for i, (head, bodies, st) in enumerate(items):
        para(d, f"{roman[i]}. {head}", bold=True, indent=False)
        for b in bodies: para(d, b)
        rich(d, [("Ý kiến bộ phận tham mưu: ", "bi"), (st, "i")])
    para(d, "B. TỒN TẠI, KHÓ KHĂN", bold=True, indent=False)
    for k, x in enumerate(diffs, 1): para(d, f"{k}) {x}")
    para(d, "C. KIẾN NGHỊ", bold=True, indent=False)
    for k, x in enumerate(props, 1): para(d, f"{k}) {x}")
    signature(d, ["- Sở KH&CN (qua Chi cục TĐC);", "- Thường trực Đảng ủy;", "- Lưu: VT, KT(Lộc)."], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", signer)
    d.save(os.path.join(OUT, fname))

# ---- H3 pair: Phường Tân Khánh
u = ("25891", "Phường Tân Khánh")
diffs = ["Số hộ kinh doanh nhỏ lẻ sử dụng cân không rõ nguồn gốc còn nhiều, khó kiểm soát.",
         "Công chức phụ trách mới được phân công sau sắp xếp, chưa nắm vững nghiệp vụ kiểm tra chất lượng hàng hóa."]
props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử cán bộ hướng dẫn nghiệp vụ trực tiếp cho tổ kiểm tra liên ngành của phường.",
         "Đề nghị Sở xem xét hỗ trợ kinh phí in tài liệu tuyên truyền cho các khu phố."]
items = [
    ("Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
     ["Phường chỉ đạo Văn phòng HĐND-UBND đăng 08 tin, bài trên Trang thông tin điện tử và phát trên hệ thống loa của các khu phố; vận động hộ kinh doanh niêm yết cân đối chứng."],
     "đã thực hiện xong nội dung năm 2026."),
    ("Công tác đào tạo, tập huấn",
     ["Phường cử 04 lượt công chức tham dự các lớp tập huấn trực tiếp và trực tuyến do Chi cục tổ chức."],
     "đã thực hiện xong."),
    ("Công tác kiểm tra theo phân cấp quản lý",
     ["Tổ kiểm tra liên ngành của phường đã tổ chức 04 cuộc kiểm tra về đo lường, ghi nhãn hàng hóa tại chợ và các cửa hàng tạp hóa (kết quả chi tiết tại biểu kèm theo)."],
     "nội dung này đang tiếp tục thực hiện đến hết năm."),
    ("Hỗ trợ doanh nghiệp, hộ kinh doanh áp dụng tiêu chuẩn, công bố hợp chuẩn, hợp quy",
     ["Bộ phận Một cửa phối hợp hướng dẫn doanh nghiệp, hộ kinh doanh thủ tục công bố hợp chuẩn, hợp quy khi có yêu cầu (số liệu tại biểu)."],
     "đang thực hiện, thường xuyên."),
    ("Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan",
     ["Phường đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi rà soát 112 quy trình giải quyết thủ tục hành chính."],
     "đã hoàn thành."),
]
h3_docx("BC CT38 2026 - P Tan Khanh (so 264).docx", "PHƯỜNG TÂN KHÁNH", "Tân Khánh", "264/BC-UBND", "ngày 28 tháng 10 năm 2026",
        "Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Tân Khánh báo cáo kết quả thực hiện như sau:",
        items, diffs, props, "Huỳnh Tấn Lực")
truth("BC CT38 2026 - P Tan Khanh (so 264).docx", u, "264/BC-UBND", "2026-10-28", [
    E("II.1.a", "completed", {"communications": 8}, items[0][1][0]),
    E("II.3.a", "completed", {"participants": 4}, items[1][1][0]),
    E("II.5.c", "in_progress", {"inspections": 4}, items[2][1][0]),
    E("II.2.d", "in_progress", {}, items[3][1][0]),
    E("II.2.đ", "completed", {}, items[4][1][0]),
], diffs, props)


def h3_xlsx(fname, UNIT, number, dshort, cols, rows, maker, place_date):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "TH"
    ncol = 2 + len(cols) + 1
    L = [openpyxl.utils.get_column_letter(i) for i in range(1, ncol + 1)]
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 40
    for c in L[2:-1]: ws.column_dimensions[c].width = 11
    ws.column_dimensions[L[-1]].width = 16
    xc(ws, "A1", "UBND " + UNIT, bold=True, border=False, wrap=False)
    ws.merge_cells(f"A2:{L[-1]}2"); xc(ws, "A2", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, h="center", border=False, size=13)
    ws.merge_cells(f"A3:{L[-1]}3"); xc(ws, "A3", f"(Kèm theo Báo cáo số {number} ngày {dshort})", italic=True, h="center", border=False)
    xc(ws, "A5", "STT", bold=True, h="center"); xc(ws, "B5", "Nội dung công việc", bold=True, h="center")
    xc(ws, "A6", None); xc(ws, "B6", "Đơn vị tính →", italic=True, h="right")
    for j, (name, dvt) in enumerate(cols):
        xc(ws, f"{L[2+j]}5", name, bold=True, h="center", size=11)
        xc(ws, f"{L[2+j]}6", dvt, italic=True, h="center", size=11)
    xc(ws, f"{L[-1]}5", "Tình hình", bold=True, h="center"); xc(ws, f"{L[-1]}6", None)
    ws.row_dimensions[5].height = 48
    r = 7
    for i, (name, vals, st) in enumerate(rows, 1):
        xc(ws, f"A{r}", i, h="center"); xc(ws, f"B{r}", name)
        for j in range(len(cols)):
            v = vals.get(j)
            xc(ws, f"{L[2+j]}{r}", v, h="right", fmt="#,##0" if (v or 0) >= 1000 else "00")
        xc(ws, f"{L[-1]}{r}", st, h="center")
        r += 1
    r += 1
    xc(ws, f"{L[-2]}{r}", place_date, italic=True, border=False, wrap=False)
    xc(ws, f"{L[-2]}{r+1}", "Người lập", bold=True, border=False, wrap=False)
    xc(ws, f"{L[-2]}{r+4}", maker, border=False, wrap=False)
    wb.save(os.path.join(OUT, fname))

cols = [("Tin, bài", "tin"), ("Người dự tập huấn", "lượt"), ("Số cuộc KT", "cuộc"), ("Cơ sở được KT", "cơ sở"),
        ("Vi phạm", "trường hợp"), ("Tiền phạt", "đồng"), ("DN, hộ KD được hướng dẫn", "đơn vị")]
rows = [("Tuyên truyền, phổ biến pháp luật TĐC", {0: 8}, "Xong"),
        ("Cử công chức tập huấn nghiệp vụ", {1: 4}, "Xong"),
        ("Kiểm tra đo lường, ghi nhãn tại chợ, cửa hàng tạp hóa", {2: 4, 3: 27, 4: 5, 5: 8750000}, "Đang làm"),
        ("Hướng dẫn công bố hợp chuẩn, hợp quy", {6: 15}, "Đang làm"),
        ("Duy trì ISO 9001:2015 tại UBND phường", {}, "Xong")]
h3_xlsx("Bieu kem BC 264 - Tan Khanh.xlsx", "PHƯỜNG TÂN KHÁNH", "264/BC-UBND", "28/10/2026", cols, rows, "Đặng Văn Lộc", "Tân Khánh, ngày 28/10/2026")
truth("Bieu kem BC 264 - Tan Khanh.xlsx", u, "264/BC-UBND", "2026-10-28", [
    E("II.1.a", "completed", {"communications": 8}, rows[0][0]),
    E("II.3.a", "completed", {"participants": 4}, rows[1][0]),
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 27, "violations": 5, "fines_vnd": 8750000}, rows[2][0]),
    E("II.2.d", "in_progress", {"enterprises_supported": 15}, rows[3][0]),
    E("II.2.đ", "completed", {}, rows[4][0]),
])

# ---- H3 single: Xã Long Điền (DOCX, later re-saved by LibreOffice)
u = ("26659", "Xã Long Điền")
diffs = ["Chợ cá Long Điền họp sớm từ 3 giờ sáng, việc tổ chức kiểm tra cân ngoài giờ hành chính gặp khó khăn về nhân lực."]
props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức 01 đợt kiểm tra cân tại chợ cá trong Quý IV/2026."]
items = [
    ("Tuyên truyền về đo lường, chất lượng",
     ["Xã đăng 03 tin, bài trên Trang thông tin điện tử và phát trên loa truyền thanh về việc sử dụng cân đúng quy định tại chợ cá."],
     "đã thực hiện xong."),
    ("Kiểm tra đo lường tại chợ cá, chợ Long Điền",
     ["Tổ kiểm tra của xã tiến hành 02 cuộc kiểm tra, kiểm tra 14 cơ sở kinh doanh; phát hiện 02 cơ sở sử dụng cân không đạt yêu cầu, xử phạt 2.000.000 đồng."],
     "đang tiếp tục thực hiện."),
    ("Duy trì ISO 9001:2015",
     ["UBND xã đã tổ chức đánh giá nội bộ, khắc phục các điểm không phù hợp, công bố lại Hệ thống quản lý chất lượng."],
     "đã hoàn thành."),
    ("Cử công chức tập huấn",
     ["Trong kỳ chưa cử công chức tham dự do chưa nhận được thông báo mở lớp."],
     "chưa triển khai."),
    ("Khen thưởng, bảo vệ người tố giác vi phạm",
     ["Không có trường hợp tố giác."],
     "không phát sinh."),
]
h3_docx("26659 - BC thuc hien CT38 - Long Dien.docx", "XÃ LONG ĐIỀN", "Long Điền", "76/BC-UBND", "ngày 22 tháng 10 năm 2026",
        "Ủy ban nhân dân xã Long Điền báo cáo kết quả triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:",
        items, diffs, props, "Nguyễn Thành Nam")
truth("26659 - BC thuc hien CT38 - Long Dien.docx", u, "76/BC-UBND", "2026-10-22", [
    E("II.1.a", "completed", {"communications": 3}, items[0][1][0]),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 2, "fines_vnd": 2000000}, items[1][1][0]),
    E("II.2.đ", "completed", {}, items[2][1][0]),
    E("II.3.a", "not_started", {}, items[3][1][0]),
    E("II.5.d", "not_applicable", {}, items[4][1][0]),
], diffs, props)

# ---- H3 single: Phường Rạch Dừa (DOCX)
u = ("26536", "Phường Rạch Dừa")
diffs = ["Lực lượng kiểm tra của phường mỏng, chủ yếu là công chức kiêm nhiệm.",
         "Phường chưa có thiết bị kiểm tra nhanh chất lượng mũ bảo hiểm, đồ chơi trẻ em."]
props = ["Đề nghị Chi cục tổ chức tập huấn nghiệp vụ kiểm tra chất lượng hàng hóa cho tổ kiểm tra liên ngành phường."]
items = [
    ("Tuyên truyền, phổ biến",
     ["Phường đăng 05 tin, bài; tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh với 80 lượt người tham dự."],
     "đã thực hiện xong."),
    ("Kiểm tra đo lường theo phân cấp",
     ["Tổ chức 03 cuộc kiểm tra tại 16 cơ sở (chợ Rạch Dừa, cửa hàng vàng bạc); 01 cơ sở vi phạm, xử phạt 2.500.000 đồng."],
     "đang thực hiện."),
    ("Phối hợp kiểm tra chất lượng hàng hóa lưu thông",
     ["Phối hợp Đội Quản lý thị trường số 10 kiểm tra 01 cuộc tại 08 cửa hàng kinh doanh mũ bảo hiểm."],
     "đã thực hiện xong."),
    ("Hướng dẫn hộ kinh doanh ghi nhãn hàng hóa",
     ["Hướng dẫn 10 hộ kinh doanh hải sản khô, nước mắm ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP."],
     "đang thực hiện."),
    ("ISO 9001:2015 tại UBND phường",
     ["Đang xây dựng lại bộ quy trình sau khi tiếp nhận thủ tục hành chính phân cấp."],
     "đang thực hiện, dự kiến công bố trong tháng 12/2026."),
]
h3_docx("BC CT38 - Rach Dua.docx", "PHƯỜNG RẠCH DỪA", "Rạch Dừa", "305/BC-UBND", "ngày 02 tháng 11 năm 2026",
        "Thực hiện Kế hoạch năm 2026 của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW, Ủy ban nhân dân phường Rạch Dừa báo cáo như sau:",
        items, diffs, props, "Trương Công Danh")
truth("BC CT38 - Rach Dua.docx", u, "305/BC-UBND", "2026-11-02", [
    E("II.1.a", "completed", {"communications": 5, "training_courses": 1, "participants": 80}, items[0][1][0]),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 16, "violations": 1, "fines_vnd": 2500000}, items[1][1][0]),
    E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 8}, items[2][1][0]),
    E("II.2.d", "in_progress", {"enterprises_supported": 10}, items[3][1][0]),
    E("II.2.đ", "in_progress", {}, items[4][1][0]),
], diffs, props)

# =====================================================================
# HAND 4 — Bùi Thị Thanh Ngân: every task closed by a bold "Tự xếp loại tiến độ:" line that joins
#          punctuality and state ("Đúng tiến độ – đã hoàn thành", "Chậm tiến độ – đang thực hiện");
#          biểu with ĐVT plus two columns "Tiến độ (đúng/chậm)" and "Tình trạng"
# =====================================================================

def h4_docx(fname, UNIT, place, number, datestr, titl, intro, items, diffs, props, signer, sec1="I. KẾT QUẢ THỰC HIỆN"):
    d = new_doc()
    header(d, "ỦY BAN NHÂN DÂN", UNIT, "Số: " + number, f"{place}, {datestr}")
    para(d)
    title(d, "BÁO CÁO", titl)
    para(d, intro)
    para(d, sec1, bold=True, indent=False)
    for i, (head, bodies, st) in enumerate(items, 1):
        rich(d, [(f"{i}. {head}", "bu")], indent=False)
        for b in bodies: para(d, "- " + b)
        rich(d, [("Tự xếp loại tiến độ: ", "b"), (st, "")])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs: para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props: para(d, "- " + x)
    signature(d, ["- Như kính gửi;", "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer)
    d.save(os.path.join(OUT, fname))


def h4_xlsx(fname, UNIT, subtitle, rows, diffs, props, maker, place_date):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu CT38"
    for col, w in zip("ABCDEF", (6, 46, 12, 13, 16, 20)): ws.column_dimensions[col].width = w
    xc(ws, "A1", "UBND " + UNIT, bold=True, border=False, wrap=False)
    ws.merge_cells("A2:F2"); xc(ws, "A2", "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, h="center", border=False, size=13)
    ws.merge_cells("A3:F3"); xc(ws, "A3", subtitle, italic=True, h="center", border=False)
    for j, h in enumerate(["STT", "Nội dung", "ĐVT", "Kết quả", "Tiến độ (đúng/chậm)", "Tình trạng"]):
        xc(ws, f"{'ABCDEF'[j]}5", h, bold=True, h="center", fill="DDEBF7")
    r = 6
    for stt, lab, dvt, val, fmt, td, st in rows:
        bold = isinstance(stt, int)
        xc(ws, f"A{r}", stt, h="center", bold=bold); xc(ws, f"B{r}", lab, bold=bold); xc(ws, f"C{r}", dvt, h="center")
        xc(ws, f"D{r}", val, h="right", fmt=fmt); xc(ws, f"E{r}", td, h="center"); xc(ws, f"F{r}", st, h="center")
        r += 1
    if diffs:
        r += 1; xc(ws, f"A{r}", "Khó khăn:", bold=True, border=False, wrap=False); r += 1
        for x in diffs: xc(ws, f"B{r}", "- " + x, border=False, wrap=False); r += 1
        xc(ws, f"A{r}", "Kiến nghị:", bold=True, border=False, wrap=False); r += 1
        for x in props: xc(ws, f"B{r}", "- " + x, border=False, wrap=False); r += 1
    r += 1
    xc(ws, f"E{r}", place_date, italic=True, border=False, wrap=False)
    xc(ws, f"E{r+1}", "Người lập biểu", bold=True, border=False, wrap=False)
    xc(ws, f"E{r+5}", maker, border=False, wrap=False)
    wb.save(os.path.join(OUT, fname))

# ---- H4 pair: Phường Chánh Hiệp
u = ("25771", "Phường Chánh Hiệp")
diffs = ["Danh mục thủ tục hành chính cấp phường thay đổi nhiều lần sau sắp xếp nên việc cập nhật quy trình ISO bị chậm so với kế hoạch."]
props = ["Đề nghị Sở Khoa học và Công nghệ ban hành bộ quy trình ISO mẫu cho cấp phường để các phường áp dụng thống nhất.",
         "Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân đối chứng tại các chợ truyền thống."]
items = [
    ("Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng",
     ["Đăng 07 tin, bài trên Trang thông tin điện tử phường.",
      "Tổ chức 01 buổi tọa đàm với hộ kinh doanh tại chợ Chánh Hiệp, có 35 hộ kinh doanh tham dự."],
     "Đúng tiến độ – đã hoàn thành."),
    ("Cử công chức tập huấn nghiệp vụ",
     ["Cử 02 công chức dự lớp tập huấn ngày 18/6/2026 do Chi cục TĐC tổ chức."],
     "Đúng tiến độ – đã hoàn thành."),
    ("Kiểm tra đo lường tại chợ, cửa hàng xăng dầu theo phân cấp",
     ["Tổ chức 03 cuộc kiểm tra với 22 cơ sở được kiểm tra.",
      "Phát hiện 04 trường hợp vi phạm, xử phạt 6.000.000 đồng.",
      "Đưa 06 cân đối chứng tại chợ đi kiểm định."],
     "Đúng tiến độ – đang thực hiện (còn kiểm tra trong tháng 11, 12)."),
    ("Cập nhật hệ thống quản lý chất lượng ISO 9001:2015",
     ["Đang cập nhật quy trình theo danh mục thủ tục hành chính mới, chưa tổ chức đánh giá nội bộ."],
     "Chậm tiến độ – đang thực hiện."),
    ("Khen thưởng, bảo vệ người tố giác vi phạm",
     ["Chưa có trường hợp nào."],
     "Không phát sinh."),
]
h4_docx("BC 451 - Chanh Hiep - CT38.docx", "PHƯỜNG CHÁNH HIỆP", "Chánh Hiệp", "451/BC-UBND", "ngày 27 tháng 10 năm 2026",
        "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        "Ủy ban nhân dân phường Chánh Hiệp báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (số liệu đến ngày 20/10/2026), cụ thể như sau:",
        items, diffs, props, "Đỗ Minh Trí")
truth("BC 451 - Chanh Hiep - CT38.docx", u, "451/BC-UBND", "2026-10-27", [
    E("II.1.a", "completed", {"communications": 7, "training_courses": 1, "participants": 35}, items[0][1][0]),
    E("II.3.a", "completed", {"participants": 2}, items[1][1][0]),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 4, "fines_vnd": 6000000, "instruments_verified": 6}, items[2][1][0]),
    E("II.2.đ", "in_progress", {}, items[3][1][0]),
    E("II.5.d", "not_applicable", {}, items[4][1][0]),
], diffs, props)
rows = [
    (1, "Tuyên truyền", None, None, None, "Đúng", "Đã hoàn thành"),
    ("-", "Tin, bài trên Trang TTĐT", "tin", 7, "00", None, None),
    ("-", "Tọa đàm với hộ kinh doanh", "buổi", 1, "00", None, None),
    ("-", "Hộ kinh doanh tham dự tọa đàm", "người", 35, "00", None, None),
    (2, "Tập huấn", None, None, None, "Đúng", "Đã hoàn thành"),
    ("-", "Công chức được cử dự tập huấn", "người", 2, "00", None, None),
    (3, "Kiểm tra đo lường theo phân cấp", None, None, None, "Đúng", "Đang thực hiện"),
    ("-", "Số cuộc kiểm tra", "cuộc", 3, "00", None, None),
    ("-", "Số cơ sở được kiểm tra", "cơ sở", 22, "00", None, None),
    ("-", "Số trường hợp vi phạm", "trường hợp", 4, "00", None, None),
    ("-", "Số tiền xử phạt", "đồng", 6000000, "#,##0", None, None),
    ("-", "Cân đối chứng được kiểm định", "cái", 6, "00", None, None),
]
h4_xlsx("Bieu kem BC 451 - Chanh Hiep.xlsx", "PHƯỜNG CHÁNH HIỆP", "(Kèm theo Báo cáo số 451/BC-UBND ngày 27/10/2026 của UBND phường Chánh Hiệp)", rows, [], [],
        "Bùi Thị Thanh Ngân", "Chánh Hiệp, ngày 27/10/2026")
truth("Bieu kem BC 451 - Chanh Hiep.xlsx", u, "451/BC-UBND", "2026-10-27", [
    E("II.1.a", "completed", {"communications": 7, "training_courses": 1, "participants": 35}, "Tuyên truyền"),
    E("II.3.a", "completed", {"participants": 2}, "Tập huấn"),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 4, "fines_vnd": 6000000, "instruments_verified": 6}, "Kiểm tra đo lường theo phân cấp"),
])

# ---- H4 single DOCX: Xã Phước Hải
u = ("26686", "Xã Phước Hải")
diffs = ["Các cơ sở chế biến nước mắm phần lớn là hộ gia đình, chưa nắm quy định về ghi nhãn và công bố chất lượng."]
props = ["Đề nghị Chi cục hỗ trợ xã tổ chức 01 lớp hướng dẫn ghi nhãn, tự công bố sản phẩm cho các cơ sở chế biến nước mắm.",
         "Đề nghị thông báo kết quả khảo sát mẫu nước mắm để xã tuyên truyền cho người dân."]
items = [
    ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
     ["Đăng 04 tin, bài trên Trang thông tin điện tử xã và trang Zalo của xã."],
     "Đúng tiến độ – đã hoàn thành."),
    ("Kiểm tra cân tại chợ hải sản Phước Hải",
     ["Phối hợp Chi cục kiểm tra 02 cuộc, 19 cơ sở kinh doanh hải sản.",
      "03 cơ sở vi phạm (cân sai, cân chưa kiểm định), xử phạt 4,2 triệu đồng."],
     "Đúng tiến độ – đang thực hiện."),
    ("Khảo sát chất lượng nước mắm",
     ["Phối hợp đoàn của Chi cục lấy 05 mẫu nước mắm tại các cơ sở để khảo sát chất lượng."],
     "Đúng tiến độ – đã hoàn thành."),
    ("Hướng dẫn ghi nhãn, công bố chất lượng sản phẩm",
     ["Hướng dẫn 06 cơ sở chế biến nước mắm ghi nhãn hàng hóa, thủ tục tự công bố sản phẩm."],
     "Đúng tiến độ – đang thực hiện."),
    ("Cử công chức tập huấn",
     ["Chưa cử công chức tham dự vì lớp tập huấn tháng 6 trùng lịch tiếp dân của xã."],
     "Chậm tiến độ – chưa triển khai."),
]
h4_docx("BC CT38 nam 2026 - Xa Phuoc Hai.docx", "XÃ PHƯỚC HẢI", "Phước Hải", "118/BC-UBND", "ngày 31 tháng 10 năm 2026",
        "Kết quả thực hiện Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
        "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Phước Hải báo cáo kết quả như sau:",
        items, diffs, props, "Lâm Thị Hoa")
truth("BC CT38 nam 2026 - Xa Phuoc Hai.docx", u, "118/BC-UBND", "2026-10-31", [
    E("II.1.a", "completed", {"communications": 4}, items[0][1][0]),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 3, "fines_vnd": 4200000}, items[1][1][0]),
    E("II.5.b", "completed", {"samples_tested": 5}, items[2][1][0]),
    E("II.2.d", "in_progress", {"enterprises_supported": 6}, items[3][1][0]),
    E("II.3.a", "not_started", {}, items[4][1][0]),
], diffs, props)

# ---- H4 mistaken DOCX: Phường An Phú — chuyển đổi số report
u = ("25975", "Phường An Phú")
items = [
    ("Hạ tầng số, trang thiết bị",
     ["Trang bị mới 12 máy tính cho Bộ phận Một cửa; nâng cấp đường truyền Internet lên 300 Mbps."],
     "Đúng tiến độ – đã hoàn thành."),
    ("Dịch vụ công trực tuyến",
     ["Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 78%; 100% hồ sơ được số hóa kết quả giải quyết."],
     "Đúng tiến độ – đang thực hiện."),
    ("Phổ cập kỹ năng số cho người dân",
     ["Tổ công nghệ số cộng đồng 08 khu phố hướng dẫn 1.250 lượt người dân cài đặt VNeID, thanh toán không dùng tiền mặt."],
     "Đúng tiến độ – đang thực hiện."),
    ("Chữ ký số, văn bản điện tử",
     ["100% văn bản đi được ký số, trừ văn bản mật."],
     "Đúng tiến độ – đã hoàn thành."),
]
h4_docx("BC chuyen doi so Quy III - An Phu.docx", "PHƯỜNG AN PHÚ", "An Phú", "377/BC-UBND", "ngày 15 tháng 10 năm 2026",
        "Kết quả thực hiện chuyển đổi số Quý III năm 2026",
        "Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường An Phú báo cáo kết quả Quý III/2026 như sau:",
        items, ["Một số khu phố có nhiều người cao tuổi, chưa sử dụng điện thoại thông minh."],
        ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ đào tạo kỹ năng số cho Tổ công nghệ số cộng đồng."], "Nguyễn Văn Bình")
truth("BC chuyen doi so Quy III - An Phu.docx", u, "377/BC-UBND", "2026-10-15", [], rejected=
      "Báo cáo kết quả chuyển đổi số Quý III/2026 của phường, gửi nhầm — không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW.")

# ---- H4 single XLSX: Xã Đất Đỏ (later re-saved by LibreOffice)
u = ("26680", "Xã Đất Đỏ")
diffs = ["Xã chưa có công chức có chuyên môn về đo lường, chất lượng."]
props = ["Đề nghị Chi cục tổ chức tập huấn cho công chức xã trong Quý I/2027."]
rows = [
    (1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", None, None, None, "Đúng", "Đã hoàn thành"),
    ("-", "Tin, bài trên Trang TTĐT xã", "tin", 2, "00", None, None),
    (2, "Kiểm tra đo lường tại chợ Đất Đỏ (phân cấp)", None, None, None, "Đúng", "Đang thực hiện"),
    ("-", "Số cuộc kiểm tra", "cuộc", 2, "00", None, None),
    ("-", "Số cơ sở được kiểm tra", "cơ sở", 10, "00", None, None),
    ("-", "Số cơ sở vi phạm", "cơ sở", 1, "00", None, None),
    ("-", "Số tiền xử phạt", "đồng", 750000, "#,##0", None, None),
    (3, "Duy trì ISO 9001:2015 tại UBND xã", None, None, None, "Đúng", "Đã hoàn thành"),
    (4, "Khen thưởng, bảo vệ người tố giác vi phạm", None, None, None, "-", "Không phát sinh"),
]
h4_xlsx("Bieu CT38 - Xa Dat Do.xlsx", "XÃ ĐẤT ĐỎ", "(Kèm theo Báo cáo số 93/BC-UBND ngày 23/10/2026 của UBND xã Đất Đỏ)", rows, diffs, props,
        "Bùi Thị Thanh Ngân", "Đất Đỏ, ngày 23/10/2026")
truth("Bieu CT38 - Xa Dat Do.xlsx", u, "93/BC-UBND", "2026-10-23", [
    E("II.1.a", "completed", {"communications": 2}, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 10, "violations": 1, "fines_vnd": 750000}, "Kiểm tra đo lường tại chợ Đất Đỏ (phân cấp)"),
    E("II.2.đ", "completed", {}, "Duy trì ISO 9001:2015 tại UBND xã"),
    E("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác vi phạm"),
], diffs, props)

json.dump(FILES, open(os.path.join(OUT, "_truth_pre.json"), "w"), ensure_ascii=False, indent=1)
print(len(FILES), "files generated")
