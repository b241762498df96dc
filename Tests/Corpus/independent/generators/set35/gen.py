# -*- coding: utf-8 -*-
"""Generator for set35: 18 progress reports in five hands + answer keys."""
import json, os, hashlib, subprocess, shutil, tempfile
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
os.makedirs(TRUTH, exist_ok=True)

KH = "Kế hoạch số 412/KH-SKHCN ngày 16/01/2026 của Sở Khoa học và Công nghệ"
REPORTS = []  # (filename, key dict)


def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}


# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
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


def cell_text(c, text, bold=False, italic=False, align=None, size=None):
    c.text = ''
    lines = text.split('\n')
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_block(d, left_lines, right_date, number, size=13):
    """Classic two-column header: organ / quốc hiệu."""
    t = d.add_table(rows=2, cols=2)
    t.autofit = True
    l0 = '\n'.join(left_lines)
    cell_text(t.cell(0, 0), l0, bold=True, align='c', size=12)
    cell_text(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', bold=True, align='c', size=12)
    cell_text(t.cell(1, 0), number, align='c', size=12)
    cell_text(t.cell(1, 1), right_date, italic=True, align='c', size=12)
    return t


def grid(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), '4'); el.set(qn('w:space'), '0'); el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.append(b)


def data_table(d, headers, rows, size=12, font=None, widths=None):
    t = d.add_table(rows=1 + len(rows), cols=len(headers))
    grid(t)
    for j, h in enumerate(headers):
        cell_text(t.cell(0, j), h, bold=True, align='c', size=size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i + 1, j), str(v), size=size, align='c' if j == 0 else None)
    if font:
        for r in t.rows:
            for c in r.cells:
                for p in c.paragraphs:
                    for run in p.runs:
                        run.font.name = font
                        run.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if widths:
        for r in t.rows:
            for j, w in enumerate(widths):
                r.cells[j].width = Cm(w)
    return t


def sign(d, title_lines, name, noi_nhan=None):
    t = d.add_table(rows=1, cols=2)
    left = ''
    if noi_nhan:
        left = 'Nơi nhận:\n' + '\n'.join(noi_nhan)
    cell_text(t.cell(0, 0), left, size=11)
    if noi_nhan:
        t.cell(0, 0).paragraphs[0].runs[0].bold = True
        t.cell(0, 0).paragraphs[0].runs[0].italic = True
    cell_text(t.cell(0, 1), '\n'.join(title_lines) + '\n\n\n\n' + name, bold=True, align='c', size=12)


def vn_date(iso):
    y, m, dd = iso.split('-')
    return f"ngày {dd} tháng {m} năm {y}"


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    return {"file": fname, "sha256": None, "status": status, "reason": reason,
            "unit": {"id": unit_id, "name": unit_name},
            "document": {"number": number, "date": date},
            "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}


# ======================================================================
# HAND 1 — legal officer: decimal "2.1." paragraphs, status as the closing
# sentence of each paragraph, violation table by legal provision.
# ======================================================================
H1_STATUS = {
    'completed': 'Nhiệm vụ đã hoàn thành.',
    'in_progress': 'Nhiệm vụ đang tiếp tục thực hiện.',
    'not_started': 'Nội dung này chưa triển khai.',
    'not_applicable': 'Trong kỳ báo cáo không phát sinh.',
    'unknown': None,
}


def hand1(fname, unit_id, unit_name, org_lines, number, date, title, intro, sections, viol_rows,
          diffs, props, signer, noi_nhan, status='extracted', reason=None, entries_key=None):
    d = new_doc()
    header_block(d, org_lines, f"Thành phố Hồ Chí Minh, {vn_date(date)}", f"Số: {number}")
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, title, bold=True, align='c')
    para(d, '_______________', align='c')
    para(d, intro, align='j')
    entries = []
    for sec_no, sec_title, items in sections:
        para(d, f"{sec_no}. {sec_title}", bold=True, indent=True)
        for k, it in enumerate(items, 1):
            txt = it['text']
            st = H1_STATUS[it['status']] if it.get('say', True) else None
            if it.get('closing'):
                st = it['closing']
            full = f"{sec_no}.{k}. {txt}" + (f" {st}" if st else '')
            para(d, full, align='j')
            if it.get('task'):
                entries.append(E(it['task'], it['status'], it.get('ind', {}), txt))
            if it.get('table') and viol_rows:
                para(d, 'Bảng 1. Kết quả xử lý vi phạm hành chính theo căn cứ pháp lý', bold=True, align='c', indent=False)
                data_table(d, ['TT', 'Hành vi vi phạm', 'Căn cứ xử phạt', 'Số vụ', 'Số tiền phạt (đồng)'], viol_rows, size=11,
                           widths=[1, 5.5, 5, 1.5, 3])
                para(d)
    para(d, 'Khó khăn, vướng mắc', bold=True)
    for i, x in enumerate(diffs):
        para(d, f"{'abcdef'[i]}) {x}", align='j')
    para(d, 'Kiến nghị', bold=True)
    for i, x in enumerate(props):
        para(d, f"{'abcdef'[i]}) {x}", align='j')
    para(d, f"Trên đây là báo cáo của {unit_name}./.", align='j')
    sign(d, signer[0], signer[1], noi_nhan)
    d.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, unit_id, unit_name, number, date,
                               entries if entries_key is None else entries_key, diffs, props, status, reason)))


# 1. Phòng Kiểm tra – Pháp chế
hand1(
    'BC CT38 nam 2026 - P.KTPC.docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế',
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'], '86/BC-KTPC', '2026-10-24',
    'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu từ ngày 01/01/2026 đến ngày 20/10/2026)',
    f"Thực hiện {KH} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; căn cứ chức năng, nhiệm vụ được giao, Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:",
    [
        ('1', 'Công tác pháp chế, rà soát văn bản', [
            dict(task='II.2.c', status='completed',
                 text='Căn cứ đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Phòng đã phối hợp rà soát, có ý kiến pháp lý đối với 03 dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi; dự thảo Thông tư quy định về đo lường đối với hàng đóng gói sẵn; dự thảo Quyết định phân cấp quản lý đo lường cho Ủy ban nhân dân cấp xã).'),
            dict(task='II.4.b', status='in_progress', ind={'instruments_verified': 5},
                 text='Căn cứ Nghị định số 135/2021/NĐ-CP ngày 31/12/2021 của Chính phủ, Phòng phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ phát hiện vi phạm hành chính; đã đưa 05 phương tiện (02 cân kiểm tra, 01 bộ quả cân chuẩn, 01 bình chuẩn kim loại, 01 thiết bị đo độ dày lớp mạ) đi kiểm định, hiệu chuẩn theo quy định.'),
        ]),
        ('2', 'Công tác kiểm tra, xử lý vi phạm', [
            dict(task='II.5.a', status='in_progress', table=True,
                 ind={'inspections': 4, 'establishments_inspected': 27, 'violations': 6, 'fines_vnd': 41500000},
                 text='Căn cứ Kế hoạch kiểm tra năm 2026 đã được Giám đốc Sở phê duyệt, Phòng cử công chức tham gia 04 đoàn kiểm tra liên ngành về tiêu chuẩn, đo lường, chất lượng do Chi cục chủ trì; các đoàn đã kiểm tra 27 cơ sở sản xuất, kinh doanh, phát hiện 06 cơ sở vi phạm. Phòng đã tham mưu Giám đốc Sở ban hành 06 quyết định xử phạt vi phạm hành chính với tổng số tiền 41.500.000 đồng (chi tiết tại Bảng 1).'),
            dict(task='II.5.b', status='completed', ind={'samples_tested': 18},
                 text='Căn cứ kết quả khảo sát chất lượng mũ bảo hiểm cho người đi mô tô, xe máy do Chi cục thực hiện, Phòng đã phối hợp xem xét 18 mẫu khảo sát, trong đó 04 mẫu không phù hợp QCVN 2:2021/BKHCN, đã đề xuất thông tin tới cơ quan chức năng.'),
            dict(task='II.5.d', status='not_applicable',
                 text='Căn cứ Luật Tố cáo năm 2018, Phòng theo dõi việc tiếp nhận thông tin tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng; đến ngày 20/10/2026 Phòng không nhận được đơn, thư tố giác nào và không có trường hợp phải áp dụng biện pháp bảo vệ người tố giác.'),
        ]),
    ],
    [['1', 'Không ghi nhãn hoặc ghi nhãn không đủ nội dung bắt buộc', 'Điều 30 Nghị định 119/2017/NĐ-CP (sửa đổi bởi Nghị định 126/2021/NĐ-CP)', '03', '16.500.000'],
     ['2', 'Sử dụng phương tiện đo chưa được kiểm định', 'Khoản 2 Điều 8 Nghị định 119/2017/NĐ-CP', '02', '17.000.000'],
     ['3', 'Kinh doanh hàng hóa không công bố hợp quy', 'Điều 20 Nghị định 119/2017/NĐ-CP', '01', '8.000.000'],
     ['', 'Tổng cộng', '', '06', '41.500.000']],
    ['Lực lượng công chức làm công tác kiểm tra, pháp chế của Phòng còn mỏng (03 người), phải kiêm nhiệm nhiều lĩnh vực nên việc cử người tham gia đoàn kiểm tra có lúc chưa kịp thời.',
     'Một số quy định xử phạt tại Nghị định 119/2017/NĐ-CP chưa được sửa đổi kịp với Luật Chất lượng sản phẩm, hàng hóa sửa đổi, gây lúng túng khi áp dụng.'],
    ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ dự kiến kế hoạch kiểm tra năm 2027 trước ngày 15/12/2026 để Phòng chủ động bố trí công chức tham gia đoàn.'],
    (['TRƯỞNG PHÒNG'], 'Đoàn Minh Triết'),
    ['- Chi cục TĐC (để tổng hợp);', '- Lãnh đạo Sở (để báo cáo);', '- Lưu: KTPC.'],
)

# 2. Sở Tư pháp
hand1(
    'STP_bao cao CT38_2026.docx', 'SO-TP', 'Sở Tư pháp',
    ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ TƯ PHÁP'], '2417/BC-STP', '2026-11-06',
    'Kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026',
    'Phúc đáp Công văn số 2980/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Tư pháp báo cáo như sau:',
    [
        ('1', 'Phổ biến, giáo dục pháp luật', [
            dict(task='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 260, 'communications': 7},
                 text='Căn cứ Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố, Sở đã lồng ghép nội dung pháp luật về tiêu chuẩn, đo lường, chất lượng vào 02 hội nghị phổ biến pháp luật cho doanh nghiệp với 260 đại biểu tham dự; đăng tải 07 tin, bài giới thiệu Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa trên Trang thông tin điện tử của Sở.'),
        ]),
        ('2', 'Xây dựng, thẩm định văn bản', [
            dict(task='II.2.c', status='completed',
                 text='Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025, Sở đã thẩm định 01 dự thảo Quyết định của Ủy ban nhân dân Thành phố ban hành Quy chế phối hợp quản lý nhà nước về đo lường, chất lượng trên địa bàn Thành phố và có ý kiến góp ý đối với 02 dự thảo văn bản do Sở Khoa học và Công nghệ chủ trì soạn thảo.'),
            dict(task='II.2.đ', status='in_progress',
                 text='Căn cứ Quyết định số 19/2014/QĐ-TTg và Thông tư số 26/2014/TT-BKHCN, Sở duy trì áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền; trong năm đã cập nhật, sửa đổi 12 quy trình giải quyết thủ tục hành chính và tổ chức đánh giá nội bộ; dự kiến công bố lại Hệ thống trong tháng 12/2026.'),
        ]),
        ('3', 'Bồi dưỡng công chức', [
            dict(task='II.3.a', status='completed', ind={'participants': 2},
                 text='Theo thư mời của Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở đã cử 02 công chức Phòng Xây dựng và Kiểm tra văn bản tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng tổ chức ngày 18/6/2026.'),
        ]),
    ],
    None,
    ['Hệ thống văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đang trong giai đoạn sửa đổi nhiều, tài liệu phổ biến chưa được cập nhật kịp thời.'],
    ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu phổ biến pháp luật cập nhật theo Luật Chất lượng sản phẩm, hàng hóa sửa đổi để Sở Tư pháp lồng ghép vào các hội nghị phổ biến pháp luật cho doanh nghiệp.',
     'Đề nghị Sở Khoa học và Công nghệ tiếp tục mời công chức pháp chế các sở, ngành tham dự các lớp tập huấn chuyên sâu năm 2027.'],
    (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lâm Thị Ngọc Hà'),
    ['- Sở Khoa học và Công nghệ;', '- Giám đốc Sở (để báo cáo);', '- Lưu: VT, PBGDPL.'],
)

# 3. Thanh tra Thành phố
hand1(
    'TTTP - BC thuc hien CT 38 (2026).docx', 'THANHTRA-TP', 'Thanh tra Thành phố',
    ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'THANH TRA THÀNH PHỐ'], '318/BC-TTTP', '2026-11-10',
    'Tình hình phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW',
    'Thực hiện đề nghị của Sở Khoa học và Công nghệ tại Công văn số 2980/SKHCN-TĐC ngày 02/10/2026, Thanh tra Thành phố báo cáo kết quả phối hợp thực hiện như sau:',
    [
        ('1', 'Thanh tra, kiểm tra chuyên đề', [
            dict(task='II.5.a', status='completed',
                 ind={'inspections': 1, 'establishments_inspected': 14, 'violations': 3, 'fines_vnd': 67500000},
                 text='Căn cứ Kế hoạch thanh tra năm 2026 được Chủ tịch Ủy ban nhân dân Thành phố phê duyệt, Thanh tra Thành phố chủ trì, phối hợp Sở Khoa học và Công nghệ, Sở Công Thương tiến hành 01 cuộc thanh tra chuyên đề việc chấp hành pháp luật về đo lường, chất lượng trong kinh doanh xăng dầu tại 14 cửa hàng; kết luận 03 cửa hàng có vi phạm, đã xử phạt vi phạm hành chính với tổng số tiền 67.500.000 đồng.'),
        ]),
        ('2', 'Phòng, chống tham nhũng, tiêu cực; bảo vệ người tố giác', [
            dict(task='II.5.d', status='in_progress',
                 text='Căn cứ Luật Phòng, chống tham nhũng và Luật Tố cáo, Thanh tra Thành phố tiếp nhận 02 đơn phản ánh liên quan đến hoạt động kiểm định phương tiện đo, đã chuyển Sở Khoa học và Công nghệ giải quyết theo thẩm quyền và đang theo dõi kết quả xử lý; chưa có trường hợp phải áp dụng biện pháp bảo vệ người tố giác.'),
        ]),
        ('3', 'Áp dụng hệ thống quản lý chất lượng', [
            dict(task='II.2.đ', status='completed',
                 text='Căn cứ Quyết định số 101/QĐ-BKHCN của Bộ Khoa học và Công nghệ về mô hình khung, Thanh tra Thành phố đã hoàn tất việc chuyển đổi Hệ thống quản lý chất lượng sang TCVN ISO 9001:2015 và công bố lại ngày 26/8/2026.'),
        ]),
    ],
    None,
    ['Số lượng cửa hàng xăng dầu trên địa bàn lớn, trong khi thời gian thanh tra theo kế hoạch có hạn, chưa bao quát được các cửa hàng tại khu vực ngoại thành.'],
    ['Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách cơ sở có dấu hiệu vi phạm về đo lường, chất lượng làm căn cứ xây dựng Kế hoạch thanh tra năm 2027.'],
    (['KT. CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA'], 'Hồ Văn Lực'),
    ['- Sở Khoa học và Công nghệ;', '- Lưu: VT, P.NV3.'],
)

# 4. Sở Nội vụ — MISTAKEN (cải cách hành chính)
hand1(
    'SNV_BC quy III.docx', 'SO-NV', 'Sở Nội vụ',
    ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NỘI VỤ'], '1875/BC-SNV', '2026-10-12',
    'Kết quả thực hiện công tác cải cách hành chính quý III năm 2026',
    'Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2026 như sau:',
    [
        ('1', 'Cải cách thể chế và thủ tục hành chính', [
            dict(task=None, status='completed', say=False,
                 text='Căn cứ Kế hoạch số 45/KH-UBND, Sở đã rà soát 36 thủ tục hành chính thuộc lĩnh vực nội vụ, đề xuất đơn giản hóa 09 thủ tục; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%.'),
            dict(task=None, status='completed', say=False,
                 text='Căn cứ Nghị định số 107/2021/NĐ-CP, Sở tiếp tục thực hiện cơ chế một cửa, một cửa liên thông; tiếp nhận 4.215 hồ sơ, trong đó 3.990 hồ sơ trực tuyến toàn trình.'),
        ]),
        ('2', 'Cải cách tổ chức bộ máy, chế độ công vụ', [
            dict(task=None, status='completed', say=False,
                 text='Căn cứ Nghị định số 150/2025/NĐ-CP, Sở tham mưu sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn sau hợp nhất; hoàn thành việc bố trí, sắp xếp 126 công chức dôi dư.'),
        ]),
    ],
    None,
    ['Việc vận hành hệ thống giải quyết thủ tục hành chính sau sắp xếp còn phát sinh lỗi kết nối.'],
    ['Đề nghị Ủy ban nhân dân Thành phố chỉ đạo Sở Khoa học và Công nghệ khắc phục lỗi kết nối Hệ thống thông tin giải quyết thủ tục hành chính.'],
    (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Vũ Thanh Bình'),
    ['- UBND Thành phố;', '- Lưu: VT, CCHC.'],
    status='rejected', reason='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: báo cáo công tác cải cách hành chính quý III/2026 gửi nhầm.',
    entries_key=[],
)


# ======================================================================
# HAND 2 — statistician: separate Excel "Biểu 01", tasks down, one column
# per measure, "-" for nothing, "Kèm theo Báo cáo số …", Người lập biểu.
# ======================================================================
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
H2_STATUS = {'completed': 'Hoàn thành', 'in_progress': 'Đang thực hiện', 'not_started': 'Chưa thực hiện',
             'not_applicable': 'Không phát sinh', 'unknown': ''}
H2_COLS = [('training_courses', 'Số lớp, hội nghị'), ('participants', 'Số lượt người'), ('communications', 'Số tin, bài'),
           ('enterprises_supported', 'Số DN, tổ chức được hỗ trợ'), ('inspections', 'Số cuộc kiểm tra'),
           ('establishments_inspected', 'Số cơ sở được kiểm tra'), ('violations', 'Số cơ sở vi phạm'),
           ('fines_vnd', 'Tiền phạt (đồng)'), ('samples_tested', 'Số mẫu'), ('standards_reviewed', 'Số TCVN, QCVN góp ý'),
           ('budget_spent_vnd', 'Kinh phí đã sử dụng (đồng)')]


def hand2(fname, unit_id, unit_name, org1, org2, number, date, rows, diffs, props, maker, boss, cols,
          title='TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
          period='(Số liệu từ ngày 01/01/2026 đến ngày 20/10/2026)', status='extracted', reason=None, free_cols=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bieu 01'
    f = Font(name='Times New Roman', size=11); fb = Font(name='Times New Roman', size=11, bold=True)
    y, m, dd = date.split('-')
    colnames = free_cols if free_cols else ['STT', 'Nội dung thực hiện'] + [dict(H2_COLS)[c] for c in cols] + ['Tình hình thực hiện', 'Ghi chú']
    ncol = len(colnames)
    ws['A1'] = 'Biểu số 01'; ws['A1'].font = fb
    ws['A2'] = f'(Kèm theo Báo cáo số {number} ngày {dd}/{m}/{y} của {unit_name})'; ws['A2'].font = Font(name='Times New Roman', size=11, italic=True)
    c0 = get_column_letter(ncol - 3)
    ws.merge_cells(f'{c0}1:{get_column_letter(ncol)}1'); ws[f'{c0}1'] = org1; ws[f'{c0}1'].font = f
    ws.merge_cells(f'{c0}2:{get_column_letter(ncol)}2'); ws[f'{c0}2'] = org2; ws[f'{c0}2'].font = fb
    ws[f'{c0}1'].alignment = ws[f'{c0}2'].alignment = Alignment(horizontal='center')
    ws.merge_cells(f'A4:{get_column_letter(ncol)}4'); ws['A4'] = title; ws['A4'].font = Font(name='Times New Roman', size=12, bold=True)
    ws['A4'].alignment = Alignment(horizontal='center')
    ws.merge_cells(f'A5:{get_column_letter(ncol)}5'); ws['A5'] = period; ws['A5'].font = Font(name='Times New Roman', size=11, italic=True)
    ws['A5'].alignment = Alignment(horizontal='center')
    hr = 7
    for j, h in enumerate(colnames, 1):
        c = ws.cell(hr, j, h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[hr].height = 45
    entries = []
    r = hr + 1
    for i, row in enumerate(rows, 1):
        vals = row['cells'] if free_cols else None
        if free_cols:
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.font = f; c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        else:
            ws.cell(r, 1, i); ws.cell(r, 2, row['text'])
            for j, col in enumerate(cols, 3):
                v = row.get('ind', {}).get(col)
                c = ws.cell(r, j, v if v is not None else '-')
                if isinstance(v, int) and v >= 1000: c.number_format = '#,##0'
                c.alignment = Alignment(horizontal='center' if v is None else 'right', vertical='top')
            ws.cell(r, len(cols) + 3, H2_STATUS[row['status']])
            ws.cell(r, len(cols) + 4, row.get('note', ''))
            for j in range(1, ncol + 1):
                c = ws.cell(r, j); c.font = f; c.border = BOX
                if j == 2 or j >= len(cols) + 3: c.alignment = Alignment(wrap_text=True, vertical='top')
            entries.append(E(row['task'], row['status'], row.get('ind', {}), row['text']))
        r += 1
    r += 1
    ws.cell(r, 2, 'Khó khăn, vướng mắc:').font = fb; r += 1
    for x in diffs:
        ws.cell(r, 2, '- ' + x).font = f; r += 1
    ws.cell(r, 2, 'Đề xuất, kiến nghị:').font = fb; r += 1
    for x in props:
        ws.cell(r, 2, '- ' + x).font = f; r += 1
    r += 1
    ws.cell(r, 2, 'Người lập biểu').font = fb
    ws.cell(r, ncol - 2, 'Thủ trưởng đơn vị').font = fb
    ws.cell(r + 4, 2, maker).font = f
    ws.cell(r + 4, ncol - 2, boss).font = f
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 48
    for j in range(3, ncol + 1):
        ws.column_dimensions[get_column_letter(j)].width = 13
    ws.column_dimensions[get_column_letter(ncol - 1)].width = 16
    ws.column_dimensions[get_column_letter(ncol)].width = 22
    ws.freeze_panes = 'C8'
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, unit_id, unit_name, number, date, entries if not free_cols else [], diffs, props, status, reason)))


# 5. Văn phòng Sở
hand2('Bieu 01 kem BC 512 - VP So.xlsx', 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ', '512/BC-VP', '2026-10-27',
      [dict(task='II.2.đ', status='completed', ind={'training_courses': 1, 'participants': 38},
            text='Duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở; mở lớp đào tạo chuyên gia đánh giá nội bộ', note='Đánh giá nội bộ tháng 8/2026'),
       dict(task='II.2.h', status='in_progress',
            text='Phối hợp Chi cục rà soát, chuẩn hóa quy trình nội bộ thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết TTHC'),
       dict(task='II.2.i', status='in_progress',
            text='Phối hợp cập nhật dữ liệu văn bản, quyết định công bố TTHC lên cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng'),
       dict(task='II.4.a', status='in_progress', ind={'budget_spent_vnd': 1264500000},
            text='Thực hiện thủ tục mua sắm bổ sung trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm (gói thầu số 02)', note='Đã thanh toán đợt 1'),
       dict(task='II.5.d', status='not_applicable',
            text='Tham mưu khen thưởng tổ chức, cá nhân tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng')],
      ['Dự toán mua sắm trang thiết bị được giao muộn (tháng 5/2026) nên tiến độ đấu thầu chậm so với kế hoạch.'],
      ['Đề nghị Sở Tài chính sớm thẩm định dự toán mua sắm năm 2027 để Văn phòng Sở triển khai đấu thầu ngay từ quý I.'],
      'Lê Văn Phúc', 'Nguyễn Thị Thu Vân', ['training_courses', 'participants', 'budget_spent_vnd'])

# 6. Sở Nông nghiệp và Môi trường (re-saved through LibreOffice later)
hand2('SNNMT_Bieu tong hop CT38.xlsx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường',
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '5126/BC-SNNMT', '2026-11-11',
      [dict(task='II.1.a', status='completed', ind={'training_courses': 3, 'participants': 245},
            text='Tập huấn quy định về ghi nhãn, công bố hợp quy phân bón, thuốc bảo vệ thực vật cho cơ sở sản xuất, kinh doanh'),
       dict(task='II.2.e', status='completed', ind={'standards_reviewed': 4},
            text='Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, giống cây trồng do Bộ Nông nghiệp và Môi trường lấy ý kiến'),
       dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 21},
            text='Hỗ trợ hợp tác xã, cơ sở sản xuất nông sản áp dụng truy xuất nguồn gốc, cấp mã vùng trồng'),
       dict(task='II.5.a', status='in_progress',
            ind={'inspections': 9, 'establishments_inspected': 112, 'violations': 14, 'fines_vnd': 186250000, 'samples_tested': 36},
            text='Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi) lưu thông trên thị trường', note='Lấy mẫu kiểm nghiệm'),
       dict(task='II.2.đ', status='in_progress',
            text='Chuyển đổi Hệ thống quản lý chất lượng TCVN ISO 9001:2015 sau hợp nhất Sở')],
      ['Kinh phí lấy mẫu kiểm nghiệm vật tư nông nghiệp còn hạn chế, số mẫu lấy thấp hơn kế hoạch.',
       'Nhiều hợp tác xã chưa có nhân lực vận hành phần mềm truy xuất nguồn gốc.'],
      ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí từ Đề án 100 cho các hợp tác xã áp dụng truy xuất nguồn gốc năm 2027.'],
      'Trịnh Quốc Khánh', 'Phan Văn Hậu',
      ['training_courses', 'participants', 'enterprises_supported', 'inspections', 'establishments_inspected', 'violations',
       'fines_vnd', 'samples_tested', 'standards_reviewed'])

# 7. Trung tâm CNTT và Địa không gian
hand2('TTCNTT-DKG bieu CT38.xlsx', 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', '97/BC-TTCNTT', '2026-10-29',
      [dict(task='II.2.i', status='in_progress', ind={'budget_spent_vnd': 215000000},
            text='Xây dựng giao diện kết nối, chia sẻ dữ liệu giữa kho dữ liệu dùng chung của Sở với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', note='Đã nghiệm thu giai đoạn 1'),
       dict(task='II.2.h', status='not_started',
            text='Kết nối liên thông với Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước chất lượng hàng hóa nhập khẩu', note='Chờ Bộ KH&CN cấp tài khoản kết nối'),
       dict(task='II.2.đ', status='completed',
            text='Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 đối với dịch vụ sự nghiệp công của Trung tâm'),
       dict(task='II.3.a', status='completed', ind={'participants': 2},
            text='Cử viên chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức')],
      ['Bộ Khoa học và Công nghệ chưa ban hành tài liệu đặc tả kỹ thuật kết nối với cơ sở dữ liệu quốc gia nên chưa thể hoàn thiện giai đoạn 2.'],
      ['Đề nghị Chi cục làm đầu mối đề nghị Bộ Khoa học và Công nghệ cung cấp tài liệu đặc tả API và tài khoản kết nối thử nghiệm.'],
      'Đặng Hoàng Nam', 'Lương Minh Tuấn', ['participants', 'budget_spent_vnd'])

# 8. Sở An toàn thực phẩm — MISTAKEN (an toàn thực phẩm)
hand2('SATTP_bieu ket qua kiem tra quy III.xlsx', 'SO-ATTP', 'Sở An toàn thực phẩm',
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM', '842/BC-SATTP', '2026-10-08',
      [dict(cells=[1, 'Kiểm tra cơ sở kinh doanh dịch vụ ăn uống', 14, 356, 41, 287500000, 'Hoàn thành']),
       dict(cells=[2, 'Kiểm tra bếp ăn tập thể trường học', 6, 128, 9, 54000000, 'Hoàn thành']),
       dict(cells=[3, 'Giám sát ngộ độc thực phẩm, lấy mẫu xét nghiệm nhanh', 4, 72, 3, 12000000, 'Đang thực hiện']),
       dict(cells=['', 'Cộng', 24, 556, 53, 353500000, ''])],
      ['Lực lượng thanh tra chuyên ngành an toàn thực phẩm sau sắp xếp còn thiếu.'],
      ['Đề nghị bổ sung biên chế thanh tra an toàn thực phẩm cho Sở.'],
      'Mai Thị Kiều', 'Tô Văn Đức', [],
      title='KẾT QUẢ THANH TRA, KIỂM TRA AN TOÀN THỰC PHẨM QUÝ III NĂM 2026',
      period='(Từ ngày 01/7/2026 đến ngày 30/9/2026)',
      free_cols=['STT', 'Nội dung', 'Số đoàn', 'Số cơ sở', 'Số cơ sở vi phạm', 'Tiền phạt (đồng)', 'Tình hình thực hiện'],
      status='rejected', reason='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: biểu kết quả thanh tra, kiểm tra an toàn thực phẩm quý III/2026 gửi nhầm.')


# ======================================================================
# HAND 3 — standards officer: short Word report, table pasted from Excel
# (Calibri 11, Roman group rows + "1.1" sub-numbering), "Mức độ hoàn thành"
# column, standards cited by number, zero-padded counts, "Số liệu tính đến".
# ======================================================================
H3_STATUS = {'completed': 'Đã xong', 'in_progress': 'Đang triển khai', 'not_started': 'Chưa triển khai',
             'not_applicable': 'Không phát sinh', 'unknown': ''}


def hand3(fname, unit_id, unit_name, org_lines, number, date, title, intro, groups, cutoff, diffs, props, signer, noi_nhan):
    d = new_doc()
    header_block(d, org_lines, f"TP. Hồ Chí Minh, {vn_date(date)}", f"Số: {number}")
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, title, bold=True, align='c')
    para(d, intro, align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    para(d, 'Kết quả thực hiện cụ thể theo bảng dưới đây:', align='j')
    rows = []; entries = []
    roman = ['I', 'II', 'III', 'IV', 'V', 'VI']
    for gi, (gname, items) in enumerate(groups):
        rows.append([roman[gi], gname.upper(), '', ''])
        for k, it in enumerate(items, 1):
            rows.append([f'{gi + 1}.{k}', it['name'], it['text'], H3_STATUS[it['status']]])
            entries.append(E(it['task'], it['status'], it.get('ind', {}), it['text']))
    t = data_table(d, ['TT', 'Nội dung công việc', 'Kết quả thực hiện', 'Mức độ hoàn thành'], rows, size=11, font='Calibri',
                   widths=[1.2, 4.5, 8, 2.8])
    for r in t.rows[1:]:
        if r.cells[0].text in roman:
            for c in r.cells:
                for p in c.paragraphs:
                    for run in p.runs: run.bold = True
    p = para(d, f'Ghi chú: Số liệu tính đến ngày {cutoff}.', italic=True, indent=False)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '+ ' + x, align='j')
    para(d, 'III. ĐỀ XUẤT', bold=True, indent=False)
    for x in props: para(d, '+ ' + x, align='j')
    sign(d, signer[0], signer[1], noi_nhan)
    d.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, unit_id, unit_name, number, date, entries, diffs, props)))


# 9. Chi cục TĐC
hand3('CCTDC_BC ket qua CT38 nam 2026.docx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
      ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG'], '1385/BC-CCTĐC', '2026-10-30',
      'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      f'Thực hiện {KH}, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì như sau:',
      [('Tuyên truyền, tập huấn', [
          dict(task='II.1.a', status='completed', ind={'training_courses': 7, 'participants': 512}, name='Tập huấn văn bản pháp luật cho doanh nghiệp; tọa đàm doanh nghiệp nhập khẩu',
               text='Tổ chức 06 lớp tập huấn về Luật Chất lượng sản phẩm, hàng hóa sửa đổi, Nghị định 119/2017/NĐ-CP và 01 buổi tọa đàm với doanh nghiệp nhập khẩu (tổng cộng 07 lớp/buổi), 512 lượt người tham dự.'),
          dict(task='II.1.b', status='completed', ind={'communications': 12, 'enterprises_supported': 9}, name='Vận động tham dự Giải thưởng Chất lượng Quốc gia',
               text='Đăng 12 tin, bài trên Trang thông tin của Sở, Báo Sài Gòn Giải Phóng; hướng dẫn trực tiếp 09 doanh nghiệp lập hồ sơ tham dự.'),
          dict(task='II.3.a', status='in_progress', ind={'training_courses': 2, 'participants': 168}, name='Tập huấn nghiệp vụ cho công chức sở, ngành, xã, phường, đặc khu',
               text='Đã tổ chức 02 lớp cho công chức UBND phường, xã, đặc khu với 168 học viên; lớp thứ 3 dự kiến tháng 11/2026.'),
      ]), ('Quản lý nhà nước, hỗ trợ doanh nghiệp', [
          dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 15, 'budget_spent_vnd': 1850000000}, name='Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100',
               text='Hỗ trợ 15 doanh nghiệp nâng cao năng suất, chất lượng, áp dụng truy xuất nguồn gốc; kinh phí đã giải ngân 1,85 tỷ đồng.'),
          dict(task='II.2.b', status='in_progress', ind={'enterprises_supported': 8}, name='Giải thưởng Chất lượng Quốc gia 2026',
               text='Tiếp nhận 08 hồ sơ; Hội đồng sơ tuyển đã đánh giá tại 08 doanh nghiệp, đang hoàn thiện hồ sơ gửi Hội đồng quốc gia.'),
          dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 23}, name='Hỗ trợ áp dụng hệ thống quản lý, công bố chất lượng',
               text='Hướng dẫn 23 doanh nghiệp xây dựng, áp dụng ISO 9001, ISO 22000, 5S; tiếp nhận 146 hồ sơ công bố hợp quy.'),
          dict(task='II.2.e', status='completed', ind={'standards_reviewed': 7}, name='Góp ý TCVN, QCVN',
               text='Góp ý 05 dự thảo TCVN (TCVN 7790-1:2026, TCVN 6165:2026, TCVN 13950:2026, TCVN 14012:2026, TCVN 14013:2026) và 02 dự thảo QCVN (QCVN 01:2026/BKHCN về xăng dầu, QCVN 04:2026/BKHCN về đồ chơi trẻ em), tổng 07 dự thảo.'),
      ]), ('Thiết bị, kiểm tra, khảo sát', [
          dict(task='II.4.b', status='completed', ind={'instruments_verified': 14}, name='Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
               text='Hiệu chuẩn, kiểm định 14 phương tiện kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP.'),
          dict(task='II.5.a', status='in_progress', ind={'inspections': 11, 'establishments_inspected': 96, 'violations': 17, 'fines_vnd': 132750000}, name='Kiểm tra tiêu chuẩn, đo lường, chất lượng',
               text='11 cuộc kiểm tra tại 96 cơ sở; 17 cơ sở vi phạm, xử phạt 132.750.000 đồng.'),
          dict(task='II.5.b', status='completed', ind={'samples_tested': 60}, name='Khảo sát chất lượng sản phẩm, hàng hóa',
               text='Khảo sát 60 mẫu (xăng E5 RON92, mũ bảo hiểm, đồ chơi trẻ em); đã thông báo kết quả tới Phòng Kiểm tra – Pháp chế và cơ quan liên quan.'),
      ])],
      '15/10/2026',
      ['Kinh phí sự nghiệp năm 2026 giao 349 triệu đồng, chưa đáp ứng nhu cầu lấy mẫu khảo sát.',
       'Một số phường, xã mới sắp xếp chưa phân công công chức phụ trách tiêu chuẩn, đo lường, chất lượng.'],
      ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 khoảng 150 triệu đồng.',
       'Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối để phối hợp thực hiện nội dung phân quyền.'],
      (['CHI CỤC TRƯỞNG'], 'Phạm Minh Quân'),
      ['- Ban Giám đốc Sở;', '- Lưu: VT, TĐC.'])

# 10. Trung tâm Dịch vụ Phân tích thí nghiệm
hand3('TTPTTN - BC CT38 2026.docx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
      ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '214/BC-TTPTTN', '2026-10-27',
      'Kết quả thực hiện nhiệm vụ năm 2026 theo Kế hoạch triển khai Chỉ thị số 38-CT/TW',
      'Căn cứ các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Trung tâm báo cáo như sau:',
      [('Đầu tư, chuẩn đo lường', [
          dict(task='II.4.a', status='in_progress', ind={'budget_spent_vnd': 3420000000}, name='Đầu tư trang thiết bị thử nghiệm, hiệu chuẩn',
               text='Đã giải ngân 3,42 tỷ đồng mua sắm hệ thống sắc ký lỏng khối phổ LC-MS/MS và bộ chuẩn áp suất; đang lắp đặt, chạy thử.'),
          dict(task='II.4.c', status='completed', ind={'instruments_verified': 9}, name='Duy trì chuẩn đo lường, liên kết chuẩn quốc gia',
               text='Hiệu chuẩn 09 chuẩn chính (khối lượng, áp suất, nhiệt độ, dung tích) tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn.'),
      ]), ('Dịch vụ kỹ thuật, đào tạo', [
          dict(task='II.2.g', status='in_progress', ind={'instruments_verified': 18436, 'samples_tested': 2915}, name='Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
               text='Kiểm định, hiệu chuẩn 18.436 phương tiện đo; thử nghiệm 2.915 mẫu; mở rộng phạm vi công nhận theo ISO/IEC 17025 thêm 06 phép thử.'),
          dict(task='II.3.d', status='completed', ind={'training_courses': 3, 'participants': 95}, name='Đào tạo, thực tập cho sinh viên',
               text='Tổ chức 03 khóa thực tập về đo lường, thử nghiệm cho 95 sinh viên các trường đại học, cao đẳng.'),
          dict(task='II.5.b', status='completed', ind={'samples_tested': 60}, name='Thử nghiệm mẫu khảo sát chất lượng',
               text='Thử nghiệm 60 mẫu khảo sát do Chi cục gửi, trả kết quả đúng hạn.'),
      ])],
      '20/10/2026',
      ['Thiết bị mới đầu tư cần thời gian đánh giá năng lực trước khi mở rộng phạm vi công nhận.'],
      ['Đề nghị Sở ưu tiên bố trí vốn năm 2027 cho phòng thử nghiệm vi sinh.'],
      (['GIÁM ĐỐC'], 'Trương Công Định'),
      ['- Sở KH&CN;', '- Chi cục TĐC;', '- Lưu: VT.'])

# 11. Sở Xây dựng
hand3('SXD_BC CT 38-CT.TW 2026.docx', 'SO-XD', 'Sở Xây dựng',
      ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'], '4102/BC-SXD', '2026-11-12',
      'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)',
      'Theo đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện trong lĩnh vực vật liệu xây dựng như sau:',
      [('Quy chuẩn, tiêu chuẩn', [
          dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3}, name='Góp ý dự thảo quy chuẩn kỹ thuật',
               text='Góp ý 03 dự thảo: QCVN 16:2026/BXD về sản phẩm, hàng hóa vật liệu xây dựng, QCVN 06:2026/BXD (sửa đổi) và TCVN 14320:2026 về gạch bê tông.'),
          dict(task='II.1.a', status='completed', ind={'training_courses': 1, 'participants': 180}, name='Phổ biến QCVN 16 cho doanh nghiệp',
               text='Tổ chức 01 hội nghị phổ biến QCVN 16:2026/BXD cho 180 đại biểu doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng.'),
      ]), ('Kiểm tra', [
          dict(task='II.5.a', status='in_progress', ind={'inspections': 5, 'establishments_inspected': 31, 'violations': 4, 'fines_vnd': 28000000}, name='Kiểm tra chất lượng vật liệu xây dựng',
               text='05 đoàn kiểm tra, 31 cơ sở kinh doanh vật liệu xây dựng; 04 cơ sở vi phạm, phạt 28 triệu đồng.'),
      ]), ('Nội bộ', [
          dict(task='II.2.đ', status='completed', name='Hệ thống quản lý chất lượng ISO',
               text='Công bố lại HTQLCL TCVN ISO 9001:2015 sau hợp nhất ngày 15/7/2026.'),
          dict(task='II.6.a', status='not_applicable', name='Cập nhật điều ước quốc tế',
               text='Trong năm không có điều ước mới liên quan vật liệu xây dựng.'),
      ])],
      '31/10/2026',
      ['Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ, chưa nắm quy định công bố hợp quy theo QCVN 16:2026/BXD.'],
      ['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về chứng nhận hợp quy vật liệu xây dựng cho UBND các phường, xã.'],
      (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Ngô Thanh Sơn'),
      ['- Sở KH&CN;', '- Lưu: VT, P.VLXD.'])

# 12. Sở Công Thương
hand3('SCT bao cao thuc hien CT38 2026.docx', 'SO-CT', 'Sở Công Thương',
      ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'], '3317/BC-SCT', '2026-11-09',
      'Tình hình thực hiện Chỉ thị số 38-CT/TW năm 2026 trong lĩnh vực công thương',
      'Sở Công Thương nhận được Công văn số 2980/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ; Sở Công Thương báo cáo như sau:',
      [('Hỗ trợ doanh nghiệp', [
          dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 12, 'budget_spent_vnd': 540000000}, name='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý',
               text='Hỗ trợ 12 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, Lean, 5S từ Chương trình khuyến công; đã chi 540 triệu đồng.'),
          dict(task='II.1.b', status='completed', ind={'communications': 4}, name='Tuyên truyền Giải thưởng Chất lượng Quốc gia',
               text='Đăng 04 tin, bài vận động doanh nghiệp tham dự Giải thưởng trên Cổng thông tin của Sở.'),
          dict(task='II.2.a', status='not_started', name='Truy xuất nguồn gốc hàng hóa',
               text='Chưa triển khai, chờ hướng dẫn của Bộ Công Thương về truy xuất nguồn gốc hàng hóa lưu thông.'),
      ]), ('Kiểm tra, hội nhập', [
          dict(task='II.5.a', status='in_progress', ind={'inspections': 7, 'establishments_inspected': 58, 'violations': 9, 'fines_vnd': 97300000}, name='Kiểm tra đo lường, chất lượng xăng dầu, khí',
               text='07 đoàn kiểm tra, 58 cơ sở kinh doanh xăng dầu, khí; 09 cơ sở vi phạm, xử phạt 97.300.000 đồng.'),
          dict(task='II.6.a', status='completed', ind={'communications': 3}, name='Cập nhật cam kết TBT trong các FTA',
               text='Biên soạn, phát hành 03 tài liệu hỏi đáp về hàng rào kỹ thuật (TBT) trong CPTPP, EVFTA, RCEP.'),
      ])],
      '31/10/2026',
      ['Công tác kiểm tra đo lường xăng dầu còn phụ thuộc vào phương tiện chuẩn của Chi cục.'],
      ['Đề nghị Sở Khoa học và Công nghệ cho mượn bình chuẩn, cân chuẩn phục vụ các đoàn kiểm tra quý IV.'],
      (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Bùi Tá Hoàng'),
      ['- Sở KH&CN;', '- Lưu: VT, QLTM.'])


# ======================================================================
# HAND 4 — ward vice-chairman: one-page report, table "Việc được giao /
# Phường đã làm / Phần việc còn lại" — status read from the "còn lại" column.
# ======================================================================
H4_LEFT = {'completed': 'Không còn, đã làm xong.', 'in_progress': 'Còn tiếp tục thực hiện trong quý IV/2026.',
           'not_started': 'Chưa làm được, chờ thông báo mở lớp của Chi cục.', 'not_applicable': 'Trong kỳ không phát sinh.',
           'unknown': ''}


def hand4_docx(fname, unit_id, unit_name, up, number, date, items, diffs, props, signer, resave=False):
    d = new_doc()
    header_block(d, ['ỦY BAN NHÂN DÂN', up], f"{unit_name.split(' ', 1)[1]}, {vn_date(date)}", f"Số: {number}")
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c')
    para(d, f'Thực hiện Công văn số 2981/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {unit_name[0].lower() + unit_name[1:]} báo cáo như sau:', align='j')
    para(d, 'Kết quả cụ thể:', bold=True, indent=False)
    rows = []; entries = []
    for i, it in enumerate(items, 1):
        left = it.get('left', H4_LEFT[it['status']])
        rows.append([str(i), it['job'], it['text'], left])
        entries.append(E(it['task'], it['status'], it.get('ind', {}), it['text']))
    data_table(d, ['STT', 'Việc được giao', 'Phường đã làm' if 'Phường' in unit_name else 'Xã đã làm', 'Phần việc còn lại'], rows, size=12,
               widths=[1.2, 4.5, 7.5, 3.5])
    para(d)
    para(d, 'Khó khăn:', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x, align='j')
    para(d, 'Kiến nghị:', bold=True, indent=False)
    for x in props: para(d, '- ' + x, align='j')
    sign(d, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer,
         ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT, VHXH.'])
    d.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, unit_id, unit_name, number, date, entries, diffs, props)))


# 13. Phường Thủ Dầu Một
hand4_docx('UBND P.TDM - bao cao TC DL CL 2026.docx', '25747', 'Phường Thủ Dầu Một', 'PHƯỜNG THỦ DẦU MỘT', '245/BC-UBND', '2026-11-05',
           [dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 46, 'violations': 5},
                 job='Phối hợp Chi cục quản lý đo lường tại chợ, khu kinh doanh',
                 text='Phối hợp Chi cục kiểm tra 3 đợt tại chợ Thủ Dầu Một và chợ Phú Cường, kiểm tra 46 hộ kinh doanh; phát hiện 5 trường hợp sử dụng cân sai, đã lập biên bản chuyển Chi cục xử lý.'),
            dict(task='II.1.a', status='completed', ind={'communications': 17},
                 job='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
                 text='Phát 16 tin trên hệ thống loa truyền thanh các khu phố và đăng 01 bài trên trang thông tin điện tử phường (tổng 17 tin, bài).'),
            dict(task='II.3.a', status='completed', ind={'participants': 2},
                 job='Cử công chức dự tập huấn',
                 text='Cử 2 công chức (Phòng Kinh tế, Hạ tầng và Đô thị) dự lớp tập huấn ngày 18/6/2026.'),
            dict(task='II.2.đ', status='in_progress',
                 job='Áp dụng ISO tại UBND phường',
                 text='Đã ban hành lại danh mục quy trình ISO sau sắp xếp, đang đánh giá nội bộ.'),
            dict(task='II.5.d', status='not_applicable', job='Tiếp nhận tố giác vi phạm',
                 text='Không nhận được phản ánh, tố giác.')],
           ['Phường mới sắp xếp, công chức phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.',
            'Chưa có cân đối chứng tại chợ Phú Cường.'],
           ['Đề nghị Chi cục hỗ trợ trang bị 01 cân đối chứng cho chợ Phú Cường.',
            'Đề nghị Sở mở thêm lớp tập huấn cho công chức phường trong quý I/2027.'],
           'Nguyễn Hữu Tài')

# 15. Xã Châu Pha (re-saved through LibreOffice later)
hand4_docx('Xa Chau Pha_BC CT38.docx', '26728', 'Xã Châu Pha', 'XÃ CHÂU PHA', '97/BC-UBND', '2026-11-04',
           [dict(task='II.5.c', status='completed', ind={'inspections': 1, 'establishments_inspected': 12},
                 job='Phối hợp kiểm tra trên địa bàn xã',
                 text='Phối hợp đoàn của Chi cục kiểm tra 1 đợt tại 12 cửa hàng vật tư nông nghiệp, xăng dầu trên địa bàn; chưa phát hiện vi phạm.'),
            dict(task='II.1.a', status='in_progress', ind={'communications': 6},
                 job='Tuyên truyền',
                 text='Phát 6 tin trên loa truyền thanh xã về cân đo trong mua bán nông sản.'),
            dict(task='II.3.a', status='completed', ind={'participants': 1},
                 job='Cử cán bộ tập huấn',
                 text='Cử 1 công chức văn hóa - xã hội dự tập huấn do Chi cục tổ chức.'),
            dict(task='II.2.đ', status='unknown',
                 job='Hệ thống quản lý chất lượng ISO',
                 text='Đã rà soát lại các quy trình ISO của xã sau sáp nhập.')],
           ['Địa bàn xã rộng, nhiều điểm thu mua nông sản tự phát, khó kiểm soát cân đo.'],
           ['Đề nghị Chi cục hướng dẫn xã cách tổ chức điểm cân đối chứng tại các điểm thu mua nông sản.'],
           'Lê Thị Mỹ Hạnh')


def hand4_xlsx(fname, unit_id, unit_name, up, number, date, items, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sheet1'
    f = Font(name='Times New Roman', size=12); fb = Font(name='Times New Roman', size=12, bold=True)
    y, m, dd = date.split('-')
    ws.merge_cells('A1:B1'); ws['A1'] = 'ỦY BAN NHÂN DÂN'; ws['A1'].font = fb
    ws.merge_cells('A2:B2'); ws['A2'] = up; ws['A2'].font = fb
    ws.merge_cells('A3:B3'); ws['A3'] = f'Số: {number}'; ws['A3'].font = f
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C1'].font = fb
    ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['C2'].font = fb
    ws['C3'] = f'{unit_name.split(" ", 1)[1]}, {vn_date(date)}'; ws['C3'].font = Font(name='Times New Roman', size=12, italic=True)
    ws.merge_cells('A5:D5'); ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026'; ws['A5'].font = fb
    ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:D6'); ws['A6'] = '(Theo Chỉ thị số 38-CT/TW và Kế hoạch của Sở Khoa học và Công nghệ)'
    ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(name='Times New Roman', size=12, italic=True)
    hdr = ['STT', 'Việc được giao', 'Phường đã làm', 'Phần việc còn lại']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = fb; c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    entries = []; r = 9
    for i, it in enumerate(items, 1):
        vals = [i, it['job'], it['text'], it.get('left', H4_LEFT[it['status']])]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.font = f; c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        entries.append(E(it['task'], it['status'], it.get('ind', {}), it['text']))
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn:').font = fb; r += 1
    for x in diffs: ws.cell(r, 2, '- ' + x).font = f; r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = fb; r += 1
    for x in props: ws.cell(r, 2, '- ' + x).font = f; r += 1
    r += 1
    ws.cell(r, 3, 'KT. CHỦ TỊCH').font = fb; ws.cell(r + 1, 3, 'PHÓ CHỦ TỊCH').font = fb
    ws.cell(r + 5, 3, signer).font = fb
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 34
    ws.column_dimensions['C'].width = 60; ws.column_dimensions['D'].width = 30
    wb.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, unit_id, unit_name, number, date, entries, diffs, props)))


# 14. Phường Vũng Tàu
hand4_xlsx('P.Vung Tau - BC TDC 2026.xlsx', '26506', 'Phường Vũng Tàu', 'PHƯỜNG VŨNG TÀU', '318/BC-UBND', '2026-11-07',
           [dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 64, 'violations': 8, 'fines_vnd': 9000000},
                 job='Phối hợp kiểm tra đo lường tại chợ, bến cá',
                 text='Phối hợp Chi cục 2 đợt kiểm tra cân tại chợ Vũng Tàu và chợ cá Bến Đá: kiểm tra 64 hộ kinh doanh, 8 hộ dùng cân không đạt yêu cầu; đã xử phạt 6 hộ, tổng 9 triệu đồng.'),
            dict(task='II.1.a', status='completed', ind={'communications': 9},
                 job='Tuyên truyền cho tiểu thương, người dân',
                 text='Đăng 9 tin, bài trên trang Facebook và Zalo OA của phường về cân đúng, cân đủ.'),
            dict(task='II.3.a', status='not_started',
                 job='Cử công chức dự tập huấn',
                 text='Chưa cử người do lớp năm 2026 tổ chức trùng lịch tiếp dân.'),
            dict(task='II.2.đ', status='completed',
                 job='ISO hành chính',
                 text='Đã công bố lại Hệ thống quản lý chất lượng TCVN ISO 9001:2015 ngày 20/8/2026.')],
           ['Tiểu thương ở chợ cá Bến Đá thay đổi thường xuyên, khó theo dõi cân sau kiểm tra.'],
           ['Đề nghị Chi cục tổ chức kiểm định cân miễn phí tại chợ cá Bến Đá mỗi quý.'],
           'Trần Quốc Việt')


# ======================================================================
# HAND 5 — new hire: Calibri, English-locale figures ("1,350", "VND"),
# header date "20/10/2026", "No." column, "N/A" for không phát sinh,
# Word's own bullet style.
# ======================================================================
H5_STATUS = {'completed': 'Hoàn thành', 'in_progress': 'Đang thực hiện', 'not_started': 'Chưa thực hiện',
             'not_applicable': 'N/A', 'unknown': ''}


def hand5_docx(fname, unit_id, unit_name, org, number, date, items, diffs, props, signer):
    d = new_doc(font='Calibri', size=12)
    y, m, dd = date.split('-')
    header_block(d, org, f"TP. Hồ Chí Minh, {dd}/{m}/{y}", f"Số: {number}")
    para(d)
    para(d, 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026', bold=True, align='c')
    para(d, f'{unit_name} báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở như sau:', align='j')
    para(d, '1. Kết quả thực hiện', bold=True, indent=False)
    rows = []; entries = []
    for i, it in enumerate(items, 1):
        rows.append([str(i), it['name'], it['text'], H5_STATUS[it['status']]])
        entries.append(E(it['task'], it['status'], it.get('ind', {}), it['text']))
    data_table(d, ['No.', 'Nhiệm vụ', 'Kết quả', 'Trạng thái'], rows, size=11, font='Calibri', widths=[1.2, 5, 8, 2.8])
    para(d)
    para(d, '2. Khó khăn, vướng mắc', bold=True, indent=False)
    for x in diffs: para(d, x, style='List Bullet', indent=False)
    para(d, '3. Đề xuất', bold=True, indent=False)
    for x in props: para(d, x, style='List Bullet', indent=False)
    sign(d, signer[0], signer[1], ['- Chi cục TĐC;', '- Lưu.'])
    d.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, unit_id, unit_name, number, date, entries, diffs, props)))


def hand5_xlsx(fname, unit_id, unit_name, org, number, date, items, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao'
    f = Font(name='Calibri', size=11); fb = Font(name='Calibri', size=11, bold=True)
    y, m, dd = date.split('-')
    ws['A1'] = org[0]; ws['A1'].font = f
    ws['A2'] = org[1]; ws['A2'].font = fb
    ws['A3'] = f'Số: {number}'; ws['A3'].font = f
    ws['D2'] = f'TP. Hồ Chí Minh, {dd}/{m}/{y}'; ws['D2'].font = Font(name='Calibri', size=11, italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font = Font(name='Calibri', size=13, bold=True)
    hdr = ['No.', 'Nhiệm vụ', 'Kết quả', 'Trạng thái', 'Số lượng', 'Kinh phí (VND)']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = fb; c.border = BOX
    entries = []; r = 8
    for i, it in enumerate(items, 1):
        vals = [i, it['name'], it['text'], H5_STATUS[it['status']], it.get('qty', ''), it.get('money', '')]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.font = f; c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
            if j == 6 and isinstance(v, int): c.number_format = '#,##0'
        entries.append(E(it['task'], it['status'], it.get('ind', {}), it['text']))
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc').font = fb; r += 1
    for x in diffs: ws.cell(r, 2, '• ' + x).font = f; r += 1
    ws.cell(r, 1, 'Đề xuất').font = fb; r += 1
    for x in props: ws.cell(r, 2, '• ' + x).font = f; r += 1
    r += 1
    ws.cell(r, 4, signer[0]).font = fb; ws.cell(r + 4, 4, signer[1]).font = fb
    for col, w in zip('ABCDEF', [6, 34, 62, 16, 12, 18]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    REPORTS.append((fname, key(fname, unit_id, unit_name, number, date, entries, diffs, props)))


# 16. Phòng Quản lý Khoa học
hand5_docx('QLKH - Bao cao CT38.docx', 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'],
           '57/BC-QLKH', '2026-10-20',
           [dict(task='II.3.c', status='in_progress', name='Thu hút chuyên gia, nhà khoa học lĩnh vực TC-ĐL-CL',
                 text='Tiếp nhận 3 hồ sơ đề xuất chuyên gia theo Quyết định 05/2026/QĐ-UBND; đã trình UBND Thành phố 1 hồ sơ, 2 hồ sơ đang thẩm định.'),
            dict(task='II.3.b', status='completed', ind={'training_courses': 1, 'participants': 45}, name='Phối hợp khóa bồi dưỡng chuyên sâu về năng suất',
                 text='Phối hợp Chi cục tổ chức 1 khóa bồi dưỡng chuyên gia tư vấn năng suất, 45 học viên hoàn thành.'),
            dict(task='II.2.a', status='in_progress', ind={'budget_spent_vnd': 1250000000}, name='Nhiệm vụ KH&CN thuộc Chương trình 1322',
                 text='Thẩm định 4 nhiệm vụ KH&CN hỗ trợ doanh nghiệp nâng cao năng suất; đã cấp kinh phí 1,250,000,000 VND cho 2 nhiệm vụ.'),
            dict(task='II.6.b', status='not_applicable', name='Hợp tác với APO',
                 text='Chưa có yêu cầu từ Ủy ban TĐC Quốc gia.')],
           ['Tiêu chí xác định chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng chưa rõ nên khó đánh giá hồ sơ.'],
           ['Đề nghị Chi cục TĐC cử người tham gia hội đồng thẩm định hồ sơ chuyên gia.'],
           (['TRƯỞNG PHÒNG'], 'Huỳnh Bảo Ngọc'))

# 17. Phòng Chuyển đổi số
hand5_xlsx('P.CDS_bao cao CT38_2026.xlsx', 'SKHCN-CDS', 'Phòng Chuyển đổi số', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'],
           '33/BC-CĐS', '2026-10-22',
           [dict(task='II.2.h', status='in_progress', name='Cải tiến Hệ thống TTHC, kết nối Cổng một cửa quốc gia',
                 text='Đã đề xuất Bộ KH&CN bổ sung 12 trường dữ liệu cho thủ tục đăng ký kiểm tra hàng nhập khẩu; đang chờ Bộ cập nhật phiên bản mới.', qty='12 trường'),
            dict(task='II.2.i', status='in_progress', ind={'budget_spent_vnd': 185000000}, name='Kết nối CSDL quốc gia về TC-ĐL-CL',
                 text='Phối hợp Trung tâm CNTT và Địa không gian xây dựng API; đã chi 185,000,000 VND thuê dịch vụ tích hợp.', money=185000000),
            dict(task='II.2.đ', status='completed', name='ISO điện tử tại Sở',
                 text='Chuyển toàn bộ hồ sơ ISO lên phần mềm ISO điện tử của Sở.'),
            dict(task='II.3.a', status='completed', ind={'participants': 2}, name='Cử công chức tập huấn',
                 text='2 công chức của Phòng dự tập huấn nghiệp vụ TC-ĐL-CL.', qty=2)],
           ['Hệ thống của Bộ chưa mở API chính thức, phải kết nối qua file trung gian.'],
           ['Đề nghị Chi cục phối hợp đề nghị Bộ KH&CN sớm công bố API kết nối chính thức.'],
           ('TRƯỞNG PHÒNG', 'Võ Đăng Khoa'))

# 18. Sở Giáo dục và Đào tạo
hand5_xlsx('SGDDT - CT38 - 2026.xlsx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
           '6204/BC-SGDĐT', '2026-11-13',
           [dict(task='II.3.d', status='completed', ind={'training_courses': 2, 'participants': 1350}, name='Bồi dưỡng kiến thức TC-ĐL-CL cho học sinh, sinh viên',
                 text='Phối hợp Chi cục tổ chức 2 buổi ngoại khóa về mã số mã vạch, truy xuất nguồn gốc tại các trường trung cấp, 1,350 lượt học sinh, sinh viên tham dự.', qty=1350),
            dict(task='II.1.a', status='completed', ind={'communications': 5}, name='Tuyên truyền',
                 text='Đăng 5 tin, bài trên Cổng thông tin của Sở về Ngày Tiêu chuẩn thế giới 14/10.', qty=5),
            dict(task='II.2.đ', status='in_progress', name='ISO tại cơ quan Sở',
                 text='Đang cập nhật quy trình ISO theo TTHC mới được công bố năm 2026.'),
            dict(task='II.5.a', status='not_applicable', name='Kiểm tra chất lượng',
                 text='Sở không chủ trì kiểm tra chất lượng sản phẩm, hàng hóa trong kỳ.')],
           ['Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên chỉ tổ chức được ngoại khóa.'],
           ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu ngoại khóa phù hợp với học sinh trung cấp.'],
           ('KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Đinh Thị Phương Thảo'))


# ---------------------------------------------------------------- LibreOffice re-save
def resave(fname, ext):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.basename(src))
    shutil.move(out, src)
    shutil.rmtree(tmp, ignore_errors=True)


resave('SNNMT_Bieu tong hop CT38.xlsx', 'xlsx')
resave('Xa Chau Pha_BC CT38.docx', 'docx')

for fname, k in REPORTS:
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(REPORTS), 'files')
