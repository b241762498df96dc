# -*- coding: utf-8 -*-
"""Generator for set211. Hands A-E, see NOTES.md."""
import json, os, re, hashlib, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

def accepted(s):
    """text after accepting tracked changes: [[old|new]] -> new"""
    return re.sub(r'\[\[([^|\]]*)\|([^\]]*)\]\]', r'\2', s)

# ---------------------------------------------------------------- reports
# entry: (task, status, indicators, text-as-written (may hold [[old|new]]))
R = []

# ===== Hand A: Lê Thị Mỹ Hạnh style — tracked changes + comments, "Phần việc thứ …" =====
R.append(dict(hand='A', file='26536_RachDua_BC_CT38_11thang.docx', unit=('26536', 'Phường Rạch Dừa'),
  head='ỦY BAN NHÂN DÂN\nPHƯỜNG RẠCH DỪA', number='287/BC-UBND', date='2026-11-12',
  date_text='Rạch Dừa, ngày 12 tháng 11 năm 2026', signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn Tâm'),
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 41, 'violations': 5, 'fines_vnd': 12500000},
    'Kiểm tra đo lường, nhãn hàng hóa tại các chợ và cửa hàng trên địa bàn theo phân cấp: Tổ kiểm tra liên ngành phường đã tổ chức [[05|06]] cuộc kiểm tra tại [[38|41]] cơ sở (chợ Rạch Dừa, chợ Phước Thắng, các cửa hàng xăng dầu, vàng bạc), phát hiện 05 cơ sở vi phạm, đã lập biên bản và ra quyết định xử phạt tổng số tiền [[10.500.000|12.500.000]] đồng. Đến ngày báo cáo phường xác định việc này: vẫn đang làm, tháng 12 tiếp tục kiểm tra đợt cuối năm.',
    'Đề nghị bộ phận Kinh tế đối chiếu lại số cơ sở với sổ theo dõi của Tổ kiểm tra trước khi trình ký.'),
   ('II.1.a', 'completed', {'training_courses': 2, 'participants': 135, 'communications': 14},
    'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh: phối hợp tổ chức 02 buổi tập huấn cho 135 lượt hộ kinh doanh, tiểu thương; đăng 14 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố. Đến ngày báo cáo phường xác định việc này: đã xong.', None),
   ('II.3.a', 'completed', {'participants': 3},
    'Cử công chức dự tập huấn nghiệp vụ do Sở Khoa học và Công nghệ tổ chức: phường cử 03 công chức (Kinh tế, Văn hóa - Xã hội) tham dự lớp tập huấn tháng 6/2026. Đến ngày báo cáo phường xác định việc này: [[đang làm|đã xong]].', None),
   ('II.2.đ', 'in_progress', {},
    'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại bộ phận một cửa: đang rà soát, cập nhật quy trình nội bộ sau sắp xếp đơn vị hành chính. Đến ngày báo cáo phường xác định việc này: đang làm.',
    'Ghi rõ dự kiến thời gian công bố lại HTQLCL.'),
   ('II.5.d', 'not_applicable', {},
    'Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ không phát sinh đơn tố giác. Đến ngày báo cáo phường xác định việc này: không phát sinh.', None),
  ],
  diffs=['Lực lượng kiểm tra của phường còn mỏng, công chức phụ trách kiêm nhiệm nhiều việc.',
         'Phường chưa được trang bị quả cân chuẩn, cân đối chứng để kiểm tra tại chợ.'],
  props=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ cấp cân đối chứng cho các chợ trên địa bàn phường.',
         'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng mở thêm lớp tập huấn nghiệp vụ kiểm tra đo lường cho cán bộ phường.']))

R.append(dict(hand='A', file='BC_CT38_P.ChoLon_2026.docx', unit=('27343', 'Phường Chợ Lớn'),
  head='ỦY BAN NHÂN DÂN\nPHƯỜNG CHỢ LỚN', number='415/BC-UBND', date='2026-11-10',
  date_text='Chợ Lớn, ngày 10 tháng 11 năm 2026', signer=('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Lâm Quốc Huy'),
  entries=[
   ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 27, 'violations': 3, 'fines_vnd': 9000000},
    'Kiểm tra nhãn hàng hóa, đo lường tại khu chợ Bình Tây và tuyến đường Hải Thượng Lãn Ông: hoàn thành 04 đợt kiểm tra tại 27 cơ sở kinh doanh, có [[02|03]] cơ sở vi phạm (cân sai số, hàng không nhãn phụ tiếng Việt), phạt [[6.000.000|9.000.000]] đồng. Đến ngày báo cáo phường xác định việc này: đã xong theo kế hoạch kiểm tra năm.',
    'Số cơ sở vi phạm lệch với báo cáo 9 tháng (02), đề nghị giải trình.'),
   ('II.1.a', 'in_progress', {'communications': 9},
    'Tuyên truyền cho tiểu thương về cân đúng, đủ và nhãn hàng hóa: phát 9 kỳ thông tin trên loa truyền thanh và [[không|trang]] thông tin phường. Đến ngày báo cáo phường xác định việc này: còn tiếp tục đến hết năm.', None),
   ('II.2.d', 'in_progress', {'enterprises_supported': 11},
    'Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ tự công bố chất lượng sản phẩm: đã hướng dẫn 11 cơ sở thực hiện thủ tục công bố. Đến ngày báo cáo phường xác định việc này: đang làm.', None),
   ('II.3.a', 'completed', {'participants': 2},
    'Cử cán bộ dự tập huấn: 02 công chức phòng Kinh tế tham dự lớp bồi dưỡng nghiệp vụ quản lý tiêu chuẩn, đo lường, chất lượng. Đến ngày báo cáo phường xác định việc này: đã xong.', None),
  ],
  diffs=['Nhiều hộ kinh doanh tại chợ là người cao tuổi, việc tiếp cận thông tin trên mạng còn hạn chế.'],
  props=['Đề nghị Sở cung cấp tờ rơi, tài liệu tuyên truyền song ngữ Việt - Hoa cho tiểu thương khu vực chợ Bình Tây.']))

R.append(dict(hand='A', file='XaChauPha_baocao_CT38.docx', unit=('26728', 'Xã Châu Pha'),
  head='ỦY BAN NHÂN DÂN\nXÃ CHÂU PHA', number='196/BC-UBND', date='2026-11-14',
  date_text='Châu Pha, ngày 14 tháng 11 năm 2026', signer=('CHỦ TỊCH', 'Huỳnh Thị Bích Ngọc'),
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 18, 'violations': 1, 'fines_vnd': 2500000},
    'Kiểm tra cửa hàng xăng dầu, vật tư nông nghiệp trên địa bàn xã: Tổ công tác xã kiểm tra [[02|03]] đợt với 18 cơ sở, 01 cơ sở vi phạm về đo lường bị phạt 2.500.000 đồng. Đến ngày báo cáo xã xác định việc này: đang làm, còn đợt kiểm tra tháng 12.', None),
   ('II.1.a', 'completed', {'training_courses': 1, 'participants': 62},
    'Tuyên truyền, tập huấn pháp luật về đo lường, chất lượng cho hộ sản xuất, kinh doanh: tổ chức 01 hội nghị tại Trung tâm văn hóa xã với [[55|62]] người tham dự. Đến ngày báo cáo xã xác định việc này: đã xong.',
    'Kèm danh sách ký tên đại biểu.'),
   ('II.2.d', 'not_started', {},
    'Hướng dẫn cơ sở sản xuất nông sản công bố tiêu chuẩn cơ sở: xã chưa triển khai do chờ hướng dẫn của Chi cục. Đến ngày báo cáo xã xác định việc này: chưa làm.', None),
  ],
  diffs=['Xã mới sáp nhập, địa bàn rộng, cơ sở kinh doanh phân tán.'],
  props=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng ban hành hướng dẫn mẫu về công bố tiêu chuẩn cơ sở cho hộ sản xuất nông sản.']))

R.append(dict(hand='A', file='SCT_BC_thuchien_KH_CT38_2026.docx', unit=('SO-CT', 'Sở Công Thương'),
  head='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG', number='6721/BC-SCT', date='2026-11-09',
  date_text='Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trương Minh Đức'),
  entries=[
   ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 86, 'violations': 14, 'fines_vnd': 236000000},
    'Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường: Sở phối hợp thực hiện [[11|12]] cuộc kiểm tra tại 86 cửa hàng, doanh nghiệp; phát hiện 14 trường hợp vi phạm, xử phạt [[198.000.000|236.000.000]] đồng. Đến ngày báo cáo Sở xác định việc này: đang tiếp tục theo kế hoạch kiểm tra cao điểm cuối năm.',
    'Tách riêng số vụ do Sở chủ trì và số vụ phối hợp với Chi cục.'),
   ('II.1.a', 'completed', {'training_courses': 3, 'participants': 240},
    'Phổ biến quy định về đo lường trong kinh doanh xăng dầu cho thương nhân: tổ chức 03 hội nghị với 240 đại biểu là thương nhân đầu mối, phân phối. Đến ngày báo cáo Sở xác định việc này: đã xong.', None),
   ('II.2.e', 'completed', {'standards_reviewed': 4},
    'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương: đã góp ý 04 dự thảo QCVN theo đề nghị của Bộ Công Thương. Đến ngày báo cáo Sở xác định việc này: đã xong.', None),
  ],
  diffs=['Việc kiểm tra chất lượng xăng dầu tại hiện trường phụ thuộc kết quả thử nghiệm mẫu, thời gian trả kết quả kéo dài.'],
  props=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu xăng dầu qua hệ thống cơ sở dữ liệu dùng chung.']))

# ===== Hand B: Trần Quốc Vinh style — tab-stop "table" in plain paragraphs =====
R.append(dict(hand='B', file='PTanDongHiep-BC38.docx', unit=('25945', 'Phường Tân Đông Hiệp'),
  head='UBND PHƯỜNG TÂN ĐÔNG HIỆP', number='312/BC-UBND', date='2026-11-11',
  date_text='Tân Đông Hiệp, ngày 11 tháng 11 năm 2026', signer=('CHỦ TỊCH', 'Đặng Văn Lợi'),
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 33, 'violations': 4, 'fines_vnd': 8750000},
    'Kiểm tra đo lường, chất lượng hàng hóa tại cơ sở kinh doanh (theo phân cấp)', 'Đang làm',
    [('Số cuộc kiểm tra', '05', 'cuộc'), ('Số cơ sở được kiểm tra', '33', 'cơ sở'), ('Cơ sở vi phạm', '04', 'cơ sở'), ('Tiền phạt', '8.750.000', 'đồng')]),
   ('II.1.a', 'completed', {'training_courses': 1, 'participants': 87, 'communications': 6},
    'Tuyên truyền, tập huấn cho hộ kinh doanh', 'Xong',
    [('Buổi tập huấn', '01', 'buổi'), ('Người tham dự', '87', 'lượt'), ('Tin bài, pa nô', '06', 'tin/bài')]),
   ('II.3.a', 'completed', {'participants': 2},
    'Cử cán bộ đi tập huấn nghiệp vụ TĐC', 'Xong', [('Cán bộ tham gia', '02', 'người')]),
   ('II.5.d', 'not_applicable', {}, 'Tiếp nhận, xử lý tố giác vi phạm', 'Không phát sinh', []),
  ],
  diffs=['Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường tại phường.'],
  props=['Kiến nghị Sở hướng dẫn định mức chi cho tổ kiểm tra liên ngành cấp phường.']))

R.append(dict(hand='B', file='ChanhHung_bc_CT38_T11.docx', unit=('27418', 'Phường Chánh Hưng'), resave=True,
  head='UBND PHƯỜNG CHÁNH HƯNG', number='508/BC-UBND', date='2026-11-13',
  date_text='Chánh Hưng, ngày 13 tháng 11 năm 2026', signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Phan Thị Kim Loan'),
  entries=[
   ('II.5.c', 'completed', {'inspections': 7, 'establishments_inspected': 52, 'violations': 6, 'fines_vnd': 17000000},
    'Kiểm tra cân, nhãn hàng tại chợ Phạm Thế Hiển, chợ Rạch Ông', 'Xong',
    [('Cuộc kiểm tra', '07', 'cuộc'), ('Cơ sở kiểm tra', '52', 'cơ sở'), ('Vi phạm', '06', 'cơ sở'), ('Phạt tiền', '17 triệu', 'đồng')]),
   ('II.1.a', 'in_progress', {'communications': 21},
    'Tuyên truyền trên loa phát thanh, Zalo khu phố', 'Đang làm', [('Tin tuyên truyền', '21', 'tin')]),
   ('II.2.đ', 'completed', {},
    'Áp dụng, duy trì ISO 9001 tại bộ phận một cửa', 'Xong', []),
   ('II.2.d', 'in_progress', {'enterprises_supported': 8},
    'Hướng dẫn hộ kinh doanh thực phẩm tự công bố sản phẩm', 'Đang làm', [('Cơ sở được hướng dẫn', '08', 'cơ sở')]),
  ],
  diffs=['Một số tiểu thương không hợp tác khi kiểm tra, tự ý dời sạp.'],
  props=['Đề nghị Chi cục TĐC cử cán bộ nghiệp vụ phối hợp khi phường kiểm tra tại chợ đầu mối.']))

R.append(dict(hand='B', file='Xa Tru Van Tho - bao cao CT38.docx', unit=('25819', 'Xã Trừ Văn Thố'),
  head='UBND XÃ TRỪ VĂN THỐ', number='142/BC-UBND', date='2026-11-07',
  date_text='Trừ Văn Thố, ngày 07 tháng 11 năm 2026', signer=('CHỦ TỊCH', 'Lê Hoàng Phúc'),
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14},
    'Kiểm tra cửa hàng xăng dầu, vật tư nông nghiệp', 'Đang làm',
    [('Cuộc kiểm tra', '02', 'cuộc'), ('Cơ sở kiểm tra', '14', 'cơ sở')]),
   ('II.1.a', 'completed', {'training_courses': 2, 'participants': 110},
    'Hội nghị phổ biến pháp luật về chất lượng cho nông dân, hộ kinh doanh', 'Xong',
    [('Hội nghị', '02', 'hội nghị'), ('Người dự', '110', 'người')]),
   ('II.3.a', 'not_started', {}, 'Cử cán bộ tập huấn nghiệp vụ', 'Chưa làm', []),
  ],
  diffs=['Xã chưa bố trí được công chức chuyên trách lĩnh vực khoa học công nghệ.'],
  props=['Đề nghị Sở tổ chức lớp tập huấn tại cụm xã để cán bộ xã dễ tham gia.']))

R.append(dict(hand='B', file='GoVap_BC_CCHC_nam2026.docx', unit=('26884', 'Phường Gò Vấp'), mistaken=True,
  head='UBND PHƯỜNG GÒ VẤP', number='611/BC-UBND', date='2026-11-05',
  date_text='Gò Vấp, ngày 05 tháng 11 năm 2026', signer=('CHỦ TỊCH', 'Vũ Ngọc Sơn'),
  title='BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính năm 2026',
  intro='Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Gò Vấp báo cáo kết quả như sau:',
  entries=[
   (None, None, {}, 'Cải cách thủ tục hành chính', 'Xong', [('Hồ sơ tiếp nhận', '12.430', 'hồ sơ'), ('Hồ sơ trả đúng hạn', '12.395', 'hồ sơ')]),
   (None, None, {}, 'Số hóa hồ sơ, kết quả giải quyết TTHC', 'Đang làm', [('Tỷ lệ số hóa', '87', '%')]),
   (None, None, {}, 'Khảo sát mức độ hài lòng của người dân', 'Xong', [('Phiếu khảo sát', '1.200', 'phiếu')]),
  ],
  diffs=['Đường truyền hệ thống một cửa điện tử đôi lúc chập chờn.'],
  props=['Đề nghị nâng cấp đường truyền cho bộ phận một cửa.']))

# ===== Hand C: Phạm Ngọc Diệp style — formal, figures broken down in typed "(n) Trong đó:" notes =====
R.append(dict(hand='C', file='SNNMT_BC_CT38_2026.docx', unit=('SO-NNMT', 'Sở Nông nghiệp và Môi trường'),
  head='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number='9054/BC-SNNMT', date='2026-11-06',
  date_text='Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Ngô Thanh Bình'),
  entries=[
   ('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 47, 'violations': 9, 'fines_vnd': 84500000},
    'Về kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường: năm 2026 Sở đã tổ chức 08 cuộc kiểm tra tại 47 cơ sở sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi(1). Nhiệm vụ được tiếp tục thực hiện trong tháng 12.',
    '(1) Trong đó: 21 cơ sở kinh doanh phân bón, 15 cơ sở kinh doanh thuốc bảo vệ thực vật, 11 cơ sở thức ăn chăn nuôi; phát hiện 09 cơ sở vi phạm, xử phạt vi phạm hành chính 84.500.000 đồng.'),
   ('II.5.b', 'completed', {'samples_tested': 64},
    'Về khảo sát chất lượng sản phẩm: Sở đã lấy mẫu phân bón, giống cây trồng để thử nghiệm(2). Đã hoàn thành kế hoạch lấy mẫu năm 2026.',
    '(2) Trong đó: lấy 64 mẫu (40 mẫu phân bón, 24 mẫu giống cây trồng), kết quả 05 mẫu không đạt chỉ tiêu chất lượng đã công bố.'),
   ('II.2.e', 'completed', {'standards_reviewed': 3},
    'Về xây dựng, góp ý quy chuẩn kỹ thuật: Sở đã có văn bản góp ý các dự thảo quy chuẩn kỹ thuật quốc gia lĩnh vực nông nghiệp(3). Nhiệm vụ đã hoàn thành.',
    '(3) Trong đó: 03 dự thảo QCVN về phân bón, thức ăn chăn nuôi và nước sinh hoạt nông thôn.'),
   ('II.1.a', 'completed', {'training_courses': 2, 'participants': 180},
    'Về tuyên truyền, tập huấn: Sở phối hợp tổ chức các lớp tập huấn quy định về chất lượng vật tư nông nghiệp cho doanh nghiệp và hợp tác xã(4). Nhiệm vụ đã hoàn thành.',
    '(4) Trong đó: 02 lớp tập huấn với 180 lượt học viên.'),
  ],
  diffs=['Chi phí thử nghiệm mẫu vật tư nông nghiệp lớn so với dự toán được giao.'],
  props=['Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách tổ chức thử nghiệm được chỉ định để thuận lợi trong việc lấy mẫu.']))

R.append(dict(hand='C', file='ChiCucTDC_BC_KH38_11T2026.docx', unit=('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
  head='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG', number='1187/BC-TĐC', date='2026-11-16',
  date_text='Thành phố Hồ Chí Minh, ngày 16 tháng 11 năm 2026', signer=('CHI CỤC TRƯỞNG', 'Bùi Thị Thanh Hương'),
  entries=[
   ('II.1.a', 'completed', {'training_courses': 5, 'participants': 620},
    'Về tập huấn văn bản quy phạm pháp luật cho doanh nghiệp: Chi cục đã tổ chức các lớp tập huấn và 01 buổi tọa đàm với doanh nghiệp nhập khẩu(1). Nhiệm vụ đã hoàn thành.',
    '(1) Trong đó: 04 lớp tập huấn và 01 tọa đàm (tổng cộng 05), với 620 lượt đại biểu doanh nghiệp tham dự.'),
   ('II.1.b', 'completed', {'enterprises_supported': 26},
    'Về vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: Chi cục đã hướng dẫn hồ sơ tham dự cho 26 doanh nghiệp. Nhiệm vụ đã hoàn thành.', None),
   ('II.2.a', 'in_progress', {'enterprises_supported': 34, 'budget_spent_vnd': 1350000000},
    'Về triển khai Chương trình 1322, Đề án 996 và Đề án 100: Chi cục tiếp tục hỗ trợ doanh nghiệp áp dụng công cụ năng suất, truy xuất nguồn gốc(2). Nhiệm vụ đang thực hiện.',
    '(2) Trong đó: hỗ trợ 34 doanh nghiệp (22 doanh nghiệp áp dụng công cụ năng suất, 12 doanh nghiệp truy xuất nguồn gốc); kinh phí đã giải ngân 1,35 tỷ đồng.'),
   ('II.2.e', 'in_progress', {'standards_reviewed': 17},
    'Về góp ý, xây dựng tiêu chuẩn, quy chuẩn: Chi cục đã góp ý các dự thảo TCVN, QCVN và đang xây dựng quy chuẩn kỹ thuật địa phương về nước sạch(3). Nhiệm vụ đang thực hiện.',
    '(3) Trong đó: góp ý 17 dự thảo (12 TCVN, 05 QCVN).'),
   ('II.5.a', 'in_progress', {'inspections': 15, 'establishments_inspected': 118, 'violations': 21, 'fines_vnd': 312000000},
    'Về kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng: Chi cục đã tiến hành kiểm tra theo kế hoạch và đột xuất(4). Nhiệm vụ đang thực hiện đến hết năm.',
    '(4) Trong đó: 15 cuộc kiểm tra tại 118 cơ sở; 21 cơ sở vi phạm; xử phạt vi phạm hành chính 312.000.000 đồng.'),
   ('II.5.b', 'completed', {'samples_tested': 150},
    'Về khảo sát chất lượng sản phẩm, hàng hóa: Chi cục đã lấy 150 mẫu khảo sát mũ bảo hiểm, đồ chơi trẻ em, xăng dầu. Nhiệm vụ đã hoàn thành.', None),
   ('II.3.a', 'completed', {'training_courses': 2, 'participants': 205},
    'Về tập huấn nghiệp vụ cho công chức các sở, ngành, xã, phường: Chi cục đã tổ chức lớp tập huấn chuyên sâu(5). Nhiệm vụ đã hoàn thành.',
    '(5) Trong đó: 02 lớp với 205 công chức, trong đó 168 công chức cấp xã, phường.'),
   ('II.6.b', 'not_started', {},
    'Về hợp tác với APO thúc đẩy năng suất: chưa có yêu cầu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia, Chi cục chưa thực hiện.', None),
  ],
  diffs=['Biên chế làm công tác kiểm tra còn thiếu so với khối lượng công việc sau khi mở rộng địa bàn.',
         'Một số phường, xã chưa gửi báo cáo đúng hạn nên việc tổng hợp còn chậm.'],
  props=['Đề nghị Sở bổ sung kinh phí thử nghiệm mẫu khảo sát chất lượng năm 2027.']))

R.append(dict(hand='C', file='KTPC_baocao_CT38.docx', unit=('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'),
  head='SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ', number='74/BC-KTPC', date='2026-10-30',
  date_text='Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', signer=('TRƯỞNG PHÒNG', 'Mai Xuân Thịnh'),
  entries=[
   ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 29, 'violations': 7, 'fines_vnd': 96000000},
    'Về phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng: Phòng đã phối hợp với Chi cục TĐC trong các đoàn kiểm tra liên ngành(1). Nhiệm vụ đang thực hiện.',
    '(1) Trong đó: 04 đoàn kiểm tra, 29 cơ sở; 07 cơ sở vi phạm, tham mưu ban hành quyết định xử phạt với tổng số tiền 96 triệu đồng.'),
   ('II.2.c', 'completed', {},
    'Về góp ý văn bản quy phạm pháp luật: Phòng đã có ý kiến pháp lý đối với dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi). Nhiệm vụ đã hoàn thành.', None),
   ('II.4.b', 'in_progress', {'instruments_verified': 12},
    'Về phương tiện, thiết bị kỹ thuật nghiệp vụ: Phòng phối hợp rà soát và gửi kiểm định, hiệu chuẩn thiết bị phục vụ kiểm tra(2). Nhiệm vụ đang thực hiện.',
    '(2) Trong đó: 12 phương tiện (08 cân, 04 thiết bị đo nhanh).'),
   ('II.5.d', 'not_applicable', {},
    'Về khen thưởng, bảo vệ người tố giác: trong kỳ không phát sinh.', None),
  ],
  diffs=['Quy định chuyển tiếp giữa luật cũ và luật sửa đổi chưa rõ khi xử phạt.'],
  props=['Đề nghị Chi cục tổ chức trao đổi nghiệp vụ về áp dụng Luật Chất lượng sản phẩm, hàng hóa sửa đổi.']))

# ===== Hand D: Đỗ Minh Khôi style — Excel blocks "Số liệu →" pairs and "Trạng thái →" row =====
R.append(dict(hand='D', file='PhuTho_CT38_11T.xlsx', unit=('27226', 'Phường Phú Thọ'),
  head='UBND PHƯỜNG PHÚ THỌ', number='233/BC-UBND', date='2026-11-12',
  date_text='Phú Thọ, ngày 12/11/2026', signer=('PHÓ CHỦ TỊCH', 'Tô Minh Nhựt'),
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 25, 'violations': 2, 'fines_vnd': 5000000},
    'Kiểm tra ĐL-CL hàng hóa tại chợ Phú Thọ, cửa hàng xăng dầu', 'Đang tiếp tục',
    [('Cuộc KT', 4), ('Cơ sở', 25), ('Vi phạm', 2), ('Phạt (đ)', 5000000)]),
   ('II.1.a', 'completed', {'communications': 12, 'participants': 70},
    'Tuyên truyền cho tiểu thương, hộ kinh doanh', 'Đã xong', [('Tin bài', 12), ('Người nghe', 70)]),
   ('II.2.đ', 'in_progress', {}, 'Cập nhật HTQLCL ISO 9001 của UBND phường', 'Đang tiếp tục', []),
  ],
  diffs=['Chợ Phú Thọ đang sửa chữa, nhiều sạp tạm di dời nên khó kiểm tra.'],
  props=['Đề nghị Chi cục TĐC hỗ trợ kiểm định miễn phí cân tại chợ cho tiểu thương.']))

R.append(dict(hand='D', file='HiepBinh-CT38-bc.xlsx', unit=('26809', 'Phường Hiệp Bình'),
  head='UBND PHƯỜNG HIỆP BÌNH', number='377/BC-UBND', date='2026-11-08',
  date_text='Hiệp Bình, ngày 08/11/2026', signer=('CHỦ TỊCH', 'Nguyễn Thành Trung'),
  entries=[
   ('II.5.c', 'completed', {'inspections': 6, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 11000000},
    'Kiểm tra nhãn hàng, đo lường tại các cơ sở kinh doanh trên địa bàn', 'Đã xong',
    [('Cuộc KT', 6), ('Cơ sở', 38), ('Vi phạm', 4), ('Phạt (đ)', 11000000)]),
   ('II.3.a', 'completed', {'participants': 4}, 'Cán bộ dự tập huấn nghiệp vụ', 'Đã xong', [('Người', 4)]),
   ('II.2.d', 'in_progress', {'enterprises_supported': 15},
    'Hướng dẫn DN nhỏ, hộ KD công bố chất lượng', 'Đang tiếp tục', [('Cơ sở được HD', 15)]),
   ('II.5.d', 'not_applicable', {}, 'Tố giác vi phạm', 'Không có', []),
  ],
  diffs=['Cán bộ phụ trách mới được phân công, chưa nắm nghiệp vụ.'],
  props=['Đề nghị Sở tổ chức tập huấn lại cho cán bộ mới của phường.']))

R.append(dict(hand='D', file='XaPhuHoaDong_CT38_2026.xlsx', unit=('27541', 'Xã Phú Hòa Đông'), resave=True,
  head='UBND XÃ PHÚ HÒA ĐÔNG', number='158/BC-UBND', date='2026-11-15',
  date_text='Phú Hòa Đông, ngày 15/11/2026', signer=('CHỦ TỊCH', 'Trịnh Văn Hải'),
  entries=[
   ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 11},
    'Kiểm tra cửa hàng VTNN, xăng dầu', 'Đang tiếp tục', [('Cuộc KT', 2), ('Cơ sở', 11)]),
   ('II.1.a', 'completed', {'training_courses': 1, 'participants': 54},
    'Hội nghị tuyên truyền cho hộ sản xuất', 'Đã xong', [('Hội nghị', 1), ('Người dự', 54)]),
   ('II.2.d', 'not_started', {}, 'Hướng dẫn HTX công bố tiêu chuẩn cơ sở', 'Chưa bắt đầu', []),
  ],
  diffs=['Kinh phí của xã cho lĩnh vực này chưa được bố trí.'],
  props=['Đề nghị Sở hỗ trợ tài liệu tuyên truyền in sẵn cho các ấp.']))

# ===== Hand E: Võ Thu Trang style — Excel matrix, status only in "Nhận xét của Trưởng phòng" =====
R.append(dict(hand='E', file='SoGDDT_TH_CT38_2026.xlsx', unit=('SO-GDDT', 'Sở Giáo dục và Đào tạo'),
  head='SỞ GIÁO DỤC VÀ ĐÀO TẠO', number='5120/BC-SGDĐT', date='2026-11-04',
  date_text='ngày 04 tháng 11 năm 2026', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lý Ngọc Thảo'),
  entries=[
   ('II.3.d', 'completed', {'training_courses': 4, 'participants': 560},
    'Lồng ghép nội dung tiêu chuẩn, đo lường, năng suất chất lượng vào bồi dưỡng giáo viên, sinh viên các trường trung cấp',
    'Đã tổ chức đủ 4 lớp theo kế hoạch, xong.'),
   ('II.1.a', 'in_progress', {'communications': 18},
    'Tuyên truyền về nhãn hàng hóa, mã số mã vạch trên cổng thông tin ngành giáo dục', 'Đang làm, còn đăng tiếp đến tháng 12.'),
   ('II.2.đ', 'completed', {},
    'Duy trì ISO 9001 tại cơ quan Sở', 'Đã đánh giá nội bộ, hoàn thành trong năm.'),
  ],
  diffs=['Giáo viên chưa có tài liệu chuẩn về tiêu chuẩn, đo lường để giảng dạy.'],
  props=['Đề nghị Chi cục TĐC biên soạn tài liệu tham khảo dùng cho các trường.']))

R.append(dict(hand='E', file='TTPTTN_CT38_tonghop.xlsx', unit=('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
  head='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', number='402/BC-TTPTTN', date='2026-10-29',
  date_text='ngày 29 tháng 10 năm 2026', signer=('GIÁM ĐỐC', 'Hồ Sĩ Khang'),
  entries=[
   ('II.4.a', 'in_progress', {'budget_spent_vnd': 4860000000},
    'Đầu tư trang thiết bị phòng thử nghiệm (máy sắc ký, thiết bị hiệu chuẩn áp suất)', 'Đang đấu thầu gói 2, gói 1 đã nghiệm thu.'),
   ('II.4.c', 'in_progress', {'instruments_verified': 31},
    'Duy trì, liên kết chuẩn đo lường chính', 'Đang làm, đã gửi hiệu chuẩn 31 chuẩn.'),
   ('II.2.g', 'completed', {'instruments_verified': 18250, 'samples_tested': 2140},
    'Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', 'Xong chỉ tiêu năm.'),
   ('II.5.b', 'completed', {'samples_tested': 150},
    'Thử nghiệm mẫu khảo sát chất lượng cho Chi cục', 'Đã trả đủ kết quả, xong.'),
  ],
  diffs=['Thiết bị thử nghiệm một số chỉ tiêu xăng dầu đã cũ, thường xuyên hỏng.'],
  props=['Đề nghị Sở ưu tiên bố trí vốn thay thế thiết bị thử nghiệm xăng dầu trong năm 2027.']))

R.append(dict(hand='E', file='SoATTP_BC_Tet2027.xlsx', unit=('SO-ATTP', 'Sở An toàn thực phẩm'), mistaken=True,
  head='SỞ AN TOÀN THỰC PHẨM', number='3388/BC-SATTP', date='2026-11-03',
  date_text='ngày 03 tháng 11 năm 2026', signer=('GIÁM ĐỐC', 'Đinh Công Tuấn'),
  title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH BẢO ĐẢM AN TOÀN THỰC PHẨM THÁNG HÀNH ĐỘNG NĂM 2026',
  entries=[
   (None, None, {'inspections': 46, 'establishments_inspected': 1280, 'violations': 95},
    'Thanh tra, kiểm tra an toàn thực phẩm Tháng hành động', 'Đã xong đợt cao điểm.'),
   (None, None, {'samples_tested': 420}, 'Xét nghiệm nhanh mẫu thực phẩm tại chợ', 'Xong.'),
   (None, None, {'communications': 35}, 'Truyền thông về an toàn thực phẩm', 'Đang làm.'),
  ],
  diffs=['Lực lượng thanh tra an toàn thực phẩm cấp xã còn mỏng.'],
  props=['Đề nghị UBND các phường, xã tăng cường phối hợp kiểm tra bếp ăn tập thể.']))

# ---------------------------------------------------------------- docx helpers
def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)

def header_table(doc, r, left_extra=''):
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.text = ''; b.text = ''
    p = a.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = r['head'].split('\n')
    for i, ln in enumerate(lines):
        run = p.add_run(ln); run.bold = (i == len(lines) - 1)
        if i < len(lines) - 1: run.add_break()
    p2 = a.add_paragraph('Số: ' + r['number']); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = b.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').bold = True
    q.add_run().add_break(); rr = q.add_run('Độc lập - Tự do - Hạnh phúc'); rr.bold = True
    q2 = b.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q2.add_run(r['date_text']).italic = True

REV = [0]
def rev_el(kind, text, author, date):
    REV[0] += 1
    el = OxmlElement('w:' + kind)
    el.set(qn('w:id'), str(100 + REV[0])); el.set(qn('w:author'), author); el.set(qn('w:date'), date)
    r = OxmlElement('w:r'); t = OxmlElement('w:delText' if kind == 'del' else 'w:t')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve'); t.text = text
    r.append(t); el.append(r); return el

def tracked_par(doc, text, author):
    p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pos = 0
    for m in re.finditer(r'\[\[([^|\]]*)\|([^\]]*)\]\]', text):
        if m.start() > pos: p.add_run(text[pos:m.start()])
        p._p.append(rev_el('del', m.group(1), author, '2026-11-09T08:15:00Z'))
        p._p.append(rev_el('ins', m.group(2), author, '2026-11-09T08:15:00Z'))
        pos = m.end()
    if pos < len(text): p.add_run(text[pos:])
    return p

def signature(doc, r):
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    p = a.paragraphs[0]; p.add_run('Nơi nhận:').bold = True
    for ln in ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT.']:
        a.add_paragraph(ln)
    q = b.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run(r['signer'][0]).bold = True
    for _ in range(3): b.add_paragraph('')
    z = b.add_paragraph(); z.alignment = WD_ALIGN_PARAGRAPH.CENTER; z.add_run(r['signer'][1]).bold = True

def center(doc, text, bold=True, italic=False):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        run = p.add_run(ln); run.bold = bold; run.italic = italic
        if i < len(lines) - 1: run.add_break()
    return p

ORD = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám']

def doc_A(r, path):
    doc = Document(); set_font(doc)
    header_table(doc, r)
    center(doc, 'BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu từ ngày 01/01/2026 đến ngày báo cáo)')
    who = r['unit'][1]
    p = doc.add_paragraph(f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {who} báo cáo kết quả như sau:')
    doc.add_paragraph().add_run('I. KẾT QUẢ THỰC HIỆN').bold = True
    author = 'Nguyễn Văn Tâm' if 'Rạch' in who else ('Phó Chủ tịch' if 'Sở' not in who else 'Trương Minh Đức')
    for i, (task, st, ind, text, cm) in enumerate(r['entries']):
        label, _, body = text.partition(': ')
        p = doc.add_paragraph(); p.add_run(f'Phần việc thứ {ORD[i]} – {label}:').bold = True
        tp = tracked_par(doc, body, author)
        if cm:
            doc.add_comment(tp.runs[0], text=cm, author=author, initials=''.join(w[0] for w in author.split()))
    doc.add_paragraph().add_run('II. KHÓ KHĂN, VƯỚNG MẮC').bold = True
    for d in r['diffs']: doc.add_paragraph('- ' + d)
    doc.add_paragraph().add_run('III. ĐỀ XUẤT, KIẾN NGHỊ').bold = True
    for d in r['props']: doc.add_paragraph('- ' + d)
    doc.add_paragraph(f'Trên đây là báo cáo của {who}./.')
    signature(doc, r)
    doc.save(path)
    return [(t, s, ind, accepted(tx)) for t, s, ind, tx, _ in r['entries']]

def doc_B(r, path):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    for ln in [r['head'], 'Số: ' + r['number']]:
        doc.add_paragraph(ln)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.add_run(r['date_text']).italic = True
    center(doc, r.get('title', 'BÁO CÁO\nTình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026'))
    doc.add_paragraph(r.get('intro', f'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026; UBND {r["unit"][1].split(" ", 1)[1] if False else r["unit"][1]} báo cáo kết quả thực hiện như sau:'))
    doc.add_paragraph().add_run('1. Kết quả cụ thể').bold = True
    def tabpar(cols, bold=False, underline=False):
        p = doc.add_paragraph(); pf = p.paragraph_format
        for pos in (1.0, 9.0, 10.8, 12.6):
            pf.tab_stops.add_tab_stop(Cm(pos))
        pf.space_after = Pt(0)
        run = p.add_run('\t'.join(cols)); run.bold = bold; run.underline = underline
        return p
    tabpar(['TT', 'Công việc', 'Số lượng', 'ĐVT', 'Đánh giá'], bold=True, underline=True)
    out = []
    for i, (task, st, ind, name, sw, rows) in enumerate(r['entries'], 1):
        tabpar([str(i), name, '', '', sw], bold=True)
        lines = [name + ' – ' + sw]
        for lab, val, u in rows:
            tabpar(['', '- ' + lab, val, u, ''])
            lines.append(f'{lab}: {val} {u}')
        out.append((task, st, ind, '; '.join(lines)))
    tabpar(['', '', '', '', ''])
    doc.add_paragraph().add_run('2. Khó khăn').bold = True
    for d in r['diffs']: doc.add_paragraph('+ ' + d)
    doc.add_paragraph().add_run('3. Kiến nghị').bold = True
    for d in r['props']: doc.add_paragraph('+ ' + d)
    doc.add_paragraph('')
    p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(11))
    p.add_run('Nơi nhận:\t' + r['signer'][0]).bold = True
    doc.add_paragraph('- Sở KH&CN (Chi cục TĐC);')
    doc.add_paragraph('- Lưu VT.')
    p = doc.add_paragraph('\n\n'); p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(11))
    p.add_run('\t' + r['signer'][1]).bold = True
    doc.save(path)
    return out

def doc_C(r, path):
    doc = Document(); set_font(doc, 'Times New Roman', 14)
    header_table(doc, r)
    center(doc, 'BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026')
    who = r['unit'][1]
    doc.add_paragraph(f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, {who} báo cáo kết quả thực hiện như sau:')
    doc.add_paragraph().add_run('I. KẾT QUẢ THỰC HIỆN').bold = True
    notes = []; out = []
    for i, (task, st, ind, text, note) in enumerate(r['entries'], 1):
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        m = re.search(r'\((\d)\)', text)
        if m:
            p.add_run(f'{i}. ' + text[:m.start()])
            sr = p.add_run(m.group(0)); sr.font.superscript = True
            p.add_run(text[m.end():])
        else:
            p.add_run(f'{i}. ' + text)
        if note: notes.append(note)
        out.append((task, st, ind, text + (' ' + note if note else '')))
    doc.add_paragraph().add_run('II. KHÓ KHĂN, VƯỚNG MẮC').bold = True
    for d in r['diffs']: doc.add_paragraph('- ' + d)
    doc.add_paragraph().add_run('III. KIẾN NGHỊ, ĐỀ XUẤT').bold = True
    for d in r['props']: doc.add_paragraph('- ' + d)
    doc.add_paragraph(f'Trên đây là báo cáo kết quả thực hiện của {who}./.')
    p = doc.add_paragraph('_' * 20)
    p = doc.add_paragraph(); p.add_run('Ghi chú số liệu:').italic = True
    for n in notes:
        q = doc.add_paragraph(); run = q.add_run(n); run.italic = True; run.font.size = Pt(12)
    signature(doc, r)
    doc.save(path)
    return out

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def xl_header(ws, r, ncol, title):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    ws.cell(1, 1, r['head']).font = Font(bold=True)
    ws.merge_cells(start_row=1, start_column=4, end_row=1, end_column=ncol)
    ws.cell(1, 4, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc').font = Font(bold=True)
    ws.cell(2, 1, 'Số: ' + r['number'])
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=ncol)
    ws.cell(2, 4, r['date_text']).font = Font(italic=True)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    c = ws.cell(4, 1, title); c.font = Font(bold=True, size=13); c.alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[4].height = 36

def xl_D(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao CT38'
    xl_header(ws, r, 10, 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026')
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 16
    for col in 'CDEFGHIJ': ws.column_dimensions[col].width = 13
    row = 6; out = []
    grey = PatternFill('solid', fgColor='D9D9D9')
    for i, (task, st, ind, name, sw, pairs) in enumerate(r['entries'], 1):
        ws.cell(row, 1, i).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=10)
        c = ws.cell(row, 2, name); c.font = Font(bold=True); c.fill = grey
        row += 1
        if pairs:
            ws.cell(row, 2, 'Số liệu →')
            col = 3
            for lab, val in pairs:
                ws.cell(row, col, lab).alignment = Alignment(horizontal='right')
                v = ws.cell(row, col + 1, val)
                if val >= 1000: v.number_format = '#,##0'
                col += 2
            row += 1
        ws.cell(row, 2, 'Trạng thái →'); ws.cell(row, 3, sw).font = Font(italic=True)
        row += 2
        out.append((task, st, ind, name + '; ' + '; '.join(f'{a}: {b}' for a, b in pairs) + ('; ' if pairs else '') + sw))
    ws.cell(row, 2, 'Khó khăn →').font = Font(bold=True)
    for d in r['diffs']:
        ws.cell(row, 3, d); row += 1
    row += 1
    ws.cell(row, 2, 'Đề xuất →').font = Font(bold=True)
    for d in r['props']:
        ws.cell(row, 3, d); row += 1
    row += 2
    ws.cell(row, 8, r['signer'][0]).font = Font(bold=True)
    ws.cell(row + 4, 8, r['signer'][1]).font = Font(bold=True)
    wb.save(path)
    return out

ECOLS = [('Cuộc KT', 'inspections'), ('Cơ sở KT', 'establishments_inspected'), ('Vi phạm', 'violations'),
         ('Phạt (đồng)', 'fines_vnd'), ('Lớp / HN', 'training_courses'), ('Lượt người', 'participants'),
         ('Tin bài', 'communications'), ('Mẫu', 'samples_tested'), ('PTĐ KĐ/HC', 'instruments_verified'),
         ('Kinh phí (đồng)', 'budget_spent_vnd')]

def xl_E(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TongHop'
    n = 2 + len(ECOLS) + 1
    xl_header(ws, r, n, r.get('title', 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'))
    hdr = ['STT', 'Nội dung công việc'] + [h for h, _ in ECOLS] + ['Nhận xét của Trưởng phòng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    ws.column_dimensions['B'].width = 48; ws.column_dimensions[openpyxl.utils.get_column_letter(n)].width = 40
    out = []
    for i, (task, st, ind, name, note) in enumerate(r['entries'], 1):
        row = 6 + i
        ws.cell(row, 1, i); ws.cell(row, 2, name).alignment = Alignment(wrap_text=True)
        for j, (_, key) in enumerate(ECOLS, 3):
            if key in ind:
                c = ws.cell(row, j, ind[key]); c.number_format = '#,##0'
        ws.cell(row, n, note).alignment = Alignment(wrap_text=True)
        for j in range(1, n + 1): ws.cell(row, j).border = BOX
        out.append((task, st, ind, name + ' | ' + note))
    ws2 = wb.create_sheet('KhoKhan_DeXuat')
    ws2['A1'] = 'I. Khó khăn, vướng mắc'; ws2['A1'].font = Font(bold=True)
    rr = 2
    for d in r['diffs']: ws2.cell(rr, 1, '- ' + d); rr += 1
    ws2.cell(rr, 1, 'II. Đề xuất, kiến nghị').font = Font(bold=True); rr += 1
    for d in r['props']: ws2.cell(rr, 1, '- ' + d); rr += 1
    rr += 1
    ws2.cell(rr, 3, r['signer'][0]).font = Font(bold=True); ws2.cell(rr + 4, 3, r['signer'][1]).font = Font(bold=True)
    wb.save(path)
    return out

RENDER = {'A': doc_A, 'B': doc_B, 'C': doc_C, 'D': xl_D, 'E': xl_E}

def resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, 'in.' + ext); shutil.copy(path, src)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', os.path.join(tmp, 'o'), src],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmp, 'o', 'in.' + ext), path)
    shutil.rmtree(tmp)

for r in R:
    path = os.path.join(OUT, r['file'])
    ents = RENDER[r['hand']](r, path)
    if r.get('resave'): resave(path)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    if r.get('mistaken'):
        key = dict(file=r['file'], sha256=sha, status='rejected',
                   reason='Không phải báo cáo thực hiện Kế hoạch CT38: ' + ('báo cáo cải cách hành chính' if r['hand'] == 'B' else 'báo cáo Kế hoạch bảo đảm an toàn thực phẩm'),
                   unit={'id': r['unit'][0], 'name': r['unit'][1]}, document={'number': r['number'], 'date': r['date']},
                   entries=[], findings=[], difficulties=[], proposals=[])
    else:
        key = dict(file=r['file'], sha256=sha, status='extracted', reason=None,
                   unit={'id': r['unit'][0], 'name': r['unit'][1]}, document={'number': r['number'], 'date': r['date']},
                   entries=[dict(task=t, status=s, indicators=ind, text=tx) for t, s, ind, tx in ents],
                   findings=[], difficulties=r['diffs'], proposals=r['props'])
    json.dump(key, open(os.path.join(TRUTH, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
    print('ok', r['file'])
