# Report contents for set194 (shared by gen.py; check.py never imports this)
# entry: (task, status_key, own_name, [(label, value, unitword, indicator_or_None)], sentence)
# status_key: C=completed P=in_progress N=not_started A=not_applicable U=unknown
R = []
def rep(**k): R.append(k)

# ---------------- H1: ward Excel merger (xlsx) ----------------
rep(hand='H1', file='25867-an-long-bc11t-ct38.xlsx', uid='25867', uname='Xã An Long', number='312/BC-UBND', date='2026-11-18', place='An Long',
 entries=[
  ('II.1.a','C','Tuyên truyền pháp luật TĐC', [('Phát tờ rơi ghi nhãn hàng hóa, đo lường trong chợ', 350, 'tờ', 'communications'), ('Buổi nói chuyện với hộ kinh doanh', 1, 'buổi', 'training_courses'), ('Người dự', 85, 'người', 'participants')], ''),
  ('II.3.a','C','Cử cán bộ dự tập huấn của Sở', [('Cán bộ xã dự lớp', 3, 'người', 'participants')], ''),
  ('II.5.a','P','Xã tự kiểm tra hàng hóa lưu thông', [('Đợt kiểm tra', 3, 'cuộc', 'inspections'), ('Cửa hàng được kiểm tra', 22, 'cơ sở', 'establishments_inspected')], ''),
  ('II.5.c','P','Phối hợp Chi cục TĐC kiểm tra', [('Đợt phối hợp', 2, 'cuộc', 'inspections'), ('Cơ sở kiểm tra', 14, 'cơ sở', 'establishments_inspected'), ('Cơ sở vi phạm', 1, 'cơ sở', 'violations'), ('Tiền phạt', 3500000, 'đồng', 'fines_vnd')], ''),
  ('II.5.d','A','Khen thưởng người tố giác vi phạm', [], ''),
 ],
 diff=['Xã chưa có công chức chuyên trách lĩnh vực TĐC, cán bộ kinh tế kiêm nhiệm nhiều việc.', 'Chưa được cấp kinh phí mua cân đối chứng cho chợ An Long.'],
 prop=['Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ xã.', 'Đề nghị Sở mở thêm lớp tập huấn nghiệp vụ cho cán bộ cấp xã trong Quý I/2027.'])

rep(hand='H1', file='bao-cao-TDC-11thang-VinhTan.xlsx', uid='25912', uname='Phường Vĩnh Tân', number='1045/BC-UBND', date='2026-11-20', place='Vĩnh Tân',
 entries=[
  ('II.1.a','C','Thông tin, tuyên truyền', [('Tin, bài trên trang thông tin điện tử phường', 12, 'tin, bài', 'communications')], ''),
  ('II.2.d','P','Hướng dẫn DN công bố hợp chuẩn, hợp quy', [('Doanh nghiệp được hướng dẫn', 5, 'DN', 'enterprises_supported')], ''),
  ('II.5.c','C','Phối hợp đoàn kiểm tra của Chi cục', [('Cuộc kiểm tra phối hợp', 1, 'cuộc', 'inspections'), ('Cơ sở được kiểm tra', 6, 'cơ sở', 'establishments_inspected')], ''),
  ('II.5.a','P','Kiểm tra đo lường tại chợ, cửa hàng xăng dầu', [('Cuộc kiểm tra', 4, 'cuộc', 'inspections'), ('Cơ sở', 19, 'cơ sở', 'establishments_inspected'), ('Vi phạm', 2, 'cơ sở', 'violations'), ('Phạt tiền', 7000000, 'đồng', 'fines_vnd')], ''),
  ('II.3.a','N','Tập huấn nghiệp vụ cho công chức', [], ''),
 ],
 diff=['Một số hộ kinh doanh nhỏ lẻ trong chợ chưa hợp tác khi kiểm tra cân.'],
 prop=['Kiến nghị Chi cục TĐC thông báo sớm lịch mở lớp tập huấn để phường cử cán bộ tham dự.'])

rep(hand='H1', file='BinhDuong_CT38_2026.xlsx', uid='25760', uname='Phường Bình Dương', number='87/BC-UBND', date='2026-11-16', place='Bình Dương',
 entries=[
  ('II.1.a','C','Tuyên truyền TĐC cho hộ kinh doanh', [('Hội nghị phổ biến', 2, 'hội nghị', 'training_courses'), ('Lượt người tham dự', 164, 'lượt', 'participants'), ('Tài liệu phát ra', 400, 'bản', 'communications')], ''),
  ('II.5.a','C','Kiểm tra hàng đóng gói sẵn, nhãn hàng hóa', [('Cuộc kiểm tra', 5, 'cuộc', 'inspections'), ('Cơ sở', 37, 'cơ sở', 'establishments_inspected'), ('Vi phạm', 3, 'cơ sở', 'violations'), ('Xử phạt', 11500000, 'đồng', 'fines_vnd')], ''),
  ('II.5.b','P','Khảo sát chất lượng xăng dầu trên địa bàn', [('Mẫu xăng dầu lấy khảo sát', 6, 'mẫu', 'samples_tested')], ''),
  ('II.5.c','P','Thực hiện nội dung được phân quyền, phối hợp Chi cục', [('Đợt phối hợp', 2, 'cuộc', 'inspections'), ('Cơ sở', 11, 'cơ sở', 'establishments_inspected')], ''),
  ('II.3.a','C','Cán bộ dự tập huấn', [('Công chức dự lớp', 2, 'người', 'participants')], ''),
 ],
 diff=['Kết quả khảo sát mẫu xăng dầu chưa có do đang chờ phòng thử nghiệm trả kết quả.', 'Phường mới sắp xếp, địa bàn rộng, lực lượng mỏng.'],
 prop=['Đề nghị Sở cung cấp danh sách cơ sở sản xuất hàng đóng gói sẵn trên địa bàn phường.'])

rep(hand='H1', file='ChauDuc-bc-ct38-T11.xlsx', uid='26596', uname='Xã Châu Đức', number='205/BC-UBND', date='2026-11-24', place='Châu Đức',
 entries=[
  ('II.1.a','C','Tuyên truyền trên loa truyền thanh xã', [('Tin phát trên loa', 20, 'tin', 'communications')], ''),
  ('II.2.d','C','Hướng dẫn HTX, DN về công bố chất lượng', [('Hợp tác xã, doanh nghiệp được hướng dẫn', 4, 'đơn vị', 'enterprises_supported')], ''),
  ('II.5.c','P','Phối hợp kiểm tra với Chi cục TĐC', [('Cuộc', 1, 'cuộc', 'inspections'), ('Cơ sở', 8, 'cơ sở', 'establishments_inspected'), ('Vi phạm', 1, 'cơ sở', 'violations'), ('Tiền phạt', 2500000, 'đồng', 'fines_vnd')], ''),
  ('II.5.d','A','Khen thưởng, bảo vệ người tố giác', [], ''),
 ],
 diff=['Xã chưa có trang thiết bị kiểm tra nhanh.'],
 prop=['Đề nghị Chi cục cử cán bộ hướng dẫn nghiệp vụ kiểm tra đo lường tại chợ Châu Đức.', 'Đề nghị bố trí kinh phí tuyên truyền cho cấp xã năm 2027.'])

rep(hand='H1', file='HoaHiep_BC11T_2026.xlsx', uid='26647', uname='Xã Hòa Hiệp', number='198/BC-UBND', date='2026-11-19', place='Hòa Hiệp', mistaken='giảm nghèo bền vững',
 entries=[], diff=[], prop=[])

# ---------------- H2: formula builder (xlsx, LibreOffice) ----------------
rep(hand='H2', file='CCTDC_BC_CT38_11T2026.xlsx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', short='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', number='2143/BC-TĐC', date='2026-11-23',
 entries=[
  ('II.1.a','C','Tập huấn VBQPPL về TĐC, tọa đàm DN nhập khẩu', [('Lớp tập huấn, tọa đàm', 6, 'lớp', 'training_courses'), ('Lượt người tham dự', 720, 'lượt người', 'participants')], ''),
  ('II.1.b','C','Vận động DN tham dự Giải thưởng CLQG', [('DN được hướng dẫn hồ sơ', 14, 'DN', 'enterprises_supported')], ''),
  ('II.2.a','P','Chương trình 1322, Đề án 996, Đề án 100', [('DN được hỗ trợ', 38, 'DN', 'enterprises_supported'), ('Kinh phí đã giải ngân', 96500000, 'triệu đồng', 'budget_spent_vnd')], ''),
  ('II.2.d','C','Hỗ trợ áp dụng HTQL, công bố hợp chuẩn hợp quy', [('DN được hướng dẫn, tư vấn', 52, 'DN', 'enterprises_supported')], ''),
  ('II.2.e','P','Góp ý TCVN, QCVN; xây dựng QCĐP', [('Dự thảo TCVN, QCVN đã góp ý', 17, 'văn bản', 'standards_reviewed')], ''),
  ('II.2.h','C','Kết nối Cổng một cửa quốc gia', [], ''),
  ('II.3.a','C','Tập huấn công chức sở, ngành, xã, phường', [('Lớp', 3, 'lớp', 'training_courses'), ('Học viên', 410, 'người', 'participants')], ''),
  ('II.5.a','P','Kiểm tra nhà nước về TĐC', [('Cuộc kiểm tra', 28, 'cuộc', 'inspections'), ('Cơ sở được kiểm tra', 196, 'cơ sở', 'establishments_inspected'), ('Cơ sở vi phạm', 23, 'cơ sở', 'violations'), ('Tiền phạt', 412000000, 'triệu đồng', 'fines_vnd')], ''),
  ('II.5.b','P','Khảo sát chất lượng SP, HH', [('Mẫu khảo sát', 120, 'mẫu', 'samples_tested')], ''),
  ('II.6.b','A','Phối hợp APO', [], ''),
 ],
 diff=['Kinh phí khảo sát chất lượng được giao thấp hơn nhu cầu, số mẫu lấy giảm so với năm 2025.', 'Nhân sự phòng Quản lý Đo lường thiếu 02 biên chế sau sắp xếp.'],
 prop=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.', 'Đề nghị UBND các xã, phường cử đầu mối theo dõi công tác TĐC để phối hợp kiểm tra.'])

rep(hand='H2', file='TTPTTN-bc-ct38-2026.xlsx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', short='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', number='715/BC-TTPT', date='2026-11-19',
 entries=[
  ('II.4.a','P','Đầu tư trang thiết bị phòng thử nghiệm', [('Kinh phí đầu tư đã giải ngân', 2350000000, 'triệu đồng', 'budget_spent_vnd')], ''),
  ('II.4.c','C','Duy trì, liên kết chuẩn đo lường', [('Chuẩn, phương tiện đo được hiệu chuẩn', 46, 'chuẩn', 'instruments_verified')], ''),
  ('II.2.g','P','Mở rộng phạm vi dịch vụ kỹ thuật', [], ''),
  ('II.5.b','C','Thử nghiệm mẫu phục vụ khảo sát chất lượng', [('Mẫu thử nghiệm', 340, 'mẫu', 'samples_tested')], ''),
  ('II.1.a','C','Phối hợp tập huấn (báo cáo viên)', [('Lớp phối hợp', 2, 'lớp', 'training_courses'), ('Người dự', 95, 'người', 'participants')], ''),
 ],
 diff=['Thủ tục mua sắm thiết bị kéo dài, 01 gói thầu phải đấu thầu lại.'],
 prop=['Đề nghị Sở xem xét cho phép chuyển nguồn kinh phí đầu tư chưa giải ngân sang năm 2027.'])

rep(hand='H2', file='KTPC_tonghop_CT38.xlsx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', short='PHÒNG KIỂM TRA – PHÁP CHẾ', number='412/BC-KTPC', date='2026-11-26',
 entries=[
  ('II.2.c','C','Góp ý sửa đổi Luật TC&QCKT, Luật CLSPHH', [], ''),
  ('II.4.b','P','Kiểm định phương tiện kỹ thuật nghiệp vụ', [('Phương tiện, thiết bị được kiểm định, hiệu chuẩn', 12, 'chiếc', 'instruments_verified')], ''),
  ('II.5.a','P','Phối hợp kiểm tra TĐC', [('Cuộc', 6, 'cuộc', 'inspections'), ('Cơ sở', 48, 'cơ sở', 'establishments_inspected'), ('Vi phạm', 9, 'cơ sở', 'violations'), ('Phạt tiền', 86000000, 'triệu đồng', 'fines_vnd')], ''),
  ('II.5.b','P','Phối hợp khảo sát chất lượng', [], ''),
  ('II.5.d','A','Khen thưởng người tố giác', [], ''),
 ],
 diff=['Quy định xử phạt tại Nghị định 119/2017/NĐ-CP còn một số hành vi chưa có chế tài cụ thể.'],
 prop=['Đề nghị Chi cục TĐC chia sẻ kế hoạch kiểm tra năm 2027 trước ngày 15/01/2027 để phối hợp.'])

rep(hand='H2', file='SCT_BaoCao_CT38_T11.xlsx', uid='SO-CT', uname='Sở Công Thương', short='SỞ CÔNG THƯƠNG', number='3377/SCT-QLTM', date='2026-11-27',
 entries=[
  ('II.5.a','P','Kiểm tra xăng dầu, khí dầu mỏ hóa lỏng', [('Cuộc kiểm tra', 12, 'cuộc', 'inspections'), ('Cơ sở', 85, 'cơ sở', 'establishments_inspected'), ('Vi phạm', 10, 'cơ sở', 'violations'), ('Phạt tiền', 135500000, 'triệu đồng', 'fines_vnd')], ''),
  ('II.2.e','C','Góp ý dự thảo QCVN ngành công thương', [('Dự thảo góp ý', 4, 'QCVN', 'standards_reviewed')], ''),
  ('II.1.a','C','Tuyên truyền trên Cổng TTĐT Sở', [('Tin, bài', 9, 'tin, bài', 'communications')], ''),
  ('II.3.a','C','Cử công chức dự tập huấn', [('Công chức', 6, 'người', 'participants')], ''),
 ],
 diff=['Lực lượng quản lý thị trường sau sắp xếp mỏng, khó bố trí người tham gia đoàn liên ngành.'],
 prop=['Đề nghị Sở KH&CN thống nhất kế hoạch kiểm tra liên ngành từ đầu năm để tránh chồng chéo.'])

# ---------------- H3: ward "Một là, Hai là" (docx) ----------------
rep(hand='H3', file='ConDao_BC_CT38_2026.docx', uid='26732', uname='Đặc khu Côn Đảo', head='UBND ĐẶC KHU CÔN ĐẢO', place='Côn Đảo', number='156/BC-UBND', date='2026-11-17',
 entries=[
  ('II.1.a','C','việc tuyên truyền về tiêu chuẩn, đo lường, chất lượng', [('tin, bài phát trên Đài truyền thanh đặc khu', 24, 'tin, bài', 'communications')], 'Đặc khu đã phát {0} trên Đài truyền thanh, tập trung vào ghi nhãn hàng hóa và cân đo trong mua bán hải sản.'),
  ('II.5.a','P','việc kiểm tra đo lường, chất lượng hàng hóa trên địa bàn', [('', 2, 'cuộc', 'inspections'), ('', 9, 'cơ sở', 'establishments_inspected'), ('', 1, 'cơ sở vi phạm', 'violations'), ('', 5000000, 'đồng', 'fines_vnd')], 'Tổ kiểm tra liên ngành của đặc khu đã làm {0} kiểm tra tại {1} (cửa hàng xăng dầu, vựa hải sản), phát hiện {2} về cân, đã xử phạt {3}.'),
  ('II.5.c','C','việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng', [('', 1, 'đợt', 'inspections'), ('', 7, 'cơ sở', 'establishments_inspected')], 'Tháng 8/2026 đoàn của Chi cục ra đảo, đặc khu cử cán bộ cùng kiểm tra {0}, tại {1}.'),
  ('II.3.a','C','việc cử cán bộ đi tập huấn', [('', 2, 'công chức', 'participants')], 'Đặc khu đã cử {0} vào đất liền dự lớp tập huấn nghiệp vụ do Sở tổ chức.'),
  ('II.5.b','P','việc khảo sát chất lượng hàng hóa', [], 'Đặc khu đã lập danh sách cửa hàng để Chi cục lấy mẫu trong đợt tháng 12.'),
 ],
 diff=['Giao thông ra đảo phụ thuộc thời tiết nên lịch kiểm tra phối hợp hay bị lùi.', 'Đặc khu chưa có cân đối chứng tại chợ Côn Đảo.'],
 prop=['Đề nghị Sở hỗ trợ trang bị 02 cân đối chứng cho chợ Côn Đảo.', 'Đề nghị tổ chức tập huấn trực tuyến để cán bộ đặc khu tham dự được.'])

rep(hand='H3', file='TangNhonPhu-BCCT38.docx', uid='26842', uname='Phường Tăng Nhơn Phú', head='UBND PHƯỜNG TĂNG NHƠN PHÚ', place='Tăng Nhơn Phú', number='2231/BC-UBND', date='2026-11-25',
 entries=[
  ('II.1.a','C','việc tuyên truyền, phổ biến pháp luật', [('', 2, 'buổi', 'training_courses'), ('', 140, 'lượt người', 'participants'), ('', 6, 'tin bài', 'communications')], 'Phường tổ chức {0} phổ biến cho hộ kinh doanh với {1} dự, đăng {2} trên Fanpage phường.'),
  ('II.2.d','P','việc hướng dẫn doanh nghiệp công bố chất lượng', [('', 11, 'doanh nghiệp', 'enterprises_supported')], 'Bộ phận kinh tế đã hướng dẫn {0} làm hồ sơ công bố hợp quy, tự công bố sản phẩm.'),
  ('II.5.a','C','việc kiểm tra trên địa bàn', [('', 5, 'cuộc', 'inspections'), ('', 31, 'cơ sở', 'establishments_inspected'), ('', 4, 'cơ sở', 'violations'), ('', 17500000, 'đồng', 'fines_vnd')], 'Phường đã kiểm tra {0} tại {1}; có {2} vi phạm ghi nhãn, phạt tổng cộng {3}.'),
  ('II.5.c','C','việc phối hợp với Chi cục', [], 'Phường đã cử cán bộ tham gia đầy đủ các đợt kiểm tra khi Chi cục đề nghị.'),
  ('II.3.a','C','việc tập huấn cho cán bộ', [('', 4, 'cán bộ', 'participants')], 'Phường đã cử {0} dự tập huấn.'),
 ],
 diff=['Nhiều hộ kinh doanh online không có địa chỉ cố định, khó kiểm tra.'],
 prop=['Đề nghị Sở hướng dẫn cách kiểm tra hàng hóa bán qua mạng thuộc thẩm quyền phường.'])

rep(hand='H3', file='bc-ct38-BenCat-11-2026.docx', uid='25813', uname='Phường Bến Cát', head='ỦY BAN NHÂN DÂN PHƯỜNG BẾN CÁT', place='Bến Cát', number='640/BC-UBND', date='2026-11-21',
 entries=[
  ('II.1.a','C','việc tuyên truyền', [('', 15, 'tin, bài', 'communications')], 'Phường đăng {0} trên trang thông tin điện tử và nhóm Zalo khu phố.'),
  ('II.5.a','P','việc kiểm tra đo lường tại chợ và cửa hàng xăng dầu', [('', 3, 'cuộc', 'inspections'), ('', 20, 'cơ sở', 'establishments_inspected'), ('', 2, 'trường hợp', 'violations'), ('', 6000000, 'đồng', 'fines_vnd')], 'Đã kiểm tra {0} với {1}, lập biên bản {2} sai số cân vượt mức cho phép, phạt {3}.'),
  ('II.5.d','A','việc khen thưởng người tố giác vi phạm', [], 'Trong năm không có ai tố giác.'),
  ('II.3.a','N','việc cho cán bộ đi tập huấn', [], 'Lớp tập huấn Quý III trùng lịch tiếp dân nên phường chưa cử được người.'),
 ],
 diff=['Phường chưa có cán bộ hiểu sâu về đo lường, phải chờ Chi cục hỗ trợ.', 'Chợ Bến Cát đang sửa chữa, tiểu thương dời tạm nên khó kiểm tra cân.'],
 prop=['Đề nghị Chi cục TĐC mở lại lớp tập huấn vào Quý I/2027.'])

rep(hand='H3', file='LongHai_baocao_TDC.docx', uid='26662', uname='Xã Long Hải', head='UBND XÃ LONG HẢI', place='Long Hải', number='118/BC-UBND', date='2026-11-15',
 entries=[
  ('II.1.a','C','việc tuyên truyền cho bà con buôn bán', [('', 1, 'buổi', 'training_courses'), ('', 60, 'người', 'participants')], 'Xã tổ chức {0} tuyên truyền tại chợ hải sản Long Hải, có {1} dự.'),
  ('II.5.c','P','việc cùng Chi cục kiểm tra', [('', 2, 'cuộc', 'inspections'), ('', 12, 'cơ sở', 'establishments_inspected')], 'Xã phối hợp Chi cục {0} kiểm tra cân tại {1} kinh doanh hải sản.'),
  ('II.5.b','P','việc lấy mẫu khảo sát', [('', 5, 'mẫu', 'samples_tested')], 'Xã phối hợp lấy {0} nước mắm để Chi cục khảo sát chất lượng, chờ kết quả.'),
 ],
 diff=['Mùa du lịch đông khách, tiểu thương ít hợp tác khi kiểm tra cân.'],
 prop=['Đề nghị Sở hỗ trợ in tờ rơi về cân đo trong mua bán hải sản.'])

# ---------------- H4: department "Tóm tắt ·" (docx) ----------------
rep(hand='H4', file='SYT_cv_bc_ct38_2026.docx', uid='SO-YT', uname='Sở Y tế', head='SỞ Y TẾ', number='4521/SYT-NVY', date='2026-11-18',
 entries=[
  ('II.2.e','C','Góp ý dự thảo quy chuẩn kỹ thuật quốc gia', [('dự thảo QCVN', 3, None, 'standards_reviewed')], 'Sở Y tế đã góp ý {0} về trang thiết bị y tế và nước sinh hoạt theo đề nghị của Bộ.'),
  ('II.5.a','P','Phối hợp kiểm tra phương tiện đo trong cơ sở y tế', [('cuộc', 4, None, 'inspections'), ('cơ sở', 22, None, 'establishments_inspected'), ('cơ sở vi phạm', 2, None, 'violations')], 'Sở phối hợp Chi cục TĐC thực hiện {0} kiểm tra tại {1} khám chữa bệnh tư nhân; có {2} do dùng huyết áp kế quá hạn kiểm định.'),
  ('II.2.đ','C','Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015', [], 'Sở đã cập nhật, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp bộ máy.'),
  ('II.3.a','C','Cử công chức dự tập huấn', [('công chức', 5, None, 'participants')], 'Sở đã cử {0} dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức.'),
 ],
 diff=['Danh mục phương tiện đo nhóm 2 trong y tế nhiều, đơn vị kiểm định trên địa bàn còn ít.'],
 prop=['Đề nghị Sở KH&CN công khai danh sách tổ chức kiểm định phương tiện đo y tế được chỉ định.'])

rep(hand='H4', file='SNNMT-BC-thuc-hien-CT38.docx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', head='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number='6120/SNNMT-CCL', date='2026-11-24',
 entries=[
  ('II.2.e','P','Xây dựng, góp ý tiêu chuẩn, quy chuẩn', [('tiêu chuẩn, quy chuẩn', 6, None, 'standards_reviewed')], 'Sở đã góp ý {0} (trong đó có dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch).'),
  ('II.2.a','P','Truy xuất nguồn gốc nông sản (Đề án 100)', [('doanh nghiệp, hợp tác xã', 27, None, 'enterprises_supported')], 'Sở hỗ trợ {0} áp dụng tem truy xuất nguồn gốc.'),
  ('II.5.b','C','Giám sát, lấy mẫu nông sản', [('mẫu', 210, None, 'samples_tested')], 'Đã lấy {0} rau, quả, thủy sản để giám sát chất lượng.'),
  ('II.5.a','P','Kiểm tra vật tư nông nghiệp', [('cuộc', 9, None, 'inspections'), ('cơ sở', 64, None, 'establishments_inspected'), ('cơ sở vi phạm', 7, None, 'violations'), ('', 58000000, 'triệu đồng', 'fines_vnd')], 'Sở tổ chức {0} kiểm tra tại {1} kinh doanh phân bón, thuốc bảo vệ thực vật; phát hiện {2}, phạt {3}.'),
 ],
 diff=['Chi phí phân tích mẫu cao, kinh phí giám sát chỉ đáp ứng khoảng 70% nhu cầu.', 'Nhiều hợp tác xã chưa có người quản lý hệ thống truy xuất.'],
 prop=['Đề nghị Sở KH&CN hỗ trợ kinh phí áp dụng truy xuất nguồn gốc cho hợp tác xã năm 2027.'])

rep(hand='H4', file='SXD_BC_CT38_nam2026.docx', uid='SO-XD', uname='Sở Xây dựng', head='SỞ XÂY DỰNG', number='2987/SXD-KTXD', date='2026-11-29',
 entries=[
  ('II.2.e','C','Góp ý quy chuẩn, tiêu chuẩn ngành xây dựng', [('văn bản góp ý', 5, None, 'standards_reviewed')], 'Sở đã có {0} đối với dự thảo QCVN, TCVN về vật liệu xây dựng.'),
  ('II.5.a','P','Kiểm tra chất lượng vật liệu xây dựng', [('cuộc', 3, None, 'inspections'), ('cơ sở', 17, None, 'establishments_inspected'), ('mẫu', 24, None, 'samples_tested')], 'Sở thực hiện {0} kiểm tra tại {1} sản xuất, kinh doanh vật liệu xây dựng, lấy {2} thép, xi măng để thử nghiệm.'),
  ('II.2.đ','C','Duy trì ISO trong hoạt động của Sở', [], 'Sở đã duy trì, cải tiến hệ thống quản lý chất lượng, đã tự đánh giá nội bộ tháng 10/2026.'),
  ('II.3.a','N','Cử cán bộ dự tập huấn', [], 'Sở chưa cử cán bộ dự lớp do chưa nhận được thư mời.'),
 ],
 diff=['Chưa có quy định rõ trách nhiệm kiểm tra chất lượng vật liệu xây dựng lưu thông giữa các sở.'],
 prop=['Đề nghị Sở KH&CN chủ trì họp phân định trách nhiệm kiểm tra hàng hóa vật liệu xây dựng.'])

rep(hand='H4', file='VPS_baocao_CT38.docx', uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ', head='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG SỞ', number='188/BC-VP', date='2026-11-16',
 entries=[
  ('II.2.đ','C','Hệ thống quản lý chất lượng của Sở', [], 'Văn phòng đã phối hợp Chi cục rà soát, ban hành lại 46 quy trình nội bộ theo TCVN ISO 9001:2015.'),
  ('II.2.h','P','Hệ thống thông tin giải quyết thủ tục hành chính', [], 'Văn phòng đang phối hợp Phòng Chuyển đổi số hoàn thiện kết nối liên thông.'),
  ('II.2.i','P','Cơ sở dữ liệu quốc gia về TĐC', [], 'Đã bố trí máy chủ, đang chờ Trung tâm CNTT và Địa không gian cấu hình kết nối.'),
  ('II.4.a','P','Đầu tư cơ sở vật chất cho đơn vị sự nghiệp', [('', 640000000, 'đồng', 'budget_spent_vnd')], 'Văn phòng đã thẩm định và thanh toán {0} mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm.'),
  ('II.5.d','A','Khen thưởng người tố giác', [], 'Không phát sinh trường hợp đề nghị khen thưởng.'),
 ],
 diff=['Hạ tầng máy chủ của Sở chưa đáp ứng yêu cầu kết nối cơ sở dữ liệu quốc gia.'],
 prop=['Đề nghị bố trí kinh phí nâng cấp hạ tầng công nghệ thông tin năm 2027.'])

rep(hand='H4', file='SDL_bao-cao-11-thang.docx', uid='SO-DL', uname='Sở Du lịch', head='SỞ DU LỊCH', number='2204/SDL-VP', date='2026-11-20', mistaken='chuyển đổi số',
 entries=[], diff=[], prop=[])
