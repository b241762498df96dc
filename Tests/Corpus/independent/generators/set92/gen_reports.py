# -*- coding: utf-8 -*-
# Report contents and the four hands.  Executed by gen.py (helpers defined there).

# =====================================================================================
# HAND A — "Long": formal report, activities enumerated "(i) …; (ii) …" in one sentence,
# an italic closing line "Kết quả đánh giá nhiệm vụ: …", and a "BIỂU SỐ LIỆU KÈM THEO"
# Word table (STT | Chỉ tiêu | ĐVT | Số lượng | Thuộc mục) repeating the figures.
# =====================================================================================

def hand_a(fname, parent, unit_short, unit_name, unit_id, so, date_iso, place_date, intro, tasks, diffs, props,
           signer, role, mistaken=None):
    d = new_doc()
    header_nd30(d, parent, unit_short, so, place_date)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    title = (mistaken or {}).get("title") or ("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư\n"
                                            "về công tác tiêu chuẩn, đo lường, chất lượng năm 2026")
    for ln in title.split("\n"):
        para(d, ln, bold=True, align="c")
    para(d, "_______", align="c")
    for ln in intro:
        para(d, ln)
    if mistaken:
        for h, body in mistaken["body"]:
            if h:
                para(d, h, bold=True, indent=True)
            for b in body:
                para(d, b)
    else:
        para(d, "I. CÔNG TÁC TRIỂN KHAI", bold=True)
        para(d, tasks["chidao"])
        para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
        for i, t in enumerate(tasks["items"], 1):
            para(d, f"{i}. {t['head']}", bold=True)
            for b in t["body"]:
                para(d, b)
            runs(d, [("Kết quả đánh giá nhiệm vụ: ", "bi"), (t["verdict"], "i")])
    sec_k = "III. KHÓ KHĂN, VƯỚNG MẮC" if not mistaken else mistaken.get("kk", "III. KHÓ KHĂN, VƯỚNG MẮC")
    para(d, sec_k, bold=True)
    for x in diffs:
        para(d, "- " + x)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo của {unit_name}./.")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC (để tổng hợp);\n- Ban Giám đốc;\n- Lưu: VT, " + role[2] + ".", size=11)
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    t.rows[0].cells[0].paragraphs[0].runs[0].italic = True
    cell_text(t.rows[0].cells[1], f"{role[0]}\n{role[1]}\n\n\n\n{signer}", bold=True, align="c")
    if not mistaken:
        d.add_page_break()
        para(d, "BIỂU SỐ LIỆU KÈM THEO", bold=True, align="c")
        para(d, f"(Kèm theo Báo cáo số {so} của {unit_name})", italic=True, align="c")
        rows = [r for t in tasks["items"] for r in t.get("bieu", [])]
        tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Thuộc mục"]):
            cell_text(c, h, bold=True, align="c", size=12)
        n = 0
        for i, t in enumerate(tasks["items"], 1):
            for (lab, dvt, val) in t.get("bieu", []):
                n += 1
                cs = tb.add_row().cells
                cell_text(cs[0], str(n), align="c", size=12); cell_text(cs[1], lab, size=12)
                cell_text(cs[2], dvt, align="c", size=12); cell_text(cs[3], val, align="r", size=12)
                cell_text(cs[4], f"II.{i}", align="c", size=12)
    save_docx(d, fname)


# ---------------- A1 Sở Y tế
A1 = dict(
    chidao="Ngay sau khi nhận Kế hoạch số 105/KH-SKHCN của Sở Khoa học và Công nghệ, Sở Y tế đã ban hành Công văn số 1288/SYT-NVD ngày 12/3/2026 giao các phòng chức năng, Trung tâm Kiểm nghiệm và các đơn vị trực thuộc triển khai các nội dung có liên quan đến lĩnh vực y tế; định kỳ tổng hợp kết quả gửi Phòng Nghiệp vụ Dược.",
    items=[
        dict(head="Phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng trong lĩnh vực trang thiết bị y tế, mỹ phẩm",
             body=["Sở Y tế đã thực hiện: (i) tổ chức 02 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi và các quy định về phân loại, công bố tiêu chuẩn áp dụng trang thiết bị y tế cho doanh nghiệp kinh doanh trang thiết bị y tế, mỹ phẩm với 265 lượt đại biểu tham dự; (ii) đăng 14 tin, bài trên Cổng thông tin điện tử của Sở; (iii) lồng ghép nội dung ghi nhãn hàng hóa vào giao ban Phòng Y tế các phường, xã."],
             verdict="đã hoàn thành.",
             bieu=[("Hội nghị phổ biến pháp luật", "hội nghị", "02"), ("Đại biểu tham dự", "lượt", "265"), ("Tin, bài trên Cổng TTĐT", "tin/bài", "14")]),
        dict(head="Hướng dẫn doanh nghiệp công bố tiêu chuẩn áp dụng, công bố hợp quy",
             body=["Trong kỳ, Sở đã: (i) tiếp nhận và hướng dẫn hồ sơ công bố tiêu chuẩn áp dụng trang thiết bị y tế loại A, B cho 126 doanh nghiệp; (ii) trả lời bằng văn bản các vướng mắc về phân loại trang thiết bị; (iii) phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng giải đáp về công bố hợp quy mỹ phẩm, nước khoáng dùng trong y tế."],
             verdict="đang tiếp tục thực hiện theo hồ sơ phát sinh.",
             bieu=[("Doanh nghiệp được hướng dẫn công bố", "doanh nghiệp", "126")]),
        dict(head="Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
             body=["Sở đã: (i) rà soát, cập nhật 100% quy trình giải quyết thủ tục hành chính vào Hệ thống quản lý chất lượng; (ii) tổ chức đánh giá nội bộ trong tháng 8/2026; (iii) công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 theo Quyết định số 2210/QĐ-SYT ngày 05/9/2026."],
             verdict="đã hoàn thành."),
        dict(head="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực y tế",
             body=["Theo đề nghị của Bộ Y tế, Sở đã góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia, gồm: (i) 02 dự thảo QCVN về trang thiết bị y tế; (ii) 02 dự thảo QCVN về nước sạch sử dụng cho mục đích sinh hoạt; (iii) 01 dự thảo QCVN về bức xạ ion hóa trong y tế."],
             verdict="đã hoàn thành.",
             bieu=[("Dự thảo QCVN đã góp ý", "dự thảo", "05")]),
        dict(head="Cử công chức tham gia tập huấn chuyên môn",
             body=["Sở đã cử 12 lượt công chức Phòng Nghiệp vụ Dược, Thanh tra Sở tham dự các lớp tập huấn nghiệp vụ về đo lường, ghi nhãn hàng hóa do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."],
             verdict="đã hoàn thành.",
             bieu=[("Công chức được cử tham gia tập huấn", "lượt người", "12")]),
        dict(head="Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông trên thị trường",
             body=["Thanh tra Sở phối hợp các đơn vị liên quan: (i) thành lập 06 đoàn kiểm tra; (ii) kiểm tra 148 cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm, thuốc; (iii) phát hiện 19 cơ sở vi phạm (chủ yếu ghi nhãn không đúng quy định, lưu hành mỹ phẩm chưa công bố); (iv) xử phạt vi phạm hành chính với tổng số tiền 287.500.000 đồng."],
             verdict="đang thực hiện, dự kiến kết thúc đợt kiểm tra cuối năm trong tháng 12/2026.",
             bieu=[("Đoàn kiểm tra", "đoàn", "06"), ("Cơ sở được kiểm tra", "cơ sở", "148"), ("Cơ sở vi phạm", "cơ sở", "19"), ("Tiền xử phạt", "đồng", "287.500.000")]),
        dict(head="Giám sát chất lượng thuốc, mỹ phẩm qua lấy mẫu kiểm nghiệm",
             body=["Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm đã: (i) lấy 420 mẫu thuốc, mỹ phẩm trên thị trường để kiểm tra chất lượng; (ii) phát hiện 07 mẫu không đạt, đã báo cáo Cục Quản lý Dược đình chỉ lưu hành."],
             verdict="đang thực hiện theo kế hoạch lấy mẫu năm 2026.",
             bieu=[("Mẫu thuốc, mỹ phẩm lấy kiểm nghiệm", "mẫu", "420")]),
    ])
A1_keys = [
    ("II.1.a", "completed", {"training_courses": 2, "participants": 265, "communications": 14}, "tổ chức 02 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa … 265 lượt đại biểu; đăng 14 tin, bài"),
    ("II.2.d", "in_progress", {"enterprises_supported": 126}, "hướng dẫn hồ sơ công bố tiêu chuẩn áp dụng trang thiết bị y tế loại A, B cho 126 doanh nghiệp"),
    ("II.2.đ", "completed", {}, "công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015"),
    ("II.2.e", "completed", {"standards_reviewed": 5}, "góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia"),
    ("II.3.a", "completed", {"participants": 12}, "cử 12 lượt công chức … tham dự các lớp tập huấn nghiệp vụ"),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 148, "violations": 19, "fines_vnd": 287500000}, "06 đoàn kiểm tra; 148 cơ sở; 19 cơ sở vi phạm; 287.500.000 đồng"),
    ("II.5.b", "in_progress", {"samples_tested": 420}, "lấy 420 mẫu thuốc, mỹ phẩm trên thị trường để kiểm tra chất lượng"),
]
A1_d = ["Số lượng trang thiết bị y tế, mỹ phẩm kinh doanh trên thương mại điện tử lớn, khó xác định địa chỉ cơ sở để kiểm tra.",
        "Kinh phí lấy mẫu kiểm nghiệm có hạn, chưa đáp ứng yêu cầu giám sát hậu kiểm sau công bố."]
A1_p = ["Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn chuyên sâu về đo lường trong lĩnh vực trang thiết bị y tế cho công chức Thanh tra Sở.",
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả khảo sát chất lượng hàng hóa có liên quan đến y tế để phối hợp kiểm tra."]
hand_a("SYT-BC4127-ct38-2026.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "Sở Y tế", "SO-YT", "4127/BC-SYT", "2026-10-27",
       "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
       ["Thực hiện Kế hoạch số 105/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo kết quả thực hiện (số liệu từ ngày 15/12/2025 đến ngày 15/10/2026) như sau:"],
       A1, A1_d, A1_p, "Trần Văn Khôi", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "NVD"))
key("SYT-BC4127-ct38-2026.docx", "SO-YT", "Sở Y tế", "4127/BC-SYT", "2026-10-27", A1_keys, A1_d, A1_p)

# ---------------- A2 Sở An toàn thực phẩm
A2 = dict(
    chidao="Sở An toàn thực phẩm đã ban hành Kế hoạch số 77/KH-SATTP ngày 02/02/2026 lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào kế hoạch bảo đảm an toàn thực phẩm năm 2026; phân công Phòng Quản lý ngộ độc thực phẩm và kiểm nghiệm, Thanh tra Sở chủ trì thực hiện.",
    items=[
        dict(head="Tập huấn, tuyên truyền về tiêu chuẩn, quy chuẩn an toàn thực phẩm",
             body=["Sở đã: (i) tổ chức 04 lớp tập huấn cho chủ cơ sở sản xuất, kinh doanh thực phẩm về công bố sản phẩm, ghi nhãn và áp dụng quy chuẩn kỹ thuật, thu hút 512 người tham dự; (ii) phát hành 36 tin, bài, clip tuyên truyền trên Trang thông tin điện tử và mạng xã hội của Sở."],
             verdict="đã hoàn thành.",
             bieu=[("Lớp tập huấn", "lớp", "04"), ("Người tham dự", "người", "512"), ("Tin, bài, clip", "tin/bài", "36")]),
        dict(head="Hỗ trợ cơ sở áp dụng truy xuất nguồn gốc thực phẩm",
             body=["Phối hợp triển khai Đề án 100 trên địa bàn, Sở đã: (i) hướng dẫn 58 cơ sở sản xuất, kinh doanh thực phẩm đăng ký tài khoản và cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc của Thành phố; (ii) rà soát danh mục sản phẩm đặc thù (thịt heo, rau, thủy sản) bắt buộc truy xuất tại chợ đầu mối."],
             verdict="đang thực hiện.",
             bieu=[("Cơ sở được hướng dẫn truy xuất nguồn gốc", "cơ sở", "58")]),
        dict(head="Thanh tra, kiểm tra an toàn thực phẩm gắn với chất lượng hàng hóa",
             body=["Từ đầu năm đến ngày 15/10/2026, Sở đã: (i) chủ trì, phối hợp 11 đoàn thanh tra, kiểm tra liên ngành; (ii) kiểm tra 1.246 cơ sở; (iii) phát hiện 87 cơ sở vi phạm; (iv) xử phạt vi phạm hành chính 1,36 tỷ đồng, tiêu hủy hàng hóa không bảo đảm chất lượng."],
             verdict="đang thực hiện, tiếp tục cao điểm Tết Nguyên đán 2027.",
             bieu=[("Đoàn thanh tra, kiểm tra", "đoàn", "11"), ("Cơ sở được kiểm tra", "cơ sở", "1.246"), ("Cơ sở vi phạm", "cơ sở", "87"), ("Tiền xử phạt", "triệu đồng", "1.360")]),
        dict(head="Giám sát mẫu thực phẩm",
             body=["Sở đã lấy tổng cộng 2.495 mẫu thực phẩm, trong đó: (i) 2.310 mẫu xét nghiệm nhanh tại chợ, siêu thị; (ii) 185 mẫu gửi phòng thử nghiệm được chỉ định; kết quả 41 mẫu không đạt đã được xử lý theo quy định."],
             verdict="đang thực hiện.",
             bieu=[("Mẫu thực phẩm đã lấy", "mẫu", "2.495")]),
        dict(head="Cập nhật quy định quốc tế về an toàn thực phẩm, SPS",
             body=["Sở đã: (i) cập nhật các thông báo SPS của các thị trường nhập khẩu chủ yếu; (ii) gửi văn bản hướng dẫn đến các hiệp hội ngành hàng thực phẩm; (iii) đăng tải chuyên mục hỏi đáp trên trang thông tin của Sở."],
             verdict="đã hoàn thành."),
        dict(head="Đào tạo chuyên sâu cho công chức",
             body=["Trong kỳ, Sở chưa cử công chức tham gia các khóa đào tạo chuyên sâu về tiêu chuẩn, đo lường, chất lượng do chưa có lớp phù hợp với lĩnh vực an toàn thực phẩm."],
             verdict="chưa thực hiện."),
    ])
A2_keys = [
    ("II.1.a", "completed", {"training_courses": 4, "participants": 512, "communications": 36}, "04 lớp tập huấn … 512 người tham dự; 36 tin, bài, clip"),
    ("II.2.a", "in_progress", {"enterprises_supported": 58}, "hướng dẫn 58 cơ sở … hệ thống truy xuất nguồn gốc"),
    ("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 1246, "violations": 87, "fines_vnd": 1360000000}, "11 đoàn; 1.246 cơ sở; 87 cơ sở vi phạm; 1,36 tỷ đồng"),
    ("II.5.b", "in_progress", {"samples_tested": 2495}, "lấy tổng cộng 2.495 mẫu thực phẩm"),
    ("II.6.a", "completed", {}, "cập nhật các thông báo SPS của các thị trường nhập khẩu"),
    ("II.3.a", "not_started", {}, "chưa cử công chức tham gia các khóa đào tạo chuyên sâu"),
]
A2_d = ["Lực lượng thanh tra chuyên ngành còn mỏng so với số lượng cơ sở thực phẩm trên địa bàn Thành phố sau sắp xếp.",
        "Nhiều cơ sở nhỏ lẻ chưa có điều kiện áp dụng truy xuất nguồn gốc điện tử."]
A2_p = ["Đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn chuyên sâu về tiêu chuẩn, quy chuẩn dành cho công chức ngành an toàn thực phẩm.",
        "Kiến nghị Thành phố bố trí kinh phí hỗ trợ cơ sở nhỏ lẻ tham gia hệ thống truy xuất nguồn gốc."]
hand_a("SATTP_1893-BC_CT38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "Sở An toàn thực phẩm", "SO-ATTP", "1893/BC-SATTP", "2026-10-30",
       "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
       ["Căn cứ Kế hoạch số 105/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ; theo đề nghị tại Công văn số 2871/SKHCN-TĐC ngày 06/10/2026 về việc báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở An toàn thực phẩm báo cáo như sau:"],
       A2, A2_d, A2_p, "Phạm Khánh Phong Lan", ("GIÁM ĐỐC", "", "QLNĐ"))
key("SATTP_1893-BC_CT38.docx", "SO-ATTP", "Sở An toàn thực phẩm", "1893/BC-SATTP", "2026-10-30", A2_keys, A2_d, A2_p)

# ---------------- A3 Sở Giáo dục và Đào tạo
A3 = dict(
    chidao="Sở Giáo dục và Đào tạo đã giao Phòng Giáo dục nghề nghiệp – Giáo dục thường xuyên làm đầu mối, phối hợp Văn phòng Sở và các trường trực thuộc triển khai các nội dung có liên quan của Kế hoạch.",
    items=[
        dict(head="Bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên",
             body=["Sở đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng: (i) tổ chức 03 buổi sinh hoạt chuyên đề về mã số mã vạch, truy xuất nguồn gốc, nhãn hàng hóa tại các trường trung cấp, cao đẳng trực thuộc; (ii) thu hút 1.150 lượt học sinh, sinh viên và giáo viên tham dự."],
             verdict="đã hoàn thành.",
             bieu=[("Buổi sinh hoạt chuyên đề", "buổi", "03"), ("Học sinh, sinh viên, giáo viên tham dự", "lượt", "1.150")]),
        dict(head="Tuyên truyền trên trang thông tin của ngành",
             body=["Sở đã: (i) đăng 09 tin, bài về công tác tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử ngành giáo dục; (ii) chuyển tiếp tài liệu của Chi cục đến các cơ sở giáo dục."],
             verdict="đã hoàn thành.",
             bieu=[("Tin, bài", "tin/bài", "09")]),
        dict(head="Cập nhật Hệ thống quản lý chất lượng ISO tại Văn phòng Sở",
             body=["Văn phòng Sở đang: (i) rà soát, xây dựng quy trình cho 14 thủ tục hành chính mới được công bố; (ii) chuẩn bị đánh giá nội bộ năm 2026."],
             verdict="đang thực hiện."),
        dict(head="Phối hợp kiểm tra thiết bị dạy học, đồ chơi trong trường học",
             body=["Sở đã: (i) phối hợp thành lập 02 đoàn kiểm tra chất lượng thiết bị dạy học tối thiểu và đồ chơi trẻ em; (ii) kiểm tra 42 cơ sở giáo dục mầm non, phổ thông; chưa phát hiện trường hợp sử dụng hàng hóa không rõ nguồn gốc."],
             verdict="đã hoàn thành.",
             bieu=[("Đoàn kiểm tra", "đoàn", "02"), ("Cơ sở giáo dục được kiểm tra", "cơ sở", "42")]),
        dict(head="Góp ý dự thảo quy chuẩn kỹ thuật thuộc lĩnh vực giáo dục",
             body=["Trong kỳ, Bộ Giáo dục và Đào tạo không gửi dự thảo quy chuẩn kỹ thuật lấy ý kiến địa phương."],
             verdict="không phát sinh."),
    ])
A3_keys = [
    ("II.3.d", "completed", {"training_courses": 3, "participants": 1150}, "03 buổi sinh hoạt chuyên đề … 1.150 lượt học sinh, sinh viên và giáo viên"),
    ("II.1.a", "completed", {"communications": 9}, "đăng 09 tin, bài về công tác tiêu chuẩn, đo lường, chất lượng"),
    ("II.2.đ", "in_progress", {}, "rà soát, xây dựng quy trình ISO cho 14 thủ tục hành chính mới"),
    ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 42}, "02 đoàn kiểm tra; 42 cơ sở giáo dục"),
    ("II.2.e", "not_applicable", {}, "Bộ không gửi dự thảo quy chuẩn kỹ thuật lấy ý kiến"),
]
A3_d = ["Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên chỉ tổ chức được dưới hình thức ngoại khóa."]
A3_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn tài liệu ngắn gọn, phù hợp học sinh để các trường sử dụng trong giờ sinh hoạt."]
hand_a("SoGDDT - BC 5210 CT38 nam 2026.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "SO-GDDT", "5210/BC-SGDĐT", "2026-10-29",
       "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
       ["Thực hiện Kế hoạch số 105/KH-SKHCN của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung có liên quan như sau:"],
       A3, A3_d, A3_p, "Nguyễn Bảo Quốc", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "GDNN"))
key("SoGDDT - BC 5210 CT38 nam 2026.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "5210/BC-SGDĐT", "2026-10-29", A3_keys, A3_d, A3_p)

# ---------------- A4 Sở Nội vụ — MISTAKEN (cải cách hành chính quý III)
A4m = dict(title="Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026",
           body=[("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", [
               "Sở Nội vụ đã tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026; tổ chức 02 cuộc kiểm tra tại các sở, ngành và 09 cuộc kiểm tra tại Ủy ban nhân dân phường, xã (sau đây gọi tắt là đợt kiểm tra Quý III)."]),
               ("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", [
                   "1. Cải cách thể chế: (i) tham mưu rà soát 24 văn bản quy phạm pháp luật về tổ chức bộ máy; (ii) đề xuất bãi bỏ 03 văn bản không còn phù hợp.",
                   "2. Cải cách thủ tục hành chính: (i) tỷ lệ hồ sơ giải quyết đúng hạn của Sở đạt 99,2%; (ii) 100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần.",
                   "3. Cải cách tổ chức bộ máy: hoàn thành sắp xếp tổ chức bên trong của 04 đơn vị sự nghiệp công lập theo chỉ đạo của Thành ủy.",
                   "4. Cải cách chế độ công vụ: tổ chức 03 lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho 420 lượt công chức bộ phận một cửa."])],
           kk="III. TỒN TẠI, HẠN CHẾ")
A4_d = ["Một số đơn vị chậm cập nhật kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính."]
A4_p = ["Đề nghị các sở, ngành phân công công chức đầu mối theo dõi chỉ số cải cách hành chính."]
hand_a("SNV_BC-CCHC-quy3-2026.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "Sở Nội vụ", "SO-NV", "3365/BC-SNV", "2026-10-08",
       "Thành phố Hồ Chí Minh, ngày 08 tháng 10 năm 2026",
       ["Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính Quý III năm 2026 như sau:"],
       None, A4_d, A4_p, "Võ Ngọc Quốc Thuận", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CCHC"), mistaken=A4m)
key("SNV_BC-CCHC-quy3-2026.docx", "SO-NV", "Sở Nội vụ", "3365/BC-SNV", "2026-10-08", [], [], [],
    status="rejected", reason="Báo cáo kết quả cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm)")

exec(open(os.path.join(OUT, "gen_b.py"), encoding="utf-8").read())
exec(open(os.path.join(OUT, "gen_c.py"), encoding="utf-8").read())
exec(open(os.path.join(OUT, "gen_d.py"), encoding="utf-8").read())
