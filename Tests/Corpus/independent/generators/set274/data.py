# -*- coding: utf-8 -*-
"""Content of set 274: every file's facts, written once; gen.py renders them, truth is keyed from them."""

# entry: (task, status, indicators, text)  -- text is the passage exactly as written in the file

FILES = []

# ---------------------------------------------------------------- H1 Oanh (wards, DOCX, grouped by quarter finished)
FILES.append(dict(
    file="BC 318 CT38 P.Phu Loi.docx", hand="H1", kind="docx",
    unit=("25750", "Phường Phú Lợi"), number="318/BC-UBND", date="2026-10-27",
    place="Phú Lợi", dept_line="PHƯỜNG PHÚ LỢI",
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Thạnh"),
    groups=[
        ("1. Những việc đã xong trong Quý I/2026", [
            ("II.2.đ", "completed", {}, "Rà soát, cập nhật lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp bộ máy, ban hành lại danh mục quy trình nội bộ (Quyết định số 27/QĐ-UBND ngày 20/3/2026)."),
            ("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức (Phòng Kinh tế, Văn phòng HĐND và UBND) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cán bộ cấp xã do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 19/3/2026."),
        ]),
        ("2. Những việc đã xong trong Quý II/2026", [
            ("II.1.a", "completed", {"training_courses": 1, "participants": 45, "communications": 6}, "Tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh tại chợ Phú Lợi, có 45 lượt hộ kinh doanh tham dự; đăng 06 tin, bài trên trang thông tin điện tử của phường."),
        ]),
        ("3. Những việc đã xong trong Quý III/2026", [
            ("II.1.b", "completed", {"enterprises_supported": 14}, "Gửi thư mời, tài liệu hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia năm 2026 đến 14 doanh nghiệp trên địa bàn; có 01 doanh nghiệp đăng ký tham dự."),
        ]),
        ("4. Những việc đang làm tiếp", [
            ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3000000}, "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường, cân đối chứng tại các chợ và cửa hàng xăng dầu: từ đầu năm đến ngày 20/10/2026 đã thực hiện 03 cuộc kiểm tra tại 27 cơ sở, phát hiện 02 cơ sở vi phạm (cân không đạt yêu cầu kiểm định), xử phạt 3.000.000đ. Dự kiến kiểm tra thêm 01 cuộc trong tháng 12."),
            ("II.2.d", "in_progress", {"enterprises_supported": 9}, "Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn về ghi nhãn hàng hóa, công bố tiêu chuẩn áp dụng: đã hướng dẫn 09 cơ sở, tiếp tục thực hiện khi có yêu cầu."),
        ]),
        ("5. Những việc chưa làm hoặc không có việc", [
            ("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ không có tin báo, tố giác nên không phát sinh."),
        ]),
    ],
    difficulties=[
        "Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa có chuyên môn về đo lường.",
        "Phường chưa được trang bị quả cân chuẩn, cân đối chứng để tự kiểm tra tại chợ.",
    ],
    proposals=[
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại chợ Phú Lợi.",
        "Đề nghị tổ chức thêm lớp tập huấn chuyên sâu về đo lường cho công chức phường trong Quý I/2027.",
    ],
))

FILES.append(dict(
    file="Bao cao KH CT38 - P.Di An (10 thang).docx", hand="H1", kind="docx",
    unit=("25942", "Phường Dĩ An"), number="402/BC-UBND", date="2026-10-30",
    place="Dĩ An", dept_line="PHƯỜNG DĨ AN",
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Bích Liên"),
    groups=[
        ("A. Các việc đã xong", None),
        ("Quý I:", [
            ("II.3.a", "completed", {"participants": 3}, "Cử 03 công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cán bộ phường, xã do Chi cục tổ chức (tháng 3/2026)."),
        ]),
        ("Quý II:", [
            ("II.1.a", "completed", {"training_courses": 1, "participants": 80, "communications": 4}, "Phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho doanh nghiệp, hộ kinh doanh trên địa bàn, có 80 lượt người tham dự; đăng 04 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố."),
        ]),
        ("Quý III:", [
            ("II.5.b", "completed", {"samples_tested": 6}, "Phối hợp đoàn của Chi cục lấy 06 mẫu xăng, dầu tại các cửa hàng trên địa bàn phường để khảo sát chất lượng; kết quả đã được Chi cục thông báo."),
        ]),
        ("B. Các việc còn đang làm", [
            ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 46, "violations": 4, "fines_vnd": 7500000}, "Kiểm tra việc chấp hành quy định về đo lường tại chợ Dĩ An, chợ Nhị Đồng và các cửa hàng xăng dầu: đã tổ chức 05 cuộc kiểm tra với 46 cơ sở, phát hiện 04 cơ sở vi phạm, xử phạt 7.500.000đ; các trường hợp vi phạm đều đã nộp phạt."),
            ("II.2.đ", "in_progress", {}, "Xây dựng lại hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho bộ máy phường mới: đang rà soát quy trình, dự kiến công bố trong tháng 12/2026."),
        ]),
        ("C. Các việc chưa làm", [
            ("II.5.d", "not_started", {}, "Khen thưởng người tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng: chưa triển khai do chưa có hướng dẫn về mức khen thưởng, nguồn kinh phí."),
        ]),
    ],
    difficulties=[
        "Chợ Dĩ An và chợ Nhị Đồng có nhiều tiểu thương tự mang cân từ nơi khác đến, khó quản lý việc kiểm định cân.",
        "Kinh phí dành cho công tác tiêu chuẩn, đo lường, chất lượng của phường chưa được bố trí riêng.",
    ],
    proposals=[
        "Đề nghị Chi cục phối hợp tổ chức kiểm định cân tại chỗ cho tiểu thương chợ Dĩ An ít nhất 01 lần/năm.",
    ],
))

FILES.append(dict(
    file="BC_TDC_10thang_TanDongHiep.docx", hand="H1", kind="docx",
    unit=("25945", "Phường Tân Đông Hiệp"), number="215/BC-UBND", date="2026-10-29",
    place="Tân Đông Hiệp", dept_line="PHƯỜNG TÂN ĐÔNG HIỆP",
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hoàng Phúc"),
    groups=[
        ("1. Quý I/2026: không có việc hoàn thành.", []),
        ("2. Quý II/2026 đã xong:", [
            ("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."),
            ("II.1.a", "completed", {"communications": 3}, "Đăng 03 tin, bài tuyên truyền về Chỉ thị 38-CT/TW, về cân đong đúng, đủ trên trang thông tin điện tử phường và phát trên loa truyền thanh các khu phố."),
        ]),
        ("3. Quý III/2026 đã xong:", [
            ("II.2.d", "completed", {"enterprises_supported": 12}, "Hướng dẫn 12 doanh nghiệp trong khu công nghiệp và cụm sản xuất trên địa bàn thực hiện công bố hợp quy, ghi nhãn hàng hóa theo quy định (theo danh sách Chi cục chuyển về)."),
            ("II.2.đ", "completed", {}, "Hoàn thành công bố hệ thống quản lý chất lượng TCVN ISO 9001:2015 của UBND phường (Quyết định số 88/QĐ-UBND ngày 15/8/2026)."),
        ]),
        ("4. Đang làm, chưa xong:", [
            ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18, "violations": 1}, "Kiểm tra đo lường đối với cân tại chợ, cột đo xăng dầu: đã làm 02 cuộc, kiểm tra 18 cơ sở; phát hiện 01 cơ sở vi phạm (cân hết hạn kiểm định), đã lập biên bản nhắc nhở."),
        ]),
        ("5. Không có việc:", [
            ("II.5.d", "not_applicable", {}, "Khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: không phát sinh tin báo, tố giác."),
        ]),
    ],
    difficulties=[
        "Số lượng cơ sở kinh doanh trên địa bàn lớn, nhiều cơ sở thay đổi địa điểm thường xuyên, việc rà soát danh sách còn chậm.",
    ],
    proposals=[
        "Đề nghị Chi cục cung cấp danh sách cơ sở kinh doanh xăng dầu, LPG trên địa bàn phường được cập nhật định kỳ 06 tháng/lần.",
    ],
))

# ---------------------------------------------------------------- H3 Hiếu (wards, DOCX, chairman's directive per item)
FILES.append(dict(
    file="96-BC-UBND Chanh Hiep CT38.docx", hand="H3", kind="docx",
    unit=("25771", "Phường Chánh Hiệp"), number="96/BC-UBND", date="2026-11-02",
    place="Chánh Hiệp", dept_line="PHƯỜNG CHÁNH HIỆP", cutoff="(Số liệu tính từ ngày 01/01/2026 đến ngày 25/10/2026)",
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Minh Hiếu"),
    items=[
        ("II.1.a", "in_progress", {"communications": 8, "training_courses": 2, "participants": 96},
         "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "UBND phường chỉ đạo Văn phòng HĐND và UBND phường, các khu phố lồng ghép tuyên truyền trong các buổi sinh hoạt khu phố; đăng tải 08 tin, bài trên trang thông tin điện tử phường; tổ chức 02 buổi tọa đàm với hộ kinh doanh, có 96 lượt người tham dự.",
         "Tiếp tục duy trì thực hiện đến hết năm 2026."),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 31, "violations": 3, "fines_vnd": 6500000},
         "Phối hợp kiểm tra đo lường, chất lượng trên địa bàn",
         "Phòng Kinh tế phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 04 cuộc tại 31 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG) và cân tại chợ; phát hiện 03 cơ sở vi phạm, đã ban hành 03 quyết định xử phạt với tổng số tiền 6,5 triệu đồng.",
         "Đang thực hiện; tiếp tục kiểm tra theo kế hoạch Quý IV."),
        ("II.2.đ", "completed", {},
         "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015",
         "Phường đã xây dựng, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của phường.",
         "Đã hoàn thành; kết thúc, lưu hồ sơ."),
        ("II.3.a", "completed", {"participants": 2},
         "Cử cán bộ tham gia tập huấn nghiệp vụ",
         "Cử 02 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 24/4/2026.",
         "Đã thực hiện xong."),
        ("II.5.d", "not_applicable", {},
         "Khen thưởng, bảo vệ người tố giác vi phạm",
         "Trong kỳ, phường chưa nhận được phản ánh, tố giác nào về hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.",
         "Không phát sinh; tiếp tục theo dõi."),
    ],
    difficulties=[
        "Lực lượng làm công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng tại phường còn mỏng, chủ yếu kiêm nhiệm.",
        "Chưa có hướng dẫn cụ thể về thẩm quyền xử phạt của phường đối với một số hành vi vi phạm về đo lường sau khi sắp xếp chính quyền hai cấp.",
    ],
    proposals=[
        "Kiến nghị Sở Khoa học và Công nghệ ban hành văn bản hướng dẫn phân cấp, phân quyền quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp phường.",
        "Đề nghị Chi cục cung cấp tài liệu tuyên truyền (tờ rơi, pano) để phường phát tại các chợ.",
    ],
))

FILES.append(dict(
    file="BC CT38 Hoa Loi 2026.docx", hand="H3", kind="docx", libre=True,
    unit=("25849", "Phường Hòa Lợi"), number="141/BC-UBND", date="2026-10-31",
    place="Hòa Lợi", dept_line="PHƯỜNG HÒA LỢI", cutoff="(Số liệu tính đến ngày 20/10/2026)",
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thành Nhân"),
    items=[
        ("II.1.a", "in_progress", {"communications": 5},
         "Công tác tuyên truyền",
         "Đăng 05 tin, bài trên trang thông tin điện tử phường về cân đong, đo đếm và ghi nhãn hàng hóa; phát tờ rơi tại chợ Hòa Lợi và các cửa hàng tạp hóa.",
         "Tiếp tục thực hiện."),
        ("II.1.b", "completed", {"enterprises_supported": 3},
         "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         "Phối hợp giới thiệu, hướng dẫn 03 doanh nghiệp trong Khu công nghiệp VSIP II tìm hiểu hồ sơ tham dự Giải thưởng Chất lượng Quốc gia năm 2026.",
         "Đã xong, kết thúc."),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15},
         "Kiểm tra về đo lường, chất lượng",
         "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại 15 cơ sở kinh doanh xăng dầu và cân tại chợ; các cơ sở được kiểm tra đều chấp hành tốt quy định.",
         "Đang thực hiện, tiếp tục trong tháng 11 và 12."),
        ("II.3.a", "completed", {"participants": 1},
         "Tập huấn cho cán bộ phường",
         "Cử 01 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức.",
         "Đã hoàn thành."),
        ("II.5.b", "not_started", {},
         "Phối hợp lấy mẫu khảo sát chất lượng hàng hóa",
         "Trong kỳ, Chi cục chưa có kế hoạch lấy mẫu khảo sát trên địa bàn phường.",
         "Chưa triển khai; chủ động phối hợp khi Chi cục có kế hoạch."),
    ],
    difficulties=[
        "Phường mới sắp xếp, hồ sơ quản lý cơ sở kinh doanh của các đơn vị cũ chưa được bàn giao đầy đủ.",
    ],
    proposals=[
        "Đề nghị Chi cục tổ chức tập huấn cho công chức phường về nghiệp vụ kiểm tra đo lường tại chợ.",
        "Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí in ấn tài liệu tuyên truyền cho các phường.",
    ],
))

FILES.append(dict(
    file="77 BC UBND Tan Khanh - KH38.docx", hand="H3", kind="docx",
    unit=("25891", "Phường Tân Khánh"), number="77/BC-UBND", date="2026-10-28",
    place="Tân Khánh", dept_line="PHƯỜNG TÂN KHÁNH", cutoff="(Số liệu từ ngày 01/01/2026 đến ngày 22/10/2026)",
    signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phạm Quốc Việt"),
    items=[
        ("II.2.đ", "completed", {},
         "Duy trì, cải tiến hệ thống quản lý chất lượng",
         "Phường đã rà soát, sửa đổi 46 quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 và công bố lại hệ thống vào tháng 7/2026.",
         "Kết thúc, lưu hồ sơ."),
        ("II.1.a", "in_progress", {"communications": 4, "budget_spent_vnd": 8500000},
         "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
         "Đăng 04 tin, bài trên trang thông tin điện tử phường; lồng ghép tuyên truyền tại các cuộc họp khu phố; kinh phí đã chi 8.500.000 đồng cho in ấn tài liệu, băng rôn.",
         "Tiếp tục thực hiện."),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 1, "fines_vnd": 2500000},
         "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu",
         "Phối hợp Chi cục kiểm tra 03 cuộc tại 22 cơ sở; phát hiện 01 cơ sở vi phạm về đo lường, xử phạt 2.500.000 đồng.",
         "Đang thực hiện."),
        ("II.2.d", "completed", {"enterprises_supported": 6},
         "Hướng dẫn doanh nghiệp ghi nhãn, công bố tiêu chuẩn áp dụng",
         "Hướng dẫn 06 cơ sở sản xuất đồ gỗ, bao bì trên địa bàn thực hiện ghi nhãn hàng hóa, công bố tiêu chuẩn áp dụng theo danh sách Chi cục chuyển về.",
         "Đã hướng dẫn xong theo danh sách; kết thúc."),
    ],
    difficulties=[
        "Các cơ sở sản xuất nhỏ lẻ chưa quan tâm đến việc công bố tiêu chuẩn áp dụng, ghi nhãn hàng hóa.",
        "Phường chưa có cán bộ được đào tạo chuyên môn về đo lường.",
    ],
    proposals=[
        "Đề nghị Chi cục phối hợp tổ chức 01 buổi hướng dẫn trực tiếp cho các cơ sở sản xuất trên địa bàn phường Tân Khánh.",
    ],
))

# ---------------------------------------------------------------- H2 Bảo (wards, XLSX activity rows, lowercase statuses)
# rows: (task, status_word, activity, so_luong_text, thoi_gian, indicators)
FILES.append(dict(
    file="ThuanAn_BC_CT38_T10.xlsx", hand="H2", kind="xlsx",
    unit=("25978", "Phường Thuận An"), number="233/BC-UBND", date="2026-10-26",
    place="Thuận An", dept_line="PHƯỜNG THUẬN AN", sheet="BC T10",
    rows=[
        ("II.1.a", "xong", "Tuyên truyền trên loa, trang thông tin điện tử phường về đo lường, chất lượng hàng đóng gói sẵn", "07 tin bài", "T3 - T9", {"communications": 7}),
        ("II.1.a", "xong", "Tổ chức hội nghị phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật cho doanh nghiệp, hộ kinh doanh", "01 hội nghị, 65 người dự", "15/5/2026", {"training_courses": 1, "participants": 65}),
        ("II.5.c", "chưa xong - đang làm", "Kiểm tra đo lường tại chợ Búng, chợ Hưng Định và các cửa hàng xăng dầu (phối hợp Chi cục)", "03 cuộc, 24 cơ sở, 01 cơ sở vi phạm, phạt 5.000.000 đồng", "T4, T8, T9", {"inspections": 3, "establishments_inspected": 24, "violations": 1, "fines_vnd": 5000000}),
        ("II.3.a", "xong", "Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "02 người", "T3", {"participants": 2}),
        ("II.2.đ", "chưa xong - đang làm", "Áp dụng ISO 9001:2015 tại UBND phường (rà soát lại quy trình sau sáp nhập)", "", "T1 - T12", {}),
        ("II.5.d", "không có", "Khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", "", "", {}),
        ("II.5.b", "chưa tới lúc", "Phối hợp Chi cục lấy mẫu khảo sát chất lượng hàng hóa", "", "Quý IV", {}),
    ],
    difficulties=["Cán bộ phụ trách kiêm nhiệm, không có phương tiện đo để kiểm tra nhanh tại chợ."],
    proposals=["Đề nghị Chi cục hỗ trợ cân đối chứng cho chợ Búng và chợ Hưng Định."],
))

FILES.append(dict(
    file="LaiThieu_bc ct38 thang10.xlsx", hand="H2", kind="xlsx",
    unit=("25966", "Phường Lái Thiêu"), number="188/BC-UBND", date="2026-10-27",
    place="Lái Thiêu", dept_line="PHƯỜNG LÁI THIÊU", sheet="BC T10",
    rows=[
        ("II.1.a", "xong", "Đăng tin bài tuyên truyền Chỉ thị 38, Ngày Tiêu chuẩn Việt Nam", "05 tin bài", "T5, T10", {"communications": 5}),
        ("II.2.d", "xong", "Hướng dẫn hộ kinh doanh gốm sứ, thủ công mỹ nghệ ghi nhãn hàng hóa, mã số mã vạch", "11 cơ sở", "T6 - T8", {"enterprises_supported": 11}),
        ("II.5.c", "chưa xong - đang làm", "Kiểm tra cân tại chợ Lái Thiêu, cột đo xăng dầu trên địa bàn", "04 cuộc, 33 cơ sở, 02 cơ sở vi phạm, phạt 4.500.000 đồng", "T3 - T10", {"inspections": 4, "establishments_inspected": 33, "violations": 2, "fines_vnd": 4500000}),
        ("II.5.b", "xong", "Phối hợp Chi cục lấy mẫu thép, mũ bảo hiểm tại cửa hàng để khảo sát chất lượng", "08 mẫu", "T7", {"samples_tested": 8}),
        ("II.3.a", "xong", "Cử công chức dự tập huấn nghiệp vụ do Chi cục mở", "01 người", "T4", {"participants": 1}),
        ("II.5.d", "không có", "Khen thưởng người tố giác vi phạm", "", "", {}),
    ],
    difficulties=[
        "Nhiều tiểu thương ở chợ Lái Thiêu dùng cân chưa kiểm định, khi kiểm tra thì đổi cân khác.",
        "Phường chưa có kinh phí riêng cho việc này.",
    ],
    proposals=["Đề nghị Chi cục tổ chức kiểm định cân miễn phí tại chợ Lái Thiêu 01 đợt."],
))

FILES.append(dict(
    file="BenCat-CT38-T10-2026.xlsx", hand="H2", kind="xlsx", libre=True,
    unit=("25813", "Phường Bến Cát"), number="301/BC-UBND", date="2026-10-29",
    place="Bến Cát", dept_line="PHƯỜNG BẾN CÁT", sheet="BC T10",
    rows=[
        ("II.1.a", "xong", "Đăng tin bài tuyên truyền trên trang thông tin điện tử phường", "06 tin bài", "T2 - T9", {"communications": 6}),
        ("II.1.a", "xong", "Tọa đàm với doanh nghiệp khu công nghiệp Mỹ Phước về tiêu chuẩn, chất lượng hàng hóa", "01 buổi tọa đàm, 40 đại biểu", "22/6/2026", {"training_courses": 1, "participants": 40}),
        ("II.5.c", "chưa xong - đang làm", "Kiểm tra đo lường, chất lượng xăng dầu, khí LPG, cân tại chợ (phối hợp Chi cục)", "05 cuộc, 41 cơ sở, 03 cơ sở vi phạm, phạt 9.000.000 đồng", "T3 - T10", {"inspections": 5, "establishments_inspected": 41, "violations": 3, "fines_vnd": 9000000}),
        ("II.2.đ", "xong", "Công bố lại hệ thống ISO 9001:2015 của UBND phường", "", "T6", {}),
        ("II.3.a", "xong", "Cử công chức dự tập huấn nghiệp vụ", "03 người", "T3, T5", {"participants": 3}),
        ("II.5.b", "chưa tới lúc", "Phối hợp lấy mẫu khảo sát chất lượng", "", "T11 - T12", {}),
    ],
    difficulties=["Địa bàn rộng, nhiều cửa hàng xăng dầu, khí LPG nằm rải rác, lực lượng kiểm tra của phường ít."],
    proposals=[
        "Đề nghị Chi cục thông báo trước lịch kiểm tra để phường bố trí người phối hợp.",
        "Đề nghị mở lớp tập huấn về xử phạt vi phạm hành chính lĩnh vực đo lường cho công chức phường.",
    ],
))

# mistaken: poverty reduction workbook
FILES.append(dict(
    file="TanUyen_BC T10_giam ngheo.xlsx", hand="H2", kind="xlsx", mistaken=True,
    unit=("25888", "Phường Tân Uyên"), number="276/BC-UBND", date="2026-10-28",
    place="Tân Uyên", dept_line="PHƯỜNG TÂN UYÊN", sheet="BC T10",
    title="BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026 (đến 25/10)",
    rows=[
        (None, "xong", "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều của Thành phố", "42 hộ nghèo, 67 hộ cận nghèo", "T1 - T3", {}),
        (None, "chưa xong - đang làm", "Phối hợp Ngân hàng Chính sách xã hội giải ngân vốn vay hộ nghèo, cận nghèo", "58 lượt hộ, 1,2 tỷ đồng", "T2 - T10", {}),
        (None, "xong", "Trao tặng nhà Đại đoàn kết cho hộ nghèo", "03 căn", "T9", {}),
        (None, "chưa xong - đang làm", "Giới thiệu việc làm, học nghề cho lao động thuộc hộ nghèo", "24 người", "T3 - T10", {}),
        (None, "chưa tới lúc", "Tổng kết, đánh giá hộ thoát nghèo cuối năm", "", "T12", {}),
    ],
    difficulties=["Một số hộ nghèo không còn khả năng lao động, khó thoát nghèo bền vững."],
    proposals=["Đề nghị tăng mức hỗ trợ bảo hiểm y tế cho hộ cận nghèo."],
    reason="Báo cáo kết quả thực hiện Chương trình giảm nghèo bền vững năm 2026 của phường Tân Uyên, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
))

# ---------------------------------------------------------------- H4 Mai (department clerk, "04 – cuộc" figures)
# rows: (task, status_word, noi_dung, ket_qua, so_lieu, indicators)
FILES.append(dict(
    file="4127-SCT-QLTM_bao cao CT38.docx", hand="H4", kind="docx",
    unit=("SO-CT", "Sở Công Thương"), number="4127/SCT-QLTM", date="2026-10-23",
    head=("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"),
    vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Huỳnh Thị Ngọc Mai"),
    rows=[
        ("II.5.a", "Đang thực hiện", "Kiểm tra, giám sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường",
         "Chỉ đạo các Đội Quản lý thị trường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra xăng dầu, hàng đóng gói sẵn, mũ bảo hiểm, đồ chơi trẻ em; xử lý nghiêm các trường hợp vi phạm.",
         "06 – cuộc; 52 – cơ sở; 09 – cơ sở vi phạm; 86.500.000 – đồng", {"inspections": 6, "establishments_inspected": 52, "violations": 9, "fines_vnd": 86500000}),
        ("II.5.b", "Hoàn thành", "Khảo sát chất lượng sản phẩm, hàng hóa",
         "Phối hợp lấy mẫu xăng dầu tại các cửa hàng bán lẻ để khảo sát chất lượng; kết quả đã gửi Chi cục tổng hợp.",
         "14 – mẫu", {"samples_tested": 14}),
        ("II.2.e", "Hoàn thành", "Góp ý tiêu chuẩn, quy chuẩn kỹ thuật",
         "Góp ý các dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương lấy ý kiến (an toàn điện, xăng dầu sinh học, khí dầu mỏ hóa lỏng).",
         "03 – dự thảo QCVN", {"standards_reviewed": 3}),
        ("II.2.a", "Đang thực hiện", "Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322)",
         "Lồng ghép Chương trình khuyến công, xúc tiến thương mại hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất, đăng ký mã số mã vạch, truy xuất nguồn gốc.",
         "25 – doanh nghiệp", {"enterprises_supported": 25}),
        ("II.3.b", "Hoàn thành", "Tập huấn, bồi dưỡng về năng suất, chất lượng cho doanh nghiệp",
         "Phối hợp Trung tâm Khuyến công tổ chức lớp tập huấn về quản trị sản xuất tinh gọn (Lean), 5S cho doanh nghiệp công nghiệp hỗ trợ.",
         "01 – lớp; 70 – học viên", {"training_courses": 1, "participants": 70}),
        ("II.6.a", "Đang thực hiện", "Cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng",
         "Cung cấp thông tin về biện pháp kỹ thuật trong thương mại (TBT) của các Hiệp định thương mại tự do cho doanh nghiệp xuất khẩu qua trang thông tin điện tử của Sở.",
         "", {}),
    ],
    difficulties=[
        "Lực lượng Quản lý thị trường sau khi chuyển về Sở Công Thương đang kiện toàn, nhân lực kiểm tra chuyên sâu về đo lường còn hạn chế.",
        "Kinh phí lấy mẫu, thử nghiệm phục vụ kiểm tra chất lượng hàng hóa chưa được bố trí đủ.",
    ],
    proposals=[
        "Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa định kỳ để Sở Công Thương có cơ sở lập kế hoạch kiểm tra.",
    ],
))

FILES.append(dict(
    file="SYT_PL bao cao CT38 nam 2026.xlsx", hand="H4", kind="xlsx",
    unit=("SO-YT", "Sở Y tế"), number="6215/SYT-NVY", date="2026-10-21",
    head=("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ"), sheet="Phu luc",
    rows=[
        ("II.2.e", "Hoàn thành", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia",
         "Góp ý dự thảo QCVN về phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế y học) theo đề nghị của Bộ Y tế và Bộ Khoa học và Công nghệ.",
         "02 – dự thảo", {"standards_reviewed": 2}),
        ("II.5.a", "Đang thực hiện", "Kiểm tra việc chấp hành quy định về đo lường tại cơ sở khám bệnh, chữa bệnh",
         "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc kiểm định phương tiện đo nhóm 2 tại các bệnh viện, trung tâm y tế; yêu cầu các đơn vị kiểm định đúng hạn.",
         "03 – cuộc; 18 – cơ sở; 1.240 – phương tiện đo đã kiểm định", {"inspections": 3, "establishments_inspected": 18, "instruments_verified": 1240}),
        ("II.2.đ", "Hoàn thành", "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015",
         "Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi tiếp nhận chức năng mới.",
         "", {}),
        ("II.3.a", "Hoàn thành", "Tập huấn, cập nhật kiến thức về đo lường, chất lượng cho công chức, viên chức",
         "Tổ chức lớp cập nhật kiến thức về quản lý phương tiện đo trong y tế cho viên chức phụ trách vật tư, trang thiết bị của các bệnh viện.",
         "01 – lớp; 120 – lượt người", {"training_courses": 1, "participants": 120}),
        ("II.5.d", "Chưa phát sinh", "Khen thưởng, bảo vệ người tố giác vi phạm",
         "Trong kỳ không nhận được tố giác liên quan đến tiêu chuẩn, đo lường, chất lượng trong lĩnh vực y tế.",
         "", {}),
    ],
    difficulties=["Số lượng phương tiện đo trong các cơ sở y tế lớn, một số đơn vị chưa bố trí đủ kinh phí kiểm định định kỳ."],
    proposals=["Đề nghị Chi cục công bố danh sách tổ chức được chỉ định kiểm định phương tiện đo nhóm 2 trong lĩnh vực y tế để các đơn vị liên hệ."],
))

FILES.append(dict(
    file="5630_SGDDT_bc thuc hien KH CT38.docx", hand="H4", kind="docx",
    unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"), number="5630/SGDĐT-KHTC", date="2026-10-22",
    head=("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    vv="V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Bảo Quốc"),
    rows=[
        ("II.3.d", "Đang thực hiện", "Đào tạo, bồi dưỡng về tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên",
         "Chỉ đạo các trường trung cấp, cao đẳng trực thuộc lồng ghép nội dung tiêu chuẩn, đo lường, mã số mã vạch vào các học phần kỹ thuật; phối hợp Chi cục tổ chức các lớp ngoại khóa.",
         "04 – lớp; 360 – học sinh, sinh viên", {"training_courses": 4, "participants": 360}),
        ("II.1.a", "Hoàn thành", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong trường học",
         "Đăng tin, bài hưởng ứng Ngày Đo lường Thế giới 20/5 và Ngày Tiêu chuẩn Thế giới 14/10 trên cổng thông tin ngành giáo dục.",
         "12 – tin, bài", {"communications": 12}),
        ("II.2.đ", "Hoàn thành", "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
         "Duy trì, cải tiến hệ thống; đánh giá nội bộ năm 2026 đã thực hiện trong tháng 6.",
         "", {}),
        ("II.3.a", "Hoàn thành", "Cử công chức tham dự tập huấn nghiệp vụ",
         "Cử công chức các phòng chuyên môn tham dự lớp tập huấn của Chi cục.",
         "03 – người", {"participants": 3}),
        ("II.3.b", "Chưa thực hiện", "Bồi dưỡng chuyên sâu về năng suất, chất lượng",
         "Chưa tổ chức do chưa có chương trình, tài liệu phù hợp với đối tượng giáo viên.",
         "", {}),
    ],
    difficulties=["Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình khung nên việc lồng ghép tùy thuộc từng trường."],
    proposals=["Đề nghị Chi cục biên soạn bộ tài liệu ngắn về tiêu chuẩn, đo lường, chất lượng dùng cho học sinh trung cấp, cao đẳng."],
))

# ---------------------------------------------------------------- H5 Khoa (engineer; "n. heading" + Chỉ tiêu/ĐVT/Số lượng + "Đánh giá" row)
# blocks: (task, status_word, heading, para, [(chi_tieu, dvt, shown_value, indicator_id or None, value)])
FILES.append(dict(
    file="3318-BC-SNNMT CT38.docx", hand="H5", kind="docx",
    unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"), number="3318/BC-SNNMT", date="2026-10-26",
    head=("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Đăng Khoa"),
    blocks=[
        ("II.2.e", "Hoàn thành", "Góp ý, xây dựng quy chuẩn kỹ thuật",
         "Sở đã góp ý các dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thức ăn chăn nuôi, chất lượng nước sạch sinh hoạt theo đề nghị của Bộ Nông nghiệp và Môi trường.",
         [("Dự thảo QCVN đã góp ý", "văn bản", "05", "standards_reviewed", 5)]),
        ("II.2.a", "Đang thực hiện", "Triển khai truy xuất nguồn gốc nông sản (Đề án 100)",
         "Hỗ trợ hợp tác xã, doanh nghiệp cấp mã số vùng trồng, mã số cơ sở đóng gói, áp dụng tem truy xuất nguồn gốc cho sầu riêng, bưởi, rau an toàn.",
         [("Hợp tác xã, doanh nghiệp được hỗ trợ", "đơn vị", "18", "enterprises_supported", 18),
          ("Mã số vùng trồng được cấp", "mã", "27", None, 27),
          ("Kinh phí đã sử dụng", "triệu đồng", "145,6", "budget_spent_vnd", 145600000)]),
        ("II.5.a", "Đang thực hiện", "Kiểm tra chất lượng vật tư nông nghiệp",
         "Thanh tra Sở và Chi cục Trồng trọt và Bảo vệ thực vật kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, giống cây trồng lưu thông trên địa bàn.",
         [("Cuộc kiểm tra", "cuộc", "07", "inspections", 7),
          ("Cơ sở được kiểm tra", "cơ sở", "64", "establishments_inspected", 64),
          ("Mẫu lấy kiểm tra chất lượng", "mẫu", "38", "samples_tested", 38),
          ("Cơ sở vi phạm", "cơ sở", "11", "violations", 11),
          ("Tiền xử phạt", "đồng", "212.000.000", "fines_vnd", 212000000)]),
        ("II.3.a", "Hoàn thành", "Tập huấn cho công chức, viên chức",
         "Tổ chức tập huấn phổ biến quy chuẩn kỹ thuật mới và quy định về truy xuất nguồn gốc cho công chức, viên chức ngành và cán bộ nông nghiệp các xã.",
         [("Lớp tập huấn", "lớp", "02", "training_courses", 2),
          ("Người tham dự", "lượt người", "150", "participants", 150)]),
    ],
    difficulties=[
        "Chi phí cấp mã số vùng trồng, tem truy xuất còn cao so với khả năng của hợp tác xã nhỏ.",
        "Kết quả thử nghiệm mẫu phân bón có thời gian trả dài, ảnh hưởng tiến độ xử lý vi phạm.",
    ],
    proposals=[
        "Đề nghị Sở Khoa học và Công nghệ ưu tiên hỗ trợ kinh phí truy xuất nguồn gốc cho hợp tác xã nông nghiệp trong Kế hoạch năm 2027.",
    ],
))

FILES.append(dict(
    file="TTPTTN_BC_KH38_2026.xlsx", hand="H5", kind="xlsx",
    unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    number="512/BC-TTPTTN", date="2026-10-28", sheet="BC_KH38",
    head=("SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH"),
    signer=("GIÁM ĐỐC", "", "Lâm Vĩnh Khoa"),
    blocks=[
        ("II.4.a", "Đang thực hiện", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, đo lường",
         "Đã nhận bàn giao, đưa vào sử dụng hệ thống sắc ký khí ghép khối phổ và bộ chuẩn áp suất; gói thầu thiết bị phòng thử nghiệm điện – điện tử đang lựa chọn nhà thầu.",
         [("Thiết bị đã đưa vào sử dụng", "bộ", 6, None, 6),
          ("Kinh phí đã giải ngân", "đồng", 4860000000, "budget_spent_vnd", 4860000000)]),
        ("II.2.g", "Đang thực hiện", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
         "Mở rộng phạm vi công nhận ISO/IEC 17025 thêm 12 phép thử lĩnh vực điện – điện tử; duy trì dịch vụ kiểm định lưu động tại các khu công nghiệp.",
         [("Phương tiện đo được kiểm định, hiệu chuẩn", "chiếc", 28415, "instruments_verified", 28415),
          ("Mẫu thử nghiệm", "mẫu", 9732, "samples_tested", 9732)]),
        ("II.4.c", "Hoàn thành", "Duy trì liên kết chuẩn đo lường",
         "Gửi hiệu chuẩn các chuẩn chính tại Viện Đo lường Việt Nam theo kế hoạch năm, bảo đảm liên kết chuẩn đến chuẩn quốc gia.",
         [("Chuẩn đo lường được hiệu chuẩn liên kết", "chuẩn", 47, "instruments_verified", 47)]),
        ("II.5.b", "Hoàn thành", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
         "Thử nghiệm mẫu do Chi cục lấy trong các đợt khảo sát xăng dầu, thép xây dựng, đồ chơi trẻ em.",
         [("Mẫu phân tích phục vụ khảo sát", "mẫu", 120, "samples_tested", 120)]),
        ("II.3.d", "Hoàn thành", "Đào tạo, tập huấn cho sinh viên",
         "Phối hợp các trường đại học, cao đẳng tổ chức khóa thực tập về đo lường, thử nghiệm tại phòng thí nghiệm của Trung tâm.",
         [("Khóa thực tập", "khóa", 2, "training_courses", 2),
          ("Sinh viên tham dự", "người", 85, "participants", 85)]),
    ],
    difficulties=[
        "Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, ảnh hưởng tiến độ giải ngân.",
        "Thiếu kỹ thuật viên có chứng chỉ kiểm định viên đo lường cho một số lĩnh vực mới.",
    ],
    proposals=[
        "Đề nghị Sở bố trí kinh phí đào tạo, cấp chứng chỉ kiểm định viên cho viên chức của Trung tâm.",
        "Đề nghị Sở hỗ trợ rút ngắn thời gian thẩm định kế hoạch lựa chọn nhà thầu mua sắm thiết bị.",
    ],
))

FILES.append(dict(
    file="7421-BC-SXD PCTT 10 thang.docx", hand="H5", kind="docx", mistaken=True,
    unit=("SO-XD", "Sở Xây dựng"), number="7421/BC-SXD", date="2026-10-30",
    head=("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG"),
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Hòa An"),
    title2="Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026",
    blocks=[
        (None, "Hoàn thành", "Rà soát công trình, nhà ở có nguy cơ mất an toàn trong mùa mưa bão",
         "Phối hợp UBND các phường, xã rà soát chung cư cũ, nhà trọ, công trình đang thi công ven sông, kênh rạch.",
         [("Công trình được rà soát", "công trình", "1.126", None, 1126),
          ("Công trình phải gia cố", "công trình", "38", None, 38)]),
        (None, "Đang thực hiện", "Bảo đảm thoát nước, chống ngập đô thị",
         "Chỉ đạo các đơn vị duy tu nạo vét cống, kênh rạch; vận hành các trạm bơm, cửa van chống triều cường.",
         [("Tuyến cống được nạo vét", "km", "214", None, 214),
          ("Trạm bơm vận hành", "trạm", "12", None, 12)]),
        (None, "Hoàn thành", "Diễn tập ứng phó sự cố",
         "Tổ chức diễn tập ứng phó sự cố sập đổ công trình trong mưa bão tại phường Thủ Dầu Một.",
         [("Cuộc diễn tập", "cuộc", "01", None, 1),
          ("Người tham gia", "người", "230", None, 230)]),
    ],
    difficulties=["Nhiều tuyến cống cũ xuống cấp, kinh phí duy tu hạn chế."],
    proposals=["Đề nghị UBND Thành phố bổ sung kinh phí cải tạo các tuyến cống thường xuyên ngập."],
    reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026 của Sở Xây dựng, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
))
