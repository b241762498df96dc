# -*- coding: utf-8 -*-
# Content of set 236: every report, its text pieces and its key.
# entry: (task, status, indicators, text, extra)  extra = staff / own-name / status word etc.

R = []

# ---------------- Hand A: ward office head Lê Thị Ngọc Diễm, report by staff member ----------
R.append(dict(
    file="26842_TangNhonPhu_BC_CT38.docx", hand="A", kind="docx",
    unit=("26842", "Phường Tăng Nhơn Phú"), number="287/BC-UBND", date="2026-11-10",
    datetext="Tăng Nhơn Phú, ngày 10 tháng 11 năm 2026",
    staff=[
        ("Đ/c Phạm Minh Khoa", "phụ trách kinh tế, thương mại", [
            ("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 8500000},
             "phối hợp Chi cục TĐC và Đội QLTT số 6 kiểm tra đo lường, chất lượng tại các chợ Tăng Nhơn Phú, Long Trường và các cửa hàng xăng dầu trên địa bàn, tổng cộng 04 cuộc, 27 cơ sở; phát hiện 03 cơ sở vi phạm (cân sai số vượt mức cho phép, không niêm yết), xử phạt 8,5 triệu đồng. Việc này đến nay đã làm xong theo kế hoạch năm của phường"),
            ("II.5.a", "in_progress", {"samples_tested": 6},
             "tham gia đoàn liên ngành kiểm tra hàng đóng gói sẵn dịp cuối năm, lấy 06 mẫu gửi thử nghiệm, hiện còn chờ kết quả nên chưa khép lại"),
        ]),
        ("Đ/c Võ Thị Thu Trang", "phụ trách văn hóa – thông tin", [
            ("II.1.a", "completed", {"communications": 14, "training_courses": 2, "participants": 135},
             "đăng 14 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố về đo lường, chất lượng hàng hóa; phối hợp tổ chức 02 buổi phổ biến văn bản cho hộ kinh doanh chợ với 135 lượt người dự. Phần tuyên truyền năm nay coi như đã xong"),
            ("II.1.b", "not_started", {},
             "riêng việc vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia thì phường chưa làm được do trên địa bàn chưa có doanh nghiệp đăng ký"),
        ]),
        ("Đ/c Nguyễn Hoàng Long", "phụ trách văn phòng, ISO", [
            ("II.2.đ", "in_progress", {},
             "đang rà soát, cập nhật lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục của phường sau sắp xếp, dự kiến xong trong tháng 12"),
            ("II.3.a", "completed", {"participants": 3},
             "cử 03 lượt công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức, đã tham dự đầy đủ"),
        ]),
    ],
    difficulties=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; các đồng chí đều kiêm nhiệm nhiều việc.",
                  "Chưa được trang bị cân đối chứng và phương tiện kiểm tra nhanh nên khi kiểm tra tại chợ phải mượn của Ban quản lý chợ."],
    proposals=["Đề nghị Chi cục TĐC hỗ trợ phường 02 cân đối chứng đặt tại chợ Tăng Nhơn Phú và chợ Long Trường.",
               "Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027."],
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Bảo"),
))

R.append(dict(
    file="25858_XaPhuGiao_baocao_CT38_11thang.docx", hand="A", kind="docx",
    unit=("25858", "Xã Phú Giáo"), number="154/BC-UBND", date="2026-11-07",
    datetext="Phú Giáo, ngày 07 tháng 11 năm 2026",
    staff=[
        ("Đ/c Huỳnh Văn Tài", "phụ trách kinh tế", [
            ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15, "violations": 1, "fines_vnd": 2500000},
             "cùng Chi cục TĐC kiểm tra cân tại chợ Phước Vĩnh và 02 cửa hàng xăng dầu, được 02 cuộc với 15 cơ sở; lập biên bản 01 trường hợp vi phạm, phạt 2.500.000 đồng. Còn 01 đợt kiểm tra dịp Tết nên vẫn đang làm"),
            ("II.2.d", "completed", {"enterprises_supported": 5},
             "hướng dẫn 05 cơ sở sản xuất hạt điều, mật ong trên địa bàn làm hồ sơ tự công bố chất lượng và ghi nhãn, đã hướng dẫn xong"),
        ]),
        ("Đ/c Lý Thị Hồng Nhung", "phụ trách văn hóa – xã hội", [
            ("II.1.a", "completed", {"communications": 9},
             "phát 09 tin trên loa truyền thanh xã và trang Facebook của xã về cân đúng, đo đủ; việc này đã hoàn thành"),
            ("II.3.a", "not_applicable", {},
             "năm nay xã chưa nhận được thư mời tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng nên không phát sinh việc cử người"),
        ]),
    ],
    difficulties=["Địa bàn xã rộng, chợ và cơ sở kinh doanh phân tán, cán bộ đi kiểm tra mất nhiều thời gian."],
    proposals=["Đề nghị Chi cục TĐC thông báo sớm lịch kiểm tra để xã bố trí người phối hợp."],
    signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đặng Văn Lực"),
))

R.append(dict(
    file="25951_DongHoa_BC_TDC_2026.docx", hand="A", kind="docx",
    unit=("25951", "Phường Đông Hòa"), number="412/BC-UBND", date="2026-11-12",
    datetext="Đông Hòa, ngày 12 tháng 11 năm 2026",
    staff=[
        ("Đ/c Trịnh Quang Huy", "phụ trách kinh tế – hạ tầng", [
            ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 6000000},
             "phối hợp kiểm tra 03 cuộc tại khu vực chợ Đông Hòa và các cửa hàng vàng bạc, 22 cơ sở; 02 cơ sở vi phạm, xử phạt tổng cộng 6 triệu đồng. Đến nay đã hoàn thành"),
            ("II.5.d", "not_applicable", {},
             "trong kỳ không có đơn thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng, không phát sinh"),
        ]),
        ("Đ/c Mai Thị Kim Oanh", "phụ trách văn phòng – thống kê", [
            ("II.2.đ", "completed", {},
             "duy trì và cải tiến hệ thống quản lý chất lượng ISO 9001:2015 tại bộ phận một cửa, đã đánh giá nội bộ xong đợt tháng 9"),
            ("II.1.a", "in_progress", {"communications": 11, "training_courses": 1, "participants": 64},
             "đăng 11 tin bài, phối hợp mở 01 buổi phổ biến quy định ghi nhãn hàng hóa cho hộ kinh doanh với 64 người dự; đang tiếp tục tuyên truyền đợt cuối năm"),
            ("II.3.a", "completed", {"participants": 2},
             "cử 02 công chức tham gia lớp bồi dưỡng của Chi cục TĐC, đã xong"),
        ]),
    ],
    difficulties=["Kinh phí phường dành cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng còn hạn chế."],
    proposals=["Đề nghị Sở cung cấp tài liệu, tờ rơi tuyên truyền mẫu để phường in và phát cho hộ kinh doanh.",
               "Đề nghị tổ chức tập huấn kỹ năng kiểm tra cân, thước tại chợ cho công chức phường."],
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lương Thị Bích"),
))

R.append(dict(
    file="25987_BinhHoa_BC_CDS_T11.docx", hand="A", kind="docx", rejected=True,
    reason="Báo cáo về chuyển đổi số (Đề án 06, dịch vụ công trực tuyến), không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
    unit=("25987", "Phường Bình Hòa"), number="366/BC-UBND", date="2026-11-05",
    datetext="Bình Hòa, ngày 05 tháng 11 năm 2026",
    title="BÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số và Đề án 06 tháng 10, 11 năm 2026",
    staff=[
        ("Đ/c Lâm Tuấn Kiệt", "phụ trách chuyển đổi số", [
            (None, None, {}, "hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt 78%; cài đặt, kích hoạt 1.240 tài khoản định danh điện tử mức 2. Đang tiếp tục"),
            (None, None, {}, "vận hành Tổ công nghệ số cộng đồng tại 12 khu phố, tổ chức 04 buổi hướng dẫn kỹ năng số cho người cao tuổi, đã xong"),
        ]),
        ("Đ/c Phan Thị Yến", "phụ trách văn phòng", [
            (None, None, {}, "số hóa 3.560 hồ sơ, kết quả giải quyết thủ tục hành chính, đạt 92% kế hoạch; cập nhật dữ liệu dân cư phục vụ làm sạch dữ liệu"),
        ]),
    ],
    difficulties=["Đường truyền tại bộ phận một cửa thường xuyên chập chờn."],
    proposals=["Đề nghị Trung tâm CNTT nâng cấp đường truyền cho phường."],
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Minh Trí"),
))

# ---------------- Hand B: department planner, table with a "Thuộc" column -------------------
R.append(dict(
    file="SoCongThuong_tonghop_KH38_va_CTXTTM.xlsx", hand="B", kind="xlsx",
    unit=("SO-CT", "Sở Công Thương"), number="6120/SCT-QLTM", date="2026-11-03",
    other="CTr XTTM",
    rows=[
        ("KH38", "II.5.a", "completed", {"inspections": 12, "establishments_inspected": 96, "violations": 14, "fines_vnd": 186000000},
         "Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG), phân bón lưu thông trên thị trường", "12 cuộc; 96 cơ sở; 14 cơ sở vi phạm; phạt 186.000.000 đ", "Xong"),
        ("CTr XTTM", None, None, {}, "Hội chợ hàng Việt về khu công nghiệp, khu dân cư", "08 phiên; 312 gian hàng", "Xong"),
        ("KH38", "II.5.b", "in_progress", {"samples_tested": 45},
         "Phối hợp khảo sát chất lượng xăng dầu tại cửa hàng bán lẻ", "45 mẫu", "Đang làm"),
        ("CTr XTTM", None, None, {}, "Kết nối cung cầu với các tỉnh Đông Nam Bộ", "03 hội nghị; 420 doanh nghiệp", "Đang làm"),
        ("KH38", "II.2.e", "completed", {"standards_reviewed": 4},
         "Góp ý dự thảo QCVN về xăng, nhiên liệu điêzen, nhiên liệu sinh học và LPG", "04 dự thảo", "Xong"),
        ("KH38", "II.1.a", "completed", {"training_courses": 1, "participants": 150},
         "Phối hợp Chi cục TĐC tổ chức hội nghị phổ biến quy định đo lường trong kinh doanh xăng dầu", "01 hội nghị; 150 đại biểu", "Xong"),
        ("CTr XTTM", None, None, {}, "Bình ổn thị trường dịp Tết Bính Ngọ", "1.250 điểm bán", "Xong"),
        ("KH38", "II.5.d", "not_applicable", {},
         "Tiếp nhận, xử lý tố giác vi phạm về đo lường trong kinh doanh xăng dầu", "", "Không phát sinh"),
    ],
    difficulties=["Lực lượng QLTM mỏng so với số lượng cửa hàng xăng dầu sau khi mở rộng địa giới Thành phố.",
                  "Chi phí thử nghiệm mẫu xăng dầu cao, chưa có nguồn kinh phí riêng."],
    proposals=["Đề nghị Sở KH&CN (Chi cục TĐC) phối hợp xây dựng kế hoạch kiểm tra liên ngành năm 2027 ngay từ Quý I."],
))

R.append(dict(
    file="SoYTe_KH38_CTYT_bangtonghop.docx", hand="B", kind="docx",
    unit=("SO-YT", "Sở Y tế"), number="9874/SYT-NVD", date="2026-10-30",
    datetext="Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
    other="KH TTB-YT",
    rows=[
        ("KH38", "II.2.e", "completed", {"standards_reviewed": 3},
         "Góp ý dự thảo QCVN về trang thiết bị y tế, nước uống đóng chai dùng trong bệnh viện", "03 dự thảo QCVN", "Đã xong"),
        ("KH TTB-YT", None, None, {}, "Kiểm định, hiệu chuẩn thiết bị chẩn đoán hình ảnh tại bệnh viện tuyến thành phố", "214 thiết bị", "Đã xong"),
        ("KH38", "II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 27},
         "Phối hợp kiểm tra đo lường đối với phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học) tại cơ sở khám chữa bệnh", "03 cuộc; 27 cơ sở", "Đang thực hiện"),
        ("KH TTB-YT", None, None, {}, "Đấu thầu mua sắm tập trung vật tư y tế", "02 gói thầu", "Đang thực hiện"),
        ("KH38", "II.3.a", "completed", {"training_courses": 1, "participants": 85},
         "Tập huấn quản lý đo lường trong y tế cho cán bộ vật tư – thiết bị", "01 lớp; 85 học viên", "Đã xong"),
    ],
    difficulties=["Một số cơ sở y tế tư nhân chưa chủ động kiểm định phương tiện đo nhóm 2 theo chu kỳ."],
    proposals=["Đề nghị Chi cục TĐC cung cấp danh sách tổ chức kiểm định được chỉ định để Sở Y tế thông báo đến các cơ sở khám chữa bệnh."],
))

R.append(dict(
    file="SoNNMT_phoi_hop_KH38.xlsx", hand="B", kind="xlsx",
    unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"), number="4518/SNNMT-CLNS", date="2026-11-04",
    other="KH ATTP-NLTS",
    rows=[
        ("KH ATTP-NLTS", None, None, {}, "Giám sát an toàn thực phẩm nông lâm thủy sản tại chợ đầu mối", "380 mẫu; 06 mẫu không đạt", "Đang làm"),
        ("KH38", "II.2.d", "completed", {"enterprises_supported": 18},
         "Hướng dẫn HTX, doanh nghiệp nông nghiệp áp dụng VietGAP, truy xuất nguồn gốc gắn tem QR", "18 HTX, DN", "Xong"),
        ("KH38", "II.2.e", "in_progress", {"standards_reviewed": 2},
         "Góp ý dự thảo quy chuẩn kỹ thuật địa phương về nước sạch nông thôn và phân bón hữu cơ", "02 dự thảo", "Đang làm"),
        ("KH ATTP-NLTS", None, None, {}, "Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP", "126 giấy", "Xong"),
        ("KH38", "II.5.a", "completed", {"inspections": 5, "establishments_inspected": 41, "violations": 6, "fines_vnd": 72500000},
         "Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật lưu thông", "05 cuộc; 41 cơ sở; 06 vi phạm; phạt 72.500.000 đ", "Xong"),
        ("KH38", "II.3.b", "not_started", {},
         "Cử cán bộ tham gia khóa bồi dưỡng chuyên sâu về năng suất, chất lượng", "", "Chưa làm"),
    ],
    difficulties=["Chưa có quy định rõ về phân công kiểm tra chất lượng phân bón giữa các sở sau sắp xếp."],
    proposals=["Đề nghị Sở KH&CN chủ trì họp phân định trách nhiệm kiểm tra chất lượng vật tư nông nghiệp."],
))

R.append(dict(
    file="SoXayDung_BC_CCHC_Q4.xlsx", hand="B", kind="xlsx", rejected=True,
    reason="Bảng tổng hợp cải cách hành chính của Sở Xây dựng (Kế hoạch CCHC, Chỉ số PAR), gửi nhầm; không có nội dung thực hiện Kế hoạch CT38",
    unit=("SO-XD", "Sở Xây dựng"), number="7702/SXD-VP", date="2026-11-06",
    other="KH CCHC", title="BẢNG TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    rows=[
        ("KH CCHC", None, None, {}, "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực xây dựng", "23 thủ tục", "Xong"),
        ("Chỉ số PAR", None, None, {}, "Tự đánh giá chỉ số cải cách hành chính", "87,6 điểm", "Đang làm"),
        ("KH CCHC", None, None, {}, "Tỷ lệ hồ sơ giải quyết đúng hạn", "98,2%", "Đạt"),
        ("KH CCHC", None, None, {}, "Số hóa hồ sơ cấp phép xây dựng", "4.120 hồ sơ", "Đang làm"),
    ],
    difficulties=["Phần mềm một cửa điện tử chưa liên thông đầy đủ."],
    proposals=["Đề nghị Sở Nội vụ hướng dẫn chấm điểm tiêu chí mới."],
))

# ---------------- Hand C: project officer with approval-stage statuses ----------------------
R.append(dict(
    file="TTPTTN_BC_thuchien_CT38_2026.docx", hand="C", kind="docx",
    unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    number="512/BC-TTPTTN", date="2026-10-28",
    datetext="Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    short="TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG TP. HỒ CHÍ MINH",
    items=[
        ("II.4.a", "completed", {"budget_spent_vnd": 2350000000},
         "Đầu tư bổ sung thiết bị phòng thử nghiệm hóa – sinh (máy sắc ký LC-MS/MS, tủ an toàn sinh học)",
         "Hợp đồng mua sắm đã bàn giao, lắp đặt, chạy thử; giá trị giải ngân 2.350.000.000 đồng.", "đã nghiệm thu"),
        ("II.4.c", "in_progress", {"instruments_verified": 38},
         "Duy trì, liên kết chuẩn đo lường chính của Trung tâm đến chuẩn quốc gia",
         "Đã gửi hiệu chuẩn 38 chuẩn, phương tiện đo chuẩn tại Viện Đo lường Việt Nam; còn 06 chuẩn khối lượng chờ gửi đợt 2.", "đang hoàn thiện hồ sơ"),
        ("II.2.g", "in_progress", {"instruments_verified": 18420, "samples_tested": 2760},
         "Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ doanh nghiệp",
         "Trong 10 tháng kiểm định, hiệu chuẩn 18.420 phương tiện đo; thử nghiệm 2.760 mẫu. Hồ sơ đăng ký mở rộng lĩnh vực hiệu chuẩn áp suất đã nộp, đoàn đánh giá đã làm việc.", "chưa nghiệm thu"),
        ("II.4.b", "completed", {"instruments_verified": 24},
         "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ đoàn kiểm tra của Chi cục TĐC",
         "Hoàn thành hiệu chuẩn 24 thiết bị (cân chuẩn, bình chuẩn kim loại, thiết bị đo nhanh vàng).", "đã nghiệm thu"),
        ("II.3.d", "not_started", {},
         "Phối hợp trường cao đẳng tổ chức thực tập về đo lường cho sinh viên",
         "Chưa triển khai, chuyển sang Quý I/2027 do trường chưa bố trí lịch.", "chưa triển khai"),
    ],
    difficulties=["Thủ tục mua sắm thiết bị kéo dài, thời gian thẩm định giá mất nhiều tháng.",
                  "Nhân lực kỹ thuật hiệu chuẩn lĩnh vực áp suất, nhiệt độ còn thiếu."],
    proposals=["Đề nghị Sở xem xét bổ sung kinh phí năm 2027 để đầu tư chuẩn áp suất cấp cao."],
    signer=("GIÁM ĐỐC", "Nguyễn Thành Đạt"),
))

R.append(dict(
    file="ChiCucTDC_BC_hangmuc_KH38.docx", hand="C", kind="docx",
    unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    number="1186/BC-TĐC", date="2026-11-09",
    datetext="Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    short="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG",
    items=[
        ("II.1.a", "completed", {"training_courses": 6, "participants": 540, "budget_spent_vnd": 96500000},
         "Tập huấn văn bản quy phạm pháp luật về TĐC và tọa đàm doanh nghiệp nhập khẩu",
         "Tổ chức 06 lớp tập huấn, tọa đàm (trong đó có 01 buổi tọa đàm với doanh nghiệp nhập khẩu), 540 lượt học viên; kinh phí đã chi 96.500.000 đồng.", "đã nghiệm thu"),
        ("II.2.a", "in_progress", {"enterprises_supported": 32, "budget_spent_vnd": 128000000},
         "Chương trình năng suất chất lượng (1322, Kế hoạch 36), Đề án 996, Đề án 100",
         "Hỗ trợ 32 doanh nghiệp áp dụng công cụ cải tiến năng suất và truy xuất nguồn gốc; đã giải ngân 128.000.000 đồng.", "đang hoàn thiện hồ sơ"),
        ("II.2.b", "completed", {},
         "Tổ chức hoạt động Giải thưởng Chất lượng Quốc gia năm 2026 (Hội đồng sơ tuyển)",
         "Hội đồng sơ tuyển đã họp, đánh giá 07 hồ sơ; kết quả sơ tuyển đã gửi Ủy ban TĐC Quốc gia.", "đã nghiệm thu"),
        ("II.2.e", "completed", {"standards_reviewed": 11},
         "Góp ý TCVN, QCVN và xây dựng quy chuẩn kỹ thuật địa phương",
         "Góp ý 11 dự thảo TCVN, QCVN theo đề nghị của Bộ KH&CN và các sở.", "đã nghiệm thu"),
        ("II.5.a", "in_progress", {"inspections": 21, "establishments_inspected": 164, "violations": 19, "fines_vnd": 412750000},
         "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông, nhập khẩu",
         "Thực hiện 21 cuộc kiểm tra tại 164 cơ sở; 19 cơ sở vi phạm; tổng tiền phạt 412.750.000 đồng. Đoàn kiểm tra đợt cuối năm đang làm việc.", "chưa nghiệm thu"),
        ("II.5.b", "in_progress", {"samples_tested": 120},
         "Khảo sát chất lượng sản phẩm, hàng hóa",
         "Lấy 120 mẫu (mũ bảo hiểm, đồ chơi trẻ em, xăng dầu) để khảo sát; đang chờ kết quả thử nghiệm 30 mẫu.", "chưa nghiệm thu"),
        ("II.2.h", "completed", {},
         "Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ và kết nối Cổng một cửa quốc gia",
         "Đã có văn bản đề xuất gửi Bộ KH&CN, kết nối liên thông đăng ký kiểm tra hàng nhập khẩu vận hành từ Quý I.", "đã nghiệm thu"),
        ("II.6.b", "not_applicable", {},
         "Phối hợp APO thúc đẩy năng suất",
         "Trong năm chưa có yêu cầu từ Ủy ban TĐC Quốc gia.", "không phát sinh"),
    ],
    difficulties=["Biên chế kiểm soát viên chất lượng chưa tương xứng với địa bàn Thành phố sau hợp nhất.",
                  "Kinh phí thử nghiệm mẫu khảo sát chỉ đáp ứng khoảng một nửa nhu cầu."],
    proposals=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
               "Đề nghị UBND các phường, xã, đặc khu cử đầu mối phối hợp kiểm tra cố định."],
    signer=("CHI CỤC TRƯỞNG", "Bùi Đức Thịnh"),
))

R.append(dict(
    file="PhongCDS_KH38_tinhtrang.docx", hand="C", kind="docx",
    unit=("SKHCN-CDS", "Phòng Chuyển đổi số"), number="", date="2026-10-26",
    datetext="Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    short="PHÒNG CHUYỂN ĐỔI SỐ",
    items=[
        ("II.2.i", "in_progress", {"budget_spent_vnd": 45000000},
         "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng với hệ thống của Sở",
         "Đã xây dựng API kết nối thử nghiệm; kinh phí đã sử dụng 45.000.000 đồng.", "đang hoàn thiện hồ sơ"),
        ("II.2.h", "completed", {},
         "Phối hợp Chi cục TĐC đề xuất cải tiến Hệ thống thông tin giải quyết TTHC",
         "Đã tích hợp 09 thủ tục TĐC lên Cổng dịch vụ công của Thành phố.", "đã nghiệm thu"),
    ],
    difficulties=["Cơ sở dữ liệu quốc gia về TĐC chưa công bố đầy đủ tài liệu đặc tả kết nối."],
    proposals=["Đề nghị Chi cục TĐC làm đầu mối đề nghị Bộ KH&CN cung cấp tài liệu kết nối."],
    signer=("TRƯỞNG PHÒNG", "Đoàn Minh Quân"),
))

R.append(dict(
    file="SoGDDT_BC_KH38_dao_tao.docx", hand="C", kind="docx",
    unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"), number="5531/SGDĐT-GDCN", date="2026-11-02",
    datetext="Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026", parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
    short="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    items=[
        ("II.3.d", "in_progress", {"training_courses": 4, "participants": 620},
         "Lồng ghép nội dung tiêu chuẩn, đo lường, mã số mã vạch, truy xuất nguồn gốc vào chương trình cho học sinh, sinh viên trung cấp",
         "Phối hợp Chi cục TĐC tổ chức 04 buổi ngoại khóa tại các trường trung cấp, 620 học sinh, sinh viên tham dự; tài liệu bài giảng đang chờ Hội đồng thẩm định.", "chưa nghiệm thu"),
        ("II.2.đ", "completed", {},
         "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
         "Đã đánh giá nội bộ, xem xét của lãnh đạo; công bố lại phạm vi áp dụng.", "đã nghiệm thu"),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 14},
         "Phối hợp kiểm tra chất lượng thiết bị dạy học, đồ chơi tại trường mầm non",
         "Tham gia 02 đoàn kiểm tra, 14 cơ sở giáo dục; không phát hiện vi phạm.", "đã nghiệm thu"),
    ],
    difficulties=["Thời lượng chương trình chính khóa không còn để bố trí chuyên đề về tiêu chuẩn, đo lường, chất lượng."],
    proposals=["Đề nghị Sở KH&CN biên soạn tài liệu ngắn, phù hợp học sinh trung cấp để các trường sử dụng thống nhất."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hồ Thị Thanh Vân"),
))

# ---------------- Hand D: commune statistician, table with options in the header ----------
D_COMMON_HEAD = "Mức độ (Xong / Đang làm / Chưa làm / Không có việc)"
R.append(dict(
    file="25813_BenCat_bieu_CT38.xlsx", hand="D", kind="xlsx",
    unit=("25813", "Phường Bến Cát"), number="198/UBND-KT", date="2026-11-06",
    rows=[
        ("II.5.c", "Xong", "completed", {"inspections": 5, "establishments_inspected": 33, "violations": 4, "fines_vnd": 11000000},
         "Phối hợp kiểm tra cân, thước, hàng đóng gói tại chợ Bến Cát, chợ Mỹ Phước", "5 cuộc, 33 cơ sở, 4 vi phạm, phạt 11.000.000đ", "NTH"),
        ("II.1.a", "Đang làm", "in_progress", {"communications": 20},
         "Tuyên truyền trên đài truyền thanh, trang thông tin phường", "20 tin bài", "LVP"),
        ("II.2.d", "Xong", "completed", {"enterprises_supported": 9},
         "Hướng dẫn doanh nghiệp trong cụm công nghiệp ghi nhãn, công bố hợp quy", "9 doanh nghiệp", "NTH"),
        ("II.1.b", "Không có việc", "not_applicable", {},
         "Vận động doanh nghiệp dự Giải thưởng chất lượng quốc gia", "", "LVP"),
        ("II.3.a", "Xong", "completed", {"participants": 4},
         "Cử công chức dự tập huấn của Chi cục", "4 lượt", "TMT"),
    ],
    difficulties=["Số hộ kinh doanh tại chợ đông, thay đổi thường xuyên nên khó quản lý cân đối chứng."],
    proposals=["Đề nghị Chi cục TĐC hướng dẫn mẫu biên bản kiểm tra thống nhất cho cấp phường."],
))

R.append(dict(
    file="25750_PhuLoi_BC_TDC.docx", hand="D", kind="docx",
    unit=("25750", "Phường Phú Lợi"), number="233/BC-UBND", date="2026-11-11",
    datetext="Phú Lợi, ngày 11 tháng 11 năm 2026",
    rows=[
        ("II.5.c", "Đang làm", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 4000000},
         "Kiểm tra đo lường tại chợ Phú Lợi và các cửa hàng xăng dầu", "3 cuộc, 19 cơ sở, 2 vi phạm, phạt 4.000.000đ", "PVT"),
        ("II.2.đ", "Xong", "completed", {},
         "Cập nhật ISO 9001:2015 tại bộ phận tiếp nhận và trả kết quả", "", "NKL"),
        ("II.1.a", "Xong", "completed", {"communications": 8, "training_courses": 1, "participants": 70},
         "Tuyên truyền, phổ biến quy định về đo lường cho tiểu thương", "8 tin bài, 1 hội nghị, 70 người dự", "NKL"),
        ("II.5.d", "Không có việc", "not_applicable", {},
         "Tiếp nhận tố giác vi phạm", "", "PVT"),
    ],
    difficulties=["Phường chưa có phương tiện đo đối chứng."],
    proposals=["Đề nghị cấp 01 bộ quả cân chuẩn cho Ban quản lý chợ Phú Lợi."],
))

R.append(dict(
    file="25747_ThuDauMot_CT38_11T.xlsx", hand="D", kind="xlsx",
    unit=("25747", "Phường Thủ Dầu Một"), number="405/UBND-VP", date="2026-11-09",
    rows=[
        ("II.5.c", "Xong", "completed", {"inspections": 6, "establishments_inspected": 41, "violations": 5, "fines_vnd": 17500000},
         "Phối hợp Chi cục TĐC kiểm tra tại chợ Thủ Dầu Một, tiệm vàng, cây xăng", "6 cuộc, 41 cơ sở, 5 vi phạm, phạt 17.500.000đ", "ĐQV"),
        ("II.5.a", "Đang làm", "in_progress", {"samples_tested": 12},
         "Tham gia lấy mẫu hàng hóa lưu thông (mũ bảo hiểm, đồ chơi)", "12 mẫu", "ĐQV"),
        ("II.1.a", "Xong", "completed", {"communications": 16},
         "Đăng tin trên cổng thông tin, bảng tin khu phố", "16 tin", "TTH"),
        ("II.2.đ", "Đang làm", "in_progress", {},
         "Chuyển đổi ISO điện tử cho các thủ tục mới", "", "TTH"),
        ("II.3.a", "Chưa làm", "not_started", {},
         "Cử cán bộ tập huấn nghiệp vụ", "", "TTH"),
    ],
    difficulties=["Công chức phụ trách thay đổi sau sắp xếp, chưa nắm nghiệp vụ.", "Chưa có kinh phí in tài liệu tuyên truyền."],
    proposals=["Đề nghị Chi cục TĐC mở lớp tập huấn riêng cho phường, xã khu vực Thủ Dầu Một cũ."],
))

R.append(dict(
    file="26566_LongHuong_bieu_KH38.xlsx", hand="D", kind="xlsx",
    unit=("26566", "Phường Long Hương"), number="", date="2026-11-13",
    rows=[
        ("II.5.c", "Xong", "completed", {"inspections": 2, "establishments_inspected": 12},
         "Phối hợp kiểm tra cân tại chợ Long Hương, chợ Phước Hòa", "2 cuộc, 12 cơ sở", "HMT"),
        ("II.1.a", "Xong", "completed", {"communications": 6},
         "Tuyên truyền trên loa phát thanh khu phố", "6 tin", "HMT"),
        ("II.5.d", "Không có việc", "not_applicable", {},
         "Khen thưởng, bảo vệ người tố giác", "", "VTL"),
    ],
    difficulties=[],
    proposals=["Đề nghị gửi văn bản hướng dẫn phân quyền cho phường bằng bản điện tử để dễ tra cứu."],
))

R.append(dict(
    file="26728_ChauPha_BC_CT38.docx", hand="D", kind="docx",
    unit=("26728", "Xã Châu Pha"), number="121/BC-UBND", date="2026-11-08",
    datetext="Châu Pha, ngày 08 tháng 11 năm 2026",
    rows=[
        ("II.5.c", "Đang làm", "in_progress", {"inspections": 1, "establishments_inspected": 8},
         "Kiểm tra cân tại chợ Châu Pha và điểm thu mua nông sản", "1 cuộc, 8 cơ sở", "TVS"),
        ("II.2.d", "Xong", "completed", {"enterprises_supported": 3},
         "Hướng dẫn HTX cà phê, tiêu làm tem truy xuất nguồn gốc", "3 HTX", "TVS"),
        ("II.1.a", "Xong", "completed", {"communications": 5},
         "Tuyên truyền trên loa truyền thanh ấp", "5 tin", "NTC"),
        ("II.3.a", "Xong", "completed", {"participants": 1},
         "Cử cán bộ dự tập huấn", "1 người", "NTC"),
    ],
    difficulties=["Xã thuần nông, chưa có cán bộ am hiểu về tiêu chuẩn, đo lường, chất lượng."],
    proposals=["Đề nghị Chi cục TĐC hỗ trợ xã tổ chức 01 buổi tuyên truyền tại chợ Châu Pha."],
))
