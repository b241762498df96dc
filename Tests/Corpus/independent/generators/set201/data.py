# -*- coding: utf-8 -*-
# Report content for set201. Each fig: (indicator id or None, value, written form as it appears)
R = []
def rep(**k): R.append(k); return k

# ---------------- Hand 1: Chị Lê Thị Mỹ Hạnh style (ward DOCX, Heading 2 auto-numbered, [status] at end)
rep(file="25891-tankhanh-bc-ct38.docx", hand=1, uid="25891", uname="Phường Tân Khánh",
    num="412/BC-UBND", date="2026-11-06", datetxt="Tân Khánh, ngày 06 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", st="completed", sw="Hoàn thành", name="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
          body="Phường lồng ghép nội dung Chỉ thị 38 vào các buổi sinh hoạt khu phố, phát thanh trên loa truyền thanh và trang Zalo của phường.",
          figs=[("communications",14,"14 tin, bài"),("training_courses",2,"02 buổi"),("participants",126,"126 lượt người")]),
     dict(task="II.5.c", st="in_progress", sw="Đang triển khai", name="Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu",
          body="Tổ kiểm tra liên ngành của phường phối hợp Chi cục kiểm tra cân tại chợ Tân Khánh và các cửa hàng xăng dầu trên địa bàn.",
          figs=[("inspections",4,"04 cuộc"),("establishments_inspected",23,"23 cơ sở"),("violations",3,"03 cơ sở vi phạm"),("fines_vnd",6500000,"6.500.000 đồng")]),
     dict(task="II.3.a", st="completed", sw="Hoàn thành", name="Cử công chức dự tập huấn nghiệp vụ",
          body="Phường cử công chức phụ trách kinh tế tham dự lớp tập huấn nghiệp vụ do Sở Khoa học và Công nghệ tổ chức.",
          figs=[("participants",3,"03 công chức")]),
     dict(task="II.5.d", st="not_applicable", sw="Không phát sinh", name="Tiếp nhận tố giác vi phạm",
          body="Trong kỳ phường không nhận được đơn thư, tin báo tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.", figs=[]),
    ],
    diff=["Công chức phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.",
          "Phường chưa có cân đối chứng đặt tại chợ Tân Khánh."],
    prop=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 cân đối chứng đặt tại chợ.",
          "Đề nghị Sở tổ chức thêm lớp tập huấn cho công chức phường trong năm 2027."])

rep(file="25750-phuloi-ct38-11thang.docx", hand=1, uid="25750", uname="Phường Phú Lợi",
    num="1187/BC-UBND", date="2026-11-10", datetxt="Phú Lợi, ngày 10 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.c", st="completed", sw="Hoàn thành", name="Kiểm tra đo lường, nhãn hàng hóa tại các chợ",
          body="Phường đã hoàn tất 02 đợt kiểm tra theo kế hoạch của Ủy ban nhân dân phường, tập trung vào cân bàn, cân đồng hồ lò xo và nhãn hàng hóa đóng gói sẵn.",
          figs=[("inspections",2,"02 đợt"),("establishments_inspected",41,"41 hộ kinh doanh"),("violations",5,"05 trường hợp"),("fines_vnd",11250000,"11.250.000 đồng"),("instruments_verified",37,"37 chiếc cân")]),
     dict(task="II.1.a", st="in_progress", sw="Đang triển khai", name="Tuyên truyền cho hộ kinh doanh",
          body="Phường phát tờ rơi, đăng tin trên cổng thông tin điện tử phường về ghi nhãn hàng hóa và sử dụng phương tiện đo.",
          figs=[("communications",9,"09 tin bài")]),
     dict(task="II.3.a", st="completed", sw="Hoàn thành", name="Bồi dưỡng nghiệp vụ cho công chức phường",
          body="02 công chức Phòng Kinh tế đã tham dự tập huấn nghiệp vụ quản lý đo lường tại Chi cục.",
          figs=[("participants",2,"02 công chức")]),
    ],
    diff=["Nhiều hộ kinh doanh nhỏ lẻ tại chợ tạm, không cố định vị trí nên khó theo dõi, kiểm tra lại."],
    prop=["Kiến nghị Chi cục phối hợp kiểm định cân miễn phí cho tiểu thương tại chợ Phú Lợi."])

rep(file="25843-taynam-bao-cao-ct38.docx", hand=1, uid="25843", uname="Phường Tây Nam",
    num="96/BC-UBND", date="2026-11-04", datetxt="Tây Nam, ngày 04 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", st="completed", sw="Hoàn thành", name="Tổ chức hội nghị phổ biến cho doanh nghiệp",
          body="Phường phối hợp Chi cục tổ chức hội nghị phổ biến quy định về công bố hợp quy, ghi nhãn cho doanh nghiệp trong khu công nghiệp.",
          figs=[("training_courses",1,"01 hội nghị"),("participants",85,"85 đại biểu"),("enterprises_supported",37,"37 doanh nghiệp")]),
     dict(task="II.5.c", st="in_progress", sw="Đang triển khai", name="Phối hợp kiểm tra xăng dầu, khí dầu mỏ hóa lỏng",
          body="Phối hợp đoàn kiểm tra của Chi cục kiểm tra các cửa hàng xăng dầu và đại lý LPG trên địa bàn; đợt cuối dự kiến trong tháng 12/2026.",
          figs=[("inspections",3,"03 cuộc"),("establishments_inspected",12,"12 cửa hàng"),("violations",1,"01 cơ sở"),("fines_vnd",15000000,"15 triệu đồng")]),
     dict(task="II.2.đ", st="unknown", sw=None, name="Duy trì ISO 9001:2015 tại bộ phận một cửa",
          body="Phường tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính tại Trung tâm phục vụ hành chính công.",
          figs=[]),
     dict(task="II.3.a", st="not_started", sw="Chưa triển khai", name="Tập huấn cho cán bộ khu phố",
          body="Lớp tập huấn cho cán bộ khu phố dự kiến tổ chức trong tháng 12/2026 do chưa bố trí được kinh phí.", figs=[]),
    ],
    diff=["Kinh phí thực hiện công tác tuyên truyền, tập huấn chưa được bố trí riêng trong dự toán của phường."],
    prop=["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền mẫu để phường in ấn, phát hành."])

rep(file="26842-tangnhonphu-bc-ct38.docx", hand=1, uid="26842", uname="Phường Tăng Nhơn Phú",
    num="2034/BC-UBND", date="2026-11-12", datetxt="Tăng Nhơn Phú, ngày 12 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.c", st="completed", sw="Hoàn thành", name="Kiểm tra chất lượng hàng hóa lưu thông trên địa bàn",
          body="Phường thành lập 01 tổ công tác kiểm tra mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện tại các cửa hàng; đã lập biên bản và chuyển hồ sơ xử phạt theo thẩm quyền.",
          figs=[("inspections",5,"05 cuộc"),("establishments_inspected",30,"30 cửa hàng"),("violations",4,"04 cửa hàng"),("fines_vnd",8750000,"8.750.000 đồng"),("samples_tested",6,"06 mẫu")]),
     dict(task="II.1.a", st="completed", sw="Hoàn thành", name="Truyền thông trên hệ thống loa và mạng xã hội",
          body="Phát 20 lượt tin trên loa truyền thanh các khu phố, đăng bài trên fanpage phường.",
          figs=[("communications",20,"20 lượt tin")]),
     dict(task="II.5.d", st="not_applicable", sw="Không phát sinh", name="Khen thưởng, bảo vệ người tố giác",
          body="Chưa phát sinh trường hợp tố giác trong kỳ báo cáo.", figs=[]),
    ],
    diff=[], prop=["Đề nghị Chi cục sớm ban hành hướng dẫn phân quyền xử phạt cho Ủy ban nhân dân phường."])

rep(file="25813-bencat-bc-cds.docx", hand=1, uid="25813", uname="Phường Bến Cát", mistaken=True,
    topic="chuyển đổi số", num="877/BC-UBND", date="2026-11-05", datetxt="Bến Cát, ngày 05 tháng 11 năm 2026",
    reason="Báo cáo kết quả chuyển đổi số của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.")

# ---------------- Hand 2: Anh Trần Quốc Bảo style (DOCX multi-level list 1./1.1./a), text box with figures)
rep(file="SO-CT-bc-ct38-2026.docx", hand=2, uid="SO-CT", uname="Sở Công Thương",
    num="5621/SCT-QLTM", date="2026-11-03", datetxt="Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.a", st="in_progress", sw="đang tiếp tục thực hiện", name="Phối hợp kiểm tra chất lượng xăng dầu, khí, phân bón lưu thông",
          body="Sở Công Thương phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng và Công an Thành phố kiểm tra chất lượng xăng dầu tại các cửa hàng bán lẻ.",
          figs=[("inspections",12,"12 cuộc"),("establishments_inspected",58,"58 cửa hàng"),("violations",7,"07 cơ sở"),("fines_vnd",245000000,"245 triệu đồng"),("samples_tested",34,"34 mẫu")]),
     dict(task="II.2.e", st="completed", sw="đã hoàn thành", name="Góp ý dự thảo quy chuẩn kỹ thuật ngành công thương",
          body="Sở đã có văn bản góp ý các dự thảo QCVN về an toàn điện, xăng dầu do Bộ Công Thương gửi lấy ý kiến.",
          figs=[("standards_reviewed",4,"04 dự thảo QCVN")]),
     dict(task="II.2.đ", st="completed", sw="đã hoàn thành", name="Duy trì ISO 9001 tại cơ quan Sở",
          body="Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 được duy trì, cập nhật quy trình sau sắp xếp bộ máy; đã đánh giá nội bộ.", figs=[]),
     dict(task="II.1.a", st="completed", sw="đã hoàn thành", name="Tập huấn cho doanh nghiệp kinh doanh xăng dầu",
          body="Phối hợp tổ chức tập huấn quy định về đo lường, chất lượng trong kinh doanh xăng dầu.",
          figs=[("training_courses",2,"02 lớp"),("participants",160,"160 học viên")]),
    ],
    diff=["Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với số lượng cửa hàng xăng dầu trên địa bàn."],
    prop=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu xăng dầu định kỳ để phối hợp xử lý."])

rep(file="CCTDC-bc-ket-qua-ct38-11t.docx", hand=2, uid="SKHCN-CCTDC", uname="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    num="1342/BC-TĐC", date="2026-11-13", datetxt="Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", st="completed", sw="đã hoàn thành", name="Lớp tập huấn văn bản pháp luật và tọa đàm doanh nghiệp nhập khẩu",
          body="Chi cục tổ chức các lớp tập huấn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và 01 buổi tọa đàm với doanh nghiệp nhập khẩu.",
          figs=[("training_courses",5,"05 lớp"),("participants",612,"612 lượt người")]),
     dict(task="II.1.b", st="completed", sw="đã hoàn thành", name="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
          body="Gửi thư mời, hướng dẫn hồ sơ tham dự Giải thưởng Chất lượng Quốc gia 2026.",
          figs=[("enterprises_supported",18,"18 doanh nghiệp")]),
     dict(task="II.2.d", st="in_progress", sw="đang thực hiện", name="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp quy",
          body="Hướng dẫn doanh nghiệp áp dụng ISO, công cụ cải tiến năng suất và tiếp nhận hồ sơ công bố hợp quy.",
          figs=[("enterprises_supported",46,"46 doanh nghiệp"),("budget_spent_vnd",120500000,"120.500.000 đồng")]),
     dict(task="II.2.e", st="in_progress", sw="đang thực hiện", name="Xây dựng, góp ý TCVN, QCVN và quy chuẩn địa phương",
          body="Góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ Khoa học và Công nghệ; đang xây dựng 01 quy chuẩn kỹ thuật địa phương.",
          figs=[("standards_reviewed",21,"21 dự thảo")]),
     dict(task="II.3.a", st="completed", sw="đã hoàn thành", name="Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã",
          body="Tổ chức tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức các phường, xã, đặc khu.",
          figs=[("training_courses",3,"03 lớp"),("participants",298,"298 công chức")]),
     dict(task="II.5.a", st="in_progress", sw="đang thực hiện", name="Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng",
          body="Kiểm tra hàng hóa nhập khẩu, hàng hóa lưu thông và đo lường tại các cơ sở sản xuất, kinh doanh.",
          figs=[("inspections",27,"27 cuộc"),("establishments_inspected",164,"164 cơ sở"),("violations",19,"19 cơ sở"),("fines_vnd",386700000,"386,7 triệu đồng")]),
     dict(task="II.5.b", st="completed", sw="đã hoàn thành", name="Khảo sát chất lượng sản phẩm, hàng hóa",
          body="Khảo sát chất lượng mũ bảo hiểm, đồ chơi trẻ em, xăng dầu trên thị trường.",
          figs=[("samples_tested",95,"95 mẫu"),("budget_spent_vnd",87000000,"87.000.000 đồng")]),
     dict(task="II.4.b", st="in_progress", sw="đang thực hiện", name="Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ",
          body="Rà soát và gửi kiểm định, hiệu chuẩn thiết bị phục vụ kiểm tra.",
          figs=[("instruments_verified",42,"42 phương tiện")]),
     dict(task="II.2.h", st="not_started", sw="chưa thực hiện", name="Kết nối Cổng thông tin một cửa quốc gia",
          body="Chờ hướng dẫn kỹ thuật của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia nên chưa thực hiện kết nối.", figs=[]),
    ],
    diff=["Nhân lực kiểm tra của Chi cục còn thiếu so với khối lượng công việc sau khi mở rộng địa bàn Thành phố.",
          "Hệ thống kết nối với Cổng thông tin một cửa quốc gia chưa có hướng dẫn kỹ thuật."],
    prop=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
          "Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm ban hành hướng dẫn kết nối liên thông."])

rep(file="TTPTTN-bao-cao-ct38.docx", hand=2, uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm",
    num="784/BC-TTPTTN", date="2026-10-30", datetxt="Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
    entries=[
     dict(task="II.4.a", st="in_progress", sw="đang triển khai", name="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm",
          body="Trung tâm đã hoàn thành mua sắm thiết bị sắc ký khí khối phổ; gói thiết bị hiệu chuẩn áp suất đang trong giai đoạn lựa chọn nhà thầu.",
          figs=[("budget_spent_vnd",3450000000,"3,45 tỷ đồng")]),
     dict(task="II.2.g", st="completed", sw="đã hoàn thành", name="Mở rộng phạm vi dịch vụ kỹ thuật",
          body="Mở rộng phạm vi được công nhận ISO/IEC 17025 thêm các phép thử mới; phục vụ doanh nghiệp thử nghiệm, kiểm định, hiệu chuẩn.",
          figs=[("instruments_verified",8215,"8.215 phương tiện đo"),("samples_tested",3120,"3.120 mẫu"),("enterprises_supported",640,"640 khách hàng doanh nghiệp")]),
     dict(task="II.4.c", st="in_progress", sw="đang triển khai", name="Duy trì chuẩn đo lường, liên kết chuẩn quốc gia",
          body="Phối hợp Chi cục gửi hiệu chuẩn các chuẩn chính tại Viện Đo lường Việt Nam.",
          figs=[("instruments_verified",16,"16 chuẩn")]),
    ],
    diff=["Thủ tục mua sắm thiết bị chuyên dùng kéo dài, ảnh hưởng tiến độ giải ngân."],
    prop=["Đề nghị Sở hỗ trợ rút gọn quy trình thẩm định danh mục thiết bị chuyên dùng."])

rep(file="26596-chauduc-bc-ct38.docx", hand=2, uid="26596", uname="Xã Châu Đức",
    num="318/BC-UBND", date="2026-11-07", datetxt="Châu Đức, ngày 07 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.c", st="in_progress", sw="đang thực hiện", name="Phối hợp kiểm tra cân, nhãn hàng hóa tại chợ xã",
          body="Ủy ban nhân dân xã phối hợp Chi cục kiểm tra cân và hàng đóng gói sẵn tại chợ Ngãi Giao và các điểm kinh doanh nông sản.",
          figs=[("inspections",2,"02 cuộc"),("establishments_inspected",19,"19 hộ"),("violations",2,"02 hộ"),("fines_vnd",3000000,"3.000.000 đồng")]),
     dict(task="II.1.a", st="completed", sw="đã hoàn thành", name="Tuyên truyền trên hệ thống truyền thanh xã",
          body="Đưa tin về Chỉ thị 38 và quy định ghi nhãn hàng hóa nông sản.",
          figs=[("communications",6,"06 tin")]),
     dict(task="II.3.a", st="completed", sw="đã hoàn thành", name="Công chức xã dự tập huấn",
          body="Cử công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức.",
          figs=[("participants",2,"02 người")]),
    ],
    diff=["Xã chưa có cán bộ chuyên trách, địa bàn rộng nên việc kiểm tra chưa thường xuyên."],
    prop=["Đề nghị Chi cục hỗ trợ xã xây dựng điểm cân đối chứng tại chợ Ngãi Giao."])

rep(file="SO-XD-phoi-hop-ct38.docx", hand=2, uid="SO-XD", uname="Sở Xây dựng",
    num="9120/SXD-KTXD", date="2026-11-09", datetxt="Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026",
    entries=[
     dict(task="II.2.e", st="completed", sw="đã hoàn thành", name="Góp ý quy chuẩn kỹ thuật về vật liệu xây dựng",
          body="Sở Xây dựng có ý kiến góp ý các dự thảo QCVN 16 về sản phẩm, hàng hóa vật liệu xây dựng và tiêu chuẩn liên quan.",
          figs=[("standards_reviewed",3,"03 dự thảo")]),
     dict(task="II.5.a", st="in_progress", sw="đang thực hiện", name="Kiểm tra chất lượng vật liệu xây dựng lưu thông",
          body="Kiểm tra chất lượng xi măng, thép, kính xây dựng tại các cơ sở kinh doanh vật liệu xây dựng.",
          figs=[("inspections",6,"06 cuộc"),("establishments_inspected",27,"27 cơ sở"),("violations",2,"02 cơ sở"),("fines_vnd",40000000,"40 triệu đồng")]),
     dict(task="II.2.đ", st="completed", sw="đã hoàn thành", name="Áp dụng ISO 9001:2015 tại cơ quan Sở",
          body="Đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.", figs=[]),
    ],
    diff=[], prop=["Đề nghị Sở Khoa học và Công nghệ thông báo kết quả kiểm tra vật liệu xây dựng nhập khẩu để phối hợp quản lý."])

# ---------------- Hand 3: Chú Phạm Văn Lộc (XLSX, outline numbers 1 / 1.1 / a) in col A, [status] in task cell)
rep(file="26647-hoahiep-ct38.xlsx", hand=3, uid="26647", uname="Xã Hòa Hiệp",
    num="245/BC-UBND", date="2026-11-08", datetxt="Hòa Hiệp, ngày 08 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", st="completed", sw="Đã xong", name="Tuyên truyền Chỉ thị 38 tới người dân, hộ kinh doanh",
          body="Loa truyền thanh, pa nô, tờ rơi",
          figs=[("communications",12,"12 tin"),("participants",70,"70 lượt người")]),
     dict(task="II.5.c", st="in_progress", sw="Đang làm", name="Phối hợp kiểm tra đo lường tại chợ Hòa Hiệp",
          body="Cùng Chi cục TĐC kiểm tra cân",
          figs=[("inspections",3,"03 cuộc"),("establishments_inspected",25,"25 hộ"),("violations",2,"02 hộ"),("fines_vnd",2500000,"2.500.000 đ")]),
     dict(task="II.3.a", st="not_started", sw="Chưa làm", name="Công chức xã dự tập huấn nghiệp vụ",
          body="Chưa được mời", figs=[]),
    ],
    diff=["Xã ở xa trung tâm, đi lại tập huấn khó khăn."],
    prop=["Xin Chi cục tổ chức tập huấn trực tuyến cho công chức xã."])

rep(file="26638-baulam-bieu-ct38.xlsx", hand=3, uid="26638", uname="Xã Bàu Lâm",
    num="190/BC-UBND", date="2026-11-11", datetxt="Bàu Lâm, ngày 11 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.c", st="completed", sw="Đã xong", name="Kiểm tra xăng dầu, cân tại chợ",
          body="Phối hợp đoàn của Chi cục",
          figs=[("inspections",2,"02 cuộc"),("establishments_inspected",9,"09 cơ sở"),("violations",0,"0 vi phạm")]),
     dict(task="II.1.a", st="in_progress", sw="Đang làm", name="Tuyên truyền trên truyền thanh xã",
          body="Tiếp tục phát tin tới cuối năm",
          figs=[("communications",8,"08 tin")]),
     dict(task="II.5.d", st="not_applicable", sw="Không có", name="Tố giác vi phạm TC-ĐL-CL",
          body="Không có đơn thư", figs=[]),
    ],
    diff=["Thiếu phương tiện đo để kiểm tra nhanh tại chợ."],
    prop=["Đề nghị hỗ trợ xã 01 bộ quả cân chuẩn."])

rep(file="25849-hoaloi-ct38-thang11.xlsx", hand=3, uid="25849", uname="Phường Hòa Lợi",
    num="702/BC-UBND", date="2026-11-09", datetxt="Hòa Lợi, ngày 09 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.c", st="in_progress", sw="Đang làm", name="Phối hợp kiểm tra hàng hóa tại cửa hàng tiện lợi",
          body="Kiểm tra nhãn, hàng đóng gói sẵn",
          figs=[("inspections",3,"03 cuộc"),("establishments_inspected",17,"17 cửa hàng"),("violations",3,"03 cửa hàng"),("fines_vnd",9600000,"9.600.000 đ"),("samples_tested",5,"05 mẫu")]),
     dict(task="II.1.a", st="completed", sw="Đã xong", name="Hội nghị phổ biến cho hộ kinh doanh",
          body="Tổ chức tại hội trường phường",
          figs=[("training_courses",1,"01 hội nghị"),("participants",64,"64 người")]),
     dict(task="II.2.đ", st="completed", sw="Đã xong", name="Duy trì ISO tại bộ phận một cửa",
          body="Đã đánh giá nội bộ", figs=[]),
     dict(task="II.3.a", st="completed", sw="Đã xong", name="Cử công chức đi tập huấn",
          body="Lớp của Sở KHCN tháng 8",
          figs=[("participants",2,"02 công chức")]),
    ],
    diff=["Chưa có hướng dẫn mẫu biên bản kiểm tra dùng cho cấp phường."],
    prop=["Đề nghị Chi cục ban hành mẫu biên bản, quy trình kiểm tra cho cấp phường."])

# ---------------- Hand 4: Chị Nguyễn Hoàng Yến (XLSX, one row per task, "Số liệu" as key=value pairs)
rep(file="KTPC-ct38-2026.xlsx", hand=4, uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
    num="88/BC-KTPC", date="2026-10-29", datetxt="ngày 29/10/2026",
    entries=[
     dict(task="II.5.a", st="in_progress", sw="Đang chạy", name="Phối hợp Chi cục kiểm tra hàng hóa lưu thông",
          body="Tham gia các đoàn kiểm tra liên ngành",
          figs=[("inspections",9,"cuộc=9"),("establishments_inspected",48,"cơ sở=48"),("violations",6,"vi phạm=6"),("fines_vnd",72500000,"phạt=72.500.000đ")]),
     dict(task="II.5.b", st="completed", sw="Xong", name="Thẩm định kết quả khảo sát chất lượng",
          body="Xem xét kết quả khảo sát để đề xuất kiểm tra", figs=[("samples_tested",95,"mẫu=95")]),
     dict(task="II.4.b", st="completed", sw="Xong", name="Kiểm định phương tiện kỹ thuật nghiệp vụ của Phòng",
          body="Gửi kiểm định thiết bị đo nhanh", figs=[("instruments_verified",7,"thiết bị=7")]),
     dict(task="II.5.d", st="not_applicable", sw="Không có việc", name="Xử lý tố giác, tham nhũng tiêu cực",
          body="Không phát sinh đơn thư", figs=[]),
     dict(task="II.2.c", st="completed", sw="Xong", name="Góp ý dự thảo văn bản QPPL về TĐC",
          body="Góp ý dự thảo nghị định xử phạt", figs=[]),
    ],
    diff=["Số lượng đoàn kiểm tra nhiều, trùng thời điểm với thanh tra chuyên ngành."],
    prop=["Đề nghị Chi cục gửi kế hoạch kiểm tra quý sớm để Phòng bố trí nhân sự."])

rep(file="SO-NNMT-bc-ct38.xlsx", hand=4, uid="SO-NNMT", uname="Sở Nông nghiệp và Môi trường",
    num="4410/SNNMT-CCL", date="2026-11-02", datetxt="ngày 02/11/2026",
    entries=[
     dict(task="II.5.a", st="in_progress", sw="Đang chạy", name="Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi",
          body="Kiểm tra cơ sở sản xuất, kinh doanh vật tư nông nghiệp",
          figs=[("inspections",15,"cuộc=15"),("establishments_inspected",96,"cơ sở=96"),("violations",11,"vi phạm=11"),("fines_vnd",318000000,"phạt=318.000.000đ"),("samples_tested",140,"mẫu=140")]),
     dict(task="II.2.e", st="completed", sw="Xong", name="Góp ý QCVN ngành nông nghiệp",
          body="Góp ý dự thảo quy chuẩn phân bón, giống cây trồng", figs=[("standards_reviewed",5,"QCVN=5")]),
     dict(task="II.1.a", st="completed", sw="Xong", name="Tập huấn cho hộ sản xuất về truy xuất nguồn gốc, ghi nhãn",
          body="Phối hợp các xã tổ chức", figs=[("training_courses",4,"lớp=4"),("participants",310,"người=310")]),
     dict(task="II.2.a", st="not_started", sw="Chưa chạy", name="Truy xuất nguồn gốc nông sản (Đề án 100)",
          body="Chờ Chi cục TĐC triển khai nền tảng", figs=[]),
    ],
    diff=["Cơ sở kinh doanh vật tư nông nghiệp nhỏ lẻ, thay đổi địa điểm thường xuyên."],
    prop=["Đề nghị Sở KH&CN sớm đưa hệ thống truy xuất nguồn gốc Thành phố vào vận hành để các cơ sở nông nghiệp tham gia."])

rep(file="SO-YT-bc-cchc-2026.xlsx", hand=4, uid="SO-YT", uname="Sở Y tế", mistaken=True,
    topic="cải cách hành chính", num="7703/SYT-VP", date="2026-11-04", datetxt="ngày 04/11/2026",
    reason="Báo cáo kết quả cải cách hành chính của Sở Y tế, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")
