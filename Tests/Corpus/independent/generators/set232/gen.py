import json, hashlib, os, csv, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data import R
OUT = os.path.dirname(os.path.abspath(__file__))
AG = {r['id']: r['name'] for r in csv.DictReader(open('/work/shared/data/agencies.csv'))}
CM = {r[0]: r[1] for r in csv.reader(open('/work/shared/data/communes-2025.csv'))}
def vdate(iso, place):
    y, m, d = iso.split('-'); return f'{place}, ngày {d} tháng {m} năm {y}'
def parent(r):
    if r['uid'].startswith('SKHCN'): return 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    if r['uid'].startswith('SO-'): return 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH'
    return 'ỦY BAN NHÂN DÂN'
def header(doc, r, place, font='Times New Roman'):
    t = doc.add_table(rows=1, cols=2)
    L, Rr = t.rows[0].cells
    p = L.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(parent(r) + '\n')
    p.add_run(r['uname'].upper()).bold = True
    p2 = L.add_paragraph('Số: ' + r['number']); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = Rr.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n').bold = True
    q.add_run('Độc lập - Tự do - Hạnh phúc').bold = True
    q2 = Rr.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q2.add_run(vdate(r['date'], place)).italic = True
def setfont(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)
def placeof(r):
    if r['uid'].startswith(('SKHCN', 'SO-')): return 'Thành phố Hồ Chí Minh'
    return r['uname'].split(' ', 1)[1]
def sign(doc, who, name):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(who + '\n\n\n\n').bold = True; p.add_run(name).bold = True

def hand_A(r, path):
    doc = Document(); setfont(doc, 'Times New Roman', 13)
    header(doc, r, placeof(r))
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if r.get('topic') == 'giam_ngheo':
        p.add_run('BÁO CÁO\nKết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026').bold = True
        doc.add_paragraph(f'Thực hiện Kế hoạch của UBND Thành phố về giảm nghèo bền vững, {r["uname"]} báo cáo kết quả như sau:')
        doc.add_paragraph('I. Kết quả thực hiện').runs[0].bold = True
        for i, (t, st) in enumerate([('Rà soát hộ nghèo, hộ cận nghèo', ['Bước 1: Thành lập Ban chỉ đạo rà soát (xong)', 'Bước 2: Rà soát 11 khu phố, xác định 37 hộ nghèo, 52 hộ cận nghèo (xong)']),
                                     ('Hỗ trợ vay vốn', ['Bước 1: Giải ngân cho 24 hộ vay, tổng 1,44 tỷ đồng (xong)', 'Bước 2: Kiểm tra sử dụng vốn (đang làm)']),
                                     ('Hỗ trợ nhà ở', ['Bước 1: Khảo sát 05 căn nhà xuống cấp (xong)', 'Bước 2: Sửa chữa 03 căn (đang làm)'])], 1):
            doc.add_paragraph(f'{i}. {t}').runs[0].bold = True
            for s in st: doc.add_paragraph(s).paragraph_format.left_indent = Cm(0.8)
        doc.add_paragraph('II. Khó khăn: Một số hộ thoát nghèo chưa bền vững.')
        sign(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Thị Kim Yến')
        doc.save(path); return
    p.add_run('BÁO CÁO\n').bold = True
    p.add_run('Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn ' + r['uname'].split(' ',1)[0].lower() + ' (đến tháng 11/2026)').bold = True
    doc.add_paragraph(f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {r["uname"].split(" ",1)[0].lower()} {r["uname"].split(" ",1)[1]} báo cáo kết quả thực hiện theo từng phần việc, mỗi phần việc ghi theo các bước đã làm như sau:')
    doc.add_paragraph().add_run('I. KẾT QUẢ THỰC HIỆN').bold = True
    for i, (task, st, title, steps, ind) in enumerate(r['entries'], 1):
        doc.add_paragraph().add_run(f'{i}. {title}').bold = True
        for s in steps:
            q = doc.add_paragraph(s + '.' if not s.endswith(')') else s); q.paragraph_format.left_indent = Cm(0.8)
    doc.add_paragraph().add_run('II. KHÓ KHĂN, VƯỚNG MẮC').bold = True
    for d in r['diffs']: doc.add_paragraph('- ' + d)
    doc.add_paragraph().add_run('III. KIẾN NGHỊ').bold = True
    for d in r['props']: doc.add_paragraph('- ' + d)
    doc.add_paragraph('Trên đây là báo cáo của ' + r['uname'] + './.')
    sign(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', {'26566':'Võ Thành Danh','25849':'Lê Quang Vinh','26647':'Trần Văn Bé Hai'}.get(r['uid'], 'Phạm Hữu Tài'))
    doc.save(path)

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def hand_B(r, path):
    wb = Workbook(); ws = wb.active; ws.title = 'BC CT38'
    ws['A1'] = 'UBND ' + r['uname'].upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + r['number']
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = vdate(r['date'], placeof(r)); ws['E3'].font = Font(italic=True)
    ws.merge_cells('A5:G5'); ws['A5'] = 'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (tính theo số nội dung đã xong)'
    ws['A5'].font = Font(bold=True, size=12); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Phần việc của ' + r['uname'].split(' ')[0].lower(), 'Tổng số nội dung', 'Đã xong', 'Còn lại', 'Kết quả (số liệu)', 'So với kế hoạch']
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = Font(bold=True); x.border = BOX; x.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    row = 8
    for i, (task, st, title, tot, done, left, res, dl, ind) in enumerate(r['entries'], 1):
        vals = [i, title, tot, done, left if left != '0' else 0, res, dl]
        if st == 'not_applicable': vals = [i, title, '-', '-', left, res or '-', dl or '-']
        for c, v in enumerate(vals, 1):
            x = ws.cell(row, c, v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical='top')
        ws.row_dimensions[row].height = 18 * max(1, res.count('\n') + 1)
        row += 1
    row += 1
    ws.cell(row, 1, 'Vướng mắc:').font = Font(bold=True); row += 1
    for d in r['diffs']: ws.cell(row, 2, '- ' + d); row += 1
    ws.cell(row, 1, 'Kiến nghị:').font = Font(bold=True); row += 1
    for d in r['props']: ws.cell(row, 2, '- ' + d); row += 1
    row += 1
    ws.cell(row, 5, 'TM. ỦY BAN NHÂN DÂN').font = Font(bold=True); ws.cell(row + 1, 5, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH')
    ws.cell(row + 4, 5, {'25760':'Huỳnh Tấn Phát','26713':'Đặng Thị Mỹ Linh','26842':'Ngô Đức Thịnh','26596':'Lý Văn Sáu'}[r['uid']])
    for col, w in zip('ABCDEFG', [5, 40, 10, 9, 22, 28, 24]): ws.column_dimensions[col].width = w
    wb.save(path)

def hand_C(r, path):
    doc = Document(); setfont(doc, 'Times New Roman', 14)
    header(doc, r, 'Thành phố Hồ Chí Minh')
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('BÁO CÁO\nTình hình, kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026').bold = True
    doc.add_paragraph(f'{r["uname"]} báo cáo kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở; tình hình của mỗi nhiệm vụ được tính theo số nội dung (phần việc) đã xong và so với thời hạn của Kế hoạch.')
    doc.add_paragraph().add_run('I. KẾT QUẢ THỰC HIỆN').bold = True
    for i, (task, st, title, res, tinh, ind) in enumerate(r['entries'], 1):
        doc.add_paragraph().add_run(f'{i}. {title}').bold = True
        doc.add_paragraph('- Kết quả: ' + res)
        q = doc.add_paragraph('- Tình hình: '); q.add_run(tinh).italic = True
    doc.add_paragraph().add_run('II. KHÓ KHĂN, VƯỚNG MẮC').bold = True
    for j, d in enumerate(r['diffs'], 1): doc.add_paragraph(f'{j}. {d}')
    doc.add_paragraph().add_run('III. ĐỀ XUẤT, KIẾN NGHỊ').bold = True
    for j, d in enumerate(r['props'], 1): doc.add_paragraph(f'{j}. {d}')
    sign(doc, {'SKHCN-CCTDC':'KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG'}.get(r['uid'], 'TRƯỞNG PHÒNG'),
         {'SKHCN-CCTDC':'Mai Xuân Hoàng','SKHCN-KTPC':'Đoàn Thị Bích Ngà','SKHCN-QLKH':'Châu Gia Khang'}[r['uid']])
    doc.save(path)

def hand_E(r, path):
    doc = Document(); setfont(doc, 'Arial', 12)
    header(doc, r, 'Thành phố Hồ Chí Minh')
    p = doc.add_paragraph(); p.add_run('V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026').italic = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh').bold = True
    doc.add_paragraph(f'{r["uname"]} báo cáo các phần việc liên quan như bảng dưới đây (mỗi phần việc ghi các bước đã làm; cột cuối so với thời hạn của Kế hoạch):')
    t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['TT', 'Phần việc', 'Các bước thực hiện', 'Số liệu khác', 'So với kế hoạch']):
        c.paragraphs[0].add_run(h).bold = True
    for i, (task, st, title, steps, extra, dl, ind) in enumerate(r['entries'], 1):
        cells = t.add_row().cells
        cells[0].text = str(i); cells[1].text = title
        cells[2].text = steps[0]
        for s in steps[1:]: cells[2].add_paragraph(s)
        cells[3].text = extra or '-'; cells[4].text = dl
    doc.add_paragraph()
    if r['diffs']:
        doc.add_paragraph().add_run('Khó khăn:').bold = True
        for d in r['diffs']: doc.add_paragraph('- ' + d)
    doc.add_paragraph().add_run('Đề xuất:').bold = True
    for d in r['props']: doc.add_paragraph('- ' + d)
    sign(doc, {'SKHCN-VP':'CHÁNH VĂN PHÒNG'}.get(r['uid'], 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'),
         {'SO-CT':'Bùi Thanh Tùng','SO-YT':'Lưu Ngọc Diễm','SKHCN-VP':'Phan Trọng Nghĩa'}[r['uid']])
    doc.save(path)

def hand_D(r, path):
    wb = Workbook(); ws = wb.active; ws.title = 'TienDo'
    ws['A1'] = parent(r).replace('\n', ' '); ws['A2'] = r['uname'].upper(); ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + r['number']; ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = vdate(r['date'], 'TP. Hồ Chí Minh')
    if r.get('topic') == 'cchc':
        ws['A5'] = 'BIỂU TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ IV/2026'; ws['A5'].font = Font(bold=True)
        hdr = ['STT', 'Lĩnh vực CCHC', 'Bước hiện tại', 'Chỉ tiêu', 'Số lượng', 'ĐVT', 'So với hạn']
        rows = [[1, 'Cải cách thủ tục hành chính', 'Bước 2/2: công bố (xong)', 'TTHC được rà soát', 46, 'thủ tục', 'Đúng hạn'],
                [2, 'Số hóa hồ sơ', 'Bước 1/3: số hóa (đang làm)', 'Hồ sơ đã số hóa', 12500, 'hồ sơ', 'Trễ 10 ngày'],
                [3, 'Một cửa liên thông', 'Bước 2/2 (xong)', 'Hồ sơ giải quyết đúng hạn', 98.6, '%', 'Đúng hạn']]
        for c, h in enumerate(hdr, 1): ws.cell(7, c, h).font = Font(bold=True)
        for i, rw in enumerate(rows, 8):
            for c, v in enumerate(rw, 1): ws.cell(i, c, v)
        wb.save(path); return
    ws['A5'] = 'TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font = Font(bold=True)
    hdr = ['STT', 'Nhiệm vụ', 'Bước hiện tại', 'Chỉ tiêu', 'Số lượng', 'ĐVT', 'So với hạn']
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = Font(bold=True); x.border = BOX
    row = 8
    for i, (task, st, title, step, figs, dl, ind) in enumerate(r['entries'], 1):
        n = max(1, len(figs)); top = row
        ws.cell(row, 1, i); ws.cell(row, 2, title); ws.cell(row, 3, step); ws.cell(row, 7, dl)
        if not figs: ws.cell(row, 4, '-'); ws.cell(row, 5, '-')
        for k, (lab, v, u, _) in enumerate(figs):
            ws.cell(row + k, 4, lab); x = ws.cell(row + k, 5, v); x.number_format = '#,##0'; ws.cell(row + k, 6, u)
        if n > 1:
            for c in (1, 2, 3, 7): ws.merge_cells(start_row=top, end_row=top + n - 1, start_column=c, end_column=c)
        for rr in range(top, top + n):
            for c in range(1, 8): ws.cell(rr, c).border = BOX; ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical='top')
        row += n
    row += 1
    ws.cell(row, 1, 'Khó khăn, vướng mắc').font = Font(bold=True); row += 1
    for d in r['diffs']: ws.cell(row, 2, d); row += 1
    ws.cell(row, 1, 'Đề xuất').font = Font(bold=True); row += 1
    for d in r['props']: ws.cell(row, 2, d); row += 1
    ws.cell(row + 1, 5, 'Người lập biểu: Quách Thùy Dương')
    for col, w in zip('ABCDEFG', [5, 40, 30, 34, 14, 10, 30]): ws.column_dimensions[col].width = w
    wb.save(path)

H = {'A': hand_A, 'B': hand_B, 'C': hand_C, 'D': hand_D, 'E': hand_E}
LO = {'25849-BaoCao-TDC-2026.docx', 'XaChauDuc-CT38-2026.xlsx'}
for r in R:
    path = os.path.join(OUT, r['fname'])
    H[r['hand']](r, path)
    if r['fname'] in LO:
        tmp = '/tmp/lo232'; os.makedirs(tmp, exist_ok=True)
        ext = r['fname'].rsplit('.', 1)[1]
        subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, r['fname']), path)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    name = AG.get(r['uid']) or CM.get(r['uid'])
    if r.get('rejected'):
        key = dict(file=r['fname'], sha256=sha, status='rejected', reason=r['rejected'], unit={'id': r['uid'], 'name': name},
                   document={'number': r['number'], 'date': r['date']}, entries=[], findings=[], difficulties=[], proposals=[])
    else:
        ents = []
        for e in r['entries']:
            task, st, title, ind = e[0], e[1], e[2], e[-1]
            ents.append({'task': task, 'status': st, 'indicators': ind, 'text': title})
        key = dict(file=r['fname'], sha256=sha, status='extracted', reason=None, unit={'id': r['uid'], 'name': name},
                   document={'number': r['number'], 'date': r['date']}, entries=ents, findings=[],
                   difficulties=r['diffs'], proposals=r['props'])
    json.dump(key, open(os.path.join(OUT, 'truth', r['fname'] + '.json'), 'w'), ensure_ascii=False, indent=1)
    print(r['fname'], r['hand'])
