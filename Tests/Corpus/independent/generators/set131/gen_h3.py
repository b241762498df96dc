# -*- coding: utf-8 -*-
"""Hand 3 - Đỗ Minh Khoa style: a department's general-affairs officer writing the
year-end 'kết quả thực hiện các chương trình, kế hoạch phối hợp liên ngành năm 2026';
one Word table for all programmes (CT38 rows interleaved with other programmes' rows under
merged programme rows), 'Kết quả lũy kế năm 2026' cells with '+ ' lines, year-end status
words in 'Mức độ' ('Hoàn thành năm 2026' / 'Chuyển tiếp năm 2027' / 'Chưa phát sinh yêu cầu')."""
from gen_common import *


def dept_header(d, so_name, so, date_line):
    header_block(d,
                 [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), (so_name, "b"), ("", ""), ("Số: " + so, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), ("", ""), (date_line, "i")],
                 size=13)


def prog_table(d, groups):
    """groups: list of (group_title, [(noi_dung, [lines], muc_do)])"""
    nrows = 1 + sum(1 + len(items) for _, items in groups)
    t = d.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    w = [1.2, 5.2, 7.4, 3.2]
    hdr = ["TT", "Nội dung Sở tham gia", "Kết quả lũy kế năm 2026", "Mức độ"]
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], [(h, "b")], size=12)
    r = 1
    gi = 0
    for gt, items in groups:
        gi += 1
        roman = ["I", "II", "III", "IV", "V", "VI"][gi - 1]
        cell_text(t.rows[r].cells[0], [(roman, "b")], size=12)
        m = t.rows[r].cells[1].merge(t.rows[r].cells[3])
        cell_text(m, [(gt, "b")], align="l", size=12)
        r += 1
        for k, (nd, lines, md) in enumerate(items, 1):
            cell_text(t.rows[r].cells[0], str(k), size=12)
            cell_text(t.rows[r].cells[1], nd, align="l", size=12)
            cell_lines(t.rows[r].cells[2], [[(x, "")] for x in lines], align="l", size=12)
            cell_text(t.rows[r].cells[3], [(md, "i")], size=12)
            r += 1
    t.autofit = False
    for j in range(4):
        t.columns[j].width = Cm(w[j])
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(w[j])
    return t


def sign(d, chuc, ten, noi_nhan):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    cell_lines(c0, [[("Nơi nhận:", "bi")]] + [[(x, "")] for x in noi_nhan], size=11)
    cell_lines(c1, [[(x, "b")] for x in chuc] + [[("", "")], [("", "")], [("", "")], [(ten, "b")]], align="c")


def body(d, so_name, so, date_line, title2, kinh_gui, intro, groups, dif_all, pro_all, huong, chuc, ten, noi_nhan):
    dept_header(d, so_name, so, date_line)
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [(title2, "b")], align="c")
    para(d, [("Kính gửi: ", "")] + [(kinh_gui[0], "")], align="c", space_after=0)
    for k in kinh_gui[1:]:
        para(d, k, align="c", space_after=0)
    para(d, "")
    para(d, intro)
    para(d, [("I. KẾT QUẢ THỰC HIỆN", "b")], indent=False)
    prog_table(d, groups)
    para(d, "")
    para(d, [("II. KHÓ KHĂN, VƯỚNG MẮC", "b")], indent=False)
    for x in dif_all:
        para(d, "- " + x)
    para(d, [("III. ĐỀ XUẤT, KIẾN NGHỊ", "b")], indent=False)
    for x in pro_all:
        para(d, "- " + x)
    para(d, [("IV. PHƯƠNG HƯỚNG NĂM 2027", "b")], indent=False)
    for x in huong:
        para(d, "- " + x)
    para(d, "Trên đây là báo cáo kết quả thực hiện năm 2026, kính gửi các cơ quan, đơn vị tổng hợp./.")
    sign(d, chuc, ten, noi_nhan)


CT38 = "Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 (Sở Khoa học và Công nghệ chủ trì)"


# ---------------------------------------------------------------- file 7
def f7():
    fn = "SCT_BC tong ket cong tac phoi hop 2026.docx"
    d = new_doc()
    en = []
    l1 = ["+ 14 cuộc kiểm tra (chủ trì 08 cuộc, phối hợp Chi cục TĐC 06 cuộc);",
          "+ 163 cơ sở được kiểm tra (126 cửa hàng xăng dầu, 37 cơ sở kinh doanh LPG);",
          "+ 09 cơ sở vi phạm, xử phạt 187.500.000 đồng."]
    en.append(E("II.5.a", "completed", "Kiểm tra chất lượng, đo lường, nhãn hàng hóa xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường",
                inspections=14, establishments_inspected=163, violations=9, fines_vnd=187500000))
    l2 = ["+ Góp ý 05 dự thảo (03 QCVN về an toàn hóa chất, bình khí; 02 TCVN về chai chứa LPG)."]
    en.append(E("II.2.e", "completed", "Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia lĩnh vực công thương", standards_reviewed=5))
    l3 = ["+ Công bố lại HTQLCL theo TCVN ISO 9001:2015 ngày 16/6/2026;", "+ Đánh giá nội bộ tháng 9/2026."]
    en.append(E("II.2.đ", "completed", "Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở"))
    l4 = ["+ 04 lượt công chức Phòng Kỹ thuật an toàn - Môi trường tham dự tập huấn nghiệp vụ TĐC do Chi cục TĐC tổ chức."]
    en.append(E("II.3.a", "completed", "Cử công chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng", participants=4))
    l5 = ["+ 02 hội nghị phổ biến cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA, 310 lượt doanh nghiệp tham dự;",
          "+ 06 bản tin TBT gửi doanh nghiệp xuất khẩu."]
    en.append(E("II.6.a", "in_progress", "Cập nhật các cam kết quốc tế về tiêu chuẩn, quy chuẩn (TBT) cho doanh nghiệp xuất khẩu",
                training_courses=2, participants=310, communications=6))
    groups = [
        ("Chương trình bình ổn thị trường các mặt hàng thiết yếu năm 2026", [
            ("Tổ chức thực hiện Chương trình bình ổn thị trường", ["+ 68 doanh nghiệp tham gia; 3.215 điểm bán hàng bình ổn;", "+ Tổng giá trị hàng hóa đăng ký 46.300 tỷ đồng."], "Hoàn thành năm 2026"),
        ]),
        (CT38, [
            ("Kiểm tra chất lượng, đo lường, nhãn hàng hóa xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường", l1, "Hoàn thành năm 2026"),
            ("Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia lĩnh vực công thương", l2, "Hoàn thành năm 2026"),
            ("Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở", l3, "Hoàn thành năm 2026"),
            ("Cử công chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng", l4, "Hoàn thành năm 2026"),
            ("Cập nhật các cam kết quốc tế về tiêu chuẩn, quy chuẩn (TBT) cho doanh nghiệp xuất khẩu", l5, "Chuyển tiếp năm 2027"),
        ]),
        ("Kế hoạch phòng, chống buôn lậu, gian lận thương mại và hàng giả năm 2026 (Ban Chỉ đạo 389 Thành phố)", [
            ("Phối hợp kiểm tra, xử lý hàng giả, hàng kém chất lượng", ["+ Phối hợp 21 vụ; chuyển cơ quan chức năng xử lý 17 vụ."], "Hoàn thành năm 2026"),
        ]),
        ("Kế hoạch chuyển đổi số của Sở Công Thương năm 2026", [
            ("Số hóa hồ sơ thủ tục hành chính", ["+ 100% hồ sơ tiếp nhận trực tuyến được số hóa;", "+ 14 dịch vụ công trực tuyến toàn trình."], "Chuyển tiếp năm 2027"),
        ]),
    ]
    dif = ["Lực lượng kiểm tra chuyên ngành về đo lường, chất lượng xăng dầu, LPG còn mỏng; thiết bị kiểm tra nhanh chất lượng xăng dầu chưa đủ.",
           "Một số doanh nghiệp xuất khẩu nhỏ chưa quan tâm cập nhật các cam kết về hàng rào kỹ thuật trong thương mại (TBT)."]
    dif_other = "Nguồn hàng bình ổn thị trường dịp Tết còn phụ thuộc vào vốn vay ưu đãi."
    pro = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả khảo sát chất lượng xăng dầu để phục vụ công tác kiểm tra của Sở Công Thương."]
    pro_other = "Đề nghị Sở Tài chính bố trí kinh phí hỗ trợ lãi suất cho doanh nghiệp tham gia Chương trình bình ổn thị trường năm 2027."
    body(d, "SỞ CÔNG THƯƠNG", "5127/BC-SCT", "Thành phố Hồ Chí Minh, ngày 09 tháng 12 năm 2026",
         "Kết quả thực hiện các chương trình, kế hoạch phối hợp liên ngành năm 2026",
         ["- Sở Khoa học và Công nghệ;", "- Sở Tài chính;", "- Ban Chỉ đạo 389 Thành phố."],
         "Sở Công Thương báo cáo kết quả thực hiện các chương trình, kế hoạch phối hợp liên ngành năm 2026 (số liệu từ ngày 01/01/2026 đến ngày 30/11/2026) như sau:",
         groups, [dif[0], dif_other, dif[1]], [pro[0], pro_other],
         ["Tiếp tục kiểm tra chất lượng xăng dầu, LPG với ít nhất 15 cuộc;", "Tổ chức 03 hội nghị phổ biến cam kết TBT."],
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Bùi Thanh Tâm",
         ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP (Khoa)."])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-CT", "Sở Công Thương", "5127/BC-SCT", "2026-12-09", en, dif, pro)


# ---------------------------------------------------------------- file 8
def f8():
    fn = "SYT - BC tong ket nam 2026 (phan KH phoi hop).docx"
    d = new_doc()
    en = []
    a = ["+ Góp ý 03 dự thảo QCVN (trang thiết bị y tế chẩn đoán hình ảnh; nước sạch sinh hoạt; chất lượng không khí trong bệnh viện)."]
    en.append(E("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực y tế", standards_reviewed=3))
    b = ["+ Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở và 04 chi cục, trung tâm trực thuộc."]
    en.append(E("II.2.đ", "completed", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015"))
    c = ["+ 02 đoàn kiểm tra việc kiểm định phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học, cân sức khỏe);",
         "+ 22 cơ sở khám bệnh, chữa bệnh được kiểm tra;",
         "+ 03 cơ sở có phương tiện đo quá hạn kiểm định, đã yêu cầu khắc phục."]
    en.append(E("II.5.a", "in_progress", "Kiểm tra phương tiện đo sử dụng trong khám bệnh, chữa bệnh", inspections=2, establishments_inspected=22, violations=3))
    dd = ["+ 02 lượt viên chức tham dự Hội thảo hưởng ứng Ngày Tiêu chuẩn Thế giới 14/10/2026."]
    en.append(E("II.3.a", "completed", "Cử viên chức tham dự hội thảo, tập huấn về tiêu chuẩn, đo lường, chất lượng", participants=2))
    e = ["+ Trong năm chưa nhận được đề nghị phối hợp."]
    en.append(E("II.6.b", "not_applicable", "Phối hợp thúc đẩy năng suất khu vực công (nếu có yêu cầu)"))
    groups = [
        ("Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2026", [
            ("Giám sát, phòng chống sốt xuất huyết, tay chân miệng", ["+ 28.416 ca sốt xuất huyết, giảm 12,4% so với năm 2025;", "+ 100% ổ dịch được xử lý."], "Hoàn thành năm 2026"),
        ]),
        (CT38, [
            ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực y tế", a, "Hoàn thành năm 2026"),
            ("Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015", b, "Hoàn thành năm 2026"),
            ("Kiểm tra phương tiện đo sử dụng trong khám bệnh, chữa bệnh", c, "Chuyển tiếp năm 2027"),
            ("Cử viên chức tham dự hội thảo, tập huấn về tiêu chuẩn, đo lường, chất lượng", dd, "Hoàn thành năm 2026"),
            ("Phối hợp thúc đẩy năng suất khu vực công (nếu có yêu cầu)", e, "Chưa phát sinh yêu cầu"),
        ]),
        ("Chương trình y tế trường học giai đoạn 2026 - 2030", [
            ("Khám sức khỏe định kỳ học sinh", ["+ 1.842.000 lượt học sinh được khám."], "Hoàn thành năm 2026"),
        ]),
    ]
    dif = ["Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa lập sổ theo dõi thời hạn kiểm định phương tiện đo nhóm 2."]
    dif_o = "Nhân lực y tế dự phòng tuyến cơ sở sau sắp xếp còn thiếu."
    pro = ["Đề nghị Chi cục TĐC phối hợp hướng dẫn các cơ sở khám bệnh, chữa bệnh về danh mục phương tiện đo nhóm 2 phải kiểm định."]
    body(d, "SỞ Y TẾ", "9034/BC-SYT", "Thành phố Hồ Chí Minh, ngày 16 tháng 12 năm 2026",
         "Tổng kết thực hiện các kế hoạch phối hợp liên ngành năm 2026",
         ["- Sở Khoa học và Công nghệ;", "- Sở Giáo dục và Đào tạo."],
         "Sở Y tế báo cáo kết quả thực hiện các kế hoạch phối hợp liên ngành năm 2026 như sau:",
         groups, [dif[0], dif_o], pro,
         ["Kiểm tra phương tiện đo nhóm 2 tại ít nhất 30 cơ sở khám bệnh, chữa bệnh."],
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Hoài Nam",
         ["- Như trên;", "- Lưu: VT, VP."])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-YT", "Sở Y tế", "9034/BC-SYT", "2026-12-16", en, dif, pro)


# ---------------------------------------------------------------- file 9
def f9():
    fn = "SXD_BaoCao_TK2026.docx"
    d = new_doc()
    en = []
    a = ["+ 05 văn bản (01 dự thảo Quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị; 04 dự thảo QCVN về vật liệu xây dựng);",
         "+ QCĐP đã trình Sở Khoa học và Công nghệ thẩm định ngày 20/11/2026."]
    en.append(E("II.2.e", "in_progress", "Xây dựng quy chuẩn kỹ thuật địa phương; góp ý dự thảo QCVN lĩnh vực xây dựng", standards_reviewed=5))
    b = ["+ 09 cuộc kiểm tra chất lượng vật liệu xây dựng;", "+ 48 cơ sở sản xuất, kinh doanh vật liệu xây dựng được kiểm tra;",
         "+ 06 cơ sở vi phạm; phạt tiền 96.000.000 đồng."]
    en.append(E("II.5.a", "completed", "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông", inspections=9, establishments_inspected=48, violations=6, fines_vnd=96000000))
    c = ["+ Lấy 35 mẫu (xi măng 12, thép 15, gạch ốp lát 08) gửi thử nghiệm;", "+ 04 mẫu không đạt chỉ tiêu cơ lý."]
    en.append(E("II.5.b", "completed", "Khảo sát chất lượng vật liệu xây dựng trên thị trường", samples_tested=35))
    dd = ["+ Duy trì, cập nhật HTQLCL TCVN ISO 9001:2015 theo danh mục thủ tục hành chính mới."]
    en.append(E("II.2.đ", "completed", "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015"))
    e = ["+ 06 lượt công chức dự tập huấn về Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi)."]
    en.append(E("II.3.a", "completed", "Cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng", participants=6))
    groups = [
        ("Kế hoạch phát triển nhà ở Thành phố năm 2026", [
            ("Theo dõi các dự án nhà ở xã hội", ["+ 11 dự án khởi công; 4.260 căn hoàn thành."], "Chuyển tiếp năm 2027"),
        ]),
        (CT38, [
            ("Xây dựng quy chuẩn kỹ thuật địa phương; góp ý dự thảo QCVN lĩnh vực xây dựng", a, "Chuyển tiếp năm 2027"),
            ("Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông", b, "Hoàn thành năm 2026"),
            ("Khảo sát chất lượng vật liệu xây dựng trên thị trường", c, "Hoàn thành năm 2026"),
            ("Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015", dd, "Hoàn thành năm 2026"),
            ("Cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng", e, "Hoàn thành năm 2026"),
        ]),
        ("Kế hoạch cải cách hành chính năm 2026", [
            ("Rút ngắn thời gian cấp phép xây dựng", ["+ Bình quân 12 ngày/hồ sơ, giảm 03 ngày so với quy định."], "Hoàn thành năm 2026"),
        ]),
    ]
    dif = ["Kinh phí lấy mẫu, thử nghiệm vật liệu xây dựng không được bố trí riêng, phải sử dụng từ nguồn chi thường xuyên.",
           "Việc xây dựng quy chuẩn kỹ thuật địa phương cần nhiều ý kiến chuyên gia, thời gian thẩm định kéo dài."]
    pro = ["Đề nghị Sở Khoa học và Công nghệ sớm hoàn thành thẩm định dự thảo Quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị để trình UBND Thành phố ban hành trong Quý I/2027."]
    body(d, "SỞ XÂY DỰNG", "12408/BC-SXD", "Thành phố Hồ Chí Minh, ngày 10 tháng 12 năm 2026",
         "Kết quả thực hiện các chương trình, kế hoạch của Ủy ban nhân dân Thành phố và các sở, ngành năm 2026",
         ["- Sở Khoa học và Công nghệ;", "- Văn phòng Ủy ban nhân dân Thành phố."],
         "Sở Xây dựng báo cáo kết quả thực hiện năm 2026 (số liệu lũy kế đến ngày 30/11/2026) như sau:",
         groups, dif, pro,
         ["Trình ban hành QCĐP về chiếu sáng đô thị; kiểm tra 10 cuộc về chất lượng vật liệu xây dựng."],
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Văn Thịnh",
         ["- Như trên;", "- Lưu: VT, VP."])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-XD", "Sở Xây dựng", "12408/BC-SXD", "2026-12-10", en, dif, pro)


# ---------------------------------------------------------------- file 10 (mistaken)
def f10():
    fn = "STP - tong ket CCHC 2026.docx"
    d = new_doc()
    groups = [
        ("Cải cách thể chế", [
            ("Thẩm định dự thảo văn bản quy phạm pháp luật", ["+ Thẩm định 146 dự thảo; 100% đúng thời hạn."], "Hoàn thành năm 2026"),
            ("Rà soát, hệ thống hóa văn bản", ["+ Rà soát 1.028 văn bản; đề xuất bãi bỏ 37 văn bản."], "Hoàn thành năm 2026"),
        ]),
        ("Cải cách thủ tục hành chính", [
            ("Giải quyết thủ tục hành chính lĩnh vực tư pháp", ["+ Tiếp nhận 212.540 hồ sơ; 99,6% đúng hạn;", "+ Duy trì quy trình nội bộ theo TCVN ISO 9001:2015."], "Hoàn thành năm 2026"),
        ]),
        ("Cải cách tổ chức bộ máy, công chức", [
            ("Sắp xếp, kiện toàn các phòng chuyên môn", ["+ Giảm 02 phòng; 01 đơn vị sự nghiệp."], "Hoàn thành năm 2026"),
        ]),
        ("Chính quyền điện tử, chính quyền số", [
            ("Dịch vụ công trực tuyến toàn trình", ["+ 58 thủ tục; tỷ lệ hồ sơ trực tuyến 87,2%."], "Chuyển tiếp năm 2027"),
        ]),
    ]
    body(d, "SỞ TƯ PHÁP", "6611/BC-STP", "Thành phố Hồ Chí Minh, ngày 08 tháng 12 năm 2026",
         "Tổng kết công tác cải cách hành chính năm 2026",
         ["- Sở Nội vụ;", "- Sở Khoa học và Công nghệ."],
         "Sở Tư pháp báo cáo kết quả thực hiện Kế hoạch cải cách hành chính năm 2026 như sau:",
         groups, ["Số lượng hồ sơ lý lịch tư pháp tăng cao, áp lực lên đội ngũ công chức."],
         ["Đề nghị Sở Nội vụ bổ sung biên chế cho bộ phận lý lịch tư pháp."],
         ["Nâng tỷ lệ hồ sơ trực tuyến lên 90%."],
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trịnh Ngọc Thúy",
         ["- Như trên;", "- Lưu: VT, VP."])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-TP", "Sở Tư pháp", "6611/BC-STP", "2026-12-08", [], [], [], status="rejected",
        reason="Báo cáo tổng kết công tác cải cách hành chính năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


def run():
    f7(); f8(); f9(); f10()
