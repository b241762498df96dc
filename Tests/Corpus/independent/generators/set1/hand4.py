# -*- coding: utf-8 -*-
"""Hand 4 - Đặng Quốc Bảo: sends an Excel "biểu" with a unit-of-measure column (ĐVT),
row labels in his own words, a status/assessment column, free-text rows for
difficulties and proposals at the bottom. Group rows (roman numerals) carry the
status; item rows carry the figures."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

TNR = 'Times New Roman'
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def render(s, path):
    wb = Workbook()
    ws = wb.active
    ws.title = s.get('sheet', 'Bieu')
    cols = s['cols']
    widths = s.get('widths', [6, 52, 11, 14, 16, 24])
    n = len(cols)
    last = chr(ord('A') + n - 1)
    for i, w in enumerate(widths[:n]):
        ws.column_dimensions[chr(ord('A') + i)].width = w
    f = lambda **k: Font(name=TNR, size=k.pop('size', 12), **k)
    # header block
    ws.merge_cells('A1:C1'); ws['A1'] = s['issuer'][0]
    ws.merge_cells('A2:C2'); ws['A2'] = s['issuer'][1]
    ws.merge_cells('A3:C3'); ws['A3'] = s['number_line']
    ws.merge_cells(f'D1:{last}1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells(f'D2:{last}2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells(f'D3:{last}3'); ws['D3'] = s['date_line']
    for c, fo in (('A1', f()), ('A2', f(bold=True)), ('A3', f()), ('D1', f(bold=True)), ('D2', f(bold=True)), ('D3', f(italic=True))):
        ws[c].font = fo
        ws[c].alignment = Alignment(horizontal='center')
    r = 5
    for line, bold in ((s['title'], True), (s['subtitle'], False)):
        ws.merge_cells(f'A{r}:{last}{r}')
        ws[f'A{r}'] = line
        ws[f'A{r}'].font = f(bold=bold, size=13 if bold else 12, italic=not bold)
        ws[f'A{r}'].alignment = Alignment(horizontal='center', wrap_text=True)
        ws.row_dimensions[r].height = 34
        r += 1
    r += 1
    for i, name in enumerate(cols):
        c = ws.cell(row=r, column=i + 1, value=name)
        c.font = f(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    r += 1
    for row in s['rows']:
        group = isinstance(row[0], str) and row[0] in ('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'A', 'B')
        for i, v in enumerate(row):
            if v is None:
                v = None
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = f(bold=group)
            c.border = BOX
            c.alignment = Alignment(vertical='center', wrap_text=True,
                                    horizontal='left' if i in (1, n - 1) else 'center')
            if isinstance(v, int) and v >= 10000:
                c.number_format = '#,##0'
            elif isinstance(v, float):
                c.number_format = '#,##0.0'
        for i in range(len(row), n):
            ws.cell(row=r, column=i + 1).border = BOX
        r += 1
    r += 1
    for line in s['tail']:
        ws.merge_cells(f'A{r}:{last}{r}')
        ws[f'A{r}'] = line
        bold = line.endswith(':') and not line.startswith('-')
        ws[f'A{r}'].font = f(bold=bold)
        ws[f'A{r}'].alignment = Alignment(wrap_text=True, vertical='top')
        ws.row_dimensions[r].height = 32 if len(line) > 90 else 18
        r += 1
    r += 1
    for line in s['sign']:
        ws.merge_cells(f'D{r}:{last}{r}')
        ws[f'D{r}'] = line
        ws[f'D{r}'].font = f(bold=True)
        ws[f'D{r}'].alignment = Alignment(horizontal='center')
        r += 1
    if s.get('sheet2'):
        ws2 = wb.create_sheet(s['sheet2'][0])
        ws2.column_dimensions['A'].width = 110
        for i, line in enumerate(s['sheet2'][1], start=1):
            ws2.cell(row=i, column=1, value=line).font = f(bold=line.endswith(':'))
            ws2.cell(row=i, column=1).alignment = Alignment(wrap_text=True)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = None
    wb.save(path)


C6 = ['STT', 'Nội dung', 'ĐVT', 'Kết quả thực hiện', 'Đánh giá', 'Ghi chú']
TITLE = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'

REPORTS = [
 dict(file='Bieu_CT38_BinhDuong.xlsx', unit=('25760', 'Phường Bình Dương'),
  issuer=['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH DƯƠNG'], number_line='Số: 389/BC-UBND', number='389/BC-UBND',
  date_line='Bình Dương, ngày 28 tháng 10 năm 2026', date='2026-10-28', title=TITLE,
  subtitle='(Theo Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ)', cols=C6,
  rows=[
   ('A', 'Thông tin chung', None, None, None, None),
   (1, 'Hộ kinh doanh cá thể trên địa bàn', 'Hộ', 2340, None, 'Số liệu Phòng Kinh tế'),
   (2, 'Chợ truyền thống', 'Chợ', 4, None, None),
   ('I', 'Tuyên truyền, phổ biến pháp luật về TC-ĐL-CL', None, None, 'Hoàn thành', None),
   (1, 'Hội nghị, lớp tập huấn đã tổ chức', 'Lớp', 2, None, None),
   (2, 'Lượt người tham dự', 'Người', 150, None, None),
   (3, 'Tin, bài tuyên truyền', 'Tin/bài', 12, None, 'Trang TTĐT + truyền thanh'),
   (4, 'Kinh phí đã chi', 'Triệu đồng', 10.5, None, 'Ngân sách phường'),
   ('II', 'Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (phân cấp)', None, None, 'Đang thực hiện', None),
   (1, 'Số cuộc kiểm tra', 'Cuộc', 3, None, None),
   (2, 'Cơ sở được kiểm tra', 'Cơ sở', 35, None, None),
   (3, 'Cơ sở vi phạm', 'Cơ sở', 4, None, None),
   (4, 'Tiền phạt', 'Đồng', 8000000, None, 'Đã nộp KBNN'),
   ('III', 'Hỗ trợ DN nâng cao năng suất, truy xuất nguồn gốc', None, None, 'Đang thực hiện', None),
   (1, 'Doanh nghiệp, cơ sở được hướng dẫn', 'Doanh nghiệp', 6, None, None),
   ('IV', 'Duy trì ISO 9001:2015 tại UBND phường', None, None, 'Hoàn thành', 'Công bố lại ngày 05/9/2026'),
  ],
  tail=['Khó khăn, vướng mắc:',
        '- Số lượng hộ kinh doanh lớn, biến động thường xuyên.',
        '- Phường chưa có cân đối chứng đặt tại chợ.',
        'Kiến nghị, đề xuất:',
        '- Đề nghị Chi cục TĐC hỗ trợ kiểm định cân miễn phí cho tiểu thương tại chợ Thủ Dầu Một cũ và chợ Phú Hòa.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Mai Xuân Trường'],
  diff=['Số lượng hộ kinh doanh lớn, biến động thường xuyên.', 'Phường chưa có cân đối chứng đặt tại chợ.'],
  prop=['Đề nghị Chi cục TĐC hỗ trợ kiểm định cân miễn phí cho tiểu thương tại chợ Thủ Dầu Một cũ và chợ Phú Hòa.'],
  entries=[('II.1.a', 'completed', dict(training_courses=2, participants=150, communications=12, budget_spent_vnd=10500000)),
           ('II.5.c', 'in_progress', dict(inspections=3, establishments_inspected=35, violations=4, fines_vnd=8000000)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=6)),
           ('II.2.đ', 'completed', {})]),

 dict(file='Bieu tong hop CT38 - Nha Be.xlsx', unit=('27655', 'Xã Nhà Bè'), resave=True,
  issuer=['ỦY BAN NHÂN DÂN', 'XÃ NHÀ BÈ'], number_line='Số: 211/BC-UBND', number='211/BC-UBND',
  date_line='Nhà Bè, ngày 05 tháng 11 năm 2026', date='2026-11-05', title=TITLE,
  subtitle='(Kèm theo báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026 của UBND xã Nhà Bè)',
  cols=['STT', 'Nội dung công việc', 'ĐVT', 'Số lượng', 'Tình trạng', 'Ghi chú'],
  rows=[
   ('I', 'Thông tin, tuyên truyền về tiêu chuẩn, đo lường, chất lượng', None, None, 'Hoàn thành', None),
   (1, 'Tin bài đăng trên trang TTĐT xã', 'Tin/bài', 8, None, None),
   (2, 'Lớp tập huấn ghi nhãn hàng hóa', 'Lớp', 1, None, None),
   (3, 'Học viên tham dự', 'Người', 70, None, 'Chủ cơ sở SX, hộ KD'),
   ('II', 'Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG)', None, None, 'Đang thực hiện', None),
   (1, 'Đoàn kiểm tra phối hợp với Chi cục TĐC', 'Cuộc', 2, None, None),
   (2, 'Cửa hàng xăng dầu, đại lý LPG được kiểm tra', 'Cơ sở', 11, None, None),
   (3, 'Mẫu xăng dầu lấy thử nghiệm', 'Mẫu', 11, None, None),
   (4, 'Cơ sở vi phạm', 'Cơ sở', 1, None, 'Chai LPG quá hạn kiểm định'),
   (5, 'Tiền phạt vi phạm hành chính', 'Đồng', 12500000, None, None),
   ('III', 'Vận động DN tham dự Giải thưởng Chất lượng Quốc gia', None, None, 'Không phát sinh', 'Không có DN đăng ký'),
   ('IV', 'Cử công chức tham gia tập huấn nghiệp vụ TĐC', None, None, 'Hoàn thành', None),
   (1, 'Công chức được cử tham gia', 'Người', 2, None, None),
  ],
  tail=['Khó khăn, vướng mắc: Không có.',
        'Kiến nghị, đề xuất:',
        '- Đề nghị Chi cục TĐC tiếp tục phối hợp kiểm tra các đại lý LPG trên địa bàn xã trong năm 2027.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Châu Minh Tâm'],
  diff=[], prop=['Đề nghị Chi cục TĐC tiếp tục phối hợp kiểm tra các đại lý LPG trên địa bàn xã trong năm 2027.'],
  entries=[('II.1.a', 'completed', dict(communications=8, training_courses=1, participants=70)),
           ('II.5.a', 'in_progress', dict(inspections=2, establishments_inspected=11, samples_tested=11, violations=1, fines_vnd=12500000)),
           ('II.1.b', 'not_applicable', {}),
           ('II.3.a', 'completed', dict(participants=2))]),

 dict(file='TanSonNhat_bieu_TDC_2026.xlsx', unit=('26968', 'Phường Tân Sơn Nhất'),
  issuer=['ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN SƠN NHẤT'], number_line='Số: 276/BC-UBND', number='276/BC-UBND',
  date_line='Tân Sơn Nhất, ngày 16 tháng 10 năm 2026', date='2026-10-16',
  title='KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
  subtitle='(Thực hiện Chỉ thị số 38-CT/TW và Kế hoạch số 215/KH-SKHCN của Sở KH&CN)',
  cols=['STT', 'Nội dung', 'ĐVT', 'Kết quả', 'Tình trạng thực hiện', 'Ghi chú'],
  rows=[
   ('I', 'Tuyên truyền trên loa, Zalo, trang TTĐT phường', None, None, 'Đang triển khai', None),
   (1, 'Tin, bài đã đăng phát', 'Tin/bài', 10, None, None),
   ('II', 'Kiểm tra cân, thước tại chợ Phạm Văn Hai (nội dung phân cấp)', None, None, 'Hoàn thành', None),
   (1, 'Cuộc kiểm tra', 'Cuộc', 2, None, None),
   (2, 'Hộ kinh doanh được kiểm tra', 'Cơ sở', 22, None, None),
   (3, 'Trường hợp vi phạm', 'Trường hợp', 2, None, None),
   (4, 'Số tiền xử phạt', 'Triệu đồng', 5, None, None),
   ('III', 'Hướng dẫn doanh nghiệp áp dụng HTQLCL, công bố chất lượng', None, None, 'Đang triển khai', None),
   (1, 'Doanh nghiệp được hướng dẫn', 'Doanh nghiệp', 5, None, 'Dịch vụ suất ăn hàng không, logistics'),
   ('IV', 'Góp ý dự thảo QCVN, quy chuẩn kỹ thuật địa phương', None, None, 'Hoàn thành', None),
   (1, 'Dự thảo quy chuẩn đã góp ý', 'Văn bản', 3, None, None),
   ('V', 'Khen thưởng, bảo vệ người tố giác vi phạm về TĐC', None, None, 'Không phát sinh', None),
  ],
  tail=['Khó khăn, vướng mắc:',
        '- Chưa có hướng dẫn thống nhất về mẫu biên bản kiểm tra đo lường cấp phường.',
        'Kiến nghị, đề xuất:',
        '- Đề nghị Sở ban hành mẫu biên bản, quy trình kiểm tra đo lường dùng chung cho cấp xã.',
        '- Đề nghị tổ chức tập huấn nghiệp vụ kiểm tra cho Tổ công tác phường.'],
  sign=['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Ngô Thanh Hải'],
  diff=['Chưa có hướng dẫn thống nhất về mẫu biên bản kiểm tra đo lường cấp phường.'],
  prop=['Đề nghị Sở ban hành mẫu biên bản, quy trình kiểm tra đo lường dùng chung cho cấp xã.',
        'Đề nghị tổ chức tập huấn nghiệp vụ kiểm tra cho Tổ công tác phường.'],
  entries=[('II.1.a', 'in_progress', dict(communications=10)),
           ('II.5.c', 'completed', dict(inspections=2, establishments_inspected=22, violations=2, fines_vnd=5000000)),
           ('II.2.d', 'in_progress', dict(enterprises_supported=5)),
           ('II.2.e', 'completed', dict(standards_reviewed=3)),
           ('II.5.d', 'not_applicable', {})]),

 dict(file='Biểu KQ CT38 Xuân Thới Sơn.xlsx', unit=('27577', 'Xã Xuân Thới Sơn'),
  issuer=['ỦY BAN NHÂN DÂN', 'XÃ XUÂN THỚI SƠN'], number_line='Số: 164/BC-UBND', number='164/BC-UBND',
  date_line='Xuân Thới Sơn, ngày 09 tháng 11 năm 2026', date='2026-11-09', title=TITLE,
  subtitle='(Số liệu tính từ ngày 01/01/2026 đến ngày 31/10/2026)', cols=C6,
  rows=[
   ('I', 'Tuyên truyền, tập huấn pháp luật về tiêu chuẩn, đo lường, chất lượng', None, None, 'Hoàn thành', None),
   (1, 'Lớp tập huấn cho hộ sản xuất, kinh doanh', 'Lớp', 1, None, None),
   (2, 'Người tham dự', 'Người', 65, None, None),
   (3, 'Tin, bài', 'Tin/bài', 6, None, None),
   (4, 'Kinh phí thực hiện', 'Đồng', 4200000, None, None),
   ('II', 'Truy xuất nguồn gốc rau, hoa lan, cây kiểng (Đề án 100)', None, None, 'Đang thực hiện', None),
   (1, 'HTX, cơ sở được hướng dẫn áp dụng', 'Cơ sở', 4, None, None),
   (2, 'Sản phẩm được gắn mã truy xuất', 'Sản phẩm', 17, None, None),
   ('III', 'Kiểm tra đo lường tại chợ (phân cấp)', None, None, 'Chưa thực hiện', 'Chờ kế hoạch của Chi cục'),
   ('IV', 'Khảo sát chất lượng sản phẩm, hàng hóa', None, None, 'Hoàn thành', None),
   (1, 'Mẫu phân bón, thức ăn chăn nuôi được lấy khảo sát', 'Mẫu', 8, None, 'Phối hợp Chi cục TĐC'),
  ],
  tail=['(Khó khăn, vướng mắc và kiến nghị: xem sheet Thuyet minh)'],
  sheet2=('Thuyet minh', ['Khó khăn, vướng mắc:',
          '- Hộ sản xuất hoa lan, cây kiểng quy mô nhỏ, chưa quen với việc ghi chép nhật ký sản xuất phục vụ truy xuất nguồn gốc.',
          'Kiến nghị, đề xuất:',
          '- Đề nghị Sở hỗ trợ miễn phí tem truy xuất nguồn gốc năm đầu cho các HTX trên địa bàn xã.']),
  sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Dương Văn Khải'],
  diff=['Hộ sản xuất hoa lan, cây kiểng quy mô nhỏ, chưa quen với việc ghi chép nhật ký sản xuất phục vụ truy xuất nguồn gốc.'],
  prop=['Đề nghị Sở hỗ trợ miễn phí tem truy xuất nguồn gốc năm đầu cho các HTX trên địa bàn xã.'],
  entries=[('II.1.a', 'completed', dict(training_courses=1, participants=65, communications=6, budget_spent_vnd=4200000)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=4)),
           ('II.5.c', 'not_started', {}),
           ('II.5.b', 'completed', dict(samples_tested=8))]),

 dict(file='CatLai_CT38.xlsx', unit=('27112', 'Phường Cát Lái'),
  issuer=['ỦY BAN NHÂN DÂN', 'PHƯỜNG CÁT LÁI'], number_line='Số: 458/BC-UBND', number='458/BC-UBND',
  date_line='Cát Lái, ngày 29 tháng 10 năm 2026', date='2026-10-29', title=TITLE,
  subtitle='(Kèm theo Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ)',
  cols=['STT', 'Nội dung thực hiện', 'ĐVT', 'Kết quả', 'Đánh giá', 'Ghi chú'],
  rows=[
   ('I', 'Công tác tuyên truyền, phổ biến', None, None, 'Hoàn thành', None),
   (1, 'Hội nghị, lớp tập huấn', 'Lớp', 3, None, None),
   (2, 'Người tham dự', 'Người', 260, None, 'Có DN cảng, logistics'),
   (3, 'Tin/bài', 'Tin/bài', 15, None, None),
   ('II', 'Kiểm tra chất lượng hàng hóa lưu thông (xăng dầu, mũ bảo hiểm, thép xây dựng)', None, None, 'Hoàn thành', None),
   (1, 'Cuộc kiểm tra phối hợp', 'Cuộc', 4, None, None),
   (2, 'Cơ sở được kiểm tra', 'Cơ sở', 28, None, None),
   (3, 'Mẫu hàng hóa lấy thử nghiệm', 'Mẫu', 12, None, None),
   (4, 'Cơ sở vi phạm', 'Cơ sở', 5, None, None),
   (5, 'Tiền phạt', 'Đồng', '37.500.000đ', None, None),
   ('III', 'Kiểm định phương tiện đo tại chợ, cửa hàng xăng dầu (phân cấp)', None, None, 'Đang thực hiện', None),
   (1, 'Phương tiện đo được kiểm định', 'Chiếc', 85, None, 'Cân, cột đo xăng dầu'),
   ('IV', 'Duy trì HTQLCL TCVN ISO 9001:2015', None, None, 'Hoàn thành', None),
   ('V', 'Kết nối cơ sở dữ liệu quốc gia về TĐC', None, None, 'Chưa thực hiện', 'Chưa có tài khoản'),
  ],
  tail=['Khó khăn, vướng mắc:',
        '(1) Phương tiện đo tại các cửa hàng xăng dầu ven cảng thay đổi nhiều; (2) Thiếu công chức có chuyên môn đo lường.',
        'Kiến nghị, đề xuất:',
        'Đề nghị Sở cấp tài khoản kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng cho phường.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Tống Văn Đạt'],
  diff=['Phương tiện đo tại các cửa hàng xăng dầu ven cảng thay đổi nhiều', 'Thiếu công chức có chuyên môn đo lường.'],
  prop=['Đề nghị Sở cấp tài khoản kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng cho phường.'],
  entries=[('II.1.a', 'completed', dict(training_courses=3, participants=260, communications=15)),
           ('II.5.a', 'completed', dict(inspections=4, establishments_inspected=28, samples_tested=12, violations=5, fines_vnd=37500000)),
           ('II.5.c', 'in_progress', dict(instruments_verified=85)),
           ('II.2.đ', 'completed', {}),
           ('II.2.i', 'not_started', {})]),

 dict(file='Bieu bao cao TDC PhuGiao.xlsx', unit=('25858', 'Xã Phú Giáo'),
  issuer=['ỦY BAN NHÂN DÂN', 'XÃ PHÚ GIÁO'], number_line='Số: 92/BC-UBND', number='92/BC-UBND',
  date_line='Phú Giáo, ngày 11 tháng 11 năm 2026', date='2026-11-11', title=TITLE,
  subtitle='', cols=C6,
  rows=[
   ('I', 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', None, None, 'Hoàn thành', None),
   (1, 'Tin, bài phát trên Đài truyền thanh xã', 'Tin/bài', 9, None, None),
   (2, 'Hội nghị tuyên truyền', 'Cuộc', 1, None, None),
   (3, 'Đại biểu dự hội nghị', 'Người', 55, None, None),
   ('II', 'Hướng dẫn HTX, cơ sở áp dụng truy xuất nguồn gốc, nâng cao năng suất', None, None, 'Đang thực hiện', None),
   (1, 'HTX, cơ sở được hướng dẫn', 'Cơ sở', 3, None, 'HTX cao su, HTX sầu riêng'),
   ('III', 'Kiểm tra đo lường tại chợ Phước Vĩnh (phân cấp)', None, None, 'Hoàn thành', None),
   (1, 'Số cuộc kiểm tra', 'Cuộc', 1, None, None),
   (2, 'Số hộ kinh doanh được kiểm tra', 'Cơ sở', 14, None, None),
   (3, 'Số hộ vi phạm', 'Cơ sở', 1, None, None),
   (4, 'Số tiền phạt', 'Đồng', 1500000, None, None),
   ('IV', 'Cử công chức tham gia tập huấn nghiệp vụ', None, None, 'Chưa thực hiện', 'Chưa có lớp'),
  ],
  tail=['Khó khăn, vướng mắc:', '- Công chức phụ trách mới tiếp nhận nhiệm vụ, chưa được tập huấn.',
        'Kiến nghị, đề xuất:', '- Đề nghị Chi cục TĐC sớm mở lớp tập huấn nghiệp vụ cho công chức cấp xã khu vực Phú Giáo, Bắc Tân Uyên.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lại Thị Thanh Thủy'],
  diff=['Công chức phụ trách mới tiếp nhận nhiệm vụ, chưa được tập huấn.'],
  prop=['Đề nghị Chi cục TĐC sớm mở lớp tập huấn nghiệp vụ cho công chức cấp xã khu vực Phú Giáo, Bắc Tân Uyên.'],
  entries=[('II.1.a', 'completed', dict(communications=9, training_courses=1, participants=55)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=3)),
           ('II.5.c', 'completed', dict(inspections=1, establishments_inspected=14, violations=1, fines_vnd=1500000)),
           ('II.3.a', 'not_started', {})]),

 dict(file='BinhTan_Bieu_CT38_2026.xlsx', unit=('27442', 'Phường Bình Tân'),
  issuer=['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH TÂN'], number_line='Số: 503/BC-UBND', number='503/BC-UBND',
  date_line='Bình Tân, ngày 23 tháng 10 năm 2026', date='2026-10-23', title=TITLE,
  subtitle='(Theo Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư)',
  cols=['STT', 'Nội dung', 'ĐVT', 'Kết quả thực hiện', 'Đánh giá', 'Ghi chú'],
  rows=[
   ('I', 'Tuyên truyền, tập huấn pháp luật về TC-ĐL-CL', None, None, 'Hoàn thành', None),
   (1, 'Hội nghị tuyên truyền', 'Cuộc', 2, None, None),
   (2, 'Người tham dự', 'Người', 210, None, None),
   (3, 'Tin, bài', 'Tin/bài', 18, None, None),
   (4, 'Kinh phí đã sử dụng', 'Triệu đồng', 16.8, None, None),
   ('II', 'Kiểm tra đo lường trong kinh doanh bán lẻ tại chợ Bình Long, chợ An Lạc cũ (phân cấp)', None, None, 'Đang thực hiện', None),
   (1, 'Cuộc kiểm tra', 'Cuộc', 6, None, None),
   (2, 'Cơ sở được kiểm tra', 'Cơ sở', 71, None, None),
   (3, 'Cơ sở vi phạm', 'Cơ sở', 9, None, None),
   (4, 'Tiền phạt', 'Triệu đồng', 42, None, None),
   (5, 'Cân được kiểm định miễn phí', 'Chiếc', 150, None, 'Phối hợp Trung tâm DVPTTN'),
   ('III', 'Hỗ trợ DN áp dụng hệ thống quản lý chất lượng tiên tiến (ISO, HACCP)', None, None, 'Hoàn thành', None),
   (1, 'Doanh nghiệp được tư vấn, hỗ trợ', 'Doanh nghiệp', 8, None, None),
   ('IV', 'Vận động DN tham dự Giải thưởng Chất lượng Quốc gia', None, None, 'Đang thực hiện', None),
   (1, 'DN được hướng dẫn lập hồ sơ', 'Doanh nghiệp', 2, None, None),
   ('V', 'Khen thưởng, bảo vệ người tố giác', None, None, 'Không phát sinh', None),
  ],
  tail=['Khó khăn, vướng mắc:',
        '- Địa bàn rộng, nhiều chợ tự phát, khó kiểm soát phương tiện đo.',
        '- Tiểu thương chưa tự giác kiểm định cân định kỳ.',
        'Kiến nghị, đề xuất:',
        '- Đề nghị Sở bổ sung kinh phí kiểm định cân miễn phí cho tiểu thương năm 2027.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Phùng Văn Tài'],
  diff=['Địa bàn rộng, nhiều chợ tự phát, khó kiểm soát phương tiện đo.', 'Tiểu thương chưa tự giác kiểm định cân định kỳ.'],
  prop=['Đề nghị Sở bổ sung kinh phí kiểm định cân miễn phí cho tiểu thương năm 2027.'],
  entries=[('II.1.a', 'completed', dict(training_courses=2, participants=210, communications=18, budget_spent_vnd=16800000)),
           ('II.5.c', 'in_progress', dict(inspections=6, establishments_inspected=71, violations=9, fines_vnd=42000000, instruments_verified=150)),
           ('II.2.d', 'completed', dict(enterprises_supported=8)),
           ('II.1.b', 'in_progress', dict(enterprises_supported=2)),
           ('II.5.d', 'not_applicable', {})]),
]

MISTAKEN = dict(file='Bieu_TanAnHoi_2026.xlsx', unit=('27496', 'Xã Tân An Hội'),
  issuer=['ỦY BAN NHÂN DÂN', 'XÃ TÂN AN HỘI'], number_line='Số: 187/BC-UBND', number='187/BC-UBND',
  date_line='Tân An Hội, ngày 30 tháng 10 năm 2026', date='2026-10-30',
  title='BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ NĂM 2026',
  subtitle='(Số liệu từ 01/01/2026 đến 30/10/2026)', cols=C6,
  rows=[
   ('I', 'Tuyên truyền, huấn luyện nghiệp vụ PCCC', None, None, 'Hoàn thành', None),
   (1, 'Lớp huấn luyện PCCC cho lực lượng dân phòng', 'Lớp', 3, None, None),
   (2, 'Người tham dự', 'Người', 185, None, None),
   (3, 'Tin, bài tuyên truyền', 'Tin/bài', 14, None, None),
   ('II', 'Kiểm tra an toàn PCCC tại cơ sở', None, None, 'Đang thực hiện', None),
   (1, 'Cuộc kiểm tra', 'Cuộc', 6, None, None),
   (2, 'Cơ sở được kiểm tra', 'Cơ sở', 48, None, 'Nhà xưởng, kho hàng'),
   (3, 'Cơ sở vi phạm', 'Cơ sở', 7, None, None),
   (4, 'Tiền phạt', 'Đồng', 31000000, None, None),
   ('III', 'Xây dựng mô hình "Tổ liên gia an toàn PCCC"', None, None, 'Hoàn thành', None),
   (1, 'Tổ liên gia được thành lập', 'Tổ', 26, None, None),
  ],
  tail=['Khó khăn, vướng mắc:', '- Nhiều nhà xưởng cho thuê chưa trang bị đầy đủ phương tiện chữa cháy.',
        'Kiến nghị, đề xuất:', '- Đề nghị Công an Thành phố hỗ trợ trang bị phương tiện chữa cháy cho lực lượng dân phòng.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Huỳnh Tấn Lực'])
