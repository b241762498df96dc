# -*- coding: utf-8 -*-
"""Generator for set 139. Builds the files, caches formula values, re-saves two through LibreOffice,
writes the keys in truth/."""
import zlib, hashlib, json, os, random, re, shutil, subprocess, sys, tempfile, zipfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data139 import UNITS

OUT = HERE
TRUTH = os.path.join(HERE, 'truth')
os.makedirs(TRUTH, exist_ok=True)

ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']


def vdate(iso):
    y, m, d = iso.split('-')
    return d, m, y


def dec_vn(x, maxd=3):
    """12.5 -> '12,5'; 187.3 -> '187,3'; 3480 -> '3.480'"""
    s = ('%.*f' % (maxd, x)).rstrip('0').rstrip('.')
    if '.' in s:
        ip, fp = s.split('.')
    else:
        ip, fp = s, ''
    ip = '{:,}'.format(int(ip)).replace(',', '.')
    return ip + (',' + fp if fp else '')


def dots(n):
    return '{:,}'.format(int(n)).replace(',', '.')


def pad(n):
    return '%02d' % n if n < 10 else dots(n)


def money_in(u, v):
    if u == 'triệu đồng':
        return v / 1e6
    if u == 'tỷ đồng':
        return v / 1e9
    if u == 'nghìn đồng':
        return v / 1e3
    return v


def split(total, n, seed, money=False):
    rnd = random.Random(seed)
    step = 250000 if money else 1
    units = total // step
    cuts = sorted(rnd.randint(0, units) for _ in range(n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [units])]
    # leave a few zero months realistically but keep the last period non-zero when possible
    if parts[-1] == 0 and units > 0:
        j = max(range(n), key=lambda i: parts[i])
        take = max(1, parts[j] // 3)
        parts[j] -= take; parts[-1] += take
    return [p * step for p in parts]


# ---------------------------------------------------------------- xlsx helpers
CACHE = {}  # (sheet index) -> {coord: value}

def cache(ws_index, coord, value):
    CACHE.setdefault(ws_index, {})[coord] = value


def inject_cached(path):
    """openpyxl leaves <v></v> empty after a formula; write the value the authoring program would have saved."""
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r'xl/worksheets/sheet(\d+)\.xml$', item.filename)
            if m and (int(m.group(1)) - 1) in CACHE:
                vals = CACHE[int(m.group(1)) - 1]
                xml = data.decode('utf-8')

                def rep(mm):
                    coord = mm.group(1)
                    v = vals.get(coord)
                    if v is None:
                        raise SystemExit('no cached value for %s in %s' % (coord, path))
                    vs = repr(float(v)) if isinstance(v, float) and v != int(v) else str(int(v))
                    return '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (coord, mm.group(2), mm.group(3), vs)
                xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', rep, xml)
                data = xml.encode('utf-8')
            zout.writestr(item, data)
    os.replace(tmp, path)


thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(name='Times New Roman', bold=True, size=12)
N = Font(name='Times New Roman', size=12)
I = Font(name='Times New Roman', italic=True, size=12)
WRAP = Alignment(wrap_text=True, vertical='center')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)


def put(ws, coord, val, font=N, align=None, border=False, fmt=None):
    c = ws[coord]
    c.value = val
    c.font = font
    if align: c.alignment = align
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c


# ---------------------------------------------------------------- Hand A
A_STATUS = {'completed': 'Đã xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm', 'not_applicable': 'Không PS'}

POVERTY = [
    dict(name='Hỗ trợ vay vốn tín dụng chính sách cho hộ nghèo, hộ cận nghèo', st='in_progress', rows=[
        dict(l='Hộ được vay vốn', u='hộ', v=38), dict(l='Dư nợ cho vay mới', u='triệu đồng', v=1520000000)]),
    dict(name='Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo', st='completed', rows=[
        dict(l='Thẻ BHYT được cấp', u='thẻ', v=214)]),
    dict(name='Đào tạo nghề, giới thiệu việc làm cho lao động hộ nghèo', st='in_progress', rows=[
        dict(l='Lao động được đào tạo nghề', u='người', v=27), dict(l='Lượt tư vấn việc làm', u='lượt', v=65)]),
    dict(name='Hỗ trợ sửa chữa nhà ở cho hộ nghèo', st='not_started', rows=[]),
]


def build_A(u):
    wb = Workbook()
    qnames = ['Quý I', 'Quý II', 'Quý III']
    wsq = [wb.active] + [wb.create_sheet() for _ in range(2)]
    for ws, qn_ in zip(wsq, qnames):
        ws.title = qn_
    th = wb.create_sheet('Tổng hợp')
    TH = 3  # sheet index
    rejected = u.get('rejected')
    entries = POVERTY if rejected else u['entries']
    topic = ('KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU GIẢM NGHÈO BỀN VỮNG NĂM 2026' if rejected else
             'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026')
    d, m, y = vdate(u['date'])
    # layout rows: shared by all four sheets
    start = 9
    plan = []  # (row, kind, entry_idx, row_idx)
    r = start
    for ei, e in enumerate(entries):
        plan.append((r, 'task', ei, None)); r += 1
        for ri, _ in enumerate(e['rows']):
            plan.append((r, 'fig', ei, ri)); r += 1
    last = r - 1
    # quarter splits
    splits = {}
    for ei, e in enumerate(entries):
        for ri, row in enumerate(e['rows']):
            money = row['u'] in ('đồng', 'triệu đồng')
            splits[(ei, ri)] = split(row['v'], 3, zlib.crc32(('%s|%d|%d' % (u['uid'], ei, ri)).encode()), money)
    # ---- quarter sheets
    for qi, ws in enumerate(wsq):
        put(ws, 'A1', 'UBND ' + ('PHƯỜNG ' if u['uname'].startswith('Phường') else 'XÃ ') + u['short'], B)
        put(ws, 'A2', 'Phòng Kinh tế' if u['uname'].startswith('Phường') else 'Phòng Kinh tế', I)
        put(ws, 'A4', 'SỐ LIỆU %s/2026' % qnames[qi].upper(), B)
        for col, h in zip('ABCDE', ['STT', 'Nội dung', 'ĐVT', 'Số lượng', 'Ghi chú']):
            put(ws, col + '8', h, B, CEN, True)
        for (row, kind, ei, ri) in plan:
            e = entries[ei]
            if kind == 'task':
                put(ws, 'A%d' % row, ei + 1, B, CEN, True)
                put(ws, 'B%d' % row, e['name'], B, WRAP, True)
                for col in 'CDE':
                    put(ws, '%s%d' % (col, row), None, N, None, True)
            else:
                f = e['rows'][ri]
                val = splits[(ei, ri)][qi]
                put(ws, 'A%d' % row, None, N, None, True)
                put(ws, 'B%d' % row, '- ' + f['l'], N, WRAP, True)
                put(ws, 'C%d' % row, f['u'], N, CEN, True)
                if f['u'] == 'đồng':
                    shown = dots(val) if val else '-'
                elif f['u'] == 'triệu đồng':
                    shown = money_in('triệu đồng', val) if val else '-'
                else:
                    shown = val if val else '-'
                c = put(ws, 'D%d' % row, shown, N, Alignment(horizontal='right'), True)
                if f['u'] == 'triệu đồng' and val:
                    c.number_format = '#,##0.00'
                put(ws, 'E%d' % row, None, N, None, True)
        ws.column_dimensions['B'].width = 58
        ws.column_dimensions['C'].width = 12
        ws.column_dimensions['D'].width = 14
    # ---- summary sheet
    ws = th
    put(ws, 'A1', 'ỦY BAN NHÂN DÂN', B, CEN)
    put(ws, 'A2', ('PHƯỜNG ' if u['uname'].startswith('Phường') else 'XÃ ') + u['short'], B, CEN)
    ws.merge_cells('A1:B1'); ws.merge_cells('A2:B2')
    put(ws, 'E1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B, CEN)
    put(ws, 'E2', 'Độc lập - Tự do - Hạnh phúc', B, CEN)
    ws.merge_cells('E1:H1'); ws.merge_cells('E2:H2')
    put(ws, 'A3', 'Số: ' + u['number'], N, CEN); ws.merge_cells('A3:B3')
    put(ws, 'E3', '%s, ngày %s tháng %s năm %s' % (u['place'], d, m, y), I, CEN); ws.merge_cells('E3:H3')
    put(ws, 'A5', 'BIỂU TỔNG HỢP ' + topic, B, CEN); ws.merge_cells('A5:H5')
    put(ws, 'A6', '(Số liệu 9 tháng đầu năm 2026: Trong kỳ là Quý III/2026; Lũy kế tính từ 01/01/2026 đến 30/9/2026)', I, CEN)
    ws.merge_cells('A6:H6')
    heads = ['STT', 'Nội dung công việc', 'ĐVT', 'Chỉ tiêu năm', 'Trong kỳ', 'Lũy kế từ đầu năm', 'Tình hình thực hiện', 'Ghi chú']
    for col, h in zip('ABCDEFGH', heads):
        put(ws, col + '8', h, B, CEN, True)
    ws.row_dimensions[8].height = 33
    for (row, kind, ei, ri) in plan:
        e = entries[ei]
        if kind == 'task':
            put(ws, 'A%d' % row, ROMAN[ei], B, CEN, True)
            put(ws, 'B%d' % row, e['name'], B, WRAP, True)
            for col in 'CDEF':
                put(ws, '%s%d' % (col, row), None, N, None, True)
            put(ws, 'G%d' % row, A_STATUS[e['st']], B, CEN, True)
            note = ''
            if e['st'] == 'not_applicable':
                note = 'Trong kỳ không có' if not rejected else ''
            if e['st'] == 'not_started':
                note = 'Chưa được triệu tập'
            put(ws, 'H%d' % row, note or None, I, WRAP, True)
        else:
            f = e['rows'][ri]
            sp = splits[(ei, ri)]
            put(ws, 'A%d' % row, None, N, None, True)
            put(ws, 'B%d' % row, '- ' + f['l'], N, WRAP, True)
            put(ws, 'C%d' % row, f['u'], N, CEN, True)
            tg = None if rejected else e.get('target', [None] * 9)[ri]
            put(ws, 'D%d' % row, tg, N, CEN, True)
            if f['u'] == 'đồng':
                # typed by hand as text with dots (not summable), like the quarter sheets
                put(ws, 'E%d' % row, dots(sp[2]) if sp[2] else '-', N, Alignment(horizontal='right'), True)
                put(ws, 'F%d' % row, dots(f['v']), N, Alignment(horizontal='right'), True)
            else:
                fmt = '#,##0.00' if f['u'] == 'triệu đồng' else '#,##0'
                put(ws, 'E%d' % row, "=SUM('Quý III'!D%d)" % row, N, None, True, fmt)
                put(ws, 'F%d' % row, "=SUM('Quý I'!D%d,'Quý II'!D%d,'Quý III'!D%d)" % (row, row, row), B, None, True, fmt)
                cval = lambda x: money_in(f['u'], x) if f['u'] == 'triệu đồng' else x
                cache(TH, 'E%d' % row, cval(sp[2]))
                cache(TH, 'F%d' % row, cval(f['v']))
            put(ws, 'G%d' % row, None, N, None, True)
            put(ws, 'H%d' % row, None, N, None, True)
    r = last + 2
    if not rejected:
        put(ws, 'A%d' % r, 'Khó khăn, vướng mắc:', B); r += 1
        for t in u['difficulties']:
            put(ws, 'B%d' % r, '- ' + t, N); r += 1
        put(ws, 'A%d' % r, 'Kiến nghị, đề xuất:', B); r += 1
        for t in u['proposals']:
            put(ws, 'B%d' % r, '- ' + t, N); r += 1
    r += 1
    put(ws, 'B%d' % r, 'NGƯỜI LẬP BIỂU', B, CEN)
    put(ws, 'F%d' % r, 'KT. CHỦ TỊCH', B, CEN); ws.merge_cells('F%d:H%d' % (r, r))
    put(ws, 'F%d' % (r + 1), 'PHÓ CHỦ TỊCH', B, CEN); ws.merge_cells('F%d:H%d' % (r + 1, r + 1))
    names = {'26842': ('Lê Thị Ngọc Hân', 'Phạm Quốc Tuấn'), '26662': ('Trần Thị Mỹ Duyên', 'Võ Văn Lộc'),
             '25837': ('Nguyễn Thị Thu Thảo', 'Huỳnh Minh Trí'), '25760': ('Đỗ Thị Kim Oanh', 'Nguyễn Văn Hùng')}[u['uid']]
    put(ws, 'B%d' % (r + 5), names[0], B, CEN)
    put(ws, 'F%d' % (r + 5), names[1], B, CEN); ws.merge_cells('F%d:H%d' % (r + 5, r + 5))
    widths = dict(A=6, B=60, C=11, D=12, E=12, F=14, G=16, H=22)
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.column_dimensions['D'].hidden = True  # the year's target, kept for the clerk only
    ws.freeze_panes = 'A9'
    wb.active = 3
    for w in wsq:
        w.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    ws.page_setup.orientation = 'landscape'
    return wb


# ---------------------------------------------------------------- Hand C
C_STATUS = {'completed': 'Hoàn thành', 'in_progress': 'Đang triển khai', 'not_started': 'Chưa triển khai', 'not_applicable': 'Không phát sinh'}


def build_C(u):
    wb = Workbook()
    th = wb.active
    th.title = 'Tổng hợp'
    nm = u['months']
    mnames = [u['mfmt'].format(i) for i in range(1, nm + 1)]
    msheets = [wb.create_sheet(n) for n in mnames]
    entries = u['entries']
    override = u.get('text_override')
    start = 10
    plan = []
    r = start
    for ei, e in enumerate(entries):
        plan.append((r, 'task', ei, None)); r += 1
        for ri, _ in enumerate(e['rows']):
            plan.append((r, 'fig', ei, ri)); r += 1
    last = r - 1
    splits = {}
    for ei, e in enumerate(entries):
        for ri, row in enumerate(e['rows']):
            money = row['u'] == 'triệu đồng'
            splits[(ei, ri)] = split(row['v'], nm, zlib.crc32(('%s|%d|%d|m' % (u['uid'], ei, ri)).encode()), money)
    # month sheets
    for mi, ws in enumerate(msheets):
        put(ws, 'A1', u['org'], B)
        put(ws, 'A3', 'SỐ LIỆU THÁNG %02d/2026' % (mi + 1), B)
        put(ws, 'A4', '(nhập số phát sinh trong tháng; để trống nếu không có)', I)
        for col, h in zip('ABCDE', ['TT', 'Nội dung', 'ĐVT', 'Số liệu tháng', 'Ghi chú']):
            put(ws, col + '9', h, B, CEN, True)
        for (row, kind, ei, ri) in plan:
            e = entries[ei]
            if kind == 'task':
                put(ws, 'A%d' % row, ei + 1, B, CEN, True)
                put(ws, 'B%d' % row, e['name'], B, WRAP, True)
                for col in 'CDE':
                    put(ws, '%s%d' % (col, row), None, N, None, True)
            else:
                f = e['rows'][ri]
                val = splits[(ei, ri)][mi]
                put(ws, 'A%d' % row, '%d.%d' % (ei + 1, ri + 1), N, CEN, True)
                put(ws, 'B%d' % row, f['l'], N, WRAP, True)
                put(ws, 'C%d' % row, f['u'], N, CEN, True)
                if val:
                    put(ws, 'D%d' % row, money_in(f['u'], val) if f['u'] == 'triệu đồng' else val, N, None, True,
                        '#,##0.00' if f['u'] == 'triệu đồng' else '#,##0')
                else:
                    put(ws, 'D%d' % row, None, N, None, True)
                put(ws, 'E%d' % row, None, N, None, True)
        ws.column_dimensions['B'].width = 55
        ws.column_dimensions['D'].width = 14
    # summary
    ws = th
    d, m, y = vdate(u['date'])
    put(ws, 'A1', u['top'], N, CEN); ws.merge_cells('A1:C1')
    put(ws, 'A2', u['org'], B, CEN); ws.merge_cells('A2:C2')
    put(ws, 'A3', 'Số: ' + u['number'], N, CEN); ws.merge_cells('A3:C3')
    put(ws, 'E1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B, CEN); ws.merge_cells('E1:I1')
    put(ws, 'E2', 'Độc lập - Tự do - Hạnh phúc', B, CEN); ws.merge_cells('E2:I2')
    put(ws, 'E3', 'Thành phố Hồ Chí Minh, ngày %s tháng %s năm %s' % (d, m, y), I, CEN); ws.merge_cells('E3:I3')
    ws.row_dimensions[2].height = 48
    put(ws, 'A5', 'BÁO CÁO', B, CEN); ws.merge_cells('A5:I5')
    put(ws, 'A6', 'Tổng hợp kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến hết tháng %02d/2026)' % nm, B, CEN)
    ws.merge_cells('A6:I6')
    put(ws, 'A7', 'Cột "Trong kỳ" lấy số tháng %02d; cột "Lũy kế từ đầu năm" cộng các sheet %s đến %s.' % (nm, mnames[0], mnames[-1]), I)
    heads = ['TT', 'Nhiệm vụ / chỉ tiêu', 'ĐVT', 'Lũy kế đến tháng trước', 'Trong kỳ (tháng %02d)' % nm,
             'Lũy kế từ đầu năm', 'Kết quả đánh giá', 'Ghi chú', '']
    for col, h in zip('ABCDEFGH', heads):
        put(ws, col + '9', h, B, CEN, True)
    ws.row_dimensions[9].height = 45
    for (row, kind, ei, ri) in plan:
        e = entries[ei]
        if kind == 'task':
            put(ws, 'A%d' % row, ROMAN[ei], B, CEN, True)
            put(ws, 'B%d' % row, e['name'], B, WRAP, True)
            for col in 'CDEF':
                put(ws, '%s%d' % (col, row), None, N, None, True)
            put(ws, 'G%d' % row, C_STATUS[e['st']], B, CEN, True)
            put(ws, 'H%d' % row, None, N, None, True)
            ws.cell(row=row, column=2).fill = PatternFill('solid', fgColor='DDEBF7')
        else:
            f = e['rows'][ri]
            sp = splits[(ei, ri)]
            fmt = '#,##0.00' if f['u'] == 'triệu đồng' else '#,##0'
            cv = (lambda x: money_in('triệu đồng', x)) if f['u'] == 'triệu đồng' else (lambda x: x)
            put(ws, 'A%d' % row, '%d.%d' % (ei + 1, ri + 1), N, CEN, True)
            put(ws, 'B%d' % row, f['l'], N, WRAP, True)
            put(ws, 'C%d' % row, f['u'], N, CEN, True)
            put(ws, 'D%d' % row, "=SUM('%s:%s'!D%d)" % (mnames[0], mnames[-2], row), N, None, True, fmt)
            cache(0, 'D%d' % row, cv(sum(sp[:-1])))
            put(ws, 'E%d' % row, "='%s'!D%d" % (mnames[-1], row), N, None, True, fmt)
            cache(0, 'E%d' % row, cv(sp[-1]))
            if override and override == '%s@%s' % (f['k'], e['task']):
                put(ws, 'F%d' % row, dots(f['v']), B, Alignment(horizontal='right'), True)
                put(ws, 'H%d' % row, 'Số lũy kế lấy theo phần mềm quản lý kiểm định', I, WRAP, True)
            else:
                put(ws, 'F%d' % row, "=SUM('%s:%s'!D%d)" % (mnames[0], mnames[-1], row), B, None, True, fmt)
                cache(0, 'F%d' % row, cv(f['v']))
                put(ws, 'H%d' % row, None, N, None, True)
            put(ws, 'G%d' % row, None, N, None, True)
    ws.column_dimensions['D'].hidden = True
    r = last + 2
    put(ws, 'A%d' % r, 'KHÓ KHĂN, VƯỚNG MẮC', B); r += 1
    for i, t in enumerate(u['difficulties'], 1):
        put(ws, 'A%d' % r, '%d.' % i, N, CEN); put(ws, 'B%d' % r, t, N); r += 1
    put(ws, 'A%d' % r, 'ĐỀ XUẤT, KIẾN NGHỊ', B); r += 1
    for i, t in enumerate(u['proposals'], 1):
        put(ws, 'A%d' % r, '%d.' % i, N, CEN); put(ws, 'B%d' % r, t, N); r += 1
    r += 1
    put(ws, 'B%d' % r, 'Người lập', B, CEN)
    put(ws, 'F%d' % r, 'THỦ TRƯỞNG ĐƠN VỊ', B, CEN); ws.merge_cells('F%d:H%d' % (r, r))
    signers = {'SKHCN-CCTDC': ('Đặng Hoàng Phúc', 'Nguyễn Thanh Bình'), 'SKHCN-TTPTTN': ('Lâm Gia Phúc', 'Trương Thị Hồng Vân'),
               'SO-NNMT': ('Hồ Thiện Phúc', 'Lý Văn Cường')}[u['uid']]
    put(ws, 'B%d' % (r + 4), signers[0], B, CEN)
    put(ws, 'F%d' % (r + 4), signers[1], B, CEN); ws.merge_cells('F%d:H%d' % (r + 4, r + 4))
    for k, w in dict(A=7, B=56, C=11, D=13, E=13, F=14, G=17, H=26).items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = 'C10'
    ws.page_setup.orientation = 'landscape'
    return wb


# ---------------------------------------------------------------- docx helpers
def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(doc_or_cell, text='', bold=False, italic=False, align=None, size=None, indent=True):
    p = doc_or_cell.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold; run.italic = italic
        if size: run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    elif indent and hasattr(doc_or_cell, 'sections'):
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p


def cell_lines(cell, lines, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=12):
    cell.text = ''
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold if not isinstance(bold, list) else bold[i]
        r.italic = italic if not isinstance(italic, list) else italic[i]
        r.font.size = Pt(size)
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def header_table(doc, left_lines, left_bold, right_date):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    c0, c1 = t.rows[0].cells
    c0.width = Cm(6.5); c1.width = Cm(9.5)
    cell_lines(c0, left_lines, bold=left_bold)
    cell_lines(c1, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', right_date],
               bold=[True, True, False, False], italic=[False, False, False, True])
    return t


# ---------------------------------------------------------------- Hand B
DL_ENTRIES = [
    ('Triển khai vé điện tử tại các điểm tham quan', [('điểm tham quan áp dụng vé điện tử', 'điểm', 6, 14)],
     'đang tiếp tục mở rộng'),
    ('Cập nhật cơ sở dữ liệu ngành du lịch', [('cơ sở lưu trú được cập nhật lên hệ thống', 'cơ sở', 412, 1286)],
     'đang thực hiện'),
    ('Quảng bá du lịch trên nền tảng số', [('video, bài viết quảng bá', 'sản phẩm', 35, 97)], 'đã hoàn thành kế hoạch năm'),
]


def b_pair(row, first, lk='lũy kế từ đầu năm'):
    u, v, p = row['u'], row['v'], row['p']
    pre = 'trong kỳ ' if first else ''
    if u in ('triệu đồng', 'tỷ đồng'):
        return '%s%s %s %s (%s %s %s)' % (pre, row['l'], dec_vn(money_in(u, p)), u, lk, dec_vn(money_in(u, v)), u)
    return '%s%s %s (%s %s %s)' % (pre, pad(p), row['l'], lk, pad(v), u)


def build_B(u):
    doc = Document(); set_font(doc, size=14)
    d, m, y = vdate(u['date'])
    header_table(doc, u['top'].split('\n') + [u['org'], '', 'Số: ' + u['number']], [False, False, True, False, False],
                 'Thành phố Hồ Chí Minh, ngày %s tháng %s năm %s' % (d, m, y))
    para(doc, '')
    rejected = u.get('rejected')
    para(doc, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    if rejected:
        para(doc, 'Kết quả thực hiện Kế hoạch chuyển đổi số ngành du lịch năm 2026', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    else:
        para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
             bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, '______', align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, 'Kính gửi: ' + ('Sở Khoa học và Công nghệ.' if not rejected else 'Ủy ban nhân dân Thành phố.'), align=WD_ALIGN_PARAGRAPH.CENTER)
    if rejected:
        para(doc, 'Thực hiện Kế hoạch chuyển đổi số ngành du lịch năm 2026, %s báo cáo kết quả thực hiện trong kỳ (%s) và lũy kế từ đầu năm như sau:'
             % (u['sub'], u['period']))
        para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
        for i, (name, rows, tail) in enumerate(DL_ENTRIES, 1):
            para(doc, '%d. %s' % (i, name), bold=True)
            ps = ['%s%s %s (lũy kế từ đầu năm %s %s)' % ('trong kỳ ' if j == 0 else '', pad(p), l, pad(v), un)
                  for j, (l, un, p, v) in enumerate(rows)]
            para(doc, 'Sở đã triển khai, ' + '; '.join(ps) + '; ' + tail + '.')
        para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
        para(doc, '- Hạ tầng kết nối tại một số điểm du lịch ngoại thành chưa ổn định.')
        para(doc, 'III. ĐỀ XUẤT', bold=True, indent=False)
        para(doc, '- Đề nghị Sở Khoa học và Công nghệ hỗ trợ tích hợp dữ liệu du lịch lên nền tảng dữ liệu dùng chung của Thành phố.')
    else:
        para(doc, 'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; %s báo cáo kết quả '
                  'thực hiện trong kỳ báo cáo (%s) và số lũy kế từ đầu năm 2026 như sau:' % (u['sub'], u['period']))
        para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
        for i, e in enumerate(u['entries'], 1):
            para(doc, '%d. %s' % (i, e['name']), bold=True)
            if e['rows']:
                pairs = [b_pair(r, j == 0, 'lũy kế từ đầu năm' if j == 0 else 'lũy kế') for j, r in enumerate(e['rows'])]
                para(doc, '%s %s; %s.' % (e['pre'], '; '.join(pairs), e['tail']))
            else:
                t = e['tail']
                para(doc, t[0].upper() + t[1:] + '.')
        para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
        for t in u['difficulties']:
            para(doc, '- ' + t)
        para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
        for t in u['proposals']:
            para(doc, '- ' + t)
        para(doc, 'Trên đây là báo cáo kết quả thực hiện của %s./.' % u['sub'])
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    cell_lines(c0, ['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, ' + ('KHTC' if rejected else 'P.QLCL') + '.'],
               bold=[True, False, False, False], italic=[True, False, False, False], align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
    signer = {'SO-CT': 'Bùi Tá Hoàng Vũ', 'SO-YT': 'Nguyễn Anh Dũng', 'SO-XD': 'Trần Quang Lâm', 'SO-TC': 'Phan Văn Mãi Khoa',
              'SO-DL': 'Lê Trương Hiền Hòa'}[u['uid']]
    cell_lines(c1, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', signer], bold=True)
    return doc


# ---------------------------------------------------------------- Hand D
def build_D(u):
    doc = Document(); set_font(doc, size=13)
    d, m, y = vdate(u['date'])
    place = u.get('place', 'Thành phố Hồ Chí Minh')
    left = u['top'].split('\n') + ['Số: ' + u['number']]
    header_table(doc, left, [False] * (len(left) - 2) + [True, False], '%s, ngày %s tháng %s năm %s' % (place, d, m, y))
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, '(Số liệu trong kỳ: %s; lũy kế tính từ ngày 01/01/2026)' % u['period'], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, %s báo cáo kết quả '
              'thực hiện các việc liên quan như sau (số liệu chi tiết theo từng bảng):' % u['intro_unit'])
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, e in enumerate(u['entries'], 1):
        rows = e['rows']
        t = doc.add_table(rows=2 + max(1, len(rows)), cols=4)
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cap = t.cell(0, 0).merge(t.cell(0, 3))
        cell_lines(cap, ['%d. %s (%s)' % (i, e['name'], e['cap'])], bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        shade = cap._tc.get_or_add_tcPr()
        from docx.oxml import OxmlElement
        shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), 'E7E6E6')
        shade.append(shd)
        for j, h in enumerate(['Chỉ tiêu', 'ĐVT', 'Trong kỳ', 'Lũy kế từ đầu năm']):
            cell_lines(t.cell(1, j), [h], bold=True)
        if rows:
            for k, r in enumerate(rows):
                cells = t.rows[2 + k].cells
                cell_lines(cells[0], [r['l']], align=WD_ALIGN_PARAGRAPH.LEFT)
                cell_lines(cells[1], [r['u']])
                if r['u'] in ('triệu đồng', 'tỷ đồng'):
                    pv, vv = dec_vn(money_in(r['u'], r['p'])), dec_vn(money_in(r['u'], r['v']))
                else:
                    pv, vv = (pad(r['p']) if r['p'] else '-'), pad(r['v'])
                cell_lines(cells[2], [pv], align=WD_ALIGN_PARAGRAPH.RIGHT)
                cell_lines(cells[3], [vv], align=WD_ALIGN_PARAGRAPH.RIGHT)
        else:
            c = t.cell(2, 0).merge(t.cell(2, 3))
            msg = {'completed': 'Không có số liệu định lượng.', 'not_applicable': 'Trong kỳ không có trường hợp nào.',
                   'in_progress': 'Không có số liệu định lượng trong kỳ.', 'not_started': 'Chưa có số liệu.'}[e['st']]
            cell_lines(c, [msg], italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        for row in t.rows:
            for c, w in zip(row.cells, [Cm(8), Cm(2.5), Cm(2.5), Cm(3)]):
                c.width = w
        para(doc, '')
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for t_ in u['difficulties']:
        para(doc, '- ' + t_)
    para(doc, 'III. KIẾN NGHỊ', bold=True, indent=False)
    for t_ in u['proposals']:
        para(doc, '- ' + t_)
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    cell_lines(c0, ['Nơi nhận:', '- Chi cục TĐC (để tổng hợp);', '- Lưu: VT.'], bold=[True, False, False],
               italic=[True, False, False], align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
    role = {'25906': ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Ngô Thanh Sang'],
            'SO-GDDT': ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Lê Hoài Nam'],
            'SKHCN-KTPC': ['TRƯỞNG PHÒNG', '', '', 'Vũ Thị Minh Hằng'],
            'SKHCN-CDS': ['TRƯỞNG PHÒNG', '', '', 'Tạ Quốc Hưng'],
            'SKHCN-VP': ['CHÁNH VĂN PHÒNG', '', '', 'Đinh Thị Thu Hằng']}[u['uid']]
    cell_lines(c1, role, bold=True)
    return doc


# ---------------------------------------------------------------- keys
def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def key_for(u, path):
    k = dict(file=u['file'], sha256=sha(path))
    if u.get('rejected'):
        k.update(status='rejected', reason=u['reason'])
        k['unit'] = dict(id=u['uid'], name=u['uname'])
        k['document'] = dict(number=u['number'], date=u['date'])
        k.update(entries=[], findings=[], difficulties=[], proposals=[])
        return k
    k.update(status='extracted', reason=None, unit=dict(id=u['uid'], name=u['uname']),
             document=dict(number=u['number'], date=u['date']))
    ents = []
    for e in u['entries']:
        ind = {}
        for r in e['rows']:
            if r['k']:
                ind[r['k']] = ind.get(r['k'], 0) + int(r['v'])
        ents.append(dict(task=e['task'], status=e['st'], indicators=ind, text=e['name']))
    k['entries'] = ents
    k['findings'] = []
    k['difficulties'] = list(u['difficulties'])
    k['proposals'] = list(u['proposals'])
    return k


def lo_resave(path, fmt):
    td = tempfile.mkdtemp()
    prof = 'file://' + tempfile.mkdtemp()
    filt = {'docx': 'docx:"MS Word 2007 XML"', 'xlsx': 'xlsx:"Calc MS Excel 2007 XML"'}[fmt]
    cmd = 'soffice -env:UserInstallation=%s --headless --convert-to %s --outdir %s "%s"' % (prof, filt, td, path)
    subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(td, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(td, ignore_errors=True)


def main():
    for u in UNITS:
        path = os.path.join(OUT, u['file'])
        CACHE.clear()
        if u['hand'] == 'A':
            build_A(u).save(path); inject_cached(path)
        elif u['hand'] == 'C':
            build_C(u).save(path); inject_cached(path)
        elif u['hand'] == 'B':
            build_B(u).save(path)
        else:
            build_D(u).save(path)
        if u.get('lo'):
            lo_resave(path, u['kind'])
        key = key_for(u, path)
        with open(os.path.join(TRUTH, u['file'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print('wrote', u['file'])


if __name__ == '__main__':
    main()
