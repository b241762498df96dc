# -*- coding: utf-8 -*-
"""Generator for set124. Five hands (see NOTES.md). Writes files + truth keys."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
TD = 'Độc lập - Tự do - Hạnh phúc'


def item(task, st, label, body, ind=None, word=None):
    return dict(task=task, st=st, label=label, body=body, ind=ind or {}, word=word)


def key(fname, r, status='extracted', reason=None):
    entries = []
    for it in r.get('items', []):
        entries.append({'task': it['task'], 'status': it['st'], 'indicators': it['ind'],
                        'text': it.get('text') or it['body']})
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': r['uid'], 'name': r['uname']},
        'document': {'number': r.get('number'), 'date': r['date']},
        'entries': entries if status == 'extracted' else [],
        'findings': [],
        'difficulties': r.get('diff', []) if status == 'extracted' else [],
        'proposals': r.get('prop', []) if status == 'extracted' else [],
    }


def base_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, underline=False, space_after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def header_table(d, left, right):
    t = d.add_table(rows=len(max(left, right, key=len)), cols=2)
    for i in range(len(t.rows)):
        for j, col in enumerate((left, right)):
            c = t.cell(i, j)
            txt, b, it = col[i] if i < len(col) else ('', False, False)
            p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(12 if j == 0 else 12)
    return t


# ---------------------------------------------------------------- hand A
def hand_a(fname, r):
    """Ward officer, Word; Unikey left in Telex for a few words; '*' lines; blank Số."""
    d = base_doc(size=13)
    left = [('ỦY BAN NHÂN DÂN', False, False), (r['uname'].upper(), True, False), ('', False, False),
            (r['num_line'], False, False)]
    right = [(QH, True, False), (TD, True, False), ('', False, False), (r['date_line'], False, True)]
    header_table(d, left, right)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, r['title'], bold=True, align='c')
    para(d, 'Kính gửi: ' + r['to'], align='c')
    para(d, r['intro'], align='j')
    para(d, r.get('results_head', 'KẾT QUẢ:'), bold=True)
    for it in r['items']:
        para(d, '* ' + it['label'] + ': ' + it['body'] + ' ' + it['word'], align='j')
    if r.get('diff') is not None:
        para(d, 'Khó khăn:', bold=True)
        for x in r['diff']:
            para(d, '* ' + x)
        para(d, 'Kiến nghị:', bold=True)
        for x in r['prop']:
            para(d, '* ' + x)
    for x in r.get('extra', []):
        para(d, x, align='j')
    para(d)
    t = d.add_table(rows=1, cols=2)
    c0 = t.cell(0, 0).paragraphs[0]
    rr = c0.add_run('Nơi nhận:'); rr.bold = True; rr.italic = True; rr.font.size = Pt(11)
    for x in ['- Như trên;', '- Lưu: VT.']:
        t.cell(0, 0).add_paragraph().add_run(x).font.size = Pt(11)
    c1 = t.cell(0, 1)
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c1.paragraphs[0].add_run('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH').bold = True
    for x in ['', '', '', r['signer']]:
        p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(x).bold = True
    d.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- hand C
def hand_c(fname, r):
    """Department junior: bold numbered title, then the status alone on its own
    underlined capitals line (no label), then one terse paragraph."""
    d = base_doc(size=14)
    left = [('UBND THÀNH PHỐ HỒ CHÍ MINH', False, False), (r['uname'].upper(), True, False),
            ('', False, False), (r['num_line'], False, False), (r['vv'], False, False)]
    right = [(QH, True, False), (TD, True, False), ('', False, False), ('', False, False),
             (r['date_line'], False, True)]
    header_table(d, left, right)
    para(d)
    para(d, 'Kính gửi: ' + r['to'], align='c')
    para(d, r['intro'], align='j')
    for i, it in enumerate(r['items'], 1):
        para(d, f"{i}. {it['label']}", bold=True, space_after=0)
        para(d, it['word'], underline=True, bold=False, space_after=0)
        para(d, it['body'], align='j')
    if r.get('diff'):
        para(d, r.get('diff_head', 'Khó khăn, vướng mắc:'), bold=True)
        for x in r['diff']:
            para(d, '- ' + x, align='j')
    if r.get('prop'):
        para(d, r.get('prop_head', 'Đề xuất:'), bold=True)
        for x in r['prop']:
            para(d, '- ' + x, align='j')
    para(d, r.get('closing', f"Trên đây là báo cáo của {r['uname']}./."), align='j')
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].add_run('Nơi nhận:').bold = True
    for x in ['- Như trên;', '- GĐ Sở (để b/c);', '- Lưu: VT, ' + r['short'] + '.']:
        t.cell(0, 0).add_paragraph().add_run(x).font.size = Pt(11)
    c1 = t.cell(0, 1)
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c1.paragraphs[0].add_run('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC').bold = True
    for x in ['', '', '', r['signer']]:
        p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(x).bold = True
    d.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- hand D
def hand_d(fname, r):
    """Junior in a Sở unit: an Outlook message pasted into Word with its header block,
    'em' register to the Chi cục's officer, own-words items, status inside the sentence."""
    d = base_doc(font='Calibri', size=11)
    for lab, val in r['mail']:
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        a = p.add_run(lab + ' '); a.bold = True
        p.add_run(val)
    para(d)
    para(d, r['greet'])
    para(d, r['intro'])
    for it in r['items']:
        p = para(d, '- ' + it['body'])
        p.paragraph_format.left_indent = Cm(0.6)
    if r.get('diff'):
        para(d, r.get('diff_head', 'Vướng mắc:'), bold=True)
        for x in r['diff']:
            para(d, '- ' + x).paragraph_format.left_indent = Cm(0.6)
    if r.get('prop'):
        para(d, r.get('prop_head', 'Đề xuất:'), bold=True)
        for x in r['prop']:
            para(d, '- ' + x).paragraph_format.left_indent = Cm(0.6)
    for x in r['sign']:
        para(d, x, space_after=0)
    if r.get('quoted'):
        para(d)
        para(d, '-----Original Message-----', space_after=0)
        for x in r['quoted']:
            para(d, x, space_after=0, italic=False, size=10)
    d.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- hand B
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, r):
    """Ward Excel: status is the FIRST column (before STT and the job), header row pasted
    twice, place/date and unit only in the sign-off rows under the table."""
    wb = Workbook(); ws = wb.active; ws.title = r['sheet']
    ws.merge_cells('A1:F1')
    ws['A1'] = r['title']; ws['A1'].font = Font(bold=True, size=13); ws['A1'].alignment = Alignment(horizontal='center')
    row = 2
    if r.get('subtitle'):
        ws.merge_cells('A2:F2'); ws['A2'] = r['subtitle']; ws['A2'].alignment = Alignment(horizontal='center')
        row = 3
    row += 1
    hdr = ['Tình trạng', 'STT', 'Việc', 'Đã làm', 'SL', 'Ghi chú']
    for _ in range(2):  # header pasted twice by mistake
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = BOX
        row += 1
    for i, it in enumerate(r['items'], 1):
        vals = [it['word'], i, it['label'], it['body'], it.get('sl'), it.get('note')]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top')
        row += 1
    row += 1
    ws.cell(row, 1, 'Khó khăn:').font = Font(bold=True); row += 1
    for x in r['diff']:
        ws.cell(row, 3, x); row += 1
    ws.cell(row, 1, 'Kiến nghị:').font = Font(bold=True); row += 1
    for x in r['prop']:
        ws.cell(row, 3, x); row += 1
    row += 1
    ws.cell(row, 4, r['date_line']).font = Font(italic=True); row += 1
    ws.cell(row, 1, 'Người lập'); ws.cell(row, 4, r['sign_unit']).font = Font(bold=True); row += 1
    ws.cell(row, 4, 'KT. CHỦ TỊCH'); row += 3
    ws.cell(row, 1, r['maker']); ws.cell(row, 4, r['signer'])
    for col, w in zip('ABCDEF', (11, 5, 38, 42, 6, 18)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- hand E
def hand_e(fname, r):
    """To-do style Excel: status as a '[x] / [~] / [ ]' prefix inside the job cell,
    legend on one row above the table."""
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    ws['A1'] = r['unit_line1']; ws['A2'] = r['unit_line2']; ws['A2'].font = Font(bold=True)
    ws['D1'] = QH; ws['D2'] = TD
    ws['A3'] = r.get('num_line', ''); ws['D3'] = r['date_line']; ws['D3'].font = Font(italic=True)
    ws.merge_cells('A5:D5'); ws['A5'] = r['title']; ws['A5'].font = Font(bold=True, size=12)
    ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = 'Ký hiệu: [x] xong   [~] đang làm   [ ] chưa làm' + r.get('legend_extra', '')
    ws['A6'].font = Font(italic=True, size=10)
    row = 8
    for j, h in enumerate(['TT', 'Việc', 'Kết quả', 'Ghi chú'], 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = BOX
    row += 1
    for i, it in enumerate(r['items'], 1):
        vals = [i, it['word'] + ' ' + it['label'], it['body'], it.get('note')]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        row += 1
    row += 1
    ws.cell(row, 1, 'Khó khăn'); ws.cell(row, 1).font = Font(bold=True); row += 1
    for x in r['diff']:
        ws.cell(row, 2, '- ' + x); row += 1
    ws.cell(row, 1, 'Đề xuất'); ws.cell(row, 1).font = Font(bold=True); row += 1
    for x in r['prop']:
        ws.cell(row, 2, '- ' + x); row += 1
    row += 1
    ws.cell(row, 3, r['sign_title']).font = Font(bold=True); row += 3
    ws.cell(row, 3, r['signer']).font = Font(bold=True)
    for col, w in zip('ABCD', (5, 48, 46, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


def lo_resave(fname):
    ext = fname.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp,
                    os.path.join(OUT, fname)], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname))
    shutil.rmtree(tmp)


from content import REPORTS  # noqa: E402

HANDS = {'A': hand_a, 'B': hand_b, 'C': hand_c, 'D': hand_d, 'E': hand_e}

if __name__ == '__main__':
    for fname, hand, r in REPORTS:
        HANDS[hand](fname, r)
        if r.get('rejected'):
            key(fname, r, 'rejected', r['rejected'])
        else:
            key(fname, r)
        if r.get('lo'):
            lo_resave(fname)
    for fname, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
