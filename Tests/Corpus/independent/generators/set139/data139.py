# -*- coding: utf-8 -*-
"""Content of set 139: units, tasks, figures (cumulative = key values), difficulties, proposals.
Row dict: l = label in the unit's words, u = ĐVT, k = indicator id (None = not keyed),
v = cumulative from 01/01/2026 (key value; money in đồng), p = this period's value (same unit).
"""

CT = 'completed'; IP = 'in_progress'; NS = 'not_started'; NA = 'not_applicable'; UK = 'unknown'

R = lambda l, u, k, v, p=None: dict(l=l, u=u, k=k, v=v, p=p)

UNITS = []

# ---------------- Hand A: ward economic-office clerk, quarter sheets + 'Tổng hợp' ----------------
UNITS.append(dict(
    file='26842_TangNhonPhu_BC-CT38_9thang.xlsx', hand='A', kind='xlsx',
    uid='26842', uname='Phường Tăng Nhơn Phú', short='TĂNG NHƠN PHÚ', place='Tăng Nhơn Phú',
    number='412/BC-UBND', date='2026-10-06', money='dong_text',
    entries=[
        dict(task='II.1.a', st=IP, name='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng', rows=[
            R('Tin, bài đăng trên Trang thông tin điện tử phường', 'tin, bài', 'communications', 9),
            R('Người dân, hộ kinh doanh dự buổi tuyên truyền tại khu phố', 'lượt', 'participants', 145),
        ], target=[12, 200]),
        dict(task='II.3.a', st=CT, name='Cử công chức dự tập huấn nghiệp vụ TĐC (Chi cục TĐC tổ chức)', rows=[
            R('Công chức tham dự tập huấn', 'lượt', 'participants', 5),
        ], target=[4]),
        dict(task='II.5.c', st=IP, name='Kiểm tra đo lường (cân) tại chợ, điểm kinh doanh theo phân cấp', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 4),
            R('Cơ sở, hộ kinh doanh được kiểm tra', 'cơ sở', 'establishments_inspected', 40),
            R('Cơ sở vi phạm', 'cơ sở', 'violations', 3),
            R('Tiền phạt vi phạm hành chính', 'đồng', 'fines_vnd', 4500000),
        ], target=[6, 60, None, None]),
        dict(task='II.5.a', st=IP, name='Phối hợp Đội QLTT kiểm tra hàng hóa lưu thông trên địa bàn', rows=[
            R('Cuộc kiểm tra phối hợp', 'cuộc', 'inspections', 2),
            R('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 11),
        ], target=[3, 15]),
        dict(task='II.2.đ', st=CT, name='Duy trì, công bố lại HTQLCL TCVN ISO 9001:2015 của UBND phường', rows=[], target=[]),
        dict(task='II.5.d', st=NA, name='Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TĐC', rows=[], target=[]),
    ],
    difficulties=['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.',
                  'Chưa có quả cân chuẩn để kiểm tra nhanh cân tại chợ.'],
    proposals=['Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra cân tại các chợ.'],
))

UNITS.append(dict(
    file='26662_LongHai_THKQ_CT38_Q3-2026.xlsx', hand='A', kind='xlsx',
    uid='26662', uname='Xã Long Hải', short='LONG HẢI', place='Long Hải',
    number='187/BC-UBND', date='2026-10-08', money='trieu',
    entries=[
        dict(task='II.1.a', st=IP, name='Tuyên truyền về đo lường trong mua bán hải sản', rows=[
            R('Tin, bài phát trên Đài truyền thanh xã', 'tin, bài', 'communications', 5),
        ], target=[8]),
        dict(task='II.5.c', st=IP, name='Kiểm tra cân tại chợ Long Hải, bến cá Phước Hải', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 4),
            R('Cơ sở, tiểu thương được kiểm tra', 'cơ sở', 'establishments_inspected', 46),
            R('Trường hợp vi phạm', 'trường hợp', 'violations', 3),
            R('Tiền xử phạt', 'triệu đồng', 'fines_vnd', 3750000),
        ], target=[5, 60, None, None]),
        dict(task='II.5.a', st=IP, name='Phối hợp kiểm tra cửa hàng xăng dầu trên địa bàn xã', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 1),
            R('Cửa hàng được kiểm tra', 'cơ sở', 'establishments_inspected', 4),
        ], target=[2, 6]),
        dict(task='II.3.a', st=CT, name='Cử công chức dự lớp tập huấn của Sở', rows=[
            R('Công chức được cử đi tập huấn', 'lượt', 'participants', 4),
        ], target=[3]),
        dict(task='II.1.b', st=NA, name='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', rows=[], target=[]),
        dict(task='II.2.đ', st=CT, name='Áp dụng, duy trì ISO 9001:2015 tại UBND xã', rows=[], target=[]),
    ],
    difficulties=['Địa bàn rộng, chợ và điểm bán hải sản phân tán, lực lượng kiểm tra của xã mỏng.'],
    proposals=['Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức xã trong Quý IV/2026.'],
))

UNITS.append(dict(
    file='25837_ChanhPhuHoa_tonghop_TDC_2026.xlsx', hand='A', kind='xlsx',
    uid='25837', uname='Phường Chánh Phú Hòa', short='CHÁNH PHÚ HÒA', place='Chánh Phú Hòa',
    number='95/BC-UBND', date='2026-10-10', money='trieu',
    entries=[
        dict(task='II.1.a', st=IP, name='Phổ biến quy định về nhãn hàng hóa, đo lường cho hộ kinh doanh', rows=[
            R('Tin, bài trên Fanpage và trang TTĐT phường', 'tin, bài', 'communications', 4),
            R('Hộ kinh doanh dự buổi phổ biến', 'lượt', 'participants', 95),
        ], target=[6, 120]),
        dict(task='II.5.c', st=IP, name='Kiểm tra phương tiện đo, định lượng hàng đóng gói tại chợ Chánh Phú Hòa', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 3),
            R('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 24),
            R('Cơ sở vi phạm', 'cơ sở', 'violations', 1),
            R('Tiền phạt', 'triệu đồng', 'fines_vnd', 750000),
        ], target=[4, 30, None, None]),
        dict(task='II.5.a', st=IP, name='Tham gia đoàn liên ngành kiểm tra hàng hóa (mũ bảo hiểm, đồ chơi trẻ em)', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 1),
            R('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 3),
        ], target=[2, 6]),
        dict(task='II.3.a', st=NS, name='Cử công chức tham gia tập huấn chuyên môn TĐC', rows=[], target=[]),
        dict(task='II.5.d', st=NA, name='Phản ánh, tố giác vi phạm về đo lường, chất lượng', rows=[], target=[]),
        dict(task='II.2.đ', st=IP, name='Xây dựng lại HTQLCL theo ISO 9001 sau sắp xếp', rows=[], target=[]),
    ],
    difficulties=['Sau sắp xếp, hồ sơ quản lý các cơ sở kinh doanh trên địa bàn phường chưa được cập nhật đầy đủ.'],
    proposals=['Đề nghị Chi cục TĐC cung cấp danh sách cơ sở sử dụng phương tiện đo nhóm 2 trên địa bàn phường.'],
))

UNITS.append(dict(
    file='25760_BinhDuong_THKQ_9thang.xlsx', hand='A', kind='xlsx', rejected=True,
    reason='Báo cáo về giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).',
    uid='25760', uname='Phường Bình Dương', short='BÌNH DƯƠNG', place='Bình Dương',
    number='603/BC-UBND', date='2026-10-07', money='trieu', entries=[], difficulties=[], proposals=[],
))

# ---------------- Hand B: department officer, prose with "trong kỳ X (lũy kế Y)" pairs ----------------
UNITS.append(dict(
    file='SCT_3184-BC_KQ-CT38-2026.docx', hand='B', kind='docx',
    uid='SO-CT', uname='Sở Công Thương', top='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', org='SỞ CÔNG THƯƠNG', sub='Sở Công Thương',
    number='3184/BC-SCT', date='2026-10-22', period='từ ngày 01/7/2026 đến ngày 15/10/2026',
    entries=[
        dict(task='II.5.a', st=IP, name='Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường',
             pre='Sở chỉ đạo Chi cục Quản lý thị trường phối hợp các đơn vị liên quan triển khai kiểm tra, kết quả:', rows=[
            R('cuộc kiểm tra', 'cuộc', 'inspections', 11, 4),
            R('cơ sở kinh doanh được kiểm tra', 'cơ sở', 'establishments_inspected', 96, 37),
            R('cơ sở vi phạm', 'cơ sở', 'violations', 14, 5),
            R('xử phạt vi phạm hành chính', 'triệu đồng', 'fines_vnd', 187300000, 62500000),
        ], tail='nội dung này Sở đang tiếp tục thực hiện theo kế hoạch kiểm tra năm 2026'),
        dict(task='II.1.a', st=CT, name='Phổ biến quy định về đo lường, chất lượng trong kinh doanh xăng dầu',
             pre='Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức phổ biến cho thương nhân, kết quả:', rows=[
            R('hội nghị phổ biến', 'hội nghị', 'training_courses', 2, 1),
            R('đại biểu là thương nhân đầu mối, cửa hàng bán lẻ tham dự', 'lượt', 'participants', 260, 120),
        ], tail='đến nay nội dung này đã hoàn thành'),
        dict(task='II.2.e', st=IP, name='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương',
             pre='Theo đề nghị của Bộ Công Thương, Sở đã tham gia góp ý, kết quả:', rows=[
            R('dự thảo QCVN được góp ý', 'dự thảo', 'standards_reviewed', 5, 2),
        ], tail='Sở tiếp tục tham gia khi có yêu cầu, nội dung đang thực hiện'),
        dict(task='II.2.đ', st=CT, name='Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
             pre=None, rows=[], tail='Sở đã hoàn thành việc rà soát, cập nhật quy trình nội bộ và công bố lại hệ thống theo quy định'),
        dict(task='II.5.d', st=NA, name='Tiếp nhận tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
             pre=None, rows=[], tail='trong kỳ không phát sinh đơn thư tố giác thuộc lĩnh vực này'),
    ],
    difficulties=['Lực lượng Quản lý thị trường sau sắp xếp còn mỏng so với địa bàn Thành phố mở rộng.',
                  'Chưa có kinh phí riêng để lấy mẫu thử nghiệm chất lượng xăng dầu trong các đợt kiểm tra.'],
    proposals=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để phục vụ công tác kiểm tra của ngành Công Thương.'],
))

UNITS.append(dict(
    file='SYT_BC-6021_CT38_nam2026.docx', hand='B', kind='docx',
    uid='SO-YT', uname='Sở Y tế', top='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', org='SỞ Y TẾ', sub='Sở Y tế',
    number='6021/BC-SYT', date='2026-10-24', period='Quý III/2026 (từ 01/7 đến 30/9/2026)',
    entries=[
        dict(task='II.5.a', st=IP, name='Kiểm tra trang thiết bị y tế, mỹ phẩm lưu thông trên địa bàn',
             pre='Thanh tra Sở đã thành lập các đoàn kiểm tra theo kế hoạch, kết quả:', rows=[
            R('đoàn kiểm tra', 'đoàn', 'inspections', 6, 2),
            R('cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 81, 28),
            R('cơ sở vi phạm', 'cơ sở', 'violations', 9, 3),
            R('phạt tiền', 'triệu đồng', 'fines_vnd', 132750000, 45000000),
        ], tail='việc kiểm tra đang được tiếp tục triển khai trong Quý IV'),
        dict(task='II.5.b', st=IP, name='Lấy mẫu mỹ phẩm, trang thiết bị y tế để đánh giá chất lượng',
             pre='Phối hợp Trung tâm Kiểm nghiệm thực hiện, kết quả:', rows=[
            R('mẫu được lấy, gửi kiểm nghiệm', 'mẫu', 'samples_tested', 42, 15),
        ], tail='nội dung đang thực hiện'),
        dict(task='II.2.e', st=IP, name='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia ngành y tế',
             pre='Sở đã có văn bản góp ý gửi Bộ Y tế, kết quả:', rows=[
            R('dự thảo QCVN được góp ý', 'dự thảo', 'standards_reviewed', 3, 1),
        ], tail='đang tiếp tục thực hiện theo đề nghị của Bộ Y tế'),
        dict(task='II.3.a', st=CT, name='Cử công chức tham gia tập huấn về tiêu chuẩn, đo lường, chất lượng',
             pre='Sở đã cử công chức tham gia, kết quả:', rows=[
            R('công chức tham dự các lớp tập huấn do Sở Khoa học và Công nghệ tổ chức', 'lượt', 'participants', 7, 4),
        ], tail='nội dung này đã hoàn thành'),
        dict(task='II.2.đ', st=CT, name='Áp dụng hệ thống quản lý chất lượng ISO trong hoạt động của Sở',
             pre=None, rows=[], tail='Sở đã hoàn thành đánh giá nội bộ và xem xét của lãnh đạo năm 2026'),
    ],
    difficulties=['Nhiều cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm hoạt động trên môi trường mạng, khó xác định địa điểm để kiểm tra.'],
    proposals=['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn chuyên sâu về đo lường trong lĩnh vực y tế cho công chức Thanh tra Sở.'],
))

UNITS.append(dict(
    file='SXD_4417-BC-SXD_CT38.docx', hand='B', kind='docx', lo=True,
    uid='SO-XD', uname='Sở Xây dựng', top='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', org='SỞ XÂY DỰNG', sub='Sở Xây dựng',
    number='4417/BC-SXD', date='2026-10-27', period='từ ngày 01/7/2026 đến ngày 20/10/2026',
    entries=[
        dict(task='II.2.e', st=IP, name='Góp ý dự thảo quy chuẩn, tiêu chuẩn về vật liệu xây dựng',
             pre='Sở đã tổ chức lấy ý kiến các đơn vị, kết quả:', rows=[
            R('dự thảo QCVN, TCVN được góp ý', 'dự thảo', 'standards_reviewed', 7, 3),
        ], tail='nội dung này đang tiếp tục thực hiện'),
        dict(task='II.5.a', st=IP, name='Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường',
             pre='Thanh tra Sở phối hợp các đơn vị tổ chức kiểm tra, kết quả:', rows=[
            R('cuộc kiểm tra', 'cuộc', 'inspections', 5, 2),
            R('cơ sở sản xuất, kinh doanh vật liệu xây dựng được kiểm tra', 'cơ sở', 'establishments_inspected', 44, 19),
            R('cơ sở vi phạm', 'cơ sở', 'violations', 6, 2),
            R('xử phạt', 'triệu đồng', 'fines_vnd', 95000000, 30000000),
        ], tail='Sở đang tiếp tục thực hiện theo kế hoạch'),
        dict(task='II.2.g', st=IP, name='Quản lý, nâng cao năng lực các phòng thí nghiệm chuyên ngành xây dựng',
             pre='Sở đã rà soát năng lực các phòng thí nghiệm, kết quả:', rows=[
            R('phòng thí nghiệm chuyên ngành được đánh giá, công nhận', 'phòng', None, 9, 4),
        ], tail='việc rà soát các phòng thí nghiệm đang được thực hiện'),
        dict(task='II.1.a', st=IP, name='Tuyên truyền quy chuẩn kỹ thuật về vật liệu xây dựng',
             pre='Sở đã đăng tải trên Cổng thông tin điện tử, kết quả:', rows=[
            R('tin, bài', 'tin, bài', 'communications', 15, 6),
        ], tail='công tác tuyên truyền đang thực hiện thường xuyên'),
        dict(task='II.2.đ', st=CT, name='Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015',
             pre=None, rows=[], tail='Sở đã hoàn thành việc cập nhật hệ thống sau khi hợp nhất'),
    ],
    difficulties=['Một số quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng mới ban hành, doanh nghiệp chưa kịp chuyển đổi chứng nhận hợp quy.'],
    proposals=['Kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn chuyển tiếp việc chứng nhận hợp quy đối với vật liệu xây dựng.'],
))

UNITS.append(dict(
    file='STC_8870-BC-STC_KinhphiTDC.docx', hand='B', kind='docx',
    uid='SO-TC', uname='Sở Tài chính', top='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', org='SỞ TÀI CHÍNH', sub='Sở Tài chính',
    number='8870/BC-STC', date='2026-10-21', period='từ ngày 01/7/2026 đến ngày 30/9/2026',
    entries=[
        dict(task='II.4.a', st=IP, name='Bố trí kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp thuộc Sở Khoa học và Công nghệ',
             pre='Sở đã thẩm định dự toán mua sắm;', rows=[
            R('kinh phí đã giải ngân', 'tỷ đồng', 'budget_spent_vnd', 3480000000, 1250000000),
        ], tail='việc giải ngân đang tiếp tục thực hiện'),
        dict(task='II.4.b', st=IP, name='Kinh phí bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
             pre='Sở đã bố trí kinh phí năm 2026;', rows=[
            R('kinh phí đã giải ngân', 'triệu đồng', 'budget_spent_vnd', 426500000, 210000000),
        ], tail='nội dung đang thực hiện'),
        dict(task='II.2.đ', st=CT, name='Duy trì hệ thống quản lý chất lượng của Sở', pre=None, rows=[],
             tail='Sở đã hoàn thành việc công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015'),
        dict(task='II.5.d', st=NA, name='Xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng', pre=None, rows=[],
             tail='không phát sinh'),
    ],
    difficulties=['Một số đơn vị chậm hoàn thiện hồ sơ dự toán mua sắm trang thiết bị nên tiến độ giải ngân chưa đạt yêu cầu.'],
    proposals=['Đề nghị Sở Khoa học và Công nghệ chỉ đạo Trung tâm Dịch vụ Phân tích thí nghiệm đẩy nhanh thủ tục mua sắm để giải ngân trước ngày 15/12/2026.'],
))

UNITS.append(dict(
    file='SDL_BC-2291_CDS-nganh-du-lich.docx', hand='B', kind='docx', rejected=True,
    reason='Báo cáo về chuyển đổi số ngành du lịch, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).',
    uid='SO-DL', uname='Sở Du lịch', top='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', org='SỞ DU LỊCH', sub='Sở Du lịch',
    number='2291/BC-SDL', date='2026-10-23', period='từ ngày 01/7/2026 đến ngày 30/9/2026',
    entries=[], difficulties=[], proposals=[],
))

# ---------------- Hand C: Excel builder, one sheet per month + 'Tổng hợp' with 3-D SUM ----------------
UNITS.append(dict(
    file='ChicucTDC_TH_CT38_T01-T10_2026.xlsx', hand='C', kind='xlsx',
    uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    top='SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', org='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
    number='1126/BC-TĐC', date='2026-10-28', months=10, mfmt='T{:02d}',
    entries=[
        dict(task='II.1.a', st=IP, name='Tập huấn VBQPPL về TĐC cho doanh nghiệp; tọa đàm DN nhập khẩu', rows=[
            R('Lớp tập huấn, tọa đàm', 'lớp', 'training_courses', 6),
            R('Học viên, đại biểu tham dự', 'lượt', 'participants', 742),
            R('Tin, bài, tài liệu tuyên truyền', 'tin, bài', 'communications', 38),
        ]),
        dict(task='II.1.b', st=CT, name='Hướng dẫn DN tham dự Giải thưởng CLQG', rows=[
            R('Doanh nghiệp được hướng dẫn hồ sơ', 'DN', 'enterprises_supported', 14),
        ]),
        dict(task='II.2.a', st=IP, name='Hỗ trợ DN năng suất chất lượng, đo lường (996), truy xuất nguồn gốc (100)', rows=[
            R('Doanh nghiệp được hỗ trợ, tư vấn', 'DN', 'enterprises_supported', 23),
        ]),
        dict(task='II.2.e', st=IP, name='Góp ý TCVN, QCVN; xây dựng QCĐP', rows=[
            R('Dự thảo TCVN, QCVN đã góp ý', 'dự thảo', 'standards_reviewed', 12),
        ]),
        dict(task='II.2.h', st=CT, name='Cải tiến HTTT giải quyết TTHC, kết nối Một cửa quốc gia', rows=[]),
        dict(task='II.3.a', st=IP, name='Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, xã, phường', rows=[
            R('Lớp tập huấn', 'lớp', 'training_courses', 3),
            R('Công chức tham dự', 'lượt', 'participants', 215),
        ]),
        dict(task='II.4.b', st=IP, name='Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ', rows=[
            R('Phương tiện được kiểm định, hiệu chuẩn', 'chiếc', 'instruments_verified', 46),
        ]),
        dict(task='II.5.a', st=IP, name='Kiểm tra TĐC hàng hóa sản xuất, nhập khẩu, lưu thông', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 27),
            R('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 214),
            R('Cơ sở vi phạm', 'cơ sở', 'violations', 31),
            R('Tiền phạt VPHC', 'triệu đồng', 'fines_vnd', 486250000),
        ]),
        dict(task='II.5.b', st=IP, name='Khảo sát chất lượng sản phẩm, hàng hóa', rows=[
            R('Mẫu lấy khảo sát, thử nghiệm', 'mẫu', 'samples_tested', 96),
        ]),
        dict(task='II.6.b', st=NS, name='Phối hợp APO thúc đẩy năng suất khu vực công', rows=[]),
    ],
    difficulties=['Biên chế của Chi cục giảm sau sắp xếp trong khi địa bàn quản lý mở rộng gấp ba lần.',
                  'Kinh phí lấy mẫu khảo sát chất lượng năm 2026 chỉ đáp ứng khoảng 60% nhu cầu.'],
    proposals=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng hàng hóa trong dự toán năm 2027.',
               'Đề nghị Sở xem xét bổ sung 03 biên chế công chức cho Phòng Quản lý Đo lường.'],
))

UNITS.append(dict(
    file='TTPTTN_BC-311_CT38_T10.xlsx', hand='C', kind='xlsx',
    uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    top='SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', org='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH',
    number='311/BC-TTPT', date='2026-10-26', months=10, mfmt='T{:02d}', text_override='instruments_verified@II.2.g',
    entries=[
        dict(task='II.2.g', st=IP, name='Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo', rows=[
            R('Phương tiện đo được kiểm định, hiệu chuẩn', 'phương tiện', 'instruments_verified', 18436),
        ]),
        dict(task='II.5.b', st=IP, name='Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục', rows=[
            R('Mẫu thử nghiệm', 'mẫu', 'samples_tested', 1254),
        ]),
        dict(task='II.4.a', st=IP, name='Đầu tư, hiện đại hóa trang thiết bị thử nghiệm', rows=[
            R('Kinh phí mua sắm đã giải ngân', 'triệu đồng', 'budget_spent_vnd', 2150000000),
        ]),
        dict(task='II.4.c', st=CT, name='Hiệu chuẩn liên kết chuẩn đo lường lên chuẩn quốc gia', rows=[
            R('Chuẩn đo lường được hiệu chuẩn liên kết', 'chuẩn', 'instruments_verified', 27),
        ]),
        dict(task='II.3.d', st=CT, name='Đào tạo thực hành đo lường cho sinh viên, viên chức', rows=[
            R('Khóa đào tạo', 'khóa', 'training_courses', 4),
            R('Học viên', 'lượt', 'participants', 186),
        ]),
    ],
    difficulties=['Nhiều thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn.'],
    proposals=['Đề nghị Sở ưu tiên phân bổ kinh phí đầu tư hệ thống chuẩn áp suất và chuẩn khối lượng năm 2027.'],
))

UNITS.append(dict(
    file='SoNNMT_THSL_CT38_T1-T9.xlsx', hand='C', kind='xlsx', lo=True,
    uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
    top='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', org='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    number='5560/BC-SNNMT', date='2026-10-23', months=9, mfmt='T{}',
    entries=[
        dict(task='II.2.a', st=IP, name='Hướng dẫn áp dụng truy xuất nguồn gốc nông sản (Đề án 100)', rows=[
            R('Cơ sở, HTX được hướng dẫn', 'cơ sở', 'enterprises_supported', 35),
        ]),
        dict(task='II.5.a', st=IP, name='Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 9),
            R('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 126),
            R('Cơ sở vi phạm', 'cơ sở', 'violations', 17),
            R('Tiền phạt', 'triệu đồng', 'fines_vnd', 214500000),
        ]),
        dict(task='II.5.b', st=IP, name='Lấy mẫu vật tư nông nghiệp kiểm tra chất lượng', rows=[
            R('Mẫu được lấy', 'mẫu', 'samples_tested', 88),
        ]),
        dict(task='II.2.e', st=CT, name='Góp ý dự thảo QCVN ngành nông nghiệp, môi trường', rows=[
            R('Dự thảo góp ý', 'dự thảo', 'standards_reviewed', 4),
        ]),
        dict(task='II.1.a', st=IP, name='Tuyên truyền chất lượng vật tư nông nghiệp', rows=[
            R('Tin, bài, phóng sự', 'tin, bài', 'communications', 12),
        ]),
        dict(task='II.2.đ', st=CT, name='Duy trì ISO 9001:2015 tại cơ quan Sở', rows=[]),
    ],
    difficulties=['Phân bón, thuốc bảo vệ thực vật giả, kém chất lượng bán qua mạng xã hội ngày càng nhiều, khó truy xuất.'],
    proposals=['Đề nghị Sở Khoa học và Công nghệ phối hợp chia sẻ dữ liệu truy xuất nguồn gốc để kết nối với hệ thống của ngành nông nghiệp.'],
))

# ---------------- Hand D: Word, one mini-table per task with merged caption row "(status)" ----------------
UNITS.append(dict(
    file='25906_BacTanUyen_BC221_CT38.docx', hand='D', kind='docx',
    uid='25906', uname='Xã Bắc Tân Uyên', top='UỶ BAN NHÂN DÂN\nXÃ BẮC TÂN UYÊN', place='Bắc Tân Uyên',
    number='221/BC-UBND', date='2026-10-09', intro_unit='Ủy ban nhân dân xã Bắc Tân Uyên', period='Quý III/2026',
    entries=[
        dict(task='II.1.a', st=IP, name='Tuyên truyền quy định về đo lường, chất lượng cho hộ kinh doanh', cap='đang làm', rows=[
            R('Tin, bài trên loa truyền thanh và Zalo ấp', 'tin, bài', 'communications', 6, 2),
            R('Hộ kinh doanh được phổ biến trực tiếp', 'lượt', 'participants', 120, 45),
        ]),
        dict(task='II.5.c', st=IP, name='Kiểm tra cân, đồng hồ nước, cột đo xăng dầu theo phân cấp', cap='đang làm', rows=[
            R('Cuộc kiểm tra', 'cuộc', 'inspections', 3, 1),
            R('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 27, 9),
            R('Cơ sở vi phạm', 'cơ sở', 'violations', 2, 1),
            R('Tiền phạt', 'triệu đồng', 'fines_vnd', 2500000, 1000000),
        ]),
        dict(task='II.3.a', st=CT, name='Cử công chức dự tập huấn về TĐC', cap='đã xong', rows=[
            R('Công chức tham dự', 'lượt', 'participants', 3, 1),
        ]),
        dict(task='II.2.đ', st=CT, name='Duy trì HTQLCL ISO 9001 tại UBND xã', cap='đã xong', rows=[]),
        dict(task='II.5.d', st=NA, name='Tiếp nhận tố giác vi phạm về TĐC', cap='không phát sinh', rows=[]),
    ],
    difficulties=['Xã chưa được trang bị phương tiện kiểm tra nhanh (quả cân chuẩn, bình chuẩn) nên chỉ kiểm tra được bằng mắt thường và đối chiếu hồ sơ.'],
    proposals=['Đề nghị Chi cục TĐC cho mượn 01 bình chuẩn kim loại 10 lít để kiểm tra cột đo xăng dầu.'],
))

UNITS.append(dict(
    file='SGDDT_4102-BC_CT38-2026.docx', hand='D', kind='docx',
    uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', top='UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO',
    number='4102/BC-SGDĐT', date='2026-10-25', intro_unit='Sở Giáo dục và Đào tạo', period='từ tháng 7 đến tháng 10/2026',
    entries=[
        dict(task='II.3.d', st=IP, name='Bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng cho giáo viên, học sinh trung cấp', cap='đang thực hiện', rows=[
            R('Lớp bồi dưỡng', 'lớp', 'training_courses', 5, 2),
            R('Giáo viên, học sinh tham dự', 'lượt', 'participants', 1240, 530),
        ]),
        dict(task='II.1.a', st=IP, name='Tuyên truyền về TĐC trong nhà trường', cap='đang thực hiện', rows=[
            R('Tin, bài trên trang của Sở và các trường', 'tin, bài', 'communications', 18, 7),
        ]),
        dict(task='II.3.a', st=CT, name='Cử công chức dự tập huấn nghiệp vụ TĐC', cap='hoàn thành', rows=[
            R('Công chức tham dự', 'lượt', 'participants', 6, 2),
        ]),
        dict(task='II.2.đ', st=CT, name='Áp dụng ISO 9001:2015 tại cơ quan Sở', cap='hoàn thành', rows=[]),
    ],
    difficulties=['Chương trình đào tạo trung cấp chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng.'],
    proposals=['Đề nghị Chi cục TĐC cung cấp tài liệu, báo cáo viên cho các lớp bồi dưỡng tại trường trung cấp.'],
))

UNITS.append(dict(
    file='PhongKTPC_BC87_CT38.docx', hand='D', kind='docx',
    uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', top='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ',
    number='87/BC-KTPC', date='2026-10-27', intro_unit='Phòng Kiểm tra – Pháp chế', period='từ 01/7/2026 đến 20/10/2026',
    entries=[
        dict(task='II.5.a', st=IP, name='Phối hợp Chi cục kiểm tra TĐC hàng hóa lưu thông', cap='đang thực hiện', rows=[
            R('Cuộc kiểm tra phối hợp', 'cuộc', 'inspections', 6, 2),
            R('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 48, 15),
            R('Cơ sở vi phạm', 'cơ sở', 'violations', 11, 4),
            R('Tiền phạt', 'triệu đồng', 'fines_vnd', 97500000, 36000000),
        ]),
        dict(task='II.5.d', st=CT, name='Xử lý đơn tố giác vi phạm về TĐC', cap='đã hoàn thành', rows=[
            R('Đơn tố giác đã xử lý', 'đơn', None, 2, 1),
        ]),
        dict(task='II.2.c', st=IP, name='Góp ý dự thảo luật, nghị định về tiêu chuẩn, đo lường, chất lượng', cap='đang thực hiện', rows=[
            R('Dự thảo văn bản QPPL đã góp ý', 'văn bản', None, 3, 1),
        ]),
        dict(task='II.4.b', st=IP, name='Phối hợp rà soát phương tiện kỹ thuật nghiệp vụ', cap='đang thực hiện', rows=[]),
        dict(task='II.5.b', st=IP, name='Phối hợp khảo sát chất lượng hàng hóa', cap='đang thực hiện', rows=[]),
    ],
    difficulties=['Quy định về thẩm quyền xử phạt của công chức sau sắp xếp chưa được hướng dẫn thống nhất.'],
    proposals=['Đề nghị Chi cục TĐC tổng hợp, kiến nghị Bộ Khoa học và Công nghệ hướng dẫn thẩm quyền xử phạt sau sắp xếp.'],
))

UNITS.append(dict(
    file='PhongCDS_BC64_KH-CT38.docx', hand='D', kind='docx',
    uid='SKHCN-CDS', uname='Phòng Chuyển đổi số', top='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG CHUYỂN ĐỔI SỐ',
    number='64/BC-CĐS', date='2026-10-26', intro_unit='Phòng Chuyển đổi số', period='đến ngày 20/10/2026',
    entries=[
        dict(task='II.2.h', st=CT, name='Kết nối Hệ thống TTHC của Bộ với Cổng một cửa quốc gia', cap='xong', rows=[
            R('Thủ tục được tích hợp', 'thủ tục', None, 3, 0),
        ]),
        dict(task='II.2.i', st=IP, name='Kết nối cơ sở dữ liệu quốc gia về TĐC', cap='đang làm', rows=[]),
        dict(task='II.1.a', st=IP, name='Đăng tin về TĐC trên Cổng thông tin điện tử Sở', cap='đang làm', rows=[
            R('Tin, bài đăng tải', 'tin, bài', 'communications', 27, 9),
        ]),
    ],
    difficulties=['Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa cung cấp đầy đủ API để kết nối.'],
    proposals=['Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cấp tài khoản kết nối thử nghiệm.'],
))

UNITS.append(dict(
    file='VPSo_BC540_CT38_2026.docx', hand='D', kind='docx',
    uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ', top='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG',
    number='540/BC-VP', date='2026-10-29', intro_unit='Văn phòng Sở', period='từ 01/7 đến 25/10/2026',
    entries=[
        dict(task='II.2.đ', st=CT, name='Duy trì, cải tiến ISO 9001:2015 tại Sở', cap='hoàn thành', rows=[
            R('Lớp tập huấn ISO nội bộ', 'lớp', 'training_courses', 1, 1),
            R('Công chức tham dự', 'lượt', 'participants', 65, 65),
        ]),
        dict(task='II.4.a', st=IP, name='Mua sắm trang thiết bị cho đơn vị sự nghiệp', cap='đang thực hiện', rows=[
            R('Kinh phí đã giải ngân', 'triệu đồng', 'budget_spent_vnd', 1320000000, 480000000),
        ]),
        dict(task='II.1.a', st=IP, name='Đưa tin hoạt động TĐC trên Cổng TTĐT, bản tin Sở', cap='đang thực hiện', rows=[
            R('Tin, bài', 'tin, bài', 'communications', 14, 5),
        ]),
        dict(task='II.5.d', st=NA, name='Khen thưởng người tố giác vi phạm', cap='không phát sinh', rows=[]),
        dict(task='II.2.h', st=CT, name='Phối hợp cải tiến hệ thống thông tin giải quyết TTHC', cap='hoàn thành', rows=[]),
    ],
    difficulties=['Thủ tục mua sắm tập trung kéo dài nên một số gói thiết bị chưa ký được hợp đồng.'],
    proposals=['Đề nghị Sở Tài chính sớm thẩm định danh mục mua sắm bổ sung năm 2026.'],
))
