# -*- coding: utf-8 -*-
# Generator for set215. Four hands (see NOTES.md). Writes files + truth/*.json
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

# ---------------------------------------------------------------- data
# entry: (task, status, status_word, [(activity_text, result_text, {ind: value})], money_text or None)
R = []

def rep(**kw):
    R.append(kw)

# ===== Hand A: Lâm Thị Ngọc Hân style — landscape table, vertical header text, (1)..(7) row,
# merged first column = plan task (own short wording) over activity rows; "Không"/"0"/"-" fillers
rep(hand='A', file='26506_PVungTau_BC_CT38_thang11.docx', uid='26506', uname='Phường Vũng Tàu',
    org1='ỦY BAN NHÂN DÂN', org2='PHƯỜNG VŨNG TÀU', number='412/BC-UBND', date='2026-11-10',
    place='Vũng Tàu',
    title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường',
    entries=[
     ('II.5.c', 'completed', 'Đã hoàn thành', 'Phối hợp Chi cục TĐC thực hiện nội dung được phân quyền về TC-ĐL-CL', [
        ('Kiểm tra đo lường cân tại chợ Vũng Tàu, chợ Xóm Lưới', '03 cuộc; 41 cơ sở; 02 vi phạm', {}),
        ('Kiểm tra cửa hàng xăng dầu trên địa bàn (phối hợp)', '01 cuộc; 09 cửa hàng; vi phạm: 0', {}),
        ('Cộng', '04 cuộc; 50 cơ sở; 02 vi phạm', {'inspections':4,'establishments_inspected':50,'violations':2}),
        ('Xử phạt vi phạm hành chính', 'Phạt tiền 7.500.000đ', {'fines_vnd':7500000}),
      ]),
     ('II.1.a', 'completed', 'Hoàn thành', 'Tuyên truyền, phổ biến pháp luật về TC-ĐL-CL cho hộ kinh doanh', [
        ('Lồng ghép hội nghị tại 05 khu phố', '05 buổi; 286 lượt người', {'training_courses':5,'participants':286}),
        ('Tin bài trên trang TTĐT phường, loa truyền thanh', '14 tin, bài', {'communications':14}),
      ]),
     ('II.3.a', 'completed', 'Đã hoàn thành', 'Cử công chức tham gia tập huấn nghiệp vụ do Sở tổ chức', [
        ('Cử công chức Phòng Kinh tế dự lớp tập huấn', '02 lượt người', {'participants':2}),
      ]),
     ('II.5.b', 'not_applicable', 'Không phát sinh', 'Khảo sát chất lượng sản phẩm, hàng hóa', [
        ('Phường không được giao lấy mẫu khảo sát', 'Không', {}),
      ]),
    ],
    diff=['Công chức phụ trách lĩnh vực TC-ĐL-CL kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.',
          'Phường chưa có cân đối chứng tại một số chợ tạm.'],
    prop=['Đề nghị Chi cục TĐC hỗ trợ 02 cân đối chứng cho chợ Xóm Lưới và chợ Phước Thắng.',
          'Đề nghị Sở tổ chức thêm lớp tập huấn kỹ năng kiểm tra đo lường cho phường.'],
    signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Thị Bích Trâm'))

rep(hand='A', file='BC_CT38_PBaRia_2026.docx', uid='26560', uname='Phường Bà Rịa',
    org1='UBND THÀNH PHỐ HỒ CHÍ MINH', org2='ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA', number='287/BC-UBND', date='2026-11-06',
    place='Bà Rịa',
    title='Báo cáo kết quả triển khai thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
    entries=[
     ('II.5.c', 'in_progress', 'Đang thực hiện', 'Kiểm tra đo lường, chất lượng theo phân cấp cho phường', [
        ('Kiểm tra cân tại chợ Bà Rịa, chợ Long Toàn', '02 cuộc; 37 cơ sở; 0 vi phạm', {}),
        ('Kiểm tra ghi nhãn hàng đóng gói sẵn tại tạp hóa', '01 cuộc; 12 cơ sở; 01 vi phạm', {}),
        ('Cộng', '03 cuộc; 49 cơ sở; 01 vi phạm', {'inspections':3,'establishments_inspected':49,'violations':1}),
        ('Tiền phạt', '2.000.000đ', {'fines_vnd':2000000}),
      ]),
     ('II.1.a', 'completed', 'Hoàn thành', 'Tuyên truyền về đo lường trong thương mại bán lẻ', [
        ('Phát tờ rơi tại các chợ', '650 tờ rơi', {'communications':650}),
        ('Hội nghị tuyên truyền cho tiểu thương', '01 hội nghị; 94 người', {'training_courses':1,'participants':94}),
      ]),
     ('II.2.d', 'not_started', 'Chưa thực hiện', 'Hướng dẫn hộ kinh doanh công bố tiêu chuẩn, chất lượng', [
        ('Chờ tài liệu hướng dẫn của Chi cục', '-', {}),
      ]),
     ('II.3.a', 'completed', 'Hoàn thành', 'Tập huấn nghiệp vụ cho công chức', [
        ('Cử cán bộ dự tập huấn ngày 18/6/2026', '03 người', {'participants':3}),
      ]),
    ],
    diff=['Nhiều tiểu thương sử dụng cân không rõ nguồn gốc, giá rẻ.'],
    prop=['Đề nghị Chi cục tổ chức đợt kiểm định cân miễn phí tại chợ Bà Rịa trong Quý I/2027.'],
    signer=('CHỦ TỊCH', 'Trần Minh Khôi'))

rep(hand='A', file='PLongHuong-bao cao TDC 11-2026.docx', uid='26566', uname='Phường Long Hương',
    org1='ỦY BAN NHÂN DÂN', org2='PHƯỜNG LONG HƯƠNG', number='198/BC-UBND', date='2026-11-12',
    place='Long Hương',
    title='Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch của Sở KH&CN)',
    entries=[
     ('II.5.c', 'completed', 'Xong', 'Phối hợp quản lý nhà nước về TC-ĐL-CL trên địa bàn', [
        ('Kiểm tra liên ngành hàng hóa dịp Tết Nguyên đán', '02 cuộc; 18 cơ sở; vi phạm: Không', {}),
        ('Kiểm tra định kỳ Quý III', '01 cuộc; 11 cơ sở; 01 vi phạm; phạt 3.500.000đ', {'fines_vnd':3500000}),
        ('Cộng', '03 cuộc; 29 cơ sở; 01 vi phạm', {'inspections':3,'establishments_inspected':29,'violations':1}),
      ]),
     ('II.1.a', 'in_progress', 'Đang làm', 'Tuyên truyền nâng cao nhận thức', [
        ('Đăng tin trên nhóm Zalo khu phố', '09 tin', {'communications':9}),
        ('Hội nghị cho tổ trưởng khu phố', '0', {}),
      ]),
     ('II.5.a', 'unknown', '', 'Kiểm tra hàng hóa lưu thông (phối hợp Chi cục)', [
        ('Cử cán bộ tham gia đoàn kiểm tra xăng dầu của Chi cục', '02 cửa hàng xăng dầu', {'establishments_inspected':2}),
      ]),
    ],
    diff=[], prop=['Đề nghị bổ sung kinh phí in ấn tài liệu tuyên truyền cho phường.'],
    signer=('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Lê Hoàng Phúc'))

rep(hand='A', file='SoGDDT_CT38_baocao.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo',
    org1='UBND THÀNH PHỐ HỒ CHÍ MINH', org2='SỞ GIÁO DỤC VÀ ĐÀO TẠO', number='5127/BC-SGDĐT', date='2026-10-29',
    place='Thành phố Hồ Chí Minh',
    title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    entries=[
     ('II.3.d', 'in_progress', 'Đang triển khai', 'Đào tạo, bồi dưỡng về TC-ĐL-CL trong các trường', [
        ('Lồng ghép nội dung mã số mã vạch, truy xuất nguồn gốc vào chuyên đề ngoại khóa THPT', '06 chuyên đề; 1.240 lượt học sinh', {}),
        ('Bồi dưỡng giáo viên công nghệ', '02 lớp; 148 giáo viên', {}),
        ('Cộng', '08 lớp, chuyên đề; 1.388 lượt người', {'training_courses':8,'participants':1388}),
      ]),
     ('II.2.đ', 'completed', 'Hoàn thành', 'Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở', [
        ('Đánh giá nội bộ, cập nhật quy trình', '01 đợt đánh giá; 38 quy trình cập nhật', {}),
        ('Kinh phí duy trì', '45.000.000đ', {'budget_spent_vnd':45000000}),
      ]),
     ('II.1.a', 'completed', 'Hoàn thành', 'Tuyên truyền trong ngành giáo dục', [
        ('Tin bài trên Cổng thông tin Sở', '07 tin bài', {'communications':7}),
      ]),
     ('II.5.a', 'not_applicable', 'Không phát sinh', 'Kiểm tra thiết bị dạy học theo tiêu chuẩn', [
        ('Không có đề nghị phối hợp trong kỳ', '-', {}),
      ]),
    ],
    diff=['Chưa có tài liệu chuẩn về tiêu chuẩn, đo lường dành cho học sinh phổ thông.'],
    prop=['Đề nghị Sở KH&CN biên soạn bộ tài liệu tham khảo về TC-ĐL-CL dùng cho hoạt động ngoại khóa.'],
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phạm Ngọc Duyên'))

rep(hand='A', file='KTPC_BC_CT38_nam2026.docx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế',
    org1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', org2='PHÒNG KIỂM TRA – PHÁP CHẾ', number='62/BC-KTPC', date='2026-10-30',
    place='Thành phố Hồ Chí Minh',
    title='Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
    entries=[
     ('II.5.a', 'completed', 'Hoàn thành', 'Kiểm tra về TC-ĐL-CL đối với hàng hóa lưu thông', [
        ('Thanh tra chuyên ngành mũ bảo hiểm, đồ chơi trẻ em', '04 cuộc; 52 cơ sở; 09 vi phạm', {'inspections':4,'establishments_inspected':52,'violations':9}),
        ('Ban hành quyết định xử phạt', '186.500.000đ', {'fines_vnd':186500000}),
      ]),
     ('II.5.d', 'in_progress', 'Đang thực hiện', 'Tiếp nhận, xử lý phản ánh, tố giác vi phạm', [
        ('Tiếp nhận phản ánh qua đường dây nóng', '11 phản ánh; đã xử lý 08', {}),
      ]),
     ('II.2.c', 'completed', 'Hoàn thành', 'Góp ý dự thảo văn bản QPPL về TC-ĐL-CL', [
        ('Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng SPHH sửa đổi', '03 văn bản góp ý', {}),
      ]),
     ('II.4.b', 'not_started', 'Chưa thực hiện', 'Rà soát phương tiện kỹ thuật nghiệp vụ theo NĐ 135/2021', [
        ('Chờ Chi cục tổng hợp danh mục', 'Không', {}),
      ]),
    ],
    diff=['Lực lượng thanh tra viên mỏng, trong khi số cuộc kiểm tra đột xuất tăng.'],
    prop=['Đề nghị bổ sung 02 biên chế thanh tra viên chuyên ngành cho Phòng.'],
    signer=('TRƯỞNG PHÒNG', 'Vũ Đình Khang'))

# ===== Hand B: Trịnh Quốc Bảo — cover letter, real content in a table after "PHỤ LỤC"; money mixed scales
rep(hand='B', file='CCTDC_BC-CT38-2026_tonghop.docx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng',
    org1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', org2='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', number='1184/CCTĐC-QLTC', date='2026-11-04',
    place='Thành phố Hồ Chí Minh',
    title='V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
    entries=[
     ('II.1.a', 'completed', 'Đã hoàn thành', 'Tập huấn văn bản QPPL về TC-ĐL-CL cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu',
        '05 hoạt động (04 lớp tập huấn và 01 buổi tọa đàm), tổng cộng 612 lượt đại biểu; kinh phí 350 triệu', {'training_courses':5,'participants':612,'budget_spent_vnd':350000000}),
     ('II.1.b', 'completed', 'Đã hoàn thành', 'Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
        'Hướng dẫn 17 doanh nghiệp lập hồ sơ; 06 bài viết giới thiệu giải thưởng', {'enterprises_supported':17,'communications':6}),
     ('II.2.a', 'in_progress', 'Đang thực hiện', 'Chương trình năng suất chất lượng (1322, 36), Đề án 996, Đề án 100',
        'Hỗ trợ 23 doanh nghiệp áp dụng công cụ năng suất và truy xuất nguồn gốc; kinh phí hỗ trợ 1,2 tỷ đồng', {'enterprises_supported':23,'budget_spent_vnd':1200000000}),
     ('II.2.e', 'in_progress', 'Đang thực hiện', 'Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương',
        'Góp ý 29 dự thảo TCVN/QCVN', {'standards_reviewed':29}),
     ('II.2.i', 'in_progress', 'Đang thực hiện', 'Kết nối cơ sở dữ liệu quốc gia về TC-ĐL-CL',
        'Đã cập nhật dữ liệu lên hệ thống; chờ Bộ mở tài khoản liên thông', {}),
     ('II.5.a', 'completed', 'Đã hoàn thành', 'Kiểm tra nhà nước về TC-ĐL-CL hàng hóa lưu thông',
        '21 cuộc kiểm tra tại 318 cơ sở, 27 cơ sở vi phạm; xử phạt 412.750.000đ', {'inspections':21,'establishments_inspected':318,'violations':27,'fines_vnd':412750000}),
     ('II.5.b', 'completed', 'Đã hoàn thành', 'Khảo sát chất lượng sản phẩm, hàng hóa',
        'Lấy 146 mẫu xăng dầu, mũ bảo hiểm, thép để thử nghiệm; kinh phí 285 triệu', {'samples_tested':146,'budget_spent_vnd':285000000}),
     ('II.3.a', 'completed', 'Đã hoàn thành', 'Tập huấn nghiệp vụ cho công chức sở, ngành, xã, phường',
        '03 lớp, 257 học viên là công chức cấp xã', {'training_courses':3,'participants':257}),
     ('II.6.b', 'not_applicable', 'Không phát sinh', 'Phối hợp APO thúc đẩy năng suất', 'Không phát sinh yêu cầu trong kỳ', {}),
    ],
    body=['Thực hiện Kế hoạch số 38/KH-SKHCN của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện đến ngày 31/10/2026 như sau:',
          'Nhìn chung các nhiệm vụ được giao cơ bản bám sát tiến độ; kết quả cụ thể từng nhiệm vụ tại Phụ lục kèm theo Công văn này.'],
    diff=['Kinh phí hỗ trợ doanh nghiệp theo Chương trình 1322 giải ngân chậm do thủ tục thanh quyết toán kéo dài.',
          'Hệ thống cơ sở dữ liệu quốc gia chưa mở chức năng liên thông cho địa phương.'],
    prop=['Đề nghị Sở bố trí bổ sung kinh phí khảo sát chất lượng năm 2027.',
          'Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm cấp tài khoản kết nối cơ sở dữ liệu cho Chi cục.'],
    signer=('CHI CỤC TRƯỞNG', 'Hà Thanh Tùng'))

rep(hand='B', file='SCT_congvan_CT38_2026.docx', uid='SO-CT', uname='Sở Công Thương',
    org1='UBND THÀNH PHỐ HỒ CHÍ MINH', org2='SỞ CÔNG THƯƠNG', number='8841/SCT-QLTM', date='2026-11-09',
    place='Thành phố Hồ Chí Minh',
    title='V/v báo cáo kết quả phối hợp thực hiện Chỉ thị 38-CT/TW năm 2026',
    entries=[
     ('II.5.a', 'completed', 'Hoàn thành', 'Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông',
        '08 đoàn kiểm tra, 96 cửa hàng; 05 cửa hàng vi phạm, phạt 145 triệu', {'inspections':8,'establishments_inspected':96,'violations':5,'fines_vnd':145000000}),
     ('II.2.a', 'in_progress', 'Đang triển khai', 'Hỗ trợ doanh nghiệp áp dụng truy xuất nguồn gốc hàng công nghiệp (Đề án 100)',
        '11 doanh nghiệp được hướng dẫn; kinh phí khuyến công 0,8 tỷ đồng', {'enterprises_supported':11,'budget_spent_vnd':800000000}),
     ('II.1.a', 'completed', 'Hoàn thành', 'Tuyên truyền cho thương nhân kinh doanh xăng dầu',
        '02 hội nghị, 175 đại biểu; chi 38.500.000đ', {'training_courses':2,'participants':175,'budget_spent_vnd':38500000}),
     ('II.2.e', 'completed', 'Hoàn thành', 'Góp ý dự thảo QCVN thuộc ngành công thương',
        'Góp ý 04 dự thảo QCVN', {'standards_reviewed':4}),
    ],
    body=['Phúc đáp đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:',
          'Sở Công Thương đã phối hợp chặt chẽ với Sở Khoa học và Công nghệ trong các nội dung liên quan; chi tiết kết quả theo Phụ lục đính kèm.'],
    diff=['Một số cửa hàng xăng dầu thay đổi chủ sở hữu nhưng chưa cập nhật hồ sơ.'],
    prop=['Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng xăng dầu để phối hợp xử lý.'],
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Đặng Văn Lực'))

rep(hand='B', file='XaHoTram_CV_baocao_TDC.docx', uid='26620', uname='Xã Hồ Tràm',
    org1='ỦY BAN NHÂN DÂN', org2='XÃ HỒ TRÀM', number='356/UBND-KT', date='2026-11-11',
    place='Hồ Tràm',
    title='V/v báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
    entries=[
     ('II.5.c', 'completed', 'Đã hoàn thành', 'Kiểm tra đo lường, nhãn hàng hóa tại chợ và cơ sở kinh doanh trên địa bàn xã',
        '04 cuộc, 46 cơ sở; 03 vi phạm; phạt 6,5 triệu đồng', {'inspections':4,'establishments_inspected':46,'violations':3,'fines_vnd':6500000}),
     ('II.1.a', 'completed', 'Đã hoàn thành', 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
        '12 tin bài trên loa truyền thanh xã; kinh phí 4.200.000đ', {'communications':12,'budget_spent_vnd':4200000}),
     ('II.3.a', 'completed', 'Đã hoàn thành', 'Cử công chức tập huấn nghiệp vụ', '02 công chức tham dự', {'participants':2}),
     ('II.2.d', 'in_progress', 'Đang thực hiện', 'Hướng dẫn hợp tác xã hải sản công bố tiêu chuẩn cơ sở',
        '03 hợp tác xã được hướng dẫn', {'enterprises_supported':3}),
    ],
    body=['Thực hiện Công văn của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Hồ Tràm báo cáo kết quả theo Phụ lục đính kèm.'],
    diff=['Địa bàn xã rộng, các điểm kinh doanh phân tán ven biển, khó kiểm tra thường xuyên.'],
    prop=['Đề nghị Chi cục hỗ trợ xã tập huấn cho hợp tác xã về công bố tiêu chuẩn cơ sở.'],
    signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Huỳnh Văn Sáng'))

rep(hand='B', mistaken=True, file='SYT_BC_11thang_2026.docx', uid='SO-YT', uname='Sở Y tế',
    org1='UBND THÀNH PHỐ HỒ CHÍ MINH', org2='SỞ Y TẾ', number='9320/SYT-NVY', date='2026-11-05',
    place='Thành phố Hồ Chí Minh',
    title='V/v báo cáo kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026',
    entries=[], mist_rows=[
      ('Thanh tra, kiểm tra an toàn thực phẩm bếp ăn tập thể', '126 cơ sở được kiểm tra; 14 cơ sở vi phạm; phạt 98 triệu'),
      ('Giám sát ngộ độc thực phẩm', '02 vụ, 37 người mắc, không có tử vong'),
      ('Truyền thông an toàn thực phẩm Tết', '1,1 tỷ đồng kinh phí; 45 phóng sự'),
    ],
    body=['Thực hiện chỉ đạo của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố, Sở Y tế báo cáo kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026 như sau (chi tiết tại Phụ lục).'],
    diff=[], prop=[], signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Tăng Chí Thượng'))

# ===== Hand C: Đoàn Mỹ Linh — wide xlsx, one column per figure, fillers "Không"/"0"/"-"; KK/KN rows
CCOLS = [('inspections','Số cuộc KT'),('establishments_inspected','Số cơ sở được KT'),('violations','Số vi phạm'),
         ('fines_vnd','Tiền phạt (đồng)'),('training_courses','Số lớp / hội nghị'),('participants','Số lượt người'),
         ('communications','Tin, bài, tờ rơi')]
rep(hand='C', file='XaChauDuc_bieu_CT38.xlsx', uid='26596', uname='Xã Châu Đức',
    org1='UBND XÃ CHÂU ĐỨC', number='221/BC-UBND', date='2026-11-08', place='Châu Đức',
    title='BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    entries=[
     ('II.5.c', 'completed', 'Đã xong', 'Kiểm tra cân, đo lường tại chợ Kim Long, chợ Bình Ba', {'inspections':3,'establishments_inspected':29,'violations':2,'fines_vnd':3000000}),
     ('II.1.a', 'completed', 'Đã xong', 'Tuyên truyền TC-ĐL-CL qua đài truyền thanh, hội nghị ấp', {'training_courses':4,'participants':215,'communications':10}),
     ('II.3.a', 'completed', 'Đã xong', 'Cử công chức dự tập huấn của Sở', {'participants':2}),
     ('II.5.a', 'not_applicable', 'Không phát sinh', 'Phối hợp đoàn kiểm tra xăng dầu của Chi cục', {}),
     ('II.2.d', 'in_progress', 'Đang làm', 'Hướng dẫn cơ sở sản xuất hồ tiêu, cà phê ghi nhãn', {}),
    ],
    fill=['Không','0','-'],
    diff=['Xã mới sáp nhập, chưa có cán bộ chuyên trách về TC-ĐL-CL.'],
    prop=['Đề nghị cấp cho xã 01 bộ cân đối chứng.', 'Đề nghị Sở hướng dẫn mẫu biên bản kiểm tra đo lường áp dụng cho cấp xã.'],
    signer='Chủ tịch: Võ Thành Nhân')

rep(hand='C', file='PTanThanh_CT38_T11.xlsx', uid='26725', uname='Phường Tân Thành',
    org1='UBND PHƯỜNG TÂN THÀNH', number='305/BC-UBND', date='2026-11-13', place='Tân Thành',
    title='BIỂU KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
    entries=[
     ('II.5.c', 'in_progress', 'Đang làm', 'Kiểm tra đo lường, chất lượng tại cửa hàng VLXD, xăng dầu', {'inspections':2,'establishments_inspected':15,'violations':1,'fines_vnd':12500000}),
     ('II.1.a', 'completed', 'Xong', 'Tuyên truyền cho doanh nghiệp KCN Phú Mỹ', {'training_courses':1,'participants':63,'communications':5}),
     ('II.3.a', 'not_started', 'Chưa làm', 'Tập huấn nghiệp vụ cho cán bộ phường', {}),
     ('II.5.b', 'not_applicable', 'Không PS', 'Khảo sát chất lượng sản phẩm', {}),
    ],
    fill=['-','0','Không'],
    diff=['Chưa có kinh phí riêng cho công tác kiểm tra TC-ĐL-CL.'],
    prop=['Đề nghị Sở tổ chức lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027.'],
    signer='KT. Chủ tịch - Phó Chủ tịch: Bùi Quang Vinh')

rep(hand='C', file='XaNgaiGiao_TDC_2026.xlsx', uid='26575', uname='Xã Ngãi Giao',
    org1='UBND XÃ NGÃI GIAO', number='174/BC-UBND', date='2026-11-07', place='Ngãi Giao',
    title='BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
    entries=[
     ('II.5.c', 'completed', 'Đã xong', 'Kiểm tra đo lường tại chợ Ngãi Giao, cửa hàng vàng bạc', {'inspections':2,'establishments_inspected':21}),
     ('II.1.a', 'in_progress', 'Đang làm', 'Tuyên truyền trên loa phát thanh, trang Facebook xã', {'communications':16}),
     ('II.3.a', 'completed', 'Đã xong', 'Cử cán bộ dự tập huấn', {'training_courses':1,'participants':1}),
    ],
    fill=['0','Không','-'],
    diff=[], prop=['Đề nghị Chi cục TĐC phối hợp kiểm tra vàng trang sức trên địa bàn xã.'],
    signer='Chủ tịch: Lê Thị Thanh Hương')

rep(hand='C', mistaken=True, file='SoNoiVu_CCHC_bieu_11T.xlsx', uid='SO-NV', uname='Sở Nội vụ',
    org1='SỞ NỘI VỤ', number='4418/BC-SNV', date='2026-11-10', place='Thành phố Hồ Chí Minh',
    title='BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 11 THÁNG NĂM 2026',
    entries=[], fill=['-','0','Không'], diff=[], prop=[], signer='Giám đốc: Trương Văn Lắm')

# ===== Hand D: Hồ Văn Tài — xlsx row per task, "Kết quả cụ thể" sentence, money column in mixed scales,
# "Đánh giá" word, "Người phụ trách (số máy lẻ)" column
rep(hand='D', file='TTPTTN_BC_CT38_2026.xlsx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm',
    org1='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', number='734/BC-TTPTTN', date='2026-10-28',
    place='TP. Hồ Chí Minh', title='BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    entries=[
     ('II.4.a', 'in_progress', 'Đang triển khai', 'Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm',
        'Mua sắm 02 hệ thống sắc ký khí khối phổ, đã nghiệm thu 01 hệ thống', '2,35 tỷ đồng', {'budget_spent_vnd':2350000000}),
     ('II.2.g', 'completed', 'Hoàn thành tốt', 'Mở rộng phạm vi dịch vụ kỹ thuật TC-ĐL-CL',
        'Mở rộng 14 phép thử được công nhận ISO/IEC 17025; kiểm định, hiệu chuẩn 18.420 phương tiện đo', '-', {'instruments_verified':18420}),
     ('II.4.c', 'completed', 'Hoàn thành tốt', 'Duy trì chuẩn đo lường, liên kết chuẩn quốc gia',
        'Hiệu chuẩn 27 chuẩn chính tại Viện Đo lường Việt Nam', '312 triệu', {'instruments_verified':27,'budget_spent_vnd':312000000}),
     ('II.5.b', 'completed', 'Hoàn thành tốt', 'Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục',
        'Thử nghiệm 146 mẫu', '0', {'samples_tested':146}),
     ('II.3.a', 'unknown', '', 'Cử viên chức tham gia đào tạo chuyên sâu',
        'Cử 09 lượt kỹ thuật viên dự khóa đào tạo đo lường khối lượng, áp suất', '64.800.000đ', {'participants':9,'budget_spent_vnd':64800000}),
    ],
    diff=['Thiết bị thử nghiệm một số phép đo đã cũ, chi phí bảo trì cao.'],
    prop=['Đề nghị Sở ưu tiên phân bổ vốn đầu tư năm 2027 cho phòng thí nghiệm hóa lý.'],
    signer='GIÁM ĐỐC\nNgô Quang Thái')

rep(hand='D', file='SXD_phoihop_CT38_2026.xlsx', uid='SO-XD', uname='Sở Xây dựng',
    org1='SỞ XÂY DỰNG THÀNH PHỐ HỒ CHÍ MINH', number='12093/SXD-QLCL', date='2026-11-03',
    place='TP. Hồ Chí Minh', title='KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    entries=[
     ('II.5.a', 'completed', 'Hoàn thành', 'Kiểm tra chất lượng vật liệu xây dựng lưu thông',
        'Tổ chức 06 đợt kiểm tra tại 47 cơ sở kinh doanh VLXD, phát hiện 04 cơ sở vi phạm, phạt 96.000.000đ', '-', {'inspections':6,'establishments_inspected':47,'violations':4,'fines_vnd':96000000}),
     ('II.2.e', 'in_progress', 'Đang triển khai', 'Góp ý QCVN về vật liệu xây dựng; xây dựng quy chuẩn địa phương',
        'Góp ý 05 dự thảo QCVN, TCVN do Bộ Xây dựng gửi', '0', {'standards_reviewed':5}),
     ('II.2.đ', 'completed', 'Hoàn thành', 'Duy trì HTQLCL TCVN ISO 9001:2015',
        'Chuyển đổi sang ISO điện tử, đánh giá nội bộ 01 đợt', '120 triệu', {'budget_spent_vnd':120000000}),
     ('II.5.b', 'not_applicable', 'Không phát sinh', 'Khảo sát chất lượng sản phẩm VLXD', 'Không có', '-', {}),
    ],
    diff=['Quy định phân cấp kiểm tra VLXD giữa Sở Xây dựng và Sở KH&CN còn chồng chéo.'],
    prop=['Đề nghị ký quy chế phối hợp kiểm tra chất lượng VLXD giữa hai Sở.'],
    signer='KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC\nLương Minh Phúc')

rep(hand='D', file='SNNMT_CT38_baocao_2026.xlsx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
    org1='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number='7715/BC-SNNMT', date='2026-11-02',
    place='TP. Hồ Chí Minh', title='KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (PHẦN PHỐI HỢP)',
    entries=[
     ('II.2.a', 'in_progress', 'Đang triển khai', 'Triển khai truy xuất nguồn gốc nông sản (Đề án 100)',
        'Hướng dẫn 34 hợp tác xã, doanh nghiệp gắn mã truy xuất; cấp 210 mã vùng trồng', '1,05 tỷ đồng', {'enterprises_supported':34,'budget_spent_vnd':1050000000}),
     ('II.5.a', 'completed', 'Hoàn thành', 'Kiểm tra chất lượng vật tư nông nghiệp',
        'Kiểm tra 138 cơ sở phân bón, thuốc BVTV; lấy 92 mẫu; 11 cơ sở vi phạm, phạt 275,5 triệu đồng', '-', {'establishments_inspected':138,'samples_tested':92,'violations':11,'fines_vnd':275500000}),
     ('II.1.a', 'completed', 'Hoàn thành', 'Tập huấn tiêu chuẩn VietGAP, quy chuẩn phân bón',
        '07 lớp, 420 nông dân, 12 tin bài', '186 triệu', {'training_courses':7,'participants':420,'communications':12,'budget_spent_vnd':186000000}),
     ('II.2.e', 'completed', 'Hoàn thành', 'Góp ý TCVN, QCVN ngành nông nghiệp', 'Góp ý 08 dự thảo', '0', {'standards_reviewed':8}),
    ],
    diff=['Nhiều hộ sản xuất nhỏ lẻ chưa sẵn sàng áp dụng truy xuất nguồn gốc.'],
    prop=['Đề nghị Sở KH&CN phối hợp xây dựng nền tảng truy xuất nguồn gốc dùng chung.'],
    signer='KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC\nNguyễn Thị Kim Oanh')

# ---------------------------------------------------------------- builders
def vdate(iso):
    y, m, d = iso.split('-')
    return f'ngày {d} tháng {m} năm {y}'

def set_cell(c, text, bold=False, size=11, align=None, italic=False):
    c.text = ''
    lines = text.split('\n')
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if align: p.alignment = align

def vertical(c):
    tcPr = c._tc.get_or_add_tcPr()
    td = OxmlElement('w:textDirection'); td.set(qn('w:val'), 'btLr'); tcPr.append(td)

def borders(table):
    table.style = 'Table Grid'

def header(doc, r, left_w=7):
    t = doc.add_table(rows=2, cols=2)
    set_cell(t.cell(0,0), r['org1'] + '\n' + r['org2'], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(t.cell(0,1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(t.cell(1,0), 'Số: ' + r['number'] + ('\n' + r['title'] if r['hand']=='B' else ''), size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(t.cell(1,1), r['place'] + ', ' + vdate(r['date']), italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    return t

def para(doc, text, bold=False, italic=False, align=None, size=13):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if align: p.alignment = align
    return p

def base_doc(font='Times New Roman'):
    d = Document(); st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    return d

def build_A(r):
    d = base_doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    header(d, r)
    para(d, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, r['title'], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {r['uname']} báo cáo kết quả thực hiện theo bảng dưới đây:")
    hdr = ['STT', 'Nhiệm vụ theo Kế hoạch', 'Hoạt động cụ thể', 'Kết quả (số liệu)', 'Tiến độ', 'Ghi chú']
    nrows = 2 + sum(len(e[4]) for e in r['entries'])
    t = d.add_table(rows=nrows, cols=6); borders(t)
    widths = [Cm(1.2), Cm(6.5), Cm(8), Cm(6), Cm(2.2), Cm(2.5)]
    for i, h in enumerate(hdr):
        set_cell(t.cell(0,i), h, bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
        if i in (0, 4, 5): vertical(t.cell(0,i))
        set_cell(t.cell(1,i), f'({i+1})', italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    tr = t.rows[0]._tr; trPr = tr.get_or_add_trPr(); h = OxmlElement('w:trHeight'); h.set(qn('w:val'), '1300'); trPr.append(h)
    row = 2
    for k, (task, st, sw, tname, acts) in enumerate(r['entries'], 1):
        top = row
        for a, res, _ in acts:
            set_cell(t.cell(row,2), a, size=11)
            set_cell(t.cell(row,3), res, size=11)
            set_cell(t.cell(row,5), '', size=11)
            row += 1
        for col, val in ((0, str(k)), (1, tname), (4, sw or '')):
            c = t.cell(top, col).merge(t.cell(row-1, col)) if row-1 > top else t.cell(top, col)
            set_cell(c, val, size=11, align=WD_ALIGN_PARAGRAPH.CENTER if col != 1 else None)
    for i, w in enumerate(widths):
        for rr in t.rows:
            rr.cells[i].width = w
    para(d, 'Khó khăn, vướng mắc:', bold=True)
    if r['diff']:
        for x in r['diff']: para(d, '- ' + x)
    else:
        para(d, '- Không.')
    para(d, 'Đề xuất, kiến nghị:', bold=True)
    for x in r['prop']: para(d, '- ' + x)
    sig = d.add_table(rows=1, cols=2)
    set_cell(sig.cell(0,0), 'Nơi nhận:\n- Sở KH&CN (qua Chi cục TĐC);\n- Lưu: VT.', size=11)
    set_cell(sig.cell(0,1), r['signer'][0] + '\n\n\n\n' + r['signer'][1], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    return d

def build_B(r):
    d = base_doc()
    header(d, r)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)', align=WD_ALIGN_PARAGRAPH.CENTER)
    for b in r['body']: para(d, b)
    if r['diff']:
        para(d, '1. Khó khăn, vướng mắc', bold=True)
        for x in r['diff']: para(d, '- ' + x)
    if r['prop']:
        para(d, '2. Đề xuất, kiến nghị', bold=True)
        for x in r['prop']: para(d, '- ' + x)
    para(d, f"Trên đây là báo cáo của {r['uname']}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.")
    sig = d.add_table(rows=1, cols=2)
    set_cell(sig.cell(0,0), 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', size=11)
    set_cell(sig.cell(0,1), r['signer'][0] + '\n\n\n\n' + r['signer'][1], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_page_break()
    para(d, 'PHỤ LỤC', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, f"(Kèm theo văn bản số {r['number']} {vdate(r['date'])} của {r['uname']})", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    if r.get('mistaken'):
        t = d.add_table(rows=1+len(r['mist_rows']), cols=3); borders(t)
        for i, h in enumerate(['TT', 'Nội dung', 'Kết quả']): set_cell(t.cell(0,i), h, bold=True, size=11)
        for k, (a, b) in enumerate(r['mist_rows'], 1):
            set_cell(t.cell(k,0), str(k), size=11); set_cell(t.cell(k,1), a, size=11); set_cell(t.cell(k,2), b, size=11)
        return d
    t = d.add_table(rows=1+len(r['entries']), cols=4); borders(t)
    for i, h in enumerate(['TT', 'Nội dung công việc', 'Kết quả thực hiện', 'Tình hình thực hiện']):
        set_cell(t.cell(0,i), h, bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for k, (task, st, sw, name, res, ind) in enumerate(r['entries'], 1):
        set_cell(t.cell(k,0), str(k), size=11); set_cell(t.cell(k,1), name, size=11)
        set_cell(t.cell(k,2), res, size=11); set_cell(t.cell(k,3), sw, size=11)
    return d

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')

def fmt_money(v):
    return f'{v:,}'.replace(',', '.')

def build_C(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bieu'
    ws['A1'] = r['org1']; ws['A1'].font = Font(bold=True)
    ws['G1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['G2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A2'] = 'Số: ' + r['number']; ws['G3'] = r['place'] + ', ' + vdate(r['date'])
    ws['A5'] = r['title']; ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = '(Kèm theo Báo cáo số ' + r['number'] + ')'
    hdr = ['STT', 'Nội dung công việc'] + [c[1] for c in CCOLS] + ['Tình trạng']
    if r.get('mistaken'):
        hdr = ['STT', 'Nội dung', 'Số TTHC được rà soát', 'Số hồ sơ trực tuyến', 'Tỷ lệ đúng hạn (%)', 'Số cuộc kiểm tra CCHC', 'Tình trạng']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center'); c.border = BOX
    row = 9
    if r.get('mistaken'):
        rows = [('Rà soát, đơn giản hóa thủ tục hành chính', 142, '-', '0', 6, 'Xong'),
                ('Dịch vụ công trực tuyến toàn trình', '-', 385214, 98.6, 'Không', 'Đang làm'),
                ('Kiểm tra công tác cải cách hành chính tại phường, xã', '0', '-', '-', 24, 'Xong')]
        for k, rr in enumerate(rows, 1):
            for i, v in enumerate((k,) + rr, 1):
                c = ws.cell(row, i, v); c.border = BOX; c.alignment = WRAP
            row += 1
    else:
        fi = 0
        for k, (task, st, sw, name, ind) in enumerate(r['entries'], 1):
            vals = [k, name]
            for key, _ in CCOLS:
                if key in ind:
                    vals.append(ind[key])
                else:
                    vals.append(r['fill'][fi % 3]); fi += 1
            vals.append(sw)
            for i, v in enumerate(vals, 1):
                c = ws.cell(row, i, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, int) and v >= 1000: c.number_format = '#,##0'
            row += 1
    row += 1
    ws.cell(row, 1, 'KK'); ws.cell(row, 2, 'Khó khăn, vướng mắc:').font = Font(bold=True); row += 1
    for x in (r['diff'] or ['Không']):
        ws.cell(row, 2, x); row += 1
    ws.cell(row, 1, 'KN'); ws.cell(row, 2, 'Kiến nghị, đề xuất:').font = Font(bold=True); row += 1
    for x in (r['prop'] or ['Không']):
        ws.cell(row, 2, x); row += 1
    row += 1
    ws.cell(row, 7, 'Người lập biểu: Đoàn Mỹ Linh'); ws.cell(row+1, 7, r['signer'])
    ws.column_dimensions['B'].width = 48
    for col in 'CDEFGHIJ': ws.column_dimensions[col].width = 13
    return wb

def build_D(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Tong hop'
    ws.merge_cells('A1:C1'); ws['A1'] = r['org1']; ws['A1'].font = Font(bold=True)
    ws.merge_cells('A2:C2'); ws['A2'] = 'Số: ' + r['number']
    ws.merge_cells('D1:G1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('D2:G2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('D3:G3'); ws['D3'] = r['place'] + ', ' + vdate(r['date'])
    ws.merge_cells('A5:G5'); ws['A5'] = r['title']; ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nhiệm vụ', 'Kết quả cụ thể', 'Kinh phí đã sử dụng', 'Đánh giá', 'Người phụ trách (máy lẻ)', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(wrap_text=True, horizontal='center')
    people = ['Tài (102)', 'Hạnh (118)', 'Tài (102)', 'Quân (125)', 'Hạnh (118)']
    for k, (task, st, sw, name, res, money, ind) in enumerate(r['entries'], 1):
        vals = [k, name, res, money, sw, people[k-1], '']
        for i, v in enumerate(vals, 1):
            c = ws.cell(7+k, i, v); c.border = BOX; c.alignment = WRAP
    row = 9 + len(r['entries'])
    ws.cell(row, 2, 'Khó khăn, vướng mắc').font = Font(bold=True)
    for x in r['diff']:
        row += 1; ws.cell(row, 2, '- ' + x)
    row += 1; ws.cell(row, 2, 'Đề xuất, kiến nghị').font = Font(bold=True)
    for x in r['prop']:
        row += 1; ws.cell(row, 2, '- ' + x)
    row += 2; ws.cell(row, 5, r['signer'])
    ws.column_dimensions['B'].width = 40; ws.column_dimensions['C'].width = 55
    ws.column_dimensions['D'].width = 16; ws.column_dimensions['E'].width = 16; ws.column_dimensions['F'].width = 16
    return wb

def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()

LO_RESAVE = {'26506_PVungTau_BC_CT38_thang11.docx', 'XaChauDuc_bieu_CT38.xlsx'}

for r in R:
    path = os.path.join(OUT, r['file'])
    obj = {'A': build_A, 'B': build_B, 'C': build_C, 'D': build_D}[r['hand']](r)
    obj.save(path)
    if r['file'] in LO_RESAVE:
        tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
        ext = r['file'].rsplit('.', 1)[1]
        subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, path],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, r['file']), path); shutil.rmtree(tmp)
    entries = []
    for e in r['entries']:
        if r['hand'] == 'A':
            task, st, sw, name, acts = e
            ind = {}
            for _, _, dd in acts: 
                for k, v in dd.items(): ind[k] = ind.get(k, 0) + v
            text = name + ': ' + '; '.join(a + ' — ' + res for a, res, _ in acts)
        elif r['hand'] == 'B':
            task, st, sw, name, res, ind = e; text = name + ': ' + res
        elif r['hand'] == 'C':
            task, st, sw, name, ind = e; text = name
        else:
            task, st, sw, name, res, money, ind = e; text = name + ': ' + res
        ind = {k: v for k, v in ind.items() if v is not None}
        entries.append({'task': task, 'status': st, 'indicators': ind, 'text': text})
    key = {'file': r['file'], 'sha256': sha(path),
           'status': 'rejected' if r.get('mistaken') else 'extracted',
           'reason': ('not a report of this plan: ' + r['title']) if r.get('mistaken') else None,
           'unit': {'id': r['uid'], 'name': r['uname']},
           'document': {'number': r['number'], 'date': r['date']},
           'entries': entries, 'findings': [],
           'difficulties': r['diff'], 'proposals': r['prop']}
    json.dump(key, open(os.path.join(TRUTH, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
print(len(R), 'files')
