# -*- coding: utf-8 -*-
"""Generator for set 47: 17 progress reports on KH CT38/2026 in five hands + answer keys."""
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KEYS = []   # (filename, truth dict without sha)


def iso(d):
    y, m, dd = d
    return "%04d-%02d-%02d" % (y, m, dd)


def add_key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append((fname, {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": iso(date) if date else None},
        "entries": [{"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                     "text": e.get("text") or " ".join(x if isinstance(x, str) else " ".join(x) for x in e.get("lines", []))} for e in entries],
        "findings": [], "difficulties": diffs, "proposals": props}))


# ------------------------------------------------------------------ docx helpers
def base_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, space_after=4, runs=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    if runs is None:
        runs = [(text, bold, italic)]
    for r in runs:
        t, b, i = r[0], r[1], r[2]
        hl = r[3] if len(r) > 3 else None
        run = p.add_run(t)
        run.bold, run.italic = b, i
        if size:
            run.font.size = Pt(size)
        if hl:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return p


def cell_lines(cell, lines, bold=False, italic=False, center=True, size=12):
    cell.text = ""
    first = True
    for ln in lines:
        if isinstance(ln, tuple):
            t, b, i = ln
        else:
            t, b, i = ln, bold, italic
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold, r.italic = b, i
        r.font.size = Pt(size)


def header_table(d, left, right, widths=(7, 9.5)):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        t.rows[0].cells[i].width = Cm(w)
    cell_lines(t.rows[0].cells[0], left)
    cell_lines(t.rows[0].cells[1], right)
    return t


def signature(d, recipients, sign_lines, name):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = ""
    p = c0.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    r.font.size = Pt(12)
    for x in recipients:
        q = c0.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(x)
        rr.font.size = Pt(11)
    cell_lines(c1, [(s, True, False) for s in sign_lines] + ["", "", "", (name, True, False)], size=13)


# Word multi-level bullets (hand A): • / o / ▪ defined in numbering.xml
BULLET_ABS = """<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0a7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2160" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>""" % 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def setup_bullets(d):
    num = d.part.numbering_part.element
    absn = parse_xml(BULLET_ABS)
    first_num = num.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        num.append(absn)
    num.append(parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def bullet(d, text, lvl=0, bold=False, runs=None):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % lvl))
    for t, b, i in (runs or [(text, bold, False)]):
        r = p.add_run(t)
        r.bold, r.italic = b, i
    return p


def date_words(date, place):
    y, m, dd = date
    return "%s, ngày %02d tháng %02d năm %d" % (place, dd, m, y)


# ------------------------------------------------------------------ HAND A (Mỹ Hạnh)
def hand_A(fname, unit_id, unit_name, parent, unit_upper, number, date, title, intro, entries, diffs, props,
           recipients, sign, signer, place="TP. Hồ Chí Minh", situation=None):
    d = base_doc()
    setup_bullets(d)
    header_table(d, [parent, (unit_upper, True, False), "________", "Số: " + number],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  "______________________", ("", False, False), (date_words(date, place), False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title, bold=True, align="c")
    para(d, "")
    para(d, intro)
    n = 1
    roman = ["I", "II", "III", "IV", "V"]
    ri = 0
    if situation:
        para(d, "%s. TÌNH HÌNH TRIỂN KHAI" % roman[ri], bold=True, indent=False); ri += 1
        para(d, situation)
    para(d, "%s. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ" % roman[ri], bold=True, indent=False); ri += 1
    for e in entries:
        bullet(d, e["label"], 0, bold=True)
        for ln in e["lines"]:
            if isinstance(ln, list):
                for sub in ln:
                    bullet(d, sub, 2)
            else:
                bullet(d, ln, 1)
        bullet(d, "", 1, runs=[("Tiến độ thực hiện: ", False, True), (e["word"] + ".", True, False)])
    para(d, "%s. KHÓ KHĂN, VƯỚNG MẮC" % roman[ri], bold=True, indent=False); ri += 1
    for x in diffs:
        bullet(d, x, 0)
    para(d, "%s. ĐỀ XUẤT, KIẾN NGHỊ" % roman[ri], bold=True, indent=False); ri += 1
    for x in props:
        bullet(d, x, 0)
    para(d, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của %s./." % unit_name)
    signature(d, recipients, sign, signer)
    d.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ HAND B (Quốc Bảo)
def hand_B(fname, unit_name, left, number, date, title, intro, sections, diffs, props, recipients, sign, signer,
           place="Thành phố Hồ Chí Minh", head1="I. KẾT QUẢ THỰC HIỆN"):
    d = base_doc(size=14)
    header_table(d, left + ["Số: " + number],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  "", (date_words(date, place), False, True)], widths=(6.5, 10))
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0, size=14)
    para(d, title, bold=True, align="c", size=14)
    para(d, intro)
    if head1:
        para(d, head1, bold=True, indent=False)
    for i, s in enumerate(sections, 1):
        para(d, "%d. %s" % (i, s["label"]), bold=True)
        for j, ln in enumerate(s["paras"]):
            para(d, runs=ln)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, "%s kính báo cáo./." % unit_name)
    signature(d, recipients, sign, signer)
    d.save(os.path.join(OUT, fname))


def B_entry(task, status, ind, label, text, status_phrase, before="", after="."):
    """Hand B: status phrase highlighted yellow inside the closing sentence."""
    runs = [(text + " " + before, False, False), (status_phrase, False, False, True), (after, False, False)]
    return {"task": task, "status": status, "ind": ind, "label": label,
            "paras": [runs], "text": text + " " + before + status_phrase + after}


# ------------------------------------------------------------------ HAND D (Minh Đức, ward)
ORD = ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là"]


def hand_D(fname, unit_name, upper, number, date, place, title, intro, situation, entries, diffs, props, recipients, sign, signer):
    d = base_doc(size=14)
    header_table(d, ["ỦY BAN NHÂN DÂN", (upper, True, False), "_______", "Số: " + number],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  "_____________________", (date_words(date, place), False, True)], widths=(6, 10.5))
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title, bold=True, align="c")
    para(d, "")
    para(d, intro)
    para(d, "I. TÌNH HÌNH CHUNG", bold=True, indent=False)
    para(d, situation)
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(entries):
        para(d, runs=[(ORD[i] + ", ", True, False), (e["topic"] + ": ", False, True), (e["body"], False, False)])
        e["text"] = e["topic"] + ": " + e["body"]
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân %s./." % unit_name.replace("Phường", "phường").replace("Xã", "xã"))
    signature(d, recipients, sign, signer)
    d.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ xlsx helpers
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CWRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def put(ws, ref, val, bold=False, italic=False, align=None, box=False, size=None, fmt=None, fill=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size or 12)
    if align == "c":
        c.alignment = CWRAP
    elif align == "w":
        c.alignment = WRAP
    if box:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c


# ------------------------------------------------------------------ HAND C (Thu Trang)
def hand_C(fname, upper1, upper2, number, date, place, title, rows, signblock, sheet="BC CT38"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [6, 38, 14, 42, 16, 30, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:C1"); put(ws, "A1", upper1, align="c")
    ws.merge_cells("A2:C2"); put(ws, "A2", upper2, bold=True, align="c")
    ws.merge_cells("A3:C3"); put(ws, "A3", "Số: " + number, align="c")
    ws.merge_cells("D1:G1"); put(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c")
    ws.merge_cells("D2:G2"); put(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    ws.merge_cells("D3:G3"); put(ws, "D3", date_words(date, place), italic=True, align="c")
    ws.merge_cells("A5:G5"); put(ws, "A5", "BÁO CÁO", bold=True, align="c", size=14)
    ws.merge_cells("A6:G6"); put(ws, "A6", title, bold=True, align="c")
    ws.row_dimensions[6].height = 34
    hdr = ["STT", "Nội dung công việc", "Thời gian thực hiện", "Kết quả thực hiện", "Tình hình thực hiện",
           "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"]
    r = 8
    for i, h in enumerate(hdr, 1):
        put(ws, "%s%d" % (get_column_letter(i), r), h, bold=True, align="c", box=True, fill="DDEBF7")
    for i in range(1, 8):
        put(ws, "%s%d" % (get_column_letter(i), r + 1), "(%d)" % i, italic=True, align="c", box=True, size=10)
    r = 10
    for k, row in enumerate(rows, 1):
        vals = [k] + list(row)
        for i, v in enumerate(vals, 1):
            put(ws, "%s%d" % (get_column_letter(i), r), v, align="c" if i in (1, 3, 5) else "w", box=True)
        ws.row_dimensions[r].height = max(45, 15 * (1 + max(len(str(v)) for v in vals) // 38))
        r += 1
    r += 1
    for ln in signblock:
        ws.merge_cells("E%d:G%d" % (r, r))
        put(ws, "E%d" % r, ln, bold=True, align="c")
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.freeze_panes = "A10"
    wb.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ HAND E (Văn Thịnh)
def hand_E(fname, upper1, upper2, number, date, place, title, tasks, diffs, props, signblock, collapsed, sheet="Bieu 01",
           head2="I. KẾT QUẢ THỰC HIỆN", diff_head="II. KHÓ KHĂN, VƯỚNG MẮC", prop_head="III. ĐỀ XUẤT, KIẾN NGHỊ"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip("ABCDEF", [7, 55, 11, 15, 17, 26]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); put(ws, "A1", upper1, align="c")
    ws.merge_cells("A2:B2"); put(ws, "A2", upper2, bold=True, align="c")
    ws.merge_cells("A3:B3"); put(ws, "A3", "Số: " + number, align="c")
    ws.merge_cells("C1:F1"); put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c")
    ws.merge_cells("C2:F2"); put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    ws.merge_cells("C3:F3"); put(ws, "C3", date_words(date, place), italic=True, align="c")
    ws.merge_cells("A5:F5"); put(ws, "A5", title, bold=True, align="c", size=13)
    ws.row_dimensions[5].height = 36
    r = 7
    for i, h in enumerate(["STT", "Nội dung", "ĐVT", "Số lượng", "Tình hình thực hiện", "Ghi chú"], 1):
        put(ws, "%s%d" % (get_column_letter(i), r), h, bold=True, align="c", box=True, fill="E2EFDA")
    r += 1
    ws.merge_cells("A%d:F%d" % (r, r)); put(ws, "A%d" % r, head2, bold=True); r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    for k, t in enumerate(tasks, 1):
        put(ws, "A%d" % r, k, bold=True, align="c", box=True)
        put(ws, "B%d" % r, t["label"], bold=True, align="w", box=True)
        put(ws, "C%d" % r, t.get("dvt", ""), align="c", box=True)
        put(ws, "D%d" % r, t.get("qty"), bold=True, align="c", box=True, fmt="#,##0")
        put(ws, "E%d" % r, t["word"], align="c", box=True)
        put(ws, "F%d" % r, t.get("note", ""), align="w", box=True)
        ws.row_dimensions[r].height = 32
        if collapsed and t.get("rows"):
            ws.row_dimensions[r].collapsed = True
        r += 1
        for lab, dvt, q in t.get("rows", []):
            put(ws, "A%d" % r, "", box=True)
            put(ws, "B%d" % r, "- " + lab, align="w", box=True)
            put(ws, "C%d" % r, dvt, align="c", box=True)
            put(ws, "D%d" % r, q, align="c", box=True, fmt="#,##0")
            put(ws, "E%d" % r, "", box=True)
            put(ws, "F%d" % r, "", box=True)
            ws.row_dimensions[r].outlineLevel = 1
            if collapsed:
                ws.row_dimensions[r].hidden = True
            r += 1
        t["text"] = t["label"] + ": " + "; ".join("%s %s %s" % (lab, q, dvt) for lab, dvt, q in t.get("rows", []))
    for head, items in ((diff_head, diffs), (prop_head, props)):
        ws.merge_cells("A%d:F%d" % (r, r)); put(ws, "A%d" % r, head, bold=True); r += 1
        for i, x in enumerate(items, 1):
            put(ws, "A%d" % r, i, align="c")
            ws.merge_cells("B%d:F%d" % (r, r)); put(ws, "B%d" % r, x, align="w")
            ws.row_dimensions[r].height = 32
            r += 1
    r += 1
    for ln in signblock:
        ws.merge_cells("D%d:F%d" % (r, r)); put(ws, "D%d" % r, ln, bold=True, align="c"); r += 1
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fname))


# ================================================================== CONTENT
KH = ("Thực hiện Kế hoạch số 2871/KH-SKHCN ngày 05 tháng 02 năm 2026 của Sở Khoa học và Công nghệ về triển khai thực hiện "
      "Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng "
      "quốc gia năm 2026")
TITLE = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"
REC_SKHCN = ["- Sở Khoa học và Công nghệ;", "- Chi cục Tiêu chuẩn Đo lường Chất lượng;"]


def f01():
    fn = "SCT - BC ket qua thuc hien CT38 nam 2026.docx"
    E = [
        dict(task="II.1.a", status="completed", word="Hoàn thành", ind={"training_courses": 2, "participants": 186, "communications": 7},
             label="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
             lines=["Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp tập huấn về ghi nhãn hàng hóa và công bố hợp quy cho doanh nghiệp ngành công thương, với 186 lượt học viên tham dự.",
                    "Đăng tải 07 tin, bài về Chỉ thị số 38-CT/TW và Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) trên Cổng thông tin điện tử của Sở."]),
        dict(task="II.2.d", status="in_progress", word="Đang thực hiện", ind={"enterprises_supported": 14, "budget_spent_vnd": 1260000000},
             label="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến",
             lines=["Thông qua Chương trình khuyến công, hỗ trợ 14 doanh nghiệp, cơ sở công nghiệp nông thôn xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 22000 và HACCP, trong đó:",
                    ["Lĩnh vực cơ khí, điện – điện tử: 05 doanh nghiệp;", "Lĩnh vực chế biến nông sản, thực phẩm: 09 doanh nghiệp."],
                    "Kinh phí đã giải ngân: 1.260.000.000 đồng, đạt khoảng 70% dự toán năm."]),
        dict(task="II.2.đ", status="in_progress", word="Đang thực hiện", ind={},
             label="Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở",
             lines=["Đã cập nhật, công bố lại Hệ thống quản lý chất lượng áp dụng cho 96 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.",
                    "Tổ chức đánh giá nội bộ trong tháng 8/2026; đang chuẩn bị họp xem xét của lãnh đạo trong Quý IV/2026."]),
        dict(task="II.2.e", status="completed", word="Hoàn thành", ind={"standards_reviewed": 3},
             label="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia",
             lines=["Tham gia góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo (an toàn điện; an toàn hóa chất; chai chứa khí dầu mỏ hóa lỏng)."]),
        dict(task="II.5.a", status="in_progress", word="Đang thực hiện", ind={"inspections": 5, "establishments_inspected": 84, "violations": 9, "fines_vnd": 187500000},
             label="Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG)",
             lines=["Thanh tra Sở chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 05 cuộc kiểm tra tại 84 cơ sở kinh doanh, trong đó:",
                    ["Cửa hàng bán lẻ xăng dầu: 63 cơ sở;", "Cơ sở kinh doanh khí LPG chai: 21 cơ sở."],
                    "Phát hiện 09 cơ sở vi phạm (chủ yếu về đo lường và niêm yết giá), xử phạt vi phạm hành chính 187.500.000 đồng."]),
        dict(task="II.5.b", status="in_progress", word="Đang thực hiện", ind={"samples_tested": 40},
             label="Khảo sát chất lượng xăng dầu lưu thông trên thị trường",
             lines=["Lấy 40 mẫu xăng, dầu điêzen gửi thử nghiệm; 02 mẫu không đạt chỉ tiêu trị số octan, đã chuyển thông tin cho lực lượng quản lý thị trường để xử lý theo quy định."]),
        dict(task="II.6.a", status="in_progress", word="Đang thực hiện", ind={"communications": 4},
             label="Cập nhật các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA",
             lines=["Phát hành 04 bản tin chuyên đề về biện pháp TBT của các thị trường xuất khẩu chủ lực, gửi các doanh nghiệp, hiệp hội ngành hàng trên địa bàn."]),
    ]
    D = ["Lực lượng thanh tra chuyên ngành của Sở còn mỏng, trong khi địa bàn quản lý sau sắp xếp mở rộng (168 phường, xã, đặc khu), số lượng cửa hàng xăng dầu lớn.",
         "Kinh phí lấy mẫu, thử nghiệm chất lượng xăng dầu chưa được bố trí riêng, phải lồng ghép từ nguồn kinh phí hoạt động thanh tra."]
    P = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức thêm các lớp tập huấn nghiệp vụ về đo lường xăng dầu cho công chức thanh tra chuyên ngành của Sở Công Thương.",
         "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả khảo sát chất lượng hàng hóa để phục vụ công tác kiểm tra chuyên ngành."]
    hand_A(fn, "SO-CT", "Sở Công Thương", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "4127/BC-SCT", (2026, 10, 27),
           TITLE + " của Sở Công Thương",
           KH + ", Sở Công Thương báo cáo kết quả thực hiện từ ngày 01/01/2026 đến ngày 20/10/2026 như sau:", E, D, P,
           REC_SKHCN + ["- Giám đốc Sở (để b/c);", "- Lưu: VT, QLCN (Hạnh)."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lâm Quang Thiện",
           situation="Ngay sau khi nhận Kế hoạch, Sở Công Thương đã giao Phòng Quản lý Công nghiệp chủ trì, phối hợp Thanh tra Sở và Trung tâm Khuyến công triển khai các nội dung có liên quan đến chức năng, nhiệm vụ của ngành.")
    add_key(fn, "SO-CT", "Sở Công Thương", "4127/BC-SCT", (2026, 10, 27), E, D, P)


def f02():
    fn = "512-BC-SYT CT38 2026.docx"
    S = [
        B_entry("II.1.a", "completed", {"training_courses": 2, "participants": 420}, "Công tác tuyên truyền, phổ biến",
                "Sở Y tế lồng ghép nội dung về tiêu chuẩn, đo lường, chất lượng trang thiết bị y tế vào 2 hội nghị triển khai công tác quản lý trang thiết bị y tế năm 2026, với 420 đại biểu là lãnh đạo, cán bộ phụ trách của các bệnh viện, trung tâm y tế.",
                "đã hoàn thành", "Nhiệm vụ "),
        B_entry("II.3.a", "completed", {"participants": 6}, "Đào tạo, tập huấn cho công chức",
                "Sở cử 6 công chức Phòng Nghiệp vụ Dược và Thanh tra Sở tham gia lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 6/2026.",
                "Đã hoàn thành", ""),
        B_entry("II.2.đ", "completed", {}, "Áp dụng Hệ thống quản lý chất lượng",
                "Sở tiếp tục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền; đánh giá nội bộ năm 2026 được tiến hành trong tháng 9.",
                "đã hoàn thành", "Nội dung này "),
        B_entry("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý quy chuẩn kỹ thuật",
                "Theo đề nghị của Bộ Y tế, Sở đã góp ý 2 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế (máy X-quang chẩn đoán thông thường; máy chụp cắt lớp vi tính).",
                "Đã hoàn thành", ""),
        B_entry("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 142, "violations": 17, "fines_vnd": 312500000},
                "Kiểm tra chất lượng thuốc, mỹ phẩm, trang thiết bị y tế lưu thông trên thị trường",
                "Thanh tra Sở thành lập 6 đoàn kiểm tra tại 142 cơ sở kinh doanh dược, mỹ phẩm, trang thiết bị y tế; phát hiện 17 cơ sở vi phạm, xử phạt vi phạm hành chính 312,5 triệu đồng.",
                "đang tiếp tục triển khai", "Công tác kiểm tra ", " theo kế hoạch."),
        B_entry("II.5.b", "in_progress", {"samples_tested": 1150}, "Lấy mẫu kiểm tra chất lượng",
                "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm lấy 1.150 mẫu thuốc, mỹ phẩm trên thị trường để kiểm tra chất lượng; 9 mẫu không đạt tiêu chuẩn chất lượng, đã có thông báo đình chỉ lưu hành, thu hồi.",
                "Đang tiếp tục thực hiện", ""),
        B_entry("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác vi phạm",
                "Việc khen thưởng, bảo vệ người tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng:", "không phát sinh", "trong kỳ "),
    ]
    D = ["Số lượng cơ sở kinh doanh dược, mỹ phẩm, trang thiết bị y tế trên địa bàn rất lớn, trong khi lực lượng thanh tra chuyên ngành còn hạn chế.",
         "Kinh phí lấy mẫu kiểm nghiệm còn thấp so với nhu cầu thực tế."]
    P = ["Kiến nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu cảnh báo hàng hóa không bảo đảm chất lượng để Sở Y tế kịp thời tổ chức kiểm tra."]
    hand_B(fn, "Sở Y tế", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", ("SỞ Y TẾ", True, False), "--------"],
           "512/BC-SYT", (2026, 10, 24), TITLE,
           KH + ", Sở Y tế báo cáo kết quả thực hiện các nội dung liên quan đến ngành y tế như sau:", S, D, P,
           ["- Như trên;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, NVD (Bảo)."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn Vĩnh Châu")
    add_key(fn, "SO-YT", "Sở Y tế", "512/BC-SYT", (2026, 10, 24), S, D, P)


def f03():
    fn = "Bieu bao cao CT38 - So Xay dung.xlsx"
    rows = [
        ("Tuyên truyền, phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) cho doanh nghiệp vật liệu xây dựng", "Quý II/2026",
         "Tổ chức 1 hội nghị phổ biến, với 120 đại biểu của các doanh nghiệp sản xuất, kinh doanh vật liệu xây dựng", "Đã thực hiện xong", "", ""),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia lĩnh vực xây dựng", "Theo đề nghị của Bộ Xây dựng",
         "Góp ý 4 dự thảo (QCVN về sản phẩm, hàng hóa vật liệu xây dựng; TCVN về xi măng, cốt liệu, kính xây dựng)", "Đã thực hiện xong", "", ""),
        ("Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở", "Năm 2026",
         "Cập nhật quy trình theo bộ thủ tục hành chính mới công bố; đánh giá nội bộ tháng 7/2026", "Đang tiếp tục thực hiện",
         "Bộ thủ tục hành chính thay đổi nhiều lần sau sắp xếp, phải cập nhật quy trình liên tục", ""),
        ("Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông trên thị trường", "Quý II - Quý IV/2026",
         "Kiểm tra 4 đợt tại 37 cơ sở kinh doanh VLXD; 5 cơ sở vi phạm về ghi nhãn, công bố hợp quy; xử phạt 62.500.000đ", "Đang tiếp tục thực hiện",
         "Lực lượng thanh tra chuyên ngành mỏng, địa bàn rộng sau sắp xếp đơn vị hành chính",
         "Đề nghị Chi cục TĐC phối hợp kiểm tra liên ngành đối với thép, kính xây dựng nhập khẩu"),
        ("Khảo sát, lấy mẫu vật liệu xây dựng thử nghiệm chất lượng", "Quý III/2026",
         "Lấy 24 mẫu (thép cốt bê tông, xi măng, gạch ốp lát) thử nghiệm; 2 mẫu không đạt", "Đã thực hiện xong",
         "Chi phí thử nghiệm mẫu cao, chưa có định mức riêng", "Đề nghị Sở Tài chính bố trí kinh phí lấy mẫu, thử nghiệm VLXD năm 2027"),
        ("Cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng", "Thường xuyên", "", "Không có phát sinh", "", ""),
    ]
    tasks = [("II.1.a", "completed", {"training_courses": 1, "participants": 120}),
             ("II.2.e", "completed", {"standards_reviewed": 4}),
             ("II.2.đ", "in_progress", {}),
             ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 37, "violations": 5, "fines_vnd": 62500000}),
             ("II.5.b", "completed", {"samples_tested": 24}),
             ("II.6.a", "not_applicable", {})]
    hand_C(fn, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG", "1893/BC-SXD", (2026, 10, 29), "TP. Hồ Chí Minh",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", rows,
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Huỳnh Thanh Khiết"])
    E = [dict(task=t, status=s, ind=i, text=r[0] + ": " + (r[2] or r[3])) for (t, s, i), r in zip(tasks, rows)]
    D = [r[4] for r in rows if r[4]]
    P = [r[5] for r in rows if r[5]]
    add_key(fn, "SO-XD", "Sở Xây dựng", "1893/BC-SXD", (2026, 10, 29), E, D, P)


def f04():
    fn = "SNNMT_bieu KQ CT38_2026.xlsx"
    T = [
        dict(task="II.1.a", status="completed", ind={"communications": 12, "training_courses": 3, "participants": 210},
             label="Tuyên truyền, tập huấn về tiêu chuẩn, đo lường, chất lượng vật tư nông nghiệp", word="Hoàn thành",
             rows=[("Tin, bài tuyên truyền", "tin, bài", 12), ("Lớp tập huấn cho nông dân, doanh nghiệp", "lớp", 3), ("Người tham dự tập huấn", "người", 210)]),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 23, "budget_spent_vnd": 415000000},
             label="Hỗ trợ áp dụng truy xuất nguồn gốc nông sản, thực phẩm (Đề án 100)", word="Đang triển khai",
             rows=[("HTX, doanh nghiệp được hướng dẫn áp dụng truy xuất nguồn gốc", "đơn vị", 23), ("Kinh phí hỗ trợ đã giải ngân", "đồng", 415000000)]),
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 5},
             label="Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường", word="Hoàn thành",
             rows=[("Dự thảo quy chuẩn, tiêu chuẩn đã góp ý", "dự thảo", 5)]),
        dict(task="II.2.đ", status="completed", ind={}, label="Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở", word="Hoàn thành",
             note="Đã đánh giá nội bộ, xem xét lãnh đạo"),
        dict(task="II.5.a", status="in_progress", ind={"inspections": 7, "establishments_inspected": 96, "violations": 11, "fines_vnd": 238000000},
             label="Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi", word="Đang triển khai",
             rows=[("Cuộc kiểm tra", "cuộc", 7), ("Cơ sở được kiểm tra", "cơ sở", 96), ("Cơ sở vi phạm", "cơ sở", 11), ("Tiền xử phạt VPHC", "đồng", 238000000)]),
        dict(task="II.5.b", status="in_progress", ind={"samples_tested": 125}, dvt="mẫu", qty=125,
             label="Lấy mẫu kiểm tra chất lượng vật tư nông nghiệp", word="Đang triển khai",
             rows=[("Mẫu phân bón", "mẫu", 85), ("Mẫu thức ăn chăn nuôi", "mẫu", 40)]),
    ]
    D = ["Nhiều cơ sở buôn bán phân bón nhỏ lẻ, không đăng ký kinh doanh, khó quản lý.",
         "Kinh phí lấy mẫu kiểm tra chất lượng chưa đáp ứng yêu cầu."]
    P = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu phân bón của Chi cục Tiêu chuẩn Đo lường Chất lượng."]
    hand_E(fn, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "3675/BC-SNNMT", (2026, 10, 30), "TP. Hồ Chí Minh",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", T, D, P,
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Văn Sáu"], collapsed=False)
    add_key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3675/BC-SNNMT", (2026, 10, 30), T, D, P)


def f05():
    fn = "BC 3318 SGDDT ve CT38.docx"
    E = [
        dict(task="II.1.a", status="in_progress", word="Đang thực hiện", ind={"communications": 5},
             label="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong ngành giáo dục",
             lines=["Đăng tải 05 tin, bài trên Cổng thông tin điện tử của Sở; triển khai văn bản hướng dẫn đến các cơ sở giáo dục trực thuộc."]),
        dict(task="II.3.d", status="in_progress", word="Đang thực hiện", ind={"training_courses": 3, "participants": 615},
             label="Bồi dưỡng về tiêu chuẩn, đo lường, chất lượng tại các trường cao đẳng, trung cấp",
             lines=["Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 buổi chuyên đề về tiêu chuẩn, quy chuẩn, năng suất chất lượng, mã số mã vạch và truy xuất nguồn gốc cho viên chức, học sinh, sinh viên 04 trường cao đẳng, trung cấp.",
                    "Tổng số 615 lượt người tham dự."]),
        dict(task="II.3.a", status="completed", word="Hoàn thành", ind={"participants": 4},
             label="Cử công chức tham gia tập huấn nghiệp vụ",
             lines=["Cử 04 công chức Phòng Kế hoạch – Tài chính và Phòng Giáo dục nghề nghiệp tham dự lớp bồi dưỡng nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 5/2026."]),
        dict(task="II.2.đ", status="completed", word="Hoàn thành", ind={},
             label="Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
             lines=["Đã rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính; hoàn thành đánh giá nội bộ và xem xét của lãnh đạo trong tháng 9/2026."]),
        dict(task="II.5.a", status="completed", word="Hoàn thành", ind={"inspections": 2, "establishments_inspected": 26},
             label="Kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em",
             lines=["Thành lập 02 đoàn kiểm tra việc chấp hành quy định về chất lượng thiết bị dạy học, đồ chơi trẻ em tại 26 cơ sở giáo dục mầm non, phổ thông."]),
    ]
    D = ["Một số cơ sở giáo dục chưa có cán bộ am hiểu về tiêu chuẩn, quy chuẩn kỹ thuật đối với thiết bị dạy học, đồ chơi trẻ em."]
    P = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền về tiêu chuẩn, đo lường, chất lượng phù hợp với học sinh, sinh viên.",
         "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ báo cáo viên cho các buổi chuyên đề tại các trường cao đẳng, trung cấp năm 2027."]
    hand_A(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3318/BC-SGDĐT", (2026, 10, 30),
           TITLE, KH + ", Sở Giáo dục và Đào tạo báo cáo như sau:", E, D, P,
           ["- Sở Khoa học và Công nghệ;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KHTC."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Thụy Mỵ Châu")
    add_key(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3318/BC-SGDĐT", (2026, 10, 30), E, D, P)


def f06():
    fn = "STP_BC1765_CT38.docx"
    S = [
        B_entry("II.1.a", "completed", {"training_courses": 4, "participants": 530, "communications": 9}, "Phổ biến, giáo dục pháp luật",
                "Lồng ghép phổ biến Luật Chất lượng sản phẩm, hàng hóa và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật tại 4 hội nghị phổ biến pháp luật cho cán bộ, công chức và doanh nghiệp, với 530 đại biểu tham dự; đăng 9 tin, bài trên Trang thông tin phổ biến, giáo dục pháp luật Thành phố.",
                "Đã hoàn thành", ""),
        B_entry("II.2.c", "completed", {}, "Thẩm định, góp ý văn bản quy phạm pháp luật",
                "Thẩm định 2 dự thảo quyết định quy phạm pháp luật của Ủy ban nhân dân Thành phố có nội dung liên quan đến quản lý chất lượng sản phẩm, hàng hóa.",
                "Đã hoàn thành", ""),
        B_entry("II.5.d", "in_progress", {"inspections": 3}, "Theo dõi thi hành pháp luật về xử lý vi phạm hành chính",
                "Tổ chức 3 cuộc kiểm tra công tác thi hành pháp luật về xử lý vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng tại Ủy ban nhân dân các phường Bến Thành, Chợ Lớn, Gia Định.",
                "Đang tiếp tục thực hiện", ""),
        B_entry("II.2.đ", "in_progress", {}, "Hệ thống quản lý chất lượng",
                "Sở đang chuyển đổi Hệ thống quản lý chất lượng sang môi trường điện tử (ISO điện tử), dự kiến hoàn thành trong tháng 12/2026.",
                "Đang thực hiện", ""),
        B_entry("II.6.a", "not_applicable", {}, "Cập nhật điều ước quốc tế",
                "Việc rà soát điều ước quốc tế liên quan lĩnh vực tiêu chuẩn, đo lường, chất lượng:", "không phát sinh", "trong kỳ "),
        B_entry("II.3.a", "not_started", {}, "Tập huấn nghiệp vụ cho công chức",
                "Sở chưa cử công chức tham gia các lớp tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do chưa nhận được thông báo chiêu sinh.",
                "Chưa thực hiện", ""),
    ]
    D = ["Văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) chưa được ban hành đầy đủ nên việc hướng dẫn áp dụng tại địa phương còn lúng túng."]
    P = ["Đề nghị Sở Khoa học và Công nghệ thông báo sớm kế hoạch các lớp tập huấn năm 2027 để các sở, ngành chủ động cử công chức tham gia.",
         "Đề nghị cung cấp tài liệu hỏi – đáp về Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) để phục vụ công tác phổ biến pháp luật."]
    hand_B(fn, "Sở Tư pháp", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", ("SỞ TƯ PHÁP", True, False), "--------"],
           "1765/BC-STP", (2026, 10, 28), TITLE,
           KH + ", Sở Tư pháp báo cáo kết quả thực hiện như sau:", S, D, P,
           ["- Sở Khoa học và Công nghệ;", "- Ban Giám đốc Sở;", "- Lưu: VT, XLVPHC."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phạm Thị Hồng Loan")
    add_key(fn, "SO-TP", "Sở Tư pháp", "1765/BC-STP", (2026, 10, 28), S, D, P)


def f07():
    fn = "TTTP - tong hop KQ CT38 2026.xlsx"
    rows = [
        ("Phối hợp kiểm tra liên ngành hàng hóa dịp Tết Nguyên đán Bính Ngọ 2026", "Tháng 01-02/2026",
         "2 đoàn, kiểm tra 28 cơ sở; 6 cơ sở vi phạm; xử phạt 94.500.000đ", "Đã thực hiện xong", "",
         "Đề nghị duy trì cơ chế phối hợp kiểm tra liên ngành vào dịp cao điểm cuối năm"),
        ("Tiếp nhận, xử lý đơn tố cáo, phản ánh liên quan lĩnh vực TĐC; bảo vệ người tố giác", "Thường xuyên",
         "Tiếp nhận 4 đơn, đã giải quyết 3 đơn, 1 đơn đang xác minh", "Đang tiếp tục thực hiện",
         "Một số đơn nặc danh, thông tin không rõ ràng, khó xác minh", ""),
        ("Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng, tiêu cực trong lĩnh vực TĐC", "Quý III - IV/2026",
         "Triển khai 1 cuộc thanh tra tại Chi cục Tiêu chuẩn Đo lường Chất lượng; đang dự thảo kết luận", "Đang tiếp tục thực hiện", "", ""),
        ("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015", "Năm 2026", "Cập nhật danh mục tài liệu, quy trình", "Đang tiếp tục thực hiện", "", ""),
        ("Cử cán bộ tham gia tập huấn nghiệp vụ TĐC", "Tháng 6/2026", "Cử 3 thanh tra viên tham dự", "Đã thực hiện xong", "", ""),
        ("Nâng cao năng suất khu vực công", "", "", "Chưa triển khai", "Chưa có hướng dẫn cụ thể về nội dung, tiêu chí",
         "Đề nghị Sở KH&CN hướng dẫn nội dung, tiêu chí để triển khai"),
    ]
    hand_C(fn, "UBND THÀNH PHỐ HỒ CHÍ MINH", "THANH TRA THÀNH PHỐ", "946/BC-TTTP", (2026, 10, 31), "Thành phố Hồ Chí Minh",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (các nội dung có liên quan)", rows,
           ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "", "", "", "Đoàn Văn Trí"], sheet="Sheet1")
    E = [dict(task="II.5.a", status="completed", ind={"inspections": 2, "establishments_inspected": 28, "violations": 6, "fines_vnd": 94500000},
              text=rows[0][0] + ": " + rows[0][2]),
         dict(task="II.5.d", status="in_progress", ind={"inspections": 1}, text=rows[1][2] + "; " + rows[2][2]),
         dict(task="II.2.đ", status="in_progress", ind={}, text=rows[3][0]),
         dict(task="II.3.a", status="completed", ind={"participants": 3}, text=rows[4][2]),
         dict(task="II.6.b", status="not_started", ind={}, text=rows[5][0])]
    D = [r[4] for r in rows if r[4]]
    P = [r[5] for r in rows if r[5]]
    add_key(fn, "THANHTRA-TP", "Thanh tra Thành phố", "946/BC-TTTP", (2026, 10, 31), E, D, P)


def f08():
    fn = "SATTP - Bieu CT38 (9 thang).xlsx"
    T = [
        dict(task="II.1.a", status="completed", ind={"training_courses": 6, "participants": 742, "communications": 25},
             label="Tuyên truyền, tập huấn về ghi nhãn, tự công bố sản phẩm thực phẩm", word="Hoàn thành",
             rows=[("Lớp tập huấn", "lớp", 6), ("Người tham dự", "lượt", 742), ("Tin, bài tuyên truyền", "tin", 25)]),
        dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 18},
             label="Hỗ trợ doanh nghiệp thực phẩm áp dụng HACCP, ISO 22000", word="Đang triển khai",
             rows=[("Doanh nghiệp được hỗ trợ, hướng dẫn", "DN", 18)]),
        dict(task="II.2.đ", status="in_progress", ind={}, label="Xây dựng HTQLCL theo TCVN ISO 9001:2015 tại Sở", word="Đang triển khai",
             note="Sở mới thành lập, đang xây dựng quy trình"),
        dict(task="II.5.a", status="in_progress", ind={"inspections": 12, "establishments_inspected": 318, "violations": 41, "fines_vnd": 856500000},
             label="Kiểm tra chất lượng, ghi nhãn thực phẩm lưu thông trên thị trường", word="Đang triển khai",
             rows=[("Cuộc kiểm tra", "cuộc", 12), ("Cơ sở được kiểm tra", "cơ sở", 318), ("Cơ sở vi phạm", "cơ sở", 41), ("Tiền phạt", "đồng", 856500000)]),
        dict(task="II.5.b", status="in_progress", ind={"samples_tested": 2460},
             label="Lấy mẫu thực phẩm giám sát, kiểm nghiệm", word="Đang triển khai",
             rows=[("Mẫu thực phẩm đã kiểm nghiệm", "mẫu", 2460)]),
        dict(task="II.2.e", status="not_applicable", ind={}, label="Góp ý dự thảo QCVN về thực phẩm", word="Không phát sinh",
             note="Bộ Y tế chưa gửi dự thảo"),
    ]
    D = ["Lực lượng kiểm tra của Sở mới được kiện toàn, chưa ổn định."]
    P = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tập huấn về nhãn hàng hóa cho công chức của Sở."]
    hand_E(fn, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "728/BC-SATTP", (2026, 10, 27), "Thành phố Hồ Chí Minh",
           "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026\n(Số liệu từ 01/01/2026 đến 30/9/2026)", T, D, P,
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Phạm Khánh Phong Lan"], collapsed=True)
    add_key(fn, "SO-ATTP", "Sở An toàn thực phẩm", "728/BC-SATTP", (2026, 10, 27), T, D, P)


def f09():
    fn = "SNV bao cao CT38-2026.docx"
    E = [
        dict(task="II.3.c", status="in_progress", word="Đang thực hiện", ind={},
             label="Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng",
             lines=["Tham mưu Ủy ban nhân dân Thành phố ban hành Quyết định số 05/2026/QĐ-UBND quy định về thu hút chuyên gia, nhà khoa học và người có tài năng đặc biệt.",
                    "Đang phối hợp Sở Khoa học và Công nghệ thẩm định hồ sơ đề xuất thu hút chuyên gia lĩnh vực đo lường."]),
        dict(task="II.3.a", status="completed", word="Hoàn thành", ind={"training_courses": 2, "participants": 312},
             label="Bồi dưỡng kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã",
             lines=["Phối hợp Sở Khoa học và Công nghệ mở 02 lớp bồi dưỡng cho công chức phòng Kinh tế các phường, xã, đặc khu, với 312 học viên."]),
        dict(task="II.6.b", status="in_progress", word="Đang thực hiện", ind={"training_courses": 1, "participants": 85},
             label="Nâng cao năng suất khu vực công",
             lines=["Tổ chức 01 hội thảo chuyên đề về đo lường, cải tiến năng suất trong cơ quan hành chính nhà nước, có 85 đại biểu tham dự.",
                    "Đang xây dựng bộ tiêu chí đánh giá năng suất để tích hợp vào Chỉ số cải cách hành chính."]),
        dict(task="II.2.đ", status="in_progress", word="Đang thực hiện", ind={},
             label="Theo dõi việc áp dụng Hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước",
             lines=["Lồng ghép nội dung kiểm tra việc áp dụng, duy trì Hệ thống quản lý chất lượng trong kế hoạch kiểm tra cải cách hành chính năm 2026 tại 12 sở, ngành và 20 Ủy ban nhân dân phường, xã.",
                    "Kết quả sẽ được tổng hợp trong báo cáo cải cách hành chính năm 2026."]),
    ]
    D = ["Chưa có hướng dẫn thống nhất về bộ chỉ số đo lường năng suất khu vực công."]
    P = ["Đề nghị Sở Khoa học và Công nghệ sớm hướng dẫn phương pháp đo lường năng suất khu vực công để áp dụng thí điểm năm 2027."]
    hand_A(fn, "SO-NV", "Sở Nội vụ", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "2984/BC-SNV", (2026, 10, 26),
           TITLE, KH + ", Sở Nội vụ báo cáo các nội dung được giao phối hợp như sau:", E, D, P,
           ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, CCHC."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Võ Ngọc Quốc Thuận", place="Thành phố Hồ Chí Minh")
    add_key(fn, "SO-NV", "Sở Nội vụ", "2984/BC-SNV", (2026, 10, 26), E, D, P)


def f10():
    fn = "SVHTT_BC chuyen doi so Q3-2026.docx"
    S = [
        dict(label="Hạ tầng số", paras=[[("100% máy tính tại cơ quan Sở và các đơn vị trực thuộc được kết nối mạng truyền số liệu chuyên dùng; nâng cấp đường truyền internet cho 12 đơn vị sự nghiệp. ", False, False), ("Đã hoàn thành", False, False, True), (".", False, False)]]),
        dict(label="Dịch vụ công trực tuyến", paras=[[("Trong quý, Sở tiếp nhận 3.482 hồ sơ trực tuyến toàn trình, đạt tỷ lệ 96,3% tổng số hồ sơ; 100% kết quả giải quyết được trả trên Cổng dịch vụ công. ", False, False), ("Đang tiếp tục thực hiện", False, False, True), (".", False, False)]]),
        dict(label="Dữ liệu số ngành văn hóa, thể thao", paras=[[("Hoàn thành số hóa 12.650 hồ sơ di tích, hiện vật bảo tàng; xây dựng cơ sở dữ liệu vận động viên thành tích cao. ", False, False), ("Đang thực hiện", False, False, True), (".", False, False)]]),
        dict(label="Kỹ năng số", paras=[[("Tổ chức 2 lớp tập huấn kỹ năng số, an toàn thông tin cho 140 công chức, viên chức. ", False, False), ("Đã hoàn thành", False, False, True), (".", False, False)]]),
    ]
    D = ["Một số phần mềm chuyên ngành do Bộ triển khai chưa kết nối, chia sẻ dữ liệu với hệ thống của Thành phố.",
         "Nhân lực công nghệ thông tin tại các đơn vị sự nghiệp còn thiếu."]
    P = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối Hệ thống thông tin giải quyết thủ tục hành chính với phần mềm chuyên ngành văn hóa."]
    hand_B(fn, "Sở Văn hóa và Thể thao", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", ("SỞ VĂN HÓA VÀ THỂ THAO", True, False), "--------"],
           "2210/BC-SVHTT", (2026, 10, 5), "Tình hình thực hiện nhiệm vụ chuyển đổi số Quý III năm 2026",
           "Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ và chỉ đạo của Ủy ban nhân dân Thành phố về chuyển đổi số, Sở Văn hóa và Thể thao báo cáo tình hình thực hiện nhiệm vụ chuyển đổi số Quý III năm 2026 như sau:",
           S, D, P, ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, VP (Bảo)."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Ánh Hoa",
           head1="I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ QUÝ III/2026")
    add_key(fn, "SO-VHTT", "Sở Văn hóa và Thể thao", "2210/BC-SVHTT", (2026, 10, 5), [], [], [], status="rejected",
            reason="Không phải báo cáo thực hiện Kế hoạch CT38 (tiêu chuẩn, đo lường, chất lượng): đây là báo cáo tình hình chuyển đổi số Quý III/2026 của Sở Văn hóa và Thể thao, gửi nhầm.")


def f11():
    fn = "Phuong Bay Hien - BC CT38.docx"
    E = [
        dict(task="II.1.a", status="in_progress", ind={"communications": 6}, topic="về công tác tuyên truyền",
             body="Ủy ban nhân dân phường chỉ đạo Phòng Văn hóa – Xã hội phối hợp Ban điều hành các khu phố đăng tải 6 tin, bài về tiêu chuẩn, đo lường, chất lượng và quyền lợi người tiêu dùng trên trang thông tin điện tử phường và các nhóm Zalo khu phố; nội dung này phường đang tiếp tục thực hiện thường xuyên."),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 46, "violations": 4, "fines_vnd": 6500000, "instruments_verified": 2},
             topic="về kiểm tra đo lường tại các chợ theo phân cấp",
             body="Phòng Kinh tế phối hợp Ban quản lý chợ tổ chức kiểm tra 3 đợt đối với 46 hộ kinh doanh tại các chợ trên địa bàn, phát hiện 4 trường hợp sử dụng cân có sai số vượt mức cho phép, xử phạt 6,5 triệu đồng; đồng thời duy trì và kiểm định 2 cân đối chứng đặt tại chợ. Hiện phường đang tiếp tục thực hiện."),
        dict(task="II.3.a", status="completed", ind={"participants": 2}, topic="về bồi dưỡng nghiệp vụ",
             body="Phường đã cử 2 công chức Phòng Kinh tế tham dự lớp bồi dưỡng nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ phối hợp Sở Nội vụ tổ chức; nội dung này phường đã thực hiện xong."),
        dict(task="II.2.đ", status="in_progress", ind={}, topic="về Hệ thống quản lý chất lượng",
             body="Ủy ban nhân dân phường đang rà soát, xây dựng lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính sau sắp xếp, hiện đang thực hiện."),
        dict(task="II.5.d", status="not_applicable", ind={}, topic="về khen thưởng, bảo vệ người tố giác",
             body="Trong kỳ, trên địa bàn phường không phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."),
    ]
    D = ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu.",
         "Phường chưa có kinh phí để mua sắm, thay thế cân đối chứng tại các chợ."]
    P = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị thêm cân đối chứng cho các chợ trên địa bàn phường."]
    hand_D(fn, "Phường Bảy Hiền", "PHƯỜNG BẢY HIỀN", "412/BC-UBND", (2026, 10, 22), "Bảy Hiền",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
           "Thực hiện Công văn số 3015/SKHCN-TĐC ngày 28/9/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bảy Hiền báo cáo như sau:",
           "Trên địa bàn phường có 3 chợ truyền thống, 11 cửa hàng xăng dầu và trên 2.000 hộ kinh doanh. Ủy ban nhân dân phường đã giao Phòng Kinh tế làm đầu mối theo dõi, tham mưu thực hiện các nội dung về tiêu chuẩn, đo lường, chất lượng được phân cấp.",
           E, D, P, ["- Sở Khoa học và Công nghệ;", "- TT. Đảng ủy, HĐND phường;", "- Lưu: VT, KT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Hoàng Phúc")
    add_key(fn, "26983", "Phường Bảy Hiền", "412/BC-UBND", (2026, 10, 22), E, D, P)


def f12():
    fn = "BC CT38 xa Thai My.docx"
    E = [
        dict(task="II.1.a", status="completed", ind={"communications": 12}, topic="về công tác tuyên truyền",
             body="Đài truyền thanh xã phát 12 tin về quy định ghi nhãn hàng hóa, đo lường trong mua bán và chất lượng vật tư nông nghiệp; xã đã thực hiện xong kế hoạch tuyên truyền năm 2026."),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 9, "violations": 1},
             topic="về phối hợp kiểm tra trên địa bàn",
             body="Phòng Kinh tế phối hợp Đội Quản lý thị trường số 11 kiểm tra 2 cuộc tại 9 cửa hàng xăng dầu và đại lý phân bón, phát hiện 1 cơ sở vi phạm về ghi nhãn, đã lập biên bản chuyển cơ quan có thẩm quyền xử lý. Nội dung này đang tiếp tục thực hiện trong Quý IV."),
        dict(task="II.2.đ", status="not_started", ind={}, topic="về Hệ thống quản lý chất lượng",
             body="Xã chưa triển khai xây dựng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 do chưa bố trí được kinh phí thuê tư vấn."),
        dict(task="II.3.a", status="completed", ind={"participants": 1}, topic="về tập huấn",
             body="Xã cử 1 công chức tham dự lớp tập huấn trực tuyến về nhãn hàng hóa do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức, đã thực hiện xong."),
    ]
    D = ["Địa bàn xã rộng, các cửa hàng xăng dầu, đại lý vật tư nông nghiệp nằm phân tán.",
         "Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    P = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn quy trình xây dựng Hệ thống quản lý chất lượng cho cấp xã.",
         "Đề nghị tổ chức tập huấn trực tiếp theo cụm xã để công chức thuận tiện tham gia."]
    hand_D(fn, "Xã Thái Mỹ", "XÃ THÁI MỸ", "156/BC-UBND", (2026, 10, 19), "Thái Mỹ",
           "Kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã",
           "Thực hiện Công văn số 3015/SKHCN-TĐC ngày 28/9/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Thái Mỹ báo cáo kết quả như sau:",
           "Xã Thái Mỹ là xã nông nghiệp, trên địa bàn có 4 cửa hàng xăng dầu, 7 đại lý phân bón, thuốc bảo vệ thực vật và 1 chợ. Công tác quản lý về tiêu chuẩn, đo lường, chất lượng do Phòng Kinh tế tham mưu.",
           E, D, P, ["- Sở Khoa học và Công nghệ;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn Sang")
    add_key(fn, "27526", "Xã Thái Mỹ", "156/BC-UBND", (2026, 10, 19), E, D, P)


def f13():
    fn = "Chanh Hiep_bao cao CT38.xlsx"
    rows = [
        ("Tuyên truyền về đo lường, chất lượng trên trang thông tin điện tử, Zalo khu phố", "Thường xuyên",
         "Đăng 8 tin bài; phát 2 đợt trên loa lưu động", "Đang tiếp tục thực hiện", "", ""),
        ("Kiểm tra đo lường tại chợ Chánh Hiệp (nội dung phân cấp)", "Quý I - III/2026",
         "Kiểm tra 3 đợt, 54 hộ kinh doanh; 7 trường hợp cân sai, xử phạt 10.500.000đ; kiểm định 2 cân đối chứng", "Đang tiếp tục thực hiện",
         "Tiểu thương sử dụng cân không rõ nguồn gốc, tái phạm nhiều", "Đề nghị Chi cục TĐC hỗ trợ kiểm định cân miễn phí cho tiểu thương"),
        ("Xây dựng, áp dụng HTQLCL ISO 9001:2015 tại UBND phường", "Năm 2026",
         "Đã ban hành chính sách, mục tiêu chất lượng; đang xây dựng quy trình", "Đang tiếp tục thực hiện",
         "Phường mới thành lập, công chức phụ trách ISO kiêm nhiệm nhiều việc", ""),
        ("Cử công chức dự tập huấn nghiệp vụ quản lý TĐC", "Tháng 5/2026", "Cử 2 công chức Phòng Kinh tế", "Đã thực hiện xong", "", ""),
        ("Khen thưởng, bảo vệ người tố giác vi phạm", "", "", "Không có phát sinh", "", ""),
    ]
    hand_C(fn, "ỦY BAN NHÂN DÂN", "PHƯỜNG CHÁNH HIỆP", "245/BC-UBND", (2026, 10, 20), "Chánh Hiệp",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường", rows,
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Thị Kim Yến"])
    tasks = [("II.1.a", "in_progress", {"communications": 8}),
             ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 54, "violations": 7, "fines_vnd": 10500000, "instruments_verified": 2}),
             ("II.2.đ", "in_progress", {}),
             ("II.3.a", "completed", {"participants": 2}),
             ("II.5.d", "not_applicable", {})]
    E = [dict(task=t, status=s, ind=i, text=r[0] + ": " + (r[2] or r[3])) for (t, s, i), r in zip(tasks, rows)]
    D = [r[4] for r in rows if r[4]]
    P = [r[5] for r in rows if r[5]]
    add_key(fn, "25771", "Phường Chánh Hiệp", "245/BC-UBND", (2026, 10, 20), E, D, P)


def f14():
    fn = "UBND P Long Huong - BC CT38 nam 2026.docx"
    E = [
        dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 75, "communications": 4},
             topic="về tuyên truyền, phổ biến",
             body="Phường tổ chức 1 hội nghị phổ biến quy định về nhãn hàng hóa, mã số mã vạch cho 75 đại diện hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn và đăng 4 tin bài trên trang thông tin điện tử phường; nội dung này phường đã hoàn thành."),
        dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 31, "violations": 3, "fines_vnd": 4500000},
             topic="về kiểm tra hàng hóa theo phân cấp",
             body="Tổ kiểm tra liên ngành phường kiểm tra 2 đợt tại 31 cơ sở kinh doanh tạp hóa, phát hiện 3 cơ sở kinh doanh hàng hóa không có nhãn theo quy định, xử phạt 4.500.000 đồng; phường đang tiếp tục thực hiện trong các tháng cuối năm."),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 5}, topic="về truy xuất nguồn gốc",
             body="Phòng Kinh tế hướng dẫn 5 cơ sở sản xuất, chế biến nông sản đăng ký mã số mã vạch và tham gia hệ thống truy xuất nguồn gốc của Thành phố; hiện đang tiếp tục hướng dẫn thêm các cơ sở khác."),
        dict(task="II.2.đ", status="completed", ind={}, topic="về Hệ thống quản lý chất lượng",
             body="Ủy ban nhân dân phường đã hoàn thành xây dựng và công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/8/2026."),
    ]
    D = ["Hộ kinh doanh nhỏ lẻ chưa nắm rõ quy định về ghi nhãn hàng hóa."]
    P = ["Đề nghị Sở Khoa học và Công nghệ cấp phát tờ gấp, tài liệu tuyên truyền về nhãn hàng hóa cho phường."]
    hand_D(fn, "Phường Long Hương", "PHƯỜNG LONG HƯƠNG", "89/BC-UBND", (2026, 11, 3), "Long Hương",
           "Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)",
           "Thực hiện Công văn số 3015/SKHCN-TĐC ngày 28/9/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Long Hương báo cáo như sau:",
           "Ủy ban nhân dân phường đã ban hành kế hoạch thực hiện tại phường, phân công Phòng Kinh tế chủ trì, phối hợp Công an phường và Ban điều hành các khu phố tổ chức thực hiện.",
           E, D, P, ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, KT (Đức)."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Võ Thị Thanh Hằng")
    add_key(fn, "26566", "Phường Long Hương", "89/BC-UBND", (2026, 11, 3), E, D, P)


def f15():
    fn = "PTH - bieu PCCC 9T2026.xlsx"
    T = [
        dict(label="Tuyên truyền, phổ biến kiến thức PCCC và CNCH", word="Hoàn thành",
             rows=[("Buổi tuyên truyền", "buổi", 14), ("Lượt người tham dự", "lượt", 1260)]),
        dict(label="Kiểm tra an toàn PCCC đối với cơ sở thuộc diện quản lý", word="Đang triển khai",
             rows=[("Cơ sở được kiểm tra", "cơ sở", 85), ("Cơ sở vi phạm", "cơ sở", 6), ("Tiền phạt", "đồng", 27500000)]),
        dict(label="Thực tập phương án chữa cháy tại khu dân cư", word="Đang triển khai", rows=[("Cuộc thực tập", "cuộc", 9)]),
        dict(label="Xây dựng mô hình \"Tổ liên gia an toàn PCCC\"", word="Hoàn thành", rows=[("Tổ được thành lập", "tổ", 42)]),
        dict(label="Vụ cháy xảy ra trên địa bàn", word="", rows=[("Số vụ", "vụ", 2)], note="Không thiệt hại về người"),
    ]
    D = ["Nhiều nhà ở kết hợp kinh doanh trong hẻm nhỏ, xe chữa cháy khó tiếp cận."]
    P = ["Đề nghị Công an Thành phố hỗ trợ trang bị thêm phương tiện chữa cháy ban đầu cho các tổ liên gia."]
    hand_E(fn, "ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ THỌ HÒA", "301/BC-UBND", (2026, 10, 10), "Phú Thọ Hòa",
           "BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ 9 THÁNG NĂM 2026", T, D, P,
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lý Minh Tâm"], collapsed=True, sheet="PCCC 9T")
    add_key(fn, "27022", "Phường Phú Thọ Hòa", "301/BC-UBND", (2026, 10, 10), [], [], [], status="rejected",
            reason="Không phải báo cáo thực hiện Kế hoạch CT38: đây là biểu báo cáo công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ 9 tháng năm 2026 của phường, gửi nhầm.")


def f16():
    fn = "P.KTPC - BC thuc hien KH CT38.docx"
    E = [
        dict(task="II.2.c", status="completed", word="Hoàn thành", ind={},
             label="Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
             lines=["Phối hợp Chi cục góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và 01 dự thảo Thông tư về đo lường theo đề nghị của Bộ Khoa học và Công nghệ."]),
        dict(task="II.5.a", status="in_progress", word="Đang thực hiện", ind={"inspections": 4, "establishments_inspected": 52, "violations": 8},
             label="Phối hợp kiểm tra sản phẩm, hàng hóa lưu thông trên thị trường",
             lines=["Cử công chức tham gia 04 đoàn kiểm tra liên ngành do Chi cục chủ trì; kiểm tra 52 cơ sở sản xuất, kinh doanh, phát hiện 08 cơ sở vi phạm."]),
        dict(task="II.5.d", status="in_progress", word="Đang thực hiện", ind={"violations": 15, "fines_vnd": 276500000},
             label="Xử lý vi phạm hành chính, tiếp nhận tố giác",
             lines=["Thẩm định, trình Giám đốc Sở ban hành 15 quyết định xử phạt vi phạm hành chính đối với 15 tổ chức, cá nhân vi phạm; tổng số tiền phạt 276.500.000 đồng.",
                    "Trong kỳ không nhận được đơn tố giác hành vi vi phạm."]),
        dict(task="II.4.b", status="in_progress", word="Đang thực hiện", ind={"instruments_verified": 6},
             label="Rà soát, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ",
             lines=["Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP; phối hợp Chi cục gửi hiệu chuẩn 06 thiết bị (cân kỹ thuật, bộ quả cân chuẩn, bình chuẩn kim loại)."]),
        dict(task="II.5.b", status="not_applicable", word="Không phát sinh", ind={},
             label="Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
             lines=["Trong kỳ Chi cục chưa đề nghị Phòng cử người phối hợp."]),
        dict(task="II.5.c", status="in_progress", word="Đang thực hiện", ind={},
             label="Hướng dẫn Ủy ban nhân dân phường, xã thực hiện nội dung được phân quyền",
             lines=["Trả lời 11 văn bản xin ý kiến của Ủy ban nhân dân phường, xã về thẩm quyền xử phạt vi phạm hành chính trong lĩnh vực đo lường, chất lượng."]),
    ]
    D = ["Nhiều vụ việc vi phạm có tính chất phức tạp, phải xác minh, trưng cầu giám định nên thời hạn ban hành quyết định xử phạt bị kéo dài.",
         "Một số thiết bị kỹ thuật nghiệp vụ đã cũ, độ chính xác không còn bảo đảm."]
    P = ["Đề nghị Văn phòng Sở bố trí kinh phí năm 2027 để thay thế 02 bộ cân kỹ thuật phục vụ kiểm tra.",
         "Đề nghị Chi cục gửi kế hoạch kiểm tra hằng quý trước 10 ngày để Phòng chủ động bố trí nhân sự."]
    hand_A(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "57/BC-KTPC", (2026, 10, 29),
           "Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Căn cứ Kế hoạch số 2871/KH-SKHCN ngày 05/02/2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Phòng Kiểm tra – Pháp chế báo cáo Chi cục Tiêu chuẩn Đo lường Chất lượng kết quả thực hiện các nhiệm vụ được phân công phối hợp như sau:",
           E, D, P, ["- Chi cục TĐC (để tổng hợp);", "- Ban Giám đốc Sở (để b/c);", "- Lưu: KTPC."], ["TRƯỞNG PHÒNG"], "Đặng Minh Khoa")
    add_key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "57/BC-KTPC", (2026, 10, 29), E, D, P)


def f17():
    fn = "TTPTTN_KQ CT38 2026.xlsx"
    T = [
        dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 4850000000},
             label="Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, kiểm định", word="Đang triển khai",
             rows=[("Kinh phí đã giải ngân", "đồng", 4850000000), ("Thiết bị đã lắp đặt, nghiệm thu", "bộ", 7)]),
        dict(task="II.4.c", status="completed", ind={"instruments_verified": 12},
             label="Duy trì chuẩn đo lường, bảo đảm liên kết chuẩn", word="Hoàn thành",
             rows=[("Chuẩn chính gửi hiệu chuẩn tại Viện Đo lường Việt Nam", "chuẩn", 12)]),
        dict(task="II.2.g", status="in_progress", ind={"instruments_verified": 18426},
             label="Mở rộng phạm vi, nâng cao năng lực dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", word="Đang triển khai",
             rows=[("Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 18426), ("Phép thử được công nhận bổ sung (ISO/IEC 17025)", "phép thử", 35)]),
        dict(task="II.5.b", status="in_progress", ind={"samples_tested": 320},
             label="Thử nghiệm mẫu khảo sát chất lượng theo đề nghị của Chi cục", word="Đang triển khai",
             rows=[("Mẫu đã thử nghiệm", "mẫu", 320)]),
        dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 65},
             label="Phối hợp Chi cục tập huấn quy định pháp luật về đo lường cho doanh nghiệp", word="Hoàn thành",
             rows=[("Lớp tập huấn", "lớp", 1), ("Học viên", "người", 65)]),
    ]
    D = ["Quy trình mua sắm thiết bị kéo dài, ảnh hưởng đến tiến độ giải ngân."]
    P = ["Đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu gói thiết bị thử nghiệm năm 2027."]
    hand_E(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
           "318/BC-TTPTTN", (2026, 10, 28), "TP. Hồ Chí Minh",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", T, D, P,
           ["GIÁM ĐỐC", "", "", "", "Trương Công Hậu"], collapsed=True, sheet="KQ CT38")
    add_key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            "318/BC-TTPTTN", (2026, 10, 28), T, D, P)


LO_RESAVE = ["STP_BC1765_CT38.docx", "Chanh Hiep_bao cao CT38.xlsx"]


def lo_resave(fname):
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, HOME=tmp)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof", "--convert-to", ext,
                    "--outdir", tmp + "/out", os.path.join(OUT, fname)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, "out", fname), os.path.join(OUT, fname))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17):
        f()
    for fn in LO_RESAVE:
        lo_resave(fn)
    for fn, key in KEYS:
        key["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
