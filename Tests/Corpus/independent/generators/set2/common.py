"""Shared helpers for the set2 generators: Word building blocks, Excel helpers, truth records."""
import csv
import datetime
import hashlib
import json
import os
import re
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

OUT = '/work/unseen/set2'
AGENCIES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        AGENCIES[row['id']] = row['name']

TRUTHS = []  # filled by the hand modules: dicts without sha256


def nfc(s):
    return unicodedata.normalize('NFC', s)


# --------------------------------------------------------------------------- truth
def E(task, status, **ind):
    return {"task": task, "status": status, "indicators": dict(ind)}


def truth(fname, unit_id, number, date, entries, difficulties, proposals):
    TRUTHS.append({
        "file": nfc(fname), "status": "extracted", "reason": None,
        "unit": {"id": unit_id, "name": AGENCIES[unit_id]},
        "document": {"number": number, "date": date},
        "entries": entries,
        "difficulties": [nfc(x) for x in difficulties],
        "proposals": [nfc(x) for x in proposals],
    })


def truth_rejected(fname):
    TRUTHS.append({
        "file": nfc(fname), "status": "rejected", "reason": "not a report of this plan",
        "unit": None, "document": None, "entries": [], "difficulties": [], "proposals": [],
    })


def write_truths():
    for t in TRUTHS:
        p = os.path.join(OUT, t['file'])
        with open(p, 'rb') as f:
            sha = hashlib.sha256(f.read()).hexdigest()
        rec = {"file": t['file'], "sha256": sha}
        rec.update({k: v for k, v in t.items() if k != 'file'})
        with open(os.path.join(OUT, 'truth', t['file'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------- docx
def new_doc(size=14, left=30, right=20, top=20, bottom=20, font='Times New Roman'):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.space_before = Pt(0)
    for sname in ('List Bullet', 'List Number'):
        s = d.styles[sname]
        s.font.name = font
        s.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(left), Mm(right)
    sec.top_margin, sec.bottom_margin = Mm(top), Mm(bottom)
    return d


ALIGN = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER,
         'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}


def _runs(p, text, bold=False, italic=False, size=None):
    """Add text to paragraph p. '**x**' toggles bold, '__x__' toggles italic, '\n' is a line break."""
    text = nfc(text)
    parts = re.split(r'(\*\*|__|\n)', text)
    b, i = bold, italic
    last = None
    for part in parts:
        if part == '**':
            b = not b
            continue
        if part == '__':
            i = not i
            continue
        if part == '\n':
            r = p.add_run()
            r.add_break()
            continue
        if not part:
            continue
        r = p.add_run(part)
        r.bold = b
        r.italic = i
        if size:
            r.font.size = Pt(size)
        last = r
    return last


def para(d, text, align='j', indent=1.0, bold=False, italic=False, size=None, after=6, before=0,
         style=None, keep=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Cm(indent)
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    _runs(p, text, bold=bold, italic=italic, size=size)
    return p


def head(d, text, align='j', indent=1.0, size=None, bold=True, before=6):
    return para(d, text, align=align, indent=indent, bold=bold, size=size, before=before)


def bullet(d, text):
    """Word automatic bullet (List Bullet style): the text carries no dash."""
    p = d.add_paragraph(style='List Bullet')
    p.alignment = ALIGN['j']
    _runs(p, text)
    return p


def numbered(d, text):
    """Word automatic numbering (List Number style)."""
    p = d.add_paragraph(style='List Number')
    p.alignment = ALIGN['j']
    _runs(p, text)
    return p


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def _cell_text(cell, text, bold=False, italic=False, align='c', size=None):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(0)
    lines = nfc(text).split('\n\n')
    for k, block in enumerate(lines):
        if k:
            p = cell.add_paragraph()
            p.alignment = ALIGN[align]
            p.paragraph_format.space_after = Pt(0)
        _runs(p, block, bold=bold, italic=italic, size=size)


def rule(cell_or_doc, length='______________', align='c'):
    if hasattr(cell_or_doc, 'add_paragraph'):
        p = cell_or_doc.add_paragraph()
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(length)
    r.font.size = Pt(8)
    return p


def header_block(d, left, right_top='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', so=None, date_line=None,
                 size=13, left_rule=True, widths=(6.5, 9.5)):
    """left: list of (text, bold) lines. so: text after 'Số: ' or None (no number line)."""
    t = d.add_table(rows=2, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.text = ''
    p = c.paragraphs[0]
    p.alignment = ALIGN['c']
    p.paragraph_format.space_after = Pt(0)
    for k, (line, b) in enumerate(left):
        if k:
            p = c.add_paragraph()
            p.alignment = ALIGN['c']
            p.paragraph_format.space_after = Pt(0)
        _runs(p, line, bold=b, size=size)
    if left_rule:
        rule(c, '__________')
    c = t.cell(0, 1)
    c.text = ''
    p = c.paragraphs[0]
    p.alignment = ALIGN['c']
    p.paragraph_format.space_after = Pt(0)
    _runs(p, right_top, bold=True, size=size - 1 if size > 12 else size)
    p = c.add_paragraph()
    p.alignment = ALIGN['c']
    p.paragraph_format.space_after = Pt(0)
    _runs(p, 'Độc lập - Tự do - Hạnh phúc', bold=True, size=size + 1)
    rule(c, '______________________________')
    c = t.cell(1, 0)
    _cell_text(c, ('Số: ' + so) if so is not None else '', size=size)
    c = t.cell(1, 1)
    _cell_text(c, date_line or '', italic=True, size=size + 1)
    for row in t.rows:
        row.cells[0].width = Cm(widths[0])
        row.cells[1].width = Cm(widths[1])
    d.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def title(d, kind, lines, size=14):
    para(d, kind, align='c', indent=0, bold=True, size=size, after=0)
    for ln in lines:
        para(d, ln, align='c', indent=0, bold=True, size=size, after=0)
    rule(d, '____________')
    d.add_paragraph().paragraph_format.space_after = Pt(0)


def kinh_gui(d, recipients, size=14):
    if len(recipients) == 1:
        para(d, 'Kính gửi: ' + recipients[0], align='c', indent=0, size=size)
    else:
        t = d.add_table(rows=1, cols=2)
        _no_borders(t)
        _cell_text(t.cell(0, 0), 'Kính gửi:', align='r', size=size)
        _cell_text(t.cell(0, 1), '\n\n'.join(recipients), align='l', size=size)
        t.cell(0, 0).width = Cm(4)
        t.cell(0, 1).width = Cm(11)
        d.add_paragraph().paragraph_format.space_after = Pt(0)


def closing(d, noi_nhan, sign_lines, signer, size=13):
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    c = t.cell(0, 0)
    c.text = ''
    p = c.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    _runs(p, 'Nơi nhận:', bold=True, italic=True, size=12)
    for item in noi_nhan:
        p = c.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        _runs(p, item, size=11)
    c = t.cell(0, 1)
    c.text = ''
    p = c.paragraphs[0]
    p.alignment = ALIGN['c']
    p.paragraph_format.space_after = Pt(0)
    for k, ln in enumerate(sign_lines):
        if k:
            p = c.add_paragraph()
            p.alignment = ALIGN['c']
            p.paragraph_format.space_after = Pt(0)
        _runs(p, ln, bold=True, size=size)
    for _ in range(3):
        c.add_paragraph().paragraph_format.space_after = Pt(0)
    p = c.add_paragraph()
    p.alignment = ALIGN['c']
    _runs(p, signer, bold=True, size=size)
    t.cell(0, 0).width = Cm(7.5)
    t.cell(0, 1).width = Cm(8.5)


def grid(d, rows, widths=None, header_rows=1, size=12, merges=(), aligns=None, bold_rows=()):
    """rows: list of lists of str. merges: ((r1,c1),(r2,c2)) pairs; text of the top-left cell is kept."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for ci, txt in enumerate(row):
            if txt is None:
                continue
            al = 'c'
            if aligns and r >= header_rows:
                al = aligns[ci]
            _cell_text(t.cell(r, ci), txt, bold=(r < header_rows or r in bold_rows), align=al, size=size)
    for (a, b) in merges:
        keep = t.cell(*a).text
        m = t.cell(*a).merge(t.cell(*b))
        # merge concatenates paragraphs; rewrite with the kept text
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        bold = a[0] < header_rows or a[0] in bold_rows
        al = 'c' if (a[0] < header_rows or not aligns) else aligns[a[1]]
        _cell_text(m, keep, bold=bold, align=al, size=size)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                try:
                    row.cells[ci].width = Cm(w)
                except IndexError:
                    pass
    d.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def tracked(d, before, old, new, after, author='Nguyễn Thị Lan', date='2026-09-24T16:05:00Z', indent=1.0):
    """Paragraph with a tracked replacement: <w:del>old</w:del><w:ins>new</w:ins>."""
    p = d.add_paragraph()
    p.alignment = ALIGN['j']
    p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(6)
    _runs(p, before)
    dl = OxmlElement('w:del')
    dl.set(qn('w:id'), '901')
    dl.set(qn('w:author'), nfc(author))
    dl.set(qn('w:date'), date)
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = nfc(old)
    r.append(t)
    dl.append(r)
    p._p.append(dl)
    ins = OxmlElement('w:ins')
    ins.set(qn('w:id'), '902')
    ins.set(qn('w:author'), nfc(author))
    ins.set(qn('w:date'), date)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = nfc(new)
    r.append(t)
    ins.append(r)
    p._p.append(ins)
    _runs(p, after)
    return p


def comment_on(d, p, text, author, initials):
    runs = [r for r in p.runs if r.text.strip()]
    if runs:
        d.add_comment(runs, text=nfc(text), author=nfc(author), initials=initials)


def save(d, fname):
    path = os.path.join(OUT, nfc(fname))
    d.core_properties.author = ''
    d.save(path)
    return path


# --------------------------------------------------------------------------- xlsx helpers
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_cell(ws, ref, value, bold=False, italic=False, size=12, align='center', wrap=True, border=False,
            valign='center'):
    c = ws[ref]
    c.value = nfc(value) if isinstance(value, str) else value
    c.font = Font(name='Times New Roman', size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def xl_merge(ws, rng, value, **kw):
    first = rng.split(':')[0]
    xl_cell(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get('border'):
        from openpyxl.utils import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(row=r, column=c).border = BOX


def xl_save(wb, fname):
    path = os.path.join(OUT, nfc(fname))
    wb.properties.creator = 'Administrator'
    wb.save(path)
    return path
