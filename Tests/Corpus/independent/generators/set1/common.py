# -*- coding: utf-8 -*-
"""Shared helpers for writing the unseen set-1 reports (python-docx / openpyxl + raw XML)."""
import copy, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT


def nfd(s):
    return unicodedata.normalize('NFD', s)


class Doc:
    """A Word document in one officer's hand: font, size, legacy font declarations."""

    def __init__(self, font='Times New Roman', size=14, legacy_font=None, margins=(2, 2, 3, 1.5)):
        self.d = Document()
        self.font = legacy_font or font
        self.size = size
        st = self.d.styles['Normal']
        st.font.size = Pt(size)
        self._fonts(st.element.get_or_add_rPr(), self.font)
        for s in self.d.sections:
            s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
            s.page_height, s.page_width = Cm(29.7), Cm(21)
        pf = st.paragraph_format
        pf.space_after = Pt(3)
        pf.space_before = Pt(0)

    @staticmethod
    def _fonts(rPr, name):
        rf = rPr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts')
            rPr.insert(0, rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), name)

    def run(self, p, text, bold=False, italic=False, size=None, underline=False):
        parts = text.split('\n')
        r = None
        for i, part in enumerate(parts):
            r = p.add_run(part)
            r.bold = bold or None
            r.italic = italic or None
            r.underline = underline or None
            if size:
                r.font.size = Pt(size)
            self._fonts(r._r.get_or_add_rPr(), self.font)
            if i < len(parts) - 1:
                r.add_break()
        return r

    def p(self, text='', bold=False, italic=False, align=None, indent=None, size=None, style=None,
          first=None, after=None, container=None):
        c = container if container is not None else self.d
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        if align is not None:
            par.alignment = align
        if indent is not None:
            par.paragraph_format.left_indent = Cm(indent)
        if first is not None:
            par.paragraph_format.first_line_indent = Cm(first)
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        if text:
            self.run(par, text, bold, italic, size)
        return par

    def mixed(self, segments, align=JUSTIFY, first=1.0, style=None, container=None):
        """segments: list of (text, bold, italic)."""
        par = self.p(align=align, first=first, style=style, container=container)
        for seg in segments:
            t, b, i = (list(seg) + [False, False])[:3]
            self.run(par, t, b, i)
        return par

    def tracked(self, par, pre, old, new, post, author='Nguyen Van A', date='2026-10-29T09:12:00Z'):
        """Write pre + <del>old</del><ins>new</ins> + post as tracked changes."""
        self.run(par, pre)
        rid = 900 + len(par._p)
        d = OxmlElement('w:del')
        d.set(qn('w:id'), str(rid)); d.set(qn('w:author'), author); d.set(qn('w:date'), date)
        r = OxmlElement('w:r')
        rPr = OxmlElement('w:rPr'); self._fonts(rPr, self.font); r.append(rPr)
        dt = OxmlElement('w:delText'); dt.set(qn('xml:space'), 'preserve'); dt.text = old
        r.append(dt); d.append(r); par._p.append(d)
        ins = OxmlElement('w:ins')
        ins.set(qn('w:id'), str(rid + 1)); ins.set(qn('w:author'), author); ins.set(qn('w:date'), date)
        r2 = OxmlElement('w:r')
        rPr2 = OxmlElement('w:rPr'); self._fonts(rPr2, self.font); r2.append(rPr2)
        t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = new
        r2.append(t); ins.append(r2); par._p.append(ins)
        self.run(par, post)
        return par

    def cell(self, c, text, bold=False, italic=False, align=None, size=None):
        par = c.paragraphs[0]
        if align is not None:
            par.alignment = align
        if text:
            self.run(par, text, bold, italic, size)
        return par

    def header_table(self, left, right, widths=(6.5, 9.5)):
        """left/right: lists of (text, bold, italic, underline) lines in a borderless table."""
        t = self.d.add_table(rows=1, cols=2)
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for i, (col, lines) in enumerate(((0, left), (1, right))):
            c = t.rows[0].cells[col]
            c.width = Cm(widths[i])
            first = True
            for ln in lines:
                text, b, it, u = (list(ln) + [False, False, False])[:4]
                par = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                par.alignment = CENTER
                par.paragraph_format.space_after = Pt(0)
                r = self.run(par, text, b, it, size=self.size - 1 if not b else self.size - 1)
                if u:
                    r.underline = True
        return t

    def nonbreaking_cells(self, table):
        pass

    def save(self, path):
        self.d.save(path)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hex_fill)
    tcPr.append(shd)


def vn_date(day, month, year=2026, pad=True):
    d = f'{day:02d}' if pad else str(day)
    m = f'{month:02d}' if pad and month < 3 else str(month)
    return f'ngày {d} tháng {m} năm {year}'
