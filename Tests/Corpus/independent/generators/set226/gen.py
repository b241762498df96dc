# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment
OUT = os.path.dirname(os.path.abspath(__file__))
R = []
def rep(**k): R.append(k); return k
def E(task, st, ind, text): return dict(task=task, status=st, indicators=ind, text=text)
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; DL = "Độc lập - Tự do - Hạnh phúc"

# ---------------- HAND 1: Chị Ngọc — e-mail pasted into Word, '>' quoted previous mail, 'lần' counts
H1_QUOTE = ["> -----Original Message-----",
 "> From: Chi cuc TDC TP.HCM <vanthu.tdc@tphcm.gov.vn>",
 "> Sent: Thứ Hai, 19/10/2026 8:14 SA",
 "> Subject: V/v báo cáo kết quả thực hiện KH Chỉ thị 38-CT/TW năm 2026",
 ">",
 "> Kính gửi các đơn vị,",
 "> Chi cục TĐC đề nghị quý đơn vị gửi báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38 năm 2026 trước ngày 01/11/2026 (bản mềm gửi qua hộp thư này).",
 "> Trân trọng."]
rep(file="bc-ct38-p-tankhanh-email.docx", hand=1, unit=("25891","Phường Tân Khánh"), number="412/UBND-KT", date="2026-10-27",
 subj="RE: V/v báo cáo kết quả thực hiện KH Chỉ thị 38-CT/TW năm 2026 - Phường Tân Khánh",
 frm="Nguyễn Thị Bích Ngọc <ngocntb.tankhanh@tphcm.gov.vn>", sent="Thứ Ba, 27/10/2026 4:52 CH",
 intro="Dạ em chào Chi cục, Phường Tân Khánh gửi báo cáo kết quả thực hiện KH Chỉ thị 38 năm 2026 (Công văn số 412/UBND-KT ngày 27/10/2026 của UBND phường), em gõ luôn nội dung vào mail cho tiện tổng hợp ạ:",
 entries=[
  E("II.5.c","completed",{"inspections":3,"establishments_inspected":21,"violations":2,"fines_vnd":4500000},
    "- Về phối hợp kiểm tra đo lường, chất lượng trên địa bàn: phường phối hợp Chi cục và Đội QLTT 3 lần kiểm tra các cửa hàng xăng dầu, chợ Tân Khánh, tổng cộng 21 cơ sở, phát hiện 2 cơ sở vi phạm (cân sai số), phạt 4.500.000 đồng. Phần này phường làm xong rồi ạ."),
  E("II.1.a","completed",{"training_courses":2,"participants":115,"communications":6},
    "- Tuyên truyền: 2 lần tập huấn cho hộ kinh doanh ở chợ (115 lượt người dự), đăng 6 tin bài trên trang của phường và loa khu phố. Đã làm xong."),
  E("II.3.a","completed",{"participants":4},
    "- Cử cán bộ đi tập huấn nghiệp vụ TĐC do Chi cục mở: phường cử 4 lượt cán bộ tham dự, xong rồi."),
  E("II.5.d","not_applicable",{},
    "- Khen thưởng, tố giác vi phạm: trong kỳ không phát sinh."),
 ],
 diff=["Phường chưa có cân đối chứng đặt tại chợ nên người dân chưa tự kiểm tra được."],
 prop=["Đề nghị Chi cục hỗ trợ phường 01 cân đối chứng đặt tại chợ Tân Khánh."],
 sig=["Trân trọng,","Nguyễn Thị Bích Ngọc","Chuyên viên Phòng Kinh tế – UBND Phường Tân Khánh","ĐT: 0274 3 629 118 – DĐ: 0918 226 431"])

rep(file="PhuocHai_BC38_mail.docx", hand=1, unit=("26686","Xã Phước Hải"), number="188/BC-UBND", date="2026-10-30",
 subj="RE: V/v báo cáo kết quả thực hiện KH Chỉ thị 38-CT/TW năm 2026",
 frm="UBND xa Phuoc Hai <ubndphuochai@tphcm.gov.vn>", sent="Thứ Sáu, 30/10/2026 10:05 SA",
 intro="Kính gửi Chi cục TĐC. UBND Xã Phước Hải báo cáo (Báo cáo số 188/BC-UBND ngày 30/10/2026) kết quả như sau:",
 entries=[
  E("II.5.c","in_progress",{"inspections":4,"establishments_inspected":33,"violations":3,"fines_vnd":7200000},
    "1) Phối hợp quản lý đo lường, chất lượng tại địa phương: tổ công tác xã đi 4 lần kiểm tra ở chợ Phước Hải và các vựa hải sản, 33 cơ sở được kiểm tra, 3 cơ sở vi phạm, xử phạt 7,2 triệu đồng. Xã còn đang làm tiếp đợt cuối năm."),
  E("II.1.a","in_progress",{"communications":9,"training_courses":1,"participants":60},
    "2) Tuyên truyền pháp luật TĐC: phát 9 lần bản tin trên đài truyền thanh xã, tổ chức 1 lần hội nghị phổ biến cho tiểu thương với 60 người tham dự. Đang làm tiếp."),
  E("II.1.b","not_started",{},
    "3) Vận động doanh nghiệp dự Giải thưởng Chất lượng Quốc gia: xã chưa làm, do trên địa bàn chủ yếu là hộ kinh doanh nhỏ."),
 ],
 diff=["Cán bộ phụ trách kiêm nhiệm nhiều việc, chưa được tập huấn chuyên sâu về đo lường.","Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng."],
 prop=["Kiến nghị Chi cục mở thêm lớp tập huấn nghiệp vụ đo lường cho cán bộ xã."],
 sig=["Trân trọng!","Lê Văn Tài","Văn phòng HĐND-UBND Xã Phước Hải"])

rep(file="SYT_phanhoi_CT38.docx", hand=1, unit=("SO-YT","Sở Y tế"), number="8315/SYT-NVD", date="2026-10-29",
 subj="RE: V/v báo cáo kết quả thực hiện KH Chỉ thị 38-CT/TW năm 2026 - phản hồi của Sở Y tế",
 frm="Phong Nghiep vu Duoc - So Y te <pnvd.syt@tphcm.gov.vn>", sent="Thứ Năm, 29/10/2026 2:31 CH",
 intro="Kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở Y tế phản hồi (theo Công văn số 8315/SYT-NVD ngày 29/10/2026) về phần việc Sở Y tế phối hợp như sau:",
 entries=[
  E("II.4.b","completed",{"instruments_verified":146},
    "• Kiểm định, hiệu chuẩn trang thiết bị đo dùng trong y tế tại các bệnh viện trực thuộc: đã làm 2 lần rà soát, gửi kiểm định, hiệu chuẩn 146 phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe). Đã xong."),
  E("II.2.e","completed",{"standards_reviewed":5},
    "• Góp ý dự thảo QCVN, TCVN do Bộ KH&CN và Bộ Y tế gửi lấy ý kiến: Sở đã góp ý 5 dự thảo. Xong."),
  E("II.5.a","in_progress",{"inspections":6,"establishments_inspected":48,"violations":5,"fines_vnd":36000000},
    "• Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông: Thanh tra Sở đi 6 lần kiểm tra với 48 cơ sở, 5 cơ sở vi phạm, phạt 36.000.000 đồng. Đang tiếp tục làm đến hết năm."),
  E("II.3.a","completed",{"training_courses":1,"participants":85},
    "• Tập huấn cho công chức, viên chức ngành y tế về đo lường trang thiết bị: 1 lần tập huấn, 85 học viên. Xong rồi."),
 ],
 diff=["Một số phương tiện đo chuyên dụng trong y tế chưa có tổ chức kiểm định được chỉ định trên địa bàn."],
 prop=["Đề nghị Sở KH&CN cung cấp danh sách tổ chức kiểm định, hiệu chuẩn được chỉ định cập nhật năm 2026."],
 sig=["Trân trọng,","DS. Phạm Thị Thu Hà","Phòng Nghiệp vụ Dược – Sở Y tế TP.HCM","ĐT: 028 3930 9912 (nhánh 214)"])

rep(file="bc-tinh-hinh-P.PhuThanh.docx", hand=1, unit=("27028","Phường Phú Thạnh"), number="97/BC-UBND", date="2026-10-26",
 status="rejected", reason="Báo cáo về chuyển đổi số (Đề án 06, dịch vụ công trực tuyến) gửi nhầm, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW",
 subj="RE: V/v báo cáo kết quả chuyển đổi số, Đề án 06 tháng 10/2026",
 frm="Tran Minh Quan <quantm.phuthanh@tphcm.gov.vn>", sent="Thứ Hai, 26/10/2026 9:40 SA",
 quote=["> -----Original Message-----","> From: Phong CDS <cds@tphcm.gov.vn>","> Subject: V/v báo cáo kết quả chuyển đổi số, Đề án 06 tháng 10/2026",">","> Đề nghị các phường, xã báo cáo tiến độ chuyển đổi số, Đề án 06 trước ngày 28/10/2026."],
 intro="Kính gửi anh chị, Phường Phú Thạnh gửi báo cáo số 97/BC-UBND ngày 26/10/2026 về kết quả chuyển đổi số, Đề án 06 như sau:",
 raw=["- Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình: 78,4%; đã 3 lần rà soát dữ liệu dân cư với Công an phường.",
      "- Tổ công nghệ số cộng đồng: 12 tổ, 64 thành viên; 2 lần tập huấn kỹ năng số cho người dân (210 lượt).",
      "- Thanh toán không dùng tiền mặt tại chợ Phú Thạnh: 145/180 tiểu thương có mã QR.",
      "- Khó khăn: đường truyền tại bộ phận một cửa thường chậm vào giờ cao điểm."],
 entries=[], diff=[], prop=[],
 sig=["Thân chào,","Trần Minh Quân","Công chức Văn phòng HĐND-UBND Phường Phú Thạnh"])

# ---------------- HAND 2: Anh Khoa — bilingual section titles, "Status:" lines
rep(file="CCTDC_BaoCao_CT38_2026.docx", hand=2, unit=("SKHCN-CCTDC","Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"), number="1526/BC-TĐC", date="2026-11-10",
 parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", short="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG",
 entries=[
  E("II.1.a","completed",{"training_courses":5,"participants":642},
    "Tập huấn văn bản pháp luật TĐC cho doanh nghiệp và Tọa đàm với doanh nghiệp nhập khẩu / Legal training & importers' dialogue: 05 lớp tập huấn và tọa đàm, 642 lượt đại biểu doanh nghiệp tham dự."),
  E("II.1.b","completed",{"enterprises_supported":27},
    "Vận động tham dự Giải thưởng Chất lượng Quốc gia / National Quality Award outreach: hướng dẫn hồ sơ cho 27 doanh nghiệp."),
  E("II.2.a","in_progress",{"enterprises_supported":18,"budget_spent_vnd":126500000},
    "Chương trình năng suất chất lượng, Đề án 996, Đề án 100 / Productivity programmes: hỗ trợ 18 doanh nghiệp áp dụng công cụ năng suất và truy xuất nguồn gốc; kinh phí đã giải ngân 126.500.000 đồng."),
  E("II.2.e","in_progress",{"standards_reviewed":14},
    "Góp ý TCVN/QCVN, quy chuẩn kỹ thuật địa phương / Standards review: góp ý 14 dự thảo TCVN, QCVN."),
  E("II.3.d","not_started",{},
    "Đào tạo cho sinh viên các trường Đại học, Cao đẳng / Training for universities: chưa tổ chức, dời sang đầu năm 2027."),
  E("II.5.a","in_progress",{"inspections":11,"establishments_inspected":96,"violations":14,"fines_vnd":218000000},
    "Kiểm tra nhà nước về TĐC / Market inspections: 11 đoàn kiểm tra, 96 cơ sở, 14 cơ sở vi phạm, tổng tiền phạt 218.000.000 đồng."),
  E("II.5.b","completed",{"samples_tested":120},
    "Khảo sát chất lượng sản phẩm hàng hóa / Quality survey: lấy 120 mẫu (mũ bảo hiểm, đồ chơi trẻ em, xăng dầu) để thử nghiệm."),
 ],
 diff=["Biên chế kiểm tra viên mỏng so với khối lượng cơ sở cần kiểm tra sau sáp nhập địa bàn.","Kinh phí lấy mẫu khảo sát chỉ đáp ứng khoảng 60% nhu cầu."],
 prop=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.","Đề nghị UBND các phường, xã cử đầu mối phụ trách TĐC cố định."],
 signer=("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG","Võ Đăng Khoa"))

rep(file="TTPTTN-bc-ct38-11-2026.docx", hand=2, unit=("SKHCN-TTPTTN","Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"), number="742/BC-TTPTTN", date="2026-10-28",
 parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", short="TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TC ĐL CL",
 entries=[
  E("II.4.a","in_progress",{"budget_spent_vnd":2350000000},
    "Đầu tư trang thiết bị phòng thí nghiệm / Laboratory investment: đã giải ngân 2,35 tỷ đồng cho hệ thống sắc ký khí và buồng thử khí hậu."),
  E("II.2.g","completed",{"instruments_verified":18450,"samples_tested":3210},
    "Mở rộng dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm / Technical services: kiểm định, hiệu chuẩn 18.450 phương tiện đo; thử nghiệm 3.210 mẫu cho khách hàng."),
  E("II.4.c","in_progress",{},
    "Duy trì chuẩn đo lường, liên kết chuẩn / Measurement standards: đang thực hiện liên kết chuẩn khối lượng và áp suất với Viện Đo lường Việt Nam."),
 ],
 diff=["Thời gian mua sắm thiết bị theo quy trình đấu thầu kéo dài."],
 prop=["Đề nghị Sở sớm phê duyệt danh mục thiết bị đầu tư năm 2027."],
 signer=("GIÁM ĐỐC","Huỳnh Minh Trí"))

rep(file="SoGDDT_CT38_baocao.docx", hand=2, unit=("SO-GDDT","Sở Giáo dục và Đào tạo"), number="5120/BC-SGDĐT", date="2026-10-31",
 parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", short="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
 entries=[
  E("II.3.d","in_progress",{"training_courses":3,"participants":410},
    "Phối hợp bồi dưỡng kiến thức tiêu chuẩn, đo lường, mã số mã vạch cho giáo viên, học sinh các trường trung cấp / Training in schools: 03 buổi ngoại khóa, 410 học sinh, giáo viên tham gia."),
  E("II.2.đ","completed",{},
    "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở / ISO 9001 in the administration: đã hoàn thành đánh giá nội bộ và công bố lại."),
  E("II.1.a","completed",{"communications":4},
    "Tuyên truyền về Chỉ thị 38 trên Cổng thông tin của Sở / Communication: đăng 04 tin, bài."),
 ],
 diff=[], prop=["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền phù hợp lứa tuổi học sinh."],
 signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC","Nguyễn Bảo Quốc"))

rep(file="KTPC_theodoi_CT38_2026.xlsx", hand=2, fmt="xlsx", unit=("SKHCN-KTPC","Phòng Kiểm tra – Pháp chế"), number="215/BC-KTPC", date="2026-10-30",
 entries=[
  E("II.5.a","completed",{"inspections":7,"establishments_inspected":52,"violations":9,"fines_vnd":145000000}, "Phối hợp Chi cục kiểm tra TĐC hàng hóa lưu thông"),
  E("II.5.d","completed",{}, "Xử lý đơn tố giác vi phạm về đo lường, chất lượng"),
  E("II.2.c","in_progress",{}, "Góp ý dự thảo văn bản QPPL (Luật Chất lượng SPHH sửa đổi, Nghị định hướng dẫn)"),
  E("II.4.b","not_started",{}, "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021"),
 ],
 cells={ "II.5.a":("07 cuộc; 52 cơ sở; 09 cơ sở vi phạm; phạt 145.000.000 đ","Hoàn thành / Completed"),
         "II.5.d":("tiếp nhận và xử lý 02 trường hợp tố giác vi phạm","Hoàn thành / Completed"),
         "II.2.c":("đang tổng hợp ý kiến các phòng","Đang thực hiện / In progress"),
         "II.4.b":("—","Chưa thực hiện / Not started")},
 diff=["Một số vụ việc cần trưng cầu giám định kéo dài thời gian xử lý."],
 prop=["Đề nghị Chi cục chia sẻ dữ liệu kiểm tra định kỳ hàng tháng để tránh trùng lặp."])

# ---------------- HAND 3: departments grouped by their own divisions, task only implied
rep(file="SCT_bc_ket_qua_TDC_2026.docx", hand=3, unit=("SO-CT","Sở Công Thương"), number="9046/SCT-QLTM", date="2026-10-29",
 parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", short="SỞ CÔNG THƯƠNG",
 divs=[("Phòng Quản lý thương mại", [
   E("II.5.a","completed",{"inspections":5,"establishments_inspected":64},
     "phối hợp kiểm tra điều kiện kinh doanh và đo lường tại 64 cửa hàng bán lẻ xăng dầu qua 05 đợt kiểm tra; các đợt đã kết thúc."),
   E("II.2.e","in_progress",{"standards_reviewed":3},
     "góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia về xăng dầu, khí dầu mỏ hóa lỏng; một dự thảo đang chờ Bộ gửi bản hoàn chỉnh.")]),
  ("Chi cục Quản lý thị trường", [
   E("II.5.b","completed",{"samples_tested":46,"violations":11,"fines_vnd":312400000},
     "lấy 46 mẫu xăng dầu, phân bón, mũ bảo hiểm gửi thử nghiệm, phát hiện và xử lý 11 trường hợp vi phạm về chất lượng, nhãn hàng hóa, phạt 312,4 triệu đồng; đã hoàn thành chỉ tiêu năm.")]),
  ("Phòng Công nghiệp", [
   E("II.1.a","completed",{"training_courses":2,"participants":230},
     "tổ chức 02 hội nghị phổ biến quy định về nhãn hàng hóa, truy xuất nguồn gốc cho doanh nghiệp công nghiệp hỗ trợ, 230 đại biểu dự; đã xong.")])],
 diff=["Lực lượng QLTT phải dàn trải cho nhiều chuyên đề cao điểm (hàng giả, thương mại điện tử)."],
 prop=["Đề nghị Sở KH&CN thông báo sớm danh mục sản phẩm ưu tiên khảo sát để phối hợp lấy mẫu."],
 signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC","Trần Quốc Hưng"))

rep(file="SNNMT-bao-cao-CT38.docx", hand=3, unit=("SO-NNMT","Sở Nông nghiệp và Môi trường"), number="3377/BC-SNNMT", date="2026-10-30",
 parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", short="SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG", lo=True,
 divs=[("Chi cục Trồng trọt và Bảo vệ thực vật", [
   E("II.5.a","in_progress",{"inspections":8,"establishments_inspected":75,"violations":6,"fines_vnd":58500000},
     "08 cuộc kiểm tra chất lượng phân bón, thuốc BVTV tại 75 cơ sở; 06 cơ sở vi phạm, phạt 58.500.000 đồng; đang tiếp tục kiểm tra quý IV.")]),
  ("Chi cục Chăn nuôi, Thú y và Thủy sản", [
   E("II.5.b","completed",{"samples_tested":92},
     "lấy 92 mẫu thức ăn chăn nuôi, thức ăn thủy sản để phân tích chỉ tiêu chất lượng; đã xong kế hoạch lấy mẫu năm.")]),
  ("Phòng Quản lý chất lượng nông sản", [
   E("II.2.a","in_progress",{"enterprises_supported":12},
     "hướng dẫn 12 hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc nông sản, cấp mã vùng trồng; đang triển khai."),
   E("II.2.e","completed",{"standards_reviewed":4},
     "góp ý 04 dự thảo TCVN về sản phẩm nông nghiệp; đã gửi Bộ.")])],
 diff=["Nhiều hợp tác xã chưa đủ kinh phí triển khai hệ thống truy xuất nguồn gốc điện tử."],
 prop=["Đề nghị Sở KH&CN lồng ghép hỗ trợ truy xuất nguồn gốc cho hợp tác xã vào chương trình năng suất chất lượng."],
 signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC","Lâm Thị Mỹ Dung"))

rep(file="SXD_tonghop_phong_CT38.xlsx", hand=3, fmt="xlsx", unit=("SO-XD","Sở Xây dựng"), number="6612/SXD-KTXD", date="2026-10-28",
 rows=[("Phòng Kinh tế và Vật liệu xây dựng", E("II.5.a","completed",{"inspections":4,"establishments_inspected":37,"violations":3,"fines_vnd":42000000}, "Kiểm tra chất lượng xi măng, thép, kính xây dựng tại cơ sở kinh doanh"), "04 đợt; 37 cơ sở; 03 cơ sở vi phạm; phạt 42.000.000 đ", "đã kết thúc các đợt"),
       ("Phòng Kinh tế và Vật liệu xây dựng", E("II.2.e","in_progress",{"standards_reviewed":6}, "Góp ý dự thảo QCVN 16 và TCVN vật liệu xây dựng"), "06 dự thảo", "đang góp ý tiếp QCVN 16 sửa đổi"),
       ("Trung tâm Kiểm định xây dựng", E("II.4.b","completed",{"instruments_verified":58}, "Hiệu chuẩn thiết bị thí nghiệm vật liệu"), "58 thiết bị", "xong"),
       ("Văn phòng Sở", E("II.2.đ","in_progress",{}, "Chuyển đổi ISO 9001:2015 sang phần mềm"), "", "đang thực hiện")],
 diff=["Phòng thí nghiệm LAS-XD một số đơn vị chưa đủ năng lực thử nghiệm theo QCVN 16 mới."],
 prop=["Đề nghị Sở KH&CN phối hợp tập huấn QCVN 16 cho doanh nghiệp vật liệu xây dựng."])

rep(file="SoATTP_bc_quy_III.docx", hand=3, unit=("SO-ATTP","Sở An toàn thực phẩm"), number="2281/BC-SATTP", date="2026-10-20",
 status="rejected", reason="Báo cáo công tác bảo đảm an toàn thực phẩm quý III/2026 gửi nhầm, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW",
 parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", short="SỞ AN TOÀN THỰC PHẨM", title="BÁO CÁO\nKết quả công tác bảo đảm an toàn thực phẩm quý III năm 2026",
 divs=[("Phòng Quản lý ngộ độc thực phẩm", [E(None,None,{},"ghi nhận 02 vụ ngộ độc thực phẩm tập thể, 47 người mắc, không có tử vong; đã điều tra xong nguyên nhân.")]),
       ("Thanh tra Sở", [E(None,None,{},"thanh tra 210 cơ sở sản xuất, kinh doanh thực phẩm, xử phạt 36 cơ sở với số tiền 612.500.000 đồng.")]),
       ("Phòng Thông tin truyền thông", [E(None,None,{},"phát hành 15.000 tờ rơi về Tết Trung thu an toàn.")])],
 entries=[], diff=[], prop=[], signer=("GIÁM ĐỐC","Phạm Khánh Phong"))

# ---------------- HAND 4: Excel "Hoạt động | Số lần | ..." counter
def H4(file, unit, number, date, rows, diff, prop, lo=False, status="extracted", reason=None):
    return rep(file=file, hand=4, fmt="xlsx", unit=unit, number=number, date=date, rows=rows, diff=diff, prop=prop, lo=lo, status=status, reason=reason,
               entries=[r[0] for r in rows])
H4("TanPhuoc_BC_CT38_T10.xlsx",("26713","Phường Tân Phước"),"301/BC-UBND","2026-10-28",[
  (E("II.5.c","completed",{"inspections":3,"establishments_inspected":18,"violations":1,"fines_vnd":2500000},"Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ, cửa hàng xăng dầu"),"3 lần kiểm tra","18 cơ sở; 1 cơ sở vi phạm; phạt 2,5 triệu đồng","Đã xong"),
  (E("II.1.a","completed",{"communications":8},"Tuyên truyền trên loa, trang Zalo phường"),"8 lần đưa tin","8 tin bài","Đã xong"),
  (E("II.3.a","completed",{"participants":3},"Cử công chức dự tập huấn nghiệp vụ TĐC"),"1 lần","3 lượt người","Đã xong"),
  (E("II.5.d","not_applicable",{},"Tiếp nhận tố giác vi phạm TĐC"),"0","","Không PS")],
  ["Chợ tạm chưa có điểm cân đối chứng."],["Đề nghị cấp cân đối chứng cho chợ tạm Tân Phước."])
H4("BenCat-CT38-2026.xlsx",("25813","Phường Bến Cát"),"219/BC-UBND","2026-10-29",[
  (E("II.5.c","in_progress",{"inspections":5,"establishments_inspected":41,"violations":4,"fines_vnd":11000000},"Kiểm tra phân quyền đo lường, chất lượng trên địa bàn"),"5 lần kiểm tra","41 cơ sở; 4 vi phạm; phạt 11.000.000 đ","Đang làm"),
  (E("II.1.a","in_progress",{"training_courses":2,"participants":140},"Tập huấn cho hộ kinh doanh về cân, nhãn hàng hóa"),"2 lần tập huấn","140 lượt người","Đang làm"),
  (E("II.1.b","not_started",{},"Giới thiệu doanh nghiệp tham dự Giải thưởng CLQG"),"","","Chưa làm")],
  ["Thiếu cán bộ chuyên trách, một người phụ trách nhiều lĩnh vực."],["Đề nghị Chi cục có văn bản hướng dẫn quy trình xử phạt thuộc thẩm quyền phường."], lo=True)
H4("TayNam_theo_doi_CT38.xlsx",("25843","Phường Tây Nam"),"156/UBND-KT","2026-10-30",[
  (E("II.5.c","completed",{"inspections":2,"establishments_inspected":15},"Phối hợp kiểm tra cân tại chợ Tây Nam"),"2 lần kiểm tra","15 cơ sở, không có vi phạm","Đã xong"),
  (E("II.1.a","completed",{"communications":4,"participants":60},"Tuyên truyền lưu động tại khu phố"),"4 lần tuyên truyền","4 tin; 60 lượt người nghe","Đã xong"),
  (E("II.3.a","in_progress",{},"Cử cán bộ dự tập huấn của Chi cục"),"","chờ lịch lớp quý IV","Đang làm")],
  [],["Đề nghị Chi cục gửi sớm lịch tập huấn quý IV/2026."])
H4("LongHai_CT38_bieu.xlsx",("26662","Xã Long Hải"),"88/BC-UBND","2026-10-27",[
  (E("II.5.c","completed",{"inspections":3,"establishments_inspected":26,"violations":2,"fines_vnd":3000000},"Kiểm tra cân tại chợ cá, vựa hải sản"),"3 lần kiểm tra","26 cơ sở; 2 vi phạm; phạt 3 triệu đồng","Đã xong"),
  (E("II.1.a","completed",{"communications":10},"Phát thanh tuyên truyền về đo lường"),"10 lần phát thanh","10 tin","Đã xong"),
  (E("II.5.d","not_applicable",{},"Khen thưởng người tố giác"),"","","Không PS")],
  ["Mùa mưa bão ảnh hưởng lịch kiểm tra."],[])
H4("STP_bc_CT38_lan.xlsx",("SO-TP","Sở Tư pháp"),"4470/STP-XDKTVB","2026-10-31",[
  (E("II.2.c","completed",{"standards_reviewed":0} if False else {},"Góp ý, thẩm định dự thảo văn bản QPPL về TĐC của Thành phố"),"2 lần góp ý","góp ý 02 dự thảo quyết định của UBND TP","Đã xong"),
  (E("II.1.a","completed",{"training_courses":1,"participants":95},"Phổ biến pháp luật về chất lượng sản phẩm hàng hóa"),"1 lần hội nghị","95 đại biểu","Đã xong"),
  (E("II.5.d","not_applicable",{},"Bồi thường, xử lý tố giác vi phạm TĐC"),"","","Không PS")],
  [],["Đề nghị Sở KH&CN gửi dự thảo văn bản sớm tối thiểu 10 ngày để kịp thẩm định."])

# ---------------- renderers
def vdate(iso):
    y,m,d = iso.split("-"); return f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
ST2 = {"completed":"Hoàn thành (Completed)","in_progress":"Đang thực hiện (In progress)","not_started":"Chưa thực hiện (Not started)","not_applicable":"Không phát sinh (N/A)"}
def setfont(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
def header_table(doc, r):
    t = doc.add_table(rows=2, cols=2)
    t.cell(0,0).text = r["parent"] + "\n" + r["short"]; t.cell(0,1).text = QH + "\n" + DL
    t.cell(1,0).text = "Số: " + r["number"]; t.cell(1,1).text = vdate(r["date"])
    for c in t._cells:
        for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
def sign(doc, r):
    t = doc.add_table(rows=1, cols=2)
    t.cell(0,0).text = "Nơi nhận:\n- Chi cục TĐC (để t/h);\n- Lưu: VT."
    t.cell(0,1).text = r["signer"][0] + "\n\n\n" + r["signer"][1]

def render_h1(r, path):
    doc = Document(); setfont(doc, "Calibri", 11)
    for l in [f"From: {r['frm']}", f"Sent: {r['sent']}", "To: 'Chi cuc TDC TP.HCM' <vanthu.tdc@tphcm.gov.vn>", f"Subject: {r['subj']}", ""]:
        doc.add_paragraph(l)
    doc.add_paragraph(r["intro"])
    for e in r["entries"]: doc.add_paragraph(e["text"])
    for l in r.get("raw", []): doc.add_paragraph(l)
    if r["diff"]:
        doc.add_paragraph("* Khó khăn, vướng mắc:")
        for d in r["diff"]: doc.add_paragraph("  + " + d)
    if r["prop"]:
        doc.add_paragraph("* Đề xuất:")
        for d in r["prop"]: doc.add_paragraph("  + " + d)
    doc.add_paragraph("")
    for l in r["sig"]: doc.add_paragraph(l)
    doc.add_paragraph("")
    for l in r.get("quote", H1_QUOTE): doc.add_paragraph(l)
    doc.save(path)

def render_h2(r, path):
    doc = Document(); setfont(doc)
    header_table(doc, r)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("BÁO CÁO / REPORT\n").bold = True
    p.add_run("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(Implementation of Directive 38-CT/TW, 2026)")
    doc.add_paragraph(f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {r['unit'][1]} báo cáo kết quả như sau (summary of results as follows):")
    doc.add_paragraph().add_run("I. KẾT QUẢ / RESULTS").bold = True
    for i, e in enumerate(r["entries"], 1):
        doc.add_paragraph(f"{i}. {e['text']}")
        q = doc.add_paragraph(); q.add_run("Tình trạng / Status: ").italic = True; q.add_run(ST2[e["status"]])
    doc.add_paragraph().add_run("II. KHÓ KHĂN, VƯỚNG MẮC / DIFFICULTIES").bold = True
    if not r["diff"]: doc.add_paragraph("Không có / None.")
    for d in r["diff"]: doc.add_paragraph("- " + d)
    doc.add_paragraph().add_run("III. ĐỀ XUẤT, KIẾN NGHỊ / PROPOSALS").bold = True
    for d in r["prop"]: doc.add_paragraph("- " + d)
    sign(doc, r); doc.save(path)

def render_h2x(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCao-Report"
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ - PHÒNG KIỂM TRA – PHÁP CHẾ"; ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số / Ref.: {r['number']}"; ws["D2"] = vdate(r["date"])
    ws["A4"] = "KẾT QUẢ THỰC HIỆN KH CHỈ THỊ 38-CT/TW NĂM 2026 / IMPLEMENTATION RESULTS"; ws["A4"].font = Font(bold=True, size=13)
    hdr = ["STT / No.","Nội dung / Task","Kết quả / Results","Tình trạng / Status"]
    for j,h in enumerate(hdr,1): c = ws.cell(6,j,h); c.font = Font(bold=True)
    row = 7
    for i,e in enumerate(r["entries"],1):
        res, st = r["cells"][e["task"]]
        for j,v in enumerate([i, e["text"], res, st],1): ws.cell(row,j,v).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1; ws.cell(row,1,"KHÓ KHĂN / DIFFICULTIES").font = Font(bold=True); row += 1
    for d in r["diff"]: ws.cell(row,2,d); row += 1
    ws.cell(row,1,"ĐỀ XUẤT / PROPOSALS").font = Font(bold=True); row += 1
    for d in r["prop"]: ws.cell(row,2,d); row += 1
    ws.cell(row+1,4,"TRƯỞNG PHÒNG / HEAD OF DIVISION"); ws.cell(row+4,4,"Đoàn Thị Kim Loan")
    for col,w in zip("ABCD",[10,50,50,28]): ws.column_dimensions[col].width = w
    wb.save(path)

def render_h3(r, path):
    doc = Document(); setfont(doc, size=14)
    header_table(doc, r)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(r.get("title","BÁO CÁO\nKết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026")).bold = True
    doc.add_paragraph("Thực hiện đề nghị của Sở Khoa học và Công nghệ, " + r["unit"][1] + " báo cáo kết quả theo từng đơn vị thuộc Sở như sau:")
    doc.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for dname, es in r["divs"]:
        p = doc.add_paragraph("- "); p.add_run(dname + ": ").bold = True
        p.add_run(". Ngoài ra, ".join(e["text"].rstrip(".") for e in es) + ".")
    if r["diff"] or r["prop"]:
        doc.add_paragraph().add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
        for d in r["diff"]: doc.add_paragraph("- " + d)
        doc.add_paragraph().add_run("III. KIẾN NGHỊ").bold = True
        for d in r["prop"]: doc.add_paragraph("- " + d)
    sign(doc, r); doc.save(path)

def render_h3x(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "TongHop"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = "SỞ XÂY DỰNG"; ws["A2"].font = Font(bold=True)
    ws["D1"] = QH; ws["D2"] = DL
    ws["A3"] = "Số: " + r["number"]; ws["D3"] = vdate(r["date"])
    ws["A5"] = "TỔNG HỢP KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 THEO PHÒNG, ĐƠN VỊ"; ws["A5"].font = Font(bold=True)
    for j,h in enumerate(["Phòng/đơn vị","Nội dung công việc","Kết quả","Ghi chú"],1): ws.cell(7,j,h).font = Font(bold=True)
    row = 8
    for dn,e,res,note in r["rows"]:
        for j,v in enumerate([dn,e["text"],res,note],1): ws.cell(row,j,v).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1; ws.cell(row,1,"Khó khăn, vướng mắc:").font = Font(bold=True)
    for d in r["diff"]: ws.cell(row,2,d); row += 1
    ws.cell(row,1,"Kiến nghị:").font = Font(bold=True)
    for d in r["prop"]: ws.cell(row,2,d); row += 1
    ws.cell(row+1,3,"KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC"); ws.cell(row+4,3,"Đặng Văn Lộc")
    for col,w in zip("ABCD",[30,50,40,28]): ws.column_dimensions[col].width = w
    wb.save(path)

def render_h4(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38"
    kind = "SỞ" if r["unit"][0].startswith("SO-") else "UBND"
    ws["A1"] = ("UBND THÀNH PHỐ HỒ CHÍ MINH" if kind=="SỞ" else "ỦY BAN NHÂN DÂN")
    ws["A2"] = r["unit"][1].upper() if kind=="SỞ" else r["unit"][1].upper()
    ws["A3"] = "Số: " + r["number"]; ws["E3"] = vdate(r["date"])
    ws["A5"] = "BIỂU THEO DÕI SỐ LẦN THỰC HIỆN CÁC HOẠT ĐỘNG THEO KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True)
    for j,h in enumerate(["STT","Hoạt động","Số lần","Kết quả","Tình hình"],1): ws.cell(7,j,h).font = Font(bold=True)
    row = 8
    for i,(e,lan,res,st) in enumerate(r["rows"],1):
        for j,v in enumerate([i,e["text"],lan,res,st],1): ws.cell(row,j,v)
        row += 1
    row += 1
    ws.cell(row,1,"Khó khăn:"); row += 1
    if not r["diff"]: ws.cell(row-1,2,"Không")
    for d in r["diff"]: ws.cell(row,2,d); row += 1
    ws.cell(row,1,"Kiến nghị:"); row += 1
    for d in r["prop"]: ws.cell(row,2,d); row += 1
    ws.cell(row+1,4,"Người lập biểu"); ws.cell(row+1,5,"TM. LÃNH ĐẠO ĐƠN VỊ")
    for col,w in zip("ABCDE",[6,48,18,40,14]): ws.column_dimensions[col].width = w
    wb.save(path)

def lo_resave(path, ext):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice","--headless","--convert-to",ext,"--outdir",tmp,path], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

for r in R:
    path = os.path.join(OUT, r["file"]); r.setdefault("status","extracted"); r.setdefault("reason",None)
    if r["hand"]==1: render_h1(r, path)
    elif r["hand"]==2: (render_h2x if r.get("fmt")=="xlsx" else render_h2)(r, path)
    elif r["hand"]==3: (render_h3x if r.get("fmt")=="xlsx" else render_h3)(r, path)
    else: render_h4(r, path)
    if r.get("lo"): lo_resave(path, "xlsx" if path.endswith("xlsx") else "docx")
    if r["hand"]==3 and "divs" in r and r["status"]=="extracted":
        r["entries"] = [e for _,es in r["divs"] for e in es]
    if r["hand"]==3 and "rows" in r:
        r["entries"] = [x[1] for x in r["rows"]]
    sha = hashlib.sha256(open(path,"rb").read()).hexdigest()
    rej = r["status"]=="rejected"
    # merge entries by task
    ents = {}
    for e in ([] if rej else r["entries"]):
        if e["task"] in ents:
            m = ents[e["task"]]; m["indicators"].update(e["indicators"]); m["text"] += " " + e["text"]
        else: ents[e["task"]] = dict(task=e["task"], status=e["status"], indicators=dict(e["indicators"]), text=e["text"])
    key = {"file": r["file"], "sha256": sha, "status": r["status"], "reason": r["reason"],
           "unit": {"id": r["unit"][0], "name": r["unit"][1]},
           "document": {"number": r["number"], "date": r["date"]},
           "entries": list(ents.values()), "findings": [],
           "difficulties": [] if rej else r["diff"], "proposals": [] if rej else r["prop"]}
    json.dump(key, open(os.path.join(OUT,"truth",r["file"]+".json"),"w"), ensure_ascii=False, indent=1)
print(len(R), "files")
