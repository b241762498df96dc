"""Hand 4 — Đặng Văn Lực, a department officer who builds his reports in Excel: a merged-cell title
block, a two-level header ('Kết quả thực hiện' over 'Số lượng | ĐVT'), his own row labels, the
status in an 'Đánh giá' (or 'Ghi chú') column, and a second sheet for difficulties and proposals.
His template circulates to several departments."""
from common import *
from openpyxl.utils import get_column_letter


def xl_report(fname, org, so, date_line, title_lines, rows, money_header=None, status_col='Đánh giá',
              diffs=(), props=(), sheet1='Kết quả', sheet2='Khó khăn, kiến nghị', signer=None,
              text_numbers=False, intro=None):
    """rows: ('g', roman, text) group row; ('t', stt, text, qty, dvt, money, status, note) task row;
    ('s', text, qty, dvt, money, note) indicator sub-row."""
    wb = Workbook()
    ws = wb.active
    ws.title = nfc(sheet1)
    cols = ['STT', 'Nội dung thực hiện', 'Số lượng', 'ĐVT']
    if money_header:
        cols.append(money_header)
    if status_col == 'Đánh giá':
        cols += ['Đánh giá', 'Ghi chú']
    else:
        cols += ['Ghi chú']
    n = len(cols)
    last = get_column_letter(n)
    widths = {'STT': 6, 'Nội dung thực hiện': 58, 'Số lượng': 11, 'ĐVT': 12, 'Đánh giá': 18, 'Ghi chú': 26}
    for i, c in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(c, 16)
    half = 2 if n <= 6 else 3
    xl_merge(ws, f'A1:{get_column_letter(half)}1', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', size=12)
    xl_merge(ws, f'A2:{get_column_letter(half)}2', org, bold=True, size=12)
    xl_merge(ws, f'{get_column_letter(half + 1)}1:{last}1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=12)
    xl_merge(ws, f'{get_column_letter(half + 1)}2:{last}2', 'Độc lập - Tự do - Hạnh phúc', bold=True, size=13)
    if so:
        xl_merge(ws, f'A3:{get_column_letter(half)}3', 'Số: ' + so, size=12)
    xl_merge(ws, f'{get_column_letter(half + 1)}3:{last}3', date_line, italic=True, size=12)
    r = 5
    for k, t in enumerate(title_lines):
        xl_merge(ws, f'A{r}:{last}{r}', t, bold=(k == 0), italic=(k > 0), size=13 if k == 0 else 12)
        ws.row_dimensions[r].height = 20 if k else 34
        r += 1
    if intro:
        xl_merge(ws, f'A{r}:{last}{r}', intro, italic=True, size=11)
        r += 1
    r += 1
    h1, h2 = r, r + 1
    # two-level header
    for i, c in enumerate(cols, 1):
        L = get_column_letter(i)
        if c in ('Số lượng', 'ĐVT'):
            continue
        xl_merge(ws, f'{L}{h1}:{L}{h2}', c, bold=True, border=True)
    xl_merge(ws, f'C{h1}:D{h1}', 'Kết quả thực hiện', bold=True, border=True)
    xl_cell(ws, f'C{h2}', 'Số lượng', bold=True, border=True)
    xl_cell(ws, f'D{h2}', 'ĐVT', bold=True, border=True)
    r = h2 + 1
    # column index numbers row, as many officers do: (1) (2) ...
    for i in range(1, n + 1):
        xl_cell(ws, f'{get_column_letter(i)}{r}', f'({i})', italic=True, size=10, border=True)
    r += 1
    ci = {c: i + 1 for i, c in enumerate(cols)}

    def put(col, val, **kw):
        if col not in ci or val is None:
            if col in ci:
                xl_cell(ws, f'{get_column_letter(ci[col])}{r}', None, border=True)
            return
        if text_numbers and isinstance(val, int) and col == 'Số lượng':
            val = f'{val:02d}' if val < 10 else f'{val:,}'.replace(',', '.')
        xl_cell(ws, f'{get_column_letter(ci[col])}{r}', val, border=True, **kw)

    for row in rows:
        for i in range(1, n + 1):
            ws.cell(row=r, column=i).border = BOX
        if row[0] == 'g':
            xl_cell(ws, f'A{r}', row[1], bold=True, border=True)
            xl_merge(ws, f'B{r}:{last}{r}', row[2], bold=True, align='left', border=True)
        elif row[0] == 't':
            _, stt, text, qty, dvt, money, status, note = row
            put('STT', stt)
            put('Nội dung thực hiện', text, align='left', bold=True)
            put('Số lượng', qty)
            put('ĐVT', dvt)
            if money_header:
                put(money_header, money)
            if status_col == 'Đánh giá':
                put('Đánh giá', status)
                put('Ghi chú', note, align='left')
            else:
                put('Ghi chú', status if not note else f'{status}. {note}' if status else note, align='left')
        else:
            _, text, qty, dvt, money, note = row
            put('STT', '')
            put('Nội dung thực hiện', text, align='left')
            put('Số lượng', qty)
            put('ĐVT', dvt)
            if money_header:
                put(money_header, money)
            if status_col == 'Đánh giá':
                put('Đánh giá', '')
            put('Ghi chú', note, align='left')
        txt = row[2] if row[0] in ('g', 't') else row[1]
        ws.row_dimensions[r].height = 17 * max(1, -(-len(str(txt)) // 62))
        r += 1
    r += 1
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f'{h1}:{h2}'
    if signer:
        xl_merge(ws, f'{get_column_letter(n - 2)}{r}:{last}{r}', signer[0], bold=True)
        xl_merge(ws, f'{get_column_letter(n - 2)}{r + 4}:{last}{r + 4}', signer[1], bold=True)
    # sheet 2
    ws2 = wb.create_sheet(nfc(sheet2))
    ws2.column_dimensions['A'].width = 6
    ws2.column_dimensions['B'].width = 110
    xl_merge(ws2, 'A1:B1', 'KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ', bold=True, size=13)
    r = 3
    xl_cell(ws2, f'A{r}', 'I', bold=True)
    xl_cell(ws2, f'B{r}', 'Khó khăn, vướng mắc', bold=True, align='left')
    r += 1
    for k, x in enumerate(diffs, 1):
        xl_cell(ws2, f'A{r}', k)
        xl_cell(ws2, f'B{r}', x, align='left')
        r += 1
    if not diffs:
        xl_cell(ws2, f'B{r}', 'Không có.', align='left')
        r += 1
    r += 1
    xl_cell(ws2, f'A{r}', 'II', bold=True)
    xl_cell(ws2, f'B{r}', 'Đề xuất, kiến nghị', bold=True, align='left')
    r += 1
    for k, x in enumerate(props, 1):
        xl_cell(ws2, f'A{r}', k)
        xl_cell(ws2, f'B{r}', x, align='left')
        r += 1
    xl_save(wb, fname)


# ============================================================== a. Sở Nội vụ
def so_noi_vu():
    fn = 'SNV_Bieu bao cao CT38_2026.xlsx'
    diffs = ['Một số cơ quan chưa bố trí kinh phí duy trì, cải tiến hệ thống quản lý chất lượng sau khi sắp xếp tổ chức bộ máy.',
             'Công chức phụ trách ISO tại nhiều cơ quan thay đổi, chưa được tập huấn lại.']
    props = ['Đề nghị Ủy ban nhân dân Thành phố chỉ đạo các cơ quan, đơn vị bố trí kinh phí duy trì ISO trong dự toán năm 2027.',
             'Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn chuyên gia đánh giá nội bộ cho công chức phụ trách ISO của các cơ quan.']
    xl_report(fn, 'SỞ NỘI VỤ', '3120/BC-SNV', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
              ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
               '(Theo Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ)'],
              [('g', 'I', 'Áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước'),
               ('t', 1, 'Hướng dẫn, kiểm tra việc xây dựng, áp dụng, duy trì HTQLCL theo TCVN ISO 9001:2015', None, None, None, 'Hoàn thành', 'Phối hợp Chi cục TĐC'),
               ('s', '- Cơ quan, đơn vị được hướng dẫn', 42, 'cơ quan', None, ''),
               ('s', '- Cuộc kiểm tra việc áp dụng', 6, 'cuộc', None, ''),
               ('s', '- Tỷ lệ cơ quan đã công bố lại HTQLCL sau sắp xếp', 100, '%', None, ''),
               ('g', 'II', 'Bồi dưỡng, thu hút nguồn nhân lực'),
               ('t', 2, 'Phối hợp mở lớp bồi dưỡng kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã', None, None, 54.6, 'Đang thực hiện', 'Lớp thứ 3 tổ chức tháng 11/2026'),
               ('s', '- Số lớp', 2, 'lớp', None, ''),
               ('s', '- Số học viên', 236, 'lượt người', None, ''),
               ('t', 3, 'Thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND', '-', None, None, 'Không phát sinh', '')],
              money_header='Kinh phí đã sử dụng (triệu đồng)', diffs=diffs, props=props,
              signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lý Thị Hồng Vân'))
    truth(fn, 'SO-NV', '3120/BC-SNV', '2026-10-27', [
        E('II.2.đ', 'completed', enterprises_supported=42, inspections=6),
        E('II.3.a', 'in_progress', training_courses=2, participants=236, budget_spent_vnd=54600000),
        E('II.3.c', 'not_applicable'),
    ], diffs, props)


# ============================================================== b. Sở Tư pháp (status in 'Ghi chú', no Số)
def so_tu_phap():
    fn = 'STP - Phu luc ket qua CT38 (kem CV 4518).xlsx'
    diffs = ['Việc phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng chưa được lồng ghép thường xuyên trong chương trình phổ biến, giáo dục pháp luật của các phường, xã.']
    props = ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng để đăng tải trên Trang thông tin phổ biến, giáo dục pháp luật Thành phố.']
    xl_report(fn, 'SỞ TƯ PHÁP', None, 'Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
              ['KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
               '(Kèm theo Công văn số 4518/STP-XDKTVB ngày 22 tháng 10 năm 2026 của Sở Tư pháp)'],
              [('t', 1, 'Góp ý, thẩm định dự thảo văn bản quy phạm pháp luật có nội dung về tiêu chuẩn, đo lường, chất lượng', 3, 'văn bản', None, 'Đã hoàn thành', ''),
               ('t', 2, 'Phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng', None, None, None, 'Hoàn thành', ''),
               ('s', '- Hội nghị phổ biến pháp luật', 2, 'hội nghị', None, ''),
               ('s', '- Người tham dự', 180, 'lượt người', None, ''),
               ('s', '- Tin, bài trên Trang thông tin PBGDPL', 5, 'tin, bài', None, ''),
               ('t', 3, 'Tiếp nhận, xử lý thông tin tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng', '-', None, None, 'Không phát sinh', '')],
              status_col='Ghi chú', diffs=diffs, props=props, sheet1='Phụ lục', sheet2='Kiến nghị',
              text_numbers=True)
    truth(fn, 'SO-TP', None, '2026-10-22', [
        E('II.2.c', 'completed'),
        E('II.1.a', 'completed', training_courses=2, participants=180, communications=5),
        E('II.5.d', 'not_applicable'),
    ], diffs, props)


# ============================================================== c. Sở Quy hoạch - Kiến trúc
def so_qhkt():
    fn = 'SQHKT bao cao CT38 nam 2026.xlsx'
    diffs = ['Việc xây dựng quy chuẩn kỹ thuật địa phương về kiến trúc cần nhiều số liệu khảo sát hiện trạng, kinh phí được giao chưa đáp ứng.']
    props = ['Kiến nghị Ủy ban nhân dân Thành phố bổ sung kinh phí năm 2027 để hoàn thành Quy chuẩn kỹ thuật địa phương về kiến trúc nhà ở riêng lẻ.',
             'Đề nghị Bộ Xây dựng có ý kiến hướng dẫn về phạm vi điều chỉnh của quy chuẩn kỹ thuật địa phương trong lĩnh vực kiến trúc.']
    xl_report(fn, 'SỞ QUY HOẠCH - KIẾN TRÚC', '2877/BC-SQHKT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
              ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
               '(Số liệu tính đến ngày 25/10/2026)'],
              [('t', 1, 'Nghiên cứu xây dựng Quy chuẩn kỹ thuật địa phương về kiến trúc nhà ở riêng lẻ khu vực trung tâm; góp ý dự thảo quy chuẩn, tiêu chuẩn', None, None, 185, 'Đang xây dựng dự thảo', ''),
               ('s', '- Dự thảo QCVN, TCVN đã góp ý', 2, 'dự thảo', None, 'QCVN 01:2021/BXD sửa đổi; TCVN về nhà ở'),
               ('t', 2, 'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở', None, None, None, 'Đã hoàn thành', ''),
               ('s', '- Thủ tục hành chính áp dụng', 31, 'thủ tục', None, ''),
               ('t', 3, 'Cử công chức tham gia lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng', 3, 'người', None, 'Hoàn thành', 'Lớp do Chi cục TĐC tổ chức')],
              money_header='Kinh phí đã sử dụng (triệu đồng)', diffs=diffs, props=props,
              signer=('GIÁM ĐỐC', 'Trần Hoàng Quân'))
    truth(fn, 'SO-QHKT', '2877/BC-SQHKT', '2026-10-30', [
        E('II.2.e', 'in_progress', standards_reviewed=2, budget_spent_vnd=185000000),
        E('II.2.đ', 'completed'),
        E('II.3.a', 'completed', participants=3),
    ], diffs, props)


# ============================================================== d. Sở Công Thương — 9 tháng
def so_ct_9t():
    fn = 'SCT_9thang_CT38.xlsx'
    diffs = ['Thời gian trả kết quả thử nghiệm mẫu xăng dầu còn dài, ảnh hưởng đến tiến độ xử lý vi phạm.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả kiểm tra đo lường tại các cửa hàng xăng dầu để tránh kiểm tra trùng lặp.']
    xl_report(fn, 'SỞ CÔNG THƯƠNG', '1466/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2026',
              ['BÁO CÁO KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2026',
               'Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng'],
              [('g', 'I', 'Tuyên truyền, tập huấn'),
               ('t', 1, 'Tập huấn quy định đo lường cho thương nhân kinh doanh xăng dầu, LPG', None, None, None, 'Hoàn thành', ''),
               ('s', '- Số lớp', 2, 'lớp', None, ''),
               ('s', '- Số người tham dự', 186, 'lượt người', None, ''),
               ('g', 'II', 'Hỗ trợ doanh nghiệp'),
               ('t', 2, 'Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, ISO 14001, 5S, Kaizen (Chương trình khuyến công)', None, None, None, 'Đang thực hiện', ''),
               ('s', '- Doanh nghiệp được hỗ trợ', 9, 'doanh nghiệp', None, ''),
               ('s', '- Kinh phí đã giải ngân', None, None, 980, ''),
               ('g', 'III', 'Kiểm tra, phối hợp kiểm tra'),
               ('t', 3, 'Kiểm tra đo lường, chất lượng xăng dầu', None, None, None, 'Đang thực hiện', ''),
               ('s', '- Số cuộc kiểm tra', 3, 'cuộc', None, ''),
               ('s', '- Số cửa hàng được kiểm tra', 41, 'cửa hàng', None, ''),
               ('s', '- Số cửa hàng vi phạm', 4, 'cửa hàng', None, ''),
               ('s', '- Tiền xử phạt', None, None, 126.5, ''),
               ('t', 4, 'Phối hợp UBND phường, xã kiểm tra cân tại chợ truyền thống', None, None, None, '', 'Phối hợp Chi cục TĐC'),
               ('s', '- Số cuộc kiểm tra', 8, 'cuộc', None, ''),
               ('s', '- Số chợ được kiểm tra', 15, 'chợ', None, '')],
              money_header='Số tiền (triệu đồng)', diffs=diffs, props=props, sheet1='9 thang', sheet2='KK-KN')
    truth(fn, 'SO-CT', '1466/BC-SCT', '2026-09-30', [
        E('II.1.a', 'completed', training_courses=2, participants=186),
        E('II.2.d', 'in_progress', enterprises_supported=9, budget_spent_vnd=980000000),
        E('II.5.a', 'in_progress', inspections=3, establishments_inspected=41, violations=4, fines_vnd=126500000),
        E('II.5.c', 'unknown', inspections=8, establishments_inspected=15),
    ], diffs, props)


# ============================================================== e. Sở Y tế — 6 tháng
def so_yt_6t():
    fn = 'SYT - bieu 6 thang CT38.xlsx'
    diffs = ['Các bệnh viện tư nhân chưa gửi đầy đủ danh mục phương tiện đo nhóm 2 đang sử dụng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo dùng trong y tế.']
    xl_report(fn, 'SỞ Y TẾ', '3305/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 26 tháng 6 năm 2026',
              ['BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026', 'Thực hiện Kế hoạch số 215/KH-SKHCN trong lĩnh vực y tế'],
              [('t', 1, 'Hội nghị phổ biến quy định về phương tiện đo nhóm 2 dùng trong khám bệnh, chữa bệnh', None, None, None, 'Hoàn thành', 'Phối hợp Chi cục TĐC'),
               ('s', '- Số hội nghị', 1, 'hội nghị', None, ''),
               ('s', '- Số đại biểu', 215, 'người', None, ''),
               ('t', 2, 'Kiểm tra việc chấp hành quy định về đo lường tại cơ sở khám bệnh, chữa bệnh', None, None, None, 'Đang thực hiện', ''),
               ('s', '- Đoàn kiểm tra', 2, 'đoàn', None, ''),
               ('s', '- Cơ sở được kiểm tra', 17, 'cơ sở', None, ''),
               ('s', '- Cơ sở vi phạm', 2, 'cơ sở', None, 'Nhắc nhở'),
               ('s', '- Phương tiện đo nhóm 2 đã được kiểm định', 1406, 'chiếc', None, ''),
               ('t', 3, 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về thiết bị y tế', 1, 'dự thảo', None, 'Đang thực hiện', '')],
              diffs=diffs, props=props, sheet1='Bieu 01', sheet2='Bieu 02', text_numbers=True)
    truth(fn, 'SO-YT', '3305/BC-SYT', '2026-06-26', [
        E('II.1.a', 'completed', training_courses=1, participants=215),
        E('II.5.a', 'in_progress', inspections=2, establishments_inspected=17, violations=2, instruments_verified=1406),
        E('II.2.e', 'in_progress', standards_reviewed=1),
    ], diffs, props)


# ============================================================== f. Sở Du lịch
def so_du_lich():
    fn = 'Sở Du lịch - Báo cáo CT38 năm 2026.xlsx'
    diffs = ['Doanh nghiệp du lịch chủ yếu quy mô nhỏ, chưa quan tâm tham dự Giải thưởng Chất lượng Quốc gia.']
    props = ['Đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia bổ sung tiêu chí đánh giá riêng cho doanh nghiệp dịch vụ du lịch trong Giải thưởng Chất lượng Quốc gia.',
             'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức lớp tập huấn năng suất cho doanh nghiệp lữ hành năm 2027.']
    xl_report(fn, 'SỞ DU LỊCH', '1021/BC-SDL', 'Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026',
              ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 TRONG LĨNH VỰC DU LỊCH'],
              [('g', 'I', 'Tuyên truyền, vận động'),
               ('t', 1, 'Tuyên truyền, vận động doanh nghiệp du lịch tham dự Giải thưởng Chất lượng Quốc gia', None, None, None, 'Hoàn thành', ''),
               ('s', '- Tin, bài', 4, 'tin, bài', None, ''),
               ('s', '- Doanh nghiệp được hướng dẫn hồ sơ', 3, 'doanh nghiệp', None, ''),
               ('g', 'II', 'Hỗ trợ áp dụng tiêu chuẩn'),
               ('t', 2, 'Hướng dẫn cơ sở lưu trú, doanh nghiệp lữ hành áp dụng tiêu chuẩn quốc gia về du lịch', None, None, None, 'Đang triển khai', 'Áp dụng 06 TCVN về du lịch'),
               ('s', '- Cơ sở được hướng dẫn', 27, 'cơ sở', None, ''),
               ('g', 'III', 'Đào tạo, tập huấn'),
               ('t', 3, 'Tập huấn nâng cao năng suất, chất lượng dịch vụ cho doanh nghiệp du lịch', None, None, 45.5, 'Hoàn thành', ''),
               ('s', '- Lớp', 1, 'lớp', None, ''),
               ('s', '- Học viên', 58, 'học viên', None, '')],
              money_header='Kinh phí (triệu đồng)', diffs=diffs, props=props,
              signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Bùi Thị Ngọc Hiếu'),
              intro='Kính gửi: Sở Khoa học và Công nghệ')
    truth(fn, 'SO-DL', '1021/BC-SDL', '2026-11-03', [
        E('II.1.b', 'completed', communications=4, enterprises_supported=3),
        E('II.2.d', 'in_progress', enterprises_supported=27),
        E('II.3.b', 'completed', training_courses=1, participants=58, budget_spent_vnd=45500000),
    ], diffs, props)


# ============================================================== g. Sở Nông nghiệp và Môi trường — 6 tháng
def so_nnmt_6t():
    fn = 'SNNMT_6 thang_KH215.xlsx'
    diffs = ['Kinh phí lấy mẫu phân tích vật tư nông nghiệp 6 tháng đầu năm chưa được cấp đủ.']
    props = ['Đề nghị Sở Tài chính sớm thẩm định, bổ sung kinh phí lấy mẫu phân tích chất lượng vật tư nông nghiệp.',
             'Đề nghị Sở Khoa học và Công nghệ phối hợp hướng dẫn quy trình xây dựng quy chuẩn kỹ thuật địa phương.']
    xl_report(fn, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '1380/BC-SNNMT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 6 năm 2026',
              ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2026', 'Kết quả thực hiện Kế hoạch số 215/KH-SKHCN của Sở Khoa học và Công nghệ'],
              [('t', 1, 'Tập huấn ghi nhãn phân bón, thuốc bảo vệ thực vật cho nông dân, cơ sở kinh doanh', None, None, None, 'Đang thực hiện', ''),
               ('s', '- Lớp tập huấn', 2, 'lớp', None, ''),
               ('s', '- Người tham dự', 150, 'lượt người', None, ''),
               ('t', 2, 'Hỗ trợ truy xuất nguồn gốc nông sản (Đề án 100)', None, None, 95, 'Đang thực hiện', ''),
               ('s', '- HTX, doanh nghiệp được hỗ trợ', 15, 'đơn vị', None, ''),
               ('t', 3, 'Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi', None, None, None, 'Đang thực hiện', ''),
               ('s', '- Đoàn kiểm tra', 4, 'đoàn', None, ''),
               ('s', '- Cơ sở được kiểm tra', 138, 'cơ sở', None, ''),
               ('s', '- Mẫu lấy phân tích', 45, 'mẫu', None, ''),
               ('s', '- Cơ sở vi phạm', 9, 'cơ sở', None, ''),
               ('s', '- Tiền xử phạt', None, None, 162.3, ''),
               ('t', 4, 'Xây dựng Quy chuẩn kỹ thuật địa phương về nước thải chăn nuôi', None, None, None, 'Chưa thực hiện', 'Dự kiến Quý III/2026')],
              money_header='Số tiền (triệu đồng)', diffs=diffs, props=props, signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Huỳnh Văn Phước'))
    truth(fn, 'SO-NNMT', '1380/BC-SNNMT', '2026-06-30', [
        E('II.1.a', 'in_progress', training_courses=2, participants=150),
        E('II.2.a', 'in_progress', enterprises_supported=15, budget_spent_vnd=95000000),
        E('II.5.a', 'in_progress', inspections=4, establishments_inspected=138, samples_tested=45, violations=9, fines_vnd=162300000),
        E('II.2.e', 'not_started'),
    ], diffs, props)


def build():
    so_noi_vu()
    so_tu_phap()
    so_qhkt()
    so_ct_9t()
    so_yt_6t()
    so_du_lich()
    so_nnmt_6t()
    return []
