# -*- coding: utf-8 -*-
"""Hand D — Anh Võ Thành Phong, chuyên viên tổng hợp ở các đơn vị thuộc Sở.
Headings are bold paragraphs (no Word styles), in sentence case with typed numbers. The report
carries TWO Word tables of the same tasks: "Bảng 1. Nhiệm vụ theo Kế hoạch" (role, planned
product/target, time) copied from the plan, then "Bảng 2. Kết quả thực hiện" (results,
"Mức độ hoàn thành"). Bảng 2 keeps Bảng 1's STT but lists the rows in a different order.
Targets in Bảng 1 are never results."""
from common import *


def hand_d(fname, unit_up, unit_name, abbr_place, number, date_words, opening, kh_rows, kq_rows, remarks,
           diffs, props, signer_title, signer, noi_nhan):
    d = new_doc(size=13)
    header_block(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", unit_up, "", "Số: " + number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  "//Thành phố Hồ Chí Minh, %s//" % date_words], widths=(7.5, 9))
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh" if "CHI CỤC" not in unit_up
         else "Kính gửi: Ban Giám đốc Sở Khoa học và Công nghệ", align="c")
    for t in opening:
        para(d, t, align="j", indent=1.0)
    para(d, "1. Nhiệm vụ được giao theo Kế hoạch", bold=True)
    para(d, "Bảng 1. Nhiệm vụ %s được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026" % abbr_place,
         italic=True, align="c")
    table(d, [["STT", "Nhiệm vụ", "Vai trò", "Sản phẩm / chỉ tiêu dự kiến", "Thời gian"]] + kh_rows,
          widths=[1.1, 6.8, 2.0, 4.2, 2.6], size=11)
    para(d, "")
    para(d, "2. Kết quả thực hiện", bold=True)
    para(d, "Bảng 2. Kết quả thực hiện các nhiệm vụ tại Bảng 1", italic=True, align="c")
    table(d, [["STT", "Nhiệm vụ", "Kết quả thực hiện", "Mức độ hoàn thành"]] + kq_rows,
          widths=[1.1, 4.6, 8.2, 2.8], size=11)
    para(d, "")
    for t in remarks:
        para(d, t, align="j", indent=1.0)
    para(d, "3. Khó khăn, vướng mắc", bold=True)
    for t in diffs:
        para(d, "- " + t, align="j", indent=1.0)
    para(d, "4. Đề xuất, kiến nghị", bold=True)
    for t in props:
        para(d, "- " + t, align="j", indent=1.0)
    signature(d, ["Nơi nhận:"] + noi_nhan, signer_title + ["", "", "", signer])
    d.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ D1 Chi cục TĐC
def d1():
    fname = "ChiCucTDC_615-BC-TDC_CT38_2026.docx"
    diffs = [
        "Biên chế của Chi cục chưa tương xứng với khối lượng nhiệm vụ sau khi hợp nhất địa bàn ba tỉnh, thành phố; nhiều công chức phải kiêm nhiệm.",
        "Kinh phí mua mẫu khảo sát chất lượng chưa đáp ứng được phạm vi địa bàn mở rộng.",
        "Một số phường, xã chưa có đầu mối theo dõi công tác tiêu chuẩn, đo lường, chất lượng nên việc phối hợp kiểm tra theo phân quyền còn chậm.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ trình Ủy ban nhân dân Thành phố bổ sung biên chế cho Chi cục trong năm 2027.",
        "Đề nghị Sở bố trí bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.",
        "Đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức các khóa đào tạo chuyên gia đánh giá Giải thưởng Chất lượng Quốc gia tại phía Nam.",
    ]
    kh = [
        ["1", "Tập huấn văn bản quy phạm pháp luật về TĐC; Tọa đàm với doanh nghiệp nhập khẩu (II.1.a)", "Chủ trì", "06 lớp tập huấn; 01 tọa đàm; 450 lượt người", "Quý I–III"],
        ["2", "Tuyên truyền, hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia (II.1.b)", "Thực hiện", "10 doanh nghiệp tham dự", "Quý I–II"],
        ["3", "Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100 (II.2.a)", "Chủ trì", "Kế hoạch năm 2027", "Quý IV"],
        ["4", "Hoạt động Giải thưởng Chất lượng Quốc gia (II.2.b)", "Thực hiện", "Hồ sơ đề xuất xét thưởng", "Quý II–IV"],
        ["5", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng (II.2.d)", "Chủ trì", "20 doanh nghiệp", "Thường xuyên"],
        ["6", "Góp ý TCVN, QCVN; xây dựng QCĐP (II.2.e)", "Chủ trì", "Theo yêu cầu", "Quý IV"],
        ["7", "Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã (II.3.a)", "Thực hiện", "05 lớp", "Quý II–IV"],
        ["8", "Duy trì chuẩn đo lường, liên kết chuẩn (II.4.c)", "Chủ trì", "30 chuẩn được hiệu chuẩn", "Thường xuyên"],
        ["9", "Kiểm tra về tiêu chuẩn, đo lường, chất lượng (II.5.a)", "Chủ trì", "25 cuộc kiểm tra", "Thường xuyên"],
        ["10", "Khảo sát chất lượng sản phẩm, hàng hóa (II.5.b)", "Chủ trì", "200 mẫu", "Thường xuyên"],
    ]
    kq = [
        ["1", "Tập huấn, tọa đàm", "Tổ chức 05 lớp tập huấn văn bản quy phạm pháp luật với 412 lượt người tham dự; 01 buổi Tọa đàm "
              "với doanh nghiệp nhập khẩu có 65 đại biểu doanh nghiệp (tổng cộng 06 lớp/buổi, 477 lượt). Kinh phí đã sử dụng 96.400.000 đồng.", "Hoàn thành"],
        ["2", "Giải thưởng CLQG – tuyên truyền", "Hướng dẫn 14 doanh nghiệp hoàn thiện hồ sơ tham dự Giải thưởng Chất lượng Quốc gia năm 2026.", "Hoàn thành"],
        ["4", "Giải thưởng CLQG – tổ chức xét thưởng", "Hội đồng sơ tuyển đang đánh giá hồ sơ, dự kiến trình Hội đồng quốc gia trong tháng 11/2026.", "Đang thực hiện"],
        ["5", "Hỗ trợ áp dụng hệ thống quản lý", "Hỗ trợ, hướng dẫn 23 doanh nghiệp áp dụng ISO 9001, ISO 22000, HACCP và công bố hợp quy.", "Đang thực hiện"],
        ["6", "Góp ý TCVN, QCVN", "Góp ý 17 dự thảo TCVN, QCVN theo đề nghị của Bộ Khoa học và Công nghệ, các bộ ngành.", "Đang thực hiện"],
        ["7", "Tập huấn công chức", "Tổ chức 04 lớp nghiệp vụ cho công chức sở, ngành và phường, xã, đặc khu với 356 lượt công chức.", "Đang thực hiện"],
        ["8", "Chuẩn đo lường", "Hiệu chuẩn, liên kết 28 chuẩn đo lường chính đến chuẩn quốc gia.", "Đang thực hiện"],
        ["10", "Khảo sát chất lượng", "Lấy 180 mẫu xăng dầu, khí dầu mỏ hóa lỏng, mũ bảo hiểm để khảo sát chất lượng.", "Đang thực hiện"],
        ["9", "Kiểm tra", "Tổ chức 21 cuộc kiểm tra tại 248 cơ sở; phát hiện 19 cơ sở vi phạm; xử phạt 186.750.000 đồng.", "Đang thực hiện"],
        ["3", "Chương trình 1322, Đề án 996, Đề án 100", "Nhiệm vụ có thời gian thực hiện trong Quý IV/2026.", "Chưa thực hiện"],
    ]
    hand_d(fname, "CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục",
           "615/BC-TĐC", "ngày 29 tháng 10 năm 2026",
           ["Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo tình hình thực hiện các nhiệm vụ được giao "
            "chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở (số liệu đến ngày 25/10/2026) như sau:"],
           kh, kq, ["Tổng hợp: 02/10 nhiệm vụ hoàn thành, 07/10 nhiệm vụ đang thực hiện, 01/10 nhiệm vụ chưa thực hiện."],
           diffs, props, ["CHI CỤC TRƯỞNG"], "Đặng Quốc Khánh",
           ["- Như trên;", "- Phòng KT-PC (phối hợp);", "- Lưu: VT, HCTH."])
    entries = [
        E("II.1.a", "completed", {"training_courses": 6, "participants": 477, "budget_spent_vnd": 96400000},
          "Tổ chức 05 lớp tập huấn … 412 lượt …; 01 buổi Tọa đàm … 65 đại biểu (tổng cộng 06 lớp/buổi, 477 lượt). Kinh phí … 96.400.000 đồng."),
        E("II.1.b", "completed", {"enterprises_supported": 14},
          "Hướng dẫn 14 doanh nghiệp hoàn thiện hồ sơ tham dự Giải thưởng Chất lượng Quốc gia"),
        E("II.2.b", "in_progress", {}, "Hội đồng sơ tuyển đang đánh giá hồ sơ"),
        E("II.2.d", "in_progress", {"enterprises_supported": 23}, "Hỗ trợ, hướng dẫn 23 doanh nghiệp áp dụng ISO 9001 …"),
        E("II.2.e", "in_progress", {"standards_reviewed": 17}, "Góp ý 17 dự thảo TCVN, QCVN"),
        E("II.3.a", "in_progress", {"training_courses": 4, "participants": 356},
          "Tổ chức 04 lớp nghiệp vụ cho công chức … với 356 lượt công chức."),
        E("II.4.c", "in_progress", {"instruments_verified": 28}, "Hiệu chuẩn, liên kết 28 chuẩn đo lường chính"),
        E("II.5.b", "in_progress", {"samples_tested": 180}, "Lấy 180 mẫu … để khảo sát chất lượng."),
        E("II.5.a", "in_progress", {"inspections": 21, "establishments_inspected": 248, "violations": 19, "fines_vnd": 186750000},
          "Tổ chức 21 cuộc kiểm tra tại 248 cơ sở; … 19 cơ sở vi phạm; xử phạt 186.750.000 đồng."),
        E("II.2.a", "not_started", {}, "Nhiệm vụ có thời gian thực hiện trong Quý IV/2026. – Chưa thực hiện"),
    ]
    key(fname, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "615/BC-TĐC", "2026-10-29",
        entries, diffs, props)


# ------------------------------------------------------------------ D2 Phòng Kiểm tra – Pháp chế
def d2():
    fname = "PhongKTPC_48_BC_CT38.docx"
    diffs = [
        "Quy định về phân quyền xử phạt vi phạm hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng cho cấp xã còn chưa được nhiều địa phương nắm rõ.",
    ]
    props = [
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp với Phòng biên soạn sổ tay hướng dẫn xử phạt vi phạm hành chính cho phường, xã, đặc khu.",
    ]
    kh = [
        ["1", "Đề xuất sửa đổi Luật, văn bản QPPL về TĐC (II.2.c)", "Phối hợp", "Văn bản góp ý", "Định kỳ/đột xuất"],
        ["2", "Rà soát, bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ (II.4.b)", "Phối hợp", "Danh mục phương tiện", "Thường xuyên"],
        ["3", "Kiểm tra, giám sát về TĐC (II.5.a)", "Phối hợp", "06 cuộc liên ngành", "Thường xuyên"],
        ["4", "Phối hợp UBND phường, xã thực hiện nội dung phân quyền (II.5.c)", "Phối hợp", "Hướng dẫn 168 đơn vị", "Thường xuyên"],
        ["5", "Khen thưởng, bảo vệ người tố giác; xử lý vi phạm (II.5.d)", "Phối hợp", "Khi phát sinh", "Thường xuyên"],
    ]
    kq = [
        ["3", "Kiểm tra liên ngành", "Phối hợp Chi cục tổ chức 06 cuộc kiểm tra liên ngành tại 58 cơ sở; phát hiện 07 cơ sở vi phạm, "
              "tham mưu xử phạt 42.000.000 đồng.", "Đang thực hiện"],
        ["1", "Góp ý văn bản QPPL", "Tham gia góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP và dự thảo Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi).", "Hoàn thành"],
        ["4", "Phối hợp phường, xã", "Hướng dẫn trực tiếp, qua điện thoại cho 12 phường, xã về thẩm quyền, trình tự xử phạt.", "Đang thực hiện"],
        ["5", "Tố giác, khen thưởng", "Không phát sinh.", "Không phát sinh"],
        ["2", "Phương tiện kỹ thuật nghiệp vụ", "Chưa có kinh phí mua sắm, bảo trì theo Nghị định 135/2021/NĐ-CP.", "Chưa thực hiện"],
    ]
    hand_d(fname, "PHÒNG KIỂM TRA – PHÁP CHẾ", "Phòng Kiểm tra – Pháp chế", "Phòng Kiểm tra – Pháp chế phối hợp",
           "48/BC-KTPC", "ngày 23 tháng 10 năm 2026",
           ["Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"],
           kh, kq, [], diffs, props, ["TRƯỞNG PHÒNG"], "Ngô Thanh Sơn",
           ["- Như trên;", "- Lãnh đạo Sở (b/c);", "- Lưu: KTPC."])
    entries = [
        E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 7, "fines_vnd": 42000000},
          "Phối hợp Chi cục tổ chức 06 cuộc kiểm tra liên ngành tại 58 cơ sở; … 07 cơ sở vi phạm, tham mưu xử phạt 42.000.000 đồng."),
        E("II.2.c", "completed", {}, "Tham gia góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP …"),
        E("II.5.c", "in_progress", {}, "Hướng dẫn … cho 12 phường, xã về thẩm quyền, trình tự xử phạt."),
        E("II.5.d", "not_applicable", {}, "Tố giác, khen thưởng: Không phát sinh."),
        E("II.4.b", "not_started", {}, "Chưa có kinh phí mua sắm, bảo trì … – Chưa thực hiện"),
    ]
    key(fname, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "48/BC-KTPC", "2026-10-23", entries, diffs, props)


# ------------------------------------------------------------------ D3 Trung tâm Dịch vụ Phân tích thí nghiệm
def d3():
    fname = "TTPTTN-392-BC-ketqua-CT38.docx"
    diffs = [
        "Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, thường xuyên hư hỏng, chi phí sửa chữa lớn.",
        "Thủ tục mua sắm thiết bị kéo dài nên tiến độ giải ngân chậm so với kế hoạch.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ ưu tiên bố trí vốn đầu tư thiết bị thử nghiệm năm 2027 cho Trung tâm.",
    ]
    kh = [
        ["1", "Củng cố, mở rộng dịch vụ kỹ thuật TĐC (II.2.g)", "Phối hợp", "Mở rộng 10 phép thử được công nhận", "Thường xuyên"],
        ["2", "Đào tạo về đo lường cho sinh viên (II.3.d)", "Phối hợp", "02 khóa", "Quý II–IV"],
        ["3", "Đầu tư cơ sở vật chất, trang thiết bị (II.4.a)", "Chủ trì", "Giải ngân 6,75 tỷ đồng", "Thường xuyên"],
        ["4", "Duy trì chuẩn đo lường (II.4.c)", "Phối hợp", "15 chuẩn", "Thường xuyên"],
        ["5", "Thử nghiệm mẫu khảo sát chất lượng (II.5.b)", "Phối hợp", "Theo đề nghị của Chi cục", "Thường xuyên"],
    ]
    kq = [
        ["1", "Dịch vụ kỹ thuật", "Được công nhận mở rộng 14 phép thử theo ISO/IEC 17025; kiểm định, hiệu chuẩn 18.540 phương tiện đo cho doanh nghiệp, người dân.", "Đang thực hiện"],
        ["2", "Đào tạo sinh viên", "Phối hợp Trường Cao đẳng Kỹ thuật Cao Thắng tổ chức 02 khóa đào tạo kỹ thuật viên đo lường cho 85 sinh viên.", "Hoàn thành"],
        ["3", "Đầu tư thiết bị", "Đã giải ngân 4.186.000.000 đồng (đạt 62% kế hoạch vốn).", "Đang thực hiện"],
        ["5", "Thử nghiệm mẫu khảo sát", "Thử nghiệm 164 mẫu do Chi cục gửi (xăng dầu, mũ bảo hiểm).", "Đang thực hiện"],
        ["4", "Chuẩn đo lường", "Hiệu chuẩn 12 chuẩn đo lường phục vụ duy trì chuẩn của Thành phố.", "Đang thực hiện"],
    ]
    hand_d(fname, "TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG",
           "Trung tâm Dịch vụ Phân tích thí nghiệm", "Trung tâm", "392/BC-TTPTTN", "ngày 20 tháng 10 năm 2026",
           ["Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo "
            "kết quả thực hiện các nhiệm vụ tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"],
           kh, kq, [], diffs, props, ["GIÁM ĐỐC"], "Phan Thị Lệ Hằng",
           ["- Như trên;", "- Sở KH&CN (b/c);", "- Lưu: VT, KH."])
    entries = [
        E("II.2.g", "in_progress", {"instruments_verified": 18540},
          "Được công nhận mở rộng 14 phép thử …; kiểm định, hiệu chuẩn 18.540 phương tiện đo"),
        E("II.3.d", "completed", {"training_courses": 2, "participants": 85},
          "tổ chức 02 khóa đào tạo kỹ thuật viên đo lường cho 85 sinh viên."),
        E("II.4.a", "in_progress", {"budget_spent_vnd": 4186000000}, "Đã giải ngân 4.186.000.000 đồng (đạt 62% kế hoạch vốn)."),
        E("II.5.b", "in_progress", {"samples_tested": 164}, "Thử nghiệm 164 mẫu do Chi cục gửi"),
        E("II.4.c", "in_progress", {"instruments_verified": 12}, "Hiệu chuẩn 12 chuẩn đo lường"),
    ]
    key(fname, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "392/BC-TTPTTN", "2026-10-20", entries, diffs, props)


def build():
    d1(); d2(); d3()
