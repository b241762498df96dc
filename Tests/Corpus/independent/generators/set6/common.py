"""Shared helpers for set6 generators."""
import hashlib, json, os, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH = os.path.join(ROOT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

UNITS = {}
for line in open('/work/shared/data/communes-2025.csv', encoding='utf-8').read().splitlines()[1:]:
    c = line.split(',')
    if c[3] == '79':
        UNITS[c[0]] = c[1]
for line in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]:
    c = line.split(',')
    UNITS[c[0]] = c[1]


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def write_key(fname, unit_id, number, date, entries, difficulties, proposals,
              status='extracted', reason=None, findings=None):
    path = os.path.join(ROOT, fname)
    key = {
        'file': fname,
        'sha256': sha(path),
        'status': status,
        'reason': reason,
        'unit': ({'id': unit_id, 'name': UNITS[unit_id]} if unit_id else None),
        'document': {'number': number, 'date': date},
        'entries': entries,
        'difficulties': difficulties,
        'proposals': proposals,
        'findings': findings or [],
    }
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
    return key


def E(task, status, indicators=None, text='', source=''):
    return {'task': task, 'status': status, 'indicators': indicators or {},
            'text': text, 'source': source}


def new_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=None, space_after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def header_block(d, left1, left2, number, place_date, right_italic=True, size=13):
    t = d.add_table(rows=3, cols=2)
    cell_text(t.cell(0, 0), left1, align='c', size=size)
    cell_text(t.cell(1, 0), left2, bold=True, align='c', size=size)
    cell_text(t.cell(2, 0), number, align='c', size=size)
    cell_text(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='c', size=size - 1)
    cell_text(t.cell(1, 1), 'Độc lập - Tự do - Hạnh phúc', bold=True, align='c', size=size)
    cell_text(t.cell(2, 1), place_date, italic=right_italic, align='c', size=size)
    return t


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


_rev = [100]
def tracked(p, old, new, author='Nhung', date='2026-10-19T08:12:00Z', bold=False):
    """Append a tracked deletion of `old` then insertion of `new` to paragraph p."""
    _rev[0] += 1
    if old:
        de = OxmlElement('w:del'); de.set(qn('w:id'), str(_rev[0])); de.set(qn('w:author'), author); de.set(qn('w:date'), date)
        r = OxmlElement('w:r')
        if bold:
            rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
        dt = OxmlElement('w:delText'); dt.text = old; dt.set(qn('xml:space'), 'preserve'); r.append(dt); de.append(r)
        p._p.append(de)
    _rev[0] += 1
    if new:
        ins = OxmlElement('w:ins'); ins.set(qn('w:id'), str(_rev[0])); ins.set(qn('w:author'), author); ins.set(qn('w:date'), date)
        r = OxmlElement('w:r')
        if bold:
            rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
        t = OxmlElement('w:t'); t.text = new; t.set(qn('xml:space'), 'preserve'); r.append(t); ins.append(r)
        p._p.append(ins)


def run(p, text, bold=False, italic=False):
    r = p.add_run(text); r.bold = bold; r.italic = italic; return r


def tracked_para(d, parts, indent=1, align='j', author='Nhung', date='2026-10-19T08:12:00Z'):
    """parts: list of str or (old,new) tuples."""
    p = para(d, align=align, indent=indent)
    for x in parts:
        if isinstance(x, tuple):
            tracked(p, x[0], x[1], author=author, date=date)
        else:
            run(p, x)
    return p


def plain_of(parts):
    return ''.join(x if isinstance(x, str) else x[1] for x in parts)


def set_core(doc, author, title=None):
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    if title: doc.core_properties.title = title
