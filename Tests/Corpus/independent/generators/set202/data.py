# -*- coding: utf-8 -*-
# Report contents: each entry = (task, status, indicators, text-as-written); text pieces are what the hand writes.
R = []
def rep(**k): R.append(k); return k

# ---------------- H1: ward economics officer, dated inspection lines + "Tổng cộng:" ----------------
rep(f="26842_BC_CT38_TangNhonPhu.docx", hand="H1", uid="26842", uname="Phường Tăng Nhơn Phú",
    no="412/BC-UBND", date="2026-11-10", place="Tăng Nhơn Phú",
    sections=[
     ("Công tác tuyên truyền, phổ biến", "II.1.a", "completed", {"communications":6,"training_courses":1,"participants":85},
      ["Đăng 06 tin, bài về Chỉ thị 38-CT/TW và pháp luật đo lường, chất lượng trên trang thông tin điện tử và nhóm Zalo các khu phố.",
       "Ngày 24/4/2026: tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa cho hộ kinh doanh, có 85 người tham dự."],
      None, "đã hoàn thành"),
     ("Kiểm tra đo lường, chất lượng theo phân cấp", "II.5.c", "in_progress", {"inspections":4,"establishments_inspected":18,"violations":2,"fines_vnd":6000000},
      None,
      [("12/3/2026","05 cơ sở kinh doanh xăng dầu","01 vi phạm"),("20/5/2026","04 hộ sử dụng cân tại chợ Tăng Nhơn Phú","không có vi phạm"),
       ("14/8/2026","06 cửa hàng vàng bạc, trang sức","01 vi phạm"),("09/10/2026","03 cơ sở kinh doanh xăng dầu","không có vi phạm")],
      "đang thực hiện (còn 01 đợt kiểm tra trong tháng 12/2026)",
      "Tổng cộng: 04 đợt kiểm tra, 18 cơ sở, 02 cơ sở vi phạm, xử phạt 6.000.000 đồng."),
     ("Bồi dưỡng nghiệp vụ cho công chức", "II.3.a", "completed", {"participants":2},
      ["Cử 02 công chức phòng Kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức."], None, "đã hoàn thành"),
     ("Tiếp nhận, xử lý phản ánh, tố giác vi phạm", "II.5.d", "not_applicable", {},
      ["Trong kỳ không nhận được phản ánh, tố giác nào liên quan đến tiêu chuẩn, đo lường, chất lượng."], None, "không phát sinh"),
    ],
    diffs=["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường."],
    props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp mẫu biên bản kiểm tra đo lường dùng cho cấp phường."])

rep(f="25771_BaoCao_CT38_ChanhHiep.docx", hand="H1", uid="25771", uname="Phường Chánh Hiệp",
    no="287/BC-UBND", date="2026-11-06", place="Chánh Hiệp",
    sections=[
     ("Tuyên truyền", "II.1.a", "completed", {"communications":4},
      ["Đưa 04 tin bài tuyên truyền về Chỉ thị 38-CT/TW lên trang fanpage của Phường và bảng tin các khu phố."], None, "đã hoàn thành"),
     ("Kiểm tra về đo lường tại địa bàn", "II.5.c", "completed", {"inspections":3,"establishments_inspected":16,"violations":3,"fines_vnd":9500000},
      None,
      [("18/4/2026","05 cửa hàng xăng dầu","không phát hiện vi phạm"),("23/7/2026","07 hộ kinh doanh dùng cân tại chợ Chánh Hiệp","02 vi phạm"),
       ("15/10/2026","04 cơ sở kinh doanh vàng","01 vi phạm")],
      "đã hoàn thành kế hoạch kiểm tra năm",
      "Tổng cộng: 03 cuộc, 16 cơ sở, 03 trường hợp vi phạm, phạt tiền 9,5 triệu đồng."),
     ("Phối hợp khảo sát chất lượng", "II.5.b", "completed", {"samples_tested":6},
      ["Ngày 02/6/2026: phối hợp đoàn của Chi cục TĐC khảo sát chất lượng xăng dầu tại 03 cửa hàng, lấy 06 mẫu gửi thử nghiệm."], None, "đã hoàn thành"),
     ("Duy trì hệ thống quản lý chất lượng ISO", "II.2.đ", "in_progress", {},
      ["Đang rà soát, cập nhật các quy trình ISO 9001:2015 theo bộ thủ tục hành chính mới sau sắp xếp."], None, "đang thực hiện"),
    ],
    diffs=["Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng, phải lồng ghép vào kinh phí hoạt động chung."],
    props=["Kiến nghị Sở Khoa học và Công nghệ tổ chức tập huấn về xử phạt vi phạm hành chính trong lĩnh vực đo lường cho công chức phường."])

rep(f="26542_BC_CT38_PhuocThang.docx", hand="H1", uid="26542", uname="Phường Phước Thắng",
    no="198/BC-UBND", date="2026-11-12", place="Phước Thắng",
    sections=[
     ("Công tác thông tin, tuyên truyền", "II.1.a", "completed", {"communications":10},
      ["Phát 10 tin tuyên truyền về đo lường, chất lượng trên hệ thống loa truyền thanh của Phường."], None, "đã hoàn thành"),
     ("Kiểm tra phương tiện đo, hàng đóng gói theo phân cấp", "II.5.c", "in_progress", {"inspections":5,"establishments_inspected":21,"violations":3,"fines_vnd":12750000},
      None,
      [("10/3/2026","04 cơ sở kinh doanh xăng dầu","không có vi phạm"),("08/5/2026","05 vựa hải sản tại cảng cá","01 vi phạm"),
       ("19/6/2026","03 cửa hàng gas","không có vi phạm"),("27/8/2026","06 hộ sử dụng cân tại chợ Phước Thắng","02 vi phạm"),
       ("22/10/2026","03 cơ sở kinh doanh xăng dầu","không có vi phạm")],
      "đang thực hiện",
      "Tổng cộng: 05 lượt kiểm tra, 21 cơ sở, 03 vi phạm, tổng tiền phạt 12.750.000 đồng."),
     ("Tập huấn cho cán bộ, công chức", "II.3.a", "not_started", {},
      ["Năm 2026 Phường chưa cử công chức tham dự lớp tập huấn nghiệp vụ nào về tiêu chuẩn, đo lường, chất lượng."], None, "chưa thực hiện"),
     ("Phản ánh, tố giác", "II.5.d", "not_applicable", {},
      ["Không có đơn thư, phản ánh liên quan."], None, "không phát sinh"),
    ],
    diffs=["Địa bàn có nhiều vựa hải sản, cơ sở thu mua nhỏ lẻ, hoạt động theo mùa nên khó kiểm tra thường xuyên.",
           "Phường chưa có phương tiện đo đối chứng (quả cân chuẩn) để kiểm tra nhanh tại chỗ."],
    props=["Đề nghị Chi cục TĐC trang bị cho Phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ và cảng cá.",
           "Đề nghị Chi cục TĐC mở lớp tập huấn cho công chức phường, xã trong Quý I/2027."])

rep(f="25966_BC_LaiThieu_thang11.docx", hand="H1", uid="25966", uname="Phường Lái Thiêu",
    no="305/BC-UBND", date="2026-11-09", place="Lái Thiêu", rejected=True,
    reason="Báo cáo về chuyển đổi số (Đề án 06, Nghị quyết 57), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW",
    title="Kết quả thực hiện chuyển đổi số, Đề án 06 và Nghị quyết số 57-NQ/TW trên địa bàn Phường 11 tháng năm 2026",
    sections=[
     ("Hạ tầng số", None, None, {}, ["Đã lắp đặt 03 điểm phát wifi miễn phí tại nhà văn hóa các khu phố."], None, "đã hoàn thành"),
     ("Dịch vụ công trực tuyến", None, None, {}, None,
      [("15/3/2026","hướng dẫn 120 người dân nộp hồ sơ trực tuyến",""),("20/6/2026","tổ chức 01 đợt ra quân \"Bình dân học vụ số\"",""),
       ("18/9/2026","kích hoạt 450 tài khoản định danh điện tử mức 2","")], "đang thực hiện",
      "Tổng cộng: tỷ lệ hồ sơ trực tuyến toàn trình đạt 86,4%."),
    ],
    diffs=["Một bộ phận người cao tuổi chưa sử dụng điện thoại thông minh."],
    props=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho Tổ công nghệ số cộng đồng."])

# ---------------- H2: percentages of own plan, XLSX ----------------
rep(f="25813_BieuCT38_BenCat.xlsx", hand="H2", uid="25813", uname="Phường Bến Cát", head="ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN CÁT",
    no="356/BC-UBND", date="2026-11-05",
    rows=[
     ("Tuyên truyền, phổ biến Chỉ thị 38-CT/TW và pháp luật TĐC", "II.1.a", "completed", {"communications":8,"training_courses":1,"participants":120},
      "Đăng 08 tin, bài; tổ chức 01 hội nghị phổ biến cho hộ kinh doanh, 120 lượt người tham dự", "đạt 100%"),
     ("Kiểm tra đo lường tại cơ sở kinh doanh xăng dầu, chợ (theo phân cấp)", "II.5.c", "in_progress", {"inspections":6,"establishments_inspected":24,"violations":3,"fines_vnd":10500000},
      "06 cuộc/24 cơ sở; 03 cơ sở vi phạm, xử phạt 10.500.000 đồng", "đạt 75% kế hoạch"),
     ("Cử công chức dự tập huấn nghiệp vụ TĐC", "II.3.a", "completed", {"participants":3},
      "Cử 03 công chức tham gia lớp tập huấn do Chi cục TĐC tổ chức", "đạt 100%"),
     ("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015", "II.2.đ", "in_progress", {},
      "Đã cập nhật 42/47 quy trình", "đạt 90% kế hoạch"),
     ("Tiếp nhận, xử lý tố giác vi phạm về TĐC", "II.5.d", "not_applicable", {},
      "Không có", "Không phát sinh"),
    ],
    diffs=["Lực lượng kiểm tra mỏng, chủ yếu kiêm nhiệm."],
    props=["Đề nghị Chi cục TĐC phối hợp kiểm tra liên ngành các cửa hàng xăng dầu trên tuyến Quốc lộ 13."])

rep(f="25978_TienDo_CT38_ThuanAn.xlsx", hand="H2", uid="25978", uname="Phường Thuận An", head="UBND PHƯỜNG THUẬN AN",
    no="221/BC-UBND", date="2026-11-11",
    rows=[
     ("Kiểm tra đo lường, chất lượng theo nội dung được phân quyền", "II.5.c", "completed", {"inspections":4,"establishments_inspected":15,"violations":1,"fines_vnd":2500000},
      "04 cuộc, 15 cơ sở; 01 vi phạm; phạt 2.500.000 đ", "đạt 100%"),
     ("Phối hợp Chi cục TĐC kiểm tra hàng đóng gói sẵn lưu thông trên thị trường", "II.5.a", "in_progress", {"inspections":2,"establishments_inspected":9},
      "02 cuộc tại 09 cơ sở, chưa phát hiện vi phạm", "đạt 50% kế hoạch"),
     ("Tuyên truyền trên trang thông tin điện tử phường", "II.1.a", "completed", {"communications":5},
      "05 tin bài", "đạt 100%"),
     ("Hướng dẫn hộ kinh doanh, doanh nghiệp áp dụng truy xuất nguồn gốc (Đề án 100)", "II.2.a", "in_progress", {"enterprises_supported":12},
      "Hướng dẫn 12 cơ sở đăng ký mã truy xuất", "đạt 60% kế hoạch"),
     ("Tổ chức bồi dưỡng nghiệp vụ TĐC cho cán bộ khu phố", "II.3.a", "not_started", {},
      "Chưa tổ chức", "0%"),
    ],
    diffs=["Nhiều hộ kinh doanh chưa quan tâm việc truy xuất nguồn gốc vì chi phí tem, mã."],
    props=["Đề nghị Sở hỗ trợ miễn phí tem truy xuất nguồn gốc năm đầu cho hộ kinh doanh.",
           "Đề nghị Chi cục TĐC cử giảng viên hỗ trợ Phường tổ chức lớp bồi dưỡng cho cán bộ khu phố."])

rep(f="26647_BC_CT38_HoaHiep.xlsx", hand="H2", uid="26647", uname="Xã Hòa Hiệp", head="UBND XÃ HÒA HIỆP",
    no="94/BC-UBND", date="2026-11-04",
    rows=[
     ("Kiểm tra cân tại chợ, cửa hàng xăng dầu", "II.5.c", "completed", {"inspections":3,"establishments_inspected":12,"violations":0},
      "03 cuộc, 12 cơ sở, 0 vi phạm", "đạt 100%"),
     ("Tuyên truyền về đo lường, chất lượng", "II.1.a", "completed", {"communications":3,"training_courses":1,"participants":60},
      "03 tin trên loa truyền thanh; 01 buổi tuyên truyền tại ấp, 60 người dự", "đạt 100%"),
     ("Áp dụng ISO 9001:2015 tại UBND xã", "II.2.đ", "completed", {},
      "Đã công bố lại HTQLCL sau sắp xếp", "đạt 100%"),
     ("Xử lý phản ánh, tố giác về TĐC", "II.5.d", "not_applicable", {},
      "—", "Không phát sinh"),
    ],
    diffs=["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
           "Các ấp ở xa trung tâm, việc tuyên truyền trực tiếp gặp khó khăn."],
    props=["Đề nghị Chi cục TĐC cấp tài liệu tuyên truyền in sẵn cho các ấp."])

rep(f="SCT_BC_CT38_2026.xlsx", hand="H2", uid="SO-CT", uname="Sở Công Thương", head="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG",
    no="4587/BC-SCT", date="2026-10-30",
    rows=[
     ("Kiểm tra chất lượng xăng dầu, hàng hóa lưu thông trên thị trường", "II.5.a", "completed", {"inspections":14,"establishments_inspected":96,"violations":11,"fines_vnd":185000000},
      "14 cuộc; 96 cơ sở; 11 cơ sở vi phạm; xử phạt 185.000.000 đồng", "đạt 100%"),
     ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng", "II.2.d", "in_progress", {"enterprises_supported":25},
      "Hỗ trợ 25 doanh nghiệp công nghiệp hỗ trợ", "đạt 85% kế hoạch"),
     ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "II.1.b", "completed", {"enterprises_supported":7},
      "Vận động 07 doanh nghiệp đăng ký tham dự", "đạt 100%"),
     ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc ngành Công Thương", "II.2.e", "completed", {"standards_reviewed":4},
      "Góp ý 04 dự thảo QCVN", "đạt 100%"),
     ("Duy trì HTQLCL ISO 9001:2015 tại Sở", "II.2.đ", "completed", {},
      "Đánh giá nội bộ xong tháng 9/2026", "đạt 100%"),
    ],
    diffs=["Việc xác định chất lượng xăng dầu phải gửi mẫu thử nghiệm nên thời gian xử lý kéo dài."],
    props=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để phối hợp kiểm tra."])

# ---------------- H3: formal, difficulties & proposals inside each task ----------------
rep(f="SYT_BaoCao_CT38.docx", hand="H3", uid="SO-YT", uname="Sở Y tế", head=("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH","SỞ Y TẾ"),
    no="7812/BC-SYT", date="2026-10-29",
    tasks=[
     ("Về tham gia góp ý tiêu chuẩn, quy chuẩn kỹ thuật", "II.2.e", "completed", {"standards_reviewed":6},
      "Sở Y tế đã tổ chức lấy ý kiến các bệnh viện và gửi góp ý 06 dự thảo TCVN, QCVN về trang thiết bị y tế, nước uống đóng chai theo đề nghị của các Bộ. Nội dung này đã hoàn thành.",
      ["Thời gian lấy ý kiến đối với một số dự thảo quy chuẩn quá ngắn, đơn vị không đủ thời gian tổ chức lấy ý kiến các bệnh viện."],
      ["Đề nghị Sở Khoa học và Công nghệ gửi dự thảo sớm hơn, tối thiểu 15 ngày làm việc."]),
     ("Về kiểm tra chất lượng, đo lường trang thiết bị y tế", "II.5.a", "in_progress", {"inspections":9,"establishments_inspected":63,"violations":7,"fines_vnd":94500000},
      "Đến ngày 25/10/2026, Sở đã thành lập 09 đoàn kiểm tra tại 63 cơ sở khám bệnh, chữa bệnh và kinh doanh trang thiết bị y tế; phát hiện 07 cơ sở vi phạm, xử phạt 94.500.000 đồng. Nhiệm vụ đang tiếp tục thực hiện trong tháng 11 và 12/2026.",
      ["Thiếu phương tiện đo chuyên dụng để kiểm tra nhanh tại chỗ."], []),
     ("Về cử công chức tham gia tập huấn", "II.3.a", "completed", {"participants":15},
      "Cử 15 lượt công chức, viên chức tham gia các lớp tập huấn về đo lường trong lĩnh vực y tế do Chi cục TĐC tổ chức. Đã hoàn thành.",
      [], []),
     ("Về áp dụng hệ thống quản lý chất lượng", "II.2.đ", "in_progress", {},
      "Sở đang chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sang môi trường điện tử; dự kiến công bố trong tháng 12/2026. Nhiệm vụ đang thực hiện.",
      [], ["Đề nghị Chi cục TĐC hướng dẫn việc chuyển đổi sang hệ thống quản lý chất lượng điện tử."]),
    ])

rep(f="SATTP_BC_KH38.docx", hand="H3", uid="SO-ATTP", uname="Sở An toàn thực phẩm", head=("UBND THÀNH PHỐ HỒ CHÍ MINH","SỞ AN TOÀN THỰC PHẨM"),
    no="1356/BC-SATTP", date="2026-11-02",
    tasks=[
     ("Về giám sát, khảo sát chất lượng thực phẩm", "II.5.b", "completed", {"samples_tested":240,"budget_spent_vnd":312000000},
      "Năm 2026 Sở đã lấy 240 mẫu thực phẩm lưu thông trên thị trường để giám sát, kinh phí kiểm nghiệm đã sử dụng 312 triệu đồng; kết quả đã được thông báo cho các cơ quan chức năng. Đã hoàn thành kế hoạch giám sát năm.",
      ["Một số chỉ tiêu kiểm nghiệm phải gửi phòng thử nghiệm ngoài Thành phố nên thời gian trả kết quả kéo dài."],
      ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm mở rộng phạm vi thử nghiệm đối với chỉ tiêu dư lượng thuốc bảo vệ thực vật."]),
     ("Về thanh tra, kiểm tra", "II.5.a", "in_progress", {"inspections":18,"establishments_inspected":410,"violations":37,"fines_vnd":1250000000},
      "Sở đã tổ chức 18 đoàn thanh tra, kiểm tra tại 410 cơ sở sản xuất, kinh doanh thực phẩm; xử lý 37 cơ sở vi phạm với tổng số tiền phạt 1,25 tỷ đồng. Công tác kiểm tra đang tiếp tục triển khai theo kế hoạch cao điểm Tết Nguyên đán 2027.",
      [], []),
     ("Về truy xuất nguồn gốc thực phẩm", "II.2.a", "in_progress", {"enterprises_supported":46},
      "Hướng dẫn 46 cơ sở áp dụng hệ thống truy xuất nguồn gốc cho sản phẩm rau, thịt; đang phối hợp kết nối dữ liệu với Cổng truy xuất nguồn gốc Thành phố, đang thực hiện.",
      ["Dữ liệu truy xuất nguồn gốc của các cơ sở chưa đồng bộ, nhiều phần mềm khác nhau."],
      ["Kiến nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn thống nhất về kết nối dữ liệu truy xuất nguồn gốc."]),
     ("Về tập huấn kiến thức", "II.1.a", "completed", {"training_courses":3,"participants":420},
      "Phối hợp tổ chức 03 lớp tập huấn quy định về nhãn hàng hóa, công bố sản phẩm cho 420 học viên là chủ cơ sở. Hoàn thành.",
      [], []),
    ])

rep(f="26608_BC_CT38_KimLong.docx", hand="H3", uid="26608", uname="Xã Kim Long", head=("ỦY BAN NHÂN DÂN","XÃ KIM LONG"),
    no="112/BC-UBND", date="2026-11-08",
    tasks=[
     ("Kiểm tra đo lường theo phân cấp", "II.5.c", "in_progress", {"inspections":2,"establishments_inspected":8,"violations":1,"fines_vnd":1500000},
      "UBND xã đã tổ chức 02 cuộc kiểm tra tại 08 cơ sở (cân tại chợ Kim Long và cửa hàng xăng dầu), phát hiện 01 cơ sở vi phạm, phạt 1.500.000 đồng. Việc kiểm tra đang thực hiện.",
      ["Xã chưa có công chức chuyên trách, phải giao công chức Văn phòng kiêm nhiệm."],
      ["Đề nghị Chi cục TĐC cử cán bộ hướng dẫn nghiệp vụ trực tiếp trong các đợt kiểm tra của xã."]),
     ("Tuyên truyền", "II.1.a", "completed", {"communications":4},
      "Phát 04 tin, bài trên đài truyền thanh xã về Chỉ thị 38-CT/TW. Đã hoàn thành.", [], []),
     ("Tập huấn công chức", "II.3.a", "completed", {"participants":1},
      "Cử 01 công chức dự tập huấn do Chi cục TĐC tổ chức. Đã hoàn thành.", [], []),
     ("Tố giác vi phạm", "II.5.d", "not_applicable", {},
      "Không phát sinh.", [], []),
    ])

rep(f="26713_BC_ThucHien_CT38_TanPhuoc.docx", hand="H3", uid="26713", uname="Phường Tân Phước", head=("UBND PHƯỜNG TÂN PHƯỚC", None),
    no="243/BC-UBND", date="2026-11-10",
    tasks=[
     ("Kiểm tra về đo lường, chất lượng trên địa bàn", "II.5.c", "completed", {"inspections":5,"establishments_inspected":22,"violations":2,"fines_vnd":7000000},
      "Phường đã kiểm tra 05 cuộc với 22 cơ sở kinh doanh, phát hiện 02 cơ sở vi phạm, phạt tiền 7.000.000 đồng. Hoàn thành kế hoạch kiểm tra năm 2026.",
      ["Nhiều hộ kinh doanh tại chợ sử dụng cân không rõ nguồn gốc, chưa được kiểm định."],
      ["Đề nghị Chi cục TĐC phối hợp tổ chức kiểm định cân miễn phí tại chợ Tân Phước."]),
     ("Phối hợp kiểm tra chất lượng hàng hóa", "II.5.a", "completed", {"inspections":1,"establishments_inspected":6},
      "Phối hợp Đội Quản lý thị trường kiểm tra 01 cuộc về mũ bảo hiểm tại 06 cửa hàng. Đã hoàn thành.", [], []),
     ("Hệ thống quản lý chất lượng ISO", "II.2.đ", "in_progress", {},
      "Đang xây dựng lại hệ thống tài liệu ISO 9001:2015 sau hợp nhất, đang thực hiện.",
      ["Số lượng thủ tục hành chính thay đổi nhiều, quy trình phải sửa liên tục."], []),
     ("Tuyên truyền", "II.1.a", "unknown", {"communications":7},
      "Đăng 07 tin, bài trên trang thông tin điện tử Phường.", [], []),
    ])

rep(f="25843_CT38_TayNam.docx", hand="H3", uid="25843", uname="Phường Tây Nam", head=("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂY NAM", None),
    no="176/BC-UBND", date="2026-11-13",
    tasks=[
     ("Kiểm tra đo lường tại cơ sở kinh doanh", "II.5.c", "in_progress", {"inspections":3,"establishments_inspected":13},
      "Thực hiện 03 cuộc kiểm tra tại 13 cơ sở, chưa phát hiện vi phạm. Đang tiếp tục thực hiện.",
      ["Các cơ sở kinh doanh xăng dầu thuộc doanh nghiệp lớn thường yêu cầu văn bản thông báo trước, khó kiểm tra đột xuất."], []),
     ("Cử cán bộ dự tập huấn", "II.3.a", "completed", {"participants":2},
      "02 công chức đã dự tập huấn nghiệp vụ. Đã hoàn thành.", [], []),
     ("Hội nghị phổ biến pháp luật TĐC", "II.1.a", "completed", {"training_courses":1,"participants":95},
      "Tổ chức 01 hội nghị phổ biến pháp luật về đo lường, chất lượng với 95 đại biểu là hộ kinh doanh. Đã hoàn thành.",
      [], ["Đề nghị Chi cục TĐC cung cấp tài liệu, tờ rơi tuyên truyền để phát tại hội nghị."]),
    ])

# ---------------- H4: commune clerk, key=value figures, Rồi/Đang làm ----------------
rep(f="25750_TongHop_CT38_PhuLoi.xlsx", hand="H4", uid="25750", uname="Phường Phú Lợi", head="UBND PHƯỜNG PHÚ LỢI",
    no="318/BC-UBND", date="2026-11-09",
    rows=[
     ("Kiểm tra đo lường (xăng dầu, cân chợ)", "II.5.c", "in_progress", {"inspections":4,"establishments_inspected":17,"violations":2,"fines_vnd":5000000},
      "Kiểm tra theo kế hoạch của phường", "cuộc=4; cơ sở=17; vi phạm=2; phạt=5.000.000đ", "Đang làm"),
     ("Tuyên truyền CT38", "II.1.a", "completed", {"communications":6}, "Đăng trang TTĐT, Zalo khu phố", "tin bài=6", "Rồi"),
     ("Cử người đi tập huấn", "II.3.a", "completed", {"participants":2}, "Lớp của Chi cục TĐC tháng 6", "người=2", "Rồi"),
     ("Tố giác vi phạm TĐC", "II.5.d", "not_applicable", {}, "", "", "Không có việc"),
     ("ISO 9001 tại UBND phường", "II.2.đ", "in_progress", {}, "Đang sửa quy trình", "", "Đang làm"),
    ],
    diffs=["Chưa có kinh phí riêng cho kiểm tra đo lường."],
    props=["Xin Chi cục TĐC hỗ trợ 01 bộ quả cân chuẩn."])

rep(f="26560_CT38_BaRia_T11.xlsx", hand="H4", uid="26560", uname="Phường Bà Rịa", head="UBND PHƯỜNG BÀ RỊA",
    no="402/BC-UBND", date="2026-11-11",
    rows=[
     ("Kiểm tra đo lường, chất lượng (phân cấp)", "II.5.c", "completed", {"inspections":6,"establishments_inspected":28,"violations":4,"fines_vnd":16500000},
      "Xăng dầu, vàng bạc, cân tại chợ", "cuộc=6; cơ sở=28; vi phạm=4; phạt=16.500.000đ", "Rồi"),
     ("Khảo sát chất lượng hàng hóa cùng Chi cục", "II.5.b", "completed", {"samples_tested":5}, "Lấy mẫu xăng dầu", "mẫu=5", "Rồi"),
     ("Tuyên truyền, hội nghị", "II.1.a", "completed", {"communications":9,"training_courses":1,"participants":110},
      "Tin bài + 01 hội nghị cho hộ KD", "tin bài=9; hội nghị=1; người dự=110", "Rồi"),
     ("Tập huấn cho công chức phường", "II.3.a", "not_started", {}, "Chờ lớp của Chi cục", "", "Chưa làm"),
    ],
    diffs=["Chợ Bà Rịa đang sửa chữa, tiểu thương phân tán nên khó kiểm tra cân."],
    props=["Đề nghị Chi cục TĐC thông báo sớm lịch lớp tập huấn năm 2027."])

rep(f="26596_BCCT38_ChauDuc.xlsx", hand="H4", uid="26596", uname="Xã Châu Đức", head="UBND XÃ CHÂU ĐỨC",
    no="87/BC-UBND", date="2026-11-07",
    rows=[
     ("Kiểm tra cân, xăng dầu", "II.5.c", "in_progress", {"inspections":2,"establishments_inspected":9,"violations":0}, "Tại chợ xã và 02 cây xăng", "cuộc=2; cơ sở=9; vi phạm=0", "Đang làm"),
     ("Tuyên truyền", "II.1.a", "completed", {"communications":2}, "Loa ấp", "tin bài=2", "Rồi"),
     ("Hướng dẫn truy xuất nguồn gốc nông sản", "II.2.a", "in_progress", {"enterprises_supported":15}, "Hộ trồng tiêu, cà phê, HTX", "hộ/HTX được hướng dẫn=15", "Đang làm"),
     ("Phản ánh, tố giác", "II.5.d", "not_applicable", {}, "", "", "Không có việc"),
    ],
    diffs=["Nông dân lớn tuổi khó sử dụng phần mềm truy xuất nguồn gốc.", "Xã thiếu người làm chuyên môn."],
    props=["Đề nghị Sở hỗ trợ tập huấn truy xuất nguồn gốc tại xã."])

rep(f="26680_TongHop_DatDo.xlsx", hand="H4", uid="26680", uname="Xã Đất Đỏ", head="UBND XÃ ĐẤT ĐỎ",
    no="91/BC-UBND", date="2026-11-06", rejected=True,
    reason="Báo cáo giảm nghèo bền vững năm 2026, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW",
    title="TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026",
    rows=[
     ("Rà soát hộ nghèo, cận nghèo", None, None, {}, "Rà soát toàn xã", "hộ nghèo=37; cận nghèo=52", "Rồi"),
     ("Hỗ trợ vay vốn", None, None, {}, "Ngân hàng CSXH", "hộ vay=24; số tiền=1.150.000.000đ", "Đang làm"),
     ("Hỗ trợ nhà ở", None, None, {}, "Xây mới, sửa chữa", "căn=6", "Rồi"),
    ],
    diffs=["Một số hộ thoát nghèo chưa bền vững."], props=["Xin bổ sung vốn vay giải quyết việc làm."])
