import json, hashlib, os, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = []  # (fname, keydict)

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def para(d, text="", bold=False, italic=False, align=None, size=None, strike=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.strike = strike
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

_del_id = [100]
def add_deleted(p, text, author="Nguyễn Thị Mỹ Hạnh", date="2026-10-27T09:12:00Z"):
    """append a tracked-deleted run to paragraph p"""
    r = p.add_run(text)
    t = r._r.find(qn("w:t")); t.tag = qn("w:delText")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    de = OxmlElement("w:del"); _del_id[0] += 1
    de.set(qn("w:id"), str(_del_id[0])); de.set(qn("w:author"), author); de.set(qn("w:date"), date)
    r._r.addprevious(de); de.append(r._r)
    return de

def add_inserted(p, text, author="Nguyễn Thị Mỹ Hạnh", date="2026-10-27T09:12:00Z"):
    r = p.add_run(text)
    ins = OxmlElement("w:ins"); _del_id[0] += 1
    ins.set(qn("w:id"), str(_del_id[0])); ins.set(qn("w:author"), author); ins.set(qn("w:date"), date)
    r._r.addprevious(ins); ins.append(r._r)
    return ins

def runs(p, parts):
    """parts: list of (text, kind) kind in '', 'b','i','s'(strike),'del','ins'"""
    for t, k in parts:
        if k == "del": add_deleted(p, t)
        elif k == "ins": add_inserted(p, t)
        else:
            r = p.add_run(t)
            if "b" in k: r.bold = True
            if "i" in k: r.italic = True
            if "s" in k: r.font.strike = True
    return p

def set_cell_border(table):
    table.style = "Table Grid"

def header_block(d, left1, left2, num, place_date, right=True):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = ""; p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(left1 + "\n")
    r = p.add_run(left2); r.bold = True
    p2 = c0.add_paragraph(num); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); r.bold = True
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True
    p2 = c1.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run(place_date); r.italic = True
    return t

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def E(task, status, ind=None, text=""):
    return {"task": task, "status": status, "indicators": ind or {}, "text": text, "source": None}

def key(fname, uid, uname, number, date, entries, diffs=(), props=(), status="extracted", reason=None):
    KEYS.append((fname, {"file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": uid, "name": uname} if uid else None,
        "document": {"number": number, "date": date},
        "entries": entries, "difficulties": list(diffs), "proposals": list(props), "findings": []}))

def finish():
    os.makedirs(os.path.join(ROOT, "truth"), exist_ok=True)
    for fname, k in KEYS:
        b = open(os.path.join(ROOT, fname), "rb").read()
        k["sha256"] = hashlib.sha256(b).hexdigest()
        json.dump(k, open(os.path.join(ROOT, "truth", fname + ".json"), "w"), ensure_ascii=False, indent=1)
    print("keys:", len(KEYS))
