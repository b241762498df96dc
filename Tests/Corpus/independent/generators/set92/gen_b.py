# -*- coding: utf-8 -*-
# =====================================================================================
# HAND B — "Thảo": one workbook holding BOTH the công văn (sheet "CV", typed in merged
# A:F rows, statuses only there, one "- <own task name> (mục n Biểu): <status>." line each)
# and the figures (sheet "Bieu": STT | Nội dung | ĐVT | Số lượng | Ghi chú, a bold
# group row per task with the indicator rows under it, no status in the biểu).
# =====================================================================================

def hand_b(fname, unit_upper, unit_name, so, place_date, vv, intro, items, diffs, props, signer, role, noi_nhan):
    wb = Workbook()
    ws = wb.active; ws.title = "CV"
    for col, w in zip("ABCDEF", [14, 14, 14, 14, 14, 14]):
        ws.column_dimensions[col].width = w
    r = 1
    merge_put(ws, r, 1, 3, "UBND THÀNH PHỐ HỒ CHÍ MINH", align="c", size=12)
    merge_put(ws, r, 4, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", size=12); r += 1
    merge_put(ws, r, 1, 3, unit_upper, bold=True, align="c", size=12)
    merge_put(ws, r, 4, 6, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c", size=12); r += 1
    merge_put(ws, r, 1, 3, "Số: " + so, align="c", size=12)
    merge_put(ws, r, 4, 6, place_date, italic=True, align="c", size=12); r += 1
    merge_put(ws, r, 1, 3, vv, align="c", size=11); ws.row_dimensions[r].height = 45; r += 2
    merge_put(ws, r, 1, 6, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c"); r += 2
    def line(txt, h=None, bold=False, italic=False):
        nonlocal r
        merge_put(ws, r, 1, 6, txt, bold=bold, italic=italic, align="l")
        ws.row_dimensions[r].height = h or max(18, 17 * (len(txt) // 85 + 1))
        r += 1
    line(intro)
    line("1. Tình hình thực hiện các nội dung được giao", bold=True)
    for i, it in enumerate(items, 1):
        line(f"- {it['name']} (mục {i} Biểu kèm theo): {it['cv']}")
    line("2. Khó khăn, vướng mắc", bold=True)
    for x in diffs:
        line("- " + x)
    line("3. Kiến nghị", bold=True)
    for x in props:
        line("- " + x)
    line(f"(Số liệu chi tiết tại Biểu kèm theo Công văn này)", italic=True)
    line(f"{unit_name} kính gửi Sở Khoa học và Công nghệ tổng hợp./.")
    r += 1
    merge_put(ws, r, 1, 3, "Nơi nhận:", bold=True, italic=True, align="l", size=11)
    merge_put(ws, r, 4, 6, role, bold=True, align="c"); r += 1
    merge_put(ws, r, 1, 3, noi_nhan, align="l", size=11); ws.row_dimensions[r].height = 60; r += 3
    merge_put(ws, r, 4, 6, signer, bold=True, align="c")

    wb2 = wb.create_sheet("Bieu")
    for col, w in zip("ABCDE", [6, 58, 14, 14, 30]):
        wb2.column_dimensions[col].width = w
    merge_put(wb2, 1, 1, 5, "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, align="c")
    merge_put(wb2, 2, 1, 5, f"(Kèm theo Công văn số {so} của {unit_name})", italic=True, align="c")
    hdr = ["STT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"]
    for c, h in enumerate(hdr, 1):
        ws_put(wb2, 4, c, h, bold=True, align="c", border=True, fill="D9D9D9")
    rr = 5
    for i, it in enumerate(items, 1):
        ws_put(wb2, rr, 1, i, bold=True, align="c", border=True)
        ws_put(wb2, rr, 2, it["name"], bold=True, border=True)
        for c in (3, 4, 5):
            ws_put(wb2, rr, c, None, border=True)
        rr += 1
        rows = it.get("rows") or []
        if not rows:
            ws_put(wb2, rr, 1, None, border=True); ws_put(wb2, rr, 2, "- (không có số liệu định lượng)", italic=True, border=True)
            for c in (3, 4, 5):
                ws_put(wb2, rr, c, None, border=True)
            rr += 1
        for (lab, dvt, val, note) in rows:
            ws_put(wb2, rr, 1, None, border=True)
            ws_put(wb2, rr, 2, "- " + lab, border=True)
            ws_put(wb2, rr, 3, dvt, align="c", border=True)
            ws_put(wb2, rr, 4, val, align="r", border=True, fmt="#,##0")
            ws_put(wb2, rr, 5, note, border=True, size=11)
            rr += 1
    rr += 1
    merge_put(wb2, rr, 3, 5, "NGƯỜI LẬP BIỂU", bold=True, align="c"); rr += 4
    merge_put(wb2, rr, 3, 5, "Lê Thị Thu Thảo", bold=True, align="c")
    wb2.print_title_rows = "4:4"
    wb.save(os.path.join(OUT, fname))


# ---------------- B1 Sở Nông nghiệp và Môi trường
B1 = [
    dict(name="Tập huấn quy chuẩn, tiêu chuẩn về vật tư nông nghiệp, nông sản", cv="đã thực hiện xong",
         rows=[("Số lớp tập huấn", "lớp", 5, "Chi cục Trồng trọt và BVTV"), ("Số lượt người tham dự", "lượt người", 430, None)]),
    dict(name="Hỗ trợ cơ sở cấp mã số, truy xuất nguồn gốc nông lâm thủy sản", cv="tiếp tục thực hiện",
         rows=[("Số cơ sở được hỗ trợ cấp mã truy xuất", "cơ sở", 74, "Đề án 100")]),
    dict(name="Hỗ trợ hợp tác xã áp dụng VietGAP, chứng nhận sản phẩm", cv="tiếp tục thực hiện",
         rows=[("Số HTX, tổ hợp tác được hỗ trợ", "HTX", 31, None), ("Kinh phí hỗ trợ đã giải ngân", "đồng", 1245000000, "Ngân sách TP")]),
    dict(name="Góp ý dự thảo QCVN thuộc ngành nông nghiệp và môi trường", cv="đã thực hiện xong",
         rows=[("Số dự thảo QCVN đã góp ý", "dự thảo", 4, "Theo đề nghị của Bộ NN&MT")]),
    dict(name="Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi", cv="tiếp tục thực hiện (kiểm tra theo kế hoạch và đột xuất)",
         rows=[("Số cuộc kiểm tra", "cuộc", 9, None), ("Số cơ sở được kiểm tra", "cơ sở", 213, None),
               ("Số cơ sở vi phạm", "cơ sở", 24, None), ("Số tiền xử phạt", "đồng", 468000000, "Đã nộp ngân sách")]),
    dict(name="Lấy mẫu phân bón, thuốc BVTV kiểm tra chất lượng", cv="đã thực hiện xong",
         rows=[("Số mẫu đã lấy thử nghiệm", "mẫu", 156, "12 mẫu không đạt")]),
]
B1_keys = [
    ("II.1.a", "completed", {"training_courses": 5, "participants": 430}, "Tập huấn quy chuẩn, tiêu chuẩn về vật tư nông nghiệp: 5 lớp, 430 lượt người"),
    ("II.2.a", "in_progress", {"enterprises_supported": 74}, "Hỗ trợ cơ sở cấp mã số, truy xuất nguồn gốc: 74 cơ sở"),
    ("II.2.d", "in_progress", {"enterprises_supported": 31, "budget_spent_vnd": 1245000000}, "Hỗ trợ hợp tác xã áp dụng VietGAP: 31 HTX; 1.245.000.000 đồng"),
    ("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý 4 dự thảo QCVN"),
    ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 213, "violations": 24, "fines_vnd": 468000000}, "Kiểm tra chất lượng phân bón, thuốc BVTV: 9 cuộc, 213 cơ sở, 24 vi phạm, 468.000.000 đồng"),
    ("II.5.b", "completed", {"samples_tested": 156}, "Lấy 156 mẫu phân bón, thuốc BVTV"),
]
B1_d = ["Sau sắp xếp, địa bàn rộng, số cơ sở kinh doanh vật tư nông nghiệp tăng nhiều trong khi lực lượng kiểm tra chưa được bổ sung.",
        "Kinh phí lấy mẫu phân tích chất lượng phân bón còn hạn chế."]
B1_p = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách phòng thử nghiệm được chỉ định trên địa bàn để thuận tiện gửi mẫu.",
        "Kiến nghị UBND Thành phố bổ sung kinh phí hỗ trợ truy xuất nguồn gốc cho hợp tác xã năm 2027."]
hand_b("SNNMT_CV3318_bieu_CT38.xlsx", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường", "3318/SNNMT-QLCL",
       "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
       "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
       "Phúc đáp Công văn số 2871/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo tình hình thực hiện các nội dung liên quan đến ngành như sau:",
       B1, B1_d, B1_p, "Nguyễn Văn Hùng", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
       "- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, QLCL.")
key("SNNMT_CV3318_bieu_CT38.xlsx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3318/SNNMT-QLCL", "2026-10-26", B1_keys, B1_d, B1_p)

# ---------------- B2 Sở Công Thương
B2 = [
    dict(name="Hội nghị phổ biến quy định về chất lượng hàng hóa xuất nhập khẩu", cv="đã thực hiện xong",
         rows=[("Số hội nghị", "hội nghị", 2, None), ("Số đại biểu tham dự", "đại biểu", 380, None)]),
    dict(name="Vận động doanh nghiệp ngành công thương tham dự Giải thưởng Chất lượng Quốc gia", cv="đã thực hiện xong",
         rows=[("Số doanh nghiệp được vận động, hướng dẫn hồ sơ", "doanh nghiệp", 15, "Phối hợp Chi cục TĐC")]),
    dict(name="Cập nhật, cảnh báo rào cản kỹ thuật (TBT) trong các FTA", cv="tiếp tục thực hiện thường xuyên",
         rows=[("Số bản tin cảnh báo TBT đã phát hành", "bản tin", 12, "Trên Cổng TTĐT Sở")]),
    dict(name="Kiểm tra, kiểm soát chất lượng hàng hóa lưu thông (lực lượng Quản lý thị trường)", cv="tiếp tục thực hiện",
         rows=[("Số cuộc kiểm tra", "cuộc", 18, "Chuyên đề hàng giả, hàng kém chất lượng"), ("Số cơ sở được kiểm tra", "cơ sở", 327, None),
               ("Số vụ vi phạm đã xử lý", "vụ", 119, None), ("Số tiền xử phạt VPHC", "đồng", 2845500000, None)]),
    dict(name="Lấy mẫu xăng dầu, khí dầu mỏ hóa lỏng kiểm tra chất lượng", cv="đã thực hiện xong",
         rows=[("Số mẫu xăng dầu, LPG đã lấy", "mẫu", 48, "Gửi Trung tâm PTTN thử nghiệm")]),
]
B2_keys = [
    ("II.1.a", "completed", {"training_courses": 2, "participants": 380}, "Hội nghị phổ biến quy định về chất lượng hàng hóa: 2 hội nghị, 380 đại biểu"),
    ("II.1.b", "completed", {"enterprises_supported": 15}, "Vận động 15 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"),
    ("II.6.a", "in_progress", {"communications": 12}, "12 bản tin cảnh báo TBT"),
    ("II.5.a", "in_progress", {"inspections": 18, "establishments_inspected": 327, "violations": 119, "fines_vnd": 2845500000}, "18 cuộc, 327 cơ sở, 119 vụ vi phạm, 2.845.500.000 đồng"),
    ("II.5.b", "completed", {"samples_tested": 48}, "48 mẫu xăng dầu, LPG"),
]
B2_d = ["Hàng hóa giả, kém chất lượng chuyển mạnh sang kênh thương mại điện tử, livestream bán hàng, gây khó khăn cho công tác kiểm tra."]
B2_p = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức kiểm tra liên ngành đối với hàng hóa nhóm 2 kinh doanh trên sàn thương mại điện tử.",
        "Đề nghị cung cấp danh mục tổ chức thử nghiệm được chỉ định đối với xăng dầu, khí để lực lượng QLTT gửi mẫu kịp thời."]
hand_b("SCT-6011-CV-bao cao CT38 (kem bieu).xlsx", "SỞ CÔNG THƯƠNG", "Sở Công Thương", "6011/SCT-QLTM",
       "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
       "V/v báo cáo tình hình thực hiện Chỉ thị số 38-CT/TW năm 2026",
       "Thực hiện Kế hoạch số 105/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả thực hiện năm 2026 (số liệu đến ngày 20/10/2026) như sau:",
       B2, B2_d, B2_p, "Bùi Tá Hoàng Vũ", "GIÁM ĐỐC",
       "- Như trên;\n- Chi cục QLTT;\n- Lưu: VT, QLTM.")
key("SCT-6011-CV-bao cao CT38 (kem bieu).xlsx", "SO-CT", "Sở Công Thương", "6011/SCT-QLTM", "2026-10-28", B2_keys, B2_d, B2_p)

# ---------------- B3 Sở Xây dựng
B3 = [
    dict(name="Xây dựng quy chuẩn kỹ thuật địa phương và góp ý QCVN, TCVN ngành xây dựng", cv="tiếp tục thực hiện (QCĐP về nhà ở riêng lẻ đang lấy ý kiến)",
         rows=[("QCĐP đang xây dựng", "quy chuẩn", 1, None), ("Dự thảo QCVN, TCVN đã góp ý", "dự thảo", 6, None)]),
    dict(name="Kiểm tra phòng thí nghiệm chuyên ngành xây dựng (LAS-XD)", cv="đã thực hiện xong",
         rows=[("Số đợt kiểm tra", "đợt", 2, None), ("Số phòng thí nghiệm được kiểm tra", "phòng TN", 38, "Theo QĐ 412/QĐ-SXD")]),
    dict(name="Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường", cv="tiếp tục thực hiện",
         rows=[("Số cuộc kiểm tra", "cuộc", 3, None), ("Số cơ sở kinh doanh VLXD được kiểm tra", "cơ sở", 45, None),
               ("Số cơ sở vi phạm", "cơ sở", 7, None), ("Tiền phạt", "đồng", 96000000, None)]),
    dict(name="Lấy mẫu vật liệu xây dựng thử nghiệm", cv="đã thực hiện xong",
         rows=[("Số mẫu VLXD thử nghiệm (xi măng, thép, gạch ốp lát)", "mẫu", 64, None)]),
    dict(name="Tập huấn nghiệp vụ quản lý chất lượng VLXD cho công chức phường, xã", cv="đã thực hiện xong",
         rows=[("Số lớp", "lớp", 1, None), ("Số học viên", "học viên", 120, None)]),
]
B3_keys = [
    ("II.2.e", "in_progress", {"standards_reviewed": 7}, "QCĐP đang xây dựng: 1; dự thảo QCVN, TCVN đã góp ý: 6"),
    ("II.2.g", "completed", {"inspections": 2, "establishments_inspected": 38}, "Kiểm tra phòng thí nghiệm chuyên ngành xây dựng: 2 đợt, 38 phòng thí nghiệm"),
    ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 45, "violations": 7, "fines_vnd": 96000000}, "3 cuộc, 45 cơ sở, 7 vi phạm, 96.000.000 đồng"),
    ("II.5.b", "completed", {"samples_tested": 64}, "64 mẫu VLXD thử nghiệm"),
    ("II.3.a", "completed", {"training_courses": 1, "participants": 120}, "Tập huấn cho công chức phường, xã: 1 lớp, 120 học viên"),
]
B3_d = ["Chưa có hướng dẫn thống nhất về phân cấp kiểm tra chất lượng vật liệu xây dựng cho UBND phường, xã sau khi bỏ cấp huyện."]
B3_p = ["Đề nghị Sở Khoa học và Công nghệ phối hợp Sở Xây dựng ban hành hướng dẫn liên ngành về kiểm tra chất lượng VLXD thuộc nhóm 2."]
hand_b("SXD_9142_CT38_2026.xlsx", "SỞ XÂY DỰNG", "Sở Xây dựng", "9142/SXD-KTXD",
       "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
       "V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026",
       "Theo đề nghị của Sở Khoa học và Công nghệ tại Công văn số 2871/SKHCN-TĐC ngày 06/10/2026, Sở Xây dựng báo cáo như sau:",
       B3, B3_d, B3_p, "Trần Hoàng Quân", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
       "- Như trên;\n- Lưu: VT, KTXD (Th).")
key("SXD_9142_CT38_2026.xlsx", "SO-XD", "Sở Xây dựng", "9142/SXD-KTXD", "2026-10-30", B3_keys, B3_d, B3_p)

# ---------------- B4 Sở Quy hoạch - Kiến trúc
B4 = [
    dict(name="Áp dụng, duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở", cv="đã thực hiện xong (đã công bố lại ngày 14/8/2026)", rows=[]),
    dict(name="Góp ý dự thảo QCVN về quy hoạch xây dựng, kiến trúc", cv="đã thực hiện xong",
         rows=[("Số dự thảo đã góp ý", "dự thảo", 2, "QCVN 01, QCVN 07")]),
    dict(name="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, chất lượng", cv="đã thực hiện xong",
         rows=[("Số lượt công chức tham gia", "lượt người", 4, None)]),
    dict(name="Tập huấn, tuyên truyền cho tổ chức, doanh nghiệp", cv="không phát sinh yêu cầu (không thuộc lĩnh vực quản lý của Sở)", rows=[]),
    dict(name="Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", cv="chưa thực hiện, chờ hướng dẫn của Phòng Chuyển đổi số", rows=[]),
]
B4_keys = [
    ("II.2.đ", "completed", {}, "Áp dụng, duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015"),
    ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý 2 dự thảo QCVN"),
    ("II.3.a", "completed", {"participants": 4}, "4 lượt công chức tham gia tập huấn"),
    ("II.1.a", "not_applicable", {}, "Tập huấn, tuyên truyền cho tổ chức, doanh nghiệp: không phát sinh yêu cầu"),
    ("II.2.i", "not_started", {}, "Kết nối cơ sở dữ liệu quốc gia: chưa thực hiện"),
]
B4_d = ["Sở chưa được cấp tài khoản truy cập cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."]
B4_p = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn quy trình cấp tài khoản và kết nối cơ sở dữ liệu cho các sở, ngành."]
hand_b("SQHKT-CV2207-CT38.xlsx", "SỞ QUY HOẠCH - KIẾN TRÚC", "Sở Quy hoạch - Kiến trúc", "2207/SQHKT-VP",
       "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
       "V/v báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
       "Thực hiện Kế hoạch số 105/KH-SKHCN của Sở Khoa học và Công nghệ, Sở Quy hoạch - Kiến trúc báo cáo các nội dung có liên quan như sau:",
       B4, B4_d, B4_p, "Nguyễn Thanh Nhã", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
       "- Như trên;\n- Lưu: VT.")
key("SQHKT-CV2207-CT38.xlsx", "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "2207/SQHKT-VP", "2026-10-31", B4_keys, B4_d, B4_p)
