# -*- coding: utf-8 -*-
"""Shared helpers for the set4 generators (reports, truth keys)."""
import csv, hashlib, json, os, re, unicodedata, zipfile, io, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

OUT = "/work/unseen/set4"
TRUTH = os.path.join(OUT, "truth")
DATA = "/work/shared/data"
SEED = "/work/shared/seed/ke-hoach-ct38-2026.md"

def nfc(s):
    return unicodedata.normalize("NFC", s)

# ---------------- units ----------------
UNITS = {}
with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["province_code"] == "79":
            UNITS[r["code"]] = nfc(r["name"])
with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        UNITS[r["id"]] = nfc(r["name"])

def uname(uid):
    return UNITS[uid]

# ---------------- plan task texts (verbatim from the seed) ----------------
def _plan_tasks():
    txt = nfc(open(SEED, encoding="utf-8").read())
    body = txt.split("## II. NHIỆM VỤ VÀ GIẢI PHÁP", 1)[1].split("III. KINH PHÍ", 1)[0]
    tasks, group = {}, None
    cur = None
    for line in body.splitlines():
        m = re.match(r"^#+\s*\**(\d)\.", line)
        if m:
            group = m.group(1); cur = None; continue
        m = re.match(r"^(a|b|c|d|đ|e|g|h|i)\) (.*)", line)
        if m and group:
            cur = f"II.{group}.{m.group(1)}"; tasks[cur] = m.group(2).strip(); continue
        if line.startswith("- ") or line.startswith("<sup>") or line.startswith("---"):
            if line.startswith("- "):
                cur = None
            continue
        if cur and line.strip():
            tasks[cur] += " " + line.strip()
    for k, v in tasks.items():
        v = re.sub(r"<sup>\d</sup>", "", v)
        tasks[k] = re.sub(r"\s+", " ", v).strip()
    return tasks

PLAN = _plan_tasks()

# ---------------- truth ----------------
def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()

def E(task, status, **ind):
    return {"task": task, "status": status, "indicators": dict(ind)}

def truth(fname, uid, number, date, entries, difficulties=(), proposals=()):
    path = os.path.join(OUT, fname)
    tasks = [e["task"] for e in entries]
    assert len(tasks) == len(set(tasks)), fname
    t = {"file": fname, "sha256": sha(path), "status": "extracted", "reason": None,
         "unit": {"id": uid, "name": uname(uid)},
         "document": {"number": number, "date": date},
         "entries": entries,
         "difficulties": [nfc(x) for x in difficulties], "proposals": [nfc(x) for x in proposals]}
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)

def rejected(fname):
    path = os.path.join(OUT, fname)
    t = {"file": fname, "sha256": sha(path), "status": "rejected", "reason": "not a report of this plan",
         "unit": None, "document": None, "entries": [], "difficulties": [], "proposals": []}
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)

def strip_bullet(s):
    return re.sub(r"^\s*(?:[-+•–]|\d+[.)]|\(\d+\)|[a-zđ]\))\s*", "", s)

# ---------------- zip post-processing ----------------
def rewrite_zip(path, replace=None, add=None, drop=()):
    """Replace / add / drop entries of an OOXML package, keeping order."""
    replace = replace or {}; add = add or {}
    src = open(path, "rb").read()
    zin = zipfile.ZipFile(io.BytesIO(src))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            if it.filename in drop:
                continue
            data = zin.read(it.filename)
            if it.filename in replace:
                r = replace[it.filename]
                data = r(data) if callable(r) else r
                if isinstance(data, str):
                    data = data.encode("utf-8")
            zout.writestr(it, data)
        for name, data in add.items():
            zout.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    open(path, "wb").write(buf.getvalue())

def app_xml(application, version, company="", pages=2, words=900):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><TotalTime>47</TotalTime><Pages>{pages}</Pages><Words>{words}</Words>'
            f'<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>'
            f'<Company>{escape(company)}</Company><AppVersion>{version}</AppVersion></Properties>')

def set_app(path, application="Microsoft Office Word", version="16.0000", company=""):
    rewrite_zip(path, replace={"docProps/app.xml": app_xml(application, version, company)})

def soffice_resave(path):
    """Re-save a file through LibreOffice as a LibreOffice user would (same format)."""
    ext = os.path.splitext(path)[1][1:]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in"); os.mkdir(src)
        outd = os.path.join(td, "out"); os.mkdir(outd)
        base = os.path.basename(path)
        shutil.copy(path, os.path.join(src, base))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/prof",
                        "--convert-to", ext, "--outdir", outd, os.path.join(src, base)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(outd, base), path)

# ---------------- python-docx helpers ----------------
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT

def new_doc(font="Times New Roman", size=13, author=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    sec = d.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    if author:
        d.core_properties.author = author; d.core_properties.last_modified_by = author
    d.core_properties.title = ""
    return d

def P(d_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=4, style=None, underline=False):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, underline=underline)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(0)
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    return p

def add_runs(p, text, bold=False, italic=False, size=None, underline=False):
    """text may contain **bold** segments and \n for line breaks."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]; b = True
        lines = part.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = b; r.italic = italic; r.underline = underline
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
    return p

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  + "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
                  + '</w:tblBorders>')
    tblPr.append(b)

def grid(table):
    table.style = "Table Grid"

def header_block(d, left, right, size=13):
    """Classic two-column Vietnamese header. left/right: list of (text, bold, italic)."""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
        cell.paragraphs[0].text = ""
        first = True
        for (txt, b, i) in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            add_runs(p, txt, bold=b, italic=i, size=size)
            p.alignment = CENTER
            p.paragraph_format.space_after = Pt(0)
    t.columns[0].width = Cm(6.5); t.columns[1].width = Cm(9.5)
    for c, w in ((0, 6.5), (1, 9.5)):
        t.cell(0, c).width = Cm(w)
    return t

def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.paragraphs[0].text = ""
    lines = text.split("\n\n")
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_runs(p, ln, bold=bold, italic=italic, size=size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(2)

# ---------------- number words (for checks and for writing) ----------------
DIG = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

def words(n):
    """Vietnamese words for 0..999 (main variant)."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return "mười" + ("" if n == 10 else " " + ("lăm" if n % 10 == 5 else DIG[n % 10]))
    if n < 100:
        t, u = divmod(n, 10)
        s = DIG[t] + " mươi"
        if u == 0: return s
        if u == 1: return s + " mốt"
        if u == 5: return s + " lăm"
        if u == 4: return s + " tư"
        return s + " " + DIG[u]
    h, r = divmod(n, 100)
    s = DIG[h] + " trăm"
    if r == 0: return s
    if r < 10: return s + " lẻ " + DIG[r]
    return s + " " + words(r)
