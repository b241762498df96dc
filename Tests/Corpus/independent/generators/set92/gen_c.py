# -*- coding: utf-8 -*-
# =====================================================================================
# HAND C — "Minh": a công văn (V/v under the number, "Kính gửi"), 14 pt; every item is ONE
# sentence that STARTS with the status verb phrase ("Đã hoàn thành việc …", "Đang triển
# khai …", "Chưa phát sinh …") and ends with all its figures bundled in parentheses,
# separated by semicolons "(01 cuộc; 12 doanh nghiệp; …)". Items numbered "1.", "2." with no
# headings; difficulties and proposals under underlined "Khó khăn:" / "Kiến nghị:" labels,
# one "+ " line each.
# =====================================================================================

def hand_c(fname, parent, unit_upper, unit_name, so, vv, place_date, kinh_gui, intro, items, diffs, props, signer, role, luu):
    d = new_doc(size=14)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], f"{parent}\n{unit_upper}\n_______\nSố: {so}\n{vv}", align="c", size=12)
    ps = t.rows[0].cells[0].paragraphs
    for r_ in ps[1].runs:
        r_.bold = True
    for r_ in ps[4].runs:
        r_.font.size = Pt(11)
    cell_text(t.rows[0].cells[1], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n_________________\n\n" + place_date,
              align="c", size=12)
    for i in (0, 1):
        t.rows[0].cells[1].paragraphs[i].runs[0].bold = True
    t.rows[0].cells[1].paragraphs[4].runs[0].italic = True
    para(d)
    para(d, f"Kính gửi: {kinh_gui}", align="c")
    para(d)
    para(d, intro)
    for i, it in enumerate(items, 1):
        para(d, f"{i}. {it}")
    para(d, "Khó khăn:", underline=True)
    for x in diffs:
        para(d, "+ " + x)
    para(d, "Kiến nghị:", underline=True)
    for x in props:
        para(d, "+ " + x)
    para(d, f"{unit_name} báo cáo để Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Thành phố./.")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], "Nơi nhận:\n- Như trên;\n" + luu, size=11)
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True; t.rows[0].cells[0].paragraphs[0].runs[0].italic = True
    cell_text(t.rows[0].cells[1], role + "\n\n\n\n" + signer, bold=True, align="c")
    save_docx(d, fname)


# ---------------- C1 Thanh tra Thành phố
C1 = [
    "Đã hoàn thành việc thanh tra chuyên đề việc chấp hành pháp luật về tiêu chuẩn, đo lường, chất lượng tại một số doanh nghiệp sản xuất, kinh doanh thép xây dựng theo Quyết định số 118/QĐ-TTTP ngày 10/4/2026 (01 cuộc; 12 doanh nghiệp được thanh tra; 03 doanh nghiệp vi phạm; xử phạt 140.000.000 đồng).",
    "Đã hoàn thành việc tiếp nhận, phân loại và chuyển xử lý đơn phản ánh, tố giác liên quan đến chất lượng sản phẩm, hàng hóa; bảo đảm giữ bí mật thông tin người tố giác theo quy định (02 đơn; đã chuyển Chi cục Tiêu chuẩn Đo lường Chất lượng xác minh).",
    "Đã hoàn thành việc góp ý dự thảo các văn bản quy phạm pháp luật có nội dung về thanh tra, kiểm tra chuyên ngành tiêu chuẩn, đo lường, chất lượng khi được lấy ý kiến (03 văn bản).",
    "Đã cử công chức tham gia các lớp bồi dưỡng nghiệp vụ thanh tra chuyên ngành tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức, hoàn thành (09 lượt công chức).",
]
C1_keys = [
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 12, "violations": 3, "fines_vnd": 140000000}, "thanh tra chuyên đề … (01 cuộc; 12 doanh nghiệp được thanh tra; 03 doanh nghiệp vi phạm; xử phạt 140.000.000 đồng)"),
    ("II.5.d", "completed", {}, "tiếp nhận, phân loại và chuyển xử lý đơn phản ánh, tố giác … giữ bí mật thông tin người tố giác"),
    ("II.2.c", "completed", {}, "góp ý dự thảo các văn bản quy phạm pháp luật … (03 văn bản)"),
    ("II.3.a", "completed", {"participants": 9}, "cử công chức tham gia các lớp bồi dưỡng nghiệp vụ (09 lượt công chức)"),
]
C1_d = ["Thanh tra Thành phố chưa có công chức được đào tạo chuyên sâu về đo lường, phải trưng cầu giám định khi thanh tra."]
C1_p = ["Đề nghị Sở Khoa học và Công nghệ cử chuyên gia tham gia đoàn thanh tra chuyên đề năm 2027 về tiêu chuẩn, đo lường, chất lượng."]
hand_c("TTTP_1456-BC_ChiThi38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "THANH TRA THÀNH PHỐ", "Thanh tra Thành phố", "1456/BC-TTTP",
       "V/v báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
       "Sở Khoa học và Công nghệ",
       "Thực hiện Công văn số 2871/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Thanh tra Thành phố báo cáo như sau:",
       C1, C1_d, C1_p, "Nguyễn Văn Dũng", "KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA", "- Lưu: VT, P.NV3.")
key("TTTP_1456-BC_ChiThi38.docx", "THANHTRA-TP", "Thanh tra Thành phố", "1456/BC-TTTP", "2026-10-28", C1_keys, C1_d, C1_p)

# ---------------- C2 Sở Tư pháp (re-saved through LibreOffice)
C2 = [
    "Đã hoàn thành việc tổ chức phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng lồng ghép trong Chương trình phổ biến, giáo dục pháp luật năm 2026 cho doanh nghiệp và người dân (03 hội nghị; 460 đại biểu; 22 tin, bài trên Trang thông tin điện tử Sở Tư pháp).",
    "Đã hoàn thành việc thẩm định các dự thảo quyết định của Ủy ban nhân dân Thành phố có nội dung về tiêu chuẩn, đo lường, chất lượng, trong đó có dự thảo quy định phân cấp quản lý nhà nước về đo lường (04 dự thảo).",
    "Đang triển khai việc rà soát, cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các quy trình thủ tục hành chính mới của Sở (dự kiến công bố lại trong tháng 11/2026).",
    "Chưa phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cần bảo vệ hoặc khen thưởng trong phạm vi quản lý của Sở.",
]
C2_keys = [
    ("II.1.a", "completed", {"training_courses": 3, "participants": 460, "communications": 22}, "phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng (03 hội nghị; 460 đại biểu; 22 tin, bài)"),
    ("II.2.c", "completed", {}, "thẩm định các dự thảo quyết định … (04 dự thảo)"),
    ("II.2.đ", "in_progress", {}, "Đang triển khai việc rà soát, cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"),
    ("II.5.d", "not_applicable", {}, "Chưa phát sinh trường hợp tố giác hành vi vi phạm"),
]
C2_d = ["Một số văn bản quy phạm pháp luật trung ương về tiêu chuẩn, đo lường, chất lượng ban hành chậm hướng dẫn nên việc rà soát văn bản của Thành phố còn bị động."]
C2_p = ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng còn hiệu lực để phục vụ rà soát."]
hand_c("STP-BC3902-CT38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP", "Sở Tư pháp", "3902/STP-VB",
       "V/v báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
       "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
       "Sở Tư pháp nhận được Công văn số 2871/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026. Sở Tư pháp báo cáo như sau:",
       C2, C2_d, C2_p, "Trần Thị Thanh Trà", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "- Lưu: VT, VB.")
key("STP-BC3902-CT38.docx", "SO-TP", "Sở Tư pháp", "3902/STP-VB", "2026-10-27", C2_keys, C2_d, C2_p)

# ---------------- C3 Văn phòng UBND Thành phố
C3 = [
    "Đang triển khai việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Trung tâm Chuyển đổi số Thành phố kết nối Hệ thống thông tin giải quyết thủ tục hành chính Thành phố với Cổng thông tin một cửa quốc gia đối với thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu (đã kết nối thử nghiệm 15 thủ tục).",
    "Đã hoàn thành việc duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Ủy ban nhân dân Thành phố; tổ chức đánh giá nội bộ và xem xét của lãnh đạo năm 2026.",
    "Đang triển khai việc chia sẻ dữ liệu từ cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng lên Cổng dữ liệu mở của Thành phố, hiện đã hoàn thành bước khảo sát yêu cầu dữ liệu.",
    "Đã hoàn thành việc đăng tải tin, bài tuyên truyền về công tác tiêu chuẩn, đo lường, chất lượng và Giải thưởng Chất lượng Quốc gia trên Cổng Thông tin điện tử Thành phố (18 tin, bài; 01 chuyên mục).",
]
C3_keys = [
    ("II.2.h", "in_progress", {}, "kết nối Hệ thống thông tin giải quyết thủ tục hành chính … với Cổng thông tin một cửa quốc gia"),
    ("II.2.đ", "completed", {}, "duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"),
    ("II.2.i", "in_progress", {}, "chia sẻ dữ liệu từ cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng"),
    ("II.1.a", "completed", {"communications": 18}, "đăng tải tin, bài tuyên truyền … (18 tin, bài; 01 chuyên mục)"),
]
C3_d = ["Cấu trúc dữ liệu của cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa có tài liệu kỹ thuật công khai để kết nối."]
C3_p = ["Đề nghị Sở Khoa học và Công nghệ làm việc với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia để được cung cấp tài liệu API kết nối."]
hand_c("VPUB - 812 - bao cao CT 38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "VĂN PHÒNG", "Văn phòng Ủy ban nhân dân Thành phố", "812/VP-KT",
       "V/v báo cáo kết quả thực hiện Kế hoạch số 105/KH-SKHCN", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
       "Sở Khoa học và Công nghệ",
       "Theo đề nghị của Sở Khoa học và Công nghệ, Văn phòng Ủy ban nhân dân Thành phố báo cáo kết quả thực hiện các nội dung được phân công phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
       C3, C3_d, C3_p, "Võ Thị Trung Trinh", "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "- Lưu: VT, KT.")
key("VPUB - 812 - bao cao CT 38.docx", "VP-UBND", "Văn phòng Ủy ban nhân dân Thành phố", "812/VP-KT", "2026-10-30", C3_keys, C3_d, C3_p)

# ---------------- C4 Công an Thành phố (not in agencies.csv → unit id null)
C4 = [
    "Đang tiếp tục đấu tranh, phòng ngừa các hành vi sản xuất, buôn bán hàng giả, hàng kém chất lượng, vi phạm quy định về tiêu chuẩn, đo lường; Phòng Cảnh sát kinh tế chủ trì phối hợp Công an các phường, xã kiểm tra (61 cơ sở; phát hiện 46 vụ vi phạm; xử phạt vi phạm hành chính 1.932.000.000 đồng; khởi tố 03 vụ).",
    "Đã hoàn thành việc kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ sử dụng trong phát hiện vi phạm hành chính theo Nghị định số 135/2021/NĐ-CP (214 phương tiện gồm máy đo nồng độ cồn, thiết bị đo tốc độ, cân kiểm tra tải trọng xe).",
    "Đã hoàn thành việc tiếp nhận, xác minh tin báo tố giác về hàng giả, gian lận đo lường và thực hiện các biện pháp bảo vệ người tố giác theo quy định (07 tin báo).",
    "Đã hoàn thành việc tuyên truyền, cảnh báo phương thức, thủ đoạn làm giả, gian lận đo lường trên trang thông tin và fanpage Công an Thành phố (25 tin, bài).",
]
C4_keys = [
    ("II.5.a", "in_progress", {"establishments_inspected": 61, "violations": 46, "fines_vnd": 1932000000}, "(61 cơ sở; phát hiện 46 vụ vi phạm; xử phạt vi phạm hành chính 1.932.000.000 đồng; khởi tố 03 vụ)"),
    ("II.4.b", "completed", {"instruments_verified": 214}, "kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ … (214 phương tiện)"),
    ("II.5.d", "completed", {}, "tiếp nhận, xác minh tin báo tố giác … bảo vệ người tố giác (07 tin báo)"),
    ("II.1.a", "completed", {"communications": 25}, "tuyên truyền, cảnh báo phương thức, thủ đoạn … (25 tin, bài)"),
]
C4_d = ["Việc giám định chất lượng hàng hóa nghi giả mất nhiều thời gian do thiếu tổ chức giám định tư pháp trong lĩnh vực chất lượng sản phẩm."]
C4_p = ["Đề nghị Sở Khoa học và Công nghệ công bố danh sách tổ chức, cá nhân giám định tư pháp theo vụ việc về chất lượng sản phẩm, hàng hóa và đo lường."]
hand_c("CATP-PC03_2541_BC CT38.docx", "CÔNG AN TP. HỒ CHÍ MINH", "PHÒNG CẢNH SÁT KINH TẾ", "Công an Thành phố Hồ Chí Minh", "2541/BC-CATP-PC03",
       "V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
       "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
       "Thực hiện đề nghị của Sở Khoa học và Công nghệ tại Công văn số 2871/SKHCN-TĐC ngày 06/10/2026, Công an Thành phố Hồ Chí Minh (Phòng Cảnh sát kinh tế) báo cáo kết quả thực hiện như sau:",
       C4, C4_d, C4_p, "Thượng tá Lê Minh Tuấn", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "- Đ/c Giám đốc CATP (để b/c);\n- Lưu: HS, PC03.")
key("CATP-PC03_2541_BC CT38.docx", None, "Công an Thành phố Hồ Chí Minh", "2541/BC-CATP-PC03", "2026-10-29", C4_keys, C4_d, C4_p)
