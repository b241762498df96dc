import hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = []

UNITS = {
    'SO-ATTP': 'Sở An toàn thực phẩm', 'SO-XD': 'Sở Xây dựng', 'SO-NNMT': 'Sở Nông nghiệp và Môi trường',
    'SKHCN-TTPTTN': 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    'SO-CT': 'Sở Công Thương', 'SO-YT': 'Sở Y tế', 'SO-GDDT': 'Sở Giáo dục và Đào tạo',
    'SO-TP': 'Sở Tư pháp', 'SKHCN-CDS': 'Phòng Chuyển đổi số', 'SKHCN-VP': 'Văn phòng Sở Khoa học và Công nghệ',
    'SKHCN-KTPC': 'Phòng Kiểm tra – Pháp chế', 'SKHCN-QLKH': 'Phòng Quản lý Khoa học',
    '26842': 'Phường Tăng Nhơn Phú', '26590': 'Xã Bình Giã', '25771': 'Phường Chánh Hiệp',
    '26575': 'Xã Ngãi Giao', '25750': 'Phường Phú Lợi', '26686': 'Xã Phước Hải',
    '25768': 'Phường Phú An', '25891': 'Phường Tân Khánh',
}


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def key(fname, unit, number, date, entries, diffs=(), props=(), rejected=None, must=()):
    """entries: list of (task, status, indicators, text, source). must: extra strings check.py verifies."""
    path = os.path.join(ROOT, fname)
    k = {
        'file': fname, 'sha256': sha(path),
        'status': 'rejected' if rejected else 'extracted',
        'reason': rejected,
        'unit': {'id': unit, 'name': UNITS[unit]} if unit else None,
        'document': {'number': number, 'date': date},
        'entries': [] if rejected else [
            {'task': t, 'status': s, 'indicators': ind, 'text': tx, 'source': src}
            for (t, s, ind, tx, src) in entries],
        'difficulties': list(diffs), 'proposals': list(props), 'findings': [],
    }
    with open(os.path.join(ROOT, 'truth', fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=1)
    KEYS.append(k)
    return k


def base_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.page_height = Cm(29.7); s.page_width = Cm(21)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text='', bold=False, italic=False, align=None, indent=None, size=None, space_after=None, cell=None):
    p = (cell.add_paragraph() if cell is not None else d.add_paragraph())
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, bold, italic)"""
    for t, b, i in parts:
        r = p.add_run(t); r.bold = b; r.italic = i
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


def header_block(d, left_lines, right_lines, size=13):
    """left_lines/right_lines: list of (text, bold, italic)"""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for cell, lines in ((t.cell(0, 0), left_lines), (t.cell(0, 1), right_lines)):
        cell.paragraphs[0].text = ''
        first = True
        for txt, b, i in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(size)
    return t


def set_cell(cell, text, bold=False, align=None, size=None, italic=False):
    cell.text = ''
    lines = str(text).split('\n')
    for n, line in enumerate(lines):
        p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        r = p.add_run(line); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)
