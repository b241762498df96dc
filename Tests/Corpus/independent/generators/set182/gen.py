# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
REPORTS = []

def R(**kw): REPORTS.append(kw); return kw
def E(task, status, ind, a, b, c=None):
    if c is None: return dict(task=task, status=status, indicators=ind, text=a, st=b, key=a)
    return dict(task=task, status=status, indicators=ind, text=a, extra=b, st=c)

# ---------------- data ----------------
# H1: Lê Văn Thịnh (Chánh Văn phòng, general 11-month report, CT38 one section; "Đánh giá:" official verdict)
R(hand=1, file="SCT-bc-11thang-2026.docx", uid="SO-CT", uname="Sở Công Thương", parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
  num="4127/BC-SCT", date="2026-11-24", sec=6,
  other=[("Tình hình sản xuất công nghiệp", "Chỉ số sản xuất công nghiệp 11 tháng ước tăng 7,8% so với cùng kỳ; kim ngạch xuất khẩu ước đạt 46,2 tỷ USD."),
         ("Thương mại, dịch vụ", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 1.198 nghìn tỷ đồng, tăng 9,1%."),
         ("Quản lý thị trường", "Lực lượng quản lý thị trường kiểm tra 6.214 vụ, xử lý 4.870 vụ vi phạm.")],
  entries=[E("II.1.a","completed",{"training_courses":3,"participants":412},"Phối hợp Chi cục TĐC tổ chức 03 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường trong kinh doanh xăng dầu cho 412 lượt doanh nghiệp, thương nhân.","Nhiệm vụ đã hoàn thành theo kế hoạch."),
           E("II.5.a","in_progress",{"inspections":14,"establishments_inspected":96,"violations":11,"fines_vnd":187500000},"Chỉ đạo Chi cục Quản lý thị trường kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng: 14 cuộc, 96 cửa hàng; phát hiện 11 cơ sở vi phạm, xử phạt 187.500.000 đồng.","Nhiệm vụ đang tiếp tục thực hiện theo kế hoạch, thường xuyên đến hết năm."),
           E("II.2.e","completed",{"standards_reviewed":5},"Có ý kiến góp ý đối với 05 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (xăng dầu, an toàn điện, hóa chất).","Đã hoàn thành."),
           E("II.2.đ","completed",{},"Duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; đã công bố lại phạm vi áp dụng sau sắp xếp tổ chức.","Đạt yêu cầu, hoàn thành."),
           E("II.5.c","unknown",{},"Phối hợp UBND các phường, xã kiểm tra cân đối chứng tại các chợ truyền thống theo phân cấp.",None)],
  diffs=["Lực lượng quản lý thị trường mỏng, địa bàn rộng sau sắp xếp đơn vị hành chính nên việc kiểm tra đo lường tại cửa hàng xăng dầu ngoại thành còn hạn chế."],
  props=["Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức được chỉ định kiểm định cột đo xăng dầu để phối hợp kiểm tra."])
R(hand=1, file="SXD_BaoCao_T11.docx", uid="SO-XD", uname="Sở Xây dựng", parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
  num="9352/BC-SXD-VP", date="2026-11-19", sec=4,
  other=[("Quản lý quy hoạch, kiến trúc, hạ tầng", "Thẩm định 128 hồ sơ dự án; cấp 1.436 giấy phép xây dựng."),
         ("Quản lý vật liệu xây dựng", "Tiếp nhận 212 hồ sơ công bố hợp quy vật liệu xây dựng (xem mục 4 dưới đây).")],
  entries=[E("II.2.d","completed",{"enterprises_supported":212},"Tiếp nhận, hướng dẫn 212 tổ chức, doanh nghiệp thực hiện công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng theo QCVN 16:2023/BXD.","Hoàn thành nhiệm vụ năm."),
           E("II.5.a","in_progress",{"inspections":6,"establishments_inspected":41,"samples_tested":38,"violations":4},"Kiểm tra chất lượng vật liệu xây dựng lưu thông: 06 đoàn kiểm tra tại 41 cơ sở sản xuất, kinh doanh; lấy 38 mẫu thử nghiệm; 04 cơ sở vi phạm ghi nhãn, công bố hợp quy.","Đang thực hiện; còn 01 đoàn kiểm tra tháng 12."),
           E("II.2.e","completed",{"standards_reviewed":3},"Góp ý 03 dự thảo TCVN về xi măng và cốt liệu cho bê tông.","Hoàn thành."),
           E("II.3.a","completed",{"participants":9},"Cử 09 công chức tham gia lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.","Hoàn thành.")],
  diffs=["Chưa có phòng thử nghiệm được chỉ định đối với một số chỉ tiêu của kính xây dựng nên thời gian trả kết quả mẫu kéo dài."],
  props=["Kiến nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất việc kiểm tra chất lượng vật liệu xây dựng sau thông quan."])
R(hand=1, file="BC 11T-2026 So NNMT.docx", uid="SO-NNMT", uname="Sở Nông nghiệp và Môi trường", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
  num="1578/BC-SNNMT", date="2026-11-27", sec=7,
  other=[("Sản xuất nông nghiệp", "Tổng diện tích gieo trồng 11 tháng đạt 71.845 ha; giá trị sản xuất ước tăng 3,2%."),
         ("Tài nguyên, môi trường", "Giải quyết 2.904 hồ sơ đất đai; kiểm tra 57 cơ sở về bảo vệ môi trường.")],
  entries=[E("II.2.a","in_progress",{"enterprises_supported":27},"Phối hợp triển khai Đề án 100 về truy xuất nguồn gốc: hướng dẫn 27 hợp tác xã, doanh nghiệp nông sản áp dụng mã truy xuất nguồn gốc.","Đang triển khai, đúng tiến độ."),
           E("II.5.a","completed",{"inspections":9,"establishments_inspected":63,"samples_tested":124,"violations":7,"fines_vnd":96000000},"Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi): 09 cuộc, 63 cơ sở; lấy 124 mẫu; 07 cơ sở vi phạm; phạt tiền 96 triệu đồng.","Hoàn thành chỉ tiêu kiểm tra năm 2026."),
           E("II.1.a","completed",{"communications":18},"Đăng tải 18 tin, bài về tiêu chuẩn, chất lượng vật tư nông nghiệp trên Trang thông tin điện tử của Sở.","Hoàn thành."),
           E("II.6.b","not_applicable",{},"Nội dung phối hợp với APO về năng suất khu vực công.","Trong kỳ không phát sinh yêu cầu.")],
  diffs=["Kinh phí lấy mẫu, thử nghiệm vật tư nông nghiệp năm 2026 được bố trí thấp, chỉ đáp ứng khoảng 60% nhu cầu."],
  props=["Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng phân bón lưu thông trên địa bàn để phối hợp xử lý."])
R(hand=1, file="SVHTT-BC11thang.docx", uid="SO-VHTT", uname="Sở Văn hóa và Thể thao", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
  num="5206/BC-SVHTT", date="2026-11-16", sec=5, resave=True,
  other=[("Văn hóa, gia đình", "Tổ chức 245 chương trình nghệ thuật phục vụ nhân dân."),
         ("Thể dục thể thao", "Tổ chức 38 giải thể thao cấp Thành phố.")],
  entries=[E("II.1.a","completed",{"communications":26,"training_courses":1,"participants":150},"Phối hợp đăng 26 tin, bài, pa-nô tuyên truyền Chỉ thị 38-CT/TW trên hệ thống cổ động trực quan; tổ chức 01 buổi tọa đàm cho 150 đại biểu.","Đã hoàn thành."),
           E("II.2.đ","completed",{},"Cơ quan Sở duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015; hoàn thành đánh giá nội bộ tháng 10/2026.","Hoàn thành."),
           E("II.3.a","not_started",{},"Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng.","Chưa thực hiện do chưa nhận được thông báo chiêu sinh.")],
  diffs=[], props=["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền mẫu về Chỉ thị 38-CT/TW để Sở phổ biến trên hệ thống thông tin cơ sở."])
R(hand=1, file="SYT_BC_11thang.docx", uid="SO-YT", uname="Sở Y tế", parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
  num="8841/BC-SYT", date="2026-11-21", sec=None, rejected=True,
  reason="Báo cáo về công tác phòng, chống dịch bệnh và khám chữa bệnh 11 tháng, không phải báo cáo thực hiện Kế hoạch CT38",
  other=[("Phòng, chống dịch bệnh", "Ghi nhận 18.402 ca sốt xuất huyết, giảm 21% so với cùng kỳ; 3.115 ca tay chân miệng."),
         ("Khám, chữa bệnh", "Tổng số lượt khám bệnh 11 tháng đạt 52,6 triệu lượt; công suất sử dụng giường bệnh 94%."),
         ("Quản lý dược, mỹ phẩm", "Lấy 1.240 mẫu thuốc kiểm tra chất lượng, phát hiện 9 mẫu không đạt."),
         ("Chuyển đổi số y tế", "98% cơ sở khám chữa bệnh triển khai hồ sơ bệnh án điện tử.")],
  entries=[], diffs=[], props=[])

# H2: Trần Thị Ngọc Hân (statistician; XLSX: short letter sheet + annex PL with own numbering A.1, ĐVT column, "Đánh giá của đơn vị")
R(hand=2, file="STP_PL_CT38_11T.xlsx", uid="SO-TP", uname="Sở Tư pháp", num="6310/BC-STP", date="2026-11-18",
  entries=[E("II.2.c","completed",{"standards_reviewed":4},"Thẩm định, góp ý dự thảo văn bản QPPL liên quan tiêu chuẩn, đo lường, chất lượng|văn bản|4","Đã hoàn thành, đạt yêu cầu"),
           E("II.1.a","completed",{"training_courses":2,"participants":260},"Lồng ghép phổ biến pháp luật TĐC trong hội nghị PBGDPL|hội nghị|2;Người tham dự|lượt người|260","Hoàn thành kế hoạch năm"),
           E("II.5.d","not_applicable",{},"Tiếp nhận đơn tố giác vi phạm pháp luật về TĐC|đơn|-","Không phát sinh trong kỳ"),
           E("II.3.a","in_progress",{"participants":6},"Cử công chức dự bồi dưỡng nghiệp vụ TĐC|người|6","Đang thực hiện (đợt 2 tháng 12)")],
  diffs=["Một số dự thảo gửi xin ý kiến thẩm định với thời hạn ngắn (dưới 5 ngày làm việc)."],
  props=["Đề nghị các cơ quan soạn thảo gửi hồ sơ thẩm định đúng thời hạn theo Luật Ban hành văn bản quy phạm pháp luật."])
R(hand=2, file="SGDDT-PhuLuc-KH38.xlsx", uid="SO-GDDT", uname="Sở Giáo dục và Đào tạo", num="7725/BC-SGDĐT", date="2026-11-25",
  entries=[E("II.3.d","in_progress",{"training_courses":12,"participants":1840},"Chuyên đề về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch lồng ghép trong các trường TC, CĐ|chuyên đề|12;Học sinh, sinh viên tham dự|lượt|1.840","Đang triển khai theo năm học 2026-2027"),
           E("II.1.a","completed",{"communications":35},"Tin, bài tuyên truyền trên cổng thông tin ngành giáo dục|tin, bài|35","Hoàn thành"),
           E("II.5.a","completed",{"inspections":2,"establishments_inspected":24,"samples_tested":60},"Kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em tại cơ sở giáo dục|cuộc|2;Cơ sở giáo dục được kiểm tra|cơ sở|24;Mẫu thiết bị lấy thử nghiệm|mẫu|60","Hoàn thành"),
           E("II.2.đ","completed",{},"Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở|-|-","Hoàn thành, được đánh giá đạt")],
  diffs=["Chưa có tài liệu chuẩn về tiêu chuẩn, đo lường, chất lượng dành cho học sinh, sinh viên.","Giáo viên dạy chuyên đề chủ yếu kiêm nhiệm."],
  props=["Đề nghị Chi cục TĐC biên soạn bộ tài liệu tham khảo để các trường sử dụng thống nhất."])
R(hand=2, file="TTPTTN_bieu_CT38_nam2026.xlsx", uid="SKHCN-TTPTTN", uname="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
  num="1462/BC-TTPTTN", date="2026-11-20",
  entries=[E("II.4.a","in_progress",{"budget_spent_vnd":6850000000},"Đầu tư, nâng cấp trang thiết bị phòng thử nghiệm - kinh phí đã giải ngân|đồng|6.850.000.000","Đang thực hiện, giải ngân đạt 71% dự toán"),
           E("II.4.c","completed",{"instruments_verified":46},"Chuẩn đo lường được hiệu chuẩn, liên kết chuẩn quốc gia|chuẩn|46","Hoàn thành"),
           E("II.2.g","completed",{"instruments_verified":48315,"samples_tested":9270,"enterprises_supported":1126},"Phương tiện đo được kiểm định, hiệu chuẩn|phương tiện|48.315;Mẫu thử nghiệm|mẫu|9.270;Khách hàng doanh nghiệp sử dụng dịch vụ|doanh nghiệp|1.126","Hoàn thành, vượt kế hoạch năm"),
           E("II.1.a","unknown",{"training_courses":2,"participants":95},"Phối hợp tổ chức lớp tập huấn cho doanh nghiệp|lớp|2;Học viên|người|95",""),
           E("II.3.a","completed",{"participants":14},"Viên chức được cử đào tạo chuyên sâu kỹ thuật đo lường|người|14","Hoàn thành")],
  diffs=["Thủ tục mua sắm thiết bị chuyên dùng kéo dài, một số gói thầu phải tổ chức lại."],
  props=["Đề nghị Sở Khoa học và Công nghệ sớm phê duyệt danh mục thiết bị bổ sung năm 2027.","Đề nghị bố trí thêm biên chế kiểm định viên đo lường."])
R(hand=2, file="SDL-CT38-PL.xlsx", uid="SO-DL", uname="Sở Du lịch", num="2984/BC-SDL", date="2026-11-30", resave=True,
  entries=[E("II.1.a","completed",{"communications":8,"enterprises_supported":64},"Tin bài tuyên truyền về chất lượng dịch vụ du lịch, tiêu chuẩn cơ sở lưu trú|tin, bài|8;Doanh nghiệp lữ hành, lưu trú được hướng dẫn|doanh nghiệp|64","Hoàn thành"),
           E("II.2.d","in_progress",{"enterprises_supported":19},"Cơ sở lưu trú được hướng dẫn áp dụng TCVN 4391:2015 về xếp hạng khách sạn|cơ sở|19","Đang triển khai, đạt khoảng 80% kế hoạch"),
           E("II.5.a","not_applicable",{},"Kiểm tra chuyên ngành TĐC|cuộc|-","Không thuộc phạm vi, không phát sinh")],
  diffs=[], props=["Đề nghị Chi cục TĐC phối hợp tập huấn về tiêu chuẩn quốc gia trong lĩnh vực du lịch cho doanh nghiệp năm 2027."])

# H3: Phạm Quốc Huy (results per sub-unit, then summed; "Kết quả đánh giá:")
R(hand=3, file="KTPC_BC_CT38_T11.docx", uid="SKHCN-KTPC", uname="Phòng Kiểm tra – Pháp chế", num="215/BC-KTPC", date="2026-11-17",
  entries=[E("II.5.a","completed",{"inspections":8,"establishments_inspected":57,"violations":9,"fines_vnd":142000000},
             [("Tổ kiểm tra số 1 (đo lường)","03 cuộc, 22 cơ sở, 04 vi phạm, phạt 61.000.000 đồng"),("Tổ kiểm tra số 2 (chất lượng hàng hóa)","03 cuộc, 19 cơ sở, 03 vi phạm, phạt 47.500.000 đồng"),("Tổ kiểm tra số 3 (nhãn hàng hóa)","02 cuộc, 16 cơ sở, 02 vi phạm, phạt 33.500.000 đồng")],
             "Cộng toàn Phòng: 08 cuộc; 57 cơ sở; 09 cơ sở vi phạm; tổng tiền phạt 142.000.000 đồng.","Hoàn thành kế hoạch kiểm tra năm 2026."),
           E("II.5.d","completed",{"violations":2},[("Bộ phận tiếp công dân","tiếp nhận 03 đơn phản ánh, đã xác minh"),("Bộ phận pháp chế","phối hợp xử lý 02 trường hợp vi phạm được tố giác")],
             "Cộng: 02 trường hợp vi phạm được xử lý theo đơn tố giác.","Hoàn thành."),
           E("II.2.c","in_progress",{"standards_reviewed":3},[("Bộ phận pháp chế","góp ý 03 dự thảo văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)")],
             "Cộng: 03 dự thảo.","Đang thực hiện theo yêu cầu của Bộ."),
           E("II.4.b","not_started",{},[],"Phòng chưa được trang bị phương tiện kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP.","Chưa triển khai.")],
  diffs=["Số lượng công chức làm công tác kiểm tra chỉ có 05 người, phải kiêm nhiệm pháp chế."],
  props=["Đề nghị Lãnh đạo Sở bổ sung 02 biên chế cho công tác kiểm tra chuyên ngành."])
R(hand=3, file="TTTP-bao-cao-phoi-hop-CT38.docx", uid="THANHTRA-TP", uname="Thanh tra Thành phố", num="1193/BC-TTTP", date="2026-11-23",
  entries=[E("II.5.d","completed",{"inspections":3,"violations":5},[("Phòng Thanh tra, giải quyết khiếu nại, tố cáo khu vực 1","01 cuộc; 02 vi phạm"),("Phòng Thanh tra, giải quyết khiếu nại, tố cáo khu vực 2","02 cuộc; 03 vi phạm")],
             "Tổng cộng: 03 cuộc thanh tra trách nhiệm; phát hiện 05 trường hợp vi phạm, đã kiến nghị xử lý.","Đã hoàn thành."),
           E("II.5.a","in_progress",{"inspections":2,"establishments_inspected":12},[("Phòng Phòng, chống tham nhũng","tham gia 02 đoàn liên ngành kiểm tra chất lượng hàng hóa tại 12 doanh nghiệp")],
             "Cộng: 02 đoàn; 12 doanh nghiệp.","Đang thực hiện, dự kiến kết thúc trong tháng 12/2026.")],
  diffs=["Phạm vi phối hợp giữa thanh tra hành chính và kiểm tra chuyên ngành TĐC chưa được quy định cụ thể."],
  props=["Đề nghị Sở Khoa học và Công nghệ ban hành quy chế phối hợp trong kiểm tra, thanh tra về tiêu chuẩn, đo lường, chất lượng."])
R(hand=3, file="SATTP_tonghop_chicuc_CT38.xlsx", uid="SO-ATTP", uname="Sở An toàn thực phẩm", num="3057/BC-SATTP", date="2026-11-26",
  subunits=["Chi cục ATTP khu vực 1","Chi cục ATTP khu vực 2","Chi cục ATTP khu vực 3","Phòng Nghiệp vụ thanh tra"],
  entries=[E("II.5.a","completed",{"inspections":41,"establishments_inspected":386,"violations":52,"fines_vnd":913500000,"samples_tested":740},
             {"inspections":[12,10,11,8],"establishments_inspected":[104,97,110,75],"violations":[15,12,14,11],"fines_vnd":[248000000,211500000,262000000,192000000],"samples_tested":[210,180,205,145]},
             "Kiểm tra ghi nhãn, chất lượng thực phẩm bao gói sẵn","Hoàn thành kế hoạch năm"),
           E("II.1.a","completed",{"communications":64,"training_courses":7,"participants":980},
             {"communications":[18,16,20,10],"training_courses":[2,2,2,1],"participants":[270,240,310,160]},
             "Tuyên truyền, tập huấn ghi nhãn, công bố tiêu chuẩn thực phẩm","Hoàn thành"),
           E("II.2.d","in_progress",{"enterprises_supported":133},{"enterprises_supported":[40,31,38,24]},
             "Hướng dẫn doanh nghiệp tự công bố sản phẩm, áp dụng HACCP/ISO 22000","Đang thực hiện")],
  diffs=["Nhiều cơ sở nhỏ lẻ không có hồ sơ tự công bố sản phẩm, khó truy xuất nguồn gốc."],
  props=["Đề nghị Chi cục TĐC phối hợp lấy mẫu thực phẩm bao gói sẵn để đánh giá lượng hàng đóng gói sẵn."])
R(hand=3, file="P.TDM_CT38_11thang.xlsx", uid="25747", uname="Phường Thủ Dầu Một", num="412/BC-UBND", date="2026-11-18",
  subunits=["Phòng Kinh tế, Hạ tầng và Đô thị","Phòng Văn hóa - Xã hội","Trung tâm Phục vụ hành chính công"],
  entries=[E("II.5.c","completed",{"inspections":5,"establishments_inspected":34,"violations":3},
             {"inspections":[5,0,0],"establishments_inspected":[34,0,0],"violations":[3,0,0]},"Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng theo phân cấp","Hoàn thành"),
           E("II.1.a","completed",{"communications":22},{"communications":[6,16,0]},"Tuyên truyền Chỉ thị 38 trên loa, trang tin phường","Hoàn thành"),
           E("II.2.đ","in_progress",{},{},"Áp dụng ISO 9001:2015 tại Trung tâm Phục vụ HCC sau sắp xếp","Đang xây dựng lại hệ thống")],
  diffs=["Phường chưa có cân đối chứng đặt tại chợ Thủ Dầu Một sau khi cân cũ hư hỏng."],
  props=["Đề nghị Chi cục TĐC hỗ trợ kiểm định và cấp mới 02 cân đối chứng cho chợ trên địa bàn phường."])

# H4: Võ Thị Mỹ Duyên (partner-role replies of wards; "Vai trò của phường:" + "Tự đánh giá phần phối hợp:")
R(hand=4, file="CV phuc dap Chi cuc TDC - Thuong Tan.docx", uid="25909", uname="Xã Thường Tân", num="287/UBND-KT", date="2026-11-20",
  entries=[E("II.5.c","completed",{"inspections":2,"establishments_inspected":15,"violations":1,"fines_vnd":3500000},"Chi cục TĐC chủ trì; xã phối hợp","Xã cử cán bộ tham gia 02 cuộc kiểm tra đo lường cân tại chợ Thường Tân và các điểm thu mua nông sản; kiểm tra 15 cơ sở, 01 cơ sở vi phạm, phạt 3.500.000 đồng.","Đã làm xong phần việc phối hợp."),
           E("II.1.a","completed",{"communications":10},"Chi cục TĐC chủ trì; xã tuyên truyền trên địa bàn","Phát 10 bản tin trên đài truyền thanh xã về cân đúng, đo đủ.","Đã làm xong."),
           E("II.3.a","in_progress",{"participants":2},"Chi cục TĐC tổ chức; xã cử cán bộ","Xã cử 02 công chức tham gia tập huấn đợt 1; đợt 2 chưa có lịch.","Còn đang làm.")],
  diffs=["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
  props=["Đề nghị Chi cục TĐC gửi lịch kiểm tra trước 07 ngày để xã bố trí lực lượng phối hợp."])
R(hand=4, file="HoaLoi_phuc_dap_CT38.docx", uid="25849", uname="Phường Hòa Lợi", num="1034/UBND-KT", date="2026-11-25",
  entries=[E("II.5.c","in_progress",{"inspections":3,"establishments_inspected":21},"Chi cục TĐC chủ trì, phường phối hợp","Phối hợp 03 cuộc kiểm tra xăng dầu, khí hóa lỏng trên địa bàn với 21 cơ sở được kiểm tra; chưa phát hiện vi phạm.","Đang tiếp tục phối hợp đến cuối năm."),
           E("II.1.a","completed",{"communications":6,"training_courses":1,"participants":85},"Chi cục TĐC chủ trì","Phường tổ chức 01 hội nghị phổ biến cho 85 hộ kinh doanh; đăng 06 tin trên trang thông tin điện tử phường.","Đã hoàn thành phần việc của phường."),
           E("II.2.đ","completed",{},"Phường tự thực hiện","Duy trì hệ thống ISO 9001:2015 tại bộ phận một cửa.","Đã hoàn thành."),
           E("II.5.d","not_applicable",{},"Chi cục TĐC chủ trì","Trên địa bàn phường không có đơn tố giác về tiêu chuẩn, đo lường, chất lượng.","Không phát sinh.")],
  diffs=[], props=["Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường."])
R(hand=4, file="PhuThanh_CT38_phoihop.xlsx", uid="27028", uname="Phường Phú Thạnh", num="655/UBND", date="2026-11-22",
  entries=[E("II.5.c","completed",{"inspections":4,"establishments_inspected":28,"violations":2,"fines_vnd":7000000},"Chi cục TĐC","Kiểm tra cân tại chợ Phú Thạnh, chợ Tân Hương: 04 cuộc / 28 cơ sở / 02 vi phạm / phạt 7.000.000đ","Đã xong"),
           E("II.1.a","completed",{"communications":12},"Chi cục TĐC","Tuyên truyền qua Zalo khu phố, loa: 12 tin","Đã xong"),
           E("II.3.a","not_started",{},"Chi cục TĐC","Chưa cử cán bộ dự tập huấn","Chưa làm")],
  diffs=["Cán bộ kinh tế phường kiêm nhiệm nhiều lĩnh vực."], props=["Đề nghị cấp 01 cân đối chứng cho chợ Tân Hương."])
R(hand=4, file="CV_ChauDuc_phoihop_PCTT.docx", uid="26596", uname="Xã Châu Đức", num="512/UBND-VP", date="2026-11-19", rejected=True,
  reason="Công văn phúc đáp về phối hợp phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch CT38",
  entries=[], diffs=[], props=[])

# ---------------- rendering helpers ----------------
def vdate(iso, style=0):
    y,m,d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', name)

def header(doc, parent, unit_caps, num, iso, place="Thành phố Hồ Chí Minh"):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""; p = l.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(parent + "\n"); rr = p.add_run(unit_caps); rr.bold = True
    p2 = l.add_paragraph("Số: " + num); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"); rr.bold = True
    p2 = r.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p2.add_run(f"{place}, {vdate(iso)}"); rr.italic = True

def para(doc, text, bold=False, italic=False, indent=True, center=False):
    p = doc.add_paragraph()
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p

TASKNAME = {"II.1.a":"Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng","II.5.a":"Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa",
 "II.2.e":"Góp ý quy chuẩn kỹ thuật, tiêu chuẩn quốc gia","II.2.đ":"Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015","II.5.c":"Phối hợp với UBND phường, xã theo phân cấp",
 "II.2.d":"Hướng dẫn doanh nghiệp công bố hợp quy, áp dụng hệ thống quản lý","II.3.a":"Bồi dưỡng, cập nhật kiến thức cho công chức","II.2.a":"Truy xuất nguồn gốc (Đề án 100)",
 "II.6.b":"Phối hợp thúc đẩy năng suất (APO)","II.2.c":"Góp ý, thẩm định văn bản quy phạm pháp luật","II.5.d":"Tiếp nhận, xử lý tố giác vi phạm","II.3.d":"Đào tạo về tiêu chuẩn, đo lường trong nhà trường",
 "II.4.a":"Đầu tư cơ sở vật chất, trang thiết bị","II.4.c":"Duy trì chuẩn đo lường, liên kết chuẩn","II.2.g":"Dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm","II.4.b":"Phương tiện, thiết bị kỹ thuật nghiệp vụ"}

def sign(doc, who, title):
    t = doc.add_table(rows=1, cols=2); l, r = t.rows[0].cells
    p = l.paragraphs[0]; rr = p.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True
    l.add_paragraph("- Sở Khoa học và Công nghệ;\n- Chi cục TĐC (để tổng hợp);\n- Lưu: VT.")
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = p.add_run(title); rr.bold = True
    p = r.add_paragraph("\n\n\n" + who); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.runs[0].bold = True

# ---------------- H1 ----------------
def h1(rep):
    doc = Document(); set_font(doc, size=13)
    header(doc, rep["parent"], rep["uname"].upper(), rep["num"], rep["date"])
    para(doc, "BÁO CÁO", bold=True, indent=False, center=True)
    para(doc, "Tình hình thực hiện nhiệm vụ 11 tháng và phương hướng, nhiệm vụ tháng 12 năm 2026", bold=True, indent=False, center=True)
    para(doc, "Phần thứ nhất", bold=True, indent=False, center=True)
    para(doc, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 11 THÁNG NĂM 2026", bold=True, indent=False, center=True)
    items = list(rep["other"])
    sec = rep.get("sec")
    n = 0
    for i, (h, t) in enumerate(items):
        n += 1
        if sec and n == sec - 2:
            pass
        para(doc, f"{n}. {h}", bold=True); para(doc, t)
    if sec:
        n += 1
        para(doc, f"{n}. Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ", bold=True)
        para(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026, " + rep["uname"] + " đã triển khai các nội dung được phân công, kết quả cụ thể như sau:")
        for j, e in enumerate(rep["entries"], 1):
            p = para(doc, f"{n}.{j}. {TASKNAME[e['task']]}: ", bold=False)
            p.runs[0].bold = True; p.add_run(e["text"])
            if e["st"]:
                p = para(doc, "Đánh giá: ", italic=True); p.runs[0].bold = True; r = p.add_run(e["st"]); r.italic = True
        if rep["diffs"]:
            para(doc, "Khó khăn, vướng mắc trong thực hiện Kế hoạch:", italic=True)
            for d in rep["diffs"]: para(doc, "- " + d)
        if rep["props"]:
            para(doc, "Kiến nghị liên quan đến Kế hoạch:", italic=True)
            for d in rep["props"]: para(doc, "- " + d)
    para(doc, "Phần thứ hai", bold=True, indent=False, center=True)
    para(doc, "ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12 NĂM 2026", bold=True, indent=False, center=True)
    para(doc, "1. Đánh giá chung: Trong 11 tháng, " + rep["uname"] + " đã bám sát chỉ đạo của Ủy ban nhân dân Thành phố, triển khai đồng bộ các nhiệm vụ; tuy nhiên còn một số hạn chế về nhân lực và kinh phí.")
    para(doc, "2. Phương hướng tháng 12/2026: tập trung hoàn thành các chỉ tiêu năm, tổng kết công tác năm 2026 và xây dựng kế hoạch năm 2027.")
    sign(doc, "Nguyễn Thanh Bình" if rep["uid"]!="SO-XD" else "Trần Hoài Nam", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    return doc

# ---------------- H2 (xlsx annex) ----------------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def h2(rep):
    wb = Workbook(); ws = wb.active; ws.title = "Cong van"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH" if not rep["uid"].startswith("SKHCN") else "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    ws["A2"] = rep["uname"].upper(); ws["A2"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + rep["num"]; y,m,d = rep["date"].split("-")
    ws["E3"] = f"TP. Hồ Chí Minh, ngày {d} tháng {m} năm {y}"; ws["E3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO"; ws["A5"].font = Font(bold=True, size=13)
    ws["A6"] = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu 11 tháng, ước cả năm)"
    ws["A8"] = "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh."
    ws["A10"] = f"{rep['uname']} báo cáo kết quả thực hiện các nội dung được phân công tại Kế hoạch; số liệu chi tiết tại Phụ lục 01, khó khăn và kiến nghị tại Phụ lục 02 kèm theo."
    ws["A12"] = "Nơi nhận: - Như trên; - Lưu: VT, KHTC."; ws["E12"] = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
    ws.column_dimensions["A"].width = 60
    p = wb.create_sheet("PL01")
    p["A1"] = "PHỤ LỤC 01"; p["A1"].font = Font(bold=True)
    p["A2"] = f"SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (Kèm theo Báo cáo số {rep['num']})"
    hdr = ["Mã số", "Nội dung", "ĐVT", "Thực hiện 11 tháng", "Đánh giá của đơn vị", "Ghi chú"]
    for c, h in enumerate(hdr, 1):
        x = p.cell(row=4, column=c, value=h); x.font = Font(bold=True); x.border = BOX; x.alignment = Alignment(wrap_text=True, horizontal="center")
    for c in range(1, 7): p.cell(row=5, column=c, value=f"({c})").alignment = Alignment(horizontal="center")
    row = 6
    letters = "ABCDEFGH"
    for i, e in enumerate(rep["entries"]):
        code = letters[i]
        p.cell(row=row, column=1, value=code).font = Font(bold=True)
        x = p.cell(row=row, column=2, value=TASKNAME[e["task"]].upper()); x.font = Font(bold=True)
        p.cell(row=row, column=5, value=e["st"])
        for c in range(1, 7): p.cell(row=row, column=c).border = BOX
        row += 1
        for k, part in enumerate(e["text"].split(";"), 1):
            name, dvt, val = part.split("|")
            p.cell(row=row, column=1, value=f"{code}.{k}"); p.cell(row=row, column=2, value=name); p.cell(row=row, column=3, value=dvt)
            v = val.replace(".", "")
            if v.isdigit(): p.cell(row=row, column=4, value=int(v)).number_format = "#,##0"
            else: p.cell(row=row, column=4, value=val)
            for c in range(1, 7): p.cell(row=row, column=c).border = BOX
            row += 1
    p.column_dimensions["B"].width = 62; p.column_dimensions["E"].width = 34
    q = wb.create_sheet("PL02")
    q["A1"] = "PHỤ LỤC 02 - KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ"; q["A1"].font = Font(bold=True)
    r = 3; q.cell(row=r, column=1, value="I"); q.cell(row=r, column=2, value="Khó khăn, vướng mắc").font = Font(bold=True); r += 1
    if not rep["diffs"]: q.cell(row=r, column=2, value="Không có"); r += 1
    for k, d in enumerate(rep["diffs"], 1): q.cell(row=r, column=1, value=f"I.{k}"); q.cell(row=r, column=2, value=d); r += 1
    q.cell(row=r, column=1, value="II"); q.cell(row=r, column=2, value="Kiến nghị, đề xuất").font = Font(bold=True); r += 1
    for k, d in enumerate(rep["props"], 1): q.cell(row=r, column=1, value=f"II.{k}"); q.cell(row=r, column=2, value=d); r += 1
    q.column_dimensions["B"].width = 90
    return wb

def fmt(n, money=False):
    s = f"{n:,}".replace(",", ".")
    return s

# ---------------- H3 ----------------
def h3_docx(rep):
    doc = Document(); set_font(doc, size=14)
    parent = "SỞ KHOA HỌC VÀ CÔNG NGHỆ" if rep["uid"].startswith("SKHCN") else "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"
    header(doc, parent, rep["uname"].upper(), rep["num"], rep["date"])
    para(doc, "BÁO CÁO", bold=True, indent=False, center=True)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (tính đến ngày 15/11/2026)", bold=True, indent=False, center=True)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", indent=False, center=True)
    para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ và văn bản đôn đốc của Chi cục TĐC, {rep['uname']} tổng hợp kết quả từ các bộ phận trực thuộc như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for j, e in enumerate(rep["entries"], 1):
        para(doc, f"{j}. {TASKNAME[e['task']]}", bold=True)
        for who, what in e["text"]:
            p = para(doc, "- "); r = p.add_run(who + ": "); r.underline = True; p.add_run(what + ".")
        para(doc, e["_sum"], bold=True)
        p = para(doc, "Kết quả đánh giá: "); p.runs[0].italic = True; r = p.add_run(e["st"]); r.italic = True; r.bold = True
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in rep["diffs"]: para(doc, "- " + d)
    para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
    for d in rep["props"]: para(doc, "- " + d)
    sign(doc, "Lê Minh Khôi" if rep["uid"] == "SKHCN-KTPC" else "Đỗ Quang Vinh", "TRƯỞNG PHÒNG" if rep["uid"] == "SKHCN-KTPC" else "KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA")
    return doc

COLS = [("inspections","Số cuộc KT\n(cuộc)"),("establishments_inspected","Cơ sở được KT\n(cơ sở)"),("violations","Vi phạm\n(cơ sở)"),
        ("fines_vnd","Tiền phạt\n(đồng)"),("samples_tested","Mẫu lấy\n(mẫu)"),("communications","Tin, bài\n(tin/bài)"),
        ("training_courses","Lớp/hội nghị\n(lớp)"),("participants","Người tham dự\n(lượt)"),("enterprises_supported","DN được hướng dẫn\n(DN)")]
def h3_xlsx(rep):
    wb = Workbook(); ws = wb.active; ws.title = "TongHop"
    ws["A1"] = rep["uname"].upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + rep["num"]; y,m,d = rep["date"].split("-")
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["F3"] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
    ws["A5"] = "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 THEO ĐƠN VỊ TRỰC THUỘC"; ws["A5"].font = Font(bold=True)
    r = 7
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, e in enumerate(rep["entries"], 1):
        keys = [k for k, _ in COLS if k in e["text"]]
        ws.cell(row=r, column=1, value=f"{j}. {e['_title']}").font = Font(bold=True); r += 1
        if not keys:
            ws.cell(row=r, column=1, value="(nội dung định tính, không có số liệu)"); r += 1
            ws.cell(row=r, column=1, value="Đánh giá chung của đơn vị: " + e["st"]).font = Font(italic=True); r += 2
            continue
        ws.cell(row=r, column=1, value="Đơn vị thực hiện")
        for c, k in enumerate(keys, 2): ws.cell(row=r, column=c, value=dict(COLS)[k])
        for c in range(1, len(keys)+2):
            x = ws.cell(row=r, column=c); x.font = Font(bold=True); x.fill = fill; x.border = BOX; x.alignment = Alignment(wrap_text=True, horizontal="center")
        r += 1
        for si, su in enumerate(rep["subunits"]):
            ws.cell(row=r, column=1, value=su).border = BOX
            for c, k in enumerate(keys, 2):
                v = e["text"][k][si]; x = ws.cell(row=r, column=c, value=v if v else "-"); x.border = BOX
                if k == "fines_vnd": x.number_format = "#,##0"
            r += 1
        ws.cell(row=r, column=1, value="Cộng").font = Font(bold=True)
        for c, k in enumerate(keys, 2):
            x = ws.cell(row=r, column=c, value=e["indicators"][k]); x.font = Font(bold=True); x.border = BOX
            if k == "fines_vnd": x.number_format = "#,##0"
        ws.cell(row=r, column=1).border = BOX
        r += 1
        if not keys:
            ws.cell(row=r, column=1, value="(nội dung định tính, không có số liệu)"); r += 1
        ws.cell(row=r, column=1, value="Đánh giá chung của đơn vị: " + e["st"]).font = Font(italic=True); r += 2
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for d in rep["diffs"]: ws.cell(row=r, column=1, value="- " + d); r += 1
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True); r += 1
    for d in rep["props"]: ws.cell(row=r, column=1, value="- " + d); r += 1
    ws.column_dimensions["A"].width = 44
    for c in "BCDEFGHIJ": ws.column_dimensions[c].width = 15
    return wb

# ---------------- H4 ----------------
def h4_docx(rep):
    doc = Document(); set_font(doc, size=13)
    header(doc, "ỦY BAN NHÂN DÂN", rep["uname"].upper(), rep["num"], rep["date"], place=rep["uname"].replace("Xã ","").replace("Phường ",""))
    doc.add_paragraph().add_run("V/v phúc đáp Công văn của Chi cục TĐC về\nbáo cáo tình hình phối hợp thực hiện Kế hoạch CT38").italic = True
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", indent=False, center=True)
    if rep.get("rejected"):
        para(doc, "Phúc đáp Công văn số 2218/BCH-PCTT ngày 05/11/2026 của Ban Chỉ huy phòng thủ dân sự Thành phố về báo cáo công tác phối hợp phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2026, Ủy ban nhân dân Xã Châu Đức báo cáo như sau:")
        doc.paragraphs[-3].runs[0].text = "V/v phúc đáp Công văn của Ban Chỉ huy PTDS Thành phố về\nphối hợp phòng, chống thiên tai năm 2026"
        doc.paragraphs[-2].runs[0].text = "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố."
        for t in ["1. Vai trò của xã: phối hợp với Bộ Chỉ huy Quân sự Thành phố sơ tán dân tại khu vực ven suối Cầu Đường. Xã đã di dời 146 hộ, 512 nhân khẩu đến nơi an toàn trong đợt mưa lớn tháng 9/2026.",
                  "2. Phối hợp Công an xã, dân quân tổ chức 04 đợt diễn tập ứng phó lũ quét với 230 lượt người tham gia.",
                  "3. Kiểm tra 18 hồ chứa, đập nhỏ; gia cố 2,3 km bờ bao. Tự đánh giá phần phối hợp: đã làm đầy đủ.",
                  "4. Kiến nghị: đề nghị Thành phố hỗ trợ 01 xuồng cứu hộ và 50 áo phao cho lực lượng xung kích xã."]:
            para(doc, t)
        sign(doc, "Huỳnh Văn Tâm", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"); return doc
    para(doc, f"Phúc đáp văn bản của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; với vai trò đơn vị phối hợp, Ủy ban nhân dân {rep['uname']} báo cáo như sau:")
    for j, e in enumerate(rep["entries"], 1):
        para(doc, f"{j}. Về {TASKNAME[e['task']][0].lower()+TASKNAME[e['task']][1:]}", bold=True)
        p = para(doc, "Vai trò của " + ("xã" if rep["uname"].startswith("Xã") else "phường") + ": "); p.runs[0].italic = True; p.add_run(e["text"] + ".")
        para(doc, e["_did"])
        p = para(doc, "Tự đánh giá phần phối hợp: "); p.runs[0].bold = True; p.add_run(e["st"])
    para(doc, "Khó khăn:", bold=True)
    if not rep["diffs"]: para(doc, "Không có.")
    for d in rep["diffs"]: para(doc, "- " + d)
    para(doc, "Đề xuất:", bold=True)
    for d in rep["props"]: para(doc, "- " + d)
    sign(doc, "Ngô Thị Lan" if "Hòa" in rep["uname"] else "Phan Văn Lực", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    return doc

def h4_xlsx(rep):
    wb = Workbook(); ws = wb.active; ws.title = "Phuc dap"
    y,m,d = rep["date"].split("-")
    ws["A1"] = "ỦY BAN NHÂN DÂN " + rep["uname"].upper(); ws["A2"] = "Số: " + rep["num"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = f"Phú Thạnh, ngày {d} tháng {m} năm {y}"
    ws["A5"] = "BẢNG PHÚC ĐÁP TÌNH HÌNH PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"; ws["A5"].font = Font(bold=True)
    hdr = ["STT","Nội dung Chi cục đề nghị phường phối hợp","Cơ quan chủ trì","Phường đã phối hợp","Tự đánh giá"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(row=7, column=c, value=h); x.font = Font(bold=True); x.border = BOX
    r = 8
    for j, e in enumerate(rep["entries"], 1):
        vals = [j, TASKNAME[e["task"]], e["text"], e["_did"], e["st"]]
        for c, v in enumerate(vals, 1):
            x = ws.cell(row=r, column=c, value=v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn:").font = Font(bold=True)
    for d in rep["diffs"]: ws.cell(row=r, column=2, value=d); r += 1
    ws.cell(row=r, column=1, value="Đề xuất:").font = Font(bold=True)
    for d in rep["props"]: ws.cell(row=r, column=2, value=d); r += 1
    ws.column_dimensions["B"].width = 42; ws.column_dimensions["D"].width = 60; ws.column_dimensions["E"].width = 14
    return wb

# ---------------- build ----------------
def prep(rep):
    if rep["hand"] == 3 and rep["file"].endswith(".docx"):
        for e in rep["entries"]:
            e["_sum"] = e["text"] if False else None
    return rep

for rep in REPORTS:
    path = os.path.join(OUT, rep["file"])
    if rep["hand"] == 1: h1(rep).save(path)
    elif rep["hand"] == 2: h2(rep).save(path)
    elif rep["hand"] == 3:
        if rep["file"].endswith(".docx"):
            for e in rep["entries"]: e["_sum"] = e["key"] = e["extra"]
            h3_docx(rep).save(path)
        else:
            for e in rep["entries"]: e["_title"] = e["key"] = e["extra"]
            h3_xlsx(rep).save(path)
    elif rep["hand"] == 4:
        for e in rep["entries"]: e["_did"] = e["key"] = e["extra"]
        if rep["file"].endswith(".xlsx"): h4_xlsx(rep).save(path)
        else: h4_docx(rep).save(path)
    if rep.get("resave"):
        ext = path.rsplit(".", 1)[1]; tmp = os.path.join(OUT, ".lo"); os.makedirs(tmp, exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo182/prof", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

for rep in REPORTS:
    path = os.path.join(OUT, rep["file"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rej = rep.get("rejected", False)
    ents = []
    for e in rep["entries"]:
        t = e["key"]
        if rep["hand"] == 2: t = "; ".join(x.split("|")[0] + ": " + x.split("|")[2] + " " + x.split("|")[1] for x in t.split(";"))
        ents.append({"task": e["task"], "status": e["status"], "indicators": e["indicators"], "text": t})
    key = {"file": rep["file"], "sha256": sha, "status": "rejected" if rej else "extracted",
           "reason": rep.get("reason") if rej else None,
           "unit": {"id": rep["uid"], "name": rep["uname"]},
           "document": {"number": rep["num"], "date": rep["date"]},
           "entries": [] if rej else ents, "findings": [],
           "difficulties": rep["diffs"], "proposals": rep["props"]}
    json.dump(key, open(os.path.join(OUT, "truth", rep["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
print(len(REPORTS), "files")
