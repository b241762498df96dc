# -*- coding: utf-8 -*-
"""Generator for set80 (4 hands, 17 files). Run: python3 gen.py  (then optionally resave.sh, then keys.py)"""
import json, os, unicodedata
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
N = lambda s: unicodedata.normalize('NFC', s)
thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)

REPORTS = []
def R(**kw):
    REPORTS.append(kw)

# ---------------------------------------------------------------- HAND A
# Ward/commune clerk who also runs the one-stop desk: Excel sheet "Bieu bao cao",
# status column "Tình trạng giải quyết" in TTHC wording.
R(file='ChanhHiep_BC_CT38_nam2026.xlsx', hand='A', unit=('25771', 'Phường Chánh Hiệp'),
  head=('ỦY BAN NHÂN DÂN', 'PHƯỜNG CHÁNH HIỆP'), place='Chánh Hiệp',
  number='412/BC-UBND', date=(24, 10, 2026),
  period='từ ngày 01/01/2026 đến ngày 20/10/2026',
  signer=('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Kim Thoa'), maker='Lê Văn Tùng',
  entries=[
    dict(task='II.1.a', status='in_progress', ind={'communications': 6},
         name='Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
         dept='Văn phòng HĐND-UBND', st='Đang giải quyết (làm thường xuyên)',
         res='Đăng được 06 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố; lồng ghép nội dung "cân đúng, đo đủ" trong các buổi họp khu phố.'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Cử công chức tham gia tập huấn nghiệp vụ TĐC',
         dept='Phòng Kinh tế', st='Đã giải quyết xong',
         res='Cử được 02 công chức (Phòng Kinh tế, Văn phòng) tham dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức ngày 14/5/2026.'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 14, 'violations': 3},
         name='Phối hợp kiểm tra đo lường tại chợ, hộ kinh doanh (nội dung được phân quyền)',
         dept='Phòng Kinh tế, Công an phường', st='Đang giải quyết',
         res='Phối hợp Chi cục TĐC kiểm tra được 02 đợt tại chợ Chánh Hiệp và chợ Hiệp Thành; kiểm tra được 14 hộ kinh doanh; phát hiện 03 trường hợp cân sai quá giới hạn cho phép, đã lập biên bản nhắc nhở, yêu cầu thay cân.'),
    dict(task='II.2.đ', status='completed', ind={},
         name='Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại phường',
         dept='Văn phòng HĐND-UBND', st='Đã giải quyết xong',
         res='Ban hành Quyết định số 156/QĐ-UBND ngày 12/3/2026 công bố lại HTQLCL; đã đánh giá nội bộ xong trong tháng 9/2026.'),
    dict(task='II.5.d', status='not_applicable', ind={},
         name='Tiếp nhận, xử lý tố giác vi phạm về TĐC',
         dept='Văn phòng HĐND-UBND', st='Không phát sinh hồ sơ',
         res='Trong kỳ không nhận được đơn, thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.'),
  ],
  diff=['Phường chưa có cân đối chứng riêng, phải mượn của Ban quản lý chợ khi đi kiểm tra.',
        'Công chức phụ trách kiêm nhiệm nhiều việc, chưa được bồi dưỡng chuyên sâu về đo lường.'],
  prop=['Đề nghị Chi cục TĐC hỗ trợ cấp cân đối chứng cho phường để đặt tại các chợ.',
        'Đề nghị Sở Khoa học và Công nghệ mở lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027.'])

R(file='LongHuong_baocao_CT38.xlsx', hand='A', unit=('26566', 'Phường Long Hương'),
  head=('ỦY BAN NHÂN DÂN', 'PHƯỜNG LONG HƯƠNG'), place='Long Hương',
  number='287/BC-UBND', date=(27, 10, 2026),
  period='năm 2026 (số liệu tính đến ngày 25/10/2026)',
  signer=('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Quốc Bảo'), maker='Phạm Thị Ngọc Hân',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 500},
         name='Tuyên truyền ghi nhãn hàng hóa, đo lường trong kinh doanh',
         dept='Phòng Văn hóa - Xã hội', st='Đã giải quyết xong',
         res='Biên soạn, phát hành được 500 tờ gấp tuyên truyền về ghi nhãn hàng hóa và "cân đúng, đo đủ" tại 03 chợ trên địa bàn.'),
    dict(task='II.5.c', status='completed', ind={'inspections': 1, 'establishments_inspected': 9},
         name='Kiểm tra về đo lường theo phân cấp (xăng dầu, vàng bạc)',
         dept='Phòng Kinh tế', st='Đã giải quyết xong',
         res='Chủ trì kiểm tra được 01 cuộc về đo lường đối với 09 cơ sở kinh doanh xăng dầu, vàng bạc; không phát hiện vi phạm.'),
    dict(task='II.5.a', status='completed', ind={'establishments_inspected': 5, 'violations': 1, 'fines_vnd': 4500000},
         name='Phối hợp Đoàn kiểm tra của Chi cục về chất lượng mũ bảo hiểm',
         dept='Phòng Kinh tế, Công an phường', st='Đã giải quyết xong',
         res='Phối hợp kiểm tra 05 cửa hàng kinh doanh mũ bảo hiểm; 01 cơ sở vi phạm (mũ không có dấu hợp quy), bị xử phạt 4.500.000 đồng.'),
    dict(task='II.2.đ', status='in_progress', ind={},
         name='Chuyển đổi HTQLCL theo TCVN ISO 9001:2015 sang mô hình khung, môi trường mạng',
         dept='Văn phòng HĐND-UBND', st='Đang giải quyết',
         res='Đang rà soát quy trình nội bộ, dự kiến công bố lại trong tháng 12/2026.'),
  ],
  diff=['Nhiều hộ kinh doanh nhỏ lẻ tại chợ tạm chưa có ý thức tự kiểm tra cân.'],
  prop=['Đề nghị Chi cục TĐC phối hợp tổ chức kiểm tra đột xuất tại các chợ tạm vào dịp Tết Nguyên đán.'])

R(file='XuyenMoc_BC_TDC_2026.xlsx', hand='A', unit=('26632', 'Xã Xuyên Mộc'),
  head=('ỦY BAN NHÂN DÂN', 'XÃ XUYÊN MỘC'), place='Xuyên Mộc',
  number='198/BC-UBND', date=(22, 10, 2026),
  period='10 tháng đầu năm 2026',
  signer=('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Minh Nhựt'), maker='Huỳnh Thị Mỹ Duyên',
  entries=[
    dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 7},
         name='Hướng dẫn mã số mã vạch, tem truy xuất nguồn gốc cho nông sản (Đề án 100)',
         dept='Phòng Kinh tế', st='Đang giải quyết',
         res='Hướng dẫn được 07 hợp tác xã, tổ hợp tác đăng ký mã số mã vạch và tem truy xuất nguồn gốc cho sản phẩm hồ tiêu, hạt điều.'),
    dict(task='II.1.a', status='completed', ind={'training_courses': 1, 'participants': 46},
         name='Tập huấn ghi nhãn hàng hóa cho hộ sản xuất, kinh doanh',
         dept='Phòng Kinh tế', st='Đã giải quyết xong',
         res='Phối hợp Chi cục TĐC tổ chức 01 buổi tập huấn tại Hội trường xã, có 46 hộ sản xuất, kinh doanh tham dự.'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 11, 'violations': 2, 'fines_vnd': 3000000},
         name='Kiểm tra đo lường, chất lượng hàng hóa theo phân quyền',
         dept='Phòng Kinh tế', st='Đang giải quyết (còn 01 đợt cuối năm)',
         res='Kiểm tra được 02 cuộc, 11 cơ sở; 02 cơ sở vi phạm, Chủ tịch UBND xã đã ra quyết định xử phạt tổng số tiền 3.000.000 đ.'),
    dict(task='II.3.a', status='not_started', ind={},
         name='Cử công chức đi tập huấn chuyên môn TĐC',
         dept='Văn phòng HĐND-UBND', st='Chưa giải quyết',
         res='Lớp tập huấn tháng 5/2026 trùng lịch tiếp công dân nên xã chưa cử được người tham dự.'),
  ],
  diff=['Địa bàn rộng, cơ sở sản xuất phân tán nên việc kiểm tra mất nhiều thời gian.',
        'Các hợp tác xã còn ngại chi phí đăng ký mã số mã vạch.'],
  prop=['Đề nghị Sở hỗ trợ kinh phí đăng ký mã số mã vạch năm đầu cho hợp tác xã.'])

R(file='TangNhonPhu_BC_CCHC_QIII.xlsx', hand='A', unit=('26842', 'Phường Tăng Nhơn Phú'),
  head=('ỦY BAN NHÂN DÂN', 'PHƯỜNG TĂNG NHƠN PHÚ'), place='Tăng Nhơn Phú',
  number='305/BC-UBND', date=(20, 10, 2026),
  title2='Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026',
  period='Quý III năm 2026',
  signer=('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đặng Văn Lực'), maker='Ngô Thanh Trúc',
  rejected='Không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo công tác cải cách hành chính Quý III/2026 của phường.',
  entries=[
    dict(name='Cải cách thể chế', dept='Văn phòng HĐND-UBND', st='Đã giải quyết xong',
         res='Rà soát 12 văn bản do UBND phường ban hành, không phát hiện văn bản trái quy định.'),
    dict(name='Cải cách thủ tục hành chính', dept='Bộ phận Một cửa', st='Đang giải quyết',
         res='Tiếp nhận 1.245 hồ sơ, giải quyết đúng hạn 1.238 hồ sơ (99,4%); 07 hồ sơ đang trong hạn.'),
    dict(name='Cải cách tổ chức bộ máy', dept='Phòng Văn hóa - Xã hội', st='Đã giải quyết xong',
         res='Kiện toàn Tổ công nghệ số cộng đồng tại 18 khu phố.'),
    dict(name='Xây dựng chính quyền số', dept='Văn phòng HĐND-UBND', st='Đang giải quyết',
         res='Tỷ lệ hồ sơ trực tuyến toàn trình đạt 68%; số hóa kết quả giải quyết TTHC đạt 92%.'),
  ],
  diff=['Đường truyền mạng tại Bộ phận Một cửa thường xuyên chập chờn.'],
  prop=['Đề nghị Văn phòng UBND Thành phố nâng cấp hệ thống thông tin giải quyết TTHC.'])

# ---------------------------------------------------------------- HAND B
# Department statistician: one sheet "CT38_2026", task rows with indicator rows below;
# each figure written "cumulative (+increase since the 6-month report)"; status "Tình hình".
R(file='SCT_solieu_CT38_den1510.xlsx', hand='B', unit=('SO-CT', 'Sở Công Thương'),
  org=('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'),
  number='1876/BC-SCT', date=(21, 10, 2026), cutoff='15/10/2026', maker='Trịnh Bảo Ngọc', head_sig='Phó Giám đốc Lâm Thanh Sơn',
  entries=[
    dict(task='II.5.a', status='in_progress',
         ind={'inspections': 14, 'establishments_inspected': 86, 'violations': 12, 'fines_vnd': 96500000},
         name='Phối hợp kiểm tra chất lượng, đo lường hàng hóa lưu thông trên thị trường', st='Tiếp tục thực hiện',
         rows=[('Số cuộc kiểm tra', 'cuộc', '14 (+5)'), ('Số cơ sở được kiểm tra', 'cơ sở', '86 (+31)'),
               ('Số cơ sở vi phạm', 'cơ sở', '12 (+4)'), ('Tiền phạt VPHC', 'đồng', '96.500.000 (+38.000.000)')],
         note='Phối hợp Chi cục QLTT, Chi cục TĐC'),
    dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3},
         name='Góp ý dự thảo TCVN, QCVN thuộc lĩnh vực công thương', st='Hoàn thành',
         rows=[('Số dự thảo TCVN, QCVN đã góp ý', 'dự thảo', '3 (+1)')], note='Theo đề nghị của Bộ Công Thương'),
    dict(task='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 215},
         name='Tập huấn, phổ biến quy định về nhãn hàng hóa, đo lường cho doanh nghiệp, thương nhân', st='Hoàn thành',
         rows=[('Số lớp/hội nghị', 'lớp', '2 (không tăng)'), ('Số lượt người tham dự', 'lượt người', '215 (không tăng)')], note='Đã tổ chức trong Quý II'),
    dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 24},
         name='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố hợp quy', st='Tiếp tục thực hiện',
         rows=[('Số doanh nghiệp được hướng dẫn, hỗ trợ', 'DN', '24 (+9)')], note='Chương trình khuyến công'),
    dict(task='II.6.a', status='in_progress', ind={'communications': 5},
         name='Cập nhật cam kết về TBT trong các FTA cho doanh nghiệp xuất khẩu', st='Tiếp tục thực hiện',
         rows=[('Số tin, bài, tài liệu cập nhật', 'tin/bài', '5 (+2)')], note='Đăng trên Cổng TTĐT Sở'),
  ],
  diff=['Số liệu xử phạt do Chi cục Quản lý thị trường cung cấp theo tháng nên chưa khớp kỳ báo cáo.',
        'Doanh nghiệp nhỏ chưa quan tâm đến áp dụng hệ thống quản lý chất lượng.'],
  prop=['Đề nghị Chi cục TĐC thống nhất mẫu biểu số liệu dùng chung cho các sở, ngành.',
        'Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách doanh nghiệp đã được hỗ trợ để tránh trùng lặp.'])

R(file='SYT_bieu_TDC_2026.xlsx', hand='B', unit=('SO-YT', 'Sở Y tế'),
  org=('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ'),
  number='6612/BC-SYT', date=(28, 10, 2026), cutoff='20/10/2026', maker='Đoàn Minh Triết', head_sig='Phó Giám đốc Nguyễn Hoài Nam',
  entries=[
    dict(task='II.2.e', status='completed', ind={'standards_reviewed': 2},
         name='Góp ý dự thảo QCVN về trang thiết bị y tế có chức năng đo', st='Hoàn thành',
         rows=[('Số dự thảo đã góp ý', 'dự thảo', '2 (+2)')], note='Gửi Bộ Y tế ngày 18/8/2026'),
    dict(task='II.2.đ', status='completed', ind={},
         name='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở', st='Hoàn thành',
         rows=[], note='Đã đánh giá nội bộ, xem xét của lãnh đạo'),
    dict(task='II.5.a', status='in_progress',
         ind={'inspections': 4, 'establishments_inspected': 38, 'violations': 5, 'fines_vnd': 21000000},
         name='Kiểm tra phương tiện đo (nhiệt kế, huyết áp kế) tại cơ sở hành nghề, nhà thuốc', st='Tiếp tục thực hiện',
         rows=[('Số cuộc kiểm tra', 'cuộc', '4 (+1)'), ('Số cơ sở được kiểm tra', 'cơ sở', '38 (+12)'),
               ('Số cơ sở vi phạm', 'cơ sở', '5 (+2)'), ('Tiền phạt', 'đồng', '21.000.000 (+7.500.000)')],
         note='Thanh tra Sở chủ trì'),
    dict(task='II.6.b', status='not_applicable', ind={},
         name='Phối hợp thúc đẩy năng suất khu vực công (APO)', st='Không phát sinh', rows=[], note=''),
  ],
  diff=['Chưa có hướng dẫn phân định trách nhiệm kiểm tra phương tiện đo nhóm 2 dùng trong y tế giữa ngành y tế và ngành khoa học công nghệ.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ phối hợp ban hành hướng dẫn liên ngành về kiểm tra phương tiện đo trong cơ sở y tế.'])

R(file='SXD_CT38_solieu.xlsx', hand='B', unit=('SO-XD', 'Sở Xây dựng'),
  org=('UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'),
  number='9043/BC-SXD', date=(23, 10, 2026), cutoff='15/10/2026', maker='Châu Ngọc Phương', head_sig='Phó Giám đốc Bùi Hữu Lộc',
  entries=[
    dict(task='II.2.e', status='in_progress', ind={'standards_reviewed': 4},
         name='Góp ý QCVN, TCVN về vật liệu xây dựng', st='Tiếp tục thực hiện',
         rows=[('Số dự thảo góp ý', 'dự thảo', '4 (+1)')], note=''),
    dict(task='II.5.a', status='in_progress',
         ind={'inspections': 3, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 15000000},
         name='Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường', st='Tiếp tục thực hiện',
         rows=[('Cuộc kiểm tra', 'cuộc', '3 (+1)'), ('Cơ sở được kiểm tra', 'cơ sở', '21 (+8)'),
               ('Cơ sở vi phạm', 'cơ sở', '2 (không tăng)'), ('Số tiền xử phạt', 'đồng', '15.000.000 (không tăng)')],
         note='Thép, xi măng, kính xây dựng'),
    dict(task='II.5.b', status='in_progress', ind={'samples_tested': 18},
         name='Lấy mẫu khảo sát chất lượng vật liệu xây dựng', st='Tiếp tục thực hiện',
         rows=[('Số mẫu đã lấy, thử nghiệm', 'mẫu', '18 (+10)')], note='Gửi Trung tâm Dịch vụ Phân tích thí nghiệm'),
    dict(task='II.2.đ', status='completed', ind={},
         name='Áp dụng, duy trì HTQLCL theo TCVN ISO 9001:2015', st='Hoàn thành', rows=[], note=''),
  ],
  diff=['Kinh phí lấy mẫu thử nghiệm vật liệu xây dựng chưa được bố trí riêng.'],
  prop=['Đề nghị bố trí kinh phí khảo sát chất lượng vật liệu xây dựng năm 2027.',
        'Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng để phục vụ công tác quản lý.'])

R(file='SoNNMT_CT38_tonghop.xlsx', hand='B', unit=('SO-NNMT', 'Sở Nông nghiệp và Môi trường'),
  org=('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'),
  number='7318/BC-SNNMT', date=(26, 10, 2026), cutoff='15/10/2026', maker='Lý Thị Thu Sương', head_sig='Phó Giám đốc Hồ Văn Thắng',
  entries=[
    dict(task='II.2.a', status='in_progress',
         ind={'enterprises_supported': 35, 'training_courses': 2, 'participants': 140},
         name='Triển khai truy xuất nguồn gốc nông sản (Đề án 100)', st='Tiếp tục thực hiện',
         rows=[('Số tổ chức, DN được hỗ trợ', 'đơn vị', '35 (+12)'), ('Số lớp tập huấn', 'lớp', '2 (+1)'),
               ('Số học viên', 'người', '140 (+60)')], note='Phối hợp Chi cục TĐC'),
    dict(task='II.5.b', status='in_progress', ind={'samples_tested': 120},
         name='Lấy mẫu giám sát chất lượng nông sản, vật tư nông nghiệp', st='Tiếp tục thực hiện',
         rows=[('Số mẫu giám sát', 'mẫu', '120 (+45)')], note=''),
    dict(task='II.5.a', status='in_progress',
         ind={'inspections': 6, 'establishments_inspected': 54, 'violations': 7, 'fines_vnd': 62000000},
         name='Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi', st='Tiếp tục thực hiện',
         rows=[('Số cuộc', 'cuộc', '6 (+2)'), ('Số cơ sở kiểm tra', 'cơ sở', '54 (+20)'),
               ('Số cơ sở vi phạm', 'cơ sở', '7 (+3)'), ('Tiền phạt', 'đồng', '62.000.000 (+25.000.000)')], note=''),
    dict(task='II.2.e', status='completed', ind={'standards_reviewed': 5},
         name='Góp ý dự thảo TCVN, QCVN lĩnh vực nông nghiệp, môi trường', st='Hoàn thành',
         rows=[('Số dự thảo góp ý', 'dự thảo', '5 (không tăng)')], note=''),
    dict(task='II.6.a', status='not_applicable', ind={},
         name='Cập nhật điều ước, thỏa thuận quốc tế về TĐC', st='Không phát sinh', rows=[], note=''),
  ],
  diff=['Hộ sản xuất nhỏ lẻ chưa mặn mà với việc ghi chép nhật ký sản xuất để truy xuất nguồn gốc.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ kết nối dữ liệu truy xuất nguồn gốc của ngành nông nghiệp với Cổng truy xuất nguồn gốc quốc gia.'])

# ---------------------------------------------------------------- HAND C
# The Sở's own units: the status is given by pointing at the earlier (6-month/quarter) report.
R(file='TTPTTN_BC_CT38_2026.docx', hand='C',
  unit=('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
  org=('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG'),
  short='Trung tâm', number='245/BC-TTPTTN', date=(29, 10, 2026),
  prev='Báo cáo số 132/BC-TTPTTN ngày 12/6/2026',
  signer=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Tạ Quang Vinh'),
  entries=[
    dict(task='II.4.a', status='in_progress', ind={'budget_spent_vnd': 2350000000},
         head='Đầu tư cơ sở vật chất, trang thiết bị',
         paras=['Trung tâm đã tiếp nhận, lắp đặt và đưa vào sử dụng 03 hệ thống thiết bị thử nghiệm (sắc ký khí khối phổ, quang phổ hấp thụ nguyên tử, buồng thử khí hậu); tổng kinh phí đã giải ngân đến ngày 20/10/2026 là 2,35 tỷ đồng.',
                'Nội dung này là nhiệm vụ thường xuyên; phần việc 6 tháng đầu năm đã báo cáo tại {prev}, Trung tâm tiếp tục thực hiện gói mua sắm còn lại trong Quý IV.']),
    dict(task='II.2.g', status='in_progress', ind={'instruments_verified': 18640, 'samples_tested': 2315},
         head='Cung cấp dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng',
         paras=['Từ đầu năm đến ngày 20/10/2026, Trung tâm đã kiểm định, hiệu chuẩn, thử nghiệm 18.640 phương tiện đo các loại và thử nghiệm 2.315 mẫu sản phẩm, hàng hóa theo yêu cầu của tổ chức, doanh nghiệp.',
                'Kết quả 6 tháng đã nêu tại {prev}; đây là hoạt động thường xuyên, Trung tâm tiếp tục thực hiện.']),
    dict(task='II.4.c', status='completed', ind={'instruments_verified': 12},
         head='Duy trì, liên kết chuẩn đo lường',
         paras=['Trung tâm đã gửi hiệu chuẩn 12 chuẩn đo lường chính tại Viện Đo lường Việt Nam, bảo đảm liên kết đến chuẩn quốc gia.',
                'Nội dung này đã hoàn thành trong Quý II và đã báo cáo tại {prev}; không phát sinh thêm.']),
    dict(task='II.3.d', status='completed', ind={'training_courses': 2, 'participants': 85},
         head='Đào tạo, bồi dưỡng cho sinh viên',
         paras=['Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp thực hành về đo lường, thử nghiệm cho 85 sinh viên Trường Cao đẳng Kỹ thuật Cao Thắng.',
                'Đã hoàn thành, chi tiết như báo cáo nhanh số 201/BC-TTPTTN ngày 15/9/2026.']),
    dict(task='II.5.b', status='in_progress', ind={'samples_tested': 146},
         head='Thử nghiệm mẫu khảo sát chất lượng',
         paras=['Thực hiện hợp đồng với Chi cục Tiêu chuẩn Đo lường Chất lượng, Trung tâm đã thử nghiệm 146 mẫu khảo sát (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) và trả kết quả đúng hạn.',
                'Đợt 1 đã báo cáo tại {prev}; đợt 2 Trung tâm đang thực hiện, dự kiến trả kết quả trước ngày 30/11/2026.']),
  ],
  diff=['Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí bảo trì cao, thường xuyên hư hỏng.',
        'Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân.'],
  prop=['Kiến nghị Sở Khoa học và Công nghệ bố trí kinh phí thay thế thiết bị thử nghiệm cũ trong năm 2027.',
        'Kiến nghị Văn phòng Sở hỗ trợ rút ngắn thời gian thẩm định hồ sơ mua sắm.'])

R(file='PKTPC_bao_cao_CT38.docx', hand='C', unit=('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'),
  org=('UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ'),
  short='Phòng', number='38/BC-KTPC', date=(30, 10, 2026),
  prev='Báo cáo số 17/BC-KTPC ngày 05/7/2026',
  signer=('', 'TRƯỞNG PHÒNG', 'Mai Xuân Hiếu'),
  entries=[
    dict(task='II.5.a', status='in_progress',
         ind={'inspections': 5, 'establishments_inspected': 41, 'violations': 8, 'fines_vnd': 132500000},
         head='Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng',
         paras=['Phòng cử công chức tham gia 05 đoàn kiểm tra do Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì; các đoàn đã kiểm tra 41 cơ sở, phát hiện 08 cơ sở vi phạm. Phòng đã thẩm định, tham mưu Giám đốc Sở ban hành 08 quyết định xử phạt với tổng số tiền 132.500.000 đồng.',
                'Kết quả 6 tháng đã báo cáo tại {prev}; Phòng tiếp tục phối hợp theo kế hoạch kiểm tra Quý IV.']),
    dict(task='II.5.d', status='completed', ind={},
         head='Xử lý phản ánh, tố giác vi phạm',
         paras=['Trong năm tiếp nhận 02 đơn phản ánh về cân sai tại chợ, đã chuyển Chi cục xác minh và trả lời người phản ánh.',
                'Nội dung này đã xử lý xong và đã báo cáo tại {prev}.']),
    dict(task='II.2.c', status='completed', ind={},
         head='Góp ý văn bản quy phạm pháp luật',
         paras=['Phòng chủ trì tổng hợp ý kiến góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), gửi Bộ Khoa học và Công nghệ đúng hạn.',
                'Đã hoàn thành (đã báo cáo tại {prev}).']),
    dict(task='II.4.b', status='not_applicable', ind={},
         head='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ',
         paras=['Trong kỳ không phát sinh nội dung cần phối hợp; như đã nêu tại {prev}.']),
    dict(task='II.5.b', status='not_started', ind={},
         head='Phối hợp khảo sát chất lượng sản phẩm, hàng hóa',
         paras=['Phòng chưa triển khai phần việc phối hợp xử lý sau khảo sát do Chi cục chưa có kết quả thử nghiệm đợt 2; nội dung này chưa nêu trong {prev}.']),
  ],
  diff=['Nhân sự của Phòng ít, cùng lúc phải tham gia nhiều đoàn kiểm tra và công tác pháp chế.'],
  prop=['Đề nghị Chi cục gửi kế hoạch kiểm tra Quý IV sớm để Phòng bố trí nhân sự.'])

R(file='PCDS_BC_CT38_2026.docx', hand='C', unit=('SKHCN-CDS', 'Phòng Chuyển đổi số'),
  org=('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'),
  short='Phòng', number='112/BC-CĐS', date=(28, 10, 2026),
  prev='Báo cáo số 58/BC-CĐS ngày 30/3/2026',
  signer=('KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'Lương Gia Huy'),
  entries=[
    dict(task='II.2.h', status='completed', ind={},
         head='Kết nối liên thông Cổng thông tin một cửa quốc gia',
         paras=['Phối hợp Chi cục hoàn thành kết nối hệ thống thông tin giải quyết thủ tục hành chính về đăng ký kiểm tra nhà nước chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia.',
                'Nội dung này đã hoàn thành trong Quý I và đã báo cáo tại {prev}.']),
    dict(task='II.2.i', status='in_progress', ind={},
         head='Kết nối cơ sở dữ liệu quốc gia về TĐC',
         paras=['Phòng đang phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng API đồng bộ dữ liệu tiêu chuẩn, đo lường, chất lượng của Thành phố với cơ sở dữ liệu quốc gia; hoàn thành thử nghiệm môi trường kiểm thử.',
                'Tiếp tục thực hiện theo lộ trình đã nêu tại {prev}.']),
    dict(task='II.1.a', status='in_progress', ind={'communications': 14},
         head='Tuyên truyền trên môi trường số',
         paras=['Đăng tải 14 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở và trang mạng xã hội của Sở.',
                'Hoạt động thường xuyên, tiếp tục thực hiện.']),
  ],
  diff=['Cơ sở dữ liệu quốc gia chưa ban hành đầy đủ đặc tả kỹ thuật API.'],
  prop=['Đề nghị Sở có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp đặc tả kết nối.'])

R(file='VPS_CT38_capnhat.xlsx', hand='C', unit=('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'),
  org=('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ'),
  short='Văn phòng', number='64/BC-VP', date=(27, 10, 2026),
  prev='Báo cáo số 41/BC-VP ngày 15/6/2026',
  signer=('', 'CHÁNH VĂN PHÒNG', 'Cao Thị Hồng Nhung'),
  entries=[
    dict(task='II.2.đ', status='in_progress', ind={},
         head='Duy trì HTQLCL TCVN ISO 9001:2015 của Sở',
         paras=['Đã tổ chức đánh giá nội bộ tại 14 phòng, đơn vị; đang chuẩn bị họp xem xét của lãnh đạo.',
                'Tiếp tục thực hiện (6 tháng đã báo cáo tại {prev}).']),
    dict(task='II.4.a', status='in_progress', ind={'budget_spent_vnd': 1126400000},
         head='Phối hợp đầu tư trang thiết bị cho đơn vị sự nghiệp',
         paras=['Thẩm định dự toán, kế hoạch lựa chọn nhà thầu; đã giải ngân 1.126.400.000 đồng cho các gói mua sắm thiết bị.',
                'Tiếp tục thực hiện, phần đã làm 6 tháng như {prev}.']),
    dict(task='II.5.d', status='not_applicable', ind={},
         head='Khen thưởng người tố giác vi phạm',
         paras=['Không phát sinh (như {prev}).']),
    dict(task='II.2.h', status='completed', ind={},
         head='Phối hợp hoàn thiện hệ thống giải quyết TTHC',
         paras=['Đã hoàn thành, đã báo cáo tại {prev}.']),
  ],
  diff=['Tiến độ giải ngân các gói mua sắm phụ thuộc thời gian thẩm định giá.'],
  prop=['Đề nghị các đơn vị gửi hồ sơ mua sắm trước ngày 15/11/2026 để kịp giải ngân trong năm.'])

# ---------------------------------------------------------------- HAND D
# Mixed units, grey group rows with the plan's six groups, status "Đã xong / Chưa xong /
# Chưa làm / Không có việc", money spoken "… triệu … nghìn đồng".
G = {'1': '1. Tuyên truyền, nâng cao nhận thức', '2': '2. Quản lý nhà nước về TĐC',
     '3': '3. Nguồn nhân lực', '4': '4. Đầu tư ngân sách', '5': '5. Kiểm tra, giám sát', '6': '6. Hợp tác, trao đổi thông tin'}
R(file='ChiCucTDC_tiendo_CT38_T10.xlsx', hand='D', unit=('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
  org=('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'),
  number='1520/BC-TĐC', date=(31, 10, 2026), where='Thành phố Hồ Chí Minh', kind='xlsx',
  signer=('KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', 'Đinh Thị Phương Thảo'),
  entries=[
    dict(task='II.1.a', status='completed', ind={'training_courses': 7, 'participants': 742},
         name='Lớp tập huấn văn bản pháp luật + tọa đàm DN nhập khẩu', st='Đã xong',
         res='Tổ chức 07 lớp tập huấn, tọa đàm (trong đó có 01 buổi tọa đàm với doanh nghiệp nhập khẩu), 742 lượt người dự.'),
    dict(task='II.1.b', status='completed', ind={'enterprises_supported': 9, 'communications': 4},
         name='Vận động DN tham dự Giải thưởng CLQG', st='Đã xong',
         res='Đăng 04 tin, bài vận động; hướng dẫn 09 doanh nghiệp lập hồ sơ tham dự.'),
    dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 16, 'budget_spent_vnd': 185600000},
         name='Năng suất chất lượng (CT 1322, KH 36), Đề án 996, Đề án 100', st='Chưa xong',
         res='Đã hỗ trợ 16 doanh nghiệp áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc; kinh phí đã chi 185 triệu 600 nghìn đồng; còn nghiệm thu trong Quý IV.'),
    dict(task='II.2.e', status='in_progress', ind={'standards_reviewed': 11},
         name='Góp ý TCVN, QCVN; xây dựng QCĐP', st='Chưa xong',
         res='Góp ý 11 dự thảo TCVN, QCVN; đang xây dựng dự thảo 01 QCĐP.'),
    dict(task='II.3.a', status='in_progress', ind={'training_courses': 3, 'participants': 318},
         name='Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã', st='Chưa xong',
         res='Mở 03 lớp cho 318 công chức; còn 01 lớp tháng 11.'),
    dict(task='II.3.b', status='not_started', ind={},
         name='Khóa bồi dưỡng chuyên sâu năng suất, mạng lưới tư vấn', st='Chưa làm',
         res='Dời sang tháng 11/2026 do chờ giảng viên của Viện Năng suất Việt Nam.'),
    dict(task='II.4.b', status='completed', ind={'instruments_verified': 27, 'budget_spent_vnd': 48500000},
         name='Kiểm định, hiệu chuẩn phương tiện, thiết bị nghiệp vụ', st='Đã xong',
         res='Kiểm định, hiệu chuẩn 27 phương tiện, thiết bị nghiệp vụ; chi 48 triệu 500 nghìn đồng.'),
    dict(task='II.5.a', status='in_progress',
         ind={'inspections': 12, 'establishments_inspected': 167, 'violations': 23, 'fines_vnd': 287250000},
         name='Kiểm tra TĐC hàng hóa sản xuất, nhập khẩu, lưu thông', st='Chưa xong',
         res='12 cuộc, 167 cơ sở; 23 cơ sở vi phạm; phạt 287 triệu 250 nghìn đồng. Còn 02 cuộc theo kế hoạch Quý IV.'),
    dict(task='II.5.b', status='in_progress', ind={'samples_tested': 212},
         name='Khảo sát chất lượng sản phẩm, hàng hóa', st='Chưa xong',
         res='Lấy 212 mẫu khảo sát; đợt 2 chờ kết quả thử nghiệm.'),
    dict(task='II.6.b', status='not_applicable', ind={},
         name='Phối hợp APO về năng suất', st='Không có việc', res='Chưa có yêu cầu của Ủy ban TĐC Quốc gia.'),
  ],
  diff=['Biên chế của Chi cục giảm sau sắp xếp, trong khi địa bàn quản lý mở rộng.',
        'Kinh phí khảo sát chất lượng chỉ đủ cho khoảng hai phần ba số mẫu theo kế hoạch.'],
  prop=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.',
        'Đề nghị các sở, ngành gửi số liệu phối hợp kiểm tra trước ngày 05 hằng tháng.'])

R(file='ConDao_CT38_2026.xlsx', hand='D', unit=('26732', 'Đặc khu Côn Đảo'),
  org=('ỦY BAN NHÂN DÂN', 'ĐẶC KHU CÔN ĐẢO'),
  number='76/BC-UBND', date=(19, 10, 2026), where='Côn Đảo', kind='xlsx',
  signer=('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Hòa'),
  entries=[
    dict(task='II.1.a', status='in_progress', ind={'communications': 8},
         name='Tuyên truyền về đo lường, nhãn hàng hóa', st='Chưa xong',
         res='Phát 08 tin trên Đài truyền thanh đặc khu; tiếp tục phát đến cuối năm.'),
    dict(task='II.5.c', status='completed', ind={'inspections': 1, 'establishments_inspected': 12, 'violations': 2, 'fines_vnd': 3500000},
         name='Kiểm tra đo lường xăng dầu, tạp hóa (phân quyền)', st='Đã xong',
         res='01 đợt, 12 cửa hàng xăng dầu, tạp hóa; 02 cơ sở vi phạm, phạt 3 triệu 500 nghìn đồng.'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Cử người dự tập huấn nghiệp vụ TĐC', st='Đã xong',
         res='Cử 02 công chức dự lớp trực tuyến do Chi cục tổ chức.'),
    dict(task='II.2.đ', status='not_started', ind={},
         name='Áp dụng ISO 9001 theo mô hình khung', st='Chưa làm',
         res='Đang chờ hướng dẫn mô hình khung cho đặc khu.'),
  ],
  diff=['Đi lại giữa đất liền và đảo khó khăn, lớp tập huấn trực tiếp không tham dự được.'],
  prop=['Xin Chi cục tổ chức kiểm tra tại chỗ một đợt trên đảo vào mùa khô.'])

R(file='PQLKH_CT38.xlsx', hand='D', unit=('SKHCN-QLKH', 'Phòng Quản lý Khoa học'),
  org=('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'),
  number='', date=(30, 10, 2026), where='TP. Hồ Chí Minh', kind='xlsx',
  signer=('', 'TRƯỞNG PHÒNG', 'Phan Đức Trọng'),
  entries=[
    dict(task='II.3.c', status='in_progress', ind={},
         name='Thu hút chuyên gia lĩnh vực TĐC (NQ 27/2023, QĐ 05/2026)', st='Chưa xong',
         res='Đã tiếp nhận 02 hồ sơ chuyên gia đo lường, đang lấy ý kiến thẩm định.'),
    dict(task='II.2.a', status='in_progress', ind={'budget_spent_vnd': 620000000},
         name='Nhiệm vụ KH&CN hỗ trợ nâng cao năng suất chất lượng', st='Chưa xong',
         res='Phê duyệt 03 nhiệm vụ; đã cấp kinh phí đợt 1 là 620 triệu đồng.'),
    dict(task='II.6.b', status='not_applicable', ind={},
         name='Phối hợp APO', st='Không có việc', res=''),
  ],
  diff=[],
  prop=['Đề nghị Chi cục gửi danh mục chuyên gia cần thu hút để Phòng tổng hợp.'])

R(file='SoGDDT_BC_CT38.docx', hand='D', unit=('SO-GDDT', 'Sở Giáo dục và Đào tạo'),
  org=('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'),
  number='5127/BC-SGDĐT', date=(25, 10, 2026), where='Thành phố Hồ Chí Minh', kind='docx',
  signer=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trương Thị Bích Liên'),
  entries=[
    dict(task='II.3.d', status='in_progress', ind={'training_courses': 4, 'participants': 1150},
         name='Đưa kiến thức TĐC vào hoạt động ngoại khóa của trường trung cấp', st='Chưa xong',
         res='Tổ chức 04 buổi ngoại khóa cho 1.150 học sinh, sinh viên; còn 02 trường chưa tổ chức.'),
    dict(task='II.1.a', status='completed', ind={'communications': 6},
         name='Tuyên truyền trong ngành giáo dục', st='Đã xong',
         res='06 tin, bài trên Cổng thông tin điện tử ngành.'),
    dict(task='II.2.đ', status='completed', ind={}, name='ISO 9001 tại cơ quan Sở', st='Đã xong',
         res='Công bố lại HTQLCL ngày 10/6/2026.'),
    dict(task='II.5.a', status='completed', ind={'inspections': 2, 'establishments_inspected': 15},
         name='Phối hợp kiểm tra chất lượng thiết bị dạy học', st='Đã xong',
         res='02 cuộc tại 15 cơ sở cung ứng thiết bị dạy học; không phát hiện vi phạm.'),
    dict(task='II.6.a', status='not_applicable', ind={}, name='Cập nhật điều ước quốc tế', st='Không có việc', res=''),
  ],
  diff=['Chương trình chính khóa nặng, khó bố trí thời gian ngoại khóa.'],
  prop=['Đề nghị Chi cục cung cấp tài liệu, báo cáo viên cho các buổi ngoại khóa.'])

R(file='LongHai_BC_PCTT_9thang.docx', hand='D', unit=('26662', 'Xã Long Hải'),
  org=('ỦY BAN NHÂN DÂN', 'XÃ LONG HẢI'),
  number='211/BC-UBND', date=(16, 10, 2026), where='Long Hải', kind='docx',
  title2='Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026',
  signer=('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Hoàng Phúc'),
  rejected='Không phải báo cáo thực hiện Kế hoạch CT38: đây là báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 của xã.',
  entries=[
    dict(g='1', name='Kiện toàn Ban Chỉ huy PCTT và TKCN xã', st='Đã xong', res='Quyết định kiện toàn ngày 15/02/2026.'),
    dict(g='2', name='Diễn tập ứng phó bão, sạt lở bờ biển', st='Đã xong', res='01 cuộc diễn tập, 230 người tham gia.'),
    dict(g='3', name='Gia cố kè chắn sóng khu vực Long Hải', st='Chưa xong', res='Đạt khoảng 60% khối lượng.'),
    dict(g='4', name='Kiểm tra tàu thuyền neo đậu', st='Đã xong', res='Kiểm tra 145 tàu thuyền.'),
  ],
  diff=['Kinh phí gia cố kè chắn sóng còn thiếu.'],
  prop=['Đề nghị Thành phố hỗ trợ kinh phí khắc phục sạt lở bờ biển.'])


# ================================================================ renderers
def datestr(d, place):
    return f'{place}, ngày {d[0]:02d} tháng {d[1]:02d} năm {d[2]}'

def setw(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

def put(ws, ref, val, bold=False, italic=False, align=None, size=12, border=False, fill=None):
    c = ws[ref]
    c.value = N(val) if isinstance(val, str) else val
    c.font = Font(name='Times New Roman', size=size, bold=bold, italic=italic)
    if align is not None:
        c.alignment = align
    if border:
        c.border = BOX
    if fill:
        c.fill = PatternFill('solid', fgColor=fill)
    return c

def hand_A(r):
    wb = Workbook(); ws = wb.active; ws.title = 'Bieu bao cao'
    setw(ws, [6, 38, 18, 52, 20, 14])
    ws.merge_cells('A1:C1'); ws.merge_cells('A2:C2'); ws.merge_cells('A3:C3')
    ws.merge_cells('D1:F1'); ws.merge_cells('D2:F2'); ws.merge_cells('D3:F3')
    put(ws, 'A1', r['head'][0], bold=True, align=CEN); put(ws, 'A2', r['head'][1], bold=True, align=CEN)
    put(ws, 'A3', 'Số: ' + r['number'], align=CEN)
    put(ws, 'D1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align=CEN)
    put(ws, 'D2', 'Độc lập - Tự do - Hạnh phúc', bold=True, align=CEN)
    put(ws, 'D3', datestr(r['date'], r['place']), italic=True, align=CEN)
    ws.merge_cells('A5:F5'); ws.merge_cells('A6:F6'); ws.merge_cells('A7:F7')
    put(ws, 'A5', 'BÁO CÁO', bold=True, size=14, align=CEN)
    put(ws, 'A6', r.get('title2', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026'), bold=True, align=CEN)
    put(ws, 'A7', '(Kỳ báo cáo: ' + r['period'] + ')', italic=True, align=CEN)
    hdr = ['STT', 'Nội dung công việc', 'Bộ phận thực hiện', 'Kết quả thực hiện', 'Tình trạng giải quyết', 'Ghi chú']
    row = 9
    for i, h in enumerate(hdr):
        put(ws, f'{get_column_letter(i+1)}{row}', h, bold=True, align=CEN, border=True, fill='D9E1F2')
    ws.freeze_panes = 'A10'
    for k, e in enumerate(r['entries'], 1):
        row += 1
        vals = [k, e['name'], e['dept'], e['res'], e['st'], e.get('note', '')]
        for i, v in enumerate(vals):
            put(ws, f'{get_column_letter(i+1)}{row}', v, align=CEN if i in (0, 4) else WRAP, border=True)
    row += 2
    put(ws, f'A{row}', 'II', bold=True); put(ws, f'B{row}', 'KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for k, d in enumerate(r['diff'], 1):
        row += 1; ws.merge_cells(f'B{row}:F{row}')
        put(ws, f'A{row}', f'{k}.', align=Alignment(horizontal='right', vertical='top')); put(ws, f'B{row}', d, align=WRAP)
    row += 1
    put(ws, f'A{row}', 'III', bold=True); put(ws, f'B{row}', 'ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for k, d in enumerate(r['prop'], 1):
        row += 1; ws.merge_cells(f'B{row}:F{row}')
        put(ws, f'A{row}', f'{k}.', align=Alignment(horizontal='right', vertical='top')); put(ws, f'B{row}', d, align=WRAP)
    row += 2
    put(ws, f'B{row}', 'Người lập biểu', bold=True, align=CEN)
    ws.merge_cells(f'D{row}:F{row}'); put(ws, f'D{row}', r['signer'][0], bold=True, align=CEN)
    ws.merge_cells(f'D{row+1}:F{row+1}'); put(ws, f'D{row+1}', r['signer'][1], bold=True, align=CEN)
    put(ws, f'B{row+5}', r['maker'], bold=True, align=CEN)
    ws.merge_cells(f'D{row+5}:F{row+5}'); put(ws, f'D{row+5}', r['signer'][2], bold=True, align=CEN)
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    return wb

def hand_B(r):
    wb = Workbook(); ws = wb.active; ws.title = 'CT38_2026'
    setw(ws, [6, 46, 30, 11, 24, 20, 28])
    ws.merge_cells('A1:C1'); ws.merge_cells('A2:C2')
    put(ws, 'A1', r['org'][0], align=CEN, size=11); put(ws, 'A2', r['org'][1], bold=True, align=CEN, size=11)
    ws.merge_cells('A4:G4'); ws.merge_cells('A5:G5'); ws.merge_cells('A6:G6')
    put(ws, 'A4', 'SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', bold=True, align=CEN, size=13)
    d = r['date']
    put(ws, 'A5', f'(Kèm theo Báo cáo số {r["number"]} ngày {d[0]:02d}/{d[1]:02d}/{d[2]} của {r["unit"][1]})', italic=True, align=CEN)
    put(ws, 'A6', f'Số liệu tính đến ngày {r["cutoff"]}; số trong ngoặc là phần tăng thêm so với Báo cáo 6 tháng đầu năm', italic=True, align=CEN, size=11)
    hdr = ['STT', 'Nhiệm vụ', 'Chỉ tiêu', 'ĐVT', f'Số liệu đến {r["cutoff"]} (tăng so với BC 6 tháng)', 'Tình hình', 'Ghi chú']
    row = 8
    for i, h in enumerate(hdr):
        put(ws, f'{get_column_letter(i+1)}{row}', h, bold=True, align=CEN, border=True, fill='E2EFDA')
    row += 1
    for i in range(7):
        put(ws, f'{get_column_letter(i+1)}{row}', f'({i+1})' if i else '(1)', italic=True, align=CEN, border=True, size=10)
    # overwrite with A..G letters like statistical forms
    for i, ch in enumerate('ABCDEFG'):
        ws[f'{ch}{row}'].value = ch
    for k, e in enumerate(r['entries'], 1):
        row += 1
        vals = [k, e['name'], '', '', '', e['st'], e['note']]
        for i, v in enumerate(vals):
            put(ws, f'{get_column_letter(i+1)}{row}', v, bold=(i in (1,)), align=CEN if i in (0, 5) else WRAP, border=True)
        for lab, dvt, val in e['rows']:
            row += 1
            vals = ['', '', '- ' + lab, dvt, val, '', '']
            for i, v in enumerate(vals):
                put(ws, f'{get_column_letter(i+1)}{row}', v, align=Alignment(horizontal='right', vertical='top') if i == 4 else (CEN if i == 3 else WRAP), border=True)
    row += 2
    put(ws, f'B{row}', 'Khó khăn, vướng mắc:', bold=True)
    for d_ in r['diff']:
        row += 1; ws.merge_cells(f'B{row}:G{row}'); put(ws, f'B{row}', '- ' + d_, align=WRAP)
    row += 1
    put(ws, f'B{row}', 'Kiến nghị:', bold=True)
    for d_ in r['prop']:
        row += 1; ws.merge_cells(f'B{row}:G{row}'); put(ws, f'B{row}', '- ' + d_, align=WRAP)
    row += 2
    put(ws, f'B{row}', 'Người lập biểu: ' + r['maker'], italic=True)
    put(ws, f'E{row}', 'Duyệt: ' + r['head_sig'], italic=True)
    ws.freeze_panes = 'C10'
    return wb

def cell_text(cell, text, bold=False, italic=False, size=13, align=None):
    p = cell.paragraphs[0]
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        run = p.add_run(N(ln)); run.bold = bold; run.italic = italic; run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    if align is not None:
        p.alignment = align
    return p

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{side}'); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)

def base_doc():
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    sec = doc.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc

def doc_header(doc, org, number, dline):
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    a, b = org
    cell_text(t.cell(0, 0), a + '\n' + b, bold=False, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    # second line bold
    p = t.cell(0, 0).paragraphs[0]
    runs = p.runs
    for run in runs[1:]:
        run.bold = True
    cell_text(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 0), 'Số: ' + number if number else 'Số:       /BC', size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 1), dline, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

def para(doc, text, bold=False, italic=False, align=None, indent=True, size=13):
    p = doc.add_paragraph()
    r_ = p.add_run(N(text)); r_.bold = bold; r_.italic = italic; r_.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)
    return p

def sign_block(doc, signer, recips):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c0 = t.cell(0, 0)
    cell_text(c0, 'Nơi nhận:', bold=True, italic=True, size=12)
    for x in recips:
        p = c0.add_paragraph(); rr = p.add_run(N(x)); rr.font.size = Pt(11)
    a, b, name = signer
    txt = (a + '\n' if a else '') + b + '\n\n\n\n' + name
    cell_text(t.cell(0, 1), txt, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)

def hand_C_docx(r):
    doc = base_doc()
    d = r['date']
    doc_header(doc, r['org'], r['number'], datestr(d, 'Thành phố Hồ Chí Minh'))
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(cập nhật đến ngày 20/10/2026)', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, f'Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {r["unit"][1]} báo cáo cập nhật kết quả thực hiện các nội dung được giao; các phần việc đã báo cáo tại {r["prev"]} không nhắc lại chi tiết, cụ thể như sau:')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for k, e in enumerate(r['entries'], 1):
        para(doc, f'{k}. {e["head"]}', bold=True, indent=False)
        for ptxt in e['paras']:
            para(doc, ptxt.format(prev=r['prev']))
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in r['diff']:
        para(doc, '- ' + x)
    para(doc, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for x in r['prop']:
        para(doc, '- ' + x)
    para(doc, f'Trên đây là báo cáo cập nhật của {r["short"]}, kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.')
    sign_block(doc, r['signer'], ['- Chi cục TĐC (để t/h);', '- Ban Giám đốc Sở (để b/c);', '- Lưu: VT.'])
    return doc

def hand_C_xlsx(r):
    wb = Workbook(); ws = wb.active; ws.title = 'Cap nhat CT38'
    setw(ws, [5, 34, 60, 34])
    ws.merge_cells('A1:B1'); ws.merge_cells('A2:B2'); ws.merge_cells('A3:B3')
    put(ws, 'A1', r['org'][0], align=CEN, size=11); put(ws, 'A2', r['org'][1], bold=True, align=CEN, size=11)
    put(ws, 'A3', 'Số: ' + r['number'], align=CEN, size=11)
    put(ws, 'C1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align=CEN, size=11)
    put(ws, 'C2', 'Độc lập - Tự do - Hạnh phúc', bold=True, align=CEN, size=11)
    put(ws, 'C3', datestr(r['date'], 'TP. Hồ Chí Minh'), italic=True, align=CEN, size=11)
    ws.merge_cells('A5:D5'); ws.merge_cells('A6:D6')
    put(ws, 'A5', 'BẢNG CẬP NHẬT KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', bold=True, align=CEN, size=13)
    put(ws, 'A6', f'(Nối tiếp {r["prev"]} của {r["unit"][1]})', italic=True, align=CEN)
    hdr = ['TT', 'Nội dung được giao', 'Kết quả cập nhật đến 20/10/2026', 'Tình trạng (so với báo cáo trước)']
    row = 8
    for i, h in enumerate(hdr):
        put(ws, f'{get_column_letter(i+1)}{row}', h, bold=True, align=CEN, border=True, fill='FFF2CC')
    for k, e in enumerate(r['entries'], 1):
        row += 1
        res = e['paras'][0] if len(e['paras']) > 1 else ''
        stt = e['paras'][-1].format(prev=r['prev'])
        for i, v in enumerate([k, e['head'], res, stt]):
            put(ws, f'{get_column_letter(i+1)}{row}', v, align=CEN if i == 0 else WRAP, border=True)
    row += 2
    put(ws, f'B{row}', 'Khó khăn, vướng mắc', bold=True)
    for x in r['diff']:
        row += 1; ws.merge_cells(f'B{row}:D{row}'); put(ws, f'B{row}', x, align=WRAP)
    row += 1
    put(ws, f'B{row}', 'Đề xuất', bold=True)
    for x in r['prop']:
        row += 1; ws.merge_cells(f'B{row}:D{row}'); put(ws, f'B{row}', x, align=WRAP)
    row += 2
    put(ws, f'D{row}', r['signer'][1], bold=True, align=CEN)
    put(ws, f'D{row+4}', r['signer'][2], bold=True, align=CEN)
    return wb

def hand_D_xlsx(r):
    wb = Workbook(); ws = wb.active; ws.title = 'Tien do'
    setw(ws, [6, 44, 62, 14])
    put(ws, 'A1', r['org'][0], size=11); put(ws, 'A2', r['org'][1], bold=True, size=11)
    put(ws, 'A3', 'Số: ' + (r['number'] or '......../BC'), size=11)
    put(ws, 'C1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align=CEN, size=11)
    put(ws, 'C2', 'Độc lập - Tự do - Hạnh phúc', bold=True, align=CEN, size=11)
    put(ws, 'C3', datestr(r['date'], r['where']), italic=True, align=CEN, size=11)
    ws.merge_cells('A5:D5')
    put(ws, 'A5', 'TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - ' + r['org'][1], bold=True, align=CEN, size=13)
    hdr = ['STT', 'Việc phải làm', 'Đã làm được', 'Xong chưa']
    row = 7
    for i, h in enumerate(hdr):
        put(ws, f'{get_column_letter(i+1)}{row}', h, bold=True, align=CEN, border=True)
    cur = None; k = 0
    for e in sorted(r['entries'], key=lambda e: e['task']):
        g = e['task'][3]
        if g != cur:
            cur = g; row += 1
            ws.merge_cells(f'A{row}:D{row}')
            put(ws, f'A{row}', G[g], bold=True, border=True, fill='D9D9D9')
            for ch in 'BCD':
                ws[f'{ch}{row}'].border = BOX; ws[f'{ch}{row}'].fill = PatternFill('solid', fgColor='D9D9D9')
        row += 1; k += 1
        for i, v in enumerate([k, e['name'], e['res'], e['st']]):
            put(ws, f'{get_column_letter(i+1)}{row}', v, align=CEN if i in (0, 3) else WRAP, border=True)
    row += 2
    if r['diff']:
        put(ws, f'B{row}', 'Vướng mắc:', bold=True, italic=True)
        for x in r['diff']:
            row += 1; ws.merge_cells(f'B{row}:D{row}'); put(ws, f'B{row}', '+ ' + x, align=WRAP)
        row += 1
    put(ws, f'B{row}', 'Đề nghị:', bold=True, italic=True)
    for x in r['prop']:
        row += 1; ws.merge_cells(f'B{row}:D{row}'); put(ws, f'B{row}', '+ ' + x, align=WRAP)
    row += 2
    if r['signer'][0]:
        put(ws, f'C{row}', r['signer'][0], bold=True, align=CEN); row += 1
    put(ws, f'C{row}', r['signer'][1], bold=True, align=CEN)
    put(ws, f'C{row+4}', r['signer'][2], bold=True, align=CEN)
    return wb

def hand_D_docx(r):
    doc = base_doc()
    doc_header(doc, r['org'], r['number'], datestr(r['date'], r['where']))
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(doc, r.get('title2', 'Tiến độ thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, f'{r["unit"][1]} báo cáo tiến độ các việc được giao như bảng dưới đây:')
    rej = 'rejected' in r
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(['STT', 'Việc phải làm', 'Đã làm được', 'Xong chưa']):
        cell_text(t.rows[0].cells[i], h, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    cur = None; k = 0
    for e in (r['entries'] if rej else sorted(r['entries'], key=lambda e: e['task'])):
        g = e['g'] if rej else e['task'][3]
        if not rej and g != cur:
            cur = g
            cells = t.add_row().cells
            m = cells[0].merge(cells[3])
            cell_text(m, G[g], bold=True, size=12)
            tcPr = m._tc.get_or_add_tcPr(); shd = OxmlElement('w:shd')
            shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), 'D9D9D9'); tcPr.append(shd)
        k += 1
        cells = t.add_row().cells
        for i, v in enumerate([str(k), e['name'], e['res'], e['st']]):
            cell_text(cells[i], v, size=12, align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) else None)
    for row_ in t.rows:
        for i, w in enumerate([Cm(1.1), Cm(5.2), Cm(7.5), Cm(2.4)]):
            row_.cells[i].width = w
    para(doc, '')
    para(doc, 'Vướng mắc:', bold=True, italic=True, indent=False)
    for x in r['diff']:
        para(doc, '+ ' + x)
    para(doc, 'Đề nghị:', bold=True, italic=True, indent=False)
    for x in r['prop']:
        para(doc, '+ ' + x)
    sign_block(doc, r['signer'], ['- Như trên;', '- Lưu: VT.'])
    return doc

def build():
    for r in REPORTS:
        path = os.path.join(OUT, r['file'])
        h = r['hand']
        if h == 'A': hand_A(r).save(path)
        elif h == 'B': hand_B(r).save(path)
        elif h == 'C': (hand_C_docx(r) if path.endswith('.docx') else hand_C_xlsx(r)).save(path)
        elif h == 'D': (hand_D_xlsx(r) if path.endswith('.xlsx') else hand_D_docx(r)).save(path)

def keytext(r, e):
    if 'paras' in e:
        return N(e['head'] + ': ' + e['paras'][0].format(prev=r['prev']))
    if 'rows' in e:
        return N(e['name'] + (': ' + '; '.join(f'{a} {c} {b}' for a, b, c in e['rows']) if e['rows'] else ''))
    return N(e['name'] + ': ' + e['res'])

def keys():
    import hashlib
    os.makedirs(os.path.join(OUT, 'truth'), exist_ok=True)
    for r in REPORTS:
        path = os.path.join(OUT, r['file'])
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        d = r['date']
        rej = 'rejected' in r
        k = {'file': r['file'], 'sha256': sha,
             'status': 'rejected' if rej else 'extracted',
             'reason': N(r['rejected']) if rej else None,
             'unit': {'id': r['unit'][0], 'name': N(r['unit'][1])},
             'document': {'number': N(r['number']) if r['number'] else None, 'date': f'{d[2]}-{d[1]:02d}-{d[0]:02d}'},
             'entries': [] if rej else [
                 {'task': N(e['task']), 'status': e['status'], 'indicators': e['ind'], 'text': keytext(r, e)}
                 for e in r['entries']],
             'findings': [],
             'difficulties': [] if rej else [N(x) for x in r['diff']],
             'proposals': [] if rej else [N(x) for x in r['prop']]}
        json.dump(k, open(os.path.join(OUT, 'truth', r['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

if __name__ == '__main__':
    import sys
    if len(sys.argv) < 2 or sys.argv[1] == 'build':
        build(); print(len(REPORTS), 'files built')
    if len(sys.argv) < 2 or sys.argv[1] == 'keys':
        keys(); print('keys written')
