from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
import copy

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def set_run(r, font="Times New Roman", size=13, bold=False, italic=False, underline=False, color=None):
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.italic = italic
    if underline: r.font.underline = True
    rpr = r._r.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), font)
    if color:
        from docx.shared import RGBColor
        r.font.color.rgb = RGBColor.from_string(color)
    return r

def para(container, parts, align=None, before=0, after=0, line=None, indent_first=None, font="Times New Roman", size=13, left=None):
    """parts: list of (text, dict) or str"""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if line: pf.line_spacing = line
    if indent_first is not None: pf.first_line_indent = Cm(indent_first)
    if left is not None: pf.left_indent = Cm(left)
    if align: p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if isinstance(parts, str): parts = [(parts, {})]
    for t in parts:
        if isinstance(t, str): t = (t, {})
        txt, fm = t
        kw = dict(font=font, size=size); kw.update(fm)
        set_run(p.add_run(txt), **kw)
    return p

def cell_text(cell, parts, align=None, size=12, font="Times New Roman", first=True, **kw):
    if first and len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
        p = cell.paragraphs[0]
        if align: p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
        if isinstance(parts, str): parts = [(parts, {})]
        for t in parts:
            if isinstance(t, str): t = (t, {})
            d = dict(font=font, size=size); d.update(t[1])
            set_run(p.add_run(t[0]), **d)
        return p
    return para(cell, parts, align=align, size=size, font=font, **kw)

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % W + ''.join('<w:%s w:val="nil"/>' % s for s in ('top','left','bottom','right','insideH','insideV')) + '</w:tblBorders>')
    tblPr.append(b)

def grid_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % W + ''.join('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % (s, sz) for s in ('top','left','bottom','right','insideH','insideV')) + '</w:tblBorders>')
    tblPr.append(b)

def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)

def add_numbering(doc, abstract_xml_list):
    """abstract_xml_list: list of (abstractId, levels xml). returns numIds"""
    np = doc.part.numbering_part
    el = np.element
    ids = []
    for aid, lvls in abstract_xml_list:
        a = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>' % (W, aid, lvls))
        el.insert(0, a)
    for aid, _ in abstract_xml_list:
        nid = aid + 1
        n = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (W, nid, aid))
        el.append(n)
        ids.append(nid)
    return ids

def set_num(p, numId, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W, ilvl, numId))
    pPr.insert(0, numPr)

def margins(doc, top=2, bottom=2, left=3, right=1.5):
    for s in doc.sections:
        s.top_margin = Cm(top); s.bottom_margin = Cm(bottom); s.left_margin = Cm(left); s.right_margin = Cm(right)
        s.page_width = Cm(21); s.page_height = Cm(29.7)

def merge_row(table, r):
    row = table.rows[r]
    return row.cells[0].merge(row.cells[-1])
