# -*- coding: utf-8 -*-
"""Report contents for set124 (figures here are exactly what is written in the files)."""


def item(task, st, label, body, ind=None, word=None, **kw):
    d = dict(task=task, st=st, label=label, body=body, ind=ind or {}, word=word)
    d.update(kw)
    return d


TO_CC = 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'
T38 = 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026'

REPORTS = []

# ============================ HAND A: ward, Word, Telex slips, '*' lines ==========
REPORTS.append(('bc-ct38-nhieu-loc.docx', 'A', dict(
    uid='27142', uname='Phường Nhiêu Lộc', number=None, date='2026-10-26',
    num_line='Số:        /BC-UBND', date_line='Nhiêu Lộc, ngày  26 tháng 10 năm 2026',
    title=T38, to=TO_CC, signer='Võ Thị Thanh Tâm',
    intro='Thực hiện Công văn của Chi cục về việc báo cáo kết quả thưc hiện Kế hoạch CT38 năm 2026, UBND phường Nhiêu Lộc báo cáo như sau:',
    items=[
        item('II.1.a', 'completed', 'Tuyên truyeenf về đo lường, chất lượng',
             'đăng 06 tin, bài trên trang thông tin điện tử và fanpage phường, lồng ghép trong các buổi sinh hoạt khu phố.',
             {'communications': 6}, 'Đã xong.'),
        item('II.3.a', 'completed', 'Cử cán bộ đi tập huấn',
             'cử 02 công chức Phòng Kinh tế tham gia 01 lớp tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng do Chi cục tổ chức ngày 15/5/2026.',
             {'training_courses': 1, 'participants': 2}, 'Đã xong.'),
        item('II.5.c', 'in_progress', 'Phối hợp kieemr tra đo lường tại chợ',
             'phối hợp Chi cục kiểm tra tại chợ Bàn Cờ và chợ Vườn Chuối, 02 cuộc, 23 hộ kinh doanh, phát hiện 03 trường hợp cân sai số, đã lập biên bản chuyển Chi cục xử lý.',
             {'inspections': 2, 'establishments_inspected': 23, 'violations': 3}, 'Còn tiếp tục trong quý IV.'),
        item('II.5.d', 'not_applicable', 'Tiếp nhận phản ánh, tố giác gian lận đo lường',
             'trong kỳ không nhận được đơn thư, phản ánh.', {}, 'Không phát sinh.'),
        item('II.2.đ', 'completed', 'ISO 9001 tại bộ phận một cửa',
             'đã rà soát, cập nhật các quy trình theo TCVN ISO 9001:2015 của phường sau sắp xếp.', {}, 'Đã xong.'),
    ],
    diff=['Chưa có cán bộ chuyên trách, công chức kiêm nhiệm nhiều việc nên kieemr tra chưa thường xuyên.'],
    prop=['Đề nghị Chi cục cấp thêm tờ rơi tuyên truyền về cân đối chứng cho các chợ.'],
)))

REPORTS.append(('ubnd-phu-loi-bao-cao-38.docx', 'A', dict(
    uid='25750', uname='Phường Phú Lợi', number='214/BC-UBND', date='2026-10-28',
    num_line='Số: 214/BC-UBND', date_line='Phú Lợi, ngày 28 tháng 10 năm 2026',
    title='Kết quả thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng năm 2026', to=TO_CC,
    signer='Nguyễn Hữu Phước',
    intro='UBND phường Phú Lợi báo cáo kết quả thực hiện trên địa bàn phường từ đầu năm đến ngày 25/10/2026 như sau:',
    items=[
        item('II.5.c', 'in_progress', 'Phối hợp kiểm tra hàng hóa tại cửa hàng tạp hóa, chợ Phú Lợi',
             'đã kiểm tra 03 cuộc, 17 cơ sở; 02 cơ sở vi phạm về nhãn hàng hóa, đã xử phạt 7.500.000 đồng.',
             {'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 7500000},
             'Đợt 1 xong, đợt 2 ddang làm.'),
        item('II.1.a', 'completed', 'Phổ biến quy định về đo lường cho hộ kinh doanh',
             'tổ chức 01 buổi phổ biến tại chợ Phú Lợi, có 65 người dự.',
             {'training_courses': 1, 'participants': 65}, 'Đã xong.'),
        item('II.2.d', 'in_progress', 'Hướng dẫn doanh nghiệp công bố hợp quy, công bố chất lượng',
             'hướng dẫn 04 doanh nghiệp trên địa bàn làm hồ sơ công bố.', {'enterprises_supported': 4},
             'Đang làm.'),
        item('II.3.a', 'not_started', 'Cán bộ phường đi tập huấn',
             'Chi cục chưa mở lớp nên phường chưa cử người.', {}, 'Chưa làm.'),
    ],
    diff=['Hộ kinh doanh nhỏ lẻ, di chuyển nhiều, khó quản lý.'],
    prop=['Đề nghị Chi cục tổ chức lớp tập huấn tại phường cho cán bộ mới sau sáp nhập.'],
)))

REPORTS.append(('xa-hoa-hoi-bc-kh38.docx', 'A', dict(
    uid='26641', uname='Xã Hòa Hội', number='87/BC-UBND', date='2026-10-23',
    num_line='Số: 87/BC-UBND', date_line='Hòa Hội, ngày 23 tháng 10 năm 2026',
    title='Kết quả thực hiện Kế hoạch 38 năm 2026 (tiêu chuẩn đo lường chất lượng)', to=TO_CC,
    signer='Lê Văn Sang',
    intro='UBND xã Hòa Hội báo cáo nhanh kết quả như sau:',
    items=[
        item('II.1.a', 'completed', 'Tuyên truyền',
             'đưa 09 tin trên nhóm Zalo các ấp và loa truyền thanh xã về cân đúng, đo đủ.',
             {'communications': 9}, 'Xong.'),
        item('II.5.c', 'completed', 'Phối hợp kiểm tra cân tại chợ Hòa Hội',
             '01 cuộc, kiểm tra 12 cơ sở, không phát hiện vi phạm; phối hợp Trung tâm kiểm định miễn phí 30 cân cho tiểu thương.',
             {'inspections': 1, 'establishments_inspected': 12, 'instruments_verified': 30}, 'Xong.'),
        item('II.2.đ', 'not_started', 'Áp dụng ISO trong cơ quan',
             'xã mới sáp nhập, ddang chờ hướng dẫn xây dựng lại hệ thống.', {}, 'Chưa triển khai.'),
    ],
    diff=['Địa bàn rộng, chợ xa trung tâm xã, đi lại mất nhiều thời gian.'],
    prop=['Xin hỗ trợ 01 bộ quả cân chuẩn để đặt cân đối chứng tại chợ Hòa Hội.'],
)))

REPORTS.append(('bc-an-lac-q3.docx', 'A', dict(
    uid='27460', uname='Phường An Lạc', number=None, date='2026-10-20',
    num_line='Số:       /BC-UBND', date_line='An Lạc, ngày 20 tháng 10 năm 2026',
    title='Kết quả thực hiện chuyển đổi số quý III năm 2026', to='Sở Khoa học và Công nghệ',
    signer='Trần Minh Khoa',
    intro='Thực hiện Kế hoạch chuyển đổi số năm 2026 của UBND phường, UBND phường An Lạc báo cáo kết quả quý III như sau:',
    results_head='KẾT QUẢ:',
    items=[
        item('', '', 'Dịch vụ công trực tuyến', 'tỷ lệ hồ sơ nộp trực tuyến đạt 86%, thanh toán trực tuyến 61%.', {}, 'Đạt.'),
        item('', '', 'Đề án 06', 'thu nhận 1.240 tài khoản định danh ddienj tử mức 2 cho người dân.', {}, 'Đang làm.'),
        item('', '', 'Số hóa hồ sơ', 'số hóa 3.105 hồ sơ hộ tịch.', {}, 'Đang làm.'),
        item('', '', 'Tổ công nghệ số cộng đồng', 'duy trì 14 tổ tại 14 khu phố.', {}, 'Xong.'),
    ],
    diff=['Đường truyền mạng tại bộ phận một cửa chập chờn.'],
    prop=['Đề nghị cấp thêm 02 máy quét cho bộ phận một cửa.'],
    rejected='Báo cáo kết quả chuyển đổi số quý III của phường, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).',
)))

# ============================ HAND B: ward Excel, status first column ==============
REPORTS.append(('PhuTho_BC_CT38_T10.xlsx', 'B', dict(
    uid='27226', uname='Phường Phú Thọ', number=None, date='2026-10-27', sheet='BC T10',
    title='BÁO CÁO KẾT QUẢ TH KH CT38 NĂM 2026', subtitle='(tiêu chuẩn, đo lường, chất lượng)',
    date_line='Phú Thọ, ngày 27/10/2026', sign_unit='UBND PHƯỜNG PHÚ THỌ',
    maker='Đỗ Ngọc Trâm', signer='Huỳnh Văn Lực',
    items=[
        item('II.1.a', 'completed', 'Tuyên truyền KH CT38', 'đăng 04 tin bài trên trang TTĐT phường',
             {'communications': 4}, 'Xong', sl=4),
        item('II.5.c', 'in_progress', 'Phối hợp kt đo lường cân tại chợ Phú Thọ + cửa hàng xăng dầu',
             '2 cuộc, 19 cơ sở, 1 vp, phạt 3,5tr', {'inspections': 2, 'establishments_inspected': 19,
                                                   'violations': 1, 'fines_vnd': 3500000}, 'Đang làm', sl=2,
             note='con đợt T11'),
        item('II.3.a', 'completed', 'Cử CC dự tập huấn', '01 người dự lớp ngày 20/6', {'participants': 1}, 'Xong', sl=1),
        item('II.5.d', 'not_applicable', 'Tố giác vi phạm TĐC', 'không có đơn thư', {}, 'Ko có'),
    ],
    diff=['Cân đối chứng tại chợ hư, chưa có kinh phí sửa.'],
    prop=['Đề nghị Chi cục hỗ trợ kiểm định lại cân đối chứng chợ Phú Thọ.'],
)))

REPORTS.append(('TVT-bao cao 38.xlsx', 'B', dict(
    uid='25819', uname='Xã Trừ Văn Thố', number='63/BC-UBND', date='2026-10-22', sheet='Sheet1',
    title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', subtitle='Số: 63/BC-UBND',
    date_line='Trừ Văn Thố, ngày 22/10/2026', sign_unit='UBND XÃ TRỪ VĂN THỐ',
    maker='Lâm Thị Kiều', signer='Phan Thanh Bình', lo=True,
    items=[
        item('II.5.c', 'in_progress', 'Phối hợp kiểm tra chất lượng xăng dầu, khí LPG trên địa bàn xã',
             '1 cuộc, 6 cơ sở', {'inspections': 1, 'establishments_inspected': 6}, 'Đang làm', sl=1),
        item('II.1.a', 'completed', 'Tuyên truyền trên đài truyền thanh xã', '8 tin', {'communications': 8}, 'Xong', sl=8),
        item('II.2.đ', 'not_started', 'ISO hành chính', 'chưa làm', {}, 'Chưa', note='chờ HD'),
        item('II.2.d', 'completed', 'Hướng dẫn cơ sở SX công bố chất lượng',
             '3 cơ sở (nước đá, nước uống đóng chai)', {'enterprises_supported': 3}, 'Xong', sl=3),
    ],
    diff=['Xã chưa có công chức chuyên môn về TĐC.'],
    prop=['Đề nghị Sở hướng dẫn cụ thể nhiệm vụ cấp xã sau sắp xếp.'],
)))

REPORTS.append(('tan thanh - ct38 - 2026.xlsx', 'B', dict(
    uid='26725', uname='Phường Tân Thành', number=None, date='2026-10-29', sheet='BC',
    title='KẾT QUẢ THỰC HIỆN KH 38 - NĂM 2026',
    date_line='Tân Thành, ngày 29/10/2026', sign_unit='UBND PHƯỜNG TÂN THÀNH',
    maker='Ng. Thị Yến', signer='Bùi Quang Định',
    items=[
        item('II.1.a', 'completed', 'Tuyên truyền', 'tổ chức 1 buổi cho 45 hộ kinh doanh chợ Tân Thành',
             {'training_courses': 1, 'participants': 45}, 'Xong', sl=45),
        item('II.5.c', 'in_progress', 'Phối hợp kiểm tra cân, đồng hồ nước tại chợ và khu dân cư',
             '3 cuộc, 28 cơ sở, 2 vi phạm, phạt 6 triệu', {'inspections': 3, 'establishments_inspected': 28,
                                                      'violations': 2, 'fines_vnd': 6000000}, 'Đang làm', sl=3),
        item('II.3.a', 'completed', 'Cán bộ tập huấn', '2 lượt CC dự lớp', {'participants': 2}, 'Xong', sl=2),
        item('II.2.đ', 'completed', 'ISO', 'đã công bố lại HTQLCL theo TCVN ISO 9001:2015', {}, 'Xong'),
    ],
    diff=['Chưa có phương tiện kiểm tra nhanh chất lượng xăng dầu.'],
    prop=['Đề nghị Chi cục phối hợp kiểm tra xăng dầu tại các cây xăng ven QL51.'],
)))

# ============================ HAND C: department, status line alone under title ====
REPORTS.append(('4512-SCT-QLTM.docx', 'C', dict(
    uid='SO-CT', uname='Sở Công Thương', number='4512/SCT-QLTM', date='2026-10-30', short='QLTM',
    num_line='Số: 4512/SCT-QLTM', vv='V/v báo cáo kết quả thực hiện KH CT38 năm 2026',
    date_line='Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', to=TO_CC, signer='Lê Thị Minh Nguyệt',
    intro='Sở Công Thương báo cáo kết quả thưc hiện các nội dung Sở được giao phối hợp như sau:',
    items=[
        item('II.5.a', 'in_progress', 'Kiểm tra hàng hóa lưu thông trên thị trường',
             'Chỉ đạo lực lượng quản lý thị trường kiễm tra 37 cuộc về chất lượng, nhãn hàng hóa; phát hiện 21 vụ vi phạm, xử phạt 286.500.000 đồng.',
             {'inspections': 37, 'violations': 21, 'fines_vnd': 286500000}, word='ĐANG THỰC HIỆN'),
        item('II.2.e', 'completed', 'Góp ý dự thảo quy chuẩn',
             'Góp ý 02 dự thảo QCVN (xăng dầu, khí dầu mỏ hóa lỏng) theo đề nghị của Bộ Công Thương.',
             {'standards_reviewed': 2}, word='HOÀN THÀNH'),
        item('II.1.a', 'completed', 'Tuyên truyền',
             'Đăng 05 tin bài trên Cổng thông tin điện tử Sở về hàng giả, hàng kém chất lượng.',
             {'communications': 5}, word='HOÀN THÀNH'),
        item('II.2.đ', 'completed', 'ISO 9001 tại Sở',
             'Duy trì, cải tiến HTQLCL; đánh giá nội bộ xong tháng 8.', {}, word='HOÀN THÀNH'),
    ],
    diff=['Lực lượng QLTT mỏng so với địa bàn sau hợp nhất.'],
    prop=['Đề nghị Chi cục chia sẻ kết quả khảo sát chất lượng hàng hóa để định hướng kiểm tra.'],
)))

REPORTS.append(('SXD_bc CT38_2026.docx', 'C', dict(
    uid='SO-XD', uname='Sở Xây dựng', number='8830/SXD-KTXD', date='2026-10-27', short='KTXD',
    num_line='Số: 8830/SXD-KTXD', vv='V/v báo cáo thực hiện Chỉ thị 38-CT/TW',
    date_line='Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', to=TO_CC, signer='Trương Công Hậu',
    intro='Sở Xây dựng báo cáo như sau:', lo=True,
    items=[
        item('II.2.e', 'completed', 'Góp ý QCVN, TCVN ngành xây dựng',
             'Góp ý 03 dự thảo QCVN và 01 dự thảo TCVN về vật liệu xây dựng, tổng cộng 04 dự thảo.',
             {'standards_reviewed': 4}, word='HOÀN THÀNH'),
        item('II.5.a', 'in_progress', 'Kiểm tra chất lượng vật liệu xây dựng',
             'Kiểm tra 06 cơ sở sản xuất, kinh doanh VLXD; lấy 18 mẫu thử nghiệm; 01 cơ sở vi phạm, chuyển Thanh tra Sở xử lý.',
             {'establishments_inspected': 6, 'samples_tested': 18, 'violations': 1}, word='ĐANG THỰC HIỆN'),
        item('II.3.a', 'completed', 'Tập huấn cho công chức',
             'Cử 04 công chức dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức.', {'participants': 4}, word='HOÀN THÀNH'),
        item('II.2.d', 'in_progress', 'Công bố hợp quy sản phẩm VLXD',
             'Tiếp nhận 126 bản công bố hợp quy, đăng tải danh sách trên trang Sở.', {}, word='THƯỜNG XUYÊN'),
    ],
    diff=['Kinh phí lấy mẫu thử nghiệm VLXD còn hạn chế.'],
    prop=['Đề nghị Chi cục phối hợp tổ chức lớp tập huấn về công bố hợp quy VLXD cho doanh nghiệp.'],
)))

REPORTS.append(('SATTP-bc 9 thang.docx', 'C', dict(
    uid='SO-ATTP', uname='Sở An toàn thực phẩm', number='2987/SATTP-NVTT', date='2026-10-16', short='NVTT',
    num_line='Số: 2987/SATTP-NVTT', vv='V/v báo cáo công tác bảo đảm ATTP 9 tháng năm 2026',
    date_line='Thành phố Hồ Chí Minh, ngày 16 tháng 10 năm 2026', to='Sở Khoa học và Công nghệ',
    signer='Phạm Khánh Phong',
    intro='Sở An toàn thực phẩm báo cáo kết quả công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026 như sau:',
    items=[
        item('', '', 'Thanh tra, kiểm tra ATTP', 'Kiểm tra 1.284 cơ sở thực phẩm, xử phạt 96 cơ sở.', {}, word='ĐANG THỰC HIỆN'),
        item('', '', 'Giám sát ngộ độc thực phẩm', 'Ghi nhận 03 vụ ngộ độc, không có tử vong.', {}, word='THƯỜNG XUYÊN'),
        item('', '', 'Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP', 'Cấp 412 giấy chứng nhận.', {}, word='HOÀN THÀNH'),
    ],
    diff=['Bếp ăn tập thể khu công nghiệp còn nhiều nguy cơ.'],
    prop=['Đề nghị tăng cường phối hợp liên ngành trong dịp Tết.'],
    rejected='Báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm chủ đề).',
)))

# ============================ HAND D: Sở units, Outlook message pasted into Word =====
REPORTS.append(('VP So - KH38 (mail).docx', 'D', dict(
    uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ', number=None, date='2026-10-27',
    mail=[('Từ:', 'Lê Minh Thư <lmthu.skhcn@tphcm.gov.vn>'),
          ('Đã gửi:', 'Thứ Ba, ngày 27 tháng 10 năm 2026 9:42 SA'),
          ('Đến:', 'Nguyễn Thị Hà (Chi cục TĐC)'),
          ('Chủ đề:', 'Văn phòng Sở gửi kết quả thực hiện KH CT38 năm 2026')],
    greet='Chào chị Hà,',
    intro='Em gửi chị kết quả thực hiện KH 38 năm 2026 phần việc của Văn phòng Sở như sau ạ:',
    items=[
        item('II.2.đ', 'completed', '', 'Về ISO: Văn phòng đã phối hợp Chi cục rà soát, cập nhật 12 quy trình ISO của Sở, Giám đốc ký quyết định công bố lại ngày 15/9, phần này em đã làm xong.'),
        item('II.4.a', 'in_progress', '', 'Về mua sắm thiết bị cho Trung tâm Phân tích: Văn phòng đã thẩm định dự toán, đến 20/10 đã giải ngân 1,2 tỷ đồng, còn 01 gói đang chờ thẩm định giá nên bên em vẫn đang làm.',
             {'budget_spent_vnd': 1200000000}),
        item('II.2.h', 'completed', '', 'Về kết nối một cửa với Cổng dịch vụ công quốc gia cho các thủ tục TĐC: đã chạy chính thức từ tháng 3/2026, xong rồi chị.'),
        item('II.5.d', 'not_applicable', '', 'Về khen thưởng người tố giác vi phạm: năm nay không phát sinh trường hợp nào.'),
    ],
    diff=['Một số thiết bị đề xuất mua sắm chưa có giá tham khảo, phải chờ thẩm định giá.'],
    prop=['Đề nghị Chi cục gửi sớm dự toán năm 2027 để Văn phòng tổng hợp.'],
    sign=['Em cảm ơn chị.', 'Trân trọng,', 'Lê Minh Thư', 'Chuyên viên Văn phòng Sở Khoa học và Công nghệ', 'ĐT: 028 3829 xxxx'],
    quoted=['From: Nguyễn Thị Hà', 'Sent: 12/10/2026', 'Subject: Đôn đốc báo cáo KH CT38 năm 2026',
            'Chi cục đề nghị các phòng, đơn vị gửi báo cáo trước ngày 01/11/2026.'],
)))

REPORTS.append(('KTPC_gui Chi cuc_CT38.docx', 'D', dict(
    uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', number=None, date='2026-10-29',
    mail=[('Từ:', 'Phạm Gia Huy <pghuy.skhcn@tphcm.gov.vn>'),
          ('Đã gửi:', 'Thứ Năm, ngày 29 tháng 10 năm 2026 4:15 CH'),
          ('Đến:', 'tdc.skhcn@tphcm.gov.vn'),
          ('Cc:', 'Trưởng phòng KT-PC'),
          ('Chủ đề:', 'Phòng Kiểm tra – Pháp chế báo cáo KH 38/2026')],
    greet='Dạ chào anh chị Chi cục,',
    intro='Em là Huy, Phòng Kiểm tra – Pháp chế. Em gửi kết quả phần việc phòng em phối hợp trong KH 38 năm nay:',
    items=[
        item('II.5.a', 'in_progress', '', 'Phòng tham gia 05 đoàn kiểm tra liên ngành về TĐC hàng hóa, kiểm tra 34 cơ sở, 09 cơ sở vi phạm; tham mưu ban hành 09 quyết định xử phạt, tổng 142 triệu đồng. Việc này bên em vẫn đang làm tới cuối năm.',
             {'inspections': 5, 'establishments_inspected': 34, 'violations': 9, 'fines_vnd': 142000000}),
        item('II.5.b', 'completed', '', 'Phối hợp Chi cục lấy 40 mẫu xăng dầu khảo sát chất lượng đợt tháng 8, đợt này xong rồi.',
             {'samples_tested': 40}),
        item('II.2.c', 'completed', '', 'Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Bộ, em gửi góp ý xong ngày 18/6.'),
        item('II.4.b', 'in_progress', '', 'Phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135: em mới rà soát xong danh mục, việc mua sắm thì chưa làm được, đang chờ kinh phí.'),
    ],
    diff=['Thiếu thiết bị đo nhanh tại hiện trường nên nhiều vụ phải chờ kết quả thử nghiệm.'],
    prop=['Đề xuất Chi cục phân bổ 01 bộ thiết bị thử nhanh xăng dầu cho đoàn kiểm tra.'],
    diff_head='Khó khăn:', prop_head='Kiến nghị:',
    sign=['Có gì anh chị cần bổ sung thì nhắn em nhé.', 'Phạm Gia Huy', 'Phòng Kiểm tra – Pháp chế'],
)))

REPORTS.append(('TT PTTN - so lieu KH38 thang 10.docx', 'D', dict(
    uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    number=None, date='2026-10-26',
    mail=[('Từ:', 'Trần Bảo Ngọc <ngoctb@pttn.hcm.vn>'),
          ('Đã gửi:', 'Thứ Hai, 26/10/2026 10:05 SA'),
          ('Đến:', 'Nguyễn Thị Hà; Võ Đức Trí'),
          ('Chủ đề:', 'RE: Đôn đốc báo cáo KH CT38 năm 2026 - Trung tâm Dịch vụ Phân tích thí nghiệm')],
    greet='Dạ em chào chị Hà,',
    intro='Em gửi số liệu của Trung tâm Dịch vụ Phân tích thí nghiệm để Chi cục tổng hợp ạ:',
    items=[
        item('II.4.a', 'in_progress', '', 'Đầu tư thiết bị: Trung tâm đã nhận bàn giao 03 thiết bị (GC-MS, ICP-MS, tủ vi khí hậu), đã giải ngân 4,35 tỷ đồng; còn 02 gói chưa đấu thầu xong nên việc này đang làm tiếp.',
             {'budget_spent_vnd': 4350000000}),
        item('II.2.g', 'in_progress', '', 'Dịch vụ kiểm định, hiệu chuẩn: 9 tháng Trung tâm kiểm định, hiệu chuẩn 18.640 phương tiện đo cho doanh nghiệp, việc thường xuyên, vẫn đang làm.',
             {'instruments_verified': 18640}),
        item('II.4.c', 'completed', '', 'Liên kết chuẩn: đã gửi hiệu chuẩn 07 chuẩn chính tại Viện Đo lường Việt Nam, nhận đủ giấy chứng nhận, phần này xong.',
             {'instruments_verified': 7}),
        item('II.1.a', 'completed', '', 'Phối hợp Chi cục mở 02 lớp về đo lường cho doanh nghiệp, 86 học viên, đã xong.',
             {'training_courses': 2, 'participants': 86}),
    ],
    diff=['Phòng hiệu chuẩn áp suất quá tải vào quý IV.'],
    prop=['Đề nghị Sở ưu tiên bố trí vốn cho gói thiết bị hiệu chuẩn lưu lượng năm 2027.'],
    sign=['Em cảm ơn chị.', 'Ngọc', 'Phòng Kế hoạch – Tổng hợp, Trung tâm Dịch vụ Phân tích thí nghiệm'],
    quoted=['From: Nguyễn Thị Hà', 'Sent: Monday, October 12, 2026 8:30 AM',
            'Subject: Đôn đốc báo cáo KH CT38 năm 2026', 'Nhờ các đơn vị gửi báo cáo trước 01/11.'],
)))

# ============================ HAND E: to-do brackets in Excel ========================
REPORTS.append(('SYT_KH38_tonghop.xlsx', 'E', dict(
    uid='SO-YT', uname='Sở Y tế', number='7321/SYT-NVY', date='2026-10-28',
    unit_line1='UBND TP. HỒ CHÍ MINH', unit_line2='SỞ Y TẾ', num_line='Số: 7321/SYT-NVY',
    date_line='TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
    title='KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - SỞ Y TẾ',
    sign_title='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Nguyễn Anh Dũng',
    items=[
        item('II.2.e', 'completed', 'Góp ý dự thảo QCVN về trang thiết bị y tế', 'góp ý 03 dự thảo',
             {'standards_reviewed': 3}, '[x]'),
        item('II.5.a', 'in_progress', 'Kiểm tra phương tiện đo dùng trong cơ sở KCB',
             'Kiểm tra 22 cơ sở KCB tư nhân, 2 cơ sở dùng phương tiện đo chưa kiểm định, phạt 15.000.000đ',
             {'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 15000000}, '[~]', note='đợt 2 tháng 11'),
        item('II.2.đ', 'completed', 'ISO 9001 tại cơ quan Sở', 'duy trì, đánh giá nội bộ xong', {}, '[x]'),
        item('II.3.a', 'not_started', 'Cử công chức dự tập huấn TĐC', 'chưa cử, chờ lớp của Chi cục', {}, '[ ]'),
    ],
    diff=['Nhiều phương tiện đo y tế chưa có QCVN/ĐLVN để kiểm định.'],
    prop=['Đề nghị Chi cục phối hợp Sở Y tế rà soát danh mục phương tiện đo nhóm 2 dùng trong y tế.'],
)))

REPORTS.append(('CDS - viec KH38.xlsx', 'E', dict(
    uid='SKHCN-CDS', uname='Phòng Chuyển đổi số', number=None, date='2026-10-30',
    unit_line1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_line2='PHÒNG CHUYỂN ĐỔI SỐ',
    date_line='ngày 30/10/2026',
    title='Các việc Phòng CĐS phối hợp theo KH CT38/2026',
    sign_title='TRƯỞNG PHÒNG', signer='Đặng Quốc Việt',
    items=[
        item('II.2.h', 'completed', 'Kết nối hệ thống TTHC của Bộ với Cổng DVC quốc gia (đăng ký KTNN hàng NK)',
             'đã chạy chính thức 03/2026', {}, '[x]'),
        item('II.2.i', 'in_progress', 'Kết nối CSDL quốc gia về TĐC', 'đang thử nghiệm API, chưa đồng bộ xong', {}, '[~]'),
        item('II.1.a', 'completed', 'Truyền thông trên cổng TTĐT Sở', 'hỗ trợ Chi cục đăng 07 tin bài về TĐC',
             {'communications': 7}, '[x]'),
        item('II.6.a', 'not_started', 'Chuyên mục cập nhật điều ước, thỏa thuận quốc tế (TBT) trên cổng',
             'chưa làm, chờ Chi cục gửi nội dung', {}, '[ ]'),
    ],
    diff=['API kết nối CSDL quốc gia chưa ổn định, thường lỗi xác thực.'],
    prop=['Đề nghị Chi cục cử đầu mối phối hợp thử nghiệm kết nối trong tháng 11.'],
)))

REPORTS.append(('HocMon_KH38.xlsx', 'E', dict(
    uid='27559', uname='Xã Hóc Môn', number='402/BC-UBND', date='2026-10-21',
    unit_line1='ỦY BAN NHÂN DÂN', unit_line2='XÃ HÓC MÔN', num_line='Số: 402/BC-UBND',
    date_line='Hóc Môn, ngày 21 tháng 10 năm 2026',
    title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
    sign_title='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Tô Văn Hùng',
    items=[
        item('II.1.a', 'completed', 'Tuyên truyền về TĐC cho người dân, hộ kinh doanh',
             '05 tin bài; 1 hội nghị với 120 đại biểu', {'communications': 5, 'training_courses': 1, 'participants': 120}, '[x]'),
        item('II.5.c', 'in_progress', 'Phối hợp kiểm tra đo lường, chất lượng tại chợ Hóc Môn, cây xăng',
             '2 cuộc; 15 cơ sở; 01 vi phạm; phạt 2.500.000 đồng',
             {'inspections': 2, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 2500000}, '[~]'),
        item('II.2.đ', 'not_started', 'ISO 9001 bộ phận một cửa xã', 'chưa xây dựng lại sau sáp nhập', {}, '[ ]'),
        item('II.3.a', 'completed', 'Cử CC tập huấn', '02 người', {'participants': 2}, '[x]'),
    ],
    diff=['Cân đối chứng tại chợ Hóc Môn đã cũ.'],
    prop=['Đề nghị Chi cục hỗ trợ thay cân đối chứng tại chợ Hóc Môn.'],
)))
