# Hand H2 — anh Lâm Gia Huy style: an internal "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC" as page 1 before the
# report; biểu workbooks with one sheet per "BM-…-0n" form, each with an ĐVT column and zero-padded counts;
# statuses built from each activity's own verb ("Đã kiểm định xong", "Đang góp ý", "Chưa có yêu cầu phối hợp").
from gen_h1 import U, xl_row
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment

def phieu_trinh(d, unit_lines, kinh_trinh, noi_dung, cv, date_s, y_kien_tp):
    for t in unit_lines: para(d, [(t, "b")], space_after=0)
    para(d, "")
    para(d, [("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", "b")], align=C, size=14)
    table(d, [["Kính trình:", kinh_trinh],
              ["Nội dung trình:", noi_dung],
              ["Hồ sơ kèm theo:", "- Dự thảo báo cáo;\n- Biểu số liệu kèm theo."],
              ["Chuyên viên thụ lý:", cv + " – ngày trình: " + date_s],
              ["Ý kiến của Trưởng phòng:", y_kien_tp],
              ["Ý kiến của Lãnh đạo:", "\n\n\n"]], widths=[4.5, 11.5], header_rows=0, size=12)
    page_break(d)

def f05(folder):
    fn = "PQLDL - BC ket qua CT38 linh vuc do luong (kem phieu trinh).docx"
    d = new_doc(size=13)
    phieu_trinh(d, ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ ĐO LƯỜNG"], "Lãnh đạo Chi cục",
                "Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 – lĩnh vực đo lường (phục vụ tổng hợp báo cáo Sở).",
                "Lâm Gia Huy", "19/10/2026", "Đồng ý, kính trình Lãnh đạo Chi cục xem xét, ký ban hành.\nTrưởng phòng: Nguyễn Hữu Phước")
    header_block(d, [("CHI CỤC TIÊU CHUẨN", False), ("ĐO LƯỜNG CHẤT LƯỢNG", False), ("PHÒNG QUẢN LÝ ĐO LƯỜNG", True), ("", False), ("Số:        /BC-QLĐL", False)],
                 qh("TP. Hồ Chí Minh, ngày 20 tháng 10 năm 2026"))
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 – lĩnh vực đo lường", "b")], align=C)
    para(d, "Phòng Quản lý Đo lường báo cáo kết quả thực hiện các nhiệm vụ được Lãnh đạo Chi cục phân công trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, số liệu tính từ ngày 01/01/2026 đến ngày 15/10/2026, cụ thể:", align=J, indent=1)
    items = [
      ("1. Hỗ trợ doanh nghiệp về đo lường (Đề án 996)",
       "Phòng đã hỗ trợ 17 doanh nghiệp xây dựng, áp dụng hệ thống quản lý đo lường theo TCVN ISO 10012:2007; tổ chức 01 hội thảo \"Đo lường phục vụ doanh nghiệp sản xuất\" ngày 24/7/2026 với 86 đại biểu tham dự. Đợt hỗ trợ thứ hai cho các doanh nghiệp tại khu công nghiệp Bình Dương (cũ) triển khai trong Quý IV.",
       "Đang hỗ trợ (đợt 2 theo lộ trình Quý IV)."),
      ("2. Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
       "Đã rà soát danh mục theo Nghị định 135/2021/NĐ-CP; kiểm định, hiệu chuẩn 32 phương tiện, thiết bị kỹ thuật nghiệp vụ (cân chuẩn, bình chuẩn kim loại, đồng hồ đo áp suất, thiết bị đo độ dày lớp phủ) phục vụ các đoàn kiểm tra.",
       "Đã kiểm định xong."),
      ("3. Duy trì chuẩn đo lường chính",
       "Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm duy trì 09 chuẩn đo lường chính thuộc thẩm quyền quản lý; 09/09 chuẩn đã được liên kết đến chuẩn quốc gia trong tháng 5/2026.",
       "Đã liên kết chuẩn xong."),
      ("4. Kiểm tra nhà nước về đo lường",
       "Thực hiện 05 cuộc kiểm tra tại 64 cơ sở (38 cửa hàng xăng dầu, 26 cơ sở kinh doanh tại chợ); phát hiện 07 cơ sở vi phạm; Chi cục đã ban hành quyết định xử phạt với tổng số tiền 42.500.000 đồng. Đợt kiểm tra xăng dầu dịp cuối năm đang chuẩn bị.",
       "Đang kiểm tra (đợt cuối năm)."),
      ("5. Phối hợp UBND phường, xã, đặc khu quản lý đo lường tại chợ",
       "Hướng dẫn 23 phường, xã về kiểm tra cân tại chợ và trạm cân đối chứng; phối hợp kiểm định 146 cân tại các chợ trên địa bàn.",
       "Đang hướng dẫn (thường xuyên)."),
      ("6. Cập nhật điều ước, khuyến nghị quốc tế về đo lường",
       "Cập nhật và phổ biến 03 khuyến nghị OIML mới ban hành đến các tổ chức kiểm định trên địa bàn.",
       "Đã cập nhật xong."),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=1)
        para(d, [("Tình trạng: ", "b"), (st, "")], indent=1)
    para(d, [("7. Khó khăn, vướng mắc", "b")])
    dif = ["Phương tiện đo tại chợ thường xuyên thay đổi, tiểu thương dùng cân không rõ nguồn gốc nên khó quản lý.",
           "Nhiều phường, xã mới sáp nhập chưa bố trí được công chức theo dõi đo lường."]
    for x in dif: para(d, "- " + x, indent=1)
    para(d, [("8. Đề xuất", "b")])
    pro = ["Đề xuất Lãnh đạo Chi cục kiến nghị Sở bố trí kinh phí trang bị thêm 20 bộ quả cân chuẩn cho các trạm cân đối chứng tại chợ.",
           "Đề xuất tổ chức lớp tập huấn chuyên đề đo lường cho công chức phường, xã mới sáp nhập."]
    for x in pro: para(d, "- " + x, indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Lãnh đạo Chi cục;", "- Phòng HC-TH (tổng hợp);", "- Lưu: QLĐL."], size=10)
    cell_text(sig.cell(0, 1), ["TRƯỞNG PHÒNG", "", "", "", "Nguyễn Hữu Phước"], bold=True, align=C, size=12)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CC"),
           "document": {"number": None, "date": "2026-10-20"},
           "entries": [
             E("II.2.a", "in_progress", {"enterprises_supported": 17, "training_courses": 1, "participants": 86}, "hỗ trợ 17 DN (Đề án 996); 01 hội thảo 86 đại biểu; Đang hỗ trợ"),
             E("II.4.b", "completed", {"instruments_verified": 32}, "kiểm định, hiệu chuẩn 32 thiết bị nghiệp vụ; Đã kiểm định xong"),
             E("II.4.c", "completed", {"instruments_verified": 9}, "09 chuẩn đo lường chính liên kết; Đã liên kết chuẩn xong"),
             E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 64, "violations": 7, "fines_vnd": 42500000}, "05 cuộc, 64 cơ sở, 07 vi phạm, 42.500.000 đồng; Đang kiểm tra"),
             E("II.5.c", "in_progress", {"instruments_verified": 146}, "hướng dẫn 23 phường, xã; kiểm định 146 cân tại chợ; Đang hướng dẫn"),
             E("II.6.a", "completed", {}, "cập nhật 03 khuyến nghị OIML; Đã cập nhật xong"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def bm_sheet(ws, unit2, code, title, date_s, rows, sign):
    ws["A1"] = "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG" if unit2 is None else unit2[0]
    ws["A2"] = "PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG" if unit2 is None else unit2[1]
    ws["F1"] = "Biểu số " + code
    for a in ("A1", "A2", "F1"): ws[a].font = Font(name="Times New Roman", size=11, bold=(a != "A1"))
    ws.merge_cells("A4:F4"); ws["A4"] = title
    ws["A4"].font = Font(name="Times New Roman", size=13, bold=True); ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[4].height = 36
    ws.merge_cells("A5:F5"); ws["A5"] = date_s; ws["A5"].alignment = Alignment(horizontal="center")
    ws["A5"].font = Font(name="Times New Roman", size=11, italic=True)
    xl_row(ws, 7, ["STT", "Nội dung", "ĐVT", "Số lượng", "Tình trạng", "Ghi chú"], bold=True, fill="D9E1F2")
    xl_row(ws, 8, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], fill="F2F2F2")
    r = 9
    for row in rows:
        xl_row(ws, r, row, bold=(row[0] in ("A", "B", "C", "D", "E"))); r += 1
    r += 1
    for txt in sign:
        ws.cell(row=r, column=2, value=txt); r += 1
    for col, w in zip("ABCDEF", [6, 55, 11, 11, 26, 26]): ws.column_dimensions[col].width = w
    return r

def f06(folder):
    fn = "BM-TCCL_CT38_10thang2026.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "BM-TCCL-01"
    ds = "(Số liệu từ 01/01/2026 đến 15/10/2026 – lập ngày 21/10/2026)"
    bm_sheet(ws, None, "BM-TCCL-01", "KẾT QUẢ CÔNG TÁC TIÊU CHUẨN VÀ HỖ TRỢ DOANH NGHIỆP", ds, [
      ["A", "Góp ý, xây dựng tiêu chuẩn, quy chuẩn kỹ thuật", None, None, "Đang góp ý", "Hạn Quý IV/2026"],
      ["1", "Dự thảo TCVN đã góp ý", "dự thảo", "14", None, None],
      ["2", "Dự thảo QCVN đã góp ý", "dự thảo", "06", None, "Bộ KH&CN, Bộ Công Thương"],
      ["", "Cộng", "dự thảo", "20", None, None],
      ["B", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố chất lượng", None, None, "Đang hỗ trợ", "Thường xuyên"],
      ["1", "Doanh nghiệp được hỗ trợ áp dụng HTQLCL (ISO 9001, ISO 22000, HACCP)", "doanh nghiệp", "26", None, None],
      ["2", "Hồ sơ công bố hợp chuẩn, hợp quy đã tiếp nhận", "hồ sơ", "412", None, "Thủ tục hành chính"],
    ], [])
    ws2 = wb.create_sheet("BM-TCCL-02")
    bm_sheet(ws2, None, "BM-TCCL-02", "KẾT QUẢ KIỂM TRA, KHẢO SÁT CHẤT LƯỢNG SẢN PHẨM, HÀNG HÓA", ds, [
      ["A", "Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường", None, None, "Đang kiểm tra", "Còn 02 cuộc Quý IV"],
      ["1", "Số cuộc kiểm tra", "cuộc", "08", None, None],
      ["2", "Số cơ sở được kiểm tra", "cơ sở", "73", None, None],
      ["3", "Số cơ sở vi phạm", "cơ sở", "12", None, None],
      ["4", "Tiền xử phạt vi phạm hành chính", "đồng", "96.000.000", None, "12 quyết định"],
      ["B", "Khảo sát chất lượng sản phẩm, hàng hóa", None, None, "Đang khảo sát", "Chờ KQ đợt 2"],
      ["1", "Mẫu đã lấy khảo sát", "mẫu", "120", None, "Xăng dầu, MBH, đồ chơi"],
    ], [])
    ws3 = wb.create_sheet("BM-TCCL-03")
    r = bm_sheet(ws3, None, "BM-TCCL-03", "GIẢI THƯỞNG CHẤT LƯỢNG QUỐC GIA VÀ HỢP TÁC NĂNG SUẤT", ds, [
      ["A", "Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026", None, None, "Đã xét chọn xong", "Gửi Hội đồng Quốc gia 25/8"],
      ["1", "Hồ sơ được Hội đồng sơ tuyển đánh giá", "hồ sơ", "09", None, None],
      ["2", "Doanh nghiệp được đề xuất xét thưởng", "doanh nghiệp", "06", None, None],
      ["B", "Phối hợp với Ủy ban TĐC Quốc gia và APO", None, None, "Chưa có yêu cầu phối hợp", None],
    ], [])
    dif = ["Số lượng hồ sơ công bố hợp quy tăng nhiều trong khi chỉ có 03 công chức xử lý.",
           "Kinh phí lấy mẫu kiểm tra chất lượng chưa đủ để thử nghiệm hết các chỉ tiêu theo quy chuẩn."]
    pro = ["Đề xuất Chi cục bổ sung 01 biên chế cho bộ phận tiếp nhận hồ sơ công bố hợp quy.",
           "Đề xuất bố trí thêm kinh phí thử nghiệm mẫu kiểm tra năm 2027."]
    ws3.cell(row=r, column=2, value="KHÓ KHĂN, VƯỚNG MẮC").font = Font(name="Times New Roman", bold=True); r += 1
    for x in dif: ws3.cell(row=r, column=2, value="- " + x); r += 1
    ws3.cell(row=r, column=2, value="ĐỀ XUẤT").font = Font(name="Times New Roman", bold=True); r += 1
    for x in pro: ws3.cell(row=r, column=2, value="- " + x); r += 1
    r += 1
    ws3.cell(row=r, column=2, value="Người lập: Lâm Gia Huy"); ws3.cell(row=r, column=5, value="TRƯỞNG PHÒNG")
    ws3.cell(row=r + 4, column=5, value="Võ Thị Thanh Tâm")
    wb.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CC"),
           "document": {"number": None, "date": "2026-10-21"},
           "entries": [
             E("II.2.e", "in_progress", {"standards_reviewed": 20}, "14 TCVN + 06 QCVN = 20 dự thảo; Đang góp ý"),
             E("II.2.d", "in_progress", {"enterprises_supported": 26}, "26 DN được hỗ trợ áp dụng HTQLCL; 412 hồ sơ công bố; Đang hỗ trợ"),
             E("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 73, "violations": 12, "fines_vnd": 96000000}, "08 cuộc, 73 cơ sở, 12 vi phạm, 96.000.000 đồng; Đang kiểm tra"),
             E("II.5.b", "in_progress", {"samples_tested": 120}, "120 mẫu khảo sát; Đang khảo sát"),
             E("II.2.b", "completed", {}, "Hội đồng sơ tuyển đánh giá 09 hồ sơ, đề xuất 06 DN; Đã xét chọn xong"),
             E("II.6.b", "not_applicable", {}, "Chưa có yêu cầu phối hợp"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f07(folder):
    fn = "KTPC_BC phoi hop CT38_2026.docx"
    d = new_doc(size=13)
    phieu_trinh(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"], "Phó Giám đốc Sở Nguyễn Kỳ",
                "Báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp.",
                "Lâm Gia Huy (biệt phái hỗ trợ)", "21/10/2026", "Kính trình Phó Giám đốc xem xét, cho ý kiến.\nTrưởng phòng: Hồ Minh Trí")
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG KIỂM TRA – PHÁP CHẾ", True), ("", False), ("Số: 31/BC-KTPC", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026"))
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "b")], align=C)
    para(d, [("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "")], align=C)
    para(d, "Phòng Kiểm tra – Pháp chế là đơn vị phối hợp tại nhiều nội dung của Kế hoạch. Kết quả đến ngày 15/10/2026 như sau:", align=J, indent=1)
    items = [
      ("1. Phối hợp kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa",
       "Phòng cử công chức tham gia 06 đoàn kiểm tra liên ngành do Chi cục chủ trì, kiểm tra 58 cơ sở sản xuất, kinh doanh (xăng dầu, khí dầu mỏ hóa lỏng, mũ bảo hiểm, đồ chơi trẻ em); phát hiện 11 cơ sở vi phạm; tham mưu Giám đốc Sở ban hành 11 quyết định xử phạt với tổng số tiền 127.500.000 đồng (chi tiết tại Biểu BM-KTPC-01, 02).",
       "Đang phối hợp kiểm tra (còn 02 đoàn trong Quý IV)."),
      ("2. Góp ý sửa đổi luật, văn bản quy phạm pháp luật",
       "Phòng đã chủ trì tổng hợp ý kiến góp ý 03 dự thảo văn bản (dự thảo Nghị định quy định xử phạt vi phạm hành chính về TĐC sửa đổi; 02 dự thảo Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi), gửi Bộ Khoa học và Công nghệ đúng hạn.",
       "Đã góp ý xong."),
      ("3. Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
       "Phối hợp Chi cục rà soát danh mục, sổ theo dõi và việc quản lý, sử dụng phương tiện, thiết bị kỹ thuật nghiệp vụ; không phát hiện sai sót.",
       "Đã rà soát xong."),
      ("4. Hướng dẫn phường, xã, đặc khu thực hiện nội dung được phân quyền",
       "Trả lời 09 phường, xã về thẩm quyền xử phạt vi phạm hành chính lĩnh vực đo lường, chất lượng sau sắp xếp đơn vị hành chính.",
       "Đang hướng dẫn (theo đề nghị của địa phương)."),
      ("5. Khen thưởng, bảo vệ người tố giác vi phạm",
       "Trong kỳ Phòng không nhận được đơn, thư tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.",
       "Chưa phát sinh đơn tố giác."),
    ]
    for h, body, st in items:
        para(d, [(h, "b")])
        para(d, body, align=J, indent=1)
        para(d, [("Tình trạng: ", "b"), (st, "")], indent=1)
    para(d, [("6. Khó khăn, vướng mắc", "b")])
    dif = ["Quy định chuyển tiếp về thẩm quyền xử phạt giữa Sở và UBND phường, xã sau ngày 01/7/2025 chưa được hướng dẫn cụ thể."]
    for x in dif: para(d, "- " + x, indent=1)
    para(d, [("7. Đề xuất", "b")])
    pro = ["Đề nghị Chi cục tham mưu Sở văn bản hướng dẫn chung về thẩm quyền xử phạt lĩnh vực TĐC cho cấp xã."]
    for x in pro: para(d, "- " + x, indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- PGĐ Nguyễn Kỳ (để b/c);", "- Lưu: KTPC."], size=10)
    cell_text(sig.cell(0, 1), ["TRƯỞNG PHÒNG", "", "", "", "Hồ Minh Trí"], bold=True, align=C, size=12)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("KTPC"),
           "document": {"number": "31/BC-KTPC", "date": "2026-10-22"},
           "entries": [
             E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 11, "fines_vnd": 127500000}, "06 đoàn, 58 cơ sở, 11 vi phạm, 127.500.000 đồng; Đang phối hợp kiểm tra"),
             E("II.2.c", "completed", {}, "góp ý 03 dự thảo văn bản; Đã góp ý xong"),
             E("II.4.b", "completed", {}, "rà soát phương tiện nghiệp vụ; Đã rà soát xong"),
             E("II.5.c", "in_progress", {}, "trả lời 09 phường, xã về thẩm quyền; Đang hướng dẫn"),
             E("II.5.d", "not_applicable", {}, "Chưa phát sinh đơn tố giác"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f08(folder):
    fn = "BM-KTPC_kem BC31.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "BM-KTPC-01"
    u2 = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ")
    ds = "(Kèm theo Báo cáo số 31/BC-KTPC ngày 22/10/2026)"
    bm_sheet(ws, u2, "BM-KTPC-01", "KẾT QUẢ PHỐI HỢP KIỂM TRA TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG", ds, [
      ["A", "Phối hợp kiểm tra theo Kế hoạch của Chi cục", None, None, "Đang phối hợp kiểm tra", None],
      ["1", "Đoàn kiểm tra liên ngành có công chức của Phòng tham gia", "đoàn", "06", None, "Còn 02 đoàn Quý IV"],
      ["2", "Cơ sở được kiểm tra", "cơ sở", "58", None, None],
      ["", "  Trong đó: xăng dầu", "cơ sở", "21", None, None],
      ["", "                  LPG", "cơ sở", "14", None, None],
      ["", "                  mũ bảo hiểm, đồ chơi trẻ em", "cơ sở", "23", None, None],
      ["3", "Cơ sở vi phạm", "cơ sở", "11", None, None],
    ], [])
    ws2 = wb.create_sheet("BM-KTPC-02")
    bm_sheet(ws2, u2, "BM-KTPC-02", "XỬ LÝ VI PHẠM HÀNH CHÍNH VÀ CÁC NỘI DUNG PHỐI HỢP KHÁC", ds, [
      ["A", "Xử lý vi phạm hành chính", None, None, "Đang phối hợp kiểm tra", None],
      ["1", "Quyết định xử phạt đã tham mưu ban hành", "quyết định", "11", None, None],
      ["2", "Tổng số tiền phạt", "đồng", "127.500.000", None, "Đã nộp 115.000.000"],
      ["B", "Góp ý dự thảo văn bản quy phạm pháp luật", "dự thảo", "03", "Đã góp ý xong", None],
      ["C", "Rà soát thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)", None, None, "Đã rà soát xong", None],
      ["D", "Hướng dẫn phường, xã về thẩm quyền", "đơn vị", "09", "Đang hướng dẫn", None],
      ["E", "Đơn thư tố giác vi phạm", "đơn", "0", "Chưa phát sinh", None],
    ], ["Người lập biểu: Lâm Gia Huy", "TRƯỞNG PHÒNG: Hồ Minh Trí"])
    wb.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("KTPC"),
           "document": {"number": None, "date": "2026-10-22"},
           "entries": [
             E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 11, "fines_vnd": 127500000}, "06 đoàn, 58 cơ sở, 11 vi phạm; 127.500.000 đồng; Đang phối hợp kiểm tra"),
             E("II.2.c", "completed", {}, "03 dự thảo; Đã góp ý xong"),
             E("II.4.b", "completed", {}, "Đã rà soát xong"),
             E("II.5.c", "in_progress", {}, "09 đơn vị; Đang hướng dẫn"),
             E("II.5.d", "not_applicable", {}, "0 đơn; Chưa phát sinh"),
           ], "difficulties": [], "proposals": []}
    return fn, key

FILES = [f05, f06, f07, f08]
