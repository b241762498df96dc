# -*- coding: utf-8 -*-
"""Hand C — Chị Phạm Minh Hạnh, chuyên viên tổng hợp của Văn phòng một sở.
Builds the department's report from its divisions' inputs in Word: section and item titles
are real Word heading styles (Heading 1 / Heading 2) with the numbers typed into the heading
text; the item numbering restarts at "1." where a division's part was pasted in; the
difficulties/proposals lists are Word auto-numbered lists, the second one continuing the
first's numbers. A landscape "Phụ lục" Word table at the end repeats every task with its own
"Tiến độ" column and its own data cut-off."""
from common import *


def hand_c(fname, unit_name, unit_up, number, date_words, title, kinh_gui, opening, body, diffs, props,
           signer_title, signer, pl_title, pl_note, pl_rows, noi_nhan):
    d = new_doc(size=13)
    aid = abstract_num(d, 81, text="%1.", indent=720, hanging=360)
    header_block(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", unit_up, "", "Số: " + number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  "//Thành phố Hồ Chí Minh, %s//" % date_words], widths=(7, 9.5), left_bold_from=2)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(d, title, bold=True, align="c")
    para(d, "Kính gửi: " + kinh_gui, align="c")
    for t in opening:
        para(d, t, align="j", indent=1.27)
    for kind, txt in body:
        if kind == "H1":
            d.add_heading(txt, level=1)
        elif kind == "H2":
            d.add_heading(txt, level=2)
        elif kind == "P":
            para(d, txt, align="j", indent=1.27)
        elif kind == "I":
            para(d, txt, align="j", indent=1.27, italic=True)
    d.add_heading("III. KHÓ KHĂN, VƯỚNG MẮC", level=1)
    nid = new_num(d, aid, restart=True)
    for t in diffs:
        num_para(d, t, nid)
    d.add_heading("IV. ĐỀ XUẤT, KIẾN NGHỊ", level=1)
    for t in props:
        num_para(d, t, nid)          # same list: numbering continues from the difficulties
    para(d, "Trên đây là báo cáo của %s, kính gửi Sở Khoa học và Công nghệ tổng hợp./." % unit_name, align="j", indent=1.27)
    signature(d, ["Nơi nhận:"] + noi_nhan, signer_title + ["", "", "", signer])
    landscape_section(d)
    para(d, "Phụ lục", bold=True, align="c", size=14, space_after=0)
    para(d, pl_title, bold=True, align="c", space_after=0)
    para(d, pl_note, italic=True, align="c")
    table(d, pl_rows, widths=[1.2, 8.0, 2.6, 10.0, 3.2], size=11)
    d.save(os.path.join(OUT, fname))


TITLE = ("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư "
         "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")


# ------------------------------------------------------------------ C1 Sở Công Thương
def c1():
    fname = "SCT_4127-BC-SCT_CT38.docx"
    diffs = [
        "Hàng hóa kinh doanh trên môi trường thương mại điện tử tăng nhanh, khó xác định chủ thể, địa điểm để kiểm tra chất lượng, nhãn hàng hóa.",
        "Kinh phí lấy mẫu, thử nghiệm phục vụ kiểm tra chất lượng hàng hóa còn hạn chế.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa để lực lượng Quản lý thị trường có cơ sở xây dựng kế hoạch kiểm tra.",
        "Đề nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn kiểm tra chất lượng hàng hóa kinh doanh qua sàn thương mại điện tử.",
    ]
    body = [
        ("H1", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
        ("P", "Sở Công Thương ban hành Kế hoạch số 1385/KH-SCT ngày 08/4/2026 thực hiện Chỉ thị số 38-CT/TW năm 2026, "
              "giao Phòng Quản lý thương mại, Phòng Quản lý công nghiệp, Chi cục Quản lý thị trường và Trung tâm Khuyến công "
              "triển khai theo chức năng, nhiệm vụ."),
        ("H1", "II. KẾT QUẢ THỰC HIỆN"),
        ("I", "(Số liệu trong phần này tính đến ngày 30/9/2026.)"),
        ("H2", "1. Công tác tuyên truyền, phổ biến"),
        ("P", "Đăng tải 12 tin, bài trên Cổng thông tin điện tử Sở Công Thương về quy định ghi nhãn, chất lượng hàng hóa; "
              "phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về chất lượng sản phẩm, "
              "hàng hóa cho doanh nghiệp ngành công thương với 150 đại biểu tham dự. Nội dung này đã hoàn thành."),
        ("H2", "2. Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng"),
        ("P", "Trung tâm Khuyến công hỗ trợ 07 doanh nghiệp công nghiệp nông thôn áp dụng công cụ cải tiến năng suất (5S, Kaizen, "
              "Lean), kinh phí đã giải ngân 840 triệu đồng từ nguồn khuyến công thành phố. Nhiệm vụ đang tiếp tục thực hiện trong Quý IV/2026."),
        ("H2", "3. Góp ý xây dựng quy chuẩn kỹ thuật"),
        ("P", "Sở đã có ý kiến góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia (xăng, nhiên liệu điêzen; khí dầu mỏ hóa lỏng; "
              "an toàn bình gas mini; hiệu suất năng lượng) khi Bộ Công Thương, Bộ Khoa học và Công nghệ lấy ý kiến. Đã hoàn thành."),
        ("I", "(Phần do Chi cục Quản lý thị trường cung cấp)"),
        ("H2", "1. Kiểm tra, kiểm soát chất lượng hàng hóa lưu thông trên thị trường"),
        ("P", "Chi cục Quản lý thị trường tổ chức 86 cuộc kiểm tra về chất lượng, đo lường, nhãn hàng hóa; phát hiện, xử lý 64 vụ "
              "vi phạm; tổng số tiền xử phạt vi phạm hành chính 1.352.000.000 đồng. Công tác kiểm tra được duy trì thường xuyên, "
              "đang thực hiện."),
        ("H2", "2. Cập nhật cam kết quốc tế"),
        ("P", "Phối hợp tổ chức 02 hội nghị phổ biến cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các hiệp định "
              "thương mại tự do cho 320 lượt doanh nghiệp. Đã hoàn thành."),
        ("H2", "4. Hệ thống quản lý chất lượng tại Sở"),
        ("P", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; cập nhật 35 quy trình giải quyết thủ tục "
              "hành chính sau khi tiếp nhận nhiệm vụ mới. Đã hoàn thành."),
    ]
    pl_rows = [
        ["STT", "Nhiệm vụ (theo Kế hoạch của Sở KH&CN)", "Vai trò", "Kết quả thực hiện", "Tiến độ"],
        ["1", "Tuyên truyền, phổ biến pháp luật về TĐC (mục II.1.a)", "Phối hợp", "12 tin, bài; 01 hội nghị, 150 đại biểu", "Hoàn thành"],
        ["2", "Nâng cao năng suất, chất lượng – Chương trình 1322 (mục II.2.a)", "Phối hợp", "Hỗ trợ 07 doanh nghiệp; 840.000.000 đồng", "Đang thực hiện"],
        ["3", "Góp ý TCVN, QCVN (mục II.2.e)", "Phối hợp", "04 dự thảo QCVN", "Hoàn thành"],
        ["4", "Kiểm tra chất lượng hàng hóa trên thị trường (mục II.5.a)", "Phối hợp",
         "97 cuộc kiểm tra; 71 vụ vi phạm; phạt 1.518.500.000 đồng", "Đang thực hiện"],
        ["5", "Cập nhật điều ước, thỏa thuận quốc tế (mục II.6.a)", "Phối hợp", "02 hội nghị; 320 lượt doanh nghiệp", "Hoàn thành"],
        ["6", "HTQLCL TCVN ISO 9001:2015 (mục II.2.đ)", "Phối hợp", "Cập nhật 35 quy trình", "Hoàn thành"],
    ]
    hand_c(fname, "Sở Công Thương", "SỞ CÔNG THƯƠNG", "4127/BC-SCT",
           "ngày 21 tháng 10 năm 2026", TITLE, "Sở Khoa học và Công nghệ",
           ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
            "Sở Công Thương báo cáo kết quả thực hiện như sau:"],
           body, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Bùi Tá Hoàng Vũ",
           "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ SỞ CÔNG THƯƠNG THAM GIA",
           "(Kèm theo Báo cáo số 4127/BC-SCT ngày 21/10/2026; số liệu cập nhật đến ngày 20/10/2026)", pl_rows,
           ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Chi cục QLTT;", "- Lưu: VT, QLTM."])
    entries = [
        E("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 150},
          "Đăng tải 12 tin, bài …; 01 hội nghị … với 150 đại biểu tham dự"),
        E("II.2.a", "in_progress", {"enterprises_supported": 7, "budget_spent_vnd": 840000000},
          "hỗ trợ 07 doanh nghiệp … áp dụng công cụ cải tiến năng suất …, kinh phí đã giải ngân 840 triệu đồng"),
        E("II.2.e", "completed", {"standards_reviewed": 4}, "góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia"),
        E("II.5.a", "in_progress", {"inspections": 97, "violations": 71, "fines_vnd": 1518500000},
          "Phụ lục (đến 20/10/2026): 97 cuộc kiểm tra; 71 vụ vi phạm; phạt 1.518.500.000 đồng"),
        E("II.6.a", "completed", {"training_courses": 2, "participants": 320},
          "02 hội nghị phổ biến cam kết về hàng rào kỹ thuật trong thương mại (TBT) … 320 lượt doanh nghiệp"),
        E("II.2.đ", "completed", {}, "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"),
    ]
    key(fname, "SO-CT", "Sở Công Thương", "4127/BC-SCT", "2026-10-21", entries, diffs, props)


# ------------------------------------------------------------------ C2 Sở NN&MT
def c2():
    fname = "SNNMT-bao-cao-CT38-nam-2026.docx"
    diffs = [
        "Nhiều cơ sở sản xuất nhỏ, hộ nông dân chưa quan tâm áp dụng truy xuất nguồn gốc do chi phí và thói quen sản xuất.",
        "Số lượng mẫu vật tư nông nghiệp lấy kiểm tra chất lượng còn ít so với số cơ sở kinh doanh do kinh phí thử nghiệm hạn chế.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng nền tảng truy xuất nguồn gốc dùng chung của Thành phố, kết nối với Cổng truy xuất nguồn gốc quốc gia.",
        "Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí lấy mẫu, thử nghiệm vật tư nông nghiệp năm 2027.",
    ]
    body = [
        ("H1", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
        ("P", "Sở Nông nghiệp và Môi trường ban hành Công văn số 2210/SNNMT-KHTC ngày 15/4/2026 chỉ đạo các phòng, chi cục, "
              "trung tâm trực thuộc triển khai các nhiệm vụ được giao tại Kế hoạch của Sở Khoa học và Công nghệ."),
        ("H1", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
        ("H2", "1. Triển khai truy xuất nguồn gốc nông sản (Đề án 100)"),
        ("P", "Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y hướng dẫn 46 cơ sở, hợp tác xã áp dụng truy xuất "
              "nguồn gốc sản phẩm nông sản, thủy sản; cập nhật thông tin vùng trồng, cơ sở đóng gói lên hệ thống. "
              "Nhiệm vụ tiếp tục triển khai trong Quý IV/2026 và các năm tiếp theo."),
        ("H2", "2. Góp ý, xây dựng quy chuẩn kỹ thuật"),
        ("P", "Góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia (phân bón; thức ăn chăn nuôi; nước sạch sinh hoạt) và chủ trì xây dựng "
              "01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch; tổng cộng 04 dự thảo. Đã hoàn thành."),
        ("H2", "3. Kiểm tra chất lượng vật tư nông nghiệp"),
        ("P", "Tổ chức 38 cuộc thanh tra, kiểm tra tại 412 cơ sở sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn "
              "chăn nuôi; lấy 156 mẫu kiểm tra chất lượng; phát hiện 29 cơ sở vi phạm, xử phạt 287.500.000 đồng. "
              "Đang tiếp tục thực hiện theo kế hoạch năm."),
        ("I", "(Phần do Văn phòng Sở tổng hợp)"),
        ("H2", "1. Tham gia tập huấn"),
        ("P", "Cử 05 công chức tham dự lớp tập huấn cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn "
              "Đo lường Chất lượng tổ chức. Đã hoàn thành."),
        ("H2", "2. Hệ thống quản lý chất lượng"),
        ("P", "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở và các chi cục; đã hoàn thành đánh giá nội bộ năm 2026."),
        ("H2", "3. Hợp tác năng suất (APO)"),
        ("P", "Trong kỳ không phát sinh yêu cầu phối hợp."),
    ]
    pl_rows = [
        ["STT", "Nhiệm vụ", "Vai trò", "Kết quả", "Tiến độ"],
        ["1", "Truy xuất nguồn gốc (Đề án 100)", "Phối hợp", "Hướng dẫn 46 cơ sở, HTX", "Hoàn thành"],
        ["2", "Góp ý QCVN, xây dựng QCĐP", "Phối hợp", "04 dự thảo", "Hoàn thành"],
        ["3", "Kiểm tra vật tư nông nghiệp", "Phối hợp", "38 cuộc; 412 cơ sở; 156 mẫu; 29 cơ sở vi phạm; 287.500.000 đồng", "Đang thực hiện"],
        ["4", "Tập huấn", "Phối hợp", "05 công chức", "Hoàn thành"],
        ["5", "ISO 9001:2015", "Phối hợp", "Đánh giá nội bộ", "Hoàn thành"],
        ["6", "Hợp tác APO", "Phối hợp", "—", "Không phát sinh"],
    ]
    hand_c(fname, "Sở Nông nghiệp và Môi trường", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "2895/BC-SNNMT",
           "ngày 28 tháng 10 năm 2026", TITLE, "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
           ["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026; Sở Nông nghiệp và "
            "Môi trường báo cáo kết quả thực hiện (số liệu tính đến ngày 20/10/2026) như sau:"],
           body, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Thị Ngọc Bích",
           "TỔNG HỢP TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", "(Kèm theo Báo cáo số 2895/BC-SNNMT ngày 28/10/2026)", pl_rows,
           ["- Như trên;", "- Giám đốc Sở;", "- Các Chi cục: TT&BVTV, CN&TY;", "- Lưu: VT, KHTC."])
    entries = [
        E("II.2.a", "in_progress", {"enterprises_supported": 46},
          "hướng dẫn 46 cơ sở, hợp tác xã áp dụng truy xuất nguồn gốc … Nhiệm vụ tiếp tục triển khai trong Quý IV/2026"),
        E("II.2.e", "completed", {"standards_reviewed": 4},
          "Góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia … và … 01 dự thảo quy chuẩn kỹ thuật địa phương …; tổng cộng 04 dự thảo"),
        E("II.5.a", "in_progress", {"inspections": 38, "establishments_inspected": 412, "samples_tested": 156,
                                    "violations": 29, "fines_vnd": 287500000},
          "Tổ chức 38 cuộc thanh tra, kiểm tra tại 412 cơ sở …; lấy 156 mẫu …; 29 cơ sở vi phạm, xử phạt 287.500.000 đồng"),
        E("II.3.a", "completed", {"participants": 5}, "Cử 05 công chức tham dự lớp tập huấn"),
        E("II.2.đ", "completed", {}, "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 …; đã hoàn thành đánh giá nội bộ"),
        E("II.6.b", "not_applicable", {}, "Hợp tác năng suất (APO): Trong kỳ không phát sinh yêu cầu phối hợp."),
    ]
    key(fname, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "2895/BC-SNNMT", "2026-10-28", entries, diffs, props)


# ------------------------------------------------------------------ C3 Sở GD&ĐT
def c3():
    fname = "SGDDT_BC_KH38_2026.docx"
    diffs = [
        "Nội dung về tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa, chủ yếu lồng ghép trong hoạt động trải nghiệm.",
    ]
    props = [
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn bộ tài liệu ngắn về đo lường, mã số mã vạch phù hợp với học sinh trung học.",
    ]
    body = [
        ("H1", "I. TÌNH HÌNH TRIỂN KHAI"),
        ("P", "Sở Giáo dục và Đào tạo ban hành Công văn số 1902/SGDĐT-KHTC ngày 02/4/2026 hướng dẫn các cơ sở giáo dục lồng ghép "
              "nội dung tiêu chuẩn, đo lường, chất lượng trong hoạt động giáo dục và quản lý thiết bị dạy học."),
        ("H1", "II. KẾT QUẢ"),
        ("H2", "1. Tuyên truyền"),
        ("P", "Đăng 18 tin, bài trên Cổng thông tin điện tử ngành giáo dục về Ngày Tiêu chuẩn Thế giới, Ngày Đo lường Việt Nam "
              "và an toàn đồ chơi trẻ em. Đã hoàn thành."),
        ("H2", "2. Bồi dưỡng kiến thức về tiêu chuẩn, đo lường cho giáo viên, nhân viên thiết bị"),
        ("P", "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 buổi tập huấn cho 420 giáo viên, nhân viên thiết bị "
              "trường học về đo lường trong phòng thí nghiệm, mã số mã vạch và truy xuất nguồn gốc. Đang thực hiện, "
              "dự kiến tổ chức thêm 01 buổi trong tháng 11/2026."),
        ("H2", "3. Kiểm tra chất lượng thiết bị dạy học, đồ chơi"),
        ("P", "Tổ chức 12 cuộc kiểm tra tại 57 cơ sở giáo dục mầm non, phổ thông về chất lượng, nhãn thiết bị dạy học và đồ chơi "
              "trẻ em. Đã hoàn thành kế hoạch kiểm tra năm 2026."),
        ("H2", "3. Hệ thống quản lý chất lượng"),
        ("P", "Đang chuyển đổi Hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở sang vận hành trên môi trường điện tử; "
              "đang thực hiện."),
    ]
    pl_rows = [
        ["STT", "Nội dung", "Vai trò", "Kết quả", "Tiến độ"],
        ["1", "Tuyên truyền", "Phối hợp", "18 tin, bài", "Hoàn thành"],
        ["2", "Tập huấn giáo viên, nhân viên thiết bị", "Phối hợp", "03 buổi; 420 người", "Đang thực hiện"],
        ["3", "Kiểm tra thiết bị dạy học, đồ chơi", "Phối hợp", "12 cuộc; 57 cơ sở", "Hoàn thành"],
        ["4", "ISO 9001:2015", "Phối hợp", "Chuyển đổi ISO điện tử", "Đang thực hiện"],
    ]
    hand_c(fname, "Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3310/BC-SGDĐT",
           "ngày 26 tháng 10 năm 2026", TITLE, "Sở Khoa học và Công nghệ",
           ["Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung liên quan như sau:"],
           body, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Hoài Nam",
           "TỔNG HỢP KẾT QUẢ", "(Kèm theo Báo cáo số 3310/BC-SGDĐT ngày 26/10/2026)", pl_rows,
           ["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, KHTC."])
    entries = [
        E("II.1.a", "completed", {"communications": 18}, "Đăng 18 tin, bài trên Cổng thông tin điện tử ngành giáo dục"),
        E("II.3.d", "in_progress", {"training_courses": 3, "participants": 420},
          "tổ chức 03 buổi tập huấn cho 420 giáo viên, nhân viên thiết bị trường học …"),
        E("II.5.a", "completed", {"inspections": 12, "establishments_inspected": 57},
          "Tổ chức 12 cuộc kiểm tra tại 57 cơ sở giáo dục mầm non, phổ thông"),
        E("II.2.đ", "in_progress", {}, "Đang chuyển đổi Hệ thống quản lý chất lượng TCVN ISO 9001:2015 …; đang thực hiện."),
    ]
    key(fname, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3310/BC-SGDĐT", "2026-10-26", entries, diffs, props)


# ------------------------------------------------------------------ C4 Sở Tài chính (mistaken)
def c4():
    fname = "STC_BC_CCHC_quy_III_2026.docx"
    body = [
        ("H1", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"),
        ("P", "Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2026 và phân công nhiệm vụ cho các phòng, đơn vị."),
        ("H1", "II. KẾT QUẢ THỰC HIỆN"),
        ("H2", "1. Cải cách thể chế"),
        ("P", "Tham mưu Ủy ban nhân dân Thành phố ban hành 07 văn bản quy phạm pháp luật về lĩnh vực tài chính, giá."),
        ("H2", "2. Cải cách thủ tục hành chính"),
        ("P", "Tiếp nhận 12.480 hồ sơ thủ tục hành chính, giải quyết đúng hạn 99,2%; 100% thủ tục cung cấp dịch vụ công trực tuyến toàn trình."),
        ("H2", "3. Hiện đại hóa hành chính"),
        ("P", "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; triển khai chữ ký số cho 100% công chức."),
    ]
    pl_rows = [
        ["STT", "Nội dung", "Vai trò", "Kết quả", "Tiến độ"],
        ["1", "Cải cách thể chế", "Chủ trì", "07 văn bản QPPL", "Hoàn thành"],
        ["2", "Cải cách TTHC", "Chủ trì", "12.480 hồ sơ; đúng hạn 99,2%", "Đang thực hiện"],
    ]
    hand_c(fname, "Sở Tài chính", "SỞ TÀI CHÍNH", "5012/BC-STC", "ngày 15 tháng 10 năm 2026",
           "Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026", "Sở Nội vụ",
           ["Thực hiện chế độ báo cáo định kỳ về cải cách hành chính, Sở Tài chính báo cáo kết quả Quý III năm 2026 như sau:"],
           body, ["Một số thủ tục hành chính liên thông còn phụ thuộc hệ thống của Bộ Tài chính."],
           ["Đề nghị Sở Nội vụ hướng dẫn tiêu chí chấm điểm chỉ số cải cách hành chính năm 2026."],
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Bích Thủy",
           "KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ III/2026", "(Kèm theo Báo cáo số 5012/BC-STC)", pl_rows,
           ["- Như trên;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, VP."])
    key(fname, "SO-TC", "Sở Tài chính", "5012/BC-STC", "2026-10-15", [], [], [], status="rejected",
        reason="Báo cáo cải cách hành chính Quý III/2026 gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).")


def build():
    c1(); c2(); c3(); c4()
