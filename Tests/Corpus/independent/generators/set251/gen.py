# -*- coding: utf-8 -*-
"""Generator for set251: 17 progress reports in five hands + answer keys.
Run: python3 gen.py   (then finalize.py re-saves two files through LibreOffice and writes sha256)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

def key(fname, unit_id, unit_name, number, date, entries, kk, dx, status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [{'task': t, 'status': s, 'indicators': ind, 'text': tx} for (t, s, ind, tx) in entries],
        'findings': [], 'difficulties': kk, 'proposals': dx,
    }

# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ('w:eastAsia', 'w:cs'):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def P(d_or_cell, runs, align=None, indent=None, before=0, after=4, size=None):
    p = d_or_cell.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, '')]
    for text, fmt in runs:
        r = p.add_run(text)
        r.bold = 'b' in fmt or None
        r.italic = 'i' in fmt or None
        r.underline = 'u' in fmt or None
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    return p

def header_table(d, left, right, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    for i, lines in enumerate((left, right)):
        c = t.rows[0].cells[i]
        c.width = Cm(widths[i])
        c.paragraphs[0].text = ''
        first = True
        for text, fmt in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            r = p.add_run(text)
            r.bold = 'b' in fmt or None
            r.italic = 'i' in fmt or None
            r.font.size = Pt(12 if 'b' in fmt else 13)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
    return t

def sign_table(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    for i, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[i]
        c.paragraphs[0].text = ''
        first = True
        for text, fmt in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            r = p.add_run(text)
            r.bold = 'b' in fmt or None
            r.italic = 'i' in fmt or None
            r.font.size = Pt(11 if i == 0 else 13)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)

# =====================================================================
# HAND 1 - "Ngọc Hân", công chức Kinh tế, wards of former Bình Dương.
# "+" items under the plan's group titles shortened; each item closed by one of
# four stock sentences; money glued "4.500.000đ".
# =====================================================================
H1_CLOSE = {
    'completed': 'Nội dung này đã triển khai thực hiện xong.',
    'in_progress': 'Phường sẽ tiếp tục thực hiện trong thời gian tới.',
    'not_started': 'Nội dung này chưa triển khai.',
    'not_applicable': 'Trong kỳ chưa phát sinh.',
}

def h1(fname, unit_upper, so, place_date, title2, opening, groups, kk, dx, signer, kind='PHƯỜNG'):
    d = new_doc()
    header_table(d, [('ỦY BAN NHÂN DÂN', 'b'), (unit_upper, 'b'), ('', ''), ('Số: ' + so, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'), ('', ''), (place_date, 'i')])
    P(d, '', after=0)
    P(d, [('BÁO CÁO', 'b')], align='c', before=6, after=0, size=14)
    for l in title2:
        P(d, [(l, 'b')], align='c', after=0)
    P(d, '', after=0)
    P(d, opening, align='j', indent=1.0)
    P(d, [('I. KẾT QUẢ THỰC HIỆN', 'b')])
    for g_title, items in groups:
        P(d, [(g_title, 'b')], indent=1.0)
        for it in items:
            P(d, '+ ' + it, align='j', indent=1.0)
    P(d, [('II. KHÓ KHĂN, VƯỚNG MẮC', 'b')])
    for x in kk:
        P(d, '- ' + x, align='j', indent=1.0)
    P(d, [('III. ĐỀ XUẤT, KIẾN NGHỊ', 'b')])
    for x in dx:
        P(d, '- ' + x, align='j', indent=1.0)
    kw, nm = unit_upper.title().split(' ', 1)
    P(d, 'Trên đây là báo cáo của Ủy ban nhân dân %s %s./.' % (kw.lower(), nm), align='j', indent=1.0)
    sign_table(d, [('Nơi nhận:', 'bi'), ('- Chi cục TĐC (b/c);', ''), ('- TT.ĐU, TT.HĐND %s;' % kw.lower(), ''), ('- CT, PCT UBND %s;' % kw.lower(), ''), ('- Lưu: VT, KT.', '')],
               [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'), ('', ''), ('', ''), ('', ''), (signer, 'b')])
    d.save(os.path.join(OUT, fname))

def H1(s):
    return ' ' + H1_CLOSE[s]

# ---- 1. Phường Dĩ An
f = 'DiAn_BC_CT38_2026.docx'
it_tt = ('Lồng ghép tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên hệ thống loa truyền thanh của 06 khu phố và trang Fanpage của phường, '
         'trong kỳ đăng được 14 tin, bài; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi phổ biến quy định về đo lường trong kinh doanh '
         'tại chợ Dĩ An (ngày 18/6/2026) cho 45 hộ kinh doanh tham dự.' + H1('in_progress'))
it_cho = ('Phường thành lập Tổ kiểm tra, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra phương tiện đo, lượng hàng đóng gói sẵn tại chợ Dĩ An, chợ Nhị Đồng: '
          'thực hiện 04 cuộc, kiểm tra 37 lượt cơ sở, phát hiện 03 trường hợp vi phạm (cân sai số vượt mức cho phép), xử phạt 4.500.000đ; '
          'phối hợp đơn vị kiểm định kiểm định miễn phí 52 cân đồng hồ cho tiểu thương.' + H1('completed'))
it_hh = ('Phối hợp Đội Quản lý thị trường số 3 kiểm tra chất lượng, nhãn hàng hóa mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng trên đường Nguyễn An Ninh: '
         '02 cuộc, 11 cơ sở, chưa phát hiện vi phạm.' + H1('in_progress'))
it_tg = 'Việc tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng:' + H1('not_applicable')
it_cb = ('Cử 02 công chức (Kinh tế, Văn phòng - Thống kê) tham gia lớp tập huấn nghiệp vụ quản lý đo lường do Sở Khoa học và Công nghệ tổ chức ngày 21/5/2026.' + H1('completed'))
it_iso = ('Phường duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính tiếp nhận tại Bộ phận Một cửa; '
          'đã rà soát, cập nhật lại các quy trình nội bộ sau khi sắp xếp đơn vị hành chính.' + H1('in_progress'))
kk = ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, công chức Kinh tế kiêm nhiệm nhiều việc.',
      'Tiểu thương tại các chợ tự phát chưa chủ động đem cân đi kiểm định.']
dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục hỗ trợ kiểm định cân miễn phí tại các chợ trên địa bàn phường.',
      'Đề nghị Sở Khoa học và Công nghệ cấp phát tài liệu hướng dẫn nghiệp vụ cho công chức phường.']
h1(f, 'PHƯỜNG DĨ AN', '512/BC-UBND', 'Dĩ An, ngày 27 tháng 10 năm 2026',
   ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh', 'công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường'],
   'Thực hiện Công văn số 1375/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Dĩ An báo cáo kết quả như sau:',
   [('1. Công tác tuyên truyền, phổ biến', [it_tt]),
    ('2. Công tác kiểm tra, giám sát', [it_cho, it_hh, it_tg]),
    ('3. Công tác đào tạo, bồi dưỡng', [it_cb]),
    ('4. Áp dụng hệ thống quản lý chất lượng', [it_iso])], kk, dx, 'Nguyễn Văn Sáu')
key(f, '25942', 'Phường Dĩ An', '512/BC-UBND', '2026-10-27', [
    ('II.1.a', 'in_progress', {'communications': 14, 'training_courses': 1, 'participants': 45}, 'trong kỳ đăng được 14 tin, bài'),
    ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 37, 'violations': 3, 'fines_vnd': 4500000, 'instruments_verified': 52}, 'thực hiện 04 cuộc, kiểm tra 37 lượt cơ sở'),
    ('II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 11}, 'kiểm tra chất lượng, nhãn hàng hóa mũ bảo hiểm, đồ chơi trẻ em'),
    ('II.5.d', 'not_applicable', {}, 'Việc tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng'),
    ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức'),
    ('II.2.đ', 'in_progress', {}, 'Phường duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'),
], kk, dx)

# ---- 2. Phường Thuận Giao
f = 'ThuanGiao_bao cao KH38.docx'
it_tt = ('Tuyên truyền trên cụm loa các khu phố và nhóm Zalo của phường được 09 tin, bài; phối hợp Chi cục tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa '
         'cho các doanh nghiệp, hộ kinh doanh trên địa bàn với 62 đại biểu tham dự.' + H1('completed'))
it_gt = ('Thông báo, vận động doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia năm 2026; đã hướng dẫn 02 doanh nghiệp hoàn thiện hồ sơ đăng ký.' + H1('completed'))
it_cho = ('Kiểm tra đo lường tại chợ Thuận Giao và các điểm kinh doanh ven đường: 03 cuộc, 29 cơ sở, phát hiện 02 trường hợp vi phạm, xử phạt 3.000.000đ.' + H1('in_progress'))
it_xd = ('Phối hợp kiểm tra chất lượng xăng dầu: 01 cuộc tại 06 cửa hàng xăng dầu, lấy 06 mẫu xăng gửi thử nghiệm, kết quả các mẫu đều đạt.' + H1('completed'))
it_cb = 'Cử 01 công chức Kinh tế tham gia lớp tập huấn nghiệp vụ do Sở Khoa học và Công nghệ tổ chức.' + H1('completed')
it_iso = ('Việc xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của phường sau sắp xếp: phường đang chờ hướng dẫn của Sở Khoa học và Công nghệ.' + H1('not_started'))
kk = ['Số lượng cơ sở kinh doanh nhỏ lẻ nhiều, thay đổi địa điểm thường xuyên nên khó quản lý.']
dx = ['Đề nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn xây dựng hệ thống quản lý chất lượng cho các phường sau sắp xếp.',
      'Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại điểm cân đối chứng chợ Thuận Giao.']
h1(f, 'PHƯỜNG THUẬN GIAO', '388/BC-UBND', 'Thuận Giao, ngày 29 tháng 10 năm 2026',
   ['Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW', 'về tiêu chuẩn, đo lường, chất lượng năm 2026'],
   'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn số 1375/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Thuận Giao báo cáo như sau:',
   [('1. Công tác tuyên truyền', [it_tt, it_gt]),
    ('2. Công tác kiểm tra', [it_cho, it_xd]),
    ('3. Công tác đào tạo', [it_cb]),
    ('4. Hệ thống quản lý chất lượng', [it_iso])], kk, dx, 'Lê Thị Kim Chi')
key(f, '25969', 'Phường Thuận Giao', '388/BC-UBND', '2026-10-29', [
    ('II.1.a', 'completed', {'communications': 9, 'training_courses': 1, 'participants': 62}, 'phối hợp Chi cục tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa'),
    ('II.1.b', 'completed', {'enterprises_supported': 2}, 'đã hướng dẫn 02 doanh nghiệp hoàn thiện hồ sơ đăng ký'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 29, 'violations': 2, 'fines_vnd': 3000000}, 'Kiểm tra đo lường tại chợ Thuận Giao'),
    ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 6, 'samples_tested': 6}, 'Phối hợp kiểm tra chất lượng xăng dầu'),
    ('II.3.a', 'completed', {'participants': 1}, 'Cử 01 công chức Kinh tế tham gia lớp tập huấn'),
    ('II.2.đ', 'not_started', {}, 'phường đang chờ hướng dẫn của Sở Khoa học và Công nghệ'),
], kk, dx)

# ---- 3. Xã Phước Thành -- MISTAKEN (chuyển đổi số)
f = 'PhuocThanh_BC_CDS_2026.docx'
kk = ['Hạ tầng mạng tại một số ấp vùng sâu còn yếu, sóng di động chập chờn.']
dx = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ xã 05 máy tính cho Bộ phận Một cửa.']
h1(f, 'XÃ PHƯỚC THÀNH', '176/BC-UBND', 'Phước Thành, ngày 22 tháng 10 năm 2026',
   ['Kết quả thực hiện nhiệm vụ chuyển đổi số, Đề án 06', '10 tháng đầu năm 2026'],
   'Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026, Ủy ban nhân dân xã Phước Thành báo cáo kết quả thực hiện như sau:',
   [('1. Hạ tầng số, chính quyền số', [
        'Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình đạt 86%; 100% cán bộ, công chức xã được cấp chữ ký số.' + ' Xã sẽ tiếp tục thực hiện trong thời gian tới.',
        'Đã số hóa 4.150 hồ sơ hộ tịch giai đoạn 2010 – 2020.' + ' Nội dung này đã triển khai thực hiện xong.']),
    ('2. Đề án 06', [
        'Tổ công nghệ số cộng đồng tại 07 ấp hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2 được 2.840 trường hợp.' + ' Xã sẽ tiếp tục thực hiện trong thời gian tới.'])],
   kk, dx, 'Trần Minh Hoàng', kind='XÃ')
key(f, '25864', 'Xã Phước Thành', '176/BC-UBND', '2026-10-22', [], [], [], status='rejected',
    reason='Báo cáo về chuyển đổi số và Đề án 06, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')

# =====================================================================
# HAND 5 - an older Phó Chủ tịch (Bến Cát, Bàu Bàng, Long Hải).
# Numbered paragraphs whose opening phrase is underlined; figures after
# "được" ("kiểm tra được 05 cuộc"), money "7,5 triệu đồng"; NO status in the
# body: statuses only in a closing "IV. TỰ ĐÁNH GIÁ" list that repeats the
# underlined phrases.
# =====================================================================

def h5(fname, unit_upper, so, place_date, subject, opening, items, kk, dx, signer):
    d = new_doc(size=14)
    header_table(d, [('UBND ' + unit_upper.split(' ', 1)[0] + ' ' + unit_upper.split(' ', 1)[1], 'b'), ('-------', ''), ('Số: ' + so, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'), ('---------------', ''), (place_date, 'i')])
    P(d, '', after=0)
    P(d, [('BÁO CÁO', 'b')], align='c', after=0)
    P(d, [(subject, 'b')], align='c', after=8)
    P(d, opening, align='j', indent=1.27)
    P(d, [('I. KẾT QUẢ ĐẠT ĐƯỢC', 'b')], indent=1.27)
    for n, (lead, rest, _st) in enumerate(items, 1):
        P(d, [('%d.  ' % n, ''), (lead, 'u'), (rest, '')], align='j', indent=1.27)
    P(d, [('II. TỒN TẠI, KHÓ KHĂN', 'b')], indent=1.27)
    for x in kk:
        P(d, '-  ' + x, align='j', indent=1.27)
    P(d, [('III. KIẾN NGHỊ', 'b')], indent=1.27)
    for x in dx:
        P(d, '-  ' + x, align='j', indent=1.27)
    P(d, [('IV. TỰ ĐÁNH GIÁ', 'b')], indent=1.27)
    P(d, 'Qua thực hiện, Ủy ban nhân dân tự đánh giá từng nội dung như sau:', align='j', indent=1.27)
    for n, (lead, _rest, st) in enumerate(items, 1):
        P(d, [('%d.  ' % n, ''), (lead, 'u'), (': ' + st + '.', '')], indent=1.27)
    P(d, 'Trên đây là báo cáo kết quả thực hiện, kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.', align='j', indent=1.27)
    sign_table(d, [('Nơi nhận:', 'bi'), ('- Chi cục TĐC TP.HCM;', ''), ('- Đảng ủy, HĐND;', ''), ('- Lưu: VT.', '')],
               [('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'), ('', ''), ('', ''), ('', ''), (signer, 'b')])
    d.save(os.path.join(OUT, fname))

# ---- 4. Phường Bến Cát
f = 'BenCat_BC38_T10.docx'
items = [
    ('Công tác tuyên truyền', ' về tiêu chuẩn, đo lường, chất lượng:  Phường đăng được 07 tin, bài trên trang thông tin điện tử phường, phát thanh trên loa các khu phố vào sáng thứ hai hằng tuần, niêm yết quy định về cân đối chứng tại các chợ.', 'Đã hoàn thành'),
    ('Công tác kiểm tra đo lường tại chợ', ':  Tổ kiểm tra của phường phối hợp với Chi cục kiểm tra được 05 cuộc tại chợ Bến Cát, chợ Mỹ Phước với 44 cơ sở kinh doanh, phát hiện 04 cơ sở vi phạm (sử dụng cân không đạt yêu cầu), đã xử phạt 7,5 triệu đồng.', 'Đang thực hiện'),
    ('Phối hợp khảo sát chất lượng', ':  Phường phối hợp với đoàn của Chi cục lấy được 12 mẫu xăng dầu, khí dầu mỏ hóa lỏng tại các cửa hàng trên địa bàn để khảo sát chất lượng.', 'Đã hoàn thành'),
    ('Cử cán bộ tham gia tập huấn', ':  Phường cử được 03 lượt cán bộ, công chức tham dự các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở tổ chức.', 'Đã hoàn thành'),
    ('Hướng dẫn cơ sở sản xuất công bố, ghi nhãn', ':  Phường hướng dẫn được 09 hộ sản xuất, doanh nghiệp nhỏ thực hiện công bố sản phẩm và ghi nhãn hàng hóa đúng quy định.', 'Đang thực hiện'),
]
kk = ['Địa bàn rộng, nhiều khu công nghiệp, cơ sở kinh doanh nhỏ lẻ phân tán, lực lượng kiểm tra còn mỏng.',
      'Một bộ phận hộ kinh doanh chưa hiểu quy định về kiểm định phương tiện đo.']
dx = ['Kiến nghị Chi cục tổ chức thêm lớp tập huấn chuyên sâu về đo lường cho công chức phường.']
h5(f, 'PHƯỜNG BẾN CÁT', '241/BC-UBND', 'Bến Cát, ngày 30 tháng 10 năm 2026',
   'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
   'Thực hiện chỉ đạo của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026,  Ủy ban nhân dân phường Bến Cát báo cáo như sau:',
   items, kk, dx, 'Huỳnh Văn Bảy')
key(f, '25813', 'Phường Bến Cát', '241/BC-UBND', '2026-10-30', [
    ('II.1.a', 'completed', {'communications': 7}, 'Phường đăng được 07 tin, bài trên trang thông tin điện tử phường'),
    ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 44, 'violations': 4, 'fines_vnd': 7500000}, 'kiểm tra được 05 cuộc tại chợ Bến Cát, chợ Mỹ Phước'),
    ('II.5.b', 'completed', {'samples_tested': 12}, 'lấy được 12 mẫu xăng dầu, khí dầu mỏ hóa lỏng'),
    ('II.3.a', 'completed', {'participants': 3}, 'Phường cử được 03 lượt cán bộ, công chức tham dự'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 9}, 'hướng dẫn được 09 hộ sản xuất, doanh nghiệp nhỏ'),
], kk, dx)

# ---- 5. Xã Bàu Bàng
f = 'BauBang_BC CT38.docx'
items = [
    ('Về tuyên truyền', ':  Đài truyền thanh xã phát được 05 tin, bài về tiêu chuẩn, đo lường, chất lượng; treo băng rôn tại trụ sở và các chợ.', 'Đang thực hiện'),
    ('Về kiểm tra cân tại chợ', ':  Xã kiểm tra được 02 cuộc tại chợ Bàu Bàng và chợ Lai Uyên với 15 cơ sở, không phát hiện vi phạm.', 'Đã hoàn thành'),
    ('Về kiểm tra vật tư nông nghiệp', ':  Xã phối hợp kiểm tra chất lượng phân bón được 01 cuộc tại 08 đại lý vật tư nông nghiệp, phát hiện 01 đại lý vi phạm về nhãn hàng hóa, đã chuyển hồ sơ cho cơ quan có thẩm quyền xử lý.', 'Đã hoàn thành'),
    ('Về áp dụng ISO trong cơ quan hành chính', ':  Sau sáp nhập, xã chưa xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.', 'Chưa thực hiện'),
    ('Về tiếp nhận tin báo, tố giác', ':  Trong năm xã không nhận được tin báo, tố giác vi phạm nào về tiêu chuẩn, đo lường, chất lượng.', 'Không phát sinh'),
]
kk = ['Kinh phí thuê tư vấn xây dựng hệ thống quản lý chất lượng chưa được bố trí.']
dx = ['Kiến nghị Sở Khoa học và Công nghệ hỗ trợ xã xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
      'Kiến nghị Chi cục phối hợp kiểm định cân tại chợ Lai Uyên trong quý IV.']
h5(f, 'XÃ BÀU BÀNG', '158/BC-UBND', 'Bàu Bàng, ngày 23 tháng 10 năm 2026',
   'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   'Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Bàu Bàng báo cáo tình hình thực hiện như sau:',
   items, kk, dx, 'Đặng Thị Tư')
key(f, '25822', 'Xã Bàu Bàng', '158/BC-UBND', '2026-10-23', [
    ('II.1.a', 'in_progress', {'communications': 5}, 'Đài truyền thanh xã phát được 05 tin, bài'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 15}, 'Xã kiểm tra được 02 cuộc tại chợ Bàu Bàng và chợ Lai Uyên'),
    ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 8, 'violations': 1}, 'kiểm tra chất lượng phân bón được 01 cuộc tại 08 đại lý'),
    ('II.2.đ', 'not_started', {}, 'xã chưa xây dựng lại hệ thống quản lý chất lượng'),
    ('II.5.d', 'not_applicable', {}, 'không nhận được tin báo, tố giác vi phạm nào'),
], kk, dx)

# ---- 6. Xã Long Hải
f = 'LongHai_CT38.docx'
items = [
    ('Công tác tuyên truyền', ':  Xã phát được 15 tin, bài trên hệ thống loa truyền thanh về sử dụng cân đúng quy định tại chợ và các vựa hải sản.', 'Đang thực hiện'),
    ('Kiểm tra đo lường tại chợ, vựa hải sản', ':  Tổ công tác của xã kiểm tra được 03 cuộc tại chợ Long Hải và các vựa hải sản với 26 cơ sở; phát hiện 02 cơ sở sử dụng cân chưa kiểm định, xử phạt 2,5 triệu đồng; phối hợp kiểm định được 34 cân các loại cho tiểu thương.', 'Đang thực hiện'),
    ('Phối hợp kiểm tra chất lượng xăng dầu', ':  Xã phối hợp Chi cục kiểm tra được 01 cuộc tại 04 cửa hàng xăng dầu ven biển phục vụ tàu cá, lấy 04 mẫu dầu DO để thử nghiệm.', 'Đã hoàn thành'),
    ('Cử cán bộ dự tập huấn', ':  Lớp tập huấn quý IV Sở chưa tổ chức nên xã chưa cử cán bộ tham dự.', 'Chưa thực hiện'),
]
kk = ['Các vựa hải sản hoạt động chủ yếu ban đêm và sáng sớm, gây khó khăn cho việc kiểm tra.',
      'Xã chưa có cân đối chứng đặt tại chợ Long Hải.']
dx = ['Kiến nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ xã 01 cân đối chứng đặt tại chợ Long Hải.']
h5(f, 'XÃ LONG HẢI', '287/BC-UBND', 'Long Hải, ngày 28 tháng 10 năm 2026',
   'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   'Thực hiện Công văn số 1375/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân xã Long Hải báo cáo như sau:',
   items, kk, dx, 'Phạm Văn Mười')
key(f, '26662', 'Xã Long Hải', '287/BC-UBND', '2026-10-28', [
    ('II.1.a', 'in_progress', {'communications': 15}, 'Xã phát được 15 tin, bài trên hệ thống loa truyền thanh'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 26, 'violations': 2, 'fines_vnd': 2500000, 'instruments_verified': 34}, 'kiểm tra được 03 cuộc tại chợ Long Hải và các vựa hải sản'),
    ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 4, 'samples_tested': 4}, 'kiểm tra được 01 cuộc tại 04 cửa hàng xăng dầu ven biển'),
    ('II.3.a', 'not_started', {}, 'Lớp tập huấn quý IV Sở chưa tổ chức nên xã chưa cử cán bộ tham dự'),
], kk, dx)

# =====================================================================
# HAND 3 - "Trí", chuyên viên tổng hợp writing công văn for departments.
# Each item is one long sentence opening with a date and the department's own
# documents (numbers as noise), figures inside, status as Northern-formal verbs
# ("đã hoàn tất", "đang tiếp tục tổ chức", "chưa cử").
# =====================================================================

def h3(fname, parent, unit_upper, so, vv, place_date, kinhgui, opening, items, kk, dx, signer, sign_title=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC')):
    d = new_doc()
    header_table(d, [(parent, ''), (unit_upper, 'b'), ('Số: ' + so, ''), (vv, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'), ('', ''), (place_date, 'i')])
    P(d, '', after=0)
    P(d, [('Kính gửi: ', ''), (kinhgui, '')], align='c', before=6, after=8)
    P(d, opening, align='j', indent=1.0)
    for n, it in enumerate(items, 1):
        P(d, '%d. %s' % (n, it), align='j', indent=1.0)
    if kk:
        P(d, [('Khó khăn, vướng mắc: ', 'i')] + [(' '.join(kk), '')], align='j', indent=1.0)
    else:
        P(d, [('Khó khăn, vướng mắc: ', 'i'), ('Không có.', '')], align='j', indent=1.0)
    for x in dx:
        P(d, [('Kiến nghị: ', 'i'), (x, '')], align='j', indent=1.0)
    P(d, 'Trân trọng./.', indent=1.0)
    sign_table(d, [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- Giám đốc (để b/c);', ''), ('- Lưu: VT.', '')],
               [(sign_title[0], 'b'), (sign_title[1], 'b'), ('', ''), ('', ''), ('', ''), (signer, 'b')])
    d.save(os.path.join(OUT, fname))

VV = 'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'
KG = 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'

# ---- 7. Sở Xây dựng
f = 'SXD_8214_BC CT38.docx'
items = [
    'Ngày 12/3/2026, Sở có Công văn số 2035/SXD-KHCN góp ý dự thảo QCVN 16:2026/BXD về sản phẩm, hàng hóa vật liệu xây dựng; tính chung trong năm, Sở đã góp ý 05 dự thảo quy chuẩn, tiêu chuẩn (03 QCVN, 02 TCVN) theo đề nghị của Bộ Xây dựng và Sở Khoa học và Công nghệ, nội dung này đã hoàn tất.',
    'Ngày 02/4/2026, Giám đốc Sở ban hành Kế hoạch số 1190/KH-SXD kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng năm 2026; đến ngày 20/10/2026, Sở đã tổ chức 06 đoàn kiểm tra (xi măng, thép, kính, gạch ốp lát) tại 42 cơ sở sản xuất, kinh doanh, lấy 18 mẫu thử nghiệm, phát hiện 03 cơ sở vi phạm về nhãn và công bố hợp quy, xử phạt 37.500.000 đồng; hoạt động kiểm tra đang tiếp tục tổ chức theo kế hoạch đến hết tháng 12/2026.',
    'Ngày 15/9/2026, Sở tổ chức đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 và ban hành Quyết định số 842/QĐ-SXD công bố lại Hệ thống; việc cập nhật các quy trình giải quyết thủ tục hành chính vào Hệ thống đã hoàn tất.',
    'Đối với việc cử công chức tham dự lớp tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng cho công chức các sở, ngành: đến nay Sở chưa cử do chưa nhận được thông báo chiêu sinh.',
]
kk = ['Một số cơ sở sản xuất vật liệu xây dựng không còn hoạt động tại địa chỉ đăng ký, gây khó khăn cho công tác kiểm tra.']
dx = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu công bố hợp quy sản phẩm vật liệu xây dựng để phục vụ công tác hậu kiểm.']
h3(f, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG', '8214/SXD-KHCN', VV,
   'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026', KG,
   'Phúc đáp Công văn số 1375/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở Xây dựng báo cáo kết quả thực hiện các nội dung có liên quan như sau:',
   items, kk, dx, 'Trương Quốc Hưng')
key(f, 'SO-XD', 'Sở Xây dựng', '8214/SXD-KHCN', '2026-10-26', [
    ('II.2.e', 'completed', {'standards_reviewed': 5}, 'Sở đã góp ý 05 dự thảo quy chuẩn, tiêu chuẩn'),
    ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 42, 'samples_tested': 18, 'violations': 3, 'fines_vnd': 37500000}, 'Sở đã tổ chức 06 đoàn kiểm tra'),
    ('II.2.đ', 'completed', {}, 'Sở tổ chức đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'),
    ('II.3.a', 'not_started', {}, 'đến nay Sở chưa cử do chưa nhận được thông báo chiêu sinh'),
], kk, dx)

# ---- 8. Sở Nông nghiệp và Môi trường
f = 'SNNMT_5530_CT38.docx'
items = [
    'Ngày 20/5/2026, Sở có Công văn số 2741/SNNMT-TTBVTV gửi Bộ Nông nghiệp và Môi trường góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thức ăn chăn nuôi; nội dung này đã hoàn tất.',
    'Từ tháng 3/2026, Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y trực thuộc Sở tổ chức 09 cuộc kiểm tra điều kiện sản xuất, kinh doanh và chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại 126 cơ sở, lấy 64 mẫu, xử phạt 11 cơ sở vi phạm với tổng số tiền 218.000.000 đồng; công tác kiểm tra hiện đang tiếp tục tổ chức.',
    'Tháng 8/2026, Sở triển khai 01 đợt khảo sát chất lượng gạo, rau củ tại 03 chợ đầu mối, lấy 30 mẫu để phân tích; kết quả khảo sát đã gửi Sở Khoa học và Công nghệ ngày 15/9/2026, nội dung này đã hoàn tất.',
    'Trên Cổng thông tin điện tử của Sở, từ đầu năm đã đăng 12 tin, bài phổ biến quy định về chất lượng vật tư nông nghiệp, nông sản; việc tuyên truyền đang tiếp tục thực hiện.',
]
kk = ['Chi phí phân tích mẫu cao trong khi kinh phí kiểm tra được giao hạn chế.']
dx = ['Đề nghị Sở Khoa học và Công nghệ phối hợp chia sẻ kết quả thử nghiệm các mẫu hàng hóa nông sản để tránh lấy mẫu trùng lặp.']
h3(f, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '5530/SNNMT-KHTC', VV,
   'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', KG,
   'Theo đề nghị tại Công văn số 1375/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở Nông nghiệp và Môi trường báo cáo như sau:',
   items, kk, dx, 'Nguyễn Thanh Bình')
key(f, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '5530/SNNMT-KHTC', '2026-10-30', [
    ('II.2.e', 'completed', {'standards_reviewed': 4}, 'góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thức ăn chăn nuôi'),
    ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 126, 'samples_tested': 64, 'violations': 11, 'fines_vnd': 218000000}, 'tổ chức 09 cuộc kiểm tra điều kiện sản xuất, kinh doanh'),
    ('II.5.b', 'completed', {'samples_tested': 30}, 'Sở triển khai 01 đợt khảo sát chất lượng gạo, rau củ'),
    ('II.1.a', 'in_progress', {'communications': 12}, 'từ đầu năm đã đăng 12 tin, bài'),
], kk, dx)

# ---- 9. Sở Giáo dục và Đào tạo
f = 'SGDDT_4471_BC KH38.docx'
items = [
    'Ngày 08/10/2026, Sở hoàn thành đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng và các phòng chuyên môn; việc duy trì, cải tiến Hệ thống năm 2026 đã hoàn tất.',
    'Ngày 25/4/2026, Sở ban hành Công văn số 1188/SGDĐT-GDTrH hướng dẫn các trường trung cấp, cao đẳng trực thuộc phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức chuyên đề về mã số, mã vạch và truy xuất nguồn gốc; đến nay đã tổ chức 03 buổi chuyên đề cho 420 học sinh, sinh viên, đang tiếp tục tổ chức tại các trường còn lại trong tháng 11 và tháng 12/2026.',
    'Ngày 14/8/2026, Sở cử 02 công chức tham dự Hội nghị tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các sở, ngành do Sở Khoa học và Công nghệ tổ chức; nội dung này đã hoàn tất.',
]
dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền về tiêu chuẩn, đo lường, chất lượng phù hợp với học sinh, sinh viên.']
h3(f, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '4471/SGDĐT-VP', VV,
   'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', KG,
   'Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:',
   items, [], dx, 'Lê Hoài Nam')
key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4471/SGDĐT-VP', '2026-10-29', [
    ('II.2.đ', 'completed', {}, 'Sở hoàn thành đánh giá nội bộ Hệ thống quản lý chất lượng'),
    ('II.3.d', 'in_progress', {'training_courses': 3, 'participants': 420}, 'đến nay đã tổ chức 03 buổi chuyên đề cho 420 học sinh, sinh viên'),
    ('II.3.a', 'completed', {'participants': 2}, 'Sở cử 02 công chức tham dự Hội nghị tập huấn nghiệp vụ'),
], [], dx)

# ---- 10. Phòng Chuyển đổi số (Sở KH&CN)
f = 'PhongCDS_41_BC CT38.docx'
items = [
    'Ngày 16/3/2026, Phòng phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng gửi Bộ Khoa học và Công nghệ văn bản đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính về tiêu chuẩn, đo lường, chất lượng; việc kết nối liên thông với Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước đối với hàng hóa nhập khẩu đã hoàn tất ngày 30/3/2026.',
    'Ngày 05/6/2026, Phòng cùng Trung tâm Công nghệ thông tin và Địa không gian xây dựng phương án kết nối, khai thác cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng; đã giải ngân 86.400.000 đồng cho hạng mục khảo sát, thiết kế; việc kết nối đang tiếp tục triển khai.',
    'Về phối hợp với Văn phòng Sở số hóa hồ sơ của Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trên phần mềm quản lý văn bản: Phòng đang tiếp tục thực hiện.',
]
kk = ['Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa cung cấp đầy đủ giao diện kết nối (API) cho địa phương.']
dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì làm việc với Bộ Khoa học và Công nghệ về tài liệu kỹ thuật kết nối.']
h3(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', '41/BC-CĐS', 'V/v kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
   'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', KG,
   'Phòng Chuyển đổi số báo cáo kết quả phối hợp thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
   items, kk, dx, 'Võ Thị Ngọc Trâm', sign_title=('TRƯỞNG PHÒNG', ''))
key(f, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '41/BC-CĐS', '2026-10-28', [
    ('II.2.h', 'completed', {}, 'đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính'),
    ('II.2.i', 'in_progress', {'budget_spent_vnd': 86400000}, 'đã giải ngân 86.400.000 đồng cho hạng mục khảo sát, thiết kế'),
    ('II.2.đ', 'in_progress', {}, 'số hóa hồ sơ của Hệ thống quản lý chất lượng'),
], kk, dx)

# =====================================================================
# HAND 2 - "Lan", công chức Văn phòng - Thống kê in former Bà Rịa - Vũng Tàu.
# One sheet; "Kết quả thực hiện" is a full sentence with the figures;
# "Tiến độ" abbreviated HT / Đang TH / Chưa TH / Không PS (no legend);
# difficulties and proposals numbered inside two merged cells at the foot.
# =====================================================================
thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2(fname, sheet, unit_upper, so, place_date, title, period, rows, kk, dx, signer, maker):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = {'A': 6, 'B': 34, 'C': 60, 'D': 12, 'E': 16}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    ws.merge_cells('A1:B1'); ws['A1'] = 'UBND ' + unit_upper
    ws.merge_cells('C1:E1'); ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('A2:B2'); ws['A2'] = 'Số: ' + so
    ws.merge_cells('C2:E2'); ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('C3:E3'); ws['C3'] = place_date
    for c in ('A1', 'C1', 'C2'):
        ws[c].font = Font(name='Times New Roman', bold=True, size=12)
    for c in ('A1', 'A2', 'C1', 'C2', 'C3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws['C3'].font = Font(name='Times New Roman', italic=True, size=12)
    ws.merge_cells('A5:E5'); ws['A5'] = title
    ws['A5'].font = Font(name='Times New Roman', bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws.merge_cells('A6:E6'); ws['A6'] = period; ws['A6'].alignment = Alignment(horizontal='center')
    ws['A6'].font = Font(name='Times New Roman', italic=True, size=11)
    hdr = ['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Tiến độ', 'Ghi chú']
    r = 8
    for i, h in enumerate(hdr):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(name='Times New Roman', bold=True, size=12)
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.border = BORDER
        c.fill = PatternFill('solid', fgColor='D9D9D9')
    for n, (task, res, td, note) in enumerate(rows, 1):
        r += 1
        for i, v in enumerate([n, task, res, td, note]):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = Font(name='Times New Roman', size=12)
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if i in (0, 3) else 'left')
            c.border = BORDER
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn, vướng mắc:').font = Font(name='Times New Roman', bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    c = ws.cell(row=r, column=3, value='\n'.join('%d. %s' % (i, x) for i, x in enumerate(kk, 1)))
    c.alignment = Alignment(wrap_text=True, vertical='top'); c.font = Font(name='Times New Roman', size=12)
    ws.row_dimensions[r].height = 18 * max(1, len(kk)) + 14
    r += 1
    ws.cell(row=r, column=1, value='Đề xuất, kiến nghị:').font = Font(name='Times New Roman', bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    c = ws.cell(row=r, column=3, value='\n'.join('%d. %s' % (i, x) for i, x in enumerate(dx, 1)))
    c.alignment = Alignment(wrap_text=True, vertical='top'); c.font = Font(name='Times New Roman', size=12)
    ws.row_dimensions[r].height = 18 * max(1, len(dx)) + 14
    r += 2
    ws.cell(row=r, column=2, value='NGƯỜI LẬP BIỂU').font = Font(name='Times New Roman', bold=True)
    ws.cell(row=r, column=3, value='KT. CHỦ TỊCH - PHÓ CHỦ TỊCH').font = Font(name='Times New Roman', bold=True)
    ws.cell(row=r + 4, column=2, value=maker)
    ws.cell(row=r + 4, column=3, value=signer)
    ws.page_setup.orientation = 'landscape'
    ws.print_title_rows = '8:8'
    wb.save(os.path.join(OUT, fname))

# ---- 11. Phường Bà Rịa
f = 'BaRia_CT38.xlsx'
rows = [
    ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng cho người dân, hộ kinh doanh',
     'Đăng 11 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố; phối hợp Chi cục TĐC tổ chức 01 buổi tập huấn về ghi nhãn hàng hóa cho 55 hộ kinh doanh.', 'HT', ''),
    ('Kiểm tra đo lường, cân đối chứng tại chợ (nội dung phân quyền)',
     'Kiểm tra 04 cuộc tại chợ Bà Rịa, chợ Long Toàn; 46 cơ sở được kiểm tra, 05 cơ sở vi phạm; phạt tiền 6.250.000 đồng. Duy trì 03 điểm cân đối chứng.', 'Đang TH', 'Tổ kiểm tra phường'),
    ('Kiểm tra chất lượng hàng hóa dịp Tết Trung thu (đồ chơi trẻ em)',
     'Phối hợp Đội QLTT kiểm tra 01 cuộc, 09 cơ sở kinh doanh đồ chơi trẻ em; lấy 03 mẫu đồ chơi gửi thử nghiệm.', 'HT', ''),
    ('Áp dụng HTQLCL theo TCVN ISO 9001:2015 tại UBND phường',
     'Đã ban hành Quyết định công bố HTQLCL sau sắp xếp; đang đánh giá nội bộ.', 'Đang TH', ''),
    ('Cử công chức tham dự tập huấn của Sở KH&CN',
     'Cử 02 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng ngày 14/8/2026.', 'HT', ''),
    ('Tiếp nhận, xử lý tố giác vi phạm về TC-ĐL-CL', 'Không có', 'Không PS', ''),
]
kk = ['Lực lượng kiểm tra mỏng, công chức phụ trách kiêm nhiệm.',
      'Kinh phí cho hoạt động kiểm tra đo lường tại chợ chưa được bố trí riêng.']
dx = ['Đề nghị Chi cục TĐC hỗ trợ bộ quả cân chuẩn cho các điểm cân đối chứng của phường.']
h2(f, 'BC 10 thang', 'PHƯỜNG BÀ RỊA', '405/BC-UBND', 'Bà Rịa, ngày 28 tháng 10 năm 2026',
   'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', '(Số liệu từ 01/01/2026 đến 25/10/2026)',
   rows, kk, dx, 'Nguyễn Hữu Thành', 'Phạm Thị Lan')
key(f, '26560', 'Phường Bà Rịa', '405/BC-UBND', '2026-10-28', [
    ('II.1.a', 'completed', {'communications': 11, 'training_courses': 1, 'participants': 55}, 'Đăng 11 tin, bài trên Trang thông tin điện tử phường'),
    ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 46, 'violations': 5, 'fines_vnd': 6250000}, 'Kiểm tra 04 cuộc tại chợ Bà Rịa, chợ Long Toàn'),
    ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 9, 'samples_tested': 3}, 'Phối hợp Đội QLTT kiểm tra 01 cuộc, 09 cơ sở kinh doanh đồ chơi trẻ em'),
    ('II.2.đ', 'in_progress', {}, 'Đã ban hành Quyết định công bố HTQLCL sau sắp xếp'),
    ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức tham dự lớp tập huấn'),
    ('II.5.d', 'not_applicable', {}, 'Tiếp nhận, xử lý tố giác vi phạm về TC-ĐL-CL'),
], kk, dx)

# ---- 12. Xã Ngãi Giao  (re-saved through LibreOffice in finalize.py)
f = 'NgaiGiao_BC KH38 2026.xlsx'
rows = [
    ('Tuyên truyền TC-ĐL-CL', 'Phát 06 tin bài trên Đài truyền thanh xã.', 'Đang TH', ''),
    ('Kiểm tra cân tại chợ Ngãi Giao', 'Kiểm tra 02 cuộc, 21 cơ sở; 01 cơ sở vi phạm, nhắc nhở, chưa xử phạt.', 'HT', ''),
    ('Kiểm tra phân bón, thuốc BVTV', 'Phối hợp Phòng Kinh tế kiểm tra 01 cuộc tại 07 đại lý; lấy 05 mẫu phân bón gửi thử nghiệm.', 'HT', 'Kết quả mẫu đạt'),
    ('Hướng dẫn HTX, DN công bố chất lượng sản phẩm (hồ tiêu, cà phê)', 'Hướng dẫn 04 đơn vị (03 HTX, 01 doanh nghiệp) xây dựng tiêu chuẩn cơ sở và ghi nhãn sản phẩm.', 'Đang TH', 'Sản phẩm OCOP'),
    ('Áp dụng ISO 9001 tại UBND xã', 'Chưa triển khai do chưa có kinh phí thuê tư vấn.', 'Chưa TH', ''),
]
kk = ['Xã chưa có kinh phí để thuê tư vấn xây dựng hệ thống quản lý chất lượng.']
dx = ['Đề nghị Sở KH&CN hỗ trợ kinh phí xây dựng HTQLCL theo TCVN ISO 9001:2015 cho xã.',
      'Đề nghị Chi cục TĐC tổ chức tập huấn về truy xuất nguồn gốc cho các HTX trên địa bàn xã.']
h2(f, 'BC CT38', 'XÃ NGÃI GIAO', '197/BC-UBND', 'Ngãi Giao, ngày 24 tháng 10 năm 2026',
   'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026', '(Tính đến ngày 20/10/2026)',
   rows, kk, dx, 'Lê Văn Tám', 'Hồ Thị Ngọc Lan')
key(f, '26575', 'Xã Ngãi Giao', '197/BC-UBND', '2026-10-24', [
    ('II.1.a', 'in_progress', {'communications': 6}, 'Phát 06 tin bài trên Đài truyền thanh xã.'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 21, 'violations': 1}, 'Kiểm tra 02 cuộc, 21 cơ sở'),
    ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 7, 'samples_tested': 5}, 'kiểm tra 01 cuộc tại 07 đại lý'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 4}, 'Hướng dẫn 04 đơn vị (03 HTX, 01 doanh nghiệp)'),
    ('II.2.đ', 'not_started', {}, 'Chưa triển khai do chưa có kinh phí thuê tư vấn.'),
], kk, dx)

# ---- 13. Phường Tân Hải
f = 'TanHai_BC_TDC_2026.xlsx'
rows = [
    ('Hội nghị, tuyên truyền Luật Chất lượng sản phẩm, hàng hóa',
     'Tổ chức 01 hội nghị tuyên truyền cho 70 đại biểu là doanh nghiệp trong khu công nghiệp; đăng 04 tin, bài trên trang thông tin phường.', 'HT', ''),
    ('Vận động DN tham gia Giải thưởng Chất lượng Quốc gia',
     'Giới thiệu, hướng dẫn 05 doanh nghiệp trong KCN Phú Mỹ I tìm hiểu hồ sơ tham dự Giải thưởng.', 'HT', ''),
    ('Kiểm tra đo lường tại chợ', 'Kiểm tra 03 cuộc; 24 cơ sở; 02 vi phạm; phạt 3,5 triệu đồng.', 'Đang TH', ''),
    ('Kiểm tra chất lượng xăng dầu trên địa bàn', 'Không có (Đoàn của Chi cục đã kiểm tra).', 'Không PS', ''),
    ('Cử cán bộ dự tập huấn', 'Cử 01 công chức dự tập huấn ngày 14/8/2026.', 'HT', ''),
]
kk = ['Nhiều doanh nghiệp trong khu công nghiệp có vốn nước ngoài, khó tiếp cận để tuyên truyền.']
dx = ['Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền song ngữ Việt - Anh.']
h2(f, 'Bao cao', 'PHƯỜNG TÂN HẢI', '263/BC-UBND', 'Tân Hải, ngày 31 tháng 10 năm 2026',
   'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', '(Kèm theo Công văn số 1375/TĐC-QLĐL ngày 06/10/2026 của Chi cục TĐC)',
   rows, kk, dx, 'Trịnh Văn Phúc', 'Vũ Thị Lan')
key(f, '26710', 'Phường Tân Hải', '263/BC-UBND', '2026-10-31', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 70, 'communications': 4}, 'Tổ chức 01 hội nghị tuyên truyền cho 70 đại biểu'),
    ('II.1.b', 'completed', {'enterprises_supported': 5}, 'Giới thiệu, hướng dẫn 05 doanh nghiệp'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 24, 'violations': 2, 'fines_vnd': 3500000}, 'Kiểm tra 03 cuộc; 24 cơ sở; 02 vi phạm'),
    ('II.5.a', 'not_applicable', {}, 'Không có (Đoàn của Chi cục đã kiểm tra).'),
    ('II.3.a', 'completed', {'participants': 1}, 'Cử 01 công chức dự tập huấn'),
], kk, dx)

# ---- 14. Phường Tam Thắng -- MISTAKEN (giảm nghèo)
f = 'TamThang_BC_10T_2026.xlsx'
rows = [
    ('Rà soát hộ nghèo, hộ cận nghèo', 'Rà soát 14 khu phố; còn 37 hộ cận nghèo, không còn hộ nghèo theo chuẩn Thành phố.', 'HT', ''),
    ('Cho vay vốn giải quyết việc làm', 'Giải ngân 2,6 tỷ đồng cho 52 hộ vay qua Ngân hàng Chính sách xã hội.', 'Đang TH', ''),
    ('Cấp thẻ BHYT cho hộ cận nghèo', 'Cấp 118 thẻ BHYT.', 'HT', ''),
    ('Hỗ trợ sửa chữa nhà ở cho hộ khó khăn', 'Đang khảo sát 03 căn.', 'Chưa TH', ''),
]
h2(f, 'BC 10 thang', 'PHƯỜNG TAM THẮNG', '344/BC-UBND', 'Tam Thắng, ngày 27 tháng 10 năm 2026',
   'BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC GIẢM NGHÈO BỀN VỮNG 10 THÁNG NĂM 2026', '(Số liệu từ 01/01/2026 đến 20/10/2026)',
   rows, ['Nguồn vốn vay còn hạn chế so với nhu cầu.'], ['Đề nghị bổ sung nguồn vốn cho vay giải quyết việc làm.'], 'Đỗ Minh Quang', 'Phạm Thị Lan')
key(f, '26526', 'Phường Tam Thắng', '344/BC-UBND', '2026-10-27', [], [], [], status='rejected',
    reason='Báo cáo công tác giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')

# =====================================================================
# HAND 4 - "Phúc", Excel builder at the Sở's units (and one department).
# Two rows per task: a text row (Mục KH short code, what was done, status)
# then a grey "Số liệu:" row whose numbers sit under fixed unit columns
# (blank where none); KK/KN on a second sheet "Vuong mac - De xuat".
# =====================================================================
H4_COLS = [('communications', 'Tin, bài'), ('training_courses', 'Lớp / hội nghị'), ('participants', 'Lượt người'),
           ('enterprises_supported', 'DN được hỗ trợ'), ('inspections', 'Cuộc KT'), ('establishments_inspected', 'Cơ sở được KT'),
           ('violations', 'Cơ sở VP'), ('fines_vnd', 'Tiền phạt (đồng)'), ('samples_tested', 'Mẫu'),
           ('instruments_verified', 'PTĐ KĐ/HC'), ('standards_reviewed', 'TC, QC'), ('budget_spent_vnd', 'Kinh phí (đồng)')]

def h4(fname, unit_upper_lines, so, place_date, title, blocks, kk, dx, maker, signer, sign_title):
    wb = Workbook(); ws = wb.active; ws.title = 'KH38_2026'
    ws['A1'] = unit_upper_lines[0]; ws['A2'] = unit_upper_lines[1]; ws['A3'] = 'Số: ' + so
    ws['A1'].font = Font(name='Arial', size=10); ws['A2'].font = Font(name='Arial', size=10, bold=True)
    ws['J1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['J2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['J3'] = place_date
    ws['J1'].font = Font(name='Arial', size=10, bold=True); ws['J2'].font = Font(name='Arial', size=10, bold=True)
    ws['J3'].font = Font(name='Arial', size=10, italic=True)
    ws['A5'] = title; ws['A5'].font = Font(name='Arial', size=12, bold=True)
    ws.merge_cells('A5:O5'); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['Mục KH', 'Nội dung thực hiện', 'Tình trạng'] + [h for _, h in H4_COLS]
    r = 7
    for i, h in enumerate(hdr):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(name='Arial', size=10, bold=True); c.border = BORDER
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='BDD7EE')
    ws.row_dimensions[7].height = 30
    ws.column_dimensions['A'].width = 8; ws.column_dimensions['B'].width = 58; ws.column_dimensions['C'].width = 16
    for i in range(4, 16):
        ws.column_dimensions[chr(64 + i)].width = 11
    grey = PatternFill('solid', fgColor='F2F2F2')
    for code, text, status, figs in blocks:
        r += 1
        for i, v in enumerate([code, text, status]):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = Font(name='Arial', size=10, bold=(i == 0)); c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical='top')
        for i in range(4, 16):
            ws.cell(row=r, column=i).border = BORDER
        r += 1
        c = ws.cell(row=r, column=2, value='Số liệu:'); c.font = Font(name='Arial', size=9, italic=True)
        for i in range(1, 16):
            ws.cell(row=r, column=i).fill = grey; ws.cell(row=r, column=i).border = BORDER
        for j, (k, _) in enumerate(H4_COLS):
            if k in figs:
                c = ws.cell(row=r, column=4 + j, value=figs[k])
                c.number_format = '#,##0'; c.font = Font(name='Arial', size=10)
    r += 2
    ws.cell(row=r, column=2, value='Người lập: ' + maker).font = Font(name='Arial', size=10, italic=True)
    ws.cell(row=r, column=10, value=sign_title).font = Font(name='Arial', size=10, bold=True)
    ws.cell(row=r + 4, column=10, value=signer).font = Font(name='Arial', size=10, bold=True)
    ws.freeze_panes = 'C8'
    w2 = wb.create_sheet('Vuong mac - De xuat')
    w2['A1'] = 'STT'; w2['B1'] = 'Loại'; w2['C1'] = 'Nội dung'
    for c in ('A1', 'B1', 'C1'):
        w2[c].font = Font(name='Arial', size=10, bold=True)
    w2.column_dimensions['B'].width = 14; w2.column_dimensions['C'].width = 100
    rr = 1
    for n, x in enumerate(kk, 1):
        rr += 1; w2.cell(row=rr, column=1, value=n); w2.cell(row=rr, column=2, value='Khó khăn'); w2.cell(row=rr, column=3, value=x)
    for n, x in enumerate(dx, 1):
        rr += 1; w2.cell(row=rr, column=1, value=len(kk) + n); w2.cell(row=rr, column=2, value='Đề xuất'); w2.cell(row=rr, column=3, value=x)
    wb.save(os.path.join(OUT, fname))

ST = {'completed': 'Hoàn thành', 'in_progress': 'Đang triển khai', 'not_started': 'Chưa triển khai', 'not_applicable': 'Không phát sinh'}

def h4_entries(blocks_spec):
    blocks, ents = [], []
    for code, task, text, st, figs, snippet in blocks_spec:
        blocks.append((code, text, ST[st], figs))
        ents.append((task, st, figs, snippet))
    return blocks, ents

# ---- 15. Chi cục TĐC
f = 'ChiCucTDC_1582_KQ KH38.xlsx'
spec = [
    ('1.a', 'II.1.a', 'Tổ chức 05 lớp tập huấn văn bản QPPL về TC-ĐL-CL cho tổ chức, doanh nghiệp và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu (tháng 6/2026).', 'completed', {'training_courses': 6, 'participants': 612}, 'Tổ chức 05 lớp tập huấn văn bản QPPL'),
    ('1.b', 'II.1.b', 'Phổ biến thể lệ, hướng dẫn doanh nghiệp lập hồ sơ tham dự Giải thưởng Chất lượng Quốc gia 2026.', 'completed', {'enterprises_supported': 14}, 'hướng dẫn doanh nghiệp lập hồ sơ tham dự Giải thưởng'),
    ('2.a', 'II.2.a', 'Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean) theo Chương trình 1322; triển khai Đề án 996, Đề án 100.', 'in_progress', {'enterprises_supported': 23, 'budget_spent_vnd': 142500000}, 'Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất'),
    ('2.b', 'II.2.b', 'Hội đồng sơ tuyển Giải thưởng CLQG khu vực đang đánh giá hồ sơ tại doanh nghiệp.', 'in_progress', {}, 'Hội đồng sơ tuyển Giải thưởng CLQG'),
    ('2.e', 'II.2.e', 'Góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ KH&CN và các Bộ, ngành.', 'completed', {'standards_reviewed': 19}, 'Góp ý dự thảo TCVN, QCVN'),
    ('2.h', 'II.2.h', 'Gửi đề xuất cải tiến Hệ thống thông tin giải quyết TTHC; kết nối liên thông Cổng một cửa quốc gia (phối hợp Phòng CĐS).', 'completed', {}, 'Gửi đề xuất cải tiến Hệ thống thông tin giải quyết TTHC'),
    ('3.a', 'II.3.a', 'Tập huấn, cập nhật kiến thức nghiệp vụ TC-ĐL-CL cho công chức các Sở, ngành, UBND phường, xã, đặc khu.', 'completed', {'training_courses': 2, 'participants': 265}, 'Tập huấn, cập nhật kiến thức nghiệp vụ TC-ĐL-CL cho công chức'),
    ('3.b', 'II.3.b', 'Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng cho doanh nghiệp: chưa tổ chức, chờ bố trí giảng viên của Viện Năng suất Việt Nam.', 'not_started', {}, 'Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng'),
    ('4.b', 'II.4.b', 'Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (cân, bình chuẩn, máy đo độ ẩm...).', 'completed', {'instruments_verified': 27}, 'Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ'),
    ('5.a', 'II.5.a', 'Kiểm tra nhà nước về đo lường, chất lượng sản phẩm hàng hóa lưu thông (xăng dầu, LPG, mũ bảo hiểm, đồ chơi, thiết bị điện).', 'in_progress', {'inspections': 14, 'establishments_inspected': 188, 'violations': 21, 'fines_vnd': 356750000, 'samples_tested': 40}, 'Kiểm tra nhà nước về đo lường, chất lượng sản phẩm hàng hóa lưu thông'),
    ('5.b', 'II.5.b', 'Khảo sát chất lượng xăng dầu, nước uống đóng chai, thép xây dựng trên thị trường.', 'in_progress', {'samples_tested': 120}, 'Khảo sát chất lượng xăng dầu, nước uống đóng chai'),
    ('5.d', 'II.5.d', 'Khen thưởng, bảo vệ người tố giác vi phạm.', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác vi phạm.'),
    ('6.b', 'II.6.b', 'Phối hợp Ủy ban TĐC Quốc gia, APO: trong kỳ chưa có yêu cầu.', 'not_applicable', {}, 'Phối hợp Ủy ban TĐC Quốc gia, APO'),
]
blocks, ents = h4_entries(spec)
kk = ['Biên chế thanh tra, kiểm tra của Chi cục ít so với địa bàn Thành phố sau hợp nhất (168 đơn vị hành chính cấp xã).',
      'Một số phường, xã chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp còn chậm.']
dx = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 cho khu vực Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ).',
      'Đề nghị Sở có văn bản đôn đốc UBND các phường, xã, đặc khu cử đầu mối phối hợp.']
h4(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '1582/BC-TĐC', 'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
   'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (đến 25/10/2026)', blocks, kk, dx, 'Nguyễn Hoàng Phúc', 'Lý Minh Đức', 'CHI CỤC TRƯỞNG')
key(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1582/BC-TĐC', '2026-10-30', ents, kk, dx)

# ---- 16. Phòng Kiểm tra - Pháp chế
f = 'KTPC_96_CT38.xlsx'
spec = [
    ('2.c', 'II.2.c', 'Phối hợp Chi cục góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực TC-ĐL-CL.', 'completed', {}, 'góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP'),
    ('4.b', 'II.4.b', 'Phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP.', 'completed', {}, 'Phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ'),
    ('5.a', 'II.5.a', 'Tham gia đoàn kiểm tra liên ngành về chất lượng hàng hóa lưu thông, đo lường xăng dầu.', 'in_progress', {'inspections': 6, 'establishments_inspected': 51, 'violations': 8, 'fines_vnd': 96000000}, 'Tham gia đoàn kiểm tra liên ngành'),
    ('5.c', 'II.5.c', 'Tổ chức hội nghị hướng dẫn nội dung phân quyền quản lý nhà nước về TC-ĐL-CL cho công chức phường, xã, đặc khu.', 'completed', {'training_courses': 2, 'participants': 168}, 'Tổ chức hội nghị hướng dẫn nội dung phân quyền'),
    ('5.d', 'II.5.d', 'Tiếp nhận, xử lý 03 đơn phản ánh, tố giác về gian lận đo lường; đã chuyển Chi cục xác minh, xử lý xong.', 'completed', {}, 'Tiếp nhận, xử lý 03 đơn phản ánh, tố giác'),
]
blocks, ents = h4_entries(spec)
kk = ['Quy định về phân quyền cho cấp xã còn chưa thống nhất giữa các văn bản hướng dẫn.']
dx = ['Đề nghị Chi cục tổng hợp, kiến nghị Bộ KH&CN hướng dẫn thống nhất nội dung phân quyền cho cấp xã.']
h4(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA - PHÁP CHẾ'], '96/BC-KTPC', 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
   'KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', blocks, kk, dx, 'Trần Quốc Phúc', 'Đinh Thị Hồng', 'TRƯỞNG PHÒNG')
key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '96/BC-KTPC', '2026-10-29', ents, kk, dx)

# ---- 17. Sở Công Thương
f = 'SCT_7756_KH38.xlsx'
spec = [
    ('2.d', 'II.2.d', 'Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, ISO 14001 theo Chương trình khuyến công.', 'in_progress', {'enterprises_supported': 35}, 'Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001'),
    ('2.e', 'II.2.e', 'Góp ý dự thảo QCVN, TCVN thuộc lĩnh vực công thương (an toàn điện, hóa chất, khí).', 'completed', {'standards_reviewed': 7}, 'Góp ý dự thảo QCVN, TCVN thuộc lĩnh vực công thương'),
    ('5.a', 'II.5.a', 'Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại cửa hàng, trạm chiết nạp.', 'in_progress', {'inspections': 8, 'establishments_inspected': 64, 'violations': 5, 'fines_vnd': 82500000, 'samples_tested': 32}, 'Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng'),
    ('6.a', 'II.6.a', 'Cập nhật cam kết về rào cản kỹ thuật trong thương mại (TBT) của các FTA; hội nghị phổ biến cho doanh nghiệp xuất khẩu.', 'completed', {'training_courses': 1, 'participants': 150}, 'Cập nhật cam kết về rào cản kỹ thuật trong thương mại (TBT)'),
]
blocks, ents = h4_entries(spec)
kk = ['Số lượng cửa hàng xăng dầu, trạm chiết nạp LPG lớn, phân bố rộng trên địa bàn Thành phố sau hợp nhất.']
dx = ['Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng kế hoạch kiểm tra liên ngành năm 2027 để tránh chồng chéo.',
      'Đề nghị Chi cục TĐC chia sẻ kết quả thử nghiệm mẫu xăng dầu định kỳ.']
h4(f, ['ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'], '7756/SCT-KTATMT', 'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
   'BIỂU KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG LIÊN QUAN KẾ HOẠCH CT38 NĂM 2026', blocks, kk, dx, 'Mai Thanh Phúc', 'Bùi Tấn Lộc', 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC')
key(f, 'SO-CT', 'Sở Công Thương', '7756/SCT-KTATMT', '2026-10-27', ents, kk, dx)

# ----------------------------------------------------------------- keys
for fn, k in KEYS.items():
    with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), 'files generated')
