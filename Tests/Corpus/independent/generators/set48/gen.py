# -*- coding: utf-8 -*-
"""Generator for set48: 16 progress reports (8 DOCX, 8 XLSX) in 4 hands + truth keys.
Run: python3 gen.py   (then python3 check.py)"""
import os, json, hashlib, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

def N(s):
    return unicodedata.normalize('NFC', s)

KEYS = {}   # file -> truth dict (without sha)
RESAVE = []  # files re-saved through LibreOffice

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [{'task': t, 'status': s, 'indicators': ind, 'text': N(tx)} for (t, s, ind, tx) in entries],
        'findings': [],
        'difficulties': [N(d) for d in diffs],
        'proposals': [N(p) for p in props],
    }

# ----------------------------------------------------------------- helpers (xlsx)
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def xl_cell(ws, ref, val, bold=False, italic=False, size=12, wrap=False, align=None, border=False, fmt=None):
    c = ws[ref]
    c.value = N(val) if isinstance(val, str) else val
    c.font = Font(name='Times New Roman', size=size, bold=bold, italic=italic)
    c.alignment = Alignment(wrap_text=wrap, horizontal=align, vertical='center' if not wrap else 'top')
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c

# ----------------------------------------------------------------- helpers (docx)
def new_doc(landscape=False, font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d

def para(d, text, bold=False, italic=False, align=None, size=None, indent=True, underline=False, space_after=4):
    p = d.add_paragraph()
    r = p.add_run(N(text))
    r.bold = bold; r.italic = italic; r.underline = underline
    if size:
        r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(d, parts, align='j', indent=True):
    """parts: list of (text, style) where style in '', 'b', 'i', 'bi'"""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(N(t)); r.bold = 'b' in s; r.italic = 'i' in s
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.LEFT
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    return p

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)

def cell_lines(cell, lines, align='c'):
    """lines: list of (text, style)"""
    cell.text = ''
    first = True
    for t, s in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(N(t)); r.bold = 'b' in s; r.italic = 'i' in s; r.underline = 'u' in s
        r.font.size = Pt(12 if 'S' not in s else 11)
        p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.space_after = Pt(0)

def header_block(d, left, right):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(7); t.columns[1].width = Cm(9.5)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    d.add_paragraph()

def grid_table(d, rows, widths, header_bold=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            lines = val.split('\n') if isinstance(val, str) else [str(val)]
            c.text = ''
            for k, ln in enumerate(lines):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                r = p.add_run(N(ln)); r.font.size = Pt(size)
                r.bold = header_bold and i == 0
                p.paragraph_format.space_after = Pt(0)
                if i == 0 or j == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

# ======================================================================
# HAND 1 - Trần Thị Kim Oanh: chuyên viên tổng hợp, own XLSX tracker.
# task row (bold) with Vai trò + Tình trạng, then one row per output "Sản phẩm | SL".
# ======================================================================
def h1_xlsx(fname, org_top, org, number, date_line, title, subtitle, tasks, vuong, dexuat, signer, sheet='Theo doi CT38'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = [6, 52, 11, 34, 12, 14, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 1
    for line in org_top:
        ws.merge_cells(f'A{r}:C{r}'); xl_cell(ws, f'A{r}', line, align='center'); r += 1
    ws.merge_cells(f'A{r}:C{r}'); xl_cell(ws, f'A{r}', org, bold=True, align='center')
    ws.merge_cells('D1:G1'); xl_cell(ws, 'D1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='center')
    ws.merge_cells('D2:G2'); xl_cell(ws, 'D2', 'Độc lập - Tự do - Hạnh phúc', bold=True, align='center')
    r += 1
    ws.merge_cells(f'A{r}:C{r}'); xl_cell(ws, f'A{r}', 'Số: ' + number, align='center')
    ws.merge_cells(f'D{r}:G{r}'); xl_cell(ws, f'D{r}', date_line, italic=True, align='center')
    r += 2
    ws.merge_cells(f'A{r}:G{r}'); xl_cell(ws, f'A{r}', title, bold=True, size=13, align='center'); r += 1
    ws.merge_cells(f'A{r}:G{r}'); xl_cell(ws, f'A{r}', subtitle, italic=True, align='center'); r += 2
    hdr = ['STT', 'Nội dung công việc', 'Vai trò', 'Sản phẩm', 'SL', 'Tình trạng', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        xl_cell(ws, f'{get_column_letter(j)}{r}', h, bold=True, align='center', border=True, wrap=True)
    r += 1
    for i, t in enumerate(tasks, 1):
        xl_cell(ws, f'A{r}', i, bold=True, align='center', border=True)
        xl_cell(ws, f'B{r}', t['nd'], bold=True, wrap=True, border=True)
        xl_cell(ws, f'C{r}', t['vt'], border=True, align='center')
        xl_cell(ws, f'D{r}', '', border=True); xl_cell(ws, f'E{r}', '', border=True)
        xl_cell(ws, f'F{r}', t['tt'], border=True, align='center')
        xl_cell(ws, f'G{r}', t.get('gc', ''), wrap=True, border=True)
        r += 1
        for (lab, val) in t.get('sp', []):
            for col in 'ABCFG':
                xl_cell(ws, f'{col}{r}', '', border=True)
            xl_cell(ws, f'D{r}', lab, wrap=True, border=True)
            xl_cell(ws, f'E{r}', val, border=True, align='right', fmt='#,##0' if val >= 1000 else '0')
            r += 1
    r += 1
    xl_cell(ws, f'A{r}', 'Vướng mắc:', bold=True); r += 1
    for v in vuong:
        ws.merge_cells(f'A{r}:G{r}'); xl_cell(ws, f'A{r}', '- ' + v, wrap=True); ws.row_dimensions[r].height = 32; r += 1
    xl_cell(ws, f'A{r}', 'Đề xuất:', bold=True); r += 1
    for v in dexuat:
        ws.merge_cells(f'A{r}:G{r}'); xl_cell(ws, f'A{r}', '- ' + v, wrap=True); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    xl_cell(ws, f'B{r}', 'Người lập biểu', bold=True, align='center')
    ws.merge_cells(f'E{r}:G{r}'); xl_cell(ws, f'E{r}', signer[0], bold=True, align='center'); r += 4
    xl_cell(ws, f'B{r}', signer[1], align='center')
    ws.merge_cells(f'E{r}:G{r}'); xl_cell(ws, f'E{r}', signer[2], bold=True, align='center')
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))

def h1_entries(tasks):
    out = []
    for t in tasks:
        if t.get('task'):
            out.append((t['task'], t['status'], t.get('ind', {}), t['nd']))
    return out

ST1 = {'completed': 'Đã xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm', 'not_applicable': 'Không có việc'}

# ---- F1 Phòng Quản lý Khoa học
f = 'P.QLKH - theo doi nhiem vu CT38 nam 2026.xlsx'
T = [
    dict(task='II.3.c', status='in_progress', nd='Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng theo NQ 27/2023/NQ-HĐND và QĐ 05/2026/QĐ-UBND',
         vt='Chủ trì', gc='Đang chờ UBND TP phê duyệt danh sách đợt 1',
         sp=[('Hội nghị giới thiệu chính sách thu hút', 1), ('Lượt người dự hội nghị', 45), ('Hồ sơ chuyên gia đã tiếp nhận', 3)],
         ind={'training_courses': 1, 'participants': 45}),
    dict(task='II.3.a', status='completed', nd='Cử công chức tham dự lớp tập huấn cập nhật kiến thức chuyên môn về TC-ĐL-CL cho công chức các Sở, ngành (Chi cục TĐC tổ chức)',
         vt='Phối hợp', sp=[('Lượt công chức tham dự', 4)], ind={'participants': 4}),
    dict(task='II.2.e', status='completed', nd='Góp ý dự thảo TCVN, QCVN do Chi cục TĐC gửi lấy ý kiến',
         vt='Phối hợp', sp=[('Dự thảo đã góp ý', 3)], ind={'standards_reviewed': 3}),
    dict(task='II.2.b', status='in_progress', nd='Cử thành viên tham gia Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026',
         vt='Phối hợp', gc='Hội đồng đang đánh giá tại chỗ', sp=[('Thành viên Hội đồng sơ tuyển', 2)], ind={}),
    dict(task='II.2.a', status='in_progress', nd='Quản lý nhiệm vụ KH&CN hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322)',
         vt='Phối hợp', gc='01 nhiệm vụ nghiệm thu tháng 12/2026',
         sp=[('Nhiệm vụ KH&CN đang thực hiện', 2), ('Kinh phí đã giải ngân (đồng)', 380000000)], ind={'budget_spent_vnd': 380000000}),
    dict(task='II.6.b', status='not_applicable', nd='Phối hợp Ủy ban TCĐLCL Quốc gia, APO thúc đẩy năng suất dựa trên KH,CN và ĐMST',
         vt='Phối hợp', gc='Chưa có yêu cầu phối hợp', ind={}),
]
for t in T: t['tt'] = ST1[t['status']]
V = ['Tiêu chí xác định chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng chưa có hướng dẫn cụ thể nên khó lựa chọn hồ sơ.']
P = ['Đề nghị Chi cục TĐC làm đầu mối đề xuất danh mục vị trí chuyên gia cần thu hút trong lĩnh vực TCĐLCL năm 2027.']
h1_xlsx(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 'PHÒNG QUẢN LÝ KHOA HỌC', '46/BC-QLKH', 'TP. Hồ Chí Minh, ngày 21 tháng 10 năm 2026',
        'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
        '(Số liệu từ 01/01/2026 đến 20/10/2026)', T, V, P, ('TRƯỞNG PHÒNG', 'Trần Thị Kim Oanh', 'Huỳnh Tấn Lộc'))
key(f, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '46/BC-QLKH', '2026-10-21', h1_entries(T), V, P)

# ---- F2 Phòng Chuyển đổi số
f = 'CDS_CT38_bao cao 10T.xlsx'
T = [
    dict(task='II.2.h', status='completed', nd='Phối hợp đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN về TĐC; kết nối Cổng một cửa quốc gia (đăng ký kiểm tra nhà nước hàng nhập khẩu)',
         vt='Phối hợp', sp=[('Thủ tục đã kết nối liên thông', 2), ('Văn bản đề xuất gửi Bộ', 1)], ind={}),
    dict(task='II.2.i', status='in_progress', nd='Kết nối, khai thác cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
         vt='Phối hợp', gc='Đang chạy thử API đồng bộ dữ liệu', sp=[('Kinh phí đã giải ngân (đồng)', 96500000)], ind={'budget_spent_vnd': 96500000}),
    dict(task='II.2.đ', status='in_progress', nd='Số hóa quy trình ISO 9001 của Sở trên phần mềm quản lý văn bản (ISO điện tử)',
         vt='Phối hợp', sp=[('Quy trình đã số hóa', 27)], ind={}),
    dict(task='II.3.a', status='not_started', nd='Cử công chức tham gia tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng',
         vt='Phối hợp', gc='Chi cục dự kiến mở lớp tháng 11', ind={}),
]
for t in T: t['tt'] = ST1[t['status']]
V = ['Hệ thống TTHC của Bộ KH&CN chưa mở API cho địa phương, dữ liệu phải kết xuất thủ công.']
P = ['Đề nghị Sở có văn bản gửi Bộ KH&CN đề nghị cấp quyền khai thác dữ liệu qua trục LGSP.']
h1_xlsx(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 'PHÒNG CHUYỂN ĐỔI SỐ', '58/BC-CĐS', 'TP. Hồ Chí Minh, ngày 19 tháng 10 năm 2026',
        'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (PHẦN VIỆC CỦA PHÒNG CĐS)',
        '(kèm theo đề nghị của Chi cục TĐC)', T, V, P, ('KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG', 'Đặng Minh Khoa', 'Lý Thị Hồng Vân'))
key(f, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '58/BC-CĐS', '2026-10-19', h1_entries(T), V, P)

# ---- F3 Trung tâm CNTT và Địa không gian
f = 'TT CNTT-DKG bao cao CT38 2026.xlsx'
T = [
    dict(task='II.2.i', status='in_progress', nd='Xây dựng kho dữ liệu TĐC dùng chung trên nền tảng dữ liệu của Sở, đồng bộ với CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng',
         vt='Phối hợp', gc='Hoàn thành giai đoạn 1; giai đoạn 2 đến 12/2026',
         sp=[('Bản ghi dữ liệu đã đồng bộ', 18240), ('Kinh phí đã giải ngân (đồng)', 142000000)], ind={'budget_spent_vnd': 142000000}),
    dict(task='II.1.b', status='completed', nd='Đăng tải tin, bài tuyên truyền về Giải thưởng Chất lượng Quốc gia trên Cổng thông tin điện tử Sở',
         vt='Phối hợp', sp=[('Tin, bài', 6)], ind={'communications': 6}),
    dict(task='II.3.a', status='completed', nd='Cử viên chức tham dự khóa tập huấn cập nhật kiến thức TĐC',
         vt='Phối hợp', sp=[('Lượt viên chức', 3)], ind={'participants': 3}),
]
for t in T: t['tt'] = ST1[t['status']]
V = ['Nhân sự phụ trách dữ liệu còn kiêm nhiệm nhiều việc, chưa có cán bộ chuyên trách dữ liệu TĐC.']
P = ['Đề nghị bổ sung kinh phí năm 2027 cho hạng mục đồng bộ dữ liệu TĐC (ước 250 triệu đồng).']
h1_xlsx(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', '214/BC-TTCNTT', 'TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
        'BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
        '(Số liệu đến ngày 25/10/2026)', T, V, P, ('GIÁM ĐỐC', 'Phan Thị Ngọc Diễm', 'Nguyễn Văn Thắng'), sheet='BC 2026')
key(f, 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', '214/BC-TTCNTT', '2026-10-26', h1_entries(T), V, P)

# ---- F4 Sở Giáo dục và Đào tạo
f = 'SGDDT - BC CT38 (gui Chi cuc TDC).xlsx'
T = [
    dict(task='II.3.d', status='completed', nd='Phối hợp tổ chức chuyên đề ngoại khóa về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên các trường trung cấp',
         vt='Phối hợp', sp=[('Buổi chuyên đề', 3), ('Lượt học sinh, sinh viên tham dự', 410)], ind={'training_courses': 3, 'participants': 410}),
    dict(task='II.2.đ', status='completed', nd='Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở',
         vt='Chủ trì', sp=[('Quy trình nội bộ được cập nhật', 14)], ind={}),
    dict(task='II.2.e', status='completed', nd='Góp ý dự thảo QCVN về thiết bị dạy học, đồ chơi trẻ em',
         vt='Phối hợp', sp=[('Dự thảo đã góp ý', 2)], ind={'standards_reviewed': 2}),
    dict(task='II.3.a', status='in_progress', nd='Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng',
         vt='Phối hợp', gc='Còn 01 lớp tháng 11/2026', sp=[('Lượt công chức', 5)], ind={'participants': 5}),
    dict(task='II.5.a', status='not_applicable', nd='Phối hợp kiểm tra chất lượng đồ chơi trẻ em bày bán tại căn tin, cổng trường',
         vt='Phối hợp', gc='Năm 2026 chưa có đoàn liên ngành', ind={}),
]
for t in T: t['tt'] = ST1[t['status']]
V = ['Các trường trung cấp khó xếp lịch ngoại khóa do trùng lịch thi học kỳ.']
P = ['Đề nghị Chi cục TĐC cung cấp tài liệu, video ngắn về mã số mã vạch để các trường tự tổ chức sinh hoạt chuyên đề.']
h1_xlsx(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'], 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '4127/BC-SGDĐT', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
        'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHỐI HỢP TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
        '(Theo đề nghị của Sở Khoa học và Công nghệ)', T, V, P, ('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Võ Thị Mỹ Hạnh', 'Lê Hoài Nam'), sheet='Sheet1')
key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4127/BC-SGDĐT', '2026-10-28', h1_entries(T), V, P)

# ======================================================================
# HAND 3 - Lê Thị Thu Trang: ward statistician, XLSX with a headline
# "Số lượng chính" (text "04 cuộc") + a "Diễn giải" sentence holding all figures;
# dates dd-mm-yyyy; status "Thực hiện xong / Đang tiếp tục / Chưa phát sinh".
# ======================================================================
ST3 = {'completed': 'Thực hiện xong', 'in_progress': 'Đang tiếp tục', 'not_started': 'Chưa thực hiện', 'not_applicable': 'Chưa phát sinh'}

def h3_xlsx(fname, org_top, org, number, date_line, title, rows, kk, kn, cutoff, signer, sheet='BC CT38', foot_sign='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for col, w in zip('ABCDE', [6, 44, 14, 62, 16]):
        ws.column_dimensions[col].width = w
    ws.merge_cells('A1:B1'); xl_cell(ws, 'A1', org_top, align='center')
    ws.merge_cells('A2:B2'); xl_cell(ws, 'A2', org, bold=True, align='center')
    ws.merge_cells('A3:B3'); xl_cell(ws, 'A3', 'Số: ' + number, align='center')
    ws.merge_cells('C1:E1'); xl_cell(ws, 'C1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='center')
    ws.merge_cells('C2:E2'); xl_cell(ws, 'C2', 'Độc lập - Tự do - Hạnh phúc', bold=True, align='center')
    ws.merge_cells('C3:E3'); xl_cell(ws, 'C3', date_line, italic=True, align='center')
    ws.merge_cells('A5:E5'); xl_cell(ws, 'A5', 'BÁO CÁO', bold=True, size=14, align='center')
    ws.merge_cells('A6:E6'); xl_cell(ws, 'A6', title, bold=True, align='center', wrap=True); ws.row_dimensions[6].height = 34
    r = 8
    for j, h in enumerate(['STT', 'Nội dung', 'Số lượng chính', 'Diễn giải', 'Kết quả thực hiện'], 1):
        xl_cell(ws, f'{get_column_letter(j)}{r}', h, bold=True, align='center', border=True, wrap=True)
    r += 1
    for i, row in enumerate(rows, 1):
        xl_cell(ws, f'A{r}', f'{i}.', align='center', border=True)
        xl_cell(ws, f'B{r}', row['nd'], wrap=True, border=True)
        xl_cell(ws, f'C{r}', row['sl'], align='center', border=True)
        xl_cell(ws, f'D{r}', row['dg'], wrap=True, border=True)
        xl_cell(ws, f'E{r}', ST3[row['status']] if row.get('task') or 'st' not in row else row['st'], align='center', border=True, wrap=True)
        ws.row_dimensions[r].height = 48
        r += 1
    r += 1
    xl_cell(ws, f'A{r}', 'Khó khăn, vướng mắc:', bold=True); r += 1
    for i, v in enumerate(kk, 1):
        ws.merge_cells(f'A{r}:E{r}'); xl_cell(ws, f'A{r}', f'{i}. {v}', wrap=True); ws.row_dimensions[r].height = 30; r += 1
    xl_cell(ws, f'A{r}', 'Kiến nghị:', bold=True); r += 1
    for i, v in enumerate(kn, 1):
        ws.merge_cells(f'A{r}:E{r}'); xl_cell(ws, f'A{r}', f'{i}. {v}', wrap=True); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.merge_cells(f'A{r}:E{r}'); xl_cell(ws, f'A{r}', cutoff, italic=True); r += 2
    xl_cell(ws, f'B{r}', 'Người lập', bold=True, align='center')
    ws.merge_cells(f'D{r}:E{r}'); xl_cell(ws, f'D{r}', foot_sign, bold=True, align='center', wrap=True); ws.row_dimensions[r].height = 32; r += 4
    xl_cell(ws, f'B{r}', signer[0], align='center')
    ws.merge_cells(f'D{r}:E{r}'); xl_cell(ws, f'D{r}', signer[1], bold=True, align='center')
    wb.save(os.path.join(OUT, fname))

def h3_entries(rows):
    return [(r['task'], r['status'], r.get('ind', {}), r['nd'] + ': ' + r['dg']) for r in rows if r.get('task')]

# ---- F5 Phường Lái Thiêu
f = 'BC CT38 - Phuong Lai Thieu.xlsx'
R = [
    dict(task='II.5.c', status='in_progress', nd='Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu trên địa bàn phường', sl='04 cuộc',
         dg='Phối hợp 04 cuộc, kiểm tra 17 cơ sở (09 cửa hàng xăng dầu, 08 sạp cân tại chợ Lái Thiêu); phát hiện 03 trường hợp vi phạm, đã xử phạt 12.000.000 đồng. Đợt kiểm tra cuối năm đang thực hiện.',
         ind={'inspections': 4, 'establishments_inspected': 17, 'violations': 3, 'fines_vnd': 12000000}),
    dict(task='II.3.a', status='completed', nd='Cử cán bộ tham dự tập huấn nghiệp vụ TCĐLCL do Sở KH&CN tổ chức', sl='03 người',
         dg='Cử 03 công chức (Kinh tế, Văn hóa - Xã hội) tham dự lớp tập huấn ngày 14-5-2026.', ind={'participants': 3}),
    dict(task='II.1.a', status='completed', nd='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng', sl='05 tin',
         dg='Phát 05 tin trên hệ thống truyền thanh phường, đồng thời đăng lại trên trang Zalo OA của phường.', ind={'communications': 5}),
    dict(task='II.5.d', status='not_applicable', nd='Khen thưởng, bảo vệ người tố giác vi phạm về TCĐLCL', sl='0',
         dg='Trong kỳ không có đơn, thư tố giác.'),
]
KK = ['Phường chưa có công chức chuyên trách lĩnh vực TCĐLCL, cán bộ kinh tế kiêm nhiệm nhiều việc.',
      'Chưa được trang bị cân, thiết bị kiểm tra nhanh phục vụ kiểm tra tại chợ.']
KN = ['Đề nghị Chi cục TĐC hỗ trợ 01 bộ quả cân chuẩn cho phường để kiểm tra tại chợ Lái Thiêu.']
h3_xlsx(f, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG LÁI THIÊU', '312/BC-UBND', 'Lái Thiêu, 03-11-2026',
        'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường', R, KK, KN,
        'Số liệu tính đến ngày 31-10-2026.', ('Lê Thị Thu Trang', 'Nguyễn Văn Hậu'))
key(f, '25966', 'Phường Lái Thiêu', '312/BC-UBND', '2026-11-03', h3_entries(R), KK, KN)

# ---- F6 Xã Vĩnh Lộc
f = 'VinhLoc_BC_CT38_2026.xlsx'
R = [
    dict(task='II.5.c', status='completed', nd='Phối hợp kiểm tra TĐC các cơ sở kinh doanh trên địa bàn xã (xăng dầu, gas, vật liệu xây dựng)', sl='03 cuộc',
         dg='03 cuộc kiểm tra liên ngành; 14 cơ sở được kiểm tra; không phát hiện cơ sở vi phạm.',
         ind={'inspections': 3, 'establishments_inspected': 14}),
    dict(task='II.2.a', status='in_progress', nd='Hướng dẫn hợp tác xã áp dụng truy xuất nguồn gốc (tem QR) cho nông sản', sl='06 HTX',
         dg='Hướng dẫn 06 hợp tác xã đăng ký mã số mã vạch, dán tem truy xuất nguồn gốc cho rau, nấm, dưa lưới.', ind={'enterprises_supported': 6}),
    dict(task='II.3.a', status='completed', nd='Tập huấn cho cán bộ xã', sl='02 người',
         dg='Cử 02 công chức tham dự tập huấn do Chi cục TĐC tổ chức.', ind={'participants': 2}),
    dict(task='II.1.b', status='not_applicable', nd='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', sl='0',
         dg='Đã thông báo đến doanh nghiệp trên địa bàn; không có doanh nghiệp đăng ký tham dự.'),
    dict(task='II.5.d', status='not_applicable', nd='Khen thưởng người tố giác vi phạm', sl='-', dg='Không có.'),
]
KK = ['Địa bàn rộng, cơ sở kinh doanh nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó quản lý.']
KN = ['Đề nghị Sở KH&CN tổ chức tập huấn trực tiếp tại xã cho hộ kinh doanh về ghi nhãn hàng hóa.']
h3_xlsx(f, 'ỦY BAN NHÂN DÂN', 'XÃ VĨNH LỘC', '95/BC-UBND', 'Vĩnh Lộc, 05-11-2026',
        'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026', R, KK, KN,
        'Số liệu tính đến ngày 31-10-2026.', ('Trương Thị Bích Ngân', 'Phạm Minh Sang'))
key(f, '27601', 'Xã Vĩnh Lộc', '95/BC-UBND', '2026-11-05', h3_entries(R), KK, KN)

# ---- F7 Xã Hồ Tràm — MISTAKEN: dự toán ngân sách
f = 'HoTram_du toan NS 2027.xlsx'
wb = Workbook(); ws = wb.active; ws.title = 'BC du toan'
for col, w in zip('ABCDEF', [6, 52, 16, 16, 10, 16]):
    ws.column_dimensions[col].width = w
ws.merge_cells('A1:B1'); xl_cell(ws, 'A1', 'ỦY BAN NHÂN DÂN', align='center')
ws.merge_cells('A2:B2'); xl_cell(ws, 'A2', 'XÃ HỒ TRÀM', bold=True, align='center')
ws.merge_cells('A3:B3'); xl_cell(ws, 'A3', 'Số: 141/BC-UBND', align='center')
ws.merge_cells('C1:F1'); xl_cell(ws, 'C1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='center')
ws.merge_cells('C2:F2'); xl_cell(ws, 'C2', 'Độc lập - Tự do - Hạnh phúc', bold=True, align='center')
ws.merge_cells('C3:F3'); xl_cell(ws, 'C3', 'Hồ Tràm, 09-10-2026', italic=True, align='center')
ws.merge_cells('A5:F5'); xl_cell(ws, 'A5', 'BÁO CÁO', bold=True, size=14, align='center')
ws.merge_cells('A6:F6'); xl_cell(ws, 'A6', 'Tình hình thực hiện dự toán thu, chi ngân sách xã 9 tháng đầu năm 2026 và xây dựng dự toán ngân sách năm 2027', bold=True, align='center', wrap=True)
ws.row_dimensions[6].height = 34
hd = ['STT', 'Nội dung', 'Dự toán 2026 (triệu đồng)', 'TH 9 tháng (triệu đồng)', 'Tỷ lệ (%)', 'Dự toán 2027 (triệu đồng)']
for j, h in enumerate(hd, 1):
    xl_cell(ws, f'{get_column_letter(j)}8', h, bold=True, align='center', wrap=True, border=True)
rows = [('A', 'TỔNG THU NGÂN SÁCH XÃ', 28450, 21106, None, 30120),
        ('1', 'Thu thuế, phí, lệ phí', 6820, 5215, None, 7300),
        ('2', 'Thu bổ sung cân đối từ ngân sách cấp trên', 19630, 14722, None, 20820),
        ('3', 'Thu khác', 2000, 1169, None, 2000),
        ('B', 'TỔNG CHI NGÂN SÁCH XÃ', 28450, 19874, None, 30120),
        ('1', 'Chi đầu tư phát triển', 7200, 4630, None, 7500),
        ('2', 'Chi sự nghiệp giáo dục, đào tạo', 2150, 1588, None, 2300),
        ('3', 'Chi sự nghiệp văn hóa, thể thao', 980, 702, None, 1050),
        ('4', 'Chi sự nghiệp kinh tế, môi trường', 3120, 2264, None, 3260),
        ('5', 'Chi quản lý nhà nước, Đảng, đoàn thể', 13400, 10120, None, 14010),
        ('6', 'Dự phòng ngân sách', 1600, 570, None, 2000)]
r = 9
for a, b, c, d_, e, g in rows:
    bold = a in 'AB'
    xl_cell(ws, f'A{r}', a, bold=bold, align='center', border=True)
    xl_cell(ws, f'B{r}', b, bold=bold, border=True, wrap=True)
    xl_cell(ws, f'C{r}', c, bold=bold, border=True, fmt='#,##0')
    xl_cell(ws, f'D{r}', d_, bold=bold, border=True, fmt='#,##0')
    xl_cell(ws, f'E{r}', f'=ROUND(D{r}/C{r}*100,1)', bold=bold, border=True, fmt='0.0')
    xl_cell(ws, f'F{r}', g, bold=bold, border=True, fmt='#,##0')
    r += 1
r += 1
xl_cell(ws, f'A{r}', 'Khó khăn, vướng mắc:', bold=True); r += 1
ws.merge_cells(f'A{r}:F{r}'); xl_cell(ws, f'A{r}', '1. Nguồn thu từ đất giảm mạnh do thị trường bất động sản trầm lắng.', wrap=True); r += 1
xl_cell(ws, f'A{r}', 'Kiến nghị:', bold=True); r += 1
ws.merge_cells(f'A{r}:F{r}'); xl_cell(ws, f'A{r}', '1. Đề nghị Sở Tài chính xem xét bổ sung có mục tiêu cho chi đầu tư sửa chữa đường giao thông nông thôn năm 2027.', wrap=True); r += 2
ws.merge_cells(f'A{r}:F{r}'); xl_cell(ws, f'A{r}', 'Số liệu tính đến ngày 30-9-2026.', italic=True)
wb.save(os.path.join(OUT, f))
key(f, '26620', 'Xã Hồ Tràm', '141/BC-UBND', '2026-10-09', [], [], [], status='rejected',
    reason='Không phải báo cáo Kế hoạch CT38: báo cáo thực hiện dự toán thu, chi ngân sách xã 9 tháng 2026 và dự toán 2027 (gửi nhầm).')

# ---- F8 Sở Xây dựng (re-saved through LibreOffice)
f = 'SXD_bao cao CT38_2026.xlsx'
R = [
    dict(task='II.5.a', status='in_progress', nd='Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường (xi măng, thép, kính, gạch ốp lát)', sl='06 cuộc',
         dg='Kiểm tra 06 cuộc tại 29 cơ sở kinh doanh VLXD; lấy 36 mẫu thử nghiệm; 04 cơ sở vi phạm về ghi nhãn, công bố hợp quy; phạt 46.500.000 đồng.',
         ind={'inspections': 6, 'establishments_inspected': 29, 'samples_tested': 36, 'violations': 4, 'fines_vnd': 46500000}),
    dict(task='II.2.e', status='completed', nd='Góp ý, rà soát tiêu chuẩn, quy chuẩn về vật liệu xây dựng', sl='05 dự thảo',
         dg='Góp ý 05 dự thảo TCVN về vật liệu xây dựng; rà soát việc áp dụng QCVN 16:2023/BXD trên địa bàn.', ind={'standards_reviewed': 5}),
    dict(task='II.2.d', status='in_progress', nd='Hướng dẫn doanh nghiệp công bố hợp quy sản phẩm VLXD', sl='58 DN',
         dg='Tiếp nhận hồ sơ, hướng dẫn 58 doanh nghiệp công bố hợp quy sản phẩm, hàng hóa VLXD.', ind={'enterprises_supported': 58}),
    dict(task='II.3.a', status='completed', nd='Cử công chức tập huấn nghiệp vụ TCĐLCL', sl='04 người',
         dg='04 công chức Phòng Kinh tế xây dựng tham dự lớp tập huấn.', ind={'participants': 4}),
    dict(task='II.6.a', status='not_applicable', nd='Cập nhật điều ước, thỏa thuận quốc tế về TĐC liên quan ngành xây dựng', sl='-',
         dg='Không phát sinh yêu cầu trong kỳ.'),
]
KK = ['Nhiều cơ sở kinh doanh VLXD nhỏ lẻ không lưu giữ hồ sơ công bố hợp quy, khó truy xuất nguồn gốc hàng hóa.']
KN = ['Đề nghị Chi cục TĐC phối hợp lấy mẫu thép xây dựng nhập khẩu để khảo sát chất lượng năm 2027.']
h3_xlsx(f, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG', '8735/BC-SXD', 'TP. Hồ Chí Minh, 27-10-2026',
        'Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ', R, KK, KN,
        'Số liệu tính đến ngày 20-10-2026.', ('Đoàn Thị Kiều', 'Trần Quang Vinh'), sheet='BC CT38', foot_sign='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')
key(f, 'SO-XD', 'Sở Xây dựng', '8735/BC-SXD', '2026-10-27', h3_entries(R), KK, KN)
RESAVE.append(f)

# ======================================================================
# HAND 2 - Nguyễn Hoàng Phúc: thanh tra viên, DOCX narrative; inspections told
# by "Đợt / Chuyên đề" blocks closed by a "Cộng chung" sentence; status in a
# "Hiện nay/Đến nay nội dung này ..." sentence; closing "Đánh giá" with
# Ưu điểm / Hạn chế, khó khăn và nguyên nhân (khách quan / chủ quan); "Kiến nghị".
# ======================================================================
def h2_doc(fname, left, number, date_line, title2, body, uudiem, hanche, kiennghi, signer, recipients):
    d = new_doc()
    header_block(d, [(l, 'b' if i == len(left) - 1 else '') for i, l in enumerate(left)] + [('Số: ' + number, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'bu'), ('', ''), (date_line, 'i')])
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title2, bold=True, align='c')
    for kind, txt in body:
        if kind == 'H':
            para(d, txt, bold=True)
        elif kind == 'h':
            para(d, txt, bold=True, italic=True)
        elif kind == 'D':  # campaign line: bold-italic lead + text
            lead, rest = txt
            runs(d, [(lead, 'bi'), (' ' + rest, '')])
        else:
            para(d, txt, align='j')
    para(d, 'II. ĐÁNH GIÁ CHUNG', bold=True)
    para(d, '1. Ưu điểm', bold=True)
    for u in uudiem:
        para(d, '- ' + u, align='j')
    para(d, '2. Hạn chế, khó khăn và nguyên nhân', bold=True)
    for lab, items in hanche:
        para(d, lab, italic=True)
        for it in items:
            para(d, '- ' + it, align='j')
    para(d, 'III. KIẾN NGHỊ', bold=True)
    for k in kiennghi:
        para(d, '- ' + k, align='j')
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), [('Nơi nhận:', 'bi')] + [(r_, 'S') for r_ in recipients], align='l')
    cell_lines(t.cell(0, 1), [(s, 'b') for s in signer[:-1]] + [('', ''), ('', ''), ('', ''), (signer[-1], 'b')])
    d.save(os.path.join(OUT, fname))

# ---- F9 Phòng Kiểm tra – Pháp chế
f = 'KTPC - Bao cao CT38 nam 2026.docx'
B = [
    ('H', 'I. KẾT QUẢ THỰC HIỆN'),
    ('H', '1. Công tác kiểm tra theo các đợt'),
    ('P', 'Thực hiện nhiệm vụ phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa lưu thông trên thị trường, năm 2026 Phòng đã tham gia các đợt kiểm tra như sau:'),
    ('D', ('Đợt 1 – Chuyên đề hàng hóa phục vụ Tết Bính Ngọ (tháng 01 – 02/2026):', 'tham gia 02 đoàn kiểm tra tại 11 cơ sở kinh doanh bánh kẹo, đồ chơi trẻ em, mũ bảo hiểm; phát hiện 02 cơ sở vi phạm về nhãn hàng hóa.')),
    ('D', ('Đợt 2 – Chuyên đề xăng dầu, khí dầu mỏ hóa lỏng (tháng 5 – 6/2026):', 'tham gia 03 đoàn kiểm tra tại 14 cửa hàng xăng dầu; phát hiện 01 cửa hàng vi phạm về đo lường (sai số cột đo vượt mức cho phép).')),
    ('P', 'Cộng chung 02 đợt: 05 đoàn kiểm tra, 25 cơ sở được kiểm tra, 03 cơ sở vi phạm; Phòng đã tham mưu Giám đốc Sở ban hành 03 quyết định xử phạt vi phạm hành chính với tổng số tiền 41.500.000 đồng. Hiện nay nội dung này vẫn đang tiếp tục thực hiện, Đợt 3 (chuyên đề vàng trang sức) dự kiến triển khai trong tháng 11/2026.'),
    ('H', '2. Khảo sát chất lượng sản phẩm, hàng hóa'),
    ('P', 'Phối hợp Chi cục lấy mẫu khảo sát chất lượng mũ bảo hiểm và dây cáp điện: 24 mẫu đã gửi thử nghiệm, kết quả có 05 mẫu không phù hợp tiêu chuẩn công bố, đã thông báo cho các cơ quan chức năng. Đến nay nội dung này đã hoàn thành.'),
    ('H', '3. Phối hợp với Ủy ban nhân dân các phường, xã, đặc khu'),
    ('P', 'Phối hợp Chi cục trả lời 06 văn bản hỏi nghiệp vụ của Ủy ban nhân dân các phường, xã về thẩm quyền xử phạt trong lĩnh vực tiêu chuẩn, đo lường, chất lượng sau khi phân quyền. Hiện nay nội dung này đang tiếp tục thực hiện.'),
    ('H', '4. Rà soát văn bản quy phạm pháp luật'),
    ('P', 'Phối hợp rà soát 07 văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng; gửi 02 văn bản góp ý dự thảo Nghị định sửa đổi, bổ sung Nghị định số 119/2017/NĐ-CP. Đến nay nội dung này đã hoàn thành.'),
    ('H', '5. Phương tiện, thiết bị kỹ thuật nghiệp vụ'),
    ('P', 'Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định số 135/2021/NĐ-CP; đã phối hợp đưa 08 thiết bị (cân kiểm tra, bình chuẩn kim loại, thước cuộn) đi kiểm định, hiệu chuẩn; còn 03 thiết bị chờ thay thế. Hiện nay nội dung này đang tiếp tục thực hiện.'),
    ('H', '6. Khen thưởng, bảo vệ người tố giác'),
    ('P', 'Năm 2026 chưa nhận được tin báo, tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng; nội dung này không phát sinh.'),
]
E = [
    ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 25, 'violations': 3, 'fines_vnd': 41500000}, B[5][1]),
    ('II.5.b', 'completed', {'samples_tested': 24}, B[7][1]),
    ('II.5.c', 'in_progress', {}, B[9][1]),
    ('II.2.c', 'completed', {}, B[11][1]),
    ('II.4.b', 'in_progress', {'instruments_verified': 8}, B[13][1]),
    ('II.5.d', 'not_applicable', {}, B[15][1]),
]
U = ['Các đợt kiểm tra được phối hợp chặt chẽ với Chi cục, đúng kế hoạch, không có khiếu nại.']
HC = [('Nguyên nhân khách quan:', ['Lực lượng kiểm tra mỏng trong khi số cơ sở kinh doanh trên địa bàn rất lớn.',
                                   'Một số phường, xã sau sắp xếp chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.']),
      ('Nguyên nhân chủ quan:', ['Việc trao đổi thông tin kết quả kiểm tra giữa Phòng và Chi cục đôi lúc còn chậm.'])]
KN = ['Đề nghị Chi cục TĐC sớm thay thế 03 thiết bị kỹ thuật nghiệp vụ đã hết hạn sử dụng.',
      'Đề nghị Sở xây dựng quy chế phối hợp kiểm tra giữa Sở và UBND các phường, xã, đặc khu.']
h2_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'], '87/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
       'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', B, U, HC, KN,
       ['TRƯỞNG PHÒNG', 'Nguyễn Hoàng Phúc'], ['- Chi cục TĐC (để tổng hợp);', '- Lãnh đạo Sở (để b/c);', '- Lưu: KTPC.'])
key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '87/BC-KTPC', '2026-10-23', E, [x for _, its in HC for x in its], KN)

# ---- F10 Sở Công Thương
f = 'SCT - BC thuc hien CT38-CT.TW nam 2026.docx'
B = [
    ('H', 'I. KẾT QUẢ THỰC HIỆN'),
    ('H', '1. Kiểm tra theo chuyên đề'),
    ('P', 'Thực hiện nhiệm vụ phối hợp kiểm tra chất lượng, đo lường đối với sản phẩm, hàng hóa lưu thông trên thị trường, Sở Công Thương đã tổ chức các đợt kiểm tra chuyên đề như sau:'),
    ('D', ('Chuyên đề 1 – Kinh doanh xăng dầu (Quý I – Quý II/2026):', '08 đoàn kiểm tra 38 cửa hàng, thương nhân kinh doanh xăng dầu; phát hiện 04 cơ sở vi phạm; xử phạt 62.000.000 đồng.')),
    ('D', ('Chuyên đề 2 – Kinh doanh khí (LPG) (Quý III/2026):', '04 đoàn kiểm tra 21 cơ sở; phát hiện 02 cơ sở vi phạm; xử phạt 18.000.000 đồng.')),
    ('P', 'Cộng chung: 12 đoàn kiểm tra, 59 cơ sở được kiểm tra, 06 cơ sở vi phạm, tổng số tiền phạt 80.000.000 đồng. Đến nay nội dung này đang tiếp tục thực hiện theo kế hoạch kiểm tra năm 2026.'),
    ('H', '2. Hỗ trợ doanh nghiệp'),
    ('P', 'Hướng dẫn 23 doanh nghiệp chế biến thực phẩm, hàng tiêu dùng triển khai, áp dụng hệ thống truy xuất nguồn gốc theo Đề án 100. Hiện nay nội dung này đang thực hiện.'),
    ('P', 'Hỗ trợ 09 doanh nghiệp công nghiệp hỗ trợ xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, công cụ Lean, 5S; kinh phí hỗ trợ đã giải ngân 315.000.000 đồng từ Chương trình khuyến công. Đến nay nội dung này đã hoàn thành.'),
    ('H', '3. Góp ý quy chuẩn kỹ thuật'),
    ('P', 'Góp ý 03 dự thảo QCVN do Bộ Công Thương chủ trì xây dựng (an toàn điện, khí dầu mỏ hóa lỏng, vật liệu nổ công nghiệp). Đến nay nội dung này đã hoàn thành.'),
    ('H', '4. Đào tạo, tập huấn'),
    ('P', 'Cử 06 công chức, viên chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức. Nội dung này đã hoàn thành.'),
]
E = [
    ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 59, 'violations': 6, 'fines_vnd': 80000000}, B[5][1]),
    ('II.2.a', 'in_progress', {'enterprises_supported': 23}, B[7][1]),
    ('II.2.d', 'completed', {'enterprises_supported': 9, 'budget_spent_vnd': 315000000}, B[8][1]),
    ('II.2.e', 'completed', {'standards_reviewed': 3}, B[10][1]),
    ('II.3.a', 'completed', {'participants': 6}, B[12][1]),
]
U = ['Công tác kiểm tra chuyên đề được triển khai đúng kế hoạch, tập trung vào mặt hàng có nguy cơ cao.']
HC = [('Nguyên nhân khách quan:', ['Tình trạng gian lận đo lường tại cây xăng ngày càng tinh vi (can thiệp bo mạch điện tử), khó phát hiện bằng phương tiện hiện có.']),
      ('Nguyên nhân chủ quan:', ['Công chức làm công tác kiểm tra chưa được đào tạo chuyên sâu về đo lường.'])]
KN = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị kiểm tra nhanh bo mạch cột đo xăng dầu cho các đoàn kiểm tra liên ngành.']
h2_doc(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'], '6214/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
       'Kết quả thực hiện Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026', B, U, HC, KN,
       ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Bùi Thanh Liêm'], ['- Sở KH&CN (Chi cục TĐC);', '- Ban Giám đốc Sở;', '- Lưu: VT, QLTM.'])
key(f, 'SO-CT', 'Sở Công Thương', '6214/BC-SCT', '2026-10-29', E, [x for _, its in HC for x in its], KN)

# ---- F11 Sở Y tế
f = 'SYT_bao cao CT38.docx'
B = [
    ('H', 'I. KẾT QUẢ THỰC HIỆN'),
    ('H', '1. Kiểm tra phương tiện đo dùng trong y tế'),
    ('P', 'Thực hiện nhiệm vụ kiểm tra, giám sát về đo lường, chất lượng bảo đảm an toàn trong tiêu dùng, Sở Y tế đã phối hợp với Chi cục TĐC kiểm tra theo 02 đợt:'),
    ('D', ('Đợt 1 (tháng 4/2026):', 'kiểm tra 09 cơ sở khám bệnh, chữa bệnh ngoài công lập; 01 cơ sở sử dụng huyết áp kế chưa kiểm định.')),
    ('D', ('Đợt 2 (tháng 8/2026):', 'kiểm tra 12 cơ sở; 02 cơ sở vi phạm về kiểm định phương tiện đo; xử phạt 15.000.000 đồng.')),
    ('P', 'Cộng chung 02 đợt (02 cuộc kiểm tra): 21 cơ sở được kiểm tra, 03 cơ sở vi phạm, tổng số tiền phạt 15.000.000 đồng. Đến nay nội dung này đã hoàn thành theo kế hoạch năm.'),
    ('H', '2. Góp ý tiêu chuẩn, quy chuẩn'),
    ('P', 'Góp ý 04 dự thảo TCVN, QCVN về trang thiết bị y tế theo đề nghị của Bộ Y tế và Sở Khoa học và Công nghệ. Đến nay nội dung này đã hoàn thành.'),
    ('H', '3. Áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính'),
    ('P', 'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Sở và 22 đơn vị trực thuộc; đang chuyển đổi sang vận hành ISO điện tử. Hiện nay nội dung này đang thực hiện.'),
    ('H', '4. Tập huấn'),
    ('P', 'Cử 03 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các sở, ngành. Nội dung này đã hoàn thành.'),
]
E = [
    ('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 21, 'violations': 3, 'fines_vnd': 15000000}, B[5][1]),
    ('II.2.e', 'completed', {'standards_reviewed': 4}, B[7][1]),
    ('II.2.đ', 'in_progress', {}, B[9][1]),
    ('II.3.a', 'completed', {'participants': 3}, B[11][1]),
]
U = ['Các cơ sở y tế nhận thức tốt hơn về yêu cầu kiểm định phương tiện đo nhóm 2.']
HC = [('Nguyên nhân khách quan:', ['Số lượng cơ sở khám bệnh, chữa bệnh tư nhân lớn, phân tán; nhiều phương tiện đo nhập khẩu chưa có tổ chức kiểm định được chỉ định.']),
      ('Nguyên nhân chủ quan:', ['Cán bộ thanh tra y tế chưa được bồi dưỡng chuyên sâu về đo lường.'])]
KN = ['Đề nghị Chi cục TĐC công bố danh sách tổ chức được chỉ định kiểm định phương tiện đo dùng trong y tế trên Cổng thông tin điện tử Sở.']
h2_doc(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ'], '7390/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
       'Kết quả phối hợp triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026', B, U, HC, KN,
       ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hồ Văn Tài'], ['- Sở KH&CN;', '- Lưu: VT, NVY.'])
key(f, 'SO-YT', 'Sở Y tế', '7390/BC-SYT', '2026-10-30', E, [x for _, its in HC for x in its], KN)

# ---- F12 Chi cục TĐC
f = 'CCTDC_BC ket qua CT38_2026.docx'
B = [
    ('H', 'I. KẾT QUẢ THỰC HIỆN'),
    ('H', '1. Tuyên truyền, tập huấn văn bản quy phạm pháp luật'),
    ('P', 'Chi cục tổ chức 04 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp, hộ kinh doanh và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu; tổng cộng 05 hoạt động với 458 lượt người tham dự (trong đó Tọa đàm 72 đại biểu). Đến nay nội dung này đã hoàn thành.'),
    ('P', 'Về vận động tham dự Giải thưởng Chất lượng Quốc gia: đăng tải 12 tin, bài tuyên truyền; hướng dẫn 07 doanh nghiệp hoàn thiện hồ sơ tham dự. Đến nay nội dung này đã hoàn thành.'),
    ('H', '2. Công tác kiểm tra theo các đợt'),
    ('P', 'Thực hiện nhiệm vụ tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa, Chi cục đã triển khai:'),
    ('D', ('Đợt 1 – Hàng hóa phục vụ Tết (tháng 01 – 02/2026):', '06 đoàn, 42 cơ sở, 05 cơ sở vi phạm, phạt 38.500.000 đồng.')),
    ('D', ('Đợt 2 – Đo lường xăng dầu, vàng trang sức (tháng 5 – 7/2026):', '09 đoàn, 61 cơ sở, 07 cơ sở vi phạm, phạt 96.000.000 đồng.')),
    ('D', ('Đợt 3 – Đồ chơi trẻ em, mũ bảo hiểm (tháng 9/2026):', '04 đoàn, 27 cơ sở, 03 cơ sở vi phạm, phạt 21.000.000 đồng.')),
    ('P', 'Cộng chung 03 đợt: 19 đoàn kiểm tra, 130 cơ sở được kiểm tra, 15 cơ sở vi phạm, tổng số tiền phạt 155.500.000 đồng. Hiện nay nội dung này đang tiếp tục thực hiện.'),
    ('P', 'Về khảo sát chất lượng: lấy 85 mẫu (xăng E5 RON 92, dầu DO, mũ bảo hiểm, đồ chơi trẻ em) gửi thử nghiệm; 09 mẫu không phù hợp, đã thông báo cho cơ quan chức năng và cảnh báo người tiêu dùng. Đến nay nội dung này đã hoàn thành.'),
    ('H', '3. Hỗ trợ doanh nghiệp'),
    ('P', 'Hướng dẫn 146 doanh nghiệp công bố hợp chuẩn, hợp quy; hỗ trợ 12 doanh nghiệp áp dụng ISO 9001, ISO 22000, 5S, Kaizen với kinh phí 120.000.000 đồng. Cộng chung 158 doanh nghiệp được hướng dẫn, hỗ trợ. Hiện nay nội dung này đang tiếp tục thực hiện.'),
    ('H', '4. Xây dựng, góp ý tiêu chuẩn, quy chuẩn'),
    ('P', 'Góp ý 11 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ, ngành gửi lấy ý kiến; đang tổng hợp ý kiến các sở, ngành để đề xuất xây dựng quy chuẩn kỹ thuật địa phương. Hiện nay nội dung này đang thực hiện.'),
    ('H', '5. Tổ chức dịch vụ kỹ thuật'),
    ('P', 'Chỉ định bổ sung 03 tổ chức kiểm định, hiệu chuẩn; các tổ chức dịch vụ kỹ thuật trên địa bàn đã kiểm định, hiệu chuẩn 215.430 phương tiện đo. Hiện nay nội dung này đang tiếp tục thực hiện.'),
    ('H', '6. Đào tạo nguồn nhân lực'),
    ('P', 'Tổ chức 02 lớp tập huấn nghiệp vụ cho 168 công chức các sở, ngành, UBND phường, xã, đặc khu. Đến nay nội dung này đã hoàn thành.'),
    ('P', 'Về năng suất: tổ chức 01 khóa đào tạo chuyên gia năng suất với 35 học viên; hình thành mạng lưới 18 chuyên gia tư vấn năng suất. Đến nay nội dung này đã hoàn thành.'),
    ('H', '7. Hợp tác quốc tế'),
    ('P', 'Phối hợp với Ủy ban TĐC Quốc gia và APO: trong năm chưa có yêu cầu; nội dung này không phát sinh.'),
]
E = [
    ('II.1.a', 'completed', {'training_courses': 5, 'participants': 458}, B[2][1]),
    ('II.1.b', 'completed', {'communications': 12, 'enterprises_supported': 7}, B[3][1]),
    ('II.5.a', 'in_progress', {'inspections': 19, 'establishments_inspected': 130, 'violations': 15, 'fines_vnd': 155500000}, B[9][1]),
    ('II.5.b', 'completed', {'samples_tested': 85}, B[10][1]),
    ('II.2.d', 'in_progress', {'enterprises_supported': 158, 'budget_spent_vnd': 120000000}, B[12][1]),
    ('II.2.e', 'in_progress', {'standards_reviewed': 11}, B[14][1]),
    ('II.2.g', 'in_progress', {'instruments_verified': 215430}, B[16][1]),
    ('II.3.a', 'completed', {'training_courses': 2, 'participants': 168}, B[18][1]),
    ('II.3.b', 'completed', {'training_courses': 1, 'participants': 35}, B[19][1]),
    ('II.6.b', 'not_applicable', {}, B[21][1]),
]
U = ['Các nhiệm vụ chủ trì cơ bản bám sát tiến độ; công tác kiểm tra có trọng tâm, xử lý nghiêm vi phạm.']
HC = [('Nguyên nhân khách quan:', ['Sau sắp xếp đơn vị hành chính, đầu mối theo dõi lĩnh vực TĐC ở nhiều phường, xã chưa ổn định.',
                                   'Kinh phí kế hoạch 349 triệu đồng chưa đáp ứng nhu cầu khảo sát chất lượng trên diện rộng.']),
      ('Nguyên nhân chủ quan:', ['Biên chế công chức làm công tác kiểm tra của Chi cục còn thiếu so với khối lượng công việc.'])]
KN = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.',
      'Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối về TĐC và gửi danh sách về Chi cục.']
h2_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '1024/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần nhiệm vụ Chi cục chủ trì)', B, U, HC, KN,
       ['CHI CỤC TRƯỞNG', 'Mai Xuân Hòa'], ['- Giám đốc Sở (để b/c);', '- Lưu: VT, TĐC.'])
key(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1024/BC-TĐC', '2026-10-31', E, [x for _, its in HC for x in its], KN)

# ======================================================================
# HAND 4 - Đỗ Văn Lợi: plain table-keeper, DOCX. One table
# "TT | Nội dung công việc | Kết quả | Tình hình" and a paired two-column table
# "Khó khăn, vướng mắc | Kiến nghị, đề xuất" (each row pairs a difficulty with its fix).
# ======================================================================
ST4 = {'completed': 'Hoàn thành', 'in_progress': 'Đang triển khai', 'not_started': 'Chưa triển khai', 'not_applicable': 'Không phát sinh'}

def h4_doc(fname, left, number, date_line, title2, intro, rows, pairs, signer, recipients, kinh_gui, status_words=ST4):
    d = new_doc(size=13)
    header_block(d, [(l, 'b' if i == len(left) - 1 else '') for i, l in enumerate(left)] + [('Số: ' + number, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'bu'), ('', ''), (date_line, 'i')])
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title2, bold=True, align='c')
    para(d, 'Kính gửi: ' + kinh_gui, align='c')
    para(d, intro, align='j')
    para(d, '1. Kết quả thực hiện', bold=True)
    tb = [['TT', 'Nội dung công việc', 'Kết quả', 'Tình hình']]
    for i, r_ in enumerate(rows, 1):
        tb.append([str(i), r_['nd'], r_['kq'], r_.get('st') or status_words[r_['status']]])
    grid_table(d, tb, [1.0, 5.2, 7.0, 3.0])
    d.add_paragraph()
    para(d, '2. Khó khăn và kiến nghị', bold=True)
    tb = [['Khó khăn, vướng mắc', 'Kiến nghị, đề xuất']] + [[a, b] for a, b in pairs]
    t = grid_table(d, tb, [8.0, 8.2])
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), [('Nơi nhận:', 'bi')] + [(r_, 'S') for r_ in recipients], align='l')
    cell_lines(t.cell(0, 1), [(s, 'b') for s in signer[:-1]] + [('', ''), ('', ''), ('', ''), (signer[-1], 'b')])
    d.save(os.path.join(OUT, fname))

def h4_entries(rows):
    return [(r['task'], r['status'], r.get('ind', {}), r['nd'] + ' – ' + r['kq']) for r in rows if r.get('task')]

# ---- F13 Phường Bảy Hiền
f = 'BC CT38 P.Bay Hien.docx'
R = [
    dict(task='II.5.c', status='completed', nd='Phối hợp kiểm tra đo lường, chất lượng tại chợ và cửa hàng vàng trên địa bàn',
         kq='03 cuộc (02 cuộc tại chợ Tân Bình, chợ Phạm Văn Hai; 01 cuộc tại cửa hàng vàng); kiểm tra 37 cơ sở; 04 cơ sở vi phạm; phạt 9.000.000đ.',
         ind={'inspections': 3, 'establishments_inspected': 37, 'violations': 4, 'fines_vnd': 9000000}),
    dict(task='II.1.a', status='completed', nd='Tuyên truyền về cân đúng, cân đủ tới tiểu thương',
         kq='Phát 800 tờ rơi tuyên truyền tại các chợ.', ind={'communications': 800}),
    dict(task='II.3.a', status='completed', nd='Cử công chức tập huấn nghiệp vụ', kq='02 công chức Phòng Kinh tế tham dự.', ind={'participants': 2}),
    dict(task='II.2.d', status='in_progress', nd='Hướng dẫn cơ sở sản xuất, kinh doanh ghi nhãn, tự công bố sản phẩm',
         kq='Hướng dẫn 19 cơ sở sản xuất, kinh doanh thực phẩm bao gói sẵn.', ind={'enterprises_supported': 19}),
    dict(task='II.5.d', status='not_applicable', nd='Khen thưởng người tố giác vi phạm', kq='Không có.'),
]
PR = [('Cân đối chứng tại chợ Phạm Văn Hai hư hỏng, chưa được thay thế.', 'Đề nghị Chi cục TĐC hỗ trợ kiểm định, thay thế cân đối chứng tại chợ Phạm Văn Hai.'),
      ('Công chức phụ trách kiêm nhiệm, chưa được tập huấn chuyên sâu về xử phạt.', 'Đề nghị Sở tổ chức lớp tập huấn chuyên sâu về xử phạt vi phạm hành chính lĩnh vực TĐC cho công chức phường.')]
h4_doc(f, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BẢY HIỀN'], '428/BC-UBND', 'Bảy Hiền, ngày 04 tháng 11 năm 2026',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 
       'Thực hiện đề nghị của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bảy Hiền báo cáo kết quả thực hiện năm 2026 như sau:', R, PR,
       ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lương Thị Thúy'], ['- Như trên;', '- Lưu: VT, KT.'], 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh')
key(f, '26983', 'Phường Bảy Hiền', '428/BC-UBND', '2026-11-04', h4_entries(R), [a for a, _ in PR], [b for _, b in PR])

# ---- F14 Phường Cát Lái (re-saved through LibreOffice)
f = 'Cat Lai - bao cao CT38.docx'
R = [
    dict(task='II.5.c', status='completed', nd='Phối hợp kiểm tra cửa hàng xăng dầu, hàng hóa nhập khẩu lưu thông khu vực cảng',
         kq='02 cuộc; 09 cửa hàng xăng dầu; 01 cơ sở vi phạm; phạt 7.500.000 đồng.',
         ind={'inspections': 2, 'establishments_inspected': 9, 'violations': 1, 'fines_vnd': 7500000}),
    dict(task='II.1.a', status='completed', nd='Tuyên truyền trên Trang thông tin điện tử phường', kq='Đăng 04 tin bài về pháp luật đo lường, nhãn hàng hóa.', ind={'communications': 4}),
    dict(task='II.3.a', status='not_started', nd='Cử cán bộ tập huấn', kq='Chưa cử được do trùng lịch tiếp công dân.'),
    dict(task='II.1.b', status='completed', nd='Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia',
         kq='Gửi thông báo đến các doanh nghiệp trên địa bàn; hướng dẫn 01 doanh nghiệp hoàn thiện hồ sơ đăng ký.', ind={'enterprises_supported': 1}),
    dict(task='II.5.d', status='not_applicable', nd='Khen thưởng, bảo vệ người tố giác', kq='—'),
]
PR = [('Địa bàn có nhiều kho hàng nhập khẩu, phường không đủ chuyên môn để kiểm tra chất lượng hàng nhập khẩu.', 'Đề nghị Chi cục TĐC chủ trì các đợt kiểm tra hàng nhập khẩu, phường cử người phối hợp.')]
h4_doc(f, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG CÁT LÁI'], '276/BC-UBND', 'Cát Lái, ngày 06 tháng 11 năm 2026',
       'Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
       'Ủy ban nhân dân phường Cát Lái báo cáo tình hình thực hiện các nội dung được giao như sau:', R, PR,
       ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Tạ Minh Chánh'], ['- Sở KH&CN;', '- Chi cục TĐC;', '- Lưu: VT.'], 'Sở Khoa học và Công nghệ')
key(f, '27112', 'Phường Cát Lái', '276/BC-UBND', '2026-11-06', h4_entries(R), [a for a, _ in PR], [b for _, b in PR])
RESAVE.append(f)

# ---- F15 Trung tâm Dịch vụ Phân tích thí nghiệm
f = 'TTPTTN - bao cao CT38 2026.docx'
R = [
    dict(task='II.4.a', status='in_progress', nd='Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định, hiệu chuẩn',
         kq='Mua sắm 05 thiết bị (hệ thống hiệu chuẩn áp suất, máy sắc ký khí...); đã giải ngân 2.350.000.000 đồng/3.100.000.000 đồng dự toán.', ind={'budget_spent_vnd': 2350000000}),
    dict(task='II.2.g', status='in_progress', nd='Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và doanh nghiệp',
         kq='Kiểm định, hiệu chuẩn 48.612 phương tiện đo; mở rộng 02 lĩnh vực thử nghiệm mới được công nhận ISO/IEC 17025.', ind={'instruments_verified': 48612}),
    dict(task='II.4.c', status='completed', nd='Duy trì, liên kết chuẩn đo lường chính',
         kq='Hiệu chuẩn liên kết 14 chuẩn chính lên chuẩn quốc gia tại Viện Đo lường Việt Nam.', ind={'instruments_verified': 14}),
    dict(task='II.5.b', status='completed', nd='Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC',
         kq='Thử nghiệm 85 mẫu, trả kết quả đúng hạn.', ind={'samples_tested': 85}),
    dict(task='II.3.a', status='completed', nd='Cử viên chức tham dự tập huấn, hội thảo chuyên ngành', kq='07 viên chức tham dự.', ind={'participants': 7}),
]
PR = [('Nhiều thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí bảo trì lớn.', 'Đề nghị Sở ưu tiên bố trí vốn đầu tư thay thế thiết bị năm 2027.'),
      ('Thiếu kiểm định viên lĩnh vực dung tích, lưu lượng.', 'Đề nghị Chi cục TĐC mở lớp đào tạo kiểm định viên lĩnh vực dung tích, lưu lượng.')]
h4_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '532/BC-TTPT', 'Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       'Trung tâm báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch như sau:', R, PR,
       ['GIÁM ĐỐC', 'Trịnh Công Danh'], ['- Chi cục TĐC;', '- Lưu: VT, KHTH.'], 'Chi cục Tiêu chuẩn Đo lường Chất lượng')
key(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '532/BC-TTPT', '2026-10-22',
    h4_entries(R), [a for a, _ in PR], [b for _, b in PR])

# ---- F16 Văn phòng Sở — MISTAKEN: thi đua khen thưởng
f = 'VP So - BC thi dua khen thuong 2026.docx'
R = [
    dict(nd='Phát động phong trào thi đua năm 2026 và thi đua chuyên đề chào mừng các ngày lễ lớn', kq='Ban hành 03 kế hoạch phát động; 100% đơn vị đăng ký thi đua.', st='Hoàn thành'),
    dict(nd='Xét tặng danh hiệu “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”', kq='Đang tổng hợp hồ sơ từ các phòng, đơn vị.', st='Đang triển khai'),
    dict(nd='Đề nghị UBND Thành phố tặng Bằng khen cho tập thể, cá nhân có thành tích', kq='Đã trình 04 tập thể, 11 cá nhân.', st='Hoàn thành'),
    dict(nd='Khen thưởng đột xuất', kq='Không có.', st='Không phát sinh'),
]
PR = [('Một số đơn vị gửi hồ sơ đề nghị khen thưởng chậm so với thời hạn.', 'Đề nghị các phòng, đơn vị gửi hồ sơ đúng hạn trước ngày 30/11/2026.')]
h4_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG'], '311/BC-VP', 'Thành phố Hồ Chí Minh, ngày 15 tháng 10 năm 2026',
       'Kết quả công tác thi đua, khen thưởng năm 2026 và phương hướng năm 2027',
       'Văn phòng Sở báo cáo kết quả công tác thi đua, khen thưởng năm 2026 như sau:', R, PR,
       ['CHÁNH VĂN PHÒNG', 'Ngô Thị Thanh Xuân'], ['- Hội đồng Thi đua - Khen thưởng Sở;', '- Lưu: VT, VP.'], 'Hội đồng Thi đua - Khen thưởng Sở')
key(f, 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', '311/BC-VP', '2026-10-15', [], [], [], status='rejected',
    reason='Không phải báo cáo Kế hoạch CT38: báo cáo công tác thi đua, khen thưởng năm 2026 (gửi nhầm).')

# ----------------------------------------------------------------- LibreOffice re-save
for f in RESAVE:
    ext = f.rsplit('.', 1)[1]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, 'in.' + ext)
        shutil.copy(os.path.join(OUT, f), src)
        outdir = os.path.join(td, 'out'); os.makedirs(outdir)
        subprocess.run(['libreoffice', '--headless', '-env:UserInstallation=file://' + td + '/prof',
                        '--convert-to', ext, '--outdir', outdir, src], check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(outdir, 'in.' + ext), os.path.join(OUT, f))

# ----------------------------------------------------------------- truth
for f, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
    with open(os.path.join(TRUTH, f + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), 'files written')
