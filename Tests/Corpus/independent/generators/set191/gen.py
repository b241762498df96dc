# -*- coding: utf-8 -*-
"""Generator for set191. Five hands; see NOTES.md."""
import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

ORDER = ['II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h',
         'II.2.i', 'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b',
         'II.5.c', 'II.5.d', 'II.6.a', 'II.6.b']
POS = {t: i + 1 for i, t in enumerate(ORDER)}

KEYS = []


def key(fname, status, unit, number, date, entries, diffs, props, reason=None):
    KEYS.append(dict(file=fname, status=status, reason=reason, unit=unit,
                     document=dict(number=number, date=date),
                     entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                     findings=[], difficulties=diffs, proposals=props))


def finish():
    for k in KEYS:
        p = os.path.join(OUT, k['file'])
        k['sha256'] = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        ordered = {f: k[f] for f in ['file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries',
                                     'findings', 'difficulties', 'proposals']}
        json.dump(ordered, open(os.path.join(TRUTH, k['file'] + '.json'), 'w', encoding='utf-8'),
                  ensure_ascii=False, indent=1)


def docx_base(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header_table(d, left_lines, right_lines):
    t = d.add_table(rows=len(max(left_lines, right_lines, key=len)), cols=2)
    for i in range(len(t.rows)):
        for j, lines in enumerate([left_lines, right_lines]):
            c = t.cell(i, j)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < len(lines):
                txt, bold, ital = lines[i]
                r = p.add_run(txt); r.bold = bold; r.italic = ital
    return t


def para(d, text, bold=False, italic=False, align=None, size=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


QH = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False)]

# ---------------------------------------------------------------- H1
# Chị Trần Thị Mỹ Hạnh, công chức Văn hóa - Xã hội / Kinh tế phường: tasks only by position in the plan
# ("Nhiệm vụ thứ 21", "nội dung số 12 của Kế hoạch") + a few words; status shorthand HT / ĐTH / CTH never
# explained, put in a bracket at the end of the line; plain Word, "-" lines, no tables in the body.
H1S = {'completed': 'HT', 'in_progress': 'ĐTH', 'not_started': 'CTH', 'not_applicable': 'không phát sinh'}


def h1(fname, unit, num, date_iso, date_txt, place, items, diffs, props, signer):
    d = docx_base(size=13)
    header_table(d, [('UỶ BAN NHÂN DÂN', False, False), (unit[1].upper(), True, False), ('Số: ' + num, False, False)],
                 QH + [(place + ', ' + date_txt, False, True)])
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (số liệu 11 tháng)', bold=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục TĐC).', align='c')
    para(d, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026, '
            f'UBND {unit[1][0].lower() + unit[1][1:]} báo cáo kết quả như sau:', align='j')
    ents = []
    for (task, st, inds, body, form) in items:
        ref = form.format(n=POS[task])
        tail = ''
        if st in H1S:
            tail = f' ({H1S[st]})' if st != 'not_applicable' else ' - không phát sinh.'
        line = f'- {ref}: {body}{tail}'
        para(d, line, align='j')
        ents.append((task, st, inds, line[2:]))
    para(d, 'Khó khăn:', bold=True)
    for x in diffs:
        para(d, '- ' + x)
    para(d, 'Kiến nghị:', bold=True)
    for x in props:
        para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của UBND ' + unit[1][0].lower() + unit[1][1:] + './.')
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].add_run('Nơi nhận:\n- Sở KH&CN;\n- Lưu: VT.').italic = True
    t.cell(0, 1).paragraphs[0].add_run('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n' + signer).bold = True
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(OUT, fname))
    key(fname, 'extracted', dict(id=unit[0], name=unit[1]), num, date_iso, ents, diffs, props)


# ---------------------------------------------------------------- H2
# Anh Lê Quang Vinh, chuyên viên phòng tổng hợp của một sở: headings in ALL CAPS with no numbers at all;
# each job under its own ALL CAPS heading; figures in one line "Số liệu: a; b; c" separated by semicolons;
# verdict line "→ Đánh giá: …".
H2S = {'completed': 'Hoàn thành', 'in_progress': 'Đang triển khai', 'not_started': 'Chưa triển khai',
       'not_applicable': 'Không phát sinh'}


def h2(fname, unit, num, date_iso, date_txt, title, intro, items, diffs, props, signer, sections=None):
    d = docx_base(size=14)
    header_table(d, [('UBND THÀNH PHỐ HỒ CHÍ MINH', False, False), (unit[1].upper(), True, False),
                     ('Số: ' + num, False, False)],
                 QH + [('Thành phố Hồ Chí Minh, ' + date_txt, False, True)])
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, title, bold=True, align='c')
    para(d, intro, align='j')
    ents = []
    if sections:  # mistaken report: free sections
        for h, lines in sections:
            para(d, h, bold=True)
            for l in lines:
                para(d, l, align='j')
    para(d, 'KẾT QUẢ THỰC HIỆN', bold=True) if items else None
    for (task, st, inds, head, body, figs) in items:
        para(d, head.upper(), bold=True)
        para(d, body, align='j')
        txt = body
        if figs:
            para(d, 'Số liệu: ' + '; '.join(figs) + '.')
            txt += ' Số liệu: ' + '; '.join(figs) + '.'
        if st in H2S:
            para(d, '→ Đánh giá: ' + H2S[st] + '.', italic=True)
        ents.append((task, st, inds, txt))
    if diffs:
        para(d, 'KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        for x in diffs:
            para(d, '- ' + x, align='j')
    if props:
        para(d, 'KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
        for x in props:
            para(d, '- ' + x, align='j')
    para(d, 'Trân trọng./.')
    para(d, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n' + signer, bold=True, align='r')
    d.save(os.path.join(OUT, fname))
    return ents


# ---------------------------------------------------------------- H3
# Bà Nguyễn Thị Thu Hà (làm báo cáo lâu năm): narrative paragraphs under "1.1, 1.2 …" where this year's
# figures are mixed in the same sentence with last year's ("cùng kỳ năm 2025: 12 cuộc"), which are NOT keyed;
# the status is a separate closing sentence "Tiến độ: …".
H3S = {'completed': 'đã hoàn thành', 'in_progress': 'đang tiếp tục thực hiện', 'not_started': 'chưa triển khai',
       'not_applicable': 'không phát sinh trong kỳ'}


def h3(fname, unit, top, num, date_iso, date_txt, place, items, diffs, props, signer, signtitle):
    d = docx_base(font='Times New Roman', size=13)
    header_table(d, [(top, False, False), (unit[1].upper(), True, False), ('Số: ' + num, False, False)],
                 QH + [(place + ', ' + date_txt, False, True)])
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n'
            '(từ ngày 01/01/2026 đến ngày 15/11/2026, so sánh cùng kỳ năm 2025)', bold=True, align='c')
    para(d, '1. Kết quả thực hiện', bold=True)
    ents = []
    for i, (task, st, inds, head, body) in enumerate(items, 1):
        p = d.add_paragraph()
        r = p.add_run(f'1.{i}. {head}'); r.bold = True; r.italic = True
        para(d, body, align='j')
        txt = body
        if st in H3S:
            s = 'Tiến độ: ' + H3S[st] + '.'
            para(d, s, align='j')
            txt += ' ' + s
        ents.append((task, st, inds, txt))
    para(d, '2. Khó khăn, vướng mắc', bold=True)
    for x in diffs:
        para(d, '- ' + x, align='j')
    para(d, '3. Đề xuất, kiến nghị', bold=True)
    for x in props:
        para(d, '- ' + x, align='j')
    para(d, signtitle + '\n\n\n' + signer, bold=True, align='r')
    d.save(os.path.join(OUT, fname))
    key(fname, 'extracted', dict(id=unit[0], name=unit[1]), num, date_iso, ents, diffs, props)


# ---------------------------------------------------------------- H4
# Xã: the city's template table (STT | Nhiệm vụ theo Kế hoạch | Kết quả thực hiện | Tiến độ | Ghi chú) copied
# into Excel and widened with the commune's own columns ("Ấp / khu vực", "Cán bộ theo dõi",
# "Số liệu xã tự theo dõi" with figures separated by ';'). Figures appear in the own column only.
H4S = {'completed': 'Hoàn thành', 'in_progress': 'Đang thực hiện', 'not_started': 'Chưa thực hiện',
       'not_applicable': 'Không phát sinh', 'unknown': ''}
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h4(fname, unit, num, date_iso, date_txt, items, diffs, props, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Bieu mau TP'
    ws['A1'] = 'UBND ' + unit[1].upper()
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['A2'] = 'Số: ' + num
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = date_txt
    ws['A5'] = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A6'] = '(Mẫu kèm theo Công văn của Sở Khoa học và Công nghệ – dùng cho UBND phường, xã, đặc khu)'
    ws['A5'].font = Font(bold=True, size=13)
    ws['A6'].font = Font(italic=True)
    hdr = ['STT', 'Nhiệm vụ theo Kế hoạch', 'Kết quả thực hiện', 'Tiến độ\n(Hoàn thành/Đang thực hiện/Chưa thực hiện)',
           'Ghi chú', 'Ấp / khu vực (xã bổ sung)', 'Cán bộ theo dõi (xã bổ sung)', 'Số liệu xã tự theo dõi (xã bổ sung)']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
        c.border = BOX
    widths = [5, 42, 48, 16, 18, 18, 18, 34]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    r = 9
    ents = []
    for i, (task, st, inds, tname, result, note, ap, cb, figs) in enumerate(items, 1):
        vals = [i, tname, result, H4S[st], note, ap, cb, figs]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical='top'); c.border = BOX
        ents.append((task, st, inds, (result + ' ' + figs).strip()))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(row=r, column=2, value='- ' + x); r += 1
    ws.cell(row=r, column=1, value='Kiến nghị, đề xuất:').font = Font(bold=True); r += 1
    for x in props:
        ws.cell(row=r, column=2, value='- ' + x); r += 1
    r += 1
    ws.cell(row=r, column=7, value='CHỦ TỊCH').font = Font(bold=True)
    ws.cell(row=r + 3, column=7, value=signer).font = Font(bold=True)
    wb.save(os.path.join(OUT, fname))
    key(fname, 'extracted', dict(id=unit[0], name=unit[1]), num, date_iso, ents, diffs, props)


# ---------------------------------------------------------------- H5
# Anh Phạm Minh Khoa, chuyên viên trẻ: a flat Excel list "Việc | Thời gian | Kết quả | Đánh giá | Văn bản"
# with label-first figures in one cell separated by ';' ("Cuộc KT: 4; Cơ sở: 27; VP: 3; Phạt: 18,5tr"),
# statuses "Xong / Đang làm / Chưa làm / Không có", the header block typed in merged cells, and the
# difficulties / proposals on a second sheet "KK-DX".
H5S = {'completed': 'Xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm', 'not_applicable': 'Không có',
       'unknown': ''}


def h5(fname, unit, num, date_iso, date_txt, title, items, diffs, props, signer, mistaken_rows=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'BaoCao'
    ws.merge_cells('A1:B1'); ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' if unit[0].startswith('SKHCN') else 'UBND TP. HỒ CHÍ MINH'
    ws.merge_cells('A2:B2'); ws['A2'] = unit[1]
    ws.merge_cells('A3:B3'); ws['A3'] = 'Số: ' + num
    ws.merge_cells('C1:E1'); ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('C2:E2'); ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('C3:E3'); ws['C3'] = date_txt
    ws.merge_cells('A5:E5'); ws['A5'] = title
    ws['A5'].font = Font(bold=True, size=12); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    hdr = ['Việc', 'Thời gian', 'Kết quả', 'Đánh giá', 'Văn bản / ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
    for j, w in enumerate([44, 14, 52, 12, 30], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ents = []
    r = 8
    for row in (mistaken_rows or []):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = Alignment(wrap_text=True, vertical='top'); c.border = BOX
        r += 1
    for (task, st, inds, job, when, result, vb) in items:
        for j, v in enumerate([job, when, result, H5S[st], vb], 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = Alignment(wrap_text=True, vertical='top'); c.border = BOX
        ents.append((task, st, inds, job + ': ' + result))
        r += 1
    ws.cell(row=r + 1, column=4, value='Người lập biểu').font = Font(bold=True)
    ws.cell(row=r + 4, column=4, value=signer)
    w2 = wb.create_sheet('KK-DX')
    w2['A1'] = 'Khó khăn'; w2['B1'] = 'Đề xuất'
    w2['A1'].font = Font(bold=True); w2['B1'].font = Font(bold=True)
    w2.column_dimensions['A'].width = 60; w2.column_dimensions['B'].width = 60
    for i, x in enumerate(diffs, 2):
        w2.cell(row=i, column=1, value=x).alignment = Alignment(wrap_text=True)
    for i, x in enumerate(props, 2):
        w2.cell(row=i, column=2, value=x).alignment = Alignment(wrap_text=True)
    wb.save(os.path.join(OUT, fname))
    return ents


exec(open(os.path.join(OUT, 'content.py'), encoding='utf-8').read())

# two offices re-save their file in LibreOffice before sending
import subprocess, tempfile, shutil
for fn, fmt in (('DongHoa_BC_CT38_thang11.docx', 'docx'), ('PhuocThanh-CT38.xlsx', 'xlsx')):
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof', '--convert-to', fmt,
                    '--outdir', tmp, os.path.join(OUT, fn)], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp, ignore_errors=True)
finish()
print('written', len(KEYS))
