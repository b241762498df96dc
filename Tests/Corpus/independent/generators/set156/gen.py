# -*- coding: utf-8 -*-
"""Generator for set156: 17 reports in 5 hands + answer keys (truth/*.json)."""
import hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = []


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS.append(dict(file=fname, status=status, reason=reason,
                     unit={'id': unit_id, 'name': unit_name},
                     document={'number': number, 'date': date},
                     entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                     findings=[], difficulties=diffs, proposals=props))


def E(task, status, ind=None, text=''):
    return (task, status, ind or {}, text)


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, italic=False, center=True, size=None):
    cell.paragraphs[0].text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        b = bold
        if isinstance(ln, tuple):
            ln, b = ln
        r = p.add_run(ln)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def header_table(d, left, right, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    for c, w in zip(t.rows[0].cells, widths):
        c.width = Cm(w)
    cell_text(t.rows[0].cells[0], left)
    cell_text(t.rows[0].cells[1], right)
    return t


def para(d, text='', bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = d.add_paragraph()
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
    if indent and align not in ('c', 'r'):
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def runs(d, parts, indent=True, align='j'):
    """parts: list of (text, style) with style in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for txt, sty in parts:
        r = p.add_run(txt)
        r.bold = 'b' in sty
        r.italic = 'i' in sty
        r.underline = 'u' in sty
    if align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def grid_table(d, rows, widths=None, bold_first=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = ''
            p = c.paragraphs[0]
            r = p.add_run(str(v))
            r.font.size = Pt(size)
            r.bold = bold_first and i == 0
            if i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if widths:
                c.width = Cm(widths[j])
    return t


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.text = ''
    first = True
    for ln in left_lines:
        p = l.paragraphs[0] if first else l.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            rr = p.add_run(ln[0]); rr.bold = 'b' in ln[1]; rr.italic = 'i' in ln[1]
        else:
            rr = p.add_run(ln)
        rr.font.size = Pt(11)
        p.paragraph_format.space_after = Pt(0)
    cell_text(r, right_lines, bold=True)


# ------------------------------------------------------------- XLSX helpers
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_table(ws, r0, rows, bold_first=True, wrap=True):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=r0 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=wrap, vertical='top',
                                    horizontal='center' if (i == 0 and bold_first) else None)
            if i == 0 and bold_first:
                c.font = Font(name='Times New Roman', bold=True, size=11)
            else:
                c.font = Font(name='Times New Roman', size=11)
    return r0 + len(rows)


def save_doc(d, fname):
    d.save(os.path.join(OUT, fname))


def save_wb(wb, fname):
    wb.save(os.path.join(OUT, fname))


QH = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True), '---------------']


# =====================================================================
# HAND 1 - Lê Thị Thu Hà, chuyên viên VP HĐND-UBND: year-end "sơ kết" DOCX.
# Each item: narrative, then "- Thực hiện đến <cut-off>: …" and
# "- Ước thực hiện đến 31/12/2026: … (status in brackets)".
# =====================================================================
def h1(fname, unit_up, place, num, day, cutoff, title_sub, intro, items, diffs, props, dec, signer, chief='CHỦ TỊCH'):
    d = new_doc(size=13)
    header_table(d, ['ỦY BAN NHÂN DÂN', (unit_up, True), '——————', 'Số: %s' % num],
                 QH + [('%s, ngày %s' % (place, day), False)])
    d.tables[0].rows[0].cells[1].paragraphs[-1].runs[0].italic = True
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, title_sub, bold=True, align='c')
    para(d, '(Số liệu tính từ ngày 01/01/2026 đến ngày %s; ước thực hiện đến 31/12/2026)' % cutoff, italic=True, align='c')
    para(d, '______', align='c')
    for t in intro:
        para(d, t, align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for n, (head, body, actual, est) in enumerate(items, 1):
        para(d, '%d. %s' % (n, head), bold=True, align='j')
        for b in body:
            para(d, b, align='j')
        para(d, '- Thực hiện đến %s: %s' % (cutoff, actual), align='j')
        runs(d, [('- Ước thực hiện đến 31/12/2026: ', ''), (est, '')])
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        para(d, '%d. %s' % (i, x), align='j')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for i, x in enumerate(props, 1):
        para(d, '%d. %s' % (i, x), align='j')
    para(d, 'IV. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026', bold=True, indent=False)
    for x in dec:
        para(d, '- ' + x, align='j')
    para(d, 'Trên đây là báo cáo sơ kết của %s./.' % signer[0], align='j')
    signature(d, [('Nơi nhận:', 'bi'), '- Sở Khoa học và Công nghệ;', '- Chi cục TĐC TP.HCM;',
                  '- TT Đảng ủy, TT HĐND phường;' if 'PHƯỜNG' in unit_up else '- TT Đảng ủy, TT HĐND xã;',
                  '- CT, các PCT UBND;', '- Lưu: VT, KT (Hà).'],
              ['KT. ' + chief, 'PHÓ CHỦ TỊCH', '', '', '', signer[1]])
    save_doc(d, fname)


f = '26743-ben-thanh-so-ket-ct38-2026.docx'
h1(f, 'PHƯỜNG BẾN THÀNH', 'Bến Thành', '318/BC-UBND', '24 tháng 11 năm 2026', '20/11/2026',
   'Sơ kết tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường Bến Thành',
   ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026 và Công văn số 1736/CCTĐC-QLĐL ngày 05/11/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả năm 2026, Ủy ban nhân dân phường Bến Thành báo cáo sơ kết như sau:'],
   [('Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
     ['Phường giao Phòng Văn hóa - Xã hội phối hợp Ban quản lý chợ Bến Thành, chợ Thái Bình đưa tin trên Trang thông tin điện tử phường và các nhóm Zalo khu phố; tổ chức hội nghị tuyên truyền cho tiểu thương về ghi nhãn hàng hóa, sử dụng cân đúng quy định.'],
     '14 tin, bài; 02 hội nghị tuyên truyền với 185 lượt tiểu thương, hộ kinh doanh tham dự.',
     '16 tin, bài; 03 hội nghị, khoảng 240 lượt người (còn tiếp tục thực hiện trong tháng 12).'),
    ('Công tác tập huấn, bồi dưỡng nghiệp vụ cho công chức',
     ['Cử công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng dành cho công chức phường, xã, đặc khu do Chi cục TĐC tổ chức ngày 16/9/2026.'],
     '01 lớp, 03 công chức tham dự.',
     '01 lớp, 03 công chức (đã hoàn thành kế hoạch năm).'),
    ('Kiểm tra đo lường, chất lượng hàng hóa theo phân cấp',
     ['Tổ kiểm tra liên ngành phường kiểm tra việc sử dụng cân trong mua bán tại chợ Bến Thành, chợ Thái Bình và các cửa hàng tạp hóa trên đường Lê Thánh Tôn, Nguyễn Trãi; lập biên bản các trường hợp sử dụng cân có sai số vượt quá giới hạn cho phép.'],
     '04 cuộc kiểm tra, 57 cơ sở (quầy sạp) được kiểm tra, phát hiện 06 trường hợp vi phạm, đã ra quyết định xử phạt với tổng số tiền 9.500.000 đồng.',
     '05 cuộc, khoảng 70 cơ sở (còn tiếp tục thực hiện trong tháng 12, đợt cao điểm Tết Nguyên đán).'),
    ('Duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
     ['Phường đã rà soát, cập nhật 12 quy trình giải quyết thủ tục hành chính sau sắp xếp; tổ chức đánh giá nội bộ vào tháng 8/2026 và công bố lại hệ thống quản lý chất lượng phù hợp.'],
     'đã công bố lại hệ thống ngày 28/8/2026.',
     'duy trì (đã hoàn thành).'),
    ('Tiếp nhận, xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
     ['Qua đường dây nóng và Cổng góp ý của phường, trong năm chưa nhận được tin báo, tố giác về gian lận đo lường, hàng hóa kém chất lượng.'],
     'không phát sinh.',
     'không phát sinh.')],
   ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc.',
    'Phường chưa được trang bị bộ quả cân chuẩn để kiểm tra nhanh cân tại chợ, phải mượn của Ban quản lý chợ.'],
   ['Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn và tài liệu hướng dẫn kiểm tra cân nhanh tại chợ.',
    'Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn chuyên sâu về kiểm tra nhãn hàng hóa cho công chức phường trong Quý I/2027.'],
   ['Tăng cường kiểm tra đo lường tại chợ phục vụ Tết Nguyên đán Đinh Mùi 2027.', 'Tổng kết, đánh giá kết quả năm 2026, xây dựng kế hoạch năm 2027.'],
   ('Ủy ban nhân dân phường Bến Thành', 'Nguyễn Thị Minh Thư'))
key(f, '26743', 'Phường Bến Thành', '318/BC-UBND', '2026-11-24',
    [E('II.1.a', 'in_progress', {'communications': 14, 'training_courses': 2, 'participants': 185},
       'Tuyên truyền: 14 tin, bài; 02 hội nghị tuyên truyền với 185 lượt tiểu thương (còn tiếp tục thực hiện trong tháng 12).'),
     E('II.3.a', 'completed', {'training_courses': 1, 'participants': 3},
       'Cử công chức tham dự lớp tập huấn do Chi cục TĐC tổ chức: 01 lớp, 03 công chức (đã hoàn thành kế hoạch năm).'),
     E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 57, 'violations': 6, 'fines_vnd': 9500000},
       'Kiểm tra đo lường tại chợ: 04 cuộc, 57 cơ sở, 06 vi phạm, phạt 9.500.000 đồng (còn tiếp tục trong tháng 12).'),
     E('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015, cập nhật 12 quy trình, công bố lại 28/8/2026 (đã hoàn thành).'),
     E('II.5.d', 'not_applicable', {}, 'Tiếp nhận tố giác vi phạm: không phát sinh.')],
    ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc.',
     'Phường chưa được trang bị bộ quả cân chuẩn để kiểm tra nhanh cân tại chợ, phải mượn của Ban quản lý chợ.'],
    ['Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn và tài liệu hướng dẫn kiểm tra cân nhanh tại chợ.',
     'Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn chuyên sâu về kiểm tra nhãn hàng hóa cho công chức phường trong Quý I/2027.'])

f = '25747-thu-dau-mot-bc-so-ket-nam.docx'
h1(f, 'PHƯỜNG THỦ DẦU MỘT', 'Thủ Dầu Một', '402/BC-UBND', '25 tháng 11 năm 2026', '15/11/2026',
   'Sơ kết công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (thực hiện Chỉ thị số 38-CT/TW)',
   ['Căn cứ Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh triển khai Chỉ thị số 38-CT/TW năm 2026;',
    'Ủy ban nhân dân phường Thủ Dầu Một báo cáo sơ kết kết quả thực hiện năm 2026 như sau:'],
   [('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
     ['Đăng tải tin bài trên Trang thông tin điện tử phường, phát trên hệ thống loa truyền thanh của 06 khu phố; phối hợp Hội Liên hiệp Phụ nữ phường tổ chức 01 buổi hội nghị tuyên truyền về nhận biết hàng giả, hàng kém chất lượng. Kinh phí tuyên truyền chi từ nguồn sự nghiệp văn hóa thông tin của phường.'],
     '09 tin,bài ; 01 hội nghị, 120 lượt hội viên tham dự;  kinh phí đã chi 12.500.000 đồng.',
     '11 tin, bài (tiếp tục thực hiện, chưa hoàn thành trong kỳ).'),
    ('Hướng dẫn hộ kinh doanh, doanh nghiệp về ghi nhãn, công bố chất lượng sản phẩm',
     ['Bộ phận Một cửa và Phòng Kinh tế hướng dẫn các cơ sở sản xuất thực phẩm, đồ gỗ trên địa bàn thực hiện ghi nhãn hàng hóa, tự công bố sản phẩm theo quy chuẩn kỹ thuật.'],
     'đã hướng dẫn 06 doanh nghiệp, hộ kinh doanh.',
     '08 doanh nghiệp, hộ kinh doanh (đang tiếp tục hướng dẫn).'),
    ('Tham gia tập huấn nghiệp vụ',
     ['Cử công chức Phòng Kinh tế tham gia lớp tập huấn về quản lý đo lường, chất lượng hàng hóa do Chi cục TĐC tổ chức.'],
     '02 công chức tham dự.',
     '02 công chức (đã hoàn thành).'),
    ('Kiểm tra về đo lường, chất lượng tại chợ, cửa hàng xăng dầu',
     ['Phường thành lập Tổ kiểm tra, kiểm tra các quầy hàng tại chợ Thủ Dầu Một và cửa hàng xăng dầu trên đường Cách Mạng Tháng Tám, Yersin.'],
     '03 cuộc, 41 cơ sở được kiểm tra, 02 cơ sở vi phạm, xử phạt 4.000.000 đồng.',
     '03 cuộc, 41 cơ sở (đã hoàn thành kế hoạch kiểm tra năm 2026).'),
    ('Áp dụng ISO 9001:2015 trong hoạt động hành chính',
     ['Phường tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp, đang xây dựng lại bộ quy trình nội bộ.'],
     'đã ban hành 35/52 quy trình.',
     'hoàn thiện toàn bộ quy trình (còn tiếp tục thực hiện trong tháng 12).')],
   ['Số lượng hộ kinh doanh nhỏ lẻ nhiều, thường xuyên thay đổi địa điểm nên khó theo dõi, quản lý.',
    'Kinh phí dành cho công tác kiểm tra đo lường, chất lượng ở phường còn hạn chế.'],
   ['Đề nghị Chi cục TĐC phối hợp với phường kiểm tra đột xuất các cửa hàng xăng dầu vào dịp cuối năm.',
    'Kiến nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền (tờ rơi, pano) về đo lường, chất lượng cho các khu phố.'],
   ['Hoàn thiện quy trình ISO.', 'Tiếp tục tuyên truyền trên loa truyền thanh khu phố.'],
   ('Ủy ban nhân dân phường Thủ Dầu Một', 'Trần Quốc Hưng'))
key(f, '25747', 'Phường Thủ Dầu Một', '402/BC-UBND', '2026-11-25',
    [E('II.1.a', 'in_progress', {'communications': 9, 'training_courses': 1, 'participants': 120, 'budget_spent_vnd': 12500000},
       'Tuyên truyền: 09 tin, bài; 01 hội nghị, 120 lượt; kinh phí 12.500.000 đồng (tiếp tục thực hiện).'),
     E('II.2.d', 'in_progress', {'enterprises_supported': 6},
       'Hướng dẫn 06 doanh nghiệp, hộ kinh doanh ghi nhãn, tự công bố (đang tiếp tục hướng dẫn).'),
     E('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức tham gia tập huấn do Chi cục TĐC tổ chức (đã hoàn thành).'),
     E('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 41, 'violations': 2, 'fines_vnd': 4000000},
       'Kiểm tra chợ, xăng dầu: 03 cuộc, 41 cơ sở, 02 vi phạm, phạt 4.000.000 đồng (đã hoàn thành kế hoạch năm).'),
     E('II.2.đ', 'in_progress', {}, 'ISO 9001:2015: đã ban hành 35/52 quy trình (còn tiếp tục trong tháng 12).')],
    ['Số lượng hộ kinh doanh nhỏ lẻ nhiều, thường xuyên thay đổi địa điểm nên khó theo dõi, quản lý.',
     'Kinh phí dành cho công tác kiểm tra đo lường, chất lượng ở phường còn hạn chế.'],
    ['Đề nghị Chi cục TĐC phối hợp với phường kiểm tra đột xuất các cửa hàng xăng dầu vào dịp cuối năm.',
     'Kiến nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền (tờ rơi, pano) về đo lường, chất lượng cho các khu phố.'])

f = '27553-xa-cu-chi-so-ket-tdc-2026.docx'
h1(f, 'XÃ CỦ CHI', 'Củ Chi', '287/BC-UBND', '26 tháng 11 năm 2026', '20/11/2026',
   'Sơ kết thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW trên địa bàn xã Củ Chi',
   ['Ủy ban nhân dân xã Củ Chi báo cáo kết quả triển khai năm 2026 như sau:'],
   [('Thông tin, tuyên truyền',
     ['Đài truyền thanh xã phát tin về sử dụng phương tiện đo, nhãn hàng hóa nông sản, truy xuất nguồn gốc; treo băng rôn tại chợ Củ Chi và chợ Phước Thạnh (cũ).'],
     '13 tin, bài (gồm 11 tin phát thanh và 02 bài đăng Trang thông tin điện tử xã).',
     '15 tin, bài (tiếp tục thực hiện đến cuối năm).'),
    ('Hỗ trợ hợp tác xã, cơ sở sản xuất áp dụng truy xuất nguồn gốc',
     ['Phối hợp Trung tâm Dịch vụ nông nghiệp hướng dẫn các hợp tác xã rau an toàn, bò sữa đăng ký tem truy xuất nguồn gốc (mã QR) cho sản phẩm OCOP.'],
     'hướng dẫn 04 hợp tác xã, cơ sở; 02 sản phẩm đã gắn tem truy xuất.',
     '05 hợp tác xã, cơ sở (đang tiếp tục thực hiện).'),
    ('Tham dự tập huấn',
     ['Xã cử công chức tham dự tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.'],
     '02 công chức.',
     '02 công chức (đã hoàn thành).'),
    ('Kiểm tra đo lường, chất lượng theo phân cấp',
     ['Phòng Kinh tế chủ trì, phối hợp Công an xã kiểm tra các cửa hàng xăng dầu, cơ sở kinh doanh vật liệu xây dựng và phân bón dọc Tỉnh lộ 8, Quốc lộ 22.'],
     '02 cuộc kiểm tra, 18 cơ sở được kiểm tra; chưa phát hiện vi phạm.',
     '03 cuộc, 25 cơ sở (dự kiến kiểm tra thêm 01 cuộc trong tháng 12, còn đang thực hiện).')],
   ['Xã mới sắp xếp, địa bàn rộng, công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng còn thiếu kinh nghiệm.',
    'Nhiều hợp tác xã chưa mặn mà với việc áp dụng truy xuất nguồn gốc do phát sinh chi phí.'],
   ['Đề nghị Sở Khoa học và Công nghệ có chính sách hỗ trợ kinh phí cho hợp tác xã áp dụng truy xuất nguồn gốc.'],
   ['Kiểm tra cửa hàng xăng dầu dịp cuối năm.', 'Tổng kết năm 2026.'],
   ('Ủy ban nhân dân xã Củ Chi', 'Lê Văn Tám'))
key(f, '27553', 'Xã Củ Chi', '287/BC-UBND', '2026-11-26',
    [E('II.1.a', 'in_progress', {'communications': 13},
       'Tuyên truyền: 13 tin, bài (11 tin phát thanh, 02 bài trên Trang TTĐT) (tiếp tục thực hiện).'),
     E('II.2.a', 'in_progress', {'enterprises_supported': 4},
       'Hướng dẫn 04 hợp tác xã, cơ sở áp dụng tem truy xuất nguồn gốc (đang tiếp tục thực hiện).'),
     E('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức tham dự tập huấn (đã hoàn thành).'),
     E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 18},
       'Kiểm tra xăng dầu, VLXD: 02 cuộc, 18 cơ sở, chưa phát hiện vi phạm (còn đang thực hiện).')],
    ['Xã mới sắp xếp, địa bàn rộng, công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng còn thiếu kinh nghiệm.',
     'Nhiều hợp tác xã chưa mặn mà với việc áp dụng truy xuất nguồn gốc do phát sinh chi phí.'],
    ['Đề nghị Sở Khoa học và Công nghệ có chính sách hỗ trợ kinh phí cho hợp tác xã áp dụng truy xuất nguồn gốc.'])

# mistaken (chuyển đổi số / Đề án 06) in hand 1
f = '26884-go-vap-so-ket-nam-2026.docx'
h1(f, 'PHƯỜNG GÒ VẤP', 'Gò Vấp', '511/BC-UBND', '23 tháng 11 năm 2026', '20/11/2026',
   'Sơ kết tình hình thực hiện chuyển đổi số và Đề án 06 năm 2026 trên địa bàn phường Gò Vấp',
   ['Thực hiện Công văn của Ủy ban nhân dân Thành phố về sơ kết công tác chuyển đổi số, Đề án 06 năm 2026, Ủy ban nhân dân phường Gò Vấp báo cáo như sau:'],
   [('Hạ tầng số và dữ liệu dân cư',
     ['Phối hợp Công an phường làm sạch dữ liệu dân cư, cấp tài khoản định danh điện tử mức độ 2 cho người dân.'],
     'kích hoạt 18.420 tài khoản VNeID mức độ 2.', '19.000 tài khoản (tiếp tục thực hiện).'),
    ('Dịch vụ công trực tuyến',
     ['Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình.'],
     'tỷ lệ hồ sơ trực tuyến đạt 86,4%.', 'trên 88% (đã hoàn thành chỉ tiêu).'),
    ('Tổ công nghệ số cộng đồng',
     ['Duy trì 12 tổ công nghệ số cộng đồng tại các khu phố.'],
     '12 tổ, 96 thành viên.', '12 tổ (đã hoàn thành).')],
   ['Một bộ phận người cao tuổi còn ngại sử dụng dịch vụ công trực tuyến.'],
   ['Đề nghị Thành phố nâng cấp đường truyền cho Bộ phận Một cửa phường.'],
   ['Tổng kết Đề án 06 năm 2026.'],
   ('Ủy ban nhân dân phường Gò Vấp', 'Phạm Thanh Bình'))
key(f, '26884', 'Phường Gò Vấp', '511/BC-UBND', '2026-11-23', [], [], [],
    status='rejected', reason='Báo cáo sơ kết chuyển đổi số và Đề án 06, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')


# =====================================================================
# HAND 2 - Trần Văn Lộc, văn thư: OCR of the scanned signed copy pasted
# into Word (Arial 11): one paragraph per printed line, misread diacritics
# ("phuờng", "dồng", "nărn"), stray page numbers, stamp debris, scanner footer.
# =====================================================================
def h2(fname, lines):
    d = new_doc(font='Arial', size=11, margins=(1.5, 1.5, 2, 1.5))
    for ln in lines:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if ln.startswith('@b '):
            r = p.add_run(ln[3:]); r.bold = True
        elif ln.startswith('@c '):
            p.add_run(ln[3:]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.add_run(ln)
    save_doc(d, fname)


f = '26506-vung-tau-bc-ct38-ocr.docx'
h2(f, [
 'UỶ BAN NHÂN DÂN            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
 'PHUỜNG VŨNG TÀU                    Độc lập - Tự do - Hạnh phúc',
 '                                              _______________',
 'Số: 296 /BC-UBND          Vũng Tàu, ngày 21 tháng 11 nărn 2026',
 '',
 '@c BÁO CÁO',
 '@c Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW',
 '@c vể tiêu chuẩn, đo lường, chất lượng năm 2026 của Phường Vũng Tàu',
 '',
 '        Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.',
 '',
 '    Thực hiện Công văn số 1736/CCTĐC-QLĐL ngày 05/11/2026 của Chi cục Tiêu chuẩn Đo',
 'luờng Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch năm 2026, Ủy ban nhân dân',
 'phường Vũng Tàu báo cáo như sau:',
 '    1. Công tác tuyên truyền',
 '    Phường dã chỉ đạo Trung tâm Văn hóa - Thể thao và Truyền thông phường đưa 06 tin,',
 'bài về tiêu chuẩn, đo lường, chất luợng trên Trang thông tin điện tử và hệ thống loa',
 'tại chợ Vũng Tàu, chợ Xóm Lưới. Nội dung này phường đang tiếp tục thực hiện.',
 '    2. Công tác kiểm tra theo phân cấp',
 '    Tổ kiểm tra liên ngành của phường đã tổ chức 03 cuộc kiểm tra đo luờng, nhãn hàng hóa',
 'tại các chợ và cửa hàng xăng dầu trên dịa bàn, kiểm tra 1§ cơ sở, phát hiện 04 cơ sở',
 '',
 '                                                 2',
 '',
 'vi phạm, xử phạt vi phạm hành chính 7.000.000 dồng. Đến nay phường đã hoàn thành',
 'kế hoạch kiểm tra năm 2026.',
 '    3. Công tác tập huấn',
 '    Phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tại',
 'phường Bà Rịa ngày 10/10/2026 (đã hoàn thành).',
 '    4. Áp dụng hệ thống quản lý chất lượng',
 '    Phường đang chuyển đổi hệ thống quản lý chất luợng theo TCVN ISO 9001:2015 sang',
 'môi truờng điện tử, hiện đang thực hiện.',
 '    II. KHÓ KHĂN, VƯỚNG MẮC',
 '    - Cán bộ kiêm nhiệm, chưa dược đào tạo chuyên sâu vể đo lường.',
 '    - Phường chưa có kinh phí riêng cho hoạt động kiểm tra.',
 '    III. KIẾN NGHỊ',
 '    - Đề nghị Chi cục TĐC tổ chức tập huấn kỹ năng kiểm tra nhãn hàng hóa cho công chức phường.',
 '',
 'Nơi nhận:                                              KT. CHỦ TỊCH',
 '- Như trên;                                           PHÓ CHỦ TỊCH',
 '- Lưu: VT.                                     ỦY B*N NH^N D^N',
 '                                                   (Đã ký)  *',
 '                                                Đỗ Thị Hồng Nhung',
 '',
 'Scanned with CamScanner',
])
key(f, '26506', 'Phường Vũng Tàu', '296/BC-UBND', '2026-11-21',
    [E('II.1.a', 'in_progress', {'communications': 6}, 'đưa 06 tin, bài về TCĐLCL … đang tiếp tục thực hiện.'),
     E('II.5.c', 'completed', {'inspections': 3, 'violations': 4, 'fines_vnd': 7000000},
       '03 cuộc kiểm tra … kiểm tra 1§ cơ sở (không đọc được), 04 cơ sở vi phạm, xử phạt 7.000.000 đồng; đã hoàn thành kế hoạch kiểm tra năm.'),
     E('II.3.a', 'completed', {'participants': 2}, 'cử 02 công chức tham dự lớp tập huấn (đã hoàn thành).'),
     E('II.2.đ', 'in_progress', {}, 'chuyển đổi ISO 9001:2015 sang môi trường điện tử, hiện đang thực hiện.')],
    ['Cán bộ kiêm nhiệm, chưa dược đào tạo chuyên sâu vể đo lường.',
     'Phường chưa có kinh phí riêng cho hoạt động kiểm tra.'],
    ['Đề nghị Chi cục TĐC tổ chức tập huấn kỹ năng kiểm tra nhãn hàng hóa cho công chức phường.'])

f = '27559-hoc-mon-bao-cao-scan.docx'
h2(f, [
 'ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
 '    XÃ HÓC MÔN                       Độc 1ập - Tự do - Hạnh phúc',
 'Số: 341/BC-UBND                Hóc Môn, ngày 23 tháng 11 năm 2026',
 '',
 '@c BÁO CÁO',
 '@c Tình hình thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư vể tiêu chuẩn,',
 '@c đo lường, chất lượng năm 2026 trên địa bàn xã Hóc Môn',
 '',
 '    Ủy ban nhân dân xã Hóc Môn báo cáo kết quả thực hiện các nội dung xã được giao',
 'theo Kế hoạch của Sở Khoa học và Công nghệ như sau:',
 '    1. Tuyên truyền: xã đã đăng 08 tin, bài trên trang thông tin điện tử, nhóm Zalo',
 'các ấp; phối hợp Hội Nông dân tổ chức 01 hội nghị phổ biến quy định về nhãn hàng',
 'hóa, phân bón, thuốc bảo vệ thực vật với 95 lượt hội viên tham dự. Nội dung nầy',
 'đang tiếp tục triển khai trong tháng 12/2026.',
 '    2. Kiểm tra: Phòng Kinh tế chủ trì kiểm tra 02 cuộc tại chợ Hóc Môn, chợ Bà Điểm',
 '(cũ) và các cửa hàng kinh doanh phân bón, tổng số 15 cơ sở được kiểm tra; phát hiện',
 '01 cơ sở vi phạm về đo lường, xử phạt 2.500.000 đồng. Kết quả: dã hoàn thành.',
 '',
 '- 2 -',
 '',
 '    3. Tiếp nhận phản ánh: xã tiếp nhận 01 phản ánh của người dân vể việc cân',
 'thiếu tại chợ Hóc Môn qua đường dây nóng; đã xác minh, xử lý và trả lời người phản',
 'ánh, bảo đảm giữ bí mật thông tin người phản ánh. Đã hoàn thành.',
 '    4. Tập huấn: xã cử 01 công chức tham dự lớp tập huấn của Chi cục TĐC (hoàn thành).',
 '    * Khó khăn:',
 '    - Xã chưa có phương tiện đo kiểm tra (quả cân chuẩn, cân đối chứng) để kiểm tra nhanh tại chợ.',
 '    * Kiến nghị:',
 '    - Đề nghị Chi cục TĐC trang bị cân đối chứng đặt tại chợ Hóc Môn.',
 '    - Đề nghị Sở tăng thời lượng tập huấn thực hành cho công chức xã.',
 '',
 'Nơi nhận:                                           TM. ỦY BAN NHÂN DÂN',
 '- Chi cục TĐC;                                             CHỦ TỊCH',
 '- Lưu: VT, KT.                                  ( Đã ký và đóng dấu )',
 '                                         * XÃ H0C MÔN * TP.HỒ CHÍ M1NH *',
 '                                                 Nguyễn Văn Phước',
 '',
 'Scanned with CamScanner',
])
key(f, '27559', 'Xã Hóc Môn', '341/BC-UBND', '2026-11-23',
    [E('II.1.a', 'in_progress', {'communications': 8, 'training_courses': 1, 'participants': 95},
       'đăng 08 tin, bài; 01 hội nghị với 95 lượt hội viên; đang tiếp tục triển khai.'),
     E('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 2500000},
       'kiểm tra 02 cuộc, 15 cơ sở, 01 cơ sở vi phạm, phạt 2.500.000 đồng; đã hoàn thành.'),
     E('II.5.d', 'completed', {}, 'tiếp nhận 01 phản ánh cân thiếu, đã xác minh, xử lý, giữ bí mật người phản ánh. Đã hoàn thành.'),
     E('II.3.a', 'completed', {'participants': 1}, 'cử 01 công chức tham dự lớp tập huấn (hoàn thành).')],
    ['Xã chưa có phương tiện đo kiểm tra (quả cân chuẩn, cân đối chứng) để kiểm tra nhanh tại chợ.'],
    ['Đề nghị Chi cục TĐC trang bị cân đối chứng đặt tại chợ Hóc Môn.',
     'Đề nghị Sở tăng thời lượng tập huấn thực hành cho công chức xã.'])

f = '25942-di-an-bc-kh38-ban-chup.docx'
h2(f, [
 'UBND THÀNH PHỐ HỒ CHÍ MINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
 'ỦY BAN NHÂN DÂN PHƯỜNG DĨ AN              Độc lập - Tự do - Hạnh phúc',
 'Số: 512/BC-UBND                   Dĩ An, ngày 27 tháng 11 nam 2026',
 '',
 '@c BÁO CÁO',
 '@c Kết quả thực hiện Kế hoạch năm 2026 triển khai Chỉ thị số 38-CT/TW',
 '',
 '    Ủy ban nhân dân phường Dĩ An báo cáo kết quả như sau:',
 '    1. Tuyên truyền, phổ biến: phuờng đã đăng tải 10 tin, bài trên Trang thông tin',
 'điện tử phường và Fanpage "Phường Dĩ An"; nội dung tuyên truyền năm 2026 đã hoàn',
 'thành.',
 '    2. Hướng dẫn doanh nghiệp: phối hợp Chi cục TĐC hướng dẫn 05 doanh nghiệp trong',
 'khu dân cư Đông Hòa, Tân Bình (cũ) thực hiện công bố hợp quy, ghi nhãn hàng hóa; đang',
 'tiếp tục thực hiện.',
 '    3. Kiểm tra: tổ chức 04 cuộc kiểm tra tại chợ Dĩ An, chợ Nhị Đồng và cửa hàng xăng',
 'dầu, khí dầu mỏ hóa lỏng (LPG), kiểm tra 36 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt',
 '6.750.000 đồng. Phường đang tiếp tục kiểm tra trong tháng 12/2026.',
 '',
 '                                                   2',
 '    4. ISO: duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã đánh giá',
 'nội bộ tháng 9/2026; hoàn thành.',
 '    5. Tập huấn: năm 2026 phường chưa cử được công chức tham dự tập huấn do trùng',
 'lịch tiếp công dân; chưa thực hiện.',
 '    Khó khăn, vướng mắc:',
 '    - Lịch tập huấn của Chi cục trùng với lịch tiếp công dân định kỳ của phuờng.',
 '    - Các cơ sở kinh doanh LPG nhỏ lẻ thường xuyên đóng cửa khi có đoàn kiểm tra.',
 '    Đề xuất:',
 '    - Đề nghị Chi cục TĐC thông báo lịch tập huấn sớm (trước ít nhất 15 ngày).',
 '',
 'Nơi nhận:                                               TM. ỦY BAN NHÂN DÂN',
 '- Chi cục TĐC TP.HCM;                                        KT. CHỦ TỊCH',
 '- Lưu: VT.                                                  PHÓ CHỦ TỊCH',
 '                                                        (đã ký, đóng dấu)',
 '                                                          Võ Hoàng Sơn',
 '',
 '                                                   3',
 'Scanned with CamScanner',
])
key(f, '25942', 'Phường Dĩ An', '512/BC-UBND', '2026-11-27',
    [E('II.1.a', 'completed', {'communications': 10}, 'đăng tải 10 tin, bài; nội dung tuyên truyền năm 2026 đã hoàn thành.'),
     E('II.2.d', 'in_progress', {'enterprises_supported': 5}, 'hướng dẫn 05 doanh nghiệp công bố hợp quy, ghi nhãn; đang tiếp tục thực hiện.'),
     E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 36, 'violations': 3, 'fines_vnd': 6750000},
       '04 cuộc, 36 cơ sở, 03 vi phạm, phạt 6.750.000 đồng; đang tiếp tục kiểm tra.'),
     E('II.2.đ', 'completed', {}, 'duy trì ISO 9001:2015, đánh giá nội bộ tháng 9/2026; hoàn thành.'),
     E('II.3.a', 'not_started', {}, 'chưa cử được công chức tham dự tập huấn; chưa thực hiện.')],
    ['Lịch tập huấn của Chi cục trùng với lịch tiếp công dân định kỳ của phuờng.',
     'Các cơ sở kinh doanh LPG nhỏ lẻ thường xuyên đóng cửa khi có đoàn kiểm tra.'],
    ['Đề nghị Chi cục TĐC thông báo lịch tập huấn sớm (trước ít nhất 15 ngày).'])


# =====================================================================
# HAND 4 - Phạm Minh Tuấn (and a like-minded Sở clerk): report organised
# by the unit's own departments; the plan task only named in passing; no
# figures in the text ("số liệu tại mục 1.1"), all figures in a closing
# "BẢNG TỔNG HỢP SỐ LIỆU" keyed by the report's own numbering.
# =====================================================================
def h4(fname, left, right, title, kinhgui, opening, parts, diffs, props, sign_left, sign_right, tab_title, tab_rows):
    d = new_doc(size=14, margins=(2, 2, 3, 1.5))
    header_table(d, left, right)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    for t in title:
        para(d, t, bold=True, align='c')
    para(d, kinhgui, align='c')
    for o in opening:
        para(d, o, align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN CỦA CÁC BỘ PHẬN', bold=True, indent=False)
    for n, (dept, items) in enumerate(parts, 1):
        runs(d, [('%d. %s' % (n, dept), 'bu')], indent=True)
        for m, txt in enumerate(items, 1):
            runs(d, [('%d.%d. ' % (n, m), 'b'), (txt, '')])
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs:
        para(d, '- ' + x, align='j')
    para(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for x in props:
        para(d, '- ' + x, align='j')
    signature(d, sign_left, sign_right)
    d.add_page_break()
    para(d, 'BẢNG TỔNG HỢP SỐ LIỆU', bold=True, align='c')
    para(d, tab_title, italic=True, align='c')
    grid_table(d, [['Mục', 'Nội dung số liệu', 'Đơn vị tính', 'Số liệu', 'Bộ phận báo cáo']] + tab_rows,
               widths=(1.4, 7.5, 2.2, 2.6, 3.3))
    save_doc(d, fname)


f = '27343-cho-lon-bc-theo-bo-phan.docx'
h4(f, ['ỦY BAN NHÂN DÂN', ('PHƯỜNG CHỢ LỚN', True), '———', 'Số: 455/BC-UBND'],
   QH + [('Chợ Lớn, ngày 28 tháng 11 năm 2026', False)],
   ['Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026', 'theo Chỉ thị số 38-CT/TW của Ban Bí thư'],
   'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
   ['Ủy ban nhân dân phường Chợ Lớn tổng hợp báo cáo của các phòng, bộ phận chuyên môn về kết quả thực hiện năm 2026 như sau (số liệu chi tiết tại Bảng tổng hợp kèm theo):'],
   [('Phòng Kinh tế', [
       'Phòng Kinh tế là bộ phận thường trực của Tổ kiểm tra liên ngành phường, đã kiểm tra việc sử dụng cân, ghi nhãn hàng hóa tại chợ Bình Tây, chợ Kim Biên và các cửa hàng trên đường Hải Thượng Lãn Ông, đây là phần việc phường được phân cấp theo Kế hoạch 38 của Sở. Việc kiểm tra đến nay vẫn đang thực hiện, còn đợt kiểm tra cao điểm phục vụ Tết Nguyên đán (số liệu tại mục 1.1).',
       'Phòng hướng dẫn các hộ kinh doanh, doanh nghiệp nhập khẩu hàng hóa tại khu vực chợ Bình Tây về ghi nhãn phụ tiếng Việt, công bố chất lượng hàng hóa; việc hướng dẫn đã làm xong trong Quý III (số liệu tại mục 1.2).']),
    ('Phòng Văn hóa - Xã hội', [
       'Phòng Văn hóa - Xã hội đưa tin, bài về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử, các nhóm Zalo khu phố và tổ chức hội nghị tuyên truyền cho tiểu thương (nội dung tuyên truyền của Kế hoạch). Phần việc tuyên truyền năm 2026 của Phòng đã hoàn thành (số liệu tại mục 2.1).']),
    ('Công an phường', [
       'Công an phường tiếp nhận, xác minh tin báo, tố giác về gian lận đo lường, hàng giả, hàng kém chất lượng, bảo đảm bí mật cho người tố giác; việc này đang tiếp tục thực hiện thường xuyên.']),
    ('Văn phòng HĐND và UBND phường', [
       'Văn phòng duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Ủy ban nhân dân phường, đã đánh giá nội bộ và công bố lại trong tháng 9/2026; đã hoàn thành.',
       'Văn phòng cử công chức tham dự tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức cho công chức phường, xã; đã hoàn thành (số liệu tại mục 4.2).'])],
   ['Khu vực chợ Bình Tây tập trung nhiều hộ kinh doanh hàng nhập khẩu, việc kiểm tra nhãn phụ mất nhiều thời gian.',
    'Phường chưa có công chức có chuyên môn về đo lường.'],
   ['Đề nghị Chi cục TĐC cử cán bộ hỗ trợ phường trong đợt kiểm tra cao điểm Tết Nguyên đán 2027.',
    'Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục hàng hóa nhóm 2 cập nhật để phường tuyên truyền.'],
   [('Nơi nhận:', 'bi'), '- Như trên;', '- Chi cục TĐC;', '- Lưu: VT, KT.'],
   ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Lâm Gia Huy'],
   '(Kèm theo Báo cáo số 455/BC-UBND ngày 28/11/2026 của UBND phường Chợ Lớn)',
   [['1.1', 'Số cuộc kiểm tra', 'cuộc', '05', 'Phòng Kinh tế'],
    ['1.1', 'Số cơ sở được kiểm tra', 'cơ sở', '62', 'Phòng Kinh tế'],
    ['1.1', 'Số cơ sở vi phạm', 'cơ sở', '07', 'Phòng Kinh tế'],
    ['1.1', 'Tiền phạt vi phạm hành chính', 'đồng', '15.750.000', 'Phòng Kinh tế'],
    ['1.2', 'Hộ kinh doanh, doanh nghiệp được hướng dẫn', 'cơ sở', '11', 'Phòng Kinh tế'],
    ['2.1', 'Tin, bài tuyên truyền', 'tin, bài', '18', 'Phòng VH-XH'],
    ['2.1', 'Hội nghị tuyên truyền', 'hội nghị', '01', 'Phòng VH-XH'],
    ['2.1', 'Lượt người tham dự', 'lượt', '140', 'Phòng VH-XH'],
    ['4.2', 'Công chức tham dự tập huấn', 'người', '02', 'Văn phòng']])
key(f, '27343', 'Phường Chợ Lớn', '455/BC-UBND', '2026-11-28',
    [E('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 62, 'violations': 7, 'fines_vnd': 15750000},
       'Phòng Kinh tế kiểm tra cân, nhãn tại chợ Bình Tây… vẫn đang thực hiện (mục 1.1: 05 cuộc, 62 cơ sở, 07 vi phạm, 15.750.000 đồng).'),
     E('II.2.d', 'completed', {'enterprises_supported': 11}, 'Hướng dẫn hộ KD, DN nhập khẩu ghi nhãn phụ, công bố chất lượng; đã làm xong (mục 1.2: 11).'),
     E('II.1.a', 'completed', {'communications': 18, 'training_courses': 1, 'participants': 140},
       'Phòng VH-XH tuyên truyền; đã hoàn thành (mục 2.1: 18 tin bài, 01 hội nghị, 140 lượt).'),
     E('II.5.d', 'in_progress', {}, 'Công an phường tiếp nhận, xác minh tin báo tố giác…; đang tiếp tục thực hiện thường xuyên.'),
     E('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015, công bố lại 9/2026; đã hoàn thành.'),
     E('II.3.a', 'completed', {'participants': 2}, 'Cử công chức tham dự tập huấn của Chi cục; đã hoàn thành (mục 4.2: 02 người).')],
    ['Khu vực chợ Bình Tây tập trung nhiều hộ kinh doanh hàng nhập khẩu, việc kiểm tra nhãn phụ mất nhiều thời gian.',
     'Phường chưa có công chức có chuyên môn về đo lường.'],
    ['Đề nghị Chi cục TĐC cử cán bộ hỗ trợ phường trong đợt kiểm tra cao điểm Tết Nguyên đán 2027.',
     'Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục hàng hóa nhóm 2 cập nhật để phường tuyên truyền.'])

f = 'so-cong-thuong-bc-kq-ct38-2026.docx'
h4(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', ('SỞ CÔNG THƯƠNG', True), '———', 'Số: 6218/BC-SCT'],
   QH + [('Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026', False)],
   ['Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', 'về tiêu chuẩn, đo lường, chất lượng năm 2026'],
   'Kính gửi: Sở Khoa học và Công nghệ.',
   ['Phúc đáp Công văn số 3902/SKHCN-TĐC ngày 28/10/2026 của Sở Khoa học và Công nghệ, Sở Công Thương tổng hợp kết quả thực hiện của các phòng chuyên môn như sau:'],
   [('Phòng Quản lý Thương mại', [
       'Phòng cử công chức tham gia các đoàn kiểm tra liên ngành do Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì về chất lượng, đo lường xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường; kế hoạch phối hợp kiểm tra năm 2026 đã hoàn thành (số liệu tại mục 1.1).',
       'Phòng phối hợp lấy mẫu xăng dầu tại các cửa hàng bán lẻ phục vụ khảo sát chất lượng; đang tiếp tục, đợt lấy mẫu cuối năm chưa có kết quả thử nghiệm (số liệu tại mục 1.2).']),
    ('Phòng Kỹ thuật an toàn - Môi trường', [
       'Phòng chủ trì góp ý các dự thảo quy chuẩn kỹ thuật quốc gia về an toàn hóa chất, chai chứa khí LPG do Bộ Công Thương gửi lấy ý kiến; đã hoàn thành (số liệu tại mục 2.1).']),
    ('Phòng Quản lý Công nghiệp', [
       'Phòng triển khai hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất, chất lượng (lồng ghép Chương trình 1322 và chương trình khuyến công); đang thực hiện, một số hợp đồng hỗ trợ chưa nghiệm thu (số liệu tại mục 3.1).']),
    ('Phòng Quản lý Xuất nhập khẩu', [
       'Phòng cập nhật, phổ biến các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các hiệp định thương mại tự do cho doanh nghiệp xuất khẩu; đang tiếp tục thực hiện (số liệu tại mục 4.1).']),
    ('Văn phòng Sở', [
       'Văn phòng duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; đã hoàn thành đánh giá nội bộ năm 2026.'])],
   ['Một số cửa hàng xăng dầu nhỏ lẻ ở khu vực ngoại thành thay đổi chủ sở hữu, khó xác định đầu mối chịu trách nhiệm.',
    'Thời gian lấy ý kiến góp ý dự thảo quy chuẩn ngắn, chưa đủ để lấy ý kiến doanh nghiệp.'],
   ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để Sở Công Thương chỉ đạo thương nhân đầu mối.',
    'Đề nghị duy trì cơ chế đoàn kiểm tra liên ngành với Chi cục TĐC trong năm 2027.'],
   [('Nơi nhận:', 'bi'), '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLTM.'],
   ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Nguyễn Nguyên Phương'],
   '(Kèm theo Báo cáo số 6218/BC-SCT ngày 20/11/2026 của Sở Công Thương)',
   [['1.1', 'Đoàn kiểm tra liên ngành tham gia', 'cuộc', '06', 'P. QLTM'],
    ['1.1', 'Cửa hàng xăng dầu, LPG được kiểm tra', 'cửa hàng', '48', 'P. QLTM'],
    ['1.1', 'Cơ sở vi phạm', 'cơ sở', '05', 'P. QLTM'],
    ['1.1', 'Tiền phạt', 'đồng', '62.500.000', 'P. QLTM'],
    ['1.2', 'Mẫu xăng dầu đã lấy', 'mẫu', '40', 'P. QLTM'],
    ['2.1', 'Dự thảo QCVN đã góp ý', 'dự thảo', '04', 'P. KTAT-MT'],
    ['3.1', 'Doanh nghiệp được hỗ trợ', 'doanh nghiệp', '14', 'P. QLCN'],
    ['3.1', 'Kinh phí đã giải ngân', 'triệu đồng', '1.250', 'P. QLCN'],
    ['4.1', 'Hội nghị phổ biến cam kết TBT', 'hội nghị', '02', 'P. QLXNK'],
    ['4.1', 'Lượt doanh nghiệp tham dự', 'lượt', '260', 'P. QLXNK']])
key(f, 'SO-CT', 'Sở Công Thương', '6218/BC-SCT', '2026-11-20',
    [E('II.5.a', 'completed', {'inspections': 6, 'establishments_inspected': 48, 'violations': 5, 'fines_vnd': 62500000},
       'Tham gia đoàn kiểm tra liên ngành xăng dầu, LPG do Chi cục chủ trì; đã hoàn thành (mục 1.1).'),
     E('II.5.b', 'in_progress', {'samples_tested': 40}, 'Phối hợp lấy mẫu xăng dầu phục vụ khảo sát chất lượng; đang tiếp tục (mục 1.2: 40 mẫu).'),
     E('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý dự thảo QCVN an toàn hóa chất, chai LPG; đã hoàn thành (mục 2.1: 04).'),
     E('II.2.a', 'in_progress', {'enterprises_supported': 14, 'budget_spent_vnd': 1250000000},
       'Hỗ trợ DN áp dụng công cụ cải tiến năng suất chất lượng (Chương trình 1322); đang thực hiện (mục 3.1: 14 DN, 1.250 triệu đồng).'),
     E('II.6.a', 'in_progress', {'training_courses': 2, 'participants': 260},
       'Cập nhật, phổ biến cam kết TBT trong FTA; đang tiếp tục (mục 4.1: 02 hội nghị, 260 lượt).'),
     E('II.2.đ', 'completed', {}, 'Văn phòng Sở duy trì ISO 9001:2015; đã hoàn thành đánh giá nội bộ.')],
    ['Một số cửa hàng xăng dầu nhỏ lẻ ở khu vực ngoại thành thay đổi chủ sở hữu, khó xác định đầu mối chịu trách nhiệm.',
     'Thời gian lấy ý kiến góp ý dự thảo quy chuẩn ngắn, chưa đủ để lấy ý kiến doanh nghiệp.'],
    ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để Sở Công Thương chỉ đạo thương nhân đầu mối.',
     'Đề nghị duy trì cơ chế đoàn kiểm tra liên ngành với Chi cục TĐC trong năm 2027.'])

f = 'so-y-te-bc-tdc-ct38-theo-phong.docx'
h4(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', ('SỞ Y TẾ', True), '———', 'Số: 9034/BC-SYT'],
   QH + [('Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2026', False)],
   ['Tình hình thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai', 'Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ'],
   'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
   ['Sở Y tế báo cáo kết quả thực hiện của các phòng chức năng thuộc Sở như sau:'],
   [('Phòng Nghiệp vụ Dược', [
       'Phòng tổ chức lấy ý kiến các bệnh viện, doanh nghiệp dược và góp ý các dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia về thuốc, trang thiết bị y tế theo đề nghị của Bộ Y tế, Bộ Khoa học và Công nghệ; đã hoàn thành (số liệu tại mục 1.1).']),
    ('Phòng Nghiệp vụ Y', [
       'Phòng phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc kiểm định phương tiện đo nhóm 2 (huyết áp kế, cân y tế, nhiệt kế) tại các cơ sở khám bệnh, chữa bệnh; đang thực hiện, còn 01 đợt trong tháng 12/2026 (số liệu tại mục 2.1).']),
    ('Văn phòng Sở', [
       'Văn phòng duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong giải quyết thủ tục hành chính của Sở; đã hoàn thành.']),
    ('Phòng Tổ chức cán bộ', [
       'Phòng cử công chức, viên chức tham dự các lớp tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức; đã hoàn thành (số liệu tại mục 4.1).'])],
   ['Một số cơ sở khám bệnh, chữa bệnh tư nhân chưa lập danh mục phương tiện đo phải kiểm định.'],
   ['Đề nghị Chi cục TĐC cung cấp danh sách tổ chức kiểm định được chỉ định trên địa bàn để Sở Y tế thông báo cho các cơ sở khám bệnh, chữa bệnh.'],
   [('Nơi nhận:', 'bi'), '- Như trên;', '- Lưu: VT, NVY.'],
   ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Nguyễn Anh Dũng'],
   '(Kèm theo Báo cáo số 9034/BC-SYT ngày 21/11/2026)',
   [['1.1', 'Dự thảo TCVN, QCVN đã góp ý', 'văn bản', '03', 'P. NVD'],
    ['2.1', 'Số đợt kiểm tra phối hợp', 'đợt', '02', 'P. NVY'],
    ['2.1', 'Cơ sở khám bệnh, chữa bệnh được kiểm tra', 'cơ sở', '12', 'P. NVY'],
    ['2.1', 'Phương tiện đo đã được kiểm định tại các cơ sở', 'phương tiện', '486', 'P. NVY'],
    ['4.1', 'Công chức, viên chức tham dự tập huấn', 'người', '04', 'P. TCCB']])
key(f, 'SO-YT', 'Sở Y tế', '9034/BC-SYT', '2026-11-21',
    [E('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý dự thảo TCVN, QCVN về thuốc, TTBYT; đã hoàn thành (mục 1.1: 03).'),
     E('II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 12, 'instruments_verified': 486},
       'Phối hợp Chi cục kiểm tra kiểm định phương tiện đo nhóm 2 tại cơ sở KCB; đang thực hiện (mục 2.1).'),
     E('II.2.đ', 'completed', {}, 'Văn phòng duy trì ISO 9001:2015; đã hoàn thành.'),
     E('II.3.a', 'completed', {'participants': 4}, 'Cử công chức, viên chức tham dự tập huấn; đã hoàn thành (mục 4.1: 04).')],
    ['Một số cơ sở khám bệnh, chữa bệnh tư nhân chưa lập danh mục phương tiện đo phải kiểm định.'],
    ['Đề nghị Chi cục TĐC cung cấp danh sách tổ chức kiểm định được chỉ định trên địa bàn để Sở Y tế thông báo cho các cơ sở khám bệnh, chữa bệnh.'])


# =====================================================================
# HAND 3 - Nguyễn Hoàng Phúc, Phòng Kinh tế: Excel against the unit's OWN
# targets set at the start of the year ("Chỉ tiêu 1, 2 …" of its own plan),
# "Chỉ tiêu năm | Thực hiện đến … | Tỷ lệ (=formula) | Tự đánh giá | Ghi chú".
# Status read from "Tự đánh giá" + "Ghi chú".
# =====================================================================
def h3(fname, left, right, title, sub, cutoff, rows, diffs, props, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = 'BaoCao'
    tnr = lambda b=False, i=False, s=11: Font(name='Times New Roman', bold=b, italic=i, size=s)
    for i, t in enumerate(left, 1):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=3)
        c = ws.cell(row=i, column=1, value=t); c.font = tnr(i == 2); c.alignment = Alignment(horizontal='center')
    for i, t in enumerate(right, 1):
        ws.merge_cells(start_row=i, start_column=4, end_row=i, end_column=8)
        c = ws.cell(row=i, column=4, value=t); c.font = tnr(i < 3, i == len(right)); c.alignment = Alignment(horizontal='center')
    r = 6
    for t, b in ((title, True), (sub, False)):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=t); c.font = tnr(b, not b, 12 if b else 11)
        c.alignment = Alignment(horizontal='center', wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    hdr = ['STT', 'Chỉ tiêu đề ra đầu năm', 'ĐVT', 'Chỉ tiêu năm 2026', 'Thực hiện đến %s' % cutoff,
           'Tỷ lệ so với chỉ tiêu', 'Tự đánh giá', 'Ghi chú']
    data = [hdr]
    for row in rows:
        data.append(list(row))
    end = xl_table(ws, r, data)
    for rr in range(r + 1, end):
        d_, e_ = ws.cell(row=rr, column=4).value, ws.cell(row=rr, column=5).value
        if isinstance(d_, (int, float)) and isinstance(e_, (int, float)) and d_:
            c = ws.cell(row=rr, column=6, value='=E%d/D%d' % (rr, rr)); c.number_format = '0%'
        if isinstance(e_, (int, float)) and e_ >= 100000:
            ws.cell(row=rr, column=5).number_format = '#,##0'
        if isinstance(ws.cell(row=rr, column=1).value, str) and ws.cell(row=rr, column=1).value.startswith('Chỉ tiêu'):
            for cc in range(1, 9):
                ws.cell(row=rr, column=cc).font = tnr(True)
    for col, w in zip('ABCDEFGH', (9, 44, 9, 11, 13, 11, 14, 30)):
        ws.column_dimensions[col].width = w
    r = end + 1
    ws.cell(row=r, column=2, value='Người lập biểu').font = tnr(True)
    ws.cell(row=r, column=6, value='KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' if signer[2] else 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC').font = tnr(True)
    ws.cell(row=r + 4, column=2, value=signer[0])
    ws.cell(row=r + 4, column=6, value=signer[1]).font = tnr(True)
    ws2 = wb.create_sheet('KhoKhan_KienNghi')
    ws2['A1'] = 'KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ'; ws2['A1'].font = tnr(True, s=12)
    xl_table(ws2, 3, [['TT', 'Khó khăn, vướng mắc', 'Kiến nghị, đề xuất']] +
             [[i + 1, diffs[i] if i < len(diffs) else '', props[i] if i < len(props) else ''] for i in range(max(len(diffs), len(props)))])
    ws2.column_dimensions['B'].width = 60; ws2.column_dimensions['C'].width = 60
    save_wb(wb, fname)


f = '27442-binh-tan-chi-tieu-tdc-2026.xlsx'
d1 = ['Khu phố, chợ còn nhiều hộ kinh doanh nhỏ lẻ, không cố định.', 'Tổ kiểm tra của phường chưa có thiết bị kiểm tra nhanh.']
p1 = ['Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn M1.', 'Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn riêng cho cán bộ khu phố.']
h3(f, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH TÂN', 'Số: 377/BC-UBND'],
   ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Bình Tân, ngày 24 tháng 11 năm 2026'],
   'BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
   '(So với chỉ tiêu tại Kế hoạch số 21/KH-UBND ngày 20/01/2026 của UBND phường Bình Tân triển khai Chỉ thị số 38-CT/TW)',
   '24/11/2026',
   [['Chỉ tiêu 1', 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', '', '', '', '', 'Vượt', 'đã xong'],
    ['1a', 'Tin, bài trên Trang TTĐT, Zalo khu phố', 'tin, bài', 12, 15, None, '', ''],
    ['1b', 'Hội nghị tuyên truyền cho hộ kinh doanh', 'hội nghị', 2, 2, None, '', ''],
    ['1c', 'Lượt người tham dự hội nghị', 'lượt', 150, 168, None, '', ''],
    ['Chỉ tiêu 2', 'Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (phân cấp)', '', '', '', '', 'Chưa đạt', 'còn 01 cuộc, dự kiến 15/12/2026'],
    ['2a', 'Số cuộc kiểm tra', 'cuộc', 6, 5, None, '', ''],
    ['2b', 'Số cơ sở được kiểm tra', 'cơ sở', 60, 64, None, '', ''],
    ['2c', 'Số cơ sở vi phạm', 'cơ sở', '-', 5, None, '', ''],
    ['2d', 'Tiền phạt VPHC', 'đồng', '-', 11250000, None, '', ''],
    ['Chỉ tiêu 3', 'Công chức được tập huấn nghiệp vụ TĐC', 'người', 3, 3, None, 'Đạt', 'lớp ngày 16/9/2026 của Chi cục TĐC'],
    ['Chỉ tiêu 4', 'Duy trì hệ thống ISO 9001:2015 tại UBND phường', '', 'Duy trì', 'Đã công bố lại', None, 'Đạt', 'đã xong'],
    ['Chỉ tiêu 5', 'Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng', 'cơ sở', 10, 7, None, 'Chưa đạt', 'đang tiếp tục hướng dẫn']],
   d1, p1, ('Nguyễn Hoàng Phúc', 'Đặng Văn Thành', True))
key(f, '27442', 'Phường Bình Tân', '377/BC-UBND', '2026-11-24',
    [E('II.1.a', 'completed', {'communications': 15, 'training_courses': 2, 'participants': 168}, 'Chỉ tiêu 1 tuyên truyền: 15 tin bài, 2 hội nghị, 168 lượt; Vượt, đã xong.'),
     E('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 64, 'violations': 5, 'fines_vnd': 11250000},
       'Chỉ tiêu 2 kiểm tra: 5 cuộc, 64 cơ sở, 5 vi phạm, 11.250.000 đồng; Chưa đạt, còn 01 cuộc.'),
     E('II.3.a', 'completed', {'participants': 3}, 'Chỉ tiêu 3: 3 công chức tập huấn; Đạt.'),
     E('II.2.đ', 'completed', {}, 'Chỉ tiêu 4 ISO: đã công bố lại; Đạt, đã xong.'),
     E('II.2.d', 'in_progress', {'enterprises_supported': 7}, 'Chỉ tiêu 5: hướng dẫn 7 cơ sở; Chưa đạt, đang tiếp tục.')],
    d1, p1)

f = '27655-nha-be-bc-chi-tieu-nam.xlsx'
d2 = ['Công chức phụ trách mới được phân công, chưa qua tập huấn.', 'Cơ sở chế biến thủy sản nhỏ chưa quan tâm đến truy xuất nguồn gốc.']
p2 = ['Đề nghị Chi cục TĐC bố trí lớp tập huấn Quý I/2027 cho công chức các xã mới sắp xếp.']
h3(f, ['ỦY BAN NHÂN DÂN', 'XÃ NHÀ BÈ', 'Số: 266/BC-UBND'],
   ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Nhà Bè, ngày 25 tháng 11 năm 2026'],
   'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 CỦA XÃ NHÀ BÈ',
   '(Chỉ tiêu theo Kế hoạch số 09/KH-UBND ngày 14/01/2026 của UBND xã; số liệu đến ngày 20/11/2026)',
   '20/11/2026',
   [['Chỉ tiêu 1', 'Tin, bài tuyên truyền trên loa truyền thanh, Trang TTĐT xã', 'tin, bài', 8, 8, None, 'Đạt', 'đã xong'],
    ['Chỉ tiêu 2', 'Kiểm tra cân tại chợ, cửa hàng xăng dầu', '', '', '', '', 'Đạt', 'đã xong'],
    ['2.1', 'Số cuộc', 'cuộc', 4, 4, None, '', ''],
    ['2.2', 'Số cơ sở được kiểm tra', 'cơ sở', 30, 33, None, '', ''],
    ['2.3', 'Cơ sở vi phạm', 'cơ sở', '-', 2, None, '', ''],
    ['2.4', 'Số tiền phạt', 'đồng', '-', 3000000, None, '', ''],
    ['Chỉ tiêu 3', 'Công chức tham dự tập huấn của Chi cục TĐC', 'người', 2, 0, None, 'Chưa đạt', 'chưa tham dự được, chờ lớp Quý I/2027'],
    ['Chỉ tiêu 4', 'Hướng dẫn cơ sở chế biến thủy sản áp dụng truy xuất nguồn gốc', 'cơ sở', 3, 1, None, 'Chưa đạt', 'đang làm'],
    ['Chỉ tiêu 5', 'Giải quyết phản ánh, tố giác về đo lường, chất lượng', 'vụ', '-', 0, None, '-', 'không phát sinh']],
   d2, p2, ('Nguyễn Hoàng Phúc', 'Trương Minh Lợi', True))
key(f, '27655', 'Xã Nhà Bè', '266/BC-UBND', '2026-11-25',
    [E('II.1.a', 'completed', {'communications': 8}, 'Chỉ tiêu 1: 8 tin bài; Đạt, đã xong.'),
     E('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 33, 'violations': 2, 'fines_vnd': 3000000},
       'Chỉ tiêu 2: 4 cuộc, 33 cơ sở, 2 vi phạm, 3.000.000 đồng; Đạt, đã xong.'),
     E('II.3.a', 'not_started', {}, 'Chỉ tiêu 3: 0/2 người; chưa tham dự được, chờ lớp Quý I/2027.'),
     E('II.2.a', 'in_progress', {'enterprises_supported': 1}, 'Chỉ tiêu 4: hướng dẫn 1/3 cơ sở truy xuất nguồn gốc; đang làm.'),
     E('II.5.d', 'not_applicable', {}, 'Chỉ tiêu 5: phản ánh, tố giác — không phát sinh.')],
    d2, p2)

f = 'so-gddt-chi-tieu-kh38-2026.xlsx'
d3 = ['Lịch học của các trường cao đẳng, trung cấp dày, khó bố trí thời gian tập huấn cho học sinh, sinh viên.']
p3 = ['Đề nghị Chi cục TĐC hỗ trợ báo cáo viên và tài liệu về đo lường, chất lượng cho các trường.',
      'Đề nghị Sở Khoa học và Công nghệ phối hợp đưa nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa năm học 2026-2027.']
h3(f, ['ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 4410/BC-SGDĐT'],
   ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026'],
   'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU PHỐI HỢP TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
   '(Chỉ tiêu theo Kế hoạch số 1285/KH-SGDĐT ngày 12/02/2026 của Sở Giáo dục và Đào tạo)',
   '15/11/2026',
   [['Chỉ tiêu 1', 'Tin, bài tuyên truyền về TCĐLCL trên cổng thông tin ngành, website các trường', 'tin, bài', 20, 24, None, 'Vượt', 'đã xong'],
    ['Chỉ tiêu 2', 'Tập huấn về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho giáo viên, học sinh - sinh viên các trường cao đẳng, trung cấp', '', '', '', '', 'Chưa đạt', 'còn 01 lớp tại Trường Cao đẳng Kỹ thuật Cao Thắng (tháng 12/2026)'],
    ['2.1', 'Số lớp', 'lớp', 4, 3, None, '', ''],
    ['2.2', 'Số lượt người tham dự', 'lượt', 400, 412, None, '', ''],
    ['Chỉ tiêu 3', 'Góp ý dự thảo QCVN về bàn ghế học sinh, đồ chơi trẻ em', 'dự thảo', 2, 2, None, 'Đạt', ''],
    ['Chỉ tiêu 4', 'Duy trì ISO 9001:2015 trong giải quyết TTHC của Sở', '', 'Duy trì', 'Duy trì', None, 'Đạt', 'đã đánh giá nội bộ T10/2026'],
    ['Chỉ tiêu 5', 'Phối hợp kiểm tra đồ chơi, đồ dùng học tập tại cơ sở kinh doanh quanh trường học', '', '', '', '', 'Đạt', 'đã xong (trước năm học mới)'],
    ['5.1', 'Số cuộc phối hợp', 'cuộc', 2, 2, None, '', ''],
    ['5.2', 'Số cơ sở được kiểm tra', 'cơ sở', '-', 26, None, '', '']],
   d3, p3, ('Lý Thanh Tâm', 'Nguyễn Bảo Quốc', False))
key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4410/BC-SGDĐT', '2026-11-20',
    [E('II.1.a', 'completed', {'communications': 24}, 'Chỉ tiêu 1: 24 tin bài; Vượt, đã xong.'),
     E('II.3.d', 'in_progress', {'training_courses': 3, 'participants': 412}, 'Chỉ tiêu 2: 3/4 lớp, 412 lượt; Chưa đạt, còn 01 lớp tháng 12.'),
     E('II.2.e', 'completed', {'standards_reviewed': 2}, 'Chỉ tiêu 3: góp ý 2 dự thảo QCVN; Đạt.'),
     E('II.2.đ', 'completed', {}, 'Chỉ tiêu 4: duy trì ISO 9001:2015; Đạt.'),
     E('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 26}, 'Chỉ tiêu 5: 2 cuộc, 26 cơ sở; Đạt, đã xong.')],
    d3, p3)


# =====================================================================
# HAND 5 - Võ Thị Ngọc Trâm, công chức VH-XH: one-line A1 header, very
# short cells full of abbreviations never defined (CC, ĐKT, CSKD, VP,
# TTĐT, KP, TXNG, ĐGNB…), money as "3,5tr", status "Xg / Đg làm / Chưa / KPS",
# KK:/ĐX: typed as the last rows. Sheet "bc t11".
# =====================================================================
def h5(fname, a1, a2, rows, kk, dx, who):
    wb = Workbook()
    ws = wb.active
    ws.title = 'bc t11'
    ws['A1'] = a1; ws['A1'].font = Font(name='Arial', bold=True, size=10)
    ws['A2'] = a2; ws['A2'].font = Font(name='Arial', size=10)
    data = [['TT', 'Nội dung', 'Đã làm', 'SL', 'Tiến độ']] + rows
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = ws.cell(row=4 + i, column=1 + j, value=v)
            c.font = Font(name='Arial', size=10, bold=(i == 0))
            c.border = BOX
    r = 4 + len(data) + 1
    for x in kk:
        ws.cell(row=r, column=1, value='KK:'); ws.cell(row=r, column=2, value=x); r += 1
    for x in dx:
        ws.cell(row=r, column=1, value='ĐX:'); ws.cell(row=r, column=2, value=x); r += 1
    ws.cell(row=r + 1, column=4, value=who)
    for col, w in zip('ABCDE', (5, 30, 34, 26, 9)):
        ws.column_dimensions[col].width = w
    save_wb(wb, fname)


f = '26732-con-dao-bc-nhanh-kh38.xlsx'
kk4 = ['CC kiêm nhiệm, ra đảo đi lại khó, ko dự TH trực tiếp được nhiều.']
dx4 = ['Sở/CCTĐC mở lớp TH trực tuyến cho ĐK.', 'Hỗ trợ ĐK 01 bộ quả cân chuẩn.']
h5(f, 'UBND ĐẶC KHU CÔN ĐẢO - BC KQ TH KH38 năm 2026 (SL đến 25/11/2026)',
   'Số: 198/BC-UBND, ngày 27/11/2026',
   [[1, 'TTPBPL về TCĐLCL', 'loa PT, trang TTĐT, Zalo KP', '7 tin', 'Xg'],
    [2, 'KT đo lường tại chợ Côn Đảo, CHXD', 'ĐKT LN (KT+CA+BQL chợ)', '2 cuộc; 23 CSKD; 1 VP; phạt 3,5tr', 'Xg'],
    [3, 'Cử CC dự TH nghiệp vụ TĐC', 'lớp CCTĐC tổ chức online 16/9', '01 CC', 'Xg'],
    [4, 'Tiếp nhận tố giác VP TĐC', '', '', 'KPS'],
    [5, 'ISO HC', 'duy trì, chưa ĐGNB', '', 'Đg làm']],
   kk4, dx4, 'Người lập: Võ Thị Ngọc Trâm')
key(f, '26732', 'Đặc khu Côn Đảo', '198/BC-UBND', '2026-11-27',
    [E('II.1.a', 'completed', {'communications': 7}, 'TTPBPL về TCĐLCL: 7 tin — Xg'),
     E('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 23, 'violations': 1, 'fines_vnd': 3500000},
       'KT đo lường tại chợ, CHXD: 2 cuộc; 23 CSKD; 1 VP; phạt 3,5tr — Xg'),
     E('II.3.a', 'completed', {'participants': 1}, 'Cử CC dự TH: 01 CC — Xg'),
     E('II.5.d', 'not_applicable', {}, 'Tiếp nhận tố giác VP TĐC — KPS'),
     E('II.2.đ', 'in_progress', {}, 'ISO HC: duy trì, chưa ĐGNB — Đg làm')],
    kk4, dx4)

f = '25777-dau-tieng-bc-t11.xlsx'
kk5 = ['HTX ngại chi phí làm tem TXNG.', 'Chợ Dầu Tiếng đang sửa chữa, tiểu thương dời tạm, khó KT.']
dx5 = ['CCTĐC hỗ trợ kinh phí tem TXNG cho HTX.']
h5(f, 'UBND XÃ DẦU TIẾNG - BC nhanh KQ TH KH 38 (đến 20/11/2026)',
   'Số 233/BC-UBND   22/11/2026',
   [[1, 'TT về TCĐLCL', 'loa xã + 1 HN phổ biến nhãn HH cho hộ KD', '5 tin; 1 HN; 70 lượt', 'Đg làm'],
    [2, 'TXNG nông sản (mủ cao su, hạt điều)', 'HD 3 HTX đăng ký, dán tem TXNG', '3 HTX', 'Đg làm'],
    [3, 'KT ĐL-CL tại chợ, CHXD, cửa hàng VLXD', '3 ĐKT', '3 cuộc; 27 CSKD; 2 VP; phạt 5tr', 'Xg'],
    [4, 'Cử CC dự TH', 'CCTĐC', '2 CC', 'Xg']],
   kk5, dx5, 'NL: Trâm')
key(f, '25777', 'Xã Dầu Tiếng', '233/BC-UBND', '2026-11-22',
    [E('II.1.a', 'in_progress', {'communications': 5, 'training_courses': 1, 'participants': 70}, 'TT về TCĐLCL: 5 tin; 1 HN; 70 lượt — Đg làm'),
     E('II.2.a', 'in_progress', {'enterprises_supported': 3}, 'TXNG nông sản: HD 3 HTX — Đg làm'),
     E('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 5000000},
       'KT ĐL-CL: 3 cuộc; 27 CSKD; 2 VP; phạt 5tr — Xg'),
     E('II.3.a', 'completed', {'participants': 2}, 'Cử CC dự TH: 2 CC — Xg')],
    kk5, dx5)

f = '25750-phu-loi-bc-kh38.xlsx'
kk6 = ['Lịch TH của CCTĐC trùng lịch tiếp dân.']
dx6 = ['Gửi lịch TH sớm cho phường.', 'Cung cấp tờ rơi về cân, nhãn HH cho KP.']
h5(f, 'UBND PHƯỜNG PHÚ LỢI - BC KQ TH KH38/2026 của Sở KHCN (SL đến 20/11)',
   'Số: 349/BC-UBND  ngày 26/11/2026',
   [[1, 'TT TCĐLCL', 'trang TTĐT P, Zalo 14 KP', '12 tin bài', 'Xg'],
    [2, 'HD hộ KD ghi nhãn, CBCL', 'BP 1 cửa + P.KT', '4 DN, hộ KD', 'Đg làm'],
    [3, 'KT cân, nhãn tại chợ Phú Lợi + CHXD', 'ĐKT P', '2 cuộc; 19 CSKD; 3 VP; phạt 7,25tr', 'Đg làm'],
    [4, 'ISO 9001 tại UBND P', 'ĐGNB T8, công bố lại', '', 'Xg'],
    [5, 'Cử CC dự TH', 'chưa cử được', '', 'Chưa']],
   kk6, dx6, 'Người lập: Ngọc Trâm (VH-XH)')
key(f, '25750', 'Phường Phú Lợi', '349/BC-UBND', '2026-11-26',
    [E('II.1.a', 'completed', {'communications': 12}, 'TT TCĐLCL: 12 tin bài — Xg'),
     E('II.2.d', 'in_progress', {'enterprises_supported': 4}, 'HD hộ KD ghi nhãn, CBCL: 4 DN, hộ KD — Đg làm'),
     E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 19, 'violations': 3, 'fines_vnd': 7250000},
       'KT cân, nhãn: 2 cuộc; 19 CSKD; 3 VP; phạt 7,25tr — Đg làm'),
     E('II.2.đ', 'completed', {}, 'ISO 9001 tại UBND P: ĐGNB T8, công bố lại — Xg'),
     E('II.3.a', 'not_started', {}, 'Cử CC dự TH: chưa cử được — Chưa')],
    kk6, dx6)

# mistaken (giảm nghèo) in hand 5
f = '27664-can-gio-bc-nhanh-t11.xlsx'
h5(f, 'UBND XÃ CẦN GIỜ - BC nhanh KQ GNBV năm 2026 (đến 25/11/2026)',
   'Số: 301/BC-UBND, ngày 25/11/2026',
   [[1, 'Rà soát HN, HCN', 'BCĐ xã + ban ấp', '2 HN; 14 HCN', 'Xg'],
    [2, 'Vay vốn NHCSXH', 'HD hồ sơ', '9 hộ; 450tr', 'Đg làm'],
    [3, 'Hỗ trợ BHYT HCN', 'cấp thẻ', '37 thẻ', 'Xg'],
    [4, 'Nhà ĐK cho hộ nghèo', 'vận động MTTQ', '1 căn', 'Đg làm']],
   ['Nguồn vốn vay ít so nhu cầu.'], ['Tăng vốn ủy thác NHCSXH.'], 'NL: Trâm')
key(f, '27664', 'Xã Cần Giờ', '301/BC-UBND', '2026-11-25', [], [], [],
    status='rejected', reason='Báo cáo nhanh kết quả giảm nghèo bền vững năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')


# ------------------------------------------------------------------ truth
for k in KEYS:
    p = os.path.join(OUT, k['file'])
    k['sha256'] = hashlib.sha256(open(p, 'rb').read()).hexdigest()
    ordered = {x: k[x] for x in ('file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries', 'findings', 'difficulties', 'proposals')}
    with open(os.path.join(TRUTH, k['file'] + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(ordered, fh, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
