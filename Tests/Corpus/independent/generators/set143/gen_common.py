# -*- coding: utf-8 -*-
"""Shared helpers for set143 generator (docx / xlsx builders, truth writer)."""
import hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'

# ---------------------------------------------------------------- DOCX
def new_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(0)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return d


def run(p, text, b=False, i=False, u=False, size=None):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = b, i, u
    if size:
        r.font.size = Pt(size)
    return r


def para(d, text='', b=False, i=False, align=None, indent=None, after=4, size=None, parts=None, before=0):
    p = d.add_paragraph()
    if parts:
        for t, fmt in parts:
            run(p, t, b='b' in fmt, i='i' in fmt, u='u' in fmt, size=size)
    elif text:
        run(p, text, b=b, i=i, size=size)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(c, text, b=False, i=False, align=None, size=None):
    c.text = ''
    lines = text.split('\n')
    p = c.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = c.add_paragraph()
        run(p, ln, b=b, i=i, size=size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def header_block(d, left, right, left_b=None, size=None):
    """Two-column borderless header: left lines (unit), right lines (quốc hiệu)."""
    t = d.add_table(rows=1, cols=2)
    t.autofit = True
    for col, lines in ((0, left), (1, right)):
        c = t.rows[0].cells[col]
        c.text = ''
        for k, (ln, fmt) in enumerate(lines):
            p = c.paragraphs[0] if k == 0 else c.add_paragraph()
            run(p, ln, b='b' in fmt, i='i' in fmt, u='u' in fmt, size=size)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def grid_table(d, rows, widths=None, bold_rows=(0,), size=None, align_num=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell_text(t.rows[r].cells[c], str(val), b=(r in bold_rows), size=size,
                      align='c' if r in bold_rows else None)
    if widths:
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = Cm(w)
    return t


# ---------------------------------------------------------------- XLSX
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xcell(ws, ref, val, b=False, i=False, wrap=True, h=None, v='top', fill=None, border=True, size=None, fmt=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name='Times New Roman', bold=b, italic=i, size=size or 12)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical=v)
    if border:
        c.border = BOX
    if fill:
        c.fill = PatternFill('solid', fgColor=fill)
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------- truth
def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def write_truth(fname, unit_id, unit_name, number, date, entries, diffs, props, rejected=None):
    path = os.path.join(OUT, fname)
    obj = {
        'file': fname,
        'sha256': sha(path),
        'status': 'rejected' if rejected else 'extracted',
        'reason': rejected,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [] if rejected else [
            {'task': t, 'status': s, 'indicators': ind, 'text': tx} for (t, s, ind, tx) in entries],
        'findings': [],
        'difficulties': [] if rejected else diffs,
        'proposals': [] if rejected else props,
    }
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
