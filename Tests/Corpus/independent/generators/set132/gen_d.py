# HAND D — Võ Thị Ngọc Hân (thống kê phường) fills the "Kết quả (bộ phận chuyên môn ghi)" column;
# the Chánh Văn phòng reviews in the same workbook: a column "Ý kiến rà soát của Văn phòng" holding
# "Thống nhất", or "Sửa lại: …" with the corrected figure (the original cell is left as typed), or
# "Bỏ dòng này …" for rows that do not belong; Excel notes on a few cells; the status column is the one
# the Văn phòng settled ("Tình trạng (VP chốt)", drop-down).
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from gen import HERE

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)
REV = 'Lam Thi Thu - CVP'


def d_book(fname, unit_upper, num, dateline, title, rows, diffs, props, signer, sheet='BC CT38', status_list=None, subtitle=None):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [6, 38, 44, 40, 16, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells('A1:B1'); ws['A1'] = 'ỦY BAN NHÂN DÂN'
    ws.merge_cells('A2:B2'); ws['A2'] = unit_upper; ws['A2'].font = Font(bold=True)
    ws.merge_cells('A3:B3'); ws['A3'] = num
    ws.merge_cells('C1:F1'); ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C1'].font = Font(bold=True)
    ws.merge_cells('C2:F2'); ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['C2'].font = Font(bold=True)
    ws.merge_cells('C3:F3'); ws['C3'] = dateline; ws['C3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'C1', 'C2', 'C3'):
        ws[c].alignment = CEN
    ws.merge_cells('A5:F5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = CEN
    ws.row_dimensions[5].height = 36
    ws.merge_cells('A6:F6'); ws['A6'] = subtitle or '(Bảng do bộ phận chuyên môn lập; Văn phòng HĐND và UBND rà soát, chốt tình trạng)'
    ws['A6'].font = Font(italic=True); ws['A6'].alignment = CEN
    hdr = ['STT', 'Nội dung công việc', 'Kết quả (bộ phận chuyên môn ghi)', 'Ý kiến rà soát của Văn phòng', 'Tình trạng (VP chốt)', 'Bộ phận']
    r = 8
    for i, h in enumerate(hdr):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True); c.alignment = CEN; c.border = BOX
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    dv = DataValidation(type='list', formula1='"%s"' % ','.join(status_list or ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Không phát sinh']), allow_blank=True)
    ws.add_data_validation(dv)
    for n, row in enumerate(rows, 1):
        r += 1
        vals = [n] + list(row[:5])
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v); c.alignment = WRAP if i else CEN; c.border = BOX
        dv.add(ws.cell(r, 5))
        if len(row) > 5 and row[5]:
            col, text = row[5]
            ws.cell(r, col).comment = Comment(text, REV, width=260, height=90)
        if row[2].startswith('Bỏ'):
            for i in range(1, 7):
                ws.cell(r, i).fill = PatternFill('solid', fgColor='FCE4D6')
    r += 2
    ws.cell(r, 1, 'KHÓ KHĂN, VƯỚNG MẮC:').font = Font(bold=True)
    for x in diffs:
        r += 1
        text, note = (x if isinstance(x, tuple) else (x, None))
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 2, text).alignment = WRAP
        if note:
            ws.cell(r, 5, note).font = Font(italic=True, color='C00000')
    r += 1
    ws.cell(r, 1, 'ĐỀ XUẤT, KIẾN NGHỊ:').font = Font(bold=True)
    for x in props:
        r += 1
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 2, x).alignment = WRAP
    r += 2
    for i, l in enumerate(signer):
        ws.cell(r + i, 4, l).font = Font(bold=True)
        ws.cell(r + i, 4).alignment = Alignment(horizontal='center')
    ws.cell(r, 1, 'Người lập biểu').font = Font(italic=True)
    ws.cell(r + 4, 1, 'Võ Thị Ngọc Hân')
    ws.page_setup.orientation = 'landscape'
    ws.freeze_panes = 'A9'
    wb.properties.creator = 'Vo Thi Ngoc Han'
    wb.properties.lastModifiedBy = 'Lam Thi Thu'
    wb.save(os.path.join(HERE, fname))


def run(key):
    # ---------------- D1 Phường Bến Cát
    fn = '25813-bencat-bieu-ct38.xlsx'
    rows = [
        ('Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
         'Đăng 09 tin bài trên trang TTĐT phường; tổ chức 01 hội nghị phổ biến cho 82 hộ kinh doanh tham dự', 'Thống nhất', 'Hoàn thành', 'VHXH'),
        ('Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (phân cấp cho phường)',
         '03 cuộc, 35 cơ sở, 02 vi phạm, phạt 4.000.000đ',
         'Sửa lại: 38 cơ sở (bộ phận ghi thiếu 03 cơ sở kiểm tra ở chợ đêm); số cuộc, số vi phạm, tiền phạt đúng.', 'Đang thực hiện', 'Kinh tế',
         (3, 'Còn đợt kiểm tra tháng 12 nên để Đang thực hiện.')),
        ('Kiểm tra an toàn thực phẩm tại bếp ăn tập thể', '04 cuộc, 11 bếp ăn', 'Bỏ dòng này (không thuộc Kế hoạch CT38, đã báo cáo riêng ATTP).', '', 'VHXH'),
        ('Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL', '02 lượt công chức', 'Thống nhất', 'Hoàn thành', 'Kinh tế'),
        ('Duy trì hệ thống quản lý chất lượng ISO 9001:2015', 'Đánh giá nội bộ tháng 8/2026; cập nhật quy trình TTHC', 'Thống nhất', 'Đang thực hiện', 'VP'),
        ('Khen thưởng, bảo vệ người tố giác vi phạm về TC-ĐL-CL', 'Trong kỳ không có đơn tố giác', 'Thống nhất', 'Không phát sinh', 'VP'),
    ]
    dif = ['Công chức Kinh tế kiêm nhiệm nhiều lĩnh vực, chưa qua đào tạo chuyên sâu về đo lường.',
           ('Chợ đêm, chợ tạm hoạt động ngoài giờ hành chính nên khó bố trí lực lượng kiểm tra.', None),
           ('Thiếu kinh phí in tờ rơi tuyên truyền.', 'VP: bỏ ý này, kinh phí đã bố trí trong dự toán 2026.')]
    pro = ['Đề nghị Chi cục TĐC phối hợp kiểm tra tại chợ đêm Bến Cát vào Quý IV/2026.']
    d_book(fn, 'PHƯỜNG BẾN CÁT', 'Số: 301/BC-UBND', 'Bến Cát, ngày 19 tháng 10 năm 2026',
           'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
           rows, dif, pro, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Đỗ Thanh Tùng'])
    key(fn, '25813', 'Phường Bến Cát', '301/BC-UBND', '2026-10-19', [
        ('II.1.a', 'completed', {'communications': 9, 'training_courses': 1, 'participants': 82}, rows[0][1]),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 38, 'violations': 2, 'fines_vnd': 4000000}, rows[1][1] + ' | ' + rows[1][2]),
        ('II.3.a', 'completed', {'participants': 2}, rows[3][1]),
        ('II.2.đ', 'in_progress', {}, rows[4][1]),
        ('II.5.d', 'not_applicable', {}, rows[5][1]),
    ], [dif[0], dif[1][0]], pro)

    # ---------------- D2 Phường Long Hương (re-saved through LibreOffice afterwards)
    fn = '26566-longhuong-ct38-bieu.xlsx'
    rows = [
        ('Tuyên truyền về đo lường, chất lượng', 'Đăng 05 tin trên trang thông tin điện tử và nhóm Zalo khu phố', 'Thống nhất', 'Hoàn thành', 'VHXH'),
        ('Kiểm tra đo lường (chợ Long Hương, cửa hàng xăng dầu)', '02 cuộc; 21 cơ sở; 01 vi phạm, đã nhắc nhở',
         'Sửa lại: 03 cuộc, 23 cơ sở (bổ sung cuộc kiểm tra ngày 15/9/2026 tại 02 cửa hàng xăng dầu). Số vi phạm đúng.', 'Đang thực hiện', 'Kinh tế',
         (4, 'Biên bản ngày 15/9 lưu tại bộ phận Kinh tế.')),
        ('Phối hợp kiểm tra chất lượng thiết bị điện, điện tử', '01 cuộc, 06 cơ sở kinh doanh', 'Thống nhất', 'Hoàn thành', 'Kinh tế'),
        ('Cử công chức tham gia tập huấn', 'Chưa cử', 'Đề nghị ghi lý do: chưa nhận được giấy mời của Chi cục.', 'Chưa thực hiện', 'Kinh tế'),
    ]
    dif = ['Phường mới sắp xếp, nhân sự phụ trách lĩnh vực đo lường, chất lượng thay đổi.']
    pro = ['Đề nghị Chi cục gửi giấy mời tập huấn trực tiếp về phường và qua hệ thống văn bản điện tử.',
           'Đề nghị hỗ trợ tài liệu tuyên truyền mẫu về đo lường cho hộ kinh doanh.']
    d_book(fn, 'PHƯỜNG LONG HƯƠNG', 'Số: 142/BC-UBND', 'Long Hương, ngày 22 tháng 10 năm 2026',
           'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG)',
           rows, dif, pro, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Huỳnh Văn Bình'], sheet='Bieu CT38')
    key(fn, '26566', 'Phường Long Hương', '142/BC-UBND', '2026-10-22', [
        ('II.1.a', 'completed', {'communications': 5}, rows[0][1]),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 23, 'violations': 1}, rows[1][1] + ' | ' + rows[1][2]),
        ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 6}, rows[2][1]),
        ('II.3.a', 'not_started', {}, rows[3][1] + ' | ' + rows[3][2]),
    ], dif, pro)

    # ---------------- D3 Xã Châu Đức
    fn = '26596-chauduc-bc-ct38.xlsx'
    rows = [
        ('Tuyên truyền, tập huấn về nhãn hàng hóa, đo lường cho hộ sản xuất, kinh doanh',
         'Phát thanh 12 tin trên Đài truyền thanh xã; tổ chức 02 lớp tập huấn cho hộ trồng tiêu, cà phê về nhãn hàng hóa, 130 lượt người',
         'Sửa lại: 126 lượt người (theo danh sách ký tên 02 lớp). Các số khác thống nhất.', 'Hoàn thành', 'Kinh tế',
         (3, 'Danh sách ký: lớp 1: 68, lớp 2: 58.')),
        ('Hướng dẫn hợp tác xã áp dụng truy xuất nguồn gốc, mã số mã vạch', 'Hướng dẫn 05 hợp tác xã đăng ký truy xuất nguồn gốc sản phẩm', 'Thống nhất', 'Đang thực hiện', 'Kinh tế'),
        ('Hỗ trợ hộ kinh doanh chuyển đổi số, thanh toán không dùng tiền mặt', '40 hộ kinh doanh', 'Bỏ dòng này (thuộc báo cáo chuyển đổi số).', '', 'VHXH'),
        ('Kiểm tra đo lường tại chợ Ngãi Giao', '01 cuộc, 17 cơ sở', 'Thống nhất', 'Hoàn thành', 'Kinh tế'),
        ('Cử công chức dự tập huấn nghiệp vụ', '01 công chức tham dự', 'Thống nhất', 'Hoàn thành', 'Kinh tế'),
    ]
    dif = ['Hợp tác xã, tổ hợp tác quy mô nhỏ, chưa có kinh phí áp dụng truy xuất nguồn gốc.']
    pro = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí cho hợp tác xã áp dụng truy xuất nguồn gốc sản phẩm chủ lực (tiêu, cà phê).']
    d_book(fn, 'XÃ CHÂU ĐỨC', 'Số: 88/BC-UBND', 'Châu Đức, ngày 28 tháng 10 năm 2026',
           'BÁO CÁO KẾT QUẢ TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 TRÊN ĐỊA BÀN XÃ',
           rows, dif, pro, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trịnh Văn Sơn'], sheet='Sheet1')
    key(fn, '26596', 'Xã Châu Đức', '88/BC-UBND', '2026-10-28', [
        ('II.1.a', 'completed', {'communications': 12, 'training_courses': 2, 'participants': 126}, rows[0][1] + ' | ' + rows[0][2]),
        ('II.2.a', 'in_progress', {'enterprises_supported': 5}, rows[1][1]),
        ('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 17}, rows[3][1]),
        ('II.3.a', 'completed', {'participants': 1}, rows[4][1]),
    ], dif, pro)

    # ---------------- D4 Phường Tây Nam — mistaken: an toàn thực phẩm
    fn = '25843-taynam-bieu-bc.xlsx'
    rows = [
        ('Tuyên truyền về an toàn thực phẩm', 'Phát 1.500 tờ rơi; 03 buổi nói chuyện chuyên đề, 210 người', 'Thống nhất', 'Hoàn thành', 'VHXH'),
        ('Kiểm tra điều kiện ATTP cơ sở kinh doanh dịch vụ ăn uống', '06 cuộc, 64 cơ sở, 07 vi phạm, phạt 18.000.000đ',
         'Sửa lại: 66 cơ sở (bổ sung 02 cơ sở kiểm tra ngày 02/10).', 'Đang thực hiện', 'Y tế'),
        ('Giám sát bếp ăn tập thể trường học', '09 bếp ăn', 'Thống nhất', 'Hoàn thành', 'VHXH'),
    ]
    d_book(fn, 'PHƯỜNG TÂY NAM', 'Số: 277/BC-UBND', 'Tây Nam, ngày 14 tháng 10 năm 2026',
           'BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 9 THÁNG NĂM 2026',
           rows, ['Nhiều cơ sở kinh doanh thức ăn đường phố không cố định, khó quản lý.'],
           ['Đề nghị Sở An toàn thực phẩm tổ chức tập huấn cho Tổ công tác ATTP phường.'],
           ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Phan Thị Mỹ'], sheet='ATTP 9T')
    key(fn, '25843', 'Phường Tây Nam', '277/BC-UBND', '2026-10-14', [], [], [], status='rejected',
        reason='Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: biểu báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026 gửi nhầm.')
