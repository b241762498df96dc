# -*- coding: utf-8 -*-
# Report contents for set240. Each item: task, st (contract status), self (unit's own words), res (written result), ind (keyed figures)
def kkA(k, p): return f"{k}, nên {p}."
def kkE(k, p): return f"{k} nên {p}."
def kkC(k, p): return f"{k}; vì vậy, {p}."
def kkB(k, p): return f"{k} => nên {p}"
def kkD(k, p): return f"{k}, nên {p}."

INTRO_W = ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026; Ủy ban nhân dân phường báo cáo kết quả thực hiện như sau:"]

REPORTS = []
# ================= Hand A : ward economics officer, DOCX three-column table ====================
REPORTS.append(("26542-bc-ct38-2026.docx", "A", dict(
 uid="26542", uname="Phường Phước Thắng", num="318/BC-UBND", iso="2026-10-27",
 place_date="Phước Thắng, ngày 27 tháng 10 năm 2026", officer="Người soạn: Lê Thị Mỹ Duyên – CC Kinh tế",
 title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
 intro=INTRO_W, signer="Trần Văn Lợi", kkfmt=kkA,
 closing="Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân phường./.",
 items=[
  dict(task="II.1.a", st="completed", self="Hoàn thành",
       res="Phối hợp Chi cục TĐC tổ chức 01 buổi phổ biến văn bản pháp luật về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Phước Thắng, có 64 lượt người dự; đăng 05 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố.",
       ind={"training_courses": 1, "participants": 64, "communications": 5}),
  dict(task="II.3.a", st="completed", self="Hoàn thành",
       res="Cử 02 công chức (Kinh tế, Văn phòng) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về TĐC do Chi cục tổ chức tháng 6/2026.",
       ind={"participants": 2}),
  dict(task="II.5.c", st="in_progress", self="Đang thực hiện",
       res="Tổ kiểm tra liên ngành phường kiểm tra 04 cuộc về đo lường, ghi nhãn tại chợ và cửa hàng xăng dầu; kiểm tra 27 cơ sở, phát hiện 03 cơ sở vi phạm (cân không đạt yêu cầu, thiếu nhãn phụ), xử phạt 7.500.000 đồng. Quý IV tiếp tục kiểm tra tại các điểm bán gas.",
       ind={"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 7500000}),
  dict(task="II.2.đ", st="completed", self="Hoàn thành",
       res="Duy trì, cập nhật hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường; ban hành mới 06 quy trình theo danh mục thủ tục hành chính sau sắp xếp.",
       ind={}),
  dict(task="II.5.d", st="not_applicable", self="Không phát sinh",
       res="Trong kỳ không có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn.", ind={}),
 ],
 kkdx=[("Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường",
        "đề nghị Chi cục TĐC mở thêm lớp bồi dưỡng ngắn ngày cho công chức phường"),
       ("Phường chưa có cân đối chứng đặt tại chợ Phước Thắng",
        "đề nghị Sở hỗ trợ trang bị 01 cân đối chứng cho chợ")],
), "extracted", None))

REPORTS.append(("27154_BaoCao_CT38.docx", "A", dict(
 uid="27154", uname="Phường Bàn Cờ", num="452/BC-UBND", iso="2026-11-03",
 place_date="Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", officer="CV: Phạm Ngọc Hân",
 title="Về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu từ 01/01/2026 đến 31/10/2026)",
 intro=INTRO_W, signer="Võ Thị Thanh Trúc", kkfmt=kkA,
 closing="Ủy ban nhân dân phường kính báo cáo./.",
 items=[
  dict(task="II.1.a", st="completed", self="Đã hoàn thành",
       res="Lồng ghép tuyên truyền tại 09 cuộc họp khu phố; phát hành 353 tài liệu tuyên truyền (350 tờ rơi về ghi nhãn hàng hóa, đo lường trong kinh doanh và 03 tin trên Fanpage phường).",
       ind={"communications": 353}),
  dict(task="II.1.b", st="completed", self="Đã hoàn thành",
       res="Gửi thông báo, hướng dẫn 12 doanh nghiệp trên địa bàn về điều kiện tham dự Giải thưởng Chất lượng Quốc gia năm 2026.",
       ind={"enterprises_supported": 12}),
  dict(task="II.5.c", st="in_progress", self="Đang thực hiện",
       res="Phối hợp Chi cục TĐC kiểm tra 03 cuộc (02 cuộc đối với cửa hàng vàng bạc, 01 cuộc đối với cửa hàng xăng dầu); tổng số cơ sở được kiểm tra: 15; chưa phát hiện vi phạm.",
       ind={"inspections": 3, "establishments_inspected": 15}),
  dict(task="II.3.a", st="not_started", self="Chưa thực hiện",
       res="Chưa cử được cán bộ tham dự lớp cập nhật kiến thức do trùng lịch tiếp nhận hồ sơ; dự kiến tham gia đợt tháng 12/2026.", ind={}),
 ],
 kkdx=[("Số lượng hộ kinh doanh nhỏ lẻ lớn, thay đổi địa điểm thường xuyên nên khó quản lý",
        "đề nghị Chi cục TĐC cung cấp danh sách cơ sở đã được kiểm định phương tiện đo trên địa bàn")],
), "extracted", None))

REPORTS.append(("27367 - Binh Tay - BC chi thi 38.docx", "A", dict(
 uid="27367", uname="Phường Bình Tây", num="207/BC-UBND", iso="2026-10-30",
 place_date="Bình Tây, ngày 30 tháng 10 năm 2026", officer="Nguyễn Hữu Phước",
 title="Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
 intro=INTRO_W, signer="Huỳnh Công Danh", kkfmt=kkA, lo=True,
 closing="Trên đây là báo cáo của Ủy ban nhân dân phường./.",
 items=[
  dict(task="II.5.c", st="in_progress", self="Đang thực hiện",
       res="Kiểm tra đo lường tại chợ Bình Tây và chợ Bình Tiên: 06 cuộc, 48 cơ sở (quầy sạp), lập biên bản 05 trường hợp vi phạm, phạt tiền 12,5 triệu đồng; tạm giữ 07 cân không đạt yêu cầu.",
       ind={"inspections": 6, "establishments_inspected": 48, "violations": 5, "fines_vnd": 12500000}),
  dict(task="II.1.a", st="completed", self="Hoàn thành",
       res="Phát thanh 20 lượt nội dung tuyên truyền về cân đúng, cân đủ tại các chợ; phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa cho 85 hộ kinh doanh.",
       ind={"communications": 20, "training_courses": 1, "participants": 85}),
  dict(task="II.2.đ", st="in_progress", self="Đang thực hiện",
       res="Đang rà soát, điều chỉnh hệ thống tài liệu ISO 9001:2015 theo bộ thủ tục hành chính mới; dự kiến công bố lại trong tháng 12/2026.", ind={}),
  dict(task="II.2.d", st="completed", self="Hoàn thành",
       res="Hướng dẫn 08 cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn thực hiện tự công bố sản phẩm và ghi nhãn theo quy định.",
       ind={"enterprises_supported": 8}),
 ],
 kkdx=[("Kinh phí mua sắm cân đối chứng và in tài liệu tuyên truyền chưa được bố trí riêng",
        "đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu, tờ rơi mẫu để phường in ấn phát hành"),
       ("Lực lượng kiểm tra mỏng, chủ yếu kiêm nhiệm",
        "đề nghị Chi cục TĐC tiếp tục cử cán bộ phối hợp trong các đợt kiểm tra cao điểm cuối năm")],
), "extracted", None))

REPORTS.append(("26983_bao cao.docx", "A", dict(
 uid="26983", uname="Phường Bảy Hiền", num="389/BC-UBND", iso="2026-10-29",
 place_date="Bảy Hiền, ngày 29 tháng 10 năm 2026", officer="Lâm Thị Kiều Oanh",
 title="Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 trên địa bàn phường", hdr="UBND Phường Bảy Hiền – Báo cáo chuyển đổi số năm 2026",
 intro=["Thực hiện Kế hoạch chuyển đổi số của Ủy ban nhân dân Thành phố năm 2026; Ủy ban nhân dân phường báo cáo kết quả thực hiện như sau:"],
 signer="Đỗ Minh Quân", kkfmt=kkA,
 closing="Trên đây là báo cáo kết quả chuyển đổi số năm 2026 của Ủy ban nhân dân phường./.",
 items=[
  dict(task="", st="unknown", self="Hoàn thành", plan="Phát triển hạ tầng số, bảo đảm 100% cán bộ, công chức được trang bị máy tính kết nối mạng…",
       res="Đã trang bị bổ sung 14 máy tính, nâng cấp đường truyền cáp quang cho bộ phận một cửa."),
  dict(task="", st="unknown", self="Đang thực hiện", plan="Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình…",
       res="Đạt 87,4% hồ sơ trực tuyến toàn trình; 100% hồ sơ được số hóa kết quả."),
  dict(task="", st="unknown", self="Hoàn thành", plan="Phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng…",
       res="Thành lập 12 Tổ công nghệ số cộng đồng tại khu phố; hướng dẫn 2.150 lượt người dân cài đặt VNeID."),
 ],
 kkdx=[("Thiết bị tại bộ phận một cửa xuống cấp", "đề nghị Thành phố bố trí kinh phí thay thế")],
), "rejected", "Báo cáo về chuyển đổi số của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng)."))

# ================= Hand B : commune clerk, XLSX with "Tính đến ngày" column ====================
REPORTS.append(("Ngai Giao_BC CT38_2026.xlsx", "B", dict(
 uid="26575", uname="Xã Ngãi Giao", num="146/BC-UBND", iso="2026-10-26",
 place_date="Ngãi Giao, ngày 26 tháng 10 năm 2026", sub="(Kèm theo Báo cáo số 146/BC-UBND ngày 26/10/2026 của UBND xã)",
 asof="31/10/2026", officer="Bùi Thị Thu Sương", signrole="PHÓ CHỦ TỊCH", signer="Nguyễn Văn Hiếu", kkfmt=kkB,
 items=[
  dict(task="II.1.a", st="completed", self="Đã xong việc", asof="30/9/2026",
       res="Phát thanh trên loa truyền thanh xã vào sáng thứ Hai hằng tuần; đăng 04 tin bài trên trang TTĐT xã về ghi nhãn, đo lường.",
       ind={"communications": 4}),
  dict(task="II.5.c", st="in_progress", self="Còn tiếp tục", asof="20/10/2026",
       res="Phối hợp Đội QLTT và Chi cục TĐC kiểm tra 03 cuộc tại chợ Ngãi Giao, đại lý phân bón; 19 cơ sở được kiểm tra; 02 cơ sở vi phạm; xử phạt 3.500.000đ.",
       ind={"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 3500000}),
  dict(task="II.3.a", st="completed", self="Đã xong việc", asof="15/7/2026",
       res="01 công chức Kinh tế tham gia tập huấn trực tuyến do Chi cục TĐC tổ chức.",
       ind={"participants": 1}),
  dict(task="II.2.d", st="not_applicable", self="Không phát sinh việc", asof="20/10/2026",
       res="Trong kỳ không có doanh nghiệp, HTX đề nghị hỗ trợ xây dựng hệ thống quản lý chất lượng.", ind={}),
 ],
 kkdx=[("Xã chưa có cán bộ chuyên trách lĩnh vực TĐC, công chức Kinh tế kiêm nhiệm", "đề nghị Chi cục hướng dẫn quy trình kiểm tra đo lường tại chợ bằng văn bản cụ thể"),
       ("Hộ kinh doanh tại chợ chủ yếu dùng cân đồng hồ cũ", "đề nghị tổ chức kiểm định lưu động tại chợ xã")],
), "extracted", None))

REPORTS.append(("BauBang_CT38.xlsx", "B", dict(
 uid="25822", uname="Xã Bàu Bàng", num="233/BC-UBND", iso="2026-11-02",
 place_date="Bàu Bàng, ngày 02 tháng 11 năm 2026", sub="(Số liệu từ ngày 01/01/2026 đến ngày 31/10/2026)",
 asof="31/10/2026", officer="Trịnh Quốc Khánh", signrole="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", signer="Lê Thị Ngọc Bích", kkfmt=kkB, lo=True,
 items=[
  dict(task="II.1.b", st="completed", self="Đã xong việc", asof="30/6/2026",
       res="Hướng dẫn 06 doanh nghiệp trong khu công nghiệp Bàu Bàng tìm hiểu hồ sơ tham dự Giải thưởng Chất lượng Quốc gia.",
       ind={"enterprises_supported": 6}),
  dict(task="II.2.d", st="in_progress", self="Còn tiếp tục",
       res="Phối hợp Chi cục TĐC hỗ trợ 06 đơn vị (04 doanh nghiệp áp dụng ISO 9001, 02 HTX nông nghiệp áp dụng truy xuất nguồn gốc).",
       ind={"enterprises_supported": 6}),
  dict(task="II.5.c", st="in_progress", self="Còn tiếp tục",
       res="Kiểm tra 05 cuộc đối với cửa hàng xăng dầu, cơ sở kinh doanh LPG; 22 cơ sở; 01 cơ sở vi phạm về đo lường, phạt 5.000.000đ.",
       ind={"inspections": 5, "establishments_inspected": 22, "violations": 1, "fines_vnd": 5000000}),
  dict(task="II.2.đ", st="completed", self="Đã xong việc", asof="30/9/2026",
       res="Công bố lại HTQLCL theo TCVN ISO 9001:2015 tại UBND xã sau sáp nhập.", ind={}),
  dict(task="II.5.d", st="not_applicable", self="Không phát sinh việc",
       res="Không có đơn thư tố giác.", ind={}),
 ],
 kkdx=[("Nhiều doanh nghiệp FDI trong khu công nghiệp không thuộc thẩm quyền quản lý của xã", "đề nghị Chi cục TĐC chia sẻ thông tin các đợt kiểm tra tại khu công nghiệp để xã phối hợp")],
), "extracted", None))

REPORTS.append(("xa Binh Khanh - bieu CT38.xlsx", "B", dict(
 uid="27667", uname="Xã Bình Khánh", num="98/BC-UBND", iso="2026-10-28",
 place_date="Bình Khánh, ngày 28 tháng 10 năm 2026", sub="(Kèm theo Báo cáo số 98/BC-UBND của UBND xã Bình Khánh)",
 asof="25/10/2026", officer="Võ Hoàng Nam", signrole="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", signer="Phan Thị Mai", kkfmt=kkB,
 items=[
  dict(task="II.5.c", st="in_progress", self="Còn tiếp tục",
       res="Kiểm tra 02 cuộc tại chợ Bình Khánh và bến phà; 11 cơ sở; chưa phát hiện vi phạm, nhắc nhở 03 hộ về cân.",
       ind={"inspections": 2, "establishments_inspected": 11}),
  dict(task="II.1.a", st="completed", self="Đã xong việc",
       res="Phát 200 tờ rơi hướng dẫn ghi nhãn hàng hóa cho hộ kinh doanh hải sản khô.",
       ind={"communications": 200}),
  dict(task="II.3.a", st="not_started", self="Chưa làm",
       res="Chưa cử cán bộ do chưa nhận được thông báo chiêu sinh.", ind={}),
 ],
 kkdx=[("Địa bàn xã rộng, đi lại bằng phà mất thời gian", "đề nghị Chi cục TĐC bố trí lịch kiểm tra phối hợp cố định theo quý"),
       ("Xã chưa được tập huấn nghiệp vụ", "đề nghị gửi thông báo chiêu sinh trực tiếp về UBND xã")],
), "extracted", None))

# ================= Hand E : ward office, DOCX run-in paragraphs with "— tự đánh giá:" ====================
INTRO_E = ["Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, UBND phường báo cáo như sau:"]
REPORTS.append(("25978_ThuanAn_BC38.docx", "E", dict(
 uid="25978", uname="Phường Thuận An", num="512/BC-UBND", iso="2026-10-31",
 place_date="Thuận An, ngày 31 tháng 10 năm 2026", title="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
 intro=INTRO_E, signer="Ngô Thanh Tùng", kkfmt=kkE,
 closing="UBND phường Thuận An báo cáo Sở Khoa học và Công nghệ (qua Chi cục TĐC) tổng hợp./.",
 items=[
  dict(task="II.1.a", short="Tuyên truyền", st="completed", self="đạt, đã xong.",
       res="Phường đăng 07 tin, bài; treo băng rôn tại chợ Lái Thiêu; tổ chức 02 buổi nói chuyện chuyên đề cho tiểu thương với 120 người tham dự.",
       ind={"communications": 7, "training_courses": 2, "participants": 120}),
  dict(task="II.5.c", short="Kiểm tra theo phân cấp", st="in_progress", self="đạt một phần, còn đang làm.",
       res="Đã kiểm tra 07 cuộc; 36 cơ sở kinh doanh vàng bạc, xăng dầu, gas; xử lý 04 cơ sở vi phạm với số tiền 18.000.000 đồng.",
       ind={"inspections": 7, "establishments_inspected": 36, "violations": 4, "fines_vnd": 18000000}),
  dict(task="II.2.d", short="Hỗ trợ doanh nghiệp", st="completed", self="đạt, đã xong.",
       res="Giới thiệu 05 doanh nghiệp chế biến gỗ tham gia chương trình hỗ trợ năng suất chất lượng của Chi cục.",
       ind={"enterprises_supported": 5}),
  dict(task="II.3.a", short="Cán bộ đi tập huấn", st="completed", self="đạt, đã xong.",
       res="03 công chức dự lớp tập huấn của Chi cục TĐC ngày 18/6/2026.", ind={"participants": 3}),
 ],
 kkdx=[("Quy định xử phạt trong lĩnh vực đo lường có nhiều điểm mới, cán bộ còn lúng túng khi lập biên bản", "đề nghị Chi cục ban hành mẫu biên bản và hướng dẫn áp dụng thống nhất")],
), "extracted", None))

REPORTS.append(("BC 38 phuong Phu Dinh.docx", "E", dict(
 uid="27427", uname="Phường Phú Định", num="276/BC-UBND", iso="2026-11-04",
 place_date="Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026", title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
 intro=INTRO_E, signer="Trương Quang Vinh", kkfmt=kkE, chair=True,
 closing="Trên đây là báo cáo của UBND phường./.",
 items=[
  dict(task="II.5.c", short="Phối hợp kiểm tra đo lường, chất lượng", st="in_progress", self="đang làm, chưa xong.",
       res="Từ đầu năm đến nay kiểm tra 05 cuộc, 31 cơ sở; 02 trường hợp vi phạm; phạt 4,2 triệu đồng.",
       ind={"inspections": 5, "establishments_inspected": 31, "violations": 2, "fines_vnd": 4200000}),
  dict(task="II.1.a", short="Tuyên truyền, phổ biến", st="completed", self="đạt, đã xong.",
       res="Đăng 06 tin trên trang thông tin điện tử phường; phát tờ gấp (in từ tài liệu của Chi cục) tại chợ Phú Định.", ind={"communications": 6}),
  dict(task="II.5.d", short="Khen thưởng, bảo vệ người tố giác", st="not_applicable", self="không có phát sinh.",
       res="Chưa ghi nhận trường hợp tố giác.", ind={}),
  dict(task="II.2.đ", short="ISO hành chính", st="completed", self="đạt, đã xong.",
       res="Duy trì, cải tiến HTQLCL; đánh giá nội bộ 01 lần vào tháng 8/2026.", ind={}),
 ],
 kkdx=[("Phường chưa có kinh phí riêng cho hoạt động kiểm tra đo lường", "đề nghị Thành phố xem xét bố trí kinh phí từ nguồn sự nghiệp khoa học cho phường")],
), "extracted", None))

REPORTS.append(("27544-BinhMy-KQ CT38.docx", "E", dict(
 uid="27544", uname="Xã Bình Mỹ", num="164/BC-UBND", iso="2026-10-29",
 place_date="Bình Mỹ, ngày 29 tháng 10 năm 2026", title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã",
 intro=["Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND xã báo cáo như sau:"],
 signer="Lý Văn Thành", kkfmt=kkE,
 closing="UBND xã Bình Mỹ kính báo cáo./.",
 items=[
  dict(task="II.2.d", short="Hỗ trợ HTX, doanh nghiệp", st="in_progress", self="đang làm.",
       res="Hỗ trợ 03 HTX rau an toàn đăng ký mã số mã vạch, xây dựng tiêu chuẩn cơ sở; đang hướng dẫn thêm 02 cơ sở.",
       ind={"enterprises_supported": 3}),
  dict(task="II.5.c", short="Kiểm tra đo lường tại chợ", st="in_progress", self="đang làm.",
       res="Phối hợp kiểm tra 02 cuộc, 14 cơ sở, 01 cơ sở vi phạm, phạt 1.500.000 đồng.",
       ind={"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 1500000}),
  dict(task="II.3.a", short="Tập huấn cán bộ", st="completed", self="đạt, đã xong.",
       res="Cử 02 cán bộ dự tập huấn do Chi cục TĐC tổ chức.", ind={"participants": 2}),
 ],
 kkdx=[("HTX nhỏ, thiếu kinh phí đăng ký mã số mã vạch", "đề nghị Sở có chính sách hỗ trợ phí cấp mã số mã vạch cho HTX nông nghiệp")],
), "extracted", None))

# ================= Hand C : department, DOCX công văn with «…» triples ====================
REPORTS.append(("SoCongThuong_CV_CT38.docx", "C", dict(
 uid="SO-CT", uname="Sở Công Thương", num="7841/SCT-QLTM", iso="2026-10-28", ab="QLTM",
 place_date="Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
 vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", to="Sở Khoa học và Công nghệ",
 intro=["Phúc đáp văn bản đề nghị báo cáo của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả thực hiện các nội dung có liên quan như sau:"],
 signer="Nguyễn Phương Đông", kkfmt=kkC,
 closing=["Sở Công Thương kính gửi Sở Khoa học và Công nghệ tổng hợp./."],
 items=[
  dict(task="II.5.a", st="in_progress", self="Đang thực hiện theo kế hoạch kiểm tra năm 2026.",
       res="Sở đã tổ chức 11 cuộc kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng, vật liệu nổ công nghiệp; kiểm tra 68 cơ sở, phát hiện 09 cơ sở vi phạm, xử phạt 214.500.000 đồng; lấy 42 mẫu xăng dầu gửi thử nghiệm.",
       ind={"inspections": 11, "establishments_inspected": 68, "violations": 9, "fines_vnd": 214500000, "samples_tested": 42}),
  dict(task="II.2.e", st="completed", self="Hoàn thành.",
       res="Sở đã góp ý 04 dự thảo QCVN thuộc lĩnh vực công nghiệp (an toàn điện, hóa chất) theo đề nghị của Bộ Công Thương.",
       ind={"standards_reviewed": 4}),
  dict(task="II.6.a", st="completed", self="Hoàn thành.",
       res="Cập nhật, phổ biến các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA; tổ chức 02 hội thảo cho doanh nghiệp xuất khẩu với 260 đại biểu.",
       ind={"training_courses": 2, "participants": 260}),
  dict(task="II.2.đ", st="completed", self="Hoàn thành.",
       res="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở; đánh giá nội bộ, xem xét của lãnh đạo trong tháng 9/2026.", ind={}),
 ],
 kkdx=[("Việc lấy mẫu xăng dầu phụ thuộc phòng thử nghiệm được chỉ định, thời gian trả kết quả dài",
        "đề nghị Sở Khoa học và Công nghệ xem xét chỉ định thêm tổ chức thử nghiệm trên địa bàn Thành phố")],
), "extracted", None))

REPORTS.append(("SoNNMT-7/BC-CT38-2026.docx".replace("/", "_"), "C", dict(
 uid="SO-NNMT", uname="Sở Nông nghiệp và Môi trường", num="5126/SNNMT-CCCL", iso="2026-11-05", ab="CCCL",
 place_date="Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", lo=True,
 vv="V/v kết quả thực hiện Chỉ thị 38-CT/TW năm 2026", to="Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)",
 intro=["Sở Nông nghiệp và Môi trường nhận được văn bản của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả năm 2026. Sở báo cáo các nội dung được giao phối hợp như sau:"],
 signer="Phạm Thị Hồng Nhung", kkfmt=kkC,
 closing=["Trân trọng./."],
 items=[
  dict(task="II.5.a", st="in_progress", self="Đang thực hiện, dự kiến hoàn thành trong tháng 12/2026.",
       res="Kiểm tra 08 cuộc đối với cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; 54 cơ sở được kiểm tra; 06 cơ sở vi phạm; phạt 96,5 triệu đồng; lấy 37 mẫu phân bón, thức ăn chăn nuôi để kiểm tra chất lượng.",
       ind={"inspections": 8, "establishments_inspected": 54, "violations": 6, "fines_vnd": 96500000, "samples_tested": 37}),
  dict(task="II.2.e", st="completed", self="Hoàn thành.",
       res="Tham gia 04 tiêu chuẩn, quy chuẩn (góp ý 03 dự thảo TCVN, QCVN về phân bón và giống cây trồng; xây dựng 01 tiêu chuẩn cơ sở về quy trình sản xuất rau an toàn).",
       ind={"standards_reviewed": 4}),
  dict(task="II.2.d", st="completed", self="Hoàn thành.",
       res="Hỗ trợ 17 hợp tác xã, doanh nghiệp nông nghiệp áp dụng VietGAP và hệ thống truy xuất nguồn gốc.",
       ind={"enterprises_supported": 17}),
  dict(task="II.3.a", st="completed", self="Hoàn thành.",
       res="Cử 05 công chức tham dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.",
       ind={"participants": 5}),
 ],
 kkdx=[("Kinh phí lấy mẫu kiểm tra chất lượng vật tư nông nghiệp còn hạn chế",
        "đề nghị bổ sung kinh phí lấy mẫu trong dự toán năm 2027"),
       ("Một số TCVN về phân bón chưa được cập nhật kịp thời",
        "đề nghị Chi cục TĐC thông tin danh mục tiêu chuẩn mới ban hành định kỳ hằng quý")],
), "extracted", None))

REPORTS.append(("SYT_baocao_2026.docx", "C", dict(
 uid="SO-YT", uname="Sở Y tế", num="9014/SYT-VP", iso="2026-10-30", ab="VP",
 place_date="Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
 vv="V/v báo cáo kết quả công tác cải cách hành chính năm 2026", to="Sở Nội vụ",
 intro=["Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Y tế báo cáo kết quả như sau:"],
 signer="Tăng Chí Thượng", kkfmt=kkC,
 closing=["Sở Y tế kính báo cáo./."],
 items=[
  dict(task="", st="unknown", self="Hoàn thành.", plan="Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết…",
       res="Đã rà soát 126 thủ tục hành chính, đề xuất đơn giản hóa 18 thủ tục."),
  dict(task="", st="unknown", self="Đang thực hiện.", plan="Cải cách chế độ công vụ, nâng cao kỷ luật, kỷ cương hành chính…",
       res="Tổ chức 04 đợt kiểm tra công vụ tại các đơn vị trực thuộc."),
  dict(task="", st="unknown", self="Hoàn thành.", plan="Xây dựng, phát triển Chính quyền số…",
       res="Tỷ lệ hồ sơ trực tuyến toàn trình đạt 92%."),
 ],
 kkdx=[("Khối lượng thủ tục lớn", "đề nghị Sở Nội vụ tổ chức tập huấn")],
), "rejected", "Công văn báo cáo kết quả cải cách hành chính gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW."))

# ================= Hand D : department, XLSX phụ lục with "Số liệu" and "Minh chứng" ====================
REPORTS.append(("SoGDDT_PL_CT38_2026.xlsx", "D", dict(
 uid="SO-GDDT", uname="Sở Giáo dục và Đào tạo", num="6620/SGDĐT-KHTC", iso="2026-10-29",
 datetext="ngày 29/10/2026", div="PHÒNG KẾ HOẠCH – TÀI CHÍNH", officer="Đặng Minh Khoa", signrole="KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC", signer="Nguyễn Bảo Quốc", kkfmt=kkD,
 items=[
  dict(task="II.3.d", st="in_progress", self="Đang triển khai",
       res="Phối hợp Chi cục TĐC tổ chức chuyên đề về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho giáo viên và học sinh các trường trung cấp, cao đẳng trực thuộc.",
       nums="03 chuyên đề; 410 lượt học viên", mc="KH 1123/KH-SGDĐT ngày 14/5/2026",
       ind={"training_courses": 3, "participants": 410}),
  dict(task="II.2.đ", st="completed", self="Đã hoàn thành",
       res="Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở; cập nhật 09 quy trình nội bộ.",
       nums="09 quy trình", mc="QĐ 2045/QĐ-SGDĐT ngày 10/8/2026", ind={}),
  dict(task="II.1.a", st="completed", self="Đã hoàn thành",
       res="Đăng tin bài tuyên truyền về Ngày Tiêu chuẩn thế giới, Ngày Đo lường Việt Nam trên cổng thông tin ngành giáo dục.",
       nums="06 tin bài", mc="Cổng TTĐT Sở", ind={"communications": 6}),
  dict(task="II.5.d", st="not_applicable", self="Không phát sinh nhiệm vụ",
       res="Không phát sinh.", nums="", mc="", ind={}),
 ],
 kkdx=[("Nội dung tiêu chuẩn, đo lường chưa có trong chương trình đào tạo chính khóa của các trường trung cấp", "đề nghị Sở KH&CN phối hợp biên soạn tài liệu tham khảo dùng chung")],
), "extracted", None))

REPORTS.append(("SXD - phu luc bao cao CT38.xlsx", "D", dict(
 uid="SO-XD", uname="Sở Xây dựng", num="11532/SXD-KTXD", iso="2026-11-02",
 datetext="ngày 02/11/2026", div="PHÒNG KINH TẾ XÂY DỰNG", officer="Hồ Thị Phương Thảo", signrole="TL. GIÁM ĐỐC – TRƯỞNG PHÒNG", signer="Châu Minh Tâm", kkfmt=kkD,
 items=[
  dict(task="II.5.a", st="in_progress", self="Đang triển khai",
       res="Kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính) tại cơ sở sản xuất, kinh doanh trên địa bàn.",
       nums="06 cuộc; 29 cơ sở; 03 cơ sở vi phạm; phạt 45.000.000 đồng; 18 mẫu", mc="QĐ 402/QĐ-SXD ngày 02/3/2026",
       ind={"inspections": 6, "establishments_inspected": 29, "violations": 3, "fines_vnd": 45000000, "samples_tested": 18}),
  dict(task="II.2.e", st="completed", self="Đã hoàn thành",
       res="Góp ý dự thảo QCVN 16:2026/BXD về sản phẩm, hàng hóa vật liệu xây dựng và 02 dự thảo TCVN về bê tông.",
       nums="03 dự thảo", mc="CV 4471/SXD-KTXD; CV 6108/SXD-KTXD", ind={"standards_reviewed": 3}),
  dict(task="II.2.c", st="completed", self="Đã hoàn thành",
       res="Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) đối với nhóm vật liệu xây dựng.",
       nums="", mc="CV 5290/SXD-PC ngày 22/7/2026", ind={}),
  dict(task="II.2.đ", st="completed", self="Đã hoàn thành",
       res="Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015.", nums="", mc="Báo cáo đánh giá nội bộ 2026", ind={}),
 ],
 kkdx=[("Phòng thử nghiệm vật liệu xây dựng đạt chuẩn trên địa bàn chưa nhiều, chi phí thử nghiệm cao", "đề nghị Sở KH&CN giới thiệu danh sách tổ chức thử nghiệm đã được chỉ định"),
       ("Hàng hóa vật liệu xây dựng nhập khẩu thay đổi mã HS thường xuyên", "đề nghị cập nhật hướng dẫn kiểm tra nhà nước về chất lượng hàng nhập khẩu")],
), "extracted", None))

REPORTS.append(("STP_PL_CT38.xlsx", "D", dict(
 uid="SO-TP", uname="Sở Tư pháp", num="4318/STP-VB", iso="2026-10-27",
 datetext="ngày 27/10/2026", div="PHÒNG XÂY DỰNG VÀ KIỂM TRA VĂN BẢN", officer="Kiều Anh Tuấn", signrole="KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC", signer="Trần Thị Bình Minh", kkfmt=kkD,
 items=[
  dict(task="II.2.c", st="completed", self="Đã hoàn thành",
       res="Thẩm định, góp ý dự thảo văn bản quy phạm pháp luật của Thành phố có nội dung về tiêu chuẩn, đo lường, chất lượng.",
       nums="02 dự thảo", mc="BC thẩm định 118/BC-STP; 141/BC-STP", ind={}),
  dict(task="II.1.a", st="completed", self="Đã hoàn thành",
       res="Phối hợp Chi cục TĐC lồng ghép phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) tại hội nghị phổ biến pháp luật cho doanh nghiệp.",
       nums="01 hội nghị; 150 đại biểu", mc="KH 77/KH-STP", ind={"training_courses": 1, "participants": 150}),
  dict(task="II.5.d", st="not_applicable", self="Không phát sinh nhiệm vụ",
       res="Không nhận được tố giác, phản ánh vi phạm thuộc lĩnh vực.", nums="", mc="", ind={}),
 ],
 kkdx=[("Đầu mối theo dõi văn bản lĩnh vực TĐC giữa các sở chưa thống nhất", "đề nghị Sở KH&CN gửi danh sách đầu mối liên hệ tại Chi cục để phối hợp")],
), "extracted", None))
