# helpers shared by gen.py (writer side only)
import re, zipfile, shutil, os, io
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def vn(n, pad=True):
    """Vietnamese grouping, zero-pad below 10"""
    if isinstance(n, float) and not n.is_integer():
        s = f"{n:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return s
    n = int(n)
    if pad and 0 <= n < 10:
        return f"{n:02d}"
    return f"{n:,}".replace(",", ".")

def pct(a, b):
    return f"{a / b * 100:.1f}".replace(".", ",")

# ---------------- DOCX ----------------
def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d

def para(d_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None,
         underline=False, space_after=None, runs=None):
    p = d_or_cell.add_paragraph()
    if runs is None:
        runs = [(text, dict(bold=bold, italic=italic, underline=underline))]
    for t, fmt in runs:
        r = p.add_run(t)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        r.underline = fmt.get("underline", False)
        if size or fmt.get("size"):
            r.font.size = Pt(fmt.get("size") or size)
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

def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    """replace cell content with lines (list of str or (str, fmt))"""
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, {})
        t, fmt = ln
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t)
        r.bold = fmt.get("bold", bold)
        r.italic = fmt.get("italic", italic)
        r.underline = fmt.get("underline", False)
        if size:
            r.font.size = Pt(size)
        a = fmt.get("align", align)
        if a == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif a == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif a == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

def header_block(d, parent, unit_lines, number, date_line, size=13):
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left = [(parent, {"align": "c"})] if parent else []
    left += [(u, {"bold": True, "align": "c"}) for u in unit_lines]
    left += [("________", {"align": "c"})]
    cell_text(t.cell(0, 0), left, size=size)
    cell_text(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True, "align": "c"}),
                             ("Độc lập - Tự do - Hạnh phúc", {"bold": True, "align": "c"}),
                             ("______________________", {"align": "c"})], size=size)
    cell_text(t.cell(1, 0), [(number, {"align": "c"})], size=size)
    cell_text(t.cell(1, 1), [(date_line, {"italic": True, "align": "c"})], size=size)
    return t

def grid_table(d, rows, cols, style="Table Grid"):
    t = d.add_table(rows=rows, cols=cols)
    t.style = style
    return t

def signature(d, left_lines, right_lines, size=12):
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), left_lines, size=11)
    cell_text(t.cell(0, 1), right_lines, size=size)
    return t

# ---------------- XLSX cached formula values ----------------
def inject_cached(path, cached):
    """cached: {sheet_index(1-based): {ref: value}} ; fills <v></v> after <f>"""
    tmp = path + ".tmp"
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
        if m and int(m.group(1)) in cached:
            xml = data.decode("utf-8")
            vals = cached[int(m.group(1))]
            def rep(mo):
                ref = mo.group(1)
                if ref not in vals:
                    raise SystemExit(f"no cached value for {ref} in {path}")
                v = vals[ref]
                if isinstance(v, str):
                    return f'<c r="{ref}"{mo.group(2)} t="str"><f>{mo.group(3)}</f><v>{v}</v></c>'
                return f'<c r="{ref}"{mo.group(2)}><f>{mo.group(3)}</f><v>{repr(float(v)) if not float(v).is_integer() else int(v)}</v></c>'
            xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', rep, xml)
            if "<v></v>" in xml or "<v/>" in xml:
                raise SystemExit("empty cached value left in " + path)
            data = xml.encode("utf-8")
        zout.writestr(item, data)
    zout.close(); zin.close()
    shutil.move(tmp, path)
