# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
OUT = os.path.dirname(os.path.abspath(__file__))
T = os.path.join(OUT, 'truth')
NOUN = {'training_courses':'lớp','participants':'lượt người','communications':'tin, bài','enterprises_supported':'doanh nghiệp',
        'inspections':'cuộc','establishments_inspected':'cơ sở','violations':'cơ sở vi phạm','fines_vnd':'đồng',
        'samples_tested':'mẫu','instruments_verified':'phương tiện đo','standards_reviewed':'dự thảo TCVN/QCVN','budget_spent_vnd':'đồng'}
LABEL = {'training_courses':'Số lớp/hội nghị','participants':'Số người tham dự','communications':'Tin, bài tuyên truyền','enterprises_supported':'DN được hỗ trợ',
        'inspections':'Số cuộc kiểm tra','establishments_inspected':'Số cơ sở được kiểm tra','violations':'Số cơ sở vi phạm','fines_vnd':'Tiền phạt',
        'samples_tested':'Số mẫu','instruments_verified':'Phương tiện đo','standards_reviewed':'Số dự thảo góp ý','budget_spent_vnd':'Kinh phí đã chi'}
def dots(n): return f"{n:,}".replace(',', '.')
def trieu(n):
    v = n/1e6
    s = (f"{v:.1f}".rstrip('0').rstrip('.')).replace('.', ',') if v != int(v) else str(int(v))
    return s + ' triệu đồng'
def ty(n):
    v = n/1e9
    return (f"{v:.2f}".rstrip('0').rstrip('.')).replace('.', ',') + ' tỷ đồng'

# ---------------- reports -----------------
# task tuple: (code, own words, status, {ind:val}, text)
R = []
def rep(**k): R.append(k)

rep(fn='CCTDC_BC11T_CT38_2026.docx', hand='H1', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    top='SỞ KHOA HỌC VÀ CÔNG NGHỆ', num='412/BC-TĐC', date='2026-11-18', tasks=[
 ('II.1.a','Tập huấn văn bản QPPL về TC-ĐL-CL cho doanh nghiệp; tọa đàm với DN nhập khẩu','completed',{'training_courses':6,'participants':742},'Tổ chức 06 lớp tập huấn văn bản quy phạm pháp luật và 01 buổi tọa đàm (tính trong 06 lớp) với doanh nghiệp nhập khẩu'),
 ('II.1.b','Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia','completed',{'enterprises_supported':23},'Hướng dẫn 23 doanh nghiệp lập hồ sơ tham dự Giải thưởng Chất lượng Quốc gia'),
 ('II.2.a','Chương trình năng suất chất lượng (1322, 36), Đề án 996, Đề án 100','in_progress',{'enterprises_supported':31,'budget_spent_vnd':186400000},'Hỗ trợ 31 doanh nghiệp áp dụng công cụ năng suất, truy xuất nguồn gốc; đã giải ngân 186.400.000 đồng'),
 ('II.2.d','Hỗ trợ DN áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy','in_progress',{'enterprises_supported':118},'Tiếp nhận, hướng dẫn 118 hồ sơ công bố hợp quy, hợp chuẩn của doanh nghiệp'),
 ('II.2.e','Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP','in_progress',{'standards_reviewed':27},'Góp ý 27 dự thảo TCVN, QCVN do Bộ và các Bộ ngành gửi lấy ý kiến'),
 ('II.3.a','Tập huấn nghiệp vụ cho công chức phường, xã, đặc khu','completed',{'training_courses':3,'participants':412},'Tổ chức 03 lớp tập huấn nghiệp vụ TĐC cho 412 lượt công chức phường, xã, đặc khu'),
 ('II.5.a','Kiểm tra nhà nước về TC-ĐL-CL hàng hóa lưu thông, nhập khẩu','in_progress',{'inspections':14,'establishments_inspected':96,'violations':17,'fines_vnd':243500000},'Thực hiện 14 cuộc kiểm tra tại 96 cơ sở, phát hiện 17 cơ sở vi phạm, xử phạt 243.500.000 đồng'),
 ('II.5.b','Khảo sát chất lượng sản phẩm, hàng hóa','completed',{'samples_tested':156},'Lấy 156 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát chất lượng'),
 ('II.5.c','Phối hợp phường, xã, đặc khu thực hiện nội dung phân quyền','in_progress',{},'Hướng dẫn các phường, xã thực hiện nội dung được phân quyền; phối hợp kiểm tra theo đề nghị của địa phương'),
 ('II.6.a','Cập nhật điều ước, thỏa thuận quốc tế về TĐC','not_started',{},'Chưa triển khai do chưa nhận được văn bản hướng dẫn của Ủy ban TĐC Quốc gia'),
 ], diff=['Lực lượng kiểm tra của Chi cục còn mỏng so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau sắp xếp.','Một số phường, xã chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
    prop=['Đề nghị Sở bổ sung biên chế cho bộ phận kiểm tra của Chi cục trong năm 2027.','Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối theo dõi lĩnh vực TĐC.'])

rep(fn='QLKH_baocao_CT38_11thang.docx', hand='H1', uid='SKHCN-QLKH', uname='Phòng Quản lý Khoa học', top='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    num='87/BC-QLKH', date='2026-11-20', tasks=[
 ('II.3.c','Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo NQ 27/2023','in_progress',{},'Đang rà soát, tiếp nhận hồ sơ đề xuất 02 chuyên gia đo lường theo Quyết định 05/2026/QĐ-UBND'),
 ('II.3.b','Phối hợp tập huấn chuyên sâu năng suất chất lượng','completed',{'training_courses':2,'participants':140},'Phối hợp Chi cục tổ chức 02 khóa bồi dưỡng năng suất cho 140 học viên là cán bộ kỹ thuật doanh nghiệp'),
 ('II.6.b','Phối hợp APO thúc đẩy năng suất khu vực công','not_applicable',{},'Trong kỳ không phát sinh yêu cầu phối hợp'),
 ], diff=['Chính sách thu hút chưa đủ hấp dẫn với chuyên gia đo lường có kinh nghiệm ở khu vực tư nhân.'],
    prop=['Kiến nghị Sở kiến nghị UBND Thành phố bổ sung lĩnh vực đo lường, chất lượng vào danh mục ưu tiên thu hút năm 2027.'])

rep(fn='SYT_BC_KH38_nam2026.docx', hand='H1', uid='SO-YT', uname='Sở Y tế', top='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    num='9214/BC-SYT', date='2026-11-24', tasks=[
 ('II.2.e','Góp ý dự thảo QCVN thuộc ngành y tế','completed',{'standards_reviewed':4},'Tham gia góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế'),
 ('II.5.a','Phối hợp kiểm tra phương tiện đo trong cơ sở y tế','in_progress',{'inspections':3,'establishments_inspected':21},'Phối hợp Chi cục TĐC kiểm tra 03 đợt tại 21 cơ sở khám chữa bệnh về phương tiện đo nhóm 2'),
 ('II.3.a','Cử công chức tham gia tập huấn nghiệp vụ TĐC','completed',{'participants':35},'Cử 35 lượt công chức, viên chức tham dự tập huấn'),
 ], diff=['Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định.'],
    prop=['Đề nghị Chi cục TĐC cung cấp danh sách tổ chức kiểm định được chỉ định đối với phương tiện đo dùng trong y tế.'])

rep(fn='SGDDT_BC_chuyendoiso_11T.docx', hand='H1', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', top='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    num='6120/BC-SGDĐT', date='2026-11-16', mistaken='Báo cáo kết quả chuyển đổi số ngành giáo dục, không phải báo cáo thực hiện Kế hoạch CT38 về TC-ĐL-CL', tasks=[
 ('X','Triển khai học bạ số cấp tiểu học','completed',{},'100% trường tiểu học triển khai học bạ số'),
 ('X','Kết nối dữ liệu ngành với Cơ sở dữ liệu Bộ GD&ĐT','in_progress',{},'Đã đồng bộ dữ liệu 2.310 trường'),
 ('X','Bồi dưỡng kỹ năng số cho giáo viên','completed',{},'Tổ chức 12 lớp cho 3.450 giáo viên'),
 ], diff=['Hạ tầng mạng tại một số trường xã đảo còn yếu.'], prop=['Đề nghị bổ sung kinh phí thuê đường truyền.'])

rep(fn='VPS_BC_thuchien_KH38.docx', hand='H2', uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ', top='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    num='215/BC-VP', date='2026-11-19', tasks=[
 ('II.2.đ','duy trì, cải tiến hệ thống quản lý chất lượng ISO 9001 tại Sở','in_progress',{},'Văn phòng đã rà soát 46 quy trình nội bộ, đang chuẩn bị đánh giá nội bộ tháng 12'),
 ('II.2.h','cải tiến hệ thống giải quyết thủ tục hành chính, kết nối Cổng một cửa quốc gia','completed',{},'Đã phối hợp kết nối liên thông với Cổng thông tin một cửa quốc gia từ tháng 3/2026'),
 ('II.4.a','bố trí kinh phí mua sắm trang thiết bị cho đơn vị sự nghiệp','completed',{'budget_spent_vnd':2750000000},'Đã hoàn tất thủ tục giải ngân 2,75 tỷ đồng mua sắm thiết bị cho Trung tâm'),
 ('II.5.d','khen thưởng người tố giác vi phạm','not_applicable',{},'Trong năm không phát sinh trường hợp'),
 ], diff=['Thủ tục mua sắm tập trung kéo dài nên một số gói thiết bị phải lùi sang năm 2027.'],
    prop=['Đề nghị Sở Tài chính sớm có hướng dẫn danh mục mua sắm tập trung năm 2027.'])

rep(fn='KTPC_BC_CT38_2026.docx', hand='H2', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', top='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    num='64/BC-KTPC', date='2026-11-17', tasks=[
 ('II.5.a','phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng','completed',{'inspections':6,'establishments_inspected':48,'violations':9,'fines_vnd':67500000},'phối hợp 6 cuộc kiểm tra tại 48 cơ sở, 9 cơ sở vi phạm, phạt 67,5 triệu đồng'),
 ('II.5.b','phối hợp khảo sát chất lượng hàng hóa','in_progress',{'samples_tested':35},'phối hợp lấy 35 mẫu'),
 ('II.2.c','góp ý sửa đổi văn bản quy phạm pháp luật về TĐC','completed',{},'đã góp ý 3 dự thảo văn bản quy phạm pháp luật (Luật, Nghị định) do Sở chuyển đến'),
 ('II.4.b','rà soát phương tiện kỹ thuật nghiệp vụ phục vụ xử phạt','in_progress',{},'đang rà soát danh mục thiết bị'),
 ('II.5.d','xử lý hành vi tiêu cực, vi phạm pháp luật về TĐC','not_applicable',{},'không phát sinh'),
 ], diff=['Việc xác minh hóa đơn, chứng từ hàng nhập khẩu mất nhiều thời gian do doanh nghiệp thay đổi địa chỉ sau sắp xếp địa giới.'],
    prop=['Đề nghị Chi cục TĐC chia sẻ dữ liệu hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu để phục vụ hậu kiểm.'])

rep(fn='SCT_phuc_dap_KH38.docx', hand='H2', uid='SO-CT', uname='Sở Công Thương', top='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    num='7781/BC-SCT', date='2026-11-25', tasks=[
 ('II.5.a','phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng','completed',{'inspections':4,'establishments_inspected':36,'violations':5,'fines_vnd':42000000},'4 cuộc, 36 cửa hàng, 5 vi phạm, 42 triệu đồng'),
 ('II.5.b','phối hợp khảo sát hàng hóa tại chợ, siêu thị','completed',{'samples_tested':20},'20 mẫu'),
 ('II.1.a','phối hợp tuyên truyền cho thương nhân','in_progress',{'participants':160},'160 lượt thương nhân'),
 ], diff=['Số cửa hàng xăng dầu thay đổi chủ sở hữu nhiều, khó cập nhật danh sách.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ thống nhất kế hoạch kiểm tra liên ngành năm 2027 ngay từ Quý I.'])

rep(fn='SXD_BC_CT38.docx', hand='H2', uid='SO-XD', uname='Sở Xây dựng', top='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    num='10452/BC-SXD', date='2026-11-27', tasks=[
 ('II.2.e','góp ý dự thảo quy chuẩn kỹ thuật về vật liệu xây dựng','completed',{'standards_reviewed':6},'6 dự thảo'),
 ('II.5.a','phối hợp kiểm tra vật liệu xây dựng lưu thông','in_progress',{'inspections':2,'establishments_inspected':15},'2 đợt, 15 cơ sở'),
 ], diff=[], prop=['Đề nghị Chi cục TĐC chủ động thông báo kế hoạch kiểm tra chung trước ít nhất 15 ngày.'])

rep(fn='TTPTTN_tien_do_KH38_T11.xlsx', hand='H3', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    top='SỞ KHOA HỌC VÀ CÔNG NGHỆ', num='318/BC-TTPTTN', date='2026-11-21', tasks=[
 ('II.2.g','Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm','completed',{'instruments_verified':12450,'samples_tested':1820},'Kiểm định, hiệu chuẩn phương tiện đo; thử nghiệm mẫu cho khách hàng'),
 ('II.4.a','Đầu tư trang thiết bị phòng thử nghiệm','in_progress',{'budget_spent_vnd':4350000000},'Giải ngân dự án mua sắm thiết bị'),
 ('II.4.c','Duy trì chuẩn đo lường, liên kết chuẩn quốc gia','completed',{'instruments_verified':38},'Hiệu chuẩn chuẩn chính tại Viện Đo lường Việt Nam'),
 ('II.3.d','Tập huấn cho sinh viên, viên chức trường ĐH-CĐ','completed',{'training_courses':4,'participants':260},'Phối hợp trường đại học tổ chức buổi tập huấn đo lường'),
 ], diff=['Một số thiết bị nhập khẩu giao hàng chậm do nhà cung cấp.'], prop=['Đề nghị Sở cho phép chuyển nguồn kinh phí chưa giải ngân sang năm 2027.'])

rep(fn='CDS_theo_doi_KH38.xlsx', hand='H3', uid='SKHCN-CDS', uname='Phòng Chuyển đổi số', top='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    num='41/BC-CĐS', date='2026-11-23', tasks=[
 ('II.2.h','Phối hợp kết nối hệ thống TTHC với Cổng một cửa quốc gia','completed',{},'Kết nối thành công, vận hành từ 03/2026'),
 ('II.2.i','Kết nối cơ sở dữ liệu quốc gia về TĐC','in_progress',{},'Đang thử nghiệm API đồng bộ dữ liệu'),
 ('II.1.a','Đăng tin tuyên truyền trên Cổng thông tin Sở','completed',{'communications':28},'Đăng tin bài về hoạt động TĐC'),
 ], diff=['Cơ sở dữ liệu quốc gia chưa công bố đầy đủ tài liệu đặc tả kết nối.'], prop=['Đề nghị Chi cục làm đầu mối liên hệ Ủy ban TĐC Quốc gia xin tài liệu đặc tả API.'])

rep(fn='TTCNTT_DKG_KH38_11T.xlsx', hand='H3', uid='SKHCN-TTCNTT', uname='Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
    top='SỞ KHOA HỌC VÀ CÔNG NGHỆ', num='129/BC-TTCNTT', date='2026-11-26', tasks=[
 ('II.2.i','Hạ tầng lưu trữ, kết nối CSDL quốc gia về TĐC','in_progress',{'budget_spent_vnd':318000000},'Cấp máy chủ ảo, thuê dịch vụ bảo mật'),
 ('II.2.h','Hỗ trợ kỹ thuật kết nối Cổng một cửa quốc gia','completed',{},'Hoàn tất cấu hình trục tích hợp'),
 ('II.6.b','Năng suất khu vực công (APO)','not_started',{},'Chưa có yêu cầu'),
 ], diff=[], prop=['Đề nghị bố trí kinh phí duy trì hạ tầng năm 2027 cho hệ thống dữ liệu TĐC.'])

rep(fn='SNNMT_bieu_KH38_2026.xlsx', hand='H3', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', top='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
    num='8893/BC-SNNMT', date='2026-11-28', tasks=[
 ('II.2.a','Truy xuất nguồn gốc nông sản (Đề án 100)','in_progress',{'enterprises_supported':14},'Hướng dẫn HTX, DN gắn mã truy xuất'),
 ('II.2.e','Góp ý QCVN phân bón, thức ăn chăn nuôi','completed',{'standards_reviewed':2},'Góp ý dự thảo'),
 ('II.5.a','Phối hợp kiểm tra vật tư nông nghiệp','completed',{'inspections':5,'establishments_inspected':60,'violations':7,'fines_vnd':38500000},'Kiểm tra phân bón, thuốc BVTV'),
 ], diff=['Nhiều hộ sản xuất nhỏ chưa sẵn sàng chi phí tem truy xuất.'], prop=['Đề nghị hỗ trợ kinh phí tem truy xuất cho HTX năm 2027.'])

rep(fn='BaRia_BC_TDC_nam2026.docx', hand='H4', uid='26560', uname='Phường Bà Rịa', top='ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA',
    num='356/BC-UBND', date='2026-11-19', tasks=[
 ('II.5.c','Kiểm tra đo lường, chất lượng tại chợ, cửa hàng trên địa bàn phường (nội dung phân quyền)','completed',{'inspections':3,'establishments_inspected':27,'violations':4,'fines_vnd':7500000},'Kiểm tra cân tại chợ, hàng đóng gói sẵn'),
 ('II.1.a','Tuyên truyền pháp luật TĐC cho hộ kinh doanh','completed',{'communications':12,'participants':85},'Tin trên loa, trang TTĐT; hội nghị hộ kinh doanh'),
 ('II.3.a','Cử công chức dự tập huấn nghiệp vụ','completed',{'participants':2},'Cử công chức Phòng Kinh tế dự lớp của Chi cục'),
 ], diff=['Phường chưa có cân đối chứng đạt chuẩn tại các chợ.','Công chức theo dõi lĩnh vực kiêm nhiệm nhiều việc.'],
    prop=['Đề nghị Chi cục hỗ trợ trang bị 02 cân đối chứng cho chợ Bà Rịa và chợ Long Toàn.'])

rep(fn='DiAn_bieu_CT38_11T.xlsx', hand='H4', uid='25942', uname='Phường Dĩ An', top='UBND PHƯỜNG DĨ AN',
    num='1187/BC-UBND', date='2026-11-22', tasks=[
 ('II.5.c','Kiểm tra đo lường, chất lượng theo phân quyền','in_progress',{'inspections':5,'establishments_inspected':44,'violations':6,'fines_vnd':11000000},'Kiểm tra cân, cột đo xăng dầu, hàng đóng gói'),
 ('II.1.a','Tuyên truyền về TC-ĐL-CL','completed',{'communications':20},'Đăng tin trên fanpage, Zalo khu phố'),
 ('II.5.a','Phối hợp đoàn Chi cục kiểm tra xăng dầu','completed',{'inspections':1,'establishments_inspected':6},'Phối hợp đoàn kiểm tra'),
 ], diff=['Hộ kinh doanh tại chợ tự phát thay đổi liên tục.'], prop=['Đề nghị Chi cục tổ chức tập huấn lại cho tổ kiểm tra phường đầu năm 2027.'])

rep(fn='LongHai_BC_KH38.docx', hand='H4', uid='26662', uname='Xã Long Hải', top='ỦY BAN NHÂN DÂN XÃ LONG HẢI',
    num='214/BC-UBND', date='2026-11-30', tasks=[
 ('II.5.c','Kiểm tra cân tại chợ hải sản và cửa hàng xăng dầu','in_progress',{'inspections':2,'establishments_inspected':19,'violations':2,'fines_vnd':3000000},'Kiểm tra cân, cột đo'),
 ('II.1.a','Tuyên truyền trên loa truyền thanh xã','completed',{'communications':8},'Phát tin'),
 ('II.3.a','Cử công chức dự tập huấn','not_started',{},'Chưa cử được do trùng lịch'),
 ], diff=['Xã chưa có kinh phí riêng cho công tác kiểm tra đo lường.'], prop=['Đề nghị Sở hướng dẫn nguồn kinh phí cho hoạt động kiểm tra của xã.'])

rep(fn='TamThang_BC_PCTT_11T.xlsx', hand='H4', uid='26526', uname='Phường Tam Thắng', top='UBND PHƯỜNG TAM THẮNG',
    num='402/BC-UBND', date='2026-11-20', mistaken='Báo cáo công tác phòng chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo Kế hoạch CT38', tasks=[
 ('X','Kiện toàn Ban Chỉ huy PCTT&TKCN phường','completed',{},'Đã kiện toàn'),
 ('X','Diễn tập ứng phó bão, triều cường','completed',{},'01 cuộc diễn tập, 150 người'),
 ('X','Rà soát nhà dân ven biển','in_progress',{},'Rà soát 320 hộ'),
 ], diff=['Kè biển đoạn Bãi Sau xuống cấp.'], prop=['Đề nghị Thành phố bố trí vốn sửa chữa kè.'])

def vn_date(iso):
    y, m, d = iso.split('-'); return f"ngày {int(d)} tháng {m} năm {y}"
def sl_date(iso):
    y, m, d = iso.split('-'); return f"{d}/{m}/{y}"
PH = {'training_courses':'tổ chức {v} lớp','participants':'vận động {v} lượt người tham dự','communications':'đăng {v} tin, bài','enterprises_supported':'hỗ trợ {v} doanh nghiệp',
      'inspections':'tổ chức {v} cuộc kiểm tra','establishments_inspected':'kiểm tra {v} cơ sở','violations':'phát hiện {v} cơ sở vi phạm','fines_vnd':'xử phạt {v}',
      'samples_tested':'lấy {v} mẫu','instruments_verified':'kiểm định {v} phương tiện đo','standards_reviewed':'góp ý {v} dự thảo','budget_spent_vnd':'giải ngân {v}'}
def fig(k, v, style):
    if k.endswith('_vnd'):
        if style == 'H2': return ty(v) if v >= 1e9 else trieu(v)
        return dots(v) + (' đồng' if style == 'H1' else 'đ')
    if style in ('H1', 'H4'): return f"{v:02d}" if v < 100 else dots(v)
    return dots(v)
def hdr(doc, r, left2):
    t = doc.add_table(rows=2, cols=2)
    t.cell(0,0).text = r['top'] + '\n' + left2
    t.cell(0,1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'
    t.cell(1,0).text = 'Số: ' + r['num']
    t.cell(1,1).text = 'Thành phố Hồ Chí Minh, ' + vn_date(r['date'])
    for c in t._cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rn in p.runs: rn.font.size = Pt(12); rn.bold = True
def para(doc, text, bold=False, italic=False, center=False):
    p = doc.add_paragraph(); rn = p.add_run(text); rn.bold = bold; rn.italic = italic
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

ST = {'H1': {'completed':'Xong','in_progress':'Đang làm tiếp','not_started':'Chưa làm','not_applicable':'Không có việc'},
      'H2': {'completed':'đã xong','in_progress':'đang tiếp tục làm','not_started':'chưa làm','not_applicable':'không phát sinh'},
      'H3': {'completed':'Đã xong','in_progress':'Đang làm','not_started':'Chưa làm','not_applicable':'Không PS'},
      'H4': {'completed':'đã làm xong','in_progress':'còn đang làm','not_started':'chưa làm được','not_applicable':'không phát sinh'}}

def h1(r, path):
    doc = Document(); st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    hdr(doc, r, r['uname'].upper() if r['uid'].startswith('SKHCN') else '')
    para(doc, 'BÁO CÁO', True, center=True)
    subj = 'Kết quả thực hiện chuyển đổi số ngành Giáo dục 11 tháng năm 2026' if r.get('mistaken') else \
        'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu 11 tháng)'
    para(doc, subj, True, center=True)
    para(doc, f"{r['uname']} báo cáo kết quả thực hiện từ đầu năm đến ngày 15/11/2026 như sau:")
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', True)
    tb = doc.add_table(rows=1, cols=4); tb.style = 'Table Grid'
    for i, h in enumerate(['STT', 'Nội dung công việc', 'Kết quả đến 15/11/2026', 'Nhận định']): tb.rows[0].cells[i].text = h
    for i, (code, own, s, ind, txt) in enumerate(r['tasks'], 1):
        c = tb.add_row().cells
        c[0].text = str(i); c[1].text = own
        lines = [txt + '.'] if not ind else []
        if ind:
            lines.append('; '.join(f"{LABEL[k]}: {fig(k, v, 'H1')}" for k, v in ind.items()) + '.')
            k0, v0 = next(iter(ind.items()))
            if not k0.endswith('_vnd') and v0 >= 3:
                a = v0 // 2
                lines.append(f"(6 tháng đầu năm: {a:02d}; tháng 7 – tháng 11: {v0 - a:02d})")
            lines.append(txt + '.')
        c[2].text = '\n'.join(lines); c[3].text = ST['H1'][s]
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', True)
    for d in r['diff']: para(doc, '- ' + d)
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', True)
    for d in r['prop']: para(doc, '- ' + d)
    para(doc, 'Nơi nhận:\n- Chi cục TĐC (để tổng hợp);\n- Lưu: VT.', italic=True)
    para(doc, 'TRƯỞNG PHÒNG' if 'Phòng' in r['uname'] else 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', True)
    doc.save(path)

def h2(r, path):
    doc = Document(); st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
    para(doc, r['top'] + '\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True)
    para(doc, r['uname'].upper() + '\t\tĐộc lập - Tự do - Hạnh phúc', True)
    para(doc, 'Số: ' + r['num'] + '\t\tTP. Hồ Chí Minh, ' + vn_date(r['date']), italic=False)
    para(doc, 'V/v báo cáo kết quả thực hiện Kế hoạch 38 năm 2026', italic=True)
    para(doc, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', center=True)
    para(doc, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {r['uname']} báo cáo kết quả 11 tháng năm 2026 như sau:")
    for code, own, s, ind, txt in r['tasks']:
        body = f"Đối với việc {own}: "
        if ind:
            body += 'trong năm đã ' + ', '.join(PH[k].format(v=fig(k, v, 'H2')) for k, v in ind.items()) + '. '
        else:
            body += txt + '. '
        body += 'Đến nay việc này '
        p = doc.add_paragraph(); p.add_run(body)
        rn = p.add_run('«' + ST['H2'][s] + '»'); rn.bold = True; p.add_run('.')
        p.paragraph_format.first_line_indent = Pt(28)
    if r['diff']:
        para(doc, 'Khó khăn:', True)
        for d in r['diff']: para(doc, '- ' + d)
    para(doc, 'Kiến nghị:', True)
    for d in r['prop']: para(doc, '- ' + d)
    para(doc, f"Trên đây là báo cáo của {r['uname']}./.")
    para(doc, 'Người lập: Trần Văn Lộc', italic=True)
    doc.save(path)

def h3(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'KH38_T11'
    ws['A1'] = r['top']; ws['A2'] = r['uname']; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + r['num']; ws['E3'] = 'Ngày ' + sl_date(r['date'])
    ws['A5'] = 'THEO DÕI TIẾN ĐỘ KẾ HOẠCH 38 (CT 38-CT/TW) - SỐ LIỆU 11 THÁNG 2026'; ws['A5'].font = Font(bold=True, size=13)
    heads = ['TT', 'Việc', 'Nội dung đã làm', 'Chỉ số', 'Số lượng', 'ĐVT', 'Tình hình', 'Ngày cập nhật']
    for i, h in enumerate(heads, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='DDEBF7')
    row = 8; upd = ['12/11', '14/11', '15/11', '10/11', '13/11']
    for i, (code, own, s, ind, txt) in enumerate(r['tasks'], 1):
        items = list(ind.items()) or [(None, None)]
        for j, (k, v) in enumerate(items):
            if j == 0:
                ws.cell(row, 1, i); ws.cell(row, 2, own); ws.cell(row, 3, txt); ws.cell(row, 7, ST['H3'][s]); ws.cell(row, 8, upd[i % 5] + '/2026')
            if k:
                ws.cell(row, 4, LABEL[k]); c = ws.cell(row, 5, v)
                c.number_format = '#,##0'; ws.cell(row, 6, 'đồng' if k.endswith('_vnd') else NOUN[k])
            row += 1
    ws.cell(row, 2, f"Tổng số dòng việc: {len(r['tasks'])}").font = Font(italic=True)
    row += 2
    ws.cell(row, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); row += 1
    for d in r['diff'] or ['Không có.']:
        ws.cell(row, 2, d); row += 1
    ws.cell(row, 1, 'Đề xuất:').font = Font(bold=True); row += 1
    for d in r['prop']: ws.cell(row, 2, d); row += 1
    ws.cell(row + 1, 6, 'Người tổng hợp: Lê Minh Tâm')
    for col, w in zip('ABCDEFGH', [5, 38, 42, 22, 12, 14, 14, 14]): ws.column_dimensions[col].width = w
    ws.freeze_panes = 'C8'
    wb.save(path)

def h4_lines(ind):
    return '; '.join(f"{LABEL[k].replace('Số ', '').lower()}: {fig(k, v, 'H4')}" for k, v in ind.items())
def h4(r, path):
    if path.endswith('.docx'):
        doc = Document(); st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
        hdr(doc, r, '')
        para(doc, 'BÁO CÁO', True, center=True)
        para(doc, 'Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn (theo Kế hoạch của Sở KH&CN)', True, center=True)
        para(doc, 'Phần 1. Kết quả thực hiện', True)
        for i, (code, own, s, ind, txt) in enumerate(r['tasks'], 1):
            para(doc, f"{i}. {own}:", True)
            para(doc, '- ' + txt + '.')
            if ind: para(doc, '- Số liệu: ' + h4_lines(ind) + '.')
            para(doc, 'Ghi nhận: ' + ST['H4'][s] + '.', italic=True)
        para(doc, 'Phần 2. Khó khăn', True)
        for d in r['diff']: para(doc, '- ' + d)
        para(doc, 'Phần 3. Kiến nghị', True)
        for d in r['prop']: para(doc, '- ' + d)
        para(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', True)
        doc.save(path)
    else:
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao'
        ws['A1'] = r['top']; ws['A2'] = 'Số: ' + r['num']; ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
        ws['D2'] = f"{r['uname']}, {vn_date(r['date'])}"
        ttl = 'BÁO CÁO CÔNG TÁC PHÒNG CHỐNG THIÊN TAI VÀ TKCN 11 THÁNG NĂM 2026' if r.get('mistaken') else 'BÁO CÁO KẾT QUẢ CÔNG TÁC TC-ĐL-CL NĂM 2026 (KH 38)'
        ws['A4'] = ttl; ws['A4'].font = Font(bold=True)
        for i, h in enumerate(['STT', 'Nội dung', 'Đã làm', 'Số liệu', 'Ghi nhận'], 1): ws.cell(6, i, h).font = Font(bold=True)
        row = 7
        for i, (code, own, s, ind, txt) in enumerate(r['tasks'], 1):
            ws.cell(row, 1, i); ws.cell(row, 2, own); ws.cell(row, 3, txt)
            ws.cell(row, 4, h4_lines(ind) if ind else '-'); ws.cell(row, 5, ST['H4'][s]); row += 1
        row += 1; ws.cell(row, 1, 'Khó khăn:').font = Font(bold=True); row += 1
        for d in r['diff']: ws.cell(row, 2, d); row += 1
        ws.cell(row, 1, 'Kiến nghị:').font = Font(bold=True); row += 1
        for d in r['prop']: ws.cell(row, 2, d); row += 1
        for col, w in zip('ABCDE', [5, 40, 36, 46, 16]): ws.column_dimensions[col].width = w
        wb.save(path)

RENDER = {'H1': h1, 'H2': h2, 'H3': h3, 'H4': h4}
LO = {'SYT_BC_KH38_nam2026.docx', 'CDS_theo_doi_KH38.xlsx'}
os.makedirs(T, exist_ok=True)
for r in R:
    p = os.path.join(OUT, r['fn'])
    RENDER[r['hand']](r, p)
    if r['fn'] in LO:
        tmp = '/tmp/lo169'; os.makedirs(tmp, exist_ok=True)
        ext = r['fn'].rsplit('.', 1)[1]
        subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, p], check=True, capture_output=True, timeout=120)
        shutil.move(os.path.join(tmp, r['fn']), p)
    sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
    mis = r.get('mistaken')
    key = {'file': r['fn'], 'sha256': sha, 'status': 'rejected' if mis else 'extracted', 'reason': mis,
           'unit': {'id': r['uid'], 'name': r['uname']}, 'document': {'number': r['num'], 'date': r['date']},
           'entries': [] if mis else [{'task': c, 'status': s, 'indicators': ind, 'text': txt} for c, own, s, ind, txt in r['tasks']],
           'findings': [], 'difficulties': [] if mis else r['diff'], 'proposals': [] if mis else r['prop']}
    json.dump(key, open(os.path.join(T, r['fn'] + '.json'), 'w'), ensure_ascii=False, indent=1)
print(len(R), 'files')
