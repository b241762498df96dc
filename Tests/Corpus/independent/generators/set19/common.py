"""Shared helpers for set19 generators."""
import hashlib, json, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH = os.path.join(ROOT, "truth")

AGENCY = {
    "SO-CT": "Sở Công Thương", "SO-ATTP": "Sở An toàn thực phẩm",
    "SO-NNMT": "Sở Nông nghiệp và Môi trường", "SO-XD": "Sở Xây dựng",
    "SO-NV": "Sở Nội vụ", "SO-GDDT": "Sở Giáo dục và Đào tạo",
    "SO-QHKT": "Sở Quy hoạch - Kiến trúc", "SO-TP": "Sở Tư pháp",
    "VP-UBND": "Văn phòng Ủy ban nhân dân Thành phố", "THANHTRA-TP": "Thanh tra Thành phố",
    "SO-TC": "Sở Tài chính", "SO-YT": "Sở Y tế", "SO-DTTG": "Sở Dân tộc và Tôn giáo",
    "SO-DL": "Sở Du lịch", "SO-VHTT": "Sở Văn hóa và Thể thao",
}


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_key(fname, unit_id, number, date, entries, difficulties=(), proposals=(),
              status="extracted", reason=None):
    path = os.path.join(ROOT, fname)
    key = {
        "file": fname,
        "sha256": sha(path),
        "status": status,
        "reason": reason,
        "unit": {"id": unit_id, "name": AGENCY[unit_id]} if unit_id else None,
        "document": {"number": number, "date": date},
        "entries": [dict(task=e[0], status=e[1], indicators=e[2], text=e[3], source=e[4])
                    for e in entries],
        "difficulties": list(difficulties),
        "proposals": list(proposals),
        "findings": [],
    }
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def lo_resave(path, fmt):
    """Re-save through LibreOffice as some users do. fmt: 'docx' or 'xlsx'."""
    filt = {"docx": 'docx:"MS Word 2007 XML"', "xlsx": 'xlsx:"Calc MS Excel 2007 XML"'}[fmt]
    tmp = tempfile.mkdtemp()
    subprocess.run(f'soffice --headless --convert-to {filt} --outdir {tmp} "{path}"',
                   shell=True, check=True, capture_output=True)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------- docx helpers ----------------

def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        from docx.enum.section import WD_ORIENT
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def header_block(d, parent, issuer, number, place_date, left_extra=None):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_text(l, parent, align="c", size=12)
    p = l.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(issuer)
    rr.bold = True
    rr.font.size = Pt(12)
    if left_extra:
        p = l.add_paragraph(left_extra)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = l.add_paragraph("Số: " + number)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", size=12)
    p = r.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    p = r.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(place_date).italic = True
    return t


def para(d, text, bold=False, italic=False, align=None, indent=True, style=None, size=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not style and align != "c":
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def title(d, kind, subject):
    para(d, kind, bold=True, align="c")
    para(d, subject, bold=True, align="c")


def grid_table(d, rows, header_rows=1, widths=None, size=11, bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), str(val), bold=(i < header_rows), size=size,
                      align="c" if i < header_rows else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def signature(d, recipients, title_lines, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]
    rr = p.add_run("Nơi nhận:")
    rr.bold = True
    rr.italic = True
    rr.font.size = Pt(12)
    for x in recipients:
        q = l.add_paragraph()
        q.add_run(x).font.size = Pt(11)
    cell_text(r, title_lines, bold=True, align="c")
    for _ in range(3):
        r.add_paragraph("")
    p = r.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(name).bold = True
