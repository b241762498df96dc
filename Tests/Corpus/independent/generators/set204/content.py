# -*- coding: utf-8 -*-
# Content of the 17 files of set204 (exec'd by gen.py)
ACR = ('(trong báo cáo này, tiêu chuẩn, đo lường, chất lượng viết tắt là ĐLCL; cân, đồng hồ và các thiết bị đo '
       'dùng trong mua bán viết tắt là TBĐ; hàng hóa đóng gói sẵn viết tắt là HHĐG)')
QH = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH'

# ======================= HAND 1 (wards, DOCX, hidden old figures) ============
F = 'p-ban-co-bc-ct38-2026.docx'
hand1(F, '27154', 'Phường Bàn Cờ', QH, '412/BC-UBND', '2026-11-09', 'Bàn Cờ, ngày 09 tháng 11 năm 2026',
      ('Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường',
       'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bàn Cờ báo cáo kết quả như sau ' + ACR + ':'),
      [('1. Việc tuyên truyền ĐLCL: ', ['Phường đăng ', ('H', '06 '), '08 tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố về quy định ĐLCL đối với hộ kinh doanh. ', ('I', '=> Đánh giá: đã làm xong phần việc của năm.')]),
       ('2. Việc kiểm tra TBĐ tại chợ: ', ['Phường phối hợp Chi cục TĐC kiểm tra TBĐ tại chợ Bàn Cờ và chợ Vườn Chuối, tổng cộng 03 cuộc, kiểm tra ', ('H', '38 '), '41 hộ kinh doanh (trong đó có 09 cửa hàng kinh doanh HHĐG); phát hiện 05 hộ dùng TBĐ sai số vượt giới hạn cho phép, đã lập biên bản, xử phạt 5.000.000 đồng. ', ('I', '=> Đánh giá: đang làm tiếp, tháng 12 kiểm tra thêm chợ đêm.')]),
       ('3. Việc ISO tại phường: ', ['Phường duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã rà soát, cập nhật các quy trình giải quyết thủ tục hành chính sau sắp xếp. ', ('I', '=> Đánh giá: đã làm xong.')]),
       ('4. Việc cử cán bộ tập huấn ĐLCL: ', ['Phường cử ', ('H', '01 '), '02 công chức tham dự lớp tập huấn nghiệp vụ ĐLCL do Chi cục TĐC tổ chức ngày 16/9/2026. ', ('I', '=> Đánh giá: đã làm xong.')])],
      ['Phường chưa có cán bộ chuyên trách ĐLCL, công chức kinh tế kiêm nhiệm nhiều việc.',
       'Phường không có TBĐ chuẩn để đối chứng khi kiểm tra tại chợ.'],
      ['Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra cân tại chợ.',
       'Đề nghị Sở tổ chức tập huấn nghiệp vụ ĐLCL cho công chức phường vào đầu năm 2027.'],
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Quốc Bảo')
key(F, '27154', 'Phường Bàn Cờ', '412/BC-UBND', '2026-11-09', [
    ('II.1.a', 'completed', {'communications': 8}, 'Phường đăng 08 tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố về quy định ĐLCL'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 41, 'violations': 5, 'fines_vnd': 5000000}, 'kiểm tra TBĐ tại chợ Bàn Cờ và chợ Vườn Chuối, tổng cộng 03 cuộc, kiểm tra 41 hộ kinh doanh'),
    ('II.2.đ', 'completed', {}, 'duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'),
    ('II.3.a', 'completed', {'participants': 2}, 'cử 02 công chức tham dự lớp tập huấn nghiệp vụ ĐLCL')],
    ['Phường chưa có cán bộ chuyên trách ĐLCL, công chức kinh tế kiêm nhiệm nhiều việc.',
     'Phường không có TBĐ chuẩn để đối chứng khi kiểm tra tại chợ.'],
    ['Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra cân tại chợ.',
     'Đề nghị Sở tổ chức tập huấn nghiệp vụ ĐLCL cho công chức phường vào đầu năm 2027.'])

F = 'go-vap-bao-cao-chi-thi-38.docx'
hand1(F, '26884', 'Phường Gò Vấp', QH, '287/BC-UBND', '2026-11-12', 'Gò Vấp, ngày 12 tháng 11 năm 2026',
      ('Tình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
       'Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND phường Gò Vấp báo cáo ' + ACR + ':'),
      [('Việc phổ biến pháp luật ĐLCL. ', ['Ngày 22/5/2026 phường tổ chức 01 hội nghị phổ biến quy định về TBĐ và HHĐG cho hộ kinh doanh, có ', ('H', '70 '), '85 lượt người dự; đăng 05 tin bài trên trang thông tin phường. ', ('I', '=> Đánh giá: đã làm xong.')]),
       ('Việc kiểm tra TBĐ, HHĐG. ', ['Tổ kiểm tra liên ngành phường thực hiện 04 cuộc kiểm tra tại chợ Gò Vấp, chợ Hạnh Thông Tây, kiểm tra 27 cơ sở; 02 cơ sở vi phạm về ghi nhãn HHĐG, xử phạt ', ('H', '2.500.000 '), '3.500.000 đồng. ', ('I', '=> Đánh giá: đang làm tiếp theo kế hoạch của tổ.')]),
       ('Việc ISO hành chính. ', ['Đang cập nhật hệ thống quản lý chất lượng ISO 9001:2015 cho bộ phận một cửa sau khi hợp nhất phường. ', ('I', '=> Đánh giá: đang làm.')]),
       ('Việc cử công chức học nghiệp vụ ĐLCL. ', ['Năm nay phường chưa cử được người đi học do trùng lịch đại hội khu phố. ', ('I', '=> Đánh giá: chưa làm.')])],
      ['Kinh phí của phường cho công tác kiểm tra ĐLCL chưa được bố trí riêng.'],
      ['Kiến nghị Sở hướng dẫn cụ thể nội dung được phân quyền cho phường trong kiểm tra HHĐG.'],
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Hồng Vân')
key(F, '26884', 'Phường Gò Vấp', '287/BC-UBND', '2026-11-12', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 85, 'communications': 5}, 'tổ chức 01 hội nghị phổ biến quy định về TBĐ và HHĐG cho hộ kinh doanh, có 85 lượt người dự; đăng 05 tin bài'),
    ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 3500000}, 'Tổ kiểm tra liên ngành phường thực hiện 04 cuộc kiểm tra, kiểm tra 27 cơ sở'),
    ('II.2.đ', 'in_progress', {}, 'Đang cập nhật hệ thống quản lý chất lượng ISO 9001:2015'),
    ('II.3.a', 'not_started', {}, 'Năm nay phường chưa cử được người đi học')],
    ['Kinh phí của phường cho công tác kiểm tra ĐLCL chưa được bố trí riêng.'],
    ['Kiến nghị Sở hướng dẫn cụ thể nội dung được phân quyền cho phường trong kiểm tra HHĐG.'])

F = 'UBND-TanDinh_BC38_T11.docx'
hand1(F, '26737', 'Phường Tân Định', QH, '156/BC-UBND', '2026-11-05', 'Tân Định, ngày 05 tháng 11 năm 2026',
      ('Báo cáo kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)',
       'UBND phường Tân Định báo cáo kết quả thực hiện ' + ACR + ' như sau:'),
      [('a) Việc thông tin, tuyên truyền ĐLCL: ', ['đăng 04 tin trên Trang thông tin điện tử phường, loa phát thanh khu phố. ', ('I', '=> Đánh giá: đã làm xong.')]),
       ('b) Việc kiểm tra TBĐ và HHĐG tại chợ Tân Định: ', ['phối hợp Chi cục TĐC kiểm tra 02 cuộc, 16 cơ sở ', ('H', '(15 cơ sở) '), 'kinh doanh; phát hiện 01 cơ sở vi phạm, phạt 1.500.000 đồng. ', ('I', '=> Đánh giá: đã làm xong theo kế hoạch của phường.')]),
       ('c) Việc khen thưởng người tố giác vi phạm ĐLCL: ', ['trong năm không có trường hợp tố giác. ', ('I', '=> Đánh giá: không phát sinh.')]),
       ('d) Việc cử cán bộ dự tập huấn ĐLCL: ', ['cử 03 cán bộ dự tập huấn do Sở tổ chức. ', ('I', '=> Đánh giá: đã làm xong.')])],
      ['Hộ kinh doanh tại chợ thay đổi thường xuyên, khó theo dõi TBĐ sau kiểm tra.'],
      ['Đề nghị Chi cục TĐC cung cấp danh sách TBĐ đã kiểm định trên địa bàn phường.'],
      'CHỦ TỊCH\n\nLâm Thanh Sơn')
key(F, '26737', 'Phường Tân Định', '156/BC-UBND', '2026-11-05', [
    ('II.1.a', 'completed', {'communications': 4}, 'đăng 04 tin trên Trang thông tin điện tử phường'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 16, 'violations': 1, 'fines_vnd': 1500000}, 'phối hợp Chi cục TĐC kiểm tra 02 cuộc, 16 cơ sở'),
    ('II.5.d', 'not_applicable', {}, 'trong năm không có trường hợp tố giác'),
    ('II.3.a', 'completed', {'participants': 3}, 'cử 03 cán bộ dự tập huấn do Sở tổ chức')],
    ['Hộ kinh doanh tại chợ thay đổi thường xuyên, khó theo dõi TBĐ sau kiểm tra.'],
    ['Đề nghị Chi cục TĐC cung cấp danh sách TBĐ đã kiểm định trên địa bàn phường.'])

# mistaken: chuyển đổi số
F = 'xuan-hoa-bc-2026.docx'
hand1(F, '27139', 'Phường Xuân Hòa', QH, '198/BC-UBND', '2026-11-06', 'Xuân Hòa, ngày 06 tháng 11 năm 2026',
      ('Kết quả thực hiện chuyển đổi số năm 2026 trên địa bàn phường',
       'Thực hiện Kế hoạch chuyển đổi số của Thành phố năm 2026, UBND phường Xuân Hòa báo cáo như sau (trong báo cáo này, chuyển đổi số viết tắt là CĐS; dịch vụ công trực tuyến viết tắt là DVCTT; tổ công nghệ số cộng đồng viết tắt là TCNS):'),
      [('1. Việc DVCTT: ', ['tỷ lệ hồ sơ tiếp nhận trực tuyến đạt ', ('H', '78% '), '86%. ', ('I', '=> Đánh giá: đang làm.')]),
       ('2. Việc TCNS: ', ['duy trì 07 tổ, 42 thành viên, hướng dẫn người dân cài đặt VNeID. ', ('I', '=> Đánh giá: đã làm xong.')]),
       ('3. Việc hạ tầng CĐS: ', ['lắp đặt 12 camera giám sát tại các nút giao. ', ('I', '=> Đánh giá: đã làm xong.')])],
      ['Đường truyền mạng tại bộ phận một cửa còn chậm.'],
      ['Đề nghị Thành phố nâng cấp đường truyền số liệu chuyên dùng.'],
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐặng Minh Trí')
key(F, '27139', 'Phường Xuân Hòa', '198/BC-UBND', '2026-11-06', [], [], [], status='rejected',
    reason='Không phải báo cáo Kế hoạch CT38: báo cáo kết quả chuyển đổi số năm 2026 của phường, gửi nhầm')

# ======================= HAND 2 (departments, DOCX merged table + SUM field) ==
F = 'SCT_BC_thuc_hien_CT38_2026.docx'
hand2(F, 'SO-CT', 'Sở Công Thương', 'Sở Công Thương', '2871/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026',
      'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả thực hiện các nội dung liên quan như sau:'],
      [('Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường',
        [('Số cuộc kiểm tra', '06 cuộc'), ('Số cơ sở được kiểm tra', 'xem Bảng 2'), ('Số cơ sở vi phạm', '07 cơ sở'), ('Tiền xử phạt VPHC', '86.500.000 đồng')],
        'Đang thực hiện (đợt 4 dự kiến tháng 12/2026)'),
       ('Góp ý dự thảo QCVN về xăng, nhiên liệu điêzen và nhiên liệu sinh học', [('Số dự thảo QCVN, TCVN đã góp ý', '03 văn bản')], 'Hoàn thành'),
       ('Tuyên truyền, phổ biến pháp luật về đo lường, chất lượng cho thương nhân kinh doanh xăng dầu',
        [('Hội nghị phổ biến', '02 hội nghị'), ('Lượt thương nhân tham dự', '230 lượt')], 'Hoàn thành'),
       ('Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở', [], 'Đang thực hiện')],
      ('Bảng 2. Số cơ sở kinh doanh xăng dầu, LPG được kiểm tra theo đợt', [('Đợt 1', 'Quý I/2026', 15), ('Đợt 2', 'Quý II/2026', 21), ('Đợt 3', 'Quý III/2026', 22)]), 58,
      [],
      ['Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với số cửa hàng xăng dầu trên địa bàn.',
       'Chưa có phương tiện đo chuẩn lưu động để kiểm tra nhanh cột đo xăng dầu.'],
      ['Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch kiểm tra liên ngành xăng dầu năm 2027.',
       'Đề nghị Chi cục TĐC hỗ trợ bình chuẩn kim loại cho các đoàn kiểm tra.'],
      'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhạm Hữu Lộc')
key(F, 'SO-CT', 'Sở Công Thương', '2871/BC-SCT', '2026-11-10', [
    ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 58, 'violations': 7, 'fines_vnd': 86500000}, 'Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường'),
    ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý dự thảo QCVN về xăng, nhiên liệu điêzen và nhiên liệu sinh học'),
    ('II.1.a', 'completed', {'training_courses': 2, 'participants': 230}, 'Tuyên truyền, phổ biến pháp luật về đo lường, chất lượng cho thương nhân kinh doanh xăng dầu'),
    ('II.2.đ', 'in_progress', {}, 'Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở')],
    ['Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với số cửa hàng xăng dầu trên địa bàn.',
     'Chưa có phương tiện đo chuẩn lưu động để kiểm tra nhanh cột đo xăng dầu.'],
    ['Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch kiểm tra liên ngành xăng dầu năm 2027.',
     'Đề nghị Chi cục TĐC hỗ trợ bình chuẩn kim loại cho các đoàn kiểm tra.'])

F = 'SYT-bao-cao-TC-DL-CL-2026.docx'
hand2(F, 'SO-YT', 'Sở Y tế', 'Sở Y tế', '5130/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026',
      'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW',
      ['Sở Y tế nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026.',
       'Sở Y tế báo cáo như sau:'],
      [('Kiểm tra về đo lường đối với phương tiện đo nhóm 2 sử dụng tại cơ sở khám bệnh, chữa bệnh (huyết áp kế, nhiệt kế y học, cân y tế)',
        [('Số đoàn kiểm tra', '04 đoàn'), ('Số cơ sở được kiểm tra', '(Bảng 2)'), ('Số cơ sở vi phạm', '03 cơ sở'), ('Số tiền xử phạt', '24.000.000 đồng')],
        'Đã hoàn thành kế hoạch kiểm tra năm'),
       ('Góp ý dự thảo tiêu chuẩn quốc gia về trang thiết bị y tế', [('Số dự thảo TCVN góp ý', '02')], 'Hoàn thành'),
       ('Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Văn phòng Sở', [], 'Hoàn thành'),
       ('Cử công chức, viên chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng', [('Số người tham gia', '05 người')], 'Hoàn thành')],
      ('Bảng 2. Cơ sở khám bệnh, chữa bệnh được kiểm tra', [('Đoàn 1+2', 'Tháng 4/2026', 12), ('Đoàn 3', 'Tháng 7/2026', 9), ('Đoàn 4', 'Tháng 9/2026', 11)]), 32,
      ['Ngoài ra, Sở Y tế đã chỉ đạo các bệnh viện trực thuộc rà soát, lập danh mục phương tiện đo phải kiểm định.'],
      ['Nhiều phòng khám tư nhân chưa lập sổ theo dõi phương tiện đo nhóm 2.'],
      ['Đề nghị Chi cục TĐC phối hợp tổ chức kiểm định lưu động cho các trạm y tế phường, xã.'],
      'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nBS. Nguyễn Văn Vĩnh Châu')
key(F, 'SO-YT', 'Sở Y tế', '5130/BC-SYT', '2026-11-13', [
    ('II.5.a', 'completed', {'inspections': 4, 'establishments_inspected': 32, 'violations': 3, 'fines_vnd': 24000000}, 'Kiểm tra về đo lường đối với phương tiện đo nhóm 2 sử dụng tại cơ sở khám bệnh, chữa bệnh'),
    ('II.2.e', 'completed', {'standards_reviewed': 2}, 'Góp ý dự thảo tiêu chuẩn quốc gia về trang thiết bị y tế'),
    ('II.2.đ', 'completed', {}, 'Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Văn phòng Sở'),
    ('II.3.a', 'completed', {'participants': 5}, 'Cử công chức, viên chức tham gia tập huấn nghiệp vụ')],
    ['Nhiều phòng khám tư nhân chưa lập sổ theo dõi phương tiện đo nhóm 2.'],
    ['Đề nghị Chi cục TĐC phối hợp tổ chức kiểm định lưu động cho các trạm y tế phường, xã.'])

F = 'sxd_bc_ct38.docx'
hand2(F, 'SO-XD', 'Sở Xây dựng', 'Sở Xây dựng', '9904/BC-SXD', 'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026',
      'Kết quả thực hiện các nội dung của Sở Xây dựng theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      ['Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả như sau:'],
      [('Kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính xây dựng) lưu thông trên thị trường',
        [('Số cuộc kiểm tra', '03'), ('Số cơ sở được kiểm tra', 'Bảng 2'), ('Số mẫu lấy thử nghiệm', '25 mẫu'), ('Số cơ sở vi phạm', '02'), ('Tiền phạt', '30 triệu đồng')],
        'Đang thực hiện'),
       ('Góp ý dự thảo sửa đổi QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng', [('Số quy chuẩn góp ý', '01')], 'Hoàn thành'),
       ('Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015', [], 'Hoàn thành'),
       ('Tập huấn quy chuẩn vật liệu xây dựng cho doanh nghiệp', [('Số lớp', '01 lớp'), ('Số học viên', '120 người')], 'Hoàn thành')],
      ('Bảng 2. Số cơ sở sản xuất, kinh doanh VLXD được kiểm tra', [('Đợt 1', 'Tháng 5/2026', 8), ('Đợt 2', 'Tháng 8-9/2026', 10)]), 18,
      [],
      ['Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, dự toán năm chưa đáp ứng.'],
      ['Đề nghị bổ sung kinh phí lấy mẫu thử nghiệm vật liệu xây dựng năm 2027.'],
      'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHuỳnh Thanh Khiết')
key(F, 'SO-XD', 'Sở Xây dựng', '9904/BC-SXD', '2026-11-06', [
    ('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 18, 'samples_tested': 25, 'violations': 2, 'fines_vnd': 30000000}, 'Kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính xây dựng) lưu thông trên thị trường'),
    ('II.2.e', 'completed', {'standards_reviewed': 1}, 'Góp ý dự thảo sửa đổi QCVN 16:2023/BXD'),
    ('II.2.đ', 'completed', {}, 'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015'),
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 120}, 'Tập huấn quy chuẩn vật liệu xây dựng cho doanh nghiệp')],
    ['Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, dự toán năm chưa đáp ứng.'],
    ['Đề nghị bổ sung kinh phí lấy mẫu thử nghiệm vật liệu xây dựng năm 2027.'])

# ======================= HAND 3 (communes / special zone, Google Docs) =======
F = 'Bao cao CT38 - Con Dao.docx'
hand3(F, '26732', 'Đặc khu Côn Đảo', '88/BC-UBND', 'Côn Đảo, ngày 11 tháng 11 năm 2026',
      'Báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
      [('Kiểm tra đo lường tại chợ, cảng cá (KH 38 – phối hợp với Chi cục)',
        ['Số cuộc kiểm tra: 02 cuộc', 'Số cơ sở được kiểm tra: 19 cơ sở (cân đĩa, cân bàn tại chợ Côn Đảo và cảng Bến Đầm)', 'Vi phạm: 01 cơ sở, đã nhắc nhở, chưa xử phạt'],
        'đang làm, còn 01 đợt vào tháng 12'),
       ('Tuyên truyền cho hộ kinh doanh du lịch, dịch vụ (KH 38 – tuyên truyền)',
        ['Đăng 03 tin trên Cổng thông tin điện tử đặc khu', 'Lồng ghép tại buổi gặp gỡ hộ kinh doanh dịp đầu mùa du lịch'],
        'đã xong'),
       ('Cán bộ đặc khu dự tập huấn TĐC (KH 38 – đào tạo)',
        ['Chưa cử được cán bộ do lớp tập huấn tổ chức trên đất liền, tàu đi lại khó khăn mùa gió chướng'],
        'chưa thực hiện'),
       ('ISO trong hành chính (KH 38 – ISO)',
        ['Đang chuyển đổi hệ thống ISO 9001:2015 từ huyện cũ sang mô hình đặc khu'],
        'đang làm')],
      ['Đặc khu ở xa, việc đi lại của đoàn kiểm tra và cán bộ dự tập huấn phụ thuộc thời tiết.'],
      ['Đề nghị Sở tổ chức lớp tập huấn trực tuyến hoặc tại chỗ cho cán bộ đặc khu.'],
      'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH  Lê Văn Hùng')
key(F, '26732', 'Đặc khu Côn Đảo', '88/BC-UBND', '2026-11-11', [
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 19, 'violations': 1}, 'Kiểm tra đo lường tại chợ, cảng cá'),
    ('II.1.a', 'completed', {'communications': 3}, 'Đăng 03 tin trên Cổng thông tin điện tử đặc khu'),
    ('II.3.a', 'not_started', {}, 'Chưa cử được cán bộ do lớp tập huấn tổ chức trên đất liền'),
    ('II.2.đ', 'in_progress', {}, 'Đang chuyển đổi hệ thống ISO 9001:2015')],
    ['Đặc khu ở xa, việc đi lại của đoàn kiểm tra và cán bộ dự tập huấn phụ thuộc thời tiết.'],
    ['Đề nghị Sở tổ chức lớp tập huấn trực tuyến hoặc tại chỗ cho cán bộ đặc khu.'])

F = 'Long Hai - BC chi thi 38.docx'
hand3(F, '26662', 'Xã Long Hải', '241/BC-UBND', 'Long Hải, ngày 04 tháng 11 năm 2026',
      'Báo cáo tình hình triển khai Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng) năm 2026',
      [('Kiểm tra cân, hàng đóng gói tại chợ Long Hải và chợ hải sản (KH 38 – phân quyền cho xã)',
        ['03 cuộc kiểm tra', '22 cơ sở được kiểm tra', '02 cơ sở vi phạm, phạt 4.000.000 đồng'],
        'hoàn thành'),
       ('Hội nghị phổ biến quy định đo lường cho tiểu thương (KH 38 – tuyên truyền)',
        ['01 hội nghị ngày 18/6/2026', '64 lượt người tham dự'],
        'hoàn thành'),
       ('ISO 9001 tại UBND xã (KH 38 – ISO)',
        ['Đã công bố lại hệ thống quản lý chất lượng sau sáp nhập'],
        'hoàn thành')],
      ['Xã chưa có cân đối chứng đặt tại chợ.'],
      ['Đề nghị hỗ trợ xã 02 cân đối chứng cho chợ Long Hải và chợ hải sản.'],
      'TM. UBND XÃ - CHỦ TỊCH  Trương Thị Kim Ngân')
key(F, '26662', 'Xã Long Hải', '241/BC-UBND', '2026-11-04', [
    ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 4000000}, 'Kiểm tra cân, hàng đóng gói tại chợ Long Hải và chợ hải sản'),
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 64}, 'Hội nghị phổ biến quy định đo lường cho tiểu thương'),
    ('II.2.đ', 'completed', {}, 'Đã công bố lại hệ thống quản lý chất lượng sau sáp nhập')],
    ['Xã chưa có cân đối chứng đặt tại chợ.'],
    ['Đề nghị hỗ trợ xã 02 cân đối chứng cho chợ Long Hải và chợ hải sản.'])

F = 'HoTram_BC_CT38_nam2026.docx'
hand3(F, '26620', 'Xã Hồ Tràm', '173/BC-UBND', 'Hồ Tràm, ngày 10 tháng 11 năm 2026',
      'Báo cáo thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      [('Phối hợp kiểm tra đo lường tại các cửa hàng xăng dầu ven biển (KH 38 – phân quyền cho xã)',
        ['Số cuộc: 01', 'Số cửa hàng được kiểm tra: 11'],
        'đang thực hiện'),
       ('Tuyên truyền trên loa, trang thông tin xã (KH 38 – tuyên truyền)',
        ['02 tin bài'],
        'đang thực hiện'),
       ('Cử cán bộ tập huấn (KH 38 – đào tạo)',
        ['02 công chức dự lớp tập huấn của Chi cục TĐC'],
        'đã xong'),
       ('Khen thưởng, bảo vệ người tố giác vi phạm (KH 38 – khen thưởng)',
        ['Không có trường hợp phát sinh'],
        'không phát sinh')],
      ['Công chức phụ trách còn kiêm nhiệm, chưa nắm vững nghiệp vụ đo lường xăng dầu.'],
      ['Đề nghị Chi cục TĐC cử cán bộ hướng dẫn nghiệp vụ khi xã kiểm tra cửa hàng xăng dầu.'],
      'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH  Phan Văn Đức')
key(F, '26620', 'Xã Hồ Tràm', '173/BC-UBND', '2026-11-10', [
    ('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 11}, 'Phối hợp kiểm tra đo lường tại các cửa hàng xăng dầu ven biển'),
    ('II.1.a', 'in_progress', {'communications': 2}, 'Tuyên truyền trên loa, trang thông tin xã: 02 tin bài'),
    ('II.3.a', 'completed', {'participants': 2}, '02 công chức dự lớp tập huấn của Chi cục TĐC'),
    ('II.5.d', 'not_applicable', {}, 'Không có trường hợp phát sinh')],
    ['Công chức phụ trách còn kiêm nhiệm, chưa nắm vững nghiệp vụ đo lường xăng dầu.'],
    ['Đề nghị Chi cục TĐC cử cán bộ hướng dẫn nghiệp vụ khi xã kiểm tra cửa hàng xăng dầu.'])

# ======================= HAND 4 (departments, XLSX Đợt columns + =SUM via LO) =
F = 'SoNNMT_TongHop_CT38_2026.xlsx'
D = ['Mẫu phân bón, thuốc BVTV tại một số đại lý không đạt chỉ tiêu hàm lượng nhưng chưa có cơ sở thử nghiệm được chỉ định trên địa bàn cho một số chỉ tiêu.']
P = ['Đề nghị Sở KH&CN hỗ trợ chỉ định thêm tổ chức thử nghiệm phân bón trên địa bàn Thành phố.']
hand4(F, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '6612/BC-SNNMT', 'Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026',
      'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
      [('Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông trên thị trường',
        [('Số cuộc kiểm tra (cuộc)', [2, 2, 1]), ('Số cơ sở được kiểm tra (cơ sở)', [14, 12, 9]), ('Số cơ sở vi phạm (cơ sở)', [2, 1, None]),
         ('Tiền phạt (đồng)', [15000000, 7500000, None]), ('Số mẫu lấy thử nghiệm (mẫu)', [20, 18, 12])], 'Đang thực hiện'),
       ('Góp ý dự thảo QCVN về phân bón, giống cây trồng', [('Số QCVN, TCVN đã góp ý (văn bản)', [1, 2, None])], 'Hoàn thành'),
       ('Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại Sở', [], 'Hoàn thành'),
       ('Hướng dẫn hợp tác xã, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc', [('Số HTX, doanh nghiệp được hướng dẫn', [4, 6, 5])], 'Đang thực hiện')],
      D, P, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC\nNguyễn Hoàng Anh')
key(F, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '6612/BC-SNNMT', '2026-11-09', [
    ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 35, 'violations': 3, 'fines_vnd': 22500000, 'samples_tested': 50}, 'Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông trên thị trường'),
    ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý dự thảo QCVN về phân bón, giống cây trồng'),
    ('II.2.đ', 'completed', {}, 'Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại Sở'),
    ('II.2.a', 'in_progress', {'enterprises_supported': 15}, 'Hướng dẫn hợp tác xã, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc')], D, P)

F = 'GDDT_bieu_CT38.xlsx'
D = ['Chương trình đào tạo của các trường trung cấp, cao đẳng đã ổn định, khó bổ sung học phần riêng về tiêu chuẩn, đo lường, chất lượng.']
P = ['Đề nghị Chi cục TĐC biên soạn tài liệu chuyên đề ngắn để các trường lồng ghép giảng dạy.']
hand4(F, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4378/BC-SGDĐT', 'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026',
      'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
      [('Bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho giáo viên, học sinh các trường trung cấp, cao đẳng',
        [('Số lớp, chuyên đề bồi dưỡng (lớp)', [2, 3, None]), ('Số lượt học viên, học sinh tham dự (lượt)', [110, 160, None])], 'Đang thực hiện'),
       ('Tuyên truyền trên Cổng thông tin điện tử Sở', [('Số tin, bài (tin)', [2, 1, 2])], 'Hoàn thành'),
       ('Áp dụng ISO 9001:2015 tại cơ quan Sở', [], 'Hoàn thành'),
       ('Góp ý dự thảo TCVN về thiết bị dạy học', [], 'Chưa thực hiện (chưa nhận được dự thảo)')],
      D, P, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC\nLê Thụy Mỵ Châu')
key(F, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4378/BC-SGDĐT', '2026-11-12', [
    ('II.3.d', 'in_progress', {'training_courses': 5, 'participants': 270}, 'Bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho giáo viên, học sinh các trường trung cấp, cao đẳng'),
    ('II.1.a', 'completed', {'communications': 5}, 'Tuyên truyền trên Cổng thông tin điện tử Sở'),
    ('II.2.đ', 'completed', {}, 'Áp dụng ISO 9001:2015 tại cơ quan Sở'),
    ('II.2.e', 'not_started', {}, 'Góp ý dự thảo TCVN về thiết bị dạy học')], D, P)

F = 'VHTT-CT38-11thang.xlsx'
D = ['Nhiều cơ sở kinh doanh dịch vụ thể thao nhỏ lẻ chưa công bố tiêu chuẩn áp dụng cho dụng cụ tập luyện.']
P = ['Đề nghị phối hợp với Chi cục TĐC kiểm tra liên ngành trong năm 2027.']
hand4(F, 'SO-VHTT', 'Sở Văn hóa và Thể thao', '3021/BC-SVHTT', 'Thành phố Hồ Chí Minh, ngày 16 tháng 11 năm 2026',
      'BIỂU KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW (11 THÁNG NĂM 2026)',
      [('Kiểm tra chất lượng dụng cụ, thiết bị tập luyện tại cơ sở kinh doanh dịch vụ thể thao',
        [('Số cuộc kiểm tra', [1, 1, 1]), ('Số cơ sở được kiểm tra', [6, 8, 7]), ('Số cơ sở vi phạm', [1, 0, 2])], 'Đang thực hiện'),
       ('Áp dụng, duy trì ISO 9001:2015', [], 'Hoàn thành'),
       ('Cử công chức tham gia tập huấn nghiệp vụ TĐC', [('Số người tham gia', [2, None, 1])], 'Hoàn thành')],
      D, P, 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC\nTrần Thế Thuận')
key(F, 'SO-VHTT', 'Sở Văn hóa và Thể thao', '3021/BC-SVHTT', '2026-11-16', [
    ('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 21, 'violations': 3}, 'Kiểm tra chất lượng dụng cụ, thiết bị tập luyện tại cơ sở kinh doanh dịch vụ thể thao'),
    ('II.2.đ', 'completed', {}, 'Áp dụng, duy trì ISO 9001:2015'),
    ('II.3.a', 'completed', {'participants': 3}, 'Cử công chức tham gia tập huấn nghiệp vụ TĐC')], D, P)

# mistaken: food safety
F = 'SATTP_tonghop_2026.xlsx'
hand4(F, 'SO-ATTP', 'Sở An toàn thực phẩm', '1187/BC-SATTP', 'Thành phố Hồ Chí Minh, ngày 08 tháng 11 năm 2026',
      'BIỂU TỔNG HỢP KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM NĂM 2026',
      [('Kiểm tra an toàn thực phẩm Tết Nguyên đán, Tháng hành động vì ATTP, Tết Trung thu',
        [('Số đoàn kiểm tra', [12, 9, 7]), ('Số cơ sở thực phẩm được kiểm tra', [340, 280, 196]), ('Số mẫu xét nghiệm nhanh', [120, 95, 88])], 'Hoàn thành'),
       ('Giám sát ngộ độc thực phẩm tại bếp ăn tập thể', [('Số vụ ngộ độc', [1, 0, 1])], 'Đang thực hiện')],
      ['Lực lượng kiểm tra ATTP tại phường, xã còn mỏng.'], ['Đề nghị bổ sung kinh phí xét nghiệm nhanh.'],
      'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC\nPhạm Khánh Phong Lan')
key(F, 'SO-ATTP', 'Sở An toàn thực phẩm', '1187/BC-SATTP', '2026-11-08', [], [], [], status='rejected',
    reason='Không phải báo cáo Kế hoạch CT38: biểu tổng hợp kết quả kiểm tra an toàn thực phẩm năm 2026, gửi nhầm')

# ======================= HAND 5 (wards, XLSX task row + "→" figure row) =======
NOTE = 'Viết tắt: ĐLCL – tiêu chuẩn, đo lường, chất lượng; TBĐ – thiết bị đo (cân, đồng hồ xăng dầu, taxi…); HHĐG – hàng hóa đóng gói sẵn; KP – khu phố.'
F = 'SaiGon_theodoi_CT38.xlsx'
D = ['Nhiều hộ kinh doanh HHĐG tại chợ Bến Thành cũ đã chuyển địa điểm, khó kiểm tra lại.']
P = ['Đề nghị Chi cục TĐC cử cán bộ cùng phường kiểm tra TBĐ vào tháng 12/2026.']
hand5(F, '26740', 'Phường Sài Gòn', '519/BC-UBND', 'Sài Gòn, ngày 12 tháng 11 năm 2026', NOTE,
      [('Kiểm tra TBĐ, HHĐG tại chợ và cửa hàng (phối hợp Chi cục TĐC)', '05 cuộc / 37 cơ sở / 04 cơ sở vi phạm / phạt 12,5 triệu đồng', 'Đang làm', '12.11.2026'),
       ('Tuyên truyền ĐLCL tới hộ kinh doanh các KP', '07 tin bài / 01 hội nghị / 96 lượt người dự', 'Đã xong', '30.9.2026'),
       ('Duy trì ISO 9001 tại UBND phường', None, 'Đã xong', '15.10.2026'),
       ('Khen thưởng người phát hiện vi phạm ĐLCL', None, 'Không có việc', '12.11.2026')], D, P,
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVõ Thị Ngọc Hân')
key(F, '26740', 'Phường Sài Gòn', '519/BC-UBND', '2026-11-12', [
    ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 37, 'violations': 4, 'fines_vnd': 12500000}, 'Kiểm tra TBĐ, HHĐG tại chợ và cửa hàng (phối hợp Chi cục TĐC)'),
    ('II.1.a', 'completed', {'communications': 7, 'training_courses': 1, 'participants': 96}, 'Tuyên truyền ĐLCL tới hộ kinh doanh các KP'),
    ('II.2.đ', 'completed', {}, 'Duy trì ISO 9001 tại UBND phường'),
    ('II.5.d', 'not_applicable', {}, 'Khen thưởng người phát hiện vi phạm ĐLCL')], D, P)

F = 'BenThanh-CT38-2026.xlsx'
D = ['Phường thiếu cân đối chứng tại các chợ.']
P = ['Đề nghị trang bị cân đối chứng cho chợ Thái Bình và chợ Tân Định.']
hand5(F, '26743', 'Phường Bến Thành', '402/BC-UBND', 'Bến Thành, ngày 07 tháng 11 năm 2026', NOTE,
      [('Kiểm tra TBĐ và HHĐG trên địa bàn phường', '03 cuộc / 29 cơ sở / 02 cơ sở vi phạm / phạt 6 triệu đồng', 'Đã xong', '31.10.2026'),
       ('Cử cán bộ dự tập huấn ĐLCL', 'cán bộ dự tập huấn: 04 người', 'Đã xong', '16.9.2026'),
       ('Tuyên truyền ĐLCL trên trang thông tin phường', '03 tin bài', 'Đang làm', '07.11.2026')], D, P,
      'CHỦ TỊCH\nNguyễn Tấn Phát')
key(F, '26743', 'Phường Bến Thành', '402/BC-UBND', '2026-11-07', [
    ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 29, 'violations': 2, 'fines_vnd': 6000000}, 'Kiểm tra TBĐ và HHĐG trên địa bàn phường'),
    ('II.3.a', 'completed', {'participants': 4}, 'Cử cán bộ dự tập huấn ĐLCL'),
    ('II.1.a', 'in_progress', {'communications': 3}, 'Tuyên truyền ĐLCL trên trang thông tin phường')], D, P)

F = 'AnNhon_BC38.xlsx'
D = ['Phường mới sắp xếp, chưa phân công rõ công chức theo dõi ĐLCL.']
P = ['Đề nghị Sở gửi hướng dẫn mẫu ISO điện tử cho phường.']
hand5(F, '26876', 'Phường An Nhơn', '233/BC-UBND', 'An Nhơn, ngày 13 tháng 11 năm 2026', NOTE,
      [('Kiểm tra TBĐ tại chợ An Nhơn, chợ Xóm Mới', '02 cuộc / 18 cơ sở', 'Đang làm', '13.11.2026'),
       ('ISO 9001 ở bộ phận một cửa', None, 'Chưa làm', '13.11.2026'),
       ('Tin bài tuyên truyền ĐLCL', '04 tin bài', 'Đã xong', '20.10.2026')], D, P,
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHồ Minh Đạt')
key(F, '26876', 'Phường An Nhơn', '233/BC-UBND', '2026-11-13', [
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 18}, 'Kiểm tra TBĐ tại chợ An Nhơn, chợ Xóm Mới'),
    ('II.2.đ', 'not_started', {}, 'ISO 9001 ở bộ phận một cửa'),
    ('II.1.a', 'completed', {'communications': 4}, 'Tin bài tuyên truyền ĐLCL')], D, P)
