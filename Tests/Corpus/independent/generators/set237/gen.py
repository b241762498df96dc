# -*- coding: utf-8 -*-
import os, re, json, hashlib, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import REPORTS

OUT = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def vn_date_words(iso):
    y, m, d = iso.split('-')
    return d, m, y

# ---------- figure phrasing ----------
def parse_surface(s):
    m = re.match(r'^([\d\.,]+)(.*)$', s)
    return m.group(1), m.group(2)

def fmt_like(tok, rest, value):
    scale = 1
    if rest.startswith(' tỷ'): scale = 10**9
    elif rest.startswith(' triệu'): scale = 10**6
    if scale > 1:
        v = value / scale
        s = ('%.3f' % v).rstrip('0').rstrip('.').replace('.', ',')
        return s
    s = '{:,}'.format(value).replace(',', '.')
    if tok.startswith('0') and len(tok) == 2 and value < 10:
        s = '%02d' % value
    return s

UNITS = ['lượt', 'cơ sở', 'doanh nghiệp', 'hội nghị', 'quy trình', 'tin', 'cuộc', 'vụ', 'buổi', 'công chức', 'hộ', 'lớp', 'mẫu', 'đoàn']

def money_txt(tok, rest, value):
    if rest.startswith(' tỷ') and value < 10**9:
        return fmt_like(tok, ' triệu đồng', value) + ' triệu đồng'
    return fmt_like(tok, rest, value) + rest

def with_delta(f):
    if f['ly'] is None:
        return f['txt']
    tok, rest = parse_surface(f['txt'])
    cur, ly = f['val'], f['ly']
    unit = rest.strip()
    if cur == ly:
        return '%s, bằng cùng kỳ 2025' % f['txt']
    word = 'tăng' if cur > ly else 'giảm'
    if 'đồng' in unit:
        return '%s, %s %s so với cùng kỳ 2025 (%s)' % (f['txt'], word, money_txt(tok, rest, abs(cur - ly)), money_txt(tok, rest, ly))
    du = next((u for u in UNITS if unit.startswith(u)), unit.split()[0].rstrip(','))
    d = fmt_like(tok, rest, abs(cur - ly))
    return '%s, %s %s %s so với cùng kỳ 2025 (%s)' % (f['txt'], word, d, du, fmt_like(tok, rest, ly) + rest)

def fill(body, figs, delta=False):
    vals = {('f%d' % i): (with_delta(f) if delta else f['txt']) for i, f in enumerate(figs)}
    return body.format(**vals)

# ---------- docx helpers ----------
def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls('w')); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)
    for s in doc.sections:
        s.page_width = Cm(21); s.page_height = Cm(29.7)
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)

def para(doc_or_cell, text='', bold=False, italic=False, align=None, size=None, space_after=3):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    return p

def header_table(doc, left, right_top='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto='Độc lập - Tự do - Hạnh phúc', number=None, datestr=None, bold_left_last=True):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.paragraphs[0].text = ''
    lines = left.split('\n')
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(ln); r.bold = (i == len(lines) - 1) or not bold_left_last; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1)
    p = c.paragraphs[0]; r = p.add_run(right_top); r.bold = True; r.font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c.add_paragraph(); r = p.add_run(motto); r.bold = True; r.font.size = Pt(13); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if number:
        p = t.cell(1, 0).paragraphs[0]; p.add_run('Số: ' + number).font.size = Pt(13); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if datestr:
        p = t.cell(1, 1).paragraphs[0]; r = p.add_run(datestr); r.italic = True; r.font.size = Pt(13); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

def signature(doc, role, name, left_lines=None):
    t = doc.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    p = c.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in (left_lines or ['- Như trên;', '- Lưu: VT.']):
        q = c.add_paragraph(); q.add_run(ln).font.size = Pt(11)
    c = t.cell(0, 1)
    p = c.paragraphs[0]
    for i, ln in enumerate(role.split('\n')):
        q = p if i == 0 else c.add_paragraph()
        r = q.add_run(ln); r.bold = True; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3): c.add_paragraph()
    q = c.add_paragraph(); r = q.add_run(name); r.bold = True; q.alignment = WD_ALIGN_PARAGRAPH.CENTER

def borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % nsdecls('w') + ''.join(
        '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % k for k in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>')
    tblPr.append(b)

# ---------- legacy form fields ----------
_ffn = [0]
def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def ff_text_xml(value, bold=False):
    _ffn[0] += 1
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return ('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text%d"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>' % (W, _ffn[0]) +
            '<w:r %s><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>' % W +
            '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % W +
            '<w:r %s>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (W, rpr, _esc(value)) +
            '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W)

def ff_check_xml(checked):
    _ffn[0] += 1
    ck = '<w:checked/>' if checked else ''
    return ('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox></w:ffData></w:fldChar></w:r>' % (W, _ffn[0], ck) +
            '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % W +
            '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W)

def plain_run_xml(text, bold=False, italic=False):
    rpr = ''
    if bold or italic:
        rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if bold else '', '<w:i/>' if italic else '')
    return '<w:r %s>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (W, rpr, _esc(text))

def add_runs(p, xmls):
    for x in xmls:
        frag = parse_xml('<w:root %s>%s</w:root>' % (W, x)) if False else None
        # parse each run separately
        for m in re.finditer(r'<w:r .*?</w:r>', x, re.S):
            p._p.append(parse_xml(m.group(0)))

def protect_forms(path):
    import zipfile
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == 'word/settings.xml':
                s = data.decode('utf-8')
                s = re.sub(r'(<w:settings[^>]*>)', r'\1<w:documentProtection w:edit="forms" w:enforcement="1"/>', s, count=1)
                data = s.encode('utf-8')
            zout.writestr(it, data)
    os.replace(tmp, path)

STATUS_A = [('completed', 'Hoàn thành'), ('in_progress', 'Đang thực hiện'), ('not_started', 'Chưa thực hiện'), ('not_applicable', 'Không phát sinh')]

def gen_A(r):
    doc = Document(); set_font(doc)
    d, m, y = vn_date_words(r['date'])
    # header table with form fields
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = r['head'].split('\n')
    add_runs(p, [ff_text_xml(' - '.join(lines) if len(lines) > 1 else lines[0], bold=True)])
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); rr.bold = True; rr.font.size = Pt(12)
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = p.add_run('Độc lập - Tự do - Hạnh phúc'); rr.bold = True
    p = t.cell(1, 0).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p, [plain_run_xml('Số: '), ff_text_xml(r['number'])])
    p = t.cell(1, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    place = r['datestr'].split(',')[0]
    add_runs(p, [ff_text_xml(place, False), plain_run_xml(', ngày ', italic=True), ff_text_xml(d), plain_run_xml(' tháng ', italic=True), ff_text_xml(m), plain_run_xml(' năm ', italic=True), ff_text_xml(y)])
    para(doc, 'Mẫu BC-CĐS/X (dùng cho UBND phường, xã, đặc khu)' if r.get('mistaken') else 'Mẫu BC-CT38/X (dùng cho UBND phường, xã, đặc khu)', italic=True, align='r', size=10)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    title = r.get('title', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026')
    p = para(doc, '', align='c'); add_runs(p, [ff_text_xml(title, bold=True)])
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    para(doc, '(Đơn vị điền vào các ô nhập liệu; đánh dấu một ô tình trạng cho mỗi nội dung)', italic=True, size=11)
    texts = []
    for i, e in enumerate(r['entries'], 1):
        p = para(doc, ''); add_runs(p, [plain_run_xml('Nội dung %d: ' % i, bold=True), ff_text_xml(e['name'], bold=True)])
        body = fill(e['body'], e['figs'])
        p = para(doc, '', align='j'); add_runs(p, [plain_run_xml('Kết quả thực hiện: '), ff_text_xml(body)])
        runs = [plain_run_xml('Tình trạng: ')]
        for code, lab in STATUS_A:
            runs += [ff_check_xml(e['status'] == code), plain_run_xml(' ' + lab + '   ')]
        p = para(doc, '', space_after=8); add_runs(p, runs)
        texts.append(e['name'] + '. ' + body)
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for i, x in enumerate(r['difficulties'], 1):
        p = para(doc, '', align='j'); add_runs(p, [plain_run_xml('%d. ' % i), ff_text_xml(x)])
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for i, x in enumerate(r['proposals'], 1):
        p = para(doc, '', align='j'); add_runs(p, [plain_run_xml('%d. ' % i), ff_text_xml(x)])
    signature(doc, r['signrole'], r['signer'], ['- Sở KH&CN (Chi cục TĐC);', '- TT Đảng ủy, HĐND, UBND;', '- Lưu: VT, KT.'])
    path = os.path.join(OUT, r['file']); doc.save(path); protect_forms(path)
    return texts

def status_B(s):
    return {'completed': 'Nội dung này đã hoàn thành.', 'in_progress': 'Nội dung này đang tiếp tục triển khai.',
            'not_started': 'Nội dung này chưa triển khai.', 'not_applicable': 'Không phát sinh.', 'unknown': '', None: ''}[s]

def gen_B_docx(r):
    doc = Document(); set_font(doc, size=14)
    header_table(doc, r['head'], number=r['number'], datestr=r['datestr'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, r.get('title', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026'), bold=True, align='c')
    para(doc, '(Số liệu tính từ ngày 01/01/2026 đến ngày 31/10/2026, so sánh với cùng kỳ năm 2025)', italic=True, align='c', size=12)
    who = 'Ủy ban nhân dân ' + r['uname'] if r['kind'] in ('phuong', 'xa') else r['uname']
    para(doc, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, %s báo cáo kết quả như sau:' % who, align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    texts = []
    for i, e in enumerate(r['entries'], 1):
        para(doc, '%d. %s' % (i, e['name']), bold=True)
        body = fill(e['body'], e['figs'], delta=True)
        st = status_B(e['status'])
        para(doc, body + (' ' + st if st else ''), align='j')
        texts.append(e['name'] + '. ' + body)
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in r['difficulties']: para(doc, '- ' + x, align='j')
    para(doc, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for x in r['proposals']: para(doc, '- ' + x, align='j')
    para(doc, 'Trên đây là báo cáo của %s./.' % who, align='j')
    signature(doc, r['signrole'], r['signer'], ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT.'])
    doc.save(os.path.join(OUT, r['file']))
    return texts

thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def gen_B_xlsx(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BaoCao'
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 38; ws.column_dimensions['C'].width = 70; ws.column_dimensions['D'].width = 24
    ws['A1'] = r['head']; ws['A1'].font = Font(bold=True)
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + r['number']; ws['C3'] = r['datestr']; ws['C3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO'; ws['A6'] = r.get('title', 'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (so sánh cùng kỳ năm 2025)')
    for c in ('A5', 'A6'): ws[c].font = Font(bold=True); ws.merge_cells(c + ':' + 'D' + c[1:]); ws[c].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nội dung', 'Kết quả năm 2026 (so với cùng kỳ năm 2025)', 'Tình hình thực hiện']
    row = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    sw = {'completed': 'Đã hoàn thành', 'in_progress': 'Đang tiếp tục triển khai', 'not_started': 'Chưa triển khai', 'not_applicable': 'Không phát sinh', 'unknown': '', None: ''}
    texts = []
    for i, e in enumerate(r['entries'], 1):
        row += 1
        body = fill(e['body'], e['figs'], delta=True)
        vals = [i, e['name'], body, sw[e['status']]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX; c.alignment = Alignment(vertical='top', wrap_text=True)
        texts.append(e['name'] + '. ' + body)
    row += 2
    ws.cell(row, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True)
    for x in r['difficulties']:
        row += 1; ws.cell(row, 2, '- ' + x)
    row += 1
    ws.cell(row, 1, 'Kiến nghị, đề xuất:').font = Font(bold=True)
    for x in r['proposals']:
        row += 1; ws.cell(row, 2, '- ' + x)
    row += 2
    for ln in r['signrole'].split('\n'):
        ws.cell(row, 3, ln).font = Font(bold=True); row += 1
    row += 3; ws.cell(row, 3, r['signer']).font = Font(bold=True)
    wb.save(os.path.join(OUT, r['file']))
    return texts

SW_C = {'completed': 'Hoàn thành', 'in_progress': 'Đang thực hiện', 'not_started': 'Chưa thực hiện', 'not_applicable': 'Không phát sinh', 'unknown': ''}

def short_unit(r):
    return {'cc': 'Chi cục', 'phong': 'Phòng', 'tt': 'Trung tâm', 'so': 'Sở'}[r['kind']]

def gen_C_docx(r):
    doc = Document(); set_font(doc, size=14)
    header_table(doc, r['head'], number=r['number'], datestr=r['datestr'])
    para(doc)
    para(doc, 'TỜ TRÌNH', bold=True, align='c', space_after=0, size=15)
    para(doc, 'Về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c')
    kg = 'Sở Khoa học và Công nghệ' if r['kind'] == 'so' else 'Giám đốc Sở Khoa học và Công nghệ'
    para(doc, 'Kính gửi: ' + kg + '.', align='c')
    su = short_unit(r)
    para(doc, 'Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026 của Sở Khoa học và Công nghệ;', align='j')
    para(doc, 'Trên cơ sở các nhiệm vụ được giao, %s đã tổ chức triển khai thực hiện; kết quả cụ thể của từng nội dung được tổng hợp tại Phụ lục kèm theo Tờ trình này.' % r['uname'], align='j')
    para(doc, 'Trong quá trình thực hiện, %s gặp một số khó khăn, vướng mắc sau:' % su, align='j')
    for x in r['difficulties']: para(doc, '- ' + x, align='j')
    para(doc, 'Từ những nội dung trên, %s kính trình:' % su, align='j')
    for i, x in enumerate(r['proposals'], 1): para(doc, '%d. %s' % (i, x), align='j')
    para(doc, '%s kính trình %s xem xét, quyết định./.' % (su, kg), align='j')
    signature(doc, r['signrole'], r['signer'], ['- Như trên;', '- Ban Giám đốc Sở;', '- Lưu: VT, %s.' % su])
    # annex in landscape section
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width = Cm(29.7); sec.page_height = Cm(21)
    para(doc, 'PHỤ LỤC', bold=True, align='c', space_after=0)
    para(doc, 'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', bold=True, align='c', space_after=0)
    d, m, y = vn_date_words(r['date'])
    para(doc, '(Kèm theo Tờ trình số %s ngày %s/%s/%s của %s)' % (r['number'], d, m, y, r['uname']), italic=True, align='c')
    t = doc.add_table(rows=1, cols=4); borders(t)
    for j, h in enumerate(['STT', 'Nội dung nhiệm vụ', 'Kết quả thực hiện', 'Tiến độ']):
        c = t.rows[0].cells[j]; c.text = ''; rr = c.paragraphs[0].add_run(h); rr.bold = True
    texts = []
    for i, e in enumerate(r['entries'], 1):
        cells = t.add_row().cells
        body = fill(e['body'], e['figs'])
        for j, v in enumerate([str(i), e['name'], body, SW_C[e['status']]]):
            cells[j].text = v
        texts.append(e['name'] + '. ' + body)
    for row in t.rows:
        for j, wdt in enumerate([Cm(1.2), Cm(7.5), Cm(12.5), Cm(3.5)]):
            row.cells[j].width = wdt
    doc.save(os.path.join(OUT, r['file']))
    return texts

def gen_C_xlsx(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'ToTrinh'
    ws.column_dimensions['A'].width = 110
    su = short_unit(r)
    lines = r['head'].split('\n') + ['Số: ' + r['number'], r['datestr'], '', 'TỜ TRÌNH',
             'Về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
             'Kính gửi: Giám đốc Sở Khoa học và Công nghệ.', '',
             'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, %s đã triển khai các nhiệm vụ được giao; kết quả chi tiết tại Phụ lục kèm theo Tờ trình (sheet "PhuLuc").' % r['uname'],
             'Khó khăn, vướng mắc:'] + ['- ' + x for x in r['difficulties']] + ['%s kính trình:' % su] + \
            ['%d. %s' % (i, x) for i, x in enumerate(r['proposals'], 1)] + ['', r['signrole'].replace('\n', ' - '), '', '', r['signer']]
    for i, ln in enumerate(lines, 1):
        c = ws.cell(i, 1, ln); c.alignment = Alignment(wrap_text=True)
        if ln in ('TỜ TRÌNH',) or ln == r['signer']: c.font = Font(bold=True); c.alignment = Alignment(horizontal='center')
    ws2 = wb.create_sheet('PhuLuc')
    ws2['A1'] = 'PHỤ LỤC KÈM THEO TỜ TRÌNH SỐ %s' % r['number']; ws2['A1'].font = Font(bold=True)
    ws2['A2'] = 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'
    for col, w in zip('ABCD', (6, 40, 75, 18)): ws2.column_dimensions[col].width = w
    for j, h in enumerate(['STT', 'Nội dung nhiệm vụ', 'Kết quả thực hiện', 'Tiến độ'], 1):
        c = ws2.cell(4, j, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill('solid', fgColor='D9E1F2')
    texts = []
    for i, e in enumerate(r['entries'], 1):
        body = fill(e['body'], e['figs'])
        for j, v in enumerate([i, e['name'], body, SW_C[e['status']]], 1):
            c = ws2.cell(4 + i, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        texts.append(e['name'] + '. ' + body)
    wb.save(os.path.join(OUT, r['file']))
    return texts

LAB_D = {'communications': 'Số tin, bài tuyên truyền', 'training_courses': 'Số buổi/lớp', 'participants': 'Số người tham dự',
         'inspections': 'Số cuộc kiểm tra', 'establishments_inspected': 'Số cơ sở được kiểm tra', 'violations': 'Số cơ sở vi phạm',
         'fines_vnd': 'Tiền phạt', 'samples_tested': 'Số mẫu', 'enterprises_supported': 'Số DN, hộ KD được hướng dẫn',
         'instruments_verified': 'Số phương tiện đo', 'standards_reviewed': 'Số tiêu chuẩn góp ý', 'budget_spent_vnd': 'Kinh phí'}
SW_D = {'completed': 'Xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm', 'not_applicable': 'Không có phát sinh', 'unknown': ''}

def gen_D(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC KH38'
    for col, w in zip('ABCDE', (5, 46, 20, 30, 18)): ws.column_dimensions[col].width = w
    ws['A1'] = r['head']; ws['A1'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A2'] = 'Số: ' + r['number']; ws['D3'] = r['datestr']
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)'
    ws['A5'].font = Font(bold=True); ws.merge_cells('A5:E5'); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nội dung công việc', 'Cán bộ theo dõi', 'Kết quả thực hiện', 'Đánh giá tiến độ']
    row = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill('solid', fgColor='FFF2CC'); c.alignment = Alignment(wrap_text=True, horizontal='center')
    texts = []
    for i, e in enumerate(r['entries'], 1):
        row += 1
        res = e['body'] or ('Trong đó:' if e['figs'] else '')
        vals = [i, e['name'], e.get('officer', ''), res, SW_D[e['status']]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
            if j == 2: c.font = Font(bold=True)
        parts = []
        for f in e['figs']:
            row += 1
            ws.cell(row, 2, '   - ' + LAB_D[f['ind']]).border = BOX
            ws.cell(row, 4, f['txt']).border = BOX
            for j in (1, 3, 5): ws.cell(row, j).border = BOX
            parts.append(LAB_D[f['ind']] + ': ' + f['txt'])
        texts.append(e['name'] + '. ' + ((e['body'] + '. ') if e['body'] else '') + '; '.join(parts))
    row += 2
    ws.cell(row, 1, 'KHÓ KHĂN:').font = Font(bold=True)
    for x in r['difficulties']:
        row += 1; ws.cell(row, 2, '- ' + x)
    row += 1
    ws.cell(row, 1, 'KIẾN NGHỊ:').font = Font(bold=True)
    for x in r['proposals']:
        row += 1; ws.cell(row, 2, '- ' + x)
    row += 2
    ws.cell(row, 2, 'NGƯỜI LẬP BIỂU'); ws.cell(row, 4, 'TM. ỦY BAN NHÂN DÂN'); row += 1
    ws.cell(row, 4, r['signrole']); row += 4
    ws.cell(row, 4, r['signer'])
    wb.save(os.path.join(OUT, r['file']))
    return texts

RESAVE = {'BaoCao_SoGDDT_CT38.docx', 'NgaiGiao_BC11T.xlsx'}

def lo_resave(path):
    ext = path.rsplit('.', 1)[1]
    tmpd = os.path.join(OUT, '_lo'); os.makedirs(tmpd, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo237profile', '--headless', '--convert-to', ext, '--outdir', tmpd, path], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmpd, os.path.basename(path)), path)
    shutil.rmtree(tmpd)

def main():
    for r in REPORTS:
        h, ext = r['hand'], r['file'].rsplit('.', 1)[1]
        if h == 'A': texts = gen_A(r)
        elif h == 'B': texts = gen_B_docx(r) if ext == 'docx' else gen_B_xlsx(r)
        elif h == 'C': texts = gen_C_docx(r) if ext == 'docx' else gen_C_xlsx(r)
        else: texts = gen_D(r)
        path = os.path.join(OUT, r['file'])
        if r['file'] in RESAVE: lo_resave(path)
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        if r.get('mistaken'):
            key = dict(file=r['file'], sha256=sha, status='rejected', reason=r['reason'],
                       unit={'id': r['uid'], 'name': r['uname']}, document={'number': r['number'], 'date': r['date']},
                       entries=[], findings=[], difficulties=[], proposals=[])
        else:
            entries = []
            for e, tx in zip(r['entries'], texts):
                ind = {}
                for f in e['figs']:
                    if f['ind']: ind[f['ind']] = f['val']
                entries.append(dict(task=e['task'], status=e['status'], indicators=ind, text=tx))
            key = dict(file=r['file'], sha256=sha, status='extracted', reason=None,
                       unit={'id': r['uid'], 'name': r['uname']}, document={'number': r['number'], 'date': r['date']},
                       entries=entries, findings=[], difficulties=r['difficulties'], proposals=r['proposals'])
        json.dump(key, open(os.path.join(OUT, 'truth', r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
        print('ok', r['file'])

if __name__ == '__main__':
    main()
