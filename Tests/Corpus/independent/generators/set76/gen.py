# -*- coding: utf-8 -*-
"""Generator for set76. Writes the report files and their answer keys."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

CC = ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh')
QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'


def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit[0], 'name': unit[1]} if unit else None,
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for t, s, i, x in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, underline=False, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j' or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'): p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, indent=True, align='j'):
    """parts: list of (text, fmt) where fmt contains b/i/u"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.LEFT
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)


def cell_text(cell, lines, bold=False, align='c', size=None, italic=False):
    cell.text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            t, f = ln
        else:
            t, f = ln, ('b' if bold else '') + ('i' if italic else '')
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
        if size: r.font.size = Pt(size)
        p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.space_after = Pt(0)


def header(d, left, right_date, number, vv=None, size=12):
    t = d.add_table(rows=2, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), [(l, f) for l, f in left], size=size)
    cell_text(t.cell(0, 1), [(QH, 'b'), (DL, 'bu')], size=size)
    lines = [('Số: ' + number, '')] if number is not None else [('Số:        /', '')]
    if vv: lines += [(v, '') for v in vv]
    cell_text(t.cell(1, 0), lines, size=size)
    cell_text(t.cell(1, 1), [(right_date, 'i')], size=size)
    para(d, '', indent=False)


def sign(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), left_lines, align='l', size=11)
    cell_text(t.cell(0, 1), right_lines, size=13)


# ================================================================ HAND 1
# Phó Chi cục trưởng Trần Văn Hùng: "KẾT QUẢ NỔI BẬT" box at the top, body by
# the Chi cục's own work areas, each task closed by a status sentence anchored
# to a quarter ("đã hoàn thành trong Quý II/2026", "tiếp tục thực hiện trong Quý IV/2026").

def h1_doc(fname, unit, left, number, date_line, date_iso, title, period, highlights, sections, diffs, props,
           signer, status='extracted', reason=None, entries=None):
    d = new_doc()
    header(d, left, date_line, number)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title, bold=True, align='c', space_after=0)
    para(d, period, italic=True, align='c')
    # highlights box
    t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
    c = t.cell(0, 0); shade(c, 'EDEDED')
    cell_text(c, [('KẾT QUẢ NỔI BẬT', 'b')] + [('• ' + h, '') for h in highlights], align='l', size=12)
    para(d, '', indent=False)
    for sec_title, items in sections:
        para(d, sec_title, bold=True, indent=False)
        for it in items:
            if isinstance(it, str):
                para(d, it)
            else:
                runs(d, it)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC' if status == 'extracted' else 'III. TỒN TẠI, HẠN CHẾ', bold=True, indent=False)
    for x in diffs:
        para(d, '- ' + x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ' if status == 'extracted' else 'IV. ĐỀ XUẤT', bold=True, indent=False)
    for x in props:
        para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo kết quả thực hiện của đơn vị./.', indent=True)
    sign(d, [('Nơi nhận:', 'bi'), ('- Sở KH&CN (để b/c);', ''), ('- Lãnh đạo Chi cục;', ''), ('- Lưu: VT, HCTH.', '')], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries or [], diffs if status == 'extracted' else [],
        props if status == 'extracted' else [], status, reason)


LEFT_CC = [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', ''), ('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG', 'b'), ('CHẤT LƯỢNG', 'b'), ('_______', '')]
SIGN_HUNG = [('KT. CHI CỤC TRƯỞNG', 'b'), ('PHÓ CHI CỤC TRƯỞNG', 'b'), ('', ''), ('', ''), ('', ''), ('Trần Văn Hùng', 'b')]

# ---- 1. Chi cục, overall
e = []
P = {}
P['1a'] = [('Tập huấn văn bản pháp luật và tọa đàm với doanh nghiệp nhập khẩu. ', 'b'),
           ('Chi cục đã tổ chức 03 lớp tập huấn về Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và 01 buổi tọa đàm với doanh nghiệp nhập khẩu (tổng cộng 04 lớp, buổi), có 420 lượt đại biểu doanh nghiệp tham dự. Nhiệm vụ đã hoàn thành trong Quý III/2026.', '')]
P['1b'] = [('Vận động tham dự Giải thưởng Chất lượng Quốc gia. ', 'b'),
           ('Đã gửi thư mời, hướng dẫn hồ sơ cho 15 doanh nghiệp; 04 doanh nghiệp nộp hồ sơ tham dự. Nhiệm vụ đã hoàn thành trong Quý II/2026.', '')]
P['2a'] = [('Chương trình năng suất chất lượng, Đề án 996, Đề án 100. ', 'b'),
           ('Hỗ trợ 28 doanh nghiệp áp dụng công cụ cải tiến năng suất, đo lường và truy xuất nguồn gốc; kinh phí đã giải ngân 120.000.000 đồng. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026 theo đúng thời hạn của Kế hoạch.', '')]
P['2e'] = [('Xây dựng, góp ý tiêu chuẩn, quy chuẩn. ', 'b'),
           ('Chi cục đã góp ý 06 dự thảo TCVN, QCVN theo đề nghị của Bộ và các sở, ngành; dự thảo quy chuẩn kỹ thuật địa phương về nước sạch đang lấy ý kiến. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.', '')]
P['2g'] = [('Tổ chức dịch vụ kỹ thuật. ', 'b'),
           ('Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm rà soát năng lực các tổ chức kiểm định, thử nghiệm trên địa bàn; việc rà soát tiếp tục thực hiện trong Quý IV/2026.', '')]
P['3a'] = [('Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã. ', 'b'),
           ('Tổ chức 02 lớp cho công chức phụ trách TĐC của các phường, xã, đặc khu với 310 học viên. Nhiệm vụ đã hoàn thành trong Quý III/2026.', '')]
P['5a'] = [('Kiểm tra nhà nước về TĐC. ', 'b'),
           ('Chi cục đã thực hiện 14 cuộc kiểm tra tại 126 cơ sở sản xuất, kinh doanh; phát hiện 09 cơ sở vi phạm, ban hành quyết định xử phạt với tổng số tiền 86.500.000 đồng. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.', '')]
P['5b'] = [('Khảo sát chất lượng hàng hóa. ', 'b'),
           ('Lấy 180 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để thử nghiệm; kết quả đã thông tin cho cơ quan chức năng. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.', '')]
P['6a'] = [('Cập nhật điều ước, thỏa thuận quốc tế. ', 'b'),
           ('Trong kỳ Chi cục chưa triển khai nội dung này, dự kiến chuyển sang Quý I/2027.', '')]

def txt(parts):
    return ''.join(t for t, f in parts)

e = [('II.1.a', 'completed', {'training_courses': 4, 'participants': 420}, txt(P['1a'])),
     ('II.1.b', 'completed', {'enterprises_supported': 15}, txt(P['1b'])),
     ('II.2.a', 'in_progress', {'enterprises_supported': 28, 'budget_spent_vnd': 120000000}, txt(P['2a'])),
     ('II.2.e', 'in_progress', {'standards_reviewed': 6}, txt(P['2e'])),
     ('II.2.g', 'in_progress', {}, txt(P['2g'])),
     ('II.3.a', 'completed', {'training_courses': 2, 'participants': 310}, txt(P['3a'])),
     ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 126, 'violations': 9, 'fines_vnd': 86500000}, txt(P['5a'])),
     ('II.5.b', 'in_progress', {'samples_tested': 180}, txt(P['5b'])),
     ('II.6.a', 'not_started', {}, txt(P['6a']))]
h1_doc('bc-chicuc-tdc-ct38-2026.docx', CC, LEFT_CC, '412/BC-TĐC',
       'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', '2026-10-27',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       '(Số liệu từ ngày 01/01/2026 đến ngày 25/10/2026)',
       ['04 lớp tập huấn, tọa đàm với 420 lượt đại biểu doanh nghiệp;',
        '14 cuộc kiểm tra, 126 cơ sở, xử phạt 86.500.000 đồng;',
        '180 mẫu hàng hóa được lấy khảo sát;',
        '28 doanh nghiệp được hỗ trợ năng suất, đo lường, truy xuất nguồn gốc.'],
       [('I. KẾT QUẢ THỰC HIỆN', []),
        ('1. Công tác tuyên truyền, đào tạo', [P['1a'], P['1b'], P['3a']]),
        ('2. Công tác quản lý tiêu chuẩn, chất lượng, năng suất', [P['2a'], P['2e'], P['2g']]),
        ('3. Công tác kiểm tra, khảo sát', [P['5a'], P['5b']]),
        ('4. Công tác hội nhập', [P['6a']])],
       ['Lực lượng kiểm tra của Chi cục mỏng trong khi địa bàn Thành phố mở rộng sau sắp xếp, nhiều cơ sở ở xa trung tâm.',
        'Kinh phí lấy mẫu khảo sát chất lượng còn hạn chế so với nhu cầu.'],
       ['Đề nghị Sở bổ sung kinh phí lấy mẫu, thử nghiệm năm 2027.',
        'Đề nghị Sở chỉ đạo UBND các phường, xã, đặc khu bố trí công chức theo dõi lĩnh vực TĐC.'],
       SIGN_HUNG, entries=e)

# ---- 2. Phòng Quản lý Tiêu chuẩn Chất lượng (Chi cục)
LEFT_TCCL = [('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', ''), ('PHÒNG QUẢN LÝ', 'b'), ('TIÊU CHUẨN CHẤT LƯỢNG', 'b'), ('_______', '')]
Q = {}
Q['1b'] = [('Giải thưởng Chất lượng Quốc gia. ', 'b'), ('Phòng hướng dẫn trực tiếp 07 doanh nghiệp lập hồ sơ. Việc vận động đã hoàn thành trong Quý II/2026.', '')]
Q['2b'] = [('Hội đồng sơ tuyển Giải thưởng. ', 'b'), ('Đã hướng dẫn, đánh giá sơ bộ hồ sơ của 04 doanh nghiệp dự thưởng, hồ sơ đã gửi Hội đồng quốc gia. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026 (chờ kết quả xét thưởng).', '')]
Q['2d'] = [('Hỗ trợ áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy. ', 'b'), ('Hướng dẫn 12 doanh nghiệp áp dụng ISO 9001, ISO 22000 và thủ tục công bố hợp quy; tiếp nhận 231 hồ sơ công bố. Nhiệm vụ thường xuyên, tiếp tục thực hiện trong Quý IV/2026.', '')]
Q['2e'] = [('Góp ý TCVN, QCVN. ', 'b'), ('Góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia do các Bộ gửi lấy ý kiến. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.', '')]
Q['2h'] = [('Hệ thống thông tin giải quyết thủ tục hành chính. ', 'b'), ('Đã gửi Bộ văn bản đề xuất cải tiến chức năng tiếp nhận hồ sơ kiểm tra nhà nước hàng nhập khẩu, kết nối Cổng một cửa quốc gia. Nhiệm vụ đã hoàn thành trong Quý I/2026.', '')]
Q['5b'] = [('Khảo sát chất lượng. ', 'b'), ('Phối hợp lấy 60 mẫu sản phẩm dệt may, đồ chơi để khảo sát. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.', '')]
e = [('II.1.b', 'completed', {'enterprises_supported': 7}, txt(Q['1b'])),
     ('II.2.b', 'in_progress', {'enterprises_supported': 4}, txt(Q['2b'])),
     ('II.2.d', 'in_progress', {'enterprises_supported': 12}, txt(Q['2d'])),
     ('II.2.e', 'in_progress', {'standards_reviewed': 4}, txt(Q['2e'])),
     ('II.2.h', 'completed', {}, txt(Q['2h'])),
     ('II.5.b', 'in_progress', {'samples_tested': 60}, txt(Q['5b']))]
h1_doc('tccl-bao-cao-ct38.docx', CC, LEFT_TCCL, '35/BC-QLTCCL',
       'Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026', '2026-10-20',
       'Kết quả thực hiện các nhiệm vụ được phân công theo Kế hoạch Chỉ thị 38-CT/TW năm 2026',
       '(Kỳ báo cáo: 10 tháng đầu năm 2026)',
       ['12 doanh nghiệp được hướng dẫn áp dụng hệ thống quản lý;', '04 doanh nghiệp dự Giải thưởng Chất lượng Quốc gia;',
        '04 dự thảo QCVN được góp ý;', '60 mẫu khảo sát chất lượng.'],
       [('I. KẾT QUẢ THỰC HIỆN', [Q['1b'], Q['2b'], Q['2d'], Q['2e'], Q['2h'], Q['5b']])],
       ['Số lượng hồ sơ công bố hợp quy tăng mạnh, Phòng chỉ có 05 công chức xử lý.'],
       ['Đề nghị Lãnh đạo Chi cục tăng cường thêm 02 công chức cho bộ phận tiếp nhận hồ sơ công bố.'],
       [('TRƯỞNG PHÒNG', 'b'), ('', ''), ('', ''), ('', ''), ('Lê Thị Ngọc Hân', 'b')], entries=e)

# ---- 3. Đội TĐC khu vực Bình Dương (Chi cục)
LEFT_BD = [('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', ''), ('ĐỘI TIÊU CHUẨN ĐO LƯỜNG', 'b'), ('CHẤT LƯỢNG KHU VỰC BÌNH DƯƠNG', 'b'), ('_______', '')]
R = {}
R['5a'] = [('Kiểm tra đo lường, chất lượng trên địa bàn khu vực. ', 'b'), ('Đội thực hiện 05 cuộc kiểm tra tại 47 cơ sở kinh doanh xăng dầu, vàng trang sức và vật liệu xây dựng; 03 cơ sở vi phạm, đã tham mưu xử phạt 22.000.000 đồng. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.', '')]
R['5c'] = [('Phối hợp với phường, xã. ', 'b'), ('Cùng UBND các phường Thủ Dầu Một, Chánh Hiệp, Bình Dương kiểm tra cân tại chợ: 06 cuộc, 38 cơ sở. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.', '')]
R['1a'] = [('Hội nghị phổ biến pháp luật. ', 'b'), ('Phối hợp tổ chức 01 hội nghị phổ biến văn bản mới cho 95 hộ kinh doanh tại chợ Thủ Dầu Một. Nhiệm vụ đã hoàn thành trong Quý II/2026.', '')]
R['4b'] = [('Phương tiện nghiệp vụ. ', 'b'), ('Đội đã rà soát, lập danh mục thiết bị kỹ thuật nghiệp vụ cần kiểm định gửi Chi cục; việc kiểm định tiếp tục thực hiện trong Quý IV/2026.', '')]
e = [('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 47, 'violations': 3, 'fines_vnd': 22000000}, txt(R['5a'])),
     ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 38}, txt(R['5c'])),
     ('II.1.a', 'completed', {'training_courses': 1, 'participants': 95}, txt(R['1a'])),
     ('II.4.b', 'in_progress', {}, txt(R['4b']))]
h1_doc('doi-khu-vuc-binh-duong_bc-ct38.docx', CC, LEFT_BD, '18/BC-ĐKVBD',
       'Bình Dương, ngày 22 tháng 10 năm 2026', '2026-10-22',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 tại khu vực Bình Dương',
       '(Từ ngày 01/01/2026 đến ngày 20/10/2026)',
       ['05 cuộc kiểm tra, 47 cơ sở, phạt 22.000.000 đồng;', '06 cuộc phối hợp với phường, xã;', '01 hội nghị, 95 hộ kinh doanh tham dự.'],
       [('I. KẾT QUẢ THỰC HIỆN', [R['5a'], R['5c'], R['1a'], R['4b']])],
       ['Đội chưa có xe chuyên dùng, phải mượn xe của Chi cục khi đi kiểm tra.',
        'Một số phường mới sắp xếp chưa phân công người theo dõi công tác đo lường tại chợ.'],
       ['Đề nghị Chi cục trang bị 01 bộ quả cân chuẩn và 01 xe chuyên dùng cho Đội.'],
       [('ĐỘI TRƯỞNG', 'b'), ('', ''), ('', ''), ('', ''), ('Phạm Minh Triết', 'b')], entries=e)

# ---- 4. Phòng Hành chính - Tổng hợp (Chi cục): MISTAKEN (cải cách hành chính)
LEFT_HC = [('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', ''), ('PHÒNG HÀNH CHÍNH - TỔNG HỢP', 'b'), ('_______', '')]
h1_doc('hcth-bao-cao-10thang.docx', CC, LEFT_HC, '41/BC-HCTH',
       'Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026', '2026-10-24',
       'Kết quả công tác cải cách hành chính 10 tháng năm 2026',
       '(Phục vụ chấm điểm chỉ số cải cách hành chính của Sở)',
       ['100% hồ sơ thủ tục hành chính được giải quyết đúng hạn;', '1.412 hồ sơ tiếp nhận qua dịch vụ công trực tuyến toàn trình;',
        '02 quy trình nội bộ được rút gọn thời gian giải quyết.'],
       [('I. KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', []),
        ('1. Cải cách thể chế', ['Rà soát 05 văn bản quy định nội bộ về tiếp nhận hồ sơ; đã đề xuất bãi bỏ 01 văn bản. Nhiệm vụ đã hoàn thành trong Quý II/2026.']),
        ('2. Cải cách thủ tục hành chính', ['Tiếp nhận 1.412 hồ sơ qua Cổng dịch vụ công, 100% giải quyết đúng hạn; niêm yết đầy đủ 37 thủ tục. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.']),
        ('3. Hiện đại hóa hành chính', ['Số hóa kết quả giải quyết thủ tục hành chính đạt 92%. Nhiệm vụ tiếp tục thực hiện trong Quý IV/2026.'])],
       ['Phần mềm một cửa điện tử thường xuyên lỗi đồng bộ với Cổng dịch vụ công quốc gia.'],
       ['Đề nghị Văn phòng Sở phối hợp đơn vị cung cấp phần mềm khắc phục lỗi đồng bộ.'],
       [('TRƯỞNG PHÒNG', 'b'), ('', ''), ('', ''), ('', ''), ('Nguyễn Thị Bích Thủy', 'b')],
       status='rejected', reason='Báo cáo kết quả công tác cải cách hành chính, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW')


# ================================================================ HAND 2
# Chị Thảo, thống kê của các phòng/đội: one-sheet workbook named after the unit,
# columns "Nội dung công việc | Đã làm | Con số | Trạng thái | Ghi chú"; the "Con số"
# cell holds "noun: number" lines; status in lowercase colloquial words
# "xong / đang làm / chưa làm / không có"; autofilter on the table.
thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
H2STAT = {'completed': 'xong', 'in_progress': 'đang làm', 'not_started': 'chưa làm', 'not_applicable': 'không có'}


def h2_xlsx(fname, sheet, unit, top, sub, number, date_line, date_iso, title, rows, diffs, props, signer, resave=False):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = top; ws['A2'] = sub; ws['A2'].font = Font(bold=True)
    ws['D1'] = QH; ws['D1'].font = Font(bold=True); ws['D2'] = DL
    ws['A3'] = 'Số: ' + number
    ws['D3'] = date_line; ws['D3'].font = Font(italic=True)
    ws.merge_cells('A5:F5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nội dung công việc', 'Đã làm', 'Con số', 'Trạng thái', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    r = 8
    entries = []
    for n, (task, st, ind, name, done, nums, note) in enumerate(rows, 1):
        vals = [n, name, done, '\n'.join(nums), H2STAT[st], note]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if i in (1, 5) else 'left')
        entries.append((task, st, ind, name + '. ' + done))
        r += 1
    ws.auto_filter.ref = 'A7:F%d' % (r - 1)
    r += 1
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    for s in signer:
        ws.cell(r, 4, s).font = Font(bold=True); r += 1
    for col, w in zip('ABCDEF', (5, 34, 46, 24, 12, 20)):
        ws.column_dimensions[col].width = w
    path = os.path.join(OUT, fname)
    wb.save(path)
    if resave:
        lo_resave(path, 'xlsx')
    key(fname, unit, number, date_iso, entries, diffs, props)


def lo_resave(path, ext):
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(['libreoffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', ext,
                    '--outdir', tmp, path], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)


# ---- 5. Phòng Quản lý Đo lường
h2_xlsx('qldl_tonghop_ct38_T10.xlsx', 'QLDL', CC, 'CHI CỤC TĐC TP.HCM', 'PHÒNG QUẢN LÝ ĐO LƯỜNG', '87/BC-QLĐL',
        'TP.HCM, ngày 28 tháng 10 năm 2026', '2026-10-28',
        'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (đến 25/10/2026)',
        [('II.2.a', 'in_progress', {'enterprises_supported': 9}, 'Đề án 996 - hỗ trợ DN về đo lường',
          'Khảo sát, tư vấn hệ thống quản lý đo lường cho doanh nghiệp', ['doanh nghiệp được hỗ trợ: 9'], 'làm tiếp Q4'),
         ('II.4.b', 'in_progress', {'instruments_verified': 42}, 'Kiểm định phương tiện nghiệp vụ của Chi cục',
          'Gửi kiểm định, hiệu chuẩn cân, bình chuẩn, thước', ['phương tiện đã kiểm định: 42'], ''),
         ('II.4.c', 'completed', {'instruments_verified': 18}, 'Duy trì chuẩn đo lường chính',
          'Hiệu chuẩn, liên kết chuẩn lên chuẩn quốc gia', ['chuẩn được hiệu chuẩn: 18'], 'đã có giấy chứng nhận'),
         ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 52, 'violations': 2, 'fines_vnd': 12000000},
          'Kiểm tra đo lường (xăng dầu, cân chợ, đồng hồ nước)', 'Kiểm tra theo kế hoạch năm',
          ['cuộc kiểm tra: 4', 'cơ sở: 52', 'vi phạm: 2', 'tiền phạt: 12.000.000đ'], ''),
         ('II.3.d', 'completed', {'training_courses': 1, 'participants': 140}, 'Tập huấn đo lường cho sinh viên',
          'Lớp tại Trường Cao đẳng Kỹ thuật Cao Thắng', ['lớp: 1', 'sinh viên: 140'], ''),
         ('II.5.c', 'in_progress', {}, 'Hướng dẫn phường, xã kiểm tra cân tại chợ',
          'Gửi hướng dẫn nghiệp vụ, trả lời vướng mắc qua điện thoại', [], '')],
        ['Thiết bị kiểm tra cột đo xăng dầu đã cũ, sai số lớn.', 'Chưa có quy trình phối hợp với phường, xã sau khi phân quyền.'],
        ['Đề nghị mua mới 01 bình chuẩn kim loại 20 lít.', 'Đề nghị Chi cục ban hành quy trình phối hợp kiểm tra với UBND phường, xã.'],
        ['TRƯỞNG PHÒNG', '', '', 'Đỗ Quang Vinh'], resave=True)

# ---- 6. Đội Kiểm tra TĐC số 1
h2_xlsx('doi-kt1-ct38.xlsx', 'Doi KT1', CC, 'CHI CỤC TĐC TP.HCM', 'ĐỘI KIỂM TRA SỐ 1', '26/BC-ĐKT1',
        'TP.HCM, ngày 23 tháng 10 năm 2026', '2026-10-23',
        'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KẾ HOẠCH CT38/2026',
        [('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 73, 'violations': 6, 'fines_vnd': 41250000},
          'Kiểm tra chất lượng hàng hóa lưu thông', 'Kiểm tra mũ bảo hiểm, đồ chơi, thiết bị điện',
          ['cuộc kiểm tra: 8', 'cơ sở: 73', 'vi phạm: 6', 'tiền phạt: 41.250.000đ'], ''),
         ('II.5.b', 'completed', {'samples_tested': 24}, 'Lấy mẫu khảo sát', 'Lấy mẫu gửi thử nghiệm',
          ['mẫu: 24'], 'đã có kết quả'),
         ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác', 'Trong kỳ không có đơn tố giác', [], ''),
         ('II.4.b', 'completed', {'instruments_verified': 5}, 'Kiểm định thiết bị của Đội', 'Gửi kiểm định máy đo độ ẩm, cân điện tử',
          ['thiết bị: 5'], '')],
        ['Hàng hóa bán trên mạng khó xác định chủ thể để kiểm tra.'],
        ['Đề nghị Chi cục phối hợp Sở Công Thương kiểm tra hàng hóa kinh doanh trên sàn thương mại điện tử.'],
        ['ĐỘI TRƯỞNG', '', '', 'Huỳnh Tấn Lộc'])

# ---- 7. Trung tâm Dịch vụ Phân tích thí nghiệm
TT = ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh')
h2_xlsx('TT-DVPTTN_bc-ct38-2026.xlsx', 'TTDV', TT, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
        'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH', '302/BC-TTDV',
        'TP.HCM, ngày 26 tháng 10 năm 2026', '2026-10-26',
        'TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 CỦA TRUNG TÂM',
        [('II.4.a', 'in_progress', {'budget_spent_vnd': 2350000000}, 'Đầu tư trang thiết bị phòng thử nghiệm',
          'Mua sắm máy sắc ký, hệ thống hiệu chuẩn áp suất', ['kinh phí đã giải ngân: 2,35 tỷ đồng'], 'dự án chuyển tiếp'),
         ('II.2.g', 'in_progress', {'instruments_verified': 15420, 'enterprises_supported': 35}, 'Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
          'Mở rộng phạm vi công nhận ISO/IEC 17025', ['phương tiện đo: 15.420', 'doanh nghiệp được tư vấn: 35'], ''),
         ('II.4.c', 'completed', {'instruments_verified': 12}, 'Phối hợp liên kết chuẩn', 'Hiệu chuẩn chuẩn khối lượng, nhiệt độ',
          ['chuẩn: 12'], ''),
         ('II.1.a', 'completed', {'training_courses': 1, 'participants': 60}, 'Hội thảo cho doanh nghiệp nhập khẩu',
          'Phối hợp Chi cục tổ chức hội thảo về thử nghiệm hàng nhập khẩu', ['hội thảo: 1', 'đại biểu: 60'], '')],
        ['Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân.'],
        ['Đề nghị Sở sớm phê duyệt danh mục mua sắm bổ sung năm 2026.'],
        ['GIÁM ĐỐC', '', '', 'Võ Thành Nhân'])

# ---- 8. Đội TĐC khu vực Bà Rịa - Vũng Tàu
h2_xlsx('doi-kv-brvt-t10.xlsx', 'BRVT', CC, 'CHI CỤC TĐC TP.HCM', 'ĐỘI TĐC KHU VỰC BÀ RỊA - VŨNG TÀU', '14/BC-ĐKV',
        'Vũng Tàu, ngày 21 tháng 10 năm 2026', '2026-10-21',
        'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - KHU VỰC BÀ RỊA - VŨNG TÀU',
        [('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 29, 'violations': 1, 'fines_vnd': 7500000},
          'Kiểm tra xăng dầu, khí dầu mỏ hóa lỏng', 'Kiểm tra cửa hàng xăng dầu, đại lý gas',
          ['cuộc kiểm tra: 3', 'cơ sở: 29', 'vi phạm: 1', 'tiền phạt: 7,5 triệu đồng'], ''),
         ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 33}, 'Kiểm tra cùng phường, xã, đặc khu Côn Đảo',
          'Kiểm tra cân tại chợ, bến cá', ['cuộc: 4', 'cơ sở: 33'], ''),
         ('II.1.a', 'completed', {'training_courses': 1, 'participants': 70}, 'Tập huấn cho hộ kinh doanh',
          'Phổ biến quy định về đo lường trong mua bán thủy sản', ['lớp: 1', 'người dự: 70'], ''),
         ('II.4.b', 'not_started', {}, 'Kiểm định thiết bị nghiệp vụ', 'Chưa gửi kiểm định do chờ Chi cục điều phối', [], '')],
        ['Địa bàn rộng, có đặc khu Côn Đảo đi lại khó khăn.'],
        ['Đề nghị bố trí kinh phí công tác phí đi đặc khu Côn Đảo.'],
        ['ĐỘI TRƯỞNG', '', '', 'Trương Văn Sang'])


# ================================================================ HAND 3
# Anh Quang, chuyên viên tổng hợp ở các sở/phòng: a công văn reply that opens with a
# count line ("… có 04 nội dung …"), then "Nội dung số n – …" blocks, each closed by a
# line stating the status in the unit's own-part terms ("Phần việc của Sở: đã xong.").
H3STAT = {'completed': 'đã xong', 'in_progress': 'đang làm', 'not_started': 'chưa bắt đầu', 'not_applicable': 'không phát sinh'}


def h3_doc(fname, unit, left, number, vv, date_line, date_iso, kinhgui, opening, count_line, blocks, diffs, props, signer,
           who='Sở', status='extracted', reason=None, footer_title=None):
    d = new_doc(size=13)
    header(d, left, date_line, number, vv=vv)
    para(d, 'Kính gửi: ' + kinhgui, align='c', indent=False)
    para(d, opening)
    para(d, count_line)
    entries = []
    for n, (task, st, ind, title, body, tail) in enumerate(blocks, 1):
        runs(d, [('Nội dung số %d – %s' % (n, title), 'b')])
        para(d, body)
        tail = tail or H3STAT[st]
        runs(d, [('Phần việc của %s: ' % who, 'i'), (tail + '.', 'bi')])
        if task:
            entries.append((task, st, ind, body))
    para(d, footer_title or 'Khó khăn, vướng mắc:', bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        para(d, '%d. %s' % (i, x))
    para(d, 'Kiến nghị:', bold=True, indent=False)
    for i, x in enumerate(props, 1):
        para(d, '%d. %s' % (i, x))
    para(d, '%s báo cáo để Quý đơn vị tổng hợp./.' % ('Sở' if who == 'Sở' else 'Đơn vị'))
    sign(d, [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- Giám đốc (để b/c);', ''), ('- Lưu: VT.', '')], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries, diffs if status == 'extracted' else [],
        props if status == 'extracted' else [], status, reason)


CT = ('SO-CT', 'Sở Công Thương')
h3_doc('5127-SCT-QLTM_phoi-hop-CT38.docx', CT,
       [('ỦY BAN NHÂN DÂN', ''), ('THÀNH PHỐ HỒ CHÍ MINH', ''), ('SỞ CÔNG THƯƠNG', 'b'), ('_______', '')],
       '5127/SCT-QLTM', ['V/v báo cáo kết quả phối hợp thực hiện', 'Kế hoạch Chỉ thị 38-CT/TW năm 2026'],
       'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', '2026-10-30',
       'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
       'Phúc đáp Công văn số 1688/TĐC-HCTH ngày 05/10/2026 của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:',
       'Theo Kế hoạch, Sở Công Thương có 04 nội dung tham gia phối hợp. Kết quả từng nội dung:',
       [('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 54, 'violations': 4, 'fines_vnd': 60000000},
         'kiểm tra đo lường, chất lượng xăng dầu, khí',
         'Sở cử công chức tham gia 06 đoàn kiểm tra liên ngành do Chi cục chủ trì tại 54 cửa hàng xăng dầu, trạm chiết nạp LPG; các đoàn đã xử lý 04 cơ sở vi phạm với số tiền phạt 60 triệu đồng.',
         'đang làm, còn 02 đoàn trong tháng 11 và 12'),
        ('II.1.a', 'completed', {'communications': 12}, 'tuyên truyền cho doanh nghiệp',
         'Đăng 12 tin, bài hướng dẫn về nhãn hàng hóa, đo lường trong kinh doanh xăng dầu trên Cổng thông tin của Sở và trang của Trung tâm Xúc tiến Thương mại.', None),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, 'góp ý quy chuẩn kỹ thuật',
         'Có ý kiến đối với 03 dự thảo QCVN về xăng, nhiên liệu điêzen và LPG khi Chi cục lấy ý kiến.', None),
        ('II.6.a', 'completed', {}, 'cập nhật các cam kết quốc tế',
         'Cung cấp cho Chi cục danh mục cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các Hiệp định EVFTA, CPTPP, RCEP.', None)],
       ['Thời gian cử người tham gia đoàn kiểm tra trùng với đợt cao điểm kiểm tra thị trường của Sở.'],
       ['Đề nghị Chi cục gửi lịch kiểm tra cả năm từ đầu năm để Sở chủ động bố trí công chức.'],
       [('KT. GIÁM ĐỐC', 'b'), ('PHÓ GIÁM ĐỐC', 'b'), ('', ''), ('', ''), ('', ''), ('Nguyễn Thanh Quang', 'b')])

GD = ('SO-GDDT', 'Sở Giáo dục và Đào tạo')
h3_doc('SGDDT_bc-ct38-nam2026.docx', GD,
       [('ỦY BAN NHÂN DÂN', ''), ('THÀNH PHỐ HỒ CHÍ MINH', ''), ('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'b'), ('_______', '')],
       '4390/SGDĐT-KHTC', ['V/v báo cáo thực hiện Kế hoạch', 'triển khai Chỉ thị 38-CT/TW năm 2026'],
       'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', '2026-10-29',
       'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
       'Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả năm 2026, Sở Giáo dục và Đào tạo báo cáo như sau:',
       'Sở Giáo dục và Đào tạo tham gia 03 nội dung của Kế hoạch. Cụ thể:',
       [('II.3.d', 'in_progress', {'training_courses': 4, 'participants': 520}, 'đưa kiến thức TĐC vào các trường',
         'Phối hợp Chi cục tổ chức 04 buổi ngoại khóa "Tiêu chuẩn, đo lường, chất lượng với học sinh, sinh viên" tại 04 trường trung cấp, cao đẳng, thu hút 520 học sinh, sinh viên.',
         'đang làm, còn 02 trường đăng ký học kỳ II'),
        ('II.2.đ', 'completed', {}, 'hệ thống quản lý chất lượng ISO tại cơ quan Sở',
         'Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sắp xếp bộ máy, cập nhật 46 quy trình giải quyết thủ tục hành chính.', None),
        ('II.3.a', 'completed', {'participants': 6}, 'cử công chức dự tập huấn',
         'Cử 06 công chức, viên chức dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.', None)],
       ['Nhà trường chưa có tài liệu giảng dạy về tiêu chuẩn, đo lường, chất lượng phù hợp lứa tuổi học sinh.'],
       ['Đề nghị Chi cục biên soạn tài liệu ngoại khóa ngắn gọn để các trường sử dụng.'],
       [('KT. GIÁM ĐỐC', 'b'), ('PHÓ GIÁM ĐỐC', 'b'), ('', ''), ('', ''), ('', ''), ('Lê Hoài Nam', 'b')])

# Chi cục's Phòng Năng suất và Hội nhập, written in the same hand (internal memo)
h3_doc('phong-nang-suat_bc-ct38.docx', CC,
       [('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', ''), ('PHÒNG NĂNG SUẤT VÀ HỘI NHẬP', 'b'), ('_______', '')],
       '22/BC-NSHN', ['V/v báo cáo kết quả thực hiện nhiệm vụ', 'theo Kế hoạch Chỉ thị 38 năm 2026'],
       'Thành phố Hồ Chí Minh, ngày 19 tháng 10 năm 2026', '2026-10-19',
       'Lãnh đạo Chi cục',
       'Thực hiện chỉ đạo của Lãnh đạo Chi cục, Phòng Năng suất và Hội nhập báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:',
       'Phòng được giao theo dõi 04 nội dung. Kết quả từng nội dung:',
       [('II.2.a', 'in_progress', {'enterprises_supported': 7, 'budget_spent_vnd': 180000000}, 'Chương trình năng suất chất lượng (Chương trình 1322)',
         'Hỗ trợ 07 doanh nghiệp áp dụng Lean, 5S, Kaizen; kinh phí hỗ trợ đã thanh toán 180 triệu đồng.', 'đang làm, nghiệm thu trong tháng 11'),
        ('II.3.b', 'completed', {'training_courses': 2, 'participants': 150}, 'đào tạo chuyên sâu về năng suất',
         'Tổ chức 02 khóa đào tạo chuyên gia năng suất nội bộ doanh nghiệp, 150 học viên.', None),
        ('II.6.b', 'in_progress', {}, 'hợp tác với APO',
         'Đăng ký 02 dự án thí điểm năng suất khu vực công theo đề xuất của Ủy ban TĐC Quốc gia; đang chờ APO phê duyệt.', 'đang làm'),
        ('II.1.b', 'completed', {'enterprises_supported': 3}, 'Giải thưởng Chất lượng Quốc gia',
         'Hướng dẫn 03 doanh nghiệp đã áp dụng công cụ năng suất lập hồ sơ dự thưởng.', None)],
       ['Doanh nghiệp nhỏ ngại bỏ chi phí đối ứng khi tham gia chương trình hỗ trợ.'],
       ['Đề nghị nâng mức hỗ trợ tối đa cho doanh nghiệp nhỏ và vừa năm 2027.'],
       [('TRƯỞNG PHÒNG', 'b'), ('', ''), ('', ''), ('', ''), ('Phan Văn Quang', 'b')], who='Phòng')

# Sở Y tế: MISTAKEN (an toàn thực phẩm)
YT = ('SO-YT', 'Sở Y tế')
h3_doc('SYT-4815-bc-9thang.docx', YT,
       [('ỦY BAN NHÂN DÂN', ''), ('THÀNH PHỐ HỒ CHÍ MINH', ''), ('SỞ Y TẾ', 'b'), ('_______', '')],
       '4815/SYT-NVY', ['V/v báo cáo công tác bảo đảm', 'an toàn thực phẩm 9 tháng năm 2026'],
       'Thành phố Hồ Chí Minh, ngày 16 tháng 10 năm 2026', '2026-10-16',
       'Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố',
       'Thực hiện Kế hoạch bảo đảm an toàn thực phẩm năm 2026, Sở Y tế báo cáo kết quả 9 tháng như sau:',
       'Sở Y tế có 03 nội dung chính trong kế hoạch năm. Kết quả:',
       [(None, 'in_progress', {}, 'giám sát ngộ độc thực phẩm',
         'Ghi nhận 04 vụ ngộ độc thực phẩm với 112 người mắc, không có tử vong; đã điều tra nguyên nhân cả 04 vụ.', 'đang làm'),
        (None, 'in_progress', {}, 'thanh tra, kiểm tra cơ sở thực phẩm',
         'Kiểm tra 1.236 cơ sở dịch vụ ăn uống, bếp ăn tập thể; xử phạt 87 cơ sở với số tiền 1,1 tỷ đồng.', 'đang làm'),
        (None, 'completed', {}, 'Tháng hành động vì an toàn thực phẩm',
         'Tổ chức lễ phát động, 320 tin bài truyền thông trên các phương tiện.', None)],
       ['Nhiều bếp ăn tập thể trong khu công nghiệp chưa có hợp đồng nguồn gốc thực phẩm.'],
       ['Đề nghị Ban Chỉ đạo chỉ đạo các phường, xã tăng cường hậu kiểm.'],
       [('KT. GIÁM ĐỐC', 'b'), ('PHÓ GIÁM ĐỐC', 'b'), ('', ''), ('', ''), ('', ''), ('Trần Minh Quang', 'b')],
       status='rejected', reason='Báo cáo công tác bảo đảm an toàn thực phẩm gửi Ban Chỉ đạo liên ngành ATTP, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW')


# ================================================================ HAND 4
# Chị Kim, công chức phường và các văn thư ít chữ: the bullet glyph itself is the
# status (✔ đã xong, ➜ đang làm, ✘ chưa làm, ○ không phát sinh), with a legend line
# under the title; figures inline in the item text.
GLYPH = {'completed': '✔', 'in_progress': '➜', 'not_started': '✘', 'not_applicable': '○'}
LEGEND = '(Ký hiệu đầu dòng: ✔ đã xong; ➜ đang làm; ✘ chưa làm; ○ không phát sinh)'


def h4_doc(fname, unit, left, number, date_line, date_iso, title, intro, groups, diffs, props, signer, resave=False):
    d = new_doc(size=13)
    header(d, left, date_line, number)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, title, bold=True, align='c', space_after=0)
    para(d, LEGEND, italic=True, align='c', size=11)
    para(d, intro)
    entries = []
    for g, items in groups:
        para(d, g, bold=True, indent=False)
        for task, st, ind, text in items:
            p = para(d, '', indent=False)
            p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)
            r = p.add_run(GLYPH[st] + '  '); r.font.name = 'Segoe UI Symbol'
            p.add_run(text)
            entries.append((task, st, ind, text))
    para(d, 'Khó khăn', bold=True, indent=False)
    for x in diffs:
        para(d, '- ' + x)
    para(d, 'Đề xuất', bold=True, indent=False)
    for x in props:
        para(d, '- ' + x)
    sign(d, [('Nơi nhận:', 'bi'), ('- Chi cục TĐC TP.HCM;', ''), ('- Lưu: VT.', '')], signer)
    path = os.path.join(OUT, fname)
    d.save(path)
    if resave:
        lo_resave(path, 'docx')
    key(fname, unit, number, date_iso, entries, diffs, props)


def h4_xlsx(fname, sheet, unit, left, number, date_line, date_iso, title, rows, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    for i, l in enumerate(left, 1):
        ws.cell(i, 1, l).font = Font(bold=(i == len(left)))
    ws['D1'] = QH; ws['D1'].font = Font(bold=True); ws['D2'] = DL
    ws.cell(len(left) + 1, 1, 'Số: ' + number)
    ws['D4'] = date_line; ws['D4'].font = Font(italic=True)
    ws['A6'] = title; ws['A6'].font = Font(bold=True, size=13)
    ws['A7'] = LEGEND; ws['A7'].font = Font(italic=True)
    ws['A9'] = ''; ws['B9'] = 'Việc'; ws['C9'] = 'Kết quả'; ws['D9'] = 'Số liệu'
    for c in ('A9', 'B9', 'C9', 'D9'):
        ws[c].font = Font(bold=True); ws[c].border = BOX
    r = 10
    entries = []
    for task, st, ind, name, res, nums in rows:
        for i, v in enumerate([GLYPH[st], name, res, nums], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if i == 1 else 'left')
        entries.append((task, st, ind, name + ': ' + res))
        r += 1
    r += 1
    ws.cell(r, 2, 'Khó khăn').font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, x); r += 1
    ws.cell(r, 2, 'Đề xuất').font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, x); r += 1
    r += 1
    for s in signer:
        ws.cell(r, 4, s).font = Font(bold=True); r += 1
    for col, w in zip('ABCD', (5, 38, 52, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries, diffs, props)


AD = ('27316', 'Phường An Đông')
h4_doc('AnDong_BC_CT38_2026.docx', AD, [('ỦY BAN NHÂN DÂN', 'b'), ('PHƯỜNG AN ĐÔNG', 'b'), ('_______', '')],
       '318/BC-UBND', 'An Đông, ngày 29 tháng 10 năm 2026', '2026-10-29',
       'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch của Sở KH&CN về Chỉ thị 38)',
       'Ủy ban nhân dân phường An Đông báo cáo kết quả thực hiện như sau:',
       [('1. Kiểm tra', [
           ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 2, 'fines_vnd': 3500000},
            'Phối hợp Chi cục TĐC kiểm tra cân, thước tại chợ An Đông và các tuyến đường kinh doanh: 04 cuộc, 31 cơ sở; lập biên bản 02 trường hợp vi phạm, phạt 3.500.000 đồng. Đợt cuối năm làm trong tháng 12.'),
           ('II.5.d', 'not_applicable', {}, 'Khen thưởng người tố giác vi phạm về đo lường, chất lượng: trong năm không có trường hợp tố giác.')]),
        ('2. Tuyên truyền, tập huấn', [
           ('II.1.a', 'completed', {'communications': 15}, 'Tuyên truyền quy định về đo lường, nhãn hàng hóa cho tiểu thương: 15 tin trên loa phát thanh và trang Zalo của phường.'),
           ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng của Chi cục (tháng 8).')])],
       ['Phường chưa có công chức chuyên trách, người phụ trách kiêm nhiệm nhiều việc.', 'Chưa có cân đối chứng đặt tại chợ.'],
       ['Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ An Đông.'],
       [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'), ('', ''), ('', ''), ('Lâm Thị Kim Phụng', 'b')],
       resave=True)

CH = ('25771', 'Phường Chánh Hiệp')
h4_xlsx('ChanhHiep-ct38.xlsx', 'BaoCao', CH, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG CHÁNH HIỆP'], '225/BC-UBND',
        'Chánh Hiệp, ngày 27 tháng 10 năm 2026', '2026-10-27',
        'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
        [('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 26, 'violations': 1, 'fines_vnd': 1500000},
          'Kiểm tra đo lường tại chợ Chánh Hiệp, chợ Bình Chuẩn', 'Cùng Đội TĐC khu vực Bình Dương kiểm tra 3 đợt theo kế hoạch của phường',
          '3 cuộc; 26 cơ sở; 1 vi phạm; phạt 1.500.000 đ'),
         ('II.1.a', 'in_progress', {'communications': 8}, 'Tuyên truyền cho hộ kinh doanh', 'Phát tờ rơi, đưa tin trên trang thông tin điện tử phường', '8 tin bài'),
         ('II.3.a', 'completed', {'participants': 3}, 'Công chức dự tập huấn', 'Cử công chức Phòng Kinh tế dự lớp của Chi cục', '3 người'),
         ('II.5.d', 'not_applicable', {}, 'Khen thưởng người tố giác', 'Không có trường hợp', '')],
       ['Tiểu thương chưa tự giác mang cân đi kiểm định định kỳ.'],
       ['Đề nghị Chi cục tổ chức kiểm định cân lưu động tại chợ.'],
       ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn Hòa'])

CNTT = ('SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh')
h4_doc('ttcntt-dkg-bc-ct38.docx', CNTT,
       [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', ''), ('TRUNG TÂM CÔNG NGHỆ THÔNG TIN', 'b'), ('VÀ ĐỊA KHÔNG GIAN', 'b'), ('_______', '')],
       '97/BC-TTCNTT', 'Thành phố Hồ Chí Minh, ngày 25 tháng 10 năm 2026', '2026-10-25',
       'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo kết quả phối hợp như sau:',
       [('1. Dữ liệu, hạ tầng', [
           ('II.2.i', 'in_progress', {}, 'Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng với kho dữ liệu dùng chung của Sở: đã xong kết nối thử nghiệm, đang chuẩn hóa dữ liệu để chia sẻ chính thức.'),
           ('II.2.đ', 'completed', {}, 'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Trung tâm, đánh giá nội bộ tháng 6/2026.')]),
        ('2. Nhân lực', [
           ('II.3.a', 'completed', {'participants': 4}, 'Cử 04 viên chức dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng.')])],
       ['Dữ liệu của Chi cục đang ở nhiều phần mềm khác nhau, chưa thống nhất mã định danh.'],
       ['Đề nghị Chi cục cử đầu mối phối hợp chuẩn hóa danh mục dữ liệu dùng chung.'],
       [('GIÁM ĐỐC', 'b'), ('', ''), ('', ''), ('', ''), ('Hồ Ngọc Thành', 'b')])

h4_xlsx('doi-kt2_bc-ct38.xlsx', 'Doi 2', CC, ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'ĐỘI KIỂM TRA SỐ 2'], '31/BC-ĐKT2',
        'TP.HCM, ngày 24 tháng 10 năm 2026', '2026-10-24',
        'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - ĐỘI KIỂM TRA SỐ 2',
        [('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 40, 'violations': 4, 'fines_vnd': 18750000},
          'Kiểm tra hàng hóa nhập khẩu, vàng trang sức', 'Kiểm tra theo kế hoạch và đột xuất', '5 cuộc; 40 cơ sở; 4 vi phạm; phạt 18.750.000 đ'),
         ('II.5.b', 'completed', {'samples_tested': 16}, 'Lấy mẫu vàng trang sức', 'Lấy mẫu thử hàm lượng vàng', '16 mẫu'),
         ('II.5.d', 'not_applicable', {}, 'Bảo vệ người tố giác', 'Không phát sinh', ''),
         ('II.4.b', 'in_progress', {}, 'Bảo dưỡng thiết bị kiểm tra', 'Đã gửi máy phân tích vàng đi hiệu chuẩn, chờ kết quả', '')],
        ['Máy phân tích vàng cầm tay chỉ có 01 chiếc dùng chung cho 2 đội.'],
        ['Đề nghị trang bị thêm 01 máy phân tích vàng cầm tay.'],
        ['ĐỘI TRƯỞNG', '', '', 'Ngô Thị Kim Yến'])


# ---------------------------------------------------------------- keys
for fname, k in KEYS.items():
    with open(os.path.join(OUT, fname), 'rb') as f:
        k['sha256'] = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
