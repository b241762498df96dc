# -*- coding: utf-8 -*-
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)

def z(n):  # zero-padded under 10
    return f"{n:02d}" if n < 10 else dotted(n)
def dotted(n):
    return f"{n:,}".replace(',', '.')
def trieu(v):
    s = f"{v/1e6:g}".replace('.', ',')
    return s

# task: (code, status, [(ind, value, noun)], text)
R = []
def rep(**k): R.append(k); return k

# ---------------- H1 Bảo: department công văn, bold CAPITAL run-ins ----------------
rep(hand='H1', file='STP-1482-cv-bao-cao-ct38.docx', uid='SO-TP', uname='Sở Tư pháp', short='Sở',
    num='1482/STP-VP', date='2026-11-03', sub='V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    tasks=[
     ('II.1.a','completed',[('communications',4,'tin, bài phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng'),('training_courses',1,'hội nghị phổ biến'),('participants',85,'đại biểu')],
      'PHỔ BIẾN. Lồng ghép nội dung pháp luật về tiêu chuẩn, đo lường, chất lượng vào chương trình phổ biến, giáo dục pháp luật năm 2026 của Sở; đăng {communications} trên Trang thông tin điện tử của Sở; tổ chức {training_courses} cho cán bộ làm công tác pháp chế các sở, ngành với {participants} tham dự.'),
     ('II.2.c','completed',[],
      'GÓP Ý VĂN BẢN. Có ý kiến góp ý đối với dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa theo đề nghị của Sở Khoa học và Công nghệ; thẩm định dự thảo văn bản quy phạm pháp luật của Thành phố có nội dung liên quan khi được đề nghị.'),
     ('II.3.a','completed',[('participants',6,'công chức')],
      'TẬP HUẤN. Cử {participants} thuộc Phòng Xây dựng và Kiểm tra văn bản tham dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.'),
     ('II.2.đ','in_progress',[],
      'ISO. Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở; đang cập nhật quy trình nội bộ sau khi sắp xếp tổ chức bộ máy.'),
    ],
    diffs=['Sau sắp xếp bộ máy, số lượng công chức làm công tác pháp chế giảm, một người phải kiêm nhiệm nhiều việc.'],
    props=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền dạng ngắn, dễ đăng tải trên Trang thông tin điện tử.'])

rep(hand='H1', file='SNV-2215-bc-ct38-nam2026.docx', uid='SO-NV', uname='Sở Nội vụ', short='Sở',
    num='2215/SNV-CCVC', date='2026-10-30', sub='V/v báo cáo tình hình thực hiện Kế hoạch về tiêu chuẩn, đo lường, chất lượng năm 2026',
    tasks=[
     ('II.2.đ','completed',[('inspections',2,'đoàn kiểm tra'),('establishments_inspected',12,'cơ quan, đơn vị')],
      'KIỂM TRA ISO HÀNH CHÍNH. Phối hợp thành lập {inspections} công tác cải cách hành chính, trong đó kiểm tra việc xây dựng, áp dụng, duy trì Hệ thống quản lý chất lượng tại {establishments_inspected} thuộc hệ thống hành chính nhà nước trên địa bàn Thành phố.'),
     ('II.3.c','in_progress',[],
      'THU HÚT CHUYÊN GIA. Phối hợp Phòng Quản lý Khoa học – Sở Khoa học và Công nghệ rà soát nhu cầu thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định số 05/2026/QĐ-UBND; hồ sơ đang được hoàn thiện.'),
     ('II.3.a','completed',[('participants',4,'công chức')],
      'CỬ NGƯỜI HỌC. Cử {participants} của Sở tham gia chương trình tập huấn chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng.'),
     ('II.6.b','not_started',[],
      'NĂNG SUẤT KHU VỰC CÔNG. Chưa có yêu cầu phối hợp từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia nên Sở chưa triển khai.'),
    ],
    diffs=['Chưa có hướng dẫn thống nhất về tiêu chí đánh giá hiệu quả áp dụng Hệ thống quản lý chất lượng sau khi hợp nhất các cơ quan.'],
    props=['Kiến nghị Sở Khoa học và Công nghệ phối hợp ban hành bộ tiêu chí kiểm tra ISO dùng chung cho các đoàn kiểm tra cải cách hành chính.'])

rep(hand='H1', file='SXD-3307-bao-cao-TDC-2026.docx', uid='SO-XD', uname='Sở Xây dựng', short='Sở',
    num='3307/SXD-KHCN', date='2026-11-05', sub='V/v báo cáo kết quả triển khai Chỉ thị số 38-CT/TW năm 2026',
    tasks=[
     ('II.2.e','completed',[('standards_reviewed',5,'dự thảo QCVN, TCVN lĩnh vực xây dựng')],
      'GÓP Ý QUY CHUẨN. Tham gia góp ý {standards_reviewed} (vật liệu xây dựng, an toàn cháy cho nhà và công trình, kết cấu thép) theo đề nghị của Bộ Xây dựng và Bộ Khoa học và Công nghệ.'),
     ('II.5.a','in_progress',[('inspections',3,'cuộc kiểm tra'),('establishments_inspected',17,'cơ sở sản xuất, kinh doanh vật liệu xây dựng'),('violations',2,'cơ sở vi phạm'),('fines_vnd',24000000,'')],
      'KIỂM TRA VẬT LIỆU. Chủ trì {inspections} chất lượng vật liệu xây dựng lưu thông trên thị trường tại {establishments_inspected}; phát hiện {violations} về ghi nhãn và công bố hợp quy, xử phạt vi phạm hành chính {fines_vnd}.'),
     ('II.1.a','completed',[('communications',6,'tin, bài')],
      'TUYÊN TRUYỀN. Đăng tải {communications} hướng dẫn công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng trên Cổng thông tin điện tử của Sở.'),
     ('II.2.đ','completed',[],
      'ISO. Hoàn thành việc công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi cập nhật danh mục thủ tục hành chính.'),
    ],
    diffs=['Một số doanh nghiệp kinh doanh vật liệu xây dựng thay đổi địa điểm, không còn hoạt động tại địa chỉ đăng ký nên khó kiểm tra.',
           'Chi phí thử nghiệm mẫu vật liệu xây dựng cao, chưa được bố trí kinh phí riêng.'],
    props=['Đề nghị bố trí kinh phí lấy mẫu, thử nghiệm chất lượng vật liệu xây dựng trong dự toán năm 2027.'])

rep(hand='H1', file='SGDDT-4120-cv-TCDLCL.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', short='Sở',
    num='4120/SGDĐT-KHTC', date='2026-10-29', sub='V/v báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
    tasks=[
     ('II.3.d','in_progress',[('training_courses',3,'buổi tập huấn'),('participants',420,'lượt giáo viên, học sinh, sinh viên')],
      'BỒI DƯỠNG. Phối hợp Chi cục tổ chức {training_courses} về mã số, mã vạch, truy xuất nguồn gốc và nhãn hàng hóa tại các trường trung cấp, cao đẳng trực thuộc với {participants} tham dự.'),
     ('II.1.a','completed',[('communications',12,'tin, bài')],
      'TRUYỀN THÔNG. Chỉ đạo các trường đăng {communications} về ý thức sử dụng hàng hóa đạt chuẩn, nhận biết nhãn hàng hóa trên trang thông tin của trường.'),
     ('II.2.đ','in_progress',[],
      'ISO. Tiếp tục rà soát, cập nhật quy trình giải quyết thủ tục hành chính trong Hệ thống quản lý chất lượng của Sở.'),
     ('II.5.a','not_applicable',[],
      'KIỂM TRA. Sở không được giao nhiệm vụ kiểm tra chất lượng sản phẩm, hàng hóa nên không phát sinh.'),
    ],
    diffs=['Lịch học của học sinh, sinh viên kín nên khó bố trí thời gian tập huấn tập trung.'],
    props=['Đề nghị Chi cục biên soạn bài giảng trực tuyến ngắn để các trường tự tổ chức.',
           'Đề nghị hỗ trợ báo cáo viên cho các trường ngoài công lập.'])

# ---------------- H2 Dung: department workbooks, one row per figure ----------------
rep(hand='H2', file='SCT_KQ_CT38_11thang.xlsx', uid='SO-CT', uname='Sở Công Thương', short='Sở',
    num='5561/SCT-KHTC', date='2026-11-06',
    tasks=[
     ('II.5.a','in_progress',[('inspections',14,'Số cuộc kiểm tra|cuộc'),('establishments_inspected',96,'Số cơ sở được kiểm tra|cơ sở'),('violations',11,'Số cơ sở vi phạm|cơ sở'),('fines_vnd',185500000,'Tiền phạt|triệu đồng'),('samples_tested',24,'Mẫu lấy thử nghiệm|mẫu')],
      'Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng, phân bón vô cơ lưu thông', 'Còn tiếp tục đến hết tháng 12'),
     ('II.2.d','completed',[('enterprises_supported',35,'Doanh nghiệp được hướng dẫn áp dụng ISO, công bố hợp quy|doanh nghiệp'),('training_courses',2,'Hội thảo tổ chức|hội thảo'),('participants',160,'Người tham dự|lượt')],
      'Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý chất lượng', 'Xong từ tháng 9'),
     ('II.1.a','completed',[('communications',8,'Tin bài đăng Cổng TTĐT Sở|tin, bài')],
      'Tuyên truyền về chất lượng hàng hóa, gian lận thương mại', 'Xong'),
     ('II.5.c','in_progress',[('inspections',5,'Số cuộc phối hợp|cuộc'),('establishments_inspected',31,'Số cửa hàng được kiểm tra|cửa hàng')],
      'Phối hợp phường, xã kiểm tra cửa hàng xăng dầu', 'Còn tiếp tục theo đề nghị của phường'),
     ('II.6.a','unknown',[],
      'Cập nhật cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA cho doanh nghiệp', ''),
    ],
    diffs=['Lực lượng kiểm tra mỏng, địa bàn rộng sau sáp nhập.', 'Chưa có phòng thử nghiệm được chỉ định cho một số chỉ tiêu khí dầu mỏ hóa lỏng.'],
    props=['Đề nghị Chi cục TĐC chia sẻ kế hoạch kiểm tra để tránh trùng lặp đối tượng.', 'Đề nghị sớm chỉ định tổ chức thử nghiệm cho khí dầu mỏ hóa lỏng.'])

rep(hand='H2', file='SYT_bieu_ketqua_TDC_2026.xlsx', uid='SO-YT', uname='Sở Y tế', short='Sở',
    num='7790/SYT-NVY', date='2026-11-02',
    tasks=[
     ('II.5.a','completed',[('inspections',6,'Đoàn kiểm tra trang thiết bị y tế|đoàn'),('establishments_inspected',48,'Cơ sở kinh doanh TTBYT được kiểm tra|cơ sở'),('violations',3,'Cơ sở vi phạm|cơ sở'),('fines_vnd',42000000,'Tiền xử phạt|triệu đồng')],
      'Kiểm tra chất lượng trang thiết bị y tế lưu thông trên thị trường', 'Xong đợt cuối vào tháng 10'),
     ('II.2.e','completed',[('standards_reviewed',3,'Dự thảo QCVN, TCVN được góp ý|văn bản')],
      'Góp ý dự thảo quy chuẩn kỹ thuật về thiết bị y tế', 'Xong'),
     ('II.3.a','completed',[('participants',12,'Viên chức dự tập huấn|người')],
      'Cử viên chức các bệnh viện dự tập huấn đo lường', 'Xong'),
     ('II.2.đ','in_progress',[],
      'Duy trì ISO 9001 tại cơ quan Sở', 'Còn tiếp tục, đánh giá nội bộ tháng 12'),
    ],
    diffs=['Nhiều trang thiết bị y tế nhập khẩu chưa có tiêu chuẩn quốc gia tương ứng để đối chiếu.'],
    props=['Đề nghị Sở Khoa học và Công nghệ hướng dẫn danh mục phương tiện đo trong y tế phải kiểm định định kỳ.'])

rep(hand='H2', file='SNNMT-ket-qua-CT38-2026.xlsx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', short='Sở',
    num='6043/SNNMT-CCTT', date='2026-11-04',
    tasks=[
     ('II.5.b','completed',[('samples_tested',60,'Mẫu phân bón, thức ăn chăn nuôi khảo sát|mẫu')],
      'Khảo sát chất lượng phân bón, thức ăn chăn nuôi', 'Xong tháng 8, đã thông báo kết quả'),
     ('II.5.a','in_progress',[('inspections',9,'Cuộc kiểm tra|cuộc'),('establishments_inspected',73,'Cơ sở vật tư nông nghiệp được kiểm tra|cơ sở'),('violations',8,'Cơ sở vi phạm|cơ sở'),('fines_vnd',96250000,'Tiền phạt|triệu đồng')],
      'Kiểm tra vật tư nông nghiệp (giống, phân bón, thuốc BVTV)', 'Còn tiếp tục đến cuối năm'),
     ('II.2.e','completed',[('standards_reviewed',7,'Dự thảo TCVN, QCVN góp ý|văn bản')],
      'Góp ý tiêu chuẩn, quy chuẩn ngành nông nghiệp, môi trường', 'Xong'),
     ('II.2.a','in_progress',[('enterprises_supported',18,'HTX, doanh nghiệp được hỗ trợ truy xuất nguồn gốc|đơn vị')],
      'Hỗ trợ HTX, doanh nghiệp áp dụng truy xuất nguồn gốc nông sản', 'Còn tiếp tục, dự kiến thêm 5 HTX'),
     ('II.1.a','not_started',[],
      'Hội nghị tuyên truyền cho hộ sản xuất', 'Chưa làm, dời sang Quý I/2027'),
    ],
    diffs=['Kinh phí lấy mẫu kiểm tra chỉ đủ cho khoảng một nửa số mẫu theo kế hoạch.'],
    props=['Đề nghị bổ sung kinh phí lấy mẫu năm 2027.', 'Đề nghị Chi cục TĐC phối hợp tập huấn ghi nhãn cho HTX.'])

rep(hand='H2', file='SATTP_bao_cao_thang_hanh_dong.xlsx', uid='SO-ATTP', uname='Sở An toàn thực phẩm', short='Sở',
    num='1290/SATTP-NV', date='2026-10-28', rejected=True,
    reason='Báo cáo kết quả Tháng hành động vì an toàn thực phẩm năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).',
    tasks=[], diffs=[], props=[])

# ---------------- H3 Tùng: ward DOCX, '(nguồn: …)' + 'Phường xác định: …' ----------------
rep(hand='H3', file='UBND-Tan-Hiep-bc-TCDLCL-2026.docx', uid='25920', uname='Phường Tân Hiệp', short='Phường',
    num='318/BC-UBND', date='2026-11-09',
    tasks=[
     ('II.5.c','in_progress',[('inspections',4,'cuộc kiểm tra'),('establishments_inspected',27,'cơ sở'),('violations',3,'cơ sở vi phạm'),('fines_vnd',7500000,'')],
      'Phối hợp Chi cục kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu: {inspections}, {establishments_inspected}, phát hiện {violations}, phạt {fines_vnd} (nguồn: Tổ kiểm tra liên ngành phường).'),
     ('II.1.a','completed',[('communications',15,'tin phát trên loa'),('training_courses',1,'hội nghị'),('participants',60,'hộ kinh doanh')],
      'Tuyên truyền cho hộ kinh doanh: {communications}, {training_courses} phổ biến quy định cân đong với {participants} tham dự (nguồn: Văn phòng HĐND-UBND phường).'),
     ('II.3.a','completed',[('participants',3,'công chức')],
      'Cử {participants} dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở tổ chức (nguồn: Phòng Kinh tế).'),
     ('II.2.đ','in_progress',[],
      'Duy trì Hệ thống quản lý chất lượng ISO tại bộ phận một cửa; đang chỉnh sửa quy trình theo thủ tục mới (nguồn: Bộ phận Một cửa).'),
    ],
    diffs=['Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng.'],
    props=['Đề nghị Sở hỗ trợ bộ cân đối chứng cho chợ Tân Hiệp.'])

rep(hand='H3', file='P-HoaLoi-baocao-CT38.docx', uid='25849', uname='Phường Hòa Lợi', short='Phường',
    num='205/BC-UBND', date='2026-11-10', lo=True,
    tasks=[
     ('II.5.c','in_progress',[('inspections',2,'cuộc'),('establishments_inspected',14,'cơ sở kinh doanh')],
      'Phối hợp kiểm tra {inspections} tại {establishments_inspected} trên địa bàn, chưa phát hiện sai phạm (nguồn: Tổ quản lý trật tự đô thị).'),
     ('II.1.a','completed',[('communications',9,'tin, bài')],
      'Đăng {communications} trên trang Zalo OA và bảng tin khu phố về nhận biết hàng giả, hàng kém chất lượng (nguồn: Tổ truyền thông phường).'),
     ('II.5.d','not_applicable',[],
      'Tiếp nhận tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ không có đơn, tố giác (nguồn: Bộ phận tiếp công dân).'),
     ('II.3.a','unknown',[('participants',2,'công chức')],
      'Cử {participants} tham gia tập huấn trực tuyến của Sở (nguồn: Phòng Kinh tế, Hạ tầng và Đô thị).'),
    ],
    diffs=['Hộ kinh doanh nhỏ lẻ thay đổi thường xuyên, khó theo dõi.'],
    props=['Đề nghị Chi cục cung cấp tờ rơi, áp phích để phát cho khu phố.'])

rep(hand='H3', file='BC-PhuongBenCat-TDC-11T.docx', uid='25813', uname='Phường Bến Cát', short='Phường',
    num='411/BC-UBND', date='2026-11-12',
    tasks=[
     ('II.5.c','in_progress',[('inspections',6,'cuộc kiểm tra'),('establishments_inspected',40,'cơ sở'),('violations',5,'trường hợp vi phạm'),('fines_vnd',12000000,''),('instruments_verified',85,'cân')],
      'Phối hợp kiểm tra tại chợ Bến Cát, chợ Mỹ Phước: {inspections}, {establishments_inspected}, {violations}, xử phạt {fines_vnd}; phối hợp Trung tâm kiểm định {instruments_verified} của tiểu thương (nguồn: Ban quản lý chợ và Tổ liên ngành).'),
     ('II.1.a','completed',[('communications',20,'lượt tin phát thanh')],
      'Phát {communications} về cân đong, đo đếm trên hệ thống loa truyền thanh (nguồn: Văn phòng UBND phường).'),
     ('II.2.đ','completed',[],
      'Công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của UBND phường (nguồn: Văn phòng UBND phường).'),
    ],
    diffs=['Tiểu thương chưa tự giác kiểm định cân định kỳ.', 'Chưa có điểm cân đối chứng tại chợ Mỹ Phước.'],
    props=['Đề nghị Chi cục tổ chức kiểm định cân lưu động tại chợ mỗi quý.', 'Đề nghị hỗ trợ xây dựng điểm cân đối chứng tại chợ Mỹ Phước.'])

rep(hand='H3', file='Xa-DatDo-bc-PCTT-2026.docx', uid='26680', uname='Xã Đất Đỏ', short='Xã',
    num='276/BC-UBND', date='2026-11-04', rejected=True,
    reason='Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của Xã Đất Đỏ, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).',
    tasks=[], diffs=[], props=[])

# ---------------- H4 Khánh: XLSX blocks, 'KK1/KN1' codes, '→' verdict ----------------
rep(hand='H4', file='XaBinhGia_BaoCao_CT38.xlsx', uid='26590', uname='Xã Bình Giã', short='Xã',
    num='152/BC-UBND', date='2026-11-11', lo=True,
    tasks=[
     ('II.5.c','in_progress',[('inspections',3,'Số cuộc phối hợp kiểm tra|cuộc'),('establishments_inspected',22,'Số cơ sở được kiểm tra|cơ sở'),('violations',1,'Số cơ sở vi phạm|cơ sở'),('fines_vnd',3000000,'Số tiền phạt|đồng')],
      'Phối hợp kiểm tra cơ sở kinh doanh phân bón, xăng dầu trên địa bàn xã'),
     ('II.1.a','completed',[('communications',6,'Số tin bài, tài liệu|tin'),('training_courses',1,'Hội nghị tuyên truyền|hội nghị'),('participants',45,'Người tham dự|người')],
      'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho nông dân, hộ kinh doanh'),
     ('II.3.a','completed',[('participants',2,'Công chức dự tập huấn|người')],
      'Cử công chức dự tập huấn nghiệp vụ'),
     ('II.2.đ','not_started',[],
      'Xây dựng Hệ thống quản lý chất lượng tại UBND xã mới'),
    ],
    diffs=['Xã mới sáp nhập, chưa ổn định bộ phận một cửa nên chưa xây dựng được ISO.'],
    props=['Đề nghị Chi cục hướng dẫn xã xây dựng Hệ thống quản lý chất lượng theo mô hình khung.'])

rep(hand='H4', file='SVHTT_CT38_tonghop.xlsx', uid='SO-VHTT', uname='Sở Văn hóa và Thể thao', short='Sở',
    num='3958/SVHTT-VP', date='2026-11-03',
    tasks=[
     ('II.1.a','completed',[('communications',10,'Phóng sự, tin bài trên báo, đài|tin, bài')],
      'Phối hợp các cơ quan báo chí tuyên truyền về tiêu chuẩn, đo lường, chất lượng'),
     ('II.2.đ','completed',[],
      'Duy trì Hệ thống quản lý chất lượng tại Sở'),
     ('II.3.a','completed',[('participants',3,'Công chức dự tập huấn|người')],
      'Cử công chức dự hội nghị, tập huấn'),
     ('II.6.a','not_applicable',[],
      'Cập nhật điều ước quốc tế về TĐC liên quan lĩnh vực văn hóa, thể thao'),
    ],
    diffs=['Kinh phí cho sản xuất phóng sự chuyên đề còn hạn chế.'],
    props=['Đề nghị Sở Khoa học và Công nghệ cung cấp thông tin, số liệu để các cơ quan báo chí xây dựng tin bài.'])

rep(hand='H4', file='TTTP_KQ_phoi_hop_CT38.xlsx', uid='THANHTRA-TP', uname='Thanh tra Thành phố', short='Thanh tra',
    num='1877/TTTP-P3', date='2026-11-06',
    tasks=[
     ('II.5.d','in_progress',[],
      'Xử lý tố cáo, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng'),
     ('II.5.a','completed',[('inspections',1,'Cuộc thanh tra chuyên đề|cuộc'),('establishments_inspected',8,'Doanh nghiệp được thanh tra|doanh nghiệp'),('violations',2,'Doanh nghiệp vi phạm|doanh nghiệp'),('fines_vnd',60000000,'Tiền xử phạt|đồng')],
      'Thanh tra chuyên đề chất lượng hàng hóa nhập khẩu'),
     ('II.2.đ','completed',[],
      'Duy trì ISO 9001 tại cơ quan Thanh tra'),
    ],
    diffs=['Một số vụ việc liên quan nhiều lĩnh vực, cần ý kiến chuyên môn của nhiều sở.'],
    props=['Đề nghị Sở Khoa học và Công nghệ cử chuyên gia hỗ trợ giám định chất lượng khi có yêu cầu.'])

# ---------------- H5 Hương: DOCX paragraphs closed by ■/□ option line ----------------
rep(hand='H5', file='STC-bao-cao-kinh-phi-TDC-2026.docx', uid='SO-TC', uname='Sở Tài chính', short='Sở',
    num='9034/STC-HCSN', date='2026-11-02',
    tasks=[
     ('II.4.a','in_progress',[('budget_spent_vnd',1420000000,'')],
      'Về đầu tư trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm: Sở đã thẩm định dự toán mua sắm thiết bị thử nghiệm; đến nay đơn vị đã giải ngân {budget_spent_vnd}, phần còn lại đang làm thủ tục đấu thầu.'),
     ('II.4.b','completed',[('budget_spent_vnd',185000000,'')],
      'Về kinh phí bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ của Chi cục: đã bố trí và Chi cục đã sử dụng {budget_spent_vnd}.'),
     ('II.2.đ','completed',[],
      'Về Hệ thống quản lý chất lượng tại Sở: đã duy trì và đánh giá nội bộ năm 2026.'),
     ('II.3.a','unknown',[('participants',2,'công chức')],
      'Về tập huấn: Sở cử {participants} tham gia lớp tập huấn do Chi cục tổ chức.'),
    ],
    diffs=['Thủ tục mua sắm tập trung kéo dài do phải lấy báo giá nhiều lần.'],
    props=['Đề nghị Sở Khoa học và Công nghệ lập dự toán năm 2027 sớm, kèm thuyết minh chi tiết.'], ticks=True)

rep(hand='H5', file='SQHKT-bc-CT38-2026.docx', uid='SO-QHKT', uname='Sở Quy hoạch - Kiến trúc', short='Sở',
    num='2741/SQHKT-VP', date='2026-11-05',
    tasks=[
     ('II.2.e','completed',[('standards_reviewed',4,'dự thảo tiêu chuẩn, quy chuẩn')],
      'Về góp ý quy chuẩn: Sở đã góp ý {standards_reviewed} về quy hoạch xây dựng, kiến trúc nhà ở.'),
     ('II.2.đ','in_progress',[],
      'Về ISO: Sở đang mở rộng phạm vi áp dụng Hệ thống quản lý chất lượng cho các thủ tục mới tiếp nhận.'),
     ('II.2.i','not_started',[],
      'Về kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng: Sở chưa nhận được hướng dẫn kết nối.'),
     ('II.3.a','completed',[('participants',5,'công chức')],
      'Về tập huấn: cử {participants} tham dự tập huấn cập nhật kiến thức tiêu chuẩn.'),
    ],
    diffs=['Chưa có tài khoản truy cập cơ sở dữ liệu tiêu chuẩn quốc gia.'],
    props=['Đề nghị cấp tài khoản tra cứu cơ sở dữ liệu tiêu chuẩn cho Sở.'], ticks=True)

rep(hand='H5', file='SDL-bc-thuc-hien-CT38-2026.docx', uid='SO-DL', uname='Sở Du lịch', short='Sở',
    num='1566/SDL-QLLH', date='2026-10-27',
    tasks=[
     ('II.1.a','completed',[('communications',7,'tin, bài')],
      'Về tuyên truyền: Sở đã đăng {communications} trên Cổng thông tin du lịch về sử dụng sản phẩm, hàng hóa có nguồn gốc rõ ràng, đạt tiêu chuẩn trong kinh doanh lưu trú, lữ hành.'),
     ('II.2.d','in_progress',[('enterprises_supported',14,'cơ sở lưu trú du lịch')],
      'Về hỗ trợ doanh nghiệp: hướng dẫn {enterprises_supported} áp dụng TCVN về xếp hạng cơ sở lưu trú và hệ thống quản lý chất lượng dịch vụ.'),
     ('II.2.đ','completed',[],
      'Về ISO tại cơ quan: Sở đã duy trì Hệ thống quản lý chất lượng và công bố lại sau khi điều chỉnh quy trình.'),
     ('II.3.a','unknown',[('participants',3,'công chức')],
      'Về tập huấn: cử {participants} dự lớp cập nhật kiến thức tiêu chuẩn, đo lường, chất lượng.'),
    ],
    diffs=['Nhiều cơ sở lưu trú quy mô nhỏ chưa quan tâm áp dụng tiêu chuẩn.'],
    props=['Đề nghị Chi cục phối hợp tổ chức hội thảo về tiêu chuẩn dịch vụ du lịch năm 2027.'], ticks=True)

# ====================== rendering ======================
def fill(tpl, figs, fmt, money):
    d = {}
    for ind, v, noun in figs:
        if ind in ('fines_vnd', 'budget_spent_vnd'):
            d[ind] = money(v)
        else:
            d[ind] = (fmt(v) + ' ' + noun).strip()
    return tpl.format(**d)

def vdate(iso, pad=True):
    y, m, d = iso.split('-')
    if not pad: d, m = str(int(d)), str(int(m))
    return d, m, y

def setfont(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    for c, lines in zip(t.rows[0].cells, (left, right)):
        c.paragraphs[0].text = ''
        for i, (txt, b) in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b
    return t

QH = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True)]

H1ST = {'completed': 'nội dung này đã thực hiện xong trong năm.', 'in_progress': 'nội dung này đang tiếp tục thực hiện.',
        'not_started': 'nội dung này chưa triển khai.', 'not_applicable': 'nội dung này không phát sinh trong kỳ.'}
def body_text(r, fmt, money):
    return [(code, st, fill(tpl, figs, fmt, money)) for code, st, figs, tpl, *rest in r['tasks']]

def render_h1(r, path):
    doc = Document(); setfont(doc)
    d, m, y = vdate(r['date'])
    header_table(doc, [('UBND THÀNH PHỐ HỒ CHÍ MINH', False), (r['uname'].upper(), True), ('Số: ' + r['num'], False), (r['sub'], False)],
                 QH + [('', False), (f'Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}', False)])
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.')
    doc.add_paragraph(f'{r["uname"]} nhận được Công văn số 1730/CCTĐC-QLTĐC ngày 08/10/2026 của Chi cục về việc đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. {r["uname"]} báo cáo như sau:')
    doc.add_paragraph().add_run('Phần I – Sở đã làm').bold = True
    fmt = z; money = lambda v: dotted(v) + ' đồng'
    out = []
    for code, st, txt in body_text(r, fmt, money):
        head, rest = txt.split('. ', 1)
        p = doc.add_paragraph()
        p.add_run(head + '. ').bold = True
        sent = rest + ((' Đánh giá của Sở: ' + H1ST[st]) if st in H1ST else '')
        p.add_run(sent)
        out.append(head + '. ' + rest)
    doc.add_paragraph().add_run('Phần II – Vướng mắc').bold = True
    for i, x in enumerate(r['diffs']): doc.add_paragraph(f'{"abcd"[i]}/ {x}')
    doc.add_paragraph().add_run('Phần III – Kiến nghị').bold = True
    for i, x in enumerate(r['props']): doc.add_paragraph(f'{"abcd"[i]}/ {x}')
    doc.add_paragraph(f'Trên đây là báo cáo của {r["uname"]}, kính gửi Chi cục tổng hợp./.')
    sig(doc, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phan Văn Lộc')
    doc.save(path); return out

def sig(doc, title, name, noi='Nơi nhận:\n- Như trên;\n- Lưu: VT.'):
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = noi
    c = t.rows[0].cells[1]; c.text = ''
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(title).bold = True
    p2 = c.add_paragraph('\n\n\n' + name); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER

H3ST = {'completed': 'việc này đã hoàn thành.', 'in_progress': 'việc này đang thực hiện, chưa kết thúc.',
        'not_started': 'việc này chưa thực hiện.', 'not_applicable': 'việc này không phát sinh.'}
H3NAMES = {'II.5.c': 'Phối hợp quản lý theo phân quyền', 'II.1.a': 'Tuyên truyền', 'II.3.a': 'Tập huấn công chức',
           'II.2.đ': 'ISO tại phường', 'II.5.d': 'Tố giác vi phạm'}
def render_h3(r, path):
    doc = Document(); setfont(doc, 'Times New Roman', 14)
    d, m, y = vdate(r['date'], pad=False)
    place = r['uname'].replace('Phường ', '')
    header_table(doc, [('ỦY BAN NHÂN DÂN', False), (r['uname'].upper(), True), ('Số: ' + r['num'], False)],
                 QH + [(f'{place}, ngày {d} tháng {m} năm {y}', False)])
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('BÁO CÁO\nKết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn').bold = True
    doc.add_paragraph(f'Thực hiện đề nghị của Sở Khoa học và Công nghệ, UBND {r["uname"]} báo cáo như sau:')
    fmt = str; money = lambda v: trieu(v) + ' triệu đồng'
    out = []
    for i, (code, st, txt) in enumerate(body_text(r, fmt, money), 1):
        p = doc.add_paragraph(); rr = p.add_run(f'{i}. {H3NAMES.get(code, code)}'); rr.italic = True; rr.underline = True
        doc.add_paragraph('- ' + txt)
        if st in H3ST: doc.add_paragraph(f'{r["short"]} xác định: ' + H3ST[st])
        out.append(txt)
    doc.add_paragraph('Khó khăn:')
    for x in r['diffs']: doc.add_paragraph('- ' + x)
    doc.add_paragraph('Kiến nghị:')
    for x in r['props']: doc.add_paragraph('- ' + x)
    sig(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Võ Thanh Tùng' if False else 'Lâm Quang Vinh',
        'Nơi nhận:\n- Sở KH&CN;\n- Chi cục TĐC;\n- Lưu: VT, KT.')
    doc.save(path); return out

TICK = {'completed': 0, 'in_progress': 1, 'not_started': 2, 'not_applicable': 3}
def render_h5(r, path):
    doc = Document(); setfont(doc, 'Arial', 12)
    d, m, y = vdate(r['date'])
    doc.add_paragraph('UBND TP. HỒ CHÍ MINH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    doc.add_paragraph(r['uname'].upper() + '\t\tĐộc lập - Tự do - Hạnh phúc')
    doc.add_paragraph('Số: ' + r['num'] + f'\t\tTP. Hồ Chí Minh, ngày {d}/{m}/{y}')
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026').bold = True
    fmt = z; money = lambda v: dotted(v) + ' đ'
    out = []
    opts = ['Xong', 'Đang làm', 'Chưa làm', 'Không phát sinh']
    for code, st, txt in body_text(r, fmt, money):
        doc.add_paragraph(txt)
        k = TICK.get(st)
        line = 'Tiến độ:  ' + '   '.join(('■ ' if i == k else '□ ') + o for i, o in enumerate(opts))
        doc.add_paragraph().add_run(line).italic = True
        out.append(txt)
    doc.add_paragraph().add_run('Khó khăn, vướng mắc').bold = True
    for x in r['diffs']: doc.add_paragraph('– ' + x)
    doc.add_paragraph().add_run('Đề xuất').bold = True
    for x in r['props']: doc.add_paragraph('– ' + x)
    sig(doc, 'GIÁM ĐỐC', 'Đỗ Thị Thanh Hương')
    doc.save(path); return out

thin = Side(style='thin'); BR = Border(left=thin, right=thin, top=thin, bottom=thin)
def render_h2(r, path):
    wb = Workbook(); ws = wb.active; ws.title = 'KQ_CT38'
    d, m, y = vdate(r['date'])
    ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'; ws['A2'] = r['uname'].upper(); ws['A2'].font = Font(bold=True)
    ws['E1'] = 'Số: ' + r['num']; ws['E2'] = f'Ngày {d}/{m}/{y}'
    ws['A4'] = 'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (số liệu đến 31/10/2026)'; ws['A4'].font = Font(bold=True, size=13)
    hdr = ['STT', 'Nội dung công việc', 'Chỉ tiêu', 'Số', 'Đơn vị', 'Tiến độ']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = BR; c.fill = PatternFill('solid', fgColor='DDEBF7')
    row = 7; out = []
    for i, (code, st, figs, desc, prog) in enumerate(r['tasks'], 1):
        n = max(1, len(figs)); start = row
        for k in range(n):
            if figs:
                ind, v, lab = figs[k]; lab, unit = lab.split('|')
                ws.cell(row, 3, lab)
                if unit == 'triệu đồng':
                    c = ws.cell(row, 4, v / 1e6); c.number_format = '#,##0.00'
                else:
                    ws.cell(row, 4, v)
                ws.cell(row, 5, unit)
            else:
                ws.cell(row, 3, '-')
            for j in range(1, 7): ws.cell(row, j).border = BR
            row += 1
        ws.cell(start, 1, i); ws.cell(start, 2, desc); ws.cell(start, 6, prog)
        for j in (1, 2, 6):
            if n > 1: ws.merge_cells(start_row=start, end_row=row - 1, start_column=j, end_column=j)
            ws.cell(start, j).alignment = Alignment(vertical='top', wrap_text=True)
        out.append(desc)
    ws.cell(row + 1, 2, 'Người lập biểu: Nguyễn Thị Mỹ Dung')
    for col, w in zip('ABCDEF', (6, 48, 42, 12, 14, 30)): ws.column_dimensions[col].width = w
    w2 = wb.create_sheet('Vuong_mac')
    w2['A1'] = 'Vướng'; w2['B1'] = 'Đề xuất xử lý'; w2['A1'].font = w2['B1'].font = Font(bold=True)
    for k in range(max(len(r['diffs']), len(r['props']))):
        if k < len(r['diffs']): w2.cell(k + 2, 1, r['diffs'][k])
        if k < len(r['props']): w2.cell(k + 2, 2, r['props'][k])
    w2.column_dimensions['A'].width = 60; w2.column_dimensions['B'].width = 60
    wb.save(path); return out

H4ST = {'completed': '→ Đã hoàn thành', 'in_progress': '→ Đang triển khai', 'not_started': '→ Chưa triển khai', 'not_applicable': '→ Không phát sinh'}
def render_h4(r, path):
    wb = Workbook(); ws = wb.active; ws.title = 'BaoCao'
    d, m, y = vdate(r['date'], pad=False)
    ws['A1'] = r['uname']; ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + r['num']
    ws['A3'] = f'ngày {d} tháng {m} năm {y}'
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CT38 - NĂM 2026'; ws['A5'].font = Font(bold=True, size=13)
    for j, h in enumerate(['Mục', 'Chỉ số', 'Giá trị', 'Đơn vị'], 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BR
    row = 8; out = []; grey = PatternFill('solid', fgColor='D9D9D9')
    for i, (code, st, figs, desc) in enumerate(r['tasks'], 1):
        ws.cell(row, 1, f'Mục {i}'); ws.cell(row, 2, desc)
        ws.merge_cells(start_row=row, end_row=row, start_column=2, end_column=4)
        for j in range(1, 5): ws.cell(row, j).fill = grey; ws.cell(row, j).font = Font(bold=True)
        row += 1
        for ind, v, lab in figs:
            lab, unit = lab.split('|')
            ws.cell(row, 2, lab); c = ws.cell(row, 3, v); ws.cell(row, 4, unit)
            if v >= 1000: c.number_format = '#,##0'
            row += 1
        if st in H4ST: ws.cell(row, 2, H4ST[st]); ws.cell(row, 2).font = Font(italic=True); row += 1
        out.append(desc)
    row += 1
    for k, x in enumerate(r['diffs'], 1): ws.cell(row, 1, f'KK{k}'); ws.cell(row, 2, x); row += 1
    for k, x in enumerate(r['props'], 1): ws.cell(row, 1, f'KN{k}'); ws.cell(row, 2, x); row += 1
    ws.cell(row + 1, 2, 'Lập bảng: Trịnh Bảo Khánh')
    ws.column_dimensions['A'].width = 8; ws.column_dimensions['B'].width = 70; ws.column_dimensions['C'].width = 14; ws.column_dimensions['D'].width = 14
    wb.save(path); return out

# ---------------- mistaken files ----------------
def render_mistaken(r, path):
    d, m, y = vdate(r['date'])
    if r['uid'] == 'SO-ATTP':
        wb = Workbook(); ws = wb.active; ws.title = 'KQ_THANG_HD'
        ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'; ws['A2'] = r['uname'].upper(); ws['E1'] = 'Số: ' + r['num']; ws['E2'] = f'Ngày {d}/{m}/{y}'
        ws['A4'] = 'KẾT QUẢ THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2026'
        rows = [('STT', 'Nội dung công việc', 'Chỉ tiêu', 'Số', 'Đơn vị', 'Tiến độ'),
                (1, 'Kiểm tra cơ sở kinh doanh dịch vụ ăn uống', 'Số cơ sở kiểm tra', 1240, 'cơ sở', 'Xong'),
                (2, 'Giám sát ngộ độc thực phẩm', 'Số vụ ngộ độc', 2, 'vụ', 'Xong'),
                (3, 'Truyền thông an toàn thực phẩm', 'Tin bài, phóng sự', 86, 'tin, bài', 'Xong')]
        for i, rw in enumerate(rows, 6):
            for j, v in enumerate(rw, 1): ws.cell(i, j, v)
        w2 = wb.create_sheet('Vuong_mac'); w2['A1'] = 'Vướng'; w2['B1'] = 'Đề xuất xử lý'
        w2['A2'] = 'Bếp ăn tập thể khu công nghiệp đông, khó kiểm soát.'; w2['B2'] = 'Tăng cường hậu kiểm.'
        wb.save(path); return
    doc = Document(); setfont(doc)
    if r['uid'] == 'SO-DL':
        doc.add_paragraph('UBND TP. HỒ CHÍ MINH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
        doc.add_paragraph(r['uname'].upper() + '\t\tĐộc lập - Tự do - Hạnh phúc')
        doc.add_paragraph('Số: ' + r['num'] + f'\t\tTP. Hồ Chí Minh, ngày {d}/{m}/{y}')
        doc.add_paragraph().add_run('BÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2026').bold = True
        for t, k in [('Về hạ tầng số: Sở đã nâng cấp hệ thống mạng nội bộ, trang bị chữ ký số cho 100% lãnh đạo.', 0),
                     ('Về dữ liệu du lịch: đang xây dựng cơ sở dữ liệu cơ sở lưu trú du lịch, đã cập nhật 3.120 cơ sở.', 1),
                     ('Về dịch vụ công trực tuyến: 100% thủ tục hành chính được cung cấp trực tuyến toàn trình.', 0)]:
            doc.add_paragraph(t)
            doc.add_paragraph('Tiến độ:  ' + '   '.join(('■ ' if i == k else '□ ') + o for i, o in enumerate(['Xong', 'Đang làm', 'Chưa làm', 'Không phát sinh'])))
        sig(doc, 'GIÁM ĐỐC', 'Bùi Minh Trí')
    else:
        header_table(doc, [('ỦY BAN NHÂN DÂN', False), (r['uname'].upper(), True), ('Số: ' + r['num'], False)],
                     QH + [(f'Đất Đỏ, ngày {int(d)} tháng {int(m)} năm {y}', False)])
        doc.add_paragraph().add_run('BÁO CÁO\nCông tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026').bold = True
        doc.add_paragraph('1. Công tác chuẩn bị')
        doc.add_paragraph('- Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; rà soát 4 khu vực có nguy cơ sạt lở bờ biển (nguồn: Ban Chỉ huy Quân sự xã).')
        doc.add_paragraph('Xã xác định: việc này đã hoàn thành.')
        doc.add_paragraph('2. Diễn tập ứng phó bão')
        doc.add_paragraph('- Tổ chức 1 cuộc diễn tập với 150 người tham gia (nguồn: Văn phòng UBND xã).')
        doc.add_paragraph('Xã xác định: việc này đã hoàn thành.')
        doc.add_paragraph('Kiến nghị:'); doc.add_paragraph('- Đề nghị hỗ trợ kinh phí kè chống sạt lở bờ biển.')
        sig(doc, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Huỳnh Văn Sang')
    doc.save(path)

RENDER = {'H1': render_h1, 'H2': render_h2, 'H3': render_h3, 'H4': render_h4, 'H5': render_h5}

def lo_resave(path):
    ext = path.rsplit('.', 1)[1]
    td = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', td, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(td, os.path.basename(path)), path)

for r in R:
    path = os.path.join(OUT, r['file'])
    if r.get('rejected'):
        render_mistaken(r, path); texts = []
    else:
        texts = RENDER[r['hand']](r, path)
    if r.get('lo'): lo_resave(path)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    entries = []
    for (code, st, figs, *_), txt in zip(r['tasks'], texts):
        entries.append({'task': code, 'status': st, 'indicators': {i: v for i, v, _ in figs}, 'text': txt})
    key = {'file': r['file'], 'sha256': sha,
           'status': 'rejected' if r.get('rejected') else 'extracted',
           'reason': r.get('reason'),
           'unit': {'id': r['uid'], 'name': r['uname']},
           'document': {'number': r['num'], 'date': r['date']},
           'entries': entries, 'findings': [], 'difficulties': r['diffs'], 'proposals': r['props']}
    json.dump(key, open(os.path.join(TR, r['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(R), 'files')
