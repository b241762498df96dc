# -*- coding: utf-8 -*-
"""Generator for set287. Five hands, 17 files. Keys written to truth/."""
import hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

REPORTS = []


def R(**kw):
    REPORTS.append(kw)
    return kw


def E(task, status, ind, title, body, stat):
    return dict(task=task, status=status, indicators=ind, title=title, text=body, stat=stat)

# ------------------------------------------------------------------ content
# H1: department officer, items "n. title" underlined, verdict in a bordered box "ĐÁNH GIÁ: …"
R(file="SCT-bao-cao-CT38-T10-2026.docx", hand="H1", unit_id="SO-CT", unit_name="Sở Công Thương",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", number="4127/BC-SCT", date="2026-10-27",
  datetext="Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
  title="BÁO CÁO\nKết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Thực hiện đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:",
  entries=[
    E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 5, "fines_vnd": 87500000},
      "Kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường",
      "Phòng Quản lý Thương mại phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 06 cuộc kiểm tra tại 41 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; phát hiện 05 cơ sở vi phạm (chủ yếu về nhãn hàng hóa và niêm phong cột đo), đã chuyển hồ sơ xử phạt với tổng số tiền 87.500.000 đồng.",
      "ĐÁNH GIÁ: Thực hiện thường xuyên, đang tiếp tục triển khai đến cuối năm."),
    E("II.2.e", "completed", {"standards_reviewed": 6},
      "Góp ý dự thảo quy chuẩn, tiêu chuẩn kỹ thuật thuộc lĩnh vực ngành Công Thương",
      "Trong kỳ, Sở đã có ý kiến góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia và 02 dự thảo tiêu chuẩn quốc gia (xăng dầu, an toàn hóa chất, thiết bị điện) theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ; tổng cộng 06 dự thảo.",
      "ĐÁNH GIÁ: Đã hoàn thành các yêu cầu góp ý phát sinh trong kỳ."),
    E("II.2.đ", "completed", {},
      "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
      "Sở tổ chức đánh giá nội bộ tại 09 phòng, đơn vị; ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 đối với 112 thủ tục hành chính thuộc thẩm quyền giải quyết.",
      "ĐÁNH GIÁ: Hoàn thành."),
    E("II.1.a", "in_progress", {"communications": 14},
      "Thông tin, tuyên truyền về đo lường, chất lượng trong kinh doanh",
      "Đăng tải 14 tin, bài trên Trang thông tin điện tử của Sở về đo lường trong kinh doanh xăng dầu, ghi nhãn hàng hóa và cảnh báo hàng giả, hàng kém chất lượng.",
      "ĐÁNH GIÁ: Đang thực hiện."),
    E("II.6.a", "not_applicable", {},
      "Cung cấp thông tin về cam kết TBT trong các hiệp định thương mại tự do",
      "Trong kỳ báo cáo, Sở chưa nhận được đề nghị phối hợp cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng.",
      "ĐÁNH GIÁ: Không phát sinh trong kỳ báo cáo."),
  ],
  diffs=["Lực lượng công chức theo dõi lĩnh vực đo lường, chất lượng còn mỏng, phần lớn kiêm nhiệm nhiều việc."],
  props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ danh sách cơ sở kinh doanh xăng dầu đã kiểm định cột đo để phục vụ công tác kiểm tra."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nPhạm Văn Thạnh")

R(file="BC 6352 SYT - CT38.docx", hand="H1", unit_id="SO-YT", unit_name="Sở Y tế",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", number="6352/BC-SYT", date="2026-10-30",
  datetext="Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
  title="BÁO CÁO\nTình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
  intro="Sở Y tế báo cáo kết quả thực hiện các nội dung có liên quan tại Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
  entries=[
    E("II.2.đ", "completed", {},
      "Áp dụng, duy trì ISO 9001:2015 tại cơ quan Sở",
      "Văn phòng Sở chủ trì rà soát, cập nhật 04 quy trình nội bộ; hoàn thành đánh giá nội bộ năm 2026 vào tháng 9/2026.",
      "ĐÁNH GIÁ: Đã hoàn thành đánh giá nội bộ năm 2026."),
    E("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 18, "violations": 2, "fines_vnd": 12000000},
      "Kiểm tra phương tiện đo dùng trong y tế tại cơ sở kinh doanh trang thiết bị y tế",
      "Thanh tra Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 03 cuộc kiểm tra tại 18 cơ sở kinh doanh máy đo huyết áp, nhiệt kế y học; 02 cơ sở vi phạm, xử phạt 12 triệu đồng.",
      "ĐÁNH GIÁ: Đang thực hiện, dự kiến kết thúc đợt kiểm tra trong tháng 12/2026."),
    E("II.3.a", "completed", {"training_courses": 2, "participants": 7},
      "Cử công chức, viên chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
      "Sở cử 07 lượt công chức, viên chức tham gia 02 lớp tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
      "ĐÁNH GIÁ: Hoàn thành."),
    E("II.2.e", "completed", {"standards_reviewed": 1},
      "Góp ý dự thảo quy chuẩn kỹ thuật về trang thiết bị y tế",
      "Sở có văn bản góp ý 01 dự thảo quy chuẩn kỹ thuật quốc gia về thiết bị điện y tế theo đề nghị của Bộ Y tế.",
      "ĐÁNH GIÁ: Đã hoàn thành."),
  ],
  diffs=["Việc kiểm định phương tiện đo dùng trong y tế tại các cơ sở khám chữa bệnh tư nhân chưa đầy đủ, khó theo dõi."],
  props=["Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn riêng về đo lường trong lĩnh vực y tế cho viên chức các bệnh viện."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Thị Huỳnh Mai")

R(file="SXD_9810_phoi-hop-KH-CT38.docx", hand="H1", unit_id="SO-XD", unit_name="Sở Xây dựng",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", number="9810/SXD-KHCN", date="2026-10-29",
  datetext="Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
  title="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  intro="Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.\nSở Xây dựng báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:",
  entries=[
    E("II.2.e", "in_progress", {"standards_reviewed": 3},
      "Góp ý quy chuẩn kỹ thuật quốc gia và xây dựng quy chuẩn kỹ thuật địa phương ngành xây dựng",
      "Sở đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia (vật liệu xây dựng, an toàn cháy cho nhà và công trình); đang xây dựng dự thảo Quy chuẩn kỹ thuật địa phương về công trình hạ tầng kỹ thuật ngầm, dự kiến lấy ý kiến trong Quý IV/2026.",
      "ĐÁNH GIÁ: Đang thực hiện."),
    E("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 15, "samples_tested": 24, "violations": 1, "fines_vnd": 7500000},
      "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên địa bàn",
      "Tổ chức 02 đợt kiểm tra tại 15 cơ sở sản xuất, kinh doanh vật liệu xây dựng; lấy 24 mẫu xi măng, thép, kính xây dựng gửi thử nghiệm; 01 cơ sở vi phạm về công bố hợp quy, phạt 7,5 triệu đồng.",
      "ĐÁNH GIÁ: Hoàn thành kế hoạch kiểm tra năm 2026."),
    E("II.2.đ", "in_progress", {},
      "Duy trì hệ thống quản lý chất lượng tại cơ quan Sở",
      "Sở tiếp tục duy trì, cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp tổ chức bộ máy.",
      "ĐÁNH GIÁ: Đang duy trì thường xuyên."),
    E("II.1.a", "completed", {"training_courses": 1, "participants": 135},
      "Phổ biến quy chuẩn kỹ thuật cho doanh nghiệp vật liệu xây dựng",
      "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD cho 135 đại biểu là doanh nghiệp sản xuất, nhập khẩu, kinh doanh vật liệu xây dựng.",
      "ĐÁNH GIÁ: Đã hoàn thành."),
  ],
  diffs=["Một số phòng thí nghiệm chuyên ngành xây dựng chưa đủ năng lực thử nghiệm theo các quy chuẩn mới ban hành."],
  props=["Kiến nghị Sở Khoa học và Công nghệ sớm công bố danh sách tổ chức thử nghiệm được chỉ định đối với vật liệu xây dựng."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nHuỳnh Thanh Khiết")

R(file="SNV_BC_CCHC_9thang.docx", hand="H1", unit_id="SO-NV", unit_name="Sở Nội vụ", mistaken=True,
  reason="Báo cáo kết quả cải cách hành chính 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", number="3304/BC-SNV", date="2026-10-05",
  datetext="Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026",
  title="BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2026",
  intro="Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả công tác cải cách hành chính 9 tháng đầu năm 2026 như sau:",
  entries=[
    E(None, None, {}, "Cải cách thể chế",
      "Sở tham mưu Ủy ban nhân dân Thành phố ban hành 12 quyết định quy định chức năng, nhiệm vụ của các sở, ngành sau sắp xếp; rà soát 47 văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ.",
      "ĐÁNH GIÁ: Đạt yêu cầu."),
    E(None, None, {}, "Cải cách thủ tục hành chính",
      "Công bố 31 thủ tục hành chính sửa đổi, bổ sung; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%.",
      "ĐÁNH GIÁ: Đạt yêu cầu."),
    E(None, None, {}, "Cải cách chế độ công vụ",
      "Tổ chức thi tuyển công chức đợt 1 năm 2026 với 1.248 thí sinh dự thi; đánh giá, xếp loại công chức quý III theo quy định.",
      "ĐÁNH GIÁ: Đang thực hiện."),
  ],
  diffs=["Khối lượng văn bản phải sửa đổi sau sắp xếp bộ máy rất lớn trong khi thời gian ngắn."],
  props=["Đề nghị Ủy ban nhân dân Thành phố tiếp tục bổ sung biên chế cho bộ phận kiểm soát thủ tục hành chính."],
  signer="GIÁM ĐỐC\n\n\n\nVõ Ngọc Quốc Thuận")

# H5: department/unit officer filling a form where the status is chosen by striking through the options that do not apply
OPTS = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không phát sinh"]
SMAP = {"completed": 0, "in_progress": 1, "not_started": 2, "not_applicable": 3}

R(file="TTPTTN_BC_KH38_2026.docx", hand="H5", unit_id="SKHCN-TTPTTN",
  unit_name="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
  parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", number="512/BC-TTPTTN", date="2026-10-28",
  datetext="Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
  title="BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
  entries=[
    E("II.4.a", "in_progress", {"budget_spent_vnd": 4860000000},
      "Đầu tư, nâng cấp trang thiết bị phòng thí nghiệm",
      "Trung tâm đã mua sắm, lắp đặt 03 hệ thống thiết bị (sắc ký khí ghép khối phổ GC-MS/MS, quang phổ phát xạ ICP-OES, tủ vi khí hậu); giá trị đã giải ngân 4,86 tỷ đồng trên tổng dự toán 6,2 tỷ đồng; gói thầu thiết bị đo lường điện đang chờ nghiệm thu.", 1),
    E("II.4.c", "completed", {"instruments_verified": 46},
      "Duy trì, liên kết chuẩn đo lường của Trung tâm",
      "Hoàn thành hiệu chuẩn, liên kết chuẩn cho 46 chuẩn, thiết bị chuẩn tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3.", 0),
    E("II.2.g", "in_progress", {"instruments_verified": 18425, "samples_tested": 2317},
      "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
      "Từ đầu năm đến ngày 20/10/2026, Trung tâm đã kiểm định, hiệu chuẩn 18.425 phương tiện đo các loại (cột đo xăng dầu, cân, đồng hồ nước, taximet…) và thử nghiệm 2.317 mẫu sản phẩm, hàng hóa theo yêu cầu của tổ chức, doanh nghiệp.", 1),
    E("II.5.b", "completed", {"samples_tested": 120},
      "Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục",
      "Thử nghiệm 120 mẫu xăng dầu, mũ bảo hiểm cho người đi mô tô, xe máy và đồ chơi trẻ em phục vụ chương trình khảo sát chất lượng năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng; đã gửi phiếu kết quả.", 0),
    E("II.3.d", "completed", {"training_courses": 1, "participants": 48},
      "Bồi dưỡng kiến thức đo lường cho sinh viên",
      "Phối hợp Trường Đại học Bách khoa tổ chức 01 khóa bồi dưỡng kiến thức đo lường, thử nghiệm cho 48 sinh viên năm cuối ngành kỹ thuật.", 0),
  ],
  diffs=["Nhiều thiết bị phân tích đã sử dụng trên 10 năm, chi phí sửa chữa lớn.",
         "Khó tuyển dụng kiểm định viên có kinh nghiệm do mức lương chưa cạnh tranh."],
  props=["Đề nghị Sở bố trí kinh phí năm 2027 để thay thế hệ thống quang phổ hấp thụ nguyên tử đã xuống cấp."],
  signer="GIÁM ĐỐC\n\n\n\nLê Minh Trí")

R(file="TTTP-bao-cao-chi-thi-38.docx", hand="H5", unit_id="THANHTRA-TP", unit_name="Thanh tra Thành phố",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", number="1875/BC-TTTP", date="2026-10-31",
  datetext="Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
  title="BÁO CÁO\nKết quả phối hợp thực hiện Chỉ thị số 38-CT/TW năm 2026",
  entries=[
    E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 12, "violations": 4, "fines_vnd": 146000000},
      "Thanh tra chuyên đề về đo lường, chất lượng xăng dầu",
      "Thanh tra Thành phố chủ trì 01 cuộc thanh tra chuyên đề về đo lường, chất lượng trong kinh doanh xăng dầu tại 12 doanh nghiệp đầu mối và cửa hàng; kết luận 04 doanh nghiệp vi phạm, kiến nghị xử phạt 146.000.000 đồng và đã được các cơ quan có thẩm quyền ban hành quyết định xử phạt.", 0),
    E("II.5.d", "in_progress", {"violations": 2},
      "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
      "Tiếp nhận 04 đơn phản ánh liên quan đến gian lận đo lường xăng dầu và hàng hóa đóng gói sẵn; đã xác minh, kết luận 02 vụ việc có vi phạm, chuyển cơ quan chức năng xử lý; 02 đơn còn lại đang xác minh.", 1),
    E("II.6.b", "not_applicable", {},
      "Phối hợp thúc đẩy năng suất khu vực công với APO",
      "Thanh tra Thành phố không nhận được yêu cầu phối hợp đối với nội dung này.", 3),
  ],
  diffs=["Hồ sơ phản ánh về gian lận đo lường thường thiếu chứng cứ, việc xác minh kéo dài."],
  props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử kiểm định viên tham gia các đoàn thanh tra có nội dung đo lường."],
  signer="KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\n\n\nTrần Quốc Bảo")

R(file="SGDDT_5021_KH38.docx", hand="H5", unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo",
  parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", number="5021/BC-SGDĐT", date="2026-11-02",
  datetext="Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
  title="BÁO CÁO\nKết quả thực hiện nội dung phối hợp triển khai Chỉ thị số 38-CT/TW năm 2026",
  entries=[
    E("II.3.d", "in_progress", {"training_courses": 3, "participants": 420},
      "Tọa đàm về mã số, mã vạch và truy xuất nguồn gốc cho học sinh, sinh viên",
      "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 buổi tọa đàm về mã số, mã vạch, truy xuất nguồn gốc cho 420 học sinh, sinh viên các trường trung cấp, cao đẳng trực thuộc; buổi thứ tư dự kiến tổ chức trong tháng 11/2026.", 1),
    E("II.1.a", "completed", {"communications": 12},
      "Phổ biến tài liệu tuyên truyền về tiêu chuẩn, đo lường, chất lượng đến các trường",
      "Sở đã chuyển 12 tài liệu tuyên truyền (tờ gấp, infographic, video clip) do Sở Khoa học và Công nghệ cung cấp đến các cơ sở giáo dục để tuyên truyền trên bảng tin và trang web của trường.", 0),
    E("II.2.e", "completed", {"standards_reviewed": 2},
      "Góp ý tiêu chuẩn quốc gia về thiết bị dạy học",
      "Góp ý 02 dự thảo tiêu chuẩn quốc gia về bàn ghế học sinh và chiếu sáng lớp học theo đề nghị của Bộ Giáo dục và Đào tạo.", 0),
    E("II.3.b", "not_started", {},
      "Bồi dưỡng về năng suất, chất lượng cho cán bộ quản lý trường học",
      "Nội dung này Sở chưa triển khai, dự kiến phối hợp Chi cục tổ chức vào năm học 2026 – 2027.", 2),
  ],
  diffs=["Kinh phí tổ chức các hoạt động ngoại khóa về tiêu chuẩn, đo lường, chất lượng trong trường học chưa được bố trí riêng."],
  props=["Đề nghị Sở Khoa học và Công nghệ cung cấp bộ tài liệu tuyên truyền phù hợp lứa tuổi học sinh trung học."],
  signer="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nLê Hoài Nam")

# H3: ward officer; bold quoted topic in the ward's own words, italic "Nhận định: …" line after the body
R(file="BC_CT38_PhuongThuanGiao.docx", hand="H3", unit_id="25969", unit_name="Phường Thuận Giao",
  number="318/BC-UBND", date="2026-10-26", datetext="Thuận Giao, ngày 26 tháng 10 năm 2026",
  title="BÁO CÁO\nVề kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026",
  entries=[
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 6, "fines_vnd": 9750000},
      "Kiểm tra cân đong ở chợ và các điểm bán lẻ",
      "Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Đội Quản lý thị trường số 12 kiểm tra đo lường tại chợ Thuận Giao và khu vực chợ tự phát đường ĐT743: đi 04 cuộc, kiểm tra 52 cơ sở (quầy, sạp), phát hiện 06 trường hợp dùng cân sai số vượt mức cho phép, lập biên bản và xử phạt tổng cộng 9.750.000 đồng.",
      "Nhận định: việc này phường làm thường xuyên, còn tiếp tục đến cuối năm."),
    E("II.1.a", "completed", {"communications": 8},
      "Tuyên truyền cho bà con tiểu thương",
      "Đăng 08 tin, bài trên trang Zalo OA và trang thông tin điện tử của phường về sử dụng cân đúng, cân đủ; phát thanh trên hệ thống loa của các khu phố.",
      "Nhận định: phần việc năm 2026 đã làm xong."),
    E("II.3.a", "completed", {"participants": 3},
      "Cho cán bộ đi học nghiệp vụ",
      "Phường cử 03 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức.",
      "Nhận định: đã hoàn thành."),
    E("II.2.đ", "in_progress", {},
      "Làm lại ISO sau khi sáp nhập",
      "Sau sắp xếp, phường đang rà soát, xây dựng lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục tại Bộ phận một cửa.",
      "Nhận định: đang làm, chưa xong."),
  ],
  diffs=["Chợ tự phát nhiều, người bán không cố định nên khó kiểm tra, xử lý."],
  props=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ phường 02 bộ quả cân chuẩn để đặt tại điểm cân đối chứng."],
  signer="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Sang")

R(file="Phuong Minh Phung - bao cao TĐC.docx", hand="H3", unit_id="27238", unit_name="Phường Minh Phụng",
  number="245/BC-UBND", date="2026-10-28", datetext="Minh Phụng, ngày 28 tháng 10 năm 2026",
  title="BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
  entries=[
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 23, "violations": 1, "fines_vnd": 2500000},
      "Đi kiểm tra cân, đồng hồ nước, hàng đóng gói sẵn",
      "Phường thành lập tổ kiểm tra liên ngành, thực hiện 02 cuộc kiểm tra tại 23 hộ kinh doanh trên đường Minh Phụng, Hậu Giang; phát hiện 01 trường hợp kinh doanh hàng đóng gói sẵn không đủ định lượng, phạt 2.500.000 đồng.",
      "Nhận định: đạt yêu cầu, đã xong đợt kiểm tra theo kế hoạch của phường."),
    E("II.1.a", "completed", {"training_courses": 1, "participants": 85},
      "Nói chuyện pháp luật cho hộ kinh doanh",
      "Tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho 85 hộ kinh doanh trên địa bàn phường.",
      "Nhận định: đã thực hiện xong."),
    E("II.5.d", "not_applicable", {},
      "Khen thưởng người báo tin vi phạm",
      "Trong năm chưa có tổ chức, cá nhân nào tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn.",
      "Nhận định: không phát sinh."),
    E("II.2.đ", "not_started", {},
      "ISO ở bộ phận một cửa",
      "Phường chờ hướng dẫn của cấp trên về việc xây dựng Hệ thống quản lý chất lượng sau khi sắp xếp đơn vị hành chính.",
      "Nhận định: chưa thực hiện."),
  ],
  diffs=["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được trang bị dụng cụ kiểm tra đo lường."],
  props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn phường quy trình kiểm tra hàng đóng gói sẵn."],
  signer="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLâm Thị Kim Phượng")

R(file="PhuTho_KQ_CT38.docx", hand="H3", unit_id="27226", unit_name="Phường Phú Thọ",
  number="197/BC-UBND", date="2026-10-30", datetext="Phú Thọ, ngày 30 tháng 10 năm 2026",
  title="BÁO CÁO\nTình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
  entries=[
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 31},
      "Kiểm tra đo lường ở chợ Phú Thọ và cửa hàng xăng dầu",
      "Tổ công tác phường thực hiện 03 cuộc kiểm tra đối với 31 cơ sở gồm quầy sạp chợ và cửa hàng xăng dầu trên địa bàn; qua kiểm tra không phát hiện vi phạm, nhắc nhở 05 cơ sở niêm yết chưa đúng.",
      "Nhận định: đang tiếp tục thực hiện trong Quý IV."),
    E("II.1.a", "completed", {"communications": 6},
      "Đưa tin trên trang của phường",
      "Đăng 06 tin, bài về cân đối chứng và cảnh báo hàng kém chất lượng trên trang Facebook và Zalo của phường.",
      "Nhận định: đã xong."),
    E("II.3.a", "completed", {"participants": 4},
      "Dự lớp tập huấn của Sở",
      "Cử 04 công chức, người hoạt động không chuyên trách tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng.",
      "Nhận định: hoàn thành."),
  ],
  diffs=["Phường chưa có kinh phí riêng cho công tác kiểm tra đo lường."],
  props=["Đề nghị Sở Khoa học và Công nghệ phân bổ kinh phí hỗ trợ cho các phường thực hiện nhiệm vụ được phân quyền."],
  signer="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐặng Minh Tuấn")

# H2: XLSX, one row per job, person-in-charge column, fixed figure columns, status words
# "Đã kết thúc / Đang tiếp diễn / Chưa khởi động / Không có nhu cầu"
H2S = {"completed": "Đã kết thúc", "in_progress": "Đang tiếp diễn", "not_started": "Chưa khởi động", "not_applicable": "Không có nhu cầu"}

R(file="TTCNTT_KH38_baocao.xlsx", hand="H2", unit_id="SKHCN-TTCNTT",
  unit_name="Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
  number="233/BC-TTCNTT", date="2026-10-27", datetext="TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
  entries=[
    E("II.2.i", "in_progress", {}, "Kết nối CSDL quốc gia về TĐC",
      "Đã kết nối thử nghiệm, đồng bộ 03 nhóm dữ liệu (tổ chức đánh giá sự phù hợp, phương tiện đo, công bố hợp quy) với cơ sở dữ liệu quốc gia; đang hoàn thiện API", ("Ngô Thanh Phong", "")),
    E("II.2.h", "completed", {}, "Liên thông Cổng một cửa quốc gia",
      "Hoàn tất kết nối liên thông hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia từ 15/3/2026", ("Ngô Thanh Phong", "")),
    E("II.3.a", "completed", {"training_courses": 2, "participants": 96}, "Tập huấn khai thác phần mềm TĐC cho công chức phường, xã",
      "Mở 2 lớp tập huấn sử dụng phần mềm quản lý TĐC cho công chức phụ trách của các phường, xã, đặc khu", ("Trịnh Thị Ngọc Hân", "")),
    E("II.1.a", "in_progress", {"communications": 21}, "Tin bài trên Cổng TTĐT Sở",
      "Biên tập, đăng tải tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở", ("Trịnh Thị Ngọc Hân", "")),
    E("II.6.a", "not_applicable", {}, "Cập nhật điều ước quốc tế về TĐC lên Cổng",
      "Chưa nhận được yêu cầu đăng tải", ("Ngô Thanh Phong", "")),
  ],
  diffs=["Dữ liệu phương tiện đo ở các đơn vị kiểm định chưa thống nhất định dạng, phải chuẩn hóa thủ công."],
  props=["Đề nghị Chi cục TĐC ban hành danh mục trường dữ liệu chuẩn dùng chung trước tháng 12/2026."])

R(file="SATTP - Bieu bao cao CT38 (T10.2026).xlsx", hand="H2", unit_id="SO-ATTP", unit_name="Sở An toàn thực phẩm",
  number="1402/BC-SATTP", date="2026-10-30", datetext="TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
  entries=[
    E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 64, "violations": 9, "fines_vnd": 118500000, "samples_tested": 35},
      "Kiểm tra nhãn, chất lượng thực phẩm bao gói sẵn",
      "Kiểm tra liên ngành ghi nhãn, công bố chất lượng thực phẩm bao gói sẵn tại chợ đầu mối, siêu thị; lấy mẫu kiểm nghiệm", ("Bùi Đức Lộc", "")),
    E("II.5.b", "completed", {"samples_tested": 40}, "Khảo sát chất lượng nước mắm, dầu ăn",
      "Lấy mẫu khảo sát chất lượng nước mắm, dầu ăn trên thị trường, đã có kết quả và thông báo cảnh báo", ("Bùi Đức Lộc", "")),
    E("II.1.a", "completed", {"training_courses": 4, "participants": 510, "communications": 16}, "Tập huấn, tuyên truyền cho cơ sở thực phẩm",
      "Tập huấn quy định ghi nhãn, tự công bố sản phẩm cho cơ sở sản xuất, kinh doanh thực phẩm; tin bài tuyên truyền", ("Võ Thị Thu Trang", "")),
    E("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý QCVN thực phẩm",
      "Góp ý dự thảo QCVN về phụ gia thực phẩm và giới hạn vi sinh vật", ("Võ Thị Thu Trang", "")),
    E("II.5.d", "not_started", {}, "Khen thưởng người tố giác vi phạm",
      "Chưa xây dựng quy chế khen thưởng riêng", ("Bùi Đức Lộc", "")),
  ],
  diffs=["Chi phí kiểm nghiệm mẫu cao, kinh phí lấy mẫu năm 2026 đã sử dụng gần hết."],
  props=["Đề nghị phối hợp với Trung tâm Dịch vụ Phân tích thí nghiệm để được áp dụng đơn giá kiểm nghiệm ưu đãi cho mẫu phục vụ quản lý nhà nước.",
         "Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa liên quan đến thực phẩm."])

R(file="STC_bieu_KH38.xlsx", hand="H2", unit_id="SO-TC", unit_name="Sở Tài chính",
  number="7745/BC-STC", date="2026-10-26", datetext="TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
  entries=[
    E("II.4.a", "in_progress", {"budget_spent_vnd": 2150000000}, "Bố trí vốn mua sắm thiết bị cho đơn vị sự nghiệp thuộc Sở KH&CN",
      "Đã thẩm định dự toán và cấp phát kinh phí mua sắm thiết bị thử nghiệm; số đã giải ngân đến 20/10/2026: 2.150.000.000 đồng", ("Lý Hoàng Yến", "")),
    E("II.4.b", "in_progress", {"budget_spent_vnd": 118400000}, "Kinh phí bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ",
      "Thẩm định dự toán 215.000.000 đồng cho Chi cục TĐC; đã giải ngân 118.400.000 đồng", ("Lý Hoàng Yến", "")),
    E("II.2.đ", "completed", {}, "ISO 9001 tại cơ quan Sở",
      "Hoàn thành đánh giá nội bộ, xem xét của lãnh đạo năm 2026", ("Phan Quốc Việt", "")),
    E("II.6.b", "not_applicable", {}, "Năng suất khu vực công (APO)",
      "Không có yêu cầu phối hợp", ("Phan Quốc Việt", "")),
  ],
  diffs=["Hồ sơ đề nghị giải ngân của một số gói thầu thiết bị gửi chậm, thiếu chứng từ."],
  props=["Đề nghị các đơn vị thuộc Sở Khoa học và Công nghệ hoàn thiện hồ sơ thanh toán trước ngày 15/12/2026."])

R(file="SNNMT_PCTT_bieu.xlsx", hand="H2", unit_id="SO-NNMT", unit_name="Sở Nông nghiệp và Môi trường", mistaken=True,
  reason="Biểu báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không thuộc Kế hoạch triển khai Chỉ thị 38-CT/TW",
  number="2876/BC-SNNMT", date="2026-10-22", datetext="TP. Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
  entries=[
    E(None, "in_progress", {}, "Rà soát phương án ứng phó bão, áp thấp nhiệt đới",
      "Rà soát 168 phương án ứng phó thiên tai cấp xã; diễn tập tại 06 xã ven biển", ("Trần Văn Út", "")),
    E(None, "completed", {}, "Gia cố đê bao, bờ bao chống triều cường",
      "Hoàn thành gia cố 12,4 km bờ bao tại Cần Giờ, Nhà Bè", ("Trần Văn Út", "")),
    E(None, "in_progress", {}, "Trang bị phương tiện cứu hộ",
      "Cấp phát 320 áo phao, 45 phao tròn cho các xã", ("Nguyễn Thị Lan", "")),
  ],
  diffs=["Triều cường năm nay cao hơn trung bình nhiều năm, một số đoạn bờ bao xuống cấp."],
  props=["Đề nghị bố trí thêm kinh phí sửa chữa khẩn cấp bờ bao."],
  ptitle="BIỂU TỔNG HỢP KẾT QUẢ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026")

# H4: XLSX with three Roman-numbered sheets I.KetQua / II.KhoKhan / III.DeXuat; one figure per row,
# a "Căn cứ giao việc" column naming the department's own internal plan, status on first row of each job
H4S = {"completed": "Hoàn thành", "in_progress": "Đang triển khai", "not_started": "Chưa triển khai", "not_applicable": "Không phát sinh"}

R(file="STP_KQ_CT38_2026.xlsx", hand="H4", unit_id="SO-TP", unit_name="Sở Tư pháp",
  number="4410/BC-STP", date="2026-10-29", datetext="ngày 29/10/2026", basis="KH 112/KH-STP",
  entries=[
    E("II.2.c", "completed", {}, "Thẩm định dự thảo văn bản QPPL về TĐC của UBND TP",
      [("Dự thảo quyết định đã thẩm định", 2, "văn bản")], "Mục 3 KH 112"),
    E("II.1.a", "in_progress", {"training_courses": 6, "participants": 740, "communications": 2000},
      "Lồng ghép pháp luật TĐC vào phổ biến, giáo dục pháp luật",
      [("Hội nghị phổ biến pháp luật có lồng ghép", 6, "hội nghị"), ("Người tham dự", 740, "lượt người"), ("Tờ gấp phát hành", 2000, "tờ")], "Mục 1 KH 112"),
    E("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn TĐC",
      [("Công chức tham dự", 2, "người")], "Mục 4 KH 112"),
  ],
  diffs=["Nội dung pháp luật về tiêu chuẩn, đo lường, chất lượng mang tính chuyên ngành sâu, báo cáo viên pháp luật còn hạn chế kiến thức."],
  props=["Đề nghị Sở Khoa học và Công nghệ cử báo cáo viên tham gia các hội nghị phổ biến pháp luật do Sở Tư pháp tổ chức."])

R(file="SDL bao cao KH38 nam 2026.xlsx", hand="H4", unit_id="SO-DL", unit_name="Sở Du lịch",
  number="2188/BC-SDL", date="2026-10-30", datetext="ngày 30/10/2026", basis="KH 57/KH-SDL",
  entries=[
    E("II.1.b", "completed", {"enterprises_supported": 14}, "Vận động DN du lịch tham dự Giải thưởng Chất lượng Quốc gia",
      [("Doanh nghiệp được phổ biến, vận động", 14, "doanh nghiệp"), ("Doanh nghiệp đã đăng ký tham dự", 2, "doanh nghiệp")], "Mục II.2 KH 57"),
    E("II.2.d", "in_progress", {"enterprises_supported": 9}, "Hướng dẫn cơ sở lưu trú áp dụng tiêu chuẩn, HTQLCL",
      [("Cơ sở lưu trú được hướng dẫn áp dụng TCVN 4391:2015", 9, "cơ sở")], "Mục II.3 KH 57"),
    E("II.2.đ", "in_progress", {}, "Duy trì ISO 9001:2015 tại Sở", [], "Mục II.5 KH 57"),
    E("II.6.b", "not_applicable", {}, "Phối hợp APO về năng suất", [], "Mục II.6 KH 57"),
  ],
  diffs=["Doanh nghiệp du lịch nhỏ và vừa chưa quan tâm đến Giải thưởng Chất lượng Quốc gia do chi phí chuẩn bị hồ sơ."],
  props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội thảo riêng cho doanh nghiệp lữ hành về giải thưởng chất lượng."])

R(file="SVHTT_KH38_T10.xlsx", hand="H4", unit_id="SO-VHTT", unit_name="Sở Văn hóa và Thể thao",
  number="3917/BC-SVHTT", date="2026-10-28", datetext="ngày 28/10/2026", basis="KH 204/KH-SVHTT",
  entries=[
    E("II.1.a", "in_progress", {"communications": 25}, "Tuyên truyền TĐC trên hệ thống thông tin cơ sở",
      [("Tin, bài trên Trang TTĐT và bản tin cơ sở", 25, "tin, bài")], "Mục 1 KH 204"),
    E("II.2.đ", "completed", {}, "ISO 9001 tại cơ quan Sở", [], "Mục 2 KH 204"),
    E("II.2.e", "completed", {"standards_reviewed": 1}, "Góp ý TCVN dụng cụ thể thao",
      [("Dự thảo TCVN đã góp ý", 1, "dự thảo")], "Mục 3 KH 204"),
    E("II.5.a", "not_started", {}, "Phối hợp kiểm tra chất lượng dụng cụ tập luyện thể thao", [], "Mục 4 KH 204"),
  ],
  diffs=["Chưa có đơn vị chuyên trách về tiêu chuẩn, chất lượng trong lĩnh vực thể thao."],
  props=["Đề nghị Sở Khoa học và Công nghệ chủ trì đoàn kiểm tra liên ngành về dụng cụ thể thao trong Quý I/2027."])

# ------------------------------------------------------------------ writers

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def header_table(doc, left_lines, number, datetext):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c1, c2 = t.rows[0].cells
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(left_lines):
        r = p.add_run(line + ("\n" if i < len(left_lines) - 1 else ""))
        r.bold = i == len(left_lines) - 1; r.font.size = Pt(12)
    p2 = c1.add_paragraph("Số: " + number); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = c2.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); r.bold = True; r.font.size = Pt(12)
    r = q.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.underline = True
    q2 = c2.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q2.add_run(datetext); r.italic = True


def box(par):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    for e in ("top", "left", "bottom", "right"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "single"); x.set(qn("w:sz"), "6"); x.set(qn("w:space"), "4"); x.set(qn("w:color"), "000000")
        b.append(x)
    pPr.append(b)


def title_block(doc, title):
    lines = title.split("\n")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(lines[0]); r.bold = True
    for l in lines[1:]:
        r = p.add_run("\n" + l); r.bold = True


def signer_block(doc, signer, left=None):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c1, c2 = t.rows[0].cells
    p = c1.paragraphs[0]
    r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for l in (left or ["- Như trên;", "- Lưu: VT."]):
        c1.add_paragraph(l).runs[0].font.size = Pt(10)
    q = c2.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run(signer); r.bold = True


def write_h1(rep):
    doc = Document(); set_font(doc)
    header_table(doc, rep["parent"].split("\n") + [rep["unit_name"].upper()], rep["number"], rep["datetext"])
    doc.add_paragraph()
    title_block(doc, rep["title"])
    for l in rep["intro"].split("\n"):
        p = doc.add_paragraph(l); p.paragraph_format.first_line_indent = Cm(1)
    p = doc.add_paragraph(); r = p.add_run("I. KẾT QUẢ THỰC HIỆN"); r.bold = True
    for i, e in enumerate(rep["entries"], 1):
        p = doc.add_paragraph(); r = p.add_run(f"{i}. {e['title']}"); r.underline = True; r.bold = False
        p = doc.add_paragraph(e["text"]); p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        b = doc.add_paragraph(); box(b); b.paragraph_format.left_indent = Cm(1)
        lab, rest = e["stat"].split(":", 1)
        r = b.add_run(lab + ":"); r.bold = True
        b.add_run(rest)
    p = doc.add_paragraph(); r = p.add_run("II. KHÓ KHĂN, VƯỚNG MẮC"); r.bold = True
    for d in rep["diffs"]:
        doc.add_paragraph("- " + d)
    p = doc.add_paragraph(); r = p.add_run("III. ĐỀ XUẤT, KIẾN NGHỊ"); r.bold = True
    for d in rep["props"]:
        doc.add_paragraph("- " + d)
    doc.add_paragraph(f"Trên đây là báo cáo của {rep['unit_name']}./.")
    signer_block(doc, rep["signer"], ["- Sở KH&CN (Chi cục TĐC);", "- Giám đốc Sở (để b/c);", "- Lưu: VT."])
    return doc


def write_h5(rep):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, rep["parent"].split("\n") + [rep["unit_name"].upper()], rep["number"], rep["datetext"])
    doc.add_paragraph()
    title_block(doc, rep["title"])
    p = doc.add_paragraph(); r = p.add_run("(Theo mẫu đề cương của Chi cục TĐC; ở mục “Tình hình thực hiện” gạch bỏ nội dung không phù hợp)")
    r.italic = True; r.font.size = Pt(11); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); r = p.add_run("A. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐƯỢC GIAO"); r.bold = True
    for i, e in enumerate(rep["entries"], 1):
        p = doc.add_paragraph(); r = p.add_run(f"Nội dung {i}: "); r.bold = True
        r = p.add_run(e["title"]); r.bold = True
        p = doc.add_paragraph(); r = p.add_run("- Kết quả: "); r.italic = True
        p.add_run(e["text"])
        p = doc.add_paragraph(); r = p.add_run("- Tình hình thực hiện: "); r.italic = True
        for k, o in enumerate(OPTS):
            r = p.add_run(o)
            if k != e["stat"]:
                r.font.strike = True
            if k < len(OPTS) - 1:
                p.add_run(" / ")
        p.add_run(".")
    p = doc.add_paragraph(); r = p.add_run("B. KHÓ KHĂN, VƯỚNG MẮC"); r.bold = True
    for i, d in enumerate(rep["diffs"], 1):
        doc.add_paragraph(f"{i}. {d}")
    p = doc.add_paragraph(); r = p.add_run("C. ĐỀ XUẤT, KIẾN NGHỊ"); r.bold = True
    for i, d in enumerate(rep["props"], 1):
        doc.add_paragraph(f"{i}. {d}")
    signer_block(doc, rep["signer"], ["- Chi cục TĐC (để t/h);", "- Lưu: VT, KHTH."])
    return doc


def write_h3(rep):
    doc = Document(); set_font(doc, size=14)
    for line, bold in (("ỦY BAN NHÂN DÂN", False), (rep["unit_name"].upper(), True)):
        p = doc.add_paragraph(); r = p.add_run(line); r.bold = bold
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("Số: " + rep["number"])
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(rep["datetext"]); r.italic = True
    title_block(doc, rep["title"])
    p = doc.add_paragraph("Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"Ủy ban nhân dân {rep['unit_name']} báo cáo kết quả thực hiện trong năm 2026 (số liệu tính đến ngày 20/10/2026) như sau:")
    for e in rep["entries"]:
        p = doc.add_paragraph(); r = p.add_run("“" + e["title"] + "”"); r.bold = True
        p.add_run(" – " + e["text"])
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p = doc.add_paragraph(); r = p.add_run(e["stat"]); r.italic = True
        p.paragraph_format.left_indent = Cm(1.5)
    p = doc.add_paragraph(); r = p.add_run("Khó khăn:"); r.bold = True
    for d in rep["diffs"]:
        doc.add_paragraph("+ " + d)
    p = doc.add_paragraph(); r = p.add_run("Kiến nghị:"); r.bold = True
    for d in rep["props"]:
        doc.add_paragraph("+ " + d)
    doc.add_paragraph("Ủy ban nhân dân phường kính báo cáo./.")
    signer_block(doc, rep["signer"], ["- Như trên;", "- TT. Đảng ủy phường;", "- Lưu: VT, KT."])
    return doc


thin = Side(style="thin")
BRD = Border(left=thin, right=thin, top=thin, bottom=thin)


def write_h2(rep):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws["A1"] = rep["unit_name"].upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + rep["number"]
    ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H1"].font = Font(bold=True)
    ws["H2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["H3"] = rep["datetext"]; ws["H3"].font = Font(italic=True)
    ttl = rep.get("ptitle", "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026")
    ws["A5"] = ttl; ws["A5"].font = Font(bold=True, size=13); ws.merge_cells("A5:M5")
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "Trạng thái ghi một trong bốn: Đã kết thúc / Đang tiếp diễn / Chưa khởi động / Không có nhu cầu"
    ws["A6"].font = Font(italic=True, size=10)
    hdr = ["STT", "Việc", "Người đầu mối", "Mô tả kết quả", "Cuộc KT", "Cơ sở KT", "Vi phạm", "Tiền phạt (đồng)",
           "Mẫu", "Lớp/HN", "Lượt người", "Tin, bài", "Góp ý TC/QC", "Kinh phí đã GN (đồng)", "Trạng thái"]
    mist = rep.get("mistaken")
    if mist:
        hdr = ["STT", "Việc", "Người đầu mối", "Mô tả kết quả", "Trạng thái"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.border = BRD
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    cols = {"inspections": 5, "establishments_inspected": 6, "violations": 7, "fines_vnd": 8, "samples_tested": 9,
            "training_courses": 10, "participants": 11, "communications": 12, "standards_reviewed": 13, "budget_spent_vnd": 14}
    row = 9
    for i, e in enumerate(rep["entries"], 1):
        vals = [i, e["title"], e["stat"][0], e["text"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v); c.border = BRD; c.alignment = Alignment(wrap_text=True, vertical="top")
        if mist:
            c = ws.cell(row=row, column=5, value=H2S[e["status"]]); c.border = BRD
        else:
            for k, col in cols.items():
                c = ws.cell(row=row, column=col); c.border = BRD
                if k in e["indicators"]:
                    c.value = e["indicators"][k]
                    if k.endswith("_vnd"):
                        c.number_format = "#,##0"
            c = ws.cell(row=row, column=15, value=H2S[e["status"]]); c.border = BRD
        row += 1
    row += 1
    for i, d in enumerate(rep["diffs"], 1):
        ws.cell(row=row, column=1, value=f"Khó khăn ({i})"); ws.cell(row=row, column=2, value=d); row += 1
    for i, d in enumerate(rep["props"], 1):
        ws.cell(row=row, column=1, value=f"Kiến nghị ({i})"); ws.cell(row=row, column=2, value=d); row += 1
    row += 1
    ws.cell(row=row, column=11, value="Người lập biểu"); ws.cell(row=row, column=14, value="THỦ TRƯỞNG ĐƠN VỊ")
    ws.column_dimensions["B"].width = 34; ws.column_dimensions["C"].width = 18; ws.column_dimensions["D"].width = 50
    ws.column_dimensions["H"].width = 16; ws.column_dimensions["N"].width = 18; ws.column_dimensions["O"].width = 16
    ws.freeze_panes = "C9"
    return wb


def write_h4(rep):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "I.KetQua"
    ws["A1"] = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = rep["unit_name"].upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + rep["number"]
    ws["E3"] = "Thành phố Hồ Chí Minh, " + rep["datetext"]; ws["E3"].font = Font(italic=True)
    ws["A5"] = "PHẦN I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True)
    ws["A6"] = f"(Các việc được Sở giao tại {rep['basis']}; Phần II, III xem các trang tính kế tiếp)"; ws["A6"].font = Font(italic=True)
    hdr = ["TT", "Nội dung công việc", "Căn cứ giao việc", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Đánh giá"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.border = BRD
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    row = 9
    for i, e in enumerate(rep["entries"], 1):
        figs = e["text"] or [("(không có số liệu)", None, None)]
        first = row
        for k, (lab, val, unit) in enumerate(figs):
            if k == 0:
                ws.cell(row=row, column=1, value=i); ws.cell(row=row, column=2, value=e["title"])
                ws.cell(row=row, column=3, value=e["stat"]); ws.cell(row=row, column=7, value=H4S[e["status"]])
            ws.cell(row=row, column=4, value=lab)
            if val is not None:
                ws.cell(row=row, column=5, value=val).number_format = "#,##0"
            ws.cell(row=row, column=6, value=unit)
            for j in range(1, 8):
                ws.cell(row=row, column=j).border = BRD
                ws.cell(row=row, column=j).alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
    ws.column_dimensions["B"].width = 40; ws.column_dimensions["C"].width = 16; ws.column_dimensions["D"].width = 38
    ws.column_dimensions["G"].width = 18
    w2 = wb.create_sheet("II.KhoKhan")
    w2["A1"] = "PHẦN II. KHÓ KHĂN, VƯỚNG MẮC"; w2["A1"].font = Font(bold=True)
    for i, d in enumerate(rep["diffs"], 1):
        w2.cell(row=2 + i, column=1, value=i); w2.cell(row=2 + i, column=2, value=d)
    w3 = wb.create_sheet("III.DeXuat")
    w3["A1"] = "PHẦN III. ĐỀ XUẤT, KIẾN NGHỊ"; w3["A1"].font = Font(bold=True)
    for i, d in enumerate(rep["props"], 1):
        w3.cell(row=2 + i, column=1, value=i); w3.cell(row=2 + i, column=2, value=d)
    w3.cell(row=6 + len(rep["props"]), column=2, value="KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC (đã ký)")
    w2.column_dimensions["B"].width = 90; w3.column_dimensions["B"].width = 90
    return wb


def h4_text(e):
    if not e["text"]:
        return e["title"]
    return e["title"] + ": " + "; ".join(f"{lab} {val} {unit}" for lab, val, unit in e["text"])


for rep in REPORTS:
    path = os.path.join(OUT, rep["file"])
    h = rep["hand"]
    obj = {"H1": write_h1, "H5": write_h5, "H3": write_h3, "H2": write_h2, "H4": write_h4}[h](rep)
    obj.save(path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    mist = rep.get("mistaken")
    entries = []
    if not mist:
        for e in rep["entries"]:
            text = h4_text(e) if h == "H4" else (e["title"] + ": " + e["text"])
            entries.append({"task": e["task"], "status": e["status"], "indicators": e["indicators"], "text": text})
    key = {"file": rep["file"], "sha256": sha,
           "status": "rejected" if mist else "extracted",
           "reason": rep["reason"] if mist else None,
           "unit": {"id": rep["unit_id"], "name": rep["unit_name"]},
           "document": {"number": rep["number"], "date": rep["date"]},
           "entries": entries, "findings": [],
           "difficulties": [] if mist else rep["diffs"],
           "proposals": [] if mist else rep["props"]}
    with open(os.path.join(TRUTH, rep["file"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
print(len(REPORTS), "files")
