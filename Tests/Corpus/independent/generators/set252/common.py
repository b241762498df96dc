# -*- coding: utf-8 -*-
"""Shared helpers for the set252 generator (python-docx / openpyxl)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}


def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def key(fname, unit_id, unit_name, number, date, entries, difficulties=(), proposals=(),
        status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": list(entries), "findings": [],
        "difficulties": list(difficulties), "proposals": list(proposals),
    }


# ---------------------------------------------------------------- DOCX
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(4)
    pf.space_before = Pt(0)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return d


def _runs(p, parts, size=None):
    if isinstance(parts, str):
        parts = [(parts, "")]
    for txt, fmt in parts:
        r = p.add_run(txt)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        r.underline = "u" in fmt
        if size:
            r.font.size = Pt(size)
    return p


def P(d, parts, align=None, indent=True, size=None, before=None, after=None, left=None):
    p = d.add_paragraph()
    _runs(p, parts, size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align not in ("c", "r"):
        p.paragraph_format.first_line_indent = Cm(1)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def cell_lines(cell, lines, align="c", size=None):
    """lines: list of parts-lists/strings; each becomes one paragraph in the cell."""
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _runs(p, ln, size)
        p.paragraph_format.space_after = Pt(0)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "l":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None:
        tblPr.remove(b)
    from docx.oxml import OxmlElement
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def header_table(d, left, right, widths=(6.5, 10.5), size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_lines(t.cell(0, 0), left, size=size)
    cell_lines(t.cell(0, 1), right, size=size)
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        t.cell(0, i).width = Cm(w)
    return t


def grid_table(d, rows, widths=None, header_bold=True, size=12, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if val is None:
                continue
            lines = val if isinstance(val, list) else [val]
            if i == 0 and header_bold:
                lines = [[(x, "b")] if isinstance(x, str) else x for x in lines]
            cell_lines(c, lines, align="c" if i == 0 else "l", size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def save_doc(d, fname):
    d.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- XLSX
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")


def xcell(ws, ref, val, bold=False, italic=False, wrap=False, center=False, fill=None,
          border=False, fmt=None, size=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size or 12)
    c.alignment = Alignment(wrap_text=wrap, horizontal="center" if center else None,
                            vertical="center" if center else "top")
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def write_keys():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    import hashlib
    for f, k in KEYS.items():
        with open(os.path.join(OUT, f), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(OUT, "truth", f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
