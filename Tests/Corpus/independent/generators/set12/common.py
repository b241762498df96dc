import json, hashlib, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = []


def fmt(n):
    return f"{n:,}".replace(",", ".")


def z(n):
    return f"{n:02d}" if n < 10 else fmt(n)


def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s = d.sections[0]
    s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def header(d, parent, unit, number, place_date, motto=True):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(parent.upper() + "\n")
    rr = p.add_run(unit.upper()); rr.bold = True
    p2 = l.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2.add_run(f"Số: {number}" if number else "Số:       /BC")
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    a = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); a.bold = True
    b = p.add_run("Độc lập - Tự do - Hạnh phúc"); b.bold = True
    p3 = r.add_paragraph(); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p3.add_run(place_date); x.italic = True
    return t


def center(d, text, bold=True, size=None):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    return p


def para(d, text, bold=False, italic=False, style=None, indent=True):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if indent and not style:
        p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def signature(d, left_lines, title, name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]; rr = p.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True
    for x in left_lines:
        q = l.add_paragraph(); q.add_run(x).font.size = Pt(11)
    r.text = ""
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    a = p.add_run(title); a.bold = True
    for _ in range(3):
        r.add_paragraph()
    q = r.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    b = q.add_run(name); b.bold = True


def soffice_resave(path, kind):
    tmp = tempfile.mkdtemp()
    filt = 'docx:MS Word 2007 XML' if kind == "docx" else 'xlsx:Calc MS Excel 2007 XML'
    subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


def key(fname, unit_id, unit_name, number, date, entries, difficulties=(), proposals=(),
        status="extracted", reason=None):
    KEYS.append(dict(file=fname, status=status, reason=reason,
                     unit={"id": unit_id, "name": unit_name} if unit_id else None,
                     document={"number": number, "date": date},
                     entries=[dict(task=e[0], status=e[1], indicators=e[2], text=e[3],
                                   source=e[4] if len(e) > 4 else None) for e in entries],
                     difficulties=list(difficulties), proposals=list(proposals), findings=[]))


def write_keys():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for k in KEYS:
        p = os.path.join(OUT, k["file"])
        k2 = dict(k)
        k2 = {"file": k["file"], "sha256": hashlib.sha256(open(p, "rb").read()).hexdigest(), **{x: y for x, y in k.items() if x != "file"}}
        with open(os.path.join(OUT, "truth", k["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(k2, f, ensure_ascii=False, indent=2)
