# -*- coding: utf-8 -*-
"""Generator for set260. Writes the report files and the truth keys (sha256 filled by finalize.py)."""
import json, os, unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

# ---------------------------------------------------------------- helpers
DIG = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

def _three(n, full):
    h, t, u = n // 100, (n // 10) % 10, n % 10
    out = []
    if full or h:
        out += [DIG[h], 'trăm']
    if t == 0:
        if u and (full or h):
            out.append('linh')
    elif t == 1:
        out.append('mười')
    else:
        out += [DIG[t], 'mươi']
    if u:
        if u == 1 and t > 1:
            out.append('mốt')
        elif u == 5 and t > 0:
            out.append('lăm')
        else:
            out.append(DIG[u])
    return out

def words(n):
    groups = []
    while n:
        groups.append(n % 1000); n //= 1000
    names = ['', 'nghìn', 'triệu', 'tỷ']
    out = []
    top = len(groups) - 1
    for i in range(top, -1, -1):
        g = groups[i]
        if g == 0:
            continue
        out += _three(g, i != top)
        if names[i]:
            out.append(names[i])
    s = ' '.join(out) + ' đồng'
    return s[0].upper() + s[1:]

def dots(n):
    return f"{n:,}".replace(',', '.')

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [{'task': e['task'], 'status': e['status'], 'indicators': e.get('ind', {}), 'text': e['text']} for e in entries],
        'findings': [], 'difficulties': diffs, 'proposals': props,
    }

def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)

def para(doc, text='', bold=False, italic=False, align=None, size=None, indent=None, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(p, parts):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi'"""
    for t, s in parts:
        r = p.add_run(t); r.bold = 'b' in s; r.italic = 'i' in s
    return p

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{e}'); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)

def cell_text(cell, lines, bold=False, italic=False, align='c', size=None):
    cell.text = ''
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        if isinstance(ln, tuple):
            t, st = ln
        else:
            t, st = ln, ('b' if bold else '') + ('i' if italic else '')
        r = p.add_run(t); r.bold = 'b' in st; r.italic = 'i' in st
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

def header_table(doc, left, right, size=12):
    """left/right: list of (text, style)"""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), left, size=size)
    cell_text(t.cell(0, 1), right, size=size)
    set_widths(t, [6.5, 9.5])
    return t


def set_widths(tbl, widths_cm):
    tbl.autofit = False
    grid_el = tbl._tbl.tblGrid
    for gc, w in zip(grid_el.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in tbl.rows:
        tcs = row._tr.findall(qn('w:tc'))
        i = 0
        for tc in tcs:
            span = tc.tcPr.find(qn('w:gridSpan')) if tc.tcPr is not None else None
            n = int(span.get(qn('w:val'))) if span is not None else 1
            w = sum(widths_cm[i:i + n]); i += n
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn('w:tcW'))
            if tcW is None:
                tcW = OxmlElement('w:tcW'); tcPr.insert(0, tcW)
            tcW.set(qn('w:w'), str(int(w * 567))); tcW.set(qn('w:type'), 'dxa')

def grid(tbl):
    tbl.style = 'Table Grid'

QH = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'), ('______________________', '')]
KH = 'Kế hoạch số 1127/KH-SKHCN ngày 16 tháng 3 năm 2026 của Sở Khoa học và Công nghệ'

# ================================================================ HAND 1 — Thu Hà (department clerk, DOCX)
def h1_report(fname, unit_id, unit_upper, unit_name, short, number, date_iso, date_text, sign_title, signer,
              intro, items, diffs, props, noi_nhan, trich_yeu=None, mistaken=None):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, [('ỦY BAN NHÂN DÂN', ''), ('THÀNH PHỐ HỒ CHÍ MINH', ''), (unit_upper, 'b'), ('_________', ''),
                       (f'Số: {number}', '')],
                 QH + [(date_text, 'i')])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, trich_yeu or ('Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư '
                            'về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026'), bold=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).' if not mistaken else
         'Kính gửi: Sở Khoa học và Công nghệ.', align='c')
    para(doc, intro, align='j', indent=1)
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for it in items:
        p = para(doc, align='j', indent=1)
        runs(p, it)
    if diffs:
        para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        for i, d in enumerate(diffs):
            para(doc, f'{"abcdef"[i]}) {d}', align='j', indent=1)
    if props:
        para(doc, ('III.' if diffs else 'II.') + ' ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
        for i, d in enumerate(props):
            para(doc, f'{"abcdef"[i]}) {d}', align='j', indent=1)
    para(doc, f'Trên đây là báo cáo của {short}./.', align='j', indent=1)
    t = doc.add_table(rows=1, cols=2); no_borders(t); set_widths(t, [7.0, 9.0])
    cell_text(t.cell(0, 0), [('Nơi nhận:', 'bi')] + [(x, '') for x in noi_nhan], align='l', size=11)
    cell_text(t.cell(0, 1), [(x, 'b') for x in sign_title] + [('', ''), ('', ''), ('', ''), (signer, 'b')])
    doc.save(os.path.join(OUT, fname))

def italic_task(opening, plan_words, rest):
    return [(opening, ''), (plan_words, 'i'), (rest, '')]

# --- file 1: Sở Công Thương
def f01():
    fn = 'SCT_bao-cao-CT38-nam-2026.docx'
    e = [
        dict(task='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 260, 'communications': 5},
             parts=italic_task('- Thực hiện nội dung ', 'tập huấn, phổ biến văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp',
                               ', Sở đã lồng ghép vào 02 hội nghị phổ biến pháp luật thương mại do Phòng Quản lý Thương mại tổ chức trong tháng 4 và tháng 8/2026, với 260 lượt đại diện doanh nghiệp, hộ kinh doanh tham dự; đồng thời đăng 05 tin, bài trên Cổng thông tin điện tử của Sở. Đến tháng 10/2026, nội dung này đã hoàn thành.')),
        dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 18},
             parts=italic_task('- Thực hiện nội dung ', 'triển khai, áp dụng hệ thống truy xuất nguồn gốc (Đề án 100)',
                               ', Sở phối hợp các hệ thống phân phối, siêu thị hướng dẫn 18 doanh nghiệp sản xuất, phân phối hàng tiêu dùng áp dụng mã truy xuất nguồn gốc trên sản phẩm. Đến tháng 10/2026, nội dung này đang tiếp tục thực hiện.')),
        dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3},
             parts=italic_task('- Thực hiện nội dung ', 'góp ý dự thảo quy chuẩn kỹ thuật quốc gia do các Bộ quản lý ngành ban hành',
                               ', Sở đã có ý kiến góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia (về xăng dầu, khí dầu mỏ hóa lỏng và an toàn điện) theo đề nghị của Bộ Công Thương. Đến tháng 10/2026, nội dung này đã hoàn thành.')),
        dict(task='II.5.a', status='in_progress', ind={'inspections': 6, 'establishments_inspected': 41, 'violations': 5, 'fines_vnd': 87500000},
             parts=italic_task('- Thực hiện nội dung ', 'phối hợp kiểm tra về đo lường, chất lượng hàng hóa lưu thông trên thị trường',
                               f', Sở đã cử cán bộ Phòng Quản lý Năng lượng phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường, chất lượng xăng dầu: 06 cuộc kiểm tra tại 41 cửa hàng xăng dầu, phát hiện 05 cửa hàng vi phạm, xử phạt vi phạm hành chính số tiền {dots(87500000)} đồng ({words(87500000)}). Đến tháng 10/2026, nội dung này đang tiếp tục thực hiện theo kế hoạch kiểm tra cuối năm.')),
        dict(task='II.3.a', status='completed', ind={'participants': 4},
             parts=italic_task('- Thực hiện nội dung ', 'tập huấn, cập nhật kiến thức nghiệp vụ cho công chức các Sở, ngành',
                               ', Sở đã cử 04 công chức tham dự lớp tập huấn nghiệp vụ về đo lường, chất lượng do Chi cục tổ chức ngày 21/5/2026. Đến tháng 10/2026, nội dung này đã hoàn thành.')),
    ]
    for x in e: x['text'] = ''.join(t for t, s in x['parts'])
    diffs = ['Lực lượng cán bộ theo dõi lĩnh vực đo lường, chất lượng của Sở còn mỏng, chủ yếu kiêm nhiệm; việc phối hợp kiểm tra phải bố trí xen kẽ với nhiệm vụ chuyên môn.',
             'Một số doanh nghiệp phân phối nhỏ lẻ chưa quan tâm áp dụng truy xuất nguồn gốc do chi phí in mã, cập nhật dữ liệu còn cao.']
    props = ['Đề nghị Sở Khoa học và Công nghệ thông báo sớm kế hoạch kiểm tra năm 2027 để Sở chủ động bố trí lực lượng phối hợp.',
             'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu hướng dẫn về truy xuất nguồn gốc để Sở phổ biến tới doanh nghiệp.']
    h1_report(fn, 'SO-CT', 'SỞ CÔNG THƯƠNG', 'Sở Công Thương', 'Sở Công Thương', '612/BC-SCT', '2026-11-06',
              'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lê Minh Tâm',
              f'Thực hiện {KH} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả thực hiện các nội dung có liên quan (số liệu từ ngày 01/01/2026 đến ngày 31/10/2026) như sau:',
              [x['parts'] for x in e], diffs, props, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLTM. Hà.'])
    key(fn, 'SO-CT', 'Sở Công Thương', '612/BC-SCT', '2026-11-06', e, diffs, props)

# --- file 2: Sở Xây dựng
def f02():
    fn = 'SXD - BC thuc hien KH 38 (2026).docx'
    e = [
        dict(task='II.2.e', status='completed', ind={'standards_reviewed': 4},
             parts=italic_task('- Thực hiện nội dung ', 'góp ý tiêu chuẩn, quy chuẩn kỹ thuật quốc gia',
                               ', Sở đã tổ chức lấy ý kiến các hội nghề nghiệp và góp ý 04 dự thảo tiêu chuẩn, quy chuẩn kỹ thuật trong lĩnh vực vật liệu xây dựng gửi Bộ Xây dựng. Đến tháng 10/2026, nội dung này đã hoàn thành.')),
        dict(task='II.5.a', status='in_progress', ind={'inspections': 5, 'establishments_inspected': 27, 'violations': 4, 'fines_vnd': 62000000},
             parts=italic_task('- Thực hiện nội dung ', 'kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường',
                               f', Thanh tra Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 05 cuộc kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính, gạch ốp lát) tại 27 cơ sở kinh doanh; qua kiểm tra phát hiện 04 cơ sở vi phạm về ghi nhãn và công bố hợp quy, đã xử phạt {dots(62000000)} đồng ({words(62000000)}). Đến tháng 10/2026, nội dung này đang tiếp tục thực hiện.')),
        dict(task='II.5.b', status='in_progress', ind={'samples_tested': 36},
             parts=italic_task('- Thực hiện nội dung ', 'khảo sát chất lượng sản phẩm, hàng hóa',
                               ', Sở đã lấy 36 mẫu vật liệu xây dựng gửi thử nghiệm; kết quả có 03 mẫu không phù hợp quy chuẩn, Sở đã thông tin tới cơ quan chức năng. Đến tháng 10/2026, nội dung này đang thực hiện đợt 2.')),
        dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 9},
             parts=italic_task('- Thực hiện nội dung ', 'hướng dẫn doanh nghiệp công bố hợp quy sản phẩm theo quy chuẩn kỹ thuật quốc gia',
                               ', Sở đã tiếp nhận hồ sơ và hướng dẫn 09 doanh nghiệp sản xuất vật liệu xây dựng thực hiện công bố hợp quy theo QCVN 16:2023/BXD. Đến tháng 10/2026, nội dung này vẫn đang thực hiện thường xuyên.')),
        dict(task='II.3.a', status='not_started', ind={},
             parts=italic_task('- Thực hiện nội dung ', 'cử cán bộ tham gia tập huấn chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng',
                               ', trong năm Sở chưa nhận được thông báo chiêu sinh nên chưa cử cán bộ tham dự. Đến tháng 10/2026, nội dung này chưa thực hiện.')),
    ]
    for x in e: x['text'] = ''.join(t for t, s in x['parts'])
    diffs = ['Việc lấy mẫu vật liệu xây dựng để thử nghiệm phát sinh chi phí lớn, trong khi dự toán năm 2026 của Sở không bố trí riêng cho nội dung này.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí thử nghiệm mẫu vật liệu xây dựng trong các đợt kiểm tra phối hợp.',
             'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng mời Sở Xây dựng tham dự các lớp tập huấn nghiệp vụ năm 2027.']
    h1_report(fn, 'SO-XD', 'SỞ XÂY DỰNG', 'Sở Xây dựng', 'Sở Xây dựng', '9034/BC-SXD', '2026-11-10',
              'Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Phạm Quốc Hưng',
              f'Căn cứ {KH}; Sở Xây dựng báo cáo kết quả thực hiện các nội dung Sở được giao phối hợp năm 2026 như sau:',
              [x['parts'] for x in e], diffs, props, ['- Như trên;', '- GĐ Sở (để b/c);', '- Lưu: VT, VLXD.'])
    key(fn, 'SO-XD', 'Sở Xây dựng', '9034/BC-SXD', '2026-11-10', e, diffs, props)

# --- file 3: Sở NN&MT
def f03():
    fn = 'SNNMT_BC_KH38_T11.docx'
    e = [
        dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 35, 'budget_spent_vnd': 420000000},
             parts=italic_task('- Thực hiện nội dung ', 'triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc',
                               f', Sở đã hỗ trợ 35 hợp tác xã, doanh nghiệp nông nghiệp cấp mã số vùng trồng và áp dụng truy xuất nguồn gốc nông sản; kinh phí đã giải ngân {dots(420000000)} đồng ({words(420000000)}). Đến tháng 10/2026, nội dung này đang tiếp tục thực hiện.')),
        dict(task='II.5.b', status='completed', ind={'samples_tested': 148},
             parts=italic_task('- Thực hiện nội dung ', 'khảo sát chất lượng sản phẩm, hàng hóa',
                               ', Chi cục Trồng trọt và Bảo vệ thực vật đã lấy 148 mẫu phân bón, thuốc bảo vệ thực vật lưu thông trên địa bàn để phân tích chất lượng. Đến tháng 10/2026, nội dung này đã hoàn thành theo kế hoạch năm.')),
        dict(task='II.5.a', status='in_progress', ind={'inspections': 7, 'establishments_inspected': 52, 'violations': 9, 'fines_vnd': 135000000},
             parts=italic_task('- Thực hiện nội dung ', 'kiểm tra chất lượng sản phẩm, hàng hóa trong sản xuất, kinh doanh',
                               f', Sở đã tổ chức 07 cuộc kiểm tra tại 52 cơ sở sản xuất, kinh doanh phân bón, thức ăn chăn nuôi; phát hiện 09 cơ sở vi phạm, xử phạt {dots(135000000)} đồng ({words(135000000)}). Đến tháng 10/2026, nội dung này đang tiếp tục thực hiện.')),
        dict(task='II.2.e', status='in_progress', ind={'standards_reviewed': 3},
             parts=italic_task('- Thực hiện nội dung ', 'xây dựng, góp ý quy chuẩn kỹ thuật quốc gia và quy chuẩn kỹ thuật địa phương',
                               ', Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về môi trường và đang chủ trì xây dựng 01 quy chuẩn kỹ thuật địa phương về nước thải chăn nuôi (tổng cộng 03 quy chuẩn). Đến tháng 10/2026, nội dung này đang thực hiện, dự kiến trình ban hành trong Quý I/2027.')),
        dict(task='II.6.a', status='in_progress', ind={},
             parts=italic_task('- Thực hiện nội dung ', 'cập nhật các điều ước, thỏa thuận quốc tế có liên quan',
                               ', Sở thường xuyên cập nhật các quy định về kiểm dịch, an toàn thực phẩm của các thị trường nhập khẩu nông sản và thông tin tới doanh nghiệp. Đến tháng 10/2026, nội dung này đang tiếp tục thực hiện.')),
    ]
    for x in e: x['text'] = ''.join(t for t, s in x['parts'])
    diffs = ['Nhiều hợp tác xã quy mô nhỏ chưa đủ điều kiện về hạ tầng số để duy trì dữ liệu truy xuất nguồn gốc sau khi được hỗ trợ.',
             'Chi phí phân tích mẫu phân bón tăng so với năm 2025 nên số mẫu lấy được chưa đạt như dự kiến ban đầu.']
    props = ['Đề nghị Sở Khoa học và Công nghệ xem xét bố trí kinh phí từ Chương trình nâng cao năng suất, chất lượng để hỗ trợ hợp tác xã duy trì hệ thống truy xuất nguồn gốc.']
    h1_report(fn, 'SO-NNMT', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường', '4418/BC-SNNMT', '2026-11-12',
              'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trần Thị Ngọc Lan',
              f'Thực hiện {KH}, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện năm 2026 (số liệu đến ngày 31/10/2026) như sau:',
              [x['parts'] for x in e], diffs, props, ['- Như trên;', '- Ban Giám đốc Sở;', '- Lưu: VT, KHTC.'])
    key(fn, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '4418/BC-SNNMT', '2026-11-12', e, diffs, props)

# --- file 4: Sở GD&ĐT (mistaken: chuyển đổi số)
def f04():
    fn = 'SGDDT_BC_2026_gui_SKHCN.docx'
    items = [
        italic_task('- Thực hiện nội dung ', 'phát triển hạ tầng số trong các cơ sở giáo dục',
                    ', ngành đã hoàn thành kết nối internet cáp quang tới 100% trường phổ thông công lập; trang bị bổ sung 1.240 máy tính cho phòng tin học. Đến tháng 10/2026, nội dung này đã hoàn thành.'),
        italic_task('- Thực hiện nội dung ', 'triển khai học bạ số và hồ sơ điện tử',
                    ', có 1.126 trường tiểu học, trung học cơ sở triển khai học bạ số; 312 trường đã ký số hồ sơ điện tử. Đến tháng 10/2026, nội dung này đang tiếp tục thực hiện.'),
        italic_task('- Thực hiện nội dung ', 'bồi dưỡng kỹ năng số cho giáo viên',
                    ', Sở đã tổ chức 14 lớp bồi dưỡng kỹ năng số với 2.850 lượt giáo viên, cán bộ quản lý tham dự. Đến tháng 10/2026, nội dung này đã hoàn thành.'),
        italic_task('- Thực hiện nội dung ', 'bảo đảm an toàn thông tin mạng',
                    ', Sở đã rà soát, phân loại cấp độ 27 hệ thống thông tin của ngành. Đến tháng 10/2026, nội dung này đang thực hiện.'),
    ]
    diffs = ['Nhiều trường ở khu vực ngoại thành thiếu thiết bị ký số và nhân lực phụ trách công nghệ thông tin.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ nền tảng dùng chung cho hồ sơ điện tử ngành giáo dục.']
    h1_report(fn, 'SO-GDDT', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', '5521/BC-SGDĐT', '2026-11-04',
              'Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Bảo Quốc',
              'Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 về chuyển đổi số giai đoạn 2025 – 2026 và đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện chuyển đổi số của ngành giáo dục năm 2026 như sau:',
              items, diffs, props, ['- Như trên;', '- Lưu: VT, CNTT.'],
              trich_yeu='Kết quả thực hiện chuyển đổi số ngành Giáo dục và Đào tạo năm 2026', mistaken=True)
    key(fn, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '5521/BC-SGDĐT', '2026-11-04', [], [], [], status='rejected',
        reason='Báo cáo về chuyển đổi số ngành giáo dục, không phải báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.')

# ================================================================ HAND 2 — Khoa (Sở's units, Excel one row per task, figure columns)
THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
H2COLS = ['STT', 'Mã KH', 'Việc', 'Diễn giải kết quả', 'Lớp', 'Lượt người', 'Tin bài', 'DN/TC', 'Cuộc KT', 'CS KT', 'VP', 'Phạt (tr.đ)', 'Mẫu', 'PTĐ', 'TC/QC', 'KP (tr.đ)', 'TT']
H2MAP = {'training_courses': 4, 'participants': 5, 'communications': 6, 'enterprises_supported': 7, 'inspections': 8,
         'establishments_inspected': 9, 'violations': 10, 'fines_vnd': 11, 'samples_tested': 12, 'instruments_verified': 13,
         'standards_reviewed': 14, 'budget_spent_vnd': 15}
H2ST = {'completed': 'Xong', 'in_progress': 'Đang', 'not_started': 'Chưa', 'not_applicable': 'KPS'}

def h2_book(fname, unit_lines, number, date_text, rows, kk, dx, signer_title, signer, sheet='BC_CT38'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = unit_lines[0]; ws['A2'] = unit_lines[1]; ws['A2'].font = Font(bold=True)
    ws['J1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['J1'].font = Font(bold=True)
    ws['J2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['J2'].font = Font(bold=True)
    ws['A3'] = f'Số: {number}'
    ws['J3'] = date_text; ws['J3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = '(số liệu từ 01/01/2026 đến 20/10/2026; tiền: triệu đồng)'; ws['A6'].font = Font(italic=True)
    r0 = 8
    for j, h in enumerate(H2COLS):
        c = ws.cell(r0, j + 1, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    r = r0 + 1
    for i, row in enumerate(rows, 1):
        vals = [i, row['code'], row['name'], row['note']] + [None] * 13
        for k, v in row['ind'].items():
            col = H2MAP[k]
            vals[col] = (v / 1_000_000) if k in ('fines_vnd', 'budget_spent_vnd') else v
        vals[16] = H2ST[row['status']]
        for j, v in enumerate(vals):
            c = ws.cell(r, j + 1, v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=j in (2, 3))
            if j in (11, 15) and v is not None:
                c.number_format = '#,##0.0'
        r += 1
    r += 1
    for t in kk:
        ws.cell(r, 1, 'KK:').font = Font(bold=True); ws.cell(r, 3, t); r += 1
    for t in dx:
        ws.cell(r, 1, 'ĐX:').font = Font(bold=True); ws.cell(r, 3, t); r += 1
    r += 1
    ws.cell(r, 3, 'Người lập: Khoa'); ws.cell(r, 12, signer_title).font = Font(bold=True)
    ws.cell(r + 4, 12, signer).font = Font(bold=True)
    widths = [5, 8, 34, 46] + [8] * 12 + [7]
    for j, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    ws.freeze_panes = 'C9'
    wb.save(os.path.join(OUT, fname))

def h2_key(fn, uid, uname, number, date, rows, kk, dx):
    e = [dict(task=r['task'], status=r['status'], ind=r['ind'], text=f"{r['name']}: {r['note']}") for r in rows]
    key(fn, uid, uname, number, date, e, kk, dx)

def f05():
    fn = 'ChicucTDC_THKQ_CT38_2026.xlsx'
    rows = [
        dict(task='II.1.a', code='1.a', name='Tập huấn VBQPPL về TĐC cho DN + tọa đàm DN nhập khẩu', note='03 lớp tập huấn (Q1, Q2, Q3) và 01 tọa đàm DN nhập khẩu ngày 18/6', ind={'training_courses': 4, 'participants': 385, 'budget_spent_vnd': 68500000}, status='completed'),
        dict(task='II.1.b', code='1.b', name='Vận động DN tham dự Giải thưởng CLQG', note='Gửi thư mời, đăng tin trên website Chi cục, hướng dẫn hồ sơ', ind={'communications': 6, 'enterprises_supported': 27}, status='completed'),
        dict(task='II.2.a', code='2.a', name='NSCL (CT 1322, KH 36), Đề án 996, Đề án 100', note='Hỗ trợ DN áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc', ind={'enterprises_supported': 15, 'budget_spent_vnd': 112000000}, status='in_progress'),
        dict(task='II.2.b', code='2.b', name='Tổ chức xét Giải thưởng CLQG', note='Hướng dẫn 09 DN hoàn thiện hồ sơ tham dự; Hội đồng sơ tuyển đang đánh giá', ind={'enterprises_supported': 9}, status='in_progress'),
        dict(task='II.2.đ', code='2.đ', name='ISO 9001 trong cơ quan hành chính', note='Hướng dẫn duy trì, cải tiến HTQLCL cho 14 cơ quan, đơn vị', ind={'enterprises_supported': 14}, status='in_progress'),
        dict(task='II.2.e', code='2.e', name='Góp ý TCVN, QCVN; QCĐP', note='Góp ý 05 dự thảo TCVN/QCVN theo đề nghị của Ủy ban TĐC QG', ind={'standards_reviewed': 5}, status='in_progress'),
        dict(task='II.4.b', code='4.b', name='Bảo trì, hiệu chuẩn thiết bị nghiệp vụ (NĐ 135)', note='Hiệu chuẩn, kiểm định thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra', ind={'instruments_verified': 23, 'budget_spent_vnd': 45200000}, status='completed'),
        dict(task='II.5.a', code='5.a', name='Kiểm tra TĐC hàng hóa lưu thông', note='Kiểm tra xăng dầu, vàng trang sức, mũ bảo hiểm, đồ chơi trẻ em', ind={'inspections': 12, 'establishments_inspected': 96, 'violations': 14, 'fines_vnd': 186500000}, status='in_progress'),
        dict(task='II.5.b', code='5.b', name='Khảo sát chất lượng SP, HH', note='Lấy mẫu khảo sát xăng dầu, thép, đồ chơi', ind={'samples_tested': 64}, status='completed'),
        dict(task='II.6.b', code='6.b', name='Phối hợp APO nâng cao năng suất', note='Năm 2026 chưa có yêu cầu', ind={}, status='not_applicable'),
    ]
    kk = ['Số lượng công chức làm công tác kiểm tra còn ít so với số cơ sở kinh doanh trên địa bàn Thành phố sau sắp xếp.']
    dx = ['Đề nghị Sở bổ sung kinh phí mua sắm thiết bị thử nghiệm nhanh xăng dầu cho đoàn kiểm tra năm 2027.',
          'Đề nghị Sở có văn bản đôn đốc các phường, xã gửi báo cáo đúng hạn.']
    h2_book(fn, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '318/BC-TĐC',
            'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026', rows, kk, dx, 'CHI CỤC TRƯỞNG', 'Võ Thanh Sơn')
    h2_key(fn, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '318/BC-TĐC', '2026-10-30', rows, kk, dx)

def f06():
    fn = 'TT_PTTN_bao_cao_KH38.xlsx'
    rows = [
        dict(task='II.4.a', code='4.a', name='Đầu tư CSVC, thiết bị thử nghiệm, đo lường', note='Mua sắm 02 hệ thống sắc ký, 01 chuẩn khối lượng; đang lắp đặt', ind={'budget_spent_vnd': 2350000000}, status='in_progress'),
        dict(task='II.2.g', code='2.g', name='Mở rộng dịch vụ kỹ thuật TĐC', note='Mở rộng 12 phép thử lĩnh vực thực phẩm, điện – điện tử được công nhận ISO/IEC 17025', ind={}, status='completed'),
        dict(task='II.4.c', code='4.c', name='Duy trì chuẩn đo lường, liên kết chuẩn', note='Hiệu chuẩn liên kết chuẩn chính lên chuẩn quốc gia', ind={'instruments_verified': 18}, status='in_progress'),
        dict(task='II.3.d', code='3.d', name='Đào tạo sinh viên, viên chức về TĐC', note='Phối hợp 02 trường cao đẳng, 01 trường đại học', ind={'training_courses': 3, 'participants': 142}, status='completed'),
        dict(task='II.5.b', code='5.b', name='Thử nghiệm mẫu khảo sát cho Chi cục', note='Thử nghiệm mẫu khảo sát chất lượng theo hợp đồng với Chi cục', ind={'samples_tested': 58}, status='completed'),
    ]
    kk = ['Thủ tục mua sắm thiết bị kéo dài, gói thầu thiết bị sắc ký phải đấu thầu lại lần 2.']
    dx = ['Đề nghị Sở sớm phê duyệt điều chỉnh dự toán mua sắm để Trung tâm hoàn thành lắp đặt trong Quý I/2027.']
    h2_book(fn, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM'], '205/BC-TTPTTN',
            'TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026', rows, kk, dx, 'GIÁM ĐỐC', 'Đặng Hữu Phước', sheet='KH38')
    h2_key(fn, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '205/BC-TTPTTN', '2026-10-28', rows, kk, dx)

def f07():
    fn = 'P.KTPC - KH38 - 10thang.xlsx'
    rows = [
        dict(task='II.5.a', code='5.a', name='Phối hợp Chi cục kiểm tra TĐC', note='Tham gia đoàn kiểm tra liên ngành xăng dầu, vàng trang sức', ind={'inspections': 5, 'establishments_inspected': 38, 'violations': 6, 'fines_vnd': 74000000}, status='in_progress'),
        dict(task='II.5.d', code='5.d', name='Bảo vệ người tố giác, xử lý tiêu cực', note='Không tiếp nhận đơn tố giác', ind={}, status='not_applicable'),
        dict(task='II.2.c', code='2.c', name='Góp ý luật, VBQPPL về TĐC', note='Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng SP, HH (sửa đổi)', ind={}, status='completed'),
        dict(task='II.4.b', code='4.b', name='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ', note='Chờ Chi cục gửi danh mục', ind={}, status='not_started'),
        dict(task='II.5.c', code='5.c', name='Hướng dẫn phường, xã nội dung phân quyền', note='Trả lời vướng mắc về thẩm quyền xử phạt cho các phường, xã', ind={}, status='in_progress'),
    ]
    kk = []
    dx = ['Đề nghị Chi cục gửi danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ trước ngày 15/11/2026 để Phòng rà soát.']
    h2_book(fn, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'], '47/BC-KTPC',
            'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026', rows, kk, dx, 'TRƯỞNG PHÒNG', 'Hồ Ngọc Trâm')
    h2_key(fn, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '47/BC-KTPC', '2026-10-27', rows, kk, dx)

def f08():
    fn = 'QLKH_KH38.xlsx'
    rows = [
        dict(task='II.3.c', code='3.c', name='Thu hút chuyên gia TĐC (NQ 27/2023, QĐ 05/2026)', note='Đang thẩm định hồ sơ 02 chuyên gia đo lường', ind={}, status='in_progress'),
        dict(task='II.3.a', code='3.a', name='Cử CB dự tập huấn TĐC', note='Cử công chức dự lớp do Chi cục tổ chức', ind={'participants': 3}, status='completed'),
        dict(task='II.2.a', code='2.a', name='Nhiệm vụ KH&CN về năng suất, chất lượng', note='02 nhiệm vụ KH&CN đang thực hiện, đã cấp kinh phí đợt 1', ind={'budget_spent_vnd': 850000000}, status='in_progress'),
    ]
    kk = ['Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia trong lĩnh vực đo lường.']
    dx = []
    h2_book(fn, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'], '112/BC-QLKH',
            'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026', rows, kk, dx, 'TRƯỞNG PHÒNG', 'Lâm Quang Vinh')
    h2_key(fn, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '112/BC-QLKH', '2026-10-29', rows, kk, dx)

# ================================================================ HAND 3 — Lâm (ward officer, DOCX table with group rows and spoken "Đánh giá")
H3ST = {'completed': 'Xong rồi', 'in_progress': 'Còn làm tiếp', 'not_started': 'Chưa làm', 'not_applicable': 'Không có phát sinh'}

def h3_report(fname, ward_upper, ward_name, number, date_text, groups, diffs, props, signer, nfd=False):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, [('ỦY BAN NHÂN DÂN', 'b'), (ward_upper, 'b'), ('_______', ''), (f'Số: {number}', '')],
                 QH + [(date_text, 'i')])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, 'Kết quả thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường', bold=True, align='c')
    para(doc, f'Thực hiện {KH}, Ủy ban nhân dân {ward_name} báo cáo kết quả thực hiện như sau:', align='j', indent=1)
    para(doc, '1. Kết quả thực hiện', bold=True)
    t = doc.add_table(rows=1, cols=4); grid(t)
    for j, h in enumerate(['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Đánh giá']):
        cell_text(t.cell(0, j), [h], bold=True)
    roman = ['I', 'II', 'III', 'IV']
    for gi, (gname, items) in enumerate(groups):
        row = t.add_row().cells
        cell_text(row[0], [roman[gi]], bold=True)
        m = row[1].merge(row[3]); cell_text(m, [gname], bold=True, align='l')
        for ii, it in enumerate(items, 1):
            row = t.add_row().cells
            cell_text(row[0], [str(ii)])
            cell_text(row[1], [it['name']], align='l')
            cell_text(row[2], [it['text']], align='j')
            cell_text(row[3], [H3ST[it['status']]])
    set_widths(t, [1.2, 4.6, 8.0, 2.6])
    if diffs:
        para(doc, '2. Khó khăn', bold=True)
        for d in diffs: para(doc, f'- {d}', align='j', indent=1)
    if props:
        para(doc, '3. Kiến nghị', bold=True)
        for d in props: para(doc, f'- {d}', align='j', indent=1)
    t = doc.add_table(rows=1, cols=2); no_borders(t); set_widths(t, [7.0, 9.0])
    cell_text(t.cell(0, 0), [('Nơi nhận:', 'bi'), ('- Sở KH&CN (Chi cục TĐC);', ''), ('- TT. Đảng ủy, TT. HĐND phường;', ''), ('- Lưu: VT, KT.', '')], align='l', size=11)
    cell_text(t.cell(0, 1), [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'), ('', ''), ('', ''), (signer, 'b')])
    path = os.path.join(OUT, fname)
    doc.save(path)

def h3_entries(groups):
    out = []
    for g, items in groups:
        for it in items:
            out.append(dict(task=it['task'], status=it['status'], ind=it.get('ind', {}), text=it['text']))
    return out

def f09():
    fn = 'BC CT38 - Phuong Ben Thanh.docx'
    groups = [
        ('Tuyên truyền, phổ biến', [
            dict(task='II.1.a', status='completed', name='Phổ biến quy định về đo lường, ghi nhãn hàng hóa cho tiểu thương', ind={'training_courses': 2, 'participants': 150, 'communications': 4},
                 text='Phối hợp Ban quản lý chợ Bến Thành tổ chức 02 hội nghị phổ biến cho 150 lượt tiểu thương; đăng 04 tin, bài trên trang thông tin điện tử phường.'),
        ]),
        ('Kiểm tra, giám sát', [
            dict(task='II.5.c', status='in_progress', name='Kiểm tra đo lường tại chợ, cân đối chứng', ind={'inspections': 3, 'establishments_inspected': 46, 'violations': 3, 'fines_vnd': 7500000},
                 text='Tổ kiểm tra liên ngành phường thực hiện 03 cuộc kiểm tra cân tại chợ Bến Thành, chợ Thái Bình; kiểm tra 46 hộ kinh doanh, phát hiện 03 hộ dùng cân sai số, xử phạt 7.500.000 đồng. Duy trì 02 điểm cân đối chứng.'),
            dict(task='II.5.d', status='not_applicable', name='Tiếp nhận, xử lý phản ánh, tố giác vi phạm', ind={},
                 text='Trong kỳ không tiếp nhận phản ánh, tố giác về đo lường, chất lượng.'),
        ]),
        ('Cán bộ, công chức', [
            dict(task='II.3.a', status='completed', name='Cử công chức dự tập huấn nghiệp vụ TĐC', ind={'participants': 2},
                 text='Cử 02 công chức (Phòng Kinh tế) dự lớp tập huấn của Chi cục TĐC ngày 21/5/2026.'),
        ]),
    ]
    diffs = ['Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.']
    props = ['Đề nghị Chi cục TĐC hỗ trợ phường kiểm định 02 cân đối chứng tại chợ Bến Thành và chợ Thái Bình.']
    h3_report(fn, 'PHƯỜNG BẾN THÀNH', 'phường Bến Thành', '287/BC-UBND', 'Bến Thành, ngày 09 tháng 11 năm 2026', groups, diffs, props, 'Nguyễn Văn Sang')
    key(fn, '26743', 'Phường Bến Thành', '287/BC-UBND', '2026-11-09', h3_entries(groups), diffs, props)

def f10():
    fn = 'Phuong Go Vap_bao cao KH38.docx'
    groups = [
        ('Tuyên truyền', [
            dict(task='II.1.a', status='completed', name='Hội nghị phổ biến pháp luật về TĐC', ind={'training_courses': 1, 'participants': 95, 'communications': 6},
                 text='Tổ chức 01 hội nghị phổ biến với 95 lượt hộ kinh doanh tham dự; 06 tin, bài đăng trang thông tin phường và nhóm Zalo các khu phố.'),
        ]),
        ('Hỗ trợ doanh nghiệp, hộ kinh doanh', [
            dict(task='II.2.d', status='in_progress', name='Hướng dẫn ghi nhãn, công bố chất lượng sản phẩm', ind={'enterprises_supported': 8},
                 text='Hướng dẫn 08 doanh nghiệp, hộ sản xuất nhỏ trên địa bàn thực hiện ghi nhãn và tự công bố sản phẩm.'),
        ]),
        ('Kiểm tra', [
            dict(task='II.5.c', status='in_progress', name='Phối hợp Chi cục TĐC kiểm tra xăng dầu, cân tại chợ', ind={'inspections': 2, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 3000000},
                 text='Phối hợp 02 cuộc kiểm tra tại 14 cơ sở (cửa hàng xăng dầu, sạp chợ Gò Vấp); 01 cơ sở vi phạm, phạt 3.000.000 đồng.'),
        ]),
        ('Cán bộ', [
            dict(task='II.3.a', status='not_started', name='Cử cán bộ dự tập huấn', ind={},
                 text='Năm nay phường chưa cử cán bộ dự tập huấn do trùng lịch tổ chức Đại hội khu phố.'),
        ]),
    ]
    diffs = ['Phường mới sắp xếp, địa bàn rộng, số cơ sở kinh doanh nhiều nhưng chưa có danh sách cập nhật đầy đủ.']
    props = []
    h3_report(fn, 'PHƯỜNG GÒ VẤP', 'phường Gò Vấp', '1046/BC-UBND', 'Gò Vấp, ngày 11 tháng 11 năm 2026', groups, diffs, props, 'Lê Thị Kim Thoa')
    key(fn, '26884', 'Phường Gò Vấp', '1046/BC-UBND', '2026-11-11', h3_entries(groups), diffs, props)

def f11():
    fn = 'TDM-bc-tieu-chuan-do-luong-2026.docx'
    groups = [
        ('Tuyên truyền, tập huấn', [
            dict(task='II.1.a', status='completed', name='Tập huấn quy định đo lường, chất lượng cho hộ kinh doanh', ind={'training_courses': 1, 'participants': 120},
                 text='Mở 01 lớp tập huấn tại Trung tâm Văn hóa phường với 120 lượt người tham dự (hộ kinh doanh vàng, xăng dầu, tiểu thương chợ Thủ Dầu Một).'),
        ]),
        ('Kiểm tra, xử lý', [
            dict(task='II.5.c', status='in_progress', name='Kiểm tra đo lường, chất lượng theo phân cấp', ind={'inspections': 5, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 10000000},
                 text='Thực hiện 05 cuộc kiểm tra 38 cơ sở; 04 cơ sở vi phạm, xử phạt 10.000.000 đồng; nhắc nhở các hộ còn lại.'),
            dict(task='II.5.d', status='completed', name='Xử lý phản ánh của người dân', ind={},
                 text='Tiếp nhận 01 phản ánh về cân thiếu tại chợ, đã kiểm tra, xử lý và trả lời người dân.'),
        ]),
        ('Cán bộ', [
            dict(task='II.3.a', status='completed', name='Cán bộ dự tập huấn', ind={'participants': 3},
                 text='03 lượt công chức phường dự tập huấn do Chi cục TĐC tổ chức.'),
        ]),
    ]
    diffs = ['Chưa có kinh phí mua cân đối chứng cho chợ Thủ Dầu Một.']
    props = ['Đề nghị Sở KH&CN hỗ trợ 01 cân đối chứng cho chợ Thủ Dầu Một.']
    h3_report(fn, 'PHƯỜNG THỦ DẦU MỘT', 'phường Thủ Dầu Một', '352/BC-UBND', 'Thủ Dầu Một, ngày 05 tháng 11 năm 2026', groups, diffs, props, 'Huỳnh Tấn Lợi')
    key(fn, '25747', 'Phường Thủ Dầu Một', '352/BC-UBND', '2026-11-05', h3_entries(groups), diffs, props)

# ================================================================ HAND 4 — Hiền (biểu: bold task rows, indicator rows, status in Ghi chú)
def h4_book(fname, top_left, number, place_date, title, tasks, kk, dx, signer_title, signer, sheet='BC T11'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws.merge_cells('A1:B1'); ws['A1'] = top_left[0]
    ws.merge_cells('A2:B2'); ws['A2'] = top_left[1]; ws['A2'].font = Font(bold=True)
    ws.merge_cells('C1:E1'); ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C1'].font = Font(bold=True)
    ws.merge_cells('C2:E2'); ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['C2'].font = Font(bold=True)
    if number:
        ws.merge_cells('A3:B3'); ws['A3'] = f'Số: {number}'
    ws.merge_cells('C3:E3'); ws['C3'] = place_date; ws['C3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'C1', 'C2', 'C3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:E5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[5].height = 36
    r = 7
    for j, h in enumerate(['STT', 'Nội dung', 'ĐVT', 'Số lượng', 'Ghi chú']):
        c = ws.cell(r, j + 1, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center')
    r += 1
    roman = ['I', 'II', 'III', 'IV', 'V', 'VI']
    for i, t in enumerate(tasks):
        for j, v in enumerate([roman[i], t['name'], None, None, t['note']]):
            c = ws.cell(r, j + 1, v); c.border = BOX; c.font = Font(bold=j < 2)
            c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
        for (label, unit, val) in t['rows']:
            for j, v in enumerate(['-', label, unit, val, None]):
                c = ws.cell(r, j + 1, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
                if j == 3 and isinstance(v, (int, float)): c.number_format = '#,##0'
            r += 1
    r += 1
    if kk:
        ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
        for x in kk: ws.cell(r, 2, x); r += 1
    if dx:
        ws.cell(r, 1, 'Đề xuất, kiến nghị:').font = Font(bold=True); r += 1
        for x in dx: ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 2, 'NGƯỜI LẬP BIỂU').font = Font(bold=True); ws.cell(r, 4, signer_title).font = Font(bold=True)
    ws.cell(r + 4, 2, 'Trương Thị Hiền'); ws.cell(r + 4, 4, signer).font = Font(bold=True)
    for col, w in zip('ABCDE', [6, 52, 10, 14, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

def h4_entries(tasks):
    out = []
    for t in tasks:
        figs = '; '.join(f"{l} {v} {u}" for l, u, v in t['rows'])
        txt = t['name'] + (': ' + figs if figs else '') + (f" ({t['note']})" if t['note'] else '')
        out.append(dict(task=t['task'], status=t['status'], ind=t['ind'], text=txt))
    return out

def f12():
    fn = 'Xa Cu Chi - bieu KQ CT38 nam 2026.xlsx'
    tasks = [
        dict(task='II.1.a', status='completed', name='Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng', note='Hoàn thành',
             rows=[('Hội nghị phổ biến', 'buổi', 1), ('Người tham dự', 'lượt', 80), ('Tin, bài tuyên truyền', 'tin/bài', 3)],
             ind={'training_courses': 1, 'participants': 80, 'communications': 3}),
        dict(task='II.5.c', status='in_progress', name='Kiểm tra đo lường, chất lượng tại chợ Củ Chi và các cửa hàng', note='Đang thực hiện',
             rows=[('Số cuộc kiểm tra', 'cuộc', 2), ('Cơ sở được kiểm tra', 'cơ sở', 19), ('Cơ sở vi phạm', 'cơ sở', 2), ('Tiền phạt', 'đồng', 5000000)],
             ind={'inspections': 2, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 5000000}),
        dict(task='II.2.a', status='in_progress', name='Hỗ trợ hợp tác xã áp dụng truy xuất nguồn gốc nông sản (Đề án 100)', note='Đang thực hiện',
             rows=[('Hợp tác xã được hỗ trợ', 'HTX', 4)], ind={'enterprises_supported': 4}),
        dict(task='II.3.a', status='completed', name='Cán bộ xã dự tập huấn nghiệp vụ', note='Hoàn thành',
             rows=[('Công chức tham dự', 'lượt', 2)], ind={'participants': 2}),
        dict(task='II.5.d', status='not_applicable', name='Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng', note='Không phát sinh',
             rows=[], ind={}),
    ]
    kk = ['Xã chưa có cán bộ chuyên trách, công chức kinh tế kiêm nhiệm nhiều việc.']
    dx = ['Đề nghị Chi cục tổ chức tập huấn trực tiếp tại xã cho hộ kinh doanh ở chợ.']
    h4_book(fn, ['ỦY BAN NHÂN DÂN', 'XÃ CỦ CHI'], '214/BC-UBND', 'Củ Chi, ngày 07 tháng 11 năm 2026',
            'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', tasks, kk, dx,
            'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Thành Công')
    key(fn, '27553', 'Xã Củ Chi', '214/BC-UBND', '2026-11-07', h4_entries(tasks), kk, dx)

def f13():
    fn = 'XaBinhChanh_Bieu_BC_2026.xlsx'
    tasks = [
        dict(name='Rà soát hộ nghèo, hộ cận nghèo năm 2026', note='Hoàn thành', rows=[('Hộ nghèo', 'hộ', 37), ('Hộ cận nghèo', 'hộ', 112)]),
        dict(name='Hỗ trợ vay vốn Ngân hàng Chính sách xã hội', note='Đang thực hiện', rows=[('Lượt hộ được vay', 'lượt', 64), ('Số tiền giải ngân', 'đồng', 3150000000)]),
        dict(name='Đào tạo nghề cho lao động thuộc hộ nghèo', note='Đang thực hiện', rows=[('Lớp dạy nghề', 'lớp', 3), ('Học viên', 'người', 75)]),
        dict(name='Hỗ trợ bảo hiểm y tế cho hộ cận nghèo', note='Hoàn thành', rows=[('Thẻ BHYT cấp mới', 'thẻ', 298)]),
    ]
    h4_book(fn, ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH CHÁNH'], '301/BC-UBND', 'Bình Chánh, ngày 06 tháng 11 năm 2026',
            'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026', tasks,
            ['Một số hộ thoát nghèo nhưng thu nhập chưa ổn định, nguy cơ tái nghèo cao.'], ['Đề nghị bổ sung vốn vay giải quyết việc làm.'],
            'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Phan Văn Đức')
    key(fn, '27637', 'Xã Bình Chánh', '301/BC-UBND', '2026-11-06', [], [], [], status='rejected',
        reason='Biểu kết quả chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.')

def f14():
    fn = 'SoDuLich_KH38_bieu.xlsx'
    tasks = [
        dict(task='II.1.a', status='completed', name='Phổ biến tiêu chuẩn, quy định chất lượng cho doanh nghiệp du lịch', note='Hoàn thành',
             rows=[('Hội nghị', 'hội nghị', 1), ('Đại biểu tham dự', 'lượt', 140)], ind={'training_courses': 1, 'participants': 140}),
        dict(task='II.2.d', status='in_progress', name='Hướng dẫn cơ sở lưu trú áp dụng TCVN 4391:2015 và tiêu chuẩn cơ sở', note='Đang thực hiện',
             rows=[('Doanh nghiệp được hướng dẫn', 'DN', 22)], ind={'enterprises_supported': 22}),
        dict(task='II.2.đ', status='completed', name='Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Sở', note='Hoàn thành (đã công bố lại ngày 15/7/2026)',
             rows=[], ind={}),
        dict(task='II.3.a', status='completed', name='Cử công chức dự tập huấn TĐC', note='Hoàn thành',
             rows=[('Công chức tham dự', 'người', 5)], ind={'participants': 5}),
    ]
    kk = []
    dx = ['Đề nghị Chi cục TĐC phối hợp biên soạn tài liệu hướng dẫn áp dụng tiêu chuẩn cho cơ sở lưu trú du lịch.']
    h4_book(fn, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ DU LỊCH'], '1893/BC-SDL', 'TP. Hồ Chí Minh, ngày 13 tháng 11 năm 2026',
            'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (PHẦN SỞ DU LỊCH)', tasks, kk, dx,
            'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Bùi Thị Mỹ Hạnh', sheet='Bieu')
    key(fn, 'SO-DL', 'Sở Du lịch', '1893/BC-SDL', '2026-11-13', h4_entries(tasks), kk, dx)

# ================================================================ HAND 5 — Phúc (sections by the Sở's functions, "+" lines, bracket tag "(KH CT38 mục 5a: …)")
H5ST = {'completed': 'đã hoàn thành', 'in_progress': 'đang thực hiện', 'not_started': 'chưa thực hiện', 'not_applicable': 'không phát sinh'}

def h5_report(fname, left, number, date_text, title, intro, sections, diffs, props, signer_title, signer, noi_nhan):
    doc = Document(); set_font(doc, size=14)
    header_table(doc, left + [('', ''), (f'Số: {number}', '')], QH + [(date_text, 'i')], size=12)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, title, bold=True, align='c')
    para(doc, intro, align='j', indent=1.27)
    para(doc, 'I. KẾT QUẢ TRIỂN KHAI', bold=True)
    for si, (sname, acts, tags) in enumerate(sections, 1):
        para(doc, f'{si}. {sname}', bold=True)
        for a in acts:
            para(doc, f'+ {a}', align='j', indent=1.27)
        p = para(doc, align='r')
        runs(p, [('(' + '; '.join(f'KH CT38 mục {code}: {H5ST[st]}' for code, st in tags) + ')', 'i')])
    para(doc, 'II. TỒN TẠI, VƯỚNG MẮC VÀ KIẾN NGHỊ', bold=True)
    para(doc, '1. Tồn tại, vướng mắc', bold=True)
    for d in diffs: para(doc, f'+ {d}', align='j', indent=1.27)
    if not diffs: para(doc, '+ Không có.', align='j', indent=1.27)
    para(doc, '2. Kiến nghị', bold=True)
    for d in props: para(doc, f'+ {d}', align='j', indent=1.27)
    t = doc.add_table(rows=1, cols=2); no_borders(t); set_widths(t, [7.0, 9.0])
    cell_text(t.cell(0, 0), [('Nơi nhận:', 'bi')] + [(x, '') for x in noi_nhan], align='l', size=11)
    cell_text(t.cell(0, 1), [(x, 'b') for x in signer_title] + [('', ''), ('', ''), (signer, 'b')])
    doc.save(os.path.join(OUT, fname))

def f15():
    fn = 'SYT_BC_ket_qua_CT38.docx'
    sec = [
        ('Công tác thông tin, phổ biến',
         ['Phối hợp Chi cục TĐC tổ chức 02 lớp phổ biến quy định về quản lý phương tiện đo nhóm 2 trong khám, chữa bệnh cho 210 lượt cán bộ các cơ sở y tế tư nhân.'],
         [('1a', 'completed')]),
        ('Công tác kiểm tra',
         ['Thanh tra Sở tổ chức 04 cuộc kiểm tra việc kiểm định phương tiện đo (huyết áp kế, cân y tế, nhiệt kế) tại 33 cơ sở khám, chữa bệnh.',
          'Phát hiện 05 cơ sở vi phạm (17 phương tiện đo quá hạn kiểm định), xử phạt vi phạm hành chính 21.000.000 đồng.'],
         [('5a', 'in_progress')]),
        ('Công tác xây dựng, góp ý văn bản',
         ['Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.',
          'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; đã đánh giá nội bộ và công bố lại phạm vi áp dụng.'],
         [('2e', 'completed'), ('2đ', 'completed')]),
    ]
    e = [
        dict(task='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 210}, text=sec[0][1][0]),
        dict(task='II.5.a', status='in_progress', ind={'inspections': 4, 'establishments_inspected': 33, 'violations': 5, 'fines_vnd': 21000000}, text=' '.join(sec[1][1])),
        dict(task='II.2.e', status='completed', ind={'standards_reviewed': 2}, text=sec[2][1][0]),
        dict(task='II.2.đ', status='completed', ind={}, text=sec[2][1][1]),
    ]
    diffs = ['Nhiều cơ sở y tế tư nhân chưa nắm quy định về chu kỳ kiểm định phương tiện đo nhóm 2.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chỉ đạo các tổ chức kiểm định công bố danh sách, giá dịch vụ kiểm định phương tiện đo y tế để cơ sở thuận tiện liên hệ.']
    h5_report(fn, [('SỞ Y TẾ', 'b'), ('TP. HỒ CHÍ MINH', 'b')], '7710/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026',
              'Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
              f'Căn cứ {KH}, Sở Y tế báo cáo kết quả phối hợp thực hiện trong lĩnh vực y tế như sau:', sec, diffs, props,
              ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Hoài Nam', ['- Như trên;', '- Lưu: VT, TTra.'])
    key(fn, 'SO-YT', 'Sở Y tế', '7710/BC-SYT', '2026-11-13', e, diffs, props)

def f16():
    fn = 'SATTP - bao cao phoi hop KH 38.docx'
    sec = [
        ('Công tác tuyên truyền',
         ['Tổ chức 01 hội nghị hướng dẫn ghi nhãn thực phẩm bao gói sẵn với 180 lượt doanh nghiệp tham dự.',
          'Đăng tải 12 tin, bài về ghi nhãn, truy xuất nguồn gốc thực phẩm trên Cổng thông tin của Sở.'],
         [('1a', 'completed')]),
        ('Công tác truy xuất nguồn gốc',
         ['Hướng dẫn 45 cơ sở sản xuất, kinh doanh thực phẩm áp dụng truy xuất nguồn gốc bằng mã QR trên nền tảng của Thành phố.'],
         [('2a', 'in_progress')]),
        ('Công tác kiểm tra, giám sát',
         ['Kiểm tra ghi nhãn, chất lượng thực phẩm: 09 cuộc, 126 cơ sở; 11 cơ sở vi phạm, phạt tiền 96.500.000 đồng.',
          'Lấy 310 mẫu thực phẩm để kiểm nghiệm, giám sát chất lượng.'],
         [('5a', 'in_progress'), ('5b', 'completed')]),
    ]
    e = [
        dict(task='II.1.a', status='completed', ind={'training_courses': 1, 'participants': 180, 'communications': 12}, text=' '.join(sec[0][1])),
        dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 45}, text=sec[1][1][0]),
        dict(task='II.5.a', status='in_progress', ind={'inspections': 9, 'establishments_inspected': 126, 'violations': 11, 'fines_vnd': 96500000}, text=sec[2][1][0]),
        dict(task='II.5.b', status='completed', ind={'samples_tested': 310}, text=sec[2][1][1]),
    ]
    diffs = []
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả khảo sát chất lượng hàng hóa liên quan đến thực phẩm để phối hợp kiểm tra.']
    h5_report(fn, [('ỦY BAN NHÂN DÂN', ''), ('THÀNH PHỐ HỒ CHÍ MINH', ''), ('SỞ AN TOÀN THỰC PHẨM', 'b')], '2264/BC-SATTP',
              'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026',
              'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
              f'Thực hiện {KH}, Sở An toàn thực phẩm báo cáo như sau:', sec, diffs, props,
              ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Đỗ Thị Thanh Xuân', ['- Như trên;', '- Lưu: VT, NV.'])
    key(fn, 'SO-ATTP', 'Sở An toàn thực phẩm', '2264/BC-SATTP', '2026-11-12', e, diffs, props)

def f17():
    fn = 'PCDS_BC_KH38_2026.docx'
    sec = [
        ('Kết nối hệ thống giải quyết thủ tục hành chính',
         ['Phối hợp Chi cục TĐC hoàn thành kết nối Hệ thống thông tin giải quyết TTHC của Bộ KH&CN với Cổng thông tin một cửa quốc gia đối với thủ tục kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu từ tháng 3/2026.'],
         [('2h', 'completed')]),
        ('Cơ sở dữ liệu quốc gia về TĐC',
         ['Đang phối hợp Trung tâm CNTT và Địa không gian xây dựng giao diện kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng; kinh phí đã giải ngân 185.400.000 đồng.'],
         [('2i', 'in_progress')]),
        ('Đào tạo',
         ['Cử 02 công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.'],
         [('3a', 'completed')]),
    ]
    e = [
        dict(task='II.2.h', status='completed', ind={}, text=sec[0][1][0]),
        dict(task='II.2.i', status='in_progress', ind={'budget_spent_vnd': 185400000}, text=sec[1][1][0]),
        dict(task='II.3.a', status='completed', ind={'participants': 2}, text=sec[2][1][0]),
    ]
    diffs = ['Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu đặc tả API nên việc kết nối còn chậm.']
    props = ['Đề nghị Sở có văn bản gửi Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia đề nghị cung cấp tài liệu đặc tả kỹ thuật kết nối.']
    h5_report(fn, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', ''), ('PHÒNG CHUYỂN ĐỔI SỐ', 'b')], '38/BC-CĐS',
              'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
              'Kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
              f'Thực hiện {KH}, Phòng Chuyển đổi số báo cáo kết quả như sau:', sec, diffs, props,
              ['TRƯỞNG PHÒNG'], 'Mai Xuân Trường', ['- Chi cục TĐC;', '- Lưu: CĐS.'])
    key(fn, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '38/BC-CĐS', '2026-10-26', e, diffs, props)

def finalize():
    # Re-save two files through LibreOffice (as offices do), then write truth keys with the final sha256 (computed last).
    import subprocess, hashlib, shutil, tempfile
    LO = ['Phuong Go Vap_bao cao KH38.docx', 'SoDuLich_KH38_bieu.xlsx']
    for fn in LO:
        ext = fn.rsplit('.', 1)[1]
        tmp = tempfile.mkdtemp()
        subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, fn)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    for fn, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
        k['file'] = unicodedata.normalize('NFC', fn)
        json.dump(k, open(os.path.join(OUT, 'truth', fn + '.json'), 'w'), ensure_ascii=False, indent=2)
    print('truth written', len(KEYS))

if __name__ == '__main__':
    for f in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17]:
        f()
    print(len(KEYS), 'files')
    finalize()
