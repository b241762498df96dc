# -*- coding: utf-8 -*-
"""Generator for set190. Keys are written from the same data (truth/*.json)."""
import json, hashlib, os, copy, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TN = "Độc lập - Tự do - Hạnh phúc"

def money(v):
    return "{:,}".format(v).replace(",", ".")

# ---------------------------------------------------------------- data
# entry: (task, status, own name, [(indicator, value, written, label)], note)
R = []

# Hand A — Chị Lê Thị Ngọc Hân (ward/commune văn hóa-kinh tế officer): Word checklist table,
# status cell = three inline boxes "☑ Hoàn thành  ☐ Đang làm  ☐ Chưa làm".
R.append(dict(hand="A", file="25909_ThuongTan_bc-ct38-11thang.docx", unit=("25909", "Xã Thường Tân"),
    header="ỦY BAN NHÂN DÂN\nXÃ THƯỜNG TÂN", number="412/BC-UBND", date=("2026-11-17", "Thường Tân, ngày 17 tháng 11 năm 2026"),
    entries=[
        ("II.1.a", "completed", "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh (loa truyền thanh, nhóm Zalo các ấp), tổ chức 01 buổi phổ biến tại hội trường xã",
         [("communications", 14, "14 tin", "Tin phát trên loa, Zalo"), ("training_courses", 1, "01 buổi", "Buổi phổ biến"), ("participants", 65, "65 lượt", "Người dự")], ""),
        ("II.3.a", "completed", "Cử công chức dự lớp tập huấn nghiệp vụ TĐC do Sở KH&CN tổ chức",
         [("participants", 3, "03 đ/c", "Số công chức dự")], ""),
        ("II.5.c", "in_progress", "Phối hợp Chi cục TĐC kiểm tra đo lường cân tại chợ Thường Tân, cửa hàng xăng dầu",
         [("inspections", 4, "04 cuộc", "Cuộc kiểm tra"), ("establishments_inspected", 27, "27 cơ sở", "Cơ sở được kiểm tra"), ("violations", 3, "03 cơ sở", "Vi phạm"), ("fines_vnd", 4500000, "4.500.000 đ", "Phạt tiền")], "Còn đợt kiểm tra cuối năm"),
        ("II.2.đ", "in_progress", "Duy trì, cải tiến hệ thống quản lý chất lượng ISO 9001:2015 tại UBND xã", [], "Đang rà soát quy trình sau sáp nhập"),
        ("II.5.d", "not_applicable", "Tiếp nhận, xử lý tố giác vi phạm về TĐC", [], "Không phát sinh"),
    ],
    diff=["Xã mới sắp xếp, công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.",
          "Xã chưa có cân đối chứng đặt tại chợ."],
    prop=["Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Thường Tân.",
          "Đề nghị Sở tiếp tục mở lớp tập huấn cho công chức cấp xã trong năm 2027."],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Thọ")))

R.append(dict(hand="A", file="BC_CT38_Vinh_Tan_T11.docx", unit=("25912", "Phường Vĩnh Tân"),
    header="UBND PHƯỜNG VĨNH TÂN", number="389/BC-UBND", date=("2026-11-20", "Vĩnh Tân, ngày 20 tháng 11 năm 2026"),
    entries=[
        ("II.1.a", "completed", "Tuyên truyền về đo lường, chất lượng hàng hóa; hội nghị phổ biến cho hộ kinh doanh tại 2 khu phố",
         [("communications", 22, "22 tin, bài", "Tin bài trên trang thông tin phường"), ("training_courses", 2, "02 hội nghị", "Hội nghị"), ("participants", 140, "140 lượt người", "Người dự")], ""),
        ("II.5.c", "completed", "Kiểm tra đo lường trong kinh doanh xăng dầu, cân tại chợ (nội dung phân quyền)",
         [("inspections", 6, "06 cuộc", "Cuộc"), ("establishments_inspected", 41, "41 cơ sở", "Cơ sở"), ("violations", 5, "05 trường hợp", "Vi phạm"), ("fines_vnd", 12750000, "12.750.000 đồng", "Phạt")], ""),
        ("II.5.a", "in_progress", "Kiểm tra chất lượng mũ bảo hiểm, hàng đóng gói sẵn tại khu chợ Vĩnh Tân",
         [("inspections", 2, "02 cuộc", "Cuộc"), ("establishments_inspected", 18, "18 cửa hàng", "Cửa hàng")], "Đợt 2 làm trong tháng 12"),
        ("II.2.đ", "completed", "Công bố lại hệ thống QLCL theo TCVN ISO 9001:2015 sau sắp xếp", [], "Đã ban hành QĐ công bố"),
        ("II.3.a", "not_started", "Tập huấn kiến thức TĐC cho cán bộ khu phố", [], "Chờ tài liệu của Sở"),
    ],
    diff=["Một số hộ kinh doanh tại chợ tạm chưa hợp tác khi kiểm tra cân."],
    prop=["Kiến nghị Sở KH&CN cung cấp tài liệu tuyên truyền in sẵn cho phường."],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trần Quốc Huy")))

R.append(dict(hand="A", file="chanh-hiep-ct38.docx", unit=("25771", "Phường Chánh Hiệp"), libre=True,
    header="ỦY BAN NHÂN DÂN\nPHƯỜNG CHÁNH HIỆP", number="205/BC-UBND", date=("2026-11-24", "Chánh Hiệp, ngày 24 tháng 11 năm 2026"),
    entries=[
        ("II.1.a", "in_progress", "Tuyên truyền Chỉ thị 38 và pháp luật TĐC trên Fanpage, bảng tin khu phố",
         [("communications", 9, "09 tin bài", "Tin bài")], ""),
        ("II.5.c", "in_progress", "Phối hợp kiểm tra đo lường, ghi nhãn hàng hóa tại các cửa hàng trên địa bàn",
         [("inspections", 3, "03 cuộc", "Cuộc"), ("establishments_inspected", 15, "15 cơ sở", "Cơ sở"), ("violations", 1, "01 cơ sở", "Vi phạm"), ("fines_vnd", 2000000, "2 triệu đồng", "Phạt tiền")], ""),
        ("II.2.đ", "completed", "Áp dụng ISO 9001:2015 tại bộ phận một cửa", [], ""),
        ("II.3.a", "completed", "Công chức dự tập huấn nghiệp vụ TĐC",
         [("training_courses", 1, "01 lớp", "Lớp"), ("participants", 2, "02 người", "Người dự")], ""),
        ("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác vi phạm", [], "Không phát sinh"),
    ],
    diff=["Kinh phí tuyên truyền chưa được bố trí riêng cho nội dung TĐC."],
    prop=["Đề nghị bổ sung kinh phí tuyên truyền TĐC cho phường năm 2027."],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Kim Loan")))

# Hand E — Anh Phạm Minh Trí (commune văn thư): short cover công văn "gửi kèm biểu số liệu",
# then a landscape section holding the biểu as a Word table (task row bold + one row per figure).
R.append(dict(hand="E", file="CV157_ChauDuc_gui_bieu_CT38.docx", unit=("26596", "Xã Châu Đức"),
    header="ỦY BAN NHÂN DÂN\nXÃ CHÂU ĐỨC", number="157/UBND-KT", date=("2026-11-16", "Châu Đức, ngày 16 tháng 11 năm 2026"),
    vv="V/v gửi biểu số liệu thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
    entries=[
        ("II.1.a", "completed", "Thông tin, tuyên truyền về TCĐLCL",
         [("communications", 6, "06", "Tin, bài trên Cổng TTĐT xã|tin bài"), ("training_courses", 1, "01", "Hội nghị phổ biến cho hộ kinh doanh|hội nghị"), ("participants", 80, "80", "Người tham dự|lượt người")], ""),
        ("II.5.c", "in_progress", "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (phân quyền)",
         [("inspections", 2, "02", "Số cuộc kiểm tra|cuộc"), ("establishments_inspected", 12, "12", "Số cơ sở được kiểm tra|cơ sở"), ("violations", 2, "02", "Số cơ sở vi phạm|cơ sở"), ("fines_vnd", 3000000, "3.000.000", "Tiền phạt|đồng")], ""),
        ("II.3.a", "completed", "Cử công chức dự tập huấn nghiệp vụ",
         [("participants", 2, "02", "Công chức tham dự|người")], ""),
        ("II.2.đ", "in_progress", "Duy trì hệ thống ISO 9001 tại UBND xã", [], ""),
    ],
    status_words={"completed": "Xong", "in_progress": "Đang triển khai", "not_started": "Chưa triển khai", "not_applicable": "Không phát sinh"},
    diff=["Thiếu phương tiện đo đối chứng để kiểm tra nhanh tại chợ."],
    prop=["Đề nghị Chi cục TĐC phối hợp mở thêm đợt kiểm tra liên ngành tại chợ Ngãi Giao trong tháng 12/2026."],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Hoàng Nam")))

R.append(dict(hand="E", file="HoaHiep_CV98_bieu_so_lieu.docx", unit=("26647", "Xã Hòa Hiệp"),
    header="UỶ BAN NHÂN DÂN\nXÃ HOÀ HIỆP", number="98/UBND", date=("2026-11-26", "Hoà Hiệp, ngày 26 tháng 11 năm 2026"),
    vv="V/v gửi số liệu 11 tháng năm 2026 (KH CT38)",
    entries=[
        ("II.1.a", "in_progress", "Tuyên truyền trên hệ thống truyền thanh xã",
         [("communications", 4, "04", "Tin phát thanh|tin")], ""),
        ("II.5.c", "completed", "Phối hợp kiểm tra cân, đong tại chợ Hòa Hiệp",
         [("inspections", 3, "03", "Cuộc kiểm tra|cuộc"), ("establishments_inspected", 19, "19", "Cơ sở|cơ sở"), ("violations", 1, "01", "Vi phạm|trường hợp"), ("fines_vnd", 1500000, "1.500.000", "Xử phạt|đồng")], ""),
        ("II.5.a", "not_started", "Kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em)", [], "Chờ Chi cục bố trí"),
        ("II.3.a", "completed", "Công chức dự tập huấn nghiệp vụ TĐC",
         [("participants", 1, "01", "Công chức dự|người")], ""),
    ],
    status_words={"completed": "Đã xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "Không PS"},
    diff=["Xã ở xa trung tâm, việc phối hợp với Chi cục còn phụ thuộc lịch của Chi cục."],
    prop=["Đề nghị Chi cục TĐC ủy quyền hướng dẫn cho công chức xã tự kiểm tra cân tại chợ."],
    signer=("CHỦ TỊCH", "Huỳnh Văn Sáu")))

R.append(dict(hand="E", file="TanKhanh_CV_gui_bieu.docx", unit=("25891", "Phường Tân Khánh"), rejected=True,
    reason="Công văn gửi biểu số liệu về công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo Kế hoạch CT38 về TCĐLCL (gửi nhầm).",
    header="ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN KHÁNH", number="233/UBND-KT", date=("2026-11-18", "Tân Khánh, ngày 18 tháng 11 năm 2026"),
    vv="V/v gửi biểu số liệu công tác phòng, chống thiên tai năm 2026",
    entries=[
        ("X", "completed", "Rà soát hộ dân trong khu vực ngập úng", [("x", 126, "126", "Hộ dân được rà soát|hộ")], ""),
        ("X", "completed", "Diễn tập phòng chống thiên tai cấp phường", [("x", 1, "01", "Cuộc diễn tập|cuộc"), ("x", 230, "230", "Người tham gia|người")], ""),
        ("X", "in_progress", "Nạo vét kênh, cống thoát nước", [("x", 3, "3,2", "Chiều dài nạo vét|km")], ""),
    ],
    status_words={"completed": "Xong", "in_progress": "Đang triển khai"},
    diff=["Một số tuyến cống xuống cấp, thường xuyên ngập khi triều cường."],
    prop=["Đề nghị Thành phố bố trí vốn cải tạo tuyến cống đường ĐT746."],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Thành Công"),
    kinhgui="Ban Chỉ huy Phòng thủ dân sự Thành phố"))

# Hand C — Chị Trương Mỹ Duyên (Sở's units, Sở Xây dựng): a "Phiếu báo cáo" template filled in Word
# content controls (w:sdt): plain-text controls for results, drop-down control for the status.
R.append(dict(hand="C", file="PhieuBC_CT38_PhongKTPC.docx", unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
    header="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ", number="77/BC-KTPC", date=("2026-11-18", "ngày 18 tháng 11 năm 2026"),
    entries=[
        ("II.5.a", "in_progress", "Phối hợp Chi cục TĐC kiểm tra chất lượng, đo lường hàng hóa lưu thông trên thị trường",
         [("inspections", 5, "05 cuộc", ""), ("establishments_inspected", 38, "38 cơ sở", ""), ("violations", 7, "07 cơ sở vi phạm", ""), ("fines_vnd", 86500000, "86,5 triệu đồng", "")], "Phối hợp"),
        ("II.5.d", "completed", "Tiếp nhận, xử lý đơn phản ánh, tố giác vi phạm về TĐC; xử lý nghiêm vi phạm", [], "Phối hợp"),
        ("II.4.b", "completed", "Rà soát, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
         [("instruments_verified", 12, "12 thiết bị", "")], "Phối hợp"),
        ("II.2.c", "unknown", "Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (Luật Chất lượng sản phẩm, hàng hóa sửa đổi)", [], "Phối hợp"),
    ],
    diff=["Lực lượng kiểm tra của Phòng mỏng, cùng lúc tham gia nhiều đoàn thanh tra chuyên ngành."],
    prop=["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm để Phòng chủ động bố trí nhân sự."],
    signer=("TRƯỞNG PHÒNG", "Nguyễn Thanh Bình")))

R.append(dict(hand="C", file="PhieuBC_CT38_CDS.docx", unit=("SKHCN-CDS", "Phòng Chuyển đổi số"),
    header="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG CHUYỂN ĐỔI SỐ", number="64/BC-CĐS", date=("2026-11-19", "ngày 19 tháng 11 năm 2026"),
    entries=[
        ("II.2.h", "completed", "Phối hợp hoàn thiện kết nối liên thông Hệ thống giải quyết TTHC của Bộ với Cổng một cửa quốc gia (kiểm tra nhà nước hàng nhập khẩu)", [], "Phối hợp"),
        ("II.2.i", "in_progress", "Kết nối, chia sẻ cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng với hệ thống dữ liệu của Sở", [], "Phối hợp"),
        ("II.6.a", "not_applicable", "Cập nhật điều ước, thỏa thuận quốc tế về TĐC", [], "Phối hợp"),
    ],
    diff=["Chưa có hướng dẫn kỹ thuật (API) chính thức của Bộ để kết nối cơ sở dữ liệu quốc gia về TĐC."],
    prop=["Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban TĐC Quốc gia cung cấp tài liệu đặc tả kết nối."],
    signer=("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Lý Gia Khang")))

R.append(dict(hand="C", file="TTPTTN_PhieuBC_KH38_11T.docx", unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    header="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", number="215/BC-TTPT", date=("2026-11-23", "ngày 23 tháng 11 năm 2026"),
    entries=[
        ("II.4.a", "in_progress", "Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, phòng hiệu chuẩn",
         [("budget_spent_vnd", 4250000000, "4.250.000.000 đồng", "")], "Chủ trì"),
        ("II.4.c", "completed", "Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia",
         [("instruments_verified", 36, "36 chuẩn", "")], "Phối hợp"),
        ("II.2.g", "completed", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và doanh nghiệp",
         [("instruments_verified", 15620, "15.620 phương tiện đo", ""), ("samples_tested", 2315, "2.315 mẫu", "")], "Phối hợp"),
        ("II.5.b", "in_progress", "Thử nghiệm mẫu khảo sát chất lượng sản phẩm, hàng hóa theo đặt hàng của Chi cục",
         [("samples_tested", 120, "120 mẫu", "")], "Phối hợp"),
    ],
    diff=["Một số thiết bị thử nghiệm đã qua 10 năm sử dụng, chi phí sửa chữa lớn."],
    prop=["Đề nghị Sở bố trí vốn năm 2027 để thay thế hệ thống sắc ký khí khối phổ."],
    signer=("GIÁM ĐỐC", "Phan Thị Hồng Vân")))

R.append(dict(hand="C", file="SXD_PhieuBC_CT38.docx", unit=("SO-XD", "Sở Xây dựng"),
    header="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG", number="9876/SXD-KHCN", date=("2026-11-25", "ngày 25 tháng 11 năm 2026"),
    entries=[
        ("II.2.e", "completed", "Góp ý dự thảo TCVN, QCVN lĩnh vực xây dựng, vật liệu xây dựng",
         [("standards_reviewed", 7, "07 dự thảo", "")], "Phối hợp"),
        ("II.2.đ", "completed", "Duy trì, cải tiến hệ thống QLCL TCVN ISO 9001:2015 tại Sở", [], "Tự thực hiện"),
        ("II.5.a", "in_progress", "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
         [("inspections", 3, "03 cuộc", ""), ("establishments_inspected", 14, "14 cơ sở", "")], "Phối hợp"),
        ("II.3.a", "completed", "Cử công chức dự tập huấn về tiêu chuẩn, quy chuẩn kỹ thuật",
         [("participants", 12, "12 lượt công chức", "")], "Phối hợp"),
    ],
    diff=["Danh mục vật liệu xây dựng phải kiểm tra chưa thống nhất giữa QCVN 16:2023/BXD và thực tế lưu thông."],
    prop=["Đề nghị Sở KH&CN phối hợp tổ chức hội nghị hướng dẫn áp dụng QCVN 16:2023/BXD cho doanh nghiệp."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hồ Văn Lợi")))

# Hand B — Anh Đinh Công Hậu (department planning clerk): Excel "phiếu" with "Có thực hiện?" (Có/Không),
# "Số lượng", "ĐVT", "Đã xong?" (Rồi/Chưa) and a "Ghi chú" column.
R.append(dict(hand="B", file="SCT_phieu_CT38_11T2026.xlsx", unit=("SO-CT", "Sở Công Thương"),
    header="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG", number="5123/BC-SCT", date=("2026-11-17", "Thành phố Hồ Chí Minh, ngày 17 tháng 11 năm 2026"),
    entries=[
        ("II.5.a", "completed", "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, LPG",
         [("inspections", 6, 6, "Số cuộc kiểm tra|cuộc"), ("establishments_inspected", 45, 45, "Số cơ sở được kiểm tra|cơ sở"), ("violations", 4, 4, "Số cơ sở vi phạm|cơ sở"), ("fines_vnd", 62000000, 62000000, "Tiền phạt|đồng")], ""),
        ("II.2.e", "in_progress", "Góp ý dự thảo QCVN thuộc ngành công thương",
         [("standards_reviewed", 3, 3, "Dự thảo đã góp ý|văn bản")], "Còn 01 dự thảo đang lấy ý kiến"),
        ("II.1.a", "completed", "Hội nghị phổ biến quy định đo lường, chất lượng cho thương nhân",
         [("training_courses", 2, 2, "Hội nghị|hội nghị"), ("participants", 210, 210, "Đại biểu dự|lượt người")], ""),
        ("II.6.b", "not_applicable", "Phối hợp thúc đẩy năng suất (APO)", [], "Không phát sinh yêu cầu"),
    ],
    diff=["Số lượng cửa hàng xăng dầu lớn, lực lượng quản lý thị trường còn mỏng."],
    prop=["Đề nghị Sở KH&CN chia sẻ kết quả kiểm tra của Chi cục TĐC để tránh chồng chéo."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Bùi Tấn Phát")))

R.append(dict(hand="B", file="SYT-phieu-KH38.xlsx", unit=("SO-YT", "Sở Y tế"),
    header="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ", number="8841/BC-SYT", date=("2026-11-21", "Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2026"),
    entries=[
        ("II.2.đ", "completed", "Duy trì ISO 9001:2015 tại cơ quan Sở", [], ""),
        ("II.5.a", "in_progress", "Kiểm tra phương tiện đo nhóm 2 trong cơ sở khám chữa bệnh",
         [("inspections", 2, 2, "Đoàn kiểm tra|đoàn"), ("establishments_inspected", 16, 16, "Cơ sở y tế được kiểm tra|cơ sở"), ("instruments_verified", 340, 340, "Phương tiện đo được kiểm định|chiếc")], "Đoàn 2 chưa kết thúc"),
        ("II.3.a", "completed", "Cử cán bộ dự tập huấn đo lường trong y tế",
         [("participants", 8, 8, "Cán bộ tham dự|người")], ""),
        ("II.2.e", "not_applicable", "Góp ý QCVN do Bộ Y tế ban hành", [], "Không phát sinh"),
    ],
    diff=["Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định."],
    prop=["Đề nghị Chi cục TĐC hướng dẫn bằng văn bản danh mục phương tiện đo nhóm 2 dùng trong y tế."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Tăng Chí Thượng")))

R.append(dict(hand="B", file="SNNMT_phieu_CT38.xlsx", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"), libre=True,
    header="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="3302/BC-SNNMT", date=("2026-11-27", "Thành phố Hồ Chí Minh, ngày 27 tháng 11 năm 2026"),
    entries=[
        ("II.2.a", "in_progress", "Hướng dẫn truy xuất nguồn gốc nông sản (Đề án 100)",
         [("enterprises_supported", 24, 24, "HTX, doanh nghiệp được hướng dẫn|đơn vị")], ""),
        ("II.2.e", "completed", "Góp ý QCVN, tiêu chuẩn ngành nông nghiệp, môi trường",
         [("standards_reviewed", 5, 5, "Dự thảo góp ý|văn bản")], ""),
        ("II.5.a", "completed", "Kiểm tra chất lượng phân bón, thuốc BVTV, giống cây trồng",
         [("inspections", 4, 4, "Số cuộc|cuộc"), ("samples_tested", 180, 180, "Mẫu lấy kiểm nghiệm|mẫu"), ("violations", 3, 3, "Vi phạm|cơ sở"), ("fines_vnd", 45000000, 45000000, "Phạt tiền|đồng")], ""),
        ("II.1.a", "not_started", "Tập huấn quy định TĐC cho HTX nông nghiệp", [], "Chưa triển khai, dự kiến tháng 12"),
    ],
    diff=["Chi phí kiểm nghiệm mẫu phân bón cao, dự toán không đủ."],
    prop=["Đề nghị Sở KH&CN hỗ trợ kinh phí thử nghiệm mẫu qua Trung tâm Dịch vụ Phân tích thí nghiệm."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn Cường")))

R.append(dict(hand="B", file="SATTP_phieu_bao_cao_T11.xlsx", unit=("SO-ATTP", "Sở An toàn thực phẩm"), rejected=True,
    reason="Phiếu báo cáo công tác bảo đảm an toàn thực phẩm (Tháng hành động vì ATTP, kiểm tra bếp ăn tập thể), không thuộc Kế hoạch CT38 về TCĐLCL (gửi nhầm).",
    header="UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ AN TOÀN THỰC PHẨM", number="2210/BC-SATTP", date=("2026-11-22", "Thành phố Hồ Chí Minh, ngày 22 tháng 11 năm 2026"),
    title="PHIẾU BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 11 THÁNG NĂM 2026",
    entries=[
        ("X", "completed", "Kiểm tra bếp ăn tập thể trường học", [("x", 312, 312, "Bếp ăn được kiểm tra|cơ sở"), ("x", 9, 9, "Vi phạm|cơ sở")], ""),
        ("X", "completed", "Tháng hành động vì ATTP", [("x", 45, 45, "Tin bài|tin")], ""),
        ("X", "in_progress", "Giám sát ngộ độc thực phẩm", [("x", 2, 2, "Vụ ngộ độc|vụ")], ""),
    ],
    diff=["Bếp ăn tại khu công nghiệp thay đổi đơn vị cung cấp thường xuyên."],
    prop=["Đề nghị bổ sung biên chế thanh tra ATTP."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Khánh Phong")))

# Hand D — Anh Quách Đức Thắng (statistics officer): Excel biểu with two-level headers
# ("Kiểm tra" over "Số cuộc | Số cơ sở | Vi phạm | Tiền phạt") and the status as ✓ under "Đã xong | Đang làm | Chưa".
R.append(dict(hand="D", file="CCTDC_Bieu_CT38_11T2026.xlsx", unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    header="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", number="1502/BC-CCTĐC", date=("2026-11-28", "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2026"),
    entries=[
        ("II.1.a", "completed", "Tập huấn VBQPPL về TĐC cho DN; tọa đàm DN nhập khẩu", [("training_courses", 5, 5, ""), ("participants", 612, 612, "")], ""),
        ("II.1.b", "completed", "Vận động DN tham dự Giải thưởng CLQG", [("enterprises_supported", 18, 18, ""), ("communications", 4, 4, "")], ""),
        ("II.2.a", "in_progress", "Chương trình 1322, Đề án 996, Đề án 100", [("enterprises_supported", 32, 32, ""), ("budget_spent_vnd", 185000000, 185000000, "")], ""),
        ("II.2.b", "in_progress", "Tổ chức xét Giải thưởng CLQG 2026", [("enterprises_supported", 9, 9, "")], "Hội đồng sơ tuyển đang đánh giá"),
        ("II.2.d", "in_progress", "Hỗ trợ DN áp dụng HTQLCL, công bố hợp chuẩn, hợp quy", [("enterprises_supported", 47, 47, "")], ""),
        ("II.2.e", "in_progress", "Góp ý TCVN, QCVN; xây dựng QCĐP", [("standards_reviewed", 14, 14, "")], ""),
        ("II.3.b", "completed", "Khóa bồi dưỡng chuyên sâu năng suất chất lượng", [("training_courses", 3, 3, ""), ("participants", 240, 240, "")], ""),
        ("II.5.a", "in_progress", "Kiểm tra TĐC hàng hóa SX, NK, lưu thông", [("inspections", 21, 21, ""), ("establishments_inspected", 163, 163, ""), ("violations", 29, 29, ""), ("fines_vnd", 412500000, 412500000, "")], ""),
        ("II.5.b", "in_progress", "Khảo sát chất lượng SP, HH", [("samples_tested", 156, 156, "")], ""),
        ("II.6.b", "not_started", "Phối hợp APO về năng suất khu vực công", [], "Chưa có yêu cầu triển khai"),
    ],
    diff=["Dự toán cho khảo sát chất lượng chỉ đáp ứng khoảng 60% số mẫu theo kế hoạch.",
          "Nhiều phường, xã mới chưa có công chức đầu mối về TĐC, việc phối hợp kiểm tra còn chậm."],
    prop=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
          "Đề nghị UBND các phường, xã, đặc khu cử công chức đầu mối theo dõi công tác TĐC."],
    signer=("CHI CỤC TRƯỞNG", "Lâm Quang Vinh")))

R.append(dict(hand="D", file="TangNhonPhu_bieu_TDC_11T.xlsx", unit=("26842", "Phường Tăng Nhơn Phú"),
    header="UBND PHƯỜNG TĂNG NHƠN PHÚ\nPHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", number="611/BC-UBND", date=("2026-11-19", "Tăng Nhơn Phú, ngày 19 tháng 11 năm 2026"),
    entries=[
        ("II.1.a", "completed", "Tuyên truyền, phổ biến pháp luật TĐC", [("communications", 11, 11, ""), ("training_courses", 1, 1, ""), ("participants", 48, 48, "")], ""),
        ("II.5.c", "in_progress", "Kiểm tra đo lường, nhãn hàng hóa (phân quyền)", [("inspections", 3, 3, ""), ("establishments_inspected", 22, 22, ""), ("violations", 2, 2, ""), ("fines_vnd", 5000000, 5000000, "")], ""),
        ("II.3.a", "completed", "Công chức dự tập huấn TĐC", [("participants", 4, 4, "")], ""),
        ("II.2.đ", "in_progress", "ISO 9001:2015 tại UBND phường", [], "Đang chuyển đổi sang ISO điện tử"),
        ("II.5.d", "not_started", "Tiếp nhận tố giác, khen thưởng", [], ""),
    ],
    diff=["Phường chưa có cán bộ chuyên trách lĩnh vực TĐC."],
    prop=["Đề nghị Chi cục TĐC tổ chức tập huấn tại chỗ cho Phòng Kinh tế phường."],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Mai Xuân Trường")))

# ---------------------------------------------------------------- helpers
def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def header_table(doc, r, left_lines=None):
    t = doc.add_table(rows=2, cols=2)
    L = (left_lines or r["header"]).split("\n")
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, l in enumerate(L):
        run = p.add_run(l + ("\n" if i < len(L) - 1 else "")); run.bold = i == len(L) - 1; run.font.size = Pt(12)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(QH + "\n"); run.bold = True; run.font.size = Pt(12)
    run = p.add_run(TN); run.bold = True; run.font.size = Pt(13)
    c = t.cell(1, 0); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Số: " + r["number"]).font.size = Pt(13)
    if r.get("vv"):
        rr = p.add_run("\n" + r["vv"]); rr.font.size = Pt(12)
    c = t.cell(1, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(r["date"][1]); rr.italic = True
    return t

def signature(doc, r, noinhan):
    t = doc.add_table(rows=1, cols=2)
    c = t.cell(0, 0); p = c.paragraphs[0]
    rr = p.add_run("Nơi nhận:\n"); rr.bold = True; rr.italic = True; rr.font.size = Pt(12)
    p.add_run("\n".join(noinhan)).font.size = Pt(11)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(r["signer"][0] + "\n\n\n\n").bold = True
    p.add_run(r["signer"][1]).bold = True

def grid(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), "4"); x.set(qn("w:color"), "000000"); b.append(x)
    tblPr.append(b)

def cell_text(c, text, bold=False, size=12, align=None, italic=False):
    c.text = ""
    p = c.paragraphs[0]
    if align: p.alignment = align
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); r.italic = italic
    return p

# ---------------------------------------------------------------- hand A
def tick3(status):
    opts = [("completed", "Hoàn thành"), ("in_progress", "Đang làm"), ("not_started", "Chưa làm")]
    return "   ".join(("☑ " if s == status else "☐ ") + w for s, w in opts)

def build_A(r, path):
    doc = Document(); set_font(doc)
    header_table(doc, r)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("\nBÁO CÁO\n").bold = True
    p.add_run("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng\n(số liệu 11 tháng, ước cả năm 2026)").bold = True
    doc.add_paragraph("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).")
    doc.add_paragraph(f"Thực hiện Kế hoạch năm 2026 của Sở Khoa học và Công nghệ, {r['unit'][1]} báo cáo kết quả theo bảng kiểm dưới đây "
                      "(đánh dấu ☑ vào ô tương ứng):")
    doc.add_paragraph("I. BẢNG KIỂM KẾT QUẢ THỰC HIỆN").runs[0].bold = True
    t = doc.add_table(rows=1, cols=5); grid(t)
    for i, h in enumerate(["STT", "Công việc", "Tình trạng", "Số liệu", "Ghi chú"]):
        cell_text(t.rows[0].cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for k, (task, st, name, inds, note) in enumerate(r["entries"], 1):
        row = t.add_row().cells
        cell_text(row[0], str(k), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row[1], name)
        cell_text(row[2], tick3(st) if st != "not_applicable" else "☐ Hoàn thành   ☐ Đang làm   ☐ Chưa làm", size=11)
        cell_text(row[3], "\n".join(f"{lab}: {w}" for _, _, w, lab in inds) if inds else "—", size=11)
        cell_text(row[4], note, size=11, italic=True)
    doc.add_paragraph()
    doc.add_paragraph("II. KHÓ KHĂN, VƯỚNG MẮC").runs[0].bold = True
    for d in r["diff"]:
        doc.add_paragraph("☐ " + d)
    doc.add_paragraph("III. ĐỀ XUẤT, KIẾN NGHỊ").runs[0].bold = True
    for d in r["prop"]:
        doc.add_paragraph("☐ " + d)
    doc.add_paragraph(f"Trên đây là báo cáo của {r['unit'][1]}./.")
    signature(doc, r, ["- Sở KH&CN (Chi cục TĐC);", "- TT.ĐU, TT.HĐND;", "- Lưu: VT, KT."])
    doc.save(path)

# ---------------------------------------------------------------- hand E
def build_E(r, path):
    doc = Document(); set_font(doc, size=14)
    header_table(doc, r)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kính gửi: " + r.get("kinhgui", "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh"))
    subj = "công tác phòng, chống thiên tai năm 2026" if r.get("rejected") else "thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (11 tháng)"
    doc.add_paragraph(f"Ủy ban nhân dân {r['unit'][1].replace('Xã', 'xã').replace('Phường', 'phường')} gửi kèm biểu số liệu kết quả {subj} (chi tiết theo biểu đính kèm).")
    doc.add_paragraph("Khó khăn: " + " ".join(r["diff"]))
    doc.add_paragraph("Kiến nghị: " + " ".join(r["prop"]))
    doc.add_paragraph("Trân trọng./.")
    signature(doc, r, ["- Như trên;", "- Lưu: VT."])
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("BIỂU SỐ LIỆU\n").bold = True
    p.add_run(f"(Kèm theo Công văn số {r['number']} của UBND {r['unit'][1]})").italic = True
    t = doc.add_table(rows=1, cols=6); grid(t)
    for i, h in enumerate(["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Tiến độ", "Ghi chú"]):
        cell_text(t.rows[0].cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    roman = ["1", "2", "3", "4", "5", "6"]
    for k, (task, st, name, inds, note) in enumerate(r["entries"]):
        row = t.add_row().cells
        cell_text(row[0], roman[k], bold=True); cell_text(row[1], name, bold=True)
        cell_text(row[4], r["status_words"][st]); cell_text(row[5], note, size=11)
        for j, (_, _, w, lab) in enumerate(inds, 1):
            lab, dvt = lab.split("|")
            row = t.add_row().cells
            cell_text(row[0], f"{roman[k]}.{j}"); cell_text(row[1], "- " + lab); cell_text(row[2], dvt)
            cell_text(row[3], w, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(path)

# ---------------------------------------------------------------- hand C (content controls)
def sdt_text(par, tag, alias, text, placeholder=False):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if placeholder:
        sh = OxmlElement("w:showingPlcHdr"); pr.append(sh)
    pt = OxmlElement("w:text"); pt.set(qn("w:multiLine"), "1"); pr.append(pt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    rr = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if placeholder:
        col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col)
    rr.append(rpr)
    tt = OxmlElement("w:t"); tt.set(qn("xml:space"), "preserve"); tt.text = text; rr.append(tt)
    content.append(rr); sdt.append(content)
    par._p.append(sdt)

def sdt_drop(par, tag, text, items, placeholder=False):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), "Tình trạng"); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    dd = OxmlElement("w:dropDownList")
    for it in items:
        li = OxmlElement("w:listItem"); li.set(qn("w:displayText"), it); li.set(qn("w:value"), it); dd.append(li)
    pr.append(dd); sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    rr = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    if placeholder:
        col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col)
    rr.append(rpr)
    tt = OxmlElement("w:t"); tt.text = text; rr.append(tt)
    content.append(rr); sdt.append(content); par._p.append(sdt)

CW = {"completed": "Đã hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}

def build_C(r, path):
    doc = Document(); set_font(doc, name="Arial", size=11)
    header_table(doc, r)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Mẫu PB-02 (ban hành kèm bộ biểu mẫu báo cáo định kỳ)").italic = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n").bold = True
    p.add_run("Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 – kỳ báo cáo: 11 tháng").bold = True
    p = doc.add_paragraph("Đơn vị báo cáo: ")
    sdt_text(p, "donvi", "Tên đơn vị", r["unit"][1])
    p = doc.add_paragraph("Người lập phiếu: ")
    sdt_text(p, "nguoilap", "Người lập", "Trương Mỹ Duyên – chuyên viên")
    for k, (task, st, name, inds, role) in enumerate(r["entries"], 1):
        p = doc.add_paragraph(); rr = p.add_run(f"Nhiệm vụ {k:02d}"); rr.bold = True; rr.underline = True
        t = doc.add_table(rows=5, cols=2); grid(t)
        labels = ["Nội dung nhiệm vụ", "Vai trò của đơn vị", "Kết quả thực hiện", "Số liệu chính", "Tình trạng"]
        for i, l in enumerate(labels):
            cell_text(t.cell(i, 0), l, bold=True, size=10)
        sdt_text(t.cell(0, 1).paragraphs[0], f"nv{k}_ten", "Nội dung nhiệm vụ", name)
        sdt_text(t.cell(1, 1).paragraphs[0], f"nv{k}_vaitro", "Vai trò", role)
        if inds:
            kq = "Đã thực hiện theo kế hoạch; " + "; ".join(w for _, _, w, _ in inds) + "."
        else:
            kq = "Đơn vị đã phối hợp thực hiện theo đề nghị của cơ quan chủ trì." if st != "not_applicable" else "Trong kỳ không có nội dung phải thực hiện."
        sdt_text(t.cell(2, 1).paragraphs[0], f"nv{k}_ketqua", "Kết quả", kq)
        if inds:
            sdt_text(t.cell(3, 1).paragraphs[0], f"nv{k}_solieu", "Số liệu", " | ".join(w for _, _, w, _ in inds))
        else:
            sdt_text(t.cell(3, 1).paragraphs[0], f"nv{k}_solieu", "Số liệu", "Nhập số liệu (nếu có).", placeholder=True)
        if st == "unknown":
            sdt_drop(t.cell(4, 1).paragraphs[0], f"nv{k}_tt", "Chọn một mục.", list(CW.values()), placeholder=True)
        else:
            sdt_drop(t.cell(4, 1).paragraphs[0], f"nv{k}_tt", CW[st], list(CW.values()))
    p = doc.add_paragraph(); p.add_run("Khó khăn, vướng mắc:").bold = True
    for i, d in enumerate(r["diff"], 1):
        p = doc.add_paragraph(f"{i}) "); sdt_text(p, f"kk{i}", "Khó khăn", d)
    p = doc.add_paragraph(); p.add_run("Đề xuất, kiến nghị:").bold = True
    for i, d in enumerate(r["prop"], 1):
        p = doc.add_paragraph(f"{i}) "); sdt_text(p, f"dx{i}", "Kiến nghị", d)
    signature(doc, r, ["- Chi cục TĐC (tổng hợp);", "- Lưu."])
    doc.save(path)

# ---------------------------------------------------------------- hand B (Có/Không)
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def build_B(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Phieu"
    L = r["header"].split("\n")
    ws["A1"] = L[0]; ws["A2"] = L[1]; ws["A2"].font = Font(bold=True)
    ws["E1"] = QH; ws["E1"].font = Font(bold=True); ws["E2"] = TN
    ws["A3"] = "Số: " + r["number"]; ws["E3"] = r["date"][1]; ws["E3"].font = Font(italic=True)
    ws["A5"] = r.get("title", "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (11 THÁNG)")
    ws["A5"].font = Font(bold=True, size=12); ws.merge_cells("A5:G5")
    ws["A6"] = "(Đơn vị trả lời: cột C ghi Có/Không; cột F ghi Rồi/Chưa nếu có thực hiện)"; ws["A6"].font = Font(italic=True)
    hdr = ["TT", "Nội dung", "Có thực hiện?", "Số lượng", "ĐVT", "Đã xong?", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    dv = DataValidation(type="list", formula1='"Có,Không"', allow_blank=True); ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1='"Rồi,Chưa"', allow_blank=True); ws.add_data_validation(dv2)
    row = 9
    for k, (task, st, name, inds, note) in enumerate(r["entries"], 1):
        co = "Không" if st in ("not_started", "not_applicable") else "Có"
        xong = {"completed": "Rồi", "in_progress": "Chưa"}.get(st, "")
        vals = [k, name, co, None, None, xong, note]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row, 2).font = Font(bold=True)
        dv.add(ws.cell(row, 3)); dv2.add(ws.cell(row, 6))
        row += 1
        for _, v, w, lab in inds:
            lab, dvt = lab.split("|")
            for i, vv in enumerate([None, "  - " + lab, None, w, dvt, None, None], 1):
                c = ws.cell(row, i, vv); c.border = BOX
            ws.cell(row, 4).number_format = "#,##0"
            row += 1
    row += 1
    ws.cell(row, 1, "Khó khăn, vướng mắc").font = Font(bold=True); row += 1
    for d in r["diff"]:
        ws.cell(row, 2, d); row += 1
    ws.cell(row, 1, "Đề xuất, kiến nghị").font = Font(bold=True); row += 1
    for d in r["prop"]:
        ws.cell(row, 2, d); row += 1
    row += 1
    ws.cell(row, 5, r["signer"][0].replace("\n", " - ")).font = Font(bold=True)
    ws.cell(row + 4, 5, r["signer"][1]).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [5, 52, 13, 14, 10, 10, 30]):
        ws.column_dimensions[col].width = w
    wb.save(path)

# ---------------------------------------------------------------- hand D (two-level header)
DCOLS = [("Tuyên truyền, tập huấn", [("training_courses", "Lớp/HN"), ("participants", "Lượt người"), ("communications", "Tin bài")]),
         ("Hỗ trợ", [("enterprises_supported", "DN/tổ chức")]),
         ("Kiểm tra", [("inspections", "Số cuộc"), ("establishments_inspected", "Số cơ sở"), ("violations", "Vi phạm"), ("fines_vnd", "Tiền phạt (đ)")]),
         ("Thử nghiệm, đo lường", [("samples_tested", "Mẫu"), ("instruments_verified", "PTĐ")]),
         ("Tiêu chuẩn", [("standards_reviewed", "TCVN/QCVN")]),
         ("Kinh phí", [("budget_spent_vnd", "Đã chi (đ)")])]

def build_D(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu 11T"
    ids = [i for g, cols in DCOLS for i, _ in cols]
    used = {i for e in r["entries"] for i, *_ in e[3]}
    groups = [(g, [(i, l) for i, l in cols if i in used]) for g, cols in DCOLS]
    groups = [(g, c) for g, c in groups if c]
    L = r["header"].split("\n")
    ws["A1"] = L[0]; ws["A2"] = L[1]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + r["number"]
    ws["H1"] = QH; ws["H1"].font = Font(bold=True); ws["H2"] = TN; ws["H3"] = r["date"][1]
    ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=12)
    ws["A6"] = "(Số liệu từ 01/01/2026 đến 15/11/2026)"; ws["A6"].font = Font(italic=True)
    h1, h2 = 8, 9
    def hc(rw, c, v):
        x = ws.cell(rw, c, v); x.font = Font(bold=True); x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        x.border = BOX; x.fill = PatternFill("solid", fgColor="FFF2CC"); return x
    hc(h1, 1, "TT"); ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
    hc(h1, 2, "Nội dung công việc"); ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    col = 3; colmap = {}
    for g, cols in groups:
        hc(h1, col, g)
        if len(cols) > 1:
            ws.merge_cells(start_row=h1, start_column=col, end_row=h1, end_column=col + len(cols) - 1)
        for i, l in cols:
            hc(h2, col, l); colmap[i] = col; col += 1
    st0 = col
    hc(h1, col, "Tình trạng"); ws.merge_cells(start_row=h1, start_column=col, end_row=h1, end_column=col + 2)
    for j, l in enumerate(["Đã xong", "Đang làm", "Chưa"]):
        hc(h2, col + j, l)
    hc(h1, col + 3, "Ghi chú"); ws.merge_cells(start_row=h1, start_column=col + 3, end_row=h2, end_column=col + 3)
    last = col + 3
    for c in range(1, last + 1):
        hc(10, c, f"({c})").font = Font(italic=True, size=9)
    row = 11
    for k, (task, st, name, inds, note) in enumerate(r["entries"], 1):
        ws.cell(row, 1, k); ws.cell(row, 2, name)
        for i, v, w, _ in inds:
            c = ws.cell(row, colmap[i], w); c.number_format = "#,##0"
        pos = {"completed": 0, "in_progress": 1, "not_started": 2}.get(st)
        if pos is not None:
            ws.cell(row, st0 + pos, "✓").alignment = Alignment(horizontal="center")
        ws.cell(row, last, note)
        for c in range(1, last + 1):
            ws.cell(row, c).border = BOX
        ws.cell(row, 2).alignment = Alignment(wrap_text=True)
        row += 1
    row += 1
    ws.cell(row, 1, "* Khó khăn:").font = Font(bold=True); row += 1
    for d in r["diff"]:
        ws.cell(row, 2, "- " + d); row += 1
    ws.cell(row, 1, "* Kiến nghị:").font = Font(bold=True); row += 1
    for d in r["prop"]:
        ws.cell(row, 2, "- " + d); row += 1
    row += 1
    ws.cell(row, 2, "Người lập biểu"); ws.cell(row, st0, r["signer"][0].replace("\n", " - ")).font = Font(bold=True)
    ws.cell(row + 4, 2, "Quách Đức Thắng"); ws.cell(row + 4, st0, r["signer"][1]).font = Font(bold=True)
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 44
    for c in range(3, last + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 11
    ws.freeze_panes = "C11"
    ws.page_setup.orientation = "landscape"
    wb.save(path)

# ---------------------------------------------------------------- main
def libre(path):
    ext = path.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, ".lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)

B = {"A": build_A, "E": build_E, "C": build_C, "B": build_B, "D": build_D}
for r in R:
    path = os.path.join(OUT, r["file"])
    B[r["hand"]](r, path)
    if r.get("libre"):
        libre(path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rej = r.get("rejected")
    key = {"file": r["file"], "sha256": sha, "status": "rejected" if rej else "extracted",
           "reason": r.get("reason") if rej else None,
           "unit": {"id": r["unit"][0], "name": r["unit"][1]},
           "document": {"number": r["number"], "date": r["date"][0]},
           "entries": [] if rej else [
               {"task": t, "status": s, "indicators": {i: v for i, v, _, _ in inds},
                "text": name} for t, s, name, inds, note in r["entries"]],
           "findings": [],
           "difficulties": [] if rej else r["diff"],
           "proposals": [] if rej else r["prop"]}
    json.dump(key, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=2)
    print("ok", r["file"])
