# Hand 1 — Lâm Văn Thới style: ward economic officer, hedged statuses inside the sentence,
# approximate figures, closing "BẢNG ĐỘ TIN CẬY SỐ LIỆU" table.
from gen_common import *

PLAN_REF = ("Thực hiện Kế hoạch số 1188/KH-SKHCN ngày 12 tháng 3 năm 2026 của Sở Khoa học và Công nghệ "
            "về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn "
            "Đo lường Chất lượng, Ủy ban nhân dân {short} báo cáo kết quả thực hiện như sau:")

def build_h1(path, r):
    d = new_doc(size=13)
    header_table(d, ["ỦY BAN NHÂN DÂN", "**" + r["upper"] + "**", "————", "Số: " + r["number"]],
                 ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "————————",
                  "*" + r["place_date"] + "*"])
    para(d)
    para(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    para(d, r["title"], bold=True, align=CENTER)
    para(d, "Kính gửi: " + r["to"], align=CENTER)
    para(d, r["intro"], first=1, align=JUST)
    para(d, r.get("sec1", "I. KẾT QUẢ THỰC HIỆN"), bold=True)
    for t in r["items"]:
        para(d, "- **" + t["label"] + ":** " + t["body"], first=1, align=JUST)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in r["diff"]:
        para(d, "- " + x, first=1, align=JUST)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for x in r["prop"]:
        para(d, "- " + x, first=1, align=JUST)
    if r.get("closing"):
        para(d, r["closing"], first=1, align=JUST)
    para(d)
    para(d, "BẢNG ĐỘ TIN CẬY SỐ LIỆU", bold=True, align=CENTER, space_after=0)
    para(d, "*(kèm theo Báo cáo số " + r["number"] + ")*", align=CENTER)
    rows = [["STT", "Nội dung số liệu", "Con số", "Loại số liệu", "Nguồn"]]
    for k, row in enumerate(r["rel"], 1):
        rows.append([str(k)] + list(row))
    grid_table(d, rows, widths=[1.2, 6.5, 2.3, 2.6, 4.4], size=11)
    para(d, "*Ghi chú: Chính thức = đã có văn bản, biên bản; Tạm tính = số đang chờ quyết định/biên bản "
            "chính thức; Ước = số do bộ phận theo dõi ước lượng.*", size=11)
    para(d)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ["**Nơi nhận:**", "- Như trên;", "- Chi cục TĐC (để t/h);",
                             "- TT Đảng ủy, TT HĐND phường;", "- Lưu: VT, KT(" + r["init"] + ")."], size=11)
    cell_text(t.cell(0, 1), ["**" + r["sign_role"] + "**", "", "", "", "**" + r["signer"] + "**"], align=CENTER)
    d.save(path)

H1 = []

H1.append(dict(
    file="BC-287-UBND-RachDua-CT38.docx", unit_id="26536", unit_name="Phường Rạch Dừa",
    upper="PHƯỜNG RẠCH DỪA", number="287/BC-UBND", date="2026-10-22",
    place_date="Rạch Dừa, ngày 22 tháng 10 năm 2026",
    title="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị số 38-CT/TW năm 2026",
    to="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", init="Thới",
    intro=PLAN_REF.format(short="phường Rạch Dừa"),
    items=[
        dict(task="II.1.a", status="completed", ind={"communications": 25},
             label="Công tác tuyên truyền",
             body="Phường đã đăng trên trang thông tin điện tử và phát trên hệ thống loa truyền thanh của 12 khu phố "
                  "khoảng 25 tin, bài về pháp luật tiêu chuẩn, đo lường, chất lượng, chủ yếu là nội dung về cân "
                  "đối chứng, nhãn hàng hóa và xăng dầu; đồng thời chia sẻ qua các nhóm Zalo khu phố. Đến nay nội "
                  "dung này phường cơ bản hoàn thành theo kế hoạch năm."),
        dict(task="II.5.c", status="in_progress",
             ind={"inspections": 3, "establishments_inspected": 27, "violations": 0},
             label="Phối hợp kiểm tra về đo lường",
             body="Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 cuộc tại chợ Rạch Dừa, chợ "
                  "Phước Thắng cũ và các cửa hàng xăng dầu trên đường 30/4, với 27 cơ sở được kiểm tra; qua kiểm tra "
                  "chưa phát hiện vi phạm về đo lường. Kế hoạch của phường năm 2026 là 05 cuộc, còn 02 cuộc dự kiến "
                  "làm trong tháng 11 nên nội dung này mới hoàn thành một phần."),
        dict(task="II.5.a", status="in_progress",
             ind={"inspections": 2, "establishments_inspected": 40, "violations": 2, "fines_vnd": 7500000},
             label="Kiểm tra chất lượng hàng hóa lưu thông",
             body="Tổ kiểm tra liên ngành phường tổ chức 02 cuộc kiểm tra gần 40 cơ sở kinh doanh mũ bảo hiểm, đồ "
                  "chơi trẻ em, thiết bị điện gia dụng; phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, đã lập biên bản "
                  "chuyển cấp có thẩm quyền xử lý với số tiền phạt tạm tính khoảng 7,5 triệu đồng (chờ quyết định xử "
                  "phạt chính thức). Còn 01 cơ sở chưa khắc phục xong nhãn phụ nên việc này chưa hoàn thành dứt điểm."),
        dict(task="II.3.a", status="completed", ind={"participants": 2},
             label="Tham gia tập huấn nghiệp vụ",
             body="Phường cử 02 công chức (Phòng Kinh tế, Hạ tầng và Đô thị) tham dự lớp tập huấn nghiệp vụ quản lý "
                  "đo lường, chất lượng do Chi cục tổ chức ngày 18/6/2026. Phần việc của phường đã xong, chờ Chi "
                  "cục tổng hợp chung."),
        dict(task="II.2.đ", status="in_progress", ind={},
             label="Hệ thống quản lý chất lượng ISO",
             body="Phường đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau "
                  "sắp xếp; riêng việc đánh giá nội bộ tạm dừng do đang kiện toàn nhân sự Bộ phận Một cửa, dự kiến "
                  "thực hiện lại trong tháng 11/2026."),
        dict(task="II.5.d", status="not_applicable", ind={},
             label="Khen thưởng, bảo vệ người tố giác",
             body="Trong kỳ không phát sinh trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng trên "
                  "địa bàn phường."),
    ],
    diff=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ phải kiêm nhiệm nhiều việc.",
          "Chưa được trang bị quả cân chuẩn, cân đối chứng dự phòng để kiểm tra nhanh tại chợ."],
    prop=["Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ.",
          "Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường, xã trong Quý I/2027."],
    rel=[["Tin, bài tuyên truyền", "khoảng 25", "Ước", "Bộ phận văn hóa - thông tin"],
         ["Cuộc kiểm tra đo lường (phối hợp Chi cục)", "03", "Chính thức", "Biên bản kiểm tra"],
         ["Cơ sở được kiểm tra đo lường", "27", "Chính thức", "Biên bản kiểm tra"],
         ["Cơ sở kinh doanh hàng hóa được kiểm tra", "gần 40", "Ước", "Tổ kiểm tra liên ngành"],
         ["Cơ sở vi phạm nhãn hàng hóa", "02", "Chính thức", "Biên bản vi phạm"],
         ["Tiền phạt", "khoảng 7,5 triệu đồng", "Tạm tính", "Chờ quyết định xử phạt"],
         ["Công chức tham dự tập huấn", "02", "Chính thức", "Giấy mời, danh sách"]],
    sign_role="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer="Nguyễn Thị Mỹ Lệ",
))

H1.append(dict(
    file="Bao cao KH38 - P.TNP.docx", unit_id="26842", unit_name="Phường Tăng Nhơn Phú",
    upper="PHƯỜNG TĂNG NHƠN PHÚ", number="512/BC-UBND", date="2026-10-27",
    place_date="Tăng Nhơn Phú, ngày 27 tháng 10 năm 2026",
    title="Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
    to="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", init="Thới",
    intro=PLAN_REF.format(short="phường Tăng Nhơn Phú"),
    items=[
        dict(task="II.1.a", status="in_progress", ind={"communications": 40, "participants": 600},
             label="Tuyên truyền, phổ biến",
             body="Từ đầu năm đến nay phường đã phát trên 40 lượt tin trên loa truyền thanh và trang Facebook của phường; "
                  "lồng ghép nội dung đo lường, chất lượng tại 12 buổi sinh hoạt khu phố với gần 600 lượt người dân "
                  "tham dự. Đây là việc làm thường xuyên, phường đang tiếp tục thực hiện."),
        dict(task="II.5.c", status="completed",
             ind={"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 10000000},
             label="Phối hợp kiểm tra cửa hàng xăng dầu",
             body="Phường phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra 02 cuộc đối với 14 cửa hàng xăng dầu "
                  "trên địa bàn (số liệu tạm tính); phát hiện 01 cơ sở vi phạm do cột đo xăng dầu hết hạn kiểm định, "
                  "đã bị xử phạt 10 triệu đồng. Nội dung này cơ bản hoàn thành."),
        dict(task="II.3.a", status="completed", ind={"participants": 3},
             label="Cử công chức tập huấn",
             body="Phường cử 03 công chức tham gia lớp tập huấn trực tuyến về quản lý nhà nước về đo lường do Chi cục "
                  "tổ chức. Đã xong phần việc của phường, chờ cơ quan chủ trì tổng hợp."),
        dict(task="II.2.đ", status="completed", ind={},
             label="Áp dụng ISO 9001 tại UBND phường",
             body="Phường cơ bản hoàn thành việc xây dựng lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho "
                  "bộ máy mới sau hợp nhất; còn 04 quy trình đang cập nhật theo thủ tục hành chính mới công bố."),
        dict(task="II.5.a", status="not_applicable", ind={},
             label="Kiểm tra chất lượng hàng hóa",
             body="Trong kỳ phường không tổ chức kiểm tra riêng về chất lượng hàng hóa; không phát sinh."),
        dict(task="II.5.d", status="not_applicable", ind={},
             label="Khen thưởng người tố giác vi phạm",
             body="Trong kỳ không có trường hợp tố giác; chưa phát hiện hành vi tham nhũng, tiêu cực liên quan lĩnh vực này."),
    ],
    diff=["Số liệu kiểm tra do nhiều lực lượng cùng thực hiện nên phường chưa tổng hợp được chính xác, một số số liệu còn là tạm tính."],
    prop=["Đề nghị Chi cục gửi kết quả các cuộc kiểm tra có phường tham gia để phường đối chiếu, cập nhật số liệu chính thức.",
          "Đề nghị cung cấp tài liệu tuyên truyền mẫu (tờ gấp, video ngắn) để phường phát trên mạng xã hội."],
    rel=[["Tin tuyên truyền", "trên 40", "Ước", "Bộ phận văn hóa - thông tin"],
         ["Lượt người dự sinh hoạt khu phố", "gần 600", "Ước", "Báo cáo các khu phố"],
         ["Cuộc kiểm tra xăng dầu", "02", "Tạm tính", "Đội QLTT"],
         ["Cửa hàng xăng dầu được kiểm tra", "14", "Tạm tính", "Đội QLTT"],
         ["Cơ sở vi phạm", "01", "Chính thức", "Quyết định xử phạt"],
         ["Tiền phạt", "10.000.000 đồng", "Chính thức", "Quyết định xử phạt"],
         ["Công chức tham dự tập huấn", "03", "Chính thức", "Danh sách của Chi cục"]],
    sign_role="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer="Trần Quốc Bảo",
))

H1.append(dict(
    file="laithieu_bc_tdc_2026.docx", unit_id="25966", unit_name="Phường Lái Thiêu",
    upper="PHƯỜNG LÁI THIÊU", number="198/BC-UBND", date="2026-11-03",
    place_date="Lái Thiêu, ngày 03 tháng 11 năm 2026",
    title="Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
    to="Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", init="Thới",
    intro=PLAN_REF.format(short="phường Lái Thiêu"),
    items=[
        dict(task="II.1.a", status="completed", ind={"communications": 18, "training_courses": 1, "participants": 120},
             label="Tuyên truyền và phổ biến pháp luật",
             body="Phường đăng khoảng 18 tin, bài trên trang thông tin điện tử phường; tổ chức 01 hội nghị phổ biến "
                  "quy định về đo lường trong mua bán cho hộ kinh doanh tại chợ Lái Thiêu, có trên 120 hộ kinh doanh "
                  "tham dự; cấp phát tờ gấp tại Bộ phận Một cửa. Nội dung này phường đã hoàn thành."),
        dict(task="II.5.c", status="in_progress",
             ind={"inspections": 4, "establishments_inspected": 33, "violations": 2, "fines_vnd": 4000000},
             label="Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu",
             body="Phường phối hợp Chi cục TĐC kiểm tra 04 cuộc với 33 cơ sở (cân tại chợ Lái Thiêu, chợ Búng và cửa "
                  "hàng xăng dầu); phát hiện 02 cơ sở vi phạm, số tiền phạt 4.000.000 đồng (số liệu tạm tính, 01 hồ "
                  "sơ đang chờ ban hành quyết định). Việc này chưa hoàn thành dứt điểm."),
        dict(task="II.2.đ", status="not_started", ind={},
             label="Xây dựng hệ thống quản lý chất lượng theo mô hình ISO điện tử",
             body="Phường chưa triển khai do chưa có phần mềm dùng chung; UBND phường đã có văn bản đề nghị lùi sang "
                  "năm 2027. Hệ thống ISO 9001 hiện hành vẫn được duy trì."),
        dict(task="II.3.a", status="completed", ind={"participants": 1},
             label="Tập huấn cho công chức",
             body="Phường cử 01 công chức tham dự hội nghị tập huấn nghiệp vụ đo lường, chất lượng cho công chức cấp xã "
                  "tại Hội trường Chi cục; đã xong."),
    ],
    diff=["Một số hộ kinh doanh tại chợ sử dụng cân không rõ nguồn gốc, việc vận động thay thế còn chậm.",
          "Kinh phí tuyên truyền của phường năm 2026 không bố trí riêng cho lĩnh vực này."],
    prop=["Đề nghị Sở xem xét cho phường lùi thời gian triển khai ISO điện tử sang năm 2027."],
    rel=[["Tin, bài", "khoảng 18", "Ước", "Trang TTĐT phường"],
         ["Hội nghị phổ biến", "01", "Chính thức", "Kế hoạch, biên bản hội nghị"],
         ["Hộ kinh doanh tham dự", "trên 120", "Ước", "Danh sách ký tên"],
         ["Cuộc kiểm tra", "04", "Chính thức", "Biên bản"],
         ["Cơ sở được kiểm tra", "33", "Chính thức", "Biên bản"],
         ["Cơ sở vi phạm", "02", "Chính thức", "Biên bản vi phạm"],
         ["Tiền phạt", "4.000.000 đồng", "Tạm tính", "01 quyết định chưa ban hành"]],
    sign_role="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", signer="Huỳnh Văn Tám",
))

H1.append(dict(
    file="BC PCTT 9 thang - xa Kim Long.docx", unit_id="26608", unit_name="Xã Kim Long",
    upper="XÃ KIM LONG", number="141/BC-UBND", date="2026-10-15",
    place_date="Kim Long, ngày 15 tháng 10 năm 2026",
    title="Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026",
    to="Ban Chỉ huy Phòng thủ dân sự Thành phố", init="Thới",
    intro=("Thực hiện Công văn của Ban Chỉ huy Phòng thủ dân sự Thành phố về báo cáo công tác phòng, chống thiên tai "
           "9 tháng năm 2026, Ủy ban nhân dân xã Kim Long báo cáo như sau:"),
    items=[
        dict(label="Kiện toàn Ban Chỉ huy phòng thủ dân sự xã",
             body="Xã đã ban hành quyết định kiện toàn Ban Chỉ huy và phân công thành viên phụ trách 9 ấp; cơ bản hoàn thành."),
        dict(label="Rà soát hộ dân vùng trũng, ven suối",
             body="Đã rà soát khoảng 230 hộ có nguy cơ ngập úng, sạt lở ven suối; danh sách là số liệu tạm tính, đang đối chiếu với các ấp."),
        dict(label="Diễn tập ứng phó mưa lớn, lốc xoáy",
             body="Buổi diễn tập cấp xã dự kiến tổ chức tháng 8 đã tạm dừng do trùng thời điểm bầu cử bổ sung, lùi sang Quý I năm 2027."),
        dict(label="Thiệt hại do thiên tai",
             body="Trong 9 tháng có 02 đợt lốc làm tốc mái gần 20 căn nhà; xã đã hỗ trợ kịp thời, chưa phát sinh thiệt hại về người."),
    ],
    diff=["Lực lượng xung kích ở các ấp chủ yếu là lao động tự do, khó huy động khi có tình huống."],
    prop=["Đề nghị Thành phố hỗ trợ xã 02 xuồng máy và áo phao phục vụ cứu hộ mùa mưa."],
    rel=[["Hộ dân vùng nguy cơ", "khoảng 230", "Tạm tính", "Báo cáo các ấp"],
         ["Nhà bị tốc mái", "gần 20", "Ước", "Báo cáo nhanh của ấp"]],
    sign_role="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer="Lê Văn Sáu",
    rejected="Không phải báo cáo Kế hoạch CT38: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn của xã Kim Long gửi nhầm.",
))
