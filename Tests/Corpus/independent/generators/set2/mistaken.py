"""Two files sent by mistake: same hands and forms, another subject."""
from common import *
from h1_departments import dept_doc
from h4_excel import xl_report


def sct_chuyen_doi_so():
    """Hand 1's template, Sở Công Thương's annual report on digital transformation."""
    fn = '1902-BC-SCT bao cao nam 2026.docx'
    d = dept_doc('SỞ CÔNG THƯƠNG', '1902/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026',
                 ['Kết quả thực hiện Kế hoạch chuyển đổi số ngành Công Thương năm 2026'])
    para(d, 'Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22 tháng 9 năm 2025 của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026 và Công văn số 2990/SKHCN-CĐS ngày 15 tháng 10 năm 2026 về việc báo cáo kết quả chuyển đổi số năm 2026, Sở Công Thương báo cáo như sau:')
    head(d, 'I. TÌNH HÌNH TRIỂN KHAI')
    para(d, 'Sở đã ban hành Kế hoạch số 215/KH-SCT ngày 20 tháng 01 năm 2026 về chuyển đổi số năm 2026, thành lập Tổ công tác chuyển đổi số gồm 09 thành viên.')
    head(d, 'II. KẾT QUẢ ĐẠT ĐƯỢC')
    head(d, '1. Chính quyền số', bold=True)
    para(d, 'Cung cấp 126 dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt 98,7%; 100% văn bản đi, đến được xử lý trên môi trường mạng. Hoàn thành.')
    head(d, '2. Kinh tế số', bold=True)
    para(d, 'Hỗ trợ 45 doanh nghiệp đưa sản phẩm lên sàn thương mại điện tử; tổ chức 04 lớp tập huấn kỹ năng kinh doanh trực tuyến cho 312 lượt người; kinh phí thực hiện 1,8 tỷ đồng. Đang thực hiện.')
    head(d, '3. Xã hội số, an toàn thông tin', bold=True)
    para(d, 'Tổ chức 02 cuộc kiểm tra an toàn thông tin đối với hệ thống phần mềm của Sở; khắc phục 17 lỗ hổng bảo mật. Hoàn thành.')
    head(d, 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')
    para(d, '- Hạ tầng máy chủ của Sở đã cũ, chưa đáp ứng yêu cầu vận hành các ứng dụng mới.')
    para(d, '- Nhân lực công nghệ thông tin còn thiếu, chủ yếu kiêm nhiệm.')
    head(d, 'IV. KIẾN NGHỊ')
    para(d, '- Đề nghị Sở Khoa học và Công nghệ hỗ trợ chuyển hệ thống phần mềm của Sở lên Trung tâm dữ liệu Thành phố.')
    closing(d, ['- Như trên;', '- Lưu: VT, VP.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Văn Thành')
    save(d, fn)
    truth_rejected(fn)


def attp_thang_hanh_dong():
    """Hand 4's template, Sở An toàn thực phẩm's food-safety month figures."""
    fn = 'SATTP_Thang hanh dong ATTP 2026.xlsx'
    xl_report(fn, 'SỞ AN TOÀN THỰC PHẨM', '402/BC-SATTP', 'Thành phố Hồ Chí Minh, ngày 20 tháng 5 năm 2026',
              ['BÁO CÁO KẾT QUẢ TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2026',
               '(Từ ngày 15/4/2026 đến ngày 15/5/2026)'],
              [('g', 'I', 'Truyền thông'),
               ('t', 1, 'Lễ phát động, hội nghị truyền thông về an toàn thực phẩm', None, None, None, 'Hoàn thành', ''),
               ('s', '- Hội nghị', 3, 'hội nghị', None, ''),
               ('s', '- Người tham dự', 640, 'lượt người', None, ''),
               ('s', '- Tin, bài, phóng sự', 38, 'tin, bài', None, ''),
               ('g', 'II', 'Thanh tra, kiểm tra'),
               ('t', 2, 'Kiểm tra liên ngành an toàn thực phẩm', None, None, None, 'Hoàn thành', ''),
               ('s', '- Đoàn kiểm tra', 12, 'đoàn', None, ''),
               ('s', '- Cơ sở được kiểm tra', 1245, 'cơ sở', None, ''),
               ('s', '- Cơ sở vi phạm', 96, 'cơ sở', None, ''),
               ('s', '- Tiền xử phạt', None, None, 864.2, ''),
               ('s', '- Mẫu xét nghiệm nhanh', 2310, 'mẫu', None, '')],
              money_header='Số tiền (triệu đồng)',
              diffs=['Lực lượng kiểm tra tại phường, xã còn mỏng trong thời gian cao điểm.'],
              props=['Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí xét nghiệm nhanh cho các phường, xã.'],
              signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phạm Khánh Phong Lan'))
    truth_rejected(fn)


def build():
    sct_chuyen_doi_so()
    attp_thang_hanh_dong()
    return []
