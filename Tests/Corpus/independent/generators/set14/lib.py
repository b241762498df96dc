"""Shared helpers for set14 generators."""
import hashlib, json, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS = {
    'SKHCN-CCTDC': 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    'SKHCN-VP': 'Văn phòng Sở Khoa học và Công nghệ',
    'SKHCN-KTPC': 'Phòng Kiểm tra – Pháp chế',
    'SKHCN-CDS': 'Phòng Chuyển đổi số',
    'SKHCN-QLKH': 'Phòng Quản lý Khoa học',
    'SKHCN-TTPTTN': 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    'SKHCN-TTCNTT': 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
    'SO-NV': 'Sở Nội vụ', 'SO-CT': 'Sở Công Thương', 'SO-GDDT': 'Sở Giáo dục và Đào tạo',
    '26929': 'Phường Bình Thạnh', '25945': 'Phường Tân Đông Hiệp', '26620': 'Xã Hồ Tràm',
    '27073': 'Phường Phú Nhuận', '27301': 'Phường Chợ Quán',
}


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def write_key(fname, unit_id, number, date, entries, difficulties=(), proposals=(), rejected=None):
    path = os.path.join(ROOT, fname)
    key = {
        'file': fname,
        'sha256': sha(path),
        'status': 'rejected' if rejected else 'extracted',
        'reason': rejected,
        'unit': {'id': unit_id, 'name': UNITS[unit_id]} if unit_id else None,
        'document': {'number': number, 'date': date},
        'entries': [] if rejected else entries,
        'difficulties': [] if rejected else list(difficulties),
        'proposals': [] if rejected else list(proposals),
    }
    with open(os.path.join(ROOT, 'truth', fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def E(task, status, text, source, **ind):
    return {'task': task, 'status': status, 'indicators': ind, 'text': text, 'source': source}


def lo_resave(path, kind):
    """Re-save through LibreOffice (caches formula values, changes producer)."""
    tmp = tempfile.mkdtemp()
    flt = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'docx': 'docx:MS Word 2007 XML'}[kind]
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof',
                    '--convert-to', flt, '--outdir', tmp + '/out', path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, 'out', os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------- docx helpers ----------
def new_doc(font='Times New Roman', size=13, landscape=False, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=None, space_after=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, align='j', indent=1):
    """parts: list of (text, 'b'/'i'/'' ) tuples."""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f
        r.italic = 'i' in f
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.first_line_indent = Cm(indent)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def vertical(cell, direction='btLr'):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement('w:textDirection')
    td.set(qn('w:val'), direction)
    tcPr.append(td)
    va = OxmlElement('w:vAlign')
    va.set(qn('w:val'), 'center')
    tcPr.append(va)


def row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:trHeight')
    h.set(qn('w:val'), str(int(cm * 567)))
    h.set(qn('w:hRule'), 'atLeast')
    trPr.append(h)


def header_block(d, left, right_top, number, place_date, size=13):
    """left: list of (text,bold); number e.g. 'Số: 21/BC-KTPC'."""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.text = ''
    p = l.paragraphs[0]
    for i, (txt, b) in enumerate(left):
        if i:
            p = l.add_paragraph()
        rr = p.add_run(txt); rr.bold = b; rr.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = l.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(number).font.size = Pt(size)
    r.text = ''
    p = r.paragraphs[0]
    rr = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); rr.bold = True; rr.font.size = Pt(size - 1)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); rr = p.add_run('Độc lập - Tự do - Hạnh phúc'); rr.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); p.add_run('_______________________')
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); rr = p.add_run(place_date); rr.italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def set_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def grid(table):
    table.style = 'Table Grid'


def signature(d, left_lines, title_lines, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.text = ''
    p = l.paragraphs[0]
    rr = p.add_run('Nơi nhận:'); rr.bold = True; rr.italic = True; rr.font.size = Pt(12)
    for x in left_lines:
        p = l.add_paragraph(); p.add_run(x).font.size = Pt(11)
    r.text = ''
    p = r.paragraphs[0]
    for i, x in enumerate(title_lines):
        if i:
            p = r.add_paragraph()
        rr = p.add_run(x); rr.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3):
        r.add_paragraph()
    p = r.add_paragraph(); rr = p.add_run(name); rr.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
