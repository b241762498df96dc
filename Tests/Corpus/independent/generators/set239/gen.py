# -*- coding: utf-8 -*-
"""Generator for set239: 17 reports in 4 hands. Run: python3 gen.py"""
import json, os, re, random, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(239)

def dots(n):
    return f"{n:,}".replace(",", ".")

def z2(n):
    return f"{n:02d}"

# ---------------------------------------------------------------- data
# entry: (task, status, own name, detail text, [(indicator, value)], status words)
R = []

def rep(**kw):
    R.append(kw)

# ===== Hand 1: Lâm Thị Thu Hà style — Excel T1..T11 + Cộng, status as dates
rep(file="26842-theo-doi-thang-ct38.xlsx", hand=1, uid="26842", uname="Phường Tăng Nhơn Phú",
    unit_hdr="UBND PHƯỜNG TĂNG NHƠN PHÚ", number="287/BC-UBND", date="2026-11-12",
    entries=[
     ("II.5.c", "in_progress", "Phối hợp kiểm tra cân, đo lường tại chợ Tăng Nhơn Phú, chợ Phước Long",
      [("inspections", 6, "Số cuộc kiểm tra (cuộc)"), ("establishments_inspected", 58, "+ Số cơ sở, quầy được kiểm tra"),
       ("violations", 4, "+ Số trường hợp vi phạm"), ("fines_vnd", 7500000, "+ Tiền phạt (đồng)")], "dự kiến xong 15/12/2026"),
     ("II.1.a", "completed", "Tuyên truyền trên loa phát thanh, trang thông tin điện tử phường về tiêu chuẩn, đo lường, chất lượng",
      [("communications", 14, "Số tin, bài (tin)")], "xong ngày 30/9"),
     ("II.3.a", "completed", "Cử công chức dự lớp tập huấn nghiệp vụ TĐC do Sở tổ chức",
      [("participants", 3, "Số lượt công chức dự (người)")], "xong ngày 18/6"),
     ("II.5.a", "in_progress", "Phối hợp Đội QLTT kiểm tra đồ chơi trẻ em, mũ bảo hiểm bày bán trên địa bàn",
      [("inspections", 2, "Số cuộc kiểm tra (cuộc)"), ("establishments_inspected", 11, "+ Số cơ sở được kiểm tra"),
       ("violations", 1, "+ Số cơ sở vi phạm")], "hạn 30/9 – chưa xong"),
     ("II.2.đ", "in_progress", "Duy trì hệ thống ISO 9001:2015 tại Bộ phận Một cửa phường", [], "dự kiến xong 20/12/2026"),
    ],
    diffs=["Chưa có cán bộ chuyên trách lĩnh vực tiêu chuẩn đo lường chất lượng, công chức kinh tế phải kiêm nhiệm nhiều việc.",
           "Phường chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ."],
    props=["Đề nghị Chi cục TĐC hỗ trợ cấp bộ quả cân chuẩn cho tổ kiểm tra của phường.",
           "Đề nghị Sở KH&CN mở thêm lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027."],
    preparer="Lâm Thị Thu Hà")

rep(file="25760_BC_CT38_11thang.xlsx", hand=1, uid="25760", uname="Phường Bình Dương",
    unit_hdr="ỦY BAN NHÂN DÂN PHƯỜNG BÌNH DƯƠNG", number="164/BC-UBND", date="2026-11-09",
    entries=[
     ("II.5.c", "completed", "Kiểm tra đo lường tại các cửa hàng xăng dầu trên địa bàn phường",
      [("inspections", 3, "Số cuộc kiểm tra (cuộc)"), ("establishments_inspected", 9, "+ Cửa hàng được kiểm tra"),
       ("violations", 1, "+ Cửa hàng vi phạm"), ("fines_vnd", 12000000, "+ Tiền phạt (đồng)")], "xong ngày 25/10"),
     ("II.5.a", "in_progress", "Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn tại các cửa hàng tạp hóa",
      [("inspections", 4, "Số cuộc kiểm tra (cuộc)"), ("establishments_inspected", 27, "+ Số cơ sở được kiểm tra"),
       ("violations", 3, "+ Số cơ sở vi phạm"), ("fines_vnd", 4500000, "+ Tiền phạt (đồng)")], "dự kiến xong 15/12/2026"),
     ("II.1.a", "completed", "Tuyên truyền, phát tờ rơi; hội nghị phổ biến quy định đo lường cho hộ kinh doanh",
      [("communications", 9, "Số tin bài, tờ rơi (loại)"), ("training_courses", 1, "+ Hội nghị phổ biến (cuộc)"),
       ("participants", 65, "+ Người tham dự (lượt)")], "xong ngày 31/8"),
     ("II.3.a", "completed", "Công chức phường tham gia tập huấn chuyên môn TĐC",
      [("participants", 2, "Số người dự (người)")], "xong ngày 12/6"),
    ],
    diffs=["Nhiều hộ kinh doanh nhỏ lẻ không có giấy tờ chứng minh nguồn gốc hàng hóa nên khó xử lý."],
    props=["Đề nghị Chi cục TĐC cử cán bộ chuyên môn hỗ trợ phường khi kiểm tra cửa hàng xăng dầu."],
    preparer="Lâm Thị Thu Hà", resave=True)

rep(file="bc-ct38-xa-binh-chau.xlsx", hand=1, uid="26656", uname="Xã Bình Châu",
    unit_hdr="UBND XÃ BÌNH CHÂU", number="96/BC-UBND", date="2026-11-14",
    entries=[
     ("II.5.c", "in_progress", "Kiểm tra cân tại chợ Bình Châu và các điểm thu mua hải sản",
      [("inspections", 4, "Số cuộc kiểm tra (cuộc)"), ("establishments_inspected", 36, "+ Số điểm, quầy được kiểm tra"),
       ("violations", 5, "+ Số trường hợp vi phạm"), ("fines_vnd", 3000000, "+ Tiền phạt (đồng)")], "hạn 30/10 – chưa xong"),
     ("II.1.a", "completed", "Tuyên truyền trên hệ thống truyền thanh xã", [("communications", 6, "Số tin, bài (tin)")], "xong ngày 20/9"),
     ("II.5.a", "not_started", "Kiểm tra mũ bảo hiểm, đồ chơi trẻ em tại các điểm bán", [], "hạn 20/12/2026 – chưa làm"),
     ("II.3.a", "completed", "Cử công chức dự tập huấn nghiệp vụ", [("participants", 2, "Số người dự (người)")], "xong ngày 18/6"),
     ("II.2.đ", "completed", "Đánh giá nội bộ, duy trì ISO 9001 tại UBND xã", [], "xong ngày 30/10"),
    ],
    diffs=["Các điểm thu mua hải sản hoạt động theo mùa vụ, thường xuyên thay đổi địa điểm nên khó theo dõi."],
    props=["Đề nghị Chi cục TĐC tổ chức kiểm định cân tại chỗ cho các điểm thu mua hải sản của xã."],
    preparer="Trần Văn Lợi")

rep(file="TTPT_theodoi_KH38_T1-T11.xlsx", hand=1, uid="SKHCN-TTPTTN",
    uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    unit_hdr="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM",
    number="521/BC-TTPT", date="2026-10-28",
    entries=[
     ("II.2.g", "in_progress", "Dịch vụ kiểm định, hiệu chuẩn phương tiện đo cho doanh nghiệp, người dân",
      [("instruments_verified", 18460, "Phương tiện đo đã kiểm định, hiệu chuẩn (PT)"), ("enterprises_supported", 1240, "+ Khách hàng là DN, tổ chức (đơn vị)")],
      "dự kiến xong 31/12/2026"),
     ("II.5.b", "completed", "Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC",
      [("samples_tested", 186, "Số mẫu đã thử nghiệm (mẫu)")], "xong ngày 15/10"),
     ("II.4.a", "in_progress", "Đầu tư, mua sắm thiết bị thử nghiệm (dự án nâng cao năng lực phòng thí nghiệm)",
      [("budget_spent_vnd", 2350000000, "Kinh phí đã giải ngân (đồng)")], "hạn 30/11 – chưa xong"),
     ("II.4.c", "completed", "Hiệu chuẩn, duy trì liên kết chuẩn đo lường chính của Trung tâm",
      [("instruments_verified", 42, "Chuẩn đo lường đã hiệu chuẩn (chuẩn)")], "xong ngày 30/9"),
     ("II.3.d", "completed", "Phối hợp Chi cục hướng dẫn sinh viên thực tập về đo lường, thử nghiệm",
      [("training_courses", 3, "Số lớp (lớp)"), ("participants", 96, "+ Sinh viên tham dự (người)")], "xong ngày 20/8"),
    ],
    diffs=["Một số thiết bị thử nghiệm chưa được giải ngân đúng tiến độ do chờ kết quả lựa chọn nhà thầu."],
    props=["Đề nghị Sở sớm phê duyệt danh mục thiết bị bổ sung năm 2027 cho Trung tâm."],
    preparer="Nguyễn Thị Kim Oanh")

# ===== Hand 2: Phạm Quốc Vinh style — Word, "label:\t\tnumber ĐVT" lines, "Tiến độ:\t\t<date>"
rep(file="CCTDC-BC-1187-KH38-2026.docx", hand=2, uid="SKHCN-CCTDC",
    uname="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    hdr_top="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", hdr_unit="CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG",
    number="1187/BC-CCTĐC", date="2026-11-10", addressee="Sở Khoa học và Công nghệ",
    entries=[
     ("II.1.a", "completed", "Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu",
      "Chi cục tổ chức các lớp tập huấn tại trụ sở và trực tuyến, trong đó có 01 buổi tọa đàm với doanh nghiệp nhập khẩu.",
      [("training_courses", 4, "Số lớp, tọa đàm", "lớp"), ("participants", 412, "Số lượt người dự", "lượt người")], "xong ngày 25/9"),
     ("II.1.b", "completed", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
      "Đăng tin trên cổng thông tin và gửi thư mời trực tiếp tới doanh nghiệp.",
      [("enterprises_supported", 23, "Doanh nghiệp được hướng dẫn hồ sơ", "doanh nghiệp"), ("communications", 5, "Tin bài", "tin")], "xong ngày 30/6"),
     ("II.2.a", "in_progress", "Chương trình năng suất chất lượng, Đề án 996, Đề án 100",
      "Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc.",
      [("enterprises_supported", 37, "Doanh nghiệp được hỗ trợ", "doanh nghiệp"), ("budget_spent_vnd", 186500000, "Kinh phí đã giải ngân", "đồng")], "dự kiến xong 20/12/2026"),
     ("II.2.d", "in_progress", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy",
      "Hướng dẫn thủ tục công bố hợp quy và tư vấn áp dụng ISO 9001, ISO 22000.",
      [("enterprises_supported", 52, "Doanh nghiệp được tư vấn, hướng dẫn", "doanh nghiệp")], "dự kiến xong 31/12/2026"),
     ("II.2.e", "in_progress", "Góp ý dự thảo TCVN, QCVN",
      "Tổng hợp ý kiến các phòng, đơn vị gửi Bộ KH&CN và các Bộ quản lý ngành.",
      [("standards_reviewed", 14, "Dự thảo đã góp ý", "dự thảo")], "hạn 30/11 – chưa xong"),
     ("II.3.a", "completed", "Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu",
      "Tổ chức 02 đợt cho công chức phụ trách lĩnh vực TĐC ở cấp xã.",
      [("training_courses", 2, "Số lớp", "lớp"), ("participants", 168, "Số công chức tham dự", "người")], "xong ngày 14/10"),
     ("II.5.a", "in_progress", "Kiểm tra nhà nước về TĐC đối với hàng hóa lưu thông",
      "Kiểm tra theo kế hoạch và đột xuất đối với xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, hàng đóng gói sẵn.",
      [("inspections", 11, "Số cuộc kiểm tra", "cuộc"), ("establishments_inspected", 96, "Số cơ sở được kiểm tra", "cơ sở"),
       ("violations", 13, "Số cơ sở vi phạm", "cơ sở"), ("fines_vnd", 287500000, "Tiền phạt", "đồng")], "dự kiến xong 15/12/2026"),
     ("II.5.b", "completed", "Khảo sát chất lượng sản phẩm, hàng hóa",
      "Lấy mẫu khảo sát xăng, dầu diesel, thép xây dựng và gửi Trung tâm thử nghiệm.",
      [("samples_tested", 240, "Số mẫu khảo sát", "mẫu")], "xong ngày 30/10"),
     ("II.6.b", "not_started", "Phối hợp APO thúc đẩy năng suất khu vực công", "Chưa nhận được yêu cầu phối hợp.", [], "hạn 20/12/2026 – chưa làm"),
    ],
    diffs=["Biên chế của Chi cục còn thiếu so với khối lượng công việc kiểm tra trên địa bàn Thành phố sau sắp xếp.",
           "Kinh phí lấy mẫu khảo sát chất lượng còn hạn chế so với nhu cầu."],
    props=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
           "Đề nghị UBND các phường, xã cử đầu mối phối hợp kiểm tra đo lường tại chợ."],
    signer=("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Phạm Quốc Vinh"))

rep(file="KTPC_baocao_KH38.docx", hand=2, uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
    hdr_top="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", hdr_unit="PHÒNG KIỂM TRA – PHÁP CHẾ",
    number="74/BC-KTPC", date="2026-10-30", addressee="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    entries=[
     ("II.5.a", "completed", "Phối hợp kiểm tra TĐC hàng hóa trên thị trường",
      "Phòng cử công chức tham gia các đoàn kiểm tra liên ngành và đoàn của Sở.",
      [("inspections", 5, "Số cuộc tham gia", "cuộc"), ("establishments_inspected", 31, "Số cơ sở được kiểm tra", "cơ sở"),
       ("violations", 6, "Số cơ sở vi phạm", "cơ sở"), ("fines_vnd", 96000000, "Tiền phạt", "đồng")], "xong ngày 20/10"),
     ("II.2.c", "completed", "Góp ý dự thảo văn bản quy phạm pháp luật về TĐC",
      "Rà soát, góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi).", [], "xong ngày 15/7"),
     ("II.4.b", "in_progress", "Rà soát, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ",
      "Rà soát danh mục theo Nghị định 135/2021/NĐ-CP, gửi kiểm định thiết bị nghiệp vụ.",
      [("instruments_verified", 12, "Thiết bị đã kiểm định", "thiết bị")], "dự kiến xong 15/12/2026"),
     ("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác vi phạm", "", [], "không phát sinh"),
    ],
    diffs=["Thiết bị kỹ thuật nghiệp vụ hiện có đã cũ, nhiều thiết bị hết hạn kiểm định cùng lúc."],
    props=["Đề nghị Sở bố trí kinh phí mua mới thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP."],
    signer=("TRƯỞNG PHÒNG", "Lê Hoàng Sơn"), resave=True)

rep(file="QLKH-bc-ct38-10-2026.docx", hand=2, uid="SKHCN-QLKH", uname="Phòng Quản lý Khoa học",
    hdr_top="SỞ KHOA HỌC VÀ CÔNG NGHỆ", hdr_unit="PHÒNG QUẢN LÝ KHOA HỌC",
    number="58/BC-QLKH", date="2026-10-29", addressee="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    entries=[
     ("II.3.c", "in_progress", "Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC",
      "Tiếp nhận và thẩm định 02 hồ sơ chuyên gia theo Quyết định số 05/2026/QĐ-UBND.", [], "hạn 31/12/2026 – chưa xong"),
     ("II.3.b", "completed", "Phối hợp khóa bồi dưỡng chuyên sâu về năng suất",
      "Phòng phối hợp Chi cục mời giảng viên và chuyên gia.",
      [("training_courses", 1, "Số khóa", "khóa"), ("participants", 45, "Học viên", "người")], "xong ngày 22/8"),
     ("II.2.a", "in_progress", "Nhiệm vụ KH&CN hỗ trợ doanh nghiệp nâng cao năng suất",
      "Theo dõi các nhiệm vụ KH&CN cấp Thành phố có nội dung năng suất, chất lượng.",
      [("enterprises_supported", 6, "Doanh nghiệp thụ hưởng", "doanh nghiệp"), ("budget_spent_vnd", 1200000000, "Kinh phí đã cấp", "đồng")], "dự kiến xong 30/12/2026"),
     ("II.6.b", "completed", "Hội thảo năng suất dựa trên đổi mới sáng tạo (phối hợp APO)",
      "Tổ chức tại Thành phố với sự tham gia của chuyên gia APO.",
      [("training_courses", 1, "Hội thảo", "cuộc"), ("participants", 120, "Đại biểu", "người")], "xong ngày 16/10"),
    ],
    diffs=["Mức thu nhập thu hút chuyên gia chưa đủ hấp dẫn so với khu vực doanh nghiệp."],
    props=["Đề nghị Sở kiến nghị UBND Thành phố điều chỉnh mức hỗ trợ chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
    signer=("TRƯỞNG PHÒNG", "Võ Thị Bích Ngân"))

rep(file="CDS_BC_KH38_nam2026.docx", hand=2, uid="SKHCN-CDS", uname="Phòng Chuyển đổi số",
    hdr_top="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", hdr_unit="PHÒNG CHUYỂN ĐỔI SỐ",
    number="41/BC-CĐS", date="2026-10-27", addressee="Chi cục Tiêu chuẩn Đo lường Chất lượng",
    entries=[
     ("II.2.h", "completed", "Kết nối Hệ thống giải quyết TTHC với Cổng một cửa quốc gia",
      "Hoàn tất kết nối liên thông hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu.", [], "xong ngày 28/3"),
     ("II.2.i", "in_progress", "Kết nối cơ sở dữ liệu quốc gia về TĐC",
      "Đang thử nghiệm đồng bộ dữ liệu; tổ chức hướng dẫn sử dụng cho công chức Chi cục.",
      [("training_courses", 1, "Buổi hướng dẫn", "buổi"), ("participants", 34, "Người dự", "người")], "dự kiến xong 15/12/2026"),
     ("II.2.đ", "in_progress", "Hỗ trợ số hóa hệ thống quản lý chất lượng ISO của Sở",
      "Xây dựng phân hệ ISO điện tử trên nền tảng quản lý văn bản.", [], "hạn 30/11 – chưa xong"),
    ],
    diffs=["Cơ sở dữ liệu quốc gia về TĐC chưa có tài liệu đặc tả giao diện kết nối đầy đủ."],
    props=["Đề nghị Chi cục làm đầu mối đề nghị Ủy ban TĐC Quốc gia cung cấp tài liệu kỹ thuật kết nối."],
    signer=("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Đặng Minh Khoa"))

rep(file="SCT_bao-cao-CT38_2026.docx", hand=2, uid="SO-CT", uname="Sở Công Thương",
    hdr_top="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", hdr_unit="SỞ CÔNG THƯƠNG",
    number="612/BC-SCT", date="2026-11-06", addressee="Sở Khoa học và Công nghệ",
    entries=[
     ("II.5.a", "in_progress", "Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường",
      "Sở phối hợp với Chi cục TĐC và lực lượng quản lý thị trường kiểm tra xăng dầu, khí dầu mỏ hóa lỏng.",
      [("inspections", 8, "Số cuộc kiểm tra", "cuộc"), ("establishments_inspected", 64, "Số cơ sở được kiểm tra", "cơ sở"),
       ("violations", 9, "Số cơ sở vi phạm", "cơ sở"), ("fines_vnd", 154000000, "Tiền phạt", "đồng")], "dự kiến xong 31/12/2026"),
     ("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật ngành Công Thương",
      "Góp ý các dự thảo QCVN về an toàn điện, khí dầu mỏ hóa lỏng.",
      [("standards_reviewed", 5, "Dự thảo QCVN đã góp ý", "dự thảo")], "xong ngày 30/9"),
     ("II.3.a", "completed", "Cử công chức dự tập huấn nghiệp vụ TĐC",
      "Cử công chức Phòng Quản lý thương mại tham gia.",
      [("participants", 4, "Số công chức", "người")], "xong ngày 14/10"),
     ("II.2.đ", "completed", "Duy trì ISO 9001:2015 tại Sở",
      "Đánh giá nội bộ và xem xét của lãnh đạo đã thực hiện.", [], "xong ngày 30/10"),
    ],
    diffs=["Việc phối hợp kiểm tra đột xuất đôi khi chưa kịp thời do thông tin đến muộn."],
    props=["Đề nghị Sở Khoa học và Công nghệ thông báo kế hoạch kiểm tra năm 2027 sớm để Sở chủ động bố trí lực lượng."],
    signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Thanh Tùng"))

# ===== Hand 3: Đoàn Ngọc Mai style — ward narrative, date status in brackets
rep(file="BC 203 Chanh Phu Hoa CT38.docx", hand=3, uid="25837", uname="Phường Chánh Phú Hòa",
    number="203/BC-UBND", date="2026-11-11", place="Chánh Phú Hòa",
    entries=[
     ("II.5.c", "completed", "Kiểm tra đo lường tại chợ và cửa hàng xăng dầu",
      "Tổ kiểm tra liên ngành của phường đã thực hiện 03 cuộc kiểm tra tại chợ Chánh Phú Hòa và các cửa hàng xăng dầu, kiểm tra 24 cơ sở, phát hiện 02 cơ sở vi phạm về đo lường, xử phạt 5.000.000 đồng",
      [("inspections", 3), ("establishments_inspected", 24), ("violations", 2), ("fines_vnd", 5000000)], "xong ngày 12/9"),
     ("II.1.a", "completed", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
      "Phường đăng 08 tin, bài trên trang thông tin điện tử và Zalo khu phố; tổ chức 01 hội nghị phổ biến cho hộ kinh doanh với 42 người tham dự",
      [("communications", 8), ("training_courses", 1), ("participants", 42)], "xong ngày 15/8"),
     ("II.5.a", "in_progress", "Phối hợp kiểm tra chất lượng hàng hóa",
      "Phối hợp Chi cục TĐC kiểm tra 01 cuộc đối với 07 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em",
      [("inspections", 1), ("establishments_inspected", 7)], "dự kiến xong 15/12/2026"),
     ("II.3.a", "completed", "Tập huấn cho công chức",
      "Phường cử 02 công chức Phòng Kinh tế dự lớp tập huấn do Sở tổ chức",
      [("participants", 2)], "xong ngày 18/6"),
    ],
    diffs=["Lực lượng kiểm tra mỏng, công chức phụ trách còn kiêm nhiệm công tác quản lý thị trường."],
    props=["Đề nghị Chi cục TĐC ban hành mẫu biên bản kiểm tra đo lường thống nhất cho cấp phường."],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Phước"))

rep(file="Binh Co - bao cao KH38 (11 thang).docx", hand=3, uid="25915", uname="Phường Bình Cơ",
    number="118/BC-UBND", date="2026-11-13", place="Bình Cơ",
    entries=[
     ("II.5.c", "in_progress", "Kiểm tra đo lường tại chợ",
      "Phường kiểm tra 02 cuộc tại chợ Bình Cơ với 15 quầy cân, chưa phát hiện vi phạm; còn 01 đợt chưa tổ chức",
      [("inspections", 2), ("establishments_inspected", 15)], "hạn 30/9 – chưa xong"),
     ("II.1.a", "completed", "Tuyên truyền",
      "Đăng 05 tin bài trên trang thông tin điện tử phường về ngày Tiêu chuẩn thế giới và cân đúng, đủ",
      [("communications", 5)], "xong ngày 30/7"),
     ("II.2.đ", "completed", "Áp dụng ISO 9001:2015 trong giải quyết thủ tục hành chính",
      "Phường đã rà soát, cập nhật quy trình ISO sau khi sắp xếp đơn vị hành chính", [], "xong ngày 25/10"),
     ("II.3.a", "not_started", "Cử công chức dự tập huấn",
      "Phường chưa cử được công chức tham dự do trùng lịch tiếp công dân", [], "hạn 30/11 – chưa làm"),
    ],
    diffs=["Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."],
    props=["Đề nghị Sở tổ chức lớp tập huấn bù cho các phường chưa cử được công chức."],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trương Thị Mỹ Linh"))

rep(file="ngai-giao-bc77-tdc.docx", hand=3, uid="26575", uname="Xã Ngãi Giao",
    number="77/BC-UBND", date="2026-11-16", place="Ngãi Giao",
    entries=[
     ("II.5.c", "in_progress", "Kiểm tra cân, đo lường tại chợ Ngãi Giao và cửa hàng xăng dầu",
      "Xã tổ chức 05 cuộc kiểm tra 41 cơ sở, phát hiện 06 trường hợp cân sai, xử phạt 9,5 triệu đồng",
      [("inspections", 5), ("establishments_inspected", 41), ("violations", 6), ("fines_vnd", 9500000)], "dự kiến xong 20/12/2026"),
     ("II.5.a", "completed", "Phối hợp kiểm tra phân bón, hàng nông sản đóng gói",
      "Phối hợp kiểm tra 02 cuộc tại 18 cơ sở, 01 cơ sở vi phạm nhãn hàng hóa bị phạt 2.000.000 đồng",
      [("inspections", 2), ("establishments_inspected", 18), ("violations", 1), ("fines_vnd", 2000000)], "xong ngày 10/10"),
     ("II.1.a", "completed", "Tuyên truyền trên đài truyền thanh xã",
      "Phát 12 tin, bài trên hệ thống truyền thanh và nhóm Zalo các ấp",
      [("communications", 12)], "xong ngày 30/9"),
     ("II.3.a", "completed", "Cử công chức tập huấn",
      "Cử 01 công chức địa chính – kinh tế dự lớp tập huấn của Sở", [("participants", 1)], "xong ngày 18/6"),
     ("II.2.đ", "unknown", "Duy trì ISO tại Bộ phận một cửa",
      "Xã tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận một cửa", [], None),
    ],
    diffs=["Cân của tiểu thương tại chợ phần lớn là cân đồng hồ cũ, không có dấu kiểm định."],
    props=["Đề nghị Chi cục TĐC phối hợp xã tổ chức kiểm định cân miễn phí tại chợ Ngãi Giao."],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Quang Hiếu"))

rep(file="ConDao_BC45_CT38.docx", hand=3, uid="26732", uname="Đặc khu Côn Đảo",
    number="45/BC-UBND", date="2026-11-05", place="Côn Đảo",
    entries=[
     ("II.5.c", "completed", "Kiểm tra đo lường tại chợ Côn Đảo và cửa hàng xăng dầu",
      "Đặc khu thực hiện 02 cuộc kiểm tra tại 19 cơ sở, 02 cơ sở vi phạm, xử phạt 3,5 triệu đồng",
      [("inspections", 2), ("establishments_inspected", 19), ("violations", 2), ("fines_vnd", 3500000)], "xong ngày 30/8"),
     ("II.5.a", "in_progress", "Kiểm tra chất lượng hàng hóa phục vụ du lịch",
      "Kiểm tra 01 cuộc tại 09 cơ sở kinh doanh hàng lưu niệm, hàng đóng gói sẵn", [("inspections", 1), ("establishments_inspected", 9)],
      "hạn 30/10 – chưa xong"),
     ("II.1.a", "completed", "Tuyên truyền", "Đăng 04 tin bài trên Cổng thông tin đặc khu", [("communications", 4)], "xong ngày 20/7"),
     ("II.3.a", "completed", "Tập huấn công chức", "02 công chức dự tập huấn trực tuyến do Sở tổ chức", [("participants", 2)], "xong ngày 18/6"),
    ],
    diffs=["Việc đi lại giữa đảo và đất liền khó khăn nên Chi cục ít tổ chức kiểm tra trực tiếp tại đặc khu."],
    props=["Đề nghị Chi cục TĐC ủy quyền, hướng dẫn đặc khu tự kiểm tra đo lường tại chợ."],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phan Văn Thắng"))

rep(file="Tan Khanh - BC 190.docx", hand=3, uid="25891", uname="Phường Tân Khánh",
    number="190/BC-UBND", date="2026-11-04", place="Tân Khánh", mistaken="pctt",
    reason="Không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 gửi nhầm.",
    entries=[], diffs=[], props=[],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Hữu Tài"))

# ===== Hand 4: Hồ Minh Trí style — Excel, "Hạn theo KH" + "Thực tế" date columns, figures lines in one cell
rep(file="VP-So_KH38_tinh-hinh.xlsx", hand=4, uid="SKHCN-VP", uname="Văn phòng Sở Khoa học và Công nghệ",
    hdr1="SỞ KHOA HỌC VÀ CÔNG NGHỆ", hdr2="VĂN PHÒNG SỞ", number="233/BC-VP", date="2026-10-30",
    entries=[
     ("II.2.đ", "completed", "Phối hợp duy trì HTQLCL ISO 9001:2015 của Sở (điện tử)", "Từ 01/2026 đến 11/2026", [], "xong 24/10"),
     ("II.4.a", "in_progress", "Mua sắm thiết bị cho đơn vị sự nghiệp (phần Văn phòng làm thủ tục)", "Thường xuyên",
      [("budget_spent_vnd", 640000000, "Đã giải ngân: 640.000.000 đồng")], "dự kiến 31/12/2026"),
     ("II.1.a", "completed", "Đăng tin hoạt động tập huấn, tọa đàm TĐC trên Cổng TTĐT Sở", "Quý I – III/2026",
      [("communications", 11, "Tin, bài đã đăng: 11 tin")], "xong 30/9"),
     ("II.2.h", "completed", "Phối hợp kết nối một cửa (phần tiếp nhận hồ sơ)", "Quý I/2026", [], "xong 28/3"),
     ("II.5.d", "not_applicable", "Khen thưởng người tố giác vi phạm", "Thường xuyên", [], "không phát sinh"),
    ],
    diffs=["Thủ tục mua sắm tập trung kéo dài làm chậm việc bàn giao thiết bị cho Trung tâm."],
    props=["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm gửi sớm danh mục thiết bị để Văn phòng làm thủ tục."],
    preparer="Hồ Minh Trí")

rep(file="SYT-7408-KH38.xlsx", hand=4, uid="SO-YT", uname="Sở Y tế",
    hdr1="UBND THÀNH PHỐ HỒ CHÍ MINH", hdr2="SỞ Y TẾ", number="7408/BC-SYT", date="2026-11-12",
    entries=[
     ("II.2.e", "in_progress", "Góp ý dự thảo QCVN về trang thiết bị y tế, hóa chất dùng trong gia dụng và y tế", "Quý IV/2026",
      [("standards_reviewed", 7, "Dự thảo đã góp ý: 07 văn bản")], "dự kiến 20/12/2026"),
     ("II.5.a", "completed", "Phối hợp kiểm tra chất lượng, đo lường trang thiết bị y tế", "Thường xuyên",
      [("inspections", 4, "Kiểm tra: 04 cuộc"), ("establishments_inspected", 38, "Cơ sở được kiểm tra: 38 cơ sở"),
       ("violations", 3, "Vi phạm: 03 cơ sở"), ("fines_vnd", 42000000, "Phạt tiền: 42.000.000 đồng")], "xong 15/10"),
     ("II.2.đ", "completed", "Duy trì ISO 9001:2015 tại cơ quan Sở", "01/2026 – 11/2026", [], "xong 28/10"),
     ("II.3.a", "completed", "Tập huấn đo lường trong y tế cho cán bộ các bệnh viện", "Quý II – IV/2026",
      [("training_courses", 1, "Lớp tập huấn: 01 lớp"), ("participants", 85, "Học viên: 85 người")], "xong 22/9"),
    ],
    diffs=["Nhiều phương tiện đo dùng trong y tế tại trạm y tế chưa được kiểm định định kỳ do thiếu kinh phí."],
    props=["Đề nghị Sở KH&CN hướng dẫn danh mục phương tiện đo nhóm 2 trong y tế phải kiểm định."],
    preparer="Hồ Minh Trí")

rep(file="SXD_BC_9152.xlsx", hand=4, uid="SO-XD", uname="Sở Xây dựng",
    hdr1="UBND THÀNH PHỐ HỒ CHÍ MINH", hdr2="SỞ XÂY DỰNG", number="9152/BC-SXD", date="2026-11-08", mistaken="cchc",
    reason="Không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: biểu kết quả cải cách hành chính năm 2026 gửi nhầm.",
    entries=[], diffs=[], props=[], preparer="Hồ Minh Trí")

# ---------------------------------------------------------------- helpers
def ddmmyyyy(iso):
    y, m, d = iso.split("-")
    return d, m, y

def split_months(total, step=1, active=None, nmonths=11, cap=11):
    """split total into 11 month counts (multiples of step), some months empty"""
    units = total // step
    months = list(range(cap))
    if active is None:
        k = min(cap, max(1, units)) if units < cap else random.randint(max(1, cap - 4), cap)
        active = sorted(random.sample(months, k))
    vals = [0] * nmonths
    for i in range(units):
        vals[random.choice(active)] += 1
    return [v * step if v else None for v in vals]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------- hand 1
def hand1(r):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi thang"
    d, m, y = ddmmyyyy(r["date"])
    ncol = 3 + 11 + 2
    ws["A1"] = r["unit_hdr"]; ws["A1"].font = Font(bold=True)
    ws["J1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["J1"].font = Font(bold=True)
    ws["J2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (THEO THÁNG)"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = f"(Kèm theo Báo cáo số {r['number']} ngày {d}/{m}/{y})"
    ws["A4"].font = Font(italic=True)
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu"] + [f"T{i}" for i in range(1, 12)] + ["Cộng", "Tình trạng"]
    row = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=row, column=c, value=h); cell.font = Font(bold=True); cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row += 1
    for i, (task, st, name, figs, stxt) in enumerate(r["entries"], 1):
        first = True
        rows = figs if figs else [(None, None, "-")]
        cap = int(m)
        mm = re.search(r"xong ngày \d+/(\d+)", stxt)
        if mm: cap = min(cap, int(mm.group(1)))
        course_months = None; insp_months = None; viol_months = []
        for ind, val, label in rows:
            ws.cell(row=row, column=1, value=i if first else None)
            ws.cell(row=row, column=2, value=name if first else None)
            ws.cell(row=row, column=3, value=label)
            if ind:
                step = 500000 if ind == "fines_vnd" else (10000000 if ind == "budget_spent_vnd" else 1)
                if ind == "instruments_verified" and val > 1000:
                    step = 10
                inds = [f[0] for f in figs]
                if ind == "participants" and course_months:
                    vals = split_months(val, step, active=course_months, cap=cap)
                elif ind in ("participants", "training_courses") and "training_courses" not in inds[:inds.index(ind)] and ind == "participants":
                    vals = split_months(val, step, active=[cap - 1], cap=cap)
                elif ind in ("establishments_inspected", "violations", "fines_vnd") and insp_months:
                    if ind == "establishments_inspected":
                        vals = split_months(val - len(insp_months), step, active=insp_months, cap=cap)
                        vals = [(v or 0) + (1 if k in insp_months else 0) or None for k, v in enumerate(vals)]
                    elif ind == "violations":
                        vm = sorted(random.sample(insp_months, min(len(insp_months), val)))
                        viol_months[:] = vm
                        vals = split_months(val, step, active=vm, cap=cap)
                        viol_months[:] = [k for k, v in enumerate(vals) if v]
                    else:
                        vals = split_months(val, step, active=viol_months or insp_months, cap=cap)
                else:
                    vals = split_months(val, step, cap=cap)
                if ind == "inspections":
                    insp_months = [k for k, v in enumerate(vals) if v]
                if ind == "training_courses":
                    course_months = [k for k, v in enumerate(vals) if v]
                for k, v in enumerate(vals):
                    c = ws.cell(row=row, column=4 + k, value=v)
                    if step >= 500000: c.number_format = "#,##0"
                c = ws.cell(row=row, column=15, value=val); c.font = Font(bold=True)
                if step >= 500000 or val >= 1000: c.number_format = "#,##0"
            else:
                ws.cell(row=row, column=15, value="-")
            ws.cell(row=row, column=16, value=stxt if first else None)
            for c in range(1, ncol + 1):
                ws.cell(row=row, column=c).border = BOX
                ws.cell(row=row, column=c).alignment = Alignment(wrap_text=True, vertical="top")
            first = False; row += 1
    row += 1
    ws.cell(row=row, column=1, value="Khó khăn:").font = Font(bold=True); row += 1
    for t in r["diffs"]:
        ws.cell(row=row, column=2, value="- " + t); row += 1
    ws.cell(row=row, column=1, value="Đề xuất:").font = Font(bold=True); row += 1
    for t in r["props"]:
        ws.cell(row=row, column=2, value="- " + t); row += 1
    row += 1
    ws.cell(row=row, column=2, value="Người lập biểu").font = Font(bold=True)
    ws.cell(row=row, column=12, value=f"Ngày {d} tháng {m} năm {y}").font = Font(italic=True)
    ws.cell(row=row + 4, column=2, value=r["preparer"])
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 42; ws.column_dimensions["C"].width = 30
    for k in range(4, 15): ws.column_dimensions[get_column_letter(k)].width = 7
    ws.column_dimensions["O"].width = 13; ws.column_dimensions["P"].width = 24
    ws.freeze_panes = "D7"
    path = os.path.join(OUT, r["file"]); wb.save(path)
    return [(e[0], e[1], {f[0]: f[1] for f in e[3]}, e[2]) for e in r["entries"]]

# ---------------------------------------------------------------- docx helpers
def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', name)

def para(doc, text="", bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph()
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln); run.bold = bold; run.italic = italic
        if size: run.font.size = Pt(size)
        if i < len(lines) - 1: run.add_break()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def header_table(doc, left, right_date):
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.text = ""; b.text = ""
    pa = a.paragraphs[0]; pa.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(left):
        run = pa.add_run(ln[0]); run.bold = ln[1]; run.font.size = Pt(12)
        if i < len(left) - 1: run.add_break()
    pb = b.paragraphs[0]; pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r1 = pb.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r1.bold = True; r1.font.size = Pt(12); r1.add_break()
    r2 = pb.add_run("Độc lập - Tự do - Hạnh phúc"); r2.bold = True; r2.font.size = Pt(13); r2.add_break()
    r2.add_break()
    r3 = pb.add_run(right_date); r3.italic = True

def fig_text(ind, v, unit):
    if ind in ("fines_vnd", "budget_spent_vnd"):
        return f"{dots(v)} {unit}"
    return f"{z2(v)} {unit}" if v < 100 else f"{dots(v)} {unit}"

# ---------------------------------------------------------------- hand 2
def hand2(r):
    doc = Document(); set_font(doc)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    d, m, y = ddmmyyyy(r["date"])
    left = [(ln, False) for ln in r["hdr_top"].split("\n")] + [(ln, True) for ln in r["hdr_unit"].split("\n")] + [("Số: " + r["number"], False)]
    header_table(doc, left, f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, f"Kính gửi: {r['addressee']}.", align="c")
    para(doc, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {r['uname']} báo cáo kết quả thực hiện đến thời điểm báo cáo như sau:", align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    out = []
    for i, (task, st, name, desc, figs, stxt) in enumerate(r["entries"], 1):
        para(doc, f"{i}. {name}", bold=True)
        if desc: para(doc, desc, align="j")
        for ind, v, label, unit in figs:
            p = doc.add_paragraph(f"{label}:\t\t{fig_text(ind, v, unit)}")
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.space_after = Pt(0)
        p = doc.add_paragraph(f"Tiến độ:\t\t{stxt}")
        p.paragraph_format.left_indent = Cm(1)
        p.runs[0].italic = True
        out.append((task, st, {f[0]: f[1] for f in figs}, (name + ". " + desc).strip()))
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for t in r["diffs"]: para(doc, "- " + t, align="j")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for t in r["props"]: para(doc, "- " + t, align="j")
    para(doc, f"Trên đây là báo cáo của {r['uname']}./.", align="j")
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.text = ""; pa = a.paragraphs[0]
    ra = pa.add_run("Nơi nhận:"); ra.bold = True; ra.italic = True; ra.font.size = Pt(12); ra.add_break()
    rb = pa.add_run(f"- Như trên;\n- Lưu: VT."); rb.font.size = Pt(11)
    pb = b.paragraphs[0]; pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pb.add_run(r["signer"][0]); rr.bold = True
    rr.add_break(); rr.add_break(); rr.add_break()
    rn = pb.add_run(r["signer"][1]); rn.bold = True
    doc.save(os.path.join(OUT, r["file"]))
    return out

# ---------------------------------------------------------------- hand 3
PCTT = [
    "1. Công tác chỉ đạo, điều hành: UBND phường kiện toàn Ban Chỉ huy phòng thủ dân sự phường, phân công nhiệm vụ cho các thành viên.",
    "2. Công tác chuẩn bị phương án: rà soát 03 khu vực có nguy cơ ngập úng, sạt lở bờ kênh; chuẩn bị 02 điểm sơ tán tập trung.",
    "3. Kết quả ứng phó: trong mùa mưa năm 2026, trên địa bàn xảy ra 05 đợt mưa lớn gây ngập cục bộ, không có thiệt hại về người.",
    "4. Công tác diễn tập: tổ chức 01 cuộc diễn tập phòng chống lụt bão cấp phường với 120 người tham gia.",
]

def hand3(r):
    doc = Document(); set_font(doc, size=14)
    d, m, y = ddmmyyyy(r["date"])
    up = r["uname"].upper()
    kind = "PHƯỜNG" if up.startswith("PHƯỜNG") else ("XÃ" if up.startswith("XÃ") else "ĐẶC KHU")
    p = para(doc, "ỦY BAN NHÂN DÂN\n" + up, bold=True, size=13)
    p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    para(doc, f"Số: {r['number']}\t\t\t\tĐộc lập - Tự do - Hạnh phúc", size=13)
    para(doc, f"{r['place']}, ngày {d} tháng {m} năm {y}", italic=True, align="r")
    if r.get("mistaken"):
        para(doc, "BÁO CÁO", bold=True, align="c")
        para(doc, "Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026,\nphương hướng nhiệm vụ năm 2027", bold=True, align="c")
        para(doc, "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.", align="c")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
        for t in PCTT: para(doc, t, align="j")
        para(doc, "II. PHƯƠNG HƯỚNG NĂM 2027", bold=True)
        para(doc, "Tiếp tục rà soát, cập nhật phương án ứng phó; tăng cường tuyên truyền kỹ năng phòng tránh thiên tai cho người dân.", align="j")
        para(doc, "Trên đây là báo cáo của UBND phường./.")
        out = []
    else:
        para(doc, "BÁO CÁO", bold=True, align="c")
        para(doc, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng\ntheo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align="c")
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
        para(doc, f"Ủy ban nhân dân {r['uname'].split(' ', 1)[0].lower()} {r['uname'].split(' ', 1)[1]} báo cáo kết quả thực hiện 11 tháng năm 2026 như sau:" if not r["uname"].startswith("Đặc khu") else "Ủy ban nhân dân Đặc khu Côn Đảo báo cáo kết quả thực hiện 11 tháng năm 2026 như sau:", align="j")
        para(doc, "1. Kết quả", bold=True)
        out = []
        letters = "abcdeghik"
        for i, (task, st, name, text, figs, stxt) in enumerate(r["entries"]):
            tail = f" ({stxt})." if stxt else "."
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            rr = p.add_run(f"{letters[i]}) {name}: "); rr.italic = True
            p.add_run(text + tail)
            out.append((task, st, {f[0]: f[1] for f in figs}, text))
        para(doc, "2. Khó khăn, vướng mắc", bold=True)
        for t in r["diffs"]: para(doc, "- " + t, align="j")
        para(doc, "3. Đề xuất", bold=True)
        for t in r["props"]: para(doc, "- " + t, align="j")
    para(doc)
    p = para(doc, "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.", italic=True, size=11)
    para(doc, r["signer"][0] + "\n\n\n" + r["signer"][1], bold=True, align="r", size=13)
    doc.save(os.path.join(OUT, r["file"]))
    return out

# ---------------------------------------------------------------- hand 4
CCHC = [
    ("Cải cách thể chế", "Rà soát 12 văn bản QPPL thuộc lĩnh vực xây dựng", "xong 30/9"),
    ("Cải cách thủ tục hành chính", "Công bố, cập nhật 46 thủ tục; tỷ lệ hồ sơ đúng hạn 98,6%", "xong 31/10"),
    ("Cải cách tổ chức bộ máy", "Sắp xếp 02 phòng chuyên môn theo đề án", "dự kiến 31/12/2026"),
    ("Hiện đại hóa hành chính", "Chỉ số hài lòng của người dân đạt 92%", "xong 15/10"),
]

def hand4(r):
    wb = Workbook(); ws = wb.active; ws.title = "BC"
    d, m, y = ddmmyyyy(r["date"])
    ws["A1"] = r["hdr1"]; ws["A2"] = r["hdr2"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + r["number"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = f"TP. Hồ Chí Minh, ngày {d} tháng {m} năm {y}"; ws["D3"].font = Font(italic=True)
    if r.get("mistaken"):
        ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"
        ws["A5"].font = Font(bold=True, size=12)
        hdr = ["TT", "Lĩnh vực CCHC", "Kết quả", "Hạn theo KH", "Thực tế"]
        rows = [(i, a, b, "31/12/2026", c) for i, (a, b, c) in enumerate(CCHC, 1)]
        out = []
    else:
        ws["A5"] = "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc của đơn vị)"
        ws["A5"].font = Font(bold=True, size=12)
        hdr = ["TT", "Nội dung công việc", "Kết quả (số liệu)", "Hạn theo KH", "Thực tế"]
        rows = []; out = []
        for i, (task, st, name, due, figs, stxt) in enumerate(r["entries"], 1):
            res = "\n".join("- " + f[2] for f in figs) if figs else ""
            rows.append((i, name, res, due, stxt))
            out.append((task, st, {f[0]: f[1] for f in figs}, name + (". " + res.replace("\n", " ") if res else "")))
    rr = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=rr, column=c, value=h); cell.font = Font(bold=True); cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in rows:
        rr += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=rr, column=c, value=v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    rr += 2
    if r["diffs"]:
        ws.cell(row=rr, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True); rr += 1
        for i, t in enumerate(r["diffs"], 1):
            ws.cell(row=rr, column=2, value=f"{i}. {t}"); rr += 1
    if r["props"]:
        ws.cell(row=rr, column=1, value="Kiến nghị:").font = Font(bold=True); rr += 1
        for i, t in enumerate(r["props"], 1):
            ws.cell(row=rr, column=2, value=f"{i}. {t}"); rr += 1
    rr += 1
    ws.cell(row=rr, column=2, value="Người tổng hợp: " + r["preparer"]).font = Font(italic=True)
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 40; ws.column_dimensions["D"].width = 18; ws.column_dimensions["E"].width = 20
    wb.save(os.path.join(OUT, r["file"]))
    return out

# ---------------------------------------------------------------- main
def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, ".lo"); os.makedirs(tmp, exist_ok=True)
    flt = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}[ext]
    subprocess.run(["libreoffice", "-env:UserInstallation=file:///tmp/lo_profile_set239", "--headless", "--convert-to", flt, "--outdir", tmp, path],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)

def main():
    for r in R:
        fn = {1: hand1, 2: hand2, 3: hand3, 4: hand4}[r["hand"]]
        ents = fn(r)
        path = os.path.join(OUT, r["file"])
        if r.get("resave"):
            resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rejected = bool(r.get("mistaken"))
        key = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if rejected else "extracted",
            "reason": r.get("reason") if rejected else None,
            "unit": {"id": r["uid"], "name": r["uname"]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": [] if rejected else [
                {"task": t, "status": s, "indicators": ind, "text": txt} for (t, s, ind, txt) in ents],
            "findings": [],
            "difficulties": list(r["diffs"]), "proposals": list(r["props"]),
        }
        with open(os.path.join(OUT, "truth", r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print("ok", r["file"])

if __name__ == "__main__":
    main()
