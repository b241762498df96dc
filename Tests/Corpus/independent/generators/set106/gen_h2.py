# Hand 2 — anh Khoa, chuyên viên kế hoạch (XLSX)
# One-sheet tracker: STT | Nội dung nhiệm vụ | Mức độ ưu tiên (Cao/TB/Thấp) | Hạn theo KH của Sở | Kết quả thực hiện | Trạng thái | Ghi chú
# Header typed in merged cells, date as text "TP.HCM, ngày dd/mm/2026", KK/KN as numbered rows under merged labels.
from gen_common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2_xlsx(fname, sheet, parent, unit_upper, number, date_text, title, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws.merge_cells("A1:C1"); ws["A1"] = parent
    ws.merge_cells("A2:C2"); ws["A2"] = unit_upper; ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + number
    ws.merge_cells("D1:G1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws.merge_cells("D2:G2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True)
    ws.merge_cells("D3:G3"); ws["D3"] = date_text; ws["D3"].font = Font(italic=True)
    for c in ("A1", "A2", "A3", "D1", "D2", "D3"): ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:G5"); ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Nội dung nhiệm vụ", "Mức độ ưu tiên", "Hạn theo KH của Sở", "Kết quả thực hiện", "Trạng thái", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 8
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = B
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 3, 4, 6) else "left")
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for k, x in enumerate(diffs, 1):
        ws.cell(r, 1, f"({k})"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(r, 2, x).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for k, x in enumerate(props, 1):
        ws.cell(r, 1, f"({k})"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(r, 2, x).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    ws.cell(r, 5, signer[1]).font = Font(bold=True); ws.cell(r, 5).alignment = Alignment(horizontal="center")
    r += 4
    ws.cell(r, 2, signer[2])
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    ws.cell(r, 5, signer[0]).font = Font(bold=True); ws.cell(r, 5).alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEFG", (5, 38, 10, 14, 52, 15, 18)): ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fname))

# ---------------- Sở Tài chính ----------------
tc = [
 ("Thẩm định, bố trí kinh phí đầu tư trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm (đơn vị sự nghiệp thuộc Sở KH&CN)", "Cao", "Thường xuyên",
  "Đã thẩm định dự toán mua sắm thiết bị thử nghiệm năm 2026 là 12,8 tỷ đồng; đến 30/9/2026 đơn vị đã giải ngân 7.460.000.000 đ.", "Đang triển khai", "Giải ngân 58%"),
 ("Bố trí kinh phí hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322, Kế hoạch 36)", "Cao", "Quý IV/2026",
  "Đã bố trí kinh phí hỗ trợ 18 doanh nghiệp; đã thanh toán 2.150.000.000 đ.", "Đang triển khai", ""),
 ("Thẩm định kinh phí bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ của Chi cục TĐC", "TB", "Thường xuyên",
  "Đã có ý kiến thẩm định dự toán bảo trì, kiểm định phương tiện, thiết bị nghiệp vụ năm 2026 của Chi cục.", "Hoàn thành", ""),
 ("Duy trì HTQLCL theo TCVN ISO 9001:2015 tại Sở Tài chính", "TB", "11/2026",
  "Đã đánh giá nội bộ, xem xét của lãnh đạo; cập nhật 09 quy trình mới.", "Hoàn thành", ""),
 ("Góp ý dự thảo quy chuẩn kỹ thuật (nếu có)", "Thấp", "Quý IV/2026",
  "Trong kỳ không có dự thảo gửi lấy ý kiến Sở Tài chính.", "Không phát sinh", ""),
]
tc_d = ["Một số đơn vị sự nghiệp gửi hồ sơ đề nghị mua sắm chậm nên tiến độ giải ngân chưa đạt yêu cầu."]
tc_p = ["Đề nghị Sở KH&CN chỉ đạo Trung tâm Dịch vụ Phân tích thí nghiệm đẩy nhanh thủ tục lựa chọn nhà thầu để giải ngân trước 31/12/2026."]
h2_xlsx("STC_theo_doi_KH38.xlsx", "Theo doi KH38", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TÀI CHÍNH", "1893/BC-STC", "TP.HCM, ngày 29/10/2026",
        "BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", tc, tc_d, tc_p,
        ("Lâm Quang Vinh", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Ngô Đình Khoa"))
key("STC_theo_doi_KH38.xlsx", "SO-TC", "Sở Tài chính", "1893/BC-STC", "2026-10-29", [
    E("II.4.a", "in_progress", {"budget_spent_vnd": 7460000000}, tc[0][3]),
    E("II.2.a", "in_progress", {"enterprises_supported": 18, "budget_spent_vnd": 2150000000}, tc[1][3]),
    E("II.4.b", "completed", {}, tc[2][3]),
    E("II.2.đ", "completed", {}, tc[3][3]),
    E("II.2.e", "not_applicable", {}, tc[4][3]),
], tc_d, tc_p)

# ---------------- Sở Nội vụ ----------------
nv = [
 ("Nâng cao năng suất khu vực công", "Cao", "Thường xuyên",
  "Phối hợp Chi cục TĐC tổ chức 01 hội thảo \"Năng suất khu vực công gắn với cải cách hành chính\" có 150 đại biểu tham dự.", "Hoàn thành", ""),
 ("Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo QĐ 05/2026/QĐ-UBND", "Cao", "Thường xuyên",
  "Đang thẩm định hồ sơ thu hút 02 chuyên gia lĩnh vực đo lường, thử nghiệm do Sở KH&CN đề xuất.", "Đang triển khai", ""),
 ("Kiểm tra việc áp dụng ISO 9001 trong cơ quan hành chính (lồng ghép kiểm tra CCHC)", "TB", "11/2026",
  "Đã thực hiện 05 cuộc kiểm tra công tác cải cách hành chính có nội dung ISO tại 24 cơ quan, đơn vị.", "Hoàn thành", ""),
 ("Bồi dưỡng kiến thức TĐC cho công chức cấp xã", "TB", "Quý II-IV/2026",
  "Phối hợp mở 02 lớp bồi dưỡng cho 320 công chức phường, xã; lớp thứ 3 khai giảng 10/11/2026.", "Đang triển khai", ""),
 ("Khen thưởng tổ chức, cá nhân có thành tích, người tố giác vi phạm về TĐC", "Thấp", "Thường xuyên",
  "Chưa nhận được hồ sơ đề nghị khen thưởng.", "Chưa triển khai", ""),
]
nv_d = ["Tiêu chí thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng chưa được cụ thể hóa nên khó thẩm định hồ sơ."]
nv_p = ["Đề nghị Sở KH&CN ban hành danh mục vị trí chuyên gia cần thu hút trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
        "Đề nghị Chi cục TĐC tiếp tục phối hợp mở lớp bồi dưỡng cho công chức cấp xã năm 2027."]
h2_xlsx("SNV-KH38-tien-do.xlsx", "KH38_2026", "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ NỘI VỤ", "905/BC-SNV", "TP.HCM, ngày 03/11/2026",
        "TIẾN ĐỘ THỰC HIỆN CÁC NỘI DUNG SỞ NỘI VỤ PHỐI HỢP THEO KẾ HOẠCH CT38 NĂM 2026", nv, nv_d, nv_p,
        ("Trương Thị Mai", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Nguyễn Hữu Khoa"))
key("SNV-KH38-tien-do.xlsx", "SO-NV", "Sở Nội vụ", "905/BC-SNV", "2026-11-03", [
    E("II.6.b", "completed", {"training_courses": 1, "participants": 150}, nv[0][3]),
    E("II.3.c", "in_progress", {}, nv[1][3]),
    E("II.2.đ", "completed", {"inspections": 5, "establishments_inspected": 24}, nv[2][3]),
    E("II.3.a", "in_progress", {"training_courses": 2, "participants": 320}, nv[3][3]),
    E("II.5.d", "not_started", {}, nv[4][3]),
], nv_d, nv_p)

# ---------------- Sở Quy hoạch - Kiến trúc ----------------
qh = [
 ("Góp ý QCVN về quy hoạch xây dựng; xây dựng quy chuẩn kỹ thuật địa phương", "Cao", "Quý IV/2026",
  "Đã góp ý 02 dự thảo sửa đổi QCVN 01:2021/BXD; đang soạn thảo đề cương Quy chuẩn kỹ thuật địa phương về kiến trúc đô thị.", "Đang triển khai", ""),
 ("Áp dụng HTQLCL TCVN ISO 9001:2015 tại Sở (Sở tái lập từ 01/10/2025)", "TB", "11/2026",
  "Chưa xây dựng; dự kiến thực hiện Quý I/2027.", "Chưa triển khai", "Sở mới tái lập"),
 ("Tuyên truyền về tiêu chuẩn, quy chuẩn trong lĩnh vực quy hoạch, kiến trúc", "Thấp", "Quý I-III/2026",
  "Đăng 02 tin trên trang thông tin điện tử của Sở.", "Hoàn thành", ""),
 ("Cử công chức tham dự tập huấn TĐC", "Thấp", "Quý II-IV/2026",
  "Cử 02 công chức dự lớp tập huấn do Chi cục TĐC tổ chức.", "Hoàn thành", ""),
]
qh_d = ["Sở mới được tái lập, biên chế chưa đủ nên chưa bố trí được công chức theo dõi công tác tiêu chuẩn, đo lường, chất lượng."]
qh_p = ["Đề nghị Sở KH&CN hướng dẫn trình tự xây dựng quy chuẩn kỹ thuật địa phương."]
h2_xlsx("SQHKT_KH38.xlsx", "Sheet1", "UBND TP HỒ CHÍ MINH", "SỞ QUY HOẠCH - KIẾN TRÚC", "214/BC-SQHKT", "TP.HCM, ngày 05/11/2026",
        "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", qh, qh_d, qh_p,
        ("Hồ Văn Phước", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Đỗ Minh Khoa"))
key("SQHKT_KH38.xlsx", "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "214/BC-SQHKT", "2026-11-05", [
    E("II.2.e", "in_progress", {"standards_reviewed": 2}, qh[0][3]),
    E("II.2.đ", "not_started", {}, qh[1][3]),
    E("II.1.a", "completed", {"communications": 2}, qh[2][3]),
    E("II.3.a", "completed", {"participants": 2}, qh[3][3]),
], qh_d, qh_p)

# ---------------- Sở Dân tộc và Tôn giáo (MISTAKEN: cải cách hành chính tracker) ----------------
dt = [
 ("Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực tôn giáo", "Cao", "Quý II/2026", "Rà soát 23 thủ tục, đề xuất đơn giản hóa 04 thủ tục.", "Hoàn thành", ""),
 ("Cung cấp dịch vụ công trực tuyến toàn trình", "Cao", "Quý III/2026", "Đã cung cấp 17/23 thủ tục trực tuyến toàn trình.", "Đang triển khai", ""),
 ("Số hóa hồ sơ, kết quả giải quyết TTHC", "TB", "Quý IV/2026", "Số hóa 1.204 hồ sơ.", "Đang triển khai", ""),
 ("Khảo sát mức độ hài lòng của người dân", "TB", "11/2026", "Chưa thực hiện.", "Chưa triển khai", ""),
]
h2_xlsx("SDTTG_CCHC_2026.xlsx", "CCHC 2026", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ DÂN TỘC VÀ TÔN GIÁO", "377/BC-SDTTG", "TP.HCM, ngày 30/10/2026",
        "BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", dt,
        ["Phần mềm một cửa điện tử chưa liên thông đầy đủ với Cổng dịch vụ công quốc gia."],
        ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức mới."],
        ("Lý Văn Sơn", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Phan Minh Khoa"))
key("SDTTG_CCHC_2026.xlsx", "SO-DTTG", "Sở Dân tộc và Tôn giáo", "377/BC-SDTTG", "2026-10-30", [], [], [],
    status="rejected", reason="Bảng theo dõi thực hiện Kế hoạch cải cách hành chính năm 2026, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")
