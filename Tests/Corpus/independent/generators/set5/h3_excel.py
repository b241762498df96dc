# Hand H3 - "anh Tùng": Excel user who transposes: tasks are COLUMNS, indicators (or quarters) are
# ROWS, with a ĐVT column after the indicator name. Status row with shorthand ("Đang TH", "Chưa TH",
# "Không PS", "Hoàn thành"). Title block in merged cells; the biểu is "Kèm theo Báo cáo số ...".
# Sometimes types a money figure as text with dots. One workbook has one sheet per quarter and a
# "Cả năm" sheet with formulas (re-saved through LibreOffice so cached values exist).
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from common import *

thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical='center', horizontal='center')
WL = Alignment(wrap_text=True, vertical='center', horizontal='left')

def title_block(ws, ncol, lines, start=1):
    r = start
    for txt, bold, size in lines:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, txt); c.font = Font(name='Times New Roman', bold=bold, size=size); c.alignment = WR
        r += 1
    return r

def table(ws, r0, header, rows, widths):
    for j, h in enumerate(header, 1):
        c = ws.cell(r0, j, h); c.font = Font(name='Times New Roman', bold=True, size=11); c.alignment = WR; c.border = B
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            c = ws.cell(r0 + i, j, v); c.font = Font(name='Times New Roman', size=11); c.border = B
            c.alignment = WL if j == 2 else WR
            if isinstance(v, int) and v >= 1000:
                c.number_format = '#,##0'
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    return r0 + len(rows) + 1

def notes(ws, r, ncol, label, items):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1, label).font = Font(name='Times New Roman', bold=True, size=11)
    r += 1
    for x in items:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, '- ' + x); c.font = Font(name='Times New Roman', size=11); c.alignment = WL
        ws.row_dimensions[r].height = 30
        r += 1
    return r

# ---------------- Phường Tăng Nhơn Phú ----------------
f = 'Bieu CT38_TangNhonPhu.xlsx'
k = Key(f, '26842', 'Phường Tăng Nhơn Phú', '215/BC-UBND', '2026-10-14')
wb = Workbook(); ws = wb.active; ws.title = 'Bieu KQ CT38'
hdr = ['STT', 'Chỉ tiêu', 'ĐVT', 'Tuyên truyền, phổ biến PL về TĐC', 'Áp dụng ISO 9001 tại UBND phường',
       'Tập huấn nghiệp vụ cho CBCC', 'Kiểm tra theo phân cấp (phối hợp Chi cục)', 'Khen thưởng, bảo vệ người tố giác']
r = title_block(ws, 8, [('UBND PHƯỜNG TĂNG NHƠN PHÚ', True, 12),
                        ('BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', True, 13),
                        ('(Kèm theo Báo cáo số 215/BC-UBND ngày 14/10/2026 của UBND phường Tăng Nhơn Phú)', False, 11)])
rows = [
    ['', 'Mục trong Kế hoạch', '', 'II.1.a', 'II.2.đ', 'II.3.a', 'II.5.c', 'II.5.d'],
    [1, 'Số lớp, hội nghị', 'lớp', 2, None, None, None, None],
    [2, 'Số lượt người tham dự', 'người', 135, None, 3, None, None],
    [3, 'Số tin, bài tuyên truyền', 'tin/bài', 11, None, None, None, None],
    [4, 'Số cuộc kiểm tra', 'cuộc', None, None, None, 3, None],
    [5, 'Số cơ sở được kiểm tra', 'cơ sở', None, None, None, 27, None],
    [6, 'Số cơ sở vi phạm', 'cơ sở', None, None, None, 2, None],
    [7, 'Số tiền xử phạt', 'đồng', None, None, None, '4.500.000', None],
    [8, 'Kinh phí thực hiện', 'đồng', 8200000, None, None, None, None],
    [9, 'Tiến độ', '', 'Hoàn thành', 'Đang TH', 'Hoàn thành', 'Đang TH', 'Không PS'],
    [10, 'Ghi chú', '', '', 'Đang rà soát quy trình theo TTHC mới', '', 'Phối hợp kiểm tra xăng dầu, cân tại chợ', 'Không có đơn thư'],
]
r = table(ws, r + 1, hdr, rows, [5, 26, 8, 16, 16, 14, 18, 16])
ws.row_dimensions[5].height = 48
kk = ['Phường chưa có cán bộ chuyên trách, công chức phụ trách kiêm nhiệm nhiều lĩnh vực.',
      'Chưa có dụng cụ, phương tiện đo (cân đối chứng) phục vụ kiểm tra tại chợ.']
kn = ['Đề nghị Chi cục TĐC hỗ trợ trang bị cân đối chứng cho phường.']
r = notes(ws, r + 1, 8, 'Khó khăn, vướng mắc:', kk)
r = notes(ws, r, 8, 'Kiến nghị:', kn)
ws.cell(r + 1, 6, 'Người lập biểu').font = Font(name='Times New Roman', italic=True)
ws.cell(r + 4, 6, 'Lê Văn Tùng').font = Font(name='Times New Roman', bold=True)
wb.save(os.path.join(ROOT, f))
src = "sheet 'Bieu KQ CT38' column %s"
k.entry('II.1.a', 'completed', {'training_courses': 2, 'participants': 135, 'communications': 11, 'budget_spent_vnd': 8200000}, 'Tuyên truyền, phổ biến PL về TĐC', src % 'D')
k.entry('II.2.đ', 'in_progress', {}, 'Áp dụng ISO 9001 tại UBND phường', src % 'E')
k.entry('II.3.a', 'completed', {'participants': 3}, 'Tập huấn nghiệp vụ cho CBCC', src % 'F')
k.entry('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 4500000}, 'Kiểm tra theo phân cấp (phối hợp Chi cục)', src % 'G')
k.entry('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác', src % 'H')
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Xã Long Điền ----------------
f = 'LongDien_bieu TDC 2026.xlsx'
k = Key(f, '26659', 'Xã Long Điền', '178/BC-UBND', '2026-10-22')
wb = Workbook(); ws = wb.active; ws.title = 'Số liệu'
hdr = ['TT', 'Nội dung', 'ĐVT', 'Hội nghị tuyên truyền pháp luật TĐC cho hộ kinh doanh',
       'Phối hợp Chi cục kiểm tra đo lường, chất lượng', 'Xây dựng HTQLCL ISO 9001:2015 của UBND xã', 'Cử CBCC dự tập huấn TĐC']
r = title_block(ws, 7, [('ỦY BAN NHÂN DÂN XÃ LONG ĐIỀN', True, 12),
                        ('SỐ LIỆU KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (đến 20/10/2026)', True, 13),
                        ('Kèm theo Báo cáo số 178/BC-UBND ngày 22/10/2026', False, 11)])
rows = [
    ['A', 'Hoạt động', '', '', '', '', ''],
    [1, 'Số hội nghị', 'hội nghị', 1, '', '', ''],
    [2, 'Số người dự', 'người', 80, '', '', ''],
    [3, 'Số cuộc kiểm tra', 'cuộc', '', 2, '', ''],
    [4, 'Số cơ sở được kiểm tra', 'cơ sở', '', 19, '', ''],
    [5, 'Số cơ sở vi phạm', 'cơ sở', '', 1, '', ''],
    [6, 'Phạt tiền', 'đồng', '', 2500000, '', ''],
    ['B', 'Tình hình thực hiện', '', 'Hoàn thành', 'Đang TH', 'Đang TH', 'Chưa TH'],
    ['C', 'Lý do / ghi chú', '', 'Ngày 12/6/2026 tại Hội trường UBND xã', 'Đợt 2 dự kiến tháng 11', 'Đã ban hành chính sách chất lượng', 'Trùng lịch tiếp công dân'],
]
r = table(ws, r + 1, hdr, rows, [5, 24, 9, 20, 20, 20, 16])
ws.row_dimensions[5].height = 60
wb.create_sheet('Khó khăn - Kiến nghị')
ws2 = wb['Khó khăn - Kiến nghị']
kk = ['Địa bàn xã rộng, nhiều cơ sở kinh doanh nhỏ lẻ, khó kiểm soát việc sử dụng phương tiện đo.']
kn = ['Đề nghị Chi cục tổ chức lớp tập huấn tại chỗ cho công chức các xã khu vực Long Điền, Long Hải, Đất Đỏ.',
      'Đề nghị bố trí kinh phí cho xã in tài liệu tuyên truyền về đo lường.']
ws2['A1'] = 'KHÓ KHĂN, VƯỚNG MẮC'; ws2['A1'].font = Font(name='Times New Roman', bold=True)
ws2['A2'] = '1'; ws2['B2'] = kk[0]
ws2['A4'] = 'KIẾN NGHỊ, ĐỀ XUẤT'; ws2['A4'].font = Font(name='Times New Roman', bold=True)
ws2['A5'] = '1'; ws2['B5'] = kn[0]
ws2['A6'] = '2'; ws2['B6'] = kn[1]
ws2.column_dimensions['B'].width = 100
wb.save(os.path.join(ROOT, f))
src = "sheet 'Số liệu' column %s"
k.entry('II.1.a', 'completed', {'training_courses': 1, 'participants': 80}, 'Hội nghị tuyên truyền pháp luật TĐC cho hộ kinh doanh', src % 'D')
k.entry('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 19, 'violations': 1, 'fines_vnd': 2500000}, 'Phối hợp Chi cục kiểm tra đo lường, chất lượng', src % 'E')
k.entry('II.2.đ', 'in_progress', {}, 'Xây dựng HTQLCL ISO 9001:2015 của UBND xã', src % 'F')
k.entry('II.3.a', 'not_started', {}, 'Cử CBCC dự tập huấn TĐC', src % 'G')
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Trung tâm Dịch vụ Phân tích thí nghiệm: sheets by quarter + "Cả năm" ----------------
f = 'TTPTTN_so lieu CT38_theo quy.xlsx'
k = Key(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '341/BC-TTPT', '2026-10-28')
tasks = ['Đầu tư, hiện đại hóa trang thiết bị (II.4.a)', 'Dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm (II.2.g)',
         'Duy trì, liên kết chuẩn đo lường (II.4.c)', 'Phối hợp khảo sát chất lượng SPHH (II.5.b)', 'Hỗ trợ DN áp dụng HTQL, công bố chất lượng (II.2.d)']
inds = [('Kinh phí đã giải ngân', 'đồng'), ('Phương tiện đo được kiểm định, hiệu chuẩn', 'phương tiện'),
        ('Mẫu thử nghiệm', 'mẫu'), ('Doanh nghiệp được hỗ trợ, tư vấn', 'DN'), ('Lớp đào tạo', 'lớp'), ('Học viên', 'người')]
# data[quarter][indicator_index][task_index]
Z = None
data = {
 'Quý I':  [[Z, Z, Z, Z, Z], [Z, 3120, Z, Z, Z], [Z, 1480, Z, 40, Z], [Z, Z, Z, Z, 4], [Z, Z, Z, Z, Z], [Z, Z, Z, Z, Z]],
 'Quý II': [[1250000000, Z, Z, Z, Z], [Z, 3485, 6, Z, Z], [Z, 1522, Z, 55, Z], [Z, Z, Z, Z, 7], [Z, Z, Z, Z, 1], [Z, Z, Z, Z, 48]],
 'Quý III':[[2130000000, Z, Z, Z, Z], [Z, 3610, 8, Z, Z], [Z, 1603, Z, 62, Z], [Z, Z, Z, Z, 5], [Z, Z, Z, Z, 1], [Z, Z, Z, Z, 52]],
}
wb = Workbook(); first = True
for q, dat in data.items():
    ws = wb.active if first else wb.create_sheet(); first = False
    ws.title = q
    r = title_block(ws, 8, [('TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM', True, 11),
                            ('SỐ LIỆU THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW - %s/2026' % q.upper(), True, 12)])
    rows = []
    for i, (nm, dvt) in enumerate(inds):
        rows.append([i + 1, nm, dvt] + dat[i])
    table(ws, r + 1, ['STT', 'Chỉ tiêu', 'ĐVT'] + tasks, rows, [5, 30, 11, 18, 20, 16, 16, 18])
    ws.row_dimensions[r + 1].height = 62
# Cả năm sheet with formulas
ws = wb.create_sheet('Cả năm')
r = title_block(ws, 8, [('TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM', True, 11),
                        ('TỔNG HỢP KẾT QUẢ NĂM 2026 (TỪ 01/01 ĐẾN 30/9/2026)', True, 12),
                        ('Kèm theo Báo cáo số 341/BC-TTPT ngày 28/10/2026 của Trung tâm', False, 11)])
hr = r + 1  # header row in this sheet; quarter sheets have header at row 4 (2 title lines + blank)
rows = []
for i, (nm, dvt) in enumerate(inds):
    row = [i + 1, nm, dvt]
    for j in range(5):
        col = get_column_letter(4 + j); qr = 4 + 1 + i  # quarter sheet: header row 4, data from row 5
        if any(data[q][i][j] for q in data):
            row.append("=SUM('Quý I'!%s%d,'Quý II'!%s%d,'Quý III'!%s%d)" % (col, qr, col, qr, col, qr))
        else:
            row.append(None)
    rows.append(row)
rows.append(['', 'Tình trạng thực hiện', '', 'Đang TH', 'Thường xuyên - đang TH', 'Hoàn thành', 'Đang TH (đợt 2)', 'Đang TH'])
r = table(ws, hr, ['STT', 'Chỉ tiêu', 'ĐVT'] + tasks, rows, [5, 30, 11, 18, 20, 16, 16, 18])
ws.row_dimensions[hr].height = 62
for rr in range(hr + 1, hr + 1 + len(inds)):
    for cc in range(4, 9):
        ws.cell(rr, cc).number_format = '#,##0'
kk = ['Một số thiết bị thử nghiệm đã qua nhiều năm sử dụng, chi phí sửa chữa, hiệu chuẩn lớn.',
      'Thủ tục mua sắm thiết bị kéo dài do phải lấy báo giá, thẩm định giá nhiều lần.']
kn = ['Đề nghị Sở bố trí bổ sung kinh phí năm 2027 cho việc hiện đại hóa hệ thống chuẩn đo lường.']
r = notes(ws, r + 1, 8, 'Khó khăn:', kk)
r = notes(ws, r, 8, 'Đề xuất:', kn)
p = os.path.join(ROOT, f)
wb.save(p)
lo_resave(p, 'xlsx')
src = "sheet 'Cả năm' column %s"
k.entry('II.4.a', 'in_progress', {'budget_spent_vnd': 3380000000}, tasks[0], src % 'D')
k.entry('II.2.g', 'in_progress', {'instruments_verified': 10215, 'samples_tested': 4605}, tasks[1], src % 'E')
k.entry('II.4.c', 'completed', {'instruments_verified': 14}, tasks[2], src % 'F')
k.entry('II.5.b', 'in_progress', {'samples_tested': 157}, tasks[3], src % 'G')
k.entry('II.2.d', 'in_progress', {'enterprises_supported': 16, 'training_courses': 2, 'participants': 100}, tasks[4], src % 'H')
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Phường Bình Hưng Hòa: MISTAKEN (food-safety inspection biểu) ----------------
f = 'BinhHungHoa_bieu kiem tra.xlsx'
k = Key(f, '27439', 'Phường Bình Hưng Hòa', '402/BC-UBND', '2026-10-05', status='rejected',
        reason='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: biểu tổng hợp kết quả kiểm tra an toàn thực phẩm Quý III/2026 (gửi nhầm).')
wb = Workbook(); ws = wb.active; ws.title = 'ATTP Q3'
r = title_block(ws, 7, [('UBND PHƯỜNG BÌNH HƯNG HÒA', True, 12),
                        ('BIỂU TỔNG HỢP KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM QUÝ III/2026', True, 13),
                        ('(Kèm theo Báo cáo số 402/BC-UBND ngày 05/10/2026)', False, 11)])
rows = [
    [1, 'Số đoàn kiểm tra', 'đoàn', 2, 1, 2, 1],
    [2, 'Số cơ sở được kiểm tra', 'cơ sở', 6, 14, 38, 25],
    [3, 'Số cơ sở đạt', 'cơ sở', 6, 12, 33, 19],
    [4, 'Số cơ sở vi phạm', 'cơ sở', 0, 2, 5, 6],
    [5, 'Số tiền phạt', 'đồng', 0, 3000000, 12500000, 4000000],
    [6, 'Số mẫu xét nghiệm nhanh', 'mẫu', 4, 10, 56, 30],
]
r = table(ws, r + 1, ['STT', 'Nội dung', 'ĐVT', 'Cơ sở sản xuất', 'Cơ sở kinh doanh', 'Dịch vụ ăn uống', 'Thức ăn đường phố'], rows, [5, 28, 8, 14, 14, 14, 14])
wb.save(os.path.join(ROOT, f))
k.write()
print('h3 done')
