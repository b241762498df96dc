# -*- coding: utf-8 -*-
"""Generator for set290. Hands A (ward DOCX), B (commune XLSX), C (department DOCX), D (Sở units XLSX)."""
import os, json, hashlib, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
REPORTS = []

def iso(d): return d  # 'YYYY-MM-DD'
def dparts(d):
    y, m, dd = d.split('-'); return dd, m, y

# ---------------------------------------------------------------- data
# Hand A: ward officer (Phường), DOCX. "Đầu việc 0n – ..." + "Chốt lại: ..."
A = [
 dict(file='27097-binh-trung-bc-ct38.docx', uid='27097', uname='Phường Bình Trưng', up='PHƯỜNG BÌNH TRƯNG', place='Bình Trưng',
  number='412/BC-UBND', date='2026-10-28', signer='Trần Văn Lộc',
  entries=[
   dict(task='II.5.c', status='completed', title='Kiểm tra cân, đo lường tại chợ Bình Trưng Đông',
        body='Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc sử dụng cân tại chợ Bình Trưng Đông và các điểm kinh doanh dọc đường Nguyễn Duy Trinh; lập biên bản và xử phạt các hộ sử dụng cân sai số vượt mức cho phép.',
        lines=[('Số cuộc kiểm tra', '03'), ('Số hộ, cơ sở được kiểm tra', '41'), ('Số trường hợp vi phạm', '04'), ('Tiền phạt đã thu', '6.000.000 đồng')],
        ind=dict(inspections=3, establishments_inspected=41, violations=4, fines_vnd=6000000),
        close='Chốt lại: đã làm xong.'),
   dict(task='II.1.a', status='completed', title='Phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh',
        body='Tổ chức hội nghị phổ biến văn bản pháp luật về đo lường, ghi nhãn hàng hóa cho tiểu thương các chợ và hộ kinh doanh trên địa bàn; đăng tin trên trang thông tin điện tử và nhóm Zalo các khu phố.',
        lines=[('Số hội nghị', '01'), ('Số người tham dự', '86'), ('Số tin bài đã đăng', '05')],
        ind=dict(training_courses=1, participants=86, communications=5),
        close='Chốt lại: đã làm xong.'),
   dict(task='II.3.a', status='completed', title='Cử cán bộ đi tập huấn nghiệp vụ',
        body='Cử công chức Phòng Kinh tế và Văn phòng HĐND-UBND phường tham gia lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng do Chi cục tổ chức tháng 6/2026.',
        lines=[('Số công chức được cử', '03')],
        ind=dict(participants=3), close='Chốt lại: đã làm xong.'),
   dict(task='II.5.d', status='not_applicable', title='Tiếp nhận phản ánh, tố giác vi phạm',
        body='Phường duy trì đường dây nóng và hộp thư góp ý tại bộ phận một cửa để tiếp nhận phản ánh về cân sai, hàng kém chất lượng.',
        lines=[], ind={}, close='Chốt lại: trong kỳ không phát sinh trường hợp tố giác.'),
   dict(task='II.2.d', status='in_progress', title='Hướng dẫn hộ kinh doanh tự công bố sản phẩm',
        body='Cán bộ phường hướng dẫn trực tiếp các cơ sở sản xuất nhỏ (bánh tráng, nước đá, nước uống đóng bình) thủ tục tự công bố chất lượng sản phẩm theo tiêu chuẩn, quy chuẩn.',
        lines=[('Số cơ sở được hướng dẫn', '07')],
        ind=dict(enterprises_supported=7), close='Chốt lại: còn đang làm, tiếp tục trong tháng 11 và 12.'),
  ],
  diff=['Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng, cán bộ kinh tế phải kiêm nhiệm nhiều việc.',
        'Phường chưa được trang bị quả cân chuẩn để kiểm tra nhanh tại chợ.'],
  prop=['Đề nghị Chi cục hỗ trợ cấp 01 bộ quả cân chuẩn cho phường.',
        'Đề nghị Chi cục mở thêm lớp tập huấn ngắn ngày về xử phạt vi phạm hành chính trong lĩnh vực đo lường cho cán bộ phường.']),
 dict(file='27238-minh-phung-ct38.docx', uid='27238', uname='Phường Minh Phụng', up='PHƯỜNG MINH PHỤNG', place='Minh Phụng',
  number='198/BC-UBND', date='2026-10-30', signer='Lê Thị Thu Hà',
  entries=[
   dict(task='II.5.c', status='completed', title='Kiểm tra cột đo xăng dầu trên địa bàn',
        body='Phối hợp đoàn kiểm tra của Chi cục kiểm tra đo lường tại các cửa hàng xăng dầu trên đường Hồng Bàng, Minh Phụng; 01 cửa hàng có cột đo hết hạn kiểm định đã bị xử phạt.',
        lines=[('Số cuộc', '02'), ('Số cửa hàng được kiểm tra', '09'), ('Vi phạm', '01'), ('Phạt tiền', '3.500.000 đồng')],
        ind=dict(inspections=2, establishments_inspected=9, violations=1, fines_vnd=3500000),
        close='Chốt lại: đã làm xong.'),
   dict(task='II.5.a', status='completed', title='Kiểm tra đồ chơi trẻ em, mũ bảo hiểm dịp Tết Trung thu',
        body='Tổ kiểm tra liên ngành phường phối hợp đoàn kiểm tra của Chi cục kiểm tra chất lượng, nhãn hàng hóa đồ chơi trẻ em và mũ bảo hiểm bày bán tại khu vực chợ Bình Tây mở rộng.',
        lines=[('Số cuộc', '01'), ('Số cơ sở được kiểm tra', '14'), ('Số cơ sở vi phạm nhãn', '02')],
        ind=dict(inspections=1, establishments_inspected=14, violations=2),
        close='Chốt lại: đã làm xong.'),
   dict(task='II.1.a', status='in_progress', title='Tuyên truyền trên loa phát thanh và trang thông tin phường',
        body='Phát thanh trên hệ thống loa các khu phố và đăng trên trang thông tin điện tử phường nội dung quy định về đo lường, chất lượng hàng hóa.',
        lines=[('Tin, bài đã phát, đăng', '12')],
        ind=dict(communications=12), close='Chốt lại: còn đang làm, phát định kỳ hằng tháng.'),
   dict(task='II.3.a', status='completed', title='Cử cán bộ dự tập huấn',
        body='Cử 02 công chức tham dự lớp tập huấn về quản lý nhà nước tiêu chuẩn, đo lường, chất lượng cho cán bộ phường, xã do Sở tổ chức.',
        lines=[('Số người được cử', '02')], ind=dict(participants=2), close='Chốt lại: đã làm xong.'),
   dict(task='II.2.đ', status='in_progress', title='Duy trì ISO 9001 tại bộ phận một cửa',
        body='Phường đang rà soát, cập nhật lại các quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 sau khi sắp xếp lại bộ máy.',
        lines=[], ind={}, close='Chốt lại: còn đang làm, dự kiến xong trong tháng 11.'),
  ],
  diff=['Nhiều hộ kinh doanh tại chợ là người thuê sạp ngắn hạn, thay đổi thường xuyên nên khó theo dõi sau kiểm tra.'],
  prop=['Đề nghị Chi cục cung cấp tờ rơi, tài liệu tuyên truyền in sẵn về cân đối chứng để phường phát tại chợ.',
        'Đề nghị Sở có văn bản hướng dẫn cụ thể thẩm quyền xử phạt của Chủ tịch UBND phường trong lĩnh vực đo lường.']),
 dict(file='25945-tan-dong-hiep-baocao.docx', uid='25945', uname='Phường Tân Đông Hiệp', up='PHƯỜNG TÂN ĐÔNG HIỆP', place='Tân Đông Hiệp',
  number='77/BC-UBND', date='2026-10-27', signer='Nguyễn Hoàng Phúc',
  entries=[
   dict(task='II.5.c', status='completed', title='Kiểm tra đo lường, chất lượng tại chợ và cửa hàng tạp hóa',
        body='Phường thành lập tổ kiểm tra kiểm tra việc chấp hành quy định về đo lường tại chợ Tân Đông Hiệp, chợ Đông Tác và các cửa hàng tạp hóa lớn; xử phạt các trường hợp cân không đạt yêu cầu.',
        lines=[('Số cuộc kiểm tra', '04'), ('Số cơ sở', '27'), ('Số vi phạm', '03'), ('Số tiền phạt', '4.750.000 đồng')],
        ind=dict(inspections=4, establishments_inspected=27, violations=3, fines_vnd=4750000),
        close='Chốt lại: đã làm xong.'),
   dict(task='II.2.d', status='in_progress', title='Hướng dẫn doanh nghiệp nhỏ ghi nhãn, tự công bố sản phẩm',
        body='Phòng Kinh tế phường hướng dẫn các doanh nghiệp nhỏ trong khu dân cư về ghi nhãn hàng hóa và hồ sơ tự công bố chất lượng sản phẩm.',
        lines=[('Số doanh nghiệp được hướng dẫn', '05')],
        ind=dict(enterprises_supported=5), close='Chốt lại: còn đang làm.'),
   dict(task='II.1.a', status='completed', title='Hội nghị phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
        body='Phối hợp Chi cục tổ chức 02 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho hộ kinh doanh và doanh nghiệp trên địa bàn.',
        lines=[('Số hội nghị', '02'), ('Số lượt người dự', '140')],
        ind=dict(training_courses=2, participants=140), close='Chốt lại: đã làm xong.'),
   dict(task='II.5.d', status='not_applicable', title='Khen thưởng, bảo vệ người tố giác',
        body='Phường phổ biến số điện thoại đường dây nóng tại các chợ.',
        lines=[], ind={}, close='Chốt lại: không phát sinh.'),
   dict(task='II.3.a', status='unknown', title='Cử công chức dự lớp tập huấn của Chi cục',
        body='Cử 02 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng tổ chức tại Thủ Dầu Một.',
        lines=[('Số công chức tham dự', '02')], ind=dict(participants=2), close=None),
  ],
  diff=['Kinh phí cho hoạt động kiểm tra, tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng trong dự toán của phường.',
        'Cán bộ phường chưa nắm vững quy trình lập biên bản vi phạm trong lĩnh vực chất lượng hàng hóa.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ ban hành mẫu biên bản, quy trình kiểm tra thống nhất áp dụng cho cấp phường.']),
 dict(file='26566-long-huong-ct38-2026.docx', uid='26566', uname='Phường Long Hương', up='PHƯỜNG LONG HƯƠNG', place='Long Hương',
  number='155/BC-UBND', date='2026-11-02', signer='Phạm Minh Tâm',
  entries=[
   dict(task='II.5.c', status='completed', title='Kiểm tra đo lường tại chợ Long Hương',
        body='Phường phối hợp Chi cục kiểm tra cân, thước tại chợ Long Hương và chợ cá Long Hương; các hộ được kiểm tra đều sử dụng cân đã kiểm định, chưa phát hiện vi phạm.',
        lines=[('Số cuộc', '02'), ('Số hộ được kiểm tra', '18')],
        ind=dict(inspections=2, establishments_inspected=18), close='Chốt lại: đã làm xong.'),
   dict(task='II.1.a', status='completed', title='Tuyên truyền pháp luật về đo lường, chất lượng',
        body='Đăng tin, bài trên trang thông tin điện tử phường và phát trên đài truyền thanh về quy định sử dụng cân trong mua bán.',
        lines=[('Số tin, bài', '04')], ind=dict(communications=4), close='Chốt lại: đã làm xong.'),
   dict(task='II.3.a', status='completed', title='Cử cán bộ tập huấn',
        body='Cử 01 công chức Phòng Kinh tế tham dự lớp tập huấn về quản lý đo lường, chất lượng cho cấp xã, phường.',
        lines=[('Số người', '01')], ind=dict(participants=1), close='Chốt lại: đã làm xong.'),
   dict(task='II.2.đ', status='completed', title='Công bố lại hệ thống quản lý chất lượng ISO',
        body='UBND phường đã ban hành quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 đối với các thủ tục hành chính tiếp nhận tại bộ phận một cửa.',
        lines=[], ind={}, close='Chốt lại: đã làm xong.'),
   dict(task='II.5.d', status='not_started', title='Khen thưởng người tố giác vi phạm',
        body='Phường chưa xây dựng quy chế khen thưởng cho người phát hiện, tố giác vi phạm về đo lường, chất lượng.',
        lines=[], ind={}, close='Chốt lại: chưa làm.'),
  ],
  diff=['Địa bàn có nhiều điểm bán cá, hải sản tự phát ven đường nên khó kiểm tra thường xuyên.'],
  prop=['Đề nghị Chi cục hỗ trợ phường lắp đặt thêm 01 cân đối chứng tại chợ cá Long Hương.']),
]
A_MIS = dict(file='27418-chanh-hung-bc-10thang.docx', uid='27418', uname='Phường Chánh Hưng', up='PHƯỜNG CHÁNH HƯNG', place='Chánh Hưng',
  number='301/BC-UBND', date='2026-10-29', signer='Võ Thanh Tùng',
  title='Kết quả thực hiện chuyển đổi số, phát triển chính quyền số 10 tháng năm 2026',
  kg='Kính gửi: Sở Khoa học và Công nghệ.',
  items=[('Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Đã số hóa 12.480 hồ sơ, kết quả giải quyết thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78%.', 'Chốt lại: còn đang làm.'),
         ('Triển khai nền tảng "Bình dân học vụ số"', 'Tổ chức 06 buổi hướng dẫn kỹ năng số cho 420 người dân tại các khu phố.', 'Chốt lại: đã làm xong.'),
         ('Vận hành Tổ công nghệ số cộng đồng', 'Duy trì 14 Tổ công nghệ số cộng đồng với 98 thành viên; hướng dẫn người dân cài đặt VNeID mức 2.', 'Chốt lại: còn đang làm.'),
         ('Bảo đảm an toàn thông tin', 'Rà soát 35 máy tính của cơ quan, cài đặt phần mềm phòng chống mã độc tập trung.', 'Chốt lại: đã làm xong.')],
  diff=['Đường truyền Internet tại một số khu phố chưa ổn định.'], prop=['Đề nghị Thành phố bổ sung thiết bị máy tính cho bộ phận một cửa.'])

# Hand B: commune clerk XLSX. "Kết quả (gồm …)" + "KH xã giao" + "Đạt KH / Chưa đạt KH (đang làm)"
B = [
 dict(file='27664-can-gio-theo-doi-ct38.xlsx', uid='27664', uname='Xã Cần Giờ', up='XÃ CẦN GIỜ', place='Cần Giờ', number='88/BC-UBND', date='2026-10-26',
  rows=[
   dict(task='II.5.c', status='completed', name='Kiểm tra cân ở chợ Cần Giờ, chợ Hàng Dương', how='Phối hợp Chi cục, dùng cân đối chứng tại chợ', res='gồm 2 cuộc; 23 hộ kinh doanh; 3 trường hợp vi phạm; phạt 2,5 triệu đồng', kh='2 cuộc', st='Đạt KH',
        ind=dict(inspections=2, establishments_inspected=23, violations=3, fines_vnd=2500000)),
   dict(task='II.1.a', status='in_progress', name='Tuyên truyền quy định đo lường, chất lượng trên loa xã và Zalo ấp', how='Phát loa, đăng nhóm Zalo các ấp', res='gồm 9 tin phát thanh, tin đăng', kh='10 tin', st='Chưa đạt KH (đang làm)',
        ind=dict(communications=9)),
   dict(task='II.3.a', status='completed', name='Cử cán bộ dự lớp tập huấn của Chi cục', how='Cử công chức kinh tế và địa chính', res='gồm 2 người tham dự', kh='2 người', st='Đạt KH',
        ind=dict(participants=2)),
   dict(task='II.2.d', status='in_progress', name='Hướng dẫn cơ sở chế biến hải sản khô ghi nhãn, tự công bố', how='Cán bộ xuống tận cơ sở hướng dẫn hồ sơ', res='gồm 6 cơ sở được hướng dẫn', kh='10 cơ sở', st='Chưa đạt KH (đang làm)',
        ind=dict(enterprises_supported=6)),
   dict(task='II.5.d', status='not_applicable', name='Tiếp nhận tố giác vi phạm đo lường, chất lượng', how='Đường dây nóng của UBND xã', res='Không có', kh='', st='Không phát sinh', ind={}),
  ],
  diff=['Các chợ xa trung tâm, đi lại bằng đò mất nhiều thời gian nên số cuộc kiểm tra còn ít.', 'Xã chưa có cân đối chứng đặt cố định tại chợ Hàng Dương.'],
  prop=['Đề nghị Chi cục hỗ trợ xã 01 cân đối chứng cho chợ Hàng Dương.', 'Đề nghị tổ chức lớp tập huấn tại chỗ cho cán bộ xã và ban quản lý chợ.']),
 dict(file='27595-tan-nhut-bc-ct38.xlsx', uid='27595', uname='Xã Tân Nhựt', up='XÃ TÂN NHỰT', place='Tân Nhựt', number='142/BC-UBND', date='2026-10-30',
  rows=[
   dict(task='II.5.c', status='completed', name='Kiểm tra đo lường tại chợ, cửa hàng xăng dầu', how='Tổ kiểm tra liên ngành xã', res='gồm 3 cuộc; 31 cơ sở; 2 vi phạm; phạt 4 triệu đồng', kh='3 cuộc', st='Đạt KH',
        ind=dict(inspections=3, establishments_inspected=31, violations=2, fines_vnd=4000000)),
   dict(task='II.1.a', status='completed', name='Hội nghị phổ biến pháp luật về đo lường cho tiểu thương', how='Tổ chức tại hội trường UBND xã', res='gồm 1 hội nghị; 65 người dự', kh='1 hội nghị', st='Đạt KH',
        ind=dict(training_courses=1, participants=65)),
   dict(task='II.2.đ', status='in_progress', name='Áp dụng ISO 9001 tại bộ phận một cửa xã', how='Rà soát lại quy trình sau sáp nhập', res='Đang cập nhật 46 quy trình', kh='', st='Chưa đạt KH (đang làm)', ind={}),
   dict(task='II.3.a', status='unknown', name='Cử cán bộ tập huấn nghiệp vụ', how='Cử công chức Phòng Kinh tế', res='gồm 1 người dự tập huấn', kh='1 người', st='', ind=dict(participants=1)),
   dict(task='II.5.d', status='not_started', name='Khen thưởng người tố giác vi phạm', how='', res='Chưa có quy chế', kh='', st='Chưa làm', ind={}),
  ],
  diff=['Cán bộ phụ trách kiêm nhiệm, chưa qua đào tạo chuyên sâu về đo lường.'],
  prop=['Đề nghị Sở hướng dẫn mức kinh phí chi cho hoạt động kiểm tra đo lường ở cấp xã.']),
 dict(file='26728-chau-pha-ct38.xlsx', uid='26728', uname='Xã Châu Pha', up='XÃ CHÂU PHA', place='Châu Pha', number='64/BC-UBND', date='2026-11-03',
  rows=[
   dict(task='II.5.c', status='completed', name='Kiểm tra cân tại chợ Châu Pha', how='Phối hợp Chi cục kiểm tra đột xuất', res='gồm 1 cuộc; 12 cơ sở', kh='1 cuộc', st='Đạt KH', ind=dict(inspections=1, establishments_inspected=12)),
   dict(task='II.1.a', status='completed', name='Tuyên truyền về cân đúng, đủ trên đài truyền thanh xã', how='Phát trên đài và đăng Fanpage xã', res='gồm 6 tin bài', kh='6 tin bài', st='Đạt KH', ind=dict(communications=6)),
   dict(task='II.2.d', status='in_progress', name='Hỗ trợ HTX, cơ sở nông sản công bố chất lượng', how='Hướng dẫn hồ sơ, liên hệ Chi cục', res='gồm 3 HTX, cơ sở được hỗ trợ', kh='5 cơ sở', st='Chưa đạt KH (đang làm)', ind=dict(enterprises_supported=3)),
   dict(task='II.3.a', status='completed', name='Cử cán bộ đi tập huấn', how='', res='gồm 2 người dự', kh='2 người', st='Đạt KH', ind=dict(participants=2)),
  ],
  diff=['Các HTX còn ngại chi phí thử nghiệm mẫu để công bố chất lượng.'],
  prop=['Đề nghị Chi cục hỗ trợ chi phí thử nghiệm mẫu cho HTX nông nghiệp của xã.']),
 dict(file='26732-con-dao-ct38.xlsx', uid='26732', uname='Đặc khu Côn Đảo', up='ĐẶC KHU CÔN ĐẢO', place='Côn Đảo', number='57/BC-UBND', date='2026-10-28',
  rows=[
   dict(task='II.5.c', status='completed', name='Kiểm tra đo lường cửa hàng xăng dầu, chợ Côn Đảo', how='Tổ kiểm tra của đặc khu', res='gồm 2 cuộc; 16 cơ sở; 1 vi phạm; phạt 1,5 triệu đồng', kh='2 cuộc', st='Đạt KH',
        ind=dict(inspections=2, establishments_inspected=16, violations=1, fines_vnd=1500000)),
   dict(task='II.1.a', status='completed', name='Tuyên truyền, hội nghị phổ biến pháp luật TCĐLCL', how='Hội nghị tại Trung tâm Văn hóa; tin trên đài', res='gồm 1 hội nghị; 48 người dự; 7 tin bài', kh='1 hội nghị', st='Đạt KH',
        ind=dict(training_courses=1, participants=48, communications=7)),
   dict(task='II.2.đ', status='in_progress', name='Xây dựng HTQLCL theo ISO 9001 của UBND đặc khu', how='Thuê tư vấn xây dựng quy trình', res='Đã ban hành 21 quy trình, đang đánh giá nội bộ', kh='', st='Chưa đạt KH (đang làm)', ind={}),
   dict(task='II.3.a', status='completed', name='Cử cán bộ tập huấn trong đất liền', how='', res='gồm 3 người tham dự', kh='3 người', st='Đạt KH', ind=dict(participants=3)),
   dict(task='II.5.d', status='not_applicable', name='Tố giác vi phạm', how='', res='', kh='', st='Không phát sinh', ind={}),
   dict(task='II.2.d', status='in_progress', name='Hướng dẫn cơ sở du lịch, dịch vụ ghi nhãn đặc sản', how='Hướng dẫn tại chỗ', res='gồm 4 cơ sở', kh='8 cơ sở', st='Chưa đạt KH (đang làm)', ind=dict(enterprises_supported=4)),
  ],
  diff=['Chi phí đi lại để tham dự tập huấn trong đất liền cao.', 'Chưa có phòng thử nghiệm trên địa bàn, gửi mẫu vào đất liền mất nhiều thời gian.'],
  prop=['Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến cho cán bộ đặc khu.']),
]

# Hand C: department DOCX. "Về …." bold run-in + italic "Sở được giao: …" + "Kết quả: …" + "Đánh giá: …"
C = [
 dict(file='SO-CT-bc-ct38-2026.docx', uid='SO-CT', uname='Sở Công Thương', up='SỞ CÔNG THƯƠNG', number='5120/BC-SCT', date='2026-10-29', signer='Bùi Tá Hoàng Vũ', rank='PHÓ GIÁM ĐỐC',
  entries=[
   dict(task='II.5.a', status='completed', head='Về kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng',
        role='phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng hàng hóa lưu thông trên thị trường.',
        res='Sở đã cử công chức tham gia 06 cuộc kiểm tra liên ngành đối với 58 cửa hàng xăng dầu, cửa hàng kinh doanh LPG; phát hiện 05 cơ sở vi phạm, xử phạt tổng số tiền 87.500.000 đồng.',
        ind=dict(inspections=6, establishments_inspected=58, violations=5, fines_vnd=87500000), ev='Đánh giá: Sở đã hoàn thành phần việc được phân công.'),
   dict(task='II.2.e', status='completed', head='Về góp ý quy chuẩn kỹ thuật quốc gia',
        role='phối hợp góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực ngành Công Thương.',
        res='Sở đã có ý kiến góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia (an toàn điện, chai chứa LPG, xăng sinh học E10) gửi Bộ Công Thương và Sở Khoa học và Công nghệ.',
        ind=dict(standards_reviewed=3), ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.2.đ', status='completed', head='Về áp dụng hệ thống quản lý chất lượng tại Sở',
        role='duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong hoạt động của cơ quan.',
        res='Sở đã ban hành quyết định công bố lại hệ thống quản lý chất lượng, tổ chức đánh giá nội bộ tháng 8/2026.',
        ind={}, ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.3.a', status='completed', head='Về cử công chức tham gia tập huấn',
        role='cử công chức tham dự các chương trình tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng.',
        res='Sở đã cử 04 công chức Phòng Quản lý Thương mại và Phòng Quản lý Năng lượng tham dự lớp tập huấn do Chi cục tổ chức.',
        ind=dict(participants=4), ev='Đánh giá: Sở đã hoàn thành phần việc được phân công.'),
   dict(task='II.1.a', status='completed', head='Về tọa đàm với doanh nghiệp nhập khẩu',
        role='phối hợp mời doanh nghiệp tham dự buổi tọa đàm với doanh nghiệp nhập khẩu.',
        res='Sở đã phối hợp tổ chức 01 buổi tọa đàm về kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với 120 đại biểu doanh nghiệp tham dự.',
        ind=dict(training_courses=1, participants=120), ev='Đánh giá: Sở đã hoàn thành.'),
  ],
  diff=['Lực lượng quản lý thị trường sau sắp xếp không còn trực thuộc Sở, việc bố trí công chức tham gia đoàn kiểm tra liên ngành còn bị động.'],
  prop=['Đề nghị Chi cục gửi kế hoạch kiểm tra năm 2027 sớm để Sở chủ động bố trí nhân sự phối hợp.',
        'Đề nghị Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết Chỉ thị 38-CT/TW với các sở, ngành vào Quý I/2027.']),
 dict(file='SO-YT-baocao-ct38.docx', uid='SO-YT', uname='Sở Y tế', up='SỞ Y TẾ', number='3877/BC-SYT', date='2026-10-30', signer='Nguyễn Anh Dũng', rank='PHÓ GIÁM ĐỐC',
  entries=[
   dict(task='II.2.e', status='completed', head='Về góp ý dự thảo quy chuẩn kỹ thuật',
        role='phối hợp góp ý các dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực y tế.',
        res='Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.',
        ind=dict(standards_reviewed=2), ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.5.a', status='in_progress', head='Về kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm',
        role='phối hợp kiểm tra chất lượng sản phẩm, hàng hóa thuộc lĩnh vực quản lý.',
        res='Thanh tra Sở đã tiến hành 04 cuộc kiểm tra tại 37 cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm; phát hiện 06 cơ sở vi phạm, xử phạt 142.000.000 đồng.',
        ind=dict(inspections=4, establishments_inspected=37, violations=6, fines_vnd=142000000), ev='Đánh giá: đang tiếp tục triển khai theo kế hoạch kiểm tra năm.'),
   dict(task='II.2.đ', status='in_progress', head='Về hệ thống quản lý chất lượng tại cơ quan Sở',
        role='duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
        res='Sở đang chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử, tích hợp với phần mềm quản lý văn bản.',
        ind={}, ev='Đánh giá: đang tiếp tục triển khai.'),
   dict(task='II.6.a', status='not_applicable', head='Về cập nhật điều ước, thỏa thuận quốc tế',
        role='phối hợp cập nhật các điều ước, thỏa thuận quốc tế liên quan lĩnh vực y tế.',
        res='Trong kỳ, Sở không nhận được yêu cầu phối hợp.',
        ind={}, ev='Đánh giá: không phát sinh yêu cầu.'),
  ],
  diff=['Một số quy chuẩn kỹ thuật về trang thiết bị y tế chưa được ban hành nên việc kiểm tra chất lượng còn thiếu căn cứ.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa liên quan lĩnh vực y tế để phối hợp xử lý.']),
 dict(file='SO-GDDT-bc-ct38-10-2026.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', up='SỞ GIÁO DỤC VÀ ĐÀO TẠO', number='4410/BC-SGDĐT', date='2026-10-27', signer='Lê Thụy Mỵ Châu', rank='PHÓ GIÁM ĐỐC',
  entries=[
   dict(task='II.3.d', status='in_progress', head='Về đào tạo, bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên',
        role='phối hợp tổ chức bồi dưỡng kiến thức về tiêu chuẩn, đo lường, chất lượng trong các trường trung cấp, cao đẳng thuộc Sở quản lý.',
        res='Sở đã phối hợp Chi cục tổ chức 03 chuyên đề ngoại khóa về nhãn hàng hóa, mã số mã vạch, truy xuất nguồn gốc cho 410 lượt học sinh, sinh viên.',
        ind=dict(training_courses=3, participants=410), ev='Đánh giá: đang tiếp tục triển khai trong học kỳ I năm học 2026–2027.'),
   dict(task='II.1.a', status='completed', head='Về tuyên truyền trong ngành giáo dục',
        role='phối hợp tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng.',
        res='Đăng 15 tin, bài trên Cổng thông tin điện tử của Sở và trang thông tin của các trường.',
        ind=dict(communications=15), ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.2.đ', status='completed', head='Về áp dụng ISO 9001 tại cơ quan Sở',
        role='duy trì, cải tiến hệ thống quản lý chất lượng.',
        res='Sở đã rà soát, cập nhật toàn bộ quy trình nội bộ và công bố lại hệ thống quản lý chất lượng.',
        ind={}, ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.3.a', status='completed', head='Về cử cán bộ tham gia tập huấn',
        role='cử cán bộ tham dự tập huấn, cập nhật kiến thức chuyên môn.',
        res='Sở đã cử 02 chuyên viên tham dự lớp tập huấn do Chi cục tổ chức.',
        ind=dict(participants=2), ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.2.e', status='not_applicable', head='Về góp ý quy chuẩn kỹ thuật',
        role='phối hợp góp ý dự thảo quy chuẩn kỹ thuật khi có yêu cầu.',
        res='Đến thời điểm báo cáo, Sở chưa nhận được văn bản đề nghị góp ý.',
        ind={}, ev='Đánh giá: không phát sinh yêu cầu.'),
  ],
  diff=['Chương trình đào tạo chính khóa của các trường chưa có nội dung về tiêu chuẩn, đo lường, chất lượng nên chỉ lồng ghép được qua hoạt động ngoại khóa.'],
  prop=['Đề nghị Chi cục biên soạn tài liệu ngắn gọn về tiêu chuẩn, đo lường, chất lượng dùng cho hoạt động ngoại khóa của học sinh, sinh viên.']),
 dict(file='SO-XD-ct38-bc.docx', uid='SO-XD', uname='Sở Xây dựng', up='SỞ XÂY DỰNG', number='6021/BC-SXD', date='2026-10-31', signer='Trần Quang Lâm', rank='PHÓ GIÁM ĐỐC',
  entries=[
   dict(task='II.2.e', status='in_progress', head='Về xây dựng, góp ý quy chuẩn kỹ thuật',
        role='phối hợp góp ý quy chuẩn kỹ thuật quốc gia và tham gia xây dựng quy chuẩn kỹ thuật địa phương.',
        res='Sở đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng; đang tổng hợp ý kiến cho dự thảo quy chuẩn kỹ thuật địa phương về chiếu sáng công cộng.',
        ind=dict(standards_reviewed=4), ev='Đánh giá: đang tiếp tục triển khai.'),
   dict(task='II.5.a', status='completed', head='Về kiểm tra chất lượng vật liệu xây dựng',
        role='phối hợp kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông trên thị trường.',
        res='Sở đã tổ chức 03 cuộc kiểm tra tại 21 cơ sở sản xuất, kinh doanh vật liệu xây dựng, lấy 35 mẫu thử nghiệm; phát hiện 02 cơ sở vi phạm, xử phạt 40.000.000 đồng.',
        ind=dict(inspections=3, establishments_inspected=21, samples_tested=35, violations=2, fines_vnd=40000000), ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.2.đ', status='completed', head='Về hệ thống quản lý chất lượng của Sở',
        role='duy trì, cải tiến hệ thống quản lý chất lượng.',
        res='Sở đã hoàn thành đánh giá nội bộ và xem xét của lãnh đạo năm 2026.',
        ind={}, ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.3.a', status='not_started', head='Về cử công chức tham gia tập huấn',
        role='cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng.',
        res='Do lịch tập huấn trùng với đợt kiểm tra công trình, Sở chưa cử được công chức tham dự.',
        ind={}, ev='Đánh giá: chưa triển khai.'),
  ],
  diff=['Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, chưa được bố trí đủ trong dự toán.', 'Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ, không có hồ sơ chứng nhận hợp quy.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ tổ chức thêm lớp tập huấn vào Quý I/2027 để Sở cử công chức tham dự.']),
 dict(file='SO-NNMT-bao-cao-ct38.docx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', up='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number='2975/BC-SNNMT', date='2026-10-28', signer='Nguyễn Văn Thành', rank='PHÓ GIÁM ĐỐC',
  entries=[
   dict(task='II.5.a', status='completed', head='Về kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật',
        role='phối hợp kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường.',
        res='Sở đã tổ chức 05 cuộc kiểm tra tại 63 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật; lấy 48 mẫu kiểm nghiệm; phát hiện 07 cơ sở vi phạm, xử phạt 96.500.000 đồng.',
        ind=dict(inspections=5, establishments_inspected=63, samples_tested=48, violations=7, fines_vnd=96500000), ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.2.a', status='in_progress', head='Về truy xuất nguồn gốc nông sản',
        role='phối hợp triển khai hệ thống truy xuất nguồn gốc (Đề án 100) đối với nông sản.',
        res='Sở đã hướng dẫn 12 hợp tác xã, doanh nghiệp nông nghiệp cập nhật thông tin truy xuất nguồn gốc lên hệ thống của Thành phố.',
        ind=dict(enterprises_supported=12), ev='Đánh giá: đang tiếp tục triển khai.'),
   dict(task='II.2.e', status='completed', head='Về góp ý quy chuẩn kỹ thuật',
        role='phối hợp góp ý quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực nông nghiệp, môi trường.',
        res='Sở đã góp ý 01 dự thảo quy chuẩn kỹ thuật quốc gia về chất lượng nước thải.',
        ind=dict(standards_reviewed=1), ev='Đánh giá: Sở đã hoàn thành.'),
   dict(task='II.2.đ', status='unknown', head='Về hệ thống quản lý chất lượng',
        role='duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
        res='Sau khi hợp nhất, Sở đã xây dựng lại danh mục quy trình nội bộ, tổ chức đào tạo chuyên gia đánh giá nội bộ cho các phòng.',
        ind={}, ev=None),
  ],
  diff=['Kinh phí lấy mẫu kiểm nghiệm phân bón còn hạn chế.'],
  prop=['Đề nghị Chi cục chia sẻ danh sách tổ chức thử nghiệm được chỉ định để Sở thuận tiện gửi mẫu.']),
]

# Hand D: Sở units' XLSX tracker. "Nhóm KH" (plan group only) + "Sản phẩm đầu ra" rows + validated "Trạng thái"
D = [
 dict(file='SKHCN-CCTDC-theo-doi-ct38-2026.xlsx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', number='915/BC-CCTĐC', date='2026-11-05',
  tasks=[
   dict(task='II.1.a', status='completed', grp='Nhóm 1 – Tuyên truyền', name='Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm DN nhập khẩu', st='Hoàn tất',
        prods=[('Lớp tập huấn, tọa đàm đã tổ chức', 4, 'lớp', 'training_courses'), ('Lượt người tham dự', 386, 'lượt người', 'participants')]),
   dict(task='II.1.b', status='completed', grp='Nhóm 1 – Tuyên truyền', name='Vận động DN tham dự Giải thưởng Chất lượng Quốc gia', st='Hoàn tất',
        prods=[('Doanh nghiệp được hướng dẫn, vận động', 14, 'doanh nghiệp', 'enterprises_supported')]),
   dict(task='II.2.a', status='in_progress', grp='Nhóm 2 – Quản lý nhà nước', name='Hỗ trợ DN nâng cao năng suất chất lượng (CT 1322, Đề án 996, Đề án 100)', st='Đang làm',
        prods=[('Doanh nghiệp được hỗ trợ', 9, 'doanh nghiệp', 'enterprises_supported'), ('Kinh phí đã giải ngân', 126400000, 'đồng', 'budget_spent_vnd')]),
   dict(task='II.2.b', status='in_progress', grp='Nhóm 2 – Quản lý nhà nước', name='Tổ chức xét Giải thưởng Chất lượng Quốc gia', st='Đang làm',
        prods=[('Doanh nghiệp được hướng dẫn hoàn thiện hồ sơ', 6, 'doanh nghiệp', 'enterprises_supported')]),
   dict(task='II.2.e', status='in_progress', grp='Nhóm 2 – Quản lý nhà nước', name='Góp ý TCVN, QCVN; xây dựng QCĐP', st='Đang làm',
        prods=[('Dự thảo TCVN, QCVN đã góp ý', 5, 'văn bản', 'standards_reviewed')]),
   dict(task='II.2.h', status='completed', grp='Nhóm 2 – Quản lý nhà nước', name='Kết nối Cổng một cửa quốc gia về kiểm tra chất lượng hàng nhập khẩu', st='Hoàn tất',
        prods=[('(không có sản phẩm định lượng)', None, '', None)]),
   dict(task='II.3.a', status='completed', grp='Nhóm 3 – Nguồn nhân lực', name='Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã', st='Hoàn tất',
        prods=[('Lớp tập huấn', 2, 'lớp', 'training_courses'), ('Lượt học viên', 210, 'lượt người', 'participants')]),
   dict(task='II.5.a', status='completed', grp='Nhóm 5 – Kiểm tra', name='Kiểm tra chất lượng, đo lường hàng hóa lưu thông', st='Hoàn tất',
        prods=[('Cuộc kiểm tra', 12, 'cuộc', 'inspections'), ('Cơ sở được kiểm tra', 147, 'cơ sở', 'establishments_inspected'), ('Cơ sở vi phạm', 18, 'cơ sở', 'violations'), ('Tiền xử phạt VPHC', 312500000, 'đồng', 'fines_vnd')]),
   dict(task='II.5.b', status='completed', grp='Nhóm 5 – Kiểm tra', name='Khảo sát chất lượng sản phẩm, hàng hóa', st='Hoàn tất',
        prods=[('Mẫu khảo sát đã lấy', 120, 'mẫu', 'samples_tested')]),
   dict(task='II.5.c', status='in_progress', grp='Nhóm 5 – Kiểm tra', name='Phối hợp UBND phường, xã, đặc khu thực hiện nội dung phân quyền', st='Đang làm',
        prods=[('Cuộc kiểm tra phối hợp với phường, xã', 9, 'cuộc', 'inspections')]),
  ],
  diff=['Số lượng công chức của Chi cục còn thiếu so với khối lượng công việc kiểm tra trên địa bàn Thành phố mở rộng.', 'Một số phường, xã mới thành lập chưa bố trí đầu mối phối hợp.'],
  prop=['Đề nghị Sở bổ sung biên chế cho Chi cục trong năm 2027.', 'Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối về tiêu chuẩn, đo lường, chất lượng.']),
 dict(file='SKHCN-TTPTTN-ct38-tien-do.xlsx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', number='402/BC-TTPT', date='2026-10-30',
  tasks=[
   dict(task='II.4.a', status='in_progress', grp='Nhóm 4 – Đầu tư', name='Đầu tư trang thiết bị phòng thử nghiệm, hiệu chuẩn', st='Đang làm',
        prods=[('Kinh phí đã giải ngân', 2350000000, 'đồng', 'budget_spent_vnd')]),
   dict(task='II.2.g', status='completed', grp='Nhóm 2 – Quản lý nhà nước', name='Mở rộng phạm vi dịch vụ thử nghiệm, hiệu chuẩn', st='Hoàn tất',
        prods=[('Phép thử được công nhận mở rộng (ISO/IEC 17025)', 14, 'phép thử', None)]),
   dict(task='II.4.c', status='completed', grp='Nhóm 4 – Đầu tư', name='Duy trì chuẩn đo lường, liên kết chuẩn quốc gia', st='Hoàn tất',
        prods=[('Chuẩn, phương tiện đo được hiệu chuẩn liên kết', 18, 'chiếc', 'instruments_verified')]),
   dict(task='II.5.b', status='completed', grp='Nhóm 5 – Kiểm tra', name='Thử nghiệm mẫu khảo sát chất lượng cho Chi cục', st='Hoàn tất',
        prods=[('Mẫu đã thử nghiệm', 96, 'mẫu', 'samples_tested')]),
  ],
  diff=['Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải lựa chọn lại nhà thầu.'],
  prop=['Đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu các gói thiết bị còn lại của năm 2026.']),
 dict(file='SKHCN-KTPC-bc-ct38.xlsx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', number='77/BC-KTPC', date='2026-10-29',
  tasks=[
   dict(task='II.5.a', status='completed', grp='Nhóm 5 – Kiểm tra', name='Phối hợp kiểm tra hàng hóa lưu thông', st='Hoàn tất',
        prods=[('Cuộc kiểm tra có tham gia', 5, 'cuộc', 'inspections'), ('Cơ sở được kiểm tra', 42, 'cơ sở', 'establishments_inspected'), ('Cơ sở vi phạm', 9, 'cơ sở', 'violations'), ('Tiền phạt', 128000000, 'đồng', 'fines_vnd')]),
   dict(task='II.5.d', status='in_progress', grp='Nhóm 5 – Kiểm tra', name='Xử lý phản ánh, tố giác vi phạm về TĐC', st='Đang làm',
        prods=[('(không có sản phẩm định lượng)', None, '', None)]),
   dict(task='II.4.b', status='completed', grp='Nhóm 4 – Đầu tư', name='Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ (NĐ 135/2021)', st='Hoàn tất',
        prods=[('Phương tiện, thiết bị được kiểm định, hiệu chuẩn', 11, 'chiếc', 'instruments_verified')]),
   dict(task='II.2.c', status='completed', grp='Nhóm 2 – Quản lý nhà nước', name='Góp ý sửa đổi văn bản QPPL về TĐC', st='Hoàn tất',
        prods=[('Dự thảo nghị định, thông tư đã góp ý', 2, 'văn bản', None)]),
  ],
  diff=[],
  prop=['Đề nghị Chi cục gửi kết quả xử lý vi phạm theo tháng để Phòng tổng hợp báo cáo Sở.']),
]
D_MIS = dict(file='SKHCN-TTCNTT-theo-doi-10-2026.xlsx', uid='SKHCN-TTCNTT', uname='Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', number='233/BC-TTCNTT', date='2026-10-31',
  title='BẢNG THEO DÕI TIẾN ĐỘ KẾ HOẠCH CHUYỂN ĐỔI SỐ VÀ BẢO ĐẢM AN TOÀN THÔNG TIN NĂM 2026',
  tasks=[
   dict(grp='Mục 1 – Hạ tầng số', name='Nâng cấp trung tâm dữ liệu của Sở', st='Đang làm', prods=[('Máy chủ được nâng cấp', 8, 'máy'), ('Kinh phí đã giải ngân', 1240000000, 'đồng')]),
   dict(grp='Mục 2 – An toàn thông tin', name='Giám sát an toàn thông tin tập trung', st='Hoàn tất', prods=[('Hệ thống thông tin được giám sát', 17, 'hệ thống')]),
   dict(grp='Mục 3 – Dữ liệu', name='Xây dựng cơ sở dữ liệu địa không gian dùng chung', st='Đang làm', prods=[('Lớp dữ liệu đã chuẩn hóa', 42, 'lớp dữ liệu')]),
   dict(grp='Mục 4 – Nhân lực số', name='Bồi dưỡng kỹ năng số cho công chức', st='Hoàn tất', prods=[('Lượt công chức được bồi dưỡng', 315, 'lượt')]),
  ],
  diff=['Thiếu nhân lực chuyên sâu về an toàn thông tin.'], prop=['Đề nghị bổ sung kinh phí thuê dịch vụ giám sát an toàn thông tin năm 2027.'])

# ---------------------------------------------------------------- helpers
def no_borders(tbl):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top','left','bottom','right','insideH','insideV'):
        x = OxmlElement('w:'+e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def cell_lines(cell, lines, bold_idx=(), italic_idx=(), size=12):
    cell.paragraphs[0].text = ''
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = i in bold_idx; r.italic = i in italic_idx; r.font.size = Pt(size)

def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    from docx.oxml.ns import qn
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def para(d, text='', bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j' or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align is None: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def date_vn(d, place):
    dd, m, y = dparts(d)
    return f'{place}, ngày {dd} tháng {m} năm {y}'

def header(d, left, number, datestr, vv=None):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    l = left + ['-------', f'Số: {number}'] + ([vv] if vv else [])
    cell_lines(t.cell(0,0), l, bold_idx=tuple(range(1, len(left))), size=12)
    cell_lines(t.cell(0,1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', datestr],
               bold_idx=(0,1), italic_idx=(3,), size=12)

def sign(d, noinhan, who, name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0,0); c.paragraphs[0].text = ''
    r = c.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for n in noinhan:
        p = c.add_paragraph(); rr = p.add_run(n); rr.font.size = Pt(10)
    cell_lines(t.cell(0,1), who + ['', '', '', name], bold_idx=tuple(range(len(who)+4)), size=12)

# ---------------------------------------------------------------- hand A
def build_A(r, mistaken=False):
    d = new_doc()
    header(d, ['ỦY BAN NHÂN DÂN', r['up']], r['number'], date_vn(r['date'], r['place']))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    title = r.get('title') or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026'
    para(d, title, bold=True, align='c', indent=False)
    para(d, r.get('kg', 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.'), align='c', indent=False)
    if mistaken:
        para(d, f'Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân {r["uname"].lower().replace("phường","phường")} báo cáo kết quả thực hiện 10 tháng năm 2026 như sau:')
    else:
        para(d, f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân {r["uname"]} báo cáo kết quả thực hiện từ đầu năm đến nay như sau:')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    ents = r['items'] if mistaken else r['entries']
    for i, e in enumerate(ents, 1):
        if mistaken:
            title_, body, close = e; lines = []
        else:
            title_, body, close, lines = e['title'], e['body'], e['close'], e['lines']
        para(d, f'Đầu việc {i:02d} – {title_}', bold=True, indent=False)
        para(d, body)
        for lab, val in lines:
            p = para(d, f'- {lab}: {val}', indent=False); p.paragraph_format.left_indent = Cm(1)
        if close:
            para(d, close, italic=True)
    para(d, 'II. VƯỚNG MẮC', bold=True, indent=False)
    for i, x in enumerate(r['diff'], 1):
        para(d, f'Vướng {i}: {x}')
    para(d, 'III. KIẾN NGHỊ', bold=True, indent=False)
    for x in r['prop']:
        para(d, f'- {x}')
    para(d, f'Trên đây là báo cáo của Ủy ban nhân dân {r["uname"]}./.')
    sign(d, ['- Như trên;', '- Thường trực Đảng ủy phường;', '- Lưu: VT, KT.'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], r['signer'])
    return d

# ---------------------------------------------------------------- hand C
def build_C(r):
    d = new_doc(size=14)
    header(d, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', r['up']], r['number'], date_vn(r['date'], 'Thành phố Hồ Chí Minh'))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c', indent=False)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align='c', indent=False)
    para(d, f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, {r["uname"]} báo cáo kết quả thực hiện các nội dung được phân công như sau:')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, e in enumerate(r['entries'], 1):
        p = para(d); rr = p.add_run(f'{i}. {e["head"]}.'); rr.bold = True
        p = para(d); rr = p.add_run('Sở được giao: '); rr.italic = True; rr.underline = True
        rr = p.add_run(e['role']); rr.italic = True
        p = para(d); rr = p.add_run('Kết quả tính đến ngày 31/10/2026: '); rr.bold = False
        p.add_run(e['res'])
        if e['ev']:
            para(d, e['ev'])
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in r['diff']: para(d, f'- {x}')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in r['prop']: para(d, f'- {x}')
    para(d, f'Trên đây là báo cáo của {r["uname"]}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.')
    sign(d, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT.'], ['KT. GIÁM ĐỐC', r['rank']], r['signer'])
    return d

# ---------------------------------------------------------------- hand B
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def build_B(r):
    wb = Workbook(); ws = wb.active; ws.title = 'CT38-2026'
    ws['A1'] = f'UBND {r["up"]}'; ws['A1'].font = Font(bold=True)
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['A2'] = f'Số: {r["number"]}'
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = date_vn(r['date'], r['place']); ws['E3'].font = Font(italic=True)
    ws.merge_cells('A5:G5')
    ws['A5'] = 'BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:G6'); ws['A6'] = '(Số liệu tính từ 01/01/2026 đến ngày lập bảng)'; ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(italic=True)
    hdr = ['STT', 'Việc xã làm', 'Cách làm', 'Kết quả (gồm)', 'KH xã giao', 'Tình trạng', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    for i, row in enumerate(r['rows'], 1):
        vals = [i, row['name'], row['how'], row['res'], row['kh'], row['st'], '']
        for j, v in enumerate(vals, 1):
            c = ws.cell(8+i, j, v if v != '' else None); c.border = BOX; c.alignment = Alignment(vertical='top', wrap_text=True)
    last = 8 + len(r['rows'])
    ws.cell(last+2, 1, 'Ghi chú: "Đạt KH" là đã làm xong theo kế hoạch của xã; "Chưa đạt KH (đang làm)" là còn tiếp tục làm.').font = Font(italic=True, size=10)
    ws.cell(last+4, 5, 'TM. ỦY BAN NHÂN DÂN').font = Font(bold=True)
    ws.cell(last+5, 5, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH').font = Font(bold=True)
    for col, w in zip('ABCDEFG', (5, 38, 28, 40, 12, 20, 12)): ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet('Y kien')
    ws2['A1'] = 'KHÓ KHĂN, VƯỚNG MẮC'; ws2['A1'].font = Font(bold=True)
    n = 2
    for k, x in enumerate(r['diff'], 1):
        ws2.cell(n, 1, k); ws2.cell(n, 2, x); n += 1
    n += 1; ws2.cell(n, 1, 'ĐỀ XUẤT'); ws2.cell(n, 1).font = Font(bold=True); n += 1
    for k, x in enumerate(r['prop'], 1):
        ws2.cell(n, 1, k); ws2.cell(n, 2, x); n += 1
    ws2.column_dimensions['B'].width = 100
    return wb

# ---------------------------------------------------------------- hand D
def build_D(r, mistaken=False):
    wb = Workbook(); ws = wb.active; ws.title = 'TheoDoi'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH'
    ws['A2'] = r['uname'].upper() if False else r['uname']; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số:'; ws['B3'] = r['number']
    ws['A4'] = 'Ngày báo cáo:'; y, m, dd = map(int, r['date'].split('-'))
    ws['B4'] = datetime.datetime(y, m, dd); ws['B4'].number_format = 'dd/mm/yyyy'; ws['B4'].alignment = Alignment(horizontal='left')
    ws.merge_cells('A6:H6')
    ws['A6'] = r.get('title', 'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026')
    ws['A6'].font = Font(bold=True, size=13); ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nhóm KH', 'Nội dung nhiệm vụ (tóm tắt)', 'Sản phẩm đầu ra', 'Số lượng', 'ĐVT', 'Trạng thái', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='1F4E78')
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.border = BOX
    dv = DataValidation(type='list', formula1='"Hoàn tất,Đang làm,Chưa bắt đầu,Không phát sinh"', allow_blank=True)
    ws.add_data_validation(dv)
    row = 9
    for i, t in enumerate(r['tasks'], 1):
        for k, p in enumerate(t['prods']):
            lab, val, unit = p[0], p[1], p[2]
            vals = [i if k == 0 else None, t['grp'] if k == 0 else None, t['name'] if k == 0 else None, lab, val, unit or None, t['st'] if k == 0 else None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row, j, v); c.border = BOX; c.alignment = Alignment(vertical='top', wrap_text=True)
            if isinstance(val, int) and val >= 100000: ws.cell(row, 5).number_format = '#,##0'
            dv.add(ws.cell(row, 7))
            row += 1
    ws.freeze_panes = 'A9'
    for col, w in zip('ABCDEFGH', (5, 22, 45, 40, 15, 12, 15, 15)): ws.column_dimensions[col].width = w
    ws.cell(row+1, 3, 'Người lập biểu').font = Font(bold=True)
    ws.cell(row+1, 7, 'Thủ trưởng đơn vị').font = Font(bold=True)
    ws2 = wb.create_sheet('KhoKhan_DeXuat')
    ws2['A1'] = 'Loại'; ws2['B1'] = 'Nội dung'; ws2['A1'].font = ws2['B1'].font = Font(bold=True)
    n = 2
    for x in r['diff']: ws2.cell(n, 1, 'Khó khăn'); ws2.cell(n, 2, x); n += 1
    for x in r['prop']: ws2.cell(n, 1, 'Đề xuất'); ws2.cell(n, 2, x); n += 1
    ws2.column_dimensions['B'].width = 110
    return wb

# ---------------------------------------------------------------- keys
def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()

def key(r, entries, rejected=False, reason=None):
    p = os.path.join(OUT, r['file'])
    k = dict(file=r['file'], sha256=sha(p), status='rejected' if rejected else 'extracted', reason=reason,
             unit=dict(id=r['uid'], name=r['uname']), document=dict(number=r['number'], date=r['date']),
             entries=[] if rejected else entries, findings=[],
             difficulties=[] if rejected else r['diff'], proposals=[] if rejected else r['prop'])
    json.dump(k, open(os.path.join(OUT, 'truth', r['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

def main():
    os.makedirs(os.path.join(OUT, 'truth'), exist_ok=True)
    for r in A:
        build_A(r).save(os.path.join(OUT, r['file']))
        key(r, [dict(task=e['task'], status=e['status'], indicators=e['ind'], text=e['body']) for e in r['entries']])
    build_A(A_MIS, mistaken=True).save(os.path.join(OUT, A_MIS['file']))
    key(A_MIS, [], True, 'Báo cáo về chuyển đổi số, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng)')
    for r in B:
        build_B(r).save(os.path.join(OUT, r['file']))
        key(r, [dict(task=x['task'], status=x['status'], indicators=x['ind'], text=f"{x['name']}: {x['res']}") for x in r['rows']])
    for r in C:
        build_C(r).save(os.path.join(OUT, r['file']))
        key(r, [dict(task=e['task'], status=e['status'], indicators=e['ind'], text=e['res']) for e in r['entries']])
    for r in D:
        build_D(r).save(os.path.join(OUT, r['file']))
        ents = []
        for t in r['tasks']:
            ind = {p[3]: p[1] for p in t['prods'] if p[3]}
            ents.append(dict(task=t['task'], status=t['status'], indicators=ind, text=t['name']))
        key(r, ents)
    build_D(D_MIS, mistaken=True).save(os.path.join(OUT, D_MIS['file']))
    key(D_MIS, [], True, 'Bảng theo dõi kế hoạch chuyển đổi số và an toàn thông tin, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW')

if __name__ == '__main__':
    main()
