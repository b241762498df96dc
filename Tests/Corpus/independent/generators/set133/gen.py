# Generator for set133. Writes the report files and their answer keys.
import os, json, hashlib, datetime, subprocess, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_h1h2 import h1_workbook, h2_workbook
from gen_docx import build_docx_reports

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = []

def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}

def key(file, uid, uname, number, date, entries, diff, prop, status="extracted", reason=None):
    KEYS.append({"file": file, "sha256": None, "status": status, "reason": reason,
                 "unit": {"id": uid, "name": uname},
                 "document": {"number": number, "date": date},
                 "entries": entries, "findings": [], "difficulties": diff, "proposals": prop})

P = lambda f: os.path.join(OUT, f)

# ======================= HAND 1: Ngọc Hân workbooks =======================
# --- Sở Công Thương ---
f = "SCT_BieuTK_CT38_nam2026.xlsx"
diff = ["Lực lượng quản lý thị trường đã chuyển về Bộ Công Thương nên việc phối hợp kiểm tra tại địa bàn phụ thuộc kế hoạch của Chi cục Quản lý thị trường.",
        "Một số cửa hàng xăng dầu chưa cập nhật kịp quy định mới về phương tiện đo, chưa chủ động kiểm định cột đo nhiên liệu đúng hạn."]
prop = ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục phương tiện đo nhóm 2 hết hạn kiểm định tại các cửa hàng xăng dầu để phối hợp kiểm tra.",
        "Đề nghị Chi cục TĐC tổ chức 01 lớp tập huấn chuyên sâu về đo lường xăng dầu cho công chức Sở trong Quý I/2027."]
h1_workbook(P(f), {
    "parent": "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "unit_upper": "SỞ CÔNG THƯƠNG",
    "title": "BIỂU BÁO CÁO THỐNG KÊ",
    "subtitle": "Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
    "fields": [("Đơn vị báo cáo:", "Sở Công Thương Thành phố Hồ Chí Minh"),
               ("Kèm theo Báo cáo số:", "412/BC-SCT"),
               ("Ngày báo cáo:", datetime.date(2026, 10, 27)),
               ("Kỳ số liệu:", "Từ 01/01/2026 đến 20/10/2026"),
               ("Đơn vị nhận:", "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)"),
               ("Đơn vị lập biểu:", "Phòng Kế hoạch – Tài chính"),
               ("Người lập biểu:", "Trần Thị Ngọc Hân – ĐT: 028 3829 6130")],
    "sheet_title": "SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    "sheet_sub": "(Kèm theo Báo cáo số 412/BC-SCT ngày 27/10/2026 của Sở Công Thương)",
}, [
    ("G", "I", "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN"),
    ("T", "1", "Phổ biến quy định về đo lường, nhãn hàng hóa cho doanh nghiệp thương mại, bán lẻ xăng dầu", "(1)"),
    ("I", "Hội nghị phổ biến đã tổ chức", "Hội nghị", 2, 2, "TT01.1"),
    ("I", "Đại biểu tham dự", "Lượt người", 300, 310, "TT01.2"),
    ("I", "Tin, bài trên Cổng TTĐT Sở và Bản tin Công Thương", "Tin, bài", 12, 14, "TT01.3"),
    ("G", "II", "QUẢN LÝ NHÀ NƯỚC, TIÊU CHUẨN HÓA"),
    ("T", "2", "Góp ý dự thảo TCVN, QCVN thuộc lĩnh vực Công Thương", "(2)"),
    ("I", "Dự thảo TCVN, QCVN đã góp ý", "Dự thảo", None, 6, "QL02.1"),
    ("T", "3", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở", "(3)"),
    ("I", "Kinh phí thực hiện", "Triệu đồng", 40, 38.5, "QL03.1"),
    ("G", "III", "NGUỒN NHÂN LỰC"),
    ("T", "4", "Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "(4)"),
    ("I", "Công chức được cử tham gia", "Lượt người", 10, 12, "NL04.1"),
    ("G", "IV", "KIỂM TRA, GIÁM SÁT"),
    ("T", "5", "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng", "(5)"),
    ("S", "Số cuộc kiểm tra", "Cuộc", 8, 2, "KT05.1"),
    ("C", "Trong đó: theo kế hoạch", "Cuộc", 6, 7, "KT05.1a"),
    ("C", "Trong đó: đột xuất", "Cuộc", 2, 2, "KT05.1b"),
    ("I", "Cơ sở được kiểm tra", "Cơ sở", 60, 64, "KT05.2"),
    ("I", "Cơ sở vi phạm", "Cơ sở", None, 5, "KT05.3"),
    ("I", "Tiền xử phạt vi phạm hành chính", "Triệu đồng", None, 47.5, "KT05.4"),
    ("G", "V", "HỢP TÁC, HỘI NHẬP"),
    ("T", "6", "Cung cấp thông tin về cam kết hàng rào kỹ thuật (TBT) trong các FTA cho doanh nghiệp", "(6)"),
    ("I", "Bản tin hội nhập đã phát hành", "Số", 4, 4, "HT06.1"),
], [
    "(1) Đã tổ chức 02 hội nghị vào tháng 4 và tháng 8/2026 tại Hội trường Sở; nội dung này đã hoàn thành.",
    "(2) Góp ý theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ; đang thực hiện, tiếp tục góp ý khi có yêu cầu.",
    "(3) Đã đánh giá nội bộ tháng 9/2026 và công bố lại hệ thống quản lý chất lượng; hoàn thành.",
    "(4) Hoàn thành.",
    "(5) Số liệu tính đến 20/10/2026; đoàn kiểm tra liên ngành tiếp tục kiểm tra trong Quý IV/2026 – đang thực hiện.",
    "(6) Đang thực hiện (phát hành định kỳ hằng quý).",
], diff, prop, ["TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026", "NGƯỜI LẬP BIỂU", "Trần Thị Ngọc Hân", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
   "Năm 2026", "Thực hiện (01/01–20/10)")
key(f, "SO-CT", "Sở Công Thương", "412/BC-SCT", "2026-10-27", [
    E("II.1.a", "completed", "Phổ biến quy định về đo lường, nhãn hàng hóa cho doanh nghiệp thương mại, bán lẻ xăng dầu: 2 hội nghị, 310 lượt người, 14 tin bài", training_courses=2, participants=310, communications=14),
    E("II.2.e", "in_progress", "Góp ý dự thảo TCVN, QCVN thuộc lĩnh vực Công Thương: 6 dự thảo", standards_reviewed=6),
    E("II.2.đ", "completed", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở: kinh phí 38,5 triệu đồng", budget_spent_vnd=38500000),
    E("II.3.a", "completed", "Cử công chức tham gia tập huấn nghiệp vụ: 12 lượt người", participants=12),
    E("II.5.a", "in_progress", "Phối hợp kiểm tra đo lường, chất lượng xăng dầu: 9 cuộc, 64 cơ sở, 5 vi phạm, 47,5 triệu đồng", inspections=9, establishments_inspected=64, violations=5, fines_vnd=47500000),
    E("II.6.a", "in_progress", "Cung cấp thông tin về cam kết TBT trong các FTA: 4 bản tin hội nhập", communications=4),
], diff, prop)

# --- Sở Y tế ---
f = "SYT_CT38_BieuSoLieu_T10.xlsx"
diff = ["Phương tiện đo dùng trong y tế phân tán ở nhiều cơ sở khám bệnh, chữa bệnh tư nhân; danh mục phải kiểm định thay đổi theo Thông tư mới nên nhiều cơ sở chưa nắm kịp."]
prop = ["Đề nghị Sở Khoa học và Công nghệ phối hợp hướng dẫn danh mục phương tiện đo nhóm 2 trong lĩnh vực y tế.",
        "Kiến nghị Chi cục TĐC chia sẻ kết quả kiểm định phương tiện đo của các bệnh viện trên hệ thống dữ liệu dùng chung."]
h1_workbook(P(f), {
    "parent": "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "unit_upper": "SỞ Y TẾ",
    "title": "BIỂU SỐ LIỆU",
    "subtitle": "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (phần việc của ngành Y tế)",
    "fields": [("Đơn vị báo cáo:", "Sở Y tế Thành phố Hồ Chí Minh"),
               ("Số báo cáo:", "6118/BC-SYT"),
               ("Ngày báo cáo:", datetime.date(2026, 10, 29)),
               ("Kỳ số liệu:", "01/01/2026 – 25/10/2026"),
               ("Nơi nhận:", "Sở Khoa học và Công nghệ; Chi cục Tiêu chuẩn Đo lường Chất lượng"),
               ("Người lập biểu:", "Trần Thị Ngọc Hân (Phòng Kế hoạch – Tài chính)")],
    "sheet_title": "SỐ LIỆU THỰC HIỆN CÁC NỘI DUNG THEO KẾ HOẠCH CT38 NĂM 2026 – NGÀNH Y TẾ",
    "sheet_sub": "(Số liệu đến ngày 25/10/2026)",
}, [
    ("G", "I", "XÂY DỰNG, GÓP Ý QUY CHUẨN"),
    ("T", "1", "Xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sinh hoạt; góp ý dự thảo QCVN về trang thiết bị y tế", "(1)"),
    ("I", "Quy chuẩn đã xây dựng, góp ý", "Quy chuẩn", 4, 3, "QC01"),
    ("G", "II", "KIỂM TRA, HẬU KIỂM"),
    ("T", "2", "Kiểm tra đo lường đối với phương tiện đo dùng trong y tế tại cơ sở khám bệnh, chữa bệnh", "(2)"),
    ("I", "Đoàn kiểm tra", "Đoàn", 5, 4, "KT02.1"),
    ("I", "Cơ sở được kiểm tra", "Cơ sở", 40, 37, "KT02.2"),
    ("I", "Cơ sở vi phạm", "Cơ sở", None, 3, "KT02.3"),
    ("I", "Tiền phạt", "Triệu đồng", None, 18, "KT02.4"),
    ("T", "3", "Hậu kiểm chất lượng mỹ phẩm lưu thông trên thị trường", "(3)"),
    ("I", "Mẫu lấy kiểm nghiệm", "Mẫu", 60, 58, "HK03.1"),
    ("G", "III", "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG, NHÂN LỰC"),
    ("T", "4", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở", "(4)"),
    ("I", "Kinh phí đã sử dụng", "Triệu đồng", 25, 25, "ISO04"),
    ("T", "5", "Cử viên chức tham dự tập huấn do Chi cục TĐC tổ chức", "(5)"),
    ("I", "Viên chức tham gia", "Lượt người", None, 8, "TH05"),
], [
    "(1) Quy chuẩn kỹ thuật địa phương về nước sạch đã trình UBND Thành phố tháng 9/2026; 01 dự thảo QCVN còn chờ Bộ Y tế gửi lấy ý kiến nên nội dung đang thực hiện.",
    "(2) Đang thực hiện; dự kiến kiểm tra thêm 01 đoàn trong tháng 11/2026.",
    "(3) Đã hoàn thành kế hoạch hậu kiểm năm 2026.",
    "(4) Hoàn thành.",
    "(5) Hoàn thành.",
], diff, prop, ["TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "NGƯỜI LẬP BIỂU", "Trần Thị Ngọc Hân", "TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG KẾ HOẠCH – TÀI CHÍNH"],
   "Năm 2026", "Thực hiện đến 25/10")
key(f, "SO-YT", "Sở Y tế", "6118/BC-SYT", "2026-10-29", [
    E("II.2.e", "in_progress", "Xây dựng quy chuẩn kỹ thuật địa phương về nước sạch; góp ý dự thảo QCVN trang thiết bị y tế: 3 quy chuẩn", standards_reviewed=3),
    E("II.5.a", "in_progress", "Kiểm tra đo lường phương tiện đo dùng trong y tế: 4 đoàn, 37 cơ sở, 3 vi phạm, 18 triệu đồng", inspections=4, establishments_inspected=37, violations=3, fines_vnd=18000000),
    E("II.5.b", "completed", "Hậu kiểm chất lượng mỹ phẩm lưu thông: 58 mẫu", samples_tested=58),
    E("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015: kinh phí 25 triệu đồng", budget_spent_vnd=25000000),
    E("II.3.a", "completed", "Cử viên chức tham dự tập huấn do Chi cục TĐC tổ chức: 8 lượt người", participants=8),
], diff, prop)

# --- Sở NN&MT: mistaken (phòng chống thiên tai) ---
f = "SNNMT_BieuSoLieu_PCTT_9T2026.xlsx"
h1_workbook(P(f), {
    "parent": "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "unit_upper": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "title": "BIỂU BÁO CÁO THỐNG KÊ",
    "subtitle": "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026",
    "fields": [("Đơn vị báo cáo:", "Sở Nông nghiệp và Môi trường (Thường trực Ban Chỉ huy PCTT&TKCN Thành phố)"),
               ("Số báo cáo:", "935/BC-SNNMT"),
               ("Ngày báo cáo:", datetime.date(2026, 10, 22)),
               ("Kỳ số liệu:", "01/01/2026 – 30/9/2026"),
               ("Người lập biểu:", "Trần Thị Ngọc Hân")],
    "sheet_title": "SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 9 THÁNG NĂM 2026",
    "sheet_sub": "(Kèm theo Báo cáo số 935/BC-SNNMT ngày 22/10/2026)",
}, [
    ("G", "I", "CÔNG TÁC CHUẨN BỊ"),
    ("T", "1", "Diễn tập phòng, chống thiên tai cấp phường, xã", "(1)"),
    ("I", "Cuộc diễn tập", "Cuộc", 12, 9, "PC01"),
    ("I", "Người tham gia", "Lượt người", 3000, 2460, "PC02"),
    ("T", "2", "Tuyên truyền kỹ năng phòng tránh sạt lở, triều cường", "(2)"),
    ("I", "Tin, bài, phóng sự", "Tin, bài", 80, 96, "PC03"),
    ("G", "II", "KHẮC PHỤC HẬU QUẢ"),
    ("T", "3", "Xử lý điểm sạt lở bờ sông, bờ biển", "(3)"),
    ("I", "Điểm sạt lở được xử lý khẩn cấp", "Điểm", 10, 7, "KP01"),
    ("I", "Kinh phí xử lý", "Triệu đồng", 85000, 61250.5, "KP02"),
], [
    "(1) Còn 03 cuộc diễn tập chuyển sang Quý IV/2026.",
    "(2) Thường xuyên.",
    "(3) 03 điểm đang lập hồ sơ xử lý khẩn cấp.",
], ["Diễn biến triều cường, sạt lở phức tạp, vượt dự báo."],
   ["Đề nghị UBND Thành phố bổ sung kinh phí xử lý khẩn cấp sạt lở năm 2026."],
   ["TP. Hồ Chí Minh, ngày 22 tháng 10 năm 2026", "NGƯỜI LẬP BIỂU", "Trần Thị Ngọc Hân"],
   "Năm 2026", "Thực hiện 9 tháng")
key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "935/BC-SNNMT", "2026-10-22", [], [], [],
    status="rejected", reason="Biểu số liệu về công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")

# ======================= HAND 2: Lê Minh Khoa transposed trackers =======================
f = "TTPTTN_TheoDoiTienDo_CT38_2026.xlsx"
diff = ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa, hiệu chuẩn lớn.",
        "Thủ tục mua sắm thiết bị kéo dài, gói thầu thiết bị đo điện phải đấu thầu lại lần 2."]
prop = ["Đề nghị Sở bố trí bổ sung kinh phí năm 2027 để thay thế hệ thống chuẩn áp suất."]
h2_workbook(P(f), [
    ("Đơn vị:", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    ("Số văn bản:", "287/BC-TTPTTN"),
    ("Ngày:", "26/10/2026"),
    ("Tên báo cáo:", "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM"),
    ("Thời điểm số liệu:", "(Số liệu chốt ngày 20/10/2026)"),
    ("Gửi:", "Chi cục Tiêu chuẩn Đo lường Chất lượng (để tổng hợp)"),
    ("Người lập:", "Lê Minh Khoa – Phòng Kế hoạch – Kinh doanh"),
    ("Người duyệt:", "Phó Giám đốc Trung tâm"),
], [
    ("Quản lý nhà nước về TĐC", ["Đề án 996 – đo lường hỗ trợ DN", "Mở rộng dịch vụ kỹ thuật, xã hội hóa"]),
    ("Nhân lực – Đầu tư", ["Đào tạo cho sinh viên, viên chức", "Đầu tư CSVC, thiết bị", "Duy trì chuẩn đo lường"]),
    ("Kiểm tra, giám sát", ["Thử nghiệm mẫu khảo sát chất lượng"]),
], [
    ("Vai trò của Trung tâm", "", ["Phối hợp", "Phối hợp", "Phối hợp", "Chủ trì", "Phối hợp", "Phối hợp"], "text"),
    ("Thời hạn theo KH", "", ["Quý IV/2026", "Thường xuyên", "Quý II–IV/2026", "Thường xuyên", "Thường xuyên", "Thường xuyên"], "text"),
    ("Việc đã làm", "", ["Chờ Chi cục giao nội dung Quý IV", "Mở rộng 05 phép thử mới lĩnh vực điện – điện tử; cung cấp dịch vụ cho khách hàng",
                         "Phối hợp các trường tổ chức lớp về đo lường, thử nghiệm", "Mua sắm thiết bị thử nghiệm vật liệu, nâng cấp phòng hiệu chuẩn nhiệt",
                         "Gửi chuẩn chính đi hiệu chuẩn, liên kết chuẩn quốc gia", "Thử nghiệm mẫu theo đề nghị của Chi cục"], "text"),
    ("Mẫu thử nghiệm", "mẫu", [None, 14250, None, None, None, 86], "num"),
    ("Phương tiện đo, chuẩn được kiểm định/hiệu chuẩn", "phương tiện", [None, 38600, None, None, 27, None], "num"),
    ("Lớp đào tạo", "lớp", [None, None, 3, None, None, None], "num"),
    ("Học viên", "lượt người", [None, None, 145, None, None, None], "num"),
    ("Kinh phí đã giải ngân", "triệu đồng", [None, None, None, 4215.6, None, None], "money"),
], ("Tiến độ", "", ["Chưa làm", "Đang làm", "Đã xong", "Đang làm", "Đã xong", "Đã xong"], "text"),
   ("Ghi chú", "", ["", "Số liệu dịch vụ lũy kế từ 01/01", "", "Gói thiết bị đo điện đấu thầu lại", "", ""], "text"),
   diff, prop, ["Mẫu thử nghiệm", "Phương tiện đo, chuẩn được kiểm định/hiệu chuẩn", "Lớp đào tạo", "Học viên", "Kinh phí đã giải ngân"],
   ["KH 2.a", "2g", "3.d", "4a", "4-c", "5b"])
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "287/BC-TTPTTN", "2026-10-26", [
    E("II.2.a", "not_started", "Đề án 996 – đo lường hỗ trợ DN: chờ Chi cục giao nội dung Quý IV"),
    E("II.2.g", "in_progress", "Mở rộng dịch vụ kỹ thuật, xã hội hóa: 14.250 mẫu, 38.600 phương tiện đo", samples_tested=14250, instruments_verified=38600),
    E("II.3.d", "completed", "Đào tạo cho sinh viên, viên chức: 3 lớp, 145 lượt người", training_courses=3, participants=145),
    E("II.4.a", "in_progress", "Đầu tư CSVC, thiết bị: kinh phí đã giải ngân 4.215,6 triệu đồng", budget_spent_vnd=4215600000),
    E("II.4.c", "completed", "Duy trì chuẩn đo lường: 27 chuẩn được hiệu chuẩn", instruments_verified=27),
    E("II.5.b", "completed", "Thử nghiệm mẫu khảo sát chất lượng: 86 mẫu", samples_tested=86),
], diff, prop)

f = "PhongCDS_CT38_tiendo.xlsx"
diff = ["Dữ liệu tiêu chuẩn, đo lường, chất lượng của Chi cục đang lưu trên nhiều phần mềm riêng lẻ, chưa chuẩn hóa mã định danh nên khó đồng bộ lên cơ sở dữ liệu quốc gia."]
prop = ["Đề nghị Chi cục TĐC cử đầu mối chuyên trách dữ liệu để phối hợp chuẩn hóa trước ngày 30/11/2026."]
h2_workbook(P(f), [
    ("Đơn vị:", "Phòng Chuyển đổi số – Sở Khoa học và Công nghệ"),
    ("Số văn bản:", "45/BC-CĐS"),
    ("Ngày:", "28/10/2026"),
    ("Tên báo cáo:", "THEO DÕI TIẾN ĐỘ CÁC NỘI DUNG PHỐI HỢP – KẾ HOẠCH CT38/2026 (PHÒNG CHUYỂN ĐỔI SỐ)"),
    ("Thời điểm số liệu:", "(Cập nhật đến 25/10/2026)"),
    ("Gửi:", "Chi cục TĐC"),
    ("Người lập:", "Lê Minh Khoa"),
], [
    ("Tuyên truyền", ["Tin bài TĐC trên Cổng TTĐT Sở"]),
    ("Quản lý nhà nước – hạ tầng số", ["Kết nối Một cửa quốc gia, HT TTHC", "CSDL quốc gia về TĐC"]),
    ("Nhân lực", ["Cử CC dự tập huấn TĐC"]),
], [
    ("Vai trò của Phòng", "", ["Phối hợp", "Phối hợp", "Phối hợp", "Tham gia"], "text"),
    ("Thời hạn theo KH", "", ["Quý I–III/2026", "Quý I/2026", "Thường xuyên", "Quý II–IV/2026"], "text"),
    ("Việc đã làm", "", ["Biên tập, đăng tải trên chuyên mục TĐC", "Cấu hình kết nối, chạy thử, vận hành chính thức từ 28/3/2026",
                         "Nâng cấp phần mềm, chuẩn hóa dữ liệu đợt 1", "Cử công chức dự lớp ngày 18/8/2026"], "text"),
    ("Tin, bài đăng tải", "tin, bài", [23, None, None, None], "num"),
    ("Công chức tham dự", "lượt người", [None, None, None, 4], "num"),
    ("Kinh phí đã giải ngân", "triệu đồng", [None, None, 186.4, None], "money"),
], ("Tiến độ", "", ["Đang làm", "Đã xong", "Đang làm", "Đã xong"], "text"),
   ("Ghi chú", "", ["", "", "Đợt 2 dự kiến tháng 12/2026", ""], "text"),
   diff, prop, ["Tin, bài đăng tải", "Công chức tham dự", "Kinh phí đã giải ngân"],
   ["1a", "2.h", "2i", "3a"])
key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "45/BC-CĐS", "2026-10-28", [
    E("II.1.a", "in_progress", "Tin bài TĐC trên Cổng TTĐT Sở: 23 tin, bài", communications=23),
    E("II.2.h", "completed", "Kết nối Một cửa quốc gia, HT TTHC: vận hành chính thức từ 28/3/2026"),
    E("II.2.i", "in_progress", "CSDL quốc gia về TĐC: kinh phí đã giải ngân 186,4 triệu đồng", budget_spent_vnd=186400000),
    E("II.3.a", "completed", "Cử CC dự tập huấn TĐC: 4 lượt người", participants=4),
], diff, prop)

f = "SXD_CT38_bang_theo_doi.xlsx"
diff = ["Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ không có hồ sơ công bố hợp quy, khó truy xuất nguồn gốc sản phẩm."]
prop = ["Đề nghị Sở Khoa học và Công nghệ cập nhật danh mục sản phẩm vật liệu xây dựng phải chứng nhận hợp quy theo QCVN 16:2023/BXD sửa đổi."]
h2_workbook(P(f), [
    ("Đơn vị:", "Sở Xây dựng Thành phố Hồ Chí Minh"),
    ("Số văn bản:", "10245/BC-SXD"),
    ("Ngày:", "03/11/2026"),
    ("Tên báo cáo:", "BẢNG THEO DÕI KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – SỞ XÂY DỰNG"),
    ("Thời điểm số liệu:", "(Số liệu từ 01/01/2026 đến 31/10/2026)"),
    ("Gửi:", "Sở Khoa học và Công nghệ"),
    ("Người lập:", "Lê Minh Khoa – Phòng Vật liệu xây dựng"),
], [
    ("Tiêu chuẩn, quy chuẩn", ["Góp ý QCVN 16 về sản phẩm VLXD", "ISO 9001 tại cơ quan Sở"]),
    ("Nhân lực", ["Cử CC tập huấn"]),
    ("Kiểm tra, giám sát", ["Kiểm tra chất lượng VLXD lưu thông", "Lấy mẫu VLXD đánh giá chất lượng"]),
], [
    ("Vai trò của Sở", "", ["Chủ trì góp ý ngành", "Thực hiện", "Tham gia", "Phối hợp", "Phối hợp"], "text"),
    ("Thời hạn theo KH", "", ["Quý IV/2026", "Tháng 01–11/2026", "Quý II–IV/2026", "Thường xuyên", "Thường xuyên"], "text"),
    ("Quy chuẩn, tiêu chuẩn góp ý", "văn bản", [4, None, None, None, None], "num"),
    ("Số cuộc kiểm tra", "cuộc", [None, None, None, 6, None], "num"),
    ("Cơ sở được kiểm tra", "cơ sở", [None, None, None, 42, None], "num"),
    ("Cơ sở vi phạm", "cơ sở", [None, None, None, 7, None], "num"),
    ("Tiền phạt", "triệu đồng", [None, None, None, 96, None], "money"),
    ("Mẫu lấy thử nghiệm", "mẫu", [None, None, None, None, 35], "num"),
    ("Công chức tham gia", "lượt người", [None, None, 15, None, None], "num"),
], ("Tiến độ", "", ["Đã xong", "Đã xong", "Đã xong", "Đang làm", "Đã xong"], "text"),
   ("Ghi chú", "", ["Gửi Bộ Xây dựng ngày 15/7/2026", "", "", "Tiếp tục kiểm tra Quý IV", ""], "text"),
   diff, prop, ["Số cuộc kiểm tra", "Cơ sở được kiểm tra", "Cơ sở vi phạm", "Tiền phạt", "Mẫu lấy thử nghiệm"],
   ["2e", "2đ", "3a", "5a", "5b"])
key(f, "SO-XD", "Sở Xây dựng", "10245/BC-SXD", "2026-11-03", [
    E("II.2.e", "completed", "Góp ý QCVN 16 về sản phẩm VLXD: 4 văn bản", standards_reviewed=4),
    E("II.2.đ", "completed", "ISO 9001 tại cơ quan Sở"),
    E("II.3.a", "completed", "Cử CC tập huấn: 15 lượt người", participants=15),
    E("II.5.a", "in_progress", "Kiểm tra chất lượng VLXD lưu thông: 6 cuộc, 42 cơ sở, 7 vi phạm, 96 triệu đồng", inspections=6, establishments_inspected=42, violations=7, fines_vnd=96000000),
    E("II.5.b", "completed", "Lấy mẫu VLXD đánh giá chất lượng: 35 mẫu", samples_tested=35),
], diff, prop)

# ======================= HANDS 3-5 (DOCX) =======================
build_docx_reports(P, key, E)

# ---------------- LibreOffice re-save (as the office did) ----------------
def lo_resave(fname, fmt):
    tmpd = os.path.join(OUT, ".lo_tmp")
    os.makedirs(tmpd, exist_ok=True)
    src = P(fname)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fname), src)
    shutil.rmtree(tmpd)

lo_resave("SXD_CT38_bang_theo_doi.xlsx", "xlsx")
lo_resave("SVHTT_BC_CT38_2026.docx", "docx")

# ---------------- keys ----------------
for k in KEYS:
    with open(P(k["file"]), "rb") as fh:
        k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files written")
