# Reports content: shared by gen.py and used to write truth. (check.py does NOT import this.)
# indicators as quarter triples (Q1,Q2,Q3); total = sum
R = []
def rep(**k): R.append(k)

W_INSP = "Phối hợp Chi cục TĐC kiểm tra cân, xăng dầu, hàng đóng gói tại chợ và cửa hàng trên địa bàn"
# ---------------- H1: Quý workbook ----------------
rep(fn="26506_VungTau_CT38_Luyke_QIII.xlsx", hand="H1", uid="26506", uname="Phường Vũng Tàu",
    hdr="UBND PHƯỜNG VŨNG TÀU", number="318/BC-UBND", date="2026-11-24", place="Vũng Tàu",
    tasks=[
     ("II.1.a","Tuyên truyền pháp luật TĐC trên loa truyền thanh, trang TTĐT phường","completed",{"communications":(4,6,5)}),
     ("II.5.c",W_INSP,"in_progress",{"inspections":(1,2,2),"establishments_inspected":(8,14,11),"violations":(0,2,1),"fines_vnd":(0,7500000,4000000)}),
     ("II.3.a","Cử công chức dự tập huấn nghiệp vụ TĐC do Sở KH&CN tổ chức","completed",{"participants":(0,2,1)}),
     ("II.2.d","Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng hàng hóa","in_progress",{"enterprises_supported":(5,9,7)}),
     ("II.5.d","Tiếp nhận phản ánh gian lận cân đong tại chợ","not_started",{}),
    ],
    diffs=["Phường chưa có công chức chuyên trách lĩnh vực TĐC, cán bộ kinh tế kiêm nhiệm nhiều việc.",
           "Cân đối chứng tại chợ Vũng Tàu đã hư hỏng, chưa được thay thế."],
    props=["Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Vũng Tàu.",
           "Đề nghị Sở KH&CN mở thêm lớp tập huấn nghiệp vụ cho công chức phường trong Quý IV."])
rep(fn="BC-Q3-TamThang-TDC.xlsx", hand="H1", uid="26526", uname="Phường Tam Thắng",
    hdr="UBND PHƯỜNG TAM THẮNG", number="142/BC-UBND", date="2026-11-20", place="Tam Thắng",
    tasks=[
     ("II.5.c","Kiểm tra đo lường, nhãn hàng hóa tại cửa hàng xăng dầu, tạp hóa","completed",{"inspections":(1,1,2),"establishments_inspected":(6,5,9),"violations":(1,0,1),"fines_vnd":(2500000,0,3000000)}),
     ("II.1.a","Phổ biến Chỉ thị 38 tại hội nghị khu phố","completed",{"training_courses":(1,1,0),"participants":(65,48,0),"communications":(2,3,3)}),
     ("II.5.b","Phối hợp lấy mẫu khảo sát chất lượng mũ bảo hiểm, xăng dầu","in_progress",{"samples_tested":(0,4,6)}),
     ("II.3.a","Công chức tham dự lớp tập huấn quản lý TĐC cấp xã","completed",{"participants":(1,1,0)}),
    ],
    diffs=["Một số hộ kinh doanh nhỏ lẻ không hợp tác khi đoàn kiểm tra làm việc."],
    props=["Kiến nghị Chi cục TĐC ban hành tài liệu hướng dẫn kiểm tra đo lường dành cho cấp phường."])
rep(fn="RachDua_BaoCaoCT38_2026.xlsx", hand="H1", uid="26536", uname="Phường Rạch Dừa",
    hdr="ỦY BAN NHÂN DÂN PHƯỜNG RẠCH DỪA", number="207/BC-UBND", date="2026-11-26", place="Rạch Dừa",
    tasks=[
     ("II.1.a","Tuyên truyền về đo lường, chất lượng trên nhóm Zalo khu phố và bảng tin","in_progress",{"communications":(3,3,4)}),
     ("II.5.c","Phối hợp kiểm tra phương tiện đo tại chợ Rạch Dừa","in_progress",{"inspections":(0,1,1),"establishments_inspected":(0,12,10),"violations":(0,1,0),"fines_vnd":(0,1500000,0)}),
     ("II.2.d","Hướng dẫn doanh nghiệp áp dụng tiêu chuẩn cơ sở, mã số mã vạch","not_started",{}),
     ("II.5.d","Tiếp nhận tin báo vi phạm về đo lường, chất lượng","not_applicable",{}),
    ],
    diffs=["Kinh phí tuyên truyền của phường năm 2026 chưa được bố trí riêng cho lĩnh vực TĐC."],
    props=["Đề nghị Sở KH&CN cung cấp tờ rơi, pano mẫu về đo lường để phường in ấn, phát hành."])
rep(fn="NgaiGiao_CT38_9T.xlsx", hand="H1", uid="26575", uname="Xã Ngãi Giao",
    hdr="UBND XÃ NGÃI GIAO", number="96/BC-UBND", date="2026-11-18", place="Ngãi Giao",
    tasks=[
     ("II.5.c","Phối hợp kiểm tra phân bón, xăng dầu, cân tại chợ xã","in_progress",{"inspections":(1,1,1),"establishments_inspected":(4,7,5),"violations":(0,1,1),"fines_vnd":(0,5000000,6500000)}),
     ("II.1.a","Tuyên truyền trên hệ thống loa các ấp","completed",{"communications":(6,6,6)}),
     ("II.3.a","Cử cán bộ dự tập huấn TĐC cho cấp xã","completed",{"participants":(0,2,0)}),
     ("II.2.d","Hướng dẫn hợp tác xã, cơ sở chế biến công bố chất lượng sản phẩm OCOP","in_progress",{"enterprises_supported":(1,2,3)}),
     ("II.5.b","Lấy mẫu khảo sát chất lượng phân bón tại đại lý","completed",{"samples_tested":(0,5,0)}),
    ],
    diffs=["Địa bàn xã rộng, các đại lý vật tư nông nghiệp phân tán nên việc kiểm tra mất nhiều thời gian."],
    props=["Đề nghị Chi cục TĐC phối hợp kiểm tra chuyên sâu chất lượng phân bón tại các đại lý lớn của xã."])
# ---------------- H2: text with dots, flat sheet ----------------
rep(fn="PhuocThang-bc-tdc-11thang.xlsx", hand="H2", uid="26542", uname="Phường Phước Thắng",
    hdr="UBND PHƯỜNG PHƯỚC THẮNG", number="451/BC-UBND", date="2026-11-27", place="Phước Thắng",
    tasks=[
     ("II.5.c","Kiểm tra đo lường tại cửa hàng xăng dầu, chợ Phước Thắng (phối hợp Chi cục)","completed",{"inspections":(0,0,7),"establishments_inspected":(0,0,43),"violations":(0,0,5),"fines_vnd":(0,0,22500000)}),
     ("II.1.a","Thông tin tuyên truyền về TĐC, Ngày Tiêu chuẩn thế giới 14/10","completed",{"communications":(0,0,12),"training_courses":(0,0,1),"participants":(0,0,1250)}),
     ("II.2.d","Hỗ trợ cơ sở sản xuất hải sản khô ghi nhãn, truy xuất nguồn gốc","in_progress",{"enterprises_supported":(0,0,18)}),
     ("II.3.a","Tham gia tập huấn nghiệp vụ TĐC","completed",{"participants":(0,0,3)}),
    ],
    diffs=["Phần lớn cơ sở sản xuất hải sản khô là hộ gia đình, chưa quen với quy định về nhãn hàng hóa."],
    props=["Đề nghị Chi cục TĐC tổ chức 01 buổi hướng dẫn ghi nhãn, truy xuất nguồn gốc tại phường.",
           "Đề nghị bổ sung kinh phí in tài liệu tuyên truyền cho phường."])
rep(fn="BaRia_bao_cao_CDS_11T.xlsx", hand="H2", uid="26560", uname="Phường Bà Rịa", mistaken="chuyển đổi số",
    hdr="UBND PHƯỜNG BÀ RỊA", number="460/BC-UBND", date="2026-11-25", place="Bà Rịa", tasks=[], diffs=[], props=[])
rep(fn="BinhGia_TDC_2026.xlsx", hand="H2", uid="26590", uname="Xã Bình Giã",
    hdr="UBND XÃ BÌNH GIÃ", number="77/BC-UBND", date="2026-11-19", place="Bình Giã",
    tasks=[
     ("II.5.c","Phối hợp kiểm tra cân điện tử, xăng dầu tại các ấp","in_progress",{"inspections":(0,0,3),"establishments_inspected":(0,0,16),"violations":(0,0,2),"fines_vnd":(0,0,8000000)}),
     ("II.1.a","Tuyên truyền qua loa, panô, tờ rơi","completed",{"communications":(0,0,1500)}),
     ("II.5.d","Xử lý phản ánh của người dân về cân thiếu","not_applicable",{}),
     ("II.2.d","Hướng dẫn HTX cà phê, hồ tiêu xây dựng tiêu chuẩn cơ sở","not_started",{}),
    ],
    diffs=["Xã chưa được trang bị cân đối chứng, quả cân chuẩn để kiểm tra nhanh."],
    props=["Kiến nghị Chi cục TĐC cấp cho xã 01 bộ quả cân chuẩn để phục vụ kiểm tra tại chợ."])
rep(fn="SoCongThuong_CT38_phoihop.xlsx", hand="H2", uid="SO-CT", uname="Sở Công Thương",
    hdr="SỞ CÔNG THƯƠNG", parent="UBND THÀNH PHỐ HỒ CHÍ MINH", number="3125/BC-SCT", date="2026-11-23", place="Thành phố Hồ Chí Minh",
    tasks=[
     ("II.5.a","Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông","in_progress",{"inspections":(0,0,14),"establishments_inspected":(0,0,126),"violations":(0,0,11),"fines_vnd":(0,0,1250000000)}),
     ("II.2.e","Góp ý dự thảo QCVN thuộc lĩnh vực công thương","completed",{"standards_reviewed":(0,0,6)}),
     ("II.1.a","Tuyên truyền cho thương nhân kinh doanh xăng dầu về đo lường","completed",{"communications":(0,0,24)}),
     ("II.2.đ","Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại Sở","in_progress",{}),
    ],
    diffs=["Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với số lượng cửa hàng xăng dầu."],
    props=["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng xăng dầu hằng quý để Sở Công Thương chủ động kiểm tra."])
# ---------------- H3: Word with quarter arithmetic ----------------
rep(fn="LongHuong_BC_CT38.docx", hand="H3", uid="26566", uname="Phường Long Hương",
    hdr="UBND PHƯỜNG LONG HƯƠNG", number="233/BC-UBND", date="2026-11-21", place="Long Hương",
    tasks=[
     ("II.5.c","kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu","completed",{"inspections":(1,2,1),"establishments_inspected":(6,11,7),"violations":(1,1,0),"fines_vnd":(3000000,4500000,0)}),
     ("II.1.a","tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng","completed",{"communications":(2,3,4)}),
     ("II.2.d","hướng dẫn cơ sở công bố chất lượng, ghi nhãn hàng hóa","in_progress",{"enterprises_supported":(2,3,2)}),
     ("II.3.a","cử công chức tham gia tập huấn","not_started",{}),
    ],
    diffs=["Công chức phụ trách mới chuyển công tác, chưa nắm vững nghiệp vụ kiểm tra đo lường."],
    props=["Đề nghị Sở KH&CN sớm tổ chức lớp tập huấn nghiệp vụ TĐC cho công chức phường, xã."])
rep(fn="KimLong_BC_giamngheo_2026.docx", hand="H3", uid="26608", uname="Xã Kim Long", mistaken="giảm nghèo bền vững",
    hdr="UBND XÃ KIM LONG", number="88/BC-UBND", date="2026-11-17", place="Kim Long", tasks=[], diffs=[], props=[])
rep(fn="SYT_bao_cao_CT38_2026.docx", hand="H3", uid="SO-YT", uname="Sở Y tế",
    hdr="SỞ Y TẾ", parent="UBND THÀNH PHỐ HỒ CHÍ MINH", number="8412/BC-SYT", date="2026-11-24", place="Thành phố Hồ Chí Minh",
    tasks=[
     ("II.2.e","góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật thuộc lĩnh vực y tế","completed",{"standards_reviewed":(2,3,4)}),
     ("II.2.đ","áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015","completed",{}),
     ("II.5.a","phối hợp kiểm tra chất lượng trang thiết bị y tế, phương tiện đo dùng trong y tế","in_progress",{"inspections":(1,2,2),"establishments_inspected":(9,15,12),"violations":(0,2,1),"fines_vnd":(0,30000000,15000000)}),
     ("II.3.a","cử công chức tham dự hội nghị, tập huấn về tiêu chuẩn, đo lường, chất lượng","completed",{"participants":(3,4,2)}),
    ],
    diffs=["Một số cơ sở y tế tư nhân chưa thực hiện kiểm định định kỳ phương tiện đo huyết áp, nhiệt kế."],
    props=["Đề nghị Sở KH&CN phối hợp xây dựng danh mục phương tiện đo nhóm 2 dùng trong y tế cần ưu tiên kiểm tra."])
rep(fn="SXD_CT38_11thang.docx", hand="H3", uid="SO-XD", uname="Sở Xây dựng", lo=True,
    hdr="SỞ XÂY DỰNG", parent="UBND THÀNH PHỐ HỒ CHÍ MINH", number="10277/BC-SXD", date="2026-11-26", place="Thành phố Hồ Chí Minh",
    tasks=[
     ("II.2.e","xây dựng quy chuẩn kỹ thuật địa phương và góp ý QCVN về vật liệu xây dựng","in_progress",{"standards_reviewed":(1,2,1)}),
     ("II.5.a","kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường","completed",{"inspections":(2,2,3),"establishments_inspected":(10,12,14),"samples_tested":(12,15,18)}),
     ("II.2.đ","duy trì, cải tiến hệ thống quản lý chất lượng tại Sở","completed",{}),
    ],
    diffs=["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán năm 2026 không đủ để lấy mẫu theo kế hoạch."],
    props=["Kiến nghị UBND Thành phố bổ sung kinh phí thử nghiệm mẫu vật liệu xây dựng năm 2027."])
# ---------------- H4: label = value lines, very hidden 2025 ----------------
rep(fn="ChiCucTDC_THKQ_CT38_T11.xlsx", hand="H4", uid="SKHCN-CCTDC", uname="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    hdr="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", number="1876/BC-TĐC", date="2026-11-25", place="Thành phố Hồ Chí Minh",
    tasks=[
     ("II.1.a","Tập huấn văn bản QPPL về TĐC; tọa đàm với doanh nghiệp nhập khẩu","completed",{"training_courses":(0,0,5),"participants":(0,0,640)}),
     ("II.1.b","Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia","completed",{"enterprises_supported":(0,0,23)}),
     ("II.2.a","Chương trình năng suất chất lượng, Đề án 996, Đề án 100","in_progress",{"enterprises_supported":(0,0,41),"budget_spent_vnd":(0,0,2350000000)}),
     ("II.2.e","Góp ý TCVN, QCVN; xây dựng QCĐP","in_progress",{"standards_reviewed":(0,0,37)}),
     ("II.3.a","Tập huấn nghiệp vụ TĐC cho công chức phường, xã, đặc khu","completed",{"training_courses":(0,0,3),"participants":(0,0,412)}),
     ("II.5.a","Kiểm tra nhà nước về TĐC hàng hóa lưu thông","in_progress",{"inspections":(0,0,38),"establishments_inspected":(0,0,296),"violations":(0,0,47),"fines_vnd":(0,0,1875500000)}),
     ("II.5.b","Khảo sát chất lượng sản phẩm, hàng hóa","in_progress",{"samples_tested":(0,0,185)}),
     ("II.2.h","Hoàn thiện hệ thống thông tin giải quyết TTHC, kết nối một cửa quốc gia","completed",{}),
     ("II.6.a","Cập nhật điều ước, thỏa thuận quốc tế về TĐC","in_progress",{"communications":(0,0,9)}),
    ],
    diffs=["Biên chế thanh tra viên, kiểm soát viên đo lường chưa đáp ứng khối lượng kiểm tra sau khi mở rộng địa bàn.",
           "Một số phường, xã chưa bố trí đầu mối phối hợp nên việc triển khai nội dung phân quyền còn chậm."],
    props=["Đề nghị Sở KH&CN trình UBND Thành phố bổ sung biên chế cho Chi cục năm 2027.",
           "Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối về TĐC."])
rep(fn="KTPC_phoihop_CT38.xlsx", hand="H4", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
    hdr="PHÒNG KIỂM TRA – PHÁP CHẾ", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", number="412/BC-KTPC", date="2026-11-22", place="Thành phố Hồ Chí Minh",
    tasks=[
     ("II.5.a","Phối hợp Chi cục kiểm tra TĐC, xử phạt vi phạm","in_progress",{"inspections":(0,0,12),"violations":(0,0,19),"fines_vnd":(0,0,642000000)}),
     ("II.2.c","Góp ý dự thảo sửa đổi Luật Chất lượng SP, HH và văn bản hướng dẫn","completed",{}),
     ("II.5.d","Xử lý nghiêm hành vi tiêu cực, vi phạm về TĐC","not_applicable",{}),
     ("II.4.b","Rà soát, đề xuất mua sắm thiết bị kỹ thuật nghiệp vụ kiểm tra","in_progress",{}),
    ],
    diffs=["Quy định về thẩm quyền xử phạt của cấp xã sau sắp xếp chưa được hướng dẫn cụ thể."],
    props=["Đề nghị Bộ KH&CN sớm ban hành hướng dẫn thẩm quyền xử phạt vi phạm hành chính về TĐC của Chủ tịch UBND cấp xã."])
rep(fn="TTPTTN_BC_CT38_2026.xlsx", hand="H4", uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    hdr="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", number="655/BC-TTPTTN", date="2026-11-23", place="Thành phố Hồ Chí Minh",
    tasks=[
     ("II.4.a","Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, hiệu chuẩn","in_progress",{"budget_spent_vnd":(0,0,8460000000)}),
     ("II.2.g","Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm","in_progress",{"instruments_verified":(0,0,18742),"samples_tested":(0,0,3215)}),
     ("II.4.c","Duy trì chuẩn đo lường, liên kết chuẩn quốc gia","completed",{}),
     ("II.3.d","Đào tạo cho sinh viên các trường về đo lường, thử nghiệm","completed",{"training_courses":(0,0,4),"participants":(0,0,236)}),
    ],
    diffs=["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn."],
    props=["Đề nghị Sở KH&CN ưu tiên bố trí vốn đầu tư thiết bị phòng thử nghiệm điện – điện tử năm 2027."])
rep(fn="VPSo_CT38_tonghop.xlsx", hand="H4", uid="SKHCN-VP", uname="Văn phòng Sở Khoa học và Công nghệ",
    hdr="VĂN PHÒNG SỞ", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", number="289/BC-VP", date="2026-11-20", place="Thành phố Hồ Chí Minh",
    tasks=[
     ("II.2.đ","Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 của Sở","completed",{}),
     ("II.4.a","Phối hợp mua sắm trang thiết bị cho đơn vị sự nghiệp","in_progress",{"budget_spent_vnd":(0,0,1120000000)}),
     ("II.5.d","Khen thưởng, bảo vệ người tố giác vi phạm về TĐC","not_applicable",{}),
     ("II.2.h","Phối hợp kết nối hệ thống một cửa quốc gia","completed",{}),
    ],
    diffs=[], props=["Đề nghị Chi cục TĐC gửi danh mục thiết bị cần mua sắm năm 2027 trước ngày 15/12/2026."])
