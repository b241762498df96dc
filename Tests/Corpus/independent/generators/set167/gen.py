# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data import REPORTS
OUT = os.path.dirname(os.path.abspath(__file__))

def dvn(iso):
    y, m, d = iso.split('-'); return int(d), int(m), int(y)

def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)

def para(doc, text='', bold=False, italic=False, align=None, underline=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top','left','bottom','right','insideH','insideV'):
        x = OxmlElement('w:'+e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def header(doc, r, place, numfirst=True):
    d, m, y = dvn(r['date'])
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    L.paragraphs[0].text = ''
    lines = r['parent'].split('\n')
    for i, ln in enumerate(lines):
        p = L.paragraphs[0] if i == 0 else L.add_paragraph()
        run = p.add_run(ln); run.bold = (i == len(lines)-1); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = L.add_paragraph('Số: ' + r['number']); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = R.paragraphs[0]; rr = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); rr.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = R.add_paragraph(); rr = p.add_run('Độc lập - Tự do - Hạnh phúc'); rr.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = R.add_paragraph(); rr = p.add_run('%s, ngày %d tháng %d năm %d' % (place, d, m, y)); rr.italic = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------- Hand A ----------------
def hand_A(r):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    name = r['uname'].replace('Xã ', '')
    header(doc, r, name)
    para(doc)
    if r.get('mistaken') == 'giamngheo':
        para(doc, 'BÁO CÁO', bold=True, align='c')
        para(doc, 'Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 11 tháng năm 2026', bold=True, align='c')
        para(doc, 'Thực hiện Công văn số 1452/SNV-BTXH của Sở Nội vụ về báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026, UBND xã Bình Châu báo cáo như sau:', align='j')
        para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
        for i, (t, b) in enumerate([
            ('Rà soát hộ nghèo, hộ cận nghèo', 'Xã tổ chức rà soát tại 9 ấp; đầu kỳ có 41 hộ nghèo, 67 hộ cận nghèo. Đến nay giảm còn 18 hộ nghèo, 52 hộ cận nghèo.'),
            ('Hỗ trợ nhà ở', 'Hỗ trợ xây mới 06 căn nhà cho hộ nghèo, mỗi căn 60.000.000đ từ nguồn vận động.'),
            ('Hỗ trợ sinh kế, vay vốn', 'Phối hợp Ngân hàng Chính sách xã hội giải ngân cho 37 hộ vay vốn phát triển sản xuất, tổng dư nợ 1.850.000.000đ.'),
            ('Bảo hiểm y tế', 'Cấp 312 thẻ bảo hiểm y tế cho người thuộc hộ nghèo, cận nghèo.')], 1):
            para(doc, '%d. %s' % (i, t), bold=True, underline=True)
            para(doc, b, align='j')
            para(doc, '(Cán bộ theo dõi: %s; tình trạng: đang làm tiếp)' % r['officer'], italic=True)
        para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        para(doc, '- Một số hộ nghèo thuộc diện già cả, neo đơn, không còn khả năng lao động nên khó thoát nghèo.')
        para(doc, 'III. KIẾN NGHỊ', bold=True)
        para(doc, '- Đề nghị Sở Nội vụ bố trí thêm kinh phí hỗ trợ nhà ở cho hộ nghèo năm 2027.')
    else:
        para(doc, 'BÁO CÁO', bold=True, align='c')
        para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu 11 tháng)', bold=True, align='c')
        para(doc, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, UBND xã %s báo cáo kết quả thực hiện như sau:' % name, align='j')
        para(doc, 'I. TÌNH HÌNH CHUNG', bold=True)
        para(doc, 'Địa bàn xã chủ yếu là hộ kinh doanh nhỏ, chợ truyền thống và một số cửa hàng xăng dầu ven tỉnh lộ. Công tác tiêu chuẩn, đo lường, chất lượng do công chức Kinh tế tham mưu, có sự phối hợp của Văn hóa – Xã hội và Công an xã.', align='j')
        para(doc, 'II. KẾT QUẢ THỰC HIỆN', bold=True)
        others = ['đ/c Trần Văn Nam (công chức Kinh tế)', r['officer']]
        for i, e in enumerate(r['entries'], 1):
            p = doc.add_paragraph(); rr = p.add_run('%d. %s' % (i, e['title'])); rr.bold = True; rr.underline = True
            para(doc, e['body'], align='j')
            para(doc, '(Cán bộ theo dõi: %s; tình trạng: %s)' % (others[i % 2], e['st']), italic=True)
        para(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        for x in r['diff']: para(doc, '- ' + x, align='j')
        para(doc, 'IV. KIẾN NGHỊ', bold=True)
        for x in r['prop']: para(doc, '- ' + x, align='j')
        para(doc, 'Trên đây là báo cáo của UBND xã %s./.' % name)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]; rr = p.add_run('Nơi nhận:'); rr.bold = True; rr.italic = True
    L.add_paragraph('- Chi cục TĐC (b/c);'); L.add_paragraph('- Lưu: VT.')
    p = R.paragraphs[0]; rr = p.add_run('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'); rr.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = R.add_paragraph('\n\n\nNguyễn Văn Tâm'); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return doc

def lc(n):
    return n[0].lower() + n[1:]

# ---------------- Hand C ----------------
def hand_C(r):
    doc = Document(); set_font(doc, 'Times New Roman', 14)
    header(doc, r, r['place'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, 'Tình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng theo Kế hoạch của Sở Khoa học và Công nghệ (từ đầu năm đến ngày báo cáo)', bold=True, align='c')
    para(doc, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
    para(doc, 'UBND %s báo cáo các điểm công việc đã làm như sau:' % lc(r['uname']), align='j')
    for i, e in enumerate(r['entries'], 1):
        p = doc.add_paragraph()
        rr = p.add_run('Điểm %d. %s' % (i, e['title'])); rr.bold = True
        if e['st']:
            rr = p.add_run(' / ' + e['st']); rr.bold = True
        para(doc, e['body'], align='j')
        for f in e['figs']:
            p = para(doc, '▪ ' + f); p.paragraph_format.left_indent = Cm(1)
    para(doc, 'Điểm khó:', bold=True, italic=True)
    for j, x in enumerate(r['diff']): para(doc, '%s) %s' % ('abcd'[j], x), align='j')
    para(doc, 'Đề xuất:', bold=True, italic=True)
    for j, x in enumerate(r['prop']): para(doc, '%s) %s' % ('abcd'[j], x), align='j')
    para(doc, 'UBND %s kính báo./.' % lc(r['uname']))
    p = para(doc, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', bold=True, align='r')
    para(doc, '\n\nĐã ký', italic=True, align='r')
    return doc

# ---------------- Hand D docx ----------------
COLS_D = ['STT', 'Nhiệm vụ theo KH của Sở KH&CN', 'Chủ trì', 'Vai trò của đơn vị', 'Nội dung đã thực hiện', 'Số lượng', 'ĐVT', 'Đánh giá']
def hand_D_docx(r):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    sec = doc.sections[0]
    header(doc, r, 'Thành phố Hồ Chí Minh')
    p = para(doc, 'V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', italic=True)
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align='c')
    para(doc, 'Phúc đáp Công văn đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, %s báo cáo kết quả phối hợp thực hiện tính đến ngày 15 tháng 11 năm 2026 theo bảng dưới đây:' % r['uname'], align='j')
    t = doc.add_table(rows=1, cols=len(COLS_D)); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, COLS_D):
        c.text = ''; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(11)
    for i, e in enumerate(r['entries'], 1):
        rows = e['rows'] or [('Không phát sinh hoạt động trong kỳ', '', '')]
        first = None
        for k, (what, n, u) in enumerate(rows):
            cells = t.add_row().cells
            vals = [str(i) if k == 0 else '', e['title'] if k == 0 else '', e['lead'] if k == 0 else '', e['role'] if k == 0 else '', what, n, u, e['st'] if k == 0 else '']
            for c, v in zip(cells, vals):
                c.text = v
                for pp in c.paragraphs:
                    for rr in pp.runs: rr.font.size = Pt(11)
            if k == 0: first = t.rows[-1]
        if len(rows) > 1:
            last = t.rows[-1]
            for ci in (0, 1, 2, 3, 7):
                a = first.cells[ci]; txt = a.text
                a.merge(last.cells[ci])
                a.text = txt
                for pp in a.paragraphs:
                    for rr in pp.runs: rr.font.size = Pt(11)
    para(doc)
    para(doc, 'Khó khăn, vướng mắc:', bold=True)
    for x in r['diff']: para(doc, '– ' + x, align='j')
    para(doc, 'Đề xuất, kiến nghị:', bold=True)
    for x in r['prop']: para(doc, '– ' + x, align='j')
    para(doc, '%s kính gửi Sở Khoa học và Công nghệ tổng hợp./.' % r['uname'])
    para(doc, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', bold=True, align='r')
    para(doc, '\n\nLê Hoàng Minh', bold=True, align='r')
    return doc

# ---------------- XLSX helpers ----------------
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def xl_header(ws, r, ncol, place):
    d, m, y = dvn(r['date'])
    last = chr(ord('A') + ncol - 1)
    ws['A1'] = r['parent'].replace('\n', ' - ') if r['hand'] == 'B' else r['parent'].split('\n')[-1]
    ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + r['number']
    mid = chr(ord('A') + ncol - 4)
    ws[mid + '1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws[mid + '1'].font = Font(bold=True)
    ws[mid + '2'] = 'Độc lập - Tự do - Hạnh phúc'; ws[mid + '2'].font = Font(bold=True)
    ws[mid + '3'] = '%s, ngày %02d tháng %02d năm %d' % (place, d, m, y); ws[mid + '3'].font = Font(italic=True)

def hand_B(r):
    wb = Workbook(); ws = wb.active
    aps = r['aps']; ncol = 4 + len(aps) + 2
    ws.title = 'BC 11 thang' if not r.get('mistaken') else 'PCTT 11 thang'
    xl_header(ws, r, ncol, r['uname'].replace('Xã ', ''))
    last = ws.cell(row=1, column=ncol).column_letter
    if r.get('mistaken'):
        ws['A5'] = 'BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 11 THÁNG NĂM 2026'
    else:
        ws['A5'] = 'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) - 11 THÁNG NĂM 2026'
    ws['A5'].font = Font(bold=True); ws.merge_cells('A5:%s5' % last)
    ws['A6'] = '(Số liệu chia theo ấp, cột "Toàn xã" là số của cả xã)'; ws['A6'].font = Font(italic=True)
    hdr = ['STT', 'Nội dung công việc', 'Chỉ tiêu', 'ĐVT'] + aps + ['Toàn xã', 'Tình trạng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    row = 9
    if r.get('mistaken'):
        items = [('Sơ tán, di dời dân khi có bão, triều cường', [('Số hộ di dời', 'hộ', [12, 5, 0, 8], 25), ('Số nhân khẩu', 'người', [40, 17, 0, 26], 83)], 'Hoàn tất'),
                 ('Gia cố bờ bao, kênh mương', [('Chiều dài bờ bao gia cố', 'm', [350, 0, 120, 200], 670)], 'Còn triển khai'),
                 ('Diễn tập phòng chống thiên tai', [('Cuộc diễn tập', 'cuộc', None, 1), ('Lượt người tham gia', 'lượt', None, 120)], 'Hoàn tất')]
        ents = [dict(title=t, rows=rs, st=s) for t, rs, s in items]
    else:
        ents = r['entries']
    for i, e in enumerate(ents, 1):
        rows = e['rows'] or [('', '', None, '')]
        start = row
        for (lab, dvt, vals, tot) in rows:
            ws.cell(row=row, column=3, value=lab); ws.cell(row=row, column=4, value=dvt)
            if vals is not None:
                for j, v in enumerate(vals):
                    if v != '' and v is not None: ws.cell(row=row, column=5 + j, value=v)
            else:
                for j in range(len(aps)): ws.cell(row=row, column=5 + j, value='-')
            ws.cell(row=row, column=5 + len(aps), value=tot)
            for j in range(1, ncol + 1): ws.cell(row=row, column=j).border = BOX
            row += 1
        ws.cell(row=start, column=1, value=i); ws.cell(row=start, column=2, value=e['title'])
        ws.cell(row=start, column=ncol, value=e['st'])
        if row - 1 > start:
            for col in (1, 2, ncol):
                ws.merge_cells(start_row=start, start_column=col, end_row=row - 1, end_column=col)
        for col in (2, ncol): ws.cell(row=start, column=col).alignment = Alignment(wrap_text=True, vertical='center')
    row += 1
    if r.get('mistaken'):
        ws.cell(row=row, column=2, value='Khó khăn: Thiếu phương tiện cứu hộ tại ấp 3.'); row += 1
        ws.cell(row=row, column=2, value='Kiến nghị: Đề nghị cấp bổ sung 02 xuồng cứu hộ.'); row += 1
    else:
        ws.cell(row=row, column=2, value='Khó khăn, vướng mắc:').font = Font(bold=True); row += 1
        for x in r['diff']: ws.cell(row=row, column=2, value='- ' + x); row += 1
        ws.cell(row=row, column=2, value='Kiến nghị:').font = Font(bold=True); row += 1
        for x in r['prop']: ws.cell(row=row, column=2, value='- ' + x); row += 1
    row += 1
    ws.cell(row=row, column=2, value='Người lập biểu'); ws.cell(row=row, column=ncol - 1, value='KT. CHỦ TỊCH - PHÓ CHỦ TỊCH')
    ws.cell(row=row + 3, column=2, value='Nguyễn Văn Phúc')
    ws.column_dimensions['B'].width = 42; ws.column_dimensions['C'].width = 24
    ws.column_dimensions[ws.cell(row=1, column=ncol).column_letter].width = 18
    return wb

def hand_D_xlsx(r):
    wb = Workbook(); ws = wb.active; ws.title = 'Phu luc'
    ncol = len(COLS_D)
    xl_header(ws, r, ncol, 'Thành phố Hồ Chí Minh' if r['uid'].startswith('SO') else r['uname'].replace('Xã ', ''))
    ws['A5'] = 'PHỤ LỤC: KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'
    ws['A6'] = '(Kèm theo văn bản số %s ngày %s của %s)' % (r['number'], '/'.join(reversed(r['date'].split('-'))), r['uname'])
    ws['A5'].font = Font(bold=True); ws['A6'].font = Font(italic=True)
    for j, h in enumerate(COLS_D, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(wrap_text=True, horizontal='center')
    row = 9
    for i, e in enumerate(r['entries'], 1):
        rows = e['rows'] or [('Không phát sinh hoạt động trong kỳ', '', '')]
        start = row
        for (what, n, u) in rows:
            ws.cell(row=row, column=5, value=what)
            c = ws.cell(row=row, column=6, value=n); c.number_format = '@'
            ws.cell(row=row, column=7, value=u)
            for j in range(1, ncol + 1): ws.cell(row=row, column=j).border = BOX
            row += 1
        for col, v in ((1, i), (2, e['title']), (3, e['lead']), (4, e['role']), (8, e['st'])):
            ws.cell(row=start, column=col, value=v).alignment = Alignment(wrap_text=True, vertical='top')
            if row - 1 > start: ws.merge_cells(start_row=start, start_column=col, end_row=row - 1, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value='I. Khó khăn, vướng mắc').font = Font(bold=True); row += 1
    for x in r['diff']: ws.cell(row=row, column=2, value='– ' + x); row += 1
    ws.cell(row=row, column=1, value='II. Đề xuất, kiến nghị').font = Font(bold=True); row += 1
    for x in r['prop']: ws.cell(row=row, column=2, value='– ' + x); row += 1
    row += 1
    ws.cell(row=row, column=6, value='KT. GIÁM ĐỐC' if r['uid'].startswith('SO') else 'KT. CHỦ TỊCH')
    ws.cell(row=row + 1, column=6, value='PHÓ GIÁM ĐỐC' if r['uid'].startswith('SO') else 'PHÓ CHỦ TỊCH')
    ws.cell(row=row + 4, column=6, value='Đỗ Thanh Tùng' if r['uid'].startswith('SO') else 'Huỳnh Văn Lộc')
    for col, w in zip('ABCDEFGH', (5, 40, 14, 12, 44, 12, 12, 26)): ws.column_dimensions[col].width = w
    return wb

def lo_resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, path], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

def ktext(e):
    if 'figs' in e: return (e['body'] + ' ' + '; '.join(e['figs'])).strip()
    if 'body' in e: return e['body']
    rows = e.get('rows') or []
    if rows and len(rows[0]) == 4: return e['title'] + (': ' + '; '.join('%s: %s %s' % (a, d, b) for a, b, c, d in rows) if rows else '')
    return e['title'] + (': ' + '; '.join('%s: %s %s' % (a, b, c) for a, b, c in rows) if rows else '')

def main():
    for r in REPORTS:
        path = os.path.join(OUT, r['file'])
        AUTH = dict(A='Thuy VHXH', B='PhucKT', C='Bich-VP', D='Ngan TH')[r['hand']]
        if r['hand'] == 'A': o = hand_A(r)
        elif r['hand'] == 'C': o = hand_C(r)
        elif r['hand'] == 'B': o = hand_B(r)
        else: o = hand_D_docx(r) if path.endswith('.docx') else hand_D_xlsx(r)
        if path.endswith('.docx'): o.core_properties.author = AUTH; o.core_properties.last_modified_by = AUTH
        else: o.properties.creator = AUTH; o.properties.lastModifiedBy = AUTH
        o.save(path)
        if r.get('lo'): lo_resave(path)
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        rej = bool(r.get('mistaken'))
        key = dict(file=r['file'], sha256=sha, status='rejected' if rej else 'extracted',
                   reason=r.get('reason') if rej else None,
                   unit=dict(id=r['uid'], name=r['uname']),
                   document=dict(number=r['number'], date=r['date']),
                   entries=[] if rej else [dict(task=e['task'], status=e['status'], indicators=e['ind'],
                            text=ktext(e))
                            for e in r['entries']],
                   findings=[], difficulties=r['diff'], proposals=r['prop'])
        json.dump(key, open(os.path.join(OUT, 'truth', r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
        print(r['file'], sha[:10])
main()
