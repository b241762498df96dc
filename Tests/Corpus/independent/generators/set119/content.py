# -*- coding: utf-8 -*-
# Content of the 17 files of set119 (executed by gen.py).
RESAVE = []

# ------------------------------------------------------------------ HAND 1
# 01 Phường Thủ Dầu Một
t = [
 dict(title='1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
      recs=[[('Thời gian', 'sáng ngày 14/5/2026'), ('Địa điểm', 'Hội trường UBND phường'),
             ('Thành phần', 'đại diện Chi cục TĐC, Phòng Kinh tế phường, các hộ kinh doanh tại chợ Thủ Dầu Một và chợ Phú Văn'),
             ('Kết quả', 'tổ chức 01 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa với 86 lượt người tham dự')],
            [('Thời gian', 'từ tháng 3 đến tháng 10/2026'), ('Địa điểm', 'trang thông tin điện tử phường, loa truyền thanh các khu phố'),
             ('Thành phần', 'Văn phòng HĐND-UBND, Đài truyền thanh phường'),
             ('Kết quả', 'đăng 12 tin, bài; phát tờ rơi hướng dẫn sử dụng cân đúng quy định tại 02 chợ')]],
      muc_do='đã xong.'),
 dict(title='2. Cử công chức tham gia lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức',
      recs=[[('Thời gian', 'ngày 09 và 10/7/2026'), ('Địa điểm', 'Chi cục Tiêu chuẩn Đo lường Chất lượng'),
             ('Thành phần', 'công chức Phòng Kinh tế và Văn phòng HĐND-UBND phường'),
             ('Kết quả', 'phường cử 03 công chức tham dự 01 lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng cấp xã')]],
      muc_do='đã xong.'),
 dict(title='3. Kiểm tra đo lường tại chợ và cửa hàng xăng dầu (nội dung phân quyền cho phường)',
      recs=[[('Thời gian', 'tháng 6/2026'), ('Địa điểm', 'chợ Thủ Dầu Một, chợ Phú Văn'),
             ('Thành phần', 'Tổ kiểm tra liên ngành phường (Phòng Kinh tế, Công an phường, Ban quản lý chợ)'),
             ('Kết quả', '01 cuộc kiểm tra, kiểm tra 34 cơ sở kinh doanh, các hộ cơ bản chấp hành tốt')],
            [('Thời gian', 'tháng 9/2026'), ('Địa điểm', 'các cửa hàng xăng dầu trên đường Cách Mạng Tháng Tám, Đại lộ Bình Dương'),
             ('Thành phần', 'Tổ kiểm tra liên ngành phường phối hợp Chi cục TĐC'),
             ('Kết quả', '01 cuộc kiểm tra, kiểm tra 07 cửa hàng, không phát hiện vi phạm')],
            [('Cộng', '02 cuộc kiểm tra; 41 cơ sở được kiểm tra')]],
      muc_do='đang làm, tháng 11 tiếp tục kiểm tra đợt cuối năm.'),
 dict(title='3. Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường',
      recs=[[('Thời gian', 'Quý II/2026'), ('Thành phần', 'Văn phòng HĐND-UBND, Trung tâm Phục vụ hành chính công phường'),
             ('Kết quả', 'cập nhật lại danh mục quy trình sau sắp xếp, công bố lại hệ thống; đánh giá nội bộ dự kiến tháng 11')]],
      muc_do='đang làm.'),
 dict(title='5. Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
      recs=[[('Kết quả', 'trong kỳ không có trường hợp tố giác, phản ánh')]],
      muc_do='không có phát sinh.'),
]
kk = ['Phường mới sau sắp xếp có địa bàn rộng, số lượng hộ kinh doanh lớn nhưng chỉ có 01 công chức kiêm nhiệm theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.',
      'Phường chưa được trang bị cân đối chứng, quả cân chuẩn để phục vụ kiểm tra tại chợ.']
dx = ['Đề nghị Chi cục TĐC hỗ trợ trang bị cân đối chứng cho 02 chợ trên địa bàn phường.',
      'Đề nghị Chi cục tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027.']
hand1('01_TDM_bc_ct38_2026.docx', 'PHƯỜNG THỦ DẦU MỘT', 'Phường Thủ Dầu Một', 'Thủ Dầu Một', 'Số: 287/BC-UBND',
      'ngày 20 tháng 10 năm 2026',
      'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả thực hiện như sau:',
      t, kk, dx, 'Phạm Thị Thu Hương')
key('01_TDM_bc_ct38_2026.docx', ('25747', 'Phường Thủ Dầu Một'), '287/BC-UBND', '2026-10-20', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 86, 'communications': 12}, 'Hội nghị phổ biến Luật Đo lường, Luật Chất lượng SPHH cho hộ kinh doanh; 12 tin, bài'),
    ('II.3.a', 'completed', {'training_courses': 1, 'participants': 3}, 'Cử 03 công chức tham dự 01 lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức'),
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 41}, 'Kiểm tra đo lường tại chợ và cửa hàng xăng dầu: 02 cuộc, 41 cơ sở'),
    ('II.2.đ', 'in_progress', {}, 'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường'),
    ('II.5.d', 'not_applicable', {}, 'Không có trường hợp tố giác, phản ánh'),
], kk, dx)

# 02 Phường Dĩ An
t = [
 dict(title='1. Tuyên truyền về đo lường, chất lượng',
      recs=[[('Thời gian', 'tháng 4 – tháng 9/2026'), ('Địa điểm', 'các khu phố, chợ Dĩ An, chợ Nhị Đồng'),
             ('Thành phần', 'Đài truyền thanh phường, Ban điều hành các khu phố'),
             ('Kết quả', 'phát thanh 20 tin trên hệ thống loa; cấp phát tờ gấp về quyền lợi người tiêu dùng khi mua hàng cân đo')]],
      muc_do='đã xong.'),
 dict(title='2. Phối hợp đoàn kiểm tra của Chi cục TĐC kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em',
      recs=[[('Thời gian', 'ngày 18/8/2026'), ('Địa điểm', 'các cửa hàng trên đường Trần Hưng Đạo, Nguyễn An Ninh'),
             ('Thành phần', 'Đoàn kiểm tra Chi cục TĐC, Phòng Kinh tế phường, Công an phường'),
             ('Kết quả', 'kiểm tra 09 cơ sở, phát hiện 02 cơ sở kinh doanh mũ bảo hiểm không có dấu hợp quy CR, đoàn đã lập biên bản chuyển xử lý')]],
      muc_do='đã xong.'),
 dict(title='3. Kiểm tra phương tiện đo tại chợ theo phân cấp',
      recs=[[('Thời gian', 'tháng 5 và tháng 8/2026'), ('Địa điểm', 'chợ Dĩ An, chợ Nhị Đồng'),
             ('Thành phần', 'Tổ công tác phường, Ban quản lý chợ, Trung tâm kiểm định (phối hợp)'),
             ('Kết quả', 'thực hiện 03 cuộc kiểm tra, kiểm tra 52 hộ kinh doanh; phối hợp kiểm định miễn phí 64 chiếc cân; xử phạt 02 trường hợp với số tiền 3.000.000 đồng')]],
      muc_do='đã xong.'),
 dict(title='4. Tham gia tập huấn của Chi cục',
      recs=[[('Thời gian', 'ngày 10/7/2026'), ('Địa điểm', 'Chi cục TĐC'),
             ('Thành phần', 'công chức Phòng Kinh tế'),
             ('Kết quả', 'cử 02 công chức dự lớp tập huấn')]],
      muc_do='đã xong.'),
]
kk = ['Hộ kinh doanh tại chợ thường xuyên thay đổi, nhiều hộ sử dụng cân không rõ nguồn gốc mua trôi nổi.']
dx = ['Kiến nghị Chi cục TĐC phối hợp tổ chức kiểm định định kỳ cân tại chợ mỗi năm 02 lần.']
hand1('02_DiAn_BaoCao_CT38.docx', 'PHƯỜNG DĨ AN', 'Phường Dĩ An', 'Dĩ An', 'Số: 341/BC-UBND',
      'ngày 23 tháng 10 năm 2026',
      'Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND phường Dĩ An báo cáo kết quả thực hiện từ đầu năm đến nay như sau:',
      t, kk, dx, 'Trương Văn Đức', resave=True)
RESAVE.append(('02_DiAn_BaoCao_CT38.docx', 'docx'))
key('02_DiAn_BaoCao_CT38.docx', ('25942', 'Phường Dĩ An'), '341/BC-UBND', '2026-10-23', [
    ('II.1.a', 'completed', {'communications': 20}, 'Phát thanh 20 tin; cấp phát tờ gấp'),
    ('II.5.a', 'completed', {'establishments_inspected': 9, 'violations': 2}, 'Phối hợp đoàn Chi cục kiểm tra mũ bảo hiểm, đồ chơi trẻ em: 09 cơ sở, 02 cơ sở vi phạm'),
    ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 52, 'instruments_verified': 64, 'violations': 2, 'fines_vnd': 3000000}, 'Kiểm tra phương tiện đo tại chợ: 03 cuộc, 52 hộ, kiểm định 64 cân, phạt 02 trường hợp 3.000.000 đồng'),
    ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức dự lớp tập huấn'),
], kk, dx)

# 03 Phường Tân Uyên
t = [
 dict(title='1. Tuyên truyền, vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia',
      recs=[[('Thời gian', 'tháng 3/2026'), ('Địa điểm', 'Khu công nghiệp Nam Tân Uyên'),
             ('Thành phần', 'Phòng Kinh tế phường, Ban quản lý các KCN (phối hợp)'),
             ('Kết quả', 'gửi thư mời, hướng dẫn hồ sơ tham dự Giải thưởng cho 15 doanh nghiệp; có 01 doanh nghiệp đăng ký tham gia')]],
      muc_do='đã xong.'),
 dict(title='2. Tuyên truyền các quy định về tiêu chuẩn, đo lường, chất lượng',
      recs=[[('Thời gian', 'cả năm'), ('Địa điểm', 'Fanpage, Zalo OA phường'),
             ('Thành phần', 'Văn phòng HĐND-UBND'),
             ('Kết quả', 'đăng tải 08 bài viết')]],
      muc_do='đang làm (thường xuyên).'),
 dict(title='3. Kiểm tra theo phân quyền',
      recs=[[('Thời gian', 'ngày 21/9/2026'), ('Địa điểm', 'chợ Tân Uyên (cũ)'),
             ('Thành phần', 'Tổ kiểm tra liên ngành phường'),
             ('Kết quả', 'kiểm tra 01 cuộc tại 18 quầy sạp, phát hiện 01 trường hợp vi phạm, phạt tiền 1.500.000 đồng')]],
      muc_do='đã xong.'),
 dict(title='4. Áp dụng ISO 9001 tại cơ quan',
      recs=[[('Kết quả', 'Phường đang rà soát lại các quy trình giải quyết thủ tục hành chính sau sắp xếp, chưa công bố lại hệ thống')]],
      muc_do='chưa làm.'),
]
kk = ['Công chức phụ trách mới được phân công, chưa qua đào tạo nghiệp vụ về đo lường, chất lượng.']
dx = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn mô hình khung hệ thống quản lý chất lượng ISO áp dụng cho phường sau sắp xếp.']
hand1('03_TanUyen_BC38.docx', 'PHƯỜNG TÂN UYÊN', 'Phường Tân Uyên', 'Tân Uyên', 'Số:  198 /BC-UBND',
      'ngày 16 tháng 10 năm 2026',
      'Ủy ban nhân dân phường Tân Uyên báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường như sau:',
      t, kk, dx, 'Lê Minh Tâm')
key('03_TanUyen_BC38.docx', ('25888', 'Phường Tân Uyên'), '198/BC-UBND', '2026-10-16', [
    ('II.1.b', 'completed', {'enterprises_supported': 15}, 'Vận động, hướng dẫn 15 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia'),
    ('II.1.a', 'in_progress', {'communications': 8}, 'Đăng tải 08 bài viết tuyên truyền'),
    ('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 18, 'violations': 1, 'fines_vnd': 1500000}, 'Kiểm tra 01 cuộc, 18 quầy sạp, 01 vi phạm, phạt 1.500.000 đồng'),
    ('II.2.đ', 'not_started', {}, 'Áp dụng ISO 9001 tại cơ quan: chưa làm'),
], kk, dx)

# 04 Xã Bàu Bàng
t = [
 dict(title='1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
      recs=[[('Thời gian', 'ngày 26/6/2026'), ('Địa điểm', 'Nhà văn hóa ấp Bàu Hốt'),
             ('Thành phần', 'hộ kinh doanh, hợp tác xã nông nghiệp trên địa bàn xã'),
             ('Kết quả', 'tổ chức 01 buổi tuyên truyền, 54 người tham dự; phát 300 tờ rơi')]],
      muc_do='đã xong.'),
 dict(title='2. Phối hợp lấy mẫu xăng dầu khảo sát chất lượng',
      recs=[[('Thời gian', 'tháng 7/2026'), ('Địa điểm', 'cửa hàng xăng dầu dọc Quốc lộ 13'),
             ('Thành phần', 'Chi cục TĐC, công chức Kinh tế xã'),
             ('Kết quả', 'hỗ trợ Chi cục lấy 06 mẫu xăng, dầu để thử nghiệm; kết quả do Chi cục thông báo')]],
      muc_do='đã xong (phần việc của xã).'),
 dict(title='3. Kiểm tra đo lường tại các điểm thu mua nông sản, mủ cao su',
      recs=[[('Thời gian', 'tháng 10/2026'), ('Địa điểm', 'các điểm thu mua mủ cao su tại ấp Cầu Sắt, ấp Bàu Bàng'),
             ('Thành phần', 'Tổ công tác xã'),
             ('Kết quả', 'đã kiểm tra 01 cuộc, 11 điểm thu mua; đang hoàn thiện biên bản')]],
      muc_do='đang làm.'),
]
kk = ['Xã chưa có cán bộ chuyên môn về đo lường; điểm thu mua nông sản phân tán, hoạt động theo mùa vụ.']
dx = ['Đề nghị Chi cục TĐC hướng dẫn cụ thể việc kiểm tra cân tại các điểm thu mua mủ cao su.']
hand1('04_BauBang_bc.docx', 'XÃ BÀU BÀNG', 'Xã Bàu Bàng', 'Bàu Bàng', 'Số: 152/BC-UBND',
      'ngày 27 tháng 10 năm 2026',
      'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND xã Bàu Bàng báo cáo như sau:',
      t, kk, dx, 'Nguyễn Thị Kim Thoa')
key('04_BauBang_bc.docx', ('25822', 'Xã Bàu Bàng'), '152/BC-UBND', '2026-10-27', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 54, 'communications': 300}, 'Tổ chức 01 buổi tuyên truyền, 54 người tham dự; phát 300 tờ rơi'),
    ('II.5.b', 'completed', {'samples_tested': 6}, 'Hỗ trợ Chi cục lấy 06 mẫu xăng, dầu để thử nghiệm'),
    ('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 11}, 'Kiểm tra 01 cuộc, 11 điểm thu mua'),
], kk, dx)

# 05 MISTAKEN – Phường Thuận An, an toàn thực phẩm
d = base_doc()
header_table(d, [('ỦY BAN NHÂN DÂN', 'b'), ('PHƯỜNG THUẬN AN', 'b'), ('', ''), ('Số: 305/BC-UBND', '')],
             [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'bu'), ('', ''),
              ('Thuận An, ngày 21 tháng 10 năm 2026', 'i')])
para(d)
para(d, 'BÁO CÁO', bold=True, align='c', size=14)
para(d, 'Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026', bold=True, align='c')
para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
para(d, 'Thực hiện chỉ đạo của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố, UBND phường Thuận An báo cáo kết quả công tác bảo đảm an toàn thực phẩm như sau:', align='j')
para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
para(d, '1. Tuyên truyền an toàn thực phẩm trong Tháng hành động', bold=True, align='j')
for lab, val in [('Thời gian', 'từ 15/4 đến 15/5/2026'), ('Địa điểm', 'các trường mầm non, bếp ăn tập thể khu công nghiệp'),
                 ('Thành phần', 'Trạm Y tế phường, Hội Liên hiệp Phụ nữ'),
                 ('Kết quả', 'tổ chức 04 buổi nói chuyện chuyên đề với 320 người tham dự; treo 25 băng rôn')]:
    runs(d, [('+ ' + lab + ': ', 'i'), (val, '')])
runs(d, [('Mức độ: ', 'b'), ('đã xong.', '')])
para(d, '2. Kiểm tra cơ sở sản xuất, kinh doanh thực phẩm', bold=True, align='j')
for lab, val in [('Thời gian', 'tháng 8/2026'), ('Địa điểm', 'chợ Lái Thiêu, các cơ sở dịch vụ ăn uống'),
                 ('Thành phần', 'Đoàn kiểm tra liên ngành an toàn thực phẩm phường'),
                 ('Kết quả', 'kiểm tra 46 cơ sở, nhắc nhở 09 cơ sở về điều kiện vệ sinh, xử phạt 02 cơ sở')]:
    runs(d, [('+ ' + lab + ': ', 'i'), (val, '')])
runs(d, [('Mức độ: ', 'b'), ('đang làm.', '')])
para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
para(d, '- Lực lượng làm công tác an toàn thực phẩm ở phường còn mỏng, chưa có kinh phí xét nghiệm nhanh.', align='j')
para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
para(d, '- Đề nghị cấp trên hỗ trợ bộ test nhanh kiểm tra thực phẩm cho phường.', align='j')
signature(d, [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'), ('', ''), ('', ''), ('Huỳnh Thị Mai', 'b')],
          ['- Như trên;', '- Lưu: VT, VHXH.'])
d.save(os.path.join(OUT, '05_ThuanAn_BC_2026.docx'))
key('05_ThuanAn_BC_2026.docx', ('25978', 'Phường Thuận An'), '305/BC-UBND', '2026-10-21', [],
    status='rejected', reason='Không phải báo cáo thực hiện Kế hoạch CT38: báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026 gửi nhầm.')

# ------------------------------------------------------------------ HAND 2 (xlsx)
# 06 Xã Châu Đức
rows = [
 dict(viec='Tuyên truyền quy định về đo lường, chất lượng', lam='Hội nghị phổ biến tại hội trường xã ngày 12/6; phát tờ rơi tại chợ Suối Nghệ',
      ind={'training_courses': 1, 'participants': 72, 'communications': 500}, st='Xong việc'),
 dict(viec='Công chức xã dự tập huấn của Chi cục TĐC', lam='Cử công chức Kinh tế dự lớp ngày 10/7',
      ind={'participants': 2}, st='Xong việc'),
 dict(viec='Kiểm tra cân tại chợ, đại lý thu mua nông sản', lam='Tổ kiểm tra xã kiểm tra chợ Suối Nghệ và các đại lý tiêu, cà phê',
      ind={'inspections': 2, 'establishments_inspected': 27, 'violations': 3, 'fines_vnd': 4500000, 'instruments_verified': 30}, st='Còn dở',
      gc='Đợt 3 làm trong tháng 11'),
 dict(viec='Vận động hộ kinh doanh, HTX công bố tiêu chuẩn cơ sở sản phẩm OCOP', lam='Hướng dẫn HTX tiêu Châu Đức, cơ sở sản xuất hạt điều',
      ind={'enterprises_supported': 4}, st='Còn dở'),
 dict(viec='Khen thưởng, bảo vệ người tố giác vi phạm', lam='', ind={}, st='Không có việc'),
]
kk = ['Xã rộng, đại lý thu mua nông sản nhiều và hoạt động theo mùa vụ nên khó kiểm tra hết.']
dx = ['Chi cục TĐC hỗ trợ xã 01 bộ quả cân chuẩn để kiểm tra cân tại đại lý.',
      'Tổ chức thêm lớp tập huấn tại chỗ cho xã khu vực Bà Rịa - Vũng Tàu (cũ).']
hand2('06_ChauDuc_bc_nhanh_CT38.xlsx', 'XÃ CHÂU ĐỨC', 'Châu Đức', 'Số: 178/BC-UBND', 'ngày 22 tháng 10 năm 2026', rows, kk, dx, 'Võ Thành Long')
key('06_ChauDuc_bc_nhanh_CT38.xlsx', ('26596', 'Xã Châu Đức'), '178/BC-UBND', '2026-10-22', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 72, 'communications': 500}, 'Hội nghị phổ biến; phát tờ rơi tại chợ Suối Nghệ'),
    ('II.3.a', 'completed', {'participants': 2}, 'Cử công chức Kinh tế dự lớp ngày 10/7'),
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 27, 'violations': 3, 'fines_vnd': 4500000, 'instruments_verified': 30}, 'Kiểm tra cân tại chợ, đại lý thu mua nông sản'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 4}, 'Vận động hộ kinh doanh, HTX công bố tiêu chuẩn cơ sở'),
    ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác vi phạm: Không có việc'),
], kk, dx)

# 07 Xã Long Hải
rows = [
 dict(viec='Tuyên truyền trên loa, trang TTĐT xã', lam='Phát 16 tin trên loa truyền thanh; đăng 04 bài trên trang thông tin điện tử',
      ind={'communications': 20}, st='Xong việc', gc='16 tin + 04 bài'),
 dict(viec='Kiểm tra đo lường tại chợ hải sản Long Hải, vựa hải sản', lam='Phối hợp Chi cục kiểm tra cân tại chợ và vựa',
      ind={'inspections': 1, 'establishments_inspected': 23, 'violations': 2, 'fines_vnd': 2000000}, st='Xong việc'),
 dict(viec='Phối hợp kiểm tra chất lượng xăng dầu, khí LPG', lam='Chưa có kế hoạch của Đoàn kiểm tra Chi cục', ind={}, st='Chưa bắt đầu'),
 dict(viec='Duy trì ISO 9001:2015 tại UBND xã', lam='Xây dựng lại bộ quy trình sau sáp nhập', ind={}, st='Còn dở'),
]
kk = ['Mùa du lịch, lượng khách lớn, tiểu thương tại chợ hải sản thay đổi liên tục.']
dx = ['Đề nghị hỗ trợ xây dựng điểm cân đối chứng tại chợ hải sản Long Hải.']
hand2('07_LongHai_CT38.xlsx', 'XÃ LONG HẢI', 'Long Hải', 'Số: 96/BC-UBND', 'ngày 26 tháng 10 năm 2026', rows, kk, dx, 'Trần Văn Hậu', sheet='Bao cao')
key('07_LongHai_CT38.xlsx', ('26662', 'Xã Long Hải'), '96/BC-UBND', '2026-10-26', [
    ('II.1.a', 'completed', {'communications': 20}, 'Phát 16 tin trên loa; đăng 04 bài'),
    ('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 23, 'violations': 2, 'fines_vnd': 2000000}, 'Kiểm tra đo lường tại chợ hải sản, vựa hải sản'),
    ('II.5.a', 'not_started', {}, 'Phối hợp kiểm tra chất lượng xăng dầu, khí LPG: Chưa bắt đầu'),
    ('II.2.đ', 'in_progress', {}, 'Duy trì ISO 9001:2015 tại UBND xã: Còn dở'),
], kk, dx)

# 08 Đặc khu Côn Đảo
rows = [
 dict(viec='Tuyên truyền cho hộ kinh doanh, cơ sở lưu trú du lịch', lam='Phát tờ rơi, tin trên Đài Truyền thanh - Truyền hình đặc khu',
      ind={'communications': 9}, st='Xong việc'),
 dict(viec='Kiểm tra cân tại chợ Côn Đảo', lam='Tổ kiểm tra liên ngành đặc khu',
      ind={'inspections': 1, 'establishments_inspected': 19}, st='Xong việc', gc='Không phát hiện vi phạm'),
 dict(viec='Phối hợp Chi cục khảo sát chất lượng xăng dầu tại đảo', lam='Chờ Chi cục bố trí đoàn ra đảo; dự kiến tháng 12', ind={}, st='Chưa bắt đầu'),
 dict(viec='Cử người dự tập huấn, hội nghị của Chi cục', lam='Dự trực tuyến hội nghị tập huấn ngày 09/7',
      ind={'training_courses': 1, 'participants': 3}, st='Xong việc'),
]
kk = ['Việc đi lại giữa đảo và đất liền khó khăn, chi phí cao nên đơn vị kiểm định khó bố trí ra đảo.']
dx = ['Đề nghị Chi cục TĐC bố trí đoàn kiểm định phương tiện đo ra Côn Đảo ít nhất 01 lần trong năm.']
hand2('08_ConDao_BCnhanh.xlsx', 'ĐẶC KHU CÔN ĐẢO', 'Côn Đảo', 'Số: 64/BC-UBND', 'ngày 19 tháng 10 năm 2026', rows, kk, dx, 'Lê Văn Phúc')
RESAVE.append(('08_ConDao_BCnhanh.xlsx', 'xlsx'))
key('08_ConDao_BCnhanh.xlsx', ('26732', 'Đặc khu Côn Đảo'), '64/BC-UBND', '2026-10-19', [
    ('II.1.a', 'completed', {'communications': 9}, 'Tuyên truyền cho hộ kinh doanh, cơ sở lưu trú du lịch'),
    ('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 19}, 'Kiểm tra cân tại chợ Côn Đảo'),
    ('II.5.b', 'not_started', {}, 'Phối hợp Chi cục khảo sát chất lượng xăng dầu tại đảo: Chưa bắt đầu'),
    ('II.3.a', 'completed', {'training_courses': 1, 'participants': 3}, 'Dự trực tuyến hội nghị tập huấn ngày 09/7'),
], kk, dx)

# 09 Phường Bà Rịa
rows = [
 dict(viec='Tuyên truyền Luật Đo lường, Luật Chất lượng SPHH', lam='Hội nghị cho tiểu thương chợ Bà Rịa; tin bài trên trang phường',
      ind={'training_courses': 1, 'participants': 110, 'communications': 7}, st='Xong việc'),
 dict(viec='Hướng dẫn doanh nghiệp về nhãn hàng hóa, mã số mã vạch', lam='Hướng dẫn tại bộ phận một cửa và qua điện thoại',
      ind={'enterprises_supported': 12}, st='Còn dở', gc='Làm thường xuyên'),
 dict(viec='Kiểm tra đo lường, chất lượng theo phân quyền', lam='Kiểm tra chợ Bà Rịa, chợ Long Toàn và 05 cửa hàng vàng bạc',
      ind={'inspections': 3, 'establishments_inspected': 48, 'violations': 4, 'fines_vnd': 8500000}, st='Xong việc'),
 dict(viec='Phối hợp Chi cục khảo sát chất lượng vàng trang sức', lam='Hỗ trợ Chi cục lấy mẫu tại cửa hàng vàng',
      ind={'samples_tested': 10}, st='Xong việc'),
 dict(viec='Áp dụng ISO 9001 tại cơ quan phường', lam='Đã công bố lại hệ thống ngày 15/8/2026', ind={}, st='Xong việc'),
]
kk = []
dx = ['Sớm ban hành hướng dẫn thống nhất mẫu biểu báo cáo cho cấp phường sau sắp xếp.']
hand2('09_BaRia_BC_CT38_2026.xlsx', 'PHƯỜNG BÀ RỊA', 'Bà Rịa', 'Số: 412/BC-UBND', 'ngày 28 tháng 10 năm 2026', rows, kk, dx, 'Phan Thị Ngọc Diệp')
key('09_BaRia_BC_CT38_2026.xlsx', ('26560', 'Phường Bà Rịa'), '412/BC-UBND', '2026-10-28', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 110, 'communications': 7}, 'Hội nghị cho tiểu thương chợ Bà Rịa; tin bài'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 12}, 'Hướng dẫn doanh nghiệp về nhãn hàng hóa, mã số mã vạch'),
    ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 48, 'violations': 4, 'fines_vnd': 8500000}, 'Kiểm tra đo lường, chất lượng theo phân quyền'),
    ('II.5.b', 'completed', {'samples_tested': 10}, 'Hỗ trợ Chi cục lấy mẫu vàng trang sức'),
    ('II.2.đ', 'completed', {}, 'Đã công bố lại hệ thống ISO ngày 15/8/2026'),
], kk, dx)

# ------------------------------------------------------------------ HAND 3
# 10 Phường Bến Thành
t = [
 dict(title='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
      yc='Tổ chức ít nhất 01 hội nghị tuyên truyền cho hộ kinh doanh tại các chợ, trung tâm thương mại trên địa bàn phường.',
      th=['Ngày 22/5/2026, Phòng Kinh tế phối hợp Ban Quản lý chợ Bến Thành tổ chức 01 hội nghị tuyên truyền cho tiểu thương, có 145 người tham dự. Đăng 06 tin trên trang thông tin điện tử phường.'],
      kl='Xong.'),
 dict(title='Kiểm tra đo lường, nhãn hàng hóa tại chợ',
      yc='Kiểm tra định kỳ 6 tháng/lần tại chợ Bến Thành, chợ Thái Bình.',
      th=['Phường đã thực hiện 02 cuộc kiểm tra tại 63 sạp hàng; phát hiện 06 trường hợp vi phạm về nhãn hàng hóa và sử dụng cân không đạt yêu cầu; ban hành quyết định xử phạt tổng số tiền 12.500.000 đồng.'],
      kl='Xong.'),
 dict(title='Hỗ trợ doanh nghiệp công bố hợp chuẩn, hợp quy',
      yc='Hướng dẫn doanh nghiệp, hộ kinh doanh khi có nhu cầu.',
      th=['Hướng dẫn 07 doanh nghiệp thủ tục công bố hợp quy sản phẩm; giới thiệu đến Chi cục TĐC để được tư vấn chuyên sâu.'],
      kl='Chưa xong, đang tiếp tục.'),
 dict(title='Duy trì ISO hành chính',
      yc='Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015.',
      th=['Đã đánh giá nội bộ tháng 9/2026, đang khắc phục 03 điểm không phù hợp.'],
      kl='Chưa xong, đang tiếp tục.'),
]
kk = ['Tiểu thương chợ Bến Thành phần lớn bán hàng cho khách du lịch, nhiều mặt hàng nhập khẩu nhãn phụ không đầy đủ, khó xác định trách nhiệm.']
dx = ['Đề nghị Chi cục TĐC phối hợp phường tổ chức kiểm tra chuyên đề nhãn hàng hóa nhập khẩu tại chợ Bến Thành.']
hand3('10_BenThanh_PKT_bc_ct38.docx', 'PHƯỜNG BẾN THÀNH', 'phường Bến Thành', 'Số: 56/BC-PKT',
      'Bến Thành, ngày 24 tháng 10 năm 2026', 'Kế hoạch số 118/KH-UBND ngày 20/02/2026 của UBND phường Bến Thành về triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
      t, kk, dx, 'Đoàn Quốc Việt')
key('10_BenThanh_PKT_bc_ct38.docx', ('26743', 'Phường Bến Thành'), '56/BC-PKT', '2026-10-24', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 145, 'communications': 6}, 'Hội nghị tuyên truyền cho tiểu thương, 145 người; 06 tin'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 63, 'violations': 6, 'fines_vnd': 12500000}, '02 cuộc kiểm tra tại 63 sạp; 06 vi phạm; phạt 12.500.000 đồng'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 7}, 'Hướng dẫn 07 doanh nghiệp thủ tục công bố hợp quy'),
    ('II.2.đ', 'in_progress', {}, 'Đánh giá nội bộ ISO tháng 9/2026, đang khắc phục'),
], kk, dx)

# 11 Phường Chợ Lớn
t = [
 dict(title='Phổ biến quy định pháp luật về đo lường, chất lượng',
      yc='Lồng ghép tuyên truyền trong các cuộc họp khu phố, hội nghị tiểu thương.',
      th=['Lồng ghép tuyên truyền tại 08 cuộc họp khu phố; tổ chức 02 hội nghị cho tiểu thương chợ Bình Tây với 210 lượt người tham dự.'],
      kl='Xong.'),
 dict(title='Công chức tham gia tập huấn',
      yc='Cử công chức dự đầy đủ các lớp tập huấn do Sở, Chi cục tổ chức.',
      th=['Phường cử 02 công chức tham dự lớp tập huấn ngày 09/7/2026.'],
      kl='Xong.'),
 dict(title='Kiểm tra, xử lý vi phạm tại chợ đầu mối và tuyến đường chuyên doanh',
      yc='Kiểm tra đo lường, chất lượng hàng hóa tại chợ Bình Tây và tuyến đường Hải Thượng Lãn Ông.',
      th=['Kiểm tra 04 cuộc, 57 cơ sở; lập biên bản 05 cơ sở vi phạm.',
          'Xử phạt vi phạm hành chính 05 cơ sở, tổng số tiền phạt 9.750.000 đồng; tạm giữ 120 sản phẩm không nhãn chờ xử lý.'],
      kl='Chưa xong, đang tiếp tục.'),
 dict(title='Tiếp nhận phản ánh, tố giác vi phạm',
      yc='Tiếp nhận, xử lý phản ánh của người dân về gian lận đo lường.',
      th=['Trong kỳ chưa nhận được phản ánh, tố giác nào.'],
      kl='Không phát sinh.'),
]
kk = ['Nhiều cơ sở kinh doanh đông y, dược liệu trên tuyến Hải Thượng Lãn Ông sử dụng cân đồng hồ cũ.']
dx = ['Đề nghị Chi cục TĐC hỗ trợ kiểm định cân tại chỗ cho các hộ kinh doanh dược liệu.',
      'Đề nghị Sở có văn bản hướng dẫn thẩm quyền xử phạt của Chủ tịch UBND phường trong lĩnh vực đo lường.']
hand3('11_ChoLon_BC_TDC.docx', 'PHƯỜNG CHỢ LỚN', 'phường Chợ Lớn', 'Số:       /BC-PKT',
      'Chợ Lớn, ngày 30 tháng 10 năm 2026', 'Kế hoạch của UBND phường về thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
      t, kk, dx, 'Lâm Thị Bích Ngọc')
key('11_ChoLon_BC_TDC.docx', ('27343', 'Phường Chợ Lớn'), None, '2026-10-30', [
    ('II.1.a', 'completed', {'training_courses': 2, 'participants': 210}, 'Lồng ghép 08 cuộc họp khu phố; 02 hội nghị cho tiểu thương, 210 lượt'),
    ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức tham dự lớp tập huấn ngày 09/7/2026'),
    ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 57, 'violations': 5, 'fines_vnd': 9750000}, 'Kiểm tra 04 cuộc, 57 cơ sở; 05 vi phạm; phạt 9.750.000 đồng'),
    ('II.5.d', 'not_applicable', {}, 'Chưa nhận được phản ánh, tố giác'),
], kk, dx)

# 12 Phường Gò Vấp
t = [
 dict(title='Tuyên truyền', yc='Tuyên truyền trên hệ thống thông tin cơ sở.',
      th=['Đăng 05 bài trên trang thông tin điện tử và 03 bản tin trên nhóm Zalo khu phố (tổng cộng 08 tin, bài).'], kl='Xong.'),
 dict(title='Phối hợp kiểm tra chất lượng hàng hóa lưu thông',
      yc='Phối hợp đoàn kiểm tra của Chi cục TĐC khi có đề nghị.',
      th=['Phối hợp đoàn của Chi cục kiểm tra 06 cửa hàng kinh doanh thiết bị điện, dây cáp điện trên đường Quang Trung; kết quả do đoàn xử lý.'],
      kl='Xong.'),
 dict(title='Kiểm tra theo thẩm quyền phường', yc='Kiểm tra cân tại chợ Gò Vấp, chợ Hạnh Thông Tây.',
      th=['Chưa tổ chức được do tổ kiểm tra liên ngành phường đang kiện toàn lại; dự kiến thực hiện trong tháng 11/2026.'],
      kl='Chưa làm.'),
]
kk = ['Tổ kiểm tra liên ngành phường đang kiện toàn sau sắp xếp, chưa có quyết định thành lập mới.']
dx = ['Đề nghị Chi cục TĐC cung cấp mẫu quyết định thành lập tổ kiểm tra liên ngành cấp phường.']
hand3('12_GoVap_bc38.docx', 'PHƯỜNG GÒ VẤP', 'phường Gò Vấp', 'Số: 77/BC-PKT',
      'Gò Vấp, ngày 21 tháng 10 năm 2026', 'Kế hoạch số 45/KH-UBND ngày 03/3/2026 của UBND phường Gò Vấp',
      t, kk, dx, 'Hồ Văn Thắng')
key('12_GoVap_bc38.docx', ('26884', 'Phường Gò Vấp'), '77/BC-PKT', '2026-10-21', [
    ('II.1.a', 'completed', {'communications': 8}, 'Đăng 05 bài trên trang TTĐT và 03 bản tin (tổng cộng 08 tin, bài)'),
    ('II.5.a', 'completed', {'establishments_inspected': 6}, 'Phối hợp đoàn Chi cục kiểm tra 06 cửa hàng thiết bị điện'),
    ('II.5.c', 'not_started', {}, 'Kiểm tra theo thẩm quyền phường: chưa tổ chức'),
], kk, dx)

# 13 Phường Tân Định
t = [
 dict(title='Tuyên truyền, phổ biến', yc='Tổ chức tuyên truyền cho hộ kinh doanh chợ Tân Định.',
      th=['Tổ chức 01 buổi tuyên truyền tại chợ Tân Định có 68 người tham dự; phát 800 tờ rơi.'], kl='Xong.'),
 dict(title='Cử cán bộ dự tập huấn', yc='Cử công chức dự tập huấn của Chi cục TĐC.',
      th=['Cử 01 công chức tham dự lớp tập huấn của Chi cục ngày 10/7/2026.'], kl='Xong.'),
 dict(title='Kiểm tra cân, thước tại chợ Tân Định', yc='Kiểm tra 01 lần/quý.',
      th=['Thực hiện 03 cuộc kiểm tra (Quý I, II, III), kiểm tra 96 lượt cơ sở, phát hiện 04 cơ sở vi phạm, xử phạt 6.000.000 đồng. Quý IV đang triển khai.'],
      kl='Chưa xong, đang tiếp tục.'),
 dict(title='Hướng dẫn hộ kinh doanh về nhãn hàng hóa', yc='Khi có nhu cầu.',
      th=['Không có hộ kinh doanh đề nghị hướng dẫn.'], kl='Không phát sinh.'),
 dict(title='ISO 9001', yc='Duy trì hệ thống quản lý chất lượng.',
      th=['Phường đã hoàn thành đánh giá nội bộ và xem xét của lãnh đạo năm 2026.'], kl='Xong.'),
]
kk = ['Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng.']
dx = ['Đề nghị bố trí kinh phí hỗ trợ hoạt động kiểm tra đo lường cấp phường.']
hand3('13_TanDinh_BC_CT38.docx', 'PHƯỜNG TÂN ĐỊNH', 'phường Tân Định', 'Số: 133/BC-PKT',
      'Tân Định, ngày 17 tháng 10 năm 2026', 'Kế hoạch số 22/KH-UBND ngày 05/02/2026 của UBND phường Tân Định',
      t, kk, dx, 'Ngô Thị Thanh Tâm')
key('13_TanDinh_BC_CT38.docx', ('26737', 'Phường Tân Định'), '133/BC-PKT', '2026-10-17', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 68, 'communications': 800}, '01 buổi tuyên truyền, 68 người; 800 tờ rơi'),
    ('II.3.a', 'completed', {'participants': 1}, 'Cử 01 công chức tham dự lớp tập huấn'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 96, 'violations': 4, 'fines_vnd': 6000000}, '03 cuộc, 96 lượt cơ sở, 04 vi phạm, phạt 6.000.000 đồng'),
    ('II.2.d', 'not_applicable', {}, 'Không có hộ kinh doanh đề nghị hướng dẫn'),
    ('II.2.đ', 'completed', {}, 'Hoàn thành đánh giá nội bộ và xem xét của lãnh đạo'),
], kk, dx)

# 14 MISTAKEN – Phường Bình Thạnh, cải cách hành chính
t = [
 dict(title='Cải cách thủ tục hành chính', yc='Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền phường.',
      th=['Rà soát 42 thủ tục hành chính; đề xuất đơn giản hóa 03 thủ tục lĩnh vực hộ tịch.'], kl='Xong.'),
 dict(title='Dịch vụ công trực tuyến', yc='Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.',
      th=['Tiếp nhận 6.215 hồ sơ, trong đó 5.180 hồ sơ trực tuyến (83,3%).'], kl='Xong.'),
 dict(title='Chỉ số hài lòng', yc='Khảo sát sự hài lòng của người dân.',
      th=['Đã khảo sát 400 phiếu, tỷ lệ hài lòng 97,5%.'], kl='Chưa xong, đang tiếp tục.'),
]
hand3('14_BinhThanh_BC_PKT.docx', 'PHƯỜNG BÌNH THẠNH', 'phường Bình Thạnh', 'Số: 91/BC-PKT',
      'Bình Thạnh, ngày 25 tháng 10 năm 2026', 'Kế hoạch cải cách hành chính năm 2026 của UBND phường Bình Thạnh',
      t, ['Một số người dân lớn tuổi chưa quen nộp hồ sơ trực tuyến.'], ['Đề nghị nâng cấp đường truyền tại Trung tâm phục vụ hành chính công.'],
      'Trịnh Minh Khoa')
key('14_BinhThanh_BC_PKT.docx', ('26929', 'Phường Bình Thạnh'), '91/BC-PKT', '2026-10-25', [],
    status='rejected', reason='Không phải báo cáo thực hiện Kế hoạch CT38: báo cáo công tác cải cách hành chính năm 2026 gửi nhầm.')

# ------------------------------------------------------------------ HAND 4 (xlsx)
# 15 Xã Củ Chi
rows = [
 dict(viec='Tuyên truyền Luật Đo lường, Luật Chất lượng cho hộ kinh doanh chợ Củ Chi', nguoi='Đ/c Loan (VP)',
      so='1 hội nghị, 93 người dự, 10 tin bài trên trang xã', pct=100, nd='Phần này xã đã làm xong.'),
 dict(viec='Đi tập huấn nghiệp vụ do Chi cục TĐC mở', nguoi='Đ/c Sang (KT)',
      so='2 công chức đi học', pct=100, nd='Đã làm xong.'),
 dict(viec='Kiểm tra cân ở chợ Củ Chi, chợ Tân Thông Hội', nguoi='Tổ KT liên ngành',
      so='2 cuộc, 44 cơ sở, 3 vi phạm, phạt 4,5 triệu', pct=70, nd='Đang làm, dự kiến xong trong tháng 12.'),
 dict(viec='Vận động HTX, cơ sở OCOP đăng ký mã số mã vạch, truy xuất nguồn gốc', nguoi='Đ/c Sang (KT)',
      so='hướng dẫn 5 HTX', pct=50, nd='Đang làm, còn chờ hồ sơ của HTX.'),
]
kk = ['Xã mới sáp nhập, địa bàn rộng, công chức phụ trách kiêm nhiệm nhiều việc.']
dx = ['Chi cục hỗ trợ tài liệu tuyên truyền in sẵn (tờ rơi, áp phích) cấp cho xã.']
hand4('15_CuChi_TongHop_TDC.xlsx', 'XÃ CỦ CHI', 'Củ Chi', 'Số: 96/BC-UBND', 'ngày 19 tháng 10 năm 2026', rows, kk, dx, 'Nguyễn Văn Sang')
RESAVE.append(('15_CuChi_TongHop_TDC.xlsx', 'xlsx'))
key('15_CuChi_TongHop_TDC.xlsx', ('27553', 'Xã Củ Chi'), '96/BC-UBND', '2026-10-19', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 93, 'communications': 10}, '1 hội nghị, 93 người dự, 10 tin bài'),
    ('II.3.a', 'completed', {'participants': 2}, '2 công chức đi học'),
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 44, 'violations': 3, 'fines_vnd': 4500000}, '2 cuộc, 44 cơ sở, 3 vi phạm, phạt 4,5 triệu'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 5}, 'hướng dẫn 5 HTX đăng ký mã số mã vạch, truy xuất nguồn gốc'),
], kk, dx)

# 16 Xã Bình Chánh
rows = [
 dict(viec='Tuyên truyền qua loa, Zalo ấp', nguoi='VP UBND xã', so='15 tin phát thanh', pct=100, nd='Đã xong việc này.'),
 dict(viec='Kiểm tra đo lường tại chợ Bình Chánh và cửa hàng xăng dầu trên Quốc lộ 1', nguoi='Phòng Kinh tế',
      so='1 cuộc, 21 cơ sở, không vi phạm', pct=50, nd='Đã làm xong đợt 1; đợt 2 chưa làm.'),
 dict(viec='Phối hợp Chi cục lấy mẫu phân bón tại đại lý', nguoi='Phòng Kinh tế', so='8 mẫu', pct=100, nd='Xong.'),
 dict(viec='ISO hành chính', nguoi='VP UBND xã', so='', pct=0, nd='Chưa làm, chờ hướng dẫn của Sở.'),
]
kk = ['Chưa có hướng dẫn áp dụng ISO 9001 cho xã sau khi sắp xếp đơn vị hành chính.']
dx = ['Sở KH&CN sớm hướng dẫn xã xây dựng lại hệ thống ISO.']
hand4('16_BinhChanh_bc_CT38.xlsx', 'XÃ BÌNH CHÁNH', 'Bình Chánh', 'Số: 207/BC-UBND', 'ngày 29 tháng 10 năm 2026', rows, kk, dx, 'Phạm Hữu Nghĩa', sheet='BC')
key('16_BinhChanh_bc_CT38.xlsx', ('27637', 'Xã Bình Chánh'), '207/BC-UBND', '2026-10-29', [
    ('II.1.a', 'completed', {'communications': 15}, '15 tin phát thanh'),
    ('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 21}, '1 cuộc, 21 cơ sở; đợt 2 chưa làm'),
    ('II.5.b', 'completed', {'samples_tested': 8}, 'Phối hợp Chi cục lấy 8 mẫu phân bón'),
    ('II.2.đ', 'not_started', {}, 'ISO hành chính: chưa làm'),
], kk, dx)

# 17 Xã Cần Giờ
rows = [
 dict(viec='Tuyên truyền cho hộ kinh doanh hải sản, nhà hàng ven biển', nguoi='Đ/c Hạnh (VH-XH)',
      so='2 buổi, 61 người, 400 tờ rơi', pct=100, nd='Phần này xã đã làm xong.'),
 dict(viec='Kiểm tra cân tại chợ Hàng Dương, chợ Cần Thạnh', nguoi='Tổ KT liên ngành',
      so='2 cuộc, 35 cơ sở, 2 vi phạm, phạt 3 triệu', pct=100, nd='Đã làm xong.'),
 dict(viec='Phối hợp kiểm định cân tại chợ', nguoi='Phòng Kinh tế', so='52 cân được kiểm định', pct=100, nd='Xong.'),
 dict(viec='Tiếp nhận tố giác vi phạm đo lường', nguoi='Công an xã', so='0', pct='', nd='Không có trường hợp nào.'),
]
kk = []
dx = ['Đề nghị tiếp tục hỗ trợ kiểm định cân miễn phí tại chợ cho xã Cần Giờ năm 2027.']
hand4('17_CanGio_KQ_TDC_2026.xlsx', 'XÃ CẦN GIỜ', 'Cần Giờ', 'Số: 58/BC-UBND', 'ngày 22 tháng 10 năm 2026', rows, kk, dx, 'Trần Thị Hạnh')
key('17_CanGio_KQ_TDC_2026.xlsx', ('27664', 'Xã Cần Giờ'), '58/BC-UBND', '2026-10-22', [
    ('II.1.a', 'completed', {'training_courses': 2, 'participants': 61, 'communications': 400}, '2 buổi, 61 người, 400 tờ rơi'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 35, 'violations': 2, 'fines_vnd': 3000000, 'instruments_verified': 52}, '2 cuộc, 35 cơ sở, 2 vi phạm, phạt 3 triệu; 52 cân được kiểm định'),
    ('II.5.d', 'not_applicable', {}, 'Tiếp nhận tố giác vi phạm: không có trường hợp nào'),
], kk, dx)
