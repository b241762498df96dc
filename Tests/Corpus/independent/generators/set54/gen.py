# -*- coding: utf-8 -*-
"""Generator for set54. Four hands (see NOTES.md). Writes files + truth keys."""
import os, json, hashlib, shutil, subprocess, unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

def N(s):
    return unicodedata.normalize('NFC', s)

# ---------------------------------------------------------------- data
# entry: task, status, ind, name (unit's own words), text (with written figures),
#        st (status as the hand writes it, or None), figs [(label, written, id)] for H2/H3
REPORTS = []

def R(**kw):
    REPORTS.append(kw)
    return kw

# ======================= HAND 1: Tùng (phường, DOCX, header in page header)
R(hand=1, file='bc-ct38-phuong-thuan-an-2026.docx', uid='25978', uname='Phường Thuận An',
  number='315/BC-UBND', date='2026-10-22', place='Thuận An', dtext='ngày 22 tháng 10 năm 2026',
  boss='CHỦ TỊCH', signer='Lê Văn Tùng',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 6},
         name='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
         text='phường đã đăng 06 tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố; lồng ghép nội dung vào các buổi sinh hoạt khu phố, tổ dân phố.',
         st='Việc này phường đã làm xong.'),
    dict(task='II.3.a', status='completed', ind={'participants': 3},
         name='Cử cán bộ đi tập huấn',
         text='phường cử 03 công chức (Phòng Kinh tế, Bộ phận một cửa) tham dự lớp tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng do Chi cục tổ chức ngày 17/6/2026.',
         st='Đã xong.'),
    dict(task='II.5.c', status='in_progress',
         ind={'inspections': 2, 'establishments_inspected': 17, 'violations': 3, 'fines_vnd': 4500000},
         name='Kiểm tra đo lường tại chợ (nội dung được phân quyền)',
         text='phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại chợ Lái Thiêu và chợ Búng, kiểm tra 17 hộ kinh doanh có sử dụng cân, phát hiện 03 trường hợp cân sai số vượt mức cho phép, đã lập biên bản và xử phạt tổng số tiền 4.500.000 đồng.',
         st='Hiện phường vẫn đang làm tiếp theo kế hoạch quý IV.'),
    dict(task='II.2.d', status='unknown', ind={'enterprises_supported': 9},
         name='Hướng dẫn cơ sở ghi nhãn, công bố chất lượng',
         text='cán bộ phường đến tận nơi hướng dẫn 09 hộ kinh doanh, cơ sở sản xuất nhỏ (bánh tráng, nước đá, nước uống đóng chai) về ghi nhãn hàng hóa và thủ tục công bố tiêu chuẩn cơ sở.',
         st=None),
    dict(task='II.2.đ', status='completed', ind={},
         name='ISO tại UBND phường',
         text='phường đã rà soát, cập nhật lại các quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính, Chủ tịch UBND phường đã ký công bố lại hệ thống.',
         st='Việc này đã xong trong tháng 8.'),
    dict(task='II.1.b', status='not_started', ind={},
         name='Giải thưởng Chất lượng Quốc gia',
         text='trên địa bàn chưa có doanh nghiệp nào đăng ký tham dự.',
         st='Phường chưa làm được nội dung này.'),
  ],
  difficulties=['Phường chưa có cán bộ chuyên trách, công chức kinh tế phải kiêm nhiệm nhiều việc',
                'thiết bị kiểm tra (cân đối chứng, quả cân chuẩn) của phường còn thiếu'],
  proposals=['Đề nghị Chi cục cấp thêm 02 bộ quả cân chuẩn cho phường để kiểm tra tại chợ',
             'đề nghị tổ chức tập huấn về ghi nhãn hàng hóa cho hộ kinh doanh trên địa bàn'])

R(hand=1, file='phuong-di-an-bao-cao-chi-thi-38.docx', uid='25942', uname='Phường Dĩ An',
  number='287/BC-UBND', date='2026-10-19', place='Dĩ An', dtext='ngày 19 tháng 10 năm 2026',
  boss='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Trần Thị Mỹ Dung',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 11, 'training_courses': 1, 'participants': 65},
         name='Tuyên truyền, phổ biến pháp luật về đo lường, chất lượng',
         text='phường đã đăng 11 tin, bài trên trang thông tin điện tử và fanpage phường; tổ chức 01 hội nghị phổ biến pháp luật về đo lường, chất lượng cho hộ kinh doanh chợ Dĩ An với 65 lượt người tham dự.',
         st='Đến nay đã xong.'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 4, 'establishments_inspected': 6},
         name='Phối hợp kiểm tra cửa hàng xăng dầu',
         text='phường phối hợp đoàn của Chi cục thực hiện 04 cuộc kiểm tra tại 06 cửa hàng xăng dầu trên địa bàn; qua kiểm tra các cửa hàng đều chấp hành tốt quy định về đo lường.',
         st='Hiện vẫn đang làm, dự kiến kiểm tra thêm trong tháng 11.'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Tham dự tập huấn nghiệp vụ',
         text='phường cử 02 công chức tham dự tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn đo lường chất lượng dành cho cấp xã, phường.',
         st='Đã xong.'),
    dict(task='II.2.đ', status='in_progress', ind={},
         name='Hệ thống quản lý chất lượng ISO',
         text='phường đang chuyển đổi hệ thống quản lý chất lượng theo mô hình khung do Sở ban hành, cập nhật các quy trình mới.',
         st='Hiện vẫn đang làm.'),
    dict(task='II.5.d', status='not_applicable', ind={},
         name='Tố giác vi phạm',
         text='trong kỳ phường không nhận được phản ánh, tố giác nào về vi phạm tiêu chuẩn, đo lường, chất lượng.',
         st='Trong kỳ không phát sinh.'),
  ],
  difficulties=['Kinh phí cho hoạt động kiểm tra về đo lường, chất lượng chưa được bố trí riêng'],
  proposals=['Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể các nội dung được phân quyền cho cấp phường sau sắp xếp'])

R(hand=1, file='BC 198 phuong Ba Ria - TDC.docx', uid='26560', uname='Phường Bà Rịa',
  number='198/BC-UBND', date='2026-10-27', place='Bà Rịa', dtext='ngày 27 tháng 10 năm 2026',
  boss='TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', signer='Nguyễn Hoàng Phúc',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 8},
         name='Thông tin, tuyên truyền',
         text='phường đã đưa 08 tin, bài tuyên truyền về Chỉ thị số 38-CT/TW và các quy định về đo lường trong kinh doanh lên trang thông tin điện tử phường.',
         st='Đã làm xong.'),
    dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 12},
         name='Hỗ trợ cơ sở công bố chất lượng, mã số mã vạch',
         text='phường hướng dẫn 12 cơ sở sản xuất nước mắm, bánh tráng, hạt điều về hồ sơ công bố chất lượng sản phẩm và đăng ký mã số mã vạch.',
         st='Hiện đang làm tiếp với các cơ sở còn lại.'),
    dict(task='II.5.b', status='completed', ind={'samples_tested': 5},
         name='Khảo sát chất lượng xăng dầu',
         text='phường phối hợp Chi cục lấy 05 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng, kết quả các mẫu đều đạt.',
         st='Việc này đã xong.'),
    dict(task='II.5.c', status='in_progress',
         ind={'inspections': 3, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 3000000},
         name='Kiểm tra theo phân quyền',
         text='phường tổ chức 03 cuộc kiểm tra tại 21 cơ sở kinh doanh (chợ Bà Rịa, khu vực đường Cách Mạng Tháng Tám), phát hiện 02 cơ sở vi phạm về ghi nhãn và đo lường, xử phạt 3.000.000 đồng.',
         st='Đang làm tiếp.'),
    dict(task='II.3.a', status='completed', ind={'participants': 4},
         name='Tập huấn',
         text='phường cử 04 lượt cán bộ tham dự các lớp tập huấn do Chi cục tổ chức.',
         st='Đã xong.'),
    dict(task='II.1.b', status='unknown', ind={},
         name='Giải thưởng Chất lượng Quốc gia',
         text='phường chuyển thông tin về Giải thưởng Chất lượng Quốc gia năm 2026 đến các doanh nghiệp trên địa bàn qua nhóm Zalo doanh nghiệp.',
         st=None),
  ],
  difficulties=['Hộ kinh doanh nhỏ lẻ ở chợ chưa quan tâm việc kiểm định cân',
                'phường chưa có phương tiện đo để kiểm tra nhanh'],
  proposals=['Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân tại chợ Bà Rịa'])

R(hand=1, file='bao cao CDS 9 thang - Tan Dong Hiep.docx', uid='25945', uname='Phường Tân Đông Hiệp',
  number='221/BC-UBND', date='2026-10-20', place='Tân Đông Hiệp', dtext='ngày 20 tháng 10 năm 2026',
  boss='CHỦ TỊCH', signer='Võ Minh Khoa', mistaken=True,
  title='BÁO CÁO\nKết quả thực hiện chuyển đổi số 9 tháng đầu năm 2026',
  reason='Báo cáo về chuyển đổi số, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng)',
  body=[
    ('Hạ tầng số', 'phường đã trang bị 15 máy tính mới cho Bộ phận một cửa; 100% cán bộ, công chức sử dụng hệ thống quản lý văn bản và điều hành.', 'Đã xong.'),
    ('Dịch vụ công trực tuyến', 'tỷ lệ hồ sơ nộp trực tuyến đạt 82%, tăng 11% so với cùng kỳ; đã số hóa 4.350 hồ sơ, kết quả giải quyết thủ tục hành chính.', 'Đang làm tiếp.'),
    ('Tổ công nghệ số cộng đồng', 'duy trì 09 tổ tại 09 khu phố, hướng dẫn 1.200 lượt người dân cài đặt VNeID, định danh điện tử mức 2.', 'Đang làm tiếp.'),
    ('Thanh toán không dùng tiền mặt', 'phối hợp các ngân hàng triển khai thanh toán bằng mã QR tại chợ Tân Đông Hiệp.', 'Đã xong.'),
  ],
  difficulties=['Đường truyền tại một số khu phố chưa ổn định', 'người cao tuổi còn ngại sử dụng dịch vụ công trực tuyến'],
  proposals=['Đề nghị Sở bố trí kinh phí nâng cấp máy tính cho Bộ phận một cửa'])

# ======================= HAND 2: Loan (xã/phường, XLSX, label row above each value row)
R(hand=2, file='Bac Tan Uyen_BC CT38_T10.2026.xlsx', uid='25906', uname='Xã Bắc Tân Uyên',
  number='145/BC-UBND', date='2026-10-21', place='Bắc Tân Uyên', dtext='ngày 21 tháng 10 năm 2026',
  signer='Nguyễn Thị Loan',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 5, 'training_courses': 1, 'participants': 80},
         name='Tuyên truyền về TĐC cho người dân, hộ kinh doanh',
         text='Đăng tin trên trang TTĐT xã, loa truyền thanh; tổ chức hội nghị tại hội trường xã',
         figs=[('Tin, bài', 5, 'communications'), ('Hội nghị', 1, 'training_courses'), ('Người dự', 80, 'participants')], st='Xong'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Dự tập huấn nghiệp vụ TĐC (Chi cục tổ chức)',
         text='Cử công chức địa chính - kinh tế đi học',
         figs=[('Số người đi', 2, 'participants')], st='Xong'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 12, 'violations': 1, 'fines_vnd': 1500000},
         name='Kiểm tra cân đo ở chợ, cửa hàng xăng dầu',
         text='Phối hợp Chi cục kiểm tra chợ Tân Thành, cửa hàng xăng dầu dọc ĐT741',
         figs=[('Số cuộc', 2, 'inspections'), ('Số hộ/CH kiểm tra', 12, 'establishments_inspected'), ('Vi phạm', 1, 'violations'), ('Tiền phạt (đồng)', 1500000, 'fines_vnd')], st='Đang làm'),
    dict(task='II.2.d', status='unknown', ind={'enterprises_supported': 7},
         name='Hướng dẫn cơ sở ghi nhãn, công bố sản phẩm',
         text='Hướng dẫn cơ sở chế biến hạt điều, sầu riêng sấy',
         figs=[('Cơ sở được HD', 7, 'enterprises_supported')], st=None),
    dict(task='II.1.b', status='not_started', ind={},
         name='Vận động DN dự Giải thưởng CLQG',
         text='Chưa có DN đủ điều kiện',
         figs=[], st='Chưa làm'),
  ],
  difficulties=['Xã rộng, chợ tự phát nhiều, khó quản lý cân đo'],
  proposals=['Đề nghị Chi cục tập huấn thêm cho công chức xã mới nhận nhiệm vụ'])

R(hand=2, file='chanh hiep - bieu CT38.xlsx', uid='25771', uname='Phường Chánh Hiệp',
  number='76/BC-UBND', date='2026-10-16', place='Chánh Hiệp', dtext='ngày 16 tháng 10 năm 2026',
  signer='Phạm Văn Đức',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 4},
         name='Tuyên truyền trên trang TTĐT, nhóm Zalo KP',
         text='Đăng tin về Chỉ thị 38, ngày Đo lường Việt Nam',
         figs=[('Tin bài', 4, 'communications')], st='Xong'),
    dict(task='II.2.đ', status='completed', ind={},
         name='Cập nhật ISO 9001 tại UBND phường',
         text='Đã công bố lại HTQLCL sau sắp xếp',
         figs=[], st='Xong'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 1, 'establishments_inspected': 9},
         name='Kiểm tra đo lường tại chợ Chánh Hiệp',
         text='Phối hợp đoàn Chi cục, chưa phát hiện sai phạm',
         figs=[('Số cuộc', 1, 'inspections'), ('Số cơ sở', 9, 'establishments_inspected')], st='Đang làm'),
    dict(task='II.5.b', status='completed', ind={'samples_tested': 3},
         name='Lấy mẫu khảo sát (mũ bảo hiểm, đồ chơi)',
         text='Phối hợp Chi cục lấy mẫu tại cửa hàng trên đường Lê Chí Dân',
         figs=[('Mẫu', 3, 'samples_tested')], st='Xong'),
    dict(task='II.5.d', status='not_applicable', ind={},
         name='Tiếp nhận tố giác vi phạm TĐC',
         text='', figs=[], st='Không có'),
  ],
  difficulties=['Chưa có kinh phí riêng cho công tác TĐC'],
  proposals=['Cấp tài liệu tuyên truyền in sẵn cho phường', 'Hướng dẫn mẫu báo cáo thống nhất để các phường làm theo'])

R(hand=2, file='XuyenMoc_CT38.xlsx', uid='26632', uname='Xã Xuyên Mộc',
  number=None, date='2026-10-24', place='Xuyên Mộc', dtext='ngày 24 tháng 10 năm 2026',
  signer='Đặng Thị Thu',
  entries=[
    dict(task='II.1.a', status='in_progress', ind={'communications': 3, 'budget_spent_vnd': 4800000},
         name='Tuyên truyền TĐC (pano, tin bài)',
         text='Treo pano tại chợ Xuyên Mộc, đăng tin trên trang xã',
         figs=[('Tin bài', 3, 'communications'), ('Kinh phí (đồng)', 4800000, 'budget_spent_vnd')], st='Đang làm'),
    dict(task='II.3.a', status='completed', ind={'participants': 1},
         name='Đi tập huấn TĐC',
         text='01 công chức kinh tế tham dự',
         figs=[('Người', 1, 'participants')], st='Xong'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 25, 'violations': 4, 'fines_vnd': 6250000},
         name='Kiểm tra cân, xăng dầu, hàng đóng gói',
         text='Phối hợp Chi cục và Công an xã',
         figs=[('Số cuộc', 3, 'inspections'), ('Cơ sở KT', 25, 'establishments_inspected'), ('Vi phạm', 4, 'violations'), ('Phạt (đồng)', 6250000, 'fines_vnd')], st='Đang làm'),
    dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 5},
         name='Hướng dẫn DN, HTX công bố chất lượng',
         text='HTX tiêu, HTX hạt điều, cơ sở mật ong',
         figs=[('DN/HTX', 5, 'enterprises_supported')], st='Đang làm'),
    dict(task='II.5.b', status='completed', ind={'samples_tested': 6},
         name='Khảo sát chất lượng xăng dầu',
         text='Lấy mẫu cùng Chi cục',
         figs=[('Mẫu', 6, 'samples_tested')], st='Xong'),
  ],
  difficulties=['Địa bàn xã rộng, giao thông đi lại khó khăn, cơ sở kinh doanh phân tán',
                'Công chức phụ trách mới tiếp nhận nhiệm vụ, chưa nắm hết quy định'],
  proposals=['Đề nghị Chi cục hỗ trợ trang bị 01 bộ cân đối chứng cho xã'])

R(hand=2, file='Ngai Giao - bieu giam ngheo 2026.xlsx', uid='26575', uname='Xã Ngãi Giao',
  number='167/BC-UBND', date='2026-10-18', place='Ngãi Giao', dtext='ngày 18 tháng 10 năm 2026',
  signer='Hồ Văn Sang', mistaken=True,
  title='BIỂU KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026',
  reason='Biểu kết quả giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW',
  body=[
    ('Rà soát hộ nghèo, cận nghèo', [('Hộ nghèo', 42), ('Hộ cận nghèo', 67)], 'Xong'),
    ('Hỗ trợ nhà ở cho hộ nghèo', [('Căn nhà', 6), ('Kinh phí (đồng)', 360000000)], 'Đang làm'),
    ('Cho vay vốn NHCSXH', [('Lượt hộ vay', 85)], 'Đang làm'),
    ('Tập huấn cán bộ giảm nghèo', [('Lớp', 2), ('Người dự', 110)], 'Xong'),
  ],
  difficulties=['Một số hộ còn tư tưởng trông chờ'], proposals=['Đề nghị tăng vốn vay giải quyết việc làm'])

# ======================= HAND 3: ông Bảy (xã/đặc khu, DOCX, space-aligned label : value lines)
R(hand=3, file='Con Dao - bao cao TDC nam 2026.docx', uid='26732', uname='Đặc khu Côn Đảo',
  number='54/BC-UBND', date='2026-10-23', place='Côn Đảo', dtext='ngày 23 tháng 10 năm 2026',
  signer='Huỳnh Văn Bảy',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 4},
         name='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Đài truyền thanh đặc khu',
         text='Đưa tin trên Đài truyền thanh và trang thông tin điện tử đặc khu.',
         figs=[('Số tin, bài', '04 tin bài', 'communications')], st='Đã hoàn thành'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Cử cán bộ dự lớp tập huấn do Chi cục tổ chức (học trực tuyến)',
         text='',
         figs=[('Số người dự', '02 người', 'participants')], st='Đã hoàn thành'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 5, 'violations': 1, 'fines_vnd': 2500000},
         name='Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG)',
         text='Phối hợp đoàn kiểm tra của Chi cục ra đảo.',
         figs=[('Số cuộc kiểm tra', '02 cuộc', 'inspections'), ('Số cơ sở', '05 cơ sở', 'establishments_inspected'),
               ('Số vi phạm', '01 cơ sở', 'violations'), ('Tiền phạt', '2.500.000 đ', 'fines_vnd')], st='Đang thực hiện'),
    dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 4},
         name='Hướng dẫn cơ sở chế biến hải sản khô công bố chất lượng, ghi nhãn',
         text='',
         figs=[('Số cơ sở được hướng dẫn', '04 cơ sở', 'enterprises_supported')], st='Đang thực hiện'),
    dict(task='II.2.đ', status='completed', ind={},
         name='Áp dụng, duy trì ISO 9001 tại cơ quan UBND đặc khu',
         text='Đã ban hành quyết định công bố lại.',
         figs=[], st='Đã hoàn thành'),
  ],
  difficulties=['Do đặc thù hải đảo, việc đưa phương tiện đo vào đất liền kiểm định phải vận chuyển bằng tàu, chi phí cao.'],
  proposals=['Đề nghị Chi cục bố trí đoàn kiểm định lưu động ra Côn Đảo ít nhất 01 lần/năm.',
             'Đề nghị hỗ trợ tài liệu tuyên truyền cho Đài truyền thanh đặc khu.'])

R(hand=3, file='Long Hai_BC ket qua CT38.docx', uid='26662', uname='Xã Long Hải',
  number='132/BC-UBND', date='2026-10-26', place='Long Hải', dtext='ngày 26 tháng 10 năm 2026',
  signer='Trương Văn Lộc',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 7, 'training_courses': 1, 'participants': 55},
         name='Tuyên truyền, phổ biến pháp luật về đo lường cho hộ kinh doanh hải sản',
         text='Tổ chức hội nghị tại chợ Long Hải, đăng tin trên trang xã.',
         figs=[('Số tin, bài', '07 tin bài', 'communications'), ('Hội nghị', '01 hội nghị', 'training_courses'), ('Số người dự', '55 người', 'participants')],
         st='Đã hoàn thành'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 18, 'violations': 2, 'fines_vnd': 4000000},
         name='Kiểm tra cân tại chợ hải sản, bến cá (theo phân quyền)',
         text='',
         figs=[('Số cuộc', '03 cuộc', 'inspections'), ('Số cơ sở', '18 cơ sở', 'establishments_inspected'),
               ('Vi phạm', '02 trường hợp', 'violations'), ('Tiền phạt', '4.000.000 đ', 'fines_vnd')], st='Đang thực hiện'),
    dict(task='II.5.b', status='not_applicable', ind={},
         name='Khảo sát chất lượng sản phẩm, hàng hóa',
         text='', figs=[], st='Không phát sinh'),
    dict(task='II.3.a', status='completed', ind={'participants': 3},
         name='Tập huấn nghiệp vụ cho công chức xã',
         text='', figs=[('Số người dự', '03 người', 'participants')], st='Đã hoàn thành'),
    dict(task='II.2.d', status='not_started', ind={},
         name='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng',
         text='Chưa có doanh nghiệp đăng ký.', figs=[], st='Chưa thực hiện'),
  ],
  difficulties=['Nhiều hộ kinh doanh hải sản dùng cân đồng hồ cũ, không có tem kiểm định.',
                'Xã chưa có cán bộ chuyên môn về đo lường.'],
  proposals=['Đề nghị Chi cục phối hợp tổ chức đổi cân miễn phí cho hộ kinh doanh tại chợ Long Hải.'])

R(hand=3, file='thanh an - bc chi thi 38.docx', uid='27676', uname='Xã Thạnh An',
  number='41/BC-UBND', date='2026-10-15', place='Thạnh An', dtext='ngày 15 tháng 10 năm 2026',
  signer='Lý Văn Hai', resave=True,
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 2},
         name='Tuyên truyền trên loa truyền thanh ấp, trang thông tin xã',
         text='', figs=[('Số tin', '02 tin', 'communications')], st='Đã hoàn thành'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 1, 'establishments_inspected': 8},
         name='Kiểm tra cân tại chợ Thạnh An và bến đò',
         text='Phối hợp Chi cục, nhắc nhở các hộ dùng cân chưa kiểm định.',
         figs=[('Số cuộc', '01 cuộc', 'inspections'), ('Số hộ kiểm tra', '08 hộ', 'establishments_inspected')], st='Đang thực hiện'),
    dict(task='II.3.a', status='completed', ind={'participants': 1},
         name='Cử cán bộ dự tập huấn',
         text='', figs=[('Số người', '01 người', 'participants')], st='Đã hoàn thành'),
    dict(task='II.5.d', status='not_applicable', ind={},
         name='Khen thưởng, bảo vệ người tố giác vi phạm',
         text='', figs=[], st='Không phát sinh'),
  ],
  difficulties=['Xã đảo đi lại bằng đò, đoàn kiểm tra khó bố trí thời gian.'],
  proposals=['Đề nghị Chi cục kết hợp kiểm tra và kiểm định cân trong cùng một đợt khi ra xã.'])

R(hand=3, file='BC_TDC_TanThanh_2026.docx', uid='26725', uname='Phường Tân Thành',
  number='260/BC-UBND', date='2026-10-28', place='Tân Thành', dtext='ngày 28 tháng 10 năm 2026',
  signer='Mai Xuân Bảy',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 9, 'budget_spent_vnd': 3200000},
         name='Tuyên truyền Chỉ thị 38 và pháp luật về tiêu chuẩn, đo lường, chất lượng',
         text='', figs=[('Số tin, bài', '09 tin bài', 'communications'), ('Kinh phí in tờ rơi', '3.200.000 đ', 'budget_spent_vnd')], st='Đã hoàn thành'),
    dict(task='II.2.đ', status='in_progress', ind={},
         name='Xây dựng, áp dụng hệ thống quản lý chất lượng tại UBND phường',
         text='Đang cập nhật quy trình theo mô hình khung.', figs=[], st='Đang thực hiện'),
    dict(task='II.2.d', status='unknown', ind={'enterprises_supported': 6},
         name='Hướng dẫn doanh nghiệp trong khu công nghiệp về công bố hợp quy',
         text='', figs=[('Số doanh nghiệp', '06 doanh nghiệp', 'enterprises_supported')], st=None),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 11, 'violations': 1, 'fines_vnd': 1250000},
         name='Phối hợp kiểm tra đo lường, chất lượng trên địa bàn',
         text='', figs=[('Số cuộc', '02 cuộc', 'inspections'), ('Số cơ sở', '11 cơ sở', 'establishments_inspected'),
                         ('Vi phạm', '01 cơ sở', 'violations'), ('Tiền phạt', '1.250.000 đ', 'fines_vnd')], st='Đang thực hiện'),
    dict(task='II.1.b', status='completed', ind={'enterprises_supported': 2},
         name='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
         text='', figs=[('Số doanh nghiệp đăng ký', '02 doanh nghiệp', 'enterprises_supported')], st='Đã hoàn thành'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Cử công chức dự tập huấn',
         text='', figs=[('Số người', '02 người', 'participants')], st='Đã hoàn thành'),
  ],
  difficulties=['Số lượng doanh nghiệp trong khu công nghiệp lớn, phường thiếu người theo dõi.'],
  proposals=['Đề nghị Sở phân công cụ thể đầu mối phối hợp giữa Chi cục và phường.'])

# ======================= HAND 4: Vy (department specialist style: KIẾN NGHỊ first, then KHÓ KHĂN, then KẾT QUẢ)
R(hand=4, file='SCT_bao cao phoi hop CT38_2026.docx', uid='SO-CT', uname='Sở Công Thương',
  number='1876/BC-SCT', date='2026-10-29', place='Thành phố Hồ Chí Minh', dtext='ngày 29 tháng 10 năm 2026',
  parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unitcaps='SỞ CÔNG THƯƠNG', signer='Nguyễn Thị Tường Vy',
  entries=[
    dict(task='II.5.a', status='in_progress', ind={'inspections': 6, 'establishments_inspected': 42, 'violations': 5, 'fines_vnd': 38500000},
         name='Phối hợp kiểm tra đo lường, chất lượng xăng dầu và hàng hóa lưu thông',
         text='Sở Công Thương cử công chức tham gia 6 cuộc kiểm tra liên ngành cùng Chi cục Tiêu chuẩn Đo lường Chất lượng, kiểm tra 42 cửa hàng xăng dầu, cơ sở kinh doanh; phát hiện 5 cơ sở vi phạm, xử phạt 38,5 triệu đồng.',
         st='Còn đang tiến hành, Sở tiếp tục phối hợp đến hết năm.'),
    dict(task='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 180},
         name='Phối hợp phổ biến quy định cho doanh nghiệp',
         text='Phối hợp Chi cục tổ chức 2 hội nghị phổ biến quy định về nhãn hàng hóa và đo lường trong thương mại bán lẻ, có 180 lượt đại biểu doanh nghiệp tham dự.',
         st='Đã xong.'),
    dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 15},
         name='Hỗ trợ doanh nghiệp ngành công thương áp dụng hệ thống quản lý',
         text='Thông qua chương trình khuyến công, hỗ trợ 15 doanh nghiệp áp dụng ISO 9001, ISO 22000 và HACCP.',
         st='Còn đang tiến hành.'),
    dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3},
         name='Góp ý quy chuẩn kỹ thuật',
         text='Sở có ý kiến góp ý đối với 3 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương gửi lấy ý kiến.',
         st='Đã xong.'),
    dict(task='II.6.a', status='in_progress', ind={},
         name='Cập nhật thông tin về hàng rào kỹ thuật trong thương mại',
         text='Sở thường xuyên cập nhật các cam kết về TBT trong các hiệp định thương mại tự do cho doanh nghiệp xuất khẩu qua trang thông tin điện tử của Sở.',
         st='Còn đang tiến hành.'),
  ],
  difficulties=['Lực lượng phối hợp của Sở mỏng, trùng lịch với các đợt kiểm tra chuyên ngành.',
                'Chưa có cơ chế chia sẻ dữ liệu kết quả kiểm tra giữa các đơn vị.'],
  proposals=['Kiến nghị Sở Khoa học và Công nghệ gửi kế hoạch kiểm tra liên ngành sớm từ đầu quý để Sở chủ động bố trí lực lượng.',
             'Đề xuất xây dựng cơ sở dữ liệu dùng chung về kết quả kiểm tra đo lường, chất lượng trên địa bàn Thành phố.'])

R(hand=4, file='SNNMT - ket qua thuc hien CT38 2026.xlsx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
  number='2210/BC-SNNMT', date='2026-10-30', place='Thành phố Hồ Chí Minh', dtext='ngày 30 tháng 10 năm 2026',
  parent='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', unitcaps='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', signer='Lâm Quốc Vy',
  entries=[
    dict(task='II.2.e', status='completed', ind={'standards_reviewed': 4},
         name='Góp ý dự thảo TCVN, QCVN về phân bón, thuốc bảo vệ thực vật',
         text='Góp ý 4 dự thảo TCVN, QCVN theo đề nghị của Bộ Nông nghiệp và Môi trường.', st='Đã xong'),
    dict(task='II.5.a', status='in_progress', ind={'inspections': 8, 'establishments_inspected': 64, 'violations': 7, 'fines_vnd': 52000000},
         name='Kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường',
         text='Thực hiện 8 cuộc kiểm tra tại 64 cơ sở kinh doanh phân bón, thuốc BVTV, thức ăn chăn nuôi; 7 cơ sở vi phạm, xử phạt 52 triệu đồng.', st='Còn đang tiến hành'),
    dict(task='II.5.b', status='in_progress', ind={'samples_tested': 120},
         name='Lấy mẫu phân bón, thức ăn chăn nuôi giám sát chất lượng',
         text='Lấy 120 mẫu gửi phân tích; kết quả đã có 96 mẫu đạt.', st='Còn đang tiến hành'),
    dict(task='II.2.đ', status='completed', ind={},
         name='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở',
         text='Đã đánh giá nội bộ, cải tiến quy trình sau hợp nhất.', st='Đã xong'),
    dict(task='II.3.a', status='completed', ind={'participants': 5},
         name='Cử công chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng',
         text='5 công chức Chi cục Trồng trọt và Bảo vệ thực vật tham dự.', st='Đã xong'),
  ],
  difficulties=['Kinh phí lấy mẫu, phân tích còn hạn chế so với số lượng cơ sở kinh doanh vật tư nông nghiệp.',
                'Một số phòng thử nghiệm chưa được chỉ định cho chỉ tiêu mới.'],
  proposals=['Kiến nghị Sở Khoa học và Công nghệ chia sẻ danh sách phòng thử nghiệm được chỉ định trên địa bàn.',
             'Đề xuất phối hợp xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước tưới cho nông nghiệp công nghệ cao.'])

R(hand=4, file='Binh Co - CT38 - 2026.xlsx', uid='25915', uname='Phường Bình Cơ',
  number='88/BC-UBND', date='2026-10-20', place='Bình Cơ', dtext='ngày 20 tháng 10 năm 2026',
  parent='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', unitcaps='ỦY BAN NHÂN DÂN PHƯỜNG BÌNH CƠ', signer='Cao Thị Vy', resave=True,
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 5},
         name='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
         text='Đăng 5 tin, bài trên trang thông tin điện tử phường và bảng tin khu phố.', st='Đã xong'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 10},
         name='Kiểm tra đo lường theo nội dung được phân quyền',
         text='Phối hợp Chi cục kiểm tra 2 cuộc tại 10 cơ sở kinh doanh vàng bạc và xăng dầu.', st='Còn đang tiến hành'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Tập huấn nghiệp vụ',
         text='Cử 2 công chức tham dự tập huấn do Chi cục tổ chức.', st='Đã xong'),
    dict(task='II.2.d', status='not_started', ind={},
         name='Hướng dẫn doanh nghiệp công bố chất lượng',
         text='Phường chưa bố trí được người hướng dẫn.', st='Chưa triển khai'),
  ],
  difficulties=['Phường mới sắp xếp, chưa có công chức phụ trách riêng lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
  proposals=['Kiến nghị Chi cục cử cán bộ hỗ trợ phường trong đợt kiểm tra quý IV.'])

R(hand=4, file='Phu Loi_KQ CT38.xlsx', uid='25750', uname='Phường Phú Lợi',
  number='233/BC-UBND', date='2026-10-22', place='Phú Lợi', dtext='ngày 22 tháng 10 năm 2026',
  parent='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', unitcaps='ỦY BAN NHÂN DÂN PHƯỜNG PHÚ LỢI', signer='Đỗ Thanh Vy',
  entries=[
    dict(task='II.1.a', status='completed', ind={'training_courses': 1, 'participants': 120, 'communications': 6},
         name='Tuyên truyền, phổ biến Chỉ thị 38',
         text='Tổ chức 1 hội nghị với 120 người tham dự (hộ kinh doanh, Ban điều hành khu phố); đăng 6 tin trên trang phường.', st='Đã xong'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 4, 'establishments_inspected': 26, 'violations': 3, 'fines_vnd': 9750000},
         name='Kiểm tra đo lường, chất lượng tại chợ Phú Lợi và cửa hàng xăng dầu',
         text='Kiểm tra 4 cuộc, 26 cơ sở; 3 cơ sở vi phạm, phạt 9.750.000 đồng.', st='Còn đang tiến hành'),
    dict(task='II.5.b', status='completed', ind={'samples_tested': 8},
         name='Khảo sát chất lượng hàng hóa',
         text='Phối hợp lấy 8 mẫu dầu nhớt, đồ chơi trẻ em để khảo sát.', st='Đã xong'),
    dict(task='II.2.đ', status='completed', ind={},
         name='ISO 9001 tại UBND phường',
         text='Đã công bố lại hệ thống quản lý chất lượng.', st='Đã xong'),
    dict(task='II.5.d', status='not_applicable', ind={},
         name='Tố giác vi phạm về đo lường, chất lượng',
         text='', st='Chưa có phát sinh'),
    dict(task='II.1.b', status='unknown', ind={'enterprises_supported': 3},
         name='Giải thưởng Chất lượng Quốc gia',
         text='Gửi thông tin, hướng dẫn 3 doanh nghiệp về hồ sơ tham dự.', st=''),
  ],
  difficulties=['Chưa có kinh phí riêng cho công tác kiểm tra.', 'Hộ kinh doanh ở chợ thay đổi thường xuyên.'],
  proposals=['Kiến nghị Sở hỗ trợ kinh phí in tài liệu tuyên truyền.'])

R(hand=4, file='Dat Do - bao cao ket qua CT38.docx', uid='26680', uname='Xã Đất Đỏ',
  number='119/BC-UBND', date='2026-10-25', place='Đất Đỏ', dtext='ngày 25 tháng 10 năm 2026',
  parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unitcaps='ỦY BAN NHÂN DÂN\nXÃ ĐẤT ĐỎ', signer='Phan Văn Vỹ',
  entries=[
    dict(task='II.1.a', status='completed', ind={'communications': 3},
         name='Tuyên truyền',
         text='Xã đăng 3 tin, bài trên trang thông tin điện tử xã và phát trên loa các ấp.', st='Đã xong.'),
    dict(task='II.3.a', status='completed', ind={'participants': 2},
         name='Cử công chức tập huấn',
         text='Xã cử 2 công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức.', st='Đã xong.'),
    dict(task='II.5.c', status='in_progress', ind={'inspections': 1, 'establishments_inspected': 7, 'violations': 1, 'fines_vnd': 750000},
         name='Kiểm tra theo phân quyền',
         text='Phối hợp kiểm tra 1 cuộc tại 7 cơ sở kinh doanh tại chợ Đất Đỏ; 1 cơ sở vi phạm về cân, phạt 750.000 đồng.', st='Còn đang tiến hành.'),
    dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 4},
         name='Truy xuất nguồn gốc nông sản',
         text='Hướng dẫn 4 hợp tác xã (nhãn, mãng cầu, rau an toàn) cấp mã QR truy xuất nguồn gốc theo Đề án 100.', st='Còn đang tiến hành.'),
  ],
  difficulties=['Hợp tác xã còn lúng túng khi cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc.'],
  proposals=['Đề xuất Chi cục mở lớp hướng dẫn truy xuất nguồn gốc tại xã.'])

# ---------------------------------------------------------------- helpers
PLAN_REF = ('Thực hiện Kế hoạch số 38/KH-SKHCN năm 2026 của Sở Khoa học và Công nghệ về triển khai thực hiện '
            'Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026')

def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ('w:eastAsia', 'w:hAnsi', 'w:cs'):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], name)

def para(container, text='', bold=False, italic=False, align=None, size=None, space_after=None, indent=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(N(text)); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def cell_text(cell, lines, bold=False, italic=False, size=12, align='c'):
    cell.paragraphs[0].text = ''
    first = True
    for ln in lines.split('\n'):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(N(ln)); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == 'c' else WD_ALIGN_PARAGRAPH.LEFT

def header_table(container, left_lines, right_lines, width=None, number=None, place_date=None):
    t = container.add_table(rows=2, cols=2) if width is None else container.add_table(rows=2, cols=2, width=width)
    cell_text(t.cell(0, 0), left_lines, bold=True)
    cell_text(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', bold=True)
    cell_text(t.cell(1, 0), 'Số: ' + number if number else '')
    cell_text(t.cell(1, 1), place_date or '', italic=True)
    return t

def sign_block(doc, boss, signer, receivers):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].text = ''
    r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for x in receivers:
        p = c0.add_paragraph(); rr = p.add_run(N('- ' + x)); rr.font.size = Pt(10)
    cell_text(c1, boss + '\n\n\n\n' + signer, bold=True)

# ---------------------------------------------------------------- HAND 1
def hand1(rep, path):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hdr = sec.first_page_header
    unitname = rep['uname'].upper()
    t = header_table(hdr, 'ỦY BAN NHÂN DÂN\n' + unitname, '', width=Cm(16), number=rep['number'],
                     place_date=rep['place'] + ', ' + rep['dtext'])
    # ordinary running header on later pages: nothing; footer page text
    title = rep.get('title', 'BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026')
    for i, ln in enumerate(title.split('\n')):
        para(doc, ln, bold=True, align='c', space_after=0)
    para(doc, '')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c')
    if rep.get('mistaken'):
        para(doc, 'Thực hiện Kế hoạch chuyển đổi số năm 2026 của UBND Thành phố, UBND ' + rep['uname'] +
             ' báo cáo kết quả như sau:', align='j', indent=1)
        para(doc, '1. Kết quả thực hiện:', bold=True)
        for name, txt, st in rep['body']:
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run('- ')
            r = p.add_run(N(name)); r.italic = True
            p.add_run(N(': ' + txt + ' ' + st))
    else:
        para(doc, PLAN_REF + ', UBND ' + rep['uname'] + ' báo cáo kết quả thực hiện từ đầu năm đến nay như sau:',
             align='j', indent=1)
        para(doc, '1. Kết quả thực hiện:', bold=True)
        for e in rep['entries']:
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run('- ')
            r = p.add_run(N(e['name'])); r.italic = True
            tail = ': ' + e['text'] + ((' ' + e['st']) if e['st'] else '')
            p.add_run(N(tail))
    p = para(doc, '', align='j', indent=1)
    r = p.add_run('2. Khó khăn, vướng mắc: '); r.bold = True
    p.add_run(N('; '.join(rep['difficulties']) + '.'))
    p = para(doc, '', align='j', indent=1)
    r = p.add_run('3. Đề xuất, kiến nghị: '); r.bold = True
    p.add_run(N('; '.join(rep['proposals']) + '.'))
    para(doc, 'Trên đây là báo cáo của UBND ' + rep['uname'] + './.', align='j', indent=1)
    sign_block(doc, rep['boss'], rep['signer'], ['Như trên;', 'Chi cục TĐC (để biết);', 'Lưu: VT, KT.'])
    doc.save(path)

# ---------------------------------------------------------------- HAND 2
GREY = PatternFill('solid', fgColor='EDEDED')
thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def hand2(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = 'BC CT38' if not rep.get('mistaken') else 'Bieu GN'
    f = Font(name='Times New Roman', size=12)
    fb = Font(name='Times New Roman', size=12, bold=True)
    ws.column_dimensions['A'].width = 5
    ws.column_dimensions['B'].width = 34
    ws.column_dimensions['C'].width = 30
    ws.column_dimensions['D'].width = 11
    for c in 'EFGH': ws.column_dimensions[c].width = 14
    ws.merge_cells('A1:C1'); ws['A1'] = 'UBND ' + rep['uname'].upper(); ws['A1'].font = fb
    ws.merge_cells('D1:H1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = fb
    ws.merge_cells('D2:H2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = fb
    for c in ('A1', 'D1', 'D2'): ws[c].alignment = Alignment(horizontal='center')
    if rep['number']:
        ws.merge_cells('A3:C3'); ws['A3'] = 'Số: ' + rep['number']; ws['A3'].alignment = Alignment(horizontal='center')
    ws.merge_cells('D3:H3'); ws['D3'] = N(rep['place'] + ', ' + rep['dtext'])
    ws['D3'].font = Font(name='Times New Roman', size=12, italic=True); ws['D3'].alignment = Alignment(horizontal='center')
    title = rep.get('title', 'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026')
    ws.merge_cells('A5:H5'); ws['A5'] = N(title); ws['A5'].font = fb; ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:H6'); ws['A6'] = '(Kèm theo báo cáo gửi Sở Khoa học và Công nghệ)'
    ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(name='Times New Roman', size=11, italic=True)
    hdr = ['STT', 'Nội dung công việc', 'Diễn giải', 'Tình trạng', 'Số liệu', None, None, None]
    for i, h in enumerate(hdr):
        c = ws.cell(row=8, column=i + 1, value=h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.merge_cells('E8:H8')
    r = 9
    if rep.get('mistaken'):
        items = [(n, '', figs, st) for n, figs, st in rep['body']]
    else:
        items = [(e['name'], e['text'], e['figs'], e['st']) for e in rep['entries']]
    for k, (name, text, figs, st) in enumerate(items, 1):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=N(name))
        ws.cell(row=r, column=3, value=N(text) if text else None)
        ws.cell(row=r, column=4, value=st if st else None)
        for col in (1, 2, 3, 4):
            ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
        for j in range(4):
            lab = ws.cell(row=r, column=5 + j); val = ws.cell(row=r + 1, column=5 + j)
            lab.fill = GREY
            lab.font = Font(name='Times New Roman', size=10, italic=True, color='595959')
            lab.alignment = Alignment(horizontal='center', wrap_text=True)
            if j < len(figs):
                lab.value = N(figs[j][0]); val.value = figs[j][1]
                if figs[j][1] >= 100000: val.number_format = '#,##0'
                val.alignment = Alignment(horizontal='center')
        for rr in (r, r + 1):
            for col in range(1, 9):
                ws.cell(row=rr, column=col).border = BOX
                if col <= 4:
                    ws.cell(row=rr, column=col).alignment = Alignment(vertical='center', wrap_text=True,
                                                                        horizontal='center' if col in (1, 4) else 'left')
        r += 2
    r += 1
    for d in rep['difficulties']:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(row=r, column=2, value=N('KK: ' + d)); r += 1
    for d in rep['proposals']:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(row=r, column=2, value=N('ĐX: ' + d)); r += 1
    r += 1
    ws.cell(row=r, column=2, value='Người lập biểu').font = fb
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
    ws.cell(row=r, column=5, value='KT. CHỦ TỊCH').font = fb
    ws.cell(row=r + 4, column=2, value=N(rep['signer']))
    for row in ws.iter_rows():
        for c in row:
            if c.font is not None and c.font.name != 'Times New Roman':
                c.font = Font(name='Times New Roman', size=12, bold=c.font.bold, italic=c.font.italic)
    ws.page_setup.orientation = 'landscape'
    wb.save(path)

# ---------------------------------------------------------------- HAND 3
def hand3(rep, path):
    doc = Document(); set_font(doc, 'Times New Roman', 14)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(1.5)
    left = 'UBND ' + ('ĐẶC KHU' if rep['uname'].startswith('Đặc khu') else ('XÃ' if rep['uname'].startswith('Xã') else 'PHƯỜNG')) + \
           '\n' + rep['uname'].split(' ', 1 if not rep['uname'].startswith('Đặc khu') else 2)[-1].upper()
    header_table(doc, left, '', number=rep['number'], place_date=rep['place'] + ', ' + rep['dtext'])
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c', space_after=0)
    para(doc, '(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW)', italic=True, align='c')
    para(doc, PLAN_REF + ', UBND ' + rep['uname'] + ' báo cáo như sau:', align='j', indent=1)
    para(doc, 'I.  KẾT QUẢ THỰC HIỆN', bold=True)
    W = max([len(l) for e in rep['entries'] for l, _, _ in e['figs']] + [8]) + 2
    for k, e in enumerate(rep['entries'], 1):
        para(doc, f'{k}.  {e["name"]}', bold=False, space_after=0)
        if e['text']:
            para(doc, '      ' + e['text'], space_after=0)
        for lab, wr, _ in e['figs']:
            para(doc, '      - ' + lab.ljust(W) + ':  ' + wr, space_after=0)
        if e['st']:
            para(doc, '      - ' + 'Tiến độ'.ljust(W) + ':  ' + e['st'], space_after=0)
        para(doc, '', space_after=0)
    para(doc, 'II.  KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in rep['difficulties']:
        para(doc, '      - ' + d, space_after=0)
    para(doc, 'III.  ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for d in rep['proposals']:
        para(doc, '      - ' + d, space_after=0)
    para(doc, '')
    para(doc, '      Trên đây là báo cáo của UBND ' + rep['uname'] + '.  Kính gửi Sở Khoa học và Công nghệ tổng hợp./.')
    sign_block(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', rep['signer'],
               ['Sở KH&CN (Chi cục TĐC);', 'TT. Đảng ủy (b/c);', 'Lưu: VT.'])
    doc.save(path)

# ---------------------------------------------------------------- HAND 4
def hand4_docx(rep, path):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    header_table(doc, rep['parent'] + '\n' + rep['unitcaps'], '', number=rep['number'],
                 place_date=rep['place'] + ', ' + rep['dtext'])
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    who = rep['uname'] if rep['uid'].startswith('SO') else 'UBND ' + rep['uname']
    para(doc, PLAN_REF + '. ' + who + ' xin nêu trước các kiến nghị và khó khăn cần Sở quan tâm giải quyết, '
         'kết quả cụ thể từng nội dung báo cáo ở phần III.', align='j', indent=1)
    para(doc, 'I. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for k, d in enumerate(rep['proposals'], 1):
        para(doc, f'{k}. {d}', align='j', indent=1)
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for k, d in enumerate(rep['difficulties'], 1):
        para(doc, f'{k}. {d}', align='j', indent=1)
    para(doc, 'III. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG', bold=True)
    for k, e in enumerate(rep['entries'], 1):
        para(doc, f'{k}. {e["name"]}', bold=True, indent=1)
        para(doc, e['text'] + ((' ' + e['st']) if e['st'] else ''), align='j', indent=1)
    para(doc, 'Trên đây là báo cáo của ' + who + './.', align='j', indent=1)
    boss = 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC' if rep['uid'].startswith('SO') else 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'
    sign_block(doc, boss, rep['signer'], ['Như trên;', 'Lưu: VT.'])
    doc.save(path)

def hand4_xlsx(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = 'Kiến nghị'
    fb = Font(name='Times New Roman', size=12, bold=True); f = Font(name='Times New Roman', size=12)
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 95
    ws['A1'] = N(rep['parent']); ws['A2'] = N(rep['unitcaps']); ws['A2'].font = fb
    if rep['number']: ws['A3'] = 'Số: ' + rep['number']
    ws['B5'] = N(rep['place'] + ', ' + rep['dtext']); ws['B5'].alignment = Alignment(horizontal='right')
    ws['B5'].font = Font(name='Times New Roman', size=12, italic=True)
    ws['A7'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A7'].font = fb
    ws['A8'] = '(Phần kiến nghị nêu trước; kết quả từng nội dung xem sheet "Kết quả")'
    ws['A8'].font = Font(name='Times New Roman', size=11, italic=True)
    r = 10
    ws.cell(row=r, column=1, value='I. KIẾN NGHỊ, ĐỀ XUẤT').font = fb; r += 1
    for k, d in enumerate(rep['proposals'], 1):
        ws.cell(row=r, column=1, value=k); ws.cell(row=r, column=2, value=N(d))
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(row=r, column=1, value='II. KHÓ KHĂN, VƯỚNG MẮC').font = fb; r += 1
    for k, d in enumerate(rep['difficulties'], 1):
        ws.cell(row=r, column=1, value=k); ws.cell(row=r, column=2, value=N(d))
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); r += 1
    ws2 = wb.create_sheet('Kết quả')
    for c, w in zip('ABCD', (6, 42, 70, 20)): ws2.column_dimensions[c].width = w
    ws2['A1'] = 'III. KẾT QUẢ THỰC HIỆN'; ws2['A1'].font = fb
    for i, h in enumerate(['TT', 'Nội dung công việc', 'Kết quả thực hiện', 'Tình trạng'], 1):
        c = ws2.cell(row=3, column=i, value=h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center')
    for k, e in enumerate(rep['entries'], 1):
        row = 3 + k
        vals = [k, N(e['name']), N(e['text']) if e['text'] else None, e['st'] if e['st'] else None]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(row=row, column=i, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top')
    last = 4 + len(rep['entries']) + 2
    ws2.cell(row=last, column=3, value='NGƯỜI LẬP BIỂU').font = fb
    ws2.cell(row=last, column=4, value='THỦ TRƯỞNG ĐƠN VỊ').font = fb
    ws2.cell(row=last + 4, column=3, value=N(rep['signer']))
    wb.save(path)

# ---------------------------------------------------------------- build
def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()

def lo_resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '.lo'); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, 'src.' + ext); shutil.copy(path, src)
    outd = os.path.join(tmp, 'out'); os.makedirs(outd, exist_ok=True)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof',
                    '--convert-to', ext, '--outdir', outd, src], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outd, 'src.' + ext), path)
    shutil.rmtree(tmp)

def main():
    for rep in REPORTS:
        path = os.path.join(OUT, rep['file'])
        h = rep['hand']
        if h == 1: hand1(rep, path)
        elif h == 2: hand2(rep, path)
        elif h == 3: hand3(rep, path)
        elif h == 4: (hand4_docx if path.endswith('.docx') else hand4_xlsx)(rep, path)
        if rep.get('resave'): lo_resave(path)
        mistaken = rep.get('mistaken', False)
        key = {
            'file': rep['file'], 'sha256': sha(path),
            'status': 'rejected' if mistaken else 'extracted',
            'reason': rep.get('reason') if mistaken else None,
            'unit': {'id': rep['uid'], 'name': rep['uname']},
            'document': {'number': rep['number'], 'date': rep['date']},
            'entries': [] if mistaken else [
                {'task': e['task'], 'status': e['status'], 'indicators': e['ind'],
                 'text': N((e['name'] + ': ' + e['text']) if e['text'] else e['name'])}
                for e in rep['entries']],
            'findings': [],
            'difficulties': [] if mistaken else [N(d) for d in rep['difficulties']],
            'proposals': [] if mistaken else [N(d) for d in rep['proposals']],
        }
        with open(os.path.join(TRUTH, rep['file'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
        print(h, rep['file'], key['status'], len(key['entries']))

if __name__ == '__main__':
    main()
