# -*- coding: utf-8 -*-
"""Generator for set75: ward/commune reports written from copied templates.
Hands: A (Hiếu, xã, DOCX, 'Năm 2025 / Năm 2026' pair lines), B (Dung, phường, XLSX,
neighbour's filled sheet left first), C (Trí, phường, DOCX, last quarter's report with
bracketed '(Cập nhật đến …)' updates), D (Hạnh, xã, stacked differently-shaped tables
+ 'Tự đánh giá' table)."""
import json, os, hashlib, shutil, subprocess, tempfile
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


def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit[0], 'name': unit[1]},
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def newdoc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header(d, left_lines, number_line, place_date):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ''
    p = l.paragraphs[0]
    for i, ln in enumerate(left_lines):
        if i: p = l.add_paragraph()
        run = p.add_run(ln); run.bold = (i == len(left_lines) - 1)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = l.add_paragraph(number_line); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.paragraphs[0]; p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); p.add_run('Độc lập - Tự do - Hạnh phúc').bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); p.add_run(place_date).italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()


def para(d, text, bold=False, italic=False, center=False, indent=True, size=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def runs(d, parts, indent=True):
    p = d.add_paragraph()
    for txt, fmt in parts:
        r = p.add_run(txt)
        r.bold = 'b' in fmt; r.italic = 'i' in fmt; r.underline = 'u' in fmt
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def signature(d, noi_nhan, chuc, ten):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    p = l.paragraphs[0]; rr = p.add_run('Nơi nhận:'); rr.bold = True; rr.italic = True; rr.font.size = Pt(11)
    for n in noi_nhan:
        q = l.add_paragraph(); x = q.add_run(n); x.font.size = Pt(11)
    p = r.paragraphs[0]
    for i, c in enumerate(chuc):
        if i: p = r.add_paragraph()
        p.add_run(c).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3): r.add_paragraph()
    p = r.add_paragraph(); p.add_run(ten).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ================================================================= HAND A (Hiếu)
# Copied the xã's 2025 report; under each item he keeps "- Năm 2025: …" and adds
# "- Năm 2026: …" ending with a lower-case status tail after a semicolon.
def hand_a(fname, unit, uname_up, place, number, num_line, date_iso, date_txt, title2, items,
           diffs, props, noi_nhan, ten, intro_extra='', status='extracted', reason=None, keyed=None):
    d = newdoc()
    header(d, ['ỦY BAN NHÂN DÂN', uname_up], num_line, f'{place}, {date_txt}')
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, title2, bold=True, center=True)
    para(d, 'Thực hiện ' + intro_extra + ', Ủy ban nhân dân xã ' + unit[1].split(' ', 1)[1]
         + ' báo cáo kết quả thực hiện như sau:')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, (head, y25, y26) in enumerate(items, 1):
        runs(d, [(f'{i}. {head}', 'b')])
        para(d, '- Năm 2025: ' + y25)
        para(d, '- Năm 2026: ' + y26)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân xã ' + unit[1].split(' ', 1)[1] + './.')
    signature(d, noi_nhan, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ten)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, keyed or [], diffs, props, status, reason)


INTRO_A = ('Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW '
           'ngày 30/7/2024 của Ban Bí thư năm 2026')
TITLE_A = 'Kết quả thực hiện Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026'

# ---- A1 Phú Giáo
A1 = [
    ('Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
     'phối hợp tổ chức 01 hội nghị phổ biến Luật Đo lường, có 85 lượt người tham dự; đăng 04 tin bài.',
     'tổ chức 02 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho tiểu thương chợ Phước Vĩnh, có 130 lượt người tham dự; đăng 06 tin bài trên trang thông tin điện tử xã; đã thực hiện xong.'),
    ('Cử công chức tham gia tập huấn nghiệp vụ',
     'cử 02 công chức tham gia lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.',
     'cử 03 công chức tham gia lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng cho cấp xã do Chi cục tổ chức; đã thực hiện xong.'),
    ('Quản lý đo lường tại chợ, phối hợp kiểm tra theo phân cấp',
     'phối hợp kiểm tra 03 cuộc, 52 hộ kinh doanh, phát hiện 05 trường hợp vi phạm, xử phạt 6.000.000 đồng.',
     'phối hợp kiểm tra 02 cuộc tại chợ Phước Vĩnh và chợ An Linh đối với 46 hộ kinh doanh, phát hiện 03 trường hợp sử dụng cân không đảm bảo, xử phạt vi phạm hành chính 4.500.000 đồng; đang tiếp tục thực hiện.'),
    ('Kiểm tra chất lượng hàng hóa lưu thông trên địa bàn (mũ bảo hiểm, đồ chơi trẻ em)',
     'kiểm tra 01 cuộc, 08 cơ sở.',
     'chưa triển khai, chờ kế hoạch kiểm tra liên ngành.'),
    ('Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
     'kinh phí 15.000.000 đồng.',
     'duy trì, áp dụng Hệ thống quản lý chất lượng đối với 100% thủ tục hành chính thuộc thẩm quyền, đã chi 12.000.000 đồng cho việc đánh giá nội bộ và cập nhật quy trình; đã thực hiện xong.'),
    ('Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia',
     'không có doanh nghiệp tham gia.',
     'trên địa bàn không có doanh nghiệp đăng ký; không phát sinh.'),
]
hand_a('bc-ct38-xa-phu-giao-2026.docx', ('25858', 'Xã Phú Giáo'), 'XÃ PHÚ GIÁO', 'Phú Giáo',
       '287/BC-UBND', 'Số: 287/BC-UBND', '2026-10-29', 'ngày 29 tháng 10 năm 2026', TITLE_A, A1,
       ['Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.',
        'Cân đối chứng tại chợ An Linh đã hư hỏng, chưa được thay thế.'],
       ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ thay thế cân đối chứng tại chợ An Linh.',
        'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức cấp xã.'],
       ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- TT Đảng ủy, TT HĐND xã;', '- Lưu: VT, KT.'],
       'Trần Văn Lộc', INTRO_A,
       keyed=[('II.1.a', 'completed', {'training_courses': 2, 'participants': 130, 'communications': 6}, A1[0][2]),
              ('II.3.a', 'completed', {'participants': 3}, A1[1][2]),
              ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 46, 'violations': 3, 'fines_vnd': 4500000}, A1[2][2]),
              ('II.5.a', 'not_started', {}, A1[3][2]),
              ('II.2.đ', 'completed', {'budget_spent_vnd': 12000000}, A1[4][2]),
              ('II.1.b', 'not_applicable', {}, A1[5][2])])

# ---- A2 Phước Hòa (number left blank)
A2 = [
    ('Công tác tuyên truyền',
     'phát thanh 08 lượt tin trên hệ thống loa truyền thanh.',
     'phát thanh 12 lượt tin tuyên truyền về đo lường, chất lượng trên hệ thống loa truyền thanh các ấp; đã thực hiện xong.'),
    ('Phối hợp thực hiện các nội dung được phân cấp quản lý',
     'phối hợp kiểm tra 02 cuộc đối với 09 cửa hàng xăng dầu.',
     'phối hợp Phòng Kinh tế kiểm tra 01 cuộc đối với 05 cửa hàng kinh doanh xăng dầu, không phát hiện vi phạm; đã thực hiện xong.'),
    ('Hướng dẫn cơ sở sản xuất công bố chất lượng, ghi nhãn hàng hóa',
     'hướng dẫn 02 cơ sở.',
     'hướng dẫn 04 cơ sở sản xuất nông sản thực hiện công bố tiêu chuẩn áp dụng và ghi nhãn hàng hóa; đang tiếp tục thực hiện.'),
    ('Truy xuất nguồn gốc sản phẩm',
     'chưa thực hiện.',
     'hỗ trợ 02 hợp tác xã đăng ký mã số mã vạch, gắn tem truy xuất nguồn gốc cho sản phẩm; đang tiếp tục thực hiện.'),
    ('Cử công chức dự tập huấn',
     'cử 01 công chức.',
     'chưa triển khai do chưa nhận được thông báo mở lớp.'),
    ('Khen thưởng, bảo vệ người tố giác vi phạm',
     'không phát sinh.',
     'không phát sinh.'),
]
hand_a('phuoc-hoa_bao-cao-chi-thi-38.docx', ('25882', 'Xã Phước Hòa'), 'XÃ PHƯỚC HÒA', 'Phước Hòa',
       None, 'Số:         /BC-UBND', '2026-10-30', 'ngày 30 tháng 10 năm 2026', TITLE_A, A2,
       ['Kinh phí cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng.'],
       ['Đề nghị Sở hướng dẫn cụ thể nội dung phân cấp quản lý nhà nước về đo lường, chất lượng cho Ủy ban nhân dân cấp xã sau sắp xếp.'],
       ['- Sở Khoa học và Công nghệ;', '- Lưu: VT.'], 'Nguyễn Thành Đạt', INTRO_A,
       keyed=[('II.1.a', 'completed', {'communications': 12}, A2[0][2]),
              ('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 5}, A2[1][2]),
              ('II.2.d', 'in_progress', {'enterprises_supported': 4}, A2[2][2]),
              ('II.2.a', 'in_progress', {'enterprises_supported': 2}, A2[3][2]),
              ('II.3.a', 'not_started', {}, A2[4][2]),
              ('II.5.d', 'not_applicable', {}, A2[5][2])])

# ---- A3 Bàu Bàng (old district left in Nơi nhận)
A3 = [
    ('Tuyên truyền, phổ biến pháp luật',
     'tổ chức 01 hội nghị, 60 lượt người tham dự.',
     'tổ chức 01 hội nghị tuyên truyền cho hộ kinh doanh tại chợ Bàu Bàng, có 72 lượt người tham dự; đăng 08 tin bài trên trang thông tin điện tử và nhóm Zalo các ấp; đã thực hiện xong.'),
    ('Quản lý đo lường, phối hợp kiểm tra tại chợ',
     'phối hợp kiểm định 120 cân; kiểm tra 01 cuộc.',
     'phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 156 cân tại 03 chợ trên địa bàn; kiểm tra 02 cuộc đối với 31 cơ sở, phát hiện 02 cơ sở vi phạm, phạt tiền 3.000.000 đồng; đang tiếp tục thực hiện.'),
    ('Phối hợp khảo sát chất lượng hàng hóa',
     'không phát sinh.',
     'phối hợp Chi cục lấy 06 mẫu xăng dầu tại các cửa hàng trên tuyến Quốc lộ 13 để khảo sát chất lượng; đã thực hiện xong.'),
    ('Áp dụng Hệ thống quản lý chất lượng tại Ủy ban nhân dân xã',
     'đã công bố lại Hệ thống quản lý chất lượng.',
     'đang rà soát, cập nhật các quy trình theo bộ thủ tục hành chính mới; đang tiếp tục thực hiện.'),
    ('Cử công chức tham gia tập huấn',
     'cử 01 công chức.',
     'cử 02 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng; đã thực hiện xong.'),
]
hand_a('XA BAU BANG - BC CT38.docx', ('25822', 'Xã Bàu Bàng'), 'XÃ BÀU BÀNG', 'Bàu Bàng',
       '341/BC-UBND', 'Số: 341/BC-UBND', '2026-10-28', 'ngày 28 tháng 10 năm 2026', TITLE_A, A3,
       ['Số lượng cân đối chứng tại các chợ còn thiếu so với nhu cầu.',
        'Hộ kinh doanh nhỏ lẻ chưa chủ động kiểm định phương tiện đo định kỳ.'],
       ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng bố trí lịch kiểm định cân miễn phí tại các chợ của xã trong Quý I/2027.'],
       ['- Sở Khoa học và Công nghệ;', '- UBND huyện Bàu Bàng (b/c);', '- Lưu: VT, KT.'], 'Lê Thị Ngọc Hân', INTRO_A,
       keyed=[('II.1.a', 'completed', {'training_courses': 1, 'participants': 72, 'communications': 8}, A3[0][2]),
              ('II.5.c', 'in_progress', {'instruments_verified': 156, 'inspections': 2, 'establishments_inspected': 31, 'violations': 2, 'fines_vnd': 3000000}, A3[1][2]),
              ('II.5.b', 'completed', {'samples_tested': 6}, A3[2][2]),
              ('II.2.đ', 'in_progress', {}, A3[3][2]),
              ('II.3.a', 'completed', {'participants': 2}, A3[4][2])])

# ---- A4 Minh Thạnh — MISTAKEN (giảm nghèo)
A4 = [
    ('Kết quả rà soát hộ nghèo, hộ cận nghèo',
     'toàn xã có 46 hộ nghèo, 71 hộ cận nghèo.',
     'toàn xã còn 21 hộ nghèo, 58 hộ cận nghèo theo chuẩn nghèo đa chiều; đã thực hiện xong.'),
    ('Hỗ trợ nhà ở cho hộ nghèo',
     'hỗ trợ xây mới 04 căn nhà.',
     'hỗ trợ xây mới, sửa chữa 06 căn nhà với tổng kinh phí 360.000.000 đồng; đang tiếp tục thực hiện.'),
    ('Cho vay vốn ưu đãi qua Ngân hàng Chính sách xã hội',
     'giải ngân cho 35 hộ.',
     'giải ngân cho 42 lượt hộ vay với tổng dư nợ 2,1 tỷ đồng; đang tiếp tục thực hiện.'),
    ('Đào tạo nghề, giới thiệu việc làm cho lao động thuộc hộ nghèo',
     'mở 02 lớp.',
     'phối hợp mở 03 lớp dạy nghề may công nghiệp, 75 học viên; đã thực hiện xong.'),
]
hand_a('MinhThanh_baocao_2026.docx', ('25780', 'Xã Minh Thạnh'), 'XÃ MINH THẠNH', 'Minh Thạnh',
       '305/BC-UBND', 'Số: 305/BC-UBND', '2026-10-27', 'ngày 27 tháng 10 năm 2026',
       'Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026', A4,
       ['Một số hộ thoát nghèo chưa bền vững, nguy cơ tái nghèo cao.'],
       ['Đề nghị cấp trên tiếp tục bố trí vốn hỗ trợ nhà ở cho hộ nghèo năm 2027.'],
       ['- Phòng Văn hóa - Xã hội;', '- Lưu: VT, VHXH.'], 'Phạm Văn Sang',
       'Kế hoạch của Ủy ban nhân dân Thành phố về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026',
       status='rejected', reason='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: báo cáo về giảm nghèo bền vững gửi nhầm.')


# ================================================================= HAND C (Trí)
# Re-uses last quarter's (9-month) report; each item keeps the old sentence and gets an
# italic bracket "(Cập nhật đến ngày 31/10/2026: …)" with the new total and status.
def hand_c(fname, unit, uname_up, place, number, num_line, date_iso, date_txt, old_ref, general, items,
           diffs, props, ten, keyed):
    d = newdoc(size=14)
    header(d, ['ỦY BAN NHÂN DÂN', uname_up], num_line, f'{place}, {date_txt}')
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, 'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026', bold=True, center=True)
    para(d, old_ref, italic=True, center=True, size=12)
    para(d, 'I. TÌNH HÌNH TRIỂN KHAI', bold=True, indent=False)
    para(d, general)
    para(d, 'II. KẾT QUẢ THỰC HIỆN CỤ THỂ', bold=True, indent=False)
    for i, (head, old, upd) in enumerate(items, 1):
        para(d, f'{i}. {head}', bold=True, indent=False)
        if upd:
            runs(d, [(old + ' ', ''), (upd, 'i')])
        else:
            para(d, old)
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, f'Trên đây là báo cáo của Ủy ban nhân dân phường {unit[1].split(" ",1)[1]} (cập nhật số liệu đến ngày 31/10/2026)./.')
    signature(d, ['- Sở Khoa học và Công nghệ (Chi cục TĐC);', '- Chủ tịch, các PCT UBND phường;', '- Lưu: VT, KT-HT-ĐT.'],
              ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ten)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, keyed, diffs, props)


GEN_C = ('Ngay sau khi nhận Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường đã giao Phòng Kinh tế, '
         'Hạ tầng và Đô thị tham mưu triển khai; phân công công chức theo dõi, phối hợp với Chi cục Tiêu chuẩn Đo lường '
         'Chất lượng trong các nội dung được phân cấp.')

C1 = [
    ('Công tác tuyên truyền, phổ biến',
     'Ủy ban nhân dân phường lồng ghép tuyên truyền trong sinh hoạt khu phố, đăng 04 tin bài trên Fanpage phường; đang tiếp tục thực hiện.',
     '(Cập nhật đến ngày 31/10/2026: đăng thêm 02 tin bài, nâng tổng số lên 06 tin bài; tổ chức 01 hội nghị phổ biến pháp luật về đo lường cho 95 hộ kinh doanh; đến nay nội dung này đã hoàn thành.)'),
    ('Phối hợp kiểm tra đo lường tại chợ và cơ sở kinh doanh',
     'Phối hợp Đội Quản lý thị trường kiểm tra 02 cuộc đối với 18 cơ sở, phát hiện 01 cơ sở vi phạm, xử phạt 2.000.000 đồng.',
     '(Cập nhật đến ngày 31/10/2026: kiểm tra thêm 01 cuộc, 09 cơ sở, 01 vi phạm, phạt 1.500.000 đồng; lũy kế 03 cuộc, 27 cơ sở, 02 cơ sở vi phạm, tổng tiền phạt 3.500.000 đồng; đang thực hiện.)'),
    ('Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
     'Phường đã tổ chức đánh giá nội bộ, xem xét của lãnh đạo; nội dung này đã hoàn thành.', None),
    ('Cử công chức tham gia tập huấn',
     'Trong 9 tháng chưa có lớp tập huấn.',
     '(Cập nhật: ngày 14/10/2026 phường cử 02 công chức tham dự lớp tập huấn do Chi cục tổ chức; đã hoàn thành.)'),
    ('Kiểm tra chất lượng hàng hóa lưu thông',
     'Phối hợp kiểm tra 01 cuộc tại 06 cửa hàng kinh doanh mũ bảo hiểm, đồ chơi trẻ em; đã hoàn thành đợt kiểm tra theo kế hoạch.', None),
]
hand_c('XuanHoa_BC_CT38_cap-nhat.docx', ('27139', 'Phường Xuân Hòa'), 'PHƯỜNG XUÂN HÒA', 'Xuân Hòa',
       '512/BC-UBND', 'Số: 512/BC-UBND', '2026-11-03', 'ngày 03 tháng 11 năm 2026',
       '(Bổ sung, cập nhật Báo cáo số 421/BC-UBND ngày 24/9/2026 về kết quả 9 tháng)', GEN_C, C1,
       ['Phường mới sắp xếp, chưa có công chức chuyên trách theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
       ['Kiến nghị Chi cục cung cấp danh sách cơ sở kinh doanh phương tiện đo trên địa bàn phường.'],
       'Võ Minh Trí',
       [('II.1.a', 'completed', {'communications': 6, 'training_courses': 1, 'participants': 95}, C1[0][1] + ' ' + C1[0][2]),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 3500000}, C1[1][1] + ' ' + C1[1][2]),
        ('II.2.đ', 'completed', {}, C1[2][1]),
        ('II.3.a', 'completed', {'participants': 2}, C1[3][1] + ' ' + C1[3][2]),
        ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 6}, C1[4][1])])

C2 = [
    ('Tuyên truyền trên hệ thống loa và trang thông tin',
     'Phát 10 lượt tin tuyên truyền về đo lường, chất lượng trên hệ thống loa của các khu phố; đang thực hiện.',
     '(Cập nhật đến ngày 31/10/2026: phát thêm 04 lượt tin, tổng cộng 14 lượt tin; đã xong.)'),
    ('Quản lý đo lường tại chợ Đông Hòa',
     'Phối hợp Trung tâm kiểm định 84 cân của tiểu thương tại chợ Đông Hòa.',
     '(Cập nhật đến ngày 31/10/2026: kiểm định thêm 40 cân, tổng số 124 cân; đã hoàn thành.)'),
    ('Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy',
     'Hướng dẫn 03 doanh nghiệp thực hiện thủ tục công bố hợp quy sản phẩm.',
     '(Cập nhật đến ngày 31/10/2026: hướng dẫn thêm 02 doanh nghiệp, tổng số 05 doanh nghiệp; đang thực hiện.)'),
    ('Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
     'Chưa triển khai.',
     '(Cập nhật đến ngày 31/10/2026: trên địa bàn không có doanh nghiệp đăng ký tham dự; không phát sinh.)'),
    ('Tiếp nhận phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
     'Không phát sinh trường hợp tố giác.', None),
]
hand_c('DongHoa-baocao-CT38.docx', ('25951', 'Phường Đông Hòa'), 'PHƯỜNG ĐÔNG HÒA', 'Đông Hòa',
       '276/BC-UBND', 'Số: 276/BC-UBND', '2026-10-30', 'ngày 30 tháng 10 năm 2026',
       '(Bổ sung Báo cáo số 188/BC-UBND ngày 22/9/2026)', GEN_C, C2,
       ['Chợ Đông Hòa đang sửa chữa, tiểu thương di dời tạm nên khó tổ chức kiểm tra định kỳ.'],
       ['Đề nghị Chi cục hỗ trợ 01 cân đối chứng đặt tại khu chợ tạm.',
        'Đề nghị Sở tổ chức tập huấn về Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho công chức phường.'],
       'Huỳnh Văn Nhựt',
       [('II.1.a', 'completed', {'communications': 14}, C2[0][1] + ' ' + C2[0][2]),
        ('II.5.c', 'completed', {'instruments_verified': 124}, C2[1][1] + ' ' + C2[1][2]),
        ('II.2.d', 'in_progress', {'enterprises_supported': 5}, C2[2][1] + ' ' + C2[2][2]),
        ('II.1.b', 'not_applicable', {}, C2[3][1] + ' ' + C2[3][2]),
        ('II.5.d', 'not_applicable', {}, C2[4][1])])

C3 = [
    ('Tập huấn, phổ biến pháp luật cho tiểu thương',
     'Tổ chức 01 buổi tập huấn cho 60 tiểu thương chợ An Đông về ghi nhãn hàng hóa và sử dụng cân.',
     '(Cập nhật đến ngày 31/10/2026: tổ chức thêm 01 buổi với 45 người; tổng cộng 02 buổi, 105 lượt người tham dự; nội dung này đã hoàn thành.)'),
    ('Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn tại chợ An Đông',
     'Phối hợp kiểm tra 02 cuộc, 14 cơ sở; đang thực hiện.',
     '(Cập nhật đến ngày 31/10/2026: lũy kế 04 cuộc, 29 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt 7.500.000 đồng; đang thực hiện.)'),
    ('Thực hiện các nội dung được phân cấp quản lý nhà nước',
     'Tiếp nhận, giải quyết các hồ sơ thuộc thẩm quyền theo phân cấp; đang triển khai.', None),
    ('Hệ thống quản lý chất lượng',
     'Đang chuyển đổi sang áp dụng Hệ thống quản lý chất lượng trên môi trường điện tử.',
     '(Cập nhật đến ngày 31/10/2026: đã hoàn thành.)'),
]
hand_c('BC 402 An Dong CT38.docx', ('27316', 'Phường An Đông'), 'PHƯỜNG AN ĐÔNG', 'An Đông',
       '402/BC-UBND', 'Số: 402/BC-UBND', '2026-10-29', 'ngày 29 tháng 10 năm 2026',
       '(Cập nhật Báo cáo số 335/BC-UBND ngày 26/9/2026)', GEN_C, C3,
       ['Lực lượng kiểm tra mỏng, chủ yếu kiêm nhiệm.',
        'Nhiều tiểu thương là người lớn tuổi, tiếp cận thông tin qua mạng còn hạn chế.'],
       ['Đề nghị Sở Khoa học và Công nghệ cấp tài liệu tuyên truyền in sẵn về ghi nhãn hàng hóa cho các chợ.'],
       'Trương Quốc Bảo',
       [('II.1.a', 'completed', {'training_courses': 2, 'participants': 105}, C3[0][1] + ' ' + C3[0][2]),
        ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 29, 'violations': 3, 'fines_vnd': 7500000}, C3[1][1] + ' ' + C3[1][2]),
        ('II.5.c', 'in_progress', {}, C3[2][1]),
        ('II.2.đ', 'completed', {}, C3[3][1] + ' ' + C3[3][2])])

C4 = [
    ('Tuyên truyền',
     'Đăng 05 tin bài trên trang thông tin điện tử phường; đang thực hiện.',
     '(Cập nhật đến ngày 31/10/2026: đăng thêm 04 tin bài, tổng 09 tin bài; đã hoàn thành.)'),
    ('Cử công chức tham gia tập huấn, bồi dưỡng',
     'Cử 02 công chức tham dự lớp bồi dưỡng nghiệp vụ.',
     '(Cập nhật đến ngày 31/10/2026: cử thêm 02 công chức, tổng số 04 công chức; đang tiếp tục thực hiện theo thông báo của Chi cục.)'),
    ('Phối hợp kiểm tra theo phân cấp',
     'Phối hợp kiểm tra 02 cuộc đối với 11 cơ sở kinh doanh trên địa bàn; đang thực hiện.', None),
    ('Phối hợp khảo sát chất lượng hàng hóa',
     'Phối hợp Chi cục lấy 08 mẫu hàng hóa (gạo, nước mắm, dầu ăn) tại các cửa hàng tạp hóa để khảo sát chất lượng; đã hoàn thành.', None),
]
hand_c('ChoQuan-BC-CT38-2026.docx', ('27301', 'Phường Chợ Quán'), 'PHƯỜNG CHỢ QUÁN', 'Chợ Quán',
       '318/BC-UBND', 'Số: 318/BC-UBND', None, 'ngày      tháng 11 năm 2026',
       '(Cập nhật Báo cáo 9 tháng số 247/BC-UBND ngày 28/9/2026)', GEN_C, C4,
       ['Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường, chất lượng tại phường.'],
       ['Đề nghị Sở hướng dẫn định mức kinh phí cho hoạt động phối hợp kiểm tra của cấp phường.'],
       'Lý Thanh Tâm',
       [('II.1.a', 'completed', {'communications': 9}, C4[0][1] + ' ' + C4[0][2]),
        ('II.3.a', 'in_progress', {'participants': 4}, C4[1][1] + ' ' + C4[1][2]),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 11}, C4[2][1]),
        ('II.5.b', 'completed', {'samples_tested': 8}, C4[3][1])])

C5 = [
    ('Hội nghị phổ biến pháp luật về đo lường, chất lượng',
     'Tổ chức 01 hội nghị cho 80 người là chủ cơ sở sản xuất, kinh doanh; đã hoàn thành.', None),
    ('Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
     'Phối hợp Chi cục giới thiệu Giải thưởng tới các doanh nghiệp trong Khu công nghiệp.',
     '(Cập nhật đến ngày 31/10/2026: đã hướng dẫn 03 doanh nghiệp, trong đó 01 doanh nghiệp đã nộp hồ sơ tham dự; đã hoàn thành.)'),
    ('Truy xuất nguồn gốc',
     'Hướng dẫn 06 cơ sở áp dụng mã QR truy xuất nguồn gốc sản phẩm; đang thực hiện.', None),
    ('Phối hợp kiểm tra đo lường, chất lượng theo phân cấp',
     'Kiểm tra 03 cuộc, 24 cơ sở, 02 vi phạm, phạt 5.000.000 đồng.',
     '(Cập nhật đến ngày 31/10/2026: lũy kế 05 cuộc, 38 cơ sở, 04 cơ sở vi phạm, tổng số tiền phạt 9.000.000 đồng; đang thực hiện.)'),
    ('Khen thưởng, bảo vệ người tố giác',
     'Không phát sinh.', None),
    ('Cử công chức tham gia tập huấn',
     'Phường đã gửi danh sách công chức đăng ký tham gia lớp tập huấn nghiệp vụ do Chi cục tổ chức.', None),
]
hand_c('ThuanAn_BC_CT38_T10.docx', ('25978', 'Phường Thuận An'), 'PHƯỜNG THUẬN AN', 'Thuận An',
       '455/BC-UBND', 'Số: 455/BC-UBND', '2026-10-31', 'ngày 31 tháng 10 năm 2026',
       '(Cập nhật Báo cáo số 390/BC-UBND ngày 25/9/2026)', GEN_C, C5,
       ['Doanh nghiệp chưa quan tâm đến Giải thưởng Chất lượng Quốc gia do thủ tục hồ sơ phức tạp.',
        'Một số cơ sở vi phạm không chấp hành quyết định xử phạt đúng hạn.'],
       ['Đề nghị Chi cục tổ chức hội thảo giới thiệu Giải thưởng Chất lượng Quốc gia tại phường.',
        'Đề nghị Sở phối hợp cung cấp danh sách doanh nghiệp đã công bố hợp quy trên địa bàn.'],
       'Đặng Hoàng Phúc',
       [('II.1.a', 'completed', {'training_courses': 1, 'participants': 80}, C5[0][1]),
        ('II.1.b', 'completed', {'enterprises_supported': 3}, C5[1][1] + ' ' + C5[1][2]),
        ('II.2.a', 'in_progress', {'enterprises_supported': 6}, C5[2][1]),
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 9000000}, C5[3][1] + ' ' + C5[3][2]),
        ('II.5.d', 'not_applicable', {}, C5[4][1]),
        ('II.3.a', 'unknown', {}, C5[5][1])])


# ================================================================= HAND B (Dung)
# Workbook copied from Phường Xóm Chiếu (shared in a Zalo group): their filled sheet stays
# first; own sheet second, same 5 columns, template rows of Xóm Chiếu left blank.
thin = Side(style='thin')
BRD = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')


def b_sheet(ws, uname_up, num_line, date_line, title, rows, diffs, props, signer, place_cols='E'):
    ws['A1'] = 'ỦY BAN NHÂN DÂN'; ws['A2'] = uname_up; ws['A2'].font = Font(bold=True)
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C1'].font = Font(bold=True)
    ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['C2'].font = Font(bold=True)
    ws['A3'] = num_line; ws['C3'] = date_line; ws['C3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:E5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Trạng thái', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BRD; c.alignment = Alignment(horizontal='center', wrap_text=True)
    r = 8
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != '' else None); c.border = BRD; c.alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, '* Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, '* Kiến nghị:').font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 3, 'TM. ỦY BAN NHÂN DÂN').font = Font(bold=True)
    ws.cell(r + 1, 3, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 5, 3, signer).font = Font(bold=True)
    for col, w in zip('ABCDE', [6, 42, 52, 14, 22]):
        ws.column_dimensions[col].width = w


XC_ROWS = [
    ('Tuyên truyền phổ biến VBQPPL về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
     'Tổ chức 01 buổi tuyên truyền tại chợ Xóm Chiếu, 75 tiểu thương tham dự', 'Xong', ''),
    ('Phối hợp kiểm tra đo lường, cân tại chợ', 'Kiểm tra 02 cuộc, 40 hộ, 03 hộ vi phạm, phạt 4.200.000 đ', 'Đang làm', ''),
    ('Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn', 'Kiểm tra 01 cuộc, 09 cơ sở', 'Xong', 'Phối hợp Đội QLTT'),
    ('Cử công chức tập huấn', 'Cử 01 công chức', 'Xong', ''),
    ('Duy trì ISO 9001 tại UBND phường', 'Đã đánh giá nội bộ', 'Xong', ''),
    ('Vận động DN tham gia Giải thưởng Chất lượng Quốc gia', '', 'Không có', ''),
]


def hand_b(fname, unit, uname_up, sheetname, number, num_line, date_iso, date_line, rows, diffs, props, signer,
           keyed, title=None, sample_rows=XC_ROWS, sample_title=None, status='extracted', reason=None):
    wb = Workbook()
    ws0 = wb.active; ws0.title = 'Mau P.XomChieu'
    b_sheet(ws0, 'PHƯỜNG XÓM CHIẾU', 'Số: 214/BC-UBND', 'Xóm Chiếu, ngày 20 tháng 10 năm 2026',
            sample_title or 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026',
            sample_rows, ['Thiếu cân đối chứng tại chợ.'], ['Đề nghị hỗ trợ cân đối chứng.'], 'Nguyễn Văn Hùng')
    ws = wb.create_sheet(sheetname)
    b_sheet(ws, uname_up, num_line, date_line, title or 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026',
            rows, diffs, props, signer)
    wb.active = 1
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, keyed, diffs, props, status, reason)


B1 = [
    ('Tuyên truyền phổ biến VBQPPL về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
     'Tổ chức 01 buổi tuyên truyền tại chợ Bến Thành, 120 tiểu thương tham dự; 05 bài đăng trang TTĐT phường', 'Xong', ''),
    ('Phối hợp kiểm tra đo lường, cân tại chợ', 'Kiểm tra 03 cuộc, 64 hộ, 05 hộ vi phạm, phạt 8.750.000 đ', 'Đang làm', 'Chợ Bến Thành, chợ Thái Bình'),
    ('Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn', '', '', ''),
    ('Cử công chức tập huấn', 'Cử 02 công chức dự tập huấn ngày 12/8/2026', 'Xong', ''),
    ('Duy trì ISO 9001 tại UBND phường', '', 'Đang làm', 'Đang cập nhật quy trình mới'),
    ('Vận động DN tham gia Giải thưởng Chất lượng Quốc gia', 'Không có DN đăng ký', 'Không có', ''),
]
hand_b('BenThanh_CT38.xlsx', ('26743', 'Phường Bến Thành'), 'PHƯỜNG BẾN THÀNH', 'P.BenThanh',
       '356/BC-UBND', 'Số: 356/BC-UBND', '2026-10-28', 'Bến Thành, ngày 28 tháng 10 năm 2026', B1,
       ['Số hộ kinh doanh tại chợ Bến Thành thay đổi thường xuyên, khó theo dõi.'],
       ['Đề nghị Chi cục TĐC phối hợp kiểm định cân miễn phí tại chợ Bến Thành.'],
       'Phan Thị Mỹ Dung',
       [('II.1.a', 'completed', {'training_courses': 1, 'participants': 120, 'communications': 5}, B1[0][1]),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 64, 'violations': 5, 'fines_vnd': 8750000}, B1[1][1]),
        ('II.3.a', 'completed', {'participants': 2}, B1[3][1]),
        ('II.2.đ', 'in_progress', {}, B1[4][3]),
        ('II.1.b', 'not_applicable', {}, B1[5][1])])

B2 = [
    ('Tuyên truyền phổ biến VBQPPL về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
     'Đăng 03 tin trên trang TTĐT; phát thanh trên loa hằng tuần', 'Xong', ''),
    ('Phối hợp kiểm tra đo lường, cân tại chợ', 'Kiểm tra 02 cuộc, 27 hộ tại chợ Tân Định, 02 hộ vi phạm, phạt 3.600.000 đ', 'Xong', ''),
    ('Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn', 'Kiểm tra 01 cuộc, 07 cơ sở, lấy 04 mẫu gửi thử nghiệm', 'Đang làm', 'Chờ kết quả thử nghiệm'),
    ('Cử công chức tập huấn', '', '', ''),
    ('Duy trì ISO 9001 tại UBND phường', 'Đã đánh giá nội bộ tháng 9', 'Xong', ''),
    ('Vận động DN tham gia Giải thưởng Chất lượng Quốc gia', '', '', ''),
]
hand_b('TanDinh - bao cao CT38 (T10).xlsx', ('26737', 'Phường Tân Định'), 'PHƯỜNG TÂN ĐỊNH', 'Tan Dinh',
       '298/BC-UBND', 'Số: 298/BC-UBND', '2026-10-27', 'Tân Định, ngày 27 tháng 10 năm 2026', B2,
       ['Chưa có công chức được đào tạo chuyên môn về đo lường.', 'Kinh phí gửi mẫu thử nghiệm chưa được bố trí.'],
       ['Đề nghị Sở bố trí kinh phí thử nghiệm mẫu cho các đợt kiểm tra của phường.'],
       'Lê Hoàng Yến',
       [('II.1.a', 'completed', {'communications': 3}, B2[0][1]),
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 3600000}, B2[1][1]),
        ('II.5.a', 'in_progress', {'inspections': 1, 'establishments_inspected': 7, 'samples_tested': 4}, B2[2][1]),
        ('II.2.đ', 'completed', {}, B2[4][1])])

B3 = [
    ('Tuyên truyền phổ biến VBQPPL về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
     'Tổ chức 02 buổi tại chợ Bàn Cờ và khu phố 4, tổng 96 người dự', 'Xong', ''),
    ('Phối hợp kiểm tra đo lường, cân tại chợ', 'Phối hợp kiểm định 210 cân tại chợ Bàn Cờ; kiểm tra 01 cuộc, 15 hộ', 'Đang làm', 'Chưa phát hiện vi phạm'),
    ('Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn', '', 'Chưa làm', 'Chờ KH liên ngành'),
    ('Cử công chức tập huấn', 'Cử 01 công chức', 'Xong', ''),
    ('Duy trì ISO 9001 tại UBND phường', '', '', ''),
    ('Vận động DN tham gia Giải thưởng Chất lượng Quốc gia', '', '', ''),
    ('Hướng dẫn hộ kinh doanh đăng ký mã số mã vạch', 'Hướng dẫn 07 hộ kinh doanh', 'Đang làm', 'Dòng thêm'),
]
hand_b('bc38_phuong_ban_co.xlsx', ('27154', 'Phường Bàn Cờ'), 'PHƯỜNG BÀN CỜ', 'BanCo',
       '377/BC-UBND', 'Số: 377/BC-UBND', '2026-10-30', 'Bàn Cờ, ngày 30 tháng 10 năm 2026', B3,
       ['Phường chưa có danh sách đầy đủ các cơ sở kinh doanh phương tiện đo.'],
       ['Đề nghị Chi cục chia sẻ dữ liệu cơ sở kinh doanh phương tiện đo nhóm 2 trên địa bàn phường.',
        'Đề nghị tổ chức tập huấn lại cho công chức mới của phường.'],
       'Nguyễn Thị Thu Trang',
       [('II.1.a', 'completed', {'training_courses': 2, 'participants': 96}, B3[0][1]),
        ('II.5.c', 'in_progress', {'instruments_verified': 210, 'inspections': 1, 'establishments_inspected': 15}, B3[1][1]),
        ('II.5.a', 'not_started', {}, B3[2][3]),
        ('II.3.a', 'completed', {'participants': 1}, B3[3][1]),
        ('II.2.d', 'in_progress', {'enterprises_supported': 7}, B3[6][1])])

# B4 Khánh Hội — MISTAKEN (chuyển đổi số)
XC_CDS = [
    ('Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', '82%', 'Đang làm', ''),
    ('Số hóa hồ sơ, kết quả giải quyết TTHC', '1.240 hồ sơ', 'Đang làm', ''),
    ('Tổ công nghệ số cộng đồng', '12 tổ, 48 thành viên', 'Xong', ''),
]
B4 = [
    ('Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', '87,5%', 'Đang làm', ''),
    ('Số hóa hồ sơ, kết quả giải quyết TTHC', '1.615 hồ sơ', 'Đang làm', ''),
    ('Tổ công nghệ số cộng đồng', '9 tổ, 36 thành viên', 'Xong', ''),
    ('Tập huấn kỹ năng số cho người dân', '04 lớp, 210 người', 'Xong', ''),
    ('Thanh toán không dùng tiền mặt tại chợ', '', '', ''),
]
hand_b('KhanhHoi_bc_quy3.xlsx', ('27265', 'Phường Khánh Hội'), 'PHƯỜNG KHÁNH HỘI', 'KhanhHoi',
       '289/BC-UBND', 'Số: 289/BC-UBND', '2026-10-12', 'Khánh Hội, ngày 12 tháng 10 năm 2026', B4,
       ['Hạ tầng mạng tại một số khu phố chưa ổn định.'],
       ['Đề nghị cấp bổ sung 05 máy tính cho bộ phận một cửa.'], 'Trần Thị Bích Ngọc', [],
       title='BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ QUÝ III NĂM 2026', sample_rows=XC_CDS,
       sample_title='BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ QUÝ III NĂM 2026',
       status='rejected', reason='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: biểu kết quả chuyển đổi số quý III gửi nhầm.')


# ================================================================= HAND D (Hạnh)
# The xã's own "mẫu báo cáo chuyên đề": several small tables of different shapes stacked
# (Biểu 1 tuyên truyền/tập huấn, Biểu 2 kiểm tra, Biểu 3 hoạt động khác) and a last
# "Biểu 4. Tự đánh giá mức độ thực hiện" table holding the statuses.
D_T1 = ['TT', 'Hình thức', 'Thời gian', 'Số buổi / số tin', 'Số người tham dự', 'Ghi chú']
D_T2 = ['TT', 'Đợt / nội dung kiểm tra', 'Số cơ sở được kiểm tra', 'Số cơ sở vi phạm', 'Số tiền phạt (đồng)', 'Ghi chú']
D_T3 = ['TT', 'Nội dung', 'Kết quả']
D_T4 = ['TT', 'Nhiệm vụ theo kế hoạch', 'Mức độ thực hiện']


def d_xlsx(fname, unit, uname_up, place, number, date_iso, date_txt, t1, t2, t3, t4, diffs, props, signer, keyed):
    wb = Workbook(); ws = wb.active; ws.title = 'BC chuyen de'
    ws['A1'] = 'UBND ' + uname_up; ws['A1'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A2'] = f'Số: {number}/BC-UBND' if number else 'Số:      /BC-UBND'
    ws['D3'] = f'{place}, {date_txt}'; ws['D3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO CHUYÊN ĐỀ'; ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)'
    ws['A6'].font = Font(bold=True)
    r = 8

    def table(r, title, hdr, rows):
        ws.cell(r, 1, title).font = Font(bold=True, italic=True); r += 1
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BRD; c.alignment = Alignment(wrap_text=True, horizontal='center')
        r += 1
        for row in rows:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v); c.border = BRD; c.alignment = WRAP
                if isinstance(v, int) and v >= 100000: c.number_format = '#,##0'
            r += 1
        return r + 1
    r = table(r, 'Biểu 1. Tuyên truyền, tập huấn', D_T1, t1)
    r = table(r, 'Biểu 2. Kiểm tra, phối hợp kiểm tra', D_T2, t2)
    r = table(r, 'Biểu 3. Hoạt động khác', D_T3, t3)
    r = table(r, 'Biểu 4. Tự đánh giá mức độ thực hiện', D_T4, t4)
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, 'Đề xuất:').font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 4, 'KT. CHỦ TỊCH'); ws.cell(r + 1, 4, 'PHÓ CHỦ TỊCH'); ws.cell(r + 5, 4, signer)
    for col, w in zip('ABCDEF', [5, 46, 16, 16, 18, 20]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number and f'{number}/BC-UBND', date_iso, keyed, diffs, props)


D1t1 = [(1, 'Hội nghị phổ biến pháp luật về đo lường cho tiểu thương chợ Ngãi Giao', '15/5/2026', '01', 68, ''),
        (2, 'Phát thanh tin tuyên truyền trên đài truyền thanh xã', 'Quý II, III', '10 tin', '-', ''),
        (3, 'Cử công chức dự lớp tập huấn của Chi cục TĐC', '20/8/2026', '-', 2, 'Công chức Kinh tế')]
D1t2 = [(1, 'Kiểm tra cân tại chợ Ngãi Giao (đợt 1)', 14, 1, 1500000, ''),
        (2, 'Kiểm tra cân tại chợ Ngãi Giao (đợt 2)', 12, 2, 2250000, ''),
        ('', 'Cộng (02 cuộc)', 26, 3, 3750000, '')]
D1t3 = [(1, 'Hướng dẫn cơ sở chế biến hạt điều ghi nhãn, công bố tiêu chuẩn cơ sở', '03 cơ sở'),
        (2, 'Duy trì ISO 9001:2015 tại UBND xã', 'Đã đánh giá nội bộ tháng 9/2026')]
D1t4 = [(1, 'Tuyên truyền, phổ biến pháp luật', 'Hoàn thành'),
        (2, 'Cử công chức tập huấn', 'Hoàn thành'),
        (3, 'Phối hợp quản lý đo lường tại chợ', 'Đang thực hiện'),
        (4, 'Hướng dẫn ghi nhãn, công bố tiêu chuẩn', 'Đang thực hiện'),
        (5, 'Áp dụng ISO tại UBND xã', 'Hoàn thành'),
        (6, 'Khen thưởng, xử lý tố giác vi phạm', 'Không phát sinh')]
d_xlsx('NgaiGiao_BC chuyen de TDC 2026.xlsx', ('26575', 'Xã Ngãi Giao'), 'XÃ NGÃI GIAO', 'Ngãi Giao', '221',
       '2026-10-26', 'ngày 26 tháng 10 năm 2026', D1t1, D1t2, D1t3, D1t4,
       ['Chợ Ngãi Giao chưa có cân đối chứng đạt chuẩn.'],
       ['Đề nghị Chi cục hỗ trợ kiểm định cân miễn phí cho tiểu thương.', 'Đề nghị cấp 01 cân đối chứng cho chợ Ngãi Giao.'],
       'Bùi Thị Hạnh',
       [('II.1.a', 'completed', {'training_courses': 1, 'participants': 68, 'communications': 10}, 'Hội nghị phổ biến … 01 buổi, 68 người; phát thanh 10 tin'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử công chức dự lớp tập huấn của Chi cục TĐC: 2 người'),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 26, 'violations': 3, 'fines_vnd': 3750000}, 'Kiểm tra cân tại chợ Ngãi Giao, Cộng (02 cuộc) 26 cơ sở, 3 vi phạm, 3.750.000'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 3}, D1t3[0][1] + ': 03 cơ sở'),
        ('II.2.đ', 'completed', {}, D1t3[1][1] + ': ' + D1t3[1][2]),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng, xử lý tố giác vi phạm: Không phát sinh')])

D2t1 = [(1, 'Tuyên truyền trên trang thông tin điện tử xã', 'Cả năm', '07 tin bài', '-', ''),
        (2, 'Tọa đàm với hộ sản xuất nông sản về truy xuất nguồn gốc', '09/7/2026', '01', 54, 'Phối hợp HTX Châu Đức')]
D2t2 = [(1, 'Phối hợp kiểm tra cửa hàng xăng dầu', 4, '-', '-', 'Không vi phạm'),
        (2, 'Phối hợp kiểm tra cân tại chợ Kim Long', 18, 1, 1000000, ''),
        ('', 'Cộng (02 cuộc)', 22, 1, 1000000, '')]
D2t3 = [(1, 'Hỗ trợ hợp tác xã cấp mã vùng trồng, tem truy xuất nguồn gốc', '04 HTX'),
        (2, 'Lấy mẫu xăng dầu phối hợp Chi cục khảo sát', '05 mẫu')]
D2t4 = [(1, 'Tuyên truyền', 'Hoàn thành'),
        (2, 'Truy xuất nguồn gốc', 'Đang thực hiện'),
        (3, 'Phối hợp kiểm tra theo phân cấp', 'Hoàn thành'),
        (4, 'Khảo sát chất lượng', 'Hoàn thành'),
        (5, 'Cử công chức tập huấn', 'Chưa thực hiện')]
d_xlsx('ChauDuc-BC-TDC.xlsx', ('26596', 'Xã Châu Đức'), 'XÃ CHÂU ĐỨC', 'Châu Đức', '198',
       '2026-10-27', 'ngày 27 tháng 10 năm 2026', D2t1, D2t2, D2t3, D2t4,
       ['Hộ sản xuất chưa mặn mà với việc áp dụng truy xuất nguồn gốc do chi phí.'],
       ['Đề nghị Sở có chính sách hỗ trợ chi phí tem truy xuất nguồn gốc cho hợp tác xã.'],
       'Bùi Thị Hạnh',
       [('II.1.a', 'completed', {'communications': 7}, 'Tuyên truyền trên trang thông tin điện tử xã: 07 tin bài'),
        ('II.2.a', 'in_progress', {'training_courses': 1, 'participants': 54, 'enterprises_supported': 4},
         'Tọa đàm với hộ sản xuất nông sản về truy xuất nguồn gốc 01, 54 người; hỗ trợ 04 HTX tem truy xuất'),
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 22, 'violations': 1, 'fines_vnd': 1000000}, 'Cộng (02 cuộc) 22 cơ sở, 1 vi phạm, 1.000.000'),
        ('II.5.b', 'completed', {'samples_tested': 5}, 'Lấy mẫu xăng dầu phối hợp Chi cục khảo sát: 05 mẫu'),
        ('II.3.a', 'not_started', {}, 'Cử công chức tập huấn: Chưa thực hiện')])

D3t1 = [(1, 'Hội nghị triển khai Luật Đo lường cho hộ kinh doanh ven biển', '22/4/2026', '01', 110, ''),
        (2, 'Phát tờ rơi, tin tuyên truyền trên loa', 'Tháng 4 - 9', '15 tin', '-', '')]
D3t2 = [(1, 'Kiểm tra cân tại chợ Phước Bửu', 20, 2, 2500000, ''),
        (2, 'Kiểm tra đồ chơi trẻ em, mũ bảo hiểm', 9, 1, 3000000, 'Liên ngành'),
        ('', 'Cộng', 29, 3, 5500000, '')]
D3t3 = [(1, 'Phối hợp kiểm định cân cho tiểu thương', '95 cân'),
        (2, 'Duy trì ISO 9001 tại UBND xã', 'Rà soát quy trình theo bộ TTHC mới')]
D3t4 = [(1, 'Tuyên truyền, phổ biến', 'Hoàn thành'),
        (2, 'Quản lý đo lường tại chợ (kiểm tra, kiểm định cân)', 'Đang thực hiện'),
        (3, 'Kiểm tra chất lượng hàng hóa', 'Hoàn thành'),
        (4, 'Vận động DN tham dự Giải thưởng CLQG', 'Không phát sinh'),
        (5, 'ISO tại UBND xã', '')]
d_xlsx('HoTram_bc_CT38_2026.xlsx', ('26620', 'Xã Hồ Tràm'), 'XÃ HỒ TRÀM', 'Hồ Tràm', '264',
       '2026-10-29', 'ngày 29 tháng 10 năm 2026', D3t1, D3t2, D3t3, D3t4,
       ['Địa bàn rộng, nhiều hộ kinh doanh nhỏ lẻ ven biển vào mùa du lịch.'],
       ['Đề nghị Chi cục tăng cường kiểm tra đo lường tại các điểm kinh doanh hải sản vào mùa du lịch.'],
       'Bùi Thị Hạnh',
       [('II.1.a', 'completed', {'training_courses': 1, 'participants': 110, 'communications': 15}, 'Hội nghị triển khai Luật Đo lường 01, 110 người; 15 tin'),
        ('II.5.c', 'in_progress', {'establishments_inspected': 20, 'violations': 2, 'fines_vnd': 2500000, 'instruments_verified': 95},
         'Kiểm tra cân tại chợ Phước Bửu 20 cơ sở, 2 vi phạm, 2.500.000; kiểm định 95 cân'),
        ('II.5.a', 'completed', {'establishments_inspected': 9, 'violations': 1, 'fines_vnd': 3000000}, 'Kiểm tra đồ chơi trẻ em, mũ bảo hiểm 9 cơ sở, 1 vi phạm, 3.000.000'),
        ('II.1.b', 'not_applicable', {}, 'Vận động DN tham dự Giải thưởng CLQG: Không phát sinh'),
        ('II.2.đ', 'unknown', {}, 'Duy trì ISO 9001 tại UBND xã: Rà soát quy trình theo bộ TTHC mới')])


def d_docx(fname, unit, uname_up, place, number, date_iso, date_txt, t1, t2, t3, t4, diffs, props, signer, keyed):
    d = newdoc()
    header(d, ['UBND ' + uname_up], f'Số: {number}/BC-UBND', f'{place}, {date_txt}')
    para(d, 'BÁO CÁO CHUYÊN ĐỀ', bold=True, center=True)
    para(d, 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)', bold=True, center=True)

    def table(title, hdr, rows):
        para(d, title, bold=True, italic=True, indent=False)
        t = d.add_table(rows=1, cols=len(hdr)); t.style = 'Table Grid'
        for j, h in enumerate(hdr):
            t.rows[0].cells[j].text = h
            for rr in t.rows[0].cells[j].paragraphs[0].runs: rr.bold = True
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                if isinstance(v, int) and v >= 100000:
                    v = f'{v:,}'.replace(',', '.')
                cells[j].text = str(v)
        d.add_paragraph()
    table('Biểu 1. Tuyên truyền, tập huấn', D_T1, t1)
    table('Biểu 2. Kiểm tra, phối hợp kiểm tra', D_T2, t2)
    table('Biểu 3. Hoạt động khác', D_T3, t3)
    table('Biểu 4. Tự đánh giá mức độ thực hiện', D_T4, t4)
    para(d, 'Khó khăn:', bold=True, indent=False)
    for x in diffs: para(d, x)
    para(d, 'Đề xuất:', bold=True, indent=False)
    for x in props: para(d, x)
    signature(d, ['- Sở KH&CN;', '- Lưu: VT.'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, f'{number}/BC-UBND', date_iso, keyed, diffs, props)


D4t1 = [(1, 'Hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa', '18/6/2026', '01', 62, ''),
        (2, 'Tin bài trên trang thông tin điện tử xã', 'Cả năm', '05', '-', ''),
        (3, 'Cử công chức dự tập huấn nghiệp vụ', '10/9/2026', '-', 3, '')]
D4t2 = [(1, 'Kiểm tra cân, thước tại chợ Đất Đỏ', 16, 2, 1800000, ''),
        (2, 'Kiểm tra cân tại chợ Phước Hải', 21, 1, 900000, ''),
        (3, 'Kiểm tra cân tại chợ Láng Dài', 11, '-', '-', ''),
        ('', 'Cộng (03 cuộc)', 48, 3, 2700000, '')]
D4t3 = [(1, 'Khảo sát chất lượng nước mắm tại cơ sở chế biến (phối hợp Chi cục lấy mẫu)', '06 mẫu'),
        (2, 'Duy trì Hệ thống quản lý chất lượng tại UBND xã', 'Đã công bố lại HTQLCL ngày 15/8/2026')]
D4t4 = [(1, 'Tuyên truyền, phổ biến', 'Hoàn thành'),
        (2, 'Cử công chức tập huấn', 'Hoàn thành'),
        (3, 'Phối hợp kiểm tra đo lường tại chợ', 'Hoàn thành'),
        (4, 'Khảo sát chất lượng nước mắm', 'Đang thực hiện'),
        (5, 'Áp dụng HTQLCL tại UBND xã', 'Hoàn thành'),
        (6, 'Khen thưởng, xử lý tố giác', 'Không phát sinh')]
d_docx('BC TDC 2026 - Dat Do.docx', ('26680', 'Xã Đất Đỏ'), 'XÃ ĐẤT ĐỎ', 'Đất Đỏ', '317',
       '2026-10-28', 'ngày 28 tháng 10 năm 2026', D4t1, D4t2, D4t3, D4t4,
       ['Chưa có kinh phí chi cho thử nghiệm mẫu khảo sát.', 'Công chức phụ trách thay đổi sau sắp xếp.'],
       ['Đề nghị Chi cục hỗ trợ chi phí thử nghiệm mẫu nước mắm.'],
       'Bùi Thị Hạnh',
       [('II.1.a', 'completed', {'training_courses': 1, 'participants': 62, 'communications': 5}, 'Hội nghị phổ biến Luật Chất lượng 01, 62 người; 05 tin bài'),
        ('II.3.a', 'completed', {'participants': 3}, 'Cử công chức dự tập huấn nghiệp vụ: 3'),
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 48, 'violations': 3, 'fines_vnd': 2700000}, 'Cộng (03 cuộc) 48 cơ sở, 3 vi phạm, 2.700.000'),
        ('II.5.b', 'in_progress', {'samples_tested': 6}, D4t3[0][1] + ': 06 mẫu'),
        ('II.2.đ', 'completed', {}, D4t3[1][1]),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng, xử lý tố giác: Không phát sinh')])


# ---------------------------------------------------------------- LibreOffice re-save
def resave(fname, fmt):
    src = os.path.join(OUT, fname)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{td}/prof', '--convert-to', fmt,
                        '--outdir', td, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(td, fname), src)


resave('DongHoa-baocao-CT38.docx', 'docx')
resave('ChauDuc-BC-TDC.xlsx', 'xlsx')

for fname, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
