# -*- coding: utf-8 -*-
# Content of the 18 reports (executed by gen.py)
C, IP, NS, NA, UK = "completed", "in_progress", "not_started", "not_applicable", "unknown"

# ======================= HAND 1: Chị Trâm (department programmes, "(mục 2.3 KH 38)")
sct_diffs = ["Một số doanh nghiệp nhỏ và vừa còn e ngại chi phí khi áp dụng công cụ cải tiến năng suất, chưa chủ động đăng ký tham gia chương trình.",
             "Lực lượng quản lý thị trường được kiện toàn lại sau sắp xếp nên việc bố trí đoàn kiểm tra liên ngành có lúc chưa kịp thời."]
sct_props = ["Đề nghị Sở Khoa học và Công nghệ sớm ban hành danh mục sản phẩm, hàng hóa trọng điểm cần kiểm tra năm 2027 để Sở Công Thương chủ động xây dựng kế hoạch.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn chuyên sâu về nhãn hàng hóa cho công chức quản lý thị trường."]
hand1("sct-bc-ct38-11thang.docx", "SO-CT", "Sở Công Thương", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"], "4512/BC-SCT", "2026-11-18",
      "Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2026",
      "Thực hiện Kế hoạch số 38 của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 (gọi tắt là KH 38), Sở Công Thương lồng ghép các nội dung của KH 38 vào các chương trình, kế hoạch chuyên ngành do Sở chủ trì. Kết quả 11 tháng năm 2026 như sau:",
      [("Chương trình hỗ trợ doanh nghiệp công nghiệp hỗ trợ nâng cao năng suất, chất lượng năm 2026", "mục 2.1 KH 38",
        ["Sở đã tổ chức 03 hội thảo chuyên đề về cải tiến năng suất (5S, Kaizen, Lean) với 215 lượt doanh nghiệp tham dự; trực tiếp hỗ trợ 18 doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất tại xưởng sản xuất.",
         "Tổng kinh phí đã giải ngân cho chương trình là 1,45 tỷ đồng. Đến nay các hạng mục của chương trình năm 2026 đã hoàn tất, Sở đang tổng hợp hồ sơ nghiệm thu."]),
       ("Chương trình bình ổn thị trường – hợp phần hướng dẫn doanh nghiệp công bố tiêu chuẩn, công bố hợp quy sản phẩm", "mục 2.4 KH 38",
        ["Sở đã hướng dẫn 46 doanh nghiệp tham gia chương trình bình ổn thực hiện công bố tiêu chuẩn áp dụng, ghi nhãn và công bố hợp quy sản phẩm. Việc hướng dẫn vẫn đang tiếp tục triển khai đến hết năm do có doanh nghiệp mới đăng ký tham gia đợt Tết Nguyên đán 2027."]),
       ("Kế hoạch kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng năm 2026", "mục 5.1 KH 38",
        ["Sở phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thành lập 06 đoàn kiểm tra tại 52 cửa hàng kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; phát hiện 04 cơ sở vi phạm về đo lường và ghi nhãn, xử phạt vi phạm hành chính tổng số tiền 62.500.000 đồng.",
         "Kế hoạch kiểm tra năm 2026 đã thực hiện xong."]),
       ("Góp ý dự thảo quy chuẩn kỹ thuật ngành Công Thương", "mục 2.6 KH 38",
        ["Trong kỳ, Sở đã nghiên cứu, góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo (an toàn điện, thiết bị áp lực, khí dầu mỏ hóa lỏng). Sở đã hoàn tất việc góp ý và gửi văn bản đúng thời hạn."]),
       ("Áp dụng, duy trì Hệ thống quản lý chất lượng ISO 9001:2015 tại cơ quan Sở", "mục 2.5 KH 38",
        ["Sở đang rà soát, cập nhật các quy trình nội bộ cho phù hợp với thủ tục hành chính mới sau sắp xếp; dự kiến công bố lại Hệ thống trong tháng 12/2026."])],
      sct_diffs, sct_props, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Văn Hiếu"))
key("sct-bc-ct38-11thang.docx", "SO-CT", "Sở Công Thương", "4512/BC-SCT", "2026-11-18", [
    E("II.2.a", C, {"training_courses": 3, "participants": 215, "enterprises_supported": 18, "budget_spent_vnd": 1450000000}, "Chương trình hỗ trợ doanh nghiệp công nghiệp hỗ trợ nâng cao năng suất, chất lượng năm 2026 – hạng mục năm 2026 đã hoàn tất"),
    E("II.2.d", IP, {"enterprises_supported": 46}, "Hướng dẫn 46 doanh nghiệp bình ổn công bố tiêu chuẩn, hợp quy – đang tiếp tục"),
    E("II.5.a", C, {"inspections": 6, "establishments_inspected": 52, "violations": 4, "fines_vnd": 62500000}, "Kiểm tra chất lượng xăng dầu, LPG – kế hoạch năm đã thực hiện xong"),
    E("II.2.e", C, {"standards_reviewed": 5}, "Góp ý 05 dự thảo QCVN ngành Công Thương – hoàn tất"),
    E("II.2.đ", IP, {}, "ISO 9001:2015 tại cơ quan Sở – đang rà soát, cập nhật quy trình")], sct_diffs, sct_props)

syt_diffs = ["Kinh phí năm 2026 chưa bố trí cho hoạt động lấy mẫu khảo sát chất lượng hàng hóa tại nhà thuốc.",
             "Nhiều phương tiện đo trong y tế tại trạm y tế phường, xã được bàn giao sau sắp xếp chưa có hồ sơ kiểm định đầy đủ."]
syt_props = ["Kiến nghị Sở Khoa học và Công nghệ phối hợp bố trí kinh phí lấy mẫu khảo sát chất lượng khẩu trang, nước rửa tay trong năm 2027.",
             "Kiến nghị Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên lịch kiểm định phương tiện đo cho các trạm y tế mới tiếp nhận."]
hand1("syt-bao-cao-kh38-2026.docx", "SO-YT", "Sở Y tế", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ"], "7820/BC-SYT", "2026-11-20",
      "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026",
      "Sở Y tế báo cáo kết quả thực hiện các nội dung liên quan tại KH 38 của Sở Khoa học và Công nghệ, được lồng ghép trong các đề án, chương trình của ngành y tế năm 2026, cụ thể:",
      [("Chương trình bảo đảm đo lường trong khám bệnh, chữa bệnh năm 2026", "mục 5.1 KH 38",
        ["Sở đã phối hợp kiểm tra việc kiểm định, hiệu chuẩn phương tiện đo tại 34 bệnh viện, trung tâm y tế và trạm y tế; trong năm đã có 1.286 phương tiện đo nhóm 2 (huyết áp kế, cân khối lượng, nhiệt kế y học, máy đo điện tim) được kiểm định, hiệu chuẩn. Đợt kiểm tra năm 2026 đã hoàn thành."]),
       ("Đề án duy trì Hệ thống quản lý chất lượng ISO 9001 tại cơ quan Sở và các đơn vị trực thuộc", "mục 2.5 KH 38",
        ["Sở và 12 đơn vị trực thuộc đã hoàn thành đánh giá nội bộ, xem xét của lãnh đạo và công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."]),
       ("Góp ý quy chuẩn kỹ thuật về trang thiết bị y tế và chất lượng nước sạch", "mục 2.6 KH 38",
        ["Sở đã góp ý 04 dự thảo (gồm 03 dự thảo QCVN về trang thiết bị y tế và 01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sinh hoạt). Việc xây dựng quy chuẩn địa phương về nước sạch vẫn đang triển khai, dự kiến trình trong Quý I/2027."]),
       ("Kế hoạch đào tạo liên tục cho cán bộ quản lý chất lượng bệnh viện", "mục 3.1 KH 38",
        ["Sở đã cử 27 lượt cán bộ tham dự 02 lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức. Nội dung này đã hoàn thành."]),
       ("Khảo sát chất lượng khẩu trang y tế, dung dịch rửa tay bán tại nhà thuốc", "mục 5.2 KH 38",
        ["Nội dung này chưa triển khai do chưa bố trí được kinh phí lấy mẫu."])],
      syt_diffs, syt_props, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Huỳnh Mai"))
key("syt-bao-cao-kh38-2026.docx", "SO-YT", "Sở Y tế", "7820/BC-SYT", "2026-11-20", [
    E("II.5.a", C, {"establishments_inspected": 34, "instruments_verified": 1286}, "Kiểm tra kiểm định phương tiện đo tại 34 cơ sở y tế; 1.286 phương tiện đo được kiểm định – đã hoàn thành"),
    E("II.2.đ", C, {}, "ISO 9001 tại Sở và 12 đơn vị trực thuộc – đã hoàn thành"),
    E("II.2.e", IP, {"standards_reviewed": 4}, "Góp ý 04 dự thảo QCVN/QCĐP – QCĐP nước sạch đang triển khai"),
    E("II.3.a", C, {"participants": 27, "training_courses": 2}, "Cử 27 lượt cán bộ dự 02 lớp tập huấn – đã hoàn thành"),
    E("II.5.b", NS, {}, "Khảo sát khẩu trang, nước rửa tay – chưa triển khai")], syt_diffs, syt_props)

snn_diffs = ["Nhiều hợp tác xã, hộ sản xuất nhỏ chưa duy trì cập nhật thông tin lên hệ thống truy xuất nguồn gốc sau khi được cấp mã.",
             "Thời gian lấy ý kiến dự thảo quy chuẩn kỹ thuật địa phương kéo dài do phải lấy ý kiến thêm các phường, xã sau sắp xếp."]
snn_props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn việc chuyển đổi Hệ thống quản lý chất lượng ISO sang ISO điện tử áp dụng thống nhất cho các sở, ngành."]
hand1("snnmt-bc-11t-2026-kh38.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "3307/BC-SNNMT", "2026-11-16",
      "Thành phố Hồ Chí Minh, ngày 16 tháng 11 năm 2026",
      "Căn cứ nhiệm vụ được phân công tại KH 38, Sở Nông nghiệp và Môi trường báo cáo theo các chương trình, kế hoạch chuyên ngành của Sở như sau:",
      [("Chương trình truy xuất nguồn gốc nông sản, thực phẩm nông lâm thủy sản bằng mã QR", "mục 2.1 KH 38",
        ["Sở đã hướng dẫn 73 cơ sở, hợp tác xã đăng ký cấp mã truy xuất nguồn gốc; tổ chức 02 lớp tập huấn với 160 học viên là cán bộ hợp tác xã, chủ trang trại. Kinh phí đã sử dụng 385 triệu đồng. Chương trình tiếp tục được thực hiện đến hết năm 2026."]),
       ("Xây dựng quy chuẩn kỹ thuật địa phương về nước thải chăn nuôi", "mục 2.6 KH 38",
        ["Sở đã hoàn thành dự thảo quy chuẩn, hiện đang lấy ý kiến các sở, ngành; đồng thời góp ý 06 dự thảo TCVN, QCVN do Bộ Nông nghiệp và Môi trường gửi lấy ý kiến."]),
       ("Kế hoạch lấy mẫu giám sát chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi năm 2026", "mục 5.2 KH 38",
        ["Đã lấy 248 mẫu để giám sát chất lượng, trong đó có 11 mẫu không đạt chỉ tiêu công bố; Sở đã thông báo kết quả tới các cơ quan chức năng. Kế hoạch lấy mẫu năm đã kết thúc."]),
       ("Kế hoạch kiểm tra điều kiện sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật", "mục 5.1 KH 38",
        ["Sở đã thành lập 09 đoàn kiểm tra tại 41 cơ sở sản xuất, kinh doanh; xử lý 07 cơ sở vi phạm với tổng số tiền phạt 137,5 triệu đồng. Đã thực hiện xong 9/9 đoàn theo kế hoạch."]),
       ("Chuyển đổi Hệ thống quản lý chất lượng sang ISO điện tử", "mục 2.5 KH 38",
        ["Sở chưa triển khai việc chuyển đổi, đang chờ hướng dẫn thống nhất của Sở Khoa học và Công nghệ."])],
      snn_diffs, snn_props, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thành Đức"))
key("snnmt-bc-11t-2026-kh38.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3307/BC-SNNMT", "2026-11-16", [
    E("II.2.a", IP, {"enterprises_supported": 73, "training_courses": 2, "participants": 160, "budget_spent_vnd": 385000000}, "Truy xuất nguồn gốc nông sản bằng mã QR – tiếp tục thực hiện"),
    E("II.2.e", IP, {"standards_reviewed": 6}, "QCĐP nước thải chăn nuôi đang lấy ý kiến; góp ý 06 dự thảo TCVN, QCVN"),
    E("II.5.b", C, {"samples_tested": 248}, "Lấy 248 mẫu giám sát phân bón, thuốc BVTV, TACN – đã kết thúc"),
    E("II.5.a", C, {"inspections": 9, "establishments_inspected": 41, "violations": 7, "fines_vnd": 137500000}, "09 đoàn kiểm tra, 41 cơ sở, 07 vi phạm, 137,5 triệu đồng – xong 9/9 đoàn"),
    E("II.2.đ", NS, {}, "Chuyển sang ISO điện tử – chưa triển khai")], snn_diffs, snn_props)

sgd_diffs = ["Lịch học, lịch thi của các trường dày nên khó bố trí thời gian cho cán bộ tham gia các lớp tập huấn ngắn ngày."]
sgd_props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp tập huấn cho cán bộ ngành giáo dục vào thời gian hè (tháng 7, tháng 8).",
             "Đề nghị Chi cục cung cấp tài liệu tuyên truyền về tiêu chuẩn, đo lường dành cho học sinh để đưa vào hoạt động ngoại khóa."]
hand1("sgddt-baocao-ct38.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "5140/BC-SGDĐT", "2026-11-24",
      "Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026",
      "Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung có liên quan của KH 38 thông qua các chương trình công tác năm học 2025 – 2026 và học kỳ I năm học 2026 – 2027 như sau:",
      [("Chương trình giáo dục STEM và hiểu biết về tiêu chuẩn, đo lường cho học sinh, sinh viên", "mục 3.4 KH 38",
        ["Phối hợp Chi cục tổ chức 04 buổi ngoại khóa, tọa đàm tại các trường cao đẳng, trung cấp với 1.120 lượt học sinh, sinh viên tham gia. Chương trình năm 2026 đã hoàn thành."]),
       ("Kế hoạch duy trì ISO 9001 tại cơ quan Sở", "mục 2.5 KH 38",
        ["Sở đang thực hiện đánh giá nội bộ năm 2026, dự kiến hoàn thành trong tháng 12."]),
       ("Tuyên truyền hưởng ứng Ngày Tiêu chuẩn thế giới 14/10 trên Cổng thông tin ngành giáo dục", "mục 1.1 KH 38",
        ["Đã đăng 09 tin, bài trên Cổng thông tin điện tử của Sở và trang tin các trường. Nội dung đã hoàn thành."]),
       ("Rà soát tiêu chuẩn cơ sở vật chất, thiết bị dạy học tối thiểu", "mục 2.6 KH 38",
        ["Sở đã góp ý 02 dự thảo tiêu chuẩn quốc gia về thiết bị dạy học và đã gửi văn bản về Bộ Giáo dục và Đào tạo."]),
       ("Cử cán bộ tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "mục 3.1 KH 38",
        ["Trong năm, Sở chưa cử cán bộ tham dự do các lớp tổ chức trùng lịch thi học kỳ."])],
      sgd_diffs, sgd_props, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hồ Tấn Minh"))
key("sgddt-baocao-ct38.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "5140/BC-SGDĐT", "2026-11-24", [
    E("II.3.d", C, {"training_courses": 4, "participants": 1120}, "04 buổi ngoại khóa, tọa đàm cho 1.120 lượt học sinh, sinh viên – đã hoàn thành"),
    E("II.2.đ", IP, {}, "Duy trì ISO 9001 – đang đánh giá nội bộ"),
    E("II.1.a", C, {"communications": 9}, "09 tin, bài hưởng ứng Ngày Tiêu chuẩn thế giới – đã hoàn thành"),
    E("II.2.e", C, {"standards_reviewed": 2}, "Góp ý 02 dự thảo TCVN thiết bị dạy học – đã gửi Bộ"),
    E("II.3.a", NS, {}, "Cử cán bộ tập huấn – chưa cử")], sgd_diffs, sgd_props)

# ======================= HAND 2: Anh Khoa (two tables linked by STT)
cc_tasks = [("1", "Tập huấn văn bản quy phạm pháp luật về TĐC cho tổ chức, doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu", "Hoàn thành", "Quý I–III"),
            ("2", "Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Hoàn thành", ""),
            ("3", "Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100 trên địa bàn", "Đang thực hiện", "Chuyển tiếp sang 2027"),
            ("4", "Tổ chức Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026", "Hoàn thành", "Đã chấm 09 hồ sơ"),
            ("5", "Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương", "Đang thực hiện", ""),
            ("6", "Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, phường, xã, đặc khu", "Hoàn thành", ""),
            ("7", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông trên thị trường", "Đang thực hiện", "Còn 02 đoàn tháng 12"),
            ("8", "Khảo sát chất lượng sản phẩm, hàng hóa", "Hoàn thành", ""),
            ("9", "Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ", "Hoàn thành", ""),
            ("10", "Phối hợp APO về năng suất khu vực công", "Không phát sinh", "Chưa có yêu cầu")]
cc_figs = [("1", "Lớp tập huấn (kể cả 01 buổi tọa đàm DN nhập khẩu)", "06", "lớp"), ("1", "Học viên tham dự", "742", "lượt"),
           ("2", "Doanh nghiệp được hướng dẫn hồ sơ", "14", "DN"), ("2", "Tin, bài tuyên truyền", "08", "tin/bài"),
           ("3", "Doanh nghiệp được hỗ trợ", "37", "DN"), ("3", "Kinh phí đã giải ngân", "212,6", "triệu đồng"),
           ("5", "Dự thảo TCVN/QCVN đã góp ý", "23", "dự thảo"),
           ("6", "Lớp tập huấn", "03", "lớp"), ("6", "Công chức tham dự", "389", "lượt"),
           ("7", "Cuộc kiểm tra", "11", "cuộc"), ("7", "Cơ sở được kiểm tra", "126", "cơ sở"), ("7", "Cơ sở vi phạm", "19", "cơ sở"), ("7", "Tiền xử phạt", "287.750.000", "đồng"),
           ("8", "Mẫu khảo sát", "160", "mẫu"),
           ("9", "Phương tiện nghiệp vụ được kiểm định, hiệu chuẩn", "42", "chiếc")]
cc_diffs = ["Biên chế của Chi cục chưa tương xứng với khối lượng công việc sau khi địa bàn Thành phố mở rộng.",
            "Một số phường, xã mới thành lập chưa phân công công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp kiểm tra còn chậm."]
cc_props = ["Đề nghị Sở bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng sản phẩm, hàng hóa.",
            "Đề nghị Sở có văn bản đề nghị UBND các phường, xã, đặc khu phân công đầu mối theo dõi công tác tiêu chuẩn, đo lường, chất lượng."]
hand2_docx("cctdc-bc-11t-ct38.docx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"], "1185/BC-TĐC",
           "Thành phố Hồ Chí Minh, ngày 27 tháng 11 năm 2026",
           "Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo tình hình thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch năm 2026. Tình trạng từng nhiệm vụ nêu tại Bảng 1; số liệu nêu tại Bảng 2, cột STT ghi theo Bảng 1.",
           cc_tasks, cc_figs, cc_diffs, cc_props, ("CHI CỤC TRƯỞNG", "Võ Quốc Bảo"))
key("cctdc-bc-11t-ct38.docx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1185/BC-TĐC", "2026-11-27", [
    E("II.1.a", C, {"training_courses": 6, "participants": 742}, "Tập huấn văn bản QPPL, tọa đàm DN nhập khẩu"),
    E("II.1.b", C, {"enterprises_supported": 14, "communications": 8}, "Tuyên truyền, hướng dẫn DN tham dự GTCLQG"),
    E("II.2.a", IP, {"enterprises_supported": 37, "budget_spent_vnd": 212600000}, "Chương trình 1322, KH 36, Đề án 996, Đề án 100"),
    E("II.2.b", C, {}, "Hội đồng sơ tuyển GTCLQG 2026"),
    E("II.2.e", IP, {"standards_reviewed": 23}, "Góp ý TCVN, QCVN; xây dựng QCĐP"),
    E("II.3.a", C, {"training_courses": 3, "participants": 389}, "Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã"),
    E("II.5.a", IP, {"inspections": 11, "establishments_inspected": 126, "violations": 19, "fines_vnd": 287750000}, "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông"),
    E("II.5.b", C, {"samples_tested": 160}, "Khảo sát chất lượng sản phẩm, hàng hóa"),
    E("II.4.b", C, {"instruments_verified": 42}, "Bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ"),
    E("II.6.b", NA, {}, "Phối hợp APO – không phát sinh")], cc_diffs, cc_props)

sxd_tasks = [("1", "Góp ý dự thảo QCVN về vật liệu xây dựng, an toàn công trình", "Hoàn thành", ""),
             ("2", "Kiểm tra chất lượng vật liệu xây dựng lưu thông (xi măng, thép, kính)", "Đang triển khai", "Còn 01 đoàn"),
             ("3", "Lấy mẫu thử nghiệm vật liệu xây dựng", "Đang triển khai", ""),
             ("4", "Duy trì ISO 9001:2015 tại Sở", "Hoàn thành", "Đã công bố lại tháng 9"),
             ("5", "Kết nối dữ liệu chứng nhận hợp quy VLXD với Cơ sở dữ liệu quốc gia về TĐC", "Chưa triển khai", "Chờ hướng dẫn kết nối")]
sxd_figs = [("1", "Dự thảo QCVN đã góp ý", "07", "dự thảo"),
            ("2", "Đoàn kiểm tra", "04", "đoàn"), ("2", "Cơ sở được kiểm tra", "29", "cơ sở"), ("2", "Cơ sở vi phạm", "03", "cơ sở"), ("2", "Tiền phạt", "45.000.000", "đồng"),
            ("3", "Mẫu vật liệu đã lấy thử nghiệm", "58", "mẫu")]
sxd_diffs = ["Chưa có hướng dẫn kỹ thuật về việc kết nối dữ liệu công bố hợp quy vật liệu xây dựng với cơ sở dữ liệu quốc gia."]
sxd_props = ["Đề nghị Sở Khoa học và Công nghệ chủ trì tổ chức buổi làm việc về kết nối, chia sẻ dữ liệu hợp quy giữa hai Sở."]
hand2_docx("sxd-bc-thuc-hien-ct38.docx", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG"], "9036/BC-SXD",
           "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2026",
           "Sở Xây dựng báo cáo kết quả thực hiện các nội dung phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (Bảng 1: nhiệm vụ; Bảng 2: số liệu theo STT của Bảng 1).",
           sxd_tasks, sxd_figs, sxd_diffs, sxd_props, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Ngọc Sơn"))
key("sxd-bc-thuc-hien-ct38.docx", "SO-XD", "Sở Xây dựng", "9036/BC-SXD", "2026-11-19", [
    E("II.2.e", C, {"standards_reviewed": 7}, "Góp ý dự thảo QCVN vật liệu xây dựng"),
    E("II.5.a", IP, {"inspections": 4, "establishments_inspected": 29, "violations": 3, "fines_vnd": 45000000}, "Kiểm tra chất lượng VLXD lưu thông"),
    E("II.5.b", IP, {"samples_tested": 58}, "Lấy mẫu thử nghiệm VLXD"),
    E("II.2.đ", C, {}, "Duy trì ISO 9001:2015 tại Sở"),
    E("II.2.i", NS, {}, "Kết nối CSDL quốc gia về TĐC – chưa triển khai")], sxd_diffs, sxd_props)

kt_tasks = [("1", "Phối hợp Chi cục kiểm tra hàng hóa lưu thông, đo lường trong kinh doanh", "Hoàn thành", ""),
            ("2", "Tham mưu xử lý vi phạm, tiếp nhận phản ánh, tố giác về TĐC", "Đang thực hiện", "Thường xuyên"),
            ("3", "Hướng dẫn phường, xã, đặc khu thực hiện nội dung được phân quyền", "Đang thực hiện", ""),
            ("4", "Góp ý dự thảo văn bản QPPL về tiêu chuẩn, chất lượng", "Hoàn thành", "Theo yêu cầu của Bộ"),
            ("5", "Phối hợp bảo trì, kiểm định phương tiện nghiệp vụ", "Không phát sinh", "")]
kt_figs = [("1", "Cuộc kiểm tra", 5, "cuộc"), ("1", "Cơ sở được kiểm tra", 47, "cơ sở"), ("1", "Cơ sở vi phạm", 8, "cơ sở"), ("1", "Tiền xử phạt", 96500000, "đồng"),
           ("3", "Hội nghị hướng dẫn", 2, "hội nghị"), ("3", "Cán bộ phường, xã tham dự", 180, "lượt")]
kt_diffs = ["Nội dung phân quyền cho cấp xã còn mới, nhiều phường, xã chưa nắm rõ thẩm quyền xử phạt về đo lường."]
kt_props = ["Đề nghị Chi cục biên soạn sổ tay hướng dẫn nghiệp vụ kiểm tra đo lường cho cấp xã."]
hand2_xlsx("ktpc-bieu-ct38-11t.xlsx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "Số: 214/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 17 tháng 11 năm 2026",
           "BÁO CÁO TÌNH HÌNH THỰC HIỆN KH CT38 NĂM 2026 (Bảng 1 – nhiệm vụ; Bảng 2 ở sheet bên cạnh)"], kt_tasks, kt_figs, kt_diffs, kt_props)
key("ktpc-bieu-ct38-11t.xlsx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "214/BC-KTPC", "2026-11-17", [
    E("II.5.a", C, {"inspections": 5, "establishments_inspected": 47, "violations": 8, "fines_vnd": 96500000}, "Phối hợp Chi cục kiểm tra hàng hóa lưu thông, đo lường"),
    E("II.5.d", IP, {}, "Xử lý vi phạm, tiếp nhận phản ánh, tố giác"),
    E("II.5.c", IP, {"training_courses": 2, "participants": 180}, "Hướng dẫn phường, xã nội dung phân quyền"),
    E("II.2.c", C, {}, "Góp ý dự thảo văn bản QPPL"),
    E("II.4.b", NA, {}, "Phối hợp bảo trì phương tiện nghiệp vụ – không phát sinh")], kt_diffs, kt_props)

tt_tasks = [("1", "Đầu tư thiết bị thử nghiệm, hiện đại hóa phòng thí nghiệm", "Đang thực hiện", "Gói thầu 2 đang lắp đặt"),
            ("2", "Duy trì chuẩn đo lường, liên kết chuẩn lên chuẩn quốc gia", "Hoàn thành", ""),
            ("3", "Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm, tư vấn", "Đang thực hiện", ""),
            ("4", "Đào tạo chuyên đề đo lường, thử nghiệm cho sinh viên thực tập", "Hoàn thành", "")]
tt_figs = [("1", "Kinh phí đã giải ngân", 4820000000, "đồng"),
           ("2", "Chuẩn đo lường được hiệu chuẩn liên kết", 15, "chuẩn"),
           ("3", "Phương tiện đo được kiểm định, hiệu chuẩn", 38624, "phương tiện"), ("3", "Mẫu thử nghiệm", 5210, "mẫu"), ("3", "Doanh nghiệp được tư vấn kỹ thuật", 312, "DN"),
           ("4", "Khóa đào tạo", 3, "khóa"), ("4", "Học viên", 95, "người")]
tt_diffs = ["Thủ tục mua sắm thiết bị giá trị lớn kéo dài, gói thầu số 2 chậm so với dự kiến."]
tt_props = ["Đề nghị Sở hỗ trợ thủ tục điều chỉnh dự toán để hoàn thành gói thầu số 2 trong Quý I/2027.", "Đề nghị bổ sung 02 biên chế kiểm định viên lĩnh vực áp suất."]
hand2_xlsx("ttdv-ptn-bao-cao-ct38.xlsx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM", "Số: 356/BC-TTDV", "Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 – 11 THÁNG NĂM 2026"], tt_tasks, tt_figs, tt_diffs, tt_props)
key("ttdv-ptn-bao-cao-ct38.xlsx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "356/BC-TTDV", "2026-11-21", [
    E("II.4.a", IP, {"budget_spent_vnd": 4820000000}, "Đầu tư thiết bị thử nghiệm"),
    E("II.4.c", C, {"instruments_verified": 15}, "Duy trì, liên kết chuẩn đo lường"),
    E("II.2.g", IP, {"instruments_verified": 38624, "samples_tested": 5210, "enterprises_supported": 312}, "Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm"),
    E("II.3.d", C, {"training_courses": 3, "participants": 95}, "Đào tạo cho sinh viên thực tập")], tt_diffs, tt_props)

# ======================= HAND 3: Cô Hạnh (Mức độ: Tốt / Khá / Đạt / Chưa đạt)
bc_diffs = ["Xã chưa có công chức chuyên trách, cán bộ văn hóa – xã hội kiêm nhiệm theo dõi nên việc cập nhật số liệu còn chậm.",
            "Địa bàn xã rộng, các điểm kinh doanh xăng dầu, cân hàng hải sản phân tán dọc tuyến ven biển."]
bc_props = ["Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền in sẵn (tờ rơi, pa nô) về đo lường trong mua bán hải sản."]
hand3_docx("xa-binhchau-bc-tdc-2026.docx", ["ỦY BAN NHÂN DÂN", "XÃ BÌNH CHÂU"], "412/BC-UBND", "Bình Châu, ngày 16 tháng 11 năm 2026",
           "Thực hiện Công văn của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, UBND xã Bình Châu báo cáo như sau:",
           [("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Xã đã phát tổng cộng 30 tin, bài (24 tin phát trên hệ thống truyền thanh xã, 06 bài đăng trên trang thông tin điện tử và nhóm Zalo của xã), tập trung vào đo lường trong mua bán hải sản và xăng dầu.", "Tốt"),
            ("Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu theo phân cấp", "Phối hợp Chi cục kiểm tra 03 cuộc tại 21 cơ sở (chợ Bình Châu, cửa hàng xăng dầu, vựa hải sản); phát hiện 02 cơ sở vi phạm, xử phạt 7.500.000 đồng.", "Khá"),
            ("Cử công chức tham gia tập huấn nghiệp vụ", "Xã cử 04 lượt công chức tham dự 01 lớp tập huấn do Chi cục tổ chức.", "Khá"),
            ("Tiếp nhận phản ánh, tố giác hành vi gian lận đo lường", "Trong kỳ không có tin báo, phản ánh.", "Không đánh giá"),
            ("Hướng dẫn hộ kinh doanh ghi nhãn hàng hóa đặc sản địa phương", "Xã đã hướng dẫn 15 hộ sản xuất nước mắm, mắm ruốc ghi nhãn hàng hóa; tiếp tục hướng dẫn các hộ còn lại.", "Đạt")],
           bc_diffs, bc_props, ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Văn Lực"))
key("xa-binhchau-bc-tdc-2026.docx", "26656", "Xã Bình Châu", "412/BC-UBND", "2026-11-16", [
    E("II.1.a", C, {"communications": 30}, "Tuyên truyền 30 tin, bài – Mức độ: Tốt"),
    E("II.5.c", C, {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 7500000}, "Phối hợp kiểm tra đo lường theo phân cấp – Mức độ: Khá"),
    E("II.3.a", C, {"participants": 4, "training_courses": 1}, "Cử công chức tập huấn – Mức độ: Khá"),
    E("II.5.d", NA, {}, "Tiếp nhận phản ánh, tố giác – Không đánh giá (không có tin báo)"),
    E("II.2.d", IP, {"enterprises_supported": 15}, "Hướng dẫn 15 hộ ghi nhãn – Mức độ: Đạt")], bc_diffs, bc_props)

pt_diffs = ["Xã thiếu công chức, chưa bố trí được người tham gia tập huấn.", "Cân đối chứng tại chợ Phước Thành đã cũ, số liệu cân chưa ổn định."]
pt_props = ["Kiến nghị Chi cục kiểm định lại cân đối chứng tại chợ Phước Thành.", "Kiến nghị tổ chức lớp tập huấn trực tuyến để công chức xã tham gia."]
hand3_docx("phuocthanh-baocao-tdc.docx", ["UBND XÃ PHƯỚC THÀNH", "BỘ PHẬN VĂN HÓA – XÃ HỘI"], "198/BC-UBND", "Phước Thành, ngày 25 tháng 11 năm 2026",
           "UBND xã Phước Thành báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo đề nghị của Sở Khoa học và Công nghệ như sau:",
           [("Kiểm tra đo lường tại chợ, duy trì cân đối chứng", "Cân đối chứng tại chợ Phước Thành duy trì hoạt động; xã phối hợp kiểm tra 02 cuộc tại 12 cơ sở kinh doanh, không phát hiện vi phạm. Tháng 12 tiếp tục kiểm tra đợt Tết.", "Đạt"),
            ("Tuyên truyền trên hệ thống loa, trang tin của xã", "Đã thực hiện 05 tin, bài về quyền lợi người tiêu dùng, đo lường trong mua bán.", "Khá"),
            ("Tham gia tập huấn nghiệp vụ", "Xã chưa cử được công chức tham gia do thiếu người.", "Chưa đạt"),
            ("Phối hợp lấy mẫu khảo sát chất lượng hàng hóa", "Hỗ trợ đoàn của Chi cục lấy 08 mẫu xăng dầu tại các cửa hàng trên địa bàn xã.", "Khá")],
           pt_diffs, pt_props, ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Huỳnh Văn Tâm"))
key("phuocthanh-baocao-tdc.docx", "25864", "Xã Phước Thành", "198/BC-UBND", "2026-11-25", [
    E("II.5.c", IP, {"inspections": 2, "establishments_inspected": 12}, "Kiểm tra đo lường tại chợ – Mức độ: Đạt"),
    E("II.1.a", C, {"communications": 5}, "Tuyên truyền 05 tin, bài – Khá"),
    E("II.3.a", NS, {}, "Tập huấn – Chưa đạt"),
    E("II.5.b", C, {"samples_tested": 8}, "Hỗ trợ lấy 08 mẫu xăng dầu – Khá")], pt_diffs, pt_props)

bco_rows = [(1, "Kiểm tra đo lường, ghi nhãn hàng hóa tại chợ, cửa hàng theo phân cấp", "Kiểm tra 04 cuộc tại 33 cơ sở; 05 cơ sở vi phạm; xử phạt 12.000.000 đ", "Tốt"),
            (2, "Tuyên truyền qua loa phát thanh, Zalo khu phố", "12 tin bài", "Khá"),
            (3, "Cử công chức tham dự tập huấn", "02 lượt công chức dự 01 lớp của Chi cục", "Khá"),
            (4, "Khen thưởng, bảo vệ người tố giác vi phạm", "Không phát sinh", "Không đánh giá"),
            (5, "Hướng dẫn cơ sở sản xuất công bố tiêu chuẩn, hợp chuẩn", "Đang hướng dẫn 03 cơ sở (gốm sứ, bao bì)", "Đạt")]
bco_diffs = ["Một số cơ sở kinh doanh nhỏ lẻ chưa hợp tác khi kiểm tra, đóng cửa khi có đoàn."]
bco_props = ["Đề nghị Chi cục hướng dẫn mẫu biên bản kiểm tra đo lường dùng cho cấp phường."]
hand3_xlsx("binhco-tu-danh-gia-ct38.xlsx", ["ỦY BAN NHÂN DÂN PHƯỜNG BÌNH CƠ", "Số: 233/BC-UBND", "Bình Cơ, ngày 20 tháng 11 năm 2026",
            "BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÔNG TÁC TĐC NĂM 2026 (đến 15/11/2026)"], bco_rows, bco_diffs, bco_props)
key("binhco-tu-danh-gia-ct38.xlsx", "25915", "Phường Bình Cơ", "233/BC-UBND", "2026-11-20", [
    E("II.5.c", C, {"inspections": 4, "establishments_inspected": 33, "violations": 5, "fines_vnd": 12000000}, "Kiểm tra theo phân cấp – Tốt"),
    E("II.1.a", C, {"communications": 12}, "Tuyên truyền 12 tin bài – Khá"),
    E("II.3.a", C, {"participants": 2, "training_courses": 1}, "Tập huấn – Khá"),
    E("II.5.d", NA, {}, "Khen thưởng người tố giác – không phát sinh"),
    E("II.2.d", IP, {"enterprises_supported": 3}, "Hướng dẫn 03 cơ sở công bố hợp chuẩn – Đạt")], bco_diffs, bco_props)

# ======================= HAND 4: Anh Phúc (Excel row outline groups, sub-period figures)
bd_blocks = [("Phối hợp kiểm tra đo lường, chất lượng theo phân cấp", "Tổng 07 cuộc (Quý III: 4; tháng 10: 2; tháng 11: 1); 46 cơ sở; 06 cơ sở vi phạm; phạt 18.500.000 đồng", "Đang tiếp tục", "Tháng 12 kiểm tra đợt Tết",
              [("Kiểm tra cân tại chợ Thủ Dầu Một, chợ Phú Văn (Quý III)", "4 cuộc - 25 cơ sở"), ("Kiểm tra cửa hàng xăng dầu (tháng 10)", "2 cuộc - 14 cơ sở"), ("Kiểm tra tiệm vàng (tháng 11)", "1 cuộc - 7 cơ sở")]),
             ("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng", "Tổng 19 tin bài (Quý III: 8; tháng 10: 6; tháng 11: 5)", "Hoàn tất", "",
              [("Tin trên loa khu phố", "11 tin"), ("Bài trên trang thông tin phường", "8 bài")]),
             ("Cử cán bộ tham gia tập huấn nghiệp vụ", "02 lớp, 05 lượt cán bộ (Quý III: 1 lớp, 3 lượt; tháng 10: 1 lớp, 2 lượt)", "Hoàn tất", "",
              [("Lớp nghiệp vụ kiểm tra đo lường – Chi cục", "3 lượt"), ("Lớp nhãn hàng hóa – Chi cục", "2 lượt")]),
             ("Tiếp nhận, xử lý phản ánh, tố giác vi phạm", "Không có", "Không phát sinh", "", [])]
bd_diffs = ["Phường chưa được trang bị cân, quả cân chuẩn để kiểm tra nhanh tại chợ."]
bd_props = ["Đề nghị Chi cục trang bị cho phường 01 bộ quả cân chuẩn phục vụ kiểm tra."]
hand4_xlsx("pbinhduong-ct38-11t.xlsx", ["UBND PHƯỜNG BÌNH DƯƠNG", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "BÁO CÁO KẾT QUẢ THỰC HIỆN KH CT38 NĂM 2026 (11 THÁNG)",
            "Số: 301/BC-UBND ngày 19/11/2026", "(Bấm dấu + bên trái để xem chi tiết từng việc)"], bd_blocks, bd_diffs, bd_props)
key("pbinhduong-ct38-11t.xlsx", "25760", "Phường Bình Dương", "301/BC-UBND", "2026-11-19", [
    E("II.5.c", IP, {"inspections": 7, "establishments_inspected": 46, "violations": 6, "fines_vnd": 18500000}, "Phối hợp kiểm tra theo phân cấp – Đang tiếp tục"),
    E("II.1.a", C, {"communications": 19}, "Tuyên truyền 19 tin bài – Hoàn tất"),
    E("II.3.a", C, {"training_courses": 2, "participants": 5}, "Cử cán bộ tập huấn – Hoàn tất"),
    E("II.5.d", NA, {}, "Phản ánh, tố giác – Không phát sinh")], bd_diffs, bd_props)

th_blocks = [("Kiểm tra đo lường, chất lượng theo phân cấp cho phường", "Tổng 05 cuộc (Quý III: 3; tháng 10: 1; tháng 11: 1); 28 cơ sở; 02 cơ sở vi phạm; phạt 4.500.000 đồng", "Hoàn tất", "Đủ số cuộc theo KH của phường",
              [("Chợ Tân Phước Khánh (Quý III)", "3 cuộc - 17 cơ sở"), ("Cửa hàng xăng dầu ĐT746 (tháng 10)", "1 cuộc - 6 cơ sở"), ("Cửa hàng vàng bạc (tháng 11)", "1 cuộc - 5 cơ sở")]),
             ("Tuyên truyền", "Tổng 11 tin (Quý III: 5; tháng 10: 4; tháng 11: 2)", "Đang tiếp tục", "", [("Loa phát thanh", "7 tin"), ("Zalo khu phố", "4 tin")]),
             ("Hỗ trợ hộ kinh doanh ghi nhãn, mã số mã vạch", "Tổng 09 hộ (Quý III: 6; tháng 10: 3; tháng 11: 0)", "Đang tiếp tục", "", [("Hộ sản xuất bánh tráng, nước chấm", "9 hộ")]),
             ("Phối hợp khảo sát chất lượng hàng hóa", "—", "Chưa bắt đầu", "Chờ kế hoạch của Chi cục", [])]
th_diffs = ["Hộ kinh doanh chưa quan tâm đến việc đăng ký mã số mã vạch do chi phí."]
th_props = ["Đề nghị Chi cục gửi kế hoạch khảo sát chất lượng năm 2027 sớm để phường bố trí lực lượng phối hợp."]
hand4_xlsx("tanhiep-bc-ct38.xlsx", ["ỦY BAN NHÂN DÂN PHƯỜNG TÂN HIỆP", "Số: 145/BC-UBND", "Tân Hiệp, ngày 23 tháng 11 năm 2026", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ TĐC NĂM 2026"], th_blocks, th_diffs, th_props, sheet="TanHiep")
key("tanhiep-bc-ct38.xlsx", "25920", "Phường Tân Hiệp", "145/BC-UBND", "2026-11-23", [
    E("II.5.c", C, {"inspections": 5, "establishments_inspected": 28, "violations": 2, "fines_vnd": 4500000}, "Kiểm tra theo phân cấp – Hoàn tất"),
    E("II.1.a", IP, {"communications": 11}, "Tuyên truyền 11 tin – Đang tiếp tục"),
    E("II.2.d", IP, {"enterprises_supported": 9}, "Hỗ trợ 09 hộ ghi nhãn, mã vạch – Đang tiếp tục"),
    E("II.5.b", NS, {}, "Khảo sát chất lượng – Chưa bắt đầu")], th_diffs, th_props)

bca_blocks = [("Phối hợp kiểm tra đo lường theo phân cấp", "Tổng 09 cuộc (Quý I-II: 4; Quý III: 3; tháng 10: 1; tháng 11: 1); 64 cơ sở; 07 cơ sở vi phạm; phạt 21,5 triệu đồng", "Đang tiếp tục", "",
               [("Chợ Bến Cát, chợ Mỹ Phước (Quý I-II)", "4 cuộc"), ("Cửa hàng xăng dầu QL13 (Quý III)", "3 cuộc"), ("Tiệm vàng (tháng 10, 11)", "2 cuộc")]),
              ("Tuyên truyền, hội nghị phổ biến về TĐC", "Tổng 26 tin bài (Quý III: 14; tháng 10: 7; tháng 11: 5); 01 hội nghị với 120 lượt người; kinh phí 8.000.000 đồng", "Hoàn tất", "",
               [("Hội nghị phổ biến cho hộ kinh doanh chợ (tháng 9)", "120 lượt"), ("Tin, bài loa và Zalo", "26 tin bài")]),
              ("Cử cán bộ dự tập huấn", "03 lượt cán bộ (Quý III: 2; tháng 11: 1)", "Hoàn tất", "", [("Lớp nghiệp vụ của Chi cục", "3 lượt")]),
              ("Tiếp nhận tin báo, phản ánh về gian lận đo lường", "02 tin báo (tháng 10: 2), đã chuyển Chi cục xử lý", "Hoàn tất", "", [("Phản ánh cân điêu chợ Bến Cát", "2 tin")])]
bca_diffs = ["Khối lượng công việc lớn sau sáp nhập, cán bộ kiêm nhiệm nhiều lĩnh vực.", "Phường chưa có dự toán riêng cho công tác tiêu chuẩn, đo lường, chất lượng."]
bca_props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn nguồn kinh phí cho công tác TĐC ở cấp phường."]
hand4_xlsx("benc at-ct38-2026.xlsx".replace(" ", ""), ["UBND PHƯỜNG BẾN CÁT", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "Số: 512/BC-UBND", "Bến Cát, ngày 26 tháng 11 năm 2026",
            "BÁO CÁO THỰC HIỆN KẾ HOẠCH CT38 – 11 THÁNG 2026"], bca_blocks, bca_diffs, bca_props)
key("bencat-ct38-2026.xlsx", "25813", "Phường Bến Cát", "512/BC-UBND", "2026-11-26", [
    E("II.5.c", IP, {"inspections": 9, "establishments_inspected": 64, "violations": 7, "fines_vnd": 21500000}, "Phối hợp kiểm tra theo phân cấp – Đang tiếp tục"),
    E("II.1.a", C, {"communications": 26, "training_courses": 1, "participants": 120, "budget_spent_vnd": 8000000}, "Tuyên truyền, hội nghị phổ biến – Hoàn tất"),
    E("II.3.a", C, {"participants": 3}, "Cử cán bộ dự tập huấn – Hoàn tất"),
    E("II.5.d", C, {}, "Tiếp nhận 02 tin báo, đã chuyển Chi cục – Hoàn tất")], bca_diffs, bca_props)

# mistaken: Sở Du lịch – cải cách hành chính
dl_blocks = [("Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực du lịch", "Tổng 14 TTHC (Quý III: 8; tháng 10: 4; tháng 11: 2)", "Hoàn tất", "", [("Lữ hành", "6 TTHC"), ("Cơ sở lưu trú", "8 TTHC")]),
             ("Tỷ lệ hồ sơ trực tuyến toàn trình", "92,4%", "Đang tiếp tục", "", []),
             ("Kiểm tra công vụ, kỷ luật hành chính", "03 cuộc (Quý III: 2; tháng 11: 1)", "Hoàn tất", "", [])]
hand4_xlsx("sdl-bc-cchc-11t-2026.xlsx", ["SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH", "PHÒNG THANH TRA – PHÁP CHẾ", "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH 11 THÁNG NĂM 2026",
            "Số: 2210/BC-SDL ngày 18/11/2026"], dl_blocks, ["Hệ thống một cửa điện tử còn lỗi kết nối với Cổng dịch vụ công quốc gia."], ["Đề nghị Sở Nội vụ tổ chức tập huấn chấm điểm chỉ số CCHC năm 2026."], sheet="CCHC")
key("sdl-bc-cchc-11t-2026.xlsx", "SO-DL", "Sở Du lịch", "2210/BC-SDL", "2026-11-18", [], [], [], status="rejected",
    reason="Báo cáo cải cách hành chính 11 tháng của Sở Du lịch, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm)")

# ======================= HAND 5: Chị Ngân (e-mail memo pasted into Word, soft breaks)
tnp_diffs = ["Phường chưa có công chức chuyên trách TĐC, anh em kiêm nhiệm nhiều việc.", "Chợ tạm khu phố 5 chưa có cân đối chứng."]
tnp_props = ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ tạm khu phố 5."]
hand5_docx("tangnhonphu-email-bc-ct38.docx", [
    ["Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM (bộ phận tổng hợp)",
     "V/v báo cáo kết quả thực hiện KH CT38 năm 2026 (số liệu đến 15/11/2026)",
     "", "UBND phường Tăng Nhơn Phú (Phòng Kinh tế, Hạ tầng và Đô thị) gửi anh/chị kết quả như sau:",
     "- Kiểm tra cân, đo lường ở chợ Tăng Nhơn Phú và các cửa hàng: làm 04 cuộc, kiểm tra 35 cơ sở, 03 cơ sở vi phạm, phạt 9,75 triệu. Phần này xong cho năm 2026.",
     "- Tuyên truyền: đăng 14 tin trên fanpage phường và loa khu phố. Vẫn đang làm tiếp tới cuối năm.",
     "- Cán bộ đi tập huấn: 03 người đi lớp của Chi cục hồi tháng 8, đã xong.",
     "- Hướng dẫn cơ sở công bố tiêu chuẩn: năm nay không có cơ sở nào đề nghị nên không phát sinh."],
    ["Khó khăn:", "- " + tnp_diffs[0], "- " + tnp_diffs[1], "Đề xuất:", "- " + tnp_props[0]],
    ["Trân trọng./.", "Nguyễn Thị Mỹ Linh – chuyên viên Phòng KT,HT&ĐT phường Tăng Nhơn Phú", "Gửi lúc 16:42, ngày 17/11/2026"]])
key("tangnhonphu-email-bc-ct38.docx", "26842", "Phường Tăng Nhơn Phú", None, "2026-11-17", [
    E("II.5.c", C, {"inspections": 4, "establishments_inspected": 35, "violations": 3, "fines_vnd": 9750000}, "Kiểm tra cân, đo lường ở chợ – xong cho năm 2026"),
    E("II.1.a", IP, {"communications": 14}, "Tuyên truyền 14 tin – đang làm tiếp"),
    E("II.3.a", C, {"participants": 3}, "03 người đi tập huấn – đã xong"),
    E("II.2.d", NA, {}, "Hướng dẫn công bố tiêu chuẩn – không phát sinh")], tnp_diffs, tnp_props)

tdh_diffs = ["Các cửa hàng vàng bạc thường đóng cửa khi đoàn kiểm tra đến, phải kiểm tra lại nhiều lần."]
tdh_props = ["Đề nghị Chi cục thông báo lịch kiểm tra sớm cho phường để bố trí người đi cùng đoàn."]
hand5_docx("tandonghiep-bc-nhanh-ct38.docx", [
    ["ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐÔNG HIỆP", "Số: 264/UBND-KT", "Tân Đông Hiệp, ngày 28 tháng 11 năm 2026",
     "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục TĐC)",
     "Phường báo cáo nhanh kết quả thực hiện Kế hoạch CT38 năm 2026 như sau:",
     "+ Về kiểm tra theo phân cấp: đã phối hợp Chi cục kiểm tra 02 cuộc, 17 cơ sở kinh doanh xăng dầu và vàng bạc, chưa phát hiện vi phạm. Đang làm, tháng 12 còn 01 đợt.",
     "+ Về khảo sát mẫu: hỗ trợ Chi cục lấy 12 mẫu xăng dầu, xong.",
     "+ Về tuyên truyền: 08 tin, bài; 01 buổi tọa đàm với 45 lượt hộ kinh doanh tham dự, xong.",
     "+ Về khen thưởng, bảo vệ người tố giác: không phát sinh."],
    ["Khó khăn: " + tdh_diffs[0], "Kiến nghị: " + tdh_props[0]],
    ["Người soạn: Trương Văn Nhân – công chức Kinh tế", "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH (đã ký): Lý Thanh Hùng"]])
key("tandonghiep-bc-nhanh-ct38.docx", "25945", "Phường Tân Đông Hiệp", "264/UBND-KT", "2026-11-28", [
    E("II.5.c", IP, {"inspections": 2, "establishments_inspected": 17}, "Kiểm tra theo phân cấp – đang làm"),
    E("II.5.b", C, {"samples_tested": 12}, "Hỗ trợ lấy 12 mẫu xăng dầu – xong"),
    E("II.1.a", C, {"communications": 8, "training_courses": 1, "participants": 45}, "Tuyên truyền, tọa đàm – xong"),
    E("II.5.d", NA, {}, "Khen thưởng, bảo vệ người tố giác – không phát sinh")], tdh_diffs, tdh_props)

hand5_docx("donghoa-bc-cds-11t.docx", [
    ["ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÒA", "Số: 301/UBND-VP", "Đông Hòa, ngày 21 tháng 11 năm 2026",
     "Kính gửi: Sở Khoa học và Công nghệ",
     "V/v báo cáo kết quả chuyển đổi số 11 tháng năm 2026",
     "- Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến: 87%.",
     "- Số tài khoản định danh điện tử mức 2 được kích hoạt mới: 4.215 tài khoản.",
     "- Tổ công nghệ số cộng đồng: 12 tổ, 96 thành viên, đã hoàn thành tập huấn kỹ năng số.",
     "- Chữ ký số cho cán bộ, công chức: đang triển khai."],
    ["Khó khăn: đường truyền tại bộ phận một cửa thường xuyên chập chờn.", "Đề xuất: đề nghị Sở hỗ trợ nâng cấp đường truyền số liệu chuyên dùng."],
    ["Trân trọng./.", "Văn phòng HĐND và UBND phường Đông Hòa"]])
key("donghoa-bc-cds-11t.docx", "25951", "Phường Đông Hòa", "301/UBND-VP", "2026-11-21", [], [], [], status="rejected",
    reason="Báo cáo kết quả chuyển đổi số 11 tháng của phường, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm)")
