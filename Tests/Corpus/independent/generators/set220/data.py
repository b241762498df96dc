# -*- coding: utf-8 -*-
# Report contents. fig = (indicator_id, value, written form as it appears in the file)
R = {}

def rep(key, **kw): R[key] = kw

# ---------------- Hand A: ward officer, Word SEQ-field numbering ----------------
rep("A1", hand="A", file="27028_phu-thanh_bc-ct38.docx", uid="27028", uname="Phường Phú Thạnh",
    num="412/BC-UBND", date="2026-11-05", datetext="ngày 05 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", status="completed", name="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh",
          body="Phường lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào các buổi sinh hoạt khu phố; phát hành tờ rơi tại chợ Phú Thạnh và đăng tin trên trang thông tin điện tử của phường.",
          figs=[("training_courses",2,"02 buổi"),("participants",146,"146 lượt người"),("communications",9,"09 tin, bài")],
          st="Đến ngày 31/10/2026, nội dung này: đã hoàn thành."),
     dict(task="II.3.a", status="completed", name="Cử công chức dự tập huấn nghiệp vụ",
          body="Phường cử công chức phụ trách kinh tế và cán bộ Đội quản lý trật tự đô thị tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng do Chi cục tổ chức.",
          figs=[("participants",3,"03 công chức")],
          st="Đến ngày 31/10/2026, nội dung này: đã hoàn thành."),
     dict(task="II.5.c", status="in_progress", name="Kiểm tra đo lường tại chợ và cửa hàng xăng dầu theo phân cấp",
          body="Tổ kiểm tra liên ngành của phường kiểm tra cân đối chứng, cân bán hàng tại chợ và các cửa hàng xăng dầu trên địa bàn; nhắc nhở các hộ sử dụng cân chưa kiểm định.",
          figs=[("inspections",4,"04 cuộc"),("establishments_inspected",31,"31 cơ sở"),("violations",3,"03 trường hợp vi phạm"),("fines_vnd",4500000,"4.500.000 đồng")],
          st="Đến ngày 31/10/2026, nội dung này: đang thực hiện, tiếp tục kiểm tra trong tháng 12."),
     dict(task="II.2.đ", status="completed", name="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Bộ phận Một cửa",
          body="Phường ban hành Quyết định công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi cập nhật quy trình nội bộ; tổ chức đánh giá nội bộ.",
          figs=[], st="Đến ngày 31/10/2026, nội dung này: đã hoàn thành."),
    ],
    diff=["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.",
          "Phường chưa có cân đối chứng dự phòng để thay thế khi cân tại chợ hư hỏng."],
    prop=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 cân đối chứng đặt tại chợ Phú Thạnh.",
          "Đề nghị Sở tổ chức thêm lớp tập huấn ngắn hạn cho công chức phường, xã trong năm 2027."])

rep("A2", hand="A", file="25920_tan-hiep_bc-chi-thi-38.docx", uid="25920", uname="Phường Tân Hiệp",
    num="287/BC-UBND", date="2026-10-30", datetext="ngày 30 tháng 10 năm 2026",
    entries=[
     dict(task="II.1.b", status="not_applicable", name="Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
          body="Phường đã phổ biến thông báo của Sở đến các doanh nghiệp trên địa bàn qua nhóm Zalo doanh nghiệp; tuy nhiên trong năm không có doanh nghiệp nào đăng ký tham dự.",
          figs=[], st="Đến ngày 25/10/2026, nội dung này: không phát sinh."),
     dict(task="II.5.c", status="in_progress", name="Phối hợp kiểm tra nhãn hàng hóa, đo lường tại chợ Tân Hiệp",
          body="Phường phối hợp Chi cục kiểm tra nhãn hàng hóa và phương tiện đo tại chợ Tân Hiệp và các cơ sở kinh doanh vàng trang sức.",
          figs=[("inspections",2,"02 đợt kiểm tra"),("establishments_inspected",18,"18 cơ sở"),("violations",1,"01 cơ sở vi phạm"),("fines_vnd",2000000,"2.000.000 đồng")],
          st="Đến ngày 25/10/2026, nội dung này: đang thực hiện."),
     dict(task="II.3.a", status="not_started", name="Tập huấn cho công chức phường",
          body="Phường dự kiến cử công chức tham dự lớp tập huấn do Sở tổ chức trong Quý IV, hiện chưa nhận được giấy mời.",
          figs=[], st="Đến ngày 25/10/2026, nội dung này: chưa thực hiện."),
    ],
    diff=["Các hộ kinh doanh tại chợ thay đổi thường xuyên nên khó theo dõi việc kiểm định cân."],
    prop=["Đề nghị Chi cục gửi danh sách phương tiện đo phải kiểm định trên địa bàn phường để phường theo dõi."])

rep("A3", hand="A", file="26728_chau-pha_bc-tdc-2026.docx", uid="26728", uname="Xã Châu Pha",
    num="156/BC-UBND", date="2026-11-10", datetext="ngày 10 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", status="completed", name="Phổ biến kiến thức tiêu chuẩn, đo lường cho hộ sản xuất nông sản",
          body="Xã phối hợp Hội Nông dân tổ chức hội nghị phổ biến quy định về ghi nhãn, truy xuất nguồn gốc nông sản cho hộ trồng tiêu, cà phê; phát thanh trên loa truyền thanh xã.",
          figs=[("training_courses",1,"01 hội nghị"),("participants",85,"85 hộ dân tham dự"),("communications",12,"12 lượt phát thanh")],
          st="Đến ngày 31/10/2026, nội dung này: đã hoàn thành."),
     dict(task="II.5.c", status="completed", name="Kiểm tra cân tại các điểm thu mua nông sản",
          body="Xã thành lập tổ kiểm tra cân tại các đại lý thu mua nông sản trong mùa thu hoạch, sau kiểm tra các đại lý đã đưa cân đi kiểm định.",
          figs=[("inspections",3,"03 cuộc"),("establishments_inspected",22,"22 đại lý"),("instruments_verified",40,"40 chiếc cân được kiểm định")],
          st="Đến ngày 31/10/2026, nội dung này: đã hoàn thành."),
     dict(task="II.2.đ", status="in_progress", name="Cập nhật hệ thống ISO tại UBND xã",
          body="Xã đang rà soát, chuyển đổi các quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới sau sắp xếp.",
          figs=[], st="Đến ngày 31/10/2026, nội dung này: đang thực hiện, dự kiến xong trong tháng 12/2026."),
    ],
    diff=["Địa bàn xã rộng, các điểm thu mua phân tán, lực lượng kiểm tra mỏng."],
    prop=["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm tổ chức kiểm định cân lưu động tại xã vào mùa thu hoạch."])

rep("A4", hand="A", file="25840_long-nguyen_bc-cds.docx", uid="25840", uname="Phường Long Nguyên",
    num="301/BC-UBND", date="2026-11-03", datetext="ngày 03 tháng 11 năm 2026", rejected=True,
    reason="Báo cáo về chuyển đổi số của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
    entries=[
     dict(task=None, status=None, name="Phát triển hạ tầng số tại khu phố",
          body="Phường phối hợp doanh nghiệp viễn thông lắp đặt điểm phát wifi miễn phí tại nhà văn hóa các khu phố.",
          figs=[("x",14,"14 điểm")], st="Đến ngày 31/10/2026, nội dung này: đã hoàn thành."),
     dict(task=None, status=None, name="Tổ công nghệ số cộng đồng",
          body="Các tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng VNeID và thanh toán không dùng tiền mặt.",
          figs=[("x",1240,"1.240 lượt người")], st="Đến ngày 31/10/2026, nội dung này: đang thực hiện."),
     dict(task=None, status=None, name="Hồ sơ thủ tục hành chính trực tuyến",
          body="Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình đạt 78%.",
          figs=[], st="Đến ngày 31/10/2026, nội dung này: đang thực hiện."),
    ],
    diff=["Nhiều người cao tuổi chưa sử dụng điện thoại thông minh."],
    prop=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho tổ công nghệ số cộng đồng."])

# ---------------- Hand B: department specialist, Word table with bulleted figures in cells ----------------
rep("B1", hand="B", file="SO-CT_bc-ket-qua-ct38-2026.docx", uid="SO-CT", uname="Sở Công Thương",
    num="7815/SCT-QLTM", date="2026-10-28", datetext="ngày 28 tháng 10 năm 2026",
    entries=[
     dict(task="II.5.a", status="in_progress", name="Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường",
          figs=[("inspections",6,"06 cuộc kiểm tra liên ngành"),("establishments_inspected",47,"47 cửa hàng"),("violations",5,"05 cơ sở vi phạm"),("fines_vnd",187500000,"187.500.000 đồng")],
          st="Đang thực hiện (theo kế hoạch kiểm tra năm)"),
     dict(task="II.2.e", status="completed", name="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
          figs=[("standards_reviewed",4,"04 dự thảo QCVN")],
          st="Hoàn thành"),
     dict(task="II.2.đ", status="completed", name="Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở",
          figs=[], st="Hoàn thành"),
     dict(task="II.3.a", status="completed", name="Cử công chức tham dự tập huấn chuyên môn TĐC",
          figs=[("participants",5,"05 công chức")], st="Hoàn thành"),
    ],
    diff=["Lực lượng quản lý thị trường sau sắp xếp còn mỏng, địa bàn rộng.",
          "Chưa có cơ chế chia sẻ dữ liệu kết quả kiểm tra giữa Sở Công Thương và Chi cục Tiêu chuẩn Đo lường Chất lượng."],
    prop=["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp trao đổi thông tin kết quả kiểm tra chất lượng hàng hóa."])

rep("B2", hand="B", file="SO-YT_bao-cao-ct38.docx", uid="SO-YT", uname="Sở Y tế",
    num="9120/SYT-NVY", date="2026-11-02", datetext="ngày 02 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.a", status="completed", name="Phối hợp kiểm tra phương tiện đo nhóm 2 dùng trong y tế (huyết áp kế, nhiệt kế) tại cơ sở khám chữa bệnh",
          figs=[("inspections",3,"03 đợt"),("establishments_inspected",25,"25 cơ sở khám, chữa bệnh")],
          st="Hoàn thành"),
     dict(task="II.2.e", status="completed", name="Góp ý dự thảo tiêu chuẩn, quy chuẩn liên quan trang thiết bị y tế",
          figs=[("standards_reviewed",2,"02 dự thảo")], st="Hoàn thành"),
     dict(task="II.1.a", status="not_applicable", name="Tập huấn văn bản QPPL về TĐC cho doanh nghiệp",
          figs=[], st="Không phát sinh"),
    ],
    diff=[], prop=["Đề nghị Chi cục TĐC gửi danh mục phương tiện đo y tế phải kiểm định để Sở Y tế phổ biến tới các bệnh viện."])

rep("B3", hand="B", file="SO-NNMT_bc-thuc-hien-kh-ct38.docx", uid="SO-NNMT", uname="Sở Nông nghiệp và Môi trường",
    num="6604/SNNMT-CCTL", date="2026-10-31", datetext="ngày 31 tháng 10 năm 2026",
    entries=[
     dict(task="II.2.a", status="in_progress", name="Triển khai truy xuất nguồn gốc nông sản (Đề án 100)",
          figs=[("enterprises_supported",36,"36 hợp tác xã, doanh nghiệp"),("training_courses",2,"02 lớp hướng dẫn"),("participants",118,"118 học viên")],
          st="Đang thực hiện"),
     dict(task="II.5.a", status="completed", name="Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật",
          figs=[("inspections",5,"05 cuộc"),("establishments_inspected",39,"39 cơ sở"),("samples_tested",54,"54 mẫu"),("violations",4,"04 cơ sở"),("fines_vnd",96000000,"96.000.000 đồng")],
          st="Hoàn thành"),
     dict(task="II.2.e", status="in_progress", name="Xây dựng quy chuẩn kỹ thuật địa phương về nước sạch",
          figs=[("standards_reviewed",1,"01 dự thảo QCĐP")], st="Đang thực hiện (đang lấy ý kiến)"),
     dict(task="II.2.đ", status="completed", name="Áp dụng ISO 9001:2015 tại Sở và các chi cục",
          figs=[], st="Hoàn thành"),
    ],
    diff=["Một số hợp tác xã chưa đủ kinh phí duy trì tem truy xuất nguồn gốc."],
    prop=["Đề nghị bố trí kinh phí hỗ trợ hợp tác xã áp dụng truy xuất nguồn gốc năm 2027.",
          "Đề nghị Sở Khoa học và Công nghệ hướng dẫn quy trình ban hành quy chuẩn kỹ thuật địa phương."])

rep("B4", hand="B", file="SO-XD_bc-ct38-nam-2026.docx", uid="SO-XD", uname="Sở Xây dựng",
    num="11203/SXD-KTXD", date="2026-11-06", datetext="ngày 06 tháng 11 năm 2026",
    entries=[
     dict(task="II.5.a", status="in_progress", name="Kiểm tra chất lượng vật liệu xây dựng lưu thông (thép, xi măng, kính)",
          figs=[("inspections",4,"04 cuộc"),("establishments_inspected",28,"28 cơ sở kinh doanh VLXD"),("samples_tested",16,"16 mẫu")],
          st="Đang thực hiện"),
     dict(task="II.2.e", status="completed", name="Góp ý QCVN 16:2023/BXD sửa đổi và các dự thảo TCVN vật liệu",
          figs=[("standards_reviewed",7,"07 văn bản góp ý")], st="Hoàn thành"),
     dict(task="II.3.a", status="not_started", name="Cử công chức dự tập huấn nghiệp vụ TĐC",
          figs=[], st="Chưa thực hiện (chưa có lớp)"),
    ],
    diff=["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán năm chưa bố trí đủ."],
    prop=["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm ưu đãi giá thử nghiệm mẫu phục vụ kiểm tra nhà nước."])

# ---------------- Hand C: unit officer, Word legacy form (FORMTEXT / FORMDROPDOWN) ----------------
# figs here: (id, value, label, formtext value, unit after field)
rep("C1", hand="C", file="CCTDC_phieu-bao-cao-ct38-11thang.docx", uid="SKHCN-CCTDC", uname="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    num="1462/BC-TĐC", date="2026-11-12", datetext="ngày 12 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", status="completed", name="Tập huấn VBQPPL về TĐC và tọa đàm doanh nghiệp nhập khẩu",
          figs=[("training_courses",4,"Số lớp/tọa đàm đã tổ chức","04","lớp"),("participants",512,"Số lượt người tham dự","512","lượt")],
          st="Đã hoàn thành"),
     dict(task="II.1.b", status="completed", name="Vận động tham dự Giải thưởng Chất lượng Quốc gia",
          figs=[("enterprises_supported",11,"Số doanh nghiệp được hướng dẫn hồ sơ","11","doanh nghiệp")],
          st="Đã hoàn thành"),
     dict(task="II.2.d", status="in_progress", name="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy",
          figs=[("enterprises_supported",23,"Số doanh nghiệp được hỗ trợ","23","doanh nghiệp"),("budget_spent_vnd",118600000,"Kinh phí đã giải ngân","118.600.000","đồng")],
          st="Đang thực hiện"),
     dict(task="II.2.h", status="completed", name="Kết nối Cổng một cửa quốc gia về kiểm tra hàng nhập khẩu",
          figs=[], st="Đã hoàn thành"),
     dict(task="II.3.b", status="in_progress", name="Khóa bồi dưỡng chuyên sâu về năng suất chất lượng",
          figs=[("training_courses",2,"Số khóa","02","khóa"),("participants",96,"Số học viên","96","học viên")],
          st="Đang thực hiện"),
     dict(task="II.5.a", status="in_progress", name="Kiểm tra nhà nước về TĐC trên thị trường",
          figs=[("inspections",14,"Số cuộc kiểm tra","14","cuộc"),("establishments_inspected",163,"Số cơ sở được kiểm tra","163","cơ sở"),("violations",21,"Số cơ sở vi phạm","21","cơ sở"),("fines_vnd",342750000,"Tiền phạt","342.750.000","đồng")],
          st="Đang thực hiện"),
     dict(task="II.5.b", status="completed", name="Khảo sát chất lượng sản phẩm, hàng hóa",
          figs=[("samples_tested",120,"Số mẫu khảo sát","120","mẫu")], st="Đã hoàn thành"),
     dict(task="II.6.b", status="not_applicable", name="Hợp tác APO về năng suất khu vực công",
          figs=[], st="Không phát sinh"),
    ],
    diff=["Dự toán kinh phí khảo sát chất lượng chỉ đáp ứng khoảng 60% số mẫu theo nhu cầu.",
          "Một số UBND phường, xã mới thành lập chưa phân công công chức đầu mối về TĐC."],
    prop=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm năm 2027.",
          "Đề nghị UBND Thành phố chỉ đạo các phường, xã, đặc khu cử công chức đầu mối theo dõi công tác TĐC."])

rep("C2", hand="C", file="TTPTTN_phieu-bc-ct38.docx", uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    num="538/TTPTTN-KHTH", date="2026-10-29", datetext="ngày 29 tháng 10 năm 2026",
    entries=[
     dict(task="II.4.a", status="in_progress", name="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm",
          figs=[("budget_spent_vnd",2350000000,"Kinh phí đầu tư đã giải ngân","2.350.000.000","đồng")],
          st="Đang thực hiện"),
     dict(task="II.2.g", status="completed", name="Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
          figs=[("instruments_verified",18420,"Số phương tiện đo đã kiểm định, hiệu chuẩn","18.420","phương tiện"),("samples_tested",2716,"Số mẫu thử nghiệm","2.716","mẫu")],
          st="Đã hoàn thành"),
     dict(task="II.4.c", status="in_progress", name="Duy trì chuẩn đo lường, liên kết chuẩn quốc gia",
          figs=[("instruments_verified",9,"Số chuẩn được hiệu chuẩn liên kết","09","chuẩn")],
          st="Đang thực hiện"),
    ],
    diff=["Một số thiết bị thử nghiệm đã hết khấu hao, chi phí sửa chữa lớn."],
    prop=["Đề nghị Sở ưu tiên bố trí vốn đầu tư phòng thử nghiệm điện - điện tử năm 2027."])

rep("C3", hand="C", file="KTPC_phieu-bc-ct38.docx", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
    num="87/BC-KTPC", date="2026-10-27", datetext="ngày 27 tháng 10 năm 2026",
    entries=[
     dict(task="II.5.a", status="in_progress", name="Phối hợp kiểm tra về TĐC",
          figs=[("inspections",3,"Số cuộc phối hợp","03","cuộc"),("establishments_inspected",17,"Số cơ sở","17","cơ sở")],
          st="Đang thực hiện"),
     dict(task="II.5.d", status="not_applicable", name="Khen thưởng, bảo vệ người tố giác vi phạm",
          figs=[], st="Không phát sinh"),
     dict(task="II.2.c", status="completed", name="Góp ý văn bản QPPL về tiêu chuẩn, chất lượng",
          figs=[], st="Đã hoàn thành"),
     dict(task="II.4.b", status="not_started", name="Rà soát phương tiện kỹ thuật nghiệp vụ theo NĐ 135/2021",
          figs=[], st="Chưa thực hiện"),
    ],
    diff=[], prop=[])

rep("C4", hand="C", file="VPSO_phieu-bc-ct38.docx", uid="SKHCN-VP", uname="Văn phòng Sở Khoa học và Công nghệ",
    num="214/BC-VP", date="2026-10-30", datetext="ngày 30 tháng 10 năm 2026",
    entries=[
     dict(task="II.2.đ", status="completed", name="Duy trì HTQLCL ISO 9001:2015 của Sở",
          figs=[], st="Đã hoàn thành"),
     dict(task="II.2.i", status="in_progress", name="Phối hợp kết nối CSDL quốc gia về TĐC",
          figs=[], st="Đang thực hiện"),
     dict(task="II.4.a", status="in_progress", name="Phối hợp bố trí kinh phí đầu tư cho đơn vị sự nghiệp",
          figs=[], st="Đang thực hiện"),
    ],
    diff=["Phần mềm quản lý văn bản chưa liên thông với hệ thống ISO điện tử."],
    prop=["Đề nghị Phòng Chuyển đổi số hỗ trợ tích hợp quy trình ISO điện tử vào hệ thống quản lý văn bản."])

# ---------------- Hand D: spreadsheet with one rich-text cell per task ----------------
rep("D1", hand="D", file="25906_bac-tan-uyen_bieu-ct38.xlsx", uid="25906", uname="Xã Bắc Tân Uyên",
    num="98/BC-UBND", date="2026-11-04", datetext="ngày 04 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", status="completed", name="Tuyên truyền về TĐC trên hệ thống loa và trang thông tin xã",
          body="Xã phát thanh nội dung về cân đo, nhãn hàng hóa; đăng tin trên trang thông tin điện tử xã.",
          figs=[("communications",15,"15 tin bài")], st="đã xong"),
     dict(task="II.5.c", status="in_progress", name="Kiểm tra cân tại chợ Tân Thành và cây xăng",
          body="Tổ kiểm tra xã kiểm tra phương tiện đo tại chợ và cửa hàng xăng dầu, lập biên bản nhắc nhở.",
          figs=[("inspections",2,"2 cuộc"),("establishments_inspected",14,"14 cơ sở"),("violations",2,"2 trường hợp"),("fines_vnd",1500000,"1,5 triệu đồng")], st="đang làm"),
     dict(task="II.3.a", status="completed", name="Cử cán bộ dự tập huấn",
          body="Cử công chức văn phòng kinh tế dự lớp tập huấn tại Chi cục.",
          figs=[("participants",2,"2 người")], st="đã xong"),
    ],
    diff=["Xã chưa có cân đối chứng tại chợ."],
    prop=["Đề nghị Chi cục cấp cân đối chứng cho chợ Tân Thành."])

rep("D2", hand="D", file="CDS_tong-hop-ct38-2026.xlsx", uid="SKHCN-CDS", uname="Phòng Chuyển đổi số",
    num="45/BC-CĐS", date="2026-10-26", datetext="ngày 26 tháng 10 năm 2026",
    entries=[
     dict(task="II.2.h", status="completed", name="Hoàn thiện hệ thống thông tin giải quyết TTHC về TĐC",
          body="Phối hợp Chi cục cấu hình lại các thủ tục TĐC trên Hệ thống thông tin giải quyết TTHC; kết nối Cổng một cửa quốc gia.",
          figs=[], st="đã xong"),
     dict(task="II.2.i", status="in_progress", name="Kết nối cơ sở dữ liệu quốc gia về TĐC",
          body="Đã xây dựng API trao đổi dữ liệu thử nghiệm, đang chờ Bộ cấp quyền truy cập chính thức.",
          figs=[("budget_spent_vnd",85000000,"85 triệu đồng")], st="đang làm"),
     dict(task="II.3.a", status="completed", name="Cử cán bộ tham gia hội thảo chuyên đề",
          body="Cử viên chức tham dự hội thảo về dữ liệu đo lường số do Bộ tổ chức.",
          figs=[("participants",2,"2 người")], st="đã xong"),
    ],
    diff=["Chưa được Bộ cấp tài khoản kết nối chính thức vào cơ sở dữ liệu quốc gia."],
    prop=["Đề nghị Chi cục có văn bản đề nghị Bộ sớm cấp quyền kết nối."])

rep("D3", hand="D", file="SO-VHTT_bieu-bao-cao-ct38.xlsx", uid="SO-VHTT", uname="Sở Văn hóa và Thể thao",
    num="5120/SVHTT-KHTC", date="2026-11-07", datetext="ngày 07 tháng 11 năm 2026",
    entries=[
     dict(task="II.1.a", status="completed", name="Phối hợp tuyên truyền về TĐC trên báo chí",
          body="Chỉ đạo các cơ quan báo chí đưa tin về Ngày Tiêu chuẩn thế giới và Ngày Đo lường Việt Nam.",
          figs=[("communications",26,"26 tin, bài")], st="đã xong"),
     dict(task="II.2.đ", status="completed", name="Duy trì ISO tại Sở và các đơn vị",
          body="Rà soát, cập nhật quy trình nội bộ theo TCVN ISO 9001:2015.", figs=[], st="đã xong"),
     dict(task="II.5.a", status="not_applicable", name="Phối hợp kiểm tra thiết bị thể thao, đồ chơi",
          body="Trong kỳ không có đề nghị phối hợp.", figs=[], st="không phát sinh"),
    ],
    diff=[], prop=[])

rep("D4", hand="D", file="SO-ATTP_bieu-ket-qua-kiem-tra.xlsx", uid="SO-ATTP", uname="Sở An toàn thực phẩm",
    num="1877/SATTP-NVTT", date="2026-11-01", datetext="ngày 01 tháng 11 năm 2026", rejected=True,
    reason="Biểu kết quả thanh tra, kiểm tra an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW",
    entries=[
     dict(task=None, status=None, name="Kiểm tra ATTP dịp Tết Nguyên đán",
          body="Kiểm tra cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể.",
          figs=[("x",412,"412 cơ sở")], st="đã xong"),
     dict(task=None, status=None, name="Tháng hành động vì ATTP",
          body="Tổ chức lễ phát động, kiểm tra các chợ đầu mối.",
          figs=[("x",9,"9 đoàn")], st="đã xong"),
     dict(task=None, status=None, name="Giám sát ngộ độc thực phẩm",
          body="Giám sát, điều tra các vụ nghi ngộ độc.", figs=[("x",3,"3 vụ")], st="đang làm"),
    ],
    diff=["Lực lượng thanh tra chuyên ngành ATTP còn thiếu."], prop=["Đề nghị tăng biên chế thanh tra ATTP."])
