# -*- coding: utf-8 -*-
"""Generator for set142: 17 progress reports (CT38 plan) consolidated from sub-units.
Writes the files into this folder and draft keys into truth/ (sha256 filled by finalize step)."""
import json, os, hashlib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs=(), props=(), status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [{'task': t, 'status': s, 'indicators': ind, 'text': tx} for (t, s, ind, tx) in entries],
        'findings': [], 'difficulties': list(diffs), 'proposals': list(props)}


# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def P(d, text='', bold=False, italic=False, align=None, size=None, indent=None, underline=False):
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
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def runs(d, parts, align='j', indent=1.0):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f
        r.italic = 'i' in f
        r.underline = 'u' in f
    if align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), color)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    lines = str(text).split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def table(d, rows, widths=None, header=True, size=12, style='Table Grid', aligns=None, shade_first=None, bold_last=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            al = aligns[j] if aligns and i > 0 else None
            cell_text(c, v, bold=(header and i == 0) or (bold_last and i == len(rows) - 1),
                      align='c' if (header and i == 0) else al, size=size)
            if shade_first and i == 0:
                shade(c, shade_first)
    if widths:
        for j, w in enumerate(widths):
            for i in range(len(rows)):
                t.cell(i, j).width = Cm(w)
    return t


def header_block(d, left, right, size=13):
    t = d.add_table(rows=len(max(left, right, key=len)), cols=2)
    for i in range(len(t.rows)):
        for j, col in enumerate((left, right)):
            v = col[i] if i < len(col) else ('', '')
            txt, fmt = v if isinstance(v, tuple) else (v, '')
            cell_text(t.cell(i, j), txt, bold='b' in fmt, italic='i' in fmt, align='c', size=size)
    for i in range(len(t.rows)):
        t.cell(i, 0).width = Cm(6.5); t.cell(i, 1).width = Cm(10)
    return t


def save_doc(d, fname):
    d.core_properties.author = ''
    d.save(os.path.join(OUT, fname))


# ================================================================ HAND A
# Chị Nguyễn Thị Mỹ Hạnh-type ward clerk: one small table per khu phố / ấp with a
# "Người báo cáo ... nhận ngày" line, then a "TỔNG HỢP TOÀN PHƯỜNG" table whose last column
# "Đánh giá của UBND" is the only status; difficulties/proposals prefixed by the sub-unit.

def handA(fname, c):
    d = new_doc(size=13)
    header_block(d, [(c['upper'], 'b'), ('UBND ' + c['kind'].upper() + ' ' + c['short'].upper(), 'b'), ('———', ''),
                     ('Số: ' + c['so'], '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'), ('———————', ''),
                  (c['dateline'], 'i')])
    P(d)
    P(d, 'BÁO CÁO', bold=True, align='c', size=14)
    P(d, c['title'], bold=True, align='c')
    P(d, '(số liệu tổng hợp từ báo cáo của các ' + c['sublabel'].lower() + ')', italic=True, align='c')
    P(d)
    for t in c['intro']:
        P(d, t, align='j', indent=1)
    P(d, 'I. SỐ LIỆU CỦA TỪNG ' + c['sublabel'].upper(), bold=True)
    for i, s in enumerate(c['subs'], 1):
        P(d, '%d. %s' % (i, s['name']), bold=True)
        P(d, 'Người báo cáo: %s; UBND %s nhận ngày %s.' % (s['head'], c['kind'].lower(), s['recv']), italic=True, size=12)
        rows = [['STT', 'Việc ' + c['sublabel'].lower() + ' đã làm', 'Số liệu', 'Ghi chú']]
        for k, r in enumerate(s['rows'], 1):
            rows.append([str(k), r[0], r[1], r[2] if len(r) > 2 else ''])
        table(d, rows, widths=[1.1, 8.2, 3.6, 3.6], aligns=['c', None, 'c', None])
        if s.get('yk'):
            P(d, 'Ý kiến của ' + s['name'] + ': ' + s['yk'], size=12)
        P(d)
    P(d, 'II. TỔNG HỢP TOÀN ' + c['kind'].upper(), bold=True)
    for t in c['narr']:
        P(d, t, align='j', indent=1)
    rows = [['STT', 'Nội dung công việc', 'Số liệu toàn ' + c['kind'].lower(), 'Đánh giá của UBND ' + c['kind'].lower()]]
    for k, r in enumerate(c['total'], 1):
        rows.append([str(k), r[0], r[1], r[2]])
    table(d, rows, widths=[1.1, 7.5, 4.4, 3.5], aligns=['c', None, 'c', 'c'], shade_first='D9D9D9')
    if c.get('note_total'):
        P(d, c['note_total'], italic=True, size=11)
    P(d, 'III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT', bold=True)
    P(d, '1. Khó khăn, vướng mắc', bold=True)
    for t in c['diffs']:
        P(d, '- ' + t, align='j', indent=1)
    P(d, '2. Đề xuất', bold=True)
    for t in c['props']:
        P(d, '- ' + t, align='j', indent=1)
    P(d, c['closing'], align='j', indent=1)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), 'Nơi nhận:\n- ' + '\n- '.join(c['noinhan']), size=11)
    cell_text(t.cell(0, 1), c['sign'], bold=True, align='c')
    save_doc(d, fname)


def build_handA():
    # ---- A1 Phường Bàn Cờ
    f = '27154_BanCo_BC_CT38_tonghop_KP.docx'
    c = dict(upper='ỦY BAN NHÂN DÂN', kind='Phường', short='Bàn Cờ', so='412/BC-UBND',
             dateline='Bàn Cờ, ngày 27 tháng 10 năm 2026', sublabel='Khu phố',
             title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường',
             intro=['Thực hiện Công văn của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bàn Cờ đã đề nghị các khu phố báo cáo phần việc của khu phố. Đến ngày 15/10/2026, UBND phường đã nhận đủ báo cáo của 4/4 khu phố; UBND phường tổng hợp như sau:'],
             subs=[
                 dict(name='Khu phố 1', head='ông Trần Văn Tám, Trưởng khu phố', recv='08/10/2026', rows=[
                     ('Đọc loa, dán thông báo về cân đúng, cân đủ tại chợ và các điểm bán hàng', '06 tin, bài'),
                     ('Cùng đoàn kiểm tra phường kiểm tra cân tại các sạp chợ, cửa hàng', '02 cuộc – 06 cơ sở'),
                     ('Cơ sở vi phạm (cân sai số vượt mức cho phép)', '01 cơ sở', 'phạt 1,5 triệu đồng')],
                      yk='Không có ý kiến.'),
                 dict(name='Khu phố 2', head='bà Lê Thị Ngọc Hoa, Trưởng khu phố', recv='10/10/2026', rows=[
                     ('Tuyên truyền trên nhóm Zalo khu phố, bảng tin khu phố', '09 tin, bài'),
                     ('Phối hợp kiểm tra đo lường (cân) tại chợ Bàn Cờ', '02 cuộc – 08 cơ sở', 'có 01 cuộc đi chung với KP3'),
                     ('Cơ sở vi phạm', '01 cơ sở', 'phạt 1.500.000đ')],
                      yk='Đề nghị phường xin Chi cục 02 cân đối chứng đặt tại chợ Bàn Cờ.'),
                 dict(name='Khu phố 3', head='ông Huỳnh Công Lý, Phó Trưởng khu phố', recv='14/10/2026', rows=[
                     ('Dán áp phích, phát tờ rơi về đo lường cho tiểu thương', '05 tin, bài'),
                     ('Phối hợp kiểm tra cân tại chợ (đi chung với KP2)', '01 cuộc – 04 cơ sở', '03 cơ sở trùng danh sách KP2'),
                     ('Cơ sở vi phạm', 'không')],
                      yk='Tiểu thương ở chợ tạm hay đổi chỗ, khó theo dõi.'),
                 dict(name='Khu phố 4', head='ông Phan Văn Mười, Trưởng khu phố', recv='15/10/2026', rows=[
                     ('Tuyên truyền qua loa phát thanh khu phố', '07 tin, bài'),
                     ('Phối hợp kiểm tra cửa hàng bán lẻ, điểm cân hàng', '01 cuộc – 05 cơ sở'),
                     ('Cơ sở vi phạm', '01 cơ sở', 'phạt 1tr5')],
                      yk='Chưa có cân đối chứng cho các điểm bán hàng rong.')],
             narr=['Qua tổng hợp báo cáo của 4 khu phố, từ đầu năm đến ngày 15/10/2026 toàn phường đã đưa 27 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa phát thanh, bảng tin và nhóm Zalo khu phố.',
                   'Đoàn kiểm tra của phường (có các khu phố tham gia) đã tổ chức 05 cuộc kiểm tra về đo lường đối với 20 cơ sở kinh doanh có sử dụng cân; phát hiện 03 cơ sở vi phạm, đã ra quyết định xử phạt với tổng số tiền 4.500.000 đồng. Số cuộc và số cơ sở của khu phố 2 và khu phố 3 có 01 cuộc kiểm tra chung (03 cơ sở) được cả hai khu phố ghi nhận nên khi cộng toàn phường chỉ tính một lần.'],
             total=[('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng tại các khu phố', '27 tin, bài', 'Làm xong'),
                    ('Kiểm tra đo lường (cân) tại chợ, cửa hàng theo phân cấp', '05 cuộc; 20 cơ sở; 03 vi phạm; phạt 4.500.000 đ', 'Còn làm'),
                    ('Cử công chức dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức', '03 người', 'Làm xong'),
                    ('Áp dụng ISO 9001 tại Bộ phận Một cửa phường', '—', 'Còn làm'),
                    ('Tiếp nhận, xử lý tin báo, tố giác vi phạm về TĐC', '0', 'Không có phát sinh')],
             note_total='Ghi chú: cộng các bảng khu phố được 06 cuộc, 23 cơ sở; số toàn phường đã trừ 01 cuộc, 03 cơ sở bị tính trùng (KP2, KP3).',
             diffs=['Khu phố 3: Tiểu thương tại chợ tạm thường xuyên thay đổi vị trí, khó theo dõi việc sử dụng cân.',
                    'Khu phố 4: Chưa có cân đối chứng cho các điểm bán hàng rong trên đường Nguyễn Thiện Thuật.'],
             props=['Khu phố 2 đề nghị: Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ 02 cân đối chứng đặt tại chợ Bàn Cờ.',
                    'UBND phường đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn nghiệp vụ đo lường cho công chức phường trong năm 2027.'],
             closing='Trên đây là báo cáo kết quả thực hiện của UBND phường Bàn Cờ./.',
             noinhan=['Sở KH&CN (qua Chi cục TĐC);', 'TT.ĐU, TT.HĐND phường;', 'Lưu: VT.'],
             sign='TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Hoàng Phúc')
    handA(f, c)
    key(f, '27154', 'Phường Bàn Cờ', '412/BC-UBND', '2026-10-27', [
        ('II.1.a', 'completed', {'communications': 27}, 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng tại các khu phố: 27 tin, bài'),
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 20, 'violations': 3, 'fines_vnd': 4500000},
         'Kiểm tra đo lường (cân) tại chợ, cửa hàng theo phân cấp: 05 cuộc; 20 cơ sở; 03 vi phạm; phạt 4.500.000 đ'),
        ('II.3.a', 'completed', {'participants': 3}, 'Cử công chức dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức: 03 người'),
        ('II.2.đ', 'in_progress', {}, 'Áp dụng ISO 9001 tại Bộ phận Một cửa phường'),
        ('II.5.d', 'not_applicable', {}, 'Tiếp nhận, xử lý tin báo, tố giác vi phạm về TĐC: Không có phát sinh')],
        c['diffs'], c['props'])

    # ---- A2 Phường Bình Hưng Hòa: total table lacks the communications row
    f = '27439-BinhHungHoa-baocao-CT38-2026.docx'
    c = dict(upper='ỦY BAN NHÂN DÂN', kind='Phường', short='Bình Hưng Hòa', so='287/BC-UBND',
             dateline='Bình Hưng Hòa, ngày 03 tháng 11 năm 2026', sublabel='Khu phố',
             title='Tình hình thực hiện Chỉ thị 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
             intro=['Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; UBND phường Bình Hưng Hòa giao các khu phố tự rà soát, báo cáo. Phường có 5 khu phố gửi báo cáo (Khu phố 3, 5, 7, 9, 11).'],
             subs=[
                 dict(name='Khu phố 3', head='ông Ngô Văn Sang', recv='06/10/2026', rows=[
                     ('Thông tin trên loa, bảng tin về cân, đo, đong', '05 tin, bài'),
                     ('Kiểm tra cân tại chợ Bình Long (cùng đoàn phường)', '01 cuộc / 04 cơ sở')]),
                 dict(name='Khu phố 5', head='bà Trịnh Thị Lan', recv='07/10/2026', rows=[
                     ('Thông tin trên loa, bảng tin', '08 tin, bài'),
                     ('Kiểm tra cửa hàng tạp hóa, đại lý gas', '01 cuộc / 03 cơ sở'),
                     ('Vi phạm', '01 cơ sở', 'phạt 1.000.000 đ')]),
                 dict(name='Khu phố 7', head='ông Đặng Quốc Việt', recv='09/10/2026', rows=[
                     ('Tuyên truyền trực tiếp tại các tổ dân phố', '06 tin, bài'),
                     ('Kiểm tra cân tại chợ tự phát đường số 8', '02 cuộc / 07 cơ sở'),
                     ('Vi phạm', '01 cơ sở', 'phạt 2.000.000 đ')],
                      yk='Một số hộ kinh doanh vắng mặt khi đoàn đến, phải kiểm tra lại.'),
                 dict(name='Khu phố 9', head='bà Châu Mỹ Dung', recv='10/10/2026', rows=[
                     ('Đăng tin trên nhóm Zalo khu phố', '04 tin, bài'),
                     ('Kiểm tra', 'không phát sinh', 'khu phố không có chợ')]),
                 dict(name='Khu phố 11', head='ông Lý Minh Trí', recv='16/10/2026', rows=[
                     ('Thông tin trên loa, bảng tin', '08 tin, bài'),
                     ('Kiểm tra cửa hàng xăng dầu (phối hợp)', '01 cuộc / 05 cơ sở')],
                      yk='Cán bộ khu phố kiêm nhiệm nhiều việc.')],
             narr=['Tổng cộng các khu phố đã thực hiện 31 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng; công tác tuyên truyền vẫn đang được các khu phố tiếp tục thực hiện trong những tháng cuối năm.',
                   'Đoàn kiểm tra liên ngành phường đã kiểm tra 05 cuộc tại 19 cơ sở, phát hiện 02 cơ sở vi phạm về đo lường, xử phạt 3.000.000 đồng (chi tiết tại bảng dưới).'],
             total=[('Kiểm tra về đo lường, chất lượng theo phân cấp', '05 cuộc\n19 cơ sở\n02 vi phạm\n3.000.000 đồng', 'Còn làm'),
                    ('Công chức phường tham dự tập huấn về TĐC (Chi cục TĐC tổ chức)', '02 người', 'Làm xong'),
                    ('Xây dựng, áp dụng hệ thống quản lý chất lượng ISO tại UBND phường', '', 'Chưa tới lúc làm')],
             diffs=['Khu phố 11: Chủ yếu là khu dân cư, cán bộ khu phố kiêm nhiệm nhiều việc nên chưa nắm hết các điểm kinh doanh nhỏ lẻ.',
                    'Khu phố 7: Một số hộ kinh doanh vắng mặt khi đoàn đến kiểm tra, phải kiểm tra lại nhiều lần.'],
             props=['Đề nghị Sở Khoa học và Công nghệ cung cấp tờ rơi, tài liệu tuyên truyền về đo lường bằng hình ảnh để phát cho các khu phố.'],
             closing='UBND phường Bình Hưng Hòa báo cáo Sở Khoa học và Công nghệ./.',
             noinhan=['Sở Khoa học và Công nghệ;', 'Chi cục TĐC;', 'Lưu: VT, KT.'],
             sign='TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nTrương Văn Hiếu')
    handA(f, c)
    key(f, '27439', 'Phường Bình Hưng Hòa', '287/BC-UBND', '2026-11-03', [
        ('II.1.a', 'in_progress', {'communications': 31}, 'Tổng cộng các khu phố đã thực hiện 31 tin, bài tuyên truyền; đang tiếp tục thực hiện'),
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 3000000},
         'Kiểm tra về đo lường, chất lượng theo phân cấp: 05 cuộc, 19 cơ sở, 02 vi phạm, 3.000.000 đồng'),
        ('II.3.a', 'completed', {'participants': 2}, 'Công chức phường tham dự tập huấn về TĐC: 02 người'),
        ('II.2.đ', 'not_started', {}, 'Xây dựng, áp dụng hệ thống quản lý chất lượng ISO tại UBND phường: Chưa tới lúc làm')],
        c['diffs'], c['props'])

    # ---- A3 Xã Bình Châu: total row for establishments stale (31), narrative and parts say 34
    f = '26656_XaBinhChau_BC_ket_qua_CT38.docx'
    c = dict(upper='ỦY BAN NHÂN DÂN', kind='Xã', short='Bình Châu', so='198/BC-UBND',
             dateline='Bình Châu, ngày 30 tháng 10 năm 2026', sublabel='Ấp',
             title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng',
             intro=['UBND xã Bình Châu nhận được Công văn đề nghị báo cáo của Sở Khoa học và Công nghệ. UBND xã đã giao Phòng Kinh tế tổng hợp số liệu từ 4 ấp có hoạt động kinh doanh (Bình Tiến, Bình Trung, Láng Găng, Thanh Bình). Kết quả như sau:'],
             subs=[
                 dict(name='Ấp Bình Tiến', head='ông Nguyễn Văn Út, Trưởng ấp', recv='05/10/2026', rows=[
                     ('Tuyên truyền qua loa ấp về cân hải sản đúng, đủ', '04 tin, bài'),
                     ('Kiểm tra cân tại vựa hải sản, chợ Bình Châu', '01 cuộc, 09 cơ sở'),
                     ('Vi phạm', '01 cơ sở', '1.500.000 đồng')]),
                 dict(name='Ấp Bình Trung', head='bà Võ Thị Bé Sáu, Trưởng ấp', recv='07/10/2026', rows=[
                     ('Tuyên truyền', '03 tin, bài'),
                     ('Kiểm tra cân, cửa hàng xăng dầu ven Quốc lộ 55', '02 cuộc, 11 cơ sở'),
                     ('Vi phạm', '02 cơ sở', '3.000.000 đồng')]),
                 dict(name='Ấp Láng Găng', head='ông Lê Văn Chín, Trưởng ấp', recv='08/10/2026', rows=[
                     ('Tuyên truyền', '05 tin, bài'),
                     ('Kiểm tra cơ sở chế biến hải sản khô', '01 cuộc, 06 cơ sở'),
                     ('Vi phạm', 'không có')],
                      yk='Đường vào các cơ sở chế biến xa, ấp không có phương tiện.'),
                 dict(name='Ấp Thanh Bình', head='ông Trần Minh Tâm, Trưởng ấp (mới nhận nhiệm vụ)', recv='21/10/2026', rows=[
                     ('Tuyên truyền', '02 tin, bài'),
                     ('Kiểm tra cân tại chợ chiều', '01 cuộc, 08 cơ sở', 'báo cáo bổ sung'),
                     ('Vi phạm', '01 cơ sở', '1.500.000 đồng')],
                      yk='Số liệu gửi chậm do trưởng ấp mới thay.')],
             narr=['Từ đầu năm 2026 đến nay, các ấp đã thực hiện 14 tin, bài tuyên truyền về đo lường, chất lượng; việc tuyên truyền đã làm xong theo kế hoạch của xã.',
                   'Tổ kiểm tra của xã phối hợp với các ấp kiểm tra 05 cuộc tại 34 cơ sở (kể cả 08 cơ sở ấp Thanh Bình báo cáo bổ sung ngày 21/10/2026), phát hiện 04 cơ sở vi phạm, xử phạt 6.000.000 đồng.'],
             total=[('Tuyên truyền về đo lường, chất lượng', '14 tin, bài', 'Làm xong'),
                    ('Kiểm tra đo lường, chất lượng tại chợ, vựa, cửa hàng', '05 cuộc – 31 cơ sở – 04 vi phạm – 6.000.000 đ', 'Còn làm'),
                    ('Cán bộ xã dự tập huấn nghiệp vụ TĐC', '02 người', 'Làm xong'),
                    ('Duy trì ISO 9001:2015 tại bộ phận một cửa xã', '', 'Còn làm')],
             diffs=['Ấp Láng Găng: Đường vào các cơ sở chế biến hải sản xa, phương tiện đi lại của ấp hạn chế.',
                    'Ấp Thanh Bình: Số liệu gửi chậm do trưởng ấp mới thay, UBND xã phải tổng hợp bổ sung.'],
             props=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức kiểm định cân tại chỗ cho các vựa hải sản ở ấp Bình Tiến.'],
             closing='Trên đây là báo cáo của UBND xã Bình Châu./.',
             noinhan=['Sở KH&CN TP.HCM;', 'Đảng ủy xã;', 'Lưu: VT.'],
             sign='TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nPhạm Thanh Hùng')
    handA(f, c)
    key(f, '26656', 'Xã Bình Châu', '198/BC-UBND', '2026-10-30', [
        ('II.1.a', 'completed', {'communications': 14}, 'Tuyên truyền về đo lường, chất lượng: 14 tin, bài'),
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 34, 'violations': 4, 'fines_vnd': 6000000},
         'Tổ kiểm tra của xã phối hợp với các ấp kiểm tra 05 cuộc tại 34 cơ sở, 04 vi phạm, 6.000.000 đồng'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cán bộ xã dự tập huấn nghiệp vụ TĐC: 02 người'),
        ('II.2.đ', 'in_progress', {}, 'Duy trì ISO 9001:2015 tại bộ phận một cửa xã')],
        c['diffs'], c['props'])

    # ---- A4 mistaken: Xã Thái Mỹ sends its poverty-reduction consolidation
    f = '27526_ThaiMy_BC_tonghop_ap.docx'
    c = dict(upper='ỦY BAN NHÂN DÂN', kind='Xã', short='Thái Mỹ', so='176/BC-UBND',
             dateline='Thái Mỹ, ngày 29 tháng 10 năm 2026', sublabel='Ấp',
             title='Kết quả thực hiện Chương trình giảm nghèo bền vững 10 tháng năm 2026',
             intro=['Thực hiện Kế hoạch giảm nghèo bền vững năm 2026 của Ủy ban nhân dân Thành phố, UBND xã Thái Mỹ tổng hợp báo cáo của các ấp như sau:'],
             subs=[
                 dict(name='Ấp Mỹ Khánh A', head='ông Đoàn Văn Bảy', recv='12/10/2026', rows=[
                     ('Hộ nghèo đầu năm', '07 hộ'), ('Hộ thoát nghèo', '03 hộ'), ('Hộ được vay vốn NHCSXH', '05 hộ', '250 triệu đồng')]),
                 dict(name='Ấp Bàu Tròn', head='bà Nguyễn Thị Kiều', recv='13/10/2026', rows=[
                     ('Hộ nghèo đầu năm', '05 hộ'), ('Hộ thoát nghèo', '02 hộ'), ('Hộ được hỗ trợ sửa nhà', '01 hộ', '40 triệu đồng')]),
                 dict(name='Ấp Trung Hòa', head='ông Lê Văn Quý', recv='15/10/2026', rows=[
                     ('Hộ nghèo đầu năm', '04 hộ'), ('Hộ thoát nghèo', '02 hộ')],
                      yk='Một số hộ già yếu, không còn khả năng lao động.')],
             narr=['Toàn xã đầu năm có 16 hộ nghèo, đến nay đã có 07 hộ thoát nghèo; 05 hộ được vay vốn ưu đãi, 01 hộ được hỗ trợ sửa chữa nhà ở.'],
             total=[('Giảm hộ nghèo theo chuẩn Thành phố', '07/16 hộ', 'Đạt 43,8%'),
                    ('Hỗ trợ vay vốn, nhà ở', '06 hộ', 'Đang thực hiện')],
             diffs=['Ấp Trung Hòa: Một số hộ già yếu, không còn khả năng lao động nên khó thoát nghèo.'],
             props=['Đề nghị Thành phố bổ sung nguồn vốn vay ưu đãi cho hộ cận nghèo.'],
             closing='Trên đây là báo cáo của UBND xã Thái Mỹ./.',
             noinhan=['Sở Nội vụ;', 'Lưu: VT, VHXH.'],
             sign='TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHuỳnh Văn Lực')
    handA(f, c)
    key(f, '27526', 'Xã Thái Mỹ', '176/BC-UBND', '2026-10-29', [], status='rejected',
        reason='Báo cáo kết quả Chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')
    KEYS[f]['difficulties'] = []; KEYS[f]['proposals'] = []


# ================================================================ HAND B
# Anh Phạm Minh Quang-type department planner: NĐ30 report; Part I one captioned table per
# division, the caption citing the division's own dispatch; Part II one paragraph per task with
# "(gồm: ...)" breakdown and a "Sở tự đánh giá:" sentence (only place of status).

def handB(fname, c):
    d = new_doc(size=14, margins=(2, 2, 3, 1.5))
    header_block(d, [('UBND THÀNH PHỐ HỒ CHÍ MINH', ''), (c['upper'], 'b'), ('', ''), ('Số: ' + c['so'], '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'), ('', ''),
                  ('Thành phố Hồ Chí Minh, ' + c['dateline'], 'i')], size=13)
    P(d)
    P(d, 'BÁO CÁO', bold=True, align='c')
    P(d, c['title'], bold=True, align='c')
    P(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    for t in c['intro']:
        P(d, t, align='j', indent=1.27)
    P(d, 'I. SỐ LIỆU DO CÁC ĐƠN VỊ THUỘC SỞ BÁO CÁO', bold=True)
    for i, s in enumerate(c['subs'], 1):
        P(d, '%d. %s' % (i, s['name']), bold=True)
        P(d, 'Bảng 1.%d – Số liệu theo %s' % (i, s['src']), italic=True, align='c', size=12)
        rows = [['TT', 'Nội dung công việc đơn vị đã thực hiện', 'Đơn vị tính', 'Số lượng']]
        for k, r in enumerate(s['rows'], 1):
            rows.append([str(k)] + list(r))
        table(d, rows, widths=[1, 9.5, 3, 2.8], size=12, aligns=['c', None, 'c', 'r'])
    P(d, 'II. TỔNG HỢP KẾT QUẢ CHUNG CỦA SỞ THEO KẾ HOẠCH', bold=True)
    for i, t in enumerate(c['tasks'], 1):
        runs(d, [('%d. %s. ' % (i, t[0]), 'b'), (t[1], '')])
        runs(d, [('Sở tự đánh giá: ', 'i'), (t[2], 'i')])
    P(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for t in c['diffs']:
        P(d, '- ' + t, align='j', indent=1.27)
    P(d, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for t in c['props']:
        P(d, '- ' + t, align='j', indent=1.27)
    P(d, c['closing'], align='j', indent=1.27)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), 'Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Các đơn vị thuộc Sở;\n- Lưu: VT, KHTH.', size=11)
    cell_text(t.cell(0, 1), c['sign'], bold=True, align='c')
    save_doc(d, fname)


def build_handB():
    # ---- B1 Sở Công Thương
    f = 'SoCongThuong_BC_CT38_2026.docx'
    c = dict(upper='SỞ CÔNG THƯƠNG', so='3547/BC-SCT', dateline='ngày 05 tháng 11 năm 2026',
             title='Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ',
             intro=['Sở Công Thương nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Trên cơ sở báo cáo của Chi cục Quản lý thị trường, Phòng Quản lý Thương mại và Phòng Quản lý Công nghiệp, Sở Công Thương tổng hợp báo cáo như sau:'],
             subs=[
                 dict(name='Chi cục Quản lý thị trường', src='Báo cáo số 1125/BC-CCQLTT ngày 08/10/2026', rows=[
                     ('Kiểm tra chất lượng hàng hóa lưu thông (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)', 'cuộc', '14'),
                     ('Số cơ sở được kiểm tra', 'cơ sở', '52'),
                     ('Số cơ sở vi phạm', 'cơ sở', '09'),
                     ('Tiền xử phạt vi phạm hành chính', 'đồng', '87.500.000'),
                     ('Tin, bài cảnh báo hàng giả, hàng kém chất lượng', 'tin, bài', '15')]),
                 dict(name='Phòng Quản lý Thương mại', src='Phiếu báo cáo ngày 12/10/2026', rows=[
                     ('Kiểm tra đo lường tại cửa hàng bán lẻ xăng dầu (phối hợp Chi cục TĐC)', 'cuộc', '02'),
                     ('Số cửa hàng được kiểm tra', 'cửa hàng', '11'),
                     ('Hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu', 'hội nghị', '01'),
                     ('Đại biểu dự hội nghị', 'lượt người', '120'),
                     ('Tin, bài trên Cổng thông tin điện tử Sở', 'tin, bài', '08')]),
                 dict(name='Phòng Quản lý Công nghiệp', src='Báo cáo số 47/BC-QLCN ngày 14/10/2026', rows=[
                     ('Góp ý dự thảo quy chuẩn kỹ thuật quốc gia (an toàn hóa chất, thiết bị điện)', 'dự thảo', '03'),
                     ('Doanh nghiệp được hỗ trợ áp dụng ISO 14001, 5S, Lean qua chương trình khuyến công', 'doanh nghiệp', '12')])],
             tasks=[
                 ('Về phối hợp kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường',
                  'Toàn Sở đã thực hiện 16 cuộc kiểm tra đối với 63 cơ sở (gồm: Chi cục Quản lý thị trường 14 cuộc, 52 cơ sở; Phòng Quản lý Thương mại 02 cuộc, 11 cửa hàng xăng dầu); phát hiện 09 cơ sở vi phạm, xử phạt 87.500.000 đồng.',
                  'các cuộc kiểm tra theo kế hoạch năm đang tiếp tục thực hiện đến hết tháng 12/2026.'),
                 ('Về tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
                  'Đã đăng 23 tin, bài (gồm: Chi cục Quản lý thị trường 15; Phòng Quản lý Thương mại 08); tổ chức 01 hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu với 120 lượt người tham dự.',
                  'đã hoàn thành.'),
                 ('Về góp ý quy chuẩn kỹ thuật quốc gia',
                  'Phòng Quản lý Công nghiệp đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo.',
                  'đã hoàn thành các văn bản được xin ý kiến.'),
                 ('Về hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ nâng cao năng suất',
                  'Thông qua chương trình khuyến công, Phòng Quản lý Công nghiệp đã hỗ trợ 12 doanh nghiệp áp dụng ISO 14001, 5S, Lean.',
                  'đang triển khai, dự kiến nghiệm thu trong tháng 12/2026.')],
             diffs=['Chi cục Quản lý thị trường: Lực lượng kiểm tra còn mỏng so với địa bàn Thành phố sau sắp xếp, mở rộng.',
                    'Phòng Quản lý Thương mại: Một số cửa hàng xăng dầu ở khu vực Bình Dương (cũ), Bà Rịa - Vũng Tàu (cũ) chưa cập nhật danh sách cột đo đã kiểm định.'],
             props=['Phòng Quản lý Công nghiệp kiến nghị Sở Khoa học và Công nghệ chia sẻ danh sách doanh nghiệp đã được hỗ trợ theo Chương trình 1322 để tránh trùng lặp đối tượng hỗ trợ.',
                    'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức tập huấn cho công chức Chi cục Quản lý thị trường về kiểm tra phương tiện đo.'],
             closing='Sở Công Thương báo cáo để Sở Khoa học và Công nghệ tổng hợp./.',
             sign='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLê Minh Tuấn')
    handB(f, c)
    key(f, 'SO-CT', 'Sở Công Thương', '3547/BC-SCT', '2026-11-05', [
        ('II.5.a', 'in_progress', {'inspections': 16, 'establishments_inspected': 63, 'violations': 9, 'fines_vnd': 87500000},
         'Toàn Sở đã thực hiện 16 cuộc kiểm tra đối với 63 cơ sở; 09 cơ sở vi phạm, xử phạt 87.500.000 đồng'),
        ('II.1.a', 'completed', {'communications': 23, 'training_courses': 1, 'participants': 120},
         'Đã đăng 23 tin, bài; 01 hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu với 120 lượt người'),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 12}, 'Hỗ trợ 12 doanh nghiệp áp dụng ISO 14001, 5S, Lean')],
        c['diffs'], c['props'])

    # ---- B2 Sở Y tế
    f = 'SYT_bao-cao-ket-qua-CT38_nam2026.docx'
    c = dict(upper='SỞ Y TẾ', so='8120/BC-SYT', dateline='ngày 07 tháng 11 năm 2026',
             title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 (phần việc của ngành Y tế)',
             intro=['Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Y tế đã giao Văn phòng Sở, Phòng Nghiệp vụ Dược và Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm báo cáo phần việc liên quan. Sở Y tế tổng hợp như sau:'],
             subs=[
                 dict(name='Văn phòng Sở', src='Báo cáo nội bộ số 215/BC-VP ngày 09/10/2026', rows=[
                     ('Lớp tập huấn đánh giá viên nội bộ ISO 9001:2015', 'lớp', '01'),
                     ('Công chức tham dự lớp đánh giá viên nội bộ', 'người', '35'),
                     ('Tin, bài trên Trang thông tin điện tử Sở Y tế', 'tin, bài', '06'),
                     ('Công chức dự tập huấn nghiệp vụ TĐC do Chi cục TĐC tổ chức', 'người', '04')]),
                 dict(name='Phòng Nghiệp vụ Dược', src='Phiếu trình ngày 13/10/2026', rows=[
                     ('Kiểm tra chất lượng mỹ phẩm lưu thông', 'cuộc', '06'),
                     ('Cơ sở kinh doanh mỹ phẩm được kiểm tra', 'cơ sở', '38'),
                     ('Cơ sở vi phạm', 'cơ sở', '05'),
                     ('Tiền phạt', 'đồng', '42.000.000'),
                     ('Góp ý dự thảo QCVN về mỹ phẩm, dược liệu', 'dự thảo', '02')]),
                 dict(name='Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm', src='Công văn số 903/TTKN-KHTH ngày 15/10/2026', rows=[
                     ('Mẫu thuốc lấy kiểm tra chất lượng hậu kiểm', 'mẫu', '128'),
                     ('Mẫu mỹ phẩm lấy kiểm tra chất lượng hậu kiểm', 'mẫu', '87'),
                     ('Góp ý dự thảo QCVN về giới hạn kim loại nặng trong mỹ phẩm', 'dự thảo', '01')])],
             tasks=[
                 ('Về duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở',
                  'Văn phòng Sở đã tổ chức 01 lớp tập huấn đánh giá viên nội bộ cho 35 công chức; hoàn thành đánh giá nội bộ năm 2026.',
                  'việc duy trì hệ thống đang được thực hiện thường xuyên.'),
                 ('Về kiểm tra chất lượng sản phẩm, hàng hóa thuộc lĩnh vực y tế',
                  'Phòng Nghiệp vụ Dược kiểm tra 06 cuộc tại 38 cơ sở, phát hiện 05 cơ sở vi phạm, xử phạt 42.000.000 đồng; Trung tâm Kiểm nghiệm lấy 215 mẫu (gồm: 128 mẫu thuốc, 87 mẫu mỹ phẩm) để kiểm tra chất lượng.',
                  'đang thực hiện theo kế hoạch hậu kiểm năm 2026.'),
                 ('Về góp ý quy chuẩn kỹ thuật quốc gia',
                  'Sở đã góp ý 03 dự thảo QCVN (gồm: Phòng Nghiệp vụ Dược 02, Trung tâm Kiểm nghiệm 01).',
                  'đã hoàn thành.'),
                 ('Về tuyên truyền',
                  'Văn phòng Sở đăng 06 tin, bài về chất lượng thuốc, mỹ phẩm, trang thiết bị y tế.',
                  'đã hoàn thành.'),
                 ('Về cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng',
                  'Đã cử 04 công chức tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.',
                  'đã hoàn thành.')],
             diffs=['Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm: Một số chỉ tiêu thử nghiệm mỹ phẩm chưa được công nhận theo ISO/IEC 17025 nên phải gửi mẫu đi nơi khác.'],
             props=['Văn phòng Sở đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất việc chuyển đổi hệ thống quản lý chất lượng ISO 9001:2015 sang môi trường điện tử.'],
             closing='Sở Y tế báo cáo Sở Khoa học và Công nghệ tổng hợp./.',
             sign='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Anh Dũng')
    handB(f, c)
    key(f, 'SO-YT', 'Sở Y tế', '8120/BC-SYT', '2026-11-07', [
        ('II.2.đ', 'in_progress', {'training_courses': 1, 'participants': 35},
         'Văn phòng Sở tổ chức 01 lớp tập huấn đánh giá viên nội bộ cho 35 công chức; duy trì thường xuyên'),
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 38, 'violations': 5, 'fines_vnd': 42000000, 'samples_tested': 215},
         'Kiểm tra 06 cuộc tại 38 cơ sở, 05 vi phạm, 42.000.000 đồng; lấy 215 mẫu kiểm tra chất lượng'),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý 03 dự thảo QCVN'),
        ('II.1.a', 'completed', {'communications': 6}, 'Văn phòng Sở đăng 06 tin, bài'),
        ('II.3.a', 'completed', {'participants': 4}, 'Cử 04 công chức tham dự lớp tập huấn do Chi cục TĐC tổ chức')],
        c['diffs'], c['props'])

    # ---- B3 Sở Nông nghiệp và Môi trường
    f = 'SoNNMT-BC-thuc-hien-KH-CT38.docx'
    c = dict(upper='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', so='5962/BC-SNNMT', dateline='ngày 10 tháng 11 năm 2026',
             title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
             intro=['Sở Nông nghiệp và Môi trường tổng hợp báo cáo của Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y, Chi cục Thủy sản như sau:'],
             subs=[
                 dict(name='Chi cục Trồng trọt và Bảo vệ thực vật', src='Báo cáo số 702/BC-CCTTBVTV ngày 10/10/2026', rows=[
                     ('Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật', 'cuộc', '07'),
                     ('Cơ sở được kiểm tra', 'cơ sở', '64'),
                     ('Cơ sở vi phạm', 'cơ sở', '11'),
                     ('Tiền phạt', 'đồng', '96.500.000'),
                     ('Mẫu phân bón lấy kiểm nghiệm', 'mẫu', '36'),
                     ('Hội nghị tuyên truyền nhận biết phân bón giả, kém chất lượng cho nông dân', 'hội nghị', '03'),
                     ('Nông dân tham dự', 'lượt người', '260'),
                     ('Góp ý dự thảo QCVN về phân bón', 'dự thảo', '02')]),
                 dict(name='Chi cục Chăn nuôi và Thú y', src='Báo cáo số 415/BC-CCCNTY ngày 11/10/2026', rows=[
                     ('Kiểm tra chất lượng thức ăn chăn nuôi, thuốc thú y', 'cuộc', '04'),
                     ('Cơ sở được kiểm tra', 'cơ sở', '27'),
                     ('Cơ sở vi phạm', 'cơ sở', '03'),
                     ('Tiền phạt', 'đồng', '18.000.000'),
                     ('Góp ý dự thảo QCVN về thức ăn chăn nuôi', 'dự thảo', '02')]),
                 dict(name='Chi cục Thủy sản', src='Báo cáo số 388/BC-CCTS ngày 14/10/2026', rows=[
                     ('Kiểm tra chất lượng giống, thức ăn thủy sản', 'cuộc', '02'),
                     ('Cơ sở được kiểm tra', 'cơ sở', '15'),
                     ('Hợp tác xã, doanh nghiệp được hướng dẫn áp dụng truy xuất nguồn gốc (tem QR)', 'đơn vị', '18')])],
             tasks=[
                 ('Về kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường',
                  'Các Chi cục đã thực hiện 13 cuộc kiểm tra tại 106 cơ sở (gồm: Chi cục Trồng trọt và Bảo vệ thực vật 07 cuộc, 64 cơ sở; Chi cục Chăn nuôi và Thú y 04 cuộc, 27 cơ sở; Chi cục Thủy sản 02 cuộc, 15 cơ sở); phát hiện 14 cơ sở vi phạm, xử phạt 114.500.000 đồng; lấy 36 mẫu phân bón kiểm nghiệm.',
                  'đang tiếp tục thực hiện theo kế hoạch kiểm tra năm.'),
                 ('Về hướng dẫn áp dụng truy xuất nguồn gốc (Đề án 100)',
                  'Chi cục Thủy sản đã hướng dẫn 18 hợp tác xã, doanh nghiệp áp dụng tem truy xuất nguồn gốc.',
                  'đang triển khai, mở rộng sang lĩnh vực rau quả trong Quý IV/2026.'),
                 ('Về góp ý quy chuẩn kỹ thuật quốc gia',
                  'Đã góp ý 04 dự thảo QCVN (gồm: Chi cục Trồng trọt và Bảo vệ thực vật 02, Chi cục Chăn nuôi và Thú y 02).',
                  'đã hoàn thành.'),
                 ('Về tuyên truyền, phổ biến cho người sản xuất',
                  'Tổ chức 03 hội nghị tuyên truyền nhận biết phân bón giả, kém chất lượng với 260 lượt nông dân tham dự.',
                  'đã hoàn thành.')],
             diffs=['Chi cục Trồng trọt và Bảo vệ thực vật: Kinh phí lấy mẫu kiểm nghiệm phân bón còn hạn chế so với số cơ sở cần hậu kiểm.',
                    'Chi cục Thủy sản: Nhiều hộ nuôi nhỏ lẻ chưa sẵn sàng áp dụng tem truy xuất nguồn gốc vì chi phí.'],
             props=['Chi cục Chăn nuôi và Thú y đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả khảo sát chất lượng thức ăn chăn nuôi để phối hợp xử lý.'],
             closing='Sở Nông nghiệp và Môi trường báo cáo./.',
             sign='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTrần Văn Khánh')
    handB(f, c)
    key(f, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '5962/BC-SNNMT', '2026-11-10', [
        ('II.5.a', 'in_progress', {'inspections': 13, 'establishments_inspected': 106, 'violations': 14, 'fines_vnd': 114500000, 'samples_tested': 36},
         '13 cuộc kiểm tra tại 106 cơ sở; 14 cơ sở vi phạm, xử phạt 114.500.000 đồng; lấy 36 mẫu phân bón'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 18}, 'Hướng dẫn 18 hợp tác xã, doanh nghiệp áp dụng tem truy xuất nguồn gốc'),
        ('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý 04 dự thảo QCVN'),
        ('II.1.a', 'completed', {'training_courses': 3, 'participants': 260}, '03 hội nghị tuyên truyền với 260 lượt nông dân')],
        c['diffs'], c['props'])


# ================================================================ HAND C (xlsx)
# Chị Đỗ Thanh Thùy-type accountant/aggregator: one sheet, blocks stacked per sub-unit, each
# block with a dark banner, its OWN column headings (only the figure kinds it has), and an
# "Ý kiến của phòng:" row; the last block "TỔNG HỢP TOÀN ĐƠN VỊ" by plan order is the only
# place with a status ("Tiến độ": Hoàn tất / Đang làm / Chưa bắt đầu / Không phát sinh).

THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def handC(fname, c):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = c['sheet']
    ncol = 8
    widths = [5, 52, 13, 13, 13, 13, 16, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    r = 1
    ws.cell(r, 1, c['parent']).font = Font(name='Times New Roman', size=11)
    ws.cell(r, 6, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font = Font(name='Times New Roman', bold=True, size=11)
    r += 1
    ws.cell(r, 1, c['upper']).font = Font(name='Times New Roman', bold=True, size=11)
    ws.cell(r, 6, 'Độc lập - Tự do - Hạnh phúc').font = Font(name='Times New Roman', bold=True, size=11)
    r += 1
    ws.cell(r, 1, 'Số: ' + c['so']).font = Font(name='Times New Roman', size=11)
    ws.cell(r, 6, c['dateline']).font = Font(name='Times New Roman', italic=True, size=11)
    r += 2
    ws.cell(r, 1, c['title']).font = Font(name='Times New Roman', bold=True, size=13)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1).alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[r].height = 36
    r += 1
    ws.cell(r, 1, c['subtitle']).font = Font(name='Times New Roman', italic=True, size=11)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1).alignment = Alignment(horizontal='center')
    r += 2
    dark = PatternFill('solid', fgColor='1F3864')
    grey = PatternFill('solid', fgColor='D9E1F2')
    for blk in c['blocks']:
        ws.cell(r, 1, blk['banner']).font = Font(name='Times New Roman', bold=True, color='FFFFFF', size=11)
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = dark
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for j, h in enumerate(blk['head'], 1):
            cl = ws.cell(r, j, h)
            cl.font = Font(name='Times New Roman', bold=True, size=10)
            cl.fill = grey
            cl.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            cl.border = BOX
        ws.row_dimensions[r].height = 30
        r += 1
        for row in blk['rows']:
            for j, v in enumerate(row, 1):
                cl = ws.cell(r, j, v)
                cl.font = Font(name='Times New Roman', size=11, bold=blk.get('boldfirst', False) and False)
                cl.alignment = Alignment(wrap_text=True, vertical='top')
                cl.border = BOX
                if isinstance(v, (int, float)) and v >= 1000:
                    cl.number_format = '#,##0'
            r += 1
        if blk.get('yk'):
            ws.cell(r, 1, blk['yk']).font = Font(name='Times New Roman', italic=True, size=11)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 30 * max(1, blk['yk'].count('\n') + 1)
            r += 1
        r += 1
    for line in c.get('tail', []):
        ws.cell(r, 1, line[0]).font = Font(name='Times New Roman', bold='b' in line[1], italic='i' in line[1], size=11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True)
        r += 1
    r += 1
    ws.cell(r, 2, 'NGƯỜI TỔNG HỢP').font = Font(name='Times New Roman', bold=True, size=11)
    ws.cell(r, 7, c['signer_title']).font = Font(name='Times New Roman', bold=True, size=11)
    r += 4
    ws.cell(r, 2, c['maker']).font = Font(name='Times New Roman', size=11)
    ws.cell(r, 7, c['signer']).font = Font(name='Times New Roman', bold=True, size=11)
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))


def build_handC():
    # ---- C1 Chi cục TĐC
    f = 'ChiCucTDC_BC-CT38-2026_tong-hop-cac-phong.xlsx'
    yk1 = 'Ý kiến của phòng: Khó khăn – Số hồ sơ Giải thưởng Chất lượng Quốc gia ít do doanh nghiệp ngại chi phí tư vấn. Đề xuất – Đề nghị Sở bố trí thêm kinh phí hỗ trợ doanh nghiệp tham dự Giải thưởng năm 2027.'
    yk2 = 'Ý kiến của phòng: Khó khăn – Phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra đo lường xuống cấp, nhiều thiết bị quá hạn hiệu chuẩn. Đề xuất – Đề nghị Sở phê duyệt danh mục mua sắm bổ sung 02 bộ quả cân chuẩn và 01 bình chuẩn kim loại.'
    yk3 = 'Ý kiến của phòng: Khó khăn – Chưa có hướng dẫn của Bộ về kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.'
    c = dict(sheet='BC CT38', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', upper='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
             so='615/BC-TĐC', dateline='TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
             title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
             subtitle='(tổng hợp từ số liệu của các phòng chuyên môn – số liệu tính đến ngày 20/10/2026)',
             blocks=[
                 dict(banner='A. PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG  –  người nhập số liệu: Phan Ngọc Diễm',
                      head=['STT', 'Việc đã làm', 'Doanh nghiệp (DN)', 'Tiêu chuẩn/ QC góp ý', 'Mẫu khảo sát', 'Cuộc KT', 'Kinh phí đã chi (đ)', 'Ghi chú'],
                      rows=[[1, 'Tuyên truyền, vận động DN tham dự Giải thưởng Chất lượng Quốc gia', 14, None, None, None, None, 'hội thảo tháng 3'],
                            [2, 'Tiếp nhận, đánh giá hồ sơ Giải thưởng Chất lượng Quốc gia 2026', 6, None, None, None, None, 'chuyển Hội đồng quốc gia'],
                            [3, 'Hỗ trợ DN nâng cao năng suất chất lượng (Chương trình 1322)', 9, None, None, None, 185000000, None],
                            [4, 'Hướng dẫn DN áp dụng ISO, công bố hợp chuẩn, hợp quy', 23, None, None, None, None, None],
                            [5, 'Góp ý dự thảo TCVN, QCVN', None, 11, None, None, None, None],
                            [6, 'Khảo sát chất lượng sản phẩm (mũ bảo hiểm, dây cáp điện, sữa)', None, None, 60, None, None, 'Trung tâm PTTN thử nghiệm'],
                            [7, 'Kiểm tra nhãn hàng hóa tại siêu thị, cửa hàng', None, None, None, 6, None, '48 cơ sở; 03 vi phạm']],
                      yk=yk1),
                 dict(banner='B. PHÒNG QUẢN LÝ ĐO LƯỜNG  –  người nhập số liệu: Lê Hoàng Nam',
                      head=['STT', 'Việc đã làm', 'Cuộc KT', 'Cơ sở', 'Vi phạm', 'Tiền phạt (đ)', 'PTĐ/thiết bị KĐ, HC', 'Ghi chú'],
                      rows=[[1, 'Kiểm tra đo lường xăng dầu, khí dầu mỏ hóa lỏng, hàng đóng gói sẵn', 12, 98, 9, 128500000, None, None],
                            [2, 'Phối hợp UBND phường, xã kiểm tra đo lường tại chợ', 9, 74, 4, None, None, 'phường xử phạt theo thẩm quyền'],
                            [3, 'Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ của Chi cục', None, None, None, None, 24, 'bảo trì 06 thiết bị']],
                      yk=yk2),
                 dict(banner='C. PHÒNG HÀNH CHÍNH – TỔNG HỢP  –  người nhập số liệu: Đỗ Thanh Thùy',
                      head=['STT', 'Việc đã làm', 'Số lớp/ hội nghị', 'Lượt người', '', '', '', 'Ghi chú'],
                      rows=[[1, 'Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; Tọa đàm với DN nhập khẩu', 4, 512, None, None, None, '03 lớp + 01 tọa đàm'],
                            [2, 'Tập huấn nghiệp vụ TĐC cho công chức phường, xã, đặc khu', 2, 236, None, None, None, None],
                            [3, 'Kết nối cơ sở dữ liệu quốc gia về TĐC', None, None, None, None, None, 'chờ hướng dẫn của Bộ']],
                      yk=yk3),
                 dict(banner='TỔNG HỢP TOÀN ĐƠN VỊ (theo thứ tự Kế hoạch)',
                      head=['STT', 'Nội dung theo Kế hoạch', 'Số liệu chính', 'Số liệu khác', '', '', 'Tiến độ', 'Ghi chú'],
                      rows=[[1, 'Tập huấn VBQPPL, tọa đàm DN nhập khẩu', '04 lớp', '512 lượt', None, None, 'Hoàn tất', None],
                            [2, 'Tuyên truyền Giải thưởng CLQG', '14 DN', None, None, None, 'Hoàn tất', None],
                            [3, 'NSCL – Chương trình 1322', '09 DN', '185.000.000 đ', None, None, 'Đang làm', None],
                            [4, 'Hoạt động Giải thưởng CLQG 2026', '06 DN', None, None, None, 'Đang làm', None],
                            [5, 'Hỗ trợ DN áp dụng HTQL, công bố', '23 DN', None, None, None, 'Đang làm', None],
                            [6, 'Góp ý TCVN, QCVN', '11 dự thảo', None, None, None, 'Đang làm', None],
                            [7, 'Kết nối CSDL quốc gia TĐC', None, None, None, None, 'Chưa bắt đầu', None],
                            [8, 'Tập huấn công chức phường, xã', '02 lớp', '236 lượt', None, None, 'Hoàn tất', None],
                            [9, 'Kiểm tra TĐC hàng hóa lưu thông', '17 cuộc; 146 cơ sở', '12 vi phạm; 128.500.000 đ', None, None, 'Đang làm', '01 đoàn liên ngành 2 phòng cùng đi, tính 01 cuộc'],
                            [10, 'Khảo sát chất lượng sản phẩm', '60 mẫu', None, None, None, 'Hoàn tất', None],
                            [11, 'Phối hợp phường, xã (phân quyền)', '09 cuộc; 74 cơ sở', '04 vi phạm', None, None, 'Đang làm', None]]),
             ],
             signer_title='KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG', signer='Trần Quốc Bảo', maker='Đỗ Thanh Thùy')
    handC(f, c)
    key(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '615/BC-TĐC', '2026-10-26', [
        ('II.1.a', 'completed', {'training_courses': 4, 'participants': 512}, 'Tập huấn VBQPPL, tọa đàm DN nhập khẩu: 04 lớp, 512 lượt'),
        ('II.1.b', 'completed', {'enterprises_supported': 14}, 'Tuyên truyền Giải thưởng CLQG: 14 DN'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 9, 'budget_spent_vnd': 185000000}, 'NSCL – Chương trình 1322: 09 DN, 185.000.000 đ'),
        ('II.2.b', 'in_progress', {'enterprises_supported': 6}, 'Hoạt động Giải thưởng CLQG 2026: 06 DN'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 23}, 'Hỗ trợ DN áp dụng HTQL, công bố: 23 DN'),
        ('II.2.e', 'in_progress', {'standards_reviewed': 11}, 'Góp ý TCVN, QCVN: 11 dự thảo'),
        ('II.2.i', 'not_started', {}, 'Kết nối CSDL quốc gia TĐC: Chưa bắt đầu'),
        ('II.3.a', 'completed', {'training_courses': 2, 'participants': 236}, 'Tập huấn công chức phường, xã: 02 lớp, 236 lượt'),
        ('II.5.a', 'in_progress', {'inspections': 17, 'establishments_inspected': 146, 'violations': 12, 'fines_vnd': 128500000},
         'Kiểm tra TĐC hàng hóa lưu thông: 17 cuộc; 146 cơ sở; 12 vi phạm; 128.500.000 đ'),
        ('II.5.b', 'completed', {'samples_tested': 60}, 'Khảo sát chất lượng sản phẩm: 60 mẫu'),
        ('II.5.c', 'in_progress', {'inspections': 9, 'establishments_inspected': 74, 'violations': 4}, 'Phối hợp phường, xã (phân quyền): 09 cuộc; 74 cơ sở; 04 vi phạm'),
        ('II.4.b', 'unknown', {'instruments_verified': 24}, 'Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ của Chi cục: 24 (dòng có ở bảng Phòng QLĐL, không có ở bảng tổng hợp)')],
        ['Khó khăn – Số hồ sơ Giải thưởng Chất lượng Quốc gia ít do doanh nghiệp ngại chi phí tư vấn.',
         'Khó khăn – Phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra đo lường xuống cấp, nhiều thiết bị quá hạn hiệu chuẩn.',
         'Khó khăn – Chưa có hướng dẫn của Bộ về kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.'],
        ['Đề xuất – Đề nghị Sở bố trí thêm kinh phí hỗ trợ doanh nghiệp tham dự Giải thưởng năm 2027.',
         'Đề xuất – Đề nghị Sở phê duyệt danh mục mua sắm bổ sung 02 bộ quả cân chuẩn và 01 bình chuẩn kim loại.'])

    # ---- C2 Trung tâm Dịch vụ Phân tích thí nghiệm
    f = 'TTPTTN_bao_cao_CT38_T10-2026.xlsx'
    c = dict(sheet='Tong hop CT38', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', upper='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
             so='1287/BC-TTPTTN', dateline='Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
             title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 CỦA TRUNG TÂM',
             subtitle='(số liệu do các phòng thuộc Trung tâm cung cấp, đến 25/10/2026)',
             blocks=[
                 dict(banner='PHÒNG ĐO LƯỜNG – KIỂM ĐỊNH (Trưởng phòng: Nguyễn Hữu Thắng)',
                      head=['STT', 'Việc đã làm', 'PTĐ kiểm định, hiệu chuẩn (chiếc)', 'Chuẩn gửi liên kết (chuẩn)', '', '', '', 'Ghi chú'],
                      rows=[[1, 'Kiểm định, hiệu chuẩn phương tiện đo cho tổ chức, doanh nghiệp', 18640, None, None, None, None, 'mở rộng lĩnh vực đồng hồ nước DN 15–50'],
                            [2, 'Hiệu chuẩn chuẩn chính tại Viện Đo lường Việt Nam (liên kết chuẩn)', None, 7, None, None, None, None]],
                      yk='Ý kiến của phòng: Khó khăn – Thiếu kiểm định viên lĩnh vực áp suất và lưu lượng.'),
                 dict(banner='PHÒNG THỬ NGHIỆM HÓA – LÝ (Trưởng phòng: Trần Thị Mai Anh)',
                      head=['STT', 'Việc đã làm', 'Mẫu thử nghiệm (mẫu)', '', '', '', '', 'Ghi chú'],
                      rows=[[1, 'Thử nghiệm mẫu theo yêu cầu khách hàng và phục vụ quản lý', 2140, None, None, None, None, 'trong đó 42 mẫu khảo sát cho Chi cục TĐC']],
                      yk='Ý kiến của phòng: Đề xuất – Đề nghị được đầu tư máy sắc ký khí khối phổ (GC-MS/MS) thay thế thiết bị đã sử dụng trên 12 năm.'),
                 dict(banner='PHÒNG VI SINH – SINH HỌC PHÂN TỬ (Trưởng phòng: Lê Minh Khoa)',
                      head=['STT', 'Việc đã làm', 'Mẫu thử nghiệm (mẫu)', 'Lớp đào tạo', 'Sinh viên thực tập', '', '', 'Ghi chú'],
                      rows=[[1, 'Thử nghiệm vi sinh mẫu thực phẩm, nước', 1075, None, None, None, None, 'trong đó 18 mẫu khảo sát cho Chi cục TĐC'],
                            [2, 'Đào tạo thực hành phòng thí nghiệm cho sinh viên các trường đại học, cao đẳng', None, 2, 46, None, None, None]]),
                 dict(banner='PHÒNG KẾ HOẠCH – TÀI CHÍNH (Trưởng phòng: Võ Thị Ngọc Hân)',
                      head=['STT', 'Việc đã làm', 'Kinh phí đã giải ngân (đồng)', '', '', '', '', 'Ghi chú'],
                      rows=[[1, 'Mua sắm, nâng cấp trang thiết bị thử nghiệm, kiểm định năm 2026', 4350000000, None, None, None, None, 'đạt 72% dự toán']],
                      yk='Ý kiến của phòng: Khó khăn – Thủ tục đấu thầu mua sắm thiết bị kéo dài, nhiều gói phải đấu thầu lại.'),
                 dict(banner='TỔNG HỢP TOÀN TRUNG TÂM',
                      head=['STT', 'Nội dung', 'Số liệu', '', '', '', 'Tiến độ', 'Ghi chú'],
                      rows=[[1, 'Dịch vụ kỹ thuật TĐC (kiểm định, hiệu chuẩn, thử nghiệm)', '18.640 PTĐ; 3.155 mẫu', None, None, None, 'Đang làm', 'không tính 60 mẫu khảo sát cho Chi cục (đã ghi ở dòng 4)'],
                            [2, 'Đầu tư trang thiết bị', '4,35 tỷ đồng', None, None, None, 'Đang làm', None],
                            [3, 'Liên kết chuẩn đo lường', '07 chuẩn', None, None, None, 'Hoàn tất', None],
                            [4, 'Thử nghiệm mẫu khảo sát chất lượng phục vụ Chi cục TĐC', '60 mẫu', None, None, None, 'Hoàn tất', None],
                            [5, 'Đào tạo sinh viên về đo lường, thử nghiệm', '02 lớp; 46 sinh viên', None, None, None, 'Hoàn tất', None]])],
             tail=[('Kiến nghị chung của Trung tâm: Đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu các gói thiết bị còn lại của năm 2026.', 'i')],
             signer_title='GIÁM ĐỐC', signer='Nguyễn Văn Lâm', maker='Đỗ Thị Thanh Nga')
    handC(f, c)
    key(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1287/BC-TTPTTN', '2026-10-28', [
        ('II.2.g', 'in_progress', {'instruments_verified': 18640, 'samples_tested': 3155}, 'Dịch vụ kỹ thuật TĐC: 18.640 PTĐ; 3.155 mẫu'),
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 4350000000}, 'Đầu tư trang thiết bị: 4,35 tỷ đồng'),
        ('II.4.c', 'completed', {'instruments_verified': 7}, 'Liên kết chuẩn đo lường: 07 chuẩn'),
        ('II.5.b', 'completed', {'samples_tested': 60}, 'Thử nghiệm mẫu khảo sát chất lượng phục vụ Chi cục TĐC: 60 mẫu'),
        ('II.3.d', 'completed', {'training_courses': 2, 'participants': 46}, 'Đào tạo sinh viên về đo lường, thử nghiệm: 02 lớp; 46 sinh viên')],
        ['Khó khăn – Thiếu kiểm định viên lĩnh vực áp suất và lưu lượng.',
         'Khó khăn – Thủ tục đấu thầu mua sắm thiết bị kéo dài, nhiều gói phải đấu thầu lại.'],
        ['Đề xuất – Đề nghị được đầu tư máy sắc ký khí khối phổ (GC-MS/MS) thay thế thiết bị đã sử dụng trên 12 năm.',
         'Kiến nghị chung của Trung tâm: Đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu các gói thiết bị còn lại của năm 2026.'])

    # ---- C3 Phòng Kiểm tra – Pháp chế
    f = 'P.KTPC_BC-ket-qua-CT38_2026.xlsx'
    c = dict(sheet='KTPC', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', upper='PHÒNG KIỂM TRA – PHÁP CHẾ',
             so='52/BC-KTPC', dateline='Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
             title='BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
             subtitle='(tổng hợp theo các bộ phận của Phòng)',
             blocks=[
                 dict(banner='BỘ PHẬN KIỂM TRA (phụ trách: Nguyễn Đức Trung)',
                      head=['STT', 'Việc đã làm', 'Cuộc', 'Cơ sở', 'Vi phạm', '', '', 'Ghi chú'],
                      rows=[[1, 'Phối hợp Chi cục TĐC kiểm tra chất lượng, nhãn hàng hóa lưu thông', 5, 37, 4, None, None, None],
                            [2, 'Phối hợp UBND phường, xã kiểm tra theo nội dung phân quyền', 3, 21, 0, None, None, 'phường Chợ Lớn, xã Bình Chánh, phường Dĩ An']],
                      yk='Ý kiến của bộ phận: Khó khăn – Nhiều phường, xã mới sắp xếp chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.'),
                 dict(banner='BỘ PHẬN PHÁP CHẾ – XỬ LÝ VI PHẠM (phụ trách: Hồ Thị Thu Trang)',
                      head=['STT', 'Việc đã làm', 'QĐ xử phạt', 'Tiền phạt (đồng)', '', '', '', 'Ghi chú'],
                      rows=[[1, 'Tham mưu ban hành quyết định xử phạt vi phạm hành chính (từ kết quả kiểm tra phối hợp)', 4, 36000000, None, None, None, None],
                            [2, 'Góp ý dự thảo Nghị định sửa đổi xử phạt trong lĩnh vực TĐC; dự thảo Luật sửa đổi Luật Chất lượng SPHH', 2, None, None, None, None, 'số văn bản góp ý']],
                      yk='Ý kiến của bộ phận: Đề xuất – Đề nghị Chi cục TĐC thống nhất mẫu biên bản kiểm tra dùng chung cho các đoàn phối hợp.'),
                 dict(banner='BỘ PHẬN TIẾP CÔNG DÂN – XỬ LÝ ĐƠN (phụ trách: Lâm Văn Phát)',
                      head=['STT', 'Việc đã làm', 'Đơn tố giác', '', '', '', '', 'Ghi chú'],
                      rows=[[1, 'Tiếp nhận, xử lý đơn tố giác vi phạm về TĐC', 0, None, None, None, None, 'không nhận được đơn']]),
                 dict(banner='TỔNG HỢP TOÀN PHÒNG',
                      head=['STT', 'Nội dung', 'Số liệu', '', '', '', 'Tiến độ', 'Ghi chú'],
                      rows=[[1, 'Phối hợp kiểm tra, giám sát TĐC hàng hóa', '05 cuộc; 37 cơ sở; 04 vi phạm; 36.000.000 đ', None, None, None, 'Đang làm', None],
                            [2, 'Phối hợp phường, xã theo phân quyền', '03 cuộc; 21 cơ sở', None, None, None, 'Đang làm', None],
                            [3, 'Đề xuất sửa đổi văn bản QPPL về TĐC', '02 văn bản góp ý', None, None, None, 'Hoàn tất', None],
                            [4, 'Bảo vệ người tố giác, xử lý hành vi tiêu cực', '—', None, None, None, 'Không phát sinh', None],
                            [5, 'Rà soát phương tiện kỹ thuật nghiệp vụ (phối hợp Chi cục)', '—', None, None, None, 'Đang làm', None]])],
             signer_title='TRƯỞNG PHÒNG', signer='Đinh Công Thành', maker='Hồ Thị Thu Trang')
    handC(f, c)
    key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '52/BC-KTPC', '2026-10-23', [
        ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 37, 'violations': 4, 'fines_vnd': 36000000},
         'Phối hợp kiểm tra, giám sát TĐC hàng hóa: 05 cuộc; 37 cơ sở; 04 vi phạm; 36.000.000 đ'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 21}, 'Phối hợp phường, xã theo phân quyền: 03 cuộc; 21 cơ sở'),
        ('II.2.c', 'completed', {}, 'Đề xuất sửa đổi văn bản QPPL về TĐC: 02 văn bản góp ý'),
        ('II.5.d', 'not_applicable', {}, 'Bảo vệ người tố giác, xử lý hành vi tiêu cực: Không phát sinh'),
        ('II.4.b', 'in_progress', {}, 'Rà soát phương tiện kỹ thuật nghiệp vụ (phối hợp Chi cục): Đang làm')],
        ['Khó khăn – Nhiều phường, xã mới sắp xếp chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
        ['Đề xuất – Đề nghị Chi cục TĐC thống nhất mẫu biên bản kiểm tra dùng chung cho các đoàn phối hợp.'])

    # ---- C4 mistaken: Sở An toàn thực phẩm
    f = 'SoATTP_BC_thang_hanh_dong_ATTP_2026.xlsx'
    c = dict(sheet='BC ATTP', parent='UBND THÀNH PHỐ HỒ CHÍ MINH', upper='SỞ AN TOÀN THỰC PHẨM',
             so='1934/BC-SATTP', dateline='Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026',
             title='BÁO CÁO KẾT QUẢ THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM VÀ KIỂM TRA ATTP TẾT TRUNG THU NĂM 2026',
             subtitle='(tổng hợp từ các phòng, đội thuộc Sở)',
             blocks=[
                 dict(banner='PHÒNG THANH TRA – KIỂM TRA ATTP',
                      head=['STT', 'Việc đã làm', 'Đoàn KT', 'Cơ sở', 'Vi phạm', 'Tiền phạt (đ)', '', 'Ghi chú'],
                      rows=[[1, 'Kiểm tra cơ sở sản xuất bánh trung thu', 8, 64, 7, 58000000, None, None]]),
                 dict(banner='PHÒNG TRUYỀN THÔNG – GIÁO DỤC',
                      head=['STT', 'Việc đã làm', 'Tin, bài', 'Lớp tập huấn', 'Lượt người', '', '', 'Ghi chú'],
                      rows=[[1, 'Truyền thông Tháng hành động vì ATTP', 42, 6, 780, None, None, None]]),
                 dict(banner='TỔNG HỢP TOÀN SỞ',
                      head=['STT', 'Nội dung', 'Số liệu', '', '', '', 'Tiến độ', 'Ghi chú'],
                      rows=[[1, 'Tháng hành động vì ATTP 2026', '08 đoàn; 64 cơ sở; 42 tin bài', None, None, None, 'Hoàn tất', None]])],
             signer_title='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Phạm Khánh Phong', maker='Ngô Thị Bích')
    handC(f, c)
    key(f, 'SO-ATTP', 'Sở An toàn thực phẩm', '1934/BC-SATTP', '2026-10-24', [], status='rejected',
        reason='Báo cáo Tháng hành động vì an toàn thực phẩm (chủ đề an toàn thực phẩm), không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')


# ================================================================ HAND D (xlsx)
# Anh Võ Tấn Lộc-type young officer: workbook whose FIRST sheet "TONG HOP" is typed by hand
# (no formulas) with "Đối chiếu" notes naming the sub-unit sheets; the following sheets are the
# sub-units' own returned forms pasted as they came (own header, "Người lập", "Ngày gửi",
# "Khó khăn của ..." rows). Status words: Xong / Đang triển khai / Chưa triển khai / Không PS.

def handD(fname, c):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'TONG HOP'
    F = lambda **k: Font(name='Arial', size=10, **k)
    for i, w in enumerate([5, 46, 10, 10, 10, 14, 10, 10, 18, 28], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws['A1'] = c['upper']; ws['A1'].font = F(bold=True)
    ws['A2'] = 'Số: ' + c['so']; ws['A2'].font = F()
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F1'].font = F(bold=True)
    ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['F2'].font = F(bold=True)
    ws['F3'] = c['dateline']; ws['F3'].font = F(italic=True)
    ws['A5'] = c['title']; ws['A5'].font = Font(name='Arial', size=12, bold=True)
    ws.merge_cells('A5:J5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 32
    ws['A6'] = c['subtitle']; ws['A6'].font = F(italic=True)
    ws.merge_cells('A6:J6'); ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ['TT', 'Việc', 'Cuộc KT', 'Cơ sở', 'Vi phạm', 'Tiền phạt (đồng)', c.get('col7', 'Tin, bài'), c.get('col8', 'Người/ lượt'), 'Tình trạng', 'Đối chiếu (sheet)']
    r = 8
    for j, h in enumerate(hdr, 1):
        cl = ws.cell(r, j, h); cl.font = F(bold=True); cl.border = BOX
        cl.fill = PatternFill('solid', fgColor='FFF2CC'); cl.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for row in c['total']:
        for j, v in enumerate(row, 1):
            cl = ws.cell(r, j, v); cl.font = F(); cl.border = BOX; cl.alignment = Alignment(wrap_text=True, vertical='top')
            if isinstance(v, int) and v >= 1000:
                cl.number_format = '#,##0'
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn (theo báo cáo của các bộ phận):').font = F(bold=True); r += 1
    for t in c['diffs']:
        ws.cell(r, 2, t).font = F(); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 28; r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = F(bold=True); r += 1
    for t in c['props']:
        ws.cell(r, 2, t).font = F(); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 28; r += 1
    r += 1
    ws.cell(r, 2, 'Người tổng hợp: ' + c['maker']).font = F(italic=True)
    ws.cell(r, 9, c['signer_title']).font = F(bold=True)
    ws.cell(r + 4, 9, c['signer']).font = F(bold=True)
    # sub-unit sheets
    for s in c['subs']:
        w2 = wb.create_sheet(s['sheet'])
        w2.column_dimensions['A'].width = 6; w2.column_dimensions['B'].width = 55
        w2.column_dimensions['C'].width = 12; w2.column_dimensions['D'].width = 14; w2.column_dimensions['E'].width = 24
        fnt = s.get('font', 'Times New Roman')
        G = lambda **k: Font(name=fnt, size=11, **k)
        w2['A1'] = s['hdr1']; w2['A1'].font = G(bold=True)
        w2['A2'] = s['hdr2']; w2['A2'].font = G()
        w2['A4'] = s['title']; w2['A4'].font = G(bold=True)
        rr = 6
        for j, h in enumerate(['STT', 'Nội dung', 'Số lượng', 'ĐVT', 'Ghi chú'], 1):
            cl = w2.cell(rr, j, h); cl.font = G(bold=True); cl.border = BOX
        rr += 1
        for k, row in enumerate(s['rows'], 1):
            vals = [k] + list(row) + [''] * (4 - len(row))
            for j, v in enumerate(vals, 1):
                cl = w2.cell(rr, j, v); cl.font = G(); cl.border = BOX
                if isinstance(v, int) and v >= 1000:
                    cl.number_format = '#,##0'
            rr += 1
        rr += 1
        for lab, txt in s.get('notes', []):
            w2.cell(rr, 1, lab).font = G(bold=True); w2.cell(rr, 2, txt).font = G(); rr += 1
        rr += 1
        w2.cell(rr, 2, 'Người lập: ' + s['maker']).font = G(italic=True)
        w2.cell(rr + 1, 2, 'Ngày gửi: ' + s['sent']).font = G(italic=True)
    wb.save(os.path.join(OUT, fname))


def build_handD():
    # ---- D1 Phường Thủ Dầu Một: TONG HOP communications 22 (KP4 sheet sent later, +5)
    f = '25747_ThuDauMot_TongHop_CT38.xlsx'
    c = dict(upper='UBND PHƯỜNG THỦ DẦU MỘT', so='356/BC-UBND', dateline='Thủ Dầu Một, ngày 31 tháng 10 năm 2026',
             title='TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) NĂM 2026',
             subtitle='Số liệu từ 01/01/2026 đến 20/10/2026 – chi tiết từng khu phố, bộ phận xem các sheet kèm theo',
             total=[[1, 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', None, None, None, None, 22, None, 'Xong', 'KP1, KP2, KP3 (KP4 chưa gửi)'],
                    [2, 'Kiểm tra đo lường, chất lượng tại chợ, cửa hàng (đoàn phường)', 6, 31, 3, 5500000, None, None, 'Đang triển khai', 'Phong Kinh te'],
                    [3, 'Cử cán bộ dự tập huấn nghiệp vụ TĐC', None, None, None, None, None, 3, 'Xong', 'Phong Kinh te'],
                    [4, 'Áp dụng, duy trì ISO 9001 tại UBND phường', None, None, None, None, None, None, 'Đang triển khai', 'VP HDND-UBND'],
                    [5, 'Khen thưởng người tố giác vi phạm TĐC', None, None, None, None, None, None, 'Không PS', '']],
             diffs=['KP2: Chợ Thủ Dầu Một đang sửa chữa, tiểu thương phân tán nên khó kiểm tra cân.',
                    'Phòng Kinh tế: Chỉ có 01 công chức theo dõi nhiều lĩnh vực, chưa qua đào tạo chuyên sâu về đo lường.'],
             props=['Phòng Kinh tế: Đề nghị Chi cục TĐC hướng dẫn phường lập danh sách cơ sở sử dụng phương tiện đo nhóm 2 trên địa bàn.'],
             maker='Võ Tấn Lộc', signer_title='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Nguyễn Thành Nhân',
             subs=[
                 dict(sheet='KP1', hdr1='KHU PHỐ 1 – PHƯỜNG THỦ DẦU MỘT', hdr2='Ban điều hành khu phố', title='BÁO CÁO VIỆC KHU PHỐ ĐÃ LÀM (CT38)',
                      rows=[('Tuyên truyền trên loa, bảng tin', 8, 'tin, bài')], maker='Trần Văn Hòa', sent='07/10/2026'),
                 dict(sheet='KP2', hdr1='KHU PHỐ 2', hdr2='Phường Thủ Dầu Một', title='Báo cáo tuyên truyền, kiểm tra đo lường',
                      rows=[('Tuyên truyền qua Zalo khu phố', 9, 'tin, bài'), ('Tham gia đoàn kiểm tra cân chợ', 2, 'cuộc')],
                      notes=[('Khó khăn:', 'Chợ đang sửa, tiểu thương phân tán.')], maker='Lê Thị Thu', sent='09/10/2026', font='Arial'),
                 dict(sheet='KP3', hdr1='KHU PHỐ 3', hdr2='Phường Thủ Dầu Một', title='BÁO CÁO',
                      rows=[('Tuyên truyền', 5, 'tin, bài')], maker='Nguyễn Văn Tư', sent='10/10/2026'),
                 dict(sheet='KP4 (gui bo sung)', hdr1='KHU PHỐ 4', hdr2='Phường Thủ Dầu Một', title='Báo cáo bổ sung',
                      rows=[('Tuyên truyền trên loa phát thanh', 5, 'tin, bài')], maker='Phạm Thị Lài', sent='27/10/2026'),
                 dict(sheet='Phong Kinh te', hdr1='PHÒNG KINH TẾ', hdr2='UBND phường Thủ Dầu Một', title='SỐ LIỆU KIỂM TRA, TẬP HUẤN',
                      rows=[('Cuộc kiểm tra đo lường, chất lượng', 6, 'cuộc'), ('Cơ sở được kiểm tra', 31, 'cơ sở'),
                            ('Cơ sở vi phạm', 3, 'cơ sở'), ('Tiền phạt', 5500000, 'đồng'), ('Cán bộ dự tập huấn TĐC', 3, 'người')],
                      notes=[('Khó khăn:', 'Chỉ có 01 công chức theo dõi nhiều lĩnh vực.'),
                             ('Kiến nghị:', 'Chi cục TĐC hướng dẫn lập danh sách cơ sở sử dụng phương tiện đo nhóm 2.')],
                      maker='Võ Tấn Lộc', sent='15/10/2026'),
                 dict(sheet='VP HDND-UBND', hdr1='VĂN PHÒNG HĐND VÀ UBND PHƯỜNG', hdr2='', title='Tình hình ISO',
                      rows=[('Rà soát, cập nhật quy trình ISO 9001:2015 theo bộ thủ tục hành chính mới', 'đang làm', '')],
                      maker='Đặng Thị Kim Ngân', sent='14/10/2026')])
    handD(f, c)
    key(f, '25747', 'Phường Thủ Dầu Một', '356/BC-UBND', '2026-10-31', [
        ('II.1.a', 'completed', {'communications': 22}, 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: 22 tin, bài (KP1, KP2, KP3)'),
        ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 5500000},
         'Kiểm tra đo lường, chất lượng tại chợ, cửa hàng (đoàn phường): 6 cuộc, 31 cơ sở, 3 vi phạm, 5.500.000'),
        ('II.3.a', 'completed', {'participants': 3}, 'Cử cán bộ dự tập huấn nghiệp vụ TĐC: 3 người'),
        ('II.2.đ', 'in_progress', {}, 'Áp dụng, duy trì ISO 9001 tại UBND phường'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng người tố giác vi phạm TĐC: Không PS')],
        c['diffs'], c['props'])

    # ---- D2 Sở Xây dựng (re-saved through LibreOffice)
    f = 'SXD_TongHop_CT38_nam2026.xlsx'
    c = dict(upper='SỞ XÂY DỰNG TP. HỒ CHÍ MINH', so='9415/BC-SXD', dateline='TP. Hồ Chí Minh, ngày 06 tháng 11 năm 2026',
             title='TỔNG HỢP KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
             subtitle='(kèm các sheet báo cáo của Phòng Quản lý vật liệu xây dựng, Trung tâm Kiểm định xây dựng, Văn phòng Sở)',
             col7='QC/TC góp ý', col8='Mẫu thử',
             total=[[1, 'Góp ý quy chuẩn kỹ thuật quốc gia, quy chuẩn địa phương về vật liệu xây dựng', None, None, None, None, 4, None, 'Xong', 'P.QLVLXD'],
                    [2, 'Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường', 4, 19, 2, 30000000, None, None, 'Đang triển khai', 'P.QLVLXD'],
                    [3, 'Nâng cao năng lực phòng thí nghiệm chuyên ngành xây dựng (LAS-XD)', None, None, None, None, None, 1284, 'Đang triển khai', 'TT Kiem dinh XD'],
                    [4, 'Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại Sở', None, None, None, None, None, None, 'Đang triển khai', 'Van phong So']],
             diffs=['P.QLVLXD: Nhiều cửa hàng vật liệu xây dựng nhỏ lẻ không lưu giữ giấy chứng nhận hợp quy của lô hàng.',
                    'TT Kiểm định XD: Thiết bị nén mẫu bê tông đã cũ, thường phải hiệu chuẩn lại.'],
             props=['P.QLVLXD: Đề nghị Sở Khoa học và Công nghệ phối hợp lấy mẫu thép, xi măng để khảo sát chất lượng trong năm 2027.'],
             maker='Quách Minh Trí', signer_title='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Hoàng Văn Thắng',
             subs=[
                 dict(sheet='P.QLVLXD', hdr1='PHÒNG QUẢN LÝ VẬT LIỆU XÂY DỰNG', hdr2='Sở Xây dựng', title='SỐ LIỆU CT38 NĂM 2026',
                      rows=[('Góp ý dự thảo QCVN 16 (sản phẩm, hàng hóa VLXD)', 3, 'dự thảo'), ('Góp ý dự thảo quy chuẩn địa phương về VLXD', 1, 'dự thảo'),
                            ('Cuộc kiểm tra chất lượng VLXD', 4, 'cuộc'), ('Cơ sở được kiểm tra', 19, 'cơ sở'),
                            ('Cơ sở vi phạm', 2, 'cơ sở'), ('Tiền phạt', 30000000, 'đồng')],
                      notes=[('Khó khăn:', 'Cửa hàng nhỏ lẻ không lưu giấy chứng nhận hợp quy.'),
                             ('Kiến nghị:', 'Phối hợp lấy mẫu thép, xi măng khảo sát năm 2027.')],
                      maker='Lý Quốc Dũng', sent='12/10/2026'),
                 dict(sheet='TT Kiem dinh XD', hdr1='TRUNG TÂM KIỂM ĐỊNH XÂY DỰNG', hdr2='Sở Xây dựng', title='Báo cáo năng lực thử nghiệm',
                      rows=[('Mẫu vật liệu xây dựng đã thử nghiệm', 1284, 'mẫu'), ('Chỉ tiêu thử nghiệm được công nhận mở rộng', 'đang làm hồ sơ', '')],
                      notes=[('Khó khăn:', 'Thiết bị nén mẫu bê tông đã cũ.')], maker='Phan Thanh Tùng', sent='14/10/2026'),
                 dict(sheet='Van phong So', hdr1='VĂN PHÒNG SỞ', hdr2='', title='ISO 9001:2015',
                      rows=[('Đánh giá nội bộ HTQLCL năm 2026', 'đã tổ chức', ''), ('Cập nhật quy trình theo TTHC mới', 'đang làm', '')],
                      maker='Nguyễn Thị Hồng', sent='16/10/2026')])
    handD(f, c)
    key(f, 'SO-XD', 'Sở Xây dựng', '9415/BC-SXD', '2026-11-06', [
        ('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý quy chuẩn kỹ thuật quốc gia, quy chuẩn địa phương về vật liệu xây dựng: 4'),
        ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 30000000},
         'Kiểm tra chất lượng vật liệu xây dựng lưu thông: 4 cuộc, 19 cơ sở, 2 vi phạm, 30.000.000 đồng'),
        ('II.2.g', 'in_progress', {'samples_tested': 1284}, 'Nâng cao năng lực phòng thí nghiệm chuyên ngành xây dựng: 1.284 mẫu thử'),
        ('II.2.đ', 'in_progress', {}, 'Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại Sở')],
        c['diffs'], c['props'])

    # ---- D3 Sở Giáo dục và Đào tạo
    f = 'SoGDDT_CT38_tong-hop-2026.xlsx'
    c = dict(upper='SỞ GIÁO DỤC VÀ ĐÀO TẠO', so='4471/BC-SGDĐT', dateline='Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026',
             title='TỔNG HỢP KẾT QUẢ THỰC HIỆN NỘI DUNG PHỐI HỢP KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
             subtitle='(số liệu của các phòng chuyên môn; chi tiết tại các sheet)',
             col7='Lớp/ tin bài', col8='Lượt người',
             total=[[1, 'Tập huấn về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho giáo viên, học sinh, sinh viên các trường trung cấp, cao đẳng', None, None, None, None, 5, 640, 'Xong', 'P.GDNN-GDTX'],
                    [2, 'Tuyên truyền về chất lượng sản phẩm, hàng hóa trong trường học', None, None, None, None, 12, None, 'Đang triển khai', 'P.GD Trung hoc'],
                    [3, 'Góp ý QCVN về bàn ghế học sinh, thiết bị dạy học', None, None, None, None, 1, None, 'Xong', 'Van phong'],
                    [4, 'Duy trì, cải tiến ISO 9001:2015 tại cơ quan Sở', None, None, None, None, None, None, 'Xong', 'Van phong']],
             diffs=['P.GDNN-GDTX: Chưa có tài liệu chuẩn về đo lường, chất lượng phù hợp trình độ trung cấp.'],
             props=['P.GDNN-GDTX: Đề nghị Chi cục TĐC cử báo cáo viên hỗ trợ các trường cao đẳng trong năm học 2026-2027.',
                    'Văn phòng: Đề nghị Sở KH&CN tổ chức lớp cập nhật TCVN ISO 9001:2015 cho cán bộ ISO các sở, ngành.'],
             maker='Huỳnh Ngọc Bảo Trân', signer_title='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Lê Thụy Mỵ Châu',
             subs=[
                 dict(sheet='P.GDNN-GDTX', hdr1='PHÒNG GIÁO DỤC NGHỀ NGHIỆP – GIÁO DỤC THƯỜNG XUYÊN', hdr2='Sở GD&ĐT', title='Kết quả tập huấn TĐC',
                      rows=[('Lớp tập huấn tại các trường trung cấp, cao đẳng', 5, 'lớp'), ('Giáo viên, học sinh, sinh viên tham dự', 640, 'lượt')],
                      notes=[('Khó khăn:', 'Chưa có tài liệu chuẩn phù hợp trình độ trung cấp.'), ('Kiến nghị:', 'Chi cục TĐC cử báo cáo viên.')],
                      maker='Tạ Minh Luân', sent='13/10/2026'),
                 dict(sheet='P.GD Trung hoc', hdr1='PHÒNG GIÁO DỤC TRUNG HỌC', hdr2='Sở GD&ĐT', title='Tuyên truyền',
                      rows=[('Tin, bài trên trang thông tin các trường, bản tin Sở', 12, 'tin, bài')], maker='Lưu Hải Yến', sent='15/10/2026'),
                 dict(sheet='Van phong', hdr1='VĂN PHÒNG SỞ', hdr2='Sở GD&ĐT', title='Góp ý QCVN, ISO',
                      rows=[('Góp ý dự thảo QCVN bàn ghế học sinh', 1, 'dự thảo'), ('Công bố lại HTQLCL phù hợp TCVN ISO 9001:2015', 'đã xong', '')],
                      maker='Phan Văn Nghĩa', sent='16/10/2026')])
    handD(f, c)
    key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4471/BC-SGDĐT', '2026-11-04', [
        ('II.3.d', 'completed', {'training_courses': 5, 'participants': 640}, 'Tập huấn TĐC cho giáo viên, học sinh, sinh viên trung cấp, cao đẳng: 5 lớp, 640 lượt'),
        ('II.1.a', 'in_progress', {'communications': 12}, 'Tuyên truyền về chất lượng sản phẩm, hàng hóa trong trường học: 12 tin, bài'),
        ('II.2.e', 'completed', {'standards_reviewed': 1}, 'Góp ý QCVN về bàn ghế học sinh, thiết bị dạy học: 1'),
        ('II.2.đ', 'completed', {}, 'Duy trì, cải tiến ISO 9001:2015 tại cơ quan Sở: Xong')],
        c['diffs'], c['props'])


# ================================================================ HAND E (docx)
# Bà Lâm Thị Kim Oanh-type head of an office: Part I "Phần việc của từng tổ" — one prose
# block per tổ introduced by the tổ trưởng's name; Part II "Tổng hợp theo Kế hoạch" a table
# "Nội dung theo KH | Tổ thực hiện | Cộng | Tiến độ"; Part III difficulties/proposals per tổ.

def handE(fname, c):
    d = new_doc(font='Times New Roman', size=13, margins=(2, 2, 2.5, 2))
    P(d, c['parent'], align=None, size=12)
    P(d, c['upper'], bold=True, size=12)
    P(d, 'Số: ' + c['so'], size=12)
    P(d, c['dateline'], italic=True, align='r', size=12)
    P(d, c['title'], bold=True, align='c', size=14)
    P(d, c['subtitle'], italic=True, align='c')
    for t in c['intro']:
        P(d, t, align='j', indent=1)
    P(d, 'I. PHẦN VIỆC CỦA TỪNG TỔ', bold=True)
    for i, s in enumerate(c['subs'], 1):
        runs(d, [('%d. %s ' % (i, s['name']), 'b'), ('(%s)' % s['head'], 'i')], indent=0)
        for t in s['text']:
            P(d, t, align='j', indent=1)
    P(d, 'II. TỔNG HỢP THEO KẾ HOẠCH', bold=True)
    rows = [['TT', 'Nội dung theo Kế hoạch', 'Tổ thực hiện', 'Cộng', 'Tiến độ']]
    for k, r in enumerate(c['total'], 1):
        rows.append([str(k)] + list(r))
    table(d, rows, widths=[1, 7, 3.5, 3, 2.5], size=12, aligns=['c', None, None, 'c', 'c'])
    P(d, 'III. KHÓ KHĂN VÀ ĐỀ XUẤT CỦA CÁC TỔ', bold=True)
    P(d, 'Khó khăn:', italic=True, underline=True)
    for t in c['diffs']:
        P(d, '- ' + t, align='j', indent=1)
    P(d, 'Đề xuất:', italic=True, underline=True)
    for t in c['props']:
        P(d, '- ' + t, align='j', indent=1)
    P(d)
    P(d, c['sign'], bold=True, align='r')
    save_doc(d, fname)


def build_handE():
    # ---- E1 Văn phòng Sở
    f = 'VanPhongSo_BC_CT38_2026.docx'
    c = dict(parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', upper='VĂN PHÒNG SỞ', so='214/BC-VP', dateline='Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
             title='BÁO CÁO', subtitle='Kết quả thực hiện phần việc của Văn phòng Sở trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
             intro=['Văn phòng Sở đã giao các tổ rà soát phần việc được phân công theo Kế hoạch. Văn phòng tổng hợp báo cáo gửi Chi cục Tiêu chuẩn Đo lường Chất lượng như sau:'],
             subs=[
                 dict(name='Tổ Tổng hợp – ISO', head='tổ trưởng: đ/c Nguyễn Văn Hải', text=[
                     'Tổ đã tham mưu tổ chức 01 lớp đào tạo chuyển đổi, cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho 42 công chức, viên chức các phòng, đơn vị; hoàn thành đánh giá nội bộ và xem xét của lãnh đạo năm 2026 vào ngày 30/9/2026.',
                     'Tổ đăng 11 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở.']),
                 dict(name='Bộ phận Tiếp nhận và Trả kết quả', head='phụ trách: đ/c Trần Thị Hương', text=[
                     'Bộ phận đã phối hợp Chi cục rà soát, đề xuất cải tiến 14 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết TTHC; việc rà soát đã xong từ tháng 3/2026.',
                     'Bộ phận đăng 07 tin hướng dẫn doanh nghiệp thực hiện thủ tục công bố hợp chuẩn, hợp quy trực tuyến.']),
                 dict(name='Tổ Hành chính – Quản trị', head='tổ trưởng: đ/c Đoàn Minh Tâm', text=[
                     'Trong kỳ, Tổ không nhận được đơn, thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng; không phát sinh việc khen thưởng người tố giác.']),
                 dict(name='Tổ Tài chính – Kế toán', head='tổ trưởng: đ/c Lê Ngọc Bích', text=[
                     'Tổ đang phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm thẩm định dự toán mua sắm trang thiết bị năm 2026, hiện còn 03 gói chưa hoàn tất thủ tục.'])],
             total=[('Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở (mục 2.đ)', 'Tổ Tổng hợp – ISO', '01 lớp; 42 người', 'Xong'),
                    ('Tuyên truyền trên Cổng thông tin Sở', 'Tổ Tổng hợp – ISO; Bộ phận TN&TKQ', '18 tin, bài', 'Xong'),
                    ('Cải tiến Hệ thống thông tin giải quyết TTHC (phối hợp)', 'Bộ phận TN&TKQ', '—', 'Xong'),
                    ('Bảo vệ, khen thưởng người tố giác (phối hợp)', 'Tổ HC–QT', '—', 'Không phát sinh'),
                    ('Đầu tư trang thiết bị cho đơn vị sự nghiệp (phối hợp)', 'Tổ TC–KT', '—', 'Đang làm')],
             diffs=['Tổ Tổng hợp – ISO: Nhiều phòng, đơn vị thay đổi nhân sự đầu mối ISO sau sắp xếp nên việc cập nhật tài liệu còn chậm.',
                    'Tổ Tài chính – Kế toán: Hồ sơ dự toán mua sắm của một số gói thiết bị phải điều chỉnh nhiều lần.'],
             props=['Tổ Tổng hợp – ISO: Đề nghị Chi cục hỗ trợ chuyên gia rà soát bộ tài liệu ISO điện tử trước đợt đánh giá năm 2027.'],
             sign='CHÁNH VĂN PHÒNG\n\n\n\nLâm Thị Kim Oanh')
    handE(f, c)
    key(f, 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', '214/BC-VP', '2026-10-22', [
        ('II.2.đ', 'completed', {'training_courses': 1, 'participants': 42}, 'Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở: 01 lớp; 42 người'),
        ('II.1.a', 'completed', {'communications': 18}, 'Tuyên truyền trên Cổng thông tin Sở: 18 tin, bài'),
        ('II.2.h', 'completed', {}, 'Cải tiến Hệ thống thông tin giải quyết TTHC (phối hợp): rà soát 14 thủ tục'),
        ('II.5.d', 'not_applicable', {}, 'Bảo vệ, khen thưởng người tố giác (phối hợp): Không phát sinh'),
        ('II.4.a', 'in_progress', {}, 'Đầu tư trang thiết bị cho đơn vị sự nghiệp (phối hợp): Đang làm')],
        c['diffs'], c['props'])

    # ---- E2 Phòng Quản lý Khoa học
    f = 'PhongQLKH_bc_CT38.docx'
    c = dict(parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH', upper='PHÒNG QUẢN LÝ KHOA HỌC', so='88/BC-QLKH', dateline='TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
             title='BÁO CÁO', subtitle='Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (phần việc của Phòng Quản lý Khoa học)',
             intro=['Phòng Quản lý Khoa học có 02 tổ công tác liên quan đến Kế hoạch. Kết quả cụ thể như sau:'],
             subs=[
                 dict(name='Tổ Quản lý nhiệm vụ khoa học và công nghệ', head='tổ trưởng: đ/c Bùi Quang Vinh', text=[
                     'Tổ đang quản lý 04 nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng sản phẩm (thuộc Chương trình 1322), với 04 doanh nghiệp thụ hưởng; kinh phí đã giải ngân đến 20/10/2026 là 1,26 tỷ đồng. Các nhiệm vụ đang triển khai, dự kiến nghiệm thu Quý I/2027.',
                     'Tổ phối hợp Chi cục tổ chức 01 khóa bồi dưỡng chuyên sâu về năng suất cho cán bộ doanh nghiệp, có 85 học viên tham dự; khóa học đã kết thúc ngày 18/9/2026.']),
                 dict(name='Tổ Nhân lực và Thu hút chuyên gia', head='tổ trưởng: đ/c Mai Thị Thanh Trúc', text=[
                     'Tổ đã tham mưu tiếp nhận hồ sơ chuyên gia lĩnh vực đo lường, thử nghiệm theo Quyết định số 05/2026/QĐ-UBND; hiện đang thẩm định hồ sơ, chưa có chuyên gia được công nhận.',
                     'Về hợp tác với Tổ chức Năng suất Châu Á (APO): trong năm chưa có yêu cầu nên không phát sinh nội dung thực hiện.'])],
             total=[('Nhiệm vụ KH&CN nâng cao năng suất, chất lượng (Chương trình 1322)', 'Tổ Quản lý nhiệm vụ', '04 DN; 1,26 tỷ đồng', 'Đang làm'),
                    ('Khóa bồi dưỡng chuyên sâu về năng suất (phối hợp)', 'Tổ Quản lý nhiệm vụ', '01 khóa; 85 học viên', 'Xong'),
                    ('Thu hút chuyên gia lĩnh vực TĐC', 'Tổ Nhân lực', '—', 'Đang làm'),
                    ('Phối hợp APO thúc đẩy năng suất', 'Tổ Nhân lực', '—', 'Không phát sinh')],
             diffs=['Tổ Nhân lực và Thu hút chuyên gia: Số chuyên gia lĩnh vực đo lường, thử nghiệm đáp ứng tiêu chí thu hút còn rất ít.'],
             props=['Tổ Quản lý nhiệm vụ khoa học và công nghệ: Đề nghị Chi cục cung cấp danh sách doanh nghiệp có nhu cầu đặt hàng nhiệm vụ về năng suất cho năm 2027.'],
             sign='TRƯỞNG PHÒNG\n\n\n\nĐặng Hữu Phước')
    handE(f, c)
    key(f, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '88/BC-QLKH', '2026-10-29', [
        ('II.2.a', 'in_progress', {'enterprises_supported': 4, 'budget_spent_vnd': 1260000000}, 'Nhiệm vụ KH&CN nâng cao năng suất, chất lượng: 04 DN; 1,26 tỷ đồng'),
        ('II.3.b', 'completed', {'training_courses': 1, 'participants': 85}, 'Khóa bồi dưỡng chuyên sâu về năng suất: 01 khóa; 85 học viên'),
        ('II.3.c', 'in_progress', {}, 'Thu hút chuyên gia lĩnh vực TĐC: đang thẩm định hồ sơ'),
        ('II.6.b', 'not_applicable', {}, 'Phối hợp APO thúc đẩy năng suất: Không phát sinh')],
        c['diffs'], c['props'])

    # ---- E3 Phòng Chuyển đổi số
    f = 'PhongCDS-baocao-CT38-2026.docx'
    c = dict(parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', upper='PHÒNG CHUYỂN ĐỔI SỐ', so='41/BC-CĐS', dateline='Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
             title='BÁO CÁO', subtitle='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
             intro=['Phòng Chuyển đổi số báo cáo kết quả thực hiện các nội dung phối hợp theo Kế hoạch, trên cơ sở báo cáo của 02 tổ chuyên môn như sau:'],
             subs=[
                 dict(name='Tổ Hạ tầng – An toàn thông tin', head='tổ trưởng: đ/c Vương Quốc Khánh', text=[
                     'Tổ đã phối hợp Chi cục và Văn phòng Sở hoàn thành kết nối liên thông Hệ thống thông tin giải quyết TTHC với Cổng thông tin một cửa quốc gia đối với thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu; đưa vào vận hành từ ngày 25/3/2026.']),
                 dict(name='Tổ Dữ liệu – Ứng dụng', head='tổ trưởng: đ/c Tô Thị Ngọc Lan', text=[
                     'Tổ đang phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng phương án kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng; kinh phí đã sử dụng cho khảo sát, thiết kế là 320.000.000 đồng.',
                     'Tổ biên tập 09 tin, bài về số hóa hoạt động tiêu chuẩn, đo lường, chất lượng đăng trên Cổng thông tin điện tử Sở.'])],
             total=[('Kết nối liên thông với Cổng thông tin một cửa quốc gia (phối hợp)', 'Tổ Hạ tầng – ATTT', '—', 'Xong'),
                    ('Kết nối cơ sở dữ liệu quốc gia về TĐC (phối hợp)', 'Tổ Dữ liệu – Ứng dụng', '320.000.000 đồng', 'Đang làm'),
                    ('Tuyên truyền về số hóa hoạt động TĐC', 'Tổ Dữ liệu – Ứng dụng', '09 tin, bài', 'Đang làm')],
             diffs=['Tổ Dữ liệu – Ứng dụng: Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố chuẩn giao tiếp (API) chính thức.'],
             props=['Tổ Dữ liệu – Ứng dụng: Đề nghị Chi cục làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kỹ thuật kết nối.'],
             sign='TRƯỞNG PHÒNG\n\n\n\nHà Minh Đức')
    handE(f, c)
    key(f, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '41/BC-CĐS', '2026-10-27', [
        ('II.2.h', 'completed', {}, 'Kết nối liên thông với Cổng thông tin một cửa quốc gia (phối hợp): Xong'),
        ('II.2.i', 'in_progress', {'budget_spent_vnd': 320000000}, 'Kết nối cơ sở dữ liệu quốc gia về TĐC: 320.000.000 đồng'),
        ('II.1.a', 'in_progress', {'communications': 9}, 'Tuyên truyền về số hóa hoạt động TĐC: 09 tin, bài')],
        c['diffs'], c['props'])


if __name__ == '__main__':
    build_handA(); build_handB(); build_handC(); build_handD(); build_handE()
    with open(os.path.join(TRUTH, '_draft_keys.json'), 'w', encoding='utf-8') as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')
