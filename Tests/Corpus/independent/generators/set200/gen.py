# -*- coding: utf-8 -*-
"""Generator for set200. Four hands (see NOTES.md). Writes files + truth keys."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
REPORTS = []  # (fname, key)


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    REPORTS.append((fname, dict(file=fname, sha256=None, status=status, reason=reason,
                                unit={'id': unit_id, 'name': unit_name},
                                document={'number': number, 'date': date},
                                entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                                findings=[], difficulties=diffs, proposals=props)))


# ---------------------------------------------------------------- docx helpers
def base_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header_table(d, left_lines, right_lines, widths=(7, 9.5)):
    t = d.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        c.paragraphs[0].text = ''
        first = True
        for txt, bold, italic in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = bold; r.italic = italic; r.font.size = Pt(12 if not bold else 12.5)
    return t


def para(d, text, bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j' or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def sign(d, left, right_lines):
    t = d.add_table(rows=1, cols=2)
    c = t.rows[0].cells[0]
    c.paragraphs[0].text = ''
    first = True
    for ln in left:
        p = c.paragraphs[0] if first else c.add_paragraph(); first = False
        r = p.add_run(ln); r.font.size = Pt(11)
        if ln.startswith('Nơi nhận'):
            r.bold = True; r.italic = True
    c = t.rows[0].cells[1]
    first = True
    for ln, b in right_lines:
        p = c.paragraphs[0] if first else c.add_paragraph(); first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = b


# ================================================================ HAND 1
# Chị Lâm Ngọc Thảo, chuyên viên văn phòng một Sở: công văn narrative, each long paragraph
# covers two or three tasks, figures against the year's plan and the 9-month report, the
# statuses given per task in ONE closing judgement sentence "Tự đánh giá: … ; … ."
def hand1(fname, agency_caps, unit_name, unit_id, number, day, month, vv, paras, diffs, props,
          diff_head, prop_head, signer, entries, reject=None):
    d = base_doc()
    header_table(d, [('ỦY BAN NHÂN DÂN', False, False), ('THÀNH PHỐ HỒ CHÍ MINH', False, False),
                     (agency_caps, True, False), ('', False, False), ('Số: ' + number, False, False),
                     (vv, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('', False, False),
                  ('Thành phố Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month), False, True)])
    d.add_paragraph()
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c', indent=False)
    for p in paras:
        para(d, p)
    if diffs:
        para(d, diff_head, bold=True, indent=False)
        for i, x in enumerate(diffs, 1):
            para(d, '%d. %s' % (i, x))
    if props:
        para(d, prop_head, bold=True, indent=False)
        for i, x in enumerate(props, 1):
            para(d, '%d. %s' % (i, x))
    para(d, '%s kính gửi Sở Khoa học và Công nghệ để tổng hợp./.' % unit_name.replace('Sở', 'Sở', 1))
    sign(d, ['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, ' + number.split('-')[-1] + '.'],
         [('KT. GIÁM ĐỐC', True), ('PHÓ GIÁM ĐỐC', True), ('', False), ('', False), ('', False), (signer, True)])
    d.save(os.path.join(OUT, fname))
    if reject:
        key(fname, unit_id, unit_name, number, '2026-%02d-%02d' % (int(month), int(day)), [], [], [],
            status='rejected', reason=reject)
    else:
        key(fname, unit_id, unit_name, number, '2026-%02d-%02d' % (int(month), int(day)), entries, diffs, props)


# --- Sở Công Thương
p1 = ('Về công tác tuyên truyền, phổ biến và hỗ trợ doanh nghiệp, trong 10 tháng năm 2026 Sở Công Thương đã chủ trì, '
      'phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 hội nghị phổ biến các quy định mới về tiêu chuẩn, '
      'đo lường, chất lượng và nhãn hàng hóa cho doanh nghiệp công nghiệp hỗ trợ, thu hút 245 lượt đại biểu doanh nghiệp tham dự, '
      'đạt 75% kế hoạch năm (04 hội nghị), tăng 01 hội nghị so với báo cáo 9 tháng; đồng thời thông qua Trung tâm Khuyến công đã '
      'hướng dẫn, tư vấn cho 18 doanh nghiệp xây dựng và áp dụng hệ thống quản lý chất lượng ISO 9001, công cụ 5S, Kaizen, '
      'tăng 05 doanh nghiệp so với 9 tháng. Tự đánh giá: việc tổ chức hội nghị phổ biến đang thực hiện (hội nghị còn lại dự kiến '
      'tổ chức trong tháng 12/2026); việc hỗ trợ doanh nghiệp là nhiệm vụ thường xuyên, đang tiếp tục triển khai.')
p2 = ('Về công tác kiểm tra và cập nhật cam kết quốc tế, Sở đã chủ trì, phối hợp với Phòng Kiểm tra – Pháp chế (Sở Khoa học và '
      'Công nghệ) thực hiện 14 cuộc kiểm tra về đo lường, chất lượng đối với 52 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, '
      'phát hiện 06 cơ sở vi phạm, đã xử phạt vi phạm hành chính tổng số tiền 87,5 triệu đồng; so với kế hoạch năm 15 cuộc thì '
      'đạt 93%, tăng 04 cuộc so với 9 tháng. Bên cạnh đó, Sở đã rà soát, cập nhật các cam kết về hàng rào kỹ thuật trong thương mại '
      '(TBT) trong các hiệp định thương mại tự do mà Việt Nam tham gia và gửi thông tin đến các hiệp hội ngành hàng. Tự đánh giá: '
      'công tác kiểm tra đang thực hiện đúng kế hoạch; việc cập nhật cam kết TBT đã hoàn thành phần việc của năm 2026.')
p3 = ('Đối với việc góp ý tiêu chuẩn, quy chuẩn, Sở đã góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công nghiệp '
      '(an toàn điện, hóa chất, khí dầu mỏ hóa lỏng) theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ, bằng số dự thảo '
      'được đề nghị trong năm (đạt 100%), tăng 02 dự thảo so với 9 tháng. Tự đánh giá: nội dung này đã hoàn thành.')
d1 = ['Lực lượng kiểm tra chuyên ngành về đo lường của Sở còn mỏng, chủ yếu kiêm nhiệm.',
      'Một số cơ sở kinh doanh xăng dầu nhỏ lẻ tại các xã ven đô chưa thực hiện kiểm định định kỳ cột đo nhiên liệu.']
r1 = ['Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn chuyên sâu về kiểm tra đo lường xăng dầu cho công chức của Sở.',
      'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ danh sách cơ sở đã kiểm định cột đo để phối hợp theo dõi.']
hand1('SCT-3418-bc-ct38-10thang.docx', 'SỞ CÔNG THƯƠNG', 'Sở Công Thương', 'SO-CT', '3418/SCT-QLCN', '27', '10',
      'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương '
       'báo cáo kết quả thực hiện 10 tháng năm 2026 như sau:', p1, p2, p3], d1, r1,
      'Những tồn tại, khó khăn:', 'Đề xuất với Sở Khoa học và Công nghệ:', 'Trần Văn Phúc',
      [('II.1.a', 'in_progress', {'training_courses': 3, 'participants': 245}, p1[:260]),
       ('II.2.d', 'in_progress', {'enterprises_supported': 18}, 'hướng dẫn, tư vấn cho 18 doanh nghiệp xây dựng và áp dụng hệ thống quản lý chất lượng ISO 9001'),
       ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 52, 'violations': 6, 'fines_vnd': 87500000}, p2[:300]),
       ('II.6.a', 'completed', {}, 'rà soát, cập nhật các cam kết về hàng rào kỹ thuật trong thương mại (TBT)'),
       ('II.2.e', 'completed', {'standards_reviewed': 5}, p3[:200])])

# --- Sở Y tế
p1 = ('Về áp dụng hệ thống quản lý chất lượng và bồi dưỡng công chức, năm 2026 Sở Y tế tiếp tục duy trì, cải tiến hệ thống quản lý '
      'chất lượng theo TCVN ISO 9001:2015 đối với 100% thủ tục hành chính thuộc thẩm quyền, đã tổ chức đánh giá nội bộ và công bố '
      'lại phạm vi áp dụng ngày 15/9/2026; cùng với đó đã cử 12 lượt công chức các phòng Nghiệp vụ Dược, Trang thiết bị – Công trình '
      'y tế tham gia các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức, '
      'vượt kế hoạch cử 10 lượt của đơn vị, tăng 04 lượt so với 9 tháng. Tự đánh giá: việc duy trì ISO đã hoàn thành theo kế hoạch '
      'năm; việc cử công chức dự tập huấn cũng đã hoàn thành.')
p2 = ('Về kiểm tra và khảo sát chất lượng, Sở đã thực hiện 08 cuộc kiểm tra việc chấp hành quy định về phương tiện đo nhóm 2 '
      '(huyết áp kế, nhiệt kế y học, cân sức khỏe) tại 31 cơ sở khám bệnh, chữa bệnh ngoài công lập, phát hiện 03 cơ sở sử dụng '
      'phương tiện đo chưa được kiểm định, xử phạt 21.000.000 đồng, đạt 80% kế hoạch năm (10 cuộc) và tăng 03 cuộc so với 9 tháng; '
      'đồng thời phối hợp Chi cục lấy 24 mẫu khẩu trang y tế, găng tay y tế lưu thông trên thị trường để khảo sát chất lượng, '
      'bằng 60% số mẫu dự kiến cả năm. Tự đánh giá: công tác kiểm tra đang thực hiện; việc khảo sát mẫu đang thực hiện, sẽ lấy '
      'đủ số mẫu còn lại trong Quý IV/2026.')
d1 = ['Số lượng cơ sở khám bệnh, chữa bệnh tư nhân lớn, phân tán, trong khi nhân lực thanh tra, kiểm tra của Sở có hạn.',
      'Chi phí thử nghiệm mẫu trang thiết bị y tế cao, dự toán được giao chưa đáp ứng.']
r1 = ['Kiến nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí thử nghiệm mẫu trong chương trình khảo sát năm 2027.']
hand1('SYT-bc-chi-thi-38-2026.docx', 'SỞ Y TẾ', 'Sở Y tế', 'SO-YT', '7205/SYT-NVD', '29', '10',
      'V/v báo cáo tình hình thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng',
      ['Sở Y tế nhận được văn bản của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị số '
       '38-CT/TW năm 2026. Sở Y tế báo cáo như sau:', p1, p2], d1, r1,
      'Khó khăn trong quá trình thực hiện:', 'Kiến nghị:', 'Nguyễn Thị Anh Đào',
      [('II.2.đ', 'completed', {}, 'duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'),
       ('II.3.a', 'completed', {'participants': 12}, 'cử 12 lượt công chức ... tham gia các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng'),
       ('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 21000000}, p2[:330]),
       ('II.5.b', 'in_progress', {'samples_tested': 24}, 'lấy 24 mẫu khẩu trang y tế, găng tay y tế lưu thông trên thị trường để khảo sát chất lượng')])

# --- Sở Xây dựng
p1 = ('Về góp ý tiêu chuẩn, quy chuẩn và kiểm tra chất lượng vật liệu xây dựng, trong kỳ Sở Xây dựng đã góp ý tổng cộng 06 dự thảo '
      '(04 dự thảo QCVN và 02 dự thảo TCVN) về vật liệu xây dựng, an toàn cháy cho nhà và công trình, đạt 100% số văn bản được '
      'đề nghị góp ý; tổ chức 05 cuộc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng tại 23 cơ sở sản xuất, kinh doanh, '
      'phát hiện 02 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 30 triệu đồng, đạt 83% kế hoạch năm (06 cuộc), bằng số '
      'cuộc đã báo cáo 9 tháng do tháng 10 chưa có đoàn mới; đồng thời lấy 40 mẫu thép xây dựng, xi măng, kính xây dựng gửi thử '
      'nghiệm, đạt 100% kế hoạch lấy mẫu năm, tăng 10 mẫu so với 9 tháng. Tự đánh giá: việc góp ý dự thảo đã hoàn thành; công tác '
      'kiểm tra đang thực hiện, còn 01 cuộc trong tháng 11; việc lấy mẫu thử nghiệm đã hoàn thành.')
p2 = ('Về tuyên truyền, Sở đã tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng cho 180 đại biểu '
      'là doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng, đạt kế hoạch năm (01 hội nghị). Tự đánh giá: đã hoàn thành.')
d1 = ['Việc lấy mẫu vật liệu xây dựng khối lượng lớn (thép, xi măng) khó khăn về vận chuyển, bảo quản mẫu.',
      'Một số doanh nghiệp nhập khẩu không có kho tại Thành phố nên khó kiểm tra tại cơ sở.',
      'Chưa có phần mềm dùng chung để tra cứu kết quả công bố hợp quy giữa các Sở.']
r1 = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng trên địa bàn.',
      'Đề nghị xây dựng cơ chế phối hợp kiểm tra liên ngành đối với hàng hóa vật liệu xây dựng nhập khẩu.']
hand1('SXD-bc-ket-qua-CT38.docx', 'SỞ XÂY DỰNG', 'Sở Xây dựng', 'SO-XD', '11520/SXD-VLXD', '30', '10',
      'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      ['Phúc đáp văn bản của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW '
       'năm 2026, Sở Xây dựng báo cáo như sau:', p1, p2], d1, r1,
      'Một số khó khăn, vướng mắc:', 'Đề xuất, kiến nghị:', 'Lê Hoàng Minh',
      [('II.2.e', 'completed', {'standards_reviewed': 6}, 'góp ý tổng cộng 06 dự thảo (04 dự thảo QCVN và 02 dự thảo TCVN)'),
       ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 23, 'violations': 2, 'fines_vnd': 30000000},
        'tổ chức 05 cuộc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng tại 23 cơ sở sản xuất, kinh doanh'),
       ('II.5.b', 'completed', {'samples_tested': 40}, 'lấy 40 mẫu thép xây dựng, xi măng, kính xây dựng gửi thử nghiệm'),
       ('II.1.a', 'completed', {'training_courses': 1, 'participants': 180}, p2[:200])])

# --- Sở Du lịch: mistaken (cải cách hành chính)
hand1('SDL-bc-cchc-10thang.docx', 'SỞ DU LỊCH', 'Sở Du lịch', 'SO-DL', '2950/SDL-VP', '28', '10',
      'V/v báo cáo kết quả công tác cải cách hành chính 10 tháng năm 2026',
      ['Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Du lịch báo cáo kết quả 10 tháng như sau:',
       'Về cải cách thể chế và thủ tục hành chính, Sở đã rà soát 27 thủ tục hành chính thuộc thẩm quyền, đề xuất đơn giản hóa 05 thủ tục '
       'về cấp giấy phép kinh doanh dịch vụ lữ hành nội địa và thẩm định cơ sở lưu trú, đạt 100% kế hoạch rà soát năm, tăng 02 thủ tục so với '
       '9 tháng; 100% hồ sơ được tiếp nhận, giải quyết qua Hệ thống thông tin giải quyết thủ tục hành chính Thành phố, tỷ lệ hồ sơ trực tuyến '
       'toàn trình đạt 92%. Tự đánh giá: việc rà soát đã hoàn thành; việc nâng tỷ lệ hồ sơ trực tuyến đang thực hiện.',
       'Về cải cách tổ chức bộ máy và công vụ, Sở đã hoàn thành sắp xếp các phòng chuyên môn theo Quyết định của Ủy ban nhân dân Thành phố, '
       'tổ chức 02 lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho 86 công chức, viên chức, đạt 100% kế hoạch năm. Tự đánh giá: đã hoàn thành.'],
      ['Một số thủ tục còn phụ thuộc vào kết quả liên thông với Bộ Văn hóa, Thể thao và Du lịch.'],
      ['Đề nghị Sở Nội vụ tổ chức tập huấn về chấm điểm chỉ số cải cách hành chính năm 2026.'],
      'Khó khăn:', 'Kiến nghị:', 'Phạm Thanh Hải', [],
      reject='Not a report of this plan: Sở Du lịch sent its 10-month report on cải cách hành chính (administrative reform), not on Kế hoạch triển khai Chỉ thị 38-CT/TW.')


# ================================================================ HAND 2
# Anh Đỗ Minh Khoa, chuyên viên tổng hợp: a short lead text, then one Word table
# "STT | Nhiệm vụ | Sản phẩm đầu ra | Kết quả | Tiến độ" (Tiến độ holds a short judgement),
# then difficulties and proposals as numbered lists under headings in the unit's own words.
def set_cell(c, text, bold=False, size=11, center=False):
    c.text = ''
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = bold; r.font.size = Pt(size)


def hand2(fname, parent, unit_caps, unit_name, unit_id, number, day, month, title, lead, rows, dhead, diffs, phead, props,
          signer, sigtitle, entries):
    d = base_doc(size=13)
    header_table(d, [(parent, False, False), (unit_caps, True, False), ('Số: ' + number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('Thành phố Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month), False, True)])
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, title, bold=True, align='c', indent=False)
    para(d, lead)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    t = d.add_table(rows=1, cols=5)
    t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['STT', 'Nhiệm vụ', 'Sản phẩm đầu ra', 'Kết quả', 'Tiến độ']):
        set_cell(c, h, bold=True, center=True)
    for i, r in enumerate(rows, 1):
        cells = t.add_row().cells
        set_cell(cells[0], str(i), center=True)
        for c, v in zip(cells[1:], r):
            set_cell(c, v)
    for row in t.rows:
        for c, w in zip(row.cells, [1.0, 4.2, 3.3, 5.5, 2.6]):
            c.width = Cm(w)
    para(d, '')
    para(d, dhead, bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        para(d, '%d. %s' % (i, x))
    para(d, phead, bold=True, indent=False)
    for i, x in enumerate(props, 1):
        para(d, '%d. %s' % (i, x))
    sign(d, ['Nơi nhận:', '- Sở KH&CN (qua Chi cục TĐC);', '- Lưu: VT.'],
         [(sigtitle, True), ('', False), ('', False), (signer, True)])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, '2026-%02d-%02d' % (int(month), int(day)), entries, diffs, props)


rows = [
    ('Tập huấn văn bản QPPL về TĐC cho tổ chức, doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu',
     '07 lớp tập huấn; 01 buổi tọa đàm', 'Tổng cộng 08 lớp/buổi với 612 lượt học viên, đại biểu; đạt 100% KH năm (08), tăng 02 lớp so với 9 tháng',
     'Đạt – đã xong'),
    ('Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', 'Văn bản hướng dẫn, bộ hồ sơ mẫu',
     'Hướng dẫn 14 doanh nghiệp lập hồ sơ tham dự (KH năm 12 doanh nghiệp, đạt 117%)', 'Đạt – đã xong'),
    ('Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100', 'Hợp đồng hỗ trợ; báo cáo nghiệm thu',
     'Hỗ trợ 09 doanh nghiệp áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc; đã giải ngân 145.000.000 đồng, đạt 58% dự toán',
     'Đang làm, kịp tiến độ Quý IV'),
    ('Tổ chức hoạt động Giải thưởng Chất lượng Quốc gia 2026', 'Biên bản thẩm định; tờ trình Hội đồng sơ tuyển',
     'Hội đồng sơ tuyển đã họp; đang thẩm định tại cơ sở', 'Đang làm'),
    ('Xây dựng, góp ý TCVN, QCVN; quy chuẩn kỹ thuật địa phương', 'Văn bản góp ý',
     'Góp ý 11 dự thảo TCVN, QCVN (tăng 03 so với 9 tháng)', 'Đang làm'),
    ('Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND xã, phường, đặc khu', '04 lớp tập huấn',
     '04 lớp, 286 công chức tham dự; đạt 100% KH năm', 'Đạt – đã xong'),
    ('Kiểm tra nhà nước về TĐC đối với sản phẩm, hàng hóa', 'Quyết định kiểm tra; biên bản; quyết định xử phạt',
     '36 cuộc kiểm tra tại 214 cơ sở; 29 cơ sở vi phạm; phạt 412.500.000 đồng. Đạt 90% KH năm (40 cuộc), tăng 07 cuộc so với 9 tháng',
     'Đang làm, đạt khá'),
    ('Khảo sát chất lượng sản phẩm, hàng hóa', 'Báo cáo kết quả khảo sát', 'Lấy 120 mẫu xăng, dầu, mũ bảo hiểm, đồ chơi trẻ em',
     'Đang làm'),
    ('Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia', 'Giấy chứng nhận hiệu chuẩn chuẩn', 'Các chuẩn được hiệu chuẩn đúng chu kỳ',
     'Thường xuyên – đang duy trì'),
    ('Kết nối Hệ thống thông tin TTHC của Bộ với Cổng một cửa quốc gia', '—', 'Chờ Bộ KH&CN hướng dẫn kỹ thuật',
     'Chưa triển khai'),
]
d2 = ['Khối lượng hồ sơ kiểm tra hàng hóa nhập khẩu tăng mạnh nhưng biên chế Chi cục không tăng.',
      'Kinh phí khảo sát chất lượng được giao muộn (tháng 6/2026) nên việc lấy mẫu dồn vào cuối năm.',
      'Một số phường, xã chưa có công chức được giao theo dõi lĩnh vực TĐC sau sắp xếp.']
r2 = ['Đề nghị Sở bổ sung 03 biên chế cho bộ phận kiểm tra chất lượng hàng hóa nhập khẩu.',
      'Đề nghị Sở có văn bản đôn đốc UBND các xã, phường, đặc khu phân công công chức phụ trách TĐC.',
      'Đề nghị giao dự toán khảo sát chất lượng ngay từ đầu năm 2027.']
hand2('CCTDC-BC-CT38-11-2026.docx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', 'SKHCN-CCTDC', '1876/BC-TĐC', '05', '11',
      'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến 31/10/2026)',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả các nhiệm vụ được giao chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW '
      'năm 2026 của Sở Khoa học và Công nghệ như bảng dưới đây.', rows,
      'II. NHỮNG VIỆC CÒN VƯỚNG', d2, 'III. CHI CỤC XIN KIẾN NGHỊ', r2, 'Võ Thị Kim Ngân', 'CHI CỤC TRƯỞNG',
      [('II.1.a', 'completed', {'training_courses': 8, 'participants': 612}, 'Tổng cộng 08 lớp/buổi với 612 lượt học viên, đại biểu'),
       ('II.1.b', 'completed', {'enterprises_supported': 14}, 'Hướng dẫn 14 doanh nghiệp lập hồ sơ tham dự'),
       ('II.2.a', 'in_progress', {'enterprises_supported': 9, 'budget_spent_vnd': 145000000}, rows[2][2]),
       ('II.2.b', 'in_progress', {}, rows[3][2]),
       ('II.2.e', 'in_progress', {'standards_reviewed': 11}, rows[4][2]),
       ('II.3.a', 'completed', {'training_courses': 4, 'participants': 286}, rows[5][2]),
       ('II.5.a', 'in_progress', {'inspections': 36, 'establishments_inspected': 214, 'violations': 29, 'fines_vnd': 412500000}, rows[6][2]),
       ('II.5.b', 'in_progress', {'samples_tested': 120}, rows[7][2]),
       ('II.4.c', 'in_progress', {}, rows[8][2]),
       ('II.2.h', 'not_started', {}, rows[9][2])])

rows = [
    ('Góp ý dự thảo văn bản QPPL về tiêu chuẩn, đo lường, chất lượng', 'Văn bản góp ý gửi Chi cục',
     'Góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)', 'Đã xong'),
    ('Phối hợp kiểm tra về TĐC đối với sản phẩm, hàng hóa', 'Biên bản kiểm tra; hồ sơ xử lý',
     'Cử cán bộ tham gia 12 cuộc kiểm tra liên ngành tại 47 cơ sở; 05 cơ sở vi phạm; đạt 80% KH năm (15 cuộc), tăng 03 cuộc so với 9 tháng',
     'Đang làm, đúng tiến độ'),
    ('Hướng dẫn UBND phường, xã, đặc khu thực hiện nội dung được phân quyền', 'Văn bản hướng dẫn nghiệp vụ',
     'Trả lời 09 văn bản hỏi của phường, xã về thẩm quyền xử phạt', 'Đang làm'),
    ('Tiếp nhận tố giác, khen thưởng người tố giác vi phạm về TĐC', '—', 'Không nhận được đơn tố giác trong kỳ', 'Không phát sinh'),
    ('Rà soát, đề xuất đầu tư phương tiện kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP', 'Danh mục đề xuất',
     'Đã lập danh mục dự kiến, chờ kế hoạch vốn 2027', 'Chưa triển khai'),
]
hand2('KTPC-bao-cao-phoi-hop-CT38.docx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ',
      'Phòng Kiểm tra – Pháp chế', 'SKHCN-KTPC', '214/BC-KTPC', '28', '10',
      'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      'Phòng Kiểm tra – Pháp chế báo cáo các nhiệm vụ được phân công phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng như sau:', rows,
      'II. VƯỚNG MẮC', ['Các đợt kiểm tra liên ngành trùng lịch tiếp công dân, thanh tra chuyên ngành khác của Sở.'],
      'III. ĐỀ NGHỊ', ['Đề nghị Chi cục thông báo lịch kiểm tra Quý I/2027 trước ít nhất 15 ngày để Phòng bố trí cán bộ.'],
      'Huỳnh Tấn Lợi', 'TRƯỞNG PHÒNG',
      [('II.2.c', 'completed', {}, rows[0][2]),
       ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 47, 'violations': 5}, rows[1][2]),
       ('II.5.c', 'in_progress', {}, rows[2][2]),
       ('II.5.d', 'not_applicable', {}, rows[3][2]),
       ('II.4.b', 'not_started', {}, rows[4][2])])

rows = [
    ('Giáo dục kiến thức tiêu chuẩn, đo lường, mã số mã vạch cho học sinh, sinh viên các trường trung cấp, cao đẳng',
     'Kế hoạch phối hợp; 03 buổi ngoại khóa', '03 buổi ngoại khóa, 1.150 học sinh, sinh viên tham dự; đạt 100% KH năm', 'Hoàn thành'),
    ('Tuyên truyền trên Cổng thông tin ngành giáo dục', 'Tin, bài', 'Đăng 06 tin, bài (KH 06; 9 tháng: 04)', 'Hoàn thành'),
    ('Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở', 'Quyết định công bố lại', 'Đang đánh giá nội bộ lần 2',
     'Đang thực hiện'),
    ('Cử công chức dự tập huấn nghiệp vụ TĐC', 'Danh sách cử', '04 công chức tham dự', 'Hoàn thành'),
]
hand2('SGDDT_BC_CT38_2026.docx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo', 'SO-GDDT',
      '4512/BC-SGDĐT', '31', '10', 'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      'Sở Giáo dục và Đào tạo báo cáo kết quả phối hợp thực hiện các nội dung liên quan đến ngành giáo dục như sau:', rows,
      'II. KHÓ KHĂN', ['Lịch học của học sinh, sinh viên dày nên khó bố trí thời gian ngoại khóa.'],
      'III. KIẾN NGHỊ', ['Đề nghị Chi cục cung cấp tài liệu tuyên truyền dạng video ngắn để các trường sử dụng.',
                         'Đề nghị Sở KH&CN hỗ trợ báo cáo viên cho các buổi ngoại khóa năm học 2026–2027.'],
      'Nguyễn Văn Bảo', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      [('II.3.d', 'completed', {'training_courses': 3, 'participants': 1150}, rows[0][2]),
       ('II.1.a', 'completed', {'communications': 6}, rows[1][2]),
       ('II.2.đ', 'in_progress', {}, rows[2][2]),
       ('II.3.a', 'completed', {'participants': 4}, rows[3][2])])

rows = [
    ('Thẩm định, góp ý dự thảo văn bản QPPL liên quan đến tiêu chuẩn, đo lường, chất lượng', 'Báo cáo thẩm định',
     'Thẩm định 02 dự thảo quyết định của UBND Thành phố', 'Xong'),
    ('Phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng', 'Hội nghị phổ biến pháp luật',
     '02 hội nghị, 160 lượt người tham dự; đạt 67% KH năm (03 hội nghị)', 'Đang làm'),
    ('Phối hợp xử lý hành vi vi phạm, bảo vệ người tố giác', '—', 'Trong kỳ không có vụ việc', 'Không phát sinh'),
    ('Áp dụng ISO 9001 tại cơ quan Sở', 'Quyết định công bố', 'Đã công bố lại ngày 12/8/2026', 'Xong'),
]
hand2('STP-bc-38.docx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ TƯ PHÁP', 'Sở Tư pháp', 'SO-TP', '3307/BC-STP', '30', '10',
      'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      'Sở Tư pháp báo cáo kết quả thực hiện các nội dung phối hợp như sau:', rows,
      'II. NHỮNG ĐIỂM CÒN HẠN CHẾ', ['Báo cáo viên pháp luật chuyên sâu về lĩnh vực tiêu chuẩn, đo lường, chất lượng còn ít.'],
      'III. KIẾN NGHỊ, ĐỀ XUẤT', ['Đề nghị Sở KH&CN giới thiệu báo cáo viên cho hội nghị phổ biến pháp luật còn lại trong tháng 12/2026.'],
      'Đinh Thị Hồng Vân', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      [('II.2.c', 'completed', {}, rows[0][2]),
       ('II.1.a', 'in_progress', {'training_courses': 2, 'participants': 160}, rows[1][2]),
       ('II.5.d', 'not_applicable', {}, rows[2][2]),
       ('II.2.đ', 'completed', {}, rows[3][2])])


# ================================================================ HAND 3
# Anh Phan Quốc Lộc, kế toán – thống kê: XLSX one sheet "BaoCao": header block in merged
# cells, then "TT | Nội dung công việc | Chỉ tiêu năm | Kết quả thực hiện (đến 31/10) |
# So với báo cáo 9 tháng | Nhận định". The result cell is a sentence with the figures;
# the status is the judgement in "Nhận định". A second sheet "Vuong mac - De xuat" with
# numbered items under heading rows.
thin = Side(style='thin')
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand3(fname, parent, unit_caps, unit_name, unit_id, number, day, month, rows, dhead, diffs, phead, props, signer, entries):
    wb = Workbook()
    ws = wb.active
    ws.title = 'BaoCao'
    widths = [5, 42, 16, 48, 22, 22]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells('A1:B1'); ws['A1'] = parent
    ws.merge_cells('A2:B2'); ws['A2'] = unit_caps; ws['A2'].font = Font(bold=True)
    ws.merge_cells('A3:B3'); ws['A3'] = 'Số: ' + number
    ws.merge_cells('D1:F1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws.merge_cells('D2:F2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = Font(bold=True)
    ws.merge_cells('D3:F3'); ws['D3'] = 'TP. Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month); ws['D3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:F5'); ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:F6'); ws['A6'] = '(Số liệu tính đến ngày 31/10/2026)'; ws['A6'].alignment = Alignment(horizontal='center')
    ws['A6'].font = Font(italic=True)
    hdr = ['TT', 'Nội dung công việc', 'Chỉ tiêu năm', 'Kết quả thực hiện (đến 31/10)', 'So với báo cáo 9 tháng', 'Nhận định']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 9
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = B
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if j in (1, 3) else None)
        r += 1
    r += 1
    ws.cell(r, 2, 'Người lập biểu'); ws.cell(r, 5, 'THỦ TRƯỞNG ĐƠN VỊ').font = Font(bold=True)
    ws.cell(r + 4, 5, signer).font = Font(bold=True)
    ws2 = wb.create_sheet('Vuong mac - De xuat')
    ws2.column_dimensions['A'].width = 6; ws2.column_dimensions['B'].width = 100
    ws2['A1'] = dhead; ws2['A1'].font = Font(bold=True)
    rr = 2
    for i, x in enumerate(diffs, 1):
        ws2.cell(rr, 1, '%d.' % i); ws2.cell(rr, 2, x).alignment = Alignment(wrap_text=True); rr += 1
    rr += 1
    ws2.cell(rr, 1, phead).font = Font(bold=True); rr += 1
    for i, x in enumerate(props, 1):
        ws2.cell(rr, 1, '%d.' % i); ws2.cell(rr, 2, x).alignment = Alignment(wrap_text=True); rr += 1
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, '2026-%02d-%02d' % (int(month), int(day)), entries, diffs, props)


rows = [
    ('Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định', '5,0 tỷ đồng',
     'Đã mua sắm, lắp đặt 05 thiết bị; giải ngân 3,2 tỷ đồng, đạt 64% kế hoạch vốn năm', 'Tăng 1,1 tỷ đồng', 'Đang thực hiện, chậm hơn dự kiến'),
    ('Mở rộng phạm vi dịch vụ kỹ thuật TĐC (phép thử, lĩnh vực công nhận)', '10 phép thử',
     'Được công nhận mở rộng 12 phép thử theo ISO/IEC 17025, đạt 120% kế hoạch năm', 'Tăng 04 phép thử', 'Hoàn thành, vượt chỉ tiêu'),
    ('Kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo; duy trì liên kết chuẩn', '20.000 phương tiện',
     'Kiểm định, hiệu chuẩn 18.420 phương tiện đo, đạt 92% kế hoạch năm', 'Tăng 4.310 phương tiện', 'Đang thực hiện, đạt khá'),
    ('Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục', '100 mẫu',
     'Thử nghiệm 96 mẫu, đạt 96% kế hoạch năm', 'Tăng 21 mẫu', 'Đang thực hiện'),
]
hand3('TTPTTN_bao_cao_CT38_T10.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM',
      'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', 'SKHCN-TTPTTN',
      '512/BC-TTPTTN', '29', '10', rows, 'I. Khó khăn của đơn vị',
      ['Thiết bị nhập khẩu về chậm do thủ tục đấu thầu kéo dài.', 'Thiếu kỹ thuật viên có chứng chỉ kiểm định cho phương tiện đo khí thải.'],
      'II. Đơn vị đề xuất', ['Đề nghị Sở điều chỉnh kế hoạch vốn, cho phép chuyển nguồn phần chưa giải ngân sang năm 2027.'],
      'Trương Công Hậu',
      [('II.4.a', 'in_progress', {'budget_spent_vnd': 3200000000}, rows[0][2]),
       ('II.2.g', 'completed', {}, rows[1][2]),
       ('II.4.c', 'in_progress', {'instruments_verified': 18420}, rows[2][2]),
       ('II.5.b', 'in_progress', {'samples_tested': 96}, rows[3][2])])

rows = [
    ('Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng', '03 chuyên gia',
     'Đã tiếp nhận, thẩm định hồ sơ 02 chuyên gia (01 chuyên gia đo lường, 01 chuyên gia đánh giá sự phù hợp)', 'Tăng 01 hồ sơ',
     'Đang thực hiện'),
    ('Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất, chất lượng', '01 khóa',
     'Phối hợp Chi cục mở 01 khóa bồi dưỡng chuyên gia năng suất, 45 học viên, đạt 100% kế hoạch năm', 'Không đổi', 'Đã hoàn thành'),
    ('Phối hợp với APO thúc đẩy năng suất khu vực công', '—', 'Trong kỳ chưa có yêu cầu', '—', 'Không phát sinh'),
]
hand3('QLKH-CT38-2026.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', 'Phòng Quản lý Khoa học', 'SKHCN-QLKH',
      '87/BC-QLKH', '27', '10', rows, 'I. Khó khăn',
      ['Mức hỗ trợ thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường có kinh nghiệm quốc tế.'],
      'II. Đề xuất', ['Đề nghị Chi cục giới thiệu danh sách chuyên gia đánh giá sự phù hợp có nhu cầu làm việc tại Thành phố.'],
      'Mai Xuân Trường',
      [('II.3.c', 'in_progress', {}, rows[0][2]),
       ('II.3.b', 'completed', {'training_courses': 1, 'participants': 45}, rows[1][2]),
       ('II.6.b', 'not_applicable', {}, rows[2][2])])

rows = [
    ('Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi)', '24 cuộc',
     '21 cuộc kiểm tra tại 96 cơ sở; 11 cơ sở vi phạm; phạt 163,4 triệu đồng. Đạt 88% kế hoạch năm', 'Tăng 05 cuộc', 'Đang thực hiện'),
    ('Lấy mẫu vật tư nông nghiệp kiểm tra chất lượng', '55 mẫu', 'Lấy 58 mẫu phân bón, thuốc BVTV, đạt 105% kế hoạch năm',
     'Tăng 12 mẫu', 'Hoàn thành'),
    ('Góp ý dự thảo QCVN lĩnh vực nông nghiệp, môi trường', 'Theo đề nghị', 'Góp ý 03 dự thảo QCVN', 'Tăng 01 dự thảo', 'Hoàn thành'),
    ('Tập huấn quy định về chất lượng vật tư nông nghiệp cho cơ sở kinh doanh', '04 lớp', '04 lớp, 320 lượt người tham dự',
     'Tăng 01 lớp', 'Hoàn thành'),
]
hand3('SoNNMT-BC-CT38.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Sở Nông nghiệp và Môi trường',
      'SO-NNMT', '9034/BC-SNNMT', '30', '10', rows, 'I. Những khó khăn',
      ['Nhiều cơ sở kinh doanh phân bón nhỏ lẻ thay đổi địa điểm, khó theo dõi.',
       'Chi phí phân tích mẫu thuốc bảo vệ thực vật cao.'],
      'II. Kiến nghị của Sở', ['Đề nghị Sở KH&CN phối hợp kiểm tra đo lường đối với cân tại các cơ sở kinh doanh phân bón.'],
      'Võ Văn Hoan',
      [('II.5.a', 'in_progress', {'inspections': 21, 'establishments_inspected': 96, 'violations': 11, 'fines_vnd': 163400000}, rows[0][2]),
       ('II.5.b', 'completed', {'samples_tested': 58}, rows[1][2]),
       ('II.2.e', 'completed', {'standards_reviewed': 3}, rows[2][2]),
       ('II.1.a', 'completed', {'training_courses': 4, 'participants': 320}, rows[3][2])])

rows = [
    ('Phối hợp kiểm tra ghi nhãn, công bố sản phẩm thực phẩm bao gói sẵn', '12 cuộc',
     '09 cuộc, 40 cơ sở được kiểm tra; 04 cơ sở vi phạm ghi nhãn, phạt 26.500.000 đồng. Đạt 75% kế hoạch năm', 'Tăng 02 cuộc',
     'Đang thực hiện'),
    ('Góp ý dự thảo QCVN về thực phẩm', 'Theo đề nghị', 'Góp ý 02 dự thảo QCVN', 'Không đổi', 'Hoàn thành'),
    ('Tuyên truyền về chất lượng, nhãn hàng hóa thực phẩm', '12 tin, bài', 'Đăng 15 tin, bài trên trang thông tin điện tử của Sở, đạt 125% kế hoạch năm',
     'Tăng 03 tin, bài', 'Hoàn thành, vượt'),
    ('Cử công chức dự tập huấn nghiệp vụ TĐC', '05 lượt', '06 lượt công chức tham dự', 'Tăng 02 lượt', 'Hoàn thành'),
]
PRODS_ATTP = ['Biên bản kiểm tra; quyết định xử phạt', 'Văn bản góp ý', 'Tin, bài trên trang thông tin', 'Danh sách cử']
ATTP_ARGS = ('SATTP_CT38_10T.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM', 'Sở An toàn thực phẩm', 'SO-ATTP',
      '1648/BC-SATTP', '28', '10', rows, PRODS_ATTP, 'I. Vướng mắc',
      ['Quy định về ghi nhãn thực phẩm và nhãn hàng hóa chung còn chồng chéo, khó áp dụng khi xử phạt.'],
      'II. Đề xuất', ['Đề nghị Sở KH&CN tổ chức hội thảo thống nhất cách áp dụng quy định ghi nhãn đối với thực phẩm bao gói sẵn.',
                      'Đề nghị chia sẻ kết quả khảo sát chất lượng thực phẩm bao gói sẵn của Chi cục.'],
      'Lý Thị Mỹ Hạnh',
      [('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 40, 'violations': 4, 'fines_vnd': 26500000}, rows[0][2]),
       ('II.2.e', 'completed', {'standards_reviewed': 2}, rows[1][2]),
       ('II.1.a', 'completed', {'communications': 15}, rows[2][2]),
       ('II.3.a', 'completed', {'participants': 6}, rows[3][2])])

rows = [
    ('Kiểm tra việc áp dụng, duy trì hệ thống quản lý chất lượng ISO trong cơ quan hành chính (lồng ghép kiểm tra CCHC)', '03 đoàn',
     '02 đoàn kiểm tra đã làm việc tại các sở, ngành và UBND phường, xã; đạt 67% kế hoạch năm', 'Tăng 01 đoàn', 'Đang thực hiện'),
    ('Thẩm định hồ sơ thu hút chuyên gia (phối hợp Phòng QLKH)', 'Theo hồ sơ', 'Đang thẩm định 01 hồ sơ', '—', 'Đang thực hiện'),
    ('Phối hợp mở lớp bồi dưỡng kiến thức TĐC cho công chức cấp xã', '02 lớp', '02 lớp, 210 công chức cấp xã tham dự',
     'Không đổi', 'Hoàn thành'),
]
SNV_ARGS = ('SNV-bao-cao-CT38.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NỘI VỤ', 'Sở Nội vụ', 'SO-NV', '6021/BC-SNV', '31', '10', rows,
      ['Biên bản kiểm tra; thông báo kết luận', 'Báo cáo thẩm định', 'Danh sách học viên; báo cáo kết quả lớp'],
      'I. Khó khăn', ['Nhiều UBND phường, xã mới sắp xếp chưa cập nhật lại hệ thống ISO theo thủ tục hành chính mới.'],
      'II. Đề xuất', ['Đề nghị Chi cục TĐC hướng dẫn mô hình khung ISO điện tử dùng chung cho cấp xã.'],
      'Bùi Thanh Tâm',
      [('II.2.đ', 'in_progress', {'inspections': 2}, rows[0][2]),
       ('II.3.c', 'in_progress', {}, rows[1][2]),
       ('II.3.a', 'completed', {'training_courses': 2, 'participants': 210}, rows[2][2])])

rows = [
    ('Phối hợp Chi cục TĐC kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng', '06 cuộc',
     '05 cuộc, 28 cơ sở; 03 cơ sở vi phạm, phạt 7,5 triệu đồng; đạt 83% kế hoạch năm', 'Tăng 01 cuộc', 'Đang thực hiện'),
    ('Tuyên truyền trên loa phát thanh, nhóm Zalo khu phố', '10 tin', '12 tin, bài; đạt 120% kế hoạch năm', 'Tăng 03 tin', 'Hoàn thành'),
    ('Cử công chức dự tập huấn', '03 lượt', '03 công chức tham dự lớp của Chi cục', 'Không đổi', 'Hoàn thành'),
]
TA_ARGS = ('P.ThuanAn_CT38.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'UBND PHƯỜNG THUẬN AN', 'Phường Thuận An', '25978', '402/BC-UBND',
      '26', '10', rows, ['Biên bản kiểm tra', 'Tin phát thanh, bài đăng Zalo', 'Danh sách cử'], 'I. Khó khăn',
      ['Phường chưa có cân đối chứng tại chợ Lái Thiêu sau khi sáp nhập.'],
      'II. Đề xuất', ['Đề nghị Chi cục TĐC hỗ trợ 02 cân đối chứng cho các chợ trên địa bàn phường.'],
      'Ngô Văn Thành',
      [('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 28, 'violations': 3, 'fines_vnd': 7500000}, rows[0][2]),
       ('II.1.a', 'completed', {'communications': 12}, rows[1][2]),
       ('II.3.a', 'completed', {'participants': 3}, rows[2][2])])


# ================================================================ HAND 5
# Chị Trịnh Bảo Ngọc, văn thư kiêm tổng hợp: XLSX, one sheet "CT38" with plain header lines
# typed in column A (no merged cells), the Word-like table "Nhiệm vụ | Sản phẩm đầu ra |
# Kết quả | Tiến độ" where the result cell ends with "(KH năm: …; so với 9 tháng: …)", and
# under the table, on the same sheet, the unit's own headings with numbered rows.
def hand5(fname, parent, unit_caps, unit_name, unit_id, number, day, month, rows, products, dhead, diffs, phead, props, signer, entries):
    wb = Workbook()
    ws = wb.active
    ws.title = 'CT38'
    for col, w in zip('ABCDE', (5, 40, 26, 55, 24)):
        ws.column_dimensions[col].width = w
    lines = [parent, unit_caps, 'Số: ' + number, 'TP. Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month), '',
             'Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026']
    for i, ln in enumerate(lines, 1):
        ws.cell(i, 1, ln).font = Font(bold=(i in (2, 6)))
    r = 8
    for j, h in enumerate(['TT', 'Nhiệm vụ', 'Sản phẩm đầu ra', 'Kết quả', 'Tiến độ'], 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', wrap_text=True)
    for i, (row, prod) in enumerate(zip(rows, products), 1):
        r += 1
        task, target, result, cmp_, judge = row
        res = result if '—' in (target, cmp_) else '%s (KH năm: %s; so với 9 tháng: %s)' % (result, target, cmp_.lower())
        for j, v in enumerate([i, task, prod, res, judge], 1):
            c = ws.cell(r, j, v); c.border = B
            c.alignment = Alignment(vertical='top', wrap_text=True)
    r += 2
    ws.cell(r, 1, dhead).font = Font(bold=True)
    for i, x in enumerate(diffs, 1):
        r += 1; ws.cell(r, 1, '%d.' % i); ws.cell(r, 2, x)
    r += 2
    ws.cell(r, 1, phead).font = Font(bold=True)
    for i, x in enumerate(props, 1):
        r += 1; ws.cell(r, 1, '%d.' % i); ws.cell(r, 2, x)
    r += 2
    ws.cell(r, 4, 'THỦ TRƯỞNG ĐƠN VỊ').font = Font(bold=True)
    ws.cell(r + 4, 4, signer).font = Font(bold=True)
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, '2026-%02d-%02d' % (int(month), int(day)), entries, diffs, props)


for _a in (ATTP_ARGS, SNV_ARGS, TA_ARGS):
    hand5(*_a)

# ================================================================ HAND 4
# Chị Hồ Thị Hằng, công chức Văn hóa – Xã hội / Kinh tế ở phường, xã: first person plural
# ("chúng tôi"), long paragraphs with two tasks, last year's same period in brackets,
# each paragraph closed by "Việc …, chúng tôi thấy là …". Difficulties/proposals as "1)" lists
# under "Những cái khó" / "Xin đề nghị".
def hand4(fname, caps, unit_name, unit_id, number, day, month, paras, diffs, props, signer, entries, reject=None, title=None):
    d = base_doc(font='Times New Roman', size=14)
    header_table(d, [('ỦY BAN NHÂN DÂN', True, False), (caps, True, False), ('', False, False), ('Số: ' + number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('', False, False), ('%s, ngày %s tháng %s năm 2026' % (unit_name.split(' ', 1)[1], day, month), False, True)])
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, title or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
         bold=True, align='c', indent=False)
    for p in paras:
        para(d, p)
    if diffs:
        para(d, 'Những cái khó:', bold=True, italic=True, indent=False)
        for i, x in enumerate(diffs, 1):
            para(d, '%d) %s' % (i, x))
    if props:
        para(d, 'Xin đề nghị:', bold=True, italic=True, indent=False)
        for i, x in enumerate(props, 1):
            para(d, '%d) %s' % (i, x))
    sign(d, ['Nơi nhận:', '- Sở KH&CN (Chi cục TĐC);', '- TT Đảng ủy, HĐND;', '- Lưu: VT.'],
         [('TM. ỦY BAN NHÂN DÂN', True), ('KT. CHỦ TỊCH', True), ('PHÓ CHỦ TỊCH', True), ('', False), ('', False), (signer, True)])
    d.save(os.path.join(OUT, fname))
    dt = '2026-%02d-%02d' % (int(month), int(day))
    if reject:
        key(fname, unit_id, unit_name, number, dt, [], [], [], status='rejected', reason=reject)
    else:
        key(fname, unit_id, unit_name, number, dt, entries, diffs, props)


p1 = ('Từ đầu năm đến nay, chúng tôi đã cùng Chi cục Tiêu chuẩn Đo lường Chất lượng và Đội Quản lý thị trường đi kiểm tra 04 cuộc '
      '(cùng kỳ năm 2025 được 03 cuộc) tại chợ Bà Rịa, chợ Long Toàn và các cửa hàng tạp hóa, tổng cộng 36 cơ sở, trong đó 05 cơ sở '
      'dùng cân sai, không có tem kiểm định, đã lập biên bản và xử phạt 12,5 triệu đồng; song song đó phường đưa 08 tin, bài tuyên truyền '
      'về cân đúng, đo đủ, nhãn hàng hóa lên loa phát thanh và trang Zalo của phường, đạt kế hoạch phường đặt ra đầu năm. Việc kiểm tra, '
      'chúng tôi thấy là còn phải làm tiếp vì tháng 12 còn đợt kiểm tra trước Tết; việc tuyên truyền thì coi như đã xong.')
p2 = ('Về con người, phường đã cử 02 công chức (Văn phòng HĐND-UBND và phòng Kinh tế) dự lớp tập huấn nghiệp vụ do Chi cục tổ chức '
      'tháng 8/2026. Việc này chúng tôi thấy là đã làm xong.')
hand4('PBaRia-BC-CT38-2026.docx', 'PHƯỜNG BÀ RỊA', 'Phường Bà Rịa', '26560', '318/BC-UBND', '24', '10',
      ['Thực hiện văn bản của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bà Rịa báo cáo kết quả như sau:', p1, p2],
      ['Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng, phải kiêm nhiệm nhiều việc.',
       'Tiểu thương ở chợ còn ngại đưa cân đi kiểm định vì phải nghỉ bán.'],
      ['Đề nghị Chi cục tổ chức kiểm định cân lưu động tại chợ Bà Rịa.'],
      'Lê Thị Thu Trang',
      [('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 36, 'violations': 5, 'fines_vnd': 12500000}, p1[:330]),
       ('II.1.a', 'completed', {'communications': 8}, 'phường đưa 08 tin, bài tuyên truyền về cân đúng, đo đủ, nhãn hàng hóa'),
       ('II.3.a', 'completed', {'participants': 2}, p2)])

p1 = ('Trong 10 tháng, chúng tôi đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc (năm 2025 cùng kỳ chỉ có 01 cuộc) '
      'đối với 14 cơ sở kinh doanh xăng dầu, vật tư nông nghiệp trên địa bàn xã, chưa phát hiện vi phạm; ngoài ra xã có 05 tin phát trên '
      'Đài truyền thanh xã về nhãn hàng hóa và truy xuất nguồn gốc nông sản. Việc kiểm tra, chúng tôi thấy là đang làm; việc phát tin '
      'thì đã xong theo kế hoạch.')
p2 = ('Xã cử 01 công chức địa chính – kinh tế dự lớp tập huấn của Chi cục; còn việc tiếp nhận, xử lý tố giác vi phạm về tiêu chuẩn, '
      'đo lường, chất lượng thì đến nay xã chưa nhận được tố giác nào. Việc cử người tập huấn chúng tôi thấy là đã xong; việc tố giác '
      'là không phát sinh.')
hand4('XaChauDuc_baocao_CT38.docx', 'XÃ CHÂU ĐỨC', 'Xã Châu Đức', '26596', '215/BC-UBND', '27', '10',
      ['Ủy ban nhân dân xã Châu Đức báo cáo kết quả thực hiện các nội dung do Sở Khoa học và Công nghệ đề nghị như sau:', p1, p2],
      ['Địa bàn xã rộng, cơ sở kinh doanh phân tán theo các ấp.'],
      ['Đề nghị Sở KH&CN cấp tờ rơi tuyên truyền về đo lường cho các ấp.', 'Đề nghị mở lớp tập huấn tại chỗ cho cán bộ ấp.'],
      'Đặng Văn Sơn',
      [('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14}, p1[:250]),
       ('II.1.a', 'completed', {'communications': 5}, 'xã có 05 tin phát trên Đài truyền thanh xã về nhãn hàng hóa và truy xuất nguồn gốc nông sản'),
       ('II.3.a', 'completed', {'participants': 1}, 'Xã cử 01 công chức địa chính – kinh tế dự lớp tập huấn của Chi cục'),
       ('II.5.d', 'not_applicable', {}, 'đến nay xã chưa nhận được tố giác nào')])

p1 = ('Chúng tôi đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng, Công an phường kiểm tra 06 cuộc (cùng kỳ năm 2025: 04 cuộc) '
      'tại 41 cơ sở kinh doanh vàng bạc, xăng dầu, cửa hàng điện máy, phát hiện 04 cơ sở vi phạm, xử phạt 9.000.000 đồng; phường cũng tổ '
      'chức 01 hội nghị tuyên truyền pháp luật về đo lường, nhãn hàng hóa cho 120 hộ kinh doanh. Việc kiểm tra, chúng tôi thấy là vẫn '
      'đang làm; hội nghị tuyên truyền thì đã xong.')
p2 = ('Phường cử 03 công chức dự tập huấn nghiệp vụ; hiện phường đang đề nghị bổ sung thêm 01 người cho năm sau. Việc này chúng tôi thấy '
      'là đã làm xong.')
hand4('PDiAn-CT38.docx', 'PHƯỜNG DĨ AN', 'Phường Dĩ An', '25942', '527/BC-UBND', '29', '10',
      ['Ủy ban nhân dân phường Dĩ An báo cáo kết quả thực hiện Kế hoạch như sau:', p1, p2],
      ['Hộ kinh doanh vàng bạc nhiều, thiết bị cân vàng cần kiểm định chuyên sâu.'],
      ['Đề nghị Chi cục hỗ trợ phường danh sách cơ sở kinh doanh vàng đã kiểm định cân.'],
      'Trần Quang Vinh',
      [('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 41, 'violations': 4, 'fines_vnd': 9000000}, p1[:300]),
       ('II.1.a', 'completed', {'training_courses': 1, 'participants': 120}, 'tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường, nhãn hàng hóa cho 120 hộ kinh doanh'),
       ('II.3.a', 'completed', {'participants': 3}, p2)])

hand4('XaLongHai-baocao.docx', 'XÃ LONG HẢI', 'Xã Long Hải', '26662', '233/BC-UBND', '23', '10',
      ['Ủy ban nhân dân xã Long Hải báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026 như sau:',
       'Từ đầu mùa mưa bão, chúng tôi đã kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã, rà soát 312 hộ dân ven biển '
       'có nguy cơ sạt lở, tổ chức 02 buổi diễn tập sơ tán dân (cùng kỳ năm 2025: 01 buổi) với 450 lượt người tham gia. Việc này chúng tôi '
       'thấy là đã làm xong.',
       'Xã đã kiểm tra 04 tuyến kè biển, phối hợp Đồn Biên phòng kêu gọi 87 tàu thuyền vào nơi tránh trú an toàn trong đợt áp thấp nhiệt '
       'đới tháng 9. Việc gia cố kè, chúng tôi thấy là còn đang làm.'],
      ['Kè biển đoạn qua khu phố Hải Hòa xuống cấp, xã không đủ kinh phí sửa chữa.'],
      ['Đề nghị Thành phố hỗ trợ kinh phí gia cố kè biển Long Hải năm 2027.'],
      'Phạm Văn Đức', [],
      title='Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026',
      reject='Not a report of this plan: Xã Long Hải sent its report on phòng, chống thiên tai và tìm kiếm cứu nạn (disaster prevention), not on Kế hoạch triển khai Chỉ thị 38-CT/TW.')


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname):
    ext = fname.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo')
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    try:
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_set200',
                        '--convert-to', ext, '--outdir', tmp, src], check=True, timeout=180,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, fname), src)
    except Exception as e:
        print('LO resave failed', fname, e)
    shutil.rmtree(tmp, ignore_errors=True)


for f in ('STP-bc-38.docx', 'QLKH-CT38-2026.xlsx'):
    lo_resave(f)

for fname, k in REPORTS:
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(REPORTS), 'files')
