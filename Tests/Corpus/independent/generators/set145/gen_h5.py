# Hand 5 — Võ Thị Thu Hà style: plain numbered paragraphs, every figure followed by a bracketed
# data note ("(số liệu đến 30/9)", "(tạm tính)", "(ước)"), each item closed by an italic
# "Đánh giá sơ bộ: …" line; "Những vướng mắc" / "Đề nghị" parts; header centred in lines, no table.
from gen_common import *

def build_h5(path, r):
    d = new_doc(size=13, margins=(2, 2, 3, 2))
    para(d, r["parent"], align=None, space_after=0)
    para(d, "**" + r["upper"] + "**", space_after=0)
    para(d, "Số: " + r["number"], space_after=0)
    para(d, "*" + r["place_date"] + "*", align=RIGHT)
    para(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    para(d, r["title"], bold=True, align=CENTER)
    para(d, "Kính gửi: " + r["to"], align=CENTER)
    para(d, r["intro"], first=1, align=JUST)
    for k, t in enumerate(r["items"], 1):
        para(d, f"{k}. {t['head']}.", bold=True, first=1, space_after=2)
        para(d, t["body"], first=1, align=JUST, space_after=2)
        para(d, "Đánh giá sơ bộ: " + t["eval"] + ".", italic=True, first=1)
    para(d, "Những vướng mắc", bold=True)
    for x in r["diff"]:
        para(d, "- " + x, first=1, align=JUST)
    para(d, "Đề nghị", bold=True)
    for x in r["prop"]:
        para(d, "- " + x, first=1, align=JUST)
    para(d, r["close"], first=1)
    para(d, "**" + r["sign_role"] + "**", align=RIGHT, space_after=36)
    para(d, "**" + r["signer"] + "**", align=RIGHT)
    para(d, "*Nơi nhận: " + r["recv"] + "*", size=10)
    d.save(path)

H5 = []
H5.append(dict(
    file="SNNMT_BC_CT38.docx", unit_id="SO-NNMT", unit_name="Sở Nông nghiệp và Môi trường",
    parent="UBND THÀNH PHỐ HỒ CHÍ MINH", upper="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="5120/BC-SNNMT",
    date="2026-11-07", place_date="Thành phố Hồ Chí Minh, ngày 07 tháng 11 năm 2026",
    title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to="Sở Khoa học và Công nghệ",
    intro=("Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị "
           "số 38-CT/TW năm 2026, Sở Nông nghiệp và Môi trường báo cáo các nội dung có liên quan như sau:"),
    items=[
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 4},
             head="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thức ăn chăn nuôi, giống cây trồng",
             body="Sở đã có văn bản góp ý 04 dự thảo QCVN (số liệu đến 30/9/2026) theo đề nghị của Bộ Nông nghiệp và Môi trường và Chi cục TĐC.",
             eval="đã xong phần việc của Sở, chờ Sở Khoa học và Công nghệ tổng hợp"),
        dict(task="II.5.a", status="completed",
             ind={"inspections": 3, "establishments_inspected": 45, "violations": 5, "fines_vnd": 60000000},
             head="Phối hợp kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường",
             body="Sở phối hợp tổ chức 03 cuộc kiểm tra (số liệu đến 30/9/2026) đối với khoảng 45 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật (ước); phát hiện 05 cơ sở vi phạm (chính thức), xử phạt trên 60 triệu đồng (tạm tính).",
             eval="cơ bản hoàn thành kế hoạch kiểm tra năm"),
        dict(task="II.5.b", status="in_progress", ind={"samples_tested": 32},
             head="Lấy mẫu giám sát chất lượng phân bón",
             body="Đã lấy 32 mẫu phân bón (số liệu đến 15/10/2026) gửi thử nghiệm; còn 10 mẫu chưa có kết quả (ước đến cuối tháng 11).",
             eval="hoàn thành một phần"),
        dict(task="II.2.đ", status="in_progress", ind={},
             head="Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở sau hợp nhất",
             body="Đã thống nhất danh mục quy trình chung; một số đơn vị trực thuộc chưa ban hành lại quy trình nội bộ.",
             eval="chưa hoàn thành dứt điểm"),
        dict(task="II.3.a", status="completed", ind={"participants": 3},
             head="Cử công chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng",
             body="Sở cử 03 công chức (chính thức) tham dự lớp tập huấn do Chi cục TĐC tổ chức.",
             eval="hoàn thành"),
    ],
    diff=["Số liệu kiểm tra do nhiều đơn vị trực thuộc cùng thực hiện, chưa có phần mềm tổng hợp chung nên một số số liệu là số ước hoặc tạm tính."],
    prop=["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu biểu báo cáo thống nhất, có hướng dẫn ghi số liệu ước, tạm tính.",
          "Đề nghị Chi cục TĐC phối hợp lấy mẫu phân bón tại khu vực Bà Rịa - Vũng Tàu (cũ) trong năm 2027."],
    close="Trên đây là báo cáo của Sở Nông nghiệp và Môi trường./.",
    sign_role="KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC", signer="Trần Văn Hai",
    recv="Như trên; Lưu: VT, CCTT&BVTV (Hà).",
))

H5.append(dict(
    file="SXD_BC_CCHC_QuyIII.docx", unit_id="SO-XD", unit_name="Sở Xây dựng",
    parent="UBND THÀNH PHỐ HỒ CHÍ MINH", upper="SỞ XÂY DỰNG", number="7741/BC-SXD",
    date="2026-10-12", place_date="Thành phố Hồ Chí Minh, ngày 12 tháng 10 năm 2026",
    title="Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026",
    to="Sở Nội vụ",
    intro=("Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả "
           "thực hiện Quý III năm 2026 như sau:"),
    items=[
        dict(head="Cải cách thể chế",
             body="Sở đã tham mưu ban hành 02 quyết định quy phạm pháp luật (số liệu đến 30/9/2026); rà soát khoảng 40 văn bản (ước).",
             eval="cơ bản hoàn thành"),
        dict(head="Cải cách thủ tục hành chính",
             body="Tiếp nhận trên 12.000 hồ sơ (tạm tính), tỷ lệ giải quyết đúng hạn gần 98%; cắt giảm thời gian giải quyết 05 thủ tục (chính thức).",
             eval="hoàn thành một phần"),
        dict(head="Chuyển đổi số trong giải quyết thủ tục hành chính",
             body="Tỷ lệ hồ sơ trực tuyến toàn trình khoảng 72% (ước); kết nối dữ liệu cấp phép xây dựng với phường, xã tạm dừng chờ nâng cấp hệ thống.",
             eval="chưa hoàn thành dứt điểm"),
    ],
    diff=["Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố thường xuyên gián đoạn khi cao điểm."],
    prop=["Đề nghị Sở Nội vụ hướng dẫn cách tính chỉ số cải cách hành chính đối với các sở sau hợp nhất."],
    close="Trên đây là báo cáo kết quả cải cách hành chính Quý III năm 2026 của Sở Xây dựng./.",
    sign_role="KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC", signer="Nguyễn Thanh Nhã",
    recv="Như trên; Lưu: VT, VP (Hà).",
    rejected="Không phải báo cáo Kế hoạch CT38: báo cáo công tác cải cách hành chính Quý III/2026 của Sở Xây dựng gửi Sở Nội vụ, gửi nhầm.",
))

H5.append(dict(
    file="Thanh An - BC KH38.docx", unit_id="27676", unit_name="Xã Thạnh An",
    parent="ỦY BAN NHÂN DÂN", upper="XÃ THẠNH AN", number="233/BC-UBND",
    date="2026-11-04", place_date="Thạnh An, ngày 04 tháng 11 năm 2026",
    title="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị số 38-CT/TW)",
    to="Sở Khoa học và Công nghệ; Chi cục Tiêu chuẩn Đo lường Chất lượng",
    intro=("Ủy ban nhân dân xã Thạnh An báo cáo kết quả thực hiện các nội dung xã được giao tại Kế hoạch triển khai "
           "Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:"),
    items=[
        dict(task="II.1.a", status="completed", ind={"communications": 12},
             head="Tuyên truyền trên Đài truyền thanh xã",
             body="Xã phát 12 tin (số liệu đến 30/9/2026) về ghi nhãn hàng hóa, cân đo trong mua bán hải sản tại chợ và bến đò.",
             eval="cơ bản hoàn thành"),
        dict(task="II.5.c", status="completed", ind={"inspections": 1, "establishments_inspected": 16, "violations": 0},
             head="Phối hợp Chi cục TĐC kiểm tra cân tại chợ Thạnh An",
             body="Ngày 14/5/2026 xã phối hợp Chi cục kiểm tra 01 cuộc đối với 16 hộ kinh doanh (chính thức); chưa phát hiện vi phạm về đo lường.",
             eval="đã xong phần việc của xã, chờ Chi cục tổng hợp"),
        dict(task="II.5.a", status="in_progress", ind={"establishments_inspected": 8},
             head="Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng bán lẻ trên đảo",
             body="Đợt 1 Tổ công tác xã kiểm tra khoảng 8 cơ sở bán lẻ xăng dầu, bình gas (ước); đợt 2 tạm dừng do mùa gió chướng, tàu ra đảo không ổn định.",
             eval="tạm dừng đợt 2, sẽ làm tiếp khi thời tiết cho phép"),
        dict(task="II.3.a", status="completed", ind={"participants": 1},
             head="Cử công chức dự tập huấn",
             body="Xã cử 01 công chức Văn phòng HĐND và UBND (chính thức) tham dự tập huấn trực tuyến do Chi cục tổ chức.",
             eval="hoàn thành"),
        dict(task="II.2.đ", status="not_started", ind={},
             head="Áp dụng hệ thống quản lý chất lượng ISO điện tử",
             body="Xã chưa triển khai do đường truyền internet trên đảo chưa ổn định.",
             eval="lùi sang năm 2027"),
    ],
    diff=["Địa bàn đảo cách trở, việc đi lại của đoàn kiểm tra phụ thuộc thời tiết.",
          "Xã chưa có công chức được đào tạo chuyên sâu về đo lường."],
    prop=["Đề nghị Chi cục TĐC bố trí kiểm tra kết hợp đợt 2 tại xã vào Quý I/2027.",
          "Đề nghị hỗ trợ xã 01 cân đối chứng đặt tại chợ Thạnh An."],
    close="Ủy ban nhân dân xã Thạnh An kính báo cáo./.",
    sign_role="TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH", signer="Phạm Văn Lành",
    recv="Như trên; Lưu: VT, VHXH.",
))
