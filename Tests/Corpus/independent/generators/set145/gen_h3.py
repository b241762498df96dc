# Hand 3 — Đặng Quốc Hưng style: formal report of the Sở's units; numbered own-words task headings,
# prose with approximate/provisional figures, then "– Đánh giá: <hedge>." and "– Căn cứ đánh giá: …",
# a "NHIỆM VỤ QUÝ IV" part with planned figures, closing note on provisional figures.
from gen_common import *

def build_h3(path, r):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_table(d, [r["parent"], "**" + r["upper"] + "**", "————", "Số: " + r["number"]],
                 ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "————————",
                  "*" + r["place_date"] + "*"], widths=(7.5, 9.5))
    para(d)
    para(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    para(d, r["title"], bold=True, align=CENTER)
    para(d, "Kính gửi: " + r["to"], align=CENTER)
    para(d, r["intro"], first=1, align=JUST)
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True)
    para(d, r["general"], first=1, align=JUST)
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    for k, t in enumerate(r["items"], 1):
        para(d, f"{k}. {t['head']}", bold=True, first=1)
        for b in t["body"]:
            para(d, b, first=1, align=JUST)
        para(d, "– Đánh giá: " + t["eval"] + ".", italic=False, first=1)
        para(d, "– Căn cứ đánh giá: " + t["basis"], italic=True, first=1)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for k, x in enumerate(r["diff"], 1):
        para(d, f"{k}. {x}", first=1, align=JUST)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for k, x in enumerate(r["prop"], 1):
        para(d, f"{k}. {x}", first=1, align=JUST)
    if r.get("next"):
        para(d, "V. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2026", bold=True)
        for x in r["next"]:
            para(d, "- " + x, first=1, align=JUST)
    para(d, "*Lưu ý: " + r["note"] + "*", first=1, align=JUST, size=12)
    para(d, r["close"], first=1)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ["**Nơi nhận:**"] + ["- " + x for x in r["recv"]], size=11)
    cell_text(t.cell(0, 1), ["**" + x + "**" for x in r["sign_role"].split("\n")] + ["", "", "", "**" + r["signer"] + "**"],
              align=CENTER)
    d.save(path)

H3 = []
H3.append(dict(
    file="BC_ChiCucTDC_CT38_2026.docx", unit_id="SKHCN-CCTDC",
    unit_name="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", upper="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
    number="1247/BC-TĐC", date="2026-10-30", place_date="Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026",
    to="Giám đốc Sở Khoa học và Công nghệ",
    intro=("Thực hiện Kế hoạch số 1188/KH-SKHCN ngày 12 tháng 3 năm 2026 của Sở Khoa học và Công nghệ về triển khai "
           "thực hiện Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh "
           "báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:"),
    general=("Chi cục đã ban hành kế hoạch chi tiết, phân công các phòng chuyên môn phụ trách từng nội dung; định kỳ "
             "hằng tháng rà soát tiến độ tại cuộc họp giao ban. Một số nội dung có thời gian thực hiện Quý IV hoặc phụ "
             "thuộc vào kế hoạch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia nên đến thời điểm báo cáo chưa kết thúc."),
    items=[
        dict(task="II.1.a", status="completed", ind={"training_courses": 6, "participants": 700},
             head="Tập huấn văn bản pháp luật và tọa đàm với doanh nghiệp nhập khẩu",
             body=["Chi cục tổ chức 06 lớp tập huấn và tọa đàm (05 lớp tập huấn văn bản quy phạm pháp luật mới về "
                   "tiêu chuẩn, đo lường, chất lượng; 01 buổi tọa đàm với doanh nghiệp nhập khẩu), tổng cộng khoảng "
                   "700 lượt người tham dự."],
             eval="Hoàn thành",
             basis="các lớp theo kế hoạch Quý I, II, III đã tổ chức đủ; hồ sơ thanh quyết toán đã hoàn tất."),
        dict(task="II.1.b", status="completed", ind={"enterprises_supported": 12, "communications": 15},
             head="Tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             body=["Chi cục đăng trên 15 tin, bài về Giải thưởng trên trang thông tin điện tử của Chi cục và của Sở; "
                   "trực tiếp hướng dẫn 12 doanh nghiệp hoàn thiện hồ sơ tham dự."],
             eval="Hoàn thành", basis="hết hạn nhận hồ sơ ngày 30/6/2026."),
        dict(task="II.2.b", status="completed", ind={},
             head="Tổ chức hoạt động Giải thưởng Chất lượng Quốc gia năm 2026",
             body=["Hội đồng sơ tuyển Thành phố đã đánh giá hồ sơ và thẩm định thực tế tại doanh nghiệp, gửi kết quả về "
                   "Hội đồng Quốc gia ngày 15/9/2026."],
             eval="Đã xong phần việc của Chi cục, chờ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia xét và công bố",
             basis="phần sơ tuyển thuộc trách nhiệm địa phương đã kết thúc."),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 8, "budget_spent_vnd": 126000000},
             head="Triển khai Chương trình năng suất chất lượng, Đề án 996 và Đề án 100",
             body=["Chi cục hỗ trợ 08 doanh nghiệp áp dụng công cụ cải tiến năng suất và giải pháp truy xuất nguồn gốc; "
                   "kinh phí đã giải ngân khoảng 126 triệu đồng (số liệu tạm tính đến 20/10/2026)."],
             eval="Hoàn thành một phần",
             basis="thời gian thực hiện theo kế hoạch là Quý IV/2026, các hợp đồng hỗ trợ còn lại đang thực hiện."),
        dict(task="II.2.e", status="in_progress", ind={"standards_reviewed": 9},
             head="Góp ý tiêu chuẩn, quy chuẩn kỹ thuật quốc gia và xây dựng quy chuẩn kỹ thuật địa phương",
             body=["Chi cục chủ trì góp ý 09 dự thảo TCVN, QCVN theo đề nghị của Bộ Khoa học và Công nghệ và các bộ, ngành. "
                   "Việc xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch tạm dừng để chờ Bộ Y tế ban "
                   "hành quy chuẩn quốc gia thay thế."],
             eval="Chưa hoàn thành dứt điểm",
             basis="phần góp ý đã xong, phần xây dựng quy chuẩn địa phương đang tạm dừng."),
        dict(task="II.4.b", status="completed", ind={"instruments_verified": 24},
             head="Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
             body=["Đã kiểm định, hiệu chuẩn 24 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra; rà soát nhu "
                   "cầu đầu tư bổ sung."],
             eval="Cơ bản hoàn thành", basis="còn 02 thiết bị đang chờ hiệu chuẩn lại sau sửa chữa."),
        dict(task="II.5.a", status="completed",
             ind={"inspections": 11, "establishments_inspected": 200, "violations": 17, "fines_vnd": 245000000},
             head="Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng",
             body=["Chi cục tiến hành 11 cuộc kiểm tra đối với trên 200 cơ sở sản xuất, kinh doanh, nhập khẩu; phát hiện "
                   "17 cơ sở vi phạm, đã ban hành và tham mưu ban hành quyết định xử phạt với tổng số tiền khoảng 245 "
                   "triệu đồng (số liệu tạm tính, còn 02 hồ sơ đang xác minh)."],
             eval="Cơ bản hoàn thành",
             basis="11/12 cuộc theo kế hoạch kiểm tra năm đã kết thúc; cuộc còn lại thuộc Quý IV."),
        dict(task="II.5.b", status="in_progress", ind={"samples_tested": 150},
             head="Khảo sát chất lượng sản phẩm, hàng hóa",
             body=["Đã lấy gần 150 mẫu (xăng dầu, mũ bảo hiểm, thép, đồ chơi trẻ em) gửi thử nghiệm; kết quả đợt 1, 2 "
                   "đã thông báo tới cơ quan chức năng."],
             eval="Hoàn thành một phần",
             basis="đợt khảo sát thứ 3 lùi sang năm 2027 do kinh phí năm 2026 được điều chỉnh giảm."),
        dict(task="II.3.b", status="not_started", ind={},
             head="Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng",
             body=["Do chưa bố trí được chuyên gia giảng dạy, Chi cục đã báo cáo Sở cho lùi sang năm 2027."],
             eval="Chưa thực hiện", basis="Sở đã đồng ý chủ trương lùi thời gian tại cuộc họp giao ban tháng 9/2026."),
        dict(task="II.6.b", status="not_applicable", ind={},
             head="Phối hợp với Tổ chức Năng suất Châu Á (APO)",
             body=["Trong kỳ không có yêu cầu từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia."],
             eval="Không phát sinh", basis="nội dung chỉ thực hiện khi có yêu cầu."),
    ],
    diff=["Kinh phí khảo sát chất lượng năm 2026 bị điều chỉnh giảm nên không thực hiện đủ 03 đợt khảo sát như kế hoạch.",
          "Lực lượng công chức làm công tác kiểm tra mỏng so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau sáp nhập.",
          "Một số quyết định xử phạt chưa thi hành xong nên số liệu tiền phạt chỉ là tạm tính."],
    prop=["Đề nghị Sở bố trí bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng sản phẩm, hàng hóa.",
          "Đề nghị Sở xem xét bổ sung biên chế công chức cho Chi cục để đáp ứng nhiệm vụ kiểm tra trên địa bàn mở rộng.",
          "Đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm công bố kết quả Giải thưởng Chất lượng Quốc gia năm 2026."],
    next=["Dự kiến tổ chức thêm 02 lớp tập huấn cho công chức phường, xã khu vực Bình Dương (cũ).",
          "Hoàn thành cuộc kiểm tra thứ 12 theo kế hoạch năm và tổng hợp báo cáo năm gửi Sở trước ngày 15/12/2026."],
    note=("các số liệu có ghi chú \"khoảng\", \"tạm tính\" là số liệu đến ngày 20/10/2026, Chi cục sẽ cập nhật số liệu "
          "chính thức tại báo cáo tổng kết năm."),
    close="Trên đây là báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, kính trình Giám đốc Sở xem xét./.",
    recv=["Như trên;", "Phó Giám đốc Sở phụ trách (để b/c);", "Lưu: VT, P.QLTC."],
    sign_role="CHI CỤC TRƯỞNG", signer="Đặng Quốc Hưng",
))

H3.append(dict(
    file="TTPTTN-BC-KH38.docx", unit_id="SKHCN-TTPTTN",
    unit_name="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    upper="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
    number="318/BC-TTPTTN", date="2026-10-26", place_date="Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
    title="Kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    intro=("Căn cứ Kế hoạch số 1188/KH-SKHCN ngày 12/3/2026 của Sở Khoa học và Công nghệ, Trung tâm Dịch vụ Phân tích "
           "thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nội dung "
           "Trung tâm chủ trì và phối hợp như sau:"),
    general=("Trung tâm giao các phòng thí nghiệm và phòng kiểm định, hiệu chuẩn thực hiện; số liệu dịch vụ được tổng "
             "hợp từ phần mềm quản lý mẫu đến hết ngày 30/9/2026."),
    items=[
        dict(task="II.4.a", status="completed", ind={"budget_spent_vnd": 3200000000},
             head="Đầu tư cơ sở vật chất, hiện đại hóa trang thiết bị",
             body=["Trung tâm đã tiếp nhận, lắp đặt và đưa vào sử dụng 07 thiết bị phân tích, thử nghiệm mới (trong đó có "
                   "01 hệ thống sắc ký khí khối phổ); giá trị giải ngân khoảng 3,2 tỷ đồng (tạm tính, chờ quyết toán)."],
             eval="Cơ bản hoàn thành", basis="các gói thầu đã nghiệm thu, còn thủ tục quyết toán."),
        dict(task="II.4.c", status="completed", ind={"instruments_verified": 16},
             head="Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia",
             body=["Đã hiệu chuẩn, liên kết 16 chuẩn đo lường chính của Trung tâm tại Viện Đo lường Việt Nam và Trung tâm "
                   "Kỹ thuật 3."],
             eval="Hoàn thành", basis="các chuẩn đến hạn trong năm 2026 đều đã được liên kết."),
        dict(task="II.2.g", status="in_progress", ind={"instruments_verified": 18000, "samples_tested": 4500},
             head="Cung cấp dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng",
             body=["Trong 9 tháng, Trung tâm kiểm định, hiệu chuẩn trên 18.000 phương tiện đo và thử nghiệm gần 4.500 mẫu "
                   "sản phẩm, hàng hóa cho tổ chức, doanh nghiệp (số liệu tạm tính); mở rộng thêm 02 lĩnh vực thử nghiệm "
                   "vật liệu điện tử."],
             eval="Đang thực hiện thường xuyên", basis="nhiệm vụ thường xuyên theo kế hoạch."),
        dict(task="II.5.b", status="completed", ind={"samples_tested": 146},
             head="Phối hợp thử nghiệm mẫu khảo sát chất lượng",
             body=["Trung tâm thử nghiệm 146 mẫu khảo sát do Chi cục gửi và đã trả đủ phiếu kết quả thử nghiệm."],
             eval="Đã xong phần việc của Trung tâm, chờ Chi cục tổng hợp kết quả khảo sát",
             basis="toàn bộ mẫu nhận đến 15/10/2026 đã có phiếu kết quả."),
    ],
    diff=["Một số thiết bị mới đầu tư chưa được công nhận năng lực theo ISO/IEC 17025 nên chưa khai thác hết công suất."],
    prop=["Đề nghị Sở hỗ trợ kinh phí đánh giá công nhận mở rộng phạm vi ISO/IEC 17025 năm 2027.",
          "Đề nghị Chi cục gửi kế hoạch lấy mẫu khảo sát năm 2027 sớm để Trung tâm chủ động hóa chất, nhân lực."],
    next=["Dự kiến kiểm định, hiệu chuẩn thêm khoảng 6.000 phương tiện đo trong Quý IV."],
    note="số liệu dịch vụ tính đến 30/9/2026 và là số tạm tính; số chính thức sẽ gửi kèm báo cáo năm.",
    close="Trung tâm kính báo cáo Chi cục tổng hợp./.",
    recv=["Như trên;", "Ban Giám đốc;", "Lưu: VT, KHTH."],
    sign_role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Phạm Thanh Liêm",
))

H3.append(dict(
    file="P.KTPC bao cao CT38.docx", unit_id="SKHCN-KTPC", unit_name="Phòng Kiểm tra – Pháp chế",
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", upper="PHÒNG KIỂM TRA – PHÁP CHẾ",
    number="56/BC-KTPC", date="2026-10-29", place_date="Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
    title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    intro=("Thực hiện Kế hoạch số 1188/KH-SKHCN ngày 12/3/2026 của Sở Khoa học và Công nghệ, Phòng Kiểm tra – Pháp "
           "chế báo cáo kết quả các nội dung Phòng được giao phối hợp như sau:"),
    general="Phòng cử công chức tham gia các đoàn kiểm tra liên ngành và thực hiện thẩm định pháp lý hồ sơ xử phạt.",
    items=[
        dict(task="II.5.a", status="in_progress",
             ind={"inspections": 4, "establishments_inspected": 38, "violations": 6, "fines_vnd": 57500000},
             head="Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa lưu thông",
             body=["Phòng phối hợp 04 cuộc kiểm tra tại 38 cơ sở kinh doanh; 06 cơ sở vi phạm; tham mưu ban hành quyết "
                   "định xử phạt tổng số tiền 57.500.000 đồng."],
             eval="Chưa hoàn thành dứt điểm", basis="còn 01 vụ việc đang xác minh nguồn gốc hàng hóa."),
        dict(task="II.5.d", status="not_applicable", ind={},
             head="Xử lý tham nhũng, tiêu cực; bảo vệ người tố giác",
             body=["Trong kỳ chưa phát hiện hành vi tham nhũng, tiêu cực của công chức làm công tác tiêu chuẩn, đo lường, "
                   "chất lượng; không phát sinh đơn tố giác."],
             eval="Không phát sinh", basis="sổ theo dõi đơn thư của Phòng."),
        dict(task="II.2.c", status="completed", ind={},
             head="Góp ý sửa đổi văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
             body=["Phòng góp ý 02 dự thảo nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và Luật "
                   "Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi)."],
             eval="Đã xong phần việc của Phòng, chờ Chi cục tổng hợp", basis="đã gửi văn bản góp ý đúng hạn."),
        dict(task="II.4.b", status="in_progress", ind={},
             head="Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
             body=["Phòng đã phối hợp rà soát danh mục phương tiện, thiết bị hiện có; việc đề xuất mua sắm bổ sung tạm "
                   "dừng chờ hướng dẫn mới của Bộ Công an."],
             eval="Tạm dừng", basis="chưa có hướng dẫn danh mục sửa đổi."),
    ],
    diff=["Một số cơ sở vi phạm không chấp hành quyết định xử phạt, phải chuyển cưỡng chế."],
    prop=["Đề nghị Chi cục thống nhất đầu mối theo dõi thi hành quyết định xử phạt để số liệu giữa hai đơn vị khớp nhau."],
    next=[],
    note="số liệu tiền phạt là số theo quyết định đã ban hành, chưa trừ số đã nộp.",
    close="Phòng Kiểm tra – Pháp chế kính gửi Chi cục tổng hợp./.",
    recv=["Như trên;", "Lưu: KTPC."],
    sign_role="TRƯỞNG PHÒNG", signer="Hồ Minh Tâm",
))
