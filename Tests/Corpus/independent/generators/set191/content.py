# -*- coding: utf-8 -*-
# Content of set191, executed by gen.py

# ======================= H1 — four wards =======================
h1('BC-CT38-P.ThuDauMot-11T.docx', ('25747', 'Phường Thủ Dầu Một'), '412/BC-UBND', '2026-11-18',
   'ngày 18 tháng 11 năm 2026', 'Thủ Dầu Một', [
    ('II.1.a', 'completed', {'communications': 14, 'training_courses': 1, 'participants': 65},
     'tuyên truyền trên loa truyền thanh và trang thông tin phường 14 tin, bài; phối hợp tổ chức 01 buổi phổ biến văn bản cho 65 hộ kinh doanh',
     'Nhiệm vụ thứ {n}'),
    ('II.2.đ', 'in_progress', {},
     'duy trì HTQLCL theo TCVN ISO 9001:2015, đã rà soát lại 27 quy trình, chờ đánh giá nội bộ tháng 12',
     'Nhiệm vụ thứ {n}'),
    ('II.3.a', 'completed', {'participants': 3},
     'cử 03 công chức dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức',
     'Nội dung số {n} của Kế hoạch'),
    ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 41, 'violations': 4, 'fines_vnd': 12500000},
     'phối hợp kiểm tra 06 cuộc, 41 cơ sở (cân tại chợ Thủ Dầu Một, cửa hàng xăng dầu, vàng trang sức), lập biên bản 04 cơ sở vi phạm, xử phạt 12.500.000 đồng',
     'Nhiệm vụ thứ {n}'),
    ('II.5.d', 'not_applicable', {}, 'tố giác vi phạm về TĐC', 'Nhiệm vụ thứ {n}'),
], ['Phường mới sáp nhập, chưa có cân đối chứng tại chợ Phú Văn.',
    'Công chức kiêm nhiệm nhiều lĩnh vực, chưa nắm hết quy định về đo lường.'],
   ['Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Phú Văn.',
    'Đề nghị Sở gửi danh sách cơ sở kinh doanh xăng dầu trên địa bàn sau sáp nhập để phường phối hợp.'],
   'Nguyễn Văn Lộc')

h1('BC-CT38-TanHiep.docx', ('25920', 'Phường Tân Hiệp'), '233/BC-UBND', '2026-11-16',
   'ngày 16 tháng 11 năm 2026', 'Tân Hiệp', [
    ('II.1.a', 'in_progress', {'communications': 9},
     'đăng 9 tin trên Zalo khu phố và trang fanpage phường về cân đúng, đo đủ', 'Nhiệm vụ thứ {n}'),
    ('II.2.d', 'completed', {'enterprises_supported': 5},
     'hướng dẫn 05 hộ, cơ sở sản xuất nước đá, nước uống đóng chai làm hồ sơ công bố hợp quy', 'Nhiệm vụ thứ {n}'),
    ('II.3.a', 'completed', {'participants': 2},
     'đã cử 02 đồng chí đi tập huấn', 'Nội dung số {n} của Kế hoạch'),
    ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 18},
     'kiểm tra 3 đợt, 18 cơ sở kinh doanh xăng dầu và gas, chưa phát hiện vi phạm', 'Nhiệm vụ thứ {n}'),
    ('II.5.a', 'unknown', {'samples_tested': 4},
     'phối hợp Đội QLTT lấy 4 mẫu xăng gửi kiểm nghiệm, chưa có kết quả', 'Nhiệm vụ thứ {n}'),
], ['Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường tại phường.'],
   ['Đề nghị Sở KH&CN hướng dẫn mẫu biên bản kiểm tra thống nhất cho cấp phường.'],
   'Trần Quốc Bảo')

h1('UBND-TNP_bao-cao-CT38-2026.docx', ('26842', 'Phường Tăng Nhơn Phú'), '1187/BC-UBND', '2026-11-20',
   'ngày 20 tháng 11 năm 2026', 'Tăng Nhơn Phú', [
    ('II.1.a', 'completed', {'communications': 22, 'training_courses': 2, 'participants': 140},
     'tuyên truyền 22 tin bài, tổ chức 02 hội nghị phổ biến cho 140 lượt người là hộ kinh doanh chợ Phước Bình, chợ Tăng Nhơn Phú',
     'Nhiệm vụ thứ {n}'),
    ('II.2.đ', 'completed', {},
     'đã công bố lại HTQLCL phù hợp TCVN ISO 9001:2015 sau sắp xếp', 'Nội dung số {n} của Kế hoạch'),
    ('II.5.c', 'in_progress', {'inspections': 8, 'establishments_inspected': 56, 'violations': 7, 'fines_vnd': 31000000},
     'tổ kiểm tra liên ngành phường kiểm tra 08 cuộc / 56 cơ sở; vi phạm 07 cơ sở; phạt 31 triệu đồng',
     'Nhiệm vụ thứ {n}'),
    ('II.3.a', 'not_started', {}, 'lớp bồi dưỡng cho công chức phường chưa được tổ chức', 'Nhiệm vụ thứ {n}'),
], ['Số hộ kinh doanh nhỏ lẻ nhiều, thay đổi địa điểm thường xuyên, khó quản lý.',
    'Chưa có hướng dẫn phân định rõ việc kiểm tra giữa phường và Đội Quản lý thị trường.'],
   ['Đề nghị Chi cục TĐC tổ chức lớp tập huấn cho công chức phường trong tháng 12/2026.'],
   'Lê Thị Ngọc Trâm')

h1('DongHoa_BC_CT38_thang11.docx', ('25951', 'Phường Đông Hòa'), '96/BC-UBND', '2026-11-24',
   'ngày 24 tháng 11 năm 2026', 'Đông Hòa', [
    ('II.1.a', 'completed', {'communications': 6},
     'tuyên truyền 6 bài trên trang thông tin điện tử phường', 'Nhiệm vụ thứ {n}'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 3},
     'hướng dẫn 3 doanh nghiệp trong khu dân cư về ghi nhãn hàng hóa', 'Nhiệm vụ thứ {n}'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 2500000},
     'kiểm tra 02 cuộc tại 15 cơ sở kinh doanh vàng bạc, cân tiểu li; 01 cơ sở vi phạm, phạt 2,5 triệu đồng',
     'Nhiệm vụ thứ {n}'),
    ('II.5.d', 'not_applicable', {}, 'khen thưởng người tố giác', 'Nội dung số {n} của Kế hoạch'),
], ['Thiếu thiết bị kiểm tra nhanh (quả cân chuẩn) khi đi kiểm tra chợ.'],
   ['Kiến nghị Sở cấp bộ quả cân chuẩn cho phường.', 'Kiến nghị gộp kỳ báo cáo CT38 với báo cáo năm để giảm số lần báo cáo.'],
   'Võ Thành Tâm')

# ======================= H4 — four communes, city template + own columns =======================
h4('Xa-BinhChau_Bieu-CT38_2026.xlsx', ('26656', 'Xã Bình Châu'), '158/BC-UBND', '2026-11-19',
   'Bình Châu, ngày 19 tháng 11 năm 2026', [
    ('II.1.a', 'completed', {'communications': 11, 'training_courses': 1, 'participants': 48},
     'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng (Mục 1.a)',
     'Phát thanh và đăng tin; tổ chức buổi phổ biến cho hộ kinh doanh hải sản', '', 'Ấp Láng Găng, Ấp Bình Tiến',
     'Đ/c Huỳnh (VH-XH)', 'Tin bài: 11; buổi: 01; người dự: 48'),
    ('II.3.a', 'completed', {'participants': 2},
     'Cử cán bộ tham gia tập huấn nghiệp vụ (Mục 3.a)', 'Cử công chức Kinh tế dự lớp tháng 6', '', '—',
     'Đ/c Tuấn (KT)', 'Số người: 02'),
    ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 23, 'violations': 2, 'fines_vnd': 7000000},
     'Thực hiện nội dung được phân quyền QLNN về TĐC (Mục 5.c)',
     'Kiểm tra cân tại chợ Bình Châu và vựa hải sản; kiểm tra cửa hàng xăng dầu', 'còn 01 đợt tháng 12',
     'Ấp Thạnh Sơn, chợ Bình Châu', 'Đ/c Tuấn (KT)', 'Cuộc: 4; cơ sở: 23; vi phạm: 2; phạt: 7.000.000đ'),
    ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác (Mục 5.d)', '', '', '', '', ''),
], ['Địa bàn rộng, các vựa hải sản nằm rải rác ven biển, đi lại kiểm tra mất nhiều thời gian.'],
   ['Đề nghị Chi cục TĐC hỗ trợ kiểm định cân cho các vựa hải sản trên địa bàn xã.'], 'Phan Văn Hùng')

h4('PhuocThanh-CT38.xlsx', ('25864', 'Xã Phước Thành'), '77/BC-UBND', '2026-11-17',
   'Phước Thành, ngày 17 tháng 11 năm 2026', [
    ('II.1.a', 'in_progress', {'communications': 5},
     'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng (Mục 1.a)',
     'Đăng tin trên nhóm Zalo các ấp', '', 'Các ấp', 'Đ/c Nhung', 'Tin: 05'),
    ('II.2.đ', 'completed', {}, 'Áp dụng, duy trì HTQLCL trong cơ quan hành chính (Mục 2.đ)',
     'Đã xây dựng, công bố HTQLCL theo TCVN ISO 9001:2015 cho bộ phận một cửa', '', 'UBND xã', 'Đ/c Nhung', ''),
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 9},
     'Thực hiện nội dung được phân quyền QLNN về TĐC (Mục 5.c)',
     'Kiểm tra cửa hàng xăng dầu, vật liệu xây dựng', '', 'Ấp 1, Ấp 3', 'Đ/c Khánh', 'Cuộc: 2; cơ sở: 9'),
    ('II.3.a', 'not_started', {}, 'Cử cán bộ tham gia tập huấn nghiệp vụ (Mục 3.a)', 'Chưa nhận được thư mời', '',
     '', 'Đ/c Khánh', ''),
], ['Xã chưa có công chức chuyên trách lĩnh vực khoa học và công nghệ.',
    'Người dân chưa quan tâm đến việc kiểm định cân.'],
   ['Đề nghị Sở mở lớp tập huấn ngắn ngày cho công chức xã về đo lường.'], 'Đinh Thị Lụa')

h4('ChauPha_BaoCao_CT38_11thang.xlsx', ('26728', 'Xã Châu Pha'), '301/BC-UBND', '2026-11-25',
   'Châu Pha, ngày 25 tháng 11 năm 2026', [
    ('II.1.a', 'completed', {'communications': 16, 'training_courses': 2, 'participants': 95},
     'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng (Mục 1.a)',
     'Tổ chức hội nghị tại 2 cụm ấp; phát thanh', '', 'Ấp Sông Cầu, Ấp Tân Ninh', 'Đ/c Trang',
     'Tin bài: 16; hội nghị: 02; lượt người: 95'),
    ('II.2.d', 'completed', {'enterprises_supported': 4},
     'Hướng dẫn doanh nghiệp công bố chất lượng (Mục 2.d)', 'Hướng dẫn HTX và cơ sở chế biến nông sản', '',
     'Ấp Tân Ninh', 'Đ/c Trang', 'Cơ sở được hướng dẫn: 04'),
    ('II.5.c', 'completed', {'inspections': 5, 'establishments_inspected': 30, 'violations': 3, 'fines_vnd': 9500000},
     'Thực hiện nội dung được phân quyền QLNN về TĐC (Mục 5.c)',
     'Phối hợp kiểm tra các điểm thu mua nông sản, cửa hàng xăng dầu', 'đủ số cuộc theo KH của xã',
     'Toàn xã', 'Đ/c Phong', 'Cuộc: 05; cơ sở: 30; vi phạm: 03; phạt: 9,5tr'),
    ('II.5.a', 'in_progress', {'samples_tested': 6}, 'Phối hợp kiểm tra chất lượng hàng hóa (Mục 5.a)',
     'Lấy mẫu phân bón tại đại lý', 'chờ kết quả thử nghiệm', 'Ấp Sông Cầu', 'Đ/c Phong', 'Mẫu: 6'),
], ['Cân của các điểm thu mua nông sản phần lớn chưa được kiểm định định kỳ.'],
   ['Đề nghị Chi cục TĐC tổ chức đợt kiểm định cân lưu động tại xã.',
    'Đề nghị hỗ trợ kinh phí thử nghiệm mẫu phân bón.'], 'Nguyễn Hữu Nghĩa')

h4('PhuGiao_CT38_2026.xlsx', ('25858', 'Xã Phú Giáo'), '205/BC-UBND', '2026-11-21',
   'Phú Giáo, ngày 21 tháng 11 năm 2026', [
    ('II.1.a', 'completed', {'communications': 8}, 'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng (Mục 1.a)',
     'Đăng tin, treo băng rôn ngày Tiêu chuẩn thế giới', '', 'Trung tâm xã', 'Đ/c Hằng', 'Tin bài: 8'),
    ('II.3.a', 'completed', {'participants': 4}, 'Cử cán bộ tham gia tập huấn nghiệp vụ (Mục 3.a)',
     'Cử công chức dự lớp trực tuyến', '', '', 'Đ/c Hằng', 'Người: 4'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 1500000},
     'Thực hiện nội dung được phân quyền QLNN về TĐC (Mục 5.c)', 'Kiểm tra cân tại chợ Phước Vĩnh cũ, cửa hàng gas', '',
     'Khu phố chợ', 'Đ/c Duy', 'Cuộc: 3; cơ sở: 14; vi phạm: 1; phạt: 1,5 triệu'),
    ('II.2.đ', 'unknown', {}, 'Áp dụng, duy trì HTQLCL trong cơ quan hành chính (Mục 2.đ)',
     'Rà soát bộ quy trình ISO của bộ phận một cửa', '', 'UBND xã', 'Đ/c Hằng', ''),
], ['Kinh phí tuyên truyền không bố trí riêng.'],
   ['Đề nghị Sở cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pano) cho xã.'], 'Bùi Văn Tường')

# ======================= H3 — narrative with last-year comparisons =======================
h3('NgaiGiao-baocao-CT38.docx', ('26575', 'Xã Ngãi Giao'), 'ỦY BAN NHÂN DÂN', '189/BC-UBND', '2026-11-22',
   'ngày 22 tháng 11 năm 2026', 'Ngãi Giao', [
    ('II.1.a', 'completed', {'communications': 12, 'participants': 70},
     'Công tác tuyên truyền',
     'Trong 11 tháng năm 2026, UBND xã đã đăng 12 tin, bài trên hệ thống truyền thanh và trang thông tin của xã '
     '(cùng kỳ năm 2025: 7 tin, bài); lồng ghép phổ biến quy định về đo lường trong các buổi họp ấp với 70 lượt người '
     'tham dự, cao hơn năm trước (năm 2025: 45 lượt người).'),
    ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 34, 'violations': 2, 'fines_vnd': 6000000},
     'Quản lý nhà nước về đo lường, chất lượng tại địa phương',
     'Xã phối hợp tổ chức 05 cuộc kiểm tra (cùng kỳ năm 2025: 03 cuộc) tại 34 cơ sở kinh doanh xăng dầu, gas, vàng '
     'và cân tại chợ Ngãi Giao (cùng kỳ: 41 cơ sở); phát hiện 02 cơ sở vi phạm, xử phạt 6.000.000 đồng '
     '(năm 2025 xử phạt 4.500.000 đồng).'),
    ('II.2.đ', 'completed', {},
     'Hệ thống quản lý chất lượng tại UBND xã',
     'Xã đã ban hành lại Chính sách chất lượng và 19 quy trình theo TCVN ISO 9001:2015 sau khi hợp nhất.'),
    ('II.3.a', 'completed', {'participants': 2},
     'Bồi dưỡng cán bộ', 'Cử 02 công chức tham gia lớp tập huấn của Chi cục TĐC (năm 2025: 01 công chức).'),
], ['Sau sắp xếp, khối lượng công việc tăng nhưng số công chức không tăng.',
    'Một số cơ sở kinh doanh gas nhỏ lẻ không có đăng ký kinh doanh.'],
   ['Đề nghị Sở KH&CN phối hợp Sở Công Thương chia sẻ dữ liệu cơ sở kinh doanh gas trên địa bàn xã.'],
   'Trần Văn Minh', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')

h3('ConDao_BC_TDC_2026.docx', ('26732', 'Đặc khu Côn Đảo'), 'ỦY BAN NHÂN DÂN', '64/BC-UBND', '2026-11-27',
   'ngày 27 tháng 11 năm 2026', 'Côn Đảo', [
    ('II.1.a', 'completed', {'communications': 10, 'training_courses': 1, 'participants': 52},
     'Tuyên truyền, phổ biến',
     'Đặc khu đăng 10 tin, bài (cùng kỳ năm 2025: 6 tin, bài) và tổ chức 01 buổi phổ biến pháp luật về đo lường cho '
     '52 hộ kinh doanh dịch vụ du lịch, hải sản.'),
    ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 21, 'violations': 1, 'fines_vnd': 3000000},
     'Kiểm tra đo lường, chất lượng',
     'Đã kiểm tra 03 cuộc, 21 cơ sở (năm 2025 cùng kỳ: 2 cuộc, 12 cơ sở), trong đó xăng dầu 2 cửa hàng, '
     'cân tại chợ Côn Đảo và cơ sở thu mua hải sản; xử phạt 01 cơ sở với số tiền 3 triệu đồng.'),
    ('II.5.a', 'in_progress', {'samples_tested': 2},
     'Chất lượng hàng hóa lưu thông',
     'Phối hợp lấy 02 mẫu xăng RON 95 gửi đất liền thử nghiệm (năm 2025 chưa thực hiện).'),
    ('II.3.a', 'not_started', {},
     'Tập huấn cán bộ', 'Do điều kiện đi lại, công chức đặc khu chưa tham gia được lớp tập huấn năm nay.'),
], ['Việc vận chuyển mẫu thử nghiệm từ đặc khu vào đất liền tốn thời gian và chi phí.'],
   ['Đề nghị Chi cục TĐC tổ chức tập huấn trực tuyến để công chức đặc khu tham gia.',
    'Đề nghị bố trí đợt kiểm định cân, đồng hồ xăng dầu tại chỗ ở Côn Đảo.'],
   'Lê Hoàng Sơn', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')

h3('ChiCuc-TDC_BC-CT38-11T-2026.docx', ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
   'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '1642/BC-TĐC', '2026-11-26', 'ngày 26 tháng 11 năm 2026', 'Thành phố Hồ Chí Minh', [
    ('II.1.a', 'completed', {'training_courses': 6, 'participants': 812},
     'Tập huấn văn bản quy phạm pháp luật và Tọa đàm doanh nghiệp nhập khẩu',
     'Chi cục đã tổ chức 06 lớp tập huấn và tọa đàm (cùng kỳ năm 2025: 04 lớp) với 812 lượt đại biểu '
     '(cùng kỳ năm 2025: 530 lượt), trong đó Tọa đàm với doanh nghiệp nhập khẩu ngày 14/8/2026.'),
    ('II.1.b', 'completed', {'enterprises_supported': 17},
     'Giải thưởng Chất lượng Quốc gia',
     'Đã vận động, hướng dẫn 17 doanh nghiệp đăng ký tham dự (năm 2025: 11 doanh nghiệp).'),
    ('II.2.a', 'in_progress', {'enterprises_supported': 42, 'budget_spent_vnd': 1250000000},
     'Chương trình 1322, Đề án 996, Đề án 100',
     'Hỗ trợ 42 doanh nghiệp áp dụng công cụ cải tiến năng suất và truy xuất nguồn gốc (cùng kỳ năm 2025: 35 doanh nghiệp); '
     'kinh phí đã giải ngân 1,25 tỷ đồng, so với 0,9 tỷ đồng cùng kỳ năm trước.'),
    ('II.2.e', 'in_progress', {'standards_reviewed': 23},
     'Góp ý TCVN, QCVN và quy chuẩn địa phương',
     'Góp ý 23 dự thảo TCVN, QCVN (cùng kỳ năm 2025: 31 dự thảo); đang xây dựng 01 quy chuẩn kỹ thuật địa phương.'),
    ('II.5.a', 'in_progress', {'inspections': 38, 'establishments_inspected': 412, 'violations': 57, 'fines_vnd': 1068500000},
     'Kiểm tra nhà nước về TĐC',
     'Thực hiện 38 cuộc kiểm tra (cùng kỳ năm 2025: 45 cuộc) tại 412 cơ sở; phát hiện 57 cơ sở vi phạm '
     '(cùng kỳ: 63 cơ sở); xử phạt 1.068.500.000 đồng (cùng kỳ năm 2025: 980.000.000 đồng).'),
    ('II.5.b', 'completed', {'samples_tested': 260},
     'Khảo sát chất lượng sản phẩm, hàng hóa',
     'Lấy 260 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát (năm 2025: 240 mẫu).'),
    ('II.4.b', 'completed', {'instruments_verified': 35},
     'Bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ',
     'Đã kiểm định, hiệu chuẩn 35 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra.'),
    ('II.6.b', 'not_applicable', {},
     'Hợp tác với APO', 'Trong kỳ chưa có yêu cầu phối hợp từ Ủy ban TĐC Quốc gia.'),
], ['Nhân lực kiểm tra mỏng so với số lượng cơ sở sau mở rộng địa giới Thành phố.',
    'Kinh phí lấy mẫu khảo sát chỉ đáp ứng khoảng 60% nhu cầu.'],
   ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.',
    'Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối về TĐC.'],
   'Nguyễn Thị Kim Oanh', 'CHI CỤC TRƯỞNG')

h3('TTPTTN_BaoCao_CT38.docx', ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
   'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '318/BC-TTPTTN', '2026-11-15', 'ngày 15 tháng 11 năm 2026', 'Thành phố Hồ Chí Minh', [
    ('II.4.a', 'in_progress', {'budget_spent_vnd': 4200000000},
     'Đầu tư trang thiết bị',
     'Trung tâm đã giải ngân 4,2 tỷ đồng cho hạng mục thiết bị đo lường khối lượng và phòng thử nghiệm vi sinh '
     '(cùng kỳ năm 2025: 3,1 tỷ đồng).'),
    ('II.2.g', 'completed', {'instruments_verified': 18450, 'samples_tested': 6320},
     'Dịch vụ kỹ thuật', 'Kiểm định, hiệu chuẩn 18.450 phương tiện đo (cùng kỳ năm 2025: 16.900 phương tiện); '
     'thử nghiệm 6.320 mẫu cho tổ chức, doanh nghiệp (năm 2025: 5.870 mẫu).'),
    ('II.4.c', 'in_progress', {},
     'Duy trì chuẩn đo lường', 'Đang phối hợp liên kết chuẩn khối lượng, áp suất đến chuẩn quốc gia.'),
    ('II.3.d', 'completed', {'training_courses': 3, 'participants': 210},
     'Đào tạo cho sinh viên và viên chức', 'Tổ chức 03 khóa đào tạo kiểm định viên, đo lường viên cho 210 học viên '
     '(cùng kỳ năm 2025: 2 khóa, 150 học viên).'),
], ['Một số thiết bị chuẩn đã hết khấu hao, chi phí hiệu chuẩn ở nước ngoài cao.'],
   ['Đề nghị Sở ưu tiên vốn đầu tư năm 2027 cho phòng đo lường lưu lượng.'],
   'Đặng Quốc Thịnh', 'GIÁM ĐỐC')

# ======================= H2 — departments, ALL CAPS headings =======================
e = h2('SoCongThuong_BC_CT38_2026.docx', ('SO-CT', 'Sở Công Thương'), '5821/BC-SCT', '2026-11-23',
       'ngày 23 tháng 11 năm 2026', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
       'Phúc đáp đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, '
       'Sở Công Thương báo cáo như sau:', [
    ('II.1.a', 'completed', {'training_courses': 2, 'participants': 260, 'communications': 15},
     'Phổ biến quy định về chất lượng cho doanh nghiệp ngành công thương',
     'Lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào hội nghị phổ biến pháp luật cho doanh nghiệp xăng dầu, khí.',
     ['02 hội nghị', '260 lượt đại biểu', '15 tin bài trên cổng thông tin Sở']),
    ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 96, 'violations': 9, 'fines_vnd': 185000000},
     'Kiểm tra xăng dầu, khí dầu mỏ hóa lỏng',
     'Phối hợp Chi cục TĐC và Chi cục Quản lý thị trường kiểm tra điều kiện kinh doanh và đo lường tại cửa hàng xăng dầu, trạm chiết nạp LPG.',
     ['12 đoàn', '96 cơ sở', '09 cơ sở vi phạm', 'phạt 185 triệu đồng']),
    ('II.2.e', 'completed', {'standards_reviewed': 4},
     'Góp ý quy chuẩn kỹ thuật',
     'Có ý kiến đối với các dự thảo QCVN về an toàn hóa chất và khí dầu mỏ hóa lỏng.',
     ['04 dự thảo']),
    ('II.3.a', 'completed', {'participants': 5},
     'Cử công chức dự tập huấn', 'Cử công chức Phòng Quản lý thương mại và Phòng Kỹ thuật an toàn dự lớp.',
     ['05 công chức']),
], ['Một số cửa hàng xăng dầu thay đổi chủ sở hữu, chưa cập nhật kịp vào cơ sở dữ liệu quản lý.'],
   ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả kiểm tra đo lường cột đo xăng dầu hằng quý.'],
   'Nguyễn Minh Quân')
key('SoCongThuong_BC_CT38_2026.docx', 'extracted', dict(id='SO-CT', name='Sở Công Thương'), '5821/BC-SCT', '2026-11-23',
    e, ['Một số cửa hàng xăng dầu thay đổi chủ sở hữu, chưa cập nhật kịp vào cơ sở dữ liệu quản lý.'],
    ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả kiểm tra đo lường cột đo xăng dầu hằng quý.'])

D = ['Việc lấy mẫu phân bón, thuốc bảo vệ thực vật để kiểm tra còn phụ thuộc kinh phí thử nghiệm.']
P = ['Đề nghị Chi cục TĐC thống nhất danh mục sản phẩm nhóm 2 thuộc trách nhiệm quản lý của từng sở.',
     'Đề nghị tổ chức họp liên ngành rà soát phân công kiểm tra chất lượng vật tư nông nghiệp.']
e = h2('SoNNMT-BC-thuc-hien-CT38.docx', ('SO-NNMT', 'Sở Nông nghiệp và Môi trường'), '9034/BC-SNNMT', '2026-11-28',
       'ngày 28 tháng 11 năm 2026', 'Tình hình thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026',
       'Sở Nông nghiệp và Môi trường báo cáo các nội dung phối hợp theo Kế hoạch của Sở Khoa học và Công nghệ như sau:', [
    ('II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 64, 'samples_tested': 118, 'violations': 11, 'fines_vnd': 246000000},
     'Kiểm tra chất lượng vật tư nông nghiệp',
     'Thanh tra, kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại cơ sở sản xuất, kinh doanh.',
     ['07 cuộc', '64 cơ sở', '118 mẫu', '11 cơ sở vi phạm', '246.000.000 đồng tiền phạt']),
    ('II.2.e', 'completed', {'standards_reviewed': 6},
     'Tham gia xây dựng tiêu chuẩn, quy chuẩn',
     'Góp ý dự thảo TCVN về giống cây trồng và QCVN về chất lượng nước.', ['06 văn bản góp ý']),
    ('II.1.a', 'completed', {'communications': 20},
     'Thông tin tuyên truyền', 'Đăng tải tin bài về nông sản đạt tiêu chuẩn, truy xuất nguồn gốc.', ['20 tin, bài']),
    ('II.2.a', 'in_progress', {'enterprises_supported': 14},
     'Truy xuất nguồn gốc nông sản', 'Hướng dẫn hợp tác xã, doanh nghiệp cấp mã vùng trồng và tem truy xuất.',
     ['14 HTX, doanh nghiệp']),
    ('II.5.d', 'not_applicable', {}, 'Khen thưởng người tố giác vi phạm', 'Trong năm không có trường hợp.', []),
], D, P, 'Trương Thị Bích')
key('SoNNMT-BC-thuc-hien-CT38.docx', 'extracted', dict(id='SO-NNMT', name='Sở Nông nghiệp và Môi trường'),
    '9034/BC-SNNMT', '2026-11-28', e, D, P)

# mistaken: Sở An toàn thực phẩm sends its food-safety report
e = h2('SoATTP_BC_11thang_2026.docx', ('SO-ATTP', 'Sở An toàn thực phẩm'), '2710/BC-SATTP', '2026-11-20',
       'ngày 20 tháng 11 năm 2026', 'Kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026',
       'Sở An toàn thực phẩm báo cáo kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026 như sau:', [], [], [],
       'Phạm Khánh Phong Lan', sections=[
    ('CÔNG TÁC THÔNG TIN, TRUYỀN THÔNG', ['Thực hiện 146 tin, bài về an toàn thực phẩm; tổ chức 38 lớp tập huấn kiến thức '
                                         'ATTP cho 4.150 người chế biến, kinh doanh thức ăn đường phố.']),
    ('CÔNG TÁC THANH TRA, KIỂM TRA', ['Kiểm tra 9.812 cơ sở thực phẩm, phát hiện 634 cơ sở vi phạm, phạt tiền 7,9 tỷ đồng; '
                                      'giám sát 2.140 mẫu thực phẩm, 96 mẫu không đạt.']),
    ('NGỘ ĐỘC THỰC PHẨM', ['Xảy ra 5 vụ ngộ độc thực phẩm với 212 người mắc, không có tử vong.']),
    ('KHÓ KHĂN VÀ KIẾN NGHỊ', ['- Lực lượng thanh tra ATTP tại phường, xã còn mỏng.',
                               '- Đề nghị UBND Thành phố bổ sung biên chế cho Sở An toàn thực phẩm.'])])
key('SoATTP_BC_11thang_2026.docx', 'rejected', dict(id='SO-ATTP', name='Sở An toàn thực phẩm'), '2710/BC-SATTP',
    '2026-11-20', [], [], [],
    reason='Not a report on the CT38 plan: food-safety (an toàn thực phẩm) 11-month report sent by mistake')

# ======================= H5 — flat Excel lists =======================
D = ['Số đoàn kiểm tra liên ngành tăng nhưng Phòng chỉ có 04 công chức.',
     'Một số cơ sở không chấp hành quyết định xử phạt, phải chuyển cưỡng chế.']
P = ['Đề nghị Chi cục TĐC chủ động thông báo lịch kiểm tra sớm để Phòng bố trí người phối hợp.',
     'Đề nghị Sở cho phép thuê chuyên gia thử nghiệm độc lập khi có khiếu nại kết quả.']
e = h5('KTPC_CT38_tienDo_T11.xlsx', ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'), '88/BC-KTPC', '2026-11-16',
       'TP.HCM, ngày 16/11/2026', 'TIẾN ĐỘ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (ĐẾN 15/11/2026)', [
    ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 74, 'violations': 13, 'fines_vnd': 214500000},
     'Phối hợp Chi cục kiểm tra hàng hóa lưu thông', 'Cả năm',
     'Cuộc KT: 9; Cơ sở: 74; VP: 13; Phạt: 214,5tr', 'QĐ thành lập đoàn số 41, 57, 63/QĐ-SKHCN'),
    ('II.5.b', 'completed', {}, 'Chuyển kết quả khảo sát sang thanh tra', 'Quý II–III',
     'Hồ sơ khảo sát tiếp nhận: 45; Chuyển xử lý: 3 hồ sơ', ''),
    ('II.2.c', 'completed', {}, 'Góp ý dự thảo sửa Luật Chất lượng SPHH', 'Tháng 3, tháng 9',
     'Đã gửi ý kiến 02 lần bằng văn bản', 'CV 402/SKHCN-KTPC; CV 1190/SKHCN-KTPC'),
    ('II.4.b', 'in_progress', {}, 'Rà soát thiết bị kỹ thuật nghiệp vụ theo NĐ 135', 'Quý IV',
     'Đang lập danh mục đề xuất mua sắm', ''),
    ('II.5.d', 'not_applicable', {}, 'Xử lý đơn tố giác, khen thưởng', 'Thường xuyên',
     'Đơn tố giác: 0', ''),
], D, P, 'Phạm Minh Khoa')
key('KTPC_CT38_tienDo_T11.xlsx', 'extracted', dict(id='SKHCN-KTPC', name='Phòng Kiểm tra – Pháp chế'), '88/BC-KTPC',
    '2026-11-16', e, D, P)

D = ['Phương tiện đo huyết áp, nhiệt kế tại trạm y tế phường, xã nhiều chủng loại, khó thống kê đầy đủ.']
P = ['Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm ưu đãi phí kiểm định cho các trạm y tế.']
e = h5('SoYTe_CT38_2026.xlsx', ('SO-YT', 'Sở Y tế'), '7745/SYT-NVY', '2026-11-29', 'Thành phố Hồ Chí Minh, ngày 29 tháng 11 năm 2026',
       'KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG LIÊN QUAN CHỈ THỊ 38-CT/TW NĂM 2026 CỦA NGÀNH Y TẾ', [
    ('II.5.a', 'in_progress', {'instruments_verified': 2316, 'inspections': 4, 'establishments_inspected': 27},
     'Kiểm tra việc kiểm định phương tiện đo nhóm 2 tại cơ sở khám, chữa bệnh', 'Tháng 4–11',
     'Đoàn KT: 4; Cơ sở: 27; PTĐ đã kiểm định: 2.316 chiếc', 'KH 1520/KH-SYT'),
    ('II.1.a', 'completed', {'communications': 6, 'training_courses': 1, 'participants': 180},
     'Phổ biến quy định đo lường trong y tế', 'Quý II',
     'Hội nghị: 1; Người dự: 180; Tin bài: 6', ''),
    ('II.3.a', 'completed', {'participants': 3}, 'Cử cán bộ dự tập huấn TĐC', 'Tháng 6',
     'Cán bộ: 03', ''),
    ('II.2.e', 'not_started', {}, 'Góp ý QCVN trang thiết bị y tế', 'Quý IV', '', 'chờ dự thảo của Bộ'),
], D, P, 'Hồ Thị Thanh')
key('SoYTe_CT38_2026.xlsx', 'extracted', dict(id='SO-YT', name='Sở Y tế'), '7745/SYT-NVY', '2026-11-29', e, D, P)

# mistaken: Phòng Chuyển đổi số sends its digital-transformation tracker
h5('CDS_tien-do-chuyen-doi-so_T11.xlsx', ('SKHCN-CDS', 'Phòng Chuyển đổi số'), '45/BC-CĐS', '2026-11-19',
   'TP.HCM, ngày 19/11/2026', 'TIẾN ĐỘ KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA SỞ NĂM 2026 (KH 2339/KH-SKHCN)', [], [], [],
   'Ngô Gia Huy', mistaken_rows=[
    ['Nâng cấp hệ thống quản lý văn bản và điều hành', 'Quý I–III', 'Đã vận hành phiên bản mới; người dùng: 312', 'Xong', ''],
    ['Số hóa hồ sơ TTHC lĩnh vực KH&CN', 'Cả năm', 'Hồ sơ đã số hóa: 8.940; tỷ lệ: 87%', 'Đang làm', ''],
    ['Chữ ký số cho công chức', 'Quý II', 'Cấp mới: 46 chứng thư', 'Xong', ''],
    ['Bảo đảm an toàn thông tin cấp độ 3', 'Quý IV', 'Đang thuê đánh giá', 'Đang làm', ''],
])
key('CDS_tien-do-chuyen-doi-so_T11.xlsx', 'rejected', dict(id='SKHCN-CDS', name='Phòng Chuyển đổi số'), '45/BC-CĐS',
    '2026-11-19', [], [], [],
    reason='Not a report on the CT38 plan: digital-transformation (chuyển đổi số) progress tracker sent by mistake')
