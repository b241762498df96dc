from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
THIN = Side(style='thin'); BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F = 'Times New Roman'


def put(ws, ref, v, bold=False, italic=False, size=12, h='left', wrap=True, border=False, fmt=None):
    c = ws[ref]; c.value = v
    c.font = Font(name=F, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(horizontal=h, vertical='center', wrap_text=wrap)
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c


def merge_put(ws, rng, v, **kw):
    ws.merge_cells(rng)
    first = rng.split(':')[0]
    put(ws, first, v, **kw)
    if kw.get('border'):
        for row in ws[rng]:
            for c in row: c.border = BOX
