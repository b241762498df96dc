"""H1 - 'Biên bản họp' hand: the unit sends the minutes of its own review meeting instead of a report."""
from common import *

def pno(d): return "word/document.xml paragraph %d" % (len(d.paragraphs))

def bienban(fname, unit_id, unit_name, left1, left2, number, place, day, month, hm, room,
            chair, secretary, attendees, speeches, ketluan_eval, diffs, props, giao, entries_spec, cover=None):
    d = new_doc(size=13)
    header_block(d, left1, left2, f"{place}, ngày {day:02d} tháng {month} năm 2026", number)
    para(d)
    para(d, "BIÊN BẢN", bold=True, align="c", size=14)
    para(d, "Họp rà soát kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "(về công tác tiêu chuẩn, đo lường, chất lượng)", italic=True, align="c")
    para(d, f"Vào lúc {hm}, ngày {day:02d}/{month:02d}/2026, tại {room}, {unit_name} tổ chức họp rà soát kết quả "
            "thực hiện các nội dung được giao theo Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026.", align="j", indent=1)
    para(d, "I. THÀNH PHẦN THAM DỰ", bold=True)
    para(d, f"- Chủ trì: {chair}.", indent=1)
    para(d, f"- Thư ký: {secretary}.", indent=1)
    para(d, "- Tham dự:", indent=1)
    for a in attendees:
        para(d, f"+ {a};", indent=1.5)
    para(d, "II. NỘI DUNG CUỘC HỌP", bold=True)
    srcmap = {}
    for i, (who, text, tasks) in enumerate(speeches, 1):
        p = para(d, "", align="j", indent=1)
        runs(p, [(f"{i}. {who}", "b"), (": " , ""), (text, "")])
        for t in tasks: srcmap.setdefault(t, pno(d))
    para(d, f"{len(speeches)+1}. Kết luận của chủ trì cuộc họp", bold=True, indent=1)
    para(d, "a) Đánh giá chung: " + ketluan_eval, align="j", indent=1)
    para(d, "b) Khó khăn, vướng mắc:", align="j", indent=1)
    for x in diffs: para(d, "- " + x, align="j", indent=1)
    para(d, "c) Kiến nghị, đề xuất:", align="j", indent=1)
    for x in props: para(d, "- " + x, align="j", indent=1)
    para(d, "d) Giao nhiệm vụ: " + giao, align="j", indent=1)
    para(d, f"Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày. Biên bản được lập thành 03 bản, thông qua cho các thành viên dự họp cùng nghe và thống nhất ký tên.", align="j", indent=1)
    if cover:
        p = para(d, cover, italic=True, align="j", indent=1)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    a, b = t.rows[0].cells
    a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    a.paragraphs[0].add_run("THƯ KÝ").bold = True; b.paragraphs[0].add_run("CHỦ TRÌ").bold = True
    for _ in range(3): a.add_paragraph(); b.add_paragraph()
    a.add_paragraph(secretary.split(" - ")[0].split(",")[0].replace("Đ/c ", "").replace("bà ", "").replace("ông ", "")).alignment = WD_ALIGN_PARAGRAPH.CENTER
    b.add_paragraph(chair.split(" - ")[0].split(",")[0].replace("Đ/c ", "").replace("ông ", "").replace("bà ", "")).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(ROOT, fname))
    ents = []
    for task, st, ind, txt in entries_spec:
        ents.append(entry(task, st, ind, txt, srcmap.get(task, "word/document.xml")))
    key(fname, unit_id, unit_name, number, f"2026-{month:02d}-{day:02d}", ents, diffs, props)

# ---------------- Phường Tân Định
bienban("26737-bienban-hop-ct38.docx", "26737", "Phường Tân Định",
    "ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN ĐỊNH", "27/BB-UBND", "Tân Định", 14, 10, "14 giờ 00",
    "Phòng họp số 2, trụ sở Ủy ban nhân dân phường",
    "Đ/c Phạm Thị Ngọc Hân, Phó Chủ tịch UBND phường", "Đ/c Võ Minh Trí, chuyên viên Phòng Kinh tế",
    ["Phòng Kinh tế phường", "Phòng Văn hóa - Xã hội phường", "Công an phường", "Ban Quản lý chợ Tân Định", "Đại diện Đội Quản lý thị trường số 1"],
    [("Đ/c Nguyễn Hoàng Phúc, Trưởng Phòng Kinh tế báo cáo tóm tắt kết quả",
      "Trong 9 tháng đầu năm, Phòng Kinh tế đã phối hợp Phòng Văn hóa - Xã hội tổ chức 01 buổi tuyên truyền pháp luật về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Tân Định (65 hộ kinh doanh tham dự) và đăng 04 tin, bài trên Trang thông tin điện tử phường; đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ (02 cuộc, 23 cơ sở), phát hiện 03 cơ sở sử dụng cân không đạt yêu cầu, đã lập biên bản và xử phạt tổng số tiền 4.500.000 đồng; công tác phối hợp kiểm tra hiện đang tiếp tục duy trì định kỳ hằng quý. Phường đã cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức trong tháng 6/2026.",
      ["II.1.a", "II.5.c", "II.3.a"]),
     ("Đ/c Lâm Thị Thu, Phó Chánh Văn phòng HĐND và UBND phường",
      "Việc duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại phường đang được rà soát, cập nhật lại các quy trình nội bộ sau sắp xếp đơn vị hành chính, dự kiến công bố lại trong tháng 11/2026.",
      ["II.2.đ"]),
     ("Đ/c Trần Quốc Bảo, Phó Trưởng Công an phường",
      "Trong kỳ Công an phường tiếp nhận 01 phản ánh của người dân về cân thiếu khối lượng tại chợ, đã chuyển Phòng Kinh tế phối hợp kiểm tra, xử lý; đề nghị tăng cường kiểm tra đột xuất vào dịp cuối năm.",
      ["II.5.c"])],
    "Phường đã thực hiện tương đối đầy đủ các nội dung được phân quyền; công tác tuyên truyền và phối hợp kiểm tra được duy trì.",
    ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
     "Phường chưa được trang bị quả cân chuẩn để kiểm tra đối chứng cân tại chợ."],
    ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn đặt tại Ban Quản lý chợ.",
     "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong Quý I/2027."],
    "Phòng Kinh tế tổng hợp, gửi biên bản này về Chi cục Tiêu chuẩn Đo lường Chất lượng thay báo cáo trước ngày 20/10/2026.",
    [("II.1.a", "completed", {"training_courses": 1, "participants": 65, "communications": 4},
      "đã phối hợp ... tổ chức 01 buổi tuyên truyền pháp luật về đo lường, nhãn hàng hóa ... (65 hộ kinh doanh tham dự) và đăng 04 tin, bài"),
     ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 23, "violations": 3, "fines_vnd": 4500000},
      "phối hợp Chi cục ... kiểm tra đo lường tại chợ (02 cuộc, 23 cơ sở), phát hiện 03 cơ sở ... xử phạt 4.500.000 đồng; ... đang tiếp tục duy trì"),
     ("II.3.a", "completed", {"participants": 2}, "Phường đã cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức"),
     ("II.2.đ", "in_progress", {}, "hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ... đang được rà soát, cập nhật")],
    cover="Biên bản này được gửi kèm thay cho báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của phường.")

# ---------------- Xã Bình Khánh
bienban("27667-BB-hop-TDC.docx", "27667", "Xã Bình Khánh",
    "ỦY BAN NHÂN DÂN", "XÃ BÌNH KHÁNH", "112/BB-UBND", "Bình Khánh", 3, 10, "08 giờ 30",
    "Hội trường Ủy ban nhân dân xã",
    "ông Huỳnh Văn Lực - Phó Chủ tịch UBND xã", "bà Đặng Thị Kiều - công chức Văn phòng - Thống kê",
    ["Phòng Kinh tế xã", "Văn phòng HĐND và UBND xã", "Trưởng các ấp Bình Phước, Bình Trung, Bình An"],
    [("Ông Lê Tấn Sang, Phòng Kinh tế xã trình bày",
      "Xã đã duy trì phát tin trên hệ thống loa truyền thanh các ấp về ghi nhãn hàng hóa, sử dụng cân đúng quy định (12 lượt phát tin), việc tuyên truyền vẫn đang tiếp tục đến cuối năm. Đối với công tác phối hợp kiểm tra, xã đã cùng Đoàn kiểm tra của Chi cục kiểm tra 04 cửa hàng xăng dầu trên tuyến Rừng Sác (01 cuộc), không phát hiện vi phạm; nội dung này coi như đã xong trong năm. Riêng việc cử công chức dự tập huấn nghiệp vụ thì chưa cử được người do trùng lịch trực phòng, chống thiên tai tháng 9.",
      ["II.1.a", "II.5.c", "II.3.a"]),
     ("Bà Trịnh Thị Bích, Chánh Văn phòng HĐND và UBND xã",
      "Ngày 15/8/2026, UBND xã đã hoàn thành việc công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền của xã.",
      ["II.2.đ"])],
    "Các nội dung cơ bản đã thực hiện, riêng việc cử cán bộ tập huấn cần bố trí trong Quý IV.",
    ["Địa bàn xã rộng, đi lại phụ thuộc phà Bình Khánh nên việc phối hợp kiểm tra, tham dự tập huấn tập trung tại trung tâm Thành phố gặp khó khăn."],
    ["Kiến nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức các lớp tập huấn theo hình thức trực tuyến để công chức xã tham dự."],
    "Phòng Kinh tế hoàn chỉnh hồ sơ, gửi Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).",
    [("II.1.a", "in_progress", {"communications": 12}, "phát tin trên hệ thống loa truyền thanh các ấp ... (12 lượt phát tin), việc tuyên truyền vẫn đang tiếp tục"),
     ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 4}, "kiểm tra 04 cửa hàng xăng dầu ... (01 cuộc), không phát hiện vi phạm; nội dung này coi như đã xong"),
     ("II.3.a", "not_started", {}, "chưa cử được người do trùng lịch trực phòng, chống thiên tai"),
     ("II.2.đ", "completed", {}, "đã hoàn thành việc công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015")])

# ---------------- Phường Long Trường
bienban("26860-bien-ban-so-ket-CT38.docx", "26860", "Phường Long Trường",
    "ỦY BAN NHÂN DÂN", "PHƯỜNG LONG TRƯỜNG", "89/BB-UBND", "Long Trường", 21, 10, "14 giờ 00",
    "Phòng họp tầng 3, Ủy ban nhân dân phường",
    "Đ/c Ngô Thanh Tùng, Phó Chủ tịch UBND phường", "Đ/c Phan Ngọc Yến, chuyên viên Phòng Kinh tế",
    ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công phường", "Hội Liên hiệp Phụ nữ phường"],
    [("Đ/c Đoàn Văn Khải, Phó Trưởng Phòng Kinh tế báo cáo",
      "Phường đã tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và các quy định về nhãn hàng hóa với 52 đại biểu là đại diện doanh nghiệp, hộ kinh doanh trên địa bàn. Tổ công tác của phường đang tiếp tục hướng dẫn 08 hộ sản xuất thực phẩm, đồ gỗ thực hiện ghi nhãn và công bố tiêu chuẩn áp dụng. Về kiểm tra, phường đã phối hợp thành lập 02 đoàn liên ngành kiểm tra 15 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em, lấy 06 mẫu gửi thử nghiệm; kết quả 02 cơ sở vi phạm về nhãn, xử phạt 7 triệu đồng; đợt kiểm tra theo kế hoạch năm đã kết thúc.",
      ["II.1.a", "II.2.d", "II.5.c"]),
     ("Đ/c Hồ Thị Lan, Phòng Văn hóa - Xã hội",
      "Phường đã cử 03 lượt công chức tham dự các lớp tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức (tháng 5 và tháng 8/2026).",
      ["II.3.a"])],
    "Phường hoàn thành các nội dung trọng tâm; việc hỗ trợ hộ sản xuất cần tiếp tục.",
    ["Chưa có kinh phí riêng để gửi mẫu thử nghiệm, phải lồng ghép từ nguồn chi thường xuyên."],
    ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn cơ chế bố trí kinh phí lấy mẫu, thử nghiệm đối với các nội dung được phân quyền cho phường."],
    "Phòng Kinh tế gửi biên bản về Chi cục Tiêu chuẩn Đo lường Chất lượng để tổng hợp.",
    [("II.1.a", "completed", {"training_courses": 1, "participants": 52}, "đã tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) ... với 52 đại biểu"),
     ("II.2.d", "in_progress", {"enterprises_supported": 8}, "đang tiếp tục hướng dẫn 08 hộ sản xuất ... ghi nhãn và công bố tiêu chuẩn áp dụng"),
     ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 15, "samples_tested": 6, "violations": 2, "fines_vnd": 7000000},
      "02 đoàn liên ngành kiểm tra 15 cơ sở ..., lấy 06 mẫu ...; 02 cơ sở vi phạm ..., xử phạt 7 triệu đồng; đợt kiểm tra ... đã kết thúc"),
     ("II.3.a", "completed", {"participants": 3}, "Phường đã cử 03 lượt công chức tham dự các lớp tập huấn")])

# ---------------- Phòng Kiểm tra - Pháp chế
bienban("KTPC-bien-ban-giao-ban-quy-III.docx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "08/BB-KTPC", "Thành phố Hồ Chí Minh", 29, 10, "15 giờ 00",
    "phòng làm việc Phòng Kiểm tra – Pháp chế",
    "Đ/c Lý Quang Vinh, Trưởng phòng", "Đ/c Mai Thị Hồng Nhung, chuyên viên",
    ["Các Phó Trưởng phòng", "Công chức Tổ kiểm tra", "Công chức Tổ pháp chế"],
    [("Đ/c Trịnh Văn Nam, Phó Trưởng phòng báo cáo phần kiểm tra",
      "Phòng đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 05 cuộc kiểm tra chất lượng, nhãn hàng hóa đối với 48 cơ sở sản xuất, kinh doanh; phát hiện 09 cơ sở vi phạm, tham mưu ban hành quyết định xử phạt với tổng số tiền 86.500.000 đồng; các đoàn kiểm tra Quý IV đang triển khai. Phòng cũng đã phối hợp Chi cục lấy 36 mẫu xăng dầu, mũ bảo hiểm phục vụ khảo sát chất lượng, kết quả đã gửi thông tin cảnh báo. Về phương tiện kỹ thuật nghiệp vụ, Phòng đã rà soát và phối hợp đưa đi kiểm định, hiệu chuẩn 12 phương tiện đo của đoàn kiểm tra, hoàn thành trong tháng 9.",
      ["II.5.a", "II.5.b", "II.4.b"]),
     ("Đ/c Mai Thị Hồng Nhung báo cáo phần pháp chế",
      "Tổ pháp chế đã góp ý 02 dự thảo văn bản hướng dẫn thi hành Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) theo đề nghị của Chi cục; việc góp ý vẫn tiếp tục thực hiện khi có yêu cầu. Trong kỳ, Phòng đã tiếp nhận, xử lý xong 04 đơn phản ánh, tố giác về gian lận đo lường, chưa phát sinh trường hợp đề nghị khen thưởng người tố giác.",
      ["II.2.c", "II.5.d"])],
    "Phòng thực hiện tốt vai trò phối hợp; cần đẩy nhanh các đoàn kiểm tra Quý IV.",
    ["Lực lượng công chức làm công tác kiểm tra mỏng so với số lượng cơ sở cần kiểm tra sau khi mở rộng địa giới Thành phố."],
    ["Đề xuất Lãnh đạo Sở bổ sung 02 biên chế công chức làm công tác kiểm tra cho Phòng trong năm 2027."],
    "Chuyên viên Mai Thị Hồng Nhung gửi biên bản về Chi cục Tiêu chuẩn Đo lường Chất lượng thay báo cáo phối hợp.",
    [("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 48, "violations": 9, "fines_vnd": 86500000},
      "05 cuộc kiểm tra ... 48 cơ sở ...; phát hiện 09 cơ sở vi phạm, ... 86.500.000 đồng; các đoàn kiểm tra Quý IV đang triển khai"),
     ("II.5.b", "completed", {"samples_tested": 36}, "phối hợp Chi cục lấy 36 mẫu xăng dầu, mũ bảo hiểm phục vụ khảo sát chất lượng, kết quả đã gửi thông tin cảnh báo"),
     ("II.4.b", "completed", {"instruments_verified": 12}, "kiểm định, hiệu chuẩn 12 phương tiện đo của đoàn kiểm tra, hoàn thành trong tháng 9"),
     ("II.2.c", "in_progress", {}, "góp ý 02 dự thảo văn bản hướng dẫn thi hành Luật ...; việc góp ý vẫn tiếp tục thực hiện khi có yêu cầu"),
     ("II.5.d", "completed", {}, "đã tiếp nhận, xử lý xong 04 đơn phản ánh, tố giác về gian lận đo lường")])

write_keys()
print("H1 done")
