# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
OUT = os.path.dirname(os.path.abspath(__file__))
T = os.path.join(OUT, 'truth')
# rows: (label, value, dvt, indicator_id)
R = []
def rep(**k): R.append(k); return k

# ---------------- H1: wards, Word table with merged task blocks + Cộng rows
S1 = {'completed': 'Làm xong', 'in_progress': 'Đang làm, chưa hết việc', 'not_started': 'Chưa làm được', 'not_applicable': 'Trong kỳ không có'}
rep(hand='H1', file='25840-long-nguyen-bc-11thang.docx', uid='25840', uname='Phường Long Nguyên', num='287/BC-UBND', date=(18,11),
 entries=[
  dict(task='II.5.c', status='completed', text='Phối hợp Chi cục kiểm tra đo lường, nhãn hàng hóa tại chợ Long Nguyên và các cửa hàng xăng dầu',
       rows=[('Đợt tháng 4/2026 (chợ)',1,'cuộc','inspections'),('Đợt tháng 4/2026 (chợ)',9,'cơ sở','establishments_inspected'),
             ('Đợt tháng 9/2026 (xăng dầu)',1,'cuộc','inspections'),('Đợt tháng 9/2026 (xăng dầu)',4,'cơ sở','establishments_inspected'),
             ('Cơ sở vi phạm (cân sai số)',2,'cơ sở','violations'),('Tiền phạt đã nộp KB',3500000,'đồng','fines_vnd')]),
  dict(task='II.3.a', status='completed', text='Cử công chức dự lớp tập huấn nghiệp vụ TĐC cho cán bộ phường, xã do Chi cục mở',
       rows=[('Lớp tập huấn tháng 6 (Chi cục)',1,'lớp','training_courses'),('Công chức phường tham dự',3,'người','participants')]),
  dict(task='II.1.a', status='in_progress', text='Tuyên truyền văn bản pháp luật TĐC trên loa khu phố, trang Zalo phường',
       rows=[('Tin, bài phát trên loa và Zalo',14,'tin','communications')]),
  dict(task='II.5.a', status='not_applicable', text='Kiểm tra chất lượng hàng hóa lưu thông (phần phường phối hợp)', rows=[]),
 ],
 diff=['Phường chỉ có 01 công chức kiêm nhiệm theo dõi lĩnh vực TĐC, không có cân đối chứng để kiểm tra tại chợ.'],
 prop=['Đề nghị Chi cục cấp cho phường 01 bộ quả cân chuẩn để đặt tại chợ Long Nguyên.', 'Đề nghị Sở mở thêm lớp tập huấn vào Quý I/2027 cho công chức mới nhận nhiệm vụ.'])
rep(hand='H1', file='UBND-PhuAn_BC-CT38-thang11.docx', uid='25768', uname='Phường Phú An', num='412/BC-UBND', date=(20,11),
 entries=[
  dict(task='II.1.a', status='completed', text='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
       rows=[('Hội nghị phổ biến cho hộ kinh doanh (tháng 5)',1,'hội nghị','training_courses'),('Hộ kinh doanh dự',65,'lượt người','participants'),('Tờ rơi, tin bài đăng cổng TTĐT phường',8,'tin bài','communications')]),
  dict(task='II.5.c', status='in_progress', text='Kiểm tra cân tại chợ, cửa hàng vàng bạc, xăng dầu theo phân cấp',
       rows=[('Quý II',2,'cuộc','inspections'),('Quý II',11,'cơ sở','establishments_inspected'),('Tháng 10 – 11',1,'cuộc','inspections'),('Tháng 10 – 11',7,'cơ sở','establishments_inspected'),('Lập biên bản nhắc nhở, vi phạm',3,'trường hợp','violations')]),
  dict(task='II.3.a', status='completed', text='Cử cán bộ dự tập huấn chuyên môn về đo lường, chất lượng',
       rows=[('Cán bộ phường được cử đi',2,'người','participants')]),
 ],
 diff=['Hộ kinh doanh nhỏ tại chợ tạm thay đổi liên tục nên khó quản lý, theo dõi.','Chưa có kinh phí riêng cho hoạt động kiểm tra của phường.'],
 prop=['Kiến nghị Chi cục TĐC hướng dẫn mẫu biên bản kiểm tra thống nhất cho cấp phường.'])
rep(hand='H1', file='27028_PhuThanh_baocao_TDC_2026.docx', uid='27028', uname='Phường Phú Thạnh', num='155/BC-UBND', date=(25,11),
 entries=[
  dict(task='II.5.c', status='completed', text='Phối hợp Phòng Kiểm tra – Pháp chế kiểm tra cửa hàng kinh doanh mũ bảo hiểm, đồ chơi trẻ em',
       rows=[('Đợt trước Tết Nguyên đán',1,'cuộc','inspections'),('Đợt trước Tết Nguyên đán',5,'cơ sở','establishments_inspected'),('Đợt Tết Trung thu',1,'cuộc','inspections'),('Đợt Tết Trung thu',6,'cơ sở','establishments_inspected'),('Đợt tháng 11',1,'cuộc','inspections'),('Đợt tháng 11',4,'cơ sở','establishments_inspected'),('Số tiền phạt',6000000,'đồng','fines_vnd')]),
  dict(task='II.1.a', status='in_progress', text='Phổ biến quy định ghi nhãn hàng hóa qua tổ dân phố',
       rows=[('Bài viết, tin tuyên truyền',6,'bài','communications')]),
  dict(task='II.3.a', status='not_started', text='Tập huấn cho tổ kiểm tra liên ngành của phường', rows=[]),
  dict(task='II.2.đ', status='completed', text='Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường', rows=[]),
 ],
 diff=['Thành viên tổ kiểm tra liên ngành của phường thay đổi sau sắp xếp, chưa được tập huấn.'],
 prop=['Đề nghị Chi cục bố trí lớp tập huấn tại chỗ cho tổ kiểm tra liên ngành phường trong tháng 12/2026.'])
rep(hand='H1', file='BinhGia_BC_thang11.docx', uid='26590', uname='Xã Bình Giã', num='198/BC-UBND', date=(16,11), mistaken='giảm nghèo',
 entries=[], diff=[], prop=[])
# ---------------- H2: XLSX with two-row merged header, A/B group bands, Cộng rows, money in triệu
rep(hand='H2', file='TanHiep_bieu_KQ_11T.xlsx', uid='25920', uname='Phường Tân Hiệp', num='96/BC-UBND', date=(19,11),
 entries=[
  dict(task='II.5.c', status='completed', text='Kiểm tra phương tiện đo tại chợ Tân Hiệp, cửa hàng xăng dầu',
       ind={'inspections':3,'establishments_inspected':21,'violations':2,'fines_vnd':4500000}, grp='A'),
  dict(task='II.1.a', status='completed', text='Tuyên truyền qua loa, Zalo khu phố', ind={'communications':12}, grp='A'),
  dict(task='II.3.a', status='completed', text='Dự tập huấn nghiệp vụ do Chi cục tổ chức', ind={'training_courses':1,'participants':2}, grp='B'),
  dict(task='II.5.a', status='in_progress', text='Phối hợp đoàn Chi cục kiểm tra hàng đóng gói sẵn', ind={'inspections':1,'establishments_inspected':6}, grp='B'),
  dict(task='II.2.đ', status='not_applicable', text='ISO hành chính (đã báo cáo riêng Sở Nội vụ)', ind={}, grp='A'),
 ],
 diff=['Thiếu cân đối chứng tại chợ; phần mềm theo dõi hộ kinh doanh chưa kết nối.'],
 prop=['Đề nghị Chi cục trang bị cân đối chứng cho chợ Tân Hiệp.'])
rep(hand='H2', file='PhuGiao-bieu-TDC-2026.xlsx', uid='25858', uname='Xã Phú Giáo', num='142/BC-UBND', date=(21,11),
 entries=[
  dict(task='II.5.c', status='in_progress', text='Kiểm tra cân tại chợ Phước Vĩnh, cơ sở kinh doanh gas', ind={'inspections':2,'establishments_inspected':15,'violations':1,'fines_vnd':2000000}, grp='A'),
  dict(task='II.1.a', status='completed', text='Hội nghị phổ biến pháp luật TĐC cho hộ kinh doanh', ind={'training_courses':1,'participants':48,'communications':5}, grp='A'),
  dict(task='II.3.a', status='not_started', text='Cử công chức đi tập huấn chuyên sâu', ind={}, grp='B'),
 ],
 diff=['Địa bàn xã rộng, cơ sở kinh doanh phân tán.','Công chức phụ trách kiêm nhiệm nhiều lĩnh vực.'],
 prop=['Đề nghị Chi cục hỗ trợ xã 01 đợt kiểm tra liên ngành tại các cửa hàng xăng dầu dọc ĐT741.'])
rep(hand='H2', file='SXD_bieu_ketqua_CT38_11thang.xlsx', uid='SO-XD', uname='Sở Xây dựng', num='6120/SXD-KTXD', date=(24,11),
 entries=[
  dict(task='II.2.e', status='completed', text='Góp ý dự thảo QCVN, TCVN lĩnh vực vật liệu xây dựng', ind={'standards_reviewed':7}, grp='A'),
  dict(task='II.5.a', status='in_progress', text='Kiểm tra chất lượng vật liệu xây dựng lưu thông', ind={'inspections':4,'establishments_inspected':26,'violations':3,'fines_vnd':37500000,'samples_tested':18}, grp='A'),
  dict(task='II.3.a', status='completed', text='Cử công chức dự hội nghị, tập huấn TĐC', ind={'training_courses':2,'participants':5}, grp='B'),
  dict(task='II.2.đ', status='completed', text='Duy trì ISO 9001:2015 tại Sở', ind={}, grp='B'),
 ],
 diff=['Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán năm 2026 không đủ.'],
 prop=['Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách phòng thử nghiệm được chỉ định lĩnh vực vật liệu xây dựng.'])
# ---------------- H3: department formal report, body paragraphs + annex table with 'Trong đó' header
rep(hand='H3', file='SCT_BC_KH38_nam2026.docx', uid='SO-CT', uname='Sở Công Thương', num='8841/BC-SCT', date=(17,11),
 entries=[
  dict(task='II.5.a', status='in_progress', text='Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng và hàng hóa lưu thông trên thị trường',
       ind={'inspections':12,'establishments_inspected':134,'violations':17,'fines_vnd':286500000}, sec='Lĩnh vực quản lý thị trường và kinh doanh xăng dầu'),
  dict(task='II.5.b', status='completed', text='Lấy mẫu khảo sát chất lượng xăng dầu tại cửa hàng bán lẻ', ind={'samples_tested':60}, sec='Lĩnh vực quản lý thị trường và kinh doanh xăng dầu'),
  dict(task='II.2.e', status='completed', text='Góp ý dự thảo quy chuẩn kỹ thuật về an toàn điện, hóa chất', ind={'standards_reviewed':4}, sec='Lĩnh vực kỹ thuật an toàn'),
  dict(task='II.1.a', status='completed', text='Tập huấn cho doanh nghiệp về ghi nhãn hàng hóa xuất nhập khẩu', ind={'training_courses':2,'participants':230}, sec='Lĩnh vực xuất nhập khẩu'),
 ],
 diff=['Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với số cơ sở kinh doanh xăng dầu trên địa bàn.', 'Chi phí lấy mẫu, thử nghiệm chưa được bố trí đủ.'],
 prop=['Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng cơ chế chia sẻ kết quả thử nghiệm mẫu giữa các sở, ngành.'])
rep(hand='H3', file='SYT-BC-CT38-2026.docx', uid='SO-YT', uname='Sở Y tế', num='10235/BC-SYT', date=(26,11),
 entries=[
  dict(task='II.2.e', status='completed', text='Góp ý các dự thảo TCVN, QCVN về trang thiết bị y tế', ind={'standards_reviewed':9}, sec='Công tác quản lý trang thiết bị y tế'),
  dict(task='II.5.a', status='in_progress', text='Kiểm tra trang thiết bị y tế, phương tiện đo nhóm 2 tại cơ sở khám chữa bệnh', ind={'inspections':6,'establishments_inspected':48,'violations':5,'fines_vnd':72000000}, sec='Công tác quản lý trang thiết bị y tế'),
  dict(task='II.2.đ', status='completed', text='Áp dụng, duy trì hệ thống quản lý chất lượng tại Sở và các đơn vị trực thuộc', ind={}, sec='Công tác cải cách hành chính'),
  dict(task='II.3.a', status='not_started', text='Cử cán bộ tham dự khóa đào tạo chuyên sâu ở nước ngoài', ind={}, sec='Công tác cải cách hành chính'),
 ],
 diff=['Nhiều cơ sở khám chữa bệnh tư nhân chưa thực hiện kiểm định định kỳ phương tiện đo huyết áp, nhiệt kế.'],
 prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức đoàn liên ngành kiểm tra phương tiện đo trong y tế năm 2027.'])
rep(hand='H3', file='SNNMT_BC_11thang_2026.docx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', num='7712/BC-SNNMT', date=(23,11), mistaken='phòng chống thiên tai',
 entries=[], diff=[], prop=[])
# ---------------- H4: internal units XLSX 'Bieu KQ' with KH nam / TH 11 thang, merged task cells, group subtotal rows
rep(hand='H4', file='ChiCucTDC_Bieu_KQ_CT38_11T2026.xlsx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng', num='1523/BC-TĐC', date=(27,11),
 entries=[
  dict(task='II.1.a', status='completed', text='Lớp tập huấn VBQPPL và tọa đàm doanh nghiệp nhập khẩu', ind={'training_courses':5,'participants':612}, plan={'training_courses':4,'participants':500}, g=1),
  dict(task='II.1.b', status='completed', text='Vận động doanh nghiệp tham dự Giải thưởng CLQG', ind={'enterprises_supported':14}, plan={'enterprises_supported':10}, g=1),
  dict(task='II.2.a', status='in_progress', text='Hỗ trợ doanh nghiệp theo Chương trình 1322, Đề án 996, Đề án 100', ind={'enterprises_supported':37,'budget_spent_vnd':148200000}, plan={'enterprises_supported':45,'budget_spent_vnd':210000000}, g=2),
  dict(task='II.2.d', status='in_progress', text='Hướng dẫn công bố hợp chuẩn, hợp quy', ind={'enterprises_supported':256}, plan={}, g=2),
  dict(task='II.2.e', status='in_progress', text='Góp ý TCVN, QCVN; xây dựng QCĐP', ind={'standards_reviewed':23}, plan={'standards_reviewed':30}, g=2),
  dict(task='II.3.a', status='completed', text='Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã', ind={'training_courses':3,'participants':418}, plan={'training_courses':3,'participants':400}, g=3),
  dict(task='II.5.a', status='in_progress', text='Kiểm tra TĐC hàng hóa lưu thông, nhập khẩu', ind={'inspections':19,'establishments_inspected':157,'violations':22,'fines_vnd':318750000}, plan={'inspections':20}, g=5),
  dict(task='II.5.b', status='completed', text='Khảo sát chất lượng sản phẩm, hàng hóa', ind={'samples_tested':145}, plan={'samples_tested':150}, g=5),
  dict(task='II.6.b', status='not_applicable', text='Phối hợp APO (chưa có yêu cầu)', ind={}, plan={}, g=6),
 ],
 diff=['Kinh phí lấy mẫu khảo sát chất lượng năm 2026 được giao thấp hơn nhu cầu.','Một số phường, xã mới sắp xếp chưa phân công công chức theo dõi lĩnh vực TĐC.'],
 prop=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng cho năm 2027.','Đề nghị UBND các phường, xã, đặc khu cử đầu mối theo dõi công tác TĐC.'])
rep(hand='H4', file='TTPTTN_bieu_CT38_thang11.xlsx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', num='905/BC-TTPTTN', date=(15,11),
 entries=[
  dict(task='II.4.a', status='in_progress', text='Đầu tư trang thiết bị thử nghiệm, hiệu chuẩn', ind={'budget_spent_vnd':2845000000}, plan={'budget_spent_vnd':3500000000}, g=4),
  dict(task='II.4.c', status='completed', text='Duy trì liên kết chuẩn đo lường', ind={'instruments_verified':42}, plan={'instruments_verified':40}, g=4),
  dict(task='II.2.g', status='in_progress', text='Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', ind={'instruments_verified':18430,'samples_tested':5210}, plan={'instruments_verified':20000,'samples_tested':5000}, g=2),
  dict(task='II.3.d', status='not_started', text='Đào tạo cho sinh viên trường đại học, cao đẳng', ind={}, plan={'training_courses':2}, g=3),
 ],
 diff=['Thủ tục mua sắm thiết bị chuyên dụng kéo dài, dự kiến chưa giải ngân hết trong năm.'],
 prop=['Đề nghị Sở cho phép chuyển nguồn phần kinh phí đầu tư chưa giải ngân sang năm 2027.'])
rep(hand='H4', file='P.KTPC_tonghop_CT38_2026.xlsx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', num='214/BC-KTPC', date=(20,11),
 entries=[
  dict(task='II.5.a', status='completed', text='Phối hợp Chi cục kiểm tra chất lượng hàng hóa', ind={'inspections':6,'establishments_inspected':41,'violations':9,'fines_vnd':96000000}, plan={'inspections':6}, g=5),
  dict(task='II.5.d', status='in_progress', text='Xử lý đơn thư, tố giác vi phạm về TĐC', ind={}, plan={}, g=5),
  dict(task='II.2.c', status='completed', text='Góp ý dự thảo Luật, Nghị định về TĐC', ind={}, plan={}, g=2, extra=[('Dự thảo luật, nghị định đã góp ý', 'dự thảo', 3)]),
  dict(task='II.4.b', status='not_applicable', text='Kiểm định phương tiện kỹ thuật nghiệp vụ (phòng không quản lý)', ind={}, plan={}, g=4),
 ],
 diff=['Số vụ việc chuyển từ phường, xã tăng nhưng hồ sơ chưa đầy đủ chứng cứ.'],
 prop=['Đề nghị Chi cục tập huấn kỹ năng lập biên bản vi phạm hành chính cho công chức phường, xã.'])
# ---------------- H5: 'Việc | Đã làm | Số liệu | Đánh giá' table with a Tổng row and abbreviations in notes
rep(hand='H5', file='PhongQLKH_BC_CT38_T11.docx', uid='SKHCN-QLKH', uname='Phòng Quản lý Khoa học', num='87/BC-QLKH', date=(22,11),
 entries=[
  dict(task='II.3.c', status='in_progress', text='Thu hút chuyên gia lĩnh vực TĐC theo NQ 27/2023 và QĐ 05/2026', ind={}, rows=[]),
  dict(task='II.3.b', status='completed', text='Phối hợp Chi cục tổ chức khóa bồi dưỡng chuyên sâu về năng suất', ind={'training_courses':2,'participants':96}, rows=[('Khóa tháng 6',1,'khóa','training_courses'),('Khóa tháng 6',51,'học viên','participants'),('Khóa tháng 8',1,'khóa','training_courses'),('Khóa tháng 8',45,'học viên','participants')]),
  dict(task='II.2.a', status='completed', text='Thẩm định nhiệm vụ KH&CN về năng suất chất lượng', ind={'enterprises_supported':6,'budget_spent_vnd':1250000000}, rows=[('Doanh nghiệp có nhiệm vụ được hỗ trợ',6,'DN','enterprises_supported'),('Kinh phí đã cấp',1250000000,'đồng','budget_spent_vnd')]),
 ],
 diff=['Chưa có hồ sơ chuyên gia TĐC đăng ký theo Quyết định 05/2026/QĐ-UBND.'],
 prop=['Đề nghị Chi cục giới thiệu chuyên gia đủ điều kiện để Phòng tham mưu hồ sơ thu hút.'])
rep(hand='H5', file='PhongCDS_baocao_KH38.docx', uid='SKHCN-CDS', uname='Phòng Chuyển đổi số', num='52/BC-CĐS', date=(24,11),
 entries=[
  dict(task='II.2.h', status='completed', text='Kết nối Hệ thống TTHC của Bộ với Cổng một cửa quốc gia', ind={}, rows=[]),
  dict(task='II.2.i', status='in_progress', text='Kết nối cơ sở dữ liệu quốc gia về TĐC', ind={'training_courses':1,'participants':34}, rows=[('Buổi hướng dẫn khai thác CSDL',1,'buổi','training_courses'),('Công chức tham dự',34,'người','participants')]),
  dict(task='II.1.a', status='completed', text='Đăng tin trên Cổng thông tin điện tử của Sở', ind={'communications':27}, rows=[('Quý I – II',15,'tin bài','communications'),('Quý III – tháng 11',12,'tin bài','communications')]),
 ],
 diff=['Dữ liệu chất lượng hàng hóa của các sở, ngành chưa chuẩn hóa nên khó đồng bộ.'],
 prop=['Đề nghị Bộ Khoa học và Công nghệ ban hành danh mục dữ liệu dùng chung về TĐC.'])
rep(hand='H5', file='SoGDDT_ketqua_CT38.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', num='4410/SGDĐT-KHTC', date=(30,11),
 entries=[
  dict(task='II.3.d', status='completed', text='Phổ biến kiến thức tiêu chuẩn, mã số mã vạch cho học sinh, sinh viên các trường trung cấp', ind={'training_courses':4,'participants':1350}, rows=[('Buổi ngoại khóa tại 04 trường',4,'buổi','training_courses'),('Lượt học sinh, sinh viên',1350,'lượt','participants')]),
  dict(task='II.2.đ', status='completed', text='Duy trì ISO 9001 tại cơ quan Sở', ind={}, rows=[]),
  dict(task='II.1.a', status='in_progress', text='Đăng tài liệu tuyên truyền trên trang điện tử của các trường', ind={'communications':18}, rows=[('Tài liệu, bài viết',18,'bài','communications')]),
 ],
 diff=['Nội dung TĐC chưa có trong chương trình chính khóa nên chỉ lồng ghép ngoại khóa.'],
 prop=['Đề nghị Chi cục cung cấp bộ tài liệu tuyên truyền dùng cho học sinh, sinh viên.'])

# ---- normalise indicators
for r in R:
    for e in r['entries']:
        if 'rows' in e and 'ind' not in e:
            d = {}
            for (_, v, _, k) in e['rows']: d[k] = d.get(k, 0) + v
            e['ind'] = d
        elif 'rows' in e and e['rows']:
            d = {}
            for (_, v, _, k) in e['rows']: d[k] = d.get(k, 0) + v
            assert d == e['ind'], (r['file'], e['task'])

def dot(n): return f"{n:,}".replace(',', '.')
def z2(n): return f"{n:02d}" if n < 100 else dot(n)
def trieu(n):
    s = f"{n/1e6:.3f}".rstrip('0').rstrip('.'); return s.replace('.', ',')

def font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)
def header(doc, parent, unit, num, d, place='Thành phố Hồ Chí Minh'):
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.text = f"{parent}\n{unit.upper()}\n\nSố: {num}"
    b.text = f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{place}, ngày {d[0]} tháng {d[1]} năm 2026"
    for c in (a, b):
        for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
def para(doc, text, bold=False, italic=False, center=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

MIST = {
 'giảm nghèo': ('KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 11 THÁNG NĂM 2026',
   ['Rà soát hộ nghèo, hộ cận nghèo: toàn xã còn 23 hộ nghèo, 41 hộ cận nghèo theo chuẩn nghèo đa chiều của Thành phố.',
    'Giải ngân vốn vay Ngân hàng Chính sách xã hội cho 37 hộ, tổng dư nợ 1,85 tỷ đồng.',
    'Hỗ trợ xây mới 02 căn nhà tình thương; tặng 310 phần quà cho hộ khó khăn dịp Tết.'],
   'Ban Chỉ đạo giảm nghèo xã'),
 'phòng chống thiên tai': ('CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 11 THÁNG NĂM 2026',
   ['Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn Thành phố sau sắp xếp.',
    'Tổ chức 03 cuộc diễn tập ứng phó triều cường, sạt lở bờ sông tại các xã ven biển.',
    'Kiểm tra 14 công trình đê bao, cống ngăn triều trước mùa mưa bão.'],
   'Văn phòng thường trực Ban Chỉ huy'),
}

# ---------------- H1 renderer
def h1(r):
    doc = Document(); font(doc)
    header(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN ' + r['uname'].upper(), r['num'], r['date'])
    if r.get('mistaken'):
        title, lines, who = MIST[r['mistaken']]
        para(doc, 'BÁO CÁO', True, center=True); para(doc, title, True, center=True)
        para(doc, f"Thực hiện chỉ đạo của cấp trên, UBND {r['uname']} báo cáo như sau:")
        for l in lines: para(doc, '- ' + l)
        para(doc, f"Trên đây là báo cáo của UBND {r['uname']} ({who})./.")
        return doc
    para(doc, 'BÁO CÁO', True, center=True)
    para(doc, 'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng 11 tháng năm 2026\n(theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)', True, center=True)
    para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {r['uname']} báo cáo kết quả 11 tháng năm 2026 theo bảng dưới đây:")
    t = doc.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['TT', 'Nội dung công việc', 'Kết quả (diễn giải)', 'Số lượng', 'ĐVT', 'Tự nhận xét']):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for i, e in enumerate(r['entries'], 1):
        rows = list(e['rows'])
        lines = []
        if not rows: lines = [('(không có số liệu)', None, '', None)]
        else:
            lines = rows[:]
            seen = {}
            for x in rows: seen[x[3]] = seen.get(x[3], 0) + 1
            tot = [(k, e['ind'][k]) for k in seen if seen[k] > 1]
            for k, v in tot:
                dv = [x[2] for x in rows if x[3] == k][0]
                lines.append(('Cộng', v, dv, '*'))
        start = len(t.rows)
        for (lab, v, dv, k) in lines:
            c = t.add_row().cells
            c[2].text = lab
            if v is not None:
                c[3].text = (dot(v) if k == 'fines_vnd' else z2(v))
            c[4].text = dv
            if k == '*':
                for cc in (c[2], c[3], c[4]):
                    for rr in cc.paragraphs[0].runs: rr.italic = True; rr.bold = True
        end = len(t.rows) - 1
        for col, txt in ((0, str(i)), (1, e['text']), (5, S1[e['status']])):
            m = t.cell(start, col).merge(t.cell(end, col)) if end > start else t.cell(start, col)
            m.text = txt
    para(doc, '')
    para(doc, '* Khó khăn, vướng mắc:', True)
    for d in r['diff']: para(doc, '- ' + d)
    para(doc, '* Kiến nghị, đề xuất:', True)
    for d in r['prop']: para(doc, '- ' + d)
    para(doc, 'Ghi chú: dòng "Cộng" là số cộng các đợt của cùng một nội dung.', italic=True)
    para(doc, f"Trên đây là báo cáo của UBND {r['uname']}./.")
    para(doc, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Tư' if r['uid'] != '25768' else 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLê Thị Mỹ', True, center=True)
    para(doc, 'Người lập biểu: Phan Thị Ngọc Hân – công chức Kinh tế', italic=True)
    return doc

# ---------------- H3 renderer
S3 = {'completed': 'Nhiệm vụ này đã thực hiện hoàn thành.', 'in_progress': 'Nhiệm vụ này đang tiếp tục triển khai đến cuối năm.', 'not_started': 'Nội dung này chưa triển khai trong năm 2026.', 'not_applicable': 'Không phát sinh.'}
LAB = {'training_courses': ('Số lớp, hội nghị', 'lớp'), 'participants': ('Số lượt người tham dự', 'lượt'), 'communications': ('Tin, bài tuyên truyền', 'tin bài'),
       'enterprises_supported': ('Doanh nghiệp được hỗ trợ', 'DN'), 'inspections': ('Số cuộc kiểm tra', 'cuộc'), 'establishments_inspected': ('Số cơ sở được kiểm tra', 'cơ sở'),
       'violations': ('Trong đó: cơ sở vi phạm', 'cơ sở'), 'fines_vnd': ('Tiền phạt VPHC', 'triệu đồng'), 'samples_tested': ('Số mẫu lấy, thử nghiệm', 'mẫu'),
       'instruments_verified': ('Phương tiện đo kiểm định, hiệu chuẩn', 'PT'), 'standards_reviewed': ('TCVN, QCVN góp ý, xây dựng', 'văn bản'), 'budget_spent_vnd': ('Kinh phí đã giải ngân', 'đồng')}
def h3(r):
    doc = Document(); font(doc, size=14)
    header(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', r['uname'].upper(), r['num'], r['date'])
    if r.get('mistaken'):
        title, lines, who = MIST[r['mistaken']]
        para(doc, 'BÁO CÁO', True, center=True); para(doc, title, True, center=True)
        for i, l in enumerate(lines, 1): para(doc, f"{i}. {l}")
        para(doc, f"{r['uname']} ({who}) kính báo cáo Ủy ban nhân dân Thành phố./.")
        return doc
    para(doc, 'BÁO CÁO', True, center=True)
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 15/11/2026)', True, center=True)
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ.', center=True)
    para(doc, 'I. TÌNH HÌNH TRIỂN KHAI', True)
    para(doc, f"{r['uname']} đã quán triệt, giao các phòng chuyên môn triển khai các nội dung được phân công theo chức năng, nhiệm vụ. Kết quả cụ thể theo từng lĩnh vực như sau:")
    para(doc, 'II. KẾT QUẢ THỰC HIỆN', True)
    secs = []
    for e in r['entries']:
        if e['sec'] not in secs: secs.append(e['sec'])
    rown = 0; annex = []
    for si, s in enumerate(secs, 1):
        para(doc, f"{si}. {s}", True)
        for e in [x for x in r['entries'] if x['sec'] == s]:
            ref = ''
            if e['ind']:
                first = rown + 1; rown += len(e['ind']); annex.append((e, s))
                ref = f" Số liệu chi tiết tại Phụ lục kèm theo (dòng {first}" + (f"–{rown})." if rown > first else ").")
            para(doc, f"- {e['text']}.{ref} Kết quả: {S3[e['status']]}")
    para(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC', True)
    for d in r['diff']: para(doc, '- ' + d)
    para(doc, 'IV. ĐỀ XUẤT, KIẾN NGHỊ', True)
    for d in r['prop']: para(doc, '- ' + d)
    para(doc, 'Nơi nhận:\n- Như trên;\n- Lưu: VT, P.QLCN.', italic=True)
    para(doc, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n' + {'SO-CT': 'Bùi Thanh Nhân', 'SO-YT': 'Hồ Văn Sơn'}.get(r['uid'], 'Lê Minh Đức'), True, center=True)
    para(doc, 'Chuyên viên soạn: Trịnh Văn Khải', italic=True)
    doc.add_page_break()
    para(doc, 'PHỤ LỤC\nSỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', True, center=True)
    para(doc, f"(Kèm theo Báo cáo số {r['num']} của {r['uname']})", italic=True, center=True)
    t = doc.add_table(rows=2, cols=5); t.style = 'Table Grid'
    h = t.rows[0].cells
    h[0].text = 'Dòng'; h[1].text = 'Chỉ tiêu'; h[2].text = 'Kết quả 11 tháng'; h[4].text = 'Ghi chú'
    h[2].merge(h[3])
    s2 = t.rows[1].cells; s2[2].text = 'Số lượng'; s2[3].text = 'ĐVT'
    for col in (0, 1, 4): t.cell(0, col).merge(t.cell(1, col))
    t.cell(0, 0).text = 'Dòng'; t.cell(0, 1).text = 'Chỉ tiêu'; t.cell(0, 4).text = 'Ghi chú'
    n = 0; cur = None
    for e, s in annex:
        if s != cur:
            g = t.add_row().cells; m = g[0].merge(g[4]); m.text = s.upper(); cur = s
        g = t.add_row().cells; m = g[0].merge(g[4]); m.text = e['text']
        for k, v in e['ind'].items():
            n += 1; c = t.add_row().cells; lab, dv = LAB[k]
            c[0].text = str(n); c[1].text = lab
            c[2].text = trieu(v) if k == 'fines_vnd' else dot(v); c[3].text = dv
            if k == 'violations': c[4].text = '(*)'
    para(doc, '(*) Số cơ sở vi phạm nằm trong tổng số cơ sở được kiểm tra, không cộng dồn.', italic=True)
    return doc

# ---------------- H5 renderer
S5 = {'completed': 'Xong', 'in_progress': 'Tiếp tục', 'not_started': 'Chưa', 'not_applicable': 'Không PS'}
def h5(r):
    doc = Document(); font(doc, 'Arial', 12)
    parent = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH' if r['uid'].startswith('SO') else 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH'
    header(doc, parent, r['uname'].upper(), r['num'], r['date'], 'TP. Hồ Chí Minh')
    para(doc, 'BÁO CÁO', True, center=True)
    para(doc, 'V/v kết quả thực hiện Kế hoạch CT38 năm 2026 (11 tháng)', italic=True, center=True)
    para(doc, f"{r['uname']} báo cáo tóm tắt các việc đã làm theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 như bảng sau (ĐG: đánh giá; PS: phát sinh):")
    t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['#', 'Việc', 'Đã làm', 'Số liệu', 'ĐG']): c.text = h
    for i, e in enumerate(r['entries'], 1):
        c = t.add_row().cells
        c[0].text = f"{i}"; c[1].text = e['text'].split(' theo ')[0]; c[4].text = S5[e['status']]
        c[2].text = e['text']
        ls = []
        for (lab, v, dv, k) in e['rows']:
            ls.append(f"{lab}: {dot(v) if v >= 1000 else z2(v)} {dv}")
        rows = e['rows']
        cnt = {}
        for x in rows: cnt[x[3]] = cnt.get(x[3], 0) + 1
        for k in cnt:
            if cnt[k] > 1:
                dv = [x[2] for x in rows if x[3] == k][0]
                ls.append(f"Tổng: {z2(e['ind'][k])} {dv}")
        c[3].text = '\n'.join(ls) if ls else '–'
    para(doc, 'Viết tắt trong bảng: Không PS = không phát sinh; DN = doanh nghiệp.', italic=True)
    para(doc, 'Vướng mắc:', True)
    for i, d in enumerate(r['diff'], 1): para(doc, f"({i}) {d}")
    para(doc, 'Đề nghị:', True)
    for i, d in enumerate(r['prop'], 1): para(doc, f"({i}) {d}")
    para(doc, 'TRƯỞNG PHÒNG' if not r['uid'].startswith('SO') else 'GIÁM ĐỐC', True, center=True)
    para(doc, 'Người tổng hợp: Nguyễn Hoàng Phúc', italic=True)
    return doc

thin = Side(style='thin'); BD = Border(left=thin, right=thin, top=thin, bottom=thin)
S2 = {'completed': 'Hoàn tất', 'in_progress': 'Dang dở, làm tiếp', 'not_started': 'Chưa bắt đầu', 'not_applicable': 'Không có việc'}
COLS2 = ['inspections', 'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'standards_reviewed', 'training_courses', 'participants', 'communications']
HD2 = ['Cuộc KT', 'Cơ sở', 'Vi phạm', 'Phạt (tr.đ)', 'Mẫu', 'TC/QC góp ý', 'Lớp/HN', 'Lượt người', 'Tin bài']
def h2(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '11T-2026'
    ws['A1'] = r['uname'].upper(); ws['A2'] = f"Số: {r['num']}"
    ws['H1'] = f"Ngày {r['date'][0]:02d}/{r['date'][1]:02d}/2026"
    ws.merge_cells('A3:M3'); ws['A3'] = 'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 – 11 THÁNG NĂM 2026'; ws['A3'].font = Font(bold=True); ws['A3'].alignment = Alignment(horizontal='center')
    ws['A5'] = 'TT'; ws['B5'] = 'Nội dung'; ws['C5'] = 'Số liệu thực hiện (từ 01/01 đến 15/11/2026)'; ws['L5'] = 'Tình hình'; ws['M5'] = 'Ghi chú'
    ws.merge_cells('C5:K5')
    for c in 'ABLM': ws.merge_cells(f'{c}5:{c}6')
    for i, h in enumerate(HD2): ws.cell(6, 3 + i, h)
    row = 7
    groups = [('A', 'A. PHẦN VIỆC ĐƠN VỊ TỰ LÀM'), ('B', 'B. PHẦN VIỆC PHỐI HỢP VỚI CHI CỤC, SỞ')]
    notes = []
    for g, gt in groups:
        ws.merge_cells(f'A{row}:M{row}'); ws.cell(row, 1, gt).font = Font(bold=True); row += 1
        first = row; n = 0
        for e in [x for x in r['entries'] if x['grp'] == g]:
            n += 1
            ws.cell(row, 1, n); ws.cell(row, 2, e['text']); ws.cell(row, 12, S2[e['status']])
            for i, k in enumerate(COLS2):
                if k in e['ind']:
                    v = e['ind'][k]; ws.cell(row, 3 + i, v / 1e6 if k == 'fines_vnd' else v)
            if 'fines_vnd' in e['ind']:
                notes.append(f"({len(notes)+1}) Tiền phạt ghi theo triệu đồng, đã nộp Kho bạc."); ws.cell(row, 13, f"xem ({len(notes)})")
            row += 1
        ws.cell(row, 2, f"Cộng {g}").font = Font(bold=True, italic=True)
        for i in range(len(COLS2)):
            col = openpyxl.utils.get_column_letter(3 + i)
            ws.cell(row, 3 + i, f"=SUM({col}{first}:{col}{row-1})")
        row += 1
    for rr in ws.iter_rows(min_row=5, max_row=row - 1, max_col=13):
        for c in rr: c.border = BD
    row += 1
    ws.cell(row, 1, 'Ghi chú:').font = Font(italic=True); row += 1
    for nt in notes: ws.cell(row, 1, nt); row += 1
    ws.cell(row, 1, 'Khó khăn:').font = Font(bold=True); row += 1
    for d in r['diff']: ws.merge_cells(f'A{row}:M{row}'); ws.cell(row, 1, '- ' + d); row += 1
    ws.cell(row, 1, 'Đề xuất:').font = Font(bold=True); row += 1
    for d in r['prop']: ws.merge_cells(f'A{row}:M{row}'); ws.cell(row, 1, '- ' + d); row += 1
    ws.cell(row + 1, 9, 'Người lập: Lâm Quốc Bảo')
    ws.column_dimensions['B'].width = 48; ws.column_dimensions['L'].width = 18
    return wb

S4 = {'completed': 'Đã xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm', 'not_applicable': 'Không phát sinh'}
U4 = {'training_courses': ('Lớp/hội nghị', 'lớp'), 'participants': ('Lượt người tham dự', 'lượt người'), 'enterprises_supported': ('DN được hỗ trợ, hướng dẫn', 'DN'),
      'standards_reviewed': ('TCVN/QCVN/QCĐP', 'văn bản'), 'inspections': ('Cuộc kiểm tra', 'cuộc'), 'establishments_inspected': ('Cơ sở được kiểm tra', 'cơ sở'),
      'violations': ('Cơ sở vi phạm', 'cơ sở'), 'fines_vnd': ('Tiền phạt', 'đồng'), 'samples_tested': ('Mẫu khảo sát, thử nghiệm', 'mẫu'),
      'budget_spent_vnd': ('Kinh phí đã giải ngân', 'đồng'), 'instruments_verified': ('Phương tiện đo KĐ/HC', 'phương tiện'), 'communications': ('Tin bài', 'tin')}
GN = {1: 'Nhóm 1 – Tuyên truyền', 2: 'Nhóm 2 – Quản lý nhà nước', 3: 'Nhóm 3 – Nguồn nhân lực', 4: 'Nhóm 4 – Đầu tư', 5: 'Nhóm 5 – Kiểm tra, giám sát', 6: 'Nhóm 6 – Hợp tác'}
def h4(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bieu KQ'
    ws.merge_cells('A1:D1'); ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws.merge_cells('A2:D2'); ws['A2'] = r['uname'].upper()
    ws.merge_cells('E1:I1'); ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('E2:I2'); ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = f"Số: {r['num']}"; ws.merge_cells('E3:I3'); ws['E3'] = f"TP. Hồ Chí Minh, ngày {r['date'][0]} tháng {r['date'][1]} năm 2026"
    ws.merge_cells('A5:I5'); ws['A5'] = 'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font = Font(bold=True)
    hd = ['STT', 'Hoạt động', 'Chỉ tiêu', 'ĐVT', 'KH năm 2026', 'TH 11 tháng', 'Tỷ lệ (%)', 'Trạng thái', 'Ghi chú']
    for i, h in enumerate(hd, 1): ws.cell(7, i, h).font = Font(bold=True)
    row = 8; gs = sorted(set(e['g'] for e in r['entries'])); k = 0
    for g in gs:
        ws.merge_cells(f'A{row}:I{row}'); ws.cell(row, 1, GN[g]).font = Font(bold=True); row += 1
        grow0 = row
        for e in [x for x in r['entries'] if x['g'] == g]:
            k += 1; start = row
            items = list(e['ind'].items()) + [('X', x) for x in e.get('extra', [])]
            items = items or [(None, None)]
            for key, v in items:
                if key == 'X':
                    ws.cell(row, 3, v[0]); ws.cell(row, 4, v[1]); ws.cell(row, 6, v[2])
                elif key:
                    lab, dv = U4[key]; ws.cell(row, 3, lab); ws.cell(row, 4, dv)
                    if key in e['plan']: ws.cell(row, 5, e['plan'][key]); ws.cell(row, 7, f"=ROUND(F{row}/E{row}*100,1)")
                    c = ws.cell(row, 6, v); c.number_format = '#,##0'
                else:
                    ws.cell(row, 3, '—'); ws.cell(row, 9, 'Không có số liệu định lượng')
                row += 1
            for col, val in ((1, k), (2, e['text']), (8, S4[e['status']])):
                if row - 1 > start: ws.merge_cells(start_row=start, start_column=col, end_row=row - 1, end_column=col)
                ws.cell(start, col, val).alignment = Alignment(vertical='center', wrap_text=True)
        ws.cell(row, 2, f"Cộng {GN[g].split(' –')[0].lower()}").font = Font(italic=True, bold=True)
        ntask = len([x for x in r['entries'] if x['g'] == g])
        ws.cell(row, 3, 'Số nội dung đã xong / số nội dung'); ws.cell(row, 5, ntask); ws.cell(row, 6, f'=COUNTIF(H{grow0}:H{row-1},"Đã xong")'); row += 1
    for rr in ws.iter_rows(min_row=7, max_row=row - 1, max_col=9):
        for c in rr: c.border = BD
    row += 1
    ws.cell(row, 1, 'Ghi chú: số liệu chốt ngày 14/11/2026; cột KH năm 2026 theo kế hoạch giao đầu năm, không phải số thực hiện.').font = Font(italic=True)
    ws2 = wb.create_sheet('Y kien de xuat')
    ws2['A1'] = 'Khó khăn, vướng mắc'; ws2['B1'] = 'Đề xuất, kiến nghị'
    for i, d in enumerate(r['diff'], 2): ws2.cell(i, 1, d)
    for i, d in enumerate(r['prop'], 2): ws2.cell(i, 2, d)
    ws2.column_dimensions['A'].width = 70; ws2.column_dimensions['B'].width = 70
    ws.column_dimensions['B'].width = 45; ws.column_dimensions['C'].width = 26
    return wb

def sha(p): return hashlib.sha256(open(p, 'rb').read()).hexdigest()
REL = ['TanHiep_bieu_KQ_11T.xlsx', 'PhuGiao-bieu-TDC-2026.xlsx', 'SXD_bieu_ketqua_CT38_11thang.xlsx', 'SCT_BC_KH38_nam2026.docx']
for r in R:
    p = os.path.join(OUT, r['file'])
    obj = {'H1': h1, 'H3': h3, 'H5': h5, 'H2': h2, 'H4': h4}[r['hand']](r)
    obj.save(p)
    if r['file'] in REL:
        tmp = '/tmp/lo175'; shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
        ext = p.rsplit('.', 1)[1]
        subprocess.run(['libreoffice', '-env:UserInstallation=file:///tmp/lo175prof', '--headless', '--convert-to', ext, '--outdir', tmp, p], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, r['file']), p)
    d = f"2026-{r['date'][1]:02d}-{r['date'][0]:02d}"
    key = {'file': r['file'], 'sha256': sha(p), 'status': 'rejected' if r.get('mistaken') else 'extracted',
           'reason': f"Báo cáo về {r['mistaken']}, không phải báo cáo thực hiện Kế hoạch CT38" if r.get('mistaken') else None,
           'unit': {'id': r['uid'], 'name': r['uname']}, 'document': {'number': r['num'], 'date': d},
           'entries': [{'task': e['task'], 'status': e['status'], 'indicators': e['ind'], 'text': e['text']} for e in r['entries']],
           'findings': [], 'difficulties': r['diff'], 'proposals': r['prop']}
    json.dump(key, open(os.path.join(T, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
print(len(R))
