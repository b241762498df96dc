# -*- coding: utf-8 -*-
# Report data for set73; key_text = the passage an officer would cite for the task.
REPORTS = []

def E(task, status, ind, key_text, **kw):
    d = dict(task=task, status=status, ind=ind, key_text=key_text); d.update(kw); return d

# ============================ HAND A — Thu: report "bổ sung, điều chỉnh số liệu"
def A_entry(task, status, ind, head, paras):
    return E(task, status, ind, paras[0], head=head, paras=paras)

REPORTS.append(dict(
    hand='A', file='bc-ct38-tt-phan-tich-thi-nghiem.docx',
    unit_id='SKHCN-TTPTTN', unit_name='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_caps='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH',
    number='412/BC-TTPTTN', date='2026-10-27',
    title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    subtitle='(Báo cáo này thay thế Báo cáo số 365/BC-TTPTTN ngày 25/9/2026, bổ sung và điều chỉnh một số số liệu)',
    to='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    intro=['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, ngày 25/9/2026 Trung tâm đã gửi Báo cáo số 365/BC-TTPTTN. Do số liệu kiểm định tháng 9 và số liệu giải ngân chưa được khóa sổ tại thời điểm đó, Trung tâm báo cáo lại đầy đủ như sau; các số liệu có thay đổi được ghi rõ “nay điều chỉnh”.'],
    entries=[
        A_entry('II.4.a', 'in_progress', {'budget_spent_vnd': 2184500000},
            'Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, kiểm định',
            ['Trung tâm đã hoàn tất mua sắm 03 hệ thống thiết bị thử nghiệm mới (máy quang phổ ICP-MS, hệ thống sắc ký khí khối phổ, bộ chuẩn áp suất) và đưa vào hiệu chuẩn trước khi sử dụng; kinh phí đã giải ngân 2.184.500.000 đồng (Báo cáo số 365 ghi 1.950.000.000 đồng, nay điều chỉnh do đã thanh toán đợt 2 hợp đồng bộ chuẩn áp suất). Gói thiết bị phòng thử nghiệm điện – điện tử đang trình thẩm định giá, nhiệm vụ đang tiếp tục thực hiện.']),
        A_entry('II.2.g', 'in_progress', {'instruments_verified': 18426, 'samples_tested': 2917},
            'Mở rộng năng lực dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
            ['Từ đầu năm đến 30/9/2026, Trung tâm đã kiểm định, hiệu chuẩn 18.426 phương tiện đo (Báo cáo số 365 ghi 15.310 phương tiện, nay điều chỉnh do cộng thêm số liệu tháng 9) và thử nghiệm 2.917 mẫu sản phẩm, hàng hóa phục vụ quản lý nhà nước và nhu cầu doanh nghiệp. Trung tâm đang hoàn thiện hồ sơ mở rộng phạm vi chỉ định thêm 04 lĩnh vực thử nghiệm; nội dung này đang thực hiện.']),
        A_entry('II.4.c', 'completed', {},
            'Duy trì liên kết chuẩn đo lường',
            ['Đã gửi hiệu chuẩn toàn bộ chuẩn đo lường chính của Trung tâm lên chuẩn quốc gia theo chu kỳ năm 2026, bảo đảm tính liên kết chuẩn. Nhiệm vụ năm 2026 đã hoàn thành.']),
        A_entry('II.3.a', 'completed', {'participants': 7},
            'Cử viên chức tham gia đào tạo, tập huấn chuyên sâu',
            ['Trung tâm đã cử 07 lượt viên chức tham gia 02 khóa đào tạo chuyên sâu về đánh giá độ không đảm bảo đo và ISO/IEC 17025:2017 do Viện Đo lường Việt Nam tổ chức (Báo cáo số 365 ghi 05 lượt, nay điều chỉnh). Hoàn thành theo kế hoạch năm.']),
    ],
    corr_old_head='Đã báo cáo tại BC số 365',
    corr=[['Kinh phí đầu tư thiết bị đã giải ngân', '1.950.000.000 đồng', '2.184.500.000 đồng', 'Thanh toán đợt 2 hợp đồng bộ chuẩn áp suất'],
          ['Phương tiện đo đã kiểm định, hiệu chuẩn', '15.310', '18.426', 'Cộng số liệu tháng 9/2026'],
          ['Lượt viên chức được cử đi đào tạo', '05', '07', 'Bổ sung 02 lượt tham dự khóa tháng 9']],
    diffs=['Một số thiết bị thử nghiệm nhập khẩu có thời gian giao hàng kéo dài 6–8 tháng, ảnh hưởng tiến độ giải ngân.',
           'Nhân lực có chứng chỉ kiểm định viên đo lường còn thiếu so với khối lượng phương tiện đo cần kiểm định.'],
    props=['Đề nghị Sở xem xét bổ sung chỉ tiêu tuyển dụng 03 kiểm định viên cho Trung tâm trong năm 2027.',
           'Đề nghị Chi cục thông tin sớm danh mục phương tiện đo nhóm 2 cần ưu tiên kiểm định để Trung tâm chủ động bố trí lực lượng.'],
    luu='HCTH', signer=['GIÁM ĐỐC', '', '', 'Lê Thị Ngọc Hân']))

REPORTS.append(dict(
    hand='A', file='bc-ct38-phong-ktpc.docx',
    unit_id='SKHCN-KTPC', unit_name='Phòng Kiểm tra – Pháp chế',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_caps='PHÒNG KIỂM TRA – PHÁP CHẾ',
    number='58/BC-KTPC', date='2026-10-29',
    title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    subtitle='(Bổ sung, điều chỉnh số liệu so với Báo cáo số 41/BC-KTPC ngày 30/6/2026)',
    to='Chi cục Tiêu chuẩn Đo lường Chất lượng',
    intro=['Phòng Kiểm tra – Pháp chế là đơn vị phối hợp ở các nội dung kiểm tra, giám sát và hoàn thiện văn bản pháp luật của Kế hoạch. Trên cơ sở số liệu đã báo cáo 6 tháng, Phòng cập nhật kết quả đến ngày 25/10/2026 như sau.'],
    entries=[
        A_entry('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 64, 'violations': 11, 'fines_vnd': 187500000},
            'Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông',
            ['Phòng đã phối hợp với Chi cục tham gia 09 cuộc kiểm tra liên ngành, kiểm tra 64 cơ sở kinh doanh xăng dầu, vàng trang sức, mũ bảo hiểm và đồ chơi trẻ em; phát hiện 11 cơ sở vi phạm, tham mưu xử phạt tổng số tiền 187.500.000 đồng (Báo cáo số 41 ghi 142.000.000 đồng, nay điều chỉnh do bổ sung 03 quyết định xử phạt ban hành trong tháng 7). Công tác kiểm tra tiếp tục thực hiện đến cuối năm.']),
        A_entry('II.5.b', 'in_progress', {'samples_tested': 36},
            'Phối hợp khảo sát chất lượng sản phẩm, hàng hóa',
            ['Phối hợp lấy 36 mẫu xăng, dầu diesel và khí dầu mỏ hóa lỏng để khảo sát chất lượng; đã có kết quả thử nghiệm 28 mẫu, còn 08 mẫu đang chờ kết quả. Nội dung đang thực hiện.']),
        A_entry('II.2.c', 'completed', {},
            'Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng',
            ['Phòng đã chủ trì thẩm định, góp ý 02 dự thảo văn bản gồm dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo Thông tư về đo lường đối với phương tiện đo nhóm 2; đã gửi văn bản góp ý đúng hạn. Hoàn thành.']),
        A_entry('II.5.d', 'not_applicable', {},
            'Khen thưởng, bảo vệ người tố giác vi phạm',
            ['Trong kỳ không có đơn, thư tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng; không phát sinh trường hợp cần khen thưởng hoặc bảo vệ người tố giác.']),
        A_entry('II.4.b', 'completed', {'instruments_verified': 14},
            'Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
            ['Phối hợp Chi cục rà soát và đưa đi kiểm định, hiệu chuẩn 14 phương tiện, thiết bị kỹ thuật nghiệp vụ (cân, bình chuẩn kim loại, thiết bị đo độ tinh khiết vàng) phục vụ kiểm tra; đã hoàn thành trong tháng 8/2026.']),
    ],
    corr_old_head='Đã báo cáo tại BC số 41',
    corr=[['Tiền xử phạt vi phạm hành chính', '142.000.000 đồng', '187.500.000 đồng', 'Bổ sung 03 quyết định xử phạt tháng 7/2026'],
          ['Cơ sở được kiểm tra', '41', '64', 'Cộng số liệu quý III']],
    diffs=['Việc phối hợp lấy mẫu với các phường còn phụ thuộc lịch của Chi cục, nhiều đợt phải điều chỉnh thời gian.',
           'Chưa có phần mềm dùng chung theo dõi quyết định xử phạt giữa Phòng và Chi cục nên số liệu phải đối chiếu thủ công.'],
    props=['Đề nghị xây dựng sổ theo dõi điện tử dùng chung về kết quả kiểm tra, xử phạt giữa Phòng Kiểm tra – Pháp chế và Chi cục.'],
    luu='KTPC', signer=['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', '', '', 'Trần Minh Khôi']))

REPORTS.append(dict(
    hand='A', file='so-cong-thuong-bc-ct38.docx',
    unit_id='SO-CT', unit_name='Sở Công Thương',
    parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unit_caps='SỞ CÔNG THƯƠNG',
    number='7315/BC-SCT', date='2026-10-30',
    title='Tình hình phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ',
    subtitle='(Kèm theo bảng điều chỉnh số liệu đã báo cáo tại Công văn số 5120/SCT-QLTM ngày 10/7/2026)',
    to='Sở Khoa học và Công nghệ',
    intro=['Sở Công Thương nhận được đề nghị báo cáo của Sở Khoa học và Công nghệ. Sở Công Thương báo cáo kết quả các nội dung có liên quan đến chức năng của Sở như sau:'],
    entries=[
        A_entry('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 118, 'violations': 17, 'fines_vnd': 243000000},
            'Kiểm tra chất lượng hàng hóa lưu thông trên thị trường (xăng dầu, khí, phân bón)',
            ['Sở đã chủ trì 06 đợt kiểm tra chuyên ngành về chất lượng xăng dầu, khí dầu mỏ hóa lỏng và phân bón, kiểm tra 118 cơ sở; phát hiện 17 cơ sở vi phạm, xử phạt 243.000.000 đồng (Công văn số 5120 ghi 96 cơ sở, nay điều chỉnh do tổng hợp thêm đợt kiểm tra tháng 8). Nội dung đang tiếp tục thực hiện theo kế hoạch kiểm tra năm.']),
        A_entry('II.2.e', 'completed', {'standards_reviewed': 3},
            'Góp ý quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương',
            ['Sở đã có văn bản góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia (QCVN về an toàn chai chứa khí LPG, QCVN về xăng sinh học E10, QCVN về dây cáp điện) theo đề nghị của Bộ Công Thương. Đã hoàn thành.']),
        A_entry('II.1.a', 'completed', {'training_courses': 1, 'participants': 145},
            'Phối hợp tập huấn, phổ biến văn bản cho doanh nghiệp',
            ['Phối hợp với Chi cục tổ chức 01 hội nghị phổ biến quy định về đo lường, chất lượng trong kinh doanh xăng dầu cho 145 đại biểu là thương nhân phân phối, tổng đại lý và cửa hàng xăng dầu. Đã hoàn thành.']),
        A_entry('II.3.a', 'not_started', {},
            'Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng',
            ['Sở chưa cử công chức tham gia do lớp tập huấn của Chi cục dự kiến tổ chức vào tháng 11/2026; Sở sẽ cử công chức Phòng Quản lý thương mại tham dự.']),
    ],
    corr_old_head='Đã báo cáo tại CV số 5120',
    corr=[['Số cơ sở được kiểm tra', '96', '118', 'Tổng hợp thêm đợt kiểm tra tháng 8/2026'],
          ['Số cơ sở vi phạm', '12', '17', 'Như trên']],
    sec_kk='III. KHÓ KHĂN', sec_dx='IV. KIẾN NGHỊ',
    diffs=['Kinh phí lấy mẫu, thử nghiệm chất lượng xăng dầu bố trí trong dự toán còn hạn chế.'],
    props=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu của Chi cục để hai Sở tránh trùng lặp địa bàn kiểm tra.'],
    luu='VT, QLTM', signer=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Thanh Tùng']))

REPORTS.append(dict(
    hand='A', file='bc-so-y-te-ct38-2026.docx',
    unit_id='SO-YT', unit_name='Sở Y tế',
    parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unit_caps='SỞ Y TẾ',
    number='9841/BC-SYT', date='2026-10-26',
    title='Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    subtitle='(Cập nhật, điều chỉnh số liệu Báo cáo 6 tháng số 4977/BC-SYT ngày 02/7/2026)',
    to='Sở Khoa học và Công nghệ',
    intro=['Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Sở Y tế báo cáo như sau:'],
    entries=[
        A_entry('II.2.đ', 'completed', {},
            'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
            ['Sở Y tế đã hoàn thành đánh giá nội bộ, họp xem xét của lãnh đạo và công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi cập nhật 27 quy trình giải quyết thủ tục hành chính. Đã hoàn thành.']),
        A_entry('II.2.e', 'in_progress', {'standards_reviewed': 5},
            'Góp ý tiêu chuẩn, quy chuẩn kỹ thuật trong lĩnh vực y tế',
            ['Sở đã góp ý 05 dự thảo tiêu chuẩn, quy chuẩn (TCVN về trang thiết bị y tế, QCVN về nước sạch sử dụng cho mục đích sinh hoạt và dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch) (Báo cáo số 4977 ghi 02 dự thảo, nay điều chỉnh). Việc xây dựng quy chuẩn địa phương về nước sạch đang thực hiện.']),
        A_entry('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 52, 'violations': 6, 'fines_vnd': 96000000},
            'Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông',
            ['Thanh tra Sở đã thực hiện 04 cuộc kiểm tra chất lượng trang thiết bị y tế và mỹ phẩm tại 52 cơ sở kinh doanh, phát hiện 06 cơ sở vi phạm về nhãn hàng hóa và công bố tiêu chuẩn áp dụng, xử phạt 96.000.000 đồng. Đang thực hiện.']),
        A_entry('II.3.a', 'completed', {'participants': 12},
            'Cử công chức tham gia tập huấn',
            ['Sở đã cử 12 công chức, viên chức tham dự lớp tập huấn nghiệp vụ quản lý chất lượng sản phẩm, hàng hóa do Chi cục tổ chức ngày 18/9/2026. Hoàn thành.']),
    ],
    corr_old_head='Đã báo cáo tại BC số 4977',
    corr=[['Số dự thảo tiêu chuẩn, quy chuẩn đã góp ý', '02', '05', 'Bổ sung 03 dự thảo góp ý trong quý III']],
    diffs=['Quy chuẩn kỹ thuật địa phương về chất lượng nước sạch cần nhiều ý kiến chuyên môn, thời gian lấy ý kiến kéo dài.'],
    props=['Đề nghị Sở Khoa học và Công nghệ cử chuyên gia hỗ trợ Sở Y tế trong quá trình thẩm định dự thảo quy chuẩn địa phương về nước sạch.',
           'Đề nghị tổ chức lớp tập huấn riêng về nhãn hàng hóa đối với trang thiết bị y tế.'],
    luu='VT, NVY', signer=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Phạm Đức Hải']))

# mistaken: VP Sở sends its administrative-reform report
REPORTS.append(dict(
    hand='A', file='bc-vp-so-cchc-quy-iii.docx', rejected='Báo cáo về công tác cải cách hành chính quý III/2026, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW',
    unit_id='SKHCN-VP', unit_name='Văn phòng Sở Khoa học và Công nghệ',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_caps='VĂN PHÒNG SỞ',
    number='203/BC-VP', date='2026-10-20',
    title='Kết quả thực hiện công tác cải cách hành chính quý III năm 2026',
    subtitle='(Điều chỉnh số liệu hồ sơ thủ tục hành chính so với Báo cáo số 166/BC-VP ngày 18/7/2026)',
    to='Giám đốc Sở Khoa học và Công nghệ',
    intro=['Văn phòng Sở báo cáo kết quả công tác cải cách hành chính quý III/2026 như sau:'],
    sec1='I. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH',
    entries=[
        A_entry('-', 'unknown', {}, 'Cải cách thủ tục hành chính',
            ['Trong quý, Sở tiếp nhận 3.418 hồ sơ thủ tục hành chính, đã giải quyết đúng hạn 3.402 hồ sơ (Báo cáo số 166 ghi 3.390 hồ sơ, nay điều chỉnh); tỷ lệ hồ sơ trực tuyến toàn trình đạt 91,6%.']),
        A_entry('-', 'unknown', {}, 'Cải cách tổ chức bộ máy',
            ['Hoàn thành rà soát quy chế làm việc của Sở sau sắp xếp; ban hành 02 quyết định sửa đổi chức năng, nhiệm vụ các phòng.']),
        A_entry('-', 'unknown', {}, 'Hiện đại hóa nền hành chính',
            ['Duy trì Hệ thống quản lý chất lượng ISO 9001:2015 tại bộ phận một cửa; triển khai ký số 100% văn bản đi.']),
    ],
    corr_old_head='Đã báo cáo tại BC số 166',
    corr=[['Hồ sơ giải quyết đúng hạn', '3.390', '3.402', 'Cập nhật hồ sơ trả kết quả ngày 30/9']],
    diffs=['Hệ thống thông tin giải quyết TTHC của Thành phố có lúc gián đoạn kết nối.'],
    props=['Đề nghị Sở Nội vụ sớm hướng dẫn bộ chỉ số CCHC năm 2026.'],
    luu='VP', signer=['CHÁNH VĂN PHÒNG', '', '', 'Đỗ Thị Mai']))

# ============================ HAND B — Phát: connector-chained paragraphs, "(03) cuộc"
def B(task, status, ind, text):
    return E(task, status, ind, text, para=text)

REPORTS.append(dict(
    hand='B', file='bc-ct38-phuong-ban-co.docx',
    unit_id='27154', unit_name='Phường Bàn Cờ',
    head_lines=['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÀN CỜ'], place='Bàn Cờ',
    number='186/BC-UBND', date='2026-10-22',
    title='Kết quả thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026 (theo Kế hoạch triển khai Chỉ thị số 38-CT/TW)',
    intro=['Ủy ban nhân dân phường Bàn Cờ báo cáo kết quả thực hiện như sau:'],
    entries=[
        B('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 27, 'violations': 4, 'fines_vnd': 9000000},
          'Trước hết, về thực hiện các nội dung được phân quyền quản lý nhà nước về đo lường, chất lượng, phường đã thành lập Tổ kiểm tra liên ngành và tổ chức (03) cuộc kiểm tra tại các chợ Bàn Cờ, chợ Vườn Chuối và các tuyến đường kinh doanh, kiểm tra (27) cơ sở, phát hiện (04) cơ sở sử dụng cân không đạt yêu cầu, xử phạt 9.000.000 đồng; việc này phường vẫn đang làm, dự kiến kiểm tra thêm đợt cuối năm.'),
        B('II.1.a', 'completed', {'training_courses': 1, 'participants': 86, 'communications': 12},
          'Bên cạnh đó, phường phối hợp Chi cục tổ chức (01) buổi phổ biến quy định về đo lường trong kinh doanh tại chợ cho (86) tiểu thương tham dự, đồng thời đăng (12) tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố; phần việc tuyên truyền năm nay phường đã làm xong.'),
        B('II.3.a', 'completed', {'participants': 3},
          'Ngoài ra, phường đã cử (03) công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức, đã làm xong.'),
        B('II.2.đ', 'in_progress', {},
          'Song song đó, phường đang cập nhật lại các quy trình ISO 9001:2015 cho phù hợp với mô hình chính quyền hai cấp, vẫn đang làm.'),
    ],
    diff_lead='Quá trình thực hiện, phường còn gặp một số khó khăn:',
    diffs=['Phường chưa được trang bị bộ quả cân chuẩn, khi kiểm tra phải mượn của Chi cục.',
           'Công chức làm công tác đo lường, chất lượng kiêm nhiệm nhiều việc.'],
    props=['Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn và cân đối chứng đặt tại chợ Bàn Cờ.',
           'Đề nghị tổ chức tập huấn thêm về kỹ năng lập biên bản vi phạm trong lĩnh vực đo lường.'],
    closing='Trên đây là báo cáo của Ủy ban nhân dân phường Bàn Cờ./.',
    noinhan=['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT.'],
    signer=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Võ Văn Phát']))

REPORTS.append(dict(
    hand='B', file='phuong-phu-loi-bao-cao-ct38.docx',
    unit_id='25750', unit_name='Phường Phú Lợi',
    head_lines=['UBND PHƯỜNG PHÚ LỢI', 'PHÒNG KINH TẾ'], place='Phú Lợi',
    number='92/BC-KT', date='2026-10-28',
    title='Kết quả triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
    intro=['Thực hiện đề nghị của Sở Khoa học và Công nghệ, Phòng Kinh tế phường Phú Lợi tổng hợp báo cáo như sau:'],
    entries=[
        B('II.1.a', 'completed', {'communications': 9, 'training_courses': 2, 'participants': 140},
          'Trước hết, công tác tuyên truyền được phường làm xong từ tháng 8: đã phát (09) bản tin trên hệ thống loa truyền thanh các khu phố, tổ chức (02) buổi nói chuyện chuyên đề về ghi nhãn hàng hóa và đo lường trong kinh doanh với (140) lượt hộ kinh doanh tham dự.'),
        B('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 4500000},
          'Tiếp theo, về phối hợp quản lý đo lường tại chợ Phú Lợi và chợ Phú Hòa, phường đã tổ chức (02) cuộc kiểm tra, kiểm tra (19) hộ kinh doanh, lập biên bản (02) trường hợp vi phạm, phạt tiền 4.500.000 đồng; phường vẫn đang làm việc này.'),
        B('II.5.a', 'not_applicable', {},
          'Còn việc kiểm tra chất lượng hàng hóa đóng gói sẵn tại các doanh nghiệp trên địa bàn thì trong năm không có phát sinh đề nghị phối hợp từ Chi cục.'),
        B('II.3.a', 'not_started', {},
          'Riêng việc cử công chức đi tập huấn nghiệp vụ thì phường chưa làm, do chưa nhận được thư mời.'),
    ],
    diff_lead='Khó khăn trong năm gồm:',
    diffs=['Chợ Phú Hòa đang sửa chữa, tiểu thương di dời tạm nên khó tổ chức kiểm tra.'],
    props=['Kính đề nghị Sở Khoa học và Công nghệ gửi thư mời tập huấn sớm để phường bố trí người tham dự.'],
    closing='Phòng Kinh tế phường Phú Lợi kính báo cáo./.',
    noinhan=['- Sở KH&CN;', '- UBND phường (b/c);', '- Lưu.'],
    signer=['TRƯỞNG PHÒNG', '', '', 'Huỳnh Tấn Lộc']))

REPORTS.append(dict(
    hand='B', file='bc-ct38-phuong-tam-thang.docx',
    unit_id='26526', unit_name='Phường Tam Thắng',
    head_lines=['ỦY BAN NHÂN DÂN', 'PHƯỜNG TAM THẮNG'], place='Tam Thắng',
    number='311/BC-UBND', date='2026-10-31',
    title='Về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    intro=['Ủy ban nhân dân phường Tam Thắng báo cáo kết quả như sau:'],
    entries=[
        B('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 33, 'violations': 5, 'fines_vnd': 12500000, 'instruments_verified': 41},
          'Trước hết, phường đã phối hợp Chi cục thực hiện xong kế hoạch kiểm tra đo lường năm 2026 với (04) cuộc kiểm tra tại chợ hải sản và các cửa hàng xăng dầu, kiểm tra (33) cơ sở, có (05) cơ sở vi phạm, phạt 12.500.000 đồng; đồng thời tổ chức kiểm định miễn phí (41) chiếc cân cho tiểu thương chợ Tam Thắng.'),
        B('II.1.a', 'completed', {'communications': 6},
          'Bên cạnh đó, phường đã làm xong việc tuyên truyền, phát hành (06) tin bài và treo băng rôn hưởng ứng Ngày Đo lường Việt Nam.'),
        B('II.2.d', 'in_progress', {'enterprises_supported': 3},
          'Ngoài ra, phường đang giới thiệu (03) cơ sở chế biến hải sản khô tham gia chương trình hỗ trợ áp dụng truy xuất nguồn gốc, việc này vẫn đang làm.'),
    ],
    diff_lead='Khó khăn:',
    diffs=['Nhiều hộ kinh doanh hải sản là người buôn bán nhỏ, thời vụ, khó quản lý việc sử dụng cân.'],
    props=['Đề nghị duy trì hoạt động kiểm định cân miễn phí tại chợ mỗi năm 02 đợt.'],
    closing='Trên đây là báo cáo của UBND phường Tam Thắng./.',
    noinhan=['- Chi cục TĐC;', '- Lưu: VT, KT.'],
    signer=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Lê Hoàng Nam']))

REPORTS.append(dict(
    hand='B', file='so-gddt-bc-ct38-2026.docx',
    unit_id='SO-GDDT', unit_name='Sở Giáo dục và Đào tạo',
    head_lines=['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], place='Thành phố Hồ Chí Minh',
    number='5562/BC-SGDĐT', date='2026-10-23',
    title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    intro=['Sở Giáo dục và Đào tạo báo cáo kết quả phối hợp thực hiện như sau:'],
    entries=[
        B('II.3.d', 'in_progress', {'training_courses': 3, 'participants': 420},
          'Trước hết, Sở đã phối hợp Chi cục và các trường trung cấp, cao đẳng trực thuộc tổ chức (03) buổi ngoại khóa về mã số mã vạch, truy xuất nguồn gốc và nhãn hàng hóa cho (420) học sinh, sinh viên; chương trình vẫn đang làm ở học kỳ I năm học 2026–2027.'),
        B('II.2.đ', 'completed', {},
          'Bên cạnh đó, Sở đã làm xong việc chuyển đổi Hệ thống quản lý chất lượng sang TCVN ISO 9001:2015 trên môi trường điện tử cho bộ phận một cửa.'),
        B('II.2.e', 'not_applicable', {},
          'Về góp ý quy chuẩn kỹ thuật, trong năm không có phát sinh dự thảo thuộc lĩnh vực giáo dục gửi Sở góp ý.'),
    ],
    diff_lead='Khó khăn:',
    diffs=['Thời gian ngoại khóa của học sinh ít, khó sắp xếp thêm chuyên đề.'],
    props=['Đề nghị Chi cục biên soạn tài liệu ngắn gọn, có hình ảnh để nhà trường sử dụng trong giờ sinh hoạt lớp.'],
    closing='Sở Giáo dục và Đào tạo kính báo cáo./.',
    noinhan=['- Sở KH&CN;', '- Lưu: VT, GDCN.'],
    signer=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Bảo Quốc']))

REPORTS.append(dict(
    hand='B', file='thanh-tra-tp-bc-ct38.docx',
    unit_id='THANHTRA-TP', unit_name='Thanh tra Thành phố',
    head_lines=['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'THANH TRA THÀNH PHỐ'], place='Thành phố Hồ Chí Minh',
    number='1204/BC-TTTP', date='2026-10-29',
    title='Kết quả thực hiện nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    intro=['Thanh tra Thành phố báo cáo như sau:'],
    entries=[
        B('II.5.d', 'in_progress', {},
          'Trước hết, về xử lý hành vi tiêu cực, vi phạm pháp luật trong lĩnh vực tiêu chuẩn, đo lường, chất lượng, Thanh tra Thành phố đã tiếp nhận và đang xác minh (02) đơn phản ánh liên quan đến việc kiểm định phương tiện đo không đúng quy trình; việc xác minh vẫn đang làm.'),
        B('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 8},
          'Bên cạnh đó, Thanh tra Thành phố đã làm xong (01) cuộc thanh tra trách nhiệm việc thực hiện pháp luật về đo lường, chất lượng tại (08) tổ chức kiểm định, thử nghiệm, kết luận đã ban hành tháng 9/2026.'),
    ],
    diff_lead='Khó khăn:',
    diffs=['Nội dung xác minh có tính chuyên môn kỹ thuật cao, cần trưng cầu giám định.'],
    props=['Đề nghị Sở Khoa học và Công nghệ cử cán bộ chuyên môn tham gia Tổ xác minh.'],
    closing='Thanh tra Thành phố báo cáo để Sở Khoa học và Công nghệ tổng hợp./.',
    noinhan=['- Sở KH&CN;', '- Lưu: VT, P4.'],
    signer=['KT. CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA', '', '', 'Trương Quang Vinh']))

# ============================ HAND C — Quang: update-log tracker, last update counts
def C(task, name, updates):
    last = updates[-1]
    st = {'Hoàn thành': 'completed', 'Đang làm': 'in_progress', 'Chưa làm': 'not_started', 'Không PS': 'not_applicable'}[last[1]]
    return E(task, st, dict(last[2]), last[3], name=name, updates=updates)

REPORTS.append(dict(
    hand='C', file='theo-doi-ct38-chi-cuc-tdc.xlsx',
    unit_id='SKHCN-CCTDC', unit_name='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_caps='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
    number='1187/BC-TĐC', date='2026-11-05',
    title='BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (kèm báo cáo)',
    cols=[('training_courses', 'Lớp/HN'), ('participants', 'Lượt người'), ('communications', 'Tin bài'),
          ('enterprises_supported', 'DN hỗ trợ'), ('inspections', 'Cuộc KT'), ('establishments_inspected', 'Cơ sở KT'),
          ('violations', 'Vi phạm'), ('fines_vnd', 'Tiền phạt (đ)'), ('samples_tested', 'Mẫu'), ('standards_reviewed', 'TC/QC')],
    entries=[
        C('II.1.a', 'Tập huấn văn bản QPPL cho DN, tọa đàm DN nhập khẩu', [
            ('15/4/2026', 'Đang làm', {'training_courses': 2, 'participants': 230}, 'Đã tổ chức 02 lớp tại Thủ Dầu Một, Bà Rịa'),
            ('20/7/2026', 'Đang làm', {'training_courses': 4, 'participants': 485}, 'Thêm 02 lớp tháng 6, 7'),
            ('30/10/2026', 'Hoàn thành', {'training_courses': 6, 'participants': 712}, 'Tổng 05 lớp tập huấn + 01 tọa đàm DN nhập khẩu (22/9)')]),
        C('II.1.b', 'Vận động DN tham dự GTCLQG', [
            ('15/4/2026', 'Đang làm', {'communications': 3}, 'Đăng thông báo, gửi thư mời'),
            ('30/6/2026', 'Hoàn thành', {'communications': 5, 'enterprises_supported': 14}, 'Hướng dẫn 14 DN lập hồ sơ; 05 tin bài')]),
        C('II.2.b', 'Hoạt động Giải thưởng CLQG 2026', [
            ('20/7/2026', 'Đang làm', {'enterprises_supported': 9}, 'Tiếp nhận 09 hồ sơ'),
            ('30/10/2026', 'Đang làm', {'enterprises_supported': 11}, 'Hội đồng sơ tuyển đã đánh giá 11 hồ sơ, chờ Hội đồng quốc gia')]),
        C('II.2.d', 'Hỗ trợ DN áp dụng HTQL tiên tiến, công bố hợp chuẩn/hợp quy', [
            ('20/7/2026', 'Đang làm', {'enterprises_supported': 21}, ''),
            ('30/10/2026', 'Đang làm', {'enterprises_supported': 38}, 'Hỗ trợ 38 DN (ISO 9001, ISO 22000, 5S, Kaizen)')]),
        C('II.2.e', 'Xây dựng, góp ý TCVN/QCVN; QCĐP', [
            ('30/10/2026', 'Đang làm', {'standards_reviewed': 17}, 'Góp ý 15 dự thảo TCVN, 02 QCVN; QCĐP về nước sạch đang soạn')]),
        C('II.5.a', 'Kiểm tra TC-ĐL-CL hàng hóa lưu thông, nhập khẩu', [
            ('30/6/2026', 'Đang làm', {'inspections': 7, 'establishments_inspected': 96, 'violations': 12, 'fines_vnd': 168000000}, ''),
            ('30/10/2026', 'Đang làm', {'inspections': 13, 'establishments_inspected': 171, 'violations': 23, 'fines_vnd': 352750000}, 'Lũy kế 10 tháng; còn 02 đoàn tháng 11')]),
        C('II.5.b', 'Khảo sát chất lượng SP, HH', [
            ('30/6/2026', 'Đang làm', {'samples_tested': 64}, 'Xăng dầu, LPG'),
            ('30/10/2026', 'Hoàn thành', {'samples_tested': 150}, 'Xong 150 mẫu (xăng dầu, LPG, đồ chơi, mũ BH), đã thông báo kết quả')]),
        C('II.6.b', 'Phối hợp APO về năng suất khu vực công', [
            ('30/10/2026', 'Không PS', {}, 'Chưa có yêu cầu từ Ủy ban TCĐLCL Quốc gia')]),
    ],
    diffs=['Biên chế thanh tra viên, kiểm soát viên của Chi cục chưa tương xứng địa bàn Thành phố sau hợp nhất.',
           'Kinh phí khảo sát chất lượng chỉ đủ cho khoảng 150 mẫu/năm.'],
    props=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 để mở rộng sang nhóm hàng điện – điện tử.',
           'Đề nghị các phường, xã cử đầu mối phối hợp thường trực về đo lường tại chợ.'],
    signer=['CHI CỤC TRƯỞNG', 'Ngô Minh Tâm'], maker='Trần Văn Quang'))

REPORTS.append(dict(
    hand='C', file='theo-doi-ct38-phong-qlkh.xlsx',
    unit_id='SKHCN-QLKH', unit_name='Phòng Quản lý Khoa học',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_caps='PHÒNG QUẢN LÝ KHOA HỌC',
    number='77/BC-QLKH', date='2026-10-28',
    title='THEO DÕI THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH CT38 NĂM 2026',
    cols=[('training_courses', 'Khóa/HT'), ('participants', 'Lượt người'), ('enterprises_supported', 'DN/TC')],
    entries=[
        C('II.3.c', 'Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC (NQ 27/2023, QĐ 05/2026)', [
            ('30/6/2026', 'Đang làm', {}, 'Đã rà soát nhu cầu, đăng thông báo'),
            ('25/10/2026', 'Đang làm', {}, 'Đã thẩm định hồ sơ 02 chuyên gia đo lường, trình UBND TP')]),
        C('II.3.b', 'Phối hợp bồi dưỡng chuyên sâu năng suất, chất lượng', [
            ('30/6/2026', 'Chưa làm', {}, ''),
            ('25/10/2026', 'Hoàn thành', {'training_courses': 1, 'participants': 65}, '01 hội thảo mạng lưới chuyên gia năng suất, 65 đại biểu')]),
        C('II.6.b', 'Thúc đẩy năng suất dựa trên KH-CN, ĐMST', [
            ('25/10/2026', 'Đang làm', {'enterprises_supported': 4}, '04 DN tham gia nhiệm vụ KH&CN về năng suất')]),
    ],
    diffs=['Mức thu nhập theo Nghị quyết 27/2023 chưa đủ hấp dẫn chuyên gia đo lường có kinh nghiệm quốc tế.'],
    props=['Đề nghị Sở trình UBND Thành phố bổ sung lĩnh vực tiêu chuẩn đo lường chất lượng vào danh mục ưu tiên thu hút.'],
    signer=['TRƯỞNG PHÒNG', 'Đặng Thị Kim Oanh'], maker='Lâm Quang'))

REPORTS.append(dict(
    hand='C', file='theo-doi-ct38-phong-cds.xlsx',
    unit_id='SKHCN-CDS', unit_name='Phòng Chuyển đổi số',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_caps='PHÒNG CHUYỂN ĐỔI SỐ',
    number='49/BC-CĐS', date='2026-10-30',
    title='THEO DÕI TIẾN ĐỘ CÁC NHIỆM VỤ PHỐI HỢP - KẾ HOẠCH CT38/2026',
    cols=[('training_courses', 'Lớp'), ('participants', 'Lượt người')],
    entries=[
        C('II.2.h', 'Phối hợp hoàn thiện HTTT giải quyết TTHC về TĐC; liên thông Cổng một cửa quốc gia', [
            ('31/3/2026', 'Đang làm', {}, 'Khảo sát luồng dữ liệu'),
            ('30/6/2026', 'Hoàn thành', {}, 'Đã kết nối liên thông thủ tục kiểm tra nhà nước hàng nhập khẩu')]),
        C('II.2.i', 'Kết nối CSDL quốc gia về TC-ĐL-CL', [
            ('30/6/2026', 'Đang làm', {}, 'Chờ API của Bộ'),
            ('30/10/2026', 'Đang làm', {}, 'Đã thử nghiệm đồng bộ danh mục tiêu chuẩn; chưa chính thức vận hành')]),
        C('II.3.a', 'Cử công chức dự tập huấn TĐC', [
            ('30/10/2026', 'Hoàn thành', {'participants': 2}, '02 công chức dự lớp 18/9')]),
    ],
    diffs=['API kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn đo lường chất lượng chưa được Bộ công bố chính thức.'],
    props=['Đề nghị Chi cục phối hợp đề nghị Bộ Khoa học và Công nghệ cung cấp tài liệu kỹ thuật kết nối.'],
    signer=['TRƯỞNG PHÒNG', 'Phan Gia Huy'], maker='Q.'))

REPORTS.append(dict(
    hand='C', file='theo-doi-ct38-tt-cntt-dkg.xlsx',
    unit_id='SKHCN-TTCNTT', unit_name='Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_caps='TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN',
    number='133/BC-TTCNTT', date='2026-10-27',
    title='THEO DÕI NHIỆM VỤ PHỐI HỢP KẾ HOẠCH CT38 - NĂM 2026',
    cols=[('training_courses', 'Lớp'), ('participants', 'Lượt người'), ('budget_spent_vnd', 'Kinh phí (đ)')],
    entries=[
        C('II.2.i', 'Hạ tầng kết nối CSDL TĐC', [
            ('30/6/2026', 'Đang làm', {}, 'Cấp máy chủ ảo'),
            ('27/10/2026', 'Đang làm', {'budget_spent_vnd': 415000000}, 'Nâng cấp đường truyền, tường lửa; đã chi 415.000.000 đ')]),
        C('II.2.đ', 'Duy trì ISO 9001 tại Trung tâm', [
            ('27/10/2026', 'Hoàn thành', {}, 'Đánh giá nội bộ xong tháng 9')]),
        C('II.3.a', 'Cử viên chức dự tập huấn', [
            ('27/10/2026', 'Chưa làm', {}, 'Chưa bố trí được người')]),
    ],
    diffs=['Trung tâm thiếu nhân sự an toàn thông tin để vận hành thêm hệ thống kết nối.'],
    props=['Đề nghị Sở bố trí kinh phí thuê dịch vụ giám sát an toàn thông tin cho hệ thống cơ sở dữ liệu tiêu chuẩn đo lường chất lượng.'],
    signer=['GIÁM ĐỐC', 'Lưu Hoàng Sơn'], maker='Quang'))

# ============================ HAND D — Hạnh: "× … =" product figures, "Chưa đến thời điểm"
def D(task, status, ind, work, belongs, calc, word):
    return E(task, status, ind, work if calc in ('—', '') else work + ' – ' + calc, work=work, belongs=belongs, calc=calc, word=word)

REPORTS.append(dict(
    hand='D', file='so-nnmt-bc-ct38-2026.xlsx',
    unit_id='SO-NNMT', unit_name='Sở Nông nghiệp và Môi trường',
    parent='UBND THÀNH PHỐ HỒ CHÍ MINH', unit_caps='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    number='10452/BC-SNNMT', date='2026-10-24',
    title='BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
    entries=[
        D('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 36, 'violations': 5, 'fines_vnd': 78000000},
          'Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông',
          'Kiểm tra, giám sát chất lượng hàng hóa lưu thông',
          '03 đợt × 12 cơ sở = 36 cơ sở; vi phạm 05 cơ sở; phạt 78 triệu đồng', 'Vẫn đang tiếp tục'),
        D('II.2.d', 'in_progress', {'enterprises_supported': 24},
          'Hỗ trợ HTX, doanh nghiệp nông nghiệp áp dụng VietGAP, truy xuất nguồn gốc',
          'Hỗ trợ DN áp dụng HTQL, công bố chất lượng',
          '06 huyện cũ × 04 HTX = 24 HTX', 'Vẫn đang tiếp tục'),
        D('II.1.a', 'completed', {'training_courses': 2, 'participants': 120},
          'Tập huấn quy định ghi nhãn, công bố hợp quy phân bón cho đại lý',
          'Tập huấn văn bản QPPL về TĐC',
          '02 lớp × 60 người = 120 lượt', 'Đã thực hiện xong'),
        D('II.2.e', 'not_started', {},
          'Góp ý quy chuẩn kỹ thuật địa phương về chất lượng nước thải chăn nuôi',
          'Góp ý QCVN, xây dựng QCĐP', '—', 'Chưa đến thời điểm thực hiện'),
    ],
    kk_head='Vướng:', dx_head='Kiến nghị:',
    diffs=['Chi phí thử nghiệm mẫu phân bón cao, mỗi đợt chỉ lấy được ít mẫu.'],
    props=['Đề nghị Chi cục chia sẻ danh sách phòng thử nghiệm được chỉ định trong lĩnh vực phân bón.'],
    signer=['KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Lý Thị Hạnh Dung']))

REPORTS.append(dict(
    hand='D', file='so-xay-dung-ct38.xlsx',
    unit_id='SO-XD', unit_name='Sở Xây dựng',
    parent='UBND THÀNH PHỐ HỒ CHÍ MINH', unit_caps='SỞ XÂY DỰNG',
    number='8876/BC-SXD', date='2026-10-30',
    title='BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP - KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    entries=[
        D('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 20, 'violations': 3, 'fines_vnd': 45000000, 'samples_tested': 30},
          'Kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính) tại cửa hàng, công trình',
          'Kiểm tra chất lượng hàng hóa lưu thông',
          '02 đợt × 10 cơ sở = 20 cơ sở; lấy 30 mẫu; vi phạm 03; phạt 45.000.000 đ', 'Đã thực hiện xong'),
        D('II.2.e', 'completed', {'standards_reviewed': 4},
          'Góp ý dự thảo QCVN, TCVN về vật liệu xây dựng',
          'Góp ý QCVN/TCVN',
          '04 dự thảo', 'Đã thực hiện xong'),
        D('II.2.đ', 'in_progress', {},
          'Cập nhật HTQL chất lượng ISO 9001:2015 sau sáp nhập',
          'Áp dụng HTQLCL trong cơ quan HCNN', 'Đang rà soát quy trình', 'Vẫn đang tiếp tục'),
        D('II.3.a', 'not_applicable', {},
          'Cử công chức dự tập huấn TĐC',
          'Tập huấn nghiệp vụ cho công chức sở ngành', '—', 'Không thuộc phạm vi/không phát sinh'),
    ],
    kk_head='Vướng:', dx_head='Kiến nghị:',
    diffs=['Một số cửa hàng vật liệu xây dựng không xuất trình được giấy chứng nhận hợp quy của lô hàng.'],
    props=['Đề nghị Sở Khoa học và Công nghệ phối hợp cung cấp dữ liệu công bố hợp quy vật liệu xây dựng.'],
    signer=['KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Hồ Văn Thịnh']))

REPORTS.append(dict(
    hand='D', file='so-attp-bao-cao-tet.xlsx', rejected='Báo cáo kiểm tra an toàn thực phẩm dịp Tết Trung thu 2026, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW',
    unit_id='SO-ATTP', unit_name='Sở An toàn thực phẩm',
    parent='UBND THÀNH PHỐ HỒ CHÍ MINH', unit_caps='SỞ AN TOÀN THỰC PHẨM',
    number='2290/BC-SATTP', date='2026-10-12',
    title='BÁO CÁO KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM DỊP TẾT TRUNG THU NĂM 2026',
    heads=["TT", "Việc đã làm", "Nhóm sản phẩm", "Cách tính / số liệu", "Tình hình"],
    entries=[
        D('-', 'unknown', {}, 'Kiểm tra cơ sở sản xuất bánh trung thu', 'Bánh, mứt, kẹo', '05 đoàn × 08 cơ sở = 40 cơ sở; vi phạm 06', 'Đã thực hiện xong'),
        D('-', 'unknown', {}, 'Lấy mẫu xét nghiệm nhanh', 'Bánh trung thu, nhân bánh', '40 cơ sở × 02 mẫu = 80 mẫu', 'Đã thực hiện xong'),
        D('-', 'unknown', {}, 'Truyền thông ATTP mùa Trung thu', 'Tin bài', '18 tin bài', 'Đã thực hiện xong'),
    ],
    kk_head='Vướng:', dx_head='Kiến nghị:',
    diffs=['Nhiều cơ sở sản xuất thời vụ không đăng ký.'],
    props=['Đề nghị UBND các phường tăng cường hậu kiểm.'],
    signer=['KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Tô Minh Hạnh']))
