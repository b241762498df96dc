# -*- coding: utf-8 -*-
"""Generator for set36: ward/commune/special-zone reports (province 79)."""
import json, os, hashlib, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
REPORTS = []  # (fname, key)

def E(task, status, text, **ind):
    return dict(task=task, status=status, indicators=ind, text=text)

def key(fname, uid, uname, number, date, entries, diffs, props, status='extracted', reason=None):
    # merge entries of same task
    merged = {}
    order = []
    for e in entries:
        if e is None: continue
        if e['task'] in merged:
            m = merged[e['task']]
            assert m['status'] == e['status'], (fname, e['task'])
            for k, v in e['indicators'].items():
                assert k not in m['indicators'], (fname, e['task'], k)
                m['indicators'][k] = v
            m['text'] += ' ' + e['text']
        else:
            merged[e['task']] = dict(task=e['task'], status=e['status'], indicators=dict(e['indicators']), text=e['text'])
            order.append(e['task'])
    return dict(file=fname, sha256=None, status=status, reason=reason,
                unit={'id': uid, 'name': uname}, document={'number': number, 'date': date},
                entries=[merged[t] for t in order], findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + edge); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)

def cell_par(cell, text, bold=False, italic=False, center=True, size=None, first=False, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def header_table(d, upper, unit_up, number_line, place_date, size=12):
    t = d.add_table(rows=2, cols=2); no_borders(t)
    c = t.cell(0, 0)
    if upper: cell_par(c, upper, first=True, size=size); cell_par(c, unit_up, bold=True, size=size)
    else: cell_par(c, unit_up, bold=True, first=True, size=size)
    cell_par(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, first=True, size=size)
    cell_par(t.cell(0, 1), 'Độc lập - Tự do - Hạnh phúc', bold=True, size=size+1, underline=True)
    cell_par(t.cell(1, 0), number_line, first=True, size=size)
    cell_par(t.cell(1, 1), place_date, italic=True, first=True, size=size)
    return t

def para(d, text, bold=False, italic=False, align=None, indent=True, size=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align != 'l': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not style: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    return p

def signature(d, left_lines, right_title, name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0)
    p = c.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for l in left_lines:
        p = c.add_paragraph(); r = p.add_run(l); r.font.size = Pt(10)
    c = t.cell(0, 1)
    for i, l in enumerate(right_title.split('\n')):
        cell_par(c, l, bold=True, first=(i == 0))
    for _ in range(3): cell_par(c, '')
    cell_par(c, name, bold=True)

def fmtdate_words(iso):
    y, m, dd = iso.split('-')
    return 'ngày %s tháng %s năm %s' % (dd, m, y)

# ================================================================ HAND 1
# Ward officer, Phòng Kinh tế - Hạ tầng và Đô thị: groups the ward's work by the
# TĐC *fields* (đo lường / chất lượng / tiêu chuẩn-tuyên truyền), one "- " paragraph
# per piece of work, and always closes the paragraph with a sentence
# "Nội dung này ... (xong / đang ... / chưa ... / không phát sinh)".
def hand1(fname, uid, uname, short, number, date, place, fields, diffs, props, signer):
    d = new_doc(size=13)
    header_table(d, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG ' + short.upper(),
                 'Số: ' + number, place + ', ' + fmtdate_words(date))
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False, size=14)
    para(d, 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\ntrên địa bàn ' + uname,
         bold=True, align='c', indent=False)
    para(d, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện; Ủy ban nhân dân ' + uname + ' báo cáo kết quả thực hiện trên địa bàn phường như sau:')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    entries = []
    for i, (title, items) in enumerate(fields, 1):
        para(d, '%d. %s' % (i, title), bold=True, indent=False)
        for e in items:
            para(d, '- ' + e['text'])
            entries.append(e)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 của Ủy ban nhân dân ' + uname + './.')
    signature(d, ['- Chi cục TĐC (Sở KH&CN);', '- TT. Đảng ủy phường;', '- Lưu: VT, KTHTĐT.'], 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer)
    d.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, uid, uname, number, date, entries, diffs, props)))

def h1_data():
    # --- Bàn Cờ
    hand1('27154_BC_TDC_2026_phuong_Ban_Co.docx', '27154', 'Phường Bàn Cờ', 'Bàn Cờ', '412/BC-UBND', '2026-10-27', 'Bàn Cờ', [
        ('Lĩnh vực đo lường', [
            E('II.5.c', 'in_progress', 'Tổ kiểm tra của phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc chấp hành quy định về đo lường đối với cân dùng trong mua bán tại chợ Bàn Cờ và các cửa hàng xăng dầu trên địa bàn. Trong năm đã kiểm tra 3 đợt với tổng số 46 cơ sở (44 tiểu thương tại chợ, 2 cửa hàng xăng dầu); phát hiện 5 trường hợp sử dụng cân không đạt yêu cầu, đã lập biên bản và xử phạt vi phạm hành chính tổng số tiền 7.500.000 đồng. Phường duy trì 2 điểm cân đối chứng tại chợ Bàn Cờ và chợ Vườn Chuối, trong năm đã kiểm định lại 2 cân đối chứng. Nội dung này phường đang tiếp tục thực hiện, dự kiến kiểm tra thêm 1 đợt vào tháng 12/2026.',
              inspections=3, establishments_inspected=46, violations=5, fines_vnd=7500000, instruments_verified=2)]),
        ('Lĩnh vực chất lượng sản phẩm, hàng hóa', [
            E('II.5.b', 'completed', 'Phối hợp Đội Quản lý thị trường và Chi cục Tiêu chuẩn Đo lường Chất lượng lấy tổng cộng 10 mẫu (6 mẫu xăng dầu, 4 mẫu mũ bảo hiểm) tại các cửa hàng trên đường Nguyễn Thiện Thuật, Cách Mạng Tháng Tám để khảo sát chất lượng; kết quả các mẫu đều đạt. Nội dung này phường đã thực hiện xong.',
              samples_tested=10),
            E('II.2.d', 'in_progress', 'Hướng dẫn 21 cơ sở (18 hộ kinh doanh và 3 doanh nghiệp nhỏ) về ghi nhãn hàng hóa và công bố hợp quy đối với đồ chơi trẻ em, thiết bị điện gia dụng. Nội dung này thực hiện thường xuyên, hiện đang tiếp tục.',
              enterprises_supported=21)]),
        ('Lĩnh vực tiêu chuẩn; tuyên truyền, tập huấn', [
            E('II.1.a', 'completed', 'Đăng 4 tin, bài trên Trang thông tin điện tử và nhóm Zalo của phường; tổ chức 1 buổi phổ biến quy định về đo lường, ghi nhãn hàng hóa cho 65 hộ kinh doanh tại chợ Bàn Cờ. Nội dung này phường đã thực hiện xong.',
              communications=4, training_courses=1, participants=65),
            E('II.2.đ', 'in_progress', 'Duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Ủy ban nhân dân phường; đã ban hành lại 12 quy trình do thay đổi thủ tục hành chính. Nội dung này đang thực hiện, dự kiến công bố lại trong tháng 11/2026.'),
            E('II.3.a', 'completed', 'Cử 2 công chức tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức trong tháng 5/2026. Nội dung này đã xong.',
              participants=2)]),
    ], ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ Phòng Kinh tế - Hạ tầng và Đô thị phải kiêm nhiệm nhiều việc.',
        'Chưa được trang bị cân đối chứng dự phòng và thiết bị kiểm tra nhanh.'],
       ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường.',
        'Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí thay thế cân đối chứng tại chợ Bàn Cờ.'], 'Trần Quốc Hưng')
    # --- Phú Lâm
    hand1('BC-286-UBND-PhuLam-tieu-chuan-do-luong.docx', '27349', 'Phường Phú Lâm', 'Phú Lâm', '286/BC-UBND', '2026-11-03', 'Phú Lâm', [
        ('Lĩnh vực đo lường', [
            E('II.5.c', 'completed', 'Phường phối hợp kiểm tra đo lường tại chợ Phú Lâm và chợ Bình Tiên, kiểm tra 2 đợt tại 37 cơ sở kinh doanh có sử dụng cân, chưa phát hiện vi phạm. Nội dung này phường đã hoàn thành kế hoạch kiểm tra năm.',
              inspections=2, establishments_inspected=37)]),
        ('Lĩnh vực chất lượng sản phẩm, hàng hóa', [
            E('II.5.b', 'not_applicable', 'Trong năm không có đoàn lấy mẫu khảo sát chất lượng sản phẩm, hàng hóa trên địa bàn phường. Nội dung này không phát sinh.'),
            E('II.5.d', 'completed', 'Tiếp nhận 2 đơn phản ánh của người dân về việc cân thiếu tại chợ; đã xác minh, xử lý 1 trường hợp vi phạm với số tiền phạt 2.000.000 đồng, 1 đơn không có cơ sở; thông tin người phản ánh được giữ bí mật. Nội dung này đã giải quyết xong.',
              violations=1, fines_vnd=2000000)]),
        ('Lĩnh vực tiêu chuẩn; tuyên truyền, tập huấn', [
            E('II.1.b', 'completed', 'Chuyển tài liệu giới thiệu Giải thưởng Chất lượng Quốc gia năm 2026 đến 9 doanh nghiệp trên địa bàn và vận động tham gia; đến nay chưa có doanh nghiệp đăng ký. Nội dung này đã thực hiện xong.',
              enterprises_supported=9),
            E('II.2.đ', 'in_progress', 'Sau sắp xếp, phường xây dựng mới hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính. Nội dung này đang thực hiện.'),
            E('II.3.a', 'not_started', 'Việc cử công chức dự lớp tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng: trong năm phường chưa cử được người tham dự. Nội dung này chưa thực hiện.')]),
    ], ['Sau sắp xếp, địa bàn phường rộng, có 3 chợ truyền thống nhưng chỉ có 1 điểm cân đối chứng.'],
       ['Kiến nghị Chi cục bố trí thêm 1 cân đối chứng cho chợ Bình Tiên.'], 'Lê Thị Ngọc Hân')
    # --- Tân Sơn Nhì
    hand1('TanSonNhi_baocao_TDC_nam2026.docx', '27019', 'Phường Tân Sơn Nhì', 'Tân Sơn Nhì', '198/BC-UBND', '2026-10-30', 'Tân Sơn Nhì', [
        ('Lĩnh vực đo lường', [
            E('II.5.c', 'completed', 'Kiểm tra 1 đợt về đo lường tại 5 cửa hàng xăng dầu trên địa bàn; phát hiện 1 cửa hàng có cột đo hết hạn kiểm định, đã nhắc nhở và yêu cầu kiểm định lại. Nội dung này phường đã làm xong trong tháng 8.',
              inspections=1, establishments_inspected=5, violations=1)]),
        ('Lĩnh vực chất lượng sản phẩm, hàng hóa', [
            E('II.2.a', 'in_progress', 'Giới thiệu 4 doanh nghiệp sản xuất thực phẩm, may mặc trên địa bàn tham gia chương trình hỗ trợ áp dụng truy xuất nguồn gốc và nâng cao năng suất, chất lượng của Thành phố. Nội dung này đang tiếp tục thực hiện.',
              enterprises_supported=4)]),
        ('Lĩnh vực tiêu chuẩn; tuyên truyền, tập huấn', [
            E('II.1.a', 'completed', 'Phát 12 bản tin về tiêu chuẩn, đo lường, chất lượng trên hệ thống loa của các khu phố. Nội dung này đã thực hiện đạt kế hoạch.',
              communications=12),
            E('II.2.đ', 'completed', 'Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của phường được duy trì; đã đánh giá nội bộ 1 lần trong tháng 9/2026. Nội dung này đã hoàn thành cho năm 2026.')]),
    ], ['Hộ kinh doanh còn e ngại, chưa hợp tác khi được hướng dẫn ghi nhãn và công bố sản phẩm.'],
       ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền mẫu (tờ rơi, video ngắn) để phường sử dụng.'], 'Phạm Văn Lộc')
    # --- Long Trường
    hand1('LongTruong-155-BC.docx', '26860', 'Phường Long Trường', 'Long Trường', '155/BC-UBND', '2026-11-05', 'Long Trường', [
        ('Lĩnh vực đo lường', [
            E('II.5.c', 'completed', 'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Long Trường: 1 cuộc, 22 cơ sở được kiểm tra, 2 cơ sở vi phạm, xử phạt 3.000.000 đồng. Nội dung này phường đã thực hiện xong.',
              inspections=1, establishments_inspected=22, violations=2, fines_vnd=3000000)]),
        ('Lĩnh vực chất lượng sản phẩm, hàng hóa', [
            E('II.5.b', 'in_progress', 'Phối hợp lấy 8 mẫu mũ bảo hiểm tại các cửa hàng trên đường Nguyễn Duy Trinh để khảo sát chất lượng. Nội dung này đang chờ kết quả thử nghiệm.',
              samples_tested=8)]),
        ('Lĩnh vực tiêu chuẩn; tuyên truyền, tập huấn', [
            E('II.1.b', 'not_started', 'Việc vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia: phường chưa triển khai. Nội dung này chưa thực hiện.'),
            E('II.3.a', 'completed', 'Cử 3 công chức dự lớp tập huấn trực tuyến về quản lý nhà nước tiêu chuẩn, đo lường, chất lượng. Nội dung này đã xong.',
              participants=3),
            E('II.2.đ', 'completed', 'Phường đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/9/2026. Nội dung này đã hoàn thành.')]),
    ], ['Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng trong dự toán của phường.'],
       ['Đề nghị Sở hướng dẫn cụ thể nội dung quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng được phân cấp cho cấp phường.'], 'Nguyễn Minh Triết')

# ================================================================ HAND 2
# Commune culture-society officer who also handles science & technology:
# Arabic theme headings of his own ("Tuyên truyền", "Tập huấn, hội nghị", "Hỗ trợ sản phẩm
# của xã", "Phối hợp kiểm tra"), "+ " bullets typed by hand, small counts written in
# words ("hai lớp", "ba cuộc"), status as plain verbs "đã làm xong / đang làm / chưa làm",
# money as "6.200.000đ" or "4,5 triệu đồng". Difficulties and proposals are items 5 and 6.
def hand2(fname, uid, uname, short, number, date, title, themes, diffs, props, signer, status='extracted', reason=None):
    d = new_doc(font='Times New Roman', size=14)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_par(t.cell(0, 0), 'ỦY BAN NHÂN DÂN', first=True, size=13)
    cell_par(t.cell(0, 0), 'XÃ ' + short.upper(), bold=True, size=13)
    cell_par(t.cell(0, 0), 'Số: ' + number, size=13)
    cell_par(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, first=True, size=12)
    cell_par(t.cell(0, 1), 'Độc lập - Tự do - Hạnh phúc', bold=True, size=13)
    y, m, dd = date.split('-')
    cell_par(t.cell(0, 1), '%s, ngày %d tháng %d năm %s' % (short, int(dd), int(m), y), italic=True, size=13)
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, title, bold=True, align='c', indent=False)
    para(d, '')
    entries = []
    n = 0
    for th, items in themes:
        n += 1
        para(d, '%d. %s' % (n, th), bold=True, indent=False)
        for it in items:
            if isinstance(it, str):
                para(d, '+ ' + it)
            else:
                para(d, '+ ' + it['text']); entries.append(it)
    n += 1
    para(d, '%d. Khó khăn, vướng mắc' % n, bold=True, indent=False)
    for x in diffs: para(d, '+ ' + x)
    n += 1
    para(d, '%d. Kiến nghị, đề xuất' % n, bold=True, indent=False)
    for x in props: para(d, '+ ' + x)
    para(d, 'Ủy ban nhân dân ' + uname + ' báo cáo để Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) tổng hợp./.' if status == 'extracted'
         else 'Trên đây là báo cáo của Ủy ban nhân dân ' + uname + './.')
    p = para(d, 'Người báo cáo: ' + signer + ' – công chức Văn hóa - Xã hội (phụ trách khoa học, công nghệ)', italic=True, indent=False)
    signature(d, ['- Như trên;', '- Lưu: VT, VHXH.'], 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Võ Thành Nhân' if 'Hóc' in short else 'Huỳnh Văn Tâm')
    d.save(os.path.join(OUT, fname))
    k = key(fname, uid, uname, number, date, entries if status == 'extracted' else [], diffs if status == 'extracted' else [],
            props if status == 'extracted' else [], status=status, reason=reason)
    REPORTS.append((fname, k))

def h2_data():
    T = 'Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026'
    hand2('bao cao TDC xa Hoc Mon 2026.docx', '27559', 'Xã Hóc Môn', 'Hóc Môn', '87/BC-UBND', '2026-10-21', T, [
        ('Tuyên truyền', [
            E('II.1.a', 'completed', 'Xã đã làm xong việc tuyên truyền về tiêu chuẩn, đo lường, chất lượng: phát trên loa truyền thanh và đăng trên Facebook, Zalo OA của xã tổng cộng 6 tin, bài.', communications=6),
            E('II.1.b', 'completed', 'Đã gửi thư mời tìm hiểu, tham dự Giải thưởng Chất lượng Quốc gia tới năm doanh nghiệp, hợp tác xã trên địa bàn (đã làm xong).', enterprises_supported=5)]),
        ('Tập huấn, hội nghị', [
            E('II.1.a', 'completed', 'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng mở một buổi hội nghị phổ biến quy định về nhãn hàng hóa, đo lường cho hộ sản xuất, kinh doanh của xã, có 72 người dự, đã làm xong.', training_courses=1, participants=72),
            E('II.3.a', 'completed', 'Xã cử hai công chức (Văn hóa - Xã hội và Kinh tế) đi dự lớp tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do Sở tổ chức, đã dự xong.', participants=2)]),
        ('Hỗ trợ sản phẩm của xã', [
            E('II.2.a', 'in_progress', 'Đang làm hồ sơ hướng dẫn ba cơ sở sản xuất (rau an toàn, nấm bào ngư, sữa bò tươi) áp dụng tem truy xuất nguồn gốc.', enterprises_supported=3)]),
        ('Phối hợp kiểm tra', [
            E('II.5.c', 'completed', 'Tổ công tác của xã phối hợp Chi cục kiểm tra 2 cuộc tại chợ Hóc Môn và các cửa hàng vật tư nông nghiệp, kiểm tra 31 cơ sở, có 4 cơ sở vi phạm, phạt 6.200.000đ; việc này đã làm xong.',
              inspections=2, establishments_inspected=31, violations=4, fines_vnd=6200000)]),
    ], ['Cán bộ văn hóa kiêm nhiệm thêm khoa học, công nghệ nên thời gian theo dõi lĩnh vực này còn ít.',
        'Người dân, hộ kinh doanh ở chợ chưa quan tâm nhiều đến cân đúng, cân đủ.'],
       ['Đề nghị Sở hỗ trợ tem truy xuất nguồn gốc miễn phí cho hộ sản xuất nhỏ của xã.'], 'Lâm Thị Kiều')
    hand2('BinhKhanh_BC64_TDC.docx', '27667', 'Xã Bình Khánh', 'Bình Khánh', '64/BC-UBND', '2026-10-28', T, [
        ('Tuyên truyền', [
            E('II.1.a', 'completed', 'Đã làm xong việc đăng tám tin bài về đo lường, chất lượng hàng hóa trên trang thông tin điện tử và nhóm Zalo các ấp.', communications=8),
            E('II.1.b', 'not_started', 'Việc vận động doanh nghiệp dự Giải thưởng Chất lượng Quốc gia xã chưa làm, do trên địa bàn chủ yếu là hộ nuôi trồng thủy sản.')]),
        ('Tập huấn, hội nghị', [
            E('II.3.a', 'completed', 'Xã cử một công chức dự lớp tập huấn nghiệp vụ tại Chi cục Tiêu chuẩn Đo lường Chất lượng, đã làm xong.', participants=1)]),
        ('Hỗ trợ sản phẩm của xã', [
            E('II.2.d', 'in_progress', 'Đang làm: hướng dẫn sáu cơ sở (2 hợp tác xã nuôi hàu, 4 hộ làm khô cá) ghi nhãn hàng hóa và tự công bố sản phẩm.', enterprises_supported=6),
            E('II.2.a', 'completed', 'Sản phẩm hàu của 2 hợp tác xã đã có mã QR truy xuất nguồn gốc, làm xong từ tháng 6/2026.', enterprises_supported=2)]),
        ('Phối hợp kiểm tra', [
            E('II.5.c', 'not_started', 'Xã chưa làm được đợt kiểm tra nào trong năm do Chi cục chưa có kế hoạch kiểm tra trên địa bàn xã.')]),
    ], ['Địa bàn xã cách trung tâm xa, đi lại bằng phà nên việc phối hợp với các đơn vị của Sở còn hạn chế.'],
       ['Kiến nghị Chi cục đưa xã Bình Khánh vào kế hoạch kiểm tra đo lường năm 2027, nhất là các vựa hải sản có sử dụng cân lớn.'], 'Đặng Văn Bé')
    hand2('XuyenMoc-BC132-tieuchuan-dolng.docx', '26632', 'Xã Xuyên Mộc', 'Xuyên Mộc', '132/BC-UBND', '2026-11-02', T, [
        ('Tuyên truyền', [
            E('II.1.a', 'completed', 'Đã làm xong: đưa 5 tin, bài về tiêu chuẩn, đo lường, chất lượng lên Trang thông tin điện tử xã; tổ chức hai buổi hội nghị phổ biến quy định pháp luật cho 110 lượt hộ kinh doanh, kinh phí 4,5 triệu đồng.',
              communications=5, training_courses=2, participants=110, budget_spent_vnd=4500000)]),
        ('Tập huấn, hội nghị', [
            E('II.3.a', 'not_started', 'Công chức phụ trách của xã chưa được dự lớp tập huấn nào về tiêu chuẩn, đo lường, chất lượng trong năm (chưa làm).')]),
        ('Hỗ trợ sản phẩm của xã', [
            E('II.2.a', 'in_progress', 'Đang làm: hỗ trợ 4 cơ sở sản xuất hạt điều, hồ tiêu (sản phẩm OCOP) làm tem truy xuất nguồn gốc.', enterprises_supported=4),
            E('II.2.đ', 'in_progress', 'Xã đang làm lại hệ thống quản lý chất lượng ISO 9001:2015 cho bộ phận một cửa sau sắp xếp.')]),
        ('Phối hợp kiểm tra', [
            E('II.5.c', 'completed', 'Phối hợp kiểm tra ba cuộc, mười hai cơ sở kinh doanh xăng dầu, khí hóa lỏng; 1 cơ sở vi phạm, phạt 5 triệu đồng; đã làm xong.',
              inspections=3, establishments_inspected=12, violations=1, fines_vnd=5000000)]),
    ], ['Xã chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng, phải lồng ghép vào kinh phí tuyên truyền chung.'],
       ['Đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn cho công chức cấp xã tại khu vực Bà Rịa - Vũng Tàu cũ để thuận tiện đi lại.',
        'Đề nghị hỗ trợ 50% chi phí cấp mã số mã vạch cho cơ sở OCOP của xã.'], 'Trịnh Thị Mỹ Linh')
    # mistaken: chuyển đổi số
    hand2('PhuGiao_BC119_baocao_quy3.docx', '25858', 'Xã Phú Giáo', 'Phú Giáo', '119/BC-UBND', '2026-10-07',
          'Kết quả thực hiện chuyển đổi số, Đề án 06 quý III năm 2026', [
        ('Hạ tầng số', ['Đã làm xong việc lắp đặt mạng wifi miễn phí tại nhà văn hóa 4 ấp.', 'Đang làm: nâng cấp máy tính cho bộ phận một cửa (8 máy).']),
        ('Dịch vụ công trực tuyến', ['Tiếp nhận 1.284 hồ sơ trực tuyến toàn trình, đạt 86%.', 'Thanh toán trực tuyến 412 hồ sơ.']),
        ('Tổ công nghệ số cộng đồng', ['Các tổ công nghệ số cộng đồng của 9 ấp đã hướng dẫn 2.150 lượt người dân cài đặt VNeID mức 2.', 'Chưa làm: tập huấn kỹ năng số cho hộ kinh doanh.']),
    ], ['Đường truyền tại một số ấp còn chập chờn.'], ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho tổ công nghệ số cộng đồng.'],
          'Ngô Thị Thu', status='rejected', reason='Báo cáo chuyển đổi số, Đề án 06 quý III/2026 — không phải báo cáo thực hiện kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng')

# ================================================================ HAND 5
# Newly merged ward reporting for the first time: explains the merger, Word's own
# automatic numbering (List Number style) for the items, status stated in the flow of
# the sentence ("việc này đã thực hiện xong", "chưa triển khai", "không phát sinh"),
# and a small two-column table "Một số số liệu" repeating the figures at the end.
def hand5(fname, uid, uname, short, number, date, intro, items, table_rows, diffs, props, signer):
    d = new_doc(size=13)
    numline = 'Số:        /BC-UBND' if number is None else 'Số: ' + number
    header_table(d, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG ' + short.upper(), numline, short + ', ' + fmtdate_words(date))
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False, size=14)
    para(d, 'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026', bold=True, align='c', indent=False)
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c', indent=False)
    for x in intro: para(d, x)
    entries = []
    for e in items:
        p = d.add_paragraph(style='List Number'); p.add_run(e['text']); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(4)
        entries.append(e)
    para(d, 'Một số số liệu cụ thể:', italic=True, indent=False)
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).paragraphs[0].add_run('Nội dung').bold = True
    t.cell(0, 1).paragraphs[0].add_run('Số lượng').bold = True
    for a, b in table_rows:
        r = t.add_row(); r.cells[0].text = a; r.cells[1].text = b
    para(d, '')
    para(d, 'Khó khăn, vướng mắc', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'Đề xuất', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, 'Ủy ban nhân dân ' + uname + ' kính báo cáo./.')
    signature(d, ['- Như trên;', '- Chủ tịch, các PCT UBND phường;', '- Lưu: VT.'], 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer)
    d.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, uid, uname, number, date, entries, diffs, props)))

def h5_data():
    hand5('Phuong Binh Tay - bao cao TC DL CL lan dau.docx', '27367', 'Phường Bình Tây', 'Bình Tây', None, '2026-11-10',
          ['Phường Bình Tây được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp một số phường thuộc Quận 6 cũ. Đây là lần đầu tiên phường báo cáo riêng về công tác tiêu chuẩn, đo lường, chất lượng; do các phường cũ chưa bàn giao đầy đủ số liệu nên báo cáo chủ yếu tính từ đầu năm 2026 đến nay.',
           'Ủy ban nhân dân phường báo cáo tình hình thực hiện như sau:'],
          [E('II.1.a', 'completed', 'Phường đã đăng 3 tin, bài trên Trang thông tin điện tử của phường về quy định đo lường trong mua bán và phối hợp Ban Quản lý chợ Bình Tây phát thanh nhắc nhở tiểu thương cân đúng, cân đủ; việc này đã thực hiện xong.', communications=3),
           E('II.5.c', 'in_progress', 'Chợ Bình Tây là chợ đầu mối lớn của khu vực nên phường tập trung vào việc kiểm tra cân. Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 2 đợt kiểm tra tại chợ, kiểm tra 64 quầy sạp, phát hiện 9 trường hợp sử dụng cân sai, xử phạt tổng cộng 18.000.000 đồng; 3 cân đối chứng của chợ đã được kiểm định lại trong tháng 4/2026. Hiện phường vẫn đang tiếp tục kiểm tra định kỳ.',
             inspections=2, establishments_inspected=64, violations=9, fines_vnd=18000000, instruments_verified=3),
           E('II.2.đ', 'in_progress', 'Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của phường đang được xây dựng lại từ đầu, vì trước đây mỗi phường cũ áp dụng một bộ quy trình riêng.'),
           E('II.3.a', 'not_started', 'Phường chưa cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do mới kiện toàn nhân sự, chưa triển khai được.'),
           E('II.1.b', 'not_applicable', 'Việc vận động tham gia Giải thưởng Chất lượng Quốc gia không phát sinh, do trên địa bàn chủ yếu là hộ kinh doanh cá thể.')],
          [('Tin, bài tuyên truyền', '3'), ('Số đợt kiểm tra tại chợ', '2'), ('Số quầy sạp được kiểm tra', '64'), ('Số trường hợp vi phạm', '9'),
           ('Tiền phạt (đồng)', '18.000.000'), ('Cân đối chứng được kiểm định', '3')],
          ['Phường mới sắp xếp, hồ sơ, số liệu của các phường cũ chưa được bàn giao đầy đủ nên chưa tổng hợp được số liệu đầu năm.',
           'Công chức phụ trách mới được phân công, chưa có kinh nghiệm về lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
          ['Đề nghị Chi cục gửi mẫu báo cáo và hướng dẫn cách tổng hợp số liệu để phường thực hiện thống nhất từ năm 2027.'], 'Lý Gia Huy')
    hand5('640_BC_UBND_DongHoa.docx', '25951', 'Phường Đông Hòa', 'Đông Hòa', '640/BC-UBND', '2026-10-29',
          ['Phường Đông Hòa (mới) đi vào hoạt động từ ngày 01/7/2025 sau khi sắp xếp đơn vị hành chính. Thực hiện yêu cầu của Chi cục Tiêu chuẩn Đo lường Chất lượng, lần đầu tiên phường tổng hợp, báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng như sau:'],
          [E('II.1.a', 'completed', 'Phường đã tổ chức 1 buổi tập huấn cho 40 hộ kinh doanh về ghi nhãn hàng hóa và sử dụng cân trong mua bán; buổi tập huấn đã hoàn thành trong tháng 7/2026.', training_courses=1, participants=40),
           E('II.5.c', 'completed', 'Phường phối hợp kiểm tra 11 cửa hàng xăng dầu trong 2 đợt, phát hiện 2 cửa hàng vi phạm về đo lường, xử phạt 30 triệu đồng; các đợt kiểm tra theo kế hoạch năm đã thực hiện xong.',
             inspections=2, establishments_inspected=11, violations=2, fines_vnd=30000000),
           E('II.2.đ', 'completed', 'Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của phường mới đã được xây dựng và công bố lại ngày 20/8/2026, đã hoàn thành.'),
           E('II.3.a', 'completed', 'Phường cử 1 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn của Chi cục, đã tham gia đầy đủ.', participants=1),
           E('II.2.d', 'in_progress', 'Phường đang hướng dẫn 5 doanh nghiệp sản xuất trên địa bàn thực hiện công bố hợp quy sản phẩm theo quy chuẩn kỹ thuật quốc gia.', enterprises_supported=5)],
          [('Lớp tập huấn cho hộ kinh doanh', '1 lớp / 40 người'), ('Cửa hàng xăng dầu được kiểm tra', '11'), ('Vi phạm', '2'), ('Tiền phạt', '30.000.000 đồng'),
           ('Doanh nghiệp được hướng dẫn công bố hợp quy', '5')],
          ['Phường có nhiều cơ sở kinh doanh xăng dầu ven quốc lộ 1K nhưng lực lượng kiểm tra của phường mỏng.'],
          ['Đề nghị Chi cục cho phường tham gia các đợt kiểm tra xăng dầu chuyên đề của Chi cục trên địa bàn.'], 'Nguyễn Thị Hồng Nhung')
    hand5('TamLong_211_BC_TDC.docx', '26572', 'Phường Tam Long', 'Tam Long', '211/BC-UBND', '2026-11-12',
          ['Phường Tam Long được thành lập trên cơ sở sắp xếp các xã, phường của thành phố Bà Rịa cũ, hoạt động từ ngày 01/7/2025. Đây là báo cáo đầu tiên của phường về nội dung này.'],
          [E('II.1.a', 'completed', 'Phường đã đăng 2 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử phường; việc này đã thực hiện xong.', communications=2),
           E('II.2.a', 'in_progress', 'Phường đang hướng dẫn 3 hợp tác xã rau, trái cây trên địa bàn đăng ký tem truy xuất nguồn gốc cho sản phẩm.', enterprises_supported=3),
           E('II.5.b', 'completed', 'Phường phối hợp Chi cục lấy 4 mẫu phân bón tại các đại lý vật tư nông nghiệp để khảo sát chất lượng, việc lấy mẫu đã thực hiện xong.', samples_tested=4),
           E('II.5.c', 'not_started', 'Việc kiểm tra đo lường tại các chợ trên địa bàn phường chưa triển khai, dự kiến thực hiện trong tháng 12/2026.'),
           E('II.2.đ', 'completed', 'Phường đã xây dựng, công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã hoàn thành.')],
          [('Tin, bài', '2'), ('Hợp tác xã được hướng dẫn truy xuất nguồn gốc', '3'), ('Mẫu phân bón được lấy', '4')],
          ['Đa số hợp tác xã, tổ hợp tác có quy mô nhỏ, chưa đủ kinh phí để áp dụng truy xuất nguồn gốc.'],
          ['Đề nghị Sở hỗ trợ kinh phí áp dụng truy xuất nguồn gốc cho hợp tác xã trên địa bàn phường.'], 'Bùi Văn Thắng')

# ================================================================ HAND 3 (xlsx)
# Ward office deputy (Phó Chánh Văn phòng HĐND-UBND) compiling what the ward's own
# offices sent in: one row per contribution, column "Bộ phận thực hiện" names the office
# (Phòng Kinh tế..., Phòng Văn hóa - Xã hội, Văn phòng, Công an phường), prose result
# cells, and a free-text "Tình hình" column ("Xong", "Đang thực hiện tiếp", "Chưa thực
# hiện", "Không có phát sinh"). Difficulties/proposals typed under the table.
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def hand3(fname, uid, uname, short, numinfo, date, rows, diffs, props, compiler):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Tong hop'
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 24; ws.column_dimensions['C'].width = 70
    ws.column_dimensions['D'].width = 20; ws.column_dimensions['E'].width = 18
    ws['A1'] = 'UBND ' + uname.upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'VĂN PHÒNG HĐND VÀ UBND'
    y, m, dd = date.split('-')
    if numinfo[0] == 'attach':
        ws['A4'] = 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026'
        ws['A5'] = '(Kèm theo Báo cáo số %s ngày %s/%s/%s của Ủy ban nhân dân %s)' % (numinfo[1], dd, m, y, uname)
    else:
        ws['D1'] = 'Số: ' + numinfo[1]
        ws['D2'] = '%s, ngày %s tháng %s năm %s' % (short, dd, m, y)
        ws['A4'] = 'TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026'
        ws['A5'] = '(Theo báo cáo của các phòng, bộ phận thuộc Ủy ban nhân dân phường)'
    ws['A4'].font = Font(bold=True, size=12); ws['A5'].font = Font(italic=True)
    hdr = ['STT', 'Bộ phận thực hiện', 'Nội dung công việc đã thực hiện', 'Tình hình', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8; entries = []
    for i, (dept, e, st, note) in enumerate(rows, 1):
        vals = [i, dept, e['text'], st, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
        entries.append(e); r += 1
    r += 1
    ws.cell(row=r, column=2, value='Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(row=r, column=2, value='- ' + x); r += 1
    ws.cell(row=r, column=2, value='Đề xuất:').font = Font(bold=True); r += 1
    for x in props: ws.cell(row=r, column=2, value='- ' + x); r += 1
    r += 1
    ws.cell(row=r, column=2, value='Người tổng hợp'); ws.cell(row=r, column=4, value='KT. CHÁNH VĂN PHÒNG'); r += 1
    ws.cell(row=r, column=4, value='PHÓ CHÁNH VĂN PHÒNG'); r += 4
    ws.cell(row=r, column=2, value=compiler); ws.cell(row=r, column=4, value=compiler)
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, uid, uname, numinfo[1], date, entries, diffs, props)))

def h3_data():
    KT = 'Phòng Kinh tế, Hạ tầng và Đô thị'; VH = 'Phòng Văn hóa - Xã hội'; VP = 'Văn phòng HĐND và UBND'
    hand3('ChanhHiep_tonghop_TDC_2026.xlsx', '25771', 'Phường Chánh Hiệp', 'Chánh Hiệp', ('attach', '521/BC-UBND'), '2026-10-29', [
        (KT, E('II.5.c', 'completed', 'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường, chất lượng xăng dầu tại 6 cửa hàng xăng dầu trên địa bàn (2 cuộc); 1 cửa hàng vi phạm về đo lường, xử phạt 15.000.000 đồng.',
               inspections=2, establishments_inspected=6, violations=1, fines_vnd=15000000), 'Xong', ''),
        (KT, E('II.5.b', 'in_progress', 'Lấy 5 mẫu phân bón, 3 mẫu thức ăn chăn nuôi (tổng 8 mẫu) gửi thử nghiệm theo chương trình khảo sát chất lượng của Chi cục.', samples_tested=8),
         'Đang thực hiện tiếp', 'Chờ kết quả thử nghiệm'),
        (VH, E('II.1.a', 'completed', 'Đăng 7 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử phường.', communications=7), 'Xong', ''),
        (VP, E('II.2.đ', 'in_progress', 'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; cập nhật 41 quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới.'), 'Đang thực hiện tiếp', ''),
        (VP, E('II.3.a', 'completed', 'Cử 2 công chức tham dự hội nghị tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng ngày 17/6/2026.', participants=2), 'Xong', ''),
        ('Công an phường', E('II.5.d', 'completed', 'Tiếp nhận 1 tin báo của người dân về kinh doanh mũ bảo hiểm giả nhãn hiệu, đã chuyển Đội Quản lý thị trường xử lý; giữ bí mật thông tin người báo tin.'), 'Xong', 'Đã chuyển xử lý'),
    ], ['Chưa có công chức được đào tạo chuyên sâu về đo lường, chất lượng.'],
       ['Đề nghị Chi cục hướng dẫn quy trình phối hợp kiểm tra giữa phường và Chi cục.'], 'Đỗ Thị Thanh Vân')
    hand3('TanHai-308-tong hop.xlsx', '26710', 'Phường Tân Hải', 'Tân Hải', ('num', '308/BC-UBND'), '2026-11-04', [
        (KT, E('II.1.a', 'completed', 'Tổ chức 1 hội nghị triển khai văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng; 52 đại biểu là đại diện doanh nghiệp, hộ kinh doanh tham dự.', training_courses=1, participants=52), 'Xong', ''),
        (KT, E('II.1.b', 'completed', 'Giới thiệu, hướng dẫn 3 doanh nghiệp sản xuất thép, vật liệu xây dựng tìm hiểu Giải thưởng Chất lượng Quốc gia 2026; 1 doanh nghiệp đã nộp hồ sơ.', enterprises_supported=3), 'Xong', ''),
        (KT, E('II.5.c', 'completed', 'Kiểm tra việc chấp hành quy định về đo lường tại 4 cửa hàng xăng dầu và 1 trạm cân ô tô (1 cuộc, 5 cơ sở); số vi phạm: 0.',
               inspections=1, establishments_inspected=5, violations=0), 'Xong', ''),
        (VH, E('II.1.a', 'completed', 'Đăng 9 tin, bài trên trang Fanpage của phường.', communications=9), 'Xong', ''),
        (VP, E('II.2.đ', 'not_started', 'Xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp: đang chờ hướng dẫn.'), 'Chưa thực hiện', ''),
        (VP, E('II.3.a', 'not_applicable', 'Cử công chức dự tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng.'), 'Không có phát sinh', 'Trong năm chưa có thông báo mở lớp'),
    ], ['Phường có nhiều doanh nghiệp lớn trong khu công nghiệp nhưng việc quản lý thuộc Ban Quản lý các khu công nghiệp, phường khó nắm thông tin.'],
       ['Đề nghị Sở chia sẻ danh sách doanh nghiệp đã công bố hợp chuẩn, hợp quy trên địa bàn phường.'], 'Phan Minh Khoa')
    hand3('KhanhHoi_BC377_bieu.xlsx', '27265', 'Phường Khánh Hội', 'Khánh Hội', ('num', '377/BC-UBND'), '2026-10-30', [
        (KT, E('II.5.c', 'in_progress', 'Phối hợp Đội Quản lý thị trường và Chi cục kiểm tra 3 cuộc tại 27 cơ sở kinh doanh thực phẩm đóng gói, hàng tiêu dùng về nhãn hàng hóa và đo lường hàng đóng gói sẵn; 6 cơ sở vi phạm, phạt 21.500.000 đồng.',
               inspections=3, establishments_inspected=27, violations=6, fines_vnd=21500000), 'Đang thực hiện tiếp', 'Còn 1 đợt tháng 12'),
        (KT, E('II.2.d', 'completed', 'Hướng dẫn 12 hộ kinh doanh ghi nhãn hàng hóa, đăng ký mã số mã vạch.', enterprises_supported=12), 'Xong', ''),
        (VH, E('II.1.a', 'completed', 'Đăng 5 tin, bài về cân đúng, cân đủ và nhãn hàng hóa trên Trang thông tin điện tử phường.', communications=5), 'Xong', ''),
        (VH, E('II.1.b', 'not_applicable', 'Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia: không có doanh nghiệp quan tâm.'), 'Không có phát sinh', ''),
        (VP, E('II.2.đ', 'completed', 'Công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 của phường sau sắp xếp.'), 'Xong', 'QĐ công bố ngày 02/10/2026'),
    ], ['Nhiều hộ kinh doanh nhỏ lẻ ở các chợ trên địa bàn thường xuyên thay đổi, khó quản lý.'],
       ['Đề nghị Sở cấp bổ sung 02 cân đối chứng cho các chợ trên địa bàn phường.'], 'Trương Quang Vinh')

# ================================================================ HAND 4 (xlsx)
# Commune accountant asked to write the report: an expense-style table
# (Nội dung | Thời gian | Kết quả | Kinh phí (đồng) | Nguồn kinh phí | Tình hình thực hiện),
# real numeric money cells formatted #,##0 with a SUM "Cộng" row, real Excel dates,
# zero-padded counts in "Kết quả" ("01 hội nghị; 85 người"), signature row
# "Người lập biểu / Kế toán / Chủ tịch".
def hand4(fname, uid, uname, short, number, date, title, rows, diffs, props, names, status='extracted', reason=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC'
    widths = [5, 48, 13, 30, 16, 16, 18]
    for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
    kind = 'ĐẶC KHU' if uname.startswith('Đặc khu') else 'XÃ'
    ws['A1'] = 'UBND ' + kind + ' ' + short.upper(); ws['A1'].font = Font(bold=True)
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + number
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    y, m, dd = date.split('-')
    ws['E3'] = '%s, ngày %s tháng %s năm %s' % (short, dd, m, y); ws['E3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=12)
    hdr = ['STT', 'Nội dung công việc', 'Thời gian thực hiện', 'Kết quả', 'Kinh phí thực hiện (đồng)', 'Nguồn kinh phí', 'Tình hình thực hiện']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8; entries = []
    for i, row in enumerate(rows, 1):
        e, content, when, result, money, source, st = row
        vals = [i, content, when, result, money, source, st]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
            if j == 5: c.number_format = '#,##0'
            if j == 3 and isinstance(v, datetime.date): c.number_format = 'dd/mm/yyyy'
        if e is not None: entries.append(e)
        r += 1
    ws.cell(row=r, column=2, value='Cộng').font = Font(bold=True)
    c = ws.cell(row=r, column=5, value='=SUM(E8:E%d)' % (r - 1)); c.number_format = '#,##0'; c.font = Font(bold=True)
    for j in range(1, 8): ws.cell(row=r, column=j).border = BOX
    r += 2
    ws.cell(row=r, column=2, value='Khó khăn:').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(row=r, column=2, value=x); r += 1
    ws.cell(row=r, column=2, value='Đề xuất:').font = Font(bold=True); r += 1
    for x in props: ws.cell(row=r, column=2, value=x); r += 1
    r += 1
    ws.cell(row=r, column=2, value='Người lập biểu'); ws.cell(row=r, column=4, value='Kế toán'); ws.cell(row=r, column=6, value='CHỦ TỊCH'); r += 4
    ws.cell(row=r, column=2, value=names[0]); ws.cell(row=r, column=4, value=names[0]); ws.cell(row=r, column=6, value=names[1])
    wb.save(os.path.join(OUT, fname))
    if status == 'extracted':
        REPORTS.append((fname, key(fname, uid, uname, number, date, entries, diffs, props)))
    else:
        REPORTS.append((fname, key(fname, uid, uname, number, date, [], [], [], status=status, reason=reason)))

def h4_data():
    D = datetime.date
    hand4('BauBang_BC245_kinhphi_TDC.xlsx', '25822', 'Xã Bàu Bàng', 'Bàu Bàng', '245/BC-UBND', '2026-10-26',
          'BÁO CÁO KẾT QUẢ VÀ KINH PHÍ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026', [
        (E('II.1.a', 'completed', 'Tổ chức hội nghị tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh: 01 hội nghị; 85 người; kinh phí 3.200.000', training_courses=1, participants=85, budget_spent_vnd=3200000),
         'Tổ chức hội nghị tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh', D(2026, 5, 14), '01 hội nghị; 85 người', 3200000, 'Ngân sách xã', 'Đã thực hiện'),
        (E('II.1.a', 'completed', 'Đăng tin trên Trang thông tin điện tử xã: 04 tin bài', communications=4),
         'Đăng tin trên Trang thông tin điện tử xã', 'Quý II-III/2026', '04 tin bài', None, '', 'Đã thực hiện'),
        (E('II.3.a', 'completed', 'Cử công chức dự tập huấn của Chi cục TĐC: 02 người; công tác phí 400.000', participants=2, budget_spent_vnd=400000),
         'Cử công chức dự tập huấn của Chi cục TĐC', D(2026, 6, 22), '02 người', 400000, 'Kinh phí hoạt động', 'Đã thực hiện'),
        (E('II.5.c', 'in_progress', 'Phối hợp kiểm tra đo lường tại chợ Bàu Bàng, cửa hàng xăng dầu: 02 cuộc; 17 cơ sở; 03 vi phạm; phạt 9.000.000 đ; bồi dưỡng tổ kiểm tra 1.500.000',
           inspections=2, establishments_inspected=17, violations=3, fines_vnd=9000000, budget_spent_vnd=1500000),
         'Phối hợp kiểm tra đo lường tại chợ Bàu Bàng, cửa hàng xăng dầu (bồi dưỡng tổ kiểm tra)', 'Tháng 8-9/2026', '02 cuộc; 17 cơ sở; 03 vi phạm; phạt 9.000.000 đ', 1500000, 'Ngân sách xã', 'Đang thực hiện'),
        (E('II.2.đ', 'in_progress', 'Duy trì ISO 9001:2015 tại UBND xã (thuê tư vấn): 12.000.000', budget_spent_vnd=12000000),
         'Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại UBND xã (thuê tư vấn)', 'Cả năm', '', 12000000, 'Ngân sách xã', 'Đang thực hiện'),
        (E('II.1.b', 'not_started', 'Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia'),
         'Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia', '', '', None, '', 'Chưa thực hiện'),
    ], ['Dự toán năm 2026 của xã không có mục chi riêng cho công tác tiêu chuẩn, đo lường, chất lượng.'],
       ['Đề nghị cấp trên bổ sung kinh phí sự nghiệp khoa học và công nghệ cho cấp xã để thực hiện kế hoạch.'], ('Huỳnh Thị Bích Trâm', 'Lê Văn Sang'))
    hand4('NhaBe_301_bieu_TDC.xlsx', '27655', 'Xã Nhà Bè', 'Nhà Bè', '301/BC-UBND', '2026-11-06',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026', [
        (E('II.1.a', 'completed', 'Tuyên truyền trên loa truyền thanh, Trang thông tin điện tử xã: 05 tin, bài', communications=5),
         'Tuyên truyền trên loa truyền thanh, Trang thông tin điện tử xã', 'Tháng 3-10/2026', '05 tin, bài', 0, '', 'Đã thực hiện'),
        (E('II.2.d', 'in_progress', 'Hướng dẫn cơ sở sản xuất công bố chất lượng, ghi nhãn hàng hóa: 07 cơ sở', enterprises_supported=7),
         'Hướng dẫn cơ sở sản xuất công bố chất lượng, ghi nhãn hàng hóa', 'Thường xuyên', '07 cơ sở', 0, '', 'Đang thực hiện'),
        (E('II.5.b', 'completed', 'Phối hợp Chi cục TĐC lấy mẫu xăng dầu khảo sát chất lượng: 06 mẫu', samples_tested=6),
         'Phối hợp Chi cục TĐC lấy mẫu xăng dầu khảo sát chất lượng', D(2026, 7, 9), '06 mẫu', 0, '', 'Đã thực hiện'),
        (E('II.5.c', 'completed', 'Kiểm tra cân tại chợ Phú Xuân, chợ Nhà Bè; kiểm định cân đối chứng: 01 cuộc; 24 cơ sở; 01 cân đối chứng được kiểm định; phí kiểm định 650.000',
           inspections=1, establishments_inspected=24, instruments_verified=1, budget_spent_vnd=650000),
         'Kiểm tra cân tại chợ Phú Xuân, chợ Nhà Bè; kiểm định cân đối chứng', D(2026, 9, 16), '01 cuộc; 24 cơ sở; 01 cân đối chứng được kiểm định', 650000, 'Ngân sách xã', 'Đã thực hiện'),
        (E('II.2.đ', 'in_progress', 'Xây dựng hệ thống quản lý chất lượng ISO 9001:2015: 8.500.000', budget_spent_vnd=8500000),
         'Xây dựng hệ thống quản lý chất lượng ISO 9001:2015 (phường, xã mới)', 'Tháng 6-12/2026', '', 8500000, 'Ngân sách xã', 'Đang thực hiện'),
    ], ['Chứng từ thanh toán phí kiểm định cân đối chứng phải chờ hóa đơn của đơn vị kiểm định nên chậm quyết toán.'],
       ['Đề nghị Chi cục thông báo trước kế hoạch lấy mẫu để xã bố trí người phối hợp.'], ('Mai Thị Kim Oanh', 'Phạm Hữu Tài'))
    hand4('ConDao_BC92_TDC_2026.xlsx', '26732', 'Đặc khu Côn Đảo', 'Côn Đảo', '92/BC-UBND', '2026-10-31',
          'BÁO CÁO KẾT QUẢ, KINH PHÍ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026', [
        (E('II.1.a', 'completed', 'Tuyên truyền quy định về đo lường, chất lượng cho hộ kinh doanh dịch vụ du lịch, hải sản: 03 tin bài; 01 hội nghị, 46 người; 2.750.000',
           communications=3, training_courses=1, participants=46, budget_spent_vnd=2750000),
         'Tuyên truyền quy định về đo lường, chất lượng cho hộ kinh doanh dịch vụ du lịch, hải sản', D(2026, 4, 23), '03 tin bài; 01 hội nghị, 46 người', 2750000, 'Ngân sách đặc khu', 'Đã thực hiện'),
        (E('II.5.c', 'completed', 'Kiểm tra đo lường tại chợ Côn Đảo: 01 cuộc; 19 cơ sở; 02 vi phạm (cảnh cáo)', inspections=1, establishments_inspected=19, violations=2),
         'Kiểm tra đo lường tại chợ Côn Đảo', D(2026, 8, 12), '01 cuộc; 19 cơ sở; 02 vi phạm (cảnh cáo)', None, '', 'Đã thực hiện'),
        (E('II.5.c', 'completed', 'Kiểm định 02 cân đối chứng (vận chuyển vào đất liền): 4.200.000', instruments_verified=2, budget_spent_vnd=4200000),
         'Kiểm định cân đối chứng tại chợ (vận chuyển vào đất liền)', D(2026, 5, 5), '02 cân đối chứng', 4200000, 'Ngân sách đặc khu', 'Đã thực hiện'),
        (E('II.3.a', 'not_started', 'Cử công chức dự tập huấn chuyên môn'),
         'Cử công chức dự tập huấn chuyên môn', '', 'Không cử được do lịch tàu', None, '', 'Chưa thực hiện'),
        (E('II.2.a', 'in_progress', 'Hỗ trợ cơ sở chế biến hải sản áp dụng truy xuất nguồn gốc: 02 cơ sở', enterprises_supported=2),
         'Hỗ trợ cơ sở chế biến hải sản áp dụng truy xuất nguồn gốc', 'Quý III-IV/2026', '02 cơ sở', None, '', 'Đang thực hiện'),
    ], ['Chi phí vận chuyển cân đối chứng vào đất liền để kiểm định cao, mất nhiều thời gian.'],
       ['Đề nghị Chi cục bố trí kiểm định viên ra đặc khu kiểm định tại chỗ 1 lần/năm.'], ('Trần Thị Ngọc Diễm', 'Nguyễn Văn Quang'))
    # mistaken: phòng chống thiên tai
    hand4('LongHai_BC278_kinhphi.xlsx', '26662', 'Xã Long Hải', 'Long Hải', '278/BC-UBND', '2026-10-20',
          'BÁO CÁO KINH PHÍ THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026', [
        (None, 'Mua sắm áo phao, phao tròn cứu sinh', D(2026, 4, 2), '120 áo phao; 30 phao tròn', 38500000, 'Quỹ PCTT', 'Đã thực hiện'),
        (None, 'Diễn tập phòng chống bão, áp thấp nhiệt đới cấp xã', D(2026, 6, 18), '01 cuộc diễn tập; 210 người', 64000000, 'Ngân sách xã', 'Đã thực hiện'),
        (None, 'Gia cố kè chắn sóng đoạn Lò Vôi', 'Quý III/2026', '350 m', 185000000, 'Ngân sách xã', 'Đang thực hiện'),
        (None, 'Trực ban mùa mưa bão', 'Tháng 6-11/2026', '', 27600000, 'Quỹ PCTT', 'Đang thực hiện'),
    ], ['Quỹ phòng, chống thiên tai thu được thấp.'], ['Đề nghị hỗ trợ kinh phí gia cố kè.'], ('Võ Thị Hạnh', 'Lê Quang Định'),
          status='rejected', reason='Báo cáo kinh phí phòng, chống thiên tai và tìm kiếm cứu nạn — không phải báo cáo thực hiện kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng')

# ---------------------------------------------------------------- main
def resave_lo(fname):
    src = os.path.join(OUT, fname); tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    ext = fname.rsplit('.', 1)[1]
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fname), src); shutil.rmtree(tmp)

if __name__ == '__main__':
    h1_data(); h2_data(); h5_data(); h3_data(); h4_data()
    for f in ('TanSonNhi_baocao_TDC_nam2026.docx', 'NhaBe_301_bieu_TDC.xlsx'):
        resave_lo(f)
    for fname, k in REPORTS:
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
        json.dump(k, open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(REPORTS), 'files')
