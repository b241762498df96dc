import hashlib, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = []

def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()

def entry(task, status, ind=None, text='', source=''):
    return {"task": task, "status": status, "indicators": dict(ind or {}), "text": text, "source": source}

def key(fname, unit_id, unit_name, number, date, entries, diffs=(), props=(), findings=()):
    k = {"file": fname, "sha256": None, "status": "extracted", "reason": None,
         "unit": {"id": unit_id, "name": unit_name},
         "document": {"number": number, "date": date},
         "entries": entries, "difficulties": list(diffs), "proposals": list(props),
         "findings": list(findings)}
    KEYS.append(k)
    return k

def rejected(fname, reason):
    k = {"file": fname, "sha256": None, "status": "rejected", "reason": reason,
         "unit": None, "document": None, "entries": [], "difficulties": [], "proposals": [], "findings": []}
    KEYS.append(k)
    return k

def write_keys():
    for k in KEYS:
        p = os.path.join(ROOT, k["file"])
        k["sha256"] = sha(p)
        with open(os.path.join(ROOT, "truth", k["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    KEYS.clear()

# ---- docx helpers
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s = d.sections[0]
    s.page_height = Cm(29.7); s.page_width = Cm(21)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d

def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(p, parts):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi', 'u'"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    return p

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def header_block(d, left1, left2, right_date, number, size=13):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c0.paragraphs[0].add_run(left1); r.font.size = Pt(size-1)
    p = c0.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(left2); r.bold = True; r.font.size = Pt(size-1)
    p = c0.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Số: " + number if number else "Số:       /")
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c1.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(size-1)
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(right_date); r.italic = True
    return t
