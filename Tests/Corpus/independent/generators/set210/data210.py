# -*- coding: utf-8 -*-
# Report contents for set 210.  Each entry: (task, status, indicators, own_name, result_text, status_word, xref)
# gen.py renders them per hand; the keys are written from the same records.

def E(task, status, ind, name, text, word, xref=None):
    return dict(task=task, status=status, ind=ind, name=name, text=text, word=word, xref=xref)

REPORTS = []

# ---------------- Hand A: Đỗ Minh Khoa -- department planner, own annual plan items, xref column ----
REPORTS.append(dict(
    file="SCT_BC_2847_KH38_2026.docx", hand="A", unit_id="SO-CT", unit_name="Sở Công Thương",
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", unit_caps="SỞ CÔNG THƯƠNG",
    number="2847/BC-SCT", date="2026-10-28", place="Thành phố Hồ Chí Minh",
    own_plan="Kế hoạch số 11/KH-SCT ngày 08/01/2026 về công tác năm 2026 của Sở Công Thương",
    rows=[
        ("I.3", "Phổ biến pháp luật về đo lường, chất lượng trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG)",
         E("II.1.a", "completed", {"training_courses": 2, "participants": 186, "communications": 9}, "",
           "Tổ chức 02 hội nghị phổ biến cho 186 đại biểu là thương nhân kinh doanh xăng dầu, LPG; đăng 09 tin, bài trên Trang thông tin điện tử của Sở.", "Hoàn thành", "1.a")),
        ("II.1", "Chương trình xúc tiến thương mại năm 2026", None,
         "Tổ chức 04 hội chợ, 02 phiên chợ hàng Việt về khu công nghiệp; 312 doanh nghiệp tham gia.", "Hoàn thành", "—"),
        ("II.4", "Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean) và truy xuất nguồn gốc",
         E("II.2.a", "in_progress", {"enterprises_supported": 14, "budget_spent_vnd": 620000000}, "",
           "Đã hỗ trợ 14 doanh nghiệp; kinh phí đã giải ngân 620.000.000 đồng, số còn lại giải ngân trong tháng 12/2026.", "Đang thực hiện", "2.a")),
        ("III.2", "Duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
         E("II.2.đ", "completed", {}, "",
           "Đã cập nhật quy trình theo bộ thủ tục hành chính mới, đánh giá nội bộ tháng 9/2026 và công bố lại Hệ thống.", "Hoàn thành", "2.đ")),
        ("III.5", "Góp ý dự thảo TCVN, QCVN thuộc lĩnh vực công thương",
         E("II.2.e", "completed", {"standards_reviewed": 5}, "",
           "Góp ý 05 dự thảo (03 QCVN, 02 TCVN) theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ.", "Hoàn thành", "2.e")),
        ("IV.1", "Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         E("II.3.a", "completed", {"participants": 6}, "",
           "Cử 06 lượt công chức tham dự các lớp tập huấn do Chi cục TĐC tổ chức.", "Hoàn thành", "3.a")),
        ("V.2", "Kiểm tra chuyên ngành về đo lường, chất lượng xăng dầu, LPG trên thị trường",
         E("II.5.a", "in_progress", {"inspections": 7, "establishments_inspected": 52, "violations": 6, "fines_vnd": 94500000}, "",
           "Chủ trì 07 cuộc kiểm tra tại 52 cửa hàng xăng dầu, LPG; phát hiện 06 cơ sở vi phạm; xử phạt 94.500.000 đồng.", "Đang thực hiện", "5.a")),
        ("V.4", "Khen thưởng, bảo vệ người tố giác vi phạm trong lĩnh vực xăng dầu, LPG",
         E("II.5.d", "not_applicable", {}, "", "Trong kỳ không có trường hợp tố giác.", "Không phát sinh", "5.d")),
    ],
    diffs=["Biên chế làm công tác quản lý chất lượng xăng dầu, LPG còn mỏng, công chức phải kiêm nhiệm nhiều việc.",
           "Chưa có kinh phí thuê tổ chức thử nghiệm để lấy mẫu xăng dầu khi kiểm tra đột xuất."],
    props=["Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách tổ chức thử nghiệm được chỉ định đối với xăng dầu, LPG để Sở Công Thương thuận tiện khi lấy mẫu.",
           "Đề nghị Chi cục TĐC tổ chức lớp tập huấn chuyên sâu về đo lường trong kinh doanh xăng dầu cho công chức Sở Công Thương."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lâm Quốc Thái"),
))

REPORTS.append(dict(
    file="SYT-3915-BC-CT38.docx", hand="A", unit_id="SO-YT", unit_name="Sở Y tế",
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", unit_caps="SỞ Y TẾ",
    number="3915/BC-SYT", date="2026-10-30", place="Thành phố Hồ Chí Minh",
    own_plan="Kế hoạch số 152/KH-SYT ngày 20/01/2026 của Sở Y tế về công tác năm 2026",
    rows=[
        ("2.3", "Duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Văn phòng Sở và các đơn vị trực thuộc",
         E("II.2.đ", "in_progress", {}, "",
           "Văn phòng Sở đã đánh giá nội bộ xong; 11/14 đơn vị trực thuộc đã cập nhật quy trình, 03 đơn vị còn lại hoàn thành trong tháng 11/2026.", "Đang thực hiện", "2.đ")),
        ("4.1", "Góp ý dự thảo quy chuẩn kỹ thuật về trang thiết bị y tế, chất lượng nước sạch",
         E("II.2.e", "completed", {"standards_reviewed": 3}, "", "Góp ý 03 dự thảo QCVN gửi Bộ Y tế.", "Hoàn thành", "2.e")),
        ("5.2", "Kiểm tra việc kiểm định phương tiện đo dùng trong khám, chữa bệnh (huyết áp kế, nhiệt kế, cân y tế)",
         E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 23, "violations": 2}, "",
           "Phối hợp Chi cục TĐC kiểm tra 04 cuộc tại 23 cơ sở khám, chữa bệnh; ghi nhận 02 cơ sở sử dụng phương tiện đo quá hạn kiểm định, đã yêu cầu khắc phục.", "Đang thực hiện", "5.a")),
        ("6.1", "Tập huấn cho viên chức phụ trách trang thiết bị y tế",
         E("II.3.a", "completed", {"training_courses": 1, "participants": 124}, "",
           "Tổ chức 01 lớp tập huấn về đo lường trong y tế cho 124 học viên.", "Hoàn thành", "3.a")),
        ("7.3", "Truyền thông về đo lường, chất lượng trang thiết bị y tế",
         E("II.1.a", "not_started", {}, "", "Chưa bố trí được kinh phí, chuyển sang năm 2027.", "Chưa thực hiện", "1.a")),
        ("8.1", "Phòng, chống dịch bệnh mùa mưa", None, "Triển khai theo kế hoạch riêng của ngành.", "Đang thực hiện", "—"),
    ],
    diffs=["Nhiều cơ sở y tế tư nhân chưa nắm quy định về kiểm định phương tiện đo nhóm 2 dùng trong y tế."],
    props=["Đề nghị Chi cục TĐC cung cấp danh sách tổ chức kiểm định được chỉ định trên địa bàn để Sở Y tế hướng dẫn các bệnh viện."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Ngô Thị Bích Vân"),
))

REPORTS.append(dict(
    file="BC 1268 SNNMT - CT38.docx", hand="A", unit_id="SO-NNMT", unit_name="Sở Nông nghiệp và Môi trường",
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", unit_caps="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    number="1268/BC-SNNMT", date="2026-10-26", place="Thành phố Hồ Chí Minh",
    own_plan="Kế hoạch số 27/KH-SNNMT ngày 15/01/2026 về nhiệm vụ trọng tâm năm 2026",
    rows=[
        ("III.1.2", "Triển khai truy xuất nguồn gốc nông sản, thực phẩm theo Đề án 100",
         E("II.2.a", "in_progress", {"enterprises_supported": 38, "budget_spent_vnd": 415000000}, "",
           "Hỗ trợ 38 hợp tác xã, doanh nghiệp cấp mã và tem truy xuất nguồn gốc; kinh phí đã sử dụng 415.000.000 đồng.", "Đang thực hiện", "2.a")),
        ("III.4", "Góp ý dự thảo TCVN, QCVN về phân bón, thức ăn chăn nuôi",
         E("II.2.e", "completed", {"standards_reviewed": 4}, "", "Góp ý 04 dự thảo TCVN, QCVN.", "Hoàn thành", "2.e")),
        ("IV.2", "Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi)",
         E("II.5.a", "in_progress", {"inspections": 15, "establishments_inspected": 96, "samples_tested": 42, "violations": 11, "fines_vnd": 186000000}, "",
           "Kiểm tra 15 cuộc tại 96 cơ sở; lấy 42 mẫu phân bón, thức ăn chăn nuôi để thử nghiệm; 11 cơ sở vi phạm, xử phạt 186.000.000 đồng.", "Đang thực hiện", "5.a")),
        ("VI.1", "Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015",
         E("II.2.đ", "completed", {}, "", "Đã duy trì và cập nhật theo cơ cấu tổ chức mới của Sở.", "Hoàn thành", "2.đ")),
        ("VII.3", "Tuyên truyền về chất lượng vật tư nông nghiệp, truy xuất nguồn gốc",
         E("II.1.a", "completed", {"communications": 7}, "", "Đăng 07 tin, bài trên Cổng thông tin điện tử của Sở và Báo Nông nghiệp.", "Hoàn thành", "1.a")),
    ],
    diffs=["Phần lớn hộ sản xuất nhỏ chưa quan tâm đến truy xuất nguồn gốc, chi phí tem còn là trở ngại."],
    props=["Đề nghị Sở Khoa học và Công nghệ kết nối dữ liệu truy xuất nguồn gốc của ngành nông nghiệp với Cổng truy xuất nguồn gốc quốc gia."],
    signer=("GIÁM ĐỐC", "Phạm Văn Lực"),
))

REPORTS.append(dict(
    file="KTPC_bao-cao-CT38_2026.docx", hand="A", unit_id="SKHCN-KTPC", unit_name="Phòng Kiểm tra – Pháp chế",
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", unit_caps="PHÒNG KIỂM TRA – PHÁP CHẾ",
    number="45/BC-KTPC", date="2026-10-29", place="Thành phố Hồ Chí Minh",
    own_plan="Kế hoạch công tác năm 2026 của Phòng Kiểm tra – Pháp chế (ban hành kèm Quyết định số 19/QĐ-SKHCN)",
    rows=[
        ("1.2", "Rà soát, góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         E("II.2.c", "completed", {}, "", "Góp ý 02 dự thảo nghị định và 01 dự thảo thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi).", "Hoàn thành", "2.c")),
        ("2.1", "Phối hợp Chi cục TĐC kiểm tra việc chấp hành pháp luật về tiêu chuẩn, đo lường, chất lượng",
         E("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 64, "violations": 13, "fines_vnd": 212750000}, "",
           "Phối hợp 09 cuộc kiểm tra tại 64 cơ sở; 13 cơ sở vi phạm; tham mưu ban hành quyết định xử phạt tổng số tiền 212.750.000 đồng.", "Đang thực hiện", "5.a")),
        ("2.3", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
         E("II.5.b", "completed", {"samples_tested": 75}, "", "Cử công chức tham gia 02 đợt khảo sát, lấy 75 mẫu.", "Hoàn thành", "5.b")),
        ("3.1", "Hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền",
         E("II.5.c", "in_progress", {}, "", "Đã hướng dẫn nghiệp vụ cho 21 phường, xã; tiếp tục hướng dẫn các xã còn lại trong tháng 11, 12.", "Đang thực hiện", "5.c")),
        ("3.4", "Tiếp nhận, xử lý đơn tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
         E("II.5.d", "completed", {}, "", "Tiếp nhận 03 đơn tố giác, đã xử lý xong và trả lời công dân.", "Hoàn thành", "5.d")),
        ("4.2", "Đề xuất mua sắm, kiểm định phương tiện kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)",
         E("II.4.b", "in_progress", {}, "", "Đã lập danh mục đề xuất, đang chờ phê duyệt dự toán.", "Đang thực hiện", "4.b")),
        ("5", "Thanh tra hành chính, tiếp công dân", None, "Thực hiện theo kế hoạch thanh tra năm của Sở.", "Đang thực hiện", "—"),
    ],
    diffs=["Phương tiện kỹ thuật nghiệp vụ phục vụ kiểm tra còn thiếu, một số thiết bị đã hết hạn hiệu chuẩn."],
    props=["Đề nghị Văn phòng Sở sớm trình phê duyệt dự toán mua sắm phương tiện kỹ thuật nghiệp vụ năm 2026."],
    signer=("TRƯỞNG PHÒNG", "Huỳnh Tấn Phát"),
))

# ---------------- Hand B: Trần Thị Mỹ Hạnh style -- ward secretary memo ----------------
REPORTS.append(dict(
    file="TanDinh_BCnhanh_CT38.docx", hand="B", unit_id="26737", unit_name="Phường Tân Định",
    unit_caps="ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH", office="Phòng Kinh tế, Hạ tầng và Đô thị",
    number="156/BC-UBND", date="2026-10-27", place="Tân Định",
    items=[
        E("II.1.a", "completed", {"training_courses": 1, "participants": 85, "communications": 4}, "Về tuyên truyền",
          "Phối hợp Chi cục TĐC tổ chức 01 buổi phổ biến về cân đối chứng, nhãn hàng hóa tại chợ Tân Định, có 85 tiểu thương tham dự; đăng 04 tin trên trang thông tin của phường.",
          "Việc này đã làm xong."),
        E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 41, "violations": 3, "fines_vnd": 7500000}, "Về kiểm tra theo phân quyền",
          "Tổ kiểm tra liên ngành phường đã đi 5 cuộc, kiểm tra 41 cơ sở (cân tại chợ, cửa hàng vàng bạc, xăng dầu); lập biên bản 3 trường hợp vi phạm, phạt 7,5 triệu đồng.",
          "Còn đang làm tiếp tới cuối năm."),
        E("II.2.đ", "completed", {}, "Về ISO",
          "Phường duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã đánh giá nội bộ trong tháng 8.",
          "Xong."),
        E("II.3.a", "completed", {"participants": 2}, "Về tập huấn",
          "Phường cử 2 công chức đi tập huấn nghiệp vụ do Sở tổ chức hồi tháng 6.",
          "Đã đi đủ."),
    ],
    diffs=["Phường chưa có cân đối chứng mới, cân cũ tại chợ đã hết hạn kiểm định.",
           "Cán bộ theo dõi kiêm nhiệm nhiều mảng, chưa được tập huấn về nhãn hàng hóa."],
    props=["Đề nghị Chi cục TĐC hỗ trợ kiểm định lại cân đối chứng tại chợ Tân Định.",
           "Đề nghị Sở mở thêm lớp tập huấn về nhãn hàng hóa cho công chức phường."],
    summary="Tóm lại: 3 việc đã xong, việc kiểm tra theo phân quyền đang tiếp tục đến hết năm.",
    preparer="Trần Thị Mỹ Hạnh",
))

REPORTS.append(dict(
    file="KhanhHoi_BC_TDC_T10.docx", hand="B", unit_id="27265", unit_name="Phường Khánh Hội",
    unit_caps="ỦY BAN NHÂN DÂN PHƯỜNG KHÁNH HỘI", office="Văn phòng HĐND và UBND phường",
    number="203/BC-UBND", date="2026-10-31", place="Khánh Hội", lo_resave=True,
    items=[
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 2}, "Kiểm tra đo lường tại chợ",
          "Đã đi 3 cuộc kiểm tra cân, thước tại chợ Xóm Chiếu và các sạp trong hẻm, tổng 27 cơ sở; có 2 cơ sở vi phạm, đã nhắc nhở, yêu cầu thay cân.",
          "Đang làm, tháng 11 đi tiếp đợt nữa."),
        E("II.1.a", "completed", {"communications": 300}, "Tuyên truyền",
          "Phát 300 tờ rơi về cân đúng, cân đủ cho các tiểu thương.",
          "Đã xong."),
        E("II.5.d", "not_applicable", {}, "Tố giác vi phạm",
          "Từ đầu năm tới nay không có đơn tố giác nào.",
          "Không phát sinh."),
        E("II.3.a", "not_started", {}, "Tập huấn",
          "Phường chưa được mời tham gia lớp nào.",
          "Chưa thực hiện."),
    ],
    diffs=["Chợ Xóm Chiếu nhiều sạp nhỏ lẻ, tiểu thương hay thay đổi nên khó theo dõi."],
    props=["Kính đề nghị Chi cục TĐC bố trí cho phường được tham dự lớp tập huấn gần nhất."],
    summary="Tóm lại: tuyên truyền xong; kiểm tra đang làm; tập huấn chưa có; tố giác không phát sinh.",
    preparer="Lê Văn Trọng",
))

REPORTS.append(dict(
    file="BinhKhanh-baocao-KH38.docx", hand="B", unit_id="27667", unit_name="Xã Bình Khánh",
    unit_caps="ỦY BAN NHÂN DÂN XÃ BÌNH KHÁNH", office="Văn phòng HĐND và UBND xã",
    number="98/BC-UBND", date="2026-11-02", place="Bình Khánh",
    items=[
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18, "violations": 1, "fines_vnd": 1500000}, "Kiểm tra cân tại chợ, bến đò",
          "Xã phối hợp kiểm tra 2 cuộc ở chợ Bình Khánh và bến phà, 18 cơ sở; 1 cơ sở dùng cân sai, phạt 1.500.000 đồng.",
          "Việc này chưa xong, còn một đợt cuối năm."),
        E("II.1.a", "completed", {"communications": 12}, "Tuyên truyền trên loa",
          "Phát 12 tin trên hệ thống loa truyền thanh các ấp về cân đúng, hàng hóa có nhãn.",
          "Đã làm xong."),
        E("II.2.đ", "not_started", {}, "ISO 9001",
          "Xã mới sắp xếp lại bộ máy nên chưa xây dựng lại hệ thống ISO.",
          "Chưa triển khai."),
    ],
    diffs=["Xã chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng."],
    props=["Xin Sở hướng dẫn xã xây dựng lại Hệ thống ISO sau sắp xếp."],
    summary="Tóm lại: 1 việc xong, 1 việc đang làm, 1 việc chưa làm.",
    preparer="Nguyễn Hoàng Phúc",
))

REPORTS.append(dict(
    file="BinhTriDong_BC_CDS_thang10.docx", hand="B", unit_id="27448", unit_name="Phường Bình Trị Đông",
    unit_caps="ỦY BAN NHÂN DÂN PHƯỜNG BÌNH TRỊ ĐÔNG", office="Văn phòng HĐND và UBND phường",
    number="241/BC-UBND", date="2026-10-30", place="Bình Trị Đông",
    rejected="Báo cáo kết quả chuyển đổi số, Đề án 06 của phường — không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).",
    cds_items=[
        ("Về dịch vụ công trực tuyến", "Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 78%; 1.942 hồ sơ được số hóa kết quả.", "Đang làm tiếp."),
        ("Về Đề án 06", "Đã làm sạch 96% dữ liệu dân cư; kích hoạt 31.250 tài khoản định danh điện tử mức 2.", "Cơ bản xong."),
        ("Về chữ ký số", "Cấp 45 chứng thư số cho công chức; 100% văn bản đi được ký số.", "Xong."),
        ("Về tổ công nghệ số cộng đồng", "Duy trì 12 tổ ở 12 khu phố, hướng dẫn 3.400 lượt người dân.", "Đang làm."),
    ],
    diffs=["Đường truyền tại bộ phận một cửa hay bị chậm."],
    props=["Đề nghị Phòng Chuyển đổi số hỗ trợ nâng cấp đường truyền."],
    summary="Tóm lại: công tác chuyển đổi số của phường cơ bản đạt tiến độ.",
    preparer="Võ Thị Ngọc Trâm",
))

# ---------------- Hand C: Phan Thanh Tùng -- spreadsheet, number+unit cells under 'Kết quả' ----------
REPORTS.append(dict(
    file="ChiCucTDC_BC1342_CT38.xlsx", hand="C", unit_id="SKHCN-CCTDC", unit_name="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    unit_caps="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    number="1342/BC-TĐC", date="2026-11-05", place="TP. Hồ Chí Minh",
    items=[
        E("II.1.a", "completed", {"training_courses": 5, "participants": 412}, "Tập huấn VBQPPL về TĐC cho DN, tọa đàm DN nhập khẩu", ["5 lớp", "412 lượt"], "Xong"),
        E("II.1.b", "completed", {"enterprises_supported": 23}, "Vận động DN tham dự Giải thưởng CLQG", ["23 DN"], "Xong"),
        E("II.2.b", "in_progress", {}, "Hoạt động Giải thưởng CLQG 2026 (thẩm định hồ sơ)", ["9 hồ sơ"], "Đang làm"),
        E("II.2.d", "in_progress", {"enterprises_supported": 31, "budget_spent_vnd": 285600000}, "Hỗ trợ DN áp dụng HTQL tiên tiến, công bố hợp chuẩn", ["31 DN", "285,6 tr.đ"], "Đang làm"),
        E("II.2.e", "completed", {"standards_reviewed": 8}, "Góp ý dự thảo TCVN, QCVN; QCĐP", ["8 dự thảo"], "Xong"),
        E("II.2.h", "completed", {}, "Kết nối Cổng một cửa QG (KTNN hàng nhập khẩu)", [], "Xong"),
        E("II.3.a", "completed", {"training_courses": 3, "participants": 264}, "Tập huấn nghiệp vụ cho công chức sở, ngành, phường xã", ["3 lớp", "264 lượt"], "Xong"),
        E("II.3.d", "in_progress", {"training_courses": 2, "participants": 150}, "Đào tạo SV trường ĐH, CĐ về TĐC, mã số mã vạch", ["2 lớp", "150 lượt"], "Đang làm"),
        E("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 340, "violations": 27, "fines_vnd": 318500000}, "Kiểm tra nhà nước về TĐC", ["12 cuộc", "340 cs", "27 vp", "318,5 tr.đ"], "Đang làm"),
        E("II.5.b", "completed", {"samples_tested": 96, "budget_spent_vnd": 48200000}, "Khảo sát chất lượng SP, HH", ["96 mẫu", "48,2 tr.đ"], "Xong"),
        E("II.6.b", "not_applicable", {}, "Phối hợp APO về năng suất", [], "Không PS"),
    ],
    diffs=["Kinh phí khảo sát chất lượng năm 2026 được giao thấp hơn nhu cầu.",
           "Một số phường, xã chưa bố trí công chức theo dõi lĩnh vực TĐC nên chậm gửi số liệu."],
    props=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng xăng dầu dịp cuối năm.",
           "Đề nghị UBND các phường, xã phân công đầu mối theo dõi lĩnh vực TĐC."],
    preparer="Phan Thanh Tùng",
))

REPORTS.append(dict(
    file="LaiThieu_KQ_CT38.xlsx", hand="C", unit_id="25966", unit_name="Phường Lái Thiêu",
    unit_caps="UBND PHƯỜNG LÁI THIÊU", parent=None,
    number="74/BC-UBND", date="2026-10-28", place="Lái Thiêu",
    items=[
        E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 29, "violations": 2, "fines_vnd": 3000000}, "Kiểm tra đo lường, nhãn hàng (phân quyền)", ["4 cuộc", "29 cs", "2 vp", "3 tr.đ"], "Đang làm"),
        E("II.1.a", "completed", {"training_courses": 1, "participants": 70, "communications": 6}, "Tuyên truyền CT38 cho hộ KD", ["1 buổi", "70 lượt", "6 tin"], "Xong"),
        E("II.3.a", "completed", {"participants": 3}, "Cử CC dự tập huấn của Sở", ["3 lượt"], "Xong"),
        E("II.2.đ", "in_progress", {}, "ISO 9001 tại UBND phường", [], "Đang làm"),
    ],
    diffs=["Chưa có cân đối chứng tại chợ Lái Thiêu."],
    props=["Đề nghị Chi cục TĐC trang bị 01 cân đối chứng cho chợ Lái Thiêu."],
    preparer="Đoàn Minh Nhật",
))

REPORTS.append(dict(
    file="HocMon_bieu_CT38_T10.xlsx", hand="C", unit_id="27559", unit_name="Xã Hóc Môn",
    unit_caps="UBND XÃ HÓC MÔN", parent=None, lo_resave=True,
    number="211/BC-UBND", date="2026-10-29", place="Hóc Môn",
    items=[
        E("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 5, "fines_vnd": 12250000}, "Kiểm tra cân tại chợ Hóc Môn, chợ Bà Điểm cũ", ["6 cuộc", "58 cs", "5 vp", "12,25 tr.đ"], "Đang làm"),
        E("II.1.a", "completed", {"communications": 9}, "Tin bài tuyên truyền", ["9 tin"], "Xong"),
        E("II.5.d", "not_applicable", {}, "Tiếp nhận phản ánh, tố giác", [], "Không PS"),
    ],
    diffs=["Lực lượng kiểm tra của xã ít, phải phối hợp với công an xã."],
    props=["Đề nghị Chi cục cử cán bộ hướng dẫn nghiệp vụ kiểm tra đo lường tại chợ."],
    preparer="Cao Thị Hồng",
))

REPORTS.append(dict(
    file="SATTP_587_BC_KH38.xlsx", hand="C", unit_id="SO-ATTP", unit_name="Sở An toàn thực phẩm",
    unit_caps="SỞ AN TOÀN THỰC PHẨM", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
    number="587/BC-SATTP", date="2026-10-30", place="TP. Hồ Chí Minh",
    items=[
        E("II.2.e", "completed", {"standards_reviewed": 6}, "Góp ý QCVN thực phẩm", ["6 dự thảo"], "Xong"),
        E("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 74, "samples_tested": 40, "violations": 9, "fines_vnd": 126000000}, "Kiểm tra nhãn, chất lượng TP bao gói sẵn (phối hợp)", ["8 cuộc", "74 cs", "40 mẫu", "9 vp", "126 tr.đ"], "Đang làm"),
        E("II.1.a", "completed", {"training_courses": 2, "participants": 230}, "Tuyên truyền nhãn hàng hóa TP", ["2 hội nghị", "230 lượt"], "Xong"),
        E("II.3.a", "not_started", {}, "Cử CC dự tập huấn TĐC", [], "Chưa làm"),
    ],
    diffs=["Chưa có quy chế phối hợp kiểm tra giữa Sở An toàn thực phẩm và Chi cục TĐC."],
    props=["Đề nghị xây dựng quy chế phối hợp kiểm tra nhãn hàng hóa thực phẩm giữa hai đơn vị."],
    preparer="Lưu Bảo Ngọc",
))

# ---------------- Hand D: Vũ Thị Thu Hằng -- prose per job closed by 'Tự đánh giá: ...' -------------
REPORTS.append(dict(
    file="TTPTTN_BC318_CT38.docx", hand="D", unit_id="SKHCN-TTPTTN",
    unit_name="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng",
    unit_caps="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM",
    number="318/BC-TTPTTN", date="2026-10-30", place="Thành phố Hồ Chí Minh",
    items=[
        E("II.4.a", "in_progress", {"budget_spent_vnd": 4260000000}, "Đầu tư trang thiết bị thử nghiệm",
          "Đã tiếp nhận, đưa vào sử dụng 03 hệ thống sắc ký và quang phổ; giải ngân 4.260.000.000 đồng trên tổng dự toán 5.800.000.000 đồng, phần còn lại chờ nghiệm thu gói thầu số 4.", "Đạt một phần"),
        E("II.4.c", "completed", {"instruments_verified": 46}, "Duy trì chuẩn đo lường, liên kết chuẩn",
          "Gửi hiệu chuẩn 46 chuẩn chính và chuẩn công tác tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn đến chuẩn quốc gia.", "Đạt"),
        E("II.2.g", "completed", {"instruments_verified": 18640, "samples_tested": 2315}, "Mở rộng dịch vụ kỹ thuật",
          "Kiểm định, hiệu chuẩn 18.640 phương tiện đo; thử nghiệm 2.315 mẫu; mở rộng thêm 12 phép thử được công nhận theo ISO/IEC 17025.", "Đạt"),
        E("II.5.b", "completed", {"samples_tested": 64}, "Thử nghiệm mẫu khảo sát chất lượng",
          "Thử nghiệm 64 mẫu xăng dầu, mũ bảo hiểm do Chi cục TĐC gửi trong các đợt khảo sát; trả kết quả đúng hạn.", "Đạt"),
        E("II.3.d", "not_started", {}, "Đào tạo cho sinh viên",
          "Chưa tổ chức được buổi nào cho sinh viên do các trường chưa bố trí lịch.", "Chưa đạt"),
    ],
    diffs=["Một số thiết bị nhập khẩu giao chậm so với hợp đồng nên chưa giải ngân hết kinh phí.",
           "Thiếu kỹ thuật viên có chứng chỉ kiểm định viên đo lường."],
    props=["Đề nghị Sở cho phép gia hạn thời gian giải ngân gói thầu số 4 sang quý I/2027.",
           "Đề nghị Chi cục TĐC ưu tiên mở lớp đào tạo kiểm định viên cho Trung tâm."],
    signer=("GIÁM ĐỐC", "Trịnh Công Hậu"),
))

REPORTS.append(dict(
    file="SGDDT_4410_BC_CT38.docx", hand="D", unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo",
    unit_caps="SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
    number="4410/BC-SGDĐT", date="2026-11-03", place="Thành phố Hồ Chí Minh",
    items=[
        E("II.3.d", "in_progress", {"training_courses": 4, "participants": 620}, "Đưa kiến thức tiêu chuẩn, đo lường, chất lượng vào trường trung cấp, cao đẳng",
          "Phối hợp Chi cục TĐC tổ chức 04 buổi chuyên đề cho 620 học sinh, sinh viên tại 04 trường trung cấp, cao đẳng; các trường còn lại sẽ tổ chức trong học kỳ II.", "Đạt một phần"),
        E("II.2.đ", "completed", {}, "ISO 9001 tại cơ quan Sở",
          "Đã duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015, rà soát 100% quy trình theo thủ tục hành chính mới.", "Đạt"),
        E("II.1.a", "completed", {"communications": 5}, "Tuyên truyền trong ngành",
          "Đăng 05 tin, bài trên Cổng thông tin điện tử ngành giáo dục về Chỉ thị 38-CT/TW.", "Đạt"),
        E("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn",
          "Cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức.", "Đạt"),
    ],
    diffs=["Chương trình đào tạo của các trường chưa có nội dung riêng về tiêu chuẩn, đo lường, chất lượng."],
    props=["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu chuẩn để các trường lồng ghép vào giờ ngoại khóa."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đặng Thị Kim Oanh"),
))

REPORTS.append(dict(
    file="PhuocThang_tu-danh-gia_CT38.xlsx", hand="D", unit_id="26542", unit_name="Phường Phước Thắng",
    unit_caps="UBND PHƯỜNG PHƯỚC THẮNG", parent=None,
    number="132/BC-UBND", date="2026-10-28", place="Phước Thắng",
    items=[
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 1, "fines_vnd": 2000000}, "Kiểm tra theo phân quyền",
          "Kiểm tra 03 cuộc tại 22 cơ sở kinh doanh xăng dầu, vàng bạc, hải sản; 01 cơ sở vi phạm, phạt 2.000.000 đồng.", "Đạt một phần"),
        E("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 95}, "Tuyên truyền",
          "Đăng 08 tin bài trên trang phường; tổ chức 01 hội nghị phổ biến cho 95 hộ kinh doanh.", "Đạt"),
        E("II.2.đ", "not_started", {}, "ISO 9001",
          "Chưa triển khai cập nhật hệ thống do đang chờ hướng dẫn sau sắp xếp.", "Chưa đạt"),
        E("II.3.a", "completed", {"participants": 1}, "Tập huấn công chức",
          "Cử 01 công chức dự tập huấn của Sở.", "Đạt"),
    ],
    diffs=["Chưa có kinh phí mua cân đối chứng cho chợ hải sản."],
    props=["Đề nghị Chi cục TĐC hỗ trợ kiểm định miễn phí cân tại chợ hải sản Phước Thắng."],
    preparer="Vũ Thị Thu Hằng",
))

REPORTS.append(dict(
    file="STC_tu-danh-gia_CCHC_2026.xlsx", hand="D", unit_id="SO-TC", unit_name="Sở Tài chính",
    unit_caps="SỞ TÀI CHÍNH", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
    number="6021/BC-STC", date="2026-11-04", place="Thành phố Hồ Chí Minh",
    rejected="Biểu tự đánh giá kết quả cải cách hành chính năm 2026 — không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm).",
    cchc_items=[
        ("Công tác chỉ đạo, điều hành CCHC", "Ban hành kế hoạch CCHC năm 2026, 04 văn bản chỉ đạo", "Đạt"),
        ("Cải cách thể chế", "Rà soát 12 văn bản QPPL thuộc lĩnh vực tài chính", "Đạt"),
        ("Cải cách thủ tục hành chính", "Cắt giảm 7 TTHC; 98% hồ sơ giải quyết đúng hạn", "Đạt một phần"),
        ("Cải cách tài chính công", "Giao tự chủ cho 100% đơn vị sự nghiệp", "Đạt"),
        ("Xây dựng chính quyền số", "Chưa hoàn thành kết nối kho dữ liệu dùng chung", "Chưa đạt"),
    ],
    diffs=["Nhân lực làm CCHC còn kiêm nhiệm."],
    props=["Đề nghị Sở Nội vụ tổ chức tập huấn chấm điểm chỉ số CCHC."],
    preparer="Mai Xuân Đức",
))
