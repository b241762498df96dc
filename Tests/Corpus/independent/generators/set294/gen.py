# -*- coding: utf-8 -*-
"""Generator for set294: 17 progress reports in 4 hands + answer keys."""
import hashlib, json, os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
REPORTS = []


def R(**kw):
    REPORTS.append(kw)


# ---------------------------------------------------------------- Hand A
# Chị Lê Thị Hạnh: ward officer typing fast. Paragraphs open with a time phrase,
# the job is only implied; spaces before commas/colons, missing spaces after,
# lower-case place names; each job closed by a detached "Việc này : … ." line.
A_ST = {"completed": "Xong .", "in_progress": "đang làm tiếp .",
        "not_started": "chưa làm .", "not_applicable": "không có phát sinh ."}

R(hand="A", file="BC-ptankhanh-ct38.docx", unit=("25891", "Phường Tân Khánh"),
  head="UBND PHƯỜNG TÂN KHÁNH", number="215/BC-UBND", date="2026-10-27",
  place="Tân Khánh", title="Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
  entries=[
      ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 18, "violations": 3, "fines_vnd": 4500000},
       "Tháng 3 và tháng 4/2026 ,UBND phường phối hợp Chi cục TĐC kiểm tra đo lường tại chợ tân khánh và các điểm bán xăng dầu , tổ chức 2 cuộc kiểm tra tại 18 cơ sở kinh doanh ,phát hiện 3 trường hợp vi phạm (cân sai số) ,đã lập biên bản và xử phạt 4.500.000 đồng ."),
      ("II.1.a", "completed", {"communications": 6, "participants": 85},
       "Tháng 5/2026 ,phường Đưa tin tuyên truyền về đo lường ,chất lượng trên trang thông tin điện tử và loa phát thanh khu phố : 6 tin bài ; lồng ghép buổi sinh hoạt tổ dân phố có 85 lượt người dự ."),
      ("II.3.a", "completed", {"participants": 3},
       "Tháng 7/2026 , phường cử 3 công chức (địa chính - xây dựng ,kinh tế) dự lớp tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng do Chi cục tổ chức ."),
      ("II.2.đ", "in_progress", {},
       "Từ tháng 8/2026 đến nay , bộ phận một cửa phường đang rà soát lại quy trình ISO 9001:2015 cho các thủ tục hành chính mới sau sắp xếp ."),
  ],
  diff=["Công chức phụ trách lĩnh vực kiêm nhiệm nhiều việc ,chưa được đào tạo chuyên sâu về đo lường.",
        "Phường chưa có cân đối chứng tại chợ để người dân tự kiểm tra."],
  prop=["Đề nghị Chi cục TĐC hỗ trợ phường 01 cân đối chứng đặt tại chợ Tân Khánh.",
        "Đề nghị Sở tiếp tục mở lớp tập huấn cho công chức phường trong năm 2027."])

R(hand="A", file="thuongtan_bao cao CT38.docx", unit=("25909", "Xã Thường Tân"),
  head="UBND XÃ THƯỜNG TÂN", number="88/BC-UBND", date="2026-10-29",
  place="Thường Tân", title="Báo cáo tình hình thực hiện công tác tiêu chuẩn đo lường chất lượng năm 2026",
  entries=[
      ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 7, "violations": 1, "fines_vnd": 1500000},
       "Đầu tháng 6/2026 , xã phối hợp đoàn kiểm tra của Chi cục kiểm tra 1 cuộc tại 7 cửa hàng kinh doanh xăng dầu và vật liệu xây dựng trên địa bàn ,có 1 trường hợp vi phạm về nhãn hàng hóa ,phạt 1.500.000đ ."),
      ("II.1.a", "completed", {"communications": 4},
       "Quý II/2026 ,xã đăng 4 tin trên trang Zalo UBND xã và phát trên đài truyền thanh về quy định đo lường trong mua bán ."),
      ("II.3.a", "not_started", {},
       "Quý III/2026 ,Xã chưa cử được cán bộ dự tập huấn do trùng lịch tiếp dân ."),
  ],
  diff=["Địa bàn rộng ,các cơ sở kinh doanh nhỏ lẻ nằm rải rác nên khó quản lý."],
  prop=["Đề nghị Chi cục thông báo lịch tập huấn sớm để xã bố trí cán bộ tham dự."])

R(hand="A", file="Hoaloi-BC38-2026.docx", unit=("25849", "Phường Hòa Lợi"),
  head="ỦY BAN NHÂN DÂN PHƯỜNG HÒA LỢI", number="301/BC-UBND", date="2026-10-30",
  place="Hòa Lợi", title="Báo cáo kết quả triển khai kế hoạch Chỉ thị số 38-CT/TW",
  entries=[
      ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 24, "violations": 5, "fines_vnd": 7250000, "samples_tested": 6},
       "Dịp Tết Nguyên đán và tháng 9/2026 ,phường phối hợp Chi cục TĐC và Đội quản lý thị trường kiểm tra 3 cuộc ,24 cơ sở kinh doanh vàng ,xăng dầu ,hàng đóng gói sẵn ; lấy 6 mẫu xăng thử nhanh ; phát hiện 5 cơ sở vi phạm ,xử phạt 7.250.000 đồng ."),
      ("II.5.d", "not_applicable", {},
       "Từ đầu năm đến nay ,phường không nhận được tin báo ,tố giác nào về vi phạm tiêu chuẩn đo lường chất lượng ."),
      ("II.1.a", "in_progress", {"communications": 9, "training_courses": 1, "participants": 60},
       "Tháng 4 đến tháng 10 ,phường phát 9 tin bài trên loa và fanpage ; tổ chức 1 buổi hội nghị phổ biến pháp luật về đo lường cho hộ kinh doanh với 60 người tham dự ."),
      ("II.2.đ", "completed", {},
       "Tháng 6/2026 ,phường Đã công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi hợp nhất bộ phận một cửa ."),
      ("II.3.a", "completed", {"participants": 2},
       "Tháng 8 ,phường cử 2 cán bộ tham dự lớp tập huấn của Chi cục về quản lý đo lường ."),
  ],
  diff=["Một số hộ kinh doanh tại chợ không hợp tác ,tự ý thay cân khi đoàn kiểm tra đi khỏi."],
  prop=["Đề nghị Chi cục TĐC phối hợp kiểm tra đột xuất tại chợ Hòa Lợi ít nhất 2 lần/năm.",
        "Đề nghị Sở cấp tài liệu tuyên truyền in sẵn cho phường."])

R(hand="A", file="TanPhuoc-BC-CDS.docx", unit=("26713", "Phường Tân Phước"), mistaken=True,
  subject="chuyển đổi số",
  head="UBND PHƯỜNG TÂN PHƯỚC", number="176/BC-UBND", date="2026-10-26",
  place="Tân Phước", title="Báo cáo kết quả thực hiện chuyển đổi số ,Đề án 06 năm 2026",
  body=["Tháng 1 đến tháng 9/2026 ,phường đã số hóa 12.450 hồ sơ thủ tục hành chính ,tỷ lệ hồ sơ trực tuyến toàn trình đạt 78% .",
        "Việc này : đang làm tiếp .",
        "Tháng 5/2026 ,tổ công nghệ số cộng đồng 14 khu phố hướng dẫn 2.300 người dân cài đặt VNeID mức 2 .",
        "Việc này : Xong .",
        "Tháng 8 ,phường nâng cấp đường truyền mạng nội bộ ,trang bị 10 máy tính cho bộ phận một cửa .",
        "Việc này : Xong ."])

# ---------------------------------------------------------------- Hand B
# Anh Nguyễn Văn Phúc (and the same template passed around the departments):
# the Sở's template filled in by over-typing its placeholders; the square
# brackets are left around every figure and around the status, e.g.
# "đã góp ý [03] dự thảo", "Tình trạng: [Đang thực hiện]". Hasty caps ("Tình Trạng").
B_ST = {"completed": "Đã hoàn thành", "in_progress": "Đang thực hiện",
        "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}

R(hand="B", file="SCT_bao cao CT38_2026.docx", unit=("SO-CT", "Sở Công Thương"),
  head="SỞ CÔNG THƯƠNG", number="4127/SCT-KHTC", date="2026-10-28",
  title="Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  entries=[
      ("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 126, "violations": 19, "fines_vnd": 312000000},
       ("Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường",
        "Sở chỉ đạo lực lượng quản lý thị trường phối hợp Chi cục TĐC tổ chức [14] cuộc kiểm tra tại [126] cơ sở kinh doanh xăng dầu, LPG, mũ bảo hiểm, đồ chơi trẻ em; phát hiện [19] cơ sở vi phạm, xử phạt [312.000.000] đồng.")),
      ("II.2.e", "completed", {"standards_reviewed": 3},
       ("Góp ý dự thảo quy chuẩn kỹ thuật",
        "Sở đã có văn bản góp ý [03] dự thảo QCVN thuộc lĩnh vực công thương (an toàn điện, xăng dầu, hóa chất) theo đề nghị của Chi cục.")),
      ("II.2.đ", "completed", {},
       ("Duy trì ISO trong cơ quan",
        "Sở đã duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật [41] quy trình giải quyết TTHC.")),
      ("II.3.a", "completed", {"participants": 4},
       ("Cử công chức dự tập huấn",
        "Sở cử [04] công chức tham dự lớp tập huấn nghiệp vụ đo lường, chất lượng do Chi cục tổ chức.")),
  ],
  diff=["Lực lượng quản lý thị trường mỏng, địa bàn thành phố rộng sau sáp nhập."],
  prop=["Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng hàng hóa để Sở định hướng kiểm tra."])

R(hand="B", file="SYT-BC-KH38.docx", unit=("SO-YT", "Sở Y tế"),
  head="SỞ Y TẾ", number="9802/SYT-NVY", date="2026-10-30",
  title="Báo cáo tình hình thực hiện Kế hoạch số …/KH-SKHCN về Chỉ thị 38-CT/TW",
  entries=[
      ("II.2.e", "in_progress", {"standards_reviewed": 2},
       ("Góp ý quy chuẩn, tiêu chuẩn lĩnh vực y tế",
        "Sở đã tham gia góp ý [02] dự thảo tiêu chuẩn quốc gia về trang thiết bị y tế; đang hoàn thiện ý kiến cho dự thảo quy chuẩn về nước sạch.")),
      ("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 38, "instruments_verified": 212},
       ("Kiểm tra phương tiện đo dùng trong y tế",
        "Thanh tra Sở phối hợp kiểm tra [05] cuộc tại [38] cơ sở khám bệnh, chữa bệnh; phối hợp Trung tâm kiểm định [212] phương tiện đo (huyết áp kế, nhiệt kế y học) đang sử dụng tại các cơ sở.")),
      ("II.2.đ", "completed", {},
       ("Áp dụng ISO trong hoạt động hành chính",
        "Sở đã hoàn thành đánh giá nội bộ và công bố lại hệ thống ISO.")),
      ("II.6.a", "not_applicable", {},
       ("Cập nhật điều ước quốc tế",
        "Trong kỳ không có điều ước, thỏa thuận quốc tế mới liên quan lĩnh vực y tế.")),
  ],
  diff=["Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định."],
  prop=["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về đo lường trong y tế cho các cơ sở khám chữa bệnh tư nhân."])

R(hand="B", file="SXD_BC CT38.docx", unit=("SO-XD", "Sở Xây dựng"),
  head="SỞ XÂY DỰNG", number="12057/SXD-KHCN", date="2026-10-29",
  title="Báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026",
  entries=[
      ("II.2.e", "completed", {"standards_reviewed": 5},
       ("Góp ý quy chuẩn, tiêu chuẩn ngành xây dựng",
        "Sở đã góp ý [05] dự thảo TCVN, QCVN về vật liệu xây dựng và an toàn cháy cho nhà và công trình.")),
      ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 17, "samples_tested": 24, "violations": 2},
       ("Kiểm tra chất lượng vật liệu xây dựng",
        "Sở tổ chức [03] đoàn kiểm tra chất lượng vật liệu xây dựng tại [17] cơ sở sản xuất, kinh doanh; lấy [24] mẫu thử nghiệm; [02] cơ sở có mẫu không đạt, đã chuyển hồ sơ xử lý.")),
      ("II.3.a", "not_started", {},
       ("Tập huấn chuyên môn",
        "Sở chưa cử cán bộ tham gia do chưa nhận được thông báo chiêu sinh.")),
  ],
  diff=["Chưa có phòng thử nghiệm chuyên ngành vật liệu mới được chỉ định tại Thành phố."],
  prop=["Đề nghị Chi cục TĐC gửi kế hoạch tập huấn năm 2027 sớm cho các sở, ngành."])

R(hand="B", file="SNNMT-bc-38.docx", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"),
  head="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="8841/SNNMT-KHTC", date="2026-10-27",
  title="Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
  entries=[
      ("II.5.a", "completed", {"inspections": 6, "establishments_inspected": 45, "samples_tested": 90, "violations": 7, "fines_vnd": 86500000},
       ("Kiểm tra chất lượng vật tư nông nghiệp",
        "Sở kiểm tra [06] cuộc tại [45] cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; lấy [90] mẫu; [07] cơ sở vi phạm, xử phạt [86.500.000] đồng.")),
      ("II.2.e", "completed", {"standards_reviewed": 4},
       ("Góp ý tiêu chuẩn, quy chuẩn",
        "Sở góp ý [04] dự thảo QCVN về phân bón, giống cây trồng và nước thải.")),
      ("II.2.a", "in_progress", {"enterprises_supported": 12},
       ("Hỗ trợ truy xuất nguồn gốc nông sản",
        "Sở phối hợp hướng dẫn [12] hợp tác xã, doanh nghiệp áp dụng hệ thống truy xuất nguồn gốc nông sản (Đề án 100).")),
      ("II.2.đ", "completed", {},
       ("Duy trì ISO hành chính",
        "Sở đã cập nhật hệ thống ISO sau hợp nhất hai sở.")),
      ("II.6.a", "not_applicable", {},
       ("Điều ước quốc tế",
        "Không có nội dung phát sinh trong kỳ.")),
  ],
  diff=["Kinh phí lấy mẫu thử nghiệm vật tư nông nghiệp còn hạn chế.",
        "Một số hợp tác xã chưa đủ năng lực ứng dụng phần mềm truy xuất nguồn gốc."],
  prop=["Đề nghị bố trí thêm kinh phí lấy mẫu giám sát chất lượng vật tư nông nghiệp năm 2027."])

R(hand="B", file="PCDS_BC_CT38.docx", unit=("SKHCN-CDS", "Phòng Chuyển đổi số"),
  head="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG CHUYỂN ĐỔI SỐ", number="57/BC-CĐS", date="2026-10-24",
  title="Báo cáo kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị 38-CT/TW",
  entries=[
      ("II.2.h", "completed", {},
       ("Kết nối Cổng một cửa quốc gia",
        "Phòng đã phối hợp Chi cục hoàn tất kết nối liên thông hệ thống đăng ký kiểm tra nhà nước hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia trong Quý I/2026.")),
      ("II.2.i", "in_progress", {"training_courses": 1, "participants": 35},
       ("Cơ sở dữ liệu quốc gia về TĐC",
        "Phòng đang phối hợp Trung tâm CNTT và Địa không gian xây dựng phương án chia sẻ dữ liệu; tổ chức [01] buổi hội thảo kỹ thuật với [35] đại biểu.")),
      ("II.2.đ", "completed", {},
       ("ISO điện tử",
        "Phòng đã hỗ trợ Văn phòng Sở chuyển hệ thống ISO lên môi trường điện tử.")),
  ],
  diff=["Dữ liệu của Bộ Khoa học và Công nghệ chưa mở API đầy đủ để kết nối."],
  prop=["Đề nghị Sở kiến nghị Bộ sớm ban hành tài liệu kỹ thuật kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."])

R(hand="B", file="VPS-BC-38.docx", unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
  head="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG SỞ", number="142/BC-VP", date="2026-10-23",
  title="Báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
  entries=[
      ("II.2.đ", "completed", {"budget_spent_vnd": 48000000},
       ("Duy trì ISO tại cơ quan Sở",
        "Văn phòng Sở phối hợp Chi cục tổ chức đánh giá nội bộ, cập nhật hệ thống ISO; kinh phí đã sử dụng [48.000.000] đồng.")),
      ("II.4.a", "in_progress", {},
       ("Đầu tư cơ sở vật chất cho đơn vị sự nghiệp",
        "Văn phòng đang thẩm định danh mục thiết bị đề nghị mua sắm năm 2026 của Trung tâm.")),
      ("II.5.d", "not_applicable", {},
       ("Khen thưởng người tố giác",
        "Trong kỳ không có trường hợp đề nghị khen thưởng.")),
  ],
  diff=[],
  prop=["Đề nghị các đơn vị gửi hồ sơ mua sắm thiết bị trước ngày 15/11 để kịp giải ngân."])

# ---------------------------------------------------------------- Hand C
# Anh Trần Minh Khoa, technician in the Sở's units: one row per job, the
# "Kết quả" cell holds "label: number" pairs split by " / "; the status column
# is typed in whatever case (HOÀN THÀNH, Đang Thực hiện, đang thực hiện,
# chưa Thực hiện); difficulties and proposals as "+" rows under a label row.
R(hand="C", file="ChiCuc_TDC_BC_CT38_2026.xlsx", unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  head="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", number="612/BC-TĐC", date="2026-11-05",
  entries=[
      ("II.1.a", "completed", {"training_courses": 4, "participants": 520}, "Tập huấn văn bản pháp luật TĐC cho doanh nghiệp và tọa đàm doanh nghiệp nhập khẩu", "Lớp: 04 / Lượt người: 520", "HOÀN THÀNH"),
      ("II.1.b", "completed", {"enterprises_supported": 23}, "Vận động doanh nghiệp dự Giải thưởng CLQG", "Doanh nghiệp được hướng dẫn: 23", "Hoàn Thành"),
      ("II.2.a", "in_progress", {"enterprises_supported": 35, "budget_spent_vnd": 126500000}, "Triển khai Chương trình 1322, Đề án 996, Đề án 100", "DN được hỗ trợ: 35 / Kinh phí đã giải ngân: 126.500.000 đ", "Đang Thực hiện"),
      ("II.2.b", "in_progress", {"enterprises_supported": 9}, "Giải thưởng CLQG năm 2026 – thẩm định hồ sơ", "DN được hướng dẫn hoàn thiện hồ sơ: 9", "đang thực hiện"),
      ("II.2.e", "completed", {"standards_reviewed": 17}, "Góp ý dự thảo TCVN, QCVN", "Số dự thảo góp ý: 17", "HOÀN THÀNH"),
      ("II.3.a", "completed", {"training_courses": 2, "participants": 310}, "Tập huấn nghiệp vụ cho công chức sở, ngành, phường xã", "Lớp: 02 / Học viên: 310", "hoàn thành"),
      ("II.3.d", "not_started", {}, "Tập huấn cho sinh viên các trường ĐH, CĐ", "", "chưa Thực hiện"),
      ("II.5.a", "in_progress", {"inspections": 21, "establishments_inspected": 164, "violations": 27, "fines_vnd": 418750000}, "Kiểm tra TĐC hàng hóa lưu thông, xăng dầu, vàng trang sức", "Cuộc: 21 / Cơ sở: 164 / Vi phạm: 27 / Phạt: 418.750.000 đ", "Đang thực hiện"),
      ("II.5.b", "completed", {"samples_tested": 140}, "Khảo sát chất lượng xăng dầu, mũ bảo hiểm", "Mẫu khảo sát: 140", "HOÀN THÀNH"),
  ],
  diff=["Biên chế thanh tra viên chuyên ngành ít so với số lượng cơ sở phải quản lý.",
        "Kinh phí lấy mẫu khảo sát chỉ đáp ứng khoảng 60% nhu cầu."],
  prop=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
        "Đề nghị UBND các phường, xã cử đầu mối phối hợp kiểm tra đo lường tại chợ."])

R(hand="C", file="TTPTTN-BC38.xlsx", unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
  head="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", number="389/BC-TTPTTN", date="2026-10-31",
  entries=[
      ("II.4.a", "in_progress", {"budget_spent_vnd": 2350000000}, "Đầu tư thiết bị thử nghiệm, hiệu chuẩn", "Kinh phí đã giải ngân: 2.350.000.000 đ", "Đang Thực Hiện"),
      ("II.4.c", "completed", {"instruments_verified": 18}, "Duy trì chuẩn đo lường, liên kết chuẩn quốc gia", "Chuẩn được hiệu chuẩn: 18", "HOÀN THÀNH"),
      ("II.2.g", "completed", {"instruments_verified": 14820, "samples_tested": 3265}, "Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Phương tiện đo kiểm định/hiệu chuẩn: 14.820 / Mẫu thử nghiệm: 3.265", "hoàn thành"),
      ("II.3.d", "in_progress", {"training_courses": 1, "participants": 48}, "Tập huấn cho sinh viên về đo lường", "Lớp: 01 / Sinh viên: 48", "đang Thực hiện"),
  ],
  diff=["Một số thiết bị thử nghiệm đã cũ, chi phí sửa chữa cao."],
  prop=["Đề nghị Sở ưu tiên vốn đầu tư mua sắm thiết bị hiệu chuẩn áp suất năm 2027."])

R(hand="C", file="KTPC_CT38_T10.xlsx", unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
  head="SỞ KHOA HỌC VÀ CÔNG NGHỆ - PHÒNG KIỂM TRA – PHÁP CHẾ", number="73/BC-KTPC", date="2026-10-30",
  entries=[
      ("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 29, "violations": 6, "fines_vnd": 95000000}, "Phối hợp Chi cục kiểm tra TĐC", "Cuộc: 4 / Cơ sở: 29 / Vi phạm: 6 / Phạt: 95.000.000 đ", "HOÀN THÀNH"),
      ("II.2.c", "in_progress", {}, "Góp ý sửa đổi Luật Chất lượng SPHH, văn bản hướng dẫn", "", "Đang thực hiện"),
      ("II.5.d", "not_applicable", {}, "Xử lý tố giác vi phạm", "", "không phát sinh"),
      ("II.4.b", "completed", {"instruments_verified": 7}, "Kiểm định thiết bị kỹ thuật nghiệp vụ (NĐ 135)", "Thiết bị đã kiểm định: 7", "Hoàn thành"),
  ],
  diff=["Quy định về phân cấp xử phạt sau sắp xếp chính quyền hai cấp chưa thống nhất."],
  prop=["Đề nghị Sở ban hành quy chế phối hợp kiểm tra giữa Phòng và Chi cục."])

# ---------------------------------------------------------------- Hand D
# Chị Võ Thị Ngọc, commune officer: header typed into column A rows 1-5 with
# no spaces after "Số:" and commas; one table "Việc đã làm | Tới đâu rồi" with
# everyday answers ("xong", "đang làm", "chưa bắt đầu", "không có việc");
# figures inside the sentence ("3 cuộc ,15 cơ sở"); opinions on sheet "y kien".
D_ST = {"completed": "xong", "in_progress": "đang làm", "not_started": "chưa bắt đầu", "not_applicable": "không có việc"}

R(hand="D", file="ChauDuc_CT38.xlsx", unit=("26596", "Xã Châu Đức"),
  head="UBND xã châu đức", number="45/BC-UBND", date="2026-10-27", place="Châu Đức",
  entries=[
      ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 3000000}, "Phối hợp Chi cục kiểm tra cân tại chợ và cây xăng: 2 cuộc ,15 cơ sở ,2 cơ sở vi phạm ,phạt 3.000.000đ"),
      ("II.1.a", "completed", {"communications": 5}, "Phát thanh tuyên truyền đo lường chất lượng trên loa ấp: 5 tin"),
      ("II.3.a", "in_progress", {"participants": 1}, "Cử 1 cán bộ địa chính dự tập huấn, còn 1 đợt tháng 11"),
      ("II.5.d", "not_applicable", {}, "Tiếp nhận tố giác vi phạm TĐC"),
  ],
  diff=["Cán bộ kiêm nhiệm ,không có thiết bị kiểm tra."],
  prop=["Xin Chi cục cho mượn cân chuẩn để kiểm tra tại chợ."])

R(hand="D", file="TangNhonPhu-BC38.xlsx", unit=("26842", "Phường Tăng Nhơn Phú"),
  head="UBND PHƯỜNG TĂNG NHƠN PHÚ", number="512/BC-UBND", date="2026-10-28", place="Tăng Nhơn Phú",
  entries=[
      ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 33, "violations": 4, "fines_vnd": 12500000, "samples_tested": 8}, "Kiểm tra đo lường ,nhãn hàng hóa tại chợ Tăng Nhơn Phú và cửa hàng tạp hóa: 4 cuộc ,33 cơ sở ,lấy 8 mẫu ,4 vi phạm ,phạt 12.500.000 đồng"),
      ("II.2.đ", "completed", {}, "Cập nhật ISO 9001 bộ phận một cửa phường"),
      ("II.1.a", "completed", {"communications": 12, "participants": 140}, "Tuyên truyền trên fanpage phường 12 bài ,sinh hoạt khu phố 140 lượt người"),
      ("II.3.a", "completed", {"participants": 3}, "Cử 3 công chức dự lớp tập huấn của Chi cục"),
      ("II.5.d", "not_applicable", {}, "Khen thưởng ,bảo vệ người tố giác"),
  ],
  diff=["Số hộ kinh doanh nhỏ lẻ nhiều ,thường xuyên thay đổi địa điểm.",
        "Chưa có hướng dẫn mẫu biên bản thống nhất sau sắp xếp."],
  prop=["Đề nghị Sở ban hành mẫu biên bản kiểm tra dùng chung cho cấp phường.",
        "Đề nghị tập huấn thêm về nhãn hàng hóa cho công chức phường."])

R(hand="D", file="AnLong_bc_38.xlsx", unit=("25867", "Xã An Long"),
  head="UBND XÃ AN LONG", number="97/BC-UBND", date="2026-10-29", place="An Long",
  entries=[
      ("II.5.c", "not_started", {}, "Phối hợp kiểm tra đo lường ,chất lượng xăng dầu trên địa bàn"),
      ("II.1.a", "completed", {"communications": 3}, "Đưa 3 tin lên trang thông tin xã về cân đối chứng"),
      ("II.3.a", "completed", {"participants": 2}, "Cử 2 cán bộ học lớp tập huấn TĐC tháng 8"),
  ],
  diff=["Chưa nhận được kế hoạch kiểm tra của Chi cục nên chưa phối hợp được."],
  prop=["Đề nghị Chi cục gửi kế hoạch kiểm tra Quý IV để xã phối hợp."])

R(hand="D", file="ConDao_BC_PCTT.xlsx", unit=("26732", "Đặc khu Côn Đảo"), mistaken=True,
  subject="phòng chống thiên tai",
  head="UBND ĐẶC KHU CÔN ĐẢO", number="233/BC-UBND", date="2026-10-25", place="Côn Đảo",
  body=[("Kiểm tra neo đậu tàu thuyền tránh trú bão số 5: 146 tàu", "xong"),
        ("Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn cấp đặc khu", "xong"),
        ("Gia cố kè chắn sóng khu dân cư Bến Đầm", "đang làm"),
        ("Dự trữ lương thực ,nước uống cho mùa mưa bão", "xong")])


# ================================================================ writers
def vn_date(iso):
    y, m, d = iso.split("-")
    return y, m, d


def docx_header(doc, r, hasty=False):
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = r["head"]
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    y, m, d = vn_date(r["date"])
    num = ("Số:" + r["number"]) if hasty else ("Số: " + r["number"])
    t.cell(1, 0).text = num
    place = r.get("place", "Thành phố Hồ Chí Minh")
    if hasty:
        t.cell(1, 1).text = f"{place} ,ngày {d} tháng {m} năm {y}"
    else:
        t.cell(1, 1).text = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
    for c in t._cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs:
                run.font.size = Pt(12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run("BÁO CÁO\n" + r["title"])
    rr.bold = True


def write_A(r, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    docx_header(doc, r, hasty=True)
    doc.add_paragraph("Kính gửi : Sở Khoa học và Công nghệ  (Chi cục Tiêu chuẩn Đo lường Chất lượng)")
    if r.get("mistaken"):
        doc.add_paragraph(f"Thực hiện chỉ đạo của UBND Thành phố ,UBND phường {r['place'].lower()} báo cáo kết quả như sau :")
        for line in r["body"]:
            doc.add_paragraph(line)
    else:
        doc.add_paragraph(f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW ,UBND {r['unit'][1].split()[0].lower()} {r['place']} báo cáo kết quả thực hiện như sau :")
        doc.add_paragraph("I . KẾT QUẢ thực hiện")
        for task, status, ind, text in r["entries"]:
            doc.add_paragraph(text)
            p = doc.add_paragraph()
            run = p.add_run("Việc này : " + A_ST[status]); run.italic = False
        doc.add_paragraph("II . Khó khăn ,vướng mắc")
        for d in r["diff"]:
            doc.add_paragraph("- " + d)
        doc.add_paragraph("III . kiến nghị ,đề xuất")
        for d in r["prop"]:
            doc.add_paragraph("- " + d)
    doc.add_paragraph("Trên đây là báo cáo của UBND " + r["unit"][1] + " ./.")
    doc.add_paragraph("Nơi nhận :\n- Sở KH&CN ;\n- Lưu : VT.\t\tKT. CHỦ TỊCH\n\t\tPHÓ CHỦ TỊCH")
    doc.save(path)


def write_B(r, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    docx_header(doc, r)
    doc.add_paragraph("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
    doc.add_paragraph(f"[Tên đơn vị]: {r['unit'][1]} báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:")
    doc.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for i, (task, status, ind, (name, body)) in enumerate(r["entries"], 1):
        doc.add_paragraph().add_run(f"{i}. Nội dung: [{name}]").bold = True
        doc.add_paragraph("- Kết quả thực hiện: " + body)
        lab = "Tình Trạng" if i % 2 == 0 else "Tình trạng"
        doc.add_paragraph(f"- {lab}:  [{B_ST[status]}]")
    doc.add_paragraph().add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
    if r["diff"]:
        for d in r["diff"]:
            doc.add_paragraph(f"- [{d}]")
    else:
        doc.add_paragraph("- [Không]")
    doc.add_paragraph().add_run("III. ĐỀ XUẤT, KIẾN NGHỊ").bold = True
    for d in r["prop"]:
        doc.add_paragraph(f"- [{d}]")
    doc.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    doc.save(path)


def write_C(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    y, m, d = vn_date(r["date"])
    ws["A1"] = r["head"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["A3"] = f"BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (ngày {d}/{m}/{y})"
    ws["A3"].font = Font(bold=True)
    hdr = ["stt", "Công việc", "Kết quả (số liệu)", "TÌNH TRẠNG", "ghi chú"]
    for j, h in enumerate(hdr, 1):
        ws.cell(5, j, h).font = Font(bold=True)
    row = 6
    for i, (task, status, ind, name, res, stw) in enumerate(r["entries"], 1):
        ws.cell(row, 1, i); ws.cell(row, 2, name); ws.cell(row, 3, res); ws.cell(row, 4, stw)
        row += 1
    row += 1
    ws.cell(row, 2, "Khó khăn:").font = Font(bold=True); row += 1
    for t in r["diff"]:
        ws.cell(row, 2, "+ " + t); row += 1
    ws.cell(row, 2, "Kiến nghị:").font = Font(bold=True); row += 1
    for t in r["prop"]:
        ws.cell(row, 2, "+ " + t); row += 1
    row += 1
    ws.cell(row, 4, "Người lập biểu"); ws.cell(row, 5, "Thủ trưởng đơn vị")
    ws.column_dimensions["B"].width = 55; ws.column_dimensions["C"].width = 60; ws.column_dimensions["D"].width = 18
    for rr in ws.iter_rows(min_row=6):
        for c in rr:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def write_D(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "bao cao"
    y, m, d = vn_date(r["date"])
    ws["A1"] = r["head"]
    ws["A2"] = "Số:" + r["number"]
    ws["A3"] = f"{r['place']},ngày {d} tháng {m} năm {y}"
    if r.get("mistaken"):
        ws["A4"] = "BÁO CÁO kết quả công tác phòng chống thiên tai ,tìm kiếm cứu nạn năm 2026"
    else:
        ws["A4"] = "BÁO CÁO kết quả thực hiện kế hoạch Chỉ thị 38 về tiêu chuẩn đo lường chất lượng năm 2026"
    ws["A4"].font = Font(bold=True)
    ws.cell(6, 1, "TT"); ws.cell(6, 2, "Việc đã làm"); ws.cell(6, 3, "Tới đâu rồi")
    for j in (1, 2, 3):
        ws.cell(6, j).font = Font(bold=True)
    row = 7
    items = r["body"] if r.get("mistaken") else [(e[3], D_ST[e[1]]) for e in r["entries"]]
    for i, (txt, stw) in enumerate(items, 1):
        ws.cell(row, 1, i); ws.cell(row, 2, txt); ws.cell(row, 3, stw); row += 1
    ws.cell(row + 1, 2, "Người báo cáo: Võ Thị Ngọc")
    ws.column_dimensions["B"].width = 80; ws.column_dimensions["C"].width = 16
    ws2 = wb.create_sheet("y kien")
    ws2["A1"] = "Khó khăn"
    rr = 2
    for t in r.get("diff", []):
        ws2.cell(rr, 1, "- " + t); rr += 1
    ws2.cell(rr, 1, "Kiến nghị"); rr += 1
    for t in r.get("prop", []):
        ws2.cell(rr, 1, "- " + t); rr += 1
    wb.save(path)


WRITERS = {"A": write_A, "B": write_B, "C": write_C, "D": write_D}


def key(r, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    out = {"file": r["file"], "sha256": sha,
           "unit": {"id": r["unit"][0], "name": r["unit"][1]},
           "document": {"number": r["number"], "date": r["date"]},
           "findings": []}
    if r.get("mistaken"):
        out.update(status="rejected", reason=f"not a report of this plan (báo cáo về {r['subject']})",
                   entries=[], difficulties=[], proposals=[])
        return out
    ents = []
    for e in r["entries"]:
        task, status, ind = e[0], e[1], e[2]
        if r["hand"] == "A":
            text = e[3]
        elif r["hand"] == "B":
            text = e[3][1]
        elif r["hand"] == "C":
            text = (e[3] + ". " + e[4]).strip(". ")
        else:
            text = e[3]
        ents.append({"task": task, "status": status, "indicators": ind, "text": text})
    out.update(status="extracted", reason=None, entries=ents,
               difficulties=r["diff"], proposals=r["prop"])
    return out


if __name__ == "__main__":
    for r in REPORTS:
        path = os.path.join(OUT, r["file"])
        WRITERS[r["hand"]](r, path)
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key(r, path), f, ensure_ascii=False, indent=2)
    print(len(REPORTS), "files")
