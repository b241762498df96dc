# -*- coding: utf-8 -*-
"""Generator for set199. Writes report files + truth/*.json."""
import json, os, random, hashlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)
random.seed(199)
TRUTH = {}


def key(fname, unit, number, date, entries, dif, pro, status='extracted', reason=None):
    TRUTH[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                        unit=unit, document=dict(number=number, date=date),
                        entries=[dict(task=e['task'], status=e['st'], indicators=e.get('ind', {}),
                                      text=e.get('kqtext') or e.get('total') or e['kq']) for e in entries] if status == 'extracted' else [],
                        findings=[], difficulties=dif if status == 'extracted' else [],
                        proposals=pro if status == 'extracted' else [])


def cell_text(c, txt, bold=False, size=12, align=None, italic=False):
    c.text = ''
    lines = txt.split('\n')
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if align: p.alignment = align


def para(d, txt, bold=False, italic=False, size=13, align=None, indent=None):
    p = d.add_paragraph(); r = p.add_run(txt); r.bold = bold; r.italic = italic
    r.font.size = Pt(size)
    if align: p.alignment = align
    if indent: p.paragraph_format.first_line_indent = Cm(indent)
    return p


def base_doc(font='Times New Roman'):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header_table(d, left1, left2, num, place_date, size=12):
    t = d.add_table(rows=3, cols=2)
    C = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(t.cell(0, 0), left1, size=size, align=C)
    cell_text(t.cell(1, 0), left2, bold=True, size=size, align=C)
    cell_text(t.cell(2, 0), num, size=size, align=C)
    cell_text(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=size, align=C)
    cell_text(t.cell(1, 1), 'Độc lập - Tự do - Hạnh phúc', bold=True, size=size, align=C)
    cell_text(t.cell(2, 1), place_date, italic=True, size=size, align=C)


# ---------------------------------------------------------------- HAND A
# Chị Nguyễn Thị Ngọc Lan, cán bộ Văn phòng HĐND-UBND phụ trách kinh tế: DOCX, copies the
# plan's task list (shortened) into a 5-col table "STT | Nhiệm vụ theo KH | Bộ phận/đơn vị
# cùng làm | Kết quả | Tiến độ", Tiến độ cell = status word, new line, "(lý do …)".
# Row numbers follow the plan's groups "1.1, 1.2, 5.3" (her own), typos here and there.

def hand_a(fname, unit, number, date, place_date, entries, dif, pro, intro, signer, mistaken_title=None):
    d = base_doc()
    header_table(d, 'ỦY BAN NHÂN DÂN', unit['name'].upper(), 'Số: ' + number, place_date)
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, mistaken_title or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, intro, indent=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    hd = ['STT', 'Nhiệm vụ theo Kế hoạch (tóm tắt)', 'Bộ phận / đơn vị cùng làm', 'Kết quả', 'Tiến độ']
    for i, h in enumerate(hd):
        cell_text(t.cell(0, i), h, bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for e in entries:
        r = t.add_row().cells
        for i, v in enumerate([e['no'], e['nv'], e.get('bp', ''), e['kq'], e['td']]):
            cell_text(r[i], v, size=11)
    para(d, '')
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in dif:
        para(d, '- ' + x)
    if not dif:
        para(d, '- Không có.')
    para(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for x in pro:
        para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của ' + unit['name'] + './.', indent=1)
    s = d.add_table(rows=1, cols=2)
    cell_text(s.cell(0, 0), 'Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC;\n- TT.ĐU, TT.UBND phường;\n- Lưu: VT.', size=10, italic=False)
    cell_text(s.cell(0, 1), 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n' + signer, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- HAND B
# Anh Trần Văn Tuấn, công chức Kinh tế xã: XLSX "BC_CT38" copying the plan's tasks in the
# order of the plan, columns "TT | Nhiệm vụ (theo KH) | Ấp / khu | Kết quả | Tiến độ";
# each task with figures gets one row per ấp (or khu phố / khu dân cư) and a
# "Cộng toàn xã:" row; statuses "Xong", "Đang làm", "Chưa làm (…)", "Không phát sinh".

def hand_b(fname, unit, number, date, header, entries, dif, pro, areaword):
    wb = Workbook(); ws = wb.active; ws.title = 'BC_CT38'
    b = Side(style='thin'); bd = Border(left=b, right=b, top=b, bottom=b)
    ws['A1'] = header[0]; ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['A2'] = header[1]; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + number; ws['D3'] = header[2]
    for c in ('A1', 'A2', 'D1', 'D2'):
        ws[c].font = Font(bold=True)
    ws['A5'] = header[3]; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:E5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    r = 7
    for i, h in enumerate(['TT', 'Nhiệm vụ (theo KH của Sở)', areaword, 'Kết quả', 'Tiến độ']):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True); c.border = bd
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for e in entries:
        r += 1; start = r
        ws.cell(r, 1, e['no']); ws.cell(r, 2, e['nv']); ws.cell(r, 5, e['td'])
        if e.get('areas'):
            ws.cell(r, 3, e['areas'][0][0]); ws.cell(r, 4, e['areas'][0][1])
            for a, t in e['areas'][1:]:
                r += 1; ws.cell(r, 3, a); ws.cell(r, 4, t)
            r += 1; ws.cell(r, 3, 'Cộng toàn xã:' if areaword.startswith('Ấp') else 'Cộng:')
            ws.cell(r, 4, e['total']); ws.cell(r, 3).font = Font(bold=True); ws.cell(r, 4).font = Font(bold=True)
            ws.merge_cells(start_row=start, end_row=r, start_column=1, end_column=1)
            ws.merge_cells(start_row=start, end_row=r, start_column=2, end_column=2)
            ws.merge_cells(start_row=start, end_row=r, start_column=5, end_column=5)
        else:
            ws.cell(r, 3, '-'); ws.cell(r, 4, e['kqtext'])
        for rr in range(start, r + 1):
            for cc in range(1, 6):
                ws.cell(rr, cc).border = bd
                ws.cell(rr, cc).alignment = Alignment(wrap_text=True, vertical='top')
    r += 2
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True)
    for x in dif:
        r += 1; ws.cell(r, 2, '- ' + x)
    r += 1
    ws.cell(r, 1, 'Đề xuất:').font = Font(bold=True)
    for x in pro:
        r += 1; ws.cell(r, 2, '- ' + x)
    r += 2
    ws.cell(r, 4, 'TM. ỦY BAN NHÂN DÂN'); ws.cell(r + 1, 4, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH'); ws.cell(r + 5, 4, header[4])
    for col, w in zip('ABCDE', (6, 42, 20, 46, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- HAND C
# Cô Phạm Thị Hạnh, chuyên viên tổng hợp ở sở / phòng: công văn replying ONLY about the
# parts the unit helped with. Opens "… xin báo cáo phần việc Sở có tham gia như sau:",
# then one paragraph per part starting "Ở phần <plan text paraphrased>, <unit> đã …" and
# ending with a sentence "Phần phối hợp này: <status>." Then a sentence listing plan
# items the unit has nothing to do with. Difficulties/proposals as "a) b)" in one
# closing section "Vướng mắc và đề nghị".

def hand_c(fname, unit, number, date, header, vv, kg, opening, entries, tail, dif, pro, signer, chief='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'):
    d = base_doc()
    header_table(d, header[0], header[1], 'Số: ' + number + '\nV/v ' + vv, header[2], size=12)
    para(d, '')
    para(d, 'Kính gửi: ' + kg, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, opening, indent=1)
    for i, e in enumerate(entries, 1):
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(f'{i}. '); r.bold = True
        r = p.add_run(e['lead']); r.italic = True
        p.add_run(' ' + e['kq'] + ' ')
        r = p.add_run('Phần phối hợp này: ' + e['td'] + '.'); r.bold = True
    if tail:
        para(d, tail, indent=1)
    if dif or pro:
        para(d, 'Vướng mắc và đề nghị:', bold=True)
        letters = 'abcdefg'
        for i, x in enumerate(dif + pro):
            para(d, f'{letters[i]}) {x}', indent=1)
    para(d, 'Trân trọng./.', indent=1)
    s = d.add_table(rows=1, cols=2)
    cell_text(s.cell(0, 0), 'Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT.', size=10)
    cell_text(s.cell(0, 1), chief + '\n\n\n\n' + signer, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- HAND D
# Anh Lê Hoàng Phúc, ward/centre officer who types fast: XLSX sheet "Sheet1" copying
# the plan's table columns "Nội dung (theo KH)" + "Thời gian theo KH" then adding
# "Ket qua" + "Tien do" + "Ly do / ghi chu"; headers half without diacritics, typos
# ("tuyen tryen", "kiem tra"), figures glued "3cuoc" sometimes, money "4,5tr".
# Header rows typed in merged cells; "Kho khan:" / "De xuat:" rows under the table.

def hand_d(fname, header_lines, entries, dif, pro, sign):
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    for i, ln in enumerate(header_lines, 1):
        ws.cell(i, 1, ln)
        ws.merge_cells(start_row=i, end_row=i, start_column=1, end_column=6)
        ws.cell(i, 1).alignment = Alignment(horizontal='center')
        if i in (1, 2, len(header_lines)):
            ws.cell(i, 1).font = Font(bold=True)
    r = len(header_lines) + 2
    b = Side(style='thin'); bd = Border(left=b, right=b, top=b, bottom=b)
    for i, h in enumerate(['STT', 'Nội dung (theo KH)', 'Thời gian theo KH', 'Ket qua', 'Tien do', 'Ly do / ghi chu']):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True); c.border = bd
    for k, e in enumerate(entries, 1):
        r += 1
        for i, v in enumerate([k, e['nv'], e['tg'], e['kq'], e['td'], e.get('gc', '')]):
            c = ws.cell(r, i + 1, v); c.border = bd; c.alignment = Alignment(wrap_text=True, vertical='top')
    r += 2
    ws.cell(r, 2, 'Kho khan:').font = Font(bold=True)
    for x in dif:
        r += 1; ws.cell(r, 2, x)
    r += 1
    ws.cell(r, 2, 'De xuat:').font = Font(bold=True)
    for x in pro:
        r += 1; ws.cell(r, 2, x)
    r += 2
    for ln in sign:
        ws.cell(r, 4, ln); r += 1
    for col, w in zip('ABCDEF', (5, 45, 16, 48, 16, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


exec(open(os.path.join(OUT, 'content.py'), encoding='utf-8').read())

for fn, t in TRUTH.items():
    t['sha256'] = None
json.dump({k: v for k, v in TRUTH.items()}, open(os.path.join(OUT, '_truth_pending.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print(len(TRUTH), 'files written')

# ---------------------------------------------------------------- re-save two files through LibreOffice, then key
import subprocess, shutil, tempfile
RESAVE = ['minhphung-bc-tdc-2026.docx', 'TanSon_KH38_baocao.xlsx']
tmp = tempfile.mkdtemp()
for fn in RESAVE:
    ext = fn.rsplit('.', 1)[1]
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, fn)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, fn), os.path.join(OUT, fn))
for fn, t in TRUTH.items():
    t['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
    json.dump(t, open(os.path.join(TR, fn + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
os.remove(os.path.join(OUT, '_truth_pending.json'))
print('keys written')
