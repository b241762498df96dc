# -*- coding: utf-8 -*-
"""Generator for set135: replies to Công văn 2417/SKHCN-TĐC in four hands.
Writes the report files into this folder and the keys into truth/ (sha256 filled by finalize)."""
import os, io, json, zipfile, hashlib, shutil, subprocess, re
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = []

CV = 'Công văn số 2417/SKHCN-TĐC ngày 06/10/2026'


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS.append(dict(file=fname, sha256=None, status=status, reason=reason,
                     unit={'id': unit_id, 'name': unit_name},
                     document={'number': number, 'date': date},
                     entries=[dict(task=t, status=s, indicators=i, text=tx) for (t, s, i, tx) in entries],
                     findings=[], difficulties=diffs, proposals=props))

# ---------------------------------------------------------------- DOCX helpers
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def new_doc(size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin, s.right_margin = Cm(3), Cm(2)
        s.top_margin, s.bottom_margin = Cm(2), Cm(2)
    return d


def P(d, text='', bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def runs(d, parts, align='j', indent=True):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s
        r.italic = 'i' in s
        r.underline = 'u' in s
    if align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def cell_lines(cell, lines, size=12):
    """lines: list of (text, bold, italic)"""
    cell.paragraphs[0].text = ''
    first = True
    for t, b, i in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold, r.italic = b, i
        r.font.size = Pt(size)


def header_table(d, left, right, widths=(7, 9.5)):
    t = d.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    for i, w in enumerate(widths):
        t.cell(0, i).width = Cm(w)
    return t


def _txbx_paras(lines, size=12):
    out = []
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, '')
        t, s = ln
        rpr = '<w:rPr>%s%s<w:sz w:val="%d"/></w:rPr>' % ('<w:b/>' if 'b' in s else '', '<w:i/>' if 'i' in s else '', size * 2)
        jc = '<w:jc w:val="center"/>' if 'c' in s else ''
        out.append('<w:p><w:pPr><w:spacing w:after="0"/>%s</w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % (jc, rpr, escape(t)))
    return ''.join(out)


def add_textbox(d, lines, docpr_id, width_cm=16, height_cm=None, shape='rect', fill=None, border=True,
                size=12, para=None, pos_v_cm=0.0, pos_h_cm=0.0, wrap='topAndBottom'):
    """Floating Word text box (wps) with a VML fallback, as Word 2010+ writes it."""
    if height_cm is None:
        height_cm = 0.55 * len(lines) + 0.5
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    body = _txbx_paras(lines, size)
    fill_x = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else '<a:noFill/>'
    ln_x = ('<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border
            else '<a:ln><a:noFill/></a:ln>')
    wrap_x = '<wp:wrapTopAndBottom/>' if wrap == 'topAndBottom' else '<wp:wrapSquare wrapText="bothSides"/>'
    vtag = 'v:roundrect' if shape == 'roundRect' else 'v:rect'
    varc = ' arcsize="10923f"' if shape == 'roundRect' else ''
    vfill = ' fillcolor="#%s"' % fill if fill else ' filled="f"'
    vstroke = ' strokeweight="1pt"' if border else ' stroked="f"'
    xml = ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
           'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
           '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
           '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
           '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s</wps:spPr>'
           '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           '<mc:Fallback><w:pict><%s id="Text Box %d" o:spid="_x0000_s%d" style="position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;'
           'width:%.1fpt;height:%.1fpt;z-index:%d;mso-wrap-style:square"%s%s%s><v:textbox><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></%s></w:pict></mc:Fallback></mc:AlternateContent></w:r>') % (
        NS, 251658240 + docpr_id, int(pos_h_cm * 360000), int(pos_v_cm * 360000), cx, cy, wrap_x, docpr_id, docpr_id, cx, cy,
        shape, fill_x, ln_x, body,
        vtag, docpr_id, 1024 + docpr_id, pos_h_cm * 28.35, pos_v_cm * 28.35, width_cm * 28.35, height_cm * 28.35,
        251658240 + docpr_id, varc, vfill, vstroke, body, vtag)
    if para is None:
        para = d.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    c0 = t.cell(0, 0)
    c0.paragraphs[0].text = ''
    first = True
    for txt, b, i, sz in left_lines:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt)
        r.bold, r.italic = b, i
        r.font.size = Pt(sz)
    cell_lines(t.cell(0, 1), right_lines, size=13)

# ---------------------------------------------------------------- XLSX helpers
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='top')


def add_xlsx_textbox(path, lines, col0, row0, col1, row1, sheet='xl/worksheets/sheet1.xml', fill='FFF2CC'):
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    paras = []
    for ln in lines:
        t, s = (ln, '') if isinstance(ln, str) else ln
        paras.append('<a:p><a:r><a:rPr lang="vi-VN" sz="1100"%s/><a:t>%s</a:t></a:r></a:p>'
                     % (' b="1"' if 'b' in s else '', escape(t)))
    drawing = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>%d</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
               '<xdr:to><xdr:col>%d</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
               '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
               '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
               '<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr>'
               '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>%s</xdr:txBody>'
               '</xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>') % (col0, row0, col1, row1, fill, ''.join(paras))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdDr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
            'Target="../drawings/drawing1.xml"/></Relationships>')
    zout = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for info, data in items:
        if info.filename == sheet:
            s = data.decode('utf-8')
            if 'xmlns:r=' not in s:
                s = s.replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"', 1)
            s = s.replace('</worksheet>', '<drawing r:id="rIdDr1"/></worksheet>')
            data = s.encode('utf-8')
        if info.filename == '[Content_Types].xml':
            s = data.decode('utf-8').replace('</Types>',
                '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
            data = s.encode('utf-8')
        zout.writestr(info, data)
    zout.writestr('xl/drawings/drawing1.xml', drawing)
    zout.writestr(sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels', rels)
    zout.close()

# ====================================================================== HAND A
# Lâm Văn Hậu-type ward civil servant: Phúc đáp letter, tasks cited by the running number of the
# Sở's 24-row annex ("Nhiệm vụ 21") with a quoted fragment of the task; figures only in a
# rounded box "SỐ LIỆU KÈM THEO" below the items (text box with VML fallback).

def hand_a(fname, ward, ward_upper, place, number, dv, date_words, date_iso, items, box_title, box_lines,
           diffs, props, signer, title_block, cv_line=None, intro=None, key_it=True, unit_id=None,
           status='extracted', reason=None, entries=None):
    d = new_doc(13)
    header_table(d, [('ỦY BAN NHÂN DÂN', False, False), (ward_upper, True, False), ('———————', False, False),
                     ('Số: %s' % number, False, False), (dv, False, True)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('———————————', False, False), ('%s, %s' % (place, date_words), False, True)], widths=(7.2, 9.3))
    P(d)
    runs(d, [('Kính gửi: ', ''), ('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', '')], align='c', indent=False)
    P(d)
    P(d, intro, align='j')
    for it in items:
        runs(d, it, align='j')
    add_textbox(d, [(box_title, 'bc')] + box_lines, docpr_id=11, width_cm=15.5, shape='roundRect', size=12)
    P(d)
    return d


def finish_a(d, fname, kk_head, diffs, kn_head, props, closing, noi_nhan, sign_lines):
    runs(d, [(kk_head, 'b')], align='j')
    for x in diffs:
        P(d, '- ' + x, align='j')
    runs(d, [(kn_head, 'b')], align='j')
    for x in props:
        P(d, '- ' + x, align='j')
    P(d, closing, align='j')
    sign_block(d, [('Nơi nhận:', True, True, 12)] + [(x, False, False, 11) for x in noi_nhan],
               [(x, True, False) for x in sign_lines[:-1]] + [('', False, False)] * 3 + [(sign_lines[-1], True, False)])
    d.save(os.path.join(OUT, fname))


def build_a1():
    fname = 'CV412-UBND-VHXH phuc dap CV2417 SKHCN.docx'
    ward = 'Phường Tăng Nhơn Phú'
    intro = ('Phúc đáp %s của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai '
             'Chỉ thị số 38-CT/TW năm 2026; căn cứ danh mục 24 nhiệm vụ tại Phụ lục kèm theo Công văn, Ủy ban nhân dân '
             'phường Tăng Nhơn Phú báo cáo các nhiệm vụ có liên quan đến phường như sau:' % CV)
    t1 = ('Phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp phổ biến quy định về đo lường, '
          'ghi nhãn hàng hóa cho hộ kinh doanh tại chợ Tăng Nhơn Phú và khu phố 12; đồng thời đăng tin trên trang '
          'thông tin điện tử phường. Phần việc của phường năm 2026 đã thực hiện xong.')
    t7 = ('Phường đang rà soát, cập nhật các quy trình nội bộ theo TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành '
          'chính; dự kiến ban hành lại trong tháng 11/2026.')
    t12 = 'Phường đã cử công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức ngày 16/7/2026. Đã hoàn thành.'
    t21 = ('Phường phối hợp với Chi cục kiểm tra đo lường tại chợ Tăng Nhơn Phú, chợ Phước Long và các cửa hàng '
           'xăng dầu trên địa bàn; duy trì 02 điểm cân đối chứng tại chợ. Phường đã thực hiện xong kế hoạch kiểm tra năm 2026.')
    t22 = ('Trong kỳ, phường không nhận được phản ánh, tố giác nào liên quan đến tiêu chuẩn, đo lường, chất lượng '
           '(không phát sinh).')
    items = [
        [('1. Nhiệm vụ 1 ', 'b'), ('("Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng…"): ', 'i'), (t1, '')],
        [('2. Nhiệm vụ 7 ', 'b'), ('("…hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước…"): ', 'i'), (t7, '')],
        [('3. Nhiệm vụ 12 ', 'b'), ('("…tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ… cho công chức các Sở, ngành, UBND xã, phường, đặc khu…"): ', 'i'), (t12, '')],
        [('4. Nhiệm vụ 21 ', 'b'), ('("…phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền…"): ', 'i'), (t21, '')],
        [('5. Nhiệm vụ 22 ', 'b'), ('("…bảo vệ người tố giác hành vi vi phạm…"): ', 'i'), (t22, '')],
    ]
    b1 = 'Nhiệm vụ 1: 02 lớp, 165 lượt người tham dự; 04 tin, bài trên trang thông tin điện tử phường.'
    b12 = 'Nhiệm vụ 12: 02 công chức tham dự.'
    b21 = 'Nhiệm vụ 21: 05 cuộc kiểm tra; 38 cơ sở được kiểm tra; 04 cơ sở vi phạm; phạt 7.500.000 đồng.'
    d = hand_a(fname, ward, 'PHƯỜNG TĂNG NHƠN PHÚ', 'Tăng Nhơn Phú', '412/UBND-VHXH',
               'V/v phúc đáp Công văn số 2417/SKHCN-TĐC', 'ngày 27 tháng 10 năm 2026', '2026-10-27', items,
               'SỐ LIỆU KÈM THEO (đến ngày 25/10/2026)', [b1, b12, b21], None, None, None, None, intro=intro)
    diffs = ['Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng tại phường kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu.',
             'Phường chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ 01 bộ quả cân chuẩn cho điểm cân đối chứng của phường.',
             'Đề nghị Sở giữ cố định số thứ tự nhiệm vụ trong Phụ lục để các phường thống nhất cách báo cáo.']
    finish_a(d, fname, '6. Khó khăn, vướng mắc:', diffs, '7. Đề xuất:', props,
             'Trên đây là báo cáo phúc đáp của Ủy ban nhân dân phường Tăng Nhơn Phú./.',
             ['- Như trên;', '- Chi cục TĐC (để biết);', '- TT.ĐU, TT.HĐND phường;', '- Lưu: VT, VHXH.'],
             ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Kim Loan'])
    key(fname, '26842', ward, '412/UBND-VHXH', '2026-10-27', [
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 165, 'communications': 4}, t1 + ' ' + b1),
        ('II.2.đ', 'in_progress', {}, t7),
        ('II.3.a', 'completed', {'participants': 2}, t12 + ' ' + b12),
        ('II.5.c', 'completed', {'inspections': 5, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 7500000}, t21 + ' ' + b21),
        ('II.5.d', 'not_applicable', {}, t22),
    ], diffs, props)


def build_a2():
    fname = 'Tan Uyen - phuc dap CV 2417 (KH CT38).docx'
    ward = 'Phường Tân Uyên'
    intro = ('Phúc đáp %s của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai '
             'Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Uyên báo cáo theo số thứ tự nhiệm vụ tại Phụ lục của '
             'Công văn như sau:' % CV)
    t1 = ('Phường lồng ghép tuyên truyền tại các cuộc họp khu phố, đăng tin trên trang Zalo "Phường Tân Uyên" '
          'và trang thông tin điện tử phường; đang tiếp tục thực hiện.')
    t6 = ('Phường phối hợp với Chi cục hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ tại cụm công nghiệp Uyên Hưng về '
          'ghi nhãn hàng hóa, công bố hợp quy; việc này đang thực hiện.')
    t12 = ('Chưa thực hiện do năm 2026 Chi cục chưa tổ chức lớp cho công chức khu vực phường Tân Uyên.')
    t19 = ('Phường phối hợp với Chi cục kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em dịp Tết Trung thu; đã xong.')
    t21 = ('Đang thực hiện; phường đã cùng Chi cục kiểm tra cân tại chợ Tân Uyên và chợ Uyên Hưng, còn đợt kiểm tra '
           'cột đo xăng dầu trong tháng 11/2026.')
    items = [
        [('- Nhiệm vụ 1 ', 'b'), ('("…tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng…"): ', 'i'), (t1, '')],
        [('- Nhiệm vụ 6 ', 'b'), ('("Hỗ trợ doanh nghiệp… thực hiện công bố chất lượng sản phẩm, hàng hóa…"): ', 'i'), (t6, '')],
        [('- Nhiệm vụ 12 ', 'b'), ('("…tập huấn và cập nhật kiến thức… cho công chức… UBND xã, phường, đặc khu"): ', 'i'), (t12, '')],
        [('- Nhiệm vụ 19 ', 'b'), ('("Tổ chức kiểm tra, giám sát… bảo đảm an toàn của sản phẩm, hàng hóa…"): ', 'i'), (t19, '')],
        [('- Nhiệm vụ 21 ', 'b'), ('("…các nội dung được phân quyền…"): ', 'i'), (t21, '')],
    ]
    b1 = 'Nhiệm vụ 1: 06 tin, bài.'
    b6 = 'Nhiệm vụ 6: hướng dẫn 09 doanh nghiệp, hộ kinh doanh.'
    b19 = 'Nhiệm vụ 19: 02 cuộc; 14 cơ sở; 01 cơ sở vi phạm.'
    b21 = 'Nhiệm vụ 21: 03 cuộc; 26 cơ sở; 02 cơ sở vi phạm; phạt 4.000.000 đồng.'
    d = hand_a(fname, ward, 'PHƯỜNG TÂN UYÊN', 'Tân Uyên', '1093/UBND-KT', 'V/v phúc đáp Công văn số 2417/SKHCN-TĐC',
               'ngày 29 tháng 10 năm 2026', '2026-10-29', items, 'SỐ LIỆU', [b1, b6, b19, b21], None, None, None, None,
               intro=intro)
    diffs = ['Địa bàn rộng, nhiều khu công nghiệp, cụm công nghiệp; lực lượng kiểm tra của phường mỏng.']
    props = ['Đề nghị Chi cục sớm tổ chức lớp tập huấn nghiệp vụ cho công chức phường trong Quý IV/2026.']
    finish_a(d, fname, 'Khó khăn:', diffs, 'Kiến nghị:', props,
             'Ủy ban nhân dân phường Tân Uyên kính báo cáo./.',
             ['- Như trên;', '- Lưu: VT, KT.'],
             ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Phúc'])
    key(fname, '25888', ward, '1093/UBND-KT', '2026-10-29', [
        ('II.1.a', 'in_progress', {'communications': 6}, t1 + ' ' + b1),
        ('II.2.d', 'in_progress', {'enterprises_supported': 9}, t6 + ' ' + b6),
        ('II.3.a', 'not_started', {}, t12),
        ('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 14, 'violations': 1}, t19 + ' ' + b19),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 26, 'violations': 2, 'fines_vnd': 4000000}, t21 + ' ' + b21),
    ], diffs, props)


def build_a3():
    fname = 'BinhCo_CV287_bao cao CT38.docx'
    ward = 'Phường Bình Cơ'
    intro = ('Phúc đáp %s của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bình Cơ báo cáo kết quả thực hiện '
             'các nhiệm vụ của Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 có liên quan đến phường (đánh số theo '
             'Phụ lục của Công văn):' % CV)
    t1 = ('Phường tổ chức tuyên truyền cho hộ kinh doanh tại chợ Bình Cơ; phát thanh trên loa khu phố. Nội dung này '
          'đang triển khai, tiếp tục trong Quý IV/2026.')
    t7 = ('Phường đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại Quyết định số 112/QĐ-UBND '
          'ngày 15/8/2026; đã hoàn thành.')
    t12 = 'Số liệu tại khung kèm theo.'
    t21 = ('Phường phối hợp với Chi cục kiểm tra phương tiện đo tại chợ Bình Cơ và 03 cửa hàng vàng bạc; đã hoàn thành '
           'phần việc của phường năm 2026.')
    t22 = ('Tiếp nhận 01 phản ánh của người dân về cân sai tại chợ Bình Cơ, đã chuyển Chi cục xử lý; đã hoàn thành.')
    items = [
        [('a) Nhiệm vụ 1 ', 'b'), ('("…lớp tập huấn văn bản quy phạm pháp luật…"): ', 'i'), (t1, '')],
        [('b) Nhiệm vụ 7 ', 'b'), ('("…hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan… hành chính nhà nước"): ', 'i'), (t7, '')],
        [('c) Nhiệm vụ 12 ', 'b'), ('("…cập nhật kiến thức… cho công chức… UBND xã, phường, đặc khu"): ', 'i'), (t12, '')],
        [('d) Nhiệm vụ 21 ', 'b'), ('("…nội dung được phân quyền trong công tác quản lý nhà nước…"): ', 'i'), (t21, '')],
        [('đ) Nhiệm vụ 22 ', 'b'), ('("Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác…"): ', 'i'), (t22, '')],
    ]
    b1 = 'Nhiệm vụ 1: 01 hội nghị tuyên truyền, 70 người tham dự; 02 tin, bài.'
    b12 = 'Nhiệm vụ 12: 01 công chức tham dự hội nghị trực tuyến của Chi cục.'
    b21 = 'Nhiệm vụ 21: 03 cuộc; 21 cơ sở; 01 cơ sở vi phạm; phạt 1.500.000 đồng.'
    d = hand_a(fname, ward, 'PHƯỜNG BÌNH CƠ', 'Bình Cơ', '287/UBND', 'V/v báo cáo theo Công văn số 2417/SKHCN-TĐC',
               'ngày 03 tháng 11 năm 2026', '2026-11-03', items, 'KHUNG SỐ LIỆU', [b1, b12, b21], None, None, None, None,
               intro=intro)
    diffs = ['Một số hộ kinh doanh tại chợ sử dụng cân chưa kiểm định, khi kiểm tra thường đóng sạp, khó xử lý.']
    props = ['Đề nghị Chi cục phối hợp Ban quản lý chợ tổ chức đổi cân miễn phí cho tiểu thương.',
             'Đề nghị Sở hướng dẫn mẫu báo cáo thống nhất cho phường, xã.']
    finish_a(d, fname, 'Khó khăn, vướng mắc', diffs, 'Đề xuất, kiến nghị', props,
             'Trên đây là báo cáo của Ủy ban nhân dân phường Bình Cơ./.',
             ['- Như trên;', '- Lưu: VT.'],
             ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Thành Nhân'])
    key(fname, '25915', ward, '287/UBND', '2026-11-03', [
        ('II.1.a', 'in_progress', {'training_courses': 1, 'participants': 70, 'communications': 2}, t1 + ' ' + b1),
        ('II.2.đ', 'completed', {}, t7),
        ('II.3.a', 'unknown', {'participants': 1}, b12),
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 21, 'violations': 1, 'fines_vnd': 1500000}, t21 + ' ' + b21),
        ('II.5.d', 'completed', {}, t22),
    ], diffs, props)


def build_a4():  # mistaken: chuyển đổi số
    fname = 'TayNam phuc dap CV SKHCN (so 356).docx'
    ward = 'Phường Tây Nam'
    intro = ('Phúc đáp Công văn số 1980/SKHCN-CĐS ngày 18/9/2026 của Sở Khoa học và Công nghệ về việc báo cáo tình hình '
             'triển khai chuyển đổi số Quý III/2026, Ủy ban nhân dân phường Tây Nam báo cáo theo số thứ tự nhiệm vụ tại '
             'Phụ lục của Công văn như sau:')
    items = [
        [('1. Nhiệm vụ 2 ', 'b'), ('("…phát triển hạ tầng số, bảo đảm kết nối mạng diện rộng…"): ', 'i'),
         ('Phường đã hoàn thành nâng cấp đường truyền số liệu chuyên dùng tại trụ sở và 02 điểm tiếp nhận hồ sơ.', '')],
        [('2. Nhiệm vụ 5 ', 'b'), ('("…cung cấp dịch vụ công trực tuyến toàn trình…"): ', 'i'),
         ('Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến; đang tiếp tục thực hiện.', '')],
        [('3. Nhiệm vụ 9 ', 'b'), ('("…phổ cập kỹ năng số cho người dân qua Tổ công nghệ số cộng đồng…"): ', 'i'),
         ('Tổ công nghệ số cộng đồng của 18 khu phố hoạt động thường xuyên; đã xong đợt cao điểm tháng 8.', '')],
    ]
    box = ['Nhiệm vụ 2: 02 điểm tiếp nhận được nâng cấp đường truyền.',
           'Nhiệm vụ 5: tỷ lệ hồ sơ trực tuyến toàn trình đạt 78,4%.',
           'Nhiệm vụ 9: 18 tổ công nghệ số cộng đồng; 1.260 lượt người dân được hướng dẫn cài đặt VNeID.']
    d = hand_a(fname, ward, 'PHƯỜNG TÂY NAM', 'Tây Nam', '356/UBND-VHXH', 'V/v phúc đáp Công văn số 1980/SKHCN-CĐS',
               'ngày 22 tháng 10 năm 2026', '2026-10-22', items, 'SỐ LIỆU KÈM THEO', box, None, None, None, None,
               intro=intro)
    diffs = ['Thiết bị tin học tại bộ phận Một cửa đã cũ, thường xuyên hư hỏng.']
    props = ['Đề nghị Sở hỗ trợ phường 02 máy tính cho bộ phận Một cửa.']
    finish_a(d, fname, '4. Khó khăn:', diffs, '5. Đề xuất:', props,
             'Trên đây là báo cáo phúc đáp của Ủy ban nhân dân phường Tây Nam./.',
             ['- Như trên;', '- Lưu: VT, VHXH.'],
             ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đặng Minh Khoa'])
    key(fname, '25843', ward, '356/UBND-VHXH', '2026-10-22', [], [], [], status='rejected',
        reason='Báo cáo chuyển đổi số Quý III/2026 (phúc đáp Công văn 1980/SKHCN-CĐS), không phải báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.')

# ====================================================================== HAND B
# Department clerk (Đoàn Thị Mai Phương type): formal reply, "V/v" in a borderless text box under
# the number; the plan's items cited in decimal form "Mục 2.6" (group . position of the letter),
# an italic "Vai trò:" line, and the status as a closing line "Phần phối hợp của Sở đến nay: …".

def hand_b(fname, parent, unit_upper, number, date_words, vv, intro, items, kk, kn, signer, noi_nhan,
           role_word='phối hợp', heading='I. PHẦN VIỆC CỦA SỞ THEO KẾ HOẠCH'):
    d = new_doc(14)
    header_table(d, [(parent, False, False), (unit_upper, True, False), ('———', False, False), ('Số: %s' % number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('———————————', False, False), ('Thành phố Hồ Chí Minh, %s' % date_words, False, True)], widths=(7, 9.5))
    add_textbox(d, [(vv, '')], docpr_id=21, width_cm=6.5, height_cm=1.6, border=False, size=12, pos_h_cm=0.2)
    P(d)
    runs(d, [('Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', '')], align='c', indent=False)
    runs(d, [('(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)', 'i')], align='c', indent=False)
    P(d, intro, align='j')
    runs(d, [(heading, 'b')], align='j', indent=False)
    for it in items:
        runs(d, [(it['head'], 'b')], align='j')
        runs(d, [('Vai trò: ', 'i'), (it['role'], 'i')], align='j')
        P(d, it['body'], align='j')
        runs(d, [('Phần %s của Sở đến nay: ' % role_word, ''), (it['st'], 'u')], align='j')
    runs(d, [('II. KHÓ KHĂN, KIẾN NGHỊ', 'b')], align='j', indent=False)
    for i, x in enumerate(kk):
        P(d, '%d. Khó khăn: %s' % (i + 1, x), align='j')
    for i, x in enumerate(kn):
        P(d, '%d. Kiến nghị: %s' % (len(kk) + i + 1, x), align='j')
    P(d, 'Trên đây là nội dung phúc đáp của %s./.' % signer[0], align='j')
    sign_block(d, [('Nơi nhận:', True, True, 12)] + [(x, False, False, 11) for x in noi_nhan],
               [(x, True, False) for x in signer[1][:-1]] + [('', False, False)] * 3 + [(signer[1][-1], True, False)])
    d.save(os.path.join(OUT, fname))


def build_b1():
    fname = 'SCT_5318_phuc dap SKHCN_CT38.docx'
    unit = 'Sở Công Thương'
    intro = ('Sở Công Thương nhận được %s của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch '
             'triển khai Chỉ thị số 38-CT/TW năm 2026. Đối chiếu Kế hoạch, Sở Công Thương không chủ trì nhiệm vụ nào mà '
             'tham gia phối hợp ở một số mục; Sở Công Thương phúc đáp phần việc của Sở như sau:' % CV)
    it = [
        dict(head='1. Mục 5.1 – kiểm tra, giám sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường',
             role='Sở Công Thương phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng (Sở Khoa học và Công nghệ).',
             body=('Sở Công Thương cử công chức Phòng Quản lý Năng lượng tham gia đoàn kiểm tra liên ngành về đo lường, '
                   'chất lượng xăng dầu, khí dầu mỏ hóa lỏng. Đã phối hợp 06 cuộc kiểm tra tại 41 cửa hàng xăng dầu, cơ sở '
                   'kinh doanh khí; phát hiện 03 cơ sở vi phạm, xử phạt 42.500.000 đồng.'),
             st='đã xong theo kế hoạch kiểm tra năm 2026.', task='II.5.a', status='completed',
             ind={'inspections': 6, 'establishments_inspected': 41, 'violations': 3, 'fines_vnd': 42500000}),
        dict(head='2. Mục 2.4 – hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, nâng cao năng suất, chất lượng',
             role='phối hợp (lồng ghép Chương trình khuyến công Thành phố).',
             body=('Thông qua Chương trình khuyến công, Sở hỗ trợ 12 doanh nghiệp công nghiệp nông thôn áp dụng ISO 9001, '
                   '5S, Kaizen; kinh phí đã giải ngân 1,2 tỷ đồng.'),
             st='đang tiếp tục, dự kiến hoàn tất hồ sơ thanh toán trong tháng 12/2026.', task='II.2.d', status='in_progress',
             ind={'enterprises_supported': 12, 'budget_spent_vnd': 1200000000}),
        dict(head='3. Mục 2.6 – góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
             role='phối hợp.',
             body=('Sở Công Thương có ý kiến góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn '
                   'thảo (an toàn điện, khí dầu mỏ hóa lỏng, hóa chất).'),
             st='đã xong.', task='II.2.e', status='completed', ind={'standards_reviewed': 3}),
        dict(head='4. Mục 6.1 – cập nhật điều ước, thỏa thuận quốc tế',
             role='phối hợp.',
             body=('Sở duy trì chuyên mục cảnh báo hàng rào kỹ thuật trong thương mại (TBT), đăng 08 tin về các biện pháp '
                   'kỹ thuật của thị trường xuất khẩu (EU, Hoa Kỳ, Nhật Bản).'),
             st='đang tiếp tục (thường xuyên).', task='II.6.a', status='in_progress', ind={'communications': 8}),
        dict(head='5. Mục 1.1 – tập huấn văn bản quy phạm pháp luật',
             role='phối hợp (khi có đề nghị).',
             body='Năm 2026 Sở chưa nhận được đề nghị phối hợp tổ chức lớp.',
             st='chưa phát sinh.', task='II.1.a', status='not_applicable', ind={}),
    ]
    kk = ['Kế hoạch giao phối hợp cho "các phòng, đơn vị" và các sở, ngành chung, chưa nêu cụ thể đầu mối nên việc phân công trong nội bộ Sở còn lúng túng.']
    kn = ['Đề nghị Sở Khoa học và Công nghệ gửi văn bản đề nghị phối hợp cho từng nội dung cụ thể, kèm thời gian để Sở Công Thương bố trí lực lượng.']
    hand_b(fname, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG',
           '5318/SCT-QLNL', 'ngày 30 tháng 10 năm 2026',
           'V/v phúc đáp Công văn số 2417/SKHCN-TĐC về kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
           intro, it, kk, kn, ('Sở Công Thương', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Huỳnh Thanh Sơn']),
           ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLNL.'])
    key(fname, 'SO-CT', unit, '5318/SCT-QLNL', '2026-10-30',
        [(x['task'], x['status'], x['ind'], x['body'] + ' ' + x['st']) for x in it], kk, kn)


def build_b2():
    fname = 'SYT 7742 - tra loi CV 2417 SKHCN.docx'
    unit = 'Sở Y tế'
    intro = ('Sở Y tế nhận được %s của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai '
             'Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo theo các mục của Kế hoạch có liên quan đến ngành y tế như sau:' % CV)
    it = [
        dict(head='1. Mục 2.5 – hệ thống quản lý chất lượng trong hoạt động của cơ quan hành chính',
             role='Sở Y tế tự thực hiện tại cơ quan Sở.',
             body=('Sở Y tế đã công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 '
                   '(Quyết định số 3015/QĐ-SYT ngày 12/8/2026), cập nhật 136 quy trình giải quyết thủ tục hành chính.'),
             st='đã xong.', task='II.2.đ', status='completed', ind={}),
        dict(head='2. Mục 2.6 – góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
             role='phối hợp với Sở Khoa học và Công nghệ.',
             body=('Sở Y tế góp ý tổng cộng 03 dự thảo (02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế, '
                   '01 dự thảo TCVN về khẩu trang y tế).'),
             st='đã xong.', task='II.2.e', status='completed', ind={'standards_reviewed': 3}),
        dict(head='3. Mục 3.1 – tập huấn, cập nhật kiến thức cho công chức các sở, ngành',
             role='phối hợp (cử người tham dự).',
             body=('Sở cử 04 công chức, viên chức tham dự lớp cập nhật kiến thức đo lường trong lĩnh vực y tế do Chi cục '
                   'Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 22/8/2026.'),
             st='đã xong.', task='II.3.a', status='completed', ind={'participants': 4}),
        dict(head='4. Mục 3.4 – đào tạo, bồi dưỡng trong các trường cao đẳng, trung cấp',
             role='phối hợp (các trường trực thuộc Sở Y tế).',
             body=('Các trường cao đẳng, trung cấp y tế trực thuộc chưa bố trí được chuyên đề về tiêu chuẩn, đo lường, '
                   'chất lượng; dự kiến lồng ghép vào học kỳ I năm học 2026 – 2027.'),
             st='chưa thực hiện.', task='II.3.d', status='not_started', ind={}),
        dict(head='5. Mục 5.1 – kiểm tra về đo lường, chất lượng',
             role='Sở Y tế phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng.',
             body=('Phối hợp kiểm tra phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại 18 cơ sở '
                   'khám bệnh, chữa bệnh tư nhân qua 03 cuộc kiểm tra; 02 cơ sở vi phạm đã được Chi cục lập biên bản.'),
             st='đang thực hiện, còn 01 đợt trong tháng 11/2026.', task='II.5.a', status='in_progress',
             ind={'inspections': 3, 'establishments_inspected': 18, 'violations': 2}),
    ]
    kk = ['Nhiều cơ sở y tế tư nhân chưa nắm quy định về kiểm định định kỳ phương tiện đo nhóm 2.']
    kn = ['Đề nghị Chi cục biên soạn tài liệu hướng dẫn ngắn về kiểm định phương tiện đo dùng trong y tế để Sở Y tế phổ biến đến các cơ sở.']
    hand_b(fname, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', '7742/SYT-NVY', 'ngày 31 tháng 10 năm 2026',
           'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (trả lời Công văn số 2417/SKHCN-TĐC)',
           intro, it, kk, kn, ('Sở Y tế', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Vĩnh Châu']),
           ['- Như trên;', '- Ban Giám đốc Sở;', '- Lưu: VT, NVY.'], role_word='việc')
    key(fname, 'SO-YT', unit, '7742/SYT-NVY', '2026-10-31',
        [(x['task'], x['status'], x['ind'], x['body'] + ' ' + x['st']) for x in it], kk, kn)


def build_b3():
    fname = 'SNV-CCHC 4105 phuc dap KH CT38.docx'
    unit = 'Sở Nội vụ'
    intro = ('Thực hiện %s của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị '
             'số 38-CT/TW năm 2026, Sở Nội vụ phúc đáp phần việc Sở Nội vụ tham gia như sau:' % CV)
    it = [
        dict(head='1. Mục 2.5 – áp dụng, duy trì hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước',
             role='phối hợp (theo dõi qua Chỉ số cải cách hành chính).',
             body=('Sở Nội vụ theo dõi việc áp dụng Hệ thống quản lý chất lượng trong đánh giá Chỉ số cải cách hành chính '
                   'năm 2026 của các sở, ngành, phường, xã, đặc khu; hiện đang tổng hợp kết quả tự chấm điểm.'),
             st='đang thực hiện.', task='II.2.đ', status='in_progress', ind={}),
        dict(head='2. Mục 3.1 – tập huấn, cập nhật kiến thức cho công chức',
             role='phối hợp với Sở Khoa học và Công nghệ.',
             body=('Sở Nội vụ đưa chuyên đề tiêu chuẩn, đo lường, chất lượng vào chương trình bồi dưỡng công chức cấp xã '
                   'năm 2026: đã tổ chức 02 lớp với 310 học viên.'),
             st='đã xong.', task='II.3.a', status='completed', ind={'training_courses': 2, 'participants': 310}),
        dict(head='3. Mục 3.3 – thu hút chuyên gia, cán bộ trình độ cao',
             role='phối hợp với Phòng Quản lý Khoa học (Sở Khoa học và Công nghệ).',
             body=('Trong năm chưa có hồ sơ đề nghị thu hút chuyên gia thuộc lĩnh vực tiêu chuẩn, đo lường, chất lượng '
                   'gửi Sở Nội vụ thẩm định.'),
             st='không phát sinh.', task='II.3.c', status='not_applicable', ind={}),
        dict(head='4. Mục 5.4 – khen thưởng trong công tác tiêu chuẩn, đo lường, chất lượng',
             role='phối hợp (tham mưu thi đua, khen thưởng).',
             body=('Sở Nội vụ đã tham mưu Chủ tịch Ủy ban nhân dân Thành phố tặng Bằng khen cho 02 tập thể, 03 cá nhân có '
                   'thành tích trong công tác tiêu chuẩn, đo lường, chất lượng.'),
             st='đã xong.', task='II.5.d', status='completed', ind={}),
    ]
    kk = ['Chưa có hướng dẫn tiêu chí đánh giá mức độ áp dụng Hệ thống quản lý chất lượng sau khi tổ chức chính quyền địa phương hai cấp.']
    kn = ['Đề nghị Sở Khoa học và Công nghệ phối hợp Sở Nội vụ ban hành hướng dẫn chung về duy trì, cải tiến Hệ thống quản lý chất lượng tại phường, xã, đặc khu.']
    hand_b(fname, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NỘI VỤ', '4105/SNV-CCHC', 'ngày 28 tháng 10 năm 2026',
           'V/v phúc đáp Công văn số 2417/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ',
           intro, it, kk, kn, ('Sở Nội vụ', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trương Thị Ánh Tuyết']),
           ['- Như trên;', '- Lưu: VT, CCHC.'])
    key(fname, 'SO-NV', unit, '4105/SNV-CCHC', '2026-10-28',
        [(x['task'], x['status'], x['ind'], x['body'] + ' ' + x['st']) for x in it], kk, kn)


def build_b4():  # mistaken: an toàn thực phẩm
    fname = 'SATTP 2281 phuc dap (gui SKHCN).docx'
    unit = 'Sở An toàn thực phẩm'
    intro = ('Sở An toàn thực phẩm nhận được Công văn số 2390/BCĐ-LNATTP ngày 02/10/2026 của Ban Chỉ đạo liên ngành về an '
             'toàn thực phẩm Thành phố về việc báo cáo kết quả bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026. '
             'Sở An toàn thực phẩm phúc đáp theo các mục của Kế hoạch cao điểm như sau:')
    it = [
        dict(head='1. Mục 2.1 – kiểm tra cơ sở sản xuất, kinh doanh bánh Trung thu',
             role='chủ trì, phối hợp Đội Quản lý thị trường.',
             body=('Tổ chức 14 đoàn kiểm tra tại 236 cơ sở sản xuất, kinh doanh bánh Trung thu; phát hiện 21 cơ sở vi phạm, '
                   'xử phạt 186.500.000 đồng.'), st='đã xong.'),
        dict(head='2. Mục 2.3 – lấy mẫu giám sát',
             role='chủ trì.', body='Lấy 120 mẫu bánh, nhân bánh để xét nghiệm nhanh và gửi kiểm nghiệm; 02 mẫu không đạt.',
             st='đã xong.'),
        dict(head='3. Mục 3.2 – truyền thông an toàn thực phẩm',
             role='phối hợp Báo, Đài Thành phố.', body='Đăng 32 tin, bài; 04 phóng sự về lựa chọn bánh Trung thu an toàn.',
             st='đã xong.'),
    ]
    kk = ['Nhiều cơ sở sản xuất bánh thủ công theo mùa vụ, không đăng ký kinh doanh.']
    kn = ['Đề nghị Ban Chỉ đạo chỉ đạo phường, xã rà soát cơ sở sản xuất thủ công trước mùa cao điểm.']
    hand_b(fname, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM', '2281/SATTP-NVTT', 'ngày 26 tháng 10 năm 2026',
           'V/v phúc đáp Công văn số 2390/BCĐ-LNATTP về bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026',
           intro, it, kk, kn, ('Sở An toàn thực phẩm', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Phạm Khánh Phong Lan']),
           ['- Như trên;', '- Sở Khoa học và Công nghệ (để biết);', '- Lưu: VT, NVTT.'], role_word='việc',
           heading='I. KẾT QUẢ THỰC HIỆN')
    key(fname, 'SO-ATTP', unit, '2281/SATTP-NVTT', '2026-10-26', [], [], [], status='rejected',
        reason='Báo cáo bảo đảm an toàn thực phẩm dịp Tết Trung thu 2026 (phúc đáp Công văn 2390/BCĐ-LNATTP), không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW.')

# ====================================================================== HAND C
# Excel reply (Trịnh Quốc Bảo type): the letter typed into a sheet "PhucDap"; each row cites the plan
# as "Phần n" + "Nội dung thứ <ordinal word>" (ordinal of the letter inside the group), a role
# column, multi-line "Số liệu" cell, status in "Mức độ" (Xong phần việc / Còn tiếp / Chưa tới lượt /
# Không PS); difficulties and proposals only in a yellow text box drawn on the sheet.

ORD = {1: 'thứ nhất', 2: 'thứ hai', 3: 'thứ ba', 4: 'thứ tư', 5: 'thứ năm', 6: 'thứ sáu', 7: 'thứ bảy', 8: 'thứ tám', 9: 'thứ chín'}
LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i']
STC = {'Xong phần việc': 'completed', 'Còn tiếp': 'in_progress', 'Chưa tới lượt': 'not_started', 'Không PS': 'not_applicable'}


def hand_c(fname, left1, left2, number, date_words, subtitle, rows, box, sign_title, signer, unit_id, unit_name, date_iso,
           fill='FFF2CC'):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'PhucDap'
    widths = {'A': 5, 'B': 8, 'C': 12, 'D': 18, 'E': 46, 'F': 22, 'G': 15}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    f = Font(name='Times New Roman', size=12)
    fb = Font(name='Times New Roman', size=12, bold=True)
    ws['A1'], ws['E1'] = left1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['A2'], ws['E2'] = left2, 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'], ws['E3'] = 'Số: %s' % number, date_words
    for r in (1, 2, 3):
        ws.merge_cells('A%d:D%d' % (r, r))
        ws.merge_cells('E%d:G%d' % (r, r))
        for c in ('A', 'E'):
            ws['%s%d' % (c, r)].alignment = Alignment(horizontal='center')
            ws['%s%d' % (c, r)].font = fb if (r < 3 and (c == 'E' or r == 2)) else f
    ws['E3'].font = Font(name='Times New Roman', size=12, italic=True)
    ws['A5'] = 'PHÚC ĐÁP CÔNG VĂN SỐ 2417/SKHCN-TĐC NGÀY 06/10/2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws.merge_cells('A5:G5')
    ws['A5'].font = Font(name='Times New Roman', size=13, bold=True)
    ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = subtitle
    ws.merge_cells('A6:G6')
    ws['A6'].font = Font(name='Times New Roman', size=12, italic=True)
    ws['A6'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[6].height = 32
    hdr = ['STT', 'Phần', 'Nội dung', 'Chủ trì / phối hợp', 'Việc đã làm', 'Số liệu', 'Mức độ']
    for i, h in enumerate(hdr):
        c = ws.cell(row=8, column=i + 1, value=h)
        c.font, c.border = fb, BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9D9D9')
    r = 9
    entries = []
    for n, row in enumerate(rows, 1):
        task, role, did, figs, st, ind = row
        g, letter = task.split('.')[1], task.split('.')[2]
        vals = [n, 'Phần %s' % g, ORD[LETTERS.index(letter) + 1], role, did, figs, st]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font, c.border, c.alignment = f, BOX, WRAP
        ws.row_dimensions[r].height = max(34, 16 * max(1, figs.count('\n') + 1), 16 * (len(did) // 45 + 1))
        entries.append((task, STC[st], ind, did + (' ' + figs.replace('\n', '; ') if figs else '')))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn, vướng mắc và kiến nghị: xem khung ghi chú bên dưới.').font = Font(name='Times New Roman', size=12, italic=True)
    box_row0 = r + 1
    box_rows = len(box) + 2
    sr = box_row0 + box_rows + 1
    ws.cell(row=sr, column=5, value=sign_title).font = fb
    ws.cell(row=sr + 4, column=5, value=signer).font = fb
    ws.cell(row=sr, column=5).alignment = Alignment(horizontal='center')
    ws.cell(row=sr + 4, column=5).alignment = Alignment(horizontal='center')
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    p = os.path.join(OUT, fname)
    wb.save(p)
    add_xlsx_textbox(p, box, 1, box_row0 - 1, 6, box_row0 - 1 + box_rows, fill=fill)
    return entries


def split_box(box):
    diffs, props, mode = [], [], None
    for ln in box:
        t = ln if isinstance(ln, str) else ln[0]
        if t.upper().startswith('KHÓ KHĂN'):
            mode = 'd'
        elif t.upper().startswith('KIẾN NGHỊ'):
            mode = 'p'
        elif t.startswith('- '):
            (diffs if mode == 'd' else props).append(t[2:])
    return diffs, props


def build_c1():
    fname = 'KTPC - phuc dap CV2417 (CT38).xlsx'
    rows = [
        ('II.2.c', 'Phối hợp Chi cục TĐC', 'Góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật và 02 dự thảo Nghị định hướng dẫn.', '', 'Xong phần việc', {}),
        ('II.4.b', 'Phối hợp Chi cục TĐC', 'Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ của Chi cục; phối hợp đưa đi kiểm định, hiệu chuẩn.', '12 phương tiện đo nghiệp vụ', 'Xong phần việc', {'instruments_verified': 12}),
        ('II.5.a', 'Phối hợp Chi cục TĐC', 'Cử công chức tham gia đoàn kiểm tra chất lượng hàng hóa, đo lường trong kinh doanh vàng, xăng dầu; thẩm định hồ sơ xử phạt.', '09 cuộc\n112 cơ sở\n14 cơ sở vi phạm\n186.000.000 đ tiền phạt', 'Còn tiếp',
         {'inspections': 9, 'establishments_inspected': 112, 'violations': 14, 'fines_vnd': 186000000}),
        ('II.5.b', 'Phối hợp Chi cục TĐC', 'Tiếp nhận kết quả khảo sát chất lượng của Chi cục, đề xuất kiểm tra đột xuất đối với các sản phẩm có kết quả không phù hợp.', '30 mẫu khảo sát', 'Xong phần việc', {'samples_tested': 30}),
        ('II.5.c', 'Phối hợp Chi cục TĐC', 'Tổ chức hội nghị hướng dẫn nghiệp vụ kiểm tra đo lường cho công chức phường, xã (khu vực 1).', '01 hội nghị\n96 đại biểu', 'Xong phần việc', {'training_courses': 1, 'participants': 96}),
        ('II.5.d', 'Phối hợp Chi cục TĐC, Văn phòng Sở', 'Tiếp nhận, xác minh đơn phản ánh, tố giác vi phạm về đo lường.', '03 đơn', 'Còn tiếp', {}),
    ]
    box = [('KHÓ KHĂN, VƯỚNG MẮC:', 'b'),
           '- Lực lượng kiểm tra của Phòng mỏng (04 công chức) trong khi địa bàn Thành phố mở rộng sau hợp nhất.',
           ('KIẾN NGHỊ:', 'b'),
           '- Đề nghị Lãnh đạo Sở bổ sung biên chế công chức làm công tác kiểm tra, pháp chế.',
           '- Đề nghị Chi cục chia sẻ kế hoạch kiểm tra theo quý để Phòng chủ động bố trí người.']
    en = hand_c(fname, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', '88/KTPC',
                'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
                '(Phần việc của Phòng Kiểm tra – Pháp chế trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; Phòng ghi theo thứ tự Phần, nội dung của Kế hoạch)',
                rows, box, 'TRƯỞNG PHÒNG', 'Lê Hoàng Tùng', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '2026-10-29')
    d, p = split_box(box)
    key(fname, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '88/KTPC', '2026-10-29', en, d, p)


def build_c2():
    fname = 'TTPT_516_phuc dap KH38.xlsx'
    name = 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'
    rows = [
        ('II.2.g', 'Phối hợp Chi cục TĐC', 'Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm; mở rộng phạm vi được công nhận thêm 14 phép thử.', '18.452 phương tiện đo\n3.120 mẫu thử nghiệm', 'Còn tiếp',
         {'instruments_verified': 18452, 'samples_tested': 3120}),
        ('II.4.a', 'Trung tâm chủ trì', 'Đầu tư 03 hệ thống thiết bị (máy quang phổ ICP-MS, hệ thống hiệu chuẩn áp suất, buồng khí hậu); đang lắp đặt hệ thống thứ ba.', 'Đã giải ngân 4,86 tỷ đồng (dự toán 7,2 tỷ đồng)', 'Còn tiếp',
         {'budget_spent_vnd': 4860000000}),
        ('II.4.c', 'Phối hợp Chi cục TĐC', 'Duy trì, liên kết chuẩn đo lường chính của Trung tâm đến chuẩn quốc gia.', '46 chuẩn được hiệu chuẩn', 'Xong phần việc', {'instruments_verified': 46}),
        ('II.5.b', 'Phối hợp Chi cục TĐC', 'Thử nghiệm mẫu khảo sát chất lượng theo đề nghị của Chi cục (xăng, dầu, mũ bảo hiểm, đồ chơi trẻ em).', '64 mẫu', 'Xong phần việc', {'samples_tested': 64}),
        ('II.3.d', 'Phối hợp Chi cục TĐC', 'Phối hợp Chi cục mở lớp giới thiệu về đo lường, thử nghiệm cho sinh viên; Chi cục dự kiến tổ chức tháng 12/2026.', '', 'Chưa tới lượt', {}),
    ]
    box = [('KHÓ KHĂN:', 'b'),
           '- Một số thiết bị thử nghiệm đã qua nhiều năm sử dụng, chi phí bảo trì, hiệu chuẩn lớn.',
           ('KIẾN NGHỊ:', 'b'),
           '- Đề nghị Sở bố trí bổ sung kinh phí năm 2027 để thay thế thiết bị thử nghiệm cơ lý đã xuống cấp.']
    en = hand_c(fname, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH',
                '516/TTPT-KH', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
                '(Phần việc của Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh; ghi theo Phần, nội dung của Kế hoạch)',
                rows, box, 'GIÁM ĐỐC', 'Phan Minh Đức', 'SKHCN-TTPTTN', name, '2026-10-30', fill='E2EFDA')
    d, p = split_box(box)
    key(fname, 'SKHCN-TTPTTN', name, '516/TTPT-KH', '2026-10-30', en, d, p)


def build_c3():
    fname = 'CDS phuc dap 2417.xlsx'
    rows = [
        ('II.1.a', 'Phối hợp Chi cục TĐC', 'Đăng tải tin, bài về các lớp tập huấn và văn bản mới về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở.', '15 tin, bài', 'Xong phần việc', {'communications': 15}),
        ('II.2.đ', 'Phối hợp Văn phòng Sở, Chi cục TĐC', 'Số hóa quy trình nội bộ của Hệ thống quản lý chất lượng trên phần mềm quản lý văn bản và điều hành.', '48 quy trình', 'Còn tiếp', {}),
        ('II.2.h', 'Phối hợp Chi cục TĐC', 'Phối hợp kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Cổng thông tin một cửa quốc gia.', '', 'Xong phần việc', {}),
        ('II.2.i', 'Phối hợp Trung tâm CNTT và Địa không gian', 'Xây dựng giao diện kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.', '2/5 nhóm dữ liệu đã kết nối', 'Còn tiếp', {}),
        ('II.6.b', 'Phối hợp', 'Thúc đẩy năng suất khu vực công (APO): chưa có yêu cầu.', '', 'Không PS', {}),
    ]
    box = [('KHÓ KHĂN, VƯỚNG MẮC:', 'b'),
           '- Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu kỹ thuật kết nối (API).',
           ('KIẾN NGHỊ:', 'b'),
           '- Đề nghị Chi cục làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kết nối.']
    en = hand_c(fname, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', '41/CĐS', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
                '(Phòng Chuyển đổi số báo cáo phần phối hợp; ghi theo Phần, nội dung của Kế hoạch)',
                rows, box, 'TRƯỞNG PHÒNG', 'Ngô Quang Vinh', 'SKHCN-CDS', 'Phòng Chuyển đổi số', '2026-10-28')
    d, p = split_box(box)
    key(fname, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '41/CĐS', '2026-10-28', en, d, p)


def build_c4():
    fname = 'SXD 9127 - PL phuc dap KH CT38.xlsx'
    rows = [
        ('II.2.đ', 'Sở tự thực hiện', 'Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; đánh giá nội bộ tháng 6/2026.', '', 'Xong phần việc', {}),
        ('II.2.e', 'Phối hợp Sở KH&CN', 'Góp ý dự thảo QCVN 16:2026/BXD về sản phẩm, hàng hóa vật liệu xây dựng và 03 dự thảo TCVN về xi măng, gạch bê tông.', '04 dự thảo', 'Xong phần việc', {'standards_reviewed': 4}),
        ('II.5.a', 'Phối hợp Chi cục TĐC', 'Phối hợp kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường.', '04 cuộc\n27 cơ sở\n05 cơ sở vi phạm\n63.000.000 đồng', 'Còn tiếp',
         {'inspections': 4, 'establishments_inspected': 27, 'violations': 5, 'fines_vnd': 63000000}),
        ('II.5.b', 'Phối hợp Chi cục TĐC', 'Lấy mẫu khảo sát thép, xi măng tại cửa hàng vật liệu xây dựng.', '20 mẫu', 'Xong phần việc', {'samples_tested': 20}),
    ]
    box = [('KHÓ KHĂN:', 'b'),
           '- Việc lấy mẫu vật liệu xây dựng để thử nghiệm phát sinh chi phí lớn, Sở chưa được bố trí kinh phí riêng.',
           ('KIẾN NGHỊ:', 'b'),
           '- Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng vật liệu xây dựng để Sở Xây dựng cảnh báo trên trang thông tin điện tử.']
    en = hand_c(fname, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG', '9127/SXD-VLXD',
                'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
                '(Sở Xây dựng phúc đáp phần việc của Sở; ghi theo Phần, nội dung của Kế hoạch)',
                rows, box, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Bùi Hòa An', 'SO-XD', 'Sở Xây dựng', '2026-11-02')
    d, p = split_box(box)
    key(fname, 'SO-XD', 'Sở Xây dựng', '9127/SXD-VLXD', '2026-11-02', en, d, p)


def build_c5():
    fname = 'SGDDT_6630_phuc dap CT38.xlsx'
    rows = [
        ('II.1.a', 'Phối hợp', 'Gửi văn bản, tài liệu phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng đến các trường trung cấp, cao đẳng trực thuộc.', '12 tài liệu', 'Xong phần việc', {'communications': 12}),
        ('II.2.đ', 'Sở tự thực hiện', 'Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở.', '', 'Xong phần việc', {}),
        ('II.3.d', 'Phối hợp Chi cục TĐC', 'Phối hợp Chi cục tổ chức lớp ngoại khóa về mã số, mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên.', '03 lớp ngoại khóa\n640 học sinh, sinh viên', 'Còn tiếp',
         {'training_courses': 3, 'participants': 640}),
        ('II.6.b', 'Phối hợp', 'Năng suất khu vực công: Sở chưa nhận được yêu cầu.', '', 'Không PS', {}),
    ]
    box = [('KHÓ KHĂN:', 'b'),
           '- Chương trình đào tạo của các trường đã ổn định, khó bố trí thêm thời lượng cho chuyên đề tiêu chuẩn, đo lường, chất lượng.',
           ('KIẾN NGHỊ:', 'b'),
           '- Đề nghị Chi cục biên soạn bài giảng ngắn (khoảng 02 tiết) để các trường lồng ghép vào hoạt động ngoại khóa.']
    en = hand_c(fname, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '6630/SGDĐT-GDNN',
                'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
                '(Sở Giáo dục và Đào tạo phúc đáp phần việc phối hợp; ghi theo Phần, nội dung của Kế hoạch)',
                rows, box, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Lê Thụy Mỵ Châu', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '2026-10-31')
    d, p = split_box(box)
    key(fname, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '6630/SGDĐT-GDNN', '2026-10-31', en, d, p)

# ====================================================================== HAND D
# Commune economic officer (Huỳnh Ngọc Trâm type): answers the dispatch "theo thứ tự các nội dung của
# Công văn"; each of the Sở's four requests quoted in a grey italic text box (Word) or grey merged
# row (Excel), then "Xã báo cáo:" and a last line "Mức độ: Xong phần xã / Còn tiếp tục / Chưa làm".

REQ = [
    'Nội dung thứ nhất: Kết quả phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng tại địa phương (kiểm tra đo lường tại chợ, cửa hàng xăng dầu; cân đối chứng).',
    'Nội dung thứ hai: Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho tổ chức, cá nhân sản xuất, kinh doanh trên địa bàn.',
    'Nội dung thứ ba: Việc cử công chức tham gia các lớp tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Sở, Chi cục tổ chức.',
    'Nội dung thứ tư: Khó khăn, vướng mắc và đề xuất, kiến nghị.',
]
STD = {'Xong phần xã': 'completed', 'Xong phần phường': 'completed', 'Còn tiếp tục': 'in_progress', 'Chưa làm': 'not_started',
       'Không phát sinh': 'not_applicable'}


def hand_d_docx(fname, upper, place, who, number, date_words, answers, extra, kk, kn, signer):
    d = new_doc(13)
    header_table(d, [('ỦY BAN NHÂN DÂN', True, False), (upper, True, False), ('———', False, False), ('Số: %s' % number, False, False),
                     ('V/v trả lời Công văn số 2417/SKHCN-TĐC', False, True)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('———————————', False, False), ('%s, %s' % (place, date_words), False, True)], widths=(7, 9.5))
    P(d)
    P(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c', indent=False)
    P(d, ('Ngày 06/10/2026, Sở Khoa học và Công nghệ có Công văn số 2417/SKHCN-TĐC đề nghị Ủy ban nhân dân các phường, '
          'xã, đặc khu báo cáo bốn nội dung về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. '
          'Ủy ban nhân dân %s phúc đáp theo thứ tự các nội dung của Công văn như sau:') % who, align='j')
    did = 31
    for i, (body, st) in enumerate(answers):
        add_textbox(d, [(REQ[i], 'i')], docpr_id=did, width_cm=15.8, height_cm=1.5 if len(REQ[i]) < 160 else 2.1,
                    fill='E7E6E6', border=False, size=12)
        did += 1
        runs(d, [('%s báo cáo: ' % who.split()[0].capitalize(), 'b'), (body, '')])
        runs(d, [('Mức độ: ', 'b'), (st, '')])
    if extra:
        runs(d, [(extra[0], 'b'), (extra[1], '')])
    add_textbox(d, [(REQ[3], 'i')], docpr_id=did, width_cm=15.8, height_cm=1.0, fill='E7E6E6', border=False, size=12)
    runs(d, [('%s báo cáo:' % who.split()[0].capitalize(), 'b')])
    for x in kk:
        P(d, '- Khó khăn: ' + x, align='j')
    for x in kn:
        P(d, '- Đề xuất: ' + x, align='j')
    P(d, 'Trên đây là nội dung trả lời của Ủy ban nhân dân %s./.' % who, align='j')
    sign_block(d, [('Nơi nhận:', True, True, 12), ('- Như trên;', False, False, 11), ('- Lưu: VT, KT.', False, False, 11)],
               [('TM. ỦY BAN NHÂN DÂN', True, False), ('KT. CHỦ TỊCH', True, False), ('PHÓ CHỦ TỊCH', True, False)]
               + [('', False, False)] * 3 + [(signer, True, False)])
    d.save(os.path.join(OUT, fname))


def build_d2():
    fname = 'NgaiGiao_tra loi CV 2417.docx'
    a1 = ('UBND xã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân tại chợ Ngãi Giao và cột đo xăng dầu '
          'tại các cửa hàng trên địa bàn: 03 cuộc kiểm tra, 22 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 3.000.000 đồng. '
          'Tháng 11/2026 xã tiếp tục kiểm tra đợt cuối năm.')
    a2 = ('Xã tổ chức 01 hội nghị phổ biến quy định về đo lường cho tiểu thương chợ Ngãi Giao với 85 người tham dự; '
          'phát thanh nội dung trên hệ thống loa truyền thanh xã.')
    a3 = 'Xã cử 01 công chức Phòng Kinh tế tham dự lớp tập huấn do Chi cục tổ chức ngày 16/7/2026.'
    ans = [(a1, 'Còn tiếp tục'), (a2, 'Xong phần xã'), (a3, 'Xong phần xã')]
    kk = ['Xã chưa có cán bộ được đào tạo chuyên ngành đo lường, việc kiểm tra phụ thuộc hoàn toàn vào Chi cục.']
    kn = ['Đề nghị Chi cục tiếp tục hỗ trợ xã kiểm tra đo lường định kỳ 06 tháng một lần tại chợ Ngãi Giao.']
    hand_d_docx(fname, 'XÃ NGÃI GIAO', 'Ngãi Giao', 'xã Ngãi Giao', '318/UBND-KT', 'ngày 30 tháng 10 năm 2026', ans, None, kk, kn,
                'Lê Thị Thu Hà')
    key(fname, '26575', 'Xã Ngãi Giao', '318/UBND-KT', '2026-10-30', [
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 3000000}, a1),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 85}, a2),
        ('II.3.a', 'completed', {'participants': 1}, a3),
    ], kk, kn)


def build_d3():
    fname = 'ChanhPhuHoa CV640 tra loi SKHCN.docx'
    a1 = ('UBND phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Chánh Phú Hòa, '
          'chợ Hòa Lợi và cửa hàng xăng dầu trên tuyến ĐT741: 04 cuộc, 31 cơ sở; 03 cơ sở vi phạm đã được nhắc nhở, '
          'yêu cầu khắc phục.')
    a2 = 'Phường đăng 08 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố; tiếp tục đến cuối năm.'
    a3 = 'Phường chưa cử công chức do chưa nhận được thư mời lớp tập huấn năm 2026.'
    ex = ('Ngoài các nội dung trên, phường báo cáo thêm: ',
          'phường phối hợp với Chi cục hướng dẫn 05 doanh nghiệp tại cụm công nghiệp Chánh Phú Hòa về xây dựng, công bố tiêu chuẩn cơ sở.')
    ans = [(a1, 'Xong phần phường'), (a2, 'Còn tiếp tục'), (a3, 'Chưa làm')]
    kk = ['Chợ truyền thống đông tiểu thương nhưng chưa có điểm cân đối chứng cố định.']
    kn = ['Đề nghị Chi cục hỗ trợ thiết lập 01 điểm cân đối chứng tại chợ Chánh Phú Hòa.',
          'Đề nghị Sở gửi thư mời tập huấn sớm để phường bố trí công chức tham dự.']
    hand_d_docx(fname, 'PHƯỜNG CHÁNH PHÚ HÒA', 'Chánh Phú Hòa', 'phường Chánh Phú Hòa', '640/UBND-KT', 'ngày 27 tháng 10 năm 2026',
                ans, ex, kk, kn, 'Nguyễn Hữu Tài')
    key(fname, '25837', 'Phường Chánh Phú Hòa', '640/UBND-KT', '2026-10-27', [
        ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 31, 'violations': 3}, a1),
        ('II.1.a', 'in_progress', {'communications': 8}, a2),
        ('II.3.a', 'not_started', {}, a3),
        ('II.2.d', 'unknown', {'enterprises_supported': 5}, ex[1]),
    ], kk, kn)


def build_d1():
    fname = 'BinhChau - tra loi CV2417.xlsx'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Tra loi CV 2417'
    ws.column_dimensions['A'].width = 18
    ws.column_dimensions['B'].width = 90
    f = Font(name='Times New Roman', size=12)
    fb = Font(name='Times New Roman', size=12, bold=True)
    fi = Font(name='Times New Roman', size=12, italic=True)
    grey = PatternFill('solid', fgColor='E7E6E6')
    rows = [
        ('ỦY BAN NHÂN DÂN XÃ BÌNH CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc'),
        ('Số: 205/UBND-KT', 'Bình Châu, ngày 28 tháng 10 năm 2026'),
        (None, None),
        (None, 'V/v trả lời Công văn số 2417/SKHCN-TĐC của Sở Khoa học và Công nghệ'),
        (None, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.'),
        (None, 'Ủy ban nhân dân xã Bình Châu trả lời theo thứ tự các nội dung của Công văn số 2417/SKHCN-TĐC ngày 06/10/2026 như sau:'),
    ]
    r = 1
    for a, b in rows:
        if a:
            ws.cell(row=r, column=1, value=a).font = fb
        if b:
            ws.cell(row=r, column=2, value=b).font = fb if r <= 2 else f
        r += 1
    ws['B2'].font = fi
    a1 = ('Xã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân tại chợ Bình Châu và cột đo tại 06 cửa hàng '
          'xăng dầu: 02 cuộc, 19 cơ sở; 01 cơ sở vi phạm (nhắc nhở, không xử phạt).')
    a2 = 'Xã phát hành 300 tờ rơi tuyên truyền về cân đúng, đo đủ cho tiểu thương và ngư dân; đang tiếp tục phát thanh trên loa.'
    a3 = 'Xã chưa cử công chức tham gia do chưa nhận được thư mời.'
    ans = [(a1, 'Xong phần xã'), (a2, 'Còn tiếp tục'), (a3, 'Chưa làm')]
    kk = ['Xã ven biển, tiểu thương hoạt động theo mùa, khó kiểm tra thường xuyên.']
    kn = ['Đề nghị Chi cục bố trí kiểm tra đo lường tại chợ Bình Châu vào mùa du lịch (tháng 4 – tháng 8).']
    r += 1
    for i, (body, st) in enumerate(ans):
        c = ws.cell(row=r, column=1, value=REQ[i])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c.font, c.fill, c.alignment = fi, grey, WRAP
        ws.row_dimensions[r].height = 34
        r += 1
        ws.cell(row=r, column=1, value='Xã báo cáo:').font = fb
        c = ws.cell(row=r, column=2, value=body)
        c.font, c.alignment = f, WRAP
        ws.row_dimensions[r].height = 34
        r += 1
        ws.cell(row=r, column=1, value='Mức độ:').font = fb
        ws.cell(row=r, column=2, value=st).font = f
        r += 2
    c = ws.cell(row=r, column=1, value=REQ[3])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    c.font, c.fill = fi, grey
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn:').font = fb
    ws.cell(row=r, column=2, value=kk[0]).font = f
    r += 1
    ws.cell(row=r, column=1, value='Đề xuất:').font = fb
    ws.cell(row=r, column=2, value=kn[0]).font = f
    r += 2
    ws.cell(row=r, column=2, value='KT. CHỦ TỊCH - PHÓ CHỦ TỊCH').font = fb
    ws.cell(row=r + 4, column=2, value='Trần Quốc Việt').font = fb
    wb.save(os.path.join(OUT, fname))
    key(fname, '26656', 'Xã Bình Châu', '205/UBND-KT', '2026-10-28', [
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 19, 'violations': 1}, a1),
        ('II.1.a', 'in_progress', {'communications': 300}, a2),
        ('II.3.a', 'not_started', {}, a3),
    ], kk, kn)

# ====================================================================== finalize

def lo_resave(fname, fmt):
    prof = '/tmp/lo135_profile'
    tmp = '/tmp/lo135_out'
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', fmt, '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)


if __name__ == '__main__':
    for fn in [build_a1, build_a2, build_a3, build_a4, build_b1, build_b2, build_b3, build_b4,
               build_c1, build_c2, build_c3, build_c4, build_c5, build_d1, build_d2, build_d3]:
        fn()
    # as real offices do: two files went through LibreOffice
    lo_resave('Tan Uyen - phuc dap CV 2417 (KH CT38).docx', 'docx')
    lo_resave('BinhChau - tra loi CV2417.xlsx', 'xlsx')
    for k in KEYS:
        with open(os.path.join(OUT, k['file']), 'rb') as fh:
            k['sha256'] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(TRUTH, k['file'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
