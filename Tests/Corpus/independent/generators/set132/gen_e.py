# HAND E — Huỳnh Thanh Phong, chuyên viên tổng hợp of the Sở's own units. One shared workbook that
# several team members type into: each row carries "Người cập nhật" (initials) and "Ngày cập nhật";
# a checker's Excel notes on some figures; and a separate sheet "NhatKySua" where every change is
# logged with the old and the new value (the main sheet already holds the new value).
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.comments import Comment
from gen import HERE

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)
KSV = 'KSV - Tran Ngoc Mai'


def e_book(fname, parent, unit_upper, num, dateline, title, rows, log, diffs, props, signer, notes=None):
    wb = Workbook()
    ws = wb.active
    ws.title = 'BaoCao'
    for col, w in zip('ABCDEFG', [5, 34, 16, 58, 16, 10, 12]):
        ws.column_dimensions[col].width = w
    ws.merge_cells('A1:C1'); ws['A1'] = parent
    ws.merge_cells('A2:C2'); ws['A2'] = unit_upper; ws['A2'].font = Font(bold=True)
    ws.merge_cells('A3:C3'); ws['A3'] = num
    ws.merge_cells('D1:G1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws.merge_cells('D2:G2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = Font(bold=True)
    ws.merge_cells('D3:G3'); ws['D3'] = dateline; ws['D3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'):
        ws[c].alignment = CEN
    ws.merge_cells('A5:G5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = CEN
    ws.row_dimensions[5].height = 34
    hdr = ['TT', 'Công việc', 'Tổ/Bộ phận', 'Kết quả thực hiện', 'Tình trạng', 'Người cập nhật', 'Ngày cập nhật']
    r = 7
    for i, h in enumerate(hdr):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True); c.alignment = CEN; c.border = BOX
        c.fill = PatternFill('solid', fgColor='E2EFDA')
    for n, row in enumerate(rows, 1):
        r += 1
        for i, v in enumerate([n] + list(row)):
            c = ws.cell(r, i + 1, v); c.border = BOX; c.alignment = WRAP if i else CEN
    for (rr, cc, text) in (notes or []):
        ws.cell(7 + rr, cc).comment = Comment(text, KSV, width=240, height=80)
    r += 2
    ws.cell(r, 2, 'Khó khăn, vướng mắc').font = Font(bold=True, underline='single')
    for x in diffs:
        r += 1
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2, x).alignment = WRAP
    r += 1
    ws.cell(r, 2, 'Đề xuất, kiến nghị').font = Font(bold=True, underline='single')
    for x in props:
        r += 1
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2, x).alignment = WRAP
    r += 2
    for i, l in enumerate(signer):
        ws.cell(r + i, 4, l).font = Font(bold=True); ws.cell(r + i, 4).alignment = Alignment(horizontal='center')
    lg = wb.create_sheet('NhatKySua')
    for col, w in zip('ABCDEF', [12, 10, 12, 30, 30, 44]):
        lg.column_dimensions[col].width = w
    lg.append(['Ngày', 'Người sửa', 'Ô (BaoCao)', 'Giá trị cũ', 'Giá trị mới', 'Lý do'])
    for c in lg[1]:
        c.font = Font(bold=True); c.border = BOX
    for x in log:
        lg.append(list(x))
        for c in lg[lg.max_row]:
            c.alignment = WRAP; c.border = BOX
    wb.properties.creator = 'Huynh Thanh Phong'
    wb.properties.lastModifiedBy = 'Tran Ngoc Mai'
    wb.save(os.path.join(HERE, fname))


def run(key):
    # ---------------- E1 Chi cục TĐC
    fn = 'ChiCucTDC-BC-CT38-2026-tonghop.xlsx'
    rows = [
        ('Tập huấn văn bản QPPL về TC-ĐL-CL; tọa đàm doanh nghiệp nhập khẩu', 'Tổ Pháp chế - TT',
         'Tổ chức 05 hoạt động (04 lớp tập huấn và 01 tọa đàm với doanh nghiệp nhập khẩu), 515 lượt người tham dự.', 'Hoàn thành', 'HTP', '12/10/2026'),
        ('Vận động, hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia', 'Tổ Năng suất',
         'Hướng dẫn 12 doanh nghiệp hoàn thiện hồ sơ đăng ký tham dự Giải thưởng.', 'Hoàn thành', 'NTH', '05/7/2026'),
        ('Hội đồng sơ tuyển Giải thưởng CLQG năm 2026', 'Tổ Năng suất',
         'Đã thành lập Hội đồng sơ tuyển; đang đánh giá tại doanh nghiệp, dự kiến trình Hội đồng quốc gia trong tháng 11/2026.', 'Đang thực hiện', 'NTH', '20/10/2026'),
        ('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy', 'Tổ Năng suất',
         'Hỗ trợ, tư vấn 27 doanh nghiệp (ISO 9001, ISO 22000, công bố hợp quy).', 'Đang thực hiện', 'NTH', '20/10/2026'),
        ('ISO 9001 trong cơ quan hành chính nhà nước', 'Tổ ISO hành chính',
         'Tổ chức 02 lớp đào tạo chuyên gia đánh giá nội bộ cho 140 công chức các phường, xã, sở ngành.', 'Đang thực hiện', 'LVK', '18/10/2026'),
        ('Góp ý dự thảo TCVN, QCVN', 'Phòng Tiêu chuẩn',
         'Góp ý 14 dự thảo TCVN, QCVN theo đề nghị của Ủy ban TĐC Quốc gia và các Bộ.', 'Hoàn thành', 'PTT', '15/10/2026'),
        ('Tập huấn nghiệp vụ cho công chức phường, xã, đặc khu', 'Tổ Pháp chế - TT',
         '03 lớp, 386 lượt công chức tham dự (Quý II và Quý III/2026).', 'Hoàn thành', 'HTP', '30/9/2026'),
        ('Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)', 'Phòng Đo lường',
         'Kiểm định, hiệu chuẩn 46 phương tiện, thiết bị; kinh phí đã sử dụng 118.600.000 đồng.', 'Hoàn thành', 'ĐMC', '22/10/2026'),
        ('Kiểm tra nhà nước về TC-ĐL-CL hàng hóa lưu thông', 'Phòng Quản lý chất lượng',
         '18 cuộc kiểm tra, 224 cơ sở; 31 cơ sở vi phạm; xử phạt 412.500.000 đồng.', 'Đang thực hiện', 'VQB', '25/10/2026'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa', 'Phòng Quản lý chất lượng',
         'Lấy 160 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) gửi thử nghiệm; đã có kết quả 112 mẫu.', 'Đang thực hiện', 'VQB', '25/10/2026'),
    ]
    log = [
        ('14/10/2026', 'HTP', 'D8', '04 lớp tập huấn, 480 lượt người', '05 hoạt động (04 lớp tập huấn và 01 tọa đàm …), 515 lượt người', 'Bổ sung tọa đàm ngày 10/10/2026'),
        ('23/10/2026', 'KSV', 'D16', '21 cuộc kiểm tra, 251 cơ sở', '18 cuộc kiểm tra, 224 cơ sở', 'Bỏ 03 cuộc trùng với số liệu Phòng Kiểm tra – Pháp chế'),
        ('23/10/2026', 'KSV', 'D16', '398.000.000 đồng', '412.500.000 đồng', 'Cộng thêm QĐ xử phạt ngày 21/10/2026'),
        ('24/10/2026', 'ĐMC', 'E15', 'Đang thực hiện', 'Hoàn thành', 'Đã nghiệm thu đợt kiểm định cuối'),
    ]
    dif = ['Biên chế của Chi cục chưa tương xứng với khối lượng công việc sau khi mở rộng địa giới Thành phố.',
           'Kinh phí khảo sát chất lượng chưa đủ để lấy mẫu tại các phường, xã, đặc khu mới.']
    pro = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.',
           'Đề nghị Sở chỉ đạo Phòng Kiểm tra – Pháp chế thống nhất đầu mối tổng hợp số liệu kiểm tra để tránh trùng lặp.']
    e_book(fn, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Số: 1520/BC-CCTĐC',
           'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
           'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (Số liệu đến ngày 25/10/2026)',
           rows, log, dif, pro, ['CHI CỤC TRƯỞNG', '', '', 'Lê Văn Hòa'],
           notes=[(1, 4, 'Đã đối chiếu danh sách điểm danh 05 hoạt động.'), (9, 4, 'Số đã trừ 03 cuộc trùng P.KTPC – xem NhatKySua.'),
                  (8, 4, 'Kinh phí theo chứng từ thanh toán đến 22/10.')])
    key(fn, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1520/BC-CCTĐC', '2026-10-30', [
        ('II.1.a', 'completed', {'training_courses': 5, 'participants': 515}, rows[0][2]),
        ('II.1.b', 'completed', {'enterprises_supported': 12}, rows[1][2]),
        ('II.2.b', 'in_progress', {}, rows[2][2]),
        ('II.2.d', 'in_progress', {'enterprises_supported': 27}, rows[3][2]),
        ('II.2.đ', 'in_progress', {'training_courses': 2, 'participants': 140}, rows[4][2]),
        ('II.2.e', 'completed', {'standards_reviewed': 14}, rows[5][2]),
        ('II.3.a', 'completed', {'training_courses': 3, 'participants': 386}, rows[6][2]),
        ('II.4.b', 'completed', {'instruments_verified': 46, 'budget_spent_vnd': 118600000}, rows[7][2]),
        ('II.5.a', 'in_progress', {'inspections': 18, 'establishments_inspected': 224, 'violations': 31, 'fines_vnd': 412500000}, rows[8][2]),
        ('II.5.b', 'in_progress', {'samples_tested': 160}, rows[9][2]),
    ], dif, pro)

    # ---------------- E2 Trung tâm Dịch vụ Phân tích thí nghiệm
    fn = 'TTPTTN_BC_CT38_T10-2026.xlsx'
    rows = [
        ('Đầu tư trang thiết bị thử nghiệm, hiện đại hóa phòng thí nghiệm', 'Phòng Kế hoạch - Tài chính',
         'Mua sắm 12 thiết bị thử nghiệm (GC-MS, máy đo độ bền kéo…); đã giải ngân 3.250.000.000 đồng, còn 02 gói thầu đang chờ nghiệm thu.', 'Đang thực hiện', 'PTL', '27/10/2026'),
        ('Mở rộng phạm vi dịch vụ thử nghiệm, hiệu chuẩn', 'Phòng Chất lượng',
         'Được công nhận mở rộng 26 phép thử theo ISO/IEC 17025 (logistics, điện tử).', 'Hoàn thành', 'NQH', '02/9/2026'),
        ('Duy trì liên kết chuẩn đo lường', 'Phòng Hiệu chuẩn',
         'Hiệu chuẩn 38 chuẩn đo lường tại Viện Đo lường Việt Nam; còn 05 chuẩn chờ hiệu chuẩn.', 'Đang thực hiện', 'VTD', '26/10/2026'),
        ('Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục', 'Phòng Thử nghiệm Hóa',
         'Đã thử nghiệm 152 mẫu, trả kết quả cho Chi cục TĐC.', 'Hoàn thành', 'NQH', '24/10/2026'),
        ('Đào tạo về đo lường, thử nghiệm cho sinh viên các trường', 'Phòng Đào tạo',
         '02 khóa đào tạo, 95 học viên (sinh viên Trường ĐH Công nghiệp Thực phẩm, CĐ Kỹ thuật Cao Thắng).', 'Hoàn thành', 'LTA', '15/8/2026'),
    ]
    log = [
        ('20/10/2026', 'PTL', 'D8', '2.870.000.000 đồng', '3.250.000.000 đồng', 'Giải ngân thêm gói thầu số 3'),
        ('24/10/2026', 'NQH', 'D11', '140 mẫu', '152 mẫu', 'Cập nhật mẫu đợt 4'),
    ]
    dif = ['Thủ tục mua sắm thiết bị kéo dài, nhiều gói thầu phải tổ chức lại do không có nhà thầu đáp ứng.']
    pro = ['Đề nghị Sở xem xét giao dự toán mua sắm thiết bị năm 2027 sớm trong Quý I/2027.']
    e_book(fn, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'Số: 845/BC-TTPTTN',
           'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
           'BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
           rows, log, dif, pro, ['GIÁM ĐỐC', '', '', 'Phạm Ngọc Hải'],
           notes=[(1, 4, 'Số giải ngân theo KBNN đến 20/10.'), (4, 4, 'Khớp sổ nhận mẫu.')])
    key(fn, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '845/BC-TTPTTN', '2026-10-28', [
            ('II.4.a', 'in_progress', {'budget_spent_vnd': 3250000000}, rows[0][2]),
            ('II.2.g', 'completed', {}, rows[1][2]),
            ('II.4.c', 'in_progress', {'instruments_verified': 38}, rows[2][2]),
            ('II.5.b', 'completed', {'samples_tested': 152}, rows[3][2]),
            ('II.3.d', 'completed', {'training_courses': 2, 'participants': 95}, rows[4][2]),
        ], dif, pro)

    # ---------------- E3 Phòng Kiểm tra – Pháp chế
    fn = 'P.KTPC-tinh-hinh-CT38-2026.xlsx'
    rows = [
        ('Phối hợp Chi cục kiểm tra chất lượng sản phẩm, hàng hóa', 'Tổ Kiểm tra',
         'Tham gia 06 cuộc kiểm tra liên ngành tại 58 cơ sở.', 'Đang thực hiện', 'NVT', '21/10/2026'),
        ('Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TC-ĐL-CL', 'Tổ Pháp chế',
         'Tiếp nhận 09 đơn phản ánh, tố giác; xác minh, chuyển xử lý 03 trường hợp vi phạm; bảo mật thông tin người tố giác theo quy định.', 'Hoàn thành', 'TMH', '20/10/2026'),
        ('Góp ý dự thảo văn bản QPPL về tiêu chuẩn, đo lường, chất lượng', 'Tổ Pháp chế',
         'Tham gia ý kiến dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo Thông tư về đo lường.', 'Hoàn thành', 'TMH', '10/9/2026'),
        ('Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)', 'Tổ Kiểm tra',
         'Chưa triển khai, chờ Chi cục gửi danh mục đề xuất.', 'Chưa thực hiện', 'NVT', '21/10/2026'),
        ('Hướng dẫn phường, xã, đặc khu thực hiện nhiệm vụ được phân quyền', 'Tổ Pháp chế',
         'Phối hợp Chi cục tổ chức 01 hội nghị trực tuyến hướng dẫn thẩm quyền xử phạt vi phạm hành chính cho cấp xã, 210 đại biểu tham dự.', 'Hoàn thành', 'TMH', '30/7/2026'),
    ]
    log = [
        ('21/10/2026', 'NVT', 'D8', '05 cuộc, 47 cơ sở', '06 cuộc kiểm tra liên ngành tại 58 cơ sở', 'Bổ sung cuộc kiểm tra ngày 16/10/2026'),
        ('22/10/2026', 'KSV', 'E11', 'Đang thực hiện', 'Chưa thực hiện', 'Chưa có hoạt động nào trong kỳ'),
    ]
    dif = ['Việc phân định thẩm quyền xử phạt giữa Chi cục và Ủy ban nhân dân cấp xã còn lúng túng.']
    pro = ['Đề nghị Chi cục sớm gửi danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ cần rà soát để Phòng phối hợp thực hiện.']
    e_book(fn, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'Số: 212/BC-KTPC',
           'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
           'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc của Phòng)',
           rows, log, dif, pro, ['TRƯỞNG PHÒNG', '', '', 'Nguyễn Văn Tâm'],
           notes=[(1, 4, 'Danh sách 58 cơ sở đính kèm biên bản.')])
    key(fn, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '212/BC-KTPC', '2026-10-26', [
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 58}, rows[0][2]),
        ('II.5.d', 'completed', {'violations': 3}, rows[1][2]),
        ('II.2.c', 'completed', {}, rows[2][2]),
        ('II.4.b', 'not_started', {}, rows[3][2]),
        ('II.5.c', 'completed', {'training_courses': 1, 'participants': 210}, rows[4][2]),
    ], dif, pro)
