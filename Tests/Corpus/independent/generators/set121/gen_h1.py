# Hand H1 — bà Đặng Thị Kim Oanh style: money "…,- đồng", dates dd-mm-yyyy in the body,
# statuses "thực hiện đạt / còn dở dang / chưa làm được / không có phát sinh".
from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

UNITS = {
 "CC": ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
 "TT": ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
 "VP": ("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
 "KTPC": ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
 "CDS": ("SKHCN-CDS", "Phòng Chuyển đổi số"),
 "QLKH": ("SKHCN-QLKH", "Phòng Quản lý Khoa học"),
 "CNTT": ("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
}
def U(k): i, n = UNITS[k]; return {"id": i, "name": n}

def f01(folder):
    fn = "TDC_BC405_kinh-phi-CT38-den-20-10-2026.docx"
    d = new_doc(size=13)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("CHI CỤC TIÊU CHUẨN", True), ("ĐO LƯỜNG CHẤT LƯỢNG", True), ("", False), ("Số: 405/BC-TĐC", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026"))
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Kết quả thực hiện các nội dung có sử dụng kinh phí thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "b")], align=C, space_after=0)
    para(d, [("(số liệu tính đến ngày 20-10-2026)", "i")], align=C)
    para(d, "Căn cứ Quyết định số 1468/QĐ-SKHCN ngày 30-12-2025 của Giám đốc Sở Khoa học và Công nghệ về việc giao dự toán năm 2026, Chi cục được giao thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 với tổng kinh phí 349.000.000,- đồng (Ba trăm bốn mươi chín triệu đồng chẵn). Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện đến ngày 20-10-2026 như sau:", align=J, indent=1)
    para(d, [("I. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG", "b")])
    para(d, [("1. Tập huấn văn bản pháp luật cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu", "b")])
    para(d, "Các ngày 14-4-2026, 22-5-2026 và 18-8-2026 Chi cục đã tổ chức 03 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho các tổ chức, doanh nghiệp với 245 lượt người tham dự. Ngày 09-9-2026 tổ chức 01 buổi tọa đàm với doanh nghiệp nhập khẩu về kiểm tra nhà nước hàng hóa nhóm 2, có 52 đại biểu tham dự. Cộng chung 04 lớp, buổi; 297 lượt người.", align=J, indent=1)
    para(d, "Kinh phí đã chi: 62.400.000,- đồng (thuê hội trường, tài liệu, thù lao báo cáo viên). Nội dung này thực hiện đạt.", align=J, indent=1)
    para(d, [("2. Tuyên truyền, vận động tham dự Giải thưởng Chất lượng Quốc gia", "b")])
    para(d, "Chi cục đăng 05 tin, bài trên Trang thông tin điện tử của Chi cục; gửi thư mời tới 160 doanh nghiệp; trực tiếp hướng dẫn 09 doanh nghiệp lập hồ sơ tham dự Giải thưởng năm 2026 (hồ sơ nộp hạn chót ngày 30-6-2026). Kinh phí đã chi: 8.500.000,- đồng. Nội dung này thực hiện đạt.", align=J, indent=1)
    para(d, [("3. Tập huấn nghiệp vụ cho công chức các Sở, ngành, UBND phường, xã, đặc khu", "b")])
    para(d, "Đã tổ chức 04 lớp (02 lớp tại khu vực Bình Dương cũ ngày 11-6-2026 và 12-6-2026, 01 lớp tại khu vực Bà Rịa - Vũng Tàu cũ ngày 16-7-2026, 01 lớp tại trụ sở Chi cục ngày 25-9-2026) với 312 lượt công chức tham dự. Kinh phí đã chi: 58.750.000,- đồng. Lớp thứ năm dành cho công chức đặc khu Côn Đảo dự kiến tổ chức trong tháng 11-2026 nên nội dung này còn dở dang.", align=J, indent=1)
    para(d, [("4. Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng", "b")])
    para(d, "Tổ chức 02 khóa (từ 04-5 đến 08-5-2026 và từ 10-8 đến 14-8-2026) cho 96 học viên là cán bộ doanh nghiệp. Kinh phí đã chi: 41.200.000,- đồng. Nội dung này thực hiện đạt.", align=J, indent=1)
    para(d, [("5. Đào tạo, bồi dưỡng cho viên chức và sinh viên các trường", "b")])
    para(d, "Chi cục đã gửi văn bản đến 06 trường nhưng các trường chưa thống nhất được thời gian do trùng lịch thi học kỳ, nên đến nay nội dung này chưa làm được; chưa phát sinh kinh phí.", align=J, indent=1)
    para(d, [("6. Khảo sát chất lượng sản phẩm, hàng hóa", "b")])
    para(d, "Đã lấy 120 mẫu (xăng dầu 40 mẫu, mũ bảo hiểm 30 mẫu, đồ chơi trẻ em 50 mẫu) gửi thử nghiệm. Kinh phí đã chi (thử nghiệm đợt 1, mua mẫu): 86.300.000,- đồng. Kết quả thử nghiệm đợt 2 chưa có nên nội dung này còn dở dang.", align=J, indent=1)
    para(d, [("II. TỔNG HỢP KINH PHÍ", "b")])
    table(d, [["TT", "Nội dung", "Dự toán (đồng)", "Đã sử dụng (đồng)"],
              ["1", "Tập huấn, tọa đàm doanh nghiệp", "70.000.000,-", "62.400.000,-"],
              ["2", "Tuyên truyền Giải thưởng CLQG", "15.000.000,-", "8.500.000,-"],
              ["3", "Tập huấn công chức", "75.000.000,-", "58.750.000,-"],
              ["4", "Bồi dưỡng năng suất chất lượng", "45.000.000,-", "41.200.000,-"],
              ["5", "Đào tạo sinh viên", "30.000.000,-", "0,-"],
              ["6", "Khảo sát chất lượng", "114.000.000,-", "86.300.000,-"],
              ["", "Cộng", "349.000.000,-", "257.150.000,-"]], widths=[1, 7.5, 3.5, 3.5], size=11)
    para(d, "Tỷ lệ sử dụng kinh phí đến ngày 20-10-2026 đạt 73,7% dự toán.", indent=1)
    para(d, [("III. KHÓ KHĂN, VƯỚNG MẮC", "b")])
    dif = ["Thủ tục thanh toán hợp đồng thử nghiệm mẫu khảo sát kéo dài do phải chờ kết quả của phòng thử nghiệm.",
           "Một số đơn vị chưa gửi kịp chứng từ nên việc quyết toán lớp tập huấn tháng 8-2026 còn chậm."]
    for x in dif: para(d, "- " + x, indent=1)
    para(d, [("IV. KIẾN NGHỊ", "b")])
    pro = ["Đề nghị Sở cho phép điều chỉnh 25.000.000,- đồng từ nội dung đào tạo sinh viên sang nội dung khảo sát chất lượng.",
           "Đề nghị Văn phòng Sở hỗ trợ rút ngắn thời gian thẩm định hồ sơ thanh toán."]
    for x in pro: para(d, "- " + x, indent=1)
    para(d, "Trên đây là báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng./.", indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Lãnh đạo Sở (để b/c);", "- Văn phòng Sở (P. KHTC);", "- Lưu: VT, HCTH (Oanh)."], size=10)
    cell_text(sig.cell(0, 1), ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Lê Văn Thuận"], bold=True, align=C, size=12)
    para(d, [("Người lập biểu: Đặng Thị Kim Oanh – ĐT: 028.3829xxxx", "i")], size=10)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("CC"),
           "document": {"number": "405/BC-TĐC", "date": "2026-10-28"},
           "entries": [
             E("II.1.a", "completed", {"training_courses": 4, "participants": 297, "budget_spent_vnd": 62400000}, "03 lớp tập huấn VBQPPL, 245 lượt người; 01 tọa đàm DN nhập khẩu, 52 đại biểu; 62.400.000,- đồng; thực hiện đạt"),
             E("II.1.b", "completed", {"communications": 5, "enterprises_supported": 9, "budget_spent_vnd": 8500000}, "05 tin, bài; hướng dẫn 09 DN lập hồ sơ Giải thưởng; 8.500.000,- đồng; thực hiện đạt"),
             E("II.3.a", "in_progress", {"training_courses": 4, "participants": 312, "budget_spent_vnd": 58750000}, "04 lớp công chức, 312 lượt; 58.750.000,- đồng; lớp thứ năm tháng 11 — còn dở dang"),
             E("II.3.b", "completed", {"training_courses": 2, "participants": 96, "budget_spent_vnd": 41200000}, "02 khóa năng suất chất lượng, 96 học viên; 41.200.000,- đồng; thực hiện đạt"),
             E("II.3.d", "not_started", {}, "các trường chưa thống nhất thời gian — chưa làm được"),
             E("II.5.b", "in_progress", {"samples_tested": 120, "budget_spent_vnd": 86300000}, "120 mẫu khảo sát; 86.300.000,- đồng; còn dở dang"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f02(folder):
    fn = "TTPTTN-214-BC-ket-qua-CT38.docx"
    d = new_doc(size=13)
    header_block(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH", True), ("THÍ NGHIỆM VÀ TIÊU CHUẨN", True), ("ĐO LƯỜNG CHẤT LƯỢNG", True), ("Số: 214/BC-TTPTTN", False)],
                 qh("Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026"))
    para(d, "")
    para(d, [("BÁO CÁO", "b")], align=C, space_after=0)
    para(d, [("Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "b")], align=C)
    para(d, [("Kính gửi: ", ""), ("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", "")], align=C)
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Trung tâm) báo cáo kết quả thực hiện từ 01-01-2026 đến 15-10-2026 như sau:", align=J, indent=1)
    para(d, [("1. Đầu tư cơ sở vật chất, trang thiết bị và nhân lực (Trung tâm chủ trì)", "b")])
    para(d, "Năm 2026 Trung tâm được giao dự toán mua sắm thiết bị 4.850.000.000,- đồng. Đến ngày 15-10-2026 Trung tâm đã ký 05 hợp đồng mua sắm (máy quang phổ hấp thụ nguyên tử, tủ an toàn sinh học cấp II, bộ quả cân chuẩn F1, cân phân tích, hệ thống hiệu chuẩn áp suất), giải ngân 3.245.600.000,- đồng, đạt 66,9% dự toán. Gói thầu máy sắc ký lỏng khối phổ đang chờ phê duyệt kết quả lựa chọn nhà thầu. Về nhân lực, đã tuyển dụng 04 viên chức kỹ thuật. Nội dung này còn dở dang.", align=J, indent=1)
    para(d, [("2. Phối hợp duy trì chuẩn đo lường chính, liên kết chuẩn", "b")])
    para(d, "Trung tâm đã phối hợp với Chi cục gửi hiệu chuẩn 18 chuẩn đo lường (khối lượng, áp suất, nhiệt độ, dung tích) tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 trong thời gian từ 02-3-2026 đến 29-5-2026, bảo đảm liên kết chuẩn đến chuẩn quốc gia. Nội dung này thực hiện đạt.", align=J, indent=1)
    para(d, [("3. Mở rộng phạm vi, lĩnh vực dịch vụ kỹ thuật", "b")])
    para(d, "Trung tâm được Văn phòng Công nhận Chất lượng đánh giá mở rộng 12 phép thử mới theo ISO/IEC 17025. Từ đầu năm đến 15-10-2026 đã kiểm định, hiệu chuẩn 14.386 phương tiện đo và thử nghiệm 2.715 mẫu phục vụ quản lý nhà nước và yêu cầu của doanh nghiệp. Đây là nội dung thường xuyên, Trung tâm đang tiếp tục thực hiện.", align=J, indent=1)
    para(d, [("4. Thử nghiệm mẫu khảo sát chất lượng", "b")])
    para(d, "Trung tâm tiếp nhận 120 mẫu khảo sát do Chi cục gửi; đã trả kết quả 70 mẫu, 50 mẫu còn lại đang thử nghiệm, dự kiến trả kết quả trước ngày 15-11-2026. Nội dung này còn dở dang.", align=J, indent=1)
    para(d, [("5. Tập huấn cho sinh viên", "b")])
    para(d, "Phối hợp Trường Đại học Công nghiệp Thành phố Hồ Chí Minh tổ chức 02 buổi tập huấn về đo lường, hiệu chuẩn và thử nghiệm (ngày 17-4-2026 và 23-4-2026) cho 118 sinh viên. Nội dung này thực hiện đạt.", align=J, indent=1)
    para(d, [("6. Tham gia lớp tập huấn văn bản pháp luật do Chi cục tổ chức", "b")])
    para(d, "Trung tâm cử 03 viên chức làm báo cáo viên chuyên đề về thử nghiệm, hiệu chuẩn tại các lớp tập huấn cho doanh nghiệp. Thực hiện đạt.", align=J, indent=1)
    para(d, [("7. Khó khăn, vướng mắc", "b")])
    dif = ["Thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn, nhiều thiết bị không còn linh kiện thay thế.",
           "Thiếu nhân lực có trình độ chuyên sâu về hiệu chuẩn lĩnh vực áp suất và lưu lượng."]
    for x in dif: para(d, "- " + x, indent=1)
    para(d, [("8. Kiến nghị", "b")])
    pro = ["Đề nghị Sở xem xét bổ sung kinh phí mua sắm thiết bị năm 2027 cho phòng thử nghiệm vi sinh.",
           "Đề nghị Chi cục gửi kế hoạch khảo sát năm 2027 sớm để Trung tâm chủ động bố trí nhân lực."]
    for x in pro: para(d, "- " + x, indent=1)
    para(d, [("(Số liệu chi tiết tại Biểu kèm theo)", "i")], indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- Ban Giám đốc;", "- Lưu: VT, KHTC."], size=10)
    cell_text(sig.cell(0, 1), ["GIÁM ĐỐC", "", "", "", "Phan Thị Ngọc Hân"], bold=True, align=C, size=12)
    d.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("TT"),
           "document": {"number": "214/BC-TTPTTN", "date": "2026-10-26"},
           "entries": [
             E("II.4.a", "in_progress", {"budget_spent_vnd": 3245600000}, "ký 05 hợp đồng mua sắm, giải ngân 3.245.600.000,- đồng; còn dở dang"),
             E("II.4.c", "completed", {"instruments_verified": 18}, "hiệu chuẩn 18 chuẩn đo lường; thực hiện đạt"),
             E("II.2.g", "in_progress", {"instruments_verified": 14386, "samples_tested": 2715}, "kiểm định, hiệu chuẩn 14.386 PTĐ, thử nghiệm 2.715 mẫu; đang tiếp tục"),
             E("II.5.b", "in_progress", {"samples_tested": 120}, "tiếp nhận 120 mẫu khảo sát; còn dở dang"),
             E("II.3.d", "completed", {"training_courses": 2, "participants": 118}, "02 buổi tập huấn cho 118 sinh viên; thực hiện đạt"),
             E("II.1.a", "completed", {}, "cử 03 viên chức làm báo cáo viên; thực hiện đạt"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def xl_row(ws, r, vals, bold=False, box=True, wrap=True, fill=None):
    for j, v in enumerate(vals, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(name="Times New Roman", size=11, bold=bold)
        c.alignment = Alignment(wrap_text=wrap, vertical="center")
        if box: c.border = BOX
        if fill: c.fill = PatternFill("solid", fgColor=fill)

def f03(folder):
    fn = "VP So - bieu CT38 (27-10-2026).xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu"
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"] = "VĂN PHÒNG SỞ"
    ws["A1"].font = Font(name="Times New Roman", size=11); ws["A2"].font = Font(name="Times New Roman", size=11, bold=True)
    ws.merge_cells("A4:G4"); ws["A4"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (phần Văn phòng Sở phối hợp)"
    ws["A4"].font = Font(name="Times New Roman", size=13, bold=True); ws["A4"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:G5"); ws["A5"] = "Ngày lập biểu: 27-10-2026"; ws["A5"].alignment = Alignment(horizontal="center")
    ws["A5"].font = Font(name="Times New Roman", size=11, italic=True)
    xl_row(ws, 7, ["STT", "Nội dung công việc", "ĐVT", "Số lượng", "Kinh phí (đồng)", "Tình hình thực hiện", "Ghi chú"], bold=True, fill="DDDDDD")
    rows = [
     ["I", "Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001 tại Sở", None, None, None, None, None],
     ["1", "Rà soát, cập nhật quy trình nội bộ", "quy trình", 46, "12.000.000,-", "Thực hiện đạt", "Thuê tư vấn từ 03-2026"],
     ["2", "Đánh giá nội bộ", "đợt", 1, None, "Thực hiện đạt", "Ngày 15-9-2026"],
     ["II", "Phối hợp đầu tư cơ sở vật chất cho đơn vị sự nghiệp", None, None, None, None, None],
     ["1", "Thẩm định hồ sơ mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm", "hồ sơ", 7, None, "Còn dở dang", "02 hồ sơ chờ bổ sung"],
     ["III", "Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia", None, None, None, None, None],
     ["1", "Cấu hình lại quy trình điện tử các TTHC lĩnh vực TĐC", "thủ tục", 15, None, "Thực hiện đạt", "Xong 31-3-2026"],
     ["IV", "Kết nối cơ sở dữ liệu quốc gia về TĐC", None, None, None, None, None],
     ["1", "Cung cấp dữ liệu văn bản, TTHC cho Chi cục cập nhật", "lần", 3, None, "Còn dở dang", ""],
     ["V", "Khen thưởng, bảo vệ người tố giác vi phạm về TĐC", None, None, None, "Không có phát sinh", ""],
    ]
    r = 8
    for row in rows:
        grp = row[0] in ("I", "II", "III", "IV", "V")
        xl_row(ws, r, row, bold=grp, fill="F2F2F2" if grp else None); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc:").font = Font(name="Times New Roman", bold=True); r += 1
    dif = ["Nhân sự phụ trách ISO kiêm nhiệm nhiều việc, thời gian dành cho rà soát quy trình còn hạn chế."]
    pro = ["Đề nghị Chi cục cử chuyên gia hỗ trợ Văn phòng Sở chuyển đổi hệ thống quản lý chất lượng sang mô hình ISO điện tử."]
    for x in dif: ws.cell(row=r, column=2, value="- " + x); r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(name="Times New Roman", bold=True); r += 1
    for x in pro: ws.cell(row=r, column=2, value="- " + x); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập biểu"); ws.cell(row=r, column=6, value="CHÁNH VĂN PHÒNG")
    ws.cell(row=r + 4, column=2, value="Đặng Thị Kim Oanh"); ws.cell(row=r + 4, column=6, value="Trần Quốc Dũng")
    for col, w in zip("ABCDEFG", [6, 48, 10, 10, 16, 20, 22]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("VP"),
           "document": {"number": None, "date": "2026-10-27"},
           "entries": [
             E("II.2.đ", "completed", {"budget_spent_vnd": 12000000}, "rà soát 46 quy trình, 12.000.000,-; đánh giá nội bộ 01 đợt; thực hiện đạt"),
             E("II.4.a", "in_progress", {}, "thẩm định 07 hồ sơ mua sắm; còn dở dang"),
             E("II.2.h", "completed", {}, "cấu hình lại 15 TTHC lĩnh vực TĐC; thực hiện đạt"),
             E("II.2.i", "in_progress", {}, "cung cấp dữ liệu 3 lần; còn dở dang"),
             E("II.5.d", "not_applicable", {}, "không có phát sinh"),
           ], "difficulties": dif, "proposals": pro}
    return fn, key

def f04(folder):
    fn = "TTPTTN_Bieu so lieu kem BC 214.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu so lieu"
    ws["A1"] = "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"
    ws["A1"].font = Font(name="Times New Roman", size=11, bold=True)
    ws.merge_cells("A3:F3"); ws["A3"] = "BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"
    ws["A3"].font = Font(name="Times New Roman", size=13, bold=True); ws["A3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A4:F4"); ws["A4"] = "(Kèm theo Báo cáo số 214/BC-TTPTTN ngày 26-10-2026)"
    ws["A4"].font = Font(name="Times New Roman", size=11, italic=True); ws["A4"].alignment = Alignment(horizontal="center")
    xl_row(ws, 6, ["TT", "Chỉ tiêu", "ĐVT", "Số liệu đến 15-10-2026", "Tình hình", "Ghi chú"], bold=True, fill="DDDDDD")
    rows = [
     ["1", "Đầu tư trang thiết bị (Trung tâm chủ trì)", None, None, "Còn dở dang", None],
     ["", "- Hợp đồng mua sắm đã ký", "hợp đồng", "05", None, None],
     ["", "- Kinh phí đã giải ngân", "đồng", "3.245.600.000,-", None, "Dự toán 4.850.000.000,-"],
     ["2", "Liên kết chuẩn đo lường", None, None, "Thực hiện đạt", None],
     ["", "- Chuẩn đo lường đã gửi hiệu chuẩn", "chuẩn", "18", None, "VMI, QUATEST 3"],
     ["3", "Dịch vụ kỹ thuật (kiểm định, hiệu chuẩn, thử nghiệm)", None, None, "Đang tiếp tục", "Thường xuyên"],
     ["", "- Phương tiện đo đã kiểm định, hiệu chuẩn", "phương tiện", "14.386", None, None],
     ["", "- Mẫu đã thử nghiệm", "mẫu", "2.715", None, None],
     ["4", "Thử nghiệm mẫu khảo sát chất lượng", None, None, "Còn dở dang", None],
     ["", "- Mẫu tiếp nhận", "mẫu", "120", None, "Đã trả KQ 70 mẫu"],
     ["5", "Tập huấn sinh viên", None, None, "Thực hiện đạt", None],
     ["", "- Số buổi", "buổi", "02", None, "ĐH Công nghiệp"],
     ["", "- Số sinh viên", "người", "118", None, None],
    ]
    r = 7
    for row in rows:
        xl_row(ws, r, row, bold=bool(row[0])); r += 1
    r += 1
    ws.cell(row=r, column=4, value="Ngày 26-10-2026"); ws.cell(row=r + 1, column=2, value="NGƯỜI LẬP BIỂU"); ws.cell(row=r + 1, column=4, value="GIÁM ĐỐC")
    ws.cell(row=r + 5, column=2, value="Đặng Thị Kim Oanh"); ws.cell(row=r + 5, column=4, value="Phan Thị Ngọc Hân")
    for col, w in zip("ABCDEF", [5, 50, 12, 20, 16, 24]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(folder, fn))
    key = {"status": "extracted", "reason": None, "unit": U("TT"),
           "document": {"number": None, "date": "2026-10-26"},
           "entries": [
             E("II.4.a", "in_progress", {"budget_spent_vnd": 3245600000}, "05 hợp đồng; giải ngân 3.245.600.000,-; còn dở dang"),
             E("II.4.c", "completed", {"instruments_verified": 18}, "18 chuẩn gửi hiệu chuẩn; thực hiện đạt"),
             E("II.2.g", "in_progress", {"instruments_verified": 14386, "samples_tested": 2715}, "14.386 PTĐ; 2.715 mẫu; đang tiếp tục"),
             E("II.5.b", "in_progress", {"samples_tested": 120}, "120 mẫu khảo sát; còn dở dang"),
             E("II.3.d", "completed", {"training_courses": 2, "participants": 118}, "02 buổi, 118 sinh viên; thực hiện đạt"),
           ], "difficulties": [], "proposals": []}
    return fn, key

FILES = [f01, f02, f03, f04]
