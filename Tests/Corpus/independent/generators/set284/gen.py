# -*- coding: utf-8 -*-
"""Generator for set284: 16 reports in four hands (H1 Duyên, H2 Phước, H3 Tùng, H4 Bảo).
Writes the files and a draft key (truth/*.json without sha256; finalize.py adds it)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # set284/
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

MONTHS = {}


def save_key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    key = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': unit, 'document': {'number': number, 'date': date},
        'entries': [{'task': e['task'], 'status': e['status'], 'indicators': e.get('ind', {}),
                     'text': e['text']} for e in entries],
        'findings': [], 'difficulties': diffs, 'proposals': props,
    }
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def ddate(iso):
    y, m, d = iso.split('-')
    return 'ngày %s tháng %s năm %s' % (d, m, y)


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font, size):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc


def para(doc_or_cell, text='', bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def runs(p, parts):
    """parts: list of (text, style) where style in '', 'b', 'i', 'bi', 'u'"""
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s; r.italic = 'i' in s; r.underline = 'u' in s
    return p


def header_table(doc, left_lines, right_lines, size=None):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    for i, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[i]
        c.width = Cm(6.5) if i == 0 else Cm(9.5)
        c.paragraphs[0].text = ''
        first = True
        for txt, sty in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold = 'b' in sty; r.italic = 'i' in sty
            if size: r.font.size = Pt(size)
    return t


def signature(doc, nn_lines, sign_lines):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for l in nn_lines:
        rr = c0.add_paragraph().add_run(l); rr.font.size = Pt(10)
    c1.paragraphs[0].text = ''
    first = True
    for txt, sty in sign_lines:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = 'b' in sty; r.italic = 'i' in sty


# ================================================================ H1 — Duyên
# Ward economics officer. Calibri 13, "Kết quả cụ thể như sau:" lead-in, verb-first
# "+ " result lines, closing "Nhận xét chung: …" sentence carrying the status.
def h1(fname, unit, ward_short, place, number_txt, number_key, date, title2, intro, jobs,
       diffs, props, signer, reject=None, sections=('I. KẾT QUẢ THỰC HIỆN',)):
    doc = new_doc('Calibri', 13)
    header_table(doc,
                 [('ỦY BAN NHÂN DÂN', 'b'), (ward_short.upper(), 'b'), ('———', ''),
                  (number_txt, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'),
                  ('—————————', ''), ('%s, %s' % (place, ddate(date)), 'i')], size=12)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, title2, bold=True, align='c')
    para(doc, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.' if not reject
         else 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c', indent=False)
    for t in intro:
        para(doc, t, align='j')
    para(doc, sections[0], bold=True, indent=False)
    entries = []
    for i, j in enumerate(jobs, 1):
        para(doc, '%d. %s' % (i, j['title']), bold=True, indent=False)
        texts = [j['narr']] if j.get('narr') else []
        if j.get('narr'):
            para(doc, j['narr'], align='j')
        if j.get('lines'):
            para(doc, 'Kết quả cụ thể như sau:', align='j')
            for l in j['lines']:
                p = para(doc, '+ ' + l, align='j')
                texts.append(l)
        p = para(doc, '', align='j')
        runs(p, [('Nhận xét chung: ', 'bi'), (j['verdict'], 'i')])
        texts.append('Nhận xét chung: ' + j['verdict'])
        if j.get('task'):
            entries.append({'task': j['task'], 'status': j['status'], 'ind': j.get('ind', {}),
                            'text': ' '.join(texts)})
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for d in diffs:
        para(doc, '- ' + d, align='j')
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for d in props:
        para(doc, '- ' + d, align='j')
    para(doc, 'Trên đây là báo cáo của Ủy ban nhân dân %s./.' % ward_short, align='j')
    signature(doc, ['- Như trên;', '- TT. Đảng ủy phường (b/c);', '- CT, các PCT UBND phường;',
                    '- Lưu: VT, KT.'],
              [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'),
               ('', ''), ('', ''), ('', ''), (signer, 'b')])
    doc.save(os.path.join(OUT, fname))
    if reject:
        save_key(fname, unit, number_key, date, [], [], [], status='rejected', reason=reject)
    else:
        save_key(fname, unit, number_key, date, entries, diffs, props)


# ================================================================ H3 — Tùng
# Department / centre specialist. Formal NĐ30 công văn, Times New Roman 14, numbered
# paragraphs; each job closed by ONE bracket "(<division> thực hiện; <status/time>)".
def h3(fname, unit, org_parent, org_short, number, date, vv, kg, intro, jobs, diffs, props,
       signer, nn, role=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC')):
    doc = new_doc('Times New Roman', 14)
    header_table(doc,
                 [(org_parent, ''), (org_short, 'b'), ('———', ''), ('Số: ' + number, ''),
                  (vv, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'),
                  ('—————————', ''), ('Thành phố Hồ Chí Minh, ' + ddate(date), 'i')], size=13)
    para(doc)
    p = para(doc, '', align='c', indent=False)
    runs(p, [('Kính gửi: ', ''), (kg, '')])
    for t in intro:
        para(doc, t, align='j')
    entries = []
    para(doc, '1. Kết quả thực hiện', bold=True, indent=False)
    for i, j in enumerate(jobs, 1):
        p = para(doc, '', align='j')
        runs(p, [('1.%d. %s. ' % (i, j['title']), 'i'), (j['body'] + ' ', ''), ('(' + j['tail'] + ')', 'i')])
        entries.append({'task': j['task'], 'status': j['status'], 'ind': j.get('ind', {}),
                        'text': '%s. %s (%s)' % (j['title'], j['body'], j['tail'])})
    para(doc, '2. Khó khăn, vướng mắc', bold=True, indent=False)
    for k, d in zip('abcdef', diffs):
        para(doc, '%s) %s' % (k, d), align='j')
    para(doc, '3. Kiến nghị, đề xuất', bold=True, indent=False)
    for k, d in zip('abcdef', props):
        para(doc, '%s) %s' % (k, d), align='j')
    para(doc, 'Trân trọng./.', align='j')
    signature(doc, nn, [(role[0], 'b'), (role[1], 'b'), ('', ''), ('', ''), ('', ''), (signer, 'b')])
    doc.save(os.path.join(OUT, fname))
    save_key(fname, unit, number, date, entries, diffs, props)


# ---------------------------------------------------------------- XLSX helpers
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def xhead(ws, left1, left2, number_txt, place_date, ncol, title_lines, font='Times New Roman'):
    mid = max(2, ncol // 2)
    L = get_column_letter(mid); R = get_column_letter(mid + 1); E = get_column_letter(ncol)
    ws.merge_cells('A1:%s1' % L); ws['A1'] = left1
    ws.merge_cells('A2:%s2' % L); ws['A2'] = left2
    ws.merge_cells('A3:%s3' % L); ws['A3'] = number_txt
    ws.merge_cells('%s1:%s1' % (R, E)); ws[R + '1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('%s2:%s2' % (R, E)); ws[R + '2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('%s3:%s3' % (R, E)); ws[R + '3'] = place_date
    for c in ('A1', 'A2', R + '1', R + '2'):
        ws[c].font = Font(name=font, bold=True, size=12)
    for c in ('A3', R + '3'):
        ws[c].font = Font(name=font, italic=(c != 'A3'), size=12)
    for c in ('A1', 'A2', 'A3', R + '1', R + '2', R + '3'):
        ws[c].alignment = Alignment(horizontal='center')
    r = 5
    for t in title_lines:
        ws.merge_cells('A%d:%s%d' % (r, E, r)); ws['A%d' % r] = t
        ws['A%d' % r].font = Font(name=font, bold=True, size=13 if r == 5 else 12)
        ws['A%d' % r].alignment = Alignment(horizontal='center', wrap_text=True)
        r += 1
    return r + 1


# ================================================================ H2 — Phước
# Commune/ward clerk. One row per job, fixed figure columns whose headers were typed
# WITHOUT diacritics (sheet set up by the IT helper) over Vietnamese content, money as
# raw integers shown with #,##0, status column "Tu danh gia": Xong / Đang làm / Chưa làm /
# Không phát sinh; difficulties and proposals as numbered rows under merged labels.
H2COLS = ['STT', 'Noi dung cong viec', 'So cuoc KT', 'So co so duoc KT', 'So vi pham',
          'Tien phat (dong)', 'So tin bai', 'So lop/hoi nghi', 'So luot nguoi', 'Khac (ghi ro)',
          'Tu danh gia', 'Ghi chu']
H2MAP = {2: 'inspections', 3: 'establishments_inspected', 4: 'violations', 5: 'fines_vnd',
         6: 'communications', 7: 'training_courses', 8: 'participants'}
H2ST = {'completed': 'Xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm',
        'not_applicable': 'Không phát sinh'}


def h2(fname, unit, ward_short, place, number, date, sheet, rows, diffs, props, signer,
       cols=H2COLS, stmap=H2ST, title=None, reject=None, colmap=H2MAP):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ncol = len(cols)
    r = xhead(ws, 'ỦY BAN NHÂN DÂN', ward_short.upper(), 'Số: %s' % number if number else 'Số:       /BC-UBND',
              '%s, %s' % (place, ddate(date)), ncol,
              title or ['BÁO CÁO', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (tính đến ngày báo cáo)'])
    hf = Font(name='Arial', bold=True, size=10)
    for ci, h in enumerate(cols, 1):
        c = ws.cell(row=r, column=ci, value=h); c.font = hf; c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[r].height = 42
    r += 1
    entries = []
    for i, row in enumerate(rows, 1):
        vals = [i, row['name']] + [None] * (ncol - 2)
        for ci, ind in colmap.items():
            if ind in row.get('cols', {}):
                vals[ci] = row['cols'][ind]
        vals[ncol - 3] = row.get('khac')
        vals[ncol - 2] = row.get('stword') or stmap.get(row.get('status'))
        vals[ncol - 1] = row.get('note')
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci, value=v); c.border = BOX
            c.font = Font(name='Times New Roman', size=11)
            c.alignment = Alignment(vertical='top', wrap_text=True,
                                    horizontal='center' if isinstance(v, (int, float)) or ci == 1 else None)
            if isinstance(v, int) and v >= 1000:
                c.number_format = '#,##0'
        r += 1
        if row.get('task'):
            ind = dict(row.get('cols', {})); ind.update(row.get('extra', {}))
            text = row['name']
            if row.get('khac'): text += ' ' + row['khac']
            if row.get('note'): text += ' ' + row['note']
            entries.append({'task': row['task'], 'status': row['status'], 'ind': ind, 'text': text})
    r += 1
    for label, items in (('Khó khăn, vướng mắc:', diffs), ('Kiến nghị, đề xuất:', props)):
        ws.merge_cells('A%d:%s%d' % (r, get_column_letter(ncol), r))
        ws['A%d' % r] = label; ws['A%d' % r].font = Font(name='Times New Roman', bold=True, size=11)
        r += 1
        for k, it in enumerate(items, 1):
            ws.merge_cells('B%d:%s%d' % (r, get_column_letter(ncol), r))
            ws['A%d' % r] = k
            ws['B%d' % r] = it
            ws['B%d' % r].alignment = Alignment(wrap_text=True, vertical='top')
            ws.row_dimensions[r].height = 30
            r += 1
    r += 1
    E = get_column_letter(ncol); S = get_column_letter(ncol - 3)
    for t, b in (('TM. ỦY BAN NHÂN DÂN', True), ('KT. CHỦ TỊCH', True), ('PHÓ CHỦ TỊCH', True),
                 ('', False), ('', False), (signer, True)):
        ws.merge_cells('%s%d:%s%d' % (S, r, E, r)); ws['%s%d' % (S, r)] = t
        ws['%s%d' % (S, r)].font = Font(name='Times New Roman', bold=b, size=12)
        ws['%s%d' % (S, r)].alignment = Alignment(horizontal='center')
        r += 1
    widths = [5, 42, 8, 9, 8, 13, 8, 9, 9, 26, 12, 22]
    for ci in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(ci)].width = widths[ci - 1] if ci <= len(widths) else 12
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    if reject:
        save_key(fname, unit, number, date, [], [], [], status='rejected', reason=reject)
    else:
        save_key(fname, unit, number, date, entries, diffs, props)


# ================================================================ H4 — Bảo
# Activity-log builder. Each job: bold numbered row in own words, dated activity rows with
# one figure each (Số lượng | ĐVT), a typed "Cộng …" row per indicator when there are
# several activities, and an italic closing row "=> Tình trạng: …" inside the block.
def h4(fname, unit, left1, left2, place, number, date, sheet, title, blocks, diffs, props,
       sign, intro=None):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ncol = 6
    r = xhead(ws, left1, left2, 'Số: ' + number, '%s, %s' % (place, ddate(date)), ncol, title)
    if intro:
        ws.merge_cells('A%d:F%d' % (r, r)); ws['A%d' % r] = intro
        ws['A%d' % r].alignment = Alignment(wrap_text=True, vertical='top')
        ws.row_dimensions[r].height = 48
        r += 2
    hdr = ['TT', 'Việc / hoạt động đã làm', 'Thời gian', 'Số lượng', 'ĐVT', 'Ghi chú']
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=ci, value=h); c.font = Font(name='Times New Roman', bold=True)
        c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center')
    r += 1
    f = Font(name='Times New Roman', size=12)
    entries = []
    for i, b in enumerate(blocks, 1):
        ws.cell(row=r, column=1, value=i).font = Font(name='Times New Roman', bold=True)
        ws.cell(row=r, column=2, value=b['name']).font = Font(name='Times New Roman', bold=True)
        for ci in range(1, 7): ws.cell(row=r, column=ci).border = BOX
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True)
        r += 1
        texts = [b['name']]
        for a in b.get('acts', []):
            desc, when, qty, unitw = a[:4]
            note = a[4] if len(a) > 4 else None
            vals = [None, desc, when, qty, unitw, note]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v); c.font = f; c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical='top')
                if isinstance(v, int) and v >= 1000: c.number_format = '#,##0'
            texts.append(desc + (' ' + str(qty) + ' ' + unitw if qty is not None else ''))
            r += 1
        for (lab, qty, unitw) in b.get('sums', []):
            vals = [None, lab, None, qty, unitw, None]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v); c.border = BOX
                c.font = Font(name='Times New Roman', bold=True, size=12)
                if isinstance(v, int) and v >= 1000: c.number_format = '#,##0'
            texts.append('%s %s %s' % (lab, qty, unitw))
            r += 1
        ws.cell(row=r, column=2, value='=> Tình trạng: ' + b['stword'])
        ws.cell(row=r, column=2).font = Font(name='Times New Roman', italic=True, size=12)
        for ci in range(1, 7):
            ws.cell(row=r, column=ci).border = Border(left=thin, right=thin, top=thin, bottom=Side(style='medium'))
        texts.append('Tình trạng: ' + b['stword'])
        r += 1
        entries.append({'task': b['task'], 'status': b['status'], 'ind': b.get('ind', {}),
                        'text': ' '.join(texts)})
    r += 1
    for label, items in (('KHÓ KHĂN, VƯỚNG MẮC', diffs), ('ĐỀ XUẤT', props)):
        ws['A%d' % r] = label; ws['A%d' % r].font = Font(name='Times New Roman', bold=True)
        r += 1
        for it in items:
            ws.merge_cells('B%d:F%d' % (r, r))
            ws['A%d' % r] = '-'; ws['B%d' % r] = it
            ws['B%d' % r].alignment = Alignment(wrap_text=True, vertical='top')
            ws.row_dimensions[r].height = 32
            r += 1
    r += 1
    for t in sign:
        ws.merge_cells('D%d:F%d' % (r, r)); ws['D%d' % r] = t
        ws['D%d' % r].font = Font(name='Times New Roman', bold=True)
        ws['D%d' % r].alignment = Alignment(horizontal='center')
        r += 1
    for col, w in zip('ABCDEF', (5, 52, 13, 12, 10, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = None
    wb.save(os.path.join(OUT, fname))
    save_key(fname, unit, number, date, entries, diffs, props)


exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'content.py'), encoding='utf-8').read())
