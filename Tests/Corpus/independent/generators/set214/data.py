# -*- coding: utf-8 -*-
# Report contents for set 214. Each entry: (task, status, indicators, own name, result text, status words as written, comparison)
R = []
def rep(**k): R.append(k); return k

# ---------------- Hand A: commune officer, content-control form (DOCX) ----------------
rep(file="27544_xa-binh-my_phieu-bc-ct38.docx", hand="A", uid="27544", uname="Xã Bình Mỹ",
    number="318/BC-UBND", date="2026-11-05", datetext="ngày 5 tháng 11 năm 2026", officer="Trần Thị Mỹ Duyên",
    entries=[
     ("II.5.c","completed",{"inspections":4,"establishments_inspected":17,"violations":2,"fines_vnd":7500000},
      "Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ, cửa hàng xăng dầu",
      "Tổ công tác xã phối hợp Chi cục TĐC kiểm tra 04 cuộc tại 17 cơ sở (cân tại chợ Bình Mỹ, 03 cửa hàng xăng dầu); phát hiện 02 cơ sở vi phạm, xử phạt 7.500.000 đồng.","Đã hoàn thành"),
     ("II.1.a","completed",{"training_courses":1,"participants":86},
      "Tuyên truyền pháp luật về TCĐLCL cho hộ kinh doanh",
      "Tổ chức 01 buổi tuyên truyền cho hộ kinh doanh tại Hội trường xã, có 86 người tham dự.","Hoàn thành"),
     ("II.3.a","completed",{"participants":3},
      "Cử công chức dự tập huấn nghiệp vụ do Sở tổ chức",
      "Cử 03 công chức (Phòng Kinh tế) tham dự lớp tập huấn nghiệp vụ TCĐLCL do Sở KH&CN tổ chức tháng 6/2026.","Hoàn thành"),
     ("II.2.d","in_progress",{"enterprises_supported":5},
      "Hướng dẫn cơ sở sản xuất công bố chất lượng sản phẩm",
      "Đã hướng dẫn 05 cơ sở sản xuất nước uống đóng chai, bánh tráng làm hồ sơ tự công bố; còn 02 cơ sở đang hoàn thiện hồ sơ.","Đang thực hiện"),
    ],
    difficulties=["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ kinh tế kiêm nhiệm nhiều việc.",
                  "Chưa được trang bị quả cân chuẩn để kiểm tra cân tại chợ."],
    proposals=["Đề nghị Chi cục TĐC cấp cho xã 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ."])

rep(file="27655_nha-be_phieu-ct38-11thang.docx", hand="A", uid="27655", uname="Xã Nhà Bè",
    number="1142/BC-UBND", date="2026-11-06", datetext="ngày 6 tháng 11 năm 2026", officer="Lê Hoàng Phúc",
    entries=[
     ("II.5.c","in_progress",{"inspections":3,"establishments_inspected":12},
      "Kiểm tra phương tiện đo, hàng đóng gói sẵn theo phân cấp",
      "Phối hợp kiểm tra 03 cuộc, 12 cơ sở kinh doanh (cân, cột đo xăng dầu); chưa phát hiện vi phạm. Đợt kiểm tra cuối năm dự kiến thực hiện tháng 12/2026.","Đang triển khai"),
     ("II.1.a","completed",{"communications":9},
      "Tuyên truyền trên loa truyền thanh, trang thông tin xã",
      "Đăng 09 tin, bài trên Trang thông tin điện tử xã và phát trên hệ thống loa truyền thanh.","Đã xong"),
     ("II.5.d","not_applicable",{},
      "Tiếp nhận phản ánh, tố giác vi phạm",
      "Trong kỳ không nhận được phản ánh, tố giác nào về TCĐLCL.","Không phát sinh"),
    ],
    difficulties=["Kinh phí cho hoạt động kiểm tra phối hợp chưa được bố trí riêng."],
    proposals=["Kiến nghị Sở KH&CN hướng dẫn cụ thể nội dung được phân cấp cho cấp xã sau sắp xếp.",
               "Đề nghị tổ chức thêm lớp tập huấn cho công chức cấp xã trong Quý I/2027."])

rep(file="25780_minhthanh_bc-tdc.docx", hand="A", uid="25780", uname="Xã Minh Thạnh",
    number="87/BC-UBND", date="2026-11-04", datetext="ngày 4 tháng 11 năm 2026", officer="Nguyễn Văn Toàn",
    entries=[
     ("II.5.c","completed",{"inspections":2,"establishments_inspected":9,"violations":1,"fines_vnd":3000000},
      "Kiểm tra đo lường, chất lượng xăng dầu trên địa bàn",
      "Kiểm tra 02 đợt, 09 cửa hàng xăng dầu, 01 cơ sở vi phạm niêm phong cột đo, phạt 3 triệu đồng.","Hoàn thành"),
     ("II.3.a","not_started",{},
      "Bồi dưỡng nghiệp vụ cho công chức xã",
      "Xã chưa cử được cán bộ tham gia do trùng lịch tiếp công dân; sẽ đăng ký đợt sau.","Chưa thực hiện"),
     ("II.1.b","not_applicable",{},
      "Vận động doanh nghiệp tham dự Giải thưởng chất lượng quốc gia",
      "Trên địa bàn xã không có doanh nghiệp đủ điều kiện đăng ký.","Không phát sinh"),
     ("II.1.a","completed",{"communications":4,"training_courses":1,"participants":52},
      "Tuyên truyền cho người dân, hộ kinh doanh",
      "Phát 04 tài liệu tuyên truyền dạng tờ gấp; tổ chức 01 buổi nói chuyện chuyên đề với 52 hộ kinh doanh.","Hoàn thành"),
    ],
    difficulties=["Địa bàn rộng, cơ sở kinh doanh phân tán nên việc kiểm tra mất nhiều thời gian."],
    proposals=["Đề nghị Chi cục TĐC hỗ trợ xe và cán bộ kỹ thuật khi xã kiểm tra cột đo xăng dầu."])

rep(file="26662_longhai_phieu-bao-cao.docx", hand="A", uid="26662", uname="Xã Long Hải", rejected=True,
    reason="Báo cáo về chuyển đổi số (Đề án 06), không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
    number="205/BC-UBND", date="2026-11-05", datetext="ngày 5 tháng 11 năm 2026", officer="Phạm Thị Kim Ngân",
    entries=[], difficulties=[], proposals=[])

# ---------------- Hand B: internal-unit specialist, one small table per group ----------------
rep(file="CCTDC_bc-ket-qua-ct38-2026.docx", hand="B", uid="SKHCN-CCTDC", uname="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    short="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", number="412/BC-TĐC", date="2026-11-10", datetext="ngày 10 tháng 11 năm 2026",
    groups=[("Bảng 1. Nhóm nhiệm vụ về tuyên truyền, nâng cao nhận thức", [
     ("II.1.a","completed",{"training_courses":5,"participants":640},"Tập huấn văn bản QPPL và Tọa đàm với doanh nghiệp nhập khẩu",
      "Tổ chức 05 lớp tập huấn (kể cả buổi tọa đàm với doanh nghiệp nhập khẩu), 640 lượt học viên, tăng 18% so với cùng kỳ.","Hoàn thành"),
     ("II.1.b","completed",{"enterprises_supported":14},"Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
      "Hướng dẫn 14 doanh nghiệp lập hồ sơ tham dự, bằng 140% kế hoạch năm.","Hoàn thành")]),
     ("Bảng 2. Nhóm nhiệm vụ về quản lý nhà nước và hoàn thiện thể chế", [
     ("II.2.a","in_progress",{"enterprises_supported":22,"budget_spent_vnd":185000000},"Chương trình 1322, Đề án 996, Đề án 100",
      "Hỗ trợ 22 doanh nghiệp áp dụng công cụ năng suất, truy xuất nguồn gốc; kinh phí đã giải ngân 185.000.000 đồng.","Đang thực hiện"),
     ("II.2.c","completed",{},"Góp ý dự thảo Luật, văn bản QPPL",
      "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Bộ.","Hoàn thành"),
     ("II.2.e","in_progress",{"standards_reviewed":11},"Góp ý TCVN, QCVN; xây dựng QCĐP",
      "Góp ý 11 dự thảo TCVN, QCVN; dự thảo QCĐP về nước sạch đang lấy ý kiến.","Đang thực hiện"),
     ("II.2.h","completed",{},"Kết nối Cổng thông tin một cửa quốc gia",
      "Đã hoàn tất kết nối liên thông hồ sơ kiểm tra nhà nước hàng nhập khẩu từ tháng 3/2026.","Hoàn thành")]),
     ("Bảng 3. Nhóm nhiệm vụ về kiểm tra, giám sát", [
     ("II.5.a","completed",{"inspections":38,"establishments_inspected":214,"violations":27,"fines_vnd":412500000},"Kiểm tra TCĐLCL hàng hóa lưu thông, nhập khẩu",
      "Thực hiện 38 cuộc kiểm tra tại 214 cơ sở, 27 cơ sở vi phạm, xử phạt 412,5 triệu đồng; số cuộc tăng 15% so với cùng kỳ.","Hoàn thành"),
     ("II.5.b","in_progress",{"samples_tested":156},"Khảo sát chất lượng sản phẩm, hàng hóa",
      "Lấy 156 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát, bằng 104% kế hoạch năm.","Đang thực hiện"),
     ("II.5.c","in_progress",{"inspections":21},"Phối hợp UBND phường, xã, đặc khu",
      "Phối hợp 21 cuộc kiểm tra với UBND các phường, xã, đặc khu.","Đang thực hiện")])],
    difficulties=["Lực lượng kiểm tra viên mỏng so với số lượng cơ sở trên địa bàn Thành phố sau hợp nhất.",
                  "Kinh phí lấy mẫu khảo sát chưa đáp ứng nhu cầu thực tế."],
    proposals=["Đề nghị Sở bổ sung chỉ tiêu biên chế kiểm soát viên chất lượng cho Chi cục.",
               "Kiến nghị Sở bố trí thêm kinh phí khảo sát chất lượng năm 2027."])

rep(file="KTPC_bao-cao-ct38.docx", hand="B", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
    short="PHÒNG KIỂM TRA – PHÁP CHẾ", number="96/BC-KTPC", date="2026-10-30", datetext="ngày 30 tháng 10 năm 2026",
    groups=[("Bảng 1. Nhóm nhiệm vụ về hoàn thiện văn bản, pháp chế", [
     ("II.2.c","completed",{},"Phối hợp góp ý văn bản QPPL về TCĐLCL",
      "Phối hợp Chi cục TĐC rà soát, góp ý 03 dự thảo văn bản; không phát hiện nội dung chồng chéo.","Hoàn thành")]),
     ("Bảng 2. Nhóm nhiệm vụ về kiểm tra, xử lý vi phạm", [
     ("II.5.a","completed",{"inspections":6,"establishments_inspected":31,"violations":5,"fines_vnd":68000000},"Phối hợp kiểm tra chất lượng hàng hóa",
      "Tham gia 06 đoàn kiểm tra liên ngành tại 31 cơ sở, 05 cơ sở vi phạm, tổng tiền phạt 68 triệu đồng.","Hoàn thành"),
     ("II.5.d","in_progress",{},"Xử lý phản ánh, tố giác; phòng chống tiêu cực",
      "Tiếp nhận, chuyển xử lý 02 đơn phản ánh về ghi nhãn hàng hóa; 01 đơn đang xác minh.","Đang thực hiện"),
     ("II.4.b","not_started",{},"Kiểm định thiết bị kỹ thuật nghiệp vụ theo NĐ 135",
      "Chưa triển khai do chờ danh mục thiết bị được phê duyệt.","Chưa triển khai")])],
    difficulties=["Một số hành vi vi phạm về nhãn hàng hóa chưa có quy định xử phạt cụ thể."],
    proposals=["Đề nghị Chi cục TĐC sớm trình phê duyệt danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ."])

rep(file="TTPTTN_ket-qua-ct38.xlsx", hand="B", uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    short="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", number="233/BC-TTPTTN", date="2026-10-29", datetext="ngày 29 tháng 10 năm 2026",
    groups=[("Bảng 1. Nhóm nhiệm vụ về đầu tư cơ sở vật chất, chuẩn đo lường", [
     ("II.4.a","in_progress",{"budget_spent_vnd":2350000000},"Đầu tư trang thiết bị thử nghiệm",
      "Đã giải ngân 2,35 tỷ đồng mua sắm thiết bị phòng thử nghiệm hóa; bằng 78% kế hoạch vốn năm.","Đang thực hiện"),
     ("II.4.c","completed",{"instruments_verified":48},"Duy trì, liên kết chuẩn đo lường",
      "Hiệu chuẩn 48 chuẩn chính, chuẩn công tác liên kết đến chuẩn quốc gia.","Hoàn thành")]),
     ("Bảng 2. Nhóm nhiệm vụ về dịch vụ kỹ thuật", [
     ("II.2.g","in_progress",{"instruments_verified":18640,"samples_tested":3215},"Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
      "Kiểm định, hiệu chuẩn 18.640 phương tiện đo (tăng 12% so với cùng kỳ); thử nghiệm 3.215 mẫu.","Đang thực hiện")])],
    difficulties=["Một số thiết bị thử nghiệm đã cũ, chi phí bảo trì cao."],
    proposals=["Đề nghị Sở ưu tiên bố trí vốn đầu tư phòng thử nghiệm điện – điện tử năm 2027."])

rep(file="VPS_bc-nhiem-vu-ct38.docx", hand="B", uid="SKHCN-VP", uname="Văn phòng Sở Khoa học và Công nghệ",
    short="VĂN PHÒNG SỞ", number="57/BC-VP", date="2026-10-31", datetext="ngày 31 tháng 10 năm 2026",
    groups=[("Bảng 1. Nhóm nhiệm vụ về hệ thống quản lý chất lượng", [
     ("II.2.đ","completed",{},"Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015",
      "Đã cập nhật 100% quy trình giải quyết TTHC; đánh giá nội bộ hoàn thành tháng 9/2026.","Hoàn thành")]),
     ("Bảng 2. Nhóm nhiệm vụ phối hợp khác", [
     ("II.2.h","completed",{},"Phối hợp cải tiến Hệ thống thông tin giải quyết TTHC",
      "Phối hợp Chi cục TĐC cập nhật quy trình điện tử trên Hệ thống.","Hoàn thành"),
     ("II.5.d","not_applicable",{},"Khen thưởng người tố giác vi phạm",
      "Trong kỳ chưa có trường hợp đề nghị khen thưởng.","Không phát sinh"),
     ("II.4.a","in_progress",{},"Phối hợp đầu tư trang thiết bị cho đơn vị sự nghiệp",
      "Đang thẩm định dự toán mua sắm năm 2027 cho Trung tâm.","Đang thực hiện")])],
    difficulties=[],
    proposals=["Đề nghị các đơn vị gửi hồ sơ dự toán mua sắm trước ngày 30/11/2026."])

rep(file="CDS_tong-hop-ct38.xlsx", hand="B", uid="SKHCN-CDS", uname="Phòng Chuyển đổi số",
    short="PHÒNG CHUYỂN ĐỔI SỐ", number="41/BC-CĐS", date="2026-11-02", datetext="ngày 2 tháng 11 năm 2026",
    groups=[("Bảng 1. Nhóm nhiệm vụ về hệ thống thông tin", [
     ("II.2.h","completed",{},"Kết nối Cổng một cửa quốc gia",
      "Hoàn thành kết nối, đồng bộ dữ liệu hồ sơ kiểm tra hàng nhập khẩu.","Hoàn thành")]),
     ("Bảng 2. Nhóm nhiệm vụ về cơ sở dữ liệu", [
     ("II.2.i","in_progress",{"training_courses":2,"participants":45},"Kết nối CSDL quốc gia về TCĐLCL",
      "Đang xây dựng API kết nối; tổ chức 02 buổi hướng dẫn sử dụng cho 45 lượt công chức.","Đang thực hiện")])],
    difficulties=["Bộ KH&CN chưa ban hành đặc tả kỹ thuật kết nối CSDL quốc gia."],
    proposals=["Đề nghị Chi cục TĐC làm đầu mối đề nghị Bộ cung cấp tài liệu đặc tả API."])

# ---------------- Hand C: ward officer narrative with comparisons ----------------
rep(file="25912_vinhtan_bc-ct38-2026.docx", hand="C", uid="25912", uname="Phường Vĩnh Tân",
    number="455/BC-UBND", date="2026-11-05", datetext="ngày 5 tháng 11 năm 2026",
    entries=[
     ("II.5.c","completed",{"inspections":6,"establishments_inspected":24,"violations":3,"fines_vnd":12000000},
      "Về phối hợp kiểm tra theo phân cấp",
      "Phường chủ động phối hợp Chi cục TĐC tổ chức 06 cuộc kiểm tra tại 24 cơ sở kinh doanh xăng dầu, vàng trang sức và cân tại chợ, tăng 20% so với cùng kỳ năm 2025, bằng 150% kế hoạch năm; qua kiểm tra phát hiện 03 cơ sở vi phạm, chuyển xử phạt 12 triệu đồng.","Nhiệm vụ này phường đã hoàn thành."),
     ("II.1.a","completed",{"communications":15,"training_courses":2,"participants":130},
      "Về tuyên truyền",
      "Đăng 15 tin, bài trên trang Zalo OA và loa phát thanh phường (tăng 25% so với cùng kỳ); tổ chức 02 buổi tuyên truyền cho 130 lượt hộ kinh doanh.","Nhiệm vụ này phường đã hoàn thành."),
     ("II.3.a","completed",{"participants":4},
      "Về bồi dưỡng công chức",
      "Cử 04 công chức tham gia lớp tập huấn do Sở KH&CN tổ chức, bằng 100% số được triệu tập.","Nhiệm vụ này đã hoàn thành."),
     ("II.2.d","in_progress",{"enterprises_supported":8},
      "Về hướng dẫn cơ sở công bố chất lượng",
      "Hướng dẫn 08 cơ sở sản xuất bao bì, thực phẩm chế biến thủ tục công bố hợp quy, tự công bố sản phẩm.","Nội dung này đang tiếp tục thực hiện đến cuối năm."),
    ],
    difficulties=["Cơ sở kinh doanh nhỏ lẻ thường xuyên thay đổi địa điểm, khó theo dõi.",
                  "Phường chưa có công chức được đào tạo chuyên sâu về đo lường."],
    proposals=["Kiến nghị Sở KH&CN ban hành quy trình phối hợp kiểm tra giữa Chi cục TĐC và UBND phường."])

rep(file="27316_andong_bc-tdc-nam2026.docx", hand="C", uid="27316", uname="Phường An Đông",
    number="2108/BC-UBND", date="2026-11-06", datetext="ngày 6 tháng 11 năm 2026",
    entries=[
     ("II.5.c","in_progress",{"inspections":5,"establishments_inspected":40,"violations":4,"fines_vnd":21500000},
      "Về phối hợp quản lý nhà nước theo phân quyền",
      "Phường phối hợp kiểm tra 05 cuộc tại 40 cơ sở kinh doanh vàng bạc, đồ chơi trẻ em tại các chợ An Đông, giảm 17% so với cùng kỳ do sáp nhập địa bàn; phát hiện 04 cơ sở vi phạm, xử phạt 21,5 triệu đồng.","Nội dung này đang tiếp tục thực hiện đến cuối năm."),
     ("II.5.a","in_progress",{"samples_tested":12},
      "Về giám sát chất lượng hàng hóa lưu thông",
      "Phối hợp lấy 12 mẫu mũ bảo hiểm, đồ chơi trẻ em gửi thử nghiệm, bằng 120% kế hoạch năm.","Nội dung này đang tiếp tục thực hiện đến cuối năm."),
     ("II.1.a","completed",{"communications":22},
      "Về tuyên truyền",
      "Đăng tải 22 tin, bài, tăng 10% so với cùng kỳ.","Nhiệm vụ này phường đã hoàn thành."),
     ("II.5.d","not_applicable",{},
      "Về tiếp nhận tố giác",
      "Trong năm không phát sinh đơn tố giác.","Không phát sinh nội dung này."),
    ],
    difficulties=["Số lượng cơ sở kinh doanh lớn, trong khi lực lượng kiểm tra của phường còn mỏng."],
    proposals=["Đề nghị Chi cục TĐC hỗ trợ kinh phí thử nghiệm mẫu cho các đợt kiểm tra do phường chủ trì.",
               "Đề nghị tổ chức tập huấn kỹ năng kiểm tra nhãn hàng hóa cho công chức phường."])

rep(file="25978_thuanan_bao-cao-ct38.docx", hand="C", uid="25978", uname="Phường Thuận An",
    number="733/BC-UBND", date="2026-11-03", datetext="ngày 3 tháng 11 năm 2026", resave=True,
    entries=[
     ("II.5.c","completed",{"inspections":3,"establishments_inspected":15},
      "Về phối hợp kiểm tra đo lường",
      "Phối hợp kiểm tra 03 cuộc, 15 cơ sở kinh doanh xăng dầu, bằng 100% kế hoạch năm; không phát hiện vi phạm.","Nhiệm vụ này phường đã hoàn thành."),
     ("II.3.a","completed",{"participants":2},
      "Về bồi dưỡng công chức",
      "Cử 02 công chức dự lớp tập huấn nghiệp vụ.","Nhiệm vụ này đã hoàn thành."),
     ("II.1.b","not_applicable",{},
      "Về Giải thưởng Chất lượng Quốc gia",
      "Năm 2026 trên địa bàn không có doanh nghiệp đăng ký tham dự.","Không phát sinh nội dung này."),
    ],
    difficulties=["Phần mềm báo cáo chưa kết nối được với hệ thống của Sở."],
    proposals=["Đề nghị Sở cấp tài khoản cập nhật số liệu kiểm tra cho phường."])

rep(file="27559_hocmon_bc-ct38.docx", hand="C", uid="27559", uname="Xã Hóc Môn",
    number="612/BC-UBND", date="2026-11-07", datetext="ngày 7 tháng 11 năm 2026",
    entries=[
     ("II.5.c","in_progress",{"inspections":4,"establishments_inspected":19,"violations":2,"fines_vnd":9000000},
      "Về phối hợp kiểm tra theo phân cấp",
      "Xã phối hợp tổ chức 04 cuộc kiểm tra tại 19 cơ sở, tăng 33% so với cùng kỳ, bằng 80% kế hoạch năm; phát hiện 02 cơ sở vi phạm, xử phạt 9 triệu đồng.","Nội dung này đang tiếp tục thực hiện đến cuối năm."),
     ("II.1.a","completed",{"training_courses":1,"participants":75},
      "Về tuyên truyền",
      "Tổ chức 01 hội nghị phổ biến pháp luật về đo lường cho 75 đại biểu là tiểu thương.","Nhiệm vụ này xã đã hoàn thành."),
     ("II.2.d","not_started",{},
      "Về hỗ trợ hợp tác xã áp dụng hệ thống quản lý",
      "Chưa triển khai do chưa có hợp tác xã đăng ký.","Nội dung này xã chưa triển khai."),
    ],
    difficulties=["Chưa có hướng dẫn thống nhất về mẫu biên bản kiểm tra cấp xã."],
    proposals=["Đề nghị Chi cục TĐC ban hành mẫu biên bản, biểu mẫu dùng chung cho cấp xã."])

# ---------------- Hand D: ward/commune clerk XLSX ----------------
rep(file="25846_thoihoa_bieu-ct38.xlsx", hand="D", uid="25846", uname="Phường Thới Hòa",
    number="389/BC-UBND", date="2026-11-05", datetext="ngày 5 tháng 11 năm 2026", resave=True,
    entries=[
     ("II.5.c","completed",{"inspections":5,"establishments_inspected":22,"violations":2,"fines_vnd":6000000},
      "Phối hợp kiểm tra đo lường, chất lượng",
      "Kiểm tra 05 cuộc; 22 cơ sở; vi phạm 02 cơ sở; phạt 6.000.000đ","tăng 25% so với cùng kỳ","Xong"),
     ("II.1.a","completed",{"communications":11,"training_courses":1,"participants":60},
      "Tuyên truyền cho hộ kinh doanh",
      "11 tin bài; 01 buổi nói chuyện có 60 người dự","bằng 110% kế hoạch năm","Xong"),
     ("II.3.a","in_progress",{"participants":2},
      "Cử công chức đi tập huấn",
      "Đã cử 02 người; còn 01 đợt tháng 12","","Đang làm"),
     ("II.5.d","not_applicable",{},"Tố giác, khen thưởng","","","Không có việc"),
    ],
    difficulties=["Thiếu dụng cụ kiểm tra (quả cân chuẩn, ca đong)."],
    proposals=["Xin Chi cục TĐC cho mượn bộ quả cân chuẩn khi kiểm tra chợ."])

rep(file="27373_binhtien_ct38.xlsx", hand="D", uid="27373", uname="Phường Bình Tiên",
    number="274/BC-UBND", date="2026-11-04", datetext="ngày 4 tháng 11 năm 2026",
    entries=[
     ("II.5.c","in_progress",{"inspections":3,"establishments_inspected":14},
      "Kiểm tra cân ở chợ, cửa hàng vàng",
      "Kiểm tra 03 cuộc; 14 cơ sở; chưa phát hiện vi phạm","giảm 25% so với cùng kỳ","Đang làm"),
     ("II.1.a","completed",{"communications":7},
      "Đưa tin trên loa, Zalo khu phố",
      "07 tin bài","bằng 100% kế hoạch năm","Xong"),
     ("II.2.d","not_started",{},"Hướng dẫn cơ sở tự công bố sản phẩm","Chưa có cơ sở đề nghị","","Chưa làm"),
    ],
    difficulties=["Công chức phụ trách mới nhận nhiệm vụ, chưa nắm nghiệp vụ.","Chợ tạm chưa bố trí cân đối chứng."],
    proposals=["Đề nghị Sở tập huấn cho công chức mới về nghiệp vụ kiểm tra đo lường."])

rep(file="27658_hiepphuoc_bc-ct38.xlsx", hand="D", uid="27658", uname="Xã Hiệp Phước",
    number="160/BC-UBND", date="2026-11-06", datetext="ngày 6 tháng 11 năm 2026",
    entries=[
     ("II.5.c","completed",{"inspections":2,"establishments_inspected":8,"violations":1,"fines_vnd":2500000},
      "Phối hợp kiểm tra xăng dầu, khí dầu mỏ hóa lỏng",
      "Kiểm tra 02 cuộc; 08 cơ sở; 01 cơ sở vi phạm; phạt 2,5 triệu","bằng 100% kế hoạch năm","Xong"),
     ("II.1.a","in_progress",{"communications":5,"training_courses":1,"participants":40},
      "Tuyên truyền Chỉ thị 38",
      "05 tin bài; 01 lớp có 40 người dự; còn 01 lớp tháng 12","tăng 15% so với cùng kỳ","Đang làm"),
     ("II.3.a","completed",{"participants":2},"Cử người dự tập huấn của Sở","Cử 02 công chức","","Xong"),
     ("II.1.b","not_applicable",{},"Giải thưởng chất lượng quốc gia","","","Không có việc"),
    ],
    difficulties=["Xã mới thành lập sau sắp xếp, chưa có số liệu cùng kỳ đầy đủ."],
    proposals=["Đề nghị Chi cục TĐC gửi danh sách cơ sở kinh doanh xăng dầu trên địa bàn xã."])

rep(file="27364_binhphu_kiem-tra-attp.xlsx", hand="D", uid="27364", uname="Phường Bình Phú", rejected=True,
    reason="Báo cáo kết quả kiểm tra an toàn thực phẩm (Tết Trung thu), không phải báo cáo Kế hoạch CT38",
    number="301/BC-UBND", date="2026-10-12", datetext="ngày 12 tháng 10 năm 2026",
    entries=[], difficulties=[], proposals=[])
