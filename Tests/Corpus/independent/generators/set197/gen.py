# -*- coding: utf-8 -*-
"""Generator for set197. Builds DOCX/XLSX reports in five hands and their truth keys."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')

def dots(n):
    return f"{n:,}".replace(',', '.')

def cnt(n, pad):
    return f"{n:02d}" if pad and n < 10 else dots(n)

# figure: (label, value, unit, indicator or None, plan target or None)
# entry: dict(task, status, name, sw (status as written), figs, note)

def E(task, status, name, sw, figs=(), note=''):
    return dict(task=task, status=status, name=name, sw=sw, figs=list(figs), note=note)

MONTHS = None

def vn_date(iso, place='Thành phố Hồ Chí Minh'):
    y, m, d = iso.split('-')
    return f"{place}, ngày {d} tháng {m} năm {y}"

FILES = []

# ---------------------------------------------------------------- Hand A
# Sở units, DOCX, one results table, groups renamed as Roman rows, status in "Ghi chú"
FILES.append(dict(hand='A', fn='TDC-bao-cao-KH38-10thang.docx', status='extracted',
    uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', short='CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG',
    num='1482/BC-TĐC', date='2026-10-30', signer=('KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG', 'Đặng Thị Mỹ Linh'),
    groups=[
     ('I', 'Thông tin, phổ biến pháp luật và vận động doanh nghiệp', [
       E('II.1.a', 'completed', 'Mở lớp tập huấn văn bản pháp luật TCĐLCL cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu', 'Đã hoàn thành',
         [('Số lớp/buổi đã tổ chức (04 lớp tập huấn, 01 buổi tọa đàm)', 5, 'lớp/buổi', 'training_courses', None),
          ('Số lượt học viên, đại biểu tham dự', 1250, 'lượt', 'participants', None)]),
       E('II.1.b', 'completed', 'Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', 'Đã hoàn thành',
         [('Tin, bài đăng trên Cổng thông tin Sở và Chi cục', 12, 'tin, bài', 'communications', None),
          ('Doanh nghiệp được hướng dẫn lập hồ sơ', 36, 'doanh nghiệp', 'enterprises_supported', None)]),
     ]),
     ('II', 'Năng suất, chất lượng và công cụ quản lý', [
       E('II.2.a', 'in_progress', 'Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100', 'Đang thực hiện',
         [('Doanh nghiệp được hỗ trợ áp dụng công cụ năng suất, truy xuất nguồn gốc', 18, 'doanh nghiệp', 'enterprises_supported', None),
          ('Kinh phí đã giải ngân', 185400000, 'đồng', 'budget_spent_vnd', None)]),
       E('II.2.b', 'in_progress', 'Tổ chức xét tặng Giải thưởng Chất lượng Quốc gia năm 2026', 'Đang thực hiện',
         [], note='Đã thành lập Hội đồng sơ tuyển; đang đánh giá hồ sơ tại doanh nghiệp'),
       E('II.2.e', 'in_progress', 'Góp ý dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương', 'Đang thực hiện',
         [('Dự thảo TCVN, QCVN đã góp ý', 14, 'dự thảo', 'standards_reviewed', None)]),
       E('II.2.i', 'in_progress', 'Kết nối cơ sở dữ liệu quốc gia về TCĐLCL', 'Đang triển khai', [],
         note='Đã cập nhật dữ liệu phương tiện đo, đang chờ Bộ cấp tài khoản liên thông'),
     ]),
     ('III', 'Bồi dưỡng đội ngũ làm công tác TCĐLCL', [
       E('II.3.a', 'completed', 'Tập huấn nghiệp vụ cho công chức phường, xã, đặc khu', 'Đã hoàn thành',
         [('Lớp tập huấn', 3, 'lớp', 'training_courses', None),
          ('Lượt công chức tham dự', 412, 'lượt', 'participants', None)]),
     ]),
     ('IV', 'Thanh tra, kiểm tra và khảo sát chất lượng', [
       E('II.5.a', 'in_progress', 'Kiểm tra nhà nước về TCĐLCL đối với hàng hóa sản xuất, nhập khẩu, lưu thông', 'Đang thực hiện',
         [('Đoàn kiểm tra', 9, 'đoàn', 'inspections', None),
          ('Cơ sở được kiểm tra', 146, 'cơ sở', 'establishments_inspected', None),
          ('Cơ sở vi phạm', 23, 'cơ sở', 'violations', None),
          ('Tiền xử phạt', 287500000, 'đồng', 'fines_vnd', None)]),
       E('II.5.b', 'completed', 'Khảo sát chất lượng sản phẩm, hàng hóa (đợt 1, đợt 2)', 'Đã hoàn thành',
         [('Mẫu khảo sát', 120, 'mẫu', 'samples_tested', None)]),
     ]),
     ('V', 'Hợp tác, trao đổi kinh nghiệm', [
       E('II.6.b', 'not_applicable', 'Phối hợp với Ủy ban TĐC Quốc gia và APO', 'Không phát sinh', [],
         note='Trong kỳ chưa có yêu cầu'),
     ]),
    ],
    diff=['Số lượng công chức làm công tác kiểm tra còn mỏng so với địa bàn Thành phố sau sắp xếp.',
          'Kinh phí lấy mẫu khảo sát chưa đáp ứng nhu cầu thực tế.'],
    prop=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.',
          'Đề nghị Sở có văn bản đôn đốc Ủy ban nhân dân các phường, xã, đặc khu gửi báo cáo đúng hạn.']))

FILES.append(dict(hand='A', fn='VPS_BC_phoi_hop_CT38.docx', status='extracted',
    uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', short='VĂN PHÒNG SỞ',
    num='356/BC-VP', date='2026-10-28', signer=('CHÁNH VĂN PHÒNG', 'Huỳnh Thanh Bình'),
    groups=[
     ('I', 'Hệ thống quản lý chất lượng và thủ tục hành chính', [
       E('II.2.đ', 'completed', 'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở', 'Đã hoàn thành',
         [('Lớp đào tạo chuyên gia đánh giá nội bộ', 1, 'lớp', 'training_courses', None),
          ('Lượt công chức tham dự', 45, 'lượt', 'participants', None)]),
       E('II.2.h', 'completed', 'Phối hợp hoàn thiện Hệ thống thông tin giải quyết TTHC, liên thông Cổng một cửa quốc gia', 'Đã hoàn thành', []),
     ]),
     ('II', 'Bảo đảm cơ sở vật chất', [
       E('II.4.a', 'in_progress', 'Phối hợp đầu tư, mua sắm trang thiết bị cho đơn vị sự nghiệp', 'Đang thực hiện',
         [('Kinh phí mua sắm đã giải ngân', 2350000000, 'đồng', 'budget_spent_vnd', None)]),
     ]),
     ('III', 'Khen thưởng, xử lý vi phạm', [
       E('II.5.d', 'not_applicable', 'Khen thưởng, bảo vệ người tố giác vi phạm', 'Không phát sinh', []),
     ]),
    ],
    diff=['Thủ tục mua sắm thiết bị chuyên dùng kéo dài do phải thẩm định giá nhiều lần.'],
    prop=['Đề nghị Chi cục TĐC gửi sớm danh mục thiết bị cần mua sắm năm 2027 để Văn phòng tổng hợp dự toán.']))

FILES.append(dict(hand='A', fn='QLKH-bc-ket-qua-chi-thi-38.docx', status='extracted',
    uid='SKHCN-QLKH', uname='Phòng Quản lý Khoa học',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', short='PHÒNG QUẢN LÝ KHOA HỌC',
    num='211/BC-QLKH', date='2026-10-26', signer=('TRƯỞNG PHÒNG', 'Nguyễn Hữu Phước'),
    groups=[
     ('I', 'Nhân lực và chuyên gia', [
       E('II.3.c', 'in_progress', 'Thu hút chuyên gia, nhà khoa học lĩnh vực TCĐLCL theo Nghị quyết 27/2023/NQ-HĐND và Quyết định 05/2026/QĐ-UBND', 'Đang thực hiện',
         [], note='Đang thẩm định 02 hồ sơ chuyên gia đề nghị thu hút'),
       E('II.3.b', 'completed', 'Phối hợp tổ chức hội thảo chuyên sâu về năng suất, chất lượng', 'Đã hoàn thành',
         [('Hội thảo', 1, 'hội thảo', 'training_courses', None),
          ('Đại biểu tham dự', 160, 'đại biểu', 'participants', None)]),
     ]),
     ('II', 'Văn bản pháp luật và hợp tác quốc tế', [
       E('II.2.c', 'completed', 'Góp ý dự thảo Luật sửa đổi, bổ sung Luật Tiêu chuẩn và Quy chuẩn kỹ thuật', 'Đã hoàn thành', []),
       E('II.6.a', 'in_progress', 'Cập nhật điều ước, thỏa thuận quốc tế liên quan đến nhiệm vụ KH&CN', 'Đang thực hiện', []),
     ]),
    ],
    diff=[], prop=['Đề nghị Sở sớm ban hành hướng dẫn tiêu chí xác định chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng.']))

# ---------------------------------------------------------------- Hand B
# XLSX "Biểu", Mã số per figure row, ĐVT + Kế hoạch năm + Thực hiện, status in "Đánh giá" on task row
FILES.append(dict(hand='B', fn='KTPC_Bieu_CT38_T10.xlsx', status='extracted',
    uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    num='97/BC-KTPC', date='2026-10-29', signer='Lâm Quốc Việt', period='đến 25/10/2026',
    entries=[
      E('II.5.a', 'in_progress', 'Phối hợp Chi cục kiểm tra hàng hóa sản xuất, nhập khẩu, lưu thông', 'Đang thực hiện',
        [('Số cuộc kiểm tra', 6, 'cuộc', 'inspections', 8), ('Số cơ sở được kiểm tra', 58, 'cơ sở', 'establishments_inspected', 60),
         ('Số cơ sở vi phạm', 11, 'cơ sở', 'violations', None), ('Số tiền xử phạt', 96500000, 'đồng', 'fines_vnd', None)]),
      E('II.5.c', 'in_progress', 'Hướng dẫn, phối hợp UBND phường, xã thực hiện nội dung được phân quyền', 'Đang thực hiện',
        [('Số cuộc kiểm tra liên ngành tại địa phương', 4, 'cuộc', 'inspections', 6), ('Số cơ sở được kiểm tra', 27, 'cơ sở', 'establishments_inspected', None)]),
      E('II.4.b', 'completed', 'Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ (NĐ 135/2021)', 'Hoàn thành',
        [('Phương tiện được kiểm định, hiệu chuẩn', 12, 'chiếc', 'instruments_verified', 12)]),
      E('II.2.c', 'completed', 'Góp ý văn bản quy phạm pháp luật về TCĐLCL', 'Hoàn thành',
        [('Văn bản đã góp ý', 3, 'văn bản', None, None)]),
      E('II.5.d', 'not_applicable', 'Tiếp nhận, xử lý tố giác hành vi vi phạm', 'Không phát sinh', []),
    ],
    diff=['Việc phối hợp với phường, xã mới sắp xếp còn lúng túng do thay đổi đầu mối.'],
    prop=['Đề nghị Chi cục cung cấp danh sách đầu mối phụ trách TĐC của các phường, xã.']))

FILES.append(dict(hand='B', fn='TTPT_bieu_so_lieu_KH38_2026.xlsx', status='extracted',
    uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', num='188/BC-TTPT', date='2026-10-31', signer='Trương Minh Đức', period='đến 31/10/2026',
    entries=[
      E('II.4.a', 'in_progress', 'Đầu tư trang thiết bị phòng thử nghiệm, hiệu chuẩn', 'Đang thực hiện',
        [('Kinh phí đầu tư đã giải ngân', 4120000000, 'đồng', 'budget_spent_vnd', 5000000000)]),
      E('II.2.g', 'in_progress', 'Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', 'Đang thực hiện',
        [('Phương tiện đo được kiểm định, hiệu chuẩn', 18450, 'phương tiện', 'instruments_verified', 20000),
         ('Mẫu thử nghiệm', 3260, 'mẫu', 'samples_tested', 3500)]),
      E('II.4.c', 'completed', 'Duy trì chuẩn đo lường, liên kết chuẩn quốc gia', 'Hoàn thành',
        [('Chuẩn được hiệu chuẩn liên kết', 24, 'chuẩn', 'instruments_verified', 24)]),
      E('II.3.d', 'completed', 'Phối hợp đào tạo về đo lường, thử nghiệm cho sinh viên', 'Hoàn thành',
        [('Khóa đào tạo', 2, 'khóa', 'training_courses', 2), ('Sinh viên tham dự', 230, 'người', 'participants', None)]),
    ],
    diff=['Một số thiết bị nhập khẩu giao hàng chậm so với hợp đồng.'],
    prop=['Đề nghị Sở cho phép chuyển nguồn kinh phí chưa giải ngân sang năm 2027.']))

FILES.append(dict(hand='B', fn='CDS-bieu-bao-cao-CT38.xlsx', status='extracted',
    uid='SKHCN-CDS', uname='Phòng Chuyển đổi số', parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    num='64/BC-CĐS', date='2026-10-27', signer='Đoàn Minh Trí', period='đến 25/10/2026',
    entries=[
      E('II.2.h', 'completed', 'Kết nối liên thông Cổng một cửa quốc gia (đăng ký kiểm tra hàng nhập khẩu)', 'Hoàn thành', []),
      E('II.2.i', 'in_progress', 'Kết nối cơ sở dữ liệu quốc gia về TCĐLCL', 'Đang thực hiện',
        [('Bản ghi dữ liệu đã đồng bộ', 12500, 'bản ghi', None, None)]),
      E('II.1.a', 'completed', 'Đăng tải tin, bài tuyên truyền trên Cổng thông tin điện tử Sở', 'Hoàn thành',
        [('Tin, bài đăng tải', 26, 'tin, bài', 'communications', 20)]),
    ],
    diff=[], prop=[]))

FILES.append(dict(hand='B', fn='SCT_Bieu01_CT38_nam2026.xlsx', status='extracted',
    uid='SO-CT', uname='Sở Công Thương', parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
    num='3157/BC-SCT', date='2026-11-04', signer='Phan Thị Kim Oanh', period='đến 31/10/2026',
    entries=[
      E('II.5.a', 'in_progress', 'Kiểm tra chất lượng, đo lường, nhãn hàng hóa lưu thông trên thị trường', 'Đang thực hiện',
        [('Số cuộc kiểm tra', 15, 'cuộc', 'inspections', 20), ('Số cơ sở được kiểm tra', 212, 'cơ sở', 'establishments_inspected', None),
         ('Số cơ sở vi phạm', 37, 'cơ sở', 'violations', None), ('Tiền xử phạt', 418750000, 'đồng', 'fines_vnd', None)]),
      E('II.2.e', 'completed', 'Góp ý dự thảo QCVN thuộc lĩnh vực công thương', 'Hoàn thành',
        [('Dự thảo QCVN đã góp ý', 5, 'dự thảo', 'standards_reviewed', None)]),
      E('II.1.a', 'completed', 'Phối hợp tập huấn pháp luật TCĐLCL cho thương nhân', 'Hoàn thành',
        [('Lớp tập huấn', 2, 'lớp', 'training_courses', 2), ('Lượt người tham dự', 340, 'lượt', 'participants', 300)]),
      E('II.3.a', 'completed', 'Cử công chức tham dự tập huấn nghiệp vụ TCĐLCL', 'Hoàn thành',
        [('Công chức được cử tham dự', 8, 'người', 'participants', None)]),
    ],
    diff=['Hàng hóa kinh doanh trên sàn thương mại điện tử khó truy xuất người bán.'],
    prop=['Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng để định hướng kiểm tra.']))

# ---------------------------------------------------------------- Hand C
# ward officer, Word "-" and "+" bullets, "+ Kết quả chung:" closing line per job
FILES.append(dict(hand='C', fn='BC_UBND_P.BinhDuong_CT38.docx', status='extracted',
    uid='25760', uname='Phường Bình Dương', num='412/BC-UBND', date='2026-10-22', signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Lê Văn Tâm'),
    entries=[
      E('II.5.c', 'completed', 'Phối hợp Chi cục TĐC kiểm tra đo lường tại các chợ trên địa bàn', 'đã thực hiện xong',
        [('Số đợt kiểm tra', 3, 'đợt', 'inspections', None), ('Số cơ sở, quầy sạp được kiểm tra', 45, 'cơ sở', 'establishments_inspected', None),
         ('Số trường hợp vi phạm', 4, 'trường hợp', 'violations', None), ('Tiền phạt đã thu', 9500000, 'đồng', 'fines_vnd', None)]),
      E('II.3.a', 'completed', 'Cử công chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức', 'hoàn thành',
        [('Số công chức tham dự', 5, 'người', 'participants', None)]),
      E('II.1.a', 'in_progress', 'Tuyên truyền pháp luật về đo lường, chất lượng trên hệ thống loa, pano', 'đang tiếp tục thực hiện',
        [('Tin, bài phát trên loa truyền thanh', 18, 'tin, bài', 'communications', None)]),
      E('II.5.d', 'not_applicable', 'Tiếp nhận phản ánh, tố giác vi phạm về cân đong', 'không phát sinh', []),
    ],
    diff=['Công chức phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.'],
    prop=['Đề nghị Chi cục hỗ trợ phường 02 quả cân chuẩn để đặt tại điểm cân đối chứng chợ Phú Văn.']))

FILES.append(dict(hand='C', fn='XaNghiaThanh-baocao-TDC.docx', status='extracted',
    uid='26617', uname='Xã Nghĩa Thành', num='178/BC-UBND', date='2026-10-24', signer=('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Nguyễn Văn Sáu'),
    entries=[
      E('II.5.c', 'in_progress', 'Kiểm tra cân đong, đo lường tại chợ và điểm kinh doanh xăng dầu', 'đang thực hiện',
        [('Số cuộc kiểm tra', 2, 'cuộc', 'inspections', None), ('Số cơ sở được kiểm tra', 19, 'cơ sở', 'establishments_inspected', None),
         ('Số cơ sở vi phạm', 1, 'cơ sở', 'violations', None), ('Số tiền phạt', 3500000, 'đồng', 'fines_vnd', None)]),
      E('II.1.a', 'completed', 'Tuyên truyền pháp luật về đo lường cho tiểu thương', 'đã hoàn thành',
        [('Hội nghị tuyên truyền', 2, 'hội nghị', 'training_courses', None), ('Lượt tiểu thương tham dự', 185, 'lượt', 'participants', None),
         ('Tin, bài trên trang thông tin của xã', 6, 'tin, bài', 'communications', None)]),
      E('II.3.a', 'not_started', 'Cử công chức dự tập huấn chuyên môn TCĐLCL', 'chưa thực hiện', []),
    ],
    diff=['Xã chưa có trang thiết bị kiểm tra (cân, quả cân chuẩn) để tự kiểm tra.'],
    prop=['Đề nghị Chi cục TĐC mở lớp tập huấn riêng cho công chức các xã khu vực Bà Rịa - Vũng Tàu (cũ).']))

FILES.append(dict(hand='C', fn='P.TangNhonPhu_BC CT38-TĐC.docx', status='extracted',
    uid='26842', uname='Phường Tăng Nhơn Phú', num='95/BC-UBND', date='2026-11-03', signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Trần Thị Bích Ngọc'),
    entries=[
      E('II.5.c', 'completed', 'Kiểm tra đo lường, nhãn hàng hóa tại các cơ sở kinh doanh trên địa bàn', 'đã hoàn thành',
        [('Số cuộc kiểm tra', 4, 'cuộc', 'inspections', None), ('Số cơ sở được kiểm tra', 32, 'cơ sở', 'establishments_inspected', None),
         ('Số cơ sở vi phạm', 3, 'cơ sở', 'violations', None), ('Số tiền phạt', 12500000, 'đồng', 'fines_vnd', None)]),
      E('II.5.a', 'completed', 'Phối hợp đoàn kiểm tra của Chi cục tại cửa hàng xăng dầu', 'đã hoàn thành',
        [('Số cuộc phối hợp', 1, 'cuộc', 'inspections', None), ('Số cửa hàng được kiểm tra', 6, 'cửa hàng', 'establishments_inspected', None)]),
      E('II.1.a', 'completed', 'Tuyên truyền trên trang thông tin điện tử và nhóm Zalo khu phố', 'đã hoàn thành',
        [('Số tin, bài', 10, 'tin, bài', 'communications', None)]),
      E('II.3.a', 'completed', 'Cử công chức tham gia tập huấn', 'đã hoàn thành',
        [('Số công chức tham gia', 3, 'người', 'participants', None)]),
    ],
    diff=['Một số hộ kinh doanh nhỏ lẻ chưa hợp tác khi kiểm tra nhãn hàng hóa.', 'Chưa có hướng dẫn cụ thể về trình tự xử phạt thuộc thẩm quyền phường.'],
    prop=['Đề nghị Sở ban hành hướng dẫn quy trình kiểm tra, xử phạt thuộc thẩm quyền UBND phường.']))

# ---------------------------------------------------------------- Hand D
# department narrative under renamed Roman groups, "-" paragraphs, italic status tail after en dash
FILES.append(dict(hand='D', fn='SYT_BC_thuc_hien_KH38_SKHCN.docx', status='extracted',
    uid='SO-YT', uname='Sở Y tế', num='7421/BC-SYT', date='2026-11-02', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Võ Đình Khải'),
    groups=[
     ('I', 'VỀ XÂY DỰNG, GÓP Ý QUY CHUẨN KỸ THUẬT', [
       E('II.2.e', 'completed', 'góp ý dự thảo QCVN về trang thiết bị y tế', 'đã hoàn thành',
         [('dự thảo quy chuẩn kỹ thuật quốc gia', 3, 'dự thảo', 'standards_reviewed', None)])]),
     ('II', 'VỀ KIỂM TRA TRANG THIẾT BỊ Y TẾ CÓ YÊU CẦU ĐO LƯỜNG', [
       E('II.5.a', 'in_progress', 'kiểm tra phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế y học)', 'đang thực hiện',
         [('cuộc kiểm tra', 4, 'cuộc', 'inspections', None), ('cơ sở khám, chữa bệnh được kiểm tra', 36, 'cơ sở', 'establishments_inspected', None),
          ('cơ sở vi phạm', 2, 'cơ sở', 'violations', None), ('tiền phạt', 15000000, 'đồng', 'fines_vnd', None)])]),
     ('III', 'VỀ BỒI DƯỠNG CÔNG CHỨC', [
       E('II.3.a', 'completed', 'cử công chức tham dự tập huấn nghiệp vụ TCĐLCL', 'đã hoàn thành',
         [('công chức', 6, 'người', 'participants', None)])]),
    ],
    diff=['Nhiều cơ sở y tế tư nhân chưa lập sổ theo dõi kiểm định phương tiện đo.'],
    prop=['Đề nghị Sở KH&CN phối hợp tổ chức kiểm định lưu động tại các bệnh viện tuyến cơ sở.']))

FILES.append(dict(hand='D', fn='SXD_baocao_CT38_nam2026.docx', status='extracted',
    uid='SO-XD', uname='Sở Xây dựng', num='9015/BC-SXD', date='2026-10-30', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lý Hoàng Nam'),
    groups=[
     ('I', 'VỀ THÔNG TIN, TUYÊN TRUYỀN', [
       E('II.1.a', 'completed', 'tuyên truyền quy định về chất lượng vật liệu xây dựng', 'đã hoàn thành',
         [('tin, bài', 9, 'tin, bài', 'communications', None)])]),
     ('II', 'VỀ QUY CHUẨN KỸ THUẬT NGÀNH XÂY DỰNG', [
       E('II.2.e', 'in_progress', 'góp ý QCVN về vật liệu xây dựng và xây dựng quy chuẩn kỹ thuật địa phương', 'đang thực hiện',
         [('quy chuẩn (02 QCVN góp ý, 01 quy chuẩn địa phương đang soạn thảo)', 3, 'quy chuẩn', 'standards_reviewed', None)])]),
     ('III', 'VỀ KIỂM TRA CHẤT LƯỢNG VẬT LIỆU XÂY DỰNG', [
       E('II.5.a', 'in_progress', 'kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường', 'đang thực hiện',
         [('cuộc kiểm tra', 5, 'cuộc', 'inspections', None), ('cơ sở', 41, 'cơ sở', 'establishments_inspected', None),
          ('mẫu thử nghiệm', 64, 'mẫu', 'samples_tested', None), ('cơ sở vi phạm', 6, 'cơ sở', 'violations', None),
          ('tiền phạt', 72000000, 'đồng', 'fines_vnd', None)])]),
    ],
    diff=['Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, chưa được bố trí riêng.'],
    prop=['Đề nghị Sở KH&CN chia sẻ danh sách phòng thử nghiệm được chỉ định trên địa bàn.', 'Đề nghị phối hợp kiểm tra liên ngành đối với thép và xi măng trong Quý IV.']))

FILES.append(dict(hand='D', fn='SoNNMT-BC-KH38-TDC.docx', status='extracted', resave=True,
    uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', num='5530/BC-SNNMT', date='2026-10-29', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Mai Xuân Hòa'),
    groups=[
     ('I', 'VỀ TRUY XUẤT NGUỒN GỐC NÔNG SẢN', [
       E('II.2.a', 'in_progress', 'hỗ trợ áp dụng hệ thống truy xuất nguồn gốc nông sản (Đề án 100)', 'đang thực hiện',
         [('doanh nghiệp, hợp tác xã', 42, 'đơn vị', 'enterprises_supported', None), ('kinh phí', 260000000, 'đồng', 'budget_spent_vnd', None)])]),
     ('II', 'VỀ GIÁM SÁT CHẤT LƯỢNG VẬT TƯ NÔNG NGHIỆP', [
       E('II.5.b', 'completed', 'khảo sát chất lượng phân bón, thức ăn chăn nuôi lưu thông', 'đã hoàn thành',
         [('mẫu', 85, 'mẫu', 'samples_tested', None)]),
       E('II.2.e', 'completed', 'góp ý dự thảo QCVN về phân bón và thức ăn chăn nuôi', 'đã hoàn thành',
         [('dự thảo', 4, 'dự thảo', 'standards_reviewed', None)])]),
     ('III', 'VỀ HỢP TÁC QUỐC TẾ', [
       E('II.6.a', 'not_applicable', 'cập nhật các thỏa thuận quốc tế liên quan đến TCĐLCL nông sản', 'không phát sinh', [])]),
    ],
    diff=['Hợp tác xã quy mô nhỏ còn hạn chế về hạ tầng số để áp dụng truy xuất nguồn gốc.'],
    prop=['Đề nghị Sở KH&CN hỗ trợ kinh phí tem truy xuất nguồn gốc cho hợp tác xã năm 2027.']))

FILES.append(dict(hand='D', fn='SGDDT_BC_phoihop_CT38.docx', status='extracted',
    uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', num='4102/BC-SGDĐT', date='2026-11-05', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Hồ Thị Thu Trang'),
    groups=[
     ('I', 'VỀ ĐÀO TẠO, BỒI DƯỠNG TRONG NHÀ TRƯỜNG', [
       E('II.3.d', 'in_progress', 'phối hợp tập huấn kiến thức tiêu chuẩn, đo lường, mã số mã vạch cho học sinh, sinh viên các trường trung cấp', 'đang thực hiện',
         [('lớp tập huấn', 3, 'lớp', 'training_courses', None), ('lượt học sinh, sinh viên', 520, 'lượt', 'participants', None)]),
       E('II.3.a', 'completed', 'cử cán bộ quản lý tham dự tập huấn của Chi cục', 'đã hoàn thành',
         [('cán bộ', 4, 'người', 'participants', None)])]),
     ('II', 'VỀ TUYÊN TRUYỀN TRONG NGÀNH GIÁO DỤC', [
       E('II.1.a', 'completed', 'tuyên truyền pháp luật TCĐLCL trên trang thông tin ngành giáo dục', 'đã hoàn thành',
         [('tin, bài', 15, 'tin, bài', 'communications', None)])]),
    ],
    diff=[], prop=['Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền phù hợp với học sinh trung cấp.']))

FILES.append(dict(hand='D', fn='SDL_BC_CCHC_quy_IV.docx', status='rejected', mistaken='cchc',
    uid='SO-DL', uname='Sở Du lịch', num='1277/BC-SDL', date='2026-10-27', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Quách Thị Yến'),
    reason='Báo cáo về công tác cải cách hành chính của Sở Du lịch, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.',
    groups=[], diff=[], prop=[]))

# ---------------------------------------------------------------- Hand E
# ward XLSX: wide matrix, one column per kind of figure + "Tình trạng" column, "Khó khăn"/"Kiến nghị" rows below
COLS = [('inspections', 'Số cuộc KT'), ('establishments_inspected', 'Số cơ sở được KT'), ('violations', 'Số vi phạm'),
        ('fines_vnd', 'Tiền phạt (đồng)'), ('communications', 'Tin, bài TT'), ('training_courses', 'Lớp/hội nghị'), ('participants', 'Lượt người')]

def W(task, status, name, sw, **figs):
    hd = dict(COLS)
    return E(task, status, name, sw, [(hd[k], v, 'đồng' if k == 'fines_vnd' else '', k, None) for k, v in figs.items()])

FILES.append(dict(hand='E', fn='PhuGiao_theo doi CT38.xlsx', status='extracted',
    uid='25858', uname='Xã Phú Giáo', num='233/BC-UBND', date='2026-10-25', signer='Võ Thị Ngọc Hân',
    entries=[
      W('II.5.c', 'completed', 'Kiểm tra cân đo tại chợ Phước Vĩnh, chợ An Bình', 'Xong', inspections=2, establishments_inspected=14),
      W('II.1.a', 'completed', 'Tuyên truyền trên loa, trang Facebook xã', 'Xong', communications=8),
      W('II.3.a', 'completed', 'Cử công chức dự tập huấn của Chi cục', 'Xong', participants=2),
      W('II.5.d', 'not_applicable', 'Tiếp nhận phản ánh vi phạm đo lường', 'Không phát sinh'),
    ],
    diff=['Thiếu công chức có chuyên môn về đo lường.'], prop=['Xin Chi cục hỗ trợ cân đối chứng cho chợ Phước Vĩnh.']))

FILES.append(dict(hand='E', fn='TanDongHiep_BC_KH38.xlsx', status='extracted', resave=True,
    uid='25945', uname='Phường Tân Đông Hiệp', num='301/BC-UBND', date='2026-10-28', signer='Đinh Công Lực',
    entries=[
      W('II.5.c', 'in_progress', 'Kiểm tra đo lường, nhãn hàng hóa tại khu phố', 'Đang làm', inspections=3, establishments_inspected=28, violations=5, fines_vnd=17500000),
      W('II.5.a', 'completed', 'Phối hợp đoàn Chi cục kiểm tra xăng dầu', 'Xong', inspections=1, establishments_inspected=9),
      W('II.1.a', 'completed', 'Tuyên truyền trên hệ thống loa, Zalo khu phố', 'Xong', communications=12),
      W('II.3.a', 'completed', 'Cử công chức dự tập huấn', 'Xong', participants=4),
    ],
    diff=['Cơ sở kinh doanh thay đổi địa điểm thường xuyên, khó theo dõi.'], prop=['Đề nghị Chi cục tập huấn thêm về nhãn hàng hóa.']))

FILES.append(dict(hand='E', fn='ChauDuc_bieu_giam_ngheo_2026.xlsx', status='rejected', mistaken='giamngheo',
    uid='26596', uname='Xã Châu Đức', num='214/BC-UBND', date='2026-10-26', signer='Phạm Văn Lộc',
    reason='Biểu báo cáo kết quả thực hiện chương trình giảm nghèo bền vững của Xã Châu Đức, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.',
    entries=[], diff=[], prop=[]))


# ================================================================ renderers
def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    rf.set(qn('w:eastAsia'), name)
    st.paragraph_format.space_after = Pt(3)

def para(doc, text='', bold=False, italic=False, align=None, size=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header_block(doc, left_top, left_bold, num, date, place='Thành phố Hồ Chí Minh'):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    cell_text(c0, left_top, size=12, align='c') if left_top else None
    p = c0.add_paragraph() if left_top else c0.paragraphs[0]
    r = p.add_run(left_bold); r.bold = True; r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c0.add_paragraph(); p.add_run('Số: ' + num).font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(c1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='c', size=12)
    p = c1.add_paragraph(); r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.add_paragraph(); r = p.add_run(vn_date(date, place)); r.italic = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def sign_block(doc, recips, title, name):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    cell_text(c0, 'Nơi nhận:', bold=True, italic=True, size=12)
    for r_ in recips:
        p = c0.add_paragraph(); p.add_run(r_).font.size = Pt(11)
    cell_text(c1, title, bold=True, align='c')
    for _ in range(3): c1.add_paragraph()
    p = c1.add_paragraph(); r = p.add_run(name); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def fig_line(f, pad=False):
    label, v, unit, ind, tgt = f
    if unit == 'đồng':
        return f"{label}: {dots(v)} đồng"
    return f"{label}: {cnt(v, pad)} {unit}"

def render_A(f, path):
    doc = Document(); set_font(doc)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    header_block(doc, f['parent'], f['short'], f['num'], f['date'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, 'Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng', bold=True, align='c')
    para(doc, '(Số liệu tính từ ngày 01/01/2026 đến ngày 20/10/2026)', italic=True, align='c')
    para(doc, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {f['uname']} báo cáo kết quả thực hiện các nhiệm vụ được phân công như sau:", align='j', indent=1)
    para(doc, 'A. KẾT QUẢ THỰC HIỆN', bold=True)
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['TT', 'Nội dung công việc', 'Kết quả thực hiện', 'Ghi chú']):
        cell_text(c, h, bold=True, align='c', size=12)
    n = 0
    for rom, gname, ents in f['groups']:
        row = t.add_row(); m = row.cells[0].merge(row.cells[3])
        cell_text(m, f"{rom}. {gname}", bold=True, size=12)
        for e in ents:
            n += 1
            row = t.add_row().cells
            cell_text(row[0], str(n), align='c', size=12)
            cell_text(row[1], e['name'], size=12)
            lines = ['- ' + fig_line(x, pad=True) for x in e['figs']]
            if e['note']: lines.append('- ' + e['note'])
            cell_text(row[2], '\n'.join(lines) if lines else '', size=12)
            cell_text(row[3], e['sw'], italic=True, size=12)
    para(doc)
    para(doc, 'B. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    if f['diff']:
        for d in f['diff']: para(doc, '- ' + d, indent=1)
    else:
        para(doc, '- Không có.', indent=1)
    para(doc, 'C. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for d in f['prop']: para(doc, '- ' + d, indent=1)
    para(doc, f"Trên đây là báo cáo của {f['uname']}./.", indent=1)
    sign_block(doc, ['- Chi cục TĐC (để t/h);' if f['uid'] != 'SKHCN-CCTDC' else '- Ban Giám đốc Sở (để b/c);', '- Lưu: VT.'], *f['signer'])
    doc.save(path)

def render_C(f, path):
    doc = Document(); set_font(doc, size=14)
    header_block(doc, 'ỦY BAN NHÂN DÂN', f['uname'].upper(), f['num'], f['date'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)', bold=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align='c')
    para(doc, f"Ủy ban nhân dân {f['uname'][0].lower() + f['uname'][1:]} báo cáo kết quả thực hiện như sau:", indent=1)
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for e in f['entries']:
        p = para(doc, indent=0.6); r = p.add_run('- ' + e['name'] + ':'); r.bold = True
        if e['figs']:
            for x in e['figs']:
                para(doc, '+ ' + fig_line(x) + ';', indent=1.2)
        else:
            para(doc, '+ Trong kỳ ' + ('chưa tổ chức thực hiện' if e['status'] == 'not_started' else 'không có trường hợp phát sinh') + ';', indent=1.2)
        para(doc, '+ Kết quả chung: ' + e['sw'] + '.', indent=1.2)
    para(doc, 'II. TỒN TẠI, KHÓ KHĂN', bold=True)
    for d in f['diff']: para(doc, '- ' + d, indent=0.6)
    para(doc, 'III. KIẾN NGHỊ', bold=True)
    for d in f['prop']: para(doc, '- ' + d, indent=0.6)
    para(doc, 'Ủy ban nhân dân ' + f['uname'][0].lower() + f['uname'][1:] + ' kính báo cáo./.', indent=1)
    sign_block(doc, ['- Như trên;', '- TT Đảng ủy, HĐND phường;' if f['uname'].startswith('Phường') else '- TT Đảng ủy, HĐND xã;', '- Lưu: VT, KT.'], *f['signer'])
    doc.save(path)

def d_sentence(e):
    parts = []
    for label, v, unit, ind, tgt in e['figs']:
        if unit == 'đồng':
            parts.append(f"{label} {dots(v)} đồng")
        else:
            parts.append(f"{cnt(v, True)} {label}")
    s = 'Sở đã ' + e['name']
    if parts:
        s += ', kết quả: ' + '; '.join(parts)
    return s

def render_D(f, path):
    doc = Document(); set_font(doc)
    header_block(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', f['uname'].upper(), f['num'], f['date'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    if f.get('mistaken') == 'cchc':
        para(doc, 'Kết quả công tác cải cách hành chính Quý IV năm 2026', bold=True, align='c')
        para(doc, 'Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Du lịch báo cáo kết quả như sau:', indent=1, align='j')
        para(doc, 'I. VỀ CẢI CÁCH THỂ CHẾ', bold=True)
        para(doc, '- Rà soát 07 văn bản quy phạm pháp luật thuộc lĩnh vực du lịch, đề xuất bãi bỏ 02 văn bản không còn phù hợp.', indent=1)
        para(doc, 'II. VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH', bold=True)
        para(doc, '- Tiếp nhận 1.436 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.429 hồ sơ (đạt 99,5%).', indent=1)
        para(doc, '+ Hồ sơ nộp trực tuyến toàn trình: 1.210 hồ sơ;', indent=1.5)
        para(doc, '+ Số hóa kết quả giải quyết: 1.436 hồ sơ.', indent=1.5)
        para(doc, 'III. VỀ CẢI CÁCH TỔ CHỨC BỘ MÁY', bold=True)
        para(doc, '- Hoàn thành sắp xếp các phòng chuyên môn theo Quyết định của UBND Thành phố. – đã hoàn thành.', indent=1)
        para(doc, 'IV. ĐỀ XUẤT', bold=True)
        para(doc, '- Đề nghị Sở Nội vụ hướng dẫn chấm điểm chỉ số cải cách hành chính năm 2026.', indent=1)
        sign_block(doc, ['- Sở Nội vụ;', '- Lưu: VT, VP.'], *f['signer'])
        doc.save(path); return
    para(doc, 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c')
    para(doc, f"Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; {f['uname']} báo cáo kết quả thực hiện các nội dung có liên quan như sau:", indent=1, align='j')
    for rom, gname, ents in f['groups']:
        para(doc, f"{rom}. {gname}", bold=True)
        for e in ents:
            s = d_sentence(e) if e['figs'] else 'Nội dung ' + e['name'] + ' trong năm 2026'
            p = para(doc, '- ' + s + ' ', indent=1, align='j')
            r = p.add_run('– ' + e['sw'] + '.'); r.italic = True
    k = len(f['groups'])
    R = ['I', 'II', 'III', 'IV', 'V', 'VI']
    if f['diff']:
        para(doc, f"{R[k]}. KHÓ KHĂN, VƯỚNG MẮC", bold=True); k += 1
        for d in f['diff']: para(doc, '- ' + d, indent=1)
    para(doc, f"{R[k]}. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in f['prop']: para(doc, '- ' + d, indent=1)
    sign_block(doc, ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT.'], *f['signer'])
    doc.save(path)

thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def render_B(f, path):
    wb = Workbook(); ws = wb.active; ws.title = 'Bieu 01-CT38'
    ws['A1'] = f['parent'].replace('\n', ' '); ws['A2'] = f['uname'].upper(); ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + f['num']
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = vn_date(f['date']); ws['E3'].font = Font(italic=True)
    ws['A5'] = 'BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13); ws.merge_cells('A5:G5'); ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = f"(Kèm theo Báo cáo số {f['num']}; số liệu {f['period']})"; ws.merge_cells('A6:G6')
    ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(italic=True)
    hdr = ['STT', 'Mã số', 'Nội dung', 'Đơn vị tính', 'Kế hoạch năm 2026', 'Thực hiện ' + f['period'], 'Đánh giá']
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r += 1
    for i in range(1, 8):
        c = ws.cell(r, i, f"({i})"); c.alignment = Alignment(horizontal='center'); c.border = BOX; c.font = Font(italic=True)
    code = 0
    for n, e in enumerate(f['entries'], 1):
        r += 1
        ws.cell(r, 1, n); ws.cell(r, 3, e['name']).font = Font(bold=True); ws.cell(r, 7, e['sw'])
        for i in range(1, 8): ws.cell(r, i).border = BOX
        ws.cell(r, 3).alignment = Alignment(wrap_text=True)
        for label, v, unit, ind, tgt in e['figs']:
            r += 1; code += 1
            ws.cell(r, 2, f"{code:02d}"); ws.cell(r, 3, '- ' + label); ws.cell(r, 4, unit)
            if tgt is not None: ws.cell(r, 5, tgt)
            ws.cell(r, 6, v)
            for i in (5, 6): ws.cell(r, i).number_format = '#,##0'
            for i in range(1, 8): ws.cell(r, i).border = BOX
            ws.cell(r, 3).alignment = Alignment(wrap_text=True)
    for col, w in zip('ABCDEFG', [6, 7, 55, 12, 14, 16, 18]): ws.column_dimensions[col].width = w
    r += 2
    ws.cell(r, 3, 'Người lập biểu'); ws.cell(r, 6, 'THỦ TRƯỞNG ĐƠN VỊ').font = Font(bold=True)
    ws.cell(r + 4, 3, f['signer'])
    ws2 = wb.create_sheet('Thuyet minh')
    ws2['A1'] = 'THUYẾT MINH KÈM BIỂU 01-CT38'; ws2['A1'].font = Font(bold=True)
    ws2['A3'] = '1. Khó khăn, vướng mắc'; ws2['A3'].font = Font(bold=True)
    rr = 4
    for d in (f['diff'] or ['Không có.']):
        ws2.cell(rr, 2, '- ' + d); rr += 1
    ws2.cell(rr, 1, '2. Đề xuất, kiến nghị').font = Font(bold=True); rr += 1
    for d in (f['prop'] or ['Không có.']):
        ws2.cell(rr, 2, '+ ' + d); rr += 1
    ws2.column_dimensions['A'].width = 4; ws2.column_dimensions['B'].width = 100
    wb.save(path)

def render_E(f, path):
    wb = Workbook(); ws = wb.active; ws.title = 'BC'
    ws['A1'] = 'UBND ' + f['uname'].upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + f['num']
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    place = 'Thành phố Hồ Chí Minh'
    ws['F3'] = vn_date(f['date'], place)
    if f.get('mistaken') == 'giamngheo':
        ws['A5'] = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026'
        ws['A5'].font = Font(bold=True)
        hdr = ['TT', 'Ấp', 'Hộ nghèo đầu năm', 'Hộ nghèo thoát nghèo', 'Hộ cận nghèo', 'Nhà tình thương (căn)', 'Vốn vay ưu đãi (đồng)', 'Tình trạng']
        rows = [(1, 'Ấp Suối Nghệ', 14, 6, 22, 1, 450000000, 'Đang làm'),
                (2, 'Ấp Láng Cát', 9, 4, 17, 1, 300000000, 'Đang làm'),
                (3, 'Ấp Sông Xoài', 11, 5, 19, 0, 250000000, 'Xong')]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(wrap_text=True, horizontal='center')
        for k, row in enumerate(rows):
            for i, v in enumerate(row, 1):
                c = ws.cell(8 + k, i, v); c.border = BOX
                if i == 7: c.number_format = '#,##0'
        ws.cell(12, 1, 'Khó khăn:').font = Font(bold=True)
        ws.cell(13, 2, '- Nguồn vốn vay giải quyết việc làm còn hạn chế.')
        ws.cell(14, 1, 'Kiến nghị:').font = Font(bold=True)
        ws.cell(15, 2, '- Đề nghị Sở Nội vụ bổ sung nguồn vốn hỗ trợ nhà ở cho hộ nghèo.')
        ws.cell(17, 6, 'NGƯỜI LẬP BIỂU'); ws.cell(21, 6, f['signer'])
        ws.column_dimensions['B'].width = 18
        wb.save(path); return
    ws['A5'] = 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) NĂM 2026'
    ws['A5'].font = Font(bold=True)
    ws['A6'] = 'Gửi Chi cục Tiêu chuẩn Đo lường Chất lượng'; ws['A6'].font = Font(italic=True)
    hdr = ['TT', 'Công việc đã làm'] + [h for _, h in COLS] + ['Tình trạng']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    r = 8
    for n, e in enumerate(f['entries'], 1):
        r += 1
        ws.cell(r, 1, n); ws.cell(r, 2, e['name']).alignment = Alignment(wrap_text=True)
        vals = {x[3]: x[1] for x in e['figs']}
        for j, (k, _) in enumerate(COLS, 3):
            if k in vals:
                c = ws.cell(r, j, vals[k]); c.number_format = '#,##0'
        ws.cell(r, 3 + len(COLS), e['sw'])
        for i in range(1, 4 + len(COLS)): ws.cell(r, i).border = BOX
    r += 2
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True)
    for d in f['diff']:
        r += 1; ws.cell(r, 2, '- ' + d)
    r += 1; ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True)
    for d in f['prop']:
        r += 1; ws.cell(r, 2, '- ' + d)
    r += 2; ws.cell(r, 8, 'NGƯỜI LẬP'); ws.cell(r + 4, 8, f['signer'])
    ws.column_dimensions['B'].width = 45
    for col in 'CDEFGHI': ws.column_dimensions[col].width = 12
    ws.column_dimensions['F'].width = 16; ws.column_dimensions['J'].width = 14
    wb.save(path)

def resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)

def all_entries(f):
    if 'groups' in f:
        return [e for g in f['groups'] for e in g[2]]
    return f['entries']

def main():
    R = {'A': render_A, 'B': render_B, 'C': render_C, 'D': render_D, 'E': render_E}
    for f in FILES:
        path = os.path.join(OUT, f['fn'])
        R[f['hand']](f, path)
        if f.get('resave'):
            resave(path)
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        ents = []
        if f['status'] == 'extracted':
            for e in all_entries(f):
                ind = {}
                for label, v, unit, k, tgt in e['figs']:
                    if k:
                        ind[k] = ind.get(k, 0) + v
                txt = e['name'] + (('; ' + '; '.join(fig_line(x) for x in e['figs'])) if e['figs'] else '') + (('; ' + e['note']) if e['note'] else '')
                ents.append(dict(task=e['task'], status=e['status'], indicators=ind, text=txt))
        key = dict(file=f['fn'], sha256=sha, status=f['status'], reason=f.get('reason'),
                   unit=dict(id=f['uid'], name=f['uname']), document=dict(number=f['num'], date=f['date']),
                   entries=ents, findings=[], difficulties=f['diff'] if f['status'] == 'extracted' else [],
                   proposals=f['prop'] if f['status'] == 'extracted' else [])
        json.dump(key, open(os.path.join(TRUTH, f['fn'] + '.json'), 'w'), ensure_ascii=False, indent=1)
        print(f['hand'], f['fn'], len(ents))

if __name__ == '__main__':
    main()
