# -*- coding: utf-8 -*-
"""Generator for set216. Writes files + truth keys."""
import json, hashlib, os, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

def vdate(iso):
    y, m, d = iso.split('-'); return d, m, y

# ---------------------------------------------------------------- content
R = []
# ===== Hand A: Trần Thị Ngọc Hân (phường, DOCX) "1-" numbering, numeric slash date, "Tình trạng việc:" line
R.append(dict(hand='A', file='25747-thu-dau-mot-bc-tdc-11-2026.docx', uid='25747', uname='Phường Thủ Dầu Một',
  number='287/BC-UBND', date='2026-11-10', place='Thủ Dầu Một',
  title='Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường',
  entries=[
   dict(task='II.1.a', status='in_progress', ind={'communications': 6}, head='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
        body='Phường đã chỉ đạo bộ phận văn hóa - thông tin đăng tải được 06 tin, bài về quy định đo lường trong mua bán tại chợ, ghi nhãn hàng hóa trên trang thông tin điện tử phường; đồng thời phát thanh trên hệ thống loa của các khu phố vào các ngày cuối tuần.',
        st='còn đang làm, tiếp tục đến cuối năm.'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 2}, head='Cử cán bộ đi tập huấn nghiệp vụ',
        body='Phường cử 02 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự 01 lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức ngày 18/6/2026.',
        st='xong.'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 41, 'violations': 5, 'fines_vnd': 2500000},
        head='Kiểm tra đo lường trong kinh doanh tại chợ (nội dung được phân cấp cho phường)',
        body='Tổ kiểm tra liên ngành của phường đã kiểm tra được 03 cuộc tại chợ Thủ Dầu Một và chợ Phú Cường, kiểm tra 41 cơ sở (sạp, quầy); phát hiện 05 trường hợp sử dụng cân không đảm bảo, đã lập biên bản và xử phạt tổng số tiền 2.500.000 đồng.',
        st='còn đang làm, dự kiến tháng 12 kiểm tra thêm 01 cuộc dịp cận Tết.'),
   dict(task='II.2.đ', status='completed', ind={}, head='Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường',
        body='Phường đã rà soát, ban hành lại bộ quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 sau sắp xếp, tổ chức đánh giá nội bộ trong tháng 9/2026.',
        st='xong.'),
   dict(task='II.5.d', status='not_applicable', ind={}, head='Tiếp nhận, xử lý phản ánh, tố giác vi phạm',
        body='Trong kỳ, phường không nhận được phản ánh, tố giác nào liên quan đến đo lường, chất lượng hàng hóa.',
        st='không có phát sinh.'),
  ],
  diff=['Phường chưa có cân đối chứng đặt tại các chợ nên người dân khó tự kiểm tra khi mua hàng.',
        'Cán bộ phụ trách kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.'],
  prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 02 cân đối chứng cho chợ Phú Cường.',
        'Đề nghị Sở Khoa học và Công nghệ tổ chức thêm lớp tập huấn cho cán bộ khu phố.'],
  signer='Nguyễn Văn Tài', role='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'))

R.append(dict(hand='A', file='25966-lai-thieu-bc-ct38.docx', uid='25966', uname='Phường Lái Thiêu',
  number='312/BC-UBND', date='2026-11-07', place='Lái Thiêu',
  title='Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026',
  entries=[
   dict(task='II.1.a', status='completed', ind={'communications': 4, 'training_courses': 1, 'participants': 65}, head='Tuyên truyền, phổ biến pháp luật cho hộ kinh doanh',
        body='Đăng 04 tin bài trên trang Facebook và nhóm Zalo của phường; phối hợp Chi cục TĐC tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho 65 hộ kinh doanh tại chợ Lái Thiêu.',
        st='xong.'),
   dict(task='II.5.c', status='completed', ind={'inspections': 1, 'establishments_inspected': 2}, head='Phối hợp kiểm tra xăng dầu trên địa bàn',
        body='Phường cử cán bộ tham gia 01 cuộc kiểm tra của Chi cục tại 02 cửa hàng xăng dầu trên đường Nguyễn Trãi; qua kiểm tra không phát hiện vi phạm về đo lường, chất lượng.',
        st='xong.'),
   dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 9}, head='Hướng dẫn cơ sở sản xuất ghi nhãn, công bố chất lượng',
        body='Phòng Kinh tế đã hướng dẫn 09 cơ sở sản xuất gốm, bánh kẹo truyền thống thực hiện ghi nhãn hàng hóa và tự công bố chất lượng sản phẩm theo quy định.',
        st='còn đang làm.'),
   dict(task='II.3.a', status='not_started', ind={}, head='Tập huấn cho công chức phường',
        body='Năm 2026 phường chưa được mời tham dự lớp tập huấn về tiêu chuẩn, đo lường, chất lượng.',
        st='chưa làm.'),
  ],
  diff=['Nhiều hộ kinh doanh nhỏ lẻ chưa quan tâm đến việc ghi nhãn, công bố chất lượng sản phẩm.'],
  prop=['Đề nghị Chi cục mời công chức phường tham dự lớp tập huấn nghiệp vụ trong Quý IV/2026.'],
  signer='Lê Thị Bích Vân', role='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'))

R.append(dict(hand='A', file='26560-ba-ria-bc-giam-ngheo.docx', uid='26560', uname='Phường Bà Rịa',
  number='198/BC-UBND', date='2026-11-12', place='Bà Rịa', rejected=True,
  reason='Báo cáo về công tác giảm nghèo bền vững năm 2026, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).',
  title='Kết quả thực hiện Chương trình giảm nghèo bền vững năm 2026',
  entries=[
   dict(head='Rà soát hộ nghèo, hộ cận nghèo', body='Phường đã rà soát được 1.248 hộ; kết quả còn 12 hộ nghèo và 37 hộ cận nghèo theo chuẩn nghèo của Thành phố.', st='xong.'),
   dict(head='Hỗ trợ vay vốn', body='Phối hợp Ngân hàng Chính sách xã hội giải ngân cho 26 hộ vay với tổng số tiền 1,3 tỷ đồng.', st='còn đang làm.'),
   dict(head='Hỗ trợ nhà ở', body='Xây mới 02 căn nhà tình thương cho hộ nghèo tại khu phố Long Hương.', st='xong.'),
  ],
  diff=['Một số hộ nghèo thuộc diện bảo trợ xã hội, không còn khả năng lao động.'],
  prop=['Đề nghị Thành phố tăng mức hỗ trợ xây nhà tình thương.'],
  signer='Phạm Quốc Hùng', role='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'))

# ===== Hand C: Võ Thị Kim Loan (phường, DOCX) Southern colloquial, "1)" items, "ngàn đồng", tab-stop header, status sentence "Việc này ..."
R.append(dict(hand='C', file='26842-tang-nhon-phu-bc-tdc.docx', uid='26842', uname='Phường Tăng Nhơn Phú',
  number='145/BC-UBND', date='2026-11-09',
  entries=[
   dict(task='II.1.a', status='in_progress', ind={'communications': 5}, head='Tuyên truyền cho bà con tiểu thương',
        body='Phường cho đăng 5 tin, bài trên fanpage phường và các nhóm Zalo khu phố, nhắc bà con tiểu thương dùng cân đúng, không bán hàng không rõ nguồn gốc.',
        st='Việc này phường vẫn đang làm tiếp tới cuối năm.'),
   dict(task='II.5.c', status='completed', ind={'inspections': 4, 'establishments_inspected': 52, 'violations': 7, 'fines_vnd': 4500000}, head='Kiểm tra cân ở chợ và tiệm vàng',
        body='Tổ công tác phường đi 4 cuộc kiểm tra ở chợ Tăng Nhơn Phú, chợ Long Trường và mấy tiệm vàng dọc đường Lê Văn Việt, tổng cộng 52 sạp, tiệm; có 7 sạp xài cân sai, phường đã phạt 4.500 ngàn đồng.',
        st='Việc này phường đã làm rồi, đúng kế hoạch.'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 3}, head='Cử anh chị em đi học',
        body='Phường cử 3 anh chị em bên Phòng Kinh tế đi học 1 lớp tập huấn nghiệp vụ đo lường, chất lượng do Chi cục mở hồi tháng 7.',
        st='Việc này đã làm rồi.'),
   dict(task='II.2.đ', status='in_progress', ind={}, head='Làm ISO 9001 ở bộ phận một cửa',
        body='Phường đang chuyển qua áp dụng ISO điện tử, cập nhật lại quy trình theo bộ thủ tục hành chính mới sau khi sáp nhập.',
        st='Việc này đang làm, chưa xong.'),
  ],
  diff=['Sạp chợ đông mà tổ công tác có 4 người, lại kiêm nhiệm nhiều việc nên đi kiểm tra không thường xuyên được.'],
  prop=['Xin Chi cục cho mượn thêm quả cân chuẩn để tổ công tác kiểm tra tại chỗ.',
        'Đề nghị Sở có văn bản hướng dẫn mẫu biên bản kiểm tra dùng chung cho phường.'],
  signer='Huỳnh Thanh Phong', role='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'))

R.append(dict(hand='C', file='26536-rach-dua-bao-cao-ct38.docx', uid='26536', uname='Phường Rạch Dừa',
  number='77/BC-UBND', date='2026-11-05',
  entries=[
   dict(task='II.1.a', status='in_progress', ind={'communications': 3, 'training_courses': 1, 'participants': 40}, head='Tuyên truyền, nói chuyện với tiểu thương',
        body='Phường đăng 3 tin, bài trên trang thông tin phường; mời cán bộ Chi cục về nói chuyện 1 buổi tọa đàm với 40 tiểu thương chợ hải sản Rạch Dừa về cân đong đúng, đủ.',
        st='Việc này phường còn đang làm.'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 18, 'violations': 3, 'fines_vnd': 1500000}, head='Kiểm tra cân ở chợ hải sản',
        body='Phường đi 2 cuộc kiểm tra ở chợ hải sản, coi 18 sạp; có 3 sạp cân thiếu, phạt 1.500 ngàn đồng.',
        st='Việc này đang làm, tháng 12 đi thêm.'),
   dict(task='II.5.d', status='completed', ind={}, head='Tin báo của người dân',
        body='Phường nhận 2 tin báo của người dân về việc bán hàng cân gian ở chợ, đã cho cán bộ xuống xác minh, nhắc nhở và trả lời người báo tin.',
        st='Việc này phường đã xử lý xong.'),
   dict(task='II.3.a', status='not_started', ind={}, head='Đi học tập huấn',
        body='Năm nay anh chị em phường chưa đi học được lớp nào vì trùng lịch tiếp dân.',
        st='Việc này chưa làm tới.'),
  ],
  diff=['Tiểu thương ở chợ hải sản hay đổi sạp, không có giấy tờ nên khó lập hồ sơ xử phạt.'],
  prop=['Đề nghị Chi cục mở lớp tập huấn vào buổi chiều thứ Bảy để cán bộ phường sắp xếp đi học.'],
  signer='Trần Minh Nhựt', role='TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'))

R.append(dict(hand='C', file='25813-ben-cat-bc-tdc-2026.docx', uid='25813', uname='Phường Bến Cát',
  number='402/BC-UBND', date='2026-11-11', resave=True,
  entries=[
   dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 12}, head='Hướng dẫn doanh nghiệp công bố hợp quy, mã số mã vạch',
        body='Phường phối hợp Ban quản lý khu công nghiệp hướng dẫn 12 doanh nghiệp nhỏ làm hồ sơ công bố hợp quy và đăng ký mã số, mã vạch cho sản phẩm.',
        st='Việc này còn đang làm.'),
   dict(task='II.5.c', status='completed', ind={'inspections': 5, 'establishments_inspected': 37, 'violations': 4, 'fines_vnd': 8750000}, head='Kiểm tra đo lường, chất lượng ở chợ, cây xăng',
        body='Phường đi 5 cuộc kiểm tra ở chợ Bến Cát, chợ Mỹ Phước và mấy cây xăng ven Quốc lộ 13, tổng cộng 37 cơ sở; có 4 cơ sở vi phạm, phạt 8.750 ngàn đồng.',
        st='Việc này phường đã làm rồi.'),
   dict(task='II.2.đ', status='completed', ind={}, head='ISO 9001 ở phường',
        body='Phường đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 trong tháng 8.',
        st='Việc này đã làm rồi.'),
   dict(task='II.1.a', status='completed', ind={'communications': 8}, head='Tuyên truyền',
        body='Phường đăng 8 tin, bài trên trang thông tin điện tử và bảng tin các khu phố.',
        st='Việc này đã làm rồi.'),
  ],
  diff=['Doanh nghiệp trong khu công nghiệp thường thuộc diện Ban quản lý theo dõi nên phường khó nắm số liệu.'],
  prop=['Đề nghị Chi cục chia sẻ danh sách doanh nghiệp đã công bố hợp quy trên địa bàn phường.'],
  signer='Đỗ Văn Thắng', role='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'))

# ===== Hand B: Phạm Văn Lộc (xã, XLSX) "Việc của xã | Thực hiện thế nào | Con số | Tiến độ", Xong/Dở dang/Chưa tới/Không có
R.append(dict(hand='B', file='26659-long-dien-bc-ct38.xlsx', uid='26659', uname='Xã Long Điền',
  number='96/BC-UBND', date='2026-11-06',
  entries=[
   dict(task='II.1.a', status='in_progress', ind={'communications': 7}, head='Tuyên truyền đo lường, chất lượng cho bà con, hộ kinh doanh',
        how='Đăng trên trang xã, nhóm Zalo ấp, loa ấp', nums=['7 tin bài'], st='Dở dang'),
   dict(task='II.5.c', status='completed', ind={'inspections': 2, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 1800000}, head='Kiểm tra cân ở chợ Long Điền, chợ cá Long Hải',
        how='Đi chung với Chi cục và công an xã', nums=['2 cuộc', '23 cơ sở', '3 vi phạm', 'phạt 1,8 triệu'], st='Xong'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 2}, head='Cán bộ xã đi tập huấn',
        how='Chi cục mời, xã cử đi', nums=['1 lớp', '2 người'], st='Xong'),
   dict(task='II.2.đ', status='in_progress', ind={}, head='ISO 9001 ở bộ phận một cửa',
        how='Rà soát quy trình theo thủ tục mới', nums=[], st='Dở dang'),
   dict(task='II.5.d', status='not_applicable', ind={}, head='Khen thưởng người tố giác vi phạm',
        how='', nums=[], st='Không có'),
  ],
  diff=['Xã chưa có kinh phí riêng cho việc kiểm tra đo lường, phải lồng ghép với kiểm tra an toàn thực phẩm.'],
  prop=['Xin Sở bố trí kinh phí hỗ trợ xã mua 01 bộ quả cân chuẩn.'],
  signer='Ngô Thị Mai'))

R.append(dict(hand='B', file='26632-xuyen-moc-bieu-tdc.xlsx', uid='26632', uname='Xã Xuyên Mộc',
  number='131/BC-UBND', date='2026-11-09',
  entries=[
   dict(task='II.1.a', status='completed', ind={'communications': 3, 'training_courses': 1, 'participants': 85}, head='Tuyên truyền, hội nghị phổ biến cho hộ kinh doanh',
        how='Tin bài trên trang xã; hội nghị tại hội trường xã', nums=['3 tin bài', '1 hội nghị', '85 người dự'], st='Xong'),
   dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 6}, head='Hướng dẫn HTX, cơ sở làm truy xuất nguồn gốc tiêu, điều',
        how='Cán bộ nông nghiệp xã xuống tận cơ sở', nums=['6 cơ sở'], st='Dở dang'),
   dict(task='II.5.c', status='completed', ind={'inspections': 1, 'establishments_inspected': 9}, head='Kiểm tra cân, xăng dầu',
        how='Phối hợp Chi cục', nums=['1 cuộc', '9 cơ sở'], st='Xong'),
   dict(task='II.3.a', status='not_started', ind={}, head='Cán bộ xã đi tập huấn', how='Chờ thư mời', nums=[], st='Chưa tới'),
  ],
  diff=['Địa bàn xã rộng, cơ sở sản xuất nằm rải rác nên hướng dẫn mất nhiều thời gian.'],
  prop=['Xin Chi cục cử cán bộ về hướng dẫn trực tiếp cho các HTX về tem truy xuất nguồn gốc.'],
  signer='Lâm Văn Đức'))

R.append(dict(hand='B', file='26590-binh-gia-bc-11thang.xlsx', uid='26590', uname='Xã Bình Giã',
  number='58/BC-UBND', date='2026-11-04', resave=True,
  entries=[
   dict(task='II.1.a', status='completed', ind={'communications': 2}, head='Tuyên truyền', how='Trang xã', nums=['2 tin bài'], st='Xong'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 750000}, head='Kiểm tra cân chợ, cây xăng',
        how='Tổ kiểm tra xã', nums=['3 cuộc', '15 cơ sở', '1 vi phạm', 'phạt 750.000đ'], st='Dở dang'),
   dict(task='II.2.đ', status='completed', ind={}, head='ISO 9001 tại UBND xã', how='Đã công bố lại', nums=[], st='Xong'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 1}, head='Cán bộ đi tập huấn', how='Chi cục mời', nums=['1 lớp', '1 người'], st='Xong'),
   dict(task='II.5.d', status='not_applicable', ind={}, head='Phản ánh, tố giác vi phạm', how='', nums=[], st='Không có'),
  ],
  diff=['Xã chỉ có 01 cán bộ theo dõi lĩnh vực này, kiêm nhiệm công thương và nông nghiệp.'],
  prop=['Xin Chi cục gửi tài liệu tuyên truyền in sẵn để xã phát cho hộ kinh doanh.'],
  signer='Bùi Văn Toàn'))

# ===== Hand E: Đặng Hữu Phước (XLSX) "Chỉ tiêu" rows with "   - " indents, numeric value + ĐVT, status only on task row in "Kết luận", real date cell
R.append(dict(hand='E', file='26732-con-dao-bc-ct38-2026.xlsx', uid='26732', uname='Đặc khu Côn Đảo',
  number='64/BC-UBND', date='2026-11-08',
  entries=[
   dict(task='II.1.a', status='completed', ind={'communications': 4}, head='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
        rows=[('Tin, bài đăng trên Cổng thông tin đặc khu', 4, 'tin bài')], st='Hoàn thành'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 11, 'violations': 1, 'fines_vnd': 3000000},
        head='Kiểm tra đo lường, chất lượng xăng dầu, hàng đóng gói sẵn tại cảng Bến Đầm và chợ Côn Đảo',
        rows=[('Số cuộc kiểm tra', 2, 'cuộc'), ('Số cơ sở được kiểm tra', 11, 'cơ sở'), ('Số cơ sở vi phạm', 1, 'cơ sở'), ('Tiền phạt', 3000000, 'đồng')], st='Đang thực hiện'),
   dict(task='II.3.a', status='not_started', ind={}, head='Cử công chức dự tập huấn nghiệp vụ', rows=[], st='Chưa thực hiện'),
   dict(task='II.2.đ', status='completed', ind={}, head='Duy trì ISO 9001:2015 tại UBND đặc khu', rows=[], st='Hoàn thành'),
  ],
  diff=['Đi lại giữa đặc khu và đất liền phụ thuộc thời tiết, công chức khó tham dự các lớp tập huấn tập trung.'],
  prop=['Đề nghị Chi cục tổ chức tập huấn trực tuyến cho công chức đặc khu.'],
  signer='Nguyễn Hữu Lợi'))

R.append(dict(hand='E', file='25750-phu-loi-bieu-ct38.xlsx', uid='25750', uname='Phường Phú Lợi',
  number='233/BC-UBND', date='2026-11-10',
  entries=[
   dict(task='II.1.a', status='completed', ind={'communications': 9, 'training_courses': 1, 'participants': 120}, head='Tuyên truyền, hội nghị phổ biến pháp luật',
        rows=[('Tin, bài', 9, 'tin bài'), ('Hội nghị phổ biến cho hộ kinh doanh', 1, 'hội nghị'), ('Người tham dự', 120, 'người')], st='Hoàn thành'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 6, 'establishments_inspected': 58, 'violations': 6, 'fines_vnd': 12000000}, head='Kiểm tra đo lường, chất lượng trong kinh doanh',
        rows=[('Số cuộc kiểm tra', 6, 'cuộc'), ('Số cơ sở được kiểm tra', 58, 'cơ sở'), ('Số cơ sở vi phạm', 6, 'cơ sở'), ('Tiền phạt', 12000000, 'đồng')], st='Đang thực hiện'),
   dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 4}, head='Hướng dẫn doanh nghiệp áp dụng hệ thống quản lý chất lượng',
        rows=[('Doanh nghiệp được hướng dẫn', 4, 'doanh nghiệp')], st='Đang thực hiện'),
   dict(task='II.5.d', status='not_applicable', ind={}, head='Tiếp nhận tố giác vi phạm', rows=[], st='Không phát sinh'),
  ],
  diff=['Số hộ kinh doanh tại chợ Phú Văn tăng nhanh, lực lượng kiểm tra của phường mỏng.'],
  prop=['Đề nghị Chi cục phối hợp kiểm tra định kỳ hằng quý tại chợ Phú Văn.'],
  signer='Trịnh Quang Vinh'))

R.append(dict(hand='E', file='27676-thanh-an-bc-tdc.xlsx', uid='27676', uname='Xã Thạnh An',
  number='41/BC-UBND', date='2026-11-03',
  entries=[
   dict(task='II.1.a', status='completed', ind={'communications': 2}, head='Tuyên truyền', rows=[('Tin, bài', 2, 'tin bài')], st='Hoàn thành'),
   dict(task='II.5.c', status='completed', ind={'inspections': 1, 'establishments_inspected': 7}, head='Kiểm tra cân tại chợ Thạnh An',
        rows=[('Số cuộc kiểm tra', 1, 'cuộc'), ('Số cơ sở được kiểm tra', 7, 'cơ sở')], st='Hoàn thành'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 2}, head='Công chức dự tập huấn',
        rows=[('Lớp tập huấn', 1, 'lớp'), ('Công chức tham dự', 2, 'người')], st='Hoàn thành'),
   dict(task='II.2.đ', status='in_progress', ind={}, head='ISO 9001 tại UBND xã', rows=[], st='Đang thực hiện'),
  ],
  diff=['Xã đảo, tàu đi lại ít chuyến nên việc phối hợp với các đoàn kiểm tra của Thành phố còn hạn chế.'],
  prop=['Đề nghị hỗ trợ xã 01 cân đối chứng đặt tại chợ Thạnh An.'],
  signer='Lê Văn Hải'))

# ===== Hand D: Sở clerks (công văn, "Kết quả:" / "Tiến độ:" lines; Hoàn tất / Đang tiến hành / Chưa tiến hành / Không có phát sinh)
R.append(dict(hand='D', file='SO-CT-4125-bc-chi-thi-38.docx', uid='SO-CT', uname='Sở Công Thương',
  number='4125/SCT-QLTM', date='2026-10-30', vv='V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
  entries=[
   dict(task='II.5.a', status='in_progress', ind={'inspections': 14, 'establishments_inspected': 96, 'violations': 11, 'fines_vnd': 186500000},
        head='Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường',
        body='Sở chỉ đạo các đơn vị chuyên môn phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 14 cuộc kiểm tra tại 96 cơ sở kinh doanh xăng dầu, LPG; phát hiện 11 cơ sở vi phạm, xử phạt vi phạm hành chính 186,5 triệu đồng.',
        st='Đang tiến hành'),
   dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3}, head='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương',
        body='Sở đã có ý kiến góp ý đối với 3 dự thảo quy chuẩn kỹ thuật quốc gia (xăng sinh học E10, khí dầu mỏ hóa lỏng, chai chứa LPG) gửi Bộ Công Thương.',
        st='Hoàn tất'),
   dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 22, 'training_courses': 2, 'participants': 180},
        head='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất',
        body='Từ nguồn kinh phí khuyến công, Sở hỗ trợ 22 doanh nghiệp áp dụng ISO 9001, 5S, Kaizen; tổ chức 2 hội thảo chuyên đề với 180 đại biểu doanh nghiệp tham dự.',
        st='Đang tiến hành'),
   dict(task='II.5.b', status='not_applicable', ind={}, head='Khảo sát chất lượng sản phẩm, hàng hóa',
        body='Trong năm, Sở không được đề nghị phối hợp khảo sát chất lượng sản phẩm, hàng hóa.',
        st='Không có phát sinh'),
  ],
  diff=['Số lượng cửa hàng xăng dầu lớn, trong khi biên chế làm công tác kiểm tra giảm sau sắp xếp bộ máy.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu xăng dầu để phục vụ công tác quản lý.'],
  signer='Phan Thị Thu Hà', role='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'))

R.append(dict(hand='D', file='SO-YT-6702-phoi-hop-ct38.docx', uid='SO-YT', uname='Sở Y tế',
  number='6702/SYT-NVY', date='2026-11-02', vv='V/v báo cáo tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
  entries=[
   dict(task='II.2.đ', status='completed', ind={}, head='Áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
        body='Sở đã cập nhật, công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 đối với các thủ tục hành chính thuộc thẩm quyền sau khi tiếp nhận nhiệm vụ mới.',
        st='Hoàn tất'),
   dict(task='II.2.e', status='completed', ind={'standards_reviewed': 2}, head='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia',
        body='Sở góp ý 2 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.',
        st='Hoàn tất'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 70}, head='Tập huấn kiến thức về đo lường trong y tế',
        body='Phối hợp Chi cục tổ chức 1 lớp tập huấn về quản lý phương tiện đo trong lĩnh vực y tế cho 70 học viên là công chức, viên chức các đơn vị trực thuộc.',
        st='Hoàn tất'),
   dict(task='II.5.a', status='not_started', ind={}, head='Phối hợp kiểm tra phương tiện đo nhóm 2 dùng trong y tế',
        body='Sở đã cử đầu mối phối hợp, tuy nhiên đến nay chưa nhận được kế hoạch kiểm tra từ Chi cục.',
        st='Chưa tiến hành'),
  ],
  diff=['Danh mục phương tiện đo dùng trong y tế phải kiểm định còn chồng chéo giữa các văn bản hướng dẫn.'],
  prop=['Đề nghị Chi cục gửi kế hoạch kiểm tra phương tiện đo trong y tế để Sở bố trí lực lượng phối hợp.'],
  signer='Tăng Chí Thượng', role='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'))

R.append(dict(hand='D', file='SO-NNMT-3318-phu-luc-ct38.xlsx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
  number='3318/SNNMT-CCQLCL', date='2026-11-05', vv='V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
  entries=[
   dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 47}, head='Triển khai truy xuất nguồn gốc nông sản (Đề án 100)',
        body='Hướng dẫn 47 cơ sở sản xuất, HTX áp dụng tem truy xuất nguồn gốc (mã QR) trên phần mềm của Thành phố.', st='Đang tiến hành'),
   dict(task='II.2.e', status='completed', ind={'standards_reviewed': 4}, head='Góp ý, xây dựng quy chuẩn kỹ thuật',
        body='Góp ý 4 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thức ăn chăn nuôi, nước sạch.', st='Hoàn tất'),
   dict(task='II.5.b', status='in_progress', ind={'samples_tested': 320}, head='Lấy mẫu giám sát chất lượng nông sản, vật tư nông nghiệp',
        body='Lấy 320 mẫu nông sản, phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường để giám sát chất lượng.', st='Đang tiến hành'),
   dict(task='II.2.đ', status='completed', ind={}, head='Duy trì ISO 9001:2015 tại cơ quan Sở',
        body='Đã công bố lại hệ thống quản lý chất lượng sau hợp nhất.', st='Hoàn tất'),
  ],
  diff=['Nhiều hộ sản xuất nhỏ chưa sẵn sàng chi trả chi phí tem truy xuất nguồn gốc.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí in tem truy xuất nguồn gốc cho HTX.'],
  signer='Nguyễn Văn Bảy', role='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'))

R.append(dict(hand='D', file='SO-XD-5510-bc-chuyen-doi-so.docx', uid='SO-XD', uname='Sở Xây dựng',
  number='5510/SXD-VP', date='2026-11-04', rejected=True,
  reason='Công văn báo cáo kết quả chuyển đổi số năm 2026 của Sở Xây dựng, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).',
  vv='V/v báo cáo kết quả thực hiện chuyển đổi số năm 2026',
  entries=[
   dict(head='Dịch vụ công trực tuyến', body='Sở đã cung cấp 86 thủ tục hành chính dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt 92%.', st='Đang tiến hành'),
   dict(head='Cơ sở dữ liệu ngành xây dựng', body='Hoàn thành cập nhật cơ sở dữ liệu giấy phép xây dựng và kết nối với hệ thống của Thành phố.', st='Hoàn tất'),
   dict(head='Ký số, văn bản điện tử', body='100% văn bản đi được ký số và gửi trên hệ thống quản lý văn bản điều hành.', st='Hoàn tất'),
  ],
  diff=['Hạ tầng máy chủ của Sở đã xuống cấp.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ nâng cấp hạ tầng máy chủ.'],
  signer='Lê Hòa Bình', role='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'))

# ---------------------------------------------------------------- helpers
def para(doc, text='', bold=False, italic=False, align=None, size=13, underline=False, font='Times New Roman'):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        r.font.size = Pt(size); r.font.name = font
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p

def base_doc():
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def cell_text(cell, lines, bold=False, align='c', size=12):
    cell.text = ''
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold if not isinstance(bold, list) else bold[i]; r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- Hand A
def render_A(r, path):
    doc = base_doc()
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ['ỦY BAN NHÂN DÂN', r['uname'].upper(), '', f"Số: {r['number']}"], bold=[False, True, False, False])
    d, m, y = vdate(r['date'])
    cell_text(t.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', f"{r['place']}, ngày {d}/{m}/{y}"], bold=[True, True, False, False])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, r['title'], bold=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c')
    para(doc, f"Thực hiện văn bản của Sở Khoa học và Công nghệ về việc báo cáo kết quả năm 2026, Ủy ban nhân dân {r['uname']} báo cáo như sau:", align='j')
    para(doc, 'I- KẾT QUẢ THỰC HIỆN', bold=True)
    for i, e in enumerate(r['entries'], 1):
        para(doc, f"{i}- {e['head']}", bold=True)
        para(doc, e['body'], align='j')
        para(doc, f"Tình trạng việc: {e['st']}", italic=True)
    para(doc, 'II- VƯỚNG MẮC, KIẾN NGHỊ', bold=True)
    para(doc, 'Vướng mắc:', bold=True)
    for i, x in enumerate(r['diff']): para(doc, f"{'abcdefg'[i]}- {x}", align='j')
    para(doc, 'Kiến nghị:', bold=True)
    for i, x in enumerate(r['prop']): para(doc, f"{'abcdefg'[i]}- {x}", align='j')
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {r['uname']}./.")
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ['Nơi nhận:', '- Như trên;', '- Lưu: VT, KT.'], align='l', size=11)
    cell_text(t.cell(0, 1), r['role'].split('\n') + ['', '', r['signer']], bold=True)
    doc.save(path)

# ---------------------------------------------------------------- Hand C
def render_C(r, path):
    doc = base_doc()
    d, m, y = vdate(r['date'])
    # header by tab stops
    def tabline(left, right, bold=False):
        p = doc.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
        p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(f"{left}\t{right}"); rr.bold = bold; rr.font.size = Pt(12)
    tabline('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True)
    tabline(r['uname'].upper(), 'Độc lập - Tự do - Hạnh phúc', True)
    tabline('', '')
    tabline(f"Số: {r['number']}", f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, 'Về kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026 của phường' if r['uname'].startswith('Phường') else 'Về kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c')
    para(doc, f"Ủy ban nhân dân {r['uname']} báo cáo Sở Khoa học và Công nghệ kết quả làm được trong năm 2026 như sau:", align='j')
    para(doc, 'I. NHỮNG VIỆC ĐÃ LÀM', bold=True)
    for i, e in enumerate(r['entries'], 1):
        p = para(doc, '', align='j')
        rr = p.add_run(f"{i}) {e['head']}: "); rr.bold = True
        p.add_run(e['body'] + ' ' + e['st'])
    para(doc, 'II. KHÓ KHĂN', bold=True)
    for x in r['diff']: para(doc, '- ' + x, align='j')
    para(doc, 'III. ĐỀ XUẤT', bold=True)
    for x in r['prop']: para(doc, '- ' + x, align='j')
    para(doc, 'Phường kính báo cáo./.' if r['uname'].startswith('Phường') else 'Kính báo cáo./.')
    para(doc, r['role'].split('\n')[0], bold=True, align='r')
    para(doc, r['role'].split('\n')[1], bold=True, align='r')
    para(doc); para(doc)
    para(doc, r['signer'], bold=True, align='r')
    doc.save(path)

# ---------------------------------------------------------------- Hand D (docx)
def render_D_docx(r, path):
    doc = base_doc()
    d, m, y = vdate(r['date'])
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', r['uname'].upper(), f"Số: {r['number']}", r['vv']], bold=[False, False, True, False, False], size=12)
    cell_text(t.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"], bold=[True, True, False, False], size=12)
    para(doc)
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    para(doc, f"Phúc đáp văn bản đề nghị báo cáo của Sở Khoa học và Công nghệ, {r['uname']} báo cáo như sau:", align='j')
    for i, e in enumerate(r['entries'], 1):
        para(doc, f"{i}. {e['head']}", bold=True)
        p = para(doc, '', align='j'); rr = p.add_run('Kết quả: '); rr.italic = True; p.add_run(e['body'])
        p = para(doc, ''); rr = p.add_run('Tiến độ: '); rr.italic = True; rr2 = p.add_run(e['st']); rr2.bold = True
    n = len(r['entries']) + 1
    para(doc, f"{n}. Khó khăn, vướng mắc", bold=True)
    for x in r['diff']: para(doc, '▪ ' + x, align='j')
    para(doc, f"{n+1}. Kiến nghị, đề xuất", bold=True)
    for x in r['prop']: para(doc, '▪ ' + x, align='j')
    para(doc, f"{r['uname']} báo cáo để Sở Khoa học và Công nghệ tổng hợp./.")
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT.'], align='l', size=11)
    cell_text(t.cell(0, 1), r['role'].split('\n') + ['', '', r['signer']], bold=True)
    doc.save(path)

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def boxrange(ws, r1, r2, c1, c2):
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1): ws.cell(rr, cc).border = BOX

# ---------------------------------------------------------------- Hand B (xlsx)
def render_B(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC T11'
    d, m, y = vdate(r['date'])
    ws.merge_cells('A1:B1'); ws['A1'] = 'UBND ' + r['uname'].upper()
    ws.merge_cells('C1:E1'); ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('A2:B2'); ws['A2'] = 'Số: ' + r['number']
    ws.merge_cells('C2:E2'); ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('C3:E3'); ws['C3'] = f"{r['uname']}, ngày {d} tháng {m} năm {y}"
    ws.merge_cells('A5:E5'); ws['A5'] = 'BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG NĂM 2026'
    for c in ('A1', 'C1', 'C2', 'A5'): ws[c].font = Font(bold=True)
    for c in ('C1', 'C2', 'C3', 'A5', 'A1', 'A2'): ws[c].alignment = Alignment(horizontal='center')
    ws['C3'].font = Font(italic=True)
    hdr = ['TT', 'Việc của xã', 'Thực hiện thế nào', 'Con số', 'Tiến độ']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='D9D9D9'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    row = 8
    for i, e in enumerate(r['entries'], 1):
        ws.cell(row, 1, i); ws.cell(row, 2, e['head']); ws.cell(row, 3, e['how'] or None)
        ws.cell(row, 4, '\n'.join('- ' + x for x in e['nums']) if e['nums'] else None); ws.cell(row, 5, e['st'])
        for cc in range(1, 6): ws.cell(row, cc).alignment = Alignment(wrap_text=True, vertical='top')
        row += 1
    boxrange(ws, 7, row - 1, 1, 5)
    row += 1
    ws.cell(row, 1, 'Khó khăn:').font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
    ws.cell(row, 2, '\n'.join(r['diff'])).alignment = Alignment(wrap_text=True)
    row += 1
    ws.cell(row, 1, 'Xin ý kiến:').font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
    ws.cell(row, 2, '\n'.join(r['prop'])).alignment = Alignment(wrap_text=True)
    row += 2
    ws.cell(row, 4, 'Người lập biểu'); ws.cell(row, 5, 'KT. CHỦ TỊCH')
    ws.cell(row + 3, 4, 'Phạm Văn Lộc'); ws.cell(row + 3, 5, r['signer'])
    ws.column_dimensions['A'].width = 10; ws.column_dimensions['B'].width = 40; ws.column_dimensions['C'].width = 30
    ws.column_dimensions['D'].width = 18; ws.column_dimensions['E'].width = 14
    wb.save(path)

# ---------------------------------------------------------------- Hand E (xlsx)
def render_E(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao'
    y, m, d = map(int, r['date'].split('-'))
    ws['A1'] = 'UBND ' + r['uname'].upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + r['number']
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['C3'] = 'Ngày báo cáo:'; ws['D3'] = datetime.date(y, m, d); ws['D3'].number_format = 'dd/mm/yyyy'
    ws.merge_cells('A5:E5'); ws['A5'] = 'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 CỦA ' + r['uname'].upper()
    ws.merge_cells('A6:E6'); ws['A6'] = '(Kèm theo Báo cáo của Ủy ban nhân dân ' + r['uname'] + ')'; ws['A6'].alignment = Alignment(horizontal='center'); ws['A5'].font = Font(bold=True); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nội dung / Chỉ tiêu', 'Số lượng', 'ĐVT', 'Kết luận']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.alignment = Alignment(horizontal='center', wrap_text=True)
    row = 8
    for i, e in enumerate(r['entries'], 1):
        ws.cell(row, 1, i); c = ws.cell(row, 2, e['head']); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
        ws.cell(row, 5, e['st']); row += 1
        for lab, val, dvt in e['rows']:
            ws.cell(row, 2, '   - ' + lab); c = ws.cell(row, 3, val)
            if val >= 1000: c.number_format = '#,##0'
            ws.cell(row, 4, dvt); row += 1
    boxrange(ws, 7, row - 1, 1, 5)
    row += 1
    ws.cell(row, 1, 'Khó khăn, vướng mắc').font = Font(bold=True); row += 1
    for x in r['diff']: ws.cell(row, 2, '- ' + x); row += 1
    ws.cell(row, 1, 'Đề xuất, kiến nghị').font = Font(bold=True); row += 1
    for x in r['prop']: ws.cell(row, 2, '- ' + x); row += 1
    row += 1
    ws.cell(row, 2, 'Người lập: Đặng Hữu Phước'); ws.cell(row, 5, 'KT. CHỦ TỊCH'); ws.cell(row + 3, 5, r['signer'])
    ws.column_dimensions['B'].width = 55; ws.column_dimensions['C'].width = 14; ws.column_dimensions['E'].width = 18
    wb.save(path)

# ---------------------------------------------------------------- Hand D (xlsx)
def render_D_xlsx(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Phu luc'
    d, m, y = vdate(r['date'])
    ws['A1'] = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'; ws['A2'] = r['uname'].upper(); ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + r['number']; ws['A4'] = r['vv']
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
    ws.merge_cells('A6:D6'); ws['A6'] = 'PHỤ LỤC KẾT QUẢ THỰC HIỆN'; ws['A6'].font = Font(bold=True); ws['A6'].alignment = Alignment(horizontal='center')
    for i, h in enumerate(['STT', 'Nội dung', 'Kết quả', 'Tiến độ'], 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True)
    row = 9
    for i, e in enumerate(r['entries'], 1):
        ws.cell(row, 1, i); ws.cell(row, 2, e['head']); ws.cell(row, 3, e['body']); ws.cell(row, 4, e['st'])
        for cc in range(1, 5): ws.cell(row, cc).alignment = Alignment(wrap_text=True, vertical='top')
        row += 1
    boxrange(ws, 8, row - 1, 1, 4)
    ws.cell(row, 1, len(r['entries']) + 1); ws.cell(row, 2, 'Khó khăn, vướng mắc'); ws.cell(row, 3, '\n'.join('▪ ' + x for x in r['diff'])); row += 1
    ws.cell(row, 1, len(r['entries']) + 2); ws.cell(row, 2, 'Kiến nghị, đề xuất'); ws.cell(row, 3, '\n'.join('▪ ' + x for x in r['prop'])); row += 2
    ws.cell(row, 4, r['role'].replace('\n', ' ')); ws.cell(row + 3, 4, r['signer'])
    ws.column_dimensions['B'].width = 40; ws.column_dimensions['C'].width = 70; ws.column_dimensions['D'].width = 18
    wb.save(path)

def resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)

def main():
    for r in R:
        path = os.path.join(OUT, r['file'])
        h = r['hand']
        if h == 'A': render_A(r, path)
        elif h == 'C': render_C(r, path)
        elif h == 'B': render_B(r, path)
        elif h == 'E': render_E(r, path)
        elif h == 'D': (render_D_xlsx if path.endswith('.xlsx') else render_D_docx)(r, path)
        if r.get('resave'): resave(path)
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        rej = r.get('rejected', False)
        key = dict(file=r['file'], sha256=sha, status='rejected' if rej else 'extracted',
                   reason=r.get('reason') if rej else None,
                   unit=dict(id=r['uid'], name=r['uname']),
                   document=dict(number=r['number'], date=r['date']),
                   entries=[] if rej else [dict(task=e['task'], status=e['status'], indicators=e['ind'],
                                                 text=(e['head'] + ': ' + (e.get('body') or '; '.join(e.get('nums') or []) or '; '.join(f'{a} {b} {c}' for a, b, c in e.get('rows', [])))).strip())
                                            for e in r['entries']],
                   findings=[], difficulties=[] if rej else r['diff'], proposals=[] if rej else r['prop'])
        json.dump(key, open(os.path.join(TRUTH, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
        print('wrote', r['file'])

if __name__ == '__main__':
    main()
