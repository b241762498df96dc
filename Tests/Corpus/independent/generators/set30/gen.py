# -*- coding: utf-8 -*-
"""Generator for set30: 17 reports by city departments / agencies, 5 hands."""
import json, hashlib, os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")

def vdate(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"

# status words per hand
H1_ST = {"completed": "Đã hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}
H3_ST = {"completed": "Đã xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "Không phát sinh"}
H4_ST = {"completed": "Đã thực hiện xong", "in_progress": "Đang tiếp tục", "not_started": "Chưa tiến hành", "not_applicable": "Không phát sinh"}

def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, ind=ind, text=text); d.update(kw); return d

REPORTS = [
# ---------------- H1: Trưởng phòng, decimal outline, trailing (status) ----------------
dict(file="sxd-bc-ket-qua-ct38-2026.docx", hand="H1", uid="SO-XD", uname="Sở Xây dựng",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", head="SỞ XÂY DỰNG", number="3412/BC-SXD", date="2026-10-27",
  title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
  intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Xây dựng báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:",
  entries=[
    E("II.1.a","completed",{"communications":14,"training_courses":1,"participants":126},
      "Đăng tải 14 tin, bài về tiêu chuẩn, quy chuẩn kỹ thuật trong hoạt động xây dựng trên Trang thông tin điện tử của Sở; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng cho 126 đại biểu là doanh nghiệp sản xuất, kinh doanh vật liệu xây dựng.",
      grp="Công tác tuyên truyền, phổ biến"),
    E("II.2.e","in_progress",{"standards_reviewed":7},
      "Góp ý tổng cộng 07 dự thảo tiêu chuẩn, quy chuẩn (05 dự thảo TCVN về vật liệu xây dựng và 02 dự thảo QCVN) theo đề nghị của Bộ Xây dựng; đang phối hợp rà soát nhu cầu xây dựng quy chuẩn kỹ thuật địa phương về cấu kiện bê tông đúc sẵn.",
      grp="Góp ý xây dựng tiêu chuẩn, quy chuẩn kỹ thuật"),
    E("II.5.a","completed",{"inspections":6,"establishments_inspected":21,"violations":4,"fines_vnd":37500000},
      "Thực hiện 06 cuộc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng tại 21 cơ sở sản xuất, kinh doanh; phát hiện 04 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt vi phạm hành chính tổng số tiền 37.500.000 đồng.",
      grp="Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng"),
    E("II.5.b","in_progress",{"samples_tested":18},
      "Lấy 18 mẫu xi măng, thép cốt bê tông, gạch ốp lát lưu thông trên thị trường gửi thử nghiệm để đánh giá chất lượng; kết quả sẽ được thông tin đến các cơ quan chức năng.",
      grp=None),
    E("II.2.đ","completed",{},
      "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở; đã tổ chức đánh giá nội bộ và xem xét của lãnh đạo trong tháng 8/2026.",
      grp="Áp dụng hệ thống quản lý chất lượng"),
    E("II.3.a","completed",{"participants":4},
      "Cử 04 công chức Phòng Quản lý vật liệu xây dựng tham gia lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
      grp="Đào tạo, bồi dưỡng"),
  ],
  difficulties=["Lực lượng công chức làm công tác kiểm tra chất lượng vật liệu xây dựng còn mỏng, chủ yếu kiêm nhiệm.",
                "Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán kinh phí lấy mẫu năm 2026 chưa đáp ứng nhu cầu."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa định kỳ để Sở Xây dựng phối hợp theo dõi.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức thêm lớp tập huấn chuyên sâu về công bố hợp quy vật liệu xây dựng."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sname="Trần Quốc Hưng"),

dict(file="BC_So_Cong_Thuong_CT38_nam2026.docx", hand="H1", uid="SO-CT", uname="Sở Công Thương",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", head="SỞ CÔNG THƯƠNG", number="5127/BC-SCT", date="2026-10-30",
  title="Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Sở Công Thương báo cáo kết quả thực hiện các nội dung có liên quan đến ngành Công Thương như sau:",
  entries=[
    E("II.1.a","completed",{"training_courses":2,"participants":185},
      "Phối hợp tổ chức 02 lớp tập huấn về ghi nhãn hàng hóa và các quy chuẩn kỹ thuật quốc gia đối với sản phẩm thuộc ngành Công Thương cho 185 lượt người từ các doanh nghiệp sản xuất, kinh doanh.",
      grp="Tuyên truyền, nâng cao nhận thức"),
    E("II.1.b","completed",{"enterprises_supported":9},
      "Vận động, hướng dẫn 09 doanh nghiệp công nghiệp hỗ trợ lập hồ sơ tham dự Giải thưởng Chất lượng Quốc gia năm 2026.",
      grp=None),
    E("II.2.a","in_progress",{"enterprises_supported":12,"budget_spent_vnd":850000000},
      "Hỗ trợ 12 doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean) theo Chương trình 1322; kinh phí đã giải ngân 850.000.000 đồng.",
      grp="Nâng cao năng suất, chất lượng"),
    E("II.2.d","in_progress",{"enterprises_supported":27},
      "Hướng dẫn 27 doanh nghiệp thực hiện công bố hợp quy, công bố tiêu chuẩn áp dụng đối với sản phẩm, hàng hóa thuộc trách nhiệm quản lý của ngành Công Thương.",
      grp=None),
    E("II.5.a","completed",{"inspections":5,"establishments_inspected":32,"violations":2,"fines_vnd":24500000},
      "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 05 cuộc kiểm tra tại 32 cửa hàng xăng dầu và cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG); phát hiện 02 cơ sở vi phạm, xử phạt 24.500.000 đồng.",
      grp="Kiểm tra chất lượng hàng hóa"),
    E("II.2.đ","completed",{},
      "Áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; đã công bố lại hệ thống sau khi cập nhật quy trình theo thủ tục hành chính mới.",
      grp="Hệ thống quản lý chất lượng trong cơ quan hành chính"),
  ],
  difficulties=["Nhiều doanh nghiệp nhỏ và vừa chưa quan tâm đến việc áp dụng công cụ cải tiến năng suất do hạn chế về nguồn lực."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng chương trình hỗ trợ chung cho doanh nghiệp công nghiệp hỗ trợ giai đoạn 2026 – 2030.",
             "Kiến nghị tăng cường chia sẻ dữ liệu kiểm tra chất lượng xăng dầu giữa hai Sở."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sname="Lê Thị Mỹ Hạnh"),

dict(file="KTPC_baocao_CT38_2026.docx", hand="H1", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế",
  parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", head="PHÒNG KIỂM TRA – PHÁP CHẾ", number="45/BC-KTPC", date="2026-10-22",
  title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.\nPhòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp thực hiện như sau:",
  entries=[
    E("II.2.c","completed",{},
      "Tham gia góp ý 03 dự thảo văn bản quy phạm pháp luật hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật và Luật Chất lượng sản phẩm, hàng hóa theo đề nghị của Bộ Khoa học và Công nghệ.",
      grp="Công tác pháp chế"),
    E("II.4.b","in_progress",{"instruments_verified":11},
      "Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP; phối hợp Chi cục kiểm định, hiệu chuẩn 11 thiết bị phục vụ kiểm tra.",
      grp="Phương tiện, thiết bị kỹ thuật nghiệp vụ"),
    E("II.5.a","in_progress",{"inspections":4,"establishments_inspected":28,"violations":5,"fines_vnd":62000000},
      "Phối hợp 04 đoàn kiểm tra liên ngành về tiêu chuẩn, đo lường, chất lượng tại 28 cơ sở sản xuất, kinh doanh; phát hiện 05 cơ sở vi phạm, tham mưu Giám đốc Sở ban hành quyết định xử phạt với tổng số tiền 62.000.000 đồng.",
      grp="Kiểm tra, giám sát"),
    E("II.5.b","completed",{"samples_tested":40},
      "Phối hợp khảo sát chất lượng, lấy 40 mẫu mũ bảo hiểm và đồ chơi trẻ em lưu thông trên thị trường để thử nghiệm.",
      grp=None),
    E("II.5.c","in_progress",{},
      "Phối hợp Chi cục hướng dẫn Ủy ban nhân dân các phường, xã thực hiện nội dung được phân quyền trong kiểm tra đo lường, chất lượng tại chợ, cửa hàng.",
      grp=None),
    E("II.5.d","not_applicable",{},
      "Trong kỳ chưa phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cần khen thưởng, bảo vệ.",
      grp=None),
  ],
  difficulties=["Văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi chưa ban hành đầy đủ nên việc xử lý một số hành vi còn lúng túng."],
  proposals=["Đề nghị Chi cục thống nhất với Phòng kế hoạch kiểm tra năm 2027 trước ngày 15/12/2026."],
  signer="TRƯỞNG PHÒNG", sname="Nguyễn Văn Khải"),

dict(file="SNNMT_BC CT38_10.2026.docx", hand="H1", uid="SO-NNMT", uname="Sở Nông nghiệp và Môi trường",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", head="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="8841/BC-SNNMT", date="2026-11-05",
  title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
  intro="Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện như sau:",
  entries=[
    E("II.2.a","in_progress",{"enterprises_supported":46,"budget_spent_vnd":320000000},
      "Triển khai Đề án 100 về truy xuất nguồn gốc: hỗ trợ 46 cơ sở, hợp tác xã nông nghiệp áp dụng hệ thống truy xuất nguồn gốc và cấp mã số vùng trồng; kinh phí đã sử dụng 320.000.000 đồng.",
      grp="Năng suất, chất lượng và truy xuất nguồn gốc"),
    E("II.2.e","completed",{"standards_reviewed":4},
      "Góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia lĩnh vực phân bón, thức ăn chăn nuôi do Bộ Nông nghiệp và Môi trường chủ trì xây dựng.",
      grp="Tiêu chuẩn, quy chuẩn kỹ thuật"),
    E("II.5.a","completed",{"inspections":9,"establishments_inspected":64,"violations":7,"fines_vnd":118750000},
      "Tổ chức 09 cuộc kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại 64 cơ sở; xử lý 07 cơ sở vi phạm với số tiền phạt 118.750.000 đồng.",
      grp="Kiểm tra chất lượng vật tư nông nghiệp"),
    E("II.5.b","completed",{"samples_tested":52},
      "Lấy 52 mẫu phân bón lưu thông trên thị trường để kiểm nghiệm chất lượng, kết quả đã thông báo cho các đơn vị chức năng.",
      grp=None),
    E("II.3.a","completed",{"participants":6},
      "Cử 06 công chức, viên chức tham gia các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng.",
      grp="Đào tạo, bồi dưỡng"),
  ],
  difficulties=["Số lượng cơ sở kinh doanh vật tư nông nghiệp lớn, phân tán, trong khi biên chế thanh tra chuyên ngành giảm sau sắp xếp.",
                "Phòng thử nghiệm được chỉ định trên địa bàn còn ít, thời gian trả kết quả kéo dài."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí nhân rộng mô hình truy xuất nguồn gốc cho hợp tác xã nông nghiệp."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sname="Phạm Minh Tâm"),

# ---------------- H2: Thư ký PGĐ, grouped by status ----------------
dict(file="SYT - Bao cao CT38 (10-2026).docx", hand="H2", uid="SO-YT", uname="Sở Y tế",
  parent="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", head="SỞ Y TẾ", number="2208/BC-SYT", date="2026-10-29",
  title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Y tế tổng hợp kết quả thực hiện như sau:",
  entries=[
    E("II.2.e","completed",{"standards_reviewed":3},
      "Góp ý 3 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và nước sạch sinh hoạt theo đề nghị của Bộ Y tế.", sub=None),
    E("II.2.đ","completed",{},
      "Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại cơ quan Sở, đã đánh giá nội bộ năm 2026.", sub=None),
    E("II.3.a","completed",{"participants":5},
      "Cử 5 công chức phòng Nghiệp vụ Dược và phòng Quản lý hành nghề tham dự tập huấn nghiệp vụ đo lường trong lĩnh vực y tế.", sub=None),
    E("II.5.a","in_progress",{"establishments_inspected":14,"violations":3,"fines_vnd":21600000},
      "Phối hợp kiểm tra việc kiểm định phương tiện đo (huyết áp kế, cân, nhiệt kế y học) tại 14 cơ sở khám bệnh, chữa bệnh tư nhân:",
      sub=["+ 3 cơ sở vi phạm do sử dụng phương tiện đo chưa kiểm định;", "+ Tiền phạt: 21,6 triệu đồng."]),
    E("II.2.d","in_progress",{"enterprises_supported":18},
      "Hướng dẫn 18 cơ sở sản xuất trang thiết bị y tế xây dựng, áp dụng hệ thống quản lý chất lượng ISO 13485.", sub=None),
    E("II.1.b","not_started",{},
      "Vận động bệnh viện, doanh nghiệp dược tham dự Giải thưởng Chất lượng Quốc gia: chưa triển khai do chưa nhận được hướng dẫn cụ thể.", sub=None),
  ],
  difficulties=["Việc kiểm định phương tiện đo tại các phòng khám tư nhân còn chưa đầy đủ, nhiều cơ sở chưa nắm quy định.",
                "Sở chưa có cán bộ chuyên trách về đo lường trong y tế."],
  proposals=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tập huấn quy định về phương tiện đo nhóm 2 cho các cơ sở y tế tư nhân."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sname="Nguyễn Anh Dũng"),

dict(file="VP So - bao cao thuc hien KH CT38.docx", hand="H2", uid="SKHCN-VP", uname="Văn phòng Sở Khoa học và Công nghệ",
  parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH", head="VĂN PHÒNG SỞ", number="112/BC-VP", date="2026-10-26",
  title="Tình hình thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
  intro="Văn phòng Sở Khoa học và Công nghệ báo cáo Chi cục Tiêu chuẩn Đo lường Chất lượng tình hình thực hiện các nhiệm vụ phối hợp như sau:",
  entries=[
    E("II.2.đ","completed",{"training_courses":1,"participants":35},
      "Phối hợp Chi cục rà soát, cập nhật các quy trình ISO của cơ quan Sở; tổ chức 1 lớp đào tạo chuyên gia đánh giá nội bộ ISO 9001:2015 cho 35 công chức, viên chức.", sub=None),
    E("II.2.h","completed",{},
      "Phối hợp hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính và kết nối liên thông với Cổng thông tin một cửa quốc gia đối với thủ tục đăng ký kiểm tra chất lượng hàng hóa nhập khẩu.", sub=None),
    E("II.4.a","in_progress",{"budget_spent_vnd":2150000000},
      "Phối hợp thẩm định, mua sắm trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm:",
      sub=["+ Đã giải ngân 2.150 triệu đồng;", "+ Các gói thầu còn lại dự kiến hoàn tất trong tháng 12/2026."]),
    E("II.2.i","in_progress",{},
      "Phối hợp Chi cục và Phòng Chuyển đổi số cập nhật dữ liệu lên cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.", sub=None),
    E("II.5.d","not_applicable",{},
      "Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ không phát sinh.", sub=None),
  ],
  difficulties=["Thủ tục mua sắm trang thiết bị chuyên dùng kéo dài do phải thẩm định giá nhiều lần."],
  proposals=["Đề nghị các đơn vị gửi nhu cầu mua sắm năm 2027 trước ngày 30/11/2026 để Văn phòng tổng hợp.",
             "Đề nghị Chi cục chủ trì tổ chức đánh giá nội bộ ISO liên phòng vào quý I/2027."],
  signer="CHÁNH VĂN PHÒNG", sname="Đỗ Thị Thu Hà"),

dict(file="SDL_bao cao CDS du lich 2026.docx", hand="H2", uid="SO-DL", uname="Sở Du lịch",
  parent="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", head="SỞ DU LỊCH", number="1673/BC-SDL", date="2026-10-24",
  title="Kết quả thực hiện Kế hoạch chuyển đổi số ngành du lịch Thành phố năm 2026",
  intro="Thực hiện Kế hoạch chuyển đổi số của Thành phố năm 2026, Sở Du lịch báo cáo kết quả như sau:",
  rejected="Không phải báo cáo thực hiện Kế hoạch CT38 (tiêu chuẩn, đo lường, chất lượng): đây là báo cáo kết quả chuyển đổi số ngành du lịch, gửi nhầm.",
  fake=[("completed","Vận hành ổn định ứng dụng du lịch thông minh, cập nhật 1.240 điểm đến, cơ sở lưu trú."),
        ("completed","Tổ chức 4 lớp bồi dưỡng kỹ năng số cho 310 hướng dẫn viên du lịch."),
        ("in_progress","Xây dựng kho dữ liệu số du lịch dùng chung, đã tích hợp 6 nguồn dữ liệu."),
        ("not_started","Triển khai thẻ du lịch điện tử liên kết ngân hàng: chưa triển khai.")],
  difficulties=["Dữ liệu của doanh nghiệp lữ hành chưa được chuẩn hóa."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ hạ tầng dữ liệu dùng chung."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sname="Bùi Thị Ngọc Hiếu"),

# ---------------- H5: Văn thư, công văn with "Về …:" paragraphs ----------------
dict(file="STP_CV tra loi CT38.docx", hand="H5", uid="SO-TP", uname="Sở Tư pháp",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", head="SỞ TƯ PHÁP", number="1874/STP-XDKTVB", date="2026-10-20",
  vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  kg="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
  intro="Sở Tư pháp nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Tư pháp báo cáo như sau:",
  entries=[
    E("II.2.c","completed",{},
      "Sở Tư pháp đã thẩm định 02 dự thảo văn bản của Ủy ban nhân dân Thành phố có nội dung liên quan đến quản lý chất lượng sản phẩm, hàng hóa và có ý kiến góp ý bằng văn bản; nhiệm vụ này đã thực hiện xong.",
      ve="Về góp ý, thẩm định văn bản quy phạm pháp luật"),
    E("II.1.a","in_progress",{"training_courses":3,"participants":410,"communications":2},
      "Sở đã lồng ghép phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi trong 3 hội nghị phổ biến pháp luật cho 410 lượt cán bộ, doanh nghiệp và người dân, biên soạn 2 tài liệu hỏi đáp pháp luật; nội dung này vẫn đang tiếp tục thực hiện đến cuối năm.",
      ve="Về tuyên truyền, phổ biến pháp luật"),
    E("II.6.a","completed",{},
      "Sở đã rà soát, cập nhật các điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng mà Việt Nam là thành viên vào cơ sở dữ liệu pháp luật của Thành phố, đến nay đã xong.",
      ve="Về cập nhật điều ước quốc tế"),
    E("II.3.a","not_started",{},
      "Năm 2026 Sở chưa cử được công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do trùng lịch công tác.",
      ve="Về cử công chức tham gia tập huấn"),
  ],
  difficulties=["nhiều văn bản hướng dẫn của Trung ương chậm ban hành", "cán bộ pháp chế các sở, ngành chưa được bồi dưỡng chuyên sâu về lĩnh vực này"],
  proposals=["đề nghị Sở Khoa học và Công nghệ gửi lịch tập huấn sớm để Sở Tư pháp bố trí cán bộ tham dự", "cung cấp tài liệu pháp luật mới về tiêu chuẩn, đo lường, chất lượng để phục vụ công tác phổ biến"],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sname="Võ Thị Hồng Nhung"),

dict(file="TTTP - bao cao phoi hop CT38.docx", hand="H5", uid="THANHTRA-TP", uname="Thanh tra Thành phố",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", head="THANH TRA THÀNH PHỐ", number="905/TTTP-P3", date="2026-11-03",
  vv="V/v kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW năm 2026",
  kg="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
  intro="Thanh tra Thành phố báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
  entries=[
    E("II.5.a","completed",{"inspections":2,"establishments_inspected":15,"violations":9,"fines_vnd":186500000},
      "Thanh tra Thành phố phối hợp Sở Khoa học và Công nghệ thực hiện 2 cuộc thanh tra chuyên đề việc chấp hành pháp luật về đo lường, chất lượng tại 15 doanh nghiệp kinh doanh xăng dầu, kiến nghị xử phạt 9 trường hợp vi phạm với tổng số tiền 186.500.000 đồng; cả 2 cuộc đến nay đã kết thúc và ban hành kết luận.",
      ve="Về thanh tra, kiểm tra chất lượng hàng hóa"),
    E("II.5.d","in_progress",{},
      "Trong năm đã tiếp nhận 3 đơn tố giác liên quan đến gian lận đo lường trong kinh doanh xăng dầu, đã chuyển cơ quan có thẩm quyền giải quyết và hiện vẫn đang theo dõi, xử lý.",
      ve="Về phòng, chống tham nhũng, tiêu cực và bảo vệ người tố giác"),
    E("II.5.c","not_applicable",{},
      "Thanh tra Thành phố không có nội dung phối hợp với Ủy ban nhân dân phường, xã trong lĩnh vực này, không phát sinh.",
      ve="Về phối hợp với phường, xã, đặc khu"),
  ],
  difficulties=["lực lượng thanh tra chuyên ngành sau sắp xếp còn mỏng", "việc giám định mẫu xăng dầu mất nhiều thời gian"],
  proposals=["đề nghị Sở Khoa học và Công nghệ cung cấp danh sách cơ sở có dấu hiệu vi phạm để đưa vào kế hoạch thanh tra năm 2027"],
  signer="KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA", sname="Huỳnh Tấn Lực"),

dict(file="SNV_CV 4410 bao cao CT38.docx", hand="H5", uid="SO-NV", uname="Sở Nội vụ",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", head="SỞ NỘI VỤ", number="4410/SNV-CCVC", date="2026-10-28",
  vv="V/v báo cáo thực hiện Chỉ thị số 38-CT/TW năm 2026",
  kg="Sở Khoa học và Công nghệ",
  intro="Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Nội vụ báo cáo các nội dung liên quan như sau:",
  entries=[
    E("II.3.c","not_applicable",{},
      "Sở Nội vụ đã phối hợp hướng dẫn quy trình thu hút chuyên gia, nhà khoa học theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND; tuy nhiên trong năm chưa có hồ sơ đề nghị thu hút thuộc lĩnh vực tiêu chuẩn, đo lường, chất lượng nên nội dung này không phát sinh.",
      ve="Về thu hút chuyên gia, nhà khoa học"),
    E("II.3.a","in_progress",{"training_courses":1,"participants":68},
      "Sở đã đưa nội dung quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng vào kế hoạch bồi dưỡng năm 2026, phối hợp mở 1 lớp bồi dưỡng cho 68 công chức các sở, ngành và phường, xã; hiện đang chuẩn bị lớp tiếp theo trong tháng 11.",
      ve="Về đào tạo, bồi dưỡng công chức"),
    E("II.2.đ","completed",{},
      "Sở đã lồng ghép kiểm tra việc áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong đợt kiểm tra công tác cải cách hành chính tại các sở, ngành; nội dung này đã xong.",
      ve="Về áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính"),
  ],
  difficulties=["một số cơ quan chưa bố trí công chức theo dõi hệ thống quản lý chất lượng", "kinh phí bồi dưỡng năm 2026 hạn chế"],
  proposals=["đề nghị Sở Khoa học và Công nghệ cử báo cáo viên cho các lớp bồi dưỡng năm 2027"],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sname="Trương Minh Quân"),

# ---------------- H3: chuyên viên, XLSX with dropdown status ----------------
dict(file="TTPT_Bieu bao cao CT38_2026.xlsx", hand="H3", uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
  head="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  number="318/BC-TTPT", date="2026-10-23",
  entries=[
    E("II.2.g","in_progress",{"instruments_verified":12480,"samples_tested":3215},
      "Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ doanh nghiệp; được công nhận bổ sung phép thử lĩnh vực điện – điện tử.",
      name="Nâng cao năng lực dịch vụ kỹ thuật TĐC", so="12.480 phương tiện đo kiểm định, hiệu chuẩn; 3.215 mẫu thử nghiệm", money=None),
    E("II.4.a","in_progress",{"budget_spent_vnd":4860000000},
      "Mua sắm 06 thiết bị thử nghiệm (máy quang phổ, tủ vi khí hậu…), đã nghiệm thu 04 thiết bị.",
      name="Đầu tư trang thiết bị", so="", money=4860000000),
    E("II.4.c","completed",{"instruments_verified":9},
      "Gửi hiệu chuẩn, liên kết 9 chuẩn đo lường chính đến chuẩn quốc gia tại Viện Đo lường Việt Nam.",
      name="Duy trì chuẩn đo lường", so="9 chuẩn", money=None),
    E("II.3.d","completed",{"training_courses":3,"participants":210},
      "Phối hợp trường Đại học Bách khoa tổ chức các buổi tập huấn về đo lường, hiệu chuẩn cho sinh viên.",
      name="Tập huấn cho sinh viên", so="3 buổi; 210 sinh viên", money=None),
  ],
  difficulties=["Nhiều thiết bị thử nghiệm đã qua 10 năm sử dụng, chi phí sửa chữa lớn.",
                "Khó tuyển dụng kỹ thuật viên hiệu chuẩn có kinh nghiệm."],
  proposals=["Đề nghị Sở bố trí kinh phí năm 2027 để thay thế thiết bị thử nghiệm cũ."],
  preparer="Lý Thanh Tú", boss="Hoàng Văn Định", bosstitle="GIÁM ĐỐC"),

dict(file="GDDT - bieu CT38 - thang10.xlsx", hand="H3", uid="SO-GDDT", uname="Sở Giáo dục và Đào tạo",
  head="SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent="ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH",
  number="3950/BC-SGDĐT", date="2026-10-30",
  entries=[
    E("II.3.d","in_progress",{"training_courses":4,"participants":520},
      "Chỉ đạo các trường cao đẳng, trung cấp lồng ghép nội dung tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc; phối hợp Chi cục TĐC tổ chức buổi ngoại khóa cho học sinh, sinh viên.",
      name="Tập huấn TĐC trong trường cao đẳng, trung cấp", so="4 buổi; 520 HSSV", money=None),
    E("II.2.đ","completed",{},
      "Duy trì ISO 9001:2015 tại cơ quan Sở, hoàn thành đánh giá nội bộ.",
      name="ISO trong cơ quan hành chính", so="", money=None),
    E("II.3.a","completed",{"participants":3},
      "Cử công chức tham dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức.",
      name="Cử công chức tập huấn", so="3 người", money=None),
    E("II.5.a","not_applicable",{},
      "Năm 2026 Sở không được phân công kiểm tra chất lượng hàng hóa.",
      name="Kiểm tra chất lượng hàng hóa", so="", money=None),
  ],
  difficulties=["Chương trình đào tạo chính khóa đã kín, khó bố trí thêm thời lượng về tiêu chuẩn, đo lường, chất lượng."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ biên soạn tài liệu ngắn gọn dùng cho giờ ngoại khóa."],
  preparer="Đặng Thị Kim Oanh", boss="Ngô Thanh Bình", bosstitle="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),

dict(file="CDS_bao cao CT38.xlsx", hand="H3", uid="SKHCN-CDS", uname="Phòng Chuyển đổi số",
  head="PHÒNG CHUYỂN ĐỔI SỐ", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  number="27/BC-CĐS", date="2026-10-21",
  entries=[
    E("II.2.h","completed",{},
      "Phối hợp Chi cục đề xuất các nội dung cải tiến Hệ thống thông tin giải quyết TTHC; hoàn thành kết nối Cổng một cửa quốc gia tháng 3/2026.",
      name="Cải tiến HTTT giải quyết TTHC, kết nối một cửa quốc gia", so="", money=None),
    E("II.2.i","in_progress",{"budget_spent_vnd":385000000},
      "Kết nối, đồng bộ dữ liệu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng; đang hoàn thiện phân hệ chia sẻ dữ liệu.",
      name="Kết nối CSDL quốc gia về TĐC", so="", money=385000000),
    E("II.3.a","not_started",{},
      "Tập huấn khai thác cơ sở dữ liệu TĐC cho công chức phường, xã dự kiến tổ chức quý IV.",
      name="Tập huấn khai thác dữ liệu cho công chức", so="", money=None),
  ],
  difficulties=["Cơ sở dữ liệu quốc gia chưa cung cấp đầy đủ API để đồng bộ hai chiều."],
  proposals=["Đề nghị Chi cục cử đầu mối phối hợp chuẩn hóa dữ liệu đầu vào."],
  preparer="Phan Quốc Việt", boss="Lâm Hữu Phước", bosstitle="TRƯỞNG PHÒNG"),

dict(file="SDTTG_bieu CCHC quy III.xlsx", hand="H3", uid="SO-DTTG", uname="Sở Dân tộc và Tôn giáo",
  head="SỞ DÂN TỘC VÀ TÔN GIÁO", parent="ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH",
  number="612/BC-SDTTG", date="2026-10-08",
  title="BIỂU BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026",
  rejected="Không phải báo cáo thực hiện Kế hoạch CT38: đây là biểu báo cáo cải cách hành chính quý III/2026, gửi nhầm.",
  fake=[("Cải cách thể chế","Rà soát 5 văn bản quy phạm pháp luật thuộc lĩnh vực dân tộc, tôn giáo","5 văn bản","completed"),
        ("Cải cách thủ tục hành chính","Công bố, cập nhật 12 thủ tục hành chính trên Cổng dịch vụ công","12 TTHC","completed"),
        ("Cải cách tổ chức bộ máy","Kiện toàn các phòng chuyên môn sau sắp xếp","","in_progress"),
        ("Chính quyền số","Số hóa hồ sơ, kết quả giải quyết TTHC","","in_progress")],
  difficulties=["Một số thủ tục có tỷ lệ hồ sơ trực tuyến thấp."],
  proposals=["Đề nghị Sở Nội vụ hướng dẫn thống nhất cách chấm điểm chỉ số CCHC."],
  preparer="Đinh Văn Sang", boss="Thạch Thị Sa Ri", bosstitle="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),

# ---------------- H4: vertical form XLSX ----------------
dict(file="QLKH_BC_CT38_2026.xlsx", hand="H4", uid="SKHCN-QLKH", uname="Phòng Quản lý Khoa học",
  head="PHÒNG QUẢN LÝ KHOA HỌC", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM",
  number="76/BC-QLKH", date="2026-10-25",
  entries=[
    E("II.3.c","in_progress",{},
      "Tiếp nhận, thẩm định hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường theo Quyết định 05/2026/QĐ-UBND; đang trình Hội đồng xem xét.",
      name="Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC", rows=[]),
    E("II.3.b","completed",{"training_courses":2,"participants":74},
      "Phối hợp Chi cục tổ chức khóa bồi dưỡng chuyên sâu về năng suất, chất lượng cho cán bộ doanh nghiệp.",
      name="Bồi dưỡng chuyên sâu về năng suất", rows=[("Số khóa:",2),("Số học viên:",74)]),
    E("II.1.a","completed",{"training_courses":1,"participants":96},
      "Phối hợp tổ chức Tọa đàm với doanh nghiệp nhập khẩu về quy định kiểm tra chất lượng hàng hóa nhập khẩu.",
      name="Tọa đàm với doanh nghiệp nhập khẩu", rows=[("Số tọa đàm:",1),("Số đại biểu:",96)]),
    E("II.6.b","not_started",{},
      "Phối hợp với APO về năng suất khu vực công: chưa có yêu cầu nên chưa tiến hành.",
      name="Hợp tác APO thúc đẩy năng suất", rows=[]),
  ],
  difficulties=["Quy định về thu hút chuyên gia mới ban hành, chưa có hướng dẫn mẫu hồ sơ thống nhất."],
  proposals=["Đề nghị Chi cục gửi danh sách nhu cầu chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng trước quý I/2027."],
  preparer="Châu Minh Phúc"),

dict(file="STC_baocao CT38.xlsx", hand="H4", uid="SO-TC", uname="Sở Tài chính",
  head="SỞ TÀI CHÍNH", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
  number="6120/BC-STC", date="2026-11-04",
  entries=[
    E("II.4.a","in_progress",{"budget_spent_vnd":3940000000},
      "Thẩm định, bố trí dự toán đầu tư trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ; đến nay đơn vị đã giải ngân một phần.",
      name="Bố trí kinh phí đầu tư cơ sở vật chất, trang thiết bị", rows=[("Kinh phí đã giải ngân (đồng):",3940000000)]),
    E("II.2.đ","completed",{},
      "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở Tài chính.",
      name="Áp dụng ISO trong cơ quan", rows=[]),
    E("II.3.a","completed",{"participants":2},
      "Cử công chức phòng Quản lý giá tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng.",
      name="Cử công chức dự tập huấn", rows=[("Số người tham dự:",2)]),
  ],
  difficulties=["Dự toán năm 2026 của một số đơn vị giao chậm do điều chỉnh sau sắp xếp bộ máy."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ gửi dự toán năm 2027 đúng thời hạn để Sở Tài chính thẩm định."],
  preparer="Tôn Nữ Bảo Trâm"),

dict(file="TTCNTT-DKG BC CT38 T10.xlsx", hand="H4", uid="SKHCN-TTCNTT", uname="Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
  head="TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM",
  number="54/BC-TTCNTT", date="2026-10-28",
  entries=[
    E("II.2.i","in_progress",{"budget_spent_vnd":412600000},
      "Xây dựng giao diện lập trình (API) kết nối cơ sở dữ liệu TĐC của Thành phố với cơ sở dữ liệu quốc gia; đang kiểm thử.",
      name="Kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng", rows=[("Kinh phí đã sử dụng (đồng):",412600000)]),
    E("II.2.h","completed",{},
      "Hỗ trợ kỹ thuật kết nối liên thông Hệ thống giải quyết TTHC với Cổng thông tin một cửa quốc gia.",
      name="Hỗ trợ kết nối một cửa quốc gia", rows=[]),
    E("II.1.a","in_progress",{"communications":22},
      "Đăng tải tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở.",
      name="Tuyên truyền trên Cổng thông tin", rows=[("Số tin, bài:",22)]),
    E("II.3.a","completed",{"training_courses":3,"participants":240},
      "Tập huấn sử dụng phần mềm quản lý đo lường, chất lượng cho công chức phường, xã.",
      name="Tập huấn phần mềm cho công chức phường, xã", rows=[("Số lớp:",3),("Số người tham dự:",240)]),
  ],
  difficulties=["Hạ tầng máy chủ dùng chung đã quá tải vào giờ cao điểm."],
  proposals=["Đề nghị bố trí kinh phí nâng cấp máy chủ năm 2027."],
  preparer="Kha Văn Lộc"),
]

# ---------------------------------------------------------------- DOCX helpers
def base_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def para(d, text, bold=False, italic=False, align=None, size=None, indent=True):
    p = d.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"): p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(d, R, left_extra=None):
    t = d.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(R["parent"]).font.size = Pt(12)
    p2 = c.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run(R["head"]); r.bold = True; r.font.size = Pt(12)
    p3 = c.add_paragraph(); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER; p3.add_run("_______")
    c = t.cell(0, 1)
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(12)
    p2 = c.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.font.size = Pt(13)
    p3 = c.add_paragraph(); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER; p3.add_run("_______________________")
    c = t.cell(1, 0); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Số: " + R["number"]).font.size = Pt(13)
    if left_extra:
        p2 = c.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p2.add_run(left_extra).font.size = Pt(12)
    c = t.cell(1, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Thành phố Hồ Chí Minh, " + vdate(R["date"])); r.italic = True

def signature(d, R, noinh):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0); p = c.paragraphs[0]
    r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for line in noinh:
        q = c.add_paragraph(); q.add_run(line).font.size = Pt(11)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(R["signer"].split("\n")):
        if i: p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    for _ in range(3): c.add_paragraph()
    q = c.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER; q.add_run(R["sname"]).bold = True

# H1: decimal outline, status in parentheses at the end of each item
def gen_h1(R, path):
    d = base_doc(); header_table(d, R)
    para(d, ""); para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, R["title"], bold=True, align="c")
    para(d, "__________", align="c")
    for line in R["intro"].split("\n"):
        para(d, line, align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    g = 0; s = 0
    for e in R["entries"]:
        if e["grp"] is not None:
            g += 1; s = 0
            para(d, f"{g}. {e['grp']}", bold=True, indent=False)
        s += 1
        p = para(d, f"{g}.{s}. {e['text']} ", align="j")
        r = p.add_run("(" + H1_ST[e["status"]] + ")"); r.italic = True; r.bold = True
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, x in enumerate(R["difficulties"], 1):
        para(d, f"2.{i}. {x}", align="j")
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for i, x in enumerate(R["proposals"], 1):
        para(d, f"3.{i}. {x}", align="j")
    para(d, f"Trên đây là báo cáo của {R['uname']}./.", align="j")
    signature(d, R, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- Lưu: VT."])
    d.save(path)

# H2: grouped by status
H2_GROUPS = [("completed", "1. Các nội dung đã hoàn thành"),
             ("in_progress", "2. Các nội dung đang tiếp tục thực hiện"),
             ("not_started", "3. Các nội dung chưa triển khai, không phát sinh"),]
def gen_h2(R, path):
    d = base_doc(); header_table(d, R)
    para(d, ""); para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, R["title"], bold=True, align="c")
    para(d, R["intro"], align="j")
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    para(d, "Lãnh đạo đơn vị đã phân công các phòng chuyên môn theo dõi, thực hiện các nội dung được giao; kết quả cụ thể như sau:", align="j")
    para(d, "II. KẾT QUẢ CỤ THỂ", bold=True, indent=False)
    if R.get("rejected"):
        items = [(s, t, None) for s, t in R["fake"]]
    else:
        items = [(e["status"], e["text"], e["sub"]) for e in R["entries"]]
    for st, head in H2_GROUPS:
        sts = [st] if st != "not_started" else ["not_started", "not_applicable"]
        grp = [x for x in items if x[0] in sts]
        if not grp: continue
        para(d, head + ":", bold=True, italic=True, indent=False)
        for _, t, sub in grp:
            para(d, "- " + t, align="j")
            for sline in (sub or []):
                para(d, sline, align="j")
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in R["difficulties"]: para(d, "- " + x, align="j")
    para(d, "IV. ĐỀ XUẤT", bold=True, indent=False)
    for x in R["proposals"]: para(d, "- " + x, align="j")
    para(d, "Trân trọng báo cáo./.", align="j")
    signature(d, R, ["- Như trên;", "- Giám đốc (để b/c);", "- Lưu: VT, TH."])
    d.save(path)

# H5: công văn with "Về …:" run-in paragraphs; difficulties/proposals in one paragraph each
def gen_h5(R, path):
    d = base_doc(); header_table(d, R, left_extra=R["vv"])
    para(d, "")
    p = para(d, "Kính gửi: " + R["kg"] + ".", align="c")
    para(d, R["intro"], align="j")
    for e in R["entries"]:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(e["ve"] + ": "); r.bold = True; r.italic = True
        p.add_run(e["text"])
    p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Về khó khăn, vướng mắc: ").bold = True
    p.add_run("; ".join(R["difficulties"]) + ".")
    p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Về kiến nghị: ").bold = True
    p.add_run("; ".join(R["proposals"]) + ".")
    para(d, f"{R['uname']} báo cáo để Sở Khoa học và Công nghệ tổng hợp./.", align="j")
    signature(d, R, ["- Như trên;", "- Lưu: VT."])
    d.save(path)

# ---------------------------------------------------------------- XLSX helpers
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

def gen_h3(R, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38" if not R.get("rejected") else "CCHC Q3"
    for col, w in zip("ABCDEFG", [6, 30, 52, 30, 16, 16, 18]): ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = R["parent"]; ws["A1"].alignment = CEN
    ws.merge_cells("A2:C2"); ws["A2"] = R["head"]; ws["A2"].font = Font(bold=True); ws["A2"].alignment = CEN
    ws.merge_cells("D1:G1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True); ws["D1"].alignment = CEN
    ws.merge_cells("D2:G2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True); ws["D2"].alignment = CEN
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + R["number"]; ws["A3"].alignment = CEN
    ws.merge_cells("D3:G3"); ws["D3"] = "TP. Hồ Chí Minh, " + vdate(R["date"]); ws["D3"].font = Font(italic=True); ws["D3"].alignment = CEN
    ws.merge_cells("A5:G5")
    ws["A5"] = R.get("title", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026")
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = CEN
    ws.merge_cells("A6:G6"); ws["A6"] = "(Kèm theo Báo cáo số " + R["number"] + ")"; ws["A6"].font = Font(italic=True); ws["A6"].alignment = CEN
    heads = ["STT", "Nhiệm vụ", "Nội dung đã thực hiện", "Số liệu", "Kinh phí (đồng)", "Tình trạng", "Ghi chú"]
    if R.get("rejected"): heads = ["STT", "Lĩnh vực", "Nội dung đã thực hiện", "Số liệu", "Kinh phí (đồng)", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.alignment = CEN; c.border = BOX
    row = 9
    if R.get("rejected"):
        rows = [(a, b, c, None, H3_ST[s]) for a, b, c, s in R["fake"]]
    else:
        rows = [(e["name"], e["text"], e["so"], e["money"], H3_ST[e["status"]]) for e in R["entries"]]
    dv = DataValidation(type="list", formula1='"Đã xong,Đang làm,Chưa làm,Không phát sinh"', allow_blank=True)
    ws.add_data_validation(dv)
    for i, (nm, txt, so, money, st) in enumerate(rows, 1):
        vals = [i, nm, txt, so or None, money, st, None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX; c.alignment = WRAP
        ws.cell(row, 1).alignment = CEN
        ws.cell(row, 5).number_format = "#,##0"
        dv.add(ws.cell(row, 6))
        row += 1
    row += 1
    ws.cell(row, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); row += 1
    for x in R["difficulties"]:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        ws.cell(row, 1, "-").alignment = CEN; ws.cell(row, 2, x).alignment = WRAP; row += 1
    ws.cell(row, 1, "Kiến nghị:").font = Font(bold=True); row += 1
    for x in R["proposals"]:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        ws.cell(row, 1, "-").alignment = CEN; ws.cell(row, 2, x).alignment = WRAP; row += 1
    row += 1
    ws.cell(row, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=7)
    ws.cell(row, 5, R["bosstitle"].replace("\n", " - ")).font = Font(bold=True)
    ws.cell(row + 4, 2, R["preparer"]); ws.merge_cells(start_row=row + 4, start_column=5, end_row=row + 4, end_column=7)
    ws.cell(row + 4, 5, R["boss"])
    ws.page_setup.orientation = "landscape"
    wb.save(path)

def gen_h4(R, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws.column_dimensions["A"].width = 30; ws.column_dimensions["B"].width = 80
    ws["A1"] = R["parent"]; ws["A2"] = R["head"]; ws["A2"].font = Font(bold=True)
    ws["A4"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A4"].font = Font(bold=True, size=13)
    ws["A5"] = "Số:"; ws["B5"] = R["number"]
    y, m, dd = R["date"].split("-")
    ws["A6"] = "Ngày:"; ws["B6"] = f"{dd}/{m}/{y}"
    ws["A7"] = "Đơn vị báo cáo:"; ws["B7"] = R["uname"]
    row = 9
    for i, e in enumerate(R["entries"], 1):
        ws.cell(row, 1, f"NHIỆM VỤ {i}").font = Font(bold=True); row += 1
        ws.cell(row, 1, "Tên nhiệm vụ:"); ws.cell(row, 2, e["name"]).font = Font(bold=True); row += 1
        ws.cell(row, 1, "Việc đã làm:"); ws.cell(row, 2, e["text"]).alignment = WRAP; row += 1
        for lab, v in e["rows"]:
            ws.cell(row, 1, lab); c = ws.cell(row, 2, v); c.alignment = Alignment(horizontal="left")
            if v >= 1000: c.number_format = "#,##0"
            row += 1
        ws.cell(row, 1, "Tình hình:"); ws.cell(row, 2, H4_ST[e["status"]]).font = Font(italic=True); row += 1
        row += 1
    ws.cell(row, 1, "KHÓ KHĂN").font = Font(bold=True); row += 1
    for i, x in enumerate(R["difficulties"], 1):
        ws.cell(row, 1, f"Khó khăn {i}:"); ws.cell(row, 2, x).alignment = WRAP; row += 1
    row += 1
    ws.cell(row, 1, "ĐỀ XUẤT").font = Font(bold=True); row += 1
    for i, x in enumerate(R["proposals"], 1):
        ws.cell(row, 1, f"Đề xuất {i}:"); ws.cell(row, 2, x).alignment = WRAP; row += 1
    row += 1
    ws.cell(row, 1, "Người báo cáo:"); ws.cell(row, 2, R["preparer"])
    wb.save(path)

GEN = {"H1": gen_h1, "H2": gen_h2, "H5": gen_h5, "H3": gen_h3, "H4": gen_h4}

def main():
    for R in REPORTS:
        path = os.path.join(OUT, R["file"])
        GEN[R["hand"]](R, path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = R.get("rejected")
        key = {"file": R["file"], "sha256": sha,
               "status": "rejected" if rej else "extracted", "reason": rej or None,
               "unit": {"id": R["uid"], "name": R["uname"]},
               "document": {"number": R["number"], "date": R["date"]},
               "entries": [] if rej else [
                   {"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": e["text"]}
                   for e in R["entries"]],
               "findings": [],
               "difficulties": [] if rej else R["difficulties"],
               "proposals": [] if rej else R["proposals"]}
        with open(os.path.join(TRUTH, R["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
    print(len(REPORTS), "files")

if __name__ == "__main__":
    main()
