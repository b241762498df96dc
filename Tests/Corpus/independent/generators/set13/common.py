"""Shared helpers for set13 generators."""
import hashlib, json, os, struct, zlib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH = os.path.join(ROOT, "truth")


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def write_key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals,
              status="extracted", reason=None):
    path = os.path.join(ROOT, fname)
    key = {
        "file": fname,
        "sha256": sha256(path),
        "status": status,
        "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [
            {"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
             "text": e.get("text", ""), "source": e.get("source")}
            for e in entries
        ],
        "difficulties": difficulties,
        "proposals": proposals,
        "findings": [],
    }
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def base_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = Cm(3 if not landscape else 2)
    sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def grid(table):
    table.style = "Table Grid"


def cell_text(cell, text, bold=False, italic=False, center=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_block(d, left_top, left_unit, number, place_date, right_bold=True):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), left_top + "\n" + left_unit, bold=False, center=True, size=12)
    t.cell(0, 0).paragraphs[-1].runs[0].bold = True
    cell_text(t.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
              bold=True, center=True, size=12)
    cell_text(t.cell(1, 0), "Số: " + number, center=True, size=13)
    cell_text(t.cell(1, 1), place_date, italic=True, center=True, size=13)
    return t


def para(d, text, bold=False, italic=False, center=False, indent=True, size=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent and not style:
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    return p


def signature(d, noi_nhan, title_lines, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = r.italic = True
    r.font.size = Pt(12)
    for ln in noi_nhan:
        q = c.add_paragraph()
        rr = q.add_run(ln)
        rr.font.size = Pt(11)
    cell_text(t.cell(0, 1), "\n".join(title_lines) + "\n\n\n\n" + name, bold=True, center=True)


def tiny_png(w=60, h=40, rgb=(120, 160, 200)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def set_landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.left_margin = s.right_margin = Cm(1.5)
    return s


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)
