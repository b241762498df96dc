def nw(n, noun): return "%s (%s) %s" % (P2(n), W(n), noun)
def mw(n): return "%s đồng (%s đồng)" % (dots(n), W(n))
# ===== H1 wards =====
U = ("25849", "Phường Hòa Lợi")
d1 = ["Cán bộ phụ trách kinh tế kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.",
      "Phường chưa có cân đối chứng đạt chuẩn để đặt tại chợ Hòa Lợi."]
p1 = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cấp hỗ trợ 01 (một) cân đối chứng cho chợ Hòa Lợi.",
      "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho cán bộ phường."]
qs = [("Phường có tổ chức tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh không? Hình thức, số lượng?",
       "Có. Phường đã đăng %s trên trang thông tin điện tử và tổ chức %s cho hộ kinh doanh tại chợ với %s tham dự. Nội dung này phường đã hoàn thành." % (nw(6, "tin, bài"), nw(2, "buổi hội nghị phổ biến"), nw(85, "lượt người"))),
      ("Phường đã tổ chức kiểm tra (phối hợp với Chi cục) về đo lường, chất lượng theo nội dung được phân quyền chưa?",
       "Có. Phường đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra %s đối với %s kinh doanh tại chợ và cửa hàng xăng dầu; phát hiện %s vi phạm, xử phạt %s. Hiện đang tiếp tục kiểm tra cân tại các chợ tạm." % (nw(3, "cuộc"), nw(17, "cơ sở"), nw(2, "cơ sở"), mw(7500000))),
      ("Cán bộ, công chức phường có tham gia tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng không?",
       "Có. Phường đã cử %s tham dự lớp tập huấn do Sở tổ chức tháng 6/2026. Đã hoàn thành." % nw(3, "công chức")),
      ("Phường có tiếp nhận phản ánh, tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng không?",
       "Không. Trong kỳ không phát sinh phản ánh, tố giác."),
      ("UBND phường có duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 không?",
       "Có. Phường đang thực hiện rà soát, cập nhật quy trình nội bộ theo mô hình khung; dự kiến công bố lại trong tháng 12/2026.")]
E = [("II.1.a", "completed", {"communications": 6, "training_courses": 2, "participants": 85}, qs[0][1]),
     ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 17, "violations": 2, "fines_vnd": 7500000}, qs[1][1]),
     ("II.3.a", "completed", {"participants": 3}, qs[2][1]),
     ("II.5.d", "not_applicable", {}, qs[3][1]),
     ("II.2.đ", "in_progress", {}, qs[4][1])]
fn = "25849-hoa-loi-tra-loi-mau-ct38.docx"
h1(fn, U, "312/BC-UBND", "2026-11-09", "Hòa Lợi, ngày 09 tháng 11 năm 2026", qs, d1, p1, E)
key(fn, U, "312/BC-UBND", "2026-11-09", E, d1, p1)

U = ("26560", "Phường Bà Rịa")
d1 = ["Nhiều hộ kinh doanh nhỏ lẻ không có mặt khi đoàn kiểm tra đến, phải kiểm tra lại nhiều lần."]
p1 = ["Đề nghị Chi cục thông báo sớm lịch kiểm tra phối hợp để phường bố trí lực lượng."]
qs = [("Phường đã tổ chức kiểm tra chưa? Số cuộc, số cơ sở, kết quả xử lý?",
       "Có. Phường đã chủ động phối hợp với Đội Quản lý thị trường kiểm tra việc ghi nhãn, chất lượng hàng hóa dịp Tết Nguyên đán tại %s (%s cuộc). Không phát hiện vi phạm. Đã hoàn thành đợt kiểm tra Tết." % (nw(12, "cơ sở"), W(2))),
      ("Phường có phối hợp Chi cục thực hiện các nội dung được phân quyền (kiểm tra cân, xăng dầu) không?",
       "Có. Phường đã phối hợp kiểm tra đo lường tại %s (gồm 02 chợ và 04 cửa hàng xăng dầu); phát hiện %s vi phạm, xử phạt %s. Công việc đang tiếp tục theo kế hoạch." % (nw(6, "cơ sở"), nw(1, "trường hợp"), mw(3000000))),
      ("Phường có hướng dẫn doanh nghiệp, hộ kinh doanh công bố chất lượng sản phẩm không?",
       "Chưa. Phường chưa thực hiện do chưa có hướng dẫn cụ thể."),
      ("Cán bộ phường có tham gia tập huấn không?",
       "Có. %s đã tham dự hội nghị tập huấn trực tuyến của Sở. Đã hoàn thành." % nw(2, "công chức").capitalize())]
E = [("II.5.a", "completed", {"establishments_inspected": 12, "inspections": 2}, qs[0][1]),
     ("II.5.c", "in_progress", {"establishments_inspected": 6, "violations": 1, "fines_vnd": 3000000}, qs[1][1]),
     ("II.2.d", "not_started", {}, qs[2][1]),
     ("II.3.a", "completed", {"participants": 2}, qs[3][1])]
fn = "26560-pbaria-bc-ct38-11thang.docx"
h1(fn, U, "845/BC-UBND", "2026-11-12", "Bà Rịa, ngày 12 tháng 11 năm 2026", qs, d1, p1, E)
key(fn, U, "845/BC-UBND", "2026-11-12", E, d1, p1)

U = ("25966", "Phường Lái Thiêu")
d1 = []
p1 = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền in sẵn về đo lường cho phường."]
qs = [("Phường đã tổ chức tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa?",
       "Có. Phường đã phát %s tờ rơi và đăng %s trên nhóm Zalo khu phố. Đang tiếp tục thực hiện." % (nw(1, "đợt"), nw(4, "tin"))),
      ("Phường đã tổ chức kiểm tra chưa?",
       "Có. Phường đã phối hợp Chi cục kiểm tra %s tại %s kinh doanh vàng bạc và cân tại chợ Lái Thiêu; chưa phát hiện vi phạm. Đã hoàn thành theo kế hoạch của phường." % (nw(2, "cuộc"), nw(9, "cơ sở"))),
      ("Phường có tiếp nhận phản ánh, tố giác vi phạm không?",
       "Có. Phường tiếp nhận %s phản ánh về cân thiếu tại chợ, đã chuyển Chi cục xử lý. Đã hoàn thành." % nw(1, "trường hợp"))]
E = [("II.1.a", "in_progress", {"communications": 4}, qs[0][1]),
     ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9}, qs[1][1]),
     ("II.5.d", "completed", {}, qs[2][1])]
fn = "bc-ct38-lai-thieu.docx"
h1(fn, U, "1207/BC-UBND", "2026-11-05", "Lái Thiêu, ngày 05 tháng 11 năm 2026", qs, d1, p1, E)
key(fn, U, "1207/BC-UBND", "2026-11-05", E, d1, p1)

# mistaken: chuyển đổi số in H1 hand
U = ("26842", "Phường Tăng Nhơn Phú")
qs = [("Phường đã triển khai nền tảng số cộng đồng chưa?", "Có. Phường đã triển khai %s tổ công nghệ số cộng đồng tại khu phố." % nw(14, "tổ")),
      ("Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình?", "Đạt 92%. Đang tiếp tục nâng tỷ lệ."),
      ("Phường đã tổ chức tập huấn kỹ năng số cho người dân chưa?", "Có. Đã tổ chức %s với %s tham dự." % (nw(3, "lớp"), nw(150, "lượt người")))]
fn = "26842-tnp-bc-chuyen-doi-so.docx"
h1(fn, U, "77/BC-UBND", "2026-11-10", "Tăng Nhơn Phú, ngày 10 tháng 11 năm 2026", qs, [], ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho tổ công nghệ số cộng đồng."], [],
   extra_title="Kết quả thực hiện chuyển đổi số năm 2026")
key(fn, U, "77/BC-UBND", "2026-11-10", [], [], [], status="rejected",
    reason="Báo cáo về chuyển đổi số của phường, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")
KEYS[fn]["unit"] = dict(id="26842", name="Phường Tăng Nhơn Phú")

# ===== H2 departments (status only as verb tense) =====
U = ("SO-CT", "Sở Công Thương")
S = [("Phối hợp kiểm tra xăng dầu, khí dầu mỏ hóa lỏng", [
        "Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức mười một (11) cuộc kiểm tra tại bốn mươi hai (42) cửa hàng xăng dầu và cơ sở kinh doanh khí; phát hiện năm (05) cơ sở vi phạm, xử phạt hai mươi lăm triệu đồng (25.000.000 đồng)."]),
     ("Góp ý dự thảo quy chuẩn kỹ thuật", [
        "Sở đã tổ chức góp ý ba (03) dự thảo quy chuẩn kỹ thuật quốc gia trong lĩnh vực công nghiệp do Bộ Công Thương gửi lấy ý kiến."]),
     ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ năng suất", [
        "Sở đang tổ chức chương trình khuyến công hỗ trợ mười tám (18) doanh nghiệp công nghiệp nông thôn áp dụng ISO 9001 và 5S; chương trình kéo dài đến hết năm."]),
     ("Cử cán bộ tham gia tập huấn", [
        "Sở sẽ cử cán bộ tham dự lớp cập nhật kiến thức về nhãn hàng hóa do Chi cục tổ chức trong tháng 12/2026."])]
E = [("II.5.a", "completed", {"inspections": 11, "establishments_inspected": 42, "violations": 5, "fines_vnd": 25000000}, S[0][1][0]),
     ("II.2.e", "completed", {"standards_reviewed": 3}, S[1][1][0]),
     ("II.2.d", "in_progress", {"enterprises_supported": 18}, S[2][1][0]),
     ("II.3.a", "not_started", {}, S[3][1][0])]
d1 = ["Lực lượng kiểm tra chuyên ngành mỏng trong khi số cửa hàng xăng dầu tăng nhanh sau sáp nhập địa bàn."]
p1 = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả kiểm định cột đo xăng dầu để phối hợp kiểm tra."]
fn = "SoCongThuong-BC-phoi-hop-CT38-2026.docx"
h2(fn, U, "9821/BC-SCT", "2026-11-16", "Thành phố Hồ Chí Minh, ngày 16 tháng 11 năm 2026", S, d1, p1, E, "Nguyễn Văn Hưng")
key(fn, U, "9821/BC-SCT", "2026-11-16", E, d1, p1)

U = ("SO-YT", "Sở Y tế")
S = [("Góp ý quy chuẩn, tiêu chuẩn lĩnh vực y tế", [
        "Sở đã góp ý năm (05) dự thảo tiêu chuẩn quốc gia về trang thiết bị y tế và hai (02) dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Y tế chủ trì, tổng cộng bảy (07) dự thảo."]),
     ("Áp dụng hệ thống quản lý chất lượng tại cơ quan", [
        "Sở đang tổ chức chuyển đổi hệ thống quản lý chất lượng nội bộ sang phiên bản điện tử, dự kiến xong trong quý I/2027."]),
     ("Kiểm tra phương tiện đo trong cơ sở khám chữa bệnh", [
        "Sở đã phối hợp Chi cục kiểm tra bốn (04) cuộc tại mười lăm (15) cơ sở khám, chữa bệnh tư nhân về phương tiện đo huyết áp, nhiệt kế; chưa phát hiện vi phạm."]),
     ("Đào tạo, bồi dưỡng", [
        "Sở đã tổ chức một (01) lớp bồi dưỡng về quản lý chất lượng xét nghiệm cho một trăm hai mươi (120) học viên là viên chức các bệnh viện."])]
E = [("II.2.e", "completed", {"standards_reviewed": 7}, S[0][1][0]),
     ("II.2.đ", "in_progress", {}, S[1][1][0]),
     ("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 15}, S[2][1][0]),
     ("II.3.a", "completed", {"training_courses": 1, "participants": 120}, S[3][1][0])]
d1 = ["Thời gian lấy ý kiến góp ý dự thảo ngắn, các bệnh viện chưa kịp tổng hợp ý kiến chuyên môn."]
p1 = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức hội thảo về đo lường trong lĩnh vực y tế năm 2027."]
fn = "BC-SYT-ket-qua-CT38.docx"
h2(fn, U, "6540/BC-SYT", "2026-11-13", "Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026", S, d1, p1, E, "Trần Thị Thu Hà")
key(fn, U, "6540/BC-SYT", "2026-11-13", E, d1, p1)

U = ("SO-XD", "Sở Xây dựng")
S = [("Kiểm tra chất lượng vật liệu xây dựng lưu thông", [
        "Sở đang tổ chức đợt kiểm tra chất lượng thép, xi măng, kính xây dựng; đến nay đã lấy hai mươi tư (24) mẫu gửi thử nghiệm, kết quả có ba (03) mẫu không đạt."]),
     ("Xây dựng quy chuẩn kỹ thuật địa phương", [
        "Sở sẽ tổ chức góp ý dự thảo quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị trong tháng 12/2026."]),
     ("Tập huấn cho công chức", [
        "Sở đã tổ chức hai (02) hội nghị phổ biến quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng cho một trăm linh năm (105) lượt công chức phòng kinh tế - hạ tầng các phường, xã."])]
E = [("II.5.a", "in_progress", {"samples_tested": 24}, S[0][1][0]),
     ("II.2.e", "not_started", {}, S[1][1][0]),
     ("II.3.a", "completed", {"training_courses": 2, "participants": 105}, S[2][1][0])]
d1 = ["Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, chưa được bố trí đủ kinh phí."]
p1 = ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm hỗ trợ giảm giá thử nghiệm mẫu phục vụ quản lý nhà nước."]
fn = "SXD_bao_cao_CT38_nam2026.docx"
h2(fn, U, "11302/SXD-KTXD", "2026-11-18", "Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2026", S, d1, p1, E, "Lê Quang Vinh")
key(fn, U, "11302/SXD-KTXD", "2026-11-18", E, d1, p1)

# ===== H3 wards XLSX with "bằng chữ" column =====
U = ("25813", "Phường Bến Cát")
R = [("Phối hợp Chi cục kiểm tra đo lường tại chợ, cửa hàng xăng dầu theo phân cấp",
      [("Số cuộc kiểm tra", 4, "bốn cuộc"), ("Số cơ sở được kiểm tra", 21, "hai mươi mốt cơ sở"), ("Số cơ sở vi phạm", 3, "ba cơ sở"), ("Số tiền xử phạt (đồng)", 12500000, "mười hai triệu năm trăm nghìn đồng")], "Xong"),
     ("Tuyên truyền pháp luật về TĐC cho hộ kinh doanh",
      [("Tin, bài", 8, "tám tin bài"), ("Hội nghị", 1, "một hội nghị"), ("Lượt người dự", 60, "sáu mươi lượt")], "Đang làm"),
     ("Cử công chức dự tập huấn nghiệp vụ",
      [("Số công chức", 2, "hai người")], "Xong"),
     ("Tiếp nhận, xử lý phản ánh tố giác vi phạm", [], "Không có")]
E = [("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 21, "violations": 3, "fines_vnd": 12500000}, R[0][0]),
     ("II.1.a", "in_progress", {"communications": 8, "training_courses": 1, "participants": 60}, R[1][0]),
     ("II.3.a", "completed", {"participants": 2}, R[2][0]),
     ("II.5.d", "not_applicable", {}, R[3][0])]
d1 = ["Chưa có kinh phí riêng cho công tác tuyên truyền tiêu chuẩn, đo lường, chất lượng."]
p1 = ["Đề nghị cấp phát tờ rơi, áp phích mẫu để phường nhân bản."]
fn = "25813_BenCat_bieu_CT38.xlsx"
h3(fn, U, "402/BC-UBND", "Bến Cát, ngày 06 tháng 11 năm 2026", R, d1, p1)
key(fn, U, "402/BC-UBND", "2026-11-06", E, d1, p1)

U = ("25771", "Phường Chánh Hiệp")
R = [("Kiểm tra cân tại chợ Chánh Hiệp và các chợ tạm (phối hợp Chi cục)",
      [("Số cuộc", 2, "hai cuộc"), ("Số cơ sở", 35, "ba mươi lăm cơ sở"), ("Số vi phạm", 4, "bốn trường hợp"), ("Tiền phạt (đồng)", 6000000, "sáu triệu đồng")], "Đang làm"),
     ("Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng",
      [("Số hộ, doanh nghiệp được hướng dẫn", 14, "mười bốn hộ")], "Xong"),
     ("Duy trì ISO 9001 tại UBND phường", [], "Xong")]
E = [("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 35, "violations": 4, "fines_vnd": 6000000}, R[0][0]),
     ("II.2.d", "completed", {"enterprises_supported": 14}, R[1][0]),
     ("II.2.đ", "completed", {}, R[2][0])]
d1 = ["Cân đối chứng tại chợ bị hỏng, chưa được thay thế."]
p1 = ["Đề nghị Chi cục kiểm định lại và thay cân đối chứng tại chợ Chánh Hiệp."]
fn = "chanh-hiep-ct38-bieu.xlsx"
h3(fn, U, "588/BC-UBND", "Chánh Hiệp, ngày 11 tháng 11 năm 2026", R, d1, p1)
key(fn, U, "588/BC-UBND", "2026-11-11", E, d1, p1)

U = ("26713", "Phường Tân Phước")
R = [("Phối hợp kiểm tra đo lường, chất lượng theo phân cấp",
      [("Số cuộc", 1, "một cuộc"), ("Số cơ sở", 7, "bảy cơ sở")], "Xong"),
     ("Tuyên truyền trên loa phát thanh, trang thông tin điện tử phường",
      [("Tin, bài", 5, "năm tin")], "Xong"),
     ("Cử cán bộ dự tập huấn", [], "Chưa làm")]
E = [("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 7}, R[0][0]),
     ("II.1.a", "completed", {"communications": 5}, R[1][0]),
     ("II.3.a", "not_started", {}, R[2][0])]
d1 = ["Phường mới sắp xếp, cán bộ theo dõi lĩnh vực thay đổi nhiều lần."]
p1 = ["Đề nghị mời cán bộ phường dự lớp tập huấn gần nhất của Sở."]
fn = "TanPhuoc-BC-CT38.xlsx"
h3(fn, U, "219/BC-UBND", "Tân Phước, ngày 04 tháng 11 năm 2026", R, d1, p1)
key(fn, U, "219/BC-UBND", "2026-11-04", E, d1, p1)

# ===== H4 communes DOCX table =====
U = ("26647", "Xã Hòa Hiệp")
R = [("Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng theo nội dung phân quyền",
      [nw(3, "cuộc kiểm tra"), nw(16, "cơ sở được kiểm tra"), nw(1, "cơ sở vi phạm"), "Phạt tiền " + mw(2500000)], "Hoàn tất"),
     ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng tại các ấp",
      [nw(10, "tin phát trên đài truyền thanh xã")], "Đang tiến hành"),
     ("Cán bộ xã dự tập huấn nghiệp vụ", [nw(1, "công chức tham dự")], "Hoàn tất"),
     ("Tiếp nhận tố giác vi phạm về đo lường, chất lượng", [], "Không có phát sinh")]
E = [("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 16, "violations": 1, "fines_vnd": 2500000}, R[0][0]),
     ("II.1.a", "in_progress", {"communications": 10}, R[1][0]),
     ("II.3.a", "completed", {"participants": 1}, R[2][0]),
     ("II.5.d", "not_applicable", {}, R[3][0])]
d1 = ["Địa bàn rộng, cơ sở kinh doanh phân tán ở các ấp ven biển."]
p1 = ["Đề nghị hỗ trợ phương tiện đo kiểm tra nhanh cho xã."]
fn = "26647-xa-hoa-hiep-bc-ct38.docx"
h4(fn, U, "156/BC-UBND", "2026-11-09", "Hòa Hiệp, ngày 09 tháng 11 năm 2026",
   "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", R, d1, p1, "Võ Thành Phúc")
key(fn, U, "156/BC-UBND", "2026-11-09", E, d1, p1)

U = ("26590", "Xã Bình Giã")
R = [("Phối hợp kiểm tra cân tại chợ Bình Giã và đại lý thu mua nông sản",
      [nw(2, "cuộc"), nw(11, "cơ sở"), nw(2, "trường hợp vi phạm"), "Tiền phạt " + mw(4000000)], "Đang tiến hành"),
     ("Hướng dẫn hợp tác xã, hộ sản xuất truy xuất nguồn gốc, công bố chất lượng sản phẩm",
      [nw(3, "hợp tác xã được hướng dẫn")], "Hoàn tất"),
     ("Áp dụng ISO 9001 tại UBND xã", [], "Chưa tiến hành")]
E = [("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 2, "fines_vnd": 4000000}, R[0][0]),
     ("II.2.d", "completed", {"enterprises_supported": 3}, R[1][0]),
     ("II.2.đ", "not_started", {}, R[2][0])]
d1 = ["Xã chưa có công chức chuyên trách lĩnh vực khoa học và công nghệ."]
p1 = ["Đề nghị Sở hướng dẫn xã xây dựng hệ thống quản lý chất lượng sau sắp xếp."]
fn = "BinhGia_BC_CT38_T11.docx"
h4(fn, U, "98/BC-UBND", "2026-11-14", "Bình Giã, ngày 14 tháng 11 năm 2026",
   "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW (11 tháng năm 2026)", R, d1, p1, "Phan Văn Lực")
key(fn, U, "98/BC-UBND", "2026-11-14", E, d1, p1)

# mistaken H4: phòng chống thiên tai
U = ("26617", "Xã Nghĩa Thành")
R = [("Kiện toàn Ban Chỉ huy phòng thủ dân sự xã", [], "Hoàn tất"),
     ("Diễn tập ứng phó bão, lũ", [nw(1, "cuộc diễn tập"), nw(120, "người tham gia")], "Hoàn tất"),
     ("Rà soát hộ dân vùng sạt lở", [nw(37, "hộ")], "Đang tiến hành")]
fn = "NghiaThanh-BC-PCTT-2026.docx"
h4(fn, U, "171/BC-UBND", "2026-11-08", "Nghĩa Thành, ngày 08 tháng 11 năm 2026",
   "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026", R,
   ["Thiếu áo phao, xuồng cứu hộ."], ["Đề nghị cấp bổ sung trang thiết bị cứu hộ."], "Đỗ Minh Tâm")
key(fn, U, "171/BC-UBND", "2026-11-08", [], [], [], status="rejected",
    reason="Báo cáo công tác phòng, chống thiên tai, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW")

# ===== H5 XLSX blocks, figures in words only =====
U = ("26596", "Xã Châu Đức")
B = [("kiểm tra cân, xăng dầu cùng Chi cục (việc phân quyền cho xã)",
      [("Số cuộc kiểm tra", "hai cuộc"), ("Số cơ sở kiểm tra", "mười ba cơ sở"), ("Số cơ sở vi phạm", "một cơ sở"), ("Tiền phạt", "ba triệu năm trăm nghìn đồng")], "Rồi", ""),
     ("tuyên truyền trên đài xã", [("Số tin", "sáu tin")], "Chưa xong", "còn đợt tháng 12"),
     ("cử người đi tập huấn", [("Số người đi", "hai người")], "Rồi", "")]
E = [("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 13, "violations": 1, "fines_vnd": 3500000}, B[0][0]),
     ("II.1.a", "in_progress", {"communications": 6}, B[1][0]),
     ("II.3.a", "completed", {"participants": 2}, B[2][0])]
d1 = ["Cán bộ kiêm nhiệm, không có thời gian theo dõi thường xuyên."]
p1 = ["Xin Sở tổ chức tập huấn tại cụm xã để cán bộ đi lại thuận tiện."]
fn = "ChauDuc_CT38.xlsx"
h5(fn, U, "301/BC-UBND", "Châu Đức, ngày 10 tháng 11 năm 2026", B, d1, p1)
key(fn, U, "301/BC-UBND", "2026-11-10", E, d1, p1)

U = ("26680", "Xã Đất Đỏ")
B = [("phối hợp kiểm tra đo lường ở chợ Đất Đỏ", [("Số cuộc", "một cuộc"), ("Số cơ sở", "tám cơ sở")], "Rồi", "không có vi phạm"),
     ("hướng dẫn hộ làm mắm, hải sản khô ghi nhãn, công bố sản phẩm", [("Số hộ được hướng dẫn", "chín hộ")], "Chưa xong", "đang làm hồ sơ"),
     ("nhận tin báo vi phạm", [], "Không có", "")]
E = [("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 8}, B[0][0]),
     ("II.2.d", "in_progress", {"enterprises_supported": 9}, B[1][0]),
     ("II.5.d", "not_applicable", {}, B[2][0])]
d1 = ["Hộ sản xuất chưa hiểu thủ tục tự công bố sản phẩm."]
p1 = ["Đề nghị Chi cục cử cán bộ về hướng dẫn trực tiếp các hộ sản xuất."]
fn = "dat-do-bao-cao-ct38.xlsx"
h5(fn, U, "245/BC-UBND", "Đất Đỏ, ngày 07 tháng 11 năm 2026", B, d1, p1)
key(fn, U, "245/BC-UBND", "2026-11-07", E, d1, p1)

U = ("25945", "Phường Tân Đông Hiệp")
B = [("kiểm tra cùng Chi cục theo phân cấp", [("Số cuộc", "ba cuộc"), ("Số cơ sở", "hai mươi cơ sở"), ("Vi phạm", "hai cơ sở"), ("Phạt", "năm triệu đồng")], "Chưa xong", "còn một đợt tháng 12"),
     ("tuyên truyền cho hộ kinh doanh", [("Hội nghị", "một hội nghị"), ("Người dự", "bốn mươi lăm người")], "Rồi", ""),
     ("ISO 9001 tại phường", [], "Chưa bắt đầu", "chờ hướng dẫn mô hình khung mới")]
E = [("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 20, "violations": 2, "fines_vnd": 5000000}, B[0][0]),
     ("II.1.a", "completed", {"training_courses": 1, "participants": 45}, B[1][0]),
     ("II.2.đ", "not_started", {}, B[2][0])]
d1 = ["Số hộ kinh doanh đông, lực lượng phường mỏng."]
p1 = ["Đề nghị Chi cục tăng số đợt kiểm tra phối hợp tại phường."]
fn = "TanDongHiep-ct38-11-2026.xlsx"
h5(fn, U, "633/BC-UBND", "Tân Đông Hiệp, ngày 13 tháng 11 năm 2026", B, d1, p1)
key(fn, U, "633/BC-UBND", "2026-11-13", E, d1, p1)

# ---- LibreOffice re-save, then hash & write keys
import subprocess, shutil, tempfile
for f in ["bc-ct38-lai-thieu.docx", "chanh-hiep-ct38-bieu.xlsx"]:
    tmp = tempfile.mkdtemp()
    ext = f.rsplit(".", 1)[1]
    subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/lo", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, f)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
for fn, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
