# Common helpers for the set117 generator (python-docx / openpyxl).
import hashlib, json, os, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')


def new_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, underline=False, space_after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, fmt) where fmt is a string of b/i/u."""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f
        r.italic = 'i' in f
        r.underline = 'u' in f
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


def cell_text(cell, lines, bold=False, italic=False, align='c', size=None):
    cell.text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            t, f = ln
        else:
            t, f = ln, ('b' if bold else '') + ('i' if italic else '')
        r = p.add_run(t)
        r.bold = 'b' in f
        r.italic = 'i' in f
        r.underline = 'u' in f
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def header_block(d, left, right, widths=(7, 10)):
    """Usual two-column national header in a borderless table."""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(widths[0])
    t.columns[1].width = Cm(widths[1])
    cell_text(t.cell(0, 0), left)
    cell_text(t.cell(0, 1), right)
    return t


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def write_truth(rep, path):
    fn = os.path.basename(path)
    key = {
        'file': fn,
        'sha256': sha(path),
        'status': 'rejected' if rep.get('rejected') else 'extracted',
        'reason': rep.get('rejected'),
        'unit': {'id': rep['unit'][0], 'name': rep['unit'][1]},
        'document': {'number': rep['number'], 'date': rep['date']},
        'entries': [] if rep.get('rejected') else [
            {'task': t['task'], 'status': t['status'], 'indicators': t.get('ind', {}),
             'text': t['keytext']} for t in rep['tasks']],
        'findings': [],
        'difficulties': [] if rep.get('rejected') else rep.get('diff', []),
        'proposals': [] if rep.get('rejected') else rep.get('prop', []),
    }
    with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def date_words(iso):
    y, m, d = iso.split('-')
    return f'ngày {d} tháng {m} năm {y}'
