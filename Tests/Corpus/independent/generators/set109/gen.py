# -*- coding: utf-8 -*-
"""Generator for set109: 16 reports in 5 hands + answer keys.
Run: python3 gen.py   (then check.py)"""
import json, os, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

def E(task, status, ind, label, stext, text):
    return dict(task=task, status=status, ind=ind, label=label, stext=stext, text=text)

# ---------------------------------------------------------------- helpers (docx)
def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def all_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), '4'); x.set(qn('w:color'), '000000'); b.append(x)
    tblPr.append(b)

def cell_lines(cell, lines, bold=False, italic=False, center=True, size=None):
    cell.paragraphs[0].text = ''
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if isinstance(ln, tuple):
            txt, b, it = ln
        else:
            txt, b, it = ln, bold, italic
        r = p.add_run(txt); r.bold = b; r.italic = it
        if size: r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)

def para(doc, text='', bold=False, italic=False, align=None, indent=True, size=None, space=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != 'c': p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space)
    return p

def runs(doc, parts, indent=True, align='j'):
    p = doc.add_paragraph()
    for txt, b, it in parts:
        r = p.add_run(txt); r.bold = b; r.italic = it
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    return p

def header_block(doc, left, right_place_date, number, left_bold_idx=1):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l = [(x, i >= left_bold_idx, False) for i, x in enumerate(left)]
    l += [('________', False, False), ('Số: ' + number if number else 'Số:        /BC-UBND', False, False)]
    cell_lines(t.cell(0, 0), l, size=12)
    cell_lines(t.cell(0, 1), [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False),
                              ('Độc lập - Tự do - Hạnh phúc', True, False),
                              ('_______________________', False, False),
                              (right_place_date, False, True)], size=12)

def sign_block(doc, noinhan, title_lines, name):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    c.paragraphs[0].text = ''
    r = c.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for n in noinhan:
        p = c.add_paragraph(); rr = p.add_run(n); rr.font.size = Pt(11); p.paragraph_format.space_after = Pt(0)
    cell_lines(t.cell(0, 1), [(x, True, False) for x in title_lines] + ['', '', '', (name, True, False)])

# ---------------------------------------------------------------- hand H1 (ward, Word)
LET = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h']

def h1(r, path):
    doc = Document(); set_font(doc, size=13)
    header_block(doc, ['ỦY BAN NHÂN DÂN', r['unit_name'].upper()], r['place_date'], r['number'])
    para(doc, 'BÁO CÁO', bold=True, align='c', space=0)
    para(doc, r['title'], bold=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c')
    para(doc, r['intro'], align='j')
    para(doc, 'I. TÌNH HÌNH CHUNG', bold=True, indent=False)
    para(doc, r['general'], align='j')
    para(doc, 'II. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, e in enumerate(r['items']):
        runs(doc, [(LET[i] + ', ', False, False), (e['label'] + ' ', True, False),
                   ('(' + e['stext'] + ')', False, True), (': ' + e['text'], False, False)])
    para(doc, 'III. KHÓ KHĂN – KIẾN NGHỊ', bold=True, indent=False)
    para(doc, '1. Khó khăn', indent=False)
    for d in r['diffs']: para(doc, '+ ' + d, align='j')
    para(doc, '2. Kiến nghị', indent=False)
    for d in r['props']: para(doc, '+ ' + d, align='j')
    para(doc, r['closing'], align='j')
    sign_block(doc, ['- Như trên;', '- Chi cục TĐC (để biết);', '- TT.ĐU, TT.HĐND phường;', '- Lưu: VT, KT.'],
               ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], r['signer'])
    doc.core_properties.author = r['author']
    doc.save(path)

# ---------------------------------------------------------------- hand H3 (department, Word)
def h3(r, path):
    doc = Document(); set_font(doc, size=14)
    header_block(doc, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', r['unit_name'].upper()], r['place_date'], r['number'], left_bold_idx=2)
    para(doc, 'BÁO CÁO', bold=True, align='c', space=0)
    para(doc, r['title'], bold=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ.', align='c')
    para(doc, r['intro'], align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO', bold=True, indent=False)
    for i, e in enumerate(r['items'], 1):
        para(doc, f'{i}. {e["label"]}', bold=True, indent=True)
        runs(doc, [('Sở đã làm: ', True, False), (e['text'], False, False)])
        runs(doc, [('Phần còn lại: ', True, False), (e['stext'], False, False)])
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for i, d in enumerate(r['diffs'], 1): para(doc, f'{i}. {d}', align='j')
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for i, d in enumerate(r['props'], 1): para(doc, f'{i}. {d}', align='j')
    para(doc, r['closing'], align='j')
    sign_block(doc, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, ' + r['room'] + '.'],
               ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], r['signer'])
    doc.core_properties.author = r['author']
    doc.save(path)

# ---------------------------------------------------------------- hand H5 (memo + table + Giải trình)
def h5(r, path):
    doc = Document(); set_font(doc, size=13)
    header_block(doc, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ' if r['parent'] == 'skhcn' else 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
                       r['unit_name'].upper()], r['place_date'], r['number'])
    para(doc, 'BÁO CÁO TÓM TẮT', bold=True, align='c', space=0)
    para(doc, r['title'], bold=True, align='c')
    para(doc, r['intro'], align='j')
    t = doc.add_table(rows=1, cols=4); all_borders(t)
    for j, h in enumerate(['TT', 'Nội dung (theo Kế hoạch)', 'Kết quả đến ngày ' + r['cutoff'], 'Trạng thái']):
        cell_lines(t.cell(0, j), [h], bold=True, size=12)
    for i, e in enumerate(r['items'], 1):
        row = t.add_row().cells
        cell_lines(row[0], [str(i)], size=12)
        cell_lines(row[1], [e['label']], center=False, size=12)
        cell_lines(row[2], [e['text']], center=False, size=12)
        cell_lines(row[3], [e['stext']], size=12)
    para(doc, '')
    if r.get('explain'):
        para(doc, 'GIẢI TRÌNH CÁC NỘI DUNG CHƯA HOÀN THÀNH', bold=True, indent=False)
        for x in r['explain']: para(doc, x, align='j')
    para(doc, 'KHÓ KHĂN', bold=True, indent=False)
    for i, d in enumerate(r['diffs'], 1): para(doc, f'({i}) {d}', align='j')
    para(doc, 'ĐỀ XUẤT', bold=True, indent=False)
    for i, d in enumerate(r['props'], 1): para(doc, f'({i}) {d}', align='j')
    sign_block(doc, ['- Như trên;', '- Lưu: VT.'], [r['sign_title']], r['signer'])
    doc.core_properties.author = r['author']
    doc.save(path)

# ---------------------------------------------------------------- hand H2 (commune, WPS-ish sheet)
thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BaoCao'
    f = Font(name='Times New Roman', size=12)
    fb = Font(name='Times New Roman', size=12, bold=True)
    ws['A1'] = 'UBND ' + r['unit_name'].upper(); ws['A1'].font = f
    ws['A2'] = r['office']; ws['A2'].font = fb
    ws['A3'] = 'Số: ' + r['number'] if r['number'] else 'Số:      /BC-UBND'; ws['A3'].font = f
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = fb
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['E2'].font = fb
    ws['E3'] = r['place_date']; ws['E3'].font = Font(name='Times New Roman', size=12, italic=True)
    ws['A5'] = r['title']; ws['A5'].font = Font(name='Times New Roman', size=13, bold=True)
    ws.merge_cells('A5:H5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws['A6'] = r['subtitle']; ws.merge_cells('A6:H6'); ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(name='Times New Roman', size=12, italic=True)
    hdr = r['cols']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[8].height = 45
    row = 9
    for i, e in enumerate(r['items'], 1):
        vals = [i, e['label'], e['text'], e.get('trip', ''), e.get('fine', ''), e.get('extra', ''), e['stext'], e.get('note', '')]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v); c.font = f; c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if j in (1, 4, 7) else None)
            if j == 5 and isinstance(v, int): c.number_format = '#,##0'
        row += 1
    row += 1
    ws.cell(row=row, column=2, value=r['kk_label']).font = fb; row += 1
    for d in r['diffs']:
        ws.cell(row=row, column=2, value='- ' + d).font = f; ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
        ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[row].height = 32; row += 1
    ws.cell(row=row, column=2, value=r['dx_label']).font = fb; row += 1
    for d in r['props']:
        ws.cell(row=row, column=2, value='- ' + d).font = f; ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
        ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[row].height = 32; row += 1
    row += 1
    ws.cell(row=row, column=2, value=r['maker']).font = Font(name='Times New Roman', size=11, italic=True)
    ws.cell(row=row, column=6, value=r['sign_title']).font = fb
    ws.cell(row=row + 4, column=6, value=r['signer']).font = fb
    for col, w in zip('ABCDEFGH', [5, 32, 46, 12, 14, 14, 11, 18]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = 'landscape'
    wb.properties.creator = r['author']
    wb.save(path)

# ---------------------------------------------------------------- hand H4 (Sở's units, Excel tracker)
def h4(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = r['sheet']
    f = Font(name='Times New Roman', size=11)
    fb = Font(name='Times New Roman', size=11, bold=True)
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'; ws['A1'].font = f
    ws['A2'] = r['unit_name'].upper(); ws['A2'].font = fb
    ws['A3'] = 'Số: ' + r['number']; ws['A3'].font = f
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F1'].font = fb
    ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['F2'].font = fb
    ws['F3'] = r['place_date']; ws['F3'].font = Font(name='Times New Roman', size=11, italic=True)
    ws['A5'] = r['title']; ws.merge_cells('A5:G5'); ws['A5'].font = Font(name='Times New Roman', size=13, bold=True)
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[5].height = 34
    ws['A6'] = r['subtitle']; ws.merge_cells('A6:G6'); ws['A6'].alignment = Alignment(horizontal='center')
    ws['A6'].font = Font(name='Times New Roman', size=11, italic=True)
    hdr = ['STT', 'Mã CV', 'Ứng với KH', 'Công việc', 'Kết quả thực hiện', 'Trạng thái', 'Ghi chú']
    fill = PatternFill('solid', fgColor='D9E1F2')
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = fb; c.border = BOX; c.fill = fill
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    row = 9
    for i, e in enumerate(r['items'], 1):
        vals = [i, e['code'], e['ref'], e['label'], e['text'], e['stext'], e.get('note', '')]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v); c.font = f; c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if j in (1, 2, 3, 6) else None)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value='Khó khăn, vướng mắc:').font = fb; row += 1
    for i, d in enumerate(r['diffs'], 1):
        ws.cell(row=row, column=1, value=i).font = f
        c = ws.cell(row=row, column=2, value=d); c.font = f
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        c.alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[row].height = 30; row += 1
    ws.cell(row=row, column=1, value='Kiến nghị, đề xuất:').font = fb; row += 1
    for i, d in enumerate(r['props'], 1):
        ws.cell(row=row, column=1, value=i).font = f
        c = ws.cell(row=row, column=2, value=d); c.font = f
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        c.alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[row].height = 30; row += 1
    row += 1
    ws.cell(row=row, column=2, value='Người tổng hợp').font = fb
    ws.cell(row=row, column=5, value=r['sign_title']).font = fb
    ws.cell(row=row + 4, column=2, value=r['maker']).font = f
    ws.cell(row=row + 4, column=5, value=r['signer']).font = fb
    for col, w in zip('ABCDEFG', [5, 11, 12, 34, 60, 16, 22]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A9'
    ws.page_setup.orientation = 'landscape'; ws.page_setup.fitToWidth = 1
    wb.properties.creator = r['author']
    wb.save(path)

# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(path, fmt):
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)

from reports import REPORTS

def main():
    for r in REPORTS:
        path = os.path.join(OUT, r['file'])
        {'H1': h1, 'H2': h2, 'H3': h3, 'H4': h4, 'H5': h5}[r['hand']](r, path)
        if r.get('resave'):
            lo_resave(path, r['file'].rsplit('.', 1)[1])
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        rej = r['status'] == 'rejected'
        key = {
            'file': r['file'], 'sha256': sha, 'status': r['status'], 'reason': r.get('reason'),
            'unit': {'id': r['unit_id'], 'name': r['unit_name']},
            'document': {'number': r['number'], 'date': r['date']},
            'entries': [] if rej else [
                {'task': e['task'], 'status': e['status'], 'indicators': e['ind'], 'text': e['text']}
                for e in r['items']],
            'findings': [],
            'difficulties': [] if rej else r['diffs'],
            'proposals': [] if rej else r['props'],
        }
        with open(os.path.join(TRUTH, r['file'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
        print('wrote', r['file'])

if __name__ == '__main__':
    main()
