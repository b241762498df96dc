# Hand 3 — ông Hùng, phó trưởng phòng lớn tuổi (DOCX)
# Each task: "n. own title" then three abbreviated run-in label lines "ND:" (what was asked),
# "KQ:" (what was done, figures), "TĐ:" (status in a word or two). Parts "PHẦN 1/PHẦN 2", "+" lines for KK/KN.
from gen_common import *

def h3_doc(fname, parent, unit_upper, number, date_text, title2, intro, items, diffs, props, signer, size=14):
    d = base_doc(size=size)
    header_table(d, [(parent, "s"), (unit_upper, "b"), ("---------", ""), (f"Số: {number}", "")],
                    [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bs"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("-------------------", ""), (date_text, "i")])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title2, bold=True, align="c")
    para(d, intro, align="j")
    para(d, "PHẦN 1 – KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for n, it in enumerate(items, 1):
        para(d, f"{n}. {it['t']}", bold=True, indent=False)
        for lab in ("ND", "KQ", "TĐ"):
            if it.get(lab) is None: continue
            runs(d, [(lab + ": ", "b"), (it[lab], "")])
    para(d, "PHẦN 2 – TỒN TẠI VÀ KIẾN NGHỊ", bold=True, indent=False)
    if diffs:
        runs(d, [("Tồn tại, khó khăn:", "u")])
        for x in diffs: para(d, "+ " + x, align="j")
    if props:
        runs(d, [("Kiến nghị:", "u")])
        for x in props: para(d, "+ " + x, align="j")
    para(d, "Trên đây là báo cáo của " + signer[3] + "./.", align="j")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.rows[0].cells[0]
    cell_par(c, "Nơi nhận:", bold=True, italic=True, center=False, size=12)
    for l in signer[2]:
        cell_par(c, l, center=False, size=11, first=False)
    c = t.rows[0].cells[1]
    for i, l in enumerate(signer[1]): cell_par(c, l, bold=True, first=(i == 0))
    for _ in range(3): cell_par(c, "", first=False)
    cell_par(c, signer[0], bold=True, first=False)
    d.save(os.path.join(OUT, fname))

# ---------------- Sở Tư pháp ----------------
tp = [
 dict(t="Thẩm định, góp ý văn bản quy phạm pháp luật có nội dung về tiêu chuẩn, đo lường, chất lượng",
      ND="Tham gia ý kiến, thẩm định các dự thảo văn bản của Thành phố liên quan tiêu chuẩn, đo lường, chất lượng khi có yêu cầu.",
      KQ="Đã thẩm định dự thảo Quyết định của UBND Thành phố quy định chức năng, nhiệm vụ của Chi cục TĐC và dự thảo Quyết định ban hành quy chế phối hợp quản lý chất lượng sản phẩm, hàng hóa trên địa bàn Thành phố; có ý kiến bằng văn bản đúng thời hạn.",
      TĐ="xong."),
 dict(t="Phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng",
      ND="Lồng ghép nội dung Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa vào chương trình phổ biến pháp luật năm 2026.",
      KQ="Lồng ghép trong 05 hội nghị phổ biến pháp luật cho cán bộ, công chức và doanh nghiệp với 1.120 lượt người dự; đăng 08 tin, bài trên Trang thông tin phổ biến giáo dục pháp luật Thành phố.",
      TĐ="xong."),
 dict(t="Áp dụng ISO 9001:2015 tại Sở",
      ND="Duy trì, chuyển đổi Hệ thống quản lý chất lượng sang môi trường điện tử.",
      KQ="Đã rà soát 118 quy trình nội bộ, đang số hóa quy trình trên phần mềm quản lý văn bản.",
      TĐ="đang làm, dự kiến xong tháng 12/2026."),
 dict(t="Cử công chức pháp chế dự tập huấn",
      ND="Cử cán bộ dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở KH&CN tổ chức.",
      KQ="Cử 04 công chức Phòng Xây dựng và Kiểm tra văn bản dự lớp ngày 16/6/2026.",
      TĐ="xong."),
 dict(t="Theo dõi thi hành pháp luật về xử lý vi phạm hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng; bảo vệ người tố giác",
      ND="Phối hợp xử lý, bảo vệ người tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.",
      KQ="Trong kỳ Sở không nhận được phản ánh, tố giác nào liên quan lĩnh vực này.",
      TĐ="không phát sinh."),
]
tp_d = ["Sở chưa có công chức được đào tạo chuyên sâu về tiêu chuẩn, đo lường, chất lượng để thẩm định các nội dung kỹ thuật trong dự thảo văn bản."]
tp_p = ["Đề nghị Sở Khoa học và Công nghệ gửi kèm thuyết minh kỹ thuật khi đề nghị thẩm định các dự thảo văn bản có nội dung chuyên ngành."]
h3_doc("STP_bc_kh38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP", "512/BC-STP", "Tp. Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
       "Về kết quả tham gia thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
       "Thực hiện Công văn số 2815/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ, Sở Tư pháp báo cáo như sau:",
       tp, tp_d, tp_p, ("Võ Thành Long", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["- Sở KH&CN;", "- Ban Giám đốc;", "- Lưu: VT, XDKTVB."], "Sở Tư pháp"))
key("STP_bc_kh38.docx", "SO-TP", "Sở Tư pháp", "512/BC-STP", "2026-10-26", [
    E("II.2.c", "completed", {}, tp[0]["KQ"]),
    E("II.1.a", "completed", {"training_courses": 5, "participants": 1120, "communications": 8}, tp[1]["KQ"]),
    E("II.2.đ", "in_progress", {}, tp[2]["KQ"]),
    E("II.3.a", "completed", {"participants": 4}, tp[3]["KQ"]),
    E("II.5.d", "not_applicable", {}, tp[4]["KQ"]),
], tp_d, tp_p)

# ---------------- Thanh tra Thành phố ----------------
tt = [
 dict(t="Thanh tra trách nhiệm quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng; xử lý tham nhũng, tiêu cực",
      ND="Thanh tra việc thực hiện chính sách, pháp luật về tiêu chuẩn, đo lường, chất lượng; xử lý nghiêm hành vi tham nhũng, tiêu cực.",
      KQ="Tiến hành 02 cuộc thanh tra trách nhiệm tại Sở Công Thương và Sở Nông nghiệp và Môi trường; 01 cuộc đã ban hành kết luận, 01 cuộc đang hoàn thiện dự thảo kết luận. Tiếp nhận, xử lý 03 đơn phản ánh liên quan đo lường tại chợ; chưa phát hiện hành vi tham nhũng.",
      TĐ="đang làm."),
 dict(t="Tham gia đoàn kiểm tra liên ngành về chất lượng hàng hóa",
      ND="Phối hợp các sở, ngành kiểm tra chất lượng sản phẩm, hàng hóa lưu thông.",
      KQ="Cử thanh tra viên tham gia 04 đoàn kiểm tra liên ngành dịp Tết Nguyên đán và Tháng hành động; kiểm tra 27 cơ sở, phát hiện 06 cơ sở vi phạm, kiến nghị xử phạt 93.000.000 đồng.",
      TĐ="xong."),
 dict(t="Bồi dưỡng nghiệp vụ cho thanh tra viên",
      ND="Cử thanh tra viên dự các lớp tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng.",
      KQ="Năm 2026 chưa cử được thanh tra viên tham dự do lịch tập huấn trùng với các cuộc thanh tra theo kế hoạch.",
      TĐ="chưa làm."),
]
tt_d = ["Lực lượng thanh tra viên mỏng, phải ưu tiên các cuộc thanh tra theo kế hoạch của Thanh tra Chính phủ."]
tt_p = ["Đề nghị Chi cục TĐC tổ chức lớp tập huấn riêng cho thanh tra viên vào Quý I/2027.",
        "Đề nghị Sở KH&CN gửi danh sách các vụ việc vi phạm về đo lường có dấu hiệu tiêu cực để Thanh tra Thành phố xem xét."]
h3_doc("ThanhTraTP-BC-CT38-2026.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "THANH TRA THÀNH PHỐ", "208/BC-TTTP", "Tp. Hồ Chí Minh, ngày 04 tháng 11 năm 2026",
       "Kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
       "Theo đề nghị của Sở Khoa học và Công nghệ tại Công văn số 2815/SKHCN-TĐC ngày 06/10/2026, Thanh tra Thành phố báo cáo kết quả như sau:",
       tt, tt_d, tt_p, ("Đặng Minh Tâm", ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], ["- Sở KH&CN;", "- Chánh Thanh tra;", "- Lưu: VT, P2."], "Thanh tra Thành phố"))
key("ThanhTraTP-BC-CT38-2026.docx", "THANHTRA-TP", "Thanh tra Thành phố", "208/BC-TTTP", "2026-11-04", [
    E("II.5.d", "in_progress", {"inspections": 2}, tt[0]["KQ"]),
    E("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 27, "violations": 6, "fines_vnd": 93000000}, tt[1]["KQ"]),
    E("II.3.a", "not_started", {}, tt[2]["KQ"]),
], tt_d, tt_p)

# ---------------- Sở Giáo dục và Đào tạo ----------------
gd = [
 dict(t="Giáo dục về tiêu chuẩn, đo lường, chất lượng trong nhà trường",
      ND="Phối hợp Chi cục TĐC đưa nội dung tiêu chuẩn, đo lường, chất lượng, mã số mã vạch vào hoạt động ngoại khóa tại các trường trung cấp, trung học phổ thông.",
      KQ="Tổ chức 04 buổi ngoại khóa \"Tiêu chuẩn – Đo lường – Chất lượng trong đời sống\" cho 1.350 học sinh, sinh viên tại 04 trường; còn 02 trường sẽ tổ chức trong tháng 11 và 12.",
      TĐ="đang làm."),
 dict(t="Tuyên truyền trên trang thông tin của ngành",
      ND="Đăng tải tin, bài về Ngày Tiêu chuẩn Thế giới, Ngày Đo lường Thế giới.",
      KQ="Đăng 15 tin, bài trên Cổng thông tin điện tử Sở và trang của các trường.",
      TĐ="xong."),
 dict(t="Duy trì ISO 9001 tại cơ quan Sở",
      ND="Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.",
      KQ="Đánh giá nội bộ xong tháng 9/2026, không có điểm không phù hợp lớn.",
      TĐ="xong."),
 dict(t="Kiểm tra chất lượng thiết bị dạy học",
      ND="Kiểm tra chất lượng thiết bị dạy học tối thiểu theo tiêu chuẩn quốc gia.",
      KQ="Kiểm tra tại 18 trường, lấy 30 mẫu thiết bị (bàn ghế học sinh, đèn chiếu sáng lớp học) gửi thử nghiệm; đang chờ kết quả 08 mẫu.",
      TĐ="đang làm."),
 dict(t="Thu hút chuyên gia về tiêu chuẩn, đo lường, chất lượng",
      ND="Thu hút chuyên gia theo Nghị quyết 27/2023/NQ-HĐND.",
      KQ="Ngành giáo dục không có nhu cầu.",
      TĐ="không phát sinh."),
]
gd_d = ["Kinh phí thử nghiệm thiết bị dạy học chưa được bố trí riêng, phải sử dụng kinh phí chi thường xuyên của các trường."]
gd_p = ["Đề nghị Chi cục TĐC hỗ trợ tài liệu, báo cáo viên cho hoạt động ngoại khóa năm học 2026 – 2027."]
h3_doc("SGDDT - bao cao CT38.docx", "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "4410/BC-SGDĐT", "Tp. Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
       "Tình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026 của ngành giáo dục",
       "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo như sau:",
       gd, gd_d, gd_p, ("Nguyễn Bảo Quốc", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["- Sở KH&CN;", "- Lưu: VT, KHTC."], "Sở Giáo dục và Đào tạo"))
key("SGDDT - bao cao CT38.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "4410/BC-SGDĐT", "2026-10-31", [
    E("II.3.d", "in_progress", {"training_courses": 4, "participants": 1350}, gd[0]["KQ"]),
    E("II.1.a", "completed", {"communications": 15}, gd[1]["KQ"]),
    E("II.2.đ", "completed", {}, gd[2]["KQ"]),
    E("II.5.a", "in_progress", {"establishments_inspected": 18, "samples_tested": 30}, gd[3]["KQ"]),
    E("II.3.c", "not_applicable", {}, gd[4]["KQ"]),
], gd_d, gd_p)

# ---------------- Sở An toàn thực phẩm (MISTAKEN: food-safety month report) ----------------
at = [
 dict(t="Tuyên truyền Tháng hành động vì an toàn thực phẩm",
      ND="Tuyên truyền Tháng hành động vì an toàn thực phẩm năm 2026 (15/4 – 15/5/2026).",
      KQ="Phát 12.000 tờ rơi, tổ chức 09 buổi nói chuyện tại chợ, bếp ăn tập thể; đăng 31 tin, bài.",
      TĐ="xong."),
 dict(t="Kiểm tra an toàn thực phẩm",
      ND="Thanh tra, kiểm tra cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể.",
      KQ="Kiểm tra 1.426 cơ sở, xử phạt 118 cơ sở với số tiền 1.072.000.000 đồng; test nhanh 2.310 mẫu.",
      TĐ="xong."),
 dict(t="Giám sát ngộ độc thực phẩm",
      ND="Giám sát, điều tra, xử lý các vụ ngộ độc thực phẩm.",
      KQ="Trong Tháng hành động không xảy ra ngộ độc thực phẩm tập thể.",
      TĐ="không phát sinh."),
]
h3_doc("SATTP_BC_thang_hanh_dong_2026.docx", "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "731/BC-SATTP", "Tp. Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
       "Kết quả Tháng hành động vì an toàn thực phẩm năm 2026",
       "Thực hiện Kế hoạch số 1560/KH-UBND của UBND Thành phố về Tháng hành động vì an toàn thực phẩm năm 2026, Sở An toàn thực phẩm báo cáo như sau:",
       at, ["Lực lượng kiểm tra tuyến xã, phường còn mỏng."], ["Đề nghị Bộ Y tế sớm ban hành hướng dẫn phân cấp quản lý an toàn thực phẩm sau sắp xếp."],
       ("Huỳnh Thị Kim Oanh", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["- UBND TP;", "- Bộ Y tế;", "- Lưu: VT."], "Sở An toàn thực phẩm"))
key("SATTP_BC_thang_hanh_dong_2026.docx", "SO-ATTP", "Sở An toàn thực phẩm", "731/BC-SATTP", "2026-10-29", [], [], [],
    status="rejected", reason="Báo cáo kết quả Tháng hành động vì an toàn thực phẩm năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")
