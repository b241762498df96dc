# -*- coding: utf-8 -*-
"""Generator for set58. Four hands: Trâm (H1, DOCX), Khoa (H2, XLSX pivot),
Thu (H3, DOCX công văn of departments), Lộc (H4, XLSX one sheet per plan group)."""
import os, json, hashlib, unicodedata, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

AG = {}
import csv
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        AG[r['id']] = r['name']

KEYS = {}


def nfc(s):
    return unicodedata.normalize('NFC', s)


def key(fname, unit_id, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': AG[unit_id]},
                       document={'number': number, 'date': date},
                       entries=[dict(task=e['task'], status=e['status'], indicators=e.get('ind', {}),
                                     text=e.get('text', '')) for e in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, space_after=4, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    if indent and align is None: pf.first_line_indent = Cm(1)
    pf.space_after = Pt(space_after)
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s; r.italic = 'i' in s; r.underline = 'u' in s
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = tblPr.makeelement(qn('w:tblBorders'), {})
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = b.makeelement(qn('w:' + e), {qn('w:val'): 'nil'})
        b.append(x)
    tblPr.append(b)


def cell_lines(cell, lines):
    """lines: list of (text, bold, italic, underline)"""
    cell.paragraphs[0].text = ''
    first = True
    for t, b, i, u in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t); r.bold = b; r.italic = i; r.underline = u
        r.font.size = Pt(12 if not b else 12.5)


def header_block(d, left, right, widths=(7, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(widths[0]); t.columns[1].width = Cm(widths[1])
    t.cell(0, 0).width = Cm(widths[0]); t.cell(0, 1).width = Cm(widths[1])
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    return t


QH = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False, False),
      ('Độc lập - Tự do - Hạnh phúc', True, False, True)]


def date_vn(iso, place='Thành phố Hồ Chí Minh'):
    y, m, dd = iso.split('-')
    return f'{place}, ngày {dd} tháng {m} năm {y}'


def sign(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0 = t.cell(0, 0); c1 = t.cell(0, 1)
    c0.paragraphs[0].text = ''
    first = True
    for txt, b, i in left_lines:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(11 if not b else 12)
    cell_lines(c1, [(x, True, False, False) for x in right_lines[:-1]] + [('', False, False, False)] * 3 +
               [(right_lines[-1], True, False, False)])


def save_docx(d, name):
    p = os.path.join(OUT, name)
    d.save(p)
    return p


# =========================================================== HAND 1 — Trâm
# numbering "1." per task, sub-activities "a.1)", heading carries the unit's role
# and the plan's schedule in parentheses, status in a closing "Phần việc này …" sentence
# with the words hoàn tất / còn dở dang / chưa đến kỳ / không có việc phát sinh.

def h1_report(fname, unit_id, upper, short_sub, number, date, title_tail, intro, tasks, diffs, props,
              signer, signer_title, noi_nhan, size=13):
    d = new_doc(size=size)
    left = [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False, False, False)] + \
           [(u, True, False, False) for u in upper]
    if number:
        left.append(('', False, False, False))
        left.append(('Số: ' + number, False, False, False))
    right = QH + [('', False, False, False), (date_vn(date, 'TP. Hồ Chí Minh' if not number else 'Thành phố Hồ Chí Minh'), False, True, False)]
    header_block(d, left, right)
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title_tail, bold=True, align='c', space_after=12)
    for x in intro:
        para(d, x)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for n, t in enumerate(tasks, 1):
        runs(d, [(f'{n}. {t["head"]} ', 'b'), (f'({t["role"]})', 'i')], indent=True)
        for k, s in enumerate(t['subs'], 1):
            para(d, f'a.{k}) {s}')
        para(d, 'Phần việc này ' + t['close'])
    para(d, 'II. KHÓ KHĂN, HẠN CHẾ', bold=True, indent=False)
    for k, s in enumerate(diffs, 1):
        para(d, f'a.{k}) {s}')
    para(d, 'III. ĐỀ XUẤT', bold=True, indent=False)
    for k, s in enumerate(props, 1):
        para(d, f'a.{k}) {s}')
    para(d, f'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {short_sub}./.')
    sign(d, [('Nơi nhận:', True, True)] + [(x, False, False) for x in noi_nhan], signer_title + [signer])
    return save_docx(d, fname)


def build_h1():
    # ---- 1. Chi cục TĐC
    T = []
    E = []
    T.append(dict(head='Tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu',
                  role='Chi cục chủ trì; thời gian theo KH: Quý I, II và III/2026',
                  subs=['Phối hợp Phòng Quản lý Khoa học tổ chức 03 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (Luật Chất lượng sản phẩm, hàng hóa sửa đổi; quy định về nhãn hàng hóa) tại trụ sở Sở, phường Thủ Dầu Một và phường Bà Rịa.',
                        'Ngày 22/8/2026 tổ chức 01 buổi tọa đàm với doanh nghiệp nhập khẩu về đăng ký kiểm tra nhà nước chất lượng hàng hóa nhập khẩu trên Cổng thông tin một cửa quốc gia.',
                        'Tổng cộng đã tổ chức 04 lớp, buổi với 376 lượt người tham dự; kinh phí đã chi 86.400.000đ từ nguồn kinh phí sự nghiệp khoa học công nghệ năm 2026.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.1.a', status='completed', ind=dict(training_courses=4, participants=376, budget_spent_vnd=86400000),
                  text=T[-1]['subs'][2]))
    T.append(dict(head='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
                  role='Chi cục thực hiện; thời gian theo KH: Quý I và II/2026',
                  subs=['Đăng 02 tin bài trên Cổng thông tin điện tử Sở và Bản tin Tiêu chuẩn Đo lường Chất lượng; gửi thư mời đến các doanh nghiệp từng đạt giải cấp Thành phố.',
                        'Hướng dẫn trực tiếp 11 doanh nghiệp lập hồ sơ tham dự Giải thưởng.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.1.b', status='completed', ind=dict(communications=2, enterprises_supported=11), text=T[-1]['subs'][1]))
    T.append(dict(head='Chương trình năng suất chất lượng, Đề án 996 và Đề án 100',
                  role='Chi cục chủ trì; thời gian theo KH: Quý IV/2026',
                  subs=['Hỗ trợ 07 doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean) theo Chương trình 1322.',
                        'Hướng dẫn 04 hợp tác xã nông nghiệp triển khai hệ thống truy xuất nguồn gốc theo Đề án 100; tính chung 11 đơn vị được hỗ trợ.'],
                  close='còn dở dang, Chi cục tiếp tục triển khai trong Quý IV/2026.'))
    E.append(dict(task='II.2.a', status='in_progress', ind=dict(enterprises_supported=11), text=T[-1]['subs'][1]))
    T.append(dict(head='Giải thưởng Chất lượng Quốc gia năm 2026',
                  role='Chi cục thực hiện; thời gian theo KH: Quý II, III và IV/2026',
                  subs=['Tiếp nhận hồ sơ, tổ chức Hội đồng sơ tuyển và đánh giá tại doanh nghiệp; đã chuyển kết quả sơ tuyển về Hội đồng Quốc gia ngày 30/9/2026.'],
                  close='còn dở dang (đang chờ kết quả xét duyệt của Hội đồng Quốc gia).'))
    E.append(dict(task='II.2.b', status='in_progress', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Góp ý tiêu chuẩn, quy chuẩn kỹ thuật và xây dựng quy chuẩn địa phương',
                  role='Chi cục chủ trì; thời gian theo KH: Quý IV/2026',
                  subs=['Góp ý 17 dự thảo (14 dự thảo TCVN và 03 dự thảo QCVN) theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ quản lý ngành.',
                        'Đối với quy chuẩn kỹ thuật địa phương: đang khảo sát nhu cầu tại các sở, ngành.'],
                  close='còn dở dang.'))
    E.append(dict(task='II.2.e', status='in_progress', ind=dict(standards_reviewed=17), text=T[-1]['subs'][0]))
    T.append(dict(head='Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã, đặc khu',
                  role='Chi cục thực hiện; thời gian theo KH: Quý II, III và IV/2026',
                  subs=['Tổ chức 02 lớp bồi dưỡng nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã, đặc khu với 241 lượt học viên.',
                        'Cử công chức tham dự Hội thảo hưởng ứng Ngày Tiêu chuẩn Thế giới 14/10/2026.'],
                  close='còn dở dang, lớp thứ ba dự kiến mở trong tháng 11/2026.'))
    E.append(dict(task='II.3.a', status='in_progress', ind=dict(training_courses=2, participants=241), text=T[-1]['subs'][0]))
    T.append(dict(head='Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
                  role='Chi cục chủ trì, Phòng Kiểm tra – Pháp chế phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Hiệu chuẩn 26 phương tiện, thiết bị kỹ thuật nghiệp vụ (quả cân chuẩn, bình chuẩn dung tích, thiết bị đo điện) phục vụ kiểm tra; kinh phí 38.750.000đ.'],
                  close='làm thường xuyên, đến nay vẫn đang tiếp tục.'))
    E.append(dict(task='II.4.b', status='in_progress', ind=dict(instruments_verified=26, budget_spent_vnd=38750000), text=T[-1]['subs'][0]))
    T.append(dict(head='Kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa trên thị trường',
                  role='Chi cục chủ trì; thời gian theo KH: thường xuyên',
                  subs=['Đội Kiểm tra tổ chức 09 cuộc kiểm tra tại 73 cơ sở kinh doanh xăng dầu, vàng trang sức, mũ bảo hiểm và đồ chơi trẻ em.',
                        'Phát hiện 12 cơ sở vi phạm; Chi cục trưởng và Chánh Thanh tra đã ban hành quyết định xử phạt với tổng số tiền 186.500.000đ.'],
                  close='làm thường xuyên, đến nay vẫn đang tiếp tục.'))
    E.append(dict(task='II.5.a', status='in_progress', ind=dict(inspections=9, establishments_inspected=73, violations=12, fines_vnd=186500000), text=T[-1]['subs'][0]))
    T.append(dict(head='Khảo sát chất lượng sản phẩm, hàng hóa',
                  role='Chi cục chủ trì; thời gian theo KH: thường xuyên',
                  subs=['Lấy 65 mẫu (40 mẫu xăng dầu, 25 mẫu mũ bảo hiểm) gửi Trung tâm Dịch vụ Phân tích thí nghiệm thử nghiệm; kết quả đã thông báo Phòng Kiểm tra – Pháp chế.'],
                  close='đã hoàn tất đợt khảo sát năm 2026.'))
    E.append(dict(task='II.5.b', status='completed', ind=dict(samples_tested=65), text=T[-1]['subs'][0]))
    T.append(dict(head='Hợp tác với Ủy ban TĐC Quốc gia và APO về năng suất',
                  role='Chi cục chủ trì; thời gian theo KH: thường xuyên (nếu có yêu cầu)',
                  subs=['Trong năm 2026 chưa nhận được yêu cầu phối hợp.'],
                  close='không có việc phát sinh.'))
    E.append(dict(task='II.6.b', status='not_applicable', ind={}, text=T[-1]['subs'][0]))
    diffs = ['Biên chế Đội Kiểm tra còn mỏng (05 người) trong khi địa bàn Thành phố sau sắp xếp rộng, nhiều cơ sở ở xa trung tâm.',
             'Kinh phí khảo sát chất lượng chỉ đủ lấy mẫu một số nhóm hàng, chưa đáp ứng yêu cầu giám sát thường xuyên.',
             'Một số doanh nghiệp còn e ngại tham dự Giải thưởng Chất lượng Quốc gia do thời gian đánh giá kéo dài.']
    props = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 để mở rộng nhóm hàng điện – điện tử và đồ chơi trẻ em.',
             'Đề nghị Sở có văn bản đôn đốc các sở, ngành và Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo đúng hạn để Chi cục tổng hợp.']
    f = '418-BC-CCTDC-CT38-2026.docx'
    h1_report(f, 'SKHCN-CCTDC', ['CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG'], 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
              '418/BC-CCTĐC', '2026-10-29',
              'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
              ['Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 (các phòng và Đội Kiểm tra của Chi cục cùng tham gia) như sau:'],
              T, diffs, props, 'Trần Văn Hậu', ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG'],
              ['- Sở KH&CN (để b/c);', '- Lãnh đạo Chi cục;', '- Lưu: VT, QLTC. Trâm.'])
    key(f, 'SKHCN-CCTDC', '418/BC-CCTĐC', '2026-10-29', E, diffs, props)

    # ---- 2. Phòng KT-PC
    T, E = [], []
    T.append(dict(head='Góp ý văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng',
                  role='Phòng phối hợp; thời gian theo KH: định kỳ hoặc đột xuất',
                  subs=['Góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và 01 dự thảo Thông tư về đo lường theo đề nghị của Bộ.',
                        'Rà soát, tổng hợp vướng mắc khi áp dụng Luật Tiêu chuẩn và Quy chuẩn kỹ thuật gửi Chi cục tổng hợp.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.2.c', status='completed', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP',
                  role='Phòng phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Phối hợp Chi cục rà soát danh mục phương tiện nghiệp vụ hiện có, đề xuất mua sắm bổ sung máy đo tỷ trọng xăng dầu.'],
                  close='còn dở dang.'))
    E.append(dict(task='II.4.b', status='in_progress', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Kiểm tra, giám sát hàng hóa lưu thông',
                  role='Phòng phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Tham gia 04 đoàn kiểm tra liên ngành, kiểm tra 28 cơ sở kinh doanh khí dầu mỏ hóa lỏng và thiết bị điện.',
                        'Tham mưu xử lý 05 trường hợp vi phạm, số tiền phạt 42.000.000đ.'],
                  close='làm thường xuyên, đến nay vẫn đang tiếp tục.'))
    E.append(dict(task='II.5.a', status='in_progress', ind=dict(inspections=4, establishments_inspected=28, violations=5, fines_vnd=42000000), text=T[-1]['subs'][0]))
    T.append(dict(head='Phối hợp với Ủy ban nhân dân phường, xã, đặc khu',
                  role='Phòng phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Tổ chức 01 buổi hướng dẫn trực tuyến về thẩm quyền xử phạt vi phạm hành chính trong lĩnh vực đo lường, chất lượng cho công chức cấp xã, 210 lượt tham dự.'],
                  close='làm thường xuyên, đến nay vẫn đang tiếp tục.'))
    E.append(dict(task='II.5.c', status='in_progress', ind=dict(training_courses=1, participants=210), text=T[-1]['subs'][0]))
    T.append(dict(head='Khen thưởng, bảo vệ người tố giác; xử lý hành vi tiêu cực',
                  role='Phòng phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Trong kỳ Phòng không nhận được đơn tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.'],
                  close='không có việc phát sinh.'))
    E.append(dict(task='II.5.d', status='not_applicable', ind={}, text=T[-1]['subs'][0]))
    diffs = ['Sau khi sắp xếp đơn vị hành chính, một số phường, xã chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp còn chậm.']
    props = ['Đề nghị Chi cục chủ trì xây dựng quy chế phối hợp mẫu giữa Sở và Ủy ban nhân dân cấp xã trong kiểm tra đo lường, chất lượng.']
    f = 'bao cao KT-PC CT38.docx'
    h1_report(f, 'SKHCN-KTPC', ['PHÒNG KIỂM TRA – PHÁP CHẾ'], 'Phòng Kiểm tra – Pháp chế', '96/BC-KTPC', '2026-10-26',
              'Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (phần việc của Phòng Kiểm tra – Pháp chế)',
              ['Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Phòng Kiểm tra – Pháp chế báo cáo các phần việc Phòng được giao phối hợp như sau:'],
              T, diffs, props, 'Lê Minh Quang', ['TRƯỞNG PHÒNG'],
              ['- Chi cục TĐC (để t/h);', '- Lưu: KT-PC.'])
    key(f, 'SKHCN-KTPC', '96/BC-KTPC', '2026-10-26', E, diffs, props)

    # ---- 3. Văn phòng Sở (re-saved through LibreOffice later)
    T, E = [], []
    T.append(dict(head='Hệ thống quản lý chất lượng ISO tại cơ quan Sở',
                  role='Văn phòng phối hợp; thời gian theo KH: tháng 01 – 11/2026',
                  subs=['Phối hợp Chi cục rà soát, cập nhật quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015.',
                        'Tham gia đoàn đánh giá nội bộ tại các phòng của Sở trong tháng 8/2026.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.2.đ', status='completed', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Liên thông Cổng thông tin một cửa quốc gia',
                  role='Văn phòng phối hợp; thời gian theo KH: Quý I/2026',
                  subs=['Bố trí bộ phận tiếp nhận và trả kết quả, cấu hình tài khoản tiếp nhận hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu từ tháng 3/2026.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.2.h', status='completed', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Đầu tư trang thiết bị cho đơn vị sự nghiệp',
                  role='Văn phòng phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Thẩm định, trình phê duyệt dự toán mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm; đã giải ngân 2.145.000.000đ.'],
                  close='còn dở dang, gói thầu thứ hai đang chờ phê duyệt kết quả lựa chọn nhà thầu.'))
    E.append(dict(task='II.4.a', status='in_progress', ind=dict(budget_spent_vnd=2145000000), text=T[-1]['subs'][0]))
    T.append(dict(head='Khen thưởng trong công tác tiêu chuẩn, đo lường, chất lượng',
                  role='Văn phòng phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Tham mưu Giám đốc Sở khen thưởng 02 tập thể và 03 cá nhân có thành tích trong kiểm tra đo lường xăng dầu.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.5.d', status='completed', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Thông tin tuyên truyền về tập huấn pháp luật',
                  role='Văn phòng phối hợp; thời gian theo KH: Quý I, II và III/2026',
                  subs=['Đăng tải 08 tin bài về các lớp tập huấn, tọa đàm trên Cổng thông tin điện tử Sở.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.1.a', status='completed', ind=dict(communications=8), text=T[-1]['subs'][0]))
    diffs = ['Nguồn kinh phí mua sắm, sửa chữa trang thiết bị phân bổ chậm, đến tháng 9/2026 mới được giao bổ sung.']
    props = ['Đề nghị Chi cục gửi sớm kế hoạch tập huấn để Văn phòng chủ động bố trí hội trường và đưa tin.']
    f = 'VP_BC CT38 nam 2026.docx'
    h1_report(f, 'SKHCN-VP', ['VĂN PHÒNG'], 'Văn phòng Sở', '233/BC-VP', '2026-10-30',
              'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
              ['Văn phòng Sở Khoa học và Công nghệ báo cáo kết quả các phần việc được giao phối hợp tại Kế hoạch như sau:'],
              T, diffs, props, 'Ngô Thị Bích Liên', ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
              ['- Chi cục TĐC;', '- Lưu: VT.'])
    key(f, 'SKHCN-VP', '233/BC-VP', '2026-10-30', E, diffs, props)

    # ---- 4. Trung tâm PTTN
    T, E = [], []
    T.append(dict(head='Đầu tư cơ sở vật chất, trang thiết bị, nguồn nhân lực',
                  role='Trung tâm chủ trì; thời gian theo KH: thường xuyên',
                  subs=['Đầu tư mới 06 thiết bị thử nghiệm (máy sắc ký khí ghép khối phổ, máy quang phổ hấp thu nguyên tử, tủ vi khí hậu…), giá trị đã giải ngân 4.860.000.000đ.',
                        'Cử 12 lượt viên chức tham gia 03 khóa đào tạo về ISO/IEC 17025:2017 và đánh giá độ không đảm bảo đo.'],
                  close='còn dở dang, Trung tâm tiếp tục thực hiện các gói mua sắm còn lại.'))
    E.append(dict(task='II.4.a', status='in_progress', ind=dict(budget_spent_vnd=4860000000, participants=12, training_courses=3), text=T[-1]['subs'][0]))
    T.append(dict(head='Nâng cao năng lực dịch vụ kỹ thuật, mở rộng phạm vi cung cấp dịch vụ',
                  role='Trung tâm phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Được công nhận mở rộng 15 phép thử theo ISO/IEC 17025.',
                        'Thực hiện kiểm định, hiệu chuẩn 18.642 phương tiện đo cho tổ chức, cá nhân trên địa bàn.'],
                  close='làm thường xuyên, đến nay vẫn đang tiếp tục.'))
    E.append(dict(task='II.2.g', status='in_progress', ind=dict(instruments_verified=18642), text=T[-1]['subs'][1]))
    T.append(dict(head='Duy trì liên kết chuẩn đo lường',
                  role='Trung tâm phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Gửi hiệu chuẩn 09 chuẩn chính (khối lượng, dung tích, áp suất, nhiệt độ) tại Viện Đo lường Việt Nam.'],
                  close='đã hoàn tất đợt hiệu chuẩn năm 2026.'))
    E.append(dict(task='II.4.c', status='completed', ind=dict(instruments_verified=9), text=T[-1]['subs'][0]))
    T.append(dict(head='Thử nghiệm mẫu phục vụ khảo sát chất lượng',
                  role='Trung tâm phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Thử nghiệm 65 mẫu xăng dầu, mũ bảo hiểm do Chi cục gửi, trả kết quả đúng hạn.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.5.b', status='completed', ind=dict(samples_tested=65), text=T[-1]['subs'][0]))
    T.append(dict(head='Hỗ trợ doanh nghiệp công bố hợp chuẩn, hợp quy',
                  role='Trung tâm phối hợp; thời gian theo KH: thường xuyên',
                  subs=['Tư vấn 23 doanh nghiệp thử nghiệm, chứng nhận và công bố hợp quy sản phẩm.'],
                  close='làm thường xuyên, đến nay vẫn đang tiếp tục.'))
    E.append(dict(task='II.2.d', status='in_progress', ind=dict(enterprises_supported=23), text=T[-1]['subs'][0]))
    diffs = ['Một số thiết bị phân tích đã sử dụng trên 10 năm, chi phí sửa chữa lớn, thường xuyên hư hỏng.',
             'Thiếu kiểm định viên có chứng chỉ cho lĩnh vực đo điện và đo lưu lượng.']
    props = ['Đề nghị Sở xem xét bố trí vốn đầu tư công giai đoạn 2026 – 2030 cho dự án nâng cấp phòng thử nghiệm của Trung tâm.']
    f = 'TTPT - bao cao chi thi 38.docx'
    h1_report(f, 'SKHCN-TTPTTN', ['TRUNG TÂM DỊCH VỤ PHÂN TÍCH', 'THÍ NGHIỆM VÀ TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG'],
              'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng', '157/BC-TTPT', '2026-10-28',
              'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
              ['Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo như sau:'],
              T, diffs, props, 'Đặng Quốc Việt', ['GIÁM ĐỐC'], ['- Chi cục TĐC;', '- Lưu: VT, KH.'], size=12)
    key(f, 'SKHCN-TTPTTN', '157/BC-TTPT', '2026-10-28', E, diffs, props)

    # ---- 5. Phòng QLKH (no Số)
    T, E = [], []
    T.append(dict(head='Thu hút chuyên gia, cán bộ trình độ cao lĩnh vực tiêu chuẩn, đo lường, chất lượng',
                  role='Phòng chủ trì; thời gian theo KH: thường xuyên',
                  subs=['Tham mưu triển khai Quyết định số 05/2026/QĐ-UBND; tiếp nhận, thẩm định hồ sơ đề nghị thu hút chuyên gia về đo lường và thử nghiệm.'],
                  close='còn dở dang.'))
    E.append(dict(task='II.3.c', status='in_progress', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Phối hợp tập huấn văn bản quy phạm pháp luật',
                  role='Phòng phối hợp; thời gian theo KH: Quý I, II và III/2026',
                  subs=['Phối hợp Chi cục tổ chức 01 lớp tập huấn cho các tổ chức khoa học và công nghệ tại phường Thủ Dầu Một, 96 lượt tham dự.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.1.a', status='completed', ind=dict(training_courses=1, participants=96), text=T[-1]['subs'][0]))
    T.append(dict(head='Phối hợp triển khai Chương trình năng suất chất lượng',
                  role='Phòng phối hợp; thời gian theo KH: Quý IV/2026',
                  subs=['Theo Kế hoạch, nội dung thẩm định nhiệm vụ khoa học và công nghệ về năng suất sẽ thực hiện trong Quý IV/2026.'],
                  close='chưa đến kỳ thực hiện.'))
    E.append(dict(task='II.2.a', status='not_started', ind={}, text=T[-1]['subs'][0]))
    T.append(dict(head='Phối hợp bồi dưỡng chuyên sâu về năng suất',
                  role='Phòng phối hợp; thời gian theo KH: Quý II và III/2026',
                  subs=['Góp ý nội dung chương trình các khóa bồi dưỡng chuyên sâu về năng suất do Chi cục tổ chức.'],
                  close='đã hoàn tất.'))
    E.append(dict(task='II.3.b', status='completed', ind={}, text=T[-1]['subs'][0]))
    diffs = ['Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường, chất lượng có trình độ cao.']
    props = ['Đề nghị bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục lĩnh vực ưu tiên thu hút năm 2027.']
    f = 'QLKH_baocao_CT38_T10.docx'
    h1_report(f, 'SKHCN-QLKH', ['PHÒNG QUẢN LÝ KHOA HỌC'], 'Phòng Quản lý Khoa học', None, '2026-10-31',
              'Kết quả thực hiện nhiệm vụ theo Kế hoạch Chỉ thị 38-CT/TW năm 2026',
              ['Phòng Quản lý Khoa học báo cáo Chi cục Tiêu chuẩn Đo lường Chất lượng để tổng hợp như sau:'],
              T, diffs, props, 'Võ Thanh Tùng', ['TRƯỞNG PHÒNG'], ['- Chi cục TĐC;', '- Lưu: QLKH.'])
    key(f, 'SKHCN-QLKH', None, '2026-10-31', E, diffs, props)


# =========================================================== HAND 3 — Thu
# công văn-shaped report of a city department (Số …, V/v line, Kính gửi), results as
# "- " paragraphs naming the department's division as the actor, each event's date in
# parentheses after its count, status inside a sentence ("đã thực hiện xong", "đang tiếp tục"),
# then "II. HẠN CHẾ VÀ NGUYÊN NHÂN" with "1. Hạn chế" items and "2. Nguyên nhân" a)/b), then "III. KIẾN NGHỊ".

def h3_report(fname, dept_upper, number, vv, date, opening, items, hanche, nguyennhan, kiennghi, closing, signer, noinhan,
              result_head='I. KẾT QUẢ THỰC HIỆN'):
    d = new_doc(size=13)
    left = [('ỦY BAN NHÂN DÂN', False, False, False), ('THÀNH PHỐ HỒ CHÍ MINH', False, False, False)] + \
           [(x, True, False, False) for x in dept_upper] + [('', False, False, False), ('Số: ' + number, False, False, False)]
    if vv:
        left.append((vv, False, False, False))
    right = QH + [('', False, False, False), (date_vn(date), False, True, False)]
    header_block(d, left, right, widths=(7.5, 9))
    para(d, '')
    p = para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    for x in opening:
        para(d, x)
    para(d, result_head, bold=True, indent=False)
    for it in items:
        para(d, '- ' + it)
    if hanche or nguyennhan:
        para(d, 'II. HẠN CHẾ VÀ NGUYÊN NHÂN', bold=True, indent=False)
        para(d, '1. Hạn chế', bold=True, italic=True)
        for x in hanche:
            para(d, '- ' + x)
        para(d, '2. Nguyên nhân', bold=True, italic=True)
        for x in nguyennhan:
            para(d, x)
    para(d, 'III. KIẾN NGHỊ', bold=True, indent=False)
    for x in kiennghi:
        para(d, '- ' + x)
    para(d, closing)
    sign(d, [('Nơi nhận:', True, True)] + [(x, False, False) for x in noinhan], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', signer])
    return save_docx(d, fname)


def build_h3():
    # ---- Sở Y tế
    it = ['Phòng Nghiệp vụ Dược phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp phổ biến quy định về đo lường đối với phương tiện đo nhóm 2 dùng trong y tế (ngày 14/5/2026 và ngày 09/7/2026) cho 260 lượt cán bộ bệnh viện, trạm y tế; nội dung này đã thực hiện xong.',
          'Văn phòng Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã đánh giá nội bộ (tháng 6/2026) và công bố lại hệ thống (ngày 18/8/2026); việc áp dụng ISO năm 2026 của Sở đã hoàn thành.',
          'Phòng Nghiệp vụ Y góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Y tế chủ trì (trang thiết bị y tế, chất lượng nước sạch); riêng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch hiện vẫn đang lấy ý kiến các đơn vị cấp nước.',
          'Thanh tra Sở tiến hành 03 cuộc kiểm tra (tháng 4, tháng 7 và tháng 9/2026) tại 38 cơ sở kinh doanh trang thiết bị y tế và phương tiện đo huyết áp, nhiệt kế; phát hiện 07 cơ sở vi phạm, xử phạt 96.000.000 đồng. Công tác kiểm tra đang tiếp tục trong Quý IV/2026.',
          'Sở cử 05 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức (ngày 21/9/2026), việc cử cán bộ đã thực hiện xong.']
    E = [dict(task='II.1.a', status='completed', ind=dict(training_courses=2, participants=260), text=it[0]),
         dict(task='II.2.đ', status='completed', ind={}, text=it[1]),
         dict(task='II.2.e', status='in_progress', ind=dict(standards_reviewed=4), text=it[2]),
         dict(task='II.5.a', status='in_progress', ind=dict(inspections=3, establishments_inspected=38, violations=7, fines_vnd=96000000), text=it[3]),
         dict(task='II.3.a', status='completed', ind=dict(participants=5), text=it[4])]
    hc = ['Số lượng phương tiện đo dùng trong y tế lớn, phân tán ở nhiều cơ sở, trong khi lực lượng thanh tra chuyên ngành còn mỏng.',
          'Một số cơ sở khám bệnh, chữa bệnh tư nhân chưa chủ động kiểm định định kỳ máy đo huyết áp, nhiệt kế y học.']
    nn = ['a) Khách quan: danh mục phương tiện đo nhóm 2 thay đổi, nhiều cơ sở chưa cập nhật.',
          'b) Chủ quan: công tác tự kiểm tra tại một số bệnh viện chưa được quan tâm đúng mức.']
    kn = ['Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức kiểm định được chỉ định đối với phương tiện đo dùng trong y tế để Sở Y tế thông báo đến các cơ sở.']
    f = 'SYT_7412_bc CT38.docx'
    h3_report(f, ['SỞ Y TẾ'], '7412/SYT-NVD', 'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
              '2026-10-27',
              ['Phúc đáp Công văn số 2710/SKHCN-TĐC ngày 05/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW, Sở Y tế báo cáo như sau:'],
              it, hc, nn, kn, 'Trên đây là báo cáo của Sở Y tế, kính gửi Sở Khoa học và Công nghệ tổng hợp./.',
              'Nguyễn Anh Dũng', ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, NVD. Thu'])
    key(f, 'SO-YT', '7412/SYT-NVD', '2026-10-27', E, hc, kn)

    # ---- Sở GD&ĐT
    it = ['Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 buổi chuyên đề về tiêu chuẩn, mã số mã vạch và truy xuất nguồn gốc cho sinh viên 04 trường cao đẳng (ngày 11/3, 25/3, 08/4 và 22/4/2026), thu hút 1.120 lượt sinh viên tham dự; nội dung này đã thực hiện xong.',
          'Trang thông tin điện tử của Sở đăng 12 tin bài phổ biến về tiêu chuẩn, đo lường, chất lượng và Ngày Tiêu chuẩn Thế giới (đợt 1 tháng 3, đợt 2 tháng 10/2026); việc đăng tin đang tiếp tục thực hiện thường xuyên.',
          'Văn phòng Sở đang chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sang môi trường điện tử, dự kiến hoàn thành trong tháng 12/2026.']
    E = [dict(task='II.3.d', status='completed', ind=dict(training_courses=4, participants=1120), text=it[0]),
         dict(task='II.1.a', status='in_progress', ind=dict(communications=12), text=it[1]),
         dict(task='II.2.đ', status='in_progress', ind={}, text=it[2])]
    hc = ['Chương trình đào tạo của các trường chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng; nội dung chủ yếu được lồng ghép.']
    nn = ['a) Khách quan: khung chương trình đào tạo do cấp trên ban hành, nhà trường khó điều chỉnh trong năm học.',
          'b) Chủ quan: đội ngũ giảng viên am hiểu lĩnh vực tiêu chuẩn, đo lường, chất lượng còn ít.']
    kn = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ tài liệu và báo cáo viên cho các buổi chuyên đề năm học 2026 – 2027.']
    f = 'SGDDT bao cao KH38.docx'
    h3_report(f, ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'], '4890/BC-SGDĐT', None, '2026-10-30',
              ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện như sau:'],
              it, hc, nn, kn, 'Sở Giáo dục và Đào tạo kính gửi Sở Khoa học và Công nghệ tổng hợp./.',
              'Lê Thị Mỹ Hạnh', ['- Như trên;', '- Lưu: VT, GDNN.'])
    key(f, 'SO-GDDT', '4890/BC-SGDĐT', '2026-10-30', E, hc, kn)

    # ---- Sở NN&MT
    it = ['Chi cục Chất lượng, Chế biến và Phát triển thị trường hướng dẫn 32 hợp tác xã, doanh nghiệp áp dụng hệ thống truy xuất nguồn gốc và cấp mã số vùng trồng (đợt 1 tháng 5/2026, đợt 2 tháng 8/2026); việc hỗ trợ đang tiếp tục thực hiện.',
          'Phòng Khoa học và Công nghệ góp ý 06 dự thảo TCVN về phân bón, thuốc bảo vệ thực vật và thức ăn chăn nuôi; việc góp ý năm 2026 đã thực hiện xong.',
          'Thanh tra Sở chủ trì 11 cuộc kiểm tra chất lượng vật tư nông nghiệp tại 154 cơ sở (tập trung đợt cao điểm tháng 3 và tháng 9/2026), phát hiện 18 cơ sở vi phạm, xử phạt 247.500.000 đồng; công tác kiểm tra vẫn đang tiếp tục.',
          'Chi cục Trồng trọt và Bảo vệ thực vật lấy 120 mẫu phân bón, thức ăn chăn nuôi để giám sát chất lượng (từ tháng 4 đến tháng 8/2026); đợt giám sát năm 2026 đã thực hiện xong.',
          'Trong năm không phát sinh nội dung cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng thuộc lĩnh vực của Sở.']
    E = [dict(task='II.2.a', status='in_progress', ind=dict(enterprises_supported=32), text=it[0]),
         dict(task='II.2.e', status='completed', ind=dict(standards_reviewed=6), text=it[1]),
         dict(task='II.5.a', status='in_progress', ind=dict(inspections=11, establishments_inspected=154, violations=18, fines_vnd=247500000), text=it[2]),
         dict(task='II.5.b', status='completed', ind=dict(samples_tested=120), text=it[3]),
         dict(task='II.6.a', status='not_applicable', ind={}, text=it[4])]
    hc = ['Nhiều hợp tác xã còn hạn chế về hạ tầng công nghệ thông tin nên việc duy trì dữ liệu truy xuất nguồn gốc chưa thường xuyên.',
          'Kinh phí lấy mẫu giám sát chất lượng vật tư nông nghiệp còn hạn chế.']
    nn = ['a) Khách quan: địa bàn sản xuất nông nghiệp rộng sau khi hợp nhất, cơ sở kinh doanh vật tư nhỏ lẻ.',
          'b) Chủ quan: chưa có phần mềm dùng chung để quản lý cơ sở kinh doanh vật tư nông nghiệp.']
    kn = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn kết nối dữ liệu truy xuất nguồn gốc nông sản với Cổng truy xuất nguồn gốc quốc gia.',
          'Đề nghị phối hợp tổ chức tập huấn về tiêu chuẩn cơ sở cho hợp tác xã nông nghiệp trong năm 2027.']
    f = 'SNNMT-9035-BC.docx'
    h3_report(f, ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'], '9035/BC-SNNMT', None, '2026-10-29',
              ['Căn cứ đề nghị của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nội dung liên quan năm 2026 như sau:'],
              it, hc, nn, kn, 'Trên đây là báo cáo của Sở Nông nghiệp và Môi trường./.',
              'Phan Văn Lợi', ['- Như trên;', '- Lưu: VT, KHCN.'])
    key(f, 'SO-NNMT', '9035/BC-SNNMT', '2026-10-29', E, hc, kn)

    # ---- Sở Tư pháp
    it = ['Phòng Xây dựng và Kiểm tra văn bản thẩm định 02 dự thảo quyết định của Ủy ban nhân dân Thành phố liên quan đến quản lý chất lượng sản phẩm, hàng hóa (ngày 06/3/2026 và ngày 17/7/2026); việc thẩm định đã thực hiện xong.',
          'Phòng Phổ biến, giáo dục pháp luật lồng ghép phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) tại 03 hội nghị phổ biến, giáo dục pháp luật (tháng 4, tháng 6 và tháng 9/2026) với 540 lượt đại biểu; nội dung này đã thực hiện xong.',
          'Văn phòng Sở đang cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính mới được phân cấp.']
    E = [dict(task='II.2.c', status='completed', ind={}, text=it[0]),
         dict(task='II.1.a', status='completed', ind=dict(training_courses=3, participants=540), text=it[1]),
         dict(task='II.2.đ', status='in_progress', ind={}, text=it[2])]
    hc = ['Thời gian gửi thẩm định một số dự thảo văn bản còn ngắn, ảnh hưởng đến chất lượng thẩm định.']
    nn = ['a) Khách quan: khối lượng văn bản phải ban hành sau sắp xếp bộ máy rất lớn.',
          'b) Chủ quan: chưa có cán bộ chuyên sâu về lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
    kn = ['Đề nghị cơ quan chủ trì soạn thảo gửi hồ sơ thẩm định đúng thời hạn theo quy định.']
    f = 'CV 3317 STP phuc dap CT38.docx'
    h3_report(f, ['SỞ TƯ PHÁP'], '3317/STP-VB', 'V/v phúc đáp báo cáo thực hiện Chỉ thị 38-CT/TW năm 2026', '2026-10-23',
              ['Sở Tư pháp nhận được Công văn số 2710/SKHCN-TĐC ngày 05/10/2026 của Sở Khoa học và Công nghệ. Sau khi rà soát, Sở Tư pháp báo cáo như sau:'],
              it, hc, nn, kn, 'Trên đây là nội dung phúc đáp của Sở Tư pháp./.',
              'Trương Công Minh', ['- Như trên;', '- Lưu: VT, XDKTVB.'], result_head='I. KẾT QUẢ PHỐI HỢP')
    key(f, 'SO-TP', '3317/STP-VB', '2026-10-23', E, hc, kn)

    # ---- Sở Nội vụ — MISTAKEN: report on cải cách hành chính
    it = ['Phòng Cải cách hành chính tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch cải cách hành chính năm 2026; đến nay đã hoàn thành 41/52 nhiệm vụ, đạt 78,8%.',
          'Phòng Tổ chức bộ máy rà soát chức năng, nhiệm vụ của 17 sở, ngành sau sắp xếp; việc rà soát đang tiếp tục.',
          'Tổ chức 02 đoàn kiểm tra công tác cải cách hành chính tại 24 phường, xã (tháng 8 và tháng 9/2026); kết quả đã thông báo đến các địa phương.',
          'Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS) Quý III/2026 đạt 86,4%.']
    hc = ['Một số phường, xã mới thành lập chưa ổn định bộ máy nên báo cáo cải cách hành chính còn chậm.']
    nn = ['a) Khách quan: khối lượng công việc sau sắp xếp lớn.', 'b) Chủ quan: một số đơn vị chưa quan tâm đúng mức.']
    kn = ['Đề nghị các sở, ngành gửi báo cáo cải cách hành chính Quý IV trước ngày 10/12/2026.']
    f = 'SNV_bc CCHC quy III.docx'
    d = h3_report(f, ['SỞ NỘI VỤ'], '2156/BC-SNV', 'V/v báo cáo kết quả công tác cải cách hành chính Quý III năm 2026', '2026-10-05',
                  ['Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả công tác cải cách hành chính Quý III năm 2026 như sau:'],
                  it, hc, nn, kn, 'Sở Nội vụ báo cáo để các cơ quan biết, phối hợp./.',
                  'Võ Ngọc Quốc Thuận', ['- Như trên;', '- Các sở, ngành;', '- Lưu: VT, CCHC.'])
    key(f, 'SO-NV', '2156/BC-SNV', '2026-10-05', [], [], [], status='rejected',
        reason='Báo cáo cải cách hành chính Quý III/2026 của Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW')


# =========================================================== HAND 2 — Khoa (pivot)
# sheet "Bao cao": header, a pivot table pasted as values with English labels
# ("Sum of Số lượng", "Row Labels", "Column Labels", "Grand Total"), rows = his own short task
# names, columns = ĐVT; a hand-typed "Tình trạng" column right of the pivot; Khó khăn / Đề xuất
# lines under it; sheet "Data" = one row per activity.
thin = Side(style='thin', color='999999')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2_report(fname, unit_upper, unit_line, number, date, title, data, tasks_order, status, diffs, props, signer, signer_title):
    wb = Workbook()
    ws = wb.active
    ws.title = 'Bao cao'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' if unit_upper.startswith(('PHÒNG', 'TRUNG')) else 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'
    ws['A2'] = unit_upper; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + number
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F1'].font = Font(bold=True)
    ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['F2'].font = Font(bold=True)
    y, m, dd = date.split('-')
    ws['F3'] = f'TP. Hồ Chí Minh, ngày {dd} tháng {m} năm {y}'; ws['F3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = unit_line; ws['A6'].font = Font(italic=True)
    # pivot
    units = []
    for r in data:
        if r[4] not in units: units.append(r[4])
    agg = {}
    for r in data:
        if r[3] is None: continue
        agg.setdefault(r[1], {}).setdefault(r[4], 0)
        agg[r[1]][r[4]] += r[3]
    row = 8
    ws.cell(row, 1, 'Sum of Số lượng'); ws.cell(row, 2, 'Column Labels')
    sc = 2 + len(units)
    ws.cell(row, sc, 'Tình trạng (ghi thêm)').font = Font(bold=True, color='C00000')
    row += 1
    ws.cell(row, 1, 'Row Labels')
    for j, u in enumerate(units):
        ws.cell(row, 2 + j, u)
    for c in range(1, 2 + len(units)):
        ws.cell(row, c).font = Font(bold=True)
        ws.cell(row, c).fill = PatternFill('solid', fgColor='DDEBF7')
    row += 1
    gt = {}
    for t in tasks_order:
        ws.cell(row, 1, t)
        for j, u in enumerate(units):
            v = agg.get(t, {}).get(u)
            if v is not None:
                c = ws.cell(row, 2 + j, v)
                c.number_format = '#,##0'
                gt[u] = gt.get(u, 0) + v
        ws.cell(row, sc, status[t])
        row += 1
    ws.cell(row, 1, 'Grand Total').font = Font(bold=True)
    for j, u in enumerate(units):
        if u in gt:
            c = ws.cell(row, 2 + j, gt[u]); c.number_format = '#,##0'; c.font = Font(bold=True)
    for c in range(1, 2 + len(units)):
        ws.cell(row, c).border = Border(top=thin)
    row += 2
    ws.cell(row, 1, 'Khó khăn:').font = Font(bold=True, underline='single'); row += 1
    for x in diffs:
        ws.cell(row, 1, '- ' + x); row += 1
    ws.cell(row, 1, 'Đề xuất:').font = Font(bold=True, underline='single'); row += 1
    for x in props:
        ws.cell(row, 1, '- ' + x); row += 1
    row += 1
    for k, x in enumerate(signer_title + ['', '', signer]):
        ws.cell(row + k, sc - 1, x).font = Font(bold=True)
    ws.column_dimensions['A'].width = 52
    for j in range(len(units) + 1):
        ws.column_dimensions[chr(66 + j)].width = 14
    ws.column_dimensions[chr(66 + len(units))].width = 22
    # data sheet
    wd = wb.create_sheet('Data')
    hdr = ['Ngày', 'Việc', 'Nội dung chi tiết', 'Số lượng', 'ĐVT', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = wd.cell(1, j, h); c.font = Font(bold=True); c.border = BOX
    for i, r in enumerate(data, 2):
        for j, v in enumerate(r, 1):
            c = wd.cell(i, j, v); c.border = BOX
            if j == 4 and v is not None: c.number_format = '#,##0'
    wd.auto_filter.ref = f'A1:F{len(data) + 1}'
    wd.column_dimensions['A'].width = 11; wd.column_dimensions['B'].width = 40; wd.column_dimensions['C'].width = 60
    p = os.path.join(OUT, fname)
    wb.save(p)
    return p


def build_h2():
    # ---- Phòng CĐS — MISTAKEN (chuyển đổi số tracker)
    data = [('12/01/2026', 'Dịch vụ công trực tuyến toàn trình', 'Rà soát TTHC đủ điều kiện cung cấp toàn trình', 46, 'thủ tục', ''),
            ('20/03/2026', 'Dịch vụ công trực tuyến toàn trình', 'Hồ sơ nộp trực tuyến Quý I', 1284, 'hồ sơ', ''),
            ('28/06/2026', 'Dịch vụ công trực tuyến toàn trình', 'Hồ sơ nộp trực tuyến Quý II', 1530, 'hồ sơ', ''),
            ('15/04/2026', 'Chữ ký số', 'Cấp chứng thư số cho công chức', 38, 'chứng thư', ''),
            ('10/05/2026', 'Đào tạo kỹ năng số', 'Lớp kỹ năng số cho công chức Sở', 2, 'lớp', ''),
            ('10/05/2026', 'Đào tạo kỹ năng số', 'Học viên', 112, 'người', ''),
            ('30/09/2026', 'Hệ thống quản lý văn bản', 'Văn bản điện tử phát hành Quý III', 2975, 'văn bản', '')]
    order = ['Dịch vụ công trực tuyến toàn trình', 'Chữ ký số', 'Đào tạo kỹ năng số', 'Hệ thống quản lý văn bản']
    st = {'Dịch vụ công trực tuyến toàn trình': 'Đang triển khai', 'Chữ ký số': 'Đã xong',
          'Đào tạo kỹ năng số': 'Đã xong', 'Hệ thống quản lý văn bản': 'Đang triển khai'}
    diffs = ['Đường truyền tại một số đơn vị trực thuộc chưa ổn định.']
    props = ['Đề nghị bổ sung kinh phí thuê dịch vụ lưu trữ dữ liệu năm 2027.']
    f = 'CDS-bc-chuyen-doi-so-Q3.xlsx'
    h2_report(f, 'PHÒNG CHUYỂN ĐỔI SỐ', 'Kỳ báo cáo: 9 tháng đầu năm 2026 – Kế hoạch chuyển đổi số số 2339/KH-SKHCN', '45/BC-CĐS', '2026-10-10',
              'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026', data, order, st, diffs, props,
              'Huỳnh Tấn Phát', ['TRƯỞNG PHÒNG'])
    key(f, 'SKHCN-CDS', '45/BC-CĐS', '2026-10-10', [], [], [], status='rejected',
        reason='Báo cáo kết quả chuyển đổi số 9 tháng năm 2026 (Kế hoạch 2339), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW')

    # ---- TT CNTT và Địa không gian
    data = [('18/02/2026', 'Kết nối CSDL quốc gia về TĐC', 'Khảo sát API, cấu hình kết nối thử nghiệm', None, '', 'chờ Bộ cấp tài khoản chính thức'),
            ('16/06/2026', 'Kết nối CSDL quốc gia về TĐC', 'Tập huấn sử dụng phần mềm CSDL cho Chi cục', 1, 'lớp', ''),
            ('16/06/2026', 'Kết nối CSDL quốc gia về TĐC', 'Người tham dự tập huấn', 58, 'lượt', ''),
            ('05/03/2026', 'Đưa tin tuyên truyền trên Cổng', 'Tin bài về tập huấn, tọa đàm', 4, 'tin bài', ''),
            ('25/08/2026', 'Đưa tin tuyên truyền trên Cổng', 'Tin bài về Giải thưởng CLQG', 2, 'tin bài', ''),
            ('11/09/2026', 'Cử viên chức dự tập huấn TĐC', 'Lớp nghiệp vụ do Chi cục mở', 4, 'lượt', ''),
            ('30/07/2026', 'ISO 9001 tại Trung tâm', 'Đánh giá nội bộ, cập nhật quy trình', None, '', '')]
    order = ['Kết nối CSDL quốc gia về TĐC', 'Đưa tin tuyên truyền trên Cổng', 'Cử viên chức dự tập huấn TĐC', 'ISO 9001 tại Trung tâm']
    st = {order[0]: 'Đang triển khai', order[1]: 'Đã xong', order[2]: 'Đã xong', order[3]: 'Đã xong'}
    E = [dict(task='II.2.i', status='in_progress', ind=dict(training_courses=1, participants=58), text='Kết nối CSDL quốc gia về TĐC'),
         dict(task='II.1.a', status='completed', ind=dict(communications=6), text='Đưa tin tuyên truyền trên Cổng'),
         dict(task='II.3.a', status='completed', ind=dict(participants=4), text='Cử viên chức dự tập huấn TĐC'),
         dict(task='II.2.đ', status='completed', ind={}, text='ISO 9001 tại Trung tâm')]
    diffs = ['Bộ Khoa học và Công nghệ chưa cấp tài khoản kết nối chính thức nên dữ liệu mới đồng bộ ở môi trường thử nghiệm.']
    props = ['Đề nghị Chi cục làm đầu mối đề nghị Bộ cấp tài khoản kết nối chính thức trong Quý IV/2026.']
    f = 'TTCNTT_tonghop_CT38.xlsx'
    h2_report(f, 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', 'Kỳ báo cáo: từ 01/01/2026 đến 25/10/2026 – Kế hoạch CT38 năm 2026',
              '212/BC-TTCNTT', '2026-10-28', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
              data, order, st, diffs, props, 'Phạm Đức Long', ['GIÁM ĐỐC'])
    key(f, 'SKHCN-TTCNTT', '212/BC-TTCNTT', '2026-10-28', E, diffs, props)

    # ---- Sở Công Thương
    data = [('14/03/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 1 – cửa hàng xăng dầu', 1, 'cuộc', ''),
            ('14/03/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 1 – số cơ sở', 24, 'cơ sở', ''),
            ('14/03/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 1 – cơ sở vi phạm', 3, 'cơ sở VP', ''),
            ('14/03/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 1 – tiền phạt', 45000000, 'đồng', ''),
            ('19/06/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 2 – cửa hàng xăng dầu', 1, 'cuộc', ''),
            ('19/06/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 2 – số cơ sở', 31, 'cơ sở', ''),
            ('19/06/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 2 – cơ sở vi phạm', 2, 'cơ sở VP', ''),
            ('19/06/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 2 – tiền phạt', 30000000, 'đồng', ''),
            ('22/09/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 3 – kinh doanh LPG', 1, 'cuộc', ''),
            ('22/09/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 3 – số cơ sở', 18, 'cơ sở', ''),
            ('22/09/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 3 – cơ sở vi phạm', 1, 'cơ sở VP', ''),
            ('22/09/2026', 'KT đo lường, chất lượng xăng dầu, khí', 'Đợt 3 – tiền phạt', 12500000, 'đồng', ''),
            ('30/05/2026', 'Hỗ trợ DN CNHT áp dụng hệ thống quản lý', 'DN được hỗ trợ ISO 9001, IATF 16949', 14, 'DN', 'Chương trình khuyến công'),
            ('30/09/2026', 'Hỗ trợ DN CNHT áp dụng hệ thống quản lý', 'Kinh phí đã giải ngân', 420000000, 'đồng', ''),
            ('08/04/2026', 'Hội nghị phổ biến quy định nhãn hàng hóa', 'Hội nghị cho DN sản xuất, xuất khẩu', 1, 'hội nghị', ''),
            ('08/04/2026', 'Hội nghị phổ biến quy định nhãn hàng hóa', 'Đại biểu tham dự', 150, 'lượt', ''),
            ('31/03/2026', 'Bản tin cảnh báo TBT cho DN xuất khẩu', 'Bản tin Quý I', 3, 'bản tin', ''),
            ('30/06/2026', 'Bản tin cảnh báo TBT cho DN xuất khẩu', 'Bản tin Quý II', 3, 'bản tin', ''),
            ('30/09/2026', 'Bản tin cảnh báo TBT cho DN xuất khẩu', 'Bản tin Quý III', 4, 'bản tin', '')]
    order = ['KT đo lường, chất lượng xăng dầu, khí', 'Hỗ trợ DN CNHT áp dụng hệ thống quản lý',
             'Hội nghị phổ biến quy định nhãn hàng hóa', 'Bản tin cảnh báo TBT cho DN xuất khẩu']
    st = {order[0]: 'Đang triển khai', order[1]: 'Đang triển khai', order[2]: 'Đã xong', order[3]: 'Đang triển khai'}
    E = [dict(task='II.5.a', status='in_progress', ind=dict(inspections=3, establishments_inspected=73, violations=6, fines_vnd=87500000), text=order[0]),
         dict(task='II.2.d', status='in_progress', ind=dict(enterprises_supported=14, budget_spent_vnd=420000000), text=order[1]),
         dict(task='II.1.a', status='completed', ind=dict(training_courses=1, participants=150), text=order[2]),
         dict(task='II.6.a', status='in_progress', ind=dict(communications=10), text=order[3])]
    diffs = ['Số cửa hàng xăng dầu lớn, trải rộng trên địa bàn, lực lượng kiểm tra của Sở còn ít.',
             'Doanh nghiệp công nghiệp hỗ trợ quy mô nhỏ khó duy trì hệ thống quản lý sau khi được hỗ trợ.']
    props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp lấy mẫu xăng dầu thử nghiệm nhanh tại hiện trường trong các đợt kiểm tra năm 2027.']
    f = 'SCT_pivot_CT38_2026.xlsx'
    h2_report(f, 'SỞ CÔNG THƯƠNG', 'Số liệu từ 01/01/2026 đến 30/9/2026 (pivot từ sheet Data)', '5521/BC-SCT', '2026-10-29',
              'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026 – SỞ CÔNG THƯƠNG',
              data, order, st, diffs, props, 'Bùi Tá Hoàng Vũ', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
    key(f, 'SO-CT', '5521/BC-SCT', '2026-10-29', E, diffs, props)

    # ---- Sở Xây dựng
    data = [('21/04/2026', 'Kiểm tra chất lượng VLXD lưu thông', 'Đoàn kiểm tra xi măng, thép', 1, 'cuộc', ''),
            ('21/04/2026', 'Kiểm tra chất lượng VLXD lưu thông', 'Cơ sở được kiểm tra', 9, 'cơ sở', ''),
            ('17/08/2026', 'Kiểm tra chất lượng VLXD lưu thông', 'Đoàn kiểm tra kính xây dựng, gạch ốp lát', 1, 'cuộc', ''),
            ('17/08/2026', 'Kiểm tra chất lượng VLXD lưu thông', 'Cơ sở được kiểm tra', 7, 'cơ sở', ''),
            ('17/08/2026', 'Kiểm tra chất lượng VLXD lưu thông', 'Cơ sở vi phạm', 1, 'cơ sở VP', ''),
            ('17/08/2026', 'Kiểm tra chất lượng VLXD lưu thông', 'Tiền phạt', 8000000, 'đồng', ''),
            ('10/07/2026', 'Lấy mẫu khảo sát thép, xi măng', 'Mẫu gửi thử nghiệm', 36, 'mẫu', 'đạt 34/36'),
            ('15/05/2026', 'Góp ý QCVN, QCĐP ngành xây dựng', 'Dự thảo QCVN do Bộ Xây dựng gửi', 3, 'quy chuẩn', ''),
            ('02/10/2026', 'Góp ý QCVN, QCĐP ngành xây dựng', 'Dự thảo QCĐP về chiếu sáng đô thị', 1, 'quy chuẩn', ''),
            ('28/08/2026', 'Duy trì ISO 9001 của Sở', 'Đánh giá nội bộ', None, '', '')]
    order = ['Kiểm tra chất lượng VLXD lưu thông', 'Lấy mẫu khảo sát thép, xi măng', 'Góp ý QCVN, QCĐP ngành xây dựng', 'Duy trì ISO 9001 của Sở']
    st = {order[0]: 'Đang triển khai', order[1]: 'Đã xong', order[2]: 'Đang triển khai', order[3]: 'Đã xong'}
    E = [dict(task='II.5.a', status='in_progress', ind=dict(inspections=2, establishments_inspected=16, violations=1, fines_vnd=8000000), text=order[0]),
         dict(task='II.5.b', status='completed', ind=dict(samples_tested=36), text=order[1]),
         dict(task='II.2.e', status='in_progress', ind=dict(standards_reviewed=4), text=order[2]),
         dict(task='II.2.đ', status='completed', ind={}, text=order[3])]
    diffs = ['Chi phí thử nghiệm mẫu vật liệu xây dựng cao, nguồn kinh phí của Sở hạn chế.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa có liên quan đến vật liệu xây dựng.']
    f = 'SXD-BC-CT38.xlsx'
    h2_report(f, 'SỞ XÂY DỰNG', 'Số liệu 10 tháng năm 2026', '11208/BC-SXD', '2026-10-30',
              'TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT 38 NĂM 2026', data, order, st, diffs, props,
              'Trần Quang Lâm', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
    key(f, 'SO-XD', '11208/BC-SXD', '2026-10-30', E, diffs, props)


# =========================================================== HAND 4 — Lộc (one sheet per plan group)
# sheet "Bia" (cover: header, title, legend of status words, Khó khăn / Đề xuất at the bottom),
# then one sheet per plan group named "Nhom 1", "Nhom 2"…; each has the plan group's title in
# row 1 and a table "STT | Việc | Đã làm | Tình hình"; figures only inside the prose of "Đã làm";
# status words Xong / Chưa xong / Chưa làm / Không có.
GROUP_TITLE = {1: 'Nhóm 1. Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng',
               2: 'Nhóm 2. Quản lý nhà nước; hoàn thiện chính sách, văn bản về tiêu chuẩn, đo lường, chất lượng',
               3: 'Nhóm 3. Xây dựng, đào tạo nguồn nhân lực',
               5: 'Nhóm 5. Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng',
               6: 'Nhóm 6. Trao đổi thông tin, hợp tác'}


def h4_report(fname, upper, number, date, groups, diffs, props, signer):
    wb = Workbook()
    ws = wb.active; ws.title = 'Bia'
    ws['A1'] = 'ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH'
    ws['A2'] = upper; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + number
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = Font(bold=True, underline='single')
    y, m, dd = date.split('-')
    ws['D3'] = f'Thành phố Hồ Chí Minh, ngày {dd} tháng {m} năm {y}'; ws['D3'].font = Font(italic=True)
    ws['A6'] = 'BÁO CÁO'; ws['A6'].font = Font(bold=True, size=14)
    ws['A7'] = 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (chi tiết tại các sheet Nhom)'
    ws['A9'] = 'Cách ghi cột "Tình hình": Xong = đã làm xong; Chưa xong = đang làm; Chưa làm = chưa triển khai; Không có = không phát sinh.'
    ws['A9'].font = Font(italic=True, size=10)
    r = 11
    ws.cell(r, 1, 'KHÓ KHĂN').font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(r, 1, f'{i}. {x}'); r += 1
    r += 1
    ws.cell(r, 1, 'ĐỀ XUẤT').font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(r, 1, f'{i}. {x}'); r += 1
    r += 2
    for k, x in enumerate(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', signer]):
        ws.cell(r + k, 4, x).font = Font(bold=True)
    ws.column_dimensions['A'].width = 95
    ws.column_dimensions['D'].width = 42
    for g, rows in groups:
        s = wb.create_sheet(f'Nhom {g}')
        s['A1'] = GROUP_TITLE[g]; s['A1'].font = Font(bold=True, size=12)
        s.merge_cells('A1:D1')
        for j, h in enumerate(['STT', 'Việc', 'Đã làm', 'Tình hình'], 1):
            c = s.cell(3, j, h); c.font = Font(bold=True); c.border = BOX
            c.fill = PatternFill('solid', fgColor='FFF2CC'); c.alignment = Alignment(horizontal='center')
        for i, (viec, dalam, tt) in enumerate(rows, 1):
            vals = [i, viec, dalam, tt]
            for j, v in enumerate(vals, 1):
                c = s.cell(3 + i, j, v); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j in (1, 4) else 'left')
        s.column_dimensions['A'].width = 5; s.column_dimensions['B'].width = 34
        s.column_dimensions['C'].width = 70; s.column_dimensions['D'].width = 12
    p = os.path.join(OUT, fname)
    wb.save(p)
    return p


def build_h4():
    # ---- Sở ATTP
    g = [(1, [('Phổ biến quy định ghi nhãn thực phẩm', 'Phối hợp tổ chức 02 hội nghị phổ biến quy định về ghi nhãn, công bố sản phẩm thực phẩm cho 310 lượt người tham dự; đăng 15 tin, bài trên trang thông tin của Sở.', 'Xong')]),
         (2, [('Góp ý QCVN thực phẩm', 'Góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia về phụ gia, bao bì, dụng cụ chứa đựng thực phẩm theo đề nghị của Bộ Y tế.', 'Xong'),
              ('Hướng dẫn tự công bố sản phẩm', 'Hướng dẫn 27 cơ sở sản xuất thực phẩm thực hiện tự công bố sản phẩm phù hợp tiêu chuẩn, quy chuẩn.', 'Chưa xong')]),
         (5, [('Kiểm tra chất lượng, nhãn thực phẩm bao gói sẵn', 'Tổ chức 06 đợt kiểm tra tại 212 cơ sở; 34 cơ sở vi phạm, xử phạt 318,2 triệu đồng.', 'Chưa xong'),
              ('Lấy mẫu giám sát', 'Lấy 450 mẫu thực phẩm kiểm nghiệm các chỉ tiêu chất lượng.', 'Xong')])]
    E = [dict(task='II.1.a', status='completed', ind=dict(training_courses=2, participants=310, communications=15), text=g[0][1][0][1]),
         dict(task='II.2.e', status='completed', ind=dict(standards_reviewed=5), text=g[1][1][0][1]),
         dict(task='II.2.d', status='in_progress', ind=dict(enterprises_supported=27), text=g[1][1][1][1]),
         dict(task='II.5.a', status='in_progress', ind=dict(inspections=6, establishments_inspected=212, violations=34, fines_vnd=318200000), text=g[2][1][0][1]),
         dict(task='II.5.b', status='completed', ind=dict(samples_tested=450), text=g[2][1][1][1])]
    diffs = ['Cơ sở sản xuất thực phẩm nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó theo dõi sau kiểm tra.',
             'Chi phí kiểm nghiệm mẫu tăng, vượt dự toán được giao.']
    props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp cung cấp kết quả khảo sát chất lượng hàng hóa là thực phẩm để Sở chủ động kiểm tra.']
    f = 'SATTP_BC KH38.xlsx'
    h4_report(f, 'SỞ AN TOÀN THỰC PHẨM', '1834/BC-SATTP', '2026-10-27', g, diffs, props, 'Phạm Khánh Phong Lan')
    key(f, 'SO-ATTP', '1834/BC-SATTP', '2026-10-27', E, diffs, props)

    # ---- Thanh tra TP (re-saved via LibreOffice)
    g = [(2, [('Góp ý văn bản về tiêu chuẩn, đo lường, chất lượng', 'Trong kỳ không nhận được đề nghị góp ý.', 'Không có')]),
         (3, [('Cử cán bộ dự tập huấn', 'Cử 02 thanh tra viên dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng của Chi cục.', 'Xong')]),
         (5, [('Thanh tra chuyên đề về đo lường', 'Tiến hành 02 cuộc thanh tra chuyên đề việc chấp hành pháp luật về đo lường tại 09 doanh nghiệp; kiến nghị xử lý 03 doanh nghiệp vi phạm, số tiền phạt 54 triệu đồng.', 'Chưa xong'),
              ('Xử lý đơn phản ánh gian lận đo lường', 'Tiếp nhận 03 đơn phản ánh, đã chuyển Sở Khoa học và Công nghệ xử lý theo thẩm quyền; không có đơn nào quá hạn.', 'Xong')])]
    E = [dict(task='II.2.c', status='not_applicable', ind={}, text=g[0][1][0][1]),
         dict(task='II.3.a', status='completed', ind=dict(participants=2), text=g[1][1][0][1]),
         dict(task='II.5.a', status='in_progress', ind=dict(inspections=2, establishments_inspected=9, violations=3, fines_vnd=54000000), text=g[2][1][0][1]),
         dict(task='II.5.d', status='completed', ind={}, text=g[2][1][1][1])]
    diffs = ['Lực lượng thanh tra viên có chuyên môn về đo lường còn thiếu.']
    props = ['Đề nghị Sở Khoa học và Công nghệ cử chuyên gia tham gia các đoàn thanh tra chuyên đề về đo lường năm 2027.']
    f = 'TTTP_bc_CT38.xlsx'
    h4_report(f, 'THANH TRA THÀNH PHỐ', '612/BC-TTTP', '2026-10-26', g, diffs, props, 'Hà Văn Bình')
    key(f, 'THANHTRA-TP', '612/BC-TTTP', '2026-10-26', E, diffs, props)

    # ---- Sở VH&TT
    g = [(1, [('Chỉ đạo báo chí, thông tin cơ sở tuyên truyền', 'Chỉ đạo các cơ quan báo chí và hệ thống thông tin cơ sở đăng 46 tin, bài, phóng sự về tiêu chuẩn, đo lường, chất lượng.', 'Xong'),
              ('Đưa tin vận động tham dự Giải thưởng Chất lượng Quốc gia', 'Đăng 05 tin trên báo chí Thành phố về thể lệ, hồ sơ Giải thưởng.', 'Xong')]),
         (2, [('ISO 9001 tại cơ quan Sở', 'Đang cập nhật quy trình nội bộ sau khi hợp nhất lĩnh vực thông tin, báo chí.', 'Chưa xong')]),
         (6, [('Cập nhật điều ước quốc tế liên quan', 'Chưa triển khai.', 'Chưa làm')])]
    E = [dict(task='II.1.a', status='completed', ind=dict(communications=46), text=g[0][1][0][1]),
         dict(task='II.1.b', status='completed', ind=dict(communications=5), text=g[0][1][1][1]),
         dict(task='II.2.đ', status='in_progress', ind={}, text=g[1][1][0][1]),
         dict(task='II.6.a', status='not_started', ind={}, text=g[2][1][0][1])]
    diffs = ['Kinh phí tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng.']
    props = ['Đề nghị Chi cục cung cấp tài liệu, infographic tuyên truyền để các cơ quan báo chí sử dụng.']
    f = 'SVHTT-CT38-2026.xlsx'
    h4_report(f, 'SỞ VĂN HÓA VÀ THỂ THAO', '3960/BC-SVHTT', '2026-10-28', g, diffs, props, 'Nguyễn Thị Ánh Hoa')
    key(f, 'SO-VHTT', '3960/BC-SVHTT', '2026-10-28', E, diffs, props)


def lo_resave(name):
    src = os.path.join(OUT, name)
    ext = name.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, 'in.' + ext))
    outd = os.path.join(tmp, 'out')
    subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/prof', '--convert-to', ext,
                    '--outdir', outd, os.path.join(tmp, 'in.' + ext)], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outd, 'in.' + ext), src)
    shutil.rmtree(tmp)


if __name__ == '__main__':
    build_h1(); build_h3(); build_h2(); build_h4()
    for n in ['VP_BC CT38 nam 2026.docx', 'TTTP_bc_CT38.xlsx']:
        lo_resave(n)
    for fname, k in KEYS.items():
        p = os.path.join(OUT, fname)
        k['sha256'] = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
