# gen.py — set293 generator. Writes files into set293/ and keys into set293/truth/
import json, hashlib, os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
CC = ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh')

def money_tr(v):  # 12500000 -> "12,5 triệu đồng"
    t = v / 1_000_000
    s = ('%g' % t).replace('.', ',')
    return s + ' triệu đồng'

def dots(v): return f'{v:,}'.replace(',', '.')

# ------------- reports -------------
# entry: (task, status, indicators, own-name, body)   body written in the hand's style
R = []

# ===== H1: Vân (HC-TH style) "Hồ sơ công việc" status lines =====
H1S = {'completed': 'Đã đóng hồ sơ', 'in_progress': 'Đang mở hồ sơ, tiếp tục theo dõi',
       'not_started': 'Chưa mở hồ sơ', 'not_applicable': 'Không phát sinh hồ sơ'}
R.append(dict(file='cctdc-hcth-bc-kh38-t10.docx', hand='H1', unit=CC, selfname='Phòng Hành chính – Tổng hợp Chi cục',
  sender='PHÒNG HÀNH CHÍNH – TỔNG HỢP', parent='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
  number='47/BC-HCTH', date=(2026, 10, 26), place='Thành phố Hồ Chí Minh',
  title='Kết quả thực hiện các việc Phòng Hành chính – Tổng hợp được phân công theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
  entries=[
   ('II.2.đ', 'in_progress', {'training_courses': 1, 'participants': 46},
    'Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Chi cục',
    'Phòng đã rà soát, cập nhật 14 quy trình nội bộ theo phiên bản mới, tổ chức 01 buổi phổ biến hệ thống cho công chức, người lao động với 46 người dự; đánh giá nội bộ dự kiến làm trong tháng 11/2026'),
   ('II.1.a', 'completed', {'budget_spent_vnd': 86400000},
    'Bảo đảm kinh phí tổ chức các lớp tập huấn văn bản quy phạm pháp luật cho doanh nghiệp',
    'Phòng đã thanh quyết toán kinh phí các lớp tập huấn do Chi cục tổ chức trong Quý I–III với tổng số tiền đã chi 86.400.000 đồng, đúng dự toán được giao tại Quyết định số 1468/QĐ-SKHCN'),
   ('II.3.a', 'in_progress', {'training_courses': 3, 'participants': 9},
    'Cử công chức tham gia các khóa đào tạo, tập huấn chuyên sâu',
    'Đã làm thủ tục cử 09 lượt công chức tham dự 03 khóa đào tạo, tập huấn chuyên sâu về đo lường và chất lượng do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức; còn 01 khóa trong tháng 12'),
   ('II.2.h', 'completed', {},
    'Phối hợp hoàn thiện việc tiếp nhận hồ sơ trên Hệ thống thông tin giải quyết TTHC của Bộ',
    'Phòng đã phối hợp cập nhật danh mục thủ tục, tài khoản cán bộ tiếp nhận và kết nối với Cổng một cửa quốc gia từ Quý I'),
   ('II.5.d', 'not_applicable', {},
    'Tiếp nhận, xử lý thông tin tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
    'Trong kỳ Phòng không nhận được đơn, thư tố giác nào liên quan đến lĩnh vực tiêu chuẩn, đo lường, chất lượng'),
  ],
  diffs=['Nhân sự phòng mỏng (05 người) nhưng kiêm nhiệm nhiều việc, việc theo dõi hồ sơ ISO còn chậm.'],
  props=['Đề nghị Lãnh đạo Chi cục bố trí thêm 01 công chức phụ trách hệ thống quản lý chất lượng.'],
  signer=('TRƯỞNG PHÒNG', 'Lê Thị Hồng Vân')))

R.append(dict(file='vpso-bc-phoi-hop-kh38.docx', hand='H1', unit=('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'),
  sender='VĂN PHÒNG SỞ', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  number='312/BC-VP', date=(2026, 10, 29), place='Thành phố Hồ Chí Minh',
  title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
  entries=[
   ('II.2.đ', 'in_progress', {},
    'Phối hợp duy trì hệ thống quản lý chất lượng tại cơ quan Sở',
    'Văn phòng đã cập nhật danh mục tài liệu, hồ sơ ISO của khối văn phòng và đôn đốc các phòng rà soát quy trình; phối hợp Chi cục chuẩn bị đánh giá nội bộ'),
   ('II.2.h', 'completed', {},
    'Phối hợp hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính',
    'Đã cập nhật đầy đủ 27 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng lên Hệ thống và cấu hình luồng xử lý liên thông'),
   ('II.4.a', 'completed', {'budget_spent_vnd': 1250000000},
    'Phối hợp mua sắm trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm',
    'Văn phòng đã thẩm định hồ sơ và hoàn tất thủ tục mua sắm 02 gói thiết bị đo lường, tổng giá trị đã giải ngân 1.250.000.000 đồng'),
   ('II.5.d', 'not_applicable', {},
    'Phối hợp khen thưởng, bảo vệ người tố giác vi phạm',
    'Không phát sinh đề nghị khen thưởng hoặc hồ sơ bảo vệ người tố giác trong kỳ'),
   ('II.2.i', 'in_progress', {},
    'Phối hợp kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
    'Đang phối hợp Phòng Chuyển đổi số và Trung tâm Công nghệ thông tin và Địa không gian cấp tài khoản, phân quyền khai thác dữ liệu'),
  ],
  diffs=['Thủ tục mua sắm thiết bị chuyên dụng kéo dài do phải lấy nhiều báo giá.'],
  props=[],
  signer=('CHÁNH VĂN PHÒNG', 'Trần Quốc Bảo')))

R.append(dict(file='qlkh-bc-kh38-2026.docx', hand='H1', unit=('SKHCN-QLKH', 'Phòng Quản lý Khoa học'),
  sender='PHÒNG QUẢN LÝ KHOA HỌC', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  number='85/BC-QLKH', date=(2026, 10, 30), place='TP. Hồ Chí Minh',
  title='Tình hình thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
  entries=[
   ('II.3.c', 'in_progress', {},
    'Thu hút chuyên gia, nhà khoa học trong lĩnh vực tiêu chuẩn, đo lường, chất lượng',
    'Phòng đã tham mưu Sở thông báo nhu cầu thu hút theo Quyết định số 05/2026/QĐ-UBND; đã tiếp nhận 04 hồ sơ chuyên gia, trong đó 02 hồ sơ đang trình Hội đồng thẩm định'),
   ('II.6.b', 'not_applicable', {},
    'Phối hợp thúc đẩy năng suất với APO',
    'Trong kỳ chưa có yêu cầu phối hợp từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia, không phát sinh công việc'),
   ('II.3.b', 'completed', {'training_courses': 1, 'participants': 65},
    'Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất chất lượng',
    'Phòng đã cử chuyên viên phối hợp Chi cục tổ chức 01 khóa bồi dưỡng về năng suất cho doanh nghiệp, có 65 học viên'),
  ],
  diffs=['Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường.'],
  props=['Kiến nghị Sở báo cáo UBND Thành phố xem xét bổ sung chính sách hỗ trợ nhà ở cho chuyên gia được thu hút.'],
  signer=('TRƯỞNG PHÒNG', 'Phạm Minh Khôi')))

R.append(dict(file='ubnd-binhtien-bc-ct38.docx', hand='H1', unit=('27373', 'Phường Bình Tiên'),
  sender='ỦY BAN NHÂN DÂN PHƯỜNG BÌNH TIÊN', parent='',
  number='156/BC-UBND', date=(2026, 10, 27), place='Phường Bình Tiên',
  title='Kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)',
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 27, 'violations': 4, 'fines_vnd': 9500000},
    'Phối hợp kiểm tra đo lường, chất lượng tại chợ và cửa hàng trên địa bàn',
    'Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 cuộc kiểm tra tại chợ Bình Tiên và các cửa hàng kinh doanh vàng, xăng dầu, kiểm tra 27 cơ sở, phát hiện 04 cơ sở vi phạm, xử phạt 9.500.000 đồng; kế hoạch kiểm tra Quý IV đang thực hiện'),
   ('II.3.a', 'completed', {'participants': 3},
    'Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng',
    'Phường đã cử 03 công chức Phòng Kinh tế dự lớp tập huấn do Chi cục tổ chức tháng 5/2026'),
   ('II.1.a', 'completed', {'communications': 6},
    'Tuyên truyền văn bản pháp luật về đo lường, chất lượng cho hộ kinh doanh',
    'Đã đăng 06 tin, bài trên trang thông tin điện tử và loa truyền thanh của phường về cân đối chứng, ghi nhãn hàng hóa'),
   ('II.5.d', 'not_applicable', {},
    'Tiếp nhận phản ánh, tố giác vi phạm',
    'Không có phản ánh, tố giác vi phạm về đo lường, chất lượng trên địa bàn'),
  ],
  diffs=['Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm.',
         'Chợ Bình Tiên chưa có cân đối chứng được kiểm định lại.'],
  props=['Đề nghị Chi cục hỗ trợ kiểm định cân đối chứng tại chợ Bình Tiên trong Quý IV/2026.'],
  signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn Tài')))

# mistaken (H1): Bộ phận Một cửa of Văn phòng Sở sends its CCHC report
R.append(dict(file='vpso-motcua-bc-cchc-q3.docx', hand='H1', unit=('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'),
  sender='VĂN PHÒNG SỞ', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', mistaken=True,
  reason='Báo cáo về cải cách hành chính (tiếp nhận và trả kết quả TTHC Quý III), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW',
  number='298/BC-VP', date=(2026, 10, 9), place='Thành phố Hồ Chí Minh',
  title='Kết quả công tác cải cách hành chính và thực hiện cơ chế một cửa Quý III năm 2026',
  entries=[
   (None, None, {}, 'Tiếp nhận và trả kết quả hồ sơ thủ tục hành chính',
    'Bộ phận Một cửa đã tiếp nhận 1.436 hồ sơ, giải quyết đúng hạn 1.402 hồ sơ, tỷ lệ đúng hạn 97,6%'),
   (None, None, {}, 'Số hóa hồ sơ, kết quả giải quyết TTHC',
    'Đã số hóa 1.380 hồ sơ, đạt 96,1%; tiếp tục rà soát các hồ sơ còn tồn'),
   (None, None, {}, 'Khảo sát mức độ hài lòng của người dân, doanh nghiệp',
    'Tổ chức khảo sát 320 phiếu, mức độ hài lòng đạt 98,4%'),
  ],
  diffs=['Một số hồ sơ trực tuyến nộp thiếu thành phần, phải hướng dẫn bổ sung nhiều lần.'],
  props=['Đề nghị Phòng Chuyển đổi số nâng cấp đường truyền tại Bộ phận Một cửa.'],
  signer=('KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', 'Đỗ Thị Mai')))

# ===== H2: Hải, lab manager: one row per output, status as the test-order state =====
H2S = {'completed': 'Đã trả kết quả', 'in_progress': 'Đang phân tích / đang làm',
       'not_started': 'Chưa tiếp nhận', 'not_applicable': 'Không có yêu cầu'}
# entry for Excel hands: (task, status, [(label, value, ĐVT)], own-name, note)
R.append(dict(file='ttpttn-bao-cao-kh38-2026.xlsx', hand='H2', unit=('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
  sender='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  number='204/BC-TTPTTN', date=(2026, 10, 28), place='Thành phố Hồ Chí Minh',
  title='KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
  entries=[
   ('II.4.a', 'in_progress', [('Thiết bị thử nghiệm đã đưa vào sử dụng', 7, 'bộ', None), ('Kinh phí đầu tư đã giải ngân', 2840000000, 'đồng', 'budget_spent_vnd')],
    'Đầu tư, nâng cấp trang thiết bị phòng thí nghiệm', 'Còn 02 gói thầu đang chấm thầu'),
   ('II.2.g', 'completed', [('Lĩnh vực thử nghiệm mở rộng được công nhận', 12, 'phép thử', None)],
    'Mở rộng phạm vi dịch vụ thử nghiệm (điện – điện tử, thực phẩm)', 'Đã có quyết định công nhận ISO/IEC 17025 mở rộng tháng 8'),
   ('II.5.b', 'completed', [('Mẫu khảo sát chất lượng đã thử nghiệm cho Chi cục', 148, 'mẫu', 'samples_tested')],
    'Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục', 'Đã trả đủ 148 phiếu kết quả'),
   ('II.4.c', 'in_progress', [('Chuẩn đo lường được hiệu chuẩn, liên kết chuẩn', 18, 'chuẩn', 'instruments_verified')],
    'Duy trì chuẩn đo lường, liên kết chuẩn quốc gia', 'Đợt 2 gửi Viện Đo lường Việt Nam trong tháng 11'),
   ('II.3.d', 'completed', [('Lớp tập huấn cho sinh viên', 2, 'lớp', 'training_courses'), ('Sinh viên tham dự', 134, 'người', 'participants')],
    'Hướng dẫn thực tập, tập huấn cho sinh viên các trường', 'Phối hợp Trường Đại học Công nghiệp'),
  ],
  diffs=['Giá thiết bị nhập khẩu tăng so với dự toán, phải điều chỉnh danh mục mua sắm.'],
  props=['Đề nghị Sở bổ sung kinh phí năm 2027 để thay thế hệ thống sắc ký đã hết khấu hao.'],
  signer=('GIÁM ĐỐC', 'Võ Thanh Hải')))

R.append(dict(file='ttpttn-pkdhc-so-lieu-kh38.xlsx', hand='H2', unit=('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
  sender='PHÒNG KIỂM ĐỊNH – HIỆU CHUẨN ĐO LƯỜNG', parent='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM',
  number='19/BC-KĐHC', date=(2026, 10, 23), place='Thành phố Hồ Chí Minh',
  title='SỐ LIỆU PHỤC VỤ BÁO CÁO KẾ HOẠCH CT38 NĂM 2026 – PHÒNG KIỂM ĐỊNH HIỆU CHUẨN',
  entries=[
   ('II.4.b', 'completed', [('Phương tiện kỹ thuật nghiệp vụ của Chi cục đã kiểm định, hiệu chuẩn', 36, 'chiếc', 'instruments_verified')],
    'Kiểm định, hiệu chuẩn thiết bị nghiệp vụ cho Chi cục', 'Giao trả Chi cục ngày 15/9'),
   ('II.4.c', 'in_progress', [('Chuẩn chính được hiệu chuẩn lại', 9, 'chuẩn', 'instruments_verified')],
    'Hiệu chuẩn, so sánh liên phòng các chuẩn chính', 'Còn chuẩn khối lượng cấp E2 chờ Viện'),
   ('II.2.g', 'in_progress', [('Phương tiện đo mở rộng phạm vi kiểm định', 4, 'loại', None)],
    'Đăng ký mở rộng lĩnh vực kiểm định (cột đo LPG, taximet)', 'Hồ sơ đã nộp Tổng cục, chờ đánh giá'),
   ('II.5.c', 'not_applicable', [],
    'Kiểm định cân đối chứng tại chợ theo đề nghị của phường', 'Trong kỳ không có phường đề nghị'),
  ],
  diffs=['Thiếu kiểm định viên cho lĩnh vực áp kế, đồng hồ nước.'],
  props=[],
  signer=('TRƯỞNG PHÒNG', 'Nguyễn Hữu Phước')))

R.append(dict(file='ttcntt-dkg-phoi-hop-ct38.xlsx', hand='H2', unit=('SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh'),
  sender='TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  number='141/BC-TTCNTT', date=(2026, 10, 30), place='Thành phố Hồ Chí Minh',
  title='BÁO CÁO PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
  entries=[
   ('II.2.i', 'in_progress', [('Bộ dữ liệu TĐC đã chuẩn hóa, đồng bộ lên kho dữ liệu', 5, 'bộ', None)],
    'Kết nối, đồng bộ cơ sở dữ liệu tiêu chuẩn đo lường chất lượng', 'Đang thử nghiệm API với hệ thống của Bộ'),
   ('II.2.h', 'completed', [],
    'Hỗ trợ kỹ thuật kết nối Cổng một cửa quốc gia', 'Hoàn tất từ tháng 3/2026'),
   ('II.3.a', 'completed', [('Lớp hướng dẫn khai thác phần mềm cho công chức', 2, 'lớp', 'training_courses'), ('Công chức tham dự', 88, 'người', 'participants')],
    'Hướng dẫn công chức phường, xã khai thác phần mềm quản lý đo lường', 'Tổ chức trực tuyến'),
  ],
  diffs=['Hệ thống của Bộ chưa công bố đầy đủ tài liệu đặc tả API.'],
  props=['Đề nghị Chi cục làm việc với Bộ để được cung cấp tài liệu kết nối.'],
  signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lâm Gia Huy')))

# ===== H3: Thảo (Chi cục deputy) — Word table "Việc đã làm | Khối lượng | Tình hình", status tied to the quarter =====
H3S = {'completed': ['Xong trong Quý III', 'Xong trong Quý II', 'Xong trong Quý I', 'Xong, đã nghiệm thu tháng 10'],
       'in_progress': ['Còn dở, dự kiến xong Quý IV', 'Làm thường xuyên, còn tiếp đến cuối năm'],
       'not_started': ['Chưa làm, dời sang Quý IV', 'Chưa làm, chờ hướng dẫn của Bộ'],
       'not_applicable': ['Không có việc trong kỳ']}
# entry: (task, status, indicators, own-name, khoi-luong cell text, status phrase index)
R.append(dict(file='cctdc-bc-kq-ct38-10thang.docx', hand='H3', unit=CC,
  sender='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  number='1085/BC-CCTĐC', date=(2026, 11, 3), place='Thành phố Hồ Chí Minh',
  title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 31/10/2026)',
  entries=[
   ('II.1.a', 'completed', {'training_courses': 5, 'participants': 612},
    'Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm doanh nghiệp nhập khẩu', '05 lớp (có 01 buổi tọa đàm); 612 lượt người dự', 0),
   ('II.1.b', 'completed', {'enterprises_supported': 23},
    'Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', '23 doanh nghiệp được hướng dẫn lập hồ sơ', 1),
   ('II.2.a', 'in_progress', {'enterprises_supported': 41, 'budget_spent_vnd': 156300000},
    'Hỗ trợ doanh nghiệp theo Chương trình 1322, Đề án 996, Đề án 100', '41 doanh nghiệp được hỗ trợ; kinh phí đã chi 156.300.000 đồng', 0),
   ('II.2.b', 'in_progress', {},
    'Hội đồng sơ tuyển Giải thưởng CLQG', 'Đã thành lập Hội đồng, đang chấm hồ sơ', 0),
   ('II.2.c', 'not_applicable', {},
    'Góp ý sửa đổi Luật, văn bản QPPL về TĐC', 'Bộ chưa gửi dự thảo xin ý kiến', 0),
   ('II.2.e', 'not_started', {},
    'Xây dựng quy chuẩn kỹ thuật địa phương', 'Chưa có', 1),
   ('II.3.b', 'completed', {'training_courses': 2, 'participants': 140},
    'Bồi dưỡng chuyên sâu về năng suất chất lượng', '02 khóa; 140 học viên', 0),
   ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 96, 'violations': 11, 'fines_vnd': 187500000},
    'Kiểm tra nhà nước về TĐC đối với hàng hóa lưu thông, nhập khẩu', '14 cuộc; 96 cơ sở; 11 cơ sở vi phạm; phạt 187.500.000 đồng', 1),
   ('II.5.b', 'completed', {'samples_tested': 148},
    'Khảo sát chất lượng sản phẩm, hàng hóa', '148 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)', 0),
   ('II.6.a', 'in_progress', {'communications': 8},
    'Cập nhật điều ước, thỏa thuận quốc tế về TĐC', '08 bản tin cảnh báo TBT đăng trên cổng thông tin', 1),
  ],
  diffs=['Biên chế kiểm tra viên còn thiếu so với khối lượng kiểm tra trên địa bàn Thành phố sau sáp nhập.',
         'Chưa có hướng dẫn của Bộ về xây dựng quy chuẩn kỹ thuật địa phương theo Luật sửa đổi.'],
  props=['Đề nghị Sở bổ sung 03 biên chế kiểm tra viên cho Chi cục.',
         'Đề nghị Sở kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn xây dựng quy chuẩn kỹ thuật địa phương.'],
  signer=('CHI CỤC TRƯỞNG', 'Huỳnh Thị Thu Thảo')))

R.append(dict(file='cctdc-pqlcl-bc-ct38.docx', hand='H3', unit=CC,
  sender='PHÒNG QUẢN LÝ CHẤT LƯỢNG', parent='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
  number='33/BC-QLCL', date=(2026, 10, 24), place='Thành phố Hồ Chí Minh',
  title='Báo cáo kết quả thực hiện các nội dung Kế hoạch CT38 năm 2026 do Phòng Quản lý Chất lượng phụ trách',
  entries=[
   ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 61, 'violations': 7, 'fines_vnd': 112000000},
    'Kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, thép, đồ chơi)', '09 cuộc; 61 cơ sở; 07 vi phạm; phạt 112.000.000 đồng', 1),
   ('II.5.b', 'completed', {'samples_tested': 96},
    'Lấy mẫu khảo sát chất lượng', '96 mẫu', 0),
   ('II.2.d', 'in_progress', {'enterprises_supported': 57},
    'Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy', '57 doanh nghiệp được hướng dẫn', 1),
   ('II.5.d', 'not_applicable', {},
    'Xử lý tố giác vi phạm về chất lượng', '—', 0),
   ('II.1.a', 'completed', {'training_courses': 2, 'participants': 230},
    'Tập huấn quy định ghi nhãn hàng hóa cho doanh nghiệp', '02 lớp; 230 người', 0),
  ],
  diffs=['Kinh phí lấy mẫu thử nghiệm hạn chế, chưa khảo sát được nhóm hàng điện tử.'],
  props=['Đề nghị bổ sung kinh phí khảo sát chất lượng năm 2027 cho nhóm hàng điện – điện tử.'],
  signer=('TRƯỞNG PHÒNG', 'Đặng Văn Lực')))

R.append(dict(file='ktpc-bc-phoi-hop-ct38.docx', hand='H3', unit=('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'),
  sender='PHÒNG KIỂM TRA – PHÁP CHẾ', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  number='72/BC-KTPC', date=(2026, 10, 30), place='Thành phố Hồ Chí Minh',
  title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
  entries=[
   ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 22, 'violations': 3, 'fines_vnd': 45000000},
    'Cử người tham gia đoàn kiểm tra liên ngành về đo lường, chất lượng', '04 cuộc; 22 cơ sở; 03 vi phạm; phạt 45.000.000 đồng', 1),
   ('II.2.c', 'completed', {},
    'Rà soát văn bản QPPL về TĐC của Thành phố', 'Rà soát xong, không có văn bản phải sửa đổi', 0),
   ('II.4.b', 'in_progress', {},
    'Rà soát danh mục phương tiện kỹ thuật nghiệp vụ theo Nghị định 135', 'Đang rà soát cùng Chi cục', 1),
   ('II.5.c', 'completed', {'training_courses': 1, 'participants': 75},
    'Hướng dẫn phường, xã nội dung phân quyền xử phạt về TĐC', '01 hội nghị; 75 đại biểu', 0),
   ('II.5.d', 'not_applicable', {},
    'Xử lý hành vi tiêu cực trong kiểm tra TĐC', 'Không phát sinh', 0),
  ],
  diffs=['Văn bản hướng dẫn phân quyền xử phạt cho cấp xã sau sắp xếp chưa thống nhất.'],
  props=['Đề nghị Sở Tư pháp hướng dẫn thẩm quyền xử phạt của Chủ tịch UBND cấp xã trong lĩnh vực đo lường.'],
  signer=('TRƯỞNG PHÒNG', 'Bùi Quang Vinh')))

R.append(dict(file='ubnd-thuduc-bc-tdc-2026.docx', hand='H3', unit=('26824', 'Phường Thủ Đức'),
  sender='ỦY BAN NHÂN DÂN PHƯỜNG THỦ ĐỨC', parent='',
  number='389/BC-UBND', date=(2026, 10, 28), place='Phường Thủ Đức',
  title='Báo cáo kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 18, 'violations': 2, 'fines_vnd': 6000000},
    'Phối hợp kiểm tra cân, đo tại chợ Thủ Đức và cửa hàng xăng dầu', '02 cuộc; 18 cơ sở; 02 vi phạm; phạt 6.000.000 đồng', 1),
   ('II.1.a', 'completed', {'communications': 4},
    'Tuyên truyền về đo lường, ghi nhãn hàng hóa cho tiểu thương', '04 tin bài', 0),
   ('II.3.a', 'not_started', {},
    'Cử cán bộ dự tập huấn chuyên môn TĐC', 'Chưa được triệu tập', 0),
  ],
  diffs=['Tiểu thương còn sử dụng cân không rõ nguồn gốc, khó kiểm soát.'],
  props=['Đề nghị Chi cục mở lớp tập huấn cho công chức phường trong Quý IV/2026.'],
  signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Phan Thị Ngọc Hà')))

# ===== H4: Tâm (Excel, two result columns "định lượng" lines + "định tính", plain Mức độ) =====
H4S = {'completed': 'Hoàn thành', 'in_progress': 'Đang thực hiện', 'not_started': 'Chưa thực hiện', 'not_applicable': 'Không phát sinh'}
R.append(dict(file='cds-ketqua-ct38-2026.xlsx', hand='H4', unit=('SKHCN-CDS', 'Phòng Chuyển đổi số'),
  sender='PHÒNG CHUYỂN ĐỔI SỐ', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  number='58/BC-CĐS', date=(2026, 10, 29), place='TP. Hồ Chí Minh',
  title='Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
  entries=[
   ('II.2.h', 'completed', [],
    'Hoàn thiện Hệ thống thông tin giải quyết TTHC lĩnh vực TĐC, liên thông Cổng một cửa quốc gia', 'Đã hoàn tất kết nối, vận hành ổn định từ tháng 3/2026'),
   ('II.2.i', 'in_progress', [('Bộ dữ liệu mở đã công bố', 3, 'bộ', None)],
    'Kết nối cơ sở dữ liệu quốc gia về TĐC', 'Đang phối hợp Trung tâm CNTT và Địa không gian thử nghiệm kết nối API'),
   ('II.1.a', 'completed', [('Tin bài đăng trên Cổng thông tin Sở', 12, 'tin, bài', 'communications')],
    'Đăng tải thông tin tuyên truyền về TĐC trên Cổng thông tin điện tử Sở', 'Cập nhật thường xuyên'),
   ('II.6.b', 'not_applicable', [],
    'Phối hợp APO về năng suất khu vực công', 'Chưa có yêu cầu'),
  ],
  diffs=['Dữ liệu của Chi cục còn lưu nhiều định dạng, mất thời gian chuẩn hóa.'],
  props=['Đề nghị Chi cục cử đầu mối phụ trách dữ liệu chuyên ngành TĐC.'],
  signer=('TRƯỞNG PHÒNG', 'Ngô Thanh Tâm')))

R.append(dict(file='cctdc-pqltc-kq-ct38.xlsx', hand='H4', unit=CC,
  sender='PHÒNG QUẢN LÝ TIÊU CHUẨN', parent='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
  number='28/BC-QLTC', date=(2026, 10, 22), place='TP. Hồ Chí Minh',
  title='Kết quả thực hiện Kế hoạch CT38 năm 2026 – Phòng Quản lý Tiêu chuẩn',
  entries=[
   ('II.2.e', 'in_progress', [('Dự thảo TCVN, QCVN đã góp ý', 17, 'dự thảo', 'standards_reviewed')],
    'Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia', 'Góp ý theo đề nghị của Bộ và các sở ngành'),
   ('II.2.đ', 'in_progress', [('Cơ quan hành chính được hướng dẫn, kiểm tra ISO', 21, 'cơ quan', 'enterprises_supported')],
    'Hướng dẫn, kiểm tra áp dụng ISO 9001 tại cơ quan hành chính', 'Kiểm tra đợt 2 vào tháng 11'),
   ('II.6.a', 'completed', [('Bản tin TBT phát hành', 8, 'số', 'communications'), ('Doanh nghiệp được tư vấn về hàng rào kỹ thuật', 35, 'doanh nghiệp', 'enterprises_supported')],
    'Thông báo, hỏi đáp về hàng rào kỹ thuật trong thương mại (TBT)', 'Phát hành định kỳ'),
   ('II.3.d', 'completed', [('Buổi tập huấn mã số mã vạch cho sinh viên', 1, 'buổi', 'training_courses'), ('Sinh viên tham dự', 120, 'người', 'participants')],
    'Tập huấn mã số, mã vạch, truy xuất nguồn gốc cho sinh viên', 'Tổ chức tại Trường Cao đẳng Kinh tế Đối ngoại'),
   ('II.1.b', 'completed', [('Doanh nghiệp đăng ký tham dự GTCLQG', 9, 'doanh nghiệp', 'enterprises_supported')],
    'Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', 'Đã nộp hồ sơ về Hội đồng sơ tuyển'),
   ('II.2.a', 'in_progress', [('Kinh phí hỗ trợ đã giải ngân', 48500000, 'đồng', 'budget_spent_vnd')],
    'Hỗ trợ áp dụng truy xuất nguồn gốc (Đề án 100)', 'Đang thẩm định hồ sơ đợt 2'),
  ],
  diffs=['Nhiều cơ quan hành chính sau sắp xếp chưa cập nhật hệ thống ISO theo bộ máy mới.'],
  props=['Đề nghị Sở có văn bản đôn đốc các cơ quan cập nhật hệ thống quản lý chất lượng sau sắp xếp.'],
  signer=('TRƯỞNG PHÒNG', 'Trịnh Minh Tâm')))

R.append(dict(file='cctdc-pqldl-kq-ct38.xlsx', hand='H4', unit=CC,
  sender='PHÒNG QUẢN LÝ ĐO LƯỜNG', parent='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
  number='31/BC-QLĐL', date=(2026, 10, 23), place='TP. Hồ Chí Minh',
  title='Kết quả thực hiện Kế hoạch CT38 năm 2026 – Phòng Quản lý Đo lường',
  entries=[
   ('II.5.a', 'in_progress', [('Cuộc kiểm tra đo lường', 6, 'cuộc', 'inspections'), ('Cơ sở được kiểm tra', 44, 'cơ sở', 'establishments_inspected'), ('Cơ sở vi phạm', 5, 'cơ sở', 'violations'), ('Tiền phạt', 72500000, 'đồng', 'fines_vnd')],
    'Kiểm tra đo lường xăng dầu, vàng trang sức, hàng đóng gói sẵn', 'Kiểm tra theo kế hoạch và đột xuất'),
   ('II.4.b', 'completed', [('Phương tiện nghiệp vụ được kiểm định, hiệu chuẩn', 36, 'chiếc', 'instruments_verified')],
    'Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ', 'Gửi Trung tâm Dịch vụ Phân tích thí nghiệm thực hiện'),
   ('II.4.c', 'in_progress', [],
    'Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia', 'Phối hợp Trung tâm theo dõi'),
   ('II.2.a', 'in_progress', [('Doanh nghiệp được hỗ trợ đo lường (Đề án 996)', 14, 'doanh nghiệp', 'enterprises_supported')],
    'Hỗ trợ doanh nghiệp xây dựng hệ thống quản lý đo lường', 'Theo Đề án 996'),
   ('II.3.d', 'not_started', [],
    'Tập huấn đo lường cho sinh viên', 'Dời sang năm 2027 do trường chưa bố trí lịch'),
  ],
  diffs=['Phương tiện đo nhóm 2 tại chợ nhiều, phân tán, khó kiểm soát định kỳ.'],
  props=['Đề nghị Sở hướng dẫn các phường, xã bố trí cân đối chứng tại chợ.'],
  signer=('TRƯỞNG PHÒNG', 'Lý Văn Sang')))

R.append(dict(file='ttcntt-ha-tang-bc-cds-q3.xlsx', hand='H4', unit=('SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh'),
  sender='PHÒNG HẠ TẦNG VÀ DỮ LIỆU', parent='TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', mistaken=True,
  reason='Báo cáo tiến độ chuyển đổi số Quý III/2026 (hạ tầng, nền tảng số), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW',
  number='11/BC-HTDL', date=(2026, 10, 6), place='TP. Hồ Chí Minh',
  title='Kết quả thực hiện Kế hoạch chuyển đổi số Quý III năm 2026',
  entries=[
   (None, 'completed', [('Máy chủ ảo hóa đưa vào vận hành', 12, 'máy', None)], 'Nâng cấp hạ tầng máy chủ tại Trung tâm dữ liệu', 'Chuyển đổi xong sang nền tảng ảo hóa mới'),
   (None, 'in_progress', [('Dịch vụ công trực tuyến toàn trình', 46, 'dịch vụ', None)], 'Tích hợp dịch vụ công lên Cổng dịch vụ công Thành phố', 'Còn 08 dịch vụ đang kiểm thử'),
   (None, 'in_progress', [('Lớp bồi dưỡng kỹ năng số', 3, 'lớp', None)], 'Phổ cập kỹ năng số cho cán bộ', 'Theo Kế hoạch 2339/KH-SKHCN'),
  ],
  diffs=['Băng thông đường truyền chưa đáp ứng khi nhiều hệ thống chạy đồng thời.'],
  props=['Đề nghị bổ sung kinh phí thuê đường truyền năm 2027.'],
  signer=('TRƯỞNG PHÒNG', 'Châu Quốc Nam')))

# ------------- rendering -------------
def fmt_count(v): return f'{v:02d}' if v < 10 else dots(v)

def date_words(d, pad=True):
    y, m, dd = d
    return f'ngày {dd:02d} tháng {m:02d} năm {y}' if pad else f'ngày {dd} tháng {m} năm {y}'

def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)

def para(doc, text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def doc_header(doc, r, pad=True):
    t = doc.add_table(rows=2, cols=2)
    left = (r['parent'] + '\n' if r['parent'] else '') + r['sender']
    t.cell(0, 0).text = left
    t.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'
    t.cell(1, 0).text = 'Số: ' + r['number']
    t.cell(1, 1).text = r['place'] + ', ' + date_words(r['date'], pad)
    for c in (t.cell(0, 0), t.cell(0, 1)):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs: run.bold = True; run.font.size = Pt(12)
    for p in t.cell(1, 1).paragraphs:
        for run in p.runs: run.italic = True

def signature(doc, r, recipients):
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = 'Nơi nhận:\n' + '\n'.join('- ' + x + ';' for x in recipients) + '\n- Lưu: VT.'
    t.cell(0, 1).text = r['signer'][0] + '\n\n(đã ký)\n\n' + r['signer'][1]
    for p in t.cell(0, 1).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def is_ward(r): return r['unit'][0].isdigit()

def render_h1(r, path):
    doc = Document(); set_font(doc)
    doc_header(doc, r, pad=True)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, r['title'], bold=True, align='c')
    if is_ward(r):
        para(doc, 'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường báo cáo kết quả như sau:', align='j')
    elif r.get('mistaken'):
        para(doc, 'Văn phòng Sở báo cáo kết quả công tác cải cách hành chính, thực hiện cơ chế một cửa Quý III năm 2026 như sau:', align='j')
    else:
        para(doc, 'Căn cứ phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, ' + (r.get('selfname') or r['unit'][1].replace(' Sở Khoa học và Công nghệ', ' Sở')) + ' báo cáo các việc đã làm như sau (theo dõi theo hồ sơ công việc của phòng):', align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, e in enumerate(r['entries'], 1):
        task, st, ind, name, body = e
        para(doc, f'{i}. {name}:', bold=True)
        para(doc, '- ' + body + '.', align='j')
        p = doc.add_paragraph(); a = p.add_run('Hồ sơ công việc: '); a.underline = True
        p.add_run(H1S[st or 'completed'] + '.')
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in r['diffs']: para(doc, '- ' + d)
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    if r['props']:
        for d in r['props']: para(doc, '- ' + d)
    else:
        para(doc, 'Không có.')
    rec = ['Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Lãnh đạo đơn vị'] if not is_ward(r) else ['Sở Khoa học và Công nghệ', 'Chi cục TĐC', 'TT. Đảng ủy phường']
    signature(doc, r, rec)
    doc.save(path)

def render_h3(r, path):
    doc = Document(); set_font(doc, 'Times New Roman', 12)
    doc_header(doc, r, pad=True)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, r['title'], bold=True, align='c')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    para(doc, '(Cột “Tình hình” ghi quý đã làm xong hoặc dự kiến xong)', italic=True)
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for j, h in enumerate(['STT', 'Việc đã làm', 'Khối lượng', 'Tình hình']):
        t.rows[0].cells[j].text = h
        for run in t.rows[0].cells[j].paragraphs[0].runs: run.bold = True
    for i, e in enumerate(r['entries'], 1):
        task, st, ind, name, kl, k = e
        c = t.add_row().cells
        c[0].text = str(i); c[1].text = name; c[2].text = kl; c[3].text = H3S[st][k]
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for i, d in enumerate(r['diffs'], 1): para(doc, f'{i}. {d}')
    para(doc, 'III. KIẾN NGHỊ', bold=True)
    for i, d in enumerate(r['props'], 1): para(doc, f'{i}. {d}')
    rec = ['Sở Khoa học và Công nghệ', 'Chi cục TĐC'] if is_ward(r) else ['Ban Giám đốc Sở', 'Chi cục TĐC (tổng hợp)']
    signature(doc, r, rec)
    doc.save(path)

def xl_header(ws, r, ncol, datestr):
    ws.cell(1, 1, r['parent']); ws.cell(2, 1, r['sender']).font = Font(bold=True)
    ws.cell(1, ncol - 2, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font = Font(bold=True)
    ws.cell(2, ncol - 2, 'Độc lập - Tự do - Hạnh phúc').font = Font(bold=True)
    ws.cell(3, 1, 'Số: ' + r['number'])
    ws.cell(3, ncol - 2, datestr).font = Font(italic=True)
    ws.cell(5, 1, r['title']).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws.cell(5, 1).alignment = Alignment(horizontal='center', wrap_text=True)

def xl_tail(ws, row, r, kk_label, dx_label):
    ws.cell(row, 1, kk_label).font = Font(bold=True); row += 1
    for d in r['diffs']: ws.cell(row, 2, '- ' + d); row += 1
    ws.cell(row, 1, dx_label).font = Font(bold=True); row += 1
    for d in (r['props'] or ['Không có.']): ws.cell(row, 2, '- ' + d); row += 1
    row += 1
    ws.cell(row, 5, r['signer'][0]).font = Font(bold=True); ws.cell(row + 3, 5, r['signer'][1]).font = Font(bold=True)

def render_h2(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'KH38_2026'
    y, m, d = r['date']
    xl_header(ws, r, 7, f'TP. Hồ Chí Minh, ngày {d:02d}/{m:02d}/{y}')
    hdr = ['STT', 'Việc (Trung tâm/Phòng thực hiện)', 'Đầu ra', 'SL', 'ĐVT', 'Trạng thái phiếu việc', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center')
    row = 8
    for i, e in enumerate(r['entries'], 1):
        task, st, outs, name, note = e
        ws.cell(row, 1, i); ws.cell(row, 2, name); ws.cell(row, 6, H2S[st]); ws.cell(row, 7, note)
        if not outs:
            ws.cell(row, 3, '—'); row += 1
        for lab, v, u, ind in outs:
            ws.cell(row, 3, lab); c = ws.cell(row, 4, v); ws.cell(row, 5, u)
            if v >= 1000: c.number_format = '#,##0'
            row += 1
    for col, w in zip('ABCDEFG', (5, 42, 44, 14, 10, 22, 34)): ws.column_dimensions[col].width = w
    xl_tail(ws, row + 1, r, 'Khó khăn:', 'Đề xuất:')
    wb.save(path)

def h4_val(v, u):
    if u == 'đồng': return money_tr(v)
    return f'{fmt_count(v)} {u}'

def render_h4(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Báo cáo'
    y, m, d = r['date']
    xl_header(ws, r, 5, f'Ngày lập: {d:02d}/{m:02d}/{y}')
    hdr = ['Số TT', 'Nội dung công việc', 'Kết quả (định lượng)', 'Kết quả (định tính)', 'Mức độ hoàn thành']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center')
    row = 8
    for i, e in enumerate(r['entries'], 1):
        task, st, outs, name, note = e
        ws.cell(row, 1, f'{i:02d}'); ws.cell(row, 2, name)
        ws.cell(row, 3, '\n'.join(f'{lab}: {h4_val(v, u)}' for lab, v, u, ind in outs) if outs else '')
        ws.cell(row, 4, note); ws.cell(row, 5, H4S[st])
        for j in range(1, 6): ws.cell(row, j).alignment = Alignment(wrap_text=True, vertical='top')
        row += 1
    for col, w in zip('ABCDE', (7, 46, 46, 40, 18)): ws.column_dimensions[col].width = w
    xl_tail(ws, row + 1, r, 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị')
    wb.save(path)

def sha(p): return hashlib.sha256(open(p, 'rb').read()).hexdigest()

def truth(r, path):
    y, m, d = r['date']
    k = dict(file=r['file'], sha256=sha(path), status='rejected' if r.get('mistaken') else 'extracted',
             reason=r.get('reason'), unit={'id': r['unit'][0], 'name': r['unit'][1]},
             document={'number': r['number'], 'date': f'{y}-{m:02d}-{d:02d}'},
             entries=[], findings=[], difficulties=r['diffs'], proposals=r['props'])
    if r.get('mistaken'):
        k['difficulties'] = []; k['proposals'] = []
    else:
        for e in r['entries']:
            if r['hand'] in ('H1',):
                task, st, ind, name, body = e; text = name + ': ' + body
            elif r['hand'] == 'H3':
                task, st, ind, name, kl, _ = e; text = name + ' – ' + kl
            else:
                task, st, outs, name, note = e
                ind = {}
                for lab, v, u, i in outs:
                    if i: ind[i] = ind.get(i, 0) + v
                text = name + ' – ' + '; '.join(f'{lab}: {v}' for lab, v, u, i in outs) + (' – ' + note if note else '')
            k['entries'].append(dict(task=task, status=st, indicators=ind, text=text))
    json.dump(k, open(os.path.join(TR, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    os.makedirs(TR, exist_ok=True)
    for r in R:
        p = os.path.join(OUT, r['file'])
        {'H1': render_h1, 'H2': render_h2, 'H3': render_h3, 'H4': render_h4}[r['hand']](r, p)
        truth(r, p)
    print(len(R), 'files')
