# -*- coding: utf-8 -*-
"""Content of set 53: every report's passages and its answer key, side by side.
E(task, status, indicators, text, **hand-specific extras)."""


def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, indicators=ind, text=text)
    d.update(kw)
    return d


FILES = []

# ---------------------------------------------------------------- H1 Ngọc (ward office, DOCX)
FILES.append(dict(
    fname="bc-ct38-phuong-rach-dua.docx", hand="H1",
    unit_id="26536", unit_name="Phường Rạch Dừa", unit_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG RẠCH DỪA",
    place="Rạch Dừa", number="412/BC-UBND", date="2026-10-27",
    intro="Thực hiện Công văn số 2817/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Rạch Dừa báo cáo kết quả thực hiện như sau:",
    sections=[
        ("1. Công tác tuyên truyền, phổ biến", ["e1"]),
        ("2. Công tác phối hợp kiểm tra về đo lường, chất lượng", ["e2"]),
        ("3. Việc áp dụng Hệ thống quản lý chất lượng tại UBND phường", ["e3"]),
        ("4. Tham gia tập huấn nghiệp vụ", ["e4"]),
    ],
    entries=[
        E("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 65},
          "Trong năm, phường đã đưa 08 (tám) tin, bài về Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa lên hệ thống loa truyền thanh và trang thông tin điện tử của phường. Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 (một) buổi tập huấn cho tiểu thương, hộ kinh doanh tại chợ Rạch Dừa, có 65 người tham dự.",
          key="e1"),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 23, "violations": 3, "fines_vnd": 4500000},
          "Phòng Kinh tế phường phối hợp với Đoàn kiểm tra của Chi cục thực hiện 02 (hai) cuộc kiểm tra về đo lường đối với cân sử dụng trong mua bán tại chợ Rạch Dừa và chợ Phước Thắng cũ; đã kiểm tra 23 hộ kinh doanh, phát hiện 03 (ba) trường hợp sử dụng cân có sai số vượt mức cho phép. Đoàn đã lập biên bản và ra quyết định xử phạt với tổng số tiền 4.500.000 đồng (bốn triệu năm trăm nghìn đồng).",
          key="e2"),
        E("II.2.đ", "completed", {},
          "UBND phường tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; sau khi rà soát, cập nhật 46 quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới, phường đã công bố lại Hệ thống ngày 15/8/2026.",
          key="e3"),
        E("II.3.a", "completed", {"participants": 2},
          "Phường đã cử 02 (hai) công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức xã, phường do Chi cục tổ chức ngày 11/6/2026.",
          key="e4"),
    ],
    verdict="Nhìn chung, trong 10 tháng năm 2026 công tác tuyên truyền, phổ biến và việc cử công chức tham dự tập huấn đã hoàn thành theo kế hoạch; việc duy trì Hệ thống quản lý chất lượng đã hoàn thành, phường đã công bố lại Hệ thống; riêng công tác phối hợp kiểm tra đo lường tại các chợ vẫn đang tiếp tục thực hiện đến cuối năm.",
    difficulties=[
        "Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế phải kiêm nhiệm nhiều việc.",
        "Ban quản lý chợ chưa được trang bị quả cân chuẩn để tiểu thương tự kiểm tra cân.",
    ],
    proposals=[
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 bộ quả cân chuẩn đặt tại Ban quản lý chợ Rạch Dừa.",
        "Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027.",
    ],
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thu Hà"),
))

FILES.append(dict(
    fname="bao-cao-38-tan-dong-hiep.docx", hand="H1",
    unit_id="25945", unit_name="Phường Tân Đông Hiệp", unit_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐÔNG HIỆP",
    place="Tân Đông Hiệp", number="287/BC-UBND", date="2026-10-30",
    intro="Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; UBND phường Tân Đông Hiệp báo cáo kết quả như sau:",
    sections=[
        ("1. Tuyên truyền và hướng dẫn doanh nghiệp, hộ kinh doanh", ["e1", "e2"]),
        ("2. Phối hợp kiểm tra", ["e3"]),
        ("3. Hệ thống quản lý chất lượng ISO", ["e4"]),
        ("4. Đào tạo, tập huấn", ["e5"]),
    ],
    entries=[
        E("II.1.a", "completed", {"communications": 350},
          "Phường đã in và phát hành 350 (ba trăm năm mươi) tờ rơi tuyên truyền quy định về nhãn hàng hóa, đo lường trong kinh doanh đến các khu phố và các chợ trên địa bàn.",
          key="e1"),
        E("II.2.d", "in_progress", {"enterprises_supported": 14},
          "Bộ phận Một cửa và Phòng Kinh tế đã hướng dẫn 14 (mười bốn) doanh nghiệp, hộ kinh doanh về thủ tục công bố hợp quy, ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP (sửa đổi bởi Nghị định 111/2021/NĐ-CP).",
          key="e2"),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 26, "violations": 1, "fines_vnd": 3000000},
          "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 (ba) cuộc kiểm tra; kiểm tra 26 (hai mươi sáu) cơ sở (gồm 17 cửa hàng xăng dầu và 09 cơ sở kinh doanh vàng trang sức); phát hiện 01 (một) cơ sở vi phạm về ghi nhãn, đã xử phạt 3.000.000 đồng.",
          key="e3"),
        E("II.2.đ", "not_started", {},
          "Sau khi sắp xếp đơn vị hành chính, các quy trình ISO của 03 phường cũ chưa được hợp nhất; việc xây dựng Hệ thống quản lý chất lượng chung cho UBND phường mới chưa triển khai.",
          key="e4"),
        E("II.3.a", "completed", {"participants": 3},
          "Cử 03 (ba) công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tháng 6/2026.",
          key="e5"),
    ],
    verdict="Đánh giá chung, việc tuyên truyền và cử cán bộ tập huấn đã hoàn thành; công tác hướng dẫn doanh nghiệp, hộ kinh doanh và công tác phối hợp kiểm tra đang thực hiện; việc xây dựng Hệ thống quản lý chất lượng chung của phường chưa thực hiện.",
    difficulties=[
        "Địa bàn rộng, số cơ sở kinh doanh xăng dầu, vàng bạc nhiều trong khi phường không có lực lượng chuyên môn về đo lường.",
        "Các quy trình ISO của các phường cũ khác nhau, chưa có hướng dẫn hợp nhất.",
    ],
    proposals=[
        "Đề nghị Chi cục hướng dẫn việc hợp nhất Hệ thống quản lý chất lượng sau sắp xếp đơn vị hành chính.",
        "Đề nghị cấp kinh phí in tài liệu tuyên truyền cho phường.",
    ],
    signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trần Văn Phúc"),
))

FILES.append(dict(
    fname="bc-xa-nghia-thanh-ct38.docx", hand="H1",
    unit_id="26617", unit_name="Xã Nghĩa Thành", unit_upper="ỦY BAN NHÂN DÂN\nXÃ NGHĨA THÀNH",
    place="Nghĩa Thành", number="156/BC-UBND", date="2026-10-24",
    intro="Thực hiện chỉ đạo của Sở Khoa học và Công nghệ về việc báo cáo tình hình triển khai Chỉ thị số 38-CT/TW, UBND xã Nghĩa Thành báo cáo như sau:",
    sections=[
        ("1. Tuyên truyền", ["e1"]),
        ("2. Kiểm tra trên địa bàn", ["e2"]),
        ("3. Tiếp nhận phản ánh, tố giác vi phạm", ["e3"]),
        ("4. Áp dụng ISO tại UBND xã", ["e4"]),
        ("5. Tập huấn", ["e5"]),
    ],
    entries=[
        E("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 80},
          "Xã đăng 06 (sáu) tin trên trang Zalo của xã và đài truyền thanh; lồng ghép 01 (một) hội nghị phổ biến pháp luật về đo lường, chất lượng cho hộ sản xuất tiêu, cà phê với 80 người dự.",
          key="e1"),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 11, "violations": 2},
          "Phối hợp Chi cục kiểm tra 01 (một) cuộc tại 11 (mười một) cơ sở kinh doanh phân bón, thức ăn chăn nuôi và cửa hàng xăng dầu; 02 (hai) trường hợp vi phạm nhẹ về nhãn, Đoàn đã nhắc nhở, yêu cầu khắc phục.",
          key="e2"),
        E("II.5.d", "not_applicable", {},
          "Trong kỳ, xã không nhận được đơn, thư phản ánh, tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.",
          key="e3"),
        E("II.2.đ", "in_progress", {},
          "Xã đang rà soát, cập nhật lại các quy trình ISO 9001:2015 theo danh mục thủ tục hành chính cấp xã mới ban hành.",
          key="e4"),
        E("II.3.a", "completed", {"participants": 3},
          "Đã cử 03 (ba) công chức dự lớp tập huấn của Chi cục.",
          key="e5"),
    ],
    verdict="Nhìn chung, công tác tuyên truyền và tập huấn của xã đã hoàn thành; công tác kiểm tra và việc cập nhật quy trình ISO đang thực hiện; nội dung tiếp nhận, xử lý tố giác vi phạm không phát sinh trong kỳ.",
    difficulties=[
        "Xã mới thành lập trên cơ sở sáp nhập, cán bộ làm công tác kinh tế còn thiếu và chưa qua đào tạo chuyên môn về đo lường, chất lượng.",
    ],
    proposals=[
        "Đề nghị Chi cục tăng số lượng cuộc kiểm tra phối hợp tại các cửa hàng phân bón, thuốc bảo vệ thực vật trên địa bàn xã.",
        "Đề nghị cung cấp tài liệu tuyên truyền mẫu để xã phát trên hệ thống truyền thanh.",
    ],
    signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Sơn"),
    resave=True,
))

FILES.append(dict(
    fname="bao-cao-phuong-ba-ria-quy3.docx", hand="H1", status="rejected",
    reason="Báo cáo về chuyển đổi số quý III/2026 của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
    unit_id="26560", unit_name="Phường Bà Rịa", unit_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG BÀ RỊA",
    place="Bà Rịa", number="305/BC-UBND", date="2026-10-08",
    title2="Kết quả thực hiện chuyển đổi số quý III năm 2026",
    intro="Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân phường, UBND phường Bà Rịa báo cáo kết quả thực hiện quý III năm 2026 như sau:",
    sections=[
        ("1. Hạ tầng số", ["x1"]),
        ("2. Dịch vụ công trực tuyến", ["x2"]),
        ("3. Kỹ năng số cho người dân", ["x3"]),
    ],
    entries=[],
    mistaken_paras={
        "x1": "Phường đã lắp đặt 12 (mười hai) điểm phát wifi công cộng tại các khu phố; nâng cấp đường truyền cho Bộ phận Một cửa.",
        "x2": "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 86%; đã tiếp nhận 2.314 hồ sơ trực tuyến.",
        "x3": "Tổ công nghệ số cộng đồng hướng dẫn 1.150 người dân cài đặt VNeID, thanh toán không dùng tiền mặt.",
    },
    verdict="Nhìn chung, các chỉ tiêu chuyển đổi số quý III cơ bản đạt kế hoạch; chỉ tiêu thanh toán không dùng tiền mặt tại chợ còn thấp.",
    difficulties=["Một số khu phố sóng di động yếu, người cao tuổi còn ngại sử dụng dịch vụ số."],
    proposals=["Đề nghị Trung tâm Công nghệ thông tin hỗ trợ thiết bị cho Bộ phận Một cửa."],
    signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phạm Minh Tâm"),
))

# ---------------------------------------------------------------- H2 Tuấn (department, DOCX, status-first table)
FILES.append(dict(
    fname="SCT-bao-cao-CT38-2026.docx", hand="H2",
    unit_id="SO-CT", unit_name="Sở Công Thương", unit_upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG",
    number="3418/SCT-QLTM", date="2026-10-29",
    vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    intro="Phúc đáp Công văn số 2817/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả thực hiện các nội dung được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau (số liệu từ 01/01/2026 đến 20/10/2026):",
    entries=[
        E("II.2.e", "completed", {"standards_reviewed": 7},
          "Góp ý 7 dự thảo tiêu chuẩn, quy chuẩn (05 QCVN, 02 TCVN) thuộc lĩnh vực công thương theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ.",
          sw="Đã xong"),
        E("II.1.a", "completed", {"training_courses": 2, "participants": 310},
          "Phối hợp tổ chức 2 hội nghị phổ biến quy định về ghi nhãn hàng hóa, truy xuất nguồn gốc cho doanh nghiệp thương mại, có 310 đại biểu tham dự.",
          sw="Đã xong"),
        E("II.2.đ", "completed", {},
          "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; đã hoàn thành đánh giá nội bộ năm 2026 và xem xét của lãnh đạo.",
          sw="Đã xong"),
        E("II.5.a", "in_progress", {"establishments_inspected": 146, "violations": 98, "fines_vnd": 1254500000},
          "Lực lượng Quản lý thị trường kiểm tra 146 cơ sở kinh doanh về chất lượng, nhãn hàng hóa, đo lường; phát hiện, xử lý 98 cơ sở vi phạm; tổng tiền phạt 1.254.500.000 đồng; tiếp tục kiểm tra cao điểm dịp cuối năm.",
          sw="Còn đang làm"),
        E("II.2.a", "not_started", {},
          "Phối hợp triển khai Đề án 100 về truy xuất nguồn gốc đối với hàng hóa lưu thông tại chợ đầu mối: chờ Chi cục Tiêu chuẩn Đo lường Chất lượng triển khai trong Quý IV/2026.",
          sw="Chưa làm"),
    ],
    difficulties=[
        "Hàng hóa vi phạm chủ yếu bán qua thương mại điện tử, khó xác định chủ thể kinh doanh.",
        "Kinh phí lấy mẫu thử nghiệm chất lượng hàng hóa trong lưu thông còn hạn chế.",
    ],
    proposals=[
        "Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để lực lượng Quản lý thị trường có cơ sở kiểm tra.",
        "Đề nghị Chi cục sớm có văn bản hướng dẫn nội dung phối hợp triển khai Đề án 100.",
    ],
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Võ Minh Thành"),
))

FILES.append(dict(
    fname="SYT_BC_chi-thi-38_T10.docx", hand="H2",
    unit_id="SO-YT", unit_name="Sở Y tế", unit_upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ",
    number="7120/SYT-NVD", date="2026-10-27",
    vv="V/v báo cáo tình hình thực hiện Chỉ thị 38-CT/TW năm 2026",
    intro="Sở Y tế nhận được Công văn số 2817/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ. Sở Y tế báo cáo như sau:",
    entries=[
        E("II.2.e", "completed", {"standards_reviewed": 3},
          "Góp ý 3 dự thảo QCVN về trang thiết bị y tế và bao bì dược phẩm do Bộ Y tế chủ trì soạn thảo.",
          sw="Hoàn thành"),
        E("II.2.đ", "completed", {},
          "Áp dụng, duy trì ISO 9001:2015 tại cơ quan Sở; đã cập nhật 21 quy trình nội bộ.",
          sw="Hoàn thành"),
        E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 38, "violations": 6, "fines_vnd": 87000000},
          "Thanh tra Sở tổ chức 4 đợt kiểm tra chất lượng trang thiết bị y tế, 38 cơ sở được kiểm tra, 6 cơ sở vi phạm, xử phạt 87 triệu đồng.",
          sw="Đang thực hiện"),
        E("II.3.a", "in_progress", {"participants": 5},
          "Cử 5 công chức, viên chức tham gia các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng; tiếp tục cử người tham dự theo thông báo chiêu sinh Quý IV.",
          sw="Đang thực hiện"),
        E("II.6.a", "not_applicable", {},
          "Cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng liên quan ngành y tế: trong kỳ không có văn bản mới.",
          sw="Không có phát sinh"),
    ],
    difficulties=[
        "Nhiều trang thiết bị y tế nhập khẩu chưa có quy chuẩn kỹ thuật quốc gia tương ứng để làm căn cứ kiểm tra.",
    ],
    proposals=[
        "Kiến nghị Sở Khoa học và Công nghệ tổng hợp, đề xuất Bộ Khoa học và Công nghệ sớm ban hành danh mục sản phẩm, hàng hóa nhóm 2 thuộc lĩnh vực y tế.",
    ],
    signer=("GIÁM ĐỐC", "", "Tăng Chí Thượng"),
))

FILES.append(dict(
    fname="GDDT-baocao-TDC-nam2026.docx", hand="H2",
    unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo", unit_upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
    number="4562/SGDĐT-KHTC", date="2026-11-02",
    vv="V/v báo cáo kết quả thực hiện Kế hoạch 38-CT/TW năm 2026",
    intro="Theo đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo kết quả như sau:",
    entries=[
        E("II.1.a", "completed", {"communications": 9},
          "Đăng 9 tin, bài về tiêu chuẩn, đo lường, chất lượng và Ngày Tiêu chuẩn thế giới trên Cổng thông tin điện tử ngành giáo dục.",
          sw="Đã xong"),
        E("II.2.đ", "completed", {},
          "Duy trì Hệ thống quản lý chất lượng ISO 9001:2015 tại cơ quan Sở, đã công bố lại sau khi điều chỉnh chức năng, nhiệm vụ.",
          sw="Đã xong"),
        E("II.3.d", "in_progress", {"training_courses": 4, "participants": 520},
          "Chỉ đạo các trường trung cấp, cao đẳng trực thuộc tổ chức 4 chuyên đề ngoại khóa về mã số mã vạch, nhãn hàng hóa, truy xuất nguồn gốc cho 520 học sinh, sinh viên; các trường còn lại tổ chức trong Quý IV.",
          sw="Còn đang làm"),
        E("II.3.a", "not_started", {},
          "Cử công chức tham dự tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng: chưa nhận được thông báo chiêu sinh.",
          sw="Chưa làm"),
    ],
    difficulties=[
        "Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên các trường chỉ tổ chức ngoại khóa.",
    ],
    proposals=[
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu, cử báo cáo viên hỗ trợ các trường.",
    ],
    signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Hoài Nam"),
))

# ---------------------------------------------------------------- H5 Thảo (Sở units, DOCX, grouped by schedule type)
FILES.append(dict(
    fname="KTPC-bc-ket-qua-CT38.docx", hand="H5",
    unit_id="SKHCN-KTPC", unit_name="Phòng Kiểm tra – Pháp chế", unit_upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ",
    number="58/BC-KTPC", date="2026-10-22", cutoff="20/10/2026",
    groups=[
        ("A. NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN", ["e1", "e2", "e3"]),
        ("B. NHIỆM VỤ CÓ THỜI HẠN, THEO YÊU CẦU", ["e4"]),
    ],
    entries=[
        E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 9, "fines_vnd": 162000000},
          "Phòng phối hợp Chi cục tham gia 6 cuộc kiểm tra liên ngành về chất lượng hàng hóa lưu thông; kiểm tra 41 cơ sở, phát hiện 9 cơ sở vi phạm. Phòng đã tham mưu Giám đốc Sở ban hành 9 quyết định xử phạt vi phạm hành chính với tổng số tiền 162.000.000 đồng. Nội dung này đang được duy trì thường xuyên.",
          key="e1", short="Kiểm tra chất lượng hàng hóa lưu thông"),
        E("II.5.d", "in_progress", {},
          "Tiếp nhận 3 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu và chợ; đã chuyển Chi cục xác minh 2 đơn, 1 đơn đang xem xét. Nội dung này đang được duy trì thường xuyên.",
          key="e2", short="Xử lý phản ánh, tố giác vi phạm"),
        E("II.4.b", "in_progress", {"instruments_verified": 14},
          "Phối hợp rà soát phương tiện kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP; đã đưa đi kiểm định, hiệu chuẩn 14 phương tiện, thiết bị đo phục vụ kiểm tra. Nội dung này đang được duy trì thường xuyên.",
          key="e3", short="Phương tiện, thiết bị kỹ thuật nghiệp vụ"),
        E("II.2.c", "completed", {},
          "Góp ý dự thảo Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo đề nghị của Bộ Khoa học và Công nghệ (Công văn gửi ngày 14/5/2026). Nội dung này đã xong.",
          key="e4", short="Góp ý văn bản quy phạm pháp luật"),
    ],
    difficulties=[
        "Quy định xử phạt hành vi kinh doanh hàng hóa không bảo đảm chất lượng qua sàn thương mại điện tử chưa rõ ràng.",
        "Phòng chỉ có 02 công chức làm công tác pháp chế, khối lượng thẩm định quyết định xử phạt lớn.",
    ],
    proposals=[
        "Kiến nghị Sở kiến nghị Bộ Khoa học và Công nghệ sớm ban hành Nghị định xử phạt thay thế.",
    ],
    signer=("TRƯỞNG PHÒNG", "Đỗ Thị Kim Oanh"),
))

FILES.append(dict(
    fname="TTPTTN_BC_CT38_10thang.docx", hand="H5",
    unit_id="SKHCN-TTPTTN",
    unit_name="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    unit_upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nTHÀNH PHỐ HỒ CHÍ MINH",
    number="241/BC-TTPT", date="2026-10-26", cutoff="15/10/2026",
    groups=[
        ("A. NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN", ["e1", "e2", "e3", "e4"]),
        ("B. NHIỆM VỤ CÓ THỜI HẠN, THEO YÊU CẦU", ["e5"]),
    ],
    entries=[
        E("II.4.a", "in_progress", {"budget_spent_vnd": 4860000000},
          "Trung tâm tiếp tục đầu tư 03 hệ thống thiết bị thử nghiệm (sắc ký khí khối phổ, quang phổ hấp thụ nguyên tử, tủ vi khí hậu); đến nay đã giải ngân 4,86 tỷ đồng. Nội dung này đang được duy trì thường xuyên.",
          key="e1", short="Đầu tư cơ sở vật chất, trang thiết bị"),
        E("II.2.g", "in_progress", {"instruments_verified": 18742, "samples_tested": 2315},
          "Mở rộng thêm 12 phép thử mới trong lĩnh vực điện – điện tử; thực hiện kiểm định, hiệu chuẩn 18.742 phương tiện đo các loại và thử nghiệm 2.315 mẫu phục vụ doanh nghiệp, người dân. Nội dung này đang được duy trì thường xuyên.",
          key="e2", short="Dịch vụ kỹ thuật tiêu chuẩn, đo lường, chất lượng"),
        E("II.4.c", "in_progress", {"instruments_verified": 27},
          "Duy trì liên kết chuẩn: đã gửi hiệu chuẩn 27 chuẩn đo lường chính tại Viện Đo lường Việt Nam. Nội dung này đang được duy trì thường xuyên.",
          key="e3", short="Duy trì chuẩn đo lường chính"),
        E("II.5.b", "in_progress", {"samples_tested": 120},
          "Phối hợp Chi cục thử nghiệm 120 mẫu khảo sát chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em. Nội dung này đang được duy trì thường xuyên.",
          key="e4", short="Khảo sát chất lượng sản phẩm, hàng hóa"),
        E("II.3.b", "completed", {"training_courses": 2},
          "Cử 04 chuyên gia tham gia giảng dạy 2 khóa bồi dưỡng chuyên sâu về năng suất, chất lượng do Chi cục tổ chức trong Quý II và Quý III. Nội dung này đã xong.",
          key="e5", short="Khóa bồi dưỡng năng suất, chất lượng"),
    ],
    difficulties=[
        "Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa, hiệu chuẩn cao.",
        "Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân.",
    ],
    proposals=[
        "Đề nghị Sở bố trí kinh phí năm 2027 để thay thế thiết bị hiệu chuẩn áp suất, nhiệt độ.",
        "Đề nghị Văn phòng Sở hỗ trợ đẩy nhanh thủ tục mua sắm tập trung.",
    ],
    signer=("GIÁM ĐỐC", "Huỳnh Thanh Lâm"),
))

FILES.append(dict(
    fname="QLKH-bao-cao-KH38.docx", hand="H5",
    unit_id="SKHCN-QLKH", unit_name="Phòng Quản lý Khoa học", unit_upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG QUẢN LÝ KHOA HỌC",
    number="77/BC-QLKH", date="2026-10-28", cutoff="25/10/2026",
    groups=[
        ("A. NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN", ["e1", "e2"]),
        ("B. NHIỆM VỤ CÓ THỜI HẠN, THEO YÊU CẦU", ["e3", "e4"]),
    ],
    entries=[
        E("II.3.c", "in_progress", {},
          "Phòng đã tiếp nhận 5 hồ sơ đề nghị thu hút chuyên gia theo Quyết định 05/2026/QĐ-UBND, trong đó 2 hồ sơ thuộc lĩnh vực đo lường, chất lượng; đang thẩm định. Nội dung này đang được duy trì thường xuyên.",
          key="e1", short="Thu hút chuyên gia, cán bộ trình độ cao"),
        E("II.6.b", "in_progress", {"training_courses": 1, "participants": 12},
          "Cử 12 người tham dự 1 hội thảo trực tuyến của Tổ chức Năng suất Châu Á (APO) về năng suất khu vực công. Nội dung này đang được duy trì thường xuyên.",
          key="e2", short="Hợp tác với APO"),
        E("II.2.a", "in_progress", {"budget_spent_vnd": 620000000},
          "Tham gia triển khai Chương trình 1322: thẩm định, đặt hàng 4 nhiệm vụ khoa học và công nghệ về nâng cao năng suất, chất lượng; tổng kinh phí phê duyệt 1,35 tỷ đồng, đã giải ngân 620 triệu đồng. Nội dung đang triển khai, chưa xong.",
          key="e3", short="Chương trình 1322 về năng suất, chất lượng"),
        E("II.3.b", "not_started", {},
          "Phối hợp tổ chức khóa bồi dưỡng về năng suất cho doanh nghiệp: Chi cục dời sang Quý IV/2026 nên Phòng chưa thực hiện.",
          key="e4", short="Bồi dưỡng về năng suất"),
    ],
    difficulties=[
        "Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường.",
    ],
    proposals=[
        "Đề xuất Chi cục phối hợp xây dựng danh mục vị trí cần thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
    ],
    signer=("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Hữu Đức"),
))

# ---------------------------------------------------------------- H3 Hương (XLSX, status = sheet name)
# rows: (detail, qty, dvt)
FILES.append(dict(
    fname="ChiCuc_TDC_tonghop_CT38_2026.xlsx", hand="H3",
    unit_id="SKHCN-CCTDC",
    unit_name="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    unit_upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
    number="1875/BC-CCTĐC", date="2026-10-30",
    entries=[
        E("II.1.a", "completed", {"training_courses": 6, "participants": 742, "communications": 35},
          "Tập huấn văn bản pháp luật về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu",
          rows=[("Lớp tập huấn, tọa đàm", 6, "lớp"), ("Người tham dự", 742, "lượt người"), ("Tin, bài tuyên truyền", 35, "tin/bài")]),
        E("II.1.b", "completed", {"enterprises_supported": 21},
          "Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
          rows=[("Doanh nghiệp được hướng dẫn", 21, "DN")]),
        E("II.2.h", "completed", {},
          "Đề xuất hoàn thiện Hệ thống thông tin giải quyết TTHC của Bộ; kết nối Cổng một cửa quốc gia (kiểm tra nhà nước hàng nhập khẩu)",
          rows=[("Đã gửi văn bản đề xuất; kết nối xong từ tháng 3/2026", None, "")]),
        E("II.3.a", "completed", {"training_courses": 3, "participants": 415},
          "Tập huấn nghiệp vụ cho công chức Sở, ngành, UBND xã, phường, đặc khu",
          rows=[("Lớp tập huấn", 3, "lớp"), ("Học viên", 415, "người")]),
        E("II.2.b", "in_progress", {"enterprises_supported": 9},
          "Triển khai Giải thưởng Chất lượng Quốc gia năm 2026",
          rows=[("Doanh nghiệp nộp hồ sơ, được đánh giá", 9, "DN")]),
        E("II.2.d", "in_progress", {"enterprises_supported": 58},
          "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng",
          rows=[("Doanh nghiệp được hỗ trợ, tư vấn", 58, "DN")]),
        E("II.2.e", "in_progress", {"standards_reviewed": 24},
          "Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
          rows=[("Dự thảo TCVN, QCVN đã góp ý", 24, "dự thảo")]),
        E("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 286, "violations": 37, "fines_vnd": 412350000},
          "Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng hàng hóa",
          rows=[("Cuộc kiểm tra", 14, "cuộc"), ("Cơ sở được kiểm tra", 286, "cơ sở"), ("Cơ sở vi phạm", 37, "cơ sở"), ("Tiền phạt", 412350000, "đồng")]),
        E("II.5.b", "in_progress", {"samples_tested": 180},
          "Khảo sát chất lượng sản phẩm, hàng hóa",
          rows=[("Mẫu lấy khảo sát", 180, "mẫu")]),
        E("II.2.đ", "in_progress", {},
          "Hướng dẫn, kiểm tra việc áp dụng ISO 9001 tại cơ quan hành chính",
          rows=[("Đang kiểm tra tại các xã, phường mới sắp xếp", None, "")]),
        E("II.6.b", "not_started", {},
          "Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất khu vực công",
          rows=[("Chưa có yêu cầu từ Ủy ban", None, "")]),
    ],
    difficulties=[
        "Số lượng cơ sở kinh doanh lớn, lực lượng kiểm tra của Chi cục mỏng (12 kiểm soát viên).",
        "Kinh phí lấy mẫu khảo sát chỉ đáp ứng khoảng 60% nhu cầu.",
        "Nhiều xã, phường mới sắp xếp chưa bố trí công chức đầu mối về tiêu chuẩn, đo lường, chất lượng.",
    ],
    proposals=[
        "Đề nghị Sở bổ sung biên chế kiểm soát viên chất lượng cho Chi cục.",
        "Đề nghị UBND các xã, phường, đặc khu phân công công chức đầu mối và gửi danh sách về Chi cục.",
    ],
))

FILES.append(dict(
    fname="CDS_bao_cao_CT38.xlsx", hand="H3",
    unit_id="SKHCN-CDS", unit_name="Phòng Chuyển đổi số", unit_upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG CHUYỂN ĐỔI SỐ",
    number="96/BC-CĐS", date="2026-10-21",
    entries=[
        E("II.2.h", "completed", {"budget_spent_vnd": 185000000},
          "Nâng cấp phần mềm, kết nối hệ thống TTHC với Cổng một cửa quốc gia (phối hợp Chi cục)",
          rows=[("Kinh phí nâng cấp phần mềm", 185000000, "đồng")]),
        E("II.1.a", "in_progress", {"communications": 14},
          "Tuyên truyền về TĐC trên Cổng thông tin điện tử Sở",
          rows=[("Tin, bài đã đăng", 14, "tin")]),
        E("II.2.i", "in_progress", {},
          "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
          rows=[("Đang thử nghiệm kết nối API với Ủy ban TĐC Quốc gia", None, "")]),
    ],
    difficulties=[
        "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia chưa công bố đầy đủ tài liệu kỹ thuật kết nối cơ sở dữ liệu.",
    ],
    proposals=[
        "Đề nghị Chi cục làm đầu mối liên hệ Ủy ban để nhận tài liệu API.",
    ],
))

FILES.append(dict(
    fname="Thanh An - bao cao CT38 nam 2026.xlsx", hand="H3",
    unit_id="27676", unit_name="Xã Thạnh An", unit_upper="ỦY BAN NHÂN DÂN\nXÃ THẠNH AN",
    number="98/BC-UBND", date="2026-10-29",
    entries=[
        E("II.1.a", "completed", {"communications": 4},
          "Tuyên truyền pháp luật về đo lường, chất lượng trên loa truyền thanh xã",
          rows=[("Bản tin phát trên loa", 4, "bản tin")]),
        E("II.3.a", "completed", {"participants": 2},
          "Cử công chức dự tập huấn của Chi cục",
          rows=[("Công chức dự tập huấn", 2, "người")]),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 9, "violations": 1, "fines_vnd": 1500000},
          "Phối hợp Chi cục kiểm tra cân, xăng dầu trên đảo",
          rows=[("Cuộc kiểm tra", 1, "cuộc"), ("Cơ sở kiểm tra", 9, "cơ sở"), ("Cơ sở vi phạm", 1, "cơ sở"), ("Tiền phạt", 1500000, "đồng")]),
        E("II.2.đ", "not_started", {},
          "Xây dựng, áp dụng ISO 9001 tại UBND xã",
          rows=[("Chưa thực hiện do thiếu nhân sự", None, "")]),
    ],
    difficulties=[
        "Xã đảo, đi lại khó khăn, Đoàn kiểm tra của Chi cục chỉ ra được 01 lần trong năm.",
    ],
    proposals=[
        "Đề nghị Chi cục hỗ trợ xã tư vấn xây dựng Hệ thống quản lý chất lượng ISO 9001.",
    ],
))

FILES.append(dict(
    fname="SXD_CT38_phu-luc-bao-cao.xlsx", hand="H3",
    unit_id="SO-XD", unit_name="Sở Xây dựng", unit_upper="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG",
    number="12877/SXD-VLXD", date="2026-10-28",
    entries=[
        E("II.2.e", "completed", {"standards_reviewed": 4},
          "Góp ý dự thảo QCVN, TCVN về vật liệu xây dựng",
          rows=[("Dự thảo đã góp ý", 4, "dự thảo")]),
        E("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 4, "samples_tested": 36},
          "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
          rows=[("Đợt kiểm tra", 3, "đợt"), ("Cơ sở kinh doanh VLXD được kiểm tra", 27, "cơ sở"), ("Cơ sở vi phạm", 4, "cơ sở"), ("Mẫu thử nghiệm", 36, "mẫu")]),
        E("II.2.đ", "in_progress", {},
          "Duy trì ISO 9001:2015 tại Sở",
          rows=[("Đang cập nhật quy trình theo TTHC mới", None, "")]),
        E("II.3.a", "not_started", {},
          "Cử công chức dự tập huấn nghiệp vụ TĐC",
          rows=[("Chưa cử", None, "")]),
        E("II.5.d", "not_applicable", {},
          "Tiếp nhận, xử lý tố giác vi phạm về chất lượng VLXD",
          rows=[("Không có đơn", None, "")]),
    ],
    difficulties=[
        "Chưa có quy chuẩn cho một số vật liệu xây dựng mới (vật liệu tái chế).",
    ],
    proposals=[
        "Đề nghị Sở Khoa học và Công nghệ phối hợp kiến nghị Bộ Xây dựng bổ sung quy chuẩn vật liệu tái chế.",
    ],
    resave=True,
))

# ---------------------------------------------------------------- H4 Long (XLSX, A/B/C/D grade column)
FILES.append(dict(
    fname="LongNguyen_BC_CT38.xlsx", hand="H4",
    unit_id="25840", unit_name="Phường Long Nguyên", unit_upper="UBND PHƯỜNG LONG NGUYÊN",
    number="233/BC-UBND", date="2026-11-03",
    entries=[
        E("II.1.a", "completed", {"communications": 10, "training_courses": 1, "participants": 48},
          "1) Đăng 10 tin bài trên trang Facebook, Zalo phường; 2) tổ chức 1 buổi tuyên truyền tại hội trường khu phố 4, có 48 người dự.",
          name="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng", grade="A"),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 2500000},
          "1) Phối hợp Chi cục kiểm tra 2 cuộc; 2) kiểm tra 15 cơ sở (xăng dầu, cân chợ); 3) 2 cơ sở vi phạm, phạt 2.500.000 đ.",
          name="Phối hợp kiểm tra theo phân quyền", grade="B"),
        E("II.2.d", "in_progress", {"enterprises_supported": 7},
          "1) Hướng dẫn 7 hộ kinh doanh, doanh nghiệp ghi nhãn và công bố tiêu chuẩn áp dụng.",
          name="Hướng dẫn doanh nghiệp, hộ kinh doanh công bố chất lượng", grade="B"),
        E("II.2.đ", "completed", {},
          "1) Đã xây dựng và công bố HTQLCL ISO 9001:2015 của phường mới ngày 20/7/2026.",
          name="Áp dụng ISO tại UBND phường", grade="A"),
        E("II.5.d", "not_applicable", {},
          "1) Không nhận được tố giác vi phạm.",
          name="Tiếp nhận tố giác vi phạm", grade="D"),
    ],
    difficulties=[
        "Công chức phụ trách mới tiếp nhận nhiệm vụ, chưa được tập huấn.",
        "Chưa có kinh phí riêng cho công tác tuyên truyền tiêu chuẩn, đo lường, chất lượng.",
    ],
    proposals=[
        "Đề nghị Chi cục mở lớp tập huấn cho công chức phường mới sắp xếp.",
    ],
))

FILES.append(dict(
    fname="STP_tinh-hinh-thuc-hien-CT38.xlsx", hand="H4",
    unit_id="SO-TP", unit_name="Sở Tư pháp", unit_upper="SỞ TƯ PHÁP TP. HỒ CHÍ MINH",
    number="5021/STP-VBPQ", date="2026-10-26",
    entries=[
        E("II.2.c", "completed", {},
          "1) Góp ý 3 dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng theo đề nghị của Sở KH&CN.",
          name="Góp ý dự thảo văn bản QPPL", grade="A"),
        E("II.1.a", "completed", {"training_courses": 2, "participants": 260},
          "1) Lồng ghép phổ biến Luật Chất lượng sản phẩm, hàng hóa trong 2 hội nghị phổ biến pháp luật cho doanh nghiệp; 2) tổng cộng 260 lượt người tham dự.",
          name="Phổ biến, giáo dục pháp luật", grade="A"),
        E("II.5.d", "in_progress", {},
          "1) Hướng dẫn nghiệp vụ thi hành quyết định xử phạt vi phạm hành chính khi có yêu cầu.",
          name="Phối hợp xử lý vi phạm", grade="B"),
        E("II.2.đ", "completed", {},
          "1) Duy trì ISO 9001:2015 tại Sở.",
          name="Hệ thống quản lý chất lượng tại cơ quan", grade="A"),
        E("II.3.a", "not_started", {},
          "1) Chưa cử công chức dự tập huấn.",
          name="Cử công chức dự tập huấn", grade="C"),
    ],
    difficulties=[
        "Văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) chưa ban hành đầy đủ.",
    ],
    proposals=[
        "Đề nghị Sở Khoa học và Công nghệ gửi tài liệu phổ biến Luật sửa đổi để Sở Tư pháp lồng ghép.",
    ],
))

FILES.append(dict(
    fname="SNNMT_BC_9thang_2026.xlsx", hand="H4", status="rejected",
    reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
    unit_id="SO-NNMT", unit_name="Sở Nông nghiệp và Môi trường", unit_upper="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    number="6634/SNNMT-TL", date="2026-10-05",
    title2="Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026",
    entries=[],
    mistaken_rows=[
        ("Gia cố đê bao, bờ kè xung yếu", "1) Gia cố 14 điểm sạt lở; 2) kinh phí 18,6 tỷ đồng.", "B"),
        ("Diễn tập phòng chống thiên tai", "1) Tổ chức 3 cuộc diễn tập cấp xã.", "A"),
        ("Sơ tán dân khi có bão", "1) Không phát sinh bão đổ bộ trong kỳ.", "D"),
    ],
    difficulties=["Triều cường vượt mức báo động III gây ngập nhiều tuyến đường."],
    proposals=["Đề nghị bổ sung kinh phí xử lý sạt lở khẩn cấp."],
))
