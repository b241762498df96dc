# Hand C: Trần Minh Khoa-style — a long table continued over several Word tables, each continuation
# starting with a "(tiếp theo)" row + repeated header row; a total row at the very end.
from common import *
from docx.enum.section import WD_ORIENT

def long_table(d, caption, headers, rows, total, chunks, widths=None):
    para(d, caption, bold=True, align="c")
    n = len(rows); step = -(-n // chunks)
    for ci in range(chunks):
        part = rows[ci*step:(ci+1)*step]
        if not part: continue
        if ci > 0:
            p = para(d, ""); p.add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
        t = d.add_table(rows=0, cols=len(headers)); t.style = "Table Grid"
        if ci > 0:
            r = t.add_row(); m = r.cells[0].merge(r.cells[-1])
            m.text = caption.split(".")[0] + " (tiếp theo)"; m.paragraphs[0].runs[0].italic = True
        r = t.add_row(); repeat_header(r)
        for c, h in zip(r.cells, headers):
            c.text = h; c.paragraphs[0].runs[0].bold = True; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for row in part:
            r = t.add_row()
            for c, v in zip(r.cells, row): c.text = str(v)
        if ci == chunks - 1 or (ci+1)*step >= n:
            r = t.add_row()
            for c, v in zip(r.cells, total):
                c.text = str(v)
                if c.paragraphs[0].runs: c.paragraphs[0].runs[0].bold = True
            break
    return

def landscape(d):
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width

def build():
    # C1 Chi cục
    f = "c1-chicuc-tdc-bc-ct38-2026.docx"
    d = new_doc(size=12); landscape(d)
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "Số: 1625/BC-CCTĐC",
                 "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026")
    para(d); para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 31/10/2026)", bold=True, align="c")
    para(d, "Chi cục báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch; chi tiết từng hoạt động tại Bảng 1 dưới đây. Cột \"Mục KH\" ghi theo số thứ tự mục tại Phần II của Kế hoạch.", align="j")
    H = ["TT", "Mục KH", "Hoạt động", "ĐVT", "Số lượng", "Số người / cơ sở", "Cơ sở vi phạm", "Phạt VPHC (đồng)", "Kinh phí đã chi (đồng)", "Tiến độ"]
    R = [
        (1, "II.1.a", "Lớp tập huấn VBPL về TĐC cho doanh nghiệp (đợt 1)", "lớp", 1, 120, "", "", "28.500.000", "Hoàn thành"),
        (2, "II.1.a", "Lớp tập huấn VBPL về TĐC cho doanh nghiệp (đợt 2)", "lớp", 1, 95, "", "", "24.000.000", "Hoàn thành"),
        (3, "II.1.a", "Tọa đàm với doanh nghiệp nhập khẩu", "buổi", 1, 60, "", "", "15.000.000", "Hoàn thành"),
        (4, "II.1.b", "Hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "DN", 14, "", "", "", "", "Hoàn thành"),
        (5, "II.2.a", "Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Đề án 996, Đề án 100)", "DN", 9, "", "", "", "85.000.000", "Đang thực hiện"),
        (6, "II.2.b", "Tổ chức Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia", "hội đồng", 1, "", "", "", "", "Đang thực hiện"),
        (7, "II.2.e", "Góp ý dự thảo TCVN", "dự thảo", 12, "", "", "", "", "Đang thực hiện"),
        (8, "II.2.e", "Góp ý dự thảo QCVN", "dự thảo", 4, "", "", "", "", "Đang thực hiện"),
        (9, "II.3.a", "Tập huấn nghiệp vụ TĐC cho công chức phường, xã (khu vực 1)", "lớp", 2, 160, "", "", "31.000.000", "Đang thực hiện"),
        (10, "II.3.a", "Tập huấn nghiệp vụ TĐC cho công chức phường, xã (khu vực 2)", "lớp", 2, 150, "", "", "31.000.000", "Đang thực hiện"),
        (11, "II.3.b", "Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng", "khóa", 2, 70, "", "", "40.000.000", "Hoàn thành"),
        (12, "II.4.b", "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ", "phương tiện", 22, "", "", "", "18.000.000", "Hoàn thành"),
        (13, "II.5.a", "Kiểm tra xăng dầu", "cuộc", 5, 38, 6, "72.000.000", "", "Đang thực hiện"),
        (14, "II.5.a", "Kiểm tra đồ chơi trẻ em", "cuộc", 3, 27, 4, "31.500.000", "", "Đang thực hiện"),
        (15, "II.5.a", "Kiểm tra mũ bảo hiểm", "cuộc", 2, 19, 2, "15.000.000", "", "Đang thực hiện"),
        (16, "II.5.b", "Khảo sát chất lượng xăng dầu", "mẫu", 60, "", "", "", "30.000.000", "Đang thực hiện"),
        (17, "II.5.b", "Khảo sát chất lượng thực phẩm bao gói sẵn (ghi nhãn)", "mẫu", 45, "", "", "", "18.000.000", "Đang thực hiện"),
    ]
    T = ["", "", "Tổng cộng", "", "", "", 12, "118.500.000", "320.500.000", ""]
    long_table(d, "Bảng 1. Kết quả thực hiện các hoạt động năm 2026", H, R, T, 3)
    para(d, "KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    D1 = ["Kinh phí khảo sát chất lượng được giao thấp so với nhu cầu lấy mẫu",
          "Công chức phường, xã thay đổi nhiều sau sắp xếp, phải tập huấn lại"]
    P1 = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027",
          "Đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm ban hành hướng dẫn phân cấp cho cấp xã"]
    for x in D1: para(d, "- " + x)
    para(d, "ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in P1: para(d, "- " + x)
    para(d, "CHI CỤC TRƯỞNG\n\n\nTrần Minh Khoa", bold=True, align="r")
    d.save(os.path.join(ROOT, f))
    key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1625/BC-CCTĐC", "2026-11-05", [
        E("II.1.a", "completed", {"training_courses": 3, "participants": 275, "budget_spent_vnd": 67500000}),
        E("II.1.b", "completed", {"enterprises_supported": 14}),
        E("II.2.a", "in_progress", {"enterprises_supported": 9, "budget_spent_vnd": 85000000}),
        E("II.2.b", "in_progress", {}),
        E("II.2.e", "in_progress", {"standards_reviewed": 16}),
        E("II.3.a", "in_progress", {"training_courses": 4, "participants": 310, "budget_spent_vnd": 62000000}),
        E("II.3.b", "completed", {"training_courses": 2, "participants": 70, "budget_spent_vnd": 40000000}),
        E("II.4.b", "completed", {"instruments_verified": 22, "budget_spent_vnd": 18000000}),
        E("II.5.a", "in_progress", {"inspections": 10, "establishments_inspected": 84, "violations": 12, "fines_vnd": 118500000}),
        E("II.5.b", "in_progress", {"samples_tested": 105, "budget_spent_vnd": 48000000}),
    ], D1, P1)

    # C2 Trung tâm Dịch vụ Phân tích thí nghiệm
    f = "c2-ttpttn-bc-ct38.docx"
    d = new_doc(size=13)
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "Số: 402/BC-TTPT",
                 "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026")
    para(d); para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Tình hình thực hiện các nhiệm vụ tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Trung tâm là đơn vị chủ trì nhiệm vụ II.4.a và phối hợp nhiệm vụ II.2.g, II.4.c. Kết quả cụ thể như bảng sau:", align="j")
    H = ["TT", "Nội dung", "ĐVT", "Số lượng", "Kinh phí (đồng)", "Tình trạng"]
    R = [
        ("A", "Nhiệm vụ II.4.a – Đầu tư cơ sở vật chất, trang thiết bị", "", "", "", "Đang thực hiện"),
        (1, "Mua sắm hệ thống sắc ký khí khối phổ", "bộ", 1, "2.350.000.000", "Đã nghiệm thu"),
        (2, "Mua sắm tủ an toàn sinh học cấp II", "cái", 2, "460.000.000", "Đã nghiệm thu"),
        (3, "Nâng cấp phòng thí nghiệm đo lường khối lượng", "hạng mục", 1, "780.000.000", "Đang thi công"),
        ("B", "Nhiệm vụ II.2.g – Dịch vụ kỹ thuật về TĐC", "", "", "", "Đang thực hiện"),
        (4, "Kiểm định cân các loại", "chiếc", "1.240", "", ""),
        (5, "Kiểm định đồng hồ đo nước lạnh", "chiếc", "3.560", "", ""),
        (6, "Kiểm định cột đo xăng dầu", "cột", 415, "", ""),
        (7, "Kiểm định huyết áp kế", "chiếc", 890, "", ""),
        (8, "Thử nghiệm mẫu sản phẩm, hàng hóa", "mẫu", "2.180", "", ""),
        (9, "Mở rộng phạm vi được công nhận (phép thử mới)", "phép thử", 6, "", ""),
        ("C", "Nhiệm vụ II.4.c – Duy trì chuẩn đo lường, liên kết chuẩn", "", "", "", "Hoàn thành"),
        (10, "Hiệu chuẩn chuẩn chính, liên kết đến chuẩn quốc gia", "chuẩn", 14, "", "Hoàn thành tháng 9/2026"),
    ]
    T = ["", "Tổng kinh phí", "", "", "3.590.000.000", ""]
    long_table(d, "Biểu 01. Kết quả thực hiện đến ngày 25/10/2026", H, R, T, 3)
    D2 = ["Thiết bị nhập khẩu giao hàng chậm so với hợp đồng"]
    P2 = ["Đề nghị Sở ưu tiên bố trí vốn năm 2027 để thay thế hệ thống chuẩn dung tích đã xuống cấp"]
    para(d, "Khó khăn, vướng mắc:", bold=True)
    for x in D2: para(d, "- " + x)
    para(d, "Kiến nghị:", bold=True)
    for x in P2: para(d, "- " + x)
    para(d, "GIÁM ĐỐC\n\n\nPhan Thanh Sơn", bold=True, align="r")
    d.save(os.path.join(ROOT, f))
    key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "402/BC-TTPT", "2026-10-30", [
        E("II.4.a", "in_progress", {"budget_spent_vnd": 3590000000}),
        E("II.2.g", "in_progress", {"instruments_verified": 6105, "samples_tested": 2180}),
        E("II.4.c", "completed", {"instruments_verified": 14}),
    ], D2, P2)

    # C3 Xã Phước Hải — list of inspected establishments
    f = "c3-phuochai-ds-kiem-tra-ct38.docx"
    d = new_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN", "XÃ PHƯỚC HẢI", "Số: 156/BC-UBND", "Phước Hải, ngày 22 tháng 10 năm 2026")
    para(d); para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả phối hợp quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, "1. Về tuyên truyền, phổ biến pháp luật (mục II.1.a Kế hoạch): UBND xã đã đăng 05 tin trên trang thông tin điện tử xã và hệ thống loa truyền thanh. Kết quả: hoàn thành.", align="j")
    para(d, "2. Về phối hợp thực hiện nội dung phân quyền (mục II.5.c Kế hoạch): UBND xã đã phối hợp Chi cục tổ chức 02 đợt kiểm tra (tháng 8 và tháng 9/2026) đối với cơ sở kinh doanh xăng dầu, cân tại chợ hải sản và vàng trang sức. Kết quả: hoàn thành kế hoạch kiểm tra năm 2026; danh sách cơ sở tại bảng dưới.", align="j")
    H = ["TT", "Tên cơ sở", "Địa chỉ", "Loại hình", "Đợt", "Kết quả", "Số tiền phạt (đồng)"]
    names = [("Cửa hàng xăng dầu Phước Hải 1", "ấp Hải Lộc", "Xăng dầu"), ("DNTN Minh Phát", "ấp Phước Lâm", "Xăng dầu"),
             ("Cửa hàng xăng dầu số 27", "QL55", "Xăng dầu"), ("Sạp cân hải sản bà Sáu", "chợ Phước Hải", "Cân"),
             ("Sạp cá Tư Lành", "chợ Phước Hải", "Cân"), ("Vựa hải sản Hoàng Yến", "ấp Hải Tân", "Cân"),
             ("Sạp ông Bảy Lợi", "chợ Phước Hải", "Cân"), ("Sạp mực khô Út Hạnh", "chợ Phước Hải", "Cân"),
             ("Vựa cá Hai Tấn", "cảng cá Phước Hải", "Cân"), ("Tiệm vàng Kim Hưng", "đường Võ Thị Sáu", "Vàng"),
             ("Tiệm vàng Ngọc Thảo", "chợ Phước Hải", "Vàng"), ("Tiệm vàng Phú Quý", "ấp Phước Thạnh", "Vàng"),
             ("Cửa hàng gas Thành Đạt", "ấp Hải Lộc", "LPG"), ("Cửa hàng gas Hưng Thịnh", "QL55", "LPG"),
             ("Sạp cân trái cây cô Mười", "chợ Phước Hải", "Cân"), ("Vựa hải sản Tám Dũng", "cảng cá Phước Hải", "Cân"),
             ("Cửa hàng xăng dầu Long Phước", "ấp Phước Trung", "Xăng dầu")]
    vio = {2: "2.500.000", 7: "1.500.000", 11: "5.500.000"}
    R = []
    for i, (n, a, k) in enumerate(names, 1):
        R.append((i, n, a, k, "1" if i <= 9 else "2", "Vi phạm" if i in vio else "Đạt", vio.get(i, "")))
    T = ["", "Cộng: 17 cơ sở", "", "", "02 đợt", "03 vi phạm", "9.500.000"]
    long_table(d, "Bảng. Danh sách cơ sở được kiểm tra năm 2026", H, R, T, 3)
    para(d, "3. Khó khăn, vướng mắc:", bold=True)
    D3 = ["Chợ hải sản hoạt động theo con nước, khó bố trí kiểm tra định kỳ"]
    P3 = ["Đề nghị Chi cục cấp 01 cân đối chứng đặt tại chợ Phước Hải"]
    for x in D3: para(d, "- " + x)
    para(d, "4. Đề xuất:", bold=True)
    for x in P3: para(d, "- " + x)
    para(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Văn Hùng", bold=True, align="r")
    d.save(os.path.join(ROOT, f))
    key(f, "26686", "Xã Phước Hải", "156/BC-UBND", "2026-10-22", [
        E("II.1.a", "completed", {"communications": 5}),
        E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 17, "violations": 3, "fines_vnd": 9500000}),
    ], D3, P3)
