# -*- coding: utf-8 -*-
"""Generator for set247: 16 progress reports in five hands, plus answer keys."""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}

def key(fname, uid, uname, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, status=status, reason=reason,
                       unit={"id": uid, "name": uname},
                       document={"number": number, "date": date},
                       entries=entries, findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def para(d, text, bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def runs(d, parts, indent=True):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi'"""
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    for t, s in parts:
        r = p.add_run(t); r.bold = 'b' in s; r.italic = 'i' in s
    p.paragraph_format.space_after = Pt(3)
    return p

def cell_text(c, text, bold=False, italic=False, align=None, size=None):
    c.text = ''
    lines = text.split('\n')
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header(d, left_lines, right_date, left_bold_upto=2):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ''; r.text = ''
    p = l.paragraphs[0]
    for i, ln in enumerate(left_lines):
        if i: p = l.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(ln); run.font.size = Pt(12); run.bold = i < left_bold_upto
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); x.bold = True; x.font.size = Pt(12)
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run('Độc lập - Tự do - Hạnh phúc'); x.bold = True; x.font.size = Pt(13)
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run(right_date); x.italic = True; x.font.size = Pt(13)

def sign(d, noi_nhan, role, name):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    cell_text(l, 'Nơi nhận:', bold=True, italic=True, size=11)
    for n in noi_nhan:
        l.add_paragraph().add_run(n).font.size = Pt(10)
    cell_text(r, role, bold=True, align='c')
    for _ in range(3): r.add_paragraph()
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(name).bold = True

def table(d, rows, widths=None, bold_first=True, size=11, style='Table Grid'):
    t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None: continue
            cell_text(t.cell(i, j), str(v), bold=(bold_first and i == 0), size=size,
                      align='c' if i == 0 else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t

# ================================================================ HAND A
# Chị Lâm Thị Ngọc Hân type: công văn; "Nội dung n:" blocks citing the plan only
# by section/point ("điểm a khoản 1 phần II", "mục 5.1 phần II"); the status is a
# plain sentence inside the block; "III./IV." closing with "- " items.
def hand_a(fname, agency_lines, number, date_vn, vv, intro, blocks, diffs, props, role, name, noi_nhan):
    d = new_doc(size=14)
    header(d, agency_lines + ['Số: ' + number, vv], date_vn, left_bold_upto=len(agency_lines))
    para(d, '')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
    para(d, intro)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, (cite, body) in enumerate(blocks, 1):
        runs(d, [('Nội dung %d: ' % i, 'b'), (cite, 'i')])
        for b in body:
            para(d, b)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo kết quả thực hiện, kính gửi Chi cục tổng hợp./.')
    sign(d, noi_nhan, role, name)
    d.save(os.path.join(OUT, fname))

def make_a():
    f = 'so-cong-thuong-cv-ct38-2026.docx'
    hand_a(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'], '4127/SCT-QLTM',
        'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
        'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
        'Thực hiện Công văn số 2210/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch năm 2026 triển khai Chỉ thị số 38-CT/TW, Sở Công Thương báo cáo các nội dung có liên quan như sau:',
        [('(điểm a khoản 1 phần II Kế hoạch)',
          ['Sở đã phối hợp tổ chức 02 hội nghị phổ biến quy định về ghi nhãn hàng hóa và đo lường trong kinh doanh xăng dầu, khí hóa lỏng với 186 lượt đại biểu của các doanh nghiệp, thương nhân tham dự; đăng tải 07 tin, bài trên Cổng thông tin điện tử của Sở.',
           'Nội dung này Sở đã thực hiện xong.']),
         ('(điểm d khoản 2 phần II Kế hoạch)',
          ['Thông qua Chương trình khuyến công, Sở hướng dẫn 14 doanh nghiệp công nghiệp hỗ trợ xây dựng, áp dụng các công cụ ISO 9001, 5S, Lean. Hiện Sở đang tiếp tục hướng dẫn đợt 2, dự kiến xong trong tháng 12/2026.']),
         ('(mục 5.1 phần II Kế hoạch)',
          ['Sở phối hợp với Chi cục và Công an Thành phố kiểm tra 03 cuộc đối với 38 cơ sở (gồm 27 cửa hàng xăng dầu và 11 cơ sở kinh doanh khí LPG); phát hiện 04 cơ sở vi phạm, chuyển hồ sơ đề nghị xử phạt với tổng số tiền 62.500.000 đồng.',
           'Công tác kiểm tra được duy trì thường xuyên, đang tiếp tục thực hiện theo kế hoạch đến cuối năm.']),
         ('(mục 2.6 phần II Kế hoạch)',
          ['Sở đã có văn bản góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương gửi lấy ý kiến (an toàn bình chịu áp lực, xăng sinh học E10, an toàn điện). Đã hoàn thành.']),
         ('(điểm a khoản 3 phần II Kế hoạch)',
          ['Sở cử 04 công chức phòng Quản lý thương mại tham gia lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức tháng 8/2026.'])],
        ['Lực lượng quản lý thị trường sau sắp xếp còn mỏng, địa bàn rộng nên việc phối hợp kiểm tra chưa được thường xuyên.'],
        ['Đề nghị Chi cục gửi kế hoạch kiểm tra liên ngành năm 2027 sớm để Sở chủ động bố trí lực lượng.'],
        'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trần Minh Khoa',
        ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLTM.'])
    key(f, 'SO-CT', 'Sở Công Thương', '4127/SCT-QLTM', '2026-10-29', [
        E('II.1.a', 'completed', 'Phối hợp tổ chức 02 hội nghị phổ biến quy định ghi nhãn, đo lường xăng dầu, 186 lượt đại biểu; 07 tin, bài',
          training_courses=2, participants=186, communications=7),
        E('II.2.d', 'in_progress', 'Hướng dẫn 14 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, 5S, Lean; đang hướng dẫn đợt 2',
          enterprises_supported=14),
        E('II.5.a', 'in_progress', 'Kiểm tra 03 cuộc, 38 cơ sở xăng dầu, LPG; 04 cơ sở vi phạm, 62.500.000 đồng',
          inspections=3, establishments_inspected=38, violations=4, fines_vnd=62500000),
        E('II.2.e', 'completed', 'Góp ý 03 dự thảo QCVN do Bộ Công Thương gửi', standards_reviewed=3),
        E('II.3.a', 'unknown', 'Cử 04 công chức tham gia lớp tập huấn nghiệp vụ đo lường', participants=4),
    ], ['Lực lượng quản lý thị trường sau sắp xếp còn mỏng, địa bàn rộng nên việc phối hợp kiểm tra chưa được thường xuyên.'],
       ['Đề nghị Chi cục gửi kế hoạch kiểm tra liên ngành năm 2027 sớm để Sở chủ động bố trí lực lượng.'])

    f = 'so-tu-phap-cv-ct38.docx'
    D2 = ['Các văn bản quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) chưa được ban hành đầy đủ nên việc rà soát văn bản của Thành phố còn phải chờ.']
    P2 = ['Đề nghị Sở Khoa học và Công nghệ chủ động cung cấp danh mục văn bản cần rà soát, sửa đổi để Sở Tư pháp phối hợp thẩm định kịp thời.']
    hand_a(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ TƯ PHÁP'], '3856/STP-VBQP',
        'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
        'V/v báo cáo tình hình thực hiện Kế hoạch của Sở KH&CN về Chỉ thị 38-CT/TW',
        'Phúc đáp Công văn số 2210/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở Tư pháp báo cáo kết quả thực hiện các nội dung có liên quan tại Kế hoạch như sau:',
        [('(mục 2.3 phần II)',
          ['Sở đã thẩm định 02 dự thảo quyết định của Ủy ban nhân dân Thành phố có nội dung liên quan đến quản lý chất lượng sản phẩm, hàng hóa; tham gia góp ý 01 dự thảo Nghị định sửa đổi, bổ sung Nghị định số 119/2017/NĐ-CP. Sở đã hoàn thành các yêu cầu phát sinh trong kỳ.']),
         ('(điểm a khoản 1 phần II)',
          ['Lồng ghép nội dung Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) vào 05 hội nghị phổ biến, giáo dục pháp luật với 1.120 lượt cán bộ, công chức tham dự; phát hành 3.000 tờ gấp pháp luật. Nội dung này đang tiếp tục thực hiện trong Quý IV/2026.']),
         ('(điểm đ khoản 2 phần II)',
          ['Sở duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; tháng 9/2026 đã tổ chức đánh giá nội bộ và cập nhật 12 quy trình giải quyết thủ tục hành chính. Hoàn thành.']),
         ('(điểm d khoản 5 phần II)',
          ['Trong kỳ không phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng thuộc phạm vi quản lý của Sở.'])],
        D2, P2, 'GIÁM ĐỐC', 'Lê Thị Phương Thảo',
        ['- Như trên;', '- Lưu: VT, VBQP.'])
    key(f, 'SO-TP', 'Sở Tư pháp', '3856/STP-VBQP', '2026-10-27', [
        E('II.2.c', 'completed', 'Thẩm định 02 dự thảo quyết định, góp ý 01 dự thảo Nghị định sửa đổi NĐ 119/2017'),
        E('II.1.a', 'in_progress', 'Lồng ghép vào 05 hội nghị phổ biến pháp luật, 1.120 lượt cán bộ; 3.000 tờ gấp',
          training_courses=5, participants=1120, communications=3000),
        E('II.2.đ', 'completed', 'Duy trì HTQLCL TCVN ISO 9001:2015, đánh giá nội bộ, cập nhật 12 quy trình'),
        E('II.5.d', 'not_applicable', 'Không phát sinh trường hợp tố giác vi phạm'),
    ], D2, P2)

    f = 'thanh-tra-tp-bc-ct38.docx'
    D3 = ['Một số doanh nghiệp được thanh tra đã thay đổi địa chỉ kinh doanh nhưng chưa cập nhật thông tin đăng ký, gây khó khăn khi làm việc.']
    P3 = ['Đề nghị Chi cục chia sẻ dữ liệu kết quả kiểm tra chất lượng hàng hóa để Thanh tra Thành phố phục vụ xây dựng kế hoạch thanh tra năm 2027.']
    hand_a(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'THANH TRA THÀNH PHỐ'], '1984/TTTP-P2',
        'Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026',
        'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW',
        'Thanh tra Thành phố nhận được Công văn số 2210/TĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng. Thanh tra Thành phố báo cáo như sau:',
        [('(điểm d khoản 5 phần II)',
          ['Thanh tra Thành phố tiếp nhận 02 đơn phản ánh về gian lận đo lường trong kinh doanh xăng dầu, đã chuyển Chi cục và Sở Công Thương xử lý theo thẩm quyền, bảo đảm giữ bí mật thông tin người phản ánh. Đã xử lý xong.']),
         ('(mục 5.1 phần II)',
          ['Tiến hành 01 cuộc thanh tra chuyên đề việc chấp hành pháp luật về chất lượng sản phẩm, hàng hóa tại 06 doanh nghiệp sản xuất mũ bảo hiểm, đồ chơi trẻ em; kiến nghị xử phạt 02 doanh nghiệp với số tiền 48.000.000 đồng. Cuộc thanh tra đang trong giai đoạn dự thảo kết luận.']),
         ('(điểm đ khoản 2 phần II)',
          ['Cơ quan đang chuyển đổi Hệ thống quản lý chất lượng sang mô hình ISO điện tử theo hướng dẫn của Sở Khoa học và Công nghệ; đến nay chưa hoàn thành.'])],
        D3, P3, 'KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA', 'Võ Đình Nguyên',
        ['- Như trên;', '- Chánh Thanh tra (để b/c);', '- Lưu: VT, P2.'])
    key(f, 'THANHTRA-TP', 'Thanh tra Thành phố', '1984/TTTP-P2', '2026-11-03', [
        E('II.5.d', 'completed', 'Tiếp nhận 02 đơn phản ánh gian lận đo lường, chuyển xử lý, giữ bí mật người phản ánh'),
        E('II.5.a', 'in_progress', '01 cuộc thanh tra chuyên đề tại 06 doanh nghiệp; kiến nghị xử phạt 02 doanh nghiệp 48.000.000 đồng',
          inspections=1, establishments_inspected=6, violations=2, fines_vnd=48000000),
        E('II.2.đ', 'in_progress', 'Đang chuyển đổi HTQLCL sang ISO điện tử'),
    ], D3, P3)

    f = 'so-noi-vu-cv-cchc-quy3.docx'
    hand_a(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NỘI VỤ'], '5012/SNV-CCHC',
        'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
        'V/v báo cáo kết quả công tác cải cách hành chính Quý III/2026',
        'Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả thực hiện Quý III/2026 như sau:',
        [('(mục 1.2 phần II Kế hoạch CCHC)',
          ['Rà soát, kiến nghị bãi bỏ 06 thủ tục hành chính không còn phù hợp sau khi sắp xếp tổ chức bộ máy; đã hoàn thành.']),
         ('(mục 2.3 phần II Kế hoạch CCHC)',
          ['Tiếp nhận 12.456 hồ sơ thủ tục hành chính, giải quyết đúng hạn 12.301 hồ sơ (đạt 98,8%); đang tiếp tục thực hiện.']),
         ('(điểm c khoản 4 phần II Kế hoạch CCHC)',
          ['Tổ chức 03 lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho 310 công chức bộ phận một cửa phường, xã.'])],
        ['Hệ thống thông tin giải quyết thủ tục hành chính còn lỗi đồng bộ dữ liệu.'],
        ['Đề nghị Văn phòng UBND Thành phố phối hợp khắc phục lỗi kết nối Cổng dịch vụ công.'],
        'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Ngô Văn Hải',
        ['- Như trên;', '- Lưu: VT, CCHC.'])
    # NB: addressed to the Chi cục by the hand's template, but the subject is CCHC
    key(f, 'SO-NV', 'Sở Nội vụ', '5012/SNV-CCHC', '2026-10-30', [], [], [],
        status='rejected', reason='Báo cáo kết quả cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW')

# ================================================================ HAND B
# Anh Trịnh Quốc Bảo: narrative report with a "Chỉ tiêu | Năm 2025 | Năm 2026 |
# So sánh (%)" table under each topic; only the 2026 column is this year's result.
def hand_b_doc(fname, agency_lines, number, date_vn, title, intro, topics, diffs, props, role, name):
    d = new_doc()
    header(d, agency_lines + ['Số: ' + number], date_vn, left_bold_upto=len(agency_lines))
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, title, bold=True, align='c')
    para(d, intro)
    para(d, 'I. KẾT QUẢ THỰC HIỆN NĂM 2026', bold=True, indent=False)
    for i, (head, before, rows, after) in enumerate(topics, 1):
        para(d, '%d. %s' % (i, head), bold=True, indent=False)
        for b in before: para(d, b)
        if rows:
            table(d, [['Chỉ tiêu', 'Năm 2025', 'Năm 2026', 'So sánh (%)']] + rows, widths=[8, 2.5, 2.5, 2.5])
        for a in after: para(d, a)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    sign(d, ['- Chi cục TĐC (để t/h);', '- Ban Giám đốc;', '- Lưu: VT, KHTC.'], role, name)
    d.save(os.path.join(OUT, fname))

def make_b():
    f = 'so-y-te-bc-ct38-2026.docx'
    D = ['Nhiều bệnh viện tư nhân chưa lập danh mục phương tiện đo nhóm 2 đang sử dụng nên khó xác định đối tượng kiểm tra.',
         'Kinh phí kiểm định phương tiện đo của các trạm y tế phường, xã chưa được bố trí riêng.']
    P = ['Đề nghị Sở Khoa học và Công nghệ phối hợp ban hành hướng dẫn lập danh mục phương tiện đo dùng trong y tế.',
         'Kiến nghị Sở Tài chính bố trí kinh phí kiểm định phương tiện đo cho tuyến y tế cơ sở trong dự toán năm 2027.']
    hand_b_doc(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ'], '6630/BC-SYT',
        'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
        'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong lĩnh vực y tế',
        'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo kết quả thực hiện năm 2026 (số liệu tính đến ngày 20/10/2026), có so sánh với cùng kỳ năm 2025 như sau:',
        [('Công tác kiểm tra phương tiện đo, trang thiết bị y tế',
          ['Sở Y tế phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc chấp hành quy định về đo lường đối với phương tiện đo nhóm 2 dùng trong y tế (huyết áp kế, nhiệt kế y học, cân trẻ sơ sinh) tại các cơ sở khám bệnh, chữa bệnh. Kết quả như sau:'],
          [['Số cuộc kiểm tra (cuộc)', '6', '8', '133,3'],
           ['Số cơ sở được kiểm tra (cơ sở)', '41', '52', '126,8'],
           ['Số cơ sở vi phạm (cơ sở)', '5', '3', '60,0'],
           ['Tiền phạt vi phạm hành chính (triệu đồng)', '37,5', '22,0', '58,7'],
           ['Phương tiện đo được kiểm định (chiếc)', '1.845', '2.310', '125,2']],
          ['Công tác kiểm tra đang tiếp tục thực hiện đến hết năm 2026.']),
         ('Tham gia góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
          ['Sở đã tham gia góp ý các dự thảo TCVN, QCVN về trang thiết bị y tế, nước sạch dùng cho sinh hoạt theo đề nghị của Bộ Y tế, Bộ Khoa học và Công nghệ.'],
          [['Số dự thảo TCVN, QCVN được góp ý', '2', '4', '200,0']],
          ['Nội dung này Sở đã hoàn thành.']),
         ('Tập huấn, cập nhật kiến thức về đo lường, chất lượng',
          ['Phối hợp Chi cục tổ chức tập huấn quy định về đo lường trong y tế cho công chức của Sở và viên chức phụ trách trang thiết bị của các bệnh viện trực thuộc.'],
          [['Số lớp tập huấn (lớp)', '1', '2', '200,0'],
           ['Số lượt người tham dự (lượt)', '95', '214', '225,3']],
          ['Đã hoàn thành kế hoạch năm.']),
         ('Áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
          ['Sở tiếp tục duy trì hệ thống quản lý chất lượng và đang thực hiện chuyển đổi sang ISO điện tử theo lộ trình của Thành phố.'],
          [], [])],
        D, P, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phạm Thanh Tùng')
    key(f, 'SO-YT', 'Sở Y tế', '6630/BC-SYT', '2026-10-26', [
        E('II.5.a', 'in_progress', 'Kiểm tra đo lường phương tiện đo nhóm 2 dùng trong y tế: 8 cuộc, 52 cơ sở, 3 vi phạm, 22 triệu đồng; 2.310 phương tiện đo được kiểm định',
          inspections=8, establishments_inspected=52, violations=3, fines_vnd=22000000, instruments_verified=2310),
        E('II.2.e', 'completed', 'Góp ý 4 dự thảo TCVN, QCVN', standards_reviewed=4),
        E('II.3.a', 'completed', 'Tập huấn đo lường trong y tế: 2 lớp, 214 lượt', training_courses=2, participants=214),
        E('II.2.đ', 'in_progress', 'Duy trì ISO 9001, đang chuyển đổi sang ISO điện tử'),
    ], D, P)

    f = 'so-vhtt-bc-ct38.docx'
    D = ['Nội dung tiêu chuẩn, đo lường, chất lượng còn khô, khó lồng ghép vào các chương trình văn hóa, thể thao.']
    P = ['Đề nghị Chi cục cung cấp bộ tài liệu, video ngắn tuyên truyền về tiêu chuẩn, đo lường, chất lượng để Sở phổ biến trên các kênh thông tin của ngành.']
    hand_b_doc(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ VĂN HÓA VÀ THỂ THAO'], '2741/BC-SVHTT',
        'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
        'Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW của Ban Bí thư năm 2026',
        'Sở Văn hóa và Thể thao báo cáo kết quả thực hiện các nội dung Sở được đề nghị phối hợp tại Kế hoạch của Sở Khoa học và Công nghệ như sau:',
        [('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
          ['Sở chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về Chỉ thị số 38-CT/TW, Ngày Tiêu chuẩn thế giới (14/10), Ngày Đo lường thế giới (20/5).'],
          [['Tin, bài, phóng sự tuyên truyền (tin, bài)', '38', '51', '134,2']],
          ['Nhiệm vụ này Sở đã thực hiện hoàn thành.']),
         ('Kiểm tra chất lượng trang thiết bị tập luyện thể thao',
          ['Phối hợp kiểm tra chất lượng trang thiết bị tập luyện tại các cơ sở kinh doanh hoạt động thể thao (phòng tập thể hình, bể bơi).'],
          [['Số cuộc kiểm tra (cuộc)', '2', '3', '150,0'],
           ['Số cơ sở được kiểm tra (cơ sở)', '14', '21', '150,0'],
           ['Số cơ sở vi phạm (cơ sở)', '3', '2', '66,7']],
          ['Đã hoàn thành theo kế hoạch năm.']),
         ('Duy trì hệ thống quản lý chất lượng tại cơ quan',
          ['Sở đang rà soát, xây dựng lại bộ quy trình ISO sau khi hợp nhất, dự kiến công bố trong tháng 12/2026.'],
          [], [])],
        D, P, 'GIÁM ĐỐC', 'Nguyễn Thị Thu Hà')
    key(f, 'SO-VHTT', 'Sở Văn hóa và Thể thao', '2741/BC-SVHTT', '2026-10-31', [
        E('II.1.a', 'completed', 'Tuyên truyền Chỉ thị 38, Ngày Tiêu chuẩn, Đo lường thế giới: 51 tin, bài, phóng sự', communications=51),
        E('II.5.a', 'completed', 'Kiểm tra trang thiết bị tập luyện thể thao: 3 cuộc, 21 cơ sở, 2 vi phạm',
          inspections=3, establishments_inspected=21, violations=2),
        E('II.2.đ', 'in_progress', 'Đang xây dựng lại bộ quy trình ISO sau hợp nhất'),
    ], D, P)

    # --- XLSX in the same hand
    f = 'so-attp-bieu-so-sanh-ct38.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'BC CT38'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'; ws['A2'] = 'SỞ AN TOÀN THỰC PHẨM'; ws['A2'].font = Font(bold=True)
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: 1377/BC-SATTP'
    ws['E3'] = 'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026'; ws['E3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (SO SÁNH VỚI NĂM 2025)'
    ws['A5'].font = Font(bold=True); ws.merge_cells('A5:G5'); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nội dung', 'ĐVT', 'Năm 2025', 'Năm 2026', 'So sánh (%)', 'Tình hình thực hiện']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    data = [
        ('I', 'Kiểm tra chất lượng, nhãn hàng hóa thực phẩm lưu thông trên thị trường', None, None, None, None, 'Đang thực hiện'),
        (1, 'Số cuộc kiểm tra', 'cuộc', 14, 17, 121.4, None),
        (2, 'Số cơ sở được kiểm tra', 'cơ sở', 236, 281, 119.1, None),
        (3, 'Số cơ sở vi phạm', 'cơ sở', 31, 26, 83.9, None),
        (4, 'Tiền phạt vi phạm hành chính', 'đồng', 412000000, 389500000, 94.5, None),
        ('II', 'Lấy mẫu giám sát, khảo sát chất lượng thực phẩm', None, None, None, None, 'Hoàn thành'),
        (1, 'Số mẫu lấy kiểm nghiệm', 'mẫu', 520, 604, 116.2, None),
        ('III', 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về thực phẩm', None, None, None, None, 'Hoàn thành'),
        (1, 'Số dự thảo QCVN được góp ý', 'dự thảo', 3, 5, 166.7, None),
        ('IV', 'Tuyên truyền, tập huấn cho cơ sở sản xuất, kinh doanh thực phẩm', None, None, None, None, 'Hoàn thành'),
        (1, 'Tin, bài tuyên truyền', 'tin, bài', 60, 72, 120.0, None),
        (2, 'Lớp tập huấn', 'lớp', 8, 10, 125.0, None),
        (3, 'Lượt người tham dự', 'lượt', 1150, 1342, 116.7, None),
    ]
    r = 8; groups = []
    for row in data:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = B
            c.alignment = Alignment(vertical='center', wrap_text=True)
            if isinstance(row[0], str): c.font = Font(bold=True)
            if j in (4, 5) and isinstance(v, int): c.number_format = '#,##0'
            if j == 6 and v is not None: c.number_format = '0.0'
        if isinstance(row[0], str): groups.append(r)
        r += 1
    groups.append(r)
    for a, b in zip(groups, groups[1:]):
        v = ws.cell(a, 7).value
        ws.merge_cells(start_row=a, start_column=7, end_row=b - 1, end_column=7)
        ws.cell(a, 7).value = v
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    DA = ['Số lượng cơ sở kinh doanh thực phẩm trực tuyến tăng nhanh, khó xác định địa điểm để kiểm tra.']
    PA = ['Đề nghị Chi cục hỗ trợ kiểm định miễn phí các cân dùng trong các chợ đầu mối nông sản, thực phẩm.']
    for x in DA: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị:').font = Font(bold=True); r += 1
    for x in PA: ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 6, 'KT. GIÁM ĐỐC'); ws.cell(r + 1, 6, 'PHÓ GIÁM ĐỐC'); ws.cell(r + 5, 6, 'Đặng Quốc Việt')
    for col, w in zip('ABCDEFG', [6, 48, 9, 14, 14, 11, 18]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f))
    key(f, 'SO-ATTP', 'Sở An toàn thực phẩm', '1377/BC-SATTP', '2026-10-30', [
        E('II.5.a', 'in_progress', 'Kiểm tra chất lượng, nhãn thực phẩm: 17 cuộc, 281 cơ sở, 26 vi phạm, 389.500.000 đồng',
          inspections=17, establishments_inspected=281, violations=26, fines_vnd=389500000),
        E('II.5.b', 'completed', 'Lấy 604 mẫu giám sát, khảo sát chất lượng thực phẩm', samples_tested=604),
        E('II.2.e', 'completed', 'Góp ý 5 dự thảo QCVN thực phẩm', standards_reviewed=5),
        E('II.1.a', 'completed', 'Tuyên truyền, tập huấn: 72 tin bài, 10 lớp, 1.342 lượt',
          communications=72, training_courses=10, participants=1342),
    ], DA, PA)

# ================================================================ HAND C
# Cô Huỳnh Thị Mỹ Dung (kế hoạch - tài chính): Excel "STT | Nội dung công việc |
# Kết quả thực hiện | Kinh phí | Tình trạng"; money as "1,25 tỷ đồng", "350,5 triệu";
# counts with "lượt" and "hồ sơ"; Khó khăn / Kiến nghị rows at the bottom.
def hand_c(fname, unit_lines, number, date_vn, title, rows, diffs, props, signer, sheet='Bao cao'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, ln in enumerate(unit_lines, 1):
        ws.cell(i, 1, ln).font = Font(bold=(i == len(unit_lines)))
    ws.cell(len(unit_lines) + 1, 1, 'Số: ' + number)
    ws.cell(1, 4, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font = Font(bold=True)
    ws.cell(2, 4, 'Độc lập - Tự do - Hạnh phúc')
    ws.cell(4, 4, date_vn).font = Font(italic=True)
    ws.cell(6, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells('A6:E6'); ws['A6'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[6].height = 36
    hdr = ['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Kinh phí', 'Tình trạng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 9
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = B
            c.alignment = Alignment(vertical='top', wrap_text=True)
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 2, 'Người lập biểu'); ws.cell(r, 4, signer[0]); ws.cell(r + 4, 2, signer[1]); ws.cell(r + 4, 4, signer[2])
    for col, w in zip('ABCDE', [6, 42, 52, 20, 18]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

def make_c():
    f = 'so-tai-chinh-ct38-bieu.xlsx'
    D = ['Dự toán mua sắm thiết bị thử nghiệm phải điều chỉnh theo giá thị trường nên tiến độ giải ngân chậm.']
    P = ['Đề nghị Sở Khoa học và Công nghệ chỉ đạo Trung tâm hoàn thiện hồ sơ thanh toán trước ngày 15/12/2026 để kịp giải ngân trong năm.']
    hand_c(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ TÀI CHÍNH'], '7415/STC-HCSN',
        'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
        'BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP - KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
        [('Thẩm định, bố trí dự toán đầu tư trang thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm',
          'Đã thẩm định 02 hồ sơ đề xuất mua sắm thiết bị; giải ngân được 1,25 tỷ đồng/2,4 tỷ đồng dự toán', 'Đã giải ngân 1,25 tỷ đồng', 'Đang thực hiện'),
         ('Kinh phí bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ của Chi cục TĐC',
          'Thẩm định 01 hồ sơ; đã cấp và Chi cục đã sử dụng 350,5 triệu', '350,5 triệu', 'Đã thực hiện xong'),
         ('Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở',
          'Đánh giá nội bộ tháng 7/2026; chi thuê chuyên gia tư vấn 18,6 triệu đồng', '18,6 triệu đồng', 'Đã thực hiện xong'),
         ('Cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng',
          '07 lượt công chức phòng Hành chính sự nghiệp tham dự tập huấn do Chi cục tổ chức', 'Không sử dụng', 'Đã thực hiện xong'),
         ('Bố trí kinh phí duy trì chuẩn đo lường chính',
          'Chưa nhận được đề xuất của đơn vị, chưa có hồ sơ', '-', 'Chưa triển khai')],
        D, P, ('KT. GIÁM ĐỐC', 'Huỳnh Thị Mỹ Dung', 'Bùi Quang Lộc'))
    key(f, 'SO-TC', 'Sở Tài chính', '7415/STC-HCSN', '2026-11-02', [
        E('II.4.a', 'in_progress', 'Thẩm định 02 hồ sơ mua sắm thiết bị thử nghiệm cho Trung tâm; giải ngân 1,25 tỷ đồng', budget_spent_vnd=1250000000),
        E('II.4.b', 'completed', 'Kinh phí bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ của Chi cục: 350,5 triệu', budget_spent_vnd=350500000),
        E('II.2.đ', 'completed', 'Duy trì ISO 9001 tại Sở; chi 18,6 triệu đồng thuê chuyên gia', budget_spent_vnd=18600000),
        E('II.3.a', 'completed', '07 lượt công chức tham dự tập huấn do Chi cục tổ chức', participants=7),
        E('II.4.c', 'not_started', 'Bố trí kinh phí duy trì chuẩn đo lường chính: chưa triển khai'),
    ], D, P)

    f = 'so-du-lich-ct38.xlsx'
    D = ['Doanh nghiệp lữ hành, lưu trú chủ yếu quy mô nhỏ, ít quan tâm đến áp dụng tiêu chuẩn, hệ thống quản lý chất lượng.']
    P = ['Đề nghị Chi cục phối hợp tổ chức lớp bồi dưỡng năng suất, chất lượng riêng cho doanh nghiệp du lịch trong năm 2027.']
    hand_c(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ DU LỊCH'], '1123/SDL-QLDL',
        'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
        'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 CỦA SỞ DU LỊCH',
        [('Tập huấn, tuyên truyền quy định về tiêu chuẩn, đo lường, chất lượng dịch vụ cho doanh nghiệp lữ hành, cơ sở lưu trú',
          'Tổ chức 03 lớp, 412 lượt người tham dự; đăng 15 tin, bài trên trang thông tin điện tử của Sở', '96,8 triệu đồng', 'Đã thực hiện xong'),
         ('Hướng dẫn cơ sở lưu trú áp dụng TCVN 4391:2015, xếp hạng cơ sở lưu trú',
          'Hướng dẫn 46 cơ sở lưu trú; tiếp nhận 58 hồ sơ đề nghị công nhận hạng (đã thẩm định 41 hồ sơ)', '-', 'Đang thực hiện'),
         ('Góp ý dự thảo TCVN lĩnh vực du lịch',
          'Góp ý 02 dự thảo TCVN (homestay; bãi tắm du lịch)', '-', 'Đã thực hiện xong'),
         ('Bồi dưỡng năng suất, chất lượng cho doanh nghiệp du lịch',
          'Chưa bố trí được kinh phí', '0', 'Chưa triển khai')],
        D, P, ('GIÁM ĐỐC', 'Châu Ngọc Yến', 'Lý Thanh Bình'), sheet='Sheet1')
    key(f, 'SO-DL', 'Sở Du lịch', '1123/SDL-QLDL', '2026-10-28', [
        E('II.1.a', 'completed', 'Tập huấn 03 lớp, 412 lượt; 15 tin, bài; 96,8 triệu đồng',
          training_courses=3, participants=412, communications=15, budget_spent_vnd=96800000),
        E('II.2.d', 'in_progress', 'Hướng dẫn 46 cơ sở lưu trú áp dụng TCVN 4391:2015', enterprises_supported=46),
        E('II.2.e', 'completed', 'Góp ý 02 dự thảo TCVN du lịch', standards_reviewed=2),
        E('II.3.b', 'not_started', 'Bồi dưỡng năng suất, chất lượng cho DN du lịch: chưa triển khai'),
    ], D, P)

    f = 'so-dttg-bc-giam-ngheo-2026.xlsx'
    hand_c(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ DÂN TỘC VÀ TÔN GIÁO'], '842/BC-SDTTG',
        'Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
        'BIỂU KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2026',
        [('Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế', '312 hộ được hỗ trợ con giống, cây giống', '1,8 tỷ đồng', 'Đã thực hiện xong'),
         ('Hỗ trợ nhà ở cho hộ nghèo đồng bào dân tộc thiểu số', '27 căn nhà xây mới, sửa chữa', '1,35 tỷ đồng', 'Đang thực hiện'),
         ('Tập huấn kỹ năng cho người có uy tín', '04 lớp, 265 lượt người', '120,4 triệu', 'Đã thực hiện xong'),
         ('Đào tạo nghề cho lao động nghèo', 'Tiếp nhận 86 hồ sơ đăng ký học nghề', '-', 'Đang thực hiện')],
        ['Một số hộ thoát nghèo chưa bền vững, nguy cơ tái nghèo cao.'],
        ['Đề nghị Thành phố bố trí thêm vốn hỗ trợ sinh kế năm 2027.'],
        ('KT. GIÁM ĐỐC', 'Kim Thị Sa Rết', 'Thạch Sơn'))
    key(f, 'SO-DTTG', 'Sở Dân tộc và Tôn giáo', '842/BC-SDTTG', '2026-10-22', [], [], [],
        status='rejected', reason='Biểu kết quả Chương trình giảm nghèo bền vững vùng đồng bào dân tộc thiểu số, không phải báo cáo thực hiện Kế hoạch CT38')

# ================================================================ HAND D
# Chị Đoàn Ngọc Trâm (văn phòng Sở, tổng hợp từ các đơn vị): one table
# "Nhiệm vụ được giao | Đơn vị thực hiện trong Sở | Kết quả | Đánh giá (Đạt/Chưa đạt)",
# task cell merged down over the sub-unit rows.
def hand_d_rows(groups):
    rows = []; merges = []
    n = 1
    for task, subs in groups:
        start = len(rows) + 1
        for k, (unit, res, ev) in enumerate(subs):
            rows.append([str(n) if k == 0 else '', task if k == 0 else '', unit, res, ev])
        if len(subs) > 1: merges.append((start, start + len(subs) - 1))
        n += 1
    return rows, merges

def hand_d_doc(fname, agency_lines, number, date_vn, title, intro, groups, diffs, props, role, name):
    d = new_doc()
    header(d, agency_lines + ['Số: ' + number], date_vn, left_bold_upto=len(agency_lines))
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, title, bold=True, align='c')
    para(d, intro)
    para(d, '1. Kết quả thực hiện các nhiệm vụ được giao', bold=True, indent=False)
    rows, merges = hand_d_rows(groups)
    t = table(d, [['TT', 'Nhiệm vụ được giao', 'Đơn vị thực hiện trong Sở', 'Kết quả', 'Đánh giá (Đạt/Chưa đạt)']] + rows,
              widths=[1, 4.5, 3.5, 6.5, 2])
    for a, b in merges:
        for col in (0, 1):
            top = t.cell(a, col); txt = top.text
            m = top.merge(t.cell(b, col)); cell_text(m, txt, size=11)
    para(d, '2. Khó khăn, vướng mắc', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, '3. Đề xuất', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    sign(d, ['- Chi cục TĐC TP.HCM;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, VP.'], role, name)
    d.save(os.path.join(OUT, fname))

def make_d():
    f = 'so-nnmt-bc-ct38-2026.docx'
    D = ['Sau hợp nhất, một số quy trình nội bộ chưa được ban hành lại nên việc áp dụng ISO của Sở còn chậm.',
         'Hợp tác xã, hộ sản xuất chưa mặn mà với truy xuất nguồn gốc do phát sinh chi phí tem, mã.']
    P = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí tem truy xuất nguồn gốc cho hợp tác xã nông nghiệp năm 2027.']
    hand_d_doc(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'], '9284/BC-SNNMT',
        'Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026',
        'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
        'Trên cơ sở báo cáo của các đơn vị trực thuộc, Sở Nông nghiệp và Môi trường tổng hợp kết quả thực hiện các nhiệm vụ liên quan tại Kế hoạch năm 2026 của Sở Khoa học và Công nghệ như sau:',
        [('Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi) lưu thông trên thị trường',
          [('Chi cục Trồng trọt và Bảo vệ thực vật', 'Kiểm tra 09 cuộc tại 74 cơ sở; xử phạt 06 cơ sở vi phạm, số tiền 86.500.000 đồng', 'Đạt'),
           ('Chi cục Chăn nuôi và Thú y', 'Lấy 48 mẫu thức ăn chăn nuôi trong các cuộc kiểm tra để kiểm nghiệm chất lượng', 'Đạt')]),
         ('Triển khai truy xuất nguồn gốc nông sản theo Đề án 100',
          [('Chi cục Trồng trọt và Bảo vệ thực vật', 'Hướng dẫn 23 hợp tác xã, doanh nghiệp cấp mã số vùng trồng, áp dụng truy xuất nguồn gốc; đang hoàn thiện cơ sở dữ liệu', 'Chưa đạt'),
           ('Trung tâm Khuyến nông', 'Tổ chức 02 lớp tập huấn truy xuất nguồn gốc, 130 lượt học viên', 'Đạt')]),
         ('Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường',
          [('Chi cục Quản lý chất lượng nông lâm sản và thủy sản', 'Góp ý 06 dự thảo quy chuẩn, tiêu chuẩn', 'Đạt')]),
         ('Cập nhật kiến thức tiêu chuẩn, đo lường, chất lượng cho công chức',
          [('Văn phòng Sở', 'Cử 05 công chức tham dự tập huấn do Chi cục TĐC tổ chức', 'Đạt')]),
         ('Áp dụng HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở',
          [('Văn phòng Sở', 'Đang chuyển đổi hệ thống sau hợp nhất; chưa ban hành xong bộ quy trình mới', 'Chưa đạt')])],
        D, P, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Đoàn Văn Thắng')
    key(f, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '9284/BC-SNNMT', '2026-11-04', [
        E('II.5.a', 'completed', 'Kiểm tra vật tư nông nghiệp: 09 cuộc, 74 cơ sở, 06 vi phạm, 86.500.000 đồng; 48 mẫu thức ăn chăn nuôi',
          inspections=9, establishments_inspected=74, violations=6, fines_vnd=86500000, samples_tested=48),
        E('II.2.a', 'in_progress', 'Truy xuất nguồn gốc (Đề án 100): hướng dẫn 23 HTX, DN; 02 lớp, 130 lượt học viên',
          enterprises_supported=23, training_courses=2, participants=130),
        E('II.2.e', 'completed', 'Góp ý 06 dự thảo quy chuẩn, tiêu chuẩn', standards_reviewed=6),
        E('II.3.a', 'completed', 'Cử 05 công chức tham dự tập huấn', participants=5),
        E('II.2.đ', 'in_progress', 'Đang chuyển đổi HTQLCL ISO sau hợp nhất'),
    ], D, P)

    f = 'so-xay-dung-bc-ct38.docx'
    D = ['Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ, thay đổi địa điểm thường xuyên.']
    P = ['Đề nghị Chi cục phối hợp tập huấn về ghi nhãn, công bố hợp quy vật liệu xây dựng cho cán bộ phường, xã.',
         'Đề nghị bổ sung kinh phí xây dựng quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị.']
    hand_d_doc(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'], '11572/SXD-KTXD',
        'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
        'Kết quả thực hiện nhiệm vụ tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ',
        'Sở Xây dựng báo cáo kết quả thực hiện của các phòng, đơn vị thuộc Sở như sau:',
        [('Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường',
          [('Phòng Kinh tế và Vật liệu xây dựng', '07 cuộc kiểm tra, 35 cơ sở kinh doanh vật liệu xây dựng; 05 cơ sở vi phạm, phạt 112.000.000 đồng', 'Đạt'),
           ('Trung tâm Kiểm định xây dựng', 'Thử nghiệm 126 mẫu thép, xi măng, gạch lấy trong các đợt kiểm tra', 'Đạt')]),
         ('Góp ý quy chuẩn kỹ thuật quốc gia; xây dựng quy chuẩn kỹ thuật địa phương',
          [('Phòng Quản lý hoạt động xây dựng', 'Góp ý 03 dự thảo QCVN; đang xây dựng dự thảo quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị', 'Chưa đạt')]),
         ('Nâng cao hiệu quả hoạt động phòng thí nghiệm chuyên ngành xây dựng',
          [('Phòng Quản lý chất lượng công trình', 'Kiểm tra điều kiện năng lực 12 phòng thí nghiệm chuyên ngành xây dựng (LAS-XD)', 'Đạt')]),
         ('Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015',
          [('Văn phòng Sở', 'Công bố lại Hệ thống phù hợp TCVN ISO 9001:2015 ngày 18/8/2026', 'Đạt')]),
         ('Cử công chức dự tập huấn nghiệp vụ TĐC',
          [('Văn phòng Sở', 'Không phát sinh', '—')])],
        D, P, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trương Công Danh')
    key(f, 'SO-XD', 'Sở Xây dựng', '11572/SXD-KTXD', '2026-10-30', [
        E('II.5.a', 'completed', 'Kiểm tra VLXD: 07 cuộc, 35 cơ sở, 05 vi phạm, 112.000.000 đồng; thử nghiệm 126 mẫu',
          inspections=7, establishments_inspected=35, violations=5, fines_vnd=112000000, samples_tested=126),
        E('II.2.e', 'in_progress', 'Góp ý 03 dự thảo QCVN; đang xây dựng QCĐP chiếu sáng đô thị', standards_reviewed=3),
        E('II.2.g', 'completed', 'Kiểm tra điều kiện năng lực 12 phòng thí nghiệm LAS-XD', establishments_inspected=12),
        E('II.2.đ', 'completed', 'Công bố lại HTQLCL TCVN ISO 9001:2015'),
        E('II.3.a', 'not_applicable', 'Cử công chức dự tập huấn: không phát sinh'),
    ], D, P)

    # XLSX in the same hand
    f = 'so-gddt-bc-ct38.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'KQ CT38'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'; ws['A2'] = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: 5590/SGDĐT-KHTC'
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026'; ws['D3'].font = Font(italic=True)
    ws['A5'] = 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO TẠI KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True); ws.merge_cells('A5:E5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 34
    hdr = ['TT', 'Nhiệm vụ được giao', 'Đơn vị thực hiện trong Sở', 'Kết quả', 'Đánh giá (Đạt/Chưa đạt)']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    groups = [
        ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong trường học',
         [('Phòng Chính trị, tư tưởng', 'Đăng 12 tin, bài trên cổng thông tin ngành; lồng ghép Ngày Tiêu chuẩn thế giới 14/10 tại 215 trường', 'Đạt')]),
        ('Đào tạo, bồi dưỡng kiến thức TĐC cho viên chức, học sinh các trường trung cấp',
         [('Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên', 'Phối hợp Chi cục tổ chức 04 buổi tọa đàm tại 04 trường trung cấp, 560 lượt học sinh, viên chức (kế hoạch 06 buổi, còn 02 buổi trong tháng 12)', 'Chưa đạt')]),
        ('Phối hợp kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em mầm non',
         [('Phòng Kế hoạch - Tài chính', 'Phối hợp kiểm tra 02 cuộc tại 18 cơ sở cung ứng thiết bị', 'Đạt'),
          ('Phòng Giáo dục Mầm non', 'Hướng dẫn các trường rà soát nhãn, dấu hợp quy đồ chơi trẻ em', 'Đạt')]),
        ('Duy trì HTQLCL ISO 9001:2015',
         [('Văn phòng Sở', 'Đã đánh giá nội bộ, duy trì hệ thống', 'Đạt')]),
    ]
    rows, merges = hand_d_rows(groups)
    r0 = 8
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            c = ws.cell(r0 + i, j, v if v != '' else None); c.border = B
            c.alignment = Alignment(vertical='top', wrap_text=True)
    for a, b in merges:
        for col in (1, 2):
            ws.merge_cells(start_row=r0 + a - 1, start_column=col, end_row=r0 + b - 1, end_column=col)
    r = r0 + len(rows) + 1
    DG = ['Một số trường trung cấp chưa bố trí được thời gian trong năm học để tổ chức tọa đàm.']
    PG = ['Đề nghị Chi cục cung cấp tài liệu tuyên truyền phù hợp lứa tuổi học sinh.']
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in DG: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Đề xuất:').font = Font(bold=True); r += 1
    for x in PG: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r + 1, 4, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC'); ws.cell(r + 5, 4, 'Hồ Tấn Minh')
    for col, w in zip('ABCDE', [5, 40, 26, 55, 14]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f))
    key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '5590/SGDĐT-KHTC', '2026-10-29', [
        E('II.1.a', 'completed', 'Đăng 12 tin, bài; lồng ghép Ngày Tiêu chuẩn thế giới tại 215 trường', communications=12),
        E('II.3.d', 'in_progress', '04 buổi tọa đàm tại 04 trường trung cấp, 560 lượt (kế hoạch 06 buổi)', training_courses=4, participants=560),
        E('II.5.a', 'completed', 'Phối hợp kiểm tra 02 cuộc tại 18 cơ sở cung ứng thiết bị dạy học, đồ chơi', inspections=2, establishments_inspected=18),
        E('II.2.đ', 'completed', 'Duy trì ISO 9001:2015, đánh giá nội bộ'),
    ], DG, PG)

# ================================================================ HAND E
# Anh Phan Hữu Lộc (công chức Văn hóa - Xã hội/Kinh tế phường): each item a list
# of "- label: kỳ này …; lũy kế từ đầu năm …" lines, then "Tình trạng: …".
def hand_e_doc(fname, ward_upper, number, date_vn, period, items, diffs, props, signer):
    d = new_doc(size=13)
    header(d, ['ỦY BAN NHÂN DÂN', ward_upper, 'Số: ' + number], date_vn, left_bold_upto=2)
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng', bold=True, align='c')
    para(d, '(' + period + ')', italic=True, align='c')
    para(d, 'Ủy ban nhân dân ' + ward_upper.title().replace('Phường', 'phường') + ' báo cáo kết quả thực hiện trong kỳ và lũy kế từ đầu năm như sau:')
    for i, (title, lines, st) in enumerate(items, 1):
        para(d, '%d. %s' % (i, title), bold=True, indent=False)
        for ln in lines: para(d, '- ' + ln)
        runs(d, [('Tình trạng: ', 'i'), (st, '')])
    para(d, 'Khó khăn, vướng mắc:', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'Đề xuất, kiến nghị:', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    sign(d, ['- Chi cục TĐC TP.HCM;', '- TT. Đảng ủy, HĐND phường;', '- Lưu: VT, VHXH.'], 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer)
    d.save(os.path.join(OUT, fname))

def make_e():
    f = 'phuong-hoa-loi-bc-ct38-t10.docx'
    D = ['Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.']
    P = ['Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền in sẵn để phát cho hộ kinh doanh.']
    hand_e_doc(f, 'PHƯỜNG HÒA LỢI', '418/BC-UBND', 'Hòa Lợi, ngày 24 tháng 10 năm 2026',
        'Kỳ báo cáo: tháng 10/2026',
        [('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
          ['Số tin, bài phát trên hệ thống truyền thanh và trang thông tin điện tử phường: kỳ này 03 tin; lũy kế từ đầu năm 19 tin.'],
          'đang thực hiện thường xuyên.'),
         ('Kiểm tra đo lường, chất lượng tại chợ và hộ kinh doanh (nội dung phân cấp cho phường)',
          ['Số cuộc kiểm tra: kỳ này 01 cuộc; lũy kế từ đầu năm 05 cuộc.',
           'Số cơ sở, hộ kinh doanh được kiểm tra: kỳ này 08; lũy kế từ đầu năm 41.',
           'Số trường hợp vi phạm: kỳ này không; lũy kế từ đầu năm 03 trường hợp.',
           'Tiền phạt: kỳ này không; lũy kế từ đầu năm 4.500.000 đồng.',
           'Cân đối chứng tại chợ Hòa Lợi được kiểm định: kỳ này không; lũy kế từ đầu năm 02 chiếc.'],
          'đang thực hiện.'),
         ('Cử cán bộ tham dự tập huấn nghiệp vụ',
          ['Số lượt cán bộ phường tham dự tập huấn: kỳ này không; lũy kế từ đầu năm 04 lượt.'],
          'đã hoàn thành (đã cử đủ theo thư mời của Chi cục).')],
        D, P, 'Nguyễn Văn Tài')
    key(f, '25849', 'Phường Hòa Lợi', '418/BC-UBND', '2026-10-24', [
        E('II.1.a', 'in_progress', 'Tin, bài tuyên truyền: lũy kế từ đầu năm 19 tin', communications=19),
        E('II.5.c', 'in_progress', 'Kiểm tra tại chợ, hộ kinh doanh: lũy kế 05 cuộc, 41 cơ sở, 03 vi phạm, 4.500.000 đồng; 02 cân đối chứng kiểm định',
          inspections=5, establishments_inspected=41, violations=3, fines_vnd=4500000, instruments_verified=2),
        E('II.3.a', 'completed', 'Cán bộ tham dự tập huấn: lũy kế 04 lượt', participants=4),
    ], D, P)

    f = 'phuong-phu-thanh-bc-ct38.docx'
    D = ['Hộ kinh doanh tại chợ thường xuyên thay đổi, việc theo dõi cân của người bán lẻ còn khó khăn.']
    P = ['Đề nghị Chi cục trang bị thêm 01 cân đối chứng cho chợ Phú Thạnh.',
         'Đề nghị tổ chức tập huấn xử phạt vi phạm hành chính về đo lường cho công chức phường.']
    hand_e_doc(f, 'PHƯỜNG PHÚ THẠNH', '287/BC-UBND', 'Phú Thạnh, ngày 25 tháng 10 năm 2026',
        'Kỳ báo cáo: Quý III và tháng 10 năm 2026',
        [('Kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng trên địa bàn',
          ['Cuộc kiểm tra: kỳ này 02 cuộc; lũy kế từ đầu năm 06 cuộc.',
           'Cơ sở được kiểm tra: kỳ này 11 cơ sở; lũy kế từ đầu năm 37 cơ sở.',
           'Cơ sở vi phạm: kỳ này 01; lũy kế từ đầu năm 04 cơ sở.',
           'Tiền phạt: kỳ này 1.500.000 đồng; lũy kế từ đầu năm 7.000.000 đồng.'],
          'hoàn thành kế hoạch kiểm tra năm 2026 của phường.'),
         ('Tổ chức hội nghị tuyên truyền cho hộ kinh doanh',
          ['Hội nghị: kỳ này 01 buổi; lũy kế từ đầu năm 02 buổi.',
           'Lượt người tham dự: kỳ này 65 lượt; lũy kế từ đầu năm 140 lượt.'],
          'đang tiếp tục thực hiện.'),
         ('Áp dụng ISO 9001:2015 tại UBND phường',
          ['Đã công bố lại hệ thống quản lý chất lượng sau khi sắp xếp (kỳ này không phát sinh số liệu).'],
          'đã hoàn thành.')],
        D, P, 'Lê Hoàng Phúc')
    key(f, '27028', 'Phường Phú Thạnh', '287/BC-UBND', '2026-10-25', [
        E('II.5.c', 'completed', 'Kiểm tra tại chợ, cửa hàng: lũy kế 06 cuộc, 37 cơ sở, 04 vi phạm, 7.000.000 đồng',
          inspections=6, establishments_inspected=37, violations=4, fines_vnd=7000000),
        E('II.1.a', 'in_progress', 'Hội nghị tuyên truyền hộ kinh doanh: lũy kế 02 buổi, 140 lượt', training_courses=2, participants=140),
        E('II.2.đ', 'completed', 'Công bố lại HTQLCL ISO 9001:2015 tại UBND phường'),
    ], D, P)

    # XLSX in the same hand
    f = 'phuong-tan-uyen-ct38-bieu.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'T10-2026'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'ỦY BAN NHÂN DÂN'; ws['A2'] = 'PHƯỜNG TÂN UYÊN'; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: 512/BC-UBND'
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = 'Tân Uyên, ngày 27 tháng 10 năm 2026'; ws['D3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (kỳ báo cáo tháng 10/2026)'
    ws['A5'].font = Font(bold=True); ws.merge_cells('A5:F5'); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nội dung', 'ĐVT', 'Kỳ này', 'Lũy kế từ đầu năm', 'Tình hình thực hiện']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    data = [
        ('1', 'Tuyên truyền trên loa truyền thanh, trang thông tin phường', None, None, None, 'Đang thực hiện'),
        ('', '- Tin, bài', 'tin', 2, 14, None),
        ('2', 'Kiểm tra đo lường, chất lượng tại chợ, hộ kinh doanh (phân cấp)', None, None, None, 'Đang thực hiện'),
        ('', '- Cuộc kiểm tra', 'cuộc', 1, 4, None),
        ('', '- Cơ sở được kiểm tra', 'cơ sở', 9, 32, None),
        ('', '- Cơ sở vi phạm', 'cơ sở', 0, 2, None),
        ('', '- Tiền phạt', 'đồng', 0, 3000000, None),
        ('3', 'Cử cán bộ tập huấn nghiệp vụ TĐC', None, None, None, 'Hoàn thành'),
        ('', '- Lượt cán bộ tham dự', 'lượt', 0, 3, None),
        ('4', 'Áp dụng ISO 9001 tại UBND phường', None, None, None, 'Chưa thực hiện (chờ hướng dẫn ISO điện tử)'),
    ]
    r = 8
    for row in data:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = B; c.alignment = Alignment(vertical='top', wrap_text=True)
            if row[0] and j <= 2: c.font = Font(bold=True)
            if isinstance(v, int) and v >= 1000: c.number_format = '#,##0'
        r += 1
    DT = ['Kinh phí cho công tác kiểm tra của phường chưa được bố trí riêng.']
    PT = ['Đề nghị Chi cục hướng dẫn quy trình áp dụng ISO điện tử cho UBND phường.']
    r += 1
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True); r += 1
    for x in DT: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for x in PT: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r + 1, 5, 'TM. ỦY BAN NHÂN DÂN'); ws.cell(r + 2, 5, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH'); ws.cell(r + 6, 5, 'Mai Thị Kim Ngân')
    for col, w in zip('ABCDEF', [5, 52, 8, 10, 16, 30]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f))
    key(f, '25888', 'Phường Tân Uyên', '512/BC-UBND', '2026-10-27', [
        E('II.1.a', 'in_progress', 'Tin, bài tuyên truyền: lũy kế 14', communications=14),
        E('II.5.c', 'in_progress', 'Kiểm tra tại chợ, hộ kinh doanh: lũy kế 4 cuộc, 32 cơ sở, 2 vi phạm, 3.000.000 đồng',
          inspections=4, establishments_inspected=32, violations=2, fines_vnd=3000000),
        E('II.3.a', 'completed', 'Cán bộ tham dự tập huấn: lũy kế 3 lượt', participants=3),
        E('II.2.đ', 'not_started', 'ISO 9001 tại UBND phường: chưa thực hiện'),
    ], DT, PT)

# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, src],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp, ignore_errors=True)

if __name__ == '__main__':
    make_a(); make_b(); make_c(); make_d(); make_e()
    for f in ('so-vhtt-bc-ct38.docx', 'so-tai-chinh-ct38-bieu.xlsx'):
        try:
            lo_resave(f)
        except Exception as ex:
            print('LibreOffice re-save failed for', f, ex)
    for f, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
        order = ['file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries', 'findings', 'difficulties', 'proposals']
        with open(os.path.join(TRUTH, f + '.json'), 'w', encoding='utf-8') as fh:
            json.dump({o: k[o] for o in order}, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
