# Shared helpers for set5 generators (python-docx / openpyxl + a little raw OOXML).
import hashlib, json, os, re, shutil, subprocess, tempfile, copy
from docx import Document
from docx.shared import Pt, Cm, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH = os.path.join(ROOT, 'truth')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def new_doc(font='Times New Roman', size=13, margins=(20, 20, 30, 15)):
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
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins]
    return d


def para(d_or_cell, text='', bold=False, italic=False, align=None, size=None, indent=None,
         after=None, before=None, style=None, underline=False):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, underline=underline)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    return p


def add_runs(p, text, bold=False, italic=False, size=None, underline=False):
    """text may contain **bold** segments and [[FN:n]] footnote markers."""
    parts = re.split(r'(\*\*.+?\*\*|\[\[FN:\d+\]\])', text)
    for part in parts:
        if not part:
            continue
        m = re.match(r'\[\[FN:(\d+)\]\]', part)
        if m:
            r = p.add_run()
            rpr = OxmlElement('w:rPr')
            va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript'); rpr.append(va)
            r._r.append(rpr)
            fr = OxmlElement('w:footnoteReference'); fr.set(qn('w:id'), m.group(1))
            r._r.append(fr)
            continue
        b = bold
        if part.startswith('**') and part.endswith('**'):
            part = part[2:-2]; b = True
        r = p.add_run(part)
        r.bold = b or None
        r.italic = italic or None
        if underline:
            r.underline = True
        if size:
            r.font.size = Pt(size)
    return p


def add_footnotes(doc, notes):
    """notes: dict id -> text. Adds a real word/footnotes.xml part."""
    body = ['<w:footnotes xmlns:w="%s">' % W,
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    from xml.sax.saxutils import escape
    for i, t in notes.items():
        body.append('<w:footnote w:id="%d"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
                    '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/></w:rPr>'
                    '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, escape(t)))
    body.append('</w:footnotes>')
    xml = ''.join(body).encode('utf-8')
    part = Part(PackURI('/word/footnotes.xml'),
                'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                xml, doc.part.package)
    doc.part.relate_to(part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes')


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


def grid(table):
    table.style = 'Table Grid'


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, ln, bold=bold, italic=italic, size=size)
        if align is not None:
            p.alignment = align


def header_block(d, left, right, left_bold_from=1, rule=True, size=13):
    """left/right: lists of lines. left lines >= left_bold_from are bold; right line 0,1 bold,
    right lines after the 2nd are italic."""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.text = ''; c1.text = ''
    for i, ln in enumerate(left):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        add_runs(p, ln, bold=(i >= left_bold_from and not ln.startswith('Số')), size=size)
        p.alignment = CENTER
    for i, ln in enumerate(right):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        add_runs(p, ln, bold=(i < 2), italic=(i >= 2 and ln.strip() != ''), size=size)
        p.alignment = CENTER
    return t


def merge_row(table, ridx, text, bold=True, italic=False):
    row = table.rows[ridx]
    a = row.cells[0].merge(row.cells[-1])
    cell_text(a, text, bold=bold, italic=italic)
    return a


def sha256(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def lo_resave(path, kind):
    """Round-trip a file through LibreOffice, replacing it in place."""
    flt = {'docx': 'docx:MS Word 2007 XML', 'xlsx': 'xlsx:Calc MS Excel 2007 XML'}[kind]
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    src = os.path.join(tmp, 'in_' + os.path.basename(path))
    shutil.copy(path, src)
    out = tempfile.mkdtemp()
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless',
                    '--convert-to', flt, '--outdir', out, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    res = os.path.join(out, os.path.basename(src))
    shutil.move(res, path)
    shutil.rmtree(tmp); shutil.rmtree(prof); shutil.rmtree(out)


class Key:
    def __init__(self, file, unit_id, unit_name, number, date, status='extracted', reason=None):
        self.d = {'file': file, 'sha256': None, 'status': status, 'reason': reason,
                  'unit': {'id': unit_id, 'name': unit_name} if unit_id or unit_name else None,
                  'document': {'number': number, 'date': date},
                  'entries': [], 'difficulties': [], 'proposals': [], 'findings': []}

    def entry(self, task, status, ind=None, text='', source=''):
        text = re.sub(r'\[\[FN:\d+\]\]', '', text).replace('**', '').strip()
        self.d['entries'].append({'task': task, 'status': status, 'indicators': ind or {},
                                  'text': text, 'source': source})

    def diff(self, *items):
        self.d['difficulties'].extend(items)

    def prop(self, *items):
        self.d['proposals'].extend(items)

    def finding(self, sev, code, msg, source=''):
        self.d['findings'].append({'severity': sev, 'code': code, 'message': msg, 'source': source})

    def write(self):
        path = os.path.join(ROOT, self.d['file'])
        self.d['sha256'] = sha256(path)
        os.makedirs(TRUTH, exist_ok=True)
        with open(os.path.join(TRUTH, self.d['file'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(self.d, f, ensure_ascii=False, indent=2)


def set_col_widths(table, widths):
    """Set widths both on the grid (LibreOffice reads this) and on each cell (Word)."""
    table.autofit = False
    grid_el = table._tbl.tblGrid
    for gc, w in zip(grid_el.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips if hasattr(w, 'twips') else w / 635)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = widths[j]
