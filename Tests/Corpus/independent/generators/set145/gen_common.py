# helpers shared by gen.py (set145)
import re
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY

def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return d

TOK = re.compile(r"(\*\*.+?\*\*|\*.+?\*|__.+?__)", re.S)

def add_runs(p, text, bold=False, italic=False, size=None):
    for part in TOK.split(text):
        if not part:
            continue
        b, i, u = bold, italic, False
        if part.startswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("__"):
            part, u = part[2:-2], True
        elif part.startswith("*"):
            part, i = part[1:-1], True
        r = p.add_run(part)
        r.bold, r.italic = b, i
        if u:
            r.underline = True
        if size:
            r.font.size = Pt(size)
    return p

def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=4, first=None):
    p = d.add_paragraph()
    add_runs(p, text, bold, italic, size)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    return p

def cell_text(cell, lines, align=None, bold=False, italic=False, size=None):
    cell.text = ""
    if isinstance(lines, str):
        lines = [lines]
    for k, ln in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        add_runs(p, ln, bold, italic, size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)

def header_table(d, left, right, widths=(7, 10)):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    for c, w in zip(t.rows[0].cells, widths):
        c.width = Cm(w)
    cell_text(t.cell(0, 0), left, align=CENTER, size=12)
    cell_text(t.cell(0, 1), right, align=CENTER, size=12)
    return t

def grid_table(d, rows, widths=None, header_bold=True, size=11, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), str(v), bold=(header_bold and i == 0), size=size,
                      align=CENTER if i == 0 else None)
            if widths:
                t.cell(i, j).width = Cm(widths[j])
    return t
