# -*- coding: utf-8 -*-
import os, json, hashlib, subprocess, shutil, tempfile, zipfile, re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from data import R

OUT = os.path.dirname(os.path.abspath(__file__))

def fld(par, instr, result, ffdata=None, bold=False):
    def r(): 
        x = OxmlElement('w:r')
        if bold:
            rp = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rp.append(b); x.append(rp)
        return x
    a = r(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin')
    if ffdata is not None: fc.append(ffdata)
    a.append(fc); par._p.append(a)
    b = r(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; b.append(it); par._p.append(b)
    c = r(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'separate'); c.append(fc); par._p.append(c)
    d = r(); t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = result; d.append(t); par._p.append(d)
    e = r(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'end'); e.append(fc); par._p.append(e)

def ffd(name, kind, entries=None, sel=0, maxlen=None):
    f = OxmlElement('w:ffData')
    n = OxmlElement('w:name'); n.set(qn('w:val'), name); f.append(n)
    f.append(OxmlElement('w:enabled'))
    c = OxmlElement('w:calcOnExit'); c.set(qn('w:val'), '0'); f.append(c)
    if kind == 'text':
        ti = OxmlElement('w:textInput')
        if maxlen:
            m = OxmlElement('w:maxLength'); m.set(qn('w:val'), str(maxlen)); ti.append(m)
        f.append(ti)
    else:
        dd = OxmlElement('w:ddList')
        rs = OxmlElement('w:result'); rs.set(qn('w:val'), str(sel)); dd.append(rs)
        for e in entries:
            le = OxmlElement('w:listEntry'); le.set(qn('w:val'), e); dd.append(le)
        f.append(dd)
    return f

def base_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header_table(d, left1, left2, num, place_date):
    t = d.add_table(rows=3, cols=2)
    cells = [(left1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), (left2, 'Độc lập - Tự do - Hạnh phúc'), ('Số: ' + num, place_date)]
    for i, (l, r) in enumerate(cells):
        for j, txt in enumerate((l, r)):
            p = t.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(txt)
            if i < 2: run.bold = (i == 1 or j == 1)
            if i == 2 and j == 1: run.italic = True
    return t

def center(d, txt, bold=True, size=None, italic=False):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(txt); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def place_date(rp):
    return 'Thành phố Hồ Chí Minh, ' + rp['datetext']

# ---------------- Hand A ----------------
def hand_A(rp, path):
    d = base_doc('Times New Roman', 14)
    unitup = rp['uname'].upper()
    header_table(d, 'ỦY BAN NHÂN DÂN', unitup, rp['num'], rp['uname'].split(' ', 1)[1] + ', ' + rp['datetext'])
    d.add_paragraph()
    center(d, 'BÁO CÁO')
    if rp.get('rejected'):
        center(d, 'Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2026 trên địa bàn ' + rp['uname'].lower().replace('phường', 'phường'), bold=True)
        intro = 'Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, ' + rp['uname'] + ' báo cáo kết quả thực hiện như sau:'
    else:
        center(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026')
        intro = ('Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, '
                 'Ủy ban nhân dân ' + rp['uname'].replace('Phường', 'phường').replace('Xã', 'xã') + ' báo cáo kết quả thực hiện như sau:')
    p = d.add_paragraph(intro); p.paragraph_format.first_line_indent = Cm(1)
    d.add_paragraph('I. KẾT QUẢ THỰC HIỆN', style='Heading 2')
    for e in rp['entries']:
        h = d.add_paragraph(style='Heading 3')
        h.add_run('Nội dung ')
        fld(h, ' SEQ NoiDung \\* ARABIC ', str(rp['entries'].index(e) + 1))
        h.add_run('. ' + e['name'])
        p = d.add_paragraph(e['body']); p.paragraph_format.first_line_indent = Cm(1)
        if e['figs']:
            p = d.add_paragraph('Kết quả cụ thể: ' + '; '.join(f[2] for f in e['figs']) + '.')
            p.paragraph_format.first_line_indent = Cm(1)
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(e['st']); r.italic = True
    d.add_paragraph('II. KHÓ KHĂN, VƯỚNG MẮC', style='Heading 2')
    for x in rp['diff']:
        d.add_paragraph('- ' + x)
    d.add_paragraph('III. ĐỀ XUẤT, KIẾN NGHỊ', style='Heading 2')
    for x in rp['prop']:
        d.add_paragraph('- ' + x)
    d.add_paragraph('Trên đây là báo cáo của Ủy ban nhân dân ' + rp['uname'] + './.')
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].add_run('Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC;\n- Lưu: VT.').italic = True
    q = t.cell(0, 1).paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrần Thị Mỹ Hạnh').bold = True
    for par in d.paragraphs:
        for r in par.runs:
            r.font.name = 'Times New Roman'
    d.save(path)

# ---------------- Hand B ----------------
def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)

def hand_B(rp, path):
    d = base_doc('Times New Roman', 13)
    header_table(d, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', rp['uname'].upper(), rp['num'], place_date(rp))
    p = d.add_paragraph(); p.add_run('V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026').italic = True
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.')
    p = d.add_paragraph('Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026, '
                        + rp['uname'] + ' báo cáo kết quả thực hiện các nội dung có liên quan đến chức năng, nhiệm vụ của ngành (chi tiết tại Bảng 1) như sau:')
    p.paragraph_format.first_line_indent = Cm(1.27)
    cap = d.add_paragraph(style='Caption')
    cap.add_run('Bảng ')
    fld(cap, ' SEQ Bảng \\* ARABIC ', '1')
    cap.add_run('. Kết quả thực hiện các nhiệm vụ năm 2026 (số liệu tính đến ngày 20/10/2026)')
    t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
    hdr = ['STT', 'Nhiệm vụ', 'Kết quả thực hiện', 'Tiến độ']
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.paragraphs[0].add_run(h).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:fill'), 'D9E2F3'); c._tc.get_or_add_tcPr().append(sh)
    set_repeat_header(t.rows[0])
    for k, e in enumerate(rp['entries'], 1):
        row = t.add_row().cells
        row[0].text = str(k); row[1].text = e['name']
        c = row[2]
        if e['figs']:
            c.paragraphs[0].text = 'Kết quả:'
            for f in e['figs']:
                c.add_paragraph(f[2], style='List Bullet')
        else:
            c.paragraphs[0].text = 'Đã triển khai theo chức năng, nhiệm vụ.' if e['status'] != 'not_applicable' and e['status'] != 'not_started' else '—'
        row[3].text = e['st']
    widths = [Cm(1.1), Cm(5.5), Cm(6.5), Cm(3)]
    for r in t.rows:
        for i, w in enumerate(widths): r.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph('Khó khăn, vướng mắc:').runs[0].bold = True
    if rp['diff']:
        for x in rp['diff']: d.add_paragraph(x, style='List Number')
    else:
        d.add_paragraph('Không có.')
    d.add_paragraph('Kiến nghị, đề xuất:').runs[0].bold = True
    for x in rp['prop']: d.add_paragraph(x, style='List Number 2')
    p = d.add_paragraph(rp['uname'] + ' kính gửi Sở Khoa học và Công nghệ tổng hợp./.'); p.paragraph_format.first_line_indent = Cm(1.27)
    t2 = d.add_table(rows=1, cols=2)
    t2.cell(0, 0).paragraphs[0].add_run('Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, Phúc.').italic = True
    q = t2.cell(0, 1).paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Văn Phúc').bold = True
    d.save(path)

# ---------------- Hand C ----------------
def hand_C(rp, path):
    d = base_doc('Arial', 12)
    header_table(d, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', rp['uname'].upper(), rp['num'], place_date(rp))
    center(d, 'PHIẾU BÁO CÁO', size=14)
    center(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (kỳ báo cáo 11 tháng)', bold=False, italic=True)
    p = d.add_paragraph(); p.add_run('Đơn vị báo cáo: '); fld(p, ' FORMTEXT ', rp['uname'], ffd('DonVi', 'text'))
    p = d.add_paragraph(); p.add_run('Người lập phiếu: '); fld(p, ' FORMTEXT ', 'Lê Hoàng Nam', ffd('NguoiLap', 'text'))
    opts = ['Chọn tình trạng', 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Không phát sinh']
    for k, e in enumerate(rp['entries'], 1):
        p = d.add_paragraph(); r = p.add_run('%d. %s' % (k, e['name'])); r.bold = True
        p.paragraph_format.space_before = Pt(8)
        for f in e['figs']:
            p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(0.8)
            p.add_run(f[2] + ': ')
            fld(p, ' FORMTEXT ', f[3], ffd('SL%d_%s' % (k, f[0][:6]), 'text'))
            p.add_run(' ' + f[4])
        p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(0.8)
        p.add_run('Tình trạng: ')
        fld(p, ' FORMDROPDOWN ', e['st'], ffd('TT%d' % k, 'dd', opts, opts.index(e['st'])))
    d.add_paragraph()
    p = d.add_paragraph(); p.add_run('Khó khăn, vướng mắc (nếu có):').bold = True
    for i, x in enumerate(rp['diff'] or ['Không có'], 1):
        p = d.add_paragraph(); p.add_run('(%d) ' % i); fld(p, ' FORMTEXT ', x, ffd('KK%d' % i, 'text'))
    p = d.add_paragraph(); p.add_run('Đề xuất, kiến nghị (nếu có):').bold = True
    for i, x in enumerate(rp['prop'] or ['Không có'], 1):
        p = d.add_paragraph(); p.add_run('(%d) ' % i); fld(p, ' FORMTEXT ', x, ffd('DX%d' % i, 'text'))
    t2 = d.add_table(rows=1, cols=2)
    t2.cell(0, 0).paragraphs[0].add_run('Nơi nhận:\n- Chi cục TĐC (tổng hợp);\n- Lưu: VT.').italic = True
    q = t2.cell(0, 1).paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run('THỦ TRƯỞNG ĐƠN VỊ\n\n\n\n(đã ký)').bold = True
    # protect for forms, as the template was
    settings = d.settings.element
    dp = OxmlElement('w:documentProtection'); dp.set(qn('w:edit'), 'forms'); dp.set(qn('w:enforcement'), '1')
    settings.insert(0, dp)
    d.save(path)

# ---------------- Hand D ----------------
def hand_D(rp, path):
    wb = Workbook(); ws = wb.active; ws.title = 'BC_T11'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = rp['uname'].upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + rp['num']
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = place_date(rp) if not rp['uid'].isdigit() else rp['uname'].split(' ', 1)[1] + ', ' + rp['datetext']
    ws['D3'].font = Font(italic=True)
    if rp.get('rejected'):
        ws['A5'] = 'BIỂU TỔNG HỢP KẾT QUẢ THANH TRA, KIỂM TRA AN TOÀN THỰC PHẨM 10 THÁNG NĂM 2026'
    else:
        ws['A5'] = 'BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:D5')
    hdr = ['TT', 'Nội dung công việc và kết quả', 'Số liệu', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = bd
        c.fill = PatternFill('solid', fgColor='FCE4D6'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8
    for k, e in enumerate(rp['entries'], 1):
        ws.cell(r, 1, k)
        rt = CellRichText([TextBlock(InlineFont(b=True), e['name']), '\n' + e['body'] + '\n',
                           TextBlock(InlineFont(i=True, color='C00000'), '→ ' + e['st'])])
        ws.cell(r, 2).value = rt
        ws.cell(r, 3, '\n'.join(f[2] for f in e['figs']) if e['figs'] else '')
        for col in range(1, 5):
            c = ws.cell(r, col); c.border = bd; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in (rp['diff'] or ['Không']):
        ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị:').font = Font(bold=True); r += 1
    for x in (rp['prop'] or ['Không']):
        ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 4, 'Người lập biểu').font = Font(bold=True)
    ws.cell(r + 4, 4, 'Phạm Thu Trang')
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 70
    ws.column_dimensions['C'].width = 24; ws.column_dimensions['D'].width = 34
    wb.save(path)

def lo_resave(path, ext):
    tmp = tempfile.mkdtemp()
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, path],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)

RESAVE = {'B2': 'docx', 'D3': 'xlsx'}

def key(k, rp, path):
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    rej = rp.get('rejected', False)
    entries = []
    if not rej:
        for e in rp['entries']:
            entries.append(dict(task=e['task'], status=e['status'],
                                indicators={f[0]: f[1] for f in e['figs']},
                                text=(e['name'] + ('. ' + e['body'] if e.get('body') else ''))))
    return dict(file=rp['file'], sha256=sha, status='rejected' if rej else 'extracted',
                reason=rp.get('reason') if rej else None,
                unit=dict(id=rp['uid'], name=rp['uname']),
                document=dict(number=rp['num'], date=rp['date']),
                entries=entries, findings=[],
                difficulties=[] if rej else list(rp['diff']),
                proposals=[] if rej else list(rp['prop']))

if __name__ == '__main__':
    for k, rp in R.items():
        path = os.path.join(OUT, rp['file'])
        {'A': hand_A, 'B': hand_B, 'C': hand_C, 'D': hand_D}[rp['hand']](rp, path)
        if k in RESAVE: lo_resave(path, RESAVE[k])
        json.dump(key(k, rp, path), open(os.path.join(OUT, 'truth', rp['file'] + '.json'), 'w', encoding='utf-8'),
                  ensure_ascii=False, indent=1)
        print(k, rp['file'])
