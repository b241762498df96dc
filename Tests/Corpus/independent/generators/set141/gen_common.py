# -*- coding: utf-8 -*-
"""Shared helpers for set141 generator (python-docx + raw OOXML)."""
import copy, re
from docx import Document
from docx.shared import Pt, Cm, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def base_doc(font='Times New Roman', size=13, a4=True):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(3)
    s = d.sections[0]
    if a4:
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin, s.right_margin = Cm(3), Cm(2)
        s.top_margin, s.bottom_margin = Cm(2), Cm(2)
    return d

def para(d_or_cell, text='', bold=False, italic=False, align=None, size=None, underline=False, space_after=None, indent_first=None):
    p = d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    if indent_first is not None: p.paragraph_format.first_line_indent = Cm(indent_first)
    return p

def runs(p, parts):
    """parts: list of (text, fmt) where fmt in '', 'b', 'i', 'bi', 'u'"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    return p

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls('w'))
    tblPr.append(b)

def grid(table):
    table.style = 'Table Grid'

def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    p = cell.paragraphs[0]
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return cell

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))

# ---------------- Word list numbering -----------------
_LVL = '''<w:lvl w:ilvl="{il}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>
<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rpr}</w:lvl>'''

def new_list(doc, levels):
    """levels: list of (numFmt, lvlText, left, hanging, bold). Returns numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    nids = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    aid = max(ids + [0]) + 1 + 100
    nid = max(nids + [0]) + 1
    lv = ''
    for i, (fmt, txt, left, hang, bold) in enumerate(levels):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        lv += _LVL.format(il=i, fmt=fmt, txt=txt, left=left, hang=hang, rpr=rpr)
    an = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>' % (nsdecls('w'), aid, lv))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls('w'), nid, aid)))
    return nid

def set_num(p, numId, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = numId
    return p

def list_para(doc, numId, text_parts, ilvl=0, align='j'):
    p = doc.add_paragraph()
    set_num(p, numId, ilvl)
    if isinstance(text_parts, str): text_parts = [(text_parts, '')]
    runs(p, text_parts)
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

# ---------------- Frames (framePr) -----------------
def frame_para(doc, text_parts, width=3300, fill='F2F2F2'):
    """Paragraph inside a bordered Word frame floating at the right margin.
    Consecutive paragraphs with identical framePr form one frame."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:framePr %s w:w="%d" w:hSpace="170" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>' % (nsdecls('w'), width)))
    pPr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="6" w:space="2" w:color="7F7F7F"/><w:left w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="2" w:color="7F7F7F"/><w:right w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/></w:pBdr>' % nsdecls('w')))
    pPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))
    pPr.append(parse_xml('<w:spacing %s w:after="0" w:line="240" w:lineRule="auto"/>' % nsdecls('w')))
    if isinstance(text_parts, str): text_parts = [(text_parts, '')]
    for t, f in text_parts:
        r = p.add_run(t); r.font.size = Pt(11)
        r.bold = 'b' in f; r.italic = 'i' in f
    return p

# ---------------- Floating DrawingML text box -----------------
_tb_id = [100]
NSX = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word"')
def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def textbox_run(p, lines, cx_cm=7.2, cy_cm=6.0, x_cm=9.0, y_cm=0.2, fill='FFF8E1'):
    """Append a floating text box (wps + VML fallback, like Word writes) anchored at paragraph p.
    lines: list of (text, fmt)."""
    _tb_id[0] += 1
    i = _tb_id[0]
    emu = lambda c: int(c * 360000)
    def wp_content():
        out = ''
        for t, f in lines:
            rpr = '<w:rPr>%s%s<w:sz w:val="22"/></w:rPr>' % ('<w:b/>' if 'b' in f else '', '<w:i/>' if 'i' in f else '')
            jc = '<w:jc w:val="center"/>' if 'c' in f else ''
            out += '<w:p><w:pPr><w:spacing w:after="40"/>%s</w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (jc, rpr, _esc(t))
        return out
    content = wp_content()
    xml = ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
           '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
           '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
           '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           '<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>'
           '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox%d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:251659264" fillcolor="#%s" strokecolor="#404040" strokeweight="1pt">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>') % (
        NSX,
        251659264 + i, emu(x_cm), emu(y_cm), emu(cx_cm), emu(cy_cm), i, i, emu(cx_cm), emu(cy_cm), fill, content,
        i, 2048 + i, x_cm * 28.35, y_cm * 28.35, cx_cm * 28.35, cy_cm * 28.35, fill, content)
    p._p.append(parse_xml(xml))
    return p

def page_field(p, instr='PAGE'):
    p._p.append(parse_xml('<w:fldSimple %s w:instr=" %s "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % (nsdecls('w'), instr)))

def national_header(d, left_lines, num, place_date, left_bold_from=1, widths=(7.0, 9.5)):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    c = t.cell(0, 0); c.text = ''
    for i, ln in enumerate(left_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(ln); r.bold = i >= left_bold_from; r.font.size = Pt(12.5)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    c = t.cell(0, 1); c.text = ''
    p = c.paragraphs[0]; r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); r.bold = True; r.font.size = Pt(12.5)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    p = c.add_paragraph(); r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True; r.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, 0); cell_text(c, num, align='c', size=13)
    c = t.cell(1, 1); cell_text(c, place_date, italic=True, align='c', size=13)
    for row in t.rows:
        row.cells[0].width = Cm(widths[0]); row.cells[1].width = Cm(widths[1])
    return t

def signature(d, lines, name, left_lines=None):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.text = ''
    if left_lines:
        p = c.paragraphs[0]; r = p.add_run(left_lines[0]); r.bold = True; r.italic = True; r.font.size = Pt(12)
        for ln in left_lines[1:]:
            pp = c.add_paragraph(); rr = pp.add_run(ln); rr.font.size = Pt(11); pp.paragraph_format.space_after = Pt(0)
    c = t.cell(0, 1); c.text = ''
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(ln); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    for _ in range(3): c.add_paragraph()
    p = c.add_paragraph(); r = p.add_run(name); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t
