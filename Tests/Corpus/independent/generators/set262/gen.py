# -*- coding: utf-8 -*-
"""Generator for set262: 16 reports in five hands + answer keys (sha256 filled by finalize.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

CCTDC = ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh')
TTPT = ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh')
KTPC = ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế')
QLKH = ('SKHCN-QLKH', 'Phòng Quản lý Khoa học')
CDS = ('SKHCN-CDS', 'Phòng Chuyển đổi số')
VPS = ('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ')

KEYS = []


def E(task, status, ind, text):
    return {'task': task, 'status': status, 'indicators': ind, 'text': text}


def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS.append({'file': fname, 'sha256': None, 'status': status, 'reason': reason,
                 'unit': {'id': unit[0], 'name': unit[1]},
                 'document': {'number': number, 'date': date},
                 'entries': entries, 'findings': [], 'difficulties': diffs, 'proposals': props})


# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=None, space_after=3, underline=False):
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
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi', 'u'"""
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s
        r.italic = 'i' in s
        r.underline = 'u' in s
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, italic=False, align='c', size=None):
    cell.text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == 'c' else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)


def header_table(d, left, right, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_text(l, [x[0] for x in left], size=size)
    for p, (txt, b) in zip(l.paragraphs, left):
        for rr in p.runs:
            rr.bold = b
    cell_text(r, [x[0] for x in right], size=size)
    for p, (txt, b) in zip(r.paragraphs, right):
        for rr in p.runs:
            rr.bold = b
    return t


# ================================================================ HAND 1: Thu Hà (Chi cục, DOCX)
# "Về khối lượng / Về chất lượng / Về tiến độ" triad under every job, own-words titles "1)".

def h1_render(fname, spec):
    d = new_doc()
    header_table(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), (spec['unit_line'], True)] + ([(spec['unit_line2'], True)] if spec.get('unit_line2') else []) + [('-------', False), (spec['so'], False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True), ('---------------', False), (spec['date_line'], False)])
    d.tables[0].rows[0].cells[1].paragraphs[-1].runs[0].italic = True
    para(d)
    para(d, spec['title'], bold=True, align='c', space_after=0)
    for ln in spec['subtitle']:
        para(d, ln, bold=True, align='c', space_after=0)
    para(d, '________', align='c')
    for ln in spec['intro']:
        para(d, ln, align='j', indent=1)
    para(d, spec.get('part1', 'I. KẾT QUẢ THỰC HIỆN'), bold=True)
    for i, it in enumerate(spec['items'], 1):
        p = para(d, '', indent=1, align='j')
        runs(p, [(f'{i}) ', 'b'), (it['title'], 'b')])
        p = para(d, '', indent=1, align='j')
        runs(p, [('- Về khối lượng: ', 'i'), (it['kl'], '')])
        if it.get('cl'):
            p = para(d, '', indent=1, align='j')
            runs(p, [('- Về chất lượng: ', 'i'), (it['cl'], '')])
        p = para(d, '', indent=1, align='j')
        runs(p, [('- Về tiến độ:  ', 'i'), (it['td'], '')])
    if spec.get('diffs') is not None:
        para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        for x in spec['diffs']:
            para(d, '- ' + x, indent=1, align='j')
        para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
        for x in spec['props']:
            para(d, '- ' + x, indent=1, align='j')
    for ln in spec.get('closing', []):
        para(d, ln, indent=1, align='j')
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_text(l, ['Nơi nhận:'] + spec['noi_nhan'], align='l', size=11)
    l.paragraphs[0].runs[0].bold = True
    l.paragraphs[0].runs[0].italic = True
    cell_text(r, spec['sign'], bold=True)
    d.save(os.path.join(OUT, fname))


# --- A. Chi cục TĐC, the whole unit
A_items = [
    dict(task='II.1.a', st='completed', ind={'training_courses': 5, 'participants': 612},
         title='Tập huấn văn bản pháp luật về TCĐLCL và tọa đàm với doanh nghiệp nhập khẩu',
         kl='Chi cục đã tổ chức tổng cộng 05 lớp/buổi (04 lớp tập huấn phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi, Nghị định 37/2026/NĐ-CP và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu về thủ tục kiểm tra nhà nước hàng hóa nhập khẩu), thu hút 612 lượt học viên, đại biểu tham dự.',
         cl='Tài liệu được cập nhật theo văn bản mới; qua phiếu khảo sát, trên 90% học viên đánh giá nội dung thiết thực.',
         td='Hoàn thành trong Quý III/2026, đúng thời gian Kế hoạch.'),
    dict(task='II.1.b', st='completed', ind={'communications': 6, 'enterprises_supported': 14},
         title='Tuyên truyền Giải thưởng Chất lượng Quốc gia',
         kl='Đăng 06 tin, bài giới thiệu Giải thưởng trên Trang thông tin điện tử của Chi cục và Bản tin TĐC; trực tiếp hướng dẫn 14 doanh nghiệp tìm hiểu tiêu chí, chuẩn bị hồ sơ dự Giải.',
         cl=None,
         td='Đã hoàn thành (Quý I và II/2026).'),
    dict(task='II.2.a', st='in_progress', ind={'enterprises_supported': 23, 'budget_spent_vnd': 186400000},
         title='Chương trình năng suất chất lượng, đo lường hỗ trợ doanh nghiệp và truy xuất nguồn gốc (Chương trình 1322, Đề án 996, Đề án 100)',
         kl='Hỗ trợ 23 doanh nghiệp (áp dụng công cụ cải tiến năng suất, đo lường trong sản xuất, mã số mã vạch và truy xuất nguồn gốc); kinh phí đã giải ngân 186.400.000 đồng.',
         cl='Các doanh nghiệp được hỗ trợ chủ yếu là doanh nghiệp nhỏ và vừa ngành chế biến thực phẩm, cơ khí.',
         td='Đang triển khai, dự kiến hoàn tất nghiệm thu trong Quý IV/2026 theo Kế hoạch.'),
    dict(task='II.2.d', st='in_progress', ind={'enterprises_supported': 41},
         title='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý và công bố chất lượng',
         kl='Hướng dẫn, tư vấn cho 41 doanh nghiệp về xây dựng, áp dụng ISO 9001, ISO 22000 và thủ tục công bố hợp chuẩn, hợp quy.',
         cl=None,
         td='Thực hiện thường xuyên, đang tiếp tục triển khai.'),
    dict(task='II.2.đ', st='completed', ind={'enterprises_supported': 27},
         title='Hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước (TCVN ISO 9001:2015)',
         kl='Hướng dẫn, kiểm tra việc xây dựng, áp dụng, duy trì hệ thống cho 27 cơ quan, đơn vị (sở, ngành và UBND phường, xã).',
         cl='Phần lớn đơn vị đã công bố lại hệ thống sau khi sắp xếp tổ chức bộ máy.',
         td='Đã hoàn thành trước tháng 11/2026.'),
    dict(task='II.2.e', st='in_progress', ind={'standards_reviewed': 18},
         title='Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
         kl='Góp ý 18 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến.',
         cl=None,
         td='Đang thực hiện; việc xây dựng quy chuẩn kỹ thuật địa phương sẽ tiếp tục trong Quý IV/2026.'),
    dict(task='II.3.a', st='completed', ind={'training_courses': 2, 'participants': 318},
         title='Tập huấn nghiệp vụ cho công chức các sở, ngành, phường, xã, đặc khu',
         kl='Tổ chức 02 lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng cho công chức phụ trách kinh tế của UBND phường, xã, đặc khu với 318 lượt người tham dự.',
         cl=None,
         td='Đã hoàn thành.'),
    dict(task='II.5.a', st='in_progress', ind={'inspections': 9, 'establishments_inspected': 126, 'violations': 11, 'fines_vnd': 97500000},
         title='Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông trên thị trường',
         kl='Thực hiện 09 cuộc kiểm tra tại 126 cơ sở sản xuất, kinh doanh (xăng dầu, vàng trang sức, đồ chơi trẻ em, mũ bảo hiểm, thiết bị điện); phát hiện 11 cơ sở vi phạm, xử phạt vi phạm hành chính 97.500.000 đồng.',
         cl='Các vi phạm chủ yếu về nhãn hàng hóa và phương tiện đo hết hạn kiểm định.',
         td='Thường xuyên, đang tiếp tục thực hiện theo kế hoạch kiểm tra năm.'),
    dict(task='II.5.b', st='completed', ind={'samples_tested': 145},
         title='Khảo sát chất lượng sản phẩm, hàng hóa',
         kl='Lấy 145 mẫu (xăng dầu, khí dầu mỏ hóa lỏng, thép xây dựng, sữa bột) để khảo sát, thử nghiệm.',
         cl='Kết quả đã thông tin cho các cơ quan chức năng và đăng tải cảnh báo người tiêu dùng.',
         td='Đã hoàn thành đợt khảo sát năm 2026.'),
    dict(task='II.6.b', st='not_applicable', ind={},
         title='Phối hợp với Ủy ban TĐC Quốc gia và APO',
         kl='Trong kỳ không phát sinh yêu cầu phối hợp.',
         cl=None,
         td='Không phát sinh.'),
]
A_diffs = ['Biên chế công chức làm công tác kiểm tra còn mỏng so với số lượng cơ sở trên địa bàn sau hợp nhất.',
           'Một số phường, xã mới thành lập chưa bố trí được công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
A_props = ['Đề nghị Sở bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng sản phẩm, hàng hóa.',
           'Đề nghị Sở có văn bản đôn đốc UBND các phường, xã, đặc khu cử công chức tham dự đầy đủ các lớp tập huấn nghiệp vụ.']
h1_render('bc-kq-ct38-chicuc-tdc.docx', dict(
    unit_line='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', so='Số: 1187/BC-TĐC',
    date_line='Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
    title='BÁO CÁO', subtitle=['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', '(số liệu tính đến ngày 25/10/2026)'],
    intro=['Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nội dung Chi cục chủ trì như sau:'],
    items=A_items, diffs=A_diffs, props=A_props,
    noi_nhan=['- Giám đốc Sở (để b/c);', '- Lưu: VT, HCTH.'],
    sign=['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', '', '', '', 'Đặng Thị Ngọc Lan']))
key('bc-kq-ct38-chicuc-tdc.docx', CCTDC, '1187/BC-TĐC', '2026-10-28',
    [E(x['task'], x['st'], x['ind'], x['kl']) for x in A_items], A_diffs, A_props)

# --- D. Chi cục – Phòng Năng suất Chất lượng (division report, no number)
D_items = [
    dict(task='II.3.b', st='completed', ind={'training_courses': 3, 'participants': 146},
         title='Các khóa bồi dưỡng chuyên sâu về năng suất, chất lượng',
         kl='Phòng đã mở 03 khóa bồi dưỡng chuyên sâu (Lean, 5S - Kaizen, đo lường năng suất) cho 146 học viên là cán bộ doanh nghiệp; hình thành nhóm 11 chuyên gia tư vấn năng suất nòng cốt.',
         cl='Học viên đạt yêu cầu được cấp giấy chứng nhận.',
         td='Xong trong Quý III, đúng Kế hoạch.'),
    dict(task='II.2.a', st='in_progress', ind={'enterprises_supported': 12},
         title='Hỗ trợ doanh nghiệp cải tiến năng suất (phần việc của Phòng trong Chương trình 1322)',
         kl='Đang hỗ trợ 12 doanh nghiệp xây dựng dự án cải tiến năng suất tại nhà máy.',
         cl=None,
         td='Chưa xong, đang thực hiện, dự kiến nghiệm thu tháng 12/2026.'),
    dict(task='II.2.b', st='in_progress', ind={'enterprises_supported': 9},
         title='Giải thưởng Chất lượng Quốc gia năm 2026',
         kl='Hướng dẫn 09 doanh nghiệp hoàn thiện hồ sơ tham dự; Hội đồng sơ tuyển Thành phố đã đánh giá tại doanh nghiệp.',
         cl=None,
         td='Đang thực hiện, chờ Hội đồng Quốc gia xét chọn.'),
    dict(task='II.6.b', st='completed', ind={'training_courses': 1, 'participants': 85},
         title='Hợp tác với APO – hội thảo “Năng suất xanh”',
         kl='Phối hợp Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức 01 hội thảo “Năng suất xanh trong doanh nghiệp” tại Thành phố, 85 đại biểu tham dự.',
         cl=None,
         td='Đã hoàn thành.'),
]
D_diffs = ['Doanh nghiệp nhỏ còn e ngại bố trí thời gian cho cán bộ tham dự khóa học dài ngày.']
D_props = ['Đề nghị lãnh đạo Chi cục bố trí thêm 01 chuyên viên cho mảng năng suất trong năm 2027.']
h1_render('NSCL_bao cao CT38 thang 10.docx', dict(
    unit_line='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', unit_line2='PHÒNG NĂNG SUẤT CHẤT LƯỢNG', so='',
    date_line='TP. Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
    title='BÁO CÁO', subtitle=['Kết quả thực hiện các nội dung Kế hoạch Chỉ thị 38 do Phòng được phân công'],
    intro=['Kính gửi: Phòng Hành chính – Tổng hợp (bộ phận tổng hợp).', 'Phòng Năng suất Chất lượng báo cáo các nội dung Phòng được Lãnh đạo Chi cục phân công như sau:'],
    items=D_items, diffs=D_diffs, props=D_props,
    noi_nhan=['- Như trên;', '- Lưu: NSCL.'],
    sign=['TRƯỞNG PHÒNG', '', '', '', 'Huỳnh Quốc Việt']))
key('NSCL_bao cao CT38 thang 10.docx', CCTDC, None, '2026-10-22',
    [E(x['task'], x['st'], x['ind'], x['kl']) for x in D_items], D_diffs, D_props)

# --- E. Chi cục – Văn phòng TBT
E_items = [
    dict(task='II.6.a', st='in_progress', ind={'communications': 48, 'enterprises_supported': 35, 'training_courses': 1, 'participants': 120},
         title='Cập nhật cam kết quốc tế, cảnh báo TBT cho doanh nghiệp',
         kl='Phát hành 48 bản tin cảnh báo TBT về biện pháp kỹ thuật của các nước thành viên WTO, EVFTA, CPTPP; trả lời hỏi đáp cho 35 doanh nghiệp; tổ chức 01 hội thảo “Quy định kỹ thuật của EU đối với hàng xuất khẩu” với 120 đại biểu.',
         cl='Bản tin được gửi qua thư điện tử tới hơn 1.500 doanh nghiệp đăng ký nhận tin.',
         td='Nhiệm vụ thường xuyên, đang tiếp tục thực hiện.'),
    dict(task='II.2.e', st='completed', ind={'standards_reviewed': 6},
         title='Góp ý dự thảo tiêu chuẩn, quy chuẩn',
         kl='Văn phòng TBT tham gia góp ý 06 dự thảo QCVN liên quan đến hàng hóa xuất nhập khẩu.',
         cl=None,
         td='Hoàn thành phần việc được giao.'),
    dict(task='II.2.i', st='in_progress', ind={},
         title='Kết nối cơ sở dữ liệu quốc gia về TĐC',
         kl='Cập nhật dữ liệu thông báo TBT của Thành phố lên hệ thống cơ sở dữ liệu quốc gia.',
         cl=None,
         td='Đang thực hiện.'),
]
E_diffs = ['Chưa có phần mềm tự động dịch và phân loại thông báo TBT theo ngành hàng.']
E_props = ['Kiến nghị Chi cục đề xuất Sở đầu tư phần mềm quản lý cơ sở dữ liệu cảnh báo TBT.']
h1_render('VPTBT-bao-cao-CT38-2026.docx', dict(
    unit_line='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', unit_line2='VĂN PHÒNG TBT', so='Số: 14/BC-TBT',
    date_line='Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026',
    title='BÁO CÁO', subtitle=['Kết quả thực hiện nhiệm vụ năm 2026 theo Kế hoạch Chỉ thị 38-CT/TW'],
    intro=['Văn phòng Thông báo và Hỏi đáp về hàng rào kỹ thuật trong thương mại (Văn phòng TBT) báo cáo như sau:'],
    items=E_items, diffs=E_diffs, props=E_props,
    noi_nhan=['- Lãnh đạo Chi cục;', '- Lưu: TBT.'],
    sign=['CHÁNH VĂN PHÒNG', '', '', '', 'Lý Thanh Tâm']))
key('VPTBT-bao-cao-CT38-2026.docx', CCTDC, '14/BC-TBT', '2026-10-20',
    [E(x['task'], x['st'], x['ind'], x['kl']) for x in E_items], E_diffs, E_props)

# --- O. mistaken: Phòng HC-TH sends its administrative-reform (CCHC) report
O_items = [
    dict(title='Cải cách thể chế', kl='Rà soát 12 văn bản nội bộ của Chi cục, đề xuất bãi bỏ 02 quy chế không còn phù hợp.', cl=None, td='Hoàn thành.'),
    dict(title='Cải cách thủ tục hành chính', kl='Tiếp nhận, giải quyết 3.214 hồ sơ thủ tục hành chính, 100% đúng hạn; 98% hồ sơ nộp trực tuyến toàn trình.', cl='Không có hồ sơ trễ hạn.', td='Thường xuyên.'),
    dict(title='Cải cách tổ chức bộ máy', kl='Hoàn thiện quy chế làm việc sau sắp xếp, sắp xếp lại 05 phòng chuyên môn.', cl=None, td='Hoàn thành.'),
    dict(title='Xây dựng chính quyền số', kl='Sử dụng chữ ký số trong 100% văn bản đi; triển khai phần mềm quản lý hồ sơ công việc.', cl=None, td='Đang thực hiện.'),
]
h1_render('HCTH-bc-CCHC-quy-III-2026.docx', dict(
    unit_line='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', so='Số: 1042/BC-TĐC',
    date_line='Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026',
    title='BÁO CÁO', subtitle=['Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026'],
    intro=['Thực hiện Kế hoạch cải cách hành chính năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả công tác cải cách hành chính Quý III/2026 như sau:'],
    part1='I. KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
    items=O_items, diffs=['Hạ tầng mạng nội bộ xuống cấp, ảnh hưởng tiến độ số hóa hồ sơ.'],
    props=['Đề nghị Sở hỗ trợ nâng cấp đường truyền và thiết bị số hóa.'],
    noi_nhan=['- Văn phòng Sở (để t/h);', '- Lưu: VT, HCTH.'],
    sign=['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', '', '', '', 'Đặng Thị Ngọc Lan']))
key('HCTH-bc-CCHC-quy-III-2026.docx', CCTDC, '1042/BC-TĐC', '2026-10-05', [], [], [],
    status='rejected', reason='Báo cáo về cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')


# ================================================================ HAND 2: Khoa (Trung tâm PTTN engineer, XLSX)
# demand-driven figures: "Số yêu cầu tiếp nhận | Số đã thực hiện | Tỷ lệ (%)", status in "Đánh giá"
# with "Đạt yêu cầu / Đang hoàn thiện / Chưa triển khai / Không có yêu cầu".
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2_render(fname, spec):
    wb = Workbook()
    ws = wb.active
    ws.title = spec.get('sheet', 'BC')
    widths = [6, 52, 10, 14, 14, 10, 18, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells('A1:C1'); ws['A1'] = spec['parent']
    ws.merge_cells('A2:C2'); ws['A2'] = spec['unit']; ws['A2'].font = Font(bold=True)
    ws.merge_cells('D1:H1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws.merge_cells('D2:H2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = Font(bold=True)
    for c in ('A1', 'A2', 'D1', 'D2'):
        ws[c].alignment = Alignment(horizontal='center')
    if spec.get('so'):
        ws.merge_cells('A3:C3'); ws['A3'] = spec['so']; ws['A3'].alignment = Alignment(horizontal='center')
    ws.merge_cells('D3:H3'); ws['D3'] = spec['date_line']; ws['D3'].font = Font(italic=True); ws['D3'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:H5'); ws['A5'] = spec['title']; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:H6'); ws['A6'] = spec['subtitle']; ws['A6'].font = Font(italic=True); ws['A6'].alignment = Alignment(horizontal='center', wrap_text=True)
    r = 8
    hdr = spec.get('hdr', ['STT', 'Nội dung công việc', 'ĐVT', 'Số yêu cầu tiếp nhận', 'Số đã thực hiện', 'Tỷ lệ (%)', 'Đánh giá', 'Ghi chú'])
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    r += 1
    for i, h in enumerate(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(4)', '(7)', '(8)'], 1):
        c = ws.cell(r, i, h); c.font = Font(italic=True, size=9); c.border = BOX; c.alignment = Alignment(horizontal='center')
    r += 1
    roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
    for k, it in enumerate(spec['items']):
        ws.cell(r, 1, roman[k]); ws.cell(r, 2, it['title']); ws.cell(r, 7, it['danhgia']); ws.cell(r, 8, it.get('note'))
        for col in range(1, 9):
            c = ws.cell(r, col); c.border = BOX; c.font = Font(bold=True) if col < 3 else Font()
            c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
        for j, row in enumerate(it['rows'], 1):
            label, dvt, req, done = row[:4]
            ws.cell(r, 1, j); ws.cell(r, 2, '- ' + label); ws.cell(r, 3, dvt)
            ws.cell(r, 4, req); ws.cell(r, 5, done)
            if isinstance(req, (int, float)) and isinstance(done, (int, float)):
                ws.cell(r, 6, f'=ROUND(E{r}/D{r}*100,1)')
            else:
                ws.cell(r, 6, '-')
            if len(row) > 4:
                ws.cell(r, 8, row[4])
            for col in range(1, 9):
                c = ws.cell(r, col); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
            for col in (4, 5):
                ws.cell(r, col).number_format = '#,##0'
            r += 1
    r += 1
    for note in spec.get('notes', []):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, note).font = Font(italic=True, size=10); r += 1
    r += 1
    for lab, items in (('Khó khăn, vướng mắc:', spec['diffs']), ('Kiến nghị, đề xuất:', spec['props'])):
        if items is None:
            continue
        ws.cell(r, 2, lab).font = Font(bold=True); r += 1
        for n, x in enumerate(items, 1):
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(r, 1, f'{n}.'); ws.cell(r, 2, x).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 30
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    ws.cell(r, 6, spec['sign'][0]).font = Font(bold=True); ws.cell(r, 6).alignment = Alignment(horizontal='center')
    ws.merge_cells(start_row=r + 4, start_column=6, end_row=r + 4, end_column=8)
    ws.cell(r + 4, 6, spec['sign'][1]).font = Font(bold=True); ws.cell(r + 4, 6).alignment = Alignment(horizontal='center')
    ws.cell(r, 2, 'Người lập biểu').font = Font(bold=True)
    ws.cell(r + 4, 2, spec.get('preparer', 'Lê Minh Khoa'))
    ws.freeze_panes = 'C10'
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fname))


# --- F. Trung tâm PTTN (whole)
F_items = [
    dict(task='II.2.g', st='in_progress', ind={'instruments_verified': 18455, 'samples_tested': 6102},
         title='Nâng cao năng lực dịch vụ kỹ thuật TĐC; mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
         danhgia='Đang hoàn thiện', note='Mở rộng thêm 14 phép thử được công nhận ISO/IEC 17025; đang chờ đánh giá lại lĩnh vực điện – điện tử',
         rows=[('Kiểm định, hiệu chuẩn phương tiện đo theo yêu cầu khách hàng', 'PTĐ', 18620, 18455),
               ('Thử nghiệm mẫu sản phẩm, hàng hóa', 'mẫu', 6240, 6102)]),
    dict(task='II.4.a', st='in_progress', ind={'budget_spent_vnd': 2340000000},
         title='Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, đo lường',
         danhgia='Đang hoàn thiện', note='Gói thiết bị phòng thí nghiệm vi sinh đang nghiệm thu',
         rows=[('Kinh phí mua sắm thiết bị đã giải ngân', 'đồng', 3150000000, 2340000000, 'Cột (4): dự toán được giao năm 2026')]),
    dict(task='II.4.c', st='in_progress', ind={'instruments_verified': 37},
         title='Liên kết chuẩn đo lường của Trung tâm đến chuẩn quốc gia',
         danhgia='Đang hoàn thiện', note='Còn 05 chuẩn chờ lịch hiệu chuẩn tại Viện Đo lường Việt Nam',
         rows=[('Chuẩn đo lường được hiệu chuẩn, liên kết chuẩn', 'chuẩn', 42, 37)]),
    dict(task='II.5.b', st='completed', ind={'samples_tested': 145},
         title='Thử nghiệm mẫu khảo sát chất lượng theo đề nghị của Chi cục TĐC',
         danhgia='Đạt yêu cầu', note='Đã trả kết quả cho Chi cục ngày 30/9/2026',
         rows=[('Mẫu khảo sát được thử nghiệm, trả kết quả', 'mẫu', 145, 145)]),
    dict(task='II.3.d', st='completed', ind={'training_courses': 2, 'participants': 96},
         title='Đào tạo, hướng dẫn thực tập cho sinh viên các trường về đo lường, thử nghiệm',
         danhgia='Đạt yêu cầu', note=None,
         rows=[('Khóa đào tạo ngắn hạn cho sinh viên', 'khóa', 2, 2), ('Sinh viên tham gia', 'người', 100, 96)]),
    dict(task='II.6.b', st='not_applicable', ind={},
         title='Phối hợp APO thúc đẩy năng suất (nếu có yêu cầu)',
         danhgia='Không có yêu cầu', note=None, rows=[]),
]
F_diffs = ['Thiết bị thử nghiệm một số lĩnh vực đã sử dụng trên 10 năm, chi phí bảo trì cao.',
           'Thủ tục mua sắm tập trung kéo dài, ảnh hưởng tiến độ giải ngân.']
F_props = ['Đề nghị Sở ưu tiên bố trí vốn đầu tư thiết bị thử nghiệm điện – điện tử năm 2027.']
h2_render('TTPT_BC CT38_T10.2026.xlsx', dict(
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', unit='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
    so='Số: 412/BC-TTPT', date_line='TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
    title='BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    subtitle='(Phần việc Trung tâm chủ trì và phối hợp; số liệu từ 01/01/2026 đến 20/10/2026)',
    items=F_items, diffs=F_diffs, props=F_props,
    notes=['Ghi chú: cột (4) là số yêu cầu/đơn hàng Trung tâm tiếp nhận trong kỳ; cột (5) là số đã thực hiện xong, đã trả kết quả.'],
    sign=['KT. GIÁM ĐỐC', 'Phạm Đức Thịnh']))
key('TTPT_BC CT38_T10.2026.xlsx', TTPT, '412/BC-TTPT', '2026-10-27',
    [E(x['task'], x['st'], x['ind'], x['title']) for x in F_items], F_diffs, F_props)

# --- G. Trung tâm PTTN – Phòng Kiểm định Hiệu chuẩn (internal, no number)
G_items = [
    dict(task='II.4.b', st='completed', ind={'instruments_verified': 64},
         title='Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ của Chi cục TĐC (NĐ 135/2021)',
         danhgia='Đạt yêu cầu', note='Hoàn tất trước 15/9/2026',
         rows=[('Thiết bị nghiệp vụ được kiểm định/hiệu chuẩn', 'chiếc', 64, 64)]),
    dict(task='II.5.c', st='in_progress', ind={'instruments_verified': 212},
         title='Hỗ trợ UBND phường, xã kiểm định cân đối chứng, cân tại chợ',
         danhgia='Đang hoàn thiện', note='Còn 03 phường đăng ký lịch tháng 11',
         rows=[('Cân kiểm định theo đề nghị của phường, xã', 'chiếc', 260, 212)]),
    dict(task='II.4.c', st='in_progress', ind={'instruments_verified': 12},
         title='Duy trì chuẩn đo lường phòng Kiểm định (khối lượng, áp suất, dung tích)',
         danhgia='Đang hoàn thiện', note=None,
         rows=[('Chuẩn công tác được hiệu chuẩn lại', 'chuẩn', 15, 12)]),
]
G_diffs = ['Số lượng cân tại các chợ tăng đột biến vào cuối năm, nhân lực kiểm định lưu động không đủ.']
G_props = ['Đề nghị Ban Giám đốc bổ sung 01 xe chuyên dùng phục vụ kiểm định lưu động.']
h2_render('P.KDHC - so lieu CT38 (gui P.KH).xlsx', dict(
    parent='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', unit='PHÒNG KIỂM ĐỊNH – HIỆU CHUẨN',
    so=None, date_line='Ngày 19 tháng 10 năm 2026',
    title='SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – PHÒNG KIỂM ĐỊNH HIỆU CHUẨN',
    subtitle='(gửi Phòng Kế hoạch – Tổng hợp để tổng hợp chung của Trung tâm)',
    items=G_items, diffs=G_diffs, props=G_props, sheet='KDHC',
    sign=['TRƯỞNG PHÒNG', 'Võ Thành Nhân']))
key('P.KDHC - so lieu CT38 (gui P.KH).xlsx', TTPT, None, '2026-10-19',
    [E(x['task'], x['st'], x['ind'], x['title']) for x in G_items], G_diffs, G_props)

# --- P. mistaken: Phòng Thử nghiệm Hóa – Vi sinh sends a food-safety sampling report
P_items = [
    dict(title='Mẫu thực phẩm phục vụ Tháng hành động vì an toàn thực phẩm', danhgia='Đạt yêu cầu', note='Theo đề nghị của Sở An toàn thực phẩm',
         rows=[('Mẫu rau, củ, quả (dư lượng thuốc BVTV)', 'mẫu', 220, 220), ('Mẫu thịt, thủy sản (vi sinh, kháng sinh)', 'mẫu', 180, 176)]),
    dict(title='Mẫu thực phẩm Tết Trung thu', danhgia='Đạt yêu cầu', note=None,
         rows=[('Mẫu bánh trung thu', 'mẫu', 64, 64)]),
    dict(title='Mẫu nước uống đóng chai, nước đá', danhgia='Đang hoàn thiện', note='12 mẫu chờ kết quả vi sinh',
         rows=[('Mẫu nước', 'mẫu', 95, 83)]),
]
h2_render('PTN Hoa-Vi sinh_KQ mau ATTP 9T.xlsx', dict(
    parent='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', unit='PHÒNG THỬ NGHIỆM HÓA – VI SINH',
    so=None, date_line='Ngày 15 tháng 10 năm 2026',
    title='KẾT QUẢ PHÂN TÍCH MẪU AN TOÀN THỰC PHẨM 9 THÁNG NĂM 2026',
    subtitle='(phục vụ báo cáo Ban Chỉ đạo liên ngành về an toàn thực phẩm)',
    items=P_items, diffs=['Hóa chất chuẩn nhập khẩu về chậm.'], props=['Đề nghị mua dự trữ chất chuẩn cho Quý I/2027.'], sheet='ATTP',
    sign=['TRƯỞNG PHÒNG', 'Nguyễn Thị Kim Yến'], preparer='Lê Minh Khoa'))
key('PTN Hoa-Vi sinh_KQ mau ATTP 9T.xlsx', TTPT, None, '2026-10-15', [], [], [],
    status='rejected', reason='Báo cáo kết quả phân tích mẫu an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')


# ================================================================ HAND 3: Bích (Sở's own phòng / Văn phòng, DOCX)
# Each job a paragraph opening with a bold role tag "[Phối hợp]" / "[Chủ trì]", figures in "(gồm: …; …)"
# and a closing "Kết quả chung: …" with plain words (đã xong / đang làm tiếp / chưa làm / không phát sinh).

def h3_render(fname, spec):
    d = new_doc(size=13)
    para(d, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', align='c', space_after=0)
    para(d, spec['unit_line'], bold=True, align='c', space_after=0)
    para(d, spec['so_date'], italic=True, align='c')
    para(d, spec['title'], bold=True, align='c', space_after=0)
    para(d, spec['subtitle'], italic=True, align='c')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng', align='c')
    para(d, spec['intro'], align='j', indent=1)
    for it in spec['items']:
        p = para(d, '', align='j', indent=1)
        runs(p, [('[' + it['role'] + '] ', 'b'), (it['title'] + '. ', 'i'), (it['body'] + ' ', ''), ('Kết quả chung: ', 'b'), (it['kq'], '')])
    if spec['diffs']:
        p = para(d, '', indent=1); runs(p, [('* Khó khăn: ', 'b')])
        for x in spec['diffs']:
            para(d, '+ ' + x, indent=1, align='j')
    if spec['props']:
        p = para(d, '', indent=1); runs(p, [('* Kiến nghị: ', 'b')])
        for x in spec['props']:
            para(d, '+ ' + x, indent=1, align='j')
    para(d, spec.get('close', 'Trân trọng./.'), indent=1)
    para(d)
    for ln in spec['sign']:
        para(d, ln, bold=True, align='r', space_after=0)
    para(d)
    para(d, 'Người soạn: Trần Ngọc Bích – ĐT: 0909 318 442', italic=True, size=10)
    d.save(os.path.join(OUT, fname))


# --- H. Phòng Kiểm tra – Pháp chế
H_items = [
    dict(task='II.5.a', st='in_progress', ind={'inspections': 4, 'establishments_inspected': 37, 'violations': 5, 'fines_vnd': 42000000},
         role='Phối hợp', title='Kiểm tra hàng hóa lưu thông trên thị trường',
         body='Phòng cử công chức tham gia các đoàn kiểm tra của Chi cục và đoàn liên ngành (gồm: 04 đoàn; 37 cơ sở được kiểm tra; 05 cơ sở vi phạm; phạt tiền 42.000.000 đồng), tham mưu ban hành quyết định xử phạt đúng thẩm quyền.',
         kq='đang làm tiếp đến cuối năm.'),
    dict(task='II.2.c', st='completed', ind={},
         role='Phối hợp', title='Góp ý văn bản quy phạm pháp luật về TĐC',
         body='Phòng đã có ý kiến đối với dự thảo Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) và dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa gửi Bộ Khoa học và Công nghệ.',
         kq='đã xong.'),
    dict(task='II.5.d', st='completed', ind={},
         role='Phối hợp', title='Xử lý phản ánh, tố giác vi phạm',
         body='Tiếp nhận 03 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu, phối hợp Chi cục xác minh, trả lời người dân đúng thời hạn.',
         kq='đã xong, không còn đơn tồn.'),
    dict(task='II.4.b', st='completed', ind={},
         role='Phối hợp', title='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ',
         body='Cùng Chi cục rà soát danh mục thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, thống nhất danh mục đề nghị bổ sung.',
         kq='đã xong.'),
    dict(task='II.5.c', st='in_progress', ind={},
         role='Phối hợp', title='Hướng dẫn phường, xã thực hiện nội dung được phân quyền',
         body='Trả lời vướng mắc của các phường, xã về thẩm quyền xử phạt trong lĩnh vực đo lường, chất lượng qua điện thoại và văn bản.',
         kq='đang làm tiếp.'),
]
H_diffs = ['Quy định về thẩm quyền xử phạt sau sắp xếp chính quyền hai cấp chưa được hướng dẫn thống nhất.']
H_props = ['Đề nghị Chi cục tổng hợp, kiến nghị Bộ Khoa học và Công nghệ sớm hướng dẫn thẩm quyền xử phạt của Chủ tịch UBND cấp xã.']
h3_render('KTPC - bc phoi hop KH CT38.docx', dict(
    unit_line='PHÒNG KIỂM TRA – PHÁP CHẾ', so_date='Số: 96/BC-KTPC – TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
    title='BÁO CÁO', subtitle='V/v kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
    intro='Theo phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo phần việc Phòng phối hợp thực hiện như sau:',
    items=H_items, diffs=H_diffs, props=H_props,
    sign=['TRƯỞNG PHÒNG', '', '', 'Nguyễn Hoàng Phúc']))
key('KTPC - bc phoi hop KH CT38.docx', KTPC, '96/BC-KTPC', '2026-10-26',
    [E(x['task'], x['st'], x['ind'], x['body']) for x in H_items], H_diffs, H_props)

# --- I. Phòng Quản lý Khoa học
I_items = [
    dict(task='II.3.c', st='in_progress', ind={},
         role='Chủ trì', title='Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC',
         body='Phòng đã tham mưu thông báo nhu cầu thu hút theo Quyết định 05/2026/QĐ-UBND; đến nay tiếp nhận 02 hồ sơ chuyên gia đo lường – thử nghiệm, đang thẩm định.',
         kq='đang làm tiếp, chưa có trường hợp được thu hút chính thức.'),
    dict(task='II.2.a', st='in_progress', ind={'budget_spent_vnd': 1250000000},
         role='Phối hợp', title='Nhiệm vụ KH&CN phục vụ nâng cao năng suất, chất lượng',
         body='Phê duyệt 03 nhiệm vụ khoa học và công nghệ về năng suất, truy xuất nguồn gốc (gồm: kinh phí đã giải ngân 1,25 tỷ đồng).',
         kq='đang làm tiếp; các nhiệm vụ đang trong thời gian thực hiện.'),
    dict(task='II.2.e', st='completed', ind={'standards_reviewed': 4},
         role='Phối hợp', title='Góp ý dự thảo tiêu chuẩn',
         body='Cho ý kiến đối với 04 dự thảo TCVN lĩnh vực công nghệ sinh học, công nghệ vật liệu khi Chi cục lấy ý kiến.',
         kq='đã xong.'),
    dict(task='II.3.b', st='not_started', ind={},
         role='Phối hợp', title='Mạng lưới tư vấn năng suất',
         body='Phòng chưa nhận được đề nghị phối hợp cụ thể từ Chi cục.',
         kq='chưa làm.'),
]
I_diffs = ['Mức hỗ trợ thu hút chuyên gia chưa đủ hấp dẫn so với khu vực tư nhân.']
I_props = []
h3_render('QLKH_phoi hop CT38_2026.docx', dict(
    unit_line='PHÒNG QUẢN LÝ KHOA HỌC', so_date='Số: 41/BC-QLKH     Ngày 29/10/2026',
    title='BÁO CÁO NHANH', subtitle='Phần việc của Phòng Quản lý Khoa học trong Kế hoạch CT38 năm 2026',
    intro='Phòng Quản lý Khoa học gửi Chi cục nội dung để tổng hợp:',
    items=I_items, diffs=I_diffs, props=I_props,
    sign=['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', '', '', 'Đoàn Minh Trí']))
key('QLKH_phoi hop CT38_2026.docx', QLKH, '41/BC-QLKH', '2026-10-29',
    [E(x['task'], x['st'], x['ind'], x['body']) for x in I_items], I_diffs, I_props)

# --- K. Văn phòng Sở
K_items = [
    dict(task='II.2.đ', st='completed', ind={},
         role='Phối hợp', title='Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở',
         body='Văn phòng đã cập nhật các quy trình giải quyết thủ tục hành chính vào hệ thống, tổ chức đánh giá nội bộ và xem xét của lãnh đạo trong tháng 9/2026.',
         kq='đã xong.'),
    dict(task='II.2.h', st='completed', ind={},
         role='Phối hợp', title='Hệ thống thông tin giải quyết thủ tục hành chính',
         body='Phối hợp Chi cục, Phòng Chuyển đổi số đề xuất cải tiến biểu mẫu điện tử lĩnh vực TĐC trên Hệ thống thông tin giải quyết thủ tục hành chính.',
         kq='đã xong trong Quý I.'),
    dict(task='II.4.a', st='in_progress', ind={},
         role='Phối hợp', title='Đầu tư trang thiết bị cho đơn vị sự nghiệp',
         body='Thẩm định dự toán, kế hoạch lựa chọn nhà thầu mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm.',
         kq='đang làm tiếp.'),
    dict(task='II.5.d', st='not_applicable', ind={},
         role='Phối hợp', title='Khen thưởng người tố giác vi phạm',
         body='Trong kỳ chưa có đề nghị khen thưởng.',
         kq='không phát sinh.'),
]
K_diffs = []
K_props = ['Đề nghị Chi cục gửi sớm danh mục tài liệu ISO cần cập nhật sau khi sắp xếp tổ chức.']
h3_render('VP So - ND phoi hop CT38.docx', dict(
    unit_line='VĂN PHÒNG SỞ', so_date='Số: 203/BC-VP, ngày 30 tháng 10 năm 2026',
    title='BÁO CÁO', subtitle='Tình hình thực hiện các nội dung Văn phòng Sở phối hợp theo Kế hoạch Chỉ thị 38 năm 2026',
    intro='Văn phòng Sở Khoa học và Công nghệ báo cáo như sau:',
    items=K_items, diffs=K_diffs, props=K_props,
    sign=['CHÁNH VĂN PHÒNG', '', '', 'Mai Xuân Hòa']))
key('VP So - ND phoi hop CT38.docx', VPS, '203/BC-VP', '2026-10-30',
    [E(x['task'], x['st'], x['ind'], x['body']) for x in K_items], K_diffs, K_props)


# ================================================================ HAND 4: Lộc (ward economic officer, DOCX)
# "Tình hình chung" with the ward's establishment population, then results as coverage of that
# population ("18/64 cơ sở, đạt 28,1%"), closing "Phường tự đánh giá: …" on each item.

def h4_render(fname, spec):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_table(d, [('ỦY BAN NHÂN DÂN', False), (spec['ward'].upper(), True), ('______', False), (spec['so'], False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True), ('_______________', False), (spec['date_line'], False)])
    d.tables[0].rows[0].cells[1].paragraphs[-1].runs[0].italic = True
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, spec['title'], bold=True, align='c')
    para(d, spec['intro'], align='j', indent=1)
    para(d, '1. Tình hình chung', bold=True)
    para(d, spec['situation'], align='j', indent=1)
    para(d, '2. Kết quả thực hiện', bold=True)
    for letter, it in zip('abcdefgh', spec['items']):
        p = para(d, '', align='j', indent=1)
        runs(p, [(f'{letter}) {it["title"]}: ', 'b'), (it['body'], '')])
        p = para(d, '', align='j', indent=1)
        runs(p, [('Phường tự đánh giá: ', 'i'), (it['verdict'], 'i')])
    para(d, '3. Khó khăn', bold=True)
    for x in spec['diffs']:
        para(d, '- ' + x, align='j', indent=1)
    para(d, '4. Kiến nghị', bold=True)
    for x in spec['props']:
        para(d, '- ' + x, align='j', indent=1)
    para(d, spec.get('close', 'Trên đây là báo cáo của Ủy ban nhân dân phường./.'), indent=1)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_text(l, ['Nơi nhận:', '- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT, KT.'], align='l', size=11)
    cell_text(r, spec['sign'], bold=True)
    d.save(os.path.join(OUT, fname))


WARD_TH = ('26710', 'Phường Tân Hải')
WARD_TG = ('25969', 'Phường Thuận Giao')
WARD_BT = ('27373', 'Phường Bình Tiên')

L_items = [
    dict(task='II.5.c', st='in_progress', ind={'inspections': 3, 'establishments_inspected': 18, 'violations': 2, 'fines_vnd': 7500000},
         title='Kiểm tra đo lường, chất lượng theo thẩm quyền được phân cấp',
         body='Tổ kiểm tra liên ngành phường tổ chức 03 đợt kiểm tra, đã kiểm tra 18/64 cơ sở kinh doanh xăng dầu, vàng bạc, khí dầu mỏ hóa lỏng trên địa bàn (đạt 28,1% số cơ sở); phát hiện 02 cơ sở vi phạm (cân không kiểm định, không niêm yết), Chủ tịch UBND phường ra quyết định xử phạt 7.500.000 đồng.',
         verdict='đang thực hiện, phấn đấu kiểm tra thêm tại chợ Tân Hải trong tháng 12.'),
    dict(task='II.1.a', st='completed', ind={'training_courses': 1, 'participants': 85, 'communications': 12},
         title='Phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
         body='Tổ chức 01 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm hàng hóa cho 85 hộ kinh doanh (trên tổng số 412 hộ có đăng ký, đạt 20,6%); phát 12 tin trên hệ thống loa truyền thanh và trang Zalo của phường.',
         verdict='hoàn thành.'),
    dict(task='II.3.a', st='completed', ind={'participants': 2},
         title='Cử cán bộ tham gia tập huấn',
         body='Cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.',
         verdict='hoàn thành.'),
    dict(task='II.2.đ', st='completed', ind={},
         title='Áp dụng hệ thống quản lý chất lượng ISO tại UBND phường',
         body='Phường đã ban hành lại phạm vi áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp, công bố 100% thủ tục hành chính thuộc thẩm quyền.',
         verdict='hoàn thành.'),
]
L_diffs = ['Phường mới sắp xếp, công chức phụ trách kinh tế kiêm nhiệm nhiều lĩnh vực.',
           'Phường chưa có cân đối chứng tại chợ Tân Hải.']
L_props = ['Đề nghị Sở hỗ trợ trang bị 01 cân đối chứng cho chợ Tân Hải.']
h4_render('UBND P.Tan Hai - BC TDC 2026.docx', dict(
    ward='Phường Tân Hải', so='Số: 318/BC-UBND', date_line='Tân Hải, ngày 06 tháng 11 năm 2026',
    title='Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường',
    intro='Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Tân Hải báo cáo kết quả như sau:',
    situation='Trên địa bàn phường hiện có 64 cơ sở kinh doanh xăng dầu, vàng bạc, khí dầu mỏ hóa lỏng; 412 hộ kinh doanh có đăng ký và 01 chợ truyền thống với 156 sạp.',
    items=L_items, diffs=L_diffs, props=L_props,
    sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Trần Văn Sáu']))
key('UBND P.Tan Hai - BC TDC 2026.docx', WARD_TH, '318/BC-UBND', '2026-11-06',
    [E(x['task'], x['st'], x['ind'], x['body']) for x in L_items], L_diffs, L_props)

M_items = [
    dict(task='II.5.c', st='completed', ind={'inspections': 4, 'establishments_inspected': 26, 'violations': 3, 'fines_vnd': 12000000},
         title='Công tác kiểm tra',
         body='Phường thực hiện 4 cuộc kiểm tra, kiểm tra được 26/41 cửa hàng xăng dầu và tiệm vàng trên địa bàn, đạt 63,4%; xử lý 3 cơ sở vi phạm, tổng số tiền phạt 12 triệu đồng.',
         verdict='đã hoàn thành kế hoạch kiểm tra năm 2026 của phường.'),
    dict(task='II.2.a', st='in_progress', ind={'enterprises_supported': 15},
         title='Truy xuất nguồn gốc tại chợ',
         body='Hướng dẫn 15 hộ kinh doanh thực phẩm tại chợ Thuận Giao áp dụng tem truy xuất nguồn gốc (trên 120 hộ kinh doanh thực phẩm của chợ, đạt 12,5%).',
         verdict='đang triển khai, tiếp tục vận động các hộ còn lại.'),
    dict(task='II.3.a', st='completed', ind={'participants': 3},
         title='Tập huấn nghiệp vụ',
         body='Cử 3 công chức tham gia tập huấn do Chi cục tổ chức.',
         verdict='đã thực hiện xong.'),
    dict(task='II.5.d', st='not_applicable', ind={},
         title='Tiếp nhận phản ánh, tố giác',
         body='Trong năm không có đơn phản ánh, tố giác về đo lường, chất lượng.',
         verdict='không phát sinh.'),
]
M_diffs = ['Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng.']
M_props = ['Kiến nghị Chi cục tổ chức thêm lớp tập huấn kỹ năng kiểm tra nhãn hàng hóa cho công chức phường.',
           'Đề nghị Sở hỗ trợ in tem truy xuất nguồn gốc cho hộ kinh doanh tại chợ.']
h4_render('BC 412 P Thuan Giao CT38.docx', dict(
    ward='Phường Thuận Giao', so='Số: 412/BC-UBND', date_line='Thuận Giao, ngày 10 tháng 11 năm 2026',
    title='Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
    intro='Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026, UBND phường Thuận Giao báo cáo như sau:',
    situation='Phường có 41 cửa hàng xăng dầu, tiệm vàng; chợ Thuận Giao có khoảng 120 hộ kinh doanh thực phẩm tươi sống.',
    items=M_items, diffs=M_diffs, props=M_props,
    sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', '', 'Lâm Quốc Bảo']))
key('BC 412 P Thuan Giao CT38.docx', WARD_TG, '412/BC-UBND', '2026-11-10',
    [E(x['task'], x['st'], x['ind'], x['body']) for x in M_items], M_diffs, M_props)

N_items = [
    dict(task='II.5.c', st='in_progress', ind={'inspections': 2, 'establishments_inspected': 11, 'violations': 1, 'fines_vnd': 2500000},
         title='Kiểm tra về đo lường, chất lượng',
         body='Thực hiện 02 cuộc kiểm tra tại 11/30 cơ sở kinh doanh (đạt 36,7%), phát hiện 01 cơ sở vi phạm về nhãn hàng hóa, phạt 2.500.000 đồng.',
         verdict='đang thực hiện.'),
    dict(task='II.1.a', st='in_progress', ind={'communications': 6},
         title='Tuyên truyền',
         body='Đăng 06 tin, bài trên trang thông tin điện tử phường về Ngày Tiêu chuẩn, đo lường thế giới và quyền lợi người tiêu dùng.',
         verdict='đang thực hiện thường xuyên.'),
    dict(task='II.2.đ', st='in_progress', ind={},
         title='ISO điện tử',
         body='Phường đang chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử theo hướng dẫn của Sở.',
         verdict='đang thực hiện.'),
    dict(task='II.3.a', st='not_started', ind={},
         title='Tập huấn cán bộ',
         body='Phường chưa cử được cán bộ tham dự lớp tập huấn do trùng lịch tiếp công dân.',
         verdict='chưa thực hiện.'),
]
N_diffs = ['Nhiều hộ kinh doanh nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó quản lý.']
N_props = ['Đề nghị Chi cục thông báo lịch tập huấn sớm để phường bố trí cán bộ.']
h4_render('P.BinhTien_baocao_CT38.docx', dict(
    ward='Phường Bình Tiên', so='Số:       /BC-UBND', date_line='Bình Tiên, ngày 12 tháng 11 năm 2026',
    title='Kết quả thực hiện Chỉ thị 38-CT/TW năm 2026',
    intro='Ủy ban nhân dân phường Bình Tiên báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
    situation='Trên địa bàn có 30 cơ sở kinh doanh thuộc diện quản lý về đo lường, chất lượng (xăng dầu, vàng bạc, gas, mũ bảo hiểm) và 02 chợ.',
    items=N_items, diffs=N_diffs, props=N_props,
    sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Hồ Thị Mỹ Dung']))
key('P.BinhTien_baocao_CT38.docx', WARD_BT, None, '2026-11-12',
    [E(x['task'], x['st'], x['ind'], x['body']) for x in N_items], N_diffs, N_props)


# ================================================================ HAND 5: Mai (Chi cục divisions + Phòng CĐS, XLSX)
# number and date in one header cell; "Việc | Đã làm | Con số | Phòng đánh giá | Người theo dõi";
# "Con số" = "label: number" lines; statuses in hedged words ("xong hẳn", "gần xong", "mới bắt đầu", "chưa có yêu cầu").

def h5_render(fname, spec):
    wb = Workbook()
    ws = wb.active
    ws.title = spec.get('sheet', 'Sheet1')
    for col, w in zip('ABCDEF', (5, 34, 60, 28, 20, 16)):
        ws.column_dimensions[col].width = w
    ws['A1'] = spec['unit1']
    ws['A2'] = spec['unit2']; ws['A2'].font = Font(bold=True)
    ws['A3'] = spec['sodate']; ws['A3'].font = Font(italic=True)
    ws.merge_cells('A5:F5'); ws['A5'] = spec['title']; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    r = 7
    for i, h in enumerate(['TT', 'Việc', 'Đã làm', 'Con số', 'Phòng đánh giá', 'Người theo dõi'], 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center')
        c.fill = PatternFill('solid', fgColor='FFF2CC')
    r += 1
    for n, it in enumerate(spec['items'], 1):
        vals = [n, it['viec'], it['dalam'], '\n'.join(it['conso']) if it['conso'] else '', it['dg'], it['ng']]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top')
        ws.row_dimensions[r].height = max(45, 16 * max(len(it['conso']), 1) + 10, 15 * (len(it['dalam']) // 55 + 1))
        r += 1
    r += 1
    ws.cell(r, 2, 'Vướng mắc').font = Font(bold=True, underline='single'); r += 1
    for x in spec['diffs']:
        ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 2, 'Đề xuất').font = Font(bold=True, underline='single'); r += 1
    for x in spec['props']:
        ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 5, spec['sign'][0]).font = Font(bold=True)
    ws.cell(r + 4, 5, spec['sign'][1]).font = Font(bold=True)
    wb.save(os.path.join(OUT, fname))


# --- B. Chi cục – Phòng Quản lý Đo lường
B_items = [
    dict(task='II.5.c', st='in_progress', ind={'inspections': 6, 'establishments_inspected': 48, 'violations': 4, 'fines_vnd': 21250000},
         viec='Phối hợp phường, xã kiểm tra đo lường (phân quyền)', dalam='Cùng UBND các phường kiểm tra cân tại chợ, đồng hồ xăng dầu; hướng dẫn tổ kiểm tra phường lập biên bản.',
         conso=['cuộc: 06', 'cơ sở kiểm tra: 48', 'cơ sở vi phạm: 04', 'tiền phạt: 21.250.000 đ'], dg='gần xong (còn đợt tháng 11)', ng='Ng. Thị Mai'),
    dict(task='II.5.a', st='in_progress', ind={'inspections': 3, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 30000000},
         viec='Kiểm tra đo lường xăng dầu, khí dầu mỏ hóa lỏng', dalam='Kiểm tra theo kế hoạch của Chi cục, tập trung cột đo xăng dầu ven quốc lộ.',
         conso=['cuộc: 03', 'cơ sở kiểm tra: 22', 'vi phạm: 02', 'tiền phạt: 30 triệu'], dg='còn làm, theo kế hoạch năm', ng='Trương Văn Đạt'),
    dict(task='II.4.b', st='completed', ind={'instruments_verified': 26},
         viec='Bảo trì, kiểm định thiết bị nghiệp vụ của Phòng', dalam='Gửi kiểm định, hiệu chuẩn bình chuẩn, quả cân chuẩn, thiết bị thử nhanh.',
         conso=['thiết bị được kiểm định/hiệu chuẩn: 26'], dg='xong hẳn', ng='Trương Văn Đạt'),
    dict(task='II.4.c', st='in_progress', ind={'instruments_verified': 9},
         viec='Duy trì chuẩn đo lường chính', dalam='Lập hồ sơ duy trì, gửi liên kết chuẩn khối lượng, dung tích.',
         conso=['chuẩn chính đã hiệu chuẩn: 9/11'], dg='gần xong', ng='Ng. Thị Mai'),
    dict(task='II.2.a', st='in_progress', ind={'enterprises_supported': 7, 'budget_spent_vnd': 64800000},
         viec='Đề án 996 – đo lường hỗ trợ doanh nghiệp', dalam='Khảo sát, tư vấn hệ thống đo lường tại doanh nghiệp sản xuất; hỗ trợ chi phí hiệu chuẩn.',
         conso=['DN được hỗ trợ: 7', 'kinh phí đã chi: 64.800.000'], dg='mới bắt đầu đợt 2', ng='Lê Bảo Ngọc'),
]
B_diffs = ['Một số phường chưa có công chức nắm nghiệp vụ đo lường, Phòng phải hỗ trợ trực tiếp nhiều lần.',
           'Chuẩn dung tích 2 000 L chưa có nơi hiệu chuẩn trong nước.']
B_props = ['Đề nghị Chi cục mua bổ sung 02 bộ quả cân chuẩn M1 cho công tác kiểm tra tại chợ.']
h5_render('QLDL_BC CT38 10thang.xlsx', dict(
    unit1='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', unit2='PHÒNG QUẢN LÝ ĐO LƯỜNG',
    sodate='Số 58/BC-QLĐL ngày 23/10/2026', title='BÁO CÁO VIỆC THUỘC KẾ HOẠCH CT38 – 10 THÁNG 2026',
    items=B_items, diffs=B_diffs, props=B_props, sheet='BC',
    sign=['TRƯỞNG PHÒNG', 'Châu Minh Tuấn']))
key('QLDL_BC CT38 10thang.xlsx', CCTDC, '58/BC-QLĐL', '2026-10-23',
    [E(x['task'], x['st'], x['ind'], x['dalam']) for x in B_items], B_diffs, B_props)

# --- C. Chi cục – Phòng Quản lý Tiêu chuẩn Chất lượng
C_items = [
    dict(task='II.2.e', st='in_progress', ind={'standards_reviewed': 13},
         viec='Góp ý TCVN, QCVN; QCĐP', dalam='Góp ý dự thảo TCVN, QCVN của Bộ; đang soạn dự thảo quy chuẩn kỹ thuật địa phương về nước sạch.',
         conso=['dự thảo góp ý: 11', 'QCĐP: 2', 'cộng: 13'], dg='gần xong', ng='Phan Thị Thảo'),
    dict(task='II.2.h', st='completed', ind={},
         viec='Kết nối Cổng một cửa quốc gia (KTNN hàng nhập khẩu)', dalam='Hoàn tất kết nối liên thông hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu với Cổng một cửa quốc gia.',
         conso=[], dg='xong hẳn (T3)', ng='Võ Hoàng Long'),
    dict(task='II.5.b', st='completed', ind={'samples_tested': 145},
         viec='Khảo sát chất lượng hàng hóa', dalam='Lấy mẫu xăng dầu, LPG, thép, sữa bột gửi Trung tâm thử nghiệm.',
         conso=['mẫu: 145'], dg='xong hẳn', ng='Phan Thị Thảo'),
    dict(task='II.2.c', st='completed', ind={},
         viec='Góp ý Luật TC&QCKT, Luật CLSPHH', dalam='Tổng hợp ý kiến các phòng, gửi Bộ đúng hạn.',
         conso=[], dg='xong hẳn', ng='Võ Hoàng Long'),
    dict(task='II.1.a', st='completed', ind={'training_courses': 1, 'participants': 142},
         viec='Tọa đàm DN nhập khẩu', dalam='Tổ chức tọa đàm về thủ tục kiểm tra chất lượng hàng hóa nhập khẩu.',
         conso=['buổi: 1', 'đại biểu: 142'], dg='xong hẳn', ng='Phan Thị Thảo'),
    dict(task='II.2.d', st='in_progress', ind={'enterprises_supported': 41},
         viec='Hướng dẫn công bố hợp chuẩn, hợp quy', dalam='Tiếp nhận hồ sơ công bố, hướng dẫn doanh nghiệp hoàn thiện hồ sơ.',
         conso=['DN được hướng dẫn: 41', 'hồ sơ tiếp nhận: 1.284'], dg='việc thường xuyên, còn làm', ng='Võ Hoàng Long'),
]
C_diffs = ['Hồ sơ công bố hợp quy tăng mạnh, Phòng chỉ có 03 công chức xử lý.']
C_props = ['Đề nghị sớm triển khai tiếp nhận hồ sơ công bố hoàn toàn trực tuyến.']
h5_render('TCCL - CT38 (gui HCTH).xlsx', dict(
    unit1='CHI CỤC TĐC TP.HCM', unit2='PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG',
    sodate='ngày 21/10/2026', title='TỔNG HỢP VIỆC PHÒNG ĐÃ LÀM THEO KẾ HOẠCH CHỈ THỊ 38 (đến 20/10)',
    items=C_items, diffs=C_diffs, props=C_props,
    sign=['TRƯỞNG PHÒNG', 'Nguyễn Văn Hiếu']))
key('TCCL - CT38 (gui HCTH).xlsx', CCTDC, None, '2026-10-21',
    [E(x['task'], x['st'], x['ind'], x['dalam']) for x in C_items], C_diffs, C_props)

# --- J. Phòng Chuyển đổi số
J_items = [
    dict(task='II.2.h', st='completed', ind={},
         viec='Cải tiến Hệ thống TTHC lĩnh vực TĐC', dalam='Cấu hình lại quy trình điện tử 09 thủ tục TĐC trên Hệ thống thông tin giải quyết TTHC.',
         conso=['thủ tục cấu hình lại: 9'], dg='xong hẳn', ng='Đinh Công Sơn'),
    dict(task='II.2.i', st='in_progress', ind={'budget_spent_vnd': 48500000},
         viec='Kết nối CSDL quốc gia về TĐC', dalam='Xây dựng API đồng bộ dữ liệu công bố hợp chuẩn, hợp quy với CSDL quốc gia; thuê hạ tầng máy chủ.',
         conso=['bản ghi đã đồng bộ: 2.315', 'kinh phí thuê hạ tầng: 48.500.000 đồng'], dg='mới bắt đầu chạy thử', ng='Đinh Công Sơn'),
    dict(task='II.2.đ', st='completed', ind={},
         viec='ISO điện tử tại Sở', dalam='Đưa toàn bộ quy trình ISO của Sở lên phần mềm quản lý văn bản.',
         conso=[], dg='xong hẳn', ng='Bùi Thu Trang'),
    dict(task='II.3.a', st='not_applicable', ind={},
         viec='Tập huấn TĐC cho công chức', dalam='Phòng không có công chức được triệu tập.',
         conso=[], dg='chưa có yêu cầu', ng='Bùi Thu Trang'),
]
J_diffs = ['Cơ sở dữ liệu quốc gia thay đổi chuẩn dữ liệu nhiều lần.']
J_props = ['Đề nghị Chi cục cử đầu mối nghiệp vụ làm việc thường xuyên với Phòng trong giai đoạn chạy thử.']
h5_render('CDS_phan viec CT38.xlsx', dict(
    unit1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit2='PHÒNG CHUYỂN ĐỔI SỐ',
    sodate='Số 27/BC-CĐS ngày 28/10/2026', title='PHẦN VIỆC PHÒNG CHUYỂN ĐỔI SỐ – KẾ HOẠCH CT38 NĂM 2026',
    items=J_items, diffs=J_diffs, props=J_props,
    sign=['TRƯỞNG PHÒNG', 'Tạ Quang Huy']))
key('CDS_phan viec CT38.xlsx', CDS, '27/BC-CĐS', '2026-10-28',
    [E(x['task'], x['st'], x['ind'], x['dalam']) for x in J_items], J_diffs, J_props)

with open(os.path.join(OUT, '_keys_draft.json'), 'w', encoding='utf-8') as f:
    json.dump(KEYS, f, ensure_ascii=False, indent=1)
print(len(KEYS), 'files')
