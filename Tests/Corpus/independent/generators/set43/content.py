# -*- coding: utf-8 -*-
"""Report contents for set43. Figures are written as each hand writes them; `ind` is the key."""
UP1 = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"
KH = ("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW "
      "ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng "
      "quốc gia năm 2026, ")
TO_CC = "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)"

REPORTS = []

# ------------------------------------------------------------------ HAND 1 (anh Tuấn)
REPORTS.append(dict(
    file="SCT_bc-ct38-2026.docx", hand="H1", unit_id="SO-CT", unit_name="Sở Công Thương",
    up1=UP1, up2="SỞ CÔNG THƯƠNG", number="4127/BC-SCT", date="2026-10-27",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(phần nhiệm vụ Sở Công Thương phối hợp)",
    to=TO_CC,
    intro=KH + "Sở Công Thương báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:",
    tasks=[
        dict(code="II.1.a", status="completed", ind={"training_courses": 3, "participants": 420, "communications": 15},
             label="TUYÊN TRUYỀN, TẬP HUẤN",
             body=("Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 lớp tập huấn về ghi nhãn hàng hóa "
                   "và quy định về đo lường trong kinh doanh xăng dầu cho 420 lượt học viên là thương nhân, chủ cửa hàng "
                   "bán lẻ; đăng tải 15 tin, bài trên Trang thông tin điện tử của Sở."),
             sw="Nội dung này đã thực hiện xong."),
        dict(code="II.5.a", status="in_progress",
             ind={"inspections": 12, "establishments_inspected": 86, "violations": 9, "fines_vnd": 187500000},
             label="KIỂM TRA HÀNG HÓA LƯU THÔNG",
             body=("Lực lượng Quản lý thị trường chủ trì, phối hợp tiến hành 12 cuộc kiểm tra tại 86 cơ sở kinh doanh "
                   "xăng dầu, khí dầu mỏ hóa lỏng, đồ điện - điện tử; phát hiện 09 cơ sở vi phạm (chủ yếu vi phạm về "
                   "nhãn hàng hóa, sử dụng phương tiện đo quá hạn kiểm định), xử phạt 187.500.000đ."),
             sw="Nội dung này đang tiếp tục thực hiện theo kế hoạch kiểm tra Quý IV."),
        dict(code="II.5.b", status="completed", ind={"samples_tested": 24},
             label="KHẢO SÁT CHẤT LƯỢNG",
             body=("Lấy 24 mẫu xăng, dầu điêzen tại các cửa hàng bán lẻ trên địa bàn gửi Trung tâm Dịch vụ Phân tích "
                   "thí nghiệm thử nghiệm; kết quả các mẫu đều phù hợp quy chuẩn, đã thông tin cho các cơ quan liên quan."),
             sw="Nội dung này đã thực hiện xong."),
        dict(code="II.2.d", status="in_progress", ind={"enterprises_supported": 35, "budget_spent_vnd": 540000000},
             label="HỖ TRỢ DOANH NGHIỆP",
             body=("Hướng dẫn 35 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, ISO 14001 và thực hiện công bố hợp "
                   "quy đối với sản phẩm thép, đồ điện; kinh phí hỗ trợ từ Chương trình khuyến công đã giải ngân "
                   "540.000.000đ."),
             sw="Đây là nhiệm vụ thường xuyên, Sở đang tiếp tục thực hiện."),
        dict(code="II.6.a", status="in_progress", ind={"communications": 6},
             label="CẬP NHẬT CAM KẾT QUỐC TẾ",
             body=("Cập nhật, phổ biến các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các hiệp định "
                   "CPTPP, EVFTA, RCEP cho cộng đồng doanh nghiệp; phát hành 06 bản tin cảnh báo TBT."),
             sw="Nội dung này đang tiếp tục thực hiện."),
        dict(code="II.2.đ", status="completed", ind={},
             label="ÁP DỤNG ISO TẠI CƠ QUAN",
             body=("Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã ban hành quyết định công bố lại "
                   "phạm vi áp dụng sau sắp xếp tổ chức bộ máy và tổ chức đánh giá nội bộ trong tháng 9/2026."),
             sw="Nội dung này đã thực hiện xong."),
    ],
    difficulties=[
        "Lực lượng kiểm tra mỏng trong khi địa bàn Thành phố mở rộng sau sắp xếp, số cửa hàng kinh doanh xăng dầu tăng nhiều.",
        "Chi phí thử nghiệm mẫu cao, kinh phí khảo sát chất lượng được bố trí còn hạn chế.",
    ],
    proposals=[
        "Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả kiểm định phương tiện đo tại các cửa hàng xăng dầu để phục vụ công tác kiểm tra.",
        "Đề nghị bố trí bổ sung kinh phí lấy mẫu khảo sát chất lượng xăng dầu năm 2027.",
    ],
    noinhan=["- Như trên;", "- Giám đốc Sở (để b/c);", "- Chi cục QLTT;", "- Lưu: VT, QLCN."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Trần Văn Hòa",
))

REPORTS.append(dict(
    file="SXD_BC_thuc_hien_CT38.docx", hand="H1", unit_id="SO-XD", unit_name="Sở Xây dựng",
    up1=UP1, up2="SỞ XÂY DỰNG", number="9815/BC-SXD", date="2026-10-29",
    title="Tình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
    to=TO_CC,
    intro=KH + "Sở Xây dựng báo cáo như sau:",
    tasks=[
        dict(code="II.1.a", status="completed", ind={"training_courses": 2, "participants": 260},
             label="PHỔ BIẾN, TẬP HUẤN",
             body=("Tổ chức 02 hội nghị phổ biến QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng cho "
                   "260 đại biểu là doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng."),
             sw="Đã thực hiện xong."),
        dict(code="II.2.e", status="in_progress", ind={"standards_reviewed": 4},
             label="GÓP Ý QUY CHUẨN, TIÊU CHUẨN",
             body=("Góp ý 04 dự thảo QCVN, TCVN do Bộ Xây dựng lấy ý kiến (an toàn cháy cho nhà và công trình, "
                   "nhà chung cư, vật liệu xây dựng); đang phối hợp xây dựng dự thảo quy chuẩn kỹ thuật địa phương "
                   "về hệ thống chiếu sáng công cộng."),
             sw="Nội dung này đang tiếp tục thực hiện."),
        dict(code="II.5.a", status="completed",
             ind={"inspections": 5, "establishments_inspected": 31, "violations": 4, "fines_vnd": 42000000},
             label="KIỂM TRA VẬT LIỆU XÂY DỰNG",
             body=("Thành lập 05 đoàn kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng tại 31 cơ sở sản xuất, "
                   "kinh doanh; phát hiện 04 cơ sở vi phạm (không công bố hợp quy, nhãn hàng hóa không đúng quy định), "
                   "xử phạt tổng cộng 42.000.000đ."),
             sw="Đã thực hiện xong kế hoạch kiểm tra năm 2026."),
        dict(code="II.5.b", status="in_progress", ind={"samples_tested": 18},
             label="LẤY MẪU THỬ NGHIỆM",
             body=("Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm lấy 18 mẫu xi măng, thép cốt bê tông, kính xây dựng, "
                   "gạch ốp lát để thử nghiệm, một số mẫu đang chờ kết quả."),
             sw="Nội dung này đang thực hiện."),
        dict(code="II.2.đ", status="not_started", ind={},
             label="HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG TẠI SỞ",
             body=("Sau hợp nhất, Sở đang kiện toàn bộ máy, chưa xây dựng lại hệ thống quản lý chất lượng theo "
                   "TCVN ISO 9001:2015 cho các quy trình mới."),
             sw="Nội dung này Sở chưa triển khai."),
    ],
    difficulties=["Nhiều sản phẩm vật liệu xây dựng mới chưa có tiêu chuẩn, quy chuẩn tương ứng để làm căn cứ kiểm tra."],
    proposals=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ chuyên gia hướng dẫn Sở xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau hợp nhất."],
    noinhan=["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, P.VLXD."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Lê Minh Đức",
))

REPORTS.append(dict(
    file="SGDDT-bao-cao-CT38-T10.docx", hand="H1", unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo",
    up1=UP1, up2="SỞ GIÁO DỤC VÀ ĐÀO TẠO", number="3306/BC-SGDĐT", date="2026-10-24", lo=True,
    title="Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW",
    to="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
    intro=KH + "Sở Giáo dục và Đào tạo báo cáo các nội dung có liên quan đến ngành như sau:",
    tasks=[
        dict(code="II.3.d", status="in_progress", ind={"training_courses": 6, "participants": 1150},
             label="BỒI DƯỠNG CHO HỌC SINH, SINH VIÊN",
             body=("Chỉ đạo các trường cao đẳng, trung cấp trực thuộc lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng, "
                   "mã số mã vạch vào chương trình; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 06 buổi "
                   "chuyên đề cho 1.150 sinh viên."),
             sw="Nội dung này đang thực hiện."),
        dict(code="II.3.a", status="completed", ind={"participants": 12},
             label="CỬ CÁN BỘ THAM GIA TẬP HUẤN",
             body=("Cử 12 công chức, viên chức tham gia lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng "
                   "do Chi cục tổ chức trong tháng 6/2026."),
             sw="Đã thực hiện xong."),
        dict(code="II.1.a", status="completed", ind={"communications": 8},
             label="TUYÊN TRUYỀN",
             body="Đăng 08 tin, bài về Ngày Tiêu chuẩn Thế giới và chất lượng sản phẩm trên Cổng thông tin ngành giáo dục.",
             sw="Đã thực hiện."),
        dict(code="II.2.e", status="completed", ind={"standards_reviewed": 2},
             label="GÓP Ý QUY CHUẨN",
             body="Góp ý 02 dự thảo QCVN về thiết bị dạy học và bàn ghế học sinh theo đề nghị của Bộ Giáo dục và Đào tạo.",
             sw="Nội dung này đã hoàn thành."),
        dict(code="II.2.đ", status="in_progress", ind={},
             label="ISO TẠI CƠ QUAN",
             body="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đang rà soát, cập nhật các quy trình giải quyết thủ tục hành chính.",
             sw="Đang thực hiện."),
    ],
    difficulties=["Giáo viên giảng dạy nội dung tiêu chuẩn, đo lường, chất lượng tại các trường nghề còn thiếu tài liệu chuẩn."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ biên soạn, cung cấp tài liệu tham khảo về tiêu chuẩn, đo lường, chất lượng dùng cho giáo dục nghề nghiệp."],
    noinhan=["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, GDNN."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Nguyễn Bảo Quốc",
))

REPORTS.append(dict(
    file="KTPC-57-BC-CT38.docx", hand="H1", unit_id="SKHCN-KTPC", unit_name="Phòng Kiểm tra – Pháp chế",
    up1="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", up2="PHÒNG KIỂM TRA – PHÁP CHẾ",
    number="57/BC-KTPC", date="2026-10-30",
    title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    intro=("Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo "
           "kết quả các nội dung được giao phối hợp như sau:"),
    closing="Trên đây là báo cáo của Phòng Kiểm tra – Pháp chế, gửi Chi cục tổng hợp./.",
    tasks=[
        dict(code="II.2.c", status="completed", ind={},
             label="GÓP Ý VĂN BẢN PHÁP LUẬT",
             body=("Phối hợp Chi cục góp ý dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa "
                   "(sửa đổi) và dự thảo Thông tư hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật theo đề nghị của "
                   "Bộ Khoa học và Công nghệ."),
             sw="Đã thực hiện xong."),
        dict(code="II.4.b", status="completed", ind={"instruments_verified": 14},
             label="PHƯƠNG TIỆN KỸ THUẬT NGHIỆP VỤ",
             body=("Rà soát danh mục, phối hợp đưa 14 phương tiện, thiết bị kỹ thuật nghiệp vụ (cân kiểm tra, "
                   "thiết bị đo nhanh chất lượng xăng dầu, vàng trang sức) đi kiểm định, hiệu chuẩn."),
             sw="Đã thực hiện xong."),
        dict(code="II.5.a", status="in_progress",
             ind={"inspections": 7, "establishments_inspected": 52, "violations": 11, "fines_vnd": 96250000},
             label="KIỂM TRA",
             body=("Tham gia 07 cuộc kiểm tra liên ngành cùng Chi cục tại 52 cơ sở; phát hiện 11 cơ sở vi phạm, tham mưu "
                   "ban hành quyết định xử phạt với tổng số tiền 96.250.000đ."),
             sw="Đang tiếp tục thực hiện."),
        dict(code="II.5.b", status="not_applicable", ind={},
             label="KHẢO SÁT CHẤT LƯỢNG",
             body="Phòng phối hợp thẩm định kết quả khảo sát do Chi cục thực hiện khi có yêu cầu.",
             sw="Trong kỳ không phát sinh."),
        dict(code="II.5.c", status="completed", ind={"training_courses": 1, "participants": 180},
             label="PHỐI HỢP PHƯỜNG, XÃ, ĐẶC KHU",
             body=("Phối hợp Chi cục tổ chức 01 hội nghị hướng dẫn thực hiện các nội dung được phân quyền cho "
                   "180 công chức Ủy ban nhân dân phường, xã, đặc khu."),
             sw="Đã thực hiện xong."),
        dict(code="II.5.d", status="not_applicable", ind={},
             label="TỐ GIÁC, XỬ LÝ VI PHẠM",
             body="Trong kỳ Phòng không nhận được đơn tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.",
             sw="Không phát sinh."),
    ],
    difficulties=["Các văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) chưa ban hành đầy đủ nên việc xử phạt một số hành vi còn lúng túng."],
    proposals=["Đề nghị Chi cục chủ động tổng hợp, phổ biến danh mục văn bản mới để các phòng cùng thực hiện thống nhất."],
    noinhan=["- Như trên;", "- PGĐ Sở (để b/c);", "- Lưu: KTPC."],
    sign="TRƯỞNG PHÒNG", signer="Phạm Thị Thu Hà",
))

# ------------------------------------------------------------------ HAND 3 (chị Ngọc)
REPORTS.append(dict(
    file="SYT_BC_CT38_nam2026.docx", hand="H3", unit_id="SO-YT", unit_name="Sở Y tế",
    up1=UP1, up2="SỞ Y TẾ", number="6021/BC-SYT", date="2026-10-26", cutoff="15/10/2026",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong lĩnh vực y tế",
    to=TO_CC,
    intro=KH + "Sở Y tế báo cáo như sau:",
    figtable=[
        ("Lớp tập huấn về quản lý chất lượng trang thiết bị y tế", "lớp", "02", "Tuyên truyền, tập huấn"),
        ("Lượt người tham dự tập huấn", "lượt", "310", "Tuyên truyền, tập huấn"),
        ("Dự thảo QCVN đã góp ý", "văn bản", "03", "Góp ý quy chuẩn"),
        ("Cuộc kiểm tra chất lượng trang thiết bị y tế", "cuộc", "04", "Kiểm tra"),
        ("Cơ sở được kiểm tra", "cơ sở", "27", "Kiểm tra"),
        ("Cơ sở vi phạm", "cơ sở", "03", "Kiểm tra"),
        ("Tiền xử phạt vi phạm hành chính", "đồng", "35.000.000", "Kiểm tra"),
        ("Mẫu thuốc, mỹ phẩm lấy giám sát chất lượng", "mẫu", "1.240", "Giám sát chất lượng"),
    ],
    tasks=[
        dict(code="II.1.a", status="completed", ind={"training_courses": 2, "participants": 310},
             label="Tuyên truyền, tập huấn",
             body="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tập huấn quy định về quản lý chất lượng trang thiết bị y tế cho các bệnh viện, doanh nghiệp kinh doanh trang thiết bị y tế.",
             sw="Hoàn thành."),
        dict(code="II.2.e", status="in_progress", ind={"standards_reviewed": 3},
             label="Góp ý quy chuẩn",
             body="Góp ý các dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Y tế lấy ý kiến; tiếp tục góp ý khi có đề nghị.",
             sw="Đang triển khai."),
        dict(code="II.5.a", status="in_progress",
             ind={"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 35000000},
             label="Kiểm tra",
             body="Kiểm tra chất lượng, nhãn và việc kiểm định trang thiết bị y tế thuộc danh mục phương tiện đo tại các cơ sở khám, chữa bệnh và kinh doanh; xử lý các cơ sở vi phạm.",
             sw="Đang triển khai."),
        dict(code="II.5.b", status="completed", ind={"samples_tested": 1240},
             label="Giám sát chất lượng",
             body="Trung tâm Kiểm nghiệm lấy mẫu thuốc, mỹ phẩm lưu hành trên thị trường để giám sát chất lượng, đạt 103% kế hoạch năm.",
             sw="Hoàn thành."),
        dict(code="II.2.đ", status="completed", ind={},
             label="Áp dụng ISO",
             body="Sở đã chuyển đổi sang áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trên môi trường điện tử.",
             sw="Hoàn thành."),
    ],
    difficulties=["Một số trang thiết bị y tế nhập khẩu chưa có tiêu chuẩn quốc gia tương ứng, gây khó khăn khi đánh giá chất lượng."],
    proposals=["Kiến nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn chuyên sâu về đo lường trong lĩnh vực y tế cho viên chức các bệnh viện."],
    closing="Sở Y tế kính báo cáo./.",
    noinhan=["- Như trên;", "- Giám đốc Sở;", "- Lưu: VT, NVD."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Nguyễn Văn Vĩnh Châu",
))

REPORTS.append(dict(
    file="SNNMT-1147-BC.docx", hand="H3", unit_id="SO-NNMT", unit_name="Sở Nông nghiệp và Môi trường",
    up1=UP1, up2="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="1147/BC-SNNMT", date="2026-10-28", cutoff="20/10/2026",
    title="Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)",
    to=TO_CC,
    intro=KH + "Sở Nông nghiệp và Môi trường báo cáo kết quả như sau:",
    figtable=[
        ("Tin, bài tuyên truyền", "tin, bài", "20", "Tuyên truyền"),
        ("Cơ sở được hướng dẫn áp dụng truy xuất nguồn gốc", "cơ sở", "18", "Truy xuất nguồn gốc (Đề án 100)"),
        ("Dự thảo QCVN, TCVN đã góp ý", "dự thảo", "05", "Góp ý quy chuẩn"),
        ("Cuộc kiểm tra phân bón, thuốc BVTV, thức ăn chăn nuôi", "cuộc", "09", "Kiểm tra vật tư nông nghiệp"),
        ("Cơ sở được kiểm tra", "cơ sở", "64", "Kiểm tra vật tư nông nghiệp"),
        ("Cơ sở vi phạm", "cơ sở", "07", "Kiểm tra vật tư nông nghiệp"),
        ("Tiền phạt", "triệu đồng", "128", "Kiểm tra vật tư nông nghiệp"),
        ("Mẫu phân bón, thuốc BVTV lấy phân tích", "mẫu", "56", "Lấy mẫu phân tích chất lượng"),
    ],
    tasks=[
        dict(code="II.1.a", status="in_progress", ind={"communications": 20},
             label="Tuyên truyền",
             body="Tuyên truyền quy định về chất lượng vật tư nông nghiệp, nhãn hàng hóa trên trang thông tin của Sở và các chi cục.",
             sw="Đang triển khai."),
        dict(code="II.2.a", status="in_progress", ind={"enterprises_supported": 18},
             label="Truy xuất nguồn gốc (Đề án 100)",
             body="Hướng dẫn hợp tác xã, cơ sở sản xuất nông sản áp dụng hệ thống truy xuất nguồn gốc, cấp mã số vùng trồng.",
             sw="Đang triển khai."),
        dict(code="II.2.e", status="completed", ind={"standards_reviewed": 5},
             label="Góp ý quy chuẩn",
             body="Góp ý các dự thảo quy chuẩn, tiêu chuẩn về phân bón, giống cây trồng, nước thải do Bộ Nông nghiệp và Môi trường lấy ý kiến.",
             sw="Hoàn thành."),
        dict(code="II.5.a", status="in_progress",
             ind={"inspections": 9, "establishments_inspected": 64, "violations": 7, "fines_vnd": 128000000},
             label="Kiểm tra vật tư nông nghiệp",
             body="Kiểm tra điều kiện kinh doanh, chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông trên địa bàn, xử phạt các cơ sở vi phạm.",
             sw="Đang triển khai."),
        dict(code="II.5.b", status="completed", ind={"samples_tested": 56},
             label="Lấy mẫu phân tích chất lượng",
             body="Lấy mẫu phân tích chất lượng phân bón, thuốc bảo vệ thực vật theo kế hoạch giám sát năm 2026.",
             sw="Hoàn thành."),
    ],
    difficulties=["Nhiều cơ sở kinh doanh phân bón nhỏ lẻ tại các xã ven đô, khó quản lý.",
                  "Kinh phí phân tích mẫu còn hạn chế."],
    proposals=["Kiến nghị Sở Khoa học và Công nghệ hỗ trợ chi phí triển khai truy xuất nguồn gốc cho hợp tác xã nông nghiệp."],
    closing="Trên đây là báo cáo của Sở Nông nghiệp và Môi trường./.",
    noinhan=["- Như trên;", "- Lưu: VT, CCTT&BVTV."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Trần Thị Kim Oanh",
))

REPORTS.append(dict(
    file="TTTP_412_BC.docx", hand="H3", unit_id="THANHTRA-TP", unit_name="Thanh tra Thành phố",
    up1=UP1, up2="THANH TRA THÀNH PHỐ", number="412/BC-TTTP", date="2026-10-22", cutoff="15/10/2026",
    title="Kết quả thực hiện các nội dung liên quan Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to="Sở Khoa học và Công nghệ",
    intro=KH + "Thanh tra Thành phố báo cáo như sau:",
    figtable=[
        ("Cuộc thanh tra trách nhiệm liên quan lĩnh vực tiêu chuẩn, đo lường, chất lượng", "cuộc", "02", "Phòng, chống tham nhũng, tiêu cực"),
        ("Hội nghị phổ biến pháp luật", "hội nghị", "01", "Phổ biến pháp luật"),
        ("Người tham dự hội nghị", "người", "135", "Phổ biến pháp luật"),
    ],
    tasks=[
        dict(code="II.5.d", status="in_progress", ind={"inspections": 2},
             label="Phòng, chống tham nhũng, tiêu cực",
             body="Tiến hành thanh tra trách nhiệm thực hiện pháp luật về tiêu chuẩn, đo lường, chất lượng; một cuộc đã ban hành kết luận, một cuộc đang trong thời hạn thanh tra.",
             sw="Đang thực hiện."),
        dict(code="II.1.a", status="completed", ind={"training_courses": 1, "participants": 135},
             label="Phổ biến pháp luật",
             body="Lồng ghép phổ biến quy định pháp luật về tiêu chuẩn, đo lường, chất lượng tại hội nghị triển khai công tác thanh tra năm 2026.",
             sw="Hoàn thành."),
        dict(code="II.2.đ", status="completed", ind={},
             label="Áp dụng ISO",
             body="Thanh tra Thành phố duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.",
             sw="Hoàn thành."),
    ],
    difficulties=["Chưa có hướng dẫn cụ thể về khen thưởng, bảo vệ người tố giác vi phạm trong lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
    proposals=["Kiến nghị Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân Thành phố ban hành quy chế phối hợp tiếp nhận, xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."],
    closing="Thanh tra Thành phố báo cáo để Sở Khoa học và Công nghệ tổng hợp./.",
    noinhan=["- Như trên;", "- Chánh Thanh tra (để b/c);", "- Lưu: VT, P.NV3."],
    sign="KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA", signer="Võ Hoàng Nam",
))

# ------------------------------------------------------------------ HAND 5 (bà Hoa)
REPORTS.append(dict(
    file="SVHTT-2290-BC-CT38.docx", hand="H5", unit_id="SO-VHTT", unit_name="Sở Văn hóa và Thể thao",
    up1="UBND THÀNH PHỐ HỒ CHÍ MINH", up2="SỞ VĂN HÓA VÀ THỂ THAO", number="2290/BC-SVHTT", date="2026-10-21",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to="Sở Khoa học và Công nghệ",
    intro=KH + "Sở Văn hóa và Thể thao báo cáo kết quả thực hiện như sau:",
    tasks=[
        dict(code="II.1.a", status="completed", ind={"communications": 46}, label="Công tác tuyên truyền",
             items=["Định hướng các cơ quan báo chí Thành phố đăng tải 46 tin, bài, phóng sự về tiêu chuẩn, đo lường, chất lượng, nhất là dịp Ngày Tiêu chuẩn Thế giới 14/10.",
                    "Chỉ đạo Trung tâm Văn hóa các phường treo băng rôn, khẩu hiệu hưởng ứng tại các tuyến đường chính."],
             sw="Hoàn thành."),
        dict(code="II.1.b", status="completed", ind={"communications": 5}, label="Quảng bá Giải thưởng Chất lượng Quốc gia",
             items=["Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng đưa 05 tin về hoạt động vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia."],
             sw="Hoàn thành."),
        dict(code="II.2.đ", status="in_progress", ind={}, label="Áp dụng hệ thống quản lý chất lượng tại cơ quan",
             items=["Sở đang cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính lĩnh vực báo chí, xuất bản tiếp nhận sau sắp xếp."],
             sw="Đang thực hiện."),
        dict(code="II.3.a", status="completed", ind={"participants": 4}, label="Đào tạo, bồi dưỡng",
             items=["Cử 04 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."],
             sw="Hoàn thành."),
        dict(code="II.5.a", status="not_applicable", ind={}, label="Kiểm tra, giám sát",
             items=["Sở không có chức năng kiểm tra chất lượng sản phẩm, hàng hóa thuộc lĩnh vực này."],
             sw="Không phát sinh."),
    ],
    difficulties=["Kinh phí tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng, phải lồng ghép vào nhiệm vụ chung."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, nội dung tuyên truyền định kỳ để Sở định hướng các cơ quan báo chí."],
    closing="Sở Văn hóa và Thể thao kính báo cáo./.",
    noinhan=["- Như trên;", "- Lưu: VT, PBC."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Nguyễn Thị Thanh Thủy",
))

REPORTS.append(dict(
    file="SDL_baocao_CT38_2026.docx", hand="H5", unit_id="SO-DL", unit_name="Sở Du lịch",
    up1="UBND THÀNH PHỐ HỒ CHÍ MINH", up2="SỞ DU LỊCH", number="1875/BC-SDL", date="2026-10-23",
    title="Tình hình thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to=TO_CC,
    intro=KH + "Sở Du lịch báo cáo như sau:",
    tasks=[
        dict(code="II.1.a", status="completed", ind={"training_courses": 1, "participants": 180, "communications": 6},
             label="Phổ biến, tập huấn",
             items=["Tổ chức 01 hội nghị phổ biến tiêu chuẩn quốc gia về xếp hạng cơ sở lưu trú du lịch cho 180 đại biểu.",
                    "Đăng 06 tin, bài trên Cổng thông tin du lịch Thành phố."],
             sw="Hoàn thành."),
        dict(code="II.2.d", status="in_progress", ind={"enterprises_supported": 23}, label="Hỗ trợ doanh nghiệp áp dụng tiêu chuẩn",
             items=["Hướng dẫn 23 cơ sở lưu trú, doanh nghiệp lữ hành áp dụng TCVN 4391:2015 và bộ tiêu chuẩn du lịch ASEAN."],
             sw="Đang thực hiện."),
        dict(code="II.2.e", status="completed", ind={"standards_reviewed": 2}, label="Góp ý tiêu chuẩn",
             items=["Góp ý 02 dự thảo TCVN lĩnh vực du lịch (homestay, nhà hàng phục vụ khách du lịch) theo đề nghị của Cục Du lịch Quốc gia Việt Nam."],
             sw="Hoàn thành."),
        dict(code="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 14},
             label="Phối hợp với phường, xã",
             items=["Phối hợp Ủy ban nhân dân phường Bến Thành, phường Sài Gòn tổ chức 02 đợt kiểm tra 14 cơ sở lưu trú về niêm yết tiêu chuẩn, nhãn hàng hóa; đã nhắc nhở, hướng dẫn khắc phục."],
             sw="Đang thực hiện."),
        dict(code="II.2.đ", status="completed", ind={}, label="Áp dụng ISO tại cơ quan",
             items=["Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đánh giá nội bộ xong tháng 8/2026."],
             sw="Hoàn thành."),
    ],
    difficulties=["Nhiều cơ sở lưu trú nhỏ chưa quan tâm áp dụng tiêu chuẩn do chi phí."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ xem xét hỗ trợ kinh phí tư vấn áp dụng tiêu chuẩn cho doanh nghiệp du lịch vừa và nhỏ."],
    closing="Sở Du lịch kính báo cáo./.",
    noinhan=["- Như trên;", "- Lưu: VT, QLLH."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Lê Trương Hiền Hòa",
))

# mistaken: food safety report sent to Sở KH&CN
REPORTS.append(dict(
    file="SATTP_BC_9thang_2026.docx", hand="H5", unit_id="SO-ATTP", unit_name="Sở An toàn thực phẩm",
    rejected="Báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).",
    up1="UBND THÀNH PHỐ HỒ CHÍ MINH", up2="SỞ AN TOÀN THỰC PHẨM", number="845/BC-SATTP", date="2026-10-20",
    title="Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026 và phương hướng nhiệm vụ Quý IV/2026",
    to="Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố",
    intro="Thực hiện chỉ đạo của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố, Sở An toàn thực phẩm báo cáo kết quả 9 tháng đầu năm 2026 như sau:",
    tasks=[
        dict(code="-", status="-", label="Công tác thanh tra, kiểm tra",
             items=["Tổ chức 312 đoàn kiểm tra tại 5.420 cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống; phát hiện 286 cơ sở vi phạm, xử phạt 4,15 tỷ đồng.",
                    "Tiêu hủy 2,3 tấn thực phẩm không rõ nguồn gốc."],
             sw="Đạt 78% kế hoạch năm."),
        dict(code="-", status="-", label="Giám sát ngộ độc thực phẩm",
             items=["Ghi nhận 04 vụ ngộ độc thực phẩm với 97 người mắc, không có tử vong; đã điều tra nguyên nhân, xử lý cơ sở liên quan."],
             sw="Thường xuyên."),
        dict(code="-", status="-", label="Truyền thông an toàn thực phẩm",
             items=["Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026; phát 25.000 tờ rơi, 180 tin bài trên báo, đài."],
             sw="Hoàn thành."),
    ],
    difficulties=["Thực phẩm kinh doanh qua mạng xã hội tăng nhanh, khó kiểm soát nguồn gốc."],
    proposals=["Đề nghị Ban Chỉ đạo chỉ đạo các phường, xã tăng cường kiểm tra thức ăn đường phố."],
    closing="Sở An toàn thực phẩm kính báo cáo./.",
    noinhan=["- Như trên;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, NV."],
    sign="GIÁM ĐỐC", signer="Phạm Khánh Phong Lan",
))

# ------------------------------------------------------------------ HAND 2 (chị Hằng)
REPORTS.append(dict(
    file="STC_bieu_CT38_2026.xlsx", hand="H2", unit_id="SO-TC", unit_name="Sở Tài chính",
    up1="UBND TP. HỒ CHÍ MINH", up2="SỞ TÀI CHÍNH", number="5512/BC-STC", date="2026-10-28",
    title="BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    subtitle="(Kèm theo Báo cáo số 5512/BC-STC ngày 28/10/2026 của Sở Tài chính)",
    tasks=[
        dict(code="II.4.a", status="in_progress", ind={"budget_spent_vnd": 1820000000}, sw="Đang TH",
             body="Bố trí, cấp kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở KH&CN",
             rows=[("Kinh phí đã giải ngân", "đồng", 1820000000, "Lũy kế đến 30/9/2026"),
                   ("Dự toán được giao", "đồng", 2350000000, "")]),
        dict(code="II.2.a", status="in_progress", ind={"budget_spent_vnd": 650000000}, sw="Đang TH",
             body="Kinh phí thực hiện Chương trình nâng cao năng suất, chất lượng (CT 1322)",
             rows=[("Kinh phí đã giải ngân", "đồng", 650000000, "")]),
        dict(code="II.2.đ", status="completed", ind={}, sw="Đã TH",
             body="Áp dụng HTQLCL theo TCVN ISO 9001:2015 tại Sở Tài chính",
             rows=[("-", "-", None, "Đã công bố lại HTQLCL")]),
        dict(code="II.3.a", status="completed", ind={"participants": 3}, sw="Đã TH",
             body="Cử công chức tham gia tập huấn nghiệp vụ TCĐLCL",
             rows=[("Số người được cử", "người", 3, "")]),
        dict(code="II.4.b", status="not_applicable", ind={}, sw="KPS",
             body="Bố trí kinh phí bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ",
             rows=[("-", "-", None, "Chưa nhận đề nghị của đơn vị")]),
    ],
    difficulties=["Một số đơn vị gửi hồ sơ đề nghị thanh toán chậm nên tỷ lệ giải ngân chưa cao."],
    proposals=["Đề nghị Sở KH&CN đôn đốc đơn vị sự nghiệp hoàn thiện hồ sơ mua sắm để giải ngân trước 31/12/2026."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Nguyễn Thị Bích Hạnh", maker="Đỗ Thu Hằng",
))

REPORTS.append(dict(
    file="STP-CT38-bieu.xlsx", hand="H2", unit_id="SO-TP", unit_name="Sở Tư pháp", lo=True,
    up1="UBND THÀNH PHỐ HỒ CHÍ MINH", up2="SỞ TƯ PHÁP", number="3871/BC-STP", date="2026-10-25",
    title="KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THUỘC KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
    subtitle="(Kèm theo Báo cáo số 3871/BC-STP ngày 25 tháng 10 năm 2026 của Sở Tư pháp)",
    tasks=[
        dict(code="II.1.a", status="completed", ind={"training_courses": 2, "participants": 240, "communications": 10}, sw="Đã TH",
             body="Phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng (lồng ghép Ngày Pháp luật)",
             rows=[("Hội nghị phổ biến", "hội nghị", 2, ""), ("Lượt người dự", "lượt người", 240, ""),
                   ("Tin, bài trên Trang PBGDPL", "tin, bài", 10, "")]),
        dict(code="II.2.c", status="completed", ind={}, sw="Đã TH",
             body="Thẩm định, góp ý dự thảo văn bản QPPL về tiêu chuẩn, đo lường, chất lượng",
             rows=[("Văn bản đã góp ý, thẩm định", "văn bản", 3, "")]),
        dict(code="II.2.đ", status="in_progress", ind={}, sw="Đang TH",
             body="Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015",
             rows=[("-", "-", None, "")]),
        dict(code="II.5.d", status="in_progress", ind={"inspections": 1}, sw="Đang TH",
             body="Kiểm tra công tác thi hành pháp luật về xử lý vi phạm hành chính lĩnh vực TĐC",
             rows=[("Cuộc kiểm tra", "cuộc", 1, "Đang hoàn thiện kết luận")]),
    ],
    difficulties=["Việc theo dõi thi hành pháp luật về xử lý vi phạm hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng chưa có số liệu đầy đủ từ các phường, xã."],
    proposals=["Đề nghị Sở KH&CN chia sẻ định kỳ số liệu xử phạt vi phạm hành chính về tiêu chuẩn, đo lường, chất lượng."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Trần Hoàng Quân", maker="Vũ Thị Hằng Nga",
))

# mistaken: administrative reform form
REPORTS.append(dict(
    file="SNV_bieu_tonghop_Q3.xlsx", hand="H2", unit_id="SO-NV", unit_name="Sở Nội vụ",
    rejected="Biểu tổng hợp kết quả cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).",
    up1="UBND THÀNH PHỐ HỒ CHÍ MINH", up2="SỞ NỘI VỤ", number="2604/BC-SNV", date="2026-10-15",
    title="BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026",
    subtitle="(Kèm theo Báo cáo số 2604/BC-SNV ngày 15/10/2026 của Sở Nội vụ)",
    tasks=[
        dict(code="-", status="-", ind={}, sw="Đã TH", body="Cải cách thể chế: rà soát văn bản QPPL",
             rows=[("Văn bản được rà soát", "văn bản", 142, ""), ("Văn bản đề nghị sửa đổi", "văn bản", 17, "")]),
        dict(code="-", status="-", ind={}, sw="Đang TH", body="Cải cách TTHC: công bố, công khai TTHC",
             rows=[("TTHC được công bố", "thủ tục", 236, ""), ("Hồ sơ trực tuyến toàn trình", "hồ sơ", 184520, "")]),
        dict(code="-", status="-", ind={}, sw="Đang TH", body="Cải cách tổ chức bộ máy, tinh giản biên chế",
             rows=[("Biên chế tinh giản", "người", 58, "")]),
        dict(code="-", status="-", ind={}, sw="Đã TH", body="Khảo sát chỉ số hài lòng (SIPAS)",
             rows=[("Phiếu khảo sát", "phiếu", 12000, "")]),
    ],
    difficulties=["Một số phường, xã mới sắp xếp chưa cập nhật kịp TTHC trên Hệ thống."],
    proposals=["Đề nghị các sở, ngành gửi số liệu CCHC đúng hạn."],
    sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Văn Thị Bạch Tuyết", maker="Lý Hồng Hằng",
))

# ------------------------------------------------------------------ HAND 4 (em Nhi)
REPORTS.append(dict(
    file="VPUBND_theodoi_CT38.xlsx", hand="H4", unit_id="VP-UBND", unit_name="Văn phòng Ủy ban nhân dân Thành phố",
    number=None, date="2026-10-26",
    unit_written="Văn phòng Ủy ban nhân dân Thành phố (Phòng Kiểm soát TTHC)",
    line3="Cập nhật ngày 26/10/2026 - gửi Chi cục TĐC tổng hợp",
    tasks=[
        dict(code="II.2.h", status="completed", ind={}, label="Kết nối HTTT giải quyết TTHC với Cổng một cửa quốc gia (đăng ký KTNN chất lượng hàng nhập khẩu)",
             who="a. Minh", due="Quý I/2026", body="Đã phối hợp Sở KHCN và VNPT kết nối, chạy thử, vận hành chính thức từ 15/3", sw="xong"),
        dict(code="II.2.i", status="in_progress", ind={}, label="Chia sẻ dữ liệu CSDL quốc gia về TĐC lên Kho dữ liệu dùng chung TP",
             who="c. Hà", due="thường xuyên", body="Đang đồng bộ danh mục tổ chức đánh giá sự phù hợp và kết quả kiểm tra", sw="đang làm",
             stuck="Dữ liệu từ hệ thống của Bộ chưa có API chuẩn, phải nhập thủ công"),
        dict(code="II.2.đ", status="in_progress", ind={"training_courses": 2, "participants": 310}, label="ISO điện tử: duy trì tại VP và hướng dẫn sở ngành, phường xã",
             who="a. Tùng", due="T11/2026", body="Đánh giá nội bộ tại VP xong T9; tập huấn ISO điện tử cho sở ngành, phường xã", fig="2 lớp - 310 người", sw="đang làm",
             stuck="Nhiều phường, xã mới chưa có cán bộ phụ trách ISO"),
        dict(code="II.1.a", status="in_progress", ind={"communications": 9}, label="Đưa tin về TĐC trên Cổng TTĐT Thành phố",
             who="a. Minh", due="thường xuyên", body="Đăng tin hoạt động TĐC, Ngày Tiêu chuẩn Thế giới", fig="9 tin", sw="đang làm"),
    ],
    difficulties=["Dữ liệu từ hệ thống của Bộ chưa có API chuẩn, phải nhập thủ công",
                  "Nhiều phường, xã mới chưa có cán bộ phụ trách ISO"],
    proposals=["Đề nghị Sở KHCN làm việc với Bộ để có API chia sẻ dữ liệu TĐC"],
))

REPORTS.append(dict(
    file="SQHKT_CT38_tracking.xlsx", hand="H4", unit_id="SO-QHKT", unit_name="Sở Quy hoạch - Kiến trúc",
    number="388/SQHKT-VP", date="2026-10-29",
    unit_written="Sở Quy hoạch - Kiến trúc (Văn phòng Sở)",
    line3="Kèm Công văn số 388/SQHKT-VP ngày 29/10/2026",
    tasks=[
        dict(code="II.2.e", status="in_progress", ind={"standards_reviewed": 4}, label="Góp ý QCVN về quy hoạch xây dựng; tham gia xây dựng QCĐP về kiến trúc",
             who="a. Phong", due="Quý IV/2026", body="Đã góp ý QCVN của Bộ Xây dựng; đang soạn QCĐP kiến trúc khu trung tâm", fig="4 văn bản (3 QCVN - 1 QCĐP)", sw="đang làm"),
        dict(code="II.2.đ", status="in_progress", ind={}, label="Xây dựng lại HTQLCL ISO 9001 sau tái lập Sở",
             who="c. Thư", due="T11/2026", body="Đã ban hành chính sách chất lượng, đang viết quy trình", sw="đang làm",
             stuck="Sở mới tái lập, thiếu người làm ISO"),
        dict(code="II.3.a", status="completed", ind={"participants": 5}, label="Cử người đi tập huấn TCĐLCL",
             who="c. Thư", due="Q2-Q4", body="Đã cử tham dự lớp của Chi cục tháng 6", fig="5 người", sw="xong"),
        dict(code="II.2.c", status="not_applicable", ind={}, label="Góp ý sửa đổi Luật Tiêu chuẩn và QCKT",
             who="a. Phong", due="khi có y/c", body="Chưa nhận được yêu cầu góp ý", sw="không có việc"),
    ],
    difficulties=["Sở mới tái lập, thiếu người làm ISO"],
    proposals=["Đề nghị Chi cục cử chuyên gia hỗ trợ xây dựng HTQLCL cho Sở"],
))

REPORTS.append(dict(
    file="SDTTG-theo-doi-CT38.xlsx", hand="H4", unit_id="SO-DTTG", unit_name="Sở Dân tộc và Tôn giáo",
    number=None, date="2026-10-30",
    unit_written="Sở Dân tộc và Tôn giáo",
    line3="Ngày 30/10/2026",
    tasks=[
        dict(code="II.1.a", status="completed", ind={"training_courses": 1, "participants": 95, "communications": 2},
             label="Tuyên truyền về chất lượng, nhãn hàng hóa, hàng giả cho đồng bào dân tộc, cơ sở tôn giáo",
             who="a. Sơn", due="Q2-Q3", body="Tổ chức hội nghị tại phường Chợ Lớn, đăng tin trên trang Sở", fig="1 hội nghị - 95 người - 2 tin bài", sw="xong"),
        dict(code="II.2.đ", status="in_progress", ind={}, label="Duy trì ISO 9001 tại Sở",
             who="c. Lan", due="T11/2026", body="Đang rà soát quy trình", sw="đang làm"),
        dict(code="II.3.a", status="not_started", ind={}, label="Cử công chức đi tập huấn TCĐLCL",
             who="c. Lan", due="Q2-Q4", body="Chưa cử được do trùng lịch công tác", sw="chưa làm",
             stuck="Lịch tập huấn trùng đợt cao điểm lễ hội tôn giáo"),
        dict(code="II.5.c", status="not_applicable", ind={}, label="Phối hợp phường, xã (nội dung phân quyền)",
             who="a. Sơn", due="thường xuyên", body="Sở không có chức năng kiểm tra", sw="không có việc"),
    ],
    difficulties=["Lịch tập huấn trùng đợt cao điểm lễ hội tôn giáo"],
    proposals=["Đề nghị Chi cục mở thêm lớp tập huấn vào Quý IV hoặc tập huấn trực tuyến"],
    footer="Người cập nhật: Trần Yến Nhi",
))
