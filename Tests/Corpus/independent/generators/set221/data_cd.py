# Hand C — Võ Thị Kim Ngân style (ward economic officer, XLSX): "STT | Nội dung công việc | Kết quả (số lượng) |
# Số hộ / lượt | Tỷ lệ (%) | Tình trạng | Ghi chú"; households, "lượt" and percentages beside real figures,
# "Số liệu tạm tính" in Ghi chú; status words "Đã xong / Đang làm tiếp / Chưa làm / Không phát sinh".
C = []

C.append(dict(
    file="AnPhu_bieu_CT38_T10.xlsx", hand="C", unit_id="25975", unit_name="Phường An Phú",
    upper="UBND PHƯỜNG AN PHÚ", number="215/BC-UBND", date="2026-10-29", date_text="An Phú, ngày 29 tháng 10 năm 2026",
    rows=[
        dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 7000000},
             name="Phối hợp kiểm tra đo lường, chất lượng tại chợ, cây xăng", kq="03 cuộc; 21 cơ sở; 02 vi phạm; phạt 7.000.000đ",
             hl="Nhắc nhở 86 hộ tiểu thương", tl="9,5%", tt="Đang làm tiếp", gc="Tỷ lệ vi phạm/cơ sở được kiểm tra"),
        dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 72, "communications": 5},
             name="Tuyên truyền, hội nghị phổ biến pháp luật TĐC", kq="01 hội nghị; 05 tin bài",
             hl="72 lượt người dự; 410 hộ nhận tờ rơi", tl="88%", tt="Đã xong", gc="Tỷ lệ hộ kinh doanh được tuyên truyền"),
        dict(task="II.3.a", status="completed", ind={"participants": 2}, name="Cử công chức tham dự tập huấn nghiệp vụ",
             kq="02 công chức", hl="", tl="100%", tt="Đã xong", gc=""),
        dict(task="II.2.đ", status="in_progress", ind={}, name="Duy trì HTQLCL ISO 9001 tại UBND phường",
             kq="Cập nhật 38 quy trình", hl="", tl="70%", tt="Đang làm tiếp", gc="Số liệu tạm tính"),
    ],
    diffs=["Hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi."],
    props=["Đề nghị Sở tổ chức kiểm định cân miễn phí tại chợ An Phú."],
    signer="Võ Thị Kim Ngân",
))

C.append(dict(
    file="BTU-bieu-tdc.xlsx", hand="C", unit_id="25906", unit_name="Xã Bắc Tân Uyên",
    upper="UBND XÃ BẮC TÂN UYÊN", number="88/BC-UBND", date="2026-11-05", date_text="Bắc Tân Uyên, ngày 05 tháng 11 năm 2026",
    rows=[
        dict(task="II.5.c", status="completed", ind={"inspections": 2, "establishments_inspected": 14, "violations": 0},
             name="Kiểm tra đo lường cây xăng, đại lý vật liệu", kq="02 cuộc; 14 cơ sở; không vi phạm",
             hl="", tl="100% cơ sở đạt", tt="Đã xong", gc=""),
        dict(task="II.1.a", status="in_progress", ind={"communications": 12, "participants": 230},
             name="Tuyên truyền qua loa truyền thanh, họp ấp", kq="12 lượt phát thanh",
             hl="230 lượt người dự họp ấp; 1.050 hộ", tl="61%", tt="Đang làm tiếp", gc="Số liệu tạm tính, còn 3 ấp chưa báo"),
        dict(task="II.3.a", status="not_started", ind={}, name="Cử công chức đi tập huấn",
             kq="", hl="", tl="0%", tt="Chưa làm", gc="Chờ thư mời của Sở"),
        dict(task="II.5.d", status="not_applicable", ind={}, name="Khen thưởng, bảo vệ người tố giác vi phạm",
             kq="", hl="", tl="", tt="Không phát sinh", gc=""),
    ],
    diffs=["Xã mới sáp nhập, địa bàn rộng, công chức phụ trách kiêm nhiệm nhiều lĩnh vực."],
    props=["Đề nghị Sở sớm tổ chức tập huấn nghiệp vụ cho công chức xã."],
    signer="Võ Thị Kim Ngân", resave=True,
))

C.append(dict(
    file="27475_TanHung_CT38.xlsx", hand="C", unit_id="27475", unit_name="Phường Tân Hưng",
    upper="UBND PHƯỜNG TÂN HƯNG", number="301/BC-UBND", date="2026-11-11", date_text="Tân Hưng, ngày 11 tháng 11 năm 2026",
    rows=[
        dict(task="II.5.c", status="in_progress", ind={"inspections": 5, "establishments_inspected": 33, "violations": 4, "fines_vnd": 16250000},
             name="Phối hợp Đội QLTT kiểm tra nhãn hàng hóa, đo lường", kq="05 cuộc; 33 cơ sở; 04 vi phạm; phạt 16.250.000đ",
             hl="", tl="12,1%", tt="Đang làm tiếp", gc="Số liệu tạm tính (01 QĐ xử phạt chưa ký)"),
        dict(task="II.1.a", status="completed", ind={"training_courses": 2, "participants": 186},
             name="Hội nghị tuyên truyền cho hộ kinh doanh", kq="02 hội nghị",
             hl="186 lượt người; 520 hộ", tl="74%", tt="Đã xong", gc=""),
        dict(task="II.2.đ", status="completed", ind={"budget_spent_vnd": 12500000}, name="Công bố lại hệ thống ISO 9001:2015",
             kq="Đã công bố; chi 12.500.000đ thuê tư vấn", hl="", tl="100%", tt="Đã xong", gc=""),
    ],
    diffs=["Kinh phí kiểm tra phải lồng ghép từ nguồn chi thường xuyên của phường."],
    props=["Đề nghị Sở bố trí kinh phí hỗ trợ phường lấy mẫu kiểm tra chất lượng hàng hóa."],
    signer="Võ Thị Kim Ngân",
))

C.append(dict(
    file="HiepPhuoc-bc-thang11.xlsx", hand="C", unit_id="27658", unit_name="Xã Hiệp Phước",
    upper="UBND XÃ HIỆP PHƯỚC", number="204/BC-UBND", date="2026-11-02", date_text="Hiệp Phước, ngày 02 tháng 11 năm 2026",
    rows=[
        dict(task="II.5.c", status="in_progress", ind={"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 22500000, "samples_tested": 6},
             name="Kiểm tra xăng dầu, khí gas trên địa bàn", kq="04 cuộc; 26 cơ sở; 06 mẫu; 03 vi phạm; phạt 22.500.000đ",
             hl="", tl="11,5%", tt="Đang làm tiếp", gc="Số liệu tạm tính"),
        dict(task="II.1.a", status="completed", ind={"communications": 8}, name="Tuyên truyền trên hệ thống truyền thanh xã",
             kq="08 tin", hl="Khoảng 2.300 hộ nghe", tl="", tt="Đã xong", gc=""),
        dict(task="II.3.a", status="completed", ind={"participants": 3}, name="Cử công chức dự tập huấn",
             kq="03 người", hl="", tl="100%", tt="Đã xong", gc=""),
        dict(task="II.5.d", status="not_applicable", ind={}, name="Tiếp nhận tố giác",
             kq="", hl="", tl="", tt="Không phát sinh", gc=""),
    ],
    diffs=["Chưa có phương tiện lấy mẫu xăng dầu đạt yêu cầu."],
    props=["Đề nghị Chi cục TĐC hỗ trợ xã dụng cụ lấy mẫu xăng dầu."],
    signer="Võ Thị Kim Ngân", resave=True,
))

# Hand D — Đặng Minh Khoa style (XLSX, one row per figure): "Nhiệm vụ (theo KH 38) | Chỉ tiêu | Giá trị | ĐVT |
# Loại số liệu (Chính thức / Tạm tính) | Tình trạng nhiệm vụ", task and status merged down; second sheet "KhoKhan_DeXuat".
D = []

D.append(dict(
    file="KTPC_tonghop_KH38.xlsx", hand="D", unit_id="SKHCN-KTPC", unit_name="Phòng Kiểm tra – Pháp chế",
    upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ – PHÒNG KIỂM TRA – PHÁP CHẾ", number="58/BC-KTPC", date="2026-10-30", date_text="Ngày báo cáo: 30/10/2026",
    tasks=[
        dict(task="II.5.a", status="in_progress", name="Phối hợp kiểm tra, giám sát TĐC hàng hóa (mục 5a)",
             rows=[("Số đoàn kiểm tra", 6, "đoàn", "Chính thức", "inspections"), ("Cơ sở được kiểm tra", 48, "cơ sở", "Chính thức", "establishments_inspected"),
                   ("Cơ sở vi phạm", 7, "cơ sở", "Chính thức", "violations"), ("Tiền phạt VPHC", 93500000, "đồng", "Tạm tính", "fines_vnd")],
             tt="Đang triển khai"),
        dict(task="II.5.b", status="in_progress", name="Phối hợp khảo sát chất lượng hàng hóa (mục 5b)",
             rows=[("Mẫu khảo sát", 30, "mẫu", "Tạm tính", "samples_tested")], tt="Đang triển khai"),
        dict(task="II.5.d", status="completed", name="Xử lý hành vi vi phạm, bảo vệ người tố giác (mục 5d)",
             rows=[("Đơn, tố giác đã xử lý", 3, "đơn", "Chính thức", None)], tt="Hoàn thành"),
        dict(task="II.2.c", status="completed", name="Góp ý dự thảo luật, văn bản QPPL về TĐC (mục 2c)",
             rows=[("Văn bản góp ý", 5, "văn bản", "Chính thức", None)], tt="Hoàn thành"),
        dict(task="II.4.b", status="not_started", name="Bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ (mục 4b)",
             rows=[], tt="Chưa triển khai"),
    ],
    diffs=["Nhân sự phòng ít, phải cùng lúc phối hợp nhiều đoàn kiểm tra chuyên ngành."],
    props=["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra quý sớm để phòng bố trí người phối hợp."],
))

D.append(dict(
    file="SoGDDT_KH38_bieu.xlsx", hand="D", unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo",
    upper="UBND TP. HỒ CHÍ MINH – SỞ GIÁO DỤC VÀ ĐÀO TẠO", number="4712/SGDĐT-KHTC", date="2026-11-13", date_text="Ngày báo cáo: 13/11/2026",
    tasks=[
        dict(task="II.3.d", status="in_progress", name="Đào tạo, bồi dưỡng TĐC cho viên chức, sinh viên các trường",
             rows=[("Lớp bồi dưỡng tổ chức", 4, "lớp", "Chính thức", "training_courses"), ("Lượt học viên, sinh viên", 860, "lượt", "Tạm tính", "participants")],
             tt="Đang triển khai"),
        dict(task="II.2.đ", status="completed", name="Duy trì ISO 9001 tại cơ quan Sở",
             rows=[], tt="Hoàn thành"),
        dict(task="II.1.a", status="completed", name="Tuyên truyền về TĐC trong trường học",
             rows=[("Tin bài, tài liệu tuyên truyền", 15, "tin bài", "Chính thức", "communications")], tt="Hoàn thành"),
    ],
    diffs=["Chương trình đào tạo các trường chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng."],
    props=["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, giảng viên cho các lớp bồi dưỡng."],
    resave=True,
))

D.append(dict(
    file="SoATTP_bao-cao-11thang.xlsx", hand="D", mistaken=True, unit_id="SO-ATTP", unit_name="Sở An toàn thực phẩm",
    reason="Báo cáo kết quả kiểm tra an toàn thực phẩm bếp ăn tập thể, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng.",
    upper="UBND TP. HỒ CHÍ MINH – SỞ AN TOÀN THỰC PHẨM", number="2219/BC-SATTP", date="2026-11-08", date_text="Ngày báo cáo: 08/11/2026",
    title="KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM BẾP ĂN TẬP THỂ 11 THÁNG NĂM 2026",
    tasks=[
        dict(name="Kiểm tra bếp ăn tập thể khu công nghiệp",
             rows=[("Số đoàn kiểm tra", 14, "đoàn", "Chính thức", None), ("Bếp ăn được kiểm tra", 236, "cơ sở", "Chính thức", None), ("Mẫu thực phẩm xét nghiệm nhanh", 1180, "mẫu", "Tạm tính", None)],
             tt="Đang triển khai"),
        dict(name="Giám sát ngộ độc thực phẩm",
             rows=[("Vụ ngộ độc", 2, "vụ", "Chính thức", None)], tt="Hoàn thành"),
    ],
    diffs=["Nhiều bếp ăn chưa lưu mẫu thực phẩm đủ 24 giờ."],
    props=["Đề nghị các doanh nghiệp KCN tăng cường tự kiểm tra ATTP."],
))
