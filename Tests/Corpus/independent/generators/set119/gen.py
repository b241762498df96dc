# -*- coding: utf-8 -*-
"""Generator for set119: ward / commune / special-zone reports on KH CT38 2026.
Four hands (see NOTES.md). Truth JSON is written from the same specs; sha256 is
filled in by finish() after the optional LibreOffice re-save."""
import json, os, hashlib, subprocess, shutil, glob
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit, number, date, entries, difficulties=(), proposals=(), status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit[0], 'name': unit[1]},
        'document': {'number': number, 'date': date},
        'entries': [{'task': t, 'status': s, 'indicators': ind, 'text': tx} for (t, s, ind, tx) in entries],
        'findings': [], 'difficulties': list(difficulties), 'proposals': list(proposals)}


# ---------------------------------------------------------------- docx helpers
def base_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, underline=False, indent=True):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def runs(d, parts, align='j', indent=True):
    """parts: list of (text, style) with style in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s; r.italic = 'i' in s; r.underline = 'u' in s
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(d, left_lines, right_lines, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        c.paragraphs[0].text = ''
        first = True
        for txt, sty in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = 'b' in sty; r.italic = 'i' in sty; r.underline = 'u' in sty
            r.font.size = Pt(12 if 'b' in sty else 13)
    return t


def signature(d, lines_right, noi_nhan=None):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    if noi_nhan:
        r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
        for n in noi_nhan:
            p = c0.add_paragraph(); rr = p.add_run(n); rr.font.size = Pt(10)
    first = True
    for txt, sty in lines_right:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = 'b' in sty; r.italic = 'i' in sty


# =============================================================== HAND 1
# Võ Thị Thanh Trúc – công chức VH-XH, former Bình Dương wards.
# Each task: numbered own-words title, then one or more minute-style records
# "+ Thời gian: / + Địa điểm: / + Thành phần: / + Kết quả:", closed by "Mức độ: …".

def hand1(fname, unit_upper, unit_name, place, so, date_txt, intro, tasks, kk, dx, signer, resave=False):
    d = base_doc()
    header_table(d, [('ỦY BAN NHÂN DÂN', 'b'), (unit_upper, 'b'), ('', ''), (so, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'bu'), ('', ''),
                  (f'{place}, {date_txt}', 'i')])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c')
    para(d, '-----------', align='c')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
    para(d, intro, align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for t in tasks:
        para(d, t['title'], bold=True, align='j')
        for rec in t['recs']:
            for lab, val in rec:
                runs(d, [('+ ' + lab + ': ', 'i'), (val, '')])
        runs(d, [('Mức độ: ', 'b'), (t['muc_do'], '')])
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    if not kk:
        para(d, '- Không có.', align='j')
    for k in kk:
        para(d, '- ' + k, align='j')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in dx:
        para(d, '- ' + x, align='j')
    para(d, f'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {unit_name}./.', align='j')
    signature(d, [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'), ('', ''), ('', ''), ('', ''), (signer, 'b')],
              ['- Chi cục TĐC TP.HCM;', '- TT. Đảng ủy, HĐND phường;', '- CT, các PCT UBND;', '- Lưu: VT, VHXH.Trúc.'])
    path = os.path.join(OUT, fname)
    d.save(path)
    return path


# =============================================================== HAND 3
# Lê Hoàng Nam – chuyên viên Phòng Kinh tế, inner-city wards.
# "Chỉ tiêu n – …" headings; each: italic "Yêu cầu:" (the ward's own plan line),
# "Thực hiện:" paragraph(s) with figures, and a bold "Kết luận:" one-phrase status.

def hand3(fname, unit_upper, unit_name, so, place_date, kh_ref, tasks, kk, dx, signer, extra_para=None):
    d = base_doc(size=14)
    header_table(d, [(f'UBND {unit_upper}', 'b'), ('PHÒNG KINH TẾ', 'bu'), (so, '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'bu'), (place_date, 'i')])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Kế hoạch triển khai Chỉ thị 38-CT/TW)', bold=True, align='c')
    para(d, f'Căn cứ {kh_ref}, Phòng Kinh tế {unit_name} báo cáo kết quả thực hiện các chỉ tiêu như sau:', align='j')
    for i, t in enumerate(tasks, 1):
        num = t.get('num', i)
        para(d, f'Chỉ tiêu {num} – {t["title"]}', bold=True, indent=False)
        runs(d, [('Yêu cầu: ', 'bi'), (t['yc'], 'i')])
        for j, th in enumerate(t['th']):
            runs(d, [('Thực hiện: ', 'b') if j == 0 else ('', ''), (th, '')])
        runs(d, [('Kết luận: ', 'b'), (t['kl'], 'b')])
    if extra_para:
        para(d, extra_para, align='j')
    para(d, 'Khó khăn – vướng mắc:', bold=True, underline=True, indent=False)
    for k in kk:
        para(d, '• ' + k, align='j')
    para(d, 'Kiến nghị:', bold=True, underline=True, indent=False)
    for x in dx:
        para(d, '• ' + x, align='j')
    signature(d, [('TRƯỞNG PHÒNG', 'b'), ('', ''), ('', ''), ('', ''), (signer, 'b')],
              ['- Như trên (Chi cục TĐC);', '- Lãnh đạo UBND phường;', '- Lưu: P.KT.'])
    path = os.path.join(OUT, fname)
    d.save(path)
    return path


# =============================================================== HAND 2 (xlsx)
# Nguyễn Văn Phúc – former Bà Rịa - Vũng Tàu template. One row per task,
# unit of measure in square brackets in the headers, status column
# "Kết quả đánh giá" = Xong việc / Còn dở / Chưa bắt đầu / Không có việc,
# "* Khó:" and "* Đề nghị:" rows under the table.
H2COLS = [('training_courses', 'Hội nghị, lớp tập huấn\n[lớp]'), ('participants', 'Người tham dự\n[lượt]'),
          ('communications', 'Tin, bài, tờ rơi\n[cái]'), ('inspections', 'Kiểm tra\n[cuộc]'),
          ('establishments_inspected', 'Cơ sở được KT\n[cơ sở]'), ('violations', 'Vi phạm\n[cơ sở]'),
          ('fines_vnd', 'Tiền phạt\n[đồng]'), ('instruments_verified', 'Cân, PT đo được kiểm định\n[chiếc]'),
          ('enterprises_supported', 'DN, hộ KD được hướng dẫn\n[đơn vị]')]
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, unit_upper, place, so, date_txt, rows, kk, dx, signer, sheet='BC CT38'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ncol = 3 + len(H2COLS) + 2
    ws['A1'] = 'UBND ' + unit_upper; ws['A1'].font = Font(bold=True)
    ws['A2'] = so
    ws.cell(1, 8, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font = Font(bold=True)
    ws.cell(2, 8, 'Độc lập - Tự do - Hạnh phúc').font = Font(bold=True, underline='single')
    ws.cell(3, 8, f'{place}, {date_txt}').font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = '(Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM)'
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=ncol)
    ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Công việc', 'Đã làm gì'] + [h for _, h in H2COLS] + ['Kết quả đánh giá', 'Ghi chú']
    r0 = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    r = r0 + 1
    for i, row in enumerate(rows, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, row['viec']); ws.cell(r, 3, row['lam'])
        for c, (ind, _) in enumerate(H2COLS, 4):
            v = row['ind'].get(ind)
            if v is not None:
                ws.cell(r, c, v)
                if ind == 'fines_vnd': ws.cell(r, c).number_format = '#,##0'
        ws.cell(r, 4 + len(H2COLS), row['st'])
        ws.cell(r, 5 + len(H2COLS), row.get('gc', ''))
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    for k in kk:
        ws.cell(r, 2, '* Khó:'); ws.cell(r, 3, k); r += 1
    for x in dx:
        ws.cell(r, 2, '* Đề nghị:'); ws.cell(r, 3, x); r += 1
    r += 1
    ws.cell(r, 10, 'KT. CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 1, 10, 'PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 5, 10, signer).font = Font(bold=True)
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 30; ws.column_dimensions['C'].width = 45
    for c in range(4, ncol + 1):
        ws.column_dimensions[chr(64 + c)].width = 12
    ws.column_dimensions[chr(64 + ncol - 1)].width = 16
    ws.page_setup.orientation = 'landscape'
    path = os.path.join(OUT, fname); wb.save(path); return path


# =============================================================== HAND 4 (xlsx)
# Đặng Thị Kim Loan – văn phòng UBND xã (outer communes). One row per job:
# "TT | Việc | Người phụ trách | Con số đạt được | Mức độ (%) | Nhận định";
# all figures in one text cell, status only inside the "Nhận định" sentence.

def hand4(fname, unit_upper, place, so, date_txt, rows, kk, dx, signer, sheet='Sheet1'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = 'ỦY BAN NHÂN DÂN'; ws['A2'] = unit_upper; ws['A3'] = so
    for a in ('A1', 'A2'): ws[a].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = f'{place}, {date_txt}'; ws['D3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026'
    ws['A5'].font = Font(bold=True)
    ws['A6'] = '(Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW)'
    ws['A6'].font = Font(italic=True)
    hdr = ['TT', 'Việc', 'Người phụ trách', 'Con số đạt được', 'Mức độ (%)', 'Nhận định']
    fill = PatternFill('solid', fgColor='D9D9D9')
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(8, c, h); cell.font = Font(bold=True); cell.fill = fill; cell.border = BOX
        cell.alignment = Alignment(horizontal='center', wrap_text=True)
    r = 9
    for i, row in enumerate(rows, 1):
        vals = [i, row['viec'], row['nguoi'], row['so'], row['pct'], row['nd']]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True); r += 1
    for k in kk:
        ws.cell(r, 2, '- ' + k); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for x in dx:
        ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 5, 'TM. ỦY BAN NHÂN DÂN').font = Font(bold=True)
    ws.cell(r + 1, 5, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 5, 5, signer).font = Font(bold=True)
    for col, w in zip('ABCDEF', (5, 38, 16, 40, 10, 42)):
        ws.column_dimensions[col].width = w
    path = os.path.join(OUT, fname); wb.save(path); return path


exec(open(os.path.join(OUT, 'content.py'), encoding='utf-8').read())


def libre(path, fmt):
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['libreoffice', '--headless', '--convert-to', fmt, '--outdir', tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


for p, fmt in RESAVE:
    libre(os.path.join(OUT, p), fmt)

for fname, k in KEYS.items():
    h = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    k['sha256'] = h
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
