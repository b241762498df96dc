# -*- coding: utf-8 -*-
# Report contents for set60. Each entry: task, status, indicators, and the hand-rendered text.
# Hand A: ward economic officer (DOCX) — unnumbered "Công tác …" headings by kind of action, "+" lines, colloquial "(xong)" tails
# Hand B: commune office (DOCX) — one table "TT | Công việc | Cách làm | Kết quả | TĐ"
# Hand C: big-ward young officer (XLSX) — one row per figure, task and status repeated, KK:/ĐX: rows under the table
# Hand D: older accountant (XLSX) — outline by cell indent in one column, "Tiến độ" only on task rows, "VNĐ"

A = [
 dict(file="bc-ct38-phuong-ben-thanh.docx", unit=("26743","Phường Bến Thành"), number="412/BC-UBND", date="2026-10-27",
  place="Bến Thành", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Lê Hoàng Minh"),
  period="10 tháng đầu năm 2026",
  sections=[
   ("Công tác tuyên truyền", [
     ("II.1.a","completed",{"training_courses":1,"participants":85},
      "Phối hợp Chi cục TĐC tổ chức 01 buổi tập huấn về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh chợ Bến Thành, có 85 lượt người dự (xong)"),
     ("II.1.a","completed",{"communications":6},
      "Đăng 06 tin bài về Chỉ thị 38 trên trang thông tin điện tử phường và nhóm Zalo các khu phố (xong)"),
     ("II.1.b","completed",{"enterprises_supported":4},
      "Gửi thư mời, hướng dẫn 04 doanh nghiệp trên địa bàn tìm hiểu, đăng ký Giải thưởng Chất lượng Quốc gia  (đã xong)"),
   ]),
   ("Công tác kiểm tra", [
     ("II.5.c","in_progress",{"inspections":3,"establishments_inspected":27,"violations":2,"fines_vnd":5000000},
      "Phối hợp Đội QLTT kiểm tra đo lường (cân) tại chợ Bến Thành, chợ Thái Bình theo phân cấp: 03 cuộc, 27 cơ sở, phát hiện 02 hộ dùng cân sai số vượt mức, phạt 5.000.000đ (đang làm, còn đợt tháng 12)"),
     ("II.5.d","completed",{},
      "Tiếp nhận 01 phản ánh của người dân về việc cân thiếu tại chợ Thái Bình, đã xác minh và chuyển Đội QLTT xử lý (xong)"),
   ]),
   ("Áp dụng ISO tại UBND phường", [
     ("II.2.d_skip",None,None,None),
     ("II.2.đ","in_progress",{},
      "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại bộ phận một cửa, đang rà soát lại quy trình nội bộ sau sắp xếp (đang làm)"),
   ]),
   ("Cử cán bộ đi tập huấn", [
     ("II.3.a","completed",{"participants":2},
      "Cử 02 công chức (kinh tế, QLĐT) dự lớp bồi dưỡng nghiệp vụ tiêu chuẩn đo lường chất lượng do Chi cục tổ chức tháng 6 (xong)"),
   ]),
  ],
  difficulties=["Công chức phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.",
                "Phường chưa có cân đối chứng đặt tại chợ Thái Bình, người dân khó tự kiểm tra."],
  proposals=["Đề nghị Chi cục TĐC hỗ trợ cấp 02 cân đối chứng cho các chợ trên địa bàn phường.",
             "Đề nghị Chi cục tổ chức tập huấn trực tiếp tại phường cho hộ kinh doanh trong năm 2027."]),
 dict(file="287-bc-ubnd-tan-binh-ct38.docx", unit=("27004","Phường Tân Bình"), number="287/BC-UBND", date="2026-11-02",
  place="Tân Bình", signer=("TM. ỦY BAN NHÂN DÂN","CHỦ TỊCH","Phạm Thị Thu Hà"), period="năm 2026",
  sections=[
   ("Công tác tuyên truyền", [
     ("II.1.a","completed",{"communications":350},
      "Lồng ghép tuyên truyền Chỉ thị 38-CT/TW và Luật Đo lường trong các buổi họp khu phố, phát 350 tờ rơi cho hộ kinh doanh (xong)"),
     ("II.1.b","not_started",{},
      "Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia (chưa làm, chờ hướng dẫn của Chi cục)"),
   ]),
   ("Công tác hỗ trợ doanh nghiệp, hộ kinh doanh", [
     ("II.2.d","in_progress",{"enterprises_supported":12},
      "Hướng dẫn 12 cơ sở (09 hộ kinh doanh, 03 doanh nghiệp) thủ tục công bố hợp chuẩn, hợp quy và ghi nhãn hàng hóa (đang làm)"),
   ]),
   ("Công tác kiểm tra", [
     ("II.5.c","completed",{"inspections":2,"establishments_inspected":15},
      "Kiểm tra đo lường tại các cửa hàng xăng dầu và chợ Phạm Văn Hai theo phân cấp: 02 cuộc, 15 cơ sở, các cơ sở chấp hành tương đối tốt (xong)"),
     ("II.5.b","in_progress",{"samples_tested":6},
      "Phối hợp Chi cục lấy 06 mẫu xăng dầu để khảo sát chất lượng, đang chờ kết quả thử nghiệm (đang làm)"),
   ]),
   ("Áp dụng ISO tại UBND phường", [
     ("II.2.đ","completed",{},
      "Đã chuyển đổi xong hệ thống ISO điện tử theo TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính của phường (xong)"),
   ]),
  ],
  difficulties=["Hộ kinh doanh nhỏ lẻ chưa quan tâm việc ghi nhãn, công bố chất lượng."],
  proposals=["Đề nghị Sở KH&CN sớm ban hành hướng dẫn phân cấp quản lý đo lường cho cấp phường sau sắp xếp.",
             "Đề nghị Chi cục cung cấp thêm tài liệu tuyên truyền mẫu (tờ rơi, pano)."]),
 dict(file="ubnd-go-vap-bao-cao-tdc-2026.docx", unit=("26884","Phường Gò Vấp"), number="156/BC-UBND", date="2026-10-29",
  place="Gò Vấp", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Nguyễn Văn Tài"), period="10 tháng năm 2026",
  sections=[
   ("Công tác tuyên truyền, tập huấn", [
     ("II.1.a","completed",{"training_courses":2,"participants":140,"communications":8},
      "Tổ chức 02 lớp tập huấn kiến thức đo lường, nhãn hàng hóa cho 140 hộ kinh doanh tại chợ Gò Vấp, chợ Hạnh Thông Tây; đăng 08 tin bài trên fanpage phường (xong)"),
     ("II.1.b","not_applicable",{},
      "Giải thưởng chất lượng quốc gia: trên địa bàn không có doanh nghiệp đăng ký tham gia (không phát sinh)"),
     ("II.3.a","completed",{"participants":3},
      "Cử 03 cán bộ dự hội nghị tập huấn nghiệp vụ quản lý TĐC cấp xã, phường do Sở tổ chức (xong)"),
   ]),
   ("Công tác kiểm tra", [
     ("II.5.a","in_progress",{"inspections":4,"establishments_inspected":22,"violations":3,"fines_vnd":13500000},
      "Đoàn kiểm tra liên ngành phường kiểm tra chất lượng hàng hóa (mũ bảo hiểm, đồ chơi trẻ em, dây cáp điện) lưu thông tại cửa hàng: 04 cuộc, 22 cửa hàng, 03 cơ sở vi phạm, phạt 13,5 triệu đồng (đang làm)"),
     ("II.5.c","completed",{"inspections":2,"establishments_inspected":31},
      "Kiểm tra định kỳ cân trong kinh doanh tại 2 chợ theo nội dung được phân cấp: 02 cuộc, 31 hộ kinh doanh (xong)"),
   ]),
  ],
  difficulties=["Chưa có kinh phí riêng cho công tác kiểm tra đo lường, phải lồng ghép kinh phí quản lý thị trường.",
                "Phường chưa có thiết bị kiểm tra nhanh chất lượng hàng hóa."],
  proposals=["Đề nghị Chi cục TĐC hỗ trợ chuyên môn, cử cán bộ tham gia đoàn kiểm tra của phường."]),
 dict(file="dian-ct38-baocao.docx", unit=("25942","Phường Dĩ An"), number="98/BC-UBND", date="2026-11-05",
  place="Dĩ An", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Trương Quốc Việt"), period="năm 2026",
  sections=[
   ("Công tác tuyên truyền", [
     ("II.1.a","in_progress",{"communications":12,"training_courses":1,"participants":120},
      "Phát 12 tin trên hệ thống loa truyền thanh khu phố; tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho doanh nghiệp, 120 đại biểu dự (đang làm)"),
   ]),
   ("Công tác hỗ trợ doanh nghiệp", [
     ("II.2.a","in_progress",{"enterprises_supported":5},
      "Phối hợp Chi cục giới thiệu Chương trình năng suất chất lượng (Chương trình 1322) và truy xuất nguồn gốc cho 05 doanh nghiệp trong khu công nghiệp (đang làm)"),
     ("II.2.d","completed",{"enterprises_supported":7},
      "Hướng dẫn 07 cơ sở sản xuất thực phẩm công bố tiêu chuẩn cơ sở, ghi nhãn theo quy định (xong)"),
   ]),
   ("Công tác kiểm tra", [
     ("II.5.c","completed",{"inspections":2,"establishments_inspected":9,"violations":1,"fines_vnd":7500000},
      "Kiểm tra đo lường tại cửa hàng xăng dầu: 02 cuộc, 09 cửa hàng, 01 cửa hàng vi phạm, phạt 7.500.000đ (xong)"),
   ]),
   ("Cử cán bộ tập huấn", [
     ("II.3.a","not_started",{},
      "Chưa cử cán bộ đi tập huấn do chưa nhận được thư mời (chưa tới)"),
   ]),
  ],
  difficulties=["Số lượng doanh nghiệp trên địa bàn lớn, cán bộ ít nên chưa hướng dẫn được nhiều.",
                "Một số doanh nghiệp chưa phối hợp cung cấp thông tin."],
  proposals=["Đề nghị Sở KH&CN phân bổ kinh phí hỗ trợ phường thực hiện Chỉ thị 38.",
             "Đề nghị Chi cục mở lớp tập huấn cho công chức phường trong quý I/2027."]),
]
for r in A:
    for s in r["sections"]:
        s[1][:] = [it for it in s[1] if it[1] is not None]

A_MISTAKE = dict(file="bc-phuong-binh-tan-10thang.docx", unit=("27442","Phường Bình Tân"), number="341/BC-UBND", date="2026-10-30",
  place="Bình Tân", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Đỗ Thị Kim Loan"),
  title="Kết quả thực hiện công tác giảm nghèo bền vững 10 tháng đầu năm 2026",
  sections=[
   ("Công tác rà soát hộ nghèo, hộ cận nghèo", [
     "Rà soát 46 hộ nghèo, 88 hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2026-2030 (xong)",
     "Cập nhật phần mềm quản lý hộ nghèo của Thành phố (đang làm)"]),
   ("Công tác hỗ trợ", [
     "Cấp 134 thẻ bảo hiểm y tế cho hộ nghèo, cận nghèo (xong)",
     "Giải ngân vốn vay Ngân hàng Chính sách xã hội cho 21 hộ, tổng số tiền 1.050.000.000đ (xong)",
     "Vận động Quỹ Vì người nghèo được 312.000.000đ (đang làm)"]),
  ],
  difficulties=["Một số hộ nghèo là người già neo đơn, không có khả năng lao động."],
  proposals=["Đề nghị Thành phố tăng mức hỗ trợ học phí cho con em hộ cận nghèo."])

B = [
 dict(file="27664-xa-can-gio-bc-ct38.docx", unit=("27664","Xã Cần Giờ"), number="64/BC-UBND", date="2026-10-26",
  place="Cần Giờ", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Huỳnh Văn Bé"),
  rows=[
   ("II.1.a","completed",{"communications":500},"Tuyên truyền văn bản pháp luật về đo lường, chất lượng cho hộ kinh doanh","Phát loa tại chợ Cần Giờ, gửi nhóm Zalo các ấp, phát tờ rơi tận tay","Phát 500 tờ rơi, tài liệu tuyên truyền về cân đúng, cân đủ.","Xong"),
   ("II.5.c","in_progress",{"inspections":3,"establishments_inspected":18,"violations":2,"fines_vnd":4000000},"Kiểm tra cân tại chợ, vựa hải sản (nội dung được phân cấp)","Tổ công tác xã phối hợp Đội QLTT số 12","03 cuộc, 18 cơ sở; 02 cơ sở dùng cân sai, phạt 4.000.000 đồng.","Đang làm"),
   ("II.3.a","completed",{"participants":1},"Cử cán bộ đi tập huấn nghiệp vụ","Theo thư mời của Chi cục TĐC","01 công chức Phòng Kinh tế dự lớp 2 ngày.","Xong"),
   ("II.2.đ","in_progress",{},"Áp dụng ISO 9001 tại UBND xã","Bộ phận một cửa tự làm, có tư vấn hỗ trợ","Đã đánh giá nội bộ lần 1, đang khắc phục điểm không phù hợp.","Đang làm"),
   ("II.1.b","not_applicable",{},"Vận động doanh nghiệp dự Giải thưởng Chất lượng Quốc gia","—","Trên địa bàn không có doanh nghiệp đủ điều kiện tham gia.","Không có"),
  ],
  difficulties=["Địa bàn rộng, đi lại giữa các ấp chủ yếu bằng đò nên việc kiểm tra mất nhiều thời gian.",
                "Xã chưa có kinh phí riêng cho nội dung tiêu chuẩn đo lường chất lượng."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ các xã thực hiện kiểm tra đo lường tại chợ."]),
 dict(file="ConDao_BC_TDC_2026.docx", unit=("26732","Đặc khu Côn Đảo"), number="211/BC-UBND", date="2026-11-03",
  place="Côn Đảo", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Võ Minh Trí"),
  rows=[
   ("II.1.a","completed",{"training_courses":2,"participants":70,"budget_spent_vnd":8600000},"Tuyên truyền, tập huấn cho hộ kinh doanh dịch vụ du lịch","Mời báo cáo viên Chi cục ra đặc khu, tổ chức tại hội trường UBND","02 buổi, 70 người dự; kinh phí đã chi 8.600.000 đồng.","Xong"),
   ("II.5.c","completed",{"inspections":2,"establishments_inspected":11},"Kiểm tra đo lường xăng dầu, cân tại chợ Côn Đảo","Tổ kiểm tra của đặc khu","02 cuộc, 11 cơ sở, không có vi phạm lớn, nhắc nhở tại chỗ.","Xong"),
   ("II.5.a","in_progress",{"inspections":1,"establishments_inspected":8,"violations":1,"fines_vnd":2500000},"Kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, thiết bị điện)","Đoàn liên ngành đặc khu","01 cuộc, 08 cửa hàng; 01 cơ sở vi phạm, phạt 2.500.000 đồng.","Đang làm"),
   ("II.5.b","completed",{"samples_tested":4},"Khảo sát chất lượng xăng dầu","Lấy mẫu gửi Trung tâm thử nghiệm trong đất liền","04 mẫu, kết quả đạt.","Xong"),
   ("II.3.a","not_started",{},"Cử cán bộ dự tập huấn chuyên môn","—","Chưa cử được do lịch tàu, máy bay.","Chưa"),
  ],
  difficulties=["Chi phí gửi mẫu thử nghiệm vào đất liền cao, thời gian vận chuyển dài.",
                "Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ."],
  proposals=["Đề nghị Chi cục TĐC bố trí đợt kiểm định phương tiện đo lưu động tại Côn Đảo.",
             "Đề nghị Sở hỗ trợ kinh phí gửi mẫu thử nghiệm cho đặc khu."]),
 dict(file="bc-dautieng-tieu-chuan-do-luong.docx", unit=("25777","Xã Dầu Tiếng"), number="45/BC-UBND", date="2026-10-28",
  place="Dầu Tiếng", signer=("TM. ỦY BAN NHÂN DÂN","CHỦ TỊCH","Lê Văn Hùng"),
  rows=[
   ("II.1.a","in_progress",{"communications":6},"Tuyên truyền Chỉ thị 38, Luật Đo lường","Đài truyền thanh xã, trang thông tin xã","06 tin bài.","Đang làm"),
   ("II.2.d","completed",{"enterprises_supported":4},"Hướng dẫn cơ sở công bố chất lượng, ghi nhãn sản phẩm OCOP","Cán bộ nông nghiệp xã đến tận cơ sở","04 cơ sở được hướng dẫn, đã hoàn thiện hồ sơ.","Xong"),
   ("II.2.a","in_progress",{"enterprises_supported":3},"Truy xuất nguồn gốc nông sản (tem QR)","Phối hợp Chi cục và HTX","03 hợp tác xã được hướng dẫn dán tem truy xuất nguồn gốc.","Đang làm"),
   ("II.5.c","completed",{"inspections":1,"establishments_inspected":6},"Kiểm tra cân tại chợ Dầu Tiếng","Tổ kiểm tra liên ngành xã","01 cuộc, 06 cơ sở.","Xong"),
   ("II.1.b","not_applicable",{},"Giải thưởng Chất lượng Quốc gia","—","Không có doanh nghiệp tham gia.","Không có"),
  ],
  difficulties=["Hợp tác xã còn lúng túng khi tự tạo mã truy xuất nguồn gốc, chưa có phần mềm dùng chung."],
  proposals=["Đề nghị Chi cục hướng dẫn và hỗ trợ phần mềm truy xuất nguồn gốc miễn phí cho hợp tác xã.",
             "Đề nghị cho xã được nhận thêm tờ rơi, pano tuyên truyền."]),
 dict(file="139-bc-xuyenmoc.docx", unit=("26632","Xã Xuyên Mộc"), number="139/BC-UBND", date="2026-10-30",
  place="Xuyên Mộc", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Nguyễn Thị Lài"),
  rows=[
   ("II.1.a","completed",{"training_courses":1,"participants":95,"communications":20},"Tuyên truyền, phổ biến pháp luật tiêu chuẩn đo lường chất lượng","Hội nghị tại hội trường xã; phát thanh","01 hội nghị, 95 đại biểu; 20 tin phát thanh.","Xong"),
   ("II.5.c","in_progress",{"inspections":4,"establishments_inspected":25,"violations":3,"fines_vnd":9000000},"Kiểm tra đo lường, cân, xăng dầu trên địa bàn","Tổ kiểm tra xã, mời Chi cục hỗ trợ chuyên môn","04 cuộc, 25 cơ sở, 03 vi phạm, phạt 9.000.000 đồng.","Đang làm"),
   ("II.5.d","not_applicable",{},"Tiếp nhận phản ánh, tố giác vi phạm","Đường dây nóng của xã","Không có đơn thư, phản ánh.","Không có"),
   ("II.2.đ","in_progress",{},"ISO 9001 tại UBND xã","Văn phòng HĐND-UBND xã","Đang xây dựng lại hệ thống sau sáp nhập.","Đang làm"),
   ("II.3.a","completed",{"participants":2},"Cử cán bộ đi tập huấn","Theo kế hoạch của Sở","02 công chức dự tập huấn.","Xong"),
  ],
  difficulties=["Sau sáp nhập, hồ sơ ISO của 3 xã cũ chưa thống nhất.",
                "Cán bộ làm công tác đo lường còn thiếu kinh nghiệm xử phạt."],
  proposals=["Đề nghị Chi cục TĐC tổ chức lớp hướng dẫn lập biên bản, xử phạt vi phạm hành chính về đo lường cho cán bộ xã."]),
 dict(file="thanh-an-bao-cao.docx", unit=("27676","Xã Thạnh An"), number="27/BC-UBND", date="2026-11-04",
  place="Thạnh An", signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Trần Văn Út"),
  rows=[
   ("II.1.a","completed",{"communications":200},"Tuyên truyền về đo lường cho tiểu thương","Phát tờ gấp tại chợ xã và bến đò","200 tờ gấp.","Xong"),
   ("II.5.c","completed",{"inspections":1,"establishments_inspected":5},"Kiểm tra cân tại chợ Thạnh An","Công an xã và công chức kinh tế","01 cuộc, 05 hộ.","Xong"),
   ("II.2.d","not_applicable",{},"Hỗ trợ doanh nghiệp công bố chất lượng","—","Xã không có doanh nghiệp sản xuất.","Không có"),
   ("II.3.a","not_started",{},"Cử cán bộ tập huấn","—","Chưa cử.","Chưa"),
  ],
  difficulties=["Xã đảo, cán bộ ít, đi tập huấn trong đất liền phải nghỉ lại qua đêm."],
  proposals=["Đề nghị Chi cục tổ chức tập huấn trực tuyến để cán bộ xã đảo tham gia được."]),
]

C = [
 dict(file="ThuDuc_CT38_2026.xlsx", unit=("26824","Phường Thủ Đức"), number="1185/BC-UBND", date="2026-10-30", place="Thủ Đức",
  signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Đặng Quang Huy"),
  entries=[
   ("II.1.a","completed","Tuyên truyền TĐC",[("Tập huấn cho hộ kinh doanh chợ Thủ Đức, chợ Linh Xuân",2,"lớp","training_courses"),("Người dự tập huấn",156,"lượt người","participants"),("Tin bài trên trang TTĐT phường",14,"tin bài","communications")],"Hoàn tất"),
   ("II.2.d","in_progress","Hỗ trợ DN",[("Hướng dẫn công bố hợp quy, ghi nhãn",18,"doanh nghiệp","enterprises_supported")],"Đang làm"),
   ("II.5.c","in_progress","KT đo lường chợ, xăng dầu",[("Số cuộc kiểm tra",5,"cuộc","inspections"),("Cơ sở được kiểm tra",42,"cơ sở","establishments_inspected"),("Cơ sở vi phạm",4,"cơ sở","violations"),("Tiền phạt",21500000,"đồng","fines_vnd")],"Đang làm"),
   ("II.5.b","in_progress","Khảo sát chất lượng",[("Mẫu xăng, mũ bảo hiểm gửi thử nghiệm",10,"mẫu","samples_tested")],"Đang làm"),
   ("II.2.đ","completed","ISO UBND phường",[("Duy trì, cải tiến ISO 9001:2015 tại bộ phận một cửa",None,None,None)],"Hoàn tất"),
   ("II.3.a","completed","Cán bộ đi tập huấn",[("Công chức dự lớp nghiệp vụ của Chi cục",4,"người","participants")],"Hoàn tất"),
   ("II.1.b","not_applicable","Giải thưởng CLQG",[("Không có DN đăng ký tham gia",None,None,None)],"Không có"),
  ],
  difficulties=["Số hộ kinh doanh đông, biến động thường xuyên, khó quản lý danh sách."],
  proposals=["Đề nghị Chi cục chia sẻ dữ liệu cơ sở kinh doanh xăng dầu trên địa bàn phường.","Đề nghị có biểu mẫu báo cáo thống nhất cho cấp phường."]),
 dict(file="tdm-bieu-ct38.xlsx", unit=("25747","Phường Thủ Dầu Một"), number="502/BC-UBND", date="2026-10-27", place="Thủ Dầu Một",
  signer=("TM. ỦY BAN NHÂN DÂN","CHỦ TỊCH","Bùi Thanh Sơn"),
  entries=[
   ("II.1.a","in_progress","Tuyên truyền",[("Tin, bài trên Cổng TTĐT và loa phường",9,"tin bài","communications"),("Kinh phí in ấn tài liệu đã chi",12000000,"đồng","budget_spent_vnd")],"Đang làm"),
   ("II.1.b","completed","Giải thưởng CLQG",[("DN được hướng dẫn hồ sơ tham dự",3,"doanh nghiệp","enterprises_supported")],"Hoàn tất"),
   ("II.2.a","in_progress","Truy xuất nguồn gốc",[("DN được hướng dẫn áp dụng truy xuất nguồn gốc",6,"doanh nghiệp","enterprises_supported")],"Đang làm"),
   ("II.5.a","in_progress","KT chất lượng hàng hóa",[("Số cuộc (đoàn liên ngành)",3,"cuộc","inspections"),("Cửa hàng được kiểm tra",17,"cửa hàng","establishments_inspected"),("Vi phạm",2,"cơ sở","violations"),("Phạt tiền",11000000,"đồng","fines_vnd")],"Đang làm"),
   ("II.5.d","not_applicable","Phản ánh, tố giác",[("Không nhận được phản ánh",None,None,None)],"Không có"),
  ],
  difficulties=["Kinh phí tuyên truyền phải lấy từ nguồn chi thường xuyên của phường.","Đoàn liên ngành khó bố trí lịch chung."],
  proposals=["Đề nghị Sở bổ sung kinh phí tuyên truyền Chỉ thị 38 cho phường."]),
 dict(file="cho-lon-ket-qua-tdc.xlsx", unit=("27343","Phường Chợ Lớn"), number="318/BC-UBND", date="2026-11-03", place="Chợ Lớn",
  signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Lâm Quốc Bảo"),
  entries=[
   ("II.1.a","completed","Tuyên truyền TĐC",[("Tập huấn cho tiểu thương chợ Bình Tây",1,"lớp","training_courses"),("Tiểu thương dự",90,"người","participants")],"Hoàn tất"),
   ("II.5.c","in_progress","KT cân chợ",[("Số cuộc",4,"cuộc","inspections"),("Số hộ được kiểm tra",36,"hộ","establishments_inspected"),("Hộ vi phạm",3,"hộ","violations"),("Tiền phạt",6000000,"đồng","fines_vnd")],"Đang làm"),
   ("II.5.b","completed","Khảo sát chất lượng",[("Mẫu hàng hóa lấy khảo sát",8,"mẫu","samples_tested")],"Hoàn tất"),
   ("II.2.đ","in_progress","ISO UBND phường",[("Đang cập nhật quy trình ISO theo bộ TTHC mới",None,None,None)],"Đang làm"),
   ("II.3.a","not_started","Cán bộ đi tập huấn",[("Chưa có lớp",None,None,None)],"Chưa làm"),
  ],
  difficulties=["Chợ Bình Tây đang cải tạo, tiểu thương di dời tạm nên khó kiểm tra."],
  proposals=["Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân cho tiểu thương chợ Bình Tây sau khi trở lại chợ."]),
]
C_MISTAKE = dict(file="cuchi-theo-doi-quy3.xlsx", unit=("27553","Xã Củ Chi"), number="188/BC-UBND", date="2026-10-08", place="Củ Chi",
  signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Phan Văn Lực"),
  title="KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM QUÝ III NĂM 2026",
  rows=[("Kiểm tra ATTP dịp Tết Trung thu","Số cuộc",3,"cuộc","Hoàn tất"),("Kiểm tra ATTP dịp Tết Trung thu","Cơ sở được kiểm tra",27,"cơ sở","Hoàn tất"),
        ("Kiểm tra ATTP dịp Tết Trung thu","Cơ sở vi phạm",2,"cơ sở","Hoàn tất"),("Tập huấn kiến thức ATTP","Người bán thức ăn đường phố dự",64,"người","Hoàn tất"),
        ("Xét nghiệm nhanh","Mẫu test nhanh",45,"mẫu","Đang làm"),("Ký cam kết ATTP","Cơ sở ký cam kết",112,"cơ sở","Đang làm")],
  difficulties=["Bếp ăn tập thể nhỏ lẻ chưa đăng ký với xã."], proposals=["ĐX Trung tâm Y tế hỗ trợ test nhanh."])

D = [
 dict(file="long-huong-bc-ct38.xlsx", unit=("26566","Phường Long Hương"), number="77/BC-UBND", date="2026-10-29", place="Long Hương",
  signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Mai Văn Thắng"),
  groups=[
   ("I","Tuyên truyền, tập huấn",[
     ("II.1.a","completed","Tuyên truyền văn bản về tiêu chuẩn, đo lường, chất lượng cho nhân dân, hộ kinh doanh","Đã xong",{"communications":7},["- Số tin, bài đã đăng: 07 tin bài","- Hình thức: trang thông tin phường, loa khu phố"]),
     ("II.3.a","completed","Cử công chức dự lớp bồi dưỡng nghiệp vụ do Chi cục TĐC tổ chức","Đã xong",{"participants":2},["- Số người đi học: 02 người"]),
   ]),
   ("II","Quản lý, kiểm tra",[
     ("II.5.c","in_progress","Kiểm tra đo lường trong kinh doanh xăng dầu, tại chợ (theo phân cấp)","Chưa xong - đang làm tiếp",{"inspections":2,"establishments_inspected":13,"violations":1,"fines_vnd":3000000},["- Số cuộc: 02 cuộc","- Số cơ sở được kiểm tra: 13 cơ sở","- Vi phạm: 01 cơ sở","- Tiền phạt: 3.000.000 VNĐ"]),
     ("II.5.d","not_applicable","Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng","Không có việc",{},["- Không nhận được phản ánh nào"]),
     ("II.2.đ","in_progress","Duy trì ISO 9001 tại UBND phường","Đang tiếp tục",{},["- Đang chuẩn bị đánh giá nội bộ tháng 11"]),
   ]),
  ],
  difficulties=["Phường mới sắp xếp, chưa có danh sách đầy đủ cơ sở kinh doanh có sử dụng phương tiện đo.",
                "Cán bộ phụ trách kiêm nhiệm."],
  proposals=["Kiến nghị Chi cục cung cấp danh sách cửa hàng xăng dầu, cơ sở có phương tiện đo nhóm 2 trên địa bàn."]),
 dict(file="ba-diem-tdc-nam-2026.xlsx", unit=("27592","Xã Bà Điểm"), number="233/BC-UBND", date="2026-10-31", place="Bà Điểm",
  signer=("TM. ỦY BAN NHÂN DÂN","CHỦ TỊCH","Huỳnh Thị Mai"),
  groups=[
   ("I","Tuyên truyền, hỗ trợ",[
     ("II.1.a","completed","Tập huấn quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh","Đã xong",{"training_courses":1,"participants":64,"budget_spent_vnd":4500000},["- Số lớp: 01 lớp","- Số người dự: 64 người","- Kinh phí đã chi: 4.500.000 VNĐ"]),
     ("II.2.d","in_progress","Hướng dẫn cơ sở sản xuất công bố chất lượng sản phẩm","Chưa xong - đang làm tiếp",{"enterprises_supported":5},["- Số cơ sở được hướng dẫn: 05 cơ sở"]),
     ("II.1.b","not_started","Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia","Chưa làm",{},[]),
   ]),
   ("II","Kiểm tra",[
     ("II.5.a","in_progress","Kiểm tra chất lượng hàng hóa (đồ điện, mũ bảo hiểm) lưu thông trên địa bàn","Đang tiếp tục",{"inspections":2,"establishments_inspected":10,"violations":2,"fines_vnd":8000000},["- Số cuộc: 02 cuộc","- Số cơ sở: 10 cơ sở","- Vi phạm: 02 cơ sở","- Tiền phạt: 8.000.000 VNĐ"]),
     ("II.5.c","completed","Kiểm tra cân tại chợ Bà Điểm (phân cấp)","Đã xong",{"inspections":1,"establishments_inspected":20},["- Số cuộc: 01 cuộc","- Số hộ được kiểm tra: 20 hộ"]),
   ]),
  ],
  difficulties=["Xã chưa có cân đối chứng tại chợ Bà Điểm."],
  proposals=["Kiến nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Bà Điểm.","Kiến nghị tổ chức tập huấn xử phạt vi phạm hành chính cho cán bộ xã."]),
 dict(file="phugiao-bc.xlsx", unit=("25858","Xã Phú Giáo"), number="58/BC-UBND", date="2026-11-04", place="Phú Giáo",
  signer=("KT. CHỦ TỊCH","PHÓ CHỦ TỊCH","Ngô Văn Lợi"),
  groups=[
   ("I","Tuyên truyền",[
     ("II.1.a","in_progress","Tuyên truyền Chỉ thị 38 trên đài truyền thanh xã","Đang tiếp tục",{"communications":4},["- Số tin bài: 04 tin"]),
     ("II.3.a","completed","Cử cán bộ tập huấn","Đã xong",{"participants":1},["- Số người: 01 người"]),
   ]),
   ("II","Hỗ trợ, kiểm tra",[
     ("II.2.a","not_started","Hướng dẫn hợp tác xã truy xuất nguồn gốc sản phẩm","Chưa làm",{},["- Dự kiến làm trong tháng 12 cho 02 hợp tác xã"]),
     ("II.5.c","completed","Kiểm tra cân tại chợ Phước Vĩnh","Đã xong",{"inspections":1,"establishments_inspected":7},["- Số cuộc: 01 cuộc","- Số cơ sở: 07 cơ sở"]),
     ("II.5.b","not_applicable","Lấy mẫu khảo sát chất lượng hàng hóa","Không có việc",{},[]),
   ]),
  ],
  difficulties=["Chưa có hướng dẫn cụ thể về nội dung phân cấp cho cấp xã."],
  proposals=["Kiến nghị Sở Khoa học và Công nghệ ban hành hướng dẫn phân cấp quản lý đo lường, chất lượng cho cấp xã."]),
]
