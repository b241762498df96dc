"""Hand 1 — Võ Thị Ngọc Hân, chuyên viên of a city department: formal Nghị định 30 reports in the
department's own domain words, with appendix tables. Her template is used for seven departments."""
from common import *

KH = 'Kế hoạch số 215/KH-SKHCN ngày 23 tháng 01 năm 2026 của Sở Khoa học và Công nghệ'
CT38 = 'Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia'


def dept_doc(org, so, date_line, trich_yeu, recipients=('Sở Khoa học và Công nghệ',)):
    d = new_doc(size=14)
    header_block(d, [('ỦY BAN NHÂN DÂN', False), ('THÀNH PHỐ HỒ CHÍ MINH', False), (org, True)],
                 so=so, date_line=date_line)
    title(d, 'BÁO CÁO', trich_yeu)
    kinh_gui(d, list(recipients))
    return d


# ============================================================== 1. Sở Công Thương
def so_cong_thuong():
    fn = '1845-BC-SCT ket qua CT38 nam 2026.docx'
    d = dept_doc('SỞ CÔNG THƯƠNG', '1845/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
                 ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW',
                  'về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 của ngành Công Thương'])
    para(d, f'Thực hiện {KH} về triển khai thực hiện {CT38} năm 2026 và Công văn số 2871/SKHCN-TĐC ngày 05 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện, Sở Công Thương báo cáo như sau:')
    head(d, 'I. TÌNH HÌNH TRIỂN KHAI')
    para(d, 'Sở Công Thương đã ban hành Kế hoạch số 412/KH-SCT ngày 10 tháng 3 năm 2026 triển khai đến 06 phòng chuyên môn và 02 đơn vị sự nghiệp trực thuộc; phân công Phòng Quản lý Thương mại làm đầu mối phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng trong công tác quản lý đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng và hàng hóa lưu thông trên thị trường.')
    para(d, 'Trên địa bàn Thành phố hiện có 2.134 cửa hàng bán lẻ xăng dầu, 61 thương nhân phân phối và 238 chợ truyền thống đang hoạt động; đây là các đối tượng chủ yếu của công tác quản lý đo lường trong ngành.')
    head(d, 'II. KẾT QUẢ ĐẠT ĐƯỢC')
    head(d, '1. Công tác phổ biến, tập huấn cho thương nhân', bold=True)
    para(d, 'Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp tập huấn phổ biến các quy định về đo lường trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG) cho 186 lượt người là chủ cửa hàng và nhân viên bán hàng; đăng tải 09 tin, bài trên Cổng thông tin điện tử của Sở. Nội dung này đã hoàn thành.')
    head(d, '2. Kiểm tra đo lường, chất lượng xăng dầu', bold=True)
    para(d, 'Trong năm, Sở chủ trì 04 đoàn kiểm tra chuyên ngành đối với hoạt động kinh doanh xăng dầu, kiểm tra 57 cửa hàng bán lẻ xăng dầu; phát hiện 06 cửa hàng vi phạm (sử dụng cột đo xăng dầu hết hạn kiểm định, không niêm yết giá, không lưu giữ kết quả thử nghiệm chất lượng), xử phạt vi phạm hành chính 187.500.000 đồng. Các đoàn đã lấy 24 mẫu xăng, dầu điêzen gửi thử nghiệm chỉ tiêu chất lượng, kết quả 24/24 mẫu phù hợp quy chuẩn.')
    para(d, 'Công tác kiểm tra đang tiếp tục được triển khai trong Quý IV/2026, tập trung vào dịp cao điểm cuối năm.')
    head(d, '3. Phối hợp quản lý đo lường tại chợ truyền thống', bold=True)
    para(d, 'Thực hiện nhiệm vụ tại điểm c khoản 5 Mục II Kế hoạch số 215/KH-SKHCN, Sở đã phối hợp với Ủy ban nhân dân 11 phường, xã thực hiện 14 cuộc kiểm tra cân tại 22 chợ truyền thống, phát hiện 09 trường hợp sử dụng cân có sai số vượt mức cho phép; phối hợp tổ chức kiểm định miễn phí 1.126 chiếc cân cho tiểu thương và hướng dẫn Ban quản lý chợ bố trí cân đối chứng. Nhiệm vụ đang thực hiện.')
    head(d, '4. Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng', bold=True)
    para(d, 'Thông qua Chương trình khuyến công, Sở đã hỗ trợ 12 doanh nghiệp công nghiệp hỗ trợ xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 14001 và các công cụ cải tiến năng suất (5S, Kaizen) với kinh phí hỗ trợ 1,35 tỷ đồng. Đến nay đã hoàn thành 12/12 hợp đồng hỗ trợ, đạt 100% kế hoạch năm.')
    head(d, '5. Góp ý tiêu chuẩn, quy chuẩn kỹ thuật', bold=True)
    para(d, 'Sở đã góp ý 05 dự thảo (03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo về an toàn thiết bị áp lực, khí dầu mỏ hóa lỏng và 02 dự thảo tiêu chuẩn quốc gia về nhiên liệu sinh học). Đã hoàn thành.')
    head(d, '6. Áp dụng hệ thống quản lý chất lượng tại cơ quan', bold=True)
    para(d, 'Sở tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với 126 thủ tục hành chính thuộc thẩm quyền giải quyết; nội dung đánh giá nội bộ năm 2026 đang thực hiện.')
    head(d, 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')
    diffs = ['Lực lượng công chức làm công tác quản lý chất lượng xăng dầu còn mỏng, chủ yếu kiêm nhiệm; chưa được trang bị thiết bị kiểm tra nhanh chất lượng xăng dầu.',
             'Một số Ban quản lý chợ chưa quan tâm duy trì cân đối chứng, tiểu thương còn sử dụng cân chưa được kiểm định.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'IV. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV/2026')
    para(d, 'Tiếp tục kiểm tra đo lường, chất lượng xăng dầu dịp cao điểm Tết Nguyên đán Bính Ngọ; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổng kết chương trình kiểm định miễn phí cân tại chợ.')
    head(d, 'V. KIẾN NGHỊ')
    props = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị 02 bộ thiết bị thử nhanh chất lượng xăng dầu cho lực lượng kiểm tra của Sở Công Thương.',
             'Kiến nghị Ủy ban nhân dân Thành phố bố trí kinh phí cho chương trình kiểm định miễn phí cân tại các chợ truyền thống năm 2027.']
    for x in props:
        para(d, '- ' + x)
    para(d, 'Sở Công Thương kính báo cáo./.')
    closing(d, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Phòng QLTM;', '- Lưu: VT, QLTM. Hân.'],
            ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Văn Thành')
    page_break(d)
    para(d, 'Phụ lục', align='c', indent=0, bold=True)
    para(d, 'KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP NĂM 2026', align='c', indent=0, bold=True, after=0)
    para(d, '(Kèm theo Báo cáo số 1845/BC-SCT ngày 29 tháng 10 năm 2026 của Sở Công Thương)', align='c', indent=0, italic=True)
    rows = [['STT', 'Nội dung', 'Kết quả', 'Tiến độ'],
            ['1', 'Tập huấn quy định đo lường cho thương nhân xăng dầu, LPG', '02 lớp; 186 lượt người; 09 tin, bài', 'Hoàn thành'],
            ['2', 'Kiểm tra đo lường, chất lượng xăng dầu', '04 đoàn; 57 cửa hàng; 06 vi phạm; phạt 187.500.000 đồng; 24 mẫu', 'Đang thực hiện'],
            ['3', 'Phối hợp UBND phường, xã kiểm tra cân tại chợ', '14 cuộc; 22 chợ; 09 trường hợp vi phạm; kiểm định 1.126 cân', 'Đang thực hiện'],
            ['4', 'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý', '12 doanh nghiệp; 1,35 tỷ đồng', 'Hoàn thành'],
            ['5', 'Góp ý dự thảo QCVN, TCVN', '05 dự thảo', 'Hoàn thành'],
            ['6', 'Duy trì, cải tiến ISO 9001:2015 tại Sở', '126 thủ tục hành chính', 'Đang thực hiện']]
    grid(d, rows, widths=[1.2, 6.5, 6, 2.8], aligns=['c', 'l', 'l', 'c'])
    save(d, fn)
    truth(fn, 'SO-CT', '1845/BC-SCT', '2026-10-29', [
        E('II.1.a', 'completed', training_courses=2, participants=186, communications=9),
        E('II.5.a', 'in_progress', inspections=4, establishments_inspected=57, violations=6, fines_vnd=187500000, samples_tested=24),
        E('II.5.c', 'in_progress', inspections=14, establishments_inspected=22, violations=9, instruments_verified=1126),
        E('II.2.d', 'completed', enterprises_supported=12, budget_spent_vnd=1350000000),
        E('II.2.e', 'completed', standards_reviewed=5),
        E('II.2.đ', 'in_progress'),
    ], diffs, props)


# ============================================================== 2. Sở Y tế
def so_y_te():
    fn = 'BC Sở Y tế - Chỉ thị 38 năm 2026.docx'
    d = dept_doc('SỞ Y TẾ', '6127/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
                 ['Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng',
                  'trong lĩnh vực y tế năm 2026 theo Chỉ thị số 38-CT/TW'])
    para(d, f'Căn cứ {KH} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Sở Y tế báo cáo kết quả thực hiện các nội dung có liên quan đến ngành y tế như sau:')
    head(d, 'I. TÌNH HÌNH TRIỂN KHAI')
    para(d, 'Sở Y tế đã ban hành Công văn số 1190/SYT-TTB ngày 14 tháng 02 năm 2026 gửi 84 bệnh viện, 24 trung tâm y tế và các phòng khám đa khoa trên địa bàn, yêu cầu rà soát danh mục phương tiện đo nhóm 2 đang sử dụng, lập kế hoạch kiểm định định kỳ theo Thông tư số 23/2013/TT-BKHCN.')
    head(d, 'II. KẾT QUẢ ĐẠT ĐƯỢC')
    head(d, '1. Phổ biến quy định về phương tiện đo trong y tế', bold=True)
    para(d, 'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về quản lý phương tiện đo nhóm 2 dùng trong khám bệnh, chữa bệnh, với 215 đại biểu là lãnh đạo phòng Vật tư - Trang thiết bị y tế của các cơ sở. Kết quả: Hoàn thành.')
    head(d, '2. Kiểm tra phương tiện đo tại cơ sở khám bệnh, chữa bệnh', bold=True)
    para(d, 'a) Sở đã thành lập 03 đoàn kiểm tra việc chấp hành quy định về đo lường tại 41 cơ sở khám bệnh, chữa bệnh (16 bệnh viện công lập, 25 bệnh viện và phòng khám tư nhân); phát hiện 05 cơ sở sử dụng huyết áp kế, cân sức khỏe chưa được kiểm định, đã nhắc nhở và yêu cầu khắc phục trong 30 ngày.')
    para(d, 'b) Đôn đốc các cơ sở thực hiện kiểm định 3.482 phương tiện đo nhóm 2 (huyết áp kế, máy đo điện tim, máy đo điện não, cân, nhiệt kế y học). Nhiệm vụ đang thực hiện, các cơ sở còn lại sẽ hoàn tất kiểm định trước ngày 31 tháng 12 năm 2026.')
    head(d, '3. Áp dụng hệ thống quản lý chất lượng', bold=True)
    para(d, 'Văn phòng Sở và 02 chi cục trực thuộc đã hoàn thành việc chuyển đổi, công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho 148 thủ tục hành chính.')
    head(d, '4. Bồi dưỡng nghiệp vụ', bold=True)
    para(d, 'Cử 08 công chức, viên chức tham gia lớp bồi dưỡng nghiệp vụ quản lý nhà nước về đo lường do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức. Đã hoàn thành.')
    head(d, '5. Góp ý quy chuẩn kỹ thuật', bold=True)
    para(d, 'Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về thiết bị y tế theo đề nghị của Bộ Y tế. Kết quả: Hoàn thành.')
    head(d, 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')
    diffs = ['Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa nắm rõ danh mục phương tiện đo nhóm 2 phải kiểm định, việc lập hồ sơ theo dõi phương tiện đo còn hình thức.',
             'Số lượng tổ chức được chỉ định kiểm định phương tiện đo chuyên dùng trong y tế (máy đo điện tim, máy đo điện não) còn ít, thời gian chờ kiểm định kéo dài.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'IV. PHƯƠNG HƯỚNG')
    para(d, 'Hoàn tất kiểm định phương tiện đo nhóm 2 tại các cơ sở còn lại; đưa nội dung đo lường vào kế hoạch kiểm tra bệnh viện cuối năm 2026.')
    head(d, 'V. KIẾN NGHỊ')
    props = ['Đề nghị Bộ Khoa học và Công nghệ xem xét chỉ định thêm tổ chức kiểm định đối với phương tiện đo điện tim, điện não trên địa bàn Thành phố.',
             'Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về quản lý phương tiện đo nhóm 2 cho cán bộ phụ trách trang thiết bị của các bệnh viện tư nhân.']
    for x in props:
        para(d, '- ' + x)
    closing(d, ['- Như trên;', '- Ban Giám đốc Sở;', '- Lưu: VT, TTB.'],
            ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trần Thị Mỹ Linh')
    page_break(d)
    para(d, 'PHỤ LỤC', align='c', indent=0, bold=True, after=0)
    para(d, 'KẾT QUẢ KIỂM TRA PHƯƠNG TIỆN ĐO TẠI CƠ SỞ KHÁM BỆNH, CHỮA BỆNH NĂM 2026', align='c', indent=0, bold=True)
    rows = [['STT', 'Loại cơ sở', 'Kết quả kiểm tra', None, 'Ghi chú'],
            [None, None, 'Số cơ sở được kiểm tra', 'Số cơ sở vi phạm', None],
            ['1', 'Bệnh viện công lập', '16', '01', ''],
            ['2', 'Bệnh viện, phòng khám tư nhân', '25', '04', 'Nhắc nhở, yêu cầu khắc phục'],
            ['Tổng cộng', None, '41', '05', '03 đoàn kiểm tra']]
    grid(d, rows, widths=[1.3, 6, 3, 3, 3.5], header_rows=2,
         merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (1, 4)), ((4, 0), (4, 1))],
         aligns=['c', 'l', 'c', 'c', 'l'], bold_rows=(4,))
    save(d, fn)
    truth(fn, 'SO-YT', '6127/BC-SYT', '2026-10-30', [
        E('II.1.a', 'completed', training_courses=1, participants=215),
        E('II.5.a', 'in_progress', inspections=3, establishments_inspected=41, violations=5, instruments_verified=3482),
        E('II.2.đ', 'completed'),
        E('II.3.a', 'completed', participants=8),
        E('II.2.e', 'completed', standards_reviewed=2),
    ], diffs, props)


# ============================================================== 3. Sở Xây dựng
def so_xay_dung():
    fn = 'SXD_BC_CT38_9thang_2026.docx'
    d = dept_doc('SỞ XÂY DỰNG', '9034/BC-SXD', 'Thành phố Hồ Chí Minh, ngày 02 tháng 10 năm 2026',
                 ['Kết quả thực hiện 9 tháng đầu năm 2026 các nội dung về tiêu chuẩn, đo lường,',
                  'chất lượng sản phẩm, hàng hóa vật liệu xây dựng theo Kế hoạch số 215/KH-SKHCN'])
    para(d, 'Sở Xây dựng báo cáo kết quả thực hiện 9 tháng đầu năm 2026 (số liệu tính đến ngày 25 tháng 9 năm 2026) như sau:')
    head(d, 'Phần I. KẾT QUẢ THỰC HIỆN')
    head(d, '1.1. Phổ biến quy chuẩn kỹ thuật về vật liệu xây dựng', bold=False)
    para(d, 'Tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng với 165 đại biểu tham dự là đại diện các doanh nghiệp sản xuất, nhập khẩu, kinh doanh vật liệu xây dựng. Hoàn thành.')
    head(d, '1.2. Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường', bold=False)
    para(d, 'Thực hiện 06 cuộc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng tại 35 cơ sở sản xuất, kinh doanh xi măng, thép, gạch ốp lát, kính xây dựng; phát hiện 04 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 112.000.000 đồng. Đang triển khai theo kế hoạch.')
    head(d, '1.3. Khảo sát chất lượng vật liệu xây dựng', bold=False)
    para(d, 'Lấy 48 mẫu sản phẩm (xi măng, thép cốt bê tông, gạch bê tông, sơn tường) trên thị trường để thử nghiệm đối chứng; kết quả 45/48 mẫu phù hợp, 03 mẫu thép có giới hạn chảy không đạt, đã thông tin đến cơ quan có thẩm quyền. Đã hoàn thành đợt 1; đợt 2 đang thực hiện, dự kiến kết thúc trong Quý IV/2026.')
    head(d, '1.4. Góp ý tiêu chuẩn, quy chuẩn', bold=False)
    para(d, 'Tham gia góp ý 03 dự thảo: sửa đổi QCVN 16:2023/BXD; TCVN về gạch bê tông; TCVN về kính xây dựng. Đã hoàn thành.')
    head(d, '1.5. Củng cố phòng thí nghiệm chuyên ngành xây dựng', bold=False)
    para(d, 'Nhằm nâng cao chất lượng hoạt động của các tổ chức dịch vụ thí nghiệm, Sở đã kiểm tra điều kiện năng lực của 18 phòng thí nghiệm chuyên ngành xây dựng (trên tổng số 126 phòng LAS-XD đang hoạt động trên địa bàn). Nội dung này đang thực hiện.')
    head(d, 'Phần II. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT')
    items = [('d', 'Việc kiểm tra chất lượng vật liệu xây dựng tại công trình và tại cơ sở kinh doanh còn chồng chéo giữa các lực lượng, chưa có quy chế phối hợp cụ thể.'),
             ('d', 'Kinh phí lấy mẫu, thử nghiệm đối chứng còn hạn chế, chưa đáp ứng yêu cầu khảo sát trên diện rộng.'),
             ('p', 'Đề xuất Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng giữa các sở, ngành và Ủy ban nhân dân phường, xã.'),
             ('p', 'Kiến nghị Bộ Xây dựng sớm ban hành hướng dẫn chuyển tiếp đối với các sản phẩm đã chứng nhận hợp quy theo QCVN 16:2019/BXD.')]
    for _, x in items:
        para(d, '- ' + x)
    head(d, 'Phần III. NHIỆM VỤ QUÝ IV/2026')
    para(d, 'Hoàn thành khảo sát chất lượng đợt 2; kiểm tra chất lượng thép, xi măng tại các công trình sử dụng vốn ngân sách; tổng hợp báo cáo năm gửi Sở Khoa học và Công nghệ trước ngày 15 tháng 11 năm 2026.')
    closing(d, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Phòng KT&VLXD;', '- Lưu: VT.'],
            ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lê Quang Vinh')
    save(d, fn)
    truth(fn, 'SO-XD', '9034/BC-SXD', '2026-10-02', [
        E('II.1.a', 'completed', training_courses=1, participants=165),
        E('II.5.a', 'in_progress', inspections=6, establishments_inspected=35, violations=4, fines_vnd=112000000),
        E('II.5.b', 'in_progress', samples_tested=48),
        E('II.2.e', 'completed', standards_reviewed=3),
        E('II.2.g', 'in_progress', establishments_inspected=18),
    ], [x for k, x in items if k == 'd'], [x for k, x in items if k == 'p'])


# ============================================================== 4. Sở Nông nghiệp và Môi trường
def so_nnmt():
    fn = 'BÁO CÁO CT 38 - SỞ NN&MT.docx'
    d = dept_doc('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '2456/BC-SNNMT', 'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026',
                 ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                  'trong lĩnh vực nông nghiệp và môi trường'],
                 recipients=('Sở Khoa học và Công nghệ;', 'Chi cục Tiêu chuẩn Đo lường Chất lượng.'))
    para(d, f'Thực hiện {KH}, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện năm 2026 như sau:')
    head(d, 'I. TÌNH HÌNH TRIỂN KHAI')
    para(d, 'Sở đã giao Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y, Chi cục Quản lý chất lượng nông lâm thủy sản triển khai các nội dung được phân công; ban hành 03 văn bản hướng dẫn chuyên môn.')
    head(d, 'II. KẾT QUẢ ĐẠT ĐƯỢC')
    head(d, '1. Tuyên truyền, tập huấn', bold=True)
    para(d, 'a) Tổ chức 04 lớp tập huấn cho 320 lượt nông dân, chủ cơ sở kinh doanh về ghi nhãn phân bón, thuốc bảo vệ thực vật và công bố hợp quy; đăng 28 tin, bài, phóng sự trên các phương tiện thông tin đại chúng. Hoàn thành.', indent=1.0)
    head(d, '2. Truy xuất nguồn gốc nông sản', bold=True)
    para(d, 'a) Triển khai Đề án 100 trên địa bàn, Sở đã hỗ trợ 37 hợp tác xã, doanh nghiệp nông nghiệp ứng dụng mã QR truy xuất nguồn gốc cho 214 sản phẩm nông sản chủ lực; kinh phí thực hiện 265.000.000 VNĐ.')
    para(d, 'b) Tiến độ: đang triển khai, dự kiến hoàn thành trong tháng 12/2026.')
    head(d, '3. Hỗ trợ áp dụng quy trình sản xuất tốt', bold=True)
    para(d, 'Hướng dẫn, hỗ trợ 58 cơ sở sản xuất được cấp giấy chứng nhận VietGAP, GlobalGAP với tổng diện tích 1.240,5 ha. Hoàn thành.')
    head(d, '4. Kiểm tra chất lượng vật tư nông nghiệp', bold=True)
    p = para(d, 'Thông qua 09 đoàn kiểm tra liên ngành, đã kiểm tra 312 cơ sở sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; lấy 96 mẫu phân tích chất lượng, phát hiện 11 mẫu không đạt; xử lý vi phạm hành chính 23 cơ sở với tổng số tiền 417.300.000 đồng. Nhiệm vụ được duy trì thường xuyên.')
    comment_on(d, p, 'Số liệu đã thống nhất với Chi cục Trồng trọt và BVTV ngày 03/11.', 'Võ Thị Ngọc Hân', 'VH')
    head(d, '5. Quy chuẩn kỹ thuật', bold=True)
    para(d, 'Góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Nông nghiệp và Môi trường chủ trì soạn thảo; đối với Quy chuẩn kỹ thuật địa phương về nước thải chăn nuôi: đang xây dựng dự thảo.')
    head(d, 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')
    diffs = ['Nhiều hợp tác xã, tổ hợp tác quy mô nhỏ chưa đủ nguồn lực duy trì hệ thống truy xuất nguồn gốc sau khi hết thời gian hỗ trợ.',
             'Chi phí phân tích mẫu phân bón, thuốc bảo vệ thực vật cao trong khi kinh phí được giao hạn chế.',
             'Sau sắp xếp tổ chức bộ máy, một số công chức mới được phân công chưa có kinh nghiệm kiểm tra chuyên ngành.']
    for x in diffs:
        bullet(d, x)
    head(d, 'IV. PHƯƠNG HƯỚNG')
    para(d, 'Hoàn thành hỗ trợ truy xuất nguồn gốc năm 2026; tiếp tục kiểm tra vật tư nông nghiệp dịp vụ Đông Xuân 2026 - 2027.')
    head(d, 'V. KIẾN NGHỊ')
    props = ['Kính đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí lấy mẫu phân tích chất lượng vật tư nông nghiệp năm 2027.',
             'Đề nghị Bộ Nông nghiệp và Môi trường sớm ban hành hướng dẫn thống nhất về tem truy xuất nguồn gốc nông sản.']
    for x in props:
        bullet(d, x)
    closing(d, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, KHTC.'],
            ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Huỳnh Văn Phước')
    save(d, fn)
    truth(fn, 'SO-NNMT', '2456/BC-SNNMT', '2026-11-06', [
        E('II.1.a', 'completed', training_courses=4, participants=320, communications=28),
        E('II.2.a', 'in_progress', enterprises_supported=37, budget_spent_vnd=265000000),
        E('II.2.d', 'completed', enterprises_supported=58),
        E('II.5.a', 'in_progress', inspections=9, establishments_inspected=312, samples_tested=96, violations=23, fines_vnd=417300000),
        E('II.2.e', 'in_progress', standards_reviewed=4),
    ], diffs, props)


# ============================================================== 5. Sở An toàn thực phẩm (re-saved in LibreOffice; day left blank)
def so_attp():
    fn = 'BC-SATTP-CT38-2026.docx'
    d = dept_doc('SỞ AN TOÀN THỰC PHẨM', '318/BC-SATTP', 'Thành phố Hồ Chí Minh, ngày      tháng 10 năm 2026',
                 ['Kết quả thực hiện các nhiệm vụ về tiêu chuẩn, chất lượng thực phẩm',
                  'theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'])
    para(d, f'Thực hiện {KH}, Sở An toàn thực phẩm báo cáo như sau:')
    head(d, 'I. TÌNH HÌNH TRIỂN KHAI')
    para(d, 'Sở đã lồng ghép các nội dung của Kế hoạch vào Kế hoạch bảo đảm an toàn thực phẩm năm 2026 của Thành phố (Kế hoạch số 45/KH-SATTP ngày 16 tháng 01 năm 2026).')
    head(d, 'II. KẾT QUẢ ĐẠT ĐƯỢC')
    para(d, '1. Tuyên truyền, tập huấn: tổ chức 06 lớp tập huấn kiến thức về ghi nhãn, tự công bố sản phẩm thực phẩm cho 742 lượt người; đăng tải 45 tin, bài trên trang thông tin của Sở. Hoàn thành.')
    para(d, '2. Hướng dẫn tự công bố sản phẩm: hướng dẫn 93 doanh nghiệp thực hiện tự công bố, công bố phù hợp quy chuẩn; tiếp nhận 2.614 hồ sơ tự công bố sản phẩm. Đang thực hiện.')
    para(d, '3. Kiểm tra chất lượng, ghi nhãn thực phẩm: tổ chức 15 đoàn kiểm tra tại 486 cơ sở sản xuất, kinh doanh thực phẩm; phát hiện 52 cơ sở vi phạm, xử phạt vi phạm hành chính 1.286.500.000 đồng. Đang thực hiện.')
    para(d, '4. Giám sát, cảnh báo: lấy 1.120 mẫu thực phẩm lưu thông trên thị trường để giám sát chỉ tiêu an toàn và chất lượng, công bố cảnh báo 07 sản phẩm không đạt. Đã hoàn thành kế hoạch giám sát năm 2026.')
    para(d, '5. Phối hợp với phường, xã, đặc khu: hướng dẫn 168 phường, xã, đặc khu thực hiện kiểm tra theo phân cấp; phối hợp 27 cuộc kiểm tra với Ủy ban nhân dân phường, xã. Đang thực hiện.')
    head(d, 'III. KHÓ KHĂN, VƯỚNG MẮC')
    diffs = ['Số lượng cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ lớn, thường xuyên thay đổi địa điểm, gây khó khăn cho công tác quản lý.',
             'Mạng lưới kiểm nghiệm thực phẩm của Thành phố chưa đáp ứng yêu cầu kiểm nghiệm nhanh tại hiện trường.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'IV. ĐỀ XUẤT, KIẾN NGHỊ')
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa có liên quan đến thực phẩm để phối hợp cảnh báo người tiêu dùng.']
    for x in props:
        para(d, '- ' + x)
    closing(d, ['- Như trên;', '- Lưu: VT, NVTT.'], ['GIÁM ĐỐC'], 'Phạm Khánh Phong Lan')
    save(d, fn)
    truth(fn, 'SO-ATTP', '318/BC-SATTP', None, [
        E('II.1.a', 'completed', training_courses=6, participants=742, communications=45),
        E('II.2.d', 'in_progress', enterprises_supported=93),
        E('II.5.a', 'in_progress', inspections=15, establishments_inspected=486, violations=52, fines_vnd=1286500000),
        E('II.5.b', 'completed', samples_tested=1120),
        E('II.5.c', 'in_progress', inspections=27),
    ], diffs, props)
    return fn


# ============================================================== 6. Sở Giáo dục và Đào tạo (6 months, short)
def so_gddt():
    fn = 'So GDDT - bao cao CT38 (6 thang).docx'
    d = dept_doc('SỞ GIÁO DỤC VÀ ĐÀO TẠO', '1502/BC-SGDĐT', 'Thành phố Hồ Chí Minh, ngày 24 tháng 6 năm 2026',
                 ['Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch triển khai',
                  'Chỉ thị số 38-CT/TW của Ban Bí thư trong ngành Giáo dục và Đào tạo'])
    para(d, 'Thực hiện Kế hoạch số 215/KH-SKHCN của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo sơ kết 6 tháng đầu năm 2026 như sau:')
    head(d, 'I. KẾT QUẢ THỰC HIỆN')
    para(d, '1. Đào tạo, bồi dưỡng cho người học: phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 lớp tập huấn về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch và truy xuất nguồn gốc cho 410 học sinh, sinh viên của các trường trung cấp, cao đẳng. Đang thực hiện, dự kiến tổ chức thêm 02 lớp trong Quý III/2026.')
    para(d, '2. Hệ thống quản lý chất lượng tại cơ quan Sở: Sở đã hoàn thành việc xây dựng, công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với 87 thủ tục hành chính sau khi tiếp nhận chức năng quản lý giáo dục nghề nghiệp.')
    para(d, '3. Vận động tham dự Giải thưởng Chất lượng Quốc gia: không phát sinh đối với ngành Giáo dục và Đào tạo.')
    para(d, 'Toàn ngành hiện có 2.365 cơ sở giáo dục; 100% cơ sở đã được phổ biến Kế hoạch.')
    head(d, 'II. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT')
    diffs = ['Chương trình đào tạo của các trường trung cấp, cao đẳng chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng; giảng viên chưa được bồi dưỡng chuyên sâu.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ tài liệu và báo cáo viên cho các lớp tập huấn tại trường.']
    para(d, 'Khó khăn:', indent=1.0, italic=True)
    for x in diffs:
        bullet(d, x)
    para(d, 'Đề xuất:', indent=1.0, italic=True)
    for x in props:
        bullet(d, x)
    closing(d, ['- Như trên;', '- Lưu: VT, GDNN.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Bảo Quốc')
    save(d, fn)
    truth(fn, 'SO-GDDT', '1502/BC-SGDĐT', '2026-06-24', [
        E('II.3.d', 'in_progress', training_courses=3, participants=410),
        E('II.2.đ', 'completed'),
        E('II.1.b', 'not_applicable'),
    ], diffs, props)


# ============================================================== 7. Thanh tra Thành phố (re-saved in LibreOffice)
def thanh_tra():
    fn = 'TTTP_BC thuc hien CT38_2026.docx'
    d = new_doc(size=13)
    header_block(d, [('ỦY BAN NHÂN DÂN', False), ('THÀNH PHỐ HỒ CHÍ MINH', False), ('THANH TRA THÀNH PHỐ', True)],
                 so='412/BC-TTTP', date_line='Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026')
    title(d, 'BÁO CÁO', ['Kết quả thực hiện nhiệm vụ thanh tra chuyên ngành về tiêu chuẩn, đo lường,',
                         'chất lượng năm 2026 theo Kế hoạch triển khai Chỉ thị số 38-CT/TW'], size=13)
    kinh_gui(d, ['Sở Khoa học và Công nghệ'], size=13)
    para(d, 'Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ, Thanh tra Thành phố báo cáo kết quả như sau:')
    head(d, 'I. CÔNG TÁC CHỈ ĐẠO')
    para(d, 'Từ ngày 01/7/2025, Thanh tra Thành phố tiếp nhận chức năng thanh tra chuyên ngành từ các sở; Chánh Thanh tra đã phân công Phòng Thanh tra kinh tế - xã hội số 2 phụ trách lĩnh vực khoa học và công nghệ.')
    head(d, 'II. KẾT QUẢ THỰC HIỆN')
    para(d, '1. Thanh tra chuyên ngành về đo lường, chất lượng: thực hiện 03 cuộc thanh tra đối với 19 doanh nghiệp kinh doanh vàng trang sức, mỹ nghệ; phát hiện 07 doanh nghiệp vi phạm (hàm lượng vàng thấp hơn công bố, cân chưa kiểm định), ban hành quyết định xử phạt với tổng số tiền 245.000.000 đồng. Đã hoàn thành 03/03 cuộc theo Kế hoạch thanh tra năm 2026.')
    para(d, '2. Góp ý dự thảo Luật Đo lường (sửa đổi): Thanh tra Thành phố đã có văn bản góp ý gửi Sở Tư pháp tổng hợp. Hoàn thành.')
    para(d, '3. Tiếp nhận, xử lý tố giác: trong năm tiếp nhận 1.356 đơn thư các loại, trong đó không có đơn tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng; không phát sinh vụ việc tham nhũng, tiêu cực trong lĩnh vực này.')
    head(d, 'III. KHÓ KHĂN, VƯỚNG MẮC')
    diffs = ['Sau khi tiếp nhận chức năng thanh tra chuyên ngành từ các sở, lực lượng thanh tra viên có chuyên môn về đo lường, chất lượng còn thiếu.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'IV. KIẾN NGHỊ')
    props = ['Đề nghị Sở Khoa học và Công nghệ cử công chức có chuyên môn tham gia các đoàn thanh tra chuyên ngành về tiêu chuẩn, đo lường, chất lượng.',
             'Kiến nghị Thanh tra Chính phủ và Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn về trình tự thanh tra chuyên ngành sau sắp xếp.']
    for x in props:
        para(d, '- ' + x)
    closing(d, ['- Như trên;', '- Chánh Thanh tra (để b/c);', '- Lưu: VT, P.KTXH2.'],
            ['KT. CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA'], 'Đỗ Minh Tuấn')
    save(d, fn)
    truth(fn, 'THANHTRA-TP', '412/BC-TTTP', '2026-11-04', [
        E('II.5.a', 'completed', inspections=3, establishments_inspected=19, violations=7, fines_vnd=245000000),
        E('II.2.c', 'completed'),
        E('II.5.d', 'not_applicable'),
    ], diffs, props)
    return fn


def build():
    so_cong_thuong()
    so_y_te()
    so_xay_dung()
    so_nnmt()
    resave = [so_attp()]
    so_gddt()
    resave.append(thanh_tra())
    return resave
