# Excel hands: H2 (Tùng, commune biểu with own domain groups and dates in brackets after figures),
# H4 (Minh, months T1..T9 in a collapsed column group, Lũy kế by =SUM, money scaled in tỷ/triệu đồng)
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from gen_common import date_words

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)


# ---------------------------------------------------------------- H2
def render_h2(rep, path):
    wb = Workbook()
    ws = wb.active
    ws.title = 'Bieu'
    for col, w in zip('ABCDE', (6, 38, 60, 12, 18)):
        ws.column_dimensions[col].width = w
    up = rep['unit'][1].upper()
    ws['A1'] = 'UBND ' + up
    ws['A1'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['D1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + rep['number']
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = rep['place'] + ', ' + date_words(rep['date'])
    ws['D3'].font = Font(italic=True)
    ws.merge_cells('A5:E5')
    ws['A5'] = rep['title']
    ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = CEN
    ws.merge_cells('A6:E6')
    ws['A6'] = rep['subtitle']
    ws['A6'].font = Font(italic=True)
    ws['A6'].alignment = CEN
    r = 8
    for j, h in enumerate(rep.get('cols', ['STT', 'Công việc', 'Kết quả (số liệu, ngày thực hiện)', 'Tình trạng', 'Ghi chú']), 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.alignment = CEN
        c.border = BOX
        c.fill = PatternFill('solid', fgColor='D9D9D9')
    r += 1
    n = 0
    for g in rep['groups']:
        ws.cell(r, 1, g['letter']).font = Font(bold=True)
        ws.cell(r, 2, g['name']).font = Font(bold=True)
        for j in range(1, 6):
            ws.cell(r, j).border = BOX
        r += 1
        for t in g['rows']:
            n += 1
            vals = [n, t['title'], t['result'], t['word'], t.get('note', '')]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP if j in (2, 3, 5) else CEN
            t['keytext'] = t['title'] + ': ' + t['result']
            r += 1
    r += 1
    if rep.get('diff'):
        ws.cell(r, 2, 'Khó khăn, vướng mắc:').font = Font(bold=True, underline='single')
        r += 1
        for x in rep['diff']:
            ws.cell(r, 2, '- ' + x)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 2).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
    if rep.get('prop'):
        ws.cell(r, 2, 'Đề xuất:').font = Font(bold=True, underline='single')
        r += 1
        for x in rep['prop']:
            ws.cell(r, 2, '- ' + x)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 2).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
    r += 1
    ws.cell(r, 2, 'Người lập biểu').font = Font(bold=True)
    ws.cell(r, 4, 'KT. CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 1, 4, 'PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 4, 2, rep['clerk'])
    ws.cell(r + 4, 4, rep['signer']).font = Font(bold=True)
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = '8:8'
    wb.save(path)


def h2_tasks(rep):
    return [t for g in rep['groups'] for t in g['rows'] if 'task' in t]


WORD = {'completed': 'Xong', 'in_progress': 'Còn làm', 'not_started': 'Chưa làm', 'not_applicable': 'Không có'}


def T(task, status, title, result, ind=None, note=''):
    return dict(task=task, status=status, title=title, result=result, ind=ind or {}, word=WORD[status], note=note)


H2 = [
 dict(file='Thuong Tan - bieu KQ CT38.xlsx', unit=('25909', 'Xã Thường Tân'), number='94/BC-UBND', date='2026-10-24',
      place='Thường Tân', signer='Lê Văn Tùng', clerk='Nguyễn Thanh Tùng',
      title='BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
      subtitle='(Kèm theo Báo cáo số 94/BC-UBND ngày 24/10/2026 của UBND xã Thường Tân; số liệu đến ngày 20/10/2026)',
      groups=[
        dict(letter='A', name='CÔNG TÁC TUYÊN TRUYỀN', rows=[
          T('II.1.a', 'completed', 'Tuyên truyền quy định về đo lường, chất lượng cho người dân, hộ kinh doanh',
            '05 tin trên loa truyền thanh xã (02/4, 15/5, 10/6, 08/8, 20/9); 01 buổi tuyên truyền tại chợ Thường Tân (18/6), 40 người dự',
            {'communications': 5, 'training_courses': 1, 'participants': 40})]),
        dict(letter='B', name='KIỂM TRA Ở CHỢ, CỬA HÀNG XĂNG DẦU, TẠP HÓA', rows=[
          T('II.5.c', 'in_progress', 'Kiểm tra đo lường, chất lượng theo phân cấp',
            '02 cuộc (12/5, 22/9); kiểm tra 11 cơ sở; 01 cơ sở vi phạm, phạt 3.500.000 đồng (QĐ ngày 25/9)',
            {'inspections': 2, 'establishments_inspected': 11, 'violations': 1, 'fines_vnd': 3500000},
            note='Đợt cuối năm làm trong tháng 12'),
          T('II.5.d', 'not_applicable', 'Tiếp nhận phản ánh, tố giác vi phạm', 'Trong kỳ không nhận phản ánh nào')]),
        dict(letter='C', name='CÔNG TÁC KHÁC CỦA XÃ', rows=[
          T('II.3.a', 'completed', 'Cử công chức đi tập huấn nghiệp vụ TĐC', 'Cử 02 công chức dự lớp của Chi cục (14/8)',
            {'participants': 2}),
          T('II.2.đ', 'in_progress', 'Duy trì ISO 9001:2015 tại UBND xã', 'Đang cập nhật quy trình TTHC sau sáp nhập (từ 01/9)')])],
      diff=['Xã chưa có cân đối chứng tại chợ, người dân khó tự kiểm tra khối lượng hàng hóa khi mua.'],
      prop=['Đề nghị Chi cục hỗ trợ xã 01 cân đối chứng đặt tại chợ Thường Tân.']),

 dict(file='MinhThanh_CT38.xlsx', unit=('25780', 'Xã Minh Thạnh'), number='61/BC-UBND', date='2026-10-20',
      place='Minh Thạnh', signer='Phan Văn Hùng', clerk='Nguyễn Thanh Tùng',
      title='BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
      subtitle='(Số liệu tính đến ngày 15/10/2026)',
      groups=[
        dict(letter='A', name='TUYÊN TRUYỀN', rows=[
          T('II.1.a', 'completed', 'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
            '03 tin bài trên trang thông tin điện tử xã (06/3, 21/5, 11/9)', {'communications': 3})]),
        dict(letter='B', name='KIỂM TRA, GIÁM SÁT', rows=[
          T('II.5.c', 'in_progress', 'Kiểm tra đo lường tại chợ Minh Thạnh và cửa hàng xăng dầu',
            '01 cuộc (17/7), 06 cơ sở, không có vi phạm; phối hợp kiểm định 19 cân tại chợ (03/6)',
            {'inspections': 1, 'establishments_inspected': 6, 'instruments_verified': 19}),
          T('II.5.b', 'not_started', 'Phối hợp lấy mẫu khảo sát chất lượng hàng hóa',
            'Chi cục chưa về lấy mẫu trên địa bàn xã')]),
        dict(letter='C', name='HỖ TRỢ HỢP TÁC XÃ, CƠ SỞ SẢN XUẤT', rows=[
          T('II.2.d', 'completed', 'Hướng dẫn thủ tục công bố hợp quy, công bố chất lượng sản phẩm',
            'Hướng dẫn 04 hợp tác xã (10/4, 10/4, 26/6, 14/8)', {'enterprises_supported': 4})]),
        dict(letter='D', name='ĐÀO TẠO, TẬP HUẤN', rows=[
          T('II.3.a', 'completed', 'Cử công chức tập huấn', '01 lớp (14/8), cử 01 công chức kinh tế',
            {'training_courses': 1, 'participants': 1})])],
      diff=['Địa bàn rộng, các cơ sở kinh doanh phân tán, đi lại kiểm tra mất nhiều thời gian.'],
      prop=['Đề nghị Chi cục bố trí lấy mẫu khảo sát chất lượng phân bón, thức ăn chăn nuôi tại xã.']),

 dict(file='BinhLoi-bieu KH38.xlsx', unit=('27610', 'Xã Bình Lợi'), number='133/BC-UBND', date='2026-10-27',
      place='Bình Lợi', signer='Trần Thị Hoa', clerk='Võ Minh Tùng',
      title='BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
      subtitle='(Kèm theo Báo cáo số 133/BC-UBND ngày 27/10/2026)',
      groups=[
        dict(letter='A', name='TUYÊN TRUYỀN, TẬP HUẤN CHO NGƯỜI DÂN', rows=[
          T('II.1.a', 'completed', 'Tuyên truyền, tập huấn về đo lường, chất lượng',
            '07 tin bài (loa, Zalo ấp); 02 buổi tập huấn (09/4, 23/7) cho hộ kinh doanh, tổng 95 lượt người',
            {'communications': 7, 'training_courses': 2, 'participants': 95})]),
        dict(letter='B', name='KIỂM TRA THEO PHÂN CẤP', rows=[
          T('II.5.c', 'completed', 'Kiểm tra đo lường, chất lượng, nhãn hàng hóa',
            '03 cuộc (11/3, 19/6, 17/9); 17 cơ sở; 02 cơ sở vi phạm; tiền phạt 6.000.000 đồng',
            {'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 6000000}, note='Đủ 03 cuộc theo KH năm'),
          T('II.5.b', 'in_progress', 'Phối hợp Chi cục lấy mẫu khảo sát', '06 mẫu xăng, dầu (28/9); chờ kết quả',
            {'samples_tested': 6})]),
        dict(letter='C', name='CÔNG TÁC NỘI BỘ', rows=[
          T('II.2.đ', 'completed', 'ISO 9001:2015 tại UBND xã', 'Công bố lại hệ thống QLCL (05/8)'),
          T('II.3.a', 'not_applicable', 'Tập huấn nghiệp vụ cho công chức', 'Trong kỳ không có lớp dành cho cấp xã')])],
      diff=['Công chức kinh tế kiêm nhiệm, thời gian dành cho công tác kiểm tra còn ít.',
            'Chưa có kinh phí riêng cho hoạt động tuyên truyền về tiêu chuẩn, đo lường, chất lượng.'],
      prop=['Đề nghị Chi cục mở lớp tập huấn nghiệp vụ cho công chức cấp xã trong năm 2027.']),

 dict(file='XuanSon_bieu 2026.xlsx', unit=('26584', 'Xã Xuân Sơn'), number='88/BC-UBND', date='2026-10-22',
      place='Xuân Sơn', signer='Lê Văn Tùng', clerk='Nguyễn Thanh Tùng',
      rejected='Biểu kết quả công tác giảm nghèo bền vững năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.',
      title='BIỂU KẾT QUẢ THỰC HIỆN CÔNG TÁC GIẢM NGHÈO BỀN VỮNG NĂM 2026',
      subtitle='(Kèm theo Báo cáo số 88/BC-UBND ngày 22/10/2026; số liệu đến ngày 15/10/2026)',
      groups=[
        dict(letter='A', name='RÀ SOÁT HỘ NGHÈO, CẬN NGHÈO', rows=[
          dict(title='Rà soát hộ nghèo, hộ cận nghèo theo chuẩn Thành phố', result='Rà soát 1.245 hộ (02/3 - 30/4); còn 23 hộ nghèo, 41 hộ cận nghèo', word='Xong'),
          dict(title='Hỗ trợ thẻ BHYT cho hộ cận nghèo', result='Cấp 156 thẻ (15/5)', word='Xong')]),
        dict(letter='B', name='HỖ TRỢ SINH KẾ', rows=[
          dict(title='Cho vay vốn Ngân hàng Chính sách xã hội', result='37 hộ vay, tổng 1.850.000.000 đồng (tháng 3 - tháng 9)', word='Còn làm'),
          dict(title='Dạy nghề cho lao động thuộc hộ nghèo', result='01 lớp may công nghiệp (12/8), 25 học viên', word='Còn làm')]),
        dict(letter='C', name='NHÀ Ở', rows=[
          dict(title='Sửa chữa, xây mới nhà cho hộ nghèo', result='Bàn giao 03 căn (19/5, 02/9, 02/9)', word='Xong')])],
      diff=['Một số hộ nghèo già yếu, không còn khả năng lao động nên khó thoát nghèo.'],
      prop=['Đề nghị tăng nguồn vốn vay ưu đãi cho hộ cận nghèo.']),
]


# ---------------------------------------------------------------- H4
MONTHS = [f'T{i}' for i in range(1, 10)]


def render_h4(rep, path):
    wb = Workbook()
    ws = wb.active
    ws.title = rep.get('sheet', 'BC_CT38')
    ws.column_dimensions['A'].width = 6
    ws.column_dimensions['B'].width = 52
    ws.column_dimensions['C'].width = 12
    for i in range(9):
        cl = get_column_letter(4 + i)
        ws.column_dimensions[cl].width = 7
    ws.column_dimensions.group('D', 'L', hidden=True, outline_level=1)
    ws.column_dimensions['M'].width = 14
    ws.column_dimensions['N'].width = 18
    ws.column_dimensions['O'].width = 40
    ws['A1'] = rep['parent']
    ws['A2'] = rep['unit_line']
    ws['A2'].font = Font(bold=True)
    ws['M1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['M1'].font = Font(bold=True)
    ws['M2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + rep['number']
    ws['M3'] = rep['place'] + ', ' + date_words(rep['date'])
    ws['M3'].font = Font(italic=True)
    ws.merge_cells('A5:O5')
    ws['A5'] = rep['title']
    ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = CEN
    ws.merge_cells('A6:O6')
    ws['A6'] = rep['subtitle']
    ws['A6'].alignment = CEN
    ws['A6'].font = Font(italic=True)
    hdr = ['TT', 'Hạng mục / chỉ tiêu', 'ĐVT'] + MONTHS + ['Lũy kế 9 tháng', 'Trạng thái', 'Ghi chú']
    r = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.alignment = CEN
        c.border = BOX
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    ws.freeze_panes = 'C9'
    r = 9
    for i, t in enumerate(rep['tasks'], 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, t['title'])
        ws.cell(r, 14, t['word'])
        ws.cell(r, 15, t.get('note', ''))
        for j in range(1, 16):
            c = ws.cell(r, j)
            c.font = Font(bold=True) if j in (1, 2) else Font()
            c.border = BOX
            c.alignment = WRAP if j in (2, 15) else CEN
            c.fill = PatternFill('solid', fgColor='F2F2F2')
        t['keytext'] = t['title']
        r += 1
        for k, row in enumerate(t['rows'], 1):
            label, dvt, months, note = row
            ws.cell(r, 1, f'{i}.{k}')
            ws.cell(r, 2, '- ' + label)
            ws.cell(r, 3, dvt)
            for m, v in months.items():
                c = ws.cell(r, 3 + m, v)
                if isinstance(v, float):
                    c.number_format = '0.000'
            c = ws.cell(r, 13, f'=SUM(D{r}:L{r})')
            if 'tỷ' in dvt or 'triệu' in dvt:
                c.number_format = '0.000' if 'tỷ' in dvt else '0.0'
            else:
                c.number_format = '#,##0'
            ws.cell(r, 15, note)
            for j in range(1, 16):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).alignment = WRAP if j in (2, 15) else CEN
            r += 1
    r += 1
    ws.cell(r, 2, 'KHÓ KHĂN, VƯỚNG MẮC').font = Font(bold=True)
    r += 1
    for k, x in enumerate(rep['diff'], 1):
        ws.cell(r, 1, k)
        ws.cell(r, 2, x)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=15)
        ws.cell(r, 2).alignment = WRAP
        r += 1
    ws.cell(r, 2, 'KIẾN NGHỊ, ĐỀ XUẤT').font = Font(bold=True)
    r += 1
    for k, x in enumerate(rep['prop'], 1):
        ws.cell(r, 1, k)
        ws.cell(r, 2, x)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=15)
        ws.cell(r, 2).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 2, 'Người lập: ' + rep['clerk'])
    ws.cell(r, 13, rep['sign_title']).font = Font(bold=True)
    ws.cell(r + 4, 13, rep['signer']).font = Font(bold=True)
    ws.sheet_properties.outlinePr.summaryRight = True
    ws.page_setup.orientation = 'landscape'
    wb.save(path)


W4 = {'completed': 'Hoàn thành', 'in_progress': 'Đang triển khai', 'not_started': 'Chưa triển khai',
      'not_applicable': 'Không phát sinh'}


def K(task, status, title, rows, ind, note=''):
    return dict(task=task, status=status, title=title, rows=rows, ind=ind, word=W4[status], note=note)


H4 = [
 dict(file='TTPTTN_BC thuc hien KH38_9T2026.xlsx', unit=('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
      number='318/BC-TTDVPTTN', date='2026-10-28', place='TP. Hồ Chí Minh', clerk='Trịnh Quang Minh',
      parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH',
      unit_line='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH',
      title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (9 THÁNG)',
      subtitle='(Số liệu từ 01/01/2026 đến 30/9/2026; cột T1–T9 đã thu gọn, bấm dấu + để xem chi tiết theo tháng)',
      sign_title='GIÁM ĐỐC', signer='Nguyễn Hữu Phước', tasks=[
        K('II.4.a', 'in_progress', 'Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, hiệu chuẩn', [
            ('Kinh phí đã giải ngân', 'tỷ đồng', {3: 0.412, 6: 0.958, 8: 0.776}, 'Dự án mua sắm thiết bị phòng thử nghiệm hóa'),
            ('Thiết bị mới đưa vào sử dụng', 'chiếc', {6: 4, 8: 3}, '')],
          {'budget_spent_vnd': 2146000000}, note='Gói thầu 02 đang thi công lắp đặt'),
        K('II.4.c', 'completed', 'Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia', [
            ('Chuẩn, phương tiện đo được hiệu chuẩn liên kết', 'chiếc', {2: 5, 5: 6, 9: 3}, 'Phối hợp Chi cục')],
          {'instruments_verified': 14}),
        K('II.2.g', 'in_progress', 'Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', [
            ('Phương tiện đo được kiểm định, hiệu chuẩn cho khách hàng', 'phương tiện',
             {1: 812, 2: 640, 3: 1005, 4: 958, 5: 1120, 6: 987, 7: 1034, 8: 902, 9: 978}, ''),
            ('Mẫu thử nghiệm cho khách hàng', 'mẫu', {1: 220, 2: 180, 3: 265, 4: 248, 5: 301, 6: 276, 7: 290, 8: 254, 9: 281}, ''),
            ('Phép thử mới được công nhận (ISO/IEC 17025)', 'phép thử', {7: 12}, '')],
          {'instruments_verified': 8436, 'samples_tested': 2315}),
        K('II.5.b', 'completed', 'Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục', [
            ('Mẫu khảo sát đã thử nghiệm, trả kết quả', 'mẫu', {4: 40, 6: 50, 8: 30}, 'Xăng dầu, mũ bảo hiểm, thép')],
          {'samples_tested': 120}),
        K('II.1.a', 'completed', 'Phối hợp tổ chức tập huấn, tọa đàm cho doanh nghiệp', [
            ('Lớp tập huấn, tọa đàm phối hợp tổ chức', 'lớp', {5: 1, 8: 1}, ''),
            ('Người tham dự', 'lượt', {5: 95, 8: 85}, '')],
          {'training_courses': 2, 'participants': 180}),
        K('II.3.d', 'in_progress', 'Đào tạo, hướng dẫn thực tập cho sinh viên về đo lường, thử nghiệm', [
            ('Buổi đào tạo, hướng dẫn', 'buổi', {3: 1, 7: 2}, 'ĐH Bách khoa, CĐ Kỹ thuật Cao Thắng'),
            ('Sinh viên tham dự', 'lượt', {3: 70, 7: 140}, '')],
          {'training_courses': 3, 'participants': 210})],
      diff=['Một số thiết bị thử nghiệm hiện có đã sử dụng trên 10 năm, chi phí sửa chữa, hiệu chuẩn cao.',
            'Thủ tục mua sắm thiết bị kéo dài do phải lấy nhiều báo giá, thẩm định giá.'],
      prop=['Đề nghị Sở bố trí kinh phí năm 2027 để thay thế thiết bị thử nghiệm đã xuống cấp.',
            'Đề nghị Chi cục chia sẻ kế hoạch khảo sát chất lượng năm 2027 sớm để Trung tâm chủ động chuẩn bị năng lực thử nghiệm.']),

 dict(file='KTPC - so lieu CT38 T10.2026.xlsx', unit=('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'),
      number='57/BC-KTPC', date='2026-10-27', place='TP. Hồ Chí Minh', clerk='Đỗ Minh Triết',
      parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_line='PHÒNG KIỂM TRA – PHÁP CHẾ',
      title='KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH CT38 NĂM 2026',
      subtitle='(Số liệu 9 tháng năm 2026; tiền phạt tính bằng tỷ đồng, làm tròn 3 chữ số thập phân)',
      sign_title='TRƯỞNG PHÒNG', signer='Hồ Thị Bích Ngọc', tasks=[
        K('II.5.a', 'in_progress', 'Phối hợp kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông', [
            ('Cuộc kiểm tra tham gia', 'cuộc', {3: 1, 4: 2, 7: 2, 9: 1}, ''),
            ('Cơ sở được kiểm tra', 'cơ sở', {3: 7, 4: 15, 7: 17, 9: 9}, ''),
            ('Cơ sở vi phạm', 'cơ sở', {4: 3, 7: 3, 9: 1}, ''),
            ('Tiền xử phạt', 'tỷ đồng', {4: 0.012, 7: 0.019, 9: 0.012}, 'Đã nộp ngân sách')],
          {'inspections': 6, 'establishments_inspected': 48, 'violations': 7, 'fines_vnd': 43000000}),
        K('II.5.c', 'in_progress', 'Phối hợp với UBND phường, xã, đặc khu thực hiện nội dung phân quyền', [
            ('Cuộc kiểm tra phối hợp với UBND cấp xã', 'cuộc', {5: 2, 8: 2}, ''),
            ('Cơ sở được kiểm tra', 'cơ sở', {5: 11, 8: 12}, '')],
          {'inspections': 4, 'establishments_inspected': 23}),
        K('II.4.b', 'in_progress', 'Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ', [
            ('Thiết bị kỹ thuật nghiệp vụ được kiểm định, hiệu chuẩn', 'chiếc', {2: 6, 6: 5}, 'Cân đối chứng, bình chuẩn kim loại')],
          {'instruments_verified': 11}),
        K('II.2.c', 'completed', 'Góp ý dự thảo văn bản quy phạm pháp luật về TĐC (khi có yêu cầu)', [
            ('Dự thảo văn bản đã góp ý', 'văn bản', {4: 1, 8: 1}, 'Dự thảo Nghị định hướng dẫn Luật Chất lượng SPHH sửa đổi')], {}),
        K('II.5.d', 'completed', 'Xử lý phản ánh, tố giác vi phạm về TĐC', [
            ('Phản ánh tiếp nhận, đã xử lý xong', 'vụ', {6: 2, 9: 1}, '')], {}),
        K('II.5.b', 'not_applicable', 'Phối hợp khảo sát chất lượng sản phẩm, hàng hóa', [], {}, note='Chi cục tự thực hiện, Phòng không được đề nghị phối hợp')],
      diff=['Lực lượng công chức của Phòng ít, cùng lúc tham gia nhiều đoàn kiểm tra của Sở.'],
      prop=['Đề nghị Chi cục gửi kế hoạch kiểm tra chi tiết theo quý để Phòng bố trí nhân sự phối hợp.']),

 dict(file='TanPhuoc_theo doi CT38.xlsx', unit=('26713', 'Phường Tân Phước'), number='301/BC-UBND', date='2026-10-25',
      place='Tân Phước', clerk='Mai Quốc Minh',
      parent='ỦY BAN NHÂN DÂN', unit_line='PHƯỜNG TÂN PHƯỚC', sheet='CT38_2026',
      title='BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
      subtitle='(Kèm Báo cáo số 301/BC-UBND; số liệu 9 tháng, tiền phạt tính bằng triệu đồng)',
      sign_title='KT. CHỦ TỊCH - PHÓ CHỦ TỊCH', signer='Ngô Văn Sang', tasks=[
        K('II.1.a', 'completed', 'Tuyên truyền, phổ biến về tiêu chuẩn, đo lường, chất lượng', [
            ('Tin, bài tuyên truyền', 'tin/bài', {2: 2, 4: 1, 6: 3, 9: 2}, ''),
            ('Buổi tập huấn cho hộ kinh doanh', 'buổi', {6: 1}, ''),
            ('Người tham dự', 'lượt', {6: 60}, '')],
          {'communications': 8, 'training_courses': 1, 'participants': 60}),
        K('II.5.c', 'in_progress', 'Kiểm tra đo lường, chất lượng theo phân cấp', [
            ('Cuộc kiểm tra', 'cuộc', {3: 1, 6: 1, 9: 1}, ''),
            ('Cơ sở được kiểm tra', 'cơ sở', {3: 5, 6: 4, 9: 5}, ''),
            ('Cơ sở vi phạm', 'cơ sở', {6: 1}, ''),
            ('Tiền phạt', 'triệu đồng', {6: 4.5}, '')],
          {'inspections': 3, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 4500000}),
        K('II.3.a', 'completed', 'Cử công chức dự tập huấn nghiệp vụ', [
            ('Công chức được cử tham dự', 'người', {8: 2}, '')], {'participants': 2}),
        K('II.2.đ', 'in_progress', 'Duy trì hệ thống QLCL TCVN ISO 9001:2015', [], {}, note='Đang cập nhật quy trình sau sắp xếp')],
      diff=['Phường chưa có phương tiện đo đối chứng để kiểm tra nhanh tại chợ.'],
      prop=['Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra.']),
]
