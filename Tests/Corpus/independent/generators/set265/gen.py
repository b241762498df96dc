# -*- coding: utf-8 -*-
"""Generator for set265: 17 report files in five hands + draft keys (keys/_draft.json).
finalize.py re-saves two files through LibreOffice, then writes truth/*.json with sha256."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder (scripts live in setN/scripts/)
DRAFT = {}

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    DRAFT[fname] = dict(file=fname, status=status, reason=reason,
                        unit={"id": unit_id, "name": unit_name} if unit_id else None,
                        document={"number": number, "date": date},
                        entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                        findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return d

def para(d_or_cell, runs, align=None, indent=None, space_after=None, first=None):
    """runs: str or list of (text, fmt) where fmt contains b/i/u letters"""
    p = d_or_cell.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, "")]
    for t, f in runs:
        r = p.add_run(t)
        r.bold = "b" in f or None
        r.italic = "i" in f or None
        r.underline = "u" in f or None
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_text(cell, runs, align=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(runs, str):
        runs = [(runs, "")]
    for t, f in runs:
        r = p.add_run(t)
        r.bold = "b" in f or None
        r.italic = "i" in f or None
        r.underline = "u" in f or None
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)

def header_block(d, left_lines, right_lines, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        c.text = ""
        first = True
        for txt, f in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold = "b" in f or None
            r.italic = "i" in f or None
            r.underline = "u" in f or None
            r.font.size = Pt(12 if "s" in f else 13)
    return t

def grid_table(d, rows, widths, header_bold=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            c = t.rows[ri].cells[ci]
            c.width = Cm(widths[ci])
            if isinstance(v, str):
                cell_text(c, [(v, "b" if (ri == 0 and header_bold) else "")], align="c" if ri == 0 else None, size=size)
            else:
                cell_text(c, v, size=size)
    return t

def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.text = ""
    c1.text = ""
    first = True
    for txt, f in left_lines:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        r = p.add_run(txt)
        r.bold = "b" in f or None
        r.italic = "i" in f or None
        r.font.size = Pt(11 if "s" in f else 12)
    first = True
    for txt, f in right_lines:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold = "b" in f or None
        r.italic = "i" in f or None

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TNR = "Times New Roman"

def xfont(bold=False, italic=False, size=12):
    return Font(name=TNR, bold=bold, italic=italic, size=size)

def put(ws, ref, value, bold=False, italic=False, size=12, align=None, wrap=True, border=False, merge=None, fmt=None, fill=None, valign="center"):
    c = ws[ref]
    c.value = value
    c.font = xfont(bold, italic, size)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if merge:
        ws.merge_cells(merge)
        if border:
            from openpyxl.utils.cell import range_boundaries
            c1, r1, c2, r2 = range_boundaries(merge)
            for r in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    ws.cell(r, cc).border = BOX
    return c

def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

# =====================================================================
# HAND 1 — Tuấn: ward/commune culture-society officer. A DOCX letter plus a
# separate XLSX "Biểu" of the same unit; letter paragraphs are unnumbered with a
# bold run-in label, end with "(Biểu, dòng n–m)" and a plain closing verdict
# ("đã xong", "còn đang làm", "chưa làm được", "không có phát sinh").
# The biểu has a "Dòng" column numbering figure rows only, and no statuses.
# =====================================================================
def h1_letter(fname, uid, uname, short, number, date_iso, place, intro_ref, items, diffs, props, signer):
    d = new_doc(size=13)
    y, m, dd = date_iso.split("-")
    header_block(d,
        [("ỦY BAN NHÂN DÂN", ""), (uname.upper(), "b"), ("", ""), ("Số: %s" % number, "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""),
         ("%s, ngày %s tháng %s năm %s" % (place, dd, m, y), "i")])
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn %s" % short, "b")], align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(d, intro_ref, align="j", first=1)
    para(d, [("I. KẾT QUẢ THỰC HIỆN", "b")])
    for label, body in items:
        para(d, [(label + ": ", "b"), (body, "")], align="j", first=1)
    para(d, [("II. KHÓ KHĂN, VƯỚNG MẮC", "b")])
    for x in diffs:
        para(d, "- " + x, align="j", first=1)
    para(d, [("III. KIẾN NGHỊ", "b")])
    for x in props:
        para(d, "- " + x, align="j", first=1)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân %s./." % short, first=1)
    sign_block(d, [("Nơi nhận:", "bi"), ("- Như trên;", "s"), ("- Chi cục TĐC (để tổng hợp);", "s"), ("- TT. Đảng ủy phường (b/c);" if "Phường" in uname else "- TT. Đảng ủy xã (b/c);", "s"), ("- Lưu: VT, VHXH.", "s")],
               [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), (signer, "b")])
    d.save(os.path.join(OUT, fname))

def h1_bieu(fname, uname, ref_line, period, groups, sheetname="Bieu"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheetname
    widths(ws, [7, 58, 11, 12, 24])
    put(ws, "A1", "UBND " + uname.upper(), bold=True, merge="A1:B1", align="left")
    put(ws, "A3", "BIỂU SỐ LIỆU", bold=True, size=14, merge="A3:E3", align="center")
    put(ws, "A4", ref_line, italic=True, merge="A4:E4", align="center")
    put(ws, "A5", period, italic=True, merge="A5:E5", align="center")
    r = 7
    for col, h in zip("ABCDE", ["Dòng", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"]):
        put(ws, "%s%d" % (col, r), h, bold=True, align="center", border=True, fill="D9D9D9")
    r += 1
    n = 0
    for gname, rows in groups:
        put(ws, "A%d" % r, gname, bold=True, border=True, merge="A%d:E%d" % (r, r), align="left")
        r += 1
        for label, unit, val, note in rows:
            n += 1
            put(ws, "A%d" % r, n, align="center", border=True)
            put(ws, "B%d" % r, label, border=True)
            put(ws, "C%d" % r, unit, align="center", border=True)
            put(ws, "D%d" % r, val, align="right", border=True, fmt="#,##0")
            put(ws, "E%d" % r, note, border=True, size=11)
            r += 1
    r += 1
    put(ws, "D%d" % r, "NGƯỜI LẬP BIỂU", bold=True, merge="D%d:E%d" % (r, r), align="center")
    put(ws, "D%d" % (r + 4), "Trần Minh Tuấn", bold=True, merge="D%d:E%d" % (r + 4, r + 4), align="center")
    ws.page_setup.orientation = "portrait"
    ws.print_title_rows = "7:7"
    wb.save(os.path.join(OUT, fname))

def hand1():
    # ---- Phường Tăng Nhơn Phú: letter + biểu
    uid, uname = "26842", "Phường Tăng Nhơn Phú"
    items = [
        ("Phổ biến, tuyên truyền",
         "Phường lồng ghép phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa và các văn bản hướng dẫn trong các buổi sinh hoạt khu phố; đăng 06 tin, bài trên Trang thông tin điện tử phường (Biểu, dòng 1). Việc này đến nay đã xong."),
        ("Kiểm tra đo lường tại chợ, cửa hàng",
         "Tổ kiểm tra của phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 cuộc tại chợ Tăng Nhơn Phú B, chợ Phước Long và các cửa hàng xăng dầu trên địa bàn; kiểm tra 27 cơ sở, phát hiện 02 cơ sở sử dụng cân không đạt yêu cầu, đã lập biên bản và ban hành quyết định xử phạt với tổng số tiền 3.000.000 đồng; đưa 02 cân đối chứng tại chợ đi kiểm định định kỳ (Biểu, dòng 2–6). Đợt kiểm tra cuối năm làm trong tháng 12 nên việc này còn đang làm."),
        ("Tập huấn",
         "Phường cử 02 công chức (Văn hóa – Xã hội, Kinh tế) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 16/7/2026 (Biểu, dòng 8); đã xong."),
        ("Hệ thống quản lý chất lượng",
         "Bộ phận Một cửa tiếp tục áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; phường đã ban hành lại danh mục tài liệu nội bộ sau sắp xếp, đang làm thủ tục đánh giá nội bộ (dự kiến xong tháng 11), nên còn đang làm."),
        ("Hỗ trợ cơ sở sản xuất",
         "Hướng dẫn 04 cơ sở sản xuất thực phẩm trên địa bàn đăng ký mã số mã vạch và dán tem truy xuất nguồn gốc trên nền tảng của Thành phố (Biểu, dòng 7); việc hướng dẫn mới bước đầu, còn đang làm."),
        ("Tố giác vi phạm",
         "Trong kỳ không có phát sinh đơn thư, tố giác về đo lường, chất lượng trên địa bàn phường."),
    ]
    diffs = ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu.",
             "Phường chưa được trang bị quả cân chuẩn để tự kiểm tra nhanh cân tại chợ."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ.",
             "Đề nghị Sở tổ chức thêm lớp tập huấn cho công chức phường, xã về xử phạt vi phạm hành chính trong lĩnh vực đo lường."]
    intro = ("Thực hiện Công văn số 2951/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch năm 2026, "
             "Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả như sau (số liệu tính từ 01/01/2026 đến 20/10/2026, chi tiết tại Biểu số liệu kèm theo):")
    f1 = "TangNhonPhu_BC412_CT38.docx"
    h1_letter(f1, uid, uname, "phường Tăng Nhơn Phú", "412/BC-UBND", "2026-10-27", "Tăng Nhơn Phú", intro, items, diffs, props, "Lê Thị Kim Oanh")
    key(f1, uid, uname, "412/BC-UBND", "2026-10-27", [
        ("II.1.a", "completed", {"communications": 6}, "đăng 06 tin, bài trên Trang thông tin điện tử phường"),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3000000, "instruments_verified": 2},
         "Tổ kiểm tra của phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 cuộc"),
        ("II.3.a", "completed", {"participants": 2}, "Phường cử 02 công chức (Văn hóa – Xã hội, Kinh tế) tham dự lớp tập huấn"),
        ("II.2.đ", "in_progress", {}, "Bộ phận Một cửa tiếp tục áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"),
        ("II.2.a", "in_progress", {"enterprises_supported": 4}, "Hướng dẫn 04 cơ sở sản xuất thực phẩm trên địa bàn đăng ký mã số mã vạch"),
        ("II.5.d", "not_applicable", {}, "Trong kỳ không có phát sinh đơn thư, tố giác về đo lường, chất lượng"),
    ], diffs, props)

    f2 = "TangNhonPhu_Bieu_kem_BC412.xlsx"
    groups = [
        ("Tuyên truyền", [("Tin, bài đăng trên Trang thông tin điện tử phường", "tin, bài", 6, "")]),
        ("Kiểm tra đo lường, chất lượng (nội dung phân cấp cho phường)", [
            ("Số cuộc kiểm tra", "cuộc", 3, "chợ, cửa hàng xăng dầu"),
            ("Số cơ sở được kiểm tra", "cơ sở", 27, ""),
            ("Số cơ sở vi phạm", "cơ sở", 2, "cân không đạt"),
            ("Số tiền xử phạt", "đồng", 3000000, ""),
            ("Cân đối chứng đưa đi kiểm định định kỳ", "chiếc", 2, "chợ Tăng Nhơn Phú B"),
        ]),
        ("Hỗ trợ cơ sở sản xuất, kinh doanh", [("Cơ sở được hướng dẫn đăng ký mã số mã vạch, truy xuất nguồn gốc", "cơ sở", 4, "")]),
        ("Đào tạo, tập huấn", [("Công chức phường được cử đi tập huấn", "người", 2, "lớp ngày 16/7/2026")]),
    ]
    h1_bieu(f2, uname, "(Kèm theo Báo cáo số 412/BC-UBND ngày 27/10/2026 của Ủy ban nhân dân phường Tăng Nhơn Phú)",
            "Số liệu từ ngày 01/01/2026 đến ngày 20/10/2026", groups)
    key(f2, uid, uname, "412/BC-UBND", "2026-10-27", [
        ("II.1.a", "unknown", {"communications": 6}, "Tin, bài đăng trên Trang thông tin điện tử phường"),
        ("II.5.c", "unknown", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3000000, "instruments_verified": 2},
         "Kiểm tra đo lường, chất lượng (nội dung phân cấp cho phường)"),
        ("II.2.a", "unknown", {"enterprises_supported": 4}, "Cơ sở được hướng dẫn đăng ký mã số mã vạch, truy xuất nguồn gốc"),
        ("II.3.a", "unknown", {"participants": 2}, "Công chức phường được cử đi tập huấn"),
    ], [], [])

    # ---- Xã Châu Đức: letter + biểu
    uid, uname = "26596", "Xã Châu Đức"
    items = [
        ("Tuyên truyền",
         "Xã phối hợp Đài truyền thanh xã thực hiện 08 tin, bài về ghi nhãn hàng hóa, đo lường trong mua bán nông sản; tổ chức 01 hội nghị phổ biến pháp luật về đo lường cho 45 đại biểu là hộ kinh doanh tại chợ Suối Nghệ (Biểu, dòng 1–3). Việc này đã xong."),
        ("Kiểm tra cân tại chợ và điểm thu mua nông sản",
         "Tổ công tác của xã kiểm tra 02 cuộc về đo lường tại chợ Suối Nghệ và các điểm thu mua cà phê, hồ tiêu; kiểm tra 16 cơ sở, chưa phát hiện trường hợp vi phạm (Biểu, dòng 4–5). Đợt kiểm tra cuối năm dự kiến tháng 12 nên việc này còn đang làm."),
        ("Cử cán bộ đi tập huấn",
         "Cử 01 công chức Kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức xã do Chi cục tổ chức (Biểu, dòng 6); đã xong."),
        ("Truy xuất nguồn gốc nông sản",
         "Hướng dẫn 05 đơn vị (03 hợp tác xã và 02 cơ sở sản xuất) ứng dụng truy xuất nguồn gốc đối với sầu riêng, hồ tiêu trên nền tảng của Thành phố (Biểu, dòng 7); còn đang làm."),
        ("ISO tại Ủy ban nhân dân xã",
         "Việc xây dựng, áp dụng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi hợp nhất xã: chưa làm được, do đang chờ hướng dẫn và kinh phí thuê tư vấn."),
    ]
    diffs = ["Địa bàn xã rộng, các điểm thu mua nông sản phân tán, hoạt động theo mùa vụ nên khó kiểm tra thường xuyên."]
    props = ["Đề nghị Chi cục hướng dẫn xã quy trình kiểm tra cân tại các điểm thu mua cà phê, hồ tiêu.",
             "Đề nghị Sở hỗ trợ kinh phí xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các xã mới hợp nhất."]
    intro = ("Thực hiện chỉ đạo của Sở Khoa học và Công nghệ tại Công văn số 2951/SKHCN-TĐC ngày 06/10/2026, "
             "Ủy ban nhân dân xã Châu Đức báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 (số liệu chi tiết theo Biểu kèm theo) như sau:")
    f3 = "ChauDuc-bao-cao-CT38-2026.docx"
    h1_letter(f3, uid, uname, "xã Châu Đức", "186/BC-UBND", "2026-10-30", "Châu Đức", intro, items, diffs, props, "Nguyễn Văn Sáu")
    key(f3, uid, uname, "186/BC-UBND", "2026-10-30", [
        ("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 45}, "thực hiện 08 tin, bài về ghi nhãn hàng hóa, đo lường trong mua bán nông sản"),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 16}, "Tổ công tác của xã kiểm tra 02 cuộc về đo lường tại chợ Suối Nghệ"),
        ("II.3.a", "completed", {"participants": 1}, "Cử 01 công chức Kinh tế tham dự lớp tập huấn nghiệp vụ"),
        ("II.2.a", "in_progress", {"enterprises_supported": 5}, "Hướng dẫn 05 đơn vị (03 hợp tác xã và 02 cơ sở sản xuất) ứng dụng truy xuất nguồn gốc"),
        ("II.2.đ", "not_started", {}, "chưa làm được, do đang chờ hướng dẫn và kinh phí thuê tư vấn"),
    ], diffs, props)

    f4 = "ChauDuc-bieu-so-lieu-CT38.xlsx"
    groups = [
        ("Tuyên truyền, phổ biến", [
            ("Tin, bài phát trên Đài truyền thanh xã", "tin, bài", 8, ""),
            ("Hội nghị phổ biến pháp luật về đo lường cho hộ kinh doanh", "hội nghị", 1, "chợ Suối Nghệ"),
            ("Đại biểu tham dự hội nghị", "người", 45, "hộ kinh doanh"),
        ]),
        ("Kiểm tra đo lường", [
            ("Cuộc kiểm tra", "cuộc", 2, ""),
            ("Cơ sở được kiểm tra", "cơ sở", 16, "chưa phát hiện vi phạm"),
        ]),
        ("Tập huấn", [("Công chức xã được cử đi tập huấn", "người", 1, "")]),
        ("Truy xuất nguồn gốc", [("HTX, cơ sở được hướng dẫn truy xuất nguồn gốc", "đơn vị", 5, "sầu riêng, hồ tiêu")]),
    ]
    h1_bieu(f4, uname, "(Kèm theo Báo cáo số 186/BC-UBND ngày 30/10/2026 của UBND xã Châu Đức)",
            "Từ ngày 01/01/2026 đến ngày 25/10/2026", groups, sheetname="Biểu")
    key(f4, uid, uname, "186/BC-UBND", "2026-10-30", [
        ("II.1.a", "unknown", {"communications": 8, "training_courses": 1, "participants": 45}, "Tin, bài phát trên Đài truyền thanh xã"),
        ("II.5.c", "unknown", {"inspections": 2, "establishments_inspected": 16}, "Kiểm tra đo lường"),
        ("II.3.a", "unknown", {"participants": 1}, "Công chức xã được cử đi tập huấn"),
        ("II.2.a", "unknown", {"enterprises_supported": 5}, "HTX, cơ sở được hướng dẫn truy xuất nguồn gốc"),
    ], [], [])

# =====================================================================
# HAND 2 — Thu: commune/ward clerk who types the whole report on one Excel
# sheet "BC" like a paper form: header block, band rows "I. / II. / III.",
# table "TT | Việc xã làm | Cách làm | Số lượng | Tình trạng"; several figures
# stacked in one "Số lượng" cell (one "number unit" per line, Alt+Enter);
# status words typed loosely ("Xong", "xong", "Đang làm", "Chưa làm", "Không có").
# =====================================================================
def h2_sheet(fname, unit_caps, number, place_date, title, colhead, rows, diffs, props, signer, role="PHÓ CHỦ TỊCH", sheet="BC"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths(ws, [5, 34, 38, 16, 12])
    put(ws, "A1", "ỦY BAN NHÂN DÂN", merge="A1:B1", align="center")
    put(ws, "A2", unit_caps, bold=True, merge="A2:B2", align="center")
    put(ws, "A3", "Số: " + number, merge="A3:B3", align="center")
    put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, merge="C1:E1", align="center")
    put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, merge="C2:E2", align="center")
    put(ws, "C3", place_date, italic=True, merge="C3:E3", align="center")
    put(ws, "A5", title, bold=True, size=13, merge="A5:E5", align="center")
    ws.row_dimensions[5].height = 36
    put(ws, "A7", "I. KẾT QUẢ THỰC HIỆN", bold=True, merge="A7:E7", fill="FFF2CC")
    for col, h in zip("ABCDE", colhead):
        put(ws, "%s8" % col, h, bold=True, align="center", border=True)
    r = 9
    for i, (task, how, qty, st) in enumerate(rows, 1):
        put(ws, "A%d" % r, i, align="center", border=True, valign="top")
        put(ws, "B%d" % r, task, border=True, valign="top")
        put(ws, "C%d" % r, how, border=True, valign="top")
        put(ws, "D%d" % r, qty, border=True, valign="top")
        put(ws, "E%d" % r, st, border=True, align="center", valign="top")
        nl = max(len(how) // 36 + 1, qty.count("\n") + 1 if qty else 1)
        ws.row_dimensions[r].height = 17 * nl + 8
        r += 1
    r += 1
    put(ws, "A%d" % r, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, merge="A%d:E%d" % (r, r), fill="FFF2CC")
    r += 1
    for x in diffs:
        put(ws, "A%d" % r, "- " + x, merge="A%d:E%d" % (r, r))
        ws.row_dimensions[r].height = 32
        r += 1
    put(ws, "A%d" % r, "III. ĐỀ XUẤT", bold=True, merge="A%d:E%d" % (r, r), fill="FFF2CC")
    r += 1
    for x in props:
        put(ws, "A%d" % r, "- " + x, merge="A%d:E%d" % (r, r))
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    put(ws, "A%d" % r, "Nơi nhận:", bold=True, italic=True, merge="A%d:B%d" % (r, r))
    put(ws, "C%d" % r, "TM. ỦY BAN NHÂN DÂN", bold=True, merge="C%d:E%d" % (r, r), align="center")
    put(ws, "A%d" % (r + 1), "- Sở KH&CN (Chi cục TĐC);", size=11, merge="A%d:B%d" % (r + 1, r + 1))
    put(ws, "C%d" % (r + 1), "KT. CHỦ TỊCH", bold=True, merge="C%d:E%d" % (r + 1, r + 1), align="center")
    put(ws, "A%d" % (r + 2), "- Lưu: VT.", size=11, merge="A%d:B%d" % (r + 2, r + 2))
    put(ws, "C%d" % (r + 2), role, bold=True, merge="C%d:E%d" % (r + 2, r + 2), align="center")
    put(ws, "C%d" % (r + 6), signer, bold=True, merge="C%d:E%d" % (r + 6, r + 6), align="center")
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, fname))

def hand2():
    head = ["TT", "Việc xã làm", "Cách làm", "Số lượng", "Tình trạng"]
    # ---- Xã Long Hải
    uid, uname = "26662", "Xã Long Hải"
    rows = [
        ("Tuyên truyền về đo lường, chất lượng cho bà con, tiểu thương",
         "Đăng tin trên Trang thông tin điện tử xã, phát trên loa; tổ chức hội nghị tại chợ Long Hải",
         "05 tin bài\n01 hội nghị\n60 lượt người", "Xong"),
        ("Kiểm tra cân, đong tại chợ hải sản, vựa cá",
         "Tổ kiểm tra xã phối hợp Chi cục TĐC kiểm tra theo đợt",
         "04 cuộc\n32 cơ sở\n05 vi phạm\n7,5 triệu đồng", "Đang làm"),
        ("Cử người đi tập huấn",
         "Cử công chức Kinh tế dự lớp tập huấn của Chi cục (tháng 7)",
         "01 người", "xong"),
        ("Áp dụng ISO 9001 tại Bộ phận một cửa",
         "Rà soát lại quy trình sau hợp nhất xã",
         "", "Đang làm"),
        ("Xử lý phản ánh về cân điêu, cân thiếu",
         "Tiếp nhận qua đường dây nóng, chuyển Tổ kiểm tra xác minh, trả lời người dân",
         "02 phản ánh", "xong"),
        ("Hỗ trợ cơ sở chế biến hải sản làm mã vạch, tem truy xuất nguồn gốc",
         "Chưa có kinh phí, chưa tổ chức được",
         "", "Chưa làm"),
    ]
    diffs = ["Chợ hải sản họp từ sáng sớm, tiểu thương đông, Tổ kiểm tra ít người nên chỉ kiểm tra được theo đợt.",
             "Người dân còn ngại phản ánh khi bị cân thiếu."]
    props = ["Đề nghị Chi cục cấp thêm cho xã 02 cân đối chứng đặt tại chợ hải sản Long Hải và chợ Phước Tỉnh.",
             "Đề nghị có kinh phí hỗ trợ các cơ sở chế biến hải sản làm tem truy xuất nguồn gốc."]
    f = "LongHai_BC_TDC_2026.xlsx"
    h2_sheet(f, "XÃ LONG HẢI", "97/BC-UBND", "Long Hải, ngày 04 tháng 11 năm 2026",
             "BÁO CÁO\nKết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (tiêu chuẩn - đo lường - chất lượng)",
             head, rows, diffs, props, "Phạm Văn Lực")
    key(f, uid, uname, "97/BC-UBND", "2026-11-04", [
        ("II.1.a", "completed", {"communications": 5, "training_courses": 1, "participants": 60}, "Tuyên truyền về đo lường, chất lượng cho bà con, tiểu thương"),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 32, "violations": 5, "fines_vnd": 7500000}, "Kiểm tra cân, đong tại chợ hải sản, vựa cá"),
        ("II.3.a", "completed", {"participants": 1}, "Cử người đi tập huấn"),
        ("II.2.đ", "in_progress", {}, "Áp dụng ISO 9001 tại Bộ phận một cửa"),
        ("II.5.d", "completed", {}, "Xử lý phản ánh về cân điêu, cân thiếu"),
        ("II.2.a", "not_started", {}, "Hỗ trợ cơ sở chế biến hải sản làm mã vạch, tem truy xuất nguồn gốc"),
    ], diffs, props)

    # ---- Phường Tân Đông Hiệp
    uid, uname = "25945", "Phường Tân Đông Hiệp"
    head2 = ["TT", "Việc phường làm", "Cách làm", "Số lượng", "Tình trạng"]
    rows = [
        ("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "Lồng ghép trong họp khu phố, đăng nhóm Zalo các khu phố và Trang thông tin điện tử phường",
         "12 tin bài", "Xong"),
        ("Kiểm tra đo lường tại chợ, tiệm vàng",
         "Phối hợp Chi cục TĐC kiểm tra tiệm vàng; Tổ kiểm tra phường kiểm tra cân tại chợ Tân Đông Hiệp",
         "03 cuộc\n21 cơ sở\n01 vi phạm\n1.500.000 đồng", "Đang làm"),
        ("Cử cán bộ đi tập huấn",
         "Cử công chức dự tập huấn trực tuyến do Sở tổ chức",
         "02 người", "Xong"),
        ("Góp ý dự thảo quy chuẩn kỹ thuật địa phương",
         "Sở có xin ý kiến thì phường góp ý; năm nay chưa nhận dự thảo",
         "", "Không có"),
        ("Duy trì ISO 9001 tại phường",
         "Đánh giá nội bộ tháng 9, họp xem xét của lãnh đạo tháng 10",
         "", "xong"),
    ]
    diffs = ["Phường chưa có cán bộ chuyên trách, công chức Văn phòng kinh tế kiêm nhiệm."]
    props = ["Đề nghị Chi cục thông báo trước lịch kiểm tra tiệm vàng để phường bố trí người phối hợp."]
    f = "TDH_BC355_TDC.xlsx"
    h2_sheet(f, "PHƯỜNG TÂN ĐÔNG HIỆP", "355/BC-UBND", "Tân Đông Hiệp, ngày 02 tháng 11 năm 2026",
             "BÁO CÁO\nTình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
             head2, rows, diffs, props, "Đỗ Thị Hồng Nhung")
    key(f, uid, uname, "355/BC-UBND", "2026-11-02", [
        ("II.1.a", "completed", {"communications": 12}, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng"),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 21, "violations": 1, "fines_vnd": 1500000}, "Kiểm tra đo lường tại chợ, tiệm vàng"),
        ("II.3.a", "completed", {"participants": 2}, "Cử cán bộ đi tập huấn"),
        ("II.2.e", "not_applicable", {}, "Góp ý dự thảo quy chuẩn kỹ thuật địa phương"),
        ("II.2.đ", "completed", {}, "Duy trì ISO 9001 tại phường"),
    ], diffs, props)

    # ---- mistaken: same ward's digital-transformation monthly report
    rows = [
        ("Cấp tài khoản định danh điện tử mức 2 cho người dân",
         "Tổ công nghệ số cộng đồng hỗ trợ tại khu phố", "1.254 tài khoản", "Đang làm"),
        ("Hồ sơ thủ tục hành chính nộp trực tuyến",
         "Hướng dẫn tại Bộ phận một cửa", "2.031 hồ sơ\n87%", "Đang làm"),
        ("Số hóa hồ sơ, kết quả giải quyết TTHC",
         "Văn phòng HĐND-UBND thực hiện", "100%", "Xong"),
        ("Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng",
         "Phối hợp Đoàn Thanh niên", "02 lớp\n85 người", "Xong"),
        ("Thanh toán không dùng tiền mặt tại chợ",
         "Vận động tiểu thương dùng mã QR", "146 hộ", "Đang làm"),
    ]
    diffs = ["Một số người dân lớn tuổi chưa sử dụng thành thạo điện thoại thông minh."]
    props = ["Đề nghị bổ sung kinh phí hoạt động cho Tổ công nghệ số cộng đồng."]
    f = "TDH_BC351_CDS_T10.xlsx"
    h2_sheet(f, "PHƯỜNG TÂN ĐÔNG HIỆP", "351/BC-UBND", "Tân Đông Hiệp, ngày 31 tháng 10 năm 2026",
             "BÁO CÁO\nKết quả thực hiện chuyển đổi số tháng 10 năm 2026",
             head2, rows, diffs, props, "Đỗ Thị Hồng Nhung")
    key(f, uid, uname, "351/BC-UBND", "2026-10-31", [], [], [], status="rejected",
        reason="Báo cáo kết quả chuyển đổi số tháng 10/2026 của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# =====================================================================
# HAND 3 — Hòa: department specialist writing formal letters. Every result
# opens with the department's own division in square brackets ("[Phòng …]"),
# and the progress is a partner's wording on its own: "Đã thực hiện xong",
# "Đang phối hợp thực hiện", "Đang triển khai", "Chưa phát sinh yêu cầu phối hợp".
# =====================================================================
def hand3():
    # ---- Sở Công Thương letter (its biểu is made by hand 4)
    uid, uname = "SO-CT", "Sở Công Thương"
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_block(d,
        [("ỦY BAN NHÂN DÂN", "s"), ("THÀNH PHỐ HỒ CHÍ MINH", "s"), ("SỞ CÔNG THƯƠNG", "b"), ("", ""), ("Số: 512/BC-SCT", "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), ("", ""),
         ("Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "i")])
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [("Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ", "b")], align="c")
    para(d, "Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo tình hình triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:", align="j", first=1.27)
    para(d, [("I. KẾT QUẢ THỰC HIỆN", "b")], first=1.27)
    items = [
        ("1. Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng",
         "[Phòng Quản lý Công nghiệp] Thông qua Chương trình khuyến công năm 2026, Sở đã hỗ trợ 14 doanh nghiệp công nghiệp nông thôn áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 22000 và công cụ 5S, Kaizen; kinh phí khuyến công đã giải ngân 1,26 tỷ đồng.",
         "Đang phối hợp thực hiện, dự kiến nghiệm thu trong tháng 12/2026."),
        ("2. Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
         "[Phòng Kỹ thuật an toàn – Môi trường] Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 05 cuộc kiểm tra liên ngành tại 50 cơ sở (38 cửa hàng xăng dầu, 12 cửa hàng kinh doanh LPG); phát hiện 4 cơ sở vi phạm, đã chuyển hồ sơ để xử phạt theo thẩm quyền.",
         "Đã thực hiện xong."),
        ("3. Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở",
         "[Văn phòng Sở] Đã cập nhật, công bố lại hệ thống quản lý chất lượng phù hợp cho toàn bộ thủ tục hành chính theo bộ thủ tục mới sau sắp xếp (Quyết định số 2213/QĐ-SCT ngày 18/8/2026).",
         "Đã thực hiện xong."),
        ("4. Cập nhật cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các hiệp định thương mại tự do",
         "[Phòng Quản lý Thương mại] Tổ chức 03 hội nghị phổ biến cam kết FTA có nội dung TBT với 420 lượt đại biểu doanh nghiệp tham dự; đăng 15 tin, bài trên Cổng thông tin điện tử của Sở.",
         "Đang phối hợp thực hiện."),
        ("5. Góp ý dự thảo quy chuẩn kỹ thuật quốc gia",
         "[Phòng Quản lý Công nghiệp] Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo (về an toàn hóa chất; về chai chứa khí dầu mỏ hóa lỏng).",
         "Đã thực hiện xong."),
        ("6. Chương trình nâng cao năng suất và chất lượng (Chương trình 1322)",
         "[Phòng Quản lý Công nghiệp] Trong năm 2026 Chi cục chưa đề nghị Sở phối hợp nội dung này.",
         "Chưa phát sinh yêu cầu phối hợp."),
    ]
    for title, body, st in items:
        para(d, [(title, "b")], first=1.27, space_after=0)
        para(d, body, align="j", first=1.27, space_after=0)
        para(d, [("Tình hình: ", "i"), (st, "")], first=1.27)
    para(d, [("II. KHÓ KHĂN, VƯỚNG MẮC", "b")], first=1.27)
    diffs = ["Một số doanh nghiệp nhỏ chưa bố trí được nhân sự theo dõi hệ thống quản lý sau khi được hỗ trợ, dẫn đến việc duy trì chưa hiệu quả."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách doanh nghiệp đã tham gia Chương trình 1322 để tránh hỗ trợ trùng lặp."]
    for x in diffs:
        para(d, "- " + x, align="j", first=1.27)
    para(d, [("III. KIẾN NGHỊ", "b")], first=1.27)
    for x in props:
        para(d, "- " + x, align="j", first=1.27)
    para(d, [("(Số liệu chi tiết tại Phụ lục kèm theo.)", "i")], first=1.27)
    sign_block(d, [("Nơi nhận:", "bi"), ("- Sở KH&CN (Chi cục TĐC);", "s"), ("- Giám đốc Sở (để b/c);", "s"), ("- Lưu: VT, QLCN.", "s")],
               [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Bùi Tá Hoàng Vũ", "b")])
    f = "SCT_BC512_KH38.docx"
    d.save(os.path.join(OUT, f))
    key(f, uid, uname, "512/BC-SCT", "2026-10-29", [
        ("II.2.d", "in_progress", {"enterprises_supported": 14, "budget_spent_vnd": 1260000000}, "Sở đã hỗ trợ 14 doanh nghiệp công nghiệp nông thôn áp dụng hệ thống quản lý chất lượng"),
        ("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 50, "violations": 4}, "tổ chức 05 cuộc kiểm tra liên ngành tại 50 cơ sở"),
        ("II.2.đ", "completed", {}, "Đã cập nhật, công bố lại hệ thống quản lý chất lượng phù hợp cho toàn bộ thủ tục hành chính"),
        ("II.6.a", "in_progress", {"training_courses": 3, "participants": 420, "communications": 15}, "Tổ chức 03 hội nghị phổ biến cam kết FTA có nội dung TBT"),
        ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia"),
        ("II.2.a", "not_applicable", {}, "Trong năm 2026 Chi cục chưa đề nghị Sở phối hợp nội dung này."),
    ], diffs, props)

    # ---- Sở Xây dựng: công văn with a four-column table
    uid, uname = "SO-XD", "Sở Xây dựng"
    d = new_doc(size=13, margins=(2, 2, 3, 1.5))
    header_block(d,
        [("ỦY BAN NHÂN DÂN", "s"), ("THÀNH PHỐ HỒ CHÍ MINH", "s"), ("SỞ XÂY DỰNG", "b"), ("", ""), ("Số: 8815/SXD-VLXD", ""),
         ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "s")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), ("", ""),
         ("Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026", "i")])
    para(d, "")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    para(d, "Sở Xây dựng nhận được Công văn số 2951/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Xây dựng báo cáo kết quả thực hiện các nội dung có liên quan như sau:", align="j", first=1.27)
    para(d, [("1. Kết quả thực hiện", "b")], first=1.27)
    rows = [["STT", "Nội dung Kế hoạch có liên quan", "Kết quả Sở Xây dựng đã thực hiện", "Tình hình"],
            ["1", "Góp ý quy chuẩn kỹ thuật quốc gia; xây dựng quy chuẩn kỹ thuật địa phương",
             "[Phòng Quản lý vật liệu xây dựng] Góp ý 03 dự thảo QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình; đang chủ trì soạn thảo quy chuẩn kỹ thuật địa phương về công trình hạ tầng kỹ thuật ngầm, đã lấy ý kiến lần 1.",
             "Đang triển khai"],
            ["2", "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng trong lưu thông",
             "[Thanh tra Sở] Kiểm tra 07 cuộc tại 29 cơ sở kinh doanh vật liệu xây dựng (thép, xi măng, kính xây dựng), lấy 18 mẫu thử nghiệm; xử phạt 3 cơ sở vi phạm với tổng số tiền 52.500.000 đồng.",
             "Đã thực hiện xong"],
            ["3", "Duy trì, cải tiến hệ thống quản lý chất lượng tại cơ quan hành chính",
             "[Văn phòng Sở] Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đánh giá nội bộ năm 2026 dự kiến trong tháng 11/2026.",
             "Đang triển khai"],
            ["4", "Tập huấn, cập nhật kiến thức cho công chức",
             "[Phòng Quản lý vật liệu xây dựng] Cử 04 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
             "Đã thực hiện xong"],
            ["5", "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
             "Chưa nhận được đề nghị chia sẻ, kết nối dữ liệu.",
             "Chưa phát sinh yêu cầu phối hợp"]]
    grid_table(d, rows, [1.2, 4.5, 8.3, 3.0])
    para(d, "")
    para(d, [("2. Khó khăn, vướng mắc", "b")], first=1.27)
    diffs = ["Danh mục sản phẩm, hàng hóa vật liệu xây dựng có khả năng gây mất an toàn thay đổi theo Thông tư mới, công chức kiểm tra cần thời gian cập nhật."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu vật liệu xây dựng do Chi cục lấy mẫu để phối hợp quản lý.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử chuyên gia góp ý dự thảo quy chuẩn kỹ thuật địa phương về công trình hạ tầng kỹ thuật ngầm."]
    for x in diffs:
        para(d, "- " + x, align="j", first=1.27)
    para(d, [("3. Kiến nghị", "b")], first=1.27)
    for x in props:
        para(d, "- " + x, align="j", first=1.27)
    para(d, "Sở Xây dựng kính gửi Sở Khoa học và Công nghệ tổng hợp./.", first=1.27)
    sign_block(d, [("Nơi nhận:", "bi"), ("- Như trên;", "s"), ("- Chi cục TĐC;", "s"), ("- Lưu: VT, VLXD.", "s")],
               [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Thanh Khiết", "b")])
    f = "SXD_8815_bao-cao-KH38.docx"
    d.save(os.path.join(OUT, f))
    key(f, uid, uname, "8815/SXD-VLXD", "2026-10-31", [
        ("II.2.e", "in_progress", {"standards_reviewed": 3}, "Góp ý 03 dự thảo QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình"),
        ("II.5.a", "completed", {"inspections": 7, "establishments_inspected": 29, "samples_tested": 18, "violations": 3, "fines_vnd": 52500000},
         "Kiểm tra 07 cuộc tại 29 cơ sở kinh doanh vật liệu xây dựng"),
        ("II.2.đ", "in_progress", {}, "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"),
        ("II.3.a", "completed", {"participants": 4}, "Cử 04 công chức tham dự lớp tập huấn nghiệp vụ"),
        ("II.2.i", "not_applicable", {}, "Chưa nhận được đề nghị chia sẻ, kết nối dữ liệu."),
    ], diffs, props)

    # ---- mistaken: Sở Xây dựng's administrative-reform report sent instead
    d = new_doc(size=13)
    header_block(d,
        [("ỦY BAN NHÂN DÂN", "s"), ("THÀNH PHỐ HỒ CHÍ MINH", "s"), ("SỞ XÂY DỰNG", "b"), ("", ""), ("Số: 8790/BC-SXD", "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), ("", ""),
         ("Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "i")])
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [("Kết quả thực hiện công tác cải cách hành chính 10 tháng năm 2026", "b")], align="c")
    para(d, "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả như sau:", align="j", first=1.27)
    rows = [["STT", "Nội dung cải cách hành chính", "Kết quả", "Tình hình"],
            ["1", "Cải cách thể chế", "[Phòng Pháp chế] Tham mưu 04 văn bản quy phạm pháp luật; rà soát 36 văn bản.", "Đã thực hiện xong"],
            ["2", "Cải cách thủ tục hành chính", "[Văn phòng Sở] Tiếp nhận 18.246 hồ sơ, giải quyết đúng hạn 98,6%; công bố 12 thủ tục được sửa đổi.", "Đang triển khai"],
            ["3", "Cải cách tổ chức bộ máy", "[Phòng Tổ chức cán bộ] Kiện toàn 05 phòng chuyên môn sau sắp xếp.", "Đã thực hiện xong"],
            ["4", "Xây dựng chính quyền số", "[Trung tâm Thông tin] 100% hồ sơ công việc xử lý trên môi trường mạng.", "Đang triển khai"]]
    grid_table(d, rows, [1.2, 4.5, 8.3, 3.0])
    para(d, "")
    para(d, [("Khó khăn: ", "b"), ("Khối lượng hồ sơ cấp phép xây dựng tăng sau khi nhận bàn giao từ các quận, huyện cũ.", "")], align="j", first=1.27)
    para(d, [("Kiến nghị: ", "b"), ("Đề nghị Sở Nội vụ hướng dẫn chấm điểm Chỉ số cải cách hành chính năm 2026.", "")], align="j", first=1.27)
    sign_block(d, [("Nơi nhận:", "bi"), ("- Sở Nội vụ;", "s"), ("- Lưu: VT, VP.", "s")],
               [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Thanh Khiết", "b")])
    f = "SXD_BC_CCHC_10thang.docx"
    d.save(os.path.join(OUT, f))
    key(f, uid, uname, "8790/BC-SXD", "2026-10-28", [], [], [], status="rejected",
        reason="Báo cáo cải cách hành chính 10 tháng năm 2026 của Sở Xây dựng, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# =====================================================================
# HAND 4 — Nam: department/unit statistician. XLSX "Phụ lục": task rows
# numbered 1, 2, … carry the status (drop-down list) and a completion time;
# lettered activity rows a, b, c under them carry "SL | ĐVT"; the
# "Thời gian hoàn thành" column mixes real date cells with "Thường xuyên";
# difficulties and proposals on a second sheet "KK_DX" in two numbered lists.
# =====================================================================
ST_LIST = '"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"'

def h4_book(fname, org_lines, number_line, date_line, title, sub, tasks, diffs, props, maker, signer, role):
    wb = Workbook()
    ws = wb.active
    ws.title = "PhuLuc"
    widths(ws, [6, 58, 14, 14, 16, 17])
    put(ws, "A1", org_lines[0], merge="A1:B1", align="center")
    put(ws, "A2", org_lines[1], bold=True, merge="A2:B2", align="center")
    if number_line:
        put(ws, "A3", number_line, merge="A3:B3", align="center")
    put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, merge="C1:F1", align="center")
    put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, merge="C2:F2", align="center")
    put(ws, "C3", date_line, italic=True, merge="C3:F3", align="center")
    put(ws, "A5", title, bold=True, size=13, merge="A5:F5", align="center")
    put(ws, "A6", sub, italic=True, merge="A6:F6", align="center")
    ws.row_dimensions[5].height = 36
    ws.row_dimensions[8].height = 32
    hdr = ["STT", "Nhiệm vụ / hoạt động", "SL", "ĐVT", "Thời gian hoàn thành", "Tình trạng"]
    for col, h in zip("ABCDEF", hdr):
        put(ws, "%s8" % col, h, bold=True, align="center", border=True, fill="DDEBF7")
    dv = DataValidation(type="list", formula1=ST_LIST, allow_blank=True)
    ws.add_data_validation(dv)
    r = 9
    for i, (tname, when, st, acts) in enumerate(tasks, 1):
        put(ws, "A%d" % r, i, bold=True, align="center", border=True)
        put(ws, "B%d" % r, tname, bold=True, border=True)
        put(ws, "C%d" % r, None, border=True)
        put(ws, "D%d" % r, None, border=True)
        if isinstance(when, datetime.date):
            put(ws, "E%d" % r, when, border=True, align="center", fmt="dd/mm/yyyy")
        else:
            put(ws, "E%d" % r, when, border=True, align="center")
        put(ws, "F%d" % r, st, border=True, align="center")
        dv.add("F%d" % r)
        if len(tname) > 52:
            ws.row_dimensions[r].height = 32
        r += 1
        for j, (aname, sl, dvt, fmt) in enumerate(acts):
            put(ws, "A%d" % r, "abcdeg"[j], align="center", border=True, italic=True)
            put(ws, "B%d" % r, aname, border=True)
            put(ws, "C%d" % r, sl, border=True, align="right", fmt=fmt or "#,##0")
            put(ws, "D%d" % r, dvt, border=True, align="center")
            put(ws, "E%d" % r, None, border=True)
            put(ws, "F%d" % r, None, border=True)
            if len(aname) > 55:
                ws.row_dimensions[r].height = 32
            r += 1
    r += 1
    put(ws, "B%d" % r, "Người lập biểu", bold=True, align="center")
    put(ws, "E%d" % r, role, bold=True, merge="E%d:F%d" % (r, r), align="center")
    put(ws, "B%d" % (r + 4), maker, align="center")
    put(ws, "E%d" % (r + 4), signer, bold=True, merge="E%d:F%d" % (r + 4, r + 4), align="center")
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws2 = wb.create_sheet("KK_DX")
    widths(ws2, [6, 100])
    if diffs or props:
        put(ws2, "A1", "KHÓ KHĂN, VƯỚNG MẮC", bold=True, merge="A1:B1")
        r = 2
        for i, x in enumerate(diffs, 1):
            put(ws2, "A%d" % r, i, align="center")
            put(ws2, "B%d" % r, x)
            r += 1
        r += 1
        put(ws2, "A%d" % r, "ĐỀ XUẤT, KIẾN NGHỊ", bold=True, merge="A%d:B%d" % (r, r))
        r += 1
        for i, x in enumerate(props, 1):
            put(ws2, "A%d" % r, i, align="center")
            put(ws2, "B%d" % r, x)
            r += 1
    else:
        put(ws2, "A1", "Khó khăn, vướng mắc và kiến nghị: nêu tại Báo cáo.", italic=True, merge="A1:B1")
    wb.save(os.path.join(OUT, fname))

def hand4():
    D = datetime.datetime
    # ---- Sở Công Thương: phụ lục of Báo cáo 512
    tasks = [
        ("Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (khuyến công)", "Dự kiến 12/2026", "Đang thực hiện", [
            ("Doanh nghiệp được hỗ trợ áp dụng HTQLCL, công cụ cải tiến", 14, "doanh nghiệp", None),
            ("Kinh phí khuyến công đã giải ngân", 1260000000, "đồng", None)]),
        ("Kiểm tra chất lượng xăng dầu, LPG (phối hợp Chi cục TĐC)", D(2026, 9, 30), "Hoàn thành", [
            ("Cuộc kiểm tra liên ngành", 5, "cuộc", None),
            ("Cơ sở được kiểm tra", 50, "cơ sở", None),
            ("Cơ sở vi phạm", 4, "cơ sở", None)]),
        ("Cập nhật, công bố lại HTQLCL TCVN ISO 9001:2015 của Sở", D(2026, 8, 18), "Hoàn thành", []),
        ("Phổ biến cam kết TBT trong các FTA", "Thường xuyên", "Đang thực hiện", [
            ("Hội nghị phổ biến", 3, "hội nghị", None),
            ("Đại biểu doanh nghiệp tham dự", 420, "lượt", None),
            ("Tin, bài trên Cổng thông tin điện tử Sở", 15, "tin, bài", None)]),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", D(2026, 6, 30), "Hoàn thành", [
            ("Dự thảo QCVN đã góp ý", 2, "dự thảo", None)]),
        ("Chương trình nâng cao năng suất và chất lượng (Chương trình 1322)", "", "Không phát sinh", []),
    ]
    f = "SCT_PhuLuc_BC512.xlsx"
    h4_book(f, ("UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"), None, "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
            "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH CT38 NĂM 2026",
            "(Kèm theo Báo cáo số 512/BC-SCT ngày 29/10/2026 của Sở Công Thương)", tasks, [], [],
            "Võ Hoàng Nam", "Trần Quốc Huy", "TRƯỞNG PHÒNG QLCN")
    key(f, "SO-CT", "Sở Công Thương", "512/BC-SCT", "2026-10-29", [
        ("II.2.d", "in_progress", {"enterprises_supported": 14, "budget_spent_vnd": 1260000000}, "Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (khuyến công)"),
        ("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 50, "violations": 4}, "Kiểm tra chất lượng xăng dầu, LPG (phối hợp Chi cục TĐC)"),
        ("II.2.đ", "completed", {}, "Cập nhật, công bố lại HTQLCL TCVN ISO 9001:2015 của Sở"),
        ("II.6.a", "in_progress", {"training_courses": 3, "participants": 420, "communications": 15}, "Phổ biến cam kết TBT trong các FTA"),
        ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia"),
        ("II.2.a", "not_applicable", {}, "Chương trình nâng cao năng suất và chất lượng (Chương trình 1322)"),
    ], [], [])

    # ---- Sở Y tế
    tasks = [
        ("Góp ý dự thảo TCVN, QCVN về trang thiết bị y tế", D(2026, 6, 30), "Hoàn thành", [
            ("Dự thảo tiêu chuẩn, quy chuẩn đã góp ý", 4, "dự thảo", None)]),
        ("Kiểm tra chất lượng trang thiết bị y tế, đo lường tại cơ sở khám, chữa bệnh", "Thường xuyên", "Đang thực hiện", [
            ("Cuộc kiểm tra", 6, "cuộc", None),
            ("Cơ sở khám, chữa bệnh được kiểm tra", 45, "cơ sở", None),
            ("Phương tiện đo (huyết áp kế, nhiệt kế y học, cân) đã được kiểm định", 312, "chiếc", None),
            ("Cơ sở vi phạm", 3, "cơ sở", None),
            ("Tiền xử phạt", 36000000, "đồng", None)]),
        ("Duy trì hệ thống quản lý chất lượng ISO 9001 tại Sở", D(2026, 9, 15), "Hoàn thành", []),
        ("Cử công chức, viên chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng", D(2026, 7, 16), "Hoàn thành", [
            ("Công chức, viên chức tham dự", 6, "người", None)]),
        ("Hướng dẫn doanh nghiệp công bố tiêu chuẩn áp dụng trang thiết bị y tế loại A, B", "Thường xuyên", "Đang thực hiện", [
            ("Doanh nghiệp được hướng dẫn hồ sơ", 128, "doanh nghiệp", None)]),
        ("Khen thưởng, bảo vệ người tố giác vi phạm về TĐC", "", "Không phát sinh", []),
    ]
    diffs = ["Nhiều cơ sở y tế tư nhân chưa lập sổ theo dõi kiểm định phương tiện đo."]
    props = ["Đề nghị Chi cục phối hợp tập huấn về đo lường trong y tế cho cơ sở khám, chữa bệnh tư nhân.",
             "Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo nhóm 2 trong lĩnh vực y tế."]
    f = "SYT_bieu_CT38_2026.xlsx"
    h4_book(f, ("UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ"), "Số: 7430/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
            "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026\n(phần việc của Sở Y tế)",
            "Số liệu từ 01/01/2026 đến 31/10/2026", tasks, diffs, props,
            "Lâm Ngọc Trâm", "Nguyễn Anh Dũng", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    key(f, "SO-YT", "Sở Y tế", "7430/SYT-NVY", "2026-11-03", [
        ("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý dự thảo TCVN, QCVN về trang thiết bị y tế"),
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 45, "instruments_verified": 312, "violations": 3, "fines_vnd": 36000000},
         "Kiểm tra chất lượng trang thiết bị y tế, đo lường tại cơ sở khám, chữa bệnh"),
        ("II.2.đ", "completed", {}, "Duy trì hệ thống quản lý chất lượng ISO 9001 tại Sở"),
        ("II.3.a", "completed", {"participants": 6}, "Cử công chức, viên chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng"),
        ("II.2.d", "in_progress", {"enterprises_supported": 128}, "Hướng dẫn doanh nghiệp công bố tiêu chuẩn áp dụng trang thiết bị y tế loại A, B"),
        ("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác vi phạm về TĐC"),
    ], diffs, props)

    # ---- Sở Nông nghiệp và Môi trường
    tasks = [
        ("Truy xuất nguồn gốc nông, lâm, thủy sản (Đề án 100)", "Thường xuyên", "Đang thực hiện", [
            ("Cơ sở được hỗ trợ cấp mã, tem truy xuất nguồn gốc", 86, "cơ sở", None),
            ("Lớp tập huấn truy xuất nguồn gốc", 4, "lớp", None),
            ("Học viên tham dự", 310, "người", None),
            ("Kinh phí đã sử dụng", 215400000, "đồng", None)]),
        ("Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi)", "Thường xuyên", "Đang thực hiện", [
            ("Cuộc kiểm tra", 9, "cuộc", None),
            ("Cơ sở được kiểm tra", 74, "cơ sở", None),
            ("Mẫu lấy kiểm tra chất lượng", 55, "mẫu", None),
            ("Cơ sở vi phạm", 11, "cơ sở", None),
            ("Tiền xử phạt", 187500000, "đồng", None)]),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, địa phương về môi trường", D(2026, 9, 30), "Hoàn thành", [
            ("Dự thảo đã góp ý", 2, "dự thảo", None)]),
        ("Duy trì, cải tiến HTQLCL ISO 9001 tại Sở", D(2026, 11, 30), "Đang thực hiện", []),
        ("Phối hợp APO thúc đẩy năng suất nông nghiệp", "", "Không phát sinh", []),
    ]
    diffs = ["Kinh phí cấp mã truy xuất nguồn gốc cho hộ sản xuất nhỏ lẻ còn hạn chế."]
    props = ["Đề nghị Sở Khoa học và Công nghệ thống nhất nền tảng truy xuất nguồn gốc dùng chung của Thành phố để tránh trùng lặp dữ liệu."]
    f = "SNNMT_1288_CT38.xlsx"
    h4_book(f, ("UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), "Số: 1288/BC-SNNMT", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
            "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
            "(Số liệu đến ngày 25/10/2026)", tasks, diffs, props,
            "Hồ Văn Nam", "Nguyễn Thị Bích Liên", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "1288/BC-SNNMT", "2026-10-30", [
        ("II.2.a", "in_progress", {"enterprises_supported": 86, "training_courses": 4, "participants": 310, "budget_spent_vnd": 215400000},
         "Truy xuất nguồn gốc nông, lâm, thủy sản (Đề án 100)"),
        ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 74, "samples_tested": 55, "violations": 11, "fines_vnd": 187500000},
         "Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi)"),
        ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, địa phương về môi trường"),
        ("II.2.đ", "in_progress", {}, "Duy trì, cải tiến HTQLCL ISO 9001 tại Sở"),
        ("II.6.b", "not_applicable", {}, "Phối hợp APO thúc đẩy năng suất nông nghiệp"),
    ], diffs, props)

    # ---- Phòng Kiểm tra – Pháp chế (no số, "Ngày lập")
    tasks = [
        ("Phối hợp kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông", "Thường xuyên", "Đang thực hiện", [
            ("Cuộc kiểm tra Phòng tham gia", 8, "cuộc", None),
            ("Cơ sở được kiểm tra", 64, "cơ sở", None),
            ("Cơ sở vi phạm", 9, "cơ sở", None),
            ("Tiền phạt theo quyết định xử phạt", 143000000, "đồng", None)]),
        ("Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền", "Thường xuyên", "Đang thực hiện", [
            ("Cuộc kiểm tra phối hợp với UBND phường, xã", 5, "cuộc", None)]),
        ("Rà soát, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)", D(2026, 8, 31), "Hoàn thành", [
            ("Thiết bị được kiểm định, hiệu chuẩn", 12, "bộ", None)]),
        ("Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi", D(2026, 5, 20), "Hoàn thành", []),
        ("Khen thưởng, bảo vệ người tố giác; xử lý hành vi tiêu cực", "", "Không phát sinh", []),
        ("Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "Quý IV/2026", "Chưa thực hiện", []),
    ]
    diffs = ["Thời gian ban hành quyết định xử phạt bị kéo dài do chờ kết quả thử nghiệm mẫu."]
    props = ["Đề nghị bố trí kinh phí thử nghiệm mẫu ngay từ đầu năm cho các đoàn kiểm tra."]
    f = "KTPC_tong-hop-KH38.xlsx"
    h4_book(f, ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"), None, "Ngày lập: 26/10/2026",
            "TỔNG HỢP KẾT QUẢ THỰC HIỆN KH CT38/2026 – PHÒNG KIỂM TRA – PHÁP CHẾ",
            "(gửi Chi cục TĐC tổng hợp)", tasks, diffs, props,
            "Đặng Nam", "Phan Thị Thu Hà", "TRƯỞNG PHÒNG")
    key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", None, "2026-10-26", [
        ("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 64, "violations": 9, "fines_vnd": 143000000},
         "Phối hợp kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông"),
        ("II.5.c", "in_progress", {"inspections": 5}, "Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền"),
        ("II.4.b", "completed", {"instruments_verified": 12}, "Rà soát, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)"),
        ("II.2.c", "completed", {}, "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi"),
        ("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác; xử lý hành vi tiêu cực"),
        ("II.5.b", "not_started", {}, "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa"),
    ], diffs, props)

# =====================================================================
# HAND 5 — Vân: technical deputy (Chi cục / Trung tâm). Numbered groups in the
# unit's own words; each task a "–" line closing with one parenthesis that
# joins the plan item and the status: "(mục 2a – đang triển khai)"; figures
# with thousands dots, money as "245,8 triệu đồng" / "8,64 tỷ đồng".
# Her phụ lục (XLSX) repeats the same parentheses on group rows and gives
# "Kế hoạch 2026 | Thực hiện đến 31/10/2026" with money in triệu đồng.
# =====================================================================
def v_doc(fname, org2, org3, number, date_words, title, intro, groups, diffs, props, signer, role, tail=None):
    d = new_doc(size=13, margins=(2, 2, 3, 1.5))
    header_block(d,
        [(org2, "s"), (org3, "b"), ("", ""), ("Số: " + number, "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), (date_words, "i")])
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [(title, "b")], align="c")
    para(d, intro, align="j", first=1)
    para(d, [("I. KẾT QUẢ THỰC HIỆN", "b")])
    for gname, lines in groups:
        para(d, [(gname, "b")], indent=0.5)
        for ln in lines:
            para(d, "– " + ln, align="j", first=1)
    para(d, [("II. KHÓ KHĂN, VƯỚNG MẮC", "b")])
    for i, x in enumerate(diffs):
        para(d, "%s) %s" % ("abcd"[i], x), align="j", first=1)
    para(d, [("III. KIẾN NGHỊ, ĐỀ XUẤT", "b")])
    for i, x in enumerate(props):
        para(d, "%s) %s" % ("abcd"[i], x), align="j", first=1)
    if tail:
        para(d, [(tail, "i")], first=1)
    sign_block(d, [("Nơi nhận:", "bi"), ("- Sở KH&CN (b/c);", "s"), ("- Lưu: VT.", "s")],
               [(role, "b"), ("", ""), ("", ""), ("", ""), (signer, "b")])
    d.save(os.path.join(OUT, fname))

def hand5():
    # ---- Chi cục TĐC report
    groups = [
        ("1. Tuyên truyền, tập huấn pháp luật", [
            "Tổ chức 06 lớp tập huấn văn bản quy phạm pháp luật mới về tiêu chuẩn, đo lường, chất lượng (Luật Tiêu chuẩn và Quy chuẩn kỹ thuật sửa đổi, các nghị định hướng dẫn) và 01 buổi tọa đàm với doanh nghiệp nhập khẩu ngày 22/5/2026, tổng cộng 07 lớp, buổi với 1.124 lượt đại biểu tham dự (mục 1a – đã hoàn thành).",
            "Phổ biến, hướng dẫn 37 doanh nghiệp tìm hiểu tiêu chí Giải thưởng Chất lượng Quốc gia; đăng 09 tin, bài giới thiệu giải thưởng (mục 1b – đã hoàn thành).",
        ]),
        ("2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", [
            "Năng suất chất lượng, Đề án 996, Đề án 100: đã hỗ trợ 12 doanh nghiệp áp dụng công cụ cải tiến năng suất, kinh phí đã giải ngân 245,8 triệu đồng; đang xây dựng kế hoạch năm 2027 (mục 2a – đang triển khai).",
            "Giải thưởng Chất lượng Quốc gia 2026: tiếp nhận 08 hồ sơ, Hội đồng sơ tuyển đã đánh giá và đề xuất 05 doanh nghiệp lên Hội đồng quốc gia (mục 2b – đã hoàn thành).",
            "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi theo đề nghị của Bộ (mục 2c – đã hoàn thành).",
            "Hướng dẫn 263 lượt doanh nghiệp về hồ sơ công bố hợp chuẩn, hợp quy và áp dụng hệ thống quản lý (mục 2d – thường xuyên, đang thực hiện).",
            "Góp ý 14 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ gửi lấy ý kiến; quy chuẩn kỹ thuật địa phương về chất lượng nước sạch đang soạn thảo (mục 2e – đang triển khai).",
            "Hệ thống thông tin giải quyết thủ tục hành chính: đã kết nối liên thông với Cổng thông tin một cửa quốc gia, tiếp nhận trực tuyến 1.870 hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu (mục 2h – đã hoàn thành).",
        ]),
        ("3. Đào tạo nguồn nhân lực", [
            "Tổ chức 02 lớp tập huấn nghiệp vụ cho 168 công chức các sở, ngành, UBND phường, xã, đặc khu (mục 3a – đã hoàn thành).",
            "Khóa đào tạo chuyên gia tư vấn năng suất: chưa tổ chức, chờ Bộ phê duyệt chương trình, dự kiến tháng 12/2026 (mục 3b – chưa thực hiện).",
        ]),
        ("4. Phương tiện, thiết bị nghiệp vụ", [
            "Rà soát, kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (cân, quả cân, bình chuẩn, thiết bị đo nhanh xăng dầu) (mục 4b – đã hoàn thành).",
        ]),
        ("5. Kiểm tra, giám sát", [
            "Kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông: 21 cuộc kiểm tra tại 318 cơ sở; phát hiện 27 cơ sở vi phạm; xử phạt 412.750.000 đồng; lấy 96 mẫu thử nghiệm (mục 5a – đang triển khai).",
            "Khảo sát chất lượng 150 mẫu mũ bảo hiểm, đồ chơi trẻ em, dây và cáp điện; 17 mẫu không phù hợp đã thông báo cho cơ quan chức năng (mục 5b – đã hoàn thành).",
            "Phối hợp các phường, xã, đặc khu: hướng dẫn nghiệp vụ qua 03 đợt trực tuyến, phối hợp 34 cuộc kiểm tra đo lường tại chợ (mục 5c – đang triển khai).",
        ]),
        ("6. Hợp tác, trao đổi thông tin", [
            "Đăng 05 bản tin cảnh báo TBT của các nước thành viên WTO trên trang thông tin của Chi cục (mục 6a – đang triển khai).",
            "Hợp tác với APO: năm 2026 chưa có yêu cầu (mục 6b – không phát sinh).",
        ]),
    ]
    diffs = ["Nhân lực kiểm tra mỏng trong khi số phường, xã, đặc khu sau sắp xếp lớn, địa bàn rộng.",
             "Kinh phí thử nghiệm mẫu phân bổ muộn, ảnh hưởng tiến độ khảo sát quý I."]
    props = ["Đề nghị Sở bổ sung 02 biên chế cho Phòng Quản lý Đo lường của Chi cục.",
             "Đề nghị Sở sớm phê duyệt chương trình đào tạo chuyên gia năng suất để kịp tổ chức trong tháng 12/2026."]
    f = "ChiCucTDC_BC1734_CT38.docx"
    v_doc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1734/BC-TĐC",
          "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026",
          "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 31/10/2026)",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch của Sở như sau (ghi kèm mục của Kế hoạch và tình trạng trong ngoặc):",
          groups, diffs, props, "Trương Thị Vân", "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG",
          tail="Số liệu chi tiết tại Phụ lục kèm theo.")
    key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1734/BC-TĐC", "2026-11-05", [
        ("II.1.a", "completed", {"training_courses": 7, "participants": 1124}, "Tổ chức 06 lớp tập huấn văn bản quy phạm pháp luật mới"),
        ("II.1.b", "completed", {"enterprises_supported": 37, "communications": 9}, "Phổ biến, hướng dẫn 37 doanh nghiệp tìm hiểu tiêu chí Giải thưởng Chất lượng Quốc gia"),
        ("II.2.a", "in_progress", {"enterprises_supported": 12, "budget_spent_vnd": 245800000}, "đã hỗ trợ 12 doanh nghiệp áp dụng công cụ cải tiến năng suất"),
        ("II.2.b", "completed", {}, "Giải thưởng Chất lượng Quốc gia 2026: tiếp nhận 08 hồ sơ"),
        ("II.2.c", "completed", {}, "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi"),
        ("II.2.d", "in_progress", {"enterprises_supported": 263}, "Hướng dẫn 263 lượt doanh nghiệp về hồ sơ công bố hợp chuẩn, hợp quy"),
        ("II.2.e", "in_progress", {"standards_reviewed": 14}, "Góp ý 14 dự thảo TCVN, QCVN"),
        ("II.2.h", "completed", {}, "đã kết nối liên thông với Cổng thông tin một cửa quốc gia"),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 168}, "Tổ chức 02 lớp tập huấn nghiệp vụ cho 168 công chức"),
        ("II.3.b", "not_started", {}, "Khóa đào tạo chuyên gia tư vấn năng suất: chưa tổ chức"),
        ("II.4.b", "completed", {"instruments_verified": 46}, "Rà soát, kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ"),
        ("II.5.a", "in_progress", {"inspections": 21, "establishments_inspected": 318, "violations": 27, "fines_vnd": 412750000, "samples_tested": 96},
         "21 cuộc kiểm tra tại 318 cơ sở"),
        ("II.5.b", "completed", {"samples_tested": 150}, "Khảo sát chất lượng 150 mẫu mũ bảo hiểm"),
        ("II.5.c", "in_progress", {"inspections": 34}, "phối hợp 34 cuộc kiểm tra đo lường tại chợ"),
        ("II.6.a", "in_progress", {"communications": 5}, "Đăng 05 bản tin cảnh báo TBT"),
        ("II.6.b", "not_applicable", {}, "Hợp tác với APO: năm 2026 chưa có yêu cầu"),
    ], diffs, props)

    # ---- Chi cục phụ lục (XLSX)
    wb = Workbook()
    ws = wb.active
    ws.title = "PL so lieu"
    widths(ws, [6, 55, 12, 14, 16, 18])
    put(ws, "A1", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", merge="A1:B1", align="center")
    put(ws, "A2", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", bold=True, merge="A2:B2", align="center")
    put(ws, "A4", "PHỤ LỤC SỐ LIỆU", bold=True, size=14, merge="A4:F4", align="center")
    put(ws, "A5", "(Kèm theo Báo cáo số 1734/BC-TĐC ngày 05/11/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng)", italic=True, merge="A5:F5", align="center")
    hdr = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "Thực hiện đến 31/10/2026", "Ghi chú"]
    for col, h in zip("ABCDEF", hdr):
        put(ws, "%s7" % col, h, bold=True, align="center", border=True, fill="E2EFDA")
    rows = [
        ("1", "Tập huấn pháp luật, tọa đàm (mục 1a – đã hoàn thành)", None),
        ("", "Lớp tập huấn, buổi tọa đàm", ("lớp, buổi", 6, 7, "")),
        ("", "Lượt đại biểu tham dự", ("lượt", 1000, 1124, "")),
        ("2", "Giải thưởng Chất lượng Quốc gia – tuyên truyền (mục 1b – đã hoàn thành)", None),
        ("", "Doanh nghiệp được hướng dẫn", ("doanh nghiệp", 30, 37, "")),
        ("", "Tin, bài", ("tin, bài", 10, 9, "")),
        ("3", "Năng suất chất lượng, Đề án 996, 100 (mục 2a – đang triển khai)", None),
        ("", "Doanh nghiệp được hỗ trợ", ("doanh nghiệp", 15, 12, "")),
        ("", "Kinh phí đã giải ngân", ("triệu đồng", 300, 245.8, "")),
        ("4", "Hỗ trợ công bố hợp chuẩn, hợp quy (mục 2d – đang thực hiện)", None),
        ("", "Lượt doanh nghiệp được hướng dẫn", ("lượt DN", None, 263, "thường xuyên")),
        ("5", "Góp ý TCVN, QCVN (mục 2e – đang triển khai)", None),
        ("", "Dự thảo đã góp ý", ("dự thảo", None, 14, "theo đề nghị của Bộ")),
        ("6", "Tập huấn công chức (mục 3a – đã hoàn thành)", None),
        ("", "Lớp tập huấn", ("lớp", 2, 2, "")),
        ("", "Công chức tham dự", ("người", 150, 168, "")),
        ("7", "Phương tiện, thiết bị nghiệp vụ (mục 4b – đã hoàn thành)", None),
        ("", "Phương tiện, thiết bị được kiểm định, hiệu chuẩn", ("chiếc", 46, 46, "")),
        ("8", "Kiểm tra hàng hóa lưu thông (mục 5a – đang triển khai)", None),
        ("", "Cuộc kiểm tra", ("cuộc", 25, 21, "")),
        ("", "Cơ sở được kiểm tra", ("cơ sở", None, 318, "")),
        ("", "Cơ sở vi phạm", ("cơ sở", None, 27, "")),
        ("", "Tiền xử phạt", ("triệu đồng", None, 412.75, "")),
        ("", "Mẫu thử nghiệm", ("mẫu", 100, 96, "")),
        ("9", "Khảo sát chất lượng (mục 5b – đã hoàn thành)", None),
        ("", "Mẫu khảo sát", ("mẫu", 150, 150, "17 mẫu không phù hợp")),
        ("10", "Phối hợp phường, xã, đặc khu (mục 5c – đang triển khai)", None),
        ("", "Cuộc kiểm tra đo lường tại chợ", ("cuộc", 40, 34, "")),
        ("11", "Thông tin TBT (mục 6a – đang triển khai)", None),
        ("", "Bản tin cảnh báo TBT", ("bản tin", None, 5, "")),
    ]
    r = 8
    for tt, label, data in rows:
        if data is None:
            put(ws, "A%d" % r, tt, bold=True, align="center", border=True)
            put(ws, "B%d" % r, label, bold=True, border=True, merge="B%d:F%d" % (r, r))
        else:
            unit, plan, done, note = data
            put(ws, "A%d" % r, tt, border=True)
            put(ws, "B%d" % r, label, border=True)
            put(ws, "C%d" % r, unit, align="center", border=True)
            fmt = "#,##0.0#" if isinstance(done, float) else "#,##0"
            put(ws, "D%d" % r, plan if plan is not None else "-", align="right", border=True, fmt="#,##0")
            put(ws, "E%d" % r, done, align="right", border=True, fmt=fmt)
            put(ws, "F%d" % r, note, border=True, size=11)
        r += 1
    r += 1
    put(ws, "E%d" % r, "PHÓ CHI CỤC TRƯỞNG", bold=True, merge="E%d:F%d" % (r, r), align="center")
    put(ws, "E%d" % (r + 4), "Trương Thị Vân", bold=True, merge="E%d:F%d" % (r + 4, r + 4), align="center")
    f = "ChiCucTDC_PhuLuc_SoLieu.xlsx"
    wb.save(os.path.join(OUT, f))
    key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1734/BC-TĐC", "2026-11-05", [
        ("II.1.a", "completed", {"training_courses": 7, "participants": 1124}, "Tập huấn pháp luật, tọa đàm (mục 1a – đã hoàn thành)"),
        ("II.1.b", "completed", {"enterprises_supported": 37, "communications": 9}, "Giải thưởng Chất lượng Quốc gia – tuyên truyền (mục 1b – đã hoàn thành)"),
        ("II.2.a", "in_progress", {"enterprises_supported": 12, "budget_spent_vnd": 245800000}, "Năng suất chất lượng, Đề án 996, 100 (mục 2a – đang triển khai)"),
        ("II.2.d", "in_progress", {"enterprises_supported": 263}, "Hỗ trợ công bố hợp chuẩn, hợp quy (mục 2d – đang thực hiện)"),
        ("II.2.e", "in_progress", {"standards_reviewed": 14}, "Góp ý TCVN, QCVN (mục 2e – đang triển khai)"),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 168}, "Tập huấn công chức (mục 3a – đã hoàn thành)"),
        ("II.4.b", "completed", {"instruments_verified": 46}, "Phương tiện, thiết bị nghiệp vụ (mục 4b – đã hoàn thành)"),
        ("II.5.a", "in_progress", {"inspections": 21, "establishments_inspected": 318, "violations": 27, "fines_vnd": 412750000, "samples_tested": 96},
         "Kiểm tra hàng hóa lưu thông (mục 5a – đang triển khai)"),
        ("II.5.b", "completed", {"samples_tested": 150}, "Khảo sát chất lượng (mục 5b – đã hoàn thành)"),
        ("II.5.c", "in_progress", {"inspections": 34}, "Phối hợp phường, xã, đặc khu (mục 5c – đang triển khai)"),
        ("II.6.a", "in_progress", {"communications": 5}, "Thông tin TBT (mục 6a – đang triển khai)"),
    ], [], [])

    # ---- Trung tâm Dịch vụ Phân tích thí nghiệm
    groups = [
        ("1. Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", [
            "Kiểm định, hiệu chuẩn 18.452 phương tiện đo các loại (cân, đồng hồ nước, taximet, cột đo xăng dầu); thử nghiệm 2.315 mẫu sản phẩm, hàng hóa theo yêu cầu của doanh nghiệp và cơ quan quản lý; mở rộng 06 phép thử mới lĩnh vực điện – điện tử (mục 2g – đang triển khai).",
        ]),
        ("2. Đầu tư trang thiết bị", [
            "Đầu tư 03 hệ thống thiết bị thử nghiệm (máy quang phổ ICP-MS, buồng thử nhiệt ẩm, hệ thống hiệu chuẩn áp suất); đã giải ngân 8,64 tỷ đồng trên tổng dự toán 12 tỷ đồng (mục 4a – đang triển khai).",
        ]),
        ("3. Chuẩn đo lường", [
            "Duy trì liên kết chuẩn: đã hiệu chuẩn 14 chuẩn đo lường chính của Trung tâm tại Viện Đo lường Việt Nam, bảo đảm liên kết tới chuẩn quốc gia (mục 4c – đã hoàn thành).",
        ]),
        ("4. Đào tạo", [
            "Tổ chức 04 khóa đào tạo về đo lường, hiệu chuẩn cho 96 sinh viên, giảng viên Trường Đại học Bách khoa và Trường Cao đẳng Kỹ thuật Cao Thắng (mục 3d – đang triển khai).",
        ]),
        ("5. Phối hợp khảo sát chất lượng", [
            "Thử nghiệm 150 mẫu khảo sát chất lượng theo đặt hàng của Chi cục (mục 5b – đã hoàn thành).",
        ]),
    ]
    diffs = ["Một số thiết bị thử nghiệm đã sử dụng trên 15 năm, chi phí sửa chữa lớn."]
    props = ["Đề nghị Sở bố trí vốn đầu tư năm 2027 để thay thế hệ thống cân chuẩn khối lượng lớn.",
             "Đề nghị Chi cục ưu tiên chỉ định Trung tâm thử nghiệm mẫu phục vụ kiểm tra nhà nước."]
    f = "TTPT_BC602_CT38.docx"
    v_doc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "602/BC-TTPT",
          "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "Kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện đến ngày 25/10/2026 như sau:",
          groups, diffs, props, "Lương Văn Phước", "GIÁM ĐỐC")
    key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "602/BC-TTPT", "2026-10-28", [
        ("II.2.g", "in_progress", {"instruments_verified": 18452, "samples_tested": 2315}, "Kiểm định, hiệu chuẩn 18.452 phương tiện đo các loại"),
        ("II.4.a", "in_progress", {"budget_spent_vnd": 8640000000}, "Đầu tư 03 hệ thống thiết bị thử nghiệm"),
        ("II.4.c", "completed", {"instruments_verified": 14}, "đã hiệu chuẩn 14 chuẩn đo lường chính của Trung tâm"),
        ("II.3.d", "in_progress", {"training_courses": 4, "participants": 96}, "Tổ chức 04 khóa đào tạo về đo lường, hiệu chuẩn cho 96 sinh viên, giảng viên"),
        ("II.5.b", "completed", {"samples_tested": 150}, "Thử nghiệm 150 mẫu khảo sát chất lượng theo đặt hàng của Chi cục"),
    ], diffs, props)

LO_RESAVE = ["SXD_8815_bao-cao-KH38.docx", "SNNMT_1288_CT38.xlsx"]

def lo_resave(name):
    import subprocess, tempfile, shutil
    tmp = tempfile.mkdtemp()
    ext = name.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", tmp + "/out", os.path.join(OUT, name)],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, "out", name), os.path.join(OUT, name))
    shutil.rmtree(tmp)

if __name__ == "__main__":
    import hashlib
    hand1(); hand2(); hand3(); hand4(); hand5()
    for n in LO_RESAVE:          # as the offices did: opened and saved again in LibreOffice
        lo_resave(n)
    tdir = os.path.join(OUT, "truth")
    os.makedirs(tdir, exist_ok=True)
    for name, k in DRAFT.items():  # sha256 computed last, on the final bytes
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, name), "rb").read()).hexdigest()
        order = ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]
        with open(os.path.join(tdir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump({x: k[x] for x in order}, fh, ensure_ascii=False, indent=2)
    print(len(DRAFT), "files")
