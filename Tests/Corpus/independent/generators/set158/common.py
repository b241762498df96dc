# -*- coding: utf-8 -*-
"""Shared helpers for gen.py (set 158)."""
import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")


def vn(n):
    """1234567 -> '1.234.567'"""
    return f"{n:,}".replace(",", ".")


def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:cs"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None, color=None,
         underline=False, space_after=None):
    p = d.add_paragraph()
    if text:
        add_run(p, text, bold, italic, size, color, underline)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, underline=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_run(p, ln, bold, italic, size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def header_block(d, left_lines, right_lines, size=12, widths=(7.5, 9.5)):
    """The usual two-column header: unit on the left, quốc hiệu on the right."""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        c.text = ""
        first = True
        for ln in lines:
            txt, style = ln if isinstance(ln, tuple) else (ln, "")
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            add_run(p, txt, bold="b" in style, italic="i" in style, size=size, underline="u" in style)
    return t


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def write_truth(fname, unit_id, unit_name, number, date, entries, difficulties, proposals,
                status="extracted", reason=None, findings=None):
    path = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    obj = {
        "file": fname,
        "sha256": sha,
        "status": status,
        "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [
            {"task": e[0], "status": e[1], "indicators": e[2], "text": e[3]} for e in entries
        ],
        "findings": findings or [],
        "difficulties": difficulties,
        "proposals": proposals,
    }
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
