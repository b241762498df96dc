# -*- coding: utf-8 -*-
"""Content of set 44: every report, its hand, and its key (written by hand, by meaning)."""

CCTDC = ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")


def E(task, status, sw, title, body, ind=None, figs=None):
    """sw = the unit's own status wording (None = not stated).
    figs = for Excel hands: list of (label, dvt, value_as_written, indicator_id or None, keyed value)."""
    return dict(task=task, status=status, sw=sw, title=title, body=body,
                ind=ind or {}, figs=figs or [])


REPORTS = []

# ---------------------------------------------------------------- H1  Thu Hà
REPORTS.append(dict(
    file="cctdc-bc-ct38-10thang-2026.docx", hand="H1", unit=CCTDC,
    org_up="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
    number="812/BC-CCTĐC", date="2026-10-30", place="Thành phố Hồ Chí Minh",
    title="BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu từ 01/01/2026 đến 25/10/2026)",
    intro=["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW "
           "ngày 30/7/2024 của Ban Bí thư năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh "
           "báo cáo kết quả thực hiện 10 tháng đầu năm như sau:"],
    sections=[
        ("A. CÔNG TÁC THÔNG TIN, TẬP HUẤN, ĐÀO TẠO", [
            E("II.1.a", "completed", "Đã hoàn thành",
              "Tập huấn văn bản pháp luật cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu.",
              "Chi cục đã tổ chức 04 lớp tập huấn phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), "
              "Luật Chất lượng sản phẩm, hàng hóa và các Nghị định hướng dẫn; ngày 18/6/2026 tổ chức 01 buổi Tọa đàm "
              "với doanh nghiệp nhập khẩu về thủ tục kiểm tra nhà nước đối với hàng hóa nhập khẩu. Tổng cộng 05 lớp, "
              "buổi với 384 lượt đại biểu tham dự.",
              {"training_courses": 5, "participants": 384}),
            E("II.1.b", "completed", "Đã hoàn thành",
              "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.",
              "Đăng 06 tin, bài trên Trang thông tin điện tử của Chi cục; gửi thư mời và trực tiếp hướng dẫn "
              "11 doanh nghiệp hoàn thiện hồ sơ đăng ký tham dự Giải thưởng năm 2026.",
              {"communications": 6, "enterprises_supported": 11}),
            E("II.3.a", "completed", "Đã hoàn thành",
              "Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu.",
              "Phối hợp tổ chức 03 lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng "
              "cho 245 công chức; cử cán bộ tham dự Hội nghị kỷ niệm Ngày Tiêu chuẩn thế giới 14/10 do "
              "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức.",
              {"training_courses": 3, "participants": 245}),
            E("II.3.d", "not_started", "Chưa triển khai",
              "Đào tạo, bồi dưỡng cho viên chức và sinh viên các trường.",
              "Đã làm việc với 02 trường cao đẳng về nội dung chương trình; dự kiến tổ chức trong tháng 11/2026 "
              "sau khi thống nhất kế hoạch với nhà trường."),
        ]),
        ("B. HỖ TRỢ DOANH NGHIỆP, NĂNG SUẤT, GIẢI THƯỞNG", [
            E("II.2.a", "in_progress", "Đang thực hiện",
              "Chương trình năng suất chất lượng (1322, 36), Đề án 996, Đề án 100.",
              "Hỗ trợ 14 doanh nghiệp áp dụng công cụ cải tiến năng suất và hệ thống truy xuất nguồn gốc; "
              "kinh phí đã giải ngân 186.400.000đ, phần còn lại thanh toán khi nghiệm thu trong Quý IV.",
              {"enterprises_supported": 14, "budget_spent_vnd": 186400000}),
            E("II.2.b", "in_progress", "Đang thực hiện",
              "Hoạt động Giải thưởng Chất lượng Quốc gia 2026.",
              "Hội đồng sơ tuyển đã tiếp nhận 09 hồ sơ, đang tổ chức đánh giá tại cơ sở theo lịch của "
              "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia."),
            E("II.2.d", "in_progress", "Đang thực hiện",
              "Hỗ trợ áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy.",
              "Hướng dẫn 57 doanh nghiệp về công bố hợp chuẩn, hợp quy; tiếp nhận 212 hồ sơ công bố hợp quy "
              "và cấp thông báo tiếp nhận đúng hạn."),
            E("II.2.e", "completed", "Đã hoàn thành",
              "Góp ý tiêu chuẩn, quy chuẩn kỹ thuật.",
              "Góp ý 19 dự thảo TCVN, QCVN (trong đó 04 dự thảo QCVN) theo đề nghị của Bộ Khoa học và Công nghệ "
              "và các sở, ngành.",
              {"standards_reviewed": 19}),
        ]),
        ("C. KIỂM TRA, KHẢO SÁT", [
            E("II.5.a", "in_progress", "Đang thực hiện",
              "Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng.",
              "Thực hiện 11 cuộc kiểm tra tại 138 cơ sở sản xuất, kinh doanh; phát hiện 17 cơ sở vi phạm, "
              "ban hành quyết định xử phạt với tổng số tiền 246.500.000đ.",
              {"inspections": 11, "establishments_inspected": 138, "violations": 17, "fines_vnd": 246500000}),
            E("II.5.b", "completed", "Đã hoàn thành",
              "Khảo sát chất lượng sản phẩm, hàng hóa.",
              "Lấy 165 mẫu (120 mẫu xăng dầu, 45 mẫu mũ bảo hiểm cho người đi mô tô, xe máy) gửi thử nghiệm; "
              "kết quả đã thông tin tới Phòng Kiểm tra – Pháp chế và đăng cảnh báo người tiêu dùng.",
              {"samples_tested": 165}),
        ]),
    ],
    diff_head="D. KHÓ KHĂN, VƯỚNG MẮC", prop_head="E. KIẾN NGHỊ",
    difficulties=[
        "Lực lượng công chức làm công tác kiểm tra còn mỏng trong khi địa bàn Thành phố mở rộng sau sắp xếp đơn vị hành chính.",
        "Một số phường, xã mới chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp còn chậm.",
    ],
    proposals=[
        "Đề nghị Sở bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng xăng dầu, mũ bảo hiểm.",
        "Đề nghị Sở có văn bản nhắc các phường, xã, đặc khu cử đầu mối phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
    ],
    signer=("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Nguyễn Thị Thanh Vân"),
))

REPORTS.append(dict(
    file="bc-phong-qlcl-chicuc-ct38.docx", hand="H1", unit=CCTDC,
    org_up="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", org="PHÒNG QUẢN LÝ CHẤT LƯỢNG",
    number="41/BC-QLCL", date="2026-10-22", place="Thành phố Hồ Chí Minh",
    title="BÁO CÁO\nKết quả thực hiện các nội dung Phòng được giao\ntheo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
    intro=["Kính gửi: Lãnh đạo Chi cục.",
           "Phòng Quản lý Chất lượng báo cáo kết quả thực hiện các nội dung được phân công như sau:"],
    sections=[
        ("A. HỖ TRỢ, HƯỚNG DẪN", [
            E("II.2.d", "in_progress", "Đang thực hiện",
              "Hướng dẫn doanh nghiệp áp dụng hệ thống quản lý và công bố chất lượng.",
              "Hướng dẫn trực tiếp và qua điện thoại cho 34 doanh nghiệp về áp dụng ISO 9001, ISO 22000 và thủ tục công bố hợp quy.",
              {"enterprises_supported": 34}),
            E("II.2.đ", "completed", "Đã hoàn thành",
              "Hệ thống quản lý chất lượng TCVN ISO 9001:2015 trong cơ quan hành chính.",
              "Hướng dẫn 12 cơ quan, đơn vị hành chính xây dựng, duy trì, cải tiến hệ thống; thực hiện 05 cuộc kiểm tra "
              "việc áp dụng tại các cơ quan theo kế hoạch.",
              {"enterprises_supported": 12, "inspections": 5}),
            E("II.2.c", "not_applicable", "Không phát sinh",
              "Góp ý sửa đổi Luật, văn bản quy phạm pháp luật.",
              "Trong kỳ chưa nhận được đề nghị góp ý dự thảo văn bản quy phạm pháp luật thuộc lĩnh vực chất lượng."),
        ]),
        ("B. KIỂM TRA, KHẢO SÁT CHẤT LƯỢNG", [
            E("II.5.a", "in_progress", "Đang thực hiện",
              "Kiểm tra chất lượng hàng hóa lưu thông trên thị trường.",
              "Chủ trì 06 cuộc kiểm tra tại 72 cơ sở kinh doanh; 9 cơ sở vi phạm về nhãn hàng hóa và dấu hợp quy, "
              "đã xử phạt 118.000.000đ.",
              {"inspections": 6, "establishments_inspected": 72, "violations": 9, "fines_vnd": 118000000}),
            E("II.5.b", "completed", "Đã hoàn thành",
              "Khảo sát chất lượng sản phẩm.",
              "Khảo sát 85 mẫu (40 mẫu đồ chơi trẻ em, 45 mẫu thép làm cốt bê tông); 07 mẫu không phù hợp đã thông báo cơ quan chức năng.",
              {"samples_tested": 85}),
        ]),
        ("C. THÔNG TIN VỀ HÀNG RÀO KỸ THUẬT", [
            E("II.6.a", "unknown", None,
              "Cập nhật điều ước, thỏa thuận quốc tế.",
              "Biên soạn 03 bản tin thông báo về các biện pháp TBT của các nước thành viên WTO gửi doanh nghiệp xuất khẩu.",
              {"communications": 3}),
        ]),
    ],
    diff_head="D. KHÓ KHĂN", prop_head="E. ĐỀ XUẤT",
    difficulties=["Chi phí thử nghiệm mẫu khảo sát cao, dự toán năm 2026 chỉ đáp ứng khoảng 2/3 số mẫu theo kế hoạch."],
    proposals=["Đề xuất Lãnh đạo Chi cục cho phép điều chỉnh cơ cấu mẫu khảo sát trong Quý IV phù hợp kinh phí còn lại."],
    signer=("TRƯỞNG PHÒNG", "Lê Thị Thu Hà"),
))

REPORTS.append(dict(
    file="vpso-bc-thuc-hien-ct38.docx", hand="H1", unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
    org_up="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="VĂN PHÒNG SỞ",
    number="227/VP-TH", date="2026-10-27", place="Thành phố Hồ Chí Minh",
    title="BÁO CÁO\nTình hình phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    intro=["Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.",
           "Văn phòng Sở Khoa học và Công nghệ báo cáo các nội dung Văn phòng được giao phối hợp như sau:"],
    sections=[
        ("A. HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG VÀ THỦ TỤC HÀNH CHÍNH", [
            E("II.2.đ", "completed", "Đã hoàn thành",
              "Duy trì hệ thống quản lý chất lượng tại Sở.",
              "Văn phòng đã cập nhật danh mục quy trình nội bộ theo các thủ tục hành chính mới công bố và tổ chức đánh giá nội bộ đợt 1/2026."),
            E("II.2.h", "in_progress", "Đang thực hiện",
              "Hệ thống thông tin giải quyết thủ tục hành chính.",
              "Phối hợp rà soát, cập nhật 27 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết thủ tục hành chính."),
            E("II.2.i", "in_progress", "Đang thực hiện",
              "Công khai thông tin về tiêu chuẩn, đo lường, chất lượng.",
              "Phối hợp Phòng Chuyển đổi số công khai kết quả giải quyết hồ sơ trên Cổng thông tin điện tử của Sở."),
        ]),
        ("B. KINH PHÍ, TUYÊN TRUYỀN, KHEN THƯỞNG", [
            E("II.4.a", "completed", "Đã hoàn thành",
              "Đầu tư trang thiết bị cho đơn vị sự nghiệp.",
              "Phối hợp thẩm định dự toán, hoàn tất thủ tục mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm; "
              "kinh phí đã giải ngân 2.145.000.000đ.",
              {"budget_spent_vnd": 2145000000}),
            E("II.1.b", "completed", "Đã hoàn thành",
              "Tuyên truyền Giải thưởng Chất lượng Quốc gia.",
              "Đăng tải 08 tin, bài về Giải thưởng Chất lượng Quốc gia trên Cổng thông tin điện tử của Sở.",
              {"communications": 8}),
            E("II.5.d", "not_applicable", "Không phát sinh",
              "Khen thưởng, bảo vệ người tố giác vi phạm.",
              "Trong kỳ, Văn phòng không nhận được đơn thư tố giác hành vi vi phạm trong lĩnh vực tiêu chuẩn, đo lường, chất lượng."),
        ]),
    ],
    diff_head="C. KHÓ KHĂN", prop_head="D. KIẾN NGHỊ",
    difficulties=["Thời gian thực hiện thủ tục mua sắm thiết bị kéo dài do phải lấy báo giá nhiều lần."],
    proposals=["Đề nghị Chi cục gửi sớm danh mục thiết bị cần đầu tư năm 2027 trước ngày 30/11/2026 để Văn phòng tổng hợp dự toán."],
    signer=("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Trần Quốc Huy"),
))

REPORTS.append(dict(
    file="qlkh-bao-cao-ct38-nam-2026.docx", hand="H1", unit=("SKHCN-QLKH", "Phòng Quản lý Khoa học"),
    org_up="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="PHÒNG QUẢN LÝ KHOA HỌC",
    number="88/BC-QLKH", date="2026-10-29", place="Thành phố Hồ Chí Minh",
    title="BÁO CÁO\nKết quả thực hiện nhiệm vụ theo Kế hoạch triển khai\nChỉ thị số 38-CT/TW năm 2026",
    intro=["Phòng Quản lý Khoa học báo cáo kết quả như sau:"],
    sections=[
        ("A. THU HÚT CHUYÊN GIA", [
            E("II.3.c", "in_progress", "Đang thực hiện",
              "Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
              "Tiếp nhận 02 hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường theo Nghị quyết số 27/2023/NQ-HĐND và "
              "Quyết định số 05/2026/QĐ-UBND; đang lấy ý kiến Hội đồng tư vấn."),
        ]),
        ("B. PHỐI HỢP VỚI CHI CỤC", [
            E("II.3.b", "completed", "Đã hoàn thành",
              "Bồi dưỡng chuyên sâu về năng suất.",
              "Phối hợp Chi cục tổ chức 02 khóa bồi dưỡng chuyên gia năng suất cho 96 học viên từ doanh nghiệp và viện, trường.",
              {"training_courses": 2, "participants": 96}),
            E("II.2.a", "completed", "Đã hoàn thành",
              "Nhiệm vụ khoa học và công nghệ về nâng cao năng suất.",
              "Tổ chức xét chọn, giao thực hiện 05 nhiệm vụ khoa học và công nghệ hỗ trợ nâng cao năng suất, chất lượng năm 2026."),
            E("II.6.b", "in_progress", "Đang thực hiện",
              "Hợp tác với Tổ chức Năng suất Châu Á (APO).",
              "Cử cán bộ tham dự hội thảo trực tuyến của APO về năng suất xanh; đang phối hợp Chi cục đề xuất dự án hợp tác năm 2027."),
        ]),
    ],
    diff_head="C. KHÓ KHĂN", prop_head="D. ĐỀ XUẤT",
    difficulties=["Số lượng hồ sơ chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng đăng ký thu hút còn ít."],
    proposals=["Đề nghị Chi cục giới thiệu chuyên gia phù hợp để Phòng tham mưu thu hút theo Quyết định số 05/2026/QĐ-UBND.",
               "Đề nghị bố trí kinh phí năm 2027 cho 01 dự án hợp tác với APO."],
    signer=("TRƯỞNG PHÒNG", "Đặng Văn Lộc"),
))

# ---------------------------------------------------------------- H2  Minh Khoa (Excel, one row per figure)
REPORTS.append(dict(
    file="qldl-so-lieu-ct38-2026.xlsx", hand="H2", unit=CCTDC,
    org_up="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", org="PHÒNG QUẢN LÝ ĐO LƯỜNG",
    number="37/BC-QLĐL", date="2026-10-21", place="TP. Hồ Chí Minh",
    title="BÁO CÁO SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (đến 20/10/2026)",
    entries=[
        E("II.4.b", "in_progress", "Đang làm tiếp", "Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ", "",
          {"instruments_verified": 46},
          [("Phương tiện, thiết bị nghiệp vụ đã kiểm định, hiệu chuẩn", "chiếc", 46, "instruments_verified", 46)]),
        E("II.4.c", "completed", "Xong", "Duy trì, liên kết chuẩn đo lường chính", "",
          {"instruments_verified": 8},
          [("Chuẩn đo lường chính được hiệu chuẩn liên kết", "chuẩn", 8, "instruments_verified", 8)]),
        E("II.5.a", "in_progress", "Đang làm tiếp", "Kiểm tra nhà nước về đo lường", "",
          {"inspections": 7, "establishments_inspected": 164, "violations": 12, "fines_vnd": 92500000},
          [("Số cuộc kiểm tra đo lường", "cuộc", 7, "inspections", 7),
           ("Số cơ sở được kiểm tra", "cơ sở", 164, "establishments_inspected", 164),
           ("Số cơ sở vi phạm", "cơ sở", 12, "violations", 12),
           ("Tiền xử phạt", "triệu đồng", 92.5, "fines_vnd", 92500000)]),
        E("II.2.a", "in_progress", "Đang làm tiếp", "Đề án 996 - hỗ trợ doanh nghiệp về đo lường", "",
          {"enterprises_supported": 23, "budget_spent_vnd": 64800000},
          [("Doanh nghiệp được hỗ trợ (Đề án 996)", "DN", 23, "enterprises_supported", 23),
           ("Kinh phí đã giải ngân (Đề án 996)", "triệu đồng", 64.8, "budget_spent_vnd", 64800000)]),
        E("II.5.c", "in_progress", "Đang làm tiếp", "Phối hợp UBND phường, xã, đặc khu (nội dung phân quyền)", "",
          {"inspections": 9, "establishments_inspected": 58},
          [("Số cuộc phối hợp kiểm tra với phường, xã", "cuộc", 9, "inspections", 9),
           ("Số cơ sở được kiểm tra (phối hợp)", "cơ sở", 58, "establishments_inspected", 58)]),
        E("II.2.g", "completed", "Xong", "Củng cố tổ chức dịch vụ kỹ thuật đo lường (đã chỉ định bổ sung 04 tổ chức kiểm định)", ""),
    ],
    diff_head="Khó khăn:", prop_head="Đề xuất:",
    difficulties=["Phương tiện kỹ thuật nghiệp vụ kiểm tra xăng dầu đã cũ, phải gửi hiệu chuẩn ngoài nhiều lần trong năm.",
                  "Thiếu xe chuyên dùng phục vụ kiểm tra tại các xã xa trung tâm."],
    proposals=["Đề xuất bổ sung 02 bình chuẩn kim loại 20 L vào danh mục mua sắm năm 2027."],
    signer=("Người lập biểu", "Phạm Minh Khoa", "TRƯỞNG PHÒNG", "Võ Thành Nhân"),
))

REPORTS.append(dict(
    file="ttpttn-bieu-so-lieu-ct38.xlsx", hand="H2",
    unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    org_up="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
    number="515/BC-TTPTTN", date="2026-10-26", place="TP. Hồ Chí Minh",
    title="BÁO CÁO SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    entries=[
        E("II.4.a", "in_progress", "Đang làm tiếp", "Đầu tư cơ sở vật chất, hiện đại hóa trang thiết bị", "",
          {"budget_spent_vnd": 3420000000},
          [("Thiết bị thử nghiệm, hiệu chuẩn đã tiếp nhận đưa vào sử dụng", "thiết bị", 12, None, None),
           ("Kinh phí đầu tư đã giải ngân", "triệu đồng", 3420, "budget_spent_vnd", 3420000000)]),
        E("II.2.g", "in_progress", "Đang làm tiếp", "Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ doanh nghiệp", "",
          {"instruments_verified": 18652, "samples_tested": 3870},
          [("Phương tiện đo đã kiểm định, hiệu chuẩn, thử nghiệm", "phương tiện", 18652, "instruments_verified", 18652),
           ("Mẫu thử nghiệm cho khách hàng", "mẫu", 3870, "samples_tested", 3870)]),
        E("II.4.c", "completed", "Xong", "Liên kết chuẩn đo lường đến chuẩn quốc gia", "",
          {"instruments_verified": 15},
          [("Chuẩn đo lường được hiệu chuẩn liên kết", "chuẩn", 15, "instruments_verified", 15)]),
        E("II.3.a", "completed", "Xong", "Cử viên chức tham dự tập huấn, hội thảo chuyên môn", "",
          {"participants": 9},
          [("Lượt viên chức được cử tham dự tập huấn", "lượt người", 9, "participants", 9)]),
    ],
    diff_head="Khó khăn:", prop_head="Đề xuất:",
    difficulties=["Một số thiết bị nhập khẩu giao hàng chậm so với hợp đồng nên chưa giải ngân hết kinh phí năm 2026."],
    proposals=["Đề nghị Sở cho phép chuyển nguồn kinh phí mua sắm chưa giải ngân sang năm 2027."],
    signer=("Người lập biểu", "Nguyễn Hoàng Phúc", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lý Thị Ngọc Hân"),
))

REPORTS.append(dict(
    file="ttcntt-dkg-so-lieu-ct38.xlsx", hand="H2",
    unit=("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
    org_up="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN THÀNH PHỐ HỒ CHÍ MINH",
    number="302/BC-TTCNTT", date="2026-10-28", place="TP. Hồ Chí Minh",
    title="SỐ LIỆU PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
    entries=[
        E("II.2.i", "in_progress", "Đang làm tiếp", "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "",
          {},
          [("Bộ dữ liệu đã đồng bộ lên nền tảng chia sẻ dữ liệu của Thành phố", "bộ", 3, None, None)]),
        E("II.1.a", "completed", "Xong", "Hỗ trợ kỹ thuật lớp tập huấn trực tuyến của Chi cục", "",
          {"training_courses": 3, "participants": 410},
          [("Lớp tập huấn trực tuyến được hỗ trợ kỹ thuật", "lớp", 3, "training_courses", 3),
           ("Lượt người tham dự trực tuyến", "lượt", 410, "participants", 410)]),
        E("II.2.h", "not_started", "Chưa làm", "Kết nối liên thông với Cổng thông tin một cửa quốc gia (chờ hướng dẫn kỹ thuật của Bộ)", ""),
        E("II.3.a", "completed", "Xong", "Cử viên chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng", "",
          {"participants": 4},
          [("Lượt viên chức tham dự", "lượt người", 4, "participants", 4)]),
    ],
    diff_head="Khó khăn:", prop_head="Đề xuất:",
    difficulties=["Chưa có tài liệu đặc tả kỹ thuật API của hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."],
    proposals=["Đề nghị Chi cục làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp đặc tả kết nối."],
    signer=("Người lập", "Trịnh Gia Bảo", "GIÁM ĐỐC", "Hồ Sĩ Nguyên"),
))

# ---------------------------------------------------------------- H3  Ngọc Trâm (ward Word)
REPORTS.append(dict(
    file="tang-nhon-phu-bc-tdc-2026.docx", hand="H3", unit=("26842", "Phường Tăng Nhơn Phú"),
    org_up="ỦY BAN NHÂN DÂN", org="PHƯỜNG TĂNG NHƠN PHÚ",
    number="415/BC-UBND", date="2026-11-06", place="Tăng Nhơn Phú",
    title="BÁO CÁO\nKết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\ntheo Kế hoạch triển khai Chỉ thị số 38-CT/TW",
    intro=["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
           "Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả thực hiện như sau:"],
    entries=[
        E("II.5.c", "in_progress", "đang tiếp tục thực hiện",
          "Từ tháng 3 đến tháng 10/2026,",
          "UBND phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Tăng Nhơn Phú A và "
          "các cửa hàng xăng dầu trên địa bàn được 03 cuộc, kiểm tra 21 cơ sở; phát hiện 02 trường hợp vi phạm "
          "(sử dụng cân chưa kiểm định), đã xử phạt 3,5 triệu đồng.",
          {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 3500000}),
        E("II.1.a", "completed", "đã thực hiện xong",
          "Trong 10 tháng,",
          "phường đăng 07 tin, bài tuyên truyền về đo lường, chất lượng hàng hóa trên trang thông tin điện tử và "
          "nhóm Zalo các khu phố; lồng ghép nội dung vào các buổi họp khu phố.",
          {"communications": 7}),
        E("II.3.a", "completed", "đã thực hiện xong",
          "Ngày 14/5/2026,",
          "phường cử 04 công chức phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức.",
          {"participants": 4}),
        E("II.2.đ", "in_progress", "đang tiếp tục thực hiện",
          "Từ đầu năm đến nay,",
          "UBND phường duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật 36 quy trình giải quyết thủ tục hành chính sau khi sắp xếp."),
        E("II.5.d", "not_applicable", "trong kỳ không phát sinh",
          "Về khen thưởng người tố giác vi phạm,",
          "trong năm phường chưa nhận được tin báo, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."),
    ],
    diff_head="III. KHÓ KHĂN, VƯỚNG MẮC", prop_head="IV. ĐỀ XUẤT, KIẾN NGHỊ",
    difficulties=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, phải kiêm nhiệm nhiều việc.",
                  "Phường chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ."],
    proposals=["Đề nghị Chi cục hỗ trợ phường trang bị bộ quả cân chuẩn và cân đối chứng đặt tại chợ."],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Thắng"),
))

REPORTS.append(dict(
    file="xa-chau-duc-bc-ct38.docx", hand="H3", unit=("26596", "Xã Châu Đức"),
    org_up="ỦY BAN NHÂN DÂN", org="XÃ CHÂU ĐỨC",
    number="287/BC-UBND", date="2026-11-10", place="Châu Đức",
    title="BÁO CÁO\nTình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã",
    intro=["Ủy ban nhân dân xã Châu Đức báo cáo kết quả thực hiện như sau:"],
    entries=[
        E("II.5.c", "completed", "đã thực hiện xong",
          "Trong tháng 8 và tháng 9/2026,",
          "xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 02 cuộc kiểm tra tại 09 cửa hàng xăng dầu; "
          "có 01 cơ sở vi phạm về nhãn cột đo, đã lập biên bản nhắc nhở và yêu cầu khắc phục.",
          {"inspections": 2, "establishments_inspected": 9, "violations": 1}),
        E("II.3.a", "completed", "đã thực hiện xong",
          "Tháng 5/2026,",
          "xã cử 02 công chức tham dự lớp tập huấn quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã.",
          {"participants": 2}),
        E("II.1.a", "in_progress", "đang tiếp tục thực hiện",
          "Từ đầu năm đến nay,",
          "Đài truyền thanh xã phát 24 lượt tin về quyền lợi người tiêu dùng, cách nhận biết hàng giả, hàng kém chất lượng.",
          {"communications": 24}),
        E("II.2.đ", "completed", "đã thực hiện xong",
          "Trong Quý II/2026,",
          "xã hoàn thành việc xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau hợp nhất và công bố phù hợp."),
        E("II.5.d", "not_applicable", "trong kỳ không phát sinh",
          "Về xử lý vi phạm, khen thưởng người tố giác,",
          "đến nay chưa có trường hợp nào."),
    ],
    diff_head="III. KHÓ KHĂN, VƯỚNG MẮC", prop_head="IV. KIẾN NGHỊ",
    difficulties=["Địa bàn xã rộng, nhiều cửa hàng xăng dầu nằm xa trung tâm, lực lượng phối hợp kiểm tra còn ít."],
    proposals=["Đề nghị Chi cục tổ chức lớp tập huấn riêng cho các xã khu vực Châu Đức, Bình Giã, Kim Long.",
               "Đề nghị cung cấp tài liệu tuyên truyền in sẵn để phát cho hộ kinh doanh."],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Hoàng Sơn"),
))

REPORTS.append(dict(
    file="binh-gia-bao-cao-2026.docx", hand="H3", unit=("26590", "Xã Bình Giã"), rejected=True,
    reason="Không phải báo cáo về Kế hoạch triển khai Chỉ thị 38-CT/TW: đây là báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn của xã, gửi nhầm.",
    org_up="ỦY BAN NHÂN DÂN", org="XÃ BÌNH GIÃ",
    number="198/BC-UBND", date="2026-11-04", place="Bình Giã",
    title="BÁO CÁO\nKết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026",
    intro=["Thực hiện Công văn của Ban Chỉ huy Phòng thủ dân sự Thành phố, Ủy ban nhân dân xã Bình Giã báo cáo như sau:"],
    entries=[
        E(None, None, None, "Từ đầu mùa mưa đến nay,",
          "trên địa bàn xã xảy ra 03 đợt mưa lớn kèm lốc xoáy làm tốc mái 12 căn nhà, ngã đổ 45 cây xanh; xã đã huy động "
          "lực lượng dân quân, công an hỗ trợ người dân khắc phục, không có thiệt hại về người."),
        E(None, None, None, "Trong tháng 6/2026,",
          "xã tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn với 120 người tham gia; rà soát 06 điểm "
          "có nguy cơ sạt lở bờ suối và cắm biển cảnh báo."),
        E(None, None, None, "Về chuẩn bị vật tư, phương tiện,",
          "xã bổ sung 50 áo phao, 02 máy phát điện và dự trữ lương thực theo phương châm “bốn tại chỗ”."),
    ],
    diff_head="III. KHÓ KHĂN", prop_head="IV. KIẾN NGHỊ",
    difficulties=["Kinh phí cho công tác phòng, chống thiên tai của xã còn hạn chế."],
    proposals=["Đề nghị Thành phố hỗ trợ kinh phí gia cố bờ suối tại ấp Bình Sơn."],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Thị Mai"),
))

# ---------------------------------------------------------------- H4  Quốc Bảo (Excel, SL/ĐV pairs)
REPORTS.append(dict(
    file="ktpc-bc-phoi-hop-ct38.xlsx", hand="H4", unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
    org_up="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="PHÒNG KIỂM TRA – PHÁP CHẾ",
    number="64/BC-KTPC", date="2026-10-29", place="TP. Hồ Chí Minh",
    title="BẢNG TỔNG HỢP KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
    entries=[
        E("II.5.a", "in_progress", "Còn đang thực hiện", "Phối hợp Chi cục kiểm tra về tiêu chuẩn, đo lường, chất lượng",
          "Tham gia các đoàn kiểm tra liên ngành, kiểm tra chuyên ngành hàng hóa trên thị trường",
          {"inspections": 5, "establishments_inspected": 47, "violations": 6, "fines_vnd": 71000000},
          [("", "cuộc", 5, "inspections", 5), ("", "cơ sở", 47, "establishments_inspected", 47),
           ("", "cơ sở vi phạm", 6, "violations", 6), ("", "đồng", 71000000, "fines_vnd", 71000000)]),
        E("II.5.b", "completed", "Đã thực hiện xong", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
          "Cử công chức tham gia lấy mẫu, tiếp nhận kết quả thử nghiệm để phục vụ kiểm tra",
          {"samples_tested": 30},
          [("", "mẫu", 30, "samples_tested", 30)]),
        E("II.5.c", "in_progress", "Còn đang thực hiện", "Hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền",
          "Hướng dẫn thẩm quyền, trình tự xử phạt vi phạm hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng",
          {"training_courses": 2, "participants": 120},
          [("", "buổi", 2, "training_courses", 2), ("", "lượt công chức", 120, "participants", 120)]),
        E("II.2.c", "completed", "Đã thực hiện xong", "Góp ý dự thảo luật, nghị định về tiêu chuẩn, đo lường, chất lượng",
          "Góp ý dự thảo Nghị định quy định xử phạt vi phạm hành chính (sửa đổi) và các Thông tư hướng dẫn",
          {}, [("", "văn bản", 3, None, None)]),
        E("II.4.b", "in_progress", "Còn đang thực hiện", "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
          "Rà soát danh mục, đề xuất bổ sung phương tiện phục vụ phát hiện vi phạm",
          {}, [("", "phương tiện", 14, None, None)]),
        E("II.5.d", "not_applicable", "Không phát sinh", "Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực",
          "Không nhận được đơn thư tố giác", {}, []),
    ],
    diff_head="Khó khăn, vướng mắc", prop_head="Kiến nghị",
    difficulties=["Nghị định xử phạt mới chưa có Thông tư hướng dẫn nên một số hành vi vi phạm về nhãn hàng hóa còn lúng túng khi áp dụng.",
                  "Phường, xã mới sắp xếp còn thiếu công chức có chuyên môn pháp chế để thực hiện nội dung được phân quyền."],
    proposals=["Kiến nghị Sở kiến nghị Bộ Khoa học và Công nghệ sớm ban hành văn bản hướng dẫn áp dụng Nghị định xử phạt sửa đổi."],
    signer=("Người tổng hợp", "Đỗ Quốc Bảo", "TRƯỞNG PHÒNG", "Huỳnh Minh Tâm"),
))

REPORTS.append(dict(
    file="tan-khanh-bieu-ct38.xlsx", hand="H4", unit=("25891", "Phường Tân Khánh"),
    org_up="ỦY BAN NHÂN DÂN", org="PHƯỜNG TÂN KHÁNH",
    number="233/BC-UBND", date="2026-11-09", place="Tân Khánh",
    title="BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    entries=[
        E("II.5.c", "in_progress", "Còn đang thực hiện", "Kiểm tra đo lường, chất lượng trên địa bàn phường",
          "Phối hợp Chi cục và Đội Quản lý thị trường kiểm tra cân, bình gas, xăng dầu",
          {"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 4500000},
          [("", "cuộc", 4, "inspections", 4), ("", "cơ sở", 26, "establishments_inspected", 26),
           ("", "trường hợp vi phạm", 3, "violations", 3), ("", "triệu đồng", 4.5, "fines_vnd", 4500000)]),
        E("II.1.a", "completed", "Đã thực hiện xong", "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
          "Đăng tin trên trang thông tin điện tử, phát trên loa truyền thanh khu phố",
          {"communications": 10}, [("", "tin, bài", 10, "communications", 10)]),
        E("II.3.a", "completed", "Đã thực hiện xong", "Cử công chức tham dự tập huấn nghiệp vụ",
          "Tham dự lớp tập huấn do Chi cục tổ chức",
          {"participants": 3}, [("", "lượt công chức", 3, "participants", 3)]),
        E("II.2.đ", "in_progress", "Còn đang thực hiện", "Duy trì ISO 9001:2015 tại UBND phường",
          "Đang rà soát quy trình theo bộ thủ tục hành chính mới", {}, []),
        E("II.5.d", "not_applicable", "Không phát sinh", "Khen thưởng người tố giác vi phạm", "", {}, []),
    ],
    diff_head="Khó khăn, vướng mắc", prop_head="Kiến nghị",
    difficulties=["Hộ kinh doanh nhỏ lẻ tại chợ tạm thay đổi thường xuyên, khó theo dõi việc kiểm định cân."],
    proposals=["Đề nghị Chi cục tổ chức kiểm định cân miễn phí định kỳ tại chợ Tân Khánh."],
    signer=("Người lập biểu", "Lâm Quốc Bảo", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trương Văn Hậu"),
))

REPORTS.append(dict(
    file="thanh-an-bieu-bao-cao-tdc.xlsx", hand="H4", unit=("27676", "Xã Thạnh An"),
    org_up="ỦY BAN NHÂN DÂN", org="XÃ THẠNH AN",
    number="112/BC-UBND", date="2026-11-12", place="Thạnh An",
    title="BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
    entries=[
        E("II.5.c", "in_progress", "Còn đang thực hiện", "Kiểm tra cân tại chợ Thạnh An và các điểm thu mua hải sản",
          "Phối hợp Chi cục kiểm tra đo lường; chưa phát hiện vi phạm",
          {"inspections": 2, "establishments_inspected": 15, "violations": 0},
          [("", "cuộc", 2, "inspections", 2), ("", "cơ sở", 15, "establishments_inspected", 15),
           ("", "trường hợp vi phạm", 0, "violations", 0)]),
        E("II.3.a", "not_started", "Chưa thực hiện", "Cử công chức tham dự tập huấn",
          "Lớp tập huấn tổ chức vào ngày có triều cường, xã không bố trí được người đi", {}, []),
        E("II.1.a", "completed", "Đã thực hiện xong", "Tuyên truyền trên loa truyền thanh",
          "Phát thanh nội dung nhận biết cân sai, hàng kém chất lượng",
          {"communications": 6}, [("", "lượt phát thanh", 6, "communications", 6)]),
        E("II.2.đ", "completed", "Đã thực hiện xong", "Áp dụng ISO 9001:2015 tại bộ phận một cửa", "", {}, []),
    ],
    diff_head="Khó khăn, vướng mắc", prop_head="Kiến nghị",
    difficulties=["Xã đảo đi lại khó khăn, phụ thuộc lịch tàu, việc tham dự tập huấn tại trung tâm Thành phố bị hạn chế.",
                  "Nhiều hộ thu mua hải sản dùng cân đồng hồ cũ, chưa kiểm định."],
    proposals=["Đề nghị Chi cục tổ chức tập huấn trực tuyến hoặc tập huấn tại chỗ cho xã Thạnh An."],
    signer=("Người lập biểu", "Cao Minh Trí", "CHỦ TỊCH", "Ngô Văn Lực"),
))

REPORTS.append(dict(
    file="ben-cat-ket-qua-ct38-2026.xlsx", hand="H4", unit=("25813", "Phường Bến Cát"),
    org_up="ỦY BAN NHÂN DÂN", org="PHƯỜNG BẾN CÁT",
    number="509/BC-UBND", date="2026-11-05", place="Bến Cát",
    title="BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
    entries=[
        E("II.5.c", "in_progress", "Còn đang thực hiện", "Kiểm tra đo lường, chất lượng (xăng dầu, LPG, cân tại chợ)",
          "Phường chủ trì 02 cuộc, phối hợp Chi cục 03 cuộc",
          {"inspections": 5, "establishments_inspected": 33, "violations": 4, "fines_vnd": 12000000},
          [("", "cuộc", 5, "inspections", 5), ("", "cơ sở", 33, "establishments_inspected", 33),
           ("", "vi phạm", 4, "violations", 4), ("", "đồng", 12000000, "fines_vnd", 12000000)]),
        E("II.1.a", "completed", "Đã thực hiện xong", "Hội nghị tuyên truyền cho hộ kinh doanh",
          "Phổ biến quy định về đo lường trong mua bán",
          {"training_courses": 1, "participants": 85},
          [("", "hội nghị", 1, "training_courses", 1), ("", "hộ kinh doanh tham dự", 85, "participants", 85)]),
        E("II.2.đ", "in_progress", "Còn đang thực hiện", "Duy trì hệ thống quản lý chất lượng ISO", "", {}, []),
        E("II.3.a", "completed", "Đã thực hiện xong", "Cử công chức tham dự tập huấn",
          "", {"participants": 2}, [("", "lượt", 2, "participants", 2)]),
        E("II.5.d", "not_applicable", "Không phát sinh", "Tiếp nhận tố giác vi phạm", "", {}, []),
    ],
    diff_head="Khó khăn, vướng mắc", prop_head="Kiến nghị",
    difficulties=["Phường chưa có phương tiện đo để kiểm tra nhanh lượng xăng dầu bán ra."],
    proposals=["Đề nghị Chi cục cho mượn bình chuẩn khi phường tổ chức kiểm tra.",
               "Đề nghị tập huấn thêm về xử phạt vi phạm hành chính cho công chức phường."],
    signer=("Người lập biểu", "Tô Quốc Bảo", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Thị Kim Yến"),
))

# ---------------------------------------------------------------- H5  Thanh Tùng (Word, "•" bullets, "; tình trạng: …")
REPORTS.append(dict(
    file="cds-bao-cao-ket-qua-thang10.docx", hand="H5", unit=("SKHCN-CDS", "Phòng Chuyển đổi số"), rejected=True,
    reason="Không phải báo cáo về Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo kết quả thực hiện Kế hoạch chuyển đổi số 2339/KH-SKHCN, gửi nhầm.",
    org_up="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="PHÒNG CHUYỂN ĐỔI SỐ",
    number="145/BC-CĐS", date="2026-10-23", place="TP. Hồ Chí Minh",
    title="BÁO CÁO\nKết quả thực hiện Kế hoạch chuyển đổi số của Sở Khoa học và Công nghệ\ngiai đoạn 2025 – 2026 (số liệu đến tháng 10/2026)",
    intro=["Căn cứ Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026, "
           "Phòng Chuyển đổi số báo cáo kết quả như sau:"],
    entries=[
        E(None, None, "hoàn thành", "Dịch vụ công trực tuyến",
          "cung cấp 96 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ nộp trực tuyến đạt 87%"),
        E(None, None, "đang thực hiện", "Hạ tầng số",
          "nâng cấp đường truyền, triển khai chữ ký số cho 100% lãnh đạo phòng, đơn vị"),
        E(None, None, "đang thực hiện", "Dữ liệu số",
          "xây dựng kho dữ liệu dùng chung của Sở, đã số hóa 14.200 hồ sơ lưu trữ"),
        E(None, None, "hoàn thành", "Kỹ năng số",
          "tổ chức 02 lớp bồi dưỡng kỹ năng số cho 140 công chức, viên chức"),
    ],
    diff_head="KHÓ KHĂN, VƯỚNG MẮC", prop_head="KIẾN NGHỊ",
    difficulties=["Kinh phí nâng cấp hạ tầng máy chủ chưa được bố trí đủ."],
    proposals=["Đề nghị Lãnh đạo Sở bố trí kinh phí thuê dịch vụ điện toán đám mây năm 2027."],
    signer=("TRƯỞNG PHÒNG", "Mai Thanh Tùng"),
))

REPORTS.append(dict(
    file="phong-tcns-chicuc-bc-ct38.docx", hand="H5", unit=CCTDC,
    org_up="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", org="PHÒNG TIÊU CHUẨN VÀ NĂNG SUẤT",
    number="29/BC-TCNS", date="2026-10-20", place="TP. Hồ Chí Minh",
    title="BÁO CÁO\nKết quả thực hiện nội dung Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026\n(phần việc của Phòng Tiêu chuẩn và Năng suất)",
    intro=["Kính gửi: Ban Lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng.",
           "Phòng Tiêu chuẩn và Năng suất báo cáo kết quả thực hiện đến ngày 15/10/2026 như sau:"],
    entries=[
        E("II.2.e", "in_progress", "đang thực hiện", "Xây dựng, góp ý tiêu chuẩn, quy chuẩn",
          "góp ý, xây dựng 12 văn bản (11 dự thảo TCVN và 01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch)",
          {"standards_reviewed": 12}),
        E("II.3.b", "completed", "hoàn thành", "Bồi dưỡng chuyên sâu về năng suất",
          "tổ chức 03 khóa bồi dưỡng với 142 học viên; hình thành mạng lưới 25 chuyên gia tư vấn năng suất",
          {"training_courses": 3, "participants": 142}),
        E("II.2.a", "in_progress", "đang thực hiện", "Năng suất chất lượng và truy xuất nguồn gốc",
          "hỗ trợ 09 doanh nghiệp áp dụng Lean, 5S, Kaizen với kinh phí 145,6 triệu đồng; hướng dẫn 38 doanh nghiệp "
          "triển khai truy xuất nguồn gốc theo Đề án 100 (tổng cộng 47 doanh nghiệp)",
          {"enterprises_supported": 47, "budget_spent_vnd": 145600000}),
        E("II.3.d", "completed", "hoàn thành", "Đào tạo cho sinh viên",
          "phối hợp Trường Đại học Công nghiệp tổ chức 02 lớp về mã số, mã vạch, truy xuất nguồn gốc cho 180 sinh viên",
          {"training_courses": 2, "participants": 180}),
        E("II.2.i", "in_progress", "đang thực hiện", "Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
          "cập nhật dữ liệu tiêu chuẩn cơ sở, mã số mã vạch của doanh nghiệp Thành phố lên hệ thống"),
        E("II.6.b", "not_applicable", "không phát sinh", "Hợp tác với APO",
          "trong kỳ chưa có yêu cầu từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia"),
    ],
    diff_head="KHÓ KHĂN", prop_head="ĐỀ XUẤT",
    difficulties=["Doanh nghiệp nhỏ và vừa còn e ngại đối ứng kinh phí khi tham gia chương trình năng suất."],
    proposals=["Đề xuất nâng mức hỗ trợ cho doanh nghiệp nhỏ và vừa tham gia chương trình năng suất năm 2027."],
    signer=("TRƯỞNG PHÒNG", "Bùi Thanh Tùng"),
))

REPORTS.append(dict(
    file="phu-loi-bao-cao-ct38.docx", hand="H5", unit=("25750", "Phường Phú Lợi"),
    org_up="ỦY BAN NHÂN DÂN", org="PHƯỜNG PHÚ LỢI",
    number="377/BC-UBND", date="2026-11-11", place="Phú Lợi",
    title="BÁO CÁO\nKết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
    intro=["Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
           "UBND phường Phú Lợi báo cáo như sau:"],
    entries=[
        E("II.5.c", "in_progress", "đang thực hiện", "Phối hợp kiểm tra trên địa bàn",
          "03 cuộc kiểm tra tại 18 cơ sở kinh doanh vàng bạc, xăng dầu; 01 cơ sở vi phạm, xử phạt 2,5 triệu đồng",
          {"inspections": 3, "establishments_inspected": 18, "violations": 1, "fines_vnd": 2500000}),
        E("II.1.a", "completed", "hoàn thành", "Tuyên truyền",
          "đăng 04 tin, bài trên trang thông tin điện tử phường",
          {"communications": 4}),
        E("II.3.a", "completed", "hoàn thành", "Tập huấn",
          "cử 03 công chức tham dự lớp tập huấn của Chi cục",
          {"participants": 3}),
        E("II.2.đ", "completed", "hoàn thành", "ISO hành chính",
          "công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 12/8/2026"),
    ],
    diff_head="KHÓ KHĂN", prop_head="KIẾN NGHỊ",
    difficulties=["Công chức phụ trách kiêm nhiệm, chưa được tập huấn chuyên sâu về đo lường vàng bạc."],
    proposals=["Đề nghị Chi cục tập huấn chuyên đề kiểm tra đo lường trong kinh doanh vàng bạc."],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Thị Kiều"),
))
