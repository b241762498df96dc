# -*- coding: utf-8 -*-
"""Generator for set147: 16 CT38 progress reports in four hands + answer keys.
Hands: H1 Hạnh (ward, LibreOffice Writer, sections per former ward),
H2 Lộc (commune, WPS Spreadsheets, KV-coded parts chains), H3 Toàn (department,
quoted sub-unit extracts + "Sở tổng hợp:"), H4 Triết (Sở units, logframe columns).
"""
import os, json, hashlib, shutil, subprocess, zipfile, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

def key(fname, status, unit, number, date, entries, diffs, props, reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit=dict(id=unit[0], name=unit[1]),
                       document=dict(number=number, date=date),
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- docx helpers
def set_font(doc, name, size):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.makeelement(qn('w:rFonts'), {})
        rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)

def P(doc_or_cell, text='', bold=False, italic=False, align=None, size=None, style=None, indent=None, first=None, underline=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Cm(first)
    return p

def runs(p, parts):
    """parts: list of (text, flags) flags in 'b','i','u'"""
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    return p

def header_table(doc, left_lines, right_lines, widths=(7.0, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        first = True
        for (txt, b, i) in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = i
    return t

def patch_app(path, app_xml_app):
    """rewrite docProps/app.xml <Application> (WPS-made files)."""
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == 'docProps/app.xml':
                s = data.decode('utf-8')
                import re
                if '<Application>' in s:
                    s = re.sub(r'<Application>.*?</Application>', '<Application>%s</Application>' % app_xml_app, s)
                data = s.encode('utf-8')
            zout.writestr(it, data)
    os.replace(tmp, path)

def lo_resave(path):
    ext = path.rsplit('.', 1)[1]
    d = tempfile.mkdtemp()
    flt = 'docx:MS Word 2007 XML' if ext == 'docx' else 'xlsx:Calc MS Excel 2007 XML'
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo147prof',
                    '--convert-to', flt, '--outdir', d, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(d, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(d, ignore_errors=True)

RESAVE = []

# =============================================================== HAND 1 (Hạnh)
# Ward officer, LibreOffice Writer, Liberation Serif 13; the report's outer
# grouping is the former ward (Phần A/B/C), each listing "– " lines per job;
# a closing "TỔNG HỢP TOÀN PHƯỜNG/XÃ" gives the totals (sometimes not) and a
# "— Tới nay: …" status on each numbered item.

def h1_doc(unit_upper, so, place_date, title, subtitle):
    doc = Document()
    set_font(doc, 'Liberation Serif', 13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    # LibreOffice-ish style
    if 'Text Body' not in [x.name for x in doc.styles]:
        tb = doc.styles.add_style('Text Body', 1)
        tb.base_style = doc.styles['Normal']
        tb.paragraph_format.space_after = Pt(4)
        tb.paragraph_format.first_line_indent = Cm(1)
    header_table(doc,
                 [('ỦY BAN NHÂN DÂN', False, False), (unit_upper, True, False), ('――――', False, False), ('Số: ' + so, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('――――――――', False, False), (place_date, False, True)])
    P(doc)
    P(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    P(doc, title, bold=True, align='c')
    if subtitle:
        P(doc, subtitle, italic=True, align='c')
    P(doc, '―――――', align='c')
    return doc

def h1_body(doc, intro, areas, total_title, totals, diffs, props, signer):
    for t in intro:
        P(doc, t, style='Text Body', align='j')
    P(doc, 'I. TÌNH HÌNH THỰC HIỆN THEO TỪNG KHU VỰC', bold=True)
    for (head, lines) in areas:
        P(doc, head, bold=True, italic=True)
        for ln in lines:
            P(doc, '– ' + ln, align='j', indent=0.6)
    P(doc, 'II. ' + total_title, bold=True)
    for i, (lab, body, status) in enumerate(totals, 1):
        p = P(doc, '', align='j', first=1)
        runs(p, [('%d. %s: ' % (i, lab), 'b'), (body, ''), (' — Tới nay: ', 'i'), (status, 'i')])
    P(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for i, d in enumerate(diffs):
        P(doc, '%s/ %s' % ('abcdef'[i], d), align='j', first=1)
    P(doc, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for i, d in enumerate(props):
        P(doc, '%s/ %s' % ('abcdef'[i], d), align='j', first=1)
    P(doc, 'Trên đây là báo cáo của ' + signer[0] + './.', style='Text Body')
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; runs(p, [('Nơi nhận:', 'bi')])
    for ln in ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC (để tổng hợp);', '- TT. Đảng ủy, TT. HĐND;', '- Lưu: VT, KT.']:
        q = c0.add_paragraph(ln); q.runs[0].font.size = Pt(11)
    for j, ln in enumerate(signer[1]):
        q = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = q.add_run(ln); r.bold = True

# ---- 1. Phường Bến Thành
def f01():
    fn = 'BC_CT38_PhuongBenThanh_2026.docx'
    doc = h1_doc('PHƯỜNG BẾN THÀNH', '412/BC-UBND', 'Bến Thành, ngày 27 tháng 10 năm 2026',
                 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường',
                 None)
    intro = ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân Phường Bến Thành báo cáo kết quả thực hiện như sau.',
             'Phường Bến Thành được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp phường Bến Thành, phường Phạm Ngũ Lão và một phần phường Nguyễn Cư Trinh (Quận 1 cũ). Để tiện đối chiếu với số liệu các năm trước, phường tổng hợp theo từng khu vực cũ, sau đó cộng chung cho toàn phường.']
    areas = [
        ('A. Khu vực phường Bến Thành cũ', [
            'Tuyên truyền: phát 03 tin trên hệ thống loa truyền thanh và đăng 01 bài trên trang Zalo OA của phường về ghi nhãn hàng hóa, “cân đúng – cân đủ”.',
            'Kiểm tra: phối hợp Đội Quản lý thị trường số 1 kiểm tra 02 cuộc tại chợ Bến Thành và tuyến đường Lê Thánh Tôn, kiểm tra 14 cơ sở; phát hiện 01 cơ sở sử dụng cân không đạt yêu cầu, đã lập biên bản, xử phạt 3.500.000 đồng.',
            'Hướng dẫn hộ kinh doanh: hướng dẫn 06 hộ kinh doanh thực hiện ghi nhãn hàng hóa, công bố hợp quy.']),
        ('B. Khu vực phường Phạm Ngũ Lão cũ', [
            'Tuyên truyền: phát 02 tin trên loa truyền thanh khu phố.',
            'Kiểm tra: 01 cuộc tại các cơ sở kinh doanh vàng trang sức, kiểm tra 09 cơ sở, không phát hiện vi phạm.',
            'Hướng dẫn hộ kinh doanh: 03 hộ.']),
        ('C. Khu vực một phần phường Nguyễn Cư Trinh cũ', [
            'Tuyên truyền: 01 tin trên loa truyền thanh.',
            'Kiểm tra: chưa tổ chức riêng, sẽ lồng ghép vào đợt kiểm tra chung của phường trong tháng 11.',
            'Hướng dẫn hộ kinh doanh: không phát sinh.']),
    ]
    totals = [
        ('Tuyên truyền', 'toàn phường đã đưa 07 tin, bài về tiêu chuẩn, đo lường, chất lượng', 'làm thường xuyên, còn tiếp tục.'),
        ('Kiểm tra đo lường, chất lượng theo phân cấp', 'toàn phường 03 cuộc, 23 cơ sở được kiểm tra, 01 cơ sở vi phạm, tiền phạt 3.500.000 đồng', 'còn làm tiếp (đợt quý IV).'),
        ('Hướng dẫn hộ kinh doanh ghi nhãn, công bố hợp quy', 'toàn phường 09 hộ kinh doanh', 'xong phần việc của năm.'),
        ('Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường (không tách khu vực)', 'phường đã rà soát, ban hành lại 38 quy trình giải quyết thủ tục hành chính theo bộ máy mới', 'xong.'),
        ('Cử công chức dự tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức', '03 lượt công chức tham dự', 'xong.'),
    ]
    diffs = ['Sau sáp nhập, địa bàn rộng, công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc.',
             'Phường chưa có phương tiện đo (cân, quả cân chuẩn) để kiểm tra nhanh tại chợ.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ.',
             'Đề nghị Sở tổ chức thêm lớp tập huấn nghiệp vụ cho công chức phường, xã mới sau sáp nhập.']
    h1_body(doc, intro, areas, 'TỔNG HỢP CHUNG TOÀN PHƯỜNG', totals, diffs, props,
            ('Ủy ban nhân dân Phường Bến Thành', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lê Thị Ngọc Bích']))
    doc.save(os.path.join(OUT, fn)); RESAVE.append(fn)
    key(fn, 'extracted', ('26743', 'Phường Bến Thành'), '412/BC-UBND', '2026-10-27', [
        ('II.1.a', 'in_progress', {'communications': 7}, 'toàn phường đã đưa 07 tin, bài về tiêu chuẩn, đo lường, chất lượng — còn tiếp tục'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 23, 'violations': 1, 'fines_vnd': 3500000}, 'Kiểm tra đo lường, chất lượng theo phân cấp: 03 cuộc, 23 cơ sở, 01 vi phạm, 3.500.000 đồng'),
        ('II.2.d', 'completed', {'enterprises_supported': 9}, 'Hướng dẫn hộ kinh doanh ghi nhãn, công bố hợp quy: toàn phường 09 hộ kinh doanh'),
        ('II.2.đ', 'completed', {}, 'Áp dụng TCVN ISO 9001:2015 tại UBND phường, ban hành lại 38 quy trình'),
        ('II.3.a', 'completed', {'participants': 3}, 'Cử công chức dự tập huấn nghiệp vụ do Chi cục TĐC tổ chức: 03 lượt'),
    ], diffs, props)

# ---- 2. Phường Bàn Cờ (closing gives statuses only; totals = sum of parts)
def f02():
    fn = 'bao cao TDC phuong Ban Co.docx'
    doc = h1_doc('PHƯỜNG BÀN CỜ', '287/BC-UBND', 'Bàn Cờ, ngày 30 tháng 10 năm 2026',
                 'Về tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)', None)
    intro = ['Ủy ban nhân dân Phường Bàn Cờ (được sắp xếp từ Phường 1, Phường 2, Phường 3 và Phường 5 thuộc Quận 3 cũ) báo cáo kết quả như sau. Số liệu được ghi theo địa bàn các phường trước sáp nhập do các tổ công tác khu vực vẫn theo dõi theo sổ cũ.']
    areas = [
        ('A. Địa bàn Phường 1 trước sáp nhập', [
            'Đưa 02 tin trên loa phát thanh về cân đo tại chợ Bàn Cờ.',
            'Phối hợp kiểm tra 01 cuộc tại chợ Bàn Cờ, kiểm tra 06 cơ sở, không có vi phạm.',
            'Vận động 21 tiểu thương mang cân đi kiểm định lại tại điểm kiểm định lưu động.']),
        ('B. Địa bàn Phường 2 trước sáp nhập', [
            'Đăng 01 bài trên trang thông tin của phường.',
            'Trong kỳ không tổ chức kiểm tra.']),
        ('C. Địa bàn Phường 3 và Phường 5 trước sáp nhập', [
            'Đưa 03 tin trên loa phát thanh.',
            'Phối hợp kiểm tra 01 cuộc đối với 05 cửa hàng xăng dầu trên đường Cách Mạng Tháng Tám, không phát hiện vi phạm.',
            'Vận động 12 hộ kinh doanh đưa cân đi kiểm định.']),
    ]
    totals = [
        ('Về tuyên truyền', 'số tin, bài như từng khu vực nêu trên', 'xong (đã làm đủ theo kế hoạch của phường).'),
        ('Về kiểm tra, vận động kiểm định cân theo phân cấp', 'số cuộc, số cơ sở, số cân như từng khu vực nêu trên', 'còn làm tiếp.'),
        ('Về cử công chức dự tập huấn (không tách khu vực)', '02 lượt công chức Phòng Kinh tế phường dự lớp tập huấn của Chi cục', 'xong.'),
    ]
    diffs = ['Địa bàn Phường 3 và Phường 5 trước sáp nhập có nhiều điểm kinh doanh tự phát, khó quản lý.']
    props = ['Đề nghị Sở hướng dẫn cụ thể nội dung được phân cấp cho phường sau khi sắp xếp đơn vị hành chính.']
    h1_body(doc, intro, areas, 'TÌNH HÌNH CHUNG TOÀN PHƯỜNG', totals, diffs, props,
            ('Ủy ban nhân dân Phường Bàn Cờ', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Trần Minh Khoa']))
    doc.save(os.path.join(OUT, fn)); RESAVE.append(fn)
    key(fn, 'extracted', ('27154', 'Phường Bàn Cờ'), '287/BC-UBND', '2026-10-30', [
        ('II.1.a', 'completed', {'communications': 6}, 'Đưa 02 tin / 01 bài / 03 tin trên loa, trang thông tin (các khu vực) — xong'),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 11, 'instruments_verified': 33}, 'Phối hợp kiểm tra 01 + 01 cuộc, 06 + 05 cơ sở; vận động 21 + 12 cân đi kiểm định — còn làm tiếp'),
        ('II.3.a', 'completed', {'participants': 2}, '02 lượt công chức Phòng Kinh tế phường dự lớp tập huấn của Chi cục'),
    ], diffs, props)

# ---- 3. Phường Thủ Dầu Một
def f03():
    fn = 'PTDM_BC_CT38_nam2026.docx'
    doc = h1_doc('PHƯỜNG THỦ DẦU MỘT', '1035/BC-UBND', 'Thủ Dầu Một, ngày 04 tháng 11 năm 2026',
                 'Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng', None)
    intro = ['Căn cứ Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân Phường Thủ Dầu Một báo cáo như sau:',
             'Phường được thành lập trên cơ sở nhập phường Phú Cường, phường Hiệp Thành và phường Chánh Nghĩa (thành phố Thủ Dầu Một, tỉnh Bình Dương cũ); số liệu dưới đây ghi theo từng địa bàn phường cũ và tổng hợp chung ở phần II.']
    areas = [
        ('A. Địa bàn phường Phú Cường cũ', [
            'Tuyên truyền 04 tin trên Đài truyền thanh phường.',
            'Phối hợp Chi cục kiểm tra 02 cuộc tại chợ Thủ Dầu Một, 17 cơ sở; 02 cơ sở vi phạm về đo lường, phạt tổng cộng 6.000.000 đồng.',
            'Hướng dẫn 05 doanh nghiệp nhỏ thực hiện công bố tiêu chuẩn áp dụng, ghi nhãn sản phẩm.']),
        ('B. Địa bàn phường Hiệp Thành cũ', [
            'Tuyên truyền 02 tin.',
            'Kiểm tra 01 cuộc, 08 cơ sở kinh doanh, chưa phát hiện vi phạm.',
            'Hướng dẫn 02 doanh nghiệp.']),
        ('C. Địa bàn phường Chánh Nghĩa cũ', [
            'Tuyên truyền 01 tin.',
            'Kiểm tra 01 cuộc đối với 06 cửa hàng xăng dầu, 01 cửa hàng vi phạm về phương tiện đo, phạt 4.500.000 đồng.']),
    ]
    totals = [
        ('Tuyên truyền', 'cả phường 07 tin', 'còn tiếp tục thực hiện.'),
        ('Kiểm tra đo lường, chất lượng (nội dung phân cấp cho phường)', 'cả phường 04 cuộc, 31 cơ sở, 03 cơ sở vi phạm, tổng tiền phạt 10.500.000 đồng', 'còn làm (tiếp tục trong Quý IV).'),
        ('Hướng dẫn doanh nghiệp công bố tiêu chuẩn, ghi nhãn', 'cả phường 07 doanh nghiệp', 'xong.'),
        ('Xây dựng lại hệ thống quản lý chất lượng ISO 9001 cho bộ máy mới', 'đang rà soát quy trình, dự kiến công bố áp dụng trong tháng 12/2026', 'đang làm.'),
        ('Cử công chức dự tập huấn nghiệp vụ TĐC', 'chưa cử được công chức tham dự do trùng lịch tiếp công dân', 'chưa làm.'),
    ]
    diffs = ['Số liệu của các phường cũ lưu theo mẫu khác nhau, mất nhiều thời gian tổng hợp.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng ban hành mẫu sổ theo dõi thống nhất cho các phường, xã.',
             'Đề nghị bố trí lớp tập huấn bổ sung cho công chức các phường thuộc khu vực Bình Dương cũ.']
    h1_body(doc, intro, areas, 'TỔNG HỢP CHUNG TOÀN PHƯỜNG', totals, diffs, props,
            ('Ủy ban nhân dân Phường Thủ Dầu Một', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Văn Tâm']))
    doc.save(os.path.join(OUT, fn)); RESAVE.append(fn)
    key(fn, 'extracted', ('25747', 'Phường Thủ Dầu Một'), '1035/BC-UBND', '2026-11-04', [
        ('II.1.a', 'in_progress', {'communications': 7}, 'Tuyên truyền: cả phường 07 tin — còn tiếp tục'),
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 10500000}, 'Kiểm tra đo lường, chất lượng (phân cấp): 04 cuộc, 31 cơ sở, 03 vi phạm, 10.500.000 đồng'),
        ('II.2.d', 'completed', {'enterprises_supported': 7}, 'Hướng dẫn doanh nghiệp công bố tiêu chuẩn, ghi nhãn: 07 doanh nghiệp'),
        ('II.2.đ', 'in_progress', {}, 'Xây dựng lại hệ thống ISO 9001 cho bộ máy mới — đang làm'),
        ('II.3.a', 'not_started', {}, 'Chưa cử được công chức dự tập huấn — chưa làm'),
    ], diffs, props)

# ---- 4. Xã Cần Giờ — mistaken (phòng, chống thiên tai)
def f04():
    fn = 'BC_PCTT_XaCanGio_T10.docx'
    doc = h1_doc('XÃ CẦN GIỜ', '356/BC-UBND', 'Cần Giờ, ngày 21 tháng 10 năm 2026',
                 'Công tác phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2026', '(Báo cáo gửi Ban Chỉ huy Phòng thủ dân sự Thành phố)')
    intro = ['Ủy ban nhân dân Xã Cần Giờ (sắp xếp từ thị trấn Cần Thạnh và xã Long Hòa, huyện Cần Giờ cũ) báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn từ đầu mùa mưa bão năm 2026 như sau.']
    areas = [
        ('A. Khu vực thị trấn Cần Thạnh cũ', [
            'Rà soát 126 hộ dân sống ven biển, lập danh sách di dời khi có bão cấp 8 trở lên.',
            'Gia cố 02 điểm sạt lở bờ kè tại khu phố Giồng Ao.',
            'Tổ chức 01 buổi diễn tập cứu hộ trên biển với 85 người tham gia.']),
        ('B. Khu vực xã Long Hòa cũ', [
            'Kiểm tra 03 tuyến đê bao, phát hiện 01 đoạn xung yếu dài 120 m.',
            'Chuẩn bị 1.500 bao cát, 02 xuồng cứu hộ, 40 áo phao.']),
    ]
    totals = [
        ('Di dời dân', 'đã lập phương án cho 126 hộ, 412 nhân khẩu', 'xong phần chuẩn bị.'),
        ('Công trình phòng, chống thiên tai', 'gia cố 02 điểm sạt lở, theo dõi 01 đoạn đê xung yếu', 'còn làm tiếp.'),
        ('Vật tư, phương tiện', 'đủ theo phương châm “bốn tại chỗ”', 'xong.'),
    ]
    diffs = ['Triều cường vượt mức báo động III gây ngập cục bộ tại một số khu dân cư.']
    props = ['Đề nghị Thành phố bố trí vốn xử lý sạt lở bờ biển khu vực Cần Thạnh.']
    h1_body(doc, intro, areas, 'TỔNG HỢP CHUNG TOÀN XÃ', totals, diffs, props,
            ('Ủy ban nhân dân Xã Cần Giờ', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Võ Thành Được']))
    doc.save(os.path.join(OUT, fn)); RESAVE.append(fn)
    key(fn, 'rejected', ('27664', 'Xã Cần Giờ'), '356/BC-UBND', '2026-10-21', [], [], [],
        reason='Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

# =============================================================== HAND 2 (Lộc)
# Commune officer, WPS Spreadsheets, one sheet "Sheet1"; a KV legend at the top;
# "Số liệu" cells with one metric per line: "Cuộc KT — KV1: 2 · KV2: 1 ⇒ 3";
# statuses "Xong rồi / Còn đang làm / Chưa làm / Không có phát sinh";
# "► Khó khăn:" and "► Kiến nghị:" rows.

thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2_book(fn, unit_upper, so, place_date, legend, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    F = lambda b=False, i=False, sz=12: Font(name='Times New Roman', size=sz, bold=b, italic=i)
    ws.column_dimensions['A'].width = 6
    ws.column_dimensions['B'].width = 42
    ws.column_dimensions['C'].width = 52
    ws.column_dimensions['D'].width = 16
    ws.column_dimensions['E'].width = 26
    ws['A1'] = 'ỦY BAN NHÂN DÂN ' + unit_upper; ws['A1'].font = F(True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = F(True)
    ws['A2'] = 'Số: ' + so; ws['A2'].font = F()
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = F(True)
    ws['D3'] = place_date; ws['D3'].font = F(i=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (TIÊU CHUẨN – ĐO LƯỜNG – CHẤT LƯỢNG)'
    ws.merge_cells('A5:E5'); ws['A5'].font = F(True, sz=13); ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = '(Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026)'
    ws.merge_cells('A6:E6'); ws['A6'].font = F(i=True); ws['A6'].alignment = Alignment(horizontal='center')
    ws['A8'] = 'Ký hiệu khu vực:'; ws['A8'].font = F(True)
    r = 9
    for lg in legend:
        ws.cell(r, 2, lg).font = F(i=True); r += 1
    r += 1
    for c, h in enumerate(['STT', 'Việc xã/phường đã làm', 'Số liệu (theo KV)', 'Tình trạng', 'Ghi chú'], 1):
        x = ws.cell(r, c, h); x.font = F(True); x.border = BOX
        x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        x.fill = PatternFill('solid', fgColor='D9E1F2')
    r += 1
    for i, (job, data, st, note) in enumerate(rows, 1):
        vals = [i, job, '\n'.join(data), st, note]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.font = F(); x.border = BOX
            x.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if c in (1, 4) else None)
        ws.row_dimensions[r].height = max(30, 17 * max(1, len(data), len(job) // 40 + 1))
        r += 1
    r += 1
    ws.cell(r, 1, '► Khó khăn:').font = F(True); r += 1
    for d in diffs:
        ws.cell(r, 2, d).font = F(); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 33; r += 1
    ws.cell(r, 1, '► Kiến nghị:').font = F(True); r += 1
    for d in props:
        ws.cell(r, 2, d).font = F(); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 33; r += 1
    r += 1
    for j, ln in enumerate(signer):
        x = ws.cell(r + j, 4, ln); x.font = F(bool(ln) and j < 3 or j == len(signer) - 1)
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = 'landscape'
    p = os.path.join(OUT, fn)
    wb.save(p)
    patch_app(p, 'WPS 表格')

def f05():
    fn = 'XaNhaBe_KQ_KH38.xlsx'
    legend = ['KV1 = địa bàn thị trấn Nhà Bè trước sáp nhập',
              'KV2 = địa bàn xã Phú Xuân trước sáp nhập',
              'KV3 = địa bàn xã Phước Kiển trước sáp nhập (phần nhập về xã Nhà Bè)']
    rows = [
        ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa, nhóm Zalo ấp',
         ['Tin bài — KV1: 3 · KV2: 2 · KV3: 1 ⇒ 6'], 'Còn đang làm', 'làm thường xuyên'),
        ('Kiểm tra đo lường xăng dầu, cân tại chợ (phối hợp Chi cục TĐC, phân cấp cho xã)',
         ['Cuộc KT — KV1: 1 · KV2: 1 · KV3: 0 ⇒ 2', 'Cơ sở — KV1: 7 · KV2: 5 · KV3: 0 ⇒ 12', 'Vi phạm — KV1: 1 · KV2: 0 ⇒ 1', 'Tiền phạt — KV1: 5.000.000đ ⇒ 5.000.000đ'],
         'Xong rồi', 'đợt tháng 8-9/2026'),
        ('Cử công chức dự lớp tập huấn nghiệp vụ TĐC của Chi cục',
         ['Lượt người — 02 (toàn xã, không tách KV)'], 'Xong rồi', ''),
        ('Áp dụng ISO 9001 tại UBND xã (bộ máy mới)', ['—'], 'Còn đang làm', 'chờ Sở Nội vụ hướng dẫn danh mục quy trình'),
        ('Khen thưởng, bảo vệ người tố giác vi phạm về TCĐLCL', ['—'], 'Không có phát sinh', ''),
    ]
    diffs = ['Công chức phụ trách kiêm nhiệm, chưa được tập huấn chuyên sâu về đo lường xăng dầu.',
             'Địa bàn KV3 rộng, giao thông đi lại khó khăn vào mùa mưa.']
    props = ['Đề nghị Chi cục TĐC phối hợp tổ chức kiểm tra chung tại KV3 trong Quý IV/2026.']
    h2_book(fn, 'XÃ NHÀ BÈ', '198/BC-UBND', 'Nhà Bè, ngày 22 tháng 10 năm 2026', legend, rows, diffs, props,
            ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Huỳnh Văn Lộc'])
    key(fn, 'extracted', ('27655', 'Xã Nhà Bè'), '198/BC-UBND', '2026-10-22', [
        ('II.1.a', 'in_progress', {'communications': 6}, 'Tuyên truyền trên loa, nhóm Zalo ấp: Tin bài ⇒ 6 — Còn đang làm'),
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 12, 'violations': 1, 'fines_vnd': 5000000}, 'Kiểm tra đo lường xăng dầu, cân tại chợ: 2 cuộc, 12 cơ sở, 1 vi phạm, 5.000.000đ — Xong rồi'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử công chức dự lớp tập huấn nghiệp vụ TĐC: 02 lượt — Xong rồi'),
        ('II.2.đ', 'in_progress', {}, 'Áp dụng ISO 9001 tại UBND xã — Còn đang làm'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác — Không có phát sinh'),
    ], diffs, props)

def f06():
    fn = 'Cu Chi - bieu CT38.xlsx'
    legend = ['KV1 = địa bàn thị trấn Củ Chi trước sáp nhập',
              'KV2 = địa bàn xã Phước Thạnh trước sáp nhập',
              'KV3 = địa bàn xã Phước Hiệp trước sáp nhập']
    rows = [
        ('Tuyên truyền Chỉ thị 38, ghi nhãn hàng hóa, cân đúng trên loa ấp',
         ['Tin bài — KV1: 4 · KV2: 1 · KV3: 2 ⇒ 7'], 'Xong rồi', ''),
        ('Hướng dẫn cơ sở sản xuất nông sản áp dụng truy xuất nguồn gốc (tem QR) theo Đề án 100',
         ['Cơ sở được hướng dẫn — KV1: 3 · KV2: 5 · KV3: 4 ⇒ 12'], 'Còn đang làm', 'rau, bò sữa, nấm'),
        ('Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu (nội dung phân cấp)',
         ['Cuộc KT — KV1: 2 · KV2: 0 · KV3: 1 ⇒ 3', 'Cơ sở — KV1: 9 · KV3: 4 ⇒ 13', 'Vi phạm — KV1: 2 ⇒ 2', 'Tiền phạt — KV1: 4.000.000đ (2 vụ) ⇒ 4.000.000đ'],
         'Còn đang làm', ''),
        ('Vận động tiểu thương chợ Củ Chi, chợ Phước Thạnh kiểm định cân',
         ['Cân được kiểm định — KV1: 18 · KV2: 6 · KV3: 0 ⇒ 24'], 'Còn đang làm', 'phối hợp Trung tâm PTTN'),
        ('Cử cán bộ dự tập huấn nghiệp vụ của Chi cục TĐC',
         ['Lượt người — 05 (cả xã)'], 'Xong rồi', 'ngày 14/8/2026'),
    ]
    diffs = ['Nhiều hộ sản xuất nhỏ chưa quen dùng điện thoại thông minh để cập nhật nhật ký truy xuất nguồn gốc.']
    props = ['Đề nghị Chi cục TĐC hỗ trợ kinh phí in tem truy xuất nguồn gốc cho hộ sản xuất.',
             'Đề nghị tổ chức điểm kiểm định cân lưu động tại chợ Phước Hiệp.']
    h2_book(fn, 'XÃ CỦ CHI', '309/BC-UBND', 'Củ Chi, ngày 29 tháng 10 năm 2026', legend, rows, diffs, props,
            ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Phạm Thị Kim Thoa'])
    key(fn, 'extracted', ('27553', 'Xã Củ Chi'), '309/BC-UBND', '2026-10-29', [
        ('II.1.a', 'completed', {'communications': 7}, 'Tuyên truyền Chỉ thị 38 trên loa ấp: Tin bài ⇒ 7 — Xong rồi'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 12}, 'Hướng dẫn cơ sở áp dụng truy xuất nguồn gốc theo Đề án 100: ⇒ 12 — Còn đang làm'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 13, 'violations': 2, 'fines_vnd': 4000000, 'instruments_verified': 24}, 'Kiểm tra tại chợ, xăng dầu: 3 cuộc, 13 cơ sở, 2 vi phạm, 4.000.000đ; vận động kiểm định 24 cân — Còn đang làm'),
        ('II.3.a', 'completed', {'participants': 5}, 'Cử cán bộ dự tập huấn của Chi cục TĐC: 05 lượt — Xong rồi'),
    ], diffs, props)

def f07():
    fn = 'BaDiem_ct38_2026.xlsx'
    legend = ['KV1 = địa bàn xã Bà Điểm trước sáp nhập',
              'KV2 = địa bàn xã Xuân Thới Đông trước sáp nhập',
              'KV3 = địa bàn xã Tân Xuân trước sáp nhập']
    rows = [
        ('Tuyên truyền về đo lường, chất lượng hàng hóa (loa, Zalo, pano)',
         ['Tin bài — KV1: 2 · KV2: 2 · KV3: 1'], 'Xong rồi', ''),
        ('Kiểm tra đo lường tại chợ Bà Điểm, chợ Xuân Thới Đông và cửa hàng xăng dầu (phân cấp cho xã)',
         ['Cuộc KT — KV1: 1 · KV2: 1 · KV3: 1', 'Cơ sở — KV1: 6 · KV2: 4 · KV3: 3', 'Vi phạm — KV2: 1', 'Tiền phạt — KV2: 2.000.000đ'],
         'Còn đang làm', 'chưa cộng, số theo sổ từng KV'),
        ('Áp dụng ISO 9001 tại UBND xã', ['—'], 'Chưa làm', 'chờ hướng dẫn'),
        ('Cử công chức dự tập huấn của Chi cục TĐC', ['Lượt người — 03'], 'Xong rồi', ''),
    ]
    diffs = ['Sổ theo dõi của 3 xã cũ chưa thống nhất, chưa cộng được số liệu chung cả xã.']
    props = ['Đề nghị Chi cục TĐC cung cấp phần mềm hoặc biểu mẫu điện tử để xã cập nhật số liệu.']
    h2_book(fn, 'XÃ BÀ ĐIỂM', '241/BC-UBND', 'Bà Điểm, ngày 28 tháng 10 năm 2026', legend, rows, diffs, props,
            ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Đặng Quốc Huy'])
    key(fn, 'extracted', ('27592', 'Xã Bà Điểm'), '241/BC-UBND', '2026-10-28', [
        ('II.1.a', 'completed', {'communications': 5}, 'Tuyên truyền: Tin bài — KV1: 2 · KV2: 2 · KV3: 1 — Xong rồi'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 13, 'violations': 1, 'fines_vnd': 2000000}, 'Kiểm tra đo lường tại chợ, xăng dầu: 1+1+1 cuộc, 6+4+3 cơ sở, 1 vi phạm, 2.000.000đ — Còn đang làm'),
        ('II.2.đ', 'not_started', {}, 'Áp dụng ISO 9001 tại UBND xã — Chưa làm'),
        ('II.3.a', 'completed', {'participants': 3}, 'Cử công chức dự tập huấn: 03 lượt — Xong rồi'),
    ], diffs, props)

def f08():
    fn = 'DiAn_BC_TDC_2026.xlsx'
    legend = ['KV1 = địa bàn phường Dĩ An cũ',
              'KV2 = địa bàn phường An Bình cũ']
    rows = [
        ('Tuyên truyền tiêu chuẩn, đo lường, chất lượng (Đài truyền thanh, trang TTĐT phường)',
         ['Tin bài — KV1: 5 · KV2: 3 ⇒ 8'], 'Còn đang làm', ''),
        ('Hỗ trợ doanh nghiệp trên địa bàn thực hiện công bố hợp chuẩn, hợp quy',
         ['Doanh nghiệp — KV1: 4 · KV2: 2 ⇒ 6'], 'Xong rồi', ''),
        ('Kiểm tra đo lường, chất lượng theo phân cấp (chợ Dĩ An, xăng dầu, vàng trang sức)',
         ['Cuộc KT — KV1: 2 · KV2: 1 ⇒ 3', 'Cơ sở — KV1: 12 · KV2: 7 ⇒ 19', 'Vi phạm — KV1: 1 · KV2: 1 ⇒ 2', 'Tiền phạt — KV1: 3.000.000đ · KV2: 4.500.000đ ⇒ 7.500.000đ'],
         'Còn đang làm', ''),
        ('Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng',
         ['Mẫu — KV1: 3 · KV2: 2 ⇒ 5'], 'Xong rồi', 'kết quả: đạt'),
        ('Duy trì ISO 9001:2015 tại UBND phường', ['—'], 'Xong rồi', 'đã công bố lại 15/7/2026'),
        ('Cử công chức dự tập huấn nghiệp vụ', ['Lượt người — 04 (cả phường)'], 'Xong rồi', ''),
    ]
    diffs = ['Nhiều cơ sở kinh doanh thay đổi địa chỉ sau sáp nhập, chưa cập nhật giấy đăng ký.',
             'Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn việc bố trí kinh phí kiểm tra đo lường, chất lượng cấp phường.']
    h2_book(fn, 'PHƯỜNG DĨ AN', '655/BC-UBND', 'Dĩ An, ngày 23 tháng 10 năm 2026', legend, rows, diffs, props,
            ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lê Hoàng Phúc'])
    key(fn, 'extracted', ('25942', 'Phường Dĩ An'), '655/BC-UBND', '2026-10-23', [
        ('II.1.a', 'in_progress', {'communications': 8}, 'Tuyên truyền: Tin bài ⇒ 8 — Còn đang làm'),
        ('II.2.d', 'completed', {'enterprises_supported': 6}, 'Hỗ trợ doanh nghiệp công bố hợp chuẩn, hợp quy: ⇒ 6 — Xong rồi'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 7500000}, 'Kiểm tra theo phân cấp: 3 cuộc, 19 cơ sở, 2 vi phạm, 7.500.000đ — Còn đang làm'),
        ('II.5.b', 'completed', {'samples_tested': 5}, 'Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng: ⇒ 5 mẫu — Xong rồi'),
        ('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015 tại UBND phường — Xong rồi'),
        ('II.3.a', 'completed', {'participants': 4}, 'Cử công chức dự tập huấn nghiệp vụ: 04 lượt — Xong rồi'),
    ], diffs, props)

# =============================================================== HAND 3 (Toàn)
# Department compiler in WPS Writer, Times New Roman 14. Per job (own words):
# "Trích <văn bản> của <đơn vị con>:" label, the sub-unit's words in italics
# between quotes, then a bold "Sở tổng hợp:" paragraph with the department
# total and the status.

def h3_doc(dept_upper, so, date_words, title):
    doc = Document()
    set_font(doc, 'Times New Roman', 14)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(1.5); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    header_table(doc,
                 [('ỦY BAN NHÂN DÂN', False, False), ('THÀNH PHỐ HỒ CHÍ MINH', False, False), (dept_upper, True, False), ('', False, False), ('Số: ' + so, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False), ('', False, False), ('Thành phố Hồ Chí Minh, ' + date_words, False, True)],
                 widths=(6.5, 10))
    P(doc)
    P(doc, 'BÁO CÁO', bold=True, align='c')
    P(doc, title, bold=True, align='c')
    P(doc, '_______________', align='c')
    return doc

def h3_body(doc, intro, jobs, diffs, props, dept, signer):
    for t in intro:
        P(doc, t, align='j', first=1.27)
    P(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, (title, quotes, synth) in enumerate(jobs, 1):
        P(doc, '%d. %s' % (i, title), bold=True, align='j')
        for (src, words) in quotes:
            p = P(doc, '', align='j', indent=0.8)
            runs(p, [('Trích ' + src + ':', 'bu')])
            P(doc, '“' + words + '”', italic=True, align='j', indent=1.5)
        p = P(doc, '', align='j', first=1.27)
        runs(p, [('Sở tổng hợp: ', 'b'), (synth, '')])
    P(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in diffs:
        P(doc, '- ' + d, align='j', first=1.27)
    P(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for d in props:
        P(doc, '- ' + d, align='j', first=1.27)
    P(doc, dept + ' báo cáo để Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) tổng hợp./.', align='j', first=1.27)
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    runs(c0.paragraphs[0], [('Nơi nhận:', 'bi')])
    for ln in ['- Sở KH&CN (Chi cục TĐC);', '- Giám đốc Sở (để b/c);', '- Các phòng, đơn vị có tên;', '- Lưu: VT.']:
        q = c0.add_paragraph(ln); q.runs[0].font.size = Pt(12)
    for j, ln in enumerate(signer):
        q = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = q.add_run(ln); r.bold = True

def h3_save(doc, fn):
    p = os.path.join(OUT, fn); doc.save(p); patch_app(p, 'WPS Office_12.2.0.21931')

def f09():
    fn = 'SCT_BC_thuc_hien_KH_CT38.docx'
    doc = h3_doc('SỞ CÔNG THƯƠNG', '5120/BC-SCT', 'ngày 26 tháng 10 năm 2026',
                 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ')
    intro = ['Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Công Thương đã đề nghị các phòng chuyên môn báo cáo kết quả thực hiện. Trên cơ sở văn bản của các phòng, Sở Công Thương tổng hợp như sau:']
    jobs = [
        ('Kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường',
         [('Báo cáo số 88/BC-QLTM ngày 10/10/2026 của Phòng Quản lý Thương mại',
           'Phòng đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 cuộc kiểm tra đối với 21 cửa hàng bán lẻ xăng dầu; chưa phát hiện vi phạm về đo lường, chất lượng.'),
          ('Phiếu báo cáo ngày 14/10/2026 của Phòng Kỹ thuật an toàn – Môi trường',
           'Kiểm tra 02 cuộc tại 09 cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG); 01 cơ sở vi phạm về ghi nhãn chai LPG, đã chuyển hồ sơ xử phạt 12.000.000 đồng.')],
         '05 cuộc kiểm tra, 30 cơ sở, 01 cơ sở vi phạm, tiền phạt 12.000.000 đồng; nội dung này đang tiếp tục thực hiện theo kế hoạch Quý IV/2026.'),
        ('Tham gia góp ý dự thảo quy chuẩn, tiêu chuẩn',
         [('Công văn số 41/KTATMT ngày 09/10/2026 của Phòng Kỹ thuật an toàn – Môi trường',
           'Đã góp ý 02 dự thảo QCVN về an toàn chai chứa khí và bồn chứa LPG.'),
          ('Báo cáo ngày 12/10/2026 của Phòng Quản lý Năng lượng',
           'Góp ý 01 dự thảo TCVN về hiệu suất năng lượng động cơ điện.')],
         '03 dự thảo tiêu chuẩn, quy chuẩn đã được góp ý; đã hoàn thành.'),
        ('Phổ biến quy định về ghi nhãn, chất lượng hàng hóa cho doanh nghiệp, thương nhân',
         [('Báo cáo số 88/BC-QLTM ngày 10/10/2026 của Phòng Quản lý Thương mại',
           'Tổ chức 01 hội nghị phổ biến quy định về ghi nhãn hàng hóa với 120 đại biểu là doanh nghiệp, thương nhân; đăng 02 tin, bài trên Cổng thông tin điện tử của Sở.'),
          ('Báo cáo ngày 12/10/2026 của Phòng Quản lý Năng lượng',
           'Mở 01 lớp tập huấn về dán nhãn năng lượng, 65 học viên tham dự.')],
         '02 hội nghị, lớp tập huấn với 185 lượt người tham dự; 02 tin, bài; đã hoàn thành.'),
        ('Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở',
         [('Tờ trình ngày 05/10/2026 của Văn phòng Sở',
           'Văn phòng đã tổ chức đánh giá nội bộ tháng 9/2026; dự kiến họp xem xét của lãnh đạo trong tháng 12/2026.')],
         'đang thực hiện.'),
        ('Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng',
         [('Tờ trình ngày 05/10/2026 của Văn phòng Sở',
           'Đã cử 04 công chức tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 20/8/2026.')],
         '04 lượt công chức; đã hoàn thành.'),
    ]
    diffs = ['Lực lượng kiểm tra chuyên ngành của Sở mỏng trong khi số cửa hàng xăng dầu sau hợp nhất tăng mạnh.',
             'Chưa có cơ chế chia sẻ dữ liệu kết quả kiểm tra giữa Sở Công Thương và Chi cục Tiêu chuẩn Đo lường Chất lượng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ xây dựng cơ sở dữ liệu dùng chung về kết quả kiểm tra đo lường, chất lượng xăng dầu.',
             'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mời công chức Sở Công Thương tham gia các lớp tập huấn năm 2027.']
    h3_body(doc, intro, jobs, diffs, props, 'Sở Công Thương', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Phạm Quốc Toàn'])
    h3_save(doc, fn)
    key(fn, 'extracted', ('SO-CT', 'Sở Công Thương'), '5120/BC-SCT', '2026-10-26', [
        ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 30, 'violations': 1, 'fines_vnd': 12000000}, 'Kiểm tra xăng dầu, LPG: 05 cuộc, 30 cơ sở, 01 vi phạm, 12.000.000 đồng; đang tiếp tục'),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý 03 dự thảo tiêu chuẩn, quy chuẩn; đã hoàn thành'),
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 185, 'communications': 2}, 'Phổ biến quy định ghi nhãn: 02 hội nghị, lớp, 185 lượt người, 02 tin bài; đã hoàn thành'),
        ('II.2.đ', 'in_progress', {}, 'Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở; đang thực hiện'),
        ('II.3.a', 'completed', {'participants': 4}, 'Cử 04 công chức tham dự lớp tập huấn của Chi cục; đã hoàn thành'),
    ], diffs, props)

def f10():
    fn = 'SYT - BC CT38 nam 2026.docx'
    doc = h3_doc('SỞ Y TẾ', '8841/BC-SYT', 'ngày 29 tháng 10 năm 2026',
                 'Tình hình thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng')
    intro = ['Sở Y tế nhận được văn bản đề nghị báo cáo của Sở Khoa học và Công nghệ. Sở Y tế đã giao các phòng, đơn vị trực thuộc báo cáo; nội dung báo cáo của từng đơn vị được trích dẫn dưới đây kèm phần tổng hợp của Sở.']
    jobs = [
        ('Kiểm tra, hậu kiểm chất lượng mỹ phẩm, trang thiết bị y tế lưu hành',
         [('Báo cáo số 312/NVD ngày 15/10/2026 của Phòng Nghiệp vụ Dược',
           'Thực hiện 04 cuộc hậu kiểm mỹ phẩm tại 37 cơ sở; phát hiện 05 cơ sở vi phạm, xử phạt 42.500.000 đồng.'),
          ('Báo cáo ngày 16/10/2026 của Phòng Quản lý trang thiết bị và công trình y tế',
           'Kiểm tra 02 cuộc tại 11 cơ sở kinh doanh trang thiết bị y tế, 01 cơ sở vi phạm ghi nhãn, phạt 7.500.000 đồng.')],
         'toàn ngành 06 cuộc, 48 cơ sở, 06 cơ sở vi phạm, tổng tiền phạt 50.000.000 đồng; việc kiểm tra đang tiếp tục đến cuối năm.'),
        ('Lấy mẫu kiểm nghiệm, giám sát chất lượng thuốc, mỹ phẩm lưu hành',
         [('Báo cáo số 95/BC-TTKN ngày 17/10/2026 của Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm',
           'Lấy 126 mẫu thuốc, mỹ phẩm lưu hành trên thị trường để kiểm nghiệm; 03 mẫu không đạt chất lượng, đã đề nghị thu hồi.')],
         '126 mẫu; đang thực hiện theo kế hoạch giám sát năm.'),
        ('Hội thảo phổ biến quy định về chất lượng cho cơ sở kinh doanh dược, mỹ phẩm',
         [('Báo cáo số 95/BC-TTKN ngày 17/10/2026 của Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm',
           'Phối hợp tổ chức 01 hội thảo với 80 đại biểu từ các cơ sở kinh doanh dược, mỹ phẩm.')],
         '01 hội thảo, 80 đại biểu; đã hoàn thành.'),
        ('Áp dụng hệ thống quản lý chất lượng tại cơ quan Sở',
         [('Báo cáo ngày 08/10/2026 của Văn phòng Sở',
           'Đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/7/2026 sau khi kiện toàn tổ chức.')],
         'đã hoàn thành.'),
        ('Góp ý dự thảo quy chuẩn kỹ thuật quốc gia ngành y tế',
         [('Phiếu báo cáo ngày 13/10/2026 của Phòng Nghiệp vụ Y',
           'Trong kỳ không nhận được dự thảo quy chuẩn nào gửi lấy ý kiến.')],
         'không phát sinh.'),
    ]
    diffs = ['Số lượng cơ sở kinh doanh mỹ phẩm trực tuyến tăng nhanh, khó xác định địa điểm để kiểm tra.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chủ trì tổ chức đoàn kiểm tra liên ngành đối với mỹ phẩm bán trên sàn thương mại điện tử.']
    h3_body(doc, intro, jobs, diffs, props, 'Sở Y tế', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Nguyễn Hoài Nam'])
    h3_save(doc, fn)
    key(fn, 'extracted', ('SO-YT', 'Sở Y tế'), '8841/BC-SYT', '2026-10-29', [
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 48, 'violations': 6, 'fines_vnd': 50000000}, 'Hậu kiểm mỹ phẩm, TTBYT: 06 cuộc, 48 cơ sở, 06 vi phạm, 50.000.000 đồng; đang tiếp tục'),
        ('II.5.b', 'in_progress', {'samples_tested': 126}, 'Lấy 126 mẫu thuốc, mỹ phẩm kiểm nghiệm; đang thực hiện'),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 80}, '01 hội thảo phổ biến quy định chất lượng, 80 đại biểu; đã hoàn thành'),
        ('II.2.đ', 'completed', {}, 'Công bố lại HTQLCL TCVN ISO 9001:2015; đã hoàn thành'),
        ('II.2.e', 'not_applicable', {}, 'Góp ý dự thảo QCVN ngành y tế: không phát sinh'),
    ], diffs, props)

def f11():
    fn = 'SXD_baocao_TDC_2026.docx'
    doc = h3_doc('SỞ XÂY DỰNG', '13207/BC-SXD', 'ngày 31 tháng 10 năm 2026',
                 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (phối hợp Kế hoạch triển khai Chỉ thị số 38-CT/TW)')
    intro = ['Sở Xây dựng tổng hợp báo cáo của các phòng, đơn vị trực thuộc về các nội dung có liên quan đến Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:']
    jobs = [
        ('Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường',
         [('Báo cáo số 204/BC-KTVL ngày 13/10/2026 của Phòng Kinh tế – Vật liệu xây dựng',
           'Tổ chức 03 đợt kiểm tra tại 26 cơ sở kinh doanh vật liệu xây dựng; 04 cơ sở vi phạm quy định ghi nhãn, công bố hợp quy, xử phạt 28.000.000 đồng.'),
          ('Báo cáo ngày 15/10/2026 của Thanh tra Sở',
           'Thanh tra chuyên đề 01 cuộc về chất lượng kính xây dựng tại 05 doanh nghiệp; 01 doanh nghiệp vi phạm, phạt 15.000.000 đồng.')],
         '04 cuộc kiểm tra, thanh tra; 31 cơ sở; 05 cơ sở vi phạm; tiền phạt 43.000.000 đồng. Sở đã hoàn thành kế hoạch kiểm tra năm 2026.'),
        ('Góp ý dự thảo quy chuẩn, tiêu chuẩn ngành xây dựng',
         [('Công văn ngày 10/10/2026 của Phòng Quản lý hoạt động xây dựng',
           'Góp ý 02 dự thảo: QCVN 16:2023/BXD (sửa đổi) và TCVN về gạch bê tông.'),
          ('Báo cáo số 204/BC-KTVL ngày 13/10/2026 của Phòng Kinh tế – Vật liệu xây dựng',
           'Góp ý 01 dự thảo tiêu chuẩn quốc gia về xi măng xây trát.')],
         '03 dự thảo; đã hoàn thành.'),
        ('Hướng dẫn doanh nghiệp công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng',
         [('Báo cáo số 204/BC-KTVL ngày 13/10/2026 của Phòng Kinh tế – Vật liệu xây dựng',
           'Tiếp nhận, hướng dẫn 58 hồ sơ công bố hợp quy của 41 doanh nghiệp.')],
         '41 doanh nghiệp được hướng dẫn; đây là việc thường xuyên, đang tiếp tục thực hiện.'),
        ('Hệ thống quản lý chất lượng tại cơ quan Sở',
         [('Phiếu báo cáo ngày 09/10/2026 của Văn phòng Sở',
           'Đang chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử, tích hợp với hệ thống quản lý văn bản.')],
         'đang thực hiện, dự kiến hoàn thành trong tháng 11/2026.'),
    ]
    diffs = ['Một số doanh nghiệp vật liệu xây dựng ngoài Thành phố không có địa điểm kinh doanh cố định, khó kiểm tra.',
             'Danh mục sản phẩm vật liệu xây dựng phải công bố hợp quy thay đổi, doanh nghiệp chưa kịp cập nhật.']
    props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về QCVN 16:2023/BXD cho doanh nghiệp vật liệu xây dựng.']
    h3_body(doc, intro, jobs, diffs, props, 'Sở Xây dựng', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Trương Văn Hiếu'])
    h3_save(doc, fn)
    key(fn, 'extracted', ('SO-XD', 'Sở Xây dựng'), '13207/BC-SXD', '2026-10-31', [
        ('II.5.a', 'completed', {'inspections': 4, 'establishments_inspected': 31, 'violations': 5, 'fines_vnd': 43000000}, 'Kiểm tra chất lượng VLXD: 04 cuộc, 31 cơ sở, 05 vi phạm, 43.000.000 đồng; đã hoàn thành kế hoạch năm'),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý 03 dự thảo QCVN, TCVN; đã hoàn thành'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 41}, 'Hướng dẫn 41 doanh nghiệp công bố hợp quy; đang tiếp tục'),
        ('II.2.đ', 'in_progress', {}, 'HTQLCL tại cơ quan Sở: đang thực hiện'),
    ], diffs, props)

def f12():
    fn = 'SoNNMT_BC_CT38.docx'
    doc = h3_doc('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '7716/BC-SNNMT', 'ngày 27 tháng 10 năm 2026',
                 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026')
    intro = ['Sở Nông nghiệp và Môi trường đã tổng hợp báo cáo của các Chi cục trực thuộc; kết quả cụ thể như sau:']
    jobs = [
        ('Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi)',
         [('Báo cáo số 167/BC-CCTTBVTV ngày 12/10/2026 của Chi cục Trồng trọt và Bảo vệ thực vật',
           'Kiểm tra 05 cuộc, 44 cơ sở buôn bán phân bón, thuốc bảo vệ thực vật; 06 cơ sở vi phạm, xử phạt 61.000.000 đồng.'),
          ('Báo cáo số 120/BC-CCCNTY ngày 14/10/2026 của Chi cục Chăn nuôi và Thú y',
           'Kiểm tra 02 cuộc, 15 cơ sở kinh doanh thức ăn chăn nuôi; 02 cơ sở vi phạm, phạt 18.500.000 đồng.')],
         '07 cuộc, 59 cơ sở, 08 cơ sở vi phạm, tiền phạt 79.500.000 đồng; đang tiếp tục thực hiện.'),
        ('Lấy mẫu giám sát chất lượng vật tư nông nghiệp',
         [('Báo cáo số 167/BC-CCTTBVTV ngày 12/10/2026 của Chi cục Trồng trọt và Bảo vệ thực vật',
           'Lấy 64 mẫu phân bón gửi phân tích chỉ tiêu chất lượng.'),
          ('Báo cáo số 120/BC-CCCNTY ngày 14/10/2026 của Chi cục Chăn nuôi và Thú y',
           'Lấy 38 mẫu thức ăn chăn nuôi.')],
         '102 mẫu; đang thực hiện.'),
        ('Truy xuất nguồn gốc nông sản theo Đề án 100',
         [('Báo cáo ngày 15/10/2026 của Chi cục Quản lý chất lượng nông, lâm sản và thủy sản',
           'Hướng dẫn 23 cơ sở, hợp tác xã triển khai tem truy xuất nguồn gốc và cấp mã số vùng trồng.')],
         '23 cơ sở, hợp tác xã được hướng dẫn; đã hoàn thành.'),
        ('Tuyên truyền về chất lượng vật tư nông nghiệp, nông sản',
         [('Báo cáo số 167/BC-CCTTBVTV ngày 12/10/2026 của Chi cục Trồng trọt và Bảo vệ thực vật', 'Đăng 07 tin, bài.'),
          ('Báo cáo ngày 15/10/2026 của Chi cục Quản lý chất lượng nông, lâm sản và thủy sản', 'Đăng 05 tin, bài.')],
         '12 tin, bài; thường xuyên, đang tiếp tục thực hiện.'),
    ]
    diffs = ['Chi phí phân tích mẫu vật tư nông nghiệp cao, kinh phí giao đầu năm không đủ.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng phân bón của Chi cục Tiêu chuẩn Đo lường Chất lượng.',
             'Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí lấy mẫu giám sát năm 2027.']
    h3_body(doc, intro, jobs, diffs, props, 'Sở Nông nghiệp và Môi trường', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Lâm Văn Sang'])
    h3_save(doc, fn)
    key(fn, 'extracted', ('SO-NNMT', 'Sở Nông nghiệp và Môi trường'), '7716/BC-SNNMT', '2026-10-27', [
        ('II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 59, 'violations': 8, 'fines_vnd': 79500000}, 'Kiểm tra vật tư nông nghiệp: 07 cuộc, 59 cơ sở, 08 vi phạm, 79.500.000 đồng; đang tiếp tục'),
        ('II.5.b', 'in_progress', {'samples_tested': 102}, 'Lấy 102 mẫu giám sát chất lượng vật tư nông nghiệp; đang thực hiện'),
        ('II.2.a', 'completed', {'enterprises_supported': 23}, 'Truy xuất nguồn gốc theo Đề án 100: hướng dẫn 23 cơ sở, HTX; đã hoàn thành'),
        ('II.1.a', 'in_progress', {'communications': 12}, 'Tuyên truyền: 12 tin, bài; đang tiếp tục'),
    ], diffs, props)

# =============================================================== HAND 4 (Triết)
# Sở units, LibreOffice Calc / Writer: a logframe table
# "Nhiệm vụ | Đầu vào | Hoạt động [bộ phận] | Đầu ra | Trạng thái",
# statuses "Đã kết thúc / Đang tiếp diễn / Chưa khởi động / Không có yêu cầu",
# money as "tr.đ" / "tỷ đồng" in Đầu vào.

LF_HEAD = ['TT', 'Nhiệm vụ', 'Đầu vào (nhân lực, kinh phí)', 'Hoạt động [bộ phận thực hiện]', 'Đầu ra (kết quả đo đếm được)', 'Trạng thái']

def h4_book(fn, sheet, unit_lines, so, place_date, title, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    F = lambda b=False, i=False, sz=10: Font(name='Liberation Sans', size=sz, bold=b, italic=i)
    for col, w in zip('ABCDEF', (5, 34, 26, 50, 34, 17)):
        ws.column_dimensions[col].width = w
    r = 1
    for ln in unit_lines:
        ws.cell(r, 1, ln).font = F(r > 1); r += 1
    ws.cell(r, 1, 'Số: ' + so).font = F()
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = F(True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = F(True)
    ws['D3'] = place_date; ws['D3'].font = F(i=True)
    r += 2
    ws.cell(r, 1, title).font = F(True, sz=12); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1).alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[r].height = 32
    r += 2
    for c, h in enumerate(LF_HEAD, 1):
        x = ws.cell(r, c, h); x.font = F(True); x.border = BOX
        x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        x.fill = PatternFill('solid', fgColor='DDDDDD')
    r += 1
    for c in range(1, 7):
        x = ws.cell(r, c, '(%d)' % c); x.font = F(i=True); x.alignment = Alignment(horizontal='center'); x.border = BOX
    r += 1
    for i, (task, inp, acts, outs, st) in enumerate(rows, 1):
        vals = [i, task, '\n'.join(inp), '\n'.join(acts), '\n'.join(outs), st]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.font = F(); x.border = BOX
            x.alignment = Alignment(vertical='top', wrap_text=True)
        ws.row_dimensions[r].height = 14 * max(2, len(acts) + 1, len(outs) + 1, len(inp) + 1)
        r += 1
    r += 1
    ws.cell(r, 1, 'Rủi ro, khó khăn').font = F(True); r += 1
    for d in diffs:
        ws.cell(r, 1, '–'); ws.cell(r, 2, d).font = F(); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); r += 1
    ws.cell(r, 1, 'Kiến nghị').font = F(True); r += 1
    for d in props:
        ws.cell(r, 1, '–'); ws.cell(r, 2, d).font = F(); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); r += 1
    r += 1
    for j, ln in enumerate(signer):
        ws.cell(r + j, 5, ln).font = F(True)
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fn)); RESAVE.append(fn)

def f13():
    fn = 'ChiCuc_TDC_khung_KQ_2026.xlsx'
    rows = [
        ('Tập huấn văn bản QPPL về TCĐLCL cho tổ chức, doanh nghiệp; tọa đàm doanh nghiệp nhập khẩu',
         ['06 công chức', 'Kinh phí đã chi: 62,4 tr.đ'],
         ['[P. Quản lý TC-CL] 04 lớp tại Thủ Đức, Dĩ An, Bà Rịa, Sài Gòn', '[P. Quản lý TC-CL] 01 tọa đàm doanh nghiệp nhập khẩu ngày 18/6/2026'],
         ['05 lớp/tọa đàm', '412 lượt học viên'], 'Đã kết thúc'),
        ('Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
         ['02 công chức'],
         ['[P. Quản lý TC-CL] đăng tin trên Cổng TTĐT Sở, gửi thư mời qua các hiệp hội', '[P. Quản lý TC-CL] hướng dẫn doanh nghiệp lập hồ sơ dự thưởng'],
         ['06 tin, bài', '09 doanh nghiệp được hướng dẫn'], 'Đã kết thúc'),
        ('Nâng cao năng suất chất lượng; Đề án 996 (đo lường) và Đề án 100 (truy xuất nguồn gốc)',
         ['Kinh phí đã chi: 48 tr.đ'],
         ['[P. Quản lý Đo lường] hỗ trợ doanh nghiệp theo chương trình đo lường 996', '[P. Quản lý TC-CL] hướng dẫn doanh nghiệp triển khai truy xuất nguồn gốc'],
         ['12 + 15 = 27 doanh nghiệp được hỗ trợ'], 'Đang tiếp diễn'),
        ('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công bố hợp chuẩn, hợp quy',
         ['04 công chức bộ phận một cửa'],
         ['[Bộ phận một cửa] tiếp nhận 1.342 hồ sơ công bố hợp quy', '[P. Quản lý TC-CL] tư vấn áp dụng ISO 9001, ISO 22000'],
         ['64 doanh nghiệp được hướng dẫn áp dụng HTQL'], 'Đang tiếp diễn'),
        ('Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương',
         ['03 công chức'],
         ['[P. Quản lý TC-CL] góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ', '[P. Quản lý TC-CL] xây dựng QCĐP về chất lượng nước sạch (đang lấy ý kiến)'],
         ['15 văn bản (14 góp ý + 01 QCĐP)'], 'Đang tiếp diễn'),
        ('Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu',
         ['Kinh phí đã chi: 31,75 tr.đ'],
         ['[P. Quản lý Đo lường] 03 lớp cho công chức 168 phường, xã, đặc khu (tháng 7-8/2026)'],
         ['03 lớp', '356 lượt công chức'], 'Đã kết thúc'),
        ('Tập huấn chuyên sâu về năng suất, hình thành mạng lưới tư vấn năng suất',
         ['—'],
         ['Chưa bố trí được chuyên gia; đề nghị chuyển sang năm 2027'],
         ['—'], 'Chưa khởi động'),
        ('Kiểm tra nhà nước về TCĐLCL đối với sản phẩm, hàng hóa lưu thông',
         ['Kinh phí đã chi: 18,2 tr.đ'],
         ['[Đội kiểm tra 1] 11 cuộc, 96 cơ sở', '[Đội kiểm tra 2] 08 cuộc, 71 cơ sở'],
         ['19 cuộc', '167 cơ sở', '23 cơ sở vi phạm', 'Phạt 318.500.000 đồng'], 'Đang tiếp diễn'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)',
         ['Kinh phí đã chi: 95,3 tr.đ'],
         ['[P. Quản lý TC-CL] lấy mẫu, gửi thử nghiệm tại Trung tâm PTTN'],
         ['180 mẫu'], 'Đang tiếp diễn'),
        ('Phối hợp APO thúc đẩy năng suất khu vực công',
         ['—'], ['Trong kỳ chưa có đề nghị từ Ủy ban TĐC Quốc gia'], ['—'], 'Không có yêu cầu'),
    ]
    diffs = ['Số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau hợp nhất tăng gấp nhiều lần, lực lượng kiểm tra chưa tương xứng.',
             'Chưa bố trí được chuyên gia tư vấn năng suất đạt chuẩn APO cho khóa tập huấn chuyên sâu.']
    props = ['Đề nghị Sở bổ sung biên chế cho các Đội kiểm tra của Chi cục.',
             'Đề nghị Sở cho phép chuyển nội dung tập huấn chuyên sâu về năng suất sang Kế hoạch năm 2027.']
    h4_book(fn, 'KQ_CT38', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'THÀNH PHỐ HỒ CHÍ MINH'],
            '1190/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 CỦA CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH (khung logic: đầu vào – hoạt động – đầu ra)',
            rows, diffs, props, ['CHI CỤC TRƯỞNG', '', '', 'Đoàn Minh Triết'])
    key(fn, 'extracted', ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '1190/BC-TĐC', '2026-10-28', [
        ('II.1.a', 'completed', {'training_courses': 5, 'participants': 412, 'budget_spent_vnd': 62400000}, '04 lớp tập huấn + 01 tọa đàm DN nhập khẩu; 412 lượt; 62,4 tr.đ — Đã kết thúc'),
        ('II.1.b', 'completed', {'communications': 6, 'enterprises_supported': 9}, 'Vận động tham dự GTCLQG: 06 tin bài, 09 DN được hướng dẫn — Đã kết thúc'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 27, 'budget_spent_vnd': 48000000}, 'Đề án 996, 100: 27 DN được hỗ trợ; 48 tr.đ — Đang tiếp diễn'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 64}, 'Hỗ trợ áp dụng HTQL, công bố hợp chuẩn hợp quy: 64 DN — Đang tiếp diễn'),
        ('II.2.e', 'in_progress', {'standards_reviewed': 15}, 'Góp ý TCVN, QCVN; xây dựng QCĐP: 15 văn bản — Đang tiếp diễn'),
        ('II.3.a', 'completed', {'training_courses': 3, 'participants': 356, 'budget_spent_vnd': 31750000}, 'Tập huấn công chức sở, ngành, phường xã: 03 lớp, 356 lượt; 31,75 tr.đ — Đã kết thúc'),
        ('II.3.b', 'not_started', {}, 'Tập huấn chuyên sâu năng suất — Chưa khởi động'),
        ('II.5.a', 'in_progress', {'inspections': 19, 'establishments_inspected': 167, 'violations': 23, 'fines_vnd': 318500000, 'budget_spent_vnd': 18200000}, 'Kiểm tra: 19 cuộc, 167 cơ sở, 23 vi phạm, 318.500.000 đồng; 18,2 tr.đ — Đang tiếp diễn'),
        ('II.5.b', 'in_progress', {'samples_tested': 180, 'budget_spent_vnd': 95300000}, 'Khảo sát chất lượng: 180 mẫu; 95,3 tr.đ — Đang tiếp diễn'),
        ('II.6.b', 'not_applicable', {}, 'Phối hợp APO — Không có yêu cầu'),
    ], diffs, props)

def f14():
    fn = 'KTPC_CT38_2026.xlsx'
    rows = [
        ('Thanh tra, kiểm tra chuyên ngành về TCĐLCL (phối hợp Chi cục)',
         ['05 thanh tra viên'],
         ['[Tổ thanh tra chuyên ngành] thanh tra chuyên đề xăng dầu, vàng trang sức, mũ bảo hiểm'],
         ['06 cuộc', '42 cơ sở', '09 cơ sở vi phạm', 'Phạt 146.000.000 đồng'], 'Đang tiếp diễn'),
        ('Tiếp nhận, xử lý tố giác vi phạm về TCĐLCL; bảo vệ người tố giác',
         ['01 chuyên viên'],
         ['[Bộ phận tiếp công dân] tiếp nhận, xác minh 02 đơn tố giác gian lận đo lường'],
         ['02/02 đơn đã giải quyết, trả lời người tố giác'], 'Đã kết thúc'),
        ('Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021/NĐ-CP)',
         ['Kinh phí đã chi: 21,6 tr.đ'],
         ['[Tổ thanh tra chuyên ngành] rà soát danh mục, gửi kiểm định thiết bị thử nhanh xăng dầu, cân kiểm tra'],
         ['14 phương tiện đã kiểm định, hiệu chuẩn'], 'Đã kết thúc'),
        ('Góp ý dự thảo văn bản QPPL về TCĐLCL',
         ['02 chuyên viên pháp chế'],
         ['[Bộ phận pháp chế] góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP'],
         ['03 văn bản góp ý'], 'Đã kết thúc'),
        ('Hướng dẫn UBND phường, xã, đặc khu về nghiệp vụ xử phạt (nội dung phân quyền)',
         ['Kinh phí: lồng ghép'],
         ['[Bộ phận pháp chế] 01 hội nghị trực tuyến hướng dẫn nghiệp vụ xử phạt'],
         ['01 hội nghị', '214 lượt công chức phường, xã'], 'Đang tiếp diễn'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa (phối hợp)',
         ['—'], ['Chi cục chưa đề nghị phối hợp'], ['—'], 'Không có yêu cầu'),
    ]
    diffs = ['Thanh tra viên chuyên ngành của Phòng ít, phải kiêm nhiệm nhiều lĩnh vực của Sở.']
    props = ['Đề nghị Sở bố trí kinh phí mua sắm bổ sung thiết bị thử nhanh chất lượng xăng dầu cho Phòng Kiểm tra – Pháp chế.']
    h4_book(fn, 'KTPC', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'],
            '27/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
            rows, diffs, props, ['TRƯỞNG PHÒNG', '', '', 'Mai Thanh Sơn'])
    key(fn, 'extracted', ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'), '27/BC-KTPC', '2026-10-24', [
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 42, 'violations': 9, 'fines_vnd': 146000000}, 'Thanh tra chuyên ngành: 06 cuộc, 42 cơ sở, 09 vi phạm, 146.000.000 đồng — Đang tiếp diễn'),
        ('II.5.d', 'completed', {}, 'Tiếp nhận, xử lý 02 đơn tố giác — Đã kết thúc'),
        ('II.4.b', 'completed', {'instruments_verified': 14, 'budget_spent_vnd': 21600000}, 'Kiểm định 14 phương tiện kỹ thuật nghiệp vụ; 21,6 tr.đ — Đã kết thúc'),
        ('II.2.c', 'completed', {}, 'Góp ý dự thảo Nghị định sửa đổi NĐ 119/2017 — Đã kết thúc'),
        ('II.5.c', 'in_progress', {'training_courses': 1, 'participants': 214}, 'Hướng dẫn phường, xã nghiệp vụ xử phạt: 01 hội nghị, 214 lượt — Đang tiếp diễn'),
        ('II.5.b', 'not_applicable', {}, 'Khảo sát chất lượng (phối hợp) — Không có yêu cầu'),
    ], diffs, props)

def h4_doc(unit_lines, so, place_date, title, intro, rows, diffs, props, signer, head=LF_HEAD):
    doc = Document()
    set_font(doc, 'Liberation Serif', 12)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(2); sec.right_margin = Cm(1.5)
    header_table(doc, [(l, i > 0, False) for i, l in enumerate(unit_lines)] + [('Số: ' + so, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False), (place_date, False, True)],
                 widths=(11, 13))
    P(doc)
    P(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    P(doc, title, bold=True, align='c')
    for t in intro:
        P(doc, t, align='j', first=1)
    t = doc.add_table(rows=1, cols=len(head))
    t.style = doc.styles['Table Grid']
    for c, h in enumerate(head):
        cell = t.rows[0].cells[c]; cell.paragraphs[0].add_run(h).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (task, inp, acts, outs, st) in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(str(i))
        cells[1].paragraphs[0].add_run(task)
        for ci, lst in ((2, inp), (3, acts), (4, outs)):
            for k, ln in enumerate(lst):
                p = cells[ci].paragraphs[0] if k == 0 else cells[ci].add_paragraph()
                p.add_run(ln)
        cells[5].paragraphs[0].add_run(st).italic = True
    P(doc)
    P(doc, 'Rủi ro, khó khăn:', bold=True)
    for d in diffs:
        P(doc, '– ' + d, align='j')
    P(doc, 'Kiến nghị:', bold=True)
    for d in props:
        P(doc, '– ' + d, align='j')
    t2 = doc.add_table(rows=1, cols=2)
    c0, c1 = t2.rows[0].cells
    runs(c0.paragraphs[0], [('Nơi nhận:', 'bi')])
    for ln in ['- Chi cục TĐC (tổng hợp);', '- Ban Giám đốc Sở;', '- Lưu: VT.']:
        c0.add_paragraph(ln)
    for j, ln in enumerate(signer):
        q = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(ln).bold = True
    return doc

def f15():
    fn = 'TTPTTN_BC_CT38.docx'
    rows = [
        ('Đầu tư cơ sở vật chất, hiện đại hóa trang thiết bị thử nghiệm, đo lường',
         ['Kinh phí đã giải ngân: 2,35 tỷ đồng'],
         ['[Phòng Kế hoạch – Đầu tư] mua sắm gói thiết bị 1 (máy sắc ký khí khối phổ, tủ vi khí hậu, bộ chuẩn áp suất)', '[Phòng Kế hoạch – Đầu tư] gói thiết bị 2 đang đấu thầu'],
         ['03 thiết bị đưa vào sử dụng'], 'Đang tiếp diễn'),
        ('Duy trì liên kết chuẩn đo lường của Trung tâm với chuẩn quốc gia',
         ['04 kỹ thuật viên'],
         ['[Phòng Đo lường] gửi hiệu chuẩn chuẩn đo lường tại Viện Đo lường Việt Nam'],
         ['46 chuẩn đo lường được hiệu chuẩn'], 'Đã kết thúc'),
        ('Mở rộng phạm vi dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng',
         ['Nguồn thu sự nghiệp'],
         ['[Phòng Đo lường] kiểm định, hiệu chuẩn phương tiện đo cho doanh nghiệp, người dân', '[Phòng Thử nghiệm Hóa – Vi sinh] thử nghiệm mẫu theo yêu cầu', '[Phòng Quản lý chất lượng] đăng ký công nhận thêm phép thử ISO/IEC 17025'],
         ['18.640 phương tiện đo', '3.215 mẫu thử nghiệm', '12 phép thử được công nhận thêm'], 'Đang tiếp diễn'),
        ('Hỗ trợ lớp tập huấn văn bản QPPL của Chi cục',
         ['02 báo cáo viên'],
         ['[Phòng Thử nghiệm Hóa – Vi sinh] cử báo cáo viên trình bày chuyên đề thử nghiệm xăng dầu'],
         ['Theo số liệu của Chi cục'], 'Đã kết thúc'),
        ('Đào tạo về đo lường, chất lượng cho sinh viên các trường đại học, cao đẳng',
         ['Kinh phí do trường chi trả'],
         ['[Phòng Đo lường] phối hợp trường đại học tổ chức khóa đào tạo kiểm định viên đo lường'],
         ['02 khóa', '64 sinh viên'], 'Đã kết thúc'),
    ]
    diffs = ['Gói thiết bị 2 chậm do phải điều chỉnh dự toán theo giá thị trường.',
             'Thiếu kỹ thuật viên có chứng chỉ kiểm định một số loại phương tiện đo mới.']
    props = ['Đề nghị Sở sớm phê duyệt điều chỉnh dự toán gói thiết bị 2.']
    doc = h4_doc(['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ', 'TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'THÀNH PHỐ HỒ CHÍ MINH'],
                 '632/BC-TTPT', 'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
                 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                 ['Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì, phối hợp theo khung logic (đầu vào – hoạt động – đầu ra) như sau:'],
                 rows, diffs, props, ['GIÁM ĐỐC', '', '', 'Nguyễn Thị Thu Hà'])
    doc.save(os.path.join(OUT, fn))
    key(fn, 'extracted', ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '632/BC-TTPT', '2026-10-26', [
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 2350000000}, 'Đầu tư trang thiết bị: giải ngân 2,35 tỷ đồng — Đang tiếp diễn'),
        ('II.4.c', 'completed', {'instruments_verified': 46}, 'Liên kết chuẩn: 46 chuẩn đo lường được hiệu chuẩn — Đã kết thúc'),
        ('II.2.g', 'in_progress', {'instruments_verified': 18640, 'samples_tested': 3215}, 'Mở rộng dịch vụ kỹ thuật: 18.640 phương tiện đo, 3.215 mẫu — Đang tiếp diễn'),
        ('II.1.a', 'completed', {}, 'Hỗ trợ lớp tập huấn văn bản QPPL của Chi cục (cử báo cáo viên) — Đã kết thúc'),
        ('II.3.d', 'completed', {'training_courses': 2, 'participants': 64}, 'Đào tạo cho sinh viên: 02 khóa, 64 sinh viên — Đã kết thúc'),
    ], diffs, props)

def f16():
    fn = 'PhongCDS_BC_CDS_9thang.docx'
    rows = [
        ('Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
         ['03 chuyên viên'], ['[Tổ số hóa] số hóa hồ sơ TTHC lĩnh vực sở hữu trí tuệ, chuyển giao công nghệ'], ['4.812 hồ sơ được số hóa'], 'Đang tiếp diễn'),
        ('Dịch vụ công trực tuyến toàn trình',
         ['Kinh phí đã chi: 120 tr.đ'], ['[Tổ ứng dụng] tái cấu trúc quy trình 12 thủ tục'], ['96,5% hồ sơ nộp trực tuyến'], 'Đang tiếp diễn'),
        ('Bảo đảm an toàn thông tin mạng theo cấp độ',
         ['02 kỹ sư'], ['[Tổ hạ tầng] diễn tập ứng cứu sự cố an toàn thông tin'], ['01 cuộc diễn tập'], 'Đã kết thúc'),
    ]
    doc = h4_doc(['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'],
                 '19/BC-CĐS', 'Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026',
                 'Kết quả thực hiện Kế hoạch chuyển đổi số của Sở Khoa học và Công nghệ 9 tháng đầu năm 2026',
                 ['Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 về chuyển đổi số của Sở Khoa học và Công nghệ giai đoạn 2025 – 2026, Phòng Chuyển đổi số báo cáo kết quả 9 tháng đầu năm 2026 như sau:'],
                 rows, ['Hạ tầng máy chủ xuống cấp, thường xuyên quá tải vào cuối tháng.'],
                 ['Đề nghị Sở bố trí kinh phí nâng cấp hạ tầng máy chủ năm 2027.'], ['TRƯỞNG PHÒNG', '', '', 'Võ Quang Vinh'])
    doc.save(os.path.join(OUT, fn))
    key(fn, 'rejected', ('SKHCN-CDS', 'Phòng Chuyển đổi số'), '19/BC-CĐS', '2026-10-20', [], [], [],
        reason='Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

# ---------------------------------------------------------------- main
if __name__ == '__main__':
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16):
        f()
    for fn in RESAVE:
        lo_resave(os.path.join(OUT, fn))
    for fn, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
