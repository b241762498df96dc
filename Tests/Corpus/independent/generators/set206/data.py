# -*- coding: utf-8 -*-
# Report contents for set 206. Each entry: task, status, indicators (key), and the
# hand-specific text pieces used by gen.py. Figures in text are typed by hand here.

C, P, N, NA, U = "completed", "in_progress", "not_started", "not_applicable", "unknown"

REPORTS = []

def R(**kw):
    REPORTS.append(kw)
    return kw

# ---------------- Hand A: Chị Ngọc — checklist with one column per state ----------------
R(hand="A", fmt="docx", file="25760-phuong-binh-duong-bc-ct38.docx",
  unit=("25760", "Phường Bình Dương"), head="ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH DƯƠNG",
  number="145/BC-UBND", date="2026-10-28", place="Bình Dương",
  rows=[
    ("II.1.a", C, "☑", {"communications": 12},
     "Tuyên truyền Chỉ thị 38 trên loa phát thanh khu phố, fanpage phường", "12 tin bài"),
    ("II.3.a", C, "x", {"participants": 2, "training_courses": 1},
     "Cử công chức dự tập huấn nghiệp vụ TĐC do Chi cục mở", "01 lớp; 02 công chức"),
    ("II.5.c", C, "✓", {"inspections": 3, "establishments_inspected": 41, "violations": 5, "fines_vnd": 7500000},
     "Phối hợp Chi cục kiểm tra đo lường (cân) tại chợ Thủ Dầu Một", "03 cuộc; 41 cơ sở; 05 vi phạm; phạt 7.500.000đ"),
    ("II.5.a", P, "☑", {"inspections": 2, "establishments_inspected": 9},
     "Kiểm tra cửa hàng xăng dầu trên địa bàn (đoàn liên ngành)", "02 cuộc; 09 cửa hàng"),
    ("II.2.đ", P, "x", {},
     "Duy trì, cải tiến ISO 9001 tại bộ phận một cửa phường", ""),
    ("II.2.d", N, "✓", {},
     "Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng hàng hóa", "—"),
    ("II.5.d", NA, None, {},
     "Tiếp nhận, xử lý tố giác vi phạm về TĐC", "Không phát sinh"),
  ],
  difficulties=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ kinh tế kiêm nhiệm nhiều việc.",
                "Chợ Thủ Dầu Một chưa có cân đối chứng đặt cố định."],
  proposals=["Đề nghị Chi cục TĐC hỗ trợ cân đối chứng cho chợ Thủ Dầu Một.",
             "Đề nghị Sở KH&CN mở thêm lớp tập huấn cho cán bộ các phường mới sắp xếp."],
  signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Thị Bích Ngọc"))

R(hand="A", fmt="xlsx", file="25920-tan-hiep-bieu-ct38.xlsx",
  unit=("25920", "Phường Tân Hiệp"), head="UBND PHƯỜNG TÂN HIỆP",
  number="88/BC-UBND", date="2026-10-30", place="Tân Hiệp",
  rows=[
    ("II.1.a", C, "✓", {"communications": 8}, "Phát thanh, tuyên truyền về đo lường, chất lượng", "08 tin"),
    ("II.3.a", C, "x", {"participants": 3}, "Cán bộ phường dự lớp tập huấn của Chi cục", "03 người"),
    ("II.5.c", P, "✓", {"inspections": 2, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3000000},
     "Phối hợp kiểm tra cân, thước tại chợ Tân Phước Khánh", "02 cuộc; 27 cơ sở; 02 vi phạm; 3 triệu đồng"),
    ("II.5.a", C, "☑", {"inspections": 1, "establishments_inspected": 14},
     "Kiểm tra nhãn hàng hóa dịp Tết", "01 cuộc; 14 cơ sở (không có vi phạm)"),
    ("II.2.đ", C, "☑", {}, "Công bố lại hệ thống ISO của phường", "Đã công bố lại"),
    ("II.5.d", NA, None, {}, "Tiếp nhận tố giác vi phạm", "Không phát sinh"),
  ],
  difficulties=["Kinh phí cho hoạt động kiểm tra đo lường ở phường chưa được bố trí riêng."],
  proposals=["Kiến nghị Chi cục TĐC cử cán bộ hướng dẫn nghiệp vụ kiểm tra cân tại chợ."],
  signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phan Thanh Hà"))

R(hand="A", fmt="docx", file="26656-xa-binh-chau-ct38.docx",
  unit=("26656", "Xã Bình Châu"), head="ỦY BAN NHÂN DÂN\nXÃ BÌNH CHÂU",
  number="54/BC-UBND", date="2026-10-27", place="Bình Châu",
  rows=[
    ("II.1.a", C, "x", {"communications": 6}, "Tuyên truyền trên Đài truyền thanh xã", "06 tin bài"),
    ("II.5.c", C, "☑", {"inspections": 2, "establishments_inspected": 18, "violations": 3, "fines_vnd": 4500000},
     "Kiểm tra cân tại chợ Bình Châu và điểm bán hải sản", "02 cuộc; 18 hộ kinh doanh; 03 vi phạm; 4.500.000 đ"),
    ("II.3.a", P, "✓", {"participants": 1}, "Cử cán bộ dự tập huấn (đợt 2 chưa tổ chức)", "01 người"),
    ("II.2.d", C, "x", {"enterprises_supported": 4}, "Hướng dẫn cơ sở nước mắm công bố tiêu chuẩn cơ sở", "04 cơ sở"),
    ("II.5.a", N, "☑", {}, "Kiểm tra cửa hàng xăng dầu", ""),
  ],
  difficulties=["Địa bàn xã rộng, các điểm kinh doanh phân tán ven biển, đi lại kiểm tra tốn nhiều thời gian."],
  proposals=["Đề nghị Chi cục TĐC cấp tài liệu tuyên truyền in sẵn cho xã."],
  signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Minh Trí"))

R(hand="A", fmt="xlsx", file="26620-ho-tram-checklist.xlsx",
  unit=("26620", "Xã Hồ Tràm"), head="UBND XÃ HỒ TRÀM",
  number="61/BC-UBND", date="2026-10-29", place="Hồ Tràm",
  rows=[
    ("II.1.a", C, "☑", {"communications": 5}, "Tuyên truyền CT38 trên loa, nhóm Zalo ấp", "05 tin"),
    ("II.5.c", P, "x", {"inspections": 1, "establishments_inspected": 12, "violations": 1, "fines_vnd": 1500000},
     "Phối hợp kiểm tra cân tại điểm bán hải sản", "01 cuộc; 12 cơ sở; 01 vi phạm; 1.500.000 đ"),
    ("II.3.a", C, "✓", {"participants": 2, "training_courses": 1}, "Tập huấn cán bộ xã", "01 lớp; 02 người"),
    ("II.2.đ", P, "☑", {}, "ISO tại bộ phận một cửa", ""),
    ("II.5.d", NA, None, {}, "Tố giác vi phạm TĐC", "Không phát sinh"),
  ],
  difficulties=["Xã chưa được trang bị cân đối chứng."],
  proposals=["Đề nghị bố trí kinh phí mua cân đối chứng cho các điểm bán hải sản."],
  signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thị Kim Loan"))

# ---------------- Hand B: Anh Tuấn — two newspaper columns + "Những con số nổi bật" ----------------
R(hand="B", fmt="docx", file="25837-chanh-phu-hoa-bao-cao-ct38.docx",
  unit=("25837", "Phường Chánh Phú Hòa"), head="ỦY BAN NHÂN DÂN\nPHƯỜNG CHÁNH PHÚ HÒA",
  number="112/BC-UBND", date="2026-11-02", place="Chánh Phú Hòa",
  lead="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Chánh Phú Hòa báo cáo kết quả thực hiện từ đầu năm đến ngày 31/10/2026 như sau.",
  numbers=["15 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử phường và nhóm Zalo các khu phố.",
           "04 cuộc phối hợp kiểm tra đo lường tại chợ Chánh Phú Hòa và chợ Mỹ Phước, với 36 cơ sở được kiểm tra.",
           "06 trường hợp vi phạm về đo lường, xử phạt tổng cộng 9.000.000 đồng.",
           "03 công chức được cử tham dự lớp tập huấn nghiệp vụ của Chi cục."],
  sections=[
    ("Tuyên truyền", "II.1.a", C, {"communications": 15},
     "Phường đưa nội dung Chỉ thị 38 vào các buổi sinh hoạt khu phố, đăng tin trên trang thông tin điện tử. Việc tuyên truyền đã hoàn thành theo kế hoạch phường đề ra."),
    ("Chợ và cân đo", "II.5.c", P, {"inspections": 4, "establishments_inspected": 36, "violations": 6, "fines_vnd": 9000000},
     "Tổ kiểm tra của phường phối hợp Chi cục TĐC kiểm tra cân tại hai chợ, chủ yếu phát hiện cân sai số vượt mức cho phép. Đợt kiểm tra cuối năm vẫn đang tiếp tục."),
    ("Học nghiệp vụ", "II.3.a", C, {"participants": 3},
     "Công chức kinh tế và địa chính tham dự đầy đủ lớp tập huấn; nội dung này phường đã thực hiện xong."),
    ("Bộ phận một cửa", "II.2.đ", P, {},
     "Bộ phận một cửa đang rà soát lại quy trình ISO theo bộ thủ tục hành chính mới của phường."),
    ("Hộ kinh doanh", "II.2.d", N, {},
     "Việc hướng dẫn hộ kinh doanh công bố chất lượng sản phẩm chưa triển khai được do chưa có tài liệu hướng dẫn."),
  ],
  difficulties=["Lực lượng kiểm tra mỏng, công chức phụ trách kiêm nhiệm.",
                "Tiểu thương phản ứng khi bị kiểm tra cân vào giờ cao điểm."],
  proposals=["Đề nghị Chi cục TĐC ban hành tài liệu hướng dẫn công bố chất lượng dành cho hộ kinh doanh.",
             "Đề nghị Sở hỗ trợ kiểm định cân miễn phí cho tiểu thương tại chợ."],
  signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Quốc Tuấn"))

R(hand="B", fmt="docx", file="25915-binh-co-ct38-2026.docx", resave=True,
  unit=("25915", "Phường Bình Cơ"), head="ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH CƠ",
  number="97/BC-UBND", date="2026-10-26", place="Bình Cơ",
  lead="Ủy ban nhân dân phường Bình Cơ báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường.",
  numbers=["09 tin bài tuyên truyền được phát trên hệ thống loa và trang thông tin của phường.",
           "02 cuộc kiểm tra đo lường tại chợ Bình Cơ, kiểm tra 22 cơ sở, phát hiện 01 vi phạm.",
           "01 cuộc kiểm tra liên ngành tại 05 cửa hàng xăng dầu.",
           "02 lượt cán bộ tham dự tập huấn."],
  sections=[
    ("Tuyên truyền", "II.1.a", C, {"communications": 9},
     "Tin bài tập trung vào quyền lợi người tiêu dùng khi mua bán qua cân. Phần việc này đã hoàn thành."),
    ("Kiểm tra tại chợ", "II.5.c", C, {"inspections": 2, "establishments_inspected": 22, "violations": 1},
     "Hai đợt kiểm tra cân tại chợ đã hoàn thành, trường hợp vi phạm được nhắc nhở và yêu cầu thay cân."),
    ("Xăng dầu", "II.5.a", P, {"inspections": 1, "establishments_inspected": 5},
     "Phường phối hợp đoàn liên ngành kiểm tra cột đo xăng dầu; đợt hai dự kiến trong tháng 12 nên vẫn đang thực hiện."),
    ("Tập huấn", "II.3.a", C, {"participants": 2},
     "Cán bộ tham dự đầy đủ, đã hoàn thành."),
    ("Tố giác vi phạm", "II.5.d", NA, {},
     "Trong kỳ không phát sinh đơn thư, tố giác về tiêu chuẩn, đo lường, chất lượng."),
  ],
  difficulties=["Một số hộ kinh doanh nhỏ lẻ chưa hợp tác khi đoàn kiểm tra cân."],
  proposals=["Đề nghị Chi cục TĐC tổ chức kiểm định cân miễn phí tại chợ Bình Cơ."],
  signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Huỳnh Văn Lộc"))

R(hand="B", fmt="docx", file="25843-tay-nam-bc.docx",
  unit=("25843", "Phường Tây Nam"), head="ỦY BAN NHÂN DÂN\nPHƯỜNG TÂY NAM",
  number="76/BC-UBND", date="2026-10-31", place="Tây Nam",
  lead="Năm 2026, phường Tây Nam tiếp tục triển khai các nội dung được giao tại Kế hoạch thực hiện Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ. Kết quả cụ thể như sau.",
  numbers=["11 tin, bài về tiêu chuẩn, đo lường, chất lượng.",
           "01 hội nghị phổ biến pháp luật về đo lường, chất lượng với 65 hộ kinh doanh tham dự.",
           "03 cuộc kiểm tra phối hợp tại chợ và tuyến đường kinh doanh, kiểm tra 28 cơ sở.",
           "04 cơ sở vi phạm, bị xử phạt 6.000.000 đồng."],
  sections=[
    ("Tuyên truyền, phổ biến", "II.1.a", C, {"communications": 11, "training_courses": 1, "participants": 65},
     "Hội nghị được tổ chức tại hội trường phường, phát tài liệu cho các hộ kinh doanh. Nội dung tuyên truyền, phổ biến đã hoàn thành."),
    ("Kiểm tra phối hợp", "II.5.c", P, {"inspections": 3, "establishments_inspected": 28, "violations": 4, "fines_vnd": 6000000},
     "Phường phối hợp Chi cục TĐC kiểm tra cân, đồng hồ nước tại các điểm kinh doanh. Công tác kiểm tra đang tiếp tục đến cuối năm."),
    ("ISO hành chính", "II.2.đ", C, {},
     "Phường đã hoàn thành việc xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp."),
    ("Tập huấn cán bộ", "II.3.a", N, {},
     "Phường chưa cử được cán bộ tham gia tập huấn vì trùng lịch tiếp công dân."),
  ],
  difficulties=["Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."],
  proposals=["Đề nghị Chi cục TĐC tổ chức lớp tập huấn bổ sung vào đầu năm 2027 để phường cử cán bộ tham dự."],
  signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trịnh Hoàng Nam"))

R(hand="B", fmt="docx", file="25750-phu-loi-bao-cao-nam.docx", rejected=True,
  reason="Không phải báo cáo Kế hoạch CT38: báo cáo kết quả chuyển đổi số năm 2026 của phường",
  unit=("25750", "Phường Phú Lợi"), head="ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ LỢI",
  number="103/BC-UBND", date="2026-11-04", place="Phú Lợi",
  title2="Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 trên địa bàn phường",
  lead="Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Phú Lợi báo cáo kết quả như sau.",
  numbers=["96% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.",
           "14 tổ công nghệ số cộng đồng được kiện toàn tại các khu phố.",
           "2.150 người dân được hướng dẫn cài đặt ứng dụng định danh điện tử.",
           "03 lớp phổ cập kỹ năng số cho người cao tuổi."],
  sections=[
    ("Dịch vụ công trực tuyến", None, None, {}, "Tỷ lệ hồ sơ trực tuyến toàn trình tăng so với năm 2025; phường đang tiếp tục vận động người dân."),
    ("Hạ tầng số", None, None, {}, "Đã hoàn thành lắp đặt wifi miễn phí tại trụ sở và hai nhà văn hóa khu phố."),
  ],
  difficulties=["Thiết bị máy tính tại bộ phận một cửa đã cũ."],
  proposals=["Đề nghị Thành phố đầu tư bổ sung máy tính cho bộ phận một cửa."],
  signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Ngô Thanh Phong"))

# ---------------- Hand C: Chị Hạnh — department công văn with "(ND x.y)" tails ----------------
R(hand="C", fmt="docx", file="so-cong-thuong-ct38-2026.docx",
  unit=("SO-CT", "Sở Công Thương"), head="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG",
  number="2415/SCT-QLTM", date="2026-10-22",
  vv="V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  paras=[
    ("Về tuyên truyền, tập huấn", [
      ("II.1.a", C, {"participants": 4}, "Sở đã cử 04 công chức phòng Quản lý thương mại tham dự buổi tọa đàm với doanh nghiệp nhập khẩu do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; nội dung này đã hoàn thành (ND 1.a)."),
    ]),
    ("Về hỗ trợ doanh nghiệp", [
      ("II.2.d", P, {"enterprises_supported": 12}, "Sở đã hướng dẫn 12 doanh nghiệp ngành công thương áp dụng hệ thống quản lý chất lượng ISO 9001 và công bố hợp quy sản phẩm (ND 2.d). Việc hướng dẫn đang tiếp tục thực hiện theo nhu cầu của doanh nghiệp (ND 2.d)."),
      ("II.2.a", N, {}, "Nội dung phối hợp triển khai hệ thống truy xuất nguồn gốc cho hàng hóa tại chợ đầu mối Sở chưa triển khai do chưa có hướng dẫn kỹ thuật (ND 2.a)."),
    ]),
    ("Về kiểm tra, giám sát", [
      ("II.5.a", C, {"inspections": 6, "establishments_inspected": 24, "violations": 3, "fines_vnd": 42500000}, "Sở đã phối hợp với Chi cục kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng qua 06 cuộc tại 24 cửa hàng, phát hiện 03 cơ sở vi phạm, xử phạt 42,5 triệu đồng (ND 5.a). Các đợt kiểm tra theo kế hoạch năm đã hoàn thành trong quý III (ND 5.a)."),
      ("II.5.b", P, {"samples_tested": 18}, "Sở đã lấy 18 mẫu xăng dầu gửi thử nghiệm để khảo sát chất lượng (ND 5.b). Việc lấy mẫu đợt 2 đang tiếp tục thực hiện (ND 5.b)."),
    ]),
  ],
  difficulties=["Danh mục hàng hóa nhóm 2 thuộc trách nhiệm quản lý của Sở Công Thương còn chồng chéo với các Sở chuyên ngành, gây khó khăn khi phân công kiểm tra."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chủ trì rà soát, thống nhất danh mục hàng hóa nhóm 2 thuộc trách nhiệm quản lý của từng Sở."],
  signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Bùi Thị Mỹ Hạnh"))

R(hand="C", fmt="docx", file="so-xay-dung-bc-phoi-hop-ct38.docx",
  unit=("SO-XD", "Sở Xây dựng"), head="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG",
  number="1876/SXD-KTXD", date="2026-10-25",
  vv="V/v báo cáo tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
  paras=[
    ("Về xây dựng, góp ý tiêu chuẩn, quy chuẩn", [
      ("II.2.e", C, {"standards_reviewed": 5}, "Sở đã có ý kiến góp ý đối với 05 dự thảo TCVN, QCVN trong lĩnh vực vật liệu xây dựng, đã hoàn thành (ND 2.e)."),
      ("II.2.đ", C, {}, "Sở đã duy trì và công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; hoàn thành (ND 2.đ)."),
    ]),
    ("Về kiểm tra chất lượng vật liệu xây dựng", [
      ("II.5.a", P, {"inspections": 3, "establishments_inspected": 15, "violations": 2, "fines_vnd": 30000000}, "Sở đã tổ chức 03 cuộc kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường tại 15 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 30.000.000 đồng (ND 5.a). Kế hoạch kiểm tra quý IV đang triển khai (ND 5.a)."),
      ("II.5.b", C, {"samples_tested": 10}, "Sở đã lấy 10 mẫu xi măng, thép xây dựng để khảo sát chất lượng, kết quả đã gửi Chi cục (ND 5.b)."),
    ]),
    ("Về đào tạo", [
      ("II.3.a", C, {"participants": 2}, "Sở đã cử 02 công chức tham dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng (ND 3.a)."),
    ]),
  ],
  difficulties=["Kinh phí lấy mẫu thử nghiệm vật liệu xây dựng còn hạn chế."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng vật liệu xây dựng để phối hợp quản lý."],
  signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Tạ Quang Vinh"))

R(hand="C", fmt="docx", file="so-gddt-ct38-tra-loi.docx",
  unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"), head="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number="3302/SGDĐT-CTTT", date="2026-10-30",
  vv="V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026",
  paras=[
    ("Về tuyên truyền", [
      ("II.1.a", C, {"communications": 7}, "Sở đã đăng 07 tin bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử ngành giáo dục (ND 1.a)."),
    ]),
    ("Về đào tạo, bồi dưỡng cho học sinh, sinh viên", [
      ("II.3.d", P, {"training_courses": 3, "participants": 420}, "Sở đã phối hợp với Chi cục tổ chức 03 lớp tập huấn về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho 420 sinh viên các trường cao đẳng, trung cấp (ND 3.d). Các lớp còn lại đang triển khai trong tháng 11 và tháng 12 (ND 3.d)."),
    ]),
    ("Về quản lý chất lượng trong cơ quan", [
      ("II.2.đ", C, {}, "Sở đã hoàn thành việc cập nhật hệ thống quản lý chất lượng ISO theo danh mục thủ tục hành chính mới (ND 2.đ)."),
      ("II.5.d", NA, {}, "Trong năm không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng thuộc ngành giáo dục (ND 5.d)."),
    ]),
  ],
  difficulties=["Lịch học của sinh viên dày nên khó bố trí thời gian tập huấn tập trung."],
  proposals=["Đề nghị Chi cục biên soạn bài giảng trực tuyến về mã số mã vạch, truy xuất nguồn gốc để các trường sử dụng."],
  signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lương Thị Thu Hạnh"))

R(hand="C", fmt="docx", file="so-y-te-bc-atvstp.docx", rejected=True,
  reason="Không phải báo cáo Kế hoạch CT38: báo cáo bảo đảm an toàn thực phẩm Tết Trung thu 2026",
  unit=("SO-YT", "Sở Y tế"), head="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ",
  number="5120/SYT-NVY", date="2026-10-15",
  vv="V/v báo cáo kết quả bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026",
  paras=[
    ("Về kiểm tra an toàn thực phẩm", [
      (None, None, {}, "Sở đã tổ chức 12 đoàn kiểm tra liên ngành an toàn thực phẩm tại 318 cơ sở sản xuất, kinh doanh bánh trung thu (ND 2.c)."),
      (None, None, {}, "Lấy 64 mẫu bánh trung thu xét nghiệm nhanh, 02 mẫu không đạt (ND 2.d)."),
    ]),
    ("Về ngộ độc thực phẩm", [
      (None, None, {}, "Trong dịp Tết Trung thu không ghi nhận vụ ngộ độc thực phẩm (ND 3.a)."),
    ]),
  ],
  difficulties=["Bánh trung thu bán trên mạng xã hội khó truy vết nguồn gốc."],
  proposals=["Đề nghị các phường, xã tăng cường kiểm tra cơ sở sản xuất nhỏ lẻ."],
  signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đỗ Văn Khải"))

# ---------------- Hand D: Anh Thịnh — Excel with a reviewer's sign-off column ----------------
R(hand="D", fmt="xlsx", file="chi-cuc-tdc-bc-ct38-2026.xlsx",
  unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  head="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
  number="412/BC-CCTĐC", date="2026-10-31", reviewer="LVT",
  rows=[
    ("II.1.a", C, {"training_courses": 5, "participants": 386}, "Tập huấn VBQPPL về TĐC; tọa đàm DN nhập khẩu",
     "Tổ chức 05 lớp/buổi (04 lớp tập huấn, 01 tọa đàm với doanh nghiệp nhập khẩu), 386 lượt học viên", "Đồng ý – xong. LVT"),
    ("II.1.b", C, {"enterprises_supported": 7}, "Vận động tham dự GTCLQG",
     "Hướng dẫn 07 doanh nghiệp hoàn thiện hồ sơ tham dự Giải thưởng Chất lượng Quốc gia", "Xong. LVT"),
    ("II.2.a", P, {"enterprises_supported": 15, "budget_spent_vnd": 126400000}, "NSCL – Đề án 996 – Đề án 100",
     "Hỗ trợ 15 doanh nghiệp nâng cao năng suất chất lượng; đã giải ngân 126.400.000 đồng", "Còn đang làm, hạn Q4. LVT"),
    ("II.2.e", C, {"standards_reviewed": 12}, "Góp ý TCVN, QCVN",
     "Góp ý 12 dự thảo TCVN, QCVN gửi Bộ KH&CN", "Xong. LVT"),
    ("II.3.a", C, {"training_courses": 3, "participants": 214}, "Bồi dưỡng công chức phường, xã",
     "03 lớp cho 214 công chức phường, xã, đặc khu", "Đồng ý – xong. LVT"),
    ("II.4.b", C, {"instruments_verified": 46}, "Kiểm định PTKT nghiệp vụ",
     "Kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ", "Xong. LVT"),
    ("II.5.a", P, {"inspections": 11, "establishments_inspected": 138, "violations": 17, "fines_vnd": 186500000}, "Kiểm tra nhà nước về TĐC",
     "11 cuộc, 138 cơ sở được kiểm tra, 17 cơ sở vi phạm, phạt 186,5 triệu đồng", "Đang làm tiếp đợt cuối năm. LVT"),
    ("II.5.b", P, {"samples_tested": 95}, "Khảo sát chất lượng SP, HH",
     "Lấy 95 mẫu khảo sát (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)", "Đang làm. LVT"),
    ("II.6.b", NA, {}, "Phối hợp APO",
     "Chưa có yêu cầu từ Ủy ban TĐC Quốc gia", "Không phát sinh. LVT"),
  ],
  difficulties=["Biên chế của Chi cục chưa đáp ứng khối lượng kiểm tra tại 168 phường, xã, đặc khu.",
                "Một số phường, xã mới chưa phân công cán bộ đầu mối về tiêu chuẩn, đo lường, chất lượng."],
  proposals=["Đề nghị Sở bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng hàng hóa.",
             "Đề nghị UBND các phường, xã, đặc khu cử cán bộ đầu mối phối hợp với Chi cục."],
  signer=("CHI CỤC TRƯỞNG", "Lâm Văn Thịnh"))

R(hand="D", fmt="xlsx", file="phong-ktpc-theo-doi-ct38.xlsx",
  unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"), head="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ",
  number="58/BC-KTPC", date="2026-10-29", reviewer="PMQ",
  rows=[
    ("II.5.a", P, {"inspections": 4, "establishments_inspected": 37}, "Phối hợp kiểm tra TĐC",
     "Cử thành viên tham gia 04 cuộc kiểm tra liên ngành cùng Chi cục tại 37 cơ sở", "Đang làm. PMQ"),
    ("II.5.d", C, {}, "Xử lý phản ánh, tố giác",
     "Tiếp nhận hai đơn phản ánh về cân sai tại chợ, đã chuyển Chi cục xác minh và trả lời người phản ánh", "Xong. PMQ"),
    ("II.4.b", C, {}, "Rà soát PTKT nghiệp vụ",
     "Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135", "Xong. PMQ"),
    ("II.2.c", C, {}, "Góp ý văn bản QPPL",
     "Có ý kiến pháp lý đối với dự thảo Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)", "Đồng ý – xong. PMQ"),
    ("II.5.b", N, {}, "Khảo sát chất lượng",
     "Chưa phối hợp do Chi cục chưa đề nghị", "Chưa làm. PMQ"),
  ],
  difficulties=["Phòng chỉ có ba công chức nên khó bố trí người tham gia tất cả các đoàn kiểm tra."],
  proposals=["Đề nghị Chi cục gửi lịch kiểm tra trước ít nhất 05 ngày làm việc để Phòng bố trí người."],
  signer=("TRƯỞNG PHÒNG", "Phạm Minh Quân"))

R(hand="D", fmt="xlsx", file="trung-tam-ptn-ct38.xlsx", resave=True,
  unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  head="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
  number="205/BC-TTPT", date="2026-10-28", reviewer="NTA",
  rows=[
    ("II.4.a", P, {"budget_spent_vnd": 2350000000}, "Đầu tư trang thiết bị",
     "Mua sắm bổ sung thiết bị thử nghiệm cơ lý, điện; đã giải ngân 2,35 tỷ đồng", "Đang làm, chờ nghiệm thu gói 2. NTA"),
    ("II.2.g", P, {"instruments_verified": 1250}, "Mở rộng dịch vụ kỹ thuật",
     "Kiểm định, hiệu chuẩn 1.250 phương tiện đo cho doanh nghiệp; mở rộng lĩnh vực hiệu chuẩn thiết bị điện tử", "Đang làm. NTA"),
    ("II.4.c", C, {"instruments_verified": 8}, "Liên kết chuẩn",
     "Gửi hiệu chuẩn 08 chuẩn đo lường chính tại Viện Đo lường Việt Nam", "Xong. NTA"),
    ("II.5.b", C, {"samples_tested": 312}, "Thử nghiệm mẫu khảo sát",
     "Thử nghiệm 312 mẫu phục vụ khảo sát chất lượng của Chi cục", "Đồng ý – xong. NTA"),
  ],
  difficulties=["Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân."],
  proposals=["Đề nghị Sở ưu tiên phân bổ kinh phí đầu tư thiết bị đo lường điện tử năm 2027."],
  signer=("GIÁM ĐỐC", "Nguyễn Tuấn Anh"))

R(hand="D", fmt="xlsx", file="26659-long-dien-bc-ct38.xlsx",
  unit=("26659", "Xã Long Điền"), head="UBND XÃ LONG ĐIỀN",
  number="73/BC-UBND", date="2026-10-30", reviewer="PCT Nhơn",
  rows=[
    ("II.1.a", C, {"communications": 7}, "Tuyên truyền", "Phát 07 tin bài trên Đài truyền thanh xã", "Xong. PCT Nhơn"),
    ("II.5.c", C, {"inspections": 2, "establishments_inspected": 23, "violations": 2, "fines_vnd": 2500000}, "Kiểm tra đo lường tại chợ",
     "Phối hợp Chi cục 02 cuộc, 23 cơ sở, 02 vi phạm, phạt 2,5 triệu đồng", "Xong. PCT Nhơn"),
    ("II.3.a", C, {"participants": 2}, "Tập huấn cán bộ", "02 cán bộ dự tập huấn của Chi cục", "Xong. PCT Nhơn"),
    ("II.2.đ", P, {}, "ISO một cửa", "Đang cập nhật quy trình ISO sau sáp nhập", "Đang làm. PCT Nhơn"),
    ("II.5.d", NA, {}, "Tố giác vi phạm", "Không có đơn thư", "Không phát sinh. PCT Nhơn"),
  ],
  difficulties=["Xã mới sáp nhập, địa bàn rộng, cán bộ phụ trách chưa quen nghiệp vụ đo lường."],
  proposals=["Đề nghị Chi cục TĐC cử cán bộ hướng dẫn tại chỗ cho xã."],
  signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Văn Nhơn"))

R(hand="D", fmt="xlsx", file="26842-tang-nhon-phu-ct38.xlsx",
  unit=("26842", "Phường Tăng Nhơn Phú"), head="UBND PHƯỜNG TĂNG NHƠN PHÚ",
  number="131/BC-UBND", date="2026-11-03", reviewer="PCT Hùng",
  rows=[
    ("II.1.a", C, {"communications": 14, "training_courses": 1, "participants": 120}, "Tuyên truyền, phổ biến",
     "14 tin bài; 01 hội nghị phổ biến pháp luật đo lường cho 120 đại biểu", "Xong. PCT Hùng"),
    ("II.5.c", P, {"inspections": 5, "establishments_inspected": 52, "violations": 7, "fines_vnd": 12750000}, "Kiểm tra đo lường, chất lượng tại chợ",
     "05 cuộc; 52 cơ sở; 07 vi phạm; phạt 12.750.000 đồng", "Đang làm tiếp. PCT Hùng"),
    ("II.5.a", C, {"inspections": 2, "establishments_inspected": 8}, "Kiểm tra xăng dầu",
     "02 cuộc tại 08 cửa hàng xăng dầu", "Xong. PCT Hùng"),
    ("II.2.d", P, {"enterprises_supported": 6}, "Hướng dẫn DN công bố hợp quy",
     "Hướng dẫn 06 doanh nghiệp nhỏ công bố hợp quy", "Đang làm. PCT Hùng"),
    ("II.2.đ", C, {}, "ISO một cửa", "Đã công bố lại hệ thống ISO", "Xong. PCT Hùng"),
    ("II.3.a", N, {}, "Tập huấn cán bộ", "Chưa cử cán bộ vì chưa có lớp phù hợp", "Chưa làm. PCT Hùng"),
  ],
  difficulties=["Số hộ kinh doanh tại các chợ tạm lớn, thường xuyên thay đổi."],
  proposals=["Đề nghị Sở KH&CN tổ chức lớp tập huấn riêng cho cán bộ phường khu vực Thủ Đức cũ."],
  signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Cao Minh Hùng"))
