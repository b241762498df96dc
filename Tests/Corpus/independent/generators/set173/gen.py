# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
OUT = os.path.dirname(os.path.abspath(__file__))
def dots(n): return f"{n:,}".replace(",", ".")
def trieu(n):
    t = n/1_000_000
    s = (f"{t:.1f}".rstrip("0").rstrip(".").replace(".", ",") if t != int(t) else dots(int(t)))
    return s + " triệu đồng"
def ymd(d): dd, mm, yy = d.split("/"); return f"{yy}-{mm}-{dd}"

# noun per indicator
NOUN = {"training_courses": "lớp", "participants": "lượt người", "communications": "tin, bài",
 "enterprises_supported": "doanh nghiệp", "inspections": "cuộc", "establishments_inspected": "cơ sở",
 "violations": "vi phạm", "fines_vnd": "đồng", "samples_tested": "mẫu", "instruments_verified": "phương tiện đo",
 "standards_reviewed": "dự thảo TCVN/QCVN", "budget_spent_vnd": "đồng"}
LABEL = {"training_courses": "Số lớp/hội nghị", "participants": "Số lượt người tham dự", "communications": "Tin, bài tuyên truyền",
 "enterprises_supported": "DN được hướng dẫn, hỗ trợ", "inspections": "Số cuộc kiểm tra", "establishments_inspected": "Số cơ sở được kiểm tra",
 "violations": "Số cơ sở vi phạm", "fines_vnd": "Tiền phạt VPHC", "samples_tested": "Số mẫu lấy/khảo sát", "instruments_verified": "Phương tiện đo kiểm định, hiệu chuẩn",
 "standards_reviewed": "Dự thảo TC, QC góp ý", "budget_spent_vnd": "Kinh phí đã giải ngân"}

REPORTS = []
def R(**k): REPORTS.append(k)

# ---------------- HAND 1: technical tracker (XLSX) ----------------
H1ST = {"completed": "OK – đã xong", "in_progress": "Đang chạy", "not_started": "Chưa chạy", "not_applicable": "N/A (không PS)", "unknown": ""}
R(hand=1, file="cctdc-tracker-ct38-11T-2026.xlsx", uid="SKHCN-CCTDC", uname="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
  number="1587/BC-CCTĐC", date="20/11/2026", author="KS. Trần Minh Khoa – Phòng Quản lý Đo lường",
  tasks=[
   ("II.1.a", "Tập huấn VBQPPL TĐC cho DN + tọa đàm DN nhập khẩu", "completed", {"training_courses": 4, "participants": 386}, "3 lớp tập huấn tại Q.I–III và 01 buổi tọa đàm DN nhập khẩu ngày 18/9"),
   ("II.1.b", "Vận động DN tham dự GTCLQG 2026", "completed", {"enterprises_supported": 14}, "Gửi thư mời, hướng dẫn hồ sơ; 14 DN nộp hồ sơ"),
   ("II.2.a", "NSCL 1322/36 – ĐA 996 – ĐA 100 (truy xuất nguồn gốc)", "in_progress", {"enterprises_supported": 22, "budget_spent_vnd": 118500000}, "Hỗ trợ 22 DN áp dụng công cụ NSCL, TXNG; hồ sơ nghiệm thu đợt 2 đang làm"),
   ("II.2.d", "Hướng dẫn công bố hợp chuẩn/hợp quy, HTQLCL", "completed", {"enterprises_supported": 1246}, "Tiếp nhận, hướng dẫn hồ sơ công bố tại bộ phận một cửa"),
   ("II.2.e", "Góp ý dự thảo TCVN/QCVN; QCĐP", "in_progress", {"standards_reviewed": 27}, "Góp ý theo đề nghị của Bộ, Ủy ban TĐC QG; QCĐP chưa có"),
   ("II.3.a", "Cử CBCC dự tập huấn, hội thảo chuyên sâu", "completed", {"participants": 31}, "Cử công chức dự các khóa của Ủy ban TĐC QG, Trung tâm đào tạo"),
   ("II.4.b", "Kiểm định/hiệu chuẩn PTTB kỹ thuật nghiệp vụ (NĐ 135)", "in_progress", {"instruments_verified": 58}, "Đã gửi hiệu chuẩn 58 thiết bị; còn 06 cân chuẩn chờ lịch"),
   ("II.5.a", "Kiểm tra nhà nước TĐC hàng hóa lưu thông, SX, NK", "in_progress", {"inspections": 9, "establishments_inspected": 142, "violations": 17, "fines_vnd": 236750000}, "Theo KH kiểm tra năm; 02 đoàn còn chờ kết luận"),
   ("II.5.b", "Khảo sát chất lượng SP HH (xăng dầu, mũ BH, đồ chơi)", "completed", {"samples_tested": 96}, "Kết quả gửi Phòng KT-PC, thông tin cảnh báo"),
   ("II.5.c", "Phối hợp UBND phường/xã/đặc khu – nội dung phân quyền", "in_progress", {"inspections": 21}, "Phối hợp 21 cuộc kiểm tra với UBND cấp xã"),
  ],
  diff=["Số lượng công chức làm công tác kiểm tra còn mỏng so với khối lượng 168 xã, phường, đặc khu.",
        "Kinh phí lấy mẫu khảo sát chất lượng chưa đủ cho các nhóm hàng có rủi ro cao."],
  prop=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 cho nhóm hàng điện – điện tử.",
        "Đề nghị Sở có văn bản đôn đốc UBND cấp xã cử đầu mối theo dõi công tác TĐC."])
R(hand=1, file="TTPTTN_theo-doi-CT38_2026.xlsx", uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
  number="412/BC-TTPTTN", date="17/11/2026", author="ThS. Đặng Văn Lực – Phòng Kỹ thuật",
  tasks=[
   ("II.4.a", "Đầu tư thiết bị PTN – hiện đại hóa chuẩn", "in_progress", {"budget_spent_vnd": 2430000000}, "Gói thầu máy sắc ký đã ký HĐ; gói 2 đang thẩm định giá"),
   ("II.4.c", "Duy trì chuẩn đo lường – liên kết chuẩn QG", "completed", {"instruments_verified": 212}, "Hiệu chuẩn/liên kết chuẩn khối lượng, áp suất, nhiệt độ"),
   ("II.2.g", "Mở rộng phạm vi dịch vụ KĐ/HC/TN", "in_progress", {}, "Đăng ký bổ sung lĩnh vực thử nghiệm điện – điện tử; chờ Tổng cục đánh giá"),
   ("II.3.d", "Đào tạo SV thực tập đo lường, thử nghiệm", "completed", {"training_courses": 3, "participants": 74}, "03 đợt thực tập cho SV ĐH Bách khoa, CĐ Kỹ thuật Cao Thắng"),
  ],
  diff=["Thiết bị thử nghiệm điện – điện tử phải thuê đơn vị ngoài hiệu chuẩn, chi phí cao."],
  prop=["Kiến nghị Sở ưu tiên bố trí vốn năm 2027 cho dự án nâng cấp phòng thử nghiệm điện – điện tử."])
R(hand=1, file="KTPC-sheet-CT38-BC-nam.xlsx", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
  number="98/BC-KTPC", date="16/11/2026", author="CV. Võ Thanh Tùng",
  tasks=[
   ("II.5.a", "Phối hợp Chi cục kiểm tra TĐC (đoàn liên ngành)", "completed", {"inspections": 4, "establishments_inspected": 36, "violations": 5}, "Tham gia 04 đoàn do Chi cục chủ trì"),
   ("II.5.b", "Tiếp nhận KQ khảo sát CL – đưa vào KH thanh tra", "completed", {}, "Đã đưa 03 nhóm hàng vào KH thanh tra năm 2027"),
   ("II.5.d", "Xử lý đơn thư, bảo vệ người tố giác", "not_applicable", {}, "Trong kỳ không phát sinh đơn tố giác về TĐC"),
   ("II.2.c", "Góp ý dự thảo luật, NĐ về TĐC", "completed", {"standards_reviewed": 5}, "Góp ý 05 dự thảo văn bản (Luật TC&QCKT sửa đổi, NĐ hướng dẫn)"),
   ("II.4.b", "Rà soát PTTB kỹ thuật nghiệp vụ phục vụ XPVPHC", "not_started", {}, "Chưa rà soát, chờ Chi cục tổng hợp danh mục"),
  ],
  diff=[], prop=["Đề nghị Chi cục gửi danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ trước ngày 15/12/2026 để Phòng rà soát."])
R(hand=1, file="SCT_CT38_tong-hop-11thang.xlsx", uid="SO-CT", uname="Sở Công Thương",
  number="5217/SCT-QLTM", date="24/11/2026", author="Phòng Quản lý Thương mại – CV. Lâm Hữu Phước",
  tasks=[
   ("II.5.a", "Kiểm tra CL xăng dầu, khí, hàng CN lưu thông (phối hợp)", "in_progress", {"inspections": 12, "establishments_inspected": 87, "violations": 9, "fines_vnd": 184000000}, "Phối hợp Chi cục TĐC, Đội QLTT; đợt cao điểm Tết 2027 chưa bắt đầu"),
   ("II.2.e", "Góp ý QCVN ngành Công Thương", "completed", {"standards_reviewed": 6}, "Góp ý 06 dự thảo QCVN (an toàn điện, hóa chất, thép)"),
   ("II.1.a", "Cử cán bộ, DN dự tập huấn pháp luật TĐC", "completed", {"participants": 45}, "DN ngành xăng dầu, gas tham dự lớp do Chi cục tổ chức"),
  ],
  diff=["Một số cửa hàng xăng dầu thay đổi chủ sở hữu, khó xác định đối tượng kiểm tra."],
  prop=["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng xăng dầu theo quý."])

# ---------------- HAND 2: bảng kiểm điểm (DOCX) ----------------
H2ST = {"completed": "Xong, đã lưu hồ sơ", "in_progress": "Chưa xong, chuyển sang tháng 12", "not_started": "Chưa bắt đầu", "not_applicable": "Phòng không có phần việc", "unknown": "—"}
R(hand=2, file="VP So - BC ket qua CT38 nam 2026.docx", uid="SKHCN-VP", uname="Văn phòng Sở Khoa học và Công nghệ",
  number="233/BC-VP", date="19/11/2026", signer="Huỳnh Thị Mai Anh", title="CHÁNH VĂN PHÒNG",
  tasks=[
   ("II.2.đ", "Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở", "completed", {"training_courses": 1, "participants": 42}, "Đánh giá nội bộ; cập nhật 118 quy trình; 01 lớp đánh giá viên nội bộ"),
   ("II.2.h", "Cải tiến hệ thống TTHC lĩnh vực TĐC (phần một cửa)", "in_progress", {}, "Đã chuẩn hóa biểu mẫu; kết nối NSW chờ Bộ mở API"),
   ("II.4.a", "Bố trí kinh phí mua sắm thiết bị cho đơn vị sự nghiệp", "completed", {"budget_spent_vnd": 1250000000}, "Tham mưu phân bổ và thanh toán đợt 1"),
   ("II.5.d", "Khen thưởng tổ chức, cá nhân có thành tích TĐC", "not_started", {}, "Chờ tổng kết năm"),
  ],
  diff=["Việc kết nối liên thông với Cổng thông tin một cửa quốc gia phụ thuộc tiến độ của Bộ."],
  prop=["Đề nghị Chi cục tổng hợp danh sách đề nghị khen thưởng trước ngày 10/12/2026."])
R(hand=2, file="QLKH_baocao_CT38_2026.docx", uid="SKHCN-QLKH", uname="Phòng Quản lý Khoa học",
  number="87/BC-QLKH", date="25/11/2026", signer="Tô Hoài Nam", title="TRƯỞNG PHÒNG",
  tasks=[
   ("II.3.c", "Thu hút chuyên gia theo NQ 27/2023 và QĐ 05/2026", "in_progress", {}, "Tiếp nhận 03 hồ sơ chuyên gia đo lường, đang thẩm định"),
   ("II.3.b", "Phối hợp mở khóa bồi dưỡng năng suất chất lượng", "completed", {"training_courses": 2, "participants": 118}, "Phối hợp Chi cục tổ chức 02 khóa chuyên gia năng suất"),
   ("II.2.a", "Thẩm định nhiệm vụ KH&CN về năng suất, truy xuất nguồn gốc", "completed", {"budget_spent_vnd": 650000000}, "Nghiệm thu 02 nhiệm vụ; giải ngân theo hợp đồng"),
  ],
  diff=["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia trong lĩnh vực đo lường."],
  prop=[])
R(hand=2, file="P.CDS - kiem diem CT38 (11 thang).docx", uid="SKHCN-CDS", uname="Phòng Chuyển đổi số",
  number="61/BC-CĐS", date="18/11/2026", signer="Trịnh Gia Huy", title="PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH",
  tasks=[
   ("II.2.h", "Hoàn thiện phần mềm một cửa TTHC TĐC, liên thông NSW", "completed", {}, "Nâng cấp module đăng ký kiểm tra NK; chạy thử từ 01/10"),
   ("II.2.i", "Kết nối CSDL quốc gia về TĐC", "in_progress", {}, "Đã đồng bộ danh mục TCVN; dữ liệu phương tiện đo chưa đồng bộ"),
   ("II.1.a", "Hỗ trợ kỹ thuật tập huấn trực tuyến", "not_applicable", {}, "Năm 2026 các lớp tổ chức trực tiếp"),
  ],
  diff=["Cơ sở dữ liệu quốc gia về TĐC chưa công bố đầy đủ chuẩn dữ liệu trao đổi."],
  prop=["Đề nghị Sở đề xuất Bộ Khoa học và Công nghệ ban hành tài liệu đặc tả API của cơ sở dữ liệu quốc gia."])
R(hand=2, file="SYT_phoi-hop-CT38_2026.docx", uid="SO-YT", uname="Sở Y tế",
  number="9104/SYT-NVY", date="27/11/2026", signer="Nguyễn Hoàng Phúc", title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
  tasks=[
   ("II.2.e", "Góp ý dự thảo QCVN trang thiết bị y tế, mỹ phẩm", "completed", {"standards_reviewed": 4}, "Góp ý 04 dự thảo theo đề nghị Bộ Y tế"),
   ("II.2.đ", "Duy trì ISO 9001 tại Sở và các đơn vị trực thuộc", "completed", {}, "Đã công bố HTQLCL phù hợp"),
   ("II.5.a", "Kiểm tra phương tiện đo nhóm 2 tại cơ sở khám chữa bệnh", "in_progress", {"inspections": 3, "establishments_inspected": 19, "instruments_verified": 640}, "Phối hợp Chi cục TĐC; rà soát huyết áp kế, cân sức khỏe"),
  ],
  diff=[], prop=["Đề nghị Chi cục TĐC hướng dẫn danh mục phương tiện đo y tế phải kiểm định định kỳ."])

# ---------------- HAND 3: ward biểu (XLSX) ----------------
H3ST = {"completed": "Hoàn tất", "in_progress": "Còn tiếp", "not_started": "Chưa triển khai", "not_applicable": "Không có việc", "unknown": ""}
R(hand=3, file="PhuLoi_bieu_CT38_T11.xlsx", uid="25750", uname="Phường Phú Lợi", number="412/BC-UBND", date="21/11/2026",
  author="Phạm Quốc Bảo – Phòng Kinh tế, Hạ tầng và Đô thị",
  tasks=[
   ("II.5.c", "Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng", "completed", {"inspections": 3, "establishments_inspected": 28, "violations": 4, "fines_vnd": 7500000}, "Chợ Phú Lợi, chợ Chánh Nghĩa, cửa hàng xăng dầu"),
   ("II.1.a", "Tuyên truyền pháp luật TĐC trên loa, trang TTĐT", "completed", {"communications": 16}, "Đài truyền thanh phường, Zalo khu phố"),
   ("II.3.a", "Cử cán bộ dự tập huấn của Sở", "completed", {"participants": 3}, "Lớp tháng 8/2026"),
   ("II.2.đ", "Duy trì ISO 9001 tại Bộ phận một cửa", "in_progress", {}, "Chờ đánh giá nội bộ tháng 12"),
  ],
  diff=["Phường chưa có cân đối chứng đạt chuẩn đặt tại chợ."], prop=["Đề nghị Chi cục hỗ trợ 02 cân đối chứng cho chợ Phú Lợi."])
R(hand=3, file="TangNhonPhu-CT38-bieu-nam-2026.xlsx", uid="26842", uname="Phường Tăng Nhơn Phú", number="1033/BC-UBND", date="26/11/2026",
  author="Lê Ngọc Trâm – chuyên viên Phòng Kinh tế",
  tasks=[
   ("II.5.c", "Phối hợp Chi cục kiểm tra cơ sở KD vàng, xăng dầu", "in_progress", {"inspections": 2, "establishments_inspected": 15, "violations": 1, "fines_vnd": 3000000}, "Đợt 2 kiểm tra vàng trang sức còn chờ lịch"),
   ("II.1.a", "Phát tờ rơi, tuyên truyền cơ sở kinh doanh", "completed", {"communications": 500}, "Tờ rơi do Chi cục cung cấp"),
   ("II.5.a", "Kiểm tra hàng đóng gói sẵn", "not_started", {}, "Chưa có kế hoạch"),
  ],
  diff=["Cán bộ phụ trách kiêm nhiệm nhiều lĩnh vực.", "Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường."],
  prop=["Đề nghị Sở tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức cấp xã đầu năm 2027."])
R(hand=3, file="XaAnLong_CT38_bao-cao-11T.xlsx", uid="25867", uname="Xã An Long", number="276/BC-UBND", date="23/11/2026",
  author="Trần Thị Kim Ngân – VP HĐND và UBND xã",
  tasks=[
   ("II.5.c", "Kiểm tra cân tại chợ, điểm thu mua nông sản", "completed", {"inspections": 2, "establishments_inspected": 11}, "Không phát hiện vi phạm"),
   ("II.1.a", "Tuyên truyền trên loa truyền thanh ấp", "completed", {"communications": 24}, "Phát 2 lần/tháng"),
   ("II.2.a", "Hỗ trợ HTX đăng ký mã QR truy xuất nguồn gốc", "in_progress", {"enterprises_supported": 5}, "05 HTX nông sản"),
   ("II.5.d", "Xử lý phản ánh về gian lận cân", "not_applicable", {}, ""),
  ],
  diff=["Địa bàn rộng, điểm thu mua nông sản phân tán."], prop=[])
R(hand=3, file="DK-ConDao_bieu-TĐC_2026.xlsx", uid="26732", uname="Đặc khu Côn Đảo", number="188/BC-UBND", date="28/11/2026",
  author="Nguyễn Văn Sang – Phòng Kinh tế đặc khu",
  tasks=[
   ("II.5.c", "Kiểm tra đo lường xăng dầu, hàng đóng gói tại cảng, chợ", "completed", {"inspections": 1, "establishments_inspected": 9, "violations": 2, "fines_vnd": 5000000}, "Phối hợp đoàn Chi cục ra đảo tháng 7"),
   ("II.1.a", "Thông tin TĐC trên Trang TTĐT đặc khu", "completed", {"communications": 6}, ""),
   ("II.3.a", "Cán bộ tham gia tập huấn trực tuyến", "completed", {"participants": 2}, ""),
  ],
  diff=["Đi lại giữa đảo và đất liền phụ thuộc thời tiết, khó bố trí đoàn kiểm tra."],
  prop=["Đề nghị Chi cục bố trí kiểm định phương tiện đo tại chỗ cho các cửa hàng xăng dầu trên đảo."])
R(hand=3, file="HoTram_bieu_T11_2026.xlsx", uid="26620", uname="Xã Hồ Tràm", number="301/BC-UBND", date="22/11/2026",
  author="Đỗ Minh Hiếu – Phòng Kinh tế xã", mistaken="phòng chống thiên tai và tìm kiếm cứu nạn",
  tasks=[], diff=[], prop=[])

# ---------------- HAND 4: "Chốt đến" narrative (DOCX) ----------------
H4ST = {"completed": "đã hoàn thành", "in_progress": "đang thực hiện, chưa kết thúc", "not_started": "chưa thực hiện", "not_applicable": "không phát sinh", "unknown": None}
R(hand=4, file="SGDDT-BC-CT38-nam2026.docx", uid="SO-GDDT", uname="Sở Giáo dục và Đào tạo", number="6128/BC-SGDĐT", date="20/11/2026",
  signer="Phan Thị Thu Hương", title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", chot="20/11/2026",
  tasks=[
   ("II.3.d", "đưa nội dung tiêu chuẩn, đo lường, mã số mã vạch vào hoạt động ngoại khóa của các trường cao đẳng, trung cấp trực thuộc", "in_progress", {"training_courses": 7, "participants": 1240}, "tổ chức chuyên đề ngoại khóa tại 07 trường"),
   ("II.1.a", "phổ biến văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng tới cán bộ quản lý thiết bị trường học", "completed", {"training_courses": 1, "participants": 210}, "lồng ghép vào hội nghị chuyên đề thiết bị dạy học"),
   ("II.2.đ", "duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "completed", {}, "đã rà soát, cập nhật quy trình nội bộ"),
   ("II.5.a", "kiểm tra chất lượng thiết bị dạy học, đồ chơi trong trường mầm non", "unknown", {"inspections": 2, "establishments_inspected": 14}, "phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng"),
  ],
  diff=["Chưa có giáo trình thống nhất về tiêu chuẩn, đo lường cho khối trung cấp, cao đẳng."],
  prop=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền phù hợp với học sinh, sinh viên."])
R(hand=4, file="SXD_bao-cao-CDS-11thang.docx", uid="SO-XD", uname="Sở Xây dựng", number="14230/BC-SXD", date="25/11/2026",
  signer="Lý Quang Thành", title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", chot="25/11/2026", mistaken="chuyển đổi số",
  tasks=[], diff=[], prop=[])
R(hand=4, file="BenCat - BC CT38 nam 2026.docx", uid="25813", uname="Phường Bến Cát", number="517/BC-UBND", date="29/11/2026",
  signer="Huỳnh Văn Lợi", title="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", chot="27/11/2026",
  tasks=[
   ("II.5.c", "phối hợp Chi cục kiểm tra đo lường, chất lượng tại các cửa hàng xăng dầu và cơ sở kinh doanh vàng trên địa bàn phường", "completed", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 12500000}, ""),
   ("II.1.a", "tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh", "completed", {"communications": 12, "participants": 150}, "qua hội nghị khu phố và loa truyền thanh"),
   ("II.3.a", "cử công chức tham gia tập huấn nghiệp vụ do Sở tổ chức", "completed", {"participants": 2}, ""),
   ("II.2.đ", "áp dụng ISO 9001 tại Trung tâm phục vụ hành chính công phường", "in_progress", {}, "đang xây dựng lại quy trình sau sáp nhập"),
  ],
  diff=["Sau sắp xếp đơn vị hành chính, phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
  prop=["Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể nội dung phân quyền cho cấp xã trong kiểm tra đo lường."])

def zp(n): return f"{n:02d}" if n < 10 else str(n)
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def dlong(d): dd, mm, yy = d.split("/"); return f"ngày {dd} tháng {mm} năm {yy}"

def parent(r):
    if r["uid"].startswith("SKHCN"): return "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    if r["uid"].startswith("SO"): return "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"
    return "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"

# ---------- H1 ----------
def h1(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "TRACKER"
    ws["A1"] = r["uname"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số: {r['number']}"; ws["F2"] = f"Cập nhật: {r['date']}"
    ws["A3"] = "THEO DÕI TIẾN ĐỘ KH TRIỂN KHAI CT 38-CT/TW NĂM 2026 – số liệu 11 tháng (chốt 15/11/2026)"
    ws["A3"].font = Font(bold=True, size=12)
    hdr = ["ID", "Hạng mục", "Chỉ tiêu đo", "Giá trị", "Đơn vị", "Tình trạng", "Mô tả / ghi chú kỹ thuật", "Người cập nhật"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496"); c.border = BOX
    row = 6; pre = r["uid"].split("-")[-1][:4]
    inits = "".join(w[0] for w in r["author"].split("–")[0].replace("KS.","").replace("ThS.","").replace("CV.","").split())
    for k, (code, name, st, ind, desc) in enumerate(r["tasks"], 1):
        items = list(ind.items()) or [(None, None)]
        for j, (iid, v) in enumerate(items):
            ws.cell(row, 1, f"{pre}-26-{k:02d}")
            if j == 0:
                ws.cell(row, 2, name); ws.cell(row, 6, H1ST[st]); ws.cell(row, 7, desc); ws.cell(row, 8, inits)
            if iid:
                ws.cell(row, 3, LABEL[iid]); c = ws.cell(row, 4, v); c.number_format = "#,##0"
                ws.cell(row, 5, "đồng" if iid.endswith("vnd") else NOUN[iid])
            else:
                ws.cell(row, 3, "—")
            for cc in range(1, 9): ws.cell(row, cc).border = BOX
            row += 1
    ws.auto_filter.ref = f"A5:H{row-1}"; ws.freeze_panes = "C6"
    for col, w in zip("ABCDEFGH", [12, 48, 30, 14, 14, 18, 55, 10]): ws.column_dimensions[col].width = w
    ws.cell(row + 1, 1, f"Lập bảng: {r['author']}")
    ws.cell(row + 2, 1, f"TP. Hồ Chí Minh, {dlong(r['date'])}")
    v = wb.create_sheet("VUONG_MAC")
    v.append(["Loại", "Nội dung", "Gửi tới"])
    for d in r["diff"]: v.append(["Vướng mắc", d, ""])
    for p in r["prop"]: v.append(["Kiến nghị", p, "Sở KH&CN"])
    if not r["diff"] and not r["prop"]: v.append(["—", "Không", ""])
    v.column_dimensions["B"].width = 100
    lg = wb.create_sheet("chu_giai")
    for s_ in H1ST.values():
        if s_: lg.append([s_])
    wb.save(path)

def h2fig(iid, v):
    if iid.endswith("vnd"): return trieu(v)
    return f"{v} {NOUN[iid]}"
def para(doc, text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(); run = p.add_run(text); run.bold = bold; run.italic = italic
    if size: run.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p
def header(doc, r, left2):
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = parent(r) + "\n" + left2
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = f"Số: {r['number']}"
    t.cell(1, 1).text = f"Thành phố Hồ Chí Minh, {dlong(r['date'])}"
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rn in p.runs: rn.bold = True
    for p in t.cell(1, 1).paragraphs:
        for rn in p.runs: rn.italic = True

def h2(r, path):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    header(doc, r, r["uname"].upper() if not r["uid"].startswith("SKHCN-VP") else "VĂN PHÒNG")
    para(doc, "BÁO CÁO", True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu 11 tháng, ước cả năm)", True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {r['uname']} rà soát phần việc được giao và kiểm điểm như bảng dưới đây (phần việc nào không được giao thì không liệt kê).")
    para(doc, "I. BẢNG KIỂM ĐIỂM PHẦN VIỆC ĐƯỢC GIAO", True)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["STT", "Nhiệm vụ (theo cách gọi của đơn vị)", "Sản phẩm cụ thể", "Số lượng (ghi rõ đơn vị)", "Kết luận về tiến độ"]):
        t.rows[0].cells[i].text = h
        for rn in t.rows[0].cells[i].paragraphs[0].runs: rn.bold = True
    for k, (code, name, s_, ind, desc) in enumerate(r["tasks"], 1):
        c = t.add_row().cells
        c[0].text = str(k); c[1].text = name; c[2].text = desc
        c[3].text = "\n".join(h2fig(i, v) for i, v in ind.items()) if ind else "–"
        c[4].text = H2ST[s_]
    para(doc, "II. VƯỚNG MẮC", True)
    for d in (r["diff"] or ["Không có."]): para(doc, "- " + d)
    para(doc, "III. ĐỀ NGHỊ", True)
    for p_ in (r["prop"] or ["Không có."]): para(doc, "- " + p_)
    t2 = doc.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lãnh đạo Sở (để b/c);\n- Lưu: VT."
    t2.cell(0, 1).text = f"{r['title']}\n\n\n\n{r['signer']}"
    for p in t2.cell(0, 1).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)

def h3res(ind):
    L = {"inspections": "Số đợt", "establishments_inspected": "Số cơ sở", "violations": "Vi phạm", "fines_vnd": "Phạt",
         "communications": "Tin bài/tờ rơi", "participants": "Người dự", "enterprises_supported": "HTX/DN hỗ trợ"}
    out = []
    for i, v in ind.items():
        out.append(f"{L[i]}: {dots(v)}đ" if i.endswith("vnd") else f"{L[i]}: {zp(v)}")
    return " – ".join(out)

def h3(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "CT38_T11"
    ws["A1"] = "UBND " + r["uname"].upper(); ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A2"] = f"Số: {r['number']}"; ws["D3"] = f"{r['uname']}, {dlong(r['date'])}"
    if r.get("mistaken"):
        ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026 (đến tháng 11)"
        rows = [("Kiện toàn Ban Chỉ huy PCTT và TKCN xã", "QĐ số 45/QĐ-UBND ngày 12/3/2026", "Hoàn tất", ""),
                ("Diễn tập ứng phó bão, triều cường", "Số buổi: 01 – Người tham gia: 120", "Hoàn tất", "ấp Hồ Tràm, ấp Phước Trung"),
                ("Chuẩn bị vật tư 4 tại chỗ", "Bao cát: 2.000 – Áo phao: 150", "Còn tiếp", ""),
                ("Rà soát hộ dân vùng sạt lở ven biển", "Số hộ: 37", "Hoàn tất", "")]
    else:
        ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (tính đến tháng 11) – theo Kế hoạch của Sở KH&CN triển khai CT 38-CT/TW"
        rows = [(name, h3res(ind) if ind else "", H3ST[s_], desc) for (code, name, s_, ind, desc) in r["tasks"]]
    ws["A5"].font = Font(bold=True); ws.merge_cells("A5:E5"); ws["A5"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Việc xã/phường đã làm", "Kết quả (số liệu)", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="FFF2CC")
    row = 8
    for k, rw in enumerate(rows, 1):
        ws.cell(row, 1, k)
        for j, v in enumerate(rw, 2): ws.cell(row, j, v).alignment = Alignment(wrap_text=True, vertical="top")
        for cc in range(1, 6): ws.cell(row, cc).border = BOX
        row += 1
    row += 1
    if not r.get("mistaken"):
        ws.cell(row, 2, "KHÓ KHĂN:").font = Font(bold=True); row += 1
        for d in (r["diff"] or ["Không"]): ws.cell(row, 2, "+ " + d); row += 1
        ws.cell(row, 2, "ĐỀ XUẤT:").font = Font(bold=True); row += 1
        for p in (r["prop"] or ["Không"]): ws.cell(row, 2, "+ " + p); row += 1
    row += 1
    ws.cell(row, 2, "Người lập biểu"); ws.cell(row, 4, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    ws.cell(row + 4, 2, r["author"])
    for col, w in zip("ABCDE", [5, 48, 48, 16, 36]): ws.column_dimensions[col].width = w
    wb.save(path)

def h4fig(ind):
    f = {"inspections": lambda v: f"{zp(v)} cuộc kiểm tra", "establishments_inspected": lambda v: f"{zp(v)} cơ sở",
         "violations": lambda v: f"{zp(v)} cơ sở vi phạm", "fines_vnd": lambda v: f"xử phạt {dots(v)} đồng",
         "training_courses": lambda v: f"{zp(v)} lớp/hội nghị", "participants": lambda v: f"{dots(v)} lượt người tham dự",
         "communications": lambda v: f"{zp(v)} tin, bài"}
    return ", ".join(f[i](v) for i, v in ind.items())

def h4(r, path):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
    left2 = r["uname"].upper() if r["uid"].startswith("SO") else "ỦY BAN NHÂN DÂN\n" + r["uname"].upper()
    header(doc, r, left2 if r["uid"].startswith("SO") else "")
    if not r["uid"].startswith("SO"):
        doc.tables[0].cell(0, 0).text = "ỦY BAN NHÂN DÂN\n" + r["uname"].upper()
        doc.tables[0].cell(1, 1).text = r["uname"].split(" ", 1)[1] + ", " + dlong(r["date"])
    short = "Sở" if r["uid"].startswith("SO") else ("Phường" if "Phường" in r["uname"] else "Xã")
    if r.get("mistaken"):
        para(doc, "BÁO CÁO", True, align="c")
        para(doc, "Kết quả thực hiện chuyển đổi số 11 tháng năm 2026 và nhiệm vụ trọng tâm tháng 12/2026", True, align="c")
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
        para(doc, f"Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, {r['uname']} báo cáo kết quả như sau:")
        para(doc, "1. Kết quả thực hiện", True)
        for s_ in ["- Về dịch vụ công trực tuyến: Sở đã cung cấp 96 thủ tục hành chính trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt 87,4%. Chốt đến 25/11/2026: đang thực hiện.",
                   "- Về cơ sở dữ liệu chuyên ngành: hoàn thành số hóa 41.200 hồ sơ cấp phép xây dựng, kết nối với Kho dữ liệu dùng chung của Thành phố. Chốt đến 25/11/2026: đã hoàn thành.",
                   "- Về hạ tầng và an toàn thông tin: triển khai giám sát an toàn thông tin 24/7 theo mô hình 4 lớp. Chốt đến 25/11/2026: đã hoàn thành."]:
            para(doc, s_)
        para(doc, "2. Khó khăn, vướng mắc", True)
        para(doc, "- Nhân lực chuyên trách công nghệ thông tin còn thiếu.")
        para(doc, "3. Kiến nghị", True)
        para(doc, "- Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối nền tảng tích hợp, chia sẻ dữ liệu (LGSP).")
    else:
        para(doc, "BÁO CÁO", True, align="c")
        para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", True, align="c")
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {r['uname']} báo cáo kết quả thực hiện (số liệu chốt đến ngày {r['chot']}) như sau:")
        para(doc, "1. Kết quả thực hiện", True)
        for (code, name, s_, ind, desc) in r["tasks"]:
            txt = f"- Về việc {name}: {short} đã triển khai"
            if desc: txt += f", {desc}"
            if ind: txt += f"; kết quả gồm {h4fig(ind)}"
            txt += "."
            if H4ST[s_]: txt += f" Chốt đến {r['chot']}: {H4ST[s_]}."
            para(doc, txt)
        para(doc, "2. Khó khăn, vướng mắc", True)
        for d in (r["diff"] or ["Không có."]): para(doc, "- " + d)
        para(doc, "3. Kiến nghị, đề xuất", True)
        for p_ in (r["prop"] or ["Không có."]): para(doc, "- " + p_)
    t2 = doc.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    t2.cell(0, 1).text = f"{r['title']}\n\n\n\n{r['signer']}"
    doc.save(path)

def h4text(r, t):
    code, name, s_, ind, desc = t
    return f"{name}" + (f", {desc}" if desc else "") + (f"; {h4fig(ind)}" if ind else "")

RESAVE = {"PhuLoi_bieu_CT38_T11.xlsx", "BenCat - BC CT38 nam 2026.docx"}
for r in REPORTS:
    path = os.path.join(OUT, r["file"])
    {1: h1, 2: h2, 3: h3, 4: h4}[r["hand"]](r, path)
    if r["file"] in RESAVE:
        ext = path.rsplit(".", 1)[1]; tmp = "/tmp/lo173"; shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    mis = r.get("mistaken")
    key = {"file": r["file"], "sha256": sha, "status": "rejected" if mis else "extracted",
           "reason": (f"Không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW: đơn vị gửi nhầm báo cáo về {mis}.") if mis else None,
           "unit": {"id": r["uid"], "name": r["uname"]},
           "document": {"number": r["number"], "date": ymd(r["date"])},
           "entries": [] if mis else [{"task": t[0], "status": t[2], "indicators": t[3],
                                        "text": (t[1] + " – " + t[4]) if t[4] else t[1]} for t in r["tasks"]],
           "findings": [], "difficulties": [] if mis else r["diff"], "proposals": [] if mis else r["prop"]}
    json.dump(key, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
print(len(REPORTS), "files")
