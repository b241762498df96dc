# Generator for set67. Hands: H1 Hồng (DOCX, hedged statuses), H2 Khoa (XLSX, VLOOKUP catalogue),
# H3 Dung (DOCX, em-dash keyword paragraphs, colloquial statuses), H4 Việt (XLSX, hidden input sheet).
import json, hashlib, os, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
REPORTS = []

def R(**kw):
    REPORTS.append(kw); return kw

def E(task, status, ind, text):
    return dict(task=task, status=status, indicators=ind, text=text)

# ---------------------------------------------------------------- H1 Hồng
def h1_doc(r):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    t = d.add_table(rows=1, cols=2)
    l, rr = t.rows[0].cells
    l.paragraphs[0].text = 'UBND THÀNH PHỐ HỒ CHÍ MINH'
    p = l.add_paragraph(); p.add_run(r['unit_caps']).bold = True
    l.add_paragraph('Số: ' + r['number'])
    rr.paragraphs[0].add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').bold = True
    p = rr.add_paragraph(); p.add_run('Độc lập - Tự do - Hạnh phúc').bold = True
    p = rr.add_paragraph(); p.add_run(r['date_text']).italic = True
    for c in (l, rr):
        for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run('BÁO CÁO').bold = True
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(r['title']).bold = True
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run('Kính gửi: ' + r.get('to', 'Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)'))
    for para in r['intro']:
        d.add_paragraph(para)
    for sec, items in r['body']:
        p = d.add_paragraph(); p.add_run(sec).bold = True
        for lead, txt in items:
            p = d.add_paragraph()
            p.add_run(lead).italic = True
            p.add_run(' ' + txt)
            p.paragraph_format.first_line_indent = Cm(1)
    if r['diff'] or r['prop']:
        p = d.add_paragraph(); p.add_run(r.get('dp_head', 'III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ')).bold = True
        if r['diff']:
            d.add_paragraph('1. Khó khăn, vướng mắc')
            for x in r['diff']: d.add_paragraph('- ' + x)
        if r['prop']:
            d.add_paragraph('2. Kiến nghị')
            for x in r['prop']: d.add_paragraph('- ' + x)
    d.add_paragraph(r.get('closing', 'Trên đây là báo cáo kết quả thực hiện, kính gửi Sở Khoa học và Công nghệ tổng hợp./.'))
    t = d.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    p = a.paragraphs[0]; p.add_run('Nơi nhận:').bold = True
    a.add_paragraph('- Như trên;'); a.add_paragraph('- Lưu: VT.')
    p = b.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(r['sign']).bold = True
    for _ in range(3): b.add_paragraph('')
    p = b.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(r['signer']).bold = True
    return d

# ---------------------------------------------------------------- H3 Dung
def h3_doc(r):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
    for line in r['head']:
        p = d.add_paragraph(line)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(r['title']).bold = True
    for para in r['intro']: d.add_paragraph(para)
    for kw, txt in r['paras']:
        p = d.add_paragraph()
        p.add_run(kw).bold = True
        p.add_run(' — ' + txt)
    if r['diff']:
        p = d.add_paragraph(); p.add_run(r.get('dh', 'Vướng mắc')).bold = True
        for x in r['diff']: d.add_paragraph(x)
    if r['prop']:
        p = d.add_paragraph(); p.add_run(r.get('ph', 'Kiến nghị')).bold = True
        for x in r['prop']: d.add_paragraph(x)
    for line in r['tail']:
        d.add_paragraph(line)
    return d

# ---------------------------------------------------------------- H2 Khoa
DM = [('1','II.1.a','Tập huấn VBQPPL về TC-ĐL-CL; tọa đàm DN nhập khẩu'),('2','II.1.b','Vận động DN tham dự Giải thưởng CLQG'),
('3','II.2.a','Chương trình năng suất 1322/36, Đề án 996, Đề án 100'),('4','II.2.b','Hoạt động Giải thưởng CLQG'),
('5','II.2.c','Góp ý sửa đổi Luật, VBQPPL về TC-ĐL-CL'),('6','II.2.d','Hỗ trợ DN áp dụng HTQL, công bố chất lượng'),
('7','II.2.đ','ISO 9001 trong cơ quan hành chính'),('8','II.2.e','Xây dựng, góp ý TCVN/QCVN, QCĐP'),
('9','II.2.g','Tổ chức dịch vụ kỹ thuật TC-ĐL-CL'),('10','II.2.h','Hệ thống TTHC của Bộ KH&CN, Cổng một cửa QG'),
('11','II.2.i','CSDL quốc gia về TC-ĐL-CL'),('12','II.3.a','Tập huấn chuyên môn cho công chức sở, ngành, xã phường'),
('13','II.3.b','Khóa bồi dưỡng năng suất chất lượng, mạng lưới tư vấn'),('14','II.3.c','Thu hút chuyên gia, cán bộ trình độ cao'),
('15','II.3.d','Đào tạo viên chức, sinh viên về TC-ĐL-CL'),('16','II.4.a','Đầu tư CSVC, trang thiết bị ĐVSN'),
('17','II.4.b','Bảo trì, kiểm định PTTB kỹ thuật nghiệp vụ'),('18','II.4.c','Duy trì chuẩn đo lường chính'),
('19','II.5.a','Kiểm tra TC-ĐL-CL hàng hóa'),('20','II.5.b','Khảo sát chất lượng SP, HH'),
('21','II.5.c','Phối hợp UBND phường/xã/đặc khu (phân quyền)'),('22','II.5.d','Khen thưởng, bảo vệ người tố giác'),
('23','II.6.a','Cập nhật điều ước, thỏa thuận quốc tế'),('24','II.6.b','Phối hợp APO, năng suất khu vực công')]
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2_book(r):
    wb = Workbook(); ws = wb.active; ws.title = 'BaoCao'
    ws['A1'] = r['unit_caps']; ws['A1'].font = Font(bold=True)
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A2'] = 'Số: ' + r['number']; ws['E3'] = r['date_text']
    ws['A5'] = r['title']; ws['A5'].font = Font(bold=True, size=13)
    hdr = ['Mã', 'Nhiệm vụ theo KH (tra DM)', 'Nội dung đã làm', 'Chỉ tiêu', 'ĐVT', 'SL', 'Tình trạng']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal='center')
    row = 8
    for blk in r['rows']:
        code, work, figs, stt = blk
        first = True
        for fig in (figs or [(None, None, None)]):
            ws.cell(row, 1, int(code) if first else None)
            if first:
                ws.cell(row, 2, f'=IFERROR(VLOOKUP(A{row},DM!$A$2:$C$25,3,0),"")')
                ws.cell(row, 3, work); ws.cell(row, 7, stt)
            if fig[0]:
                ws.cell(row, 4, fig[0]); ws.cell(row, 5, fig[1]); ws.cell(row, 6, fig[2])
                if isinstance(fig[2], int) and fig[2] >= 1000: ws.cell(row, 6).number_format = '#,##0'
            for cc in range(1, 8):
                ws.cell(row, cc).border = BOX; ws.cell(row, cc).alignment = Alignment(wrap_text=True, vertical='top')
            first = False; row += 1
    row += 1
    ws.cell(row, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); row += 1
    for x in r['diff']:
        ws.cell(row, 2, x); row += 1
    ws.cell(row, 1, 'Đề xuất:').font = Font(bold=True); row += 1
    for x in r['prop']:
        ws.cell(row, 2, x); row += 1
    row += 1
    ws.cell(row, 2, 'Người lập biểu'); ws.cell(row, 6, r['sign']); row += 3
    ws.cell(row, 2, r['maker']); ws.cell(row, 6, r['signer'])
    for col, w in zip('ABCDEFG', (6, 34, 48, 26, 9, 12, 16)):
        ws.column_dimensions[col].width = w
    dm = wb.create_sheet('DM')
    dm.append(['Mã', 'Mục KH', 'Tên rút gọn'])
    for x in r.get('dm', DM): dm.append([int(x[0]), x[1], x[2]])
    return wb

# ---------------------------------------------------------------- H4 Việt
def h4_book(r):
    wb = Workbook(); ws = wb.active; ws.title = 'BC'
    nh = wb.create_sheet('Nhap')
    ws['A1'] = r['unit_caps']; ws['A2'] = 'Số: ' + r['number']
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D3'] = r['date_text']
    ws['A5'] = r['title']; ws['A5'].font = Font(bold=True)
    hdr = ['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Số liệu', 'Tình trạng']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX
    nh.append(['key', 'noi dung', 'gia tri', 'dvt'])
    nrow = 2; row = 8
    for i, (name, res, figs, stt) in enumerate(r['rows'], 1):
        start = row
        ws.cell(row, 1, i); ws.cell(row, 2, name); ws.cell(row, 3, res); ws.cell(row, 5, stt)
        if not figs:
            ws.cell(row, 4, '-')
            row += 1
        for lab, val, unit in figs:
            nh.cell(nrow, 1, f'{i}.{lab}'); nh.cell(nrow, 2, lab); nh.cell(nrow, 3, val); nh.cell(nrow, 4, unit)
            ws.cell(row, 4, f'=Nhap!B{nrow}&": "&TEXT(Nhap!C{nrow},"#,##0")&" "&Nhap!D{nrow}')
            nrow += 1; row += 1
        if row - start > 1:
            for col in (1, 2, 3, 5):
                ws.merge_cells(start_row=start, start_column=col, end_row=row - 1, end_column=col)
        for rr in range(start, row):
            for cc in range(1, 6):
                ws.cell(rr, cc).border = BOX; ws.cell(rr, cc).alignment = Alignment(wrap_text=True, vertical='top')
    row += 1
    ws.cell(row, 1, 'Khó khăn, vướng mắc'); row += 1
    for x in r['diff']: ws.cell(row, 2, x); row += 1
    ws.cell(row, 1, 'Kiến nghị, đề xuất'); row += 1
    for x in r['prop']: ws.cell(row, 2, x); row += 1
    row += 1; ws.cell(row, 4, r['sign']); ws.cell(row + 3, 4, r['signer'])
    for col, w in zip('ABCDE', (6, 38, 52, 34, 18)): ws.column_dimensions[col].width = w
    nh.sheet_state = 'hidden'
    return wb

exec(open(os.path.join(OUT, 'data.py'), encoding='utf-8').read())

def lo_resave(path, fmt):
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--calc' if fmt == 'xlsx' else '--writer', '--convert-to', fmt, '--outdir', tmp, path],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)

for r in REPORTS:
    path = os.path.join(OUT, r['file'])
    if r['hand'] == 'H1': h1_doc(r).save(path)
    elif r['hand'] == 'H3': h3_doc(r).save(path)
    elif r['hand'] == 'H2': h2_book(r).save(path)
    else: h4_book(r).save(path)
    if r.get('lo'): lo_resave(path, r['file'].rsplit('.', 1)[1])
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    rej = r.get('rejected')
    key = dict(file=r['file'], sha256=sha, status='rejected' if rej else 'extracted', reason=rej,
               unit=dict(id=r['uid'], name=r['uname']), document=dict(number=r['number'], date=r['date']),
               entries=[] if rej else r['entries'], findings=[],
               difficulties=[] if rej else r['diff'], proposals=[] if rej else r['prop'])
    json.dump(key, open(os.path.join(TR, r['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(r['file'], key['status'], len(key['entries']))
