# -*- coding: utf-8 -*-
"""Hand E - TS. Đỗ Quang Huy style (thủ trưởng đơn vị sự nghiệp; later copied by a xã).
'Phần I. KHÁI QUÁT CHUNG' of the whole unit's output and money (revenue, whole-term totals,
% of the year's plan), 'Phần II. KẾT QUẢ GẮN VỚI KẾ HOẠCH …' with plain '1.' items and, after
each cluster, a bold sentence 'Tình hình chung của các nội dung tại mục …, … Phần này: …';
'Phần III. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN', 'Phần IV. KIẾN NGHỊ'. Arial 12, 1.15 spacing."""
from gen_common import *

FILES = []


def e_doc(fname, left, so, place_date, title, kinhgui, p1, p2, diffs, props, sign):
    d = new_doc('Arial', 12, margins=(2, 2, 2.5, 1.5))
    header_block(d, [(x, f) for x, f in left] + [('', ''), ('Số: ' + so, '')],
                 [(QH, 'b'), (DL, 'bu'), ('', ''), (place_date, 'i')], size=11)
    para(d, '')
    para(d, 'BÁO CÁO', b=True, align='c', after=0, size=13)
    para(d, title, b=True, align='c', after=8, size=12)
    if kinhgui:
        para(d, 'Kính gửi: ' + kinhgui, align='c', after=10)
    para(d, 'Phần I', b=True, align='c', after=0)
    para(d, 'KHÁI QUÁT CHUNG', b=True, align='c', after=6)
    for t in p1:
        para(d, t, align='j', indent=1.0, after=6)
    para(d, 'Phần II', b=True, align='c', after=0, before=6)
    para(d, 'KẾT QUẢ GẮN VỚI KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', b=True, align='c', after=6)
    for kind, t in p2:
        if kind == 'h':
            para(d, t, b=True, indent=1.0, after=4)
        elif kind == 'S':
            para(d, t, b=True, align='j', indent=1.0, after=8)
        else:
            para(d, t, align='j', indent=1.0, after=6)
    para(d, 'Phần III', b=True, align='c', after=0, before=6)
    para(d, 'TỒN TẠI, HẠN CHẾ, KHÓ KHĂN', b=True, align='c', after=6)
    for x in diffs:
        para(d, '- ' + x, align='j', indent=1.0, after=4)
    para(d, 'Phần IV', b=True, align='c', after=0, before=6)
    para(d, 'KIẾN NGHỊ', b=True, align='c', after=6)
    for x in props:
        para(d, '- ' + x, align='j', indent=1.0, after=4)
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', size=10)
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    cell_text(t.rows[0].cells[1], sign, b=True, align='c', size=12)
    d.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ 14. Trung tâm PTTN
def f14():
    fn = 'TTPTTN_530_BC_CT38-2026.docx'
    p1 = ['Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh hiện có 186 viên chức, '
          'người lao động; 14 phòng thí nghiệm được công nhận phù hợp ISO/IEC 17025 (VILAS). Doanh thu năm 2024 đạt 138,2 tỷ đồng, năm '
          '2025 đạt 152,4 tỷ đồng; năm 2026 Trung tâm phấn đấu đạt 160 tỷ đồng.',
          'Giai đoạn 2021 – 2025, Trung tâm đã thực hiện trên 1,2 triệu lượt kiểm định, hiệu chuẩn, thử nghiệm. Tính đến ngày 20/10/2026, '
          'Trung tâm đã kiểm định, hiệu chuẩn 96.540 phương tiện đo và thử nghiệm 41.300 mẫu các loại phục vụ người dân, doanh nghiệp '
          '(đạt 87% kế hoạch năm).']
    i1 = ('Năm 2026, Trung tâm được giao dự toán mua sắm, đầu tư trang thiết bị 18,6 tỷ đồng; đến ngày 20/10/2026 đã giải ngân 11,42 tỷ '
          'đồng (đạt 61,4% dự toán), đưa vào sử dụng 09 thiết bị mới (máy sắc ký khí ghép khối phổ, hệ thống hiệu chuẩn áp suất tự động, '
          'bộ quả cân chuẩn cấp chính xác E2).')
    i2 = ('Trung tâm phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng đề xuất danh mục chuẩn đo lường chính của Thành phố; trong năm đã '
          'hiệu chuẩn, liên kết 36 chuẩn đo lường chính đến chuẩn đo lường quốc gia (năm 2025: 31 chuẩn).')
    i3 = ('Trung tâm mở rộng 27 phép thử mới trong các lĩnh vực an toàn điện – điện tử, thiết bị viễn thông và dịch vụ logistics (kiểm '
          'định cân ô tô, thiết bị đo tại cảng container); được công nhận bổ sung 02 lĩnh vực hiệu chuẩn.')
    s1 = 'Tình hình chung của các nội dung tại mục 1, 2, 3 Phần này: đang thực hiện, bám sát tiến độ năm.'
    i4 = ('Phối hợp Chi cục và Trường Cao đẳng Kỹ thuật Cao Thắng tổ chức 02 khóa đào tạo kỹ thuật viên kiểm định, hiệu chuẩn cho 64 học '
          'viên là viên chức trẻ và sinh viên năm cuối.')
    i5 = ('Thực hiện thử nghiệm 196 mẫu trong các đợt khảo sát chất lượng sản phẩm, hàng hóa của Chi cục (xăng dầu, mũ bảo hiểm, đồ chơi '
          'trẻ em), trả kết quả đúng thời hạn.')
    s2 = 'Tình hình chung của các nội dung tại mục 4, 5 Phần này: đã hoàn thành.'
    p2 = [('h', '1. Đầu tư cơ sở vật chất, trang thiết bị'), ('p', i1),
          ('h', '2. Thiết lập, duy trì chuẩn đo lường'), ('p', i2),
          ('h', '3. Mở rộng phạm vi dịch vụ kỹ thuật'), ('p', i3),
          ('S', s1),
          ('h', '4. Đào tạo nguồn nhân lực kỹ thuật'), ('p', i4),
          ('h', '5. Phục vụ khảo sát chất lượng'), ('p', i5),
          ('S', s2)]
    diffs = ['Thủ tục mua sắm thiết bị chuyên dụng kéo dài, nhiều gói thầu phải tổ chức lại do không đủ nhà thầu tham dự.',
             'Thiếu kỹ thuật viên có kinh nghiệm trong lĩnh vực hiệu chuẩn thiết bị điện tử, viễn thông.']
    props = ['Đề nghị Sở Khoa học và Công nghệ cho phép Trung tâm chuyển nguồn kinh phí mua sắm chưa giải ngân năm 2026 sang năm 2027.',
             'Đề nghị Sở có cơ chế thu hút chuyên gia đo lường theo Nghị quyết số 27/2023/NQ-HĐND cho đơn vị sự nghiệp.']
    e_doc(fn, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', ''), ('TRUNG TÂM DỊCH VỤ PHÂN TÍCH', 'b'), ('THÍ NGHIỆM VÀ TIÊU CHUẨN', 'b'), ('ĐO LƯỜNG CHẤT LƯỢNG', 'b')],
          '530/BC-TTPTTN', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
          p1, p2, diffs, props, 'GIÁM ĐỐC\n\n\n\nĐỗ Quang Huy')
    entries = [
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 11420000000}, i1),
        ('II.4.c', 'in_progress', {'instruments_verified': 36}, i2),
        ('II.2.g', 'in_progress', {}, i3),
        ('II.3.d', 'completed', {'training_courses': 2, 'participants': 64}, i4),
        ('II.5.b', 'completed', {'samples_tested': 196}, i5),
    ]
    FILES.append((fn, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
                  '530/BC-TTPTTN', '2026-10-29', entries, diffs, props, None))


# ------------------------------------------------------------------ 15. Văn phòng Sở
def f15():
    fn = 'VanPhongSo_BC187_CT38.docx'
    p1 = ['Năm 2026 (đến 20/10), Văn phòng Sở tiếp nhận, xử lý 14.268 văn bản đến, phát hành 9.512 văn bản đi; 100% hồ sơ thủ tục hành '
          'chính được giải quyết đúng hạn; chỉ số hài lòng của người dân, doanh nghiệp đạt 98,7%. Năm 2025, Văn phòng được Ủy ban nhân '
          'dân Thành phố tặng Bằng khen; mục tiêu năm 2026 là “phấn đấu 100% hồ sơ được số hóa kết quả”.']
    i1 = ('Văn phòng phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 '
          'tại cơ quan Sở: cập nhật 46 quy trình; tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 38 công chức các phòng.')
    i2 = ('Phối hợp Chi cục, Phòng Chuyển đổi số rà soát, cấu hình 12 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên '
          'Hệ thống thông tin giải quyết thủ tục hành chính, phục vụ kết nối liên thông với Cổng thông tin một cửa quốc gia.')
    i3 = ('Phối hợp cung cấp dữ liệu danh mục thủ tục hành chính, hồ sơ đã giải quyết cho cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng '
          'của Chi cục để chia sẻ với hệ thống cơ sở dữ liệu quốc gia.')
    s1 = 'Tình hình chung của các nội dung tại mục 1, 2 Phần này: đã hoàn thành; riêng mục 3: đang thực hiện.'
    i4 = ('Văn phòng thẩm định dự toán, tổ chức lựa chọn nhà thầu 03 gói thầu mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm; '
          '01 gói thầu đang chờ phê duyệt kết quả.')
    s2 = 'Tình hình chung của nội dung tại mục 4 Phần này: đang thực hiện.'
    i5 = ('Về khen thưởng, bảo vệ người tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: Văn phòng đã phối hợp rà soát.')
    s3 = 'Tình hình chung của nội dung tại mục 5 Phần này: trong kỳ không phát sinh trường hợp cần khen thưởng, bảo vệ người tố giác.'
    p2 = [('h', '1. Hệ thống quản lý chất lượng tại cơ quan Sở'), ('p', i1),
          ('h', '2. Hệ thống thông tin giải quyết thủ tục hành chính'), ('p', i2),
          ('h', '3. Cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng'), ('p', i3),
          ('S', s1),
          ('h', '4. Đầu tư trang thiết bị cho đơn vị sự nghiệp'), ('p', i4), ('S', s2),
          ('h', '5. Khen thưởng, bảo vệ người tố giác'), ('p', i5), ('S', s3)]
    diffs = ['Một số quy trình ISO phải sửa đổi nhiều lần do thay đổi thủ tục hành chính sau sắp xếp, gây khó khăn cho việc áp dụng thống nhất.']
    props = ['Đề nghị Chi cục chủ trì tổ chức đánh giá nội bộ liên phòng trước ngày 30/11/2026.']
    e_doc(fn, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', ''), ('VĂN PHÒNG SỞ', 'b')],
          '187/BC-VP', 'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
          'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Văn phòng Sở', 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
          p1, p2, diffs, props, 'CHÁNH VĂN PHÒNG\n\n\n\nMai Thị Thanh Xuân')
    entries = [
        ('II.2.đ', 'completed', {'training_courses': 1, 'participants': 38}, i1),
        ('II.2.h', 'completed', {}, i2),
        ('II.2.i', 'in_progress', {}, i3),
        ('II.4.a', 'in_progress', {}, i4),
        ('II.5.d', 'not_applicable', {}, i5 + ' ' + s3),
    ]
    FILES.append((fn, 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', '187/BC-VP', '2026-10-26', entries, diffs, props, None))


# ------------------------------------------------------------------ 16. Xã Đất Đỏ
def f16():
    fn = 'DatDo_233-BC-UBND.docx'
    p1 = ['Xã Đất Đỏ được sắp xếp từ 03 đơn vị hành chính cũ, có 18 ấp, dân số khoảng 42.600 người. Trên địa bàn có 640 hộ kinh doanh, '
          '01 chợ, 05 cửa hàng xăng dầu. Giai đoạn 2021 – 2025, các xã cũ đều đạt chuẩn nông thôn mới nâng cao; thu ngân sách 9 tháng '
          'năm 2026 đạt 96,5% dự toán.']
    i1 = ('Năm 2025 các xã cũ phát 20 tin, bài. Năm 2026, Đài truyền thanh xã phát 14 tin, bài về tiêu chuẩn, đo lường, chất lượng; xã tổ '
          'chức 01 hội nghị phổ biến Chỉ thị số 38-CT/TW cho 70 người là hộ kinh doanh, cán bộ ấp.')
    i2 = ('Thực hiện nội dung được phân quyền, xã tổ chức 03 cuộc kiểm tra tại 17 cơ sở (05 cửa hàng xăng dầu, 12 hộ kinh doanh tại chợ '
          'Đất Đỏ), phát hiện 02 trường hợp vi phạm, xử phạt 5 triệu đồng.')
    s1 = 'Tình hình chung của các nội dung tại mục 1, 2 Phần này: xã đã thực hiện xong kế hoạch năm.'
    i3 = 'Xã chưa cử được công chức tham dự lớp tập huấn nghiệp vụ do trùng lịch tiếp đoàn kiểm tra nông thôn mới.'
    i4 = 'Về hệ thống quản lý chất lượng TCVN ISO 9001:2015, xã đang xây dựng lại hệ thống sau sắp xếp, dự kiến công bố trong tháng 12/2026.'
    s2 = 'Tình hình chung của các nội dung tại mục 3, 4 Phần này: mục 3 chưa thực hiện; mục 4 đang thực hiện.'
    p2 = [('h', '1. Tuyên truyền'), ('p', i1),
          ('h', '2. Kiểm tra'), ('p', i2),
          ('S', s1),
          ('h', '3. Bồi dưỡng công chức'), ('p', i3),
          ('h', '4. ISO hành chính'), ('p', i4),
          ('S', s2)]
    diffs = ['Xã chưa có công chức được đào tạo chuyên môn về đo lường, chất lượng.']
    props = ['Đề nghị Chi cục tổ chức lớp tập huấn bổ sung cho các xã chưa cử được công chức tham dự.',
             'Đề nghị hỗ trợ xã 01 cân đối chứng đặt tại chợ Đất Đỏ.']
    e_doc(fn, [('ỦY BAN NHÂN DÂN', ''), ('XÃ ĐẤT ĐỎ', 'b')],
          '233/BC-UBND', 'Đất Đỏ, ngày 27 tháng 10 năm 2026',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã', 'Sở Khoa học và Công nghệ',
          p1, p2, diffs, props, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nLê Thanh Phong')
    entries = [
        ('II.1.a', 'completed', {'communications': 14, 'training_courses': 1, 'participants': 70}, i1),
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 5000000}, i2),
        ('II.3.a', 'not_started', {}, i3),
        ('II.2.đ', 'in_progress', {}, i4),
    ]
    FILES.append((fn, '26680', 'Xã Đất Đỏ', '233/BC-UBND', '2026-10-27', entries, diffs, props, None))


def build():
    f14(); f15(); f16()
    return FILES
