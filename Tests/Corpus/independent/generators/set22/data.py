# -*- coding: utf-8 -*-
"""Content of set22: one dict per file. Used by gen.py (to write) and by
make_keys.py (to write the truth). check.py does NOT import this: it reads the
truth JSON and the files only."""

KH = ("Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 "
      "của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")

FILES = []

def F(**kw):
    FILES.append(kw)
    return kw

# ---------------------------------------------------------------- Hand A
# Lê Minh Thư — young economic officer; Word heading styles, task names
# shortened from the plan with "(mục x.y)", status on its own italic line
# "Mức độ thực hiện: ...", difficulties/proposals as Word numbered lists.
F(file="bc-ct38-phuong-gia-dinh.docx", hand="A", unit=("26944", "Phường Gia Định"),
  parent="ỦY BAN NHÂN DÂN\nPHƯỜNG GIA ĐỊNH", place="Gia Định",
  number="412/BC-UBND", date="2026-10-20",
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Hưng"),
  intro=("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 "
         "và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Gia Định "
         "báo cáo kết quả thực hiện đến ngày 15/10/2026 như sau:"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Đã hoàn thành",
         name="Tuyên truyền văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh (mục 1.a)",
         text=("Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 buổi tập huấn văn bản quy phạm "
               "pháp luật về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Bà Chiểu và các tuyến đường "
               "kinh doanh, có 146 lượt người tham dự. Đăng 09 tin, bài trên trang thông tin điện tử và nhóm Zalo "
               "của các khu phố."),
         ind={"training_courses": 2, "participants": 146, "communications": 9}),
    dict(task="II.3.a", st="completed", phrase="Đã hoàn thành",
         name="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng (mục 3.a)",
         text=("Phường đã cử công chức phụ trách kinh tế và công chức Văn phòng HĐND-UBND tham dự lớp tập huấn "
               "nghiệp vụ do Chi cục tổ chức ngày 14/8/2026."),
         ind={}),
    dict(task="II.5.c", st="in_progress", phrase="Đang thực hiện (nhiệm vụ thường xuyên)",
         name="Phối hợp thực hiện các nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng (mục 5.c)",
         text=("Phường phối hợp Chi cục kiểm tra 04 cuộc tại 23 cơ sở kinh doanh xăng dầu, vàng trang sức và "
               "cân tại chợ; phát hiện 03 cơ sở vi phạm, lập biên bản chuyển Chi cục xử phạt với tổng số tiền "
               "11.500.000 đồng."),
         ind={"inspections": 4, "establishments_inspected": 23, "violations": 3, "fines_vnd": 11500000}),
  ],
  difficulties=[
    "Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
    "Phường chưa có phương tiện đo (cân đối chứng) để hỗ trợ kiểm tra tại chợ.",
  ],
  proposals=[
    "Đề nghị Chi cục cấp cho phường 01 bộ cân đối chứng đặt tại chợ Bà Chiểu.",
    "Đề nghị Sở tổ chức thêm lớp tập huấn chuyên sâu về đo lường cho công chức phường trong Quý IV/2026.",
  ])

F(file="Bao cao CT38 - Xa Cu Chi.docx", hand="A", unit=("27553", "Xã Củ Chi"),
  parent="ỦY BAN NHÂN DÂN\nXÃ CỦ CHI", place="Củ Chi",
  number="287/BC-UBND", date="2026-10-27",
  signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Tâm"),
  intro=("Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, "
         "Ủy ban nhân dân xã Củ Chi báo cáo kết quả thực hiện như sau:"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Đã hoàn thành",
         name="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (mục 1.a)",
         text=("Xã phát 15 tin, bài trên hệ thống loa truyền thanh và trang Facebook của xã; tổ chức 01 hội nghị "
               "phổ biến quy định về đo lường trong kinh doanh tại chợ với 85 người tham dự là tiểu thương, "
               "hộ kinh doanh."),
         ind={"communications": 15, "training_courses": 1, "participants": 85}),
    dict(task="II.5.a", st="not_started", phrase="Chưa thực hiện",
         name="Kiểm tra chất lượng hàng hóa lưu thông trên địa bàn (mục 5.a)",
         text=("Xã chưa thực hiện kiểm tra chất lượng hàng hóa lưu thông do chưa nhận được kế hoạch phối hợp "
               "của Chi cục; dự kiến thực hiện trong tháng 11/2026."),
         ind={}),
    dict(task="II.5.c", st="in_progress", phrase="Đang thực hiện",
         name="Phối hợp kiểm tra đo lường theo phân quyền (mục 5.c)",
         text=("Xã phối hợp Chi cục kiểm tra 02 cuộc về đo lường tại chợ Củ Chi và chợ Phước Thạnh, kiểm tra 31 hộ "
               "kinh doanh; phát hiện 02 trường hợp sử dụng cân sai số vượt mức cho phép, đã nhắc nhở và buộc "
               "thay thế cân."),
         ind={"inspections": 2, "establishments_inspected": 31, "violations": 2}),
  ],
  difficulties=[
    "Địa bàn xã rộng, nhiều chợ tự phát nên khó kiểm soát việc sử dụng cân trong buôn bán.",
  ],
  proposals=[
    "Đề nghị Chi cục phối hợp với xã xây dựng kế hoạch kiểm tra chất lượng hàng hóa tại các chợ trong Quý IV/2026.",
    "Đề nghị hỗ trợ tài liệu tuyên truyền (tờ gấp, áp phích) về đo lường để phát cho tiểu thương.",
  ])

F(file="CON DAO_BC Chi thi 38.docx", hand="A", unit=("26732", "Đặc khu Côn Đảo"),
  parent="ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO", place="Côn Đảo",
  number="95/BC-UBND", date="2026-11-04",
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Ngọc Hân"),
  intro=("Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW "
         "năm 2026 trên địa bàn đặc khu như sau:"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Hoàn thành",
         name="Tuyên truyền văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng (mục 1.a)",
         text=("Đặc khu đăng 04 tin, bài trên Cổng thông tin điện tử đặc khu và Đài Truyền thanh về quy định ghi "
               "nhãn hàng hóa, đo lường trong kinh doanh xăng dầu."),
         ind={"communications": 4}),
    dict(task="II.3.a", st="in_progress", phrase="Đang thực hiện",
         name="Tập huấn nghiệp vụ cho công chức (mục 3.a)",
         text=("Công chức Phòng Kinh tế đã tham gia lớp tập huấn trực tuyến Quý III; đang chờ lớp trực tiếp do "
               "Chi cục tổ chức trong Quý IV/2026."),
         ind={}),
    dict(task="II.5.c", st="in_progress", phrase="Đang thực hiện",
         name="Phối hợp kiểm tra theo phân quyền (mục 5.c)",
         text=("Phối hợp Chi cục kiểm tra 01 cuộc tại 08 cửa hàng xăng dầu trên địa bàn; các cơ sở chấp hành tốt "
               "quy định về đo lường và chất lượng xăng dầu."),
         ind={"inspections": 1, "establishments_inspected": 8}),
  ],
  difficulties=[
    "Việc đi lại giữa đất liền và đặc khu khó khăn, chi phí cao nên đoàn kiểm tra của Chi cục chỉ ra được 01 lần trong năm.",
    "Chưa có tổ chức kiểm định phương tiện đo đặt tại đặc khu.",
  ],
  proposals=[
    "Đề nghị Sở xem xét ủy quyền hoặc bố trí kiểm định viên kiểm định định kỳ cột đo xăng dầu, cân tại đặc khu mỗi năm 02 lần.",
  ])

F(file="SDL_bao cao KH38.docx", hand="A", unit=("SO-DL", "Sở Du lịch"),
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ DU LỊCH", place="Thành phố Hồ Chí Minh",
  number="1874/BC-SDL", date="2026-10-29",
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Huy Bình"),
  intro=("Phúc đáp đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai "
         "Chỉ thị số 38-CT/TW năm 2026, Sở Du lịch báo cáo như sau:"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Đã hoàn thành",
         name="Phổ biến văn bản pháp luật về tiêu chuẩn, chất lượng cho doanh nghiệp du lịch (mục 1.a)",
         text=("Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến tiêu chuẩn quốc gia "
               "về cơ sở lưu trú du lịch và quy định nhãn hàng hóa đối với sản phẩm quà lưu niệm, có 62 đại biểu "
               "của các doanh nghiệp lữ hành, cơ sở lưu trú tham dự."),
         ind={"training_courses": 1, "participants": 62}),
    dict(task="II.2.đ", st="in_progress", phrase="Đang thực hiện",
         name="Duy trì, cải tiến hệ thống quản lý chất lượng trong cơ quan hành chính (mục 2.đ)",
         text=("Sở đã rà soát, cập nhật các quy trình nội bộ theo TCVN ISO 9001:2015; đánh giá nội bộ dự kiến "
               "thực hiện trong tháng 11/2026."),
         ind={}),
    dict(task="II.2.e", st="not_applicable", phrase="Không phát sinh",
         name="Góp ý quy chuẩn kỹ thuật quốc gia (mục 2.e)",
         text="Trong kỳ không phát sinh yêu cầu góp ý tiêu chuẩn, quy chuẩn kỹ thuật trong lĩnh vực du lịch.",
         ind={}),
  ],
  difficulties=[
    "Một số cơ sở lưu trú nhỏ chưa quan tâm áp dụng tiêu chuẩn quốc gia về chất lượng dịch vụ.",
  ],
  proposals=[
    "Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu hướng dẫn ghi nhãn đối với sản phẩm quà lưu niệm để Sở phổ biến đến doanh nghiệp.",
  ])

# ---------------------------------------------------------------- Hand B
# Võ Thị Kim Loan — ward/commune accountant ("Người lập biểu"): one Excel
# sheet, header block in merged cells, table STT | Nội dung | Chỉ tiêu | ĐVT |
# Số lượng | Kinh phí (đồng) | Ghi chú; one row per figure, the task named only
# on its first row; numbers real with #,##0; status only in "Ghi chú".
F(file="Bieu CT38 - Can Gio.xlsx", hand="B", unit=("27664", "Xã Cần Giờ"),
  parent="ỦY BAN NHÂN DÂN XÃ CẦN GIỜ", place="Cần Giờ",
  number="198/BC-UBND", date="2026-10-23", preparer="Võ Thị Kim Loan",
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Văn Lực"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Đã xong",
         name="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (KH mục II.1.a)",
         rows=[("Tin, bài tuyên truyền", "Tin, bài", 12, None),
               ("Hội nghị phổ biến cho hộ kinh doanh", "Hội nghị", 1, None),
               ("Người tham dự hội nghị", "Lượt người", 120, None),
               ("Kinh phí tổ chức hội nghị, in tờ gấp", "Đồng", None, 4500000)],
         ind={"communications": 12, "training_courses": 1, "participants": 120, "budget_spent_vnd": 4500000}),
    dict(task="II.5.c", st="in_progress", phrase="Đang tiếp tục",
         name="Phối hợp Chi cục kiểm tra theo phân quyền (II.5.c)",
         rows=[("Số cuộc kiểm tra", "Cuộc", 3, None),
               ("Số cơ sở được kiểm tra", "Cơ sở", 19, None),
               ("Số cơ sở vi phạm", "Cơ sở", 2, None),
               ("Tiền xử phạt VPHC", "Đồng", None, 7000000)],
         ind={"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 7000000}),
    dict(task="II.3.a", st="not_started", phrase="Chưa thực hiện",
         name="Cử công chức dự tập huấn nghiệp vụ TĐC (II.3.a)",
         rows=[("Công chức được cử tập huấn", "Người", None, None)],
         ind={}),
  ],
  difficulties=[
    "Xã chưa được bố trí kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng, phải sử dụng kinh phí tuyên truyền chung.",
    "Các hộ kinh doanh hải sản khô phân tán, khó kiểm tra thường xuyên.",
  ],
  proposals=[
    "Đề nghị Chi cục mở lớp tập huấn cho công chức xã trong Quý IV/2026.",
  ])

F(file="ThuanAn_bieu so lieu CT38_2026.xlsx", hand="B", unit=("25978", "Phường Thuận An"),
  parent="ỦY BAN NHÂN DÂN PHƯỜNG THUẬN AN", place="Thuận An",
  number="356/BC-UBND", date="2026-10-16", preparer="Huỳnh Thị Mỹ Duyên",
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thành Phúc"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Đã thực hiện xong",
         name="Tuyên truyền văn bản QPPL về TĐC (mục II.1.a)",
         rows=[("Tin, bài đăng trên trang thông tin điện tử phường", "Tin, bài", 7, None)],
         ind={"communications": 7}),
    dict(task="II.5.a", st="in_progress", phrase="Đang thực hiện",
         name="Phối hợp kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em) (mục II.5.a)",
         rows=[("Cơ sở kinh doanh được kiểm tra", "Cơ sở", 12, None),
               ("Mẫu hàng hóa lấy thử nghiệm", "Mẫu", 6, None)],
         ind={"establishments_inspected": 12, "samples_tested": 6}),
    dict(task="II.5.c", st="in_progress", phrase="Đang thực hiện",
         name="Phối hợp thực hiện nội dung phân quyền (mục II.5.c)",
         rows=[("Cuộc kiểm tra phối hợp", "Cuộc", 5, None),
               ("Cơ sở được kiểm tra", "Cơ sở", 42, None),
               ("Cơ sở vi phạm", "Cơ sở", 4, None),
               ("Tiền phạt", "Đồng", None, 18750000)],
         ind={"inspections": 5, "establishments_inspected": 42, "violations": 4, "fines_vnd": 18750000}),
  ],
  difficulties=[
    "Số lượng cơ sở sản xuất, kinh doanh trên địa bàn lớn, lực lượng kiểm tra của phường mỏng.",
  ],
  proposals=[
    "Đề nghị Chi cục chia sẻ danh sách cơ sở kinh doanh xăng dầu, vàng trang sức trên địa bàn phường để phối hợp kiểm tra.",
    "Đề nghị hướng dẫn cụ thể trình tự chuyển hồ sơ vi phạm từ phường lên Chi cục.",
  ])

F(file="BR_bieu tong hop KH38.xlsx", hand="B", unit=("26560", "Phường Bà Rịa"),
  parent="ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA", place="Bà Rịa",
  number="241/BC-UBND", date="2026-09-30", preparer="Võ Thị Kim Loan",
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Bùi Minh Khoa"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Hoàn thành",
         name="Tuyên truyền pháp luật TĐC cho tổ chức, cá nhân kinh doanh (II.1.a)",
         rows=[("Tin, bài", "Tin, bài", 5, None),
               ("Lớp tuyên truyền tại chợ Bà Rịa", "Lớp", 1, None),
               ("Người tham dự", "Lượt người", 70, None)],
         ind={"communications": 5, "training_courses": 1, "participants": 70}),
    dict(task="II.3.a", st="completed", phrase="Hoàn thành",
         name="Cử công chức tham gia tập huấn nghiệp vụ (II.3.a)",
         rows=[("Công chức tham dự tập huấn của Chi cục", "Người", 2, None)],
         ind={"participants": 2}),
    dict(task="II.5.c", st="in_progress", phrase="Đang thực hiện",
         name="Phối hợp kiểm tra theo phân quyền (II.5.c)",
         rows=[("Cuộc kiểm tra", "Cuộc", 2, None),
               ("Cơ sở được kiểm tra", "Cơ sở", 16, None),
               ("Cơ sở vi phạm", "Cơ sở", 1, None),
               ("Tiền xử phạt", "Đồng", None, 3500000)],
         ind={"inspections": 2, "establishments_inspected": 16, "violations": 1, "fines_vnd": 3500000}),
  ],
  difficulties=[
    "Công chức phụ trách mới được phân công, chưa nắm vững nghiệp vụ kiểm tra đo lường.",
  ],
  proposals=[
    "Đề nghị Chi cục tiếp tục phối hợp kiểm tra tại chợ Bà Rịa và chợ Long Toàn trong Quý IV/2026.",
  ])

F(file="VP So - bieu KH38 nam 2026.xlsx", hand="B", unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
  parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG SỞ", place="Thành phố Hồ Chí Minh",
  number="215/BC-VP", date="2026-10-28", preparer="Trương Thị Hồng Nhung",
  signer=("", "CHÁNH VĂN PHÒNG", "Ngô Đức Thịnh"),
  entries=[
    dict(task="II.2.đ", st="in_progress", phrase="Đang thực hiện",
         name="Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở (II.2.đ)",
         rows=[("Kinh phí thuê tư vấn, đánh giá nội bộ", "Đồng", None, 38000000)],
         ind={"budget_spent_vnd": 38000000}),
    dict(task="II.2.h", st="completed", phrase="Hoàn thành",
         name="Phối hợp cải tiến hệ thống thông tin giải quyết TTHC (II.2.h)",
         rows=[("Phối hợp rà soát quy trình điện tử", "", None, None)],
         ind={}),
    dict(task="II.4.a", st="in_progress", phrase="Đang thực hiện",
         name="Phối hợp đầu tư trang thiết bị cho đơn vị sự nghiệp (II.4.a)",
         rows=[("Kinh phí mua sắm thiết bị đã giải ngân", "Đồng", None, 1250000000)],
         ind={"budget_spent_vnd": 1250000000}),
    dict(task="II.5.d", st="not_applicable", phrase="Không phát sinh",
         name="Khen thưởng, bảo vệ người tố giác vi phạm (II.5.d)",
         rows=[("Hồ sơ khen thưởng người tố giác", "Hồ sơ", None, None)],
         ind={}),
  ],
  difficulties=[
    "Thủ tục mua sắm thiết bị qua đấu thầu kéo dài nên tỷ lệ giải ngân chưa đạt kế hoạch.",
  ],
  proposals=[
    "Đề nghị Chi cục gửi sớm danh mục thiết bị cần mua sắm năm 2027 trước ngày 30/11/2026.",
  ])

F(file="BinhChanh_bieu thu ngan sach 9T.xlsx", hand="B", unit=("27637", "Xã Bình Chánh"),
  parent="ỦY BAN NHÂN DÂN XÃ BÌNH CHÁNH", place="Bình Chánh",
  number="402/BC-UBND", date="2026-10-09", preparer="Võ Thị Kim Loan",
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Quang Vinh"),
  mistaken=True,
  reason="Biểu tổng hợp thu, chi ngân sách 9 tháng năm 2026 của xã, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW",
  entries=[], difficulties=[], proposals=[])

# ---------------------------------------------------------------- Hand C
# Ông Đặng Văn Sáu — older head: narrative paragraphs under "Về ..." headings,
# every figure in words followed by numerals "mười hai (12) cuộc",
# status in a sentence, difficulties/proposals as "Một là, ... Hai là, ...".
F(file="SCT - BC thuc hien Chi thi 38 nam 2026.docx", hand="C", unit=("SO-CT", "Sở Công Thương"),
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG", place="Thành phố Hồ Chí Minh",
  number="5432/BC-SCT", date="2026-10-26",
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Văn Sáu"),
  intro=("Thực hiện đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai "
         "Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026, Sở Công Thương báo cáo như sau:"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="đã hoàn thành",
         name="Về công tác tập huấn, phổ biến pháp luật",
         text=("Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức hai (02) lớp tập huấn về ghi nhãn "
               "hàng hóa, công bố hợp chuẩn, hợp quy cho doanh nghiệp sản xuất, kinh doanh, với một trăm tám mươi (180) "
               "học viên tham dự. Đến nay nội dung này đã hoàn thành theo kế hoạch."),
         ind={"training_courses": 2, "participants": 180}),
    dict(task="II.2.d", st="in_progress", phrase="đang triển khai",
         name="Về công tác hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng",
         text=("Thông qua Chương trình khuyến công, Sở đã hỗ trợ hai mươi lăm (25) doanh nghiệp công nghiệp hỗ trợ "
               "áp dụng các hệ thống quản lý, công cụ cải tiến năng suất (ISO 9001, 5S, Lean). Chương trình hiện đang "
               "triển khai, dự kiến nghiệm thu trong tháng 12/2026."),
         ind={"enterprises_supported": 25}),
    dict(task="II.2.e", st="completed", phrase="đã hoàn thành",
         name="Về công tác góp ý quy chuẩn kỹ thuật",
         text=("Sở đã có ý kiến góp ý đối với bốn (04) dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì "
               "xây dựng (an toàn điện, hóa chất, thép làm cốt bê tông, xăng dầu sinh học); công việc đã hoàn thành."),
         ind={"standards_reviewed": 4}),
    dict(task="II.5.a", st="in_progress", phrase="đang tiếp tục thực hiện",
         name="Về công tác phối hợp kiểm tra, giám sát chất lượng hàng hóa lưu thông trên thị trường",
         text=("Lực lượng quản lý thị trường đã phối hợp với Chi cục tổ chức mười hai (12) cuộc kiểm tra tại một trăm "
               "lẻ bốn (104) cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, phân bón, hàng điện – điện tử; phát hiện "
               "mười chín (19) cơ sở vi phạm, xử phạt vi phạm hành chính hai trăm mười bảy triệu năm trăm nghìn đồng "
               "(217.500.000 đồng). Công tác này được duy trì thường xuyên và đang tiếp tục thực hiện trong Quý IV."),
         ind={"inspections": 12, "establishments_inspected": 104, "violations": 19, "fines_vnd": 217500000}),
  ],
  difficulties=[
    "Một là, việc xác định hàng hóa nhóm 2 lưu thông trên thị trường còn khó khăn do nhiều sản phẩm nhập khẩu qua thương mại điện tử.",
    "Hai là, kinh phí lấy mẫu thử nghiệm phục vụ kiểm tra chất lượng còn hạn chế.",
  ],
  proposals=[
    "Một là, đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để làm căn cứ kiểm tra.",
    "Hai là, đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí lấy mẫu, thử nghiệm cho lực lượng quản lý thị trường.",
  ])

F(file="SYT_BC KH 38 (2026).docx", hand="C", unit=("SO-YT", "Sở Y tế"),
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ", place="Thành phố Hồ Chí Minh",
  number="7781/BC-SYT", date="2026-11-06",
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hồ Văn Thạnh"), libre=True,
  intro=("Sở Y tế nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch "
         "triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:"),
  entries=[
    dict(task="II.2.e", st="completed", phrase="đã hoàn thành",
         name="Về việc góp ý tiêu chuẩn, quy chuẩn kỹ thuật",
         text=("Trong năm, Sở đã góp ý ba (03) dự thảo quy chuẩn kỹ thuật quốc gia và tiêu chuẩn quốc gia về trang "
               "thiết bị y tế, nước sạch dùng cho sinh hoạt theo đề nghị của Bộ Y tế. Nội dung này đã hoàn thành."),
         ind={"standards_reviewed": 3}),
    dict(task="II.3.a", st="completed", phrase="đã hoàn thành",
         name="Về việc cử công chức tham gia tập huấn",
         text=("Sở đã cử năm (05) công chức các phòng Nghiệp vụ Y, Nghiệp vụ Dược tham dự lớp tập huấn nghiệp vụ "
               "tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức; đã hoàn thành."),
         ind={"participants": 5}),
    dict(task="II.5.a", st="in_progress", phrase="đang thực hiện",
         name="Về việc phối hợp kiểm tra phương tiện đo dùng trong y tế",
         text=("Sở đã phối hợp với Chi cục tổ chức sáu (06) cuộc kiểm tra tại ba mươi tám (38) cơ sở khám bệnh, chữa "
               "bệnh tư nhân; trong đợt kiểm tra đã kiểm định hai trăm mười bốn (214) phương tiện đo (huyết áp kế, "
               "nhiệt kế y học, cân sức khỏe), phát hiện hai (02) cơ sở sử dụng phương tiện đo chưa kiểm định. Công tác "
               "kiểm tra hiện đang thực hiện, sẽ kết thúc vào tháng 12/2026."),
         ind={"inspections": 6, "establishments_inspected": 38, "instruments_verified": 214, "violations": 2}),
  ],
  difficulties=[
    "Một là, nhiều cơ sở y tế tư nhân chưa nắm quy định về kiểm định phương tiện đo nhóm 2.",
  ],
  proposals=[
    "Một là, đề nghị Sở Khoa học và Công nghệ ban hành danh mục tổ chức được chỉ định kiểm định phương tiện đo y tế trên địa bàn.",
    "Hai là, đề nghị Chi cục phối hợp tổ chức hội nghị phổ biến quy định đo lường cho cơ sở y tế tư nhân.",
  ])

F(file="Phuong Cho Lon - bao cao CT38.docx", hand="C", unit=("27343", "Phường Chợ Lớn"),
  parent="ỦY BAN NHÂN DÂN\nPHƯỜNG CHỢ LỚN", place="Chợ Lớn",
  number="318/BC-UBND", date="2026-10-19",
  signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Quách Gia Minh"),
  intro=("Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW "
         "năm 2026 của Sở Khoa học và Công nghệ trên địa bàn phường như sau:"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="đã hoàn thành",
         name="Về công tác tuyên truyền",
         text=("Phường đã đăng tải mười tám (18) tin, bài trên trang thông tin điện tử và hệ thống Zalo của các khu "
               "phố; tổ chức một (01) hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho tiểu thương chợ Bình "
               "Tây với một trăm hai mươi lăm (125) lượt người tham dự. Nội dung này đã hoàn thành."),
         ind={"communications": 18, "training_courses": 1, "participants": 125}),
    dict(task="II.5.c", st="in_progress", phrase="đang tiếp tục thực hiện",
         name="Về công tác phối hợp kiểm tra",
         text=("Phường đã phối hợp với Chi cục tổ chức bảy (07) cuộc kiểm tra tại năm mươi hai (52) cơ sở kinh doanh "
               "vàng trang sức, xăng dầu và hộ kinh doanh tại chợ; phát hiện sáu (06) cơ sở vi phạm, xử phạt hai mươi "
               "bốn triệu (24.000.000) đồng. Công tác này phường đang tiếp tục thực hiện."),
         ind={"inspections": 7, "establishments_inspected": 52, "violations": 6, "fines_vnd": 24000000}),
    dict(task="II.3.a", st="not_started", phrase="chưa triển khai",
         name="Về công tác đào tạo, bồi dưỡng",
         text=("Việc cử công chức tham gia tập huấn nghiệp vụ phường chưa triển khai do chưa nhận được thông báo "
               "chiêu sinh của Chi cục."),
         ind={}),
  ],
  difficulties=[
    "Một là, tiểu thương tại chợ phần lớn là người lớn tuổi, việc tiếp cận thông tin qua mạng còn hạn chế.",
    "Hai là, phường chưa có cán bộ chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
  ],
  proposals=[
    "Đề nghị Chi cục thông báo sớm kế hoạch tập huấn để phường cử công chức tham dự.",
  ])

F(file="SNNMT - BC 9 thang.docx", hand="C", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"),
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", place="Thành phố Hồ Chí Minh",
  number="6120/BC-SNNMT", date="2026-10-08",
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Văn Sáu"),
  mistaken=True,
  reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW",
  entries=[], difficulties=[], proposals=[])

# ---------------------------------------------------------------- Hand D
# Phan Thanh Tùng — works in Excel only: one row per task, columns
# "Nhiệm vụ | Đã làm gì | Số liệu | Tình trạng | Còn vướng gì | Kiến nghị";
# "Số liệu" holds several figures "08 cuộc; 61 cơ sở; ..."; status words
# Xong / Đang làm / Chưa làm / Không có.
F(file="KTPC_theo doi CT38_T10.xlsx", hand="D", unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
  parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ - PHÒNG KIỂM TRA – PHÁP CHẾ", place="TP.HCM",
  number="58/BC-KTPC", date="2026-10-22", signer=("", "TRƯỞNG PHÒNG", "Lý Hoàng Nam"),
  entries=[
    dict(task="II.2.c", st="completed", phrase="Xong", name="2.c Góp ý sửa đổi luật, VBQPPL về TĐC",
         did="Góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP và 02 dự thảo thông tư của Bộ KH&CN",
         sl="02 thông tư, 01 nghị định", stuck="", prop="", ind={}),
    dict(task="II.4.b", st="completed", phrase="Xong", name="4.b Kiểm định, hiệu chuẩn thiết bị kỹ thuật nghiệp vụ",
         did="Gửi hiệu chuẩn cân chuẩn, bộ quả cân phục vụ đoàn kiểm tra", sl="06 thiết bị được hiệu chuẩn",
         stuck="", prop="", ind={"instruments_verified": 6}),
    dict(task="II.5.a", st="in_progress", phrase="Đang làm", name="5.a Kiểm tra hàng hóa SX, NK, lưu thông",
         did="Phối hợp Chi cục kiểm tra xăng dầu, LPG, mũ bảo hiểm, đồ chơi trẻ em",
         sl="08 cuộc; 61 cơ sở; 07 cơ sở vi phạm; phạt 96.000.000 đ",
         stuck="Một số cơ sở đóng cửa khi đoàn đến kiểm tra",
         prop="", ind={"inspections": 8, "establishments_inspected": 61, "violations": 7, "fines_vnd": 96000000}),
    dict(task="II.5.b", st="in_progress", phrase="Đang làm", name="5.b Khảo sát chất lượng SP, HH",
         did="Phối hợp Chi cục lấy mẫu khảo sát xăng dầu, mũ bảo hiểm", sl="45 mẫu",
         stuck="", prop="Đề nghị Chi cục công bố kết quả khảo sát trước 15/12/2026 để Phòng xây dựng kế hoạch kiểm tra năm 2027",
         ind={"samples_tested": 45}),
    dict(task="II.5.c", st="in_progress", phrase="Đang làm", name="5.c Phối hợp UBND phường, xã, đặc khu",
         did="Hướng dẫn nghiệp vụ xử lý vi phạm cho công chức phường, xã qua văn bản, điện thoại", sl="",
         stuck="Công chức phường, xã kiêm nhiệm nhiều việc, thay đổi thường xuyên",
         prop="Đề nghị Chi cục ban hành sổ tay hướng dẫn kiểm tra đo lường cho phường, xã", ind={}),
    dict(task="II.5.d", st="not_applicable", phrase="Không có", name="5.d Khen thưởng, bảo vệ người tố giác",
         did="Không phát sinh đơn tố giác", sl="", stuck="", prop="", ind={}),
  ])

F(file="TTPTTN - bang theo doi KH38.xlsx", hand="D", unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  parent="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM", place="TP.HCM",
  number="307/BC-TTPTTN", date="2026-10-30", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Mai Xuân Trường"),
  libre=True,
  entries=[
    dict(task="II.2.g", st="in_progress", phrase="Đang làm", name="2.g Nâng cao năng lực tổ chức dịch vụ kỹ thuật",
         did="Đánh giá mở rộng phạm vi công nhận ISO/IEC 17025; thử nghiệm mẫu cho doanh nghiệp",
         sl="3.250 mẫu thử nghiệm", stuck="Thiếu kiểm định viên lĩnh vực điện – điện tử",
         prop="Đề nghị Sở cho phép tuyển dụng bổ sung 03 kiểm định viên", ind={"samples_tested": 3250}),
    dict(task="II.4.a", st="in_progress", phrase="Đang làm", name="4.a Đầu tư cơ sở vật chất, trang thiết bị",
         did="Mua sắm hệ thống sắc ký, máy quang phổ, thiết bị hiệu chuẩn áp suất",
         sl="03 thiết bị; giải ngân 4.860.000.000 đ", stuck="Đấu thầu thiết bị chậm do thay đổi quy định mua sắm",
         prop="", ind={"budget_spent_vnd": 4860000000}),
    dict(task="II.4.c", st="completed", phrase="Xong", name="4.c Duy trì chuẩn đo lường, liên kết chuẩn quốc gia",
         did="Gửi hiệu chuẩn chuẩn chính tại Viện Đo lường Việt Nam", sl="27 chuẩn đã hiệu chuẩn",
         stuck="", prop="", ind={"instruments_verified": 27}),
  ])

F(file="Cat Lai - CT38 (Tung).xlsx", hand="D", unit=("27112", "Phường Cát Lái"),
  parent="ỦY BAN NHÂN DÂN PHƯỜNG CÁT LÁI", place="Cát Lái",
  number="266/BC-UBND", date="2026-10-21", signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Đông"),
  entries=[
    dict(task="II.1.a", st="completed", phrase="Xong", name="1.a Tuyên truyền PL về TĐC",
         did="Đăng tin trên Zalo OA và trang thông tin điện tử phường", sl="06 tin, bài",
         stuck="", prop="", ind={"communications": 6}),
    dict(task="II.3.a", st="not_started", phrase="Chưa làm", name="3.a Tập huấn nghiệp vụ cho công chức",
         did="", sl="", stuck="Chưa có lịch tập huấn của Chi cục",
         prop="Đề nghị Chi cục mở lớp cho công chức phường trong Quý IV/2026", ind={}),
    dict(task="II.5.c", st="in_progress", phrase="Đang làm", name="5.c Phối hợp kiểm tra theo phân quyền",
         did="Phối hợp Chi cục kiểm tra cửa hàng xăng dầu, cơ sở kinh doanh vật liệu xây dựng",
         sl="3 cuộc; 27 cơ sở; 2 vi phạm; 5.000.000 đ", stuck="", prop="",
         ind={"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 5000000}),
  ])

F(file="ATTP-KH38-2026.xlsx", hand="D", unit=("SO-ATTP", "Sở An toàn thực phẩm"),
  parent="SỞ AN TOÀN THỰC PHẨM", place="TP.HCM",
  number="2210/BC-SATTP", date="2026-11-03", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Thu Vân"),
  entries=[
    dict(task="II.2.e", st="completed", phrase="Xong", name="2.e Góp ý QCVN",
         did="Góp ý dự thảo QCVN về phụ gia thực phẩm, nước khoáng thiên nhiên đóng chai", sl="05 dự thảo QCVN",
         stuck="", prop="", ind={"standards_reviewed": 5}),
    dict(task="II.3.a", st="completed", phrase="Xong", name="3.a Tập huấn nghiệp vụ TĐC",
         did="Cử công chức dự tập huấn do Chi cục tổ chức", sl="06 người", stuck="", prop="",
         ind={"participants": 6}),
    dict(task="II.5.a", st="in_progress", phrase="Đang làm", name="5.a Phối hợp kiểm tra chất lượng hàng hóa",
         did="Đoàn liên ngành kiểm tra thực phẩm bao gói sẵn, ghi nhãn",
         sl="04 đoàn; 73 cơ sở; 11 vi phạm; 132.500.000 đ",
         stuck="Nhiều sản phẩm bán qua mạng xã hội, khó truy xuất nguồn gốc",
         prop="Đề nghị Sở KH&CN phối hợp chia sẻ dữ liệu truy xuất nguồn gốc sản phẩm",
         ind={"inspections": 4, "establishments_inspected": 73, "violations": 11, "fines_vnd": 132500000}),
    dict(task="II.5.b", st="completed", phrase="Xong", name="5.b Khảo sát chất lượng",
         did="Lấy mẫu thực phẩm tại chợ đầu mối kiểm tra nhanh", sl="120 mẫu", stuck="", prop="",
         ind={"samples_tested": 120}),
  ])

# ---------------------------------------------------------------- Hand E
# Cao Thị Diễm — tidy office secretary: each task as a bold line
# "Mục x.y – <tên ngắn> [TRẠNG THÁI]", figures as label lines with a dotted
# tab leader "Số cuộc kiểm tra ........ 02 cuộc"; "Tồn tại" and "Kiến nghị"
# as en-dash lines.
F(file="CDS_BC KH38.docx", hand="E", unit=("SKHCN-CDS", "Phòng Chuyển đổi số"),
  parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG CHUYỂN ĐỔI SỐ", place="Thành phố Hồ Chí Minh",
  number="41/BC-CĐS", date="2026-10-30", signer=("", "TRƯỞNG PHÒNG", "Võ Hoàng Phúc"),
  intro="Phòng Chuyển đổi số báo cáo kết quả thực hiện các nhiệm vụ được phân công phối hợp trong Kế hoạch CT38 năm 2026:",
  entries=[
    dict(task="II.2.h", st="completed", phrase="ĐÃ HOÀN THÀNH",
         name="Mục 2.h – Cải tiến hệ thống giải quyết TTHC, kết nối Cổng một cửa quốc gia",
         text="Đã phối hợp Chi cục cấu hình lại quy trình điện tử và kết nối liên thông trong Quý I/2026.",
         lines=[("Số thủ tục hành chính được cấu hình lại", "12 thủ tục")], ind={}),
    dict(task="II.2.i", st="in_progress", phrase="ĐANG THỰC HIỆN",
         name="Mục 2.i – Kết nối cơ sở dữ liệu quốc gia về TĐC",
         text="Đang phối hợp Trung tâm Công nghệ thông tin và Địa không gian đồng bộ dữ liệu với hệ thống của Ủy ban.",
         lines=[("Số tổ chức, doanh nghiệp được hướng dẫn cấp tài khoản", "37 đơn vị"),
                ("Kinh phí đã giải ngân", "215.000.000 đồng")],
         ind={"enterprises_supported": 37, "budget_spent_vnd": 215000000}),
    dict(task="II.3.a", st="not_started", phrase="CHƯA THỰC HIỆN",
         name="Mục 3.a – Cử viên chức tham gia tập huấn TĐC",
         text="Chưa cử viên chức tham gia do lịch trùng với đợt triển khai phần mềm.", lines=[], ind={}),
  ],
  difficulties=["Dữ liệu về tiêu chuẩn, đo lường, chất lượng hiện lưu ở nhiều hệ thống, chưa có chuẩn dữ liệu thống nhất."],
  proposals=["Đề nghị Chi cục chủ trì xây dựng danh mục dữ liệu dùng chung về tiêu chuẩn, đo lường, chất lượng."])

F(file="TTCNTT_bao cao CT38.docx", hand="E", unit=("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
  parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN", place="Thành phố Hồ Chí Minh",
  number="133/BC-TTCNTT", date="2026-11-02", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tạ Minh Quân"),
  intro="Trung tâm Công nghệ thông tin và Địa không gian báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026 như sau:",
  entries=[
    dict(task="II.2.i", st="in_progress", phrase="ĐANG THỰC HIỆN",
         name="Mục 2.i – Triển khai, áp dụng cơ sở dữ liệu quốc gia về TĐC",
         text="Trung tâm đã hoàn thành hạ tầng máy chủ, đang chuyển đổi dữ liệu lịch sử kiểm định.",
         lines=[("Số đơn vị được hướng dẫn khai thác dữ liệu", "21 đơn vị"),
                ("Kinh phí đã sử dụng", "96.400.000 đồng")],
         ind={"enterprises_supported": 21, "budget_spent_vnd": 96400000}),
    dict(task="II.2.h", st="not_applicable", phrase="KHÔNG PHÁT SINH",
         name="Mục 2.h – Hệ thống thông tin giải quyết TTHC",
         text="Trung tâm không được phân công nội dung này; không phát sinh yêu cầu phối hợp.", lines=[], ind={}),
  ],
  difficulties=["Khối lượng dữ liệu kiểm định cũ dạng giấy lớn, việc số hóa cần thêm thời gian."],
  proposals=["Đề nghị Sở bố trí kinh phí số hóa hồ sơ kiểm định giai đoạn 2020–2025 trong dự toán năm 2027.",
             "Đề nghị Chi cục cử đầu mối phối hợp kiểm tra dữ liệu sau chuyển đổi."])

F(file="Phuoc Hai - BC CT38 nam 2026.docx", hand="E", unit=("26686", "Xã Phước Hải"),
  parent="ỦY BAN NHÂN DÂN\nXÃ PHƯỚC HẢI", place="Phước Hải",
  number="172/BC-UBND", date="2026-10-12", signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lương Văn Hải"),
  intro="Ủy ban nhân dân xã Phước Hải báo cáo kết quả thực hiện Kế hoạch CT38 năm 2026 trên địa bàn xã như sau:",
  entries=[
    dict(task="II.1.a", st="completed", phrase="HOÀN THÀNH",
         name="Mục 1.a – Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
         text="Tuyên truyền trên loa phát thanh, trang thông tin xã và tổ chức hội nghị tại chợ Phước Hải.",
         lines=[("Số tin, bài đã đăng, phát", "11 tin"), ("Hội nghị tuyên truyền", "01 hội nghị"),
                ("Số người tham dự", "94 lượt người")],
         ind={"communications": 11, "training_courses": 1, "participants": 94}),
    dict(task="II.5.c", st="in_progress", phrase="ĐANG THỰC HIỆN",
         name="Mục 5.c – Phối hợp kiểm tra theo phân quyền",
         text="Phối hợp Chi cục kiểm tra đo lường tại các cơ sở kinh doanh xăng dầu, hải sản.",
         lines=[("Số cuộc kiểm tra", "02 cuộc"), ("Số cơ sở được kiểm tra", "14 cơ sở"),
                ("Số cơ sở vi phạm", "01 cơ sở"), ("Tiền xử phạt", "2.500.000 đồng")],
         ind={"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 2500000}),
    dict(task="II.5.a", st="not_started", phrase="CHƯA THỰC HIỆN",
         name="Mục 5.a – Kiểm tra chất lượng hàng hóa lưu thông",
         text="Chưa thực hiện, chờ kế hoạch của Chi cục.", lines=[], ind={}),
  ],
  difficulties=["Nhiều cơ sở kinh doanh hải sản theo mùa vụ, hoạt động không thường xuyên."],
  proposals=["Đề nghị Chi cục hỗ trợ xã 02 cân đối chứng đặt tại chợ Phước Hải và chợ Lộc An."])
