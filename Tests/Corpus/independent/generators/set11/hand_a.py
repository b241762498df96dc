# Hand A: Google Docs user (exported DOCX): no paragraph styles, direct formatting on every run,
# real Word numbering for sub-items, ordinal headings "Nhiệm vụ thứ nhất/thứ hai..."
import os
from dochelp import *
from common import E, key, ROOT

ORD = ["thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu"]
DEC = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
       '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:lvl>')
BUL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25cf"/><w:lvlJc w:val="left"/>'
       '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')

def gdoc(fname, org_top, org, number, place_date, title2, kinhgui, intro, tasks, diffs, props, signer):
    doc = Document()
    margins(doc, 2, 2, 3, 2)
    # Google Docs: numbering restarts per list -> one num per list
    nlists = len(tasks) + 2
    ids = add_numbering(doc, [(10 + i, DEC) for i in range(nlists)] + [(40, BUL)])
    bul = ids[-1]
    T = dict(size=13)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t); col_widths(t, [7, 9.5])
    c0, c1 = t.rows[0].cells
    cell_text(c0, [(org_top, {})], align='c', size=13)
    para(c0, [(org, {'bold': True})], align='c', size=13)
    para(c0, [("Số: " + number, {})], align='c', size=13, before=6)
    cell_text(c1, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {'bold': True})], align='c', size=13)
    para(c1, [("Độc lập - Tự do - Hạnh phúc", {'bold': True, 'underline': True})], align='c', size=13)
    para(c1, [(place_date, {'italic': True})], align='c', size=13, before=6)
    para(doc, "", line=1.15)
    para(doc, [("BÁO CÁO", {'bold': True, 'size': 14})], align='c', line=1.15)
    para(doc, [(title2, {'bold': True})], align='c', line=1.15, after=6)
    para(doc, [("Kính gửi: " + kinhgui, {})], align='c', line=1.15, after=6)
    for s in intro:
        para(doc, s, align='j', line=1.15, indent_first=1, after=6)
    para(doc, [("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", {'bold': True})], align='j', line=1.15, after=6)
    for i, (title, items, status_line) in enumerate(tasks):
        para(doc, [("Nhiệm vụ " + ORD[i] + ": ", {'bold': True, 'underline': True}), (title, {'bold': True})], align='j', line=1.15, after=3)
        for it in items:
            p = para(doc, it, align='j', line=1.15)
            set_num(p, ids[i])
        para(doc, [("Kết quả: ", {'italic': True, 'bold': True}), (status_line, {'italic': True})], align='j', line=1.15, after=6, left=0.6)
    para(doc, [("II. KHÓ KHĂN, VƯỚNG MẮC", {'bold': True})], align='j', line=1.15, after=3)
    for d in diffs:
        p = para(doc, d, align='j', line=1.15); set_num(p, bul)
    para(doc, [("III. ĐỀ XUẤT, KIẾN NGHỊ", {'bold': True})], align='j', line=1.15, before=6, after=3)
    for d in props:
        p = para(doc, d, align='j', line=1.15); set_num(p, ids[len(tasks)])
    para(doc, "", line=1.15)
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2); col_widths(t2, [8, 8.5])
    a, b = t2.rows[0].cells
    cell_text(a, [("Nơi nhận:", {'bold': True, 'italic': True})], size=12)
    para(a, "- Như trên;", size=11); para(a, "- Lưu: VT.", size=11)
    cell_text(b, [(signer[0], {'bold': True})], align='c', size=13)
    for s in signer[1:-1]:
        para(b, [(s, {'bold': True})], align='c', size=13)
    para(b, "", size=13); para(b, "", size=13); para(b, "", size=13)
    para(b, [(signer[-1], {'bold': True})], align='c', size=13)
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.save(os.path.join(ROOT, fname))

def build():
    KG = "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh"
    # A1
    f = "a1-ptbd-bao-cao-ct38.docx"
    tasks = [
        ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
         ["Đăng tải 06 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử phường và nhóm Zalo các khu phố.",
          "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh tại chợ Bình Trị Đông, có 85 lượt người tham dự."],
         "đã hoàn thành."),
        ("Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         ["Cử 03 công chức (Phòng Kinh tế, Văn hóa - Xã hội) tham dự lớp tập huấn do Chi cục tổ chức ngày 14/8/2026."],
         "đã hoàn thành."),
        ("Thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng",
         ["Tổ chức 02 cuộc kiểm tra tại 17 cơ sở (cân tại chợ, cửa hàng xăng dầu, cửa hàng kinh doanh khí dầu mỏ hóa lỏng).",
          "Phát hiện 02 cơ sở vi phạm về đo lường; xử phạt vi phạm hành chính 6.000.000 đồng."],
         "đang tiếp tục thực hiện (đợt kiểm tra cuối năm dự kiến trong tháng 11/2026)."),
        ("Hướng dẫn hộ kinh doanh, doanh nghiệp công bố chất lượng, ghi nhãn hàng hóa",
         ["Hướng dẫn trực tiếp tại bộ phận một cửa cho 11 doanh nghiệp, hộ kinh doanh về hồ sơ công bố hợp quy, ghi nhãn."],
         "đang triển khai thường xuyên."),
    ]
    diffs = ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
             "Phường chưa có cân đối chứng đặt tại chợ để người tiêu dùng tự kiểm tra."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 cân đối chứng cho chợ Bình Trị Đông.",
             "Đề nghị Sở ban hành tài liệu hướng dẫn nghiệp vụ kiểm tra đo lường dành cho cấp phường."]
    gdoc(f, "ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH TRỊ ĐÔNG", "214/BC-UBND", "Bình Trị Đông, ngày 06 tháng 10 năm 2026",
         "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", KG,
         ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Ủy ban nhân dân phường Bình Trị Đông báo cáo kết quả thực hiện đến ngày 30/9/2026 như sau:"],
         tasks, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Quốc Thịnh"])
    key(f, "27448", "Phường Bình Trị Đông", "214/BC-UBND", "2026-10-06", [
        E("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 85}, "Đăng tải 06 tin, bài ... 01 hội nghị ... 85 lượt người tham dự", "Nhiệm vụ thứ nhất"),
        E("II.3.a", "completed", {"participants": 3}, "Cử 03 công chức tham dự lớp tập huấn do Chi cục tổ chức", "Nhiệm vụ thứ hai"),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 17, "violations": 2, "fines_vnd": 6000000}, "Tổ chức 02 cuộc kiểm tra tại 17 cơ sở ... 02 cơ sở vi phạm ... 6.000.000 đồng", "Nhiệm vụ thứ ba"),
        E("II.2.d", "in_progress", {"enterprises_supported": 11}, "Hướng dẫn ... cho 11 doanh nghiệp, hộ kinh doanh", "Nhiệm vụ thứ tư"),
    ], diffs, props)

    # A2 Sở Công Thương
    f = "a2-so-cong-thuong-ct38.docx"
    tasks = [
        ("Phối hợp kiểm tra chất lượng, đo lường xăng dầu, khí trên địa bàn Thành phố",
         ["Chủ trì, phối hợp thành lập 09 đoàn kiểm tra liên ngành tại 63 cửa hàng xăng dầu, trạm chiết nạp khí dầu mỏ hóa lỏng.",
          "Phát hiện 05 cơ sở vi phạm (niêm yết giá, đo lường); ban hành quyết định xử phạt với tổng số tiền 47.500.000 đồng."],
         "đã hoàn thành kế hoạch kiểm tra năm 2026."),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
         ["Góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia (an toàn điện, an toàn chai chứa LPG, xăng sinh học E10, dầu nhờn động cơ) theo đề nghị của Bộ Công Thương."],
         "đã hoàn thành."),
        ("Triển khai áp dụng hệ thống truy xuất nguồn gốc đối với hàng hóa thuộc ngành công thương (Đề án 100)",
         ["Hỗ trợ 27 doanh nghiệp áp dụng truy xuất nguồn gốc, kết nối với Cổng truy xuất nguồn gốc Thành phố.",
          "Tổ chức 02 hội thảo giới thiệu giải pháp truy xuất nguồn gốc với 160 đại biểu doanh nghiệp tham dự."],
         "đang thực hiện, dự kiến hoàn thành trong Quý IV/2026."),
        ("Cập nhật các điều ước, thỏa thuận quốc tế liên quan đến tiêu chuẩn, đo lường, chất lượng",
         ["Trong kỳ báo cáo chưa có điều ước, thỏa thuận mới cần cập nhật."],
         "không phát sinh."),
    ]
    diffs = ["Số lượng cửa hàng xăng dầu lớn, lực lượng kiểm tra liên ngành còn mỏng.",
             "Doanh nghiệp nhỏ và vừa còn e ngại chi phí khi áp dụng truy xuất nguồn gốc."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp bố trí kinh phí hỗ trợ doanh nghiệp áp dụng mã truy xuất nguồn gốc năm 2027."]
    gdoc(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "3187/BC-SCT", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
         "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", KG,
         ["Theo đề nghị của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả phối hợp thực hiện các nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:"],
         tasks, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đoàn Minh Khuê"])
    key(f, "SO-CT", "Sở Công Thương", "3187/BC-SCT", "2026-10-27", [
        E("II.5.a", "completed", {"inspections": 9, "establishments_inspected": 63, "violations": 5, "fines_vnd": 47500000}, "09 đoàn kiểm tra liên ngành tại 63 cửa hàng xăng dầu ...", "Nhiệm vụ thứ nhất"),
        E("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia", "Nhiệm vụ thứ hai"),
        E("II.2.a", "in_progress", {"enterprises_supported": 27, "training_courses": 2, "participants": 160}, "Hỗ trợ 27 doanh nghiệp áp dụng truy xuất nguồn gốc; 02 hội thảo, 160 đại biểu", "Nhiệm vụ thứ ba"),
        E("II.6.a", "not_applicable", {}, "Trong kỳ báo cáo chưa có điều ước ... không phát sinh", "Nhiệm vụ thứ tư"),
    ], diffs, props)

    # A3 Phòng Chuyển đổi số
    f = "a3-phong-cds-bc-ct38.docx"
    tasks = [
        ("Phối hợp kết nối liên thông Hệ thống thông tin giải quyết thủ tục hành chính về tiêu chuẩn, đo lường, chất lượng với Cổng thông tin một cửa quốc gia",
         ["Phối hợp Chi cục, Văn phòng Sở rà soát quy trình, cấu hình kết nối liên thông thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu.",
          "Hoàn tất chạy thử và đưa vào vận hành chính thức từ tháng 3/2026."],
         "đã hoàn thành."),
        ("Kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng",
         ["Đã làm việc với Trung tâm Công nghệ thông tin và Địa không gian về phương án chia sẻ dữ liệu qua nền tảng LGSP Thành phố.",
          "Đang xây dựng danh mục dữ liệu dùng chung, dự kiến thử nghiệm kết nối trong tháng 12/2026."],
         "đang thực hiện."),
    ]
    diffs = ["Bộ Khoa học và Công nghệ chưa ban hành tài liệu đặc tả kỹ thuật kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng."]
    props = ["Đề nghị Lãnh đạo Sở có văn bản đề nghị Bộ Khoa học và Công nghệ sớm cung cấp tài liệu đặc tả kết nối, tài khoản thử nghiệm."]
    gdoc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ", "58/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
         "Tình hình thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
         ["Phòng Chuyển đổi số báo cáo tình hình thực hiện các nhiệm vụ phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:"],
         tasks, diffs, props, ["TRƯỞNG PHÒNG", "Vũ Hoàng Ngân"])
    key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "58/BC-CĐS", "2026-10-29", [
        E("II.2.h", "completed", {}, "Hoàn tất chạy thử và đưa vào vận hành chính thức từ tháng 3/2026", "Nhiệm vụ thứ nhất"),
        E("II.2.i", "in_progress", {}, "Đang xây dựng danh mục dữ liệu dùng chung", "Nhiệm vụ thứ hai"),
    ], diffs, props)

    # A4 Xã Thái Mỹ
    f = "a4-xa-thai-my-ct38.docx"
    tasks = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên địa bàn xã",
         ["Phát 04 tin, bài trên hệ thống truyền thanh xã và Trang thông tin điện tử xã về ghi nhãn hàng hóa, sử dụng cân đúng quy định."],
         "đã hoàn thành."),
        ("Kiểm tra theo nội dung được phân quyền",
         ["Tổ chức 01 cuộc kiểm tra tại 09 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật, xăng dầu trên địa bàn xã; qua kiểm tra chưa phát hiện trường hợp vi phạm."],
         "đang thực hiện."),
        ("Cử cán bộ tham gia tập huấn nghiệp vụ",
         ["Lớp tập huấn ngày 14/8/2026 trùng lịch tiếp công dân định kỳ nên xã chưa cử được cán bộ tham dự."],
         "chưa thực hiện."),
    ]
    diffs = ["Xã chưa có công chức được đào tạo về đo lường; việc kiểm tra chủ yếu dựa vào đoàn liên ngành."]
    props = ["Đề nghị Chi cục tổ chức thêm lớp tập huấn trực tuyến để cán bộ xã tham gia."]
    gdoc(f, "ỦY BAN NHÂN DÂN", "XÃ THÁI MỸ", "96/BC-UBND", "Thái Mỹ, ngày 30 tháng 9 năm 2026",
         "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", KG,
         ["Ủy ban nhân dân xã Thái Mỹ báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"],
         tasks, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hậu"])
    key(f, "27526", "Xã Thái Mỹ", "96/BC-UBND", "2026-09-30", [
        E("II.1.a", "completed", {"communications": 4}, "Phát 04 tin, bài trên hệ thống truyền thanh xã", "Nhiệm vụ thứ nhất"),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 9}, "01 cuộc kiểm tra tại 09 cơ sở", "Nhiệm vụ thứ hai"),
        E("II.3.a", "not_started", {}, "xã chưa cử được cán bộ tham dự", "Nhiệm vụ thứ ba"),
    ], diffs, props)
