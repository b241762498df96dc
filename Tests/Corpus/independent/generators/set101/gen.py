# -*- coding: utf-8 -*-
"""Generator for set101. Builds the report files and their truth keys."""
import json, os, hashlib, shutil, subprocess, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
ST = {'C': 'completed', 'P': 'in_progress', 'N': 'not_started', 'NA': 'not_applicable', 'U': 'unknown'}
KEYS = {}


def key(fname, unit_id, unit_name, number, date, tasks, diffs, props, rejected=None):
    entries = []
    for t in tasks:
        entries.append({'task': t['code'], 'status': ST[t['st']], 'indicators': t.get('ind', {}),
                        'text': t.get('text') or t.get('did') or t.get('res') or ''})
    KEYS[fname] = {
        'file': fname, 'sha256': None,
        'status': 'rejected' if rejected else 'extracted',
        'reason': rejected,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [] if rejected else entries,
        'findings': [],
        'difficulties': [] if rejected else diffs,
        'proposals': [] if rejected else props,
    }


# ----------------------------------------------------------------- DOCX helpers
def new_doc(size=13):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc


def para(doc, text='', bold=False, italic=False, align=None, size=None, indent=True):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def runin(doc, label, text):
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(label); r.bold = True
    p.add_run(' ' + text)
    return p


def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = ''
        first = True
        for ln, b, it in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln); r.bold = b; r.italic = it; r.font.size = Pt(12)
    return t


def table(doc, rows, widths=None, bold_first=True, style='Table Grid'):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = str(v)
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(11)
                    if i == 0 and bold_first: r.bold = True
    return t


def sign(doc, noi_nhan, title, name):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.paragraphs[0].text = ''
    rr = l.paragraphs[0].add_run('Nơi nhận:'); rr.bold = True; rr.italic = True; rr.font.size = Pt(11)
    for n in noi_nhan:
        rr = l.add_paragraph().add_run(n); rr.font.size = Pt(10)
    r.paragraphs[0].text = ''
    r.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = r.paragraphs[0].add_run(title); x.bold = True
    for _ in range(3): r.add_paragraph()
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run(name); x.bold = True


QH = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
      ('_______________________', False, False)]

# ======================================================================= HAND 1
# Thu Hà: "Nhiệm vụ số 01:" headings, run-in bold "Việc đã làm." / "Con số." / "Mức độ hoàn thành."


def h1(d):
    doc = new_doc(13)
    header_table(doc, [(x, i > 0 and i < len(d['left']) , False) for i, x in enumerate(d['left'])] +
                 [('________', False, False), ('Số: ' + d['number'], False, False)],
                 QH + [(d['place_date'], False, True)])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    for ln in d['title']:
        para(doc, ln, bold=True, align='c')
    para(doc)
    for ln in d['intro']:
        para(doc, ln, align='j')
    para(doc, d.get('part1', 'I. KẾT QUẢ THỰC HIỆN'), bold=True, indent=False)
    for i, t in enumerate(d['tasks'], 1):
        para(doc, 'Nhiệm vụ số %02d: %s' % (i, t['own']), bold=True, align='j')
        runin(doc, 'Việc đã làm.', t['did'])
        if t.get('figs'):
            runin(doc, 'Con số.', t['figs'])
        runin(doc, 'Mức độ hoàn thành.', t['lvl'])
    if d.get('annex'):
        para(doc, d['annex'][0], bold=True, align='c')
        if d['annex'][1]:
            para(doc, d['annex'][1], italic=True, align='c')
        table(doc, d['annex'][2])
        para(doc)
    if d.get('diffs') is not None:
        para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
        for k, x in enumerate(d['diffs']):
            para(doc, '%s/ %s' % ('abcdefg'[k], x), align='j')
        para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
        for k, x in enumerate(d['props']):
            para(doc, '%s/ %s' % ('abcdefg'[k], x), align='j')
    for ln in d.get('closing', []):
        para(doc, ln, align='j')
    sign(doc, d['noinhan'], d['signtitle'], d['signer'])
    fn = os.path.join(OUT, d['file'])
    doc.save(fn)


# -- file 1: Chi cục full report
F1 = dict(
    file='412-BC-TDC_KQ thuc hien KH CT38 nam 2026.docx',
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG', 'CHẤT LƯỢNG'],
    number='412/BC-TĐC', date='2026-10-27',
    place_date='Tp. Hồ Chí Minh, ngày 27/10/2026',
    title=['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW',
           'năm 2026 của Sở Khoa học và Công nghệ (số liệu tính đến ngày 25/10/2026)'],
    intro=['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng (Chi cục) báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì như sau:'],
    tasks=[
        dict(code='II.1.a', st='C', own='Tập huấn văn bản pháp luật về TĐC cho doanh nghiệp, tọa đàm doanh nghiệp nhập khẩu',
             did='Chi cục đã tổ chức các lớp tập huấn phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và các nghị định hướng dẫn cho doanh nghiệp sản xuất, kinh doanh tại Khu công nghệ cao, Khu công nghiệp Sóng Thần và Phú Mỹ; ngày 18/6/2026 tổ chức tọa đàm với doanh nghiệp nhập khẩu về thủ tục kiểm tra nhà nước đối với hàng hóa nhập khẩu.',
             figs='04 lớp/buổi (03 lớp tập huấn và 01 buổi tọa đàm) – 612 lượt người tham dự.',
             lvl='Hoàn thành (đã tổ chức xong trong Quý II và Quý III/2026).',
             ind={'training_courses': 4, 'participants': 612}),
        dict(code='II.1.b', st='C', own='Tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
             did='Đăng tải thông báo, thể lệ Giải thưởng trên trang thông tin điện tử của Chi cục và Sở, gửi thư mời đến các hiệp hội ngành hàng; trực tiếp hướng dẫn doanh nghiệp tự đánh giá theo 7 tiêu chí của Giải thưởng.',
             figs='15 tin, bài – 23 doanh nghiệp được hướng dẫn.',
             lvl='Hoàn thành.',
             ind={'communications': 15, 'enterprises_supported': 23}),
        dict(code='II.2.a', st='P', own='Chương trình năng suất chất lượng, Đề án 996 và Đề án 100',
             did='Tiếp tục triển khai các nội dung hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean), hỗ trợ đo lường theo Đề án 996 và hướng dẫn áp dụng hệ thống truy xuất nguồn gốc theo Đề án 100; tổ chức 02 hội thảo chuyên đề về truy xuất nguồn gốc hàng hóa.',
             figs='18 doanh nghiệp được hỗ trợ – 02 hội thảo – 145 đại biểu – kinh phí đã giải ngân 186.500.000 đồng.',
             lvl='Đang thực hiện, dự kiến nghiệm thu các hợp đồng hỗ trợ trong tháng 12/2026.',
             ind={'enterprises_supported': 18, 'training_courses': 2, 'participants': 145, 'budget_spent_vnd': 186500000}),
        dict(code='II.2.b', st='P', own='Tổ chức Giải thưởng Chất lượng Quốc gia năm 2026',
             did='Thành lập Hội đồng sơ tuyển, tiếp nhận hồ sơ; hướng dẫn doanh nghiệp hoàn thiện báo cáo tự đánh giá. Hội đồng đang tổ chức đánh giá tại cơ sở.',
             figs='09 doanh nghiệp được hướng dẫn hoàn thiện hồ sơ.',
             lvl='Đang thực hiện.',
             ind={'enterprises_supported': 9}),
        dict(code='II.2.d', st='P', own='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng',
             did='Hướng dẫn doanh nghiệp xây dựng, áp dụng ISO 9001, ISO 22000, HACCP; tiếp nhận và hướng dẫn hồ sơ công bố hợp chuẩn, hợp quy.',
             figs='37 doanh nghiệp, tổ chức được hướng dẫn, tư vấn.',
             lvl='Đang thực hiện (nhiệm vụ thường xuyên).',
             ind={'enterprises_supported': 37}),
        dict(code='II.2.e', st='P', own='Góp ý TCVN, QCVN và xây dựng quy chuẩn kỹ thuật địa phương',
             did='Tổng hợp ý kiến các sở, ngành, góp ý dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ quản lý ngành.',
             figs='14 dự thảo TCVN, QCVN đã góp ý.',
             lvl='Đang thực hiện.',
             ind={'standards_reviewed': 14}),
        dict(code='II.3.a', st='C', own='Tập huấn nghiệp vụ TĐC cho công chức sở, ngành và UBND phường, xã, đặc khu',
             did='Tổ chức 03 lớp tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng theo phân cấp cho công chức phụ trách của UBND các phường, xã, đặc khu (tại Thủ Dầu Một, Bà Rịa và trung tâm Thành phố).',
             figs='03 lớp – 284 lượt công chức.',
             lvl='Hoàn thành.',
             ind={'training_courses': 3, 'participants': 284}),
        dict(code='II.5.a', st='P', own='Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng',
             did='Thực hiện kiểm tra theo kế hoạch và đột xuất đối với xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện – điện tử và phương tiện đo nhóm 2 (chi tiết tại Phụ lục kèm theo).',
             figs='07 cuộc kiểm tra – 96 cơ sở được kiểm tra – 12 cơ sở vi phạm – xử phạt 87.500.000 đồng.',
             lvl='Đang thực hiện, còn 02 cuộc theo kế hoạch trong Quý IV.',
             ind={'inspections': 7, 'establishments_inspected': 96, 'violations': 12, 'fines_vnd': 87500000}),
        dict(code='II.5.b', st='C', own='Khảo sát chất lượng sản phẩm, hàng hóa trên thị trường',
             did='Khảo sát chất lượng xăng dầu, khí dầu mỏ hóa lỏng, sữa và đồ chơi trẻ em; kết quả đã gửi cơ quan chức năng và thông tin cảnh báo người tiêu dùng. Trong đó 09 mẫu không phù hợp tiêu chuẩn công bố.',
             figs='120 mẫu được lấy và thử nghiệm.',
             lvl='Hoàn thành.',
             ind={'samples_tested': 120}),
        dict(code='II.6.b', st='NA', own='Phối hợp với Ủy ban TĐC Quốc gia và APO về năng suất',
             did='Trong kỳ chưa nhận được yêu cầu phối hợp của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia về các dự án của APO.',
             figs='', lvl='Không phát sinh.'),
    ],
    annex=('PHỤ LỤC – KẾT QUẢ KIỂM TRA THEO NHÓM HÀNG (nhiệm vụ số 08)', '(Kèm theo Báo cáo số 412/BC-TĐC ngày 27/10/2026)',
           [['TT', 'Nhóm hàng/đối tượng', 'Số cuộc', 'Số cơ sở', 'Vi phạm', 'Tiền phạt (đồng)'],
            ['1', 'Xăng dầu', '3', '41', '6', '52.000.000'],
            ['2', 'Mũ bảo hiểm, đồ chơi trẻ em', '2', '33', '4', '23.500.000'],
            ['3', 'Thiết bị điện – điện tử', '1', '10', '1', '7.000.000'],
            ['4', 'Phương tiện đo nhóm 2 (cân, đồng hồ nước)', '1', '12', '1', '5.000.000'],
            ['', 'Cộng', '07', '96', '12', '87.500.000']]),
    diffs=['Biên chế của Chi cục còn thiếu so với khối lượng công việc sau khi mở rộng địa bàn (tiếp nhận thêm địa bàn Bình Dương và Bà Rịa – Vũng Tàu cũ), thời gian di chuyển của các đoàn kiểm tra kéo dài.',
           'Một số phường, xã mới thành lập chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp, tổng hợp số liệu còn chậm.'],
    props=['Đề nghị Sở xem xét bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng hàng hóa tại địa bàn Bình Dương và Bà Rịa – Vũng Tàu cũ.',
           'Đề nghị Sở có văn bản đôn đốc UBND các phường, xã, đặc khu phân công công chức đầu mối về tiêu chuẩn, đo lường, chất lượng.'],
    closing=['Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, kính trình Lãnh đạo Sở xem xét./.'],
    noinhan=['- Giám đốc Sở (để b/c);', '- PGĐ Nguyễn Kỳ (để b/c);', '- Lưu: VT, HCTH. Hà.'],
    signtitle='CHI CỤC TRƯỞNG', signer='Trần Văn Phúc',
)

# -- file 2: Phòng Kiểm tra – Pháp chế
F2 = dict(
    file='BC 87 KTPC - thuc hien CT38 2026.docx',
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'],
    number='87/BC-KTPC', date='2026-10-30',
    place_date='TP. Hồ Chí Minh, ngày 30/10/2026',
    title=['Kết quả phối hợp thực hiện Kế hoạch triển khai', 'Chỉ thị số 38-CT/TW năm 2026'],
    intro=['Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung Phòng được giao chủ trì hoặc phối hợp tại Kế hoạch như sau:'],
    tasks=[
        dict(code='II.2.c', st='C', own='Góp ý, đề xuất sửa đổi văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng',
             did='Phối hợp Chi cục rà soát, có ý kiến đối với các dự thảo nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo thông tư về đo lường theo đề nghị của Bộ Khoa học và Công nghệ (03 dự thảo).',
             figs='', lvl='Hoàn thành các yêu cầu phát sinh trong kỳ.'),
        dict(code='II.4.b', st='P', own='Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ xử phạt',
             did='Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP; đưa đi kiểm định, hiệu chuẩn định kỳ các thiết bị của các đoàn kiểm tra.',
             figs='26 phương tiện, thiết bị kỹ thuật nghiệp vụ đã được kiểm định, hiệu chuẩn.',
             lvl='Đang thực hiện.',
             ind={'instruments_verified': 26}),
        dict(code='II.5.a', st='C', own='Phối hợp kiểm tra liên ngành về đo lường, chất lượng hàng hóa',
             did='Tham gia các đoàn kiểm tra liên ngành về xăng dầu, khí dầu mỏ hóa lỏng và hàng hóa nhóm 2 tại địa bàn Thủ Đức, Dĩ An, Phú Mỹ; tham mưu ban hành quyết định xử phạt.',
             figs='03 cuộc – 28 cơ sở – 05 cơ sở vi phạm – 42.000.000 đồng tiền phạt.',
             lvl='Hoàn thành các cuộc kiểm tra theo kế hoạch năm 2026.',
             ind={'inspections': 3, 'establishments_inspected': 28, 'violations': 5, 'fines_vnd': 42000000}),
        dict(code='II.5.b', st='P', own='Phối hợp khảo sát chất lượng sản phẩm, hàng hóa',
             did='Cử công chức tham gia tổ khảo sát, góp ý phương án lấy mẫu và xử lý sau khảo sát.',
             figs='', lvl='Đang thực hiện.'),
        dict(code='II.5.c', st='P', own='Phối hợp với UBND phường, xã, đặc khu thực hiện nội dung được phân quyền',
             did='Hướng dẫn nghiệp vụ lập biên bản, thẩm quyền xử phạt vi phạm hành chính về đo lường, chất lượng cho công chức 15 phường, xã qua điện thoại và văn bản.',
             figs='', lvl='Đang thực hiện (thường xuyên).'),
        dict(code='II.5.d', st='NA', own='Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực',
             did='Trong kỳ Phòng không nhận được đơn tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.',
             figs='', lvl='Không phát sinh.'),
    ],
    diffs=['Phương tiện, thiết bị kỹ thuật nghiệp vụ hiện có đã cũ, nhiều thiết bị không còn linh kiện thay thế nên chi phí hiệu chuẩn, sửa chữa cao.'],
    props=['Đề nghị Văn phòng Sở bố trí kinh phí mua sắm bổ sung 02 bộ thiết bị kiểm tra nhanh chất lượng xăng dầu trong dự toán năm 2027.'],
    closing=['Phòng Kiểm tra – Pháp chế báo cáo để Chi cục tổng hợp./.'],
    noinhan=['- Chi cục TĐC (để t/h);', '- Lưu: KTPC.'],
    signtitle='TRƯỞNG PHÒNG', signer='Lê Quang Vinh',
)

# -- file 3: Văn phòng Sở
F3 = dict(
    file='VP So_bao cao CT38 (gui Chi cuc).docx',
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ'],
    number='156/BC-VP', date='2026-10-29',
    place_date='Tp. Hồ Chí Minh, ngày 29/10/2026',
    title=['Tình hình thực hiện các nhiệm vụ phối hợp', 'theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'],
    intro=['Văn phòng Sở báo cáo kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, cụ thể như sau:'],
    tasks=[
        dict(code='II.2.đ', st='C', own='Duy trì, cải tiến hệ thống quản lý chất lượng ISO 9001:2015 tại cơ quan Sở',
             did='Rà soát, cập nhật toàn bộ quy trình nội bộ giải quyết thủ tục hành chính sau khi sắp xếp bộ máy; phối hợp Chi cục tổ chức đánh giá nội bộ và họp xem xét của lãnh đạo; tổ chức 01 lớp tập huấn ISO 9001:2015 cho công chức, viên chức.',
             figs='01 lớp tập huấn – 65 công chức, viên chức tham dự.',
             lvl='Hoàn thành (đã công bố lại hệ thống ngày 15/9/2026).',
             ind={'training_courses': 1, 'participants': 65}),
        dict(code='II.2.h', st='C', own='Hệ thống thông tin giải quyết thủ tục hành chính lĩnh vực TĐC, liên thông Cổng một cửa quốc gia',
             did='Phối hợp Chi cục, Phòng Chuyển đổi số rà soát, đề xuất cải tiến chức năng tiếp nhận hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu; đã kết nối liên thông thử nghiệm. Từ đầu năm đến nay Bộ phận một cửa đã tiếp nhận 1.245 hồ sơ lĩnh vực TĐC.',
             figs='', lvl='Hoàn thành trong Quý I/2026.'),
        dict(code='II.2.i', st='P', own='Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
             did='Phối hợp cung cấp thông tin, cập nhật danh mục dữ liệu dùng chung của Sở để kết nối với cơ sở dữ liệu quốc gia.',
             figs='', lvl='Đang thực hiện.'),
        dict(code='II.4.a', st='P', own='Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp',
             did='Tham mưu Giám đốc Sở phê duyệt dự toán, tổ chức lựa chọn nhà thầu mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm; đã nghiệm thu, thanh toán đợt 1.',
             figs='Kinh phí đã giải ngân 1.250.000.000 đồng.',
             lvl='Đang thực hiện (đợt 2 dự kiến tháng 12/2026).',
             ind={'budget_spent_vnd': 1250000000}),
        dict(code='II.5.d', st='NA', own='Khen thưởng người tố giác vi phạm về TĐC',
             did='Chưa có đề nghị khen thưởng gửi về Văn phòng Sở.',
             figs='', lvl='Không phát sinh.'),
    ],
    diffs=['Thủ tục mua sắm thiết bị chuyên dùng phải chờ thẩm định giá nên thời gian lựa chọn nhà thầu kéo dài.'],
    props=['Đề nghị Chi cục gửi sớm danh mục thiết bị dự kiến đầu tư năm 2027 để Văn phòng tổng hợp vào dự toán.'],
    closing=['Trên đây là báo cáo của Văn phòng Sở./.'],
    noinhan=['- Chi cục TĐC;', '- Lưu: VT.'],
    signtitle='CHÁNH VĂN PHÒNG', signer='Phạm Thị Ngọc Lan',
)

# -- file 4: Sở Công Thương
F4 = dict(
    file='3318_BC-SCT_CT38_2026.docx',
    left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'],
    number='3318/BC-SCT', date='2026-11-10',
    place_date='Thành phố Hồ Chí Minh, ngày 10/11/2026',
    title=['Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', 'về tiêu chuẩn, đo lường, chất lượng năm 2026'],
    intro=['Kính gửi: Sở Khoa học và Công nghệ.',
           'Phúc đáp Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:'],
    tasks=[
        dict(code='II.2.e', st='C', own='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương',
             did='Góp ý dự thảo QCVN về xăng dầu, khí dầu mỏ hóa lỏng, an toàn điện và hiệu suất năng lượng theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ.',
             figs='05 dự thảo quy chuẩn kỹ thuật đã có ý kiến.',
             lvl='Hoàn thành.',
             ind={'standards_reviewed': 5}),
        dict(code='II.5.a', st='P', own='Phối hợp kiểm tra chất lượng, đo lường xăng dầu và hàng hóa lưu thông',
             did='Lực lượng quản lý thị trường phối hợp Chi cục kiểm tra các cửa hàng xăng dầu, cơ sở kinh doanh khí dầu mỏ hóa lỏng trên địa bàn Thành phố, tập trung địa bàn Bình Dương cũ và Bà Rịa – Vũng Tàu cũ.',
             figs='04 cuộc – 37 cơ sở được kiểm tra – 06 cơ sở vi phạm – xử phạt 118.000.000 đồng.',
             lvl='Đang thực hiện.',
             ind={'inspections': 4, 'establishments_inspected': 37, 'violations': 6, 'fines_vnd': 118000000}),
        dict(code='II.6.a', st='P', own='Cập nhật cam kết quốc tế về hàng rào kỹ thuật trong thương mại',
             did='Thông tin cho doanh nghiệp xuất khẩu các quy định, cam kết về hàng rào kỹ thuật trong thương mại (TBT) của các FTA thế hệ mới qua các hội nghị xúc tiến thương mại.',
             figs='', lvl='Đang thực hiện (thường xuyên).'),
    ],
    diffs=['Địa bàn rộng sau sắp xếp, lực lượng quản lý thị trường phải đảm nhiệm nhiều chuyên đề cùng lúc nên số cuộc kiểm tra chuyên đề về đo lường còn hạn chế.'],
    props=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để làm căn cứ xây dựng kế hoạch kiểm tra năm 2027.',
           'Đề nghị tổ chức tập huấn chuyên sâu về kiểm tra đo lường cột đo xăng dầu cho lực lượng quản lý thị trường.'],
    closing=['Sở Công Thương báo cáo Sở Khoa học và Công nghệ tổng hợp./.'],
    noinhan=['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLTM.'],
    signtitle='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Nguyễn Hoàng Minh',
)

# -- file 5: MISTAKEN – Sở Xây dựng, cải cách hành chính
F5 = dict(
    file='SXD_BC CCHC quy III-2026.docx',
    left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'],
    number='9120/BC-SXD', date='2026-10-20',
    place_date='Tp. Hồ Chí Minh, ngày 20/10/2026',
    title=['Kết quả thực hiện công tác cải cách hành chính', 'Quý III năm 2026'],
    intro=['Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả Quý III/2026 như sau:'],
    part1='I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
    tasks=[
        dict(code='-', st='C', own='Cải cách thể chế',
             did='Rà soát 12 văn bản quy phạm pháp luật do Ủy ban nhân dân Thành phố ban hành thuộc lĩnh vực xây dựng; đề xuất bãi bỏ 03 văn bản.',
             figs='12 văn bản rà soát – 03 văn bản đề xuất bãi bỏ.', lvl='Hoàn thành.'),
        dict(code='-', st='P', own='Cải cách thủ tục hành chính',
             did='Tiếp nhận 18.420 hồ sơ, giải quyết đúng hạn 98,6%; đang cắt giảm thời gian cấp giấy phép xây dựng.',
             figs='18.420 hồ sơ – tỷ lệ đúng hạn 98,6%.', lvl='Đang thực hiện.'),
        dict(code='-', st='P', own='Chuyển đổi số, dịch vụ công trực tuyến',
             did='Cung cấp 46 dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt 81%.',
             figs='46 dịch vụ công – 81% hồ sơ trực tuyến.', lvl='Đang thực hiện.'),
    ],
    diffs=None, props=None,
    closing=['II. PHƯƠNG HƯỚNG QUÝ IV/2026', 'Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng cao chỉ số hài lòng của người dân, doanh nghiệp.',
             'Sở Xây dựng báo cáo Sở Nội vụ tổng hợp./.'],
    noinhan=['- Sở Nội vụ;', '- Lưu: VT, VP.'],
    signtitle='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Võ Thanh Sơn',
)

# ======================================================================= HAND 3
# Thảo: the report answers four plain questions "Đã làm được gì? / Việc gì chưa làm được? /
# Vướng ở đâu? / Đề nghị gì?"; status is a clause inside each "- " line.


def h3(d):
    doc = new_doc(14)
    left = [(x, i == len(d['left']) - 1, False) for i, x in enumerate(d['left'])]
    header_table(doc, left + [('Số: ' + d['number'], False, False)], QH + [(d['place_date'], False, True)])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    for ln in d['title']:
        para(doc, ln, bold=True, align='c')
    para(doc, '______', align='c')
    for ln in d['intro']:
        para(doc, ln, align='j')
    para(doc, '1. Đã làm được gì?', bold=True, indent=False)
    for ln in d['done']:
        para(doc, '- ' + ln, align='j')
    if d.get('table'):
        para(doc, d['table'][0], italic=True, indent=False)
        table(doc, d['table'][1])
    para(doc, '2. Việc gì chưa làm được? Vì sao?', bold=True, indent=False)
    for ln in d['notdone'] or ['Không có.']:
        para(doc, '- ' + ln, align='j')
    para(doc, '3. Vướng ở đâu?', bold=True, indent=False)
    for ln in d['diffs']:
        para(doc, '- ' + ln, align='j')
    para(doc, '4. Đề nghị gì?', bold=True, indent=False)
    for ln in d['props']:
        para(doc, '- ' + ln, align='j')
    para(doc, d['closing'], align='j')
    sign(doc, d['noinhan'], d['signtitle'], d['signer'])
    doc.save(os.path.join(OUT, d['file']))


F6 = dict(
    file='QLKH - BC 64 thuc hien CT38.docx',
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'],
    number='64/BC-QLKH', date='2026-10-31',
    place_date='Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
    title=['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', '(phần việc của Phòng Quản lý Khoa học)'],
    intro=['Căn cứ Kế hoạch của Sở về triển khai Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Phòng Quản lý Khoa học báo cáo ngắn gọn theo từng câu hỏi như sau:'],
    done=['Thu hút chuyên gia, người có trình độ cao trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết 27/2023/NQ-HĐND và Quyết định 05/2026/QĐ-UBND: Phòng đã tiếp nhận, thẩm định hồ sơ đề xuất của các đơn vị; tổ chức 01 hội thảo về cơ chế thu hút chuyên gia với 80 đại biểu tham dự. Việc này đang làm tiếp, chưa xong vì còn chờ Hội đồng xét chọn.',
          'Phối hợp thực hiện Chương trình nâng cao năng suất chất lượng: Phòng đã thẩm định, đưa vào danh mục 04 nhiệm vụ khoa học và công nghệ về nâng cao năng suất; kinh phí đã giải ngân 2,1 tỷ đồng. Việc này vẫn đang làm, các nhiệm vụ chưa đến hạn nghiệm thu.',
          'Phối hợp hình thành mạng lưới chuyên gia tư vấn năng suất: Phòng đã giới thiệu danh sách chuyên gia từ các viện, trường cho Chi cục. Việc này đã làm xong.'],
    table=('Số liệu kèm theo:', [['Việc', 'Số liệu'],
                                 ['Hội thảo về thu hút chuyên gia', '01 hội thảo; 80 đại biểu'],
                                 ['Nhiệm vụ KH&CN về năng suất', '04 nhiệm vụ; đã giải ngân 2,1 tỷ đồng']]),
    notdone=[],
    diffs=['Chưa có hướng dẫn cụ thể về tiêu chí xác định chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng nên các đơn vị còn lúng túng khi lập hồ sơ.'],
    props=['Đề nghị Chi cục phối hợp xây dựng bộ tiêu chí chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng để trình Sở ban hành trong Quý I/2027.'],
    closing='Phòng Quản lý Khoa học báo cáo để Chi cục tổng hợp chung./.',
    noinhan=['- Chi cục TĐC;', '- Lưu: QLKH.'],
    signtitle='TRƯỞNG PHÒNG', signer='Đỗ Minh Nhựt',
    tasks=[dict(code='II.3.c', st='P', ind={'training_courses': 1, 'participants': 80}, text='Thu hút chuyên gia … tổ chức 01 hội thảo về cơ chế thu hút chuyên gia với 80 đại biểu'),
           dict(code='II.2.a', st='P', ind={'budget_spent_vnd': 2100000000}, text='Phối hợp thực hiện Chương trình nâng cao năng suất chất lượng … 04 nhiệm vụ … đã giải ngân 2,1 tỷ đồng'),
           dict(code='II.3.b', st='C', ind={}, text='Phối hợp hình thành mạng lưới chuyên gia tư vấn năng suất … đã làm xong')],
)

F7 = dict(
    file='CDS_bao cao CT38_2026.docx',
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'],
    number='41/BC-CĐS', date='2026-10-30',
    place_date='Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
    title=['Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026'],
    intro=['Phòng Chuyển đổi số báo cáo kết quả các phần việc được giao phối hợp như sau:'],
    done=['Phối hợp Chi cục và Văn phòng Sở đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng và kết nối liên thông với Cổng thông tin một cửa quốc gia đối với hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu: đã làm xong từ tháng 3/2026.',
          'Kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng: đã hoàn tất khảo sát hạ tầng, xây dựng phương án kết nối qua nền tảng LGSP của Thành phố; hiện vẫn đang làm, chờ Bộ cấp tài khoản kết nối chính thức.',
          'Áp dụng ISO điện tử trong hoạt động của cơ quan Sở: Phòng đã chuyển đổi các biểu mẫu, hồ sơ ISO lên phần mềm quản lý văn bản; đang làm tiếp phần liên thông với Hệ thống giải quyết thủ tục hành chính.'],
    notdone=[],
    diffs=['Bộ Khoa học và Công nghệ chưa ban hành tài liệu kỹ thuật kết nối (API) chính thức của cơ sở dữ liệu quốc gia.',
           'Nhân sự công nghệ thông tin của Phòng ít, phải kiêm nhiệm nhiều dự án chuyển đổi số khác.'],
    props=['Đề nghị Chi cục làm đầu mối liên hệ Bộ để sớm có tài liệu kết nối và tài khoản thử nghiệm.'],
    closing='Trên đây là báo cáo của Phòng Chuyển đổi số./.',
    noinhan=['- Chi cục TĐC;', '- Lưu: CĐS.'],
    signtitle='KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG', signer='Huỳnh Tấn Lộc',
    tasks=[dict(code='II.2.h', st='C', text='đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính … kết nối liên thông với Cổng thông tin một cửa quốc gia: đã làm xong từ tháng 3/2026'),
           dict(code='II.2.i', st='P', text='Kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia … hiện vẫn đang làm'),
           dict(code='II.2.đ', st='P', text='Áp dụng ISO điện tử trong hoạt động của cơ quan Sở … đang làm tiếp')],
)

F8 = dict(
    file='UBND Thuan Giao - BC CT38 nam 2026.docx',
    left=['ỦY BAN NHÂN DÂN', 'PHƯỜNG THUẬN GIAO'],
    number='218/BC-UBND', date='2026-11-12',
    place_date='Thuận Giao, ngày 12 tháng 11 năm 2026',
    title=['Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026', 'trên địa bàn phường Thuận Giao'],
    intro=['Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Thuận Giao báo cáo như sau:'],
    done=['Phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi phổ biến quy định về đo lường trong kinh doanh tại chợ Thuận Giao cho 60 tiểu thương; việc này đã làm xong trong tháng 5/2026.',
          'Thực hiện nhiệm vụ quản lý nhà nước về đo lường, chất lượng được phân cấp: phường thành lập tổ kiểm tra liên ngành, kiểm tra 03 cuộc tại 27 cơ sở kinh doanh (cân tại chợ, cửa hàng vàng bạc, cửa hàng xăng dầu nhỏ lẻ), phát hiện 04 cơ sở vi phạm, xử phạt 9.500.000 đồng; đăng 05 tin trên trang thông tin điện tử và hệ thống loa của phường. Việc này phường đang làm tiếp trong tháng 12.',
          'Phường cử 04 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tại Thủ Dầu Một; đã làm xong.'],
    notdone=[],
    diffs=['Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được trang bị cân đối chứng và thiết bị kiểm tra nhanh.'],
    props=['Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại điểm cân đối chứng chợ Thuận Giao.'],
    closing='Ủy ban nhân dân phường Thuận Giao báo cáo./.',
    noinhan=['- Sở KH&CN (Chi cục TĐC);', '- TT. Đảng ủy phường;', '- Lưu: VT, KT.'],
    signtitle='TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Nguyễn Thị Bích Vân',
    tasks=[dict(code='II.1.a', st='C', ind={'training_courses': 1, 'participants': 60}, text='phối hợp với Chi cục … tổ chức 01 buổi phổ biến quy định về đo lường trong kinh doanh tại chợ Thuận Giao cho 60 tiểu thương; việc này đã làm xong'),
           dict(code='II.5.c', st='P', ind={'inspections': 3, 'establishments_inspected': 27, 'violations': 4, 'fines_vnd': 9500000, 'communications': 5}, text='kiểm tra 03 cuộc tại 27 cơ sở … 04 cơ sở vi phạm, xử phạt 9.500.000 đồng; đăng 05 tin … đang làm tiếp'),
           dict(code='II.3.a', st='C', ind={'participants': 4}, text='Phường cử 04 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức; đã làm xong')],
)

F9 = dict(
    file='BC 95 xa Nghia Thanh - TDC.docx',
    left=['ỦY BAN NHÂN DÂN', 'XÃ NGHĨA THÀNH'],
    number='95/BC-UBND', date='2026-11-06',
    place_date='Nghĩa Thành, ngày 06 tháng 11 năm 2026',
    title=['Tình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng', 'theo Chỉ thị 38-CT/TW năm 2026'],
    intro=['UBND xã Nghĩa Thành báo cáo Sở Khoa học và Công nghệ như sau:'],
    done=['Xã vận động 15 hộ kinh doanh và 03 doanh nghiệp trên địa bàn đi dự lớp tập huấn văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tại phường Bà Rịa, tổng cộng 18 lượt người; đã làm xong.',
          'Kiểm tra đo lường tại chợ và các điểm thu mua nông sản (cà phê, tiêu, điều): xã đã kiểm tra 02 đợt (trước Tết Nguyên đán và tháng 9/2026) tại 19 cơ sở, có 02 cơ sở vi phạm dùng cân sai số vượt mức cho phép, phạt tổng cộng 3.000.000 đồng. Việc này xã vẫn đang làm, dự kiến kiểm tra thêm 01 đợt vào cuối tháng 12.',
          'Xã cử 02 công chức văn hóa – xã hội và kinh tế tham gia tập huấn nghiệp vụ do Chi cục tổ chức; đã làm xong.'],
    notdone=[],
    diffs=['Xã chưa có cân đối chứng tại chợ Nghĩa Thành, người dân phản ánh về cân thiếu nhưng khó xác minh.'],
    props=['Đề nghị Chi cục hỗ trợ lắp đặt cân đối chứng tại chợ Nghĩa Thành trong năm 2027.'],
    closing='UBND xã Nghĩa Thành kính báo cáo./.',
    noinhan=['- Sở KH&CN;', '- Chi cục TĐC;', '- Lưu: VT.'],
    signtitle='TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', signer='Trần Văn Thái',
    tasks=[dict(code='II.1.a', st='C', ind={'participants': 18}, text='vận động 15 hộ kinh doanh và 03 doanh nghiệp … đi dự lớp tập huấn … tổng cộng 18 lượt người; đã làm xong'),
           dict(code='II.5.c', st='P', ind={'inspections': 2, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 3000000}, text='kiểm tra 02 đợt … tại 19 cơ sở, có 02 cơ sở vi phạm … phạt tổng cộng 3.000.000 đồng … vẫn đang làm'),
           dict(code='II.3.a', st='C', ind={'participants': 2}, text='Xã cử 02 công chức … tham gia tập huấn nghiệp vụ do Chi cục tổ chức; đã làm xong')],
)

F10 = dict(
    file='SYT_5127-BC_TDC 2026.docx',
    left=['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ'],
    number='5127/BC-SYT', date='2026-11-13',
    place_date='Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026',
    title=['Kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW về công tác', 'tiêu chuẩn, đo lường, chất lượng năm 2026'],
    intro=['Kính gửi: Sở Khoa học và Công nghệ.', 'Sở Y tế báo cáo kết quả phối hợp trong năm 2026 như sau:'],
    done=['Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế (máy đo huyết áp, nhiệt kế điện tử, bơm tiêm): Sở đã góp ý 03 dự thảo; việc này đã làm xong.',
          'Phối hợp kiểm tra đo lường đối với phương tiện đo dùng trong khám, chữa bệnh tại các cơ sở y tế tư nhân: đã kiểm tra 02 cuộc tại 14 cơ sở, có 01 cơ sở sử dụng phương tiện đo quá hạn kiểm định đã được nhắc nhở, yêu cầu khắc phục. Việc này còn đang làm, đợt 3 dự kiến tháng 12/2026.'],
    notdone=['Cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng trong lĩnh vực y tế: trong năm không phát sinh việc, chưa nhận được yêu cầu.'],
    diffs=['Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định nên khó theo dõi.'],
    props=['Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo nhóm 2 dùng trong y tế để Sở Y tế thông báo đến các cơ sở.'],
    closing='Sở Y tế báo cáo để Sở Khoa học và Công nghệ tổng hợp./.',
    noinhan=['- Như trên;', '- Lưu: VT, NVY.'],
    signtitle='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Nguyễn Văn Vĩnh Châu',
    tasks=[dict(code='II.2.e', st='C', ind={'standards_reviewed': 3}, text='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế … 03 dự thảo; việc này đã làm xong'),
           dict(code='II.5.a', st='P', ind={'inspections': 2, 'establishments_inspected': 14, 'violations': 1}, text='Phối hợp kiểm tra đo lường … 02 cuộc tại 14 cơ sở, có 01 cơ sở … còn đang làm'),
           dict(code='II.6.a', st='NA', ind={}, text='Cập nhật điều ước, thỏa thuận quốc tế … không phát sinh việc')],
)

# ======================================================================= HAND 2
# Quốc Bảo: Excel "phiếu" blocks stacked down one sheet; block title "VIỆC n: … — TÌNH TRẠNG: …";
# label | value rows; counts as numbers, money typed as text "34.500.000 đ".
thin = Side(style='thin'); med = Side(style='medium')
GREY = PatternFill('solid', fgColor='D9D9D9')


def h2(d):
    wb = Workbook(); ws = wb.active; ws.title = d.get('sheet', 'BaoCao_T10')
    ws.column_dimensions['A'].width = 44; ws.column_dimensions['B'].width = 22
    ws.column_dimensions['C'].width = 30; ws.column_dimensions['D'].width = 30
    r = 1
    for ln in d['left']:
        ws.cell(r, 1, ln).font = Font(bold=True); r += 1
    ws.cell(1, 3, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font = Font(bold=True)
    ws.cell(2, 3, 'Độc lập - Tự do - Hạnh phúc')
    ws.cell(r, 1, 'Số: ' + d['number']); r += 2
    ws.cell(r, 1, d['title']).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1).alignment = Alignment(horizontal='center', wrap_text=True); r += 1
    ws.cell(r, 1, 'Ngày báo cáo: ' + d['datetext']).font = Font(italic=True); r += 2
    for i, b in enumerate(d['blocks'], 1):
        top = r
        c = ws.cell(r, 1, 'VIỆC %d: %s — TÌNH TRẠNG: %s' % (i, b['own'], b['stw']))
        c.font = Font(bold=True); c.fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        ws.cell(r, 1, 'Nội dung đã thực hiện')
        ws.cell(r, 2, b['did']).alignment = Alignment(wrap_text=True, vertical='top')
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 15 * max(2, len(b['did']) // 80 + 1)
        r += 1
        for lab, val in b['kv']:
            ws.cell(r, 1, lab)
            ws.cell(r, 2, val)
            r += 1
        for rr in range(top, r):
            for cc in range(1, 5):
                ws.cell(rr, cc).border = Border(left=med if cc == 1 else thin, right=med if cc == 4 else thin,
                                                top=med if rr == top else thin, bottom=med if rr == r - 1 else thin)
        r += 1
    if d.get('notes') is not None:
        c = ws.cell(r, 1, 'GHI CHÚ – ĐỀ NGHỊ'); c.font = Font(bold=True); c.fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); r += 1
        for lab, txt in d['notes']:
            ws.cell(r, 1, lab)
            ws.cell(r, 2, txt).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            ws.row_dimensions[r].height = 32
            r += 1
    r += 1
    ws.cell(r, 3, d['signtitle']).font = Font(bold=True); r += 4
    ws.cell(r, 3, d['signer']).font = Font(bold=True)
    wb.save(os.path.join(OUT, d['file']))


F11 = dict(
    file='QLDL_bao cao CT38_T10-2026.xlsx',
    left=['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'PHÒNG QUẢN LÝ ĐO LƯỜNG'],
    number='35/BC-QLĐL', date='2026-10-22', datetext='22/10/2026',
    title='BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐO LƯỜNG THEO KẾ HOẠCH CT38-CT/TW NĂM 2026',
    blocks=[
        dict(code='II.5.a', st='P', stw='ĐANG LÀM', own='Kiểm tra nhà nước về đo lường (cân, cột đo xăng dầu, đồng hồ nước)',
             did='Kiểm tra theo kế hoạch năm và đột xuất tại các chợ đầu mối, cửa hàng xăng dầu, cơ sở kinh doanh vàng; kiểm tra cả phương tiện đo và phép đo, lượng hàng đóng gói sẵn.',
             kv=[('Số cuộc kiểm tra', 4), ('Số cơ sở được kiểm tra', 58), ('Số phương tiện đo được kiểm tra', 412),
                 ('Số cơ sở vi phạm', 7), ('Tiền phạt', '34.500.000 đ')],
             ind={'inspections': 4, 'establishments_inspected': 58, 'violations': 7, 'fines_vnd': 34500000}),
        dict(code='II.4.b', st='C', stw='XONG', own='Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
             did='Đưa toàn bộ thiết bị kỹ thuật nghiệp vụ của các tổ kiểm tra đi kiểm định, hiệu chuẩn định kỳ; bảo dưỡng 02 bình chuẩn kim loại.',
             kv=[('Số thiết bị đã kiểm định, hiệu chuẩn', 18), ('Kinh phí đã chi', '46.800.000 đ')],
             ind={'instruments_verified': 18, 'budget_spent_vnd': 46800000}),
        dict(code='II.4.c', st='P', stw='ĐANG LÀM', own='Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia',
             did='Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm gửi chuẩn đi hiệu chuẩn tại Viện Đo lường Việt Nam; lập kế hoạch thay thế bộ quả cân chuẩn F1.',
             kv=[('Số chuẩn đã hiệu chuẩn liên kết', 9)],
             ind={'instruments_verified': 9}),
        dict(code='II.2.a', st='P', stw='ĐANG LÀM', own='Hỗ trợ doanh nghiệp về đo lường (Đề án 996)',
             did='Khảo sát nhu cầu, tư vấn doanh nghiệp xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012; tổ chức hội nghị giới thiệu Đề án.',
             kv=[('Số doanh nghiệp được hỗ trợ', 12), ('Hội nghị', 1), ('Số người dự', 74)],
             ind={'enterprises_supported': 12, 'training_courses': 1, 'participants': 74}),
        dict(code='II.3.a', st='C', stw='XONG', own='Tập huấn nghiệp vụ đo lường cho công chức phường, xã, đặc khu',
             did='02 lớp tại Bà Rịa và Thủ Dầu Một, nội dung: kiểm tra cân tại chợ, xử lý vi phạm về đo lường.',
             kv=[('Số lớp', 2), ('Số học viên', 196)],
             ind={'training_courses': 2, 'participants': 196}),
        dict(code='II.5.c', st='P', stw='ĐANG LÀM', own='Phối hợp UBND phường, xã kiểm tra cân tại chợ',
             did='Cử công chức tham gia các tổ kiểm tra của phường, xã; hướng dẫn lập biên bản.',
             kv=[('Số cuộc phối hợp', 6), ('Số cơ sở được kiểm tra', 71)],
             ind={'inspections': 6, 'establishments_inspected': 71}),
        dict(code='II.5.d', st='NA', stw='KHÔNG PHÁT SINH', own='Khen thưởng, bảo vệ người tố giác vi phạm về đo lường',
             did='Không nhận được tin báo, tố giác.', kv=[]),
    ],
    notes=[('Khó khăn', 'Số lượng cân tại chợ rất lớn sau khi mở rộng địa bàn, phòng chỉ có 06 kiểm soát viên.'),
           ('Đề nghị', 'Đề nghị Chi cục bố trí thêm 01 xe chuyên dùng chở bình chuẩn phục vụ kiểm tra cột đo xăng dầu.'),
           ('Đề nghị', 'Đề nghị mua bổ sung 02 bộ quả cân chuẩn M1 cho các tổ kiểm tra ở Bình Dương cũ và Bà Rịa - Vũng Tàu cũ.')],
    diffs=['Số lượng cân tại chợ rất lớn sau khi mở rộng địa bàn, phòng chỉ có 06 kiểm soát viên.'],
    props=['Đề nghị Chi cục bố trí thêm 01 xe chuyên dùng chở bình chuẩn phục vụ kiểm tra cột đo xăng dầu.',
           'Đề nghị mua bổ sung 02 bộ quả cân chuẩn M1 cho các tổ kiểm tra ở Bình Dương cũ và Bà Rịa - Vũng Tàu cũ.'],
    signtitle='TRƯỞNG PHÒNG', signer='Nguyễn Quốc Bảo',
)

F12 = dict(
    file='TTPT - BC CT38 (289).xlsx',
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM'],
    number='289/BC-TTPT', date='2026-10-30', datetext='30/10/2026', sheet='BC CT38',
    title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
    blocks=[
        dict(code='II.4.a', st='P', stw='ĐANG LÀM', own='Đầu tư, hiện đại hóa trang thiết bị phòng thí nghiệm',
             did='Tiếp nhận và đưa vào sử dụng máy sắc ký khí ghép khối phổ, hệ thống hiệu chuẩn áp suất; đang lắp đặt buồng thử nhiệt ẩm (đợt 2).',
             kv=[('Kinh phí đã giải ngân', '3.870.000.000 đ'), ('Số thiết bị đưa vào sử dụng', 5)],
             ind={'budget_spent_vnd': 3870000000}),
        dict(code='II.2.g', st='P', stw='ĐANG LÀM', own='Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
             did='Mở rộng phạm vi công nhận ISO/IEC 17025 thêm 3 lĩnh vực (điện – điện tử, thiết bị viễn thông, logistics – cân ô tô); thực hiện kiểm định, hiệu chuẩn phục vụ doanh nghiệp và quản lý nhà nước.',
             kv=[('Phương tiện đo đã kiểm định, hiệu chuẩn', 48615), ('Số lĩnh vực mở rộng', 3)],
             ind={'instruments_verified': 48615}),
        dict(code='II.4.c', st='C', stw='XONG', own='Liên kết chuẩn đo lường với chuẩn quốc gia',
             did='Gửi hiệu chuẩn chuẩn chính các lĩnh vực khối lượng, áp suất, nhiệt độ, dung tích tại Viện Đo lường Việt Nam theo kế hoạch năm.',
             kv=[('Số chuẩn được liên kết', 14)],
             ind={'instruments_verified': 14}),
        dict(code='II.5.b', st='C', stw='XONG', own='Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục',
             did='Thử nghiệm mẫu xăng dầu, LPG, sữa, đồ chơi trẻ em; trả kết quả đúng hạn.',
             kv=[('Số mẫu thử nghiệm', 120)],
             ind={'samples_tested': 120}),
        dict(code='II.3.d', st='P', stw='ĐANG LÀM', own='Đào tạo, hướng dẫn thực tập cho sinh viên về đo lường, thử nghiệm',
             did='Phối hợp Trường Đại học Bách khoa, Đại học Công nghiệp TP.HCM tổ chức các khóa thực tập về đo lường, thử nghiệm.',
             kv=[('Số khóa', 3), ('Số sinh viên', 126)],
             ind={'training_courses': 3, 'participants': 126}),
    ],
    notes=[('Khó khăn', 'Một số thiết bị nhập khẩu giao chậm so với hợp đồng do nhà sản xuất thay đổi model.'),
           ('Đề nghị', 'Đề nghị Sở cho phép điều chỉnh thời gian thực hiện gói thầu đợt 2 sang Quý I/2027.')],
    diffs=['Một số thiết bị nhập khẩu giao chậm so với hợp đồng do nhà sản xuất thay đổi model.'],
    props=['Đề nghị Sở cho phép điều chỉnh thời gian thực hiện gói thầu đợt 2 sang Quý I/2027.'],
    signtitle='GIÁM ĐỐC', signer='Lâm Minh Trí',
)

F13 = dict(
    file='Con Dao - BC TDC 2026.xlsx',
    left=['ỦY BAN NHÂN DÂN', 'ĐẶC KHU CÔN ĐẢO'],
    number='147/BC-UBND', date='2026-11-05', datetext='05/11/2026', sheet='Sheet1',
    title='BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (CHỈ THỊ 38-CT/TW)',
    blocks=[
        dict(code='II.5.c', st='P', stw='ĐANG LÀM', own='Kiểm tra đo lường, chất lượng xăng dầu, cân tại chợ Côn Đảo',
             did='Phối hợp Chi cục kiểm tra các cửa hàng xăng dầu, chợ Côn Đảo và các cơ sở kinh doanh hải sản khô.',
             kv=[('Số cuộc', 2), ('Số cơ sở', 11), ('Vi phạm', 1), ('Phạt tiền', '7.500.000 đ')],
             ind={'inspections': 2, 'establishments_inspected': 11, 'violations': 1, 'fines_vnd': 7500000, 'communications': 8}),
        dict(code='II.3.a', st='C', stw='XONG', own='Cử công chức tham gia tập huấn của Chi cục',
             did='Cử công chức Phòng Kinh tế tham gia tập huấn trực tuyến.', kv=[('Số công chức tham gia', 2)],
             ind={'participants': 2}),
        dict(code='II.5.c', st='P', stw='ĐANG LÀM', own='Tuyên truyền về đo lường, chất lượng trên hệ thống truyền thanh',
             did='Phát tin trên Đài truyền thanh đặc khu và trang Zalo của UBND đặc khu.', kv=[('Số tin', 8)], ind={}),
        dict(code='II.1.a', st='C', stw='XONG', own='Hội nghị phổ biến văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng',
             did='Phối hợp Chi cục tổ chức hội nghị cho hộ kinh doanh, nhà hàng, khách sạn trên địa bàn đặc khu.',
             kv=[('Số hội nghị', 1), ('Số người tham dự', 35)],
             ind={'training_courses': 1, 'participants': 35}),
    ],
    notes=[('Khó khăn', 'Đi lại giữa đất liền và đặc khu phụ thuộc thời tiết nên đoàn kiểm tra của Chi cục ra đảo ít.'),
           ('Đề nghị', 'Đề nghị Chi cục ủy quyền hoặc hướng dẫn để đặc khu tự kiểm tra cân tại chợ định kỳ.')],
    diffs=['Đi lại giữa đất liền và đặc khu phụ thuộc thời tiết nên đoàn kiểm tra của Chi cục ra đảo ít.'],
    props=['Đề nghị Chi cục ủy quyền hoặc hướng dẫn để đặc khu tự kiểm tra cân tại chợ định kỳ.'],
    signtitle='KT. CHỦ TỊCH - PHÓ CHỦ TỊCH', signer='Lê Văn Hùng',
)

F14 = dict(
    file='Binh Khanh - BC PCTT 10 thang.xlsx',
    left=['ỦY BAN NHÂN DÂN', 'XÃ BÌNH KHÁNH'],
    number='203/BC-UBND', date='2026-10-26', datetext='26/10/2026', sheet='BaoCao_T10',
    title='BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026',
    blocks=[
        dict(code='-', st='C', stw='XONG', own='Kiện toàn Ban Chỉ huy phòng thủ dân sự xã',
             did='Ban hành quyết định kiện toàn; phân công thành viên phụ trách các ấp.', kv=[('Số thành viên', 23)]),
        dict(code='-', st='P', stw='ĐANG LÀM', own='Gia cố bờ bao, đê bao ven sông',
             did='Gia cố các đoạn bờ bao xung yếu tại ấp Bình Thạnh, Bình Phước.', kv=[('Chiều dài gia cố (m)', 1850), ('Kinh phí', '1.120.000.000 đ')]),
        dict(code='-', st='C', stw='XONG', own='Diễn tập ứng phó triều cường, bão',
             did='Tổ chức diễn tập cấp xã.', kv=[('Số người tham gia', 160)]),
    ],
    notes=[('Khó khăn', 'Triều cường cao bất thường, nhiều đoạn bờ bao bằng đất bị sạt lở.'),
           ('Đề nghị', 'Đề nghị Thành phố hỗ trợ kinh phí kè kiên cố đoạn bờ bao ấp Bình Thạnh.')],
    signtitle='TM. UBND XÃ - CHỦ TỊCH', signer='Phan Văn Đức',
)

# ======================================================================= HAND 4
# Hải: one tracker sheet with three milestone columns (Mốc 1 – Lập KH / Mốc 2 – Triển khai /
# Mốc 3 – Báo cáo) holding dates or "chưa"; the figures only in a prose "Kết quả cụ thể" cell;
# plain status column; difficulties and proposals typed under the table.


def h4(d):
    wb = Workbook(); ws = wb.active; ws.title = d['sheet']
    widths = [5, 42, 13, 13, 13, 60, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions['ABCDEFG'[i]].width = w
    ws['A1'] = d['left'][0]; ws['A1'].font = Font(bold=True)
    ws['A2'] = d['left'][1]; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + d['number']
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = 'Ngày lập:'
    y, m, dd = map(int, d['date'].split('-'))
    ws['F3'] = datetime.date(y, m, dd); ws['F3'].number_format = 'dd/mm/yyyy'
    ws['F3'].alignment = Alignment(horizontal='left')
    ws['A5'] = d['title']; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:G5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['TT', 'Công việc', 'Mốc 1 – Lập KH', 'Mốc 2 – Triển khai', 'Mốc 3 – Báo cáo', 'Kết quả cụ thể', 'Tình trạng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='FFF2CC')
        c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 8
    for i, t in enumerate(d['rows'], 1):
        vals = [i, t['own']] + list(t['m']) + [t['res'], t['stw']]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = Alignment(wrap_text=True, vertical='top')
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.row_dimensions[r].height = 15 * max(2, len(t['res']) // 55 + 1)
        r += 1
    r += 1
    ws.cell(r, 1, 'Vướng mắc:').font = Font(bold=True); r += 1
    for k, x in enumerate(d['diffs'], 1):
        ws.cell(r, 2, '%d) %s' % (k, x)); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for k, x in enumerate(d['props'], 1):
        ws.cell(r, 2, '%d) %s' % (k, x)); r += 1
    r += 1
    ws.cell(r, 2, 'Người lập: ' + d['maker'])
    ws.cell(r, 6, d['signtitle']).font = Font(bold=True)
    ws.cell(r + 4, 6, d['signer']).font = Font(bold=True)
    ws.freeze_panes = 'C8'
    wb.save(os.path.join(OUT, d['file']))


F15 = dict(
    file='TCCL_theo doi CT38_2026.xlsx', sheet='Theo doi CT38',
    left=['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG'],
    number='52/BC-TCCL', date='2026-10-23',
    title='BẢNG THEO DÕI, BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc Phòng QL TCCL)',
    rows=[
        dict(code='II.1.b', st='C', stw='Xong', own='Tuyên truyền, hướng dẫn DN tham dự Giải thưởng Chất lượng Quốc gia',
             m=('10/01', '03/3 – 30/5', '05/6'),
             res='Đăng 08 tin, bài trên website Chi cục, Sở; hướng dẫn 21 doanh nghiệp tự đánh giá theo tiêu chí Giải thưởng.',
             ind={'communications': 8, 'enterprises_supported': 21}),
        dict(code='II.2.b', st='P', stw='Đang làm', own='Tổ chức xét Giải thưởng Chất lượng Quốc gia 2026',
             m=('20/3', '15/6 –', 'chưa'),
             res='Hội đồng sơ tuyển đã họp; hướng dẫn 07 doanh nghiệp hoàn thiện hồ sơ, đang đánh giá tại doanh nghiệp.',
             ind={'enterprises_supported': 7}),
        dict(code='II.2.d', st='P', stw='Đang làm', own='Hỗ trợ DN áp dụng HTQL tiên tiến, công bố hợp chuẩn, hợp quy',
             m=('15/01', 'thường xuyên', 'chưa'),
             res='Tư vấn, hướng dẫn 64 doanh nghiệp (ISO 9001, ISO 14001, ISO 22000, công bố hợp quy thép, đồ chơi).',
             ind={'enterprises_supported': 64}),
        dict(code='II.2.e', st='P', stw='Đang làm', own='Góp ý TCVN, QCVN; xây dựng QCĐP',
             m=('—', 'thường xuyên', 'chưa'),
             res='Góp ý 19 dự thảo TCVN, QCVN; đang xây dựng dự thảo quy chuẩn kỹ thuật địa phương về nước sạch.',
             ind={'standards_reviewed': 19}),
        dict(code='II.5.b', st='C', stw='Xong', own='Khảo sát chất lượng hàng hóa lưu thông',
             m=('25/02', '04/4 – 28/8', '15/9'),
             res='Lấy 85 mẫu (mũ bảo hiểm, dây cáp điện, sữa, phân bón) gửi thử nghiệm; kinh phí đã thanh toán 212.400.000 đồng.',
             ind={'samples_tested': 85, 'budget_spent_vnd': 212400000}),
        dict(code='II.5.a', st='P', stw='Đang làm', own='Kiểm tra chất lượng hàng hóa nhập khẩu, lưu thông',
             m=('25/02', '12/5 –', 'chưa'),
             res='03 cuộc kiểm tra, 38 cơ sở; 05 cơ sở vi phạm, đã phạt 56.000.000 đồng.',
             ind={'inspections': 3, 'establishments_inspected': 38, 'violations': 5, 'fines_vnd': 56000000}),
        dict(code='II.3.b', st='C', stw='Xong', own='Khóa tập huấn chuyên sâu về năng suất, chất lượng',
             m=('02/4', '18/6 – 20/8', '10/9'),
             res='02 khóa (Lean, 5S – Kaizen), 118 học viên từ doanh nghiệp.',
             ind={'training_courses': 2, 'participants': 118}),
        dict(code='II.6.a', st='P', stw='Đang làm', own='Cập nhật cam kết quốc tế, cảnh báo TBT',
             m=('—', 'thường xuyên', 'chưa'),
             res='Phát hành 12 bản tin cảnh báo TBT gửi doanh nghiệp xuất khẩu.',
             ind={'communications': 12}),
        dict(code='II.6.b', st='N', stw='Chưa làm', own='Phối hợp APO thúc đẩy năng suất khu vực công',
             m=('chưa', 'chưa', 'chưa'),
             res='Chưa có yêu cầu của Ủy ban TĐC Quốc gia.', ind={}),
    ],
    diffs=['Kinh phí khảo sát chất lượng chỉ đủ cho khoảng 90 mẫu/năm, chưa bao phủ địa bàn mở rộng.',
           'Doanh nghiệp tham dự Giải thưởng ít do thủ tục hồ sơ dài.'],
    props=['Đề nghị tăng dự toán khảo sát chất lượng năm 2027 lên tối thiểu 150 mẫu.'],
    maker='Trần Văn Hải', signtitle='TRƯỞNG PHÒNG', signer='Võ Thị Kim Ngân',
)

F16 = dict(
    file='TTCNTT-DKG_CT38.xlsx', sheet='CT38',
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN'],
    number='118/BC-TTCNTT', date='2026-10-28',
    title='KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
    rows=[
        dict(code='II.2.i', st='P', stw='Đang làm', own='Kết nối CSDL quốc gia về TĐC, chia sẻ dữ liệu',
             m=('12/02', '01/4 –', 'chưa'),
             res='Nâng cấp hạ tầng máy chủ, tích hợp 3 dịch vụ dữ liệu; tổ chức 02 buổi hướng dẫn sử dụng cho 73 lượt cán bộ. Kinh phí đã giải ngân 485.000.000 đồng.',
             ind={'training_courses': 2, 'participants': 73, 'budget_spent_vnd': 485000000}),
        dict(code='II.2.h', st='C', stw='Xong', own='Hỗ trợ kỹ thuật liên thông HT TTHC với Cổng một cửa quốc gia',
             m=('08/01', '15/01 – 20/3', '25/3'),
             res='Hoàn thành cấu hình kết nối, chạy thử ổn định.', ind={}),
        dict(code='II.2.đ', st='C', stw='Xong', own='Hạ tầng phần mềm ISO điện tử của Sở',
             m=('05/3', '10/3 – 30/6', '07/7'),
             res='Đã cài đặt, chuyển giao phần mềm cho Văn phòng Sở.', ind={}),
    ],
    diffs=['Chưa có tài liệu đặc tả API chính thức của cơ sở dữ liệu quốc gia.'],
    props=['Đề nghị Chi cục đề nghị Bộ cung cấp môi trường thử nghiệm kết nối.'],
    maker='Trần Văn Hải', signtitle='GIÁM ĐỐC', signer='Nguyễn Thành Long',
)

F17 = dict(
    file='SNNMT - 8842 CT38.xlsx', sheet='Sheet1',
    left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
    number='8842/BC-SNNMT', date='2026-11-11',
    title='KẾT QUẢ PHỐI HỢP THỰC HIỆN CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
    rows=[
        dict(code='II.2.a', st='P', stw='Đang làm', own='Truy xuất nguồn gốc nông sản (Đề án 100)',
             m=('20/01', '01/3 –', 'chưa'),
             res='Hỗ trợ 26 HTX, doanh nghiệp cấp mã vùng trồng và tem truy xuất; tổ chức 02 lớp tập huấn với 140 lượt người.',
             ind={'enterprises_supported': 26, 'training_courses': 2, 'participants': 140}),
        dict(code='II.2.e', st='C', stw='Xong', own='Góp ý QCVN lĩnh vực nông nghiệp, môi trường',
             m=('—', '02/2 – 30/9', '05/10'),
             res='Góp ý 06 dự thảo quy chuẩn kỹ thuật quốc gia (phân bón, thức ăn chăn nuôi, nước thải).',
             ind={'standards_reviewed': 6}),
        dict(code='II.5.a', st='P', stw='Đang làm', own='Kiểm tra chất lượng vật tư nông nghiệp',
             m=('15/01', '10/3 –', 'chưa'),
             res='05 cuộc, 43 cơ sở, lấy 31 mẫu phân bón, thuốc BVTV; 08 cơ sở vi phạm, phạt 162.500.000 đồng.',
             ind={'inspections': 5, 'establishments_inspected': 43, 'samples_tested': 31, 'violations': 8, 'fines_vnd': 162500000}),
    ],
    diffs=['Chi phí thử nghiệm mẫu phân bón cao, nguồn kinh phí kiểm tra hạn chế.'],
    props=['Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng phân bón để phối hợp kiểm tra.'],
    maker='Lê Hải', signtitle='KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', signer='Trần Quốc Toản',
)

UNITS = {
    'F1': ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
    'F2': ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'),
    'F3': ('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'),
    'F4': ('SO-CT', 'Sở Công Thương'),
    'F5': ('SO-XD', 'Sở Xây dựng'),
    'F6': ('SKHCN-QLKH', 'Phòng Quản lý Khoa học'),
    'F7': ('SKHCN-CDS', 'Phòng Chuyển đổi số'),
    'F8': ('25969', 'Phường Thuận Giao'),
    'F9': ('26617', 'Xã Nghĩa Thành'),
    'F10': ('SO-YT', 'Sở Y tế'),
    'F11': ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
    'F12': ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
    'F13': ('26732', 'Đặc khu Côn Đảo'),
    'F14': ('27667', 'Xã Bình Khánh'),
    'F15': ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
    'F16': ('SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh'),
    'F17': ('SO-NNMT', 'Sở Nông nghiệp và Môi trường'),
}
REJ = {'F5': 'Báo cáo về cải cách hành chính, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW',
       'F14': 'Báo cáo về phòng, chống thiên tai, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW'}


def merge_tasks(tasks):
    out = {}
    order = []
    for t in tasks:
        if t['code'] not in out:
            out[t['code']] = dict(t); out[t['code']]['ind'] = dict(t.get('ind', {})); order.append(t['code'])
        else:
            for k, v in t.get('ind', {}).items():
                out[t['code']]['ind'][k] = out[t['code']]['ind'].get(k, 0) + v
    return [out[c] for c in order]


def main():
    for name, fn in [('F1', h1), ('F2', h1), ('F3', h1), ('F4', h1), ('F5', h1),
                     ('F6', h3), ('F7', h3), ('F8', h3), ('F9', h3), ('F10', h3),
                     ('F11', h2), ('F12', h2), ('F13', h2), ('F14', h2),
                     ('F15', h4), ('F16', h4), ('F17', h4)]:
        d = globals()[name]
        fn(d)
        tasks = d.get('tasks') or d.get('blocks') or d.get('rows')
        uid, uname = UNITS[name]
        key(d['file'], uid, uname, d['number'], d['date'], merge_tasks(tasks),
            d.get('diffs') or [], d.get('props') or [], REJ.get(name))
    # re-save two files through LibreOffice, as offices do
    tmp = os.path.join(OUT, '.lo'); os.makedirs(tmp, exist_ok=True)
    for f, ext in [(F9['file'], 'docx'), (F13['file'], 'xlsx')]:
        subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, f)],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
    shutil.rmtree(tmp)
    for f, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
        json.dump(k, open(os.path.join(TRUTH, f + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')


if __name__ == '__main__':
    main()
