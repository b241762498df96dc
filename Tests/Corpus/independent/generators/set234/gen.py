# -*- coding: utf-8 -*-
"""Generator for set234. Data first, then one renderer per hand."""
import json, hashlib, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
ST = {"HT": "completed", "DTH": "in_progress", "CTH": "not_started", "KPS": "not_applicable", "?": "unknown"}

def F(label, dvt, shown, ind=None, val=None):
    return dict(label=label, dvt=dvt, shown=shown, ind=ind, val=val)

# ---------------------------------------------------------------- reports
R = []
def rep(**k):
    R.append(k)

# ===== H1: Trần Thị Kim Oanh style KPI sheet (XLSX) =====
rep(file="cctdc-tu-cham-kpi-ct38-2026.xlsx", hand="H1", uid="SKHCN-CCTDC",
    uname="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", header_unit="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
    number="412/BC-TĐC", date="2026-10-30", date_txt="Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
    tasks=[
     ("II.1.a", "Mở lớp tập huấn văn bản QPPL về TC-ĐL-CL cho doanh nghiệp và tọa đàm doanh nghiệp nhập khẩu", 10, 9.5, "Hoàn thành tốt", "HT",
      [F("Số lớp tập huấn (lớp)", "", "06", "training_courses", 6), F("Số lượt học viên (lượt người)", "", "742", "participants", 742)]),
     ("II.1.b", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", 5, 4.5, "Hoàn thành", "HT",
      [F("Số doanh nghiệp được hướng dẫn hồ sơ (doanh nghiệp)", "", "14", "enterprises_supported", 14)]),
     ("II.2.a", "Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100", 10, 7, "Chưa hoàn thành", "DTH",
      [F("Số doanh nghiệp được hỗ trợ năng suất (doanh nghiệp)", "", "23", "enterprises_supported", 23), F("Kinh phí đã giải ngân (đồng)", "", "1.240.000.000", "budget_spent_vnd", 1240000000)]),
     ("II.2.e", "Góp ý dự thảo TCVN, QCVN và xây dựng QCĐP", 8, 8, "Hoàn thành tốt", "HT",
      [F("Số dự thảo TCVN, QCVN đã góp ý (văn bản)", "", "17", "standards_reviewed", 17)]),
     ("II.3.a", "Tập huấn nghiệp vụ cho công chức sở, ngành, UBND xã, phường, đặc khu", 10, 9, "Hoàn thành tốt", "HT",
      [F("Số lớp (lớp)", "", "04", "training_courses", 4), F("Số công chức tham dự (người)", "", "356", "participants", 356)]),
     ("II.4.b", "Bảo trì, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ", 7, 6.5, "Hoàn thành", "HT",
      [F("Số phương tiện đo đã hiệu chuẩn (chiếc)", "", "38", "instruments_verified", 38)]),
     ("II.5.a", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa trên thị trường", 20, 18, "Hoàn thành tốt", "HT",
      [F("Số cuộc kiểm tra (cuộc)", "", "21", "inspections", 21), F("Số cơ sở được kiểm tra (cơ sở)", "", "187", "establishments_inspected", 187),
       F("Số cơ sở vi phạm (cơ sở)", "", "19", "violations", 19), F("Tiền xử phạt (đồng)", "", "286.500.000", "fines_vnd", 286500000)]),
     ("II.5.b", "Khảo sát chất lượng sản phẩm, hàng hóa", 10, 6, "Chưa hoàn thành", "DTH",
      [F("Số mẫu đã lấy khảo sát (mẫu)", "", "64", "samples_tested", 64)]),
     ("II.6.b", "Phối hợp APO thúc đẩy năng suất", 5, 0, "Chưa hoàn thành", "CTH", []),
    ],
    diffs=["Kinh phí khảo sát chất lượng năm 2026 được giao chậm nên đợt khảo sát thứ hai phải lùi sang tháng 11.",
           "Lực lượng kiểm tra mỏng so với số cơ sở kinh doanh trên địa bàn Thành phố sau sáp nhập."],
    props=["Đề nghị Sở bổ sung 02 biên chế công chức cho Phòng Quản lý Đo lường."],
    signer="Trần Thị Kim Oanh")
rep(file="TT-PTTN_tu-danh-gia-KH38.xlsx", hand="H1", uid="SKHCN-TTPTTN",
    uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", header_unit="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
    number="287/BC-TTPTTN", date="2026-10-27", date_txt="TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
    tasks=[
     ("II.4.a", "Đầu tư trang thiết bị thử nghiệm, hiện đại hóa phòng thí nghiệm", 30, 24, "Chưa hoàn thành", "DTH",
      [F("Kinh phí đã giải ngân (đồng)", "", "3.850.000.000", "budget_spent_vnd", 3850000000), F("Số thiết bị đã nhận bàn giao (thiết bị)", "", "07")]),
     ("II.2.g", "Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", 30, 29, "Hoàn thành tốt", "HT",
      [F("Số phương tiện đo được kiểm định, hiệu chuẩn (phương tiện)", "", "15.342", "instruments_verified", 15342), F("Số mẫu thử nghiệm (mẫu)", "", "4.120", "samples_tested", 4120)]),
     ("II.4.c", "Duy trì chuẩn đo lường, liên kết chuẩn", 20, 18, "Hoàn thành", "HT",
      [F("Số chuẩn được hiệu chuẩn liên kết (chuẩn)", "", "26", "instruments_verified", 26)]),
     ("II.3.d", "Tập huấn cho sinh viên, viên chức về đo lường, thử nghiệm", 20, 17, "Hoàn thành", "HT",
      [F("Số khóa đào tạo (khóa)", "", "05", "training_courses", 5), F("Số học viên (người)", "", "163", "participants", 163)]),
    ],
    diffs=["Một số gói thầu thiết bị phải đấu thầu lại do không có nhà thầu đáp ứng."],
    props=["Kiến nghị Sở cho phép chuyển nguồn kinh phí mua sắm chưa giải ngân sang năm 2027."],
    signer="Võ Thanh Tâm")
rep(file="SoCongThuong_cham-diem-nhiem-vu-CT38.xlsx", hand="H1", uid="SO-CT", uname="Sở Công Thương",
    header_unit="SỞ CÔNG THƯƠNG", number="5126/BC-SCT", date="2026-11-10", date_txt="Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026",
    tasks=[
     ("II.5.a", "Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG)", 40, 37, "Hoàn thành tốt", "HT",
      [F("Số cuộc kiểm tra liên ngành (cuộc)", "", "08", "inspections", 8), F("Số cửa hàng được kiểm tra (cửa hàng)", "", "96", "establishments_inspected", 96),
       F("Số cửa hàng vi phạm (cơ sở)", "", "05", "violations", 5), F("Tiền phạt (đồng)", "", "67.000.000", "fines_vnd", 67000000)]),
     ("II.2.đ", "Duy trì ISO 9001:2015 tại cơ quan Sở", 20, 19, "Hoàn thành", "HT", []),
     ("II.2.e", "Góp ý quy chuẩn kỹ thuật ngành công thương", 20, 15, "Chưa hoàn thành", "DTH",
      [F("Số dự thảo quy chuẩn đã góp ý (dự thảo)", "", "03", "standards_reviewed", 3)]),
     ("II.6.a", "Cập nhật cam kết TBT trong các FTA cho doanh nghiệp", 20, 18, "Hoàn thành", "HT",
      [F("Số tin, bài cảnh báo TBT (tin)", "", "42", "communications", 42)]),
    ],
    diffs=["Nhiều cửa hàng xăng dầu thay đổi chủ sở hữu, hồ sơ pháp lý chưa cập nhật kịp."],
    props=["Đề nghị Chi cục TĐC cung cấp danh mục QCVN sắp ban hành để Sở chủ động góp ý."],
    signer="Huỳnh Minh Khoa")
rep(file="P.TanThuan_KPI_CT38.xlsx", hand="H1", uid="27478", uname="Phường Tân Thuận",
    header_unit="ỦY BAN NHÂN DÂN PHƯỜNG TÂN THUẬN", number="318/BC-UBND", date="2026-11-12", date_txt="Tân Thuận, ngày 12 tháng 11 năm 2026",
    tasks=[
     ("II.5.c", "Kiểm tra đo lường tại chợ, cân đối chứng, kinh doanh vàng trang sức", 40, 36, "Hoàn thành tốt", "HT",
      [F("Số đợt kiểm tra (cuộc)", "", "05", "inspections", 5), F("Số cơ sở được kiểm tra (cơ sở)", "", "45", "establishments_inspected", 45),
       F("Số cơ sở vi phạm (cơ sở)", "", "03", "violations", 3), F("Tiền phạt (đồng)", "", "9.500.000", "fines_vnd", 9500000)]),
     ("II.3.a", "Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL", 20, 20, "Hoàn thành", "HT",
      [F("Số lượt công chức dự tập huấn (lượt)", "", "04", "participants", 4)]),
     ("II.1.a", "Tuyên truyền pháp luật TC-ĐL-CL cho hộ kinh doanh", 20, 14, "Chưa hoàn thành", "DTH",
      [F("Số tin bài trên trang thông tin phường (tin)", "", "11", "communications", 11)]),
     ("II.2.đ", "Áp dụng ISO 9001 tại bộ phận một cửa", 20, None, "Không phát sinh", "KPS", []),
    ],
    diffs=["Phường chưa có cân đối chứng đạt chuẩn tại chợ Tân Thuận."],
    props=["Đề nghị Chi cục TĐC hỗ trợ 02 cân đối chứng cho các chợ trên địa bàn phường."],
    signer="Lâm Ngọc Diễm")

# ===== H2: Lê Văn Phúc field blocks (DOCX) =====
rep(file="KTPC_bao-cao-ket-qua-CT38-10T.docx", hand="H2", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
    number="76/BC-KTPC", date="2026-10-29", date_txt="Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
    tasks=[
     ("II.5.a", "Phối hợp Chi cục TĐC kiểm tra chất lượng hàng hóa lưu thông", "Quyết định thành lập 04 đoàn kiểm tra liên ngành; biên bản kiểm tra.",
      "Đã hoàn thành", "HT", [F("Số cuộc kiểm tra (cuộc)", "", "04", "inspections", 4), F("Số cơ sở được kiểm tra (cơ sở)", "", "31", "establishments_inspected", 31), F("Số cơ sở vi phạm (cơ sở)", "", "06", "violations", 6)],
      "Một số cơ sở vắng chủ khi đoàn đến.", "Phối hợp UBND phường thông báo trước lịch kiểm tra."),
     ("II.5.d", "Xử lý nghiêm hành vi vi phạm, tiếp nhận phản ánh, tố giác", "Quyết định xử phạt vi phạm hành chính.",
      "Đang tiếp tục thực hiện", "DTH", [F("Số trường hợp vi phạm bị xử phạt (trường hợp)", "", "11", "violations", 11), F("Tiền xử phạt (đồng)", "", "154.750.000", "fines_vnd", 154750000)],
      "02 hồ sơ đang chờ xác minh.", "Hoàn tất xác minh trong tháng 11/2026."),
     ("II.2.c", "Góp ý dự thảo sửa đổi Luật Chất lượng sản phẩm, hàng hóa", "Văn bản góp ý gửi Bộ KH&CN.",
      "Đã hoàn thành", "HT", [F("Số văn bản góp ý (văn bản)", "", "02")], "Không.", "Không."),
     ("II.4.b", "Phối hợp rà soát thiết bị kỹ thuật nghiệp vụ kiểm tra", "Danh mục thiết bị cần bổ sung.",
      "Chưa triển khai", "CTH", [], "Chưa có hướng dẫn của Chi cục.", "Chờ Chi cục TĐC chủ trì triển khai."),
    ],
    diffs=["Thiếu phương tiện, thiết bị thử nhanh tại hiện trường khi kiểm tra chất lượng xăng dầu."],
    props=["Đề nghị Lãnh đạo Sở bố trí kinh phí mua 01 bộ thiết bị thử nhanh chất lượng xăng dầu."],
    signer="Lê Văn Phúc")
rep(file="VP-So_BC-thuc-hien-KH-CT38.docx", hand="H2", uid="SKHCN-VP", uname="Văn phòng Sở Khoa học và Công nghệ",
    number="154/BC-VP", date="2026-10-28", date_txt="Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
    tasks=[
     ("II.2.đ", "Duy trì, cải tiến hệ thống quản lý chất lượng ISO 9001:2015 tại Sở", "Quyết định công bố lại HTQLCL; báo cáo đánh giá nội bộ.",
      "Đã hoàn thành", "HT", [F("Số quy trình được cập nhật (quy trình)", "", "27"), F("Số cuộc đánh giá nội bộ (cuộc)", "", "02")],
      "Một số quy trình chưa cập nhật kịp thủ tục hành chính mới.", "Rà soát bổ sung trong Quý IV."),
     ("II.2.h", "Phối hợp cải tiến hệ thống thông tin giải quyết TTHC về TĐC", "Văn bản đề xuất gửi Bộ KH&CN.",
      "Đã hoàn thành", "HT", [], "Không.", "Không."),
     ("II.5.d", "Khen thưởng, tiếp nhận phản ánh của người dân", "Sổ theo dõi đơn thư.",
      "Không phát sinh", "KPS", [], "Không.", "Không."),
     ("II.4.a", "Bố trí kinh phí đầu tư cho đơn vị sự nghiệp", "Quyết định giao dự toán.",
      "Đang tiếp tục thực hiện", "DTH", [F("Kinh phí đã giải ngân (đồng)", "", "2.100.000.000", "budget_spent_vnd", 2100000000)],
      "Tỷ lệ giải ngân còn thấp.", "Đôn đốc Trung tâm hoàn tất thủ tục thanh toán."),
    ],
    diffs=["Nhân sự làm công tác ISO kiêm nhiệm nhiều việc."],
    props=["Đề nghị tổ chức tập huấn chuyên gia đánh giá nội bộ ISO cho công chức các phòng."],
    signer="Đặng Thị Hồng Nhung")
rep(file="QLKH_bc_CT38_2026.docx", hand="H2", uid="SKHCN-QLKH", uname="Phòng Quản lý Khoa học",
    number="61/BC-QLKH", date="2026-10-31", date_txt="Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
    tasks=[
     ("II.3.c", "Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo Nghị quyết 27/2023/NQ-HĐND", "Hồ sơ đề xuất thu hút chuyên gia.",
      "Đang tiếp tục thực hiện", "DTH", [F("Số hồ sơ chuyên gia đang thẩm định (hồ sơ)", "", "03")], "Ít ứng viên đáp ứng tiêu chí.", "Mở rộng thông báo tới các viện, trường."),
     ("II.2.a", "Phối hợp xét duyệt nhiệm vụ KH&CN về năng suất, chất lượng", "Quyết định phê duyệt nhiệm vụ.",
      "Đã hoàn thành", "HT", [F("Số doanh nghiệp được hỗ trợ (doanh nghiệp)", "", "09", "enterprises_supported", 9), F("Kinh phí hỗ trợ đã cấp (đồng)", "", "780.000.000", "budget_spent_vnd", 780000000)],
      "Không.", "Không."),
     ("II.6.b", "Phối hợp dự án APO về năng suất xanh", "Chưa có.",
      "Chưa triển khai", "CTH", [], "Chưa nhận được thông báo của APO.", "Theo dõi, triển khai khi có chương trình."),
    ],
    diffs=[], props=["Đề nghị Chi cục TĐC chia sẻ danh sách chuyên gia năng suất đã được công nhận."],
    signer="Bùi Anh Quân")
rep(file="SoGDDT_BC_CT38.docx", hand="H2", uid="SO-GDDT", uname="Sở Giáo dục và Đào tạo",
    number="3987/BC-SGDĐT", date="2026-11-13", date_txt="Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026",
    tasks=[
     ("II.3.d", "Lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào đào tạo tại các trường trung cấp, cao đẳng", "Kế hoạch liên tịch với Chi cục TĐC.",
      "Đã hoàn thành", "HT", [F("Số buổi tập huấn (buổi)", "", "06", "training_courses", 6), F("Số học sinh, sinh viên tham dự (lượt)", "", "1.150", "participants", 1150)],
      "Không.", "Không."),
     ("II.2.đ", "Duy trì hệ thống ISO tại cơ quan Sở", "Báo cáo xem xét của lãnh đạo.",
      "Đã hoàn thành", "HT", [], "Không.", "Không."),
     ("II.1.a", "Tuyên truyền về đo lường, chất lượng trong trường học", "Tin bài trên cổng thông tin ngành.",
      "Đang tiếp tục thực hiện", "DTH", [F("Số tin, bài (tin)", "", "18", "communications", 18)], "Tài liệu tuyên truyền còn ít.", "Đề nghị Chi cục cung cấp thêm tài liệu."),
    ],
    diffs=["Chương trình đào tạo chính khóa đã kín thời lượng, khó bố trí thêm nội dung chuyên đề."],
    props=["Đề nghị Sở KH&CN biên soạn tài liệu ngắn gọn về đo lường cho học sinh trung cấp."],
    signer="Nguyễn Văn Lực")
rep(file="P.CDS_bao-cao-chuyen-doi-so-thang10.docx", hand="H2", uid="SKHCN-CDS", uname="Phòng Chuyển đổi số",
    number="58/BC-CĐS", date="2026-10-26", date_txt="Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", mistaken=True,
    title="BÁO CÁO\nKết quả thực hiện Kế hoạch chuyển đổi số của Sở Khoa học và Công nghệ tháng 10/2026",
    tasks=[
     (None, "Vận hành hệ thống quản lý văn bản và điều hành", "Hệ thống hoạt động ổn định.", "Đã hoàn thành", None,
      [F("Số văn bản điện tử phát hành (văn bản)", "", "1.482")], "Đường truyền chậm vào giờ cao điểm.", "Nâng cấp đường truyền."),
     (None, "Số hóa hồ sơ thủ tục hành chính", "Kho dữ liệu hồ sơ số hóa.", "Đang tiếp tục thực hiện", None,
      [F("Số hồ sơ đã số hóa (hồ sơ)", "", "2.315")], "Thiếu máy quét.", "Mua bổ sung 02 máy quét."),
    ], diffs=["Thiếu nhân lực kỹ thuật."], props=["Đề nghị bổ sung kinh phí thuê dịch vụ số hóa."], signer="Tạ Quang Huy")

# ===== H3: ward officer, paragraph + vertical 2-col table + "Xếp loại nội dung:" (DOCX) =====
rep(file="HoaLoi_BC_TDC_2026.docx", hand="H3", uid="25849", uname="Phường Hòa Lợi", header_unit="ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA LỢI",
    number="245/BC-UBND", date="2026-11-09", date_txt="Hòa Lợi, ngày 09 tháng 11 năm 2026",
    tasks=[
     ("II.5.c", "Phường phối hợp Chi cục TĐC và Đội quản lý thị trường kiểm tra đo lường tại các chợ, cửa hàng xăng dầu trên địa bàn; nhắc nhở các hộ dùng cân sai số.", "Hoàn thành", "HT",
      [F("Số cuộc kiểm tra (cuộc)", "", "06", "inspections", 6), F("Số cơ sở được kiểm tra (cơ sở)", "", "52", "establishments_inspected", 52), F("Số trường hợp vi phạm (trường hợp)", "", "04", "violations", 4), F("Tiền phạt (đồng)", "", "7.000.000", "fines_vnd", 7000000)]),
     ("II.2.đ", "Bộ phận Một cửa phường tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật quy trình theo thủ tục mới.", "Đang thực hiện", "DTH", []),
     ("II.3.a", "Phường cử công chức kinh tế tham gia lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức.", "Hoàn thành", "HT",
      [F("Số công chức tham dự (người)", "", "03", "participants", 3)]),
     ("II.1.a", "Phường phối hợp tuyên truyền qua loa truyền thanh khu phố và nhóm Zalo hộ kinh doanh về ghi nhãn hàng hóa, cân đong đúng.", "Hoàn thành", "HT",
      [F("Số tin phát trên loa (tin)", "", "24", "communications", 24)]),
    ],
    diffs=["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường."],
    props=["Đề nghị Chi cục TĐC tổ chức tập huấn tại chỗ cho phường về kiểm tra cân tại chợ."],
    signer="Phan Thị Mỹ Linh")
rep(file="XuyenMoc-baocao-CT38.docx", hand="H3", uid="26632", uname="Xã Xuyên Mộc", header_unit="ỦY BAN NHÂN DÂN\nXÃ XUYÊN MỘC",
    number="198/BC-UBND", date="2026-11-11", date_txt="Xuyên Mộc, ngày 11 tháng 11 năm 2026",
    tasks=[
     ("II.5.c", "Xã thành lập tổ kiểm tra liên ngành, kiểm tra cân tại chợ Xuyên Mộc, các đại lý thu mua nông sản và cửa hàng xăng dầu.", "Đang thực hiện", "DTH",
      [F("Số cuộc kiểm tra (cuộc)", "", "03", "inspections", 3), F("Số cơ sở được kiểm tra (cơ sở)", "", "27", "establishments_inspected", 27), F("Số cơ sở vi phạm (cơ sở)", "", "02", "violations", 2)]),
     ("II.2.d", "Xã hướng dẫn hợp tác xã, cơ sở sản xuất tiêu, điều tự công bố sản phẩm, ghi nhãn và dán mã truy xuất nguồn gốc.", "Hoàn thành", "HT",
      [F("Số cơ sở được hướng dẫn (cơ sở)", "", "08", "enterprises_supported", 8)]),
     ("II.5.d", "Tiếp nhận phản ánh của người dân về cân thiếu tại đại lý thu mua.", "Không phát sinh", "KPS", []),
    ],
    diffs=["Địa bàn xã rộng, đại lý thu mua nông sản phân tán."],
    props=["Đề nghị Sở KH&CN cấp cho xã 01 bộ quả cân chuẩn để kiểm tra cân thu mua nông sản."],
    signer="Đỗ Văn Hậu")
rep(file="TanHoa_CT38_BC.docx", hand="H3", uid="26995", uname="Phường Tân Hòa", header_unit="ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN HÒA",
    number="402/BC-UBND", date="2026-11-06", date_txt="Tân Hòa, ngày 06 tháng 11 năm 2026",
    tasks=[
     ("II.5.c", "Phường kiểm tra việc chấp hành quy định về đo lường, nhãn hàng hóa tại các cửa hàng vàng bạc, chợ Tân Hòa.", "Hoàn thành", "HT",
      [F("Số cuộc kiểm tra (cuộc)", "", "04", "inspections", 4), F("Số cơ sở được kiểm tra (cơ sở)", "", "33", "establishments_inspected", 33), F("Số cơ sở vi phạm (cơ sở)", "", "0", "violations", 0)]),
     ("II.5.a", "Phường phối hợp đoàn của Chi cục lấy mẫu xăng dầu tại 02 cửa hàng trên địa bàn.", "Hoàn thành", "HT",
      [F("Số mẫu được lấy (mẫu)", "", "04", "samples_tested", 4)]),
     ("II.3.a", "Công chức văn hóa – xã hội và kinh tế tham gia tập huấn trực tuyến.", "Hoàn thành", "HT",
      [F("Số lượt tham dự (lượt)", "", "05", "participants", 5)]),
     ("II.2.đ", "Duy trì ISO 9001 tại UBND phường.", "Đang thực hiện", "DTH", []),
    ],
    diffs=[], props=["Đề nghị Chi cục TĐC gửi lịch kiểm tra sớm để phường bố trí lực lượng phối hợp."],
    signer="Trương Văn Nghĩa")
rep(file="CanGio_BC_PCTT_TKCN_2026.docx", hand="H3", uid="27664", uname="Xã Cần Giờ", header_unit="ỦY BAN NHÂN DÂN\nXÃ CẦN GIỜ",
    number="215/BC-UBND", date="2026-11-04", date_txt="Cần Giờ, ngày 04 tháng 11 năm 2026", mistaken=True,
    title="BÁO CÁO\nCông tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
    tasks=[
     (None, "Xã rà soát, kiện toàn Ban Chỉ huy phòng thủ dân sự xã; kiểm tra các tuyến đê bao, kè ven biển trước mùa triều cường.", "Hoàn thành", None,
      [F("Số km đê bao được kiểm tra (km)", "", "12,5")]),
     (None, "Diễn tập phương án ứng phó bão và sơ tán dân tại ấp Long Thạnh.", "Hoàn thành", None,
      [F("Số người tham gia diễn tập (người)", "", "320")]),
    ], diffs=["Một số đoạn kè bị sạt lở chưa có kinh phí sửa chữa."], props=["Đề nghị Thành phố hỗ trợ kinh phí gia cố kè ven biển."],
    signer="Lý Văn Tài")

# ===== H4: department / commune, "Tự đánh giá mức độ:" (DOCX) and per-figure sheet (XLSX) =====
rep(file="SXD_bao-cao-CT38-nam2026.docx", hand="H4", uid="SO-XD", uname="Sở Xây dựng", header_unit="SỞ XÂY DỰNG",
    number="9012/BC-SXD", date="2026-11-14", date_txt="Thành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2026",
    tasks=[
     ("II.5.a", "Kiểm tra chất lượng vật liệu xây dựng lưu thông", "Sở đã tổ chức kiểm tra chất lượng xi măng, thép, kính xây dựng tại các đại lý.", "Hoàn thành", "HT",
      [F("Số cuộc kiểm tra (cuộc)", "", "05", "inspections", 5), F("Số cơ sở được kiểm tra (cơ sở)", "", "38", "establishments_inspected", 38), F("Số mẫu vật liệu lấy thử nghiệm (mẫu)", "", "46", "samples_tested", 46), F("Số cơ sở vi phạm (cơ sở)", "", "03", "violations", 3)]),
     ("II.2.e", "Góp ý QCVN về vật liệu xây dựng", "Sở đã có văn bản góp ý các dự thảo do Bộ Xây dựng gửi lấy ý kiến.", "Hoàn thành", "HT",
      [F("Số dự thảo QCVN, TCVN đã góp ý (dự thảo)", "", "04", "standards_reviewed", 4)]),
     ("II.2.đ", "ISO 9001 trong hoạt động của Sở", "Sở đang chuyển đổi hệ thống ISO sang môi trường điện tử.", "Đang thực hiện", "DTH", []),
     ("II.3.a", "Cử công chức dự tập huấn", "Năm 2026 Chi cục TĐC chưa mời Sở tham dự lớp tập huấn.", "Không phát sinh", "KPS", []),
    ],
    diffs=["Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, dự toán không đủ."],
    props=["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm giảm phí thử nghiệm cho mẫu phục vụ quản lý nhà nước.", "Đề nghị Sở KH&CN tổ chức tập huấn riêng về QCVN 16:2023/BXD."],
    signer="Nguyễn Thành Lộc")
rep(file="SATTP-CT38-bao-cao.docx", hand="H4", uid="SO-ATTP", uname="Sở An toàn thực phẩm", header_unit="SỞ AN TOÀN THỰC PHẨM",
    number="1874/BC-SATTP", date="2026-11-05", date_txt="Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026",
    tasks=[
     ("II.5.a", "Hậu kiểm ghi nhãn, công bố sản phẩm thực phẩm", "Sở tổ chức hậu kiểm hồ sơ tự công bố và ghi nhãn thực phẩm.", "Đang thực hiện", "DTH",
      [F("Số đoàn kiểm tra (đoàn)", "", "12", "inspections", 12), F("Số cơ sở được kiểm tra (cơ sở)", "", "214", "establishments_inspected", 214), F("Số cơ sở vi phạm (cơ sở)", "", "17", "violations", 17), F("Tiền phạt (đồng)", "", "412.300.000", "fines_vnd", 412300000)]),
     ("II.1.a", "Tuyên truyền về ghi nhãn thực phẩm", "Sở phối hợp đài truyền hình, báo phát sóng phóng sự và đăng tin bài.", "Hoàn thành", "HT",
      [F("Số tin, bài, phóng sự (tin bài)", "", "35", "communications", 35), F("Số hội nghị phổ biến (hội nghị)", "", "02", "training_courses", 2), F("Số đại biểu tham dự (người)", "", "430", "participants", 430)]),
     ("II.2.e", "Góp ý quy chuẩn thực phẩm", "Chưa nhận được dự thảo lấy ý kiến trong năm.", "Không phát sinh", "KPS", []),
    ],
    diffs=["Số lượng hồ sơ tự công bố lớn, nhân lực hậu kiểm hạn chế."],
    props=["Đề nghị chia sẻ dữ liệu kết quả kiểm tra ghi nhãn giữa hai Sở."],
    signer="Lương Thị Bích Ngọc")
rep(file="So_NNMT_CT38_tonghop.xlsx", hand="H4", uid="SO-NNMT", uname="Sở Nông nghiệp và Môi trường", header_unit="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    number="7745/BC-SNNMT", date="2026-11-12", date_txt="Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026",
    tasks=[
     ("II.5.a", "Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi", "", "Hoàn thành", "HT",
      [F("Số cuộc kiểm tra", "cuộc", "09", "inspections", 9), F("Số cơ sở được kiểm tra", "cơ sở", "121", "establishments_inspected", 121), F("Số mẫu lấy kiểm nghiệm", "mẫu", "88", "samples_tested", 88), F("Số cơ sở vi phạm", "cơ sở", "07", "violations", 7), F("Tiền phạt", "đồng", "183.500.000", "fines_vnd", 183500000)]),
     ("II.2.d", "Hỗ trợ HTX áp dụng VietGAP, truy xuất nguồn gốc", "", "Đang thực hiện", "DTH",
      [F("Số HTX, doanh nghiệp được hỗ trợ", "đơn vị", "16", "enterprises_supported", 16)]),
     ("II.2.e", "Góp ý QCVN lĩnh vực nông nghiệp, môi trường", "", "Hoàn thành", "HT",
      [F("Số dự thảo QCVN đã góp ý", "dự thảo", "06", "standards_reviewed", 6)]),
    ],
    diffs=["Kinh phí kiểm nghiệm mẫu phân bón chưa đáp ứng kế hoạch lấy mẫu."],
    props=["Đề nghị UBND Thành phố bổ sung kinh phí kiểm nghiệm mẫu vật tư nông nghiệp năm 2027."],
    signer="Tô Hữu Thắng")
rep(file="XuanThoiSon_CT38.xlsx", hand="H4", uid="27577", uname="Xã Xuân Thới Sơn", header_unit="ỦY BAN NHÂN DÂN XÃ XUÂN THỚI SƠN",
    number="167/BC-UBND", date="2026-11-10", date_txt="Xuân Thới Sơn, ngày 10 tháng 11 năm 2026",
    tasks=[
     ("II.5.c", "Kiểm tra cân tại chợ, cửa hàng xăng dầu", "", "Hoàn thành", "HT",
      [F("Số cuộc kiểm tra", "cuộc", "02", "inspections", 2), F("Số cơ sở được kiểm tra", "cơ sở", "19", "establishments_inspected", 19), F("Số cơ sở vi phạm", "cơ sở", "01", "violations", 1), F("Tiền phạt", "đồng", "2.500.000", "fines_vnd", 2500000)]),
     ("II.3.a", "Công chức dự tập huấn nghiệp vụ", "", "Hoàn thành", "HT",
      [F("Số công chức tham dự", "người", "02", "participants", 2)]),
     ("II.1.a", "Tuyên truyền trên hệ thống loa ấp", "", "Đang thực hiện", "DTH",
      [F("Số tin tuyên truyền", "tin", "15", "communications", 15)]),
    ],
    diffs=["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
    props=["Đề nghị Chi cục TĐC ban hành mẫu biên bản kiểm tra dùng chung cho cấp xã."],
    signer="Cao Thị Thu Hà")

# ---------------------------------------------------------------- helpers
def setfont(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    rf.set(qn('w:eastAsia'), name)

def para(doc, text, bold=False, italic=False, align=None, size=None, indent=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(doc, left, number, date_txt):
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = left
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = "Số: " + number
    t.cell(1, 1).text = date_txt
    for c in t._cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs: r.font.size = Pt(12)
    for r in t.cell(0, 1).paragraphs[0].runs: r.bold = True
    for r in t.cell(1, 1).paragraphs[0].runs: r.italic = True

def fig_line(f):
    return f"{f['label']}: {f['shown']}" if not f["dvt"] else f"{f['label']} ({f['dvt']}): {f['shown']}"

# ---------------------------------------------------------------- H1 renderer (KPI sheet)
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
def r_h1(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tu cham diem"
    ws["A1"] = r["header_unit"]; ws["A1"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A2"] = "Số: " + r["number"]; ws["E3"] = r["date_txt"]; ws["E3"].font = Font(italic=True)
    ws.merge_cells("A5:F5")
    ws["A5"] = "BẢNG TỰ CHẤM ĐIỂM KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "(Kèm theo Báo cáo số " + r["number"] + ")"; ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Nhiệm vụ", "Kết quả (số liệu)", "Trọng số", "Điểm tự chấm", "Xếp loại"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = B
        c.fill = PatternFill("solid", fgColor="DDEBF7"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = 9; tw = ts = 0
    for n, t in enumerate(r["tasks"], 1):
        code, name, w, s, grade, st, figs = t
        vals = [n, name, "\n".join(fig_line(f) for f in figs) if figs else "", w, s if s is not None else "-", grade]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row, i, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical="top")
        tw += w; ts += (s or 0); row += 1
    ws.cell(row, 2, "Tổng điểm").font = Font(bold=True)
    ws.cell(row, 4, f"=SUM(D9:D{row-1})"); ws.cell(row, 5, f"=SUM(E9:E{row-1})")
    for i in range(1, 7): ws.cell(row, i).border = B
    row += 2
    ws.cell(row, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); row += 1
    for d in r["diffs"]:
        ws.cell(row, 2, "- " + d); row += 1
    ws.cell(row, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); row += 1
    for d in r["props"]:
        ws.cell(row, 2, "- " + d); row += 1
    row += 1
    ws.cell(row, 5, "NGƯỜI LẬP BIỂU").font = Font(bold=True); ws.cell(row + 4, 5, r["signer"])
    for col, w in zip("ABCDEF", [6, 48, 52, 10, 13, 18]): ws.column_dimensions[col].width = w
    wb.save(path)

# ---------------------------------------------------------------- H2 renderer (field blocks)
def r_h2(r, path):
    doc = Document(); setfont(doc)
    header_table(doc, "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n" + r["uname"].upper() if r["uid"].startswith("SKHCN") else "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n" + r["uname"].upper(),
                 r["number"], r["date_txt"])
    para(doc, "")
    title = r.get("title", "BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng")
    for i, line in enumerate(title.split("\n")):
        para(doc, line, bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng." if not r.get("mistaken") else "Kính gửi: Lãnh đạo Sở Khoa học và Công nghệ.", align="c")
    para(doc, f"{r['uname']} báo cáo kết quả thực hiện các nội dung được giao như sau:", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for n, t in enumerate(r["tasks"], 1):
        code, name, product, stword, st, figs, ton, huong = t
        para(doc, f"{n}. {name}", bold=True)
        para(doc, f"Nội dung công việc: {name}.", indent=0.5)
        para(doc, f"Sản phẩm: {product}", indent=0.5)
        para(doc, "Kết quả:", indent=0.5)
        for f in figs:
            para(doc, "+ " + fig_line(f), indent=1)
        para(doc, f"+ Tình trạng: {stword}.", indent=1)
        para(doc, f"Tồn tại: {ton}", indent=0.5)
        para(doc, f"Hướng xử lý: {huong}", indent=0.5)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    if not r["diffs"]: para(doc, "Không có.", indent=1)
    for d in r["diffs"]: para(doc, "- " + d, indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in r["props"]: para(doc, "- " + d, indent=1)
    para(doc, "Trên đây là báo cáo của " + r["uname"] + "./.", indent=1)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    t.cell(0, 1).text = ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" if r["uid"].startswith("SO-") else "TRƯỞNG PHÒNG" if "Phòng" in r["uname"] else "CHÁNH VĂN PHÒNG") + "\n\n\n\n" + r["signer"]
    doc.save(path)

# ---------------------------------------------------------------- H3 renderer (ward: paragraph + vertical table + Xếp loại)
def r_h3(r, path):
    doc = Document(); setfont(doc, size=14)
    header_table(doc, r["header_unit"], r["number"], r["date_txt"])
    para(doc, "")
    title = r.get("title", "BÁO CÁO\nKết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn năm 2026\n(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)")
    for line in title.split("\n"): para(doc, line, bold=True, align="c")
    para(doc, "Thực hiện văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân " + r["uname"].split(" ", 1)[0].lower() + " báo cáo như sau:", indent=1, align="j")
    para(doc, "1. Kết quả thực hiện", bold=True)
    for n, t in enumerate(r["tasks"], 1):
        code, text, stword, st, figs = t
        para(doc, f"1.{n}. {text}", align="j", indent=1)
        if figs:
            tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for f in figs:
                lab = f["label"]; shown = f["shown"]
                cells = tb.add_row().cells; cells[0].text = lab; cells[1].text = shown
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        para(doc, f"Xếp loại nội dung: {stword}", italic=True, indent=1)
    para(doc, "2. Khó khăn, vướng mắc", bold=True)
    if not r["diffs"]: para(doc, "Chưa ghi nhận khó khăn.", indent=1)
    for d in r["diffs"]: para(doc, "- " + d, indent=1)
    para(doc, "3. Đề xuất", bold=True)
    for d in r["props"]: para(doc, "- " + d, indent=1)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT."
    t.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n" + r["signer"]
    doc.save(path)

# ---------------------------------------------------------------- H4 renderers
def r_h4d(r, path):
    doc = Document(); setfont(doc)
    header_table(doc, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n" + r["header_unit"], r["number"], r["date_txt"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Tình hình thực hiện nhiệm vụ phối hợp triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    for n, t in enumerate(r["tasks"], 1):
        code, name, intro, stword, st, figs = t
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        rr = p.add_run(f"{n}. {name}. "); rr.bold = True
        body = intro
        if figs:
            body += " Kết quả: " + "; ".join(fig_line(f) for f in figs) + "."
        p.add_run(body)
        p2 = para(doc, "", indent=1); x = p2.add_run("Tự đánh giá mức độ: "); x.italic = True
        y = p2.add_run(stword + "."); y.bold = True; y.italic = True
    para(doc, "Khó khăn, vướng mắc", bold=True)
    for d in r["diffs"]: para(doc, "- " + d, indent=1)
    para(doc, "Kiến nghị", bold=True)
    for d in r["props"]: para(doc, "- " + d, indent=1)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Sở KH&CN (qua Chi cục TĐC);\n- Lưu: VT."
    t.cell(0, 1).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n" + r["signer"]
    doc.save(path)

def r_h4x(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws["A1"] = r["header_unit"]; ws["A2"] = "Số: " + r["number"]; ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D3"] = r["date_txt"]
    ws["A5"] = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True)
    hdr = ["TT", "Nội dung", "Chỉ tiêu", "ĐVT", "Số liệu", "Tự đánh giá mức độ"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = B
    row = 8
    for n, t in enumerate(r["tasks"], 1):
        code, name, intro, stword, st, figs = t
        start = row
        for f in figs or [None]:
            ws.cell(row, 1, n if row == start else None); ws.cell(row, 2, name if row == start else None)
            if f:
                ws.cell(row, 3, f["label"]); ws.cell(row, 4, f["dvt"])
                v = f["val"]
                if f["dvt"] == "đồng":
                    ws.cell(row, 5, v).number_format = "#,##0"
                else:
                    ws.cell(row, 5, v).number_format = "00"
            ws.cell(row, 6, stword if row == start else None)
            for i in range(1, 7): ws.cell(row, i).border = B
            row += 1
        if row - start > 1:
            for col in (1, 2, 6): ws.merge_cells(start_row=start, start_column=col, end_row=row - 1, end_column=col)
        for col in (1, 2, 6): ws.cell(start, col).alignment = Alignment(vertical="center", wrap_text=True)
    row += 1
    ws.cell(row, 1, "Khó khăn:").font = Font(bold=True); row += 1
    for d in r["diffs"]: ws.cell(row, 2, d); row += 1
    ws.cell(row, 1, "Kiến nghị:").font = Font(bold=True); row += 1
    for d in r["props"]: ws.cell(row, 2, d); row += 1
    ws.cell(row + 1, 5, r["signer"])
    for col, w in zip("ABCDEF", [5, 45, 32, 9, 14, 20]): ws.column_dimensions[col].width = w
    wb.save(path)

# ---------------------------------------------------------------- build
LO_RESAVE = {"XuyenMoc-baocao-CT38.docx", "So_NNMT_CT38_tonghop.xlsx"}
def lo_resave(path):
    d = tempfile.mkdtemp(); ext = path.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", d, path], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(d, os.path.basename(path)), path)

def main():
    for r in R:
        path = os.path.join(OUT, r["file"])
        h = r["hand"]
        if h == "H1": r_h1(r, path)
        elif h == "H2": r_h2(r, path)
        elif h == "H3": r_h3(r, path)
        elif h == "H4": (r_h4x if path.endswith("xlsx") else r_h4d)(r, path)
        if r["file"] in LO_RESAVE: lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        entries = []; allfigs = []
        if not r.get("mistaken"):
            for t in r["tasks"]:
                code = t[0]
                if h == "H1": figs, st, txt = t[6], t[5], t[1]
                elif h == "H2": figs, st, txt = t[5], t[4], t[1]
                elif h == "H3": figs, st, txt = t[4], t[3], t[1]
                else: figs, st, txt = t[5], t[4], t[1]
                ind = {}
                for f in figs:
                    allfigs.append(f)
                    if f["ind"]: ind[f["ind"]] = ind.get(f["ind"], 0) + f["val"]
                entries.append({"task": code, "status": ST[st], "indicators": ind, "text": txt})
        key = {"file": r["file"], "sha256": sha,
               "status": "rejected" if r.get("mistaken") else "extracted",
               "reason": ("Không phải báo cáo Kế hoạch CT38: " + r["title"].split("\n")[1]) if r.get("mistaken") else None,
               "unit": {"id": r["uid"], "name": r["uname"]},
               "document": {"number": r["number"], "date": r["date"]},
               "entries": entries, "findings": [],
               "difficulties": [] if r.get("mistaken") else r["diffs"],
               "proposals": [] if r.get("mistaken") else r["props"]}
        # private check aid: shown forms of keyed figures
        json.dump(key, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print(r["file"], len(entries))

if __name__ == "__main__":
    main()
