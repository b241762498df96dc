# -*- coding: utf-8 -*-
"""Generator for set178. Five hands, 18 files."""
import os, json, hashlib, random, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)
R = random.Random(178)

def dots(n):
    return f"{n:,}".replace(',', '.')

def z2(n):
    return f"{n:02d}"

def money_tr(v):  # 186500000 -> "186,5 triệu đồng"
    t = v / 1_000_000
    s = (f"{t:.3f}".rstrip('0').rstrip('.')).replace('.', ',')
    return s + " triệu đồng"

NOUN = {'training_courses': 'lớp', 'participants': 'lượt người', 'communications': 'tin, bài',
        'enterprises_supported': 'DN', 'inspections': 'cuộc', 'establishments_inspected': 'CSKD',
        'violations': 'CS vi phạm', 'fines_vnd': 'đồng', 'samples_tested': 'mẫu',
        'instruments_verified': 'PTĐ', 'standards_reviewed': 'TC/QCVN', 'budget_spent_vnd': 'đồng'}

# status map per word
ST = {'đúng tiến độ': 'in_progress', 'chậm': 'in_progress', 'vượt': 'completed', 'xong': 'completed',
      'chưa TH': 'not_started', 'không PS': 'not_applicable'}

def E(task, st, label, text, ind=None, extra=None):
    return dict(task=task, st=st, label=label, text=text, ind=ind or {}, extra=extra or {})

REPORTS = []

def rep(**k):
    REPORTS.append(k)

# ---------------------------------------------------------------- data
rep(file='cctdc-th-11t-2026-ct38.xlsx', hand='H1', uid='SKHCN-CCTDC',
    uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', head2='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
    number='1184/BC-TĐC', date=(18, 11, 2026), entries=[
        E('II.1.a', 'vượt', 'Tập huấn VBQPPL TC-ĐL-CL cho DN; tọa đàm DN nhập khẩu',
          'Lớp tập huấn VBQPPL về TĐC và tọa đàm DN NK', {'training_courses': 6, 'participants': 540}),
        E('II.2.d', 'đúng tiến độ', 'Hỗ trợ DN áp dụng HTQL, công bố hợp chuẩn/hợp quy',
          'Hỗ trợ DN xây dựng, áp dụng HTQL tiên tiến', {'enterprises_supported': 37}),
        E('II.2.e', 'đúng tiến độ', 'Góp ý dự thảo TCVN/QCVN, QCĐP',
          'Góp ý dự thảo TCVN, QCVN', {'standards_reviewed': 14}),
        E('II.3.a', 'đúng tiến độ', 'Tập huấn nghiệp vụ TĐC cho công chức sở ngành, xã/phường',
          'Tập huấn nghiệp vụ cho công chức xã, phường', {'training_courses': 4, 'participants': 310}),
        E('II.4.b', 'chậm', 'KĐ/HC phương tiện, thiết bị KTNV (NĐ 135)',
          'Kiểm định, hiệu chuẩn phương tiện KTNV', {'instruments_verified': 26}),
        E('II.5.a', 'vượt', 'KT nhà nước về TĐC đối với SP, HH lưu thông',
          'Kiểm tra TĐC hàng hóa lưu thông', {'inspections': 18, 'establishments_inspected': 212, 'violations': 27, 'fines_vnd': 186_500_000}),
        E('II.5.b', 'đúng tiến độ', 'Khảo sát CL SP, HH (lấy mẫu TN)',
          'Khảo sát chất lượng, lấy mẫu thử nghiệm', {'samples_tested': 96}),
        E('II.2.a', 'chậm', 'KH NSCL (CT 1322, KH 36), ĐA 996, ĐA 100',
          'Triển khai KH năng suất chất lượng, Đề án 996, Đề án 100', {}),
    ], diffs=['Biên chế KĐV ĐLVN mỏng, 11T chỉ có 05 người vừa KT vừa KĐ.',
              'Một số PTĐ nghiệp vụ (cân chuẩn, bình chuẩn xăng dầu) quá hạn HC, chưa có kinh phí gửi HC.'],
    props=['Đề nghị Sở bổ sung kinh phí HC PTĐ nghiệp vụ năm 2027.',
           'Đề nghị Sở cho phép Chi cục thuê thêm 02 hợp đồng kỹ thuật phục vụ KT đo lường.'])

rep(file='TTPTTN_BC_CT38_nam2026.xlsx', hand='H1', uid='SKHCN-TTPTTN',
    uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM',
    number='742/BC-TTPTTN', date=(20, 11, 2026), entries=[
        E('II.4.a', 'đúng tiến độ', 'Đầu tư TTB phòng TN, phòng HC (dự án mua sắm 2026)',
          'Đầu tư trang thiết bị phòng thử nghiệm, hiệu chuẩn', {'budget_spent_vnd': 4_250_000_000}),
        E('II.2.g', 'vượt', 'Dịch vụ KĐ, HC, TN phục vụ QL và DN',
          'Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', {'instruments_verified': 18640, 'samples_tested': 2315}),
        E('II.4.c', 'đúng tiến độ', 'Duy trì chuẩn ĐL chính, liên kết chuẩn QG',
          'Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia', {'instruments_verified': 38}),
        E('II.5.b', 'xong', 'Phối hợp Chi cục TN mẫu khảo sát CL',
          'Thử nghiệm mẫu khảo sát chất lượng cho Chi cục', {'samples_tested': 140}),
    ], diffs=['Gói thầu máy ICP-MS phải đấu thầu lại do chỉ có 01 nhà thầu đạt, giải ngân chậm so KH.',
              'Nhu cầu KĐ đồng hồ nước, công tơ điện tăng, PTĐ chuẩn thường xuyên quá tải.'],
    props=['Đề nghị Sở xem xét điều chỉnh thời gian thực hiện gói thầu sang Quý I/2027.'])

rep(file='SoCongThuong_bieu-KQ-CT38-11thang.xlsx', hand='H1', uid='SO-CT', uname='Sở Công Thương',
    head1='UBND THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ CÔNG THƯƠNG',
    number='5127/SCT-QLTM', date=(16, 11, 2026), entries=[
        E('II.5.a', 'đúng tiến độ', 'Phối hợp KT ĐL-CL xăng dầu, LPG tại CHXD',
          'Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng',
          {'inspections': 6, 'establishments_inspected': 48, 'violations': 5, 'fines_vnd': 72_000_000}),
        E('II.1.a', 'xong', 'Phổ biến QĐ về ĐL xăng dầu cho thương nhân đầu mối',
          'Hội nghị phổ biến quy định đo lường xăng dầu', {'training_courses': 2, 'participants': 165}),
        E('II.6.a', 'không PS', 'Cập nhật điều ước, thỏa thuận quốc tế (TBT) liên quan',
          'Cập nhật điều ước, thỏa thuận quốc tế', {}),
    ], diffs=['Lực lượng QLTT đã chuyển về Sở, việc cử người tham gia đoàn liên ngành phải xin ý kiến nhiều đầu mối.'],
    props=['Đề nghị Chi cục gửi KH KT liên ngành Quý I/2027 trước 15/12/2026 để Sở bố trí lực lượng.'])

rep(file='XaPhuGiao_BC11T_CT38.xlsx', hand='H1', uid='25858', uname='Xã Phú Giáo',
    head1='UBND XÃ PHÚ GIÁO', head2='PHÒNG KINH TẾ',
    number='286/BC-UBND', date=(24, 11, 2026), entries=[
        E('II.5.c', 'đúng tiến độ', 'KT ĐL tại chợ, CHXD; KT nhãn HH (phân quyền)',
          'Kiểm tra đo lường, nhãn hàng hóa trên địa bàn xã',
          {'inspections': 5, 'establishments_inspected': 34, 'violations': 3, 'fines_vnd': 9_500_000}),
        E('II.1.a', 'đúng tiến độ', 'Tuyên truyền trên loa, trang TTĐT xã',
          'Tuyên truyền pháp luật TĐC', {'communications': 12}),
        E('II.3.a', 'xong', 'Cử CB dự tập huấn của Chi cục',
          'Cử cán bộ dự tập huấn nghiệp vụ', {'participants': 3}),
    ], diffs=['Xã không có cân đối chứng tại chợ Phước Vĩnh, người dân phản ánh cân thiếu nhưng khó xác minh.'],
    props=['Đề nghị Chi cục hỗ trợ 01 bộ quả cân chuẩn cho điểm cân đối chứng chợ Phước Vĩnh.'])

# ---- H2 (docx, product-group paragraphs, "(TĐ: ...)")
rep(file='P.KTPC - BC ket qua CT38 11 thang.docx', hand='H2', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='PHÒNG KIỂM TRA – PHÁP CHẾ',
    number='96/BC-KTPC', date=(17, 11, 2026), entries=[
        E('II.5.a', 'đúng tiến độ', 'Phối hợp Chi cục KT chất lượng, nhãn HH lưu thông',
          'Phối hợp kiểm tra chất lượng hàng hóa lưu thông',
          {'inspections': 7, 'establishments_inspected': 64, 'violations': 9, 'fines_vnd': 93_000_000, 'samples_tested': 31},
          extra={'groups': [('Mũ bảo hiểm', 'QCVN 2:2021/BKHCN', 12, 10, 2), ('Đồ chơi trẻ em', 'QCVN 3:2019/BKHCN', 11, 9, 2), ('Dây cáp điện', 'QCVN 4:2009/BKHCN', 8, 8, 0)]}),
        E('II.4.b', 'đúng tiến độ', 'Phối hợp rà soát PTĐ, TB KTNV theo NĐ 135',
          'Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ', {}),
        E('II.5.d', 'xong', 'Xử lý tin báo, phản ánh vi phạm TĐC; bảo vệ người tố giác',
          'Xử lý phản ánh, tố giác vi phạm', {}),
        E('II.2.c', 'chưa TH', 'Góp ý sửa đổi Luật TC&QCKT, Luật CLSPHH',
          'Góp ý sửa đổi luật', {}),
    ], diffs=['Chưa có phòng TN được chỉ định cho mũ bảo hiểm tại TP, mẫu phải gửi ra Hà Nội, thời gian trả KQ kéo dài 25–30 ngày.'],
    props=['Đề nghị Chi cục ký hợp đồng khung TN với đơn vị được chỉ định để rút ngắn thời gian trả KQ.'])

rep(file='SYT_bc_CT38_2026.docx', hand='H2', uid='SO-YT', uname='Sở Y tế',
    head1='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ Y TẾ',
    number='8841/BC-SYT', date=(25, 11, 2026), entries=[
        E('II.5.a', 'đúng tiến độ', 'KT chất lượng TTBYT, PTĐ y tế (huyết áp kế, nhiệt kế)',
          'Kiểm tra trang thiết bị y tế là phương tiện đo',
          {'inspections': 4, 'establishments_inspected': 31, 'samples_tested': 45},
          extra={'groups': [('Huyết áp kế', 'ĐLVN 09:2011', 20, 18, 2), ('Nhiệt kế y học điện tử', 'ĐLVN 115:2002', 25, 25, 0)]}),
        E('II.3.a', 'xong', 'Tập huấn ĐL trong y tế cho CB trang thiết bị BV',
          'Tập huấn đo lường trong y tế', {'training_courses': 2, 'participants': 120}),
        E('II.2.e', 'vượt', 'Góp ý QCVN ngành y tế',
          'Góp ý dự thảo QCVN', {'standards_reviewed': 3}),
    ], diffs=['Nhiều cơ sở khám chữa bệnh tư nhân chưa lập danh mục PTĐ nhóm 2 phải KĐ.'],
    props=['Đề nghị Sở KH&CN phối hợp hướng dẫn danh mục PTĐ nhóm 2 dùng trong y tế.'])

rep(file='BC-SNNMT-CT38-11T.docx', hand='H2', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
    head1='UBND TP. HỒ CHÍ MINH', head2='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    number='10236/BC-SNNMT', date=(19, 11, 2026), entries=[
        E('II.5.b', 'đúng tiến độ', 'Lấy mẫu khảo sát CL phân bón, thức ăn chăn nuôi',
          'Lấy mẫu khảo sát vật tư nông nghiệp', {'samples_tested': 88},
          extra={'groups': [('Phân bón', 'QCVN 01-189:2019/BNNPTNT', 52, 44, 8), ('Thức ăn chăn nuôi', 'QCVN 01-183:2016/BNNPTNT', 36, 33, 3)]}),
        E('II.2.e', 'đúng tiến độ', 'Góp ý QCVN, TCVN lĩnh vực NN&MT',
          'Góp ý QCVN, TCVN', {'standards_reviewed': 5}),
        E('II.2.a', 'chậm', 'Truy xuất nguồn gốc nông sản (ĐA 100)',
          'Truy xuất nguồn gốc nông sản', {'enterprises_supported': 22}),
    ], diffs=['Kinh phí lấy mẫu phân bón năm 2026 chỉ bố trí 60% nhu cầu.',
              'HTX nông nghiệp ngại chi phí tem TXNG, số đăng ký thấp.'],
    props=['Đề nghị liên thông dữ liệu TXNG của Sở với hệ thống của Bộ KH&CN.'])

rep(file='Phuong Tan Hiep_bao cao CT38 nam 2026.docx', hand='H2', uid='25920', uname='Phường Tân Hiệp',
    head1='ỦY BAN NHÂN DÂN', head2='PHƯỜNG TÂN HIỆP',
    number='412/BC-UBND', date=(26, 11, 2026), entries=[
        E('II.5.c', 'vượt', 'KT ĐL, CL xăng dầu, hàng đóng gói sẵn trên địa bàn phường',
          'Kiểm tra đo lường, chất lượng trên địa bàn phường',
          {'inspections': 4, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 6_000_000, 'samples_tested': 12},
          extra={'groups': [('Xăng, dầu', 'QCVN 1:2022/BKHCN', 8, 8, 0), ('Hàng đóng gói sẵn', 'ĐLVN 279:2017', 4, 3, 1)]}),
        E('II.1.a', 'đúng tiến độ', 'Tuyên truyền qua Zalo khu phố, loa',
          'Tuyên truyền pháp luật về TĐC', {'communications': 9}),
        E('II.3.a', 'xong', 'Cử công chức dự tập huấn', 'Cử công chức dự tập huấn', {'participants': 4}),
    ], diffs=['Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được cấp thẻ KT.'],
    props=['Đề nghị Chi cục mở lớp bồi dưỡng nghiệp vụ KT ĐL cho công chức phường trong Quý I/2027.'])

# ---- H3 (docx, ward tables "So KH")
rep(file='Con Dao - BC CT38 nam 2026.docx', hand='H3', uid='26732', uname='Đặc khu Côn Đảo',
    head1='ĐẶC KHU CÔN ĐẢO', head2='ỦY BAN NHÂN DÂN',
    number='198/BC-UBND', date=(23, 11, 2026), entries=[
        E('II.5.c', 'đúng tiến độ', 'KT ĐL cân tại chợ Côn Đảo, CHXD, cửa hàng hải sản khô',
          'Kiểm tra đo lường, nhãn hàng trên địa bàn đặc khu',
          {'inspections': 3, 'establishments_inspected': 19, 'violations': 1, 'fines_vnd': 3_500_000}),
        E('II.1.a', 'đúng tiến độ', 'Tuyên truyền trên Đài TT-TH đặc khu', 'Tuyên truyền', {'communications': 6}),
        E('II.3.a', 'chậm', 'Cử CB dự tập huấn TĐC (1 đợt do tàu hủy chuyến)', 'Tập huấn', {'participants': 2}),
    ], diffs=['Đi lại đất liền phụ thuộc tàu, 01 đợt tập huấn của Chi cục CB không dự được.',
              'Đặc khu chưa có đơn vị KĐ, cân tại chợ quá hạn KĐ phải chờ đoàn từ TP ra.'],
    props=['Đề nghị TTPTTN bố trí 01 đợt KĐ lưu động tại Côn Đảo trong Quý II/2027.'])

rep(file='TangNhonPhu_BC11thang_CT38.docx', hand='H3', uid='26842', uname='Phường Tăng Nhơn Phú',
    head1='UBND PHƯỜNG TĂNG NHƠN PHÚ', head2='',
    number='533/BC-UBND', date=(21, 11, 2026), entries=[
        E('II.5.c', 'vượt', 'KT ĐL, nhãn HH; phối hợp KĐ cân miễn phí tại 3 chợ',
          'Kiểm tra đo lường, nhãn hàng hóa; kiểm định cân miễn phí',
          {'inspections': 6, 'establishments_inspected': 41, 'violations': 4, 'fines_vnd': 14_250_000, 'instruments_verified': 185}),
        E('II.1.a', 'xong', 'Hội nghị phổ biến QĐ nhãn HH cho hộ KD', 'Hội nghị phổ biến',
          {'training_courses': 1, 'participants': 86, 'communications': 15}),
        E('II.2.d', 'đúng tiến độ', 'Hướng dẫn hộ KD tự công bố SP', 'Hướng dẫn tự công bố', {'enterprises_supported': 7}),
    ], diffs=['Hộ KD ở chợ tạm Long Trường thay đổi liên tục, khó theo dõi sau KT.'],
    props=['Đề nghị Chi cục cung cấp mẫu biên bản KT thống nhất cho cấp phường.'])

rep(file='BinhCo-BC CT38.docx', hand='H3', uid='25915', uname='Phường Bình Cơ',
    head1='ỦY BAN NHÂN DÂN PHƯỜNG BÌNH CƠ', head2='',
    number='167/BC-UBND', date=(27, 11, 2026), entries=[
        E('II.5.c', 'chậm', 'KT ĐL tại CHXD, cửa hàng VLXD', 'Kiểm tra đo lường',
          {'inspections': 2, 'establishments_inspected': 11}),
        E('II.1.a', 'đúng tiến độ', 'Tuyên truyền trên trang TTĐT phường', 'Tuyên truyền', {'communications': 5}),
        E('II.2.d', 'chưa TH', 'Hướng dẫn DN nhỏ áp dụng TCCS', 'Hướng dẫn DN', {}),
    ], diffs=['Phường mới sắp xếp, chưa có công chức chuyên trách TĐC.'],
    props=['Đề nghị Chi cục cử CB hướng dẫn trực tiếp quy trình KT ĐL cho phường.'])

rep(file='LongDien_BC giam ngheo 11T.docx', hand='H3', uid='26659', uname='Xã Long Điền',
    head1='UBND XÃ LONG ĐIỀN', head2='', number='301/BC-UBND', date=(22, 11, 2026), mistaken=True,
    reason='Báo cáo kết quả giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch CT38 về TĐC (gửi nhầm).',
    entries=[], diffs=[], props=[])

# ---- H4 (internal công văn docx, "Tình trạng:")
rep(file='VPS_bao cao CT38_2026.docx', hand='H4', uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='VĂN PHÒNG SỞ',
    number='215/BC-VP', date=(16, 11, 2026), entries=[
        E('II.2.đ', 'xong', 'Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở',
          'Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015', {'training_courses': 1, 'participants': 64}),
        E('II.5.d', 'đúng tiến độ', 'Phối hợp khen thưởng, bảo vệ người tố giác', 'Khen thưởng', {}),
        E('II.2.h', 'xong', 'Phối hợp hoàn thiện HTTT giải quyết TTHC', 'Hệ thống TTHC', {}),
    ], diffs=['Phần mềm quản lý văn bản chưa liên thông với ISO điện tử, phải cập nhật thủ công.'],
    props=['Đề nghị Phòng CĐS hỗ trợ tích hợp ISO điện tử vào hệ thống quản lý văn bản năm 2027.'])

rep(file='QLKH - bao cao thuc hien KH CT38.docx', hand='H4', uid='SKHCN-QLKH', uname='Phòng Quản lý Khoa học',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='PHÒNG QUẢN LÝ KHOA HỌC',
    number='58/BC-QLKH', date=(20, 11, 2026), entries=[
        E('II.3.c', 'chậm', 'Thu hút chuyên gia TĐC theo NQ 27/2023, QĐ 05/2026', 'Thu hút chuyên gia', {}),
        E('II.3.b', 'đúng tiến độ', 'Phối hợp khóa bồi dưỡng chuyên sâu năng suất', 'Bồi dưỡng năng suất',
          {'training_courses': 2, 'participants': 95}),
        E('II.6.b', 'không PS', 'Phối hợp APO', 'APO', {}),
    ], diffs=['Chưa có hồ sơ chuyên gia lĩnh vực ĐL đăng ký theo QĐ 05/2026.'],
    props=['Đề nghị Chi cục giới thiệu chuyên gia ĐL, TN để Phòng lập hồ sơ thu hút.'])

rep(file='CDS_BC_CT38_11T.docx', hand='H4', uid='SKHCN-CDS', uname='Phòng Chuyển đổi số',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='PHÒNG CHUYỂN ĐỔI SỐ',
    number='77/BC-CĐS', date=(15, 11, 2026), entries=[
        E('II.2.h', 'xong', 'Kết nối HTTT TTHC Bộ KH&CN với Cổng một cửa QG (KT NN hàng NK)', 'Kết nối một cửa', {}),
        E('II.2.i', 'đúng tiến độ', 'Kết nối CSDL QG về TC-ĐL-CL', 'CSDL quốc gia', {}),
    ], diffs=['API CSDL QG về TĐC của Bộ còn thay đổi phiên bản, phải chỉnh sửa nhiều lần.'],
    props=[])

# ---- H5 (xlsx register with month sub-totals)
rep(file='PhuocHai_so theo doi KT 2026.xlsx', hand='H5', uid='26686', uname='Xã Phước Hải',
    head1='UBND XÃ PHƯỚC HẢI', head2='PHÒNG KINH TẾ', number='244/BC-UBND', date=(28, 11, 2026), entries=[
        E('II.5.c', 'đúng tiến độ', 'KT ĐL, nhãn HH tại chợ Phước Hải, CHXD, vựa hải sản',
          'Kiểm tra đo lường, nhãn hàng hóa', {'inspections': 4, 'establishments_inspected': 14, 'violations': 3,
                                               'fines_vnd': 8_750_000, 'samples_tested': 6}),
        E('II.1.a', 'xong', 'Tuyên truyền TĐC trên loa truyền thanh xã', 'Tuyên truyền', {'communications': 8}),
    ], diffs=['Mùa biển động, vựa hải sản đóng cửa, kế hoạch KT tháng 10 phải lùi.'],
    props=['Đề nghị Chi cục hỗ trợ kinh phí lấy mẫu nước mắm bán lẻ.'])

rep(file='SXD_theo doi KT VLXD_CT38.xlsx', hand='H5', uid='SO-XD', uname='Sở Xây dựng',
    head1='UBND THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ XÂY DỰNG', number='14572/SXD-KTXD', date=(25, 11, 2026), entries=[
        E('II.5.a', 'đúng tiến độ', 'KT chất lượng VLXD (QCVN 16:2023/BXD) lưu thông',
          'Kiểm tra chất lượng vật liệu xây dựng', {'inspections': 5, 'establishments_inspected': 17, 'violations': 2,
                                                      'fines_vnd': 42_000_000, 'samples_tested': 23}),
        E('II.2.e', 'xong', 'Góp ý dự thảo QCVN VLXD', 'Góp ý QCVN', {'standards_reviewed': 2}),
    ], diffs=['Chi phí TN mẫu thép, xi măng cao, DN không đồng ý chịu chi phí khi mẫu đạt.'],
    props=['Đề nghị Sở KH&CN thống nhất danh sách phòng TN được chỉ định để lấy mẫu chung.'])

rep(file='SDL_BC chuyen doi so 11T 2026.xlsx', hand='H5', uid='SO-DL', uname='Sở Du lịch',
    head1='UBND THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ DU LỊCH', number='3318/BC-SDL', date=(24, 11, 2026), mistaken=True,
    reason='Báo cáo tiến độ chuyển đổi số ngành du lịch 11 tháng 2026, không thuộc Kế hoạch CT38 (gửi nhầm).',
    entries=[], diffs=[], props=[])

# ---------------------------------------------------------------- helpers
SW = {'đúng tiến độ': 'đúng tiến độ', 'chậm': 'chậm', 'vượt': 'vượt', 'xong': 'xong',
      'chưa TH': 'chưa TH', 'không PS': 'không PS'}

def datestr(d, place='TP. Hồ Chí Minh'):
    return f"{place}, ngày {d[0]} tháng {d[1]} năm {d[2]}"

def fig_text(k, v, pad=True):
    if k.endswith('_vnd'):
        return money_tr(v) if v % 100000 == 0 else dots(v) + ' đồng'
    s = z2(v) if (pad and v < 10) else dots(v)
    return f"{s} {NOUN[k]}"

def split(total, n, rnd):
    """split total into n non-negative ints"""
    if total == 0:
        return [0] * n
    cuts = sorted(rnd.randint(0, total) for _ in range(n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    return parts

def split_money(total, n, rnd):
    u = 250_000
    return [p * u for p in split(total // u, n, rnd)]

def docx_header(doc, r, place='TP. Hồ Chí Minh'):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = r['head1'] + ('\n' + r['head2'] if r['head2'] else '') + '\n———\nSố: ' + r['number']
    c1.text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n———————\n' + datestr(r['date'], place)
    for c in (c0, c1):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs:
                run.font.size = Pt(12)
                run.bold = True
    doc.add_paragraph()

def new_doc(font='Times New Roman', size=13):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def para(doc, text, bold=False, italic=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold; run.italic = italic
    if size: run.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def sign(doc, who, role):
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = 'Nơi nhận:\n- Chi cục TĐC (để t/h);\n- Lưu: VT.'
    t.rows[0].cells[1].text = role + '\n\n\n\n' + who
    for p in t.rows[0].cells[1].paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MONTHS = list(range(1, 12))
QUARTERS = [('Cộng Q.I', [1, 2, 3]), ('Cộng Q.II', [4, 5, 6]), ('Cộng Q.III', [7, 8, 9]), ('Cộng T10–T11', [10, 11])]

def month_split(ind, rnd):
    """split 11-month totals by month; dependent figures only fall in months where the driver is > 0"""
    for _ in range(500):
        per = {}
        driver = 'inspections' if 'inspections' in ind else ('training_courses' if 'training_courses' in ind else None)
        if driver:
            per[driver] = split(ind[driver], 11, rnd)
        for k, v in ind.items():
            if k in per: continue
            dep = driver
            if k == 'fines_vnd' and 'violations' in per: dep = 'violations'
            months = [i for i in range(11) if per[dep][i] > 0] if dep else list(range(11))
            parts = split_money(v, len(months), rnd) if k.endswith('_vnd') else split(v, len(months), rnd)
            arr = [0] * 11
            for i, x in zip(months, parts): arr[i] = x
            per[k] = arr
        ok = True
        if 'establishments_inspected' in per and 'inspections' in per:
            ok &= all(per['establishments_inspected'][i] >= per['inspections'][i] for i in range(11))
            if 'violations' in per:
                ok &= all(per['violations'][i] <= per['establishments_inspected'][i] for i in range(11))
        if 'violations' in per and 'fines_vnd' in per:
            ok &= all((per['fines_vnd'][i] > 0) == (per['violations'][i] > 0) for i in range(11))
        if ok:
            return per
    raise SystemExit('no split')

# ---------------- H1: Lê Văn Thạch, KĐV — month rows with quarter sub-totals, "TĐ" column
def render_h1(r, path):
    rnd = random.Random(r['number'])
    wb = Workbook(); ws = wb.active; ws.title = 'TH 11T-2026'
    ws['A1'] = r['head1']; ws['A2'] = r['head2']; ws['A3'] = 'Số: ' + r['number']
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['F3'] = datestr(r['date'])
    ws['A5'] = 'BIỂU TỔNG HỢP KQ THỰC HIỆN KH CT38 – 11 THÁNG NĂM 2026 (số liệu đến 31/10, T11 tạm tính đến ngày BC)'
    ws['A5'].font = Font(bold=True, size=12)
    ws['A6'] = 'Đơn vị báo cáo: ' + r['uname']
    ws['A7'] = 'TĐ = tiến độ so KH năm (đúng tiến độ / chậm / vượt); KPS = không phát sinh'
    ws['A7'].font = Font(italic=True, size=9)
    row = 9
    for i, e in enumerate(r['entries'], 1):
        ws.cell(row, 1, f"{i}"); ws.cell(row, 2, e['label']).font = Font(bold=True)
        ws.cell(row, 7, 'TĐ:'); ws.cell(row, 8, SW[e['st']]).font = Font(bold=True, color='C00000' if e['st'] == 'chậm' else '000000')
        row += 1
        keys = list(e['ind'].keys())
        if not keys:
            ws.cell(row, 2, 'Không có số liệu định lượng' if e['st'] != 'không PS' else 'KPS trong kỳ')
            ws.cell(row, 2).font = Font(italic=True)
            row += 2
            continue
        ws.cell(row, 2, 'Tháng')
        for j, k in enumerate(keys):
            hdr = {'fines_vnd': 'Phạt VPHC (đ)', 'budget_spent_vnd': 'KP giải ngân (đ)'}.get(k, NOUN[k][0].upper() + NOUN[k][1:])
            ws.cell(row, 3 + j, hdr)
        for c in range(2, 3 + len(keys)):
            ws.cell(row, c).font = Font(bold=True); ws.cell(row, c).fill = PatternFill('solid', fgColor='DDEBF7')
            ws.cell(row, c).border = BOX
        row += 1
        per = month_split(e['ind'], rnd)
        for qname, ms in QUARTERS:
            for m in ms:
                if all(per[k][m - 1] == 0 for k in keys):
                    continue
                ws.cell(row, 2, f"T{m:02d}")
                for j, k in enumerate(keys):
                    x = per[k][m - 1]
                    c = ws.cell(row, 3 + j, x if x else None)
                    if k.endswith('_vnd'): c.number_format = '#,##0'
                for c in range(2, 3 + len(keys)): ws.cell(row, c).border = BOX
                row += 1
            ws.cell(row, 2, qname).font = Font(italic=True, bold=True)
            for j, k in enumerate(keys):
                c = ws.cell(row, 3 + j, sum(per[k][m - 1] for m in ms)); c.font = Font(italic=True)
                if k.endswith('_vnd'): c.number_format = '#,##0'
            for c in range(2, 3 + len(keys)): ws.cell(row, c).border = BOX
            row += 1
        ws.cell(row, 2, 'Cộng 11T').font = Font(bold=True)
        for j, k in enumerate(keys):
            c = ws.cell(row, 3 + j, e['ind'][k]); c.font = Font(bold=True)
            if k.endswith('_vnd'): c.number_format = '#,##0'
            c.fill = PatternFill('solid', fgColor='FFF2CC')
        for c in range(2, 3 + len(keys)): ws.cell(row, c).border = BOX
        row += 2
    ws.cell(row, 1, 'KHÓ KHĂN').font = Font(bold=True); row += 1
    for d in r['diffs']:
        ws.cell(row, 2, '- ' + d); row += 1
    ws.cell(row, 1, 'ĐỀ XUẤT').font = Font(bold=True); row += 1
    for p in r['props']:
        ws.cell(row, 2, '- ' + p); row += 1
    row += 1
    ws.cell(row, 2, 'Người lập biểu'); ws.cell(row, 7, 'THỦ TRƯỞNG ĐƠN VỊ')
    ws.cell(row + 4, 2, 'Lê Văn Thạch')
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 58
    for col in 'CDEFGH': ws.column_dimensions[col].width = 15
    wb.save(path)

# ---------------- H2: Trần Thị Ngọc Hân — paragraphs, product groups with mẫu đạt/KĐ, "(TĐ: …)" tail
def render_h2(r, path):
    doc = new_doc()
    docx_header(doc, r)
    para(doc, 'BÁO CÁO', bold=True, center=True)
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (số liệu 11 tháng)', bold=True, center=True)
    para(doc, f"Thực hiện KH của Sở KH&CN về triển khai CT 38-CT/TW năm 2026, {r['uname']} báo cáo kết quả như sau:")
    para(doc, 'I. KẾT QUẢ', bold=True)
    for i, e in enumerate(r['entries'], 1):
        para(doc, f"{i}. {e['label']}", bold=True)
        ind = e['ind']
        parts = []
        if 'inspections' in ind:
            s = f"Đã tổ chức/tham gia {fig_text('inspections', ind['inspections'])} KT"
            if 'establishments_inspected' in ind:
                s += f", tại {fig_text('establishments_inspected', ind['establishments_inspected'])}"
            parts.append(s)
        groups = e['extra'].get('groups')
        if groups:
            tot = sum(g[2] for g in groups); okk = sum(g[3] for g in groups)
            parts.append(f"lấy tổng {z2(tot) if tot < 10 else tot} mẫu (đạt {z2(okk)}, KĐ {z2(tot - okk)}), cụ thể theo nhóm SP:")
        para(doc, '- ' + '; '.join(parts) if parts else '', )
        if groups:
            for g in groups:
                para(doc, f"   + {g[0]} ({g[1]}): {z2(g[2])} mẫu – đạt {z2(g[3])}, KĐ {z2(g[4])}")
        if 'violations' in ind:
            s = f"- Phát hiện {fig_text('violations', ind['violations'])}"
            if 'fines_vnd' in ind:
                s += f"; đã ban hành QĐ XPVPHC, tổng tiền phạt {fig_text('fines_vnd', ind['fines_vnd'])}"
            para(doc, s + '.')
        other = [k for k in ind if k not in ('inspections', 'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested')]
        if 'samples_tested' in ind and not groups:
            other.append('samples_tested')
        if other:
            para(doc, '- Số liệu khác: ' + ', '.join(fig_text(k, ind[k]) for k in other) + '.')
        if not ind:
            para(doc, '- ' + {'chưa TH': 'Chưa có yêu cầu cụ thể từ Chi cục trong kỳ.',
                              'không PS': 'Trong kỳ không phát sinh.'}.get(e['st'], 'Thực hiện thường xuyên theo chức năng.'))
        p = doc.paragraphs[-1]
        r2 = p.add_run(f"  (TĐ: {SW[e['st']]})"); r2.italic = True; r2.bold = True
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in r['diffs']: para(doc, '- ' + d)
    para(doc, 'III. ĐỀ XUẤT', bold=True)
    for p in r['props']: para(doc, '- ' + p)
    para(doc, 'Ghi chú: KĐ – không đạt; TĐ – tiến độ so KH năm.', italic=True, size=10)
    sign(doc, 'Trần Thị Ngọc Hân' if r['uid'] == 'SKHCN-KTPC' else 'Nguyễn Văn Hòa', 'KT. THỦ TRƯỞNG\nPHÓ THỦ TRƯỞNG')
    doc.save(path)

# ---------------- H3: Võ Hoàng Phúc — ward table "STT | Việc | KQ | So KH"
def render_h3(r, path):
    doc = new_doc(size=13)
    place = 'Côn Đảo' if r['uid'] == '26732' else 'TP. Hồ Chí Minh'
    docx_header(doc, r, place)
    para(doc, 'BÁO CÁO', bold=True, center=True)
    para(doc, 'KQ thực hiện KH CT38 về TC-ĐL-CL – 11 tháng năm 2026', bold=True, center=True)
    para(doc, f"{r['uname']} báo cáo nhanh KQ 11 tháng (đến 15/11/2026) như bảng sau:")
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['STT', 'Việc', 'KQ', 'So KH']):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for i, e in enumerate(r['entries'], 1):
        cells = t.add_row().cells
        cells[0].text = str(i); cells[1].text = e['label']
        lines = []
        for k, v in e['ind'].items():
            if k.endswith('_vnd'):
                lines.append(f"- Phạt: {dots(v)}đ")
            else:
                lab = {'inspections': 'KT', 'establishments_inspected': 'CS được KT', 'violations': 'VP',
                       'communications': 'Tin/bài', 'participants': 'Người dự', 'training_courses': 'Hội nghị/lớp',
                       'instruments_verified': 'Cân, PTĐ được KĐ', 'enterprises_supported': 'Hộ/DN được HD',
                       'samples_tested': 'Mẫu'}[k]
                unit = {'inspections': 'cuộc', 'establishments_inspected': 'cs', 'violations': 'cs',
                        'communications': 'tin', 'participants': 'người', 'training_courses': 'cuộc',
                        'instruments_verified': 'chiếc', 'enterprises_supported': 'hộ', 'samples_tested': 'mẫu'}[k]
                lines.append(f"- {lab}: {z2(v) if v < 10 else v} {unit}")
        cells[2].text = '\n'.join(lines) if lines else '(chưa có số liệu)'
        cells[3].text = SW[e['st']]
    doc.add_paragraph()
    para(doc, '* Khó khăn:', bold=True)
    for d in r['diffs']: para(doc, '- ' + d)
    para(doc, '* Đề xuất:', bold=True)
    for p in r['props']: para(doc, '- ' + p)
    sign(doc, 'Võ Hoàng Phúc', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')
    doc.save(path)

def render_h3_mistaken(r, path):
    doc = new_doc()
    docx_header(doc, r)
    para(doc, 'BÁO CÁO', bold=True, center=True)
    para(doc, 'KQ thực hiện Chương trình MTQG giảm nghèo bền vững – 11 tháng năm 2026', bold=True, center=True)
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['STT', 'Việc', 'KQ', 'So KH']): c.text = h
    for i, (a, b, c_) in enumerate([('Rà soát hộ nghèo, cận nghèo cuối năm', '- Hộ nghèo: 41 hộ\n- Cận nghèo: 67 hộ', 'đúng tiến độ'),
                                     ('Hỗ trợ nhà ở hộ nghèo', '- Xây mới: 06 căn\n- Sửa chữa: 09 căn', 'vượt'),
                                     ('Vay vốn NHCSXH', '- Dư nợ: 18,6 tỷ đồng', 'đúng tiến độ'),
                                     ('Đào tạo nghề LĐ nông thôn', '- 03 lớp, 92 học viên', 'chậm')], 1):
        cells = t.add_row().cells
        cells[0].text = str(i); cells[1].text = a; cells[2].text = b; cells[3].text = c_
    para(doc, '* Khó khăn:', bold=True)
    para(doc, '- Một số hộ thoát nghèo chưa bền vững do mất việc làm.')
    sign(doc, 'Võ Hoàng Phúc', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')
    doc.save(path)

# ---------------- H4: Đặng Minh Quân — công văn, "Nội dung n" with "Kết quả:" and "So với KH: …"
H4ST = {'xong': 'đã xong', 'đúng tiến độ': 'đang làm, đúng tiến độ', 'chậm': 'đang làm nhưng chậm',
        'không PS': 'không PS (chưa có yêu cầu)', 'chưa TH': 'chưa TH'}
def render_h4(r, path):
    doc = new_doc(size=14)
    docx_header(doc, r)
    para(doc, 'BÁO CÁO', bold=True, center=True)
    para(doc, f"Tình hình thực hiện KH triển khai CT 38-CT/TW năm 2026 của {r['uname']}", bold=True, center=True)
    para(doc, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.', center=True)
    para(doc, f"Theo phân công tại KH CT38 năm 2026 của Sở, {r['uname']} báo cáo các nội dung liên quan như sau:")
    for i, e in enumerate(r['entries'], 1):
        p = doc.add_paragraph(); rr = p.add_run(f"{i}) "); rr.bold = True; r3 = p.add_run(e['label']); r3.bold = True
        if e['ind']:
            s = 'Kết quả: ' + '; '.join(
                {'training_courses': f"tổ chức {z2(e['ind'].get('training_courses', 0))} lớp/hội nghị",
                 'participants': f"{e['ind'].get('participants', 0)} lượt CC, VC tham dự"}[k] for k in e['ind']) + '.'
        else:
            s = 'Kết quả: thực hiện theo chức năng, không có số liệu định lượng.'
        para(doc, s)
        p = para(doc, f"Đánh giá TĐ: {H4ST[e['st']]}.", italic=True)
    para(doc, 'Khó khăn, vướng mắc:', bold=True)
    for d in r['diffs']: para(doc, '- ' + d)
    para(doc, 'Đề xuất:', bold=True)
    if r['props']:
        for p in r['props']: para(doc, '- ' + p)
    else:
        para(doc, 'Không có.')
    sign(doc, 'Đặng Minh Quân', 'TRƯỞNG PHÒNG' if r['uid'] != 'SKHCN-VP' else 'CHÁNH VĂN PHÒNG')
    doc.save(path)

# ---------------- H5: Huỳnh Thị Mỹ Dung — sổ theo dõi: one row per cơ sở, "Cộng tháng" rows, TĐ block at the foot
SHOPS_WARD = ['Vựa hải sản Bảy Lợi', 'CHXD Phước Hải 2', 'Sạp cân chợ Phước Hải – sạp 14', 'Tạp hóa Kim Ngân',
              'Cơ sở nước mắm Thanh Hương', 'Vựa cá Út Mập', 'CHXD Lộc An', 'Sạp thịt số 22', 'Cửa hàng gạo Hai Lúa',
              'Cơ sở mắm ruốc Cô Ba', 'Tạp hóa Minh Châu', 'Vựa mực Phước Tỉnh', 'Sạp trái cây số 7', 'CHXD số 5 Petrolimex']
SHOPS_XD = ['CH VLXD Phát Đạt', 'Cty TNHH Thép Nam Phong', 'CH gạch ốp lát Hoàng Gia', 'Đại lý xi măng Tân Phú',
            'Cty CP Kính An Toàn Việt', 'CH VLXD Minh Tâm', 'Đại lý sơn Kim Long', 'Cty TNHH Cát đá Sông Lô',
            'CH thiết bị vệ sinh Hòa Bình', 'Đại lý thép Việt Úc', 'CH gạch bông Chợ Lớn', 'Cty TNHH Tôn Đông Á Sài Gòn',
            'Đại lý xi măng Hà Tiên Q7', 'CH VLXD Thành Công', 'Cty CP Gạch Đồng Nai Xanh', 'Đại lý kính Hải Long', 'CH VLXD Ba Tư']

def render_h5(r, path):
    rnd = random.Random(r['number'])
    e0 = r['entries'][0]; ind = e0['ind']
    shops = SHOPS_WARD if r['uid'] == '26686' else SHOPS_XD
    n = ind['establishments_inspected']; k = ind['inspections']
    months = sorted(rnd.sample(range(3, 12), k))
    sizes = split(n - k, k, rnd); sizes = [s + 1 for s in sizes]
    vio_idx = set(rnd.sample(range(n), ind['violations']))
    fines = split_money(ind['fines_vnd'], ind['violations'], rnd)
    fines = [f if f else 250_000 for f in fines]
    fines[-1] = ind['fines_vnd'] - sum(fines[:-1])
    smp = split(ind['samples_tested'], n, rnd)
    wb = Workbook(); ws = wb.active; ws.title = 'So theo doi'
    ws['A1'] = r['head1']; ws['A2'] = r['head2']; ws['A3'] = 'Số: ' + r['number'] + ' (kèm BC)'
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['F3'] = datestr(r['date'])
    ws['A5'] = f"SỔ THEO DÕI KT TĐC NĂM 2026 (đến T11) – {r['uname']}"; ws['A5'].font = Font(bold=True, size=12)
    ws['A6'] = 'Nội dung: ' + e0['label']
    hdr = ['Đợt', 'Ngày KT', 'Tên cơ sở', 'Nhóm HH / PTĐ', 'Số mẫu', 'KQ (Đạt/VP)', 'Tiền phạt (đ)', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill('solid', fgColor='E2EFDA')
    row = 9; idx = 0; vi = 0
    grp = ['Cân đồng hồ lò xo', 'Cột đo xăng dầu', 'Nước mắm (HĐGS)', 'Hàng đóng gói sẵn'] if r['uid'] == '26686' else \
          ['Thép cốt bê tông – QCVN 16', 'Xi măng – QCVN 16', 'Gạch ốp lát – QCVN 16', 'Kính xây dựng – QCVN 16']
    for d, (m, sz) in enumerate(zip(months, sizes), 1):
        cs = 0; sm = 0; vp = 0; ff = 0
        day = rnd.randint(3, 27)
        for s in range(sz):
            if s and s % 4 == 0: day = min(day + 1, 28)
            ws.cell(row, 1, f"{d:02d}"); ws.cell(row, 2, f"{day:02d}/{m:02d}/2026")
            ws.cell(row, 3, shops[idx]); ws.cell(row, 4, rnd.choice(grp))
            ws.cell(row, 5, smp[idx] if smp[idx] else None)
            if idx in vio_idx:
                ws.cell(row, 6, 'VP'); c = ws.cell(row, 7, fines[vi]); c.number_format = '#,##0'
                ff += fines[vi]; vi += 1; vp += 1
                ws.cell(row, 8, 'QĐ XPVPHC')
            else:
                ws.cell(row, 6, 'Đạt')
            for j in range(1, 9): ws.cell(row, j).border = BOX
            cs += 1; sm += smp[idx]; idx += 1; row += 1
        ws.cell(row, 3, f"Cộng T{m:02d}: {cs:02d} CS").font = Font(italic=True, bold=True)
        ws.cell(row, 5, sm); ws.cell(row, 6, f"{vp:02d} VP"); c = ws.cell(row, 7, ff); c.number_format = '#,##0'
        for j in range(1, 9):
            ws.cell(row, j).border = BOX; ws.cell(row, j).fill = PatternFill('solid', fgColor='F2F2F2')
        row += 1
    ws.cell(row, 3, f"TỔNG 11T: {k:02d} đợt – {n} CS").font = Font(bold=True)
    ws.cell(row, 5, ind['samples_tested']).font = Font(bold=True)
    ws.cell(row, 6, f"{ind['violations']:02d} VP").font = Font(bold=True)
    c = ws.cell(row, 7, ind['fines_vnd']); c.number_format = '#,##0'; c.font = Font(bold=True)
    for j in range(1, 9): ws.cell(row, j).border = BOX
    row += 2
    ws.cell(row, 1, 'CÁC NỘI DUNG KHÁC').font = Font(bold=True); row += 1
    for e in r['entries'][1:]:
        txt = ', '.join(f"{v} {NOUN[kk]}" for kk, v in e['ind'].items())
        ws.cell(row, 2, '-'); ws.cell(row, 3, e['label']); ws.cell(row, 5, txt); row += 1
    row += 1
    ws.cell(row, 1, 'TĐ THEO NỘI DUNG (so KH năm)').font = Font(bold=True); row += 1
    for e in r['entries']:
        ws.cell(row, 3, e['label']); ws.cell(row, 6, SW[e['st']]).font = Font(bold=True); row += 1
    row += 1
    ws.cell(row, 1, 'Khó khăn:').font = Font(bold=True)
    for d in r['diffs']:
        ws.cell(row, 3, d); row += 1
    ws.cell(row, 1, 'Đề xuất:').font = Font(bold=True)
    for p in r['props']:
        ws.cell(row, 3, p); row += 1
    ws.cell(row + 1, 6, 'Người lập sổ'); ws.cell(row + 5, 6, 'Huỳnh Thị Mỹ Dung')
    for col, w in zip('ABCDEFGH', [6, 12, 36, 28, 9, 14, 16, 14]): ws.column_dimensions[col].width = w
    wb.save(path)

def render_h5_mistaken(r, path):
    wb = Workbook(); ws = wb.active; ws.title = 'So theo doi CDS'
    ws['A1'] = r['head1']; ws['A2'] = r['head2']; ws['A3'] = 'Số: ' + r['number']; ws['F3'] = datestr(r['date'])
    ws['A5'] = 'SỔ THEO DÕI TIẾN ĐỘ CHUYỂN ĐỔI SỐ NGÀNH DU LỊCH – 11 THÁNG 2026'; ws['A5'].font = Font(bold=True)
    rows = [('Hạng mục', 'Tháng', 'Khối lượng', 'TĐ'),
            ('Số hóa dữ liệu cơ sở lưu trú', 'T03–T09', '2.140 cơ sở', 'đúng tiến độ'),
            ('Ứng dụng du lịch thông minh (bản 2.0)', 'T06', '01 ứng dụng', 'chậm'),
            ('Thẻ du khách điện tử', 'T10', '35.000 lượt tải', 'vượt'),
            ('Dịch vụ công trực tuyến toàn trình', 'T01–T11', '12 TTHC', 'đúng tiến độ')]
    for i, rr in enumerate(rows, 7):
        for j, v in enumerate(rr, 1): ws.cell(i, j, v).border = BOX
    wb.save(path)

# ---------------------------------------------------------------- build
def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()

STATUS = {'đúng tiến độ': 'in_progress', 'chậm': 'in_progress', 'vượt': 'completed', 'xong': 'completed',
          'chưa TH': 'not_started', 'không PS': 'not_applicable'}

RENDER = {'H1': render_h1, 'H2': render_h2, 'H3': render_h3, 'H4': render_h4, 'H5': render_h5}
RESAVE = {'BinhCo-BC CT38.docx', 'SXD_theo doi KT VLXD_CT38.xlsx'}

def main():
    for r in REPORTS:
        path = os.path.join(OUT, r['file'])
        if r.get('mistaken'):
            (render_h3_mistaken if r['hand'] == 'H3' else render_h5_mistaken)(r, path)
        else:
            RENDER[r['hand']](r, path)
        if r['file'] in RESAVE:
            tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
            ext = r['file'].rsplit('.', 1)[1]
            subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, path],
                           check=True, capture_output=True, timeout=180)
            shutil.move(os.path.join(tmp, r['file']), path); shutil.rmtree(tmp)
        d = r['date']
        key = {'file': r['file'], 'sha256': sha(path),
               'status': 'rejected' if r.get('mistaken') else 'extracted',
               'reason': r.get('reason'),
               'unit': {'id': r['uid'], 'name': r['uname']},
               'document': {'number': r['number'], 'date': f"{d[2]:04d}-{d[1]:02d}-{d[0]:02d}"},
               'entries': [{'task': e['task'], 'status': STATUS[e['st']], 'indicators': e['ind'], 'text': e['text']}
                           for e in r['entries']],
               'findings': [], 'difficulties': r['diffs'], 'proposals': r['props']}
        json.dump(key, open(os.path.join(TR, r['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print('ok', r['file'])

if __name__ == '__main__':
    main()
