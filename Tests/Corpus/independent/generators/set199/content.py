# -*- coding: utf-8 -*-
# Report contents (exec'd by gen.py). 'st' is the key status, 'td' is what the file says.

# ======================= HAND A (wards, DOCX) =======================
U = {'id': '27163', 'name': 'Phường Hòa Hưng'}
E = [
 dict(no='1.1', task='II.1.a', nv='Tuyên truyền, phổ biến văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng cho tổ chức, doanh nghiệp, hộ kinh doanh', bp='Văn hóa - Xã hội; các khu phố',
      kq='Đăng 06 tin, bài trên trang thông tin điện tử phường và nhóm Zalo các khu phố. Tổ chức 01 buổi phổ biến cho hộ kinh doanh chợ Hòa Hưng, có 85 lượt người dự.', td='Hoàn thành', st='completed',
      ind={'communications': 6, 'training_courses': 1, 'participants': 85}),
 dict(no='1.2', task='II.1.b', nv='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', bp='',
      kq='Đã chuyển thông báo của Chi cục TĐC đến 14 doanh nghiệp trên địa bàn. Chưa có DN đăng ký tham dự.', td='Hoàn thành\n(đã thông báo, DN chưa đăng ký)', st='completed',
      ind={'enterprises_supported': 14}),
 dict(no='2.1', task='II.2.đ', nv='Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại UBND phường', bp='Văn phòng HĐND-UBND',
      kq='Rà soát, cập nhật lại các quy trình nội bộ sau sắp xếp bộ máy; chưa tổ chức đánh giá nội bộ.', td='Đang thực hiện\n(dự kiến đánh giá nội bộ trong tháng 12/2026)', st='in_progress'),
 dict(no='3.1', task='II.3.a', nv='Cử công chức tham gia tập huấn nghiệp vụ TĐC', bp='Phòng Kinh tế',
      kq='Cử 02 công chức dự tập huấn do Chi cục TĐC tổ chức ngày 18/6/2026.', td='Hoàn thành', st='completed',
      ind={'participants': 2}),
 dict(no='5.1', task='II.5.a', nv='Kiểm tra về TĐC đối với hàng hóa lưu thông trên địa bàn', bp='Đội QLTT số 5, Công an phường',
      kq='Kiểm tra 03 cuộc, 17 cơ sở kinh doanh tạp hóa, mỹ phẩm; phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, xử phạt 4.500.000 đồng.', td='Đang thực hiện\n(kiểm tra thường xuyên)', st='in_progress',
      ind={'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 4500000}),
 dict(no='5.2', task='II.5.b', nv='Khảo sát chất lượng sản phẩm, hàng hóa', bp='',
      kq='Chưa thực hiện.', td='Chưa triển khai\n(phường chưa có kinh phí lấy mẫu)', st='not_started'),
 dict(no='5.3', task='II.5.c', nv='Thực hiện các nội dung được phân quyền về quản lý nhà nước TĐC (phối hợp Chi cục)', bp='Ban quản lý chợ',
      kq='Phối hợp Chi cục TĐC 01 cuộc kiểm tra đo lường tại chợ Hòa Hưng; kiểm định miễn phí 41 cân cho tiểu thương.', td='Hoàn thành', st='completed',
      ind={'inspections': 1, 'instruments_verified': 41}),
 dict(no='5.4', task='II.5.d', nv='Khen thưởng, bảo vệ người tố giác vi phạm pháp luật về TĐC', bp='',
      kq='Không có trường hợp tố giác.', td='Không phát sinh', st='not_applicable'),
]
D = ['Công chức phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.',
     'Chưa có kinh phí riêng cho hoạt động khảo sát, lấy mẫu hàng hóa.']
P = ['Đề nghị Chi cục TĐC tổ chức lớp tập huấn ngắn cho cán bộ phường, xã sau sắp xếp.',
     'Đề nghị Sở hỗ trợ kinh phí lấy mẫu khảo sát chất lượng hàng hóa tại các chợ.']
intro = 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Hòa Hưng báo cáo kết quả thực hiện như sau (số liệu tính đến ngày 31/10/2026):'
hand_a('hoahung_bc_ct38_2026.docx', U, '412/BC-UBND', '2026-11-05', 'Hòa Hưng, ngày 05 tháng 11 năm 2026', E, D, P, intro, 'Lê Thị Mỹ Dung')
key('hoahung_bc_ct38_2026.docx', U, '412/BC-UBND', '2026-11-05', E, D, P)

U = {'id': '27265', 'name': 'Phường Khánh Hội'}
E = [
 dict(no='1', task='II.1.a', nv='Tuyên truyền văn bản pháp luật về TĐC cho DN, hộ kinh doanh', bp='Văn hóa - Xã hội',
      kq='Phát tờ rơi tại chợ, đăng 04 tin trên fanpage phường; tổ chức 02 buổi phổ biến tại khu phố với 140 lượt người tham dự.', td='Hoàn thành', st='completed',
      ind={'communications': 4, 'training_courses': 2, 'participants': 140}),
 dict(no='2', task='II.2.d', nv='Hướng dẫn DN áp dụng hệ thống quản lý, công bố chất lượng sản phẩm', bp='Bộ phận một cửa',
      kq='Huong dan 05 doanh nghiep, ho kinh doanh ve thu tuc cong bo hop quy, ghi nhan hang hoa.', td='Đang thực hiện', st='in_progress',
      ind={'enterprises_supported': 5}),
 dict(no='3', task='II.2.đ', nv='Áp dụng HTQLCL ISO trong cơ quan hành chính', bp='Văn phòng',
      kq='Đã ban hành Quyết định công bố HTQLCL phù hợp TCVN ISO 9001:2015 ngày 22/8/2026.', td='Hoàn thành', st='completed'),
 dict(no='4', task='II.5.a', nv='Kiểm tra TĐC hàng hóa trên thị trường', bp='Đội QLTT, Công an phường',
      kq='Không tổ chức đoàn kiểm tra riêng; phường chỉ cử người tham gia khi có đoàn của cấp trên.', td='Không phát sinh\n(chưa có đoàn cấp trên về địa bàn)', st='not_applicable'),
 dict(no='5', task='II.5.c', nv='Phối hợp Chi cục thực hiện nội dung phân quyền QLNN TĐC', bp='Phòng Kinh tế',
      kq='Phối hợp kiểm tra 02 cửa hàng xăng dầu (01 cuộc), không phát hiện vi phạm.', td='Hoàn thành', st='completed',
      ind={'inspections': 1, 'establishments_inspected': 2}),
 dict(no='6', task='II.5.d', nv='Khen thưởng người tố giác; xử lý vi phạm', bp='',
      kq='Khong co.', td='Không phát sinh', st='not_applicable'),
]
D = ['Phường mới sắp xếp, bộ phận kinh tế thiếu người nên chưa chủ động tổ chức kiểm tra riêng.']
P = ['Đề nghị Chi cục TĐC thông báo sớm kế hoạch kiểm tra trên địa bàn để phường bố trí người phối hợp.']
intro = 'Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND phường Khánh Hội báo cáo như sau:'
hand_a('khanhhoi_ct38_bc.docx', U, '287/BC-UBND', '2026-10-30', 'Khánh Hội, ngày 30 tháng 10 năm 2026', E, D, P, intro, 'Trần Quốc Bảo')
key('khanhhoi_ct38_bc.docx', U, '287/BC-UBND', '2026-10-30', E, D, P)

U = {'id': '26536', 'name': 'Phường Rạch Dừa'}
E = [
 dict(no='1.1', task='II.1.a', nv='Tuyen truyen, tap huan van ban phap luat TĐC', bp='VH-XH',
      kq='Tổ chức 01 lớp tập huấn về ghi nhãn hàng hóa và đo lường trong mua bán cho 62 hộ kinh doanh; đăng 03 bài trên Cổng thông tin phường.', td='Hoàn thành', st='completed',
      ind={'training_courses': 1, 'participants': 62, 'communications': 3}),
 dict(no='1.2', task='II.1.b', nv='Vận động DN tham dự Giải thưởng Chất lượng QG', bp='',
      kq='Trên địa bàn chủ yếu là hộ kinh doanh nhỏ, không có DN đủ điều kiện.', td='Không phát sinh', st='not_applicable'),
 dict(no='3.1', task='II.3.a', nv='Cử công chức dự tập huấn chuyên môn TĐC', bp='',
      kq='Chưa cử được do trùng lịch tiếp công dân.', td='Chưa thực hiện\n(sẽ cử ở đợt tập huấn quý IV)', st='not_started'),
 dict(no='5.1', task='II.5.a', nv='Kiểm tra đo lường, chất lượng hàng hóa lưu thông', bp='Công an phường, Ban quản lý chợ',
      kq='Kiểm tra 02 cuộc tại chợ Rạch Dừa và các điểm bán gas: 23 cơ sở được kiểm tra, 03 cơ sở vi phạm, xử phạt 7.200.000 đồng.', td='Hoàn thành', st='completed',
      ind={'inspections': 2, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 7200000}),
 dict(no='5.2', task='II.5.c', nv='Thực hiện nội dung phân quyền QLNN về TĐC', bp='',
      kq='Tiếp nhận, xử lý 01 phản ánh về cân sai tại chợ; đã chuyển Chi cục kiểm định 12 cân.', td='Đang thực hiện', st='in_progress',
      ind={'instruments_verified': 12}),
]
D = ['Hộ kinh doanh chưa quan tâm kiểm định cân định kỳ, còn dùng cân không rõ nguồn gốc.']
P = ['Đề nghị Chi cục TĐC tổ chức kiểm định cân lưu động tại chợ 2 lần/năm.', 'Đề nghị cấp cân đối chứng cho chợ Rạch Dừa.']
intro = 'Thực hiện Kế hoạch số    /KH-SKHCN của Sở KH&CN về triển khai Chỉ thị 38-CT/TW năm 2026, UBND phường Rạch Dừa bao cao ket qua nhu sau:'
hand_a('BC_CT38_RachDua.docx', U, '198/BC-UBND', '2026-11-10', 'Rạch Dừa, ngày 10 tháng 11 năm 2026', E, D, P, intro, 'Võ Thanh Sơn')
key('BC_CT38_RachDua.docx', U, '198/BC-UBND', '2026-11-10', E, D, P)

U = {'id': '27238', 'name': 'Phường Minh Phụng'}
E = [
 dict(no='1', task='II.1.a', nv='Tuyên truyền, phổ biến pháp luật TĐC', bp='Các khu phố',
      kq='Phát thanh 10 tin trên hệ thống loa khu phố; treo băng rôn tại chợ Minh Phụng và chợ Bình Tiên.', td='Hoàn thành', st='completed',
      ind={'communications': 10}),
 dict(no='2', task='II.2.đ', nv='Áp dụng, duy trì HTQLCL ISO tại UBND phường', bp='Văn phòng HĐND-UBND',
      kq='Đang xây dựng lại hệ thống tài liệu theo bộ thủ tục hành chính mới.', td='Đang thực hiện', st='in_progress'),
 dict(no='3', task='II.5.a', nv='Kiểm tra TĐC sản phẩm, hàng hóa', bp='Đội QLTT số 7',
      kq='Kiểm tra 04 cuộc với 26 cơ sở; 04 cơ sở vi phạm, phạt tiền 12.500.000 đồng.', td='Đang thực hiện', st='in_progress',
      ind={'inspections': 4, 'establishments_inspected': 26, 'violations': 4, 'fines_vnd': 12500000}),
 dict(no='4', task='II.5.b', nv='Khảo sát chất lượng sản phẩm, hàng hóa', bp='',
      kq='Chưa có.', td='Chưa triển khai\n(chưa nhận được hướng dẫn của Chi cục)', st='not_started'),
 dict(no='5', task='II.5.d', nv='Khen thưởng, bảo vệ người tố giác', bp='',
      kq='Không có.', td='Không phát sinh', st='not_applicable'),
]
D = []
P = ['Đề nghị Chi cục hướng dẫn cụ thể nội dung khảo sát chất lượng hàng hóa giao cho cấp phường.']
intro = 'UBND phường Minh Phụng báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị 38-CT/TW năm 2026 như sau:'
hand_a('minhphung-bc-tdc-2026.docx', U, '356/BC-UBND', '2026-11-03', 'Minh Phụng, ngày 03 tháng 11 năm 2026', E, D, P, intro, 'Huỳnh Văn Lực')
key('minhphung-bc-tdc-2026.docx', U, '356/BC-UBND', '2026-11-03', E, D, P)

# mistaken: Cát Lái sends its digital transformation report
U = {'id': '27112', 'name': 'Phường Cát Lái'}
E = [
 dict(no='1.1', task='-', nv='Phát triển hạ tầng số, phủ sóng wifi công cộng', bp='Viettel, VNPT', kq='Lắp 08 điểm wifi miễn phí tại nhà văn hóa khu phố.', td='Hoàn thành', st='completed'),
 dict(no='1.2', task='-', nv='Số hóa hồ sơ, kết quả giải quyết TTHC', bp='Bộ phận một cửa', kq='Số hóa 2.340 hồ sơ, đạt 91%.', td='Đang thực hiện', st='in_progress'),
 dict(no='2.1', task='-', nv='Tổ công nghệ số cộng đồng hướng dẫn người dân cài VNeID, thanh toán không tiền mặt', bp='Đoàn Thanh niên', kq='Hướng dẫn 1.150 lượt người dân.', td='Hoàn thành', st='completed'),
 dict(no='3.1', task='-', nv='Đảm bảo an toàn thông tin mạng', bp='', kq='Không có sự cố.', td='Không phát sinh', st='not_applicable'),
]
intro = 'Thực hiện Kế hoạch chuyển đổi số năm 2026 của UBND Thành phố, UBND phường Cát Lái báo cáo kết quả thực hiện chuyển đổi số 10 tháng năm 2026 như sau:'
hand_a('CatLai_BC_10thang_2026.docx', U, '301/BC-UBND', '2026-11-04', 'Cát Lái, ngày 04 tháng 11 năm 2026', E,
       ['Đường truyền tại một số khu phố còn chập chờn.'], ['Đề nghị Sở KH&CN hỗ trợ thiết bị cho Tổ công nghệ số cộng đồng.'], intro, 'Nguyễn Minh Hiếu',
       mistaken_title='Kết quả thực hiện chuyển đổi số 10 tháng đầu năm 2026')
key('CatLai_BC_10thang_2026.docx', U, '301/BC-UBND', '2026-11-04', [], [], [], status='rejected',
    reason='Báo cáo về chuyển đổi số, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm)')

# ======================= HAND B (communes by ấp, XLSX) =======================
U = {'id': '25807', 'name': 'Xã Thanh An'}
E = [
 dict(no='1', task='II.1.a', nv='Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng', td='Xong', st='completed',
      areas=[('Ấp Cần Giăng', '02 buổi, 45 người; 01 tin loa'), ('Ấp Bến Tranh', '01 buổi, 30 người; 02 tin loa'), ('Ấp Đồng Sổ', '01 buổi, 28 người')],
      total='04 buổi, 103 lượt người; 03 tin', kq='Tổng: 04 buổi, 103 lượt người; 03 tin',
      ind={'training_courses': 4, 'participants': 103, 'communications': 3}),
 dict(no='2', task='II.2.đ', nv='Áp dụng HTQLCL ISO 9001 tại UBND xã', td='Đang làm', st='in_progress',
      kqtext='Đã có tài liệu hệ thống, đang cập nhật theo quy trình mới của xã sau sáp nhập.', kq='Đang cập nhật tài liệu HTQLCL.'),
 dict(no='3', task='II.3.a', nv='Cử công chức tham gia tập huấn chuyên môn TĐC', td='Xong', st='completed',
      kqtext='Cử 01 công chức Kinh tế dự tập huấn tháng 7/2026.', kq='Cử 01 công chức dự tập huấn.', ind={'participants': 1}),
 dict(no='4', task='II.5.a', nv='Kiểm tra TĐC hàng hóa lưu thông', td='Đang làm', st='in_progress',
      areas=[('Ấp Cần Giăng', '01 cuộc, 06 cơ sở, 01 vi phạm'), ('Ấp Bến Tranh', '01 cuộc, 05 cơ sở'), ('Ấp Đồng Sổ', '01 cuộc, 04 cơ sở, 01 vi phạm'), ('Ấp Cây Trắc', 'Chưa kiểm tra')],
      total='03 cuộc, 15 cơ sở, 02 vi phạm, phạt 3.000.000đ', kq='03 cuộc, 15 cơ sở, 02 vi phạm, phạt 3.000.000đ',
      ind={'inspections': 3, 'establishments_inspected': 15, 'violations': 2, 'fines_vnd': 3000000}),
 dict(no='5', task='II.5.b', nv='Khảo sát chất lượng sản phẩm, hàng hóa', td='Chưa làm (xã không có kinh phí, chưa có hướng dẫn)', st='not_started',
      kqtext='Chưa thực hiện', kq='Chưa thực hiện'),
 dict(no='6', task='II.5.d', nv='Khen thưởng, bảo vệ người tố giác vi phạm', td='Không phát sinh', st='not_applicable',
      kqtext='Không có', kq='Không có'),
]
D = ['Địa bàn rộng, các ấp cách xa nhau, lực lượng kiểm tra mỏng.', 'Xã chưa có kinh phí cho khảo sát, lấy mẫu.']
P = ['Đề nghị Chi cục TĐC hỗ trợ kiểm định cân cho các điểm chợ tạm ở ấp.']
hand_b('ThanhAn_CT38_2026.xlsx', U, '145/BC-UBND', '2026-11-06',
       ['ỦY BAN NHÂN DÂN', 'XÃ THANH AN', 'Thanh An, ngày 06 tháng 11 năm 2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', 'Đỗ Văn Tám'], E, D, P, 'Ấp')
key('ThanhAn_CT38_2026.xlsx', U, '145/BC-UBND', '2026-11-06', E, D, P)

U = {'id': '27619', 'name': 'Xã Bình Hưng'}
E = [
 dict(no='1', task='II.1.a', nv='Tuyên truyền văn bản pháp luật TĐC cho DN, hộ kinh doanh', td='Xong', st='completed',
      areas=[('Ấp 1', '05 tin, 01 buổi (52 người)'), ('Ấp 2', '03 tin'), ('Ấp 3', '04 tin, 01 buổi (40 người)'), ('Ấp 4', '02 tin')],
      total='14 tin; 02 buổi, 92 người', kq='14 tin; 02 buổi, 92 người', ind={'communications': 14, 'training_courses': 2, 'participants': 92}),
 dict(no='2', task='II.1.b', nv='Vận động DN tham dự Giải thưởng CLQG', td='Không phát sinh', st='not_applicable',
      kqtext='Các DN trên địa bàn không đăng ký', kq='Không có DN đăng ký'),
 dict(no='3', task='II.2.d', nv='Hỗ trợ DN áp dụng hệ thống quản lý, công bố chất lượng', td='Đang làm', st='in_progress',
      areas=[('Ấp 1', '02 DN'), ('Ấp 3', '03 DN'), ('Ấp 4', '01 DN')],
      total='06 DN được hướng dẫn', kq='06 DN được hướng dẫn', ind={'enterprises_supported': 6}),
 dict(no='4', task='II.5.a', nv='Kiểm tra TĐC hàng hóa lưu thông trên thị trường', td='Đang làm', st='in_progress',
      areas=[('Ấp 1', '02 cuộc, 11 cơ sở, 02 vi phạm, phạt 5.500.000đ'), ('Ấp 2', '01 cuộc, 07 cơ sở'), ('Ấp 3', '01 cuộc, 08 cơ sở, 01 vi phạm, phạt 2.000.000đ'), ('Ấp 4', '01 cuộc, 06 cơ sở')],
      total='05 cuộc, 32 cơ sở, 03 vi phạm, phạt 7.500.000đ', kq='05 cuộc, 32 cơ sở, 03 vi phạm, phạt 7.500.000đ',
      ind={'inspections': 5, 'establishments_inspected': 32, 'violations': 3, 'fines_vnd': 7500000}),
 dict(no='5', task='II.5.c', nv='Phối hợp Chi cục thực hiện nội dung phân quyền QLNN TĐC', td='Xong', st='completed',
      kqtext='Phối hợp Chi cục kiểm định 56 cân tại chợ Bình Hưng (tháng 9/2026).', kq='Kiểm định 56 cân tại chợ Bình Hưng', ind={'instruments_verified': 56}),
]
D = ['Nhiều hộ kinh doanh nhỏ lẻ, hay thay đổi địa điểm nên khó quản lý.']
P = ['Đề nghị Chi cục cung cấp tài liệu tuyên truyền in sẵn cho các ấp.', 'Đề nghị tổ chức tập huấn nghiệp vụ kiểm tra nhãn hàng hóa cho công chức xã.']
hand_b('BinhHung_BC_CT38.xlsx', U, '233/BC-UBND', '2026-10-29',
       ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH HƯNG', 'Bình Hưng, ngày 29 tháng 10 năm 2026', 'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (số liệu theo ấp)', 'Phan Thị Kim Yến'], E, D, P, 'Ấp')
key('BinhHung_BC_CT38.xlsx', U, '233/BC-UBND', '2026-10-29', E, D, P)

U = {'id': '26732', 'name': 'Đặc khu Côn Đảo'}
E = [
 dict(no='1', task='II.1.a', nv='Tuyên truyền, phổ biến pháp luật TĐC', td='Xong', st='completed',
      areas=[('Khu dân cư số 3', '02 tin, 01 buổi 35 người'), ('Khu dân cư số 6', '02 tin'), ('Khu dân cư số 8', '01 buổi 27 người')],
      total='04 tin; 02 buổi, 62 người', kq='04 tin; 02 buổi, 62 người', ind={'communications': 4, 'training_courses': 2, 'participants': 62}),
 dict(no='2', task='II.3.a', nv='Cử công chức tham gia tập huấn TĐC', td='Chưa làm (đi đất liền khó, chờ lớp trực tuyến)', st='not_started',
      kqtext='Chưa cử được', kq='Chưa cử được'),
 dict(no='3', task='II.5.a', nv='Kiểm tra TĐC hàng hóa (chú trọng xăng dầu, vàng bạc, hàng phục vụ du lịch)', td='Đang làm', st='in_progress',
      areas=[('Khu dân cư số 3', '01 cuộc, 09 cơ sở'), ('Khu dân cư số 6', '01 cuộc, 07 cơ sở, 01 vi phạm, phạt 1.500.000đ')],
      total='02 cuộc, 16 cơ sở, 01 vi phạm, phạt 1.500.000đ', kq='02 cuộc, 16 cơ sở, 01 vi phạm, phạt 1.500.000đ',
      ind={'inspections': 2, 'establishments_inspected': 16, 'violations': 1, 'fines_vnd': 1500000}),
 dict(no='4', task='II.5.c', nv='Phối hợp Chi cục thực hiện nội dung được phân quyền', td='Xong', st='completed',
      kqtext='Phối hợp Chi cục kiểm định 07 cột đo xăng dầu tại 03 cửa hàng.', kq='Kiểm định 07 cột đo xăng dầu tại 03 cửa hàng', ind={'instruments_verified': 7}),
 dict(no='5', task='II.5.d', nv='Khen thưởng người tố giác', td='Không phát sinh', st='not_applicable', kqtext='Không có', kq='Không có'),
]
D = ['Chi phí đi lại cho đoàn kiểm định ra đảo cao, chỉ làm được 1 đợt/năm.']
P = ['Đề nghị Chi cục TĐC tổ chức lớp tập huấn trực tuyến để công chức đặc khu tham dự.']
hand_b('ConDao_CT38_11-2026.xlsx', U, '88/BC-UBND', '2026-11-12',
       ['ỦY BAN NHÂN DÂN', 'ĐẶC KHU CÔN ĐẢO', 'Côn Đảo, ngày 12 tháng 11 năm 2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026', 'Lê Văn Thắng'], E, D, P, 'Khu dân cư')
key('ConDao_CT38_11-2026.xlsx', U, '88/BC-UBND', '2026-11-12', E, D, P)

U = {'id': '26803', 'name': 'Phường Tam Bình'}
E = [
 dict(no='1', task='II.1.a', nv='Tuyên truyền văn bản pháp luật TĐC', td='Xong', st='completed',
      areas=[('KP 12', '03 tin'), ('KP 15', '02 tin'), ('KP 21', '04 tin')], total='09 tin', kq='09 tin', ind={'communications': 9}),
 dict(no='2', task='II.2.đ', nv='Duy trì HTQLCL ISO tại UBND phường', td='Xong', st='completed',
      kqtext='Đánh giá nội bộ xong ngày 15/9/2026, không có điểm không phù hợp lớn.', kq='Đánh giá nội bộ xong ngày 15/9/2026'),
 dict(no='3', task='II.5.a', nv='Kiểm tra TĐC hàng hóa', td='Đang làm', st='in_progress',
      areas=[('KP 12', '01 cuộc, 05 cơ sở'), ('KP 15', '01 cuộc, 06 cơ sở, 01 vi phạm'), ('KP 21', '01 cuộc, 08 cơ sở, 02 vi phạm')],
      total='03 cuộc, 19 cơ sở, 03 vi phạm, phạt 6.000.000đ', kq='03 cuộc, 19 cơ sở, 03 vi phạm, phạt 6.000.000đ',
      ind={'inspections': 3, 'establishments_inspected': 19, 'violations': 3, 'fines_vnd': 6000000}),
 dict(no='4', task='II.5.b', nv='Khảo sát chất lượng hàng hóa', td='Chưa làm (chưa có hướng dẫn)', st='not_started', kqtext='Chưa', kq='Chưa'),
]
D = ['Chưa có hướng dẫn cụ thể về khảo sát chất lượng ở cấp phường.']
P = ['Đề nghị Chi cục ban hành hướng dẫn khảo sát chất lượng hàng hóa cho cấp phường.']
hand_b('TamBinh_ct38.xlsx', U, '164/BC-UBND', '2026-11-02',
       ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TAM BÌNH', 'Tam Bình, ngày 02 tháng 11 năm 2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026', 'Nguyễn Hữu Phước'], E, D, P, 'Khu phố')
key('TamBinh_ct38.xlsx', U, '164/BC-UBND', '2026-11-02', E, D, P)

# ======================= HAND C (partner letters, DOCX) =======================
U = {'id': 'SO-CT', 'name': 'Sở Công Thương'}
E = [
 dict(task='II.5.a', lead='Ở phần kiểm tra chất lượng, đo lường hàng hóa lưu thông (xăng dầu, khí dầu mỏ hóa lỏng),',
      kq='Sở Công Thương đã cử cán bộ tham gia 04 cuộc kiểm tra liên ngành do Chi cục TĐC chủ trì tại 22 cửa hàng xăng dầu, cơ sở chiết nạp LPG; phát hiện 02 trường hợp vi phạm, số tiền xử phạt do Chi cục ban hành quyết định là 35.000.000 đồng.',
      td='đã xong', st='completed', ind={'inspections': 4, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 35000000}),
 dict(task='II.2.e', lead='Ở phần góp ý quy chuẩn kỹ thuật quốc gia,',
      kq='Sở đã có ý kiến góp ý đối với 03 dự thảo QCVN thuộc lĩnh vực công thương (an toàn điện, bình chịu áp lực, xăng dầu) gửi Chi cục tổng hợp.',
      td='đã xong', st='completed', ind={'standards_reviewed': 3}),
 dict(task='II.3.a', lead='Ở phần tập huấn nghiệp vụ cho công chức các sở, ngành,',
      kq='Sở đã cử 03 công chức Phòng Kỹ thuật an toàn - Môi trường tham dự lớp tập huấn do Chi cục TĐC tổ chức.',
      td='đã xong', st='completed', ind={'participants': 3}),
]
D = ['Lịch kiểm tra liên ngành trùng với đợt kiểm tra chuyên ngành của Sở nên một số đợt không cử được người.']
P = ['Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra phối hợp trước ít nhất 10 ngày.']
hand_c('SoCongThuong_phoihop_CT38.docx', U, '6215/SCT-KTAT', '2026-10-28',
       ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026'],
       'báo cáo phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026', 'Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)',
       'Sở Công Thương nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Công Thương không phải đơn vị chủ trì nhiệm vụ nào của Kế hoạch, xin báo cáo phần việc Sở có tham gia như sau:',
       E, 'Các nội dung còn lại của Kế hoạch (giải thưởng chất lượng, năng suất, chuẩn đo lường, APO…) Sở Công Thương không được giao nên không báo cáo.', D, P, 'Bùi Tá Hoàng Vũ')
key('SoCongThuong_phoihop_CT38.docx', U, '6215/SCT-KTAT', '2026-10-28', E, D, P)

U = {'id': 'SO-YT', 'name': 'Sở Y tế'}
E = [
 dict(task='II.2.e', lead='Ở phần góp ý quy chuẩn kỹ thuật quốc gia do các Bộ quản lý ngành ban hành,',
      kq='Sở Y tế đã góp ý 02 dự thảo QCVN về trang thiết bị y tế và nước sạch sinh hoạt.',
      td='đã xong', st='completed', ind={'standards_reviewed': 2}),
 dict(task='II.2.đ', lead='Ở phần áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính,',
      kq='Sở đã phối hợp với Chi cục rà soát việc duy trì HTQLCL theo TCVN ISO 9001:2015 tại Văn phòng Sở; dự kiến công bố lại trong tháng 12/2026.',
      td='đang làm', st='in_progress'),
 dict(task='II.5.a', lead='Ở phần kiểm tra đo lường phương tiện đo nhóm 2 dùng trong y tế,',
      kq='Sở chưa tham gia đợt kiểm tra nào do Chi cục chưa tổ chức đoàn trong năm.',
      td='chưa có phát sinh', st='not_applicable'),
]
D = []
P = ['Đề nghị Chi cục TĐC phối hợp với Sở Y tế tổ chức kiểm tra phương tiện đo huyết áp, nhiệt kế y học tại các cơ sở khám chữa bệnh tư nhân trong năm 2027.']
hand_c('SYT_gop_y_bc_ct38.docx', U, '9034/SYT-KHTC', '2026-11-09',
       ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', 'Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026'],
       'phối hợp báo cáo kết quả thực hiện Chỉ thị 38-CT/TW', 'Sở Khoa học và Công nghệ',
       'Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Y tế xin báo cáo phần việc Sở có tham gia như sau:',
       E, 'Các nội dung khác của Kế hoạch không thuộc phạm vi của Sở Y tế.', D, P, 'Nguyễn Văn Vĩnh Châu')
key('SYT_gop_y_bc_ct38.docx', U, '9034/SYT-KHTC', '2026-11-09', E, D, P)

U = {'id': 'SO-NNMT', 'name': 'Sở Nông nghiệp và Môi trường'}
E = [
 dict(task='II.2.a', lead='Ở phần truy xuất nguồn gốc (Đề án 100),',
      kq='Sở đã phối hợp hướng dẫn 18 hợp tác xã, doanh nghiệp nông nghiệp áp dụng mã truy xuất nguồn gốc cho sản phẩm rau, quả, thủy sản.',
      td='đang làm, dự kiến xong cuối năm', st='in_progress', ind={'enterprises_supported': 18}),
 dict(task='II.2.e', lead='Ở phần xây dựng, góp ý quy chuẩn kỹ thuật,',
      kq='Sở đã góp ý 04 dự thảo QCVN và 01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước thải chăn nuôi, tổng cộng 05 dự thảo.',
      td='đã xong', st='completed', ind={'standards_reviewed': 5}),
 dict(task='II.2.d', lead='Ở phần hỗ trợ doanh nghiệp công bố chất lượng, áp dụng hệ thống quản lý,',
      kq='Sở chưa nhận được đề nghị phối hợp từ Chi cục.',
      td='chưa thực hiện', st='not_started'),
]
D = ['Nhiều hợp tác xã chưa có kinh phí duy trì tem truy xuất nguồn gốc.']
P = ['Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ tem truy xuất nguồn gốc cho hợp tác xã năm 2027.']
hand_c('SoNNMT_CT38_2026.docx', U, '4471/SNNMT-CCL', '2026-11-06',
       ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026'],
       'báo cáo phần phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026', 'Sở Khoa học và Công nghệ',
       'Sở Nông nghiệp và Môi trường nhận được văn bản của Sở Khoa học và Công nghệ. Sở xin báo cáo phần việc Sở có tham gia như sau:',
       E, '', D, P, 'Trần Thị Xuân Mai')
key('SoNNMT_CT38_2026.docx', U, '4471/SNNMT-CCL', '2026-11-06', E, D, P)

U = {'id': 'SKHCN-KTPC', 'name': 'Phòng Kiểm tra – Pháp chế'}
E = [
 dict(task='II.2.c', lead='Ở phần đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật về TĐC,',
      kq='Phòng đã thẩm định, góp ý 02 dự thảo văn bản do Chi cục trình (quy chế phối hợp kiểm tra với phường, xã và quy định trình tự xử lý hàng hóa vi phạm).',
      td='đã xong', st='completed'),
 dict(task='II.5.a', lead='Ở phần kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng,',
      kq='Phòng đã cử 02 công chức tham gia 06 cuộc kiểm tra của Chi cục tại 41 cơ sở; tham mưu Giám đốc Sở ký 05 quyết định xử phạt với tổng số tiền 86.500.000 đồng.',
      td='vẫn đang tiếp tục theo kế hoạch kiểm tra năm', st='in_progress', ind={'inspections': 6, 'establishments_inspected': 41, 'fines_vnd': 86500000}),
 dict(task='II.4.b', lead='Ở phần phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP,',
      kq='Phòng đã cùng Chi cục rà soát danh mục thiết bị và đưa đi hiệu chuẩn 09 thiết bị đo nhanh dùng khi kiểm tra.',
      td='đã xong', st='completed', ind={'instruments_verified': 9}),
 dict(task='II.5.d', lead='Ở phần khen thưởng, bảo vệ người tố giác,',
      kq='Trong kỳ không có đơn tố giác về TĐC gửi đến Sở.',
      td='không phát sinh', st='not_applicable'),
]
D = ['Cán bộ pháp chế ít, phải tham gia nhiều đoàn kiểm tra cùng lúc.']
P = []
hand_c('PhongKTPC_phoihop_KH38.docx', U, '112/KTPC', '2026-10-27',
       ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026'],
       'báo cáo phần phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026', 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
       'Theo Kế hoạch, Phòng Kiểm tra – Pháp chế là đơn vị phối hợp ở một số nội dung. Phòng xin báo cáo phần việc Phòng có tham gia như sau:',
       E, 'Các nội dung khác Phòng không được phân công.', D, P, 'Đặng Minh Khoa', chief='TRƯỞNG PHÒNG')
key('PhongKTPC_phoihop_KH38.docx', U, '112/KTPC', '2026-10-27', E, D, P)

# mistaken: Sở ATTP sends a food-safety report
U = {'id': 'SO-ATTP', 'name': 'Sở An toàn thực phẩm'}
E = [
 dict(task='-', lead='Ở phần kiểm tra an toàn thực phẩm dịp Trung thu 2026,', kq='Sở đã phối hợp các phường, xã kiểm tra 214 cơ sở sản xuất, kinh doanh bánh trung thu.', td='đã xong', st='completed'),
 dict(task='-', lead='Ở phần giám sát bếp ăn tập thể trường học,', kq='Đã giám sát 96 bếp ăn, lấy 180 mẫu xét nghiệm nhanh.', td='đang làm', st='in_progress'),
]
hand_c('SoATTP_bc_phoihop_T10.docx', U, '2177/SATTP-NVTT', '2026-10-31',
       ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM', 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026'],
       'báo cáo phối hợp liên ngành bảo đảm an toàn thực phẩm tháng 10/2026', 'Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố',
       'Sở An toàn thực phẩm báo cáo kết quả phối hợp liên ngành bảo đảm an toàn thực phẩm tháng 10/2026 như sau:',
       E, '', ['Một số phường chưa bố trí cán bộ theo dõi an toàn thực phẩm.'], ['Đề nghị bổ sung kinh phí xét nghiệm nhanh.'], 'Phạm Khánh Phong Lan')
key('SoATTP_bc_phoihop_T10.docx', U, '2177/SATTP-NVTT', '2026-10-31', [], [], [], status='rejected',
    reason='Báo cáo về an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm)')

# ======================= HAND D (fast typist, XLSX) =======================
U = {'id': '27442', 'name': 'Phường Bình Tân'}
E = [
 dict(task='II.1.a', nv='Tổ chức tuyên truyền, tập huấn VBQPPL về TĐC cho tổ chức, DN', tg='Quý I, II và III/2026',
      kq='tuyen tryen 08 tin bai tren trang phuong, Zalo KP; to chuc 01 buoi tap huan nhan hang hoa cho 70 ho kinh doanh', td='Xong', st='completed',
      ind={'communications': 8, 'training_courses': 1, 'participants': 70}),
 dict(task='II.1.b', nv='Tuyên truyền, vận động DN tham dự Giải thưởng CLQG', tg='Quý I và II/2026',
      kq='ko co DN dang ky', td='Khong phat sinh', gc='DN tren dia ban chu yeu nho va sieu nho', st='not_applicable'),
 dict(task='II.2.đ', nv='Xây dựng, áp dụng, duy trì HTQLCL trong cơ quan hành chính', tg='Tu thang 01 den thang 11/2026',
      kq='da cap nhat 46 quy trinh theo ISO 9001:2015, danh gia noi bo thang 10', td='Xong', st='completed'),
 dict(task='II.5.a', nv='Kiểm tra, giám sát TĐC hàng hóa lưu thông', tg='Thuong xuyen',
      kq='kiem tra 5cuoc, 34 co so, 06 co so vi pham, phat 14,5tr', td='Dang lam', gc='con 1 dot thang 12', st='in_progress',
      ind={'inspections': 5, 'establishments_inspected': 34, 'violations': 6, 'fines_vnd': 14500000}),
 dict(task='II.5.b', nv='Khảo sát chất lượng sản phẩm, hàng hóa', tg='Thuong xuyen',
      kq='chua lam', td='Chua trien khai', gc='phuong khong co chuc nang lay mau, cho Chi cuc', st='not_started'),
 dict(task='II.5.c', nv='Phối hợp UBND phường thực hiện nội dung được phân quyền', tg='Thuong xuyen',
      kq='phoi hop Chi cuc kiem dinh 63 can tai cho Binh Tri Dong', td='Xong', st='completed', ind={'instruments_verified': 63}),
]
D = ['Cán bộ kinh tế phải kiêm nhiệm nhiều việc, chưa có người chuyên trách TĐC.', 'Hộ kinh doanh hay đổi chỗ, khó theo dõi sau kiểm tra.']
P = ['De nghi Chi cuc TDC cap tai lieu huong dan kiem tra nhan hang hoa cho phuong.']
hand_d('BinhTan_bc ct38.xlsx', ['UBND PHƯỜNG BÌNH TÂN', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KH CHỈ THỊ 38-CT/TW NĂM 2026',
       'So: 377/BC-UBND', 'Binh Tan, ngày 07 tháng 11 năm 2026'], E, D, P,
       ['KT. CHU TICH', 'PHO CHU TICH', '', 'Tạ Minh Quân'])
key('BinhTan_bc ct38.xlsx', U, '377/BC-UBND', '2026-11-07', E, D, P)

U = {'id': '27007', 'name': 'Phường Tân Sơn'}
E = [
 dict(task='II.1.a', nv='Tuyên truyền, tập huấn văn bản pháp luật TĐC', tg='Quý I, II và III/2026',
      kq='dang 05 tin tren loa phat thanh, 01 buoi pho bien 48 nguoi', td='Xong', st='completed',
      ind={'communications': 5, 'training_courses': 1, 'participants': 48}),
 dict(task='II.3.a', nv='Tập huấn, cập nhật kiến thức TĐC cho công chức UBND phường', tg='Quý II, III và IV/2026',
      kq='cu 02 cong chuc di tap huan truc tuyen', td='Xong', st='completed', ind={'participants': 2}),
 dict(task='II.5.a', nv='Kiểm tra TĐC hàng hóa', tg='Thuong xuyen',
      kq='03 cuoc, 21 co so, 01 vi pham, phat 2,5tr', td='Dang lam', st='in_progress',
      ind={'inspections': 3, 'establishments_inspected': 21, 'violations': 1, 'fines_vnd': 2500000}),
 dict(task='II.5.d', nv='Khen thưởng, bảo vệ người tố giác vi phạm', tg='Thuong xuyen',
      kq='khong co', td='KPS', gc='KPS = khong phat sinh', st='not_applicable'),
]
D = ['Chưa có kinh phí in tài liệu tuyên truyền.']
P = ['Đề nghị Sở cấp tờ rơi mẫu về ghi nhãn, đo lường trong mua bán.']
hand_d('TanSon_KH38_baocao.xlsx', ['UBND PHƯỜNG TÂN SƠN', 'BAO CAO THUC HIEN KE HOACH CT38 NAM 2026',
       'Số: 219/BC-UBND', 'Tân Sơn, ngày 04 tháng 11 năm 2026'], E, D, P,
       ['TM. UBND PHUONG', 'KT. CHU TICH', '', 'Lương Thị Thu Trang'])
key('TanSon_KH38_baocao.xlsx', U, '219/BC-UBND', '2026-11-04', E, D, P)

U = {'id': '26758', 'name': 'Phường Cầu Ông Lãnh'}
E = [
 dict(task='II.1.a', nv='Tuyên truyền VBQPPL về TĐC', tg='Quý I, II và III/2026',
      kq='12 tin bai, 02 buoi pho bien tai cho Cau Muoi va cho Nancy, 155 luot nguoi', td='Xong', st='completed',
      ind={'communications': 12, 'training_courses': 2, 'participants': 155}),
 dict(task='II.2.d', nv='Hỗ trợ DN áp dụng HTQL, công bố chất lượng', tg='Thuong xuyen',
      kq='huong dan 09 DN cong bo hop quy do choi tre em, thiet bi dien', td='Dang lam', st='in_progress', ind={'enterprises_supported': 9}),
 dict(task='II.5.a', nv='Kiểm tra TĐC hàng hóa lưu thông', tg='Thuong xuyen',
      kq='kiem tra 06 cuoc, 45 co so; 07 vi pham; phat 21,3tr', td='Dang lam', gc='con dot kiem tra Tet', st='in_progress',
      ind={'inspections': 6, 'establishments_inspected': 45, 'violations': 7, 'fines_vnd': 21300000}),
 dict(task='II.5.b', nv='Khảo sát chất lượng hàng hóa', tg='Thuong xuyen',
      kq='phoi hop Chi cuc lay 10 mau mu bao hiem tai cho Cau Muoi', td='Xong', st='completed', ind={'samples_tested': 10}),
 dict(task='II.5.c', nv='Thực hiện nội dung phân quyền QLNN TĐC', tg='Thuong xuyen',
      kq='chua lam', td='Chua trien khai', gc='cho van ban huong dan phan quyen cua TP', st='not_started'),
]
D = ['Địa bàn có nhiều chợ đầu mối, hàng hóa nhập khẩu đa dạng, lực lượng kiểm tra của phường mỏng.']
P = ['De nghi Chi cuc TDC som co huong dan ve noi dung phan quyen cho cap phuong.', 'De nghi phoi hop lay mau dinh ky tai cho Cau Muoi.']
hand_d('CauOngLanh_CT38.xlsx', ['ỦY BAN NHÂN DÂN PHƯỜNG CẦU ÔNG LÃNH', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
       'Số: 503/BC-UBND', 'ngày 11 tháng 11 năm 2026'], E, D, P,
       ['TM. UBND', 'CHU TICH', '', 'Phùng Văn Hòa'])
key('CauOngLanh_CT38.xlsx', U, '503/BC-UBND', '2026-11-11', E, D, P)

U = {'id': 'SKHCN-TTPTTN', 'name': 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'}
E = [
 dict(task='II.4.a', nv='Đầu tư CSVC, trang thiết bị, nguồn nhân lực đơn vị SNCL; hiện đại hóa thiết bị', tg='Thuong xuyen',
      kq='mua sam 04 thiet bi thu nghiem (GC-MS, may do do cung...), giai ngan 2,35 ty dong', td='Dang lam', gc='goi thau so 3 dang cho nghiem thu', st='in_progress',
      ind={'budget_spent_vnd': 2350000000}),
 dict(task='II.2.g', nv='Nâng cao hiệu quả tổ chức dịch vụ kỹ thuật TĐC, mở rộng lĩnh vực', tg='Thuong xuyen',
      kq='mo rong 02 linh vuc thu nghiem; kiem dinh, hieu chuan 12.480 phuong tien do', td='Dang lam', st='in_progress',
      ind={'instruments_verified': 12480}),
 dict(task='II.4.c', nv='Phối hợp duy trì chuẩn đo lường, liên kết chuẩn quốc gia', tg='Thuong xuyen',
      kq='hieu chuan lien ket 17 chuan chinh ve khoi luong, ap suat, nhiet do', td='Xong', st='completed', ind={'instruments_verified': 17}),
 dict(task='II.3.d', nv='Đào tạo cho viên chức, sinh viên về TĐC', tg='Quy II, III va IV/2026',
      kq='to chuc 03 lop cho 96 hoc vien (sinh vien thuc tap, KTV)', td='Xong', st='completed',
      ind={'training_courses': 3, 'participants': 96}),
]
D = ['Thiết bị cũ nhiều, chi phí bảo trì cao.', 'Thiếu kỹ thuật viên có chứng chỉ kiểm định viên đo lường.']
P = ['De nghi So bo sung du toan mua sam thiet bi nam 2027.']
hand_d('TTPTTN_bao cao KH38.xlsx', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM',
       'Số: 642/BC-TTPT', 'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026', 'BAO CAO THUC HIEN KE HOACH CHI THI 38-CT/TW NAM 2026'], E, D, P,
       ['GIAM DOC', '', '', 'Hồ Ngọc Thạch'])
key('TTPTTN_bao cao KH38.xlsx', U, '642/BC-TTPT', '2026-10-30', E, D, P)
