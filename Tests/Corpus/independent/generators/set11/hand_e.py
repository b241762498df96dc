# Hand E: island / special-zone officer: Roman-numbered sections, very long sentences,
# figures in parentheses.
import os
from dochelp import *
from common import E, key, ROOT
import openpyxl
from openpyxl.styles import Font, Alignment

def edoc(fname, org_top, org, number, place_date, title2, sections, signer):
    doc = Document()
    margins(doc, 2, 2, 3, 2)
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    t = doc.add_table(rows=1, cols=2); no_borders(t); col_widths(t, [6.5, 10])
    c0, c1 = t.rows[0].cells
    cell_text(c0, org_top, align='c', size=13)
    para(c0, [(org, {'bold': True})], align='c', size=13)
    para(c0, "Số: " + number, align='c', size=13, before=6)
    cell_text(c1, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {'bold': True})], align='c', size=13)
    para(c1, [("Độc lập - Tự do - Hạnh phúc", {'bold': True})], align='c', size=14)
    para(c1, [(place_date, {'italic': True})], align='c', size=14, before=6)
    para(doc, [("BÁO CÁO", {'bold': True})], align='c', before=12, size=14)
    para(doc, [(title2, {'bold': True})], align='c', after=6, size=14)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align='c', after=12, size=14)
    for head, paras in sections:
        if head:
            para(doc, [(head, {'bold': True})], align='j', before=6, after=6, size=14, indent_first=1)
        for p in paras:
            if isinstance(p, tuple):
                para(doc, [(p[0], {'bold': True, 'italic': True}), (p[1], {})], align='j', after=6, size=14, indent_first=1, line=1.2)
            else:
                para(doc, p, align='j', after=6, size=14, indent_first=1, line=1.2)
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2); col_widths(t2, [8, 8.5])
    a, b = t2.rows[0].cells
    cell_text(a, [("Nơi nhận:", {'bold': True, 'italic': True})], size=12)
    para(a, "- Như trên;", size=11); para(a, "- Chi cục Tiêu chuẩn Đo lường Chất lượng;", size=11); para(a, "- Lưu: VT, KT.", size=11)
    cell_text(b, [(signer[0], {'bold': True})], align='c', size=14)
    for s in signer[1:-1]: para(b, [(s, {'bold': True})], align='c', size=14)
    for _ in range(3): para(b, "", size=14)
    para(b, [(signer[-1], {'bold': True})], align='c', size=14)
    doc.save(os.path.join(ROOT, fname))

def build():
    f = "e1-dac-khu-con-dao-bc-ct38.docx"
    d1 = "Do đặc thù địa bàn hải đảo, việc đi lại, vận chuyển phương tiện đo, mẫu hàng hóa vào đất liền để kiểm định, thử nghiệm phụ thuộc lịch tàu, máy bay và thời tiết (nhất là mùa gió chướng từ tháng 10 đến tháng 3 năm sau), làm tăng chi phí và kéo dài thời gian xử lý."
    d2 = "Đặc khu chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, công chức Phòng Kinh tế phải kiêm nhiệm nhiều lĩnh vực (công thương, du lịch, khoa học và công nghệ), chưa được đào tạo chuyên sâu về nghiệp vụ kiểm tra đo lường."
    p1 = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng xem xét tổ chức đợt kiểm định lưu động tại đặc khu (ít nhất 01 đợt/năm) đối với cột đo xăng dầu, cân tại chợ và cân tại cảng cá Bến Đầm để giảm chi phí cho tổ chức, cá nhân."
    p2 = "Đề nghị Sở Khoa học và Công nghệ hỗ trợ đào tạo, tập huấn trực tuyến và cung cấp tài liệu hướng dẫn nghiệp vụ cho công chức đặc khu."
    secs = [
        (None, ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026, Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện như sau:"]),
        ("I. ĐẶC ĐIỂM TÌNH HÌNH", ["Đặc khu Côn Đảo có diện tích tự nhiên khoảng 76 km², dân số trên 11.000 người, hoạt động kinh tế chủ yếu là dịch vụ du lịch, thương mại và khai thác, chế biến hải sản, trên địa bàn có 03 cửa hàng kinh doanh xăng dầu, 01 chợ và nhiều cơ sở kinh doanh khí dầu mỏ hóa lỏng, vàng trang sức, hải sản khô phục vụ khách du lịch."]),
        ("II. KẾT QUẢ THỰC HIỆN", [
            ("1. Công tác tuyên truyền, phổ biến: ", "Ủy ban nhân dân đặc khu đã chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao đặc khu đăng tải các tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng (09 tin, bài) trên Cổng thông tin điện tử đặc khu và phát trên hệ thống truyền thanh, đồng thời phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa (01 hội nghị, với 72 lượt người tham dự là chủ hộ kinh doanh dịch vụ du lịch, xăng dầu, hải sản khô), đến nay nhiệm vụ này đã hoàn thành."),
            ("2. Công tác tập huấn, bồi dưỡng: ", "Ủy ban nhân dân đặc khu đã cử công chức Phòng Kinh tế (02 người) tham gia lớp tập huấn nghiệp vụ theo hình thức trực tuyến do Chi cục tổ chức trong tháng 8/2026, qua đó công chức đã nắm được các nội dung được phân quyền cho cấp xã, nhiệm vụ đã hoàn thành."),
            ("3. Thực hiện các nội dung được phân quyền về quản lý nhà nước: ", "Ủy ban nhân dân đặc khu đã thành lập đoàn kiểm tra liên ngành và tổ chức kiểm tra (02 cuộc kiểm tra) tại các cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, vàng trang sức (21 cơ sở), qua đó phát hiện và xử lý các trường hợp vi phạm về đo lường, ghi nhãn hàng hóa (03 cơ sở vi phạm), ban hành quyết định xử phạt vi phạm hành chính (tổng số tiền 14.500.000 đồng), hiện nay đặc khu đang tiếp tục triển khai đợt kiểm tra cuối năm phục vụ mùa du lịch Tết."),
            ("4. Hướng dẫn cơ sở sản xuất công bố chất lượng, ghi nhãn: ", "Phòng Kinh tế đã hướng dẫn trực tiếp các cơ sở sản xuất hải sản khô, nước mắm, mứt đặc sản (04 cơ sở) về công bố tiêu chuẩn áp dụng, ghi nhãn hàng hóa theo Nghị định số 43/2017/NĐ-CP và Nghị định số 111/2021/NĐ-CP, hiện vẫn đang tiếp tục hướng dẫn các cơ sở còn lại có nhu cầu."),
        ]),
        ("III. KHÓ KHĂN, VƯỚNG MẮC", ["1. " + d1, "2. " + d2]),
        ("IV. ĐỀ XUẤT, KIẾN NGHỊ", ["1. " + p1, "2. " + p2, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân đặc khu Côn Đảo./."]),
    ]
    edoc(f, "ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO", "163/BC-UBND", "Côn Đảo, ngày 09 tháng 11 năm 2026",
         "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
         secs, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thị Hồng Hạnh"])
    key(f, "26732", "Đặc khu Côn Đảo", "163/BC-UBND", "2026-11-09", [
        E("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 72}, "(09 tin, bài) ... (01 hội nghị, với 72 lượt người tham dự ...) ... đã hoàn thành", "II.1"),
        E("II.3.a", "completed", {"participants": 2}, "cử công chức Phòng Kinh tế (02 người) ... nhiệm vụ đã hoàn thành", "II.2"),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 21, "violations": 3, "fines_vnd": 14500000}, "(02 cuộc kiểm tra) ... (21 cơ sở) ... (03 cơ sở vi phạm) ... (tổng số tiền 14.500.000 đồng), ... đang tiếp tục triển khai", "II.3"),
        E("II.2.d", "in_progress", {"enterprises_supported": 4}, "(04 cơ sở) ... đang tiếp tục hướng dẫn", "II.4"),
    ], [d1, d2], [p1, p2])

    f = "e2-xa-thanh-an-bc-ct38.docx"
    d1 = "Xã đảo Thạnh An cách trung tâm xã Cần Giờ bằng đường thủy, lịch phà, tàu phụ thuộc con nước nên việc tham gia các lớp tập huấn tập trung tại trung tâm Thành phố rất khó khăn (mỗi chuyến đi về mất trọn 01 ngày)."
    p1 = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn trực tuyến hoặc ghép lớp tập huấn tại xã Cần Giờ để công chức xã đảo có thể tham gia."
    secs = [
        (None, ["Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Thạnh An báo cáo kết quả thực hiện đến ngày 15/10/2026 như sau:"]),
        ("I. KẾT QUẢ THỰC HIỆN", [
            ("1. Về tuyên truyền: ", "Ủy ban nhân dân xã đã giao công chức Văn hóa - Xã hội biên tập và phát trên hệ thống loa truyền thanh của các ấp Thạnh Hòa, Thiềng Liềng các tin tuyên truyền về sử dụng cân đúng quy định, ghi nhãn hàng hóa, chất lượng xăng dầu bán cho ghe, tàu (04 tin), nhiệm vụ này đã hoàn thành trong Quý III/2026."),
            ("2. Về kiểm tra theo nội dung được phân quyền: ", "Ủy ban nhân dân xã đã tổ chức kiểm tra (01 cuộc kiểm tra) đối với các cơ sở kinh doanh tạp hóa, xăng dầu bán lẻ cho ghe, tàu và cân tại bến (06 cơ sở), qua kiểm tra chưa phát hiện trường hợp vi phạm, xã đang tiếp tục thực hiện và sẽ kiểm tra thêm các cơ sở thu mua hải sản trong Quý IV/2026."),
            ("3. Về cử cán bộ tập huấn: ", "Do lịch tàu không phù hợp với thời gian mở lớp nên xã chưa cử được công chức tham gia lớp tập huấn nghiệp vụ của Chi cục (chưa thực hiện)."),
        ]),
        ("II. KHÓ KHĂN, VƯỚNG MẮC", [d1]),
        ("III. ĐỀ XUẤT, KIẾN NGHỊ", [p1]),
    ]
    edoc(f, "ỦY BAN NHÂN DÂN", "XÃ THẠNH AN", "59/BC-UBND", "Thạnh An, ngày 16 tháng 10 năm 2026",
         "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
         secs, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Huỳnh Văn Tư"])
    key(f, "27676", "Xã Thạnh An", "59/BC-UBND", "2026-10-16", [
        E("II.1.a", "completed", {"communications": 4}, "(04 tin), nhiệm vụ này đã hoàn thành", "I.1"),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 6}, "(01 cuộc kiểm tra) ... (06 cơ sở) ... đang tiếp tục thực hiện", "I.2"),
        E("II.3.a", "not_started", {}, "chưa cử được công chức ... (chưa thực hiện)", "I.3"),
    ], [d1], [p1])

    # E3: the same officer's habit in Excel: one long text cell per Roman section
    f = "e3-xa-long-son-bc-ct38.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
    F = lambda **k: Font(name="Times New Roman", size=13, **k)
    ws["A1"] = "ỦY BAN NHÂN DÂN XÃ LONG SƠN"; ws["A1"].font = F(bold=True)
    ws["A2"] = "Số: 142/BC-UBND"; ws["A2"].font = F()
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = F(bold=True)
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = F(bold=True)
    ws["C3"] = "Long Sơn, ngày 23 tháng 10 năm 2026"; ws["C3"].font = F(italic=True)
    ws.merge_cells("A5:C5"); ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"; ws["A5"].font = F(bold=True)
    ws["A5"].alignment = Alignment(horizontal="center")
    d1 = "Các cơ sở nuôi trồng, sơ chế hàu, hải sản trên địa bàn xã chủ yếu quy mô hộ gia đình (trên 70% không có đăng ký kinh doanh) nên việc hướng dẫn công bố chất lượng, ghi nhãn gặp nhiều khó khăn."
    p1 = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ xã xây dựng mô hình điểm truy xuất nguồn gốc sản phẩm hàu Long Sơn."
    body = [
        ("I.", "KẾT QUẢ THỰC HIỆN", None),
        ("1.", "Tuyên truyền", "Ủy ban nhân dân xã đã đăng tải trên Trang thông tin điện tử xã và phát trên loa truyền thanh các tin, bài về tiêu chuẩn, đo lường, chất lượng (06 tin, bài), nhiệm vụ đã hoàn thành."),
        ("2.", "Kiểm tra theo phân quyền", "Ủy ban nhân dân xã đã phối hợp với Đồn Biên phòng và Công an xã tổ chức kiểm tra (03 cuộc kiểm tra) tại các cơ sở kinh doanh xăng dầu, gas, cân tại bến cá (19 cơ sở), phát hiện vi phạm (02 cơ sở vi phạm về đo lường), xử phạt (6.000.000 đồng), xã đang tiếp tục kiểm tra trong Quý IV/2026."),
        ("3.", "Hướng dẫn công bố chất lượng", "Ủy ban nhân dân xã đã phối hợp Chi cục hướng dẫn các hộ nuôi, sơ chế hàu xây dựng tiêu chuẩn cơ sở, ghi nhãn sản phẩm (05 cơ sở), đến nay đã hoàn thành theo kế hoạch của xã."),
        ("II.", "KHÓ KHĂN, VƯỚNG MẮC", d1),
        ("III.", "ĐỀ XUẤT, KIẾN NGHỊ", p1),
    ]
    r = 7
    for a, b, c in body:
        ws.cell(row=r, column=1, value=a).font = F(bold=True)
        ws.cell(row=r, column=2, value=b).font = F(bold=(c is None or a.endswith(".") and len(a) > 2))
        if c:
            cc = ws.cell(row=r, column=3, value=c); cc.font = F(); cc.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = 20 * (len(c) // 55 + 1)
        for col in (1, 2): ws.cell(row=r, column=col).alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    ws.cell(row=r + 1, column=3, value="TM. ỦY BAN NHÂN DÂN").font = F(bold=True)
    ws.cell(row=r + 2, column=3, value="CHỦ TỊCH").font = F(bold=True)
    ws.cell(row=r + 6, column=3, value="Lê Hữu Phước").font = F(bold=True)
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 24; ws.column_dimensions['C'].width = 70
    wb.save(os.path.join(ROOT, f))
    key(f, "26545", "Xã Long Sơn", "142/BC-UBND", "2026-10-23", [
        E("II.1.a", "completed", {"communications": 6}, "(06 tin, bài), nhiệm vụ đã hoàn thành", "Bao cao!C8"),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 6000000}, "(03 cuộc kiểm tra) ... (19 cơ sở) ... (02 cơ sở vi phạm ...) ... (6.000.000 đồng) ... đang tiếp tục", "Bao cao!C9"),
        E("II.2.d", "completed", {"enterprises_supported": 5}, "(05 cơ sở), đến nay đã hoàn thành", "Bao cao!C10"),
    ], [d1], [p1])
