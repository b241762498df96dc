"""Shared helpers for set15 generators (python-docx / openpyxl)."""
import csv, hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CSV = '/work/shared/data/communes-2025.csv'
NAMES = {r['code']: r['name'] for r in csv.DictReader(open(CSV, encoding='utf-8')) if r['province_code'] == '79'}
KEYS = []  # (fname, key-without-sha)


def new_doc(size=13, font='Times New Roman'):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.top_margin = Cm(2); s.bottom_margin = Cm(2); s.left_margin = Cm(3); s.right_margin = Cm(1.5)
    return d


def para(d, text='', bold=False, italic=False, align=None, indent=None, size=None, style=None, strike=False, space_after=4):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.strike = strike
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, align='j', indent=1.0):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(4)
    return p


def cell_text(cell, lines, size=13, align='c'):
    cell.text = ''
    first = True
    for t, b, i in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t); r.bold = b; r.italic = i; r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def header(d, left, right, widths=(6.5, 10)):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w); t.rows[0].cells[i].width = Cm(w)
    cell_text(t.rows[0].cells[0], left, 13)
    cell_text(t.rows[0].cells[1], right, 13)
    return t


def grid(t):
    tblPr = t._tbl.tblPr
    from docx.oxml import OxmlElement
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), '4'); x.set(qn('w:color'), '000000'); b.append(x)
    tblPr.append(b)


def E(task, status, indicators=None, text='', source=''):
    return {'task': task, 'status': status, 'indicators': indicators or {}, 'text': text, 'source': source}


def key(fname, unit, number, date, entries, diffs=(), props=(), rejected=None):
    k = {'file': fname, 'sha256': None,
         'status': 'rejected' if rejected else 'extracted',
         'reason': rejected,
         'unit': {'id': unit, 'name': NAMES[unit]} if unit else None,
         'document': {'number': number, 'date': date},
         'entries': [] if rejected else entries,
         'difficulties': list(diffs), 'proposals': list(props), 'findings': []}
    KEYS.append(k)
    return k


def write_keys():
    for k in KEYS:
        path = os.path.join(SET, k['file'])
        k['sha256'] = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        with open(os.path.join(SET, 'truth', k['file'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
