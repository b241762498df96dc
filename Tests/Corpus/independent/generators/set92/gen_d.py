# -*- coding: utf-8 -*-
# =====================================================================================
# HAND D — "Vy": after the 2025 merger the unit still collects figures by FORMER PROVINCE:
# columns "TP.HCM (cũ) | Bình Dương (cũ) | Bà Rịa - Vũng Tàu (cũ) | Toàn Thành phố" beside an
# ĐVT column; bold task rows carry the status in "Đánh giá tiến độ", indicator rows under
# them; "-" where an area has no figure. Same grid in Excel and (landscape) in Word.
# =====================================================================================
AREAS = ["TP.HCM (cũ)", "Bình Dương (cũ)", "Bà Rịa - Vũng Tàu (cũ)"]


def vn(n):
    if n is None:
        return "-"
    return f"{n:,}".replace(",", ".")


def hand_d_xlsx(fname, parent, unit_upper, so, place_date, title, tasks, diffs, props, signer, role, formulas=False,
                kk_title="KHÓ KHĂN, VƯỚNG MẮC", dx_title="ĐỀ XUẤT, KIẾN NGHỊ"):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    widths = [6, 52, 12, 14, 14, 16, 16, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    merge_put(ws, 1, 1, 3, parent, align="c", size=11)
    merge_put(ws, 1, 4, 8, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", size=11)
    merge_put(ws, 2, 1, 3, unit_upper, bold=True, align="c", size=11)
    merge_put(ws, 2, 4, 8, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c", size=11)
    merge_put(ws, 3, 1, 3, "Số: " + so, align="c", size=11)
    merge_put(ws, 3, 4, 8, place_date, italic=True, align="c", size=11)
    merge_put(ws, 5, 1, 8, title, bold=True, align="c", size=13); ws.row_dimensions[5].height = 36
    merge_put(ws, 6, 1, 8, "(Số liệu tổng hợp theo địa bàn trước sắp xếp; kỳ báo cáo từ 15/12/2025 đến 15/10/2026)", italic=True, align="c", size=11)
    hdr = ["TT", "Nhiệm vụ / chỉ tiêu", "ĐVT"] + AREAS + ["Toàn Thành phố", "Đánh giá tiến độ"]
    for c, h in enumerate(hdr, 1):
        ws_put(ws, 8, c, h, bold=True, align="c", border=True, fill="DDEBF7")
    r = 9
    for i, t in enumerate(tasks, 1):
        ws_put(ws, r, 1, i, bold=True, align="c", border=True)
        ws_put(ws, r, 2, t["name"], bold=True, border=True)
        for c in range(3, 8):
            ws_put(ws, r, c, None, border=True)
        ws_put(ws, r, 8, t["status"], border=True, align="c")
        r += 1
        for (lab, dvt, vals, total) in t.get("rows", []):
            ws_put(ws, r, 1, None, border=True)
            ws_put(ws, r, 2, lab, border=True)
            ws_put(ws, r, 3, dvt, align="c", border=True)
            for k in range(3):
                v = vals[k] if vals else None
                ws_put(ws, r, 4 + k, v if v is not None else "-", align="r", border=True, fmt="#,##0")
            if formulas and vals:
                ws_put(ws, r, 7, f"=SUM(D{r}:F{r})", align="r", border=True, fmt="#,##0", bold=True)
            else:
                ws_put(ws, r, 7, total, align="r", border=True, fmt="#,##0", bold=True)
            ws_put(ws, r, 8, None, border=True)
            r += 1
    r += 1
    merge_put(ws, r, 1, 8, kk_title, bold=True, align="l"); r += 1
    for x in diffs:
        merge_put(ws, r, 1, 8, "- " + x, align="l"); ws.row_dimensions[r].height = 30; r += 1
    merge_put(ws, r, 1, 8, dx_title, bold=True, align="l"); r += 1
    for x in props:
        merge_put(ws, r, 1, 8, "- " + x, align="l"); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    merge_put(ws, r, 5, 8, role, bold=True, align="c"); ws.row_dimensions[r].height = 32; r += 4
    merge_put(ws, r, 5, 8, signer, bold=True, align="c")
    ws.freeze_panes = "C9"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


def hand_d_docx(fname, parent, unit_upper, unit_name, so, place_date, intro, narrative, tasks, diffs, props, signer, role, luu):
    d = new_doc()
    header_nd30(d, parent, unit_upper, so, place_date)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "_______", align="c")
    para(d, intro)
    para(d, "1. Tình hình chung", bold=True)
    for x in narrative:
        para(d, x)
    para(d, "2. Kết quả cụ thể theo địa bàn", bold=True)
    para(d, "Do hệ thống theo dõi chưa hợp nhất, số liệu được tổng hợp theo địa bàn trước sắp xếp (chi tiết tại bảng dưới đây).", italic=True)
    # landscape section for the grid
    from docx.enum.section import WD_SECTION
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = Cm(2); sec.right_margin = Cm(1.5)
    hdr = ["TT", "Nhiệm vụ / chỉ tiêu", "ĐVT"] + AREAS + ["Toàn Thành phố", "Đánh giá tiến độ"]
    tb = d.add_table(rows=1, cols=8); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, hdr):
        cell_text(c, h, bold=True, align="c", size=11); shade(c, "DDEBF7")
    for i, t in enumerate(tasks, 1):
        cs = tb.add_row().cells
        cell_text(cs[0], str(i), bold=True, align="c", size=11)
        cell_text(cs[1], t["name"], bold=True, size=11)
        cell_text(cs[7], t["status"], align="c", size=11)
        for (lab, dvt, vals, total) in t.get("rows", []):
            cs = tb.add_row().cells
            cell_text(cs[1], lab, size=11); cell_text(cs[2], dvt, align="c", size=11)
            for k in range(3):
                cell_text(cs[3 + k], vn(vals[k]) if vals else "-", align="r", size=11)
            cell_text(cs[6], vn(total), bold=True, align="r", size=11)
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Cm(21), Cm(29.7)
    sec2.left_margin = Cm(3); sec2.right_margin = Cm(2)
    para(d, "3. Khó khăn, vướng mắc", bold=True)
    for x in diffs:
        para(d, "- " + x)
    para(d, "4. Đề xuất, kiến nghị", bold=True)
    for x in props:
        para(d, "- " + x)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], "Nơi nhận:\n- Sở KH&CN (qua Chi cục TĐC);\n" + luu, size=11)
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True; t.rows[0].cells[0].paragraphs[0].runs[0].italic = True
    cell_text(t.rows[0].cells[1], role + "\n\n\n\n" + signer, bold=True, align="c")
    save_docx(d, fname)


def S(*v):
    return sum(x for x in v if x)


# ---------------- D1 Chi cục TĐC (formulas in "Toàn Thành phố"; re-saved through LibreOffice)
D1 = [
    dict(name="Tập huấn văn bản QPPL về TĐC cho tổ chức, doanh nghiệp; tọa đàm doanh nghiệp nhập khẩu", status="Hoàn thành",
         rows=[("Lớp tập huấn, tọa đàm", "lớp", [2, 1, 1], 4), ("Người tham dự", "lượt người", [260, 140, 115], 515)]),
    dict(name="Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", status="Hoàn thành",
         rows=[("Doanh nghiệp được vận động, hướng dẫn", "doanh nghiệp", [8, 3, 2], 13)]),
    dict(name="Triển khai Chương trình 1322, Đề án 996, Đề án 100 (hỗ trợ năng suất, đo lường, truy xuất)", status="Đang thực hiện",
         rows=[("Doanh nghiệp được hỗ trợ", "doanh nghiệp", [6, 3, 2], 11), ("Kinh phí đã giải ngân", "đồng", [85000000, 40000000, 24500000], 149500000)]),
    dict(name="Hỗ trợ doanh nghiệp áp dụng HTQL tiên tiến, công bố chất lượng", status="Đang thực hiện",
         rows=[("Doanh nghiệp được hướng dẫn, tư vấn", "doanh nghiệp", [34, 17, 12], 63)]),
    dict(name="Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương", status="Đang thực hiện",
         rows=[("Dự thảo TCVN, QCVN, QCĐP đã góp ý, xây dựng", "dự thảo", None, 9)]),
    dict(name="Đề xuất cải tiến Hệ thống TTHC Bộ KH&CN; kết nối Cổng một cửa quốc gia", status="Hoàn thành", rows=[]),
    dict(name="Tập huấn, cập nhật kiến thức TĐC cho công chức sở, ngành, phường, xã, đặc khu", status="Đang thực hiện",
         rows=[("Lớp tập huấn", "lớp", [1, 1, 1], 3), ("Học viên", "lượt người", [112, 75, 64], 251)]),
    dict(name="Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ", status="Đang thực hiện",
         rows=[("Phương tiện, thiết bị được kiểm định, hiệu chuẩn", "chiếc", [24, 10, 8], 42)]),
    dict(name="Kiểm tra nhà nước về TĐC đối với hàng hóa lưu thông, nhập khẩu", status="Đang thực hiện",
         rows=[("Cuộc kiểm tra", "cuộc", [8, 5, 3], 16), ("Cơ sở được kiểm tra", "cơ sở", [70, 38, 26], 134),
               ("Cơ sở vi phạm", "cơ sở", [11, 6, 3], 20), ("Tiền xử phạt", "đồng", [82250000, 47000000, 25500000], 154750000)]),
    dict(name="Khảo sát chất lượng sản phẩm, hàng hóa", status="Đang thực hiện",
         rows=[("Mẫu khảo sát, thử nghiệm", "mẫu", [60, 35, 25], 120)]),
    dict(name="Phối hợp APO thúc đẩy năng suất khu vực công", status="Không phát sinh", rows=[]),
]
D1_keys = [
    ("II.1.a", "completed", {"training_courses": 4, "participants": 515}, "Tập huấn văn bản QPPL về TĐC: 4 lớp, 515 lượt người"),
    ("II.1.b", "completed", {"enterprises_supported": 13}, "Vận động 13 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"),
    ("II.2.a", "in_progress", {"enterprises_supported": 11, "budget_spent_vnd": 149500000}, "Chương trình 1322, Đề án 996, 100: 11 doanh nghiệp; 149.500.000 đồng"),
    ("II.2.d", "in_progress", {"enterprises_supported": 63}, "Hỗ trợ áp dụng HTQL tiên tiến: 63 doanh nghiệp"),
    ("II.2.e", "in_progress", {"standards_reviewed": 9}, "Góp ý TCVN, QCVN; xây dựng QCĐP: 9 dự thảo"),
    ("II.2.h", "completed", {}, "Đề xuất cải tiến Hệ thống TTHC; kết nối Cổng một cửa quốc gia"),
    ("II.3.a", "in_progress", {"training_courses": 3, "participants": 251}, "Tập huấn công chức: 3 lớp, 251 lượt người"),
    ("II.4.b", "in_progress", {"instruments_verified": 42}, "Kiểm định, hiệu chuẩn phương tiện nghiệp vụ: 42 chiếc"),
    ("II.5.a", "in_progress", {"inspections": 16, "establishments_inspected": 134, "violations": 20, "fines_vnd": 154750000}, "16 cuộc, 134 cơ sở, 20 vi phạm, 154.750.000 đồng"),
    ("II.5.b", "in_progress", {"samples_tested": 120}, "Khảo sát chất lượng: 120 mẫu"),
    ("II.6.b", "not_applicable", {}, "Phối hợp APO: Không phát sinh"),
]
D1_d = ["Dữ liệu quản lý của ba địa bàn trước sắp xếp chưa được hợp nhất trên một hệ thống, việc tổng hợp số liệu còn thủ công.",
        "Kinh phí khảo sát chất lượng năm 2026 chỉ đáp ứng khoảng 60% nhu cầu lấy mẫu."]
D1_p = ["Đề nghị Sở bố trí kinh phí xây dựng phần mềm quản lý thống nhất dữ liệu tiêu chuẩn, đo lường, chất lượng toàn Thành phố.",
        "Đề nghị Sở giao Phòng Chuyển đổi số hỗ trợ Chi cục chuẩn hóa dữ liệu của các địa bàn trước sắp xếp."]
hand_d_xlsx("CCTDC_BC1187_KQ CT38 theo dia ban.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1187/BC-CCTĐC",
            "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
            D1, D1_d, D1_p, "Huỳnh Thị Kim Vy", "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", formulas=True)
key("CCTDC_BC1187_KQ CT38 theo dia ban.xlsx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "1187/BC-CCTĐC", "2026-10-22", D1_keys, D1_d, D1_p)

# ---------------- D2 Phòng Kiểm tra – Pháp chế
D2 = [
    dict(name="Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường", status="Đang thực hiện",
         rows=[("Cuộc kiểm tra", "cuộc", [3, 2, 1], 6), ("Cơ sở được kiểm tra", "cơ sở", [22, 15, 10], 47),
               ("Cơ sở vi phạm", "cơ sở", [4, 3, 2], 9), ("Tiền xử phạt", "đồng", [36000000, 27500000, 16500000], 80000000)]),
    dict(name="Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền", status="Đang thực hiện",
         rows=[("Cuộc kiểm tra phối hợp", "cuộc", [2, 1, 1], 4), ("Cơ sở được kiểm tra", "cơ sở", [12, 7, 5], 24)]),
    dict(name="Góp ý, đề xuất sửa đổi văn bản QPPL về TĐC", status="Hoàn thành",
         rows=[("Văn bản đã góp ý", "văn bản", None, 2)]),
    dict(name="Phối hợp rà soát, kiểm định phương tiện kỹ thuật nghiệp vụ", status="Đang thực hiện", rows=[]),
    dict(name="Khen thưởng, bảo vệ người tố giác vi phạm", status="Không phát sinh", rows=[]),
]
D2_keys = [
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 47, "violations": 9, "fines_vnd": 80000000}, "6 cuộc, 47 cơ sở, 9 vi phạm, 80.000.000 đồng"),
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 24}, "Phối hợp UBND phường, xã: 4 cuộc, 24 cơ sở"),
    ("II.2.c", "completed", {}, "Góp ý, đề xuất sửa đổi văn bản QPPL về TĐC"),
    ("II.4.b", "in_progress", {}, "Phối hợp rà soát, kiểm định phương tiện kỹ thuật nghiệp vụ"),
    ("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác: Không phát sinh"),
]
D2_d = ["Công chức phường, xã mới được giao nhiệm vụ, chưa nắm vững quy trình kiểm tra về đo lường, chất lượng."]
D2_p = ["Đề nghị Chi cục biên soạn sổ tay hướng dẫn kiểm tra dành cho công chức phường, xã, đặc khu."]
hand_d_xlsx("P.KTPC - BC 214 - CT38 2026.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "214/BC-KTPC",
            "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
            D2, D2_d, D2_p, "Đặng Văn Tài", "TRƯỞNG PHÒNG")
key("P.KTPC - BC 214 - CT38 2026.xlsx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "214/BC-KTPC", "2026-10-23", D2_keys, D2_d, D2_p)

# ---------------- D3 Trung tâm Dịch vụ Phân tích thí nghiệm (DOCX)
D3 = [
    dict(name="Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, kiểm định", status="Đang thực hiện",
         rows=[("Kinh phí đầu tư đã giải ngân", "đồng", [2150000000, 1980000000, 840000000], 4970000000)]),
    dict(name="Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", status="Đang thực hiện",
         rows=[("Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", [18420, 8115, 4075], 30610)]),
    dict(name="Duy trì, liên kết chuẩn đo lường chính đến chuẩn quốc gia", status="Hoàn thành",
         rows=[("Chuẩn chính được hiệu chuẩn, liên kết", "chuẩn", [8, 3, 1], 12)]),
    dict(name="Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục", status="Hoàn thành",
         rows=[("Mẫu đã thử nghiệm", "mẫu", [90, 40, 30], 160)]),
    dict(name="Cử viên chức tham gia đào tạo chuyên sâu", status="Đang thực hiện",
         rows=[("Viên chức được cử đào tạo", "lượt người", [10, 5, 3], 18)]),
]
D3_keys = [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 4970000000}, "Đầu tư, hiện đại hóa trang thiết bị: 4.970.000.000 đồng"),
    ("II.2.g", "in_progress", {"instruments_verified": 30610}, "Mở rộng phạm vi dịch vụ: 30.610 phương tiện đo được kiểm định, hiệu chuẩn"),
    ("II.4.c", "completed", {"instruments_verified": 12}, "Duy trì, liên kết chuẩn đo lường chính: 12 chuẩn"),
    ("II.5.b", "completed", {"samples_tested": 160}, "Thử nghiệm mẫu phục vụ khảo sát chất lượng: 160 mẫu"),
    ("II.3.a", "in_progress", {"participants": 18}, "Cử viên chức tham gia đào tạo: 18 lượt người"),
]
D3_d = ["Một số thiết bị thử nghiệm tại cơ sở Bà Rịa - Vũng Tàu (cũ) đã cũ, chi phí sửa chữa lớn.",
        "Thủ tục mua sắm trang thiết bị kéo dài nên tiến độ giải ngân chậm so với kế hoạch."]
D3_p = ["Đề nghị Sở xem xét bổ sung dự toán năm 2027 để thay thế thiết bị thử nghiệm đã hết khấu hao."]
hand_d_docx("TTPTTN_356-BC_CT38_2026.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG",
            "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "356/BC-TTPT",
            "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
            "Thực hiện Kế hoạch số 105/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện như sau:",
            ["Sau sắp xếp, Trung tâm quản lý ba cơ sở thử nghiệm, kiểm định tại địa bàn TP.HCM (cũ), Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ). Trung tâm đã phân công từng cơ sở thực hiện các nội dung được giao tại Kế hoạch, tập trung vào đầu tư thiết bị và mở rộng dịch vụ kiểm định, hiệu chuẩn phục vụ doanh nghiệp."],
            D3, D3_d, D3_p, "Lê Hoàng Phương", "GIÁM ĐỐC", "- Lưu: VT, KHTH.")
key("TTPTTN_356-BC_CT38_2026.docx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "356/BC-TTPT", "2026-10-21", D3_keys, D3_d, D3_p)

# ---------------- D4 Sở Văn hóa và Thể thao (DOCX)
D4 = [
    dict(name="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên báo chí, hệ thống thông tin cơ sở", status="Hoàn thành",
         rows=[("Tin, bài, phóng sự", "tin/bài", [8, 4, 2], 14)]),
    dict(name="Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở", status="Hoàn thành", rows=[]),
    dict(name="Phối hợp kiểm tra chất lượng dụng cụ, thiết bị thể thao tại cơ sở kinh doanh", status="Hoàn thành",
         rows=[("Cuộc kiểm tra", "cuộc", [1, 1, None], 2), ("Cơ sở được kiểm tra", "cơ sở", [9, 6, None], 15)]),
]
D4_keys = [
    ("II.1.a", "completed", {"communications": 14}, "Tuyên truyền … 14 tin, bài, phóng sự"),
    ("II.2.đ", "completed", {}, "Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015"),
    ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 15}, "Phối hợp kiểm tra chất lượng dụng cụ thể thao: 2 cuộc, 15 cơ sở"),
]
D4_d = ["Nội dung tiêu chuẩn, đo lường, chất lượng chưa được đưa vào kế hoạch thông tin cơ sở của phường, xã nên việc tuyên truyền chưa thường xuyên."]
D4_p = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, pa-nô tuyên truyền mẫu để Sở chuyển hệ thống thông tin cơ sở sử dụng."]
hand_d_docx("SVHTT-4470-BC-ChiThi38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO", "Sở Văn hóa và Thể thao", "4470/BC-SVHTT",
            "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
            "Thực hiện Kế hoạch số 105/KH-SKHCN của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Văn hóa và Thể thao báo cáo như sau:",
            ["Sở đã giao Phòng Quản lý Thể dục thể thao và Phòng Thông tin cơ sở phối hợp triển khai; do hệ thống báo cáo của ba địa bàn trước sắp xếp chưa hợp nhất, số liệu được tổng hợp riêng theo địa bàn."],
            D4, D4_d, D4_p, "Nguyễn Thị Ánh Hoa", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "- Lưu: VT, QLTDTT.")
key("SVHTT-4470-BC-ChiThi38.docx", "SO-VHTT", "Sở Văn hóa và Thể thao", "4470/BC-SVHTT", "2026-10-30", D4_keys, D4_d, D4_p)

# ---------------- D5 Sở Du lịch — MISTAKEN (chuyển đổi số ngành du lịch)
D5 = [
    dict(name="Số hóa dữ liệu cơ sở lưu trú du lịch", status="Đang thực hiện",
         rows=[("Cơ sở lưu trú đã cập nhật dữ liệu", "cơ sở", [1840, 620, 910], 3370)]),
    dict(name="Triển khai ứng dụng du lịch thông minh", status="Hoàn thành",
         rows=[("Lượt tải ứng dụng", "lượt", [52000, 8400, 11600], 72000)]),
    dict(name="Tập huấn kỹ năng số cho doanh nghiệp lữ hành", status="Đang thực hiện",
         rows=[("Lớp tập huấn", "lớp", [3, 1, 1], 5), ("Học viên", "lượt người", [310, 95, 120], 525)]),
]
hand_d_xlsx("SDL_BC-CDS-10thang-2026.xlsx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ DU LỊCH", "1672/BC-SDL",
            "Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NGÀNH DU LỊCH 10 THÁNG NĂM 2026",
            D5, ["Dữ liệu cơ sở lưu trú của ba địa bàn trước sắp xếp chưa thống nhất về định dạng."],
            ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối dữ liệu du lịch với nền tảng dữ liệu dùng chung của Thành phố."],
            "Phạm Huy Bình", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key("SDL_BC-CDS-10thang-2026.xlsx", "SO-DL", "Sở Du lịch", "1672/BC-SDL", "2026-10-24", [], [], [],
    status="rejected", reason="Báo cáo kết quả chuyển đổi số ngành du lịch 10 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm)")

# ---------------------------------------------------------------- LibreOffice re-saves (2 files)
def lo_resave(name, fmt):
    src = os.path.join(OUT, name)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    out = os.path.join(tmp, os.path.basename(src))
    shutil.move(out, src)
    shutil.rmtree(tmp, ignore_errors=True)


lo_resave("STP-BC3902-CT38.docx", "docx")
lo_resave("CCTDC_BC1187_KQ CT38 theo dia ban.xlsx", "xlsx")

# ---------------------------------------------------------------- keys
for fname, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
