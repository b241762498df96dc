# -*- coding: utf-8 -*-
# Report contents. Each group: status word (as written), status key, items (task, indicators, text)
R = []
def rep(**k): R.append(k)

# ---------------- H1: Chị Lan (ward narrative, several tasks per paragraph, one status per paragraph, "Ghi chú thêm" corrections at the end)
rep(file="26842_TangNhonPhu_bc11thang_CT38.docx", hand="H1", uid="26842", uname="Phường Tăng Nhơn Phú", number="412/BC-UBND", date="2026-11-18",
 groups=[
  dict(sw="Các phần việc trên phường đã làm xong trong tháng 10", st="completed", items=[
   ("II.1.a", {"training_courses":2, "participants":164}, "phường phối hợp Chi cục TĐC mở 02 lớp phổ biến quy định về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh tại hội trường khu phố 5 và khu phố 9 với tổng cộng 164 lượt người dự"),
   ("II.3.a", {"participants":6}, "đồng thời cử 06 công chức phòng Kinh tế và tổ quản lý thị trường tham dự buổi tập huấn nghiệp vụ do Sở tổ chức hồi tháng 6")]),
  dict(sw="nhìn chung vẫn đang tiếp tục làm, dự kiến cuối tháng 12 mới tổng hợp xong", st="in_progress", items=[
   ("II.5.c", {"inspections":4, "establishments_inspected":31, "violations":3, "fines_vnd":7500000}, "về phần việc được phân quyền, Tổ kiểm tra liên ngành của phường đã đi 04 đợt kiểm tra đo lường tại chợ Tăng Nhơn Phú và các cửa hàng xăng dầu, vàng bạc trên địa bàn, kiểm tra tổng số 31 cơ sở, phát hiện 3 cơ sở vi phạm (cân sai số vượt mức cho phép, không niêm yết), đã lập biên bản và xử phạt tổng số tiền 7,5 triệu đồng"),
   ("II.5.a", {"samples_tested":12}, "bên cạnh đó phường hỗ trợ Chi cục lấy 12 mẫu mũ bảo hiểm và đồ chơi trẻ em bày bán gần các trường học trong đợt kiểm tra chất lượng hàng hóa để gửi thử nghiệm")])],
 diff=["Phường chưa có cán bộ chuyên trách về tiêu chuẩn đo lường chất lượng, anh em phòng Kinh tế kiêm nhiệm nhiều việc nên việc theo dõi còn chậm.",
       "Trang thiết bị kiểm tra như quả cân chuẩn, bình chuẩn dung tích phường không có, mỗi lần kiểm tra phải mượn của Chi cục."],
 prop=["Đề nghị Chi cục TĐC cho phường mượn dài hạn 01 bộ quả cân chuẩn để phục vụ kiểm tra tại chợ.",
       "Đề nghị Sở mở thêm lớp tập huấn nghiệp vụ cho công chức phường mới."],
 notes=["Ghi chú thêm (chị Lan bổ sung sau khi đối chiếu sổ): ở đoạn trên số cơ sở vi phạm ghi 3 là đúng, nhưng số tiền phạt đã nộp kho bạc đến ngày 17/11 là 7,5 triệu đồng, khớp với biên bản; riêng số lượt người dự lớp khu phố 9 có 12 người ký trễ đã cộng vào con số 164 ở trên."])

rep(file="26680_XaDatDo_BC_CT38_11thang.docx", hand="H1", uid="26680", uname="Xã Đất Đỏ", number="287/BC-UBND", date="2026-11-24",
 groups=[
  dict(sw="Hai việc này xã đã thực hiện xong", st="completed", items=[
   ("II.1.a", {"communications":9}, "trong năm xã đã đăng 09 tin, bài trên trang thông tin điện tử xã và phát trên loa truyền thanh các ấp về việc sử dụng cân đối chứng, hàng hóa có dấu hợp quy"),
   ("II.3.a", {"training_courses":1, "participants":23}, "đồng thời xã tổ chức 01 buổi tập huấn lồng ghép cho 23 cán bộ ấp, ban quản lý chợ Đất Đỏ về kiểm tra cân trong buôn bán")]),
  dict(sw="phần việc kiểm tra này xã vẫn còn đang làm", st="in_progress", items=[
   ("II.5.c", {"inspections":2, "establishments_inspected":18, "violations":1, "fines_vnd":2000000}, "xã đã phối hợp Chi cục TĐC kiểm tra 2 cuộc tại chợ Đất Đỏ và chợ Phước Hội, tổng cộng 18 cơ sở kinh doanh, trong đó 1 cơ sở dùng cân không được kiểm định bị phạt 2.000.000 đồng")]),
  dict(sw="việc này chưa làm được", st="not_started", items=[
   ("II.2.d", {}, "riêng việc hướng dẫn các hợp tác xã nông sản làm công bố tiêu chuẩn cơ sở cho sản phẩm do chưa có tài liệu hướng dẫn và chưa có hợp tác xã nào đăng ký")])],
 diff=["Nhiều hộ kinh doanh nhỏ ở chợ quê vẫn dùng cân đồng hồ cũ, tuyên truyền nhiều lần nhưng chưa thay đổi."],
 prop=["Kiến nghị Chi cục hỗ trợ đổi cân cho tiểu thương ở chợ Phước Hội như chương trình năm trước."],
 notes=["Đính chính: bản gửi qua hộp thư ngày 20/11 ghi số cơ sở được kiểm tra là 16, nay sửa lại là 18 cơ sở (đã cộng thêm 02 cơ sở kiểm tra ngày 19/11)."])

rep(file="25867_AnLong_BC_CDS_11thang.docx", hand="H1", uid="25867", uname="Xã An Long", number="301/BC-UBND", date="2026-11-20", rejected=True,
 reason="Báo cáo về chuyển đổi số của xã, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).",
 title="Kết quả thực hiện nhiệm vụ chuyển đổi số 11 tháng năm 2026",
 groups=[
  dict(sw="Các việc này xã đã làm xong", st="completed", items=[
   (None, {}, "xã đã hoàn thành việc cài đặt ứng dụng định danh điện tử VNeID mức 2 cho 2.415 người dân, đạt 86% chỉ tiêu huyện giao trước đây, đồng thời thành lập 07 tổ công nghệ số cộng đồng ở 07 ấp với 49 thành viên"),
   (None, {}, "tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình 11 tháng đạt 78,4%")]),
  dict(sw="việc này vẫn đang làm", st="in_progress", items=[
   (None, {}, "xã đang phối hợp Viettel lắp camera giám sát tại 4 điểm giao lộ chính, đã lắp được 2 điểm")])],
 diff=["Đường truyền internet tại một số ấp xa còn yếu."], prop=["Đề nghị cấp thêm máy tính cho bộ phận một cửa."], notes=[])

# ---------------- H3: Ông Hải (degree numbering 1°, 2°; status once per group in a line "→ Tình trạng chung của mục: …")
rep(file="25750_PhuLoi_BC_CT38_2026.docx", hand="H3", uid="25750", uname="Phường Phú Lợi", number="198/BC-UBND", date="2026-11-16", lo=True,
 groups=[
  dict(title="Về tuyên truyền và bồi dưỡng cán bộ", sw="đã hoàn thành", st="completed", items=[
   ("II.1.a", {"communications":14, "training_courses":1, "participants":72}, "Phường đã cho phát 14 tin, bài tuyên truyền trên hệ thống loa và trang Facebook của phường về Chỉ thị 38-CT/TW, về ghi nhãn hàng hóa và cân đối chứng, và tổ chức 01 buổi nói chuyện chuyên đề cho 72 hộ kinh doanh khu vực chợ Phú Lợi."),
   ("II.3.a", {"participants":4}, "Cử 04 công chức dự lớp cập nhật kiến thức đo lường do Chi cục TĐC tổ chức tháng 8/2026.")]),
  dict(title="Về kiểm tra theo phân cấp", sw="đang thực hiện (còn 01 đợt kiểm tra Tết Dương lịch)", st="in_progress", items=[
   ("II.5.c", {"inspections":3, "establishments_inspected":26, "violations":2, "fines_vnd":4250000}, "Qua 03 cuộc kiểm tra liên ngành về đo lường, nhãn hàng hóa tại 26 cơ sở (chợ, cửa hàng vàng bạc, cây xăng), phát hiện 02 cơ sở vi phạm, xử phạt 4.250.000 đồng; đã chuyển 01 trường hợp về Chi cục xử lý theo thẩm quyền.")]),
  dict(title="Về hỗ trợ doanh nghiệp", sw="không phát sinh trong kỳ", st="not_applicable", items=[
   ("II.2.d", {}, "Trên địa bàn chưa có doanh nghiệp đề nghị phường hướng dẫn công bố hợp chuẩn, hợp quy.")])],
 diff=["Lực lượng kiểm tra mỏng, chủ yếu kiêm nhiệm."],
 prop=["Đề nghị Chi cục TĐC gửi danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường mới để phường chủ động kiểm tra."],
 notes=[])

rep(file="SoCongThuong_BC_CT38_11T2026.docx", hand="H3", uid="SO-CT", uname="Sở Công Thương", number="5126/BC-SCT", date="2026-11-19",
 groups=[
  dict(title="Kiểm tra chất lượng hàng hóa lưu thông, phối hợp với Chi cục TĐC", sw="đang thực hiện, lũy kế đến 15/11/2026", st="in_progress", items=[
   ("II.5.a", {"inspections":37, "establishments_inspected":212, "violations":41, "fines_vnd":1265000000, "samples_tested":58}, "Lực lượng Quản lý thị trường phối hợp Chi cục TĐC tiến hành 37 cuộc kiểm tra chuyên đề về chất lượng, nhãn hàng hóa đối với xăng dầu, phân bón, mũ bảo hiểm, đồ điện gia dụng tại 212 cơ sở, phát hiện 41 cơ sở vi phạm, xử phạt hành chính 1,265 tỷ đồng, lấy 58 mẫu gửi thử nghiệm."),
   ("II.5.b", {"samples_tested":24}, "Phối hợp khảo sát chất lượng xăng dầu tại 24 cửa hàng (24 mẫu) trên các tuyến quốc lộ 1A, 13 và 22; kết quả khảo sát đã gửi Chi cục để cảnh báo.")]),
  dict(title="Góp ý quy chuẩn và hỗ trợ doanh nghiệp ngành công thương", sw="đã hoàn thành", st="completed", items=[
   ("II.2.e", {"standards_reviewed":5}, "Sở đã có văn bản góp ý 05 dự thảo QCVN do Bộ Công Thương và Bộ KH&CN gửi xin ý kiến (an toàn điện, khí dầu mỏ hóa lỏng, thép làm cốt bê tông…)."),
   ("II.2.d", {"enterprises_supported":63, "training_courses":2}, "Thông qua chương trình khuyến công, hỗ trợ 63 doanh nghiệp, cơ sở công nghiệp nông thôn áp dụng hệ thống quản lý chất lượng, tổ chức 02 hội thảo giới thiệu công cụ cải tiến năng suất.")])],
 diff=["Chi phí thử nghiệm mẫu lớn, kinh phí lấy mẫu của lực lượng QLTT hạn chế.",
       "Một số hàng hóa nhập khẩu bán qua sàn thương mại điện tử khó xác định chủ thể chịu trách nhiệm."],
 prop=["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng định kỳ hằng quý để làm căn cứ xây dựng kế hoạch kiểm tra."],
 notes=[])

rep(file="SoYTe_CV_bao_cao_CT38_nam2026.docx", hand="H3", uid="SO-YT", uname="Sở Y tế", number="8810/SYT-NVY", date="2026-11-26",
 groups=[
  dict(title="Kiểm định, hiệu chuẩn thiết bị y tế có yêu cầu đo lường", sw="đã hoàn thành kế hoạch năm", st="completed", items=[
   ("II.5.a", {"inspections":6, "establishments_inspected":45, "instruments_verified":1380}, "Sở đã chỉ đạo các bệnh viện, trung tâm y tế thực hiện kiểm định, hiệu chuẩn 1.380 phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe, máy đo điện tim…) và phối hợp 06 đoàn kiểm tra việc tuân thủ quy định đo lường tại 45 cơ sở khám chữa bệnh.")]),
  dict(title="Hệ thống quản lý chất lượng trong cơ quan, đào tạo", sw="đang thực hiện", st="in_progress", items=[
   ("II.2.đ", {}, "Văn phòng Sở đang rà soát, cập nhật hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho các quy trình giải quyết thủ tục hành chính sau sắp xếp."),
   ("II.3.a", {"participants":11}, "Cử 11 viên chức tham gia khóa tập huấn về đo lường trong lĩnh vực y tế do Chi cục TĐC tổ chức.")])],
 diff=["Một số phương tiện đo y tế chuyên dùng chưa có tổ chức kiểm định được chỉ định tại Thành phố."],
 prop=["Đề nghị Sở KH&CN hướng dẫn danh mục phương tiện đo nhóm 2 trong lĩnh vực y tế phải kiểm định."],
 notes=[])

rep(file="ChiCucTDC_BC_11thang_CT38_2026.docx", hand="H3", uid="SKHCN-CCTDC", uname="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", number="1742/BC-TĐC", date="2026-11-27",
 groups=[
  dict(title="Tuyên truyền, tập huấn, Giải thưởng Chất lượng Quốc gia", sw="đã hoàn thành", st="completed", items=[
   ("II.1.a", {"training_courses":7, "participants":845}, "Chi cục tổ chức 07 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và 01 buổi tọa đàm với doanh nghiệp nhập khẩu (tính trong số 07 lớp), thu hút 845 lượt đại biểu."),
   ("II.1.b", {"enterprises_supported":19}, "Vận động, hướng dẫn 19 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026."),
   ("II.2.b", {}, "Hội đồng sơ tuyển đã thẩm định hồ sơ, đánh giá tại doanh nghiệp và gửi kết quả về Ủy ban TĐC Quốc gia.")]),
  dict(title="Năng suất chất lượng, đo lường, truy xuất nguồn gốc, ISO hành chính", sw="đang thực hiện theo tiến độ", st="in_progress", items=[
   ("II.2.a", {"enterprises_supported":42, "budget_spent_vnd":186500000}, "Triển khai Chương trình 1322, Đề án 996 và Đề án 100: hỗ trợ 42 doanh nghiệp (áp dụng công cụ năng suất, mã số mã vạch, truy xuất nguồn gốc), kinh phí đã giải ngân 186.500.000 đồng."),
   ("II.2.đ", {}, "Tiếp tục hướng dẫn các cơ quan hành chính duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đang kiểm tra việc áp dụng tại các phường, xã mới."),
   ("II.2.e", {"standards_reviewed":16}, "Góp ý 16 dự thảo TCVN, QCVN; đang xây dựng dự thảo quy chuẩn kỹ thuật địa phương về nước sạch.")]),
  dict(title="Kiểm tra, khảo sát, phối hợp với địa phương", sw="đang thực hiện, sẽ tổng hợp số liệu cả năm vào ngày 31/12", st="in_progress", items=[
   ("II.5.a", {"inspections":48, "establishments_inspected":376, "violations":54, "fines_vnd":982000000}, "Thực hiện 48 cuộc kiểm tra về tiêu chuẩn, đo lường, chất lượng tại 376 cơ sở sản xuất, kinh doanh, nhập khẩu; phát hiện 54 cơ sở vi phạm, ban hành quyết định xử phạt tổng số tiền 982 triệu đồng."),
   ("II.5.b", {"samples_tested":215}, "Khảo sát chất lượng 215 mẫu sản phẩm, hàng hóa (xăng dầu, thép, đồ chơi trẻ em, sữa bột…)."),
   ("II.5.c", {"training_courses":3, "participants":310}, "Tổ chức 03 hội nghị hướng dẫn nội dung phân quyền quản lý nhà nước về TĐC cho 310 cán bộ phường, xã, đặc khu.")]),
  dict(title="Hợp tác quốc tế và APO", sw="không phát sinh trong kỳ báo cáo", st="not_applicable", items=[
   ("II.6.b", {}, "Chưa nhận được yêu cầu của Ủy ban TĐC Quốc gia về dự án APO tại Thành phố.")])],
 diff=["Biên chế Chi cục sau sắp xếp giảm trong khi địa bàn quản lý mở rộng sau hợp nhất.",
       "Kinh phí thử nghiệm mẫu khảo sát chưa đáp ứng số lượng mẫu theo kế hoạch."],
 prop=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
       "Đề nghị Sở có văn bản đôn đốc các phường, xã gửi báo cáo đúng hạn."],
 notes=["Ghi chú: số tiền xử phạt 982 triệu đồng nêu ở mục 3° đã bao gồm 03 quyết định do Phòng Kiểm tra – Pháp chế tham mưu ký."])

# ---------------- H2: Anh Tùng (Excel, one row covers 2-3 tasks; status column given per row group; notes & corrections at the bottom)
rep(file="25813_BenCat_bieu_CT38_11T.xlsx", hand="H2", uid="25813", uname="Phường Bến Cát", number="233/BC-UBND", date="2026-11-17",
 groups=[
  dict(title="Tuyên truyền + tập huấn cán bộ khu phố", sw="Xong", st="completed", items=[
   ("II.1.a", {"communications":11}, "11 tin bài trên cổng TTĐT và loa phát thanh"),
   ("II.3.a", {"training_courses":1, "participants":38}, "01 lớp cho 38 cán bộ khu phố, tổ dân phố")]),
  dict(title="Kiểm tra đo lường chợ, cây xăng + lấy mẫu", sw="Đang làm", st="in_progress", items=[
   ("II.5.c", {"inspections":5, "establishments_inspected":44, "violations":4, "fines_vnd":11000000}, "5 cuộc / 44 cơ sở / 4 vi phạm / phạt 11 triệu"),
   ("II.5.a", {"samples_tested":6}, "hỗ trợ Chi cục lấy 6 mẫu xăng trong đợt kiểm tra chất lượng xăng dầu")])],
 diff=["Phường mới sáp nhập, địa bàn rộng, cơ sở kinh doanh nhiều."], prop=["Xin Chi cục hỗ trợ 01 cán bộ hướng dẫn nghiệp vụ kiểm tra cân."],
 notes=["(*) Dòng 2: số tiền phạt ghi 11 triệu là tổng của 4 quyết định, đã thu đủ."])

rep(file="26758_CauOngLanh_CT38_nam2026.xlsx", hand="H2", uid="26758", uname="Phường Cầu Ông Lãnh", number="156/BC-UBND", date="2026-11-23",
 groups=[
  dict(title="Kiểm tra chợ Bến Thành cũ, chợ Cầu Muối + vàng bạc", sw="Đã xong đợt cuối năm", st="completed", items=[
   ("II.5.c", {"inspections":3, "establishments_inspected":27, "violations":2, "fines_vnd":3500000}, "03 cuộc - 27 cơ sở - 02 vi phạm - phạt 3.500.000đ")]),
  dict(title="Tuyên truyền cân đối chứng + hướng dẫn DN công bố", sw="Còn làm tiếp", st="in_progress", items=[
   ("II.1.a", {"communications":6}, "06 bài trên trang phường"),
   ("II.2.d", {"enterprises_supported":3}, "hướng dẫn 03 DN nhỏ làm hồ sơ công bố hợp quy")]),
  dict(title="Tập huấn cán bộ", sw="Chưa làm", st="not_started", items=[
   ("II.3.a", {}, "chưa cử được người (trùng lịch)")])],
 diff=["Công chức phụ trách nghỉ thai sản từ tháng 9."], prop=["Đề nghị tổ chức lớp bù vào tháng 12 cho phường chưa cử người."],
 notes=["Sửa lại: bản gửi ngày 21/11 dòng 1 ghi 25 cơ sở, số đúng là 27 cơ sở."])

rep(file="SoXayDung_tonghop_CT38_2026.xlsx", hand="H2", uid="SO-XD", uname="Sở Xây dựng", number="9043/SXD-KTXD", date="2026-11-25",
 groups=[
  dict(title="Kiểm tra VLXD + góp ý QCVN", sw="HT", st="completed", items=[
   ("II.5.a", {"inspections":4, "establishments_inspected":29, "violations":5, "fines_vnd":96000000}, "04 đoàn kiểm tra VLXD (thép, xi măng, kính) tại 29 cơ sở, 05 cơ sở vi phạm, phạt 96 triệu đồng"),
   ("II.2.e", {"standards_reviewed":7}, "góp ý 07 dự thảo QCVN, TCVN lĩnh vực xây dựng")]),
  dict(title="ISO 9001 trong Sở + tập huấn", sw="ĐTH", st="in_progress", items=[
   ("II.2.đ", {}, "đang chuyển đổi quy trình ISO sang môi trường điện tử"),
   ("II.3.a", {"participants":15}, "cử 15 công chức dự tập huấn")])],
 diff=["Chưa có phòng thử nghiệm VLXD được chỉ định đủ các chỉ tiêu theo QCVN 16."], prop=["Đề nghị Sở KH&CN công bố danh sách tổ chức thử nghiệm được chỉ định."],
 notes=["HT = hoàn thành; ĐTH = đang thực hiện (theo quy ước của Sở)."])

rep(file="SoNNMT_bao_cao_PCTT_11thang.xlsx", hand="H2", uid="SO-NNMT", uname="Sở Nông nghiệp và Môi trường", number="7712/BC-SNNMT", date="2026-11-21", rejected=True,
 reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm).",
 title="Tình hình thực hiện công tác phòng, chống thiên tai và TKCN 11 tháng năm 2026",
 groups=[
  dict(title="Diễn tập PCTT + tập huấn xã", sw="Xong", st="completed", items=[
   (None, {}, "02 cuộc diễn tập cấp TP; 14 lớp tập huấn cộng đồng, 1.260 lượt người")]),
  dict(title="Gia cố đê bao, kè sạt lở", sw="Đang làm", st="in_progress", items=[
   (None, {}, "đã gia cố 3,8 km đê bao; 2 công trình kè đang thi công")])],
 diff=["Triều cường vượt mức báo động III nhiều đợt."], prop=["Bố trí vốn khắc phục sạt lở bờ sông Sài Gòn."], notes=[])

rep(file="PhongKTPC_CT38_11thang.xlsx", hand="H2", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế", number=None, date="2026-11-15", lo=True,
 groups=[
  dict(title="Phối hợp Chi cục kiểm tra + xử lý VPHC + bảo vệ người tố giác", sw="Đang thực hiện", st="in_progress", items=[
   ("II.5.a", {"inspections":12, "violations":9, "fines_vnd":214000000}, "phối hợp 12 cuộc; tham mưu xử phạt 9 trường hợp, tổng 214 triệu đồng"),
   ("II.5.d", {}, "tiếp nhận, xử lý đơn phản ánh; chưa có trường hợp đề nghị khen thưởng")]),
  dict(title="Rà soát thiết bị nghiệp vụ (NĐ 135) + góp ý VBQPPL", sw="Hoàn thành", st="completed", items=[
   ("II.4.b", {"instruments_verified":8}, "hiệu chuẩn 8 thiết bị kỹ thuật nghiệp vụ"),
   ("II.2.c", {}, "đã góp ý dự thảo Luật sửa đổi Luật Đo lường theo yêu cầu")])],
 diff=["Thiếu công chức có chuyên môn đo lường."], prop=["Đề nghị Chi cục cử chuyên viên hỗ trợ khi kiểm tra chuyên sâu."],
 notes=["Ghi chú: phòng không có số văn bản riêng, gửi kèm phiếu trình."])

# ---------------- H4: Vy (Word table "Nhóm việc | Đã làm | Đếm được | Đánh giá nhóm", one row per 2-3 tasks, "Sửa sau bản nháp" list at the end)
rep(file="26732_ConDao_CT38_BC_nam2026.docx", hand="H4", uid="26732", uname="Đặc khu Côn Đảo", number="145/BC-UBND", date="2026-11-28",
 groups=[
  dict(title="Tuyên truyền và tập huấn", sw="Đạt – đã xong", st="completed", items=[
   ("II.1.a", {"communications":5, "training_courses":1, "participants":41}, "Đăng 05 tin bài trên Đài truyền thanh đặc khu; 01 buổi phổ biến cho 41 hộ kinh doanh dịch vụ du lịch."),
   ("II.3.a", {"participants":3}, "03 công chức dự tập huấn trực tuyến.")]),
  dict(title="Kiểm tra đo lường, nhãn hàng hóa", sw="Đang làm (còn chờ đoàn Chi cục ra đảo tháng 12)", st="in_progress", items=[
   ("II.5.c", {"inspections":1, "establishments_inspected":14, "violations":2, "fines_vnd":3000000}, "01 cuộc kiểm tra tại chợ Côn Đảo, 14 cơ sở, 02 vi phạm, phạt 3 triệu đồng.")])],
 diff=["Đi lại giữa đất liền và đảo khó khăn, chi phí đoàn kiểm tra cao."], prop=["Đề nghị Chi cục bố trí lịch kiểm tra phối hợp sớm trong năm 2027."],
 notes=["Sửa sau bản nháp: số hộ dự buổi phổ biến là 41 (bản nháp ghi 40)."])

rep(file="SoGDDT_BC_thuchien_CT38_2026.docx", hand="H4", uid="SO-GDDT", uname="Sở Giáo dục và Đào tạo", number="6021/SGDĐT-KHCN", date="2026-11-19",
 groups=[
  dict(title="Đào tạo TĐC trong nhà trường, tuyên truyền học sinh", sw="Đang triển khai", st="in_progress", items=[
   ("II.3.d", {"training_courses":4, "participants":520}, "Phối hợp Chi cục TĐC tổ chức 04 buổi chuyên đề về mã số mã vạch, truy xuất nguồn gốc cho 520 giáo viên, học sinh các trường trung cấp, cao đẳng."),
   ("II.1.a", {"communications":8}, "08 tin bài trên trang Sở và bản tin ngành.")]),
  dict(title="ISO trong cơ quan Sở", sw="Đã hoàn thành", st="completed", items=[
   ("II.2.đ", {}, "Đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 cho 100% thủ tục hành chính.")])],
 diff=["Chương trình đào tạo chính khóa chưa có nội dung TĐC."], prop=["Đề nghị Sở KH&CN biên soạn tài liệu TĐC dành cho học sinh trung cấp."],
 notes=[])

rep(file="SoATTP_CT38_bieu_2026.xlsx", hand="H4", uid="SO-ATTP", uname="Sở An toàn thực phẩm", number="3318/SATTP-QLCL", date="2026-11-22",
 groups=[
  dict(title="Kiểm tra ghi nhãn, chất lượng thực phẩm bao gói + lấy mẫu", sw="Đang làm", st="in_progress", items=[
   ("II.5.a", {"inspections":9, "establishments_inspected":133, "violations":17, "fines_vnd":348500000}, "09 đoàn liên ngành, 133 cơ sở, 17 vi phạm, phạt 348,5 triệu"),
   ("II.5.b", {"samples_tested":96}, "96 mẫu thực phẩm bao gói khảo sát nhãn")]),
  dict(title="Góp ý quy chuẩn thực phẩm + tập huấn DN", sw="Xong", st="completed", items=[
   ("II.2.e", {"standards_reviewed":3}, "góp ý 03 dự thảo QCVN"),
   ("II.2.d", {"enterprises_supported":57, "training_courses":2}, "2 lớp hướng dẫn tự công bố, 57 DN")])],
 diff=["Nhiều cơ sở kinh doanh online khó kiểm soát."], prop=["Đề nghị phối hợp chia sẻ dữ liệu công bố sản phẩm."],
 notes=["Sửa sau bản nháp: dòng 1 tiền phạt 348,5 triệu (bản nháp ghi 345 triệu)."])

rep(file="TTPTTN_BC_CT38_11T_2026.docx", hand="H4", uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", number="812/BC-TTPTTN", date="2026-11-20",
 groups=[
  dict(title="Đầu tư thiết bị, chuẩn đo lường", sw="Đang thực hiện", st="in_progress", items=[
   ("II.4.a", {"budget_spent_vnd":4120000000}, "Đầu tư 06 thiết bị phân tích (GC-MS, ICP-MS…), giải ngân 4,12 tỷ đồng."),
   ("II.4.c", {"instruments_verified":37}, "Liên kết chuẩn, hiệu chuẩn 37 chuẩn chính tại Viện Đo lường Việt Nam.")]),
  dict(title="Dịch vụ kỹ thuật TĐC", sw="Hoàn thành chỉ tiêu năm", st="completed", items=[
   ("II.2.g", {"instruments_verified":18650, "samples_tested":6240}, "Kiểm định, hiệu chuẩn 18.650 phương tiện đo; thử nghiệm 6.240 mẫu cho doanh nghiệp.")])],
 diff=["Thủ tục mua sắm thiết bị kéo dài."], prop=["Đề nghị Sở sớm phê duyệt danh mục thiết bị năm 2027."],
 notes=[])

rep(file="PhongCDS_gopsolieu_CT38.docx", hand="H4", uid="SKHCN-CDS", uname="Phòng Chuyển đổi số", number="45/BC-CĐS", date="2026-11-26",
 groups=[
  dict(title="Hệ thống thủ tục hành chính, một cửa quốc gia, CSDL TĐC", sw="Đang làm tiếp", st="in_progress", items=[
   ("II.2.h", {}, "Phối hợp Chi cục kiểm thử kết nối Cổng một cửa quốc gia cho thủ tục kiểm tra nhà nước hàng nhập khẩu."),
   ("II.2.i", {}, "Đang đồng bộ dữ liệu tiêu chuẩn, đo lường lên nền tảng dữ liệu dùng chung của Sở.")])],
 diff=["API của hệ thống Bộ chưa ổn định."], prop=["Đề nghị Bộ KH&CN cung cấp tài liệu đặc tả API chính thức."],
 notes=[])
