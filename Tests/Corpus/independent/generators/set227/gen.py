# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
KEYS = {}

def key(fn, unit, num, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fn] = dict(file=fn, sha256=None, status=status, reason=reason,
                    unit={'id': unit[0], 'name': unit[1]},
                    document={'number': num, 'date': date},
                    entries=[dict(task=t, status=s, indicators=ind, text=tx) for t, s, ind, tx in entries],
                    findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- DOCX helpers
def docx_header(d, left1, left2, num, place_date, font='Times New Roman'):
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = ''
    p = c0.paragraphs[0]; p.add_run(left1 + '\n'); r = p.add_run(left2); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c0.add_paragraph('Số: ' + num).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.paragraphs[0]; r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'); r.bold = True
    r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.add_paragraph(); r = p.add_run(place_date); r.italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def title(d, *lines):
    for i, l in enumerate(lines):
        p = d.add_paragraph(); r = p.add_run(l); r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def para(d, text, bold=False, italic=False):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    return p

def sign(d, role, name):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True
    c0.add_paragraph('- Chi cục TĐC (để t/h);'); c0.add_paragraph('- Lưu: VT.')
    p = c1.paragraphs[0]; r = p.add_run(role); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c1.add_paragraph(''); c1.add_paragraph('')
    p = c1.add_paragraph(); r = p.add_run(name); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical='center', horizontal='center')
WL = Alignment(wrap_text=True, vertical='top')

# ====================================================== HAND A: wide sheet (Chị Lâm Thị Mộng Tuyền style)
def hand_A(fn, unit, hdr_unit, num, date_txt, rowlabel, rows, groups, total_label, verdicts, kk, dx, sheetname='BC CT38'):
    """groups: list of (group_name, [(task_name, [measure,...])]); rows: list of (label, [values flat])"""
    wb = Workbook(); ws = wb.active; ws.title = sheetname
    ws['A1'] = hdr_unit; ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + num
    ws['H1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['H1'].font = Font(bold=True)
    ws['H2'] = date_txt; ws['H2'].font = Font(italic=True)
    ws['A3'] = 'TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (tính đến 31/10/2026)'
    ws['A3'].font = Font(bold=True, size=13)
    r0 = 5
    ws.cell(r0, 1, 'STT'); ws.merge_cells(start_row=r0, start_column=1, end_row=r0+2, end_column=1)
    ws.cell(r0, 2, rowlabel); ws.merge_cells(start_row=r0, start_column=2, end_row=r0+2, end_column=2)
    col = 3; task_spans = []
    for g, tasks in groups:
        gstart = col
        for tname, measures in tasks:
            tstart = col
            for m in measures:
                ws.cell(r0+2, col, m); col += 1
            ws.cell(r0+1, tstart, tname)
            if col-1 > tstart: ws.merge_cells(start_row=r0+1, start_column=tstart, end_row=r0+1, end_column=col-1)
            task_spans.append((tstart, col-1))
        ws.cell(r0, gstart, g)
        if col-1 > gstart: ws.merge_cells(start_row=r0, start_column=gstart, end_row=r0, end_column=col-1)
    ncol = col-1
    r = r0+3
    for i, (lab, vals) in enumerate(rows):
        ws.cell(r, 1, i+1); ws.cell(r, 2, lab)
        for j, v in enumerate(vals): ws.cell(r, 3+j, v)
        r += 1
    # total row typed (values)
    ws.cell(r, 2, total_label).font = Font(bold=True)
    for j in range(ncol-2):
        vs = [rw[1][j] for rw in rows if isinstance(rw[1][j], (int, float))]
        c = ws.cell(r, 3+j, sum(vs) if vs else '-'); c.font = Font(bold=True)
        if 'phạt' in str(ws.cell(r0+2, 3+j).value).lower(): c.number_format = '#,##0'
    r += 1
    ws.cell(r, 2, 'Đánh giá chung').font = Font(bold=True, italic=True)
    for (a, b), v in zip(task_spans, verdicts):
        ws.cell(r, a, v).alignment = WR
        if b > a: ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
    last = r
    for rr in range(r0, last+1):
        for cc in range(1, ncol+1):
            ws.cell(rr, cc).border = BOX
            if rr <= r0+2: ws.cell(rr, cc).alignment = WR; ws.cell(rr, cc).font = Font(bold=True)
    for rr in range(r0+3, last):
        for cc in range(3, ncol+1):
            if 'phạt' in str(ws.cell(r0+2, cc).value).lower(): ws.cell(rr, cc).number_format = '#,##0'
    ws.column_dimensions['B'].width = 22
    for cc in range(3, ncol+1): ws.column_dimensions[ws.cell(r0+2, cc).column_letter].width = 12
    ws.row_dimensions[r0+1].height = 48; ws.row_dimensions[r0+2].height = 36
    r = last + 2
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in kk: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for x in dx: ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 2, 'Người lập biểu'); ws.cell(r, 9, 'TM. ỦY BAN NHÂN DÂN' if 'UBND' in hdr_unit or 'ỦY BAN' in hdr_unit else 'THỦ TRƯỞNG ĐƠN VỊ')
    ws.freeze_panes = 'C8'
    wb.save(os.path.join(OUT, fn))

# ---- A1 Phường Tăng Nhơn Phú
groups = [('Nhóm 1 – Tuyên truyền, tập huấn', [('Tuyên truyền pháp luật TCĐLCL', ['Tin, bài (tin)', 'Hội nghị (cuộc)', 'Lượt người dự'])]),
          ('Nhóm 3 – Nhân lực', [('Cử công chức dự tập huấn của Sở', ['Số lượt CC'])]),
          ('Nhóm 5 – Kiểm tra (phân quyền cho phường)', [('Kiểm tra đo lường cân tại chợ, cửa hàng', ['Số cuộc', 'Số cơ sở', 'Số vi phạm', 'Tiền phạt (đồng)']),
                                                       ('Tiếp nhận phản ánh, tố giác', ['Số tin báo'])])]
rows = [('Khu phố 1', [3, 1, 45, '', 1, 6, 1, 1500000, 0]),
        ('Khu phố 2', [2, 0, 0, '', 1, 5, 0, 0, 0]),
        ('Khu phố 3', [4, 1, 52, '', 1, 8, 1, 2000000, 0]),
        ('Khu phố 4', [2, 0, 0, '', 0, 0, 0, 0, 0]),
        ('Khu phố 5', [3, 1, 38, '', 1, 7, 0, 0, 0]),
        ('Bộ phận Kinh tế (chung)', [5, 0, 0, 4, 0, 0, 0, 0, 0])]
hand_A('26842_TangNhonPhu_bieu_CT38.xlsx', None, 'UBND PHƯỜNG TĂNG NHƠN PHÚ', '412/BC-UBND', 'Tăng Nhơn Phú, ngày 30 tháng 10 năm 2026',
       'Khu phố / bộ phận', rows, groups, 'Toàn phường',
       ['Đã hoàn thành', 'Hoàn thành', 'Đang thực hiện (còn đợt kiểm tra cuối năm)', 'Không phát sinh'],
       ['Phường chưa có công chức chuyên trách đo lường, cán bộ kinh tế kiêm nhiệm nhiều việc.',
        'Chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ.'],
       ['Đề nghị Chi cục TĐC cấp bộ quả cân chuẩn cho phường.',
        'Đề nghị Sở tổ chức thêm lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường.'])
key('26842_TangNhonPhu_bieu_CT38.xlsx', ('26842', 'Phường Tăng Nhơn Phú'), '412/BC-UBND', '2026-10-30', [
    ('II.1.a', 'completed', {'communications': 19, 'training_courses': 3, 'participants': 135}, 'Tuyên truyền pháp luật TCĐLCL tại các khu phố'),
    ('II.3.a', 'completed', {'participants': 4}, 'Cử công chức dự tập huấn của Sở'),
    ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 26, 'violations': 2, 'fines_vnd': 3500000}, 'Kiểm tra đo lường cân tại chợ, cửa hàng'),
    ('II.5.d', 'not_applicable', {}, 'Tiếp nhận phản ánh, tố giác: không phát sinh'),
], ['Phường chưa có công chức chuyên trách đo lường, cán bộ kinh tế kiêm nhiệm nhiều việc.',
    'Chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ.'],
   ['Đề nghị Chi cục TĐC cấp bộ quả cân chuẩn cho phường.',
    'Đề nghị Sở tổ chức thêm lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường.'])

# ---- A2 Xã Phước Hải (rows per ấp, "Toàn xã")
groups = [('I. Tuyên truyền', [('Phát thanh, tin bài về đo lường, chất lượng', ['Số tin/bài'])]),
          ('II. Kiểm tra, giám sát', [('Kiểm tra cân, đo xăng dầu (phối hợp Chi cục)', ['Số cuộc', 'Số cơ sở', 'Vi phạm', 'Phạt (đồng)']),
                                       ('Giám sát hàng hóa đóng gói sẵn tại tạp hóa', ['Số cơ sở', 'Mẫu khảo sát'])])]
rows = [('Ấp Hải Hà', [6, 1, 4, 0, 0, 5, 2]),
        ('Ấp Hải Sơn', [4, 1, 3, 1, 2500000, 4, 2]),
        ('Ấp Phước Thọ', [5, 1, 5, 0, 0, 6, 3]),
        ('Ấp Hải Tân', [3, 0, 0, 0, 0, 3, 1])]
hand_A('26686_PhuocHai_CT38_T10.xlsx', None, 'ỦY BAN NHÂN DÂN XÃ PHƯỚC HẢI', '188/BC-UBND', 'Phước Hải, ngày 27 tháng 10 năm 2026',
       'Ấp', rows, groups, 'Toàn xã',
       ['Hoàn thành', 'Đang triển khai', 'Đang thực hiện'],
       ['Địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ ven biển, khó quản lý.'],
       ['Đề nghị Chi cục TĐC hỗ trợ xã kinh phí lấy mẫu khảo sát hàng đóng gói sẵn.'], sheetname='Bieu T10')
key('26686_PhuocHai_CT38_T10.xlsx', ('26686', 'Xã Phước Hải'), '188/BC-UBND', '2026-10-27', [
    ('II.1.a', 'completed', {'communications': 18}, 'Phát thanh, tin bài về đo lường, chất lượng'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 12, 'violations': 1, 'fines_vnd': 2500000}, 'Kiểm tra cân, đo xăng dầu phối hợp Chi cục'),
    ('II.5.a', 'in_progress', {'establishments_inspected': 18, 'samples_tested': 8}, 'Giám sát hàng hóa đóng gói sẵn tại tạp hóa'),
], ['Địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ ven biển, khó quản lý.'],
   ['Đề nghị Chi cục TĐC hỗ trợ xã kinh phí lấy mẫu khảo sát hàng đóng gói sẵn.'])

# ---- A3 Chi cục TĐC (rows per team)
groups = [('Nhóm 1. Tuyên truyền', [('Tập huấn VBQPPL, tọa đàm DN nhập khẩu', ['Lớp/tọa đàm', 'Lượt người'])]),
          ('Nhóm 2. Quản lý nhà nước', [('Hỗ trợ DN áp dụng HTQLCL, công bố', ['DN được hỗ trợ']),
                                         ('Góp ý TCVN, QCVN', ['Số dự thảo góp ý'])]),
          ('Nhóm 5. Kiểm tra', [('Kiểm tra chất lượng, đo lường hàng hóa', ['Số cuộc', 'Cơ sở', 'Vi phạm', 'Tiền phạt (đồng)']),
                                 ('Khảo sát chất lượng SP, HH', ['Mẫu khảo sát'])])]
rows = [('Phòng Quản lý Tiêu chuẩn Chất lượng', [3, 240, 37, 14, '', '', '', '', 60]),
        ('Phòng Quản lý Đo lường', [1, 85, 9, 0, '', '', '', '', 0]),
        ('Đội kiểm tra số 1', [0, 0, 0, 0, 8, 41, 7, 46500000, 22]),
        ('Đội kiểm tra số 2', [0, 0, 0, 0, 6, 35, 4, 28000000, 18])]
hand_A('CCTDC_tonghop_CT38_2026.xlsx', None, 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '905/BC-TĐC', 'TP. Hồ Chí Minh, ngày 05 tháng 11 năm 2026',
       'Phòng / Đội', rows, groups, 'Toàn Chi cục',
       ['Đã hoàn thành', 'Đang thực hiện', 'Hoàn thành (đã góp ý hết các dự thảo nhận được)', 'Đang thực hiện', 'Đang thực hiện'],
       ['Lực lượng kiểm tra mỏng so với số lượng cơ sở cần kiểm tra trên địa bàn Thành phố sau sắp xếp.'],
       ['Đề nghị Sở bổ sung biên chế cho 02 đội kiểm tra.'])
key('CCTDC_tonghop_CT38_2026.xlsx', ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '905/BC-TĐC', '2026-11-05', [
    ('II.1.a', 'completed', {'training_courses': 4, 'participants': 325}, 'Tập huấn VBQPPL, tọa đàm DN nhập khẩu'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 46}, 'Hỗ trợ DN áp dụng HTQLCL, công bố'),
    ('II.2.e', 'completed', {'standards_reviewed': 14}, 'Góp ý TCVN, QCVN'),
    ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 76, 'violations': 11, 'fines_vnd': 74500000}, 'Kiểm tra chất lượng, đo lường hàng hóa'),
    ('II.5.b', 'in_progress', {'samples_tested': 100}, 'Khảo sát chất lượng SP, HH'),
], ['Lực lượng kiểm tra mỏng so với số lượng cơ sở cần kiểm tra trên địa bàn Thành phố sau sắp xếp.'],
   ['Đề nghị Sở bổ sung biên chế cho 02 đội kiểm tra.'])

# ---- A4 Phòng KT-PC (rows per tổ)
groups = [('Nhóm 5 – Kiểm tra, giám sát', [('Phối hợp kiểm tra với Chi cục', ['Số cuộc', 'Số cơ sở']),
                                          ('Hướng dẫn phường/xã nội dung phân quyền', ['Buổi hướng dẫn', 'Lượt CB']),
                                          ('Xử lý tố giác, vi phạm', ['Vụ việc', 'Tiền phạt (đồng)'])])]
rows = [('Tổ Thanh tra - Kiểm tra', [5, 23, 0, 0, 2, 12000000]),
        ('Tổ Pháp chế', [0, 0, 2, 96, 0, 0]),
        ('Tổ tổng hợp', [1, 4, 1, 40, 0, 0])]
hand_A('KTPC_bieu_CT38.xlsx', None, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ', '77/BC-KTPC', 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
       'Tổ', rows, groups, 'Toàn Phòng',
       ['Đang thực hiện', 'Hoàn thành', 'Hoàn thành'],
       [], ['Đề nghị Chi cục TĐC chia sẻ kế hoạch kiểm tra quý IV để Phòng bố trí lực lượng phối hợp.'])
key('KTPC_bieu_CT38.xlsx', ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'), '77/BC-KTPC', '2026-10-29', [
    ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 27}, 'Phối hợp kiểm tra với Chi cục'),
    ('II.5.c', 'completed', {'training_courses': 3, 'participants': 136}, 'Hướng dẫn phường/xã nội dung phân quyền'),
    ('II.5.d', 'completed', {'violations': 2, 'fines_vnd': 12000000}, 'Xử lý tố giác, vi phạm'),
], [], ['Đề nghị Chi cục TĐC chia sẻ kế hoạch kiểm tra quý IV để Phòng bố trí lực lượng phối hợp.'])

# ====================================================== HAND B: Word items ending with plan code in brackets (some 2025 numbering)
def hand_B(fn, unit_l1, unit_l2, num, place_date, ttl2, intro, items, kk, dx, role, signer, note25=True):
    d = Document()
    docx_header(d, unit_l1, unit_l2, num, place_date)
    d.add_paragraph()
    title(d, 'BÁO CÁO', ttl2)
    para(d, intro)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, (head, body, code, old) in enumerate(items, 1):
        p = d.add_paragraph()
        r = p.add_run(f'{i}. {head}: '); r.bold = True
        p.add_run(body + ' ')
        r = p.add_run(f'({code}{"*" if old else ""})'); r.bold = True
    if note25:
        para(d, '(*) Mã nội dung ghi theo số thứ tự Kế hoạch năm 2025 (Kế hoạch số 398/KH-SKHCCN), đơn vị chưa kịp cập nhật theo Kế hoạch năm 2026.', italic=True)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    if kk:
        for x in kk: para(d, '- ' + x)
    else:
        para(d, 'Không có.')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for x in dx: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của đơn vị./.')
    sign(d, role, signer)
    d.save(os.path.join(OUT, fn))

# ---- B1 Văn phòng Sở
kk = ['Việc duy trì HTQLCL theo TCVN ISO 9001:2015 sau khi sắp xếp, hợp nhất các phòng còn lúng túng do quy trình thay đổi nhiều.']
dx = ['Đề nghị Chi cục TĐC cử chuyên gia hỗ trợ rà soát lại bộ quy trình ISO của Sở trong tháng 11/2026.']
hand_B('VP_So_BC_CT38_2026.docx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ', '214/BC-VP', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Văn phòng Sở báo cáo kết quả thực hiện các nội dung được giao phối hợp như sau:',
       [('Duy trì, cải tiến hệ thống quản lý chất lượng tại cơ quan Sở', 'Văn phòng đã phối hợp Chi cục TĐC rà soát, cập nhật 46 quy trình nội bộ theo TCVN ISO 9001:2015, tổ chức 01 đợt đánh giá nội bộ; việc công bố lại HTQLCL đang thực hiện, dự kiến xong trong tháng 11/2026.', 'II.2.đ', False),
        ('Kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia', 'Đã phối hợp Phòng Chuyển đổi số hoàn tất cấu hình, kiểm thử kết nối từ tháng 3/2026; đã hoàn thành.', 'II.2.g', True),
        ('Công tác khen thưởng, bảo vệ người tố giác vi phạm về TCĐLCL', 'Trong kỳ không phát sinh hồ sơ đề nghị khen thưởng người tố giác.', 'II.4.d', True),
        ('Đầu tư cơ sở vật chất cho đơn vị sự nghiệp', 'Văn phòng đã thẩm định, trình Giám đốc Sở phê duyệt dự toán mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm với kinh phí đã giải ngân 1.250.000.000 đồng; đang tiếp tục thực hiện gói thầu thứ hai.', 'II.4.a', False)],
       kk, dx, 'CHÁNH VĂN PHÒNG', 'Trần Minh Khoa')
key('VP_So_BC_CT38_2026.docx', ('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'), '214/BC-VP', '2026-10-28', [
    ('II.2.đ', 'in_progress', {}, 'Duy trì, cải tiến HTQLCL tại cơ quan Sở'),
    ('II.2.h', 'completed', {}, 'Kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia'),
    ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác: không phát sinh'),
    ('II.4.a', 'in_progress', {'budget_spent_vnd': 1250000000}, 'Đầu tư cơ sở vật chất cho đơn vị sự nghiệp'),
], kk, dx)

# ---- B2 Phòng Quản lý Khoa học
kk = ['Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn với chuyên gia đo lường có kinh nghiệm ở khu vực doanh nghiệp.']
dx = ['Đề nghị Sở kiến nghị UBND Thành phố bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút chuyên gia năm 2027.',
      'Đề nghị Chi cục TĐC phối hợp giới thiệu chuyên gia tư vấn năng suất cho mạng lưới.']
hand_B('QLKH_baocao_CT38.docx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', '58/BC-QLKH', 'TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
       'Tình hình thực hiện nhiệm vụ thuộc Kế hoạch Chỉ thị 38-CT/TW năm 2026',
       'Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nhiệm vụ chủ trì và phối hợp theo Kế hoạch như sau:',
       [('Thu hút chuyên gia, nhà khoa học lĩnh vực TCĐLCL', 'Phòng đã tham mưu thông báo nhu cầu thu hút theo Quyết định số 05/2026/QĐ-UBND; tiếp nhận 03 hồ sơ chuyên gia, đã trình Hội đồng xét chọn 02 hồ sơ. Nhiệm vụ đang được triển khai thường xuyên.', 'II.3.c', False),
        ('Bồi dưỡng chuyên sâu về năng suất, hình thành mạng lưới tư vấn', 'Phối hợp Chi cục TĐC tổ chức 02 khóa bồi dưỡng chuyên gia năng suất với 74 học viên; đã hoàn thành theo kế hoạch Quý II và III.', 'II.2.b', True),
        ('Hợp tác với APO về năng suất khu vực công', 'Chưa nhận được yêu cầu từ Ủy ban TCĐLCL Quốc gia nên chưa triển khai.', 'II.5.b', True)],
       kk, dx, 'TRƯỞNG PHÒNG', 'Võ Thị Hồng Nhung')
key('QLKH_baocao_CT38.docx', ('SKHCN-QLKH', 'Phòng Quản lý Khoa học'), '58/BC-QLKH', '2026-10-26', [
    ('II.3.c', 'in_progress', {}, 'Thu hút chuyên gia, nhà khoa học lĩnh vực TCĐLCL (03 hồ sơ tiếp nhận)'),
    ('II.3.b', 'completed', {'training_courses': 2, 'participants': 74}, 'Bồi dưỡng chuyên sâu về năng suất'),
    ('II.6.b', 'not_started', {}, 'Hợp tác với APO: chưa triển khai'),
], kk, dx)

# ---- B3 Trung tâm Dịch vụ Phân tích thí nghiệm
kk = ['Một số thiết bị thử nghiệm đã hết khấu hao, chi phí hiệu chuẩn ở nước ngoài cao.',
      'Thủ tục mua sắm thiết bị kéo dài do phải chờ thẩm định giá.']
dx = ['Đề nghị Sở ưu tiên bố trí vốn năm 2027 cho dự án nâng cấp phòng thí nghiệm đo lường khối lượng.']
hand_B('TTPTTN_BC_KH38.docx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM', '331/BC-TTPTTN', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Trung tâm báo cáo kết quả thực hiện đến ngày 25/10/2026 như sau:',
       [('Đầu tư, hiện đại hóa trang thiết bị', 'Trung tâm đã hoàn tất lắp đặt 01 hệ thống sắc ký và 02 tủ môi trường; kinh phí đã giải ngân 3.480.000.000 đồng; gói thiết bị đo lường khối lượng đang thực hiện.', 'II.4.a', False),
        ('Mở rộng dịch vụ kỹ thuật, kiểm định, hiệu chuẩn, thử nghiệm', 'Đã kiểm định, hiệu chuẩn 12.640 phương tiện đo các loại; thử nghiệm 2.315 mẫu sản phẩm, hàng hóa; mở rộng thêm 02 lĩnh vực được chỉ định. Đang thực hiện thường xuyên.', 'II.2.g', False),
        ('Duy trì liên kết chuẩn đo lường', 'Đã gửi 18 chuẩn chính đi hiệu chuẩn tại Viện Đo lường Việt Nam, đảm bảo liên kết chuẩn; đã hoàn thành kế hoạch năm.', 'II.3.c', True)],
       kk, dx, 'GIÁM ĐỐC', 'Lê Quang Vinh')
key('TTPTTN_BC_KH38.docx', ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '331/BC-TTPTTN', '2026-10-30', [
    ('II.4.a', 'in_progress', {'budget_spent_vnd': 3480000000}, 'Đầu tư, hiện đại hóa trang thiết bị'),
    ('II.2.g', 'in_progress', {'instruments_verified': 12640, 'samples_tested': 2315}, 'Mở rộng dịch vụ kỹ thuật, kiểm định, hiệu chuẩn, thử nghiệm'),
    ('II.4.c', 'completed', {'instruments_verified': 18}, 'Duy trì liên kết chuẩn đo lường'),
], kk, dx)

# ---- B4 Sở Công Thương (department)
kk = ['Lực lượng quản lý thị trường sau sắp xếp chưa ổn định, khó bố trí tham gia đoàn liên ngành.']
dx = ['Đề nghị Sở KH&CN thông báo sớm kế hoạch kiểm tra liên ngành năm 2027 để Sở Công Thương chủ động phối hợp.']
hand_B('SoCongThuong_CT38_phoihop.docx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', '6120/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
       'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       'Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả phối hợp như sau:',
       [('Tuyên truyền pháp luật về chất lượng hàng hóa cho doanh nghiệp', 'Đăng 12 tin, bài trên Cổng thông tin điện tử Sở; lồng ghép nội dung tại 02 hội nghị xúc tiến thương mại với 180 đại biểu doanh nghiệp. Đã hoàn thành.', 'II.1.a', False),
        ('Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường', 'Cử cán bộ tham gia 04 cuộc kiểm tra liên ngành tại 22 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; phát hiện 03 cơ sở vi phạm, xử phạt 41.500.000 đồng. Đang tiếp tục phối hợp.', 'II.4.a', True)],
       kk, dx, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phạm Thanh Tùng')
key('SoCongThuong_CT38_phoihop.docx', ('SO-CT', 'Sở Công Thương'), '6120/BC-SCT', '2026-11-02', [
    ('II.1.a', 'completed', {'communications': 12, 'training_courses': 2, 'participants': 180}, 'Tuyên truyền pháp luật về chất lượng hàng hóa cho doanh nghiệp'),
    ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 22, 'violations': 3, 'fines_vnd': 41500000}, 'Phối hợp kiểm tra chất lượng hàng hóa lưu thông'),
], kk, dx)

# ====================================================== HAND C: ward officer narrative with ≈ / ~ estimates
def hand_C(fn, l1, l2, num, place_date, ttl2, paras, kk, dx, signer, role='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'):
    d = Document()
    docx_header(d, l1, l2, num, place_date)
    d.add_paragraph()
    title(d, 'BÁO CÁO', ttl2)
    for kind, txt in paras:
        if kind == 'h': para(d, txt, bold=True)
        else: para(d, txt)
    para(d, 'Khó khăn, vướng mắc:', bold=True)
    for x in kk: para(d, '- ' + x)
    para(d, 'Kiến nghị, đề xuất:', bold=True)
    for x in dx: para(d, '- ' + x)
    para(d, 'Ghi chú: các số liệu có dấu ≈ hoặc ~ là số ước tính đến ngày 31/10/2026.', italic=True)
    sign(d, role, signer)
    d.save(os.path.join(OUT, fn))

# ---- C1 Phường Phú An
kk = ['Các hộ kinh doanh nhỏ tại chợ tự phát thường xuyên thay đổi, khó thống kê và theo dõi cân đối chứng.']
dx = ['Đề nghị Chi cục TĐC hỗ trợ phường trang bị thêm 01 cân đối chứng tại chợ Phú An.']
hand_C('25768_PhuAn_BC_CT38.docx', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ AN', '267/BC-UBND', 'Phú An, ngày 29 tháng 10 năm 2026',
       'Kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch thực hiện Chỉ thị 38-CT/TW)',
       [('p', 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, UBND phường Phú An báo cáo kết quả như sau:'),
        ('h', '1. Công tác tuyên truyền'),
        ('p', 'Phường đã phát trên hệ thống loa truyền thanh và trang Zalo của phường ≈ 24 tin về ghi nhãn hàng hóa, sử dụng cân đúng quy định; phối hợp Hội Liên hiệp Phụ nữ tổ chức 01 buổi nói chuyện chuyên đề cho ~ 60 lượt tiểu thương tại chợ Phú An. Nội dung này phường đã thực hiện xong.'),
        ('h', '2. Kiểm tra đo lường tại chợ, cơ sở kinh doanh'),
        ('p', 'Tổ công tác phường phối hợp Chi cục TĐC kiểm tra 03 cuộc tại ~ 35 quầy hàng sử dụng cân; nhắc nhở 06 trường hợp, lập biên bản 02 trường hợp vi phạm, xử phạt 3.000.000 đồng. Quý IV phường tiếp tục kiểm tra theo kế hoạch nên nội dung này đang thực hiện.'),
        ('h', '3. Cử công chức tham gia tập huấn'),
        ('p', 'Phường cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ của Sở tháng 6/2026 — đã hoàn thành.'),
        ('h', '4. Tiếp nhận, xử lý phản ánh'),
        ('p', 'Từ đầu năm đến nay phường không nhận được phản ánh, tố giác nào liên quan đến đo lường, chất lượng.')],
       kk, dx, 'Nguyễn Văn Thạnh')
key('25768_PhuAn_BC_CT38.docx', ('25768', 'Phường Phú An'), '267/BC-UBND', '2026-10-29', [
    ('II.1.a', 'completed', {'communications': 24, 'training_courses': 1, 'participants': 60}, 'Tuyên truyền ghi nhãn hàng hóa, sử dụng cân; buổi nói chuyện cho tiểu thương'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 35, 'violations': 2, 'fines_vnd': 3000000}, 'Kiểm tra đo lường tại chợ phối hợp Chi cục TĐC'),
    ('II.3.a', 'completed', {'participants': 2}, 'Cử công chức tham gia tập huấn'),
    ('II.5.d', 'not_applicable', {}, 'Không nhận được phản ánh, tố giác'),
], kk, dx)

# ---- C2 Đặc khu Côn Đảo
kk = ['Việc đi lại giữa đặc khu và đất liền phụ thuộc thời tiết, đoàn kiểm tra của Chi cục khó bố trí lịch.',
      'Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ, cân tại cảng cá phải chờ đoàn từ đất liền ra.']
dx = ['Đề nghị Chi cục TĐC bố trí đợt kiểm định lưu động phương tiện đo tại Côn Đảo trong Quý I/2027.']
hand_C('26732_ConDao_baocao_TDC.docx', 'ỦY BAN NHÂN DÂN', 'ĐẶC KHU CÔN ĐẢO', '151/BC-UBND', 'Côn Đảo, ngày 31 tháng 10 năm 2026',
       'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn đặc khu',
       [('p', 'UBND đặc khu Côn Đảo báo cáo tình hình thực hiện các nội dung được phân công như sau:'),
        ('h', 'a) Tuyên truyền, phổ biến'),
        ('p', 'Đài truyền thanh đặc khu phát thường xuyên tin về đo lường trong thương mại bán lẻ và chất lượng xăng dầu; in, phát ≈ 500 tờ rơi cho hộ kinh doanh và du khách. Việc tuyên truyền đang tiếp tục.'),
        ('h', 'b) Kiểm tra theo nội dung phân quyền'),
        ('p', 'Đặc khu đã phối hợp Chi cục TĐC kiểm tra 02 cuộc tại 14 cơ sở (cửa hàng xăng dầu, vựa hải sản); chưa phát hiện vi phạm. Đợt kiểm tra dịp cuối năm chưa tổ chức được do thời tiết nên việc này đang thực hiện.'),
        ('h', 'c) Cải thiện phương tiện, thiết bị'),
        ('p', 'Đề xuất trang bị cân đối chứng cho chợ Côn Đảo đã gửi Sở; hiện chưa triển khai mua sắm.')],
       kk, dx, 'Huỳnh Văn Đức')
key('26732_ConDao_baocao_TDC.docx', ('26732', 'Đặc khu Côn Đảo'), '151/BC-UBND', '2026-10-31', [
    ('II.1.a', 'in_progress', {'communications': 500}, 'Phát tin truyền thanh và ≈500 tờ rơi'),
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14}, 'Kiểm tra theo nội dung phân quyền, phối hợp Chi cục'),
    ('II.4.b', 'not_started', {}, 'Đề xuất trang bị cân đối chứng, chưa triển khai mua sắm'),
], kk, dx)

# ---- C3 Phường Bến Cát
kk = ['Kinh phí tuyên truyền của phường năm 2026 chưa được bố trí riêng cho lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
dx = ['Đề nghị Sở cung cấp tài liệu, pano tuyên truyền mẫu để phường in và treo tại các chợ.',
      'Đề nghị Chi cục TĐC hướng dẫn phường cách lập biên bản kiểm tra theo mẫu mới.']
hand_C('25813_BenCat_CT38_nam2026.docx', 'UBND PHƯỜNG BẾN CÁT', 'PHÒNG KINH TẾ', '93/BC-KT', 'Bến Cát, ngày 27 tháng 10 năm 2026',
       'Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026',
       [('p', 'Phòng Kinh tế phường Bến Cát tổng hợp kết quả thực hiện như sau:'),
        ('p', '- Tuyên truyền: đăng ~ 15 bài trên trang thông tin điện tử phường, treo băng rôn tại các chợ; tổ chức 02 hội nghị phổ biến pháp luật cho ≈ 150 lượt hộ kinh doanh và doanh nghiệp nhỏ. Đã hoàn thành nội dung năm.'),
        ('p', '- Hướng dẫn doanh nghiệp: phối hợp Chi cục TĐC hướng dẫn ~ 20 doanh nghiệp trong cụm công nghiệp về công bố hợp quy, ghi nhãn; đang tiếp tục thực hiện.'),
        ('p', '- Kiểm tra, giám sát: phường chủ trì 05 cuộc kiểm tra cân, thước tại chợ và cửa hàng vật liệu xây dựng với 42 cơ sở, phát hiện 04 cơ sở vi phạm, phạt tiền 6.500.000 đồng. Đã hoàn thành kế hoạch kiểm tra năm.'),
        ('p', '- Công chức tham dự tập huấn, hội thảo do Sở tổ chức: 03 lượt — hoàn thành.')],
       kk, dx, 'Đặng Thị Kim Loan', role='TRƯỞNG PHÒNG')
key('25813_BenCat_CT38_nam2026.docx', ('25813', 'Phường Bến Cát'), '93/BC-KT', '2026-10-27', [
    ('II.1.a', 'completed', {'communications': 15, 'training_courses': 2, 'participants': 150}, 'Tuyên truyền: bài trên trang thông tin, băng rôn, hội nghị phổ biến pháp luật'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 20}, 'Hướng dẫn doanh nghiệp công bố hợp quy, ghi nhãn'),
    ('II.5.c', 'completed', {'inspections': 5, 'establishments_inspected': 42, 'violations': 4, 'fines_vnd': 6500000}, 'Kiểm tra cân, thước tại chợ và cửa hàng'),
    ('II.3.a', 'completed', {'participants': 3}, 'Công chức tham dự tập huấn do Sở tổ chức'),
], kk, dx)

# ---- C4 Xã Châu Pha
kk = ['Xã mới sáp nhập, hồ sơ theo dõi cơ sở kinh doanh của các xã cũ chưa thống nhất.']
dx = ['Đề nghị Sở tổ chức tập huấn trực tuyến cho cán bộ xã về nội dung được phân quyền.']
hand_C('26728_ChauPha_BC_TDC.docx', 'ỦY BAN NHÂN DÂN', 'XÃ CHÂU PHA', '204/BC-UBND', 'Châu Pha, ngày 03 tháng 11 năm 2026',
       'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
       [('p', 'UBND xã Châu Pha báo cáo như sau:'),
        ('p', 'Về tuyên truyền: xã tổ chức 02 hội nghị tuyên truyền về tiêu chuẩn, đo lường, chất lượng lồng ghép sinh hoạt tổ nhân dân với ≈ 320 lượt người tham dự; đang thực hiện.'),
        ('p', 'Về kiểm tra: xã phối hợp Chi cục TĐC kiểm tra 01 cuộc tại 09 cơ sở kinh doanh phân bón, thức ăn chăn nuôi; có 01 cơ sở vi phạm về ghi nhãn, đã chuyển Chi cục xử lý. Đang thực hiện.'),
        ('p', 'Về tiếp nhận phản ánh, tố giác vi phạm: trong năm không phát sinh.')],
       kk, dx, 'Lê Hoàng Phúc')
key('26728_ChauPha_BC_TDC.docx', ('26728', 'Xã Châu Pha'), '204/BC-UBND', '2026-11-03', [
    ('II.1.a', 'in_progress', {'training_courses': 2, 'participants': 320}, 'Lồng ghép tuyên truyền vào buổi sinh hoạt tổ nhân dân'),
    ('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 9, 'violations': 1}, 'Phối hợp Chi cục kiểm tra cơ sở kinh doanh phân bón, thức ăn chăn nuôi'),
    ('II.5.d', 'not_applicable', {}, 'Tiếp nhận phản ánh, tố giác: không phát sinh'),
], kk, dx)

# ---- C5 Phường Tây Nam: MISTAKEN (chuyển đổi số)
hand_C('25843_TayNam_BC_10thang.docx', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂY NAM', '301/BC-UBND', 'Tây Nam, ngày 28 tháng 10 năm 2026',
       'Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 (10 tháng)',
       [('p', 'Thực hiện Kế hoạch chuyển đổi số của UBND Thành phố, UBND phường Tây Nam báo cáo kết quả 10 tháng năm 2026:'),
        ('h', '1. Hạ tầng số'),
        ('p', 'Phường đã lắp đặt ~ 40 điểm phát wifi công cộng, nâng cấp đường truyền cho Trung tâm phục vụ hành chính công; đang tiếp tục.'),
        ('h', '2. Dịch vụ công trực tuyến'),
        ('p', 'Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt ≈ 78%; tiếp nhận ~ 5.200 hồ sơ trực tuyến.'),
        ('h', '3. Kỹ năng số cho người dân'),
        ('p', 'Tổ công nghệ số cộng đồng hướng dẫn ≈ 1.100 lượt người dân cài đặt VNeID và thanh toán không dùng tiền mặt.')],
       ['Thiết bị của bộ phận một cửa đã cũ, thường xuyên hư hỏng.'],
       ['Đề nghị Thành phố bổ sung kinh phí mua sắm máy tính cho bộ phận một cửa.'], 'Trương Minh Hải')
key('25843_TayNam_BC_10thang.docx', ('25843', 'Phường Tây Nam'), '301/BC-UBND', '2026-10-28', [], [], [],
    status='rejected', reason='Báo cáo kết quả Kế hoạch chuyển đổi số năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

# ====================================================== HAND D: XLSX task rows with Đ/T/C/K letter status + legend
def hand_D(fn, l1, l2, num, date_txt, ttl, rows, kk, dx, signer):
    wb = Workbook(); ws = wb.active; ws.title = 'Bao cao'
    ws['A1'] = l1; ws['A2'] = l2; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + num
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = date_txt
    ws['A5'] = ttl; ws['A5'].font = Font(bold=True, size=13)
    hdr = ['STT', 'Nội dung công việc', 'Cán bộ đầu mối', 'Đã làm (tóm tắt)', 'Số liệu chính', 'Số liệu khác', 'TT']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.alignment = WR; c.border = BOX
    r = 8
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.alignment = WL; c.border = BOX
        ws.cell(r, 7).alignment = WR
        r += 1
    r += 1
    ws.cell(r, 1, 'TT: Đ = đã xong; T = đang tiếp tục làm; C = chưa làm; K = không phát sinh').font = Font(italic=True); r += 2
    ws.cell(r, 1, 'Vướng mắc').font = Font(bold=True); r += 1
    for x in kk: ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, 'Đề xuất').font = Font(bold=True); r += 1
    for x in dx: ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 5, 'Người báo cáo'); ws.cell(r+3, 5, signer)
    for col, w in zip('ABCDEFG', [5, 38, 16, 50, 18, 18, 6]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))

# ---- D1 Phòng Chuyển đổi số
kk = ['Cơ sở dữ liệu quốc gia về TCĐLCL chưa mở API cho địa phương, việc kết nối phải chờ Ủy ban TCĐLCL Quốc gia.']
dx = ['Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban TCĐLCL Quốc gia cấp tài khoản kết nối thử nghiệm.']
hand_D('CDS_theodoi_CT38.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', '41/BC-CĐS', 'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
       'BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
       [('Cải tiến hệ thống TTHC về TCĐLCL, kết nối Cổng một cửa quốc gia (kiểm tra NN hàng nhập khẩu)', 'Nguyễn Tấn Phát', 'Phối hợp Chi cục cấu hình luồng hồ sơ, chạy thử, đưa vào vận hành từ 01/4/2026', '', '', 'Đ'),
        ('Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', 'Nguyễn Tấn Phát', 'Khảo sát, xây dựng phương án kết nối; chờ đầu mối trung ương', '', '', 'T'),
        ('Số hóa hồ sơ công bố hợp quy', 'Bùi Ngọc Hân', 'Số hóa hồ sơ tồn đọng phục vụ tra cứu', '1.860 hồ sơ', '', 'T'),
        ('Tập huấn sử dụng phần mềm cho công chức phường, xã', 'Bùi Ngọc Hân', 'Mở lớp trực tuyến hướng dẫn tra cứu dữ liệu TCĐLCL', '03 lớp', '214 lượt CB', 'Đ')],
       kk, dx, 'Nguyễn Tấn Phát')
key('CDS_theodoi_CT38.xlsx', ('SKHCN-CDS', 'Phòng Chuyển đổi số'), '41/BC-CĐS', '2026-10-27', [
    ('II.2.h', 'completed', {}, 'Cải tiến hệ thống TTHC, kết nối Cổng một cửa quốc gia'),
    ('II.2.i', 'in_progress', {}, 'Kết nối cơ sở dữ liệu quốc gia về TCĐLCL; số hóa 1.860 hồ sơ công bố hợp quy'),
    ('II.3.a', 'completed', {'training_courses': 3, 'participants': 214}, 'Tập huấn sử dụng phần mềm cho công chức phường, xã'),
], kk, dx)

# ---- D2 Trung tâm CNTT và Địa không gian
kk = []
dx = ['Đề nghị Sở bố trí kinh phí thuê hạ tầng máy chủ cho cơ sở dữ liệu TCĐLCL từ năm 2027.']
hand_D('TTCNTT_CT38_2026.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', '120/BC-TTCNTT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
       'Báo cáo phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
       [('Hạ tầng cho cơ sở dữ liệu TCĐLCL của Thành phố', 'Phan Quốc Bảo', 'Cấp phát máy chủ ảo, sao lưu dữ liệu; lớp bản đồ cơ sở kinh doanh xăng dầu', '02 máy chủ ảo', 'chi 185.000.000 đ', 'T'),
        ('Hỗ trợ Chi cục kết nối Cổng một cửa quốc gia', 'Phan Quốc Bảo', 'Không có yêu cầu hỗ trợ trong kỳ', '', '', 'K')],
       kk, dx, 'Phan Quốc Bảo')
key('TTCNTT_CT38_2026.xlsx', ('SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh'), '120/BC-TTCNTT', '2026-10-30', [
    ('II.2.i', 'in_progress', {'budget_spent_vnd': 185000000}, 'Hạ tầng cho cơ sở dữ liệu TCĐLCL của Thành phố'),
    ('II.2.h', 'not_applicable', {}, 'Hỗ trợ Chi cục kết nối Cổng một cửa quốc gia: không có yêu cầu'),
], kk, dx)

# ---- D3 Sở Nông nghiệp và Môi trường
kk = ['Nhiều cơ sở sản xuất nông sản quy mô hộ chưa quan tâm áp dụng tiêu chuẩn, truy xuất nguồn gốc.']
dx = ['Đề nghị Sở KH&CN phối hợp tổ chức tập huấn truy xuất nguồn gốc cho hợp tác xã năm 2027.',
      'Đề nghị được cung cấp danh mục TCVN mới ban hành về phân bón, thuốc bảo vệ thực vật.']
hand_D('SoNNMT_BC_phoihop_CT38.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '8845/BC-SNNMT', 'Thành phố Hồ Chí Minh, ngày 01 tháng 11 năm 2026',
       'BÁO CÁO kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
       [('Góp ý dự thảo TCVN, QCVN lĩnh vực nông nghiệp, môi trường', 'Trịnh Văn Sang', 'Góp ý các dự thảo do Bộ NN&MT, Bộ KH&CN gửi lấy ý kiến', '07 dự thảo', '', 'Đ'),
        ('Kiểm tra chất lượng vật tư nông nghiệp lưu thông', 'Lý Thị Diễm', 'Chủ trì kiểm tra phân bón, thuốc BVTV, thức ăn chăn nuôi; lấy mẫu kiểm nghiệm', '09 cuộc / 64 cơ sở', '38 mẫu; 05 VP; phạt 87.500.000 đ', 'T'),
        ('Hỗ trợ HTX, doanh nghiệp áp dụng VietGAP, truy xuất nguồn gốc', 'Lý Thị Diễm', 'Hướng dẫn xây dựng hồ sơ, cấp mã vùng trồng', '27 HTX, DN', '', 'T'),
        ('Nâng cao năng suất khu vực công (APO)', 'Trịnh Văn Sang', 'Chưa có yêu cầu', '', '', 'C')],
       kk, dx, 'Trịnh Văn Sang')
key('SoNNMT_BC_phoihop_CT38.xlsx', ('SO-NNMT', 'Sở Nông nghiệp và Môi trường'), '8845/BC-SNNMT', '2026-11-01', [
    ('II.2.e', 'completed', {'standards_reviewed': 7}, 'Góp ý dự thảo TCVN, QCVN lĩnh vực nông nghiệp, môi trường'),
    ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 64, 'samples_tested': 38, 'violations': 5, 'fines_vnd': 87500000}, 'Kiểm tra chất lượng vật tư nông nghiệp lưu thông'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 27}, 'Hỗ trợ HTX, doanh nghiệp áp dụng VietGAP, truy xuất nguồn gốc'),
    ('II.6.b', 'not_started', {}, 'Nâng cao năng suất khu vực công (APO): chưa có yêu cầu'),
], kk, dx)

# ---- D4 Sở Y tế: MISTAKEN (an toàn thực phẩm)
hand_D('SoYT_ATTP_10thang.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', '7012/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
       'BÁO CÁO kết quả công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026',
       [('Kiểm tra ATTP dịp Tết Nguyên đán và Tháng hành động', 'Hồ Thị Thu', 'Phối hợp đoàn liên ngành kiểm tra bếp ăn tập thể, cơ sở dịch vụ ăn uống', '126 cuộc / 1.480 cơ sở', 'phạt 612.000.000 đ', 'Đ'),
        ('Giám sát ngộ độc thực phẩm', 'Hồ Thị Thu', 'Điều tra, xử lý các vụ ngộ độc', '04 vụ', '', 'T'),
        ('Truyền thông ATTP', 'Ngô Văn Lực', 'Phát sóng, đăng tin trên các kênh', '95 tin bài', '', 'T')],
       ['Lực lượng thanh tra ATTP tuyến phường còn mỏng.'], ['Đề nghị bổ sung kinh phí xét nghiệm nhanh.'], 'Hồ Thị Thu')
key('SoYT_ATTP_10thang.xlsx', ('SO-YT', 'Sở Y tế'), '7012/BC-SYT', '2026-10-29', [], [], [],
    status='rejected', reason='Báo cáo công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

# ====================================================== LibreOffice re-save (2 files), then keys
def lo_resave(fn):
    ext = fn.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_set227', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn)); shutil.rmtree(tmp)

for f in ['SoCongThuong_CT38_phoihop.docx', '26686_PhuocHai_CT38_T10.xlsx']:
    lo_resave(f)

for fn, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(TR, fn + '.json'), 'w'), ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
