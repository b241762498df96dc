# -*- coding: utf-8 -*-
# Report contents and answer keys for set186. Each entry: task, status, indicators, text(for key), plus hand payload.
R = []
def rep(**k): R.append(k); return k

# ---------------- Hand A: "Chị Hạnh" ward clerk, typed as dictated over the phone ----------------
rep(file="bc-ct38-11thang-phuong-ban-co.docx", hand="A", unit=("27154","Phường Bàn Cờ"),
    number="318/BC-UBND", date="2026-11-17", place="Bàn Cờ",
    paras=[
     ("II.1.a","completed",{"communications":14},
      "Về tuyên truyền thì phường có đưa tin trên trang thông tin điện tử của phường và các nhóm Zalo khu phố (được 14 tin, bài), có nhắc trong các buổi sinh hoạt khu phố về cân đong, hàng giả hàng kém chất lượng, cái này phường làm xong phần của năm nay rồi"),
     ("II.3.a","completed",{"training_courses":2,"participants":6},
      "Rồi cán bộ phường đi dự tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức (được 2 lớp, phường cử đi tổng cộng 6 lượt người gồm kinh tế, văn hóa và công an) nên phần này coi như đã xong"),
     ("II.5.c","in_progress",{"inspections":3,"establishments_inspected":21,"violations":2,"fines_vnd":4500000},
      "Còn việc kiểm tra thì phường phối hợp với Chi cục và Đội quản lý thị trường đi kiểm tra đo lường, nhãn hàng hóa ở chợ Bàn Cờ và các cửa hàng xăng dầu, tạp hóa trên địa bàn (được 3 cuộc, kiểm tra 21 cơ sở, phát hiện 2 cơ sở vi phạm, phạt tổng cộng 4,5 triệu đồng) và tháng 12 còn đi tiếp đợt nữa nên việc này vẫn đang làm"),
     ("II.2.đ","completed",{},
      "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ở bộ phận một cửa thì phường đã công bố lại và duy trì xong trong tháng 9"),
    ],
    diffs=["cán bộ kinh tế phường kiêm nhiệm nhiều việc nên không có người theo dõi riêng mảng tiêu chuẩn đo lường chất lượng",
           "phường chưa có cân đối chứng mới tại chợ, cân cũ đã hết hạn kiểm định"],
    props=["đề nghị Chi cục cấp lại cho phường 01 cân đối chứng đặt tại chợ Bàn Cờ",
           "đề nghị năm 2027 Sở mở thêm lớp tập huấn ngắn cho cán bộ khu phố"])

rep(file="Phuong Binh Tay - BC CT38 nam 2026.docx", hand="A", unit=("27367","Phường Bình Tây"),
    number="209/BC-UBND", date="2026-11-20", place="Bình Tây",
    paras=[
     ("II.1.a","completed",{"communications":9,"participants":240},
      "Dạ về tuyên truyền thì phường có phát thanh trên loa và đăng trên fanpage của phường (được 9 tin), có in tờ rơi phát cho tiểu thương chợ Bình Tây và Kim Biên, có lồng vào hội nghị tiểu thương (khoảng 240 lượt người nghe) và phần này đến nay đã xong"),
     ("II.5.c","completed",{"inspections":5,"establishments_inspected":38,"violations":4,"fines_vnd":12000000},
      "Về kiểm tra thì đoàn liên ngành phường phối hợp với Chi cục đi kiểm tra cân tại chợ, kiểm tra nhãn mũ bảo hiểm, đồ chơi trẻ em ở các sạp hàng (được 5 cuộc, 38 cơ sở, 4 cơ sở vi phạm, xử phạt 12.000.000 đồng), theo kế hoạch của phường năm nay là 5 cuộc nên làm xong rồi"),
     ("II.5.d","not_applicable",{},
      "Còn việc khen thưởng người tố giác vi phạm về đo lường chất lượng thì năm nay không có phát sinh trường hợp nào"),
     ("II.2.d","in_progress",{"enterprises_supported":7},
      "Phường có hướng dẫn mấy hộ kinh doanh, doanh nghiệp nhỏ làm hồ sơ tự công bố sản phẩm, in mã số mã vạch (được 7 hộ, doanh nghiệp) thì vẫn đang hướng dẫn tiếp cho mấy hộ còn lại"),
     ("II.3.a","not_started",{},
      "Lớp tập huấn nghiệp vụ cho cán bộ phường thì phường chưa cử đi được vì trùng lịch tiếp công dân, nên phần này chưa làm được"),
    ],
    diffs=["tiểu thương ở chợ thay đổi liên tục, nhiều sạp thuê ngắn hạn nên tuyên truyền rồi lại phải làm lại",
           "kinh phí cho đoàn kiểm tra liên ngành của phường không có dòng riêng"],
    props=["xin Chi cục gửi trước lịch tập huấn cho phường ít nhất 10 ngày để phường bố trí người đi"])

rep(file="BC_CT38_PBayHien_11T.docx", hand="A", unit=("26983","Phường Bảy Hiền"),
    number="1147/UBND-KT", date="2026-11-24", place="Bảy Hiền",
    paras=[
     ("II.5.c","in_progress",{"inspections":2,"establishments_inspected":16,"violations":1,"fines_vnd":3000000,"instruments_verified":24},
      "Thưa về phần phối hợp quản lý nhà nước theo phân cấp thì phường đi cùng Chi cục kiểm tra đo lường ở chợ Phạm Văn Hai (được 2 cuộc, 16 cơ sở, 1 cơ sở dùng cân sai bị phạt 3 triệu đồng), đồng thời hỗ trợ Trung tâm kiểm định lại cân cho tiểu thương ngay tại chợ (được 24 cái cân) và tháng 12 phường còn phải làm tiếp với chợ Bảy Hiền nên đang làm"),
     ("II.1.a","in_progress",{"communications":6},
      "Tuyên truyền thì phường mới đăng được ít tin (được 6 tin, bài) trên trang của phường, đang làm thêm phóng sự ngắn cùng đài truyền thanh"),
     ("II.2.a","unknown",{"enterprises_supported":3},
      "Về truy xuất nguồn gốc theo Đề án 100 thì phường có giới thiệu mấy doanh nghiệp thực phẩm trên địa bàn đi dự hội thảo của Chi cục (được 3 doanh nghiệp)"),
     ("II.2.đ","completed",{},
      "Còn ISO 9001 ở phường thì đã làm xong việc chuyển đổi sau sáp nhập và công bố lại rồi"),
    ],
    diffs=["chợ Phạm Văn Hai đông, kiểm tra phải làm ban đêm nên khó bố trí lực lượng"],
    props=["đề nghị Sở hướng dẫn rõ phường được xử phạt đến mức nào đối với vi phạm đo lường tại chợ"])

rep(file="BC-chuyen-doi-so-11T-2026-PBinhHungHoa.docx", hand="A", unit=("27439","Phường Bình Hưng Hòa"),
    number="455/BC-UBND", date="2026-11-19", place="Bình Hưng Hòa", rejected=True,
    title="Kết quả thực hiện chuyển đổi số 11 tháng năm 2026",
    paras=[
     (None,None,{},"Về hạ tầng số thì phường đã lắp thêm camera ở các khu phố (được 46 mắt camera) và nâng cấp đường truyền cho bộ phận một cửa, cái này đã xong rồi"),
     (None,None,{},"Về dịch vụ công trực tuyến thì tỷ lệ hồ sơ nộp trực tuyến toàn trình của phường (được 87%) và phường vẫn đang vận động người dân dùng VNeID"),
     (None,None,{},"Về tổ công nghệ số cộng đồng thì phường có 12 tổ ở 12 khu phố, đã đi hướng dẫn người dân cài ứng dụng (được khoảng 3.100 lượt)"),
    ],
    diffs=["máy tính ở bộ phận một cửa đã cũ, chạy chậm"],
    props=["đề nghị cấp thêm 05 máy tính cho bộ phận một cửa"])

# ---------------- Hand B: "Anh Tùng" — Excel biểu, split header, status only as % in Ghi chú ----------------
rep(file="Bieu KQ CT38 xa Bau Bang 2026.xlsx", hand="B", unit=("25822","Xã Bàu Bàng"),
    number="96/BC-UBND", date="2026-11-16",
    rows=[
     ("II.1.a","completed",{"communications":11,"participants":180},"Tuyên truyền pháp luật về TC-ĐL-CL trên loa truyền thanh, trang TTĐT xã và hội nghị nhân dân",
        [("11","tin, bài"),("180","lượt người")],"đạt 100%"),
     ("II.3.a","completed",{"training_courses":1,"participants":3},"Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL do Chi cục tổ chức",
        [("01","lớp"),("03","người")],"đạt 100%"),
     ("II.5.c","in_progress",{"inspections":2,"establishments_inspected":14,"violations":1,"fines_vnd":2500000},"Phối hợp Chi cục kiểm tra đo lường, chất lượng tại chợ Bàu Bàng, cửa hàng xăng dầu, vật liệu xây dựng",
        [("02","cuộc"),("14","cơ sở"),("01","cơ sở vi phạm"),("2.500.000","đồng")],"mới được 60%"),
     ("II.2.d","not_started",{},"Hướng dẫn hộ sản xuất, HTX công bố hợp quy, áp dụng tiêu chuẩn cơ sở",
        [("",""),],"0%"),
     ("II.2.đ","completed",{},"Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại UBND xã",
        [("",""),],"đạt 100%"),
    ],
    diffs=["Xã mới thành lập sau sắp xếp, chưa có công chức được đào tạo chuyên sâu về đo lường",
           "Chưa có kinh phí riêng cho hoạt động kiểm tra"],
    props=["Đề nghị Chi cục TĐC hỗ trợ xã 01 bộ cân đối chứng",
           "Đề nghị tổ chức tập huấn tại chỗ cho các xã khu vực phía Bắc"])

rep(file="Ngai Giao_bieu bao cao CT38.xlsx", hand="B", unit=("26575","Xã Ngãi Giao"),
    number="241/BC-UBND", date="2026-11-18",
    rows=[
     ("II.5.c","completed",{"inspections":4,"establishments_inspected":27,"violations":3,"fines_vnd":7500000},"Phối hợp kiểm tra nhãn hàng hóa, đo lường tại chợ Ngãi Giao và các đại lý phân bón, thuốc BVTV",
        [("04","cuộc"),("27","cơ sở"),("03","cơ sở vi phạm"),("7.500.000","đồng")],"đạt 100%"),
     ("II.1.a","in_progress",{"communications":5},"Tuyên truyền trên loa phát thanh ấp và trang TTĐT xã",
        [("05","tin bài")],"mới được 70%"),
     ("II.2.a","in_progress",{"enterprises_supported":4},"Hướng dẫn HTX, cơ sở sản xuất nông sản áp dụng truy xuất nguồn gốc (Đề án 100)",
        [("04","HTX, cơ sở")],"mới được 40%"),
     ("II.3.a","not_started",{},"Cử cán bộ dự lớp tập huấn nghiệp vụ TC-ĐL-CL",
        [("",""),],"0%"),
    ],
    diffs=["Địa bàn rộng, các đại lý phân bón nằm rải rác ở các ấp xa"],
    props=["Đề nghị Sở KH&CN hỗ trợ xã kinh phí in tờ rơi tuyên truyền"])

rep(file="PThuanAn-bieu-CT38-11thang.xlsx", hand="B", unit=("25978","Phường Thuận An"),
    number="512/BC-UBND", date="2026-11-23",
    rows=[
     ("II.1.a","completed",{"communications":16,"training_courses":1,"participants":95},"Tuyên truyền, phổ biến; tổ chức hội nghị phổ biến Luật Chất lượng SPHH cho hộ kinh doanh",
        [("16","tin, bài"),("01","hội nghị"),("95","lượt người")],"đạt 100%"),
     ("II.5.c","in_progress",{"inspections":3,"establishments_inspected":19,"violations":2,"fines_vnd":6000000,"samples_tested":8},"Phối hợp Chi cục kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) trên địa bàn",
        [("03","cuộc"),("19","cơ sở"),("08","mẫu"),("02","cơ sở vi phạm"),("6.000.000","đồng")],"mới được 75%"),
     ("II.2.đ","completed",{},"Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015",
        [("",""),],"đạt 100%"),
     ("II.5.d","not_started",{},"Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TC-ĐL-CL",
        [("",""),],"0%"),
    ],
    diffs=["Số cơ sở kinh doanh LPG nhỏ lẻ nhiều, thay đổi địa điểm thường xuyên"],
    props=["Đề nghị Chi cục chia sẻ danh sách cơ sở kinh doanh xăng dầu, LPG đã được cấp phép trên địa bàn phường"])

rep(file="SCT_Bieu tong hop CT38_2026.xlsx", hand="B", unit=("SO-CT","Sở Công Thương"),
    number="7815/BC-SCT", date="2026-11-25",
    rows=[
     ("II.2.e","completed",{"standards_reviewed":5},"Góp ý dự thảo QCVN, TCVN thuộc lĩnh vực công thương (xăng dầu, LPG, an toàn điện)",
        [("05","dự thảo")],"đạt 100%"),
     ("II.5.a","in_progress",{"inspections":12,"establishments_inspected":146,"violations":17,"fines_vnd":385000000},"Phối hợp kiểm tra chất lượng, đo lường xăng dầu, LPG lưu thông trên thị trường",
        [("12","cuộc"),("146","cơ sở"),("17","vụ vi phạm"),("385.000.000","đồng")],"mới được 85%"),
     ("II.3.a","completed",{"participants":14},"Cử công chức, viên chức dự tập huấn nghiệp vụ TC-ĐL-CL",
        [("14","lượt người")],"đạt 100%"),
     ("II.2.đ","completed",{},"Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở",
        [("",""),],"đạt 100%"),
     ("II.2.a","in_progress",{"enterprises_supported":22},"Hỗ trợ doanh nghiệp công nghiệp nâng cao năng suất, chất lượng (phối hợp Chương trình 1322)",
        [("22","doanh nghiệp")],"mới được 50%"),
    ],
    diffs=["Lực lượng kiểm tra chuyên ngành mỏng so với số cửa hàng xăng dầu trên địa bàn Thành phố sau sáp nhập"],
    props=["Đề nghị Sở KH&CN chủ trì xây dựng quy chế phối hợp kiểm tra xăng dầu, LPG giữa hai Sở giai đoạn 2027-2030"])

rep(file="Bieu_ATTP_Tet_2027_SATTP.xlsx", hand="B", unit=("SO-ATTP","Sở An toàn thực phẩm"),
    number="2210/BC-SATTP", date="2026-11-26", rejected=True,
    title="BIỂU TỔNG HỢP KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM 11 THÁNG NĂM 2026",
    rows=[
     (None,None,{},"Kiểm tra cơ sở sản xuất, kinh doanh thực phẩm",[("1.284","cơ sở"),("96","cơ sở vi phạm")],"đạt 100%"),
     (None,None,{},"Lấy mẫu xét nghiệm nhanh tại chợ đầu mối",[("3.450","mẫu")],"mới được 80%"),
     (None,None,{},"Giám sát ngộ độc thực phẩm tại bếp ăn tập thể",[("215","bếp ăn")],"mới được 90%"),
    ],
    diffs=["Nhân lực thanh tra ATTP tại phường, xã còn thiếu"],
    props=["Đề nghị bổ sung kinh phí test nhanh dịp Tết Nguyên đán 2027"])

# ---------------- Hand C: "Chú Lợi" commune officer reporting by the plan's schedule (Quý I … Quý IV) ----------------
rep(file="CônĐảo_BC_CT38_nam2026.docx", hand="C", unit=("26732","Đặc khu Côn Đảo"),
    number="143/BC-UBND", date="2026-11-21",
    quarters=[
     ("Quý I/2026", "Đặc khu ban hành kế hoạch thực hiện tại địa phương, giao Phòng Kinh tế theo dõi; đăng 04 tin bài tuyên truyền về đo lường, chất lượng trên Cổng thông tin điện tử đặc khu."),
     ("Quý II/2026", "Cử 02 công chức dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức tại đất liền (01 lớp) — nội dung này đã hoàn thành. Tiếp tục tuyên truyền, đăng thêm 05 tin bài."),
     ("Quý III/2026", "Phối hợp Chi cục kiểm tra đo lường tại chợ Côn Đảo và 02 cửa hàng xăng dầu (01 cuộc, 09 cơ sở, không phát hiện vi phạm). Tuyên truyền thêm 03 tin bài (cộng từ đầu năm 12 tin bài); đến nay phần tuyên truyền coi như hoàn thành."),
     ("Quý IV/2026 (đến 20/11)", "Đang chuẩn bị đợt kiểm tra thứ hai đối với cơ sở kinh doanh hàng lưu niệm, đặc sản phục vụ du khách — việc kiểm tra còn đang triển khai. Việc khen thưởng người tố giác vi phạm: không phát sinh."),
    ],
    entries=[
     ("II.1.a","completed",{"communications":12},"Tuyên truyền trên Cổng TTĐT đặc khu: 04 + 05 + 03 tin bài (Quý I–III)"),
     ("II.3.a","completed",{"training_courses":1,"participants":2},"Cử 02 công chức dự lớp tập huấn nghiệp vụ (01 lớp), Quý II"),
     ("II.5.c","in_progress",{"inspections":1,"establishments_inspected":9},"Phối hợp Chi cục kiểm tra đo lường tại chợ Côn Đảo và cửa hàng xăng dầu (01 cuộc, 09 cơ sở)"),
     ("II.5.d","not_applicable",{},"Khen thưởng người tố giác vi phạm: không phát sinh"),
    ],
    diffs=["Đi lại giữa đất liền và đặc khu phụ thuộc thời tiết, lịch tàu nên khó tham gia các lớp tập huấn",
           "Đặc khu chưa có đơn vị kiểm định phương tiện đo tại chỗ"],
    props=["Đề nghị Chi cục bố trí kiểm định cân tại chỗ cho tiểu thương chợ Côn Đảo mỗi năm một lần"])

rep(file="Xa Cu Chi - bao cao CT38 (11 thang).docx", hand="C", unit=("27553","Xã Củ Chi"),
    number="388/BC-UBND", date="2026-11-27",
    quarters=[
     ("Quý I", "Xã xây dựng kế hoạch; tổ chức tuyên truyền trên hệ thống loa truyền thanh 06 ấp (07 tin)."),
     ("Quý II", "Cử 03 cán bộ dự tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng (01 lớp) — hoàn thành. Hướng dẫn 05 hộ sản xuất rau, nấm làm hồ sơ tự công bố sản phẩm."),
     ("Quý III", "Phối hợp Chi cục, Đội QLTT kiểm tra 02 cuộc tại 13 cơ sở kinh doanh vật tư nông nghiệp, phát hiện 02 cơ sở vi phạm nhãn hàng hóa, xử phạt 5.000.000 đồng. Tuyên truyền thêm 04 tin (cộng cả năm 11 tin)."),
     ("Quý IV (tháng 10, 11)", "Hướng dẫn thêm 03 hộ công bố sản phẩm (tổng cộng 08 hộ); việc hướng dẫn công bố còn đang thực hiện. Kiểm tra thêm 01 cuộc tại 06 cơ sở, không có vi phạm (cả năm xã phối hợp kiểm tra 03 cuộc, 19 cơ sở); kế hoạch kiểm tra năm của xã đã hoàn thành. Phần tuyên truyền: hoàn thành."),
    ],
    entries=[
     ("II.1.a","completed",{"communications":11},"Tuyên truyền trên loa truyền thanh 06 ấp: 07 tin (Quý I) + 04 tin (Quý III)"),
     ("II.3.a","completed",{"training_courses":1,"participants":3},"Cử 03 cán bộ dự tập huấn (01 lớp), Quý II"),
     ("II.2.d","in_progress",{"enterprises_supported":8},"Hướng dẫn hộ sản xuất tự công bố sản phẩm: 05 hộ (Quý II) + 03 hộ (Quý IV)"),
     ("II.5.c","completed",{"inspections":3,"establishments_inspected":19,"violations":2,"fines_vnd":5000000},"Phối hợp kiểm tra: 02 cuộc/13 cơ sở (Quý III) + 01 cuộc/06 cơ sở (Quý IV); 02 vi phạm, phạt 5.000.000 đồng"),
    ],
    diffs=["Hộ sản xuất chưa quen thủ tục tự công bố sản phẩm qua mạng"],
    props=["Đề nghị Chi cục cử cán bộ hướng dẫn trực tiếp tại xã về thủ tục tự công bố sản phẩm",
           "Đề nghị cung cấp tài liệu tuyên truyền mẫu để phát trên loa ấp"])

rep(file="LongHai_CT38_BC11T.docx", hand="C", unit=("26662","Xã Long Hải"),
    number="177/BC-UBND", date="2026-11-16",
    quarters=[
     ("Quý I", "Chưa triển khai nội dung nào do xã đang ổn định tổ chức bộ máy sau sắp xếp."),
     ("Quý II", "Tuyên truyền trên trang thông tin xã, nhóm Zalo ngư dân (06 tin bài). Cán bộ xã chưa được cử đi tập huấn — nội dung tập huấn chưa thực hiện."),
     ("Quý III", "Phối hợp Chi cục kiểm tra đo lường tại chợ hải sản Long Hải (01 cuộc, 11 cơ sở, 01 vi phạm, phạt 1.500.000 đồng); phối hợp kiểm định 18 cân cho tiểu thương."),
     ("Quý IV", "Tiếp tục tuyên truyền dịp cao điểm du lịch cuối năm (03 tin bài, cộng 09 tin bài) — đang thực hiện. Kiểm tra: đang triển khai đợt cuối năm."),
    ],
    entries=[
     ("II.1.a","in_progress",{"communications":9},"Tuyên truyền trên trang thông tin xã, nhóm Zalo ngư dân: 06 + 03 tin bài"),
     ("II.3.a","not_started",{},"Cán bộ xã chưa được cử đi tập huấn"),
     ("II.5.c","in_progress",{"inspections":1,"establishments_inspected":11,"violations":1,"fines_vnd":1500000,"instruments_verified":18},"Phối hợp kiểm tra đo lường tại chợ hải sản Long Hải; kiểm định 18 cân"),
    ],
    diffs=["Tiểu thương chợ hải sản dùng cân đồng hồ cũ, nhiều chiếc không còn tem kiểm định"],
    props=["Đề nghị Chi cục phối hợp tổ chức đợt kiểm định cân miễn phí tại chợ trước Tết"])

rep(file="CanGio_theo doi CT38 theo quy.xlsx", hand="C", unit=("27664","Xã Cần Giờ"),
    number="265/BC-UBND", date="2026-11-28",
    quarters=[
     ("Quý I", "Ban hành kế hoạch của xã. Tuyên truyền trên đài truyền thanh xã: 03 tin."),
     ("Quý II", "Cử 02 công chức dự tập huấn (01 lớp) — hoàn thành."),
     ("Quý III", "Phối hợp kiểm tra 01 cuộc tại 08 cơ sở kinh doanh hải sản khô, đặc sản; 01 cơ sở vi phạm nhãn, phạt 2.000.000 đồng. Tuyên truyền: 04 tin (cộng 07 tin)."),
     ("Quý IV", "Xã duy trì ISO 9001 tại bộ phận một cửa, đã đánh giá nội bộ xong — hoàn thành. Kiểm tra: đang thực hiện đợt 2. Tuyên truyền: đang thực hiện."),
    ],
    entries=[
     ("II.1.a","in_progress",{"communications":7},"Tuyên truyền trên đài truyền thanh xã: 03 + 04 tin"),
     ("II.3.a","completed",{"training_courses":1,"participants":2},"Cử 02 công chức dự tập huấn (01 lớp)"),
     ("II.5.c","in_progress",{"inspections":1,"establishments_inspected":8,"violations":1,"fines_vnd":2000000},"Phối hợp kiểm tra 01 cuộc tại 08 cơ sở; 01 vi phạm, phạt 2.000.000 đồng"),
     ("II.2.đ","completed",{},"Duy trì ISO 9001 tại bộ phận một cửa, đã đánh giá nội bộ"),
    ],
    diffs=["Xã cách xa trung tâm, việc phối hợp đoàn kiểm tra của Chi cục phụ thuộc lịch phà"],
    props=["Đề nghị Chi cục giao cho xã danh sách cơ sở kinh doanh đặc sản cần ưu tiên kiểm tra"])

# ---------------- Hand D: "Chị Ngọc" — bold quotation of the plan, numbered results beneath ----------------
rep(file="SNNMT - BC thuc hien KH CT38 nam 2026.docx", hand="D", unit=("SO-NNMT","Sở Nông nghiệp và Môi trường"),
    number="9032/BC-SNNMT", date="2026-11-18",
    items=[
     ("II.2.e","completed",{"standards_reviewed":7},
      "Phối hợp với các sở, ban, ngành liên quan xây dựng, góp ý quy chuẩn kỹ thuật quốc gia do các Bộ, cơ quan ngang Bộ quản lý ngành, lĩnh vực khác ban hành",
      ["Sở đã góp ý 07 dự thảo QCVN, TCVN về phân bón, thức ăn chăn nuôi, giống cây trồng và chất lượng nước.",
       "Các văn bản góp ý đã gửi đúng thời hạn.",
       "Nội dung này đã hoàn thành."]),
     ("II.2.a","in_progress",{"enterprises_supported":36,"training_courses":2,"participants":150},
      "Kế hoạch triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc trên địa bàn Thành phố Hồ Chí Minh (Đề án 100)",
      ["Hướng dẫn 36 hợp tác xã, doanh nghiệp nông nghiệp gắn mã truy xuất nguồn gốc cho sản phẩm OCOP, rau an toàn.",
       "Phối hợp Chi cục tổ chức 02 hội thảo về truy xuất nguồn gốc nông sản với 150 đại biểu.",
       "Đang tiếp tục thực hiện, dự kiến xong đợt cập nhật dữ liệu vào tháng 12/2026."]),
     ("II.3.a","completed",{"participants":9},
      "cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng",
      ["Cử 09 lượt công chức, viên chức các Chi cục trực thuộc dự tập huấn.",
       "Đã hoàn thành."]),
     ("II.2.đ","in_progress",{},
      "xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
      ["Sở đang cập nhật HTQLCL sau hợp nhất hai Sở, bổ sung 14 quy trình nội bộ mới.",
       "Đang thực hiện, chưa tổ chức đánh giá nội bộ."]),
    ],
    diffs=["Sau hợp nhất, hệ thống quy trình ISO của hai Sở cũ chưa thống nhất nên phải xây dựng lại nhiều quy trình"],
    props=["Đề nghị Sở KH&CN hỗ trợ chuyên gia tư vấn chuyển đổi HTQLCL cho cơ quan Sở",
           "Đề nghị thống nhất một nền tảng truy xuất nguồn gốc dùng chung cho toàn Thành phố"])

rep(file="TTPTTN_BC_CT38_11T2026.docx", hand="D", unit=("SKHCN-TTPTTN","Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    number="418/BC-TTPTTN", date="2026-11-16",
    items=[
     ("II.4.a","in_progress",{"budget_spent_vnd":2350000000},
      "Tiếp tục đầu tư cơ sở vật chất, trang thiết bị, nguồn nhân lực đối với đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ",
      ["Mua sắm, lắp đặt hệ thống sắc ký lỏng khối phổ LC-MS/MS và 02 tủ vi khí hậu.",
       "Kinh phí đã giải ngân: 2,35 tỷ đồng.",
       "Đang thực hiện, còn gói thiết bị hiệu chuẩn áp suất chờ đấu thầu."]),
     ("II.2.g","completed",{"instruments_verified":18460,"samples_tested":5212},
      "Củng cố, nâng cao hiệu quả hoạt động của các tổ chức dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng",
      ["Kiểm định, hiệu chuẩn 18.460 phương tiện đo các loại.",
       "Thử nghiệm 5.212 mẫu sản phẩm, hàng hóa phục vụ doanh nghiệp và cơ quan quản lý.",
       "Mở rộng phạm vi công nhận ISO/IEC 17025 thêm 12 phép thử.",
       "Hoàn thành kế hoạch năm."]),
     ("II.4.c","in_progress",{},
      "duy trì các chuẩn đo lường chính thuộc thẩm quyền quản lý, bảo đảm liên kết chuẩn đến các chuẩn đo lường quốc gia",
      ["Đã gửi hiệu chuẩn các chuẩn khối lượng, nhiệt độ tại Viện Đo lường Việt Nam.",
       "Chuẩn dung tích đang chờ lịch hiệu chuẩn — đang thực hiện."]),
     ("II.5.b","completed",{"samples_tested":120},
      "khảo sát chất lượng sản phẩm, hàng hóa",
      ["Phối hợp Chi cục thử nghiệm 120 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em trong đợt khảo sát năm 2026.",
       "Đã trả kết quả đầy đủ, hoàn thành."]),
    ],
    diffs=["Thiết bị thử nghiệm nhập khẩu có thời gian giao hàng kéo dài, ảnh hưởng tiến độ giải ngân"],
    props=["Đề nghị Sở cho phép điều chỉnh thời gian thực hiện gói thầu thiết bị hiệu chuẩn áp suất sang Quý I/2027"])

rep(file="P.TanDinh - BC CT38 - 2026.docx", hand="D", unit=("26737","Phường Tân Định"),
    number="602/BC-UBND", date="2026-11-26",
    items=[
     ("II.5.c","in_progress",{"inspections":4,"establishments_inspected":32,"violations":3,"fines_vnd":9000000},
      "Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền",
      ["Phối hợp Chi cục TĐC kiểm tra 04 cuộc tại chợ Tân Định và các cửa hàng mỹ phẩm, đồ chơi trên đường Hai Bà Trưng.",
       "Kiểm tra 32 cơ sở; 03 cơ sở vi phạm, xử phạt 9 triệu đồng.",
       "Đang thực hiện, còn 01 đợt tháng 12."]),
     ("II.1.a","completed",{"communications":10,"training_courses":1,"participants":60},
      "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
      ["Phối hợp Chi cục tổ chức 01 buổi phổ biến pháp luật cho 60 hộ kinh doanh tại chợ Tân Định.",
       "Đăng 10 tin bài trên trang thông tin điện tử phường.",
       "Đã hoàn thành."]),
     ("II.3.a","completed",{"participants":4},
      "tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ công tác tiêu chuẩn, đo lường, chất lượng cho công chức",
      ["Cử 04 công chức dự tập huấn.",
       "Hoàn thành."]),
    ],
    diffs=["Nhiều cửa hàng mỹ phẩm kinh doanh online kết hợp, khó xác định nguồn gốc hàng hóa khi kiểm tra"],
    props=["Đề nghị Chi cục hỗ trợ phường thiết bị kiểm tra nhanh nhãn hàng hóa"])

rep(file="XaNhaBe_CT38_2026.xlsx", hand="D", unit=("27655","Xã Nhà Bè"),
    number="330/BC-UBND", date="2026-11-30",
    items=[
     ("II.5.c","completed",{"inspections":2,"establishments_inspected":15,"violations":1,"fines_vnd":2000000},
      "thực hiện các nội dung được phân quyền trong công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng",
      ["Phối hợp kiểm tra 02 cuộc, 15 cơ sở kinh doanh xăng dầu, gas.",
       "01 cơ sở vi phạm, phạt 2.000.000 đồng.",
       "Hoàn thành kế hoạch kiểm tra năm 2026."]),
     ("II.1.a","in_progress",{"communications":8},
      "Tuyên truyền, nâng cao nhận thức",
      ["Đăng 08 tin bài trên loa truyền thanh và trang thông tin xã.",
       "Đang thực hiện."]),
     ("II.2.d","not_started",{},
      "Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến",
      ["Chưa thực hiện do chưa có doanh nghiệp đăng ký."]),
     ("II.5.d","not_applicable",{},
      "Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác hành vi vi phạm",
      ["Không phát sinh."]),
    ],
    diffs=["Xã chưa có công chức chuyên trách lĩnh vực khoa học và công nghệ"],
    props=["Đề nghị Sở KH&CN tổ chức tập huấn cho công chức kinh tế các xã mới thành lập"])
