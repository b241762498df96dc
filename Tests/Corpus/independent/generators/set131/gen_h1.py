# -*- coding: utf-8 -*-
"""Hand 1 - Lê Thị Mộng Tuyền style: ward/commune economic-office year-end report
(tổng kết năm) where TĐC/CT38 is one sub-section; each job opens with a bold month
span, a 'Dự kiến tháng 12/2026:' sentence of planned figures, italic 'Đánh giá năm: …'."""
from gen_common import *


def ward_header(d, ubnd, so, place_date):
    header_block(d,
                 [("ỦY BAN NHÂN DÂN", ""), (ubnd, "b"), ("", ""), ("Số: " + so, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
                  ("", ""), (place_date, "i")])


def job(d, span, body, du_kien, danh_gia):
    para(d, [(span, "b"), (" " + body, "")])
    if du_kien:
        para(d, [("Dự kiến tháng 12/2026: ", "u"), (du_kien, "")])
    para(d, [("Đánh giá năm: " + danh_gia, "i")])


def sign(d, chuc, ten, noi_nhan):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    cell_lines(c0, [[("Nơi nhận:", "bi")]] + [[(x, "")] for x in noi_nhan], size=11)
    cell_lines(c1, [[(x, "b")] for x in chuc] + [[("", "")], [("", "")], [("", "")], [(ten, "b")]], align="c")


# ---------------------------------------------------------------- file 1
def f1():
    fn = "BC tong ket KT 2026 - P Thu Dau Mot.docx"
    d = new_doc()
    ward_header(d, "PHƯỜNG THỦ DẦU MỘT", "498/BC-UBND", "Thủ Dầu Một, ngày 14 tháng 12 năm 2026")
    para(d, [("BÁO CÁO", "b")], align="c")
    para(d, [("Tổng kết công tác quản lý nhà nước về kinh tế năm 2026", "b")], align="c", space_after=0)
    para(d, [("và phương hướng, nhiệm vụ năm 2027", "b")], align="c")
    para(d, "Thực hiện Công văn số 1502/UBND-VP ngày 20/11/2026 của Ủy ban nhân dân phường về việc chuẩn bị báo cáo tổng kết năm, Phòng Kinh tế tham mưu Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả công tác quản lý nhà nước về kinh tế năm 2026 (số liệu tính đến ngày 30/11/2026, ước thực hiện tháng 12/2026) như sau:")
    para(d, [("I. ĐẶC ĐIỂM TÌNH HÌNH", "b")], indent=False)
    para(d, "Trên địa bàn phường hiện có 04 chợ truyền thống (chợ Thủ Dầu Một, chợ Phú Văn, chợ Chánh Nghĩa, chợ tạm Phú Hòa) với 1.126 sạp; 2.315 hộ kinh doanh cá thể đang hoạt động; 27 cửa hàng xăng dầu và 58 cơ sở kinh doanh khí dầu mỏ hóa lỏng.")
    para(d, [("II. KẾT QUẢ THỰC HIỆN NĂM 2026", "b")], indent=False)
    para(d, [("1. Công tác quản lý chợ, thương mại – dịch vụ", "b")], indent=False)
    para(d, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên địa bàn ước đạt 14.820 tỷ đồng, tăng 9,6% so với năm 2025. Hoàn thành sửa chữa mái che khu nhà lồng chợ Chánh Nghĩa với kinh phí 1,85 tỷ đồng từ ngân sách phường.")
    para(d, [("2. Công tác đăng ký hộ kinh doanh", "b")], indent=False)
    para(d, "Từ đầu năm đến 30/11/2026, cấp mới 412 giấy chứng nhận đăng ký hộ kinh doanh, thay đổi 236 trường hợp, chấm dứt hoạt động 97 hộ.")
    para(d, [("3. Công tác tiêu chuẩn, đo lường, chất lượng (thực hiện Kế hoạch số 57/KH-UBND ngày 10/02/2026 của UBND phường triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ)", "b")], indent=False)
    en = []
    para(d, [("a) Tuyên truyền", "bi")], indent=False)
    t = "phường đã đăng 09 tin, bài trên Trang thông tin điện tử phường và các nhóm Zalo khu phố về cân đúng, đong đủ, ghi nhãn hàng hóa; phát tờ rơi tại 04 chợ trên địa bàn."
    job(d, "Từ tháng 01 đến tháng 11/2026:", t, "tiếp tục đăng 02 tin về mua sắm hàng hóa đúng chất lượng dịp Tết Đinh Mùi.", "đạt yêu cầu, hoàn thành.")
    en.append(E("II.1.a", "completed", t, communications=9))
    para(d, [("b) Kiểm tra đo lường tại các chợ (nội dung phân cấp cho phường)", "bi")], indent=False)
    t = "Tổ kiểm tra liên ngành phường tổ chức 05 đợt kiểm tra việc sử dụng cân tại chợ Thủ Dầu Một, chợ Phú Văn và chợ Chánh Nghĩa; kiểm tra 138 hộ kinh doanh; phát hiện 07 trường hợp sử dụng cân có sai số vượt mức cho phép, đã lập biên bản và xử phạt vi phạm hành chính tổng số tiền 4.250.000 đồng."
    job(d, "Từ tháng 01 đến tháng 11/2026:", t, "tổ chức 01 đợt kiểm tra tại chợ Thủ Dầu Một trước Tết.", "đang tiếp tục thực hiện (nhiệm vụ thường xuyên).")
    en.append(E("II.5.c", "in_progress", t, inspections=5, establishments_inspected=138, violations=7, fines_vnd=4250000))
    para(d, [("c) Bồi dưỡng nghiệp vụ cho công chức", "bi")], indent=False)
    t = "cử 03 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 6/2026."
    job(d, "Tháng 6/2026:", t, None, "hoàn thành.")
    en.append(E("II.3.a", "completed", t, participants=3))
    para(d, [("d) Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "bi")], indent=False)
    t = "phường duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật 12 quy trình giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính; tổ chức đánh giá nội bộ trong tháng 10/2026."
    job(d, "Từ tháng 01 đến tháng 11/2026:", t, "ban hành quyết định công bố lại Hệ thống quản lý chất lượng.", "đang thực hiện, hoàn tất trong tháng 12/2026.")
    en.append(E("II.2.đ", "in_progress", t))
    para(d, [("đ) Khen thưởng, bảo vệ người tố giác vi phạm", "bi")], indent=False)
    t = "không có trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng gửi đến phường."
    job(d, "Cả năm 2026:", t, None, "không phát sinh.")
    en.append(E("II.5.d", "not_applicable", t))
    para(d, [("4. Công tác bình ổn giá, bảo đảm an toàn thực phẩm", "b")], indent=False)
    para(d, "Phối hợp tổ chức 03 điểm bán hàng bình ổn giá; kiểm tra an toàn thực phẩm 86 cơ sở, xử phạt 11 cơ sở với số tiền 38.000.000 đồng (theo Kế hoạch của Ban Chỉ đạo liên ngành an toàn thực phẩm phường).")
    para(d, [("III. TỒN TẠI, HẠN CHẾ", "b")], indent=False)
    dif = ["Lực lượng làm công tác tiêu chuẩn, đo lường, chất lượng ở phường là kiêm nhiệm, chưa được đào tạo chuyên sâu nên việc kiểm tra đo lường tại chợ còn lúng túng.",
           "Một số tiểu thương tại chợ Phú Văn chưa có cân đối chứng gần khu vực bán hàng, người mua khó tự kiểm tra."]
    for x in dif:
        para(d, "- " + x)
    para(d, "- Việc di dời chợ tạm Phú Hòa còn chậm do chưa bố trí được mặt bằng.")
    para(d, [("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", "b")], indent=False)
    para(d, "- Tổ chức 06 đợt kiểm tra đo lường tại các chợ; đăng tối thiểu 12 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng.")
    para(d, "- Cấp mới khoảng 450 hộ kinh doanh; hoàn thành di dời chợ tạm Phú Hòa.")
    para(d, [("V. KIẾN NGHỊ", "b")], indent=False)
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 bộ cân chuẩn để đặt tại điểm cân đối chứng chợ Phú Văn và chợ Chánh Nghĩa."]
    for x in pro:
        para(d, "- " + x)
    para(d, "- Đề nghị Ủy ban nhân dân Thành phố sớm bố trí kinh phí di dời chợ tạm Phú Hòa.")
    para(d, "Trên đây là báo cáo tổng kết công tác quản lý nhà nước về kinh tế năm 2026 của Ủy ban nhân dân phường Thủ Dầu Một./.")
    sign(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Quốc Hưng",
         ["- Thường trực Đảng ủy phường;", "- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- Lưu: VT, KT."])
    d.save(os.path.join(OUT, fn))
    key(fn, "25747", "Phường Thủ Dầu Một", "498/BC-UBND", "2026-12-14", en, dif, pro)


# ---------------------------------------------------------------- file 2
def f2():
    fn = "231-BC-UBND Long Hai tong ket nam 2026.docx"
    d = new_doc(size=14)
    ward_header(d, "XÃ LONG HẢI", "231/BC-UBND", "Long Hải, ngày 18 tháng 12 năm 2026")
    para(d, [("BÁO CÁO", "b")], align="c")
    para(d, [("Kết quả thực hiện nhiệm vụ phát triển kinh tế năm 2026;", "b")], align="c", space_after=0)
    para(d, [("phương hướng, nhiệm vụ năm 2027", "b")], align="c")
    para(d, "Ủy ban nhân dân xã Long Hải báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế năm 2026 (số liệu chính thức đến 30/11/2026) như sau:")
    para(d, [("I. KẾT QUẢ ĐẠT ĐƯỢC", "b")], indent=False)
    para(d, [("1. Khai thác, nuôi trồng và chế biến thủy sản", "b")], indent=False)
    para(d, "Sản lượng khai thác hải sản 11 tháng đạt 28.640 tấn, bằng 93,5% kế hoạch năm; toàn xã có 412 tàu cá, trong đó 136 tàu có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình.")
    para(d, [("2. Du lịch, thương mại – dịch vụ", "b")], indent=False)
    para(d, "Lượt khách du lịch đến xã ước đạt 1,26 triệu lượt; doanh thu du lịch ước 1.140 tỷ đồng.")
    para(d, [("3. Quản lý tiêu chuẩn, đo lường, chất lượng", "b")], indent=False)
    en = []
    t = "Đài truyền thanh xã và Fanpage Ủy ban nhân dân xã đăng, phát 24 tin, bài (Đài truyền thanh 18 tin, Fanpage 06 bài) tuyên truyền Chỉ thị 38-CT/TW, quy định về đo lường trong mua bán hải sản và ghi nhãn hàng hóa."
    job(d, "Từ tháng 01 đến tháng 11/2026:", t, "phát thêm 04 tin trên Đài truyền thanh xã.", "hoàn thành kế hoạch năm.")
    en.append(E("II.1.a", "completed", t, communications=24))
    t = "xã tổ chức 03 cuộc kiểm tra về đo lường, nhãn hàng hóa tại chợ Long Hải và các điểm thu mua hải sản ven biển; kiểm tra 41 cơ sở; phát hiện 07 cơ sở vi phạm (nhắc nhở 05 cơ sở, xử phạt 02 cơ sở) với tổng số tiền phạt 3.500.000 đồng."
    job(d, "Từ tháng 01 đến tháng 11/2026:", t, "01 cuộc kiểm tra hàng hóa phục vụ Tết.", "hoàn thành 03/03 cuộc theo kế hoạch của xã.")
    en.append(E("II.5.c", "completed", t, inspections=3, establishments_inspected=41, violations=7, fines_vnd=3500000))
    t = "phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn 04 cơ sở chế biến hải sản khô đăng ký mã số mã vạch, áp dụng truy xuất nguồn gốc sản phẩm."
    job(d, "Từ tháng 4 đến tháng 11/2026:", t, "hướng dẫn thêm 02 cơ sở nước mắm.", "đang tiếp tục thực hiện.")
    en.append(E("II.2.a", "in_progress", t, enterprises_supported=4))
    t = "xã đã xây dựng mới Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau hợp nhất, công bố áp dụng tháng 8/2026."
    job(d, "Tháng 8/2026:", t, None, "hoàn thành.")
    en.append(E("II.2.đ", "completed", t))
    t = "cử 02 công chức tham dự lớp tập huấn trực tuyến nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã."
    job(d, "Tháng 6/2026:", t, None, "hoàn thành.")
    en.append(E("II.3.a", "completed", t, participants=2))
    para(d, [("II. KHÓ KHĂN, VƯỚNG MẮC", "b")], indent=False)
    dif = ["Địa bàn xã rộng, nhiều điểm thu mua hải sản nhỏ lẻ, hoạt động theo mùa vụ nên khó kiểm tra thường xuyên.",
           "Xã chưa có kinh phí riêng cho hoạt động kiểm tra đo lường, nhãn hàng hóa."]
    for x in dif:
        para(d, "- " + x)
    para(d, "- Tình trạng lấn chiếm lòng, lề đường tại khu du lịch Long Hải vào mùa cao điểm vẫn còn diễn ra.")
    para(d, [("III. PHƯƠNG HƯỚNG NĂM 2027", "b")], indent=False)
    para(d, "Phấn đấu sản lượng khai thác 31.000 tấn; tổ chức 04 cuộc kiểm tra đo lường, nhãn hàng hóa; hướng dẫn 06 cơ sở áp dụng truy xuất nguồn gốc.")
    para(d, [("IV. ĐỀ XUẤT", "b")], indent=False)
    pro = ["Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn trực tiếp tại xã về kiểm tra nhãn hàng hóa thủy sản cho cán bộ và hộ kinh doanh."]
    for x in pro:
        para(d, "- " + x)
    sign(d, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn Lực",
         ["- Sở Khoa học và Công nghệ;", "- Đảng ủy xã;", "- Lưu: VT, KT."])
    d.save(os.path.join(OUT, fn))
    key(fn, "26662", "Xã Long Hải", "231/BC-UBND", "2026-12-18", en, dif, pro)


# ---------------------------------------------------------------- file 3 (mistaken)
def f3():
    fn = "BC_PCTT_nam2026_LaiThieu.docx"
    d = new_doc()
    ward_header(d, "PHƯỜNG LÁI THIÊU", "506/BC-UBND", "Lái Thiêu, ngày 11 tháng 12 năm 2026")
    para(d, [("BÁO CÁO", "b")], align="c")
    para(d, [("Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026;", "b")], align="c", space_after=0)
    para(d, [("phương hướng, nhiệm vụ năm 2027", "b")], align="c")
    para(d, "Thực hiện Công văn số 842/BCH-PCTT ngày 25/11/2026 của Ban Chỉ huy phòng thủ dân sự Thành phố, Ủy ban nhân dân phường Lái Thiêu báo cáo như sau:")
    para(d, [("I. TÌNH HÌNH THIÊN TAI NĂM 2026", "b")], indent=False)
    para(d, "Trong năm, trên địa bàn phường xảy ra 06 đợt mưa lớn kết hợp triều cường, gây ngập cục bộ tại khu phố Bình Đức 1, Bình Đức 3 và đường Phan Đình Phùng; 01 vụ sạt lở bờ sông Sài Gòn dài khoảng 35 m.")
    para(d, [("II. KẾT QUẢ THỰC HIỆN", "b")], indent=False)
    job(d, "Từ tháng 01 đến tháng 11/2026:", "kiện toàn Ban Chỉ huy phòng thủ dân sự phường; xây dựng phương án ứng phó với mưa lớn, triều cường, sạt lở; tổ chức 02 buổi diễn tập ứng phó sạt lở có 180 lượt người tham gia.", "rà soát, bổ sung phương tiện cứu hộ trước mùa triều cường tháng 12.", "hoàn thành.")
    job(d, "Từ tháng 5 đến tháng 11/2026:", "khơi thông 3,2 km cống thoát nước; di dời khẩn cấp 04 hộ dân khỏi khu vực sạt lở.", None, "hoàn thành.")
    job(d, "Cả năm 2026:", "thu Quỹ phòng, chống thiên tai được 486.500.000 đồng, đạt 97,3% kế hoạch.", "tiếp tục vận động các doanh nghiệp nộp quỹ.", "đang thực hiện.")
    para(d, [("III. KHÓ KHĂN, VƯỚNG MẮC", "b")], indent=False)
    para(d, "- Phương tiện, trang thiết bị cứu hộ của phường còn thiếu, chủ yếu là áo phao và xuồng nhỏ.")
    para(d, [("IV. KIẾN NGHỊ", "b")], indent=False)
    para(d, "- Đề nghị Thành phố sớm đầu tư kè chống sạt lở đoạn bờ sông Sài Gòn qua khu phố Bình Đức 3.")
    sign(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lâm Thị Kim Thoa",
         ["- Ban Chỉ huy PTDS Thành phố;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT."])
    d.save(os.path.join(OUT, fn))
    key(fn, "25966", "Phường Lái Thiêu", "506/BC-UBND", "2026-12-11", [], [], [],
        status="rejected", reason="Báo cáo tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


def run():
    f1(); f2(); f3()
