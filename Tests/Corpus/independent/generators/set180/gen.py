# -*- coding: utf-8 -*-
"""Generator for set180: 16 progress reports (11 months / year-end 2026) in 4 hands."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)

ST = {'Đạt': 'completed', 'Hoàn thành': 'completed', 'Cơ bản đạt': 'completed',
      'Chưa đạt': 'in_progress', 'Đang triển khai': 'in_progress', 'Đang thực hiện': 'in_progress',
      'Chưa triển khai': 'not_started', 'Không phát sinh': 'not_applicable', '': 'unknown'}

def d_vn(s):
    d, m, y = s.split('/')
    return f'ngày {d} tháng {m} năm {y}', f'{y}-{m}-{d}'

def money_dot(n):
    return f'{n:,}'.replace(',', '.')

def money_com(n):
    return f'{n:,}'

# ---------------------------------------------------------------- reports
# entry: (task, status word, [(indicator, value, rendered text)], key text, body sentence(s))
R = []

def rep(**k):
    R.append(k)

# ===== HAND 1: ward officer copying the 6-month report (DOCX) =====
rep(hand=1, file='27301_ChoQuan_BC11thang_CT38.docx', uid='27301', uname='Phường Chợ Quán',
    number='412/BC-UBND', date='18/11/2026', status='extracted',
    entries=[
     ('II.1.a', 'Đạt', [('communications', 14, '14 tin, bài'), ('training_courses', 2, '02 buổi'), ('participants', 135, '135 lượt')],
      'Tuyên truyền về TĐC trên trang thông tin điện tử phường, tổ chức buổi phổ biến cho hộ kinh doanh',
      'Phường đăng tải 14 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố về tiêu chuẩn, đo lường, chất lượng; phối hợp tổ chức 02 buổi phổ biến pháp luật cho hộ kinh doanh, có 135 lượt người tham dự.'),
     ('II.3.a', 'Đạt', [('participants', 4, '04 công chức')],
      'Cử công chức tham dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức',
      'Cử 04 công chức (Phòng Kinh tế, Văn phòng HĐND-UBND) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức ngày 24/7/2026.'),
     ('II.5.c', 'Cơ bản đạt', [('inspections', 6, '06 cuộc'), ('establishments_inspected', 31, '31 cơ sở'), ('violations', 3, '03 cơ sở'), ('fines_vnd', 7500000, '7.500.000 đồng')],
      'Kiểm tra đo lường, chất lượng tại cơ sở kinh doanh xăng dầu, vàng bạc, chợ trên địa bàn',
      'Tổ kiểm tra liên ngành phường đã thực hiện 06 cuộc kiểm tra tại 31 cơ sở (xăng dầu, vàng trang sức, cân tại chợ Bình Tây); phát hiện 03 cơ sở vi phạm, xử phạt vi phạm hành chính tổng số tiền 7.500.000 đồng.'),
     ('II.5.d', 'Không phát sinh', [], 'Khen thưởng, bảo vệ người tố giác vi phạm',
      'Trong kỳ không nhận được tin báo, tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.'),
    ],
    old6=['Trong 6 tháng đầu năm phường đã kiểm tra 02 cuộc tại 11 cơ sở.'],
    diff=['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ kiêm nhiệm nhiều việc.',
          'Chưa được trang bị quả cân chuẩn, thiết bị kiểm tra nhanh phục vụ kiểm tra tại chợ.'],
    prop=['Đề nghị Chi cục TĐC hỗ trợ phường bộ quả cân chuẩn để kiểm tra cân tại chợ.',
          'Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường năm 2027.'])

rep(hand=1, file='BC_CT38_PhuongPhuLam_11T.docx', uid='27349', uname='Phường Phú Lâm',
    number='298/BC-UBND', date='20/11/2026', status='extracted',
    entries=[
     ('II.1.a', 'Đạt', [('communications', 9, '09 tin bài')],
      'Tuyên truyền Chỉ thị 38 qua loa phát thanh, băng rôn, trang thông tin phường',
      'Tuyên truyền trên hệ thống loa truyền thanh các khu phố, treo băng rôn tại chợ Phú Lâm; đăng 09 tin bài trên Fanpage phường.'),
     ('II.5.c', 'Chưa đạt', [('inspections', 3, '03 cuộc'), ('establishments_inspected', 17, '17 cơ sở'), ('violations', 1, '01 trường hợp'), ('fines_vnd', 2500000, '2,5 triệu đồng')],
      'Kiểm tra cân đối chứng, cơ sở kinh doanh hàng hóa tại chợ theo phân cấp',
      'Kiểm tra 03 cuộc, 17 cơ sở kinh doanh tại chợ Phú Lâm và các tuyến đường; 01 trường hợp vi phạm (cân sai số vượt giới hạn cho phép), phạt tiền 2,5 triệu đồng. So với kế hoạch năm của phường (06 cuộc) chưa đạt.'),
     ('II.3.a', 'Đạt', [('participants', 2, '02 đồng chí')],
      'Cử cán bộ tham gia tập huấn TĐC',
      'Cử 02 đồng chí công chức Phòng Kinh tế tham dự tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng tháng 7/2026.'),
    ],
    old6=['Trong 6 tháng đầu năm, phường chưa tổ chức kiểm tra do đang kiện toàn bộ máy sau sắp xếp.'],
    diff=['Sau sắp xếp đơn vị hành chính, địa bàn rộng, lực lượng mỏng nên số cuộc kiểm tra còn thấp so với kế hoạch.'],
    prop=['Đề nghị Chi cục TĐC cử cán bộ chuyên môn phối hợp cùng phường khi kiểm tra đo lường tại chợ.'])

rep(hand=1, file='ThoiAn-bao cao 11 thang CT38.docx', uid='26773', uname='Phường Thới An',
    number='1057/BC-UBND', date='16/11/2026', status='extracted',
    entries=[
     ('II.1.a', 'Đạt', [('communications', 22, '22 tin, bài'), ('training_courses', 1, '01 hội nghị'), ('participants', 86, '86 đại biểu')],
      'Tuyên truyền, phổ biến pháp luật về TĐC cho doanh nghiệp, hộ kinh doanh',
      'Đăng 22 tin, bài trên Cổng thông tin điện tử phường; tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa cho doanh nghiệp, hộ kinh doanh với 86 đại biểu tham dự.'),
     ('II.2.d', 'Đang triển khai', [('enterprises_supported', 12, '12 doanh nghiệp')],
      'Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy, áp dụng hệ thống quản lý',
      'Phối hợp Chi cục TĐC hướng dẫn 12 doanh nghiệp trên địa bàn về thủ tục công bố hợp quy, áp dụng ISO 9001; tiếp tục thực hiện trong tháng 12.'),
     ('II.5.c', 'Đạt', [('inspections', 5, '05 cuộc'), ('establishments_inspected', 24, '24 cơ sở'), ('violations', 2, '02 cơ sở'), ('fines_vnd', 12000000, '12.000.000đ'), ('samples_tested', 6, '06 mẫu')],
      'Kiểm tra đo lường, chất lượng xăng dầu, LPG trên địa bàn phường',
      'Tổ chức 05 cuộc kiểm tra tại 24 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG); lấy 06 mẫu xăng dầu gửi thử nghiệm; phát hiện 02 cơ sở vi phạm, xử phạt 12.000.000đ.'),
     ('II.3.a', 'Đạt', [('participants', 3, '03 công chức')],
      'Công chức tham dự tập huấn chuyên môn TĐC', 'Cử 03 công chức tham dự tập huấn chuyên môn do Sở KH&CN tổ chức.'),
    ],
    old6=['6 tháng đầu năm: đăng 10 tin bài; kiểm tra 02 cuộc, 09 cơ sở.'],
    diff=['Kinh phí cho hoạt động lấy mẫu thử nghiệm chưa được bố trí riêng trong dự toán của phường.'],
    prop=['Kiến nghị UBND Thành phố bố trí kinh phí lấy mẫu, thử nghiệm cho cấp phường.',
          'Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền mẫu để phường in ấn phát cho hộ kinh doanh.'])

rep(hand=1, file='BayHien_BC giam ngheo 11T.docx', uid='26983', uname='Phường Bảy Hiền',
    number='377/BC-UBND', date='19/11/2026', status='rejected',
    reason='Báo cáo về công tác giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).',
    subject='Kết quả thực hiện Chương trình giảm nghèo bền vững 11 tháng năm 2026',
    entries=[], old6=[], diff=[], prop=[],
    mis=['Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2026-2030: toàn phường còn 14 hộ nghèo, 37 hộ cận nghèo.',
         'Phối hợp Ngân hàng Chính sách xã hội giải ngân vốn vay cho 21 hộ, tổng số tiền 1.050.000.000 đồng.',
         'Vận động Quỹ "Vì người nghèo" được 356.000.000 đồng; tặng 420 phần quà Tết cho hộ nghèo, cận nghèo.',
         'Phương hướng 6 tháng cuối năm: tiếp tục rà soát, hỗ trợ sinh kế cho hộ thoát nghèo.'])

# ===== HAND 2: Excel activity rows, group headings imply the task, =SUM rows (wards + Sở Công Thương) =====
rep(hand=2, file='BinhThoi_CT38_11thang.xlsx', uid='27232', uname='Phường Bình Thới',
    number='215/BC-UBND', date='23/11/2026', status='extracted',
    groups=[
     ('II.1.a', 'I. TUYÊN TRUYỀN, PHỔ BIẾN', 'Đạt', 'Tuyên truyền về TĐC',
      [('Đăng tin trên trang TTĐT phường', 'Quý I-III', {'communications': 7}),
       ('Phát thanh loa khu phố 1-8', 'T4-T10', {'communications': 16}),
       ('Phát tờ rơi cho hộ KD chợ Bình Thới', '12/9/2026', {'communications': 1})]),
     ('II.5.c', 'II. KIỂM TRA THEO PHÂN CẤP', 'Cơ bản đạt', 'Kiểm tra đo lường, chất lượng theo phân cấp',
      [('KT cân tại chợ Bình Thới', '15/3/2026', {'inspections': 1, 'establishments_inspected': 12, 'violations': 1, 'fines_vnd': '1.500.000'}),
       ('KT cửa hàng xăng dầu', '22/6/2026', {'inspections': 1, 'establishments_inspected': 4, 'violations': 0, 'fines_vnd': 0}),
       ('KT mũ bảo hiểm, đồ chơi trẻ em', '10/9/2026', {'inspections': 1, 'establishments_inspected': 9, 'violations': 2, 'fines_vnd': '6,000,000'}),
       ('KT vàng trang sức', '28/10/2026', {'inspections': 1, 'establishments_inspected': 6, 'violations': 0, 'fines_vnd': 0})]),
     ('II.3.a', 'III. TẬP HUẤN', 'Đạt', 'Cử công chức dự tập huấn',
      [('Dự tập huấn do Chi cục TĐC tổ chức', '24/7/2026', {'participants': 3})]),
    ],
    diff=['Chưa có thiết bị kiểm tra nhanh chất lượng xăng dầu, vàng.'],
    prop=['Đề nghị Chi cục TĐC hỗ trợ thiết bị kiểm tra nhanh cho phường.'])

rep(hand=2, file='HanhThong-TDC-2026.xlsx', uid='26890', uname='Phường Hạnh Thông',
    number='88/BC-UBND', date='25/11/2026', status='extracted',
    groups=[
     ('II.1.a', 'I. Tuyên truyền', 'Đạt', 'Tuyên truyền về TĐC',
      [('Bài viết trên Fanpage phường', 'cả năm', {'communications': 11}),
       ('Hội nghị phổ biến Luật CLSPHH cho hộ KD', '14/5/2026', {'training_courses': 1, 'participants': 120})]),
     ('II.5.c', 'II. Kiểm tra', 'Đang triển khai', 'Kiểm tra theo phân cấp',
      [('Kiểm tra xăng dầu tuyến Nguyễn Oanh', '19/4/2026', {'inspections': 1, 'establishments_inspected': 5, 'violations': 1, 'fines_vnd': '3.000.000'}),
       ('Kiểm tra cân chợ Hạnh Thông Tây', '08/8/2026', {'inspections': 1, 'establishments_inspected': 14, 'violations': 0, 'fines_vnd': 0}),
       ('Kiểm tra đợt cao điểm cuối năm', 'T11-T12', {'inspections': 1, 'establishments_inspected': 7, 'violations': 0, 'fines_vnd': 0})]),
     ('II.5.d', 'III. Xử lý tố giác', 'Không phát sinh', 'Tố giác vi phạm', [('Không nhận được tố giác', '', {})]),
    ],
    diff=['Cán bộ phụ trách thay đổi nhiều lần trong năm, hồ sơ theo dõi chưa đầy đủ.'],
    prop=['Đề nghị Sở KH&CN ban hành mẫu biểu báo cáo thống nhất cho cấp phường.'])

rep(hand=2, file='PL_CT38_PhuocLong.xlsx', uid='26848', uname='Phường Phước Long',
    number='531/UBND-KT', date='27/11/2026', status='extracted',
    groups=[
     ('II.1.a', 'A. TUYÊN TRUYỀN', 'Đạt', 'Tuyên truyền về TĐC',
      [('Tin bài trên Cổng TTĐT', 'T1-T11', {'communications': 13}),
       ('Tọa đàm với tiểu thương chợ Phước Long', '20/6/2026', {'training_courses': 1, 'participants': 64})]),
     ('II.5.c', 'B. KIỂM TRA', 'Đạt', 'Kiểm tra theo phân cấp',
      [('Kiểm tra cân chợ', '11/3/2026', {'inspections': 1, 'establishments_inspected': 18, 'violations': 2, 'fines_vnd': '2.000.000'}),
       ('Kiểm tra LPG', '09/7/2026', {'inspections': 1, 'establishments_inspected': 6, 'violations': 1, 'fines_vnd': '4,500,000'}),
       ('Kiểm tra xăng dầu', '15/10/2026', {'inspections': 1, 'establishments_inspected': 3, 'violations': 0, 'fines_vnd': 0})]),
     ('II.2.d', 'C. HỖ TRỢ DOANH NGHIỆP', 'Đang triển khai', 'Hướng dẫn DN công bố hợp quy',
      [('Hướng dẫn DN thủ tục công bố hợp quy', 'T5-T11', {'enterprises_supported': 8})]),
    ],
    diff=['Nhiều hộ kinh doanh tại chợ chưa chủ động kiểm định cân, còn sử dụng cân không rõ nguồn gốc.'],
    prop=['Đề nghị Chi cục TĐC tổ chức kiểm định cân miễn phí tại chợ Phước Long.'])

rep(hand=2, file='SoCongThuong_BC_CT38_2026.xlsx', uid='SO-CT', uname='Sở Công Thương',
    number='8842/SCT-QLTM', date='24/11/2026', status='extracted',
    groups=[
     ('II.5.a', 'I. KIỂM TRA, GIÁM SÁT HÀNG HÓA LƯU THÔNG', 'Cơ bản đạt', 'Kiểm tra chất lượng hàng hóa lưu thông',
      [('Kiểm tra xăng dầu (phối hợp Chi cục TĐC)', 'Quý II', {'inspections': 4, 'establishments_inspected': 38, 'violations': 5, 'fines_vnd': '47.500.000'}),
       ('Kiểm tra phân bón, hàng điện tử', 'Quý III', {'inspections': 3, 'establishments_inspected': 26, 'violations': 3, 'fines_vnd': '31,000,000'}),
       ('Kiểm tra hàng hóa dịp cuối năm', 'T10-T11', {'inspections': 2, 'establishments_inspected': 19, 'violations': 1, 'fines_vnd': '8.000.000'})]),
     ('II.2.e', 'II. GÓP Ý TIÊU CHUẨN, QUY CHUẨN', 'Đạt', 'Góp ý dự thảo QCVN',
      [('Góp ý dự thảo QCVN ngành công thương', 'T3-T9', {'standards_reviewed': 4})]),
     ('II.2.a', 'III. NĂNG SUẤT CHẤT LƯỢNG', 'Đang triển khai', 'Hỗ trợ DN nâng cao năng suất chất lượng',
      [('Hỗ trợ DN công nghiệp hỗ trợ áp dụng công cụ cải tiến', 'T6-T11', {'enterprises_supported': 15}),
       ('Hội thảo năng suất chất lượng ngành công nghiệp', '17/9/2026', {'training_courses': 1, 'participants': 210})]),
    ],
    diff=['Lực lượng quản lý thị trường chuyển về Sở Công Thương quản lý, còn lúng túng trong phân định thẩm quyền kiểm tra chất lượng.'],
    prop=['Đề nghị Sở KH&CN chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng hàng hóa lưu thông.'])

# ===== HAND 3: department memo, one "Đánh giá" table (DOCX) =====
rep(hand=3, file='SYT_BC_11T_CT38.docx', uid='SO-YT', uname='Sở Y tế',
    number='11205/SYT-NVY', date='17/11/2026', status='extracted',
    entries=[
     ('II.2.đ', 'Đạt', [], 'Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở',
      'Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở; đánh giá nội bộ tháng 9/2026.'),
     ('II.2.e', 'Đạt', [('standards_reviewed', 6, '06 dự thảo')], 'Góp ý dự thảo QCVN, TCVN lĩnh vực y tế',
      'Góp ý 06 dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.'),
     ('II.5.a', 'Cơ bản đạt', [('inspections', 3, '03 đoàn'), ('establishments_inspected', 42, '42 cơ sở'), ('violations', 4, '04 cơ sở'), ('fines_vnd', 36500000, '36,500,000 đồng')],
      'Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông',
      'Thành lập 03 đoàn kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm tại 42 cơ sở; 04 cơ sở vi phạm, phạt 36,500,000 đồng.'),
     ('II.3.a', 'Đạt', [('training_courses', 2, '02 lớp'), ('participants', 1250, '1.250 lượt')], 'Tập huấn nghiệp vụ TĐC cho cán bộ ngành y tế',
      'Tổ chức 02 lớp tập huấn cho 1.250 lượt cán bộ, viên chức các bệnh viện về quy chuẩn, đo lường trong khám chữa bệnh.'),
    ],
    diff=['Số lượng phương tiện đo nhóm 2 trong lĩnh vực y tế lớn, một số đơn vị chưa kiểm định đúng hạn.'],
    prop=['Đề nghị Sở KH&CN cung cấp danh sách tổ chức kiểm định phương tiện đo y tế được chỉ định trên địa bàn.'])

rep(hand=3, file='SXD-BC CT38 nam 2026.docx', uid='SO-XD', uname='Sở Xây dựng',
    number='15320/SXD-KTXD', date='19/11/2026', status='extracted',
    entries=[
     ('II.2.e', 'Đạt', [('standards_reviewed', 9, '09 tiêu chuẩn, quy chuẩn')], 'Góp ý TCVN, QCVN lĩnh vực xây dựng',
      'Tham gia góp ý 09 dự thảo tiêu chuẩn, quy chuẩn về vật liệu xây dựng, an toàn cháy cho nhà và công trình.'),
     ('II.5.a', 'Đang triển khai', [('inspections', 2, '02 cuộc'), ('establishments_inspected', 27, '27 cơ sở'), ('samples_tested', 54, '54 mẫu'), ('violations', 3, '03 cơ sở')],
      'Kiểm tra chất lượng vật liệu xây dựng lưu thông',
      'Kiểm tra 02 cuộc tại 27 cơ sở kinh doanh vật liệu xây dựng, lấy 54 mẫu thép, xi măng, gạch thử nghiệm; 03 cơ sở vi phạm đang xử lý.'),
     ('II.2.đ', 'Hoàn thành', [], 'Áp dụng ISO 9001 trong hoạt động của Sở', 'Công bố lại HTQLCL phù hợp TCVN ISO 9001:2015 sau sắp xếp tổ chức.'),
     ('II.1.a', 'Đạt', [('communications', 5, '05 tin, bài')], 'Tuyên truyền về chất lượng vật liệu xây dựng',
      'Đăng 05 tin, bài về quản lý chất lượng vật liệu xây dựng trên Cổng thông tin của Sở.'),
    ],
    diff=['Chi phí thử nghiệm mẫu vật liệu xây dựng cao, chưa có nguồn kinh phí riêng.'],
    prop=['Đề nghị Sở Tài chính xem xét bố trí kinh phí lấy mẫu thử nghiệm vật liệu xây dựng năm 2027.'])

rep(hand=3, file='SoNNMT_baocao_11thang.docx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
    number='9107/SNNMT-CCQLCL', date='21/11/2026', status='extracted',
    entries=[
     ('II.2.a', 'Đang triển khai', [('enterprises_supported', 46, '46 cơ sở, doanh nghiệp'), ('budget_spent_vnd', 1350000000, '1,35 tỷ đồng')],
      'Triển khai truy xuất nguồn gốc nông sản (Đề án 100)',
      'Hỗ trợ 46 cơ sở, doanh nghiệp sản xuất nông sản áp dụng truy xuất nguồn gốc, cấp mã QR; kinh phí đã giải ngân 1,35 tỷ đồng.'),
     ('II.5.a', 'Đạt', [('inspections', 7, '07 đợt'), ('establishments_inspected', 215, '215 cơ sở'), ('samples_tested', 1480, '1,480 mẫu'), ('violations', 12, '12 cơ sở'), ('fines_vnd', 184000000, '184.000.000 đồng')],
      'Kiểm tra, giám sát chất lượng vật tư nông nghiệp, nông sản',
      'Tổ chức 07 đợt kiểm tra 215 cơ sở sản xuất, kinh doanh vật tư nông nghiệp; lấy 1,480 mẫu giám sát; 12 cơ sở vi phạm, phạt 184.000.000 đồng.'),
     ('II.2.e', 'Đạt', [('standards_reviewed', 3, '03 dự thảo')], 'Góp ý QCVN', 'Góp ý 03 dự thảo QCVN về phân bón, thức ăn chăn nuôi.'),
    ],
    diff=['Mẫu giám sát nhiều, năng lực phòng thử nghiệm của ngành còn hạn chế, thời gian trả kết quả kéo dài.'],
    prop=['Đề nghị Sở KH&CN chia sẻ dữ liệu kết quả khảo sát chất lượng hàng hóa để phối hợp giám sát.'])

rep(hand=3, file='SGDDT-BC-TDC-11T2026.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo',
    number='6618/SGDĐT-KHTC', date='26/11/2026', status='extracted',
    entries=[
     ('II.3.d', 'Cơ bản đạt', [('training_courses', 4, '04 chuyên đề'), ('participants', 2300, '2,300 học sinh, sinh viên')],
      'Lồng ghép kiến thức tiêu chuẩn, đo lường, chất lượng trong các trường',
      'Phối hợp tổ chức 04 chuyên đề ngoại khóa về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho 2,300 học sinh, sinh viên các trường trung cấp, cao đẳng.'),
     ('II.2.đ', 'Đạt', [], 'Duy trì ISO 9001 tại cơ quan Sở', 'Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở.'),
     ('II.1.a', 'Chưa triển khai', [], 'Tọa đàm với doanh nghiệp cung ứng thiết bị giáo dục',
      'Tọa đàm với doanh nghiệp cung ứng thiết bị dạy học về chất lượng sản phẩm: chưa tổ chức, dời sang Quý I/2027.'),
    ],
    diff=['Chương trình chính khóa không có thời lượng riêng cho nội dung tiêu chuẩn, đo lường, chất lượng.'],
    prop=['Đề nghị Chi cục TĐC biên soạn tài liệu ngoại khóa thống nhất cho học sinh, sinh viên.'])

rep(hand=3, file='SoDuLich_BC_CCHC_11T.docx', uid='SO-DL', uname='Sở Du lịch',
    number='2471/SDL-VP', date='22/11/2026', status='rejected',
    reason='Báo cáo công tác cải cách hành chính 11 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).',
    subject='Kết quả công tác cải cách hành chính 11 tháng năm 2026',
    entries=[
     ('', 'Đạt', [], '', 'Tiếp nhận 1.846 hồ sơ thủ tục hành chính, giải quyết đúng hạn 100%.'),
     ('', 'Đạt', [], '', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 92,4%.'),
     ('', 'Đang triển khai', [], '', 'Rà soát, đề xuất cắt giảm 05 thủ tục hành chính lĩnh vực lữ hành.'),
     ('', 'Đạt', [], '', 'Duy trì HTQLCL TCVN ISO 9001:2015 trong giải quyết TTHC.'),
    ],
    diff=[], prop=[])

# ===== HAND 4: Sở's own units, Excel "Chỉ tiêu KH / TH 11 tháng / Tỷ lệ" per figure row =====
rep(hand=4, file='ChiCucTDC_TH_CT38_11T.xlsx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng',
    number='1893/BC-TĐC', date='28/11/2026', status='extracted',
    groups=[
     ('II.1.a', 'Tập huấn VBQPPL, tọa đàm DN nhập khẩu', 'Đạt', [('Lớp tập huấn, tọa đàm DN nhập khẩu', 'lớp', 5, 6), ('Người tham dự', 'lượt', 500, 612)], {'training_courses': 6, 'participants': 612}),
     ('II.1.b', 'Tuyên truyền Giải thưởng CLQG', 'Đạt', [('Doanh nghiệp được hướng dẫn', 'DN', 20, 27)], {'enterprises_supported': 27}),
     ('II.2.a', 'Chương trình 1322, Đề án 996, Đề án 100', 'Đang triển khai', [('DN được hỗ trợ', 'DN', 40, 33), ('Kinh phí giải ngân', 'đồng', 349000000, 286450000)], {'enterprises_supported': 33, 'budget_spent_vnd': 286450000}),
     ('II.2.e', 'Xây dựng, góp ý TCVN, QCVN, QCĐP', 'Cơ bản đạt', [('Dự thảo TCVN/QCVN góp ý', 'văn bản', 15, 14)], {'standards_reviewed': 14}),
     ('II.5.a', 'Kiểm tra nhà nước về TĐC', 'Đạt', [('Cuộc kiểm tra', 'cuộc', 20, 23), ('Cơ sở được kiểm tra', 'cơ sở', 200, 241), ('Cơ sở vi phạm', 'cơ sở', None, 29), ('Tiền phạt', 'đồng', None, 412750000)], {'inspections': 23, 'establishments_inspected': 241, 'violations': 29, 'fines_vnd': 412750000}),
     ('II.5.b', 'Khảo sát chất lượng SP, HH', 'Chưa đạt', [('Mẫu khảo sát', 'mẫu', 300, 212)], {'samples_tested': 212}),
     ('II.4.b', 'Kiểm định, hiệu chuẩn thiết bị nghiệp vụ', 'Đạt', [('Thiết bị được kiểm định, hiệu chuẩn', 'chiếc', 30, 38)], {'instruments_verified': 38}),
    ],
    diff=['Dự toán kinh phí khảo sát chất lượng bị cắt giảm giữa năm, không đủ lấy mẫu theo kế hoạch.',
          'Biên chế Chi cục giảm sau sắp xếp, khối lượng kiểm tra tăng do địa bàn mở rộng.'],
    prop=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 tối thiểu 350 mẫu.',
          'Đề nghị UBND Thành phố chỉ đạo các phường, xã, đặc khu bố trí công chức đầu mối về TĐC.'])

rep(hand=4, file='TTPTTN_bc_11thang_CT38.xlsx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    number='742/BC-TTPT', date='24/11/2026', status='extracted',
    groups=[
     ('II.4.a', 'Đầu tư trang thiết bị, cơ sở vật chất', 'Đang triển khai', [('Kinh phí mua sắm thiết bị đã giải ngân', 'đồng', 5200000000, 3875600000)], {'budget_spent_vnd': 3875600000}),
     ('II.2.g', 'Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', 'Đạt', [('Phương tiện đo kiểm định, hiệu chuẩn', 'phương tiện', 40000, 46318), ('Mẫu thử nghiệm', 'mẫu', 8000, 9145)], {'instruments_verified': 46318, 'samples_tested': 9145}),
     ('II.4.c', 'Duy trì chuẩn đo lường, liên kết chuẩn', 'Đạt', [('Chuẩn đo lường chính đang duy trì', 'chuẩn', 25, 25)], {}),
     ('II.3.d', 'Đào tạo cho sinh viên, người lao động', 'Cơ bản đạt', [('Khóa đào tạo', 'khóa', 10, 9), ('Học viên', 'người', 300, 287)], {'training_courses': 9, 'participants': 287}),
    ],
    diff=['Thủ tục mua sắm thiết bị phân tích kéo dài, chưa giải ngân hết dự toán năm.'],
    prop=['Đề nghị Sở hướng dẫn chuyển nguồn kinh phí mua sắm chưa giải ngân sang năm 2027.'])

rep(hand=4, file='P.KTPC - TH CT38 11T.xlsx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế',
    number='', date='15/11/2026', status='extracted',
    groups=[
     ('II.5.a', 'Phối hợp kiểm tra TĐC', 'Đạt', [('Cuộc kiểm tra phối hợp', 'cuộc', 6, 7), ('Cơ sở', 'cơ sở', 60, 58), ('Cơ sở vi phạm', 'cơ sở', None, 6), ('Tiền phạt', 'đồng', None, 93500000)], {'inspections': 7, 'establishments_inspected': 58, 'violations': 6, 'fines_vnd': 93500000}),
     ('II.5.d', 'Xử lý tố giác, khen thưởng', 'Không phát sinh', [('Đơn tố giác', 'đơn', None, 0)], {}),
     ('II.2.c', 'Góp ý dự thảo Luật, VBQPPL', 'Đạt', [('Văn bản góp ý', 'văn bản', None, 5)], {}),
    ],
    diff=['Một số quyết định xử phạt chưa được thi hành do cơ sở ngừng kinh doanh.'],
    prop=['Đề nghị Chi cục TĐC chia sẻ kế hoạch kiểm tra sớm để bố trí lực lượng phối hợp.'])

# ---------------------------------------------------------------- renderers
KH = 'Kế hoạch số 127/KH-SKHCN ngày 20 tháng 01 năm 2026 của Sở Khoa học và Công nghệ'

def hdr_table(doc, left1, left2, number, date, font='Times New Roman'):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = ''
    p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(left1 + '\n').font.size = Pt(12)
    r = p.add_run(left2); r.bold = True
    p2 = c0.add_paragraph(f'Số: {number}' if number else 'Số:        /BC'); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'); r.bold = True
    r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True
    dv, _ = d_vn(date)
    p2 = c1.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run(f'Thành phố Hồ Chí Minh, {dv}'); r.italic = True

def base_doc(font='Times New Roman', size=13):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def ctr(doc, text, bold=True, italic=False, size=None):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def para(doc, text, bold=False, italic=False, indent=True):
    p = doc.add_paragraph()
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p

def sign(doc, lines, name):
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.text = ''
    p = a.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True
    for l in ['- Sở KH&CN (Chi cục TĐC);', '- Lưu: VT.']:
        a.add_paragraph(l)
    p = b.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('\n'.join(lines)); r.bold = True
    p = b.add_paragraph('\n\n\n' + name); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True

# ---- hand 1: Chị Thu, copied from the 6-month report
def h1(r):
    doc = base_doc('Times New Roman', 14)
    ward = r['uname'].replace('Phường ', '')
    hdr_table(doc, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG ' + ward.upper(), r['number'], r['date'])
    doc.add_paragraph()
    ctr(doc, 'BÁO CÁO', size=14)
    subj = r.get('subject') or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng 11 tháng năm 2026'
    ctr(doc, subj)
    ctr(doc, '________', bold=False)
    if r['status'] == 'rejected':
        para(doc, f'Thực hiện Kế hoạch của Ủy ban nhân dân Thành phố về giảm nghèo bền vững năm 2026, Ủy ban nhân dân {r["uname"]} báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:')
        para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
        for i, m in enumerate(r['mis'], 1):
            para(doc, f'{i}. {m}')
        para(doc, 'II. KHÓ KHĂN', bold=True, indent=False)
        para(doc, '- Một số hộ thoát nghèo chưa bền vững, nguy cơ tái nghèo cao.')
        sign(doc, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lê Thị Ngọc Hân')
        return doc
    # leftover line from the 6-month report
    para(doc, f'Thực hiện {KH} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân {r["uname"]} báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:')
    para(doc, 'I. ĐẶC ĐIỂM TÌNH HÌNH', bold=True, indent=False)
    para(doc, f'{r["uname"]} được thành lập trên cơ sở sắp xếp các phường cũ từ ngày 01/7/2025. Trên địa bàn có nhiều chợ truyền thống, cửa hàng xăng dầu và hộ kinh doanh cá thể, công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng được phường quan tâm chỉ đạo.')
    para(doc, 'II. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    nums = [1, 2, 2, 4, 5, 6][:len(r['entries'])]  # numbering drifted when lines were deleted
    for k, (e, n) in enumerate(zip(r['entries'], nums)):
        para(doc, f'{n}. {e[3]}', bold=True, indent=False)
        if k == len(r['entries']) - 1 or e[0] == 'II.5.c':
            pass
        if e[0] == 'II.5.c' and r['old6']:
            para(doc, '- ' + r['old6'][0], indent=False)
        para(doc, '- ' + ('Tính đến ngày 15/11/2026, ' if e[2] else '') + e[4][0].lower() + e[4][1:] if e[2] else '- ' + e[4], indent=False)
        p = para(doc, f'Đánh giá: {e[1]}.', italic=True, indent=False)
    para(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for d in r['diff']:
        para(doc, '- ' + d, indent=False)
    para(doc, 'IV. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026', bold=True, indent=False)
    para(doc, '- Tiếp tục tuyên truyền, phổ biến các văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng đến hộ kinh doanh.', indent=False)
    para(doc, '- Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ, cửa hàng xăng dầu theo kế hoạch.', indent=False)
    para(doc, 'V. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for d in r['prop']:
        para(doc, '- ' + d, indent=False)
    para(doc, f'Trên đây là báo cáo kết quả thực hiện 6 tháng đầu năm 2026 của Ủy ban nhân dân {r["uname"]}./.')
    sign(doc, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn Thành')
    return doc

# ---- hand 3: Chị Lan, department memo with one Đánh giá table
def h3(r):
    doc = base_doc('Times New Roman', 13)
    hdr_table(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', r['uname'].upper(), r['number'], r['date'])
    doc.add_paragraph()
    ctr(doc, 'BÁO CÁO')
    subj = r.get('subject') or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu 11 tháng, từ 01/01/2026 đến 15/11/2026)'
    ctr(doc, subj)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('Kính gửi: ' + ('Văn phòng UBND Thành phố.' if r['status'] == 'rejected' else 'Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng).'))
    if r['status'] == 'rejected':
        para(doc, f'Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND Thành phố, {r["uname"]} báo cáo kết quả như sau:')
    else:
        para(doc, f'Thực hiện {KH}, {r["uname"]} báo cáo kết quả thực hiện các nội dung được giao như sau:')
    para(doc, '1. Kết quả thực hiện', bold=True, indent=False)
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['STT', 'Nội dung', 'Kết quả thực hiện', 'Đánh giá']):
        c.text = ''; c.paragraphs[0].add_run(h).bold = True
    for i, e in enumerate(r['entries'], 1):
        row = t.add_row().cells
        row[0].text = str(i)
        row[1].text = e[3] if e[3] else e[4].split(':')[0][:60]
        row[2].text = e[4]
        row[3].text = e[1]
    for row in t.rows:
        row.cells[0].width = Cm(1.0); row.cells[1].width = Cm(4.5); row.cells[2].width = Cm(8.5); row.cells[3].width = Cm(2.5)
    if r['status'] != 'rejected':
        para(doc, '2. Khó khăn, vướng mắc', bold=True, indent=False)
        for d in r['diff']:
            para(doc, '- ' + d, indent=False)
        para(doc, '3. Đề xuất, kiến nghị', bold=True, indent=False)
        for d in r['prop']:
            para(doc, '- ' + d, indent=False)
    para(doc, f'{r["uname"]} báo cáo để tổng hợp./.')
    sign(doc, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trần Quốc Bảo')
    return doc

thin = Side(style='thin'); BR = Border(left=thin, right=thin, top=thin, bottom=thin)

def xl_header(ws, left1, left2, number, date, ncol, title, sub):
    last = openpyxl.utils.get_column_letter(ncol)
    half = openpyxl.utils.get_column_letter(3)
    ws.merge_cells(f'A1:{half}1'); ws['A1'] = left1
    ws.merge_cells(f'A2:{half}2'); ws['A2'] = left2; ws['A2'].font = Font(bold=True)
    ws.merge_cells(f'A3:{half}3'); ws['A3'] = f'Số: {number}' if number else 'Số:       /KTPC'
    ws.merge_cells(f'E1:{last}1'); ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws.merge_cells(f'E2:{last}2'); ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['E2'].font = Font(bold=True)
    dv, _ = d_vn(date)
    ws.merge_cells(f'E3:{last}3'); ws['E3'] = f'TP. Hồ Chí Minh, {dv}'; ws['E3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'E1', 'E2', 'E3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws.merge_cells(f'A5:{last}5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.merge_cells(f'A6:{last}6'); ws['A6'] = sub; ws['A6'].font = Font(italic=True); ws['A6'].alignment = Alignment(horizontal='center')

# ---- hand 2: Anh Hùng, one row per activity, group headings, =SUM
COLS2 = {'inspections': 'D', 'training_courses': 'D', 'establishments_inspected': 'E', 'participants': 'E',
         'violations': 'F', 'fines_vnd': 'G', 'communications': 'H', 'enterprises_supported': 'H',
         'standards_reviewed': 'H', 'samples_tested': 'H'}

def h2(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC 11 thang'
    if r['uid'].startswith('SO'):
        l1, l2 = 'UBND THÀNH PHỐ HỒ CHÍ MINH', r['uname'].upper()
    else:
        l1, l2 = 'UBND ' + r['uname'].upper(), 'PHÒNG KINH TẾ'
    xl_header(ws, l1, l2, r['number'], r['date'], 10,
              'BẢNG TỔNG HỢP CÁC HOẠT ĐỘNG THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
              '(Kèm theo báo cáo của ' + r['uname'] + ' - số liệu từ 01/01/2026 đến 15/11/2026)')
    hd = ['STT', 'Nội dung hoạt động', 'Thời gian', 'Số cuộc/lớp', 'Số cơ sở/người dự', 'Vi phạm', 'Tiền phạt (đồng)', 'Số lượng khác (tin bài, DN, mẫu...)', 'Đánh giá', 'Ghi chú']
    row = 8
    for i, h in enumerate(hd, 1):
        c = ws.cell(row, i, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center'); c.border = BR
    ws.row_dimensions[row].height = 45
    row += 1
    stt = 0
    for task, gname, stw, short, acts in r['groups']:
        ws.cell(row, 1, gname.split('.')[0]).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=10)
        c = ws.cell(row, 2, gname); c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
        row += 1; first = row
        for name, when, figs in acts:
            stt += 1
            ws.cell(row, 1, stt); ws.cell(row, 2, name); ws.cell(row, 3, when)
            for k, v in figs.items():
                col = COLS2[k]
                if v == 0 and k in ('violations', 'fines_vnd'):
                    ws[f'{col}{row}'] = 0 if k == 'violations' else '-'
                else:
                    ws[f'{col}{row}'] = v
            if len(acts) == 1:
                ws.cell(row, 9, stw)
            if not figs:
                ws.cell(row, 10, 'Không PS')
            row += 1
        if len(acts) > 1:
            ws.cell(row, 2, 'Cộng').font = Font(bold=True, italic=True)
            used = set(COLS2[k] for a in acts for k in a[2])
            for col in 'DEFH':
                if col in used:
                    ws[f'{col}{row}'] = f'=SUM({col}{first}:{col}{row-1})'
                    ws[f'{col}{row}'].font = Font(bold=True)
            if 'G' in used:
                tot = sum(int(str(a[2].get('fines_vnd', 0)).replace('.', '').replace(',', '')) for a in acts)
                ws[f'G{row}'] = money_dot(tot)  # typed by hand: SUM does not add text cells
                ws[f'G{row}'].font = Font(bold=True)
            ws.cell(row, 9, stw).font = Font(bold=True)
            row += 1
    for rr in ws.iter_rows(min_row=9, max_row=row - 1, max_col=10):
        for c in rr:
            c.border = BR
            c.alignment = Alignment(wrap_text=True, vertical='top')
    row += 1
    ws.cell(row, 2, 'Khó khăn, vướng mắc:').font = Font(bold=True); row += 1
    for d in r['diff']:
        ws.cell(row, 2, '- ' + d); row += 1
    ws.cell(row, 2, 'Đề xuất, kiến nghị:').font = Font(bold=True); row += 1
    for d in r['prop']:
        ws.cell(row, 2, '- ' + d); row += 1
    row += 1
    ws.cell(row, 8, 'NGƯỜI LẬP BIỂU'); ws.cell(row, 2, 'Nguyễn Minh Hùng (ĐT: 0903 xxx 215)')
    for col, w in zip('ABCDEFGHIJ', [6, 42, 12, 10, 12, 9, 15, 16, 14, 12]):
        ws.column_dimensions[col].width = w
    return wb

# ---- hand 4: Anh Phong, own targets vs 11-month result per figure row
def h4(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TH_11T'
    xl_header(ws, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', r['uname'].upper(), r['number'], r['date'], 9,
              'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - SỐ LIỆU 11 THÁNG', '(phục vụ tổng hợp báo cáo năm của Sở)')
    hd = ['STT', 'Nhóm nhiệm vụ', 'Chỉ tiêu', 'ĐVT', 'KH năm 2026', 'TH 11 tháng', 'Tỷ lệ %', 'Đánh giá', 'Ghi chú']
    row = 8
    for i, h in enumerate(hd, 1):
        c = ws.cell(row, i, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center'); c.border = BR
    row += 1
    alt = 0
    for i, (task, gname, stw, lines, keys) in enumerate(r['groups'], 1):
        for j, (lab, unit, plan, done) in enumerate(lines):
            if j == 0:
                ws.cell(row, 1, i); ws.cell(row, 2, gname); ws.cell(row, 8, stw)
            ws.cell(row, 3, lab); ws.cell(row, 4, unit)
            if plan is not None:
                ws.cell(row, 5, plan).number_format = '#,##0'
            if done is not None:
                if done >= 1000:
                    alt += 1
                    if alt % 2 == 1:
                        ws.cell(row, 6, money_dot(done))  # typed as text with dots
                    else:
                        ws.cell(row, 6, done).number_format = '#,##0'
                else:
                    ws.cell(row, 6, done)
            if plan:
                ws.cell(row, 7, f'=IFERROR(ROUND(VALUE(F{row})/E{row}*100,1),"")')
            if unit == 'đơn' and done == 0:
                ws.cell(row, 9, 'không có đơn')
            row += 1
    for rr in ws.iter_rows(min_row=9, max_row=row - 1, max_col=9):
        for c in rr:
            c.border = BR; c.alignment = Alignment(wrap_text=True, vertical='top')
    row += 1
    ws.cell(row, 2, 'Khó khăn, vướng mắc').font = Font(bold=True); row += 1
    for k, d in enumerate(r['diff'], 1):
        ws.cell(row, 2, f'{k}) {d}'); row += 1
    ws.cell(row, 2, 'Kiến nghị').font = Font(bold=True); row += 1
    for k, d in enumerate(r['prop'], 1):
        ws.cell(row, 2, f'{k}) {d}'); row += 1
    for col, w in zip('ABCDEFGHI', [5, 30, 34, 10, 14, 14, 9, 14, 14]):
        ws.column_dimensions[col].width = w
    return wb

# ---------------------------------------------------------------- build
def key_entries(r):
    out = []
    if r['hand'] in (1, 3):
        for e in r['entries']:
            if not e[0]:
                continue
            out.append({'task': e[0], 'status': ST[e[1]], 'indicators': {k: v for k, v, _ in e[2]}, 'text': e[3]})
    elif r['hand'] == 2:
        for task, gname, stw, short, acts in r['groups']:
            ind = {}
            for a in acts:
                for k, v in a[2].items():
                    v = int(str(v).replace('.', '').replace(',', ''))
                    ind[k] = ind.get(k, 0) + v
            ind = {k: v for k, v in ind.items() if not (v == 0 and k in ('violations', 'fines_vnd'))}
            out.append({'task': task, 'status': ST[stw], 'indicators': ind, 'text': short})
    else:
        for task, gname, stw, lines, keys in r['groups']:
            out.append({'task': task, 'status': ST[stw], 'indicators': dict(keys), 'text': gname})
    return out

LO_RESAVE = {2}  # Anh Hùng works in LibreOffice Calc
for r in R:
    path = os.path.join(OUT, r['file'])
    if r['hand'] == 1:
        h1(r).save(path)
    elif r['hand'] == 3:
        h3(r).save(path)
    elif r['hand'] == 2:
        h2(r).save(path)
    else:
        h4(r).save(path)
    if r['hand'] in LO_RESAVE:
        tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
        subprocess.run(['soffice', '--headless', '--calc', '--convert-to', 'xlsx', '--outdir', tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(path)), path)
        shutil.rmtree(tmp)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    _, iso = d_vn(r['date'])
    rej = r['status'] == 'rejected'
    key = {'file': r['file'], 'sha256': sha, 'status': r['status'], 'reason': r.get('reason') if rej else None,
           'unit': {'id': r['uid'], 'name': r['uname']},
           'document': {'number': r['number'] or None, 'date': iso},
           'entries': [] if rej else key_entries(r), 'findings': [],
           'difficulties': [] if rej else r['diff'], 'proposals': [] if rej else r['prop']}
    json.dump(key, open(os.path.join(TR, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
    print('ok', r['file'])
