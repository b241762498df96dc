import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}

def E(task, status, ind=None, text=""):
    return {"task": task, "status": status, "indicators": ind or {}, "text": text}

def key(fname, uid, uname, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {"file": fname, "sha256": None, "status": status, "reason": reason,
                   "unit": {"id": uid, "name": uname},
                   "document": {"number": number, "date": date},
                   "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}

def write_keys():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for fname, k in KEYS.items():
        p = os.path.join(OUT, fname)
        k["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
        with open(os.path.join(OUT, "truth", fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)

def base_doc(font="Times New Roman", size=13):
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
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def cell_par(cell, text, bold=False, italic=False, center=True, size=None, first=True, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align != "c": p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(d, parts, indent=True, align="j"):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(t); r.bold = "b" in s; r.italic = "i" in s; r.underline = "u" in s
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)
    return p

def header_table(d, left_lines, right_lines, widths=(7, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for i, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[i]; c.width = Cm(widths[i])
        first = True
        for (txt, st) in lines:
            cell_par(c, txt, bold="b" in st, italic="i" in st, size=12 if "s" in st else 13, first=first)
            first = False
    return t

def grid_table(d, rows, widths=None, bold_first=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            p = c.paragraphs[0]
            r = p.add_run(str(v)); r.font.size = Pt(size)
            r.bold = (i == 0 and bold_first) or (isinstance(v, str) and v.startswith("Cộng"))
            if j > 0 and i > 0 and isinstance(v, (int,)) or (i == 0): p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if widths: c.width = Cm(widths[j])
    return t
