# -*- coding: utf-8 -*-
# Report contents for set 237. Each figure: (indicator_id or None, value, surface text, last-year value or None)
# None indicator = figure not covered by the contract (written, not keyed).

def F(ind, val, txt, ly=None):
    return dict(ind=ind, val=val, txt=txt, ly=ly)

REPORTS = []
def R(**kw):
    REPORTS.append(kw)

# ---------------- Hand A: ward form with legacy form fields (DOCX) ----------------
R(hand='A', file='BC_CT38_BinhChau_2026.docx', uid='26656', uname='Xã Bình Châu', kind='xa',
  head='UBND XÃ BÌNH CHÂU', number='186/BC-UBND', date='2026-11-06', datestr='Bình Châu, ngày 06 tháng 11 năm 2026',
  entries=[
    dict(task='II.1.a', status='completed', name='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
         body='Phát thanh trên hệ thống loa truyền thanh xã và đăng trên trang thông tin điện tử xã {f0}; lồng ghép tuyên truyền tại {f1} với {f2}.',
         figs=[F('communications', 14, '14 tin, bài'), F('training_courses', 2, '02 hội nghị tuyên truyền tại ấp'), F('participants', 85, '85 lượt hộ kinh doanh tham dự')]),
    dict(task='II.3.a', status='completed', name='Cử công chức tham gia tập huấn nghiệp vụ TCĐLCL',
         body='Cử {f0} (Phòng Kinh tế) tham gia lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 5/2026.',
         figs=[F('participants', 2, '02 công chức')]),
    dict(task='II.5.c', status='in_progress', name='Kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng xăng dầu (nội dung phân quyền)',
         body='Thành lập đoàn liên ngành, đã tổ chức {f0} tại {f1} (chợ Bình Châu, cửa hàng xăng dầu, tạp hóa); phát hiện {f2}, xử phạt {f3}. Dự kiến kiểm tra thêm dịp Tết Nguyên đán.',
         figs=[F('inspections', 4, '04 cuộc kiểm tra'), F('establishments_inspected', 23, '23 cơ sở'), F('violations', 3, '03 cơ sở vi phạm'), F('fines_vnd', 6500000, '6.500.000 đồng')]),
    dict(task='II.2.đ', status='completed', name='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND xã',
         body='Đã ban hành quyết định công bố lại hệ thống quản lý chất lượng sau sắp xếp; cập nhật {f0} quy trình nội bộ.',
         figs=[F(None, 46, '46')]),
    dict(task='II.5.d', status='not_applicable', name='Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TCĐLCL',
         body='Trong kỳ không có đơn thư, phản ánh liên quan.', figs=[]),
  ],
  difficulties=['Xã chưa có cân đối chứng tại chợ Bình Châu, người dân phải nhờ ban quản lý chợ cân lại.',
                'Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.'],
  proposals=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 cân đối chứng cho chợ Bình Châu.',
             'Đề nghị Sở Khoa học và Công nghệ mở thêm lớp tập huấn nghiệp vụ cho công chức cấp xã trong năm 2027.'],
  signer='Võ Văn Tài', signrole='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')

R(hand='A', file='PhuongTanHiep_baocao_KH38.docx', uid='25920', uname='Phường Tân Hiệp', kind='phuong',
  head='UBND PHƯỜNG TÂN HIỆP', number='412/BC-UBND', date='2026-11-10', datestr='Tân Hiệp, ngày 10 tháng 11 năm 2026',
  entries=[
    dict(task='II.1.a', status='completed', name='Tuyên truyền Chỉ thị 38 và pháp luật TCĐLCL',
         body='Treo {f0}, phát {f1}; đăng {f2} trên Fanpage phường.',
         figs=[F(None, 12, '12 băng rôn'), F(None, 1500, '1.500 tờ rơi'), F('communications', 9, '09 tin bài')]),
    dict(task='II.5.c', status='completed', name='Phối hợp kiểm tra phương tiện đo, hàng đóng gói sẵn trên địa bàn',
         body='Phối hợp Chi cục TĐC kiểm tra {f0} tại {f1}; phối hợp Trung tâm kiểm định miễn phí {f2} của tiểu thương; phát hiện {f3}, đã lập biên bản chuyển cấp có thẩm quyền xử phạt {f4}.',
         figs=[F('inspections', 3, '03 cuộc'), F('establishments_inspected', 17, '17 cơ sở'), F('instruments_verified', 64, '64 chiếc cân'), F('violations', 2, '02 trường hợp vi phạm'), F('fines_vnd', 3000000, '3 triệu đồng')]),
    dict(task='II.2.d', status='in_progress', name='Hướng dẫn hộ kinh doanh công bố chất lượng, ghi nhãn hàng hóa',
         body='Bộ phận một cửa hướng dẫn trực tiếp cho {f0} về công bố tiêu chuẩn áp dụng và ghi nhãn.',
         figs=[F('enterprises_supported', 11, '11 hộ kinh doanh, doanh nghiệp')]),
    dict(task='II.3.a', status='unknown', name='Tham gia tập huấn do Sở tổ chức',
         body='Phường cử {f0} tham dự hội nghị trực tuyến của Sở.', figs=[F('participants', 3, '03 công chức')]),
  ],
  difficulties=['Kinh phí tuyên truyền của phường năm 2026 chưa bố trí riêng cho lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
  proposals=['Kiến nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền mẫu (pano, tờ rơi) để phường in ấn, phát hành.'],
  signer='Nguyễn Hữu Phước', signrole='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')

R(hand='A', file='TangNhonPhu-BaoCao38.docx', uid='26842', uname='Phường Tăng Nhơn Phú', kind='phuong',
  head='ỦY BAN NHÂN DÂN\nPHƯỜNG TĂNG NHƠN PHÚ', number='97/BC-UBND', date='2026-11-04', datestr='Tăng Nhơn Phú, ngày 04 tháng 11 năm 2026',
  entries=[
    dict(task='II.1.a', status='in_progress', name='Tuyên truyền nâng cao nhận thức về TCĐLCL',
         body='Đăng {f0} trên cổng thông tin phường, phối hợp Hội Liên hiệp Phụ nữ tổ chức {f1} với {f2}.',
         figs=[F('communications', 6, '06 bài viết'), F('training_courses', 1, '01 buổi tọa đàm'), F('participants', 60, '60 hội viên')]),
    dict(task='II.5.c', status='in_progress', name='Kiểm tra nhà nước về đo lường tại chợ Tăng Nhơn Phú, chợ Phước Long',
         body='Kiểm tra {f0} tại {f1}; chưa phát hiện vi phạm phải xử phạt.',
         figs=[F('inspections', 2, '02 đợt'), F('establishments_inspected', 31, '31 sạp hàng')]),
    dict(task='II.2.đ', status='completed', name='Áp dụng ISO 9001 trong giải quyết thủ tục hành chính',
         body='Đã thực hiện đánh giá nội bộ và xem xét của lãnh đạo năm 2026.', figs=[]),
    dict(task='II.5.d', status='not_started', name='Khen thưởng người tố giác vi phạm',
         body='Phường chưa xây dựng quy chế khen thưởng riêng.', figs=[]),
  ],
  difficulties=['Số lượng tiểu thương đông, thay đổi thường xuyên nên khó theo dõi phương tiện đo đã kiểm định.'],
  proposals=['Đề nghị Chi cục phối hợp tổ chức kiểm định cân miễn phí tại chợ Phước Long trong quý I/2027.'],
  signer='Lê Thị Mỹ Dung', signrole='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')

R(hand='A', file='BC_XaDatDo_thang11.docx', uid='26680', uname='Xã Đất Đỏ', kind='xa', mistaken=True,
  reason='Báo cáo về chuyển đổi số (Đề án 06, dịch vụ công trực tuyến) của Xã Đất Đỏ, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.',
  head='UBND XÃ ĐẤT ĐỎ', number='233/BC-UBND', date='2026-11-09', datestr='Đất Đỏ, ngày 09 tháng 11 năm 2026',
  title='Kết quả thực hiện chuyển đổi số và Đề án 06 năm 2026',
  entries=[
    dict(task=None, status=None, name='Tỷ lệ hồ sơ trực tuyến toàn trình',
         body='Tiếp nhận {f0} trực tuyến, đạt 87% tổng số hồ sơ.', figs=[F(None, 2314, '2.314 hồ sơ')]),
    dict(task=None, status=None, name='Thu thập, làm sạch dữ liệu dân cư (Đề án 06)',
         body='Làm sạch {f0}; kích hoạt VNeID mức 2 cho {f1}.', figs=[F(None, 1208, '1.208 trường hợp'), F(None, 5120, '5.120 người dân')]),
    dict(task=None, status=None, name='Tổ công nghệ số cộng đồng',
         body='Duy trì {f0} tổ tại các ấp, tổ chức {f1} cho tổ viên.', figs=[F(None, 9, '09'), F(None, 2, '02 lớp tập huấn')]),
  ],
  difficulties=['Hạ tầng mạng tại một số ấp còn yếu.'], proposals=['Đề nghị hỗ trợ thiết bị đầu cuối cho Tổ công nghệ số cộng đồng.'],
  signer='Trần Văn Mạnh', signrole='CHỦ TỊCH')

# ---------------- Hand B: change vs same period 2025 after every figure ----------------
R(hand='B', file='SoCongThuong_BC_TCDLCL_2026.docx', uid='SO-CT', uname='Sở Công Thương', kind='so',
  head='UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG', number='5127/BC-SCT', date='2026-11-12', datestr='Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026',
  entries=[
    dict(task='II.5.a', status='in_progress', name='Kiểm tra chất lượng hàng hóa lưu thông trên thị trường',
         body='Lực lượng quản lý thị trường đã tổ chức {f0}, kiểm tra {f1}, phát hiện {f2}; xử phạt vi phạm hành chính {f3}. Công tác kiểm tra tiếp tục thực hiện đến cuối năm.',
         figs=[F('inspections', 38, '38 cuộc', 31), F('establishments_inspected', 412, '412 cơ sở', 450), F('violations', 57, '57 vụ vi phạm', 49), F('fines_vnd', 1265000000, '1.265.000.000 đồng', 1030000000)]),
    dict(task='II.1.a', status='completed', name='Tuyên truyền, phổ biến pháp luật về chất lượng sản phẩm, hàng hóa cho doanh nghiệp',
         body='Phối hợp tổ chức {f0} cho {f1}; phát hành {f2} trên Cổng thông tin điện tử Sở.',
         figs=[F('training_courses', 5, '05 hội nghị', 4), F('participants', 640, '640 lượt đại biểu', 520), F('communications', 27, '27 tin, bài', 27)]),
    dict(task='II.2.d', status='completed', name='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, truy xuất nguồn gốc',
         body='Thông qua Chương trình khuyến công, đã hỗ trợ {f0} áp dụng ISO 9001, ISO 22000 và mã số mã vạch; kinh phí đã giải ngân {f1}.',
         figs=[F('enterprises_supported', 19, '19 doanh nghiệp', 12), F('budget_spent_vnd', 1420000000, '1,42 tỷ đồng', 980000000)]),
    dict(task='II.5.b', status='not_started', name='Khảo sát chất lượng xăng dầu, khí dầu mỏ hóa lỏng',
         body='Chưa triển khai do chờ kế hoạch khảo sát chung của Sở Khoa học và Công nghệ.', figs=[]),
  ],
  difficulties=['Hàng hóa vi phạm chủ yếu kinh doanh trên sàn thương mại điện tử, khó xác định chủ thể để kiểm tra.',
                'Thiếu phương tiện kiểm tra nhanh chất lượng tại hiện trường.'],
  proposals=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để phục vụ kiểm tra theo chuyên đề.'],
  signer='Phạm Quốc Huy', signrole='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')

R(hand='B', file='BaoCao_SoGDDT_CT38.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', kind='so',
  head='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', number='3390/BC-SGDĐT', date='2026-10-30', datestr='Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
  entries=[
    dict(task='II.3.d', status='in_progress', name='Bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng cho viên chức và học sinh, sinh viên',
         body='Phối hợp Chi cục TĐC lồng ghép {f0} tại các trường trung cấp, cao đẳng trực thuộc với {f1}.',
         figs=[F('training_courses', 7, '07 buổi tập huấn chuyên đề', 5), F('participants', 1120, '1.120 lượt học sinh, sinh viên', 900)]),
    dict(task='II.2.đ', status='completed', name='Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở',
         body='Hoàn thành đánh giá nội bộ, cập nhật {f0}.', figs=[F(None, 52, '52 quy trình', 48)]),
    dict(task='II.1.a', status='completed', name='Tuyên truyền về Ngày Tiêu chuẩn thế giới, Ngày Đo lường Việt Nam trong nhà trường',
         body='Đăng {f0} trên trang thông tin ngành giáo dục.', figs=[F('communications', 11, '11 tin, bài', 14)]),
  ],
  difficulties=['Chương trình đào tạo chính khóa chưa có nội dung riêng về tiêu chuẩn, đo lường, chất lượng.'],
  proposals=['Đề nghị Sở Khoa học và Công nghệ biên soạn tài liệu ngắn về tiêu chuẩn, đo lường, chất lượng dùng cho hoạt động ngoại khóa.'],
  signer='Nguyễn Bảo Quốc', signrole='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')

R(hand='B', file='P.BinhDuong_KQ_KH38_2026.docx', uid='25760', uname='Phường Bình Dương', kind='phuong',
  head='ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH DƯƠNG', number='1045/BC-UBND', date='2026-11-05', datestr='Bình Dương, ngày 05 tháng 11 năm 2026',
  entries=[
    dict(task='II.5.c', status='completed', name='Kiểm tra đo lường, nhãn hàng hóa tại cơ sở kinh doanh (nội dung phân cấp cho phường)',
         body='Phường thành lập tổ kiểm tra liên ngành, tổ chức {f0}, kiểm tra {f1}, phát hiện {f2}, phạt tiền {f3}.',
         figs=[F('inspections', 12, '12 cuộc', 9), F('establishments_inspected', 86, '86 cơ sở', 70), F('violations', 7, '07 cơ sở', 10), F('fines_vnd', 21500000, '21,5 triệu đồng', 30000000)]),
    dict(task='II.1.a', status='completed', name='Tuyên truyền pháp luật về TCĐLCL',
         body='Đăng tải {f0}, tổ chức {f1} cho {f2} kinh doanh trên địa bàn.',
         figs=[F('communications', 24, '24 tin bài', 15), F('training_courses', 3, '03 hội nghị', 2), F('participants', 210, '210 hộ', 160)]),
    dict(task='II.3.a', status='completed', name='Cử công chức dự tập huấn',
         body='Cử {f0} dự tập huấn nghiệp vụ do Sở Khoa học và Công nghệ tổ chức.', figs=[F('participants', 4, '04 công chức', 2)]),
    dict(task='II.2.d', status='in_progress', name='Hướng dẫn doanh nghiệp nhỏ công bố hợp chuẩn, hợp quy',
         body='Hướng dẫn {f0}.', figs=[F('enterprises_supported', 15, '15 doanh nghiệp, hộ kinh doanh', 6)]),
  ],
  difficulties=['Nhiều cơ sở kinh doanh nhỏ lẻ, thường xuyên thay đổi địa điểm.'],
  proposals=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử cán bộ hỗ trợ chuyên môn khi phường kiểm tra hàng đóng gói sẵn.'],
  signer='Huỳnh Thanh Sơn', signrole='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')

R(hand='B', file='BC-CT38-PhuongBenCat.xlsx', uid='25813', uname='Phường Bến Cát', kind='phuong',
  head='UBND PHƯỜNG BẾN CÁT', number='358/BC-UBND', date='2026-11-11', datestr='Bến Cát, ngày 11 tháng 11 năm 2026',
  entries=[
    dict(task='II.1.a', status='completed', name='Tuyên truyền TCĐLCL',
         body='{f0}; {f1}', figs=[F('communications', 18, '18 tin, bài', 12), F('training_courses', 1, '01 hội nghị', 1)]),
    dict(task='II.5.c', status='in_progress', name='Kiểm tra đo lường tại chợ, cửa hàng xăng dầu',
         body='{f0}; {f1}; {f2}; phạt {f3}',
         figs=[F('inspections', 5, '05 cuộc', 3), F('establishments_inspected', 40, '40 cơ sở', 28), F('violations', 4, '04 cơ sở vi phạm', 1), F('fines_vnd', 8000000, '8.000.000 đồng', 2500000)]),
    dict(task='II.3.a', status='completed', name='Tham gia tập huấn', body='{f0}', figs=[F('participants', 2, '02 công chức', 2)]),
    dict(task='II.5.d', status='not_applicable', name='Xử lý tố giác vi phạm', body='Không phát sinh', figs=[]),
  ],
  difficulties=['Chưa có cán bộ chuyên trách về đo lường.'],
  proposals=['Đề nghị Sở hỗ trợ kinh phí in tờ rơi tuyên truyền.'],
  signer='Đỗ Minh Trí', signrole='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')

R(hand='B', file='SoATTP_baocao_thang11.xlsx', uid='SO-ATTP', uname='Sở An toàn thực phẩm', kind='so', mistaken=True,
  reason='Báo cáo về công tác bảo đảm an toàn thực phẩm của Sở An toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.',
  head='SỞ AN TOÀN THỰC PHẨM', number='2214/BC-SATTP', date='2026-11-08', datestr='Thành phố Hồ Chí Minh, ngày 08 tháng 11 năm 2026',
  title='KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 10 THÁNG NĂM 2026',
  entries=[
    dict(task=None, status=None, name='Thanh tra, kiểm tra cơ sở thực phẩm', body='{f0}; {f1}',
         figs=[F(None, 96, '96 đoàn', 80), F(None, 3410, '3.410 cơ sở', 3120)]),
    dict(task=None, status=None, name='Giám sát ngộ độc thực phẩm', body='{f0}', figs=[F(None, 4, '04 vụ', 6)]),
    dict(task=None, status=None, name='Xét nghiệm mẫu thực phẩm', body='{f0}', figs=[F(None, 2870, '2.870 mẫu', 2500)]),
  ],
  difficulties=['Lực lượng thanh tra an toàn thực phẩm còn mỏng.'], proposals=['Đề nghị bổ sung biên chế thanh tra chuyên ngành.'],
  signer='Phạm Khánh Phong Lan', signrole='GIÁM ĐỐC')

# ---------------- Hand C: TỜ TRÌNH cover + Phụ lục ----------------
R(hand='C', file='TTr_ChiCucTDC_KQ_KH38_2026.docx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', kind='cc',
  head='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', number='318/TTr-CCTĐC', date='2026-11-13', datestr='Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026',
  entries=[
    dict(task='II.1.a', status='completed', name='Tập huấn văn bản QPPL về TCĐLCL; tọa đàm với doanh nghiệp nhập khẩu',
         body='Tổ chức {f0} (04 lớp tập huấn văn bản QPPL và 01 buổi tọa đàm với doanh nghiệp nhập khẩu); {f1}.', figs=[F('training_courses', 5, '05 hội nghị, lớp tập huấn'), F('participants', 386, '386 lượt học viên')]),
    dict(task='II.1.b', status='completed', name='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
         body='Gửi thư mời, hướng dẫn hồ sơ cho {f0}.', figs=[F('enterprises_supported', 27, '27 doanh nghiệp')]),
    dict(task='II.2.b', status='in_progress', name='Hoạt động Giải thưởng Chất lượng Quốc gia 2026',
         body='Hội đồng sơ tuyển đã đánh giá hồ sơ, chờ Hội đồng quốc gia xét chọn.', figs=[]),
    dict(task='II.2.e', status='in_progress', name='Xây dựng, góp ý TCVN, QCVN, quy chuẩn kỹ thuật địa phương',
         body='Góp ý {f0}; đang xây dựng dự thảo 01 quy chuẩn kỹ thuật địa phương.', figs=[F('standards_reviewed', 23, '23 dự thảo TCVN, QCVN')]),
    dict(task='II.3.a', status='completed', name='Tập huấn nghiệp vụ cho công chức Sở, ngành, UBND xã, phường, đặc khu',
         body='Tổ chức {f0} cho {f1} cấp xã.', figs=[F('training_courses', 3, '03 lớp'), F('participants', 412, '412 công chức')]),
    dict(task='II.4.b', status='in_progress', name='Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
         body='Hiệu chuẩn {f0} phục vụ kiểm tra; kinh phí đã sử dụng {f1}.', figs=[F('instruments_verified', 36, '36 thiết bị'), F('budget_spent_vnd', 87400000, '87.400.000 đồng')]),
    dict(task='II.5.a', status='in_progress', name='Kiểm tra nhà nước về TCĐLCL',
         body='Thực hiện {f0} tại {f1}, phát hiện {f2}, ban hành quyết định xử phạt tổng số tiền {f3}.',
         figs=[F('inspections', 21, '21 cuộc kiểm tra'), F('establishments_inspected', 148, '148 cơ sở'), F('violations', 19, '19 cơ sở vi phạm'), F('fines_vnd', 312500000, '312,5 triệu đồng')]),
    dict(task='II.5.b', status='completed', name='Khảo sát chất lượng sản phẩm, hàng hóa',
         body='Lấy {f0} (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) gửi thử nghiệm; kết quả đã thông tin tới các cơ quan chức năng.', figs=[F('samples_tested', 120, '120 mẫu')]),
    dict(task='II.2.h', status='completed', name='Kết nối Cổng một cửa quốc gia về kiểm tra nhà nước hàng nhập khẩu',
         body='Đã hoàn tất kết nối liên thông từ quý I/2026.', figs=[]),
  ],
  difficulties=['Một số văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi chưa được ban hành, ảnh hưởng đến việc xây dựng quy chuẩn kỹ thuật địa phương.',
                'Phương tiện kiểm tra nhanh chất lượng vàng, xăng dầu đã xuống cấp.'],
  proposals=['Kính trình Giám đốc Sở xem xét bổ sung kinh phí năm 2027 để mua sắm thiết bị kiểm tra nhanh.',
             'Kính trình Giám đốc Sở ký ban hành báo cáo gửi Ủy ban nhân dân Thành phố và Bộ Khoa học và Công nghệ.'],
  signer='Nguyễn Thanh Hải', signrole='CHI CỤC TRƯỞNG')

R(hand='C', file='TTr-PhongKTPC-ChiThi38.docx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', kind='phong',
  head='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ', number='27/TTr-KTPC', date='2026-10-29', datestr='Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
  entries=[
    dict(task='II.5.a', status='in_progress', name='Phối hợp kiểm tra, giám sát bảo đảm an toàn sản phẩm, hàng hóa',
         body='Cử công chức tham gia {f0} với Chi cục TĐC.', figs=[F('inspections', 8, '08 đoàn kiểm tra')]),
    dict(task='II.5.d', status='completed', name='Xử lý hành vi vi phạm, bảo vệ người tố giác',
         body='Tiếp nhận và xử lý xong {f0}; không có trường hợp phải áp dụng biện pháp bảo vệ người tố giác.', figs=[F(None, 5, '05 đơn phản ánh')]),
    dict(task='II.2.c', status='completed', name='Góp ý dự thảo văn bản QPPL về TCĐLCL',
         body='Góp ý {f0} hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa.', figs=[F(None, 6, '06 dự thảo nghị định, thông tư')]),
    dict(task='II.4.b', status='not_applicable', name='Phối hợp rà soát phương tiện kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP',
         body='Không phát sinh yêu cầu trong kỳ.', figs=[]),
  ],
  difficulties=['Nhân sự phòng ít, phải đồng thời thực hiện nhiều nhiệm vụ thanh tra, pháp chế.'],
  proposals=['Kính trình Giám đốc Sở giao Chi cục TĐC tổng hợp chung nội dung báo cáo của Phòng vào báo cáo của Sở.'],
  signer='Trương Thị Ngọc Yến', signrole='TRƯỞNG PHÒNG')

R(hand='C', file='TTr_TTPhanTichThiNghiem_PL_2026.xlsx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', kind='tt',
  head='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', number='145/TTr-TTPTTN', date='2026-11-02', datestr='Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
  entries=[
    dict(task='II.4.a', status='in_progress', name='Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm',
         body='Mua sắm {f0}; giải ngân {f1}.', figs=[F(None, 7, '07 thiết bị'), F('budget_spent_vnd', 2350000000, '2.350.000.000 đồng')]),
    dict(task='II.2.g', status='in_progress', name='Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
         body='Kiểm định, hiệu chuẩn {f0}; thử nghiệm {f1}; mở rộng phạm vi công nhận thêm 03 phép thử.', figs=[F('instruments_verified', 18640, '18.640 phương tiện đo'), F('samples_tested', 5215, '5.215 mẫu')]),
    dict(task='II.4.c', status='completed', name='Duy trì liên kết chuẩn đo lường đến chuẩn quốc gia',
         body='Hiệu chuẩn định kỳ {f0} tại Viện Đo lường Việt Nam.', figs=[F(None, 12, '12 chuẩn chính')]),
    dict(task='II.3.d', status='not_started', name='Đào tạo cho sinh viên về đo lường, thử nghiệm',
         body='Chưa thực hiện, chuyển sang năm 2027.', figs=[]),
  ],
  difficulties=['Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải tổ chức lại.'],
  proposals=['Kính trình Giám đốc Sở chấp thuận điều chỉnh thời gian thực hiện gói thầu thiết bị sang quý I/2027.'],
  signer='Lê Văn Thịnh', signrole='GIÁM ĐỐC')

R(hand='C', file='SoNNMT_ToTrinh_KH38.docx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', kind='so',
  head='UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number='8812/TTr-SNNMT', date='2026-11-14', datestr='Thành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2026',
  entries=[
    dict(task='II.5.a', status='in_progress', name='Kiểm tra chất lượng vật tư nông nghiệp, nông lâm thủy sản',
         body='Kiểm tra {f0} sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; xử phạt {f1}, số tiền {f2}.', figs=[F('establishments_inspected', 264, '264 cơ sở'), F('violations', 22, '22 cơ sở'), F('fines_vnd', 486000000, '486 triệu đồng')]),
    dict(task='II.5.b', status='completed', name='Lấy mẫu giám sát chất lượng',
         body='Lấy {f0} phân bón, thức ăn chăn nuôi để kiểm nghiệm.', figs=[F('samples_tested', 318, '318 mẫu')]),
    dict(task='II.2.e', status='completed', name='Góp ý quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực nông nghiệp, môi trường',
         body='Góp ý {f0} do Bộ Nông nghiệp và Môi trường chủ trì soạn thảo.', figs=[F('standards_reviewed', 9, '09 dự thảo QCVN')]),
    dict(task='II.2.d', status='in_progress', name='Hỗ trợ truy xuất nguồn gốc nông sản',
         body='Hỗ trợ {f0} cấp mã vùng trồng, áp dụng truy xuất nguồn gốc.', figs=[F('enterprises_supported', 34, '34 hợp tác xã, doanh nghiệp')]),
  ],
  difficulties=['Chi phí kiểm nghiệm mẫu cao, kinh phí được giao không đủ.'],
  proposals=['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu truy xuất nguồn gốc trên hệ thống của Thành phố.'],
  signer='Nguyễn Văn Phước', signrole='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')

# ---------------- Hand D: ward Excel with "Cán bộ theo dõi" column and "Trong đó:" rows ----------------
R(hand='D', file='TrVanTho_BaoCao_TDC_2026.xlsx', uid='25819', uname='Xã Trừ Văn Thố', kind='xa',
  head='UBND XÃ TRỪ VĂN THỐ', number='71/BC-UBND', date='2026-11-03', datestr='Trừ Văn Thố, ngày 03 tháng 11 năm 2026',
  entries=[
    dict(task='II.1.a', status='completed', name='Tuyên truyền trên loa truyền thanh, nhóm Zalo các ấp', officer='Đ/c Liên (VH-XH)',
         body='', figs=[F('communications', 20, '20 lượt tin'), F('training_courses', 1, '01 buổi hội nghị'), F('participants', 45, '45 người')]),
    dict(task='II.5.c', status='in_progress', name='Kiểm tra cân tại chợ, đại lý phân bón', officer='Đ/c Quang (Kinh tế)',
         body='', figs=[F('inspections', 2, '02 cuộc'), F('establishments_inspected', 14, '14 cơ sở'), F('violations', 1, '01 cơ sở'), F('fines_vnd', 1500000, '1.500.000 đ')]),
    dict(task='II.3.a', status='completed', name='Dự tập huấn của Chi cục', officer='Đ/c Quang (Kinh tế)', body='', figs=[F('participants', 1, '01 người')]),
    dict(task='II.2.đ', status='in_progress', name='ISO 9001 bộ phận một cửa', officer='Đ/c Hạnh (VP)', body='Đang rà soát lại quy trình sau sáp nhập', figs=[]),
  ],
  difficulties=['Xã mới sáp nhập, địa bàn rộng, chợ tạm nhiều.'],
  proposals=['Xin Chi cục hỗ trợ 01 cân đối chứng.'],
  signer='Phan Văn Lực', signrole='PHÓ CHỦ TỊCH')

R(hand='D', file='PhuLoi_tonghop_KH38.xlsx', uid='25750', uname='Phường Phú Lợi', kind='phuong',
  head='UBND PHƯỜNG PHÚ LỢI', number='512/BC-UBND', date='2026-11-07', datestr='Phú Lợi, ngày 07 tháng 11 năm 2026',
  entries=[
    dict(task='II.5.c', status='completed', name='Kiểm tra xăng dầu, vàng bạc, cân bán lẻ', officer='Tổ QLĐT-KT',
         body='', figs=[F('inspections', 6, '06 cuộc'), F('establishments_inspected', 38, '38 cơ sở'), F('violations', 5, '05 cơ sở'), F('fines_vnd', 17250000, '17.250.000 đồng')]),
    dict(task='II.1.a', status='completed', name='Tuyên truyền', officer='Phòng VH-XH', body='', figs=[F('communications', 31, '31 tin bài')]),
    dict(task='II.2.d', status='in_progress', name='Hướng dẫn công bố chất lượng sản phẩm OCOP', officer='Phòng Kinh tế', body='', figs=[F('enterprises_supported', 4, '04 chủ thể')]),
    dict(task='II.5.d', status='not_applicable', name='Tố giác vi phạm', officer='Phòng Kinh tế', body='', figs=[]),
    dict(task='II.3.a', status='not_started', name='Tập huấn cho công chức', officer='Phòng Kinh tế', body='Chưa được cử do lịch trùng', figs=[]),
  ],
  difficulties=['Phần mềm quản lý cơ sở kinh doanh chưa có trường dữ liệu về phương tiện đo.'],
  proposals=['Đề nghị Sở bổ sung trường dữ liệu phương tiện đo trên phần mềm quản lý hộ kinh doanh.', 'Đề nghị tổ chức tập huấn vào cuối tuần.'],
  signer='Trần Hoài Nam', signrole='PHÓ CHỦ TỊCH')

R(hand='D', file='NgaiGiao_BC11T.xlsx', uid='26575', uname='Xã Ngãi Giao', kind='xa',
  head='UBND XÃ NGÃI GIAO', number='308/BC-UBND', date='2026-11-09', datestr='Ngãi Giao, ngày 09 tháng 11 năm 2026',
  entries=[
    dict(task='II.1.a', status='in_progress', name='Phổ biến pháp luật đo lường cho tiểu thương', officer='Đ/c Thu', body='', figs=[F('communications', 8, '08 tin'), F('participants', 120, '120 lượt')]),
    dict(task='II.5.c', status='in_progress', name='Kiểm tra chợ Ngãi Giao, cây xăng', officer='Đ/c Khang', body='', figs=[F('inspections', 3, '03 cuộc'), F('establishments_inspected', 19, '19 cơ sở')]),
    dict(task='II.2.đ', status='completed', name='ISO hành chính', officer='Đ/c Thu', body='', figs=[]),
  ],
  difficulties=['Người dân chưa quen phản ánh về gian lận đo lường.'],
  proposals=['Đề nghị cấp bổ sung tài liệu tuyên truyền bằng hình ảnh.'],
  signer='Lê Minh Khang', signrole='PHÓ CHỦ TỊCH')

R(hand='D', file='TanUyen-BaoCaoKH38-T11.xlsx', uid='25888', uname='Phường Tân Uyên', kind='phuong',
  head='UBND PHƯỜNG TÂN UYÊN', number='640/BC-UBND', date='2026-11-12', datestr='Tân Uyên, ngày 12 tháng 11 năm 2026',
  entries=[
    dict(task='II.5.c', status='in_progress', name='Kiểm tra đo lường và nhãn hàng hóa', officer='Đ/c Vy', body='', figs=[F('inspections', 4, '04 cuộc'), F('establishments_inspected', 27, '27 cơ sở'), F('violations', 2, '02 cơ sở'), F('fines_vnd', 5000000, '5.000.000 đồng'), F('samples_tested', 6, '06 mẫu')]),
    dict(task='II.3.a', status='completed', name='Cử cán bộ tập huấn', officer='Đ/c Vy', body='', figs=[F('participants', 3, '03 người')]),
    dict(task='II.1.a', status='completed', name='Tuyên truyền trên loa, Zalo khu phố', officer='Đ/c Nhàn', body='', figs=[F('communications', 15, '15 tin')]),
    dict(task='II.2.d', status='unknown', name='Hướng dẫn doanh nghiệp', officer='Đ/c Vy', body='', figs=[F('enterprises_supported', 7, '07 doanh nghiệp')]),
  ],
  difficulties=['Thiếu kinh phí lấy mẫu thử nghiệm.'],
  proposals=['Đề nghị Chi cục hỗ trợ kinh phí thử nghiệm mẫu cho phường.'],
  signer='Ngô Văn Bình', signrole='PHÓ CHỦ TỊCH')
