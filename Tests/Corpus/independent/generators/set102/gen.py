# -*- coding: utf-8 -*-
"""Generator for set102: 16 report files + truth keys.  Run: python3 gen.py"""
import os, re, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'


def E(task, status, ind=None, text=''):
    return {'task': task, 'status': status, 'indicators': ind or {}, 'text': text}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = {'file': fname, 'sha256': None, 'status': status, 'reason': reason,
                   'unit': {'id': unit_id, 'name': unit_name},
                   'document': {'number': number, 'date': date},
                   'entries': entries, 'findings': [], 'difficulties': diffs, 'proposals': props}

# ---------------------------------------------------------------- docx helpers
TOK = re.compile(r'(\*\*\*.+?\*\*\*|\*\*.+?\*\*|\*.+?\*|__.+?__)')


def runs(p, text, size=None, font=None):
    for part in TOK.split(text):
        if not part:
            continue
        b = i = u = False
        if part.startswith('***'):
            part, b, i = part[3:-3], True, True
        elif part.startswith('**'):
            part, b = part[2:-2], True
        elif part.startswith('__'):
            part, u = part[2:-2], True
        elif part.startswith('*') and len(part) > 2:
            part, i = part[1:-1], True
        r = p.add_run(part)
        r.bold, r.italic, r.underline = b or None, i or None, u or None
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    return p


def newdoc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def para(d, text='', align=None, indent=True, size=None, space=3, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    runs(p, text, size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space)
    return p


def header_table(d, left, right, size=13):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = ''
        first = True
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            runs(p, ln, size)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
    return t


def sign(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left_lines, right_lines)):
        first = True
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            runs(p, ln, 12 if cell is t.rows[0].cells[0] else 13)
            if cell is t.rows[0].cells[1]:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)


def save_docx(d, fname):
    d.save(os.path.join(OUT, fname))

# ==================================================================== HAND 1
# Ward staff (DOCX): "Tồn tại, hạn chế" instead of khó khăn; proposals grouped by
# addressee; every topic closed by a self-grade in brackets "(Tự đánh giá: …)".

def h1_report(fname, unit_caps, unit_short, place, number, date_words, date_iso, title_unit,
              intro, topics, limits, causes, direction, props_by_addr, signer):
    d = newdoc()
    header_table(d, ['ỦY BAN NHÂN DÂN', '**%s**' % unit_caps, '———', 'Số: %s' % number],
                 ['**%s**' % QH, '**%s**' % DL, '———————', '*%s, %s*' % (place, date_words)])
    para(d)
    para(d, '**BÁO CÁO**', 'c', size=14, space=0)
    para(d, '**Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, '
         'đo lường, chất lượng năm 2026 trên địa bàn %s**' % title_unit, 'c', space=0)
    para(d, '———', 'c')
    para(d, intro)
    para(d, '**I. KẾT QUẢ THỰC HIỆN**', indent=False)
    for i, (title, body) in enumerate(topics, 1):
        para(d, '**%d. %s**' % (i, title))
        for b in body:
            para(d, b)
    para(d, '**II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN**', indent=False)
    para(d, '**1. Tồn tại, hạn chế**')
    for x in limits:
        para(d, '- ' + x)
    para(d, '**2. Nguyên nhân**')
    for x in causes:
        para(d, '- ' + x)
    para(d, '**III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2026**', indent=False)
    for x in direction:
        para(d, '- ' + x)
    para(d, '**IV. KIẾN NGHỊ, ĐỀ XUẤT**', indent=False)
    for i, (addr, items) in enumerate(props_by_addr, 1):
        para(d, '**%d. %s:**' % (i, addr))
        for x in items:
            para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của '
         'Ủy ban nhân dân %s./.' % unit_short)
    sign(d, ['***Nơi nhận:***', '- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- TT. Đảng ủy phường (b/c);',
             '- CT, các PCT UBND;', '- Lưu: VT, KT.'],
         ['**KT. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**', '', '', '', '**%s**' % signer])
    save_docx(d, fname)


def hand1():
    # ---- Phường Tân Định
    f = '26737-ptandinh-bc-ct38-2026.docx'
    t1 = ('Ủy ban nhân dân phường đã chỉ đạo Phòng Văn hóa - Xã hội phối hợp Phòng Kinh tế đăng tải 06 tin, bài '
          'về quy định đo lường, ghi nhãn hàng hóa trên Trang thông tin điện tử của phường; treo băng rôn tại '
          'chợ Tân Định. Ngày 14/5/2026, phường tổ chức 01 hội nghị phổ biến quy định về đo lường trong kinh '
          'doanh cho tiểu thương chợ Tân Định với 80 lượt người tham dự. (Tự đánh giá: Hoàn thành tốt)')
    t2 = ('Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 cuộc về đo lường đối với 41 cơ sở '
          'kinh doanh tại chợ Tân Định và các cửa hàng vàng bạc trên đường Hai Bà Trưng; phát hiện 04 trường '
          'hợp sử dụng cân không đạt yêu cầu, đã lập biên bản và ban hành quyết định xử phạt với tổng số tiền '
          '6.500.000 đồng. (Tự đánh giá: Hoàn thành)')
    t3 = ('Phối hợp Hội Liên hiệp Phụ nữ phường hướng dẫn 12 hộ kinh doanh thực phẩm tại chợ sử dụng tem, mã QR '
          'truy xuất nguồn gốc. Số hộ tham gia còn ít, phường tiếp tục vận động trong Quý IV. '
          '(Tự đánh giá: Chưa hoàn thành)')
    t4 = ('Duy trì, áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Ủy ban '
          'nhân dân phường; đã rà soát, cập nhật các quy trình giải quyết thủ tục hành chính sau sắp xếp. '
          '(Tự đánh giá: Hoàn thành tốt)')
    t5 = ('Phường đã cử 03 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, '
          'chất lượng do Chi cục tổ chức ngày 18/6/2026. (Tự đánh giá: Hoàn thành)')
    t6 = ('Trong kỳ báo cáo, phường không nhận được đơn thư phản ánh, tố giác hành vi vi phạm về tiêu chuẩn, đo '
          'lường, chất lượng. (Tự đánh giá: Không phát sinh)')
    limits = ['Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng tại phường còn kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.',
              'Phường chưa được trang bị quả cân chuẩn, cân đối chứng để tự kiểm tra tại chợ.']
    props = [('Đối với Sở Khoa học và Công nghệ',
              ['Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ đo lường cho công chức phường, xã trong năm 2027.',
               'Đề nghị hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại chợ Tân Định.']),
             ('Đối với Ủy ban nhân dân Thành phố',
              ['Xem xét bố trí kinh phí cho hoạt động kiểm tra đo lường ở cấp phường.'])]
    h1_report(f, 'PHƯỜNG TÂN ĐỊNH', 'phường Tân Định', 'Tân Định', '312/BC-UBND', 'ngày 21 tháng 10 năm 2026',
              '2026-10-21', 'phường Tân Định',
              'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày '
              '30/7/2024 của Ban Bí thư năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, '
              'Ủy ban nhân dân phường Tân Định báo cáo kết quả thực hiện như sau:',
              [('Công tác tuyên truyền, phổ biến', [t1]),
               ('Công tác kiểm tra về đo lường tại chợ, cửa hàng', [t2]),
               ('Hướng dẫn truy xuất nguồn gốc hàng hóa', [t3]),
               ('Áp dụng hệ thống quản lý chất lượng tại cơ quan', [t4]),
               ('Bồi dưỡng, tập huấn cho công chức', [t5]),
               ('Tiếp nhận, xử lý phản ánh, tố giác', [t6])],
              limits,
              ['Khối lượng công việc sau sắp xếp đơn vị hành chính lớn, nhân sự còn thiếu.',
               'Kinh phí cho lĩnh vực này chưa được bố trí riêng.'],
              ['Tiếp tục kiểm tra đo lường tại chợ Tân Định vào dịp cuối năm.',
               'Vận động thêm hộ kinh doanh áp dụng truy xuất nguồn gốc.'],
              props, 'Lê Thị Thu Hà')
    key(f, '26737', 'Phường Tân Định', '312/BC-UBND', '2026-10-21', [
        E('II.1.a', 'completed', {'communications': 6, 'training_courses': 1, 'participants': 80}, t1[:120]),
        E('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 41, 'violations': 4, 'fines_vnd': 6500000}, t2[:120]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 12}, t3[:120]),
        E('II.2.đ', 'completed', {}, t4[:120]),
        E('II.3.a', 'completed', {'participants': 3}, t5[:120]),
        E('II.5.d', 'not_applicable', {}, t6[:120])],
        limits, [x for _, items in props for x in items])

    # ---- Phường Bình Trị Đông
    f = '27448-pbinhtridong-bc-tdc-nam2026.docx'
    t1 = ('Phường đăng 04 tin, bài trên trang Fanpage "Phường Bình Trị Đông" về cân đo, ghi nhãn hàng hóa; phối '
          'hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 lớp tập huấn quy định pháp luật về đo lường, '
          'chất lượng cho 65 hộ kinh doanh trên địa bàn. (Tự đánh giá: Hoàn thành tốt)')
    t2 = ('Phối hợp Đội Quản lý thị trường số 11 kiểm tra 02 cuộc đối với 09 cửa hàng kinh doanh mũ bảo hiểm, đồ '
          'chơi trẻ em, thiết bị điện gia dụng; qua kiểm tra chưa phát hiện vi phạm về nhãn hàng hóa, dấu hợp '
          'quy. (Tự đánh giá: Hoàn thành)')
    t3 = ('Phường tổ chức 04 cuộc kiểm tra việc chấp hành quy định về đo lường đối với 06 cửa hàng xăng dầu và '
          '25 hộ kinh doanh tại chợ Bình Trị Đông (tổng cộng 31 cơ sở); xử lý 02 trường hợp vi phạm với tổng số '
          'tiền phạt là 3.000.000 đồng. (Tự đánh giá: Hoàn thành)')
    t4 = ('Hướng dẫn 05 cơ sở sản xuất nhỏ lẻ (bánh kẹo, nước đá) thực hiện thủ tục tự công bố sản phẩm và ghi '
          'nhãn theo quy định; hiện đang tiếp tục hướng dẫn các cơ sở còn lại. (Tự đánh giá: Chưa hoàn thành)')
    t5 = ('Phường đang triển khai chuyển đổi sang ISO điện tử theo hướng dẫn của Sở Khoa học và Công nghệ, '
          'dự kiến hoàn tất trong tháng 12/2026. (Tự đánh giá: Chưa hoàn thành)')
    limits = ['Nhiều hộ kinh doanh tại chợ thay đổi thường xuyên nên công tác quản lý, kiểm tra gặp khó khăn.',
              'Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
    props = [('Đối với Sở Khoa học và Công nghệ',
              ['Đề nghị Sở ban hành hướng dẫn cụ thể về nội dung được phân cấp cho phường trong kiểm tra đo lường.']),
             ('Đối với Chi cục Tiêu chuẩn Đo lường Chất lượng',
              ['Đề nghị Chi cục hỗ trợ phường cán bộ chuyên môn khi kiểm tra cửa hàng xăng dầu.',
               'Cung cấp tài liệu tuyên truyền (tờ rơi, pa-nô) để phường phát cho hộ kinh doanh.'])]
    h1_report(f, 'PHƯỜNG BÌNH TRỊ ĐÔNG', 'phường Bình Trị Đông', 'Bình Trị Đông', '187/BC-UBND',
              'ngày 23 tháng 10 năm 2026', '2026-10-23', 'phường Bình Trị Đông',
              'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân '
              'dân phường Bình Trị Đông báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:',
              [('Tuyên truyền, tập huấn cho hộ kinh doanh', [t1]),
               ('Kiểm tra hàng hóa lưu thông trên địa bàn', [t2]),
               ('Kiểm tra đo lường tại chợ, cửa hàng xăng dầu', [t3]),
               ('Hướng dẫn cơ sở công bố chất lượng sản phẩm', [t4]),
               ('Hệ thống quản lý chất lượng ISO tại cơ quan', [t5])],
              limits,
              ['Sau sắp xếp, địa bàn phường rộng, số lượng cơ sở kinh doanh lớn.'],
              ['Hoàn thành chuyển đổi ISO điện tử.', 'Tiếp tục kiểm tra đo lường dịp Tết Nguyên đán 2027.'],
              props, 'Trần Văn Lộc')
    key(f, '27448', 'Phường Bình Trị Đông', '187/BC-UBND', '2026-10-23', [
        E('II.1.a', 'completed', {'communications': 4, 'training_courses': 1, 'participants': 65}, t1[:120]),
        E('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 9}, t2[:120]),
        E('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 31, 'violations': 2, 'fines_vnd': 3000000}, t3[:120]),
        E('II.2.d', 'in_progress', {'enterprises_supported': 5}, t4[:120]),
        E('II.2.đ', 'in_progress', {}, t5[:120])],
        limits, [x for _, items in props for x in items])

    # ---- Xã Hóc Môn (re-saved through LibreOffice later)
    f = '27559-xahocmon-baocao-ct38.docx'
    t1 = ('Đài truyền thanh xã biên tập, phát 08 tin, bài tuyên truyền về đo lường, chất lượng hàng hóa và quyền '
          'lợi người tiêu dùng; lồng ghép trong các buổi họp ấp. (Tự đánh giá: Hoàn thành)')
    t2 = ('Xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại chợ Hóc Môn và chợ Tân Xuân '
          'với 37 cơ sở được kiểm tra; phát hiện 05 cân có sai số vượt mức cho phép, xử phạt 7.500.000 đồng, '
          'yêu cầu các hộ thay cân mới. (Tự đánh giá: Hoàn thành tốt)')
    t3 = ('Cử 02 công chức tham dự tập huấn trực tuyến về quản lý đo lường, chất lượng. (Tự đánh giá: Hoàn thành)')
    t4 = ('Hỗ trợ 03 hợp tác xã rau an toàn trên địa bàn áp dụng tem truy xuất nguồn gốc; do hợp tác xã chưa đủ '
          'kinh phí in tem nên mới thực hiện một phần. (Tự đánh giá: Chưa hoàn thành)')
    t5 = ('Xã chưa triển khai tuyên truyền về Giải thưởng Chất lượng Quốc gia do chưa nhận được tài liệu '
          'hướng dẫn. (Tự đánh giá: Chưa thực hiện)')
    limits = ['Hệ thống truyền thanh xã xuống cấp, một số cụm loa không hoạt động.',
              'Hợp tác xã, hộ sản xuất chưa quan tâm đến truy xuất nguồn gốc do tốn chi phí.']
    props = [('Đối với Sở Khoa học và Công nghệ',
              ['Đề nghị Sở gửi tài liệu tuyên truyền về Giải thưởng Chất lượng Quốc gia cho các xã.',
               'Đề nghị có chương trình hỗ trợ kinh phí in tem truy xuất nguồn gốc cho hợp tác xã nông nghiệp.'])]
    h1_report(f, 'XÃ HÓC MÔN', 'xã Hóc Môn', 'Hóc Môn', '96/BC-UBND', 'ngày 19 tháng 10 năm 2026', '2026-10-19',
              'xã Hóc Môn',
              'Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Hóc Môn báo cáo kết quả triển '
              'khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:',
              [('Tuyên truyền', [t1]), ('Kiểm tra đo lường tại chợ', [t2]), ('Tập huấn', [t3]),
               ('Truy xuất nguồn gốc nông sản', [t4]), ('Giải thưởng Chất lượng Quốc gia', [t5])],
              limits, ['Kinh phí hạn chế.', 'Địa bàn rộng, nhiều chợ tự phát.'],
              ['Sửa chữa hệ thống loa truyền thanh.', 'Kiểm tra đo lường dịp cuối năm.'],
              props, 'Nguyễn Hoàng Phúc')
    key(f, '27559', 'Xã Hóc Môn', '96/BC-UBND', '2026-10-19', [
        E('II.1.a', 'completed', {'communications': 8}, t1[:120]),
        E('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 37, 'violations': 5, 'fines_vnd': 7500000}, t2[:120]),
        E('II.3.a', 'completed', {'participants': 2}, t3[:120]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 3}, t4[:120]),
        E('II.1.b', 'not_started', {}, t5[:120])],
        limits, [x for _, items in props for x in items])

# ==================================================================== HAND 2
# Ward clerk's plain Excel: sheet named after the report date ("BC 16.10.2026"),
# plan references typed inconsistently inside the content cell ("(mục 1a)", "II-5-c", "ND 3a",
# "5d -", none), counts typed in the result text, fines in a separate number column,
# a "Tình hình" column with "Xong / Còn làm / Chưa làm / Không có việc".

THIN = Side(style='thin')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def h2_book(fname, sheetname, unit_up, number, date_text, place, title, rows, diffs, props, maker, chief,
            header=('STT', 'Nội dung công việc', 'Kết quả (số liệu)', 'Số tiền phạt (đồng)', 'Tình hình', 'Ghi chú')):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheetname
    ws['A1'] = 'UBND ' + unit_up
    ws['A1'].font = Font(name='Times New Roman', bold=True, size=12)
    ws['D1'] = QH
    ws['D1'].font = Font(name='Times New Roman', bold=True, size=11)
    ws['D2'] = DL
    ws['A3'] = 'Số: ' + number
    ws['D3'] = '%s, ngày %s' % (place, date_text)
    ws['D3'].font = Font(name='Times New Roman', italic=True, size=11)
    ws['A5'] = title
    ws['A5'].font = Font(name='Times New Roman', bold=True, size=13)
    ws.merge_cells('A5:F5')
    ws['A5'].alignment = Alignment(horizontal='center')
    r = 7
    for c, h in enumerate(header, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(name='Times New Roman', bold=True, size=11)
        cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        cell.border = BORDER
        cell.fill = PatternFill('solid', fgColor='D9D9D9')
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i] + list(row)
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font = Font(name='Times New Roman', size=11)
            cell.alignment = Alignment(vertical='top', wrap_text=True)
            cell.border = BORDER
            if c == 4 and isinstance(v, (int, float)):
                cell.number_format = '#,##0'
    r += 2
    ws.cell(r, 1, 'Khó khăn:').font = Font(name='Times New Roman', bold=True, size=11)
    for x in diffs:
        r += 1
        ws.cell(r, 2, '- ' + x)
    r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(name='Times New Roman', bold=True, size=11)
    for x in props:
        r += 1
        ws.cell(r, 2, '- ' + x)
    r += 2
    ws.cell(r, 2, 'Người lập').font = Font(bold=True)
    ws.cell(r, 5, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 4, 2, maker)
    ws.cell(r + 4, 5, chief)
    for col, w in zip('ABCDEF', (5, 42, 40, 16, 13, 24)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


def hand2():
    # ---- Phường Thủ Dầu Một
    f = '25747-pthudaumot-bc-kh38.xlsx'
    rows = [
        ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (mục 1a)',
         'Đăng 5 tin bài trên Cổng TTĐT phường; tổ chức 1 hội nghị phổ biến quy định đo lường cho 120 tiểu thương chợ Thủ Dầu Một', None, 'Xong', ''),
        ('II-5-c Kiểm tra đo lường tại chợ Thủ Dầu Một, cửa hàng xăng dầu',
         '4 cuộc; 52 cơ sở; 6 cơ sở vi phạm', 9000000, 'Còn làm', 'Q4 kiểm tra tiếp cây xăng'),
        ('ND 3a - Cử công chức dự lớp tập huấn nghiệp vụ TĐC', '2 người (PKT)', None, 'Xong', ''),
        ('Hướng dẫn hộ KD, DN công bố chất lượng, ghi nhãn hàng hóa', '8 DN được hướng dẫn', None, 'Còn làm', ''),
        ('5d - Tiếp nhận phản ánh, tố giác vi phạm', '', None, 'Không có việc', ''),
        ('Giải thưởng CL Quốc gia (1b)', 'Đã gửi thông báo đến các DN trên địa bàn', None, 'Xong', 'theo CV của Chi cục'),
    ]
    diffs = ['Phòng Kinh tế chỉ có 01 công chức theo dõi lĩnh vực, kiêm nhiệm nhiều việc.',
             'Chưa có phương tiện đo chuẩn để kiểm tra nhanh tại chợ.']
    props = ['Đề nghị Chi cục TĐC tập huấn cách kiểm tra cân, cột đo xăng dầu cho cán bộ phường.',
             'Đề nghị Sở KH&CN hỗ trợ trang bị cân đối chứng cho chợ Thủ Dầu Một.']
    h2_book(f, 'BC 16.10.2026', 'PHƯỜNG THỦ DẦU MỘT', '245/BC-UBND', '16/10/2026', 'Thủ Dầu Một',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN KH 38 (TĐC) NĂM 2026', rows, diffs, props, 'Phạm Minh Tâm', 'Võ Thị Ngọc Lan')
    key(f, '25747', 'Phường Thủ Dầu Một', '245/BC-UBND', '2026-10-16', [
        E('II.1.a', 'completed', {'communications': 5, 'training_courses': 1, 'participants': 120}, rows[0][1]),
        E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 52, 'violations': 6, 'fines_vnd': 9000000}, rows[1][1]),
        E('II.3.a', 'completed', {'participants': 2}, rows[2][0]),
        E('II.2.d', 'in_progress', {'enterprises_supported': 8}, rows[3][0]),
        E('II.5.d', 'not_applicable', {}, rows[4][0]),
        E('II.1.b', 'completed', {}, rows[5][1])], diffs, props)

    # ---- Xã Long Hải (re-saved through LibreOffice later)
    f = '26662-xalonghai-bc-tdc-2026.xlsx'
    rows = [
        ('Tuyên truyền (ND1a)', 'Phát 12 tin trên loa truyền thanh xã về cân đo, chất lượng hàng hóa', None, 'Xong', ''),
        ('Kiểm tra cân tại chợ Long Hải, chợ hải sản Long Hải (mục 5.c)', '3 cuộc; 28 cơ sở; 3 vi phạm', 4500000, 'Còn làm', 'mùa du lịch KT tiếp'),
        ('Hỗ trợ cơ sở chế biến hải sản khô truy xuất nguồn gốc', 'Hướng dẫn 4 cơ sở dán tem QR', None, 'Còn làm', ''),
        ('II-3-a cán bộ xã dự tập huấn (trực tuyến)', '1 lượt', None, 'Xong', ''),
        ('ISO hành chính (2đ)', '', None, 'Còn làm', 'đang chuyển ISO điện tử'),
        ('Khảo sát chất lượng hàng hóa (5b)', '', None, 'Không có việc', ''),
    ]
    diffs = ['Tiểu thương buôn bán hải sản ở chợ tạm thay đổi liên tục, khó quản lý cân.',
             'Xã mới sáp nhập, hồ sơ theo dõi của 2 đơn vị cũ chưa thống nhất.']
    props = ['Đề nghị Chi cục TĐC phối hợp kiểm tra cân tại chợ hải sản vào cao điểm du lịch hè.']
    h2_book(f, 'BC 20.10.2026', 'XÃ LONG HẢI', '58/BC-UBND', '20/10/2026', 'Long Hải',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38 - TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG NĂM 2026', rows, diffs, props,
            'Huỳnh Văn Đức', 'Lê Quang Vinh')
    key(f, '26662', 'Xã Long Hải', '58/BC-UBND', '2026-10-20', [
        E('II.1.a', 'completed', {'communications': 12}, rows[0][1]),
        E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 28, 'violations': 3, 'fines_vnd': 4500000}, rows[1][0]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 4}, rows[2][0]),
        E('II.3.a', 'completed', {'participants': 1}, rows[3][0]),
        E('II.2.đ', 'in_progress', {}, rows[4][0]),
        E('II.5.b', 'not_applicable', {}, rows[5][0])], diffs, props)

    # ---- Phường Phú Lợi: MISTAKEN (cải cách hành chính)
    f = '25750-pphuloi-bc-quy3.xlsx'
    rows = [
        ('Tiếp nhận hồ sơ TTHC tại Trung tâm phục vụ hành chính công phường', '1.254 hồ sơ; đúng hạn 98,6%', None, 'Xong', ''),
        ('Số hóa hồ sơ, kết quả giải quyết TTHC', '1.102 hồ sơ', None, 'Còn làm', ''),
        ('Rà soát, công khai TTHC (mục 2)', 'Công khai 285 TTHC', None, 'Xong', ''),
        ('Khảo sát sự hài lòng của người dân', '300 phiếu; hài lòng 97%', None, 'Xong', ''),
        ('Kiểm tra công vụ, kỷ luật kỷ cương hành chính', '2 cuộc', None, 'Còn làm', ''),
    ]
    diffs = ['Đường truyền phần mềm một cửa điện tử còn chập chờn.']
    props = ['Đề nghị nâng cấp đường truyền cho Trung tâm phục vụ hành chính công phường.']
    h2_book(f, 'BC 10.10.2026', 'PHƯỜNG PHÚ LỢI', '233/BC-UBND', '10/10/2026', 'Phú Lợi',
            'BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026', rows, diffs, props,
            'Đặng Thị Mai', 'Nguyễn Văn Hùng')
    key(f, '25750', 'Phường Phú Lợi', '233/BC-UBND', '2026-10-10', [], [], [], status='rejected',
        reason='Không phải báo cáo Kế hoạch CT38 (tiêu chuẩn, đo lường, chất lượng): phường gửi nhầm báo cáo cải cách hành chính Quý III/2026.')

# ==================================================================== HAND 3
# Department planning specialist (DOCX, NĐ30 report): each topic opened by a bold-italic
# keyword phrase; status as the sentence's adverbial opener ("Trong năm, Sở đã hoàn thành…",
# "Hiện Sở đang tiếp tục…"); shares "(chiếm x%)" after counts; a "PHƯƠNG HƯỚNG NĂM 2027"
# part with planned target numbers (not results, not keyed).


def h3_report(fname, org_caps, number, date_words, intro, sec1, topics, diffs, props, plan2027, signer,
              title_sub, tail_org):
    d = newdoc()
    header_table(d, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', '**%s**' % org_caps, '———', 'Số: %s' % number],
                 ['**%s**' % QH, '**%s**' % DL, '———————', '*Thành phố Hồ Chí Minh, %s*' % date_words])
    para(d)
    para(d, '**BÁO CÁO**', 'c', size=14, space=0)
    para(d, '**%s**' % title_sub, 'c', space=0)
    para(d, '———', 'c')
    para(d, intro)
    para(d, '**I. %s**' % sec1, indent=False)
    for kw, body in topics:
        para(d, '***%s:*** %s' % (kw, body))
    para(d, '**II. KHÓ KHĂN, VƯỚNG MẮC**', indent=False)
    for x in diffs:
        para(d, '- ' + x)
    para(d, '**III. PHƯƠNG HƯỚNG NĂM 2027**', indent=False)
    for x in plan2027:
        para(d, '- ' + x)
    para(d, '**IV. ĐỀ XUẤT, KIẾN NGHỊ**', indent=False)
    for x in props:
        para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của %s./.' % tail_org)
    sign(d, ['***Nơi nhận:***', '- Sở Khoa học và Công nghệ;', '- Ban Giám đốc Sở;', '- Lưu: VT, KHTC.'],
         ['**KT. GIÁM ĐỐC**', '**PHÓ GIÁM ĐỐC**', '', '', '', '**%s**' % signer])
    save_docx(d, fname)


def hand3():
    # ---- Sở Công Thương
    f = 'SO-CT_bao-cao-ct38-2026.docx'
    tp = [
        ('Kiểm tra chất lượng hàng hóa lưu thông',
         'Trong năm, Sở đã hoàn thành 02 đợt kiểm tra liên ngành về đo lường, chất lượng xăng dầu, khí dầu mỏ hóa '
         'lỏng (LPG) trên địa bàn Thành phố với tổng cộng 06 cuộc kiểm tra, kiểm tra 48 cơ sở kinh doanh; phát '
         'hiện 05 cơ sở vi phạm (chiếm 10,4% số cơ sở được kiểm tra), xử phạt vi phạm hành chính 42.500.000 đồng.'),
        ('Góp ý quy chuẩn kỹ thuật',
         'Đến nay, Sở đã hoàn thành việc góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương '
         'soạn thảo (trong đó 02 quy chuẩn về an toàn hóa chất, chiếm 50%).'),
        ('Nâng cao năng suất, chất lượng',
         'Hiện Sở đang tiếp tục phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ 11 doanh nghiệp công '
         'nghiệp hỗ trợ áp dụng các công cụ cải tiến năng suất (5S, Kaizen, Lean); dự kiến nghiệm thu trong tháng 12/2026.'),
        ('Hệ thống quản lý chất lượng tại cơ quan',
         'Sở đã hoàn thành việc chuyển đổi, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với '
         '100% thủ tục hành chính thuộc thẩm quyền giải quyết.'),
        ('Bồi dưỡng công chức',
         'Trong năm, Sở đã cử 06 lượt công chức tham gia các lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, '
         'chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; nội dung này đã hoàn thành.'),
    ]
    diffs = ['Việc phối hợp kiểm tra liên ngành còn phụ thuộc lịch của nhiều đơn vị, có đợt phải lùi thời gian.',
             'Một số doanh nghiệp nhỏ chưa mặn mà tham gia chương trình cải tiến năng suất do lo ngại chi phí.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch kiểm tra liên ngành năm 2027 ngay từ Quý I.',
             'Đề nghị tăng mức hỗ trợ kinh phí cho doanh nghiệp nhỏ và vừa tham gia chương trình năng suất.']
    plan = ['Phấn đấu tổ chức 08 cuộc kiểm tra liên ngành về đo lường, chất lượng xăng dầu, LPG.',
            'Hỗ trợ 15 doanh nghiệp áp dụng công cụ cải tiến năng suất.']
    h3_report(f, 'SỞ CÔNG THƯƠNG', '4127/BC-SCT', 'ngày 27 tháng 10 năm 2026',
              'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Công '
              'Thương báo cáo kết quả thực hiện các nội dung có liên quan như sau:',
              'KẾT QUẢ THỰC HIỆN', tp, diffs, props, plan, 'Nguyễn Thanh Sơn',
              'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'Sở Công Thương')
    key(f, 'SO-CT', 'Sở Công Thương', '4127/BC-SCT', '2026-10-27', [
        E('II.5.a', 'completed', {'inspections': 6, 'establishments_inspected': 48, 'violations': 5, 'fines_vnd': 42500000}, tp[0][1][:120]),
        E('II.2.e', 'completed', {'standards_reviewed': 4}, tp[1][1][:120]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 11}, tp[2][1][:120]),
        E('II.2.đ', 'completed', {}, tp[3][1][:120]),
        E('II.3.a', 'completed', {'participants': 6}, tp[4][1][:120])], diffs, props)

    # ---- Sở Y tế
    f = 'SO-YT_bc-thuc-hien-kh38.docx'
    tp = [
        ('Tuyên truyền',
         'Trong năm, Sở đã hoàn thành việc đăng tải 05 tin, bài trên Cổng thông tin điện tử Sở Y tế về ghi nhãn, '
         'công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế.'),
        ('Góp ý tiêu chuẩn, quy chuẩn',
         'Sở đã hoàn thành góp ý 03 dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia về trang thiết bị y '
         'tế và dụng cụ y tế theo đề nghị của Bộ Y tế.'),
        ('Kiểm tra trang thiết bị y tế',
         'Hiện Sở đang tiếp tục triển khai kế hoạch kiểm tra; đến ngày 15/10/2026 đã thành lập 03 đoàn kiểm tra, '
         'kiểm tra 27 cơ sở kinh doanh trang thiết bị y tế, phát hiện 02 cơ sở vi phạm (chiếm 7,4%), xử phạt '
         '30.000.000 đồng.'),
        ('ISO tại cơ quan',
         'Hiện Sở đang triển khai chuyển đổi sang mô hình ISO điện tử, đã số hóa quy trình của 04 phòng chuyên môn.'),
        ('Đào tạo, tập huấn',
         'Sở đã cử 04 viên chức Phòng Nghiệp vụ Dược và Trang thiết bị y tế tham dự tập huấn về đo lường trong y '
         'tế; nội dung đã hoàn thành.'),
    ]
    diffs = ['Danh mục trang thiết bị y tế phải kiểm định, hiệu chuẩn thay đổi, cơ sở chưa kịp cập nhật.',
             'Lực lượng thanh tra chuyên ngành mỏng so với số lượng cơ sở.']
    props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp tập huấn về phương tiện đo nhóm 2 dùng trong y tế cho các bệnh viện.']
    plan = ['Kiểm tra 40 cơ sở kinh doanh trang thiết bị y tế.', 'Hoàn thành ISO điện tử trong Quý II/2027.']
    h3_report(f, 'SỞ Y TẾ', '6650/BC-SYT', 'ngày 29 tháng 10 năm 2026',
              'Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai '
              'Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo như sau:',
              'KẾT QUẢ TRIỂN KHAI', tp, diffs, props, plan, 'Trần Quốc Bảo',
              'Kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)', 'Sở Y tế')
    key(f, 'SO-YT', 'Sở Y tế', '6650/BC-SYT', '2026-10-29', [
        E('II.1.a', 'completed', {'communications': 5}, tp[0][1][:120]),
        E('II.2.e', 'completed', {'standards_reviewed': 3}, tp[1][1][:120]),
        E('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 30000000}, tp[2][1][:120]),
        E('II.2.đ', 'in_progress', {}, tp[3][1][:120]),
        E('II.3.a', 'completed', {'participants': 4}, tp[4][1][:120])], diffs, props)

    # ---- Sở Xây dựng
    f = 'SO-XD_bc-38ct-tw-2026.docx'
    tp = [
        ('Tiêu chuẩn, quy chuẩn xây dựng',
         'Trong năm, Sở đã góp ý 05 dự thảo TCVN, QCVN lĩnh vực xây dựng, vật liệu xây dựng và chủ trì xây dựng 01 '
         'quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật ngầm (tổng cộng 06 tiêu chuẩn, quy chuẩn); hiện dự '
         'thảo quy chuẩn địa phương đang tiếp tục lấy ý kiến nên nội dung này đang thực hiện.'),
        ('Kiểm tra chất lượng vật liệu xây dựng',
         'Trong năm, Sở đã hoàn thành kế hoạch kiểm tra với 04 cuộc tại 19 cơ sở sản xuất, kinh doanh vật liệu xây '
         'dựng; lấy 36 mẫu thử nghiệm, phát hiện 03 cơ sở vi phạm (chiếm 15,8%), xử phạt 55.000.000 đồng.'),
        ('Áp dụng ISO',
         'Sở đã hoàn thành việc duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.'),
        ('Phòng thí nghiệm chuyên ngành',
         'Hiện Sở đang tiếp tục rà soát năng lực các phòng thí nghiệm chuyên ngành xây dựng trên địa bàn, tạo '
         'điều kiện mở rộng phạm vi dịch vụ thử nghiệm vật liệu.'),
    ]
    diffs = ['Chi phí thử nghiệm mẫu vật liệu xây dựng cao, kinh phí kiểm tra được giao chưa đáp ứng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng vật liệu xây dựng để phối hợp quản lý.',
             'Đề nghị UBND Thành phố bố trí kinh phí thử nghiệm mẫu cho công tác kiểm tra năm 2027.']
    plan = ['Ban hành 01 quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật ngầm.', 'Kiểm tra 06 cuộc về chất lượng vật liệu xây dựng.']
    h3_report(f, 'SỞ XÂY DỰNG', '9012/BC-SXD', 'ngày 26 tháng 10 năm 2026',
              'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Xây dựng '
              'báo cáo kết quả như sau:', 'KẾT QUẢ THỰC HIỆN', tp, diffs, props, plan, 'Lương Minh Khoa',
              'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'Sở Xây dựng')
    key(f, 'SO-XD', 'Sở Xây dựng', '9012/BC-SXD', '2026-10-26', [
        E('II.2.e', 'in_progress', {'standards_reviewed': 6}, tp[0][1][:120]),
        E('II.5.a', 'completed', {'inspections': 4, 'establishments_inspected': 19, 'samples_tested': 36, 'violations': 3, 'fines_vnd': 55000000}, tp[1][1][:120]),
        E('II.2.đ', 'completed', {}, tp[2][1][:120]),
        E('II.2.g', 'in_progress', {}, tp[3][1][:120])], diffs, props)

    # ---- Sở Nông nghiệp và Môi trường: MISTAKEN (phòng chống thiên tai)
    f = 'SO-NNMT_bao-cao-9thang.docx'
    tp = [
        ('Tình hình thiên tai',
         'Trong 9 tháng năm 2026, trên địa bàn Thành phố xảy ra 14 đợt triều cường, 06 trận mưa lớn gây ngập cục '
         'bộ và 03 vụ sạt lở bờ sông tại xã Cần Giờ, xã Bình Châu.'),
        ('Công tác chuẩn bị',
         'Sở đã hoàn thành kiện toàn Ban Chỉ huy phòng thủ dân sự, tổ chức diễn tập ứng phó bão tại đặc khu Côn Đảo.'),
        ('Khắc phục hậu quả',
         'Hiện Sở đang tiếp tục phối hợp các xã khắc phục 03 điểm sạt lở, kinh phí đã sử dụng 4.200.000.000 đồng.'),
    ]
    diffs = ['Nguồn kinh phí khắc phục sạt lở còn hạn chế.']
    props = ['Đề nghị UBND Thành phố bổ sung kinh phí xử lý khẩn cấp sạt lở bờ sông.']
    plan = ['Hoàn thành kè chống sạt lở tại 02 điểm xung yếu.']
    h3_report(f, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '3391/BC-SNNMT', 'ngày 08 tháng 10 năm 2026',
              'Sở Nông nghiệp và Môi trường báo cáo tình hình thiên tai và công tác phòng, chống thiên tai, tìm kiếm '
              'cứu nạn 9 tháng đầu năm 2026 như sau:', 'TÌNH HÌNH VÀ KẾT QUẢ', tp, diffs, props, plan,
              'Phạm Văn Nghĩa', 'Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026',
              'Sở Nông nghiệp và Môi trường')
    key(f, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '3391/BC-SNNMT', '2026-10-08', [], [], [], status='rejected',
        reason='Không phải báo cáo Kế hoạch CT38: Sở gửi nhầm báo cáo công tác phòng, chống thiên tai 9 tháng năm 2026.')

# ==================================================================== HAND 4
# Sở's own units, indicator-matrix Excel: one row per plan task (task named by short plan
# wording), fixed count columns + a free-text "Số liệu khác (ghi rõ)" column that carries the
# figures without a column (samples, instruments, standards, money), standard status words.

H4COLS = ['TT', 'Nhiệm vụ (theo KH 38/2026)', 'Số lớp, hội nghị', 'Số lượt người', 'Số tin, bài',
          'Số DN được hỗ trợ', 'Số cuộc KT', 'Số cơ sở được KT', 'Số cơ sở vi phạm', 'Tiền phạt (đồng)',
          'Số liệu khác (ghi rõ)', 'Tình trạng', 'Ghi chú']


def h4_book(fname, parent, unit_up, number, date_words, title, rows, diffs, props, maker, chief, chief_title):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'KQ_KH38'
    f11 = Font(name='Times New Roman', size=11)
    ws['A1'] = parent
    ws['A2'] = unit_up
    ws['A2'].font = Font(name='Times New Roman', bold=True, size=11)
    ws['H1'] = QH
    ws['H1'].font = Font(name='Times New Roman', bold=True, size=11)
    ws['H2'] = DL
    ws['A3'] = 'Số: ' + number
    ws['H3'] = 'Thành phố Hồ Chí Minh, ' + date_words
    ws['H3'].font = Font(name='Times New Roman', italic=True, size=11)
    ws['A5'] = title
    ws.merge_cells('A5:M5')
    ws['A5'].font = Font(name='Times New Roman', bold=True, size=13)
    ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = '(Số liệu tính từ ngày 01/01/2026 đến ngày 15/10/2026)'
    ws.merge_cells('A6:M6')
    ws['A6'].alignment = Alignment(horizontal='center')
    ws['A6'].font = Font(name='Times New Roman', italic=True, size=11)
    r = 8
    for c, h in enumerate(H4COLS, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(name='Times New Roman', bold=True, size=10)
        cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        cell.border = BORDER
        cell.fill = PatternFill('solid', fgColor='DDEBF7')
    for i, row in enumerate(rows, 1):
        r += 1
        # row: (task text, courses, people, news, dn, kt, cs, vp, fine, other, status, note)
        vals = [i] + list(row)
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font = f11
            cell.border = BORDER
            cell.alignment = Alignment(vertical='top', wrap_text=True,
                                       horizontal='center' if 3 <= c <= 10 else None)
            if c == 10 and isinstance(v, (int, float)):
                cell.number_format = '#,##0'
    r += 2
    ws.cell(r, 1, 'KHÓ KHĂN, VƯỚNG MẮC').font = Font(name='Times New Roman', bold=True, size=11)
    for i, x in enumerate(diffs, 1):
        r += 1
        ws.cell(r, 1, i)
        ws.cell(r, 2, x)
    r += 1
    ws.cell(r, 1, 'KIẾN NGHỊ, ĐỀ XUẤT').font = Font(name='Times New Roman', bold=True, size=11)
    for i, x in enumerate(props, 1):
        r += 1
        ws.cell(r, 1, i)
        ws.cell(r, 2, x)
    r += 2
    ws.cell(r, 2, 'NGƯỜI LẬP BIỂU').font = Font(bold=True)
    ws.cell(r, 11, chief_title).font = Font(bold=True)
    ws.cell(r + 4, 2, maker)
    ws.cell(r + 4, 11, chief)
    widths = [5, 46, 9, 9, 9, 10, 8, 9, 9, 14, 38, 15, 18]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = 'C9'
    wb.save(os.path.join(OUT, fname))


def hand4():
    N = None
    # ---- Chi cục TĐC
    f = 'SKHCN-CCTDC_bieu-kq-kh38-2026.xlsx'
    rows = [
        ('Tập huấn văn bản QPPL về TC-ĐL-CL cho tổ chức, DN; tọa đàm DN nhập khẩu', 4, 380, 12, N, N, N, N, N, '', 'Đã hoàn thành', ''),
        ('Tuyên truyền, vận động DN tham dự Giải thưởng Chất lượng Quốc gia', N, N, 3, 25, N, N, N, N, '', 'Đã hoàn thành', ''),
        ('Triển khai Chương trình 1322, KH 36, Đề án 996, Đề án 100', N, N, N, 18, N, N, N, N,
         'Kinh phí hỗ trợ đã giải ngân 185.000.000 đồng', 'Đang triển khai', 'Nghiệm thu tháng 11'),
        ('Triển khai hoạt động Giải thưởng Chất lượng Quốc gia 2026', N, N, N, 6, N, N, N, N,
         'Hội đồng sơ tuyển đã chấm 6 hồ sơ', 'Đang triển khai', 'Chờ Hội đồng quốc gia'),
        ('Xây dựng, góp ý TCVN, QCVN, quy chuẩn kỹ thuật địa phương', N, N, N, N, N, N, N, N,
         'Góp ý 14 dự thảo TCVN, QCVN', 'Đã hoàn thành', ''),
        ('Tập huấn, cập nhật kiến thức cho công chức Sở, ngành, UBND phường, xã, đặc khu', 3, 410, N, N, N, N, N, N, '', 'Đã hoàn thành', ''),
        ('Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ', N, N, N, N, N, N, N, N,
         'Hiệu chuẩn 46 phương tiện, thiết bị nghiệp vụ', 'Đã hoàn thành', ''),
        ('Kiểm tra, giám sát TC-ĐL-CL sản phẩm, hàng hóa', N, N, N, N, 9, 87, 14, 126500000,
         'Lấy 32 mẫu thử nghiệm', 'Đang triển khai', 'Thường xuyên'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa', N, N, N, N, N, N, N, N,
         'Khảo sát 150 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi)', 'Đã hoàn thành', ''),
        ('Phối hợp APO thúc đẩy năng suất (nếu có yêu cầu)', N, N, N, N, N, N, N, N, '', 'Không phát sinh', ''),
    ]
    diffs = ['Biên chế Chi cục giảm sau sắp xếp trong khi địa bàn quản lý mở rộng.',
             'Kinh phí lấy mẫu thử nghiệm phục vụ kiểm tra còn hạn chế.']
    props = ['Đề nghị Sở bổ sung kinh phí lấy mẫu thử nghiệm năm 2027.',
             'Đề nghị Sở chỉ đạo các phòng, đơn vị gửi báo cáo đúng hạn để Chi cục tổng hợp.']
    h4_book(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '512/BC-TĐC',
            'ngày 30 tháng 10 năm 2026', 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
            rows, diffs, props, 'Ngô Thị Hồng', 'Vũ Đức Thành', 'CHI CỤC TRƯỞNG')
    key(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '512/BC-TĐC', '2026-10-30', [
        E('II.1.a', 'completed', {'training_courses': 4, 'participants': 380, 'communications': 12}, rows[0][0]),
        E('II.1.b', 'completed', {'communications': 3, 'enterprises_supported': 25}, rows[1][0]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 18, 'budget_spent_vnd': 185000000}, rows[2][0]),
        E('II.2.b', 'in_progress', {'enterprises_supported': 6}, rows[3][0]),
        E('II.2.e', 'completed', {'standards_reviewed': 14}, rows[4][0]),
        E('II.3.a', 'completed', {'training_courses': 3, 'participants': 410}, rows[5][0]),
        E('II.4.b', 'completed', {'instruments_verified': 46}, rows[6][0]),
        E('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 87, 'violations': 14, 'fines_vnd': 126500000, 'samples_tested': 32}, rows[7][0]),
        E('II.5.b', 'completed', {'samples_tested': 150}, rows[8][0]),
        E('II.6.b', 'not_applicable', {}, rows[9][0])], diffs, props)

    # ---- Trung tâm Dịch vụ Phân tích thí nghiệm
    f = 'SKHCN-TTPTTN_kq-kh38-den-15-10.xlsx'
    rows = [
        ('Đầu tư cơ sở vật chất, hiện đại hóa trang thiết bị', N, N, N, N, N, N, N, N,
         'Mua sắm 05 thiết bị thử nghiệm; đã giải ngân 2.340.000.000 đồng', 'Đang triển khai', 'Gói thầu 2 chưa xong'),
        ('Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia', N, N, N, N, N, N, N, N,
         'Duy trì liên kết chuẩn theo đúng chu kỳ', 'Đang triển khai', 'Thường xuyên'),
        ('Dịch vụ kỹ thuật TC-ĐL-CL (kiểm định, hiệu chuẩn, thử nghiệm)', N, N, N, N, N, N, N, N,
         'Kiểm định, hiệu chuẩn 18.640 phương tiện đo; thử nghiệm 4.215 mẫu', 'Đang triển khai', ''),
        ('Đào tạo, bồi dưỡng cho sinh viên các trường ĐH, CĐ về đo lường, thử nghiệm', 1, 45, N, N, N, N, N, N,
         '', 'Đã hoàn thành', 'SV thực tập'),
        ('Phối hợp khảo sát chất lượng sản phẩm, hàng hóa', N, N, N, N, N, N, N, N,
         'Thử nghiệm 150 mẫu khảo sát cho Chi cục', 'Đã hoàn thành', ''),
        ('Phối hợp tập huấn văn bản QPPL cho DN', N, N, N, N, N, N, N, N,
         'Cử báo cáo viên', 'Đã hoàn thành', ''),
    ]
    diffs = ['Thủ tục mua sắm thiết bị kéo dài, gói thầu số 2 phải tổ chức lại.']
    props = ['Đề nghị Sở sớm phê duyệt điều chỉnh kế hoạch lựa chọn nhà thầu gói thầu số 2.']
    h4_book(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '388/BC-TTPT',
            'ngày 28 tháng 10 năm 2026', 'KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38-CT/TW NĂM 2026 CỦA TRUNG TÂM',
            rows, diffs, props, 'Tạ Minh Châu', 'Hồ Sỹ Nguyên', 'GIÁM ĐỐC')
    key(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '388/BC-TTPT', '2026-10-28', [
        E('II.4.a', 'in_progress', {'budget_spent_vnd': 2340000000}, rows[0][0]),
        E('II.4.c', 'in_progress', {}, rows[1][0]),
        E('II.2.g', 'in_progress', {'instruments_verified': 18640, 'samples_tested': 4215}, rows[2][0]),
        E('II.3.d', 'completed', {'training_courses': 1, 'participants': 45}, rows[3][0]),
        E('II.5.b', 'completed', {'samples_tested': 150}, rows[4][0]),
        E('II.1.a', 'completed', {}, rows[5][0])], diffs, props)

    # ---- Phòng Kiểm tra - Pháp chế
    f = 'SKHCN-KTPC_bieu-bao-cao-ct38.xlsx'
    rows = [
        ('Phối hợp kiểm tra, giám sát TC-ĐL-CL hàng hóa', N, N, N, N, 3, 21, 4, 38000000, '', 'Đã hoàn thành', ''),
        ('Khen thưởng, bảo vệ người tố giác; xử lý vi phạm', N, N, N, N, N, N, N, N,
         'Tiếp nhận, xử lý 02 đơn phản ánh', 'Đã hoàn thành', ''),
        ('Đề xuất sửa đổi luật; triển khai Luật TC&QCKT, Luật CLSPHH', N, N, N, N, N, N, N, N,
         'Góp ý 02 dự thảo Nghị định hướng dẫn', 'Đang triển khai', ''),
        ('Phối hợp bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ', N, N, N, N, N, N, N, N, '', 'Không phát sinh', ''),
        ('Phối hợp UBND phường, xã, đặc khu thực hiện nội dung phân quyền', 1, 168, N, N, N, N, N, N,
         'Hội nghị hướng dẫn phân quyền', 'Đã hoàn thành', ''),
        ('Phối hợp khảo sát chất lượng sản phẩm, hàng hóa', N, N, N, N, N, N, N, N, '', 'Chưa triển khai', 'Chờ KH của Chi cục'),
    ]
    diffs = ['Một số quy định xử phạt chưa được hướng dẫn kịp thời sau khi Luật sửa đổi có hiệu lực.']
    props = ['Đề nghị Chi cục gửi kế hoạch khảo sát sớm để Phòng chủ động bố trí nhân sự phối hợp.']
    h4_book(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA - PHÁP CHẾ', '97/BC-KTPC', 'ngày 29 tháng 10 năm 2026',
            'KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38 NĂM 2026 (PHẦN VIỆC CỦA PHÒNG KT-PC)',
            rows, diffs, props, 'Lâm Thị Kim Yến', 'Đoàn Văn Hải', 'TRƯỞNG PHÒNG')
    key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '97/BC-KTPC', '2026-10-29', [
        E('II.5.a', 'completed', {'inspections': 3, 'establishments_inspected': 21, 'violations': 4, 'fines_vnd': 38000000}, rows[0][0]),
        E('II.5.d', 'completed', {}, rows[1][0]),
        E('II.2.c', 'in_progress', {}, rows[2][0]),
        E('II.4.b', 'not_applicable', {}, rows[3][0]),
        E('II.5.c', 'completed', {'training_courses': 1, 'participants': 168}, rows[4][0]),
        E('II.5.b', 'not_started', {}, rows[5][0])], diffs, props)

# ==================================================================== HAND 5
# First-person plural specialist ("Phòng chúng tôi", "đơn vị chúng tôi"): Word bulleted
# items, each with "Quý I: … / Quý II: … / Quý III: …" lines and a "Cộng 9 tháng:" total;
# closed tasks end "(đã kết thúc)", open ones end with "Tình trạng: đang thực hiện".


def h5_report(fname, head_lines, number, date_words, title, kg, intro, items, diffs, props, signer, sig_title):
    d = newdoc(size=13)
    header_table(d, head_lines + ['———', 'Số: %s' % number],
                 ['**%s**' % QH, '**%s**' % DL, '———————', '*TP. Hồ Chí Minh, %s*' % date_words])
    para(d)
    para(d, '**BÁO CÁO**', 'c', size=14, space=0)
    para(d, '**%s**' % title, 'c', space=6)
    para(d, 'Kính gửi: %s' % kg, 'c')
    para(d, intro)
    para(d, '**1. Kết quả thực hiện**', indent=False)
    for head, lines, tail in items:
        p = para(d, head, style='List Bullet', indent=False)
        for ln in lines:
            q = para(d, ln, indent=False)
            q.paragraph_format.left_indent = Cm(1.5)
            q.paragraph_format.space_after = Pt(0)
        q = para(d, tail, indent=False)
        q.paragraph_format.left_indent = Cm(1.5)
    para(d, '**2. Khó khăn**', indent=False)
    for x in diffs:
        para(d, '- ' + x)
    para(d, '**3. Đề xuất**', indent=False)
    for x in props:
        para(d, '- ' + x)
    para(d, 'Trân trọng./.')
    sign(d, ['***Nơi nhận:***', '- Như trên;', '- Lưu.'], ['**%s**' % sig_title, '', '', '', '**%s**' % signer])
    save_docx(d, fname)


def hand5():
    # ---- Phòng Chuyển đổi số
    f = 'SKHCN-CDS_bc-phoi-hop-kh38.docx'
    items = [
        ('Kết nối Hệ thống thông tin giải quyết TTHC của Bộ với Cổng một cửa quốc gia (Phòng chúng tôi phối hợp Chi cục):',
         ['Quý I: phối hợp Chi cục rà soát, cập nhật quy trình điện tử các thủ tục kiểm tra nhà nước về chất lượng hàng nhập khẩu, chạy thử kết nối.',
          'Quý II, Quý III: không phát sinh thêm việc.'],
         'Việc này Phòng chúng tôi làm xong trong Quý I (đã kết thúc).'),
        ('Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng:',
         ['Quý I: khảo sát hiện trạng dữ liệu của Chi cục.',
          'Quý II: xây dựng phương án chia sẻ dữ liệu qua nền tảng LGSP của Thành phố.',
          'Quý III: thử nghiệm đồng bộ danh mục phương tiện đo.'],
         'Tình trạng: đang thực hiện, dự kiến hoàn thành kết nối trong tháng 12/2026.'),
        ('Tuyên truyền trên Cổng thông tin điện tử của Sở:',
         ['Quý I: 03 tin; Quý II: 02 tin, bài; Quý III: 04 tin, bài.',
          'Cộng 9 tháng: 09 tin, bài về tiêu chuẩn, đo lường, chất lượng.'],
         'Tình trạng: đang thực hiện (thường xuyên).'),
    ]
    diffs = ['Dữ liệu của Chi cục còn lưu ở nhiều phần mềm riêng lẻ, chưa chuẩn hóa.']
    props = ['Đề nghị Chi cục cử đầu mối phụ trách dữ liệu để phối hợp chuẩn hóa trước khi kết nối.']
    h5_report(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', '**PHÒNG CHUYỂN ĐỔI SỐ**'], '41/BC-CĐS', 'ngày 24 tháng 10 năm 2026',
              'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
              'Chi cục Tiêu chuẩn Đo lường Chất lượng',
              'Theo đề nghị của Chi cục, Phòng chúng tôi báo cáo các phần việc được phân công trong Kế hoạch như sau:',
              items, diffs, props, 'Trịnh Quang Huy', 'TRƯỞNG PHÒNG')
    key(f, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '41/BC-CĐS', '2026-10-24', [
        E('II.2.h', 'completed', {}, items[0][0]),
        E('II.2.i', 'in_progress', {}, items[1][0]),
        E('II.1.a', 'in_progress', {'communications': 9}, items[2][1][1])], diffs, props)

    # ---- Phòng Quản lý Khoa học
    f = 'SKHCN-QLKH_baocao-kh38-2026.docx'
    items = [
        ('Thu hút chuyên gia, nhà khoa học trong lĩnh vực tiêu chuẩn, đo lường, chất lượng (Phòng chúng tôi chủ trì):',
         ['Quý I: hướng dẫn các đơn vị triển khai Quyết định số 05/2026/QĐ-UBND.',
          'Quý II: tiếp nhận hồ sơ đề xuất của các đơn vị.',
          'Quý III: thẩm định hồ sơ, trình Lãnh đạo Sở.'],
         'Tình trạng: đang thực hiện, chờ UBND Thành phố xem xét.'),
        ('Phối hợp Chi cục tổ chức khóa đào tạo chuyên gia năng suất:',
         ['Quý II: 01 khóa, 35 học viên.', 'Quý III: 01 khóa, 35 học viên.',
          'Cộng 9 tháng: 02 khóa đào tạo, 70 học viên.'],
         'Hai khóa đã tổ chức xong (đã kết thúc).'),
        ('Nhiệm vụ khoa học và công nghệ hỗ trợ nâng cao năng suất, chất lượng:',
         ['Quý II: xét chọn các nhiệm vụ đặt hàng.', 'Quý III: phê duyệt và ký hợp đồng 04 nhiệm vụ.',
          'Cộng 9 tháng: kinh phí đã giải ngân 1.250.000.000 đồng (tạm ứng đợt 1).'],
         'Tình trạng: đang thực hiện.'),
        ('Hợp tác với APO về năng suất khu vực công:',
         ['Quý I – Quý III: chưa có yêu cầu từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.'],
         'Nội dung này không phát sinh trong kỳ.'),
    ]
    diffs = ['Mức hỗ trợ theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia trong lĩnh vực đo lường.']
    props = ['Đề nghị Chi cục đề xuất danh mục vị trí chuyên gia cần thu hút để Phòng tổng hợp trình Sở.']
    h5_report(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', '**PHÒNG QUẢN LÝ KHOA HỌC**'], '58/BC-QLKH', 'ngày 27 tháng 10 năm 2026',
              'Kết quả thực hiện các nội dung Kế hoạch 38-CT/TW năm 2026 do Phòng Quản lý Khoa học phụ trách',
              'Chi cục Tiêu chuẩn Đo lường Chất lượng',
              'Phòng chúng tôi báo cáo kết quả 9 tháng năm 2026 như sau:',
              items, diffs, props, 'Đinh Thị Phương Thảo', 'TRƯỞNG PHÒNG')
    key(f, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '58/BC-QLKH', '2026-10-27', [
        E('II.3.c', 'in_progress', {}, items[0][0]),
        E('II.3.b', 'completed', {'training_courses': 2, 'participants': 70}, items[1][1][2]),
        E('II.2.a', 'in_progress', {'budget_spent_vnd': 1250000000}, items[2][1][2]),
        E('II.6.b', 'not_applicable', {}, items[3][2])], diffs, props)

    # ---- Sở Giáo dục và Đào tạo
    f = 'SO-GDDT_bc-ket-qua-ct38.docx'
    items = [
        ('Phổ biến kiến thức về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên các trường trung cấp, cao đẳng (đơn vị chúng tôi phối hợp Chi cục):',
         ['Quý II: 01 buổi tọa đàm, 150 học sinh.', 'Quý III: 02 buổi tọa đàm, 310 học sinh, sinh viên.',
          'Cộng 9 tháng: 03 buổi tọa đàm, 460 lượt học sinh, sinh viên.'],
         'Tình trạng: đang thực hiện, Quý IV tiếp tục tại 02 trường.'),
        ('Tuyên truyền trên trang thông tin của ngành:',
         ['Quý I: 01 tin; Quý II: 02 tin, bài; Quý III: 01 bài.', 'Cộng 9 tháng: 04 tin, bài.'],
         'Việc này đã làm xong (đã kết thúc).'),
        ('Áp dụng Hệ thống quản lý chất lượng tại cơ quan Sở:',
         ['Quý I – Quý III: rà soát quy trình, chuẩn bị chuyển sang ISO điện tử.'],
         'Tình trạng: đang thực hiện.'),
        ('Cử cán bộ dự tập huấn về tiêu chuẩn, đo lường, chất lượng:',
         ['Quý II: 03 lượt; Quý III: 02 lượt.', 'Cộng 9 tháng: 05 lượt cán bộ.'],
         'Đã cử đủ theo đề nghị (đã kết thúc).'),
    ]
    diffs = ['Lịch học của học sinh, sinh viên dày, khó bố trí thời gian tổ chức tọa đàm.']
    props = ['Đề nghị Chi cục biên soạn tài liệu ngắn gọn, phù hợp học sinh trung cấp.',
             'Đề nghị phối hợp tổ chức tọa đàm trực tuyến để mở rộng số trường tham gia.']
    h5_report(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', '**SỞ GIÁO DỤC VÀ ĐÀO TẠO**'], '3875/BC-SGDĐT',
              'ngày 30 tháng 10 năm 2026', 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
              'Sở Khoa học và Công nghệ',
              'Sở Giáo dục và Đào tạo nhận được đề nghị báo cáo của Sở Khoa học và Công nghệ. Sau khi tổng hợp từ '
              'các phòng chuyên môn, đơn vị chúng tôi báo cáo như sau:',
              items, diffs, props, 'Hoàng Minh Trí', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')
    key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '3875/BC-SGDĐT', '2026-10-30', [
        E('II.3.d', 'in_progress', {'training_courses': 3, 'participants': 460}, items[0][1][2]),
        E('II.1.a', 'completed', {'communications': 4}, items[1][1][1]),
        E('II.2.đ', 'in_progress', {}, items[2][0]),
        E('II.3.a', 'completed', {'participants': 5}, items[3][1][1])], diffs, props)

# ------------------------------------------------------------------ LibreOffice re-save


def lo_resave(fname):
    ext = fname.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    src = os.path.join(OUT, fname)
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    hand1(); hand2(); hand3(); hand4(); hand5()
    for fn in ('27559-xahocmon-baocao-ct38.docx', '26662-xalonghai-bc-tdc-2026.xlsx'):
        lo_resave(fn)
    for fn, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
