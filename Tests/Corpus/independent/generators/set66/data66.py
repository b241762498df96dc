# -*- coding: utf-8 -*-
# Content of set 66 (all units: phường/xã/đặc khu, province 79).
# DOCX hands (A, C): entry "text" is the paragraph as written; the status line is added by the hand.
# XLSX hands (B, D): entry "desc" + "figs" [(label, value, indicator-or-None, unit word)].

REPORTS = []

def R(**kw):
    REPORTS.append(kw)

# ---------------- Hand A: "Thứ nhất, … Thứ hai, …" + "Công việc này …" ----------------
R(hand="A", file="bc-ct38-phuong-ben-thanh.docx", uid="26743", uname="Phường Bến Thành",
  number="312/BC-UBND", date="2026-10-27", signer="Trần Minh Khoa", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="completed", ind=dict(training_courses=1, participants=86, communications=7),
         text="về tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng. Phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 1 hội nghị tuyên truyền cho các hộ kinh doanh tại chợ Bến Thành, có 86 lượt người tham dự; đồng thời đăng 7 tin, bài trên trang thông tin điện tử của phường và nhóm Zalo các khu phố."),
    dict(task="II.3.a", status="completed", ind=dict(participants=3),
         text="về bồi dưỡng nghiệp vụ cho công chức. Phường đã cử 3 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng do Chi cục tổ chức ngày 14/5/2026."),
    dict(task="II.5.c", status="in_progress", ind=dict(inspections=3, establishments_inspected=26, violations=2, fines_vnd=3000000, instruments_verified=2),
         text="về thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng. Phường đã phối hợp với Chi cục tổ chức 3 cuộc kiểm tra đo lường tại chợ và cửa hàng xăng dầu, kiểm tra tổng cộng 26 cơ sở, phát hiện 2 cơ sở sử dụng cân chưa kiểm định, đã lập biên bản và xử phạt 3.000.000 đồng. Hai cân đối chứng đặt tại chợ Bến Thành đã được kiểm định lại trong tháng 6, số lượng là 2 chiếc."),
    dict(task="II.2.đ", status="completed", ind={},
         text="về hệ thống quản lý chất lượng trong cơ quan hành chính. Phường tiếp tục duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa, đã tổ chức đánh giá nội bộ và xem xét của lãnh đạo trong tháng 9/2026."),
    dict(task="II.5.d", status="not_applicable", ind={},
         text="về tiếp nhận phản ánh, tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng. Từ đầu năm đến nay phường không nhận được đơn, thư phản ánh nào liên quan lĩnh vực này."),
  ],
  diff=["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của phường đang kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
        "Hộ kinh doanh tại chợ thay đổi thường xuyên nên việc theo dõi cân sử dụng trong mua bán còn khó khăn."],
  prop=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027.",
        "Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền mẫu để phường in, phát cho hộ kinh doanh."])

R(hand="A", file="ubnd-vinh-hoi-bao-cao-chi-thi-38.docx", uid="27286", uname="Phường Vĩnh Hội",
  number="198/BC-UBND", date="2026-10-29", signer="Lê Thị Ngọc Hân", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="in_progress", ind=dict(communications=12),
         text="công tác tuyên truyền. Phường lồng ghép nội dung về tiêu chuẩn, đo lường, chất lượng vào các buổi sinh hoạt khu phố, phát 12 tin trên hệ thống loa truyền thanh và trang Facebook của phường."),
    dict(task="II.1.b", status="completed", ind=dict(enterprises_supported=4),
         text="về Giải thưởng Chất lượng Quốc gia. Phường đã chuyển thông báo của Chi cục đến các doanh nghiệp trên địa bàn và trực tiếp hướng dẫn 4 doanh nghiệp tìm hiểu hồ sơ tham dự Giải thưởng."),
    dict(task="II.5.c", status="in_progress", ind=dict(inspections=2, establishments_inspected=11, violations=1, fines_vnd=1500000),
         text="về kiểm tra đo lường theo phân cấp. Tổ kiểm tra của phường đã tiến hành 2 cuộc kiểm tra tại 11 cơ sở kinh doanh (cửa hàng vàng bạc, cửa hàng xăng dầu), có 1 trường hợp vi phạm về nhãn hàng hóa, xử phạt 1.500.000 đồng."),
    dict(task="II.3.a", status="not_started", ind={},
         text="về đào tạo, tập huấn cho công chức. Trong năm phường chưa cử được công chức tham dự lớp tập huấn chuyên sâu do trùng lịch công tác."),
    dict(task="II.2.đ", status="unknown", ind={},
         text="về áp dụng TCVN ISO 9001:2015. Phường đã ban hành Quyết định kiện toàn Ban chỉ đạo ISO sau khi sắp xếp đơn vị hành chính và rà soát lại danh mục quy trình."),
  ],
  diff=["Chưa có kinh phí riêng cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng.",
        "Lực lượng kiểm tra của phường mỏng, phải phối hợp nhiều lĩnh vực cùng lúc."],
  prop=["Kiến nghị Chi cục hỗ trợ phường thiết bị kiểm tra nhanh về đo lường (quả cân chuẩn) phục vụ kiểm tra tại chợ."])

R(hand="A", file="Phuong Dien Hong - BC CT38 nam 2026.docx", uid="27169", uname="Phường Diên Hồng",
  number="405/BC-UBND", date="2026-10-26", signer="Phạm Quốc Bảo", sign_title="CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="completed", ind=dict(training_courses=2, participants=140),
         text="về tuyên truyền. Phường phối hợp Hội Liên hiệp Phụ nữ tổ chức 2 buổi nói chuyện chuyên đề về nhãn hàng hóa và đo lường trong mua bán, thu hút 140 lượt người tham dự."),
    dict(task="II.2.a", status="in_progress", ind=dict(enterprises_supported=5),
         text="về truy xuất nguồn gốc, nâng cao năng suất chất lượng. Phường đã giới thiệu 5 cơ sở sản xuất thực phẩm trên địa bàn tham gia chương trình hỗ trợ áp dụng tem truy xuất nguồn gốc của Thành phố."),
    dict(task="II.5.c", status="completed", ind=dict(inspections=4, establishments_inspected=18, violations=0),
         text="về kiểm tra theo phân cấp. Phường tổ chức 4 cuộc kiểm tra việc chấp hành quy định về đo lường tại chợ Hòa Hưng và các điểm kinh doanh, kiểm tra 18 cơ sở, chưa phát hiện vi phạm (0 trường hợp)."),
    dict(task="II.2.đ", status="completed", ind=dict(budget_spent_vnd=25000000),
         text="về ISO hành chính. Phường đã hoàn thành việc xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sáp nhập, chi phí thuê tư vấn là 25.000.000 đồng."),
  ],
  diff=["Người dân còn chưa quan tâm đến việc kiểm tra lại cân tại cân đối chứng của chợ."],
  prop=["Đề nghị Sở hướng dẫn cụ thể nội dung phân quyền cho phường về tiêu chuẩn, đo lường, chất lượng sau khi sắp xếp.",
        "Đề nghị bố trí kinh phí duy trì ISO cho các phường mới."])

R(hand="A", file="BC 38-CT phuong Go Vap.docx", uid="26884", uname="Phường Gò Vấp", resave=True,
  number="221/BC-UBND", date="2026-10-30", signer="Nguyễn Hoàng Phúc", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="in_progress", ind=dict(communications=9),
         text="về tuyên truyền. Phường cấp phát 9 tài liệu tuyên truyền (tờ gấp, áp phích) cho các khu phố về quyền lợi người tiêu dùng khi mua hàng cân đong."),
    dict(task="II.5.a", status="completed", ind=dict(inspections=1, establishments_inspected=15, violations=3, fines_vnd=7500000, samples_tested=4),
         text="về kiểm tra chất lượng hàng hóa lưu thông. Đoàn kiểm tra liên ngành của phường đã kiểm tra 1 đợt trước Tết Nguyên đán tại 15 cơ sở kinh doanh, lấy 4 mẫu hàng hóa gửi kiểm nghiệm, phát hiện 3 cơ sở vi phạm về nhãn, xử phạt tổng cộng 7.500.000 đồng."),
    dict(task="II.5.c", status="in_progress", ind=dict(instruments_verified=35),
         text="về quản lý đo lường tại chợ. Phường phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 35 cân của tiểu thương chợ Gò Vấp."),
    dict(task="II.3.a", status="completed", ind=dict(participants=2),
         text="về tập huấn. Có 2 công chức được cử dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
  ],
  diff=["Kinh phí kiểm nghiệm mẫu hàng hóa của phường còn hạn chế."],
  prop=["Đề nghị Chi cục hỗ trợ chi phí kiểm nghiệm mẫu khi phường phát hiện hàng hóa nghi vấn."])

R(hand="A", file="tan-phu_bao-cao-tdc.docx", uid="27031", uname="Phường Tân Phú",
  number="356/BC-UBND", date="2026-11-02", signer="Võ Thị Thu Trang", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="completed", ind=dict(communications=20, training_courses=1, participants=60),
         text="về tuyên truyền. Phường đăng tải 20 tin, bài trên các kênh thông tin của phường và tổ chức 1 buổi tọa đàm với 60 hộ kinh doanh về hàng đóng gói sẵn."),
    dict(task="II.2.d", status="in_progress", ind=dict(enterprises_supported=6),
         text="về hỗ trợ doanh nghiệp. Phường đã hướng dẫn 6 doanh nghiệp nhỏ trên địa bàn thủ tục tự công bố sản phẩm và áp dụng mã số, mã vạch."),
    dict(task="II.5.c", status="completed", ind=dict(inspections=2, establishments_inspected=9, violations=1, fines_vnd=2000000),
         text="về kiểm tra theo phân cấp. Phường thực hiện 2 cuộc kiểm tra đo lường tại 9 cửa hàng xăng dầu, phát hiện 1 cửa hàng vi phạm, xử phạt 2.000.000 đồng."),
    dict(task="II.5.d", status="not_applicable", ind={},
         text="về khen thưởng, bảo vệ người tố giác. Nội dung này trong năm không phát sinh trường hợp nào."),
  ],
  diff=["Một số hộ kinh doanh chưa hợp tác khi được kiểm tra.",
        "Phường chưa có cán bộ có chuyên môn về đo lường."],
  prop=["Đề nghị Chi cục cử cán bộ chuyên môn hỗ trợ phường trong các đợt kiểm tra đo lường."])

# ---------------- Hand C: "Số … là …" sentences + "Đã xong hay chưa:" line ----------------
R(hand="C", file="con-dao-bao-cao-ct38.docx", uid="26732", uname="Đặc khu Côn Đảo",
  number="87/BC-UBND", date="2026-10-24", signer="Huỳnh Văn Tâm", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="completed", ind=dict(communications=6, training_courses=1, participants=45),
         title="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
         text="Đặc khu phát thanh trên Đài truyền thanh và đăng trên cổng thông tin. Số tin bài là 6 tin bài. Số hội nghị tuyên truyền cho hộ kinh doanh là 1 hội nghị. Số người tham dự là 45 người."),
    dict(task="II.2.a", status="in_progress", ind=dict(enterprises_supported=3),
         title="Hỗ trợ truy xuất nguồn gốc hải sản",
         text="Đặc khu hướng dẫn các cơ sở chế biến hải sản khô đăng ký tem truy xuất nguồn gốc. Số cơ sở được hướng dẫn là 3 cơ sở."),
    dict(task="II.5.c", status="completed", ind=dict(inspections=2, establishments_inspected=7, violations=1, fines_vnd=1000000),
         title="Kiểm tra đo lường xăng dầu, cân tại chợ",
         text="Phối hợp với Chi cục kiểm tra cửa hàng xăng dầu và chợ Côn Đảo. Số cuộc kiểm tra là 2 cuộc. Số cơ sở được kiểm tra là 7 cơ sở. Số cơ sở vi phạm là 1 cơ sở. Số tiền phạt là 1.000.000 đồng."),
    dict(task="II.3.a", status="not_started", ind={},
         title="Cử công chức đi tập huấn",
         text="Do điều kiện đi lại khó khăn nên đặc khu chưa cử công chức dự lớp tập huấn tại đất liền."),
  ],
  diff=["Việc đi lại giữa đặc khu và đất liền khó khăn, chi phí cao nên công chức khó tham dự tập huấn trực tiếp."],
  prop=["Đề nghị Chi cục tổ chức tập huấn trực tuyến để công chức đặc khu tham dự.",
        "Đề nghị Chi cục bố trí đoàn kiểm định cân ra Côn Đảo ít nhất mỗi năm một lần."])

R(hand="C", file="Can Gio_bao cao KH38.docx", uid="27664", uname="Xã Cần Giờ",
  number="178/BC-UBND", date="2026-10-28", signer="Đỗ Thanh Sơn", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="in_progress", ind=dict(communications=15),
         title="Tuyên truyền",
         text="Xã thực hiện tuyên truyền trên loa truyền thanh các ấp. Số lần phát tin là 15 tin."),
    dict(task="II.5.c", status="in_progress", ind=dict(inspections=3, establishments_inspected=20, violations=2, fines_vnd=4000000, instruments_verified=12),
         title="Kiểm tra đo lường tại chợ, bến cá",
         text="Xã phối hợp với Chi cục kiểm tra cân tại chợ Cần Thạnh và vựa hải sản. Số cuộc kiểm tra là 3 cuộc. Số cơ sở kiểm tra là 20 cơ sở. Số vi phạm là 2 trường hợp. Số tiền phạt là 4.000.000 đồng. Số cân được kiểm định lại là 12 cân."),
    dict(task="II.5.b", status="completed", ind=dict(samples_tested=5),
         title="Phối hợp khảo sát chất lượng",
         text="Xã cử cán bộ đi cùng đoàn của Chi cục lấy mẫu xăng dầu để khảo sát chất lượng. Số mẫu được lấy là 5 mẫu."),
    dict(task="II.5.d", status="not_applicable", ind={},
         title="Xử lý phản ánh, tố giác",
         text="Xã không nhận được phản ánh, tố giác về tiêu chuẩn, đo lường, chất lượng."),
  ],
  diff=["Địa bàn rộng, các vựa hải sản phân tán, dùng nhiều loại cân khác nhau."],
  prop=["Đề nghị Chi cục hỗ trợ xã 1 bộ quả cân chuẩn để kiểm tra nhanh cân tại chợ."])

R(hand="C", file="long-hai-bc-tieu-chuan-do-luong.docx", uid="26662", uname="Xã Long Hải",
  number="140/BC-UBND", date="2026-10-22", signer="Trịnh Văn Hùng", sign_title="CHỦ TỊCH",
  entries=[
    dict(task="II.1.a", status="completed", ind=dict(training_courses=1, participants=52),
         title="Tuyên truyền cho hộ kinh doanh",
         text="Xã tổ chức tuyên truyền về ghi nhãn hàng hóa cho hộ kinh doanh ven biển. Số buổi tuyên truyền là 1 buổi. Số người tham dự là 52 người."),
    dict(task="II.1.b", status="unknown", ind=dict(enterprises_supported=2),
         title="Giải thưởng Chất lượng Quốc gia",
         text="Xã gửi thông báo của Chi cục đến doanh nghiệp. Số doanh nghiệp được hướng dẫn là 2 doanh nghiệp."),
    dict(task="II.5.c", status="completed", ind=dict(inspections=2, establishments_inspected=14, violations=0),
         title="Kiểm tra đo lường tại chợ Long Hải",
         text="Xã kiểm tra việc sử dụng cân tại chợ và các quầy bán hải sản. Số cuộc kiểm tra là 2 cuộc. Số cơ sở kiểm tra là 14 cơ sở. Số vi phạm là 0."),
    dict(task="II.2.đ", status="in_progress", ind={},
         title="Áp dụng ISO tại xã",
         text="Xã đang rà soát, cập nhật lại các quy trình ISO 9001:2015 sau khi hợp nhất các xã cũ."),
    dict(task="II.3.a", status="completed", ind=dict(participants=2),
         title="Tập huấn cho công chức",
         text="Xã cử công chức dự tập huấn do Chi cục tổ chức. Số công chức được cử là 2 người."),
  ],
  diff=["Vào mùa du lịch, số hộ kinh doanh thời vụ tăng mạnh, khó quản lý việc sử dụng cân."],
  prop=["Đề nghị Chi cục tăng cường kiểm tra đột xuất tại chợ Long Hải vào mùa du lịch."])

R(hand="C", file="bau bang - bc ct 38.docx", uid="25822", uname="Xã Bàu Bàng",
  number="64/BC-UBND", date="2026-10-31", signer="Lê Văn Nghĩa", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  entries=[
    dict(task="II.2.d", status="in_progress", ind=dict(enterprises_supported=8),
         title="Hỗ trợ doanh nghiệp trong khu công nghiệp",
         text="Xã phối hợp Ban quản lý khu công nghiệp giới thiệu chương trình hỗ trợ áp dụng hệ thống quản lý chất lượng. Số doanh nghiệp được giới thiệu, hướng dẫn là 8 doanh nghiệp."),
    dict(task="II.5.c", status="in_progress", ind=dict(inspections=1, establishments_inspected=6, violations=1, fines_vnd=5000000),
         title="Kiểm tra xăng dầu",
         text="Xã phối hợp với Chi cục kiểm tra cửa hàng xăng dầu dọc Quốc lộ 13. Số cuộc kiểm tra là 1 cuộc. Số cơ sở kiểm tra là 6 cơ sở. Số cơ sở vi phạm là 1 cơ sở. Số tiền phạt là 5.000.000 đồng."),
    dict(task="II.1.a", status="completed", ind=dict(communications=4),
         title="Tuyên truyền",
         text="Xã đăng tin trên trang thông tin của xã. Số tin bài là 4 tin bài."),
    dict(task="II.3.a", status="not_started", ind={},
         title="Tập huấn cho công chức",
         text="Xã chưa nhận được thư mời tập huấn nên chưa cử công chức tham dự."),
  ],
  diff=["Xã mới thành lập sau sắp xếp, công chức phụ trách kinh tế còn thiếu."],
  prop=["Đề nghị Sở gửi thư mời tập huấn trực tiếp đến địa chỉ mới của UBND xã."])

R(hand="C", file="hoc-mon-bao-cao-attp-9-thang.docx", uid="27559", uname="Xã Hóc Môn",
  number="233/BC-UBND", date="2026-10-20", signer="Nguyễn Văn Lộc", sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  rejected="Báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
  entries=[], diff=[], prop=[])

# ---------------- Hand B: XLSX long rows, status only on first row ----------------
R(hand="B", file="BinhChanh_CT38_2026.xlsx", uid="27637", uname="Xã Bình Chánh",
  number="301/BC-UBND", date="2026-10-27", maker="Phan Thanh Tùng", phone="0908 412 735",
  entries=[
    dict(task="II.1.a", status="in_progress", desc="Tuyên truyền TC-ĐL-CL cho người dân, hộ kinh doanh",
         figs=[("Tin, bài trên trang TTĐT và loa ấp", 10, "communications", "tin"),
               ("Hội nghị tuyên truyền", 1, "training_courses", "hội nghị"),
               ("Người tham dự hội nghị", 75, "participants", "người")]),
    dict(task="II.5.c", status="in_progress", desc="Phối hợp Chi cục kiểm tra đo lường (chợ, xăng dầu)",
         figs=[("Số cuộc kiểm tra", 3, "inspections", "cuộc"),
               ("Cơ sở được kiểm tra", 17, "establishments_inspected", "cơ sở"),
               ("Cơ sở vi phạm", 2, "violations", "cơ sở"),
               ("Tiền phạt", 3500000, "fines_vnd", "đồng")]),
    dict(task="II.3.a", status="completed", desc="Cử công chức dự tập huấn nghiệp vụ",
         figs=[("Công chức tham dự", 2, "participants", "người")]),
    dict(task="II.5.d", status="not_applicable", desc="Tiếp nhận tố giác vi phạm về TC-ĐL-CL", figs=[]),
  ],
  diff=["Chợ tự phát nhiều, khó kiểm soát cân sai.", "Chưa có kinh phí mua quả cân chuẩn."],
  prop=["Đề nghị Chi cục hỗ trợ quả cân chuẩn cho xã.", "Đề nghị tổ chức tập huấn lại cho công chức mới."])

R(hand="B", file="Cu Chi - bieu ket qua CT38.xlsx", uid="27553", uname="Xã Củ Chi",
  number="156/BC-UBND", date="2026-10-29", maker="Nguyễn Thị Kim Loan", phone="0283 879 4412",
  entries=[
    dict(task="II.2.a", status="in_progress", desc="Hướng dẫn HTX, cơ sở sản xuất áp dụng truy xuất nguồn gốc",
         figs=[("HTX, cơ sở được hướng dẫn", 7, "enterprises_supported", "cơ sở")]),
    dict(task="II.1.a", status="completed", desc="Tuyên truyền về nhãn hàng hóa, đo lường",
         figs=[("Tài liệu, tờ rơi phát cho các ấp", 300, "communications", "tờ")]),
    dict(task="II.5.c", status="completed", desc="Kiểm tra cân tại chợ Củ Chi",
         figs=[("Số cuộc kiểm tra", 2, "inspections", "cuộc"),
               ("Cơ sở được kiểm tra", 25, "establishments_inspected", "cơ sở"),
               ("Cân được kiểm định", 40, "instruments_verified", "chiếc")]),
    dict(task="II.2.đ", status="completed", desc="Duy trì ISO 9001:2015 tại UBND xã", figs=[]),
    dict(task="II.3.a", status="not_started", desc="Tập huấn nghiệp vụ cho công chức", figs=[]),
  ],
  diff=["Nhiều sản phẩm nông nghiệp của HTX chưa có mã số, mã vạch."],
  prop=["Đề nghị Sở hỗ trợ kinh phí cấp mã số, mã vạch cho HTX."])

R(hand="B", file="xuyen-moc-ct38.xlsx", uid="26632", uname="Xã Xuyên Mộc",
  number="92/BC-UBND", date="2026-10-23", maker="Hồ Văn Thắng", phone="0937 225 601",
  entries=[
    dict(task="II.1.a", status="in_progress", desc="Tuyên truyền trên loa, Zalo các ấp",
         figs=[("Tin tuyên truyền", 8, "communications", "tin")]),
    dict(task="II.5.c", status="in_progress", desc="Kiểm tra đo lường cửa hàng xăng dầu, chợ",
         figs=[("Số cuộc", 2, "inspections", "cuộc"),
               ("Cơ sở được kiểm tra", 10, "establishments_inspected", "cơ sở"),
               ("Vi phạm", 1, "violations", "cơ sở"),
               ("Tiền phạt", 2500000, "fines_vnd", "đồng")]),
    dict(task="II.5.b", status="completed", desc="Đi cùng đoàn Chi cục lấy mẫu khảo sát xăng dầu",
         figs=[("Mẫu lấy khảo sát", 3, "samples_tested", "mẫu")]),
    dict(task="II.1.b", status="not_applicable", desc="Vận động DN tham dự Giải thưởng CLQG", figs=[]),
  ],
  diff=["Địa bàn xã rộng, cửa hàng xăng dầu nằm rải rác."],
  prop=["Đề nghị Chi cục thông báo lịch kiểm tra sớm để xã bố trí người phối hợp."])

R(hand="B", file="PhuGiao_BC_giam_ngheo_2026.xlsx", uid="25858", uname="Xã Phú Giáo",
  number="118/BC-UBND", date="2026-10-21", maker="Trần Thị Bích Ngọc", phone="0274 367 2290",
  rejected="Báo cáo kết quả thực hiện chương trình giảm nghèo bền vững năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
  entries=[], diff=[], prop=[])

# ---------------- Hand D: XLSX one row per task, "Xong (T5)" progress ----------------
R(hand="D", file="TDM-tien-do-CT38.xlsx", uid="25747", uname="Phường Thủ Dầu Một",
  number="275/BC-UBND", date="2026-10-28",
  entries=[
    dict(task="II.1.a", status="completed", prog="Xong (T4)", desc="Hội nghị tuyên truyền TC-ĐL-CL cho hộ kinh doanh chợ Thủ Dầu Một",
         res="1 hội nghị, 95 người dự", ind=dict(training_courses=1, participants=95)),
    dict(task="II.5.c", status="in_progress", prog="Đang làm – dự kiến xong T12", desc="Kiểm tra đo lường tại chợ, cửa hàng vàng bạc theo phân cấp",
         res="3 cuộc, 21 cơ sở, 2 vi phạm, phạt 6.000.000đ", ind=dict(inspections=3, establishments_inspected=21, violations=2, fines_vnd=6000000)),
    dict(task="II.2.d", status="in_progress", prog="Đang làm", desc="Giới thiệu DN tham gia chương trình năng suất chất lượng",
         res="4 doanh nghiệp", ind=dict(enterprises_supported=4)),
    dict(task="II.3.a", status="completed", prog="Xong (T5)", desc="Cử công chức dự tập huấn của Chi cục",
         res="3 người", ind=dict(participants=3)),
    dict(task="II.5.d", status="not_applicable", prog="Không có việc", desc="Tiếp nhận, xử lý tố giác vi phạm", res="", ind={}),
  ],
  diff=["Cân đối chứng tại chợ đã hư hỏng, chưa được thay mới."],
  prop=["Đề nghị Chi cục hỗ trợ thay mới cân đối chứng tại chợ Thủ Dầu Một."])

R(hand="D", file="Di An - KQ thuc hien CT38.xlsx", uid="25942", uname="Phường Dĩ An", resave=True,
  number=None, date="2026-10-30",
  entries=[
    dict(task="II.1.a", status="in_progress", prog="Đang làm", desc="Tuyên truyền trên trang thông tin phường, nhóm Zalo khu phố",
         res="14 tin bài", ind=dict(communications=14)),
    dict(task="II.5.a", status="completed", prog="Xong (T2)", desc="Đoàn liên ngành kiểm tra hàng hóa dịp Tết",
         res="1 đợt, 12 cơ sở, 2 cơ sở vi phạm nhãn, phạt 4.000.000đ", ind=dict(inspections=1, establishments_inspected=12, violations=2, fines_vnd=4000000)),
    dict(task="II.5.c", status="in_progress", prog="Đang làm – còn đợt T11", desc="Phối hợp kiểm định cân tại chợ Dĩ An",
         res="48 cân", ind=dict(instruments_verified=48)),
    dict(task="II.2.đ", status="not_started", prog="Chưa làm", desc="Xây dựng lại ISO 9001:2015 sau sáp nhập", res="", ind={}),
  ],
  diff=["Chưa có kinh phí thuê tư vấn xây dựng lại hệ thống ISO."],
  prop=["Đề nghị Thành phố bố trí kinh phí xây dựng ISO cho các phường sau sắp xếp."])

R(hand="D", file="thu-duc_ct38_bao-cao.xlsx", uid="26824", uname="Phường Thủ Đức",
  number="512/BC-UBND", date="2026-11-03",
  entries=[
    dict(task="II.1.a", status="completed", prog="Xong (T6)", desc="Tọa đàm với tiểu thương về đo lường trong mua bán",
         res="1 buổi, 70 người", ind=dict(training_courses=1, participants=70)),
    dict(task="II.5.c", status="completed", prog="Xong (T9)", desc="Kiểm tra xăng dầu trên địa bàn",
         res="2 cuộc, 8 cửa hàng, không vi phạm", ind=dict(inspections=2, establishments_inspected=8)),
    dict(task="II.5.b", status="completed", prog="Xong (T9)", desc="Phối hợp lấy mẫu xăng dầu khảo sát chất lượng",
         res="6 mẫu", ind=dict(samples_tested=6)),
    dict(task="II.2.a", status="unknown", prog="", desc="Hướng dẫn cơ sở dùng tem truy xuất nguồn gốc",
         res="2 cơ sở", ind=dict(enterprises_supported=2)),
    dict(task="II.3.a", status="in_progress", prog="Đang làm", desc="Công chức tự học, tham dự tập huấn trực tuyến",
         res="", ind={}),
  ],
  diff=["Nhiều cửa hàng xăng dầu nhỏ lẻ đổi chủ, khó cập nhật danh sách."],
  prop=["Đề nghị Chi cục chia sẻ danh sách cửa hàng xăng dầu đã được kiểm tra trên địa bàn."])
