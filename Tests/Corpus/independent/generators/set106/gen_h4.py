# Hand 4 — chị Thảo, văn thư - tổng hợp (XLSX)
# Workbook with one sheet per KIND of activity (TuyenTruyen / TapHuan / ...), events listed by date with a typed
# "Tổng cộng" row; the first sheet "TienDo" lists the plan tasks in her own words, points to the sheet, and holds the
# only statuses in the words "Xong / Còn tiếp / Chưa làm / Không có"; KK/ĐX as "-" lines at the bottom of TienDo.
from gen_common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def h4_xlsx(fname, unit_lines, number, date_text, title, tasks, sheets, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = "TienDo"
    for i, l in enumerate(unit_lines, 1):
        ws.cell(i, 1, l).font = Font(bold=(i == 2))
    ws.cell(3, 1, "Số: " + number)
    ws.cell(1, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
    ws.cell(2, 4, "Độc lập - Tự do - Hạnh phúc")
    ws.cell(4, 4, date_text).font = Font(italic=True)
    ws.cell(6, 1, title).font = Font(bold=True, size=12)
    ws.cell(7, 1, "(số liệu chi tiết xem các sheet kèm theo)").font = Font(italic=True)
    hdr = ["TT", "Nhiệm vụ", "Xem sheet", "Tình hình", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(9, j, h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
    r = 10
    for i, t in enumerate(tasks, 1):
        for j, v in enumerate([i] + list(t), 1):
            c = ws.cell(r, j, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Vướng mắc:").font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 4, signer[1]).font = Font(bold=True); ws.cell(r + 4, 4, signer[0]).font = Font(bold=True)
    for col, w in zip("ABCDE", (5, 55, 14, 14, 30)): ws.column_dimensions[col].width = w
    for sname, srows, total in sheets:
        s = wb.create_sheet(sname)
        for j, h in enumerate(["TT", "Thời gian", "Nội dung hoạt động", "Kết quả", "Ghi chú"], 1):
            c = s.cell(1, j, h); c.font = Font(bold=True); c.border = B
        rr = 2
        for i, row in enumerate(srows, 1):
            for j, v in enumerate([i] + list(row), 1):
                c = s.cell(rr, j, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical="top")
            rr += 1
        s.cell(rr, 3, "Tổng cộng").font = Font(bold=True); s.cell(rr, 4, total).font = Font(bold=True)
        for j in range(1, 6): s.cell(rr, j).border = B
        for col, w in zip("ABCDE", (5, 14, 60, 28, 20)): s.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

# ---------------- Sở Văn hóa và Thể thao ----------------
vh_tasks = [
 ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên báo chí, truyền hình, pano", "TuyenTruyen", "Còn tiếp", "Quý IV tiếp tục phóng sự Ngày Tiêu chuẩn Thế giới"),
 ("Cử công chức dự tập huấn nghiệp vụ TĐC", "TapHuan", "Xong", ""),
 ("Góp ý dự thảo quy chuẩn kỹ thuật thuộc ngành văn hóa, thể thao", "GopY", "Xong", ""),
 ("Duy trì ISO 9001 tại Sở", "", "Xong", "Đánh giá nội bộ T8/2026"),
 ("Vận động DN tham dự Giải thưởng Chất lượng Quốc gia", "", "Không có", "Không có DN đăng ký"),
]
vh_sheets = [
 ("TuyenTruyen", [("02/2026", "Chỉ đạo HTV, báo Sài Gòn Giải Phóng đưa tin về Kế hoạch CT38", "07 tin", ""),
                  ("03/2026", "Phóng sự \"Cân đúng – bán đủ\" tại chợ Bến Thành, chợ Thủ Dầu Một", "03 phóng sự", ""),
                  ("05/2026", "Pano, băng rôn Ngày Đo lường Thế giới 20/5", "06 pano", ""),
                  ("06-09/2026", "Tin, bài trên Cổng thông tin điện tử Sở và các báo", "20 tin, bài", "")],
  "36 tin, bài, phóng sự, pano"),
 ("TapHuan", [("16/6/2026", "Lớp tập huấn văn bản QPPL về TĐC (Chi cục TĐC tổ chức)", "04 công chức", ""),
              ("22/9/2026", "Lớp nghiệp vụ nhãn hàng hóa", "03 công chức", "")],
  "02 lớp – 07 lượt công chức"),
 ("GopY", [("07/2026", "Góp ý dự thảo QCVN về an toàn thiết bị vui chơi công cộng (Bộ VHTTDL)", "01 dự thảo", "")],
  "01 dự thảo"),
]
vh_d = ["Chưa có kinh phí riêng cho tuyên truyền về tiêu chuẩn, đo lường, chất lượng, phải lồng ghép với các chương trình khác."]
vh_p = ["Đề nghị Sở KH&CN cung cấp tài liệu, hình ảnh tuyên truyền để Sở chỉ đạo các cơ quan báo chí sử dụng."]
h4_xlsx("SVHTT_KH38_2026.xlsx", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO"], "1502/BC-SVHTT",
        "Ngày 05 tháng 11 năm 2026", "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – SỞ VĂN HÓA VÀ THỂ THAO",
        vh_tasks, vh_sheets, vh_d, vh_p, ("Lương Thị Thảo", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC"))
key("SVHTT_KH38_2026.xlsx", "SO-VHTT", "Sở Văn hóa và Thể thao", "1502/BC-SVHTT", "2026-11-05", [
    E("II.1.a", "in_progress", {"communications": 36}, "Tổng cộng: 36 tin, bài, phóng sự, pano"),
    E("II.3.a", "completed", {"training_courses": 2, "participants": 7}, "Tổng cộng: 02 lớp – 07 lượt công chức"),
    E("II.2.e", "completed", {"standards_reviewed": 1}, "Góp ý dự thảo QCVN về an toàn thiết bị vui chơi công cộng (Bộ VHTTDL) – 01 dự thảo"),
    E("II.2.đ", "completed", {}, "Duy trì ISO 9001 tại Sở – Xong"),
    E("II.1.b", "not_applicable", {}, "Vận động DN tham dự Giải thưởng Chất lượng Quốc gia – Không có"),
], vh_d, vh_p)

# ---------------- Sở Du lịch ----------------
dl_tasks = [
 ("Tuyên truyền, phổ biến tiêu chuẩn chất lượng dịch vụ du lịch", "TuyenTruyen", "Xong", ""),
 ("Hướng dẫn DN lưu trú, lữ hành áp dụng tiêu chuẩn quốc gia, ISO", "HoTroDN", "Còn tiếp", "Đợt 2 tháng 11"),
 ("ISO 9001 tại cơ quan Sở", "", "Xong", ""),
 ("Cập nhật tiêu chuẩn nghề du lịch ASEAN (MRA-TP)", "", "Còn tiếp", ""),
 ("Kiểm tra chất lượng hàng hóa", "", "Không có", "Sở không có chức năng"),
]
dl_sheets = [
 ("TuyenTruyen", [("04/2026", "Hội nghị phổ biến TCVN 4391:2015 (khách sạn – xếp hạng)", "01 hội nghị, 220 đại biểu", ""),
                  ("04-10/2026", "Tin, bài trên trang Sở Du lịch", "12 tin, bài", "")],
  "01 hội nghị – 220 đại biểu – 12 tin, bài"),
 ("HoTroDN", [("05/2026", "Hướng dẫn khách sạn 3-5 sao khu vực Vũng Tàu áp dụng TCVN 4391:2015", "07 DN", ""),
              ("08/2026", "Hướng dẫn DN lữ hành áp dụng ISO 9001", "05 DN", ""),
              ("09/2026", "Hướng dẫn homestay Cần Giờ áp dụng TCVN 7800:2017", "04 DN", "")],
  "16 doanh nghiệp"),
]
dl_d = ["Nhiều cơ sở lưu trú nhỏ chưa quan tâm áp dụng tiêu chuẩn do chi phí chứng nhận cao."]
dl_p = ["Đề nghị Chi cục TĐC xem xét hỗ trợ chi phí tư vấn ISO cho doanh nghiệp du lịch nhỏ.", "Đề nghị phối hợp tổ chức tập huấn tiêu chuẩn dịch vụ du lịch tại đặc khu Côn Đảo."]
h4_xlsx("SDL-KH38-2026.xlsx", ["UBND TP. HỒ CHÍ MINH", "SỞ DU LỊCH"], "688/BC-SDL",
        "Ngày 03 tháng 11 năm 2026", "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", dl_tasks, dl_sheets, dl_d, dl_p,
        ("Bùi Thanh Thảo", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC"))
key("SDL-KH38-2026.xlsx", "SO-DL", "Sở Du lịch", "688/BC-SDL", "2026-11-03", [
    E("II.1.a", "completed", {"training_courses": 1, "participants": 220, "communications": 12}, "Tổng cộng: 01 hội nghị – 220 đại biểu – 12 tin, bài"),
    E("II.2.d", "in_progress", {"enterprises_supported": 16}, "Tổng cộng: 16 doanh nghiệp"),
    E("II.2.đ", "completed", {}, "ISO 9001 tại cơ quan Sở – Xong"),
    E("II.6.a", "in_progress", {}, "Cập nhật tiêu chuẩn nghề du lịch ASEAN (MRA-TP) – Còn tiếp"),
    E("II.5.a", "not_applicable", {}, "Kiểm tra chất lượng hàng hóa – Không có – Sở không có chức năng"),
], dl_d, dl_p)

# ---------------- Trung tâm CNTT và Địa không gian ----------------
it_tasks = [
 ("Kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng với hệ thống dữ liệu Thành phố", "KetNoi", "Còn tiếp", "Đang thử nghiệm API"),
 ("Hỗ trợ cải tiến hệ thống giải quyết TTHC lĩnh vực TĐC, liên thông Cổng một cửa quốc gia", "KetNoi", "Xong", "Xong T3/2026"),
 ("Cử viên chức dự khóa đào tạo", "TapHuan", "Xong", ""),
 ("ISO 9001 tại Trung tâm", "", "Chưa làm", "Đơn vị mới hợp nhất"),
]
it_sheets = [
 ("KetNoi", [("03/2026", "Cấu hình liên thông hồ sơ kiểm tra nhà nước hàng nhập khẩu với Cổng một cửa quốc gia", "Đã vận hành", ""),
             ("06-10/2026", "Xây dựng API đồng bộ dữ liệu tổ chức đánh giá sự phù hợp, phương tiện đo", "Đang thử nghiệm", ""),
             ("10/2026", "Thanh toán hợp đồng nâng cấp hạ tầng kết nối", "218.600.000 đồng", "Đã thanh toán")],
  "Kinh phí đã thanh toán: 218.600.000 đồng"),
 ("TapHuan", [("8/2026", "Khóa đào tạo \"Dữ liệu mở và chuẩn dữ liệu\" (Cục Chuyển đổi số quốc gia)", "03 viên chức", "")],
  "01 khóa – 03 viên chức"),
]
it_d = ["Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu đặc tả kỹ thuật API."]
it_p = ["Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cấp tài khoản kết nối chính thức."]
h4_xlsx("TTCNTT-DKG_KH38.xlsx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN"], "91/BC-TTCNTTĐKG",
        "Ngày 28 tháng 10 năm 2026", "TÌNH HÌNH THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP – KẾ HOẠCH CT38 NĂM 2026", it_tasks, it_sheets, it_d, it_p,
        ("Trịnh Phương Thảo", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC"))
key("TTCNTT-DKG_KH38.xlsx", "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh", "91/BC-TTCNTTĐKG", "2026-10-28", [
    E("II.2.i", "in_progress", {"budget_spent_vnd": 218600000}, "Kinh phí đã thanh toán: 218.600.000 đồng"),
    E("II.2.h", "completed", {}, "Cấu hình liên thông hồ sơ kiểm tra nhà nước hàng nhập khẩu với Cổng một cửa quốc gia – Đã vận hành"),
    E("II.3.a", "completed", {"training_courses": 1, "participants": 3}, "Tổng cộng: 01 khóa – 03 viên chức"),
    E("II.2.đ", "not_started", {}, "ISO 9001 tại Trung tâm – Chưa làm"),
], it_d, it_p)

# ---------------- Văn phòng UBND Thành phố ----------------
vp_tasks = [
 ("Liên thông hệ thống giải quyết TTHC của Thành phố với Cổng dịch vụ công quốc gia (TTHC lĩnh vực TĐC)", "HeThong", "Xong", ""),
 ("Đưa tin về công tác TĐC trên Cổng thông tin điện tử Thành phố", "TuyenTruyen", "Xong", ""),
 ("Năng suất khu vực công – cải tiến quy trình tại Văn phòng", "", "Còn tiếp", ""),
 ("ISO 9001 tại Văn phòng UBND Thành phố", "", "Xong", ""),
]
vp_sheets = [
 ("HeThong", [("02/2026", "Tích hợp 14 thủ tục hành chính lĩnh vực TĐC lên Cổng dịch vụ công quốc gia", "Hoàn tất", ""),
              ("04/2026", "Đồng bộ trạng thái hồ sơ với Hệ thống thông tin giải quyết TTHC Bộ KH&CN", "Hoàn tất", "")],
  "14 thủ tục"),
 ("TuyenTruyen", [("01-10/2026", "Tin, bài trên Cổng thông tin điện tử Thành phố", "09 tin, bài", "")],
  "09 tin, bài"),
]
vp_d = ["Một số thủ tục còn phát sinh lỗi đồng bộ trạng thái khi hệ thống của Bộ bảo trì."]
vp_p = ["Đề nghị Sở KH&CN phối hợp rà soát, chuẩn hóa lại dữ liệu thủ tục hành chính lĩnh vực TĐC trước khi công bố."]
h4_xlsx("VPUBND_CT38.xlsx", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "VĂN PHÒNG"], "3764/BC-VP",
        "Ngày 30 tháng 10 năm 2026", "TÌNH HÌNH THỰC HIỆN NỘI DUNG PHỐI HỢP KẾ HOẠCH CT38 NĂM 2026 – VĂN PHÒNG UBND THÀNH PHỐ",
        vp_tasks, vp_sheets, vp_d, vp_p, ("Châu Ngọc Thảo", "KT. CHÁNH VĂN PHÒNG - PHÓ CHÁNH VĂN PHÒNG"))
key("VPUBND_CT38.xlsx", "VP-UBND", "Văn phòng Ủy ban nhân dân Thành phố", "3764/BC-VP", "2026-10-30", [
    E("II.2.h", "completed", {}, "Tích hợp 14 thủ tục hành chính lĩnh vực TĐC lên Cổng dịch vụ công quốc gia – Hoàn tất"),
    E("II.1.a", "completed", {"communications": 9}, "Tổng cộng: 09 tin, bài"),
    E("II.6.b", "in_progress", {}, "Năng suất khu vực công – cải tiến quy trình tại Văn phòng – Còn tiếp"),
    E("II.2.đ", "completed", {}, "ISO 9001 tại Văn phòng UBND Thành phố – Xong"),
], vp_d, vp_p)
