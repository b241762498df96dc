# -*- coding: utf-8 -*-
"""Generator for set189. Builds DOCX/XLSX reports and truth keys."""
import json, os, hashlib, copy, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
KEYS = {}

def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit=unit, document=dict(number=number, date=date),
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'

def header(doc, parent, unit, so, place_date, font='Times New Roman'):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ''
    p = l.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if parent:
        p.add_run(parent + '\n')
    rr = p.add_run(unit); rr.bold = True
    p2 = l.add_paragraph('Số: ' + so); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    a = p.add_run(QH + '\n'); a.bold = True
    b = p.add_run(DL); b.bold = True
    p3 = r.add_paragraph(); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    i = p3.add_run(place_date); i.italic = True

def base_doc(size=13):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    return d

def para(d, text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    return p

def sign(d, role, name, noi_nhan=('Như trên;', 'Lưu: VT.')):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    p = l.paragraphs[0]; x = p.add_run('Nơi nhận:'); x.bold = True; x.italic = True
    for n in noi_nhan: l.add_paragraph('- ' + n)
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run(role); x.bold = True
    r.add_paragraph('\n\n')
    q = r.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER; y = q.add_run(name); y.bold = True

# ---------------------------------------------------------------- H1
# Kỹ sư Lâm Quốc Trí style: decimal outline 1.2.3., task = short technical heading,
# statuses as a future deadline ("sẽ hoàn thành trước …") or a past date ("xong ngày …"),
# figures with decimals "187,5 triệu đồng", "0,8 tỷ đồng".
def h1(fname, parent, unit_hdr, unit, so, date_iso, place_date, title, sections, diffs, props, signer):
    d = base_doc(13)
    header(d, parent, unit_hdr, so, place_date)
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, title, bold=True, center=True)
    para(d, '(Số liệu tính từ 01/01/2026 đến 15/11/2026)', italic=True, center=True)
    para(d, '1. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    entries = []
    for si, (sec, items) in enumerate(sections, 1):
        para(d, f'1.{si}. {sec}', bold=True, indent=False)
        for ii, it in enumerate(items, 1):
            code, st, ind, head, lines, stline = it
            para(d, f'1.{si}.{ii}. {head}', bold=True, italic=True, indent=False)
            for ln in lines:
                para(d, ln)
            p = para(d, '')
            r = p.add_run('Tình trạng: '); r.underline = True
            p.add_run(stline)
            if code:
                entries.append((code, st, ind, head + ': ' + ' '.join(lines)))
    para(d, '2. TỒN TẠI, VƯỚNG MẮC', bold=True, indent=False)
    for i, x in enumerate(diffs, 1): para(d, f'2.{i}. {x}')
    para(d, '3. KIẾN NGHỊ', bold=True, indent=False)
    for i, x in enumerate(props, 1): para(d, f'3.{i}. {x}')
    sign(d, signer[0], signer[1])
    d.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- H2
# Ward office with the chairman's tracked changes (w:ins/w:del) and a comment.
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
_rid = [100]
def _run(text, deleted=False, bold=False):
    r = OxmlElement('w:r')
    if bold:
        rp = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rp.append(b); r.append(rp)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    return r
def tracked(p, segs, author='Nguyễn Văn Hùng', when='2026-11-18T08:30:00Z'):
    """segs: list of (kind, text) kind in '', 'ins', 'del', 'b'"""
    for kind, text in segs:
        if kind in ('', 'b'):
            p._p.append(_run(text, bold=(kind == 'b')))
        else:
            w = OxmlElement('w:' + kind)
            _rid[0] += 1
            w.set(qn('w:id'), str(_rid[0])); w.set(qn('w:author'), author); w.set(qn('w:date'), when)
            w.append(_run(text, deleted=(kind == 'del')))
            p._p.append(w)
    return p

def h2(fname, unit_hdr, parent, unit, so, date_iso, place_date, title, intro, items, diffs, props, signer, head,
       comment_on=0, status='extracted', reason=None):
    """items: (code, status, ind, heading, segs) ; diffs/props: list of (segs, keep_text or None)"""
    d = base_doc(14)
    header(d, parent, unit_hdr, so, place_date)
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, title, bold=True, center=True)
    for x in intro: para(d, x)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    entries = []; cpar = None
    for n, (code, st, ind, heading, segs) in enumerate(items, 1):
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        tracked(p, [('b', f'{n}. {heading}. ')] + segs, author=head[0])
        if n - 1 == comment_on: cpar = p
        if code:
            txt = ''.join(t for k, t in segs if k != 'del')
            entries.append((code, st, ind, heading + '. ' + txt))
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    dk = []
    for segs, keep in diffs:
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        tracked(p, [('', '- ')] + segs, author=head[0])
        if keep: dk.append(keep)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    pk = []
    for segs, keep in props:
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        tracked(p, [('', '- ')] + segs, author=head[0])
        if keep: pk.append(keep)
    sign(d, signer[0], signer[1])
    if cpar is not None:
        runs = [r for r in cpar.runs]
        d.add_comment(runs[:1] if runs else [], text='Số liệu đã kiểm tra, đồng ý gửi.', author=head[0], initials=head[1])
    d.save(os.path.join(OUT, fname))
    ok = status == 'extracted'
    key(fname, unit, so, date_iso, entries if ok else [], dk if ok else [], pk if ok else [], status, reason)

# ---------------------------------------------------------------- H3
# Sentences + a summary table repeating the figures (key once).
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def h3_xlsx(fname, parent, unit_hdr, unit, so, date_iso, place_date, title, paras, table, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao'
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 48
    for c in 'CDE': ws.column_dimensions[c].width = 14
    r = 1
    ws.cell(r, 1, parent); ws.cell(r, 4, QH).font = Font(bold=True); r += 1
    ws.cell(r, 1, unit_hdr).font = Font(bold=True); ws.cell(r, 4, DL).font = Font(bold=True); r += 1
    ws.cell(r, 1, 'Số: ' + so); ws.cell(r, 4, place_date).font = Font(italic=True); r += 2
    ws.cell(r, 1, 'BÁO CÁO').font = Font(bold=True, size=13); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1).alignment = Alignment(horizontal='center'); r += 1
    ws.cell(r, 1, title).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1).alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[r].height = 32; r += 2
    entries = []
    for (code, st, ind, text) in paras:
        ws.cell(r, 1, text).alignment = Alignment(wrap_text=True, vertical='top')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.row_dimensions[r].height = max(30, 15 * (len(text) // 95 + 1)); r += 1
        if code: entries.append((code, st, ind, text))
    r += 1
    ws.cell(r, 1, 'BẢNG TỔNG HỢP SỐ LIỆU (kèm theo báo cáo)').font = Font(bold=True); r += 1
    for j, h in enumerate(['STT', 'Nội dung', 'ĐVT', 'Số lượng', 'Ghi chú'], 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill('solid', fgColor='DDEBF7')
    r += 1
    for n, row in enumerate(table, 1):
        vals = [n] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            if j == 4 and isinstance(v, (int, float)): c.number_format = '#,##0.##'
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 1, '- ' + x); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 1, '- ' + x); r += 1
    r += 1
    ws.cell(r, 4, signer[0]).font = Font(bold=True); ws.cell(r + 3, 4, signer[1]).font = Font(bold=True)
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, entries, diffs, props)

def h3_docx(fname, parent, unit_hdr, unit, so, date_iso, place_date, title, paras, table, diffs, props, signer):
    d = base_doc(13)
    header(d, parent, unit_hdr, so, place_date)
    para(d, 'BÁO CÁO', bold=True, center=True); para(d, title, bold=True, center=True)
    entries = []
    for (code, st, ind, text) in paras:
        para(d, text)
        if code: entries.append((code, st, ind, text))
    para(d, 'Khó khăn, vướng mắc:', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'Kiến nghị:', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, 'BẢNG TỔNG HỢP SỐ LIỆU (kèm theo báo cáo)', bold=True, center=True)
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for j, h in enumerate(['STT', 'Nội dung', 'ĐVT', 'Số lượng', 'Ghi chú']): t.rows[0].cells[j].text = h
    for n, row in enumerate(table, 1):
        cs = t.add_row().cells
        for j, v in enumerate([n] + list(row)): cs[j].text = '' if v is None else str(v)
    sign(d, signer[0], signer[1])
    d.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- H4
# "Việc | Diễn giải kết quả | Số tiền | Tiến độ (mốc ngày)" sheet with precision ranges.
def h4(fname, unit_hdr, parent, unit, so, date_iso, place_date, title, rows, diffs, props, signer,
       status='extracted', reason=None, sheet='Tien do CT38'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    widths = {'A': 7, 'B': 34, 'C': 60, 'D': 20, 'E': 30}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws['A1'] = unit_hdr if not parent else parent + ' - ' + unit_hdr
    ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + so
    ws['D1'] = QH; ws['D2'] = DL; ws['D3'] = place_date; ws['D3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=12); ws.merge_cells('A5:E5')
    hdr = ['Mục', 'Việc', 'Diễn giải kết quả', 'Số tiền', 'Tiến độ (mốc)']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(wrap_text=True, horizontal='center')
    r = 8; entries = []
    for (m, code, st, ind, viec, dg, tien, td) in rows:
        for j, v in enumerate([m, viec, dg, tien, td], 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
        if code: entries.append((code, st, ind, viec + ': ' + dg))
    r += 1
    ws.cell(r, 1, 'Vướng mắc').font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(r, 1, f'({i})'); ws.cell(r, 2, x); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    ws.cell(r, 1, 'Kiến nghị').font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(r, 1, f'({i})'); ws.cell(r, 2, x); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    r += 1
    ws.cell(r, 4, signer[0]).font = Font(bold=True); ws.cell(r + 3, 4, signer[1]).font = Font(bold=True)
    wb.save(os.path.join(OUT, fname))
    ok = status == 'extracted'
    key(fname, unit, so, date_iso, entries if ok else [], diffs if ok else [], props if ok else [], status, reason)

exec(open(os.path.join(OUT, 'content.py'), encoding='utf-8').read())

# ---------------------------------------------------------------- re-save via LibreOffice
def lo_resave(fname, fmt):
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_set189', '--headless', '--convert-to', fmt, '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src); shutil.rmtree(tmp)
for f, fmt in LO_RESAVE: lo_resave(f, fmt)

for fname, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(KEYS), 'files')
