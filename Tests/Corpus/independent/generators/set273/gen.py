# -*- coding: utf-8 -*-
"""Generator for set273: 16 progress reports in five hands + answer keys (sha256 filled by finish.py)."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [{'task': t, 'status': s, 'indicators': ind, 'text': tx} for (t, s, ind, tx) in entries],
        'findings': [], 'difficulties': diffs, 'proposals': props,
    }


# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    return d


def par(d, text='', bold=False, italic=False, align=None, indent=False, size=None, underline=False):
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
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def runs(p, parts):
    """parts: list of (text, style) where style in '', 'b', 'i', 'bi', 'u'."""
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s
        r.italic = 'i' in s
        r.underline = 'u' in s
    return p


def cell_lines(cell, lines, bold_first=False, align=None, size=None):
    cell.text = ''
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if isinstance(ln, tuple):
            t, s = ln
        else:
            t, s = ln, ''
        r = p.add_run(t)
        r.bold = ('b' in s) or (bold_first and i == 0)
        r.italic = 'i' in s
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def header_table(d, left, right, widths=(7, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left, align='c', size=12.5)
    cell_lines(t.cell(0, 1), right, align='c', size=12.5)
    t.cell(0, 0).width = Cm(widths[0])
    t.cell(0, 1).width = Cm(widths[1])
    return t


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


# =============================================================== HAND 1 — Trang (ward officer, DOCX)
# "(a) (b) (c)" parenthesised-letter items for jobs, difficulties and proposals alike; bold title ending
# with ':'; counts after "được" in running text; a closing italic "Phường tự nhận: …" line; money "6.250.000đ".
def h1_report(fname, ward, ward_upper, place, so, date_words, title2, intro, items, diffs, props, signer,
              extra_sections=None):
    d = new_doc(size=13)
    header_table(d, [('ỦY BAN NHÂN DÂN', 'b'), (ward_upper, 'b'), ('______', ''), ('Số: ' + so, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'),
                  ('__________________', ''), (place + ', ' + date_words, 'i')])
    par(d)
    par(d, 'BÁO CÁO', bold=True, align='c', size=14)
    par(d, title2, bold=True, align='c')
    par(d, '______', align='c')
    par(d, intro, indent=True, align='j')
    for sec_title, its in items:
        par(d, sec_title, bold=True)
        for it in its:
            p = par(d, indent=True, align='j')
            runs(p, [('(' + it['l'] + ') ', ''), (it['title'] + ':', 'b'), ('  ' + it['body'], '')])
            if it.get('status'):
                par(d, 'Phường tự nhận: ' + it['status'], italic=True, indent=True)
    if extra_sections:
        for t, lines in extra_sections:
            par(d, t, bold=True)
            for ln in lines:
                par(d, ln, indent=True, align='j')
    if diffs is not None:
        par(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        if diffs:
            for i, x in enumerate(diffs):
                par(d, '(' + 'abcdđe'[i] + ') ' + x, indent=True, align='j')
        else:
            par(d, 'Không có.', indent=True)
        par(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
        for i, x in enumerate(props):
            par(d, '(' + 'abcdđe'[i] + ') ' + x, indent=True, align='j')
    par(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + ward + './.', indent=True)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), [('Nơi nhận:', 'bi'), '- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;',
                              '- TT.ĐU, TT.HĐND phường;', '- CT, các PCT UBND phường;', '- Lưu: VT, KT.'], size=11)
    cell_lines(t.cell(0, 1), [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'),
                              '', '', '', (signer, 'b')], align='c')
    d.save(os.path.join(OUT, fname))


# ---- H1-1 Phường Chợ Quán
f = '27301-cho-quan-bc-ct38-t10.docx'
it = [
    dict(l='a', title='Phổ biến quy định về đo lường, chất lượng cho hộ kinh doanh',
         body='Phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến các quy định về đo lường, ghi nhãn hàng hóa cho tiểu thương chợ Bình Tây và các hộ kinh doanh trên tuyến đường Trần Hưng Đạo, được 86 lượt người tham dự. Bên cạnh đó, phường đăng được 05 tin, bài trên Trang thông tin điện tử phường và các nhóm Zalo khu phố.',
         status='việc này đã làm xong.'),
    dict(l='b', title='Kiểm tra đo lường tại chợ, tiệm vàng và cửa hàng xăng dầu',
         body='Tổ kiểm tra của phường đã kiểm tra được 03 cuộc tại 21 cơ sở (chợ, tiệm vàng, cửa hàng xăng dầu). Qua kiểm tra phát hiện 04 cơ sở vi phạm (sử dụng cân không kiểm định, cân hết hạn kiểm định), đã lập biên bản và xử phạt tổng cộng 6.250.000đ. Cuối năm phường còn 01 đợt kiểm tra dịp Tết.',
         status='vẫn đang tiếp tục làm.'),
    dict(l='c', title='Cử công chức dự tập huấn nghiệp vụ',
         body='Phường cử được 02 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã do Chi cục tổ chức trong tháng 6/2026.',
         status='đã làm xong.'),
    dict(l='d', title='Áp dụng ISO 9001 tại UBND phường',
         body='Sau sắp xếp đơn vị hành chính, phường đang rà soát, xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính thuộc thẩm quyền; dự kiến công bố lại trong tháng 12/2026.',
         status='đang làm, chưa xong.'),
]
diffs = ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ phụ trách kiêm nhiệm nhiều việc nên thời gian dành cho kiểm tra còn ít.',
         'Chưa được trang bị quả cân chuẩn, cân đối chứng đã kiểm định để phục vụ kiểm tra tại chợ.']
props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong năm 2027.',
         'Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị 01 bộ quả cân chuẩn cho Ban quản lý chợ Bình Tây.']
h1_report(f, 'phường Chợ Quán', 'PHƯỜNG CHỢ QUÁN', 'Chợ Quán', '318/BC-UBND', 'ngày 26 tháng 10 năm 2026',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\nvề tiêu chuẩn, đo lường, chất lượng trên địa bàn phường',
          'Thực hiện Công văn của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Chợ Quán báo cáo như sau:',
          [('I. KẾT QUẢ THỰC HIỆN', it)], diffs, props, 'Lâm Quốc Thịnh')
key(f, '27301', 'Phường Chợ Quán', '318/BC-UBND', '2026-10-26', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 86, 'communications': 5}, it[0]['body']),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 21, 'violations': 4, 'fines_vnd': 6250000}, it[1]['body']),
    ('II.3.a', 'completed', {'participants': 2}, it[2]['body']),
    ('II.2.đ', 'in_progress', {}, it[3]['body']),
], diffs, props)

# ---- H1-2 Phường Thới Hòa
f = '25846-thoi-hoa-bao-cao-kh38.docx'
it = [
    dict(l='a', title='Kiểm tra cân, hàng đóng gói sẵn tại các tạp hóa, chợ tạm',
         body='Phòng Kinh tế phối hợp Công an phường kiểm tra được 02 cuộc tại 15 cơ sở kinh doanh tạp hóa, chợ tạm khu phố 3 và khu phố 7; phát hiện 01 cơ sở dùng cân không rõ nguồn gốc, đã nhắc nhở và yêu cầu thay cân. Đợt 2 dự kiến trong tháng 12.',
         status='đang làm (mới xong đợt 1).'),
    dict(l='b', title='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
         body='Đăng được 04 tin, bài trên Trang thông tin điện tử phường, phát trên loa truyền thanh các khu phố về việc sử dụng phương tiện đo đã kiểm định, ghi nhãn hàng hóa.',
         status='đã làm xong.'),
    dict(l='c', title='Hệ thống quản lý chất lượng ISO 9001',
         body='UBND phường đã xây dựng, áp dụng và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/8/2026.',
         status='đã làm xong.'),
    dict(l='d', title='Phối hợp khảo sát chất lượng xăng dầu',
         body='Phối hợp Đoàn khảo sát của Chi cục Tiêu chuẩn Đo lường Chất lượng lấy được 06 mẫu xăng dầu trên địa bàn phường để thử nghiệm.',
         status='đã làm xong.'),
    dict(l='đ', title='Tiếp nhận tố giác vi phạm',
         body='Trong kỳ không phát sinh trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn.',
         status='không có phát sinh.'),
]
diffs = ['Số hộ kinh doanh nhỏ lẻ, chợ tạm nhiều, thường xuyên thay đổi địa điểm nên khó quản lý.']
props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn quy trình kiểm tra đo lường đối với hàng đóng gói sẵn để phường thực hiện thống nhất.']
h1_report(f, 'phường Thới Hòa', 'PHƯỜNG THỚI HÒA', 'Thới Hòa', '205/BC-UBND', 'ngày 22 tháng 10 năm 2026',
          'Kết quả thực hiện Kế hoạch số 38 (Chỉ thị 38-CT/TW) năm 2026 trên địa bàn phường Thới Hòa',
          'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; UBND phường Thới Hòa báo cáo kết quả thực hiện đến ngày 20/10/2026 như sau:',
          [('I. KẾT QUẢ ĐẠT ĐƯỢC', it)], diffs, props, 'Võ Thị Ngọc Hân')
key(f, '25846', 'Phường Thới Hòa', '205/BC-UBND', '2026-10-22', [
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 15, 'violations': 1}, it[0]['body']),
    ('II.1.a', 'completed', {'communications': 4}, it[1]['body']),
    ('II.2.đ', 'completed', {}, it[2]['body']),
    ('II.5.b', 'completed', {'samples_tested': 6}, it[3]['body']),
    ('II.5.d', 'not_applicable', {}, it[4]['body']),
], diffs, props)

# ---- H1-3 Phường Phú Lâm — MISTAKEN (giảm nghèo)
f = '27349-phu-lam-bc-10thang.docx'
it = [
    dict(l='a', title='Rà soát hộ nghèo, hộ cận nghèo',
         body='Phường đã rà soát được 1.246 hộ; kết quả còn 18 hộ nghèo, 57 hộ cận nghèo theo chuẩn nghèo đa chiều của Thành phố giai đoạn 2026 - 2030.',
         status='đã làm xong.'),
    dict(l='b', title='Hỗ trợ vay vốn, giải quyết việc làm',
         body='Phối hợp Ngân hàng Chính sách xã hội giải ngân được 2.350.000.000đ cho 41 hộ vay vốn sản xuất, kinh doanh; giới thiệu việc làm cho 63 lao động.',
         status='đang làm.'),
    dict(l='c', title='Hỗ trợ nhà ở cho hộ nghèo',
         body='Vận động xây mới được 02 căn nhà tình thương, sửa chữa 03 căn cho hộ nghèo với tổng kinh phí 410.000.000đ từ nguồn xã hội hóa.',
         status='đã làm xong.'),
]
h1_report(f, 'phường Phú Lâm', 'PHƯỜNG PHÚ LÂM', 'Phú Lâm', '377/BC-UBND', 'ngày 28 tháng 10 năm 2026',
          'Kết quả thực hiện Chương trình giảm nghèo bền vững 10 tháng năm 2026',
          'Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố về công tác giảm nghèo bền vững năm 2026, Ủy ban nhân dân phường Phú Lâm báo cáo kết quả thực hiện 10 tháng năm 2026 như sau:',
          [('I. KẾT QUẢ THỰC HIỆN', it)],
          ['Một số hộ nghèo thuộc diện người già neo đơn, không còn khả năng lao động nên khó thoát nghèo.'],
          ['Đề nghị Sở Nội vụ sớm hướng dẫn chuẩn nghèo đa chiều áp dụng cho năm 2027.'], 'Trương Minh Đức')
key(f, '27349', 'Phường Phú Lâm', '377/BC-UBND', '2026-10-28', [], [], [], status='rejected',
    reason='Báo cáo về Chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')


# =============================================================== HAND 3 — Quân (department công văn, DOCX)
# Công văn with "V/v" under the number; unnumbered first-line-indented paragraphs, each opening with the
# department's division in bold followed by an en dash, figures in running text with the counted thing
# in plain numbers, and the status as the paragraph's closing clause after a semicolon.
def h3_report(fname, dept_upper, so, vv, date_words, kinhgui, intro, paras, diffs, props, signer, role,
              closing_label=('Khó khăn, vướng mắc:', 'Đề xuất, kiến nghị:'), size=14):
    d = new_doc(size=size)
    header_table(d, [('ỦY BAN NHÂN DÂN', ''), ('THÀNH PHỐ HỒ CHÍ MINH', ''), (dept_upper, 'b'), ('______', ''),
                     ('Số: ' + so, ''), (vv, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'),
                  ('__________________', ''), ('Thành phố Hồ Chí Minh, ' + date_words, 'i')])
    par(d)
    p = par(d, align='c')
    runs(p, [('Kính gửi: ', ''), (kinhgui, '')])
    par(d, intro, indent=True, align='j')
    for who, body in paras:
        p = par(d, indent=True, align='j')
        runs(p, [(who, 'b'), (' – ' + body, '')])
    if diffs is not None:
        p = par(d, indent=True)
        runs(p, [(closing_label[0], 'bi')])
        for x in diffs:
            par(d, '- ' + x, indent=True, align='j')
        p = par(d, indent=True)
        runs(p, [(closing_label[1], 'bi')])
        for x in props:
            par(d, '- ' + x, indent=True, align='j')
    par(d, 'Trân trọng./.', indent=True)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), [('Nơi nhận:', 'bi'), '- Như trên;', '- Chi cục TĐC (để tổng hợp);',
                              '- Giám đốc Sở (để b/c);', '- Lưu: VT.'], size=11)
    cell_lines(t.cell(0, 1), [(r, 'b') for r in role] + ['', '', '', (signer, 'b')], align='c')
    d.save(os.path.join(OUT, fname))


KG = 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)'

# ---- H3-1 Sở Công Thương
f = 'SO-CT-cv-4127-bao-cao-ct38.docx'
P = [
    ('Phòng Quản lý Công nghiệp', 'Trong năm, Phòng đã tham mưu Sở góp ý 05 dự thảo tiêu chuẩn, quy chuẩn kỹ thuật (gồm 03 dự thảo QCVN về an toàn điện, hóa chất và 02 dự thảo TCVN) theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ; nội dung này đã hoàn thành.'),
    ('Chi cục Quản lý thị trường', 'Đã tổ chức 18 cuộc kiểm tra chất lượng xăng dầu, hàng đóng gói sẵn, hàng hóa nhập khẩu lưu thông trên thị trường, kiểm tra 64 cơ sở, phát hiện 11 cơ sở vi phạm, xử phạt vi phạm hành chính 187.500.000 đồng; nội dung này đang tiếp tục thực hiện theo kế hoạch kiểm tra cao điểm cuối năm.'),
    ('Văn phòng Sở', 'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã cập nhật 26 quy trình giải quyết thủ tục hành chính sau khi sắp xếp tổ chức bộ máy và công bố lại ngày 30/6/2026; nội dung này đã hoàn thành.'),
    ('Phòng Tổ chức cán bộ', 'Đã cử 04 lượt công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; nội dung này đã hoàn thành.'),
]
diffs = ['Một số hàng hóa nhóm 2 chưa có quy chuẩn kỹ thuật quốc gia tương ứng nên việc xử lý vi phạm về chất lượng còn lúng túng.']
props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức các đợt kiểm tra liên ngành về chất lượng xăng dầu trong dịp Tết Nguyên đán 2027.']
h3_report(f, 'SỞ CÔNG THƯƠNG', '4127/SCT-QLCN', 'V/v báo cáo kết quả thực hiện Kế hoạch\ntriển khai Chỉ thị số 38-CT/TW năm 2026', 'ngày 24 tháng 10 năm 2026', KG,
          'Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Sở Công Thương báo cáo như sau:',
          P, diffs, props, 'Nguyễn Phương Đông', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
key(f, 'SO-CT', 'Sở Công Thương', '4127/SCT-QLCN', '2026-10-24', [
    ('II.2.e', 'completed', {'standards_reviewed': 5}, P[0][1]),
    ('II.5.a', 'in_progress', {'inspections': 18, 'establishments_inspected': 64, 'violations': 11, 'fines_vnd': 187500000}, P[1][1]),
    ('II.2.đ', 'completed', {}, P[2][1]),
    ('II.3.a', 'completed', {'participants': 4}, P[3][1]),
], diffs, props)

# ---- H3-2 Sở Y tế
f = 'SO-YT-6512-SYT-NVY-kh38.docx'
P = [
    ('Phòng Nghiệp vụ Y', 'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 07 cuộc tại 35 cơ sở kinh doanh trang thiết bị y tế, phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế, cân sức khỏe), phát hiện 03 cơ sở vi phạm về nhãn và đo lường, xử phạt 42.000.000 đồng; nội dung này đang thực hiện.'),
    ('Phòng Pháp chế – Thanh tra', 'Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế do Bộ Y tế lấy ý kiến; nội dung này đã hoàn thành.'),
    ('Văn phòng Sở', 'Đang chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sang vận hành trên môi trường điện tử, gắn với Hệ thống thông tin giải quyết thủ tục hành chính Thành phố; nội dung này đang triển khai, dự kiến xong trong Quý IV/2026.'),
    ('Phòng Tổ chức cán bộ', 'Do trùng lịch công tác phòng, chống dịch nên Sở chưa cử được công chức tham dự các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng; nội dung này chưa thực hiện.'),
]
diffs = ['Nhân lực phụ trách lĩnh vực đo lường trong y tế còn mỏng, chủ yếu kiêm nhiệm.']
props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng mở thêm lớp tập huấn vào Quý I/2027 để Sở cử công chức tham dự.']
h3_report(f, 'SỞ Y TẾ', '6512/SYT-NVY', 'V/v báo cáo tình hình thực hiện\nKế hoạch triển khai Chỉ thị 38-CT/TW', 'ngày 21 tháng 10 năm 2026', KG,
          'Sở Y tế nhận được đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng. Sở Y tế báo cáo như sau:',
          P, diffs, props, 'Tăng Chí Thượng', ['GIÁM ĐỐC'])
key(f, 'SO-YT', 'Sở Y tế', '6512/SYT-NVY', '2026-10-21', [
    ('II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 35, 'violations': 3, 'fines_vnd': 42000000}, P[0][1]),
    ('II.2.e', 'completed', {'standards_reviewed': 2}, P[1][1]),
    ('II.2.đ', 'in_progress', {}, P[2][1]),
    ('II.3.a', 'not_started', {}, P[3][1]),
], diffs, props)

# ---- H3-3 Sở Xây dựng (re-saved through LibreOffice later)
f = 'SO-XD-9033-bc-ket-qua-kh38.docx'
P = [
    ('Phòng Kinh tế và Vật liệu xây dựng', 'Kiểm tra chất lượng vật liệu xây dựng, sản phẩm, hàng hóa nhóm 2 thuộc trách nhiệm quản lý của ngành: đã tổ chức 05 cuộc kiểm tra tại 22 cơ sở sản xuất, kinh doanh vật liệu xây dựng, lấy 14 mẫu gửi thử nghiệm; phát hiện 02 cơ sở vi phạm về ghi nhãn, công bố hợp quy, đã chuyển hồ sơ xử lý; nội dung này đang thực hiện.'),
    ('Phòng Quản lý hoạt động xây dựng', 'Sở chủ trì soạn thảo 01 dự thảo quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật đô thị, hiện đang lấy ý kiến các sở, ngành; nội dung này đang thực hiện.'),
    ('Phòng Kinh tế và Vật liệu xây dựng', 'Tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng với 130 đại biểu là doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng tham dự; nội dung này đã hoàn thành.'),
    ('Văn phòng Sở', 'Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của Sở được duy trì, đã đánh giá nội bộ và công bố lại; nội dung này đã hoàn thành.'),
]
diffs = ['Kinh phí lấy mẫu, thử nghiệm vật liệu xây dựng chưa được bố trí riêng nên số mẫu thử nghiệm còn ít.']
props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu công bố hợp quy vật liệu xây dựng trên cơ sở dữ liệu về tiêu chuẩn, đo lường, chất lượng để phục vụ hậu kiểm.']
h3_report(f, 'SỞ XÂY DỰNG', '9033/SXD-KTVLXD', 'V/v báo cáo kết quả thực hiện Kế hoạch\ntriển khai Chỉ thị số 38-CT/TW năm 2026', 'ngày 28 tháng 10 năm 2026', KG,
          'Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Xây dựng báo cáo như sau:',
          P, diffs, props, 'Trần Hoàng Quân', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
key(f, 'SO-XD', 'Sở Xây dựng', '9033/SXD-KTVLXD', '2026-10-28', [
    ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 22, 'samples_tested': 14, 'violations': 2}, P[0][1]),
    ('II.2.e', 'in_progress', {'standards_reviewed': 1}, P[1][1]),
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 130}, P[2][1]),
    ('II.2.đ', 'completed', {}, P[3][1]),
], diffs, props)

# ---- H3-4 Sở Tư pháp — MISTAKEN (cải cách hành chính)
f = 'SO-TP-3120-bc-cchc-quy3.docx'
P = [
    ('Văn phòng Sở', 'Ban hành 03 kế hoạch về cải cách hành chính, kiểm soát thủ tục hành chính năm 2026; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%; nội dung này đã hoàn thành.'),
    ('Phòng Hành chính tư pháp', 'Rà soát, đề xuất đơn giản hóa 12 thủ tục hành chính lĩnh vực hộ tịch, chứng thực; nội dung này đang thực hiện.'),
    ('Trung tâm Trợ giúp pháp lý', 'Tiếp nhận và giải quyết 1.052 hồ sơ trực tuyến toàn trình; nội dung này đang thực hiện.'),
]
h3_report(f, 'SỞ TƯ PHÁP', '3120/BC-STP', 'V/v báo cáo kết quả công tác\ncải cách hành chính Quý III năm 2026', 'ngày 05 tháng 10 năm 2026',
          'Sở Nội vụ Thành phố Hồ Chí Minh',
          'Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Tư pháp báo cáo kết quả công tác cải cách hành chính Quý III năm 2026 như sau:',
          P, ['Hệ thống phần mềm một cửa điện tử còn lỗi kết nối với Cổng Dịch vụ công quốc gia.'],
          ['Đề nghị Sở Nội vụ tổ chức tập huấn về chấm điểm chỉ số cải cách hành chính năm 2026.'],
          'Nguyễn Thị Phương Nhung', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
key(f, 'SO-TP', 'Sở Tư pháp', '3120/BC-STP', '2026-10-05', [], [], [], status='rejected',
    reason='Báo cáo công tác cải cách hành chính Quý III/2026 gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')


# =============================================================== HAND 5 — Hoàng (the Sở's own offices, DOCX)
# Short internal memo (no quốc hiệu date line on the right, date typed under the title), then one Word
# table "TT | Nội dung (KH 38) | Vai trò | Phòng đã làm | Sản phẩm | Tình trạng"; plan items cited in the
# unit's shorthand "ND 2đ"; Calibri 12; figures bare inside "Phòng đã làm"; "Sản phẩm" names documents.
def h5_report(fname, unit_upper, so, date_words, title, rows, diffs, props, signer, role):
    d = new_doc(font='Calibri', size=12, landscape=True)
    header_table(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', ''), (unit_upper, 'b'), ('Số: ' + so, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b')], widths=(10, 14))
    par(d)
    par(d, title, bold=True, align='c', size=13)
    par(d, '(Ngày báo cáo: ' + date_words + ')', italic=True, align='c')
    par(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng (đầu mối tổng hợp).')
    t = d.add_table(rows=1, cols=6)
    t.style = 'Table Grid'
    hdr = ['TT', 'Nội dung (KH 38)', 'Vai trò', 'Phòng đã làm', 'Sản phẩm', 'Tình trạng']
    for i, h in enumerate(hdr):
        cell_lines(t.cell(0, i), [(h, 'b')], align='c')
        shade(t.cell(0, i), 'D9D9D9')
    for i, r in enumerate(rows, 1):
        c = t.add_row().cells
        cell_lines(c[0], [str(i)], align='c')
        for j, v in enumerate(r, 1):
            cell_lines(c[j], v.split('\n'))
    widths = [1, 6, 2.2, 9, 5, 3]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    par(d)
    par(d, 'Vướng mắc:', bold=True)
    if diffs:
        for x in diffs:
            par(d, '- ' + x)
    else:
        par(d, '- Không có.')
    par(d, 'Kiến nghị:', bold=True)
    for x in props:
        par(d, '- ' + x)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), [('Nơi nhận:', 'bi'), '- Như trên;', '- PGĐ Sở phụ trách (để b/c);', '- Lưu: VT.'], size=10)
    cell_lines(t.cell(0, 1), [(r, 'b') for r in role] + ['', '', (signer, 'b')], align='c')
    d.save(os.path.join(OUT, fname))


# ---- H5-1 Văn phòng Sở
f = 'SKHCN-VP-bc-215-ct38.docx'
R = [
    ('ND 1a – Tuyên truyền, tập huấn VBQPPL TĐC', 'Phối hợp', 'Đăng 17 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở.', 'Tin, bài trên Cổng TTĐT', 'Xong'),
    ('ND 2đ – ISO 9001 trong cơ quan', 'Phối hợp', 'Phối hợp Chi cục tổ chức đánh giá nội bộ HTQLCL của Sở (02 đợt), cập nhật quy trình theo bộ TTHC mới.', 'Quyết định công bố lại HTQLCL', 'Xong'),
    ('ND 2h – Hệ thống TTHC của Bộ', 'Phối hợp', 'Phối hợp rà soát quy trình nội bộ các TTHC lĩnh vực TĐC trên Hệ thống thông tin giải quyết TTHC.', 'Văn bản rà soát', 'Xong'),
    ('ND 4a – Đầu tư trang thiết bị cho Trung tâm', 'Phối hợp', 'Đã thẩm định dự toán mua sắm thiết bị thử nghiệm của Trung tâm Dịch vụ Phân tích thí nghiệm; đang chờ phê duyệt kế hoạch lựa chọn nhà thầu.', 'Tờ trình thẩm định', 'Đang làm'),
    ('ND 5d – Khen thưởng, bảo vệ người tố giác', 'Phối hợp', 'Trong kỳ không có đề nghị khen thưởng, không phát sinh tố giác.', '—', 'Không phát sinh'),
]
props = ['Đề nghị Chi cục gửi sớm danh mục thiết bị ưu tiên đầu tư năm 2027 để Văn phòng tổng hợp dự toán.']
h5_report(f, 'VĂN PHÒNG SỞ', '215/BC-VP', '23/10/2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026\n(phần việc của Văn phòng Sở)',
          R, [], props, 'Đỗ Thị Thanh Mai', ['CHÁNH VĂN PHÒNG'])
key(f, 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', '215/BC-VP', '2026-10-23', [
    ('II.1.a', 'completed', {'communications': 17}, R[0][2]),
    ('II.2.đ', 'completed', {}, R[1][2]),
    ('II.2.h', 'completed', {}, R[2][2]),
    ('II.4.a', 'in_progress', {}, R[3][2]),
    ('II.5.d', 'not_applicable', {}, R[4][2]),
], [], props)

# ---- H5-2 Phòng Chuyển đổi số
f = 'SKHCN-CDS-87-BC-CDS.docx'
R = [
    ('ND 2h – Kết nối Cổng một cửa quốc gia', 'Phối hợp', 'Hoàn thành kết nối thử nghiệm Hệ thống thông tin giải quyết TTHC với Cổng thông tin một cửa quốc gia; tổ chức 01 buổi hướng dẫn sử dụng cho 45 công chức, viên chức của Chi cục.\nChờ Bộ cấp tài khoản vận hành chính thức.', 'Biên bản kết nối thử nghiệm', 'Đang làm'),
    ('ND 2i – CSDL quốc gia về TĐC', 'Phối hợp', 'Đã đồng bộ dữ liệu công bố hợp chuẩn, hợp quy năm 2025–2026 lên CSDL quốc gia; đang chuẩn hóa dữ liệu phương tiện đo.', 'Bộ dữ liệu đã đồng bộ', 'Đang làm'),
    ('ND 1a – Tuyên truyền', 'Phối hợp', 'Cập nhật chuyên mục "Tiêu chuẩn – Đo lường – Chất lượng" trên Cổng thông tin điện tử Sở với 09 tin, bài.', 'Chuyên mục trên Cổng', 'Xong'),
]
diffs = ['Hạ tầng kết nối của Bộ thường xuyên bảo trì nên việc đồng bộ dữ liệu bị gián đoạn.']
props = ['Đề nghị Trung tâm Công nghệ thông tin và Địa không gian bố trí thêm máy chủ trung gian phục vụ đồng bộ dữ liệu.']
h5_report(f, 'PHÒNG CHUYỂN ĐỔI SỐ', '87/BC-CĐS', '26/10/2026', 'BÁO CÁO\nkết quả phối hợp thực hiện Kế hoạch CT38 năm 2026',
          R, diffs, props, 'Huỳnh Thanh Nhân', ['TRƯỞNG PHÒNG'])
key(f, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '87/BC-CĐS', '2026-10-26', [
    ('II.2.h', 'in_progress', {'training_courses': 1, 'participants': 45}, R[0][2]),
    ('II.2.i', 'in_progress', {}, R[1][2]),
    ('II.1.a', 'completed', {'communications': 9}, R[2][2]),
], diffs, props)

# ---- H5-3 Phòng Quản lý Khoa học
f = 'SKHCN-QLKH-bc142-kh38.docx'
R = [
    ('ND 3c – Thu hút chuyên gia TĐC', 'Chủ trì', 'Tiếp nhận 02 hồ sơ chuyên gia đề nghị thu hút theo Quyết định 05/2026/QĐ-UBND; đang thẩm định hồ sơ.', 'Hồ sơ trình Hội đồng', 'Đang làm'),
    ('ND 3b – Đào tạo chuyên gia năng suất', 'Phối hợp', 'Phối hợp Chi cục tổ chức 01 khóa đào tạo chuyên gia tư vấn năng suất, 38 học viên hoàn thành khóa học.', 'Chứng nhận học viên', 'Xong'),
    ('ND 2a – Nhiệm vụ KH&CN về năng suất (CT 1322)', 'Phối hợp', 'Quản lý 03 nhiệm vụ KH&CN thuộc chương trình năng suất; kinh phí đã giải ngân 1.240.000.000 đồng.', 'Hợp đồng, biên bản tạm ứng', 'Đang làm'),
    ('ND 6b – Hợp tác APO', 'Phối hợp', 'Chưa phát sinh yêu cầu phối hợp.', '—', 'Không phát sinh'),
]
diffs = ['Quy định về mức thu nhập chuyên gia còn vướng tiêu chí xác định "người có tài năng đặc biệt" trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
props = ['Đề nghị Chi cục cung cấp danh sách chuyên gia đánh giá, tư vấn lĩnh vực tiêu chuẩn, đo lường, chất lượng có nhu cầu thu hút để Phòng tham mưu.']
h5_report(f, 'PHÒNG QUẢN LÝ KHOA HỌC', '142/BC-QLKH', '27/10/2026', 'BÁO CÁO\nkết quả thực hiện các nội dung Kế hoạch CT38/2026 do Phòng QLKH chủ trì, phối hợp',
          R, diffs, props, 'Lê Minh Trí', ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'])
key(f, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '142/BC-QLKH', '2026-10-27', [
    ('II.3.c', 'in_progress', {}, R[0][2]),
    ('II.3.b', 'completed', {'training_courses': 1, 'participants': 38}, R[1][2]),
    ('II.2.a', 'in_progress', {'budget_spent_vnd': 1240000000}, R[2][2]),
    ('II.6.b', 'not_applicable', {}, R[3][2]),
], diffs, props)


# =============================================================== HAND 2 — Lộc (the Sở's units, XLSX)
# One sheet "BaoCao": merged title rows, grey band rows in the unit's own words with Roman numerals,
# TT restarting 1, 2, 3 under each band; columns "TT | Công việc đơn vị đã làm | Số liệu | Tình trạng |
# Người theo dõi"; "Số liệu" one line per figure "noun: value" with Alt+Enter, money in "triệu đồng" with
# a decimal comma; statuses "Đã xong / Đang tiếp tục / Chưa triển khai / Không phát sinh"; difficulties
# and proposals as the last two bands.
thin = Side(style='thin', color='000000')
BRD = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')


def h2_report(fname, unit_upper, so, date_words, title, bands, diffs, props, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'BaoCao'
    for col, w in zip('ABCDE', (6, 58, 30, 16, 14)):
        ws.column_dimensions[col].width = w
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws['A2'] = unit_upper
    ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + so
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = 'Thành phố Hồ Chí Minh, ' + date_words
    ws['D3'].font = Font(italic=True)
    ws.merge_cells('A5:E5')
    ws['A5'] = title
    ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    r = 7
    for i, h in enumerate(['TT', 'Công việc đơn vị đã làm', 'Số liệu', 'Tình trạng', 'Người theo dõi']):
        c = ws.cell(r, i + 1, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.border = BRD
    grey = PatternFill('solid', fgColor='D9D9D9')
    roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
    allb = list(bands) + [('KHÓ KHĂN, VƯỚNG MẮC', [(x, '', '', '') for x in diffs]),
                          ('ĐỀ XUẤT, KIẾN NGHỊ', [(x, '', '', '') for x in props])]
    for bi, (bname, rows) in enumerate(allb):
        r += 1
        ws.cell(r, 1, roman[bi]).font = Font(bold=True)
        ws.cell(r, 2, bname).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(r, c).fill = grey
            ws.cell(r, c).border = BRD
        for k, row in enumerate(rows, 1):
            r += 1
            vals = [k] + list(row)
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BRD
            ws.row_dimensions[r].height = max(32, 16 * (1 + len(row[0]) // 60 + row[1].count('\n')))
    r += 2
    ws.cell(r, 4, 'THỦ TRƯỞNG ĐƠN VỊ').font = Font(bold=True)
    ws.cell(r + 4, 4, signer).font = Font(bold=True)
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = 9
    ws.print_title_rows = '7:7'
    wb.save(os.path.join(OUT, fname))


# ---- H2-1 Chi cục TĐC
f = 'SKHCN-CCTDC-bc-ct38-2026.xlsx'
B = [
    ('TUYÊN TRUYỀN, TẬP HUẤN CHO DOANH NGHIỆP', [
        ('Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về TĐC cho doanh nghiệp và 01 buổi tọa đàm với doanh nghiệp nhập khẩu (tháng 4/2026)', 'Số lớp, tọa đàm: 07 (06 lớp, 01 tọa đàm)\nLượt người dự: 512', 'Đã xong', 'Hương'),
        ('Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia 2026', 'Doanh nghiệp được hướng dẫn: 14', 'Đã xong', 'Hương'),
    ]),
    ('NĂNG SUẤT, CHẤT LƯỢNG VÀ QUẢN LÝ TĐC', [
        ('Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996 và Đề án 100 (hỗ trợ năng suất, đo lường, truy xuất nguồn gốc)', 'Doanh nghiệp được hỗ trợ: 23\nKinh phí đã giải ngân: 186,5 triệu đồng', 'Đang tiếp tục', 'Khoa'),
        ('Tổ chức xét Giải thưởng Chất lượng Quốc gia năm 2026 (vòng sơ tuyển cấp Thành phố)', 'Đã thẩm định hồ sơ, gửi kết quả về Ủy ban TĐC Quốc gia', 'Đang tiếp tục', 'Hương'),
        ('Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy, áp dụng hệ thống quản lý tiên tiến', 'Doanh nghiệp được hướng dẫn: 128', 'Đang tiếp tục', 'Khoa'),
        ('Góp ý dự thảo TCVN, QCVN và xây dựng quy chuẩn kỹ thuật địa phương', 'Dự thảo đã góp ý: 11', 'Đang tiếp tục', 'Tuấn'),
        ('Kết nối Hệ thống thông tin giải quyết TTHC của Bộ với Cổng một cửa quốc gia (kiểm tra nhà nước hàng nhập khẩu)', '', 'Đã xong', 'Tuấn'),
    ]),
    ('BỒI DƯỠNG NGHIỆP VỤ CHO CÔNG CHỨC', [
        ('Tập huấn nghiệp vụ quản lý nhà nước về TĐC cho công chức các sở, ngành, UBND phường, xã, đặc khu', 'Số lớp: 02\nHọc viên: 268', 'Đã xong', 'Lộc'),
    ]),
    ('KIỂM TRA, KHẢO SÁT', [
        ('Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông trên thị trường', 'Số cuộc kiểm tra: 09\nCơ sở được kiểm tra: 87\nCơ sở vi phạm: 13\nTiền phạt: 96,75 triệu đồng', 'Đang tiếp tục', 'Lộc'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)', 'Số mẫu khảo sát: 145', 'Đang tiếp tục', 'Lộc'),
    ]),
    ('HỘI NHẬP QUỐC TẾ', [
        ('Cập nhật điều ước, thỏa thuận quốc tế về TĐC', 'Trong kỳ chưa có điều ước mới cần cập nhật', 'Không phát sinh', 'Tuấn'),
    ]),
]
diffs = ['Dự toán kinh phí thực hiện Kế hoạch (349 triệu đồng) chưa đủ cho hoạt động khảo sát, thử nghiệm mẫu.',
         'Một số phường, xã mới sắp xếp chưa cử được đầu mối theo dõi công tác tiêu chuẩn, đo lường, chất lượng.']
props = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.',
         'Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối và gửi danh sách về Chi cục trước ngày 30/11/2026.']
h2_report(f, 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '1893/BC-CCTĐC', 'ngày 29 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026\n(Số liệu từ 01/01/2026 đến 25/10/2026)', B, diffs, props, 'Phạm Văn Lộc')
rows = [x for b in B for x in b[1]]
key(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1893/BC-CCTĐC', '2026-10-29', [
    ('II.1.a', 'completed', {'training_courses': 7, 'participants': 512}, rows[0][0]),
    ('II.1.b', 'completed', {'enterprises_supported': 14}, rows[1][0]),
    ('II.2.a', 'in_progress', {'enterprises_supported': 23, 'budget_spent_vnd': 186500000}, rows[2][0]),
    ('II.2.b', 'in_progress', {}, rows[3][0]),
    ('II.2.d', 'in_progress', {'enterprises_supported': 128}, rows[4][0]),
    ('II.2.e', 'in_progress', {'standards_reviewed': 11}, rows[5][0]),
    ('II.2.h', 'completed', {}, rows[6][0]),
    ('II.3.a', 'completed', {'training_courses': 2, 'participants': 268}, rows[7][0]),
    ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 87, 'violations': 13, 'fines_vnd': 96750000}, rows[8][0]),
    ('II.5.b', 'in_progress', {'samples_tested': 145}, rows[9][0]),
    ('II.6.a', 'not_applicable', {}, rows[10][0]),
], diffs, props)

# ---- H2-2 Trung tâm Dịch vụ Phân tích thí nghiệm
f = 'SKHCN-TTPTTN-bc-kh38-t10.xlsx'
B = [
    ('ĐẦU TƯ, NÂNG CAO NĂNG LỰC', [
        ('Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, kiểm định (dự án mua sắm năm 2026)', 'Kinh phí đã giải ngân: 3.850 triệu đồng', 'Đang tiếp tục', 'Anh Thư'),
        ('Duy trì, liên kết chuẩn đo lường của Trung tâm đến chuẩn quốc gia', 'Chuẩn đã hiệu chuẩn, liên kết: 27', 'Đã xong', 'Bảo'),
    ]),
    ('DỊCH VỤ KỸ THUẬT', [
        ('Kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo; thử nghiệm mẫu phục vụ quản lý và doanh nghiệp; mở rộng phạm vi chỉ định lĩnh vực điện – điện tử', 'Phương tiện đo đã kiểm định, hiệu chuẩn: 18.460\nMẫu đã thử nghiệm: 2.315', 'Đang tiếp tục', 'Bảo'),
        ('Thử nghiệm mẫu khảo sát chất lượng theo đề nghị của Chi cục', 'Mẫu thử nghiệm: 145', 'Đã xong', 'Anh Thư'),
    ]),
    ('ĐÀO TẠO', [
        ('Đào tạo, bồi dưỡng về đo lường, thử nghiệm cho viên chức, người lao động và sinh viên thực tập', 'Khóa đào tạo: 03\nHọc viên: 94', 'Đã xong', 'Lộc'),
    ]),
]
diffs = ['Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa, hiệu chuẩn lớn.']
props = ['Đề nghị Sở ưu tiên bố trí vốn đầu tư hệ thống chuẩn lưu lượng khí trong năm 2027.']
h2_report(f, 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '402/BC-TTPTTN', 'ngày 27 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (phần việc của Trung tâm)', B, diffs, props, 'Nguyễn Hữu Bảo')
rows = [x for b in B for x in b[1]]
key(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '402/BC-TTPTTN', '2026-10-27', [
    ('II.4.a', 'in_progress', {'budget_spent_vnd': 3850000000}, rows[0][0]),
    ('II.4.c', 'completed', {'instruments_verified': 27}, rows[1][0]),
    ('II.2.g', 'in_progress', {'instruments_verified': 18460, 'samples_tested': 2315}, rows[2][0]),
    ('II.5.b', 'completed', {'samples_tested': 145}, rows[3][0]),
    ('II.3.d', 'completed', {'training_courses': 3, 'participants': 94}, rows[4][0]),
], diffs, props)

# ---- H2-3 Phòng Kiểm tra – Pháp chế
f = 'SKHCN-KTPC-bao-cao-ct38.xlsx'
B = [
    ('PHỐI HỢP KIỂM TRA', [
        ('Tham gia các đoàn kiểm tra liên ngành về đo lường, chất lượng hàng hóa lưu thông do Chi cục chủ trì', 'Số cuộc tham gia: 04', 'Đang tiếp tục', 'Vân'),
        ('Hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền (xử phạt, lập biên bản vi phạm về đo lường)', '', 'Đang tiếp tục', 'Vân'),
        ('Rà soát danh mục, bảo trì phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP', '', 'Chưa triển khai', 'Hòa'),
    ]),
    ('PHÁP CHẾ, XỬ LÝ VI PHẠM', [
        ('Góp ý dự thảo văn bản quy phạm pháp luật hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa', 'Số dự thảo văn bản QPPL đã góp ý: 02', 'Đã xong', 'Hòa'),
        ('Tiếp nhận, xử lý tố giác vi phạm về TĐC', 'Đơn đã tiếp nhận và xử lý xong: 02', 'Đã xong', 'Hòa'),
    ]),
]
diffs = ['Phòng chỉ có 04 công chức, cùng lúc tham gia nhiều đoàn kiểm tra của Sở.']
props = ['Đề nghị Chi cục gửi lịch kiểm tra Quý IV sớm để Phòng bố trí người tham gia.']
h2_report(f, 'PHÒNG KIỂM TRA – PHÁP CHẾ', '64/BC-KTPC', 'ngày 30 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', B, diffs, props, 'Trịnh Thị Vân')
rows = [x for b in B for x in b[1]]
key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '64/BC-KTPC', '2026-10-30', [
    ('II.5.a', 'in_progress', {'inspections': 4}, rows[0][0]),
    ('II.5.c', 'in_progress', {}, rows[1][0]),
    ('II.4.b', 'not_started', {}, rows[2][0]),
    ('II.2.c', 'completed', {}, rows[3][0]),
    ('II.5.d', 'completed', {}, rows[4][0]),
], diffs, props)


# =============================================================== HAND 4 — Vy (department/ward specialist, XLSX)
# Sheet "BC CT38", unit name in capitals in A1, "Số:" and a real Excel date cell "Ngày báo cáo:" in rows
# 2–3; three columns only "Nội dung công việc | Kết quả thực hiện | Tự đánh giá" — figures only inside the
# result sentences without zero padding ("5 cuộc", money "8,5 triệu đồng"); the self-assessment as a
# sentence naming the quarter ("Hoàn thành trong Quý II", "Đang thực hiện, dự kiến xong Quý IV");
# "Khó khăn:" / "Kiến nghị:" label rows with the items in column B, one per row.
def h4_report(fname, unit_upper, so, date, title, rows, diffs, props, signer_role, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'BC CT38'
    ws.column_dimensions['A'].width = 42
    ws.column_dimensions['B'].width = 70
    ws.column_dimensions['C'].width = 28
    ws['A1'] = unit_upper
    ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + so
    ws['A3'] = 'Ngày báo cáo:'
    ws['B3'] = date
    ws['B3'].number_format = 'dd/mm/yyyy'
    ws['B3'].alignment = Alignment(horizontal='left')
    ws.merge_cells('A5:C5')
    ws['A5'] = title
    ws['A5'].font = Font(bold=True, size=12)
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 34
    r = 7
    for i, h in enumerate(['Nội dung công việc', 'Kết quả thực hiện', 'Tự đánh giá']):
        c = ws.cell(r, i + 1, h)
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='2F5597')
        c.alignment = Alignment(horizontal='center', vertical='center')
        c.border = BRD
    for row in rows:
        r += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BRD
        ws.row_dimensions[r].height = 15 * (1 + len(row[1]) // 75)
    r += 2
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True, underline='single')
    for x in diffs:
        ws.cell(r, 2, x).alignment = WRAP
        r += 1
    if not diffs:
        r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True, underline='single')
    for x in props:
        ws.cell(r, 2, x).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 3, signer_role).font = Font(bold=True)
    ws.cell(r + 4, 3, signer).font = Font(bold=True)
    ws.page_setup.orientation = 'landscape'
    ws.freeze_panes = 'A8'
    wb.save(os.path.join(OUT, fname))


# ---- H4-1 Sở Nông nghiệp và Môi trường
f = 'SO-NNMT-bc-kh38-2026.xlsx'
R = [
    ('Góp ý dự thảo quy chuẩn, tiêu chuẩn; xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch', 'Đã góp ý 5 dự thảo (4 dự thảo QCVN lĩnh vực phân bón, thức ăn chăn nuôi và 1 dự thảo QCĐP về chất lượng nước sạch sinh hoạt do Sở chủ trì).', 'Đang thực hiện, dự kiến xong Quý IV'),
    ('Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, giống cây trồng)', 'Chi cục Trồng trọt và Bảo vệ thực vật tổ chức 12 cuộc kiểm tra tại 58 cơ sở, lấy 40 mẫu kiểm tra chất lượng; 9 cơ sở vi phạm, xử phạt 214 triệu đồng.', 'Đang thực hiện thường xuyên'),
    ('Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015', 'Đã công bố lại hệ thống sau hợp nhất Sở Nông nghiệp và Sở Tài nguyên và Môi trường.', 'Hoàn thành trong Quý II'),
    ('Cử công chức tham gia tập huấn về TĐC', 'Cử 3 công chức dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.', 'Hoàn thành trong Quý III'),
    ('Phổ biến quy định về ghi nhãn, công bố hợp quy phân bón cho doanh nghiệp', 'Tổ chức 1 hội nghị với 110 đại biểu là doanh nghiệp, đại lý phân bón.', 'Hoàn thành trong Quý II'),
]
diffs = ['Chi phí kiểm nghiệm mẫu phân bón cao, kinh phí giao cho hoạt động lấy mẫu còn hạn chế.']
props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp lồng ghép kiểm tra chất lượng vật tư nông nghiệp trong các đợt kiểm tra liên ngành.']
h4_report(f, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '7781/BC-SNNMT', datetime.datetime(2026, 10, 23),
          'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', R, diffs, props, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Nguyễn Văn Phước')
key(f, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '7781/BC-SNNMT', '2026-10-23', [
    ('II.2.e', 'in_progress', {'standards_reviewed': 5}, R[0][1]),
    ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 58, 'samples_tested': 40, 'violations': 9, 'fines_vnd': 214000000}, R[1][1]),
    ('II.2.đ', 'completed', {}, R[2][1]),
    ('II.3.a', 'completed', {'participants': 3}, R[3][1]),
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 110}, R[4][1]),
], diffs, props)

# ---- H4-2 Sở Giáo dục và Đào tạo (re-saved through LibreOffice later)
f = 'SO-GDDT-bc-ct38.xlsx'
R = [
    ('Bồi dưỡng kiến thức về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho giáo viên, học sinh các trường trung cấp, cao đẳng', 'Phối hợp Chi cục TĐC tổ chức 2 lớp bồi dưỡng cho 185 giáo viên giáo dục nghề nghiệp; lớp thứ 3 dành cho học sinh dự kiến tổ chức tháng 11.', 'Đang thực hiện, dự kiến xong Quý IV'),
    ('Áp dụng hệ thống quản lý chất lượng ISO 9001 tại cơ quan Sở', 'Đã duy trì, cải tiến và công bố lại hệ thống quản lý chất lượng.', 'Hoàn thành trong Quý I'),
    ('Tuyên truyền Chỉ thị 38-CT/TW trên Cổng thông tin ngành giáo dục', 'Đăng 3 tin, bài.', 'Hoàn thành trong Quý III'),
    ('Cử cán bộ tham gia tập huấn chuyên môn TĐC', 'Chưa thực hiện do chưa nhận được thông báo chiêu sinh.', 'Chưa thực hiện'),
]
props = ['Đề nghị Chi cục cung cấp tài liệu, bài giảng mẫu về tiêu chuẩn, đo lường, chất lượng để các trường lồng ghép vào chương trình giảng dạy.']
h4_report(f, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '5409/SGDĐT-GDNN', datetime.datetime(2026, 10, 20),
          'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', R, [], props, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Lê Thụy Mỵ Châu')
key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '5409/SGDĐT-GDNN', '2026-10-20', [
    ('II.3.d', 'in_progress', {'training_courses': 2, 'participants': 185}, R[0][1]),
    ('II.2.đ', 'completed', {}, R[1][1]),
    ('II.1.a', 'completed', {'communications': 3}, R[2][1]),
    ('II.3.a', 'not_started', {}, R[3][1]),
], [], props)

# ---- H4-3 Phường Bà Rịa
f = '26560-ba-ria-kq-ct38.xlsx'
R = [
    ('Kiểm tra đo lường tại chợ Bà Rịa, cửa hàng xăng dầu, tiệm vàng (nội dung phân quyền cho phường)', 'Tổ công tác liên ngành phường kiểm tra 4 cuộc, 26 cơ sở; phát hiện 5 cơ sở vi phạm về đo lường, xử phạt 8,5 triệu đồng.', 'Đang thực hiện, còn đợt kiểm tra Quý IV'),
    ('Hội nghị phổ biến pháp luật về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh', 'Tổ chức 1 hội nghị tại hội trường UBND phường, 72 người tham dự.', 'Hoàn thành trong Quý II'),
    ('Duy trì ISO 9001 tại UBND phường', 'Đã công bố hệ thống quản lý chất lượng của UBND phường (sau sắp xếp).', 'Hoàn thành trong Quý III'),
    ('Cử công chức dự tập huấn nghiệp vụ TĐC', 'Cử 1 công chức Phòng Kinh tế, Hạ tầng và Đô thị dự lớp tập huấn của Chi cục.', 'Hoàn thành trong Quý II'),
]
diffs = ['Chưa có trang thiết bị (cân đối chứng, quả cân chuẩn) phục vụ kiểm tra tại chợ.']
props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường thiết lập điểm cân đối chứng tại chợ Bà Rịa.']
h4_report(f, 'ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA', '412/BC-UBND', datetime.datetime(2026, 10, 27),
          'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 TRÊN ĐỊA BÀN PHƯỜNG', R, diffs, props, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH', 'Phan Thị Tường Vy')
key(f, '26560', 'Phường Bà Rịa', '412/BC-UBND', '2026-10-27', [
    ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 26, 'violations': 5, 'fines_vnd': 8500000}, R[0][1]),
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 72}, R[1][1]),
    ('II.2.đ', 'completed', {}, R[2][1]),
    ('II.3.a', 'completed', {'participants': 1}, R[3][1]),
], diffs, props)

for fn, k in KEYS.items():
    with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
