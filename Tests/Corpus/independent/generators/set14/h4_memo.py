"""Hand 4 — Nguyễn Thị Thu Trang, chuyên viên tổng hợp: 'Báo cáo kết quả 9 tháng, phương hướng
Quý IV' memos in prose. Every figure is compared with the same period of 2025 ('tăng 02 lớp so
với cùng kỳ', '(cùng kỳ năm 2025: 28 người)'). Part II lists Quý IV plans with planned figures.
Status words are embedded in the prose ('đã hoàn thành', 'đang tiếp tục triển khai', 'không phát
sinh'). Numbered with hand-typed '1.', '2.' and '-' bullets."""
import os
from lib import *


def head(d, left, number, place_date, title, kg):
    header_block(d, left, None, number, place_date)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title, bold=True, align='c')
    if kg:
        para(d, 'Kính gửi: ' + kg, align='c')


def P(d, t):
    return para(d, t, align='j', indent=1.27)


def f1():
    fn = 'VP So - BC 9 thang phuong huong QIV - CT38.docx'
    d = new_doc(size=14)
    head(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('VĂN PHÒNG', True)], 'Số: 96/BC-VP',
         'Thành phố Hồ Chí Minh, ngày 06 tháng 10 năm 2026',
         'Kết quả thực hiện 9 tháng đầu năm, phương hướng nhiệm vụ Quý IV năm 2026 đối với các nhiệm vụ Văn phòng Sở phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW',
         'Chi cục Tiêu chuẩn Đo lường Chất lượng.')
    para(d, 'I. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2026', bold=True)
    P(d, '1. Về áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở: Văn phòng Sở phối hợp Chi cục cập nhật, cải tiến 126 quy trình giải quyết thủ tục hành chính; tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ với 35 học viên (cùng kỳ năm 2025 tổ chức 01 lớp với 28 học viên, tăng 07 học viên) và 01 đợt đánh giá nội bộ trong tháng 8/2026. Nhiệm vụ đang tiếp tục triển khai, dự kiến hoàn thành việc xem xét của lãnh đạo trong tháng 11/2026.')
    P(d, '2. Về kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Cổng thông tin một cửa quốc gia: Văn phòng Sở đã phối hợp Chi cục và Phòng Chuyển đổi số hoàn thành việc kết nối, đồng bộ hồ sơ kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu từ tháng 3/2026 (sớm hơn cùng kỳ năm trước khoảng 02 tháng).')
    P(d, '3. Về tiếp nhận, xử lý đơn tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong 9 tháng, bộ phận một cửa và văn thư của Sở không phát sinh đơn thư tố giác thuộc lĩnh vực này (cùng kỳ năm 2025 tiếp nhận 02 đơn).')
    para(d, 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026', bold=True)
    P(d, '- Phối hợp Chi cục tổ chức cuộc họp xem xét của lãnh đạo về hệ thống quản lý chất lượng; dự kiến đào tạo bổ sung 01 lớp nhận thức ISO cho khoảng 40 công chức mới tuyển dụng.')
    P(d, '- Tiếp tục theo dõi, đôn đốc việc kết nối liên thông dữ liệu với Cổng thông tin một cửa quốc gia.')
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    kk = ['Sau sắp xếp, số lượng thủ tục hành chính của Sở tăng, việc rà soát, sửa đổi quy trình ISO chưa theo kịp các văn bản mới ban hành.']
    for x in kk:
        P(d, '- ' + x)
    para(d, 'IV. KIẾN NGHỊ', bold=True)
    dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử chuyên gia hỗ trợ Văn phòng rà soát bộ quy trình ISO trong Quý IV/2026.']
    for x in dx:
        P(d, '- ' + x)
    signature(d, ['- Như trên;', '- Lãnh đạo Sở (để b/c);', '- Lưu: VP.'], ['CHÁNH VĂN PHÒNG'], 'Đỗ Hoàng Yến')
    d.save(os.path.join(ROOT, fn))
    ent = [E('II.2.đ', 'in_progress', 'Duy trì HTQLCL ISO 9001:2015; 01 lớp đào tạo chuyên gia đánh giá nội bộ 35 học viên', 'I.1',
             training_courses=1, participants=35),
           E('II.2.h', 'completed', 'Hoàn thành kết nối với Cổng thông tin một cửa quốc gia', 'I.2'),
           E('II.5.d', 'not_applicable', 'Không phát sinh đơn thư tố giác', 'I.3')]
    write_key(fn, 'SKHCN-VP', '96/BC-VP', '2026-10-06', ent, kk, dx)


def f2():
    fn = 'SNV_3871-BC_ISO_CT38_9thang.docx'
    d = new_doc(size=14)
    head(d, [('ỦY BAN NHÂN DÂN', False), ('THÀNH PHỐ HỒ CHÍ MINH', False), ('SỞ NỘI VỤ', True)], 'Số: 3871/BC-SNV',
         'Thành phố Hồ Chí Minh, ngày 09 tháng 10 năm 2026',
         'Kết quả 9 tháng đầu năm và phương hướng Quý IV năm 2026 về áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước (phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW)',
         'Sở Khoa học và Công nghệ.')
    para(d, 'I. KẾT QUẢ 9 THÁNG ĐẦU NĂM', bold=True)
    P(d, '1. Sở Nội vụ phối hợp Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng) tổ chức 02 hội nghị hướng dẫn xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho Ủy ban nhân dân các phường, xã, đặc khu mới sau sắp xếp, với 410 đại biểu tham dự (cùng kỳ năm 2025 tổ chức 01 hội nghị, 230 đại biểu). Đến ngày 30/9/2026 có 52 cơ quan, đơn vị đã công bố hệ thống quản lý chất lượng phù hợp, tăng 11 đơn vị so với cùng kỳ. Nhiệm vụ đang thực hiện, tiếp tục kiểm tra việc áp dụng trong Quý IV.')
    P(d, '2. Về bồi dưỡng nghiệp vụ: Sở Nội vụ đã cử 12 công chức tham dự lớp tập huấn cập nhật kiến thức chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 7/2026 (cùng kỳ năm 2025: 08 công chức). Đã hoàn thành.')
    para(d, 'II. PHƯƠNG HƯỚNG QUÝ IV NĂM 2026', bold=True)
    P(d, '- Kiểm tra việc áp dụng hệ thống quản lý chất lượng tại khoảng 20 phường, xã; tổng hợp kết quả chung vào báo cáo cải cách hành chính năm 2026.')
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    kk = ['Nhiều phường, xã mới thành lập chưa ổn định bộ máy, chưa bố trí được kinh phí thuê tư vấn chuyển đổi hệ thống quản lý chất lượng.',
          'Cán bộ đầu mối ISO thay đổi thường xuyên do luân chuyển.']
    for x in kk:
        P(d, '- ' + x)
    para(d, 'IV. ĐỀ XUẤT', bold=True)
    dx = ['Đề nghị Sở Khoa học và Công nghệ ban hành tài liệu hướng dẫn mẫu hệ thống quản lý chất lượng dùng chung cho cấp xã.']
    for x in dx:
        P(d, '- ' + x)
    signature(d, ['- Như trên;', '- UBND TP (để b/c);', '- Lưu: VT, CCHC.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trương Văn Lắm')
    d.save(os.path.join(ROOT, fn))
    ent = [E('II.2.đ', 'in_progress', '02 hội nghị hướng dẫn ISO 9001:2015 cho UBND phường, xã; 410 đại biểu', 'I.1',
             training_courses=2, participants=410),
           E('II.3.a', 'completed', 'Cử 12 công chức tham dự lớp tập huấn nghiệp vụ TĐC', 'I.2', participants=12)]
    write_key(fn, 'SO-NV', '3871/BC-SNV', '2026-10-09', ent, kk, dx)


def f3():
    fn = 'HoTram_BC 9T + QIV_TDC.docx'
    d = new_doc(size=14)
    head(d, [('ỦY BAN NHÂN DÂN', False), ('XÃ HỒ TRÀM', True)], 'Số: 142/BC-UBND',
         'Hồ Tràm, ngày 30 tháng 9 năm 2026',
         'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng 9 tháng đầu năm và phương hướng Quý IV năm 2026',
         'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.')
    para(d, 'I. KẾT QUẢ 9 THÁNG ĐẦU NĂM 2026', bold=True)
    P(d, '1. Công tác tuyên truyền: Ủy ban nhân dân xã đã phát 04 tin, bài trên hệ thống truyền thanh xã về ghi nhãn hàng hóa, đo lường trong kinh doanh xăng dầu, hải sản (cùng kỳ năm 2025: 02 tin). Đã hoàn thành kế hoạch tuyên truyền năm.')
    P(d, '2. Phối hợp kiểm tra theo phân quyền: xã tổ chức 02 cuộc kiểm tra tại 11 cơ sở kinh doanh (cân tại chợ Phước Bửu, cửa hàng xăng dầu, vựa hải sản), chưa phát hiện vi phạm (cùng kỳ năm 2025: 01 cuộc, 06 cơ sở). Công tác này đang thực hiện thường xuyên.')
    para(d, 'II. PHƯƠNG HƯỚNG QUÝ IV', bold=True)
    P(d, '- Dự kiến kiểm tra 02 cuộc đối với cơ sở kinh doanh vàng trang sức và hàng đóng gói sẵn dịp cuối năm.')
    para(d, 'III. KHÓ KHĂN, ĐỀ XUẤT', bold=True)
    kk = ['Địa bàn xã rộng, cơ sở kinh doanh phân tán ven biển, phương tiện đi lại kiểm tra còn thiếu.']
    dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử công chức hướng dẫn nghiệp vụ khi xã tổ chức kiểm tra trong Quý IV.']
    P(d, '- Khó khăn: ' + kk[0])
    P(d, '- Đề xuất: ' + dx[0])
    signature(d, ['- Như trên;', '- Lưu: VT.'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Lê Văn Hùng')
    d.save(os.path.join(ROOT, fn))
    ent = [E('II.1.a', 'completed', 'Phát 04 tin, bài trên hệ thống truyền thanh xã', 'I.1', communications=4),
           E('II.5.c', 'in_progress', '02 cuộc kiểm tra tại 11 cơ sở, chưa phát hiện vi phạm', 'I.2',
             inspections=2, establishments_inspected=11)]
    write_key(fn, '26620', '142/BC-UBND', '2026-09-30', ent, kk, dx)


def f4():
    fn = 'ChoQuan_BC CCHC 9 thang, phuong huong QIV.docx'
    d = new_doc(size=14)
    head(d, [('ỦY BAN NHÂN DÂN', False), ('PHƯỜNG CHỢ QUÁN', True)], 'Số: 266/BC-UBND',
         'Chợ Quán, ngày 02 tháng 10 năm 2026',
         'Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm, phương hướng nhiệm vụ Quý IV năm 2026',
         'Sở Nội vụ Thành phố Hồ Chí Minh.')
    para(d, 'I. KẾT QUẢ 9 THÁNG ĐẦU NĂM', bold=True)
    P(d, '1. Cải cách thể chế: ban hành 06 văn bản chỉ đạo, điều hành về cải cách hành chính (cùng kỳ năm 2025: 04 văn bản).')
    P(d, '2. Cải cách thủ tục hành chính: tiếp nhận 18.452 hồ sơ, giải quyết đúng hạn 18.301 hồ sơ (đạt 99,2%), tăng 2,1% so với cùng kỳ.')
    P(d, '3. Chuyển đổi số: tỷ lệ hồ sơ trực tuyến toàn trình đạt 78,5%; 100% văn bản đi được ký số.')
    para(d, 'II. PHƯƠNG HƯỚNG QUÝ IV', bold=True)
    P(d, '- Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; tổ chức khảo sát mức độ hài lòng của người dân.')
    signature(d, ['- Như trên;', '- Lưu: VT, VP.'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Phan Thị Mỹ Dung')
    d.save(os.path.join(ROOT, fn))
    write_key(fn, '27301', '266/BC-UBND', '2026-10-02', [],
              rejected='Không phải báo cáo Kế hoạch CT38: báo cáo cải cách hành chính 9 tháng gửi Sở Nội vụ, gửi nhầm')


if __name__ == '__main__':
    f1(); f2(); f3(); f4()
