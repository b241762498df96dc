# Hands 3, 4, 5: DOCX reports
from common import *

SO_KHCN_KG = "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh."


# ---------------- HAND 3: Yến – half-year split lines ----------------
def h3_report(path, parent, unit_upper, number, date_line, title2, kinh_gui, intro, sections, diff, prop, sign):
    d = new_doc(size=13)
    header_block(d, parent, unit_upper, number, date_line)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title2, bold=True, align="c")
    para(d, "______", align="c")
    para(d, kinh_gui, align="c")
    para(d, intro, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for k, (title, lines, closing) in enumerate(sections, 1):
        para(d, f"{k}. {title}", bold=True, indent=1)
        for ln in lines:
            para(d, ln, align="j", indent=1)
        para(d, closing, align="j", indent=1)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for t in diff:
        para(d, "- " + t, align="j", indent=1)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for k, t in enumerate(prop, 1):
        para(d, f"{k}. {t}", align="j", indent=1)
    para(d, sign[0], align="j", indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + sign[1] + "."],
              [(s, {"bold": True, "align": "c"}) for s in sign[2:]])
    d.save(path)


# ---------------- HAND 4: Vinh – reply to the Chi cục's review comments ----------------
def h4_report(path, unit_upper, number, date_line, items, diff, prop, sign, intro):
    d = new_doc(size=13)
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", unit_upper, number, date_line)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Cập nhật kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "(theo ý kiến rà soát của Chi cục Tiêu chuẩn Đo lường Chất lượng tại Phiếu rà soát ngày 25/9/2026)", italic=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.", align="c")
    para(d, intro, align="j", indent=1)
    for k, (title, comment, update) in enumerate(items, 1):
        para(d, f"Mục {k}. {title}", bold=True)
        para(d, runs=[("Ý kiến rà soát của Chi cục: ", {"italic": True, "bold": True}), (f"«{comment}»", {"italic": True})], align="j", indent=1)
        para(d, runs=[("Phòng cập nhật: ", {"bold": True}), (update, {})], align="j", indent=1)
    para(d, "Khó khăn, vướng mắc:", bold=True)
    for t in diff:
        para(d, "- " + t, align="j", indent=1)
    para(d, "Kiến nghị:", bold=True)
    for t in prop:
        para(d, "- " + t, align="j", indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Phó Giám đốc Sở phụ trách (để b/c);", "- Lưu: " + sign[0] + "."],
              [(s, {"bold": True, "align": "c"}) for s in sign[1:]])
    d.save(path)


# ---------------- HAND 5: group tables with same-period 2025 comparison ----------------
def comp_table(d, rows, cur_head):
    t = grid_table(d, 2 + len(rows), 5)
    a = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(a, [("Chỉ tiêu", {"bold": True, "align": "c"})], size=12)
    a = t.cell(0, 1).merge(t.cell(1, 1)); cell_text(a, [("ĐVT", {"bold": True, "align": "c"})], size=12)
    a = t.cell(0, 2).merge(t.cell(0, 3)); cell_text(a, [("Kết quả thực hiện", {"bold": True, "align": "c"})], size=12)
    cell_text(t.cell(1, 2), [("Cùng kỳ 2025", {"bold": True, "align": "c"})], size=12)
    cell_text(t.cell(1, 3), [(cur_head, {"bold": True, "align": "c"})], size=12)
    a = t.cell(0, 4).merge(t.cell(1, 4)); cell_text(a, [("So sánh 2026/2025 (%)", {"bold": True, "align": "c"})], size=12)
    for i, (lab, dvt, old, new, money) in enumerate(rows, 2):
        cell_text(t.cell(i, 0), [lab], size=12)
        cell_text(t.cell(i, 1), [(dvt, {"align": "c"})], size=12)
        cell_text(t.cell(i, 2), [(vn(old, pad=not money), {"align": "r"})], size=12)
        cell_text(t.cell(i, 3), [(vn(new, pad=not money), {"align": "r"})], size=12)
        cell_text(t.cell(i, 4), [(pct(new, old), {"align": "r"})], size=12)
    return t

def h5_report(path, parent, unit_upper, number, date_line, title2, kinh_gui, intro, groups, diff, prop, sign, cur_head):
    d = new_doc(size=13)
    header_block(d, parent, unit_upper, number, date_line)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title2, bold=True, align="c")
    para(d, kinh_gui, align="c")
    para(d, intro, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    n = 0
    for k, (gtitle, lead, rows) in enumerate(groups, 1):
        para(d, f"{k}. {gtitle}", bold=True, indent=1)
        para(d, lead, align="j", indent=1)
        if rows:
            n += 1
            para(d, f"Bảng {n}. Số liệu nhóm nội dung {k}", italic=True, align="c", size=12)
            comp_table(d, rows, cur_head)
            para(d, "")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for t in diff:
        para(d, "- " + t, align="j", indent=1)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for t in prop:
        para(d, "- " + t, align="j", indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Lưu: " + sign[0] + "."],
              [(s, {"bold": True, "align": "c"}) for s in sign[1:]])
    d.save(path)


def build_docx_reports(P, key, E):
    # ================= HAND 3 =================
    f = "STP_BaoCao_CT38_2026.docx"
    diff = ["Công chức làm công tác phổ biến pháp luật kiêm nhiệm nhiều lĩnh vực, chưa có chuyên môn sâu về tiêu chuẩn, đo lường, chất lượng."]
    prop = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu hỏi đáp pháp luật về tiêu chuẩn, đo lường, chất lượng để Sở Tư pháp lồng ghép vào Tủ sách pháp luật điện tử."]
    h3_report(P(f), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", ["SỞ TƯ PHÁP"], "Số: 3307/BC-STP",
              "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
              "Kết quả thực hiện nội dung phối hợp Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              SO_KHCN_KG,
              "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Sở Tư pháp báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
              [("Lồng ghép phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
                ["- 6 tháng đầu năm 2026: tổ chức 02 hội nghị phổ biến pháp luật (lồng ghép Luật Chất lượng sản phẩm, hàng hóa sửa đổi) với 280 đại biểu; biên soạn 04 tài liệu hỏi đáp.",
                 "- Từ tháng 7/2026 đến nay: tổ chức 01 hội nghị với 140 đại biểu; phát hành thêm 02 tài liệu.",
                 "- Tính từ đầu năm: 03 hội nghị, 420 lượt đại biểu, 06 tài liệu tuyên truyền."],
                "Nội dung này đã hoàn thành theo kế hoạch của Sở."),
               ("Thẩm định, góp ý dự thảo văn bản quy phạm pháp luật có liên quan",
                ["- 6 tháng đầu năm 2026: góp ý 01 dự thảo Quyết định của UBND Thành phố về phân cấp quản lý nhà nước về đo lường.",
                 "- Từ tháng 7/2026 đến nay: thẩm định 01 dự thảo Quyết định nêu trên trước khi trình ban hành."],
                "Nội dung này đã hoàn thành đối với các yêu cầu phát sinh."),
               ("Cử công chức tham dự tập huấn nghiệp vụ",
                ["- 6 tháng đầu năm 2026: không phát sinh.",
                 "- Từ tháng 7/2026 đến nay: cử 06 công chức tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 18/8/2026."],
                "Nội dung này đã hoàn thành."),
               ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                ["- 6 tháng đầu năm 2026: cập nhật 12 quy trình nội bộ theo các thủ tục hành chính mới.",
                 "- Từ tháng 7/2026 đến nay: đang chuẩn bị đánh giá nội bộ (dự kiến tháng 11/2026)."],
                "Nội dung này đang thực hiện.")],
              diff, prop, ["Trên đây là báo cáo của Sở Tư pháp./.", "PBGDPL", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lâm Hoàng Phúc"])
    key(f, "SO-TP", "Sở Tư pháp", "3307/BC-STP", "2026-10-30", [
        E("II.1.a", "completed", "Lồng ghép phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng: tính từ đầu năm 03 hội nghị, 420 lượt đại biểu, 06 tài liệu tuyên truyền", training_courses=3, participants=420, communications=6),
        E("II.2.c", "completed", "Thẩm định, góp ý dự thảo văn bản quy phạm pháp luật có liên quan"),
        E("II.3.a", "completed", "Cử 06 công chức tham dự lớp tập huấn do Chi cục TĐC tổ chức", participants=6),
        E("II.2.đ", "in_progress", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đang chuẩn bị đánh giá nội bộ"),
    ], diff, prop)

    f = "SVHTT_BC_CT38_2026.docx"
    diff = ["Kinh phí tuyên truyền về tiêu chuẩn, đo lường, chất lượng không được bố trí riêng, phải lồng ghép trong kinh phí thông tin cổ động chung."]
    prop = ["Đề nghị Sở Khoa học và Công nghệ cung cấp maket, nội dung tuyên truyền để các thiết chế văn hóa cơ sở sử dụng thống nhất.",
            "Đề nghị Chi cục TĐC gửi lịch các sự kiện của ngành (Ngày Đo lường Việt Nam, Ngày Tiêu chuẩn Thế giới) trước 30 ngày để Sở chủ động bố trí."]
    h3_report(P(f), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", ["SỞ VĂN HÓA VÀ THỂ THAO"], "Số: 4581/BC-SVHTT",
              "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026 (phần việc của Sở Văn hóa và Thể thao)",
              "Kính gửi: Sở Khoa học và Công nghệ.",
              "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Văn hóa và Thể thao báo cáo kết quả thực hiện như sau:",
              [("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên các thiết chế văn hóa, cổ động trực quan",
                ["- 6 tháng đầu năm 2026: thực hiện 05 tin, bài nhân Ngày Đo lường Việt Nam (20/01) và Ngày Quyền của người tiêu dùng Việt Nam (15/3).",
                 "- Từ tháng 7/2026 đến nay: thực hiện 07 tin, bài, phóng sự nhân Ngày Tiêu chuẩn Thế giới (14/10).",
                 "- Tính từ đầu năm: 12 tin, bài; kinh phí in ấn, sản xuất đã sử dụng 14,2 triệu đồng."],
                "Nội dung này đang tiếp tục thực hiện đến cuối năm."),
               ("Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
                ["- 6 tháng đầu năm 2026: ban hành Kế hoạch duy trì hệ thống quản lý chất lượng năm 2026.",
                 "- Từ tháng 7/2026 đến nay: hoàn thành đánh giá nội bộ ngày 15/9/2026, họp xem xét của lãnh đạo ngày 30/9/2026."],
                "Nội dung này đã hoàn thành."),
               ("Cử công chức tham dự tập huấn",
                ["- 6 tháng đầu năm 2026: cử 03 công chức tham dự hội nghị tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các sở, ngành.",
                 "- Từ tháng 7/2026 đến nay: không phát sinh."],
                "Nội dung này đã hoàn thành."),
               ("Cập nhật các điều ước, thỏa thuận quốc tế có liên quan",
                ["- 6 tháng đầu năm 2026 và từ tháng 7/2026 đến nay: không có điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng liên quan đến lĩnh vực văn hóa, thể thao."],
                "Nội dung này không phát sinh.")],
              diff, prop, ["Sở Văn hóa và Thể thao báo cáo để Sở Khoa học và Công nghệ tổng hợp./.", "VP", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Thị Minh Châu"])
    key(f, "SO-VHTT", "Sở Văn hóa và Thể thao", "4581/BC-SVHTT", "2026-11-04", [
        E("II.1.a", "in_progress", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: tính từ đầu năm 12 tin, bài; kinh phí 14,2 triệu đồng", communications=12, budget_spent_vnd=14200000),
        E("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở"),
        E("II.3.a", "completed", "Cử 03 công chức tham dự hội nghị tập huấn nghiệp vụ", participants=3),
        E("II.6.a", "not_applicable", "Cập nhật các điều ước, thỏa thuận quốc tế: không phát sinh"),
    ], diff, prop)

    f = "TTTP_bao_cao_CT38.docx"
    diff = ["Việc xác định sai số phương tiện đo tại hiện trường phải chờ đơn vị kiểm định, kéo dài thời gian thanh tra."]
    prop = ["Đề nghị Sở Khoa học và Công nghệ cử công chức có chuyên môn đo lường tham gia đoàn thanh tra khi được trưng tập."]
    h3_report(P(f), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", ["THANH TRA THÀNH PHỐ"], "Số: 218/BC-TTTP",
              "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
              "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              SO_KHCN_KG,
              "Thanh tra Thành phố báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:",
              [("Thanh tra chuyên đề việc chấp hành pháp luật về đo lường, chất lượng trong kinh doanh xăng dầu, khí",
                ["- 6 tháng đầu năm 2026: 01 cuộc thanh tra tại 08 cơ sở, phát hiện 02 cơ sở vi phạm, kiến nghị xử phạt 30 triệu đồng.",
                 "- Từ tháng 7/2026 đến nay: 01 cuộc tại 10 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 32,5 triệu đồng.",
                 "- Tính từ đầu năm: 02 cuộc, 18 cơ sở, 04 cơ sở vi phạm, tổng số tiền xử phạt 62,5 triệu đồng."],
                "Nội dung này đang thực hiện (cuộc thanh tra thứ hai đang hoàn thiện dự thảo kết luận)."),
               ("Tiếp nhận, xử lý đơn phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
                ["- 6 tháng đầu năm 2026: tiếp nhận 02 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu, đã chuyển Sở Khoa học và Công nghệ xử lý theo thẩm quyền.",
                 "- Từ tháng 7/2026 đến nay: không phát sinh."],
                "Nội dung này đã hoàn thành."),
               ("Cử thanh tra viên tham dự tập huấn",
                ["- 6 tháng đầu năm 2026: không phát sinh.",
                 "- Từ tháng 7/2026 đến nay: cử 05 thanh tra viên tham dự lớp tập huấn nghiệp vụ đo lường do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."],
                "Nội dung này đã hoàn thành."),
               ("Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
                ["- 6 tháng đầu năm 2026 và từ tháng 7/2026 đến nay: Thanh tra Thành phố không nhận được đề nghị góp ý."],
                "Nội dung này không phát sinh.")],
              diff, prop, ["Trên đây là báo cáo của Thanh tra Thành phố./.", "VT, P.NV2", "KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "", "", "Võ Văn Hiếu"])
    key(f, "THANHTRA-TP", "Thanh tra Thành phố", "218/BC-TTTP", "2026-10-31", [
        E("II.5.a", "in_progress", "Thanh tra chuyên đề đo lường, chất lượng xăng dầu, khí: tính từ đầu năm 02 cuộc, 18 cơ sở, 04 vi phạm, 62,5 triệu đồng", inspections=2, establishments_inspected=18, violations=4, fines_vnd=62500000),
        E("II.5.d", "completed", "Tiếp nhận 02 đơn phản ánh về gian lận đo lường, chuyển Sở KH&CN xử lý"),
        E("II.3.a", "completed", "Cử 05 thanh tra viên tham dự lớp tập huấn nghiệp vụ đo lường", participants=5),
        E("II.2.c", "not_applicable", "Góp ý dự thảo văn bản QPPL: không phát sinh"),
    ], diff, prop)

    f = "SGDDT_BC_KH_CDS_2026.docx"
    h3_report(P(f), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "Số: 5120/BC-SGDĐT",
              "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026",
              "Kết quả thực hiện Kế hoạch chuyển đổi số ngành Giáo dục và Đào tạo năm 2026",
              SO_KHCN_KG,
              "Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026, Sở Giáo dục và Đào tạo báo cáo kết quả chuyển đổi số của ngành như sau:",
              [("Hạ tầng số tại các cơ sở giáo dục",
                ["- 6 tháng đầu năm 2026: nâng cấp đường truyền cho 214 trường học.",
                 "- Từ tháng 7/2026 đến nay: lắp đặt thêm 96 phòng học thông minh.",
                 "- Tính từ đầu năm: 214 trường được nâng cấp đường truyền, 96 phòng học thông minh."],
                "Nội dung này đang thực hiện."),
               ("Học bạ số, văn bằng số",
                ["- 6 tháng đầu năm 2026: triển khai học bạ số cấp tiểu học tại 100% trường.",
                 "- Từ tháng 7/2026 đến nay: mở rộng học bạ số cấp trung học cơ sở."],
                "Nội dung này đang thực hiện."),
               ("Bồi dưỡng kỹ năng số cho giáo viên",
                ["- 6 tháng đầu năm 2026: 12 lớp với 3.150 giáo viên.",
                 "- Từ tháng 7/2026 đến nay: 05 lớp với 1.240 giáo viên.",
                 "- Tính từ đầu năm: 17 lớp, 4.390 lượt giáo viên."],
                "Nội dung này đã hoàn thành.")],
              ["Kinh phí đầu tư thiết bị số tại các trường còn hạn chế."],
              ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối nền tảng dữ liệu ngành giáo dục với kho dữ liệu dùng chung của Thành phố."],
              ["Trên đây là báo cáo kết quả chuyển đổi số của Sở Giáo dục và Đào tạo./.", "VT, CNTT", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Văn Thắng"])
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "5120/BC-SGDĐT", "2026-10-20", [], [], [],
        status="rejected", reason="Báo cáo kết quả chuyển đổi số ngành Giáo dục và Đào tạo, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")

    # ================= HAND 4 =================
    f = "PKTPC_capnhat_CT38_sau_ra_soat.docx"
    diff = ["Số lượng công chức thực hiện công tác kiểm tra, xử phạt của Phòng còn mỏng (04 người) trong khi số cơ sở cần kiểm tra lớn."]
    prop = ["Đề nghị Chi cục chia sẻ kế hoạch kiểm tra Quý IV để Phòng chủ động bố trí nhân sự."]
    h4_report(P(f), ["PHÒNG KIỂM TRA – PHÁP CHẾ"], "Số: 96/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026", [
        ("Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng",
         "Báo cáo 6 tháng của Phòng nêu 05 cuộc kiểm tra; đề nghị cập nhật số liệu đến tháng 10 và số tiền xử phạt.",
         "Đến ngày 20/10/2026, Phòng đã phối hợp với Chi cục thực hiện 11 cuộc kiểm tra tại 96 cơ sở, phát hiện 14 cơ sở vi phạm; Giám đốc Sở đã ký quyết định xử phạt với tổng số tiền 128.750.000 đồng. Công tác kiểm tra vẫn đang thực hiện theo kế hoạch Quý IV."),
        ("Hướng dẫn phường, xã, đặc khu thực hiện nội dung được phân quyền",
         "Chưa thể hiện số buổi hướng dẫn và số người tham dự.",
         "Phòng đã phối hợp tổ chức 02 buổi hướng dẫn nghiệp vụ xử phạt vi phạm hành chính về đo lường, chất lượng cho 168 lượt công chức phường, xã, đặc khu. Nội dung đã hoàn thành."),
        ("Rà soát, kiểm định thiết bị kỹ thuật nghiệp vụ",
         "Đề nghị nêu rõ tình trạng.",
         "Đã rà soát và gửi kiểm định, hiệu chuẩn 12 thiết bị kỹ thuật nghiệp vụ (cân, bình chuẩn kim loại, thiết bị đo nồng độ cồn); còn 03 thiết bị đang chờ sửa chữa nên chưa hoàn thành, Phòng tiếp tục thực hiện."),
        ("Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "Không có ý kiến.",
         "Giữ nguyên nội dung đã báo cáo: Phòng đã góp ý 02 dự thảo (Nghị định sửa đổi Nghị định 119/2017/NĐ-CP; Thông tư về đo lường đối với phương tiện đo nhóm 2). Đã hoàn thành."),
        ("Tiếp nhận tố giác, bảo vệ người tố giác",
         "Bổ sung nếu có phát sinh.",
         "Đến nay không phát sinh đơn tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng."),
    ], diff, prop, ["VT, KTPC", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "", "Đỗ Quang Vinh"],
        "Ngày 25/9/2026, Chi cục Tiêu chuẩn Đo lường Chất lượng có Phiếu rà soát báo cáo 6 tháng của các phòng, đơn vị. Phòng Kiểm tra – Pháp chế cập nhật, giải trình theo từng ý kiến như sau:")
    key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "96/BC-KTPC", "2026-10-23", [
        E("II.5.a", "in_progress", "Phối hợp với Chi cục thực hiện 11 cuộc kiểm tra tại 96 cơ sở, 14 cơ sở vi phạm, xử phạt 128.750.000 đồng", inspections=11, establishments_inspected=96, violations=14, fines_vnd=128750000),
        E("II.5.c", "completed", "02 buổi hướng dẫn nghiệp vụ cho 168 lượt công chức phường, xã, đặc khu", training_courses=2, participants=168),
        E("II.4.b", "in_progress", "Gửi kiểm định, hiệu chuẩn 12 thiết bị kỹ thuật nghiệp vụ; còn 03 thiết bị chờ sửa chữa", instruments_verified=12),
        E("II.2.c", "completed", "Góp ý 02 dự thảo văn bản quy phạm pháp luật"),
        E("II.5.d", "not_applicable", "Không phát sinh đơn tố giác"),
    ], diff, prop)

    f = "PQLKH_BC_capnhat_CT38.docx"
    diff = ["Quy định về hồ sơ thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND mới ban hành, còn nhiều điểm chưa có hướng dẫn chi tiết."]
    prop = ["Đề nghị Văn phòng Sở hướng dẫn thống nhất mẫu hồ sơ đề xuất thu hút chuyên gia.",
            "Kiến nghị Sở báo cáo UBND Thành phố sớm ban hành hướng dẫn mức hỗ trợ chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    h4_report(P(f), ["PHÒNG QUẢN LÝ KHOA HỌC"], "Số: 71/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", [
        ("Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng",
         "Báo cáo trước chưa nêu kết quả theo Quyết định 05/2026/QĐ-UBND.",
         "Phòng đã tiếp nhận 03 hồ sơ đề xuất thu hút chuyên gia; đã trình UBND Thành phố 01 hồ sơ chuyên gia đo lường – hiệu chuẩn; 02 hồ sơ đang thẩm định. Nội dung đang thực hiện."),
        ("Nhiệm vụ khoa học và công nghệ hỗ trợ nâng cao năng suất, chất lượng (Chương trình 1322)",
         "Đề nghị bổ sung kinh phí đã giải ngân.",
         "Trong năm, Phòng quản lý 02 nhiệm vụ khoa học và công nghệ về năng suất, chất lượng; kinh phí đã giải ngân 1.350 triệu đồng (đạt 62% dự toán). Các nhiệm vụ đang triển khai."),
        ("Hội thảo về năng suất (phối hợp với Chi cục)",
         "Đề nghị nêu số đại biểu.",
         "Phối hợp tổ chức 01 hội thảo «Năng suất xanh trong doanh nghiệp nhỏ và vừa» ngày 12/6/2026 với 86 đại biểu tham dự. Đã hoàn thành."),
        ("Hợp tác với Tổ chức Năng suất Châu Á (APO)",
         "Không có ý kiến.",
         "Trong kỳ không có yêu cầu từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia; nội dung không phát sinh."),
    ], diff, prop, ["VT, QLKH", "TRƯỞNG PHÒNG", "", "", "Hồ Thị Bích Ngân"],
        "Thực hiện Phiếu rà soát ngày 25/9/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, Phòng Quản lý Khoa học cập nhật kết quả thực hiện như sau:")
    key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "71/BC-QLKH", "2026-10-27", [
        E("II.3.c", "in_progress", "Tiếp nhận 03 hồ sơ thu hút chuyên gia, trình 01 hồ sơ, 02 hồ sơ đang thẩm định"),
        E("II.2.a", "in_progress", "02 nhiệm vụ KH&CN về năng suất, chất lượng; kinh phí đã giải ngân 1.350 triệu đồng", budget_spent_vnd=1350000000),
        E("II.3.b", "completed", "01 hội thảo Năng suất xanh với 86 đại biểu", training_courses=1, participants=86),
        E("II.6.b", "not_applicable", "Hợp tác APO: không phát sinh"),
    ], diff, prop)

    f = "VPS_capnhat_BC_CT38.docx"
    diff = ["Thời gian lựa chọn nhà thầu thiết bị kéo dài do giá thiết bị biến động, phải điều chỉnh dự toán."]
    prop = ["Đề nghị Chi cục TĐC gửi báo cáo tổng hợp trước ngày 05/11/2026 để Văn phòng kịp trình ký báo cáo UBND Thành phố."]
    h4_report(P(f), ["VĂN PHÒNG SỞ"], "Số: 152/BC-VP", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", [
        ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở",
         "Báo cáo lần trước ghi \"đang thực hiện\"; đề nghị cập nhật kết quả đánh giá nội bộ.",
         "Văn phòng đã phối hợp Chi cục tổ chức đánh giá nội bộ tại 11 phòng, đơn vị (tháng 8/2026) và họp xem xét của lãnh đạo ngày 05/9/2026; đã công bố lại hệ thống quản lý chất lượng. Nội dung đã hoàn thành."),
        ("Kết nối Cổng thông tin một cửa quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính",
         "Đề nghị làm rõ kết quả.",
         "Đã hoàn thành việc cấu hình 14 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố từ tháng 3/2026."),
        ("Đầu tư trang thiết bị cho đơn vị sự nghiệp",
         "Cập nhật tiến độ mua sắm.",
         "Văn phòng đã thẩm định, trình Giám đốc Sở phê duyệt kế hoạch lựa chọn nhà thầu 02 gói thiết bị của Trung tâm; gói thứ hai đang đấu thầu lại. Đang thực hiện."),
        ("Tuyên truyền qua báo chí",
         "Chưa có số liệu.",
         "Văn phòng phối hợp các cơ quan báo chí đăng 09 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng; tiếp tục thực hiện trong Quý IV."),
        ("Tiếp nhận phản ánh qua đường dây nóng",
         "Không có ý kiến.",
         "Tiếp nhận 07 phản ánh qua đường dây nóng về đo lường, chất lượng, đã chuyển Chi cục xử lý; hoàn thành."),
    ], diff, prop, ["VT, TH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "Đỗ Quang Vinh"],
        "Văn phòng Sở nhận được Phiếu rà soát ngày 25/9/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng. Văn phòng cập nhật theo từng ý kiến như sau:")
    key(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "152/BC-VP", "2026-10-29", [
        E("II.2.đ", "completed", "Đánh giá nội bộ tại 11 phòng, đơn vị, họp xem xét của lãnh đạo, công bố lại HTQLCL"),
        E("II.2.h", "completed", "Cấu hình 14 thủ tục hành chính lĩnh vực TĐC trên Hệ thống thông tin giải quyết TTHC"),
        E("II.4.a", "in_progress", "Thẩm định, trình phê duyệt kế hoạch lựa chọn nhà thầu 02 gói thiết bị của Trung tâm"),
        E("II.1.a", "in_progress", "Phối hợp cơ quan báo chí đăng 09 tin, bài", communications=9),
        E("II.5.d", "completed", "Tiếp nhận 07 phản ánh qua đường dây nóng, chuyển Chi cục xử lý"),
    ], diff, prop)

    # ================= HAND 5 =================
    f = "CCTDC_BC_CT38_2026_trinh_So.docx"
    diff = ["Biên chế công chức của Chi cục giảm sau sắp xếp tổ chức trong khi địa bàn quản lý mở rộng sau hợp nhất Thành phố.",
            "Nhiều phường, xã, đặc khu chưa bố trí công chức đầu mối về tiêu chuẩn, đo lường, chất lượng."]
    prop = ["Đề nghị Sở trình UBND Thành phố bổ sung biên chế cho lực lượng kiểm tra của Chi cục.",
            "Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm hướng dẫn kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng với hệ thống của địa phương."]
    h5_report(P(f), "SỞ KHOA HỌC VÀ CÔNG NGHỆ", ["CHI CỤC TIÊU CHUẨN", "ĐO LƯỜNG CHẤT LƯỢNG"], "Số: 1874/BC-CCTĐC",
              "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu từ 01/01/2026 đến 20/10/2026)",
              "Kính gửi: Giám đốc Sở Khoa học và Công nghệ.",
              "Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, có so sánh với cùng kỳ năm 2025, như sau:",
              [("Về tuyên truyền, nâng cao nhận thức",
                "Chi cục đã hoàn thành các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và buổi tọa đàm với doanh nghiệp nhập khẩu theo kế hoạch. Số liệu so với cùng kỳ năm 2025 như sau:",
                [("Lớp tập huấn, tọa đàm đã tổ chức", "lớp", 5, 6, False), ("Lượt người tham dự", "lượt người", 610, 742, False)]),
               ("Về quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng",
                "Nội dung triển khai Chương trình 1322, Đề án 996 (thời hạn Quý IV/2026) đang thực hiện; việc hỗ trợ doanh nghiệp công bố hợp chuẩn, hợp quy và việc góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật là nhiệm vụ thường xuyên, đang tiếp tục thực hiện.",
                [("Doanh nghiệp được hỗ trợ nâng cao năng suất, chất lượng (Chương trình 1322, Đề án 996)", "doanh nghiệp", 21, 27, False),
                 ("Kinh phí hỗ trợ đã giải ngân (Chương trình 1322, Đề án 996)", "triệu đồng", 780, 1120, False),
                 ("Doanh nghiệp được hướng dẫn công bố hợp chuẩn, hợp quy", "doanh nghiệp", 58, 64, False),
                 ("Dự thảo TCVN, QCVN, QCĐP đã góp ý", "dự thảo", 26, 31, False)]),
               ("Về nguồn nhân lực",
                "Tập huấn, cập nhật kiến thức cho công chức các sở, ngành, UBND phường, xã, đặc khu đang thực hiện (còn 01 lớp dự kiến tháng 11/2026); chương trình bồi dưỡng cho viên chức, sinh viên các trường đại học, cao đẳng đã hoàn thành.",
                [("Lớp tập huấn cho công chức sở, ngành, phường, xã", "lớp", 3, 4, False),
                 ("Lượt công chức tham dự", "lượt người", 198, 236, False),
                 ("Lớp bồi dưỡng cho viên chức, sinh viên", "lớp", 2, 3, False),
                 ("Lượt học viên, sinh viên", "lượt người", 265, 410, False)]),
               ("Về phương tiện, thiết bị kỹ thuật nghiệp vụ",
                "Việc kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ năm 2026 đã hoàn thành.",
                [("Phương tiện, thiết bị kỹ thuật nghiệp vụ được kiểm định, hiệu chuẩn", "chiếc", 41, 48, False)]),
               ("Về kiểm tra, giám sát",
                "Công tác kiểm tra được duy trì thường xuyên, đang tiếp tục theo kế hoạch Quý IV/2026; kế hoạch khảo sát chất lượng sản phẩm, hàng hóa năm 2026 đã hoàn thành.",
                [("Cuộc kiểm tra", "cuộc", 19, 23, False), ("Cơ sở được kiểm tra", "cơ sở", 287, 318, False),
                 ("Cơ sở vi phạm", "cơ sở", 37, 41, False), ("Tiền xử phạt vi phạm hành chính", "đồng", 512000000, 587500000, True),
                 ("Mẫu khảo sát chất lượng", "mẫu", 240, 260, False)]),
               ("Về trao đổi thông tin, hợp tác",
                "Chi cục duy trì phát hành bản tin cảnh báo về hàng rào kỹ thuật trong thương mại (TBT) hằng tháng (đang thực hiện).",
                [("Bản tin TBT, thông báo của các nước thành viên WTO đã cập nhật", "số", 10, 12, False)])],
              diff, prop, ["VT, HCTH", "CHI CỤC TRƯỞNG", "", "", "Nguyễn Thanh Tùng"], "10 tháng 2026")
    key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1874/BC-CCTĐC", "2026-10-30", [
        E("II.1.a", "completed", "Lớp tập huấn văn bản QPPL và tọa đàm với DN nhập khẩu: 06 lớp, 742 lượt người", training_courses=6, participants=742),
        E("II.2.a", "in_progress", "Chương trình 1322, Đề án 996: 27 doanh nghiệp được hỗ trợ, kinh phí 1.120 triệu đồng", enterprises_supported=27, budget_spent_vnd=1120000000),
        E("II.2.d", "in_progress", "Hướng dẫn công bố hợp chuẩn, hợp quy: 64 doanh nghiệp", enterprises_supported=64),
        E("II.2.e", "in_progress", "Góp ý dự thảo TCVN, QCVN, QCĐP: 31 dự thảo", standards_reviewed=31),
        E("II.3.a", "in_progress", "Tập huấn công chức sở, ngành, phường, xã: 04 lớp, 236 lượt người", training_courses=4, participants=236),
        E("II.3.d", "completed", "Bồi dưỡng cho viên chức, sinh viên: 03 lớp, 410 lượt người", training_courses=3, participants=410),
        E("II.4.b", "completed", "Kiểm định, hiệu chuẩn 48 phương tiện, thiết bị kỹ thuật nghiệp vụ", instruments_verified=48),
        E("II.5.a", "in_progress", "Kiểm tra: 23 cuộc, 318 cơ sở, 41 vi phạm, 587.500.000 đồng", inspections=23, establishments_inspected=318, violations=41, fines_vnd=587500000),
        E("II.5.b", "completed", "Khảo sát chất lượng: 260 mẫu", samples_tested=260),
        E("II.6.a", "in_progress", "Bản tin TBT: 12 số", communications=12),
    ], diff, prop)

    f = "SATTP_BC_KH38_2026.docx"
    diff = ["Chỉ tiêu chất lượng của nhiều loại thực phẩm chưa có quy chuẩn kỹ thuật tương ứng để làm căn cứ kết luận."]
    prop = ["Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng kế hoạch kiểm tra liên ngành về nhãn hàng hóa thực phẩm năm 2027."]
    h5_report(P(f), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", ["SỞ AN TOÀN THỰC PHẨM"], "Số: 2045/BC-ATTP",
              "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026",
              "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
              SO_KHCN_KG,
              "Sở An toàn thực phẩm báo cáo kết quả phối hợp thực hiện các nội dung về tiêu chuẩn, đo lường, chất lượng đối với thực phẩm năm 2026 (số liệu cùng kỳ năm 2025 là của Ban Quản lý An toàn thực phẩm trước khi thành lập Sở) như sau:",
              [("Về tuyên truyền, tập huấn",
                "Sở đã hoàn thành kế hoạch tuyên truyền, tập huấn về ghi nhãn hàng hóa, công bố sản phẩm thực phẩm cho doanh nghiệp, hộ kinh doanh.",
                [("Hội nghị tập huấn", "lớp", 3, 2, False), ("Người tham dự", "lượt người", 410, 350, False), ("Tin, bài tuyên truyền", "tin, bài", 19, 26, False)]),
               ("Về tiêu chuẩn, quy chuẩn và hệ thống quản lý chất lượng",
                "Việc góp ý dự thảo quy chuẩn kỹ thuật quốc gia về thực phẩm đã hoàn thành theo đề nghị của Bộ Y tế. Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của Sở đang được xây dựng lại do Sở mới thành lập, chưa hoàn thành (đang thực hiện).",
                [("Dự thảo QCVN đã góp ý", "dự thảo", 4, 2, False)]),
               ("Về kiểm tra, giám sát",
                "Công tác phối hợp kiểm tra nhãn hàng hóa thực phẩm đang thực hiện; việc lấy mẫu giám sát chỉ tiêu chất lượng đã hoàn thành kế hoạch năm.",
                [("Cuộc kiểm tra phối hợp", "cuộc", 4, 5, False), ("Cơ sở được kiểm tra", "cơ sở", 39, 47, False),
                 ("Cơ sở vi phạm", "cơ sở", 8, 6, False), ("Tiền xử phạt", "đồng", 41000000, 35500000, True),
                 ("Mẫu thực phẩm lấy kiểm nghiệm chỉ tiêu chất lượng", "mẫu", 96, 112, False)])],
              diff, prop, ["VT, NVTT", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Phạm Khánh Phong Lan"], "Năm 2026 (đến 31/10)")
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "2045/BC-ATTP", "2026-11-05", [
        E("II.1.a", "completed", "Tuyên truyền, tập huấn về ghi nhãn, công bố sản phẩm thực phẩm: 02 lớp, 350 lượt người, 26 tin bài", training_courses=2, participants=350, communications=26),
        E("II.2.e", "completed", "Góp ý dự thảo QCVN về thực phẩm: 02 dự thảo", standards_reviewed=2),
        E("II.2.đ", "in_progress", "Hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở đang xây dựng lại"),
        E("II.5.a", "in_progress", "Phối hợp kiểm tra nhãn hàng hóa thực phẩm: 05 cuộc, 47 cơ sở, 06 vi phạm, 35.500.000 đồng", inspections=5, establishments_inspected=47, violations=6, fines_vnd=35500000),
        E("II.5.b", "completed", "Lấy mẫu giám sát chỉ tiêu chất lượng: 112 mẫu", samples_tested=112),
    ], diff, prop)

    f = "SDL_BC_thuc_hien_CT38.docx"
    diff = ["Doanh nghiệp du lịch chủ yếu quy mô nhỏ, chưa quan tâm áp dụng tiêu chuẩn quốc gia về dịch vụ du lịch."]
    prop = ["Đề nghị Chi cục TĐC phối hợp tổ chức 01 hội nghị giới thiệu TCVN về du lịch cho doanh nghiệp lữ hành trong năm 2027."]
    h5_report(P(f), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", ["SỞ DU LỊCH"], "Số: 1603/BC-SDL",
              "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
              "Kết quả thực hiện nội dung phối hợp Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              SO_KHCN_KG,
              "Sở Du lịch báo cáo kết quả thực hiện các nội dung liên quan đến ngành du lịch như sau:",
              [("Về tuyên truyền",
                "Tuyên truyền về tiêu chuẩn, chất lượng dịch vụ du lịch được lồng ghép trên trang thông tin điện tử và các sự kiện xúc tiến của Sở, đang thực hiện.",
                [("Tin, bài tuyên truyền", "tin, bài", 5, 8, False)]),
               ("Về áp dụng tiêu chuẩn và hệ thống quản lý chất lượng",
                "Việc hướng dẫn doanh nghiệp lữ hành, cơ sở lưu trú áp dụng TCVN về du lịch đã hoàn thành; góp ý dự thảo TCVN đã hoàn thành; hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở đang thực hiện (đang chuyển đổi sang hệ thống quản lý chất lượng điện tử).",
                [("Doanh nghiệp được hướng dẫn áp dụng TCVN về du lịch", "doanh nghiệp", 9, 14, False),
                 ("Dự thảo TCVN đã góp ý", "dự thảo", 1, 3, False)]),
               ("Về hợp tác quốc tế",
                "Trong năm không có yêu cầu phối hợp với Tổ chức Năng suất Châu Á (APO) về năng suất khu vực du lịch; nội dung không phát sinh.",
                [])],
              diff, prop, ["VT, QLLH", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Bùi Thị Ngọc Hiếu"], "Năm 2026")
    key(f, "SO-DL", "Sở Du lịch", "1603/BC-SDL", "2026-11-02", [
        E("II.1.a", "in_progress", "Tuyên truyền về tiêu chuẩn, chất lượng dịch vụ du lịch: 08 tin, bài", communications=8),
        E("II.2.d", "completed", "Hướng dẫn 14 doanh nghiệp áp dụng TCVN về du lịch", enterprises_supported=14),
        E("II.2.e", "completed", "Góp ý 03 dự thảo TCVN", standards_reviewed=3),
        E("II.2.đ", "in_progress", "Hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở đang thực hiện"),
        E("II.6.b", "not_applicable", "Phối hợp APO: không phát sinh"),
    ], diff, prop)
