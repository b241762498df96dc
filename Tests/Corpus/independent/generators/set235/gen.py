# -*- coding: utf-8 -*-
"""Generator for set235. Writes the reports and their truth keys."""
import os, re, json, hashlib, zipfile, shutil, subprocess
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, status, unit, number, date, entries, diffs, props, reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit[0], 'name': unit[1]},
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)


def dots(n):
    return f"{n:,}".replace(',', '.')


def font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', name)


def para(doc, text='', bold=False, italic=False, align=None, size=None, indent=True):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def runs(p, parts):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi'"""
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s
        r.italic = 'i' in s
    return p


def header_table(doc, left_top, left_unit, number, place_date):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0)
    c.paragraphs[0].add_run(left_top).bold = False
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c.add_paragraph(); p.add_run(left_unit).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1)
    c.paragraphs[0].add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c.add_paragraph(); p.add_run('Độc lập - Tự do - Hạnh phúc').bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, 0).paragraphs[0].add_run('Số: ' + number)
    t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.cell(1, 1).paragraphs[0].add_run(place_date); r.italic = True
    t.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def sign(doc, role, name, noinhan):
    t = doc.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    c.paragraphs[0].add_run('Nơi nhận:').bold = True
    for x in noinhan:
        c.add_paragraph('- ' + x)
    c = t.cell(0, 1)
    for i, line in enumerate(role.split('\n')):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.add_run(line).bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3):
        c.add_paragraph('')
    p = c.add_paragraph(); p.add_run(name).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- H1
# Nguyễn Thị Mỹ Hạnh, công chức Kinh tế phường: BÁO CÁO GIẢI TRÌNH, "Chi cục nhắc:" / "Phường giải trình:"

def h1(fname, unit, short, number, date_words, iso, cv_ref, items, diffs, props, signer, rejected=None):
    doc = Document(); font(doc)
    header_table(doc, 'ỦY BAN NHÂN DÂN', unit[1].upper(), number, f'{short}, {date_words}')
    para(doc)
    para(doc, 'BÁO CÁO GIẢI TRÌNH', bold=True, align='c', size=14)
    para(doc, cv_ref['title'], bold=True, align='c')
    para(doc, '_______', align='c')
    para(doc, cv_ref['intro'], align='j')
    for i, it in enumerate(items, 1):
        p = para(doc, '', align='j')
        runs(p, [(f'{i}. {cv_ref["who"]} nhắc: ', 'b'), (it['nhac'], 'i')])
        p = para(doc, '', align='j')
        runs(p, [(f'{cv_ref["me"]} giải trình: ', 'bi'), (it['gt'], '')])
        for extra in it.get('lines', []):
            para(doc, extra, align='j')
    if diffs or props:
        i = len(items) + 1
        p = para(doc, '', align='j')
        runs(p, [(f'{i}. {cv_ref["who"]} nhắc: ', 'b'),
                 ('đề nghị phường nêu cụ thể khó khăn, vướng mắc và kiến nghị (nếu có), không ghi chung chung.', 'i')])
        p = para(doc, '', align='j')
        runs(p, [(f'{cv_ref["me"]} giải trình: ', 'bi'), ('phường xin nêu như sau:', '')])
        para(doc, '* Khó khăn, vướng mắc:', italic=True)
        for d in diffs:
            para(doc, '- ' + d, align='j')
        para(doc, '* Kiến nghị:', italic=True)
        for d in props:
            para(doc, '- ' + d, align='j')
    para(doc, f'Trên đây là báo cáo giải trình của Ủy ban nhân dân {unit[1].lower().replace("phường", "phường").capitalize()}./.' if False else
         f'Trên đây là báo cáo giải trình của UBND {unit[1]} gửi {cv_ref["to"]} để tổng hợp./.', align='j')
    sign(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer, [cv_ref['to'] + ';', 'TT Đảng ủy, HĐND phường (b/c);', 'Lưu: VT, KT(Hạnh).'])
    doc.save(os.path.join(OUT, fname))


CHICUC = dict(who='Chi cục', me='Phường', to='Chi cục Tiêu chuẩn Đo lường Chất lượng',
              title='Về các nội dung Chi cục Tiêu chuẩn Đo lường Chất lượng nhắc tại Công văn số 1874/TĐC-QLĐL ngày 20/10/2026 về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026')


def do_h1():
    # 1 Bình Dương
    u = ('25760', 'Phường Bình Dương')
    cv = dict(CHICUC, intro='Thực hiện Công văn số 1874/TĐC-QLĐL ngày 20/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh, Ủy ban nhân dân phường Bình Dương giải trình từng nội dung Chi cục nhắc như sau:')
    diffs = ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Kinh tế kiêm nhiệm nhiều việc nên việc theo dõi, tổng hợp còn chậm.',
             'Các hộ kinh doanh tại chợ thường xuyên thay đổi, nhiều hộ chưa hiểu quy định về cân đối chứng.']
    props = ['Đề nghị Chi cục hỗ trợ phường 02 bộ quả cân chuẩn để tổ chức kiểm tra cân tại chợ Phú Văn và chợ Bình Dương.',
             'Đề nghị Chi cục gửi mẫu biểu báo cáo thống nhất ngay từ đầu năm để phường chủ động theo dõi số liệu.']
    items = [
        dict(nhac='phường chưa báo cáo kết quả phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu trên địa bàn.',
             gt='từ đầu năm đến ngày 31/10/2026 phường đã phối hợp Đội Quản lý thị trường và Chi cục tổ chức 04 cuộc kiểm tra tại 27 cơ sở (chợ Phú Văn, chợ Bình Dương và 06 cửa hàng xăng dầu); phát hiện 03 cơ sở vi phạm về đo lường (cân sai số vượt mức cho phép, cột đo chưa kiểm định), đã lập biên bản chuyển Chi cục xử phạt với tổng số tiền 12.500.000 đồng. Việc kiểm tra phường vẫn đang tiếp tục thực hiện đến hết tháng 12/2026.'),
        dict(nhac='chưa thấy phường báo cáo việc tuyên truyền Chỉ thị số 38-CT/TW tại khu phố.',
             gt='phường đã đăng 15 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo của 12 khu phố, phát trên hệ thống loa truyền thanh trong tháng 6 và tháng 9. Đợt tuyên truyền năm 2026 phường đã thực hiện xong.'),
        dict(nhac='đề nghị phường báo cáo việc cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng.',
             gt='phường đã cử 03 công chức tham dự đầy đủ 02 lớp tập huấn do Chi cục tổ chức (tháng 5 và tháng 8/2026). Nội dung này đã hoàn thành.'),
        dict(nhac='kết quả duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường.',
             gt='phường đang rà soát, cập nhật lại các quy trình sau khi sắp xếp bộ máy, dự kiến công bố lại trong tháng 12/2026; hiện đang thực hiện.'),
        dict(nhac='việc khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.',
             gt='trong kỳ báo cáo không phát sinh trường hợp tố giác nên phường không có nội dung khen thưởng.'),
    ]
    fn = '25760-bc-giai-trinh-ct38.docx'
    h1(fn, u, 'Bình Dương', '318/BC-UBND', 'ngày 03 tháng 11 năm 2026', '2026-11-03', cv, items, diffs, props, 'Phạm Văn Thắng')
    key(fn, 'extracted', u, '318/BC-UBND', '2026-11-03', [
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 27, 'violations': 3, 'fines_vnd': 12500000}, 'Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu: 04 cuộc, 27 cơ sở, 03 vi phạm, 12.500.000 đồng; đang tiếp tục.'),
        ('II.1.a', 'completed', {'communications': 15}, 'Tuyên truyền Chỉ thị 38: 15 tin, bài; đã thực hiện xong.'),
        ('II.3.a', 'completed', {'training_courses': 2, 'participants': 3}, 'Cử 03 công chức dự 02 lớp tập huấn của Chi cục; đã hoàn thành.'),
        ('II.2.đ', 'in_progress', {}, 'Duy trì, cập nhật ISO 9001:2015 tại UBND phường; đang thực hiện.'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng người tố giác: không phát sinh.'),
    ], diffs, props)

    # 2 Bà Rịa
    u = ('26560', 'Phường Bà Rịa')
    cv = dict(CHICUC, intro='Căn cứ Công văn số 1874/TĐC-QLĐL ngày 20/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh; Ủy ban nhân dân phường Bà Rịa báo cáo giải trình các nội dung còn thiếu như sau:')
    diffs = ['Phường chưa được bố trí kinh phí riêng cho hoạt động kiểm tra, tuyên truyền về tiêu chuẩn, đo lường, chất lượng.']
    props = ['Đề nghị Chi cục cung cấp tài liệu tuyên truyền mẫu (tờ gấp, video ngắn) để phường sử dụng trên hệ thống truyền thanh và mạng xã hội.',
             'Đề nghị Chi cục thông báo sớm lịch khảo sát chất lượng để phường bố trí người phối hợp.']
    items = [
        dict(nhac='số liệu kiểm tra phối hợp phường gửi qua điện thoại chưa có văn bản.',
             gt='phường xác nhận lại bằng văn bản: đã phối hợp 03 cuộc kiểm tra tại 19 cơ sở kinh doanh (cân, thước, xăng dầu, vàng trang sức), có 02 cơ sở vi phạm, tổng tiền phạt 7 triệu đồng. Phường đang tiếp tục phối hợp theo kế hoạch của Chi cục.'),
        dict(nhac='phường chưa báo cáo việc phối hợp khảo sát chất lượng sản phẩm, hàng hóa trên địa bàn.',
             gt='phường đã cử công chức cùng Đoàn của Chi cục lấy 24 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) tại các cửa hàng trên địa bàn. Đợt khảo sát đã xong vào ngày 16/9/2026.'),
        dict(nhac='việc hướng dẫn hộ kinh doanh, doanh nghiệp công bố chất lượng, truy xuất nguồn gốc sản phẩm.',
             gt='phường đã hướng dẫn 11 hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn, công bố chất lượng và mã truy xuất nguồn gốc; việc hướng dẫn đang tiếp tục thực hiện.'),
        dict(nhac='danh sách công chức tham dự tập huấn chưa gửi.',
             gt='phường đã cử 02 công chức tham dự 01 lớp tập huấn ngày 14/8/2026, đã hoàn thành; danh sách gửi kèm báo cáo này.'),
        dict(nhac='kế hoạch tuyên truyền tại phường.',
             gt='phường chưa triển khai tuyên truyền chuyên đề do chưa có tài liệu, dự kiến thực hiện trong tháng 12/2026.'),
    ]
    fn = '26560_giai_trinh_TDC.docx'
    h1(fn, u, 'Bà Rịa', '145/BC-UBND', 'ngày 30 tháng 10 năm 2026', '2026-10-30', cv, items, diffs, props, 'Lê Thị Kim Oanh')
    key(fn, 'extracted', u, '145/BC-UBND', '2026-10-30', [
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 7000000}, 'Phối hợp 03 cuộc kiểm tra, 19 cơ sở, 02 vi phạm, phạt 7 triệu đồng; đang tiếp tục.'),
        ('II.5.b', 'completed', {'samples_tested': 24}, 'Phối hợp Chi cục lấy 24 mẫu khảo sát; đã xong 16/9/2026.'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 11}, 'Hướng dẫn 11 hộ kinh doanh, doanh nghiệp về công bố chất lượng, truy xuất; đang tiếp tục.'),
        ('II.3.a', 'completed', {'training_courses': 1, 'participants': 2}, 'Cử 02 công chức dự 01 lớp tập huấn; đã hoàn thành.'),
        ('II.1.a', 'not_started', {}, 'Tuyên truyền chuyên đề: chưa triển khai.'),
    ], diffs, props)

    # 3 Tăng Nhơn Phú
    u = ('26842', 'Phường Tăng Nhơn Phú')
    cv = dict(CHICUC, intro='Ủy ban nhân dân phường Tăng Nhơn Phú nhận được Công văn số 1874/TĐC-QLĐL ngày 20/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng. Phường giải trình lần lượt các nội dung như sau:')
    diffs = ['Số lượng cơ sở kinh doanh trên địa bàn lớn (trên 3.000 hộ), trong khi lực lượng kiểm tra của phường mỏng.',
             'Phường chưa có thiết bị, chuẩn đo lường để tự kiểm tra nhanh tại chỗ.']
    props = ['Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn chuyên sâu về kiểm tra đo lường cho công chức phường, xã trong Quý I/2027.']
    items = [
        dict(nhac='số liệu kiểm tra phường báo cáo 6 tháng chưa khớp với số liệu của Chi cục.',
             gt='phường đã rà soát lại: lũy kế đến 31/10/2026 phường chủ trì, phối hợp 06 cuộc kiểm tra với 41 cơ sở được kiểm tra, 05 cơ sở vi phạm, đã xử phạt 21.750.000 đồng. Phường đã thực hiện xong 06/06 cuộc theo kế hoạch năm của phường.'),
        dict(nhac='kết quả tuyên truyền, phổ biến Chỉ thị số 38-CT/TW và kinh phí đã sử dụng.',
             gt='phường đã đăng 22 tin, bài; tổ chức 01 hội nghị tuyên truyền cho hộ kinh doanh với 150 đại biểu tham dự; kinh phí đã chi là 18.400.000 đồng (in tài liệu, tổ chức hội nghị). Công tác tuyên truyền đang tiếp tục thực hiện đến cuối năm.'),
        dict(nhac='phường chưa báo cáo việc công bố lại Hệ thống quản lý chất lượng sau sắp xếp.',
             gt='phường đã xây dựng lại và công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 18/8/2026; nội dung này đã hoàn thành.'),
        dict(nhac='việc khen thưởng, bảo vệ người tố giác vi phạm.',
             gt='trên địa bàn không phát sinh.'),
    ]
    fn = '26842-TangNhonPhu-BC-giai-trinh.docx'
    h1(fn, u, 'Tăng Nhơn Phú', '402/BC-UBND', 'ngày 05 tháng 11 năm 2026', '2026-11-05', cv, items, diffs, props, 'Trương Minh Đức')
    key(fn, 'extracted', u, '402/BC-UBND', '2026-11-05', [
        ('II.5.c', 'completed', {'inspections': 6, 'establishments_inspected': 41, 'violations': 5, 'fines_vnd': 21750000}, 'Lũy kế 06 cuộc kiểm tra, 41 cơ sở, 05 vi phạm, 21.750.000 đồng; đã xong 06/06 cuộc.'),
        ('II.1.a', 'in_progress', {'communications': 22, 'training_courses': 1, 'participants': 150, 'budget_spent_vnd': 18400000}, 'Tuyên truyền: 22 tin bài, 01 hội nghị 150 đại biểu, kinh phí 18.400.000 đồng; đang tiếp tục.'),
        ('II.2.đ', 'completed', {}, 'Công bố lại HTQLCL ISO 9001:2015 ngày 18/8/2026; đã hoàn thành.'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng tố giác: không phát sinh.'),
    ], diffs, props)

    # 4 Tân Hiệp — mistaken: chuyển đổi số
    u = ('25920', 'Phường Tân Hiệp')
    cv = dict(who='Phòng Chuyển đổi số', me='Phường', to='Sở Khoa học và Công nghệ (Phòng Chuyển đổi số)',
              title='Về các nội dung Phòng Chuyển đổi số nhắc tại Công văn số 905/SKHCN-CĐS ngày 15/10/2026 về tiến độ thực hiện chuyển đổi số năm 2026',
              intro='Thực hiện Công văn số 905/SKHCN-CĐS ngày 15/10/2026 của Sở Khoa học và Công nghệ về việc đôn đốc thực hiện các chỉ tiêu chuyển đổi số năm 2026, Ủy ban nhân dân phường Tân Hiệp giải trình như sau:')
    items = [
        dict(nhac='tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình của phường còn thấp.',
             gt='đến 31/10/2026 phường tiếp nhận 4.215 hồ sơ, trong đó 2.890 hồ sơ trực tuyến toàn trình (đạt 68,6%); phường đang tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.'),
        dict(nhac='số công chức chưa được cấp chữ ký số cá nhân.',
             gt='phường đã đề nghị cấp bổ sung 07 chứng thư chữ ký số; hiện 100% công chức đã có chữ ký số.'),
        dict(nhac='việc triển khai nền tảng số khu phố.',
             gt='đã lập 18 nhóm Zalo khu phố kết nối với Tổ công nghệ số cộng đồng; đang duy trì hoạt động.'),
    ]
    diffs = ['Đường truyền tại Bộ phận Một cửa thường xuyên chậm vào giờ cao điểm.']
    props = ['Đề nghị Sở hỗ trợ nâng cấp đường truyền và cấp thêm 02 máy quét tài liệu cho Bộ phận Một cửa.']
    fn = '25920-giai-trinh-chuyen-doi-so.docx'
    h1(fn, u, 'Tân Hiệp', '287/BC-UBND', 'ngày 28 tháng 10 năm 2026', '2026-10-28', cv, items, diffs, props, 'Nguyễn Hữu Tài')
    key(fn, 'rejected', u, '287/BC-UBND', '2026-10-28', [], [], [],
        reason='Báo cáo giải trình về chuyển đổi số (Công văn 905/SKHCN-CĐS), không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng.')


# ---------------------------------------------------------------- H2
# Trần Văn Lợi, công chức Văn phòng - Thống kê xã: one sheet per ấp + 'TH' sheet of formulas

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2(fname, unit, number, date_words, place, aps, cols, rows, status, extra_rows, diffs, props, signer):
    """aps: {sheet: {rowkey: [values per col]}}; cols: list of (header, key);
    rows: list of (rowkey, label); status: {rowkey: status word}; extra_rows: list of (label, {colidx: value}, status)"""
    wb = openpyxl.Workbook()
    th = wb.active; th.title = 'TH'
    first = 6
    ncol = 2 + len(cols)
    for sh, data in aps.items():
        ws = wb.create_sheet(sh)
        ws['A1'] = f'{sh.upper()} – SỐ LIỆU THỰC HIỆN CT38 (từ 01/01 đến 31/10/2026)'
        ws['A1'].font = Font(bold=True)
        ws['A2'] = 'Người nhập: Trưởng ấp / Tổ công tác ấp'
        ws['A2'].font = Font(italic=True)
        hdr = ['TT', 'Nội dung'] + [c[0] for c in cols] + ['Ghi chú']
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=first - 1, column=j, value=h); c.font = Font(bold=True); c.border = BOX
            c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
        for i, (rk, label) in enumerate(rows):
            r = first + i
            ws.cell(row=r, column=1, value=i + 1).border = BOX
            ws.cell(row=r, column=2, value=label).border = BOX
            for j, v in enumerate(data.get(rk, [None] * len(cols))):
                c = ws.cell(row=r, column=3 + j, value=v); c.border = BOX
                if cols[j][1] == 'money':
                    c.number_format = '#,##0'
            ws.cell(row=r, column=3 + len(cols), value=data.get(rk + '_note')).border = BOX
        ws.column_dimensions['B'].width = 46
        for j in range(3, 4 + len(cols)):
            ws.column_dimensions[get_column_letter(j)].width = 13
    # TH sheet
    th['A1'] = f'UBND {unit[1].upper()}'; th['A1'].font = Font(bold=True)
    th['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; th['F1'].font = Font(bold=True)
    th['A2'] = f'Số: {number}'
    th['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    th['F3'] = f'{place}, {date_words}'; th['F3'].font = Font(italic=True)
    th['A4'] = 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (TỔNG HỢP TỪ CÁC ẤP)'
    th['A4'].font = Font(bold=True)
    hdr = ['TT', 'Nội dung'] + [c[0] for c in cols] + ['Tiến độ']
    for j, h in enumerate(hdr, 1):
        c = th.cell(row=first - 1, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    cache = {}
    for i, (rk, label) in enumerate(rows):
        r = first + i
        th.cell(row=r, column=1, value=i + 1).border = BOX
        th.cell(row=r, column=2, value=label).border = BOX
        for j in range(len(cols)):
            col = get_column_letter(3 + j)
            vals = [aps[sh].get(rk, [None] * len(cols))[j] for sh in aps]
            if all(v is None for v in vals):
                continue
            f = '=' + '+'.join(f"'{sh}'!{col}{r}" for sh in aps)
            c = th.cell(row=r, column=3 + j, value=f); c.border = BOX
            if cols[j][1] == 'money':
                c.number_format = '#,##0'
            cache[f'{col}{r}'] = sum(v or 0 for v in vals)
        th.cell(row=r, column=3 + len(cols), value=status[rk]).border = BOX
    r = first + len(rows)
    for k, (label, vals, st) in enumerate(extra_rows):
        th.cell(row=r, column=1, value=len(rows) + k + 1).border = BOX
        th.cell(row=r, column=2, value=label).border = BOX
        for j, v in vals.items():
            th.cell(row=r, column=3 + j, value=v).border = BOX
        th.cell(row=r, column=3 + len(cols), value=st).border = BOX
        r += 1
    r += 1
    th.cell(row=r, column=1, value='Khó khăn:').font = Font(bold=True); r += 1
    for d in diffs:
        th.cell(row=r, column=2, value='- ' + d); r += 1
    th.cell(row=r, column=1, value='Kiến nghị:').font = Font(bold=True); r += 1
    for d in props:
        th.cell(row=r, column=2, value='- ' + d); r += 1
    r += 1
    th.cell(row=r, column=2, value='Người lập biểu'); th.cell(row=r, column=6, value='TM. ỦY BAN NHÂN DÂN'); r += 1
    th.cell(row=r, column=6, value='KT. CHỦ TỊCH - PHÓ CHỦ TỊCH'); r += 4
    th.cell(row=r, column=2, value='Trần Văn Lợi'); th.cell(row=r, column=6, value=signer)
    th.column_dimensions['B'].width = 52
    for j in range(3, 4 + len(cols)):
        th.column_dimensions[get_column_letter(j)].width = 14
    path = os.path.join(OUT, fname)
    wb.save(path)
    inject_cache(path, 'xl/worksheets/sheet1.xml', cache)


def inject_cache(path, member, cache):
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zo:
        for item in zi.infolist():
            data = zi.read(item.filename)
            if item.filename == member:
                s = data.decode('utf-8')
                def rep(m):
                    ref = m.group(1)
                    if ref in cache:
                        return f'<c r="{ref}"{m.group(2)}><f>{m.group(3)}</f><v>{cache[ref]}</v></c>'
                    return m.group(0)
                s = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', rep, s)
                data = s.encode('utf-8')
            zo.writestr(item, data)
    os.replace(tmp, path)


def do_h2():
    cols = [('Số cuộc KT', 'n'), ('Số cơ sở được KT', 'n'), ('Số cơ sở vi phạm', 'n'), ('Tiền phạt (đồng)', 'money'),
            ('Số tin, bài tuyên truyền', 'n'), ('Số hộ/DN được hướng dẫn', 'n')]
    rows = [('kt', 'Phối hợp kiểm tra cân, đo, chất lượng hàng hóa tại chợ, tiệm vàng, cây xăng'),
            ('tt', 'Tuyên truyền Chỉ thị 38 trên loa ấp, Zalo ấp'),
            ('hd', 'Hướng dẫn hộ sản xuất ghi nhãn, dán tem truy xuất nguồn gốc (QR)')]
    # Xã Bình Châu
    aps = {'Ấp Láng Găng': {'kt': [1, 6, 1, 2500000, None, None], 'tt': [None, None, None, None, 7, None], 'hd': [None, None, None, None, None, 4]},
           'Ấp Bình Trung': {'kt': [2, 9, 0, 0, None, None], 'tt': [None, None, None, None, 5, None], 'hd': [None, None, None, None, None, 3], 'hd_note': 'hộ làm khô cá'},
           'Ấp Hồ Tràm': {'kt': [1, 5, 1, 3000000, None, None], 'tt': [None, None, None, None, 6, None], 'hd': [None, None, None, None, None, 5]}}
    status = {'kt': 'Đạt tiến độ', 'tt': 'Vượt tiến độ', 'hd': 'Chậm tiến độ'}
    extra = [('Cử cán bộ dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức (số lượt)', {}, 'Vượt tiến độ'),
             ('Duy trì ISO 9001:2015 tại UBND xã', {}, 'Đạt tiến độ')]
    extra[0] = ('Cử cán bộ dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức: 02 lượt cán bộ', {}, 'Vượt tiến độ')
    diffs = ['Các ấp ven biển hộ kinh doanh nhỏ lẻ, theo mùa du lịch nên khó theo dõi.',
             'Xã chưa có cân chuẩn để kiểm tra đối chứng.']
    props = ['Đề nghị Chi cục hỗ trợ xã 01 bộ quả cân chuẩn và tập huấn cho Tổ công tác các ấp.']
    fn = '26656-BinhChau-TH-CT38.xlsx'
    h2(fn, ('26656', 'Xã Bình Châu'), '57/BC-UBND', 'ngày 29 tháng 10 năm 2026', 'Bình Châu', aps, cols, rows, status, extra, diffs, props, 'Huỳnh Văn Sang')
    key(fn, 'extracted', ('26656', 'Xã Bình Châu'), '57/BC-UBND', '2026-10-29', [
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 20, 'violations': 2, 'fines_vnd': 5500000}, 'Phối hợp kiểm tra (tổng 3 ấp): 4 cuộc, 20 cơ sở, 2 vi phạm, 5.500.000 đ; Đạt tiến độ.'),
        ('II.1.a', 'completed', {'communications': 18}, 'Tuyên truyền CT38: 18 tin, bài; Vượt tiến độ.'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 12}, 'Hướng dẫn 12 hộ ghi nhãn, truy xuất; Chậm tiến độ.'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 lượt cán bộ dự tập huấn; Vượt tiến độ.'),
        ('II.2.đ', 'in_progress', {}, 'Duy trì ISO 9001:2015; Đạt tiến độ.'),
    ], diffs, props)

    # Xã Bắc Tân Uyên
    cols2 = [('Số cuộc KT', 'n'), ('Số cơ sở được KT', 'n'), ('Số cơ sở vi phạm', 'n'), ('Tiền phạt (đồng)', 'money'),
             ('Số tin, bài tuyên truyền', 'n'), ('Số mẫu lấy khảo sát', 'n')]
    rows2 = [('kt', 'Phối hợp kiểm tra đo lường tại cửa hàng vật tư nông nghiệp, cây xăng, chợ'),
             ('tt', 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (loa, Zalo, bảng tin ấp)'),
             ('ks', 'Phối hợp Chi cục lấy mẫu phân bón, xăng dầu khảo sát chất lượng')]
    aps = {'Ấp Tân Lương': {'kt': [1, 7, 1, 4000000, None, None], 'tt': [None, None, None, None, 3, None], 'ks': [None, None, None, None, None, 2]},
           'Ấp Cây Chanh': {'kt': [1, 4, 0, 0, None, None], 'tt': [None, None, None, None, 4, None], 'ks': [None, None, None, None, None, 3]},
           'Ấp Đất Cuốc': {'kt': [2, 10, 2, 8500000, None, None], 'tt': [None, None, None, None, 2, None], 'ks': [None, None, None, None, None, 0]},
           'Ấp Bà Tri': {'kt': [0, 0, 0, 0, None, None], 'tt': [None, None, None, None, 5, None], 'ks': [None, None, None, None, None, 1], 'kt_note': 'không có cơ sở'}}
    status = {'kt': 'Đạt tiến độ', 'tt': 'Đạt tiến độ', 'ks': 'Vượt tiến độ'}
    extra = [('Khen thưởng, bảo vệ người tố giác vi phạm', {}, 'Không phát sinh'),
             ('Xây dựng, công bố lại HTQLCL ISO tại UBND xã sau sáp nhập', {}, 'Chậm tiến độ')]
    diffs = ['Địa bàn xã rộng sau sáp nhập, các ấp ở xa trung tâm, giao thông đi lại khó khăn.',
             'Việc xây dựng lại Hệ thống quản lý chất lượng sau sáp nhập bị chậm do chưa có đơn vị tư vấn.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn, hỗ trợ xã xây dựng lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.']
    fn = '25906_BacTanUyen_CT38_11.2026.xlsx'
    h2(fn, ('25906', 'Xã Bắc Tân Uyên'), '212/BC-UBND', 'ngày 31 tháng 10 năm 2026', 'Bắc Tân Uyên', aps, cols2, rows2, status, extra, diffs, props, 'Đoàn Thị Ngọc Hân')
    key(fn, 'extracted', ('25906', 'Xã Bắc Tân Uyên'), '212/BC-UBND', '2026-10-31', [
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 21, 'violations': 3, 'fines_vnd': 12500000}, 'Phối hợp kiểm tra (tổng 4 ấp): 4 cuộc, 21 cơ sở, 3 vi phạm, 12.500.000 đ; Đạt tiến độ.'),
        ('II.1.a', 'in_progress', {'communications': 14}, 'Tuyên truyền: 14 tin, bài; Đạt tiến độ.'),
        ('II.5.b', 'completed', {'samples_tested': 6}, 'Phối hợp lấy 6 mẫu khảo sát; Vượt tiến độ.'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng tố giác: Không phát sinh.'),
        ('II.2.đ', 'in_progress', {}, 'Xây dựng lại HTQLCL ISO sau sáp nhập; Chậm tiến độ.'),
    ], diffs, props)

    # Xã Ngãi Giao
    cols3 = [('Số cuộc KT', 'n'), ('Số cơ sở được KT', 'n'), ('Số cơ sở vi phạm', 'n'), ('Tiền phạt (đồng)', 'money'),
             ('Số buổi hội nghị tuyên truyền', 'n'), ('Số lượt người dự', 'n'), ('Số hộ/DN được hướng dẫn', 'n')]
    rows3 = [('kt', 'Phối hợp kiểm tra đo lường, chất lượng tại chợ Ngãi Giao và các điểm kinh doanh'),
             ('tt', 'Tổ chức hội nghị tuyên truyền CT38 cho hộ kinh doanh tại ấp'),
             ('hd', 'Hướng dẫn hộ, HTX công bố chất lượng sản phẩm (tiêu, cà phê, hạt điều)')]
    aps = {'Ấp Vĩnh Bình': {'kt': [1, 8, 1, 1500000, None, None, None], 'tt': [None, None, None, None, 1, 46, None], 'hd': [None, None, None, None, None, None, 2]},
           'Ấp Hưng Hòa': {'kt': [1, 6, 0, 0, None, None, None], 'tt': [None, None, None, None, 1, 38, None], 'hd': [None, None, None, None, None, None, 4]},
           'Ấp Quảng Giao': {'kt': [1, 9, 2, 6000000, None, None, None], 'tt': [None, None, None, None, 1, 52, None], 'hd': [None, None, None, None, None, None, 3]}}
    status = {'kt': 'Vượt tiến độ', 'tt': 'Vượt tiến độ', 'hd': 'Đạt tiến độ'}
    extra = [('Áp dụng HTQLCL theo TCVN ISO 9001:2015 tại UBND xã (chưa triển khai do thay đổi cán bộ phụ trách)', {}, 'Chậm tiến độ')]
    diffs = ['Nhiều hộ sản xuất nông sản chưa quan tâm đến việc công bố chất lượng, truy xuất nguồn gốc.']
    props = ['Đề nghị Chi cục hỗ trợ kinh phí in tem truy xuất nguồn gốc cho các hợp tác xã trên địa bàn xã.',
             'Đề nghị Sở sớm có văn bản hướng dẫn việc áp dụng ISO đối với xã sau sắp xếp.']
    fn = '26575-NgaiGiao-bieu-CT38.xlsx'
    h2(fn, ('26575', 'Xã Ngãi Giao'), '168/BC-UBND', 'ngày 02 tháng 11 năm 2026', 'Ngãi Giao', aps, cols3, rows3, status, extra, diffs, props, 'Võ Thành Nhân')
    key(fn, 'extracted', ('26575', 'Xã Ngãi Giao'), '168/BC-UBND', '2026-11-02', [
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 7500000}, 'Phối hợp kiểm tra (3 ấp): 3 cuộc, 23 cơ sở, 3 vi phạm, 7.500.000 đ; Vượt tiến độ.'),
        ('II.1.a', 'completed', {'training_courses': 3, 'participants': 136}, 'Hội nghị tuyên truyền: 3 buổi, 136 lượt người; Vượt tiến độ.'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 9}, 'Hướng dẫn 9 hộ, HTX công bố chất lượng; Đạt tiến độ.'),
        ('II.2.đ', 'not_started', {}, 'ISO tại UBND xã chưa triển khai; Chậm tiến độ.'),
    ], diffs, props)


# ---------------------------------------------------------------- H5
# Lê Hoàng Phúc, công chức Kinh tế phường: centred plain header lines, "(Số liệu kèm: …)" + "Tự đánh giá tiến độ: …"

def h5(fname, unit, short, number, date_words, items, diffs, props, signer):
    doc = Document(); font(doc, size=14)
    para(doc, f'ỦY BAN NHÂN DÂN {unit[1].upper()}', bold=True, align='c', indent=False)
    para(doc, f'Số: {number}', align='c', indent=False)
    para(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='c', indent=False)
    para(doc, 'Độc lập - Tự do - Hạnh phúc', bold=True, align='c', indent=False)
    para(doc, f'{short}, {date_words}', italic=True, align='r', indent=False)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường', bold=True, align='c')
    para(doc, f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường {short} báo cáo kết quả thực hiện từ đầu năm đến nay như sau:', align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, it in enumerate(items, 1):
        p = para(doc, f'{i}. {it["title"]}', bold=True)
        para(doc, it['body'], align='j')
        if it.get('sl'):
            para(doc, '(Số liệu kèm: ' + it['sl'] + ')', italic=True, align='j')
        p = para(doc, '', align='j')
        runs(p, [('Tự đánh giá tiến độ: ', 'u'), (it['td'], 'b')])
        p.runs[0].underline = True
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in diffs:
        para(doc, '+ ' + d, align='j')
    para(doc, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for d in props:
        para(doc, '+ ' + d, align='j')
    para(doc, f'Ủy ban nhân dân {unit[1]} báo cáo Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) để tổng hợp./.', align='j')
    sign(doc, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', signer, ['Sở KH&CN (qua Chi cục TĐC);', 'Lưu: VT.'])
    doc.save(os.path.join(OUT, fname))


def do_h5():
    u = ('25768', 'Phường Phú An')
    items = [
        dict(title='Kiểm tra cân, phương tiện đo tại chợ', body='Phường phối hợp Chi cục kiểm tra việc chấp hành quy định về đo lường tại chợ Phú An và các điểm kinh doanh gạo, trái cây. Đồng thời đưa 03 cân đối chứng của chợ đi kiểm định lại theo định kỳ. Phường tiếp tục kiểm tra đến cuối năm.',
             sl='02 cuộc kiểm tra; 14 cơ sở; 01 cơ sở vi phạm; phạt 1.500.000đ; 03 cân đối chứng được kiểm định', td='Đạt tiến độ'),
        dict(title='Tuyên truyền Chỉ thị 38', body='Đăng tin, bài trên Trang thông tin điện tử và Fanpage phường; phát thanh lưu động tại 8 khu phố. Đã làm xong trong tháng 9.',
             sl='09 tin, bài', td='Vượt tiến độ'),
        dict(title='Cán bộ dự tập huấn', body='Phường cử công chức Kinh tế và Văn phòng dự lớp tập huấn nghiệp vụ do Chi cục tổ chức ngày 20/8/2026, đã xong.',
             sl='02 lượt công chức', td='Vượt tiến độ'),
        dict(title='Duy trì ISO tại Bộ phận Một cửa', body='Đang rà soát quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015, tiếp tục trong Quý IV.', td='Đạt tiến độ'),
    ]
    diffs = ['Cân đối chứng tại chợ đã cũ, hay hỏng, phường không có kinh phí thay mới.']
    props = ['Đề nghị Chi cục hỗ trợ thay mới 02 cân đối chứng cho chợ Phú An.']
    fn = '25768-bc-ct38-phu-an.docx'
    h5(fn, u, 'Phú An', '96/BC-UBND', 'ngày 29 tháng 10 năm 2026', items, diffs, props, 'Nguyễn Văn Hoàng')
    key(fn, 'extracted', u, '96/BC-UBND', '2026-10-29', [
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 1500000, 'instruments_verified': 3}, 'Kiểm tra cân tại chợ: 02 cuộc, 14 cơ sở, 01 vi phạm, 1.500.000đ; 03 cân đối chứng kiểm định; Đạt tiến độ.'),
        ('II.1.a', 'completed', {'communications': 9}, 'Tuyên truyền: 09 tin, bài; Vượt tiến độ.'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 lượt công chức dự tập huấn; Vượt tiến độ.'),
        ('II.2.đ', 'in_progress', {}, 'Duy trì ISO tại Bộ phận Một cửa; Đạt tiến độ.'),
    ], diffs, props)

    u = ('25888', 'Phường Tân Uyên')
    items = [
        dict(title='Kiểm tra cây xăng, tiệm vàng', body='Phường chủ trì, phối hợp Chi cục và Công an phường kiểm tra đo lường, chất lượng tại các cửa hàng xăng dầu, tiệm vàng trên địa bàn; các trường hợp vi phạm đã lập biên bản, chuyển xử phạt.',
             sl='05 cuộc; 33 cơ sở; 04 cơ sở vi phạm; phạt 16.000.000đ', td='Đạt tiến độ'),
        dict(title='Hỗ trợ doanh nghiệp công bố chất lượng, truy xuất nguồn gốc', body='Phường mới hướng dẫn được một số doanh nghiệp trong cụm công nghiệp về công bố hợp chuẩn, hợp quy, mã số mã vạch; còn nhiều doanh nghiệp chưa tiếp cận, đang tiếp tục.',
             sl='07 doanh nghiệp được hướng dẫn', td='Chậm tiến độ'),
        dict(title='Hội nghị phổ biến pháp luật về TĐC', body='Tổ chức hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa và Chỉ thị 38 cho hộ kinh doanh, doanh nghiệp; đăng tin bài trên trang thông tin phường.',
             sl='01 hội nghị; 85 đại biểu; 12 tin bài', td='Vượt tiến độ'),
        dict(title='Khen thưởng người tố giác vi phạm', body='Không phát sinh trường hợp tố giác trong năm.', td='Không phát sinh'),
    ]
    diffs = ['Doanh nghiệp trong cụm công nghiệp ít tham gia các buổi hướng dẫn do bận sản xuất.']
    props = ['Đề nghị Chi cục tổ chức hướng dẫn trực tiếp tại cụm công nghiệp Tân Uyên.',
             'Đề nghị Sở cung cấp danh sách doanh nghiệp đã công bố hợp chuẩn, hợp quy trên địa bàn để phường theo dõi.']
    fn = '25888_TanUyen_BC_TDC_2026.docx'
    h5(fn, u, 'Tân Uyên', '233/BC-UBND', 'ngày 02 tháng 11 năm 2026', items, diffs, props, 'Phan Thanh Tùng')
    key(fn, 'extracted', u, '233/BC-UBND', '2026-11-02', [
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 33, 'violations': 4, 'fines_vnd': 16000000}, 'Kiểm tra xăng dầu, vàng: 05 cuộc, 33 cơ sở, 04 vi phạm, 16.000.000đ; Đạt tiến độ.'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 7}, 'Hướng dẫn 07 doanh nghiệp công bố chất lượng, truy xuất; Chậm tiến độ.'),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 85, 'communications': 12}, 'Hội nghị phổ biến: 01 hội nghị, 85 đại biểu, 12 tin bài; Vượt tiến độ.'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng tố giác: Không phát sinh.'),
    ], diffs, props)

    u = ('25813', 'Phường Bến Cát')
    items = [
        dict(title='Phối hợp khảo sát chất lượng hàng hóa', body='Phường cử cán bộ cùng Chi cục lấy mẫu xăng dầu, thép xây dựng, đồ chơi trẻ em tại các cửa hàng trên địa bàn; đợt khảo sát đã kết thúc.',
             sl='18 mẫu', td='Vượt tiến độ'),
        dict(title='Kiểm tra đo lường tại chợ và cửa hàng', body='Kiểm tra việc sử dụng cân tại chợ Bến Cát, chợ Mỹ Phước và cửa hàng vật liệu xây dựng; đang tiếp tục.',
             sl='03 cuộc; 22 cơ sở', td='Đạt tiến độ'),
        dict(title='Tuyên truyền', body='Đăng tin, bài trên trang thông tin phường, in tờ gấp phát cho hộ kinh doanh; đang tiếp tục thực hiện.',
             sl='14 tin bài; kinh phí 6.200.000đ', td='Đạt tiến độ'),
        dict(title='Xây dựng lại ISO sau sắp xếp', body='Phường chưa triển khai rà soát, xây dựng lại hệ thống do đang kiện toàn bộ phận.', td='Chậm tiến độ'),
    ]
    diffs = ['Phường mới sắp xếp, nhân sự phụ trách thay đổi nhiều lần.', 'Chưa có kinh phí thuê tư vấn xây dựng lại Hệ thống quản lý chất lượng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ tư vấn xây dựng Hệ thống quản lý chất lượng cho các phường mới sắp xếp.']
    fn = '25813-BenCat-BC-CT38-2026.docx'
    h5(fn, u, 'Bến Cát', '178/BC-UBND', 'ngày 31 tháng 10 năm 2026', items, diffs, props, 'Lý Quốc Bảo')
    key(fn, 'extracted', u, '178/BC-UBND', '2026-10-31', [
        ('II.5.b', 'completed', {'samples_tested': 18}, 'Phối hợp khảo sát: 18 mẫu; Vượt tiến độ.'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 22}, 'Kiểm tra đo lường: 03 cuộc, 22 cơ sở; Đạt tiến độ.'),
        ('II.1.a', 'in_progress', {'communications': 14, 'budget_spent_vnd': 6200000}, 'Tuyên truyền: 14 tin bài, kinh phí 6.200.000đ; Đạt tiến độ.'),
        ('II.2.đ', 'not_started', {}, 'Chưa triển khai xây dựng lại ISO; Chậm tiến độ.'),
    ], diffs, props)


# ---------------------------------------------------------------- H3
# Đặng Quốc Vinh, chuyên viên Văn phòng Sở: công văn, each item opened by a bold time window,
# figures as "(noun: number; …)", closed by "Kết quả đến nay: …"

def h3(fname, unit, head, number, vv, date_words, intro, items, diffs, props, signer):
    doc = Document(); font(doc)
    header_table(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unit[1].upper(), number, f'Thành phố Hồ Chí Minh, {date_words}')
    para(doc, 'V/v ' + vv, italic=True, indent=False, size=12)
    para(doc)
    p = para(doc, '', align='c'); runs(p, [('Kính gửi: ', ''), ('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', 'b')])
    para(doc, '(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)', italic=True, align='c')
    para(doc, intro, align='j')
    for i, it in enumerate(items, 1):
        p = para(doc, '', align='j')
        runs(p, [(f'{i}) ', 'b'), (it['win'] + ', ', 'b'), (it['body'], '')])
        if it.get('fig'):
            p.add_run(' (' + it['fig'] + ').')
        p = para(doc, '', align='j')
        runs(p, [('Kết quả đến nay: ', 'i'), (it['kq'], 'i')])
    para(doc, 'Khó khăn, vướng mắc:', bold=True)
    for d in diffs:
        para(doc, '- ' + d, align='j')
    para(doc, 'Kiến nghị:', bold=True)
    for d in props:
        para(doc, '- ' + d, align='j')
    para(doc, f'{head} kính gửi Sở Khoa học và Công nghệ tổng hợp./.', align='j')
    sign(doc, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer, ['Như trên;', 'Giám đốc Sở (để b/c);', 'Lưu: VT, ' + number.split('-')[-1] + '.'])
    doc.save(os.path.join(OUT, fname))


def do_h3():
    u = ('SO-CT', 'Sở Công Thương')
    items = [
        dict(win='Từ tháng 01 đến hết tháng 10/2026', body='Sở chỉ đạo các phòng chuyên môn phối hợp lực lượng chức năng kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng, hàng hóa công nghiệp lưu thông trên thị trường; các vụ vi phạm đã được xử lý theo thẩm quyền',
             fig='cuộc: 14; cơ sở: 92; vi phạm: 17; tiền phạt: 236.500.000 đồng', kq='đang tiếp tục thực hiện theo kế hoạch kiểm tra năm.'),
        dict(win='Trong Quý II và Quý III/2026', body='Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tư vấn, hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý chất lượng ISO 9001, công cụ 5S, Kaizen',
             fig='doanh nghiệp được hỗ trợ: 09', kq='đã hoàn thành.'),
        dict(win='Tháng 4 và tháng 7/2026', body='Sở tổ chức tập huấn phổ biến quy định về nhãn hàng hóa, truy xuất nguồn gốc và quy chuẩn kỹ thuật đối với hàng hóa công nghiệp cho doanh nghiệp sản xuất, kinh doanh',
             fig='lớp: 02; lượt người tham dự: 240', kq='đã hoàn thành.'),
        dict(win='Từ tháng 3 đến tháng 9/2026', body='Sở góp ý các dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo theo đề nghị',
             fig='dự thảo QCVN đã góp ý: 03', kq='đã hoàn thành.'),
    ]
    diffs = ['Lực lượng quản lý chuyên ngành của Sở mỏng so với số lượng cơ sở kinh doanh xăng dầu, khí trên địa bàn Thành phố mở rộng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả thử nghiệm mẫu xăng dầu để phục vụ công tác hậu kiểm.']
    fn = 'SCT-3125-bao-cao-CT38.docx'
    h3(fn, u, 'Sở Công Thương', '3125/SCT-QLTM', 'báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'ngày 28 tháng 10 năm 2026',
       'Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:', items, diffs, props, 'Bùi Thị Thanh Hương')
    key(fn, 'extracted', u, '3125/SCT-QLTM', '2026-10-28', [
        ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 92, 'violations': 17, 'fines_vnd': 236500000}, 'Kiểm tra chất lượng xăng dầu, LPG, hàng công nghiệp: 14 cuộc, 92 cơ sở, 17 vi phạm, 236.500.000 đồng; đang tiếp tục.'),
        ('II.2.d', 'completed', {'enterprises_supported': 9}, 'Hỗ trợ 09 doanh nghiệp áp dụng HTQLCL; đã hoàn thành.'),
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 240}, 'Tập huấn nhãn hàng hóa, truy xuất cho doanh nghiệp: 02 lớp, 240 lượt; đã hoàn thành.'),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý 03 dự thảo QCVN; đã hoàn thành.'),
    ], diffs, props)

    u = ('SO-XD', 'Sở Xây dựng')
    items = [
        dict(win='Từ tháng 02/2026 đến nay', body='Sở chủ trì xây dựng quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật đô thị và góp ý các dự thảo tiêu chuẩn, quy chuẩn ngành xây dựng',
             fig='quy chuẩn, tiêu chuẩn đã xây dựng, góp ý: 05', kq='đang thực hiện, dự kiến trình ban hành quy chuẩn địa phương trong tháng 12/2026.'),
        dict(win='Từ tháng 01 đến tháng 10/2026', body='Sở kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường (xi măng, thép, kính, gạch ốp lát), lấy mẫu thử nghiệm và xử lý vi phạm',
             fig='cuộc: 04; cơ sở: 26; mẫu thử nghiệm: 31; vi phạm: 03; tiền phạt: 45.000.000 đồng', kq='đang thực hiện.'),
        dict(win='Năm 2026', body='Sở duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở, đã công bố lại sau khi hợp nhất', fig=None, kq='đã hoàn thành.'),
        dict(win='Tháng 6/2026', body='Sở tổ chức tập huấn cho công chức phường, xã, đặc khu về quản lý chất lượng vật liệu xây dựng và áp dụng tiêu chuẩn, quy chuẩn',
             fig='lớp: 01; học viên: 168', kq='đã hoàn thành.'),
    ]
    diffs = ['Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, dự toán năm 2026 không đủ để lấy mẫu theo kế hoạch.']
    props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp chia sẻ năng lực phòng thử nghiệm của Trung tâm Dịch vụ Phân tích thí nghiệm để giảm chi phí thử nghiệm.',
             'Đề nghị bố trí kinh phí năm 2027 cho việc xây dựng quy chuẩn kỹ thuật địa phương.']
    fn = 'SXD_9870_CT38_2026.docx'
    h3(fn, u, 'Sở Xây dựng', '9870/SXD-KTXD', 'kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026', 'ngày 30 tháng 10 năm 2026',
       'Sở Xây dựng nhận được đề nghị báo cáo của Sở Khoa học và Công nghệ về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Xây dựng báo cáo các nội dung liên quan như sau:', items, diffs, props, 'Hồ Văn Khải')
    key(fn, 'extracted', u, '9870/SXD-KTXD', '2026-10-30', [
        ('II.2.e', 'in_progress', {'standards_reviewed': 5}, 'Xây dựng QCĐP, góp ý tiêu chuẩn, quy chuẩn: 05; đang thực hiện.'),
        ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 26, 'samples_tested': 31, 'violations': 3, 'fines_vnd': 45000000}, 'Kiểm tra VLXD: 04 cuộc, 26 cơ sở, 31 mẫu, 03 vi phạm, 45.000.000 đồng; đang thực hiện.'),
        ('II.2.đ', 'completed', {}, 'Duy trì, công bố lại ISO 9001:2015; đã hoàn thành.'),
        ('II.3.a', 'completed', {'training_courses': 1, 'participants': 168}, 'Tập huấn công chức phường, xã: 01 lớp, 168 học viên; đã hoàn thành.'),
    ], diffs, props)

    u = ('SO-NV', 'Sở Nội vụ')
    items = [
        dict(win='Từ tháng 3 đến tháng 10/2026', body='Sở chủ trì các đoàn kiểm tra công tác cải cách hành chính, trong đó kiểm tra việc xây dựng, áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan, đơn vị',
             fig='đoàn kiểm tra: 06; cơ quan được kiểm tra: 24', kq='đang thực hiện, còn 02 đoàn kiểm tra trong tháng 11.'),
        dict(win='Trong năm 2026', body='Sở phối hợp Phòng Quản lý Khoa học thẩm định hồ sơ thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định số 05/2026/QĐ-UBND', fig=None, kq='đã hoàn thành việc thẩm định.'),
        dict(win='Tháng 5, tháng 8 và tháng 9/2026', body='Sở mở các lớp bồi dưỡng cho công chức phường, xã, đặc khu có lồng ghép nội dung quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng',
             fig='lớp: 03; lượt công chức: 420', kq='đã hoàn thành.'),
        dict(win='Về nâng cao năng suất khu vực công', body='Sở chưa triển khai nội dung phối hợp với Chi cục theo hướng dẫn của APO', fig=None, kq='chưa triển khai.'),
    ]
    diffs = ['Một số phường, xã mới sắp xếp chưa xây dựng lại Hệ thống quản lý chất lượng, ảnh hưởng kết quả chấm điểm chỉ số cải cách hành chính.']
    props = ['Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn khung về ISO điện tử cho cấp xã sau sắp xếp.']
    fn = 'SNV-4412-CV-ket-qua-CT38.docx'
    h3(fn, u, 'Sở Nội vụ', '4412/SNV-CCHC', 'báo cáo kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch Chỉ thị số 38-CT/TW', 'ngày 02 tháng 11 năm 2026',
       'Theo đề nghị của Sở Khoa học và Công nghệ, Sở Nội vụ báo cáo kết quả thực hiện các nhiệm vụ có liên quan như sau:', items, diffs, props, 'Lâm Thị Bích Ngọc')
    key(fn, 'extracted', u, '4412/SNV-CCHC', '2026-11-02', [
        ('II.2.đ', 'in_progress', {'inspections': 6, 'establishments_inspected': 24}, 'Kiểm tra việc áp dụng ISO: 06 đoàn, 24 cơ quan; đang thực hiện.'),
        ('II.3.c', 'completed', {}, 'Phối hợp thẩm định hồ sơ thu hút chuyên gia; đã hoàn thành.'),
        ('II.3.a', 'completed', {'training_courses': 3, 'participants': 420}, 'Bồi dưỡng công chức phường, xã: 03 lớp, 420 lượt; đã hoàn thành.'),
        ('II.6.b', 'not_started', {}, 'Năng suất khu vực công: chưa triển khai.'),
    ], diffs, props)


# ---------------------------------------------------------------- H4
# Võ Thị Thu Trang, chuyên viên KH-TC: one sheet "BC_CT38", "Đầu mối" column (division), "Kết quả định lượng" joined by " | ",
# statuses Hoàn thành / Đang thực hiện / Chưa thực hiện / Không phát sinh, "Lý do / ghi chú" column, sheet "KhoKhan_DeXuat"

def h4(fname, unit, number, date_words, title, rows, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC_CT38'
    ws.merge_cells('A1:C1'); ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'
    ws.merge_cells('A2:C2'); ws['A2'] = unit[1].upper(); ws['A2'].font = Font(bold=True)
    ws.merge_cells('A3:C3'); ws['A3'] = 'Số: ' + number
    ws.merge_cells('D1:G1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws.merge_cells('D2:G2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = Font(bold=True)
    ws.merge_cells('D3:G3'); ws['D3'] = 'Thành phố Hồ Chí Minh, ' + date_words; ws['D3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:G5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['STT', 'Nhiệm vụ (trích Kế hoạch)', 'Đầu mối', 'Đã làm', 'Kết quả định lượng', 'Trạng thái', 'Lý do / ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for i, r in enumerate(rows, 1):
        vals = [i] + list(r)
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=7 + i, column=j, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top')
    n = 7 + len(rows) + 2
    ws.cell(row=n, column=2, value='(Khó khăn, đề xuất: xem sheet KhoKhan_DeXuat)').font = Font(italic=True)
    ws.cell(row=n + 1, column=5, value='KT. GIÁM ĐỐC').font = Font(bold=True)
    ws.cell(row=n + 2, column=5, value='PHÓ GIÁM ĐỐC').font = Font(bold=True)
    ws.cell(row=n + 6, column=5, value=signer).font = Font(bold=True)
    for col, w in zip('ABCDEFG', [6, 40, 14, 48, 34, 16, 30]):
        ws.column_dimensions[col].width = w
    k = wb.create_sheet('KhoKhan_DeXuat')
    k['A1'] = 'Loại'; k['B1'] = 'Nội dung'
    k['A1'].font = k['B1'].font = Font(bold=True)
    r = 2
    for d in diffs:
        k.cell(row=r, column=1, value='Khó khăn'); k.cell(row=r, column=2, value=d); r += 1
    for d in props:
        k.cell(row=r, column=1, value='Đề xuất'); k.cell(row=r, column=2, value=d); r += 1
    k.column_dimensions['B'].width = 100
    wb.save(os.path.join(OUT, fname))


def do_h4():
    u = ('SO-YT', 'Sở Y tế')
    rows = [
        ('Kiểm tra, giám sát chất lượng trang thiết bị y tế, phương tiện đo trong cơ sở khám chữa bệnh', 'Thanh tra Sở', 'Kiểm tra việc kiểm định, hiệu chuẩn phương tiện đo (huyết áp kế, cân sức khỏe, máy đo điện tim) tại bệnh viện, phòng khám tư nhân', '9 cuộc | 57 cơ sở | 6 vi phạm | 38.000.000 đ', 'Đang thực hiện', 'Còn 02 cuộc theo kế hoạch Quý IV'),
        ('Tuyên truyền Chỉ thị 38-CT/TW', 'Văn phòng Sở', 'Đăng tin, bài trên Cổng thông tin điện tử Sở Y tế và bản tin nội bộ', '11 tin, bài', 'Hoàn thành', ''),
        ('Tập huấn cho cán bộ về quản lý trang thiết bị y tế, đo lường', 'P. Nghiệp vụ Y', 'Tổ chức tập huấn cho cán bộ phụ trách trang thiết bị của bệnh viện, trung tâm y tế', '2 lớp | 310 lượt người', 'Hoàn thành', ''),
        ('Góp ý dự thảo QCVN', 'P. Nghiệp vụ Dược', 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế', '4 dự thảo QCVN', 'Hoàn thành', ''),
        ('Phối hợp nâng cao năng suất khu vực công (APO)', 'Văn phòng Sở', '', '', 'Không phát sinh', 'Chưa có yêu cầu phối hợp'),
    ]
    diffs = ['Nhiều phòng khám tư nhân chưa lập hồ sơ theo dõi kiểm định phương tiện đo.',
             'Chưa có cơ sở dữ liệu dùng chung về phương tiện đo nhóm 2 sử dụng trong y tế.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ danh sách tổ chức được chỉ định kiểm định phương tiện đo trong lĩnh vực y tế.']
    fn = 'SYT_BC_CT38_T10-2026.xlsx'
    h4(fn, u, '7215/BC-SYT', 'ngày 27 tháng 10 năm 2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 CỦA SỞ Y TẾ', rows, diffs, props, 'Tăng Chí Thượng')
    key(fn, 'extracted', u, '7215/BC-SYT', '2026-10-27', [
        ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 57, 'violations': 6, 'fines_vnd': 38000000}, 'Kiểm tra TTBYT, phương tiện đo: 9 cuộc, 57 cơ sở, 6 vi phạm, 38.000.000 đ; Đang thực hiện.'),
        ('II.1.a', 'completed', {'communications': 11}, 'Tuyên truyền: 11 tin, bài; Hoàn thành.'),
        ('II.3.a', 'completed', {'training_courses': 2, 'participants': 310}, 'Tập huấn cán bộ: 2 lớp, 310 lượt; Hoàn thành.'),
        ('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý 4 dự thảo QCVN; Hoàn thành.'),
        ('II.6.b', 'not_applicable', {}, 'APO: Không phát sinh.'),
    ], diffs, props)

    u = ('SO-GDDT', 'Sở Giáo dục và Đào tạo')
    rows = [
        ('Đào tạo, bồi dưỡng về tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên các trường trung cấp, cao đẳng', 'P. GD nghề nghiệp', 'Phối hợp Chi cục tổ chức các buổi tập huấn về nhãn hàng hóa, mã số mã vạch, truy xuất nguồn gốc tại các trường', '4 buổi | 520 học sinh, sinh viên', 'Đang thực hiện', 'Còn 01 buổi tại trường CĐ Kỹ thuật Cao Thắng (tháng 11)'),
        ('Tuyên truyền Chỉ thị 38-CT/TW trong ngành giáo dục', 'Văn phòng Sở', 'Đăng tin, bài trên trang thông tin điện tử Sở', '6 tin, bài', 'Hoàn thành', ''),
        ('Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở', 'Văn phòng Sở', 'Đánh giá nội bộ, xem xét của lãnh đạo, cập nhật quy trình', '', 'Hoàn thành', ''),
        ('Kiểm tra chất lượng thiết bị dạy học', 'P. KHTC', 'Kiểm tra chất lượng thiết bị dạy học tối thiểu được cung cấp cho các trường theo tiêu chuẩn', '3 đoàn | 12 trường', 'Đang thực hiện', ''),
    ]
    diffs = ['Lịch học của các trường kín, khó bố trí thời gian tổ chức tập huấn ngoài chương trình.']
    props = ['Đề nghị Sở Khoa học và Công nghệ biên soạn tài liệu ngắn về tiêu chuẩn, đo lường, chất lượng để đưa vào hoạt động ngoại khóa.']
    fn = 'SGDDT-3390-BC-CT38.xlsx'
    h4(fn, u, '3390/BC-SGDĐT', 'ngày 29 tháng 10 năm 2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026', rows, diffs, props, 'Nguyễn Bảo Quốc')
    key(fn, 'extracted', u, '3390/BC-SGDĐT', '2026-10-29', [
        ('II.3.d', 'in_progress', {'training_courses': 4, 'participants': 520}, 'Tập huấn cho học sinh, sinh viên: 4 buổi, 520 người; Đang thực hiện.'),
        ('II.1.a', 'completed', {'communications': 6}, 'Tuyên truyền: 6 tin, bài; Hoàn thành.'),
        ('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015 tại Sở; Hoàn thành.'),
        ('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 12}, 'Kiểm tra thiết bị dạy học: 3 đoàn, 12 trường; Đang thực hiện.'),
    ], diffs, props)

    u = ('SO-ATTP', 'Sở An toàn thực phẩm')
    rows = [
        ('Kiểm tra an toàn thực phẩm dịp Tết Trung thu 2026', 'Thanh tra Sở', 'Kiểm tra cơ sở sản xuất, kinh doanh bánh trung thu', '12 đoàn | 146 cơ sở | 19 vi phạm | 127.500.000 đ', 'Hoàn thành', ''),
        ('Giám sát mối nguy ô nhiễm thực phẩm', 'P. Quản lý ATTP', 'Lấy mẫu xét nghiệm nhanh tại chợ đầu mối', '420 mẫu', 'Hoàn thành', ''),
        ('Truyền thông ATTP', 'Văn phòng Sở', 'Tin bài, phóng sự', '35 tin, bài', 'Đang thực hiện', ''),
    ]
    diffs = ['Nhiều cơ sở sản xuất bánh trung thu theo mùa vụ, không đăng ký kinh doanh.']
    props = ['Đề nghị UBND phường, xã tăng cường quản lý cơ sở sản xuất theo mùa vụ.']
    fn = 'SATTP-BC-Trung-thu-2026.xlsx'
    h4(fn, u, '2208/BC-SATTP', 'ngày 12 tháng 10 năm 2026', 'BÁO CÁO KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM DỊP TẾT TRUNG THU NĂM 2026', rows, diffs, props, 'Phạm Khánh Phong Lan')
    key(fn, 'rejected', u, '2208/BC-SATTP', '2026-10-12', [], [], [],
        reason='Báo cáo kiểm tra an toàn thực phẩm dịp Tết Trung thu, không phải báo cáo thực hiện Kế hoạch CT38.')


def lo_resave(fname):
    path = os.path.join(OUT, fname)
    ext = fname.rsplit('.', 1)[1]
    tmpd = '/tmp/lo235'
    shutil.rmtree(tmpd, ignore_errors=True); os.makedirs(tmpd)
    src = os.path.join(tmpd, 'src'); os.makedirs(src)
    shutil.copy(path, os.path.join(src, fname))
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo235prof', '--convert-to', ext, '--outdir', tmpd, os.path.join(src, fname)],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmpd, fname), path)


if __name__ == '__main__':
    do_h1(); do_h2(); do_h5(); do_h3(); do_h4()
    lo_resave('25813-BenCat-BC-CT38-2026.docx')
    lo_resave('SGDDT-3390-BC-CT38.xlsx')
    for fn, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
        json.dump(k, open(os.path.join(TRUTH, fn + '.json'), 'w'), ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')
