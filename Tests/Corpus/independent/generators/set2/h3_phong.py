"""Hand 3 — Lê Hoàng Phúc, who drafts for the Sở's phòng and trung tâm: short memo-like reports,
a few tasks, one paragraph each with the status inside the sentence; sometimes a two-column table."""
from common import *

KH = 'Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ'


def memo(org_lines, so, date_line, trich_yeu, kg='Chi cục Tiêu chuẩn Đo lường Chất lượng', size=14):
    d = new_doc(size=size, left=30, right=20)
    header_block(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False)] + [(x, True) for x in org_lines],
                 so=so, date_line=date_line, size=13)
    title(d, 'BÁO CÁO', trich_yeu, size=size)
    kinh_gui(d, [kg], size=size)
    return d


def two_col(d, rows, head=('Nội dung', 'Kết quả')):
    grid(d, [list(head)] + [list(r) for r in rows], widths=[11, 4.5], aligns=['l', 'c'], size=12)


# ============================================================== a. Văn phòng Sở
def van_phong():
    fn = 'VP So - bao cao phoi hop KH215 nam 2026.docx'
    d = memo(['VĂN PHÒNG'], '87/BC-VP', 'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
             ['Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai', 'Chỉ thị số 38-CT/TW năm 2026'])
    para(d, f'Thực hiện {KH}, Văn phòng Sở Khoa học và Công nghệ báo cáo kết quả thực hiện các nhiệm vụ được giao phối hợp như sau:')
    para(d, '1. Về duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở: Văn phòng đã phối hợp với Chi cục tổ chức đánh giá nội bộ, xem xét của lãnh đạo và cập nhật 97 quy trình giải quyết thủ tục hành chính sau khi hợp nhất; đến nay đã hoàn thành.')
    para(d, '2. Về cải tiến Hệ thống thông tin giải quyết thủ tục hành chính và kết nối Cổng thông tin một cửa quốc gia: Văn phòng đã phối hợp cấu hình quy trình điện tử, nhiệm vụ đã hoàn thành trong Quý I/2026.')
    para(d, '3. Về khen thưởng người tố giác vi phạm, xử lý tham nhũng, tiêu cực trong lĩnh vực tiêu chuẩn, đo lường, chất lượng: trong năm không phát sinh trường hợp đề nghị khen thưởng hoặc xử lý.')
    two_col(d, [('Số quy trình ISO được cập nhật', '97'), ('Số thủ tục hành chính thực hiện trực tuyến toàn trình', '64'),
                ('Tỷ lệ hồ sơ giải quyết đúng hạn', '99,6%')])
    para(d, 'Đề xuất: Đề nghị Chi cục cung cấp biểu mẫu báo cáo thống nhất để các phòng, đơn vị thuận tiện tổng hợp số liệu.')
    closing(d, ['- Như trên;', '- Lưu: VP.'], ['CHÁNH VĂN PHÒNG'], 'Phan Thị Kim Yến')
    save(d, fn)
    truth(fn, 'SKHCN-VP', '87/BC-VP', '2026-10-26', [
        E('II.2.đ', 'completed'),
        E('II.2.h', 'completed'),
        E('II.5.d', 'not_applicable'),
    ], [], ['Đề nghị Chi cục cung cấp biểu mẫu báo cáo thống nhất để các phòng, đơn vị thuận tiện tổng hợp số liệu.'])


# ============================================================== b. Phòng Kiểm tra – Pháp chế
def ktpc():
    fn = 'Phong KTPC_bao cao CT38_2026.docx'
    d = memo(['PHÒNG KIỂM TRA – PHÁP CHẾ'], '112/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
             ['Kết quả phối hợp thực hiện Kế hoạch số 215/KH-SKHCN năm 2026'])
    para(d, 'Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp thực hiện các nhiệm vụ tại Kế hoạch số 215/KH-SKHCN như sau:')
    para(d, 'a) Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng: Phòng đã cử công chức tham gia 08 cuộc kiểm tra do Chi cục chủ trì; hiện đang tiếp tục phối hợp theo kế hoạch kiểm tra Quý IV/2026.')
    para(d, 'b) Đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật: Phòng đã chủ trì tổng hợp ý kiến góp ý 02 dự thảo văn bản quy phạm pháp luật (dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa sửa đổi và dự thảo Thông tư về đo lường đối với phương tiện đo nhóm 2); đến nay đã hoàn thành.')
    para(d, 'c) Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định số 135/2021/NĐ-CP: Phòng chưa thực hiện, dự kiến phối hợp với Chi cục trong Quý IV/2026.')
    para(d, 'd) Xử lý tố giác, tham nhũng, tiêu cực: không phát sinh.')
    head(d, 'Khó khăn, vướng mắc', indent=1.0)
    diffs = ['Phòng chỉ có 04 công chức nhưng phải đảm nhiệm cả công tác pháp chế và kiểm tra, việc cử người tham gia đoàn kiểm tra còn hạn chế.']
    para(d, '- ' + diffs[0])
    head(d, 'Kiến nghị', indent=1.0)
    props = ['Đề nghị Lãnh đạo Sở xem xét bổ sung biên chế cho Phòng Kiểm tra – Pháp chế.']
    para(d, '- ' + props[0])
    closing(d, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: KTPC.'], ['TRƯỞNG PHÒNG'], 'Võ Đình Khang')
    save(d, fn)
    truth(fn, 'SKHCN-KTPC', '112/BC-KTPC', '2026-10-28', [
        E('II.5.a', 'in_progress', inspections=8),
        E('II.2.c', 'completed'),
        E('II.4.b', 'not_started'),
        E('II.5.d', 'not_applicable'),
    ], diffs, props)


# ============================================================== c. Phòng Chuyển đổi số
def cds():
    fn = 'P.CDS - BC ket qua phoi hop CT38.docx'
    d = memo(['PHÒNG CHUYỂN ĐỔI SỐ'], '64/BC-CĐS', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
             ['Kết quả thực hiện nhiệm vụ chuyển đổi số phục vụ', 'công tác tiêu chuẩn, đo lường, chất lượng năm 2026'])
    para(d, f'Căn cứ {KH} và Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 về chuyển đổi số của Sở giai đoạn 2025 – 2026, Phòng Chuyển đổi số báo cáo như sau:')
    para(d, 'Thứ nhất, việc kết nối liên thông Hệ thống thông tin giải quyết thủ tục hành chính với Cổng thông tin một cửa quốc gia đối với hoạt động đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu đã hoàn thành từ tháng 3/2026, hệ thống vận hành ổn định.')
    para(d, 'Thứ hai, việc kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng: Phòng đã phối hợp Chi cục và Trung tâm Công nghệ thông tin và Địa không gian chuẩn hóa dữ liệu, xây dựng giao diện kết nối thử nghiệm; dự kiến hoàn thành trong Quý IV/2026.')
    two_col(d, [('Số bản ghi dữ liệu đã chuẩn hóa', '12.480'), ('Số thủ tục hành chính đã kết nối', '38'),
                ('Số tài khoản người dùng được cấp', '45')], head=('Chỉ tiêu', 'Kết quả'))
    para(d, 'Khó khăn: Hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu đặc tả kỹ thuật kết nối (API).')
    para(d, 'Đề xuất: Kiến nghị Sở có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kết nối và tài khoản thử nghiệm.')
    closing(d, ['- Như trên;', '- Lưu: CĐS.'], ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'], 'Ngô Thanh Tùng')
    save(d, fn)
    truth(fn, 'SKHCN-CDS', '64/BC-CĐS', '2026-10-29', [
        E('II.2.h', 'completed'),
        E('II.2.i', 'in_progress'),
    ], ['Hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu đặc tả kỹ thuật kết nối (API).'],
        ['Kiến nghị Sở có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kết nối và tài khoản thử nghiệm.'])


# ============================================================== d. Phòng Quản lý Khoa học (re-saved in LibreOffice)
def qlkh():
    fn = 'QLKH_203_BC_CT38.docx'
    d = memo(['PHÒNG QUẢN LÝ KHOA HỌC'], '203/BC-QLKH', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
             ['Kết quả thực hiện nhiệm vụ được giao tại Kế hoạch số 215/KH-SKHCN'])
    para(d, 'Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch số 215/KH-SKHCN như sau:')
    para(d, '1. Nhiệm vụ thu hút đội ngũ chuyên gia, cán bộ có trình độ cao trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND: Phòng chưa thực hiện do chưa nhận được đề xuất nhu cầu thu hút chuyên gia trong lĩnh vực này từ các đơn vị.')
    para(d, '2. Nhiệm vụ phối hợp triển khai Chương trình nâng cao năng suất và chất lượng: Phòng đã thẩm định, đưa vào danh mục 03 nhiệm vụ khoa học và công nghệ về năng suất, chất lượng; kinh phí đã giải ngân 780 triệu đồng. Các nhiệm vụ đang thực hiện, dự kiến nghiệm thu trong năm 2027.')
    para(d, '3. Nhiệm vụ phối hợp với Tổ chức Năng suất Châu Á (APO): trong năm không phát sinh yêu cầu phối hợp.')
    para(d, 'Phòng Quản lý Khoa học không có khó khăn, vướng mắc cần báo cáo.')
    closing(d, ['- Như trên;', '- Lưu: QLKH.'], ['TRƯỞNG PHÒNG'], 'Đặng Thị Thu Hà')
    save(d, fn)
    truth(fn, 'SKHCN-QLKH', '203/BC-QLKH', '2026-10-27', [
        E('II.3.c', 'not_started'),
        E('II.2.a', 'in_progress', budget_spent_vnd=780000000),
        E('II.6.b', 'not_applicable'),
    ], [], [])
    return fn


# ============================================================== e. Trung tâm Dịch vụ Phân tích thí nghiệm — 6 tháng
def ttpt_6thang():
    fn = 'TTPT_bao cao 6 thang CT38.docx'
    d = memo(['TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '341/BC-TTPT',
             'Thành phố Hồ Chí Minh, ngày 22 tháng 6 năm 2026',
             ['Kết quả thực hiện 6 tháng đầu năm 2026 các nhiệm vụ', 'theo Kế hoạch triển khai Chỉ thị số 38-CT/TW'])
    para(d, 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Trung tâm) báo cáo kết quả 6 tháng đầu năm 2026 như sau:')
    para(d, '- Đầu tư cơ sở vật chất, trang thiết bị: Trung tâm đã hoàn tất lựa chọn nhà thầu cung cấp 05 thiết bị (máy sắc ký khí khối phổ, bộ chuẩn áp suất, tủ vi khí hậu...), đã giải ngân 1,2 tỷ đồng; dự kiến hoàn thành lắp đặt, nghiệm thu trong Quý III/2026.')
    para(d, '- Nâng cao hiệu quả hoạt động dịch vụ kỹ thuật: trong 6 tháng, Trung tâm đã kiểm định, hiệu chuẩn 18.652 phương tiện đo cho tổ chức, doanh nghiệp; mở rộng 04 lĩnh vực thử nghiệm mới. Nhiệm vụ thực hiện thường xuyên và đang tiếp tục triển khai.')
    para(d, '- Duy trì chuẩn đo lường, liên kết chuẩn: Trung tâm đang thực hiện hồ sơ liên kết chuẩn năm 2026 với Viện Đo lường Việt Nam.')
    two_col(d, [('Phương tiện đo được kiểm định, hiệu chuẩn', '18.652'), ('Lĩnh vực thử nghiệm mở rộng', '04'),
                ('Kinh phí đầu tư đã giải ngân', '1,2 tỷ đồng'), ('Số nhân sự kỹ thuật', '126')], head=('Nội dung', 'Số lượng'))
    head(d, 'Khó khăn, vướng mắc và kiến nghị', indent=1.0)
    diffs = ['Nhiều thiết bị đo lường chuẩn đã sử dụng trên 10 năm, chi phí sửa chữa, hiệu chuẩn ngày càng tăng.']
    props = ['Kiến nghị Sở ưu tiên bố trí vốn đầu tư thay thế thiết bị chuẩn trong kế hoạch năm 2027.']
    para(d, '- ' + diffs[0])
    para(d, '- ' + props[0])
    closing(d, ['- Như trên;', '- Lưu: VT, KHTH.'], ['GIÁM ĐỐC'], 'Huỳnh Tấn Lộc')
    save(d, fn)
    truth(fn, 'SKHCN-TTPTTN', '341/BC-TTPT', '2026-06-22', [
        E('II.4.a', 'in_progress', budget_spent_vnd=1200000000),
        E('II.2.g', 'in_progress', instruments_verified=18652),
        E('II.4.c', 'in_progress'),
    ], diffs, props)


# ============================================================== f. Trung tâm Dịch vụ Phân tích thí nghiệm — năm
def ttpt_nam():
    fn = 'TTPT_598_BC nam 2026_KH215.docx'
    d = memo(['TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '598/BC-TTPT',
             'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
             ['Kết quả thực hiện năm 2026 các nhiệm vụ theo Kế hoạch số 215/KH-SKHCN'])
    para(d, 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả năm 2026 (số liệu đến ngày 25/10/2026):')
    para(d, '1. Đầu tư cơ sở vật chất, trang thiết bị: Trung tâm đến nay đã hoàn thành việc đầu tư, lắp đặt và nghiệm thu 05 thiết bị, tổng kinh phí đã giải ngân 2.350.000.000 đồng.')
    para(d, '2. Hoạt động dịch vụ kỹ thuật: Trung tâm đã kiểm định, hiệu chuẩn 34.907 phương tiện đo và thử nghiệm 6.218 mẫu sản phẩm, hàng hóa cho tổ chức, doanh nghiệp; nhiệm vụ đang tiếp tục thực hiện đến hết năm.')
    para(d, '3. Liên kết chuẩn đo lường: đã hoàn thành liên kết chuẩn năm 2026 đối với các chuẩn đo lường chính của Trung tâm.')
    para(d, '4. Phối hợp khảo sát chất lượng: Trung tâm đã thử nghiệm 160 mẫu khảo sát do Chi cục lấy; nhiệm vụ đã hoàn thành, kết quả gửi Chi cục ngày 15/10/2026.')
    para(d, 'Đề xuất, kiến nghị: Đề nghị Sở giao Trung tâm chủ trì nhiệm vụ thử nghiệm mẫu khảo sát chất lượng năm 2027 ngay từ đầu năm để chủ động kế hoạch.')
    closing(d, ['- Như trên;', '- Lưu: VT, KHTH.'], ['GIÁM ĐỐC'], 'Huỳnh Tấn Lộc')
    save(d, fn)
    truth(fn, 'SKHCN-TTPTTN', '598/BC-TTPT', '2026-10-30', [
        E('II.4.a', 'completed', budget_spent_vnd=2350000000),
        E('II.2.g', 'in_progress', instruments_verified=34907, samples_tested=6218),
        E('II.4.c', 'completed'),
        E('II.5.b', 'completed', samples_tested=160),
    ], [], ['Đề nghị Sở giao Trung tâm chủ trì nhiệm vụ thử nghiệm mẫu khảo sát chất lượng năm 2027 ngay từ đầu năm để chủ động kế hoạch.'])


# ============================================================== g. Trung tâm CNTT và Địa không gian
def ttcntt():
    fn = 'TT CNTT-DKG bao cao KH215.docx'
    d = memo(['TRUNG TÂM CÔNG NGHỆ THÔNG TIN', 'VÀ ĐỊA KHÔNG GIAN'], '77/BC-TTCNTT', 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
             ['Kết quả phối hợp thực hiện Kế hoạch số 215/KH-SKHCN năm 2026'])
    para(d, 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo kết quả phối hợp như sau:')
    para(d, '1. Phối hợp kết nối hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng: Trung tâm đã bố trí hạ tầng máy chủ và đường truyền, phối hợp kiểm thử kết nối; nhiệm vụ đang thực hiện, dự kiến hoàn thành trong Quý IV/2026.')
    para(d, '2. Hỗ trợ công tác tuyên truyền: Trung tâm hỗ trợ kỹ thuật đăng tải 15 tin, bài về tập huấn văn bản quy phạm pháp luật tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở.')
    closing(d, ['- Như trên;', '- Lưu: VT.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trịnh Quốc Huy')
    save(d, fn)
    truth(fn, 'SKHCN-TTCNTT', '77/BC-TTCNTT', '2026-10-31', [
        E('II.2.i', 'in_progress'),
        E('II.1.a', 'unknown', communications=15),
    ], [], [])


def build():
    van_phong()
    ktpc()
    cds()
    r = qlkh()
    ttpt_6thang()
    ttpt_nam()
    ttcntt()
    return [r]
