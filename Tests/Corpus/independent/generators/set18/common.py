# shared helpers for set18 generators
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)

def cell_text(cell, text, bold=False, italic=False, center=False, size=None, underline=False):
    p = cell.paragraphs[0]
    if p.text:
        p = cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def header_block(d, left_lines, number, place_date):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    for i, (txt, b) in enumerate(left_lines):
        cell_text(l, txt, bold=b, center=True, size=12)
    cell_text(l, "Số: " + number, center=True, size=13)
    cell_text(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True, size=12)
    cell_text(r, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True, size=13, underline=True)
    cell_text(r, "", center=True)
    cell_text(r, place_date, italic=True, center=True, size=13)
    return t

def para(d, text="", bold=False, italic=False, center=False, indent=True, style=None, size=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent and not style:
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    return p

def runs(d, parts, indent=True):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi'"""
    p = d.add_paragraph()
    for txt, f in parts:
        r = p.add_run(txt)
        r.bold = "b" in f
        r.italic = "i" in f
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    return p

def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def signature(d, left_recipients, title_lines, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    p = cell_text(l, "Nơi nhận:", bold=True, italic=True, size=12)
    for x in left_recipients:
        cell_text(l, x, size=11)
    for x in title_lines:
        cell_text(r, x, bold=True, center=True)
    for _ in range(3):
        cell_text(r, "", center=True)
    cell_text(r, name, bold=True, center=True)

WEEK = None

def set_widths(table, widths):
    """widths: list of Cm values; sets tblGrid and every cell (Word and LibreOffice both honour it)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
