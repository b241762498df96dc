# -*- coding: utf-8 -*-
"""Generator for set57. Five hands, 17 files. Keys written to truth/.
Run: python3 gen.py  (then LibreOffice re-save of 3 files, then sha256 into keys)."""
import json, os, hashlib, subprocess, shutil, unicodedata
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
KEYS = {}

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': unit_name},
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d

def P(d, text='', bold=False, italic=False, align=None, size=None, indent=True, underline=False, cell=None):
    p = (cell.add_paragraph() if cell is not None else d.add_paragraph())
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    return p

def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def two_col(d, left, right, widths=(7, 9)):
    """left/right: lists of (text, bold, italic)."""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for ci, lines in enumerate((left, right)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        first = True
        for item in lines:
            if isinstance(item, str): item = (item, False, False)
            tx, b, i = item
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(tx); r.bold = b; r.italic = i; r.font.size = Pt(12 if b else 13)
    return t

def grid(d, rows, bold_first=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            c = t.rows[ri].cells[ci]
            c.text = ''
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(v); r.font.size = Pt(size)
            r.bold = bold_first and ri == 0
    d.add_paragraph().paragraph_format.space_after = Pt(0)
    return t

# ================================================================ HAND 1: Phúc (wards, DOCX)
# "Việc …" paragraphs, colloquial status verbs, số + date only at the foot beside the signature.
def hand1(fname, unit_id, unit_name, place, up_name, number, date_vn, date_iso, title2, intro,
          paras, diffs, props, signer, entries, status='extracted', reason=None, sec_titles=None):
    d = new_doc()
    two_col(d, [('ỦY BAN NHÂN DÂN', True, False), (up_name, True, False), ('', False, False)],
            [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False)])
    P(d)
    P(d, 'BÁO CÁO', bold=True, align='c', size=14, indent=False)
    P(d, title2, bold=True, align='c', indent=False)
    P(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c', indent=False)
    P(d, intro, align='j')
    s1, s2, s3 = sec_titles or ('I. Kết quả thực hiện', 'II. Khó khăn', 'III. Đề xuất')
    P(d, s1, bold=True, indent=False)
    for tx in paras:
        P(d, tx, align='j')
    P(d, s2, bold=True, indent=False)
    for tx in diffs:
        P(d, '- ' + tx, align='j')
    P(d, s3, bold=True, indent=False)
    for tx in props:
        P(d, '- ' + tx, align='j')
    P(d, f'Trên đây là báo cáo của Ủy ban nhân dân {unit_name[0].lower() + unit_name[1:]} về {"kết quả thực hiện" if status=="extracted" else "công tác"} nêu trên./.', align='j')
    two_col(d, [(f'Số: {number}', False, False), ('Nơi nhận:', True, True), ('- Như trên;', False, False),
                ('- Chi cục TĐC (để biết);', False, False), ('- Lưu: VT, KT.', False, False)],
            [(f'{place}, {date_vn}', False, True), ('TM. ỦY BAN NHÂN DÂN', True, False), ('KT. CHỦ TỊCH', True, False),
             ('PHÓ CHỦ TỊCH', True, False), ('', False, False), ('', False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs if status == 'extracted' else [],
        props if status == 'extracted' else [], status, reason)

def build_hand1():
    # F1 Phường Phú Lợi
    p1 = 'Việc tuyên truyền về tiêu chuẩn, đo lường, chất lượng: phường đã đăng 06 tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố, đồng thời phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi phổ biến quy định về đo lường trong mua bán cho 45 hộ kinh doanh tại chợ Phú Lợi. Việc này phường đã làm xong theo kế hoạch.'
    p2 = 'Việc phối hợp kiểm tra đo lường tại chợ và các cửa hàng xăng dầu trên địa bàn: tổng cộng 03 cuộc, kiểm tra 14 cơ sở, phát hiện 02 cơ sở vi phạm về đo lường, đã chuyển hồ sơ để xử phạt 8.500.000 đồng. Việc này vẫn đang tiếp tục làm, dự kiến tháng 11 kiểm tra cân tại chợ Phú Lợi.'
    p3 = 'Việc cử cán bộ đi tập huấn: phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 12/6/2026, việc này đã làm xong.'
    p4 = 'Việc duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường: phường đang rà soát lại các quy trình sau khi sắp xếp bộ máy, việc này vẫn đang tiếp tục làm.'
    p5 = 'Việc khen thưởng người tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ không có trường hợp nào.'
    d1 = ['Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng, công chức kinh tế phải kiêm nhiệm nhiều việc.',
          'Phường không có cân đối chứng, khi người dân phản ánh cân thiếu thì phải chờ Chi cục hỗ trợ.']
    q1 = ['Đề nghị Chi cục hỗ trợ phường cân đối chứng đặt tại chợ Phú Lợi.',
          'Đề nghị Sở tổ chức thêm lớp tập huấn nghiệp vụ cho công chức phường, xã trong năm 2027.']
    hand1('bc-ct38-phuong-phu-loi.docx', '25750', 'Phường Phú Lợi', 'Phú Lợi', 'PHƯỜNG PHÚ LỢI', '214/BC-UBND',
          'ngày 27 tháng 10 năm 2026', '2026-10-27',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
          'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Phú Lợi báo cáo kết quả thực hiện từ đầu năm đến nay như sau:',
          [p1, p2, p3, p4, p5], d1, q1, 'Lê Thị Ngọc Hân',
          [('II.1.a', 'completed', {'communications': 6, 'training_courses': 1, 'participants': 45}, p1),
           ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 14, 'violations': 2, 'fines_vnd': 8500000}, p2),
           ('II.3.a', 'completed', {'participants': 2}, p3),
           ('II.2.đ', 'in_progress', {}, p4),
           ('II.5.d', 'not_applicable', {}, p5)])

    # F2 Xã Ngãi Giao
    p1 = 'Việc tuyên truyền: xã phát trên hệ thống loa truyền thanh 08 lượt tin về ghi nhãn hàng hóa và sử dụng cân đúng quy định trong buôn bán, việc này đã làm xong.'
    p2 = 'Việc phối hợp kiểm tra: Tổ kiểm tra của xã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng đi 02 cuộc, kiểm tra 09 cơ sở kinh doanh xăng dầu và vàng trang sức, lấy 04 mẫu xăng gửi thử nghiệm, chưa phát hiện vi phạm. Việc này vẫn đang tiếp tục làm trong quý IV.'
    p3 = 'Việc cử cán bộ dự tập huấn của Sở: xã chưa làm được do lịch tập huấn trùng với đợt kiểm tra sau sáp nhập.'
    p4 = 'Việc hướng dẫn các hộ sản xuất công bố tiêu chuẩn cơ sở: cán bộ kinh tế đã hướng dẫn 03 hộ sản xuất nước mắm, bánh tráng làm hồ sơ công bố, việc này đã làm xong.'
    d2 = ['Địa bàn xã rộng, các cơ sở kinh doanh nằm rải rác nên việc kiểm tra mất nhiều thời gian.',
          'Kinh phí cho hoạt động kiểm tra, lấy mẫu chưa được bố trí riêng.']
    q2 = ['Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ xã lấy mẫu thử nghiệm.']
    hand1('ngai-giao-bc-chi-thi-38.docx', '26575', 'Xã Ngãi Giao', 'Ngãi Giao', 'XÃ NGÃI GIAO', '156/BC-UBND',
          'ngày 22 tháng 10 năm 2026', '2026-10-22',
          'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)',
          'Ủy ban nhân dân xã Ngãi Giao báo cáo tình hình thực hiện Kế hoạch năm 2026 của Sở Khoa học và Công nghệ về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn xã như sau:',
          [p1, p2, p3, p4], d2, q2, 'Nguyễn Văn Thành',
          [('II.1.a', 'completed', {'communications': 8}, p1),
           ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 9, 'samples_tested': 4}, p2),
           ('II.3.a', 'not_started', {}, p3),
           ('II.2.d', 'completed', {'enterprises_supported': 3}, p4)],
          sec_titles=('1. Kết quả đã làm', '2. Khó khăn, vướng mắc', '3. Đề xuất, kiến nghị'))

    # F3 Phường Tăng Nhơn Phú
    p1 = 'Việc tuyên truyền, phổ biến pháp luật: phường phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa cho 120 đại biểu là chủ doanh nghiệp, hộ kinh doanh; đăng 04 bài trên trang thông tin điện tử phường. Việc này phường đã làm xong.'
    p2 = 'Việc phối hợp kiểm tra về đo lường, chất lượng: tổng cộng 05 cuộc với 26 cơ sở (xăng dầu, khí dầu mỏ hóa lỏng, cân tại chợ), phát hiện 04 cơ sở vi phạm, chuyển Chi cục xử phạt tổng số tiền 18.750.000 đồng. Việc này vẫn đang tiếp tục làm.'
    p3 = 'Việc kiểm định cân của tiểu thương: phường vận động và phối hợp đơn vị kiểm định thực hiện kiểm định 215 chiếc cân tại chợ Tăng Nhơn Phú A và chợ Phước Bình, vẫn đang tiếp tục làm với các chợ còn lại.'
    p4 = 'Việc áp dụng hệ thống quản lý chất lượng: sau sắp xếp, phường đã xây dựng và công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 với 87 quy trình, việc này đã làm xong.'
    p5 = 'Việc cử công chức đi tập huấn: phường cử 03 công chức tham dự 02 lớp tập huấn nghiệp vụ do Sở Khoa học và Công nghệ tổ chức, đã làm xong.'
    d3 = ['Sau sắp xếp địa bàn, số cơ sở kinh doanh tăng nhiều nhưng biên chế công chức kinh tế không tăng.',
          'Một số hộ kinh doanh chưa hợp tác, không xuất trình được hóa đơn, chứng từ của hàng hóa.']
    q3 = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phân công cán bộ đầu mối hướng dẫn phường.',
          'Đề nghị có mẫu biên bản kiểm tra thống nhất dùng cho cấp phường.']
    hand1('TangNhonPhu_BC CT38 2026.docx', '26842', 'Phường Tăng Nhơn Phú', 'Tăng Nhơn Phú', 'PHƯỜNG TĂNG NHƠN PHÚ',
          '301/BC-UBND', 'ngày 29 tháng 10 năm 2026', '2026-10-29',
          'Kết quả triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
          'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo như sau:',
          [p1, p2, p3, p4, p5], d3, q3, 'Phạm Quốc Huy',
          [('II.1.a', 'completed', {'training_courses': 1, 'participants': 120, 'communications': 4}, p1),
           ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 26, 'violations': 4,
                                      'fines_vnd': 18750000, 'instruments_verified': 215}, p2 + ' ' + p3),
           ('II.2.đ', 'completed', {}, p4),
           ('II.3.a', 'completed', {'training_courses': 2, 'participants': 3}, p5)])

    # F4 Phường Rạch Dừa — mistaken: giảm nghèo
    m = ['Việc rà soát hộ nghèo, hộ cận nghèo năm 2026: phường đã rà soát 9.420 hộ, kết quả còn 37 hộ nghèo và 112 hộ cận nghèo theo chuẩn của Thành phố, việc này đã làm xong.',
         'Việc cấp thẻ bảo hiểm y tế cho hộ nghèo, cận nghèo: đã cấp 486 thẻ, vẫn đang tiếp tục làm với các hộ mới phát sinh.',
         'Việc hỗ trợ vay vốn qua Ngân hàng Chính sách xã hội: 29 hộ được vay với tổng dư nợ 1.450.000.000 đồng.',
         'Việc hỗ trợ sửa chữa nhà ở cho hộ nghèo: chưa làm được do chưa có nguồn vận động.']
    hand1('rach-dua-bao-cao-giam-ngheo-2026.docx', '26536', 'Phường Rạch Dừa', 'Rạch Dừa', 'PHƯỜNG RẠCH DỪA',
          '188/BC-UBND', 'ngày 26 tháng 10 năm 2026', '2026-10-26',
          'Kết quả thực hiện Chương trình giảm nghèo bền vững năm 2026',
          'Thực hiện Kế hoạch giảm nghèo bền vững năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Rạch Dừa báo cáo kết quả như sau:',
          m, ['Một số hộ nghèo thuộc diện lớn tuổi, không còn khả năng lao động.'],
          ['Đề nghị Thành phố tiếp tục hỗ trợ kinh phí sửa chữa nhà ở cho hộ nghèo.'], 'Võ Thị Kim Loan', [],
          status='rejected', reason='Báo cáo về công tác giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')

# ================================================================ HAND 2: Mỹ (Sở's own units, DOCX)
# each task: numbered title, one short paragraph, then a horizontal 2-row "figure strip" table whose last cell is "Tiến độ".
def hand2(fname, unit_id, unit_name, up1, up2, number, place_date, date_iso, title2, intro, tasks, diffs, props, signer, role):
    d = new_doc()
    two_col(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False, False), (up1, True, False), (up2, True, False) if up2 else ('', False, False),
                (f'Số: {number}', False, False)],
            [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False),
             (place_date, False, True)])
    P(d)
    P(d, 'BÁO CÁO', bold=True, align='c', size=14, indent=False)
    P(d, title2, bold=True, align='c', indent=False)
    P(d, intro, align='j')
    P(d, 'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO', bold=True, indent=False)
    for i, (title, body, heads, vals) in enumerate(tasks, 1):
        P(d, f'{i}. {title}', bold=True, indent=False)
        P(d, body, align='j')
        grid(d, [heads, vals])
    P(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for tx in diffs:
        P(d, '- ' + tx, align='j')
    P(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for tx in props:
        P(d, '- ' + tx, align='j')
    P(d, f'{unit_name} kính báo cáo./.', align='j')
    two_col(d, [('Nơi nhận:', True, True), ('- Ban Giám đốc Sở;', False, False), ('- Lưu: VT, HCTH.', False, False)],
            [(role, True, False), ('', False, False), ('', False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))

def build_hand2():
    # F5 Chi cục
    T = [
     ('Tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu',
      'Chi cục tổ chức các lớp tập huấn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho doanh nghiệp, hộ sản xuất kinh doanh và 01 buổi tọa đàm với doanh nghiệp nhập khẩu ngày 18/7/2026.',
      ['Số lớp/buổi (gồm 01 tọa đàm)', 'Số lượt người tham dự', 'Tiến độ'], ['06', '436', 'Hoàn thành']),
     ('Tuyên truyền, vận động tham dự Giải thưởng Chất lượng Quốc gia',
      'Chi cục đăng tin, bài trên Cổng thông tin điện tử Sở, gửi thư mời và trực tiếp hướng dẫn các doanh nghiệp chuẩn bị hồ sơ.',
      ['Doanh nghiệp được hướng dẫn', 'Tin, bài', 'Tiến độ'], ['14', '09', 'Hoàn thành']),
     ('Tổ chức Giải thưởng Chất lượng Quốc gia năm 2026',
      'Hội đồng sơ tuyển đã tiếp nhận hồ sơ và đang tổ chức đánh giá tại doanh nghiệp theo kế hoạch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.',
      ['Kết quả', 'Tiến độ'], ['Tiếp nhận 07 hồ sơ, đang đánh giá', 'Đang thực hiện']),
     ('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất chất lượng',
      'Hỗ trợ doanh nghiệp áp dụng ISO 9001, ISO 22000, 5S, Kaizen và hướng dẫn công bố hợp quy, hợp chuẩn.',
      ['Số doanh nghiệp được hỗ trợ', 'Kinh phí đã giải ngân (đồng)', 'Tiến độ'], ['23', '184.500.000', 'Đang thực hiện']),
     ('Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật',
      'Chi cục chủ trì tổng hợp ý kiến các sở, ngành góp ý dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến.',
      ['Số dự thảo TCVN, QCVN đã góp ý', 'Tiến độ'], ['17', 'Đang thực hiện']),
     ('Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng',
      'Kiểm tra chất lượng hàng hóa, nhãn hàng hóa, đo lường trong kinh doanh xăng dầu, vàng trang sức, mũ bảo hiểm, đồ chơi trẻ em.',
      ['Số cuộc', 'Số cơ sở', 'Số cơ sở vi phạm', 'Tiền phạt (đồng)', 'Tiến độ'], ['12', '148', '19', '236.400.000', 'Đang thực hiện']),
     ('Khảo sát chất lượng sản phẩm, hàng hóa',
      'Khảo sát chất lượng xăng dầu, khí dầu mỏ hóa lỏng, thép xây dựng lưu thông trên thị trường; kết quả đã thông tin đến các cơ quan chức năng.',
      ['Số mẫu khảo sát', 'Mẫu không đạt', 'Tiến độ'], ['85', '06', 'Hoàn thành']),
     ('Phối hợp với UBND phường, xã, đặc khu',
      'Hướng dẫn, phối hợp các phường, xã thực hiện nội dung được phân quyền về đo lường, chất lượng tại chợ, cửa hàng xăng dầu.',
      ['Số phường, xã phối hợp', 'Số cuộc kiểm tra phối hợp', 'Tiến độ'], ['31', '44', 'Đang thực hiện']),
     ('Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
      'Đang chờ Bộ Khoa học và Công nghệ ban hành tài liệu hướng dẫn kỹ thuật kết nối.',
      ['Kết quả', 'Tiến độ'], ['Chưa có hướng dẫn kết nối', 'Chưa thực hiện']),
     ('Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã, đặc khu',
      'Tổ chức tập huấn nghiệp vụ quản lý đo lường, chất lượng tại ba cụm phường, xã.',
      ['Số lớp', 'Số học viên', 'Tiến độ'], ['03', '278', 'Hoàn thành']),
    ]
    codes = [('II.1.a', 'completed', {'training_courses': 6, 'participants': 436}),
             ('II.1.b', 'completed', {'enterprises_supported': 14, 'communications': 9}),
             ('II.2.b', 'in_progress', {}),
             ('II.2.d', 'in_progress', {'enterprises_supported': 23, 'budget_spent_vnd': 184500000}),
             ('II.2.e', 'in_progress', {'standards_reviewed': 17}),
             ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 148, 'violations': 19, 'fines_vnd': 236400000}),
             ('II.5.b', 'completed', {'samples_tested': 85}),
             ('II.5.c', 'in_progress', {'inspections': 44}),
             ('II.2.i', 'not_started', {}),
             ('II.3.a', 'completed', {'training_courses': 3, 'participants': 278})]
    D = ['Lực lượng kiểm tra viên đo lường, chất lượng mỏng so với địa bàn sau hợp nhất ba tỉnh, thành.',
         'Kinh phí lấy mẫu khảo sát chất lượng chỉ đáp ứng khoảng một nửa nhu cầu.',
         'Bộ Khoa học và Công nghệ chưa ban hành hướng dẫn kết nối cơ sở dữ liệu quốc gia.']
    Q = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.',
         'Đề nghị Sở kiến nghị Bộ sớm hướng dẫn kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.']
    f = 'ChiCucTDC_BC_ket_qua_CT38_2026.docx'
    hand2(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', 'CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG',
          '845/BC-CCTĐC', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', '2026-10-30',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
          'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:',
          T, D, Q, 'Hồ Minh Tâm', 'CHI CỤC TRƯỞNG')
    key(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '845/BC-CCTĐC', '2026-10-30',
        [(c, s, ind, t[1]) for (c, s, ind), t in zip(codes, T)], D, Q)

    # F6 Trung tâm PTTN
    T = [
     ('Đầu tư trang thiết bị thử nghiệm, kiểm định',
      'Trung tâm triển khai dự án mua sắm thiết bị phòng thử nghiệm hóa lý, vi sinh; đã ký hợp đồng và nhận bàn giao một phần.',
      ['Thiết bị đã nhận', 'Kinh phí đã giải ngân', 'Tiến độ'], ['06 bộ', '4,2 tỷ đồng', 'Đang thực hiện']),
     ('Duy trì, liên kết chuẩn đo lường',
      'Gửi hiệu chuẩn các chuẩn đo lường chính tại Viện Đo lường Việt Nam để bảo đảm liên kết đến chuẩn quốc gia.',
      ['Chuẩn đo lường được hiệu chuẩn', 'Tiến độ'], ['11', 'Hoàn thành']),
     ('Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
      'Mở rộng phạm vi được chỉ định sang phương tiện đo điện và thử nghiệm linh kiện điện tử.',
      ['Phương tiện đo đã kiểm định, hiệu chuẩn', 'Mẫu đã thử nghiệm', 'Tiến độ'], ['48.326', '5.914', 'Đang thực hiện']),
     ('Đào tạo cho sinh viên các trường',
      'Phối hợp Trường Đại học Công nghiệp và Trường Cao đẳng Kỹ thuật Cao Thắng mở lớp về đo lường, thử nghiệm cho sinh viên.',
      ['Số lớp', 'Số sinh viên', 'Tiến độ'], ['02', '95', 'Hoàn thành']),
     ('Thử nghiệm mẫu khảo sát chất lượng cho Chi cục',
      'Thực hiện thử nghiệm các mẫu khảo sát chất lượng theo đặt hàng của Chi cục Tiêu chuẩn Đo lường Chất lượng.',
      ['Số mẫu thử nghiệm', 'Tiến độ'], ['85', 'Hoàn thành']),
    ]
    codes = [('II.4.a', 'in_progress', {'budget_spent_vnd': 4200000000}),
             ('II.4.c', 'completed', {'instruments_verified': 11}),
             ('II.2.g', 'in_progress', {'instruments_verified': 48326, 'samples_tested': 5914}),
             ('II.3.d', 'completed', {'training_courses': 2, 'participants': 95}),
             ('II.5.b', 'completed', {'samples_tested': 85})]
    D = ['Thủ tục mua sắm thiết bị kéo dài, nhà cung cấp giao hàng chậm so với hợp đồng.',
         'Thiếu kiểm định viên có chứng chỉ đối với phương tiện đo điện.']
    Q = ['Đề nghị Sở hỗ trợ cử viên chức đi đào tạo kiểm định viên phương tiện đo điện.']
    f = 'TT-PTTN bao cao CT38.docx'
    hand2(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
          'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '392/BC-TTPTTN',
          'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', '2026-10-28',
          'Tình hình thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
          'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo như sau:',
          T, D, Q, 'Đặng Hữu Nghĩa', 'GIÁM ĐỐC')
    key(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '392/BC-TTPTTN', '2026-10-28', [(c, s, ind, t[1]) for (c, s, ind), t in zip(codes, T)], D, Q)

    # F7 Phòng KT-PC
    T = [
     ('Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa',
      'Phòng cử công chức tham gia các đoàn kiểm tra liên ngành do Chi cục chủ trì; tham mưu Giám đốc Sở ban hành quyết định xử phạt vi phạm hành chính.',
      ['Số đoàn tham gia', 'Số cơ sở', 'Tiền phạt theo quyết định của Giám đốc Sở', 'Tiến độ'], ['04', '37', '312.500.000 đồng', 'Đang thực hiện']),
     ('Góp ý, đề xuất sửa đổi văn bản quy phạm pháp luật',
      'Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa và dự thảo Nghị định xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.',
      ['Số văn bản góp ý', 'Tiến độ'], ['03', 'Hoàn thành']),
     ('Tiếp nhận, xử lý tố giác vi phạm',
      'Trong kỳ không nhận được đơn tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.',
      ['Số đơn', 'Tiến độ'], ['0', 'Không phát sinh']),
     ('Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
      'Phối hợp Chi cục gửi kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra theo Nghị định 135/2021/NĐ-CP.',
      ['Thiết bị đã kiểm định, hiệu chuẩn', 'Tiến độ'], ['09', 'Hoàn thành']),
    ]
    codes = [('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 37, 'fines_vnd': 312500000}),
             ('II.2.c', 'completed', {}),
             ('II.5.d', 'not_applicable', {}),
             ('II.4.b', 'completed', {'instruments_verified': 9})]
    D = ['Phòng có 02 công chức phụ trách pháp chế nhưng phải tham gia nhiều đoàn kiểm tra cùng lúc.']
    Q = ['Đề nghị Chi cục gửi lịch kiểm tra sớm để Phòng bố trí nhân sự.']
    f = 'KTPC_baocao_CT38_nam2026.docx'
    hand2(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', 'PHÒNG KIỂM TRA – PHÁP CHẾ', None, '57/BC-KTPC',
          'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026', '2026-10-26',
          'Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
          'Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
          T, D, Q, 'Trương Thị Bích Ngọc', 'TRƯỞNG PHÒNG')
    key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '57/BC-KTPC', '2026-10-26',
        [(c, s, ind, t[1]) for (c, s, ind), t in zip(codes, T)], D, Q)

# ================================================================ xlsx helpers
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def ws_put(ws, r, c, v, bold=False, italic=False, center=False, wrap=True, box=False, size=12):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name='Times New Roman', size=size, bold=bold, italic=italic)
    cell.alignment = Alignment(horizontal='center' if center else None, vertical='top' if not center else 'center', wrap_text=wrap)
    if box: cell.border = BOX
    return cell

# ================================================================ HAND 3: Tài (no-diacritics typist, XLSX)
# header rows copied from a template WITH diacritics; every cell he typed himself is WITHOUT diacritics.
def hand3(fname, up1, up2, number, place_date, title, sub, rows, diffs, props, signer, role):
    wb = Workbook(); ws = wb.active; ws.title = 'BC'
    for col, w in zip('ABCDE', (6, 42, 48, 16, 22)): ws.column_dimensions[col].width = w
    ws.merge_cells('A1:B1'); ws_put(ws, 1, 1, up1, bold=True, center=True)
    ws.merge_cells('C1:E1'); ws_put(ws, 1, 3, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, center=True)
    ws.merge_cells('A2:B2'); ws_put(ws, 2, 1, up2, bold=True, center=True)
    ws.merge_cells('C2:E2'); ws_put(ws, 2, 3, 'Độc lập - Tự do - Hạnh phúc', bold=True, center=True)
    ws.merge_cells('A3:B3'); ws_put(ws, 3, 1, f'Số: {number}', center=True)
    ws.merge_cells('C3:E3'); ws_put(ws, 3, 3, place_date, italic=True, center=True)
    ws.merge_cells('A5:E5'); ws_put(ws, 5, 1, title, bold=True, center=True, size=13)
    ws.merge_cells('A6:E6'); ws_put(ws, 6, 1, sub, italic=True, center=True)
    heads = ['STT', 'Nội dung', 'Kết quả thực hiện', 'Tình trạng', 'Ghi chú']
    for i, h in enumerate(heads, 1): ws_put(ws, 8, i, h, bold=True, center=True, box=True)
    r = 9
    for i, (a, b, c, dnote) in enumerate(rows, 1):
        ws_put(ws, r, 1, i, center=True, box=True); ws_put(ws, r, 2, a, box=True); ws_put(ws, r, 3, b, box=True)
        ws_put(ws, r, 4, c, center=True, box=True); ws_put(ws, r, 5, dnote, box=True); r += 1
    r += 1
    ws_put(ws, r, 2, 'Kho khan, vuong mac:', bold=True, wrap=False); r += 1
    for tx in diffs:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); ws_put(ws, r, 2, '- ' + tx); r += 1
    ws_put(ws, r, 2, 'De xuat, kien nghi:', bold=True, wrap=False); r += 1
    for tx in props:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); ws_put(ws, r, 2, '- ' + tx); r += 1
    r += 1
    ws_put(ws, r, 3, role, bold=True, center=True); ws_put(ws, r + 4, 3, signer, bold=True, center=True)
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))

def build_hand3():
    # F8 Xã Bàu Lâm
    R = [('Tuyen truyen ve tieu chuan, do luong, chat luong tren loa, zalo', 'Phat 10 tin tren dai truyen thanh xa va nhom zalo ap', 'Da xong', ''),
         ('Phoi hop Chi cuc TDC kiem tra xang dau, can tai cho', '02 cuoc, 07 co so; 01 co so vi pham ve do luong, phat 5.000.000d', 'Dang lam', 'Con dot thang 11'),
         ('Cu can bo di tap huan nghiep vu', '01 cong chuc dia chinh - kinh te du lop ngay 12/6/2026', 'Da xong', ''),
         ('Ap dung ISO 9001 tai UBND xa', 'Dang cap nhat lai quy trinh sau sap xep', 'Dang lam', ''),
         ('Khen thuong nguoi to giac vi pham', '', 'Khong phat sinh', '')]
    D = ['Can bo kiem nhiem, chua qua dao tao chuyen sau ve do luong', 'Xa chua co can doi chung dat tai cho']
    Q = ['De nghi Chi cuc to chuc tap huan tai cho cho cac xa phia Bac']
    f = 'BauLam_CT38_2026.xlsx'
    hand3(f, 'UBND XÃ BÀU LÂM', 'BỘ PHẬN KINH TẾ', '92/BC-UBND', 'Bàu Lâm, ngày 20 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026', '(Cong tac tieu chuan, do luong, chat luong tren dia ban xa)',
          R, D, Q, 'Ngo Van Tai', 'NGUOI LAP')
    key(f, '26638', 'Xã Bàu Lâm', '92/BC-UBND', '2026-10-20',
        [('II.1.a', 'completed', {'communications': 10}, R[0][0] + ' ' + R[0][1]),
         ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 7, 'violations': 1, 'fines_vnd': 5000000}, R[1][0] + ' ' + R[1][1]),
         ('II.3.a', 'completed', {'participants': 1}, R[2][0] + ' ' + R[2][1]),
         ('II.2.đ', 'in_progress', {}, R[3][0] + ' ' + R[3][1]),
         ('II.5.d', 'not_applicable', {}, R[4][0])], D, Q)

    # F9 Phường Tân Khánh
    R = [('Tuyen truyen, pho bien phap luat ve TCDLCL', '05 bai tren trang TTDT phuong; 01 buoi noi chuyen cho 60 ho kinh doanh', 'Da xong', ''),
         ('Phoi hop kiem tra do luong, chat luong tren dia ban', '04 cuoc, 19 co so, 03 co so vi pham, tong phat 11.250.000 dong', 'Dang lam', 'Chi cuc ra QD xu phat'),
         ('Huong dan ho kinh doanh ghi nhan hang hoa, cong bo chat luong', 'Huong dan 15 ho kinh doanh', 'Dang lam', ''),
         ('Cu cong chuc du tap huan cua So', 'Chua co lop cho phuong', 'Chua lam', ''),
         ('Cong bo lai HTQLCL theo TCVN ISO 9001:2015', 'Da cong bo lai ngay 15/8/2026', 'Da xong', '')]
    D = ['Ho kinh doanh thay doi dia diem thuong xuyen, kho theo doi', 'Chua co kinh phi in to roi tuyen truyen']
    Q = ['De nghi So cap tai lieu tuyen truyen mau cho phuong', 'De nghi to chuc lop tap huan cho cong chuc phuong moi sap xep']
    f = 'TanKhanh - bao cao CT38.xlsx'
    hand3(f, 'UBND PHƯỜNG TÂN KHÁNH', 'PHÒNG KINH TẾ', '247/BC-UBND', 'Tân Khánh, ngày 24 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026', '(So lieu tu 01/01/2026 den 20/10/2026)',
          R, D, Q, 'Ngo Van Tai', 'NGUOI LAP BIEU')
    key(f, '25891', 'Phường Tân Khánh', '247/BC-UBND', '2026-10-24',
        [('II.1.a', 'completed', {'communications': 5, 'training_courses': 1, 'participants': 60}, R[0][0] + ' ' + R[0][1]),
         ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 19, 'violations': 3, 'fines_vnd': 11250000}, R[1][0] + ' ' + R[1][1]),
         ('II.2.d', 'in_progress', {'enterprises_supported': 15}, R[2][0] + ' ' + R[2][1]),
         ('II.3.a', 'not_started', {}, R[3][0] + ' ' + R[3][1]),
         ('II.2.đ', 'completed', {}, R[4][0] + ' ' + R[4][1])], D, Q)

    # F10 Sở An toàn thực phẩm
    R = [('Gop y du thao QCVN, TCVN ve thuc pham', 'Gop y 08 du thao (06 QCVN, 02 TCVN) gui Bo Y te, Bo KH&CN', 'Da xong', ''),
         ('Phoi hop kiem tra nhan hang hoa, chat luong thuc pham luu thong', '03 cuoc, 42 co so, 05 co so vi pham, phat 67.000.000d', 'Dang lam', 'Phoi hop Chi cuc TDC'),
         ('Cu can bo du tap huan ve tieu chuan, chat luong', '04 luot cong chuc', 'Da xong', ''),
         ('Duy tri he thong quan ly chat luong ISO tai So', 'Dang chuyen doi sang ISO dien tu', 'Dang lam', ''),
         ('Cap nhat tieu chuan Codex, dieu uoc quoc te lien quan', 'Cap nhat tren trang thong tin cua So', 'Dang lam', '')]
    D = ['Nhieu san pham thuc pham nhap khau ghi nhan phu tieng Viet chua day du', 'Can bo vua lam ATTP vua lam TCDLCL, thoi gian han che']
    Q = ['De nghi Chi cuc TDC chia se ket qua khao sat chat luong thuc pham dinh ky']
    f = 'SoATTP_CT38_TongHop.xlsx'
    hand3(f, 'SỞ AN TOÀN THỰC PHẨM', 'PHÒNG QUẢN LÝ NGỘ ĐỘC THỰC PHẨM', '1126/BC-SATTP', 'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026', '(Noi dung phoi hop theo Ke hoach cua So KH&CN)',
          R, D, Q, 'Ngo Van Tai', 'NGUOI TONG HOP')
    key(f, 'SO-ATTP', 'Sở An toàn thực phẩm', '1126/BC-SATTP', '2026-10-23',
        [('II.2.e', 'completed', {'standards_reviewed': 8}, R[0][0] + ' ' + R[0][1]),
         ('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 42, 'violations': 5, 'fines_vnd': 67000000}, R[1][0] + ' ' + R[1][1]),
         ('II.3.a', 'completed', {'participants': 4}, R[2][0] + ' ' + R[2][1]),
         ('II.2.đ', 'in_progress', {}, R[3][0] + ' ' + R[3][1]),
         ('II.6.a', 'in_progress', {}, R[4][0] + ' ' + R[4][1])], D, Q)

    # F11 Xã Thạnh An — mistaken: chuyển đổi số
    R = [('Trien khai dich vu cong truc tuyen toan trinh', 'Ty le ho so truc tuyen dat 78%', 'Dang lam', ''),
         ('Lap dat wifi cong cong tai nha van hoa ap', '03 diem wifi', 'Da xong', ''),
         ('Tap huan ky nang so cho to cong nghe so cong dong', '02 lop, 46 thanh vien', 'Da xong', ''),
         ('So hoa ho so ho tich', 'Da so hoa 5.230 so ho tich', 'Dang lam', '')]
    f = 'ThanhAn_bao cao CDS quy III.xlsx'
    hand3(f, 'UBND XÃ THẠNH AN', 'VĂN PHÒNG HĐND VÀ UBND', '135/BC-UBND', 'Thạnh An, ngày 21 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ QUÝ III NĂM 2026', '(Theo Ke hoach chuyen doi so cua UBND xa)',
          R, ['Song di dong tai dao khong on dinh'], ['De nghi ho tro thiet bi cho to cong nghe so cong dong'], 'Ngo Van Tai', 'NGUOI LAP')
    key(f, '27676', 'Xã Thạnh An', '135/BC-UBND', '2026-10-21', [], [], [], status='rejected',
        reason='Báo cáo kết quả chuyển đổi số quý III/2026 của xã, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')

# ================================================================ HAND 4: Hương (departments, DOCX)
# every task paragraph opens with a period clause and closes with "Tính đến thời điểm báo cáo, …" (the status).
def hand4(fname, up_line1, up_line2, number, place_date, title2, intro, paras, diffs, props, signer, role):
    d = new_doc(size=14)
    two_col(d, [(up_line1, False, False), (up_line2, True, False), (f'Số: {number}', False, False),
                ('V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026', False, False)],
            [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False),
             (place_date, False, True)])
    P(d)
    P(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c', indent=False)
    P(d, intro, align='j')
    P(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, tx in enumerate(paras):
        P(d, f'{"abcdeghik"[i]}) {tx}', align='j')
    P(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for tx in diffs:
        P(d, '- ' + tx, align='j')
    P(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for i, tx in enumerate(props, 1):
        P(d, f'{i}. {tx}', align='j')
    P(d, 'Trân trọng./.', indent=True)
    two_col(d, [('Nơi nhận:', True, True), ('- Như trên;', False, False), ('- Giám đốc Sở (để b/c);', False, False), ('- Lưu: VT.', False, False)],
            [('KT. GIÁM ĐỐC', True, False), (role, True, False), ('', False, False), ('', False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))

def build_hand4():
    # F12 Sở Công Thương
    a = 'Từ đầu năm đến ngày 15/10/2026, Sở chỉ đạo Phòng Quản lý thương mại phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường, chất lượng trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng với 06 cuộc kiểm tra tại 53 cơ sở, phát hiện 07 cơ sở vi phạm, xử phạt 142.000.000 đồng. Tính đến thời điểm báo cáo, nội dung này vẫn đang được triển khai.'
    b = 'Trong quý II/2026, Sở có văn bản góp ý đối với 05 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (an toàn điện, hóa chất, khí dầu mỏ hóa lỏng). Tính đến thời điểm báo cáo, đã hoàn thành.'
    c = 'Từ tháng 3 đến tháng 9/2026, Sở tổ chức 02 hội nghị phổ biến các yêu cầu về tiêu chuẩn, quy chuẩn trong các hiệp định thương mại tự do (EVFTA, CPTPP) cho 210 đại biểu doanh nghiệp xuất khẩu. Tính đến thời điểm báo cáo, đã hoàn thành.'
    d_ = 'Từ đầu năm, Sở phối hợp triển khai Đề án 100 về truy xuất nguồn gốc, hướng dẫn 18 doanh nghiệp sản xuất, phân phối áp dụng mã truy xuất trên sản phẩm. Tính đến thời điểm báo cáo, vẫn đang được triển khai.'
    e = 'Trong tháng 7/2026, Sở hoàn thành việc xây dựng lại và công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau hợp nhất. Tính đến thời điểm báo cáo, đã hoàn thành.'
    D = ['Số lượng cửa hàng xăng dầu trên địa bàn sau hợp nhất lớn, lực lượng kiểm tra còn mỏng.',
         'Doanh nghiệp nhỏ và vừa còn hạn chế về kinh phí áp dụng truy xuất nguồn gốc.']
    Q = ['Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn chuyên sâu về đo lường xăng dầu cho công chức Sở Công Thương.',
         'Đề nghị xây dựng cơ chế chia sẻ dữ liệu kết quả kiểm tra giữa hai Sở.']
    f = 'SCT_4521_BC_CT38.docx'
    hand4(f, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', '4521/SCT-QLTM', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          '', 'Phúc đáp đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:',
          [a, b, c, d_, e], D, Q, 'Bùi Tấn Lực', 'PHÓ GIÁM ĐỐC')
    key(f, 'SO-CT', 'Sở Công Thương', '4521/SCT-QLTM', '2026-10-29',
        [('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 53, 'violations': 7, 'fines_vnd': 142000000}, a),
         ('II.2.e', 'completed', {'standards_reviewed': 5}, b),
         ('II.6.a', 'completed', {'training_courses': 2, 'participants': 210}, c),
         ('II.2.a', 'in_progress', {'enterprises_supported': 18}, d_),
         ('II.2.đ', 'completed', {}, e)], D, Q)

    # F13 Sở Nông nghiệp và Môi trường
    a = 'Từ ngày 01/01 đến ngày 30/9/2026, Chi cục Trồng trọt và Bảo vệ thực vật thuộc Sở thực hiện 08 cuộc thanh tra, kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật tại 96 cơ sở, phát hiện 11 cơ sở vi phạm, xử phạt 1,26 tỷ đồng. Tính đến thời điểm báo cáo, nội dung này vẫn đang được triển khai.'
    b = 'Trong 9 tháng đầu năm, Sở góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, giống cây trồng và chất lượng nước. Tính đến thời điểm báo cáo, vẫn đang được triển khai do Bộ tiếp tục gửi lấy ý kiến.'
    c = 'Từ tháng 4/2026, Sở lấy 320 mẫu nông sản, phân bón lưu thông trên thị trường để phân tích, giám sát chất lượng. Tính đến thời điểm báo cáo, vẫn đang được triển khai.'
    d_ = 'Trong tháng 8/2026, Sở cử 06 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức. Tính đến thời điểm báo cáo, đã hoàn thành.'
    e = 'Từ đầu năm đến nay, Sở chưa nhận được yêu cầu phối hợp về nâng cao năng suất với Tổ chức Năng suất Châu Á. Tính đến thời điểm báo cáo, nội dung này không phát sinh.'
    D = ['Chi phí phân tích mẫu phân bón cao, kinh phí giám sát chất lượng không đủ để lấy mẫu ở tất cả phường, xã.']
    Q = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp chia sẻ danh mục phòng thử nghiệm được chỉ định trên địa bàn.']
    f = 'SoNNMT-BC-CT38-2026.docx'
    hand4(f, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '6230/BC-SNNMT', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
          '', 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Nông nghiệp và Môi trường báo cáo kết quả phối hợp thực hiện như sau:',
          [a, b, c, d_, e], D, Q, 'Trần Ngọc Sơn', 'PHÓ GIÁM ĐỐC')
    key(f, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '6230/BC-SNNMT', '2026-10-27',
        [('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 96, 'violations': 11, 'fines_vnd': 1260000000}, a),
         ('II.2.e', 'in_progress', {'standards_reviewed': 4}, b),
         ('II.5.b', 'in_progress', {'samples_tested': 320}, c),
         ('II.3.a', 'completed', {'participants': 6}, d_),
         ('II.6.b', 'not_applicable', {}, e)], D, Q)

    # F14 Sở Y tế
    a = 'Trong 9 tháng đầu năm 2026, Sở tổ chức 04 cuộc kiểm tra việc quản lý, sử dụng phương tiện đo nhóm 2 trong y tế tại 31 cơ sở khám bệnh, chữa bệnh, phát hiện 02 cơ sở sử dụng huyết áp kế chưa kiểm định; đồng thời đôn đốc các bệnh viện kiểm định 1.847 phương tiện đo (huyết áp kế, nhiệt kế, cân y tế). Tính đến thời điểm báo cáo, nội dung này vẫn đang được triển khai.'
    b = 'Từ tháng 2 đến tháng 6/2026, Sở có ý kiến đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế do Bộ Y tế gửi lấy ý kiến. Tính đến thời điểm báo cáo, đã hoàn thành.'
    c = 'Từ đầu năm, Sở duy trì và cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính mới được giao. Tính đến thời điểm báo cáo, vẫn đang được triển khai.'
    d_ = 'Trong kỳ báo cáo, do trùng lịch chuyên môn, Sở chưa cử được công chức tham dự các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng. Tính đến thời điểm báo cáo, chưa thực hiện.'
    D = ['Nhiều cơ sở y tế tư nhân chưa nắm quy định về kiểm định phương tiện đo nhóm 2.',
         'Danh sách tổ chức kiểm định được chỉ định đối với thiết bị y tế còn ít.']
    Q = ['Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức kiểm định phương tiện đo trong y tế được chỉ định.',
         'Đề nghị tổ chức lớp tập huấn riêng cho công chức ngành y tế vào quý I/2027.']
    f = 'SYT_7812_bao_cao_CT38.docx'
    hand4(f, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', '7812/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
          '', 'Sở Y tế nhận được đề nghị báo cáo của Sở Khoa học và Công nghệ; Sở Y tế báo cáo kết quả thực hiện các nội dung liên quan như sau:',
          [a, b, c, d_], D, Q, 'Nguyễn Hoài Nam', 'PHÓ GIÁM ĐỐC')
    key(f, 'SO-YT', 'Sở Y tế', '7812/BC-SYT', '2026-10-30',
        [('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 2, 'instruments_verified': 1847}, a),
         ('II.2.e', 'completed', {'standards_reviewed': 3}, b),
         ('II.2.đ', 'in_progress', {}, c),
         ('II.3.a', 'not_started', {}, d_)], D, Q)

# ================================================================ HAND 5: Khoa (XLSX) — plan's schedule copied in a column beside the status
def hand5(fname, up1, up2, number, place_date, title, rows, diffs, props, signer, role):
    wb = Workbook(); ws = wb.active; ws.title = 'Bao cao CT38'
    for col, w in zip('ABCDEF', (6, 46, 22, 18, 52, 18)): ws.column_dimensions[col].width = w
    ws.merge_cells('A1:C1'); ws_put(ws, 1, 1, up1, center=True)
    ws.merge_cells('A2:C2'); ws_put(ws, 2, 1, up2, bold=True, center=True)
    ws.merge_cells('D1:F1'); ws_put(ws, 1, 4, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, center=True)
    ws.merge_cells('D2:F2'); ws_put(ws, 2, 4, 'Độc lập - Tự do - Hạnh phúc', bold=True, center=True)
    ws.merge_cells('A3:C3'); ws_put(ws, 3, 1, f'Số: {number}', center=True)
    ws.merge_cells('D3:F3'); ws_put(ws, 3, 4, place_date, italic=True, center=True)
    ws.merge_cells('A5:F5'); ws_put(ws, 5, 1, title, bold=True, center=True, size=13)
    heads = ['STT', 'Nhiệm vụ', 'Thời gian thực hiện (theo KH)', 'Tình hình thực hiện', 'Kết quả cụ thể', 'Ghi chú']
    for i, h in enumerate(heads, 1): ws_put(ws, 7, i, h, bold=True, center=True, box=True)
    r = 8
    for i, row in enumerate(rows, 1):
        ws_put(ws, r, 1, i, center=True, box=True)
        for ci, v in enumerate(row, 2): ws_put(ws, r, ci, v, box=True, center=(ci in (3, 4)))
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); ws_put(ws, r, 1, 'Khó khăn, vướng mắc', bold=True); r += 1
    for i, tx in enumerate(diffs, 1):
        ws_put(ws, r, 1, f'{i}.', center=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws_put(ws, r, 2, tx); r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); ws_put(ws, r, 1, 'Kiến nghị, đề xuất', bold=True); r += 1
    for i, tx in enumerate(props, 1):
        ws_put(ws, r, 1, f'{i}.', center=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws_put(ws, r, 2, tx); r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6); ws_put(ws, r, 4, role, bold=True, center=True)
    ws.merge_cells(start_row=r + 4, start_column=4, end_row=r + 4, end_column=6); ws_put(ws, r + 4, 4, signer, bold=True, center=True)
    ws.freeze_panes = 'A8'
    wb.save(os.path.join(OUT, fname))

def build_hand5():
    # F15 Văn phòng Sở
    R = [('Xây dựng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở', 'Từ tháng 01/2026 đến tháng 11/2026', 'Đang thực hiện', 'Rà soát, cập nhật quy trình giải quyết thủ tục hành chính sau sáp nhập; đã tổ chức đánh giá nội bộ đợt 1', ''),
         ('Phối hợp kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia', 'Quý I/2026', 'Đã hoàn thành', 'Phối hợp Chi cục, Phòng CĐS cập nhật thủ tục kiểm tra nhà nước hàng nhập khẩu lên Cổng một cửa quốc gia', ''),
         ('Phối hợp đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp', 'Thường xuyên', 'Đang thực hiện', 'Thẩm định dự toán mua sắm; đã giải ngân 1.350.000.000 đồng cho Trung tâm PTTN', ''),
         ('Khen thưởng, bảo vệ người tố giác vi phạm', 'Thường xuyên', 'Không phát sinh', '', ''),
         ('Tuyên truyền về TĐC trên Cổng thông tin điện tử Sở', 'Quý I, II và III/2026', 'Đã hoàn thành', 'Đăng 15 tin, bài', 'Phối hợp Chi cục')]
    D = ['Nhân sự Văn phòng thay đổi sau sắp xếp, cán bộ phụ trách ISO mới tiếp nhận công việc.']
    Q = ['Đề nghị Chi cục cử chuyên gia hỗ trợ đánh giá nội bộ hệ thống ISO đợt 2.']
    f = 'VPS_BC CT38 2026.xlsx'
    hand5(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ', '66/BC-VP', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
          'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 CỦA VĂN PHÒNG SỞ KHOA HỌC VÀ CÔNG NGHỆ', R, D, Q, 'Lý Thanh Tùng', 'CHÁNH VĂN PHÒNG')
    key(f, 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', '66/BC-VP', '2026-10-27',
        [('II.2.đ', 'in_progress', {}, R[0][3]),
         ('II.2.h', 'completed', {}, R[1][3]),
         ('II.4.a', 'in_progress', {'budget_spent_vnd': 1350000000}, R[2][3]),
         ('II.5.d', 'not_applicable', {}, R[3][0]),
         ('II.1.a', 'completed', {'communications': 15}, R[4][0])], D, Q)

    # F16 Phòng Quản lý Khoa học
    R = [('Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng', 'Thường xuyên', 'Đang thực hiện', 'Tiếp nhận 02 hồ sơ chuyên gia đo lường theo Quyết định 05/2026/QĐ-UBND, đang thẩm định', ''),
         ('Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất, chất lượng', 'Quý II và III/2026', 'Đã hoàn thành', '02 khóa, 145 học viên', 'Chi cục chủ trì'),
         ('Nhiệm vụ KH&CN hỗ trợ nâng cao năng suất chất lượng (Chương trình 1322)', 'Quý IV/2026', 'Đang thực hiện', '03 nhiệm vụ đang thực hiện; kinh phí đã cấp 2.150.000.000 đồng', ''),
         ('Phối hợp APO thúc đẩy năng suất khu vực công', 'Thường xuyên', 'Chưa triển khai', 'Chưa có yêu cầu của Ủy ban TCĐLCL Quốc gia', '')]
    D = ['Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường có trình độ cao.']
    Q = ['Đề nghị Sở kiến nghị Thành phố mở rộng đối tượng thu hút sang chuyên gia đánh giá sự phù hợp.']
    f = 'QLKH_ketqua_CT38.xlsx'
    hand5(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', '41/BC-QLKH', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
          'KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (PHÒNG QUẢN LÝ KHOA HỌC)', R, D, Q, 'Châu Minh Đức', 'TRƯỞNG PHÒNG')
    key(f, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '41/BC-QLKH', '2026-10-28',
        [('II.3.c', 'in_progress', {}, R[0][3]),
         ('II.3.b', 'completed', {'training_courses': 2, 'participants': 145}, R[1][0] + ': ' + R[1][3]),
         ('II.2.a', 'in_progress', {'budget_spent_vnd': 2150000000}, R[2][3]),
         ('II.6.b', 'not_started', {}, R[3][3])], D, Q)

    # F17 Sở Giáo dục và Đào tạo
    R = [('Phối hợp đào tạo, bồi dưỡng học sinh, sinh viên về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc', 'Quý II, III và IV/2026', 'Đang thực hiện', 'Phối hợp tổ chức 04 buổi ngoại khóa cho 1.120 học sinh, sinh viên các trường trung cấp, cao đẳng', ''),
         ('Duy trì hệ thống quản lý chất lượng ISO tại Sở', 'Từ tháng 01/2026 đến tháng 11/2026', 'Đã hoàn thành', 'Công bố lại HTQLCL ngày 10/6/2026', ''),
         ('Kiểm tra thiết bị dạy học, đồ chơi trẻ em theo tiêu chuẩn, quy chuẩn', 'Thường xuyên', 'Đang thực hiện', '02 đoàn kiểm tra tại 14 trường mầm non, tiểu học', 'Phối hợp Chi cục TĐC'),
         ('Góp ý dự thảo TCVN về thiết bị trường học', 'Quý IV/2026', 'Đã hoàn thành', 'Góp ý 02 dự thảo TCVN', '')]
    D = ['Một số trường chưa có cán bộ phụ trách thiết bị được tập huấn về tiêu chuẩn, quy chuẩn.']
    Q = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền phù hợp học sinh.',
         'Đề nghị phối hợp kiểm tra đồ chơi trẻ em tại cổng trường trong năm học 2026-2027.']
    f = 'SGDDT-CT38-2026.xlsx'
    hand5(f, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '3904/BC-SGDĐT', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          'KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', R, D, Q, 'Lê Hoài Phương', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')
    key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '3904/BC-SGDĐT', '2026-10-29',
        [('II.3.d', 'in_progress', {'training_courses': 4, 'participants': 1120}, R[0][3]),
         ('II.2.đ', 'completed', {}, R[1][3]),
         ('II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 14}, R[2][3]),
         ('II.2.e', 'completed', {'standards_reviewed': 2}, R[3][3])], D, Q)

RESAVE = ['TT-PTTN bao cao CT38.docx', 'SoNNMT-BC-CT38-2026.docx', 'QLKH_ketqua_CT38.xlsx']

def libre_resave(fname):
    ext = fname.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, 'src.' + ext); shutil.copy(os.path.join(OUT, fname), src)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', os.path.join(tmp, 'o'), src],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, 'o', 'src.' + ext), os.path.join(OUT, fname))
    shutil.rmtree(tmp)

if __name__ == '__main__':
    build_hand1(); build_hand2(); build_hand3(); build_hand4(); build_hand5()
    for f in RESAVE:
        libre_resave(f)
    for f, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, f + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')
