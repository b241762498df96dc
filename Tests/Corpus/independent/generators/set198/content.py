# -*- coding: utf-8 -*-
# content of set198 (exec'd by gen.py)
LO_RESAVE = [("bao-cao-ct38-phuong-binh-duong.docx", "docx"), ("TTPTTN_bieu_CT38_2026.xlsx", "xlsx")]

# ======================= HAND A: Google Form exports (Ms. Lâm Thị Kiều Oanh style form, filled by ward officers)
rows = [
 dict(ts="28/10/2026 09:14:02", job="Phối hợp Chi cục TĐC kiểm tra đo lường, nhãn hàng hóa tại chợ và cửa hàng xăng dầu trên địa bàn",
      res="Phối hợp tổ chức 04 cuộc kiểm tra, kiểm tra 27 cơ sở (chợ Tăng Nhơn Phú A, các cửa hàng xăng dầu trên đường Lê Văn Việt), phát hiện 03 cơ sở vi phạm, Chi cục đã ra quyết định xử phạt 9.500.000 đồng",
      st="in_progress", kk="Phường chưa có cán bộ chuyên trách lĩnh vực đo lường, chất lượng; công chức kiêm nhiệm nhiều việc."),
 dict(ts="28/10/2026 09:21:47", job="Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh",
      res="Đăng 06 tin, bài trên trang thông tin điện tử phường và nhóm Zalo các khu phố; lồng ghép 01 buổi phổ biến tại hội trường khu phố 3 cho 65 hộ kinh doanh tham dự",
      st="completed"),
 dict(ts="28/10/2026 09:30:15", job="Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng do Sở tổ chức",
      res="Cử 02 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn ngày 16/9/2026",
      st="completed", kn="Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong năm 2027."),
]
hand_a("26842_Phuong_Tang_Nhon_Phu_CT38 (Câu trả lời).xlsx", "UBND Phường Tăng Nhơn Phú", "kinhte.tangnhonphu@gmail.com",
       "318/BC-UBND", "27/10/2026", rows, "Võ Thành Luân - 0903 4xx 218")
key("26842_Phuong_Tang_Nhon_Phu_CT38 (Câu trả lời).xlsx", "extracted", None, "26842", "Phường Tăng Nhơn Phú", "318/BC-UBND", "2026-10-27", [
 dict(task="II.5.c", st="in_progress", ind=dict(inspections=4, establishments_inspected=27, violations=3, fines_vnd=9500000), text=rows[0]["res"]),
 dict(task="II.1.a", st="completed", ind=dict(communications=6, training_courses=1, participants=65), text=rows[1]["res"]),
 dict(task="II.3.a", st="completed", ind=dict(participants=2), text=rows[2]["res"]),
], [rows[0]["kk"]], [rows[2]["kn"]])

rows = [
 dict(ts="30/10/2026 14:02:33", job="Phối hợp kiểm tra cân tại chợ Phước Vĩnh và các điểm thu mua nông sản",
      res="Đã phối hợp 03 cuộc, kiểm tra 41 cơ sở (chủ yếu điểm thu mua mủ cao su, hạt điều); có 05 trường hợp cân không đạt yêu cầu, đã nhắc nhở, yêu cầu kiểm định lại cân, chưa xử phạt",
      st="in_progress", kk="Xã chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ."),
 dict(ts="30/10/2026 14:06:10", job="Tuyên truyền về đo lường, chất lượng trên hệ thống truyền thanh xã",
      res="Phát 12 tin trên loa truyền thanh các ấp, đăng lại trên trang Facebook của xã",
      st="completed"),
 dict(ts="30/10/2026 14:09:58", job="Tiếp nhận phản ánh, tố giác của người dân về gian lận đo lường",
      res="Trong kỳ chưa nhận được phản ánh nào", st="not_applicable"),
 dict(ts="30/10/2026 14:12:41", job="Cử cán bộ tham gia tập huấn nghiệp vụ TĐC",
      res="Xã chưa được phân bổ chỉ tiêu dự lớp", st="not_started",
      kn="Đề nghị Chi cục TĐC hỗ trợ xã 01 bộ quả cân chuẩn và hướng dẫn cách kiểm tra cân tại chợ."),
]
hand_a("Bao cao CT38 - Xa Phu Giao (Câu trả lời).xlsx", "Ủy ban nhân dân Xã Phú Giáo", "ubndxaphugiao.vp@gmail.com",
       "145/BC-UBND", "30/10/2026", rows, "Nguyễn Thị Bích Trâm")
key("Bao cao CT38 - Xa Phu Giao (Câu trả lời).xlsx", "extracted", None, "25858", "Xã Phú Giáo", "145/BC-UBND", "2026-10-30", [
 dict(task="II.5.c", st="in_progress", ind=dict(inspections=3, establishments_inspected=41, violations=5), text=rows[0]["res"]),
 dict(task="II.1.a", st="completed", ind=dict(communications=12), text=rows[1]["res"]),
 dict(task="II.5.d", st="not_applicable", ind={}, text=rows[2]["res"]),
 dict(task="II.3.a", st="not_started", ind={}, text=rows[3]["res"]),
], [rows[0]["kk"]], [rows[3]["kn"]])

rows = [
 dict(ts="02/11/2026 20:41:19", job="Phối hợp kiểm tra đo lường tại cửa hàng xăng dầu và cơ sở kinh doanh khí dầu mỏ hóa lỏng (gas)",
      res="Tổ chức 02 đợt kiểm tra, tổng số 15 cơ sở; phát hiện 01 cơ sở bán gas không ghi nhãn, phạt 3.000.000đ",
      st="completed", kk="Nhiều hộ kinh doanh theo mùa vụ du lịch, không có địa điểm cố định nên khó kiểm tra."),
 dict(ts="02/11/2026 20:47:02", job="Tuyên truyền cho hộ kinh doanh ven biển về cân, đo, nhãn hàng hóa",
      res="Tổ chức 01 buổi tuyên truyền tại hội trường UBND xã, 48 lượt người tham dự", st="completed"),
 dict(ts="02/11/2026 20:52:36", job="Hướng dẫn cơ sở sản xuất nước mắm, hải sản khô ghi nhãn, công bố tiêu chuẩn áp dụng",
      res="Đã hướng dẫn 07 cơ sở sản xuất nước mắm, hải sản khô", st="in_progress"),
]
hand_a("Form_BC_CT38_XaBinhChau.xlsx", "Xã Bình Châu", "xabinhchau.kt@gmail.com",
       "không", "02/11/2026", rows, "Phan Văn Sang (CC Kinh tế)")
key("Form_BC_CT38_XaBinhChau.xlsx", "extracted", None, "26656", "Xã Bình Châu", None, "2026-11-02", [
 dict(task="II.5.c", st="completed", ind=dict(inspections=2, establishments_inspected=15, violations=1, fines_vnd=3000000), text=rows[0]["res"]),
 dict(task="II.1.a", st="completed", ind=dict(training_courses=1, participants=48), text=rows[1]["res"]),
 dict(task="II.2.d", st="in_progress", ind=dict(enterprises_supported=7), text=rows[2]["res"]),
], [rows[0]["kk"]], [])

# mistaken: food safety form answered by Phường Tân Khánh
ATTP_HEAD = ["Dấu thời gian", "Địa chỉ email", "Tên đơn vị (phường/xã/đặc khu)", "Số văn bản báo cáo (nếu có)", "Ngày ký văn bản",
             "Hoạt động kiểm tra an toàn thực phẩm dịp Tết Trung thu 2026 (ghi tên đợt/đoàn)",
             "Kết quả: số cơ sở được kiểm tra, số cơ sở vi phạm, số tiền phạt, số mẫu test nhanh",
             "Tình trạng", "Khó khăn, vướng mắc (nếu có)", "Đề xuất với Sở An toàn thực phẩm (nếu có)", "Người điền phiếu"]
_bak = list(A_HEAD); A_HEAD[:] = ATTP_HEAD
rows = [
 dict(ts="06/10/2026 10:03:51", job="Đoàn kiểm tra liên ngành ATTP phường - đợt Trung thu",
      res="Kiểm tra 22 cơ sở sản xuất, kinh doanh bánh trung thu; 02 cơ sở vi phạm điều kiện vệ sinh, phạt 6.000.000 đồng; test nhanh 30 mẫu", st="completed",
      kk="Cơ sở làm bánh thủ công theo mùa khó quản lý."),
 dict(ts="06/10/2026 10:08:12", job="Tuyên truyền ATTP trên loa, Zalo khu phố",
      res="Phát 15 tin tuyên truyền; treo 10 băng rôn", st="completed"),
]
hand_a("Phuong Tan Khanh - bao cao (Câu trả lời).xlsx", "UBND phường Tân Khánh", "vhxh.tankhanh@gmail.com",
       "96/BC-UBND", "05/10/2026", rows, "Lê Thị Ngọc Hân")
A_HEAD[:] = _bak
key("Phuong Tan Khanh - bao cao (Câu trả lời).xlsx", "rejected",
    "Phiếu báo cáo kiểm tra an toàn thực phẩm dịp Tết Trung thu 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
    "25891", "Phường Tân Khánh", "96/BC-UBND", "2026-10-05", [], [], [])

# ======================= HAND B: status codes + merged headers
B = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (số liệu từ 01/01/2026 đến 31/10/2026)"
rows = [
 dict(task="II.1.a", st="completed", job="Tập huấn văn bản QPPL về TC-ĐL-CL cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu", ind=dict(training_courses=6, participants=742), note="gồm 05 lớp tập huấn và 01 tọa đàm DN nhập khẩu"),
 dict(task="II.1.b", st="completed", job="Tuyên truyền, vận động DN tham dự Giải thưởng Chất lượng Quốc gia", ind=dict(enterprises_supported=15)),
 dict(task="II.2.a", st="in_progress", job="Chương trình năng suất chất lượng (1322, KH 36), Đề án 996, Đề án 100 truy xuất nguồn gốc", ind=dict(enterprises_supported=23, budget_spent_vnd=186500000), note="Quý IV triển khai tiếp"),
 dict(task="II.2.b", st="in_progress", job="Tổ chức Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026", ind={}, note="đã nhận 07 hồ sơ, đang thẩm định"),
 dict(task="II.2.e", st="in_progress", job="Góp ý dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương", ind=dict(standards_reviewed=14)),
 dict(task="II.2.h", st="completed", job="Đề xuất hoàn thiện Hệ thống thông tin giải quyết TTHC của Bộ; kết nối Cổng một cửa quốc gia", ind={}),
 dict(task="II.4.b", st="completed", job="Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)", ind=dict(instruments_verified=36)),
 dict(task="II.5.a", st="in_progress", job="Kiểm tra nhà nước về TC-ĐL-CL đối với sản phẩm, hàng hóa lưu thông trên thị trường", ind=dict(inspections=18, establishments_inspected=212, violations=37, fines_vnd=486250000)),
 dict(task="II.5.b", st="in_progress", job="Khảo sát chất lượng sản phẩm, hàng hóa (xăng dầu, đồ chơi trẻ em, mũ bảo hiểm)", ind=dict(samples_tested=120)),
 dict(task="II.6.b", st="not_applicable", job="Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất khu vực công", ind={}, note="chưa có yêu cầu"),
]
kk = ["Dự toán kinh phí năm 2026 giao muộn nên các lớp tập huấn Quý I phải lùi sang Quý II.",
      "Số lượng công chức làm công tác kiểm tra còn thiếu so với số cơ sở cần kiểm tra trên địa bàn Thành phố sau sắp xếp."]
kn = ["Đề nghị Sở bổ sung 02 biên chế công chức cho Phòng Quản lý Đo lường.",
      "Đề nghị UBND các phường, xã, đặc khu cử đầu mối phối hợp kiểm tra và gửi danh sách về Chi cục trước ngày 15/12/2026."]
hand_b("CCTDC_BC-CT38_10thang.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "1254/BC-CCTĐC",
       "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", B, rows, kk, kn, ("KT. CHI CỤC TRƯỞNG - PHÓ CHI CỤC TRƯỞNG", "Trịnh Quốc Hưng", "Đặng Mỹ Duyên"))
key("CCTDC_BC-CT38_10thang.xlsx", "extracted", None, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1254/BC-CCTĐC", "2026-11-05",
    [dict(r, text=r["job"]) for r in rows], kk, kn)

rows = [
 dict(task="II.4.a", st="in_progress", job="Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, phòng hiệu chuẩn", ind=dict(budget_spent_vnd=3480000000), note="đã giải ngân đợt 1, 2"),
 dict(task="II.4.c", st="completed", job="Duy trì, liên kết chuẩn đo lường chính của Trung tâm đến chuẩn quốc gia", ind=dict(instruments_verified=58), note="58 chuẩn được hiệu chuẩn định kỳ"),
 dict(task="II.2.g", st="in_progress", job="Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", ind=dict(instruments_verified=12640), note="mở thêm lĩnh vực đo điện năng"),
 dict(task="II.5.b", st="completed", job="Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục", ind=dict(samples_tested=96)),
]
kk = ["Một số thiết bị nhập khẩu phải chờ thủ tục thông quan kéo dài nên chậm nghiệm thu."]
kn = ["Đề nghị Sở xem xét bổ sung kinh phí hiệu chuẩn chuẩn đo lường ở nước ngoài cho năm 2027."]
hand_b("TTPTTN_bieu_CT38_2026.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng", "412/BC-TTPTTN",
       "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026", B, rows, kk, kn, ("GIÁM ĐỐC", "Huỳnh Tấn Phát", "Lưu Gia Bảo"))
key("TTPTTN_bieu_CT38_2026.xlsx", "extracted", None, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "412/BC-TTPTTN", "2026-10-30",
    [dict(r, text=r["job"]) for r in rows], kk, kn)

rows = [
 dict(task="II.2.a", st="in_progress", job="Hỗ trợ cơ sở sản xuất nông sản áp dụng truy xuất nguồn gốc (tem QR)", ind=dict(enterprises_supported=34)),
 dict(task="II.2.e", st="completed", job="Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, giống cây trồng", ind=dict(standards_reviewed=5)),
 dict(task="II.5.a", st="in_progress", job="Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật lưu thông", ind=dict(inspections=11, establishments_inspected=67, violations=9, fines_vnd=142000000)),
 dict(task="II.5.b", st="completed", job="Lấy mẫu phân bón giám sát chất lượng", ind=dict(samples_tested=150)),
 dict(task="II.3.b", st="not_applicable", job="Cử cán bộ dự khóa bồi dưỡng năng suất chất lượng", ind={}, note="Chi cục chưa mời"),
]
kk = ["Kinh phí lấy mẫu, thử nghiệm phân bón năm 2026 chỉ đáp ứng khoảng 60% nhu cầu."]
kn = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa nông nghiệp để phối hợp xử lý."]
hand_b("SNNMT - bieu bao cao CT38.xlsx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "Sở Nông nghiệp và Môi trường", "3021/BC-SNNMT",
       "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", B, rows, kk, kn, ("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Mai Thanh Sơn", "Trần Khánh Vy"))
key("SNNMT - bieu bao cao CT38.xlsx", "extracted", None, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3021/BC-SNNMT", "2026-10-29",
    [dict(r, text=r["job"]) for r in rows], kk, kn)

rows = [
 dict(task="II.2.đ", st="in_progress", job="Hướng dẫn cơ quan hành chính áp dụng, duy trì HTQLCL theo TCVN ISO 9001:2015", ind=dict(enterprises_supported=42, training_courses=2, participants=260), note="02 hội nghị hướng dẫn"),
 dict(task="II.3.a", st="completed", job="Phối hợp Chi cục TĐC mở lớp nghiệp vụ TĐC cho công chức phường, xã, đặc khu", ind=dict(training_courses=1, participants=180)),
 dict(task="II.3.c", st="in_progress", job="Thu hút chuyên gia, người có tài năng theo NQ 27/2023/NQ-HĐND và QĐ 05/2026/QĐ-UBND", ind={}, note="đang thẩm định 03 hồ sơ"),
 dict(task="II.6.b", st="not_applicable", job="Nâng cao năng suất khu vực công (APO)", ind={}),
]
kk = ["Một số phường, xã mới sắp xếp chưa bố trí được công chức đầu mối về ISO."]
kn = []
hand_b("SNV_CT38_bieu.xlsx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "Sở Nội vụ", "2278/BC-SNV",
       "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", B, rows, kk, kn, ("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Lý Minh Khoa", "Phạm Thu Hà"))
key("SNV_CT38_bieu.xlsx", "extracted", None, "SO-NV", "Sở Nội vụ", "2278/BC-SNV", "2026-10-27",
    [dict(r, text=r["job"]) for r in rows], kk, kn)

# ======================= HAND C: ward Word, "Đánh giá chung:" closers
T = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026"
def C(fname, uid, uname, parent, number, datevn, iso, intro, items, kk, kn, signer):
    hand_c(fname, parent, uname, number, datevn, T, intro, items, kk, kn, signer)
    key(fname, "extracted", None, uid, uname, number, iso,
        [dict(task=it["task"], st=it["st"], ind=it.get("ind", {}), text=" ".join(it["body"])) for it in items], kk, kn)

C("BC CT38 Con Dao.docx", "26732", "Đặc khu Côn Đảo", "ỦY BAN NHÂN DÂN", "92/BC-UBND", "Côn Đảo, ngày 29 tháng 10 năm 2026", "2026-10-29",
  "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân Đặc khu Côn Đảo báo cáo kết quả như sau:", [
  dict(task="II.5.c", st="completed", ind=dict(inspections=2, establishments_inspected=12), head="Về kiểm tra đo lường, chất lượng hàng hóa",
       body=["Trong năm, Đặc khu phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra 02 cuộc tại 12 cơ sở kinh doanh xăng dầu, gas, vàng bạc. Các cơ sở cơ bản chấp hành tốt."],
       dg="việc này đặc khu làm đúng kế hoạch, đã xong cho năm nay."),
  dict(task="II.1.a", st="in_progress", ind=dict(communications=5), head="Về tuyên truyền",
       body=["Đăng 05 tin, bài trên Cổng thông tin điện tử Đặc khu; Đài truyền thanh phát lại nhiều lần vào mùa du lịch."],
       dg="vẫn đang làm thường xuyên."),
  dict(task="II.3.a", st="completed", ind=dict(participants=1), head="Về cử người đi tập huấn",
       body=["Đặc khu cử 01 công chức dự lớp tập huấn trực tuyến của Sở ngày 16/9/2026."], dg="đã làm xong."),
  dict(task="II.2.a", st="not_started", head="Về truy xuất nguồn gốc đặc sản địa phương",
       body=["Đặc khu chưa triển khai do chưa có hướng dẫn cụ thể và chưa có cơ sở đăng ký."], dg="chưa làm được."),
  ], ["Việc đi lại giữa đất liền và Côn Đảo khó khăn, các đoàn kiểm tra của Chi cục ra đảo không thường xuyên."],
  ["Đề nghị Chi cục TĐC bố trí ít nhất 01 đợt kiểm tra tại Côn Đảo mỗi năm vào mùa cao điểm du lịch."],
  ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Đảo"))

C("bc-chi-thi-38-tan-hiep.docx", "25920", "Phường Tân Hiệp", "ỦY BAN NHÂN DÂN", "411/BC-UBND", "Tân Hiệp, ngày 26 tháng 10 năm 2026", "2026-10-26",
  "Ủy ban nhân dân phường Tân Hiệp báo cáo kết quả thực hiện 10 tháng năm 2026 như sau:", [
  dict(task="II.5.c", st="completed", ind=dict(inspections=5, establishments_inspected=33, violations=4, fines_vnd=12500000), head="Phối hợp kiểm tra trên địa bàn",
       body=["Phường phối hợp Chi cục TĐC kiểm tra 05 cuộc với 33 cơ sở; có 04 cơ sở vi phạm về nhãn hàng hóa, đã xử phạt tổng cộng 12,5 triệu đồng."],
       dg="đã xong phần việc của năm, tháng 12 chỉ kiểm tra thêm nếu có phản ánh."),
  dict(task="II.1.a", st="completed", ind=dict(training_courses=1, participants=112), head="Phổ biến pháp luật cho doanh nghiệp",
       body=["Phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho doanh nghiệp trên địa bàn, có 112 đại biểu dự."],
       dg="làm xong, doanh nghiệp đi dự đông."),
  dict(task="II.5.b", st="completed", ind=dict(samples_tested=8), head="Hỗ trợ lấy mẫu khảo sát",
       body=["Phường cử cán bộ đi cùng đoàn của Chi cục lấy 08 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng."],
       dg="phường đã hỗ trợ xong, đang chờ Chi cục thông báo kết quả."),
  dict(task="II.5.d", st="not_applicable", head="Tiếp nhận tố giác vi phạm",
       body=["Trong kỳ, phường không nhận được đơn thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."], dg="không có việc phát sinh."),
  ], ["Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng, phải lồng ghép vào kinh phí hoạt động chung của phường."],
  ["Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cụ thể về phân cấp kiểm tra đo lường cho cấp phường sau sắp xếp."],
  ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Hoàng Nam"))

C("bao-cao-ct38-phuong-binh-duong.docx", "25760", "Phường Bình Dương", "UBND THÀNH PHỐ HỒ CHÍ MINH", "207/BC-UBND", "Bình Dương, ngày 31 tháng 10 năm 2026", "2026-10-31",
  "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, UBND phường Bình Dương báo cáo như sau:", [
  dict(task="II.5.c", st="in_progress", ind=dict(inspections=3, establishments_inspected=19, violations=2, fines_vnd=7000000), head="Kiểm tra liên ngành",
       body=["Phường tham gia 03 cuộc kiểm tra liên ngành; kiểm tra 19 cơ sở (vàng bạc 6, xăng dầu 8, gas 5); 02 cơ sở vi phạm; phạt 7.000.000 đồng."],
       dg="còn làm tiếp trong tháng 11, 12 vì còn đợt kiểm tra cuối năm."),
  dict(task="II.2.d", st="in_progress", ind=dict(enterprises_supported=9), head="Giới thiệu doanh nghiệp áp dụng hệ thống quản lý",
       body=["Giới thiệu 09 doanh nghiệp tham gia chương trình hỗ trợ áp dụng ISO 9001, 5S của Chi cục."],
       dg="đang làm, doanh nghiệp còn ít quan tâm."),
  dict(task="II.1.b", st="completed", head="Giải thưởng Chất lượng Quốc gia",
       body=["Phường đã chuyển thông báo về Giải thưởng Chất lượng Quốc gia đến các doanh nghiệp trong khu công nghiệp và cụm dân cư."], dg="xong."),
  dict(task="II.3.a", st="completed", ind=dict(participants=3), head="Tập huấn cho công chức",
       body=["Phường cử 03 công chức dự tập huấn nghiệp vụ do Sở tổ chức."], dg="đã làm xong."),
  ], ["Số lượng cơ sở kinh doanh đông, lực lượng kiểm tra của phường mỏng."],
  ["Đề nghị Chi cục chia sẻ danh sách cơ sở kinh doanh xăng dầu, vàng bạc đã được kiểm tra trên địa bàn để phường theo dõi."],
  ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Thu Sương"))

C("Tan Dong Hiep - BC CT38.docx", "25945", "Phường Tân Đông Hiệp", "ỦY BAN NHÂN DÂN", "88/BC-UBND", "Tân Đông Hiệp, ngày 03 tháng 11 năm 2026", "2026-11-03",
  "UBND phường Tân Đông Hiệp báo cáo kết quả thực hiện như sau:", [
  dict(task="II.5.c", st="in_progress", ind=dict(inspections=2, establishments_inspected=14), head="Phối hợp kiểm tra",
       body=["Phối hợp 02 cuộc kiểm tra, 14 cơ sở, chưa phát hiện vi phạm."], dg="đang tiếp tục."),
  dict(task="II.1.a", st="completed", ind=dict(training_courses=1, participants=40, communications=3), head="Tuyên truyền, tập huấn cho hộ kinh doanh",
       body=["Tổ chức 01 lớp tập huấn cho 40 hộ kinh doanh tại chợ Dĩ An; đăng 03 bài trên trang thông tin của phường."], dg="xong rồi."),
  dict(task="II.3.a", st="not_started", head="Cử công chức tập huấn",
       body=["Chưa cử người tham gia vì lớp tập huấn trùng lịch tiếp công dân."], dg="chưa làm được trong năm nay."),
  ], ["Phần mềm quản lý hộ kinh doanh chưa có dữ liệu ngành hàng nên khó lập danh sách kiểm tra."], [],
  ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Bùi Quang Vinh"))

C("Long Dien_BC CT38_2026.docx", "26659", "Xã Long Điền", "ỦY BAN NHÂN DÂN", "176/BC-UBND", "Long Điền, ngày 28 tháng 10 năm 2026", "2026-10-28",
  "Ủy ban nhân dân xã Long Điền báo cáo kết quả thực hiện Kế hoạch như sau:", [
  dict(task="II.5.c", st="completed", ind=dict(inspections=4, establishments_inspected=26, violations=6, fines_vnd=15750000), head="Kiểm tra cân tại chợ và cơ sở mua bán hải sản",
       body=["Xã phối hợp 04 cuộc; 26 cơ sở (cân tại chợ Long Điền, chợ Long Hải, các vựa hải sản); 06 cơ sở vi phạm; phạt 15.750.000 đồng."],
       dg="việc này xã đã làm xong theo kế hoạch."),
  dict(task="II.1.a", st="in_progress", ind=dict(communications=4), head="Tuyên truyền",
       body=["Đăng 04 tin, bài trên trang thông tin điện tử xã, treo băng rôn tại hai chợ."], dg="đang làm thường xuyên."),
  dict(task="II.2.d", st="in_progress", ind=dict(enterprises_supported=5), head="Hướng dẫn cơ sở chế biến hải sản khô",
       body=["Hướng dẫn 05 cơ sở chế biến hải sản khô ghi nhãn hàng hóa, công bố tiêu chuẩn áp dụng."], dg="đang làm."),
  dict(task="II.5.d", st="completed", head="Giải quyết phản ánh của người dân",
       body=["Tiếp nhận 02 phản ánh của người dân về cân thiếu tại chợ, đã xác minh và xử lý."], dg="đã xử lý xong cả hai."),
  ], ["Cán bộ phụ trách lĩnh vực này chưa được đào tạo chuyên môn về đo lường."],
  ["Đề nghị Sở cấp tài liệu hướng dẫn nghiệp vụ kiểm tra cân tại chợ cho cán bộ xã."],
  ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Võ Minh Hiếu"))

# ======================= HAND D: department Word replies
KG = "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh."
def D(fname, uid, uname, number, datevn, iso, intro, rows, kk, kn, signer, statmap):
    hand_d(fname, "UBND THÀNH PHỐ HỒ CHÍ MINH", uname, number, datevn,
           "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", KG, intro, rows, kk, kn, signer)
    key(fname, "extracted", None, uid, uname, number, iso,
        [dict(task=r["task"], st=statmap[r["stw"]], ind=r.get("ind", {}), text=r["did"]) for r in rows], kk, kn)
DS = {"Xong": "completed", "Đang tiếp tục": "in_progress", "Chưa triển khai": "not_started", "Không có phát sinh": "not_applicable"}

D("SCT_4517_phuc dap CT38.docx", "SO-CT", "Sở Công Thương", "4517/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "2026-10-28",
  "Phúc đáp Công văn của Chi cục về báo cáo kết quả thực hiện Kế hoạch, Sở Công Thương báo cáo các nội dung Sở tham gia như sau:", [
  dict(task="II.5.a", stw="Đang tiếp tục", job="Phối hợp kiểm tra chất lượng, đo lường xăng dầu lưu thông", did="Phối hợp Chi cục TĐC, Phòng Kiểm tra – Pháp chế kiểm tra các cửa hàng xăng dầu",
       fig=["- 09 cuộc", "- 54 cửa hàng", "- 06 cửa hàng vi phạm", "- phạt 98,5 triệu đồng"], ind=dict(inspections=9, establishments_inspected=54, violations=6, fines_vnd=98500000)),
  dict(task="II.1.a", stw="Xong", job="Tuyên truyền, phổ biến pháp luật về TĐC cho doanh nghiệp thương mại", did="Đăng tin trên Cổng thông tin Sở; tổ chức hội nghị cho doanh nghiệp kinh doanh xăng dầu",
       fig=["- 12 tin, bài", "- 01 hội nghị", "- 150 đại biểu"], ind=dict(communications=12, training_courses=1, participants=150)),
  dict(task="II.2.e", stw="Xong", job="Góp ý dự thảo quy chuẩn kỹ thuật", did="Có văn bản góp ý dự thảo QCVN về xăng, nhiên liệu điêzen và nhiên liệu sinh học",
       fig=["- 03 dự thảo QCVN"], ind=dict(standards_reviewed=3)),
  dict(task="II.6.a", stw="Không có phát sinh", job="Cập nhật điều ước, thỏa thuận quốc tế về TĐC", did="Trong kỳ không có điều ước mới liên quan đến ngành"),
  ], ["Lực lượng quản lý thị trường đã chuyển về Bộ Công Thương nên việc bố trí người phối hợp kiểm tra gặp khó khăn."],
  ["Đề nghị Chi cục gửi kế hoạch kiểm tra liên ngành năm 2027 trước ngày 31/12/2026 để Sở chủ động bố trí lực lượng."],
  ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Kim Liên"), DS)

D("SYT_bao cao CT38.docx", "SO-YT", "Sở Y tế", "6120/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "2026-10-30",
  "Sở Y tế báo cáo kết quả thực hiện các nội dung liên quan như sau:", [
  dict(task="II.2.e", stw="Xong", job="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", did="Góp ý dự thảo QCVN về trang thiết bị y tế do Bộ Y tế chủ trì soạn thảo",
       fig=["- 04 dự thảo"], ind=dict(standards_reviewed=4)),
  dict(task="II.2.đ", stw="Đang tiếp tục", job="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", did="Các phòng chuyên môn và đơn vị trực thuộc duy trì, cải tiến HTQLCL; rà soát quy trình TTHC"),
  dict(task="II.5.a", stw="Đang tiếp tục", job="Phối hợp kiểm tra phương tiện đo dùng trong y tế", did="Phối hợp kiểm tra huyết áp kế, nhiệt kế y học tại các phòng khám tư nhân",
       fig=["- 03 cuộc", "- 21 cơ sở y tế", "- 02 cơ sở vi phạm"], ind=dict(inspections=3, establishments_inspected=21, violations=2)),
  dict(task="II.3.d", stw="Chưa triển khai", job="Tập huấn về tiêu chuẩn, đo lường cho viên chức, sinh viên các trường", did="Trường Cao đẳng Y tế chưa xây dựng nội dung, dự kiến năm 2027"),
  ], ["Nhiều phương tiện đo y tế nhập khẩu chưa có quy trình kiểm định trong nước."], [],
  ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trương Văn Khải"), DS)

D("GDDT-3895-CT38.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "3895/SGDĐT-KHTC", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026", "2026-11-02",
  "Sở Giáo dục và Đào tạo báo cáo như sau:", [
  dict(task="II.3.d", stw="Xong", job="Tập huấn cho viên chức, học sinh sinh viên về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc", did="Phối hợp Chi cục tổ chức buổi sinh hoạt chuyên đề tại các trường cao đẳng, trung cấp",
       fig=["- 04 buổi", "- 620 lượt học sinh, sinh viên"], ind=dict(training_courses=4, participants=620)),
  dict(task="II.2.đ", stw="Đang tiếp tục", job="Áp dụng ISO 9001 trong hoạt động của cơ quan Sở", did="Duy trì HTQLCL, cập nhật 06 quy trình nội bộ"),
  dict(task="II.1.a", stw="Xong", job="Tuyên truyền trong ngành giáo dục", did="Gửi tài liệu tuyên truyền đến các trường",
       fig=["- 02 tài liệu"], ind=dict(communications=2)),
  ], ["Thời gian năm học kín lịch nên khó bố trí buổi tập huấn cho học sinh, sinh viên."],
  ["Đề nghị Chi cục cung cấp tài liệu tuyên truyền dạng video ngắn để các trường sử dụng."],
  ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hồ Ngọc Trâm"), DS)

# KT-PC (Sở's own unit) in the same hand
rows = [
  dict(task="II.5.a", stw="Đang tiếp tục", job="Phối hợp Chi cục kiểm tra, thanh tra về TĐC", did="Tham gia các đoàn thanh tra chuyên ngành về đo lường, nhãn hàng hóa",
       fig=["- 07 cuộc", "- 45 cơ sở", "- 11 cơ sở vi phạm", "- tiền phạt 213.400.000 đồng"], ind=dict(inspections=7, establishments_inspected=45, violations=11, fines_vnd=213400000)),
  dict(task="II.5.b", stw="Xong", job="Phối hợp khảo sát chất lượng hàng hóa", did="Cử thanh tra viên tham gia đợt khảo sát mũ bảo hiểm, đồ chơi trẻ em"),
  dict(task="II.4.b", stw="Không có phát sinh", job="Bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ", did="Phòng không được giao phương tiện kỹ thuật nghiệp vụ riêng"),
  dict(task="II.5.d", stw="Xong", job="Xử lý đơn tố giác vi phạm", did="Tiếp nhận và giải quyết xong 03 đơn tố giác về gian lận đo lường"),
  dict(task="II.2.c", stw="Xong", job="Góp ý sửa đổi văn bản QPPL về TĐC", did="Có ý kiến góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi"),
]
kk = ["Nhân sự thanh tra chuyên ngành TĐC còn ít (02 người) so với khối lượng công việc."]
kn = ["Đề nghị Giám đốc Sở bổ sung công chức có chuyên môn đo lường cho Phòng."]
d_args = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Phòng Kiểm tra – Pháp chế", "58/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026")
hand_d("KTPC_CT38_2026.docx", *d_args, "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", KG,
       "Phòng Kiểm tra – Pháp chế báo cáo các nội dung phối hợp như sau:", rows, kk, kn, ("TRƯỞNG PHÒNG", "Tô Hữu Nghĩa"))
key("KTPC_CT38_2026.docx", "extracted", None, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "58/BC-KTPC", "2026-10-29",
    [dict(task=r["task"], st=DS[r["stw"]], ind=r.get("ind", {}), text=r["did"]) for r in rows], kk, kn)

# mistaken: Sở Tư pháp sends its administrative reform report
rows = [
  dict(stw="Xong", job="Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực tư pháp", did="Rà soát 46 thủ tục, đề xuất đơn giản hóa 09 thủ tục", fig=["- 46 TTHC", "- 09 đề xuất"]),
  dict(stw="Đang tiếp tục", job="Số hóa hồ sơ, kết quả giải quyết TTHC", did="Số hóa hồ sơ hộ tịch tại Trung tâm Phục vụ hành chính công", fig=["- 81% hồ sơ"]),
  dict(stw="Xong", job="Tuyên truyền cải cách hành chính", did="Đăng tin trên trang thông tin của Sở", fig=["- 15 tin"]),
]
hand_d("STP_bao cao CCHC quy IV.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "Sở Tư pháp", "3310/BC-STP", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
       "V/v báo cáo kết quả công tác cải cách hành chính năm 2026", "Kính gửi: Sở Nội vụ.",
       "Sở Tư pháp báo cáo kết quả thực hiện Kế hoạch cải cách hành chính năm 2026 như sau:", rows,
       ["Hạ tầng mạng tại một số điểm tiếp nhận chưa ổn định."], [], ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đinh Công Lập"))
key("STP_bao cao CCHC quy IV.docx", "rejected",
    "Báo cáo cải cách hành chính năm 2026 gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
    "SO-TP", "Sở Tư pháp", "3310/BC-STP", "2026-10-27", [], [], [])
