# -*- coding: utf-8 -*-
"""Generator for set256: 16 reports in 5 hands + answer keys (sha256 filled in by finalize.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # scripts live in setN/.build
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
def new_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=None, underline=False, container=None):
    p = (container or d).add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def runs(p, parts):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi', 'u'"""
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s
        r.italic = 'i' in s
        r.underline = 'u' in s
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    cell.paragraphs[0].text = ''
    first = True
    for ln in lines if isinstance(lines, list) else [lines]:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_table(d, left, right, size=13):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(10)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    first = True
    for txt, b, i in left:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(size - 1 if not b else size)
    first = True
    for txt, b, i in right:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(size)
    return t


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    first = True
    for txt, b, i in left_lines:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(11 if not b else 12)
    first = True
    for txt, b, i in right_lines:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = b; r.italic = i


def table(d, rows, widths=None, bold_header=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val if isinstance(val, list) else [val], bold=(i == 0 and bold_header), size=size)
            if widths:
                t.cell(i, j).width = Cm(widths[j])
    return t


QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'

# =========================================================================================
# HAND 1 — chị Mai, công chức Văn hóa - Xã hội kiêm theo dõi TĐC ở phường (DOCX).
# Items "1." with a bold own-words title; status given in the FIRST sentence after "Tình hình:"
# no — status word placed as the closing clause after a semicolon using her own words
# "đã hoàn tất / đang xúc tiến / chưa tiến hành / không có phát sinh"; every item ends with
# "(Bộ phận tham mưu: …)"; counts of establishments as "lượt cơ sở".
# =========================================================================================

def hand1(fname, ward, ward_short, area, num, date_iso, date_words, items, diffs, props, intro_extra=''):
    d = new_doc(size=13)
    header_table(d, [('ỦY BAN NHÂN DÂN', False, False), ('PHƯỜNG ' + ward_short.upper(), True, False),
                     ('_______', False, False), ('Số: ' + num, False, False)],
                 [(QH, True, False), (DL, True, False), ('_______________', False, False),
                  (ward_short + ', ' + date_words, False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn ' + ward, bold=True, align='c')
    para(d, '____________', align='c')
    para(d, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện; Ủy ban nhân dân ' + ward + ' báo cáo kết quả như sau:' + intro_extra, align='j', indent=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, it in enumerate(items, 1):
        p = para(d, align='j', indent=1)
        runs(p, [(f'{i}. {it["title"]}', 'b')])
        for body in it['body']:
            para(d, body, align='j', indent=1)
        para(d, f'(Bộ phận tham mưu: {it["bp"]})', italic=True, align='r')
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in diffs:
        para(d, '- ' + x, align='j', indent=1)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for x in props:
        para(d, '- ' + x, align='j', indent=1)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + ward + ' về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026./.', align='j', indent=1)
    sign_block(d, [('Nơi nhận:', True, True), ('- Chi cục TĐC (Sở KH&CN);', False, False),
                   ('- TT Đảng ủy, TT HĐND phường;', False, False), ('- Lưu: VT, VHXH.', False, False)],
               [('TM. ỦY BAN NHÂN DÂN', True, False), ('KT. CHỦ TỊCH', True, False), ('PHÓ CHỦ TỊCH', True, False),
                ('', False, False), ('', False, False), ('(đã ký)', False, True), ('', False, False), (it_signer(ward_short), True, False)])
    d.save(os.path.join(OUT, fname))


def it_signer(w):
    return {'Linh Xuân': 'Trần Thị Bích Ngân', 'Hạnh Thông': 'Lê Quang Vinh', 'Thạnh Mỹ Tây': 'Nguyễn Hoàng Phúc',
            'Tân Sơn Hòa': 'Phạm Minh Đức'}.get(w, 'Nguyễn Văn Tâm')


def make_h1():
    # ---- Linh Xuân
    items = [
        dict(title='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
             body=['Phường phối hợp Ban điều hành các khu phố tuyên truyền trên hệ thống loa truyền thanh, nhóm Zalo khu phố; đăng 06 tin, bài trên Trang thông tin điện tử phường về ghi nhãn hàng hóa, sử dụng cân đúng, xăng dầu đảm bảo chất lượng; nội dung này phường đang xúc tiến, lồng ghép vào các buổi sinh hoạt khu phố đến cuối năm.'],
             bp='Phòng Văn hóa - Xã hội'),
        dict(title='Phối hợp kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu',
             body=['Tổ kiểm tra liên ngành của phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 cuộc kiểm tra tại chợ Linh Xuân, chợ Xuân Hiệp và các cửa hàng xăng dầu trên tuyến Quốc lộ 1K; kiểm tra 37 lượt cơ sở, phát hiện 03 cơ sở vi phạm (sử dụng cân không kiểm định, hàng đóng gói không ghi đủ nhãn), lập biên bản và chuyển xử phạt với tổng số tiền 7.500.000 đồng; các đợt kiểm tra theo kế hoạch năm đã hoàn tất.'],
             bp='Phòng Kinh tế, Công an phường'),
        dict(title='Cử công chức tham gia tập huấn nghiệp vụ',
             body=['Phường cử 02 công chức (Phòng Kinh tế) tham dự 01 lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức vào tháng 6/2026; việc này đã hoàn tất.'],
             bp='Phòng Kinh tế'),
        dict(title='Áp dụng, duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015',
             body=['Sau sắp xếp, phường đang rà soát, xây dựng lại bộ quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 cho phù hợp với tổ chức bộ máy mới; việc công bố lại hệ thống đang xúc tiến, dự kiến xong trong tháng 12/2026.'],
             bp='Văn phòng HĐND và UBND phường'),
        dict(title='Hướng dẫn hộ kinh doanh về nhãn hàng hóa, công bố chất lượng',
             body=['Cán bộ phụ trách hướng dẫn trực tiếp 15 hộ kinh doanh, cơ sở sản xuất nhỏ (chủ yếu thực phẩm đóng gói, đồ gia dụng) về ghi nhãn hàng hóa và tự công bố sản phẩm; việc hướng dẫn đang xúc tiến theo nhu cầu của hộ kinh doanh.'],
             bp='Phòng Kinh tế'),
        dict(title='Tiếp nhận phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
             body=['Trong kỳ, phường không có phát sinh đơn thư, phản ánh, tố giác liên quan đến lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
             bp='Phòng Kinh tế'),
    ]
    diffs = ['Công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.',
             'Phường chưa có cân đối chứng tại chợ Xuân Hiệp nên người dân khó tự kiểm tra khối lượng hàng hóa.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 cân đối chứng cho chợ Xuân Hiệp.',
             'Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền (tờ rơi, video ngắn) để phường phát trên nhóm Zalo khu phố.']
    hand1('26800-LinhXuan-BC-CT38-2026.docx', 'Phường Linh Xuân', 'Linh Xuân', '', '412/BC-UBND', '2026-10-27',
          'ngày 27 tháng 10 năm 2026', items, diffs, props)
    key('26800-LinhXuan-BC-CT38-2026.docx', '26800', 'Phường Linh Xuân', '412/BC-UBND', '2026-10-27', [
        ('II.1.a', 'in_progress', {'communications': 6}, 'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng: đăng 06 tin, bài; đang xúc tiến'),
        ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 37, 'violations': 3, 'fines_vnd': 7500000}, 'Phối hợp kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu: 04 cuộc, 37 lượt cơ sở, 03 vi phạm, 7.500.000 đồng; đã hoàn tất'),
        ('II.3.a', 'completed', {'participants': 2, 'training_courses': 1}, 'Cử 02 công chức tham dự 01 lớp tập huấn do Chi cục tổ chức; đã hoàn tất'),
        ('II.2.đ', 'in_progress', {}, 'Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015: đang xúc tiến'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 15}, 'Hướng dẫn 15 hộ kinh doanh, cơ sở về nhãn hàng hóa, tự công bố; đang xúc tiến'),
        ('II.5.d', 'not_applicable', {}, 'Tiếp nhận phản ánh, tố giác: không có phát sinh'),
    ], diffs, props)

    # ---- Hạnh Thông
    items = [
        dict(title='Công tác thông tin, tuyên truyền',
             body=['Phường thực hiện 09 tin, bài tuyên truyền về Chỉ thị số 38-CT/TW, quyền lợi người tiêu dùng khi mua hàng cân, đong, đo đếm, đăng trên Trang thông tin điện tử và Fanpage của phường; nội dung này đã hoàn tất theo kế hoạch của phường.'],
             bp='Phòng Văn hóa - Xã hội'),
        dict(title='Kiểm tra đo lường tại các chợ, cân đối chứng',
             body=['Phường chủ trì 03 cuộc kiểm tra tại chợ Gò Vấp, chợ Hạnh Thông Tây, kiểm tra 42 lượt cơ sở kinh doanh; phát hiện 05 trường hợp vi phạm (cân sai số vượt mức cho phép, cân hết hạn kiểm định), xử phạt 4.250.000 đồng. Đồng thời phối hợp Trung tâm kiểm định 18 cân đối chứng đặt tại các chợ. Việc kiểm tra tại các điểm kinh doanh tự phát đang xúc tiến, dự kiến thêm 01 đợt trong tháng 12/2026.'],
             bp='Phòng Kinh tế, Ban quản lý chợ'),
        dict(title='Tập huấn, bồi dưỡng cán bộ',
             body=['Cử 03 lượt công chức tham dự 02 lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng và Sở Khoa học và Công nghệ tổ chức (tháng 5 và tháng 8/2026); đã hoàn tất.'],
             bp='Phòng Kinh tế'),
        dict(title='Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
             body=['Phường đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 14/8/2026, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền; đã hoàn tất.'],
             bp='Văn phòng HĐND và UBND phường'),
        dict(title='Xử lý phản ánh, tố giác',
             body=['Từ đầu năm đến nay không có phát sinh phản ánh, tố giác về hành vi vi phạm pháp luật tiêu chuẩn, đo lường, chất lượng trên địa bàn phường.'],
             bp='Phòng Kinh tế'),
    ]
    diffs = ['Nhiều hộ kinh doanh nhỏ lẻ tại chợ tự phát sử dụng cân đồng hồ loại nhỏ không rõ nguồn gốc, khó quản lý.']
    props = ['Đề nghị Chi cục tổ chức lớp tập huấn riêng cho Ban quản lý chợ và tiểu thương trên địa bàn phường.',
             'Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn phân cấp cụ thể việc kiểm tra đo lường cho phường sau sắp xếp.']
    hand1('26890-HanhThong-BaoCao-TDC.docx', 'Phường Hạnh Thông', 'Hạnh Thông', '', '388/BC-UBND', '2026-10-30',
          'ngày 30 tháng 10 năm 2026', items, diffs, props)
    key('26890-HanhThong-BaoCao-TDC.docx', '26890', 'Phường Hạnh Thông', '388/BC-UBND', '2026-10-30', [
        ('II.1.a', 'completed', {'communications': 9}, 'Công tác thông tin, tuyên truyền: 09 tin, bài; đã hoàn tất'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 42, 'violations': 5, 'fines_vnd': 4250000, 'instruments_verified': 18}, 'Kiểm tra đo lường tại các chợ: 03 cuộc, 42 lượt cơ sở, 05 vi phạm, 4.250.000 đồng, kiểm định 18 cân đối chứng; đang xúc tiến'),
        ('II.3.a', 'completed', {'participants': 3, 'training_courses': 2}, 'Cử 03 lượt công chức dự 02 lớp tập huấn; đã hoàn tất'),
        ('II.2.đ', 'completed', {}, 'Công bố lại HTQLCL TCVN ISO 9001:2015 ngày 14/8/2026; đã hoàn tất'),
        ('II.5.d', 'not_applicable', {}, 'Xử lý phản ánh, tố giác: không có phát sinh'),
    ], diffs, props)

    # ---- Thạnh Mỹ Tây (re-saved through LibreOffice later)
    items = [
        dict(title='Tuyên truyền, phổ biến cho hộ kinh doanh',
             body=['Phường tổ chức 01 buổi tuyên truyền pháp luật về đo lường, chất lượng hàng hóa cho tiểu thương chợ Bà Chiểu với 60 lượt người tham dự; đăng 04 tin, bài trên Trang thông tin điện tử phường. Phần việc tuyên truyền năm 2026 phường đã hoàn tất.'],
             bp='Phòng Văn hóa - Xã hội'),
        dict(title='Phối hợp kiểm tra theo phân cấp',
             body=['Phối hợp Chi cục kiểm tra 02 cuộc tại chợ Bà Chiểu và khu vực chợ Thị Nghè (phần thuộc địa bàn phường), kiểm tra 19 lượt cơ sở, 01 cơ sở vi phạm về ghi nhãn, phạt 1.500.000 đồng; hiện phường đang xúc tiến đợt kiểm tra hàng hóa dịp cuối năm.'],
             bp='Phòng Kinh tế'),
        dict(title='Hỗ trợ cơ sở sản xuất, kinh doanh',
             body=['Hướng dẫn 08 cơ sở sản xuất nhỏ (bánh kẹo, nước uống đóng chai) thực hiện công bố hợp quy, ghi nhãn và đăng ký mã số mã vạch; đang xúc tiến.'],
             bp='Phòng Kinh tế'),
        dict(title='Cử cán bộ dự tập huấn chuyên sâu',
             body=['Phường chưa tiến hành do đợt 2 năm 2026 Chi cục chưa có thông báo mở lớp cho cấp xã.'],
             bp='Phòng Kinh tế'),
        dict(title='Duy trì ISO trong hoạt động hành chính',
             body=['UBND phường duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015, thực hiện đánh giá nội bộ tháng 9/2026; đã hoàn tất.'],
             bp='Văn phòng HĐND và UBND phường'),
    ]
    diffs = ['Kinh phí cho hoạt động kiểm tra, tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng trong dự toán của phường.']
    props = ['Đề nghị Chi cục sớm thông báo lịch tập huấn đợt 2 để phường cử cán bộ tham dự.']
    hand1('26956-ThanhMyTay-BC-CT38.docx', 'Phường Thạnh Mỹ Tây', 'Thạnh Mỹ Tây', '', '517/BC-UBND', '2026-11-05',
          'ngày 05 tháng 11 năm 2026', items, diffs, props)
    key('26956-ThanhMyTay-BC-CT38.docx', '26956', 'Phường Thạnh Mỹ Tây', '517/BC-UBND', '2026-11-05', [
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 60, 'communications': 4}, 'Tuyên truyền cho hộ kinh doanh: 01 buổi, 60 lượt người, 04 tin, bài; đã hoàn tất'),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 19, 'violations': 1, 'fines_vnd': 1500000}, 'Phối hợp kiểm tra theo phân cấp: 02 cuộc, 19 lượt cơ sở, 01 vi phạm, 1.500.000 đồng; đang xúc tiến'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 8}, 'Hướng dẫn 08 cơ sở công bố hợp quy, ghi nhãn, mã số mã vạch; đang xúc tiến'),
        ('II.3.a', 'not_started', {}, 'Cử cán bộ dự tập huấn chuyên sâu: chưa tiến hành'),
        ('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015, đánh giá nội bộ tháng 9/2026; đã hoàn tất'),
    ], diffs, props)

    # ---- Tân Sơn Hòa — MISTAKEN: chuyển đổi số report sent instead
    d = new_doc(size=13)
    header_table(d, [('ỦY BAN NHÂN DÂN', False, False), ('PHƯỜNG TÂN SƠN HÒA', True, False),
                     ('_______', False, False), ('Số: 301/BC-UBND', False, False)],
                 [(QH, True, False), (DL, True, False), ('_______________', False, False),
                  ('Tân Sơn Hòa, ngày 22 tháng 10 năm 2026', False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, 'Kết quả thực hiện nhiệm vụ chuyển đổi số, phát triển chính quyền số quý III năm 2026', bold=True, align='c')
    para(d, '____________', align='c')
    para(d, 'Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố và hướng dẫn của Sở Khoa học và Công nghệ; Ủy ban nhân dân Phường Tân Sơn Hòa báo cáo kết quả quý III năm 2026 như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    cds = [('Hạ tầng số', 'Phường đã trang bị mới 12 máy tính cho bộ phận Một cửa, nâng cấp đường truyền lên 300 Mbps; đã hoàn tất.'),
           ('Dịch vụ công trực tuyến', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình đạt 78,4%; tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 92%; đang xúc tiến.'),
           ('Tổ công nghệ số cộng đồng', 'Duy trì 14 Tổ công nghệ số cộng đồng tại các khu phố, hướng dẫn 1.260 lượt người dân cài đặt VNeID mức 2; đang xúc tiến.'),
           ('Bảo đảm an toàn thông tin', 'Không có phát sinh sự cố mất an toàn thông tin trong quý.')]
    for i, (t, b) in enumerate(cds, 1):
        runs(para(d, indent=1), [(f'{i}. {t}', 'b')])
        para(d, b, align='j', indent=1)
        para(d, '(Bộ phận tham mưu: Văn phòng HĐND và UBND phường)', italic=True, align='r')
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    para(d, '- Một số người cao tuổi chưa sử dụng điện thoại thông minh nên tỷ lệ dùng dịch vụ công trực tuyến còn thấp.', align='j', indent=1)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    para(d, '- Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí duy trì Tổ công nghệ số cộng đồng.', align='j', indent=1)
    sign_block(d, [('Nơi nhận:', True, True), ('- Sở KH&CN;', False, False), ('- Lưu: VT.', False, False)],
               [('TM. ỦY BAN NHÂN DÂN', True, False), ('KT. CHỦ TỊCH', True, False), ('PHÓ CHỦ TỊCH', True, False),
                ('', False, False), ('(đã ký)', False, True), ('', False, False), ('Phạm Minh Đức', True, False)])
    d.save(os.path.join(OUT, '26977-TanSonHoa-BC-quy3.docx'))
    key('26977-TanSonHoa-BC-quy3.docx', '26977', 'Phường Tân Sơn Hòa', '301/BC-UBND', '2026-10-22', [], [], [],
        status='rejected', reason='Không phải báo cáo Kế hoạch CT38: báo cáo kết quả chuyển đổi số quý III/2026 gửi nhầm')


# =========================================================================================
# HAND 2 — anh Khoa, công chức Kinh tế phường (XLSX). One sheet "BC thang 10"/"BC T11";
# fixed inspection columns (Cuộc KT | Cơ sở KT | Cơ sở VP | Phạt (đồng)) left EMPTY when not
# relevant, every other figure typed as text in "Số liệu khác"; "Tình hình" = Đã xong / Làm tiếp /
# Chưa làm / Không có; difficulties and proposals as "* Khó khăn:" / "* Kiến nghị:" rows under
# the table, one "- " line per row.
# =========================================================================================

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, sheet, ward_up, ward, num, date_words, period, rows, diffs, props, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [5, 46, 9, 9, 9, 14, 24, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws['A1'] = 'UBND ' + ward_up
    ws['A2'] = 'Số: ' + num
    ws['E1'] = QH
    ws['E2'] = DL
    ws['E3'] = date_words
    ws['E3'].font = Font(italic=True)
    ws['A1'].font = Font(bold=True)
    ws['E1'].font = Font(bold=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:H5')
    ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = '(Số liệu tính ' + period + ')'
    ws.merge_cells('A6:H6')
    ws['A6'].alignment = Alignment(horizontal='center')
    ws['A6'].font = Font(italic=True)
    hdr = ['STT', 'Nhiệm vụ', 'Cuộc KT', 'Cơ sở KT', 'Cơ sở VP', 'Phạt (đồng)', 'Số liệu khác', 'Tình hình']
    r = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i, row['name'], row.get('cuoc'), row.get('coso'), row.get('vp'), row.get('phat'), row.get('khac'), row['tt']]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
            if j == 6 and v is not None:
                c.number_format = '#,##0'
    r += 2
    ws.cell(r, 1, '* Khó khăn:').font = Font(bold=True)
    for x in diffs:
        r += 1
        ws.cell(r, 2, '- ' + x)
    r += 1
    ws.cell(r, 1, '* Kiến nghị:').font = Font(bold=True)
    for x in props:
        r += 1
        ws.cell(r, 2, '- ' + x)
    r += 2
    ws.cell(r, 6, 'KT. CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 1, 6, 'PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 4, 6, signer).font = Font(bold=True)
    ws.cell(r, 1, 'Người lập biểu: Nguyễn Đăng Khoa')
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))


def make_h2():
    rows = [
        dict(name='Tuyên truyền pháp luật TĐC trên loa, Zalo, trang TTĐT phường', khac='05 tin bài; 01 buổi nói chuyện, 70 người dự', tt='Làm tiếp'),
        dict(name='Kiểm tra đo lường xăng dầu (cùng Chi cục TĐC)', cuoc=2, coso=9, tt='Đã xong'),
        dict(name='Hướng dẫn hộ kinh doanh ghi nhãn hàng hóa, tự công bố SP', khac='22 hộ', tt='Làm tiếp'),
        dict(name='Cử công chức dự tập huấn của Chi cục', khac='02 người, 01 lớp', tt='Đã xong'),
        dict(name='Duy trì ISO 9001:2015 tại UBND phường', tt='Đã xong'),
        dict(name='Tiếp nhận, xử lý phản ánh, tố giác về đo lường, chất lượng', tt='Không có'),
    ]
    diffs = ['Phường mới sắp xếp, chưa có cán bộ chuyên trách theo dõi đo lường, chất lượng.',
             'Các cửa hàng xăng dầu trên địa bàn đa số thuộc doanh nghiệp lớn, phường khó nắm tình hình kiểm định cột đo.']
    props = ['Đề nghị Chi cục TĐC gửi danh sách cột đo xăng dầu đã kiểm định trên địa bàn phường để phường theo dõi.']
    hand2('26842_TangNhonPhu_BC_KH38.xlsx', 'BC thang 10', 'PHƯỜNG TĂNG NHƠN PHÚ', 'Phường Tăng Nhơn Phú', '276/BC-UBND',
          'Tăng Nhơn Phú, ngày 28 tháng 10 năm 2026', 'từ 01/01/2026 đến 20/10/2026', rows, diffs, props, 'Võ Thành Nhân')
    key('26842_TangNhonPhu_BC_KH38.xlsx', '26842', 'Phường Tăng Nhơn Phú', '276/BC-UBND', '2026-10-28', [
        ('II.1.a', 'in_progress', {'communications': 5, 'training_courses': 1, 'participants': 70}, 'Tuyên truyền pháp luật TĐC: 05 tin bài; 01 buổi nói chuyện, 70 người dự; Làm tiếp'),
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 9}, 'Kiểm tra đo lường xăng dầu (cùng Chi cục TĐC): 2 cuộc, 9 cơ sở; Đã xong'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 22}, 'Hướng dẫn 22 hộ kinh doanh ghi nhãn, tự công bố; Làm tiếp'),
        ('II.3.a', 'completed', {'participants': 2, 'training_courses': 1}, 'Cử công chức dự tập huấn: 02 người, 01 lớp; Đã xong'),
        ('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015 tại UBND phường; Đã xong'),
        ('II.5.d', 'not_applicable', {}, 'Tiếp nhận, xử lý phản ánh, tố giác; Không có'),
    ], diffs, props)

    rows = [
        dict(name='Tuyên truyền Chỉ thị 38, cân đúng - đủ tại chợ', khac='08 tin, bài', tt='Đã xong'),
        dict(name='Kiểm tra cân, hàng đóng gói tại chợ Bà Hoa và các sạp lân cận', cuoc=4, coso=31, vp=2, phat=3500000, tt='Làm tiếp'),
        dict(name='Cử cán bộ dự tập huấn nghiệp vụ TĐC', khac='01 người', tt='Đã xong'),
        dict(name='Cập nhật quy trình ISO sau sáp nhập', tt='Làm tiếp'),
        dict(name='Vận động doanh nghiệp trên địa bàn tham gia Giải thưởng Chất lượng Quốc gia', tt='Chưa làm'),
        dict(name='Khen thưởng, bảo vệ người tố giác vi phạm', tt='Không có'),
    ]
    diffs = ['Chợ Bà Hoa có nhiều sạp thay đổi chủ thường xuyên nên việc theo dõi cân của tiểu thương gặp khó.']
    props = ['Đề nghị Chi cục hướng dẫn phường cách thức vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia.',
             'Đề nghị trang bị thêm 01 cân đối chứng cho chợ Bà Hoa.']
    hand2('26983_BayHien_BaoCao_CT38.xlsx', 'BC T11', 'PHƯỜNG BẢY HIỀN', 'Phường Bảy Hiền', '344/BC-UBND',
          'Bảy Hiền, ngày 03 tháng 11 năm 2026', 'từ 01/01/2026 đến 31/10/2026', rows, diffs, props, 'Đặng Thị Kim Loan')
    key('26983_BayHien_BaoCao_CT38.xlsx', '26983', 'Phường Bảy Hiền', '344/BC-UBND', '2026-11-03', [
        ('II.1.a', 'completed', {'communications': 8}, 'Tuyên truyền Chỉ thị 38, cân đúng - đủ tại chợ: 08 tin, bài; Đã xong'),
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 2, 'fines_vnd': 3500000}, 'Kiểm tra cân, hàng đóng gói tại chợ Bà Hoa: 4 cuộc, 31 cơ sở, 2 vi phạm, 3.500.000 đồng; Làm tiếp'),
        ('II.3.a', 'completed', {'participants': 1}, 'Cử cán bộ dự tập huấn: 01 người; Đã xong'),
        ('II.2.đ', 'in_progress', {}, 'Cập nhật quy trình ISO sau sáp nhập; Làm tiếp'),
        ('II.1.b', 'not_started', {}, 'Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia; Chưa làm'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác; Không có'),
    ], diffs, props)

    rows = [
        dict(name='Thông tin tuyên truyền về TĐC (loa phát thanh, Zalo khu phố, bảng tin)', khac='12 tin, bài', tt='Làm tiếp'),
        dict(name='Kiểm tra đo lường, chất lượng xăng dầu và chợ Phạm Thế Hiển', cuoc=6, coso=44, vp=5, phat=12250000, tt='Làm tiếp'),
        dict(name='Hướng dẫn cơ sở sản xuất nhỏ về mã số mã vạch, truy xuất nguồn gốc', khac='11 cơ sở', tt='Đã xong'),
        dict(name='Cử cán bộ dự lớp tập huấn', khac='03 lượt, 02 lớp', tt='Đã xong'),
        dict(name='Áp dụng ISO 9001:2015 trong giải quyết TTHC', tt='Đã xong'),
        dict(name='Tiếp nhận phản ánh của người dân về cân sai', khac='01 phản ánh (đã chuyển Chi cục)', tt='Đã xong'),
    ]
    diffs = ['Số cơ sở kinh doanh nhỏ lẻ ven kênh Đôi nhiều, hay thay đổi địa điểm nên khó kiểm tra.',
             'Chưa có kinh phí in ấn tài liệu tuyên truyền.']
    props = ['Đề nghị Sở Khoa học và Công nghệ cấp tài liệu tuyên truyền in sẵn cho các phường.']
    hand2('27418_ChanhHung_BC_CT38_T11.xlsx', 'BC T11', 'PHƯỜNG CHÁNH HƯNG', 'Phường Chánh Hưng', '459/BC-UBND',
          'Chánh Hưng, ngày 10 tháng 11 năm 2026', 'từ 01/01/2026 đến 31/10/2026', rows, diffs, props, 'Lý Minh Triết')
    key('27418_ChanhHung_BC_CT38_T11.xlsx', '27418', 'Phường Chánh Hưng', '459/BC-UBND', '2026-11-10', [
        ('II.1.a', 'in_progress', {'communications': 12}, 'Thông tin tuyên truyền về TĐC: 12 tin, bài; Làm tiếp'),
        ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 44, 'violations': 5, 'fines_vnd': 12250000}, 'Kiểm tra đo lường, chất lượng xăng dầu và chợ: 6 cuộc, 44 cơ sở, 5 vi phạm, 12.250.000 đồng; Làm tiếp'),
        ('II.2.d', 'completed', {'enterprises_supported': 11}, 'Hướng dẫn 11 cơ sở về mã số mã vạch, truy xuất nguồn gốc; Đã xong'),
        ('II.3.a', 'completed', {'participants': 3, 'training_courses': 2}, 'Cử cán bộ dự tập huấn: 03 lượt, 02 lớp; Đã xong'),
        ('II.2.đ', 'completed', {}, 'Áp dụng ISO 9001:2015 trong giải quyết TTHC; Đã xong'),
        ('II.5.d', 'completed', {}, 'Tiếp nhận phản ánh về cân sai: 01 phản ánh đã chuyển Chi cục; Đã xong'),
    ], diffs, props)


# =========================================================================================
# HAND 3 — chị Hạnh, chuyên viên phòng tổng hợp của một Sở (DOCX công văn).
# "Kính gửi: Sở KH&CN" letter; body "1. Kết quả" with one "+ " paragraph per job, the plan
# point given as "(điểm đ khoản 2)" after the job name; the status in the job's LAST sentence
# as "Đến nay, nội dung này đã thực hiện xong / đang thực hiện / chưa thực hiện / không phát
# sinh"; money "86 triệu đồng"; difficulties and proposals in a single numbered section "2."/"3.".
# =========================================================================================

def hand3_letter(fname, agency_up, agency_abbr_line, num, vv, date_words, agency_name, jobs, diffs, props, signer, title2='PHÓ GIÁM ĐỐC', intro=None, kg='Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh'):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_table(d, [('UBND THÀNH PHỐ HỒ CHÍ MINH', False, False), (agency_up, True, False), ('_______', False, False),
                     ('Số: ' + num, False, False), (vv, False, False)],
                 [(QH, True, False), (DL, True, False), ('_______________', False, False),
                  ('Thành phố Hồ Chí Minh, ' + date_words, False, True)], size=13)
    para(d)
    p = para(d, align='c')
    runs(p, [('Kính gửi: ', ''), (kg, '')])
    para(d, intro or (agency_name + ' nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sau khi tổng hợp từ các phòng chuyên môn, ' + agency_name + ' báo cáo như sau:'), align='j', indent=1)
    if jobs is not None:
        para(d, '1. Kết quả thực hiện các nội dung được giao', bold=True, indent=1)
        for j in jobs:
            p = para(d, align='j', indent=1)
            runs(p, [('+ ' + j['name'], 'i'), (' (' + j['ref'] + '): ', ''), (j['text'], '')])
        para(d, '2. Khó khăn, vướng mắc', bold=True, indent=1)
        for i, x in enumerate(diffs, 1):
            para(d, f'{i}) {x}', align='j', indent=1)
        para(d, '3. Đề xuất, kiến nghị', bold=True, indent=1)
        for i, x in enumerate(props, 1):
            para(d, f'{i}) {x}', align='j', indent=1)
        para(d, agency_name + ' kính báo cáo Sở Khoa học và Công nghệ tổng hợp./.', align='j', indent=1)
    return d


def finish_letter(d, fname, signer, title2='PHÓ GIÁM ĐỐC', extra_recv='- Chi cục TĐC (để biết);'):
    sign_block(d, [('Nơi nhận:', True, True), ('- Như trên;', False, False), (extra_recv, False, False),
                   ('- Ban Giám đốc Sở;', False, False), ('- Lưu: VT, VP.', False, False)],
               [('KT. GIÁM ĐỐC', True, False), (title2, True, False), ('', False, False), ('', False, False),
                ('', False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))


def make_h3():
    jobs = [
        dict(name='Hỗ trợ doanh nghiệp ngành công nghiệp nâng cao năng suất, chất lượng', ref='điểm a khoản 2',
             text='Trong khuôn khổ Chương trình phát triển công nghiệp hỗ trợ, Sở đã phối hợp Chi cục TĐC tổ chức 02 hội thảo chuyên đề về áp dụng công cụ cải tiến năng suất (Lean, 5S, Kaizen) với 180 đại biểu doanh nghiệp tham dự; hỗ trợ tư vấn cho 14 doanh nghiệp áp dụng hệ thống quản lý tiên tiến. Đến nay, nội dung này đang thực hiện, dự kiến kết thúc vào tháng 12/2026.'),
        dict(name='Phối hợp kiểm tra xăng dầu, khí dầu mỏ hóa lỏng', ref='điểm a khoản 5',
             text='Sở cử cán bộ phối hợp Chi cục TĐC thực hiện 03 cuộc kiểm tra đối với 21 cửa hàng xăng dầu, cửa hàng kinh doanh LPG; phát hiện 02 cơ sở vi phạm về đo lường, đã chuyển Chi cục xử lý theo thẩm quyền. Đến nay, nội dung này đã thực hiện xong.'),
        dict(name='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia', ref='điểm e khoản 2',
             text='Sở đã có ý kiến góp ý đối với 04 dự thảo QCVN thuộc lĩnh vực công thương (an toàn điện, vật liệu nổ công nghiệp, thép làm cốt bê tông, chai chứa LPG) theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ. Đến nay, nội dung này đã thực hiện xong.'),
        dict(name='Cập nhật cam kết về hàng rào kỹ thuật trong thương mại', ref='điểm a khoản 6',
             text='Sở đăng tải 06 bản tin về các cam kết TBT trong các hiệp định thương mại tự do (CPTPP, EVFTA, RCEP) trên Cổng thông tin điện tử của Sở để doanh nghiệp xuất khẩu theo dõi. Đến nay, nội dung này đang thực hiện.'),
        dict(name='Cử công chức tham gia tập huấn', ref='điểm a khoản 3',
             text='Sở cử 05 công chức các phòng Quản lý Công nghiệp, Quản lý Thương mại tham dự lớp tập huấn về Luật Chất lượng sản phẩm, hàng hóa sửa đổi do Sở Khoa học và Công nghệ tổ chức. Đến nay, nội dung này đã thực hiện xong.'),
        dict(name='Duy trì Hệ thống quản lý chất lượng tại cơ quan', ref='điểm đ khoản 2',
             text='Sở tiếp tục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính thuộc thẩm quyền giải quyết.'),
    ]
    diffs = ['Một số dự thảo QCVN gửi lấy ý kiến với thời hạn ngắn (05 - 07 ngày) nên việc tổng hợp ý kiến doanh nghiệp còn hạn chế.',
             'Sau khi chuyển giao lực lượng Quản lý thị trường, Sở không còn lực lượng kiểm tra chuyên trách nên việc phối hợp kiểm tra chủ yếu cử cán bộ tham gia.']
    props = ['Đề nghị Sở Khoa học và Công nghệ gửi kế hoạch kiểm tra năm 2027 sớm để Sở chủ động bố trí cán bộ phối hợp.']
    d = hand3_letter('SO-CT_6215-SCT-QLCN_bao-cao-CT38.docx', 'SỞ CÔNG THƯƠNG', '', '6215/SCT-QLCN',
                     'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                     'ngày 26 tháng 10 năm 2026', 'Sở Công Thương', jobs, diffs, props, 'Trần Hoàng Long')
    finish_letter(d, 'SO-CT_6215-SCT-QLCN_bao-cao-CT38.docx', 'Trần Hoàng Long')
    key('SO-CT_6215-SCT-QLCN_bao-cao-CT38.docx', 'SO-CT', 'Sở Công Thương', '6215/SCT-QLCN', '2026-10-26', [
        ('II.2.a', 'in_progress', {'training_courses': 2, 'participants': 180, 'enterprises_supported': 14}, 'Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng: 02 hội thảo, 180 đại biểu, tư vấn 14 doanh nghiệp; đang thực hiện'),
        ('II.5.a', 'completed', {'inspections': 3, 'establishments_inspected': 21, 'violations': 2}, 'Phối hợp kiểm tra xăng dầu, LPG: 03 cuộc, 21 cửa hàng, 02 cơ sở vi phạm; đã thực hiện xong'),
        ('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý 04 dự thảo QCVN; đã thực hiện xong'),
        ('II.6.a', 'in_progress', {'communications': 6}, 'Cập nhật cam kết TBT: 06 bản tin; đang thực hiện'),
        ('II.3.a', 'completed', {'participants': 5}, 'Cử 05 công chức tham dự tập huấn; đã thực hiện xong'),
        ('II.2.đ', 'unknown', {}, 'Tiếp tục duy trì HTQLCL TCVN ISO 9001:2015 (không nêu tiến độ)'),
    ], diffs, props)

    jobs = [
        dict(name='Bồi dưỡng về tiêu chuẩn, chất lượng cho nhà giáo, học sinh - sinh viên khối giáo dục nghề nghiệp', ref='điểm d khoản 3',
             text='Sở phối hợp Chi cục TĐC và 03 trường cao đẳng tổ chức 03 lớp bồi dưỡng, chuyên đề ngoại khóa về tiêu chuẩn, đo lường, nhãn hàng hóa, mã số mã vạch cho 410 lượt viên chức, học sinh - sinh viên. Đến nay, nội dung này đang thực hiện, còn 01 chuyên đề tổ chức trong tháng 12/2026.'),
        dict(name='Góp ý dự thảo quy chuẩn kỹ thuật về thiết bị, đồ dùng dạy học', ref='điểm e khoản 2',
             text='Sở tổng hợp ý kiến các cơ sở giáo dục, góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia (đồ chơi trẻ em; bàn ghế học sinh) gửi Bộ Giáo dục và Đào tạo. Đến nay, nội dung này đã thực hiện xong.'),
        dict(name='Áp dụng TCVN ISO 9001:2015 tại cơ quan Sở', ref='điểm đ khoản 2',
             text='Sở đã hoàn thành đánh giá nội bộ, xem xét của lãnh đạo và công bố lại phạm vi áp dụng Hệ thống quản lý chất lượng tháng 7/2026. Đến nay, nội dung này đã thực hiện xong.'),
        dict(name='Phối hợp kiểm tra chất lượng thiết bị, đồ dùng học tập', ref='điểm a khoản 5',
             text='Trong kỳ, các cơ quan chức năng không có đề nghị Sở phối hợp kiểm tra. Đến nay, nội dung này không phát sinh.'),
        dict(name='Cử công chức tham gia tập huấn', ref='điểm a khoản 3',
             text='Sở cử 02 công chức Văn phòng Sở tham dự 01 lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng. Đến nay, nội dung này đã thực hiện xong.'),
    ]
    diffs = ['Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình đào tạo chính khóa của các trường nên chỉ tổ chức được dưới hình thức ngoại khóa.']
    props = ['Đề nghị Chi cục TĐC biên soạn tài liệu ngắn gọn về tiêu chuẩn, đo lường, chất lượng dành cho học sinh - sinh viên.',
             'Đề nghị Sở Khoa học và Công nghệ hỗ trợ báo cáo viên cho các chuyên đề ngoại khóa năm 2027.']
    d = hand3_letter('SO-GDDT_5870_BC-CT38.docx', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '', '5870/SGDĐT-VP',
                     'V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
                     'ngày 30 tháng 10 năm 2026', 'Sở Giáo dục và Đào tạo', jobs, diffs, props, 'Lê Thị Thu Trang')
    finish_letter(d, 'SO-GDDT_5870_BC-CT38.docx', 'Lê Thị Thu Trang')
    key('SO-GDDT_5870_BC-CT38.docx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '5870/SGDĐT-VP', '2026-10-30', [
        ('II.3.d', 'in_progress', {'training_courses': 3, 'participants': 410}, 'Bồi dưỡng cho nhà giáo, HSSV khối GDNN: 03 lớp, 410 lượt; đang thực hiện'),
        ('II.2.e', 'completed', {'standards_reviewed': 2}, 'Góp ý 02 dự thảo QCVN; đã thực hiện xong'),
        ('II.2.đ', 'completed', {}, 'Áp dụng TCVN ISO 9001:2015 tại cơ quan Sở; đã thực hiện xong'),
        ('II.5.a', 'not_applicable', {}, 'Phối hợp kiểm tra thiết bị, đồ dùng học tập; không phát sinh'),
        ('II.3.a', 'completed', {'participants': 2, 'training_courses': 1}, 'Cử 02 công chức dự 01 lớp tập huấn; đã thực hiện xong'),
    ], diffs, props)

    # MISTAKEN: Sở An toàn thực phẩm sends its food-safety report
    d = hand3_letter('SO-ATTP_2214_BC-10thang.docx', 'SỞ AN TOÀN THỰC PHẨM', '', '2214/SATTP-NVTT',
                     'V/v báo cáo kết quả công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026',
                     'ngày 21 tháng 10 năm 2026', 'Sở An toàn thực phẩm', None, [], [], 'Nguyễn Thị Hồng Nhung',
                     intro='Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở An toàn thực phẩm báo cáo kết quả công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026 như sau:', kg='Ủy ban nhân dân Thành phố Hồ Chí Minh')
    para(d, '1. Kết quả thực hiện', bold=True, indent=1)
    for nm, tx in [('Thanh tra, kiểm tra an toàn thực phẩm', 'Toàn ngành thực hiện 1.248 cuộc thanh tra, kiểm tra tại 9.362 cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống; xử phạt 412 cơ sở với số tiền 5,86 tỷ đồng. Đến nay, nội dung này đang thực hiện.'),
                   ('Giám sát ngộ độc thực phẩm', 'Ghi nhận 07 vụ ngộ độc thực phẩm với 214 người mắc, không có tử vong. Đến nay, nội dung này đang thực hiện.'),
                   ('Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Cấp mới 1.035 Giấy chứng nhận. Đến nay, nội dung này đang thực hiện.')]:
        p = para(d, align='j', indent=1)
        runs(p, [('+ ' + nm, 'i'), (': ', ''), (tx, '')])
    para(d, '2. Khó khăn, vướng mắc', bold=True, indent=1)
    para(d, '1) Lực lượng thanh tra chuyên ngành an toàn thực phẩm tại cấp xã còn mỏng.', align='j', indent=1)
    para(d, 'Sở An toàn thực phẩm kính báo cáo./.', align='j', indent=1)
    finish_letter(d, 'SO-ATTP_2214_BC-10thang.docx', 'Nguyễn Thị Hồng Nhung', extra_recv='- Sở Khoa học và Công nghệ;')
    key('SO-ATTP_2214_BC-10thang.docx', 'SO-ATTP', 'Sở An toàn thực phẩm', '2214/SATTP-NVTT', '2026-10-21', [], [], [],
        status='rejected', reason='Không phải báo cáo Kế hoạch CT38: báo cáo công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026 gửi nhầm')


# =========================================================================================
# HAND 4 — anh Tài, kỹ sư phụ trách tổng hợp số liệu (XLSX) at the Sở's units and one Sở.
# One sheet "BC KH38"; header block of label rows ("Đơn vị:", "Số văn bản:", "Ngày lập:");
# table "Mục KH | Công việc đơn vị đã làm | Chỉ số | ĐVT | KH năm | Thực hiện | Tình trạng";
# a task row carries plan point ("5.a") and status, then one row per figure with the unit's
# own year target in "KH năm" (not a result); "III. Khó khăn" and "IV. Đề xuất" as numbered
# rows at the bottom.
# =========================================================================================

def hand4(fname, unit_line1, unit_line2, num, date_cell, tasks, diffs, props, signer, sheet='BC KH38', title='KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip('ABCDEFG', [8, 50, 30, 10, 10, 14, 18]):
        ws.column_dimensions[col].width = w
    ws['A1'] = 'Đơn vị:'
    ws['B1'] = unit_line1
    ws['A2'] = ''
    ws['B2'] = unit_line2
    ws['A3'] = 'Số văn bản:'
    ws['B3'] = num
    ws['A4'] = 'Ngày lập:'
    ws['B4'] = date_cell
    for c in ('A1', 'A3', 'A4'):
        ws[c].font = Font(italic=True)
    ws['B1'].font = Font(bold=True)
    ws['A6'] = title
    ws.merge_cells('A6:G6')
    ws['A6'].font = Font(bold=True, size=13)
    ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ['Mục KH', 'Công việc đơn vị đã làm', 'Chỉ số', 'ĐVT', 'KH năm', 'Thực hiện', 'Tình trạng']
    r = 8
    grey = PatternFill('solid', fgColor='D9D9D9')
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = grey
        c.border = BOX
        c.alignment = Alignment(horizontal='center', wrap_text=True)
    for t in tasks:
        r += 1
        for j, v in enumerate([t['muc'], t['name'], None, None, None, None, t['tt']], 1):
            c = ws.cell(r, j, v)
            c.font = Font(bold=True) if j in (1, 2) else Font()
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top')
        for (lab, dvt, kh, val) in t.get('figs', []):
            r += 1
            for j, v in enumerate([None, None, lab, dvt, kh, val, None], 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                if j in (5, 6) and isinstance(v, (int, float)):
                    c.number_format = '#,##0'
    r += 2
    ws.cell(r, 1, 'III. Khó khăn, vướng mắc').font = Font(bold=True)
    for i, x in enumerate(diffs, 1):
        r += 1
        ws.cell(r, 1, i)
        ws.cell(r, 2, x)
    r += 1
    ws.cell(r, 1, 'IV. Đề xuất').font = Font(bold=True)
    for i, x in enumerate(props, 1):
        r += 1
        ws.cell(r, 1, i)
        ws.cell(r, 2, x)
    r += 2
    ws.cell(r, 2, 'Người tổng hợp')
    ws.cell(r, 6, 'Thủ trưởng đơn vị').font = Font(bold=True)
    ws.cell(r + 4, 2, 'Huỳnh Tấn Tài')
    ws.cell(r + 4, 6, signer).font = Font(bold=True)
    ws.freeze_panes = 'A9'
    wb.save(os.path.join(OUT, fname))


def make_h4():
    import datetime as dt
    T = [
        dict(muc='1.a', name='Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm doanh nghiệp nhập khẩu', tt='Hoàn thành',
             figs=[('Lớp tập huấn, tọa đàm', 'lớp', 5, 5), ('Người tham dự', 'lượt', 500, 520)]),
        dict(muc='1.b', name='Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng CLQG', tt='Hoàn thành',
             figs=[('Tin, bài đăng tải', 'tin', None, 3), ('Doanh nghiệp được hướng dẫn', 'DN', 10, 12)]),
        dict(muc='2.b', name='Tổ chức đánh giá, xét Giải thưởng CLQG 2026 (vòng Thành phố)', tt='Đang thực hiện'),
        dict(muc='2.c', name='Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)', tt='Hoàn thành'),
        dict(muc='2.e', name='Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP', tt='Đang thực hiện',
             figs=[('Dự thảo TCVN, QCVN đã góp ý', 'văn bản', None, 23)]),
        dict(muc='2.h', name='Đề xuất hoàn thiện hệ thống TTHC lĩnh vực TĐC, kết nối Cổng một cửa quốc gia', tt='Hoàn thành'),
        dict(muc='3.a', name='Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu', tt='Hoàn thành',
             figs=[('Lớp tập huấn', 'lớp', 2, 2), ('Công chức tham dự', 'người', 200, 240)]),
        dict(muc='4.b', name='Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ', tt='Đang thực hiện',
             figs=[('Phương tiện đã kiểm định, hiệu chuẩn', 'chiếc', 50, 36), ('Kinh phí đã sử dụng', 'đồng', 250000000, 185400000)]),
        dict(muc='5.a', name='Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông', tt='Đang thực hiện',
             figs=[('Cuộc kiểm tra', 'cuộc', 18, 14), ('Cơ sở được kiểm tra', 'cơ sở', None, 126),
                   ('Cơ sở vi phạm', 'cơ sở', None, 18), ('Tiền phạt', 'đồng', None, 246500000)]),
        dict(muc='5.b', name='Khảo sát chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em', tt='Đang thực hiện',
             figs=[('Mẫu đã lấy, thử nghiệm', 'mẫu', 120, 85)]),
        dict(muc='6.b', name='Phối hợp Ủy ban TĐC Quốc gia, APO về năng suất khu vực công', tt='Không phát sinh'),
    ]
    diffs = ['Biên chế Chi cục giảm sau sắp xếp trong khi địa bàn quản lý mở rộng (gồm Bình Dương, Bà Rịa - Vũng Tàu cũ).',
             'Một số phương tiện kỹ thuật nghiệp vụ phải gửi hiệu chuẩn ở Hà Nội nên thời gian chờ kéo dài.']
    props = ['Đề nghị Sở bổ sung kinh phí năm 2027 để mua sắm bộ thiết bị thử nhanh chất lượng xăng dầu.',
             'Đề nghị Sở có văn bản đôn đốc các phường, xã, đặc khu gửi báo cáo đúng hạn.']
    hand4('CCTDC_TongHop_CT38_2026.xlsx', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '(trực thuộc Sở Khoa học và Công nghệ TP. Hồ Chí Minh)',
          '1187/BC-CCTĐC', 'ngày 09 tháng 11 năm 2026', T, diffs, props, 'Phan Văn Hùng')
    key('CCTDC_TongHop_CT38_2026.xlsx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1187/BC-CCTĐC', '2026-11-09', [
        ('II.1.a', 'completed', {'training_courses': 5, 'participants': 520}, 'Tập huấn VBQPPL, tọa đàm DN nhập khẩu: 5 lớp, 520 lượt; Hoàn thành'),
        ('II.1.b', 'completed', {'communications': 3, 'enterprises_supported': 12}, 'Tuyên truyền Giải thưởng CLQG: 3 tin, 12 DN được hướng dẫn; Hoàn thành'),
        ('II.2.b', 'in_progress', {}, 'Tổ chức đánh giá, xét Giải thưởng CLQG 2026; Đang thực hiện'),
        ('II.2.c', 'completed', {}, 'Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng SPHH; Hoàn thành'),
        ('II.2.e', 'in_progress', {'standards_reviewed': 23}, 'Góp ý 23 dự thảo TCVN, QCVN; Đang thực hiện'),
        ('II.2.h', 'completed', {}, 'Hoàn thiện hệ thống TTHC, kết nối Cổng một cửa quốc gia; Hoàn thành'),
        ('II.3.a', 'completed', {'training_courses': 2, 'participants': 240}, 'Tập huấn công chức: 2 lớp, 240 người; Hoàn thành'),
        ('II.4.b', 'in_progress', {'instruments_verified': 36, 'budget_spent_vnd': 185400000}, 'Kiểm định, hiệu chuẩn PTKTNV: 36 chiếc, 185.400.000 đồng; Đang thực hiện'),
        ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 126, 'violations': 18, 'fines_vnd': 246500000}, 'Kiểm tra nhà nước: 14 cuộc, 126 cơ sở, 18 vi phạm, 246.500.000 đồng; Đang thực hiện'),
        ('II.5.b', 'in_progress', {'samples_tested': 85}, 'Khảo sát chất lượng: 85 mẫu; Đang thực hiện'),
        ('II.6.b', 'not_applicable', {}, 'Phối hợp APO; Không phát sinh'),
    ], diffs, props)

    T = [
        dict(muc='4.a', name='Đầu tư, nâng cấp trang thiết bị thử nghiệm, kiểm định (dự án mua sắm 2026)', tt='Đang thực hiện',
             figs=[('Kinh phí đã giải ngân', 'đồng', 3800000000, 2350000000)]),
        dict(muc='4.c', name='Duy trì, liên kết chuẩn đo lường chính của Trung tâm', tt='Hoàn thành',
             figs=[('Chuẩn đã hiệu chuẩn, liên kết', 'chuẩn', 12, 12)]),
        dict(muc='2.g', name='Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho người dân, doanh nghiệp', tt='Đang thực hiện',
             figs=[('Phương tiện đo đã kiểm định, hiệu chuẩn', 'phương tiện', 20000, 18450), ('Mẫu thử nghiệm', 'mẫu', 7000, 6320)]),
        dict(muc='3.a', name='Cử viên chức tham gia đào tạo, tập huấn chuyên sâu', tt='Hoàn thành',
             figs=[('Khóa đào tạo', 'khóa', None, 4), ('Viên chức tham gia', 'người', None, 9)]),
        dict(muc='5.b', name='Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC', tt='Hoàn thành',
             figs=[('Mẫu đã thử nghiệm', 'mẫu', 60, 60)]),
    ]
    diffs = ['Thủ tục mua sắm thiết bị giá trị lớn kéo dài, một số gói thầu phải đấu thầu lại.']
    props = ['Đề nghị Sở xem xét điều chỉnh dự toán năm 2027 để tiếp tục đầu tư thiết bị thử nghiệm vi sinh.']
    hand4('TTPTTN_BaoCao_KH38_10thang.xlsx', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'THÀNH PHỐ HỒ CHÍ MINH',
          '642/BC-TTPTTN', dt.datetime(2026, 10, 31), T, diffs, props, 'Ngô Thị Mỹ Dung')
    key('TTPTTN_BaoCao_KH38_10thang.xlsx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '642/BC-TTPTTN', '2026-10-31', [
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 2350000000}, 'Đầu tư trang thiết bị: đã giải ngân 2.350.000.000 đồng; Đang thực hiện'),
        ('II.4.c', 'completed', {'instruments_verified': 12}, 'Duy trì, liên kết 12 chuẩn đo lường chính; Hoàn thành'),
        ('II.2.g', 'in_progress', {'instruments_verified': 18450, 'samples_tested': 6320}, 'Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm: 18.450 phương tiện, 6.320 mẫu; Đang thực hiện'),
        ('II.3.a', 'completed', {'training_courses': 4, 'participants': 9}, 'Cử 9 viên chức tham gia 4 khóa đào tạo; Hoàn thành'),
        ('II.5.b', 'completed', {'samples_tested': 60}, 'Thử nghiệm 60 mẫu khảo sát cho Chi cục; Hoàn thành'),
    ], diffs, props)

    T = [
        dict(muc='2.a', name='Triển khai truy xuất nguồn gốc nông sản, thực phẩm (Đề án 100)', tt='Đang thực hiện',
             figs=[('Cơ sở, HTX được hỗ trợ áp dụng truy xuất', 'cơ sở', 40, 27)]),
        dict(muc='5.a', name='Phối hợp kiểm tra chất lượng phân bón, thức ăn chăn nuôi, thuốc BVTV', tt='Hoàn thành',
             figs=[('Cuộc kiểm tra', 'cuộc', 5, 5), ('Cơ sở được kiểm tra', 'cơ sở', None, 38), ('Cơ sở vi phạm', 'cơ sở', None, 4), ('Tiền phạt', 'đồng', None, 86000000)]),
        dict(muc='5.b', name='Lấy mẫu giám sát chất lượng vật tư nông nghiệp', tt='Hoàn thành',
             figs=[('Mẫu đã lấy, phân tích', 'mẫu', 40, 42)]),
        dict(muc='2.e', name='Góp ý dự thảo QCVN lĩnh vực nông nghiệp, môi trường', tt='Hoàn thành',
             figs=[('Dự thảo QCVN đã góp ý', 'văn bản', None, 3)]),
        dict(muc='3.a', name='Cử công chức dự tập huấn về TĐC', tt='Hoàn thành',
             figs=[('Công chức tham dự', 'người', None, 4)]),
        dict(muc='2.đ', name='Duy trì ISO 9001:2015 tại Sở và các Chi cục trực thuộc', tt='Đang thực hiện'),
    ]
    diffs = ['Nhiều hợp tác xã, hộ sản xuất nhỏ chưa đủ điều kiện (hạ tầng số, nhân lực) để áp dụng truy xuất nguồn gốc điện tử.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất nền tảng truy xuất nguồn gốc dùng chung của Thành phố.',
             'Đề nghị phối hợp xây dựng kế hoạch kiểm tra liên ngành vật tư nông nghiệp năm 2027.']
    hand4('SNNMT_BC-KH38-2026.xlsx', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'THÀNH PHỐ HỒ CHÍ MINH',
          '9031/SNNMT-KHTC', 'ngày 28 tháng 10 năm 2026', T, diffs, props, 'Đỗ Minh Khang', sheet='KH38')
    key('SNNMT_BC-KH38-2026.xlsx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '9031/SNNMT-KHTC', '2026-10-28', [
        ('II.2.a', 'in_progress', {'enterprises_supported': 27}, 'Truy xuất nguồn gốc (Đề án 100): 27 cơ sở, HTX được hỗ trợ; Đang thực hiện'),
        ('II.5.a', 'completed', {'inspections': 5, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 86000000}, 'Phối hợp kiểm tra vật tư nông nghiệp: 5 cuộc, 38 cơ sở, 4 vi phạm, 86.000.000 đồng; Hoàn thành'),
        ('II.5.b', 'completed', {'samples_tested': 42}, 'Lấy 42 mẫu giám sát chất lượng vật tư nông nghiệp; Hoàn thành'),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý 3 dự thảo QCVN; Hoàn thành'),
        ('II.3.a', 'completed', {'participants': 4}, 'Cử 4 công chức dự tập huấn; Hoàn thành'),
        ('II.2.đ', 'in_progress', {}, 'Duy trì ISO 9001:2015; Đang thực hiện'),
    ], diffs, props)


# =========================================================================================
# HAND 5 — ông Sáu, Phó Chủ tịch phường lớn tuổi, tự đánh máy (DOCX).
# Header lines typed as plain centred paragraphs (no table); narrative "1/ Công tác …" headings
# in bold capitals-free; figures introduced by "kết quả được" and listed with commas; money in
# "triệu" with a comma ("4,5 triệu đồng"); statuses in his own spoken words at the end of the
# paragraph "Việc này tới nay đã làm xong / còn đang làm / chưa làm được / không có việc";
# difficulties and proposals in one "III/ KHÓ KHĂN VÀ KIẾN NGHỊ" part with "a/ … b/ …" and
# "Kiến nghị:" lines.
# =========================================================================================

def hand5(fname, ward_up, ward, num, date_words, secs, diffs, props, signer):
    d = new_doc(font='Arial', size=12, margins=(2, 2, 2.5, 1.5))
    p = para(d)
    runs(p, [('UBND ' + ward_up + '\t\t' + QH, 'b')])
    p = para(d)
    runs(p, [('Số: ' + num + '\t\t\t\t' + DL, '')])
    para(d, date_words, italic=True, align='r')
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (tiêu chuẩn, đo lường, chất lượng)', bold=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)', align='c')
    para(d, 'Ủy ban nhân dân ' + ward + ' báo cáo tình hình thực hiện trong năm 2026 như sau:', indent=1)
    para(d, 'I/ Tình hình chung', bold=True)
    para(d, 'Địa bàn phường có 02 chợ truyền thống, 05 cửa hàng xăng dầu và trên 1.700 hộ kinh doanh cá thể. Phường đã ban hành kế hoạch thực hiện và phân công Phòng Kinh tế theo dõi.', indent=1, align='j')
    para(d, 'II/ Kết quả cụ thể', bold=True)
    for i, (t, body) in enumerate(secs, 1):
        para(d, f'{i}/ {t}', bold=True)
        para(d, body, indent=1, align='j')
    para(d, 'III/ Khó khăn và kiến nghị', bold=True)
    para(d, 'Khó khăn:', italic=True)
    for i, x in enumerate(diffs):
        para(d, 'abcdef'[i] + '/ ' + x, indent=1, align='j')
    para(d, 'Kiến nghị:', italic=True)
    for i, x in enumerate(props):
        para(d, 'abcdef'[i] + '/ ' + x, indent=1, align='j')
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + ward + './.', indent=1)
    para(d)
    para(d, 'KT. CHỦ TỊCH', bold=True, align='r')
    para(d, 'PHÓ CHỦ TỊCH', bold=True, align='r')
    para(d)
    para(d)
    para(d, signer, bold=True, align='r')
    para(d, 'Nơi nhận: Như trên; Lưu VT.', italic=True, size=10)
    d.save(os.path.join(OUT, fname))


def make_h5():
    secs = [
        ('Công tác tuyên truyền',
         'Phường cho phát trên loa các khu phố và đăng trên trang thông tin của phường, kết quả được 07 tin, bài về cân đúng, đo đủ, hàng hóa có nhãn. Việc này tới nay còn đang làm, phường tiếp tục phát tới cuối năm.'),
        ('Công tác kiểm tra ở chợ và cây xăng',
         'Tổ kiểm tra của phường cùng Chi cục đi kiểm tra chợ An Nhơn, chợ Xóm Mới và các cây xăng trên đường Quang Trung, kết quả được 03 cuộc, 26 cơ sở được kiểm tra, trong đó 02 cơ sở vi phạm (cân sai, hàng không nhãn), phạt tổng cộng 4,5 triệu đồng. Việc này tới nay đã làm xong theo kế hoạch năm của phường.'),
        ('Công tác cử cán bộ đi học',
         'Phường cử 02 đồng chí Phòng Kinh tế đi dự tập huấn của Chi cục tháng 7/2026. Việc này tới nay đã làm xong.'),
        ('Áp dụng ISO trong bộ phận một cửa',
         'Phường có phân công đồng chí Phó Chánh Văn phòng theo dõi việc áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại bộ phận Một cửa.'),
        ('Tố giác vi phạm',
         'Từ đầu năm tới nay không có ai tố giác, phản ánh vi phạm về đo lường, chất lượng. Việc này không có việc để làm.'),
    ]
    diffs = ['Phường không có cán bộ chuyên môn về đo lường, khi kiểm tra phải chờ Chi cục cử người.',
             'Người dân chưa quen tự kiểm tra lại khối lượng hàng tại cân đối chứng.']
    props = ['Xin Chi cục cho phường thêm 01 cân đối chứng cho chợ Xóm Mới.']
    hand5('26882-AnHoiTay-BC38.docx', 'PHƯỜNG AN HỘI TÂY', 'Phường An Hội Tây', '198/BC-UBND',
          'An Hội Tây, ngày 29 tháng 10 năm 2026', secs, diffs, props, 'Trương Văn Sáu')
    key('26882-AnHoiTay-BC38.docx', '26882', 'Phường An Hội Tây', '198/BC-UBND', '2026-10-29', [
        ('II.1.a', 'in_progress', {'communications': 7}, 'Công tác tuyên truyền: 07 tin, bài; còn đang làm'),
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 26, 'violations': 2, 'fines_vnd': 4500000}, 'Kiểm tra ở chợ và cây xăng: 03 cuộc, 26 cơ sở, 02 vi phạm, 4,5 triệu đồng; đã làm xong'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 đồng chí dự tập huấn của Chi cục; đã làm xong'),
        ('II.2.đ', 'unknown', {}, 'Phân công theo dõi áp dụng ISO 9001:2015 (không nêu tiến độ)'),
        ('II.5.d', 'not_applicable', {}, 'Tố giác vi phạm: không có việc'),
    ], diffs, props)

    secs = [
        ('Công tác tuyên truyền, phổ biến',
         'Phường tổ chức 01 buổi tuyên truyền cho tiểu thương chợ Bình Lợi Trung (cũ là chợ Bình Thạnh), có 45 người dự; phát trên loa và mạng xã hội, kết quả được 10 tin, bài. Việc này tới nay đã làm xong.'),
        ('Công tác kiểm tra đo lường, chất lượng',
         'Phường phối hợp Chi cục kiểm tra các sạp ở chợ và 03 cây xăng trên đường Xô Viết Nghệ Tĩnh, kết quả được 04 cuộc, 30 cơ sở, trong đó 03 cơ sở vi phạm, phạt 5,75 triệu đồng. Việc này tới nay còn đang làm, còn 01 đợt kiểm tra hàng Tết.'),
        ('Hướng dẫn cơ sở kinh doanh',
         'Cán bộ phường hướng dẫn 06 cơ sở làm thủ tục công bố sản phẩm, ghi nhãn đúng quy định. Việc này tới nay còn đang làm.'),
        ('Cử cán bộ tập huấn',
         'Năm nay phường chưa cử được ai đi tập huấn vì chưa nhận được giấy mời. Việc này tới nay chưa làm được.'),
    ]
    diffs = ['Cán bộ Phòng Kinh tế ít, phải kiêm nhiều mảng nên việc kiểm tra chưa thường xuyên.']
    props = ['Đề nghị Chi cục gửi giấy mời tập huấn trực tiếp cho phường.',
             'Đề nghị Sở cấp tài liệu tuyên truyền bằng hình ảnh để dán ở chợ.']
    hand5('26905-BinhLoiTrung-BaoCao.docx', 'PHƯỜNG BÌNH LỢI TRUNG', 'Phường Bình Lợi Trung', '365/BC-UBND',
          'Bình Lợi Trung, ngày 02 tháng 11 năm 2026', secs, diffs, props, 'Hồ Văn Lượm')
    key('26905-BinhLoiTrung-BaoCao.docx', '26905', 'Phường Bình Lợi Trung', '365/BC-UBND', '2026-11-02', [
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 45, 'communications': 10}, 'Tuyên truyền: 01 buổi, 45 người dự, 10 tin, bài; đã làm xong'),
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 30, 'violations': 3, 'fines_vnd': 5750000}, 'Kiểm tra đo lường, chất lượng: 04 cuộc, 30 cơ sở, 03 vi phạm, 5,75 triệu đồng; còn đang làm'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 6}, 'Hướng dẫn 06 cơ sở công bố sản phẩm, ghi nhãn; còn đang làm'),
        ('II.3.a', 'not_started', {}, 'Cử cán bộ tập huấn: chưa làm được'),
    ], diffs, props)

    secs = [
        ('Công tác tuyên truyền',
         'Phường đăng trên trang thông tin điện tử và nhóm Zalo các khu phố, kết quả được 05 tin, bài. Việc này tới nay còn đang làm.'),
        ('Công tác kiểm tra',
         'Phường phối hợp Chi cục kiểm tra chợ Tân Hương và cây xăng trên đường Lũy Bán Bích, kết quả được 02 cuộc, 16 cơ sở được kiểm tra, 01 cơ sở vi phạm, phạt 2 triệu đồng. Việc này tới nay đã làm xong.'),
        ('Áp dụng ISO tại phường',
         'Phường đã công bố lại Hệ thống quản lý chất lượng TCVN ISO 9001:2015 sau khi sắp xếp bộ máy. Việc này tới nay đã làm xong.'),
        ('Cử cán bộ đi tập huấn',
         'Phường cử 02 đồng chí dự 01 lớp tập huấn nghiệp vụ do Chi cục mở. Việc này tới nay đã làm xong.'),
        ('Tố giác vi phạm',
         'Không có trường hợp tố giác. Việc này không có việc để làm.'),
    ]
    diffs = ['Hộ kinh doanh ở chợ Tân Hương hay dùng cân đồng hồ cũ, chưa tự giác đem đi kiểm định.']
    props = ['Kiến nghị Chi cục tổ chức kiểm định cân miễn phí tại chợ cho tiểu thương.']
    hand5('27019-TanSonNhi-BC-CT38.docx', 'PHƯỜNG TÂN SƠN NHÌ', 'Phường Tân Sơn Nhì', '402/BC-UBND',
          'Tân Sơn Nhì, ngày 12 tháng 11 năm 2026', secs, diffs, props, 'Bùi Thanh Sơn')
    key('27019-TanSonNhi-BC-CT38.docx', '27019', 'Phường Tân Sơn Nhì', '402/BC-UBND', '2026-11-12', [
        ('II.1.a', 'in_progress', {'communications': 5}, 'Công tác tuyên truyền: 05 tin, bài; còn đang làm'),
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 16, 'violations': 1, 'fines_vnd': 2000000}, 'Công tác kiểm tra: 02 cuộc, 16 cơ sở, 01 vi phạm, phạt 2 triệu đồng; đã làm xong'),
        ('II.2.đ', 'completed', {}, 'Công bố lại HTQLCL TCVN ISO 9001:2015; đã làm xong'),
        ('II.3.a', 'completed', {'participants': 2, 'training_courses': 1}, 'Cử 02 đồng chí dự 01 lớp tập huấn; đã làm xong'),
        ('II.5.d', 'not_applicable', {}, 'Tố giác vi phạm: không có việc'),
    ], diffs, props)


if __name__ == '__main__':
    make_h1(); make_h2(); make_h3(); make_h4(); make_h5()
    with open(os.path.join(OUT, '.keys_draft.json'), 'w', encoding='utf-8') as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
    print(len(KEYS), 'files generated')
