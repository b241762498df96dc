# -*- coding: utf-8 -*-
"""Generator for set224. Builds the report files and their truth keys."""
import json, os, hashlib, random, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'


def key(fn, unit_id, unit_name, number, date, entries, dk, kn, status='extracted', reason=None):
    KEYS[fn] = dict(file=fn, sha256=None, status=status, reason=reason,
                    unit={'id': unit_id, 'name': unit_name},
                    document={'number': number, 'date': date},
                    entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                    findings=[], difficulties=dk, proposals=kn)


def dots(n):
    return f'{n:,}'.replace(',', '.')


def date_vn(iso):
    y, m, d = iso.split('-')
    return f'ngày {d} tháng {m} năm {y}'


# ---------------------------------------------------------------- docx helpers
def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)


def para(doc_or_cell, text='', bold=False, italic=False, align=None, size=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(cell, text, bold=False, align=None, italic=False):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_table(doc, left1, left2, number, place_date, boldleft2=True):
    t = doc.add_table(rows=3, cols=2)
    cell_text(t.cell(0, 0), left1, align='c')
    cell_text(t.cell(0, 1), QH, bold=True, align='c')
    cell_text(t.cell(1, 0), left2, bold=boldleft2, align='c')
    cell_text(t.cell(1, 1), DL, bold=True, align='c')
    cell_text(t.cell(2, 0), number, align='c')
    cell_text(t.cell(2, 1), place_date, italic=True, align='c')
    return t


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{e}')
        el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), '4'); el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.append(b)


# ================================================================ HAND A
# Ward economic officer: pivot-like sheet, khu phố rows x indicator columns,
# statuses in a separate block under it.
def split(total, n, rnd):
    if total == 0:
        return [0] * n
    cuts = sorted(rnd.randint(0, total) for _ in range(n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    return parts


def hand_a(fn, unit_id, unit_name, short, number, date, kps, cols, totals, status_rows, dk, kn,
           title=None, reject=None, seed=1):
    rnd = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = 'TH theo KP'
    thin = Side(style='thin')
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = 1 + len(cols)
    ws['A1'] = f'UBND PHƯỜNG {short.upper()}'
    ws['A2'] = 'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ'
    ws['A2'].font = Font(bold=True, underline='single')
    mid = max(4, ncol - 2)
    from openpyxl.utils import get_column_letter as L
    ws.cell(1, mid, QH).font = Font(bold=True)
    ws.cell(2, mid, DL).font = Font(bold=True, underline='single')
    ws['A3'] = f'Số: {number}'
    y, m, d = date.split('-')
    ws.cell(3, mid, f'{short}, ngày {d} tháng {m} năm {y}').font = Font(italic=True)
    ws['A5'] = title or 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT 38 NĂM 2026 (THEO KHU PHỐ)'
    ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = '(Số liệu từ 01/01/2026 đến 31/10/2026)'
    ws['A6'].font = Font(italic=True)
    # header: group row + sub row
    r0 = 8
    ws.cell(r0, 1, 'Khu phố')
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 1, end_column=1)
    c = 2
    groups = []
    for g, sub in cols:
        groups.append((g, c, c + len(sub) - 1))
        ws.cell(r0, c, g)
        if len(sub) > 1:
            ws.merge_cells(start_row=r0, start_column=c, end_row=r0, end_column=c + len(sub) - 1)
        for s in sub:
            ws.cell(r0 + 1, c, s[0])
            c += 1
    flat = [s for g, sub in cols for s in sub]
    lastc = c - 1
    for rr in (r0, r0 + 1):
        for cc in range(1, lastc + 1):
            ws.cell(rr, cc).font = Font(bold=True)
            ws.cell(rr, cc).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            ws.cell(rr, cc).border = bd
            ws.cell(rr, cc).fill = PatternFill('solid', fgColor='DDEBF7')
    # breakdown
    n = len(kps)
    bd_ = {}
    if 'inspections' in totals:
        ins = [0] * n
        for _ in range(totals['inspections']):
            ins[rnd.randrange(n)] += 1
        act = [i for i in range(n) if ins[i]]
        est = [0] * n
        for i in act:
            est[i] = ins[i]
        for _ in range(totals['establishments_inspected'] - sum(est)):
            est[rnd.choice(act)] += 1
        vio = [0] * n
        for _ in range(totals.get('violations', 0)):
            cand = [i for i in act if vio[i] < est[i]]
            vio[rnd.choice(cand)] += 1
        bd_.update(inspections=ins, establishments_inspected=est, violations=vio)
        if 'fines_vnd' in totals:
            vi = [i for i in range(n) if vio[i]]
            units = totals['fines_vnd'] // 250000
            fin = [0] * n
            for i in vi:
                fin[i] = 1
            for _ in range(units - len(vi)):
                fin[rnd.choice(vi)] += 1
            bd_['fines_vnd'] = [f * 250000 for f in fin]
    cols_vals = []
    for s in flat:
        tot = totals[s[1]]
        if s[1] in bd_:
            parts = bd_[s[1]]
        else:
            parts = split(tot, n, rnd)
        cols_vals.append(parts)
    r = r0 + 2
    for i, kp in enumerate(kps):
        ws.cell(r, 1, kp).border = bd
        for j, s in enumerate(flat):
            v = cols_vals[j][i]
            cl = ws.cell(r, 2 + j, v if v else None)
            cl.border = bd
            if s[1] in ('fines_vnd', 'budget_spent_vnd'):
                cl.number_format = '#,##0'
        r += 1
    ws.cell(r, 1, 'Tổng cộng').font = Font(bold=True)
    ws.cell(r, 1).border = bd
    for j, s in enumerate(flat):
        cl = ws.cell(r, 2 + j, totals[s[1]])
        cl.font = Font(bold=True); cl.border = bd
        if s[1] in ('fines_vnd', 'budget_spent_vnd'):
            cl.number_format = '#,##0'
    r += 3
    ws.cell(r, 1, 'TÌNH TRẠNG CÁC NỘI DUNG').font = Font(bold=True)
    r += 1
    for cc, h in enumerate(['TT', 'Nội dung phường thực hiện', '', '', 'Tình trạng', '', 'Ghi chú'], 1):
        pass
    ws.cell(r, 1, 'TT'); ws.cell(r, 2, 'Nội dung phường thực hiện'); ws.cell(r, 5, 'Tình trạng'); ws.cell(r, 6, 'Ghi chú')
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    for cc in range(1, 7):
        ws.cell(r, cc).font = Font(bold=True); ws.cell(r, cc).border = bd
    r += 1
    for i, (lab, sw, note) in enumerate(status_rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, lab)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 5, sw)
        ws.cell(r, 6, note)
        for cc in range(1, 7):
            ws.cell(r, cc).border = bd
            ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    if dk:
        ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
        for t in dk:
            ws.cell(r, 1, '- ' + t); r += 1
    if kn:
        ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
        for t in kn:
            ws.cell(r, 1, '- ' + t); r += 1
    r += 1
    ws.cell(r, 1, 'Người lập biểu'); ws.cell(r, mid, 'KT. CHỦ TỊCH'); r += 1
    ws.cell(r, mid, 'PHÓ CHỦ TỊCH'); r += 3
    ws.cell(r, 1, 'Lê Thị Mỹ Duyên'); ws.cell(r, mid, SIGN_A.get(unit_id, ''))
    ws.column_dimensions['A'].width = 16
    for j in range(2, lastc + 1):
        ws.column_dimensions[L(j)].width = 13
    ws.column_dimensions['B'].width = 14
    ws.freeze_panes = ws.cell(r0 + 2, 2)
    wb.save(os.path.join(OUT, fn))


SIGN_A = {'26842': 'Nguyễn Văn Toàn', '25747': 'Trần Hữu Nghĩa', '25951': 'Đoàn Thị Kim Loan', '25987': 'Phạm Minh Hiếu'}

INSP = ('Kiểm tra ĐL, CL (phối hợp Chi cục TĐC)', [('Số cuộc', 'inspections'), ('Số cơ sở', 'establishments_inspected'),
                                                 ('Số cơ sở VP', 'violations'), ('Tiền phạt (đồng)', 'fines_vnd')])
INSP3 = ('Kiểm tra ĐL, CL (phối hợp Chi cục TĐC)', [('Số cuộc', 'inspections'), ('Số cơ sở', 'establishments_inspected'),
                                                  ('Số cơ sở VP', 'violations')])
TT_COL = ('Tuyên truyền TĐC', [('Tin, bài (loa, Zalo, trang TTĐT)', 'communications')])
TH_COL = ('Tập huấn', [('Lượt CB, hộ KD dự', 'participants')])


def build_a():
    # 1 Tăng Nhơn Phú
    fn = '26842_TangNhonPhu_TH_CT38_theoKP.xlsx'
    tot = dict(inspections=5, establishments_inspected=38, violations=4, fines_vnd=6500000, communications=14)
    sr = [('Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu, tiệm vàng trên địa bàn', 'Đang thực hiện', 'Còn đợt kiểm tra cân tại chợ dịp Tết'),
          ('Tuyên truyền pháp luật về TĐC trên loa KP, nhóm Zalo KP', 'Đã hoàn thành', ''),
          ('Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại UBND phường', 'Đã hoàn thành', 'Đã công bố lại sau sáp nhập'),
          ('Cử công chức tham dự lớp tập huấn nghiệp vụ TĐC do Sở tổ chức', 'Chưa thực hiện', 'Chưa nhận thư mời')]
    dk = ['Công chức phụ trách kiêm nhiệm nhiều việc, chưa được tập huấn nghiệp vụ đo lường.',
          'Phường chưa có cân đối chứng đặt tại các chợ tạm.']
    kn = ['Đề nghị Chi cục TĐC hỗ trợ phường 02 cân đối chứng cho chợ Tăng Nhơn Phú và chợ Phước Long.']
    hand_a(fn, '26842', 'Phường Tăng Nhơn Phú', 'Tăng Nhơn Phú', '318/BC-UBND', '2026-11-04',
           ['KP 1', 'KP 2', 'KP 3', 'KP 4', 'KP 5', 'KP 6'], [INSP, TT_COL], tot, sr, dk, kn, seed=11)
    key(fn, '26842', 'Phường Tăng Nhơn Phú', '318/BC-UBND', '2026-11-04', [
        ('II.5.c', 'in_progress', {k: tot[k] for k in ('inspections', 'establishments_inspected', 'violations', 'fines_vnd')}, sr[0][0]),
        ('II.1.a', 'completed', {'communications': 14}, sr[1][0]),
        ('II.2.đ', 'completed', {}, sr[2][0]),
        ('II.3.a', 'not_started', {}, sr[3][0])], dk, kn)

    # 2 Thủ Dầu Một (re-saved through LibreOffice later)
    fn = '25747_ThuDauMot_bieu_CT38.xlsx'
    tot = dict(inspections=7, establishments_inspected=52, violations=6, fines_vnd=11250000, communications=21, participants=46)
    sr = [('Kiểm tra phương tiện đo, đo lường trong kinh doanh xăng dầu, vàng bạc, chợ (cùng Chi cục TĐC)', 'Hoàn thành', 'Đã xong 02 đợt theo KH phường'),
          ('Thông tin, tuyên truyền về đo lường, chất lượng', 'Đang thực hiện', ''),
          ('Tổ chức hội nghị phổ biến quy định ghi nhãn hàng hóa cho hộ kinh doanh', 'Hoàn thành', '46 lượt tham dự (tổng cột Tập huấn)'),
          ('Tiếp nhận, xử lý phản ánh về gian lận đo lường của người dân', 'Không phát sinh', '')]
    dk = ['Nhiều hộ kinh doanh nhỏ lẻ ở chợ Thủ Dầu Một không có giấy chứng nhận kiểm định cân.']
    kn = ['Kiến nghị Sở KH&CN tổ chức kiểm định cân miễn phí tại chợ cho tiểu thương.',
          'Đề nghị cung cấp tài liệu tuyên truyền in sẵn để phát cho các khu phố.']
    hand_a(fn, '25747', 'Phường Thủ Dầu Một', 'Thủ Dầu Một', '205/BC-UBND', '2026-11-06',
           ['KP 1', 'KP 2', 'KP 3', 'KP 4', 'KP 5', 'KP 6', 'KP 7', 'KP 8'], [INSP, TT_COL, TH_COL], tot, sr, dk, kn, seed=12)
    key(fn, '25747', 'Phường Thủ Dầu Một', '205/BC-UBND', '2026-11-06', [
        ('II.5.c', 'completed', {k: tot[k] for k in ('inspections', 'establishments_inspected', 'violations', 'fines_vnd')}, sr[0][0]),
        ('II.1.a', 'completed', {'participants': 46}, sr[2][0]),
        ('II.5.d', 'not_applicable', {}, sr[3][0])], dk, kn)
    # NB the communications column -> also II.1.a (ward propaganda); see NOTES
    KEYS[fn]['entries'][1]['indicators']['communications'] = 21
    KEYS[fn]['entries'][1]['status'] = 'in_progress'
    KEYS[fn]['entries'][1]['text'] = sr[1][0] + ' / ' + sr[2][0]

    # 3 Đông Hòa
    fn = '25951_DongHoa_CT38_KP.xlsx'
    tot = dict(inspections=3, establishments_inspected=19, violations=2, communications=9)
    sr = [('Phối hợp kiểm tra đo lường, chất lượng hàng hóa tại các cửa hàng, chợ trên địa bàn', 'Đang triển khai', 'Chưa xử phạt, đã lập biên bản nhắc nhở 02 cơ sở'),
          ('Tuyên truyền TĐC qua loa, bảng tin KP', 'Đang triển khai', ''),
          ('Áp dụng HTQLCL ISO 9001:2015 tại bộ phận một cửa', 'Đã hoàn thành', ''),
          ('Khen thưởng, bảo vệ người tố giác vi phạm TĐC', 'Không phát sinh', '')]
    dk = ['Địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ, khó nắm số lượng.']
    kn = ['Đề nghị Chi cục TĐC thông báo sớm lịch kiểm tra để phường bố trí lực lượng.']
    hand_a(fn, '25951', 'Phường Đông Hòa', 'Đông Hòa', '147/BC-UBND', '2026-11-03',
           ['KP Tân Lập', 'KP Tân Hòa', 'KP Đông A', 'KP Đông Tân', 'KP Bình Thung'], [INSP3, TT_COL], tot, sr, dk, kn, seed=13)
    key(fn, '25951', 'Phường Đông Hòa', '147/BC-UBND', '2026-11-03', [
        ('II.5.c', 'in_progress', {k: tot[k] for k in ('inspections', 'establishments_inspected', 'violations')}, sr[0][0]),
        ('II.1.a', 'in_progress', {'communications': 9}, sr[1][0]),
        ('II.2.đ', 'completed', {}, sr[2][0]),
        ('II.5.d', 'not_applicable', {}, sr[3][0])], dk, kn)

    # 4 Bình Hòa -- MISTAKEN: chuyển đổi số by khu phố
    fn = '25987_BinhHoa_TH_theoKP.xlsx'
    cds = [('Chuyển đổi số cộng đồng', [('Hộ cài VNeID mức 2', 'x1'), ('Hộ dùng thanh toán số', 'x2'),
                                        ('Tổ CNS cộng đồng', 'x3')]), ('Tuyên truyền', [('Tin, bài', 'x4')])]
    tot = dict(x1=1240, x2=860, x3=7, x4=18)
    sr = [('Tuyên truyền, hướng dẫn người dân cài đặt, kích hoạt VNeID mức 2', 'Đang thực hiện', ''),
          ('Thành lập Tổ công nghệ số cộng đồng tại các KP', 'Đã hoàn thành', '07 tổ'),
          ('Hướng dẫn hộ kinh doanh thanh toán không dùng tiền mặt', 'Đang thực hiện', '')]
    dk = ['Người cao tuổi chưa sử dụng điện thoại thông minh.']
    kn = ['Đề nghị hỗ trợ kinh phí cho Tổ công nghệ số cộng đồng.']
    hand_a(fn, '25987', 'Phường Bình Hòa', 'Bình Hòa', '221/BC-UBND', '2026-11-05',
           ['KP Bình Đức 1', 'KP Bình Đức 2', 'KP Bình Đức 3', 'KP Đông Ba', 'KP Bình Hòa'], cds, tot, sr, dk, kn,
           title='BẢNG TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2026 (THEO KHU PHỐ)', seed=14)
    key(fn, '25987', 'Phường Bình Hòa', '221/BC-UBND', '2026-11-05', [], [], [], status='rejected',
        reason='Không phải báo cáo Kế hoạch CT38: bảng tổng hợp kết quả chuyển đổi số cộng đồng theo khu phố (gửi nhầm).')


# ================================================================ HAND C
# Commune officer: numbered narrative, every figure written in the sentence and again
# bold at line end after an arrow.
def hand_c(fn, unit_name, left1, number, place, date, topics, dk, kn, title2, signer, intro):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    header_table(doc, left1, unit_name.upper(), f'Số: {number}', f'{place}, {date_vn(date)}')
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, title2, bold=True, align='c')
    para(doc, intro, align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, (head, lines, closing) in enumerate(topics, 1):
        para(doc, f'{i}. {head}', bold=True)
        for ln in lines:
            if isinstance(ln, tuple):
                txt, tail = ln
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.add_run(txt + ' → ')
                p.add_run(tail).bold = True
            else:
                para(doc, ln, align='j')
        if closing:
            para(doc, closing, align='j')
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for t in dk:
        para(doc, '- ' + t, align='j')
    para(doc, 'III. ĐỀ XUẤT', bold=True)
    for t in kn:
        para(doc, '- ' + t, align='j')
    para(doc, f'Trên đây là báo cáo của {unit_name.replace("Ủy ban nhân dân ", "")}./.', align='j')
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), 'Nơi nhận:\n- Sở KH&CN (Chi cục TĐC);\n- TT. Đảng ủy, HĐND xã;\n- Lưu: VT.', italic=False)
    cell_text(t.cell(0, 1), f'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n{signer}', bold=True, align='c')
    doc.save(os.path.join(OUT, fn))


def build_c():
    intro_t = ('Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, '
               'Ủy ban nhân dân {u} báo cáo kết quả thực hiện từ đầu năm đến ngày {d} như sau:')
    # 1 Long Hải
    fn = 'LongHai_bao-cao-CT38-2026.docx'
    topics = [
        ('Về tuyên truyền, phổ biến pháp luật tiêu chuẩn, đo lường, chất lượng',
         [('Xã đã đăng 06 tin, bài trên trang thông tin điện tử và phát 11 lượt trên đài truyền thanh xã, tổng cộng 17 tin bài', '17 tin bài')],
         'Nội dung này xã vẫn đang tiếp tục làm trong tháng 11, 12.'),
        ('Về phối hợp kiểm tra đo lường, chất lượng hàng hóa',
         [('Xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 cuộc kiểm tra tại chợ Long Hải và các cửa hàng xăng dầu ven biển', '04 cuộc'),
          ('Số cơ sở được kiểm tra là 23 cơ sở', '23 cơ sở'),
          ('Phát hiện 03 cơ sở sử dụng cân chưa kiểm định, đã lập biên bản và xử phạt 4.500.000 đồng', '03 cơ sở vi phạm; 4.500.000 đồng')],
         'Việc kiểm tra năm 2026 đến nay xã đã làm xong theo kế hoạch của xã.'),
        ('Về tham gia tập huấn nghiệp vụ',
         [('Xã cử 03 công chức (Văn phòng HĐND-UBND và Phòng Kinh tế) dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 8', '03 người')],
         'Đã xong.'),
        ('Về hệ thống quản lý chất lượng ISO tại UBND xã',
         [], 'UBND xã đã xây dựng lại và công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính; hiện đang rà soát quy trình cho các thủ tục mới, chưa xong.'),
    ]
    dk = ['Tàu cá và các vựa hải sản dùng cân lớn, xã chưa có cán bộ am hiểu để kiểm tra.',
          'Kinh phí cho công tác tuyên truyền chưa được bố trí riêng.']
    kn = ['Đề nghị Chi cục TĐC tổ chức một đợt kiểm định cân tại các vựa hải sản trên địa bàn xã.',
          'Đề nghị Sở hỗ trợ tài liệu, pano tuyên truyền về đo lường.']
    hand_c(fn, 'Ủy ban nhân dân xã Long Hải', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '286/BC-UBND', 'Long Hải', '2026-11-07', topics, dk, kn,
           'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã',
           'Nguyễn Thanh Phong', intro_t.format(u='xã Long Hải', d='31/10/2026'))
    key(fn, '26662', 'Xã Long Hải', '286/BC-UBND', '2026-11-07', [
        ('II.1.a', 'in_progress', {'communications': 17}, topics[0][0]),
        ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 4500000}, topics[1][0]),
        ('II.3.a', 'completed', {'participants': 3}, topics[2][0]),
        ('II.2.đ', 'in_progress', {}, topics[3][0])], dk, kn)

    # 2 Châu Đức
    fn = 'BC_ChauDuc_CT38_nam2026.docx'
    topics = [
        ('Công tác tuyên truyền',
         [('Trong năm xã đã phát 09 tin trên loa truyền thanh các ấp', '09 tin'),
          ('Tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường cho hộ kinh doanh, có 62 người tham dự', '01 hội nghị; 62 người')],
         'Hoàn thành.'),
        ('Công tác kiểm tra đo lường, chất lượng (phối hợp Chi cục TĐC)',
         [('Đã phối hợp kiểm tra 02 cuộc tại chợ Ngãi Giao và các đại lý phân bón', '02 cuộc'),
          ('Kiểm tra 14 cơ sở', '14 cơ sở'),
          ('Chưa phát hiện cơ sở vi phạm', '0 cơ sở vi phạm')],
         'Nội dung này đang làm, dự kiến kiểm tra thêm 01 cuộc trong tháng 12.'),
        ('Hướng dẫn hộ sản xuất công bố chất lượng sản phẩm OCOP',
         [('Xã phối hợp hướng dẫn 05 hộ, hợp tác xã làm hồ sơ tự công bố sản phẩm (tiêu, cà phê, hạt điều)', '05 hộ, HTX')],
         'Đang thực hiện.'),
    ]
    dk = ['Hộ sản xuất còn ngại làm hồ sơ công bố chất lượng vì thủ tục phức tạp.']
    kn = ['Đề nghị Chi cục TĐC cử cán bộ về xã hướng dẫn trực tiếp việc tự công bố sản phẩm.']
    hand_c(fn, 'Ủy ban nhân dân xã Châu Đức', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '173/BC-UBND', 'Châu Đức', '2026-11-09', topics, dk, kn,
           'Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW của Ban Bí thư năm 2026',
           'Lê Văn Hùng', intro_t.format(u='xã Châu Đức', d='05/11/2026'))
    key(fn, '26596', 'Xã Châu Đức', '173/BC-UBND', '2026-11-09', [
        ('II.1.a', 'completed', {'communications': 9, 'training_courses': 1, 'participants': 62}, topics[0][0]),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14, 'violations': 0}, topics[1][0]),
        ('II.2.d', 'in_progress', {'enterprises_supported': 5}, topics[2][0])], dk, kn)

    # 3 Tây Nam
    fn = 'TayNam-BC-CT38-11-2026.docx'
    topics = [
        ('Kiểm tra đo lường trong kinh doanh xăng dầu, vàng trang sức',
         [('Phường cùng Chi cục TĐC và Phòng Kinh tế kiểm tra 03 cuộc', '03 cuộc'),
          ('Tổng số cơ sở được kiểm tra là 12 cơ sở (07 cửa hàng xăng dầu, 05 tiệm vàng)', '12 cơ sở'),
          ('Có 01 tiệm vàng vi phạm về nhãn hàng hóa, bị xử phạt 7.500.000 đồng', '01 cơ sở vi phạm; 7.500.000 đồng')],
         'Việc này phường đã thực hiện xong.'),
        ('Thông tin tuyên truyền', [('Đăng 08 bài trên Fanpage và trang tin phường', '08 bài')], 'Đang thực hiện thường xuyên.'),
        ('Cử cán bộ đi tập huấn', [], 'Chưa có đợt tập huấn nào phường được mời nên chưa thực hiện.'),
        ('Xử lý tố giác vi phạm về đo lường, chất lượng', [], 'Trong kỳ không phát sinh.'),
    ]
    dk = ['Thiếu phương tiện, thiết bị kiểm tra nhanh tại chỗ.']
    kn = ['Đề nghị Sở mở lớp tập huấn cho công chức phường về kiểm tra đo lường.',
          'Đề nghị Chi cục TĐC cho phường mượn bình chuẩn kim loại khi kiểm tra cây xăng.']
    hand_c(fn, 'Ủy ban nhân dân phường Tây Nam', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '402/BC-UBND', 'Tây Nam', '2026-11-02', topics, dk, kn,
           'Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026',
           'Võ Thị Thu Trang', intro_t.format(u='phường Tây Nam', d='31/10/2026'))
    key(fn, '25843', 'Phường Tây Nam', '402/BC-UBND', '2026-11-02', [
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 12, 'violations': 1, 'fines_vnd': 7500000}, topics[0][0]),
        ('II.1.a', 'in_progress', {'communications': 8}, topics[1][0]),
        ('II.3.a', 'not_started', {}, topics[2][0]),
        ('II.5.d', 'not_applicable', {}, topics[3][0])], dk, kn)

    # 4 Bến Cát -- MISTAKEN: phòng chống thiên tai
    fn = 'BenCat_BC_11-2026.docx'
    topics = [
        ('Công tác chuẩn bị phòng, chống thiên tai mùa mưa bão',
         [('Phường rà soát 04 điểm ngập cục bộ trên các tuyến đường chính', '04 điểm'),
          ('Tổ chức 01 cuộc diễn tập ứng phó ngập lụt tại KP Bưng Cầu', '01 cuộc')], 'Đã hoàn thành.'),
        ('Công tác khắc phục hậu quả', [('Hỗ trợ 12 hộ bị tốc mái do giông lốc', '12 hộ')], 'Đang thực hiện.'),
    ]
    dk = ['Kinh phí dự phòng cho phòng chống thiên tai còn hạn chế.']
    kn = ['Đề nghị bổ sung áo phao, xuồng cứu hộ cho lực lượng xung kích.']
    hand_c(fn, 'Ủy ban nhân dân phường Bến Cát', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '389/BC-UBND', 'Bến Cát', '2026-11-04', topics, dk, kn,
           'Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026',
           'Trần Quang Vinh', 'Thực hiện chỉ đạo của Ban Chỉ huy phòng thủ dân sự Thành phố, Ủy ban nhân dân phường Bến Cát báo cáo như sau:')
    key(fn, '25813', 'Phường Bến Cát', '389/BC-UBND', '2026-11-04', [], [], [], status='rejected',
        reason='Không phải báo cáo Kế hoạch CT38: báo cáo công tác phòng, chống thiên tai (gửi nhầm).')


# ================================================================ HAND B
# Department officer: Word table, tasks as rows, two header rows, merged 'Đánh giá'.
def hand_b(fn, agency_up, parent_up, number, place_date, title2, intro, rows, dk, kn, signer, role='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
           noi_nhan='Nơi nhận:\n- Sở KH&CN (Chi cục TĐC);\n- Lưu: VT.'):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(1.8)
    header_table(doc, parent_up, agency_up, f'Số: {number}', place_date)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, title2, bold=True, align='c')
    para(doc, intro, align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    t = doc.add_table(rows=2 + len(rows), cols=6)
    set_borders(t)
    h = [('STT', 'STT'), ('Nhiệm vụ', 'Nhiệm vụ'), ('Kết quả thực hiện', 'Nội dung đã thực hiện'),
         ('', 'Số liệu'), ('', 'Tiến độ'), ('Đánh giá', 'Đánh giá')]
    cell_text(t.cell(0, 0), 'STT', bold=True, align='c')
    cell_text(t.cell(0, 1), 'Nhiệm vụ', bold=True, align='c')
    cell_text(t.cell(0, 2), 'Kết quả thực hiện', bold=True, align='c')
    cell_text(t.cell(0, 5), 'Đánh giá', bold=True, align='c')
    cell_text(t.cell(1, 2), 'Nội dung đã thực hiện', bold=True, align='c')
    cell_text(t.cell(1, 3), 'Số liệu', bold=True, align='c')
    cell_text(t.cell(1, 4), 'Tiến độ', bold=True, align='c')
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 4))
    t.cell(0, 5).merge(t.cell(1, 5))
    # fix merged texts
    cell_text(t.cell(0, 0), 'STT', bold=True, align='c')
    cell_text(t.cell(0, 1), 'Nhiệm vụ', bold=True, align='c')
    cell_text(t.cell(0, 2), 'Kết quả thực hiện', bold=True, align='c')
    cell_text(t.cell(0, 5), 'Đánh giá', bold=True, align='c')
    for i, (name, content, figs, td, dg) in enumerate(rows, 1):
        r = 1 + i
        cell_text(t.cell(r, 0), str(i), align='c')
        cell_text(t.cell(r, 1), name)
        cell_text(t.cell(r, 2), content)
        cell_text(t.cell(r, 3), figs)
        cell_text(t.cell(r, 4), td, align='c')
        cell_text(t.cell(r, 5), dg, align='c', bold=True)
    widths = [Cm(1.0), Cm(4.0), Cm(5.5), Cm(3.0), Cm(2.3), Cm(1.9)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    para(doc, '(Đánh giá: Tốt – vượt yêu cầu; Đạt – đạt yêu cầu; Chưa đạt – chưa đạt yêu cầu)', italic=True, size=11)
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for t_ in dk:
        para(doc, '- ' + t_, align='j')
    if not dk:
        para(doc, 'Không có.')
    para(doc, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for t_ in kn:
        para(doc, '- ' + t_, align='j')
    if not kn:
        para(doc, 'Không có.')
    s = doc.add_table(rows=1, cols=2)
    cell_text(s.cell(0, 0), noi_nhan)
    cell_text(s.cell(0, 1), f'{role}\n\n\n\n{signer}', bold=True, align='c')
    doc.save(os.path.join(OUT, fn))


def build_b():
    # 1 Chi cục TĐC (internal, long)
    fn = 'ChiCucTDC_BC_CT38_2026.docx'
    rows = [
        ('Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu',
         'Tổ chức lớp tập huấn Luật Chất lượng sản phẩm, hàng hóa sửa đổi và 01 buổi tọa đàm với DN nhập khẩu tại Hội trường Chi cục.',
         '04 lớp/tọa đàm\n386 lượt người', 'Hoàn thành', 'Tốt'),
        ('Tuyên truyền, hướng dẫn DN tham dự Giải thưởng Chất lượng Quốc gia',
         'Đăng tin trên Cổng thông tin Sở, gửi thư mời đến các hiệp hội; hướng dẫn hồ sơ cho DN đăng ký.',
         '12 tin bài\n09 doanh nghiệp', 'Hoàn thành', 'Đạt'),
        ('Triển khai Chương trình 1322, Đề án 996, Đề án 100',
         'Hỗ trợ DN áp dụng công cụ cải tiến năng suất; khảo sát nhu cầu truy xuất nguồn gốc.',
         '15 doanh nghiệp\nKinh phí: 186.400.000 đồng', 'Đang thực hiện', 'Đạt'),
        ('Xây dựng, góp ý TCVN, QCVN; quy chuẩn kỹ thuật địa phương',
         'Góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ KH&CN và các sở ngành.',
         '27 dự thảo', 'Đang thực hiện', 'Đạt'),
        ('Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND xã, phường, đặc khu',
         'Tổ chức tập huấn tại 3 cụm (trung tâm, Bình Dương cũ, Bà Rịa – Vũng Tàu cũ).',
         '03 lớp\n512 học viên', 'Hoàn thành', 'Tốt'),
        ('Kiểm tra nhà nước về TĐC đối với sản phẩm, hàng hóa lưu thông trên thị trường',
         'Kiểm tra theo kế hoạch và đột xuất: xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, thép.',
         '36 cuộc\n214 cơ sở\n31 cơ sở vi phạm\nPhạt: 412.500.000 đồng', 'Đang thực hiện', 'Đạt'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa',
         'Lấy mẫu xăng dầu, khí dầu mỏ hóa lỏng, phân bón gửi thử nghiệm.',
         '148 mẫu', 'Đang thực hiện', 'Đạt'),
        ('Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền',
         'Hướng dẫn nghiệp vụ, cử cán bộ tham gia đoàn kiểm tra của phường, xã.',
         '41 cuộc phối hợp', 'Đang thực hiện', 'Đạt'),
        ('Kết nối cơ sở dữ liệu quốc gia về TĐC',
         'Chưa có hướng dẫn kết nối của Ủy ban TĐC Quốc gia.', '—', 'Chưa thực hiện', 'Chưa đạt'),
    ]
    dk = ['Biên chế làm công tác kiểm tra mỏng so với địa bàn Thành phố sau sắp xếp.',
          'Kinh phí lấy mẫu thử nghiệm chưa đáp ứng số mẫu theo kế hoạch.']
    kn = ['Đề nghị Sở bổ sung kinh phí lấy mẫu khảo sát chất lượng năm 2027.',
          'Đề nghị Sở có văn bản đề nghị Ủy ban TĐC Quốc gia sớm hướng dẫn kết nối cơ sở dữ liệu.']
    hand_b(fn, 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH', '1124/BC-TĐC',
           'Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026',
           'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
           'Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:',
           rows, dk, kn, 'Đặng Minh Tuấn', role='CHI CỤC TRƯỞNG',
           noi_nhan='Nơi nhận:\n- Giám đốc Sở (để b/c);\n- Phòng KT-PC;\n- Lưu: VT, HC.')
    key(fn, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1124/BC-TĐC', '2026-11-10', [
        ('II.1.a', 'completed', {'training_courses': 4, 'participants': 386}, rows[0][0]),
        ('II.1.b', 'completed', {'communications': 12, 'enterprises_supported': 9}, rows[1][0]),
        ('II.2.a', 'in_progress', {'enterprises_supported': 15, 'budget_spent_vnd': 186400000}, rows[2][0]),
        ('II.2.e', 'in_progress', {'standards_reviewed': 27}, rows[3][0]),
        ('II.3.a', 'completed', {'training_courses': 3, 'participants': 512}, rows[4][0]),
        ('II.5.a', 'in_progress', {'inspections': 36, 'establishments_inspected': 214, 'violations': 31, 'fines_vnd': 412500000}, rows[5][0]),
        ('II.5.b', 'in_progress', {'samples_tested': 148}, rows[6][0]),
        ('II.5.c', 'in_progress', {'inspections': 41}, rows[7][0]),
        ('II.2.i', 'not_started', {}, rows[8][0])], dk, kn)

    # 2 Sở Công Thương (department)
    fn = 'SCT_BC_thuc-hien-KH-CT38.docx'
    rows = [
        ('Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường',
         'Lực lượng QLTT phối hợp Chi cục TĐC kiểm tra xăng dầu, khí hóa lỏng, hàng điện – điện tử.',
         '08 cuộc\n57 cơ sở\n09 vi phạm\n86.000.000 đồng', 'Hoàn thành', 'Tốt'),
        ('Cử công chức tham gia tập huấn nghiệp vụ TĐC',
         'Cử công chức Phòng Quản lý thương mại, Phòng Kỹ thuật an toàn dự lớp do Chi cục TĐC tổ chức.',
         '06 người', 'Hoàn thành', 'Đạt'),
        ('Góp ý dự thảo QCVN thuộc lĩnh vực công thương',
         'Góp ý dự thảo QCVN về xăng dầu, an toàn điện.', '04 dự thảo', 'Hoàn thành', 'Đạt'),
        ('Hướng dẫn doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý chất lượng',
         'Phối hợp Trung tâm Khuyến công hướng dẫn DN áp dụng ISO 9001, ISO 14001.',
         '11 doanh nghiệp', 'Đang thực hiện', 'Đạt'),
    ]
    dk = ['Một số cửa hàng xăng dầu thay đổi chủ sở hữu nhưng chưa cập nhật hồ sơ kiểm định cột đo.']
    kn = ['Đề nghị Sở KH&CN chia sẻ dữ liệu kiểm định cột đo xăng dầu để phục vụ công tác kiểm tra.']
    hand_b(fn, 'SỞ CÔNG THƯƠNG', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '5873/BC-SCT',
           'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026',
           'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
           'Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả phối hợp thực hiện như sau:',
           rows, dk, kn, 'Bùi Thế Hưng')
    key(fn, 'SO-CT', 'Sở Công Thương', '5873/BC-SCT', '2026-11-06', [
        ('II.5.a', 'completed', {'inspections': 8, 'establishments_inspected': 57, 'violations': 9, 'fines_vnd': 86000000}, rows[0][0]),
        ('II.3.a', 'completed', {'participants': 6}, rows[1][0]),
        ('II.2.e', 'completed', {'standards_reviewed': 4}, rows[2][0]),
        ('II.2.d', 'in_progress', {'enterprises_supported': 11}, rows[3][0])], dk, kn)

    # 3 Sở Y tế (department) -- re-saved through LibreOffice
    fn = 'SoYTe_BC_CT38_2026.docx'
    rows = [
        ('Góp ý tiêu chuẩn, quy chuẩn kỹ thuật trong lĩnh vực y tế',
         'Góp ý dự thảo QCVN về trang thiết bị y tế, TCVN về phòng xét nghiệm.', '05 dự thảo', 'Hoàn thành', 'Đạt'),
        ('Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở',
         'Cập nhật quy trình nội bộ theo thủ tục hành chính mới; đánh giá nội bộ.', '', 'Hoàn thành', 'Tốt'),
        ('Kiểm định, hiệu chuẩn phương tiện đo trong cơ sở y tế công lập',
         'Chỉ đạo các bệnh viện rà soát, gửi kiểm định huyết áp kế, nhiệt kế, cân y tế.', '1.284 phương tiện đo', 'Đang thực hiện', 'Đạt'),
        ('Cử cán bộ dự hội thảo về năng suất chất lượng khu vực công', '', '', 'Chưa thực hiện', 'Chưa đạt'),
    ]
    dk = []
    kn = ['Đề nghị Chi cục TĐC gửi lịch tập huấn sớm để Sở bố trí cán bộ tham dự.']
    hand_b(fn, 'SỞ Y TẾ', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '9012/BC-SYT',
           'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026',
           'Tình hình thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
           'Sở Y tế báo cáo tình hình thực hiện các nội dung có liên quan như sau:', rows, dk, kn, 'Nguyễn Anh Dũng')
    key(fn, 'SO-YT', 'Sở Y tế', '9012/BC-SYT', '2026-11-12', [
        ('II.2.e', 'completed', {'standards_reviewed': 5}, rows[0][0]),
        ('II.2.đ', 'completed', {}, rows[1][0]),
        ('II.4.b', 'in_progress', {'instruments_verified': 1284}, rows[2][0]),
        ('II.6.b', 'not_started', {}, rows[3][0])], dk, kn)

    # 4 Phòng Kiểm tra – Pháp chế (internal)
    fn = 'P.KTPC_bao-cao-KH38.docx'
    rows = [
        ('Phối hợp kiểm tra, giám sát về TĐC bảo đảm an toàn sản phẩm, hàng hóa',
         'Cử thanh tra viên tham gia đoàn kiểm tra liên ngành của Chi cục TĐC.', '11 cuộc\n63 cơ sở', 'Hoàn thành', 'Đạt'),
        ('Góp ý đề xuất sửa đổi văn bản QPPL về TĐC',
         'Góp ý dự thảo Nghị định xử phạt vi phạm hành chính lĩnh vực TĐC.', '02 văn bản', 'Hoàn thành', 'Đạt'),
        ('Xử lý hành vi vi phạm, bảo vệ người tố giác',
         'Không phát sinh đơn tố giác trong lĩnh vực TĐC.', '', 'Không phát sinh', '—'),
        ('Rà soát phương tiện kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP',
         'Đang phối hợp Chi cục lập danh mục thiết bị cần kiểm định.', '', 'Đang thực hiện', 'Đạt'),
    ]
    dk = ['Phòng có ít thanh tra viên có chuyên môn đo lường.']
    kn = []
    hand_b(fn, 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH', '87/BC-KTPC',
           'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
           'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
           'Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện như sau:', rows, dk, kn, 'Lý Hoàng Nam', role='TRƯỞNG PHÒNG',
           noi_nhan='Nơi nhận:\n- Chi cục TĐC (tổng hợp);\n- Lưu: KTPC.')
    key(fn, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '87/BC-KTPC', '2026-10-28', [
        ('II.5.a', 'completed', {'inspections': 11, 'establishments_inspected': 63}, rows[0][0]),
        ('II.2.c', 'completed', {}, rows[1][0]),
        ('II.5.d', 'not_applicable', {}, rows[2][0]),
        ('II.4.b', 'in_progress', {}, rows[3][0])], dk, kn)
    # 5 Sở Xây dựng
    fn = 'SXD-BC-CT38-nam-2026.docx'
    rows = [
        ('Góp ý, xây dựng QCVN, TCVN lĩnh vực xây dựng',
         'Góp ý dự thảo QCVN 16 về sản phẩm, hàng hóa vật liệu xây dựng và 02 TCVN về xi măng.', '03 dự thảo', 'Hoàn thành', 'Đạt'),
        ('Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường',
         'Kiểm tra các cửa hàng kinh doanh thép, xi măng, kính xây dựng; lấy mẫu thử nghiệm.',
         '05 cuộc\n32 cơ sở\n18 mẫu\n04 vi phạm\n28.500.000 đồng', 'Đang thực hiện', 'Đạt'),
        ('Duy trì HTQLCL ISO tại cơ quan Sở', 'Đã ban hành lại danh mục quy trình.', '', 'Hoàn thành', 'Tốt'),
    ]
    dk = ['Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán năm không đủ.']
    kn = ['Đề nghị Sở KH&CN phối hợp tổ chức kiểm tra liên ngành đối với thép xây dựng nhập khẩu.']
    hand_b(fn, 'SỞ XÂY DỰNG', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '11460/BC-SXD',
           'Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2026',
           'Kết quả thực hiện các nhiệm vụ liên quan Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
           'Sở Xây dựng báo cáo như sau:', rows, dk, kn, 'Phan Đức Lợi')
    key(fn, 'SO-XD', 'Sở Xây dựng', '11460/BC-SXD', '2026-11-11', [
        ('II.2.e', 'completed', {'standards_reviewed': 3}, rows[0][0]),
        ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 32, 'samples_tested': 18, 'violations': 4, 'fines_vnd': 28500000}, rows[1][0]),
        ('II.2.đ', 'completed', {}, rows[2][0])], dk, kn)


# ================================================================ HAND D
# Figures as fractions of the target: "đạt 8/10 cuộc theo kế hoạch".
def hand_d_docx(fn, left1, left2, number, place_date, title2, intro, items, dk, kn, signer, role):
    doc = Document(); set_font(doc, 'Arial', 12)
    header_table(doc, left1, left2, f'Số: {number}', place_date)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, title2, bold=True, align='c')
    para(doc, intro, align='j')
    for i, (head, sw, sentences) in enumerate(items):
        p = doc.add_paragraph()
        r = p.add_run(f'{chr(65 + i)}. {head}'); r.bold = True
        r2 = p.add_run(f' ({sw})'); r2.italic = True
        for s in sentences:
            para(doc, '    ' + s, align='j')
    para(doc, 'Khó khăn', bold=True)
    for t in dk:
        para(doc, '+ ' + t, align='j')
    para(doc, 'Đề xuất', bold=True)
    for t in kn:
        para(doc, '+ ' + t, align='j')
    s = doc.add_table(rows=1, cols=2)
    cell_text(s.cell(0, 0), 'Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT.')
    cell_text(s.cell(0, 1), f'{role}\n\n\n\n{signer}', bold=True, align='c')
    doc.save(os.path.join(OUT, fn))


def hand_d_xlsx(fn, top, number, date_txt, title, rows, dk, kn, signer):
    wb = Workbook(); ws = wb.active; ws.title = 'BC'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = top; ws['A1'].font = Font(bold=True)
    ws['A2'] = f'Số: {number}'
    ws['D2'] = date_txt; ws['D2'].font = Font(italic=True)
    ws['A4'] = title; ws['A4'].font = Font(bold=True, size=13)
    hdr = ['STT', 'Nội dung công việc', 'Đã thực hiện / Kế hoạch năm', 'Tiến độ', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = bd
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='FFF2CC')
    r = 7
    for i, (name, figs, td, note) in enumerate(rows, 1):
        vals = [i, name, '\n'.join(figs), td, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True); r += 1
    for t in dk:
        ws.cell(r, 2, t); r += 1
    ws.cell(r, 1, 'Đề xuất:').font = Font(bold=True); r += 1
    for t in kn:
        ws.cell(r, 2, t); r += 1
    r += 1
    ws.cell(r, 4, 'Người báo cáo').font = Font(bold=True); r += 3
    ws.cell(r, 4, signer)
    for col, w in zip('ABCDE', (6, 48, 30, 16, 28)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))


def build_d():
    # 1 Phường Phú Lợi (xlsx)
    fn = 'PhuLoi_CT38_ketqua_so_KH.xlsx'
    rows = [('Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu (cùng Chi cục TĐC)',
             ['đạt 4/5 cuộc theo kế hoạch', '31/35 cơ sở', 'vi phạm: 03 cơ sở', 'phạt 5.250.000 đ'], 'Đang thực hiện', 'Còn 01 cuộc tháng 12'),
            ('Tuyên truyền TĐC trên loa, Zalo khu phố', ['đạt 12/10 tin bài theo kế hoạch'], 'Xong', 'Vượt kế hoạch'),
            ('Cử công chức dự tập huấn nghiệp vụ TĐC', ['2/2 người'], 'Xong', ''),
            ('Duy trì ISO 9001:2015 tại UBND phường', ['—'], 'Xong', '')]
    dk = ['Phường chưa có cán bộ chuyên trách, phải kiêm nhiệm.']
    kn = ['Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 trước tháng 01/2027 để phường chủ động.']
    hand_d_xlsx(fn, 'UBND PHƯỜNG PHÚ LỢI', '611/BC-UBND', 'Phú Lợi, ngày 05 tháng 11 năm 2026',
                'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (SO VỚI KẾ HOẠCH CỦA PHƯỜNG)',
                rows, dk, kn, 'Cao Thị Bích Ngọc')
    key(fn, '25750', 'Phường Phú Lợi', '611/BC-UBND', '2026-11-05', [
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 5250000}, rows[0][0]),
        ('II.1.a', 'completed', {'communications': 12}, rows[1][0]),
        ('II.3.a', 'completed', {'participants': 2}, rows[2][0]),
        ('II.2.đ', 'completed', {}, rows[3][0])], dk, kn)

    # 2 Phường Bình Dương (docx)
    fn = 'BinhDuong_BC_CT38_2026.docx'
    items = [('Kiểm tra đo lường, chất lượng phối hợp với Chi cục TĐC', 'đang thực hiện',
              ['Phường đạt 6/8 cuộc theo kế hoạch năm, kiểm tra 44/60 cơ sở (chợ Bình Dương, cửa hàng vàng bạc, xăng dầu).',
               'Phát hiện 05 cơ sở vi phạm; xử phạt 9.750.000 đồng.']),
             ('Tuyên truyền pháp luật về TĐC', 'đã hoàn thành',
              ['Đạt 15/15 tin bài theo kế hoạch trên trang thông tin điện tử và loa phát thanh khu phố.']),
             ('Hướng dẫn hộ kinh doanh về nhãn hàng hóa, tự công bố sản phẩm', 'đang thực hiện',
              ['Đã hướng dẫn 7/20 cơ sở theo kế hoạch.']),
             ('Tập huấn cho công chức phường', 'chưa thực hiện',
              ['Đạt 0/1 lớp theo kế hoạch do chưa bố trí được kinh phí.'])]
    dk = ['Kinh phí tổ chức lớp tập huấn tại phường chưa được phân bổ.']
    kn = ['Đề nghị Chi cục TĐC lồng ghép lớp tập huấn cho công chức phường vào lớp của Chi cục.']
    hand_d_docx(fn, 'ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH DƯƠNG', 'PHÒNG VĂN HÓA - XÃ HỘI', '377/BC-UBND',
                'Bình Dương, ngày 03 tháng 11 năm 2026',
                'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 của phường Bình Dương',
                'UBND phường Bình Dương báo cáo kết quả thực hiện so với kế hoạch năm của phường như sau:',
                items, dk, kn, 'Trương Công Định', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')
    key(fn, '25760', 'Phường Bình Dương', '377/BC-UBND', '2026-11-03', [
        ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 44, 'violations': 5, 'fines_vnd': 9750000}, items[0][0]),
        ('II.1.a', 'completed', {'communications': 15}, items[1][0]),
        ('II.2.d', 'in_progress', {'enterprises_supported': 7}, items[2][0]),
        ('II.3.a', 'not_started', {}, items[3][0])], dk, kn)

    # 3 Sở Nông nghiệp và Môi trường (xlsx)
    fn = 'SoNNMT_CT38_bieu_ket_qua.xlsx'
    rows = [('Góp ý dự thảo TCVN, QCVN lĩnh vực nông nghiệp, môi trường', ['9/9 dự thảo được đề nghị góp ý'], 'Hoàn thành', ''),
            ('Triển khai truy xuất nguồn gốc nông sản (Đề án 100)', ['hỗ trợ 23/30 cơ sở, HTX theo kế hoạch', 'kinh phí 214.000.000/300.000.000 đồng'], 'Đang thực hiện', ''),
            ('Lấy mẫu giám sát chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV)', ['lấy 96/120 mẫu', '11/15 cuộc kiểm tra', '07 cơ sở vi phạm'], 'Đang thực hiện', 'Phạt 63.000.000 đồng'),
            ('Cử cán bộ dự tập huấn TĐC do Chi cục tổ chức', ['4/4 người'], 'Hoàn thành', '')]
    dk = ['Một số HTX chưa có điều kiện đầu tư thiết bị in tem truy xuất.']
    kn = ['Đề nghị Sở KH&CN hướng dẫn thống nhất mẫu tem truy xuất nguồn gốc dùng chung.']
    hand_d_xlsx(fn, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '4127/BC-SNNMT', 'TP. Hồ Chí Minh, ngày 09 tháng 11 năm 2026',
                'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
                rows, dk, kn, 'Hà Văn Quý')
    key(fn, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '4127/BC-SNNMT', '2026-11-09', [
        ('II.2.e', 'completed', {'standards_reviewed': 9}, rows[0][0]),
        ('II.2.a', 'in_progress', {'enterprises_supported': 23, 'budget_spent_vnd': 214000000}, rows[1][0]),
        ('II.5.a', 'in_progress', {'samples_tested': 96, 'inspections': 11, 'violations': 7, 'fines_vnd': 63000000}, rows[2][0]),
        ('II.3.a', 'completed', {'participants': 4}, rows[3][0])], dk, kn)

    # 4 Trung tâm Dịch vụ Phân tích thí nghiệm (docx)
    fn = 'TTPTTN_BC_KH_CT38.docx'
    items = [('Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm', 'đang thực hiện',
              ['Giải ngân 1.150.000.000/1.600.000.000 đồng kế hoạch vốn mua sắm thiết bị năm 2026.',
               'Đã nhận bàn giao 3/5 hệ thống thiết bị theo kế hoạch.']),
             ('Duy trì chuẩn đo lường, liên kết chuẩn', 'đã hoàn thành',
              ['Hiệu chuẩn, liên kết 42/42 chuẩn chính theo kế hoạch.']),
             ('Mở rộng dịch vụ kỹ thuật TĐC', 'đang thực hiện',
              ['Kiểm định, hiệu chuẩn 18.450 phương tiện đo cho doanh nghiệp, người dân (kế hoạch năm 22.000).']),
             ('Thử nghiệm mẫu khảo sát chất lượng cho Chi cục', 'đang thực hiện',
              ['Thử nghiệm 148/180 mẫu theo hợp đồng với Chi cục TĐC.'])]
    dk = ['Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải đấu thầu lại.']
    kn = ['Đề nghị Sở xem xét chuyển nguồn vốn mua sắm chưa giải ngân sang năm 2027.']
    hand_d_docx(fn, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG', '256/BC-TTPT',
                'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
                'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
                'Trung tâm báo cáo kết quả thực hiện các nhiệm vụ theo Kế hoạch như sau:',
                items, dk, kn, 'Mai Xuân Thịnh', 'GIÁM ĐỐC')
    key(fn, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '256/BC-TTPT', '2026-10-30', [
            ('II.4.a', 'in_progress', {'budget_spent_vnd': 1150000000}, items[0][0]),
            ('II.4.c', 'completed', {'instruments_verified': 42}, items[1][0]),
            ('II.2.g', 'in_progress', {'instruments_verified': 18450}, items[2][0]),
            ('II.5.b', 'in_progress', {'samples_tested': 148}, items[3][0])], dk, kn)


def lo_resave(fn):
    ext = fn.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp)


if __name__ == '__main__':
    build_a(); build_c(); build_b(); build_d()
    for fn in ('25747_ThuDauMot_bieu_CT38.xlsx', 'SoYTe_BC_CT38_2026.docx'):
        lo_resave(fn)
    for fn, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
