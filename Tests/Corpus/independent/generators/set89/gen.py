# -*- coding: utf-8 -*-
"""Generator for set89: 17 reports in four hands + answer keys.
Run: python3 gen.py  (then the LibreOffice re-save step and keys are written at the end)."""
import os, json, hashlib, subprocess, shutil, glob
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

# ---------------------------------------------------------------- content
def E(task, status, title, body, st, ind=None, figs=None, done=''):
    return dict(task=task, status=status, title=title, body=body, st=st,
                ind=ind or {}, figs=figs or [], done=done)

FILES = []

# ===== Hand A: Bích — ward economics officer, DOCX, "Đã thực hiện:" then "Kết quả: <status>."
FILES.append(dict(
    fname='25837-chanh-phu-hoa-bc-ct38.docx', hand='A', kind='ward',
    uid='25837', uname='Phường Chánh Phú Hòa', head1='ỦY BAN NHÂN DÂN', head2='PHƯỜNG CHÁNH PHÚ HÒA',
    number='214/BC-UBND', date=(2026, 10, 27), signer=('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Thạnh'),
    self='Ủy ban nhân dân phường Chánh Phú Hòa',
    entries=[
        E('II.1.a', 'completed', 'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
          'Đăng 06 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo của 12 khu phố; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi phổ biến quy định về cân, đong, đo cho 85 lượt hộ kinh doanh tại chợ Chánh Phú Hòa.',
          'Hoàn thành.', dict(communications=6, training_courses=1, participants=85)),
        E('II.3.a', 'completed', 'Cử công chức tham gia tập huấn nghiệp vụ',
          'Cử 02 công chức Phòng Kinh tế tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức ngày 18/6/2026.',
          'Hoàn thành.', dict(participants=2)),
        E('II.5.c', 'in_progress', 'Phối hợp kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu',
          'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 cuộc tại 17 cơ sở (09 cửa hàng xăng dầu, 08 hộ kinh doanh tại chợ); phát hiện 02 cơ sở vi phạm (sử dụng cân không đạt yêu cầu kỹ thuật đo lường), đã lập biên bản chuyển người có thẩm quyền xử phạt với tổng số tiền 4.500.000 đồng.',
          'Đang thực hiện, dự kiến kiểm tra đợt cuối năm trong tháng 12/2026.',
          dict(inspections=3, establishments_inspected=17, violations=2, fines_vnd=4500000)),
        E('II.2.đ', 'in_progress', 'Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường',
          'Rà soát, cập nhật các quy trình nội bộ sau khi sắp xếp đơn vị hành chính; tổ chức đánh giá nội bộ đợt 1 năm 2026.',
          'Đang thực hiện.'),
        E('II.5.d', 'not_applicable', 'Tiếp nhận phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
          'Trong kỳ, UBND phường không tiếp nhận phản ánh, tố giác nào liên quan đến lĩnh vực này.',
          'Không phát sinh.'),
    ],
    diff=['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc.',
          'Phường chưa được trang bị quả cân chuẩn, cân đối chứng để tự kiểm tra tại chợ.'],
    prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị cân đối chứng cho chợ Chánh Phú Hòa.',
          'Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027.'],
))

FILES.append(dict(
    fname='25891-tan-khanh-bao-cao-ct38-2026.docx', hand='A', kind='ward',
    uid='25891', uname='Phường Tân Khánh', head1='ỦY BAN NHÂN DÂN', head2='PHƯỜNG TÂN KHÁNH',
    number='387/BC-UBND', date=(2026, 10, 30), signer=('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Kim Loan'),
    self='Ủy ban nhân dân phường Tân Khánh',
    entries=[
        E('II.1.a', 'in_progress', 'Công tác thông tin, tuyên truyền',
          'Đăng tải 12 tin, bài về Chỉ thị số 38-CT/TW và quy định ghi nhãn hàng hóa trên Trang thông tin điện tử phường; phát thanh lưu động tại các khu phố.',
          'Đang thực hiện (thường xuyên).', dict(communications=12)),
        E('II.1.b', 'completed', 'Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia',
          'Chuyển thông báo, thể lệ Giải thưởng Chất lượng Quốc gia năm 2026 đến 25 doanh nghiệp trên địa bàn phường; hướng dẫn trực tiếp 02 doanh nghiệp đăng ký.',
          'Hoàn thành.', dict(enterprises_supported=25)),
        E('II.5.c', 'completed', 'Kiểm tra theo thẩm quyền được phân cấp',
          'Tổ kiểm tra liên ngành phường tổ chức 02 cuộc kiểm tra tại 11 cơ sở kinh doanh (xăng dầu, vàng trang sức, hàng đóng gói sẵn); xử phạt 01 cơ sở vi phạm về nhãn hàng hóa, số tiền 2,5 triệu đồng.',
          'Hoàn thành.', dict(inspections=2, establishments_inspected=11, violations=1, fines_vnd=2500000)),
        E('II.3.a', 'completed', 'Bồi dưỡng, tập huấn cho công chức',
          'Cử 03 công chức (Phòng Kinh tế, Văn phòng HĐND và UBND) tham dự tập huấn trực tuyến do Chi cục tổ chức.',
          'Hoàn thành.', dict(participants=3)),
        E('II.2.đ', 'completed', 'Áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015',
          'Ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 của UBND phường sau sắp xếp.',
          'Hoàn thành.'),
    ],
    diff=['Nhiều hộ kinh doanh nhỏ lẻ chưa quan tâm đến quy định về nhãn hàng hóa, đo lường.',
          'Kinh phí cho công tác tuyên truyền chưa được bố trí riêng.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, tờ rơi tuyên truyền mẫu để phường in ấn, phát hành.'],
))

FILES.append(dict(
    fname='25813-ben-cat-bc95.docx', hand='A', kind='ward',
    uid='25813', uname='Phường Bến Cát', head1='ỦY BAN NHÂN DÂN', head2='PHƯỜNG BẾN CÁT',
    number='95/BC-UBND', date=(2026, 11, 2), signer=('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Quốc Dũng'),
    self='Ủy ban nhân dân phường Bến Cát',
    entries=[
        E('II.1.a', 'completed', 'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
          'Phát hành 04 tin, bài trên hệ thống truyền thanh phường; tổ chức 01 hội nghị phổ biến pháp luật về đo lường cho 60 người là hộ kinh doanh, tiểu thương chợ Bến Cát.',
          'Hoàn thành.', dict(communications=4, training_courses=1, participants=60)),
        E('II.5.c', 'in_progress', 'Phối hợp kiểm tra phương tiện đo tại chợ, cửa hàng',
          'Phối hợp Chi cục kiểm tra 01 cuộc tại 06 cơ sở kinh doanh xăng dầu trên Quốc lộ 13; qua kiểm tra chưa phát hiện vi phạm.',
          'Đang thực hiện, tiếp tục phối hợp theo kế hoạch của Chi cục.',
          dict(inspections=1, establishments_inspected=6)),
        E('II.3.a', 'not_started', 'Cử công chức tham gia tập huấn nghiệp vụ',
          'Do công chức phụ trách mới được phân công (tháng 8/2026) nên phường chưa cử người tham dự lớp tập huấn của Chi cục.',
          'Chưa thực hiện.'),
        E('II.2.đ', 'completed', 'Duy trì Hệ thống quản lý chất lượng tại cơ quan',
          'Hoàn thành đánh giá nội bộ, xem xét của lãnh đạo và cập nhật danh mục quy trình giải quyết thủ tục hành chính.',
          'Hoàn thành.'),
    ],
    diff=['Công chức phụ trách lĩnh vực thay đổi, chưa được tập huấn nghiệp vụ.'],
    prop=['Kiến nghị Chi cục bố trí thêm lớp tập huấn trong Quý IV/2026 để phường cử công chức mới tham dự.',
          'Đề nghị cung cấp danh sách cơ sở kinh doanh xăng dầu đã được kiểm tra trên địa bàn để phường theo dõi.'],
))

FILES.append(dict(
    fname='27676-thanh-an-bc-giam-ngheo.docx', hand='A', kind='ward', rejected=True,
    reason='Báo cáo về công tác giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).',
    uid='27676', uname='Xã Thạnh An', head1='ỦY BAN NHÂN DÂN', head2='XÃ THẠNH AN',
    number='168/BC-UBND', date=(2026, 10, 26), signer=('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Thành Nhân'),
    self='Ủy ban nhân dân xã Thạnh An',
    title2='Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 10 tháng năm 2026',
    to='Sở Nội vụ Thành phố Hồ Chí Minh',
    intro='Thực hiện Công văn số 2741/SNV-BTXH của Sở Nội vụ về báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững, Ủy ban nhân dân xã Thạnh An báo cáo như sau:',
    entries=[
        E(None, None, 'Rà soát hộ nghèo, hộ cận nghèo',
          'Hoàn thành rà soát 1.214 hộ dân tại 02 ấp Thạnh Hòa và ấp Thiềng Liềng; kết quả còn 09 hộ nghèo, 21 hộ cận nghèo theo chuẩn Thành phố.',
          'Hoàn thành.'),
        E(None, None, 'Hỗ trợ vốn vay sản xuất, sinh kế',
          'Phối hợp Ngân hàng Chính sách xã hội giải ngân 1,85 tỷ đồng cho 37 hộ vay phát triển nuôi hàu, đánh bắt ven bờ.',
          'Đang thực hiện.'),
        E(None, None, 'Hỗ trợ bảo hiểm y tế, học phí',
          'Cấp 96 thẻ bảo hiểm y tế cho thành viên hộ nghèo, cận nghèo; miễn giảm học phí cho 42 học sinh.',
          'Hoàn thành.'),
    ],
    diff=['Địa bàn xã đảo, đi lại khó khăn, chi phí sinh hoạt cao.'],
    prop=['Đề nghị Thành phố ưu tiên nguồn vốn hỗ trợ sinh kế cho hộ nghèo xã đảo.'],
))

# ===== Hand B: Huy — department office, XLSX biểu (and one Word copy of the same table)
FILES.append(dict(
    fname='SCT-bieu-bao-cao-CT38-nam-2026.xlsx', hand='B', kind='dept',
    uid='SO-CT', uname='Sở Công Thương', head1='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ CÔNG THƯƠNG',
    number='5123/BC-SCT', date=(2026, 10, 24), signer=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Huỳnh Minh Phúc'),
    entries=[
        E('II.5.a', 'in_progress', 'Phối hợp kiểm tra chất lượng hàng hóa lưu thông (xăng dầu, khí dầu mỏ hóa lỏng)',
          'Chủ trì, phối hợp Chi cục TĐC, Đội QLTT kiểm tra đột xuất cửa hàng xăng dầu, cửa hàng kinh doanh LPG chai.',
          'Đang triển khai', dict(inspections=4, establishments_inspected=37, violations=5, fines_vnd=62500000),
          ['04 cuộc kiểm tra', '37 cơ sở', '05 cơ sở vi phạm', 'phạt 62.500.000 đ'], '—'),
        E('II.1.a', 'completed', 'Tuyên truyền pháp luật về đo lường, chất lượng cho thương nhân xăng dầu',
          'Lồng ghép nội dung đo lường, chất lượng xăng dầu vào hội nghị phổ biến Nghị định về kinh doanh xăng dầu.',
          'Đã hoàn thành', dict(training_courses=2, participants=240), ['02 hội nghị', '240 đại biểu'], '15/5/2026'),
        E('II.5.b', 'completed', 'Cung cấp thông tin, phối hợp khảo sát chất lượng xăng dầu',
          'Cung cấp danh sách cửa hàng, phối hợp lấy mẫu xăng dầu để khảo sát chất lượng.',
          'Đã hoàn thành', dict(samples_tested=18), ['18 mẫu xăng, dầu'], '30/8/2026'),
        E('II.2.e', 'completed', 'Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia',
          'Góp ý dự thảo QCVN về khí dầu mỏ hóa lỏng và 02 dự thảo TCVN về nhiên liệu sinh học.',
          'Đã hoàn thành', dict(standards_reviewed=3), ['03 dự thảo QCVN, TCVN'], '10/7/2026'),
        E('II.6.a', 'in_progress', 'Thông tin cam kết về rào cản kỹ thuật trong thương mại (TBT) trong các FTA',
          'Phát hành bản tin cảnh báo TBT, cập nhật cam kết FTA trên Cổng thông tin của Sở.',
          'Đang triển khai', dict(communications=5), ['05 bản tin'], '—'),
    ],
    diff=['Lực lượng kiểm tra chuyên ngành mỏng, địa bàn rộng sau hợp nhất.',
          'Chi phí thử nghiệm mẫu xăng dầu lớn, chưa có nguồn kinh phí riêng.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí thử nghiệm mẫu trong các đợt kiểm tra liên ngành.',
          'Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng xăng dầu định kỳ hằng quý.'],
))

FILES.append(dict(
    fname='SYT_BC_CT38_2026.xlsx', hand='B', kind='dept',
    uid='SO-YT', uname='Sở Y tế', head1='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ Y TẾ',
    number='8812/BC-SYT', date=(2026, 10, 21), signer=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Thị Thanh Tâm'),
    entries=[
        E('II.2.e', 'completed', 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia lĩnh vực y tế',
          'Góp ý dự thảo QCVN về trang thiết bị y tế, nước sạch sinh hoạt theo đề nghị của Bộ Y tế.',
          'Đã hoàn thành', dict(standards_reviewed=4), ['04 dự thảo QCVN'], '20/6/2026'),
        E('II.5.a', 'in_progress', 'Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông',
          'Thanh tra Sở phối hợp kiểm tra cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm.',
          'Đang triển khai', dict(inspections=6, establishments_inspected=52, violations=8, fines_vnd=96000000),
          ['06 đoàn kiểm tra', '52 cơ sở', '08 cơ sở vi phạm', 'phạt 96.000.000 đ'], '—'),
        E('II.2.đ', 'completed', 'Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở',
          'Cập nhật, công bố lại HTQLCL sau khi sáp nhập các đơn vị.',
          'Đã hoàn thành', None, [], '28/3/2026'),
        E('II.3.a', 'completed', 'Cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng',
          'Cử công chức phòng Nghiệp vụ Dược và Thanh tra Sở tham dự.',
          'Đã hoàn thành', dict(participants=5), ['05 công chức'], '18/6/2026'),
        E('II.6.b', 'not_applicable', 'Phối hợp thúc đẩy năng suất khu vực công (APO)',
          'Trong năm chưa có yêu cầu phối hợp.',
          'Không phát sinh', None, [], ''),
    ],
    diff=['Nhiều trang thiết bị y tế nhập khẩu chưa có tiêu chuẩn quốc gia tương ứng để đối chiếu khi kiểm tra.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ hướng dẫn áp dụng tiêu chuẩn quốc tế đối với trang thiết bị y tế chưa có TCVN.'],
))

FILES.append(dict(
    fname='SNNMT - bao cao CT38 - 10 thang.xlsx', hand='B', kind='dept', resave=True,
    uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', head1='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    number='1420/BC-SNNMT', date=(2026, 10, 29), signer=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Hiếu'),
    entries=[
        E('II.2.a', 'in_progress', 'Triển khai truy xuất nguồn gốc nông sản (Đề án 100)',
          'Hỗ trợ hợp tác xã, doanh nghiệp áp dụng mã QR truy xuất nguồn gốc rau, quả, thủy sản.',
          'Đang triển khai', dict(enterprises_supported=14, budget_spent_vnd=1200000000),
          ['14 HTX, doanh nghiệp', 'kinh phí 1,2 tỷ đồng'], '—'),
        E('II.2.e', 'completed', 'Góp ý QCVN phân bón, thức ăn chăn nuôi',
          'Tổng hợp ý kiến các phòng chuyên môn gửi Bộ Nông nghiệp và Môi trường.',
          'Đã hoàn thành', dict(standards_reviewed=2), ['02 dự thảo QCVN'], '05/8/2026'),
        E('II.5.a', 'in_progress', 'Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, giống)',
          'Chi cục Trồng trọt và Bảo vệ thực vật chủ trì kiểm tra, lấy mẫu phân tích.',
          'Đang triển khai', dict(inspections=5, establishments_inspected=64, violations=9, fines_vnd=147000000, samples_tested=40),
          ['05 cuộc', '64 cơ sở', '09 vi phạm', 'phạt 147.000.000 đ', '40 mẫu'], '—'),
        E('II.1.a', 'completed', 'Tập huấn quy định chất lượng vật tư nông nghiệp',
          'Tổ chức tập huấn cho đại lý, cửa hàng kinh doanh vật tư nông nghiệp.',
          'Đã hoàn thành', dict(training_courses=3, participants=210), ['03 lớp', '210 lượt người'], '25/9/2026'),
    ],
    diff=['Hệ thống truy xuất nguồn gốc của ngành chưa kết nối với Cổng truy xuất nguồn gốc quốc gia.',
          'Nhiều hộ sản xuất nhỏ chưa đủ điều kiện tham gia truy xuất nguồn gốc.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ hướng dẫn kết nối dữ liệu truy xuất nguồn gốc với hệ thống quốc gia.'],
))

FILES.append(dict(
    fname='So Xay dung - BC 9034 CT38.docx', hand='B', kind='dept',
    uid='SO-XD', uname='Sở Xây dựng', head1='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', head2='SỞ XÂY DỰNG',
    number='9034/BC-SXD', date=(2026, 10, 26), signer=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Phạm Ngọc Sơn'),
    entries=[
        E('II.2.e', 'completed', 'Góp ý sửa đổi QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng',
          'Tổng hợp ý kiến các doanh nghiệp sản xuất vật liệu xây dựng, gửi Bộ Xây dựng.',
          'Đã hoàn thành', dict(standards_reviewed=1), ['01 dự thảo QCVN'], '12/4/2026'),
        E('II.5.a', 'completed', 'Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường',
          'Kiểm tra việc chứng nhận hợp quy, công bố hợp quy xi măng, thép, kính xây dựng.',
          'Đã hoàn thành', dict(inspections=2, establishments_inspected=15, violations=2, fines_vnd=30000000),
          ['02 cuộc', '15 cơ sở', '02 vi phạm', 'phạt 30.000.000 đ'], '30/9/2026'),
        E('II.2.đ', 'in_progress', 'Chuyển đổi HTQLCL theo TCVN ISO 9001:2015 trên môi trường mạng',
          'Đang số hóa hồ sơ quy trình, tích hợp với hệ thống quản lý văn bản.',
          'Đang triển khai', None, [], '—'),
        E('II.3.a', 'not_started', 'Tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức',
          'Chưa có kế hoạch tập huấn chung với Sở Khoa học và Công nghệ.',
          'Chưa triển khai', None, [], '—'),
    ],
    diff=['Thủ tục công bố hợp quy vật liệu xây dựng nhập khẩu còn chồng chéo giữa các cơ quan.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức lớp tập huấn chung về hợp chuẩn, hợp quy vật liệu xây dựng.'],
))

# ===== Hand C: Khoa — the Sở's units, DOCX, each "2.n." item closed against the unit's annual plan
FILES.append(dict(
    fname='CCTDC_BC_812_ket_qua_CT38_2026.docx', hand='C', kind='internal',
    uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='CHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG',
    number='812/BC-CCTĐC', date=(2026, 10, 28), signer=('CHI CỤC TRƯỞNG', '', 'Đặng Hữu Phước'),
    who='Chi cục',
    entries=[
        E('II.1.a', 'completed', 'Tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu',
          'Chi cục tổ chức 04 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và 01 buổi tọa đàm với doanh nghiệp nhập khẩu (tổng cộng 05 lớp, buổi) với 595 lượt người tham dự; phát hành 22 tin, bài trên Cổng thông tin điện tử của Sở và Chi cục.',
          'Nhiệm vụ đã hoàn thành kế hoạch năm 2026.', dict(training_courses=5, participants=595, communications=22)),
        E('II.1.b', 'completed', 'Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
          'Chi cục gửi thư mời, hướng dẫn lập hồ sơ cho 9 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026.',
          'Đã hoàn thành kế hoạch năm.', dict(enterprises_supported=9)),
        E('II.2.a', 'in_progress', 'Chương trình 1322, Kế hoạch 36, Đề án 996 và Đề án 100',
          'Chi cục hỗ trợ 16 doanh nghiệp áp dụng công cụ cải tiến năng suất, đo lường và truy xuất nguồn gốc; kinh phí đã giải ngân 215,4 triệu đồng.',
          'Đạt khoảng 60% kế hoạch năm, đang tiếp tục thực hiện trong Quý IV/2026.',
          dict(enterprises_supported=16, budget_spent_vnd=215400000)),
        E('II.2.c', 'completed', 'Góp ý sửa đổi, bổ sung Luật và văn bản quy phạm pháp luật',
          'Chi cục tham mưu Sở góp ý dự thảo Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) và dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa theo đề nghị của Bộ.',
          'Đã hoàn thành theo yêu cầu trong năm.'),
        E('II.2.e', 'in_progress', 'Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
          'Chi cục chủ trì tổng hợp ý kiến góp ý 27 dự thảo TCVN, QCVN gửi Bộ Khoa học và Công nghệ.',
          'Đang thực hiện theo kế hoạch năm (thời hạn Quý IV/2026).', dict(standards_reviewed=27)),
        E('II.3.a', 'completed', 'Tập huấn chuyên môn cho công chức sở, ngành, xã, phường, đặc khu',
          'Chi cục tổ chức 02 lớp tập huấn nghiệp vụ cho 180 công chức các sở, ngành và UBND xã, phường, đặc khu.',
          'Nhiệm vụ đã hoàn thành kế hoạch năm 2026.', dict(training_courses=2, participants=180)),
        E('II.4.b', 'completed', 'Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
          'Chi cục đã gửi kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra.',
          'Đã hoàn thành kế hoạch năm.', dict(instruments_verified=46)),
        E('II.5.a', 'in_progress', 'Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng',
          'Chi cục thực hiện 11 cuộc kiểm tra tại 96 cơ sở; phát hiện 14 cơ sở vi phạm, ban hành quyết định xử phạt với tổng số tiền 187,5 triệu đồng.',
          'Đạt 11/14 cuộc theo kế hoạch năm, đang tiếp tục thực hiện.',
          dict(inspections=11, establishments_inspected=96, violations=14, fines_vnd=187500000)),
        E('II.5.b', 'in_progress', 'Khảo sát chất lượng sản phẩm, hàng hóa',
          'Chi cục lấy 120 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) để khảo sát chất lượng.',
          'Đang thực hiện theo kế hoạch năm.', dict(samples_tested=120)),
        E('II.6.b', 'not_applicable', 'Phối hợp với Ủy ban TĐC Quốc gia và APO',
          'Năm 2026 Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia chưa có yêu cầu phối hợp.',
          'Không phát sinh trong năm.'),
    ],
    diff=['Biên chế của Chi cục còn thiếu so với khối lượng công việc sau khi mở rộng địa bàn.',
          'Kinh phí khảo sát chất lượng sản phẩm, hàng hóa chưa đáp ứng số lượng mẫu cần lấy.'],
    prop=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.',
          'Đề nghị Sở chỉ đạo các phòng, đơn vị gửi báo cáo đúng thời hạn để Chi cục tổng hợp.'],
))

FILES.append(dict(
    fname='TTPTTN-365-BC-CT38.docx', hand='C', kind='internal',
    uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG',
    number='365/BC-TTPT', date=(2026, 10, 23), signer=('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Ngô Thị Hồng Nhung'),
    who='Trung tâm',
    entries=[
        E('II.4.a', 'in_progress', 'Đầu tư cơ sở vật chất, trang thiết bị',
          'Trung tâm triển khai dự án mua sắm thiết bị phân tích, thử nghiệm; giá trị đã giải ngân 4.860,5 triệu đồng.',
          'Đạt 72% kế hoạch vốn năm, đang tiếp tục thực hiện.', dict(budget_spent_vnd=4860500000)),
        E('II.4.c', 'completed', 'Duy trì chuẩn đo lường, bảo đảm liên kết chuẩn',
          'Trung tâm đã hiệu chuẩn, liên kết 35 chuẩn đo lường chính đến chuẩn quốc gia.',
          'Đã hoàn thành kế hoạch năm 2026.', dict(instruments_verified=35)),
        E('II.2.g', 'completed', 'Mở rộng phạm vi dịch vụ kỹ thuật',
          'Trung tâm được công nhận mở rộng thêm phép thử lĩnh vực điện – điện tử và thực phẩm.',
          'Đã hoàn thành kế hoạch năm.'),
        E('II.5.b', 'completed', 'Thử nghiệm mẫu phục vụ khảo sát chất lượng',
          'Trung tâm thử nghiệm 86 mẫu do Chi cục lấy trong các đợt khảo sát.',
          'Đã hoàn thành phần việc của Trung tâm trong kế hoạch năm.', dict(samples_tested=86)),
        E('II.3.d', 'in_progress', 'Đào tạo, bồi dưỡng cho viên chức và sinh viên',
          'Trung tâm tổ chức 03 khóa bồi dưỡng về đo lường, thử nghiệm với 145 học viên, sinh viên tham dự.',
          'Đang thực hiện, kế hoạch năm còn 01 khóa trong tháng 11/2026.', dict(training_courses=3, participants=145)),
    ],
    diff=['Thủ tục mua sắm thiết bị kéo dài, nhiều gói thầu phải tổ chức lại.'],
    prop=['Đề nghị Sở hỗ trợ đẩy nhanh thẩm định dự toán mua sắm thiết bị năm 2027.'],
))

FILES.append(dict(
    fname='KTPC_bao_cao_57.docx', hand='C', kind='internal', resave=True,
    uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='PHÒNG KIỂM TRA – PHÁP CHẾ',
    number='57/BC-KTPC', date=(2026, 10, 22), signer=('TRƯỞNG PHÒNG', '', 'Bùi Đức Minh'),
    who='Phòng',
    entries=[
        E('II.5.a', 'in_progress', 'Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng',
          'Phòng phối hợp với Chi cục thực hiện 04 cuộc kiểm tra tại 31 cơ sở; 06 cơ sở vi phạm, tham mưu xử phạt 78,5 triệu đồng.',
          'Đang thực hiện theo kế hoạch năm.', dict(inspections=4, establishments_inspected=31, violations=6, fines_vnd=78500000)),
        E('II.5.d', 'completed', 'Giải quyết phản ánh, tố giác và xử lý hành vi vi phạm',
          'Phòng tiếp nhận, tham mưu giải quyết dứt điểm 03 đơn phản ánh về đo lường xăng dầu.',
          'Đã hoàn thành trong năm.'),
        E('II.2.c', 'completed', 'Góp ý dự thảo văn bản quy phạm pháp luật',
          'Phòng phối hợp Chi cục rà soát, góp ý dự thảo Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi).',
          'Đã hoàn thành kế hoạch năm.'),
        E('II.4.b', 'not_started', 'Phối hợp rà soát đầu tư phương tiện kỹ thuật nghiệp vụ',
          'Chi cục chưa đề nghị phối hợp rà soát danh mục phương tiện theo Nghị định 135/2021/NĐ-CP.',
          'Chưa thực hiện trong năm 2026.'),
        E('II.5.b', 'not_applicable', 'Phối hợp khảo sát chất lượng sản phẩm, hàng hóa',
          'Trong năm Chi cục tự thực hiện các đợt khảo sát.',
          'Không phát sinh phần việc phối hợp.'),
    ],
    diff=['Số lượng công chức làm công tác kiểm tra ít, phải kiêm nhiệm công tác pháp chế.'],
    prop=['Đề nghị Lãnh đạo Sở bổ sung 01 biên chế cho Phòng.'],
))

FILES.append(dict(
    fname='QLKH-112-BC-CT38.docx', hand='C', kind='internal',
    uid='SKHCN-QLKH', uname='Phòng Quản lý Khoa học',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='PHÒNG QUẢN LÝ KHOA HỌC',
    number='112/BC-QLKH', date=(2026, 10, 19), signer=('TRƯỞNG PHÒNG', '', 'Hà Thị Mỹ Linh'),
    who='Phòng',
    entries=[
        E('II.3.c', 'in_progress', 'Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng',
          'Phòng đang thẩm định 02 hồ sơ chuyên gia theo Quyết định số 05/2026/QĐ-UBND.',
          'Đang thực hiện theo kế hoạch năm.'),
        E('II.2.a', 'in_progress', 'Nhiệm vụ khoa học và công nghệ về năng suất, chất lượng',
          'Phòng phối hợp xét chọn, ký hợp đồng 05 nhiệm vụ khoa học và công nghệ về nâng cao năng suất, chất lượng; kinh phí đã cấp 1.250 triệu đồng.',
          'Đạt 5/6 nhiệm vụ theo kế hoạch năm, đang tiếp tục.', dict(budget_spent_vnd=1250000000)),
        E('II.3.b', 'completed', 'Bồi dưỡng chuyên sâu về năng suất, chất lượng',
          'Phòng phối hợp Chi cục tổ chức 01 khóa bồi dưỡng chuyên gia năng suất cho 60 học viên.',
          'Đã hoàn thành kế hoạch năm.', dict(training_courses=1, participants=60)),
        E('II.6.b', 'not_applicable', 'Phối hợp thúc đẩy năng suất với APO',
          'Chưa có yêu cầu phối hợp.',
          'Không phát sinh trong năm 2026.'),
    ],
    diff=['Chính sách thu hút chuyên gia mới ban hành, số hồ sơ đăng ký còn ít.'],
    prop=['Đề nghị Chi cục giới thiệu chuyên gia tư vấn năng suất có đủ điều kiện để Phòng tham mưu thu hút.'],
))

FILES.append(dict(
    fname='VPS_BC2210_CT38.docx', hand='C', kind='internal',
    uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ',
    head1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', head2='VĂN PHÒNG SỞ',
    number='2210/BC-VP', date=(2026, 10, 30), signer=('CHÁNH VĂN PHÒNG', '', 'Lý Thanh Tùng'),
    who='Văn phòng',
    entries=[
        E('II.1.a', 'completed', 'Thông tin, tuyên truyền trên Cổng thông tin điện tử của Sở',
          'Văn phòng phối hợp đăng 15 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng.',
          'Đã hoàn thành kế hoạch năm.', dict(communications=15)),
        E('II.2.đ', 'completed', 'Duy trì Hệ thống quản lý chất lượng của Sở',
          'Văn phòng chủ trì đánh giá nội bộ, cập nhật quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015.',
          'Đã hoàn thành kế hoạch năm 2026.'),
        E('II.2.h', 'completed', 'Hệ thống thông tin giải quyết thủ tục hành chính',
          'Văn phòng phối hợp Chi cục, Phòng Chuyển đổi số kiểm tra kết nối với Cổng thông tin một cửa quốc gia.',
          'Đã hoàn thành trong Quý I/2026.'),
        E('II.4.a', 'in_progress', 'Đầu tư cơ sở vật chất cho đơn vị sự nghiệp',
          'Văn phòng thẩm định dự toán mua sắm của Trung tâm Dịch vụ Phân tích thí nghiệm.',
          'Đang thực hiện theo kế hoạch năm.'),
        E('II.5.d', 'completed', 'Khen thưởng tổ chức, cá nhân có thành tích',
          'Văn phòng trình Giám đốc Sở khen thưởng tổ chức, cá nhân có thành tích phát hiện vi phạm.',
          'Đã hoàn thành.'),
    ],
    diff=[],
    prop=['Đề nghị các phòng, đơn vị gửi tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng thường xuyên hơn để đăng tải.'],
))

# ===== Hand D: Vy — summary clerk, XLSX with an info block on top and plain spoken status phrases
FILES.append(dict(
    fname='LongHai_BC156_CT38.xlsx', hand='D', kind='ward',
    uid='26662', uname='Xã Long Hải', head2='UBND XÃ LONG HẢI',
    number='156/BC-UBND', date=(2026, 10, 25), maker=('Nguyễn Thị Tường Vy', 'công chức Kinh tế', '0254 3866 125'),
    entries=[
        E('II.1.a', 'completed', 'Tuyên truyền tiêu chuẩn, đo lường, chất lượng',
          'Phát 8 tin trên loa truyền thanh xã, treo băng rôn tại chợ Long Hải',
          'Đã làm xong', dict(communications=8)),
        E('II.5.c', 'in_progress', 'Kiểm tra cân, xăng dầu (phối hợp Chi cục)',
          'Kiểm tra 2 đợt tại 14 cơ sở (cửa hàng xăng dầu, vựa hải sản); 1 cơ sở vi phạm, phạt 3.750.000đ',
          'Đang làm tiếp', dict(inspections=2, establishments_inspected=14, violations=1, fines_vnd=3750000)),
        E('II.3.a', 'completed', 'Cử người đi tập huấn',
          'Cử 2 công chức dự lớp của Chi cục',
          'Đã làm xong', dict(participants=2)),
        E('II.2.đ', 'completed', 'ISO 9001 tại UBND xã',
          'Công bố lại HTQLCL sau sáp nhập',
          'Đã làm xong'),
        E('II.5.d', 'not_applicable', 'Tiếp nhận tố giác vi phạm',
          'Không nhận được tố giác',
          'Không có phát sinh'),
    ],
    diff=['Vựa hải sản dùng cân nhiều, người dân chưa quen việc kiểm định cân'],
    prop=['Xin Chi cục hỗ trợ kiểm định cân miễn phí cho tiểu thương chợ Long Hải'],
))

FILES.append(dict(
    fname='TNP_CT38_thang10.xlsx', hand='D', kind='ward',
    uid='26842', uname='Phường Tăng Nhơn Phú', head2='UBND PHƯỜNG TĂNG NHƠN PHÚ',
    number='402/BC-UBND', date=(2026, 10, 28), maker=('Phan Minh Trí', 'chuyên viên Phòng Kinh tế', '028 3730 2144'),
    entries=[
        E('II.1.a', 'in_progress', 'Tuyên truyền, hội nghị phổ biến',
          'Tổ chức 1 hội nghị cho 120 hộ kinh doanh; đăng 10 tin bài trên fanpage phường',
          'Đang làm tiếp', dict(training_courses=1, participants=120, communications=10)),
        E('II.5.c', 'completed', 'Kiểm tra theo phân cấp (nhãn hàng hóa, đo lường)',
          'Tổ công tác kiểm tra 3 cuộc, 26 cơ sở; 3 vi phạm, phạt 11.250.000đ',
          'Đã làm xong', dict(inspections=3, establishments_inspected=26, violations=3, fines_vnd=11250000)),
        E('II.1.b', 'not_applicable', 'Vận động tham gia Giải thưởng Chất lượng Quốc gia',
          'Doanh nghiệp trên địa bàn không đăng ký',
          'Không có phát sinh'),
        E('II.3.a', 'not_started', 'Cử công chức tập huấn',
          'Chưa có lớp phù hợp thời gian',
          'Chưa làm'),
    ],
    diff=['Cán bộ Phòng Kinh tế ít, phải làm nhiều lĩnh vực', 'Chưa có kinh phí in tài liệu tuyên truyền'],
    prop=['Đề nghị Sở mở lớp tập huấn vào cuối tuần hoặc trực tuyến'],
))

FILES.append(dict(
    fname='CDS-bc77-CT38.xlsx', hand='D', kind='internal',
    uid='SKHCN-CDS', uname='Phòng Chuyển đổi số', head2='PHÒNG CHUYỂN ĐỔI SỐ',
    number='77/BC-CĐS', date=(2026, 10, 20), maker=('Đoàn Gia Bảo', 'chuyên viên', '028 3829 7144'),
    entries=[
        E('II.2.h', 'completed', 'Kết nối Hệ thống TTHC với Cổng một cửa quốc gia',
          'Phối hợp Chi cục hoàn tất kết nối, thử nghiệm liên thông hồ sơ kiểm tra nhà nước hàng nhập khẩu',
          'Đã làm xong'),
        E('II.2.i', 'in_progress', 'Kết nối cơ sở dữ liệu quốc gia về TĐC',
          'Đang xây dựng API đồng bộ dữ liệu với Trung tâm CNTT và Địa không gian',
          'Đang làm tiếp'),
        E('II.2.a', 'not_applicable', 'Phối hợp Chương trình 1322, Đề án 100',
          'Chi cục chưa đề nghị phối hợp',
          'Không có phát sinh'),
    ],
    diff=['Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu kỹ thuật kết nối'],
    prop=['Đề nghị Chi cục làm đầu mối xin tài liệu kỹ thuật kết nối từ Ủy ban TĐC Quốc gia'],
))

FILES.append(dict(
    fname='BinhGia_BC_PCTT_2026.xlsx', hand='D', kind='ward', rejected=True,
    reason='Biểu báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).',
    uid='26590', uname='Xã Bình Giã', head2='UBND XÃ BÌNH GIÃ',
    number='149/BC-UBND', date=(2026, 10, 27), maker=('Lê Thị Hoa', 'công chức Nông nghiệp', '0254 3871 033'),
    title='BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026',
    entries=[
        E(None, None, 'Kiện toàn Ban Chỉ huy PCTT&TKCN xã', 'Ban hành Quyết định kiện toàn, phân công 15 thành viên', 'Đã làm xong'),
        E(None, None, 'Diễn tập phòng chống bão, lũ', 'Tổ chức 1 cuộc diễn tập tại ấp Bình Thắng, 150 người tham gia', 'Đã làm xong'),
        E(None, None, 'Nạo vét kênh mương thoát nước', 'Nạo vét 3,2 km kênh mương nội đồng', 'Đang làm tiếp'),
        E(None, None, 'Thiệt hại do mưa lớn', '12 căn nhà tốc mái, 18 ha hoa màu bị ngập', 'Đã làm xong'),
    ],
    diff=['Vật tư dự phòng thiếu'],
    prop=['Đề nghị cấp bổ sung áo phao, nhà bạt cho xã'],
))

# ---------------------------------------------------------------- helpers
def datestr(d):
    return 'ngày %02d tháng %02d năm %d' % (d[2], d[1], d[0]) if d[2] < 10 or d[1] < 10 else 'ngày %d tháng %d năm %d' % (d[2], d[1], d[0])

def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)
    pf = st.paragraph_format; pf.space_after = Pt(3); pf.space_before = Pt(0)

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = tblPr.find(qn('w:tblBorders'))
    if b is not None:
        tblPr.remove(b)

def cellp(cell, text, bold=False, italic=False, center=True, size=None, first=True, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    return p

def para(doc, text='', bold=False, italic=False, align=None, indent=True, size=None):
    p = doc.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j' or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != 'c': p.paragraph_format.first_line_indent = Cm(1)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def nd30_header(doc, f, left_lines, num_under_left=True):
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    t.columns[0].width = Cm(6.5); t.columns[1].width = Cm(9.5)
    c = t.cell(0, 0)
    cellp(c, left_lines[0], size=12)
    for ln in left_lines[1:]:
        cellp(c, ln, bold=True, size=12, first=False)
    cellp(c, '–––––––', first=False, size=10)
    c = t.cell(0, 1)
    cellp(c, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=12)
    cellp(c, 'Độc lập - Tự do - Hạnh phúc', bold=True, first=False, size=13, underline=True)
    cellp(t.cell(1, 0), 'Số: ' + f['number'], size=13)
    d = f['date']
    cellp(t.cell(1, 1), 'Thành phố Hồ Chí Minh, ' + datestr(d), italic=True, size=13)

# ---------------------------------------------------------------- Hand A
def render_A(f, path):
    doc = Document(); set_font(doc, size=14)
    s = doc.sections[0]; s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    nd30_header(doc, f, [f['head1'], f['head2']])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, f.get('title2', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026'), bold=True, align='c')
    para(doc, '––––––––', align='c')
    p = para(doc, align='c'); p.add_run('Kính gửi: ' + f.get('to', 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.'))
    para(doc, f.get('intro', 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả thực hiện, ' + f['self'] + ' báo cáo như sau:'))
    para(doc, 'I. CÔNG TÁC TRIỂN KHAI', bold=True, indent=False)
    if f.get('rejected'):
        para(doc, 'Ủy ban nhân dân xã ban hành Kế hoạch giảm nghèo năm 2026, phân công các ban, ngành, đoàn thể và Ban điều hành các ấp theo dõi, hỗ trợ từng hộ.')
        para(doc, 'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ', bold=True, indent=False)
    else:
        para(doc, f['self'] + ' đã ban hành Kế hoạch triển khai trên địa bàn, giao Phòng Kinh tế làm đầu mối tham mưu, phối hợp Văn phòng HĐND và UBND, Ban điều hành các khu phố thực hiện.')
        para(doc, 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', bold=True, indent=False)
    letters = 'abcdđeghi'
    for i, e in enumerate(f['entries']):
        p = para(doc, indent=True); r = p.add_run('%s) %s' % (letters[i], e['title'])); r.bold = True; r.italic = True
        p = para(doc); r = p.add_run('Đã thực hiện: '); r.italic = True; p.add_run(e['body'])
        p = para(doc); r = p.add_run('Kết quả: '); r.italic = True; p.add_run(e['st'])
    para(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for i, d in enumerate(f['diff'], 1):
        para(doc, '%d. %s' % (i, d))
    para(doc, 'IV. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for i, d in enumerate(f['prop'], 1):
        para(doc, '%d. %s' % (i, d))
    para(doc, 'Trên đây là báo cáo của ' + f['self'] + './.')
    sig_table(doc, [f.get('to', 'Sở Khoa học và Công nghệ') + ' (b/c);', 'Phòng Văn hóa - Xã hội (t/h);' if f.get('rejected') else 'Chi cục TĐC (t/h);', 'TT. Đảng ủy, TT. HĐND phường;' if 'phường' in f['self'] else 'TT. Đảng ủy xã;', 'Lưu: VT, KT.'], f['signer'])
    doc.save(path)

def sig_table(doc, noinhan, signer):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0)
    p = c.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for n in noinhan:
        q = c.add_paragraph(); rr = q.add_run('- ' + n); rr.font.size = Pt(11)
    c = t.cell(0, 1)
    first = True
    for ln in signer[:-1]:
        if not ln: continue
        cellp(c, ln, bold=True, first=first, size=13); first = False
    for _ in range(3): cellp(c, '', first=False)
    cellp(c, signer[-1], bold=True, first=False, size=13)

# ---------------------------------------------------------------- Hand B
HB = ['STT', 'Nhiệm vụ', 'Việc đã làm', 'Số liệu', 'Tiến độ', 'Ngày hoàn thành', 'Ghi chú']

def render_B_xlsx(f, path):
    wb = Workbook(); ws = wb.active; ws.title = 'BaoCao'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [6, 34, 42, 24, 16, 14, 14]
    for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells('A1:C1'); ws['A1'] = f['head1']
    ws.merge_cells('D1:G1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('A2:C2'); ws['A2'] = f['head2']
    ws.merge_cells('D2:G2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('A3:C3'); ws['A3'] = 'Số: ' + f['number']
    ws.merge_cells('D3:G3'); ws['D3'] = 'Thành phố Hồ Chí Minh, ' + datestr(f['date'])
    for c in ('A1', 'D1', 'A2', 'D2', 'A3', 'D3'):
        ws[c].alignment = Alignment(horizontal='center'); ws[c].font = Font(name='Times New Roman', bold=c in ('D1', 'A2', 'D2'), italic=c == 'D3', size=12)
    ws.merge_cells('A5:G5'); ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'
    ws.merge_cells('A6:G6'); ws['A6'] = '(Kèm theo nội dung Kế hoạch của Sở Khoa học và Công nghệ; số liệu tính đến ngày 15/10/2026)'
    ws.merge_cells('A7:G7'); ws['A7'] = 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh'
    for c in ('A5', 'A6', 'A7'):
        ws[c].alignment = Alignment(horizontal='center'); ws[c].font = Font(name='Times New Roman', bold=c == 'A5', italic=c == 'A6', size=12)
    r = 9
    for i, h in enumerate(HB):
        c = ws.cell(r, i + 1, h); c.font = Font(name='Times New Roman', bold=True); c.border = bd
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    for n, e in enumerate(f['entries'], 1):
        r += 1
        vals = [n, e['title'], e['body'], '\n'.join('+ ' + x for x in e['figs']), e['st'], e['done'], '']
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v); c.border = bd
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if i in (0, 4, 5) else None)
            c.font = Font(name='Times New Roman', size=12)
        ws.row_dimensions[r].height = max(48, 16 * max(1, len(e['figs'])))
    r += 2
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(name='Times New Roman', bold=True)
    for i, d in enumerate(f['diff'], 1):
        r += 1; ws.cell(r, 1, i); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7); ws.cell(r, 2, d)
    r += 1
    ws.cell(r, 1, 'Kiến nghị, đề xuất:').font = Font(name='Times New Roman', bold=True)
    for i, d in enumerate(f['prop'], 1):
        r += 1; ws.cell(r, 1, i); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7); ws.cell(r, 2, d)
    r += 2
    for j, ln in enumerate(f['signer']):
        ws.merge_cells(start_row=r + j + (2 if j == 2 else 0), start_column=5, end_row=r + j + (2 if j == 2 else 0), end_column=7)
        c = ws.cell(r + j + (2 if j == 2 else 0), 5, ln); c.alignment = Alignment(horizontal='center'); c.font = Font(name='Times New Roman', bold=True)
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = 'landscape'
    wb.save(path)

def render_B_docx(f, path):
    doc = Document(); set_font(doc, size=13)
    s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = Cm(2); s.right_margin = Cm(1.5)
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    cellp(t.cell(0, 0), f['head1'], size=12); cellp(t.cell(0, 0), f['head2'], bold=True, first=False, size=12)
    cellp(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=12)
    cellp(t.cell(0, 1), 'Độc lập - Tự do - Hạnh phúc', bold=True, first=False, size=13)
    cellp(t.cell(1, 0), 'Số: ' + f['number'])
    cellp(t.cell(1, 1), 'Thành phố Hồ Chí Minh, ' + datestr(f['date']), italic=True)
    para(doc, 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', bold=True, align='c')
    para(doc, '(số liệu tính đến ngày 15/10/2026)', italic=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c')
    tb = doc.add_table(rows=1, cols=len(HB)); tb.style = 'Table Grid'
    for i, h in enumerate(HB):
        cellp(tb.rows[0].cells[i], h, bold=True, size=12)
    for n, e in enumerate(f['entries'], 1):
        row = tb.add_row().cells
        cellp(row[0], str(n), size=12); cellp(row[1], e['title'], center=False, size=12)
        cellp(row[2], e['body'], center=False, size=12)
        first = True
        for x in e['figs'] or ['']:
            cellp(row[3], ('+ ' + x) if x else '', center=False, size=12, first=first); first = False
        cellp(row[4], e['st'], size=12); cellp(row[5], e['done'], size=12); cellp(row[6], '', size=12)
    para(doc)
    para(doc, 'Khó khăn, vướng mắc:', bold=True, indent=False)
    for i, d in enumerate(f['diff'], 1): para(doc, '%d. %s' % (i, d), indent=False)
    para(doc, 'Kiến nghị, đề xuất:', bold=True, indent=False)
    for i, d in enumerate(f['prop'], 1): para(doc, '%d. %s' % (i, d), indent=False)
    sig_table(doc, ['Như trên;', 'Giám đốc Sở (b/c);', 'Lưu: VT, QLCL.'], f['signer'])
    doc.save(path)

# ---------------------------------------------------------------- Hand C
def render_C(f, path):
    doc = Document(); set_font(doc, size=14)
    s = doc.sections[0]; s.left_margin = Cm(3); s.right_margin = Cm(2)
    nd30_header(doc, f, [f['head1']] + f['head2'].split('\n'))
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c')
    para(doc, '(Số liệu từ ngày 01/01/2026 đến ngày 15/10/2026)', italic=True, align='c')
    para(doc, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026, ' + f['uname'] + ' báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:')
    para(doc, 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI', bold=True, indent=False)
    para(doc, 'Ngay sau khi Kế hoạch được ban hành, ' + f['who'].lower() + ' đã xây dựng kế hoạch năm 2026 của đơn vị, phân công cụ thể cho từng công chức, viên chức; lồng ghép các nội dung vào chương trình công tác hằng tháng.')
    para(doc, 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO', bold=True, indent=False)
    for i, e in enumerate(f['entries'], 1):
        p = para(doc, indent=False); r = p.add_run('2.%d. %s' % (i, e['title'])); r.bold = True
        p = para(doc); p.add_run(e['body'] + ' ')
        r = p.add_run(e['st']); r.italic = False
    para(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    if f['diff']:
        for d in f['diff']: para(doc, '- ' + d)
    else:
        para(doc, 'Không có.')
    para(doc, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for d in f['prop']: para(doc, '- ' + d)
    para(doc, 'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của ' + f['uname'] + './.')
    noi = ['Chi cục TĐC (tổng hợp);', 'Lãnh đạo Sở (b/c);', 'Lưu: VT.'] if f['uid'] != 'SKHCN-CCTDC' else ['Giám đốc Sở (b/c);', 'Phòng KT-PC;', 'Lưu: VT, QLTC.']
    sig_table(doc, noi, f['signer'])
    doc.save(path)

# ---------------------------------------------------------------- Hand D
def render_D(f, path):
    wb = Workbook(); ws = wb.active; ws.title = 'Bao cao'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip('ABCDE', (6, 36, 56, 18, 16)): ws.column_dimensions[col].width = w
    fnt = Font(name='Arial', size=10)
    info = [('Đơn vị báo cáo:', f['head2']), ('Số văn bản:', f['number']),
            ('Ngày báo cáo:', '%d/%d/%d' % (f['date'][2], f['date'][1], f['date'][0])),
            ('Người lập:', '%s (%s)' % f['maker'][:2]), ('Điện thoại:', f['maker'][2])]
    for i, (k, v) in enumerate(info, 1):
        ws.cell(i, 2, k).font = Font(name='Arial', size=10, bold=True)
        ws.cell(i, 3, v).font = fnt
    ws.merge_cells('A7:E7')
    ws['A7'] = f.get('title', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026')
    ws['A7'].font = Font(name='Arial', size=11, bold=True); ws['A7'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[7].height = 30
    hdr = ['STT', 'Việc', 'Đã làm được', 'Tình hình', 'Ghi chú']
    r = 9
    for i, h in enumerate(hdr):
        c = ws.cell(r, i + 1, h); c.font = Font(name='Arial', size=10, bold=True); c.border = bd
        c.alignment = Alignment(horizontal='center', vertical='center')
        c.fill = PatternFill('solid', fgColor='FFF2CC')
    for n, e in enumerate(f['entries'], 1):
        r += 1
        for i, v in enumerate([n, e['title'], e['body'], e['st'], '']):
            c = ws.cell(r, i + 1, v); c.border = bd; c.font = fnt
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if i == 0 else None)
    r += 2
    ws.cell(r, 2, 'Khó khăn:').font = Font(name='Arial', size=10, bold=True)
    for d in f['diff']:
        r += 1; ws.cell(r, 2, '- ' + d).font = fnt
    r += 1
    ws.cell(r, 2, 'Đề xuất:').font = Font(name='Arial', size=10, bold=True)
    for d in f['prop']:
        r += 1; ws.cell(r, 2, '- ' + d).font = fnt
    ws.freeze_panes = 'A10'
    wb.save(path)

# ---------------------------------------------------------------- build
def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()

def resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '.lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)

def main():
    for f in FILES:
        path = os.path.join(OUT, f['fname'])
        if f['hand'] == 'A': render_A(f, path)
        elif f['hand'] == 'B': (render_B_docx if path.endswith('.docx') else render_B_xlsx)(f, path)
        elif f['hand'] == 'C': render_C(f, path)
        else: render_D(f, path)
        if f.get('resave') and not os.environ.get('NO_LO'):
            resave(path)
        d = f['date']
        rej = f.get('rejected', False)
        key = {
            'file': f['fname'], 'sha256': sha(path),
            'status': 'rejected' if rej else 'extracted',
            'reason': f.get('reason') if rej else None,
            'unit': {'id': f['uid'], 'name': f['uname']},
            'document': {'number': f['number'], 'date': '%04d-%02d-%02d' % d},
            'entries': [] if rej else [
                {'task': e['task'], 'status': e['status'], 'indicators': e['ind'],
                 'text': e['title'] + '. ' + e['body']} for e in f['entries']],
            'findings': [],
            'difficulties': [] if rej else f['diff'],
            'proposals': [] if rej else f['prop'],
        }
        json.dump(key, open(os.path.join(TRUTH, f['fname'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('written', len(FILES))

if __name__ == '__main__':
    main()
