# Hand B: an evaluator's self-assessment table "Nhiệm vụ | Kết quả | Tự đánh giá (Đạt / Chưa đạt / Đạt một phần)"
# with approximate figures ("khoảng", "trên", "gần").
import os
from dochelp import *
from common import E, key, ROOT
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

def bdoc(fname, org_top, org, number, place_date, title2, intro, rows, diffs, props, signer, extra_eval=None):
    doc = Document()
    margins(doc, 2, 2, 3, 1.5)
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    t = doc.add_table(rows=1, cols=2); no_borders(t); col_widths(t, [6.5, 10])
    c0, c1 = t.rows[0].cells
    cell_text(c0, org_top, align='c', size=12)
    para(c0, [(org, {'bold': True})], align='c', size=12)
    para(c0, "Số: " + number, align='c', size=13, before=6)
    cell_text(c1, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {'bold': True})], align='c', size=12)
    para(c1, [("Độc lập - Tự do - Hạnh phúc", {'bold': True})], align='c', size=13)
    para(c1, [(place_date, {'italic': True})], align='c', size=13, before=6)
    para(doc, [("BÁO CÁO", {'bold': True})], align='c', before=12)
    para(doc, [(title2, {'bold': True})], align='c', after=12)
    for s in intro: para(doc, s, align='j', indent_first=1.27, after=6)
    para(doc, [("I. BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ", {'bold': True})], after=6)
    tb = doc.add_table(rows=1 + len(rows), cols=4); grid_borders(tb)
    hdr = ["TT", "Nhiệm vụ", "Kết quả", "Tự đánh giá\n(Đạt / Chưa đạt / Đạt một phần)"]
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], [(h, {'bold': True})], align='c', size=12)
    for r, (nv, kq, dg) in enumerate(rows, 1):
        cs = tb.rows[r].cells
        cell_text(cs[0], str(r), align='c', size=12)
        cell_text(cs[1], nv, align='j', size=12)
        for k, line in enumerate(kq.split("\n")):
            cell_text(cs[2], line, align='j', size=12, first=(k == 0))
        cell_text(cs[3], [(dg, {'bold': True})], align='c', size=12)
    col_widths(tb, [1.0, 5.0, 7.5, 3.0])
    if extra_eval:
        para(doc, [("Tổng hợp tự đánh giá: ", {'bold': True}), (extra_eval, {})], align='j', before=6)
    para(doc, [("II. KHÓ KHĂN, VƯỚNG MẮC", {'bold': True})], before=12, after=6)
    for d in diffs: para(doc, "- " + d, align='j', indent_first=1.27, after=3)
    para(doc, [("III. KIẾN NGHỊ", {'bold': True})], before=6, after=6)
    for d in props: para(doc, "- " + d, align='j', indent_first=1.27, after=3)
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2); col_widths(t2, [8, 8.5])
    a, b = t2.rows[0].cells
    cell_text(a, [("Nơi nhận:", {'bold': True, 'italic': True})], size=12)
    para(a, "- Sở Khoa học và Công nghệ;", size=11); para(a, "- Lưu: VT.", size=11)
    cell_text(b, [(signer[0], {'bold': True})], align='c')
    for s in signer[1:-1]: para(b, [(s, {'bold': True})], align='c')
    for _ in range(3): para(b, "")
    para(b, [(signer[-1], {'bold': True})], align='c')
    doc.save(os.path.join(ROOT, fname))

def build():
    f = "b1-xa-cu-chi-tu-danh-gia.docx"
    rows = [
        ("Tuyên truyền, phổ biến văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "Lồng ghép tuyên truyền tại các buổi sinh hoạt ấp, khoảng 600 lượt người dự.\nĐăng 05 tin trên Trang thông tin điện tử xã.", "Đạt"),
        ("Thực hiện nội dung phân quyền về kiểm tra tiêu chuẩn, đo lường, chất lượng",
         "Phối hợp kiểm tra gần 30 cơ sở kinh doanh xăng dầu, vật liệu xây dựng, phân bón trong 03 đợt.\nXử phạt 02 cơ sở vi phạm, tổng số tiền 9 triệu đồng. Còn đợt kiểm tra tháng 12.", "Đạt một phần"),
        ("Cử công chức tham gia tập huấn nghiệp vụ do Chi cục tổ chức",
         "02 công chức tham dự đầy đủ lớp tập huấn.", "Đạt"),
        ("Hướng dẫn hợp tác xã, hộ sản xuất công bố chất lượng, ghi nhãn sản phẩm",
         "Chưa tổ chức được do chưa có tài liệu hướng dẫn phù hợp cho hộ sản xuất nông nghiệp.", "Chưa đạt"),
    ]
    diffs = ["Địa bàn rộng, cơ sở kinh doanh phân tán, cán bộ kiểm tra kiêm nhiệm.",
             "Chưa có tài liệu hướng dẫn công bố chất lượng bằng ngôn ngữ dễ hiểu cho hộ sản xuất."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn sổ tay hướng dẫn công bố chất lượng, ghi nhãn cho hộ sản xuất, hợp tác xã."]
    bdoc(f, "ỦY BAN NHÂN DÂN", "XÃ CỦ CHI", "412/BC-UBND", "Củ Chi, ngày 20 tháng 10 năm 2026",
         "Tự đánh giá kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
         ["Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Củ Chi tự đánh giá kết quả thực hiện như sau:"],
         rows, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Thị Kim Ngọc"],
         extra_eval="02 nhiệm vụ Đạt, 01 nhiệm vụ Đạt một phần, 01 nhiệm vụ Chưa đạt.")
    key(f, "27553", "Xã Củ Chi", "412/BC-UBND", "2026-10-20", [
        E("II.1.a", "completed", {"participants": 600, "communications": 5}, "khoảng 600 lượt người dự; Đăng 05 tin", "table 2 row 2"),
        E("II.5.c", "in_progress", {"establishments_inspected": 30, "inspections": 3, "violations": 2, "fines_vnd": 9000000}, "gần 30 cơ sở ... 03 đợt ... 02 cơ sở vi phạm, 9 triệu đồng", "table 2 row 3"),
        E("II.3.a", "completed", {"participants": 2}, "02 công chức tham dự", "table 2 row 4"),
        E("II.2.d", "not_started", {}, "Chưa tổ chức được", "table 2 row 5"),
    ], diffs, props)

    f = "b2-so-attp-tu-danh-gia-ct38.docx"
    rows = [
        ("Kiểm tra, giám sát chất lượng, an toàn sản phẩm thực phẩm lưu thông trên thị trường",
         "Tổ chức khoảng 40 đoàn kiểm tra liên ngành tại trên 1.000 cơ sở sản xuất, kinh doanh thực phẩm.\nPhát hiện 126 cơ sở vi phạm; xử phạt vi phạm hành chính 1,82 tỷ đồng.", "Đạt"),
        ("Khảo sát, lấy mẫu giám sát chất lượng sản phẩm, cảnh báo người tiêu dùng",
         "Lấy khoảng 350 mẫu thực phẩm để giám sát, kiểm nghiệm; công bố kết quả trên Cổng thông tin của Sở.", "Đạt"),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về thực phẩm",
         "Góp ý 03 dự thảo QCVN về phụ gia thực phẩm, nước uống đóng chai.", "Đạt"),
        ("Triển khai truy xuất nguồn gốc thực phẩm (Đề án 100)",
         "Hướng dẫn gần 80 cơ sở sản xuất thực phẩm áp dụng truy xuất nguồn gốc.\nTổ chức 02 hội nghị với khoảng 200 lượt doanh nghiệp tham dự. Đang tiếp tục mở rộng với nhóm thực phẩm chế biến.", "Đạt một phần"),
    ]
    diffs = ["Số cơ sở thuộc diện quản lý rất lớn (trên 60.000 cơ sở) so với lực lượng thanh tra, kiểm tra.",
             "Kinh phí lấy mẫu kiểm nghiệm còn hạn chế."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu doanh nghiệp công bố hợp quy để phục vụ hậu kiểm.",
             "Đề nghị bổ sung kinh phí lấy mẫu giám sát năm 2027."]
    bdoc(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "1045/BC-SATTP", "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
         "Tự đánh giá kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
         ["Sở An toàn thực phẩm tự đánh giá kết quả phối hợp thực hiện các nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu từ ngày 01/01/2026 đến ngày 31/10/2026) như sau:"],
         rows, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trương Công Bảo"])
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "1045/BC-SATTP", "2026-11-03", [
        E("II.5.a", "completed", {"inspections": 40, "establishments_inspected": 1000, "violations": 126, "fines_vnd": 1820000000}, "khoảng 40 đoàn kiểm tra ... trên 1.000 cơ sở ... 126 cơ sở vi phạm; 1,82 tỷ đồng", "table 2 row 2"),
        E("II.5.b", "completed", {"samples_tested": 350}, "Lấy khoảng 350 mẫu thực phẩm", "table 2 row 3"),
        E("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý 03 dự thảo QCVN", "table 2 row 4"),
        E("II.2.a", "in_progress", {"enterprises_supported": 80, "training_courses": 2, "participants": 200}, "gần 80 cơ sở ... 02 hội nghị ... khoảng 200 lượt", "table 2 row 5"),
    ], diffs, props)

    f = "b3-trung-tam-pttn-tu-danh-gia.docx"
    rows = [
        ("Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, hiệu chuẩn",
         "Đã đầu tư 06 thiết bị thử nghiệm (sắc ký, quang phổ); giải ngân khoảng 4,2 tỷ đồng. Gói thiết bị hiệu chuẩn áp suất đang chờ phê duyệt kết quả lựa chọn nhà thầu.", "Đạt một phần"),
        ("Duy trì, liên kết chuẩn đo lường chính đến chuẩn quốc gia",
         "Hiệu chuẩn, liên kết 14 chuẩn đo lường chính (khối lượng, dung tích, nhiệt độ, áp suất).", "Đạt"),
        ("Cung cấp dịch vụ kỹ thuật tiêu chuẩn, đo lường, chất lượng",
         "Kiểm định, hiệu chuẩn trên 18.000 phương tiện đo; thử nghiệm khoảng 2.500 mẫu sản phẩm, hàng hóa.", "Đạt"),
        ("Đào tạo về đo lường, chất lượng cho sinh viên các trường",
         "Chưa phối hợp được với các trường do chưa thống nhất nội dung chương trình.", "Chưa đạt"),
    ]
    diffs = ["Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân."]
    props = ["Đề nghị Sở xem xét giao dự toán mua sắm thiết bị sớm từ đầu năm 2027."]
    bdoc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG", "327/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
         "Tự đánh giá kết quả thực hiện nhiệm vụ năm 2026 theo Kế hoạch triển khai Chỉ thị số 38-CT/TW",
         ["Thực hiện Kế hoạch của Sở, Trung tâm tự đánh giá kết quả các nhiệm vụ được giao như sau:"],
         rows, diffs, props, ["GIÁM ĐỐC", "Phan Thị Thu Hà"])
    key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "327/BC-TTPTTN", "2026-10-28", [
        E("II.4.a", "in_progress", {"budget_spent_vnd": 4200000000}, "06 thiết bị ... giải ngân khoảng 4,2 tỷ đồng", "table 2 row 2"),
        E("II.4.c", "completed", {"instruments_verified": 14}, "Hiệu chuẩn, liên kết 14 chuẩn đo lường chính", "table 2 row 3"),
        E("II.2.g", "completed", {"instruments_verified": 18000, "samples_tested": 2500}, "trên 18.000 phương tiện đo; khoảng 2.500 mẫu", "table 2 row 4"),
        E("II.3.d", "not_started", {}, "Chưa phối hợp được với các trường", "table 2 row 5"),
    ], diffs, props)

    # B4: the same evaluator's table kept in Excel by Sở GD&ĐT
    f = "b4-so-gddt-tu-danh-gia.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tu danh gia"
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = "SỞ GIÁO DỤC VÀ ĐÀO TẠO"; ws["A2"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["A3"] = "Số: 4120/BC-SGDĐT"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026"; ws["D3"].font = Font(name="Times New Roman", italic=True, size=12)
    ws.merge_cells("A5:D5"); ws["A5"] = "BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["TT", "Nhiệm vụ", "Kết quả", "Tự đánh giá (Đạt / Chưa đạt / Đạt một phần)"]
    rows = [
        ("Đào tạo, bồi dưỡng về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho học sinh, sinh viên các trường trung cấp",
         "Phối hợp Chi cục tổ chức 03 chuyên đề ngoại khóa cho khoảng 450 học sinh, sinh viên trường trung cấp.", "Đạt"),
        ("Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
         "Duy trì hệ thống; đánh giá nội bộ và xem xét của lãnh đạo đã thực hiện xong trong tháng 9/2026.", "Đạt"),
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong ngành giáo dục",
         "Đăng 07 tin, bài trên Cổng thông tin điện tử ngành giáo dục.", "Đạt"),
        ("Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa (thiết bị dạy học)",
         "Trong năm không phát sinh yêu cầu phối hợp kiểm tra.", "—"),
    ]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(name="Times New Roman", bold=True, size=12)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = B
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for r, (a, b, d) in enumerate(rows, 8):
        for i, v in enumerate([r - 7, a, b, d], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = B
            c.font = Font(name="Times New Roman", size=12, bold=(i == 4))
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if i in (1, 4) else "left")
    ws["B13"] = "Khó khăn, vướng mắc:"; ws["B13"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["B14"] = "- Các trường trung cấp chưa có giảng viên chuyên về tiêu chuẩn, đo lường, chất lượng."
    ws["B15"] = "Kiến nghị:"; ws["B15"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["B16"] = "- Đề nghị Chi cục cung cấp bộ tài liệu, bài giảng mẫu về mã số mã vạch, truy xuất nguồn gốc để đưa vào hoạt động ngoại khóa."
    ws["D18"] = "KT. GIÁM ĐỐC"; ws["D19"] = "PHÓ GIÁM ĐỐC"; ws["D23"] = "Lê Hoài Trung"
    for c in ("D18", "D19", "D23"): ws[c].font = Font(name="Times New Roman", bold=True, size=12); ws[c].alignment = Alignment(horizontal="center")
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 45; ws.column_dimensions['C'].width = 55; ws.column_dimensions['D'].width = 22
    wb.save(os.path.join(ROOT, f))
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "4120/BC-SGDĐT", "2026-11-02", [
        E("II.3.d", "completed", {"training_courses": 3, "participants": 450}, "03 chuyên đề ... khoảng 450 học sinh, sinh viên", "Tu danh gia!A8:D8"),
        E("II.2.đ", "completed", {}, "Duy trì hệ thống; đánh giá nội bộ ... đã thực hiện xong", "Tu danh gia!A9:D9"),
        E("II.1.a", "completed", {"communications": 7}, "Đăng 07 tin, bài", "Tu danh gia!A10:D10"),
        E("II.5.a", "not_applicable", {}, "không phát sinh yêu cầu phối hợp kiểm tra", "Tu danh gia!A11:D11"),
    ], ["Các trường trung cấp chưa có giảng viên chuyên về tiêu chuẩn, đo lường, chất lượng."],
       ["Đề nghị Chi cục cung cấp bộ tài liệu, bài giảng mẫu về mã số mã vạch, truy xuất nguồn gốc để đưa vào hoạt động ngoại khóa."])
