# helpers shared by gen.py (builders only)
import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    return d

def para(d_or_cell, parts, align=None, indent=None, size=None, space_after=None):
    """parts: str or list of (text, fmt) where fmt contains b/i/u"""
    p = d_or_cell.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, "")]
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f or None
        r.italic = "i" in f or None
        r.underline = "u" in f or None
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    if isinstance(lines, str): lines = [lines]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln); r.bold = bold or None; r.italic = italic or None
        if size: r.font.size = Pt(size)
        if align is not None: p.alignment = align

def table(d, rows, widths=None, header_rows=1, size=11, borders=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if borders: t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None: continue
            cell_text(t.cell(i, j), v if isinstance(v, list) else str(v), bold=i < header_rows,
                      align=C if i < header_rows else None, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t

def header_block(d, left, right, size=12):
    t = d.add_table(rows=1, cols=2)
    lc, rc = t.cell(0, 0), t.cell(0, 1)
    lc.width = Cm(7); rc.width = Cm(9.5)
    lc.text = ""; rc.text = ""
    for k, (txt, b) in enumerate(left):
        p = lc.paragraphs[0] if k == 0 else lc.add_paragraph()
        r = p.add_run(txt); r.bold = b or None; r.font.size = Pt(size); p.alignment = C
    for k, (txt, f) in enumerate(right):
        p = rc.paragraphs[0] if k == 0 else rc.add_paragraph()
        r = p.add_run(txt); r.bold = "b" in f or None; r.italic = "i" in f or None; r.font.size = Pt(size); p.alignment = C
    return t

def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def qh(date_line):
    return [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
            ("", ""), (date_line, "i")]

def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

def write_truth(folder, fname, key):
    key = dict(key)
    key["file"] = fname
    key["sha256"] = sha(os.path.join(folder, fname))
    order = ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]
    out = {k: key.get(k) for k in order}
    if out["findings"] is None: out["findings"] = []
    os.makedirs(os.path.join(folder, "truth"), exist_ok=True)
    with open(os.path.join(folder, "truth", fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)

def E(task, status, ind=None, text=""):
    return {"task": task, "status": status, "indicators": ind or {}, "text": text}
