"""Hand 1 — Lê Thị Ngọc Hân, division head at the Chi cục: one sheet per task code, a
'Tong hop' summary sheet whose figures are formulas pointing into the task sheets,
a 'KK-DX' sheet. Status words: 'Đã xong' / 'Đang làm' / 'Chưa làm' / 'Không phát sinh'.
Files re-saved through LibreOffice Calc so formulas carry cached values."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from lib import ROOT, write_key, E, lo_resave

thin = Side(style='thin')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill('solid', fgColor='DDEBF7')
ST = {'completed': 'Đã xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm', 'not_applicable': 'Không phát sinh'}

COLS = ['TT', 'Nội dung hoạt động', 'Thời gian', 'ĐVT', 'Số lượng', 'Số người tham dự', 'Kinh phí (đồng)', 'Ghi chú']


def task_sheet(wb, code, title, rows, status):
    """rows: (content, time, dvt, qty, people, money, note). Returns dict of total cell refs."""
    ws = wb.create_sheet(code)
    ws['A1'] = f'Nhiệm vụ {code}: {title}'
    ws['A1'].font = Font(bold=True, size=12)
    ws.merge_cells('A1:H1')
    ws['A2'] = f'Tình hình thực hiện: {ST[status]}'
    ws['A2'].font = Font(italic=True)
    for j, c in enumerate(COLS, 1):
        x = ws.cell(row=4, column=j, value=c)
        x.font = Font(bold=True); x.border = B; x.fill = HDR
        x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 5
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            x = ws.cell(row=r, column=j, value=v)
            x.border = B
            x.alignment = Alignment(wrap_text=True, vertical='top')
            if j == 7 and isinstance(v, (int, float)):
                x.number_format = '#,##0'
        r += 1
    last = r - 1
    ws.cell(row=r, column=2, value='Cộng').font = Font(bold=True)
    for j in range(1, 9):
        ws.cell(row=r, column=j).border = B
    refs = {}
    for j, key in ((5, 'qty'), (6, 'people'), (7, 'money')):
        col = 'EFG'[j - 5]
        ws.cell(row=r, column=j, value=f'=SUM({col}5:{col}{last})').font = Font(bold=True)
        if j == 7:
            ws.cell(row=r, column=j).number_format = '#,##0'
        refs[key] = f"'{code}'!{col}{r}"
    for col, w in zip('ABCDEFGH', (5, 48, 14, 8, 10, 12, 16, 26)):
        ws.column_dimensions[col].width = w
    return refs


def summary(ws, head, unit_line, number, date_line, title, items):
    """items: (code, name, status, {colname: formula-or-value})"""
    ws.title = 'Tong hop'
    ws['A1'] = head; ws['A1'].font = Font(bold=True)
    ws['A2'] = unit_line; ws['A2'].font = Font(bold=True)
    ws['A3'] = number
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F1'].font = Font(bold=True)
    ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['F2'].font = Font(bold=True)
    ws['F3'] = date_line; ws['F3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO TỔNG HỢP'; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:I5'); ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = title; ws.merge_cells('A6:I6'); ws['A6'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[6].height = 32
    hdr = ['TT', 'Mã NV (KH)', 'Nhiệm vụ', 'Tình hình', 'Số lớp/ buổi', 'Lượt người', 'DN được hỗ trợ', 'Tin, bài / văn bản', 'Kinh phí (đồng)']
    for j, c in enumerate(hdr, 1):
        x = ws.cell(row=8, column=j, value=c)
        x.font = Font(bold=True); x.border = B; x.fill = HDR
        x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 9
    for i, (code, name, status, vals) in enumerate(items, 1):
        row = [i, code, name, ST[status]] + [vals.get(k) for k in ('courses', 'people', 'ent', 'comm', 'money')]
        for j, v in enumerate(row, 1):
            x = ws.cell(row=r, column=j, value=v)
            x.border = B; x.alignment = Alignment(wrap_text=True, vertical='top')
            if j == 9:
                x.number_format = '#,##0'
        r += 1
    ws.cell(row=r, column=3, value='Tổng cộng').font = Font(bold=True)
    for j, col in zip(range(5, 10), 'EFGHI'):
        ws.cell(row=r, column=j, value=f'=SUM({col}9:{col}{r-1})').font = Font(bold=True)
    ws.cell(row=r, column=9).number_format = '#,##0'
    for j in range(1, 10):
        ws.cell(row=r, column=j).border = B
    for col, w in zip('ABCDEFGHI', (5, 10, 46, 14, 9, 10, 10, 10, 16)):
        ws.column_dimensions[col].width = w
    ws.cell(row=r + 2, column=1, value='Ghi chú: số liệu chi tiết xem tại các sheet theo mã nhiệm vụ; khó khăn, đề xuất tại sheet KK-DX.').font = Font(italic=True)
    return r


def kkdx(wb, kk, dx, signer):
    ws = wb.create_sheet('KK-DX')
    ws['A1'] = 'I. Khó khăn, vướng mắc'; ws['A1'].font = Font(bold=True)
    r = 2
    for i, t in enumerate(kk, 1):
        ws.cell(row=r, column=1, value=i); ws.cell(row=r, column=2, value=t).alignment = Alignment(wrap_text=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='II. Đề xuất, kiến nghị').font = Font(bold=True); r += 1
    for i, t in enumerate(dx, 1):
        ws.cell(row=r, column=1, value=i); ws.cell(row=r, column=2, value=t).alignment = Alignment(wrap_text=True)
        r += 1
    r += 2
    ws.cell(row=r, column=2, value=signer)
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 110


def f1():
    fn = 'cctdc-ql-tcc-bc-ct38-thang10.xlsx'
    wb = Workbook(); ws = wb.active
    t1 = task_sheet(wb, 'II.1.a', 'Tập huấn VBQPPL về TĐC; tọa đàm với DN nhập khẩu', [
        ('Lớp tập huấn VBQPPL về TĐC - đợt 1 (DN khu vực trung tâm)', '12/3/2026', 'lớp', 1, 120, 18000000, 'Hội trường Sở'),
        ('Lớp tập huấn VBQPPL về TĐC - đợt 2 (DN khu vực Bình Dương cũ)', '21/5/2026', 'lớp', 1, 95, 16500000, ''),
        ('Lớp tập huấn VBQPPL về TĐC - đợt 3 (DN khu vực Bà Rịa - Vũng Tàu cũ)', '13/8/2026', 'lớp', 1, 110, 17000000, ''),
        ('Tọa đàm với doanh nghiệp nhập khẩu về kiểm tra nhà nước hàng nhập khẩu', '24/9/2026', 'buổi', 1, 64, 17000000, 'Phối hợp Hải quan'),
    ], 'completed')
    t2 = task_sheet(wb, 'II.1.b', 'Tuyên truyền, hướng dẫn DN tham dự Giải thưởng CLQG', [
        ('Đăng tin, bài trên Cổng TTĐT Sở và Chi cục về GTCLQG 2026', 'Quý I-II', 'tin, bài', 3, None, None, ''),
        ('Hướng dẫn trực tiếp DN lập hồ sơ tham dự GTCLQG', 'Quý II', 'doanh nghiệp', 14, None, None, '14 DN được hướng dẫn'),
    ], 'completed')
    t3 = task_sheet(wb, 'II.2.b', 'Hoạt động Giải thưởng CLQG 2026', [
        ('Tiếp nhận, đánh giá sơ tuyển hồ sơ tham dự GTCLQG', 'Quý III', 'hồ sơ', 9, None, None, 'Chuyển Hội đồng quốc gia trong Quý IV'),
    ], 'in_progress')
    t4 = task_sheet(wb, 'II.2.d', 'Hỗ trợ DN áp dụng HTQL tiên tiến, công bố chất lượng', [
        ('Hỗ trợ DN xây dựng, áp dụng ISO 9001, ISO 22000', 'Quý I-III', 'doanh nghiệp', 17, None, 84000000, ''),
        ('Hỗ trợ DN áp dụng công cụ cải tiến năng suất (5S, Kaizen)', 'Quý II-III', 'doanh nghiệp', 6, None, 36000000, ''),
    ], 'in_progress')
    t5 = task_sheet(wb, 'II.3.b', 'Đào tạo chuyên sâu về năng suất, chất lượng', [
        ('Khóa đào tạo chuyên gia năng suất - khóa 1', '06-10/7/2026', 'khóa', 1, 41, 22000000, ''),
        ('Khóa đào tạo chuyên gia năng suất - khóa 2', '17-21/8/2026', 'khóa', 1, 45, 22000000, ''),
    ], 'completed')
    t6 = task_sheet(wb, 'II.2.e', 'Góp ý dự thảo TCVN, QCVN', [
        ('Góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ KH&CN', 'đến 15/10/2026', 'dự thảo', 7, None, None, 'Tiếp tục trong Quý IV'),
    ], 'in_progress')
    items = [
        ('II.1.a', 'Tập huấn VBQPPL về TĐC và tọa đàm DN nhập khẩu', 'completed',
         {'courses': '=' + t1['qty'], 'people': '=' + t1['people'], 'money': '=' + t1['money']}),
        ('II.1.b', 'Tuyên truyền, hướng dẫn DN tham dự GTCLQG', 'completed',
         {'ent': "='II.1.b'!E6", 'comm': "='II.1.b'!E5"}),
        ('II.2.b', 'Hoạt động GTCLQG 2026 (sơ tuyển 09 hồ sơ)', 'in_progress', {}),
        ('II.2.d', 'Hỗ trợ DN áp dụng HTQL tiên tiến', 'in_progress', {'ent': '=' + t4['qty'], 'money': '=' + t4['money']}),
        ('II.2.e', 'Góp ý TCVN, QCVN', 'in_progress', {'comm': '=' + t6['qty']}),
        ('II.3.b', 'Đào tạo chuyên sâu năng suất, chất lượng', 'completed',
         {'courses': '=' + t5['qty'], 'people': '=' + t5['people'], 'money': '=' + t5['money']}),
    ]
    summary(ws, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Số: 412/BC-CCTĐC',
            'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
            'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần việc Phòng Quản lý Tiêu chuẩn Chất lượng)', items)
    kk = ['Số lượng hồ sơ tham dự Giải thưởng Chất lượng Quốc gia năm 2026 giảm, doanh nghiệp nhỏ và vừa chưa mạnh dạn đăng ký.',
          'Nhân sự phòng vừa làm chuyên môn vừa làm đầu mối tổng hợp, khối lượng công việc lớn.']
    dx = ['Đề nghị Sở bổ sung kinh phí hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến trong dự toán năm 2027.',
          'Đề nghị Văn phòng Sở phối hợp đăng tải thông tin Giải thưởng Chất lượng Quốc gia trên trang chủ Cổng thông tin điện tử Sở.']
    kkdx(wb, kk, dx, 'Người lập biểu: Lê Thị Ngọc Hân - Trưởng phòng QL TCCL')
    p = os.path.join(ROOT, fn); wb.save(p); lo_resave(p, 'xlsx')
    ent = [
        E('II.1.a', 'completed', 'Lớp tập huấn VBQPPL về TĐC đợt 1-3; tọa đàm với DN nhập khẩu', "sheet 'II.1.a' + 'Tong hop' row 1",
          training_courses=4, participants=389, budget_spent_vnd=68500000),
        E('II.1.b', 'completed', 'Đăng tin bài GTCLQG; hướng dẫn 14 DN lập hồ sơ', "sheet 'II.1.b'", communications=3, enterprises_supported=14),
        E('II.2.b', 'in_progress', 'Tiếp nhận, đánh giá sơ tuyển 09 hồ sơ GTCLQG', "sheet 'II.2.b'"),
        E('II.2.d', 'in_progress', 'Hỗ trợ DN xây dựng, áp dụng ISO; công cụ cải tiến năng suất', "sheet 'II.2.d'",
          enterprises_supported=23, budget_spent_vnd=120000000),
        E('II.2.e', 'in_progress', 'Góp ý 07 dự thảo TCVN, QCVN', "sheet 'II.2.e'", standards_reviewed=7),
        E('II.3.b', 'completed', 'Khóa đào tạo chuyên gia năng suất khóa 1, 2', "sheet 'II.3.b'",
          training_courses=2, participants=86, budget_spent_vnd=44000000),
    ]
    write_key(fn, 'SKHCN-CCTDC', '412/BC-CCTĐC', '2026-10-27', ent, kk, dx)


def f2():
    fn = 'P.QLKH_BaoCao_CT38_2026.xlsx'
    wb = Workbook(); ws = wb.active
    t1 = task_sheet(wb, 'II.3.c', 'Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC', [
        ('Rà soát nhu cầu thu hút chuyên gia lĩnh vực TĐC theo QĐ 05/2026/QĐ-UBND', 'Quý II', 'văn bản', 1, None, None, 'Gửi Chi cục, Trung tâm'),
        ('Tiếp nhận, thẩm định hồ sơ chuyên gia đề nghị thu hút', 'Quý III', 'hồ sơ', 2, None, None, 'Đang trình Hội đồng'),
    ], 'in_progress')
    t2 = task_sheet(wb, 'II.1.a', 'Phối hợp tập huấn VBQPPL về TĐC', [
        ('Cử công chức dự lớp tập huấn VBQPPL về TĐC do Chi cục tổ chức', 'Quý I-III', 'lượt người', None, 6, None, ''),
    ], 'completed')
    items = [
        ('II.3.c', 'Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC (chủ trì)', 'in_progress', {}),
        ('II.1.a', 'Phối hợp tập huấn VBQPPL về TĐC', 'completed', {'people': '=' + t2['people']}),
        ('II.3.b', 'Phối hợp đào tạo chuyên sâu năng suất', 'not_applicable', {}),
        ('II.6.b', 'Phối hợp APO thúc đẩy năng suất', 'not_applicable', {}),
    ]
    summary(ws, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', 'Số: 58/BC-QLKH',
            'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
            'Kết quả thực hiện các nhiệm vụ được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', items)
    kk = ['Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ sức cạnh tranh với khu vực doanh nghiệp đối với chuyên gia đo lường, thử nghiệm.']
    dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh mục vị trí chuyên gia cần thu hút năm 2027 trước ngày 15/12/2026.']
    kkdx(wb, kk, dx, 'Người lập: Lê Thị Ngọc Hân (biểu mẫu dùng chung) - Phòng QLKH điền số liệu')
    p = os.path.join(ROOT, fn); wb.save(p); lo_resave(p, 'xlsx')
    ent = [
        E('II.3.c', 'in_progress', 'Rà soát nhu cầu thu hút chuyên gia; thẩm định 02 hồ sơ', "sheet 'II.3.c'"),
        E('II.1.a', 'completed', 'Cử công chức dự lớp tập huấn VBQPPL về TĐC', "sheet 'II.1.a'", participants=6),
        E('II.3.b', 'not_applicable', 'Phối hợp đào tạo chuyên sâu năng suất — Không phát sinh', "'Tong hop' row 3"),
        E('II.6.b', 'not_applicable', 'Phối hợp APO — Không phát sinh', "'Tong hop' row 4"),
    ]
    write_key(fn, 'SKHCN-QLKH', '58/BC-QLKH', '2026-10-29', ent, kk, dx)


def f3():
    fn = 'BinhThanh_CT38_bieu_T10.2026.xlsx'
    wb = Workbook(); ws = wb.active
    t1 = task_sheet(wb, 'II.5.c', 'Thực hiện nội dung phân quyền QLNN về TĐC trên địa bàn phường', [
        ('Kiểm tra đo lường cân tại chợ Bà Chiểu (12 hộ, 2 hộ vi phạm)', '14/4/2026', 'cuộc', 1, None, 3000000, 'Phạt 3.000.000 đ'),
        ('Kiểm tra ghi nhãn hàng hóa tại cửa hàng tạp hóa (9 cơ sở, 1 vi phạm)', '19/6/2026', 'cuộc', 1, None, 2500000, 'Phạt 2.500.000 đ'),
        ('Kiểm tra cửa hàng kinh doanh vàng trang sức (6 cơ sở, 1 vi phạm)', '25/8/2026', 'cuộc', 1, None, 3500000, 'Phạt 3.500.000 đ'),
    ], 'in_progress')
    ws2 = wb['II.5.c']
    ws2['D4'] = 'ĐVT'; ws2['G4'] = 'Tiền phạt (đồng)'
    t2 = task_sheet(wb, 'II.3.a', 'Tập huấn nghiệp vụ TĐC cho công chức phường', [
        ('Cử công chức Phòng Kinh tế dự lớp tập huấn nghiệp vụ TĐC cấp xã do Chi cục tổ chức', '09/7/2026', 'lượt người', None, 2, None, ''),
    ], 'completed')
    items = [
        ('II.5.c', 'Kiểm tra TĐC trên địa bàn phường (03 cuộc, 27 cơ sở, 04 cơ sở vi phạm)', 'in_progress', {'money': '=' + t1['money']}),
        ('II.3.a', 'Công chức phường dự tập huấn nghiệp vụ TĐC', 'completed', {'people': '=' + t2['people']}),
    ]
    summary(ws, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH THẠNH', 'Số: 318/BC-UBND',
            'Bình Thạnh, ngày 20 tháng 10 năm 2026',
            'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn Phường Bình Thạnh', items)
    ws['I8'] = 'Tiền phạt / kinh phí (đồng)'
    kk = ['Phường chưa được trang bị cân đối chứng, phải mượn của Ban quản lý chợ khi kiểm tra.']
    dx = ['Đề nghị Chi cục hỗ trợ phường 01 bộ cân đối chứng và quả cân chuẩn phục vụ kiểm tra tại chợ.']
    kkdx(wb, kk, dx, 'Người lập biểu: Phòng Kinh tế (biểu mẫu do Chi cục TĐC hướng dẫn)')
    p = os.path.join(ROOT, fn); wb.save(p); lo_resave(p, 'xlsx')
    ent = [
        E('II.5.c', 'in_progress', 'Kiểm tra cân tại chợ Bà Chiểu, ghi nhãn, vàng trang sức: 03 cuộc, 27 cơ sở, 04 vi phạm', "sheet 'II.5.c'",
          inspections=3, establishments_inspected=27, violations=4, fines_vnd=9000000),
        E('II.3.a', 'completed', 'Cử công chức dự lớp tập huấn nghiệp vụ TĐC cấp xã', "sheet 'II.3.a'", participants=2),
    ]
    write_key(fn, '26929', '318/BC-UBND', '2026-10-20', ent, kk, dx)


def f4():
    fn = 'Kiem ke PCCC - Chi cuc 2026.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Tong hop'
    ws['A1'] = 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'; ws['A2'] = 'BẢNG TỔNG HỢP KIỂM KÊ PHƯƠNG TIỆN PHÒNG CHÁY, CHỮA CHÁY NĂM 2026'
    hdr = ['TT', 'Loại phương tiện', 'ĐVT', 'Số lượng', 'Còn hạn', 'Hết hạn', 'Ghi chú']
    for j, c in enumerate(hdr, 1):
        ws.cell(row=4, column=j, value=c).font = Font(bold=True)
    data = [('Bình chữa cháy bột MFZ4', 'bình', 24, 20, 4, 'Nạp lại Quý IV'), ('Bình CO2 MT3', 'bình', 12, 12, 0, ''),
            ('Đèn exit, đèn sự cố', 'bộ', 18, 15, 3, ''), ('Vòi chữa cháy D50', 'cuộn', 6, 6, 0, '')]
    for i, d in enumerate(data, 1):
        for j, v in enumerate((i,) + d, 1):
            ws.cell(row=4 + i, column=j, value=v)
    for fl in ('Tang 1', 'Tang 2', 'Tang 3'):
        w = wb.create_sheet(fl); w['A1'] = f'Kiểm kê {fl.replace("Tang", "Tầng")} - trụ sở 263 Điện Biên Phủ'
        w['A3'] = 'Bình chữa cháy'; w['B3'] = 8
    ws['A11'] = 'Người kiểm kê: Lê Thị Ngọc Hân (thành viên Đội PCCC cơ sở)'
    p = os.path.join(ROOT, fn); wb.save(p); lo_resave(p, 'xlsx')
    write_key(fn, 'SKHCN-CCTDC', None, None, [], rejected='Không phải báo cáo Kế hoạch CT38: bảng kiểm kê phương tiện phòng cháy, chữa cháy của Chi cục')


if __name__ == '__main__':
    f1(); f2(); f3(); f4()
