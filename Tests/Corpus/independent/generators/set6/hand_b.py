"""Hand B: a statistician's workbook. Code column, 'Cộng nhóm'/'Tổng cộng' subtotal rows, blank separator rows,
units in column headers, decimal commas."""
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import *

thin = Side(style='thin'); BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(name='Times New Roman', bold=True, size=12); N = Font(name='Times New Roman', size=12)
I = Font(name='Times New Roman', italic=True, size=12)


def put(ws, r, c, v, font=N, border=False, wrap=False, align=None, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = font
    if border: cell.border = BORDER
    cell.alignment = Alignment(wrap_text=wrap, horizontal=align, vertical='center')
    if fmt: cell.number_format = fmt
    return cell


def table(ws, r0, header, rows, widths, bold_rows=()):
    for j, h in enumerate(header, 1):
        put(ws, r0, j, h, B, True, True, 'center')
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    r = r0 + 1
    for row in rows:
        if row is None:
            r += 1; continue  # blank separator row
        bold = isinstance(row[0], str) and (row[0].startswith('#'))
        vals = list(row)
        if bold: vals[0] = vals[0][1:]
        for j, v in enumerate(vals, 1):
            fmt = '#,##0' if isinstance(v, int) else ('#,##0.00' if isinstance(v, float) else None)
            put(ws, r, j, v, B if bold else N, True, j in (2, 3, 7, 8), None, fmt)
        r += 1
    return r


def header_rows(ws, parent, unit, number, date_line, title, sub):
    put(ws, 1, 1, parent, N); put(ws, 1, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B)
    put(ws, 2, 1, unit, B); put(ws, 2, 5, 'Độc lập - Tự do - Hạnh phúc', B)
    put(ws, 3, 1, number, N); put(ws, 3, 5, date_line, I)
    put(ws, 5, 1, title, B); ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=7)
    ws.cell(5, 1).alignment = Alignment(horizontal='center')
    put(ws, 6, 1, sub, I); ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=7)
    ws.cell(6, 1).alignment = Alignment(horizontal='center')


def resave_lo(path):
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', tmp, path],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)


def build_b1():
    fname = 'TTPTTN_bieu_CT38_2026.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Bieu 01-KQ'
    header_rows(ws, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH',
                'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Số: 74/BC-TTPTTN',
                'TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
                'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
                '(Số liệu tính đến ngày 20/10/2026)')
    hdr = ['Mã NV', 'Nội dung nhiệm vụ', 'Chỉ tiêu', 'Số lượng', 'Kinh phí đã sử dụng (triệu đồng)', 'Tình hình thực hiện', 'Ghi chú']
    rows = [
        ('#II.2', 'Nhóm 2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng', None, None, None, None, None),
        ('II.2.g', 'Củng cố, mở rộng phạm vi dịch vụ kỹ thuật về TĐC', 'Lĩnh vực thử nghiệm được mở rộng công nhận', 4, '185,6', 'Đang thực hiện', 'Mở rộng phạm vi công nhận ISO/IEC 17025'),
        (None, None, 'Phương tiện đo được kiểm định, hiệu chuẩn', 14582, None, None, None),
        (None, None, 'Mẫu sản phẩm, hàng hóa được thử nghiệm', 2316, None, None, None),
        (None, None, 'Doanh nghiệp được tư vấn, hướng dẫn', 37, None, None, None),
        ('#', 'Cộng nhóm 2', None, None, '185,6', None, None),
        None,
        ('#II.3', 'Nhóm 3. Đào tạo nguồn nhân lực', None, None, None, None, None),
        ('II.3.d', 'Đào tạo, bồi dưỡng về đo lường cho viên chức, người lao động', 'Lớp đào tạo kiểm định viên', 2, '-', 'Hoàn thành', 'Kinh phí do học viên đóng'),
        (None, None, 'Học viên tham dự', 46, None, None, None),
        ('#', 'Cộng nhóm 3', None, None, '-', None, None),
        None,
        ('#II.4', 'Nhóm 4. Đầu tư ngân sách nhà nước', None, None, None, None, None),
        ('II.4.a', 'Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, hiệu chuẩn', 'Thiết bị được đầu tư, đưa vào sử dụng', 6, '2.340,0', 'Đang thực hiện', 'Gói thầu số 2 đang thực hiện'),
        ('II.4.c', 'Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia', 'Chuẩn đo lường được hiệu chuẩn liên kết', 28, '96,25', 'Hoàn thành', None),
        ('#', 'Cộng nhóm 4', None, None, '2.436,25', None, None),
        None,
        ('#', 'TỔNG CỘNG', None, None, '2.621,85', None, None),
    ]
    r = table(ws, 8, hdr, rows, [9, 40, 34, 11, 16, 16, 26])
    put(ws, r + 1, 1, 'Khó khăn, vướng mắc:', B)
    diffs = ['Một số thiết bị hiệu chuẩn đã sử dụng trên 10 năm, chi phí bảo trì và hiệu chuẩn liên kết chuẩn ngày càng cao.',
             'Thủ tục mua sắm thiết bị chuyên dùng kéo dài, ảnh hưởng tiến độ giải ngân.']
    for k, x in enumerate(diffs): put(ws, r + 2 + k, 1, f'{k+1}. {x}')
    put(ws, r + 5, 1, 'Đề xuất:', B)
    props = ['Đề nghị Sở bố trí kinh phí năm 2027 để thay thế chuẩn đo lường áp suất và chuẩn khối lượng đã xuống cấp.']
    for k, x in enumerate(props): put(ws, r + 6 + k, 1, f'{k+1}. {x}')
    put(ws, r + 8, 2, 'NGƯỜI LẬP BIỂU', B); put(ws, r + 8, 6, 'GIÁM ĐỐC', B)
    put(ws, r + 12, 2, 'Đỗ Minh Tâm', B); put(ws, r + 12, 6, 'Vũ Ngọc Hải', B)
    wb.properties.creator = 'tam.dm'
    wb.save(os.path.join(ROOT, fname))
    entries = [
        E('II.2.g', 'in_progress', {'instruments_verified': 14582, 'samples_tested': 2316, 'enterprises_supported': 37, 'budget_spent_vnd': 185600000},
          'Củng cố, mở rộng phạm vi dịch vụ kỹ thuật về TĐC | Đang thực hiện', 'xl/worksheets/sheet1.xml rows 10-13'),
        E('II.3.d', 'completed', {'training_courses': 2, 'participants': 46}, 'Đào tạo, bồi dưỡng về đo lường cho viên chức, người lao động | Hoàn thành', 'xl/worksheets/sheet1.xml rows 17-18'),
        E('II.4.a', 'in_progress', {'budget_spent_vnd': 2340000000}, 'Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, hiệu chuẩn | Đang thực hiện', 'xl/worksheets/sheet1.xml row 22'),
        E('II.4.c', 'completed', {'instruments_verified': 28, 'budget_spent_vnd': 96250000}, 'Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia | Hoàn thành', 'xl/worksheets/sheet1.xml row 23'),
    ]
    write_key(fname, 'SKHCN-TTPTTN', '74/BC-TTPTTN', '2026-10-28', entries, diffs, props)


def build_b2():
    fname = 'SCT - Bieu tong hop CT38 (gui SKHCN).xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'TH'
    header_rows(ws, 'ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', 'Số: 1843/BC-SCT',
                'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026',
                'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ',
                '(Kèm theo Báo cáo số 1843/BC-SCT ngày 05/11/2026 của Sở Công Thương)')
    hdr = ['Mã', 'Nhiệm vụ', 'Kết quả thực hiện', 'Số cuộc kiểm tra (cuộc)', 'Số cơ sở được kiểm tra (cơ sở)', 'Số cơ sở vi phạm (cơ sở)',
           'Số tiền xử phạt (triệu đồng)', 'Tiến độ']
    t1 = 'Đăng 15 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở Công Thương'
    t2 = 'Góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương'
    t3 = 'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'
    t4 = 'Lực lượng quản lý thị trường kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện)'
    t5 = 'Kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại cửa hàng bán lẻ'
    t6 = 'Cử 05 công chức tham gia tập huấn nghiệp vụ do Chi cục TĐC tổ chức'
    rows = [
        ('#I', 'TUYÊN TRUYỀN, XÂY DỰNG VĂN BẢN', None, None, None, None, None, None),
        ('NV01', 'Tuyên truyền, phổ biến pháp luật về TĐC', t1, None, None, None, None, 'Hoàn thành'),
        ('NV02', 'Góp ý xây dựng TCVN, QCVN', t2, None, None, None, None, 'Hoàn thành'),
        ('NV03', 'Áp dụng HTQLCL trong cơ quan hành chính', t3, None, None, None, None, 'Hoàn thành'),
        None,
        ('#II', 'KIỂM TRA, GIÁM SÁT', None, None, None, None, None, None),
        ('NV04', 'Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường', t4, 38, 212, 41, 386.5, 'Đang thực hiện'),
        ('NV05', 'Kiểm tra đo lường, chất lượng xăng dầu, LPG', t5, 12, 64, 5, 92.25, 'Đang thực hiện'),
        ('#', 'Cộng nhóm II', None, 50, 276, 46, 478.75, None),
        None,
        ('#III', 'ĐÀO TẠO, TẬP HUẤN', None, None, None, None, None, None),
        ('NV06', 'Tham gia tập huấn chuyên môn về TĐC', t6, None, None, None, None, 'Hoàn thành'),
        None,
        ('#', 'Tổng cộng', None, 50, 276, 46, 478.75, None),
    ]
    r = table(ws, 8, hdr, rows, [7, 34, 46, 12, 14, 12, 14, 14])
    put(ws, r + 1, 1, 'Ghi chú: Số liệu kiểm tra tính từ 01/01/2026 đến 31/10/2026.', I)
    put(ws, r + 2, 1, 'Khó khăn, vướng mắc:', B)
    diffs = ['Chưa có quy định cụ thể về phối hợp lấy mẫu, thử nghiệm giữa lực lượng quản lý thị trường và Chi cục TĐC, kinh phí thử nghiệm mẫu còn hạn chế.']
    put(ws, r + 3, 1, '- ' + diffs[0])
    put(ws, r + 4, 1, 'Kiến nghị:', B)
    props = ['Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng hàng hóa lưu thông giữa các sở, ngành.',
             'Đề nghị bố trí kinh phí thử nghiệm mẫu phục vụ kiểm tra đột xuất.']
    for k, x in enumerate(props): put(ws, r + 5 + k, 1, '- ' + x)
    wb.properties.creator = 'thongke.sct'
    path = os.path.join(ROOT, fname)
    wb.save(path)
    resave_lo(path)
    entries = [
        E('II.1.a', 'completed', {'communications': 15}, t1, 'xl/worksheets/sheet1.xml row 10 (NV01)'),
        E('II.2.e', 'completed', {'standards_reviewed': 4}, t2, 'xl/worksheets/sheet1.xml row 11 (NV02)'),
        E('II.2.đ', 'completed', {}, t3, 'xl/worksheets/sheet1.xml row 12 (NV03)'),
        E('II.5.a', 'in_progress', {'inspections': 50, 'establishments_inspected': 276, 'violations': 46, 'fines_vnd': 478750000},
          t4 + ' / ' + t5, 'xl/worksheets/sheet1.xml rows 15-16 (NV04, NV05)'),
        E('II.3.a', 'completed', {'participants': 5}, t6, 'xl/worksheets/sheet1.xml row 20 (NV06)'),
    ]
    write_key(fname, 'SO-CT', '1843/BC-SCT', '2026-11-05', entries, diffs, props)


def build_b3():
    fname = 'LongHai_CT38_T10.2026.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'BC CT38'
    header_rows(ws, 'ỦY BAN NHÂN DÂN', 'XÃ LONG HẢI', 'Số: 58/BC-UBND', 'Long Hải, ngày 03 tháng 11 năm 2026',
                'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', '(Kỳ báo cáo: từ 01/01/2026 đến 31/10/2026)')
    hdr = ['Mã nhiệm vụ', 'Nội dung', 'Chỉ tiêu', 'Số lượng', 'Kinh phí đã chi (nghìn đồng)', 'Phạt VPHC (triệu đồng)', 'Kết quả']
    rows = [
        ('II.1.a', 'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh', None, None, '12.500', None, 'Đã hoàn thành'),
        (None, None, '- Hội nghị tuyên truyền (buổi)', 2, None, None, None),
        (None, None, '- Lượt người tham dự', 130, None, None, None),
        (None, None, '- Tin, bài tuyên truyền', 7, None, None, None),
        None,
        ('II.5.c', 'Thực hiện nội dung được phân cấp: kiểm tra đo lường tại chợ, cửa hàng xăng dầu', None, None, None, '4,5', 'Đang thực hiện'),
        (None, None, '- Số cuộc kiểm tra', 3, None, None, None),
        (None, None, '- Cơ sở được kiểm tra', 15, None, None, None),
        (None, None, '- Cơ sở vi phạm', 2, None, None, None),
        None,
        ('II.3.a', 'Cử công chức tham gia tập huấn nghiệp vụ TĐC', None, None, None, None, 'Đã hoàn thành'),
        (None, None, '- Công chức được cử', 1, None, None, None),
        None,
        ('#', 'Tổng cộng', None, None, '12.500', '4,5', None),
    ]
    r = table(ws, 8, hdr, rows, [12, 44, 30, 10, 16, 14, 16])
    put(ws, r + 1, 1, 'Khó khăn:', B)
    diffs = ['Xã chưa có công chức chuyên môn về đo lường, chất lượng; việc kiểm tra phụ thuộc vào lực lượng của Chi cục.']
    put(ws, r + 2, 2, diffs[0])
    put(ws, r + 3, 1, 'Đề xuất:', B)
    props = ['Đề nghị Chi cục TĐC tổ chức lớp tập huấn tại chỗ cho các xã ven biển.']
    put(ws, r + 4, 2, props[0])
    put(ws, r + 6, 6, 'KT. CHỦ TỊCH', B); put(ws, r + 7, 6, 'PHÓ CHỦ TỊCH', B); put(ws, r + 11, 6, 'Trương Minh Đức', B)
    wb.properties.creator = 'vp.longhai'
    wb.save(os.path.join(ROOT, fname))
    entries = [
        E('II.1.a', 'completed', {'training_courses': 2, 'participants': 130, 'communications': 7, 'budget_spent_vnd': 12500000},
          'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh | Đã hoàn thành', 'xl/worksheets/sheet1.xml rows 9-12'),
        E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 15, 'violations': 2, 'fines_vnd': 4500000},
          'Thực hiện nội dung được phân cấp: kiểm tra đo lường tại chợ, cửa hàng xăng dầu | Đang thực hiện', 'xl/worksheets/sheet1.xml rows 14-17'),
        E('II.3.a', 'completed', {'participants': 1}, 'Cử công chức tham gia tập huấn nghiệp vụ TĐC | Đã hoàn thành', 'xl/worksheets/sheet1.xml rows 19-20'),
    ]
    write_key(fname, '26662', '58/BC-UBND', '2026-11-03', entries, diffs, props)


def build_b4():
    fname = 'TanDongHiep_bieu_bao_cao_T10.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Bieu thu NS'
    header_rows(ws, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN ĐÔNG HIỆP', 'Số: 201/BC-UBND', 'Tân Đông Hiệp, ngày 09 tháng 10 năm 2026',
                'BIỂU TỔNG HỢP KẾT QUẢ THU NGÂN SÁCH NHÀ NƯỚC 9 THÁNG NĂM 2026', '(Đơn vị tính: triệu đồng)')
    hdr = ['Mã', 'Nội dung thu', 'Dự toán năm (triệu đồng)', 'Thực hiện 9 tháng (triệu đồng)', 'Tỷ lệ (%)', 'Cùng kỳ (%)', 'Ghi chú']
    rows = [
        ('#A', 'THU NỘI ĐỊA', None, None, None, None, None),
        ('TN01', 'Thuế công thương nghiệp ngoài quốc doanh', '48.200', '36.915,4', '76,6', '104,2', None),
        ('TN02', 'Lệ phí trước bạ', '21.000', '15.330,0', '73,0', '98,1', None),
        ('TN03', 'Thu phạt vi phạm hành chính', '1.500', '1.212,5', '80,8', '111,0', None),
        ('#', 'Cộng nhóm A', '70.700', '53.457,9', '75,6', None, None),
        None,
        ('#', 'Tổng cộng', '70.700', '53.457,9', '75,6', None, None),
    ]
    table(ws, 8, hdr, rows, [7, 40, 16, 16, 10, 10, 14])
    wb.properties.creator = 'ketoan.tdh'
    wb.save(os.path.join(ROOT, fname))
    write_key(fname, '25945', '201/BC-UBND', '2026-10-09', [], [], [], status='rejected',
              reason='Biểu tổng hợp thu ngân sách nhà nước 9 tháng, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')


if __name__ == '__main__':
    build_b1(); build_b2(); build_b3(); build_b4()
