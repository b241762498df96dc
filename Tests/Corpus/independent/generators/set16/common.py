# Shared helpers for set16 generators (python-docx / openpyxl).
import hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
TRUTH = os.path.join(OUT, 'truth')
C, L, R, J = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
              WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY)

def new_doc(font='Times New Roman', size=13, left=3.0, right=2.0, top=2.0, bottom=2.0, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    pf = st.paragraph_format; pf.space_after = Pt(4); pf.space_before = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    if landscape:
        from docx.enum.section import WD_ORIENT
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(left), Cm(right), Cm(top), Cm(bottom)
    return d

def para(d, text='', bold=False, italic=False, align=None, indent=None, size=None, style=None, underline=False, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(d, parts, align=J, indent=None, style=None):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    p.alignment = align
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align is not None: p.alignment = align
    return cell

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)

def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(widths_cm): gc.set(qn('w:w'), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)

def header_block(d, left, right, widths=(6.5, 9.5), size=12):
    """left/right: lists of (text, bold, italic)"""
    n = max(len(left), len(right))
    t = d.add_table(rows=1, cols=2); no_borders(t)
    for col, lines in ((0, left), (1, right)):
        c = t.rows[0].cells[col]; c.text = ''
        for i, (tx, b, it) in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            p.alignment = C; p.paragraph_format.space_after = Pt(0)
            r = p.add_run(tx); r.bold = b; r.italic = it; r.font.size = Pt(size)
    set_widths(t, widths)
    return t

def grid_table(d, rows, widths=None, header_rows=1, size=12, style='Table Grid', bold_first_col=False, aligns=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None: continue
            al = None
            if aligns: al = aligns[j]
            if i < header_rows: al = C
            cell_text(t.rows[i].cells[j], str(v), bold=(i < header_rows) or (bold_first_col and j == 0), size=size, align=al)
    if widths: set_widths(t, widths)
    return t

def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()

def write_key(fname, unit, number, date, entries, diffs=(), props=(), status='extracted', reason=None, findings=()):
    path = os.path.join(OUT, fname)
    key = {
        'file': fname, 'sha256': sha(path), 'status': status, 'reason': reason,
        'unit': unit, 'document': ({'number': number, 'date': date} if status == 'extracted' or number or date else None),
        'entries': [dict(task=e[0], status=e[1], indicators=e[2], text=e[3], source=(e[4] if len(e) > 4 else None)) for e in entries],
        'difficulties': list(diffs), 'proposals': list(props), 'findings': list(findings),
    }
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(TRUTH, stem + '.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return key

AG = {
 'SKHCN-CCTDC': 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
 'SKHCN-VP': 'Văn phòng Sở Khoa học và Công nghệ',
 'SKHCN-KTPC': 'Phòng Kiểm tra – Pháp chế',
 'SKHCN-CDS': 'Phòng Chuyển đổi số',
 'SKHCN-QLKH': 'Phòng Quản lý Khoa học',
 'SKHCN-TTPTTN': 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
 'SKHCN-TTCNTT': 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
 'VP-UBND': 'Văn phòng Ủy ban nhân dân Thành phố', 'SO-NV': 'Sở Nội vụ', 'SO-TP': 'Sở Tư pháp',
 'SO-TC': 'Sở Tài chính', 'THANHTRA-TP': 'Thanh tra Thành phố', 'SO-XD': 'Sở Xây dựng',
 'SO-NNMT': 'Sở Nông nghiệp và Môi trường', 'SO-GDDT': 'Sở Giáo dục và Đào tạo', 'SO-YT': 'Sở Y tế',
 'SO-ATTP': 'Sở An toàn thực phẩm', 'SO-CT': 'Sở Công Thương', 'SO-VHTT': 'Sở Văn hóa và Thể thao',
 'SO-DL': 'Sở Du lịch', 'SO-DTTG': 'Sở Dân tộc và Tôn giáo', 'SO-QHKT': 'Sở Quy hoạch - Kiến trúc',
}
def unit(uid):
    return {'id': uid, 'name': AG[uid]}
