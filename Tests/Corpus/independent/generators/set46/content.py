# -*- coding: utf-8 -*-
"""Content of the 17 reports of set46 (used by gen.py)."""
from gen import item, KH  # noqa

R = []

# ============================================================ HAND 1 — Duyên (wards, DOCX)
INTRO_H1 = ("Thực hiện " + KH + " về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư "
            "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026; Ủy ban nhân dân phường báo cáo "
            "kết quả thực hiện từ đầu năm đến nay như sau:")
TITLE_H1 = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường"
NN_H1 = ["- Sở Khoa học và Công nghệ;", "- Chi cục TCĐLCL TP.HCM;", "- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;", "- Phòng Kinh tế;", "- Lưu: VT."]

R.append(("27448-bc-ct38-2026.docx", dict(
    hand="h1", unit_id="27448", unit_name="Phường Bình Trị Đông", place="Bình Trị Đông",
    number="412/BC-UBND", date="2026-11-05", title=TITLE_H1, intro=INTRO_H1, noinhan=NN_H1,
    signer="Trần Văn Lực",
    items=[
        item("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 52},
             "Tuyên truyền, phổ biến quy định pháp luật về tiêu chuẩn, đo lường, chất lượng",
             ["Đăng 06 tin, bài trên Trang thông tin điện tử và Fanpage của phường; thường xuyên phát nội dung tuyên truyền trên hệ thống loa của các khu phố.",
              "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 lớp tập huấn về quy định đo lường trong kinh doanh cho 52 tiểu thương tại chợ Bình Trị Đông (ngày 14/5/2026)."],
             "Đã thực hiện xong."),
        item("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 19, "violations": 3, "fines_vnd": 7500000, "instruments_verified": 2},
             "Kiểm tra nhà nước về đo lường, chất lượng theo nội dung được phân quyền",
             ["Tổ kiểm tra liên ngành của phường tiến hành 04 cuộc kiểm tra tại 19 cơ sở kinh doanh (cửa hàng xăng dầu, tiệm vàng, sạp hàng sử dụng cân tại chợ).",
              "Phát hiện 03 cơ sở vi phạm (sử dụng cân chưa kiểm định, không niêm yết giá), đã ban hành 03 quyết định xử phạt vi phạm hành chính, tổng số tiền 7.500.000 đồng.",
              "Duy trì điểm cân đối chứng tại chợ Bình Trị Đông và chợ Bình Long; đưa 02 cân đối chứng đi kiểm định định kỳ."],
             "Đang thực hiện (thường xuyên)."),
        item("II.3.a", "completed", {"participants": 3},
             "Tham gia tập huấn, bồi dưỡng nghiệp vụ",
             ["Cử 03 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 17/6/2026."],
             "Đã thực hiện xong."),
        item("II.2.đ", "in_progress", {},
             "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
             ["Rà soát, cập nhật 47 quy trình giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính; tổ chức đánh giá nội bộ dự kiến trong tháng 11/2026."],
             "Đang thực hiện."),
        item("II.5.b", "not_applicable", {},
             "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
             ["Năm 2026 chưa phát sinh yêu cầu phối hợp lấy mẫu khảo sát trên địa bàn phường."],
             "Không phát sinh."),
    ],
    diff=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc.",
          "Chưa có phương tiện đo chuẩn (quả cân, bình đong chuẩn) để kiểm tra nhanh tại chợ."],
    prop=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 bộ quả cân chuẩn cho phường.",
          "Đề nghị Sở Khoa học và Công nghệ tổ chức thêm lớp tập huấn về xử phạt vi phạm hành chính trong lĩnh vực đo lường cho công chức phường."],
)))

R.append(("27019_BaoCao_TDC_2026.docx", dict(
    hand="h1", unit_id="27019", unit_name="Phường Tân Sơn Nhì", place="Tân Sơn Nhì",
    number="287/BC-UBND", date="2026-11-10", title=TITLE_H1, intro=INTRO_H1,
    noinhan=["- Sở KH&CN (Chi cục TĐC);", "- Thường trực Đảng ủy phường;", "- Lưu: VT, KT."],
    signer="Nguyễn Thị Kim Oanh",
    items=[
        item("II.1.a", "completed", {"communications": 4},
             "Công tác tuyên truyền",
             ["Đăng 04 tin, bài về Chỉ thị 38-CT/TW và nhận biết hàng giả, hàng kém chất lượng trên Trang thông tin điện tử phường; phát tờ rơi tại các khu phố."],
             "Đã thực hiện xong."),
        item("II.2.d", "in_progress", {"enterprises_supported": 11},
             "Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn, công bố chất lượng sản phẩm",
             ["Hướng dẫn 11 hộ kinh doanh, doanh nghiệp nhỏ (chủ yếu ngành may mặc, thực phẩm khô) về ghi nhãn hàng hóa và tự công bố sản phẩm."],
             "Đang thực hiện."),
        item("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 9},
             "Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên địa bàn",
             ["Phối hợp Đội Quản lý thị trường kiểm tra 02 cuộc tại 9 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em; chưa phát hiện vi phạm."],
             "Đang thực hiện."),
        item("II.3.a", "not_started", {},
             "Cử công chức tham gia tập huấn chuyên môn",
             ["Phường chưa nhận được kế hoạch, thư mời tập huấn năm 2026."],
             "Chưa thực hiện."),
        item("II.5.d", "not_applicable", {},
             "Khen thưởng, bảo vệ người tố giác vi phạm",
             ["Trong kỳ không có trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."],
             "Không phát sinh."),
    ],
    diff=["Địa bàn có nhiều hộ kinh doanh nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó theo dõi, quản lý."],
    prop=["Đề nghị Chi cục sớm tổ chức lớp tập huấn nghiệp vụ cho công chức phường mới sau sắp xếp."],
)))

R.append(("BC 198 Phu Thanh - CT38.docx", dict(
    hand="h1", unit_id="27028", unit_name="Phường Phú Thạnh", place="Phú Thạnh",
    number="198/BC-UBND", date="2026-11-03", title=TITLE_H1, intro=INTRO_H1,
    noinhan=["- Chi cục Tiêu chuẩn Đo lường Chất lượng;", "- Lưu: VT."],
    signer="Lê Hoàng Nam",
    items=[
        item("II.1.a", "completed", {"communications": 8, "training_courses": 2, "participants": 130},
             "Tuyên truyền, tập huấn pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh",
             ["Đăng 08 tin, bài trên Trang thông tin điện tử, nhóm Zalo các khu phố.",
              "Tổ chức 02 lớp tập huấn cho hộ kinh doanh tại chợ Phú Thạnh và chợ Tân Hương với 130 lượt người tham dự."],
             "Đã thực hiện xong."),
        item("II.1.b", "completed", {"enterprises_supported": 25},
             "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             ["Chuyển thông tin, thể lệ Giải thưởng Chất lượng Quốc gia năm 2026 đến 25 doanh nghiệp trên địa bàn."],
             "Đã thực hiện xong."),
        item("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 12, "violations": 2, "fines_vnd": 4500000},
             "Kiểm tra đo lường, chất lượng tại cơ sở kinh doanh",
             ["Kiểm tra 03 cuộc, 12 cơ sở (xăng dầu, vàng trang sức, khí dầu mỏ hóa lỏng).",
              "Xử phạt 02 cơ sở vi phạm với số tiền 4.500.000 đồng."],
             "Đang thực hiện."),
        item("II.2.đ", "completed", {},
             "Xây dựng, áp dụng HTQLCL TCVN ISO 9001:2015 tại UBND phường",
             ["Đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/8/2026."],
             "Đã thực hiện xong."),
        item("II.3.a", "completed", {"participants": 2},
             "Tham gia tập huấn nghiệp vụ",
             ["02 công chức tham dự lớp tập huấn do Chi cục tổ chức tháng 6/2026."],
             "Đã thực hiện xong."),
    ],
    diff=[],
    prop=["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu báo cáo thống nhất để các phường thuận tiện tổng hợp số liệu."],
)))

# mistaken: a PBGDPL report (same hand)
R.append(("27013-bao-cao-10-thang.docx", dict(
    hand="h1", unit_id="27013", unit_name="Phường Tây Thạnh", place="Tây Thạnh",
    number="455/BC-UBND", date="2026-10-30", rejected=True,
    reason="Không phải báo cáo thực hiện Kế hoạch CT38-CT/TW về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo công tác phổ biến, giáo dục pháp luật 10 tháng năm 2026 của phường (gửi nhầm).",
    title="Kết quả công tác phổ biến, giáo dục pháp luật 10 tháng đầu năm 2026",
    intro=("Thực hiện Kế hoạch số 15/KH-HĐPH ngày 12/01/2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật "
           "phường về công tác phổ biến, giáo dục pháp luật năm 2026; Ủy ban nhân dân phường báo cáo kết quả như sau:"),
    noinhan=["- Phòng Văn hóa - Xã hội;", "- Hội đồng phối hợp PBGDPL phường;", "- Lưu: VT."],
    signer="Phạm Minh Tuấn",
    items=[
        item("X", "unknown", {}, "Tuyên truyền, phổ biến văn bản pháp luật mới",
             ["Tổ chức 07 buổi tuyên truyền trực tiếp tại các khu phố với 640 lượt người dự; giới thiệu Luật Đất đai, Luật Trật tự, an toàn giao thông đường bộ, Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi).",
              "Đăng 21 tin, bài trên Trang thông tin điện tử phường."], "Đã thực hiện xong."),
        item("X", "unknown", {}, "Hòa giải ở cơ sở",
             ["Các tổ hòa giải tiếp nhận 36 vụ việc, hòa giải thành 29 vụ, đạt 80,6%."], "Đang thực hiện."),
        item("X", "unknown", {}, "Tủ sách pháp luật, Ngày Pháp luật Việt Nam 09/11",
             ["Bổ sung 120 đầu sách cho tủ sách pháp luật; xây dựng kế hoạch hưởng ứng Ngày Pháp luật năm 2026."], "Đang thực hiện."),
    ],
    diff=["Kinh phí cho công tác phổ biến, giáo dục pháp luật còn hạn chế."],
    prop=["Đề nghị Sở Tư pháp cung cấp thêm tài liệu phổ biến pháp luật cho các phường."],
)))

# ============================================================ HAND 2 — Phúc (communes, XLSX)
def g(roman, name, items=None, texts=None):
    return dict(roman=roman, name=name, items=items or [], texts=texts or [])

D5 = ["Xã mới sáp nhập, địa bàn rộng, công chức Phòng Kinh tế còn kiêm nhiệm nhiều lĩnh vực.",
      "Hộ kinh doanh tại các chợ tự phát chưa chủ động đưa cân đi kiểm định."]
P5 = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức kiểm định cân miễn phí tại chợ Bình Chánh trong năm 2027."]
I5 = [
    item("II.1.a", "completed", {"communications": 6},
         "Tuyên truyền trên hệ thống loa, Trang thông tin điện tử xã về tiêu chuẩn, đo lường, chất lượng",
         ["Đăng 06 tin, bài, phóng sự ngắn trên Fanpage, Trang TTĐT xã"], "Đã thực hiện"),
    item("II.1.a", "completed", {"training_courses": 1, "participants": 64},
         "Tập huấn cho hộ kinh doanh, HTX về ghi nhãn hàng hóa, đo lường trong kinh doanh",
         ["Tổ chức 01 lớp, 64 người tham dự (hộ kinh doanh chợ Bình Chánh)"], "Đã thực hiện"),
    item("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 16, "violations": 2, "fines_vnd": 3000000},
         "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nội dung phân cấp)",
         ["Kiểm tra 03 cuộc/16 cơ sở", "Vi phạm: 02 cơ sở", "Phạt tiền: 3.000.000 đ"], "Đang thực hiện"),
    item("II.2.a", "in_progress", {"enterprises_supported": 4},
         "Hỗ trợ HTX áp dụng truy xuất nguồn gốc sản phẩm",
         ["Hướng dẫn 04 HTX rau an toàn dán tem truy xuất nguồn gốc (mã QR)"], "Đang thực hiện"),
    item("II.2.đ", "completed", {},
         "Áp dụng HTQLCL theo TCVN ISO 9001:2015 tại UBND xã",
         ["Ban hành Quyết định công bố HTQLCL ngày 20/7/2026"], "Đã thực hiện"),
    item("II.3.a", "not_started", {},
         "Cử công chức dự tập huấn nghiệp vụ TĐC",
         ["Chưa có lớp"], "Chưa thực hiện"),
]
R.append(("27637-BieuBC-CT38.xlsx", dict(
    hand="h2", unit_id="27637", unit_name="Xã Bình Chánh", place="Bình Chánh",
    number="156/BC-UBND", date="2026-11-06",
    title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026\n(Công tác tiêu chuẩn, đo lường, chất lượng)",
    maker="Võ Hoàng Phúc", signer="Đặng Thị Thu Trang",
    groups=[g("I", "CÔNG TÁC TUYÊN TRUYỀN", I5[:2]), g("II", "CÔNG TÁC QUẢN LÝ, KIỂM TRA", I5[2:]),
            g("III", "KHÓ KHĂN, VƯỚNG MẮC", texts=D5), g("IV", "KIẾN NGHỊ, ĐỀ XUẤT", texts=P5)],
    diff=D5, prop=P5,
)))

D6 = ["Chưa có kinh phí riêng cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng."]
P6 = ["Đề nghị Sở Khoa học và Công nghệ cấp tài liệu, tờ rơi tuyên truyền cho xã.",
      "Đề nghị Chi cục thông báo kết quả khảo sát mẫu xăng dầu để xã theo dõi, nhắc nhở cơ sở."]
I6 = [
    item("II.1.a", "completed", {"communications": 8},
         "Tuyên truyền qua Trang thông tin điện tử, nhóm Zalo các ấp",
         ["08 tin bài"], "Đã thực hiện"),
    item("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11},
         "Phối hợp kiểm tra nhãn hàng hóa, đo lường tại cơ sở kinh doanh",
         ["02 cuộc, 11 cơ sở", "Chưa phát hiện vi phạm"], "Đang thực hiện"),
    item("II.5.b", "completed", {"samples_tested": 6},
         "Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng",
         ["Lấy 06 mẫu tại 03 cửa hàng xăng dầu"], "Đã thực hiện"),
    item("II.3.a", "completed", {"participants": 2},
         "Cử công chức tham dự tập huấn nghiệp vụ",
         ["02 công chức tham dự (tháng 6/2026)"], "Đã thực hiện"),
    item("II.5.d", "not_applicable", {},
         "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TC-ĐL-CL",
         ["Không có đơn, phản ánh"], "Chưa phát sinh"),
]
R.append(("Bieu bao cao CT38 - Tan Nhut.xlsx", dict(
    hand="h2", unit_id="27595", unit_name="Xã Tân Nhựt", place="Tân Nhựt",
    number="203/BC-UBND", date="2026-11-12",
    title="BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
    maker="Huỳnh Thanh Tùng", signer="Lâm Văn Sang",
    groups=[g("I", "TUYÊN TRUYỀN", I6[:1]), g("II", "KIỂM TRA, KHẢO SÁT", I6[1:3]), g("III", "CÔNG TÁC KHÁC", I6[3:]),
            g("IV", "KHÓ KHĂN, VƯỚNG MẮC", texts=D6), g("V", "KIẾN NGHỊ, ĐỀ XUẤT", texts=P6)],
    diff=D6, prop=P6,
)))

D7 = ["Nhiều cơ sở sản xuất gốm, đồ gỗ quy mô hộ gia đình chưa quan tâm đến việc công bố tiêu chuẩn áp dụng.",
      "Phần mềm quản lý văn bản sau sáp nhập chưa ổn định, ảnh hưởng việc duy trì hệ thống ISO."]
P7 = ["Đề nghị Chi cục hỗ trợ tư vấn miễn phí công bố hợp chuẩn, hợp quy cho cơ sở sản xuất nhỏ trên địa bàn phường."]
I7 = [
    item("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 75, "budget_spent_vnd": 4800000},
         "Tuyên truyền, tập huấn về tiêu chuẩn, đo lường, chất lượng",
         ["12 tin, bài trên Trang TTĐT và Fanpage phường", "01 lớp tập huấn, 75 người dự", "Kinh phí đã sử dụng: 4.800.000 đ"], "Đã thực hiện"),
    item("II.1.b", "completed", {"enterprises_supported": 15},
         "Phổ biến thể lệ Giải thưởng Chất lượng Quốc gia đến doanh nghiệp",
         ["Gửi thông tin cho 15 doanh nghiệp"], "Đã thực hiện"),
    item("II.2.d", "in_progress", {"enterprises_supported": 7},
         "Hướng dẫn cơ sở sản xuất gốm, đồ gỗ công bố tiêu chuẩn áp dụng, ghi nhãn",
         ["Hướng dẫn 07 cơ sở"], "Đang thực hiện"),
    item("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 23, "violations": 4, "fines_vnd": 12250000},
         "Kiểm tra đo lường, chất lượng theo phân cấp",
         ["05 cuộc, 23 cơ sở", "04 cơ sở vi phạm", "Phạt 12.250.000 đ"], "Đang thực hiện"),
    item("II.2.đ", "in_progress", {},
         "Duy trì HTQLCL TCVN ISO 9001:2015",
         ["Đang cập nhật quy trình sau sáp nhập"], "Đang thực hiện"),
]
R.append(("25966 Lai Thieu - bieu CT38.xlsx", dict(
    hand="h2", unit_id="25966", unit_name="Phường Lái Thiêu", place="Lái Thiêu",
    number="341/BC-UBND", date="2026-11-04",
    title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 TRÊN ĐỊA BÀN PHƯỜNG",
    maker="Phan Minh Phúc", signer="Nguyễn Văn Thắng",
    groups=[g("I", "TUYÊN TRUYỀN, VẬN ĐỘNG", I7[:2]), g("II", "HỖ TRỢ DOANH NGHIỆP, QUẢN LÝ, KIỂM TRA", I7[2:]),
            g("III", "KHÓ KHĂN, VƯỚNG MẮC", texts=D7), g("IV", "KIẾN NGHỊ, ĐỀ XUẤT", texts=P7)],
    diff=D7, prop=P7,
)))

# mistaken: environment report (same hand)
R.append(("27658-bieu-bao-cao.xlsx", dict(
    hand="h2", unit_id="27658", unit_name="Xã Hiệp Phước", place="Hiệp Phước",
    number="219/BC-UBND", date="2026-11-02", rejected=True,
    reason="Không phải báo cáo thực hiện Kế hoạch CT38-CT/TW về tiêu chuẩn, đo lường, chất lượng: đây là biểu báo cáo công tác bảo vệ môi trường năm 2026 của xã (gửi nhầm).",
    title="BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026",
    sub="(Theo Công văn số 4127/SNNMT-BVMT của Sở Nông nghiệp và Môi trường)",
    maker="Trương Ngọc Hiếu", signer="Bùi Văn Dũng",
    groups=[
        g("I", "THU GOM, XỬ LÝ CHẤT THẢI RẮN SINH HOẠT", [
            item("X", "unknown", {}, "Thu gom rác thải sinh hoạt", ["Khối lượng thu gom bình quân 38 tấn/ngày", "Tỷ lệ hộ ký hợp đồng thu gom: 96%"], "Đang thực hiện"),
            item("X", "unknown", {}, "Phân loại rác tại nguồn", ["Triển khai tại 04 ấp"], "Đang thực hiện")]),
        g("II", "KIỂM TRA CƠ SỞ CÓ PHÁT SINH CHẤT THẢI", [
            item("X", "unknown", {}, "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường", ["04 cuộc, 12 cơ sở", "Xử phạt 02 cơ sở: 45.000.000 đ"], "Đang thực hiện")]),
        g("III", "KHÓ KHĂN, VƯỚNG MẮC", texts=["Tình trạng đổ trộm xà bần dọc kênh rạch còn diễn ra."]),
        g("IV", "KIẾN NGHỊ, ĐỀ XUẤT", texts=["Đề nghị Sở hỗ trợ lắp camera giám sát tại các điểm nóng về môi trường."]),
    ],
    diff=[], prop=[],
)))

# ============================================================ HAND 3 — Tâm (departments, DOCX)
INTRO_H3 = ("Thực hiện " + KH + " triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư "
            "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026 (sau đây gọi tắt là Kế hoạch), "
            "{u} báo cáo kết quả thực hiện các nội dung được giao như sau:")
R.append(("SCT-BC-CT38-2026.docx", dict(
    hand="h3", unit_id="SO-CT", unit_name="Sở Công Thương", number="4386/BC-SCT", date="2026-10-30",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia",
    intro=INTRO_H3.format(u="Sở Công Thương"),
    trienkhai=["Sở Công Thương đã ban hành Công văn số 1187/SCT-QLTM ngày 18/3/2026 phân công các phòng, Chi cục Quản lý thị trường thành phố triển khai các nội dung phối hợp theo Kế hoạch."],
    items=[
        item("II.1.a", "completed", {"training_courses": 2, "participants": 186, "communications": 14},
             "về công tác tuyên truyền, phổ biến pháp luật",
             ["Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng cho 186 đại biểu là thương nhân, cửa hàng bán lẻ;",
              "đăng tải 14 tin, bài trên Cổng thông tin điện tử của Sở."],
             "đã hoàn thành."),
        item("II.5.a", "in_progress", {"inspections": 126, "violations": 58, "fines_vnd": 1260000000},
             "về công tác kiểm tra, kiểm soát thị trường",
             ["Chi cục Quản lý thị trường đã kiểm tra 126 vụ liên quan đến nhãn hàng hóa, tiêu chuẩn, chất lượng hàng hóa lưu thông;",
              "phát hiện 58 vụ vi phạm, xử phạt vi phạm hành chính tổng số tiền 1,26 tỷ đồng."],
             "đang tiếp tục thực hiện theo kế hoạch kiểm tra năm."),
        item("II.2.e", "completed", {"standards_reviewed": 3},
             "về góp ý quy chuẩn kỹ thuật",
             ["Sở đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì xây dựng (xăng dầu, khí dầu mỏ hóa lỏng, thép làm cốt bê tông)."],
             "đã hoàn thành."),
        item("II.2.a", "in_progress", {"enterprises_supported": 32},
             "về hỗ trợ doanh nghiệp áp dụng truy xuất nguồn gốc",
             ["Thông qua Chương trình bình ổn thị trường, Sở đã hỗ trợ, hướng dẫn 32 doanh nghiệp áp dụng giải pháp truy xuất nguồn gốc sản phẩm theo Đề án 100."],
             "đang thực hiện."),
        item("II.6.a", "completed", {"training_courses": 1, "participants": 140},
             "về cập nhật các cam kết quốc tế",
             ["Sở đã tổ chức 01 hội thảo chuyên đề về hàng rào kỹ thuật trong thương mại (TBT) trong các Hiệp định thương mại tự do với 140 đại biểu doanh nghiệp tham dự."],
             "đã hoàn thành."),
    ],
    diff=["Hàng hóa kinh doanh trên môi trường thương mại điện tử tăng nhanh, khó xác định nguồn gốc, chất lượng.",
          "Lực lượng quản lý thị trường còn mỏng so với địa bàn sau sắp xếp."],
    prop=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa để phục vụ công tác kiểm tra.",
          "Đề nghị xây dựng cơ chế phối hợp trao đổi dữ liệu về truy xuất nguồn gốc giữa các sở, ngành."],
    noinhan=["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLTM."], signer="Nguyễn Thị Bích Ngọc",
)))

R.append(("SNV_baocao_CT38.docx", dict(
    hand="h3", unit_id="SO-NV", unit_name="Sở Nội vụ", number="3920/BC-SNV", date="2026-10-28", lo_docx=True,
    title="Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    intro=INTRO_H3.format(u="Sở Nội vụ"),
    trienkhai=["Sở Nội vụ lồng ghép nội dung triển khai Kế hoạch vào Kế hoạch cải cách hành chính năm 2026 và Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2026 của Thành phố."],
    items=[
        item("II.2.đ", "in_progress", {},
             "về áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước",
             ["Sở đã hướng dẫn các xã, phường, đặc khu xây dựng lại Hệ thống quản lý chất lượng sau sắp xếp đơn vị hành chính; đến nay 137/168 Ủy ban nhân dân xã, phường, đặc khu đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015."],
             "đang thực hiện, phấn đấu hoàn thành trong tháng 11/2026."),
        item("II.3.a", "completed", {"training_courses": 3, "participants": 420},
             "về bồi dưỡng kiến thức cho công chức cấp xã",
             ["Sở đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng lồng ghép chuyên đề quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng vào 03 lớp bồi dưỡng cho 420 công chức xã, phường, đặc khu."],
             "đã hoàn thành."),
        item("II.3.c", "in_progress", {},
             "về thu hút chuyên gia, người có trình độ cao",
             ["Sở đang phối hợp thẩm định hồ sơ thu hút 02 chuyên gia trong lĩnh vực đo lường theo Quyết định số 05/2026/QĐ-UBND."],
             "đang thực hiện."),
        item("II.6.b", "not_applicable", {},
             "về nâng cao năng suất khu vực công",
             ["Trong năm 2026 chưa có yêu cầu phối hợp với Tổ chức Năng suất Châu Á (APO)."],
             "không phát sinh."),
    ],
    diff=["Một số xã, phường, đặc khu chưa bố trí công chức phụ trách Hệ thống quản lý chất lượng sau sắp xếp."],
    prop=["Đề nghị Sở Khoa học và Công nghệ cử chuyên gia hỗ trợ các xã, phường chưa hoàn thành việc công bố lại Hệ thống quản lý chất lượng."],
    noinhan=["- Như trên;", "- Lưu: VT, CCHC."], signer="Hồ Thị Thanh Hương",
)))

R.append(("SGDDT - bao cao CT38 nam 2026.docx", dict(
    hand="h3", unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo", number="5012/BC-SGDĐT", date="2026-11-02",
    title="Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trong ngành Giáo dục và Đào tạo",
    intro=INTRO_H3.format(u="Sở Giáo dục và Đào tạo"),
    trienkhai=["Sở đã ban hành Công văn số 1632/SGDĐT-CTTT ngày 09/4/2026 hướng dẫn các cơ sở giáo dục lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa."],
    items=[
        item("II.3.d", "in_progress", {"training_courses": 5, "participants": 1350},
             "về bồi dưỡng, giáo dục kiến thức tiêu chuẩn, đo lường cho học sinh, sinh viên",
             ["Sở đã phối hợp tổ chức 05 lớp chuyên đề về tiêu chuẩn, đo lường, mã số mã vạch, truy xuất nguồn gốc cho 1.350 học sinh, sinh viên các trường trung cấp, cao đẳng trực thuộc."],
             "đang thực hiện, tiếp tục trong học kỳ II."),
        item("II.1.a", "completed", {"communications": 6},
             "về tuyên truyền",
             ["Sở đã đăng 06 bài viết về vai trò của tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của ngành."],
             "đã hoàn thành."),
        item("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 18},
             "về kiểm tra chất lượng thiết bị dạy học, đồ chơi",
             ["Sở đã thành lập 02 đoàn kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em tại 18 cơ sở giáo dục mầm non, phổ thông."],
             "đang thực hiện."),
        item("II.2.e", "completed", {"standards_reviewed": 1},
             "về góp ý quy chuẩn kỹ thuật",
             ["Sở đã góp ý 01 dự thảo quy chuẩn kỹ thuật quốc gia về bàn ghế học sinh."],
             "đã hoàn thành."),
        item("II.3.b", "not_applicable", {},
             "về bồi dưỡng chuyên sâu về năng suất",
             ["Ngành không có nhiệm vụ được giao đối với nội dung này."],
             "không phát sinh."),
    ],
    diff=["Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên chỉ lồng ghép qua hoạt động ngoại khóa."],
    prop=["Đề nghị Sở Khoa học và Công nghệ biên soạn tài liệu tuyên truyền phù hợp với học sinh, sinh viên."],
    noinhan=["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, CTTT."], signer="Lý Quốc Hùng",
)))

# ============================================================ HAND 4 — Vinh (XLSX with formula status)
def it4(task, status, ind, title, lines, plan=None, done=None, word=None):
    d = item(task, status, ind, title, lines, word or "")
    d["plan"] = plan; d["done"] = done
    return d

R.append(("TTPT_BC_CT38_10-2026.xlsx", dict(
    hand="h4", unit_id="SKHCN-TTPTTN", unit_name="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM",
    unit_head="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
    number="612/TTPT-KHTH", date="2026-10-29", place="TP. Hồ Chí Minh",
    title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (số liệu đến 25/10/2026)",
    items=[
        it4("II.4.a", "in_progress", {"budget_spent_vnd": 8640000000},
            "Đầu tư trang thiết bị thử nghiệm, kiểm định (mục 4.a)",
            ["Đã mua sắm, lắp đặt 06/09 thiết bị (máy sắc ký khí khối phổ, tủ vi khí hậu...)", "Giải ngân 8,64 tỷ đồng"], plan=9, done=6),
        it4("II.4.c", "completed", {"instruments_verified": 14},
            "Duy trì, liên kết chuẩn đo lường (mục 4.c)",
            ["Hiệu chuẩn, liên kết 14 chuẩn đo lường chính tại Viện Đo lường Việt Nam"], plan=14, done=14),
        it4("II.2.g", "in_progress", {"instruments_verified": 18425, "samples_tested": 3216},
            "Cung cấp dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm (mục 2.g)",
            ["Kiểm định, hiệu chuẩn 18.425 phương tiện đo", "Thử nghiệm 3.216 mẫu"], plan=20000, done=18425),
        it4("II.1.a", "completed", {"training_courses": 2, "participants": 145},
            "Phối hợp Chi cục tổ chức tập huấn cho doanh nghiệp (mục 1.a)",
            ["02 lớp, 145 học viên"], plan=2, done=2),
        it4("II.3.d", "in_progress", {"training_courses": 3, "participants": 62},
            "Đào tạo, bồi dưỡng viên chức, kỹ thuật viên (mục 3.d)",
            ["03 khóa đào tạo kiểm định viên, 62 lượt viên chức, người lao động"], plan=4, done=3),
        it4("II.6.b", "not_applicable", {},
            "Phối hợp thúc đẩy năng suất với APO (mục 6.b)", ["Không có yêu cầu trong năm"], word="Không phát sinh"),
    ],
    diff=["Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, chưa kịp lắp đặt 03 thiết bị còn lại trong năm.",
          "Thiếu kiểm định viên lĩnh vực lưu lượng và áp suất."],
    prop=["Đề nghị Sở cho phép chuyển nguồn kinh phí mua sắm thiết bị chưa giải ngân sang năm 2027."],
    sign_title="GIÁM ĐỐC", maker="Đỗ Quang Vinh", signer="Tạ Minh Hoàng",
)))

R.append(("KTPC-bao cao CT38.xlsx", dict(
    hand="h4", unit_id="SKHCN-KTPC", unit_name="Phòng Kiểm tra – Pháp chế",
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", unit_head="PHÒNG KIỂM TRA – PHÁP CHẾ",
    number="85/BC-KTPC", date="2026-10-27", place="Thành phố Hồ Chí Minh",
    title="KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    items=[
        it4("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 41, "violations": 7, "fines_vnd": 86500000},
            "Phối hợp kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa",
            ["09 cuộc kiểm tra, 41 cơ sở", "07 cơ sở vi phạm", "Tham mưu xử phạt 86,5 triệu đồng"], plan=10, done=9),
        it4("II.2.c", "completed", {},
            "Góp ý dự thảo văn bản quy phạm pháp luật về TĐC",
            ["Góp ý 04 dự thảo (Nghị định hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa sửa đổi)"], plan=4, done=4),
        it4("II.4.b", "completed", {"instruments_verified": 12},
            "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
            ["Phối hợp đưa 12 phương tiện kỹ thuật nghiệp vụ đi kiểm định, hiệu chuẩn"], plan=12, done=12),
        it4("II.5.b", "in_progress", {"samples_tested": 120},
            "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
            ["Khảo sát 120 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)"], plan=150, done=120),
        it4("II.5.d", "in_progress", {},
            "Tiếp nhận, xử lý phản ánh, tố giác vi phạm",
            ["Tiếp nhận 03 đơn phản ánh, đã chuyển xử lý 03 đơn"], word="Thường xuyên - đang thực hiện"),
        it4("II.5.c", "in_progress", {},
            "Hướng dẫn nghiệp vụ cho UBND phường, xã, đặc khu",
            ["Hướng dẫn nghiệp vụ xử phạt cho 35 UBND phường, xã"], plan=168, done=35),
    ],
    diff=["Một số cơ sở vi phạm đã ngừng kinh doanh, thay đổi địa chỉ nên khó xác minh, xử lý."],
    prop=["Đề nghị bổ sung 01 biên chế pháp chế cho Phòng.",
          "Đề nghị Chi cục chia sẻ danh sách cơ sở đã được kiểm tra để tránh kiểm tra trùng lặp."],
    sign_title="TRƯỞNG PHÒNG", maker="Mai Thế Vinh", signer="Châu Ngọc Diễm",
)))

R.append(("25978_TDC_2026.xlsx", dict(
    hand="h4", unit_id="25978", unit_name="Phường Thuận An",
    parent="ỦY BAN NHÂN DÂN", unit_head="PHƯỜNG THUẬN AN",
    number="377/BC-UBND", date="2026-11-09", place="Thuận An",
    title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG",
    items=[
        it4("II.1.a", "in_progress", {"communications": 10, "training_courses": 1, "participants": 90},
            "Tuyên truyền, phổ biến pháp luật về TC-ĐL-CL",
            ["10 tin bài trên Trang TTĐT phường", "01 hội nghị phổ biến cho 90 đại biểu là hộ kinh doanh, doanh nghiệp"], plan=12, done=10),
        it4("II.5.c", "completed", {"inspections": 6, "establishments_inspected": 28, "violations": 5, "fines_vnd": 9750000},
            "Kiểm tra theo nội dung được phân quyền",
            ["06 cuộc, 28 cơ sở", "05 cơ sở vi phạm", "Phạt 9.750.000 đồng"], plan=6, done=6),
        it4("II.3.a", "completed", {"participants": 4},
            "Cử công chức dự tập huấn chuyên môn",
            ["04 công chức tham dự lớp của Chi cục"], plan=4, done=4),
        it4("II.2.đ", "not_started", {},
            "Công bố HTQLCL TCVN ISO 9001:2015 của UBND phường",
            ["Chưa công bố (đang chờ hướng dẫn của Sở Nội vụ)"], plan=1, done=0),
        it4("II.5.b", "not_applicable", {},
            "Phối hợp khảo sát chất lượng hàng hóa", ["Chưa có yêu cầu"], word="Không phát sinh"),
    ],
    diff=["Địa bàn có nhiều khu công nghiệp, cơ sở sản xuất lớn, vượt khả năng kiểm tra của phường."],
    prop=["Đề nghị Chi cục phối hợp kiểm tra các cơ sở sản xuất có quy mô lớn trên địa bàn phường."],
    sign_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", maker="Lương Hữu Vinh", signer="Kiều Văn Tài",
)))

# ============================================================ HAND 5 — Bảy (communes, DOCX one line per job)
INTRO_H5 = "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026, UBND {s} báo cáo kết quả như sau:"
R.append(("Long Hai - BC CT38.docx", dict(
    hand="h5", unit_id="26662", unit_name="Xã Long Hải", short="xã", place="Long Hải",
    number="245/BC-UBND", date="2026-11-07", date_written="07/11/2026",
    title="Kết quả thực hiện Chỉ thị 38-CT/TW năm 2026 (tiêu chuẩn, đo lường, chất lượng)",
    intro=INTRO_H5.format(s="xã Long Hải"),
    items=[
        item("II.1.a", "completed", {"communications": 9},
             "Tuyên truyền trên loa truyền thanh, nhóm Zalo khu phố", ["09 tin, bài"], "đã làm"),
        item("II.2.d", "in_progress", {"enterprises_supported": 14},
             "Hướng dẫn cơ sở chế biến hải sản khô ghi nhãn, công bố sản phẩm", ["14 cơ sở"], "đang làm"),
        item("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 37, "violations": 6, "fines_vnd": 1500000},
             "Kiểm tra cân tại chợ Long Hải, chợ hải sản",
             ["2 đợt kiểm tra, 37 sạp", "vi phạm 06 sạp (nhắc nhở 05, phạt 01 trường hợp 1,5 triệu đồng)"], "đang làm"),
        item("II.5.b", "completed", {"samples_tested": 8},
             "Phối hợp Chi cục lấy mẫu nước mắm khảo sát chất lượng", ["08 mẫu"], "xong"),
        item("II.3.a", "not_started", {},
             "Cử cán bộ đi tập huấn nghiệp vụ", [], "chưa làm (chưa có lớp)"),
        item("II.2.đ", "completed", {},
             "Áp dụng ISO 9001 tại UBND xã", [], "xong"),
    ],
    diff=["Tiểu thương chợ hải sản phần lớn dùng cân đồng hồ cũ, chưa đi kiểm định.",
          "Xã chưa có cán bộ được đào tạo về đo lường."],
    prop=["Đề nghị Chi cục tổ chức kiểm định cân lưu động tại chợ Long Hải."],
    noinhan=["Chi cục TĐC", "Lưu VT"], signer="Trần Thị Bảy",
)))

R.append(("BC_TamThang_CT38.docx", dict(
    hand="h5", unit_id="26526", unit_name="Phường Tam Thắng", short="phường", place="Tam Thắng",
    number="519/BC-UBND", date="2026-11-11", date_written="11/11/2026",
    title="Kết quả triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
    intro=INTRO_H5.format(s="phường Tam Thắng"),
    items=[
        item("II.1.a", "completed", {"communications": 7, "training_courses": 1, "participants": 48},
             "Tuyên truyền, tập huấn", ["07 bài trên trang phường", "1 lớp tập huấn cho 48 hộ kinh doanh"], "xong"),
        item("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 14, "violations": 1, "fines_vnd": 15000000},
             "Kiểm tra xăng dầu, vàng bạc (theo phân cấp)", ["03 cuộc/14 cơ sở", "01 cơ sở vi phạm, phạt 15.000.000đ"], "đang làm"),
        item("II.1.b", "not_applicable", {},
             "Hỗ trợ DN tham dự Giải thưởng chất lượng quốc gia", [], "không phát sinh (không có DN đăng ký)"),
        item("II.2.đ", "in_progress", {},
             "Rà soát, cập nhật quy trình ISO", [], "đang làm"),
        item("II.3.a", "completed", {"participants": 2},
             "Tập huấn cán bộ", ["02 người dự lớp của Chi cục (tháng 7)"], "xong"),
    ],
    diff=["Cửa hàng xăng dầu trên địa bàn nhiều, phường không có thiết bị kiểm tra nhanh chất lượng xăng dầu."],
    prop=["Đề nghị Chi cục phối hợp kiểm tra đột xuất chất lượng xăng dầu trong mùa du lịch.",
          "Đề nghị cấp tài liệu hướng dẫn nghiệp vụ cho cán bộ phường."],
    noinhan=["Sở KH&CN", "Lưu VT"], signer="Võ Thành Công",
)))

R.append(("CanGio_bc_TDC.docx", dict(
    hand="h5", unit_id="27664", unit_name="Xã Cần Giờ", short="xã", place="Cần Giờ",
    number="162/BC-UBND", date="2026-11-05", date_written="05/11/2026",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
    intro=INTRO_H5.format(s="xã Cần Giờ"),
    items=[
        item("II.1.a", "in_progress", {"communications": 7, "budget_spent_vnd": 3200000},
             "Tuyên truyền", ["07 tin, bài, phóng sự trên loa và Fanpage xã", "in tờ rơi hết 3,2 triệu đồng"], "đang làm"),
        item("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 12},
             "Kiểm tra đo lường muối, hải sản tại chợ Cần Thạnh", ["01 cuộc, 12 cơ sở, không vi phạm"], "xong"),
        item("II.2.a", "in_progress", {"enterprises_supported": 3},
             "Hỗ trợ HTX muối, nghêu làm tem truy xuất nguồn gốc", ["3 HTX"], "đang làm"),
        item("II.5.b", "not_applicable", {},
             "Khảo sát chất lượng hàng hóa", [], "không phát sinh"),
    ],
    diff=["Xã ở xa trung tâm, đi lại tham dự tập huấn khó khăn."],
    prop=["Đề nghị Chi cục tổ chức tập huấn trực tuyến cho cán bộ xã."],
    noinhan=["Chi cục TĐC", "Lưu VT"], signer="Nguyễn Văn Bảy",
)))

REPORTS = R
