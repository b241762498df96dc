# -*- coding: utf-8 -*-
"""Generator for set86: 16 reports in 4 hands (departments and Sở KH&CN units)."""
import os, json, hashlib, subprocess, shutil, unicodedata
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

AG = {}
for line in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]:
    p = line.split(',')
    AG[p[0]] = p[1]

KEYS = {}

# ---------------------------------------------------------------- number forms
def vn_dec(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s.replace('.', ',')

def dots(n):
    return '{:,}'.format(n).replace(',', '.')

def money_trd(v):      # hand 1: "87,5 trđ"
    return vn_dec(v / 1e6) + ' trđ'

def money_trieu(v):    # hand 3: "318,75 triệu đồng"
    if v >= 1e9:
        return vn_dec(v / 1e9) + ' tỷ đồng'
    return vn_dec(v / 1e6) + ' triệu đồng'

def money_vnd(v):      # hand 2: "241.500.000 VNĐ"
    return dots(v) + ' VNĐ'

def money_short(v):    # hand 4: "1,2 tỷ" / "350 triệu"
    if v >= 1e9:
        return vn_dec(v / 1e9) + ' tỷ'
    return vn_dec(v / 1e6) + ' triệu'

def cnt2(n):
    return '%02d' % n if n < 100 else dots(n)

# ---------------------------------------------------------------- keys
def key(fname, unit_id, number, date_iso, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': AG[unit_id]},
                       document={'number': number, 'date': date_iso},
                       entries=[{'task': e['task'], 'status': e['status'],
                                 'indicators': {k: v for k, v, *_ in e.get('figs', [])},
                                 'text': e['_text']} for e in entries],
                       findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- docx helpers
def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def cell_par(cell, text, bold=False, italic=False, size=None, align=WD_ALIGN_PARAGRAPH.CENTER, first=True, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    return p

def header_block(doc, parent, unit_lines, number, place_date, vv=None):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, unit_lines[0], size=12)
    cell_par(l, unit_lines[1], bold=True, size=12, first=False)
    cell_par(l, '———', size=10, first=False)
    cell_par(l, number, size=12, first=False)
    if vv:
        cell_par(l, vv, size=11, first=False)
    cell_par(r, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=12)
    cell_par(r, 'Độc lập - Tự do - Hạnh phúc', bold=True, size=13, first=False, underline=False)
    cell_par(r, '', first=False)
    cell_par(r, place_date, italic=True, size=13, first=False)

def para(doc, text='', bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, size=None):
    p = doc.add_paragraph()
    p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def signature(doc, left_lines, right_title, name):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, 'Nơi nhận:', bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    for x in left_lines:
        cell_par(l, x, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    lines = right_title.split('\n')
    cell_par(r, lines[0], bold=True)
    for x in lines[1:]:
        cell_par(r, x, bold=True, first=False)
    for _ in range(3):
        cell_par(r, '', first=False)
    cell_par(r, name, bold=True, first=False)

def finish_docx(doc, fname):
    doc.save(os.path.join(OUT, fname))

# ================================================================ HAND 1 — Bảo
# "1.1-" composite numbering, figures as "… đạt 06 cuộc", money "87,5 trđ",
# closing sentence "Về tiến độ: …".
H1_ST = {'completed': 'đã hoàn thành', 'in_progress': 'đang tiếp tục thực hiện',
         'not_started': 'chưa triển khai', 'not_applicable': 'trong kỳ không phát sinh'}

def h1_fig(ind, v, label, noun):
    if ind.endswith('_vnd'):
        return '%s đạt %s' % (label, money_trd(v))
    return '%s đạt %s %s' % (label, cnt2(v), noun)

def hand1(fname, uid, unit_lines, number, date_iso, date_text, vv, intro, sections, diffs, props, sign):
    doc = Document(); set_font(doc)
    header_block(doc, None, unit_lines, 'Số: ' + number, date_text, vv)
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác\ntiêu chuẩn, đo lường, chất lượng năm 2026',
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, intro)
    all_entries = []
    for si, (stitle, ents) in enumerate(sections, 1):
        para(doc, '%d. %s' % (si, stitle), bold=True)
        for ei, e in enumerate(ents, 1):
            p = para(doc)
            r = p.add_run('%d.%d- %s: ' % (si, ei, e['head'])); r.bold = True
            body = e['body']
            if e.get('figs'):
                body += ' Kết quả: ' + '; '.join(h1_fig(*f) for f in e['figs']) + '.'
            if e['status'] != 'unknown':
                body += ' Về tiến độ: ' + e.get('st_txt', H1_ST[e['status']]) + '.'
            p.add_run(body)
            e['_text'] = body
            all_entries.append(e)
    n = len(sections) + 1
    para(doc, '%d. Khó khăn, vướng mắc' % n, bold=True)
    if diffs:
        for i, d in enumerate(diffs, 1):
            para(doc, '%d.%d- %s' % (n, i, d))
    else:
        para(doc, 'Không có.')
    para(doc, '%d. Đề xuất, kiến nghị' % (n + 1), bold=True)
    for i, d in enumerate(props, 1):
        para(doc, '%d.%d- %s' % (n + 1, i, d))
    para(doc, 'Trên đây là báo cáo của %s./.' % sign[0])
    signature(doc, ['- Như trên;', '- Chi cục TĐC (để t/h);', '- Lưu: VT.'], sign[1], sign[2])
    finish_docx(doc, fname)
    key(fname, uid, number, date_iso, all_entries, diffs, props)

# ================================================================ HAND 3 — Hùng
# group headings "Nhóm nhiệm vụ thứ nhất …", tasks "a-", "b-", "Số liệu cụ thể:" with
# "+ Label: 05 lớp;" lines, closing "Nội dung này đến nay …", numeric header date.
H3_ST = {'completed': 'đã thực hiện xong', 'in_progress': 'vẫn đang triển khai',
         'not_started': 'chưa triển khai', 'not_applicable': 'không phát sinh'}
ORD = ['thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu']

def hand3(fname, uid, unit_lines, number, date_iso, date_text, title2, intro, groups, diffs, props, sign, signoff):
    doc = Document(); set_font(doc, size=13)
    header_block(doc, None, unit_lines, 'Số: ' + number, date_text)
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    para(doc, title2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, '______', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, intro)
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    all_entries = []
    for gi, (gtitle, ents) in groups:
        para(doc, 'Nhóm nhiệm vụ %s: %s' % (ORD[gi - 1], gtitle), bold=True, italic=True)
        for e in ents:
            p = para(doc)
            r = p.add_run('%s- %s. ' % (e['letter'], e['head'])); r.bold = True
            p.add_run(e['body'])
            parts = [e['body']]
            if e.get('figs'):
                para(doc, 'Số liệu cụ thể:', italic=True)
                lines = []
                for i, (ind, v, label, noun) in enumerate(e['figs']):
                    val = money_trieu(v) if ind.endswith('_vnd') else '%s %s' % (cnt2(v), noun)
                    end = '.' if i == len(e['figs']) - 1 else ';'
                    ln = '+ %s: %s%s' % (label, val, end)
                    para(doc, ln)
                    lines.append(ln)
                parts.append('Số liệu cụ thể: ' + ' '.join(lines))
            if e['status'] != 'unknown':
                s = 'Nội dung này đến nay %s.' % e.get('st_txt', H3_ST[e['status']])
                para(doc, s)
                parts.append(s)
            e['_text'] = ' '.join(parts)
            all_entries.append(e)
    para(doc, 'II. TỒN TẠI, KHÓ KHĂN', bold=True, indent=False)
    if diffs:
        for d in diffs:
            para(doc, '- ' + d)
    else:
        para(doc, '- Không có.')
    para(doc, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for d in props:
        para(doc, '- ' + d)
    para(doc, signoff)
    signature(doc, ['- Như trên;', '- Lưu: VT, ' + sign[3] + '.'], sign[1], sign[2])
    finish_docx(doc, fname)
    key(fname, uid, number, date_iso, all_entries, diffs, props)

# ================================================================ HAND 2 — Ngọc (xlsx)
# merged title block, "Sản phẩm / kết quả cụ thể" sentences, status "Hoàn tất /
# Đang tiến hành / Chưa tiến hành / Không có phát sinh", money "241.500.000 VNĐ",
# "Khó khăn:" / "Kiến nghị:" rows below the table with "(a) (b)".
H2_ST = {'completed': 'Hoàn tất', 'in_progress': 'Đang tiến hành', 'not_started': 'Chưa tiến hành',
         'not_applicable': 'Không có phát sinh', 'unknown': ''}
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def hand2(fname, uid, unit_lines, number, date_iso, date_text, rows, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Báo cáo KH38'
    ws.column_dimensions['A'].width = 6
    ws.column_dimensions['B'].width = 38
    ws.column_dimensions['C'].width = 62
    ws.column_dimensions['D'].width = 16
    ws.column_dimensions['E'].width = 22
    ws['A1'] = unit_lines[0]; ws.merge_cells('A1:B1')
    ws['A2'] = unit_lines[1]; ws.merge_cells('A2:B2'); ws['A2'].font = Font(bold=True)
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws.merge_cells('C1:E1'); ws['C1'].font = Font(bold=True)
    ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'; ws.merge_cells('C2:E2'); ws['C2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + number; ws.merge_cells('A3:B3')
    ws['C3'] = date_text; ws.merge_cells('C3:E3'); ws['C3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'C1', 'C2', 'C3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws['A5'] = 'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'
    ws.merge_cells('A5:E5'); ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = '(Số liệu tính từ ngày 01/01/2026 đến ngày 15/10/2026)'
    ws.merge_cells('A6:E6'); ws['A6'].font = Font(italic=True); ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ['TT', 'Nội dung công việc', 'Sản phẩm / kết quả cụ thể', 'Đánh giá tiến độ', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    r = 9
    ents = []
    for i, e in enumerate(rows, 1):
        txt = e['body']
        if e.get('figs'):
            fs = []
            for ind, v, label, noun in e['figs']:
                fs.append('%s: %s' % (label, money_vnd(v) if ind.endswith('_vnd') else '%s %s' % (dots(v), noun)))
            txt += ' ' + '; '.join(fs) + '.'
        vals = [i, e['head'], txt, H2_ST[e['status']], e.get('note', '')]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if j in (1, 4) else 'left')
        e['_text'] = txt
        ents.append(e); r += 1
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn:').font = Font(bold=True); r += 1
    for i, d in enumerate(diffs):
        ws.cell(row=r, column=1, value='(%s)' % 'abcdefg'[i]); ws.cell(row=r, column=2, value=d)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    if not diffs:
        ws.cell(row=r, column=2, value='Không có.'); r += 1
    ws.cell(row=r, column=1, value='Kiến nghị:').font = Font(bold=True); r += 1
    for i, d in enumerate(props):
        ws.cell(row=r, column=1, value='(%s)' % 'abcdefg'[i]); ws.cell(row=r, column=2, value=d)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    r += 1
    ws.cell(row=r, column=4, value='GIÁM ĐỐC' if 'Sở' in unit_lines[1] or 'SỞ' in unit_lines[1] else 'GIÁM ĐỐC TRUNG TÂM').font = Font(bold=True)
    ws.cell(row=r + 4, column=4, value=signer).font = Font(bold=True)
    ws.page_setup.orientation = 'landscape'
    ws.freeze_panes = 'A9'
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, number, date_iso, ents, diffs, props)

# ================================================================ HAND 4 — Vy (xlsx)
# young officer: sheet "TongHopKH38", "Số 45/BC-CĐS ngày 21/10/2026" in one cell,
# "Kết quả (số)" cell "3 người, 6 tin bài" (no padding), "Đã hoàn thành?" answered
# "Có / Chưa (đang làm) / Chưa làm / Không áp dụng", money "1,2 tỷ".
H4_ST = {'completed': 'Có', 'in_progress': 'Chưa (đang làm)', 'not_started': 'Chưa làm',
         'not_applicable': 'Không áp dụng', 'unknown': ''}

def hand4(fname, uid, unit_name, number, date_iso, date_num, rows, diffs, props, maker):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TongHopKH38'
    for col, w in zip('ABCDE', (5, 40, 55, 26, 18)):
        ws.column_dimensions[col].width = w
    ws['A1'] = unit_name.upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Tổng hợp kết quả thực hiện KH 38 năm 2026 (kèm theo Báo cáo số %s ngày %s)' % (number, date_num)
    ws['A2'].font = Font(italic=True)
    hdr = ['#', 'Nhiệm vụ', 'Nội dung đã thực hiện', 'Kết quả (số)', 'Đã hoàn thành?']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='305496'); c.alignment = Alignment(wrap_text=True)
    ents = []
    for i, e in enumerate(rows, 1):
        fs = []
        for ind, v, label, noun in e.get('figs', []):
            fs.append('%s %s' % (label, money_short(v)) if ind.endswith('_vnd') else '%d %s' % (v, noun))
        vals = [i, e['head'], e['body'], ', '.join(fs), H4_ST[e['status']]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=4 + i, column=j, value=v); c.alignment = Alignment(wrap_text=True, vertical='top')
        e['_text'] = e['body'] + (' ' + ', '.join(fs) if fs else '')
        ents.append(e)
    r = 6 + len(rows)
    ws.cell(row=r, column=1, value='Vướng mắc').font = Font(bold=True)
    for d in diffs:
        r += 1; ws.cell(row=r, column=2, value='- ' + d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 2
    ws.cell(row=r, column=1, value='Đề xuất').font = Font(bold=True)
    for d in props:
        r += 1; ws.cell(row=r, column=2, value='- ' + d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 2
    ws.cell(row=r, column=2, value='Người lập: ' + maker).font = Font(italic=True)
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, number, date_iso, ents, diffs, props)


# ####################################################################### DATA
def E(task, status, head, body, figs=(), **kw):
    d = dict(task=task, status=status, head=head, body=body, figs=list(figs)); d.update(kw); return d

# ---------------- HAND 1 files
hand1('KTPC-bao-cao-ct38-2026.docx', 'SKHCN-KTPC',
      ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'), '87/BC-KTPC', '2026-10-24',
      'Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026', None,
      'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:',
      [('Công tác kiểm tra, khảo sát chất lượng', [
          E('II.5.a', 'in_progress', 'Phối hợp Chi cục TĐC kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông',
            'Phòng cử công chức tham gia các đoàn kiểm tra liên ngành đối với xăng dầu, mũ bảo hiểm, đồ chơi trẻ em và phương tiện đo nhóm 2.',
            [('inspections', 6, 'số cuộc kiểm tra', 'cuộc'), ('establishments_inspected', 41, 'số cơ sở được kiểm tra', 'cơ sở'),
             ('violations', 9, 'số cơ sở vi phạm', 'cơ sở'), ('fines_vnd', 87500000, 'tổng số tiền xử phạt', '')]),
          E('II.5.b', 'completed', 'Phối hợp khảo sát chất lượng sản phẩm, hàng hóa',
            'Phòng phối hợp lấy mẫu xăng dầu và mũ bảo hiểm tại các cửa hàng bán lẻ, kết quả đã thông báo cho Chi cục QLTT và UBND các phường có liên quan.',
            [('samples_tested', 24, 'số mẫu lấy khảo sát', 'mẫu')]),
          E('II.5.d', 'not_applicable', 'Khen thưởng, bảo vệ người tố giác vi phạm',
            'Phòng tiếp nhận, phân loại đơn thư theo quy định; chưa có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.'),
      ]),
       ('Công tác pháp chế và phương tiện nghiệp vụ', [
          E('II.2.c', 'completed', 'Góp ý dự thảo văn bản quy phạm pháp luật',
            'Phòng phối hợp Chi cục TĐC tổng hợp ý kiến góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo Thông tư về nhãn hàng hóa, gửi Bộ Khoa học và Công nghệ đúng thời hạn.'),
          E('II.4.b', 'in_progress', 'Rà soát, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ',
            'Phòng phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra theo Nghị định 135/2021/NĐ-CP; các thiết bị còn lại sẽ kiểm định trong tháng 11.',
            [('instruments_verified', 11, 'số thiết bị đã được kiểm định, hiệu chuẩn', 'thiết bị')]),
      ])],
      ['Lực lượng công chức của Phòng mỏng, cùng lúc tham gia nhiều đoàn kiểm tra chuyên ngành nên khó bố trí đủ thành phần.',
       'Một số thiết bị nghiệp vụ đã hết hạn hiệu chuẩn nhưng chưa có kinh phí thay thế.'],
      ['Đề nghị Văn phòng Sở bố trí kinh phí năm 2027 để thay thế các thiết bị nghiệp vụ hết khấu hao.',
       'Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra Quý IV sớm để Phòng chủ động cử người.'],
      ('Phòng Kiểm tra – Pháp chế', 'TRƯỞNG PHÒNG', 'Đặng Văn Lợi'))

hand1('SCT-bc-thuc-hien-CT38.docx', 'SO-CT',
      ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'), '3712/BC-SCT', '2026-10-28',
      'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', None,
      'Căn cứ đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:',
      [('Kết quả thực hiện các nội dung có liên quan', [
          E('II.2.e', 'completed', 'Góp ý quy chuẩn kỹ thuật quốc gia',
            'Sở đã có văn bản góp ý dự thảo quy chuẩn kỹ thuật quốc gia về xăng dầu, khí dầu mỏ hóa lỏng và an toàn điện theo đề nghị của Bộ Công Thương.',
            [('standards_reviewed', 3, 'số dự thảo QCVN đã góp ý', 'dự thảo')]),
          E('II.3.a', 'completed', 'Cử công chức tham gia tập huấn nghiệp vụ',
            'Sở cử công chức các phòng Quản lý thương mại, Kỹ thuật an toàn – Môi trường tham gia các lớp tập huấn về đo lường, chất lượng do Chi cục TĐC tổ chức.',
            [('participants', 12, 'số lượt công chức tham dự', 'lượt')]),
          E('II.5.a', 'in_progress', 'Kiểm tra chất lượng xăng dầu, khí',
            'Sở chủ trì, phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu tại các cửa hàng bán lẻ xăng dầu trên địa bàn.',
            [('inspections', 4, 'số cuộc kiểm tra', 'cuộc'), ('establishments_inspected', 27, 'số cửa hàng được kiểm tra', 'cửa hàng'),
             ('violations', 5, 'số cửa hàng vi phạm', 'cửa hàng'), ('fines_vnd', 62000000, 'số tiền phạt', '')],
            st_txt='đang tiếp tục thực hiện theo kế hoạch kiểm tra năm 2026'),
          E('II.2.a', 'in_progress', 'Hỗ trợ doanh nghiệp công nghiệp nâng cao năng suất',
            'Thông qua Chương trình phát triển công nghiệp hỗ trợ, Sở hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean).',
            [('enterprises_supported', 15, 'số doanh nghiệp được hỗ trợ', 'doanh nghiệp'),
             ('budget_spent_vnd', 1150000000, 'kinh phí đã giải ngân', '')]),
      ])],
      ['Việc kiểm tra chất lượng xăng dầu phụ thuộc vào kết quả thử nghiệm mẫu, thời gian trả kết quả kéo dài.'],
      ['Đề nghị Sở Khoa học và Công nghệ chỉ đạo Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên rút ngắn thời gian thử nghiệm mẫu phục vụ kiểm tra.'],
      ('Sở Công Thương', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Huỳnh Thị Kim Loan'))

hand1('BC-SYT-Chi-thi-38.docx', 'SO-YT',
      ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ'), '5120/BC-SYT', '2026-10-30',
      'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
      'V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026',
      'Sở Y tế nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:',
      [('Các nội dung Sở Y tế tham gia', [
          E('II.1.a', 'unknown', 'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
            'Sở đăng tải tin, bài về quy định đo lường đối với phương tiện đo dùng trong y tế trên Trang thông tin điện tử của Sở và gửi các bệnh viện, trung tâm y tế.',
            [('communications', 5, 'số tin, bài đã đăng', 'tin, bài')]),
          E('II.2.e', 'completed', 'Góp ý quy chuẩn kỹ thuật',
            'Sở góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.',
            [('standards_reviewed', 2, 'số dự thảo đã góp ý', 'dự thảo')]),
          E('II.5.a', 'in_progress', 'Kiểm tra phương tiện đo dùng trong y tế',
            'Sở phối hợp Chi cục TĐC kiểm tra việc kiểm định huyết áp kế, nhiệt kế y học, cân sức khỏe tại các cơ sở khám bệnh, chữa bệnh tư nhân.',
            [('inspections', 3, 'số cuộc kiểm tra', 'cuộc'), ('establishments_inspected', 18, 'số cơ sở được kiểm tra', 'cơ sở'),
             ('violations', 2, 'số cơ sở vi phạm', 'cơ sở'), ('fines_vnd', 15000000, 'số tiền xử phạt', '')]),
          E('II.2.đ', 'completed', 'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015',
            'Sở đã rà soát, cập nhật các quy trình giải quyết thủ tục hành chính và công bố lại hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001:2015.'),
          E('II.3.a', 'completed', 'Cử công chức tham gia tập huấn',
            'Sở cử công chức Phòng Nghiệp vụ Dược và Phòng Quản lý hành nghề tham dự lớp tập huấn nghiệp vụ đo lường do Chi cục TĐC tổ chức.',
            [('participants', 6, 'số công chức tham dự', 'người')]),
      ])],
      ['Nhiều cơ sở y tế tư nhân chưa nắm quy định về kiểm định phương tiện đo nhóm 2.'],
      ['Đề nghị Chi cục TĐC phối hợp tổ chức hội nghị phổ biến quy định đo lường cho các cơ sở khám bệnh, chữa bệnh tư nhân.'],
      ('Sở Y tế', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Hoài Nam'))

hand1('STP-cv-bao-cao-KH38.docx', 'SO-TP',
      ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ TƯ PHÁP'), '2984/BC-STP', '2026-10-27',
      'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', None,
      'Sở Tư pháp báo cáo kết quả phối hợp thực hiện các nội dung thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
      [('Kết quả phối hợp', [
          E('II.2.c', 'completed', 'Thẩm định, góp ý văn bản về tiêu chuẩn, đo lường, chất lượng',
            'Sở đã thẩm định dự thảo Quyết định của UBND Thành phố quy định trách nhiệm quản lý nhà nước về đo lường, chất lượng trên địa bàn và có ý kiến bằng văn bản gửi Sở Khoa học và Công nghệ.'),
          E('II.3.a', 'completed', 'Tham gia tập huấn',
            'Sở cử công chức Phòng Xây dựng, kiểm tra văn bản tham dự hội nghị tập huấn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi).',
            [('participants', 4, 'số công chức tham dự', 'người')]),
          E('II.5.d', 'not_applicable', 'Xử lý hành vi vi phạm, bảo vệ người tố giác',
            'Sở không nhận được đơn thư, kiến nghị liên quan đến lĩnh vực tiêu chuẩn, đo lường, chất lượng.'),
          E('II.6.a', 'not_started', 'Rà soát điều ước quốc tế liên quan',
            'Sở chưa nhận được danh mục điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng cần rà soát.',
            st_txt='chưa triển khai, chờ danh mục do Chi cục TĐC cung cấp'),
      ])],
      [],
      ['Đề nghị Chi cục TĐC cung cấp danh mục điều ước, thỏa thuận quốc tế cần rà soát để Sở phối hợp thực hiện trong Quý IV/2026.'],
      ('Sở Tư pháp', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lâm Quang Tuấn'))

# mistaken, hand 1: Sở Xây dựng sends its cải cách hành chính report
def mistaken_sxd():
    fname = 'SXD-bao-cao-quy-III-2026.docx'
    doc = Document(); set_font(doc)
    header_block(doc, None, ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'), 'Số: 6633/BC-SXD',
                 'Thành phố Hồ Chí Minh, ngày 29 tháng 9 năm 2026')
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    para(doc, 'Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, 'Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả Quý III như sau:')
    para(doc, '1. Cải cách thể chế', bold=True)
    p = para(doc); p.add_run('1.1- Rà soát văn bản: ').bold = True
    p.add_run('Sở rà soát 14 văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng, đề xuất bãi bỏ 02 văn bản. Về tiến độ: đã hoàn thành.')
    para(doc, '2. Cải cách thủ tục hành chính', bold=True)
    p = para(doc); p.add_run('2.1- Giải quyết hồ sơ: ').bold = True
    p.add_run('Tiếp nhận 12.846 hồ sơ, giải quyết đúng hạn 12.610 hồ sơ, đạt tỷ lệ 98,2%. Về tiến độ: đang tiếp tục thực hiện.')
    p = para(doc); p.add_run('2.2- Dịch vụ công trực tuyến: ').bold = True
    p.add_run('Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 87%. Về tiến độ: đang tiếp tục thực hiện.')
    para(doc, '3. Cải cách tổ chức bộ máy', bold=True)
    p = para(doc); p.add_run('3.1- Sắp xếp đơn vị: ').bold = True
    p.add_run('Hoàn thành sắp xếp 03 đơn vị sự nghiệp trực thuộc theo Đề án được phê duyệt. Về tiến độ: đã hoàn thành.')
    para(doc, '4. Khó khăn, vướng mắc', bold=True)
    para(doc, '4.1- Hệ thống phần mềm một cửa điện tử còn lỗi đồng bộ với Cổng dịch vụ công quốc gia.')
    para(doc, '5. Đề xuất, kiến nghị', bold=True)
    para(doc, '5.1- Đề nghị Sở Khoa học và Công nghệ hỗ trợ khắc phục lỗi đồng bộ dữ liệu hồ sơ.')
    para(doc, 'Trên đây là báo cáo của Sở Xây dựng./.')
    signature(doc, ['- Sở Nội vụ;', '- Lưu: VT, VP.'], 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phan Thanh Sơn')
    finish_docx(doc, fname)
    KEYS[fname] = dict(file=fname, sha256=None, status='rejected',
                       reason='Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo cải cách hành chính Quý III/2026 gửi nhầm',
                       unit={'id': 'SO-XD', 'name': AG['SO-XD']}, document={'number': '6633/BC-SXD', 'date': '2026-09-29'},
                       entries=[], findings=[], difficulties=[], proposals=[])
mistaken_sxd()

# ---------------- HAND 3 files
hand3('CCTDC-BC-ket-qua-CT38-nam-2026.docx', 'SKHCN-CCTDC',
      ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG'), '1254/BC-CCTĐC', '2026-10-27',
      'TP. Hồ Chí Minh, ngày 27/10/2026',
      'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng (Chi cục) báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, tính đến ngày 20/10/2026, như sau:',
      [(1, ('Tuyên truyền, nâng cao nhận thức', [
          E('II.1.a', 'completed', 'Tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu',
            'Chi cục tổ chức các lớp tập huấn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi), Luật Tiêu chuẩn và Quy chuẩn kỹ thuật cho doanh nghiệp và 01 buổi tọa đàm với doanh nghiệp nhập khẩu vào tháng 6/2026.',
            [('training_courses', 6, 'Số lớp tập huấn, tọa đàm', 'lớp/buổi (05 lớp tập huấn và 01 buổi tọa đàm)'),
             ('participants', 412, 'Số lượt người tham dự', 'lượt người')], letter='a'),
      ])),
       (2, ('Quản lý nhà nước, hoàn thiện chính sách', [
          E('II.2.a', 'in_progress', 'Chương trình năng suất chất lượng, Đề án 996, Đề án 100',
            'Chi cục tiếp tục hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất và truy xuất nguồn gốc; nghiệm thu các hợp đồng hỗ trợ đợt 1.',
            [('enterprises_supported', 22, 'Số doanh nghiệp được hỗ trợ', 'doanh nghiệp'),
             ('budget_spent_vnd', 186400000, 'Kinh phí đã giải ngân', '')], letter='a'),
          E('II.2.d', 'in_progress', 'Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy',
            'Chi cục tiếp nhận hồ sơ và hướng dẫn doanh nghiệp thực hiện công bố hợp chuẩn, hợp quy theo quy định.',
            [('enterprises_supported', 156, 'Số doanh nghiệp được hướng dẫn', 'doanh nghiệp')], letter='d'),
          E('II.2.e', 'in_progress', 'Góp ý tiêu chuẩn, quy chuẩn kỹ thuật quốc gia',
            'Chi cục góp ý các dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến; đang xây dựng dự thảo quy chuẩn kỹ thuật địa phương về nước sạch.',
            [('standards_reviewed', 11, 'Số dự thảo TCVN, QCVN đã góp ý', 'dự thảo')], letter='e'),
          E('II.2.h', 'not_started', 'Cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ',
            'Bộ Khoa học và Công nghệ chưa có hướng dẫn về việc phân cấp và kết nối nên Chi cục chưa có cơ sở để đề xuất.', letter='h'),
      ])),
       (3, ('Đào tạo nguồn nhân lực', [
          E('II.3.a', 'completed', 'Tập huấn cho công chức Sở, ngành, UBND xã, phường, đặc khu',
            'Chi cục tổ chức tập huấn nghiệp vụ quản lý đo lường, chất lượng cho công chức phụ trách tại UBND các xã, phường, đặc khu.',
            [('training_courses', 2, 'Số lớp', 'lớp'), ('participants', 265, 'Số lượt công chức tham dự', 'lượt')], letter='a'),
      ])),
       (5, ('Kiểm tra, giám sát', [
          E('II.5.a', 'in_progress', 'Kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa',
            'Chi cục tổ chức kiểm tra theo kế hoạch và đột xuất đối với xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện – điện tử và phương tiện đo.',
            [('inspections', 14, 'Số cuộc kiểm tra', 'cuộc'), ('establishments_inspected', 96, 'Số cơ sở được kiểm tra', 'cơ sở'),
             ('violations', 21, 'Số cơ sở vi phạm', 'cơ sở'), ('fines_vnd', 318750000, 'Tiền xử phạt', '')], letter='a'),
          E('II.5.b', 'completed', 'Khảo sát chất lượng sản phẩm, hàng hóa',
            'Chi cục khảo sát chất lượng xăng dầu, khí LPG và mũ bảo hiểm; kết quả đã thông báo cho cơ quan chức năng và đăng tải cảnh báo người tiêu dùng.',
            [('samples_tested', 150, 'Số mẫu khảo sát', 'mẫu')], letter='b'),
          E('II.5.c', 'in_progress', 'Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền',
            'Chi cục hướng dẫn nghiệp vụ và phối hợp kiểm tra cùng UBND các phường, xã.',
            [('inspections', 7, 'Số cuộc phối hợp kiểm tra', 'cuộc')], letter='c'),
      ])),
       (6, ('Trao đổi thông tin, hợp tác', [
          E('II.6.b', 'not_applicable', 'Phối hợp với Ủy ban TĐC Quốc gia và APO',
            'Trong kỳ chưa có yêu cầu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia về hoạt động phối hợp với APO.',
            st_txt='không phát sinh', letter='b'),
      ]))],
      ['Biên chế công chức làm công tác kiểm tra còn thiếu so với khối lượng công việc sau khi hợp nhất địa bàn.',
       'Kinh phí khảo sát chất lượng được giao thấp, chỉ đáp ứng khoảng một nửa số mẫu đề ra.',
       'Công chức phụ trách tại nhiều phường, xã mới được phân công, chưa có kinh nghiệm chuyên môn.'],
      ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.',
       'Đề nghị Sở báo cáo UBND Thành phố bổ sung biên chế cho Chi cục.',
       'Đề nghị các phường, xã, đặc khu bố trí công chức ổn định để theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
      ('', 'CHI CỤC TRƯỞNG', 'Võ Thanh Hải', 'HCTH'),
      'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Chi cục./.')

hand3('QLKH-bc-KH38.docx', 'SKHCN-QLKH',
      ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'), '211/BC-QLKH', '2026-10-22',
      'TP. Hồ Chí Minh, ngày 22/10/2026',
      'Kết quả thực hiện nhiệm vụ theo Kế hoạch Chỉ thị 38-CT/TW năm 2026',
      'Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nội dung được giao tại Kế hoạch như sau:',
      [(2, ('Quản lý nhà nước, chính sách', [
          E('II.2.a', 'in_progress', 'Nhiệm vụ khoa học và công nghệ hỗ trợ nâng cao năng suất',
            'Phòng phối hợp tuyển chọn, giao thực hiện các nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng.',
            [('enterprises_supported', 4, 'Số doanh nghiệp được hỗ trợ', 'doanh nghiệp'),
             ('budget_spent_vnd', 1200000000, 'Kinh phí đã giải ngân', '')], letter='a'),
      ])),
       (3, ('Nguồn nhân lực', [
          E('II.3.b', 'completed', 'Khóa bồi dưỡng chuyên sâu về năng suất',
            'Phòng phối hợp Chi cục TĐC tổ chức khóa bồi dưỡng chuyên gia năng suất cho doanh nghiệp.',
            [('training_courses', 1, 'Số khóa bồi dưỡng', 'khóa'), ('participants', 46, 'Số học viên', 'học viên')], letter='b'),
          E('II.3.c', 'in_progress', 'Thu hút chuyên gia, nhà khoa học',
            'Phòng tiếp nhận 03 hồ sơ đề xuất thu hút chuyên gia lĩnh vực đo lường, thử nghiệm theo Quyết định số 05/2026/QĐ-UBND, đang thẩm định trình Hội đồng.', letter='c'),
      ])),
       (6, ('Hợp tác', [
          E('II.6.b', 'not_applicable', 'Phối hợp APO thúc đẩy năng suất',
            'Trong kỳ Phòng không nhận được đề nghị phối hợp.', letter='b'),
      ]))],
      ['Quy trình thẩm định hồ sơ thu hút chuyên gia mới ban hành, còn lúng túng trong xác định tiêu chí lĩnh vực ưu tiên.'],
      ['Đề nghị Sở Nội vụ hướng dẫn tiêu chí xác định chuyên gia thuộc lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
      ('', 'TRƯỞNG PHÒNG', 'Trịnh Minh Khoa', 'QLKH'),
      'Phòng Quản lý Khoa học kính báo cáo./.')

hand3('SGDDT-BC-CT38-2026.docx', 'SO-GDDT',
      ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'), '4417/BC-SGDĐT', '2026-10-29',
      'TP. Hồ Chí Minh, ngày 29/10/2026',
      'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      'Sở Giáo dục và Đào tạo báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
      [(1, ('Tuyên truyền', [
          E('II.1.a', 'completed', 'Tuyên truyền trong ngành giáo dục',
            'Sở đăng tải tin, bài về tiêu chuẩn, đo lường, chất lượng và nhãn hàng hóa trên cổng thông tin của Sở và chuyển các trường khai thác.',
            [('communications', 12, 'Số tin, bài', 'tin, bài')], letter='a'),
      ])),
       (2, ('Hệ thống quản lý chất lượng', [
          E('II.2.đ', 'completed', 'Áp dụng TCVN ISO 9001:2015 tại Sở',
            'Sở đã hoàn thành đánh giá nội bộ và cập nhật hệ thống quản lý chất lượng theo danh mục thủ tục hành chính mới.', letter='đ'),
      ])),
       (3, ('Đào tạo', [
          E('II.3.d', 'in_progress', 'Tập huấn cho học sinh, sinh viên trường trung cấp',
            'Sở phối hợp Chi cục TĐC tổ chức các buổi tập huấn về mã số, mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên các trường trung cấp trực thuộc.',
            [('training_courses', 2, 'Số buổi tập huấn', 'buổi'), ('participants', 310, 'Số học sinh, sinh viên tham dự', 'người')], letter='d'),
      ])),
       (5, ('Kiểm tra', [
          E('II.5.a', 'completed', 'Kiểm tra chất lượng thiết bị dạy học',
            'Sở phối hợp kiểm tra chất lượng, nhãn hàng hóa thiết bị dạy học, đồ chơi tại các cơ sở cung ứng cho trường học.',
            [('inspections', 2, 'Số cuộc kiểm tra', 'cuộc'), ('establishments_inspected', 9, 'Số cơ sở được kiểm tra', 'cơ sở')], letter='a'),
      ]))],
      ['Các trường trung cấp chưa có giảng viên được đào tạo về tiêu chuẩn, đo lường, chất lượng.'],
      ['Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền phù hợp với học sinh, sinh viên.',
       'Đề nghị Sở Khoa học và Công nghệ hỗ trợ giảng viên tham gia buổi tập huấn tại các trường.'],
      ('', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lê Thị Phương Dung', 'VP'),
      'Trên đây là báo cáo của Sở Giáo dục và Đào tạo./.')

hand3('VP-So-bao-cao-KH-38.docx', 'SKHCN-VP',
      ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG'), '96/BC-VP', '2026-10-26',
      'TP. Hồ Chí Minh, ngày 26/10/2026',
      'Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW',
      'Văn phòng Sở báo cáo kết quả thực hiện các nội dung phối hợp như sau:',
      [(2, ('Quản lý nhà nước', [
          E('II.2.đ', 'in_progress', 'Hệ thống quản lý chất lượng của Sở',
            'Văn phòng phối hợp Chi cục TĐC rà soát, cập nhật quy trình nội bộ theo TCVN ISO 9001:2015; dự kiến đánh giá nội bộ trong tháng 11/2026.', letter='đ'),
          E('II.2.h', 'completed', 'Kết nối liên thông Cổng thông tin một cửa quốc gia',
            'Văn phòng phối hợp hoàn thành kết nối, chuyển dữ liệu hồ sơ kiểm tra nhà nước về chất lượng hàng nhập khẩu.', letter='h'),
          E('II.2.i', 'in_progress', 'Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
            'Văn phòng phối hợp cung cấp dữ liệu văn bản, thủ tục hành chính để tích hợp.', letter='i'),
      ])),
       (4, ('Đầu tư', [
          E('II.4.a', 'in_progress', 'Đầu tư trang thiết bị cho đơn vị sự nghiệp',
            'Văn phòng thẩm định dự toán, tổ chức mua sắm trang thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm.',
            [('budget_spent_vnd', 4620000000, 'Kinh phí đã giải ngân', '')], letter='a'),
      ])),
       (5, ('Kiểm tra', [
          E('II.5.d', 'not_applicable', 'Khen thưởng người tố giác vi phạm',
            'Văn phòng chưa nhận hồ sơ đề nghị khen thưởng.', letter='d'),
      ]))],
      ['Gói thầu mua sắm thiết bị thử nghiệm phải đấu thầu lại do không có nhà thầu đạt yêu cầu kỹ thuật.'],
      ['Đề nghị Sở cho phép điều chỉnh kế hoạch lựa chọn nhà thầu sang Quý IV/2026.'],
      ('', 'CHÁNH VĂN PHÒNG', 'Ngô Thị Bích Trâm', 'VP'),
      'Văn phòng Sở kính báo cáo./.')

hand3('SNV-bao-cao-38.docx', 'SO-NV',
      ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ NỘI VỤ'), '3390/BC-SNV', '2026-10-30',
      'TP. Hồ Chí Minh, ngày 30/10/2026',
      'Kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW năm 2026',
      'Sở Nội vụ báo cáo kết quả phối hợp thực hiện Kế hoạch như sau:',
      [(2, ('Hệ thống quản lý chất lượng', [
          E('II.2.đ', 'completed', 'Kiểm tra áp dụng hệ thống quản lý chất lượng tại cơ quan hành chính',
            'Sở lồng ghép nội dung kiểm tra việc áp dụng, duy trì TCVN ISO 9001:2015 trong đợt kiểm tra công tác cải cách hành chính.',
            [('inspections', 1, 'Số đoàn kiểm tra', 'đoàn'), ('establishments_inspected', 14, 'Số cơ quan, đơn vị được kiểm tra', 'cơ quan, đơn vị')], letter='đ'),
      ])),
       (3, ('Nguồn nhân lực', [
          E('II.3.a', 'completed', 'Bồi dưỡng công chức',
            'Sở phối hợp Chi cục TĐC mở lớp bồi dưỡng kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã.',
            [('training_courses', 1, 'Số lớp', 'lớp'), ('participants', 85, 'Số học viên', 'học viên')], letter='a'),
          E('II.3.c', 'in_progress', 'Thu hút chuyên gia',
            'Sở phối hợp Phòng Quản lý Khoa học thẩm định hồ sơ chuyên gia đề xuất thu hút.', letter='c'),
      ]))],
      [],
      ['Đề nghị Sở Khoa học và Công nghệ gửi danh sách nhu cầu thu hút chuyên gia năm 2027 trước ngày 30/11/2026.'],
      ('', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Đỗ Văn Thành', 'CCVC'),
      'Trên đây là báo cáo của Sở Nội vụ./.')

# ---------------- HAND 2 files
hand2('TTPTTN-bao-cao-CT38.xlsx', 'SKHCN-TTPTTN',
      ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'),
      '318/BC-TTPTTN', '2026-10-23', 'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
      [E('II.4.a', 'in_progress', 'Đầu tư cơ sở vật chất, trang thiết bị',
         'Đã nhận bàn giao 12 thiết bị thử nghiệm (sắc ký, quang phổ); đang lắp đặt, đào tạo vận hành.',
         [('budget_spent_vnd', 7845000000, 'Kinh phí đã giải ngân', '')]),
       E('II.4.c', 'completed', 'Duy trì chuẩn đo lường, liên kết chuẩn quốc gia',
         'Hiệu chuẩn chuẩn chính, chuẩn công tác tại Viện Đo lường Việt Nam theo kế hoạch năm.',
         [('instruments_verified', 46, 'Số chuẩn được hiệu chuẩn', 'chuẩn')]),
       E('II.2.g', 'in_progress', 'Mở rộng dịch vụ kỹ thuật về TĐC',
         'Mở rộng phạm vi thử nghiệm điện – điện tử và công nhận thêm 05 phép thử.',
         [('instruments_verified', 18450, 'Kiểm định, hiệu chuẩn phương tiện đo', 'phương tiện'),
          ('samples_tested', 3216, 'Thử nghiệm', 'mẫu')]),
       E('II.5.b', 'completed', 'Thử nghiệm mẫu khảo sát chất lượng',
         'Thử nghiệm mẫu khảo sát do Chi cục TĐC gửi, trả kết quả đúng hạn.',
         [('samples_tested', 132, 'Số mẫu đã thử nghiệm', 'mẫu')]),
       E('II.3.d', 'not_started', 'Đào tạo sinh viên về đo lường, thử nghiệm',
         'Chưa tổ chức được do chưa thống nhất nội dung với các trường.', note='Chuyển sang năm 2027'),
       E('II.6.b', 'not_applicable', 'Hợp tác APO', 'Không có yêu cầu.')],
      ['Thiết bị mới cần thời gian đánh giá năng lực trước khi đưa vào dịch vụ.',
       'Thiếu kỹ thuật viên có chứng chỉ vận hành thiết bị sắc ký khối phổ.'],
      ['Đề nghị Sở cho phép tuyển dụng bổ sung 03 kỹ thuật viên trong năm 2027.'],
      'Phạm Thị Ngọc Hân')

hand2('SNNMT-bieu-bao-cao-KH38.xlsx', 'SO-NNMT',
      ('ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'),
      '7021/BC-SNNMT', '2026-10-28', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
      [E('II.2.a', 'in_progress', 'Triển khai truy xuất nguồn gốc nông sản (Đề án 100)',
         'Hỗ trợ hợp tác xã, doanh nghiệp cấp mã vùng trồng và áp dụng tem truy xuất nguồn gốc.',
         [('enterprises_supported', 36, 'Số HTX, doanh nghiệp được hỗ trợ', 'đơn vị')]),
       E('II.2.e', 'completed', 'Góp ý QCVN phân bón, thức ăn chăn nuôi',
         'Có văn bản góp ý gửi Bộ Nông nghiệp và Môi trường.',
         [('standards_reviewed', 5, 'Số dự thảo QCVN góp ý', 'dự thảo')]),
       E('II.5.a', 'in_progress', 'Kiểm tra chất lượng vật tư nông nghiệp',
         'Kiểm tra phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại cơ sở sản xuất, kinh doanh.',
         [('inspections', 9, 'Số đoàn kiểm tra', 'đoàn'), ('establishments_inspected', 134, 'Số cơ sở kiểm tra', 'cơ sở'),
          ('violations', 17, 'Số cơ sở vi phạm', 'cơ sở'), ('fines_vnd', 241500000, 'Tiền phạt', ''),
          ('samples_tested', 64, 'Số mẫu lấy kiểm tra', 'mẫu')]),
       E('II.3.a', 'completed', 'Cử công chức tham gia tập huấn',
         'Cử công chức Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y tham gia.',
         [('participants', 8, 'Số người tham dự', 'người')])],
      ['Nhiều hợp tác xã nhỏ chưa đủ điều kiện áp dụng truy xuất nguồn gốc điện tử.'],
      ['Đề nghị Chi cục TĐC hỗ trợ kinh phí cấp mã số, mã vạch cho hợp tác xã.',
       'Đề nghị thống nhất một nền tảng truy xuất nguồn gốc dùng chung của Thành phố.'],
      'Trương Văn Phúc')

hand2('SATTP-BC-KH38-2026.xlsx', 'SO-ATTP',
      ('ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM'),
      '1586/BC-SATTP', '2026-10-30', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
      [E('II.5.a', 'in_progress', 'Kiểm tra chất lượng, nhãn hàng hóa thực phẩm',
         'Kiểm tra cơ sở sản xuất, kinh doanh thực phẩm bao gói sẵn, thực phẩm nhập khẩu.',
         [('inspections', 11, 'Số đoàn kiểm tra', 'đoàn'), ('establishments_inspected', 203, 'Số cơ sở được kiểm tra', 'cơ sở'),
          ('violations', 38, 'Số cơ sở vi phạm', 'cơ sở'), ('fines_vnd', 512300000, 'Tiền phạt', ''),
          ('samples_tested', 420, 'Số mẫu kiểm nghiệm', 'mẫu')]),
       E('II.1.a', 'completed', 'Tuyên truyền, tập huấn cho doanh nghiệp thực phẩm',
         'Tổ chức hội nghị phổ biến quy định về công bố sản phẩm, ghi nhãn.',
         [('communications', 26, 'Tin, bài', 'tin bài'), ('training_courses', 3, 'Hội nghị', 'hội nghị'),
          ('participants', 540, 'Người tham dự', 'người')]),
       E('II.2.e', 'completed', 'Góp ý QCVN về thực phẩm', 'Góp ý dự thảo QCVN theo đề nghị của Bộ Y tế.',
         [('standards_reviewed', 4, 'Số dự thảo QCVN', 'dự thảo')]),
       E('II.2.d', 'in_progress', 'Hướng dẫn tự công bố sản phẩm',
         'Hướng dẫn cơ sở tự công bố sản phẩm, công bố hợp quy thực phẩm.',
         [('enterprises_supported', 57, 'Số cơ sở được hướng dẫn', 'cơ sở')]),
       E('II.5.d', 'not_applicable', 'Khen thưởng người tố giác', 'Trong kỳ không có.')],
      ['Phí kiểm nghiệm mẫu cao, dự toán không đủ cho số mẫu theo kế hoạch.'],
      ['Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm áp dụng đơn giá ưu đãi cho mẫu phục vụ quản lý nhà nước.'],
      'Nguyễn Thị Mỹ Ngọc')

# ---------------- HAND 4 files
hand4('CDS_KH38_tong_hop.xlsx', 'SKHCN-CDS', 'Phòng Chuyển đổi số', '45/BC-CĐS', '2026-10-21', '21/10/2026',
      [E('II.2.h', 'completed', 'Kết nối Cổng một cửa quốc gia (hàng nhập khẩu)',
         'Đã kết nối liên thông, chạy thử và vận hành chính thức từ tháng 3/2026.'),
       E('II.2.i', 'in_progress', 'Kết nối CSDL quốc gia về TĐC',
         'Đang xây dựng API đồng bộ dữ liệu với hệ thống của Ủy ban TĐC Quốc gia; đã thử nghiệm 4 nhóm dữ liệu.'),
       E('II.3.a', 'completed', 'Cử người đi tập huấn',
         'Cử công chức dự tập huấn về cơ sở dữ liệu đo lường.',
         [('participants', 3, 'người', 'người')]),
       E('II.6.a', 'not_applicable', 'Cập nhật điều ước quốc tế', 'Không thuộc lĩnh vực phòng phụ trách.')],
      ['Hệ thống của Ủy ban TĐC Quốc gia chưa công bố đầy đủ tài liệu kỹ thuật API.'],
      ['Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban TĐC Quốc gia cung cấp tài liệu kết nối.'],
      'Lý Thảo Vy')

hand4('TTCNTT-DKG-KH38.xlsx', 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian', '77/BC-TTCNTT', '2026-10-25', '25/10/2026',
      [E('II.2.i', 'in_progress', 'Hạ tầng, tích hợp CSDL TĐC',
         'Đã đồng bộ dữ liệu tổ chức đánh giá sự phù hợp và phương tiện đo lên nền tảng dữ liệu của Sở.',
         [('budget_spent_vnd', 1200000000, 'giải ngân', '')]),
       E('II.1.a', 'completed', 'Hỗ trợ truyền thông',
         'Sản xuất video, đăng tin trên cổng thông tin Sở về Tuần lễ chất lượng.',
         [('communications', 6, 'tin, video', 'tin, video')]),
       E('II.3.a', 'completed', 'Cử viên chức dự tập huấn', 'Cử viên chức kỹ thuật tham dự.',
         [('participants', 2, 'người', 'người')]),
       E('II.5.d', 'not_applicable', 'Khen thưởng tố giác', 'Không liên quan.')],
      ['Đường truyền kết nối với hệ thống trung ương chưa ổn định.'],
      ['Đề nghị bố trí thêm kinh phí thuê đường truyền riêng năm 2027.'],
      'Hồ Gia Vy')

# mistaken, hand 4: Sở Tài chính sends a chuyển đổi số table
def mistaken_stc():
    fname = 'STC-tong-hop-KH-CDS.xlsx'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TongHopCDS'
    ws['A1'] = 'SỞ TÀI CHÍNH'; ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Tổng hợp kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 (kèm theo Báo cáo số 8841/BC-STC ngày 20/10/2026)'
    hdr = ['#', 'Nhiệm vụ', 'Nội dung đã thực hiện', 'Kết quả (số)', 'Đã hoàn thành?']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='305496')
    rows = [('Dịch vụ công trực tuyến toàn trình', 'Cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực giá, công sản', '42 thủ tục', 'Có'),
            ('Số hóa hồ sơ, kết quả giải quyết TTHC', 'Số hóa hồ sơ tồn đọng', '15.320 hồ sơ', 'Chưa (đang làm)'),
            ('Chữ ký số cho công chức', 'Cấp chứng thư số cá nhân', '128 chứng thư', 'Có'),
            ('Kho dữ liệu tài chính dùng chung', 'Chưa có kinh phí', '', 'Chưa làm')]
    for i, r in enumerate(rows, 1):
        for j, v in enumerate((i,) + r, 1):
            ws.cell(row=4 + i, column=j, value=v)
    ws['A10'] = 'Vướng mắc'; ws['B11'] = '- Hạ tầng máy chủ đã cũ.'
    ws['A13'] = 'Đề xuất'; ws['B14'] = '- Đề nghị Sở Khoa học và Công nghệ hỗ trợ nâng cấp hạ tầng.'
    wb.save(os.path.join(OUT, fname))
    KEYS[fname] = dict(file=fname, sha256=None, status='rejected',
                       reason='Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: bảng tổng hợp kế hoạch chuyển đổi số gửi nhầm',
                       unit={'id': 'SO-TC', 'name': AG['SO-TC']}, document={'number': '8841/BC-STC', 'date': '2026-10-20'},
                       entries=[], findings=[], difficulties=[], proposals=[])
mistaken_stc()

# ---------------------------------------------------------------- LibreOffice re-save (2 files)
def lo_resave(fname, fmt):
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp)

lo_resave('SGDDT-BC-CT38-2026.docx', 'docx')
lo_resave('TTCNTT-DKG-KH38.xlsx', 'xlsx')

# ---------------------------------------------------------------- write keys
for fname, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
