# -*- coding: utf-8 -*-
"""Generator for set61: 16 reports in four hands (A, B, C, D). See NOTES.md."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"
KH = ("Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 "
      "của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")


def iso(d):
    dd, mm, yy = d.split("/")
    return f"{yy}-{mm}-{dd}"


def words_date(d):
    dd, mm, yy = d.split("/")
    return f"ngày {dd} tháng {mm} năm {yy}"


# ---------------------------------------------------------------- reports
# entry: (task, status, indicators, title, role, text)
R = []

R.append(dict(hand="A", file="sct-bc-ct38-2026.docx", unit=("SO-CT", "Sở Công Thương"),
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", uname="SỞ CÔNG THƯƠNG",
    number="4127/SCT-QLTM", date="27/10/2026", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Quang Vinh"),
    entries=[
     ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 49, "violations": 4, "fines_vnd": 67500000},
      "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng", "Phối hợp",
      "Sở đã cử công chức Phòng Quản lý thương mại tham gia 06 cuộc kiểm tra do Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì tại 49 cơ sở (38 cửa hàng bán lẻ xăng dầu và 11 cơ sở kinh doanh LPG chai). Qua kiểm tra phát hiện 04 cơ sở vi phạm (cột đo xăng dầu có sai số vượt mức cho phép, chai LPG thiếu nhãn), đã chuyển hồ sơ đề nghị xử phạt với tổng số tiền 67.500.000 đồng. Công tác kiểm tra quý IV đang tiếp tục."),
     ("II.1.a", "completed", {"training_courses": 2, "participants": 215, "communications": 7},
      "Phổ biến quy định về đo lường, nhãn hàng hóa cho doanh nghiệp", "Phối hợp",
      "Phối hợp tổ chức 02 hội nghị phổ biến quy định về nhãn hàng hóa và đo lường trong thương mại bán lẻ với 215 lượt doanh nghiệp, hộ kinh doanh tham dự; đăng 07 tin, bài trên Trang thông tin điện tử của Sở."),
     ("II.2.d", "in_progress", {"enterprises_supported": 9, "budget_spent_vnd": 540000000},
      "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến", "Phối hợp",
      "Thông qua Chương trình khuyến công, Sở hỗ trợ 09 doanh nghiệp công nghiệp hỗ trợ xây dựng, áp dụng ISO 9001, ISO 14001 và công cụ 5S; kinh phí đã giải ngân 540.000.000 đồng. Các doanh nghiệp còn lại đang trong giai đoạn tư vấn."),
     ("II.2.e", "completed", {"standards_reviewed": 3},
      "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", "Phối hợp",
      "Sở đã có văn bản góp ý đối với 03 dự thảo QCVN do Bộ Công Thương chủ trì xây dựng (an toàn bình chịu áp lực; chai chứa khí dầu mỏ hóa lỏng; dây và cáp điện hạ áp)."),
     ("II.2.c", "not_applicable", {},
      "Đề xuất sửa đổi văn bản quy phạm pháp luật", "Phối hợp",
      "Trong kỳ báo cáo, Sở không nhận được đề nghị góp ý sửa đổi, bổ sung Luật và văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."),
    ],
    diffs=["Việc phối hợp kiểm tra tại cơ sở còn phụ thuộc vào lịch kiểm tra của Chi cục Quản lý thị trường sau khi lực lượng quản lý thị trường chuyển về Bộ Công Thương.",
           "Kinh phí hỗ trợ doanh nghiệp áp dụng hệ thống quản lý còn hạn chế, nhiều doanh nghiệp nhỏ chưa tiếp cận được."],
    props=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả kiểm tra đo lường tại các cửa hàng xăng dầu để Sở Công Thương theo dõi trong công tác cấp phép.",
           "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp tập huấn chuyên sâu về đo lường cho công chức Phòng Quản lý thương mại."]))

R.append(dict(hand="A", file="syt-baocao-ct38.docx", unit=("SO-YT", "Sở Y tế"),
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", uname="SỞ Y TẾ",
    number="6835/SYT-KHTC", date="29/10/2026", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Ngọc Dung"),
    entries=[
     ("II.2.đ", "completed", {"budget_spent_vnd": 48600000},
      "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở", "Tự thực hiện",
      "Sở ban hành kế hoạch duy trì hệ thống, tổ chức đánh giá nội bộ tại 14 phòng chức năng và cập nhật 27 quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới; kinh phí chi cho đánh giá nội bộ và tư vấn là 48.600.000 đồng. Đã công bố lại hệ thống vào tháng 9/2026."),
     ("II.2.e", "completed", {"standards_reviewed": 4},
      "Góp ý quy chuẩn kỹ thuật lĩnh vực y tế", "Phối hợp",
      "Góp ý 04 dự thảo QCVN thuộc lĩnh vực trang thiết bị y tế và chất lượng nước sạch sử dụng cho mục đích sinh hoạt theo đề nghị của Bộ Y tế."),
     ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 2},
      "Kiểm tra phương tiện đo dùng trong khám bệnh, chữa bệnh", "Phối hợp",
      "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 đợt tại 22 cơ sở khám bệnh, chữa bệnh tư nhân, tập trung vào huyết áp kế, nhiệt kế y học và cân sức khỏe; phát hiện 02 cơ sở sử dụng phương tiện đo chưa được kiểm định, đã yêu cầu khắc phục."),
     ("II.3.a", "completed", {"participants": 6},
      "Cử công chức, viên chức tham gia tập huấn nghiệp vụ", "Phối hợp",
      "Cử 06 công chức, viên chức phụ trách trang thiết bị y tế tham dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức tháng 5/2026."),
     ("II.2.i", "not_started", {},
      "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "Phối hợp",
      "Sở chưa triển khai do chưa nhận được hướng dẫn kỹ thuật về việc kết nối."),
    ],
    diffs=["Một số bệnh viện chưa bố trí cán bộ phụ trách đo lường, việc theo dõi hạn kiểm định phương tiện đo còn thực hiện thủ công."],
    props=["Đề nghị Sở Khoa học và Công nghệ sớm hướng dẫn việc kết nối dữ liệu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."]))

R.append(dict(hand="A", file="sxd-kq-ct38-2026.docx", unit=("SO-XD", "Sở Xây dựng"), lo=True,
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", uname="SỞ XÂY DỰNG",
    number="9210/SXD-KTXD", date="30/10/2026", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phan Văn Lộc"),
    entries=[
     ("II.2.e", "completed", {"standards_reviewed": 6},
      "Xây dựng, góp ý tiêu chuẩn, quy chuẩn ngành xây dựng", "Phối hợp",
      "Sở đã góp ý 06 dự thảo (05 dự thảo TCVN, QCVN về vật liệu xây dựng và 01 dự thảo quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật đô thị)."),
     ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 31, "samples_tested": 45, "violations": 3, "fines_vnd": 54000000},
      "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường", "Chủ trì theo ngành",
      "Thành lập 04 đoàn kiểm tra, kiểm tra 31 cơ sở sản xuất, kinh doanh vật liệu xây dựng; lấy 45 mẫu thép, xi măng, gạch ốp lát gửi thử nghiệm. Có 03 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 54.000.000 đồng."),
     ("II.2.đ", "completed", {},
      "Áp dụng hệ thống quản lý chất lượng tại cơ quan Sở", "Tự thực hiện",
      "Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sắp xếp tổ chức bộ máy."),
     ("II.1.a", "in_progress", {"training_courses": 1, "participants": 160},
      "Phổ biến quy chuẩn cho doanh nghiệp vật liệu xây dựng", "Phối hợp",
      "Tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng với 160 đại biểu là doanh nghiệp sản xuất, nhập khẩu; dự kiến tổ chức thêm 01 hội nghị trong tháng 12."),
    ],
    diffs=["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, kinh phí kiểm tra được giao hằng năm chưa đáp ứng yêu cầu."],
    props=["Đề nghị Sở Khoa học và Công nghệ phối hợp lồng ghép kế hoạch kiểm tra để tránh chồng chéo tại cùng một doanh nghiệp.",
           "Đề nghị bổ sung kinh phí lấy mẫu thử nghiệm vật liệu xây dựng trong dự toán năm 2027."]))

R.append(dict(hand="A", file="sgddt-bc-cchc-quy3.docx", unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"), rejected="Không phải báo cáo Kế hoạch CT38: báo cáo công tác cải cách hành chính quý III/2026 gửi nhầm.",
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", uname="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    number="3904/SGDĐT-VP", date="05/10/2026", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Bảo Quốc"),
    title2="Kết quả thực hiện công tác cải cách hành chính quý III năm 2026",
    entries=[
     (None, None, {}, "Cải cách thể chế", "Chủ trì", "Rà soát 12 văn bản quy phạm pháp luật thuộc lĩnh vực giáo dục, đề xuất bãi bỏ 02 văn bản không còn phù hợp."),
     (None, None, {}, "Cải cách thủ tục hành chính", "Chủ trì", "Tiếp nhận 18.245 hồ sơ, giải quyết đúng hạn 18.190 hồ sơ (đạt 99,7%); 100% thủ tục được cung cấp dịch vụ công trực tuyến toàn trình."),
     (None, None, {}, "Hiện đại hóa hành chính", "Chủ trì", "Triển khai học bạ số tại 1.126 trường phổ thông; duy trì hệ thống quản lý chất lượng tại cơ quan Sở."),
    ],
    diffs=["Một số thủ tục liên thông với Sở Nội vụ còn chậm."], props=["Đề nghị bổ sung biên chế cho bộ phận một cửa."]))

# ---- hand B (Excel, in-cell arithmetic)
R.append(dict(hand="B", file="ttpttn-bieu-ct38-10thang.xlsx", unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", uname="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM",
    number="318/BC-TTPT", date="28/10/2026",
    entries=[
     ("II.4.a", "in_progress", "Đầu tư, mua sắm thiết bị thử nghiệm, đo lường",
      [("Kinh phí mua sắm đã giải ngân (đợt 1+2+3)", "=1250000000+860000000+415000000", "đồng", "budget_spent_vnd", 2525000000),
       ("Thiết bị mới đưa vào sử dụng", "=3+4", "bộ", None, 7)], "Gói thiết bị sắc ký chưa về"),
     ("II.2.g", "in_progress", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
      [("Phương tiện đo kiểm định, hiệu chuẩn (Q1+Q2+Q3+T10)", "=4120+5368+4907+1633", "phương tiện", "instruments_verified", 16028),
       ("Mẫu thử nghiệm cho khách hàng (Q1+Q2+Q3)", "=2210+2745+2390", "mẫu", "samples_tested", 7345)], ""),
     ("II.4.c", "completed", "Hiệu chuẩn liên kết chuẩn đo lường lên chuẩn quốc gia",
      [("Chuẩn chính được hiệu chuẩn liên kết (đợt 1+2)", "=6+5", "chuẩn", "instruments_verified", 11)], "Đã xong theo kế hoạch năm"),
     ("II.5.b", "completed", "Thử nghiệm mẫu khảo sát chất lượng cho Chi cục TĐC",
      [("Mẫu khảo sát đã thử nghiệm (đợt 1+2)", "=40+35", "mẫu", "samples_tested", 75)], "Đã gửi kết quả"),
     ("II.3.a", "completed", "Cử viên chức tham gia đào tạo, tập huấn chuyên sâu",
      [("Lượt viên chức được cử (Q2+Q3+T10)", "=8+5+3", "lượt", "participants", 16)], ""),
    ],
    diffs=["Một số thiết bị nhập khẩu giao hàng chậm do thủ tục thông quan kéo dài.",
           "Nhân lực kiểm định viên lĩnh vực đo lưu lượng còn thiếu."],
    props=["Đề nghị Sở bố trí kinh phí năm 2027 để thay thế hệ thống chuẩn áp suất đã hết khấu hao."]))

R.append(dict(hand="B", file="chicuc-tdc-tonghop-ct38.xlsx", unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", uname="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
    number="1274/BC-TĐC", date="31/10/2026",
    entries=[
     ("II.1.a", "completed", "Tập huấn văn bản QPPL cho doanh nghiệp, tọa đàm doanh nghiệp nhập khẩu",
      [("Lớp tập huấn, tọa đàm (Q1+Q2+Q3)", "=3+2+1", "lớp", "training_courses", 6),
       ("Lượt người tham dự", "=182+147+96", "lượt", "participants", 425)], "Q3 là tọa đàm DN nhập khẩu"),
     ("II.1.b", "completed", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
      [("Doanh nghiệp được hướng dẫn hồ sơ (Q1+Q2)", "=12+9", "DN", "enterprises_supported", 21)], ""),
     ("II.2.a", "in_progress", "Chương trình năng suất chất lượng, Đề án 996, Đề án 100",
      [("Doanh nghiệp được hỗ trợ (Q1+Q2+Q3)", "=15+11+8", "DN", "enterprises_supported", 34),
       ("Kinh phí đã giải ngân", "=120000000+95500000", "đồng", "budget_spent_vnd", 215500000)], ""),
     ("II.2.b", "in_progress", "Tổ chức xét Giải thưởng Chất lượng Quốc gia", [], "Hội đồng sơ tuyển đã họp, chờ Hội đồng quốc gia"),
     ("II.2.d", "in_progress", "Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy",
      [("Lượt doanh nghiệp được hướng dẫn (Q1+Q2+Q3+T10)", "=64+71+58+22", "DN", "enterprises_supported", 215)], ""),
     ("II.2.e", "completed", "Góp ý dự thảo TCVN, QCVN",
      [("Dự thảo TCVN, QCVN đã góp ý", "=4+3+2", "dự thảo", "standards_reviewed", 9)], ""),
     ("II.3.d", "not_started", "Tập huấn cho sinh viên các trường ĐH, CĐ", [], "Dự kiến tháng 11/2026"),
     ("II.5.a", "in_progress", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa",
      [("Cuộc kiểm tra (Q1+Q2+Q3)", "=5+6+4", "cuộc", "inspections", 15),
       ("Cơ sở được kiểm tra", "=42+57+33", "cơ sở", "establishments_inspected", 132),
       ("Cơ sở vi phạm", "=6+9+4", "cơ sở", "violations", 19),
       ("Tiền xử phạt", "=87500000+112000000+46250000", "đồng", "fines_vnd", 245750000)], ""),
     ("II.5.b", "completed", "Khảo sát chất lượng sản phẩm, hàng hóa",
      [("Mẫu lấy khảo sát (đợt 1+2)", "=40+35", "mẫu", "samples_tested", 75)], "Đã thông báo kết quả"),
     ("II.5.c", "in_progress", "Phối hợp UBND phường, xã, đặc khu",
      [("Cuộc kiểm tra phối hợp với phường, xã", "=8+6", "cuộc", "inspections", 14)], ""),
    ],
    diffs=["Số lượng công chức làm công tác đo lường tại phường, xã sau sắp xếp còn mỏng, chưa được đào tạo.",
           "Kinh phí lấy mẫu khảo sát chỉ đáp ứng khoảng 60% nhu cầu."],
    props=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
           "Đề nghị Sở có văn bản đôn đốc UBND phường, xã cử công chức đầu mối về tiêu chuẩn, đo lường, chất lượng."]))

R.append(dict(hand="B", file="ktpc-bc-ct38.xlsx", unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", uname="PHÒNG KIỂM TRA - PHÁP CHẾ",
    number="87/BC-KTPC", date="26/10/2026",
    entries=[
     ("II.5.a", "in_progress", "Thanh tra, kiểm tra phối hợp về TĐC",
      [("Cuộc kiểm tra (đợt 1+2)", "=2+3", "cuộc", "inspections", 5),
       ("Cơ sở được kiểm tra", "=14+19", "cơ sở", "establishments_inspected", 33),
       ("Cơ sở vi phạm", "=3+2", "cơ sở", "violations", 5),
       ("Tiền phạt", "=31500000+22000000", "đồng", "fines_vnd", 53500000)], ""),
     ("II.5.d", "not_applicable", "Bảo vệ người tố giác, xử lý tiêu cực", [], "Không nhận đơn tố giác"),
     ("II.2.c", "completed", "Góp ý dự thảo văn bản QPPL lĩnh vực TĐC", [], "Đã góp ý dự thảo Nghị định xử phạt"),
     ("II.4.b", "in_progress", "Hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
      [("Thiết bị đã hiệu chuẩn (Q2+Q3)", "=4+2", "thiết bị", "instruments_verified", 6)], "Còn 03 thiết bị chờ"),
     ("II.5.c", "completed", "Hướng dẫn phường, xã nội dung phân quyền", [], ""),
    ],
    diffs=["Quy định về thẩm quyền xử phạt của Chủ tịch UBND phường trong lĩnh vực đo lường chưa được hướng dẫn thống nhất."],
    props=["Đề nghị Chi cục TĐC tổng hợp, kiến nghị Bộ Khoa học và Công nghệ hướng dẫn thẩm quyền xử phạt sau khi tổ chức chính quyền hai cấp."]))

R.append(dict(hand="B", file="snnmt-ct38-2026.xlsx", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"),
    parent="ỦY BAN NHÂN DÂN TP.HỒ CHÍ MINH", uname="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    number="7712/SNNMT-CLNS", date="03/11/2026",
    entries=[
     ("II.2.a", "in_progress", "Truy xuất nguồn gốc nông sản (Đề án 100)",
      [("Cơ sở được hỗ trợ cấp mã truy xuất (Q1+Q2+Q3)", "=18+25+12", "cơ sở", "enterprises_supported", 55),
       ("Kinh phí đã chi", "=75000000+62400000", "đồng", "budget_spent_vnd", 137400000)], ""),
     ("II.5.a", "in_progress", "Kiểm tra phân bón, thuốc BVTV, thức ăn chăn nuôi",
      [("Cuộc kiểm tra", "=3+2+2", "cuộc", "inspections", 7),
       ("Cơ sở được kiểm tra", "=26+18+21", "cơ sở", "establishments_inspected", 65),
       ("Mẫu lấy kiểm nghiệm", "=30+24", "mẫu", "samples_tested", 54),
       ("Cơ sở vi phạm", "=2+3", "cơ sở", "violations", 5),
       ("Tiền phạt", "=38000000+27500000+15000000", "đồng", "fines_vnd", 80500000)], ""),
     ("II.2.e", "completed", "Góp ý QCVN ngành nông nghiệp, môi trường",
      [("Dự thảo QCVN đã góp ý", "=2+1", "dự thảo", "standards_reviewed", 3)], ""),
     ("II.1.a", "completed", "Hội nghị phổ biến quy định chất lượng vật tư nông nghiệp",
      [("Hội nghị", "=1+1", "hội nghị", "training_courses", 2),
       ("Lượt đại biểu", "=120+95", "lượt", "participants", 215)], ""),
    ],
    diffs=["Nhiều hợp tác xã chưa có nhân lực cập nhật dữ liệu truy xuất nguồn gốc thường xuyên."],
    props=["Đề nghị thống nhất một nền tảng truy xuất nguồn gốc dùng chung của Thành phố."]))

# ---- hand C (circled numerals, "Trạng thái:" line)
R.append(dict(hand="C", file="pbenthanh-bc-ct38.docx", unit=("26743", "Phường Bến Thành"),
    parent="ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH", uname=None,
    number="412/BC-UBND", date="24/10/2026", signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Kim Yến"),
    entries=[
     ("II.1.a", "in_progress", {"communications": 6, "training_courses": 1, "participants": 85},
      "Tuyên truyền, phổ biến quy định về đo lường, chất lượng", "đang làm, tiếp tục đến cuối năm",
      "Phường đăng 06 tin, bài trên trang thông tin điện tử phường và tổ chức 01 buổi phổ biến quy định về cân, đo, nhãn hàng hóa cho 85 hộ kinh doanh tại chợ Bến Thành."),
     ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 47, "violations": 5, "fines_vnd": 3000000},
      "Thực hiện nội dung được phân quyền về quản lý đo lường tại chợ", "đã làm xong đợt năm 2026",
      "Tổ công tác phường thực hiện 03 cuộc kiểm tra đo lường tại chợ Bến Thành và chợ Thái Bình, kiểm tra 47 quầy sạp; phát hiện 05 trường hợp sử dụng cân sai, nhắc nhở 03 trường hợp, xử phạt 02 trường hợp với số tiền 3.000.000 đồng."),
     ("II.3.a", "completed", {"participants": 2},
      "Cử công chức tham dự tập huấn", "đã làm xong",
      "Phường cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."),
    ],
    diffs=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ kiêm nhiệm nhiều việc."],
    props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kiểm định miễn phí 02 cân đối chứng đặt tại chợ Bến Thành."]))

R.append(dict(hand="C", file="pandong-baocao-tdc.docx", unit=("27316", "Phường An Đông"),
    parent="ỦY BAN NHÂN DÂN\nPHƯỜNG AN ĐÔNG", uname=None,
    number="287/BC-UBND", date="30/10/2026", signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Huỳnh Văn Phát"),
    entries=[
     ("II.1.a", "completed", {"training_courses": 2, "participants": 140},
      "Tuyên truyền cho tiểu thương, hội viên", "đã làm xong",
      "Phối hợp Hội Liên hiệp Phụ nữ phường tổ chức 02 hội nghị tuyên truyền về đo lường trong mua bán với 140 lượt hội viên, tiểu thương tham dự."),
     ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 36},
      "Kiểm tra cân tại chợ An Đông theo phân quyền", "đang làm",
      "Phường thực hiện 02 đợt kiểm tra tại chợ An Đông với 36 hộ kinh doanh, qua kiểm tra chưa phát hiện vi phạm; đợt kiểm tra cuối năm sẽ thực hiện trong tháng 12."),
     ("II.3.a", "not_started", {},
      "Cử công chức đi tập huấn", "chưa làm",
      "Phường chưa cử được công chức tham dự lớp tập huấn của Chi cục do trùng lịch tiếp công dân."),
    ],
    diffs=["Tiểu thương tại chợ An Đông phần lớn lớn tuổi, ngại tiếp nhận quy định mới về cân."],
    props=["Đề nghị Sở Khoa học và Công nghệ cấp tài liệu tuyên truyền in sẵn cho các phường."]))

R.append(dict(hand="C", file="ptsn-bc-giamngheo-2026.docx", unit=("26968", "Phường Tân Sơn Nhất"), rejected="Không phải báo cáo Kế hoạch CT38: báo cáo kết quả giảm nghèo bền vững năm 2026 gửi nhầm.",
    parent="ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN SƠN NHẤT", uname=None,
    number="305/BC-UBND", date="22/10/2026", signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Mai Thanh Tùng"),
    title2="Kết quả thực hiện Chương trình giảm nghèo bền vững 10 tháng năm 2026",
    entries=[
     (None, None, {}, "Rà soát hộ nghèo, hộ cận nghèo", "đã làm xong", "Rà soát 6.420 hộ, xác định còn 37 hộ nghèo và 58 hộ cận nghèo theo chuẩn nghèo Thành phố."),
     (None, None, {}, "Hỗ trợ vay vốn", "đang làm", "Giải ngân 2,4 tỷ đồng vốn vay ưu đãi cho 46 hộ thông qua Ngân hàng Chính sách xã hội."),
     (None, None, {}, "Hỗ trợ bảo hiểm y tế", "đã làm xong", "Cấp 95 thẻ bảo hiểm y tế cho thành viên hộ nghèo, cận nghèo."),
    ],
    diffs=["Nguồn vốn vay giải quyết việc làm còn ít."], props=["Đề nghị bổ sung vốn ủy thác."]))

R.append(dict(hand="C", file="vanphongso-bc-ct38.docx", unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", uname="VĂN PHÒNG SỞ",
    number="1531/BC-VP", date="28/10/2026", signer=("CHÁNH VĂN PHÒNG", "Bùi Thị Thanh Hương"),
    entries=[
     ("II.2.đ", "in_progress", {},
      "Duy trì hệ thống quản lý chất lượng ISO tại Sở", "đang làm (đánh giá nội bộ vào tháng 11)",
      "Văn phòng phối hợp Chi cục rà soát, cập nhật các quy trình ISO theo bộ thủ tục hành chính mới sau sắp xếp; trình Giám đốc Sở ban hành danh mục quy trình cập nhật."),
     ("II.2.h", "completed", {},
      "Đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính", "đã làm xong",
      "Văn phòng đã tổng hợp ý kiến của bộ phận một cửa, gửi Chi cục và Phòng Chuyển đổi số đề xuất cải tiến chức năng tiếp nhận hồ sơ kiểm tra nhà nước hàng nhập khẩu."),
     ("II.4.a", "in_progress", {"budget_spent_vnd": 1840000000},
      "Phối hợp mua sắm trang thiết bị cho Trung tâm", "đang làm",
      "Văn phòng thẩm định 03 gói thầu mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm; giá trị đã giải ngân 1.840.000.000 đồng, gói thầu thứ ba đang chờ ký hợp đồng."),
     ("II.5.d", "not_applicable", {},
      "Tiếp nhận, xử lý tố giác vi phạm", "không phát sinh",
      "Trong kỳ, Văn phòng không tiếp nhận đơn, thư tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng."),
     ("II.1.a", "in_progress", {"communications": 14},
      "Đưa tin trên Cổng thông tin điện tử của Sở", "đang làm, thường xuyên",
      "Đăng tải 14 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng, các lớp tập huấn và tọa đàm do Chi cục tổ chức."),
    ],
    diffs=["Việc cập nhật quy trình ISO chậm do nhiều thủ tục hành chính thay đổi sau sắp xếp."],
    props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng gửi kế hoạch đánh giá nội bộ sớm để Văn phòng bố trí nhân sự."]))

# ---- hand D (tracker with "Phụ trách" and "Cập nhật" columns; "KK:"/"ĐX:" rows)
R.append(dict(hand="D", kind="docx", file="qlkh-bc-ct38.docx", unit=("SKHCN-QLKH", "Phòng Quản lý Khoa học"),
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", uname="PHÒNG QUẢN LÝ KHOA HỌC",
    number="96/BC-QLKH", date="27/10/2026", signer=("TRƯỞNG PHÒNG", "Nguyễn Văn Hiếu"),
    entries=[
     ("II.3.c", "in_progress", {}, "Thu hút chuyên gia lĩnh vực TĐC (NQ 27/2023, QĐ 05/2026)", "NVH", "20/10",
      "Tiếp nhận 03 hồ sơ chuyên gia đề nghị thu hút; đã trình UBND Thành phố 01 hồ sơ, 02 hồ sơ đang thẩm định."),
     ("II.2.a", "in_progress", {"enterprises_supported": 12, "budget_spent_vnd": 1200000000}, "Nhiệm vụ KH&CN nâng cao năng suất, chất lượng", "TTL", "22/10",
      "Phê duyệt 04 nhiệm vụ KH&CN hỗ trợ 12 doanh nghiệp nâng cao năng suất; đã giải ngân 1,2 tỷ đồng."),
     ("II.6.b", "not_applicable", {}, "Phối hợp APO thúc đẩy năng suất", "TTL", "15/10",
      "Trong kỳ không có yêu cầu phối hợp."),
     ("II.3.a", "completed", {"participants": 4}, "Cử công chức dự hội thảo ngày Tiêu chuẩn thế giới", "PMK", "16/10",
      "Cử 04 lượt công chức dự hội thảo ngày 14/10/2026."),
    ],
    diffs=["Tiêu chí xác định chuyên gia trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định 05/2026/QĐ-UBND chưa có hướng dẫn chi tiết."],
    props=["Đề nghị Chi cục TĐC đề xuất danh mục vị trí chuyên gia cần thu hút trong lĩnh vực tiêu chuẩn, đo lường, chất lượng."]))

R.append(dict(hand="D", kind="xlsx", file="cds-theodoi-ct38.xlsx", unit=("SKHCN-CDS", "Phòng Chuyển đổi số"),
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", uname="PHÒNG CHUYỂN ĐỔI SỐ",
    number="54/BC-CĐS", date="29/10/2026",
    entries=[
     ("II.2.h", "completed", {}, "Đề xuất cải tiến HTTT giải quyết TTHC của Bộ", "LQT", "30/03",
      "Đã gửi 07 nội dung đề xuất cải tiến, kết nối Cổng một cửa quốc gia."),
     ("II.2.i", "in_progress", {"budget_spent_vnd": 186000000, "training_courses": 1, "participants": 38}, "Kết nối CSDL quốc gia về TĐC", "LQT", "24/10",
      "Kết nối thử nghiệm API; đã chi 186.000.000 đ thuê dịch vụ; 01 buổi tập huấn khai thác dữ liệu cho 38 công chức."),
     ("II.2.đ", "not_started", {}, "Số hóa hồ sơ ISO của Sở", "ĐTN", "10/10",
      "Chờ Văn phòng chốt danh mục quy trình."),
    ],
    diffs=["Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố chuẩn API chính thức."],
    props=["Đề nghị Sở bố trí kinh phí năm 2027 cho việc duy trì kết nối."]))

R.append(dict(hand="D", kind="xlsx", file="ttcntt-ct38-capnhat.xlsx", unit=("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
    parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", uname="TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN",
    number="211/BC-TTCNTT", date="02/11/2026",
    entries=[
     ("II.2.i", "in_progress", {"budget_spent_vnd": 312500000}, "Hạ tầng kết nối CSDL quốc gia TĐC", "VTA", "28/10",
      "Bố trí máy chủ, đường truyền; đã giải ngân 312.500.000 đồng."),
     ("II.3.a", "completed", {"participants": 3}, "Cử viên chức dự đào tạo", "NHP", "05/09",
      "Cử 03 viên chức dự khóa đào tạo an toàn dữ liệu đo lường."),
     ("II.2.h", "not_applicable", {}, "Cải tiến HTTT giải quyết TTHC", "VTA", "01/10",
      "Trung tâm không được phân công."),
    ],
    diffs=["Đường truyền kết nối với hệ thống của Bộ không ổn định vào giờ cao điểm."],
    props=["Đề nghị Phòng Chuyển đổi số làm đầu mối làm việc với Bộ về kết nối."]))

R.append(dict(hand="D", kind="docx", file="stp-bc-ct38.docx", unit=("SO-TP", "Sở Tư pháp"),
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", uname="SỞ TƯ PHÁP",
    number="5120/STP-VBPQ", date="31/10/2026", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Võ Thị Trang"),
    entries=[
     ("II.2.c", "completed", {}, "Thẩm định dự thảo văn bản QPPL lĩnh vực TĐC", "P.VBPQ", "15/09",
      "Thẩm định 02 dự thảo quyết định của UBND Thành phố liên quan quản lý đo lường, chất lượng."),
     ("II.1.a", "in_progress", {"training_courses": 5, "participants": 620, "communications": 3}, "Lồng ghép phổ biến pháp luật về chất lượng", "P.PBGDPL", "25/10",
      "Lồng ghép Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) trong 05 hội nghị phổ biến pháp luật, 620 lượt người dự; 03 bài trên Trang tin PBGDPL."),
     ("II.5.d", "not_applicable", {}, "Bảo vệ người tố giác vi phạm", "Thanh tra Sở", "20/10",
      "Không có đơn tố giác."),
    ],
    diffs=["Tài liệu phổ biến về Luật Tiêu chuẩn và Quy chuẩn kỹ thuật sửa đổi chưa được cung cấp kịp thời."],
    props=["Đề nghị Sở Khoa học và Công nghệ cung cấp đề cương giới thiệu Luật sửa đổi để lồng ghép phổ biến."]))

# ---------------------------------------------------------------- helpers
def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), name)


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(doc, rep, left_bold_lines=None):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""; r.text = ""
    lp = l.paragraphs[0]; lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = rep["parent"].split("\n")
    for i, ln in enumerate(lines):
        run = lp.add_run(ln); run.font.size = Pt(12)
        lp.add_run("\n")
    if rep.get("uname"):
        run = lp.add_run(rep["uname"]); run.bold = True; run.font.size = Pt(12)
    else:
        lp.runs[-2].bold = True
    p2 = l.add_paragraph("Số: " + rep["number"]); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = r.paragraphs[0]; rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = rp.add_run(QH); x.bold = True; x.font.size = Pt(12)
    rp.add_run("\n")
    y = rp.add_run(DL); y.bold = True; y.font.size = Pt(13)
    dp = r.add_paragraph(); dp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    place = "Thành phố Hồ Chí Minh" if rep["unit"][0][0].isalpha() else rep["unit"][1]
    z = dp.add_run(f"{place}, {words_date(rep['date'])}"); z.italic = True
    return t


def signature(doc, rep, kinhgui=None):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    lp = l.paragraphs[0]
    a = lp.add_run("Nơi nhận:"); a.bold = True; a.italic = True; a.font.size = Pt(12)
    for n in (kinhgui or ["- Sở Khoa học và Công nghệ (Chi cục TĐC);", "- Lưu: VT."]):
        q = l.add_paragraph(n); q.runs[0].font.size = Pt(11)
    rp = r.paragraphs[0]; rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = rp.add_run(rep["signer"][0]); s.bold = True
    r.add_paragraph("\n\n")
    n = r.add_paragraph(); n.alignment = WD_ALIGN_PARAGRAPH.CENTER
    nn = n.add_run(rep["signer"][1]); nn.bold = True


# ---------------------------------------------------------------- hand A
STA = {"completed": "Đã xong", "in_progress": "Đang thực hiện", "not_started": "Chưa triển khai",
       "not_applicable": "Không có phát sinh"}


def build_A(rep, path):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2)
    header_table(doc, rep)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, rep.get("title2", "Kết quả thực hiện " + KH), bold=True, align="c")
    para(doc, "Kính gửi: " + ("Sở Nội vụ Thành phố Hồ Chí Minh." if rep.get("rejected") else "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh."), align="c")
    if rep.get("rejected"):
        para(doc, f"Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, {rep['unit'][1]} báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2026 như sau:", align="j")
    else:
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, {rep['unit'][1]} báo cáo kết quả thực hiện các nội dung có liên quan đến ngành như sau (mỗi nội dung ghi: tên việc | vai trò của Sở | tình hình):", align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(rep["entries"], 1):
        task, st, ind, title, role, text = e
        tail = STA.get(st, "Đã xong") if task else ("Đã xong" if i != 2 else "Đang thực hiện")
        p = para(doc, "", indent=True)
        r1 = p.add_run(f"{i}. {title}"); r1.bold = True
        r2 = p.add_run(f"  |  {role}  |  "); r2.italic = True
        r3 = p.add_run(tail); r3.bold = True; r3.italic = True
        para(doc, text, align="j")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in rep["diffs"]:
        para(doc, "- " + d, align="j")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in rep["props"]:
        para(doc, "- " + d, align="j")
    para(doc, f"Trên đây là báo cáo của {rep['unit'][1]}./.", align="j")
    signature(doc, rep)
    doc.save(path)


# ---------------------------------------------------------------- hand C
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"


def build_C(rep, path):
    doc = Document(); set_font(doc, "Times New Roman", 14)
    header_table(doc, rep)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    if rep.get("rejected"):
        para(doc, rep["title2"], bold=True, align="c")
        para(doc, "Ủy ban nhân dân phường báo cáo kết quả thực hiện Chương trình giảm nghèo bền vững trên địa bàn như sau:", align="j")
    else:
        para(doc, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)", bold=True, align="c")
        who = "Ủy ban nhân dân phường" if rep["unit"][0].isdigit() else rep["unit"][1]
        para(doc, f"Căn cứ đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, {who} báo cáo như sau:", align="j")
    para(doc, "Kết quả thực hiện", bold=True, underline=True, indent=False)
    for i, e in enumerate(rep["entries"]):
        task, st, ind, title, sttext, text = e
        p = para(doc, "")
        a = p.add_run(CIRC[i] + " "); a.font.size = Pt(15)
        b = p.add_run(title + "."); b.bold = True
        p.add_run(" " + text)
        q = para(doc, "")
        q.paragraph_format.left_indent = Cm(2); q.paragraph_format.first_line_indent = Cm(0)
        x = q.add_run("Trạng thái: "); x.underline = True
        q.add_run(sttext + ".")
    para(doc, "Khó khăn", bold=True, underline=True, indent=False)
    for d in rep["diffs"]:
        para(doc, "– " + d, align="j")
    para(doc, "Kiến nghị", bold=True, underline=True, indent=False)
    for d in rep["props"]:
        para(doc, "– " + d, align="j")
    signature(doc, rep, ["- Sở KH&CN (Chi cục TĐC);", "- TT Đảng ủy, TT HĐND phường;", "- Lưu: VT."])
    doc.save(path)


# ---------------------------------------------------------------- hand D
STD = {"completed": "Xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "K.phát sinh"}
DCOLS = ["STT", "Đầu việc", "Phụ trách", "Cập nhật", "Tình trạng", "Kết quả / số liệu"]


def build_D_docx(rep, path):
    doc = Document(); set_font(doc, "Arial", 11)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_table(doc, rep)
    para(doc)
    para(doc, "BÁO CÁO CẬP NHẬT TIẾN ĐỘ CÁC VIỆC THEO KẾ HOẠCH CT38 NĂM 2026", bold=True, align="c")
    para(doc, f"(số liệu cập nhật đến {rep['date']})", italic=True, align="c")
    t = doc.add_table(rows=1, cols=len(DCOLS)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, DCOLS):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for i, e in enumerate(rep["entries"], 1):
        task, st, ind, title, who, upd, text = e
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), title, who, upd, STD[st], text]):
            c.text = v
    para(doc)
    for d in rep["diffs"]:
        p = para(doc, "", indent=False); a = p.add_run("KK: "); a.bold = True; p.add_run(d)
    for d in rep["props"]:
        p = para(doc, "", indent=False); a = p.add_run("ĐX: "); a.bold = True; p.add_run(d)
    para(doc, "Ghi chú: Phụ trách ghi tên viết tắt chuyên viên; Cập nhật là ngày chuyên viên cập nhật dòng đó gần nhất.", italic=True, indent=False, size=9)
    signature(doc, rep, ["- Chi cục TĐC (t/h);", "- Lưu."])
    doc.save(path)


thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def build_D_xlsx(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi"
    ws["A1"] = rep["parent"]; ws["A2"] = rep["uname"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + rep["number"]
    ws["E1"] = QH; ws["E1"].font = Font(bold=True); ws["E2"] = DL
    ws["E3"] = f"TP. Hồ Chí Minh, {words_date(rep['date'])}"; ws["E3"].font = Font(italic=True)
    ws["A5"] = "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"; ws["A5"].font = Font(bold=True, size=12)
    ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center")
    r = 7
    for j, h in enumerate(DCOLS, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, e in enumerate(rep["entries"], 1):
        task, st, ind, title, who, upd, text = e
        r += 1
        dd, mm = upd.split("/")
        from datetime import date
        vals = [i, title, who, date(2026, int(mm), int(dd)), STD[st], text]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(r, 4).number_format = "dd/mm"
    r += 2
    for d in rep["diffs"]:
        ws.cell(r, 1, "KK:").font = Font(bold=True); ws.cell(r, 2, d); r += 1
    for d in rep["props"]:
        ws.cell(r, 1, "ĐX:").font = Font(bold=True); ws.cell(r, 2, d); r += 1
    r += 1
    ws.cell(r, 5, "Người lập bảng"); ws.cell(r, 5).font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 38, 10, 10, 12, 60)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------- hand B
STB = {"completed": "Xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "Không có việc"}
BCOLS = ["TT", "Nội dung công việc", "Diễn giải số liệu", "Số lượng", "ĐVT", "Tình hình", "Ghi chú"]


def build_B(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    ws["A1"] = rep["parent"]; ws["A2"] = rep["uname"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + rep["number"]
    ws["E1"] = QH; ws["E1"].font = Font(bold=True); ws["E2"] = DL
    ws["E3"] = f"TP.HCM, ngày {rep['date']}"
    ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=12); ws.merge_cells("A5:G5")
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "(số lượng cộng dồn các đợt, các quý ngay trong ô)"; ws["A6"].font = Font(italic=True)
    ws.merge_cells("A6:G6"); ws["A6"].alignment = Alignment(horizontal="center")
    r = 8
    for j, h in enumerate(BCOLS, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, e in enumerate(rep["entries"], 1):
        task, st, title, figs, note = e
        r += 1
        vals = [i, title, None, None, None, STB[st], note or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(r, 2).font = Font(bold=True)
        for (lab, formula, dvt, ind, val) in figs:
            r += 1
            for j in range(1, 8):
                ws.cell(r, j).border = BOX
            ws.cell(r, 3, lab).alignment = Alignment(wrap_text=True)
            ws.cell(r, 4, formula).number_format = "#,##0"
            ws.cell(r, 5, dvt)
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for d in rep["diffs"]:
        ws.cell(r, 2, "- " + d); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for d in rep["props"]:
        ws.cell(r, 2, "- " + d); r += 1
    r += 1
    ws.cell(r, 6, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r + 4, 6, "Trịnh Thị Hồng")
    for col, w in zip("ABCDEFG", (5, 40, 42, 16, 10, 12, 26)):
        ws.column_dimensions[col].width = w
    wb.save(path)


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    td = tempfile.mkdtemp()
    src = os.path.join(td, "src." + ext)
    shutil.copy(path, src)
    outd = os.path.join(td, "out")
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", outd, src],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outd, "src." + ext), path)
    shutil.rmtree(td)


# ---------------------------------------------------------------- build + keys
for rep in R:
    path = os.path.join(OUT, rep["file"])
    h = rep["hand"]
    if h == "A": build_A(rep, path)
    elif h == "B": build_B(rep, path)
    elif h == "C": build_C(rep, path)
    elif h == "D": (build_D_docx if rep["kind"] == "docx" else build_D_xlsx)(rep, path)
    if h == "B" or rep.get("lo"):
        lo_resave(path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    entries = []
    if not rep.get("rejected"):
        for e in rep["entries"]:
            if h == "B":
                task, st, title, figs, note = e
                ind = {}
                for (lab, f, dvt, k, v) in figs:
                    if k: ind[k] = ind.get(k, 0) + v
                text = title + ("; " + "; ".join(f"{lab}: {v}" for (lab, f, dvt, k, v) in figs) if figs else "")
            elif h == "D":
                task, st, ind, title, who, upd, text = e
            else:
                task, st, ind, title, _, text = e
            entries.append({"task": task, "status": st, "indicators": dict(ind), "text": text})
    key = {"file": rep["file"], "sha256": sha,
           "status": "rejected" if rep.get("rejected") else "extracted",
           "reason": rep.get("rejected"),
           "unit": {"id": rep["unit"][0], "name": rep["unit"][1]},
           "document": {"number": rep["number"], "date": iso(rep["date"])},
           "entries": entries, "findings": [],
           "difficulties": [] if rep.get("rejected") else rep["diffs"],
           "proposals": [] if rep.get("rejected") else rep["props"]}
    json.dump(key, open(os.path.join(TRUTH, rep["file"] + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=2)
    print(rep["file"], sha[:12])
