# -*- coding: utf-8 -*-
def build(g):
    A, B, C, D = g["hand_a"], g["hand_b"], g["hand_c"], g["hand_d"]
    C_, P_, DX = "completed", "in_progress", "not_started"

    # ================= Hand A — Kanban (young officer) =================
    A("p-tan-khanh-bc-ct38-kanban.docx", "25891", "Phường Tân Khánh", "ỦY BAN NHÂN DÂN", "312/BC-UBND", "2026-11-05",
      "Tân Khánh, ngày 05 tháng 11 năm 2026", [
        (2, "Tin bài CT38 trên trang phường", ["Đăng 07 tin bài trên trang TTĐT + nhóm Zalo khu phố", "Phát loa 2 tuần liền"], "II.1.a", C_, {"communications": 7}),
        (2, "ISO 9001 bộ phận một cửa", ["Đã rà lại, đánh giá nội bộ xong tháng 9"], "II.2.đ", C_, {}),
        (1, "KT cân chợ Tân Khánh", ["03 cuộc · 38 cơ sở", "02 cơ sở cân sai", "Phạt: 2.500.000đ"], "II.5.c", P_, {"inspections": 3, "establishments_inspected": 38, "violations": 2, "fines_vnd": 2500000}),
        (0, "Cử CB dự tập huấn Chi cục", ["Chờ lịch lớp của Chi cục TĐC"], "II.3.a", DX, {}),
      ], ["Phường chưa có cân đối chứng đạt chuẩn để người dân tự kiểm tra."],
      ["Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Tân Khánh."], "Lê Hoàng Minh Thư")

    A("p-tan-dong-hiep-kanban-T11.docx", "25945", "Phường Tân Đông Hiệp", "ỦY BAN NHÂN DÂN", "287/BC-UBND", "2026-11-04",
      "Tân Đông Hiệp, ngày 04 tháng 11 năm 2026", [
        (2, "Tập huấn hộ KD về đo lường", ["01 lớp tại hội trường KP Đông Chiêu", "65 hộ kinh doanh dự"], "II.1.a", C_, {"training_courses": 1, "participants": 65}),
        (2, "CB dự lớp nghiệp vụ TĐC", ["03 đồng chí (Kinh tế, VH-XH, Công an phường)"], "II.3.a", C_, {"participants": 3}),
        (1, "KT xăng dầu, vàng bạc", ["2 cuộc liên ngành", "11 cơ sở"], "II.5.c", P_, {"inspections": 2, "establishments_inspected": 11}),
        (1, "Duy trì ISO 9001:2015", ["Đang chuyển đổi quy trình sang bản điện tử"], "II.2.đ", P_, {}),
      ], [], ["Đề nghị Sở KH&CN sớm ban hành hướng dẫn phân cấp kiểm tra đo lường cho phường."], "Nguyễn Thị Kim Ngân")

    A("xa-chau-duc-kanban.docx", "26596", "Xã Châu Đức", "ỦY BAN NHÂN DÂN", "145/BC-UBND", "2026-11-06",
      "Châu Đức, ngày 06 tháng 11 năm 2026", [
        (2, "Phát tờ rơi nhãn hàng hóa", ["500 tờ rơi tại 3 chợ + UBND xã"], "II.1.a", C_, {"communications": 500}),
        (1, "KT phân bón, vật tư NN", ["04 cuộc / 19 cơ sở", "Vi phạm: 03 cơ sở", "Phạt 12.000.000 đồng", "Lấy 06 mẫu phân bón gửi thử nghiệm"], "II.5.c", P_,
         {"inspections": 4, "establishments_inspected": 19, "violations": 3, "fines_vnd": 12000000, "samples_tested": 6}),
        (0, "Hướng dẫn HTX công bố chất lượng", ["Chưa bố trí được, dời sang tháng 12"], "II.2.d", DX, {}),
      ], ["Xã rộng, cán bộ kiêm nhiệm nên chưa đi kiểm tra hết các cửa hàng vật tư nông nghiệp."],
      ["Xin bố trí kinh phí lấy mẫu phân bón năm 2027."], "Đặng Quốc Huy")

    A("P.BinhDuong_BC_CT38_bang-cong-viec.docx", "25760", "Phường Bình Dương", "ỦY BAN NHÂN DÂN", "402/BC-UBND", "2026-11-03",
      "Bình Dương, ngày 03 tháng 11 năm 2026", [
        (2, "Hội nghị phổ biến CT38", ["01 hội nghị, 120 đại biểu", "04 bài trên trang phường"], "II.1.a", C_, {"training_courses": 1, "participants": 120, "communications": 4}),
        (2, "ISO hành chính", ["Công bố lại HTQLCL ngày 12/8"], "II.2.đ", C_, {}),
        (2, "KT đợt Tết + Trung thu", ["05 cuộc · 47 cơ sở", "04 vi phạm", "Phạt 9.750.000đ"], "II.5.c", C_, {"inspections": 5, "establishments_inspected": 47, "violations": 4, "fines_vnd": 9750000}),
        (1, "Tiếp nhận phản ánh cân thiếu", ["Đang xác minh các phản ánh qua đường dây nóng"], "II.5.d", P_, {}),
      ], ["Chưa có cán bộ chuyên trách về tiêu chuẩn đo lường chất lượng, phải kiêm nhiệm.",
          "Kinh phí kiểm tra không được bố trí riêng."],
      ["Đề nghị Chi cục TĐC tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong Quý I/2027."], "Huỳnh Gia Bảo")

    A("CDS_kanban_CT38_2026.docx", "SKHCN-CDS", "Phòng Chuyển đổi số", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "58/BC-CĐS", "2026-10-30",
      "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", [
        (2, "Liên thông Cổng một cửa QG (TTHC TĐC)", ["Kết nối chính thức từ 15/3/2026"], "II.2.h", C_, {}),
        (1, "Kết nối CSDL quốc gia TĐC", ["Đã xong API thử, đang đồng bộ dữ liệu"], "II.2.i", P_, {}),
        (1, "Góp ý TCVN dữ liệu mở", ["Góp ý 02 dự thảo TCVN"], "II.2.e", P_, {"standards_reviewed": 2}),
        (0, "Cập nhật điều ước QT lên cổng Sở", ["Chờ Chi cục gửi danh mục"], "II.6.a", DX, {}),
      ], [], ["Đề nghị Chi cục cử đầu mối kỹ thuật phối hợp kết nối dữ liệu."], "Trương Nhật Vy")

    # ================= Hand B — raw rows + pivot (ward statistics clerk) =================
    rows = [("12/03/2026", "Tuyên truyền CT38", "Tin bài", 2), ("20/08/2026", "Tuyên truyền CT38", "Tin bài", 3),
            ("15/01/2026", "Kiểm tra đo lường chợ", "Cuộc kiểm tra", 1), ("15/01/2026", "Kiểm tra đo lường chợ", "Cơ sở được kiểm tra", 14),
            ("15/01/2026", "Kiểm tra đo lường chợ", "Cơ sở vi phạm", 1), ("15/01/2026", "Kiểm tra đo lường chợ", "Tiền phạt (đồng)", 1500000),
            ("22/06/2026", "Kiểm tra đo lường chợ", "Cuộc kiểm tra", 1), ("22/06/2026", "Kiểm tra đo lường chợ", "Cơ sở được kiểm tra", 12),
            ("22/06/2026", "Kiểm tra đo lường chợ", "Cơ sở vi phạm", 1), ("22/06/2026", "Kiểm tra đo lường chợ", "Tiền phạt (đồng)", 2000000),
            ("09/10/2026", "Kiểm tra đo lường chợ", "Cuộc kiểm tra", 1), ("09/10/2026", "Kiểm tra đo lường chợ", "Cơ sở được kiểm tra", 9),
            ("18/05/2026", "Cán bộ dự tập huấn", "Lượt người", 2),
            ("30/09/2026", "Duy trì ISO 9001 tại UBND", "Đánh giá nội bộ", None)]
    B("P_DongHoa_CT38_pivot.xlsx", "25951", "Phường Đông Hòa", "198/BC-UBND", "2026-11-02", "Đông Hòa, ngày 02 tháng 11 năm 2026", rows,
      {"Tuyên truyền CT38": "Hoàn thành", "Kiểm tra đo lường chợ": "Đang thực hiện", "Cán bộ dự tập huấn": "Hoàn thành", "Duy trì ISO 9001 tại UBND": "Hoàn thành"},
      {"Tuyên truyền CT38": ("II.1.a", C_, {"Tin bài": "communications"}),
       "Kiểm tra đo lường chợ": ("II.5.c", P_, {"Cuộc kiểm tra": "inspections", "Cơ sở được kiểm tra": "establishments_inspected", "Cơ sở vi phạm": "violations", "Tiền phạt (đồng)": "fines_vnd"}),
       "Cán bộ dự tập huấn": ("II.3.a", C_, {"Lượt người": "participants"}),
       "Duy trì ISO 9001 tại UBND": ("II.2.đ", C_, {})},
      ["Chợ tạm Đông Hòa chưa có điểm cân đối chứng."], ["Đề nghị Chi cục phối hợp kiểm tra chợ Đông Hòa trong tháng 12/2026."])

    rows = [("10/04/2026", "Hội nghị tuyên truyền TCĐLCL", "Hội nghị", 1), ("10/04/2026", "Hội nghị tuyên truyền TCĐLCL", "Người tham dự", 80),
            ("05/03/2026", "Kiểm tra đo lường, chất lượng", "Cuộc kiểm tra", 2), ("05/03/2026", "Kiểm tra đo lường, chất lượng", "Cơ sở được kiểm tra", 15),
            ("05/03/2026", "Kiểm tra đo lường, chất lượng", "Cơ sở vi phạm", 2), ("05/03/2026", "Kiểm tra đo lường, chất lượng", "Tiền phạt (đồng)", 2000000),
            ("14/09/2026", "Kiểm tra đo lường, chất lượng", "Cuộc kiểm tra", 2), ("14/09/2026", "Kiểm tra đo lường, chất lượng", "Cơ sở được kiểm tra", 12),
            ("14/09/2026", "Kiểm tra đo lường, chất lượng", "Cơ sở vi phạm", 1), ("14/09/2026", "Kiểm tra đo lường, chất lượng", "Tiền phạt (đồng)", 4000000),
            ("", "Cử công chức dự tập huấn", "Lượt người", None)]
    B("HoaLoi_solieu_CT38_11T.xlsx", "25849", "Phường Hòa Lợi", "233/BC-UBND", "2026-11-05", "Hòa Lợi, ngày 05 tháng 11 năm 2026", rows,
      {"Hội nghị tuyên truyền TCĐLCL": "Hoàn thành", "Kiểm tra đo lường, chất lượng": "Đang thực hiện", "Cử công chức dự tập huấn": "Chưa thực hiện"},
      {"Hội nghị tuyên truyền TCĐLCL": ("II.1.a", C_, {"Hội nghị": "training_courses", "Người tham dự": "participants"}),
       "Kiểm tra đo lường, chất lượng": ("II.5.c", P_, {"Cuộc kiểm tra": "inspections", "Cơ sở được kiểm tra": "establishments_inspected", "Cơ sở vi phạm": "violations", "Tiền phạt (đồng)": "fines_vnd"}),
       "Cử công chức dự tập huấn": ("II.3.a", DX, {})},
      [], ["Đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn riêng cho công chức phường mới sáp nhập."])

    rows = [("02/02/2026", "Tuyên truyền trên loa, Zalo ấp", "Tin bài", 3),
            ("17/07/2026", "Kiểm tra, lấy mẫu xăng dầu", "Cuộc kiểm tra", 2), ("17/07/2026", "Kiểm tra, lấy mẫu xăng dầu", "Cơ sở được kiểm tra", 16),
            ("17/07/2026", "Kiểm tra, lấy mẫu xăng dầu", "Mẫu lấy", 4),
            ("30/06/2026", "ISO 9001 UBND xã", "Công bố lại", None),
            ("", "Tiếp nhận tố giác vi phạm TCĐLCL", "Vụ việc", None)]
    B("XaHoaHiep-CT38-data.xlsx", "26647", "Xã Hòa Hiệp", "120/BC-UBND", "2026-11-06", "Hòa Hiệp, ngày 06 tháng 11 năm 2026", rows,
      {"Tuyên truyền trên loa, Zalo ấp": "Hoàn thành", "Kiểm tra, lấy mẫu xăng dầu": "Đang thực hiện", "ISO 9001 UBND xã": "Hoàn thành", "Tiếp nhận tố giác vi phạm TCĐLCL": "Không phát sinh"},
      {"Tuyên truyền trên loa, Zalo ấp": ("II.1.a", C_, {"Tin bài": "communications"}),
       "Kiểm tra, lấy mẫu xăng dầu": ("II.5.c", P_, {"Cuộc kiểm tra": "inspections", "Cơ sở được kiểm tra": "establishments_inspected", "Mẫu lấy": "samples_tested"}),
       "ISO 9001 UBND xã": ("II.2.đ", C_, {}),
       "Tiếp nhận tố giác vi phạm TCĐLCL": ("II.5.d", "not_applicable", {})},
      ["Xã chưa có kinh phí gửi mẫu thử nghiệm."], [])

    # mistaken: giảm nghèo
    rows = [("KP1", "Hộ nghèo", "Số hộ", 12), ("KP2", "Hộ nghèo", "Số hộ", 9), ("KP1", "Hộ cận nghèo", "Số hộ", 21), ("KP3", "Hộ cận nghèo", "Số hộ", 17),
            ("KP1", "Vay vốn NHCSXH", "Số tiền (đồng)", 450000000), ("KP2", "Vay vốn NHCSXH", "Số tiền (đồng)", 300000000),
            ("KP3", "Hỗ trợ BHYT", "Số thẻ", 64)]
    B("TNP_BC_tonghop_T10.xlsx", "26842", "Phường Tăng Nhơn Phú", "341/BC-UBND", "2026-11-04", "Tăng Nhơn Phú, ngày 04 tháng 11 năm 2026", rows,
      {"Hộ nghèo": "Đang thực hiện", "Hộ cận nghèo": "Đang thực hiện", "Vay vốn NHCSXH": "Hoàn thành", "Hỗ trợ BHYT": "Hoàn thành"}, {},
      [], [], rejected="Không phải báo cáo Kế hoạch CT38: số liệu giảm nghèo bền vững (hộ nghèo, cận nghèo, vay vốn) gửi nhầm.",
      title="SỐ LIỆU GIẢM NGHÈO BỀN VỮNG 10 THÁNG NĂM 2026")

    # ================= Hand C — department memos, "name (meeting status):" =================
    C("SCT_3817_phoi-hop-CT38.docx", "SO-CT", "Sở Công Thương", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "3817/SCT-QLTM", "2026-10-29",
      "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
      "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo tình hình các đầu việc Sở tham gia phối hợp như sau:", [
        ("Kiểm tra kinh doanh xăng dầu, khí dầu mỏ hóa lỏng", "đã chốt",
         "Sở đã chủ trì 06 cuộc kiểm tra liên ngành tại 54 cơ sở kinh doanh xăng dầu, LPG; phát hiện 05 cơ sở vi phạm, xử phạt 41,5 triệu đồng.", "II.5.a", C_,
         {"inspections": 6, "establishments_inspected": 54, "violations": 5, "fines_vnd": 41500000}),
        ("Khảo sát chất lượng xăng dầu trên thị trường", "đang chạy",
         "đã phối hợp với Chi cục TĐC lấy 24 mẫu xăng, dầu diesel; đang chờ kết quả thử nghiệm đợt 2.", "II.5.b", P_, {"samples_tested": 24}),
        ("Tập huấn cho thương nhân về nhãn hàng hóa", "đã chốt",
         "tổ chức 02 lớp tại Khu công nghiệp Tân Tạo và Hiệp Phước với 210 lượt thương nhân tham dự.", "II.1.a", C_, {"training_courses": 2, "participants": 210}),
        ("Hỗ trợ doanh nghiệp công nghiệp hỗ trợ nâng cao năng suất, chất lượng", "đang chạy",
         "đã hỗ trợ 12 doanh nghiệp áp dụng công cụ cải tiến năng suất, lồng ghép Chương trình 1322.", "II.2.a", P_, {"enterprises_supported": 12}),
      ], ["Lực lượng quản lý thị trường sau sắp xếp còn mỏng, địa bàn rộng."],
      ["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng để phối hợp xử lý."], "Trần Quốc Thịnh")

    C("SYT-6120-BC-CT38.docx", "SO-YT", "Sở Y tế", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "6120/SYT-NVY", "2026-10-31",
      "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
      "Sở Y tế nhận được đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch CT38 năm 2026. Qua giao ban tháng 10, Sở Y tế tổng hợp như sau:", [
        ("Góp ý quy chuẩn kỹ thuật về trang thiết bị y tế", "đã chốt",
         "Sở đã góp ý 03 dự thảo QCVN do Bộ Y tế và Bộ KH&CN gửi lấy ý kiến.", "II.2.e", C_, {"standards_reviewed": 3}),
        ("Rà soát kiểm định phương tiện đo nhóm 2 tại cơ sở y tế công lập", "đang chạy",
         "đã rà soát 18 cơ sở y tế công lập; 1.240 phương tiện đo (huyết áp kế, cân sức khỏe, nhiệt kế y học) đã được kiểm định trong năm.", "II.5.a", P_,
         {"establishments_inspected": 18, "instruments_verified": 1240}),
        ("Đào tạo sinh viên Cao đẳng Y tế về đo lường, chất lượng", "chưa khởi động",
         "chờ Chi cục TĐC thống nhất nội dung chương trình.", "II.3.d", DX, {}),
        ("Duy trì ISO 9001 tại cơ quan Sở", "đã chốt",
         "đã đánh giá nội bộ và công bố lại hệ thống quản lý chất lượng.", "II.2.đ", C_, {}),
      ], ["Nhiều cơ sở y tế tuyến cơ sở chưa có kinh phí kiểm định định kỳ."],
      ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên lịch kiểm định cho các trạm y tế."], "Nguyễn Văn Vĩnh Châu")

    C("SoGDDT_4402_CT38.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "4402/SGDĐT-GDNN", "2026-11-02",
      "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
      "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo các đầu việc liên quan như sau:", [
        ("Lồng ghép tiêu chuẩn, đo lường, chất lượng trong các trường trung cấp, cao đẳng", "đang chạy",
         "đã tổ chức 03 buổi chuyên đề cho 450 học sinh, sinh viên tại 3 trường trung cấp.", "II.3.d", P_, {"training_courses": 3, "participants": 450}),
        ("Tuyên truyền trong trường học", "đã chốt",
         "đăng 15 tin, bài trên cổng thông tin của ngành và bản tin các trường.", "II.1.a", C_, {"communications": 15}),
        ("Hệ thống quản lý chất lượng ISO tại cơ quan Sở", "đã chốt",
         "duy trì, cải tiến theo TCVN ISO 9001:2015.", "II.2.đ", C_, {}),
        ("Góp ý quy chuẩn về đồ chơi trẻ em, thiết bị dạy học", "không phát sinh",
         "trong kỳ chưa nhận được dự thảo để góp ý.", "II.2.e", "not_applicable", {}),
      ], ["Giáo viên chưa được bồi dưỡng kiến thức chuyên sâu về tiêu chuẩn, đo lường."],
      ["Đề nghị Chi cục TĐC biên soạn tài liệu ngắn về đo lường, chất lượng dùng cho học sinh."], "Lê Thị Hồng Nhung", resave=True)

    C("SNNMT-7781-CT38-2026.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "7781/SNNMT-CCQLCL", "2026-10-28",
      "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
      "Sở Nông nghiệp và Môi trường báo cáo tình hình các đầu việc phối hợp thực hiện Kế hoạch CT38 năm 2026 như sau:", [
        ("Truy xuất nguồn gốc nông sản (Đề án 100)", "đang chạy",
         "đã hỗ trợ 37 doanh nghiệp, hợp tác xã cấp mã truy xuất; kinh phí đã giải ngân 285.000.000 đồng.", "II.2.a", P_,
         {"enterprises_supported": 37, "budget_spent_vnd": 285000000}),
        ("Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật", "đã chốt",
         "09 cuộc kiểm tra tại 86 cơ sở, lấy 40 mẫu; 07 cơ sở vi phạm bị xử phạt tổng cộng 63.250.000 đồng.", "II.5.a", C_,
         {"inspections": 9, "establishments_inspected": 86, "samples_tested": 40, "violations": 7, "fines_vnd": 63250000}),
        ("Xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch nông thôn", "chưa khởi động",
         "đang chờ bố trí kinh phí năm 2027.", "II.2.e", DX, {}),
        ("Tập huấn năng suất, chất lượng cho hợp tác xã", "đã chốt",
         "04 lớp, 260 học viên là cán bộ quản lý hợp tác xã và tổ hợp tác.", "II.3.b", C_, {"training_courses": 4, "participants": 260}),
      ], ["Một số hợp tác xã chưa đủ điều kiện ứng dụng phần mềm truy xuất nguồn gốc.",
          "Chi phí thử nghiệm mẫu phân bón tăng so với dự toán."],
      ["Đề nghị Sở KH&CN hướng dẫn thủ tục xây dựng quy chuẩn kỹ thuật địa phương.",
       "Đề nghị bố trí thêm kinh phí hỗ trợ tem truy xuất cho hợp tác xã."], "Phan Thanh Tùng")

    C("SXD_BC_CCHC_10T.docx", "SO-XD", "Sở Xây dựng", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "5093/BC-SXD", "2026-10-30",
      "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
      "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả 10 tháng như sau:", [
        ("Cải cách thể chế", "đã chốt", "rà soát 12 văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng.", None, None, {}),
        ("Cải cách thủ tục hành chính", "đang chạy", "tiếp nhận 4.812 hồ sơ, giải quyết đúng hạn 98,6%.", None, None, {}),
        ("Chính quyền số", "đang chạy", "100% hồ sơ cấp phép xây dựng được tiếp nhận trực tuyến.", None, None, {}),
      ], [], [], "Võ Hoài Nam", rejected="Không phải báo cáo Kế hoạch CT38: báo cáo cải cách hành chính 10 tháng gửi nhầm.",
      title="Kết quả thực hiện công tác cải cách hành chính 10 tháng năm 2026")

    # ================= Hand D — tracker with "Chốt giao ban" =================
    D("ChiCucTDC_theodoi_CT38_T10.xlsx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "1290/BC-CCTĐC", "2026-10-30",
      "TP.HCM, ngày 30 tháng 10 năm 2026", [
        ("Tập huấn VBQPPL + tọa đàm DN nhập khẩu", "5 lớp tập huấn và tọa đàm tại Chi cục, KCN Vĩnh Lộc", ["5 lớp", "612 lượt người"], "đã chốt", "P. Quản lý TĐC", "II.1.a", C_, {"training_courses": 5, "participants": 612}),
        ("Vận động DN dự Giải thưởng CLQG", "gửi thư mời, hướng dẫn hồ sơ", ["23 doanh nghiệp được hướng dẫn"], "đã chốt", "P. Năng suất", "II.1.b", C_, {"enterprises_supported": 23}),
        ("Hội đồng sơ tuyển GTCLQG", "đã nhận hồ sơ, đang chấm điểm", [], "đang chạy", "P. Năng suất", "II.2.b", P_, {}),
        ("Hỗ trợ DN áp dụng HTQLCL tiên tiến", "tư vấn ISO 9001, ISO 22000, 5S, Lean", ["41 doanh nghiệp"], "đang chạy", "P. Năng suất", "II.2.d", P_, {"enterprises_supported": 41}),
        ("Góp ý TCVN, QCVN", "góp ý dự thảo Bộ KH&CN và các Bộ gửi", ["17 dự thảo TCVN/QCVN"], "đang chạy", "P. Quản lý TĐC", "II.2.e", P_, {"standards_reviewed": 17}),
        ("Tập huấn CC phường, xã, đặc khu", "3 lớp theo cụm", ["3 lớp", "289 công chức"], "đã chốt", "P. Quản lý TĐC", "II.3.a", C_, {"training_courses": 3, "participants": 289}),
        ("Bảo trì, kiểm định thiết bị nghiệp vụ", "kiểm định, hiệu chuẩn bộ quả cân, đồng hồ xăng dầu chuẩn", ["64 phương tiện", "chi 118.700.000 đ"], "đang chạy", "P. Đo lường", "II.4.b", P_, {"instruments_verified": 64, "budget_spent_vnd": 118700000}),
        ("Kiểm tra nhà nước TĐC", "kiểm tra xăng dầu, vàng trang sức, mũ bảo hiểm, đồ chơi", ["14 cuộc", "163 cơ sở", "22 vi phạm", "phạt 387.500.000 đ"], "đang chạy", "Đội KT", "II.5.a", P_,
         {"inspections": 14, "establishments_inspected": 163, "violations": 22, "fines_vnd": 387500000}),
        ("Khảo sát chất lượng SP, HH", "khảo sát xăng dầu, thép, bánh trung thu", ["120 mẫu"], "đã chốt", "Đội KT", "II.5.b", C_, {"samples_tested": 120}),
        ("Hợp tác APO", "", [], "chưa khởi động", "P. Năng suất", "II.6.b", DX, {}),
      ], ["Biên chế Đội kiểm tra chỉ còn 6 người sau sắp xếp.", "Kinh phí lấy mẫu khảo sát không đủ cho đợt Quý IV."],
      ["Đề nghị Sở bổ sung 02 biên chế kiểm tra viên.", "Đề nghị Sở điều chỉnh dự toán lấy mẫu khảo sát năm 2027."])

    D("TTPTTN_CT38_2026.xlsx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "512/BC-TTPT", "2026-10-29",
      "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", [
        ("Đầu tư trang thiết bị thử nghiệm", "mua sắm máy sắc ký, tủ khí hậu", ["giải ngân 2,35 tỷ đồng"], "đang chạy", "P. Kế hoạch", "II.4.a", P_, {"budget_spent_vnd": 2350000000}),
        ("Mở rộng dịch vụ kiểm định, thử nghiệm", "mở thêm 6 phép thử điện - điện tử", ["18.540 phương tiện đo", "3.215 mẫu thử nghiệm"], "đã chốt", "P. Đo lường", "II.2.g", C_,
         {"instruments_verified": 18540, "samples_tested": 3215}),
        ("Duy trì chuẩn đo lường chính", "hiệu chuẩn liên kết chuẩn tại Viện Đo lường VN", ["12 chuẩn"], "đang chạy", "P. Đo lường", "II.4.c", P_, {"instruments_verified": 12}),
        ("Đào tạo SV về đo lường, thử nghiệm", "", [], "chưa khởi động", "P. Đào tạo", "II.3.d", DX, {}),
      ], ["Thủ tục mua sắm thiết bị kéo dài."], ["Đề nghị Sở hướng dẫn sớm thủ tục đấu thầu thiết bị năm 2027."], resave=True)

    D("SATTP_CT38_theodoi.xlsx", "SO-ATTP", "Sở An toàn thực phẩm", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "2210/BC-SATTP", "2026-11-03",
      "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", [
        ("Kiểm tra liên ngành nhãn, chất lượng thực phẩm", "kiểm tra dịp Tết, Trung thu", ["07 cuộc", "95 cơ sở", "12 vi phạm", "154.000.000 đ", "210 mẫu"], "đã chốt", "P. Thanh tra", "II.5.a", C_,
         {"inspections": 7, "establishments_inspected": 95, "violations": 12, "fines_vnd": 154000000, "samples_tested": 210}),
        ("Tuyên truyền ghi nhãn thực phẩm", "bài trên cổng TTĐT, báo", ["26 tin, bài"], "đang chạy", "VP Sở", "II.1.a", P_, {"communications": 26}),
        ("Góp ý QCVN thực phẩm", "góp ý dự thảo của Bộ Y tế", ["04 dự thảo"], "đã chốt", "P. Nghiệp vụ", "II.2.e", C_, {"standards_reviewed": 4}),
        ("Kết nối CSDL chất lượng", "", [], "chưa khởi động", "P. Nghiệp vụ", "II.2.i", DX, {}),
      ], ["Dữ liệu kiểm tra của Sở chưa liên thông với Chi cục TĐC."], ["Đề nghị thống nhất mẫu trao đổi dữ liệu kiểm tra giữa hai Sở."])
