# -*- coding: utf-8 -*-
"""Generator for set204. Builds the report files and their keys."""
import os, json, hashlib, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': unit_name},
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)


def para(doc, text='', bold=False, italic=False, center=False, size=None, font=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def header_table(doc, left1, left2, num, place_date, font=None):
    t = doc.add_table(rows=3, cols=2)
    c = t.rows[0].cells
    c[0].text = left1; c[1].text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    c = t.rows[1].cells
    c[0].text = left2; c[1].text = 'Độc lập - Tự do - Hạnh phúc'
    c = t.rows[2].cells
    c[0].text = num; c[1].text = place_date
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.font.size = Pt(12)
                    if font: r.font.name = font
    for r in t.rows[1].cells[0].paragraphs[0].runs + t.rows[0].cells[1].paragraphs[0].runs + t.rows[1].cells[1].paragraphs[0].runs:
        r.bold = True
    for r in t.rows[2].cells[1].paragraphs[0].runs:
        r.italic = True
    return t


# ---------------------------------------------------------------- HAND 1
# Chị Phan Thị Thảo, công chức Văn hóa - Xã hội/Kinh tế phường. Defines the
# ward's acronyms once in the opening paragraph (ĐLCL, TBĐ, HHĐG), then writes
# "Việc ĐLCL …" paragraphs; she fixes figures by hiding the old run (Word
# hidden font) and typing the new one right after it. Status as a closing
# "=> Đánh giá: …" sentence in plain words "đã làm xong / đang làm tiếp".

def hand1(fname, unit_id, unit_name, upper, num, date_iso, date_vn, intro, items, diffs, props, sign):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    header_table(doc, upper, unit_name.upper(), 'Số: ' + num, date_vn)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, center=True, size=14)
    para(doc, intro[0], bold=True, center=True)
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', center=True)
    para(doc, intro[1])
    for (title, segs) in items:
        p = doc.add_paragraph()
        r = p.add_run(title); r.bold = True
        for seg in segs:
            if isinstance(seg, tuple) and seg[0] == 'H':
                rr = p.add_run(seg[1]); rr.font.hidden = True
            elif isinstance(seg, tuple) and seg[0] == 'I':
                rr = p.add_run(seg[1]); rr.italic = True
            else:
                p.add_run(seg)
    para(doc, 'Khó khăn, vướng mắc:', bold=True)
    for d in diffs:
        para(doc, '- ' + d)
    para(doc, 'Kiến nghị, đề xuất:', bold=True)
    for d in props:
        para(doc, '- ' + d)
    para(doc, 'Trên đây là báo cáo của ' + unit_name + './.')
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = 'Nơi nhận:\n- Sở KH&CN (Chi cục TĐC);\n- Lưu: VT.'
    t.rows[0].cells[1].text = sign
    doc.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- HAND 2
# Anh Lê Minh Khoa, chuyên viên phòng tổng hợp of a city department. Formal
# report; results in ONE Word table "Nội dung nhiệm vụ | Chỉ tiêu | Số lượng |
# Tiến độ" where the task cell and the Tiến độ cell are merged vertically over
# its figure rows. Below it a table of inspection rounds whose "Tổng cộng" row
# is a Word =SUM(ABOVE) field with its cached result.

def merged_table(doc, rows_spec):
    """rows_spec: list of (task_text, [(label, value_text)], status_text)"""
    n = 1 + sum(max(1, len(f)) for _, f, _ in rows_spec)
    t = doc.add_table(rows=n, cols=5)
    t.style = 'Table Grid'
    hdr = ['STT', 'Nội dung nhiệm vụ', 'Chỉ tiêu', 'Số lượng', 'Tiến độ']
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
        for r in t.cell(0, i).paragraphs[0].runs: r.bold = True
    ri = 1
    for k, (task, figs, stt) in enumerate(rows_spec, 1):
        span = max(1, len(figs))
        if figs:
            for j, (lab, val) in enumerate(figs):
                t.cell(ri + j, 2).text = lab
                t.cell(ri + j, 3).text = val
        else:
            t.cell(ri, 2).text = '-'
            t.cell(ri, 3).text = '-'
        for col, txt in ((0, str(k)), (1, task), (4, stt)):
            top = t.cell(ri, col)
            if span > 1:
                top = top.merge(t.cell(ri + span - 1, col))
            top.text = txt
        ri += span
    return t


def sum_table(doc, caption, rows, total, total_label='Tổng cộng'):
    para(doc, caption, italic=True)
    t = doc.add_table(rows=len(rows) + 2, cols=3)
    t.style = 'Table Grid'
    for i, h in enumerate(['Đợt', 'Thời gian', 'Số cơ sở được kiểm tra']):
        t.cell(0, i).text = h
    for i, (a, b, c) in enumerate(rows, 1):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b; t.cell(i, 2).text = str(c)
    last = len(rows) + 1
    t.cell(last, 0).text = total_label
    t.cell(last, 0).paragraphs[0].runs[0].bold = True
    cell = t.cell(last, 2)
    p = cell.paragraphs[0]
    fld = parse_xml('<w:fldSimple %s w:instr=" =SUM(ABOVE) "><w:r><w:rPr><w:b/><w:noProof/></w:rPr><w:t>%d</w:t></w:r></w:fldSimple>'
                    % ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', total))
    p._p.append(fld)
    return t


def hand2(fname, unit_id, unit_name, abbr, num, date_vn, title, opening, rows_spec, rounds, total, after, diffs, props, signer):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    header_table(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unit_name.upper(), 'Số: ' + num, date_vn)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for o in opening:
        para(doc, o)
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    para(doc, 'Kết quả thực hiện các nội dung có liên quan được tổng hợp tại bảng sau:')
    merged_table(doc, rows_spec)
    para(doc)
    if rounds:
        sum_table(doc, rounds[0], rounds[1], total)
    for a in after:
        para(doc, a)
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for i, d in enumerate(diffs, 1):
        para(doc, '%d. %s' % (i, d))
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for i, d in enumerate(props, 1):
        para(doc, '%d. %s' % (i, d))
    para(doc, abbr + ' kính báo cáo Sở Khoa học và Công nghệ tổng hợp./.')
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = 'Nơi nhận:\n- Sở KH&CN;\n- Chi cục TĐC;\n- Lưu: VT, ' + abbr.split()[-1] + '.'
    t.rows[0].cells[1].text = signer
    doc.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- HAND 3
# Chị Võ Ngọc Mai, commune/special-zone officer who drafts in Google Docs and
# sends "Tải xuống > Microsoft Word (.docx)". Arial 11, centred lines instead
# of a header table, Google's heading styles, task headings in her own short
# words with "(KH 38 – …)", "Tình trạng: …" lines, figures in bullet lines.

def hand3(fname, unit_id, unit_name, num, date_vn, title, blocks, diffs, props, signer):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Arial')
    pf = st.paragraph_format; pf.line_spacing = 1.15; pf.space_after = Pt(0)
    cp = doc.core_properties
    cp.author = ''; cp.last_modified_by = ''; cp.title = ''; cp.comments = ''
    para(doc, 'ỦY BAN NHÂN DÂN ' + unit_name.upper(), bold=True, center=True)
    para(doc, 'Số: ' + num, center=True)
    para(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, center=True)
    para(doc, 'Độc lập - Tự do - Hạnh phúc', bold=True, center=True)
    para(doc, date_vn, italic=True, center=True)
    h = doc.add_heading(title, level=1)
    for (head, lines, stt) in blocks:
        doc.add_heading(head, level=2)
        for ln in lines:
            doc.add_paragraph(ln, style='List Bullet')
        para(doc, 'Tình trạng: ' + stt, italic=True)
    doc.add_heading('Khó khăn', level=2)
    for d in diffs:
        doc.add_paragraph(d, style='List Bullet')
    doc.add_heading('Đề xuất', level=2)
    for d in props:
        doc.add_paragraph(d, style='List Bullet')
    para(doc)
    para(doc, signer, bold=True)
    path = os.path.join(OUT, fname)
    doc.save(path)


# ---------------------------------------------------------------- HAND 4
# Anh Đỗ Văn Tuấn, department statistician. XLSX sheet "TH_CT38": one row per
# indicator, figures split by "Đợt 1 / Đợt 2 / Đợt 3" with a "Cộng" column
# holding =SUM formulas (cached by LibreOffice re-save), and a status column
# "Đánh giá" filled only on the first row of each task, merged down.

thin = Side(style='thin')
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand4(fname, unit_id, unit_name, num, date_vn, title, tasks, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TH_CT38'
    ws['A1'] = unit_name.upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + num
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['F3'] = date_vn
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:H5'); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['TT', 'Nội dung công việc', 'Chỉ tiêu', 'Đợt 1', 'Đợt 2', 'Đợt 3', 'Cộng', 'Đánh giá']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = B
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    r = 8
    for k, (task, figs, stt) in enumerate(tasks, 1):
        start = r
        if not figs:
            figs = [('-', None)]
        for (lab, parts) in figs:
            ws.cell(row=r, column=3, value=lab)
            if parts is not None:
                for j, v in enumerate(parts):
                    if v is not None:
                        ws.cell(row=r, column=4 + j, value=v)
                ws.cell(row=r, column=7, value='=SUM(D%d:F%d)' % (r, r))
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = B
            r += 1
        ws.cell(row=start, column=1, value=k)
        ws.cell(row=start, column=2, value=task)
        ws.cell(row=start, column=8, value=stt)
        if r - 1 > start:
            for col in (1, 2, 8):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for col in (2, 8):
            ws.cell(row=start, column=col).alignment = Alignment(wrap_text=True, vertical='top')
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for d in diffs:
        ws.cell(row=r, column=2, value='- ' + d); r += 1
    ws.cell(row=r, column=1, value='Kiến nghị:').font = Font(bold=True); r += 1
    for d in props:
        ws.cell(row=r, column=2, value='- ' + d); r += 1
    r += 1
    ws.cell(row=r, column=6, value=signer)
    ws.column_dimensions['B'].width = 48; ws.column_dimensions['C'].width = 30; ws.column_dimensions['H'].width = 22
    tmp = os.path.join(OUT, '_tmp'); os.makedirs(tmp, exist_ok=True)
    p = os.path.join(tmp, fname)
    wb.save(p)
    # re-save through LibreOffice so =SUM results are cached, as the office does
    for attempt in range(3):
        rc = subprocess.run(['libreoffice', '-env:UserInstallation=file:///tmp/lo_set204', '--headless', '--calc',
                             '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', OUT, p],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if rc.returncode == 0 and os.path.exists(os.path.join(OUT, fname)):
            break
        print('LO retry', fname, rc.stderr[-300:])


# ---------------------------------------------------------------- HAND 5
# Chị Huỳnh Thu Hà, ward officer keeping an Excel "Phuong" sheet: a title note
# defines the ward's acronyms once; each job is a bold row with the status in
# column E ("Xg" is never used: she writes "Đã xong", "Đang làm", "Chưa làm",
# "Không có việc"), and under it one "→" row holding all its figures in one
# cell separated by " / ". Dates of update in column F as dd.mm.yyyy.

def hand5(fname, unit_id, unit_name, num, date_vn, note, jobs, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Phuong'
    ws['A1'] = 'UBND ' + unit_name.upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + num
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D3'] = date_vn
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font = Font(bold=True)
    ws['A6'] = note; ws['A6'].font = Font(italic=True)
    for i, h in enumerate(['STT', 'Việc', '', 'Số liệu', 'Tình hình', 'Cập nhật'], 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(bold=True)
    r = 9
    for k, (job, figs, stt, upd) in enumerate(jobs, 1):
        ws.cell(row=r, column=1, value=k)
        c = ws.cell(row=r, column=2, value=job); c.font = Font(bold=True)
        ws.cell(row=r, column=5, value=stt); ws.cell(row=r, column=6, value=upd)
        r += 1
        if figs:
            ws.cell(row=r, column=2, value='→')
            ws.cell(row=r, column=4, value=figs)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value='Vướng mắc').font = Font(bold=True); r += 1
    for d in diffs:
        ws.cell(row=r, column=2, value=d); r += 1
    ws.cell(row=r, column=1, value='Đề nghị').font = Font(bold=True); r += 1
    for d in props:
        ws.cell(row=r, column=2, value=d); r += 1
    r += 1
    ws.cell(row=r, column=4, value=signer)
    ws.column_dimensions['B'].width = 50; ws.column_dimensions['D'].width = 45; ws.column_dimensions['E'].width = 14
    wb.save(os.path.join(OUT, fname))


exec(open(os.path.join(OUT, 'content.py'), encoding='utf-8').read())

shutil.rmtree(os.path.join(OUT, '_tmp'), ignore_errors=True)
for fname, k in KEYS.items():
    with open(os.path.join(OUT, fname), 'rb') as f:
        k['sha256'] = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
