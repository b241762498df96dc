# -*- coding: utf-8 -*-
"""Generator for set172: 16 progress reports (11-month / year-end 2026) in 4 hands."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)

def dots(n):
    return f"{n:,}".replace(',', '.')

def z(n):
    return f"{n:02d}"

# ---------------------------------------------------------------- helpers (docx)
def para(doc, text, bold=False, italic=False, align=None, size=None, font=None, indent=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if font: r.font.name = font
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    return p

def base_doc(size=13, font='Times New Roman'):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header_table(d, left_lines, right_lines, so, date_line):
    t = d.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ''
    p = c.paragraphs[0]
    for i, l in enumerate(left_lines):
        if i: p = c.add_paragraph()
        r = p.add_run(l); r.bold = (i == len(left_lines) - 1); r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); p = c.paragraphs[0]
    for i, l in enumerate(right_lines):
        if i: p = c.add_paragraph()
        r = p.add_run(l); r.bold = True; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, 0); c.text = so; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, 1); c.text = ''; r = c.paragraphs[0].add_run(date_line); r.italic = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

QH = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']

def simple_table(d, rows, widths=None, font='Arial', size=9, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j); cell.text = ''
            r = cell.paragraphs[0].add_run(str(v)); r.font.size = Pt(size); r.font.name = font
            if i == 0 and bold_first: r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t

def sign(d, lines, recv=None):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0); c.text = ''
    if recv:
        p = c.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
        for l in recv:
            p = c.add_paragraph(); r = p.add_run(l); r.font.size = Pt(10)
    c = t.cell(0, 1); c.text = ''
    p = c.paragraphs[0]
    for i, l in enumerate(lines):
        if i: p = c.add_paragraph()
        r = p.add_run(l); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- key writing
REPORTS = []

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    if status == 'rejected':
        entries, diffs, props = [], [], []
    REPORTS.append(dict(file=fname, status=status, reason=reason,
                        unit={'id': unit_id, 'name': unit_name},
                        document={'number': number, 'date': date},
                        entries=[dict(task=e[0], status=e[1], indicators=e[2], text=e[3]) for e in entries],
                        findings=[], difficulties=diffs, proposals=props))

# ================================================================ HAND 1
# Chuyên viên tổng hợp của Sở: long formal sentences, each task = one long paragraph
# opening "Về <own words>," ; status inside the sentence; after the paragraph a small
# table pasted from the Sở's own thematic report (Arial 9, caption "Nguồn: trích …",
# right-aligned "Đơn vị tính" line above it, columns "Chỉ tiêu | Kết quả | ĐVT").

def hand1(fname, unit_id, uname, parent, short, number, date_iso, place_date, recips, tasks, diffs, props, signer):
    d = base_doc(14)
    header_table(d, [parent, uname.upper()], QH, f'Số: {number}',
                 place_date)
    para(d, 'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', italic=True, size=11, indent=False)
    para(d, '')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c')
    para(d, f'Thực hiện Kế hoạch số 3815/KH-SKHCN ngày 20 tháng 01 năm 2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn số 4127/SKHCN-TĐC ngày 28 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện năm 2026, {short} báo cáo kết quả thực hiện 11 tháng năm 2026 như sau:', align='j')
    para(d, 'I. TÌNH HÌNH TRIỂN KHAI', bold=True, indent=False)
    para(d, f'Ngay sau khi nhận được Kế hoạch của Sở Khoa học và Công nghệ, Lãnh đạo {short} đã chỉ đạo các phòng chuyên môn, đơn vị trực thuộc căn cứ chức năng, nhiệm vụ được giao chủ động phối hợp triển khai các nội dung có liên quan; đồng thời lồng ghép các nội dung về tiêu chuẩn, đo lường, chất lượng vào kế hoạch công tác năm 2026 của ngành, bảo đảm thống nhất, không chồng chéo với các chương trình, kế hoạch khác đang triển khai trên địa bàn Thành phố.', align='j')
    para(d, 'II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐƯỢC GIAO', bold=True, indent=False)
    for i, (task, st, inds, text, tbl, src) in enumerate(tasks, 1):
        para(d, f'{i}. {text}', align='j')
        if tbl:
            para(d, 'Đơn vị tính: như cột ĐVT', italic=True, size=10, align='r', indent=False)
            simple_table(d, [['TT', 'Chỉ tiêu', 'Kết quả', 'ĐVT']] + [[str(k + 1)] + list(r) for k, r in enumerate(tbl)], widths=[1, 9, 3, 3])
            para(d, f'Nguồn: trích {src}', italic=True, size=9, indent=False)
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs:
        para(d, '- ' + x, align='j')
    para(d, 'IV. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props:
        para(d, '- ' + x, align='j')
    para(d, f'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {short}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.', align='j')
    sign(d, signer, recips)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, uname, number, date_iso,
        [(t[0], t[1], t[2], t[3][:160]) for t in tasks], diffs, props)


# ---- H1 / Sở Công Thương
hand1('SCT_BC_CT38_11T2026.docx', 'SO-CT', 'Sở Công Thương', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Công Thương',
      '2914/BC-SCT', '2026-11-18', 'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2026',
      ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Phòng QLTM, Phòng KTAT-MT;', '- Lưu: VT, QLTM.'],
      [('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 126, 'violations': 11, 'fines_vnd': 187500000},
        'Về công tác kiểm tra chất lượng hàng hóa lưu thông trên thị trường thuộc phạm vi quản lý của ngành Công Thương, trong 11 tháng năm 2026, Sở đã chủ trì và phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và lực lượng Quản lý thị trường tổ chức 14 cuộc kiểm tra đối với các cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG), hàng điện – điện tử và đồ chơi trẻ em, qua đó kiểm tra 126 cơ sở, phát hiện 11 cơ sở vi phạm về nhãn hàng hóa, đo lường và chất lượng, xử phạt vi phạm hành chính với tổng số tiền 187.500.000 đồng; hiện nay Sở đang tiếp tục triển khai kiểm tra cao điểm dịp cuối năm và Tết Nguyên đán Bính Ngọ theo kế hoạch.',
        [['Số cuộc kiểm tra (liên ngành và chuyên ngành)', '14', 'cuộc'], ['Số cơ sở được kiểm tra', '126', 'cơ sở'], ['Số cơ sở vi phạm', '11', 'cơ sở'], ['Tiền phạt VPHC', '187.500.000', 'đồng']],
        'Báo cáo số 2770/BC-SCT ngày 05/11/2026 về công tác kiểm tra chuyên ngành 10 tháng năm 2026'),
       ('II.2.e', 'completed', {'standards_reviewed': 6},
        'Về việc tham gia góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật, Sở đã hoàn thành việc góp ý 06 dự thảo quy chuẩn kỹ thuật quốc gia và tiêu chuẩn quốc gia thuộc lĩnh vực an toàn hóa chất, an toàn điện và xăng dầu theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ, bảo đảm đúng thời hạn yêu cầu.',
        [['Dự thảo QCVN, TCVN đã có ý kiến góp ý', '06', 'dự thảo']], 'Sổ theo dõi văn bản đi năm 2026 của Phòng Kỹ thuật an toàn – Môi trường'),
       ('II.6.a', 'completed', {'communications': 9, 'training_courses': 2, 'participants': 310},
        'Về việc cập nhật, phổ biến các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các hiệp định thương mại tự do mà Việt Nam tham gia, Sở đã phối hợp với Văn phòng TBT Thành phố tổ chức 02 hội nghị phổ biến cho khoảng 310 lượt doanh nghiệp tham dự và đăng tải 09 tin, bài trên Cổng thông tin điện tử của Sở; nội dung này đã thực hiện xong trong năm.',
        [['Hội nghị phổ biến cam kết TBT/FTA', '02', 'hội nghị'], ['Lượt đại biểu doanh nghiệp tham dự', '310', 'lượt'], ['Tin, bài đăng tải', '09', 'tin, bài']], 'Báo cáo số 2455/BC-SCT ngày 02/10/2026 về hội nhập kinh tế quốc tế 9 tháng'),
       ('II.2.đ', 'completed', {},
        'Về việc duy trì, cải tiến hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015, Sở đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp với danh mục thủ tục hành chính mới sau sắp xếp, thực hiện đánh giá nội bộ và xem xét của lãnh đạo theo quy định, đến nay đã hoàn thành nội dung này.', None, None),
       ('II.3.a', 'completed', {'participants': 8},
        'Về công tác bồi dưỡng, cập nhật kiến thức, Sở đã cử 08 công chức các phòng chuyên môn tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; việc cử cán bộ đã thực hiện đầy đủ theo đề nghị.', None, None)],
      ['Việc xác định sản phẩm, hàng hóa nhóm 2 thuộc trách nhiệm quản lý của nhiều bộ, ngành còn chồng chéo, gây khó khăn cho công tác kiểm tra liên ngành tại địa phương.',
       'Kinh phí lấy mẫu thử nghiệm phục vụ kiểm tra chất lượng hàng hóa còn hạn chế, chưa đáp ứng yêu cầu kiểm tra đột xuất.'],
      ['Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng cơ chế chia sẻ dữ liệu kết quả kiểm tra chất lượng hàng hóa giữa các sở, ngành trên nền tảng số của Thành phố.',
       'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kỹ thuật, cử chuyên gia tham gia các đoàn kiểm tra liên ngành đối với xăng dầu, LPG trong dịp cao điểm cuối năm.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Lê Thị Hồng Nhung'])

# ---- H1 / Sở Xây dựng
hand1('BC_So_Xay_dung_CT38_nam2026.docx', 'SO-XD', 'Sở Xây dựng', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Xây dựng',
      '8805/BC-SXD-KTXD', '2026-11-24', 'Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026',
      ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, KTXD (Th).'],
      [('II.2.e', 'in_progress', {'standards_reviewed': 4},
        'Về công tác xây dựng và góp ý tiêu chuẩn, quy chuẩn kỹ thuật trong lĩnh vực xây dựng, thực hiện đề nghị của Bộ Xây dựng và Sở Khoa học và Công nghệ, Sở đã có văn bản góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia, trong đó có QCVN về an toàn cháy cho nhà và công trình, QCVN về vật liệu xây dựng; đồng thời đang phối hợp rà soát đề xuất xây dựng quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật đô thị, dự kiến trình trong Quý I/2027, do đó nội dung này hiện đang được tiếp tục thực hiện.',
        [['Dự thảo quy chuẩn đã góp ý', '04', 'văn bản/dự thảo']], 'Báo cáo số 7912/BC-SXD ngày 15/10/2026 về công tác quản lý chất lượng công trình và vật liệu xây dựng'),
       ('II.5.a', 'completed', {'inspections': 3, 'establishments_inspected': 27, 'samples_tested': 18, 'violations': 2},
        'Về việc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông trên thị trường, Sở đã hoàn thành 03 đợt kiểm tra theo kế hoạch năm đối với 27 cơ sở sản xuất, kinh doanh xi măng, thép xây dựng, kính xây dựng và gạch ốp lát, lấy 18 mẫu sản phẩm gửi thử nghiệm, phát hiện 02 cơ sở chưa thực hiện công bố hợp quy theo quy định và đã chuyển hồ sơ đến cơ quan có thẩm quyền xử lý.',
        [['Đợt kiểm tra', '03', 'đợt'], ['Cơ sở được kiểm tra', '27', 'cơ sở'], ['Mẫu sản phẩm lấy thử nghiệm', '18', 'mẫu'], ['Cơ sở có vi phạm', '02', 'cơ sở']], 'Báo cáo số 7912/BC-SXD ngày 15/10/2026'),
       ('II.2.đ', 'completed', {},
        'Về hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, Sở đã hoàn thành việc cập nhật, mở rộng áp dụng cho các thủ tục hành chính được tiếp nhận sau khi hợp nhất, tổ chức đánh giá nội bộ năm 2026 vào tháng 9 và công bố lại theo quy định.', None, None),
       ('II.1.a', 'completed', {'training_courses': 1, 'participants': 145},
        'Về công tác phổ biến văn bản quy phạm pháp luật, Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng cho 145 đại biểu là doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng, nội dung này đã thực hiện xong.',
        [['Hội nghị phổ biến quy định', '01', 'hội nghị'], ['Đại biểu tham dự', '145', 'người']], 'Thông báo kết quả hội nghị số 6120/TB-SXD ngày 12/8/2026')],
      ['Số lượng tổ chức thử nghiệm vật liệu xây dựng được chỉ định còn ít, thời gian trả kết quả kéo dài ảnh hưởng đến tiến độ xử lý sau kiểm tra.'],
      ['Đề nghị Sở Khoa học và Công nghệ tổng hợp, kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn thống nhất về kiểm tra nhà nước đối với hàng hóa vật liệu xây dựng nhập khẩu sau khi Luật Chất lượng sản phẩm, hàng hóa sửa đổi có hiệu lực.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Phạm Văn Quyết'])

# ---- H1 / Sở GDĐT
hand1('SGDDT-baocao-CT38-2026.docx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Giáo dục và Đào tạo',
      '5217/BC-SGDĐT', '2026-11-20', 'Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026',
      ['- Như trên;', '- Giám đốc (để b/c);', '- Lưu: VT, KHTC.'],
      [('II.3.d', 'in_progress', {'training_courses': 3, 'participants': 420},
        'Về việc lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa, mã số mã vạch vào hoạt động đào tạo, bồi dưỡng, Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 buổi chuyên đề tại các trường trung cấp, cao đẳng trực thuộc với 420 lượt viên chức, giáo viên và học sinh, sinh viên tham dự; hiện các trường đang tiếp tục xây dựng nội dung ngoại khóa cho học kỳ II năm học 2026–2027.',
        [['Buổi chuyên đề tổ chức tại trường', '03', 'buổi'], ['Lượt người tham dự', '420', 'lượt']], 'Báo cáo số 4980/BC-SGDĐT ngày 30/10/2026 về giáo dục nghề nghiệp'),
       ('II.2.đ', 'completed', {},
        'Về việc áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở, Sở đã hoàn thành việc rà soát, cập nhật quy trình giải quyết thủ tục hành chính và tổ chức đánh giá nội bộ theo kế hoạch.', None, None),
       ('II.5.a', 'not_applicable', {},
        'Về việc phối hợp kiểm tra chất lượng sản phẩm, hàng hóa (thiết bị dạy học, đồ chơi trẻ em trong trường mầm non), trong kỳ báo cáo Sở không nhận được đề nghị phối hợp của cơ quan chủ trì nên nội dung này không phát sinh.', None, None),
       ('II.3.a', 'completed', {'participants': 5},
        'Về việc cử cán bộ tham gia tập huấn, Sở đã cử 05 công chức Phòng Kế hoạch – Tài chính và Văn phòng Sở tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức trong tháng 6/2026, đã hoàn thành.', None, None)],
      ['Chương trình đào tạo của các trường chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng; đội ngũ giảng viên có chuyên môn sâu về lĩnh vực này còn thiếu.'],
      ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ biên soạn tài liệu tham khảo ngắn gọn về tiêu chuẩn, đo lường, chất lượng dùng cho giáo dục nghề nghiệp.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Bảo Quốc'])


# ================================================================ HAND 2
# Chuyên viên "phụ lục": the body has no figures at all; each task is a short paragraph
# ending "(số liệu chi tiết tại Phụ lục, dòng A.n)"; landscape appendix table
# "Mục | Nội dung | Số lớp/hội nghị | Lượt người | Số cuộc KT | Số cơ sở | Vi phạm | Tiền phạt (triệu đồng) | Khác | Tình hình thực hiện"
# Status ONLY in the appendix's last column.  Money in triệu đồng with a decimal comma.

COLS2 = ['training_courses', 'participants', 'inspections', 'establishments_inspected', 'violations', 'fines_vnd']

def trieu(v):
    s = f"{v/1e6:.3f}".rstrip('0').rstrip('.')
    return s.replace('.', ',')

def hand2(fname, unit_id, uname, parent, short, number, date_iso, place_date, body_intro, tasks, diffs, props, signer, rejected=None, app_title='PHỤ LỤC SỐ LIỆU'):
    d = base_doc(13)
    header_table(d, [parent, uname.upper()], QH, f'Số: {number}', place_date)
    para(d, '')
    title = 'BÁO CÁO' if not rejected else 'BÁO CÁO'
    para(d, title, bold=True, align='c', size=14)
    para(d, body_intro[0], bold=True, align='c')
    para(d, '')
    for x in body_intro[1:]:
        para(d, x, align='j')
    for sec, items in tasks:
        para(d, sec, bold=True, indent=False)
        for it in items:
            para(d, it['body'], align='j')
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ', bold=True, indent=False)
    para(d, '1. Khó khăn, vướng mắc', italic=True, indent=False)
    for x in diffs: para(d, '- ' + x, align='j')
    para(d, '2. Kiến nghị, đề xuất', italic=True, indent=False)
    for x in props: para(d, '- ' + x, align='j')
    sign(d, signer, ['- Như trên;', '- Lưu: VT.'])
    # landscape appendix
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, app_title, bold=True, align='c')
    para(d, f'(Kèm theo Báo cáo số {number} ngày {date_iso[8:10]}/{date_iso[5:7]}/{date_iso[:4]})', italic=True, align='c')
    hdr = ['Mục', 'Nội dung', 'Số lớp/ hội nghị', 'Lượt người', 'Số cuộc KT', 'Số cơ sở được KT', 'Số vi phạm', 'Tiền phạt (triệu đồng)', 'Số liệu khác', 'Tình hình thực hiện']
    rows = [hdr, [f'({i})' for i in range(1, 11)]]
    for sec_, items in tasks:
        for it in items:
            if 'row' not in it: continue
            ind = it['ind']
            r = [it['row'], it['short']]
            for c in COLS2:
                if c not in ind: r.append('')
                elif c == 'fines_vnd': r.append(trieu(ind[c]))
                elif c == 'participants': r.append(dots(ind[c]))
                else: r.append(z(ind[c]))
            r.append(it.get('other', ''))
            r.append(it['stword'])
            rows.append(r)
    simple_table(d, rows, size=9, font='Times New Roman')
    para(d, 'Ghi chú: cột (9) ghi các số liệu không thuộc các cột (3)–(8).', italic=True, size=10, indent=False)
    d.save(os.path.join(OUT, fname))
    ents = []
    for sec_, items in tasks:
        for it in items:
            if it.get('task'):
                ents.append((it['task'], it['status'], it['ind'], it['body'][:160]))
    if rejected:
        key(fname, unit_id, uname, number, date_iso, [], diffs, props, status='rejected', reason=rejected)
    else:
        key(fname, unit_id, uname, number, date_iso, ents, diffs, props)

# ---- H2 / Sở Nội vụ
hand2('SNV_BC_KH38_2026.docx', 'SO-NV', 'Sở Nội vụ', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Nội vụ',
      '6031/BC-SNV', '2026-11-16', 'Thành phố Hồ Chí Minh, ngày 16 tháng 11 năm 2026',
      ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 15/11/2026)',
       'Căn cứ Công văn số 4127/SKHCN-TĐC ngày 28 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Nội vụ báo cáo các nội dung có liên quan đến chức năng, nhiệm vụ của Sở như sau:'],
      [('I. VỀ VIỆC ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG TRONG CƠ QUAN HÀNH CHÍNH', [
          dict(task='II.2.đ', status='in_progress', row='A.1', short='Theo dõi, kiểm tra việc áp dụng HTQLCL TCVN ISO 9001:2015 tại cơ quan hành chính', stword='Đang tiếp tục thực hiện',
               ind={'inspections': 5, 'establishments_inspected': 31}, other='',
               body='Trong năm, Sở Nội vụ đã lồng ghép nội dung kiểm tra việc duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 vào các đoàn kiểm tra công tác cải cách hành chính tại các sở, ngành và Ủy ban nhân dân phường, xã, đặc khu; kết quả kiểm tra được tổng hợp, thông báo đến từng cơ quan để khắc phục những tồn tại về việc cập nhật quy trình sau sắp xếp tổ chức bộ máy (số liệu chi tiết tại Phụ lục, dòng A.1).'),
       ]),
       ('II. VỀ THU HÚT, TRỌNG DỤNG CHUYÊN GIA VÀ KHEN THƯỞNG', [
          dict(task='II.3.c', status='completed', row='A.2', short='Thẩm định hồ sơ thu hút chuyên gia theo NQ 27/2023/NQ-HĐND, QĐ 05/2026/QĐ-UBND (lĩnh vực TĐC)', stword='Đã thực hiện xong',
               ind={}, other='02 hồ sơ',
               body='Sở đã phối hợp với Sở Khoa học và Công nghệ thẩm định hồ sơ đề nghị thu hút chuyên gia trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND, trình Ủy ban nhân dân Thành phố xem xét theo quy định (chi tiết tại Phụ lục, dòng A.2).'),
          dict(task='II.5.d', status='not_applicable', row='A.3', short='Khen thưởng tổ chức, cá nhân tố giác vi phạm về TĐC', stword='Không phát sinh trong kỳ',
               ind={}, other='',
               body='Đối với việc khen thưởng tổ chức, cá nhân có thành tích trong phát hiện, tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng, trong kỳ Sở chưa nhận được hồ sơ đề nghị của các cơ quan, đơn vị (Phụ lục, dòng A.3).'),
       ]),
       ('', [
          dict(task='II.3.a', status='completed', row='A.4', short='Phối hợp mở lớp bồi dưỡng kiến thức QLNN về TĐC cho công chức cấp xã', stword='Đã thực hiện xong',
               ind={'training_courses': 2, 'participants': 386}, other='',
               body='Bên cạnh đó, Sở đã đưa chuyên đề quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng vào chương trình bồi dưỡng công chức phường, xã, đặc khu năm 2026 và phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức các lớp bồi dưỡng theo kế hoạch (Phụ lục, dòng A.4).'),
       ])],
      ['Một số cơ quan sau sắp xếp chưa kịp cập nhật, công bố lại Hệ thống quản lý chất lượng, việc theo dõi gặp khó khăn do thay đổi đầu mối phụ trách.'],
      ['Đề nghị Sở Khoa học và Công nghệ phối hợp hướng dẫn chung về việc xây dựng, áp dụng Hệ thống quản lý chất lượng trên môi trường điện tử cho cấp xã.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trương Văn Lắm'])

# ---- H2 / Sở Tài chính
hand2('STC_baocao_CT38_11thang.docx', 'SO-TC', 'Sở Tài chính', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Tài chính',
      '10244/BC-STC-HCSN', '2026-11-26', 'Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026',
      ['Tình hình bố trí, sử dụng kinh phí và kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026',
       'Thực hiện đề nghị của Sở Khoa học và Công nghệ tại Công văn số 4127/SKHCN-TĐC ngày 28/10/2026, Sở Tài chính báo cáo như sau:'],
      [('I. VỀ BỐ TRÍ VÀ SỬ DỤNG KINH PHÍ', [
          dict(task='II.4.a', status='in_progress', row='1', short='Thẩm định, bố trí kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở KHCN', stword='Đang thực hiện, dự kiến giải ngân hết trước 31/12/2026',
               ind={'budget_spent_vnd': 4250000000}, other='Đã giải ngân: 4.250 triệu đồng',
               body='Sở Tài chính đã thẩm định và tham mưu Ủy ban nhân dân Thành phố bổ sung dự toán kinh phí mua sắm, hiện đại hóa trang thiết bị thử nghiệm, hiệu chuẩn cho Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng; việc giải ngân đến thời điểm báo cáo được thể hiện tại Phụ lục (mục 1).'),
          dict(task='II.4.b', status='completed', row='2', short='Kinh phí bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)', stword='Đã thực hiện xong',
               ind={'budget_spent_vnd': 286400000}, other='Đã giải ngân: 286,4 triệu đồng',
               body='Đối với kinh phí bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra, xử phạt vi phạm hành chính, Sở đã bố trí trong dự toán chi thường xuyên năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng và đơn vị đã sử dụng theo quy định (Phụ lục, mục 2).'),
       ]),
       ('II. VỀ HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG TẠI CƠ QUAN SỞ', [
          dict(task='II.2.đ', status='completed', row='3', short='Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Sở Tài chính', stword='Hoàn thành',
               ind={}, other='',
               body='Sở đã duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật các quy trình nội bộ trong lĩnh vực quản lý giá, quản lý công sản sau khi tiếp nhận chức năng từ Sở Kế hoạch và Đầu tư (Phụ lục, mục 3).'),
       ])],
      ['Một số khoản kinh phí mua sắm trang thiết bị chuyên dùng phải thực hiện theo quy trình đấu thầu kéo dài, khó giải ngân hết trong năm.'],
      ['Đề nghị Sở Khoa học và Công nghệ chỉ đạo các đơn vị trực thuộc khẩn trương hoàn thiện hồ sơ thanh toán, quyết toán để bảo đảm tỷ lệ giải ngân năm 2026.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Lâm Thị Ngọc Hoa'])

# ---- H2 / Phòng KT-PC (Sở's own unit)
hand2('PKTPC_bao_cao_KH38_nam_2026.docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH', 'Phòng Kiểm tra – Pháp chế',
      '118/BC-KTPC', '2026-11-17', 'Thành phố Hồ Chí Minh, ngày 17 tháng 11 năm 2026',
      ['Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       'Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nội dung được giao tại Kế hoạch, cụ thể như sau:'],
      [('I. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM', [
          dict(task='II.5.a', status='in_progress', row='B.1', short='Phối hợp kiểm tra TĐC đối với hàng hóa trong sản xuất, nhập khẩu, lưu thông', stword='Đang thực hiện (còn 02 cuộc tháng 12)',
               ind={'inspections': 9, 'establishments_inspected': 74, 'violations': 13, 'fines_vnd': 243750000}, other='',
               body='Phòng đã cử công chức tham gia các đoàn kiểm tra về tiêu chuẩn, đo lường, chất lượng do Chi cục chủ trì đối với mũ bảo hiểm, thép, đồ chơi trẻ em, phương tiện đo nhóm 2 trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; tham mưu Giám đốc Sở ban hành các quyết định xử phạt vi phạm hành chính theo thẩm quyền (Phụ lục, dòng B.1).'),
          dict(task='II.5.d', status='completed', row='B.2', short='Xử lý đơn thư, phản ánh về vi phạm TĐC', stword='Hoàn thành', ind={}, other='07 đơn, phản ánh',
               body='Phòng đã tiếp nhận, tham mưu xử lý dứt điểm các đơn thư, phản ánh liên quan đến hành vi gian lận đo lường, hàng hóa kém chất lượng; không có trường hợp tồn đọng (Phụ lục, dòng B.2).'),
       ]),
       ('II. CÔNG TÁC PHÁP CHẾ', [
          dict(task='II.2.c', status='in_progress', row='B.3', short='Góp ý dự thảo văn bản QPPL hướng dẫn Luật TC&QCKT, Luật CLSPHH (sửa đổi)', stword='Đang thực hiện', ind={}, other='05 dự thảo văn bản',
               body='Phòng đã phối hợp với Chi cục rà soát, góp ý các dự thảo nghị định, thông tư hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Bộ Khoa học và Công nghệ (Phụ lục, dòng B.3).'),
          dict(task='II.4.b', status='not_started', row='B.4', short='Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021', stword='Chưa triển khai – chuyển sang Quý I/2027', ind={}, other='',
               body='Việc rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ phát hiện vi phạm hành chính theo Nghị định số 135/2021/NĐ-CP chưa được thực hiện do chờ hướng dẫn mới của Bộ Công an (Phụ lục, dòng B.4).'),
       ])],
      ['Lực lượng công chức làm công tác kiểm tra còn mỏng trong khi địa bàn sau hợp nhất rộng, số lượng cơ sở kinh doanh tăng nhiều.',
       'Một số cơ sở vi phạm đã ngừng kinh doanh hoặc thay đổi địa điểm, khó khăn trong việc thi hành quyết định xử phạt.'],
      ['Đề nghị Ban Giám đốc Sở xem xét bổ sung biên chế công chức làm công tác kiểm tra cho Phòng và Chi cục.'],
      ['TRƯỞNG PHÒNG', '', '', 'Đỗ Thanh Tùng'])

# ---- H2 / Sở An toàn thực phẩm (MISTAKEN: food-safety report)
hand2('SATTP_BC_11thang_2026.docx', 'SO-ATTP', 'Sở An toàn thực phẩm', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở An toàn thực phẩm',
      '3390/BC-SATTP', '2026-11-19', 'Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2026',
      ['Kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026 và kế hoạch Tết Nguyên đán Bính Ngọ 2027',
       'Thực hiện Kế hoạch số 215/KH-BCĐ ngày 12/01/2026 của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố, Sở An toàn thực phẩm báo cáo kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026 như sau:'],
      [('I. CÔNG TÁC THANH TRA, KIỂM TRA AN TOÀN THỰC PHẨM', [
          dict(row='C.1', short='Thanh tra, kiểm tra cơ sở sản xuất, kinh doanh thực phẩm', stword='Đang thực hiện', ind={'inspections': 412, 'establishments_inspected': 5318, 'violations': 287, 'fines_vnd': 3126000000}, other='',
               body='Trong 11 tháng năm 2026, Sở đã tổ chức thanh tra, kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống, bếp ăn tập thể trên địa bàn Thành phố, tập trung vào các mặt hàng có nguy cơ cao (Phụ lục, dòng C.1).'),
          dict(row='C.2', short='Giám sát mẫu thực phẩm tại chợ, siêu thị', stword='Đang thực hiện', ind={}, other='2.146 mẫu',
               body='Công tác giám sát mối nguy ô nhiễm thực phẩm tại các chợ đầu mối, siêu thị được duy trì thường xuyên (Phụ lục, dòng C.2).'),
       ]),
       ('II. CÔNG TÁC PHÒNG NGỪA NGỘ ĐỘC THỰC PHẨM', [
          dict(row='C.3', short='Truyền thông phòng chống ngộ độc thực phẩm', stword='Hoàn thành', ind={'training_courses': 36, 'participants': 4120}, other='',
               body='Sở đã tổ chức các hội nghị, lớp tập huấn kiến thức an toàn thực phẩm cho người sản xuất, chế biến, kinh doanh thực phẩm và người quản lý bếp ăn tập thể trường học (Phụ lục, dòng C.3).'),
       ])],
      ['Tình trạng kinh doanh thực phẩm không rõ nguồn gốc trên mạng xã hội diễn biến phức tạp, khó kiểm soát.'],
      ['Đề nghị Ban Chỉ đạo liên ngành tăng cường phối hợp kiểm tra thực phẩm dịp Tết Nguyên đán Bính Ngọ 2027.'],
      ['GIÁM ĐỐC', '', '', 'Phạm Khánh Phong Lan'],
      rejected='Không phải báo cáo Kế hoạch Chỉ thị 38 (báo cáo công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026)')


# ================================================================ HAND 3  (Excel)
# Kế toán / chuyên viên tổng hợp Excel: one row per PRODUCT ("Sản phẩm đầu ra") under a
# task row; numeric cells as real numbers with a "#,##0" format; columns
# "STT | Nội dung công việc | Sản phẩm, kết quả | ĐVT | Số lượng 11T | Ước cả năm | Tình hình thực hiện | Ghi chú";
# "Ước cả năm" is an estimate (not keyed); a second sheet "KK_KN" with the difficulties.
# Header block in the first rows, date as a real Excel date in a cell labelled "Ngày báo cáo:".
import datetime as dt

thin = Side(style='thin'); BRD = Border(left=thin, right=thin, top=thin, bottom=thin)
IND_LABEL = {
    'training_courses': ('Lớp tập huấn/hội nghị đã tổ chức', 'lớp'),
    'participants': ('Lượt người tham dự', 'lượt'),
    'communications': ('Tin, bài, tài liệu tuyên truyền', 'tin/bài'),
    'enterprises_supported': ('Doanh nghiệp được hỗ trợ, hướng dẫn', 'DN'),
    'inspections': ('Cuộc kiểm tra', 'cuộc'),
    'establishments_inspected': ('Cơ sở được kiểm tra', 'cơ sở'),
    'violations': ('Cơ sở vi phạm', 'cơ sở'),
    'fines_vnd': ('Tiền xử phạt VPHC', 'đồng'),
    'samples_tested': ('Mẫu sản phẩm lấy thử nghiệm/khảo sát', 'mẫu'),
    'instruments_verified': ('Phương tiện đo được kiểm định/hiệu chuẩn', 'PTĐ'),
    'standards_reviewed': ('Dự thảo TCVN/QCVN đã góp ý, xây dựng', 'dự thảo'),
    'budget_spent_vnd': ('Kinh phí đã giải ngân', 'đồng'),
}

def hand3(fname, unit_id, uname, parent, number, date_iso, tasks, diffs, props, signer, est=1.1, rejected=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC 11 thang'
    ws['A1'] = parent; ws['A2'] = uname.upper(); ws['A2'].font = Font(bold=True)
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + number
    ws['F3'] = 'Ngày báo cáo:'
    y, m, dd = map(int, date_iso.split('-'))
    ws['G3'] = dt.date(y, m, dd); ws['G3'].number_format = 'dd/mm/yyyy'
    ws['A5'] = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=12)
    ws['A6'] = '(Số liệu 11 tháng: từ 01/01/2026 đến 15/11/2026; cột "Ước cả năm" là số ước tính đến 31/12/2026)'
    ws['A6'].font = Font(italic=True)
    hdr = ['STT', 'Nội dung công việc', 'Sản phẩm, kết quả', 'ĐVT', 'Số lượng 11 tháng', 'Ước cả năm', 'Tình hình thực hiện', 'Ghi chú']
    r = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BRD; c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    r += 1
    ents = []
    for i, t in enumerate(tasks, 1):
        task, st, inds, name, stword, note = t
        ws.cell(r, 1, i); ws.cell(r, 2, name); ws.cell(r, 7, stword); ws.cell(r, 8, note)
        for j in range(1, 9):
            ws.cell(r, j).border = BRD; ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(r, 2).font = Font(bold=True)
        if not inds:
            ws.cell(r, 3, '—')
        r += 1
        for k, v in inds.items():
            lab, u = IND_LABEL[k]
            ws.cell(r, 2, ''); ws.cell(r, 3, '- ' + lab); ws.cell(r, 4, u)
            ws.cell(r, 5, v); ws.cell(r, 5).number_format = '#,##0'
            if k not in ('fines_vnd', 'budget_spent_vnd'):
                ws.cell(r, 6, max(v, round(v * est)))
            else:
                ws.cell(r, 6, v)
            ws.cell(r, 6).number_format = '#,##0'
            for j in range(1, 9): ws.cell(r, j).border = BRD
            r += 1
        ents.append((task, st, inds, name))
    r += 1
    ws.cell(r, 2, 'Khó khăn, vướng mắc và đề xuất: xem sheet "KK_KN".').font = Font(italic=True)
    r += 2
    for l in signer:
        ws.cell(r, 6, l).font = Font(bold=True); r += 1
    for col, w in zip('ABCDEFGH', [6, 42, 38, 9, 12, 11, 24, 26]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet('KK_KN')
    ws2['A1'] = 'I. Khó khăn, vướng mắc'; ws2['A1'].font = Font(bold=True)
    rr = 2
    for x in diffs:
        ws2.cell(rr, 1, rr - 1); ws2.cell(rr, 2, x); rr += 1
    ws2.cell(rr, 1, 'II. Đề xuất, kiến nghị').font = Font(bold=True); rr += 1
    for k, x in enumerate(props, 1):
        ws2.cell(rr, 1, k); ws2.cell(rr, 2, x); rr += 1
    ws2.column_dimensions['B'].width = 110
    wb.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, unit_id, uname, number, date_iso, [], diffs, props, status='rejected', reason=rejected)
    else:
        key(fname, unit_id, uname, number, date_iso, ents, diffs, props)

hand3('ChiCucTDC_Bieu_KQ_CT38_11T2026.xlsx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', '1726/BC-TĐC', '2026-11-23',
      [('II.1.a', 'completed', {'training_courses': 6, 'participants': 742}, 'Tập huấn văn bản QPPL về TĐC cho tổ chức, DN; tọa đàm với DN nhập khẩu', 'Hoàn thành', 'Tọa đàm DN nhập khẩu tổ chức 24/9/2026'),
       ('II.1.b', 'completed', {'enterprises_supported': 23, 'communications': 12}, 'Tuyên truyền, vận động DN tham dự Giải thưởng Chất lượng Quốc gia', 'Hoàn thành', ''),
       ('II.2.a', 'in_progress', {'enterprises_supported': 41, 'budget_spent_vnd': 1185000000}, 'Chương trình 1322, KH 36, Đề án 996, Đề án 100 (năng suất, đo lường, truy xuất nguồn gốc)', 'Đang thực hiện', 'Nghiệm thu các nhiệm vụ hỗ trợ trong tháng 12'),
       ('II.2.b', 'completed', {'enterprises_supported': 9}, 'Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia 2026', 'Hoàn thành', '09 hồ sơ DN đã đánh giá, đề xuất Hội đồng Quốc gia'),
       ('II.2.e', 'in_progress', {'standards_reviewed': 17}, 'Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP', 'Đang thực hiện', 'Dự thảo QCĐP đang lấy ý kiến'),
       ('II.2.h', 'completed', {}, 'Kết nối Cổng một cửa quốc gia – kiểm tra nhà nước hàng nhập khẩu', 'Hoàn thành', 'Đã kết nối từ Quý I'),
       ('II.3.a', 'completed', {'training_courses': 4, 'participants': 356}, 'Tập huấn nghiệp vụ TĐC cho công chức Sở, ngành, UBND phường, xã, đặc khu', 'Hoàn thành', ''),
       ('II.5.a', 'in_progress', {'inspections': 22, 'establishments_inspected': 168, 'violations': 19, 'fines_vnd': 412300000}, 'Kiểm tra nhà nước về TĐC đối với hàng hóa sản xuất, nhập khẩu, lưu thông', 'Đang thực hiện', 'Còn 03 cuộc theo KH tháng 12'),
       ('II.5.b', 'completed', {'samples_tested': 96}, 'Khảo sát chất lượng sản phẩm, hàng hóa', 'Hoàn thành', 'Xăng E5, mũ bảo hiểm, đồ chơi'),
       ('II.6.b', 'not_applicable', {}, 'Phối hợp Ủy ban TĐC Quốc gia, APO về năng suất khu vực công', 'Không phát sinh', 'Chưa có yêu cầu')],
      ['Kinh phí năm 2026 giao muộn, nhiều nhiệm vụ hỗ trợ doanh nghiệp chỉ triển khai được từ Quý III.',
       'Số lượng công chức thực hiện kiểm tra ít so với địa bàn Thành phố sau hợp nhất.',
       'Một số Sở, ngành, phường chậm gửi báo cáo, ảnh hưởng đến công tác tổng hợp.'],
      ['Đề nghị Sở bố trí kinh phí năm 2027 sớm ngay từ đầu năm để chủ động triển khai.',
       'Đề nghị Sở có văn bản đôn đốc các Sở, ngành, UBND phường, xã, đặc khu gửi báo cáo đúng hạn.'],
      ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', '', '', 'Huỳnh Ngọc Thạch'])

hand3('TTPTTN_KQ_KH38_2026.xlsx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', '642/BC-TTPTTN', '2026-11-21',
      [('II.4.a', 'in_progress', {'budget_spent_vnd': 3968000000}, 'Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, hiệu chuẩn', 'Đang thực hiện', 'Gói thầu số 3 đang lắp đặt'),
       ('II.4.c', 'completed', {'instruments_verified': 38}, 'Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia', 'Hoàn thành', 'Chuẩn chính đã hiệu chuẩn tại Viện Đo lường VN'),
       ('II.2.g', 'in_progress', {'instruments_verified': 48215, 'enterprises_supported': 1260}, 'Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ DN', 'Đang thực hiện', 'Số PTĐ kiểm định, hiệu chuẩn cho khách hàng'),
       ('II.5.b', 'completed', {'samples_tested': 96}, 'Phối hợp thử nghiệm mẫu khảo sát chất lượng cho Chi cục TĐC', 'Hoàn thành', '')],
      ['Thiết bị thử nghiệm một số lĩnh vực đã cũ, chi phí bảo trì lớn.'],
      ['Đề nghị Sở ưu tiên bố trí vốn đầu tư công giai đoạn 2026–2030 cho phòng thử nghiệm vật liệu và điện – điện tử.'],
      ['GIÁM ĐỐC', '', '', 'Võ Thị Thu Sương'])

hand3('SYT_bieu_CT38_nam2026.xlsx', 'SO-YT', 'Sở Y tế', 'ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', '7731/BC-SYT', '2026-11-25',
      [('II.2.e', 'completed', {'standards_reviewed': 5}, 'Góp ý dự thảo QCVN, TCVN lĩnh vực trang thiết bị y tế, dược', 'Hoàn thành', ''),
       ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 58, 'violations': 4, 'fines_vnd': 96000000}, 'Phối hợp kiểm tra chất lượng trang thiết bị y tế, phương tiện đo dùng trong y tế', 'Đang thực hiện', 'Phối hợp Chi cục TĐC'),
       ('II.2.đ', 'completed', {}, 'Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở', 'Hoàn thành', ''),
       ('II.3.a', 'completed', {'participants': 12}, 'Cử công chức tham dự tập huấn nghiệp vụ TĐC', 'Hoàn thành', '')],
      ['Việc kiểm định phương tiện đo trong y tế (huyết áp kế, nhiệt kế y học) tại các cơ sở tư nhân chưa được thực hiện đầy đủ.'],
      ['Đề nghị Chi cục TĐC phối hợp tập huấn quy định về đo lường trong y tế cho các cơ sở khám bệnh, chữa bệnh tư nhân.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Văn Vĩnh Châu'])

hand3('SVHTT_KQ_CT38_2026.xlsx', 'SO-VHTT', 'Sở Văn hóa và Thể thao', 'ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', '4812/BC-SVHTT', '2026-11-27',
      [('II.1.b', 'completed', {'communications': 14}, 'Chỉ đạo cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền Giải thưởng Chất lượng Quốc gia', 'Hoàn thành', ''),
       ('II.2.đ', 'in_progress', {}, 'Cập nhật HTQLCL TCVN ISO 9001:2015 sau tiếp nhận TTHC', 'Đang thực hiện', 'Dự kiến công bố lại tháng 12/2026'),
       ('II.5.a', 'not_applicable', {}, 'Phối hợp kiểm tra chất lượng dụng cụ thể thao, thiết bị vui chơi', 'Không phát sinh', 'Không có đề nghị phối hợp')],
      ['Kinh phí dành cho tuyên truyền chuyên đề tiêu chuẩn, đo lường, chất lượng không được bố trí riêng.'],
      ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, nội dung tuyên truyền để các đơn vị đăng tải.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trần Thế Thuận'])

hand1('SNNMT_BC_KH38_11thang_2026.docx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Nông nghiệp và Môi trường',
      '9120/BC-SNNMT', '2026-11-22', 'Thành phố Hồ Chí Minh, ngày 22 tháng 11 năm 2026',
      ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Chi cục Trồng trọt và BVTV;', '- Chi cục Chăn nuôi và Thú y;', '- Lưu: VT, KHTC.'],
      [('II.5.b', 'completed', {'samples_tested': 215},
        'Về việc giám sát chất lượng vật tư nông nghiệp lưu thông trên thị trường, căn cứ kế hoạch giám sát năm 2026 đã được phê duyệt, các Chi cục chuyên ngành trực thuộc Sở đã hoàn thành việc lấy 215 mẫu phân bón, thức ăn chăn nuôi, giống cây trồng tại các cơ sở sản xuất, kinh doanh trên địa bàn Thành phố để phân tích các chỉ tiêu chất lượng, kết quả phân tích đã được thông báo đến các cơ quan có liên quan để phối hợp quản lý.',
        [['Mẫu phân bón', '92', 'mẫu'], ['Mẫu thức ăn chăn nuôi', '78', 'mẫu'], ['Mẫu giống cây trồng', '45', 'mẫu'], ['Tổng cộng', '215', 'mẫu']],
        'Báo cáo số 8544/BC-SNNMT ngày 31/10/2026 về công tác quản lý chất lượng vật tư nông nghiệp 10 tháng'),
       ('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 94, 'violations': 7, 'fines_vnd': 158000000},
        'Về công tác kiểm tra chất lượng vật tư nông nghiệp, Sở đã tổ chức 08 cuộc kiểm tra chuyên ngành đối với 94 cơ sở sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật và thức ăn chăn nuôi, phát hiện 07 cơ sở vi phạm, ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 158.000.000 đồng; hiện Sở đang tiếp tục thực hiện các cuộc kiểm tra còn lại theo kế hoạch năm.',
        [['Số cuộc kiểm tra', '08', 'cuộc'], ['Số cơ sở được kiểm tra', '94', 'cơ sở'], ['Số cơ sở vi phạm', '07', 'cơ sở'], ['Số tiền xử phạt', '158.000.000', 'đồng']],
        'Báo cáo số 8544/BC-SNNMT ngày 31/10/2026'),
       ('II.2.a', 'in_progress', {'enterprises_supported': 16},
        'Về việc triển khai hệ thống truy xuất nguồn gốc nông sản theo Đề án 100, Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn 16 hợp tác xã, doanh nghiệp nông nghiệp cập nhật thông tin sản phẩm lên hệ thống truy xuất nguồn gốc của Thành phố, nội dung này đang được tiếp tục triển khai đối với các sản phẩm OCOP.', None, None),
       ('II.2.e', 'completed', {'standards_reviewed': 3},
        'Về việc góp ý dự thảo quy chuẩn kỹ thuật quốc gia, Sở đã hoàn thành việc góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực phân bón, thức ăn chăn nuôi và chất lượng nước thải theo đề nghị của Bộ Nông nghiệp và Môi trường.', None, None)],
      ['Nhiều hợp tác xã quy mô nhỏ chưa đủ điều kiện áp dụng hệ thống truy xuất nguồn gốc điện tử.'],
      ['Đề nghị Sở Khoa học và Công nghệ phối hợp hỗ trợ kinh phí mã số, mã vạch cho hợp tác xã nông nghiệp.'],
      ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Hoàng Thanh Tâm'])

# ward in Excel (H3)
hand3('PhuongPhuThanh_bieu_CT38.xlsx', '27028', 'Phường Phú Thạnh', 'ỦY BAN NHÂN DÂN PHƯỜNG PHÚ THẠNH', '215/BC-UBND', '2026-11-15',
      [('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 7500000}, 'Kiểm tra đo lường tại chợ, cửa hàng xăng dầu trên địa bàn (nội dung phân quyền)', 'Đang thực hiện', 'Chợ Phú Thạnh, chợ Tân Hương'),
       ('II.3.a', 'completed', {'participants': 3}, 'Cử cán bộ dự tập huấn QLNN về TĐC', 'Hoàn thành', 'Phòng Kinh tế'),
       ('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015 tại bộ phận một cửa phường', 'Hoàn thành', '')],
      ['Phường chưa có cân đối chứng tại các chợ, người dân khó tự kiểm tra.'],
      ['Đề nghị Chi cục TĐC hỗ trợ trang bị cân đối chứng cho chợ Phú Thạnh và chợ Tân Hương.'],
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Lê Quang Vinh'])


# ================================================================ HAND 4
# Công chức Phòng Kinh tế phường/xã: a plain letter in Times 13; numbering "1-, 2-, 3-";
# every item = "Nội dung: …" then "Phường đã: …" with figures in parentheses after the noun
# ("kiểm tra (04) cơ sở"), money in words-and-digits "2 triệu 500 nghìn đồng";
# status in a separate line "Tự nhận xét tiến độ: …"; difficulties and proposals in one
# combined numbered list "Khó khăn – đề xuất" with labels "(KK)" / "(ĐX)".

def hand4(fname, unit_id, uname, number, date_iso, place_date, intro, items, diffs, props, signer, rejected=None, title='BÁO CÁO'):
    d = base_doc(13)
    header_table(d, ['ỦY BAN NHÂN DÂN', uname.upper()], QH, f'Số: {number}', place_date)
    para(d, title, bold=True, align='c')
    para(d, intro[0], bold=True, align='c')
    para(d, '__________', align='c')
    for x in intro[1:]: para(d, x, align='j')
    for i, it in enumerate(items, 1):
        para(d, f'{i}- {it["name"]}', bold=True, indent=False)
        lead = uname.split(' ')[0] if not uname.startswith('Đặc khu') else 'Đặc khu'
        para(d, lead + ' đã: ' + it['body'], align='j')
        if it.get('stline'):
            p = para(d, 'Tự nhận xét tiến độ: ' + it['stline'], italic=True)
    para(d, f'{len(items) + 1}- Khó khăn – đề xuất', bold=True, indent=False)
    n = 1
    for x in diffs:
        para(d, f'({n}) (KK) {x}', align='j'); n += 1
    for x in props:
        para(d, f'({n}) (ĐX) {x}', align='j'); n += 1
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + uname + './.', align='j')
    sign(d, signer, ['- Sở KH&CN (Chi cục TĐC);', '- TT.UBND phường;', '- Lưu: VT, KT.'])
    d.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, unit_id, uname, number, date_iso, [], diffs, props, status='rejected', reason=rejected)
    else:
        key(fname, unit_id, uname, number, date_iso,
            [(it['task'], it['status'], it['ind'], it['body'][:160]) for it in items], diffs, props)

hand4('UBND_HoaLoi_BC_CT38_nam2026.docx', '25849', 'Phường Hòa Lợi', '398/BC-UBND', '2026-11-20',
      'Hòa Lợi, ngày 20 tháng 11 năm 2026',
      ['Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường',
       'Thực hiện Công văn số 4127/SKHCN-TĐC ngày 28/10/2026 của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Hòa Lợi báo cáo kết quả thực hiện từ đầu năm đến ngày 15/11/2026 như sau:'],
      [dict(task='II.5.c', status='in_progress', ind={'inspections': 5, 'establishments_inspected': 42, 'violations': 4, 'fines_vnd': 9500000},
            name='Kiểm tra đo lường, nhãn hàng hóa tại chợ và cửa hàng trên địa bàn',
            body='thành lập Tổ kiểm tra liên ngành của phường, tổ chức (05) cuộc kiểm tra về đo lường, nhãn hàng hóa tại chợ Hòa Lợi, các cửa hàng tạp hóa và cửa hàng kinh doanh vàng trang sức; kiểm tra tổng cộng (42) cơ sở, phát hiện (04) cơ sở vi phạm (sử dụng cân không được kiểm định, hàng hóa không ghi nhãn), xử phạt vi phạm hành chính tổng số tiền 9 triệu 500 nghìn đồng.',
            stline='đang tiếp tục làm, tháng 12 kiểm tra thêm đợt Tết.'),
       dict(task='II.3.a', status='completed', ind={'participants': 4}, name='Tham gia tập huấn nghiệp vụ',
            body='cử (04) công chức Phòng Kinh tế và Văn phòng HĐND-UBND tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 7/2026.',
            stline='xong.'),
       dict(task='II.2.đ', status='in_progress', ind={}, name='Hệ thống quản lý chất lượng ISO tại UBND phường',
            body='rà soát lại các quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 sau khi sắp xếp; đang phối hợp đơn vị tư vấn xây dựng lại bộ quy trình cho phù hợp với Trung tâm Phục vụ hành chính công phường.',
            stline='đang làm, dự kiến công bố trong tháng 12/2026.'),
       dict(task='II.5.d', status='unknown', ind={}, name='Tiếp nhận phản ánh của người dân',
            body='tiếp nhận và chuyển Chi cục TĐC xử lý 01 phản ánh của người dân về việc cân thiếu khối lượng tại chợ Hòa Lợi; việc xử lý do Chi cục thực hiện.',
            stline='')],
      ['Phường không có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc.',
       'Chưa có kinh phí để mua cân đối chứng đặt tại chợ.'],
      ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn chuyên sâu về kiểm tra đo lường cho công chức phường.'],
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Thị Bích Liên'])

hand4('CD_ConDao_BC_TDC_2026.docx', '26732', 'Đặc khu Côn Đảo', '186/BC-UBND', '2026-11-28',
      'Côn Đảo, ngày 28 tháng 11 năm 2026',
      ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
       'Thực hiện Công văn số 4127/SKHCN-TĐC ngày 28/10/2026 của Sở Khoa học và Công nghệ; Ủy ban nhân dân đặc khu Côn Đảo báo cáo như sau:'],
      [dict(task='II.5.c', status='completed', ind={'inspections': 2, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 2500000},
            name='Kiểm tra cửa hàng xăng dầu và cơ sở kinh doanh hàng đóng gói sẵn',
            body='phối hợp Đội Quản lý thị trường tổ chức (02) cuộc kiểm tra tại (15) cơ sở, gồm 03 cửa hàng xăng dầu và 12 cơ sở kinh doanh hàng đóng gói sẵn phục vụ du lịch; phát hiện (01) cơ sở vi phạm về ghi nhãn, xử phạt 2 triệu 500 nghìn đồng.',
            stline='đã làm xong theo kế hoạch năm của đặc khu.'),
       dict(task='II.3.a', status='completed', ind={'participants': 2}, name='Cử cán bộ dự tập huấn',
            body='cử (02) công chức tham dự tập huấn trực tuyến về quản lý nhà nước tiêu chuẩn, đo lường, chất lượng.',
            stline='xong.'),
       dict(task='II.1.a', status='not_started', ind={}, name='Phổ biến văn bản pháp luật về TĐC cho hộ kinh doanh',
            body='xây dựng nội dung phổ biến văn bản pháp luật về đo lường, nhãn hàng hóa cho hộ kinh doanh nhưng chưa tổ chức được hội nghị do điều kiện thời tiết, giao thông ra đảo.',
            stline='chưa làm được, chuyển sang năm 2027.')],
      ['Việc đi lại giữa đất liền và đặc khu phụ thuộc thời tiết, các đoàn kiểm tra của Chi cục khó bố trí lịch.'],
      ['Đề nghị Chi cục TĐC tổ chức tập huấn trực tuyến riêng cho công chức đặc khu và hỗ trợ kiểm định cân tại chợ Côn Đảo.'],
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Lê Văn Phong'])

# MISTAKEN: Xã Phú Giáo sends its digital-transformation report
hand4('XaPhuGiao_BC_11thang.docx', '25858', 'Xã Phú Giáo', '512/BC-UBND', '2026-11-18',
      'Phú Giáo, ngày 18 tháng 11 năm 2026',
      ['Kết quả thực hiện nhiệm vụ chuyển đổi số, phát triển chính quyền số năm 2026',
       'Thực hiện Kế hoạch số 36/KH-UBND ngày 15/01/2026 của UBND xã về chuyển đổi số năm 2026 và đề nghị của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Phú Giáo báo cáo như sau:'],
      [dict(task=None, status=None, ind={}, name='Hạ tầng số và dịch vụ công trực tuyến',
            body='duy trì hệ thống mạng nội bộ, kết nối mạng chuyên dùng; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 87%, tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt 92%.',
            stline='đang làm.'),
       dict(task=None, status=None, ind={}, name='Tổ công nghệ số cộng đồng',
            body='kiện toàn (14) Tổ công nghệ số cộng đồng ở các ấp, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và thanh toán không dùng tiền mặt.',
            stline='xong.'),
       dict(task=None, status=None, ind={}, name='Đào tạo kỹ năng số',
            body='tổ chức (03) lớp bồi dưỡng kỹ năng số cho cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng với (168) lượt người tham dự.',
            stline='xong.')],
      ['Hạ tầng mạng tại một số ấp vùng xa chưa ổn định.'],
      ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho bộ phận một cửa của xã.'],
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Văn Hiếu'],
      rejected='Không phải báo cáo Kế hoạch Chỉ thị 38 (báo cáo chuyển đổi số, chính quyền số năm 2026 của xã)')

# ---------------------------------------------------------------- LibreOffice re-save
LO = ['PhuongPhuThanh_bieu_CT38.xlsx', 'SNV_BC_KH38_2026.docx']
tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
for f in LO:
    ext = f.rsplit('.', 1)[1]
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, f)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
shutil.rmtree(tmp)

# ---------------------------------------------------------------- keys
for rep in REPORTS:
    p = os.path.join(OUT, rep['file'])
    rep['sha256'] = hashlib.sha256(open(p, 'rb').read()).hexdigest()
    order = ['file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries', 'findings', 'difficulties', 'proposals']
    with open(os.path.join(TR, rep['file'] + '.json'), 'w', encoding='utf-8') as fh:
        json.dump({k: rep[k] for k in order}, fh, ensure_ascii=False, indent=2)
print(len(REPORTS), 'files')
