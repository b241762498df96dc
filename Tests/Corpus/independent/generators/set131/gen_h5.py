# -*- coding: utf-8 -*-
"""Hand 5 - Trương Công Định style: monthly-cumulative report 'tháng 11 và 11 tháng năm
2026' in which the CT38 plan is one part; each job is a numbered item '1.n.' followed by
three '•' lines: 'Trong tháng 11:' (the month), 'Lũy kế 11 tháng:' (cumulative figures)
and 'Tình trạng cuối kỳ:' (status)."""
from gen_common import *


def org_header(d, top, org, so, date_line):
    header_block(d, [(top, ""), (org, "b"), ("", ""), ("Số: " + so, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), (date_line, "i")])


def item(d, no, title, thang, luyke, tt):
    para(d, [(no + " " + title, "b")], indent=False)
    para(d, [("• Trong tháng 11: ", "u"), (thang, "")])
    para(d, [("• Lũy kế 11 tháng: ", "u"), (luyke, "")])
    para(d, [("• Tình trạng cuối kỳ: ", "u"), (tt, "b")])


def sign(d, chuc, ten, noi_nhan):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    cell_lines(c0, [[("Nơi nhận:", "bi")]] + [[(x, "")] for x in noi_nhan], size=11)
    cell_lines(c1, [[(x, "b")] for x in chuc] + [[("", "")], [("", "")], [("", "")], [(ten, "b")]], align="c")


# ---------------------------------------------------------------- file 14
def f14():
    fn = "ChiCuc TDC - BC thang 11 va 11 thang 2026.docx"
    d = new_doc()
    org_header(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1287/BC-CCTĐC",
               "Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2026")
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [("Tình hình thực hiện nhiệm vụ tháng 11 và 11 tháng năm 2026", "b")], align="c")
    para(d, "Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo tình hình thực hiện nhiệm vụ tháng 11 và 11 tháng năm 2026 (số liệu lũy kế từ 01/01/2026 đến 20/11/2026) như sau:")
    para(d, [("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM", "b")], indent=False)
    para(d, [("1. Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở", "b")], indent=False)
    en = []
    L = "05 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu (tổng cộng 06 lớp/buổi), 612 lượt người tham dự."
    item(d, "1.1.", "Tập huấn văn bản pháp luật và Tọa đàm với doanh nghiệp nhập khẩu", "không tổ chức.", L, "Đã hoàn thành.")
    en.append(E("II.1.a", "completed", L, training_courses=6, participants=612))
    L = "đăng 14 tin, bài giới thiệu Giải thưởng Chất lượng Quốc gia; hướng dẫn 09 doanh nghiệp hoàn thiện hồ sơ tham dự."
    item(d, "1.2.", "Tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "không phát sinh.", L, "Đã hoàn thành.")
    en.append(E("II.1.b", "completed", L, communications=14, enterprises_supported=9))
    L = "tổ chức Hội đồng sơ tuyển, đánh giá hồ sơ các doanh nghiệp tham dự, gửi kết quả về Hội đồng Quốc gia."
    item(d, "1.3.", "Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026", "hoàn thiện hồ sơ gửi Hội đồng Quốc gia.", L, "Đang thực hiện (chờ Hội đồng Quốc gia xét chọn).")
    en.append(E("II.2.b", "in_progress", L))
    L = "hỗ trợ 21 doanh nghiệp áp dụng công cụ cải tiến năng suất và truy xuất nguồn gốc; kinh phí đã giải ngân 118.500.000 đồng."
    item(d, "1.4.", "Nâng cao năng suất, chất lượng; Đề án 996, Đề án 100", "hỗ trợ 03 doanh nghiệp.", L, "Đang thực hiện.")
    en.append(E("II.2.a", "in_progress", L, enterprises_supported=21, budget_spent_vnd=118500000))
    L = "hướng dẫn, tư vấn 246 lượt tổ chức, doanh nghiệp về công bố hợp chuẩn, hợp quy và áp dụng hệ thống quản lý; tiếp nhận 1.184 hồ sơ công bố."
    item(d, "1.5.", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng", "hướng dẫn 19 lượt.", L, "Đang thực hiện (thường xuyên).")
    en.append(E("II.2.d", "in_progress", L, enterprises_supported=246))
    L = "góp ý 17 dự thảo TCVN, QCVN gửi Bộ Khoa học và Công nghệ và các bộ, ngành."
    item(d, "1.6.", "Góp ý tiêu chuẩn, quy chuẩn kỹ thuật", "góp ý 02 dự thảo QCVN.", L, "Đang thực hiện.")
    en.append(E("II.2.e", "in_progress", L, standards_reviewed=17))
    L = "03 lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các sở, ngành và UBND phường, xã, đặc khu, 415 lượt công chức tham dự."
    item(d, "1.7.", "Tập huấn nghiệp vụ cho công chức sở, ngành, cấp xã", "không tổ chức.", L, "Đã hoàn thành.")
    en.append(E("II.3.a", "completed", L, training_courses=3, participants=415))
    L = "16 cuộc kiểm tra; 214 cơ sở được kiểm tra; 37 cơ sở vi phạm; xử phạt 412.750.000 đồng."
    item(d, "1.8.", "Kiểm tra về tiêu chuẩn, đo lường, chất lượng", "02 cuộc kiểm tra, 17 cơ sở.", L, "Đang thực hiện.")
    en.append(E("II.5.a", "in_progress", L, inspections=16, establishments_inspected=214, violations=37, fines_vnd=412750000))
    L = "khảo sát 186 mẫu (xăng dầu 64 mẫu, mũ bảo hiểm 42 mẫu, đồ chơi trẻ em 80 mẫu); 14 mẫu không phù hợp, đã thông tin cho cơ quan chức năng."
    item(d, "1.9.", "Khảo sát chất lượng sản phẩm, hàng hóa", "thông báo kết quả đợt khảo sát đồ chơi trẻ em.", L, "Đã hoàn thành các đợt khảo sát theo kế hoạch năm.")
    en.append(E("II.5.b", "completed", L, samples_tested=186))
    L = "hướng dẫn UBND phường, xã, đặc khu thực hiện nội dung phân cấp về kiểm tra đo lường tại chợ, xử phạt theo thẩm quyền."
    item(d, "1.10.", "Phối hợp UBND phường, xã, đặc khu", "trả lời 02 văn bản xin ý kiến của phường.", L, "Đang thực hiện.")
    en.append(E("II.5.c", "in_progress", L))
    para(d, [("2. Công tác tài chính", "b")], indent=False)
    para(d, "Giải ngân dự toán năm 2026 đến 20/11/2026 đạt 3,86 tỷ đồng, bằng 81,4% dự toán được giao.")
    para(d, [("3. Công tác tổ chức cán bộ", "b")], indent=False)
    para(d, "Tiếp nhận 02 viên chức; cử 05 công chức học lớp bồi dưỡng quản lý nhà nước ngạch chuyên viên chính.")
    para(d, [("II. KHÓ KHĂN, VƯỚNG MẮC", "b")], indent=False)
    dif = ["Số lượng hồ sơ công bố hợp quy tăng mạnh trong khi nhân sự tiếp nhận không tăng.",
           "Một số UBND phường, xã mới sắp xếp chưa bố trí công chức đầu mối về tiêu chuẩn, đo lường, chất lượng."]
    for x in dif:
        para(d, "- " + x)
    para(d, [("III. KIẾN NGHỊ", "b")], indent=False)
    pro = ["Đề nghị Sở có văn bản đề nghị UBND các phường, xã, đặc khu cử công chức đầu mối theo dõi công tác tiêu chuẩn, đo lường, chất lượng."]
    for x in pro:
        para(d, "- " + x)
    para(d, [("IV. NHIỆM VỤ THÁNG 12/2026", "b")], indent=False)
    para(d, "- Tổ chức 02 cuộc kiểm tra hàng hóa phục vụ Tết; tổng kết thực hiện Kế hoạch năm 2026, xây dựng Kế hoạch năm 2027.")
    sign(d, ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "Trương Công Định", ["- Lãnh đạo Sở (để b/c);", "- Văn phòng Sở;", "- Lưu: VT, HC."])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1287/BC-CCTĐC", "2026-11-25", en, dif, pro)


# ---------------------------------------------------------------- file 15
def f15():
    fn = "VP So - BC 11T 2026.docx"
    d = new_doc()
    org_header(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG", "402/BC-VP", "Thành phố Hồ Chí Minh, ngày 23 tháng 11 năm 2026")
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [("Công tác Văn phòng Sở tháng 11 và 11 tháng năm 2026", "b")], align="c")
    para(d, [("I. CÔNG TÁC HÀNH CHÍNH, VĂN THƯ", "b")], indent=False)
    para(d, "Lũy kế 11 tháng tiếp nhận 18.426 văn bản đến, phát hành 7.912 văn bản đi; 100% văn bản được ký số.")
    para(d, [("II. PHẦN VIỆC THUỘC KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (Văn phòng Sở phối hợp)", "b")], indent=False)
    en = []
    L = "cập nhật 58 quy trình nội bộ giải quyết thủ tục hành chính; tổ chức 01 đợt đánh giá nội bộ hệ thống quản lý chất lượng của Sở."
    item(d, "2.1.", "Duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở", "hoàn thiện báo cáo xem xét của lãnh đạo.", L, "Hoàn thành.")
    en.append(E("II.2.đ", "completed", L))
    L = "phối hợp Chi cục TĐC, Phòng Chuyển đổi số hoàn tất kết nối Hệ thống thông tin giải quyết TTHC với Cổng thông tin một cửa quốc gia từ tháng 3/2026."
    item(d, "2.2.", "Kết nối hệ thống giải quyết TTHC về TĐC với Cổng một cửa quốc gia", "không phát sinh.", L, "Hoàn thành.")
    en.append(E("II.2.h", "completed", L))
    L = "phối hợp thẩm định 04 gói mua sắm trang thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm; đã thẩm định xong 03 gói."
    item(d, "2.3.", "Phối hợp đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp", "thẩm định gói thầu số 3.", L, "Đang thực hiện.")
    en.append(E("II.4.a", "in_progress", L))
    L = "cử 05 lượt công chức tham dự Hội thảo hưởng ứng Ngày Tiêu chuẩn Thế giới 14/10/2026."
    item(d, "2.4.", "Cử công chức tham gia hội thảo, lễ kỷ niệm của ngành TĐC", "không phát sinh.", L, "Hoàn thành.")
    en.append(E("II.3.a", "completed", L, participants=5))
    L = "không có đơn, thư tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng gửi đến Sở."
    item(d, "2.5.", "Khen thưởng, bảo vệ người tố giác vi phạm", "không phát sinh.", L, "Không phát sinh.")
    en.append(E("II.5.d", "not_applicable", L))
    para(d, [("III. CÔNG TÁC QUẢN TRỊ, TÀI VỤ", "b")], indent=False)
    para(d, "Thanh toán kinh phí hoạt động 11 tháng 24,6 tỷ đồng; sửa chữa hội trường tầng 3 hoàn thành tháng 10/2026.")
    para(d, [("IV. KHÓ KHĂN, ĐỀ XUẤT", "b")], indent=False)
    dif = ["Nhiều quy trình ISO phải sửa đổi liên tục do danh mục thủ tục hành chính thay đổi sau sắp xếp."]
    pro = ["Đề xuất Lãnh đạo Sở giao Chi cục TĐC hỗ trợ Văn phòng rà soát toàn bộ quy trình ISO trước khi công bố lại trong Quý I/2027."]
    para(d, [("Khó khăn: ", "i"), (dif[0], "")])
    para(d, [("Đề xuất: ", "i"), (pro[0], "")])
    sign(d, ["CHÁNH VĂN PHÒNG"], "Phan Thị Thu Hà", ["- Ban Giám đốc Sở;", "- Chi cục TĐC;", "- Lưu: VT."])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "402/BC-VP", "2026-11-23", en, dif, pro)


# ---------------------------------------------------------------- file 16
def f16():
    fn = "SGDDT bao cao phoi hop 11 thang 2026.docx"
    d = new_doc()
    header_block(d, [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "b"), ("", ""), ("Số: 4410/BC-SGDĐT", "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), ("", ""),
                  ("Thành phố Hồ Chí Minh, ngày 27 tháng 11 năm 2026", "i")])
    para(d, [("BÁO CÁO", "b")], align="c", space_after=0)
    para(d, [("Kết quả công tác phối hợp liên ngành tháng 11 và 11 tháng năm 2026", "b")], align="c")
    para(d, [("1. Phối hợp Công an Thành phố bảo đảm trật tự an toàn giao thông trường học", "b")], indent=False)
    para(d, "Lũy kế 11 tháng: 1.126 trường tổ chức ký cam kết chấp hành Luật Giao thông đường bộ; 318.400 lượt học sinh tham gia sinh hoạt chuyên đề.")
    para(d, [("2. Phối hợp Sở Khoa học và Công nghệ thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", "b")], indent=False)
    en = []
    L = "đăng 32 tin, bài về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch trên Cổng thông tin điện tử ngành giáo dục."
    item(d, "2.1.", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong ngành giáo dục", "đăng 03 tin.", L, "Đã hoàn thành.")
    en.append(E("II.1.a", "completed", L, communications=32))
    L = "phối hợp Chi cục TĐC tổ chức 04 buổi ngoại khóa về mã số mã vạch, truy xuất nguồn gốc cho học sinh các trường trung cấp, THPT; 1.150 lượt học sinh tham dự."
    item(d, "2.2.", "Ngoại khóa về đo lường, chất lượng, mã số mã vạch cho học sinh", "01 buổi tại Trường Trung cấp Kinh tế - Kỹ thuật Quận 12 (cũ).", L, "Đang thực hiện.")
    en.append(E("II.3.d", "in_progress", L, training_courses=4, participants=1150))
    L = "chuyển đổi hệ thống quản lý chất lượng TCVN ISO 9001:2015 sang môi trường điện tử, đã số hóa 41/63 quy trình."
    item(d, "2.3.", "Áp dụng hệ thống quản lý chất lượng tại cơ quan Sở", "số hóa thêm 05 quy trình.", L, "Đang thực hiện.")
    en.append(E("II.2.đ", "in_progress", L))
    L = "chưa triển khai do chưa nhận được hướng dẫn về nâng cao năng suất khu vực công."
    item(d, "2.4.", "Nâng cao năng suất khu vực công", "không phát sinh.", L, "Chưa thực hiện.")
    en.append(E("II.6.b", "not_started", L))
    para(d, [("3. Phối hợp Sở Y tế về công tác y tế trường học", "b")], indent=False)
    para(d, "Lũy kế 11 tháng: 1.842.000 lượt học sinh được khám sức khỏe định kỳ; 100% trường có nhân viên y tế.")
    para(d, [("4. Khó khăn, vướng mắc", "b")], indent=False)
    dif = ["Chương trình chính khóa không có nội dung về tiêu chuẩn, đo lường, chất lượng nên chỉ lồng ghép được trong giờ ngoại khóa."]
    para(d, "- " + dif[0])
    para(d, "- Thời gian sinh hoạt chuyên đề an toàn giao thông bị trùng với lịch kiểm tra học kỳ I.")
    para(d, [("5. Kiến nghị", "b")], indent=False)
    pro = ["Đề nghị Sở Khoa học và Công nghệ cung cấp bộ tài liệu ngoại khóa về mã số mã vạch, truy xuất nguồn gốc phù hợp với học sinh phổ thông."]
    para(d, "- " + pro[0])
    sign(d, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Bảo Quốc", ["- Sở Khoa học và Công nghệ;", "- Công an Thành phố;", "- Sở Y tế;", "- Lưu: VT, VP."])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "4410/BC-SGDĐT", "2026-11-27", en, dif, pro)


def run():
    f14(); f15(); f16()
