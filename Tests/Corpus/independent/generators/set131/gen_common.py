# -*- coding: utf-8 -*-
"""Shared helpers for set131 generator (python-docx / openpyxl)."""
import json, os, re, zipfile, hashlib, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
KEYS = {}


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
    sec.left_margin = Cm(3.0)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return d


def para(d, runs, align=None, indent=True, size=None, space_after=3, container=None):
    """runs: str or list of (text, fmt) with fmt in '', 'b', 'i', 'bi', 'u'."""
    c = container if container is not None else d
    p = c.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, "")]
    for t, f in runs:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
        if size:
            r.font.size = Pt(size)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            pf.first_line_indent = Cm(1.0)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, runs, align="c", size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(runs, str):
        runs = [(runs, "")]
    first = True
    for t, f in runs:
        if t == "\n":
            p = cell.add_paragraph()
            continue
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
        if size:
            r.font.size = Pt(size)
    for pp in cell.paragraphs:
        pp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                        "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]


def cell_lines(cell, lines, align="l", size=None):
    """lines: list of run-lists; each becomes a paragraph in the cell."""
    cell.text = ""
    first = True
    for runs in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(runs, str):
            runs = [(runs, "")]
        for t, f in runs:
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
            if size:
                r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]


def header_block(d, left, right, size=13, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i in range(2):
        t.columns[i].width = Cm(widths[i])
    for i, lines in enumerate((left, right)):
        c = t.rows[0].cells[i]
        c.width = Cm(widths[i])
        c.text = ""
        first = True
        for txt, f in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            r = p.add_run(txt)
            r.bold = "b" in f
            r.italic = "i" in f
            r.underline = "u" in f
            r.font.size = Pt(size - (1 if "s" in f else 0))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
    return t


def grid_table(d, rows, widths=None, header_rows=1, size=12, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            if v is None:
                continue
            if isinstance(v, list) and v and isinstance(v[0], list):
                cell_lines(c, v, align="l", size=size)
            else:
                cell_text(c, v if not (i < header_rows and isinstance(v, str)) else [(v, "b")],
                          align="c" if (i < header_rows or (isinstance(v, str) and len(v) < 18)) else "j",
                          size=size)
            if widths:
                c.width = Cm(widths[j])
    return t


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals,
        status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=entries, findings=[], difficulties=difficulties,
                       proposals=proposals)


def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def write_keys():
    for fname, k in KEYS.items():
        k["sha256"] = sha(os.path.join(OUT, fname))
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)


def patch_cached_values(path, values):
    """values: {sheetfile: {cellref: number}} -> put cached <v> into formula cells."""
    tmp = path + ".tmp"
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        sheet = item.filename.split("/")[-1]
        if item.filename.startswith("xl/worksheets/") and sheet in values:
            s = data.decode("utf-8")
            for ref, val in values[sheet].items():
                pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?' % ref)
                s, n = pat.subn(lambda m: m.group(1) + m.group(2) + "<v>%s</v>" % val, s)
                assert n == 1, (path, sheet, ref)
            data = s.encode("utf-8")
        zout.writestr(item, data)
    zout.close()
    zin.close()
    shutil.move(tmp, path)
