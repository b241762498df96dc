# -*- coding: utf-8 -*-
"""Generator for set92: 17 reports from city departments and the Sở's lead units, 4 hands."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
        sec.left_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = d.add_paragraph()
    if indent and align is None:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or (align is None):
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size:
            r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True, align="j"):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == "j" else WD_ALIGN_PARAGRAPH.LEFT
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f; r.italic = "i" in f; r.underline = "u" in f
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_text(c, text, bold=False, italic=False, align=None, size=None):
    c.text = ""
    lines = text.split("\n")
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def header_nd30(d, parent, unit_lines, so, place_date, size=13):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    txt = (parent + "\n" if parent else "") + unit_lines + "\n" + "———" + "\n" + "Số: " + so
    cell_text(left, txt, bold=False, align="c", size=size - 1)
    for i, p in enumerate(left.paragraphs):
        if i > 0 and i < len(left.paragraphs) - 1:
            for r in p.runs:
                r.bold = True
    cell_text(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n———————\n" + place_date,
              align="c", size=size - 1)
    right.paragraphs[0].runs[0].bold = True
    right.paragraphs[1].runs[0].bold = True
    right.paragraphs[3].runs[0].italic = True
    return t


def save_docx(d, name):
    d.save(os.path.join(OUT, name))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def ws_put(ws, r, c, v, bold=False, italic=False, wrap=True, align=None, border=False, fmt=None, size=None, fill=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size or 12)
    cell.alignment = Alignment(wrap_text=wrap, vertical="center",
                               horizontal={"c": "center", "r": "right", "l": "left"}.get(align))
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    return cell


def merge_put(ws, r, c1, c2, v, **kw):
    ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    return ws_put(ws, r, c1, v, **kw)


exec(open(os.path.join(OUT, "gen_reports.py"), encoding="utf-8").read())
