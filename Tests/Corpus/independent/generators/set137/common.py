# -*- coding: utf-8 -*-
"""Shared helpers for set137's generator (python-docx / openpyxl)."""
import copy, hashlib, json, os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
KEYS = {}


def E(task, status, ind=None, text=""):
    return {"task": task, "status": status, "indicators": dict(ind or {}), "text": text}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": entries if status == "extracted" else [],
        "findings": [],
        "difficulties": diffs if status == "extracted" else [],
        "proposals": props if status == "extracted" else [],
    }


def write_keys():
    for fname, k in KEYS.items():
        p = os.path.join(OUT, fname)
        k["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
        s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        h = d.styles[hn]
        h.font.name = font
        h.font.color.rgb = RGBColor(0, 0, 0)
        hr = h.element.get_or_add_rPr()
        rf = hr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); hr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    d.styles["Heading 1"].font.size = Pt(13)
    d.styles["Heading 2"].font.size = Pt(13)
    d.styles["Heading 3"].font.size = Pt(13)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None,
         underline=False, style=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, underline=underline)
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


def add_runs(p, text, bold=False, italic=False, size=None, underline=False):
    """Text with **bold** and //italic// inline markers."""
    import re
    parts = re.split(r"(\*\*.+?\*\*|//.+?//)", text)
    for part in parts:
        if not part:
            continue
        b, i = bold, italic
        if part.startswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("//"):
            part, i = part[2:-2], True
        r = p.add_run(part)
        r.bold, r.italic = b, i
        if underline:
            r.underline = True
        if size:
            r.font.size = Pt(size)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def grid(table):
    table.style = "Table Grid"


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        add_runs(p, ln, bold=bold, italic=italic, size=size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)


def header_block(d, left_lines, right_lines, left_bold_from=1, size=12, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.width, r.width = Cm(widths[0]), Cm(widths[1])
    for k, ln in enumerate(left_lines):
        p = l.paragraphs[0] if k == 0 else l.add_paragraph()
        add_runs(p, ln, bold=(k >= left_bold_from and not ln.startswith("Số")), size=size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    for k, ln in enumerate(right_lines):
        p = r.paragraphs[0] if k == 0 else r.add_paragraph()
        it = ln.startswith("//")
        add_runs(p, ln, bold=(k < 2), size=size if k == 0 else size + 1)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    return t


def table(d, rows, widths=None, header_rows=1, size=11, bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    grid(t)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            cell_text(c, str(val), bold=(i < header_rows), size=size,
                      align="c" if i < header_rows else None)
            if widths:
                c.width = Cm(widths[j])
    if widths:
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
    return t


# ---- Word automatic numbering (numbering.xml), with restarts on demand
_ABS = {}


def _numbering(d):
    return d.part.numbering_part.element


def abstract_num(d, aid, fmt="decimal", text="%1.", indent=720, hanging=360):
    numb = _numbering(d)
    a = OxmlElement("w:abstractNum"); a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); a.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent)); ind.set(qn("w:hanging"), str(hanging)); ppr.append(ind)
    lvl.append(ppr); a.append(lvl)
    numb.insert(0, a)
    return aid


_NUMID = [500]


def new_num(d, aid, restart=True):
    numb = _numbering(d)
    _NUMID[0] += 1
    nid = _NUMID[0]
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(aid)); n.append(an)
    if restart:
        lo = OxmlElement("w:lvlOverride"); lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); lo.append(so)
        n.append(lo)
    numb.append(n)
    return nid


def num_para(d, text, nid, **kw):
    p = para(d, text, **kw)
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid)); numPr.append(ni)
    ppr.insert(0, numPr)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def tab_line(d, text, stops, bold=False, italic=False, size=12):
    """A line of a table pasted as text: tab-separated, with custom tab stops.
    stops: list of (cm, 'l'|'r'|'c'|'d', leader or None)."""
    p = d.add_paragraph()
    al = {"l": WD_TAB_ALIGNMENT.LEFT, "r": WD_TAB_ALIGNMENT.RIGHT,
          "c": WD_TAB_ALIGNMENT.CENTER, "d": WD_TAB_ALIGNMENT.DECIMAL}
    ld = {None: WD_TAB_LEADER.SPACES, "dots": WD_TAB_LEADER.DOTS,
          "dash": WD_TAB_LEADER.DASHES}
    for pos, a, lead in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), al[a], ld[lead])
    add_runs(p, text, bold=bold, italic=italic, size=size)
    p.paragraph_format.space_after = Pt(0)
    return p


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    s.left_margin, s.right_margin = Cm(2), Cm(2)
    return s


def signature(d, left_lines, right_lines, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    for k, ln in enumerate(left_lines):
        p = l.paragraphs[0] if k == 0 else l.add_paragraph()
        if k == 0:
            add_runs(p, ln, bold=True, italic=True, size=size)
        else:
            add_runs(p, ln, size=size - 1)
        p.paragraph_format.space_after = Pt(0)
    for k, ln in enumerate(right_lines):
        p = r.paragraphs[0] if k == 0 else r.add_paragraph()
        add_runs(p, ln, bold=True, size=size + 1)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    return t
