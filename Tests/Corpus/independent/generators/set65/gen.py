# -*- coding: utf-8 -*-
"""Generator for set65: four ordinary hands of phường/xã/đặc khu officers (province 79)."""
import json, os, hashlib, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
RAW = '/tmp/set65raw'
os.makedirs(RAW, exist_ok=True)
os.makedirs(os.path.join(OUT, 'truth'), exist_ok=True)
N = lambda s: unicodedata.normalize('NFC', s)

def vn_date(iso):
    y, m, d = iso.split('-')
    return d, m, y

# ---------------------------------------------------------------- DOCX helpers
def new_doc(font='Times New Roman', size=13):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = doc.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc

def para(doc, text='', bold=False, italic=False, align=None, size=None, indent=True, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'): p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def header_table(doc, upper, unit, number_line, place_date, size=13):
    t = doc.add_table(rows=2, cols=2)
    t.autofit = True
    c = t.cell(0, 0); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if upper:
        c.paragraphs[0].add_run(upper + '\n').font.size = Pt(size)
    r = c.paragraphs[0].add_run(unit); r.bold = True; r.font.size = Pt(size)
    c = t.cell(0, 1); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'); r.bold = True; r.font.size = Pt(size - 1)
    r = c.paragraphs[0].add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True; r.font.size = Pt(size)
    c = t.cell(1, 0); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.paragraphs[0].add_run(number_line).font.size = Pt(size)
    c = t.cell(1, 1); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(place_date); r.italic = True; r.font.size = Pt(size)
    doc.add_paragraph()

def signature(doc, left_lines, right_title, name):
    t = doc.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    r = p.add_run('Nơi nhận:\n'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in left_lines:
        p.add_run(ln + '\n').font.size = Pt(11)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(right_title + '\n\n\n\n'); r.bold = True
    r = p.add_run(name); r.bold = True

def sym_bullet(doc, text, char='F0D8', font='Wingdings', bold_prefix=None, italic=False):
    """A paragraph opening with a symbol inserted by Insert > Symbol (w:sym), then a tab."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.space_after = Pt(3)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = OxmlElement('w:r')
    sym = OxmlElement('w:sym'); sym.set(qn('w:font'), font); sym.set(qn('w:char'), char)
    r.append(sym); p._p.append(r)
    p.add_run('\t')
    if bold_prefix:
        rb = p.add_run(bold_prefix); rb.bold = True
    rr = p.add_run(text); rr.italic = italic
    return p

REPORTS = []
def report(**kw):
    REPORTS.append(kw); return kw

# ======================================================================
# HAND 1 — Nguyễn Thị Thu Trang, công chức Phòng Kinh tế (large wards), DOCX
# numbered "1. Short name:" run-in items; figures packed with "lần lượt là";
# each item closed by a doer tag in parentheses; status only in the verb.
# ======================================================================
def h1_doc(r):
    doc = new_doc(size=14)
    d, m, y = vn_date(r['date'])
    header_table(doc, 'ỦY BAN NHÂN DÂN', r['unit_upper'], 'Số: ' + r['number'],
                 f"{r['place']}, ngày {d} tháng {m} năm {y}")
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(doc, r['title'], bold=True, align='c', size=14)
    para(doc, r['kinhgui'], align='c')
    para(doc, r['intro'], align='j')
    para(doc, r['sec1'], bold=True, indent=True)
    for i, e in enumerate(r['items'], 1):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1); p.paragraph_format.space_after = Pt(4)
        rb = p.add_run(f"{i}. {e['title']}: "); rb.bold = True
        p.add_run(e['body'])
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in r['diffs']:
        para(doc, '- ' + x, align='j')
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for x in r['props']:
        para(doc, '- ' + x, align='j')
    para(doc, r['closing'], align='j')
    signature(doc, r['noinhan'], 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', r['signer'])
    return doc

H1 = []
H1.append(report(hand='H1', kind='docx', file='bc-ct38-phuong-cho-lon.docx',
    unit_id='27343', unit_name='Phường Chợ Lớn', unit_upper='PHƯỜNG CHỢ LỚN',
    place='Chợ Lớn', number='486/BC-UBND', date='2026-10-28',
    title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
    kinhgui='Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)',
    intro='Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:',
    sec1='I. KẾT QUẢ THỰC HIỆN',
    items=[
     dict(task='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 165, 'communications': 9},
          title='Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
          body='Ủy ban nhân dân phường đã hoàn thành nội dung tuyên truyền theo kế hoạch năm; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa cho hộ kinh doanh tại chợ Bình Tây và tuyến đường kinh doanh vàng bạc Trần Hưng Đạo; số hội nghị, số lượt người tham dự và số tin, bài đăng trên trang thông tin điện tử phường lần lượt là 02, 165 và 09 (Phòng Văn hóa – Xã hội).'),
     dict(task='II.3.a', status='completed', ind={'training_courses': 3, 'participants': 7},
          title='Tập huấn nghiệp vụ cho công chức',
          body='Phường đã cử công chức tham dự đầy đủ các lớp tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng do Chi cục tổ chức; số lớp và số lượt công chức tham dự lần lượt là 03 và 07 (Phòng Kinh tế).'),
     dict(task='II.5.c', status='in_progress', ind={'inspections': 5, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 17500000, 'instruments_verified': 6},
          title='Kiểm tra đo lường trong kinh doanh (nội dung được phân quyền)',
          body='Phường đang tiếp tục kiểm tra định kỳ tại chợ Bình Tây, chợ Kim Biên và các cửa hàng vàng bạc trên địa bàn; tính đến ngày 20/10/2026, số cuộc kiểm tra, số cơ sở được kiểm tra và số cơ sở vi phạm lần lượt là 05, 38 và 04, đã ban hành quyết định xử phạt với tổng số tiền 17.500.000 đồng; ngoài ra đã đưa 06 cân đối chứng tại các chợ đi kiểm định lại (Phòng Kinh tế phối hợp Công an phường).'),
     dict(task='II.5.a', status='completed', ind={'establishments_inspected': 12, 'samples_tested': 5},
          title='Kiểm tra chất lượng, nhãn hàng hóa',
          body='Phường đã hoàn thành đợt kiểm tra cao điểm trước Tết Trung thu đối với bánh, kẹo, đồ chơi trẻ em cùng Đội Quản lý thị trường số 6; số cơ sở được kiểm tra và số mẫu lấy gửi thử nghiệm lần lượt là 12 và 05, các mẫu đang chờ kết quả (Phòng Kinh tế).'),
     dict(task='II.2.đ', status='in_progress', ind={},
          title='Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
          body='Phường đang tiếp tục rà soát, cập nhật các quy trình nội bộ sau khi sắp xếp lại bộ máy, dự kiến công bố lại hệ thống trong tháng 12/2026 (Văn phòng HĐND và UBND).'),
     dict(task='II.1.b', status='not_started', ind={},
          title='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
          body='Phường chưa triển khai được nội dung này do chưa nhận được tài liệu hướng dẫn của năm 2026 (Phòng Kinh tế).'),
    ],
    diffs=['Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu.',
           'Phường chưa được trang bị phương tiện đo phục vụ kiểm tra (quả cân chuẩn, bình chuẩn), khi kiểm tra phải mượn của Chi cục.'],
    props=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 bộ quả cân chuẩn cho phường.',
           'Đề nghị Sở Khoa học và Công nghệ sớm ban hành tài liệu hướng dẫn quy trình kiểm tra đo lường áp dụng cho cấp phường.'],
    closing='Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân phường Chợ Lớn./.',
    noinhan=['- Như trên;', '- Thường trực Đảng ủy phường;', '- Lưu: VT, KT.'], signer='Lý Quốc Thắng'))

H1.append(report(hand='H1', kind='docx', file='BC_CT38_GoVap_2026.docx',
    unit_id='26884', unit_name='Phường Gò Vấp', unit_upper='PHƯỜNG GÒ VẤP',
    place='Gò Vấp', number='1127/BC-UBND', date='2026-10-30',
    title='Tình hình thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
    kinhgui='Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    intro='Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Gò Vấp báo cáo như sau:',
    sec1='I. KẾT QUẢ ĐẠT ĐƯỢC',
    items=[
     dict(task='II.1.a', status='in_progress', ind={'training_courses': 6, 'participants': 420, 'communications': 11},
          title='Công tác tuyên truyền',
          body='Phường đang tiếp tục tuyên truyền đến cuối năm; số hội nghị tuyên truyền lồng ghép tại khu phố và số lượt người dự lần lượt là 06 và 420; đồng thời đăng 11 tin, bài trên trang thông tin điện tử phường và nhóm Zalo các khu phố (Phòng Văn hóa – Xã hội).'),
     dict(task='II.2.d', status='completed', ind={'training_courses': 2, 'enterprises_supported': 19},
          title='Hướng dẫn công bố chất lượng, ghi nhãn hàng hóa',
          body='Phường đã hoàn thành việc hướng dẫn doanh nghiệp, hộ kinh doanh trên địa bàn thực hiện công bố hợp quy, ghi nhãn hàng hóa theo quy định; số lớp hướng dẫn tập trung và số doanh nghiệp, hộ kinh doanh được hướng dẫn lần lượt là 02 và 19 (Phòng Kinh tế).'),
     dict(task='II.5.c', status='completed', ind={'inspections': 2, 'establishments_inspected': 9, 'violations': 1, 'fines_vnd': 8000000},
          title='Kiểm tra đo lường xăng dầu',
          body='Phường đã hoàn thành 02 đợt kiểm tra theo kế hoạch; số cuộc kiểm tra, số cửa hàng xăng dầu được kiểm tra và số cửa hàng vi phạm lần lượt là 02, 09 và 01; xử phạt 8.000.000 đồng đối với cửa hàng sử dụng cột đo có dấu kiểm định hết hiệu lực (Phòng Kinh tế phối hợp Đội Quản lý thị trường số 12).'),
     dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 4},
          title='Bồi dưỡng nghiệp vụ',
          body='Phường đã cử công chức dự lớp tập huấn kiến thức quản lý đo lường, chất lượng cho cấp xã do Chi cục tổ chức tháng 5/2026; số lớp và số công chức tham dự lần lượt là 01 và 04 (Phòng Kinh tế).'),
     dict(task='II.5.d', status='not_applicable', ind={},
          title='Tiếp nhận phản ánh, tố giác vi phạm',
          body='Trong kỳ không phát sinh phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường (Bộ phận Tiếp nhận và Trả kết quả).'),
    ],
    diffs=['Hộ kinh doanh nhỏ lẻ tại các chợ tạm, chợ tự phát nhiều và thay đổi địa điểm thường xuyên nên khó theo dõi, quản lý.'],
    props=['Đề nghị Sở Khoa học và Công nghệ xây dựng phần mềm quản lý dữ liệu phương tiện đo dùng chung cho các phường, xã.',
           'Đề nghị Chi cục tổ chức thêm lớp tập huấn thực hành kiểm tra đo lường tại chợ cho công chức phường.'],
    closing='Ủy ban nhân dân phường Gò Vấp kính báo cáo./.',
    noinhan=['- Như trên;', '- Sở Khoa học và Công nghệ;', '- Lưu: VT, P.KT.'], signer='Trương Thị Mỹ Duyên'))

H1.append(report(hand='H1', kind='docx', file='Bao cao Chi thi 38 - P Thu Dau Mot.docx',
    unit_id='25747', unit_name='Phường Thủ Dầu Một', unit_upper='PHƯỜNG THỦ DẦU MỘT',
    place='Thủ Dầu Một', number='355/BC-UBND', date='2026-11-05',
    title='Kết quả triển khai Chỉ thị số 38-CT/TW năm 2026\ntrên địa bàn phường Thủ Dầu Một',
    kinhgui='Kính gửi: Sở Khoa học và Công nghệ',
    intro='Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
    sec1='I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG',
    items=[
     dict(task='II.1.a', status='completed', ind={'training_courses': 3, 'participants': 210, 'communications': 12},
          title='Tuyên truyền, phổ biến',
          body='Phường đã hoàn thành kế hoạch tuyên truyền năm 2026; số lớp phổ biến pháp luật, số lượt người tham dự và số tin, bài lần lượt là 03, 210 và 12, tập trung vào quy định về ghi nhãn hàng hóa và đo lường trong mua bán (Phòng Văn hóa – Xã hội).'),
     dict(task='II.2.a', status='in_progress', ind={'training_courses': 1, 'enterprises_supported': 6},
          title='Hỗ trợ áp dụng truy xuất nguồn gốc',
          body='Phường đang phối hợp Trung tâm Ứng dụng tiến bộ khoa học và công nghệ hướng dẫn doanh nghiệp sản xuất thực phẩm, gốm sứ áp dụng hệ thống truy xuất nguồn gốc; số hội thảo và số doanh nghiệp được hướng dẫn lần lượt là 01 và 06 (Phòng Kinh tế).'),
     dict(task='II.2.đ', status='completed', ind={'budget_spent_vnd': 12000000},
          title='Hệ thống quản lý chất lượng TCVN ISO 9001:2015',
          body='Phường đã hoàn thành việc xây dựng và công bố lại hệ thống quản lý chất lượng trong tháng 8/2026 sau khi sắp xếp đơn vị hành chính; kinh phí đã sử dụng là 12.000.000 đồng từ nguồn ngân sách phường (Văn phòng HĐND và UBND).'),
     dict(task='II.5.c', status='in_progress', ind={'inspections': 4, 'establishments_inspected': 27, 'instruments_verified': 3, 'violations': 2},
          title='Quản lý đo lường tại chợ và cơ sở kinh doanh',
          body='Phường đang tiếp tục kiểm tra theo kế hoạch; số cuộc kiểm tra, số cơ sở được kiểm tra và số cân đối chứng đã đưa đi kiểm định lần lượt là 04, 27 và 03; phát hiện 02 trường hợp vi phạm sử dụng cân sai số vượt mức cho phép, đã lập biên bản chuyển cấp có thẩm quyền xử lý (Phòng Kinh tế).'),
     dict(task='II.3.a', status='completed', ind={'training_courses': 2, 'participants': 5},
          title='Tập huấn cho công chức',
          body='Phường đã cử công chức tham dự các lớp tập huấn do Chi cục tổ chức; số lớp và số lượt công chức tham dự lần lượt là 02 và 05 (Phòng Kinh tế).'),
     dict(task='II.1.b', status='in_progress', ind={'enterprises_supported': 5},
          title='Giải thưởng Chất lượng Quốc gia',
          body='Phường đang tiếp tục giới thiệu, vận động doanh nghiệp đăng ký tham dự; số doanh nghiệp được giới thiệu, hướng dẫn hồ sơ là 05 (Phòng Kinh tế).'),
    ],
    diffs=['Việc lập biên bản và chuyển hồ sơ xử phạt về đo lường còn lúng túng do phân cấp thẩm quyền xử phạt sau sắp xếp chưa rõ.',
           'Kinh phí cho công tác kiểm tra, đưa cân đối chứng đi kiểm định chưa được bố trí riêng.'],
    props=['Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể thẩm quyền xử phạt vi phạm hành chính về đo lường của Chủ tịch UBND phường.',
           'Đề nghị bố trí kinh phí hằng năm cho việc kiểm định cân đối chứng tại các chợ.'],
    closing='Trên đây là báo cáo của Ủy ban nhân dân phường Thủ Dầu Một./.',
    noinhan=['- Như trên;', '- Chi cục TĐC;', '- Lưu: VT.'], signer='Huỳnh Văn Lộc'))

# mistaken file in hand 1: a digital-transformation report
H1.append(report(hand='H1', kind='docx', file='bao-cao-phuong-tan-binh-q3.docx', rejected=True,
    reason='Không phải báo cáo Kế hoạch CT38: báo cáo kết quả chuyển đổi số 9 tháng năm 2026 gửi nhầm.',
    unit_id='27004', unit_name='Phường Tân Bình', unit_upper='PHƯỜNG TÂN BÌNH',
    place='Tân Bình', number='902/BC-UBND', date='2026-10-15',
    title='Kết quả thực hiện nhiệm vụ chuyển đổi số 9 tháng đầu năm 2026',
    kinhgui='Kính gửi: Sở Khoa học và Công nghệ',
    intro='Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Tân Bình báo cáo kết quả 9 tháng đầu năm như sau:',
    sec1='I. KẾT QUẢ THỰC HIỆN',
    items=[
     dict(title='Dịch vụ công trực tuyến', body='Phường đã tiếp nhận hồ sơ trực tuyến toàn trình; số hồ sơ tiếp nhận và tỷ lệ hồ sơ trực tuyến lần lượt là 4.216 và 78,5% (Bộ phận Một cửa).'),
     dict(title='Hạ tầng số', body='Phường đã hoàn thành nâng cấp đường truyền và trang bị máy tính cho Bộ phận Một cửa; số máy tính trang bị mới và số camera lần lượt là 12 và 08 (Văn phòng HĐND và UBND).'),
     dict(title='Tổ công nghệ số cộng đồng', body='Phường đang tiếp tục duy trì 24 tổ công nghệ số cộng đồng tại các khu phố; số lượt hướng dẫn người dân cài đặt VNeID và số buổi ra quân lần lượt là 1.350 và 09 (Đoàn Thanh niên phường).'),
    ],
    diffs=['Một số thiết bị tại Bộ phận Một cửa đã xuống cấp, thường xuyên hỏng hóc.'],
    props=['Đề nghị Thành phố hỗ trợ kinh phí thay thế thiết bị cho Bộ phận Một cửa phường.'],
    closing='Trên đây là báo cáo kết quả chuyển đổi số 9 tháng năm 2026 của phường Tân Bình./.',
    noinhan=['- Như trên;', '- Lưu: VT.'], signer='Đỗ Thành Nhân'))

# ======================================================================
# HAND 2 — Phạm Văn Phúc, Văn phòng HĐND-UBND xã, XLSX
# one sheet; figure cells typed as in-cell sums "=2+1+2" (counts by ấp or by
# month, explained in "Ghi chú"); "Tình hình" column: Đã xong / Đang làm /
# Chưa làm / Không có việc. Re-saved through LibreOffice so values are cached.
# ======================================================================
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def h2_xlsx(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = r['sheet']
    f = Font(name='Times New Roman', size=12); fb = Font(name='Times New Roman', size=12, bold=True)
    d, m, y = vn_date(r['date'])
    ws['A1'] = 'UBND ' + r['unit_upper'].replace('XÃ ', 'XÃ ')
    ws['A1'].font = fb
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = fb
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['E2'].font = fb
    ws['A2'] = 'Số: ' + r['number']; ws['A2'].font = f
    ws['E3'] = f"{r['place']}, ngày {d} tháng {m} năm {y}"; ws['E3'].font = Font(name='Times New Roman', size=12, italic=True)
    ws['A5'] = r['title1']; ws['A5'].font = Font(name='Times New Roman', size=13, bold=True)
    ws['A6'] = r['title2']; ws['A6'].font = fb
    ws.merge_cells('A5:G5'); ws.merge_cells('A6:G6')
    ws['A5'].alignment = ws['A6'].alignment = Alignment(horizontal='center', wrap_text=True)
    hdr = ['TT', 'Nội dung công việc', 'Kết quả (diễn giải)', 'Số lượng', 'ĐVT', 'Tình hình', 'Ghi chú']
    row = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = fb; c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    row += 1
    for i, e in enumerate(r['items'], 1):
        figs = e.get('figs') or [(None, '', '')]
        start = row
        for k, (val, dvt, note) in enumerate(figs):
            if k == 0:
                ws.cell(row, 1, i); ws.cell(row, 2, e['content']); ws.cell(row, 3, e['detail'])
                ws.cell(row, 6, e['word'])
            if val is not None:
                c = ws.cell(row, 4, val)
                c.number_format = '#,##0'
            ws.cell(row, 5, dvt); ws.cell(row, 7, note)
            row += 1
        for rr in range(start, row):
            for j in range(1, 8):
                c = ws.cell(rr, j); c.border = BOX; c.font = f
                c.alignment = Alignment(vertical='top', wrap_text=True)
    row += 1
    ws.cell(row, 1, 'Khó khăn, vướng mắc:').font = fb; row += 1
    for x in r['diffs']:
        ws.cell(row, 2, '- ' + x).font = f; row += 1
    ws.cell(row, 1, 'Đề xuất, kiến nghị:').font = fb; row += 1
    for x in r['props']:
        ws.cell(row, 2, '- ' + x).font = f; row += 1
    row += 1
    ws.cell(row, 2, 'Người lập biểu').font = fb; ws.cell(row, 6, 'KT. CHỦ TỊCH').font = fb; row += 1
    ws.cell(row, 6, 'PHÓ CHỦ TỊCH').font = fb; row += 4
    ws.cell(row, 2, 'Phạm Văn Phúc').font = fb; ws.cell(row, 6, r['signer']).font = fb
    for col, w in zip('ABCDEFG', [5, 34, 46, 11, 10, 13, 24]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A9'
    wb.save(path)

def h2_text(e):
    return e['content'] + ' — ' + e['detail']

report(hand='H2', kind='xlsx', file='BC CT38 xa Binh Chanh.xlsx',
    unit_id='27637', unit_name='Xã Bình Chánh', unit_upper='XÃ BÌNH CHÁNH', place='Bình Chánh',
    number='318/BC-UBND', date='2026-10-27', sheet='BC CT38',
    title1='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
    title2='(Số liệu từ 01/01/2026 đến 20/10/2026)',
    items=[
     dict(task='II.1.a', status='completed', word='Đã xong', content='Tuyên truyền Chỉ thị 38 và pháp luật về tiêu chuẩn, đo lường, chất lượng',
          detail='Lồng ghép vào hội nghị ấp; đăng tin trên trang thông tin điện tử xã',
          figs=[('=2+1+2', 'hội nghị', 'ấp 1: 2; ấp 3: 1; ấp 5: 2'), ('=60+45+80', 'lượt người', ''), ('=3+4', 'tin, bài', 'quý I: 3; quý III: 4')],
          ind={'training_courses': 5, 'participants': 185, 'communications': 7}),
     dict(task='II.5.c', status='in_progress', word='Đang làm', content='Kiểm tra đo lường tại chợ Bình Chánh, cửa hàng xăng dầu (nội dung phân quyền)',
          detail='Phối hợp Công an xã, Đội QLTT kiểm tra cân tại chợ và cột đo xăng dầu',
          figs=[('=1+1+1', 'cuộc', 'T4, T7, T9'), ('=8+6+5', 'cơ sở', ''), ('=1+1', 'cơ sở vi phạm', ''), ('=2500000+3000000', 'đồng tiền phạt', 'nộp KBNN')],
          ind={'inspections': 3, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 5500000}),
     dict(task='II.3.a', status='completed', word='Đã xong', content='Cử công chức dự tập huấn nghiệp vụ TCĐLCL',
          detail='Dự lớp do Chi cục TĐC tổ chức tại Hội trường Sở',
          figs=[('=1+1', 'lớp', ''), ('=2+2', 'người', 'CC Kinh tế, CC VP')],
          ind={'training_courses': 2, 'participants': 4}),
     dict(task='II.2.a', status='in_progress', word='Đang làm', content='Hướng dẫn HTX, cơ sở sản xuất áp dụng truy xuất nguồn gốc',
          detail='Hướng dẫn đăng ký tài khoản trên hệ thống truy xuất nguồn gốc Thành phố',
          figs=[('=2+3', 'HTX, doanh nghiệp', '')],
          ind={'enterprises_supported': 5}),
     dict(task='II.2.đ', status='in_progress', word='Đang làm', content='Duy trì ISO 9001:2015 tại UBND xã',
          detail='Đang rà soát lại quy trình sau sáp nhập', figs=None, ind={}),
     dict(task='II.5.d', status='not_applicable', word='Không có việc', content='Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng',
          detail='Không nhận được phản ánh', figs=None, ind={}),
    ],
    diffs=['Xã chưa có công chức chuyên trách, cán bộ kiêm nhiệm nên việc kiểm tra còn hạn chế.',
           'Chợ Bình Chánh đang sửa chữa, tiểu thương buôn bán tạm ngoài lề đường khó kiểm tra.'],
    props=['Đề nghị Chi cục TĐC hỗ trợ xã 01 cân đối chứng cho chợ Bình Chánh.',
           'Đề nghị tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức xã mới.'],
    signer='Nguyễn Thành Tâm')

report(hand='H2', kind='xlsx', file='HocMon_CT38_nam2026.xlsx',
    unit_id='27559', unit_name='Xã Hóc Môn', unit_upper='XÃ HÓC MÔN', place='Hóc Môn',
    number='274/BC-UBND', date='2026-10-29', sheet='Bao cao',
    title1='KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
    title2='(Kèm theo Báo cáo của UBND xã Hóc Môn)',
    items=[
     dict(task='II.1.a', status='completed', word='Đã xong', content='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
          detail='Đăng tin trên Đài truyền thanh xã và fanpage xã',
          figs=[('=2+2+3', 'tin, bài', 'Quý I: 2; Quý II: 2; Quý III: 3')],
          ind={'communications': 7}),
     dict(task='II.5.c', status='completed', word='Đã xong', content='Kiểm tra đo lường tại chợ Hóc Môn, chợ Bà Điểm và cửa hàng xăng dầu',
          detail='2 đợt kiểm tra theo kế hoạch của xã; kiểm định cân đối chứng',
          figs=[('=1+1', 'cuộc', 'đợt 1 tháng 5, đợt 2 tháng 9'), ('=7+9', 'cơ sở', ''), ('=1+1', 'cân đối chứng đã kiểm định', '')],
          ind={'inspections': 2, 'establishments_inspected': 16, 'instruments_verified': 2}),
     dict(task='II.5.a', status='in_progress', word='Đang làm', content='Kiểm tra chất lượng phân bón, thuốc BVTV lưu thông trên địa bàn',
          detail='Phối hợp Đội QLTT lấy mẫu gửi thử nghiệm',
          figs=[('=4+3', 'cơ sở', ''), ('=2+1', 'mẫu', 'chờ kết quả 1 mẫu')],
          ind={'establishments_inspected': 7, 'samples_tested': 3}),
     dict(task='II.3.a', status='not_started', word='Chưa làm', content='Cử công chức dự tập huấn nghiệp vụ',
          detail='Chưa nhận được thư mời', figs=None, ind={}),
     dict(task='II.1.b', status='not_applicable', word='Không có việc', content='Vận động DN tham dự Giải thưởng Chất lượng Quốc gia',
          detail='Trên địa bàn không có doanh nghiệp đăng ký', figs=None, ind={}),
    ],
    diffs=['Số lượng hộ kinh doanh tại chợ đông, cân không rõ nguồn gốc nhiều.'],
    props=['Đề nghị Chi cục TĐC phối hợp với xã tổ chức đợt kiểm tra cân tại chợ trong Quý IV/2026.'],
    signer='Lê Văn Hùng')

report(hand='H2', kind='xlsx', file='xa dau tieng - bao cao chi thi 38.xlsx',
    unit_id='25777', unit_name='Xã Dầu Tiếng', unit_upper='XÃ DẦU TIẾNG', place='Dầu Tiếng',
    number='190/BC-UBND', date='2026-11-03', sheet='Sheet1',
    title1='BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    title2='(từ ngày 01/01/2026 đến ngày 31/10/2026)',
    items=[
     dict(task='II.1.a', status='in_progress', word='Đang làm', content='Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh',
          detail='Tổ chức hội nghị tại nhà văn hóa ấp; còn 01 hội nghị tháng 11',
          figs=[('=1+1', 'hội nghị', 'ấp Bến Súc, ấp Thanh Tân'), ('=70+55', 'lượt người', '')],
          ind={'training_courses': 2, 'participants': 125}),
     dict(task='II.2.d', status='completed', word='Đã xong', content='Hướng dẫn cơ sở chế biến mủ cao su, hạt điều công bố chất lượng, ghi nhãn',
          detail='Hướng dẫn tại trụ sở xã và tại cơ sở',
          figs=[('=3+2+1', 'cơ sở, doanh nghiệp', 'T3: 3; T6: 2; T8: 1')],
          ind={'enterprises_supported': 6}),
     dict(task='II.5.c', status='in_progress', word='Đang làm', content='Kiểm tra đo lường (cân, cột đo xăng dầu) theo phân quyền',
          detail='Kiểm tra tại chợ Dầu Tiếng và các cửa hàng xăng dầu dọc ĐT744',
          figs=[('=1+1+1', 'cuộc', ''), ('=5+4+6', 'cơ sở', ''), (1, 'cơ sở vi phạm', 'cân sai số'), (1500000, 'đồng tiền phạt', '')],
          ind={'inspections': 3, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 1500000}),
     dict(task='II.2.đ', status='completed', word='Đã xong', content='Xây dựng, công bố lại HTQLCL ISO 9001:2015',
          detail='Đã công bố lại theo Quyết định của Chủ tịch UBND xã',
          figs=[('=5000000+3500000', 'đồng kinh phí', 'tư vấn + in ấn')],
          ind={'budget_spent_vnd': 8500000}),
     dict(task='II.3.a', status='completed', word='Đã xong', content='Cử công chức dự tập huấn',
          detail='Tập huấn trực tuyến của Chi cục TĐC',
          figs=[(1, 'lớp', ''), (3, 'người', '')],
          ind={'training_courses': 1, 'participants': 3}),
    ],
    diffs=['Địa bàn xã rộng, các cửa hàng xăng dầu cách xa nhau, phương tiện đi kiểm tra hạn chế.'],
    props=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí kiểm tra đo lường cho các xã vùng xa.',
           'Đề nghị Chi cục cung cấp danh sách cửa hàng xăng dầu trên địa bàn xã sau sắp xếp.'],
    signer='Trần Quốc Việt')

report(hand='H2', kind='xlsx', file='BC xa Xuyen Moc 10-2026.xlsx', rejected=True,
    reason='Không phải báo cáo Kế hoạch CT38: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn gửi nhầm.',
    unit_id='26632', unit_name='Xã Xuyên Mộc', unit_upper='XÃ XUYÊN MỘC', place='Xuyên Mộc',
    number='226/BC-UBND', date='2026-10-21', sheet='PCTT',
    title1='BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026',
    title2='(Ban Chỉ huy Phòng thủ dân sự xã)',
    items=[
     dict(content='Kiện toàn Ban Chỉ huy PTDS xã', detail='Đã ban hành quyết định kiện toàn', word='Đã xong', figs=None),
     dict(content='Diễn tập PCTT-TKCN cấp xã', detail='Diễn tập ứng phó bão, áp thấp nhiệt đới tại ấp Bàu Điển',
          figs=[(1, 'cuộc', ''), ('=120+35', 'người tham gia', 'lực lượng xã + dân')], word='Đã xong'),
     dict(content='Khắc phục sạt lở bờ sông Ray', detail='Gia cố tạm bằng bao cát',
          figs=[('=150000000+85000000', 'đồng', 'ngân sách xã + vận động')], word='Đang làm'),
    ],
    diffs=['Kinh phí khắc phục sạt lở lớn, vượt khả năng ngân sách xã.'],
    props=['Đề nghị Thành phố hỗ trợ kinh phí kè bờ sông Ray đoạn qua ấp Bàu Điển.'],
    signer='Võ Thị Kim Oanh')

# ======================================================================
# HAND 3 — Võ Minh Tâm, island/outlying units, DOCX
# bullets inserted as Wingdings symbols (w:sym), bold topic headings;
# status given only against the unit's own year plan, on a closing
# "So với kế hoạch năm: …" line; money as "3.500.000đ".
# ======================================================================
def h3_doc(r):
    doc = new_doc(size=13)
    d, m, y = vn_date(r['date'])
    header_table(doc, r['upper'], r['unit_upper'], 'Số: ' + r['number'],
                 f"{r['place']}, ngày {d} tháng {m} năm {y}")
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(doc, r['title'], bold=True, align='c')
    para(doc, '____________', align='c')
    para(doc, r['intro'], align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, e in enumerate(r['items'], 1):
        para(doc, f"{i}. {e['head']}", bold=True)
        for b in e['bullets']:
            sym_bullet(doc, b)
        sym_bullet(doc, e['plan'], char='F0FC', bold_prefix='So với kế hoạch năm: ', italic=True)
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in r['diffs']:
        sym_bullet(doc, x, char='F0A7')
    para(doc, 'III. KIẾN NGHỊ', bold=True)
    for x in r['props']:
        sym_bullet(doc, x, char='F0A7')
    para(doc, r['closing'], align='j')
    signature(doc, r['noinhan'], r['signtitle'], r['signer'])
    return doc

def h3_text(e):
    return e['head'] + '. ' + ' '.join(e['bullets']) + ' So với kế hoạch năm: ' + e['plan']

report(hand='H3', kind='docx', file='ConDao_BC_CT38_2026.docx',
    unit_id='26732', unit_name='Đặc khu Côn Đảo', upper='ỦY BAN NHÂN DÂN', unit_upper='ĐẶC KHU CÔN ĐẢO',
    place='Côn Đảo', number='215/BC-UBND', date='2026-10-26',
    title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\ntrên địa bàn đặc khu Côn Đảo',
    intro='Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và Kế hoạch số 47/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân đặc khu, Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả như sau:',
    items=[
     dict(task='II.1.a', status='completed', ind={'communications': 6, 'training_courses': 1, 'participants': 48},
          head='Công tác tuyên truyền, phổ biến pháp luật',
          bullets=['Đăng 06 tin, bài trên Cổng thông tin điện tử đặc khu và Đài Truyền thanh – Truyền hình Côn Đảo về Chỉ thị số 38-CT/TW và quy định ghi nhãn hàng hóa.',
                   'Tổ chức 01 hội nghị phổ biến pháp luật về đo lường, chất lượng cho 48 đại biểu là chủ cơ sở kinh doanh dịch vụ du lịch, nhà hàng.'],
          plan='đạt kế hoạch.'),
     dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 11, 'violations': 1, 'fines_vnd': 3500000, 'instruments_verified': 2},
          head='Kiểm tra đo lường xăng dầu, hàng đóng gói sẵn và cân tại chợ',
          bullets=['Phối hợp Đoàn kiểm tra liên ngành tổ chức 02 cuộc kiểm tra tại 11 cơ sở (04 cửa hàng xăng dầu, 07 cơ sở kinh doanh hàng đóng gói sẵn).',
                   'Phát hiện 01 cơ sở vi phạm về lượng hàng đóng gói sẵn, xử phạt 3.500.000đ.',
                   'Đưa 02 cân đối chứng tại chợ Côn Đảo vào đất liền kiểm định.'],
          plan='tiếp tục thực hiện đến cuối năm, dự kiến thêm 01 đợt kiểm tra trong tháng 12/2026.'),
     dict(task='II.3.a', status='not_started', ind={},
          head='Cử cán bộ tham gia tập huấn nghiệp vụ',
          bullets=['Do lịch tàu, máy bay không thuận lợi nên đặc khu chưa cử được cán bộ tham dự lớp tập huấn của Chi cục.'],
          plan='chưa thực hiện, dự kiến Quý IV/2026 tham gia lớp trực tuyến.'),
     dict(task='II.2.đ', status='completed', ind={},
          head='Áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
          bullets=['Đã xây dựng và công bố hệ thống quản lý chất lượng cho các thủ tục hành chính thuộc thẩm quyền của đặc khu.'],
          plan='đạt kế hoạch.'),
     dict(task='II.5.d', status='not_applicable', ind={},
          head='Tiếp nhận, xử lý phản ánh về đo lường, chất lượng',
          bullets=['Trong kỳ không có phản ánh, tố giác của người dân, du khách.'],
          plan='không phát sinh.'),
    ],
    diffs=['Chi phí vận chuyển phương tiện đo vào đất liền kiểm định cao, thời gian chờ tàu kéo dài.',
           'Đặc khu chưa có công chức được đào tạo chuyên ngành tiêu chuẩn, đo lường, chất lượng.'],
    props=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng bố trí kiểm định viên ra Côn Đảo kiểm định tại chỗ mỗi năm một lần.',
           'Đề nghị tổ chức lớp tập huấn trực tuyến cho công chức các đặc khu, xã đảo.'],
    closing='Ủy ban nhân dân đặc khu Côn Đảo báo cáo Sở Khoa học và Công nghệ theo dõi, tổng hợp./.',
    noinhan=['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT, KT-HT.'],
    signtitle='TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Lê Văn Phong')

report(hand='H3', kind='docx', file='bao cao CT38 xa Thanh An.docx',
    unit_id='27676', unit_name='Xã Thạnh An', upper='ỦY BAN NHÂN DÂN', unit_upper='XÃ THẠNH AN',
    place='Thạnh An', number='88/BC-UBND', date='2026-10-22',
    title='Tình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
    intro='Ủy ban nhân dân xã Thạnh An báo cáo tình hình thực hiện các nội dung thuộc trách nhiệm của xã theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
    items=[
     dict(task='II.1.a', status='in_progress', ind={'communications': 4},
          head='Tuyên truyền',
          bullets=['Phát 04 tin trên hệ thống loa truyền thanh xã về cân đúng, cân đủ và ghi nhãn hàng hóa.'],
          plan='đang thực hiện, còn tiếp tục trong Quý IV.'),
     dict(task='II.5.c', status='in_progress', ind={'inspections': 1, 'establishments_inspected': 6, 'instruments_verified': 3},
          head='Quản lý đo lường tại chợ Thạnh An',
          bullets=['Tổ chức 01 cuộc kiểm tra cân tại 06 sạp bán hải sản chợ Thạnh An, nhắc nhở tiểu thương sử dụng cân đã kiểm định.',
                   'Phối hợp Trung tâm kiểm định 03 cân đối chứng của chợ.'],
          plan='tiếp tục thực hiện đến cuối năm.'),
     dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 2},
          head='Tập huấn nghiệp vụ',
          bullets=['Cử 02 công chức tham dự 01 lớp tập huấn trực tuyến do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.'],
          plan='đạt kế hoạch.'),
     dict(task='II.2.đ', status='in_progress', ind={},
          head='Hệ thống quản lý chất lượng TCVN ISO 9001:2015',
          bullets=['Đang rà soát, cập nhật bộ quy trình theo danh mục thủ tục hành chính mới.'],
          plan='tiếp tục thực hiện, dự kiến hoàn thành tháng 12/2026.'),
    ],
    diffs=['Xã đảo xa trung tâm, việc đưa cân đi kiểm định phụ thuộc lịch tàu.'],
    props=['Đề nghị Chi cục hỗ trợ cấp 01 cân đối chứng mới cho chợ Thạnh An.',
           'Đề nghị gửi tài liệu tuyên truyền in sẵn cho xã.'],
    closing='Trên đây là báo cáo của Ủy ban nhân dân xã Thạnh An./.',
    noinhan=['- Chi cục TĐC;', '- Lưu: VT.'],
    signtitle='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Nguyễn Văn Sáu')

report(hand='H3', kind='docx', file='LongSon-CT38.docx',
    unit_id='26545', unit_name='Xã Long Sơn', upper='ỦY BAN NHÂN DÂN', unit_upper='XÃ LONG SƠN',
    place='Long Sơn', number='141/BC-UBND', date='2026-10-30',
    title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    intro='Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Long Sơn báo cáo kết quả thực hiện như sau:',
    items=[
     dict(task='II.1.a', status='completed', ind={'training_courses': 1, 'participants': 62, 'communications': 5},
          head='Tuyên truyền, phổ biến pháp luật',
          bullets=['Tổ chức 01 hội nghị tuyên truyền tại Nhà văn hóa xã với 62 lượt người tham dự (hộ kinh doanh, hộ nuôi hàu).',
                   'Đăng 05 tin, bài trên trang thông tin điện tử xã.'],
          plan='đạt kế hoạch.'),
     dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 4},
          head='Hỗ trợ truy xuất nguồn gốc sản phẩm hàu Long Sơn',
          bullets=['Hướng dẫn 04 hợp tác xã, cơ sở nuôi hàu đăng ký mã truy xuất nguồn gốc và dán tem sản phẩm.'],
          plan='tiếp tục thực hiện đến cuối năm.'),
     dict(task='II.5.a', status='completed', ind={'establishments_inspected': 9, 'samples_tested': 4},
          head='Kiểm tra chất lượng hàng hóa lưu thông',
          bullets=['Phối hợp Đội Quản lý thị trường kiểm tra 09 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em; lấy 04 mẫu gửi thử nghiệm, kết quả các mẫu đạt yêu cầu.'],
          plan='đạt kế hoạch.'),
     dict(task='II.5.c', status='not_started', ind={},
          head='Kiểm tra đo lường tại chợ, cửa hàng xăng dầu',
          bullets=['Xã đã xây dựng kế hoạch nhưng chưa tổ chức kiểm tra.'],
          plan='chưa thực hiện, dự kiến Quý IV/2026 phối hợp Chi cục kiểm tra.'),
     dict(task='II.3.a', status='completed', ind={'training_courses': 2, 'participants': 3},
          head='Tập huấn cho công chức',
          bullets=['Cử 03 lượt công chức tham dự 02 lớp tập huấn của Chi cục Tiêu chuẩn Đo lường Chất lượng.'],
          plan='đạt kế hoạch.'),
    ],
    diffs=['Nhiều hộ nuôi hàu quy mô nhỏ chưa quen sử dụng điện thoại thông minh để cập nhật thông tin truy xuất nguồn gốc.'],
    props=['Đề nghị Sở hỗ trợ miễn phí tem truy xuất nguồn gốc cho sản phẩm hàu Long Sơn năm đầu.'],
    closing='Ủy ban nhân dân xã Long Sơn kính báo cáo./.',
    noinhan=['- Sở KH&CN;', '- Lưu: VT.'],
    signtitle='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Phạm Thị Hồng Nhung')

report(hand='H3', kind='docx', file='CanGio_bao cao 38.docx', resave=True,
    unit_id='27664', unit_name='Xã Cần Giờ', upper='ỦY BAN NHÂN DÂN', unit_upper='XÃ CẦN GIỜ',
    place='Cần Giờ', number='203/BC-UBND', date='2026-11-04',
    title='Kết quả triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026',
    intro='Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Cần Giờ báo cáo như sau:',
    items=[
     dict(task='II.1.a', status='completed', ind={'communications': 8, 'training_courses': 2, 'participants': 140},
          head='Tuyên truyền',
          bullets=['Đăng 08 tin, bài trên trang thông tin điện tử và loa truyền thanh xã.',
                   'Tổ chức 02 hội nghị phổ biến quy định về đo lường trong kinh doanh hải sản, có 140 lượt người dự.'],
          plan='đạt kế hoạch.'),
     dict(task='II.1.b', status='not_applicable', ind={},
          head='Giải thưởng Chất lượng Quốc gia',
          bullets=['Trên địa bàn xã không có doanh nghiệp đủ điều kiện đăng ký tham dự.'],
          plan='không phát sinh trong kỳ.'),
     dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 4000000, 'instruments_verified': 5},
          head='Kiểm tra đo lường tại chợ Hàng Dương, chợ hải sản và cửa hàng xăng dầu',
          bullets=['Tổ chức 03 cuộc kiểm tra tại 21 cơ sở; phát hiện 02 cơ sở vi phạm, xử phạt tổng cộng 4.000.000đ.',
                   'Kiểm định 05 cân đối chứng đặt tại các chợ.'],
          plan='đang thực hiện, tiếp tục kiểm tra dịp cuối năm.'),
     dict(task='II.5.d', status='completed', ind={},
          head='Xử lý phản ánh về cân thiếu',
          bullets=['Tiếp nhận 01 phản ánh của du khách về cân thiếu tại chợ Hàng Dương; đã xác minh và xử lý xong.'],
          plan='đã hoàn thành.'),
     dict(task='II.2.đ', status='in_progress', ind={},
          head='Duy trì ISO 9001:2015',
          bullets=['Đang cập nhật quy trình theo thủ tục hành chính mới công bố.'],
          plan='tiếp tục thực hiện.'),
    ],
    diffs=['Lượng khách du lịch tăng vào cuối tuần, nhiều sạp tạm bán hải sản nên khó kiểm soát cân.'],
    props=['Đề nghị Chi cục phối hợp tổ chức kiểm tra đột xuất vào dịp lễ, Tết tại các chợ hải sản Cần Giờ.',
           'Đề nghị hỗ trợ xã đặt thêm 02 cân đối chứng tại khu chợ hải sản.'],
    closing='Trên đây là báo cáo của Ủy ban nhân dân xã Cần Giờ./.',
    noinhan=['- Chi cục TĐC;', '- Lưu: VT, KT.'],
    signtitle='TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', signer='Trần Minh Nghĩa')

# ======================================================================
# HAND 4 — Đặng Quốc Huy, young officer of small wards, DOCX and XLSX
# each task a bold "1)" title; figures as number-first tally lines
# ("09 <tab>– tin, bài …"); a short "Tình hình: xong / đang làm / chưa làm /
# không có" line; in Excel the number sits alone in column A (format 00),
# the noun in column B and the status in column C of the title row.
# ======================================================================
def h4_doc(r):
    doc = new_doc(font='Times New Roman', size=13)
    d, m, y = vn_date(r['date'])
    header_table(doc, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'UBND ' + r['unit_upper'], 'Số: ' + r['number_written'],
                 f"{r['place']}, ngày {d} tháng {m} năm {y}")
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(doc, r['title'], bold=True, align='c')
    para(doc, r['intro'], align='j')
    for i, e in enumerate(r['items'], 1):
        p = para(doc, f"{i}) {e['title']}", bold=True, indent=False)
        p.paragraph_format.space_before = Pt(6)
        for num, noun in e['tally']:
            q = doc.add_paragraph(); q.paragraph_format.left_indent = Cm(1); q.paragraph_format.space_after = Pt(0)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
            rn = q.add_run(num); rn.bold = True
            q.add_run('\t– ' + noun)
        if e.get('note'):
            q = doc.add_paragraph(e['note']); q.paragraph_format.left_indent = Cm(1); q.paragraph_format.space_after = Pt(0)
        q = doc.add_paragraph(); q.paragraph_format.left_indent = Cm(1)
        q.add_run('Tình hình: ').italic = True
        q.add_run(e['word'] + '.')
    para(doc, 'Khó khăn:', bold=True, indent=False)
    for x in r['diffs']:
        para(doc, '- ' + x, indent=False)
    para(doc, 'Kiến nghị:', bold=True, indent=False)
    for x in r['props']:
        para(doc, '- ' + x, indent=False)
    signature(doc, r['noinhan'], 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', r['signer'])
    return doc

def h4_xlsx(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'CT38'
    f = Font(name='Arial', size=10); fb = Font(name='Arial', size=10, bold=True)
    d, m, y = vn_date(r['date'])
    ws['A1'] = 'UBND ' + r['unit_upper']; ws['A1'].font = fb
    ws['A2'] = 'Số: ' + r['number_written']; ws['A2'].font = f
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = fb
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = fb
    ws['D3'] = f"{r['place']}, ngày {d} tháng {m} năm {y}"; ws['D3'].font = Font(name='Arial', size=10, italic=True)
    ws['A5'] = r['title']; ws['A5'].font = Font(name='Arial', size=12, bold=True)
    ws['A6'] = r['intro']; ws['A6'].font = f
    row = 8
    for i, e in enumerate(r['items'], 1):
        ws.cell(row, 1, f'{i})').font = fb
        ws.cell(row, 2, e['title']).font = fb
        ws.cell(row, 3, e['word']).font = Font(name='Arial', size=10, italic=True)
        row += 1
        for val, noun in e['tally']:
            c = ws.cell(row, 1, val); c.font = fb
            c.number_format = '00' if val < 1000 else '#,##0'
            c.alignment = Alignment(horizontal='right')
            ws.cell(row, 2, noun).font = f
            row += 1
        if e.get('note'):
            ws.cell(row, 2, e['note']).font = Font(name='Arial', size=10, italic=True); row += 1
        row += 1
    ws.cell(row, 1, 'Khó khăn').font = fb; row += 1
    for x in r['diffs']:
        ws.cell(row, 2, x).font = f; row += 1
    ws.cell(row, 1, 'Kiến nghị').font = fb; row += 1
    for x in r['props']:
        ws.cell(row, 2, x).font = f; row += 1
    row += 1
    ws.cell(row, 4, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH').font = fb; row += 4
    ws.cell(row, 4, r['signer']).font = fb
    ws.column_dimensions['A'].width = 12; ws.column_dimensions['B'].width = 62
    ws.column_dimensions['C'].width = 14; ws.column_dimensions['D'].width = 30
    wb.save(path)

def h4_text(e):
    parts = [e['title'] + ':']
    for num, noun in e['tally']:
        parts.append(f'{num} – {noun};')
    if e.get('note'): parts.append(e['note'])
    parts.append('Tình hình: ' + e['word'] + '.')
    return ' '.join(parts)

report(hand='H4', kind='docx', file='P.TamThang_BC_CT38.docx',
    unit_id='26526', unit_name='Phường Tam Thắng', unit_upper='PHƯỜNG TAM THẮNG', place='Tam Thắng',
    number='97/BC-UBND', number_written='97/BC-UBND', date='2026-10-24',
    title='Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
    intro='Ủy ban nhân dân phường Tam Thắng báo cáo kết quả thực hiện từ 01/01/2026 đến 20/10/2026 như sau:',
    items=[
     dict(task='II.1.a', status='completed', word='xong', title='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
          tally=[('09', 'tin, bài trên trang thông tin điện tử phường'), ('02', 'hội nghị phổ biến cho hộ kinh doanh chợ Vũng Tàu'), ('130', 'lượt người tham dự')],
          ind={'communications': 9, 'training_courses': 2, 'participants': 130}),
     dict(task='II.5.c', status='in_progress', word='đang làm, còn 01 đợt tháng 12', title='Kiểm tra đo lường tại chợ, cửa hàng xăng dầu, cơ sở kinh doanh hải sản',
          tally=[('04', 'cuộc kiểm tra'), ('22', 'cơ sở được kiểm tra'), ('03', 'cơ sở vi phạm'), ('6 triệu đồng', 'tiền phạt'), ('04', 'cân đối chứng đã kiểm định')],
          ind={'inspections': 4, 'establishments_inspected': 22, 'violations': 3, 'fines_vnd': 6000000, 'instruments_verified': 4}),
     dict(task='II.3.a', status='completed', word='xong', title='Cử công chức dự tập huấn',
          tally=[('01', 'lớp do Chi cục TĐC tổ chức'), ('03', 'công chức tham dự')],
          ind={'training_courses': 1, 'participants': 3}),
     dict(task='II.2.đ', status='in_progress', word='đang làm', title='Duy trì, cải tiến ISO 9001:2015 tại UBND phường',
          tally=[], note='Đang cập nhật quy trình sau sắp xếp.', ind={}),
    ],
    diffs=['Hộ kinh doanh hải sản ven biển đông, dùng cân đồng hồ không rõ nguồn gốc.'],
    props=['Đề nghị Chi cục TĐC hỗ trợ đổi cân cho tiểu thương tại chợ Vũng Tàu.'],
    noinhan=['- Chi cục TĐC;', '- Lưu: VT.'], signer='Bùi Thanh Hải')

report(hand='H4', kind='xlsx', file='XomChieu_CT38_T10.xlsx',
    unit_id='27259', unit_name='Phường Xóm Chiếu', unit_upper='PHƯỜNG XÓM CHIẾU', place='Xóm Chiếu',
    number='215/BC-UBND', number_written='215/BC-UBND', date='2026-10-29',
    title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    intro='Số liệu tính đến ngày 25/10/2026.',
    items=[
     dict(task='II.1.a', status='completed', word='xong', title='Tuyên truyền',
          tally=[(6, 'tin, bài trên trang thông tin phường'), (1, 'hội nghị tại khu phố'), (85, 'người tham dự')],
          ind={'communications': 6, 'training_courses': 1, 'participants': 85}),
     dict(task='II.2.d', status='in_progress', word='đang làm', title='Hướng dẫn doanh nghiệp ghi nhãn, công bố chất lượng',
          tally=[(11, 'doanh nghiệp được hướng dẫn')],
          ind={'enterprises_supported': 11}),
     dict(task='II.5.c', status='completed', word='xong', title='Kiểm tra đo lường tại chợ Xóm Chiếu và cửa hàng xăng dầu',
          tally=[(2, 'cuộc'), (14, 'cơ sở'), (1, 'cơ sở vi phạm'), (2500000, 'đồng tiền phạt')],
          ind={'inspections': 2, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 2500000}),
     dict(task='II.5.a', status='in_progress', word='đang làm', title='Kiểm tra chất lượng hàng hóa (đồ chơi, mũ bảo hiểm)',
          tally=[(8, 'cơ sở được kiểm tra'), (3, 'mẫu lấy thử nghiệm')],
          ind={'establishments_inspected': 8, 'samples_tested': 3}),
     dict(task='II.3.a', status='not_started', word='chưa làm', title='Cử công chức dự tập huấn',
          tally=[], note='Chưa có lớp phù hợp.', ind={}),
    ],
    diffs=['Phường chỉ có 01 công chức kinh tế phụ trách nhiều lĩnh vực.'],
    props=['Đề nghị Chi cục gửi lịch tập huấn năm 2027 sớm để phường bố trí người dự.'],
    noinhan=[], signer='Lâm Thị Ngọc Hà')

report(hand='H4', kind='docx', file='laithieu ct38 2026.docx',
    unit_id='25966', unit_name='Phường Lái Thiêu', unit_upper='PHƯỜNG LÁI THIÊU', place='Lái Thiêu',
    number=None, number_written='        /BC-UBND', date='2026-11-02',
    title='Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
    intro='Ủy ban nhân dân phường Lái Thiêu báo cáo kết quả thực hiện như sau:',
    items=[
     dict(task='II.1.a', status='in_progress', word='đang làm', title='Tuyên truyền',
          tally=[('05', 'tin, bài'), ('03', 'hội nghị lồng ghép tại khu phố'), ('240', 'lượt người dự')],
          ind={'communications': 5, 'training_courses': 3, 'participants': 240}),
     dict(task='II.2.a', status='completed', word='xong', title='Hướng dẫn áp dụng truy xuất nguồn gốc (măng cụt, sầu riêng Lái Thiêu)',
          tally=[('07', 'doanh nghiệp, hợp tác xã được hướng dẫn')],
          ind={'enterprises_supported': 7}),
     dict(task='II.5.c', status='in_progress', word='đang làm', title='Kiểm tra đo lường trong kinh doanh',
          tally=[('03', 'cuộc'), ('17', 'cơ sở'), ('02', 'vi phạm'), ('9.000.000', 'đồng tiền phạt')],
          ind={'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 9000000}),
     dict(task='II.5.d', status='not_applicable', word='không có', title='Phản ánh, tố giác vi phạm',
          tally=[], ind={}),
     dict(task='II.3.a', status='completed', word='xong', title='Tập huấn cho công chức',
          tally=[('01', 'lớp'), ('02', 'công chức dự')],
          ind={'training_courses': 1, 'participants': 2}),
    ],
    diffs=['Cơ sở kinh doanh trái cây theo mùa, hoạt động ngắn ngày nên khó kiểm tra.'],
    props=['Đề nghị Sở hỗ trợ kinh phí in tem truy xuất nguồn gốc cho trái cây Lái Thiêu.'],
    noinhan=['- Sở KH&CN;', '- Lưu: VT.'], signer='Ngô Văn Thịnh')

report(hand='H4', kind='xlsx', file='TSN-BC38.xlsx',
    unit_id='26968', unit_name='Phường Tân Sơn Nhất', unit_upper='PHƯỜNG TÂN SƠN NHẤT', place='Tân Sơn Nhất',
    number='633/BC-UBND', number_written='633/BC-UBND', date='2026-10-31',
    title='BÁO CÁO THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026',
    intro='(từ 01/01/2026 đến 25/10/2026)',
    items=[
     dict(task='II.1.a', status='completed', word='xong', title='Tuyên truyền',
          tally=[(10, 'tin, bài trên trang thông tin điện tử và Zalo phường')],
          ind={'communications': 10}),
     dict(task='II.5.c', status='in_progress', word='đang làm', title='Kiểm tra đo lường (cân tại chợ Phạm Văn Hai, cột đo xăng dầu)',
          tally=[(3, 'cuộc'), (12, 'cơ sở'), (5, 'cân đối chứng đã kiểm định')],
          ind={'inspections': 3, 'establishments_inspected': 12, 'instruments_verified': 5}),
     dict(task='II.5.a', status='completed', word='xong', title='Kiểm tra chất lượng, nhãn hàng hóa',
          tally=[(2, 'cuộc'), (10, 'cơ sở'), (2, 'cơ sở vi phạm'), (7000000, 'đồng tiền phạt')],
          ind={'inspections': 2, 'establishments_inspected': 10, 'violations': 2, 'fines_vnd': 7000000}),
     dict(task='II.2.đ', status='completed', word='xong', title='ISO 9001:2015',
          tally=[], note='Đã công bố lại tháng 9/2026.', ind={}),
     dict(task='II.1.b', status='not_applicable', word='không có', title='Giải thưởng Chất lượng Quốc gia',
          tally=[], ind={}),
    ],
    diffs=['Chợ Phạm Văn Hai có nhiều tiểu thương, cân điện tử nhiều loại, chưa thống kê đầy đủ.'],
    props=['Đề nghị Chi cục hỗ trợ phường thống kê phương tiện đo tại chợ.'],
    noinhan=[], signer='Phan Hoàng Long')

# ---------------------------------------------------------------- build
def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()

def entry_text(r, e):
    if r['hand'] == 'H1': return e['title'] + ': ' + e['body']
    if r['hand'] == 'H2': return h2_text(e)
    if r['hand'] == 'H3': return h3_text(e)
    return h4_text(e)

def lo_convert(src, fmt, outdir):
    tmpd = os.path.join(RAW, 'lo'); os.makedirs(tmpd, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--norestore', '-env:UserInstallation=file:///tmp/set65lo',
                    '--convert-to', fmt, '--outdir', tmpd, src], check=True, capture_output=True)
    out = os.path.join(tmpd, os.path.basename(src))
    return out

def build():
    for r in REPORTS:
        raw = os.path.join(RAW, r['file']); final = os.path.join(OUT, r['file'])
        if r['hand'] == 'H1': h1_doc(r).save(raw)
        elif r['hand'] == 'H3': h3_doc(r).save(raw)
        elif r['hand'] == 'H4' and r['kind'] == 'docx': h4_doc(r).save(raw)
        elif r['hand'] == 'H4': h4_xlsx(r, raw)
        elif r['hand'] == 'H2': h2_xlsx(r, raw)
        if r['hand'] == 'H2':          # recalculated and cached by LibreOffice
            out = lo_convert(raw, 'xlsx:Calc MS Excel 2007 XML', OUT); shutil.copy(out, final)
        elif r.get('resave'):
            out = lo_convert(raw, 'docx:MS Word 2007 XML', OUT); shutil.copy(out, final)
        else:
            shutil.copy(raw, final)
        rej = r.get('rejected', False)
        t = {
            'file': r['file'], 'sha256': sha(final),
            'status': 'rejected' if rej else 'extracted',
            'reason': r.get('reason') if rej else None,
            'unit': {'id': r['unit_id'], 'name': r['unit_name']},
            'document': {'number': r.get('number'), 'date': r['date']},
            'entries': [] if rej else [
                {'task': e['task'], 'status': e['status'], 'indicators': e['ind'], 'text': N(entry_text(r, e))}
                for e in r['items']],
            'findings': [],
            'difficulties': [] if rej else [N(x) for x in r['diffs']],
            'proposals': [] if rej else [N(x) for x in r['props']],
        }
        with open(os.path.join(OUT, 'truth', r['file'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)
        print(r['hand'], r['kind'], r['file'], 'rejected' if rej else len(r['items']))

if __name__ == '__main__':
    build()
