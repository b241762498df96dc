"""Hand 3 — Phạm Minh Tuấn, Phòng Kế hoạch – Tổng hợp of the Trung tâm: Excel 'biểu' numbered
Biểu 01, 02…, one row per instrument type / sample group / equipment item, ĐVT column
('chiếc', 'quả', 'bộ', 'mẫu'), Kế hoạch năm vs Thực hiện, % column as formula, totals as SUM
formulas; a first sheet 'Thuyết minh' with the header, a task-progress table whose status cell
reads e.g. 'Đang triển khai (đạt 80% KH năm)'. Re-saved via LibreOffice."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from lib import ROOT, write_key, E, lo_resave

thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)


def hdr(ws, r, cols, widths=None):
    for j, c in enumerate(cols, 1):
        x = ws.cell(row=r, column=j, value=c); x.font = Font(bold=True); x.border = B
        x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w


def biểu(ws, r0, title, rows, plan=True, money_cols=()):
    """rows: (name, dvt, plan, done, note). Writes % formula and SUM total. Returns next row."""
    ws.cell(row=r0, column=1, value=title).font = Font(bold=True)
    cols = ['TT', 'Nội dung', 'ĐVT', 'Kế hoạch năm 2026', 'Thực hiện đến 30/9/2026', 'Tỷ lệ (%)', 'Ghi chú']
    hdr(ws, r0 + 1, cols)
    r = r0 + 2
    first = r
    for i, (name, dvt, pl, dn, note) in enumerate(rows, 1):
        for j, v in enumerate([i, name, dvt, pl, dn, f'=IF(D{r}>0,ROUND(E{r}/D{r}*100,1),"")', note], 1):
            x = ws.cell(row=r, column=j, value=v); x.border = B
            if j in (4, 5):
                x.number_format = '#,##0'
        r += 1
    ws.cell(row=r, column=2, value='Tổng cộng').font = Font(bold=True)
    ws.cell(row=r, column=3, value=rows[0][1] if len({x[1] for x in rows}) == 1 else '')
    for col in 'DE':
        c = ws[f'{col}{r}']; c.value = f'=SUM({col}{first}:{col}{r-1})'; c.font = Font(bold=True); c.number_format = '#,##0'
    ws[f'F{r}'] = f'=ROUND(E{r}/D{r}*100,1)'
    for j in range(1, 8):
        ws.cell(row=r, column=j).border = B
    return r + 2


def top(ws, parent, unit, number, date_line, title):
    ws['A1'] = parent; ws['A2'] = unit; ws['A2'].font = Font(bold=True); ws['A3'] = number
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['E3'] = date_line; ws['E3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO'; ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = title; ws['A6'].font = Font(bold=True)


def progress(ws, r, items):
    ws.cell(row=r, column=1, value='I. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO').font = Font(bold=True)
    hdr(ws, r + 1, ['TT', 'Nhiệm vụ (theo Kế hoạch CT38/2026)', 'Vai trò', 'Tiến độ', 'Số liệu'])
    r += 2
    for i, it in enumerate(items, 1):
        for j, v in enumerate((i,) + it, 1):
            x = ws.cell(row=r, column=j, value=v); x.border = B; x.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    return r + 1


def kkdx(ws, r, kk, dx):
    ws.cell(row=r, column=1, value='II. KHÓ KHĂN, VƯỚNG MẮC').font = Font(bold=True); r += 1
    for t in kk:
        ws.cell(row=r, column=2, value='- ' + t); r += 1
    ws.cell(row=r, column=1, value='III. KIẾN NGHỊ').font = Font(bold=True); r += 1
    for t in dx:
        ws.cell(row=r, column=2, value='- ' + t); r += 1
    return r


def f1():
    fn = 'TTPTTN_BC CT38_9T2026_bieu kem theo.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Thuyet minh'
    top(ws, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
        'Số: 187/BC-TTPTTN', 'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
        'Kết quả thực hiện nhiệm vụ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến 30/9/2026)')
    r = progress(ws, 8, [
        ('Mở rộng dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm (II.2.g)', 'Phối hợp', 'Đang triển khai (đạt 80% KH năm)', 'Biểu 01, Biểu 02'),
        ('Đầu tư cơ sở vật chất, trang thiết bị (II.4.a)', 'Chủ trì', 'Đang triển khai - đã giải ngân 3/5 hạng mục', 'Biểu 03'),
        ('Duy trì chuẩn đo lường, liên kết chuẩn quốc gia (II.4.c)', 'Phối hợp', 'Hoàn thành kế hoạch hiệu chuẩn chuẩn năm 2026', 'Biểu 04'),
    ])
    kk = ['Một số chuẩn đo lường phải gửi hiệu chuẩn tại Viện Đo lường Việt Nam (Hà Nội), thời gian chờ kéo dài 45-60 ngày.',
          'Giá thiết bị nhập khẩu tăng so với dự toán được duyệt, 02 gói thầu phải điều chỉnh.']
    dx = ['Đề nghị Sở xem xét điều chỉnh dự toán mua sắm thiết bị năm 2026 cho phù hợp giá thị trường.',
          'Đề nghị Chi cục hỗ trợ thủ tục đăng ký bổ sung lĩnh vực kiểm định công tơ điện 3 pha điện tử.']
    r = kkdx(ws, r, kk, dx)
    ws.cell(row=r + 1, column=4, value='KT. GIÁM ĐỐC').font = Font(bold=True)
    ws.cell(row=r + 2, column=4, value='PHÓ GIÁM ĐỐC').font = Font(bold=True)
    ws.cell(row=r + 6, column=4, value='Võ Thanh Bình').font = Font(bold=True)
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 60; ws.column_dimensions['C'].width = 10
    ws.column_dimensions['D'].width = 34; ws.column_dimensions['E'].width = 18
    w1 = wb.create_sheet('Bieu 01')
    kd = [('Công tơ điện 1 pha', 'chiếc', 12000, 9845, ''), ('Công tơ điện 3 pha', 'chiếc', 2500, 1932, ''),
          ('Cân ô tô', 'chiếc', 180, 142, ''), ('Cân bàn, cân đĩa, cân đồng hồ lò xo', 'chiếc', 3000, 2611, ''),
          ('Taximet', 'chiếc', 4200, 3377, ''), ('Cột đo xăng dầu', 'chiếc', 1800, 1506, ''),
          ('Đồng hồ nước lạnh', 'chiếc', 6000, 4418, ''), ('Huyết áp kế', 'chiếc', 900, 655, 'Phục vụ cơ sở y tế')]
    biểu(w1, 1, 'Biểu 01. KẾT QUẢ KIỂM ĐỊNH, HIỆU CHUẨN PHƯƠNG TIỆN ĐO THEO LOẠI', kd)
    for c, w in zip('ABCDEFG', (5, 40, 8, 14, 16, 10, 20)):
        w1.column_dimensions[c].width = w
    w2 = wb.create_sheet('Bieu 02')
    tn = [('Xăng dầu, nhiên liệu', 'mẫu', 900, 742, ''), ('Thực phẩm, đồ uống', 'mẫu', 1500, 1286, ''),
          ('Vật liệu xây dựng', 'mẫu', 700, 511, ''), ('Đồ chơi, hàng tiêu dùng', 'mẫu', 400, 297, '')]
    biểu(w2, 1, 'Biểu 02. KẾT QUẢ THỬ NGHIỆM MẪU SẢN PHẨM, HÀNG HÓA', tn)
    for c, w in zip('ABCDEFG', (5, 40, 8, 14, 16, 10, 20)):
        w2.column_dimensions[c].width = w
    w3 = wb.create_sheet('Bieu 03')
    w3['A1'] = 'Biểu 03. ĐẦU TƯ TRANG THIẾT BỊ NĂM 2026'; w3['A1'].font = Font(bold=True)
    hdr(w3, 2, ['TT', 'Hạng mục', 'ĐVT', 'Số lượng', 'Dự toán (đồng)', 'Đã giải ngân (đồng)', 'Tình trạng'], (5, 44, 8, 10, 18, 18, 18))
    eq = [('Hệ thống sắc ký khí khối phổ GC-MS/MS', 'bộ', 1, 3200000000, 3150000000, 'Đã nghiệm thu'),
          ('Bộ chuẩn kiểm định công tơ điện 3 pha', 'bộ', 1, 1450000000, 1438000000, 'Đã nghiệm thu'),
          ('Bình chuẩn kim loại hạng II 20L', 'chiếc', 4, 260000000, 252000000, 'Đã nghiệm thu'),
          ('Máy đo quang phổ ICP-OES', 'bộ', 1, 2600000000, 0, 'Đang đấu thầu'),
          ('Tủ vi khí hậu', 'chiếc', 2, 380000000, 0, 'Đang đấu thầu')]
    r = 3
    for i, e in enumerate(eq, 1):
        for j, v in enumerate((i,) + e, 1):
            x = w3.cell(row=r, column=j, value=v); x.border = B
            if j in (5, 6):
                x.number_format = '#,##0'
        r += 1
    w3.cell(row=r, column=2, value='Tổng cộng').font = Font(bold=True)
    for col in 'EF':
        w3[f'{col}{r}'] = f'=SUM({col}3:{col}{r-1})'; w3[f'{col}{r}'].number_format = '#,##0'; w3[f'{col}{r}'].font = Font(bold=True)
    w4 = wb.create_sheet('Bieu 04')
    ch = [('Quả cân chuẩn cấp chính xác E2, F1', 'quả', 6, 6, 'Viện Đo lường VN'), ('Bình chuẩn kim loại hạng I', 'chiếc', 2, 2, ''),
          ('Chuẩn công tơ điện', 'chiếc', 2, 2, ''), ('Áp kế chuẩn', 'chiếc', 2, 2, '')]
    biểu(w4, 1, 'Biểu 04. HIỆU CHUẨN CHUẨN ĐO LƯỜNG, LIÊN KẾT CHUẨN QUỐC GIA', ch)
    for c, w in zip('ABCDEFG', (5, 40, 8, 14, 16, 10, 20)):
        w4.column_dimensions[c].width = w
    p = os.path.join(ROOT, fn); wb.save(p); lo_resave(p, 'xlsx')
    ent = [E('II.2.g', 'in_progress', 'Kiểm định, hiệu chuẩn phương tiện đo theo loại; thử nghiệm mẫu', "sheets 'Thuyet minh' row 1, 'Bieu 01', 'Bieu 02'",
             instruments_verified=sum(x[3] for x in kd), samples_tested=sum(x[3] for x in tn)),
           E('II.4.a', 'in_progress', 'Đầu tư trang thiết bị: đã giải ngân 3/5 hạng mục', "'Bieu 03'", budget_spent_vnd=sum(x[4] for x in eq)),
           E('II.4.c', 'completed', 'Hiệu chuẩn chuẩn đo lường, liên kết chuẩn quốc gia', "'Bieu 04'", instruments_verified=sum(x[3] for x in ch))]
    write_key(fn, 'SKHCN-TTPTTN', '187/BC-TTPTTN', '2026-10-26', ent, kk, dx)


def f2():
    fn = 'CCTDC_P.QLDL_bieu PTKTNV + 996.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Thuyet minh'
    top(ws, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Số: 438/BC-CCTĐC',
        'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
        'Kết quả thực hiện nhiệm vụ đo lường thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (Phòng Quản lý Đo lường)')
    r = progress(ws, 8, [
        ('Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ (II.4.b)', 'Chủ trì', 'Hoàn thành (đã hiệu chuẩn toàn bộ PTKTNV đến hạn năm 2026)', 'Biểu 01'),
        ('Đề án 996 - hoạt động đo lường hỗ trợ doanh nghiệp (II.2.a)', 'Chủ trì', 'Đang triển khai', '15 DN được hỗ trợ; 01 hội thảo, 72 đại biểu'),
        ('Phối hợp duy trì chuẩn đo lường chính (II.4.c)', 'Chủ trì', 'Đang triển khai', 'Trung tâm thực hiện hiệu chuẩn'),
    ])
    kk = ['Phương tiện kỹ thuật nghiệp vụ phần lớn đã sử dụng trên 10 năm, chi phí sửa chữa, hiệu chuẩn tăng.']
    dx = ['Đề nghị Sở bố trí kinh phí năm 2027 thay thế 02 bộ thiết bị kiểm tra nhanh chất lượng xăng dầu.']
    r = kkdx(ws, r, kk, dx)
    ws.cell(row=r + 2, column=4, value='Người lập biểu: Phạm Minh Tuấn (biệt phái hỗ trợ tổng hợp)')
    ws.column_dimensions['B'].width = 60; ws.column_dimensions['D'].width = 40; ws.column_dimensions['E'].width = 30
    w1 = wb.create_sheet('Bieu 01')
    pt = [('Quả cân chuẩn M1', 'quả', 24, 24, ''), ('Bình chuẩn kim loại 5L, 10L', 'chiếc', 8, 8, ''),
          ('Thiết bị kiểm tra taximet', 'bộ', 2, 2, ''), ('Máy đo độ dày lớp phủ', 'chiếc', 3, 3, '')]
    r2 = biểu(w1, 1, 'Biểu 01. PHƯƠNG TIỆN KỸ THUẬT NGHIỆP VỤ ĐƯỢC KIỂM ĐỊNH, HIỆU CHUẨN NĂM 2026', pt)
    w1.cell(row=r2, column=2, value='Kinh phí kiểm định, hiệu chuẩn đã thanh toán (đồng):')
    w1.cell(row=r2, column=5, value=46800000).number_format = '#,##0'
    for c, w in zip('ABCDEFG', (5, 40, 8, 14, 16, 10, 20)):
        w1.column_dimensions[c].width = w
    p = os.path.join(ROOT, fn); wb.save(p); lo_resave(p, 'xlsx')
    ent = [E('II.4.b', 'completed', 'Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ', "'Bieu 01'", instruments_verified=37, budget_spent_vnd=46800000),
           E('II.2.a', 'in_progress', 'Đề án 996: 15 DN được hỗ trợ; 01 hội thảo, 72 đại biểu', "'Thuyet minh' row 2",
             enterprises_supported=15, training_courses=1, participants=72),
           E('II.4.c', 'in_progress', 'Phối hợp duy trì chuẩn đo lường chính', "'Thuyet minh' row 3")]
    write_key(fn, 'SKHCN-CCTDC', '438/BC-CCTĐC', '2026-10-31', ent, kk, dx)


if __name__ == '__main__':
    f1(); f2()
