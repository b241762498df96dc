# -*- coding: utf-8 -*-
"""Report specifications for set7. Each report: file, hand, unit, number, date,
entries (task, status, indicators, hand-specific text / rows), difficulties, proposals.
The renderers (render_*.py) write the files from these; truth is written from the same
data by make_all.py. Figures in the texts are written in each hand's own way."""

PLAN_TITLE = ("Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 "
              "của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")

REPORTS = []

def R(**kw):
    REPORTS.append(kw)
    return kw

# ---------------------------------------------------------------- Hand A: PDF -> Word
R(file="a-tandinh-bc-ct38.docx", hand="A",
  unit={"id": "26737", "name": "Phường Tân Định"}, parent="ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐỊNH",
  number="287/BC-UBND", date="2026-10-27", place="Phường Tân Định",
  intro=("Thực hiện Kế hoạch số 21/KH-SKHCN ngày 15 tháng 01 năm 2026 của Sở Khoa học và Công nghệ "
         "về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Định báo cáo "
         "kết quả thực hiện như sau:"),
  entries=[
    dict(task="II.1.a", status="completed", ind={"training_courses": 2, "participants": 146},
         head="1. Công tác tuyên truyền, phổ biến văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng",
         text=("Ủy ban nhân dân phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp "
               "tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh, "
               "tiểu thương chợ Tân Định với 146 lượt người tham dự. Đã hoàn thành nội dung này trong Quý III/2026.")),
    dict(task="II.3.a", status="completed", ind={"participants": 4},
         head="2. Công tác bồi dưỡng nghiệp vụ cho công chức",
         text=("Cử 04 công chức phụ trách kinh tế tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về "
               "tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 6/2026. Kết quả: hoàn thành.")),
    dict(task="II.5.c", status="in_progress",
         ind={"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 9500000},
         head="3. Thực hiện các nội dung được phân quyền về đo lường, chất lượng",
         text=("Phường đã thành lập tổ kiểm tra liên ngành, tổ chức 03 đợt kiểm tra tại 27 cơ sở kinh doanh "
               "(cân trong chợ, cửa hàng vàng bạc, cửa hàng xăng dầu), phát hiện 04 cơ sở vi phạm về đo lường, "
               "đã ra quyết định xử phạt vi phạm hành chính với tổng số tiền 9.500.000 đồng. Nội dung này "
               "đang tiếp tục thực hiện đến cuối năm."),
         table=[("TT", "Nội dung", "ĐVT", "Kết quả"),
                ("1", "Số đợt kiểm tra", "đợt", "03"),
                ("2", "Số cơ sở được kiểm tra", "cơ sở", "27"),
                ("3", "Số cơ sở vi phạm", "cơ sở", "04"),
                ("4", "Tiền xử phạt", "đồng", "9.500.000")]),
    dict(task="II.5.d", status="not_applicable", ind={},
         head="4. Khen thưởng, bảo vệ người tố giác vi phạm",
         text="Trong kỳ báo cáo, trên địa bàn phường không phát sinh trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng."),
  ],
  difficulties=["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng làm kiêm nhiệm nhiều việc, chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân trong chợ.",
                "Nhiều hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên nên khó theo dõi sau kiểm tra."],
  proposals=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại điểm cân đối chứng chợ Tân Định.",
             "Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã."],
  signer="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thị Ngọc Hân", pages=2, frames=False)

R(file="a-binhchanh-bc-38.docx", hand="A",
  unit={"id": "27637", "name": "Xã Bình Chánh"}, parent="ỦY BAN NHÂN DÂN\nXÃ BÌNH CHÁNH",
  number="412/BC-UBND", date="2026-11-04", place="Bình Chánh",
  intro=("Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW "
         "ngày 30/7/2024 của Ban Bí thư năm 2026; Ủy ban nhân dân xã Bình Chánh báo cáo kết quả thực hiện "
         "từ đầu năm đến ngày 31/10/2026 như sau:"),
  entries=[
    dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 85, "communications": 12},
         head="1. Tuyên truyền, phổ biến",
         text=("Đăng tải 12 tin, bài trên trang thông tin điện tử xã và hệ thống loa truyền thanh về đo lường "
               "trong kinh doanh xăng dầu, nhãn hàng hóa; tổ chức 01 hội nghị phổ biến pháp luật về đo lường, "
               "chất lượng cho 85 lượt hộ kinh doanh. Đã hoàn thành.")),
    dict(task="II.5.a", status="in_progress", ind={"samples_tested": 6},
         head="2. Kiểm tra, giám sát chất lượng hàng hóa",
         text=("Phối hợp Đoàn kiểm tra của Chi cục lấy 06 mẫu xăng dầu tại các cửa hàng trên địa bàn để thử "
               "nghiệm chất lượng, hiện đang chờ kết quả thử nghiệm.")),
    dict(task="II.5.c", status="in_progress",
         ind={"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 3000000},
         head="3. Thực hiện nhiệm vụ được phân cấp",
         text=("Tổ chức 02 cuộc kiểm tra đo lường đối với 14 cơ sở kinh doanh (cửa hàng xăng dầu, đại lý "
               "gas, cân tại chợ Bình Chánh), 01 cơ sở vi phạm bị xử phạt 3.000.000 đồng. Đang thực hiện "
               "theo kế hoạch kiểm tra Quý IV/2026."),
         table=[("STT", "Chỉ tiêu", "Số lượng", "Ghi chú"),
                ("1", "Cuộc kiểm tra", "02", ""),
                ("2", "Cơ sở được kiểm tra", "14", "xăng dầu, gas, cân"),
                ("3", "Cơ sở vi phạm", "01", "đã xử phạt"),
                ("4", "Số tiền phạt (đồng)", "3.000.000", "")]),
  ],
  difficulties=["Địa bàn xã rộng, số cơ sở kinh doanh xăng dầu, gas ven các tuyến đường lớn nhiều, lực lượng kiểm tra mỏng.",
                "Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường tại xã."],
  proposals=["Kiến nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể quy trình kiểm tra đo lường thuộc thẩm quyền cấp xã sau sắp xếp."],
  signer="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Lực", pages=2, frames=True, width=88)

R(file="a-socongthuong-bc-tdc-2026.docx", hand="A",
  unit={"id": "SO-CT", "name": "Sở Công Thương"}, parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG",
  number="6158/BC-SCT", date="2026-11-10", place="Thành phố Hồ Chí Minh",
  intro=("Phúc đáp Công văn số 2894/SKHCN-TĐC ngày 15 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc "
         "báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:"),
  entries=[
    dict(task="II.5.a", status="in_progress",
         ind={"inspections": 5, "establishments_inspected": 38, "violations": 7, "fines_vnd": 126500000},
         head="1. Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường",
         text=("Sở Công Thương đã chủ trì, phối hợp tổ chức 05 đoàn kiểm tra chất lượng xăng dầu, khí dầu mỏ "
               "hóa lỏng và hàng hóa thuộc lĩnh vực quản lý tại 38 doanh nghiệp, cửa hàng; phát hiện 07 trường hợp "
               "vi phạm, xử phạt vi phạm hành chính 126.500.000 đồng. Công tác kiểm tra đang tiếp tục thực hiện "
               "theo kế hoạch năm.")),
    dict(task="II.2.e", status="completed", ind={"standards_reviewed": 3},
         head="2. Góp ý quy chuẩn kỹ thuật",
         text=("Đã có văn bản góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (an toàn "
               "điện, chai chứa LPG, xăng sinh học E10) theo đề nghị của Bộ Công Thương. Hoàn thành.")),
    dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 210},
         head="3. Phối hợp tuyên truyền",
         text=("Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi tọa đàm với doanh nghiệp nhập "
               "khẩu về kiểm tra chất lượng hàng hóa nhập khẩu, có 210 đại biểu tham dự. Đã hoàn thành.")),
    dict(task="II.6.a", status="in_progress", ind={},
         head="4. Cập nhật các cam kết quốc tế",
         text=("Thường xuyên cập nhật, phổ biến các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong "
               "các hiệp định CPTPP, EVFTA đến doanh nghiệp thông qua Cổng thông tin của Sở; đang thực hiện.")),
  ],
  difficulties=["Danh mục sản phẩm, hàng hóa nhóm 2 thuộc trách nhiệm quản lý của Bộ Công Thương có nhiều thay đổi, việc phân công kiểm tra giữa các sở còn chồng chéo.",
                "Kinh phí lấy mẫu thử nghiệm chất lượng hàng hóa còn hạn chế."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chủ trì tổ chức họp thống nhất phân công kiểm tra chất lượng hàng hóa nhóm 2 giữa các sở, ngành.",
             "Kiến nghị Ủy ban nhân dân Thành phố bố trí kinh phí lấy mẫu thử nghiệm cho công tác kiểm tra chất lượng năm 2027."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Minh Quang", pages=3, frames=False)

R(file="a-dian-baocao-tdc.docx", hand="A",
  unit={"id": "25942", "name": "Phường Dĩ An"}, parent="ỦY BAN NHÂN DÂN\nPHƯỜNG DĨ AN",
  number="198/BC-UBND", date="2026-10-19", place="Dĩ An",
  intro=("Thực hiện chỉ đạo của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai "
         "Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Dĩ An báo cáo như sau:"),
  entries=[
    dict(task="II.5.c", status="completed",
         ind={"inspections": 4, "establishments_inspected": 31, "violations": 2, "fines_vnd": 7000000},
         head="1. Kết quả thực hiện nhiệm vụ phân cấp quản lý",
         text=("Năm 2026 phường đã hoàn thành kế hoạch kiểm tra: 04 cuộc kiểm tra tại 31 cơ sở (chợ Dĩ An, "
               "các cửa hàng kinh doanh vàng, xăng dầu), 02 cơ sở vi phạm, phạt tiền 7.000.000 đồng."),
         table=[("Nội dung", "Số cuộc", "Số cơ sở", "Vi phạm", "Tiền phạt (đ)"),
                ("Kiểm tra đo lường, chất lượng", "04", "31", "02", "7.000.000")]),
    dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 9},
         head="2. Hỗ trợ doanh nghiệp",
         text=("Hướng dẫn 09 doanh nghiệp nhỏ trên địa bàn thực hiện công bố tiêu chuẩn cơ sở và ghi nhãn hàng "
               "hóa theo quy định; tiếp tục thực hiện thường xuyên.")),
  ],
  difficulties=["Phường chưa có cán bộ có chuyên môn về đo lường, chất lượng."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền về nhãn hàng hóa để phường phát cho hộ kinh doanh."],
  signer="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Thanh Tùng", pages=2, frames=True)

# ---------------------------------------------------------------- Hand B: layout table + typed numbering
R(file="b-banco-bc-ct38-2026.docx", hand="B",
  unit={"id": "27154", "name": "Phường Bàn Cờ"}, left=["ỦY BAN NHÂN DÂN", "PHƯỜNG BÀN CỜ"],
  number="305/BC-UBND", date="2026-10-30", place="Bàn Cờ",
  title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
  sections=[
    ("1.", "Công tác chỉ đạo, triển khai", [
        ("", "UBND phường ban hành Kế hoạch số 45/KH-UBND ngày 20/02/2026 triển khai thực hiện trên địa bàn phường; phân công công chức Văn phòng HĐND-UBND phụ trách theo dõi.", None)]),
    ("2.", "Kết quả thực hiện", []),
  ],
  entries=[
    dict(task="II.1.a", status="completed", ind={"communications": 8, "training_courses": 1, "participants": 60},
         num="2.1.", head="Tuyên truyền, tập huấn văn bản pháp luật",
         bullets=["+ Tuyên truyền trên trang Zalo OA và bảng tin khu phố 08 tin, bài về đo lường, nhãn hàng hóa.",
                  "+ Tổ chức 01 buổi phổ biến pháp luật cho 60 hộ kinh doanh chợ Bàn Cờ.",
                  "+ Tiến độ: Đã thực hiện xong."]),
    dict(task="II.5.c", status="in_progress",
         ind={"inspections": 2, "establishments_inspected": 18, "violations": 3, "fines_vnd": 4500000},
         num="2.2.", head="Kiểm tra đo lường, chất lượng theo phân cấp",
         bullets=["a/ Số cuộc kiểm tra: 02 cuộc (tháng 5 và tháng 9/2026).",
                  "b/ Số cơ sở được kiểm tra: 18 cơ sở (cân tại chợ, tiệm vàng).",
                  "c/ Xử lý vi phạm: 03 cơ sở vi phạm, phạt tiền 4.500.000 đồng.",
                  "+ Tiến độ: Đang thực hiện (còn 01 đợt kiểm tra tháng 12/2026)."]),
    dict(task="II.3.a", status="not_started", ind={},
         num="2.3.", head="Bồi dưỡng nghiệp vụ cho công chức",
         bullets=["+ Phường chưa cử công chức tham gia lớp tập huấn do Chi cục chưa tổ chức lớp cho cấp phường trong năm; Tiến độ: Chưa thực hiện."]),
  ],
  difficulties=["Việc kiểm tra đo lường tại chợ chủ yếu dựa vào cân đối chứng, chưa có thiết bị kiểm tra nhanh.",
                "Số lượng hộ kinh doanh vàng bạc trên địa bàn lớn, biến động."],
  proposals=["Đề nghị Chi cục sớm tổ chức lớp tập huấn nghiệp vụ cho công chức phường, xã trong Quý IV/2026.",
             "Đề nghị hỗ trợ trang bị cân đối chứng mới cho chợ Bàn Cờ."],
  signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Võ Hoàng Nam"])

R(file="b-govap-bc-38.docx", hand="B",
  unit={"id": "26884", "name": "Phường Gò Vấp"}, left=["ỦY BAN NHÂN DÂN", "PHƯỜNG GÒ VẤP"],
  number="517/BC-UBND", date="2026-11-06", place="Gò Vấp",
  title="Về kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị 38-CT/TW",
  sections=[
    ("1.", "Đặc điểm tình hình", [
        ("", "Trên địa bàn phường có 03 chợ truyền thống, 11 cửa hàng xăng dầu và khoảng 1.240 hộ kinh doanh cá thể.", None)]),
    ("2.", "Kết quả thực hiện các nhiệm vụ", []),
  ],
  entries=[
    dict(task="II.5.c", status="completed",
         ind={"inspections": 3, "establishments_inspected": 25, "violations": 2, "fines_vnd": 6000000, "instruments_verified": 40},
         num="2.1.", head="Thực hiện các nội dung được phân quyền (phối hợp Chi cục TĐC)",
         bullets=["a/ Phối hợp Chi cục tổ chức 03 cuộc kiểm tra tại 25 cơ sở kinh doanh xăng dầu, vàng bạc, cân bán lẻ;",
                  "b/ Phát hiện 02 cơ sở vi phạm, chuyển hồ sơ xử phạt tổng số tiền 6.000.000 đồng;",
                  "c/ Phối hợp kiểm định 40 cân tại 03 chợ;",
                  "=> Đánh giá: Hoàn thành kế hoạch năm."]),
    dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 5},
         num="2.2.", head="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng",
         bullets=["+ Giới thiệu 05 doanh nghiệp tham gia chương trình hỗ trợ áp dụng ISO 9001, ISO 22000 của Chi cục.",
                  "=> Đánh giá: Đang triển khai."]),
    dict(task="II.5.d", status="not_applicable", ind={},
         num="2.3.", head="Khen thưởng, bảo vệ người tố giác",
         bullets=["+ Không phát sinh."]),
  ],
  difficulties=["Phường mới sắp xếp, khối lượng công việc lớn, công chức kinh tế kiêm nhiệm nhiều lĩnh vực."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu biên bản kiểm tra đo lường dùng thống nhất cho cấp phường."],
  signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đặng Quốc Bảo"])

R(file="b-ktpc-bao-cao-ct38.docx", hand="B",
  unit={"id": "SKHCN-KTPC", "name": "Phòng Kiểm tra – Pháp chế"}, left=["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"],
  number="64/BC-KTPC", date="2026-10-28", place="Thành phố Hồ Chí Minh",
  title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  sections=[
    ("1.", "Tình hình chung", [
        ("", "Phòng Kiểm tra – Pháp chế được giao phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nhiệm vụ tại mục 2.c, 4.b, 5.a, 5.b, 5.c và 5.d của Kế hoạch.", None)]),
    ("2.", "Kết quả cụ thể", []),
  ],
  entries=[
    dict(task="II.5.a", status="in_progress",
         ind={"inspections": 6, "establishments_inspected": 44, "violations": 9, "fines_vnd": 187000000},
         num="2.1.", head="Kiểm tra, giám sát (mục 5.a)",
         bullets=["+ Phối hợp tổ chức 06 cuộc kiểm tra liên ngành tại 44 cơ sở sản xuất, kinh doanh;",
                  "+ 09 cơ sở vi phạm; tham mưu xử phạt 187.000.000 đồng;",
                  "+ Tình trạng: Đang thực hiện."]),
    dict(task="II.5.b", status="in_progress", ind={"samples_tested": 52},
         num="2.2.", head="Khảo sát chất lượng (mục 5.b)",
         bullets=["+ Phối hợp lấy 52 mẫu mũ bảo hiểm, đồ chơi trẻ em để khảo sát chất lượng; Tình trạng: Đang thực hiện."]),
    dict(task="II.2.c", status="completed", ind={},
         num="2.3.", head="Góp ý văn bản quy phạm pháp luật (mục 2.c)",
         bullets=["+ Góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng; Tình trạng: Hoàn thành."]),
    dict(task="II.4.b", status="unknown", ind={},
         num="2.4.", head="Phương tiện, thiết bị kỹ thuật nghiệp vụ (mục 4.b)",
         bullets=["+ Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP."]),
    dict(task="II.5.d", status="not_applicable", ind={},
         num="2.5.", head="Tố giác vi phạm (mục 5.d)",
         bullets=["+ Trong năm không phát sinh đơn tố giác."]),
  ],
  difficulties=["Văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi chưa được ban hành đầy đủ, gây khó khăn khi áp dụng chế tài xử phạt."],
  proposals=["Đề nghị Lãnh đạo Sở kiến nghị Bộ Khoa học và Công nghệ sớm ban hành nghị định hướng dẫn xử phạt theo Luật sửa đổi."],
  signer=["TRƯỞNG PHÒNG", "", "", "Huỳnh Thị Mai Anh"])

R(file="b-cuchi-bc-thientai-2026.docx", hand="B", mistaken=True,
  unit={"id": "27553", "name": "Xã Củ Chi"}, left=["ỦY BAN NHÂN DÂN", "XÃ CỦ CHI"],
  number="389/BC-UBND", date="2026-11-02", place="Củ Chi",
  title="Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
  reason="Báo cáo về công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
  sections=[
    ("1.", "Công tác chỉ đạo", [
        ("", "Ban Chỉ huy phòng thủ dân sự xã kiện toàn theo Quyết định số 112/QĐ-UBND ngày 15/3/2026; xây dựng phương án ứng phó với mưa lớn, triều cường, sạt lở bờ sông Sài Gòn.", None)]),
    ("2.", "Kết quả thực hiện", [
        ("2.1.", "Tuyên truyền: phát 36 lượt tin trên loa truyền thanh về phòng, chống thiên tai; tổ chức 02 buổi diễn tập ứng phó sự cố ngập lụt với 150 người tham gia.", None),
        ("2.2.", "Khắc phục hậu quả: hỗ trợ 07 hộ bị tốc mái do giông lốc tháng 8/2026, tổng kinh phí 35.000.000 đồng.", None),
        ("2.3.", "Tìm kiếm cứu nạn: phối hợp Công an xã tổ chức 03 vụ tìm kiếm người đuối nước.", None)]),
    ("3.", "Khó khăn, vướng mắc", [
        ("", "Trang thiết bị cứu hộ, cứu nạn còn thiếu; một số tuyến đê bao xuống cấp.", None)]),
    ("4.", "Kiến nghị", [
        ("", "Đề nghị Thành phố đầu tư gia cố tuyến bờ bao ven sông Sài Gòn đoạn qua xã.", None)]),
  ],
  entries=[], difficulties=[], proposals=[],
  signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn Sáu"])

# ---------------------------------------------------------------- Hand C: Google Sheets export
R(file="c-soyte-ct38-tonghop.xlsx", hand="C",
  unit={"id": "SO-YT", "name": "Sở Y tế"}, header_lines=["SỞ Y TẾ TP. HỒ CHÍ MINH", "Báo cáo kết quả thực hiện KH triển khai Chỉ thị 38-CT/TW năm 2026 (kèm theo Báo cáo số 7043/BC-SYT)"],
  number="7043/BC-SYT", date="2026-11-12",
  rows=[
    ("II.2.e", "Góp ý dự thảo QCVN về trang thiết bị y tế, nước sạch sinh hoạt", "dự thảo", 4, "Hoàn thành", "Gửi Bộ Y tế, Bộ KH&CN", "standards_reviewed"),
    ("II.5.a", "Kiểm tra chất lượng trang thiết bị y tế tại cơ sở kinh doanh", "cuộc", 3, "Đang thực hiện", "", "inspections"),
    ("II.5.a", "Cơ sở kinh doanh TTBYT được kiểm tra", "cơ sở", 29, "Đang thực hiện", "", "establishments_inspected"),
    ("II.5.a", "Xử phạt VPHC", "đồng", 45000000, "Đang thực hiện", "05 cơ sở vi phạm", "fines_vnd"),
    ("II.3.a", "Cử viên chức dự tập huấn đo lường trong y tế", "lượt người", 12, "Hoàn thành", "Do Chi cục TĐC tổ chức", "participants"),
    ("II.1.a", "Tin, bài tuyên truyền về đo lường, chất lượng trong y tế trên Cổng TTĐT ngành", "tin, bài", 7, "Hoàn thành", "", "communications"),
  ],
  entries=[
    dict(task="II.2.e", status="completed", ind={"standards_reviewed": 4}),
    dict(task="II.5.a", status="in_progress", ind={"inspections": 3, "establishments_inspected": 29, "fines_vnd": 45000000, "violations": 5}),
    dict(task="II.3.a", status="completed", ind={"participants": 12}),
    dict(task="II.1.a", status="completed", ind={"communications": 7}),
  ],
  difficulties=["Phương tiện đo trong y tế nhiều chủng loại, một số chưa có tổ chức kiểm định được chỉ định tại Thành phố."],
  proposals=["Đề nghị Sở KH&CN công bố danh sách tổ chức kiểm định, hiệu chuẩn được chỉ định đối với phương tiện đo dùng trong y tế."],
  sheetname="BC CT38")

R(file="c-ttpttn-ketqua-2026.xlsx", hand="C",
  unit={"id": "SKHCN-TTPTTN", "name": "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"},
  header_lines=["TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM", "Kết quả thực hiện nhiệm vụ theo Kế hoạch CT38 năm 2026"],
  number=None, date="2026-10-23",
  rows=[
    ("4a - Đầu tư trang thiết bị", "Mua sắm hệ thống sắc ký khí khối phổ GC-MS/MS", "hệ thống", 1, "Đang thực hiện", "Đang đấu thầu", None),
    ("4a - Đầu tư trang thiết bị", "Kinh phí đã giải ngân", "đồng", 2350000000, "Đang thực hiện", "", "budget_spent_vnd"),
    ("4c - Chuẩn đo lường", "Hiệu chuẩn, liên kết chuẩn chuẩn đo lường chính tại Viện Đo lường VN", "chuẩn", 8, "Hoàn thành", "", "instruments_verified"),
    ("2g - Dịch vụ kỹ thuật", "Mở rộng lĩnh vực thử nghiệm được công nhận ISO/IEC 17025", "phép thử", 26, "Hoàn thành", "", None),
    ("2g - Dịch vụ kỹ thuật", "Kiểm định, hiệu chuẩn phương tiện đo cho khách hàng", "phương tiện", 18420, "Thường xuyên", "lũy kế 9 tháng", None),
    ("3d - Đào tạo", "Lớp đào tạo kiểm định viên, nhân viên hiệu chuẩn", "lớp", 4, "Hoàn thành", "", "training_courses"),
    ("3d - Đào tạo", "Học viên", "học viên", 136, "Hoàn thành", "", "participants"),
  ],
  entries=[
    dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 2350000000}),
    dict(task="II.4.c", status="completed", ind={"instruments_verified": 8}),
    dict(task="II.2.g", status="in_progress", ind={"instruments_verified": 18420}),
    dict(task="II.3.d", status="completed", ind={"training_courses": 4, "participants": 136}),
  ],
  difficulties=["Thủ tục mua sắm thiết bị phân tích giá trị lớn kéo dài, nguy cơ không giải ngân hết dự toán năm 2026."],
  proposals=["Đề nghị Văn phòng Sở hỗ trợ đẩy nhanh thẩm định kế hoạch lựa chọn nhà thầu gói thiết bị GC-MS/MS.",
             "Đề nghị Sở cho phép chuyển nguồn kinh phí chưa giải ngân sang năm 2027."],
  sheetname="Sheet1")

R(file="c-thudaumot-bieu-ct38.xlsx", hand="C",
  unit={"id": "25747", "name": "Phường Thủ Dầu Một"},
  header_lines=["UBND PHƯỜNG THỦ DẦU MỘT", "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT 38-CT/TW NĂM 2026", "Số: 233/BC-UBND"],
  number="233/BC-UBND", date="2026-10-15",
  rows=[
    ("Tuyên truyền", "Tin bài trên Cổng TTĐT phường, nhóm Zalo khu phố", "tin, bài", 15, "Hoàn thành", "", "communications"),
    ("Tuyên truyền", "Hội nghị phổ biến pháp luật đo lường cho tiểu thương chợ Thủ Dầu Một", "hội nghị", 1, "Hoàn thành", "95 người dự", "training_courses"),
    ("Phân quyền QLNN (5c)", "Kiểm tra cân, thước tại chợ, cửa hàng vàng", "cuộc", 2, "Đang thực hiện", "", "inspections"),
    ("Phân quyền QLNN (5c)", "Số cơ sở được kiểm tra", "cơ sở", 21, "Đang thực hiện", "", "establishments_inspected"),
    ("Phân quyền QLNN (5c)", "Cơ sở vi phạm", "cơ sở", 0, "Đang thực hiện", "không phát hiện vi phạm", "violations"),
    ("Tập huấn công chức", "Công chức dự tập huấn do Chi cục tổ chức", "người", 3, "Hoàn thành", "", "participants"),
  ],
  entries=[
    dict(task="II.1.a", status="completed", ind={"communications": 15, "training_courses": 1, "participants": 95}),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 21, "violations": 0}),
    dict(task="II.3.a", status="completed", ind={"participants": 3}),
  ],
  difficulties=["Chưa có quả cân chuẩn để kiểm tra nhanh cân tại chợ."],
  proposals=["Đề nghị Chi cục TĐC hỗ trợ quả cân chuẩn và tập huấn sử dụng."],
  sheetname="Bieu 01")

R(file="c-vungtau-thongke-cds-q3.xlsx", hand="C", mistaken=True,
  unit={"id": "26506", "name": "Phường Vũng Tàu"},
  header_lines=["UBND PHƯỜNG VŨNG TÀU", "THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06 - QUÝ III/2026"],
  number=None, date="2026-10-05",
  reason="Bảng thống kê kết quả chuyển đổi số và Đề án 06 (Quý III/2026), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
  rows=[
    ("Đề án 06", "Hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình", "hồ sơ", 4215, "Đang thực hiện", "", None),
    ("Đề án 06", "Tỷ lệ thanh toán trực tuyến phí, lệ phí", "%", 78.5, "Đang thực hiện", "", None),
    ("Chuyển đổi số", "Tài khoản định danh điện tử mức 2 được kích hoạt", "tài khoản", 12870, "Hoàn thành", "", None),
    ("Chuyển đổi số", "Tổ công nghệ số cộng đồng", "tổ", 14, "Hoàn thành", "", None),
    ("Chuyển đổi số", "Lớp bồi dưỡng kỹ năng số cho người dân", "lớp", 6, "Hoàn thành", "", None),
  ],
  entries=[], difficulties=[], proposals=[], sheetname="Q3-2026")

# ---------------------------------------------------------------- Hand D: merged-cell Excel
R(file="d-chicuc-tdc-phuluc-ct38.xlsx", hand="D",
  unit={"id": "SKHCN-CCTDC", "name": "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"},
  top=["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
  title="PHỤ LỤC KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
  subtitle="(Kèm theo Báo cáo số 1187/BC-CCTĐC ngày 03 tháng 11 năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng)",
  number="1187/BC-CCTĐC", date="2026-11-03",
  tasks=[
    dict(task="II.1.a", label="Tổ chức các lớp tập huấn văn bản QPPL về TĐC; tọa đàm với DN nhập khẩu", status="completed", status_text="Hoàn thành",
         rows=[("Lớp tập huấn VBQPPL", "lớp", "05"), ("Tọa đàm DN nhập khẩu", "buổi", "01"), ("Tổng số lượt người tham dự", "lượt người", "512")],
         ind={"training_courses": 6, "participants": 512}, note_total="Tổng cộng 06 lớp, buổi"),
    dict(task="II.1.b", label="Tuyên truyền, vận động DN tham dự Giải thưởng CLQG", status="completed", status_text="Hoàn thành",
         rows=[("Doanh nghiệp được hướng dẫn hồ sơ tham dự", "doanh nghiệp", "17"), ("Tin, bài tuyên truyền", "tin, bài", "09")],
         ind={"enterprises_supported": 17, "communications": 9}),
    dict(task="II.2.b", label="Triển khai hoạt động Giải thưởng CLQG", status="in_progress", status_text="Đang thực hiện",
         rows=[("Hồ sơ được đánh giá vòng cơ sở", "hồ sơ", "11"), ("Hội đồng sơ tuyển tổ chức đánh giá tại DN", "đợt", "02")],
         ind={}),
    dict(task="II.2.d", label="Hỗ trợ DN áp dụng HTQL tiên tiến, công bố chất lượng", status="in_progress", status_text="Đang thực hiện",
         rows=[("DN được hỗ trợ áp dụng ISO, Lean, 5S", "doanh nghiệp", "23"), ("Kinh phí hỗ trợ đã giải ngân", "đồng", "460.000.000")],
         ind={"enterprises_supported": 23, "budget_spent_vnd": 460000000}),
    dict(task="II.2.đ", label="HTQLCL theo TCVN ISO 9001:2015 trong cơ quan hành chính", status="completed", status_text="Hoàn thành",
         rows=[("Cơ quan, UBND phường, xã được hướng dẫn, tư vấn duy trì ISO", "cơ quan", "32")],
         ind={"enterprises_supported": 32}),
    dict(task="II.2.e", label="Xây dựng, góp ý TCVN, QCVN, QCĐP", status="in_progress", status_text="Đang thực hiện",
         rows=[("Dự thảo TCVN, QCVN được góp ý", "dự thảo", "14"), ("Xây dựng QCĐP về nước sạch", "quy chuẩn", "01")],
         ind={"standards_reviewed": 15}, note_total="Tổng 15 tiêu chuẩn, quy chuẩn"),
    dict(task="II.3.a", label="Tập huấn nghiệp vụ cho công chức sở, ngành, UBND xã, phường", status="completed", status_text="Hoàn thành",
         rows=[("Lớp tập huấn", "lớp", "03"), ("Công chức tham dự", "lượt người", "298")],
         ind={"training_courses": 3, "participants": 298}),
    dict(task="II.5.a", label="Kiểm tra về TĐC đối với hàng hóa trên thị trường", status="in_progress", status_text="Đang thực hiện",
         rows=[("Cuộc kiểm tra", "cuộc", "21"), ("Cơ sở được kiểm tra", "cơ sở", "236"), ("Cơ sở vi phạm", "cơ sở", "31"), ("Tiền xử phạt", "đồng", "318.500.000")],
         ind={"inspections": 21, "establishments_inspected": 236, "violations": 31, "fines_vnd": 318500000}),
    dict(task="II.5.b", label="Khảo sát chất lượng sản phẩm, hàng hóa", status="in_progress", status_text="Đang thực hiện",
         rows=[("Mẫu khảo sát (xăng dầu, mũ bảo hiểm, thép)", "mẫu", "145")],
         ind={"samples_tested": 145}),
    dict(task="II.2.h", label="Cải tiến Hệ thống TTHC của Bộ; kết nối Cổng một cửa quốc gia", status="not_started", status_text="Chưa thực hiện",
         rows=[("Chờ Bộ KH&CN nâng cấp hệ thống", "", "")], ind={}),
  ],
  difficulties=["Dự toán kinh phí năm 2026 giao muộn, một số lớp tập huấn phải dời sang Quý III.",
                "Việc kết nối Hệ thống thông tin giải quyết TTHC phụ thuộc tiến độ nâng cấp của Bộ KH&CN."],
  proposals=["Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm hoàn thành nâng cấp hệ thống để kết nối Cổng một cửa quốc gia."],
  resave=False)

R(file="d-soattp-bieu-ketqua.xlsx", hand="D",
  unit={"id": "SO-ATTP", "name": "Sở An toàn thực phẩm"},
  top=["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM"],
  title="BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026",
  subtitle="(Đính kèm Báo cáo số 2210/BC-SATTP ngày 29/10/2026)",
  number="2210/BC-SATTP", date="2026-10-29",
  tasks=[
    dict(task="II.5.a", label="Kiểm tra, giám sát chất lượng, an toàn thực phẩm lưu thông", status="in_progress", status_text="Đang triển khai",
         rows=[("Đoàn kiểm tra liên ngành", "đoàn", "08"), ("Cơ sở được kiểm tra", "cơ sở", "412"), ("Cơ sở vi phạm", "cơ sở", "57"), ("Phạt tiền", "triệu đồng", "864,5")],
         ind={"inspections": 8, "establishments_inspected": 412, "violations": 57, "fines_vnd": 864500000}),
    dict(task="II.5.b", label="Lấy mẫu giám sát, khảo sát chất lượng thực phẩm", status="in_progress", status_text="Đang triển khai",
         rows=[("Mẫu thực phẩm được lấy kiểm nghiệm", "mẫu", "1.126"), ("Mẫu không đạt", "mẫu", "38")],
         ind={"samples_tested": 1126}),
    dict(task="II.2.e", label="Góp ý QCVN về thực phẩm", status="completed", status_text="Đã hoàn thành",
         rows=[("Dự thảo QCVN góp ý", "văn bản", "02")], ind={"standards_reviewed": 2}),
    dict(task="II.1.a", label="Tuyên truyền, tập huấn cho cơ sở sản xuất kinh doanh", status="completed", status_text="Đã hoàn thành",
         rows=[("Lớp tập huấn kiến thức", "lớp", "12"), ("Người tham dự", "người", "1.540"), ("Tin, bài tuyên truyền trên Cổng TTĐT Sở", "tin, bài", "24")],
         ind={"training_courses": 12, "participants": 1540, "communications": 24}),
  ],
  difficulties=["Chi phí kiểm nghiệm mẫu thực phẩm cao, kinh phí được giao không đủ đáp ứng kế hoạch giám sát."],
  proposals=["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng hàng hóa để phối hợp cảnh báo người tiêu dùng."],
  resave=True)

R(file="d-binhthanh-bieu-ct38.xlsx", hand="D",
  unit={"id": "26929", "name": "Phường Bình Thạnh"},
  top=["ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH THẠNH"],
  title="BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
  subtitle="(Kèm Báo cáo số 441/BC-UBND ngày 21/10/2026 của UBND phường Bình Thạnh)",
  number="441/BC-UBND", date="2026-10-21",
  tasks=[
    dict(task="II.1.a", label="Tuyên truyền, phổ biến pháp luật về TĐC", status="completed", status_text="Hoàn thành",
         rows=[("Tin, bài trên trang TTĐT, loa phát thanh", "tin, bài", "10"), ("Hội nghị phổ biến cho hộ kinh doanh", "hội nghị", "02"), ("Lượt người tham dự", "lượt", "180")],
         ind={"communications": 10, "training_courses": 2, "participants": 180}),
    dict(task="II.5.c", label="Thực hiện nội dung phân quyền QLNN về TĐC", status="in_progress", status_text="Đang thực hiện",
         rows=[("Cuộc kiểm tra", "cuộc", "03"), ("Cơ sở được kiểm tra", "cơ sở", "22"), ("Cơ sở vi phạm", "cơ sở", "05"), ("Tiền phạt", "đồng", "12.500.000")],
         ind={"inspections": 3, "establishments_inspected": 22, "violations": 5, "fines_vnd": 12500000}),
    dict(task="II.5.d", label="Bảo vệ người tố giác vi phạm", status="not_applicable", status_text="Không phát sinh",
         rows=[("Đơn tố giác", "đơn", "0")], ind={}),
  ],
  difficulties=["Các cơ sở kinh doanh vàng bạc chưa hợp tác khi kiểm tra đo lường."],
  proposals=["Đề nghị Chi cục cử cán bộ chuyên môn phối hợp khi phường kiểm tra cửa hàng vàng bạc."],
  resave=False)

R(file="d-cangio-ketqua-tdc-2026.xlsx", hand="D",
  unit={"id": "27664", "name": "Xã Cần Giờ"},
  top=["ỦY BAN NHÂN DÂN", "XÃ CẦN GIỜ"],
  title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
  subtitle="(Kèm theo Báo cáo số 276/BC-UBND ngày 09/11/2026)",
  number="276/BC-UBND", date="2026-11-09",
  tasks=[
    dict(task="II.5.c", label="Phối hợp thực hiện nội dung phân quyền về đo lường, chất lượng", status="completed", status_text="Hoàn thành",
         rows=[("Kiểm tra cân tại chợ Hàng Dương, chợ cá", "cuộc", "02"), ("Cơ sở được kiểm tra", "cơ sở", "16"), ("Cân được kiểm định lại", "chiếc", "35")],
         ind={"inspections": 2, "establishments_inspected": 16, "instruments_verified": 35}),
    dict(task="II.2.d", label="Hướng dẫn cơ sở sản xuất công bố chất lượng, ghi nhãn sản phẩm OCOP", status="in_progress", status_text="Đang thực hiện",
         rows=[("Cơ sở được hướng dẫn", "cơ sở", "06")], ind={"enterprises_supported": 6}),
    dict(task="II.3.a", label="Cử công chức tham gia tập huấn", status="not_started", status_text="Chưa thực hiện",
         rows=[("", "", "")], ind={}),
  ],
  difficulties=["Địa bàn xa trung tâm, đi lại tham gia tập huấn khó khăn.",
                "Chưa có cán bộ chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
  proposals=["Đề nghị Chi cục tổ chức tập huấn trực tuyến cho các xã vùng xa."],
  resave=True)

# ---------------------------------------------------------------- Hand E: shorthand
R(file="e-binhtan-bc-tdc.docx", hand="E",
  unit={"id": "27442", "name": "Phường Bình Tân"}, org="UBND PHƯỜNG BÌNH TÂN",
  number="352/BC-UBND", date="2026-10-24",
  title="BÁO CÁO\nKết quả thực hiện KH triển khai CT 38-CT/TW năm 2026 (đến 20/10/2026)",
  entries=[
    dict(task="II.1.a", status="completed", ind={"training_courses": 3, "participants": 120, "communications": 6},
         line="1. Tuyên truyền, tập huấn VBQPPL về TĐC: 03 lớp/120 lượt ng; 06 tin bài trên trang TTĐT phường. → HT"),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 4, "establishments_inspected": 15, "violations": 2, "fines_vnd": 2500000},
         line="2. Kiểm tra ĐL, CL theo phân quyền (5c): 04 đợt, 15cs (KT 07 cơ sở xăng dầu, 08 cơ sở vàng bạc); VP 02 cs, phạt 2,5tr đ. → ĐTH"),
    dict(task="II.2.d", status="not_started", ind={},
         line="3. Hỗ trợ DN áp dụng HTQL, công bố CL (2d): chưa TH, chờ hướng dẫn của Chi cục."),
    dict(task="II.5.d", status="not_applicable", ind={},
         line="4. Khen thưởng, bảo vệ người tố giác (5d): KPS."),
  ],
  difficulties=["CB kiêm nhiệm, chưa qua đào tạo chuyên môn ĐL.", "Thiếu quả cân chuẩn, thiết bị KT nhanh."],
  proposals=["Đề nghị Chi cục hỗ trợ 01 bộ quả cân chuẩn M1.", "Đề nghị tổ chức tập huấn nghiệp vụ cho CB phường."],
  signer="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrương Minh Hiếu")

R(file="e-hocmon-bc-38.docx", hand="E",
  unit={"id": "27559", "name": "Xã Hóc Môn"}, org="UBND XÃ HÓC MÔN",
  number="508/BC-UBND", date="2026-11-13",
  title="BÁO CÁO\nKQ thực hiện KH CT38 năm 2026",
  entries=[
    dict(task="II.5.c", status="completed", ind={"inspections": 3, "establishments_inspected": 19, "violations": 3, "fines_vnd": 7500000},
         line="- Nhiệm vụ 5c (phân quyền QLNN): KT 03 cuộc/19cs; VP 03, phạt 7,5tr đ → HT."),
    dict(task="II.5.a", status="in_progress", ind={"samples_tested": 4},
         line="- Nhiệm vụ 5a (phối hợp KT CL hàng hóa): lấy 04 mẫu phân bón gửi TN → ĐTH."),
    dict(task="II.1.a", status="completed", ind={"communications": 9},
         line="- Nhiệm vụ 1a (tuyên truyền): 09 tin/bài, 02 băng rôn tại chợ Hóc Môn → HT."),
    dict(task="II.3.a", status="completed", ind={"participants": 2},
         line="- Nhiệm vụ 3a (tập huấn CC): cử 02 CC dự lớp của Chi cục → HT."),
  ],
  difficulties=["Kinh phí lấy mẫu TN chưa được bố trí."],
  proposals=["Đề nghị Sở KHCN bố trí kinh phí lấy mẫu cho xã năm 2027."],
  signer="CHỦ TỊCH\n\nLâm Văn Tới")

R(file="e-thuduc-baocao-ct38.docx", hand="E",
  unit={"id": "26824", "name": "Phường Thủ Đức"}, org="UBND PHƯỜNG THỦ ĐỨC",
  number="619/BC-UBND", date="2026-09-30",
  title="BÁO CÁO\nKQ thực hiện KH triển khai CT 38-CT/TW (9 tháng năm 2026)",
  entries=[
    dict(task="II.1.a", status="in_progress", ind={"training_courses": 1, "participants": 45},
         line="1. Tuyên truyền (1a): 01 lớp/45 lượt ng dự; đang chuẩn bị lớp thứ 2 → ĐTH."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 11},
         line="2. Phân quyền QLNN (5c): KT 02 đợt, 11cs; chưa phát hiện VP → ĐTH."),
    dict(task="II.2.d", status="completed", ind={"enterprises_supported": 4},
         line="3. Hỗ trợ DN (2d): HD 04 DN công bố TCCS → HT."),
    dict(task="II.3.a", status="not_started", ind={},
         line="4. Tập huấn CC (3a): chưa TH (Chi cục chưa mở lớp)."),
  ],
  difficulties=["Chưa có biểu mẫu thống nhất để báo cáo số liệu KT."],
  proposals=["Đề nghị Chi cục ban hành biểu mẫu báo cáo thống nhất."],
  signer="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNgô Thị Kim Liên")
