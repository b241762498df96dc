"""Shared helpers for set17 generators."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH = os.path.join(ROOT, 'truth')

AG = {
    'SKHCN-CCTDC': 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    'SKHCN-VP': 'Văn phòng Sở Khoa học và Công nghệ',
    'SKHCN-KTPC': 'Phòng Kiểm tra – Pháp chế',
    'SKHCN-CDS': 'Phòng Chuyển đổi số',
    'SKHCN-QLKH': 'Phòng Quản lý Khoa học',
    'SKHCN-TTPTTN': 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    'SKHCN-TTCNTT': 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
    'SO-YT': 'Sở Y tế', 'SO-ATTP': 'Sở An toàn thực phẩm', 'SO-CT': 'Sở Công Thương',
    '26740': 'Phường Sài Gòn', '26911': 'Phường Bình Quới', '27073': 'Phường Phú Nhuận',
    '27022': 'Phường Phú Thọ Hòa', '27655': 'Xã Nhà Bè',
}


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def E(task, status, ind=None, text='', source=''):
    return {'task': task, 'status': status, 'indicators': ind or {}, 'text': text, 'source': source}


def write_key(fname, unit_id, number, date, entries, diffs=(), props=(), rejected=None, findings=()):
    path = os.path.join(ROOT, fname)
    key = {
        'file': fname,
        'sha256': sha(path),
        'status': 'rejected' if rejected else 'extracted',
        'reason': rejected,
        'unit': {'id': unit_id, 'name': AG[unit_id]} if unit_id else None,
        'document': {'number': number, 'date': date},
        'entries': [] if rejected else entries,
        'difficulties': [] if rejected else list(diffs),
        'proposals': [] if rejected else list(props),
        'findings': list(findings),
    }
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def lo_resave(path, fmt):
    """Re-save through LibreOffice, as some users do (fmt: 'xlsx:Calc MS Excel 2007 XML')."""
    d = tempfile.mkdtemp()
    subprocess.run(['nice', '-n', '10', 'soffice', '-env:UserInstallation=file:///tmp/lo_set17',
                    '--headless', '--convert-to', fmt, '--outdir', d, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    out = os.path.join(d, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(d, ignore_errors=True)


# ---------- docx helpers ----------
def new_doc(font='Times New Roman', size=13, landscape=False):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    if landscape:
        sec.page_height, sec.page_width = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc


def para(doc, text='', bold=False, italic=False, align=None, size=None, indent=None, space_after=4):
    p = doc.add_paragraph()
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
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc, parts, align='j', indent=1.0):
    """parts: list of (text, style) with style in '', 'b', 'i', 'bi'."""
    p = doc.add_paragraph()
    for t, s in parts:
        r = p.add_run(t)
        r.bold = 'b' in s
        r.italic = 'i' in s
    if align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(4)
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


def header_block(doc, left, right_date, number, left_bold_from=1):
    """left: list of lines; last line(s) bold from index left_bold_from."""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c1, c2 = t.rows[0].cells
    c1.paragraphs[0].text = ''
    for i, line in enumerate(left):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        r = p.add_run(line)
        r.bold = i >= left_bold_from
        r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.add_paragraph()
    p.add_run(number).font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (line, b) in enumerate([('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True), ('', False)]):
        p = c2.paragraphs[0] if i == 0 else c2.add_paragraph()
        r = p.add_run(line)
        r.bold = b
        r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c2.add_paragraph()
    r = p.add_run(right_date)
    r.italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), hexcolor)
    tcPr.append(sh)


def cell_text(cell, text, bold=False, align=None, size=None, italic=False):
    cell.text = ''
    lines = text.split('\n')
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def signature(doc, left_lines, title_lines, name):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c1, c2 = t.rows[0].cells
    for i, line in enumerate(left_lines):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(11 if i else 12)
        if i == 0:
            r.bold = r.italic = True
    for i, line in enumerate(title_lines + ['', '', '', name]):
        p = c2.paragraphs[0] if i == 0 else c2.add_paragraph()
        r = p.add_run(line)
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
