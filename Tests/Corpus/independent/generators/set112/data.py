# -*- coding: utf-8 -*-
"""Report contents for set 112 (shared by gen.py for writing and for the keys)."""

CHICUC = "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"


def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, ind=ind, text=text)
    d.update(kw)
    return d


REPORTS = []

# ---------------------------------------------------------------- H1: Kiều Minh Trí
# wards, DOCX: inspection results told by mặt hàng under one lead total sentence,
# the other jobs under "Các việc khác", every block closed by a "Nhận định:" line.
REPORTS += [
    dict(file="312-BC-UBND Ben Thanh - TDC 2026.docx", hand="H1", unit_id="26743",
         unit_name="Phường Bến Thành", short="BẾN THÀNH", place="Bến Thành",
         number="312/BC-UBND", date="2026-10-21", signer="Trương Quốc Bảo",
         lead=("Từ đầu năm đến ngày 15/10/2026, Ủy ban nhân dân phường đã chủ trì, phối hợp với Chi cục "
               "Tiêu chuẩn Đo lường Chất lượng và Đội Quản lý thị trường số 1 tổ chức 06 cuộc kiểm tra tại "
               "47 cơ sở kinh doanh, phát hiện 05 cơ sở vi phạm, xử phạt vi phạm hành chính 18.500.000 đồng; "
               "phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 118 chiếc cân của tiểu thương chợ Bến Thành."),
         goods=[("Mặt hàng xăng dầu", "Kiểm tra 02 cuộc tại 09 cửa hàng xăng dầu trên đường Lê Lai, Nguyễn Thái Học; phát hiện 01 cửa hàng có cột đo sai số vượt mức cho phép, xử phạt 7.500.000 đồng, yêu cầu ngừng sử dụng cột đo đến khi kiểm định lại."),
                ("Cân tại chợ Bến Thành", "Kiểm tra 02 cuộc tại 26 hộ kinh doanh trong chợ; phát hiện 03 hộ sử dụng cân chưa kiểm định, xử phạt 6.000.000 đồng. Cùng đợt, phối hợp kiểm định 118 chiếc cân, dán tem cho 112 chiếc, 06 chiếc không đạt đã thu hồi."),
                ("Vàng bạc, trang sức", "Kiểm tra 02 cuộc tại 12 tiệm vàng; 01 tiệm vi phạm về ghi nhãn và hàm lượng vàng công bố, xử phạt 5.000.000 đồng.")],
         insp_verdict="Nhận định: công tác kiểm tra là việc làm thường xuyên, phường đang tiếp tục thực hiện trong Quý IV/2026.",
         insp=E("II.5.c", "in_progress", dict(inspections=6, establishments_inspected=47, violations=5, fines_vnd=18500000, instruments_verified=118),
                "phối hợp tổ chức 06 cuộc kiểm tra tại 47 cơ sở kinh doanh, phát hiện 05 cơ sở vi phạm, xử phạt 18.500.000 đồng; kiểm định 118 chiếc cân"),
         others=[
             E("II.1.a", "completed", dict(communications=14, training_courses=1, participants=85),
               "Tuyên truyền: đăng 14 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố; tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho 85 hộ kinh doanh tại chợ Bến Thành.",
               verdict="Nhận định: đã làm xong theo kế hoạch của phường."),
             E("II.3.a", "completed", dict(participants=3),
               "Tập huấn nghiệp vụ: cử 03 công chức (Phòng Kinh tế, Đội quản lý trật tự đô thị) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 6/2026.",
               verdict="Nhận định: đạt yêu cầu, đã xong."),
             E("II.2.đ", "in_progress", {},
               "Hệ thống quản lý chất lượng: duy trì áp dụng TCVN ISO 9001:2015 tại Bộ phận Một cửa và các phòng chuyên môn, đang rà soát lại quy trình sau sắp xếp.",
               verdict="Nhận định: còn tiếp tục, dự kiến công bố lại trong tháng 11/2026."),
             E("II.5.d", "not_applicable", {},
               "Tố giác, khen thưởng: trong kỳ không có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn.",
               verdict="Nhận định: không phát sinh."),
         ],
         diff=["Phường không có công chức chuyên trách, công chức Phòng Kinh tế kiêm nhiệm nhiều lĩnh vực nên việc kiểm tra còn phụ thuộc vào lịch của Chi cục.",
               "Tiểu thương tại chợ Bến Thành thay đổi thường xuyên, cân mua mới chưa kiểm định ban đầu còn nhiều."],
         prop=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ thiết lập thêm 02 điểm cân đối chứng tại chợ Bến Thành.",
               "Đề nghị Chi cục cung cấp tài liệu tuyên truyền song ngữ Việt – Anh phục vụ khu vực có đông khách du lịch."]),

    dict(file="BC CT38 P.Cho Lon.docx", hand="H1", unit_id="27343",
         unit_name="Phường Chợ Lớn", short="CHỢ LỚN", place="Chợ Lớn",
         number="198/BC-UBND", date="2026-10-23", signer="Lâm Thị Ngọc Hân",
         lead=("Trong 10 tháng năm 2026, phường đã tổ chức 05 cuộc kiểm tra tại 38 cơ sở, phát hiện 04 cơ sở "
               "vi phạm, xử phạt 12.000.000 đồng; lấy 06 mẫu mũ bảo hiểm gửi thử nghiệm."),
         goods=[("Cân tại chợ Bình Tây", "02 cuộc, 20 hộ kinh doanh được kiểm tra; 03 hộ dùng cân sai số vượt quy định, xử phạt 9.000.000 đồng."),
                ("Mũ bảo hiểm, đồ chơi trẻ em", "02 cuộc tại 14 cửa hàng trên đường Hải Thượng Lãn Ông, Trần Hưng Đạo; lấy 06 mẫu mũ bảo hiểm gửi thử nghiệm, kết quả 01 mẫu không đạt QCVN 2:2021/BKHCN, xử phạt 3.000.000 đồng."),
                ("Xăng dầu", "01 cuộc tại 04 cửa hàng xăng dầu, không phát hiện vi phạm.")],
         insp_verdict="Nhận định: đang tiếp tục, Quý IV phường sẽ kiểm tra thêm mặt hàng điện, điện tử dịp cuối năm.",
         insp=E("II.5.c", "in_progress", dict(inspections=5, establishments_inspected=38, violations=4, fines_vnd=12000000, samples_tested=6),
                "tổ chức 05 cuộc kiểm tra tại 38 cơ sở, phát hiện 04 cơ sở vi phạm, xử phạt 12.000.000 đồng; lấy 06 mẫu mũ bảo hiểm"),
         others=[
             E("II.1.a", "completed", dict(communications=9),
               "Tuyên truyền: phát 09 tin, bài trên hệ thống loa, trang thông tin điện tử phường về cân đúng – bán đủ, nhận biết mũ bảo hiểm đạt chuẩn.",
               verdict="Nhận định: đã thực hiện xong theo kế hoạch của phường."),
             E("II.2.đ", "completed", {},
               "Hệ thống quản lý chất lượng: đã xây dựng, ban hành và công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sắp xếp bộ máy.",
               verdict="Nhận định: hoàn thành."),
             E("II.3.a", "not_started", {},
               "Tập huấn nghiệp vụ cho công chức: đến nay phường chưa cử được công chức tham dự do lớp tập huấn của Chi cục dời sang tháng 11/2026.",
               verdict="Nhận định: chưa thực hiện."),
         ],
         diff=["Nhiều hộ kinh doanh tại chợ Bình Tây là người lớn tuổi, chưa nắm quy định về kiểm định cân."],
         prop=["Đề nghị Chi cục tổ chức lớp tập huấn tại chỗ cho công chức và hộ kinh doanh trong Quý IV/2026.",
               "Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí thử nghiệm mẫu cho các phường khi kiểm tra chất lượng hàng hóa."]),

    dict(file="Go Vap_bao cao do luong chat luong T10.docx", hand="H1", unit_id="26884",
         unit_name="Phường Gò Vấp", short="GÒ VẤP", place="Gò Vấp",
         number="145/BC-UBND", date="2026-10-26", signer="Nguyễn Hữu Phước",
         lead=("Tính chung các mặt hàng, phường đã tổ chức 04 cuộc kiểm tra tại 29 cơ sở, phát hiện 02 cơ sở "
               "vi phạm, xử phạt 4.500.000 đồng."),
         goods=[("Xăng dầu", "01 cuộc, 06 cửa hàng; tất cả cột đo còn hạn kiểm định, không vi phạm."),
                ("Cân tại chợ Gò Vấp, chợ Căn Cứ 26", "02 cuộc, 18 hộ kinh doanh; 02 hộ vi phạm (cân không có dấu kiểm định), phạt tổng cộng 4.500.000 đồng."),
                ("Thiết bị điện gia dụng", "01 cuộc, 05 cửa hàng trên đường Quang Trung; hàng hóa có dấu hợp quy, không vi phạm.")],
         insp_verdict="Nhận định: còn tiếp tục trong các tháng cuối năm.",
         insp=E("II.5.c", "in_progress", dict(inspections=4, establishments_inspected=29, violations=2, fines_vnd=4500000),
                "tổ chức 04 cuộc kiểm tra tại 29 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 4.500.000 đồng"),
         others=[
             E("II.1.a", "completed", dict(training_courses=1, participants=62, communications=5),
               "Tuyên truyền, phổ biến: 01 buổi phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho 62 hộ kinh doanh; 05 tin, bài trên trang của phường.",
               verdict="Nhận định: đã xong."),
             E("II.2.d", "in_progress", dict(enterprises_supported=11),
               "Hướng dẫn cơ sở: hướng dẫn 11 hộ kinh doanh, doanh nghiệp nhỏ sản xuất thực phẩm khô về ghi nhãn hàng hóa, tự công bố sản phẩm.",
               verdict="Nhận định: còn tiếp tục hướng dẫn khi cơ sở có nhu cầu."),
             E("II.5.d", "not_applicable", {},
               "Tố giác vi phạm: không có đơn thư, tố giác liên quan.",
               verdict="Nhận định: không có phát sinh."),
         ],
         diff=["Chưa có quy chế phối hợp cụ thể giữa phường và Đội Quản lý thị trường sau khi sắp xếp đơn vị hành chính.",
               "Kinh phí cho công tác kiểm tra chưa được bố trí riêng."],
         prop=["Đề nghị Chi cục ban hành hướng dẫn mẫu biên bản, quy trình kiểm tra đo lường dùng chung cho cấp phường."]),

    dict(file="TDM-407-BC.docx", hand="H1", unit_id="25747",
         unit_name="Phường Thủ Dầu Một", short="THỦ DẦU MỘT", place="Thủ Dầu Một",
         number="407/BC-UBND", date="2026-10-20", signer="Huỳnh Văn Lực",
         lead=("Từ tháng 01 đến tháng 10/2026, phường đã kiểm tra 07 cuộc tại 52 cơ sở, phát hiện 06 cơ sở vi phạm, "
               "ra quyết định xử phạt 21.000.000 đồng."),
         goods=[("Xăng dầu", "02 cuộc, 11 cửa hàng; 02 cửa hàng vi phạm niêm phong cột đo, xử phạt 10.000.000 đồng."),
                ("Cân tại chợ Thủ Dầu Một", "03 cuộc, 30 hộ; 03 hộ vi phạm, xử phạt 7.500.000 đồng."),
                ("Vàng bạc", "02 cuộc, 11 cơ sở; 01 cơ sở vi phạm về phương tiện đo khối lượng, xử phạt 3.500.000 đồng.")],
         insp_verdict="Nhận định: thực hiện thường xuyên, đang tiếp tục.",
         insp=E("II.5.c", "in_progress", dict(inspections=7, establishments_inspected=52, violations=6, fines_vnd=21000000),
                "kiểm tra 07 cuộc tại 52 cơ sở, phát hiện 06 cơ sở vi phạm, xử phạt 21.000.000 đồng"),
         others=[
             E("II.1.a", "completed", dict(communications=18, training_courses=2, participants=140),
               "Tuyên truyền: 18 tin, bài trên Đài truyền thanh và fanpage phường; 02 hội nghị phổ biến pháp luật về đo lường với 140 lượt người tham dự.",
               verdict="Nhận định: đã xong."),
             E("II.3.a", "completed", dict(participants=2),
               "Bồi dưỡng công chức: 02 công chức tham dự lớp cập nhật kiến thức về đo lường, chất lượng do Chi cục tổ chức.",
               verdict="Nhận định: đạt yêu cầu, đã xong."),
             E("II.2.đ", "in_progress", {},
               "ISO hành chính: đang cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục mới được phân cấp.",
               verdict="Nhận định: còn đang làm."),
         ],
         diff=["Địa bàn rộng sau sáp nhập, số cơ sở kinh doanh xăng dầu, vàng bạc tăng nhưng lực lượng kiểm tra của phường không tăng."],
         prop=["Đề nghị Chi cục phân bổ lịch kiểm tra liên ngành sớm từ đầu năm để phường chủ động bố trí lực lượng.",
               "Đề nghị cấp cho phường 01 bộ quả cân chuẩn phục vụ kiểm tra cân tại chợ."]),
]

# ---------------------------------------------------------------- H2: Lê Hoàng Nam
# wards/communes, XLSX: column headers asked as plain questions, statuses answered
# in spoken words ("Xong hết / Còn làm / Chưa làm / Không có"), "Vướng gì? / Xin gì?" rows.
REPORTS += [
    dict(file="Xa Hoc Mon - bao cao TDC 10 thang.xlsx", hand="H2", unit_id="27559",
         unit_name="Xã Hóc Môn", short="XÃ HÓC MÔN", place="Hóc Môn",
         number="88/BC-UBND", date="2026-10-27", signer="Đặng Văn Tư", maker="Lê Hoàng Nam",
         rows=[
             E("II.1.a", "completed", dict(communications=16), "Phát trên loa truyền thanh các ấp, đăng trang thông tin điện tử xã về cân đúng, bán đủ",
               what="Tuyên truyền về đo lường, chất lượng", other="16 tin, bài", ans="Xong hết"),
             E("II.5.c", "in_progress", dict(inspections=3, establishments_inspected=24, violations=2, fines_vnd=5000000),
               "Cùng Chi cục TĐC kiểm tra cửa hàng xăng dầu, cân ở chợ Hóc Môn, chợ Xuân Thới Thượng",
               what="Kiểm tra xăng dầu, cân ở chợ", c=3, e=24, v=2, f=5000000, ans="Còn làm"),
             E("II.3.a", "completed", dict(participants=2), "Cử công chức Kinh tế đi học lớp nghiệp vụ của Chi cục",
               what="Cử người đi tập huấn", other="2 người", ans="Xong hết"),
             E("II.2.đ", "in_progress", {}, "Duy trì ISO 9001:2015 ở Bộ phận tiếp nhận và trả kết quả",
               what="ISO trong hành chính", ans="Còn làm"),
             E("II.5.d", "not_applicable", {}, "Không có ai tố giác, không có trường hợp khen thưởng",
               what="Tố giác vi phạm, khen thưởng", ans="Không có"),
         ],
         diff=["Xã mới sắp xếp, cán bộ kinh tế phải làm nhiều việc, chưa có người chuyên theo dõi đo lường.",
               "Chợ tự phát ven đường nhiều, khó quản lý cân của người bán."],
         prop=["Xin Chi cục cho thêm tài liệu, tờ rơi để phát cho các hộ kinh doanh ở chợ."]),

    dict(file="TanDinh_BaoCao_CT38.xlsx", hand="H2", unit_id="26737",
         unit_name="Phường Tân Định", short="PHƯỜNG TÂN ĐỊNH", place="Tân Định",
         number="176/BC-UBND", date="2026-10-24", signer="Phan Minh Châu", maker="Vũ Thị Hoài",
         rows=[
             E("II.1.a", "completed", dict(training_courses=1, participants=54, communications=7),
               "Hội nghị phổ biến quy định ghi nhãn, đo lường cho hộ kinh doanh chợ Tân Định; tin bài trên trang phường",
               what="Tuyên truyền, phổ biến", other="1 hội nghị, 54 người; 7 tin bài", ans="Xong hết"),
             E("II.5.c", "in_progress", dict(inspections=4, establishments_inspected=31, violations=3, fines_vnd=8250000),
               "Kiểm tra đo lường tại chợ Tân Định, cửa hàng xăng dầu, tiệm vàng",
               what="Kiểm tra đo lường, chất lượng trên địa bàn", c=4, e=31, v=3, f=8250000, ans="Còn làm"),
             E("II.5.b", "completed", dict(samples_tested=3), "Đi cùng Chi cục lấy mẫu xăng để khảo sát chất lượng",
               what="Khảo sát chất lượng xăng dầu (phối hợp)", other="3 mẫu", ans="Xong hết"),
             E("II.2.d", "in_progress", dict(enterprises_supported=9), "Hướng dẫn hộ kinh doanh bánh kẹo, cà phê rang xay ghi nhãn hàng hóa",
               what="Hướng dẫn ghi nhãn", other="9 hộ kinh doanh", ans="Còn làm"),
             E("II.3.a", "not_started", {}, "Chi cục chưa mở lớp nên phường chưa cử người",
               what="Tập huấn cho công chức", ans="Chưa làm"),
         ],
         diff=["Phần mềm báo cáo của Chi cục chưa có tài khoản cho phường mới nên phải gửi file."],
         prop=["Xin Chi cục cấp tài khoản báo cáo trực tuyến cho phường.",
               "Xin tổ chức tập huấn ngay trong Quý IV/2026 cho công chức mới."]),

    dict(file="Long Hai - BC tieu chuan do luong.xlsx", hand="H2", unit_id="26662",
         unit_name="Xã Long Hải", short="XÃ LONG HẢI", place="Long Hải",
         number="64/BC-UBND", date="2026-10-28", signer="Trần Văn Sáng", maker="Lê Hoàng Nam", lo=True,
         rows=[
             E("II.1.a", "completed", dict(communications=11, training_courses=1, participants=46),
               "Tuyên truyền cho hộ mua bán hải sản về cân, đăng tin trên loa xã",
               what="Tuyên truyền", other="11 tin bài; 1 lớp 46 người", ans="Xong hết"),
             E("II.5.c", "in_progress", dict(inspections=2, establishments_inspected=35, violations=4, fines_vnd=6000000, instruments_verified=2),
               "Kiểm tra cân ở chợ Long Hải, vựa hải sản bến cá; kiểm định cân đối chứng",
               what="Kiểm tra cân ở chợ, vựa hải sản", c=2, e=35, v=4, f=6000000, other="kiểm định 2 cân đối chứng", ans="Còn làm"),
             E("II.2.đ", "not_started", {}, "Xã mới sắp xếp, chưa xây dựng lại hệ thống ISO",
               what="ISO 9001 ở xã", ans="Chưa làm"),
             E("II.5.d", "not_applicable", {}, "Không có trường hợp tố giác",
               what="Tố giác, khen thưởng", ans="Không có"),
         ],
         diff=["Vựa hải sản mua bán ban đêm, sáng sớm nên kiểm tra khó.",
               "Cân đối chứng ở chợ bị hư, chưa có kinh phí thay."],
         prop=["Xin Chi cục hỗ trợ 01 cân đối chứng mới cho chợ Long Hải.",
               "Xin hướng dẫn cách lập hồ sơ ISO cho xã sau sắp xếp."]),

    dict(file="DiAn_baocao_quy3.xlsx", hand="H2", unit_id="25942", mistaken=True,
         unit_name="Phường Dĩ An", short="PHƯỜNG DĨ AN", place="Dĩ An",
         number="233/BC-UBND", date="2026-10-09", signer="Nguyễn Thị Bích", maker="Lê Hoàng Nam",
         reason="Báo cáo kết quả chuyển đổi số Quý III/2026 của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng."),
]

# ---------------------------------------------------------------- H3: Võ Thanh Trúc
# departments and island/coastal units, DOCX: the body is a borderless two-column
# "margin label" table (short upper-case label left, prose right), each block ending
# with "(Tình hình: …)"; difficulties and proposals as the last two labelled rows.
REPORTS += [
    dict(file="5318-SCT-bao cao phoi hop CT38.docx", hand="H3", unit_id="SO-CT",
         unit_name="Sở Công Thương", parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", issuer="SỞ CÔNG THƯƠNG",
         place="Thành phố Hồ Chí Minh", number="5318/BC-SCT", date="2026-10-29",
         signer="Lê Thị Thu Hằng", sigtitle="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
         intro=("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và "
                "đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả phối hợp, "
                "Sở Công Thương báo cáo như sau:"),
         blocks=[
             ("TUYÊN TRUYỀN", E("II.1.a", "completed", dict(communications=6),
               "Sở cử đại diện Phòng Quản lý thương mại tham dự Tọa đàm với doanh nghiệp nhập khẩu do Chi cục tổ chức ngày 14/5/2026; đăng 6 tin, bài về quy định ghi nhãn, kiểm tra chất lượng hàng nhập khẩu trên Cổng thông tin điện tử của Sở.",
               tag="đã hoàn thành")),
             ("KIỂM TRA HÀNG HÓA", E("II.5.a", "in_progress", dict(inspections=3, establishments_inspected=27, violations=5, fines_vnd=42500000),
               "Chi cục Quản lý thị trường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tham gia 3 đoàn kiểm tra liên ngành chất lượng hàng hóa lưu thông (xăng dầu, khí dầu mỏ hóa lỏng, thiết bị điện) tại 27 cơ sở kinh doanh; phát hiện 5 cơ sở vi phạm, xử phạt 42,5 triệu đồng.",
               tag="đang thực hiện, tiếp tục kiểm tra dịp cuối năm")),
             ("QUY CHUẨN", E("II.2.e", "completed", dict(standards_reviewed=4),
               "Góp ý 4 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (xăng, nhiên liệu điêzen; chai chứa LPG; dây và cáp điện; an toàn điện) theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ.",
               tag="đã hoàn thành")),
             ("HỘI NHẬP", E("II.6.a", "in_progress", dict(communications=12, enterprises_supported=35),
               "Cập nhật cam kết về hàng rào kỹ thuật trong thương mại (TBT) của các hiệp định CPTPP, EVFTA: phát hành 12 bản tin, hướng dẫn 35 doanh nghiệp xuất khẩu về yêu cầu tiêu chuẩn của thị trường nhập khẩu.",
               tag="đang thực hiện")),
             ("PHỐI HỢP PHƯỜNG, XÃ", E("II.5.c", "completed", dict(training_courses=1, participants=96),
               "Phối hợp Chi cục tổ chức 1 hội nghị hướng dẫn kiểm tra đo lường trong kinh doanh xăng dầu theo nội dung đã phân quyền cho 96 công chức phường, xã, đặc khu.",
               tag="đã hoàn thành")),
         ],
         diff=["Sau khi sắp xếp, lực lượng quản lý thị trường chưa được kiện toàn đầy đủ tại một số địa bàn nên việc cử người tham gia đoàn liên ngành có lúc chưa kịp thời.",
               "Thời gian lấy ý kiến đối với các dự thảo quy chuẩn ngắn, chưa đủ để tham vấn doanh nghiệp."],
         prop=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo kế hoạch kiểm tra liên ngành năm 2027 trước ngày 15/01/2027.",
               "Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả kiểm tra chất lượng xăng dầu để phục vụ công tác quản lý ngành."]),

    dict(file="SoATTP_BC Tet 2026.docx", hand="H3", unit_id="SO-ATTP", mistaken=True,
         unit_name="Sở An toàn thực phẩm", parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", issuer="SỞ AN TOÀN THỰC PHẨM",
         place="Thành phố Hồ Chí Minh", number="1187/BC-SATTP", date="2026-10-30",
         signer="Phạm Khánh Phong Lan", sigtitle="GIÁM ĐỐC",
         reason="Báo cáo tổng kết công tác bảo đảm an toàn thực phẩm Tết Nguyên đán, mùa lễ hội năm 2026 gửi nhầm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW."),

    dict(file="CON DAO - 52 BC.docx", hand="H3", unit_id="26732",
         unit_name="Đặc khu Côn Đảo", parent="ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO", issuer="",
         place="Côn Đảo", number="52/BC-UBND", date="2026-10-22", lo=True,
         signer="Lê Văn Phong", sigtitle="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
         intro=("Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện các nội dung về tiêu chuẩn, đo lường, "
                "chất lượng trên địa bàn năm 2026 theo Kế hoạch của Sở Khoa học và Công nghệ như sau:"),
         blocks=[
             ("TUYÊN TRUYỀN", E("II.1.a", "completed", dict(communications=8, training_courses=1, participants=40),
               "Đài Truyền thanh – Truyền hình đặc khu phát 8 tin, bài; tổ chức 1 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho 40 hộ kinh doanh tại chợ Côn Đảo và khu dịch vụ du lịch.",
               tag="đã hoàn thành")),
             ("KIỂM TRA, ĐO LƯỜNG", E("II.5.c", "in_progress", dict(inspections=2, establishments_inspected=15, violations=1, fines_vnd=2500000, instruments_verified=3),
               "Phối hợp đoàn của Chi cục (tháng 4 và tháng 8/2026) kiểm tra 2 cuộc tại 15 cơ sở kinh doanh xăng dầu, hải sản khô, cân tại chợ; 1 cơ sở vi phạm, xử phạt 2,5 triệu đồng. Kiểm định 3 cân đối chứng tại chợ Côn Đảo.",
               tag="đang thực hiện")),
             ("BỒI DƯỠNG", E("II.3.a", "completed", dict(participants=2),
               "Cử 2 công chức Phòng Kinh tế tham dự lớp tập huấn trực tuyến về quản lý nhà nước về đo lường do Chi cục tổ chức.",
               tag="đã hoàn thành")),
             ("ISO HÀNH CHÍNH", E("II.2.đ", "in_progress", {},
               "Đang rà soát, bổ sung quy trình của hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho các thủ tục hành chính mới tiếp nhận.",
               tag="đang thực hiện")),
         ],
         diff=["Việc đi lại giữa đất liền và Côn Đảo phụ thuộc thời tiết, đoàn kiểm tra của Chi cục chỉ ra được 2 đợt trong năm.",
               "Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ, cân của hộ kinh doanh phải gửi vào đất liền."],
         prop=["Đề nghị Chi cục phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm tổ chức kiểm định lưu động tại Côn Đảo mỗi năm 01 đợt.",
               "Đề nghị hỗ trợ đặc khu 01 bộ quả cân chuẩn và tập huấn sử dụng."]),

    dict(file="Can Gio 119-BC-UBND.docx", hand="H3", unit_id="27664",
         unit_name="Xã Cần Giờ", parent="ỦY BAN NHÂN DÂN\nXÃ CẦN GIỜ", issuer="",
         place="Cần Giờ", number="119/BC-UBND", date="2026-10-27",
         signer="Nguyễn Thanh Hải", sigtitle="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
         intro="Ủy ban nhân dân xã Cần Giờ báo cáo kết quả như sau:",
         blocks=[
             ("TUYÊN TRUYỀN", E("II.1.a", "completed", dict(communications=5),
               "Phát 5 tin, bài trên loa truyền thanh xã về sử dụng cân đúng quy định tại chợ Hàng Dương và các vựa hải sản.",
               tag="đã hoàn thành")),
             ("KIỂM TRA", E("II.5.c", "in_progress", dict(inspections=3, establishments_inspected=22, violations=2, fines_vnd=3750000),
               "Chủ trì 3 cuộc kiểm tra tại 22 cơ sở (vựa hải sản, cửa hàng xăng dầu, đại lý vật tư nông nghiệp); 2 cơ sở vi phạm, xử phạt 3,75 triệu đồng.",
               tag="đang thực hiện")),
             ("HỖ TRỢ CƠ SỞ", E("II.2.d", "in_progress", dict(enterprises_supported=6),
               "Hướng dẫn 6 cơ sở sản xuất muối, hải sản khô ghi nhãn hàng hóa và làm hồ sơ công bố sản phẩm.",
               tag="đang thực hiện")),
             ("TỐ GIÁC", E("II.5.d", "not_applicable", {},
               "Trong kỳ không có tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.",
               tag="không phát sinh")),
         ],
         diff=["Các cơ sở sản xuất hải sản khô quy mô hộ gia đình, chưa quen với thủ tục công bố sản phẩm."],
         prop=["Đề nghị Chi cục hỗ trợ xã tổ chức 01 lớp hướng dẫn ghi nhãn, truy xuất nguồn gốc cho cơ sở sản xuất hải sản khô."]),

    dict(file="BC 233 Phuong Vung Tau TDC.docx", hand="H3", unit_id="26506",
         unit_name="Phường Vũng Tàu", parent="ỦY BAN NHÂN DÂN\nPHƯỜNG VŨNG TÀU", issuer="",
         place="Vũng Tàu", number="233/BC-UBND", date="2026-10-25",
         signer="Đoàn Minh Quang", sigtitle="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
         intro=("Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả năm 2026, "
                "Ủy ban nhân dân phường Vũng Tàu báo cáo như sau:"),
         blocks=[
             ("TUYÊN TRUYỀN", E("II.1.a", "completed", dict(training_courses=2, participants=180, communications=10),
               "Tổ chức 2 hội nghị phổ biến pháp luật về đo lường, chất lượng với 180 lượt hộ kinh doanh, tiểu thương chợ Vũng Tàu, chợ Xóm Lưới tham dự; đăng 10 tin, bài trên trang thông tin điện tử phường.",
               tag="đã hoàn thành")),
             ("KIỂM TRA", E("II.5.c", "in_progress", dict(inspections=5, establishments_inspected=41, violations=3, fines_vnd=11500000),
               "Kiểm tra 5 cuộc tại 41 cơ sở kinh doanh xăng dầu, vàng bạc, cân tại chợ; 3 cơ sở vi phạm, xử phạt 11,5 triệu đồng.",
               tag="đang thực hiện")),
             ("KHẢO SÁT CHẤT LƯỢNG", E("II.5.b", "completed", dict(samples_tested=8),
               "Phối hợp Chi cục lấy 8 mẫu xăng, dầu điêzen, khí LPG tại các cửa hàng trên địa bàn để khảo sát chất lượng.",
               tag="đã hoàn thành")),
             ("BỒI DƯỠNG", E("II.3.a", "completed", dict(participants=3),
               "Cử 3 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng của Chi cục.",
               tag="đã hoàn thành")),
             ("ISO HÀNH CHÍNH", E("II.2.đ", "completed", {},
               "Đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 của phường sau sắp xếp.",
               tag="đã hoàn thành")),
         ],
         diff=["Mùa du lịch nhiều cơ sở kinh doanh thời vụ, mở rồi nghỉ, khó theo dõi.",
               "Chưa có phần mềm quản lý danh sách cơ sở sử dụng phương tiện đo nhóm 2 trên địa bàn."],
         prop=["Đề nghị Chi cục chia sẻ danh sách phương tiện đo đã kiểm định trên địa bàn phường để phục vụ kiểm tra."]),
]

# ---------------------------------------------------------------- H4: Dương Mỹ Dung
# wards/communes, mostly XLSX: sheet named after the month ("BC T10"), a "Tóm tắt:" line
# over the table with the sheet's totals, ĐVT in each figure header, a one-word
# "Đánh giá" column (Đạt / Đang / Chưa / KPS) explained in a legend row,
# "NGƯỜI LẬP BIỂU" and "KT. CHỦ TỊCH" signature cells.
H4_COLS = [("inspections", "Kiểm tra (cuộc)"), ("establishments_inspected", "Cơ sở được KT (cơ sở)"),
           ("violations", "Vi phạm (cơ sở)"), ("fines_vnd", "Tiền phạt (đồng)"),
           ("communications", "Tin, bài (tin)"), ("training_courses", "Hội nghị/lớp (lớp)"),
           ("participants", "Người dự (người)"), ("enterprises_supported", "Cơ sở được HD (cơ sở)"),
           ("samples_tested", "Mẫu (mẫu)")]
H4_WORD = {"completed": "Đạt", "in_progress": "Đang", "not_started": "Chưa", "not_applicable": "KPS"}

REPORTS += [
    dict(file="BinhThanh_BC T10_TDC.xlsx", hand="H4", unit_id="26929",
         unit_name="Phường Bình Thạnh", short="PHƯỜNG BÌNH THẠNH", place="Bình Thạnh",
         number="301/BC-UBND", date="2026-10-26", signer="Hồ Thị Kim Loan", maker="Dương Mỹ Dung",
         rows=[
             E("II.1.a", "completed", dict(communications=12, training_courses=1, participants=75),
               "Tuyên truyền pháp luật về đo lường, chất lượng; hội nghị cho hộ kinh doanh chợ Bà Chiểu", what="Tuyên truyền, phổ biến"),
             E("II.5.c", "in_progress", dict(inspections=5, establishments_inspected=36, violations=4, fines_vnd=9500000),
               "Kiểm tra đo lường tại chợ Bà Chiểu, cửa hàng xăng dầu, tiệm vàng", what="Kiểm tra theo phân cấp"),
             E("II.3.a", "completed", dict(participants=2), "Cử công chức dự lớp tập huấn của Chi cục", what="Tập huấn công chức"),
             E("II.2.đ", "in_progress", {}, "Duy trì, cải tiến ISO 9001:2015", what="Hệ thống ISO hành chính"),
             E("II.5.d", "not_applicable", {}, "Không có tố giác", what="Khen thưởng, bảo vệ người tố giác"),
         ],
         diff=["Phường chưa bố trí được kinh phí riêng cho kiểm tra đo lường."],
         prop=["Đề nghị Chi cục hướng dẫn định mức chi cho đoàn kiểm tra cấp phường."]),

    dict(file="Binh Chanh - bieu BC T10.xlsx", hand="H4", unit_id="27637",
         unit_name="Xã Bình Chánh", short="XÃ BÌNH CHÁNH", place="Bình Chánh",
         number="97/BC-UBND", date="2026-10-28", signer="Võ Thành Nhân", maker="Dương Mỹ Dung",
         rows=[
             E("II.1.a", "completed", dict(communications=6), "Tin bài trên loa, trang xã", what="Tuyên truyền"),
             E("II.5.c", "in_progress", dict(inspections=3, establishments_inspected=19, violations=1, fines_vnd=2000000),
               "Kiểm tra cân tại chợ Bình Chánh, cửa hàng xăng dầu Quốc lộ 1", what="Kiểm tra đo lường"),
             E("II.2.d", "in_progress", dict(enterprises_supported=14), "Hướng dẫn cơ sở sản xuất nông sản ghi nhãn, truy xuất nguồn gốc", what="Hướng dẫn doanh nghiệp, hộ sản xuất"),
             E("II.3.a", "not_started", {}, "Chưa cử người (chờ lớp của Chi cục)", what="Tập huấn công chức"),
             E("II.5.d", "not_applicable", {}, "Không có", what="Tố giác vi phạm"),
         ],
         diff=["Nhiều cơ sở sản xuất nông sản nhỏ lẻ chưa có mã số mã vạch, chưa truy xuất được nguồn gốc.",
               "Công chức phụ trách mới, chưa qua tập huấn nghiệp vụ."],
         prop=["Đề nghị Chi cục mở lớp tập huấn nghiệp vụ cho công chức xã trong tháng 11/2026."]),

    dict(file="LinhXuan_BC T10.xlsx", hand="H4", unit_id="26800",
         unit_name="Phường Linh Xuân", short="PHƯỜNG LINH XUÂN", place="Linh Xuân",
         number="188/BC-UBND", date="2026-10-23", signer="Trịnh Công Danh", maker="Mai Thị Lụa",
         rows=[
             E("II.1.a", "completed", dict(communications=9, training_courses=1, participants=60),
               "Hội nghị phổ biến cho hộ kinh doanh; tin bài", what="Tuyên truyền"),
             E("II.5.c", "in_progress", dict(inspections=4, establishments_inspected=27, violations=2, fines_vnd=6000000),
               "Kiểm tra đo lường, chất lượng tại chợ Thủ Đức, cửa hàng xăng dầu Xa lộ Hà Nội", what="Kiểm tra theo phân cấp"),
             E("II.5.b", "completed", dict(samples_tested=4), "Phối hợp Chi cục lấy mẫu khảo sát chất lượng xăng dầu", what="Khảo sát chất lượng (phối hợp)"),
             E("II.2.đ", "completed", {}, "Đã công bố lại ISO 9001:2015", what="ISO hành chính"),
         ],
         diff=["Khu vực giáp ranh Bình Dương (cũ) có nhiều điểm bán xăng dầu nhỏ lẻ khó kiểm soát."],
         prop=["Đề nghị Chi cục phối hợp kiểm tra liên phường tại khu vực giáp ranh.",
               "Đề nghị cung cấp biểu mẫu báo cáo thống nhất cho cấp phường."]),

    dict(file="TanSonNhat BC T10.docx", hand="H4", unit_id="26968",
         unit_name="Phường Tân Sơn Nhất", short="PHƯỜNG TÂN SƠN NHẤT", place="Tân Sơn Nhất",
         number="167/BC-UBND", date="2026-10-24", signer="Lưu Văn Hiển", maker="Dương Mỹ Dung",
         rows=[
             E("II.1.a", "completed", dict(communications=5), "Tin bài trên trang phường", what="Tuyên truyền"),
             E("II.5.c", "in_progress", dict(inspections=2, establishments_inspected=14, violations=1, fines_vnd=3000000),
               "Kiểm tra cửa hàng xăng dầu, tiệm vàng đường Hoàng Văn Thụ", what="Kiểm tra theo phân cấp"),
             E("II.3.a", "completed", dict(participants=1), "Cử công chức dự tập huấn", what="Tập huấn công chức"),
             E("II.5.d", "not_applicable", {}, "Không có", what="Tố giác vi phạm"),
             E("II.2.đ", "not_started", {}, "Chưa triển khai, chờ hướng dẫn", what="ISO hành chính"),
         ],
         diff=["Phường chưa có công chức được đào tạo chuyên môn về đo lường."],
         prop=["Đề nghị Chi cục tiếp tục mở lớp tập huấn cho công chức phường."]),
]
