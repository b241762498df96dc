# -*- coding: utf-8 -*-
"""Generator for set195. Five hands; see NOTES.md."""
import copy, hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
REPORTS = []


def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, indicators=ind, text=text)
    d.update(kw)
    return d


def iso(d):
    dd, mm, yy = d.split('/')
    return f'{yy}-{mm}-{dd}'


def write_truth(fname, rep, status='extracted', reason=None):
    p = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
    t = {
        'file': fname, 'sha256': sha, 'status': status, 'reason': reason,
        'unit': {'id': rep['uid'], 'name': rep['uname']},
        'document': {'number': rep.get('number'), 'date': iso(rep['date'])},
        'entries': [] if status == 'rejected' else [
            {'task': e['task'], 'status': e['status'], 'indicators': e['indicators'], 'text': e['text']}
            for e in rep['entries']],
        'findings': [],
        'difficulties': [] if status == 'rejected' else rep['diff'],
        'proposals': [] if status == 'rejected' else rep['prop'],
    }
    json.dump(t, open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)


def para(doc_or_cell, text='', bold=False, italic=False, align=None, size=None, space_after=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def header_table(doc, left1, left2, number, place_date, right_sub='Độc lập - Tự do - Hạnh phúc'):
    t = doc.add_table(rows=1, cols=2)
    c1, c2 = t.rows[0].cells
    c1.paragraphs[0].text = ''
    r = c1.paragraphs[0].add_run(left1); r.font.size = Pt(12)
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(left2); r.bold = True; r.font.size = Pt(12)
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('Số: ' + number).font.size = Pt(12)
    r = c2.paragraphs[0].add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); r.bold = True; r.font.size = Pt(12)
    c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(right_sub); r.bold = True; r.font.size = Pt(13)
    p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(place_date); r.italic = True; r.font.size = Pt(13)
    return t


def date_words(d, place):
    dd, mm, yy = d.split('/')
    return f'{place}, ngày {dd} tháng {mm} năm {yy}'


# ---------------------------------------------------------------- H1 numbering
def add_numbering(doc):
    """Two-level automatic list: level 0 '1.' task headings, level 1 'a)' items."""
    numbering = doc.part.numbering_part.element
    aid = 90
    an = OxmlElement('w:abstractNum'); an.set(qn('w:abstractNumId'), str(aid))
    mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'hybridMultilevel'); an.append(mlt)
    for ilvl, fmt, txt, ind in ((0, 'decimal', '%1.', 0), (1, 'lowerLetter', '%2)', 0)):
        lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), str(ilvl))
        for tag, val in (('w:start', '1'), ('w:numFmt', fmt), ('w:lvlText', txt), ('w:lvlJc', 'left')):
            el = OxmlElement(tag); el.set(qn('w:val'), val); lvl.append(el)
        ppr = OxmlElement('w:pPr'); ii = OxmlElement('w:ind')
        ii.set(qn('w:left'), str(567 + ilvl * 284)); ii.set(qn('w:hanging'), '283'); ppr.append(ii); lvl.append(ppr)
        an.append(lvl)
    # abstractNums must precede nums
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement('w:num'); num.set(qn('w:numId'), '90')
    a = OxmlElement('w:abstractNumId'); a.set(qn('w:val'), str(aid)); num.append(a)
    numbering.append(num)
    return 90


def numbered(doc, text, ilvl, numid, bold=False, tail=None):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl)); numpr.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(numid)); numpr.append(ni)
    ppr.insert(0, numpr)
    r = p.add_run(text); r.bold = bold
    if tail:
        p.add_run(' ' + tail)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def h1_docx(rep, fname):
    doc = Document(); set_font(doc)
    s = doc.sections[0]; s.left_margin = Cm(3); s.right_margin = Cm(2)
    numid = add_numbering(doc)
    header_table(doc, 'ỦY BAN NHÂN DÂN', rep['uname'].upper(), rep['number'], date_words(rep['date'], rep['place']))
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, rep['title'], bold=True, align='c')
    for line in rep['intro']:
        para(doc, line, align='j')
    if rep.get('mistaken'):
        for sec, lines in rep['body']:
            numbered(doc, sec, 0, numid, bold=True)
            for ln in lines:
                numbered(doc, ln, 1, numid)
    else:
        para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
        for e in rep['entries']:
            numbered(doc, e['head'], 0, numid, bold=True)
            items = e['items']
            for i, it in enumerate(items):
                last = (i == len(items) - 1)
                numbered(doc, it, 1, numid, tail=e['verdict'] if last else None)
            if not items:
                para(doc, e['verdict'], align='j')
        para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        for d in rep['diff']:
            para(doc, '- ' + d, align='j')
        para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
        for d in rep['prop']:
            para(doc, '- ' + d, align='j')
    para(doc, rep['closing'], align='j')
    sig = doc.add_table(rows=1, cols=2)
    c1, c2 = sig.rows[0].cells
    r = c1.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in rep['noinhan']:
        c1.add_paragraph().add_run(ln).font.size = Pt(11)
    c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c2.paragraphs[0].add_run(rep['signrole']).bold = True
    for _ in range(3): c2.add_paragraph()
    p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(rep['signer']).bold = True
    doc.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- H2 letter + annex section
def kv_table(doc, rows):
    t = doc.add_table(rows=1, cols=2); t.style = 'Table Grid'
    h = t.rows[0].cells
    h[0].paragraphs[0].add_run('Chỉ tiêu').bold = True
    h[1].paragraphs[0].add_run('Kết quả').bold = True
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k; c[1].text = v
    return t


def h2_docx(rep, fname):
    doc = Document(); set_font(doc, size=14)
    s = doc.sections[0]; s.left_margin = Cm(3); s.right_margin = Cm(1.5); s.top_margin = Cm(2)
    header_table(doc, rep['parent'], rep['short'], rep['number'], date_words(rep['date'], 'Thành phố Hồ Chí Minh'))
    p = para(doc, rep['vv'], italic=True, size=12)
    para(doc)
    p = para(doc, 'Kính gửi: ' + rep['kinhgui'], align='c')
    for line in rep['intro']:
        para(doc, line, align='j')
    for i, e in enumerate(rep['entries'], 1):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(f'{i}. {e["head"]}: '); r.bold = True
        p.add_run(e['body'] + ' ' + e['verdict'])
    p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
    p.add_run(f'{len(rep["entries"]) + 1}. Khó khăn, vướng mắc').bold = True
    for d in rep['diff']:
        q = para(doc, '- ' + d, align='j'); q.paragraph_format.first_line_indent = Cm(1)
    p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
    p.add_run(f'{len(rep["entries"]) + 2}. Kiến nghị, đề xuất').bold = True
    for d in rep['prop']:
        q = para(doc, '- ' + d, align='j'); q.paragraph_format.first_line_indent = Cm(1)
    para(doc, rep['closing'], align='j')
    sig = doc.add_table(rows=1, cols=2)
    c1, c2 = sig.rows[0].cells
    r = c1.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in rep['noinhan']:
        c1.add_paragraph().add_run(ln).font.size = Pt(11)
    c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c2.paragraphs[0].add_run(rep['signrole']).bold = True
    for _ in range(3): c2.add_paragraph()
    p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(rep['signer']).bold = True
    # second section: Phụ lục kèm theo, portrait
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.PORTRAIT
    para(doc, 'PHỤ LỤC KÈM THEO', bold=True, align='c', space_after=0)
    para(doc, f'(Kèm theo Công văn số {rep["number"]} ngày {rep["date"]} của {rep["uname"]})', italic=True, align='c', size=12)
    for i, e in enumerate(rep['entries'], 1):
        if not e.get('kv'):
            continue
        para(doc, f'Bảng {i}. {e["head"]}', bold=True, size=13)
        kv_table(doc, e['kv'])
        para(doc, '', space_after=2)
    doc.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- H3 layout table + nested tables
def set_tabstop(p, pos_cm, leader=False):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT,
                                              WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)


def soft_lines(p, lines, bold=True):
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.bold = bold
        if i < len(lines) - 1:
            r.add_break()


def h3_docx(rep, fname):
    doc = Document(); set_font(doc, 'Arial', 11)
    s = doc.sections[0]; s.left_margin = Cm(2); s.right_margin = Cm(2)
    # header as a layout table too
    lay = doc.add_table(rows=0, cols=2)
    lay.autofit = False
    r = lay.add_row().cells
    p = r[0].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    soft_lines(p, rep['hdr_left'] + ['Số: ' + rep['number']], bold=False)
    p = r[1].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    soft_lines(p, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])
    q = r[1].add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run(date_words(rep['date'], rep['place'])).italic = True
    r = lay.add_row().cells
    m = r[0].merge(r[1])
    p = m.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    soft_lines(p, rep['title_lines'])
    r = lay.add_row().cells
    m = r[0].merge(r[1])
    m.paragraphs[0].text = rep['intro']
    for e in rep['entries']:
        r = lay.add_row().cells
        p = r[0].paragraphs[0]
        soft_lines(p, e['head_lines'])
        c = r[1]
        c.paragraphs[0].text = e['body']
        for lab, val in e.get('tabs', []):
            q = c.add_paragraph(); set_tabstop(q, 10.5, leader=True)
            q.add_run(f'{lab}:\t{val}')
        if e.get('nested'):
            hdr, rows = e['nested']
            nt = c.add_table(rows=1, cols=len(hdr)); nt.style = 'Table Grid'
            for j, h in enumerate(hdr):
                nt.rows[0].cells[j].paragraphs[0].add_run(h).bold = True
            for row in rows:
                cc = nt.add_row().cells
                for j, v in enumerate(row):
                    cc[j].text = v
        q = c.add_paragraph()
        set_tabstop(q, 10.5)
        q.add_run('Tiến độ:\t').italic = True
        q.add_run(e['tiendo']).bold = True
    for lab, items in (('KHÓ KHĂN,\nVƯỚNG MẮC', rep['diff']), ('ĐỀ XUẤT,\nKIẾN NGHỊ', rep['prop'])):
        r = lay.add_row().cells
        soft_lines(r[0].paragraphs[0], lab.split('\n'))
        first = True
        for it in items:
            if first:
                r[1].paragraphs[0].text = '- ' + it; first = False
            else:
                r[1].add_paragraph('- ' + it)
        if not items:
            r[1].paragraphs[0].text = 'Không có.'
    r = lay.add_row().cells
    soft_lines(r[0].paragraphs[0], ['Nơi nhận:'] + rep['noinhan'], bold=False)
    p = r[1].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    soft_lines(p, rep['sign_lines'])
    for row in lay.rows:
        row.cells[0].width = Cm(4.5); row.cells[1].width = Cm(12.5)
    doc.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- H4 Excel key/value blocks
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h4_xlsx(rep, fname):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = rep.get('sheet', 'BaoCao')
    ws.column_dimensions['A'].width = 34; ws.column_dimensions['B'].width = 42; ws.column_dimensions['C'].width = 22
    row = 1
    def put(r, c, v, bold=False, wrap=True, merge_to=None, italic=False, fmt=None, border=False):
        cell = ws.cell(r, c, v)
        cell.font = Font(name='Times New Roman', size=12, bold=bold, italic=italic)
        cell.alignment = Alignment(wrap_text=wrap, vertical='top')
        if fmt: cell.number_format = fmt
        if border: cell.border = BOX
        if merge_to: ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=merge_to)
        return cell
    put(1, 1, rep['hdr_left']); put(1, 2, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', bold=True, merge_to=3)
    ws.row_dimensions[1].height = 48
    put(2, 1, 'Số: ' + rep['number']); put(2, 2, date_words(rep['date'], rep['place']), italic=True, merge_to=3)
    put(4, 1, rep['title'], bold=True, merge_to=3); ws.row_dimensions[4].height = 50
    ws.cell(4, 1).alignment = Alignment(horizontal='center', wrap_text=True)
    row = 6
    if rep.get('mistaken'):
        for k, v in rep['rows']:
            put(row, 1, k, bold=True, border=True); put(row, 2, v, border=True, merge_to=3); row += 1
    else:
        for i, e in enumerate(rep['entries'], 1):
            put(row, 1, f'{i}. ' + e['head'], bold=True, merge_to=3)
            ws.row_dimensions[row].height = 15 * (e['head'].count('\n') + 1) + 4
            row += 1
            put(row, 1, 'Nội dung đã thực hiện', italic=True, border=True); put(row, 2, e['body'], border=True, merge_to=3)
            ws.row_dimensions[row].height = max(30, 15 * (len(e['body']) // 60 + 1)); row += 1
            if e.get('kv'):
                put(row, 2, 'Chỉ tiêu', bold=True, border=True); put(row, 3, 'Kết quả', bold=True, border=True); row += 1
                for k, v in e['kv']:
                    put(row, 2, k, border=True)
                    fmt = '#,##0' if isinstance(v, (int, float)) and v >= 1000 else ('00' if isinstance(v, int) and e.get('pad') else None)
                    put(row, 3, v, border=True, fmt=fmt)
                    row += 1
            put(row, 1, 'Đánh giá', italic=True, border=True); put(row, 2, e['verdict'], border=True, merge_to=3)
            row += 2
        put(row, 1, 'KHÓ KHĂN, VƯỚNG MẮC', bold=True); row += 1
        for d in rep['diff']:
            put(row, 1, '- ' + d, merge_to=3); ws.row_dimensions[row].height = 32; row += 1
        put(row, 1, 'KIẾN NGHỊ', bold=True); row += 1
        for d in rep['prop']:
            put(row, 1, '- ' + d, merge_to=3); ws.row_dimensions[row].height = 32; row += 1
    row += 1
    put(row, 3, rep['signrole'] + '\n\n\n\n' + rep['signer'], bold=True)
    ws.row_dimensions[row].height = 90
    ws.page_setup.orientation = 'portrait'; ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fname))


# ---------------------------------------------------------------- H5 Excel rows with tabbed figure lines
def h5_xlsx(rep, fname):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = rep['sheet']
    widths = {'A': 6, 'B': 34, 'C': 46, 'D': 36, 'E': 30}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    f = lambda **kw: Font(name='Times New Roman', **({'size': 11} | kw))
    ws['A1'] = rep['hdr_left']; ws['A1'].font = f(bold=True); ws.merge_cells('A1:B1')
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = f(bold=True); ws.merge_cells('D1:E1')
    ws['A2'] = 'Số: ' + rep['number']; ws.merge_cells('A2:B2')
    ws['D2'] = date_words(rep['date'], 'TP. Hồ Chí Minh'); ws['D2'].font = f(italic=True); ws.merge_cells('D2:E2')
    ws['A4'] = rep['title']; ws['A4'].font = f(bold=True, size=13); ws.merge_cells('A4:E4')
    ws['A4'].alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[4].height = 45
    hdr = ['TT', 'Nhóm nhiệm vụ\n(theo Kế hoạch\ncủa Sở)', 'Hoạt động chính\ntrong kỳ', 'Số liệu\n(đến ' + rep['cutoff'] + ')', 'Tình hình\nthực hiện']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = f(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    ws.row_dimensions[6].height = 48
    r = 7
    for i, e in enumerate(rep['entries'], 1):
        vals = [i, e['group'], e['body'], '\n'.join(f'{k}:\t{v}' for k, v in e['lines']) if e['lines'] else '—', e['verdict']]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.font = f(); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j == 1 else None)
        ws.row_dimensions[r].height = max(60, 16 * max(len(e['lines']) + 1, len(e['body']) // 45 + 1))
        r += 1
    ws.freeze_panes = 'C7'
    ws2 = wb.create_sheet('KhoKhan_DeXuat')
    ws2.column_dimensions['A'].width = 14; ws2.column_dimensions['B'].width = 100
    ws2['A1'] = 'Loại'; ws2['B1'] = 'Nội dung'
    rr = 2
    for d in rep['diff']:
        ws2.cell(rr, 1, 'Khó khăn'); ws2.cell(rr, 2, d).alignment = Alignment(wrap_text=True); rr += 1
    for d in rep['prop']:
        ws2.cell(rr, 1, 'Đề xuất'); ws2.cell(rr, 2, d).alignment = Alignment(wrap_text=True); rr += 1
    ws.cell(r + 2, 4, 'Người lập biểu\n\n\n' + rep['maker']).alignment = Alignment(wrap_text=True, horizontal='center')
    ws.cell(r + 2, 5, rep['signrole'] + '\n\n\n' + rep['signer']).alignment = Alignment(wrap_text=True, horizontal='center')
    ws.row_dimensions[r + 2].height = 80
    wb.save(os.path.join(OUT, fname))


if __name__ == '__main__':
    from content import ALL
    for hand, fname, rep, status, reason in ALL:
        {'H1': h1_docx, 'H2': h2_docx, 'H3': h3_docx, 'H4': h4_xlsx, 'H5': h5_xlsx}[hand](rep, fname)
        write_truth(fname, rep, status, reason)
        print('wrote', fname)
