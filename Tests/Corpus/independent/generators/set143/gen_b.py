# -*- coding: utf-8 -*-
"""Hand B - bà Lê Thị Hồng Vân, chuyên viên tổng hợp Văn phòng một Sở.
Formal report whose 'I. TÌNH HÌNH CHUNG' is the department's whole year, with a
'Bảng 1' of three years side by side (Năm 2024 | Năm 2025 | 10 tháng năm 2026 | KH năm 2026);
'1.1.' decimal items; statuses given once per group in a 'Về tiến độ, ...' sentence."""
from gen_common import *

FILES = []


def b_doc(fname, unit_upper, so, date_words, title2, kinhgui, intro, chung, table, sections, diffs, props, signer, sz=13):
    d = new_doc('Times New Roman', sz, margins=(2, 2, 3, 1.5))
    header_block(d, [('UBND THÀNH PHỐ HỒ CHÍ MINH', ''), (unit_upper, 'b'), ('', ''), ('Số: ' + so, ''), (title2[0], '')],
                 [(QH, 'b'), (DL, 'b'), ('', ''), ('Thành phố Hồ Chí Minh, ' + date_words, 'i')], size=12)
    para(d, '')
    para(d, 'BÁO CÁO', b=True, align='c', after=0, size=14)
    para(d, title2[1], b=True, align='c', after=10, size=14)
    para(d, 'Kính gửi: ' + kinhgui, align='c', after=10)
    for t in intro:
        para(d, t, align='j', indent=1.0, after=6)
    para(d, 'I. TÌNH HÌNH CHUNG', b=True, after=6)
    for t in chung:
        para(d, t, align='j', indent=1.0, after=6)
    if table:
        para(d, table[0], i=True, b=True, align='c', after=4)
        grid_table(d, table[1], widths=[6.5, 2, 1.9, 1.9, 2.2, 1.9], size=11)
        para(d, table[2], i=True, after=6, size=11)
    para(d, 'II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026' if table is not None else 'II. KẾT QUẢ THỰC HIỆN', b=True, after=6, before=6)
    for kind, t in sections:
        if kind == 'H':
            para(d, t, b=True, after=6, before=4)
        elif kind == 'h':
            para(d, t, b=True, i=True, align='j', indent=1.0, after=4)
        elif kind == 'v':
            para(d, t, i=True, align='j', indent=1.0, after=6)
        else:
            para(d, t, align='j', indent=1.0, after=6)
    if diffs:
        para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', b=True, after=6, before=6)
        for k, x in enumerate(diffs, 1):
            para(d, f'{k}. {x}', align='j', indent=1.0, after=4)
    if props:
        para(d, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', b=True, after=6, before=6)
        for k, x in enumerate(props):
            para(d, 'abcdef'[k] + ') ' + x, align='j', indent=1.0, after=4)
    para(d, 'Trên đây là báo cáo kết quả thực hiện của Sở, kính gửi Sở Khoa học và Công nghệ tổng hợp./.', align='j', indent=1.0, after=10)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], 'Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, VP(Vân).', size=11)
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    cell_text(t.rows[0].cells[1], 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n' + signer, b=True, align='c', size=13)
    d.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ 5. Sở Công Thương
def f5():
    fn = 'SCT_4127-BC_CT38_2026.docx'
    p11 = ('Trong 10 tháng năm 2026, Sở Công Thương phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 lớp tập huấn '
           'phổ biến các quy chuẩn kỹ thuật quốc gia về xăng dầu, khí dầu mỏ hóa lỏng và quy định về đo lường trong kinh doanh '
           'xăng dầu cho 246 lượt học viên là đại diện doanh nghiệp, thương nhân phân phối và cửa hàng bán lẻ (năm 2025: 04 lớp, '
           '312 lượt).')
    p12 = ('Thông qua Chương trình khuyến công Thành phố, Sở đã hỗ trợ 26 doanh nghiệp công nghiệp nông thôn xây dựng, áp dụng '
           'hệ thống quản lý chất lượng ISO 9001 và các công cụ cải tiến năng suất (5S, Kaizen, Lean); kinh phí khuyến công đã giải '
           'ngân cho nội dung này là 1,85 tỷ đồng. Mục tiêu của Chương trình là “phấn đấu đến năm 2030 có 100% doanh nghiệp công '
           'nghiệp hỗ trợ được tiếp cận công cụ năng suất”.')
    v1 = 'Về tiến độ, hai nội dung tại điểm 1.1 và 1.2 nêu trên Sở đã thực hiện hoàn thành.'
    p21 = ('Sở chủ động phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Chi cục Quản lý thị trường kiểm tra chất lượng, '
           'đo lường xăng dầu, khí: 10 tháng năm 2026 đã thực hiện 12 cuộc kiểm tra tại 88 cơ sở, phát hiện 06 cơ sở vi phạm '
           '(cột đo sai số vượt giới hạn, không niêm yết chất lượng), đã chuyển cơ quan có thẩm quyền xử phạt tổng số tiền 67,5 '
           'triệu đồng.')
    p22 = ('Sở đã tổ chức lấy ý kiến các doanh nghiệp, hiệp hội và có văn bản góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia do '
           'Bộ Công Thương chủ trì soạn thảo (QCVN về an toàn chai chứa LPG, về vật liệu nổ công nghiệp, về xăng sinh học E10 và '
           'về an toàn điện).')
    v2 = 'Về tiến độ, các nội dung tại điểm 2.1 và 2.2 Sở đang tiếp tục triển khai theo kế hoạch năm.'
    p3 = ('Sở đã hoàn thành việc rà soát, cập nhật và công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia '
          'TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền (Quyết định công bố ngày 15/8/2026).')
    chung = ['Năm 2026, ngành Công Thương Thành phố tiếp tục duy trì đà tăng trưởng: chỉ số sản xuất công nghiệp 10 tháng tăng '
             '7,8% so với cùng kỳ; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 1.236 nghìn tỷ đồng; Sở đã tổ '
             'chức 35 hội chợ, triển lãm với hơn 1.200 gian hàng, kết nối cung cầu cho 2.100 doanh nghiệp.',
             'Công tác quản lý chất lượng, đo lường trong lĩnh vực xăng dầu, khí được quan tâm; một số chỉ tiêu chủ yếu qua các năm như sau:']
    table = ('Bảng 1. Một số chỉ tiêu chủ yếu của ngành Công Thương', [
        ['Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025', '10 tháng năm 2026', 'KH năm 2026'],
        ['Chỉ số sản xuất công nghiệp (IIP) tăng', '%', '6,1', '7,2', '7,8', '8,0'],
        ['Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'nghìn tỷ đồng', '1.224', '1.391', '1.236', '1.520'],
        ['Lớp tập huấn QCVN xăng dầu, LPG (phối hợp Chi cục TĐC)', 'lớp', '02', '04', '03', '04'],
        ['Cuộc kiểm tra chất lượng, đo lường xăng dầu, khí (phối hợp)', 'cuộc', '14', '17', '12', '18'],
        ['Cơ sở kinh doanh xăng dầu, khí được kiểm tra', 'cơ sở', '96', '121', '88', '130'],
        ['Doanh nghiệp được hỗ trợ áp dụng HTQL, công cụ năng suất (khuyến công)', 'DN', '22', '31', '26', '35'],
    ], 'Nguồn: Phòng Kế hoạch – Tài chính tổng hợp; số liệu năm 2026 tính đến ngày 20/10/2026.')
    sections = [
        ('H', '1. Nhóm nhiệm vụ tuyên truyền, hỗ trợ doanh nghiệp'),
        ('h', '1.1. Tập huấn, phổ biến quy chuẩn kỹ thuật'),
        ('p', p11),
        ('h', '1.2. Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng'),
        ('p', p12),
        ('v', v1),
        ('H', '2. Nhóm nhiệm vụ kiểm tra và xây dựng quy chuẩn'),
        ('h', '2.1. Phối hợp kiểm tra'),
        ('p', p21),
        ('h', '2.2. Góp ý quy chuẩn kỹ thuật'),
        ('p', p22),
        ('v', v2),
        ('H', '3. Áp dụng hệ thống quản lý chất lượng tại cơ quan'),
        ('p', p3),
    ]
    diffs = ['Kinh phí khuyến công bố trí cho nội dung hỗ trợ áp dụng hệ thống quản lý chất lượng còn thấp so với nhu cầu của doanh nghiệp.',
             'Một số cửa hàng xăng dầu ở khu vực ngoại thành thay đổi chủ sở hữu nhiều lần, gây khó khăn cho việc kiểm tra lại sau xử lý.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả kiểm tra chất lượng xăng dầu của Chi cục để Sở Công Thương phục vụ công tác quản lý.',
             'Đề nghị tổ chức hội nghị sơ kết liên ngành về quản lý đo lường trong kinh doanh xăng dầu vào Quý I/2027.']
    b_doc(fn, 'SỞ CÔNG THƯƠNG', '4127/BC-SCT', 'ngày 23 tháng 10 năm 2026',
          ('V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'),
          'Sở Khoa học và Công nghệ',
          ['Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả thực hiện như sau:'],
          chung, table, sections, diffs, props, 'Bùi Minh Thạnh')
    entries = [
        ('II.1.a', 'completed', {'training_courses': 3, 'participants': 246}, p11),
        ('II.2.d', 'completed', {'enterprises_supported': 26, 'budget_spent_vnd': 1850000000}, p12),
        ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 88, 'violations': 6, 'fines_vnd': 67500000}, p21),
        ('II.2.e', 'in_progress', {'standards_reviewed': 4}, p22),
        ('II.2.đ', 'completed', {}, p3),
    ]
    FILES.append((fn, 'SO-CT', 'Sở Công Thương', '4127/BC-SCT', '2026-10-23', entries, diffs, props, None))


# ------------------------------------------------------------------ 6. Sở Y tế
def f6():
    fn = 'SYT_BC_thuc_hien_CT38_10thang2026.docx'
    p11 = ('Năm 2026, Sở cử 05 công chức, viên chức của các phòng Nghiệp vụ Y, Nghiệp vụ Dược và Thanh tra Sở tham dự lớp tập '
           'huấn cập nhật kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng '
           'tổ chức (năm 2025 cử 04 người).')
    p12 = ('Sở tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; đã tổ chức đánh giá '
           'nội bộ và xem xét của lãnh đạo, công bố lại hệ thống vào tháng 7/2026.')
    p21 = ('Thực hiện chỉ tiêu “phấn đấu 100% phương tiện đo nhóm 2 sử dụng trong khám bệnh, chữa bệnh được kiểm định đúng hạn”, '
           'Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thành lập 02 đoàn kiểm tra về đo lường tại 38 cơ sở khám bệnh, chữa '
           'bệnh; qua kiểm tra có 4.126 phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe, máy đo điện tim) đã được kiểm '
           'định, phát hiện 03 cơ sở còn sử dụng phương tiện đo quá hạn kiểm định, đã yêu cầu khắc phục.')
    p22 = ('Sở đã có ý kiến đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và khí y tế do Bộ Y tế gửi lấy ý kiến.')
    v = ('Về tiến độ, các nội dung tại điểm 1.1, 1.2 và 2.1 Sở đã thực hiện hoàn thành; riêng nội dung góp ý quy chuẩn tại điểm 2.2 '
         'Sở tiếp tục thực hiện khi có dự thảo gửi lấy ý kiến.')
    chung = ['Năm 2026, ngành Y tế Thành phố tiếp tục thực hiện tốt nhiệm vụ chăm sóc, bảo vệ sức khỏe nhân dân: số giường bệnh '
             'đạt 42,6 giường/vạn dân; tỷ lệ hài lòng của người bệnh đạt 94,1%. Thanh tra Sở kiểm tra 1.245 cơ sở hành nghề y, dược '
             'tư nhân, xử phạt vi phạm hành chính 3,2 tỷ đồng (chủ yếu về điều kiện hành nghề, quảng cáo).',
             'Về công tác đo lường trong lĩnh vực y tế, một số chỉ tiêu qua các năm:']
    table = ('Bảng 1. Một số chỉ tiêu của ngành Y tế', [
        ['Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025', '10 tháng năm 2026', 'KH năm 2026'],
        ['Số giường bệnh trên vạn dân', 'giường', '41,2', '42,0', '42,6', '43,0'],
        ['Tỷ lệ hài lòng của người bệnh', '%', '91,5', '93,2', '94,1', '95,0'],
        ['Phương tiện đo nhóm 2 trong y tế được kiểm định', 'phương tiện', '3.950', '4.410', '4.126', '4.800'],
        ['Cơ sở khám bệnh, chữa bệnh được kiểm tra về đo lường', 'cơ sở', '42', '55', '38', '60'],
    ], 'Ghi chú: số liệu năm 2026 tính đến 15/10/2026.')
    sections = [
        ('H', '1. Công tác cán bộ và cải cách hành chính'),
        ('h', '1.1. Bồi dưỡng nghiệp vụ'),
        ('p', p11),
        ('h', '1.2. Hệ thống quản lý chất lượng'),
        ('p', p12),
        ('H', '2. Công tác quản lý đo lường, quy chuẩn trong lĩnh vực y tế'),
        ('h', '2.1. Kiểm tra đo lường tại cơ sở khám bệnh, chữa bệnh'),
        ('p', p21),
        ('h', '2.2. Góp ý quy chuẩn kỹ thuật quốc gia'),
        ('p', p22),
        ('v', v),
    ]
    diffs = ['Nhiều phương tiện đo trong y tế nhập khẩu chưa có quy trình kiểm định, hiệu chuẩn trong nước.',
             'Các cơ sở y tế tư nhân nhỏ lẻ chưa chủ động đăng ký kiểm định định kỳ.']
    props = ['Đề nghị Sở Khoa học và Công nghệ kiến nghị Bộ Khoa học và Công nghệ sớm ban hành quy trình kiểm định đối với máy đo điện tim, máy theo dõi bệnh nhân.']
    b_doc(fn, 'SỞ Y TẾ', '6650/BC-SYT', 'ngày 26 tháng 10 năm 2026',
          ('V/v báo cáo tình hình thực hiện Chỉ thị 38-CT/TW', 'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành Y tế'),
          'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh',
          ['Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo như sau:'],
          chung, table, sections, diffs, props, 'Nguyễn Văn Vĩnh Châu')
    entries = [
        ('II.3.a', 'completed', {'participants': 5}, p11),
        ('II.2.đ', 'completed', {}, p12),
        ('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 38, 'instruments_verified': 4126, 'violations': 3}, p21),
        ('II.2.e', 'in_progress', {'standards_reviewed': 3}, p22),
    ]
    FILES.append((fn, 'SO-YT', 'Sở Y tế', '6650/BC-SYT', '2026-10-26', entries, diffs, props, None))


# ------------------------------------------------------------------ 7. Sở VH&TT (mistaken: chuyển đổi số)
def f7():
    fn = 'SVHTT_3318_BC_2026.docx'
    chung = ['Năm 2026, Sở Văn hóa và Thể thao tiếp tục đẩy mạnh chuyển đổi số theo Kế hoạch của Ủy ban nhân dân Thành phố; '
             '100% văn bản được ký số và gửi nhận trên hệ thống quản lý văn bản điều hành.']
    table = ('Bảng 1. Một số chỉ tiêu chuyển đổi số', [
        ['Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025', '10 tháng năm 2026', 'KH năm 2026'],
        ['Hồ sơ thủ tục hành chính nộp trực tuyến', 'hồ sơ', '8.412', '11.905', '10.326', '13.000'],
        ['Tỷ lệ hồ sơ được số hóa kết quả', '%', '62', '81', '93', '100'],
        ['Hiện vật bảo tàng được số hóa 3D', 'hiện vật', '150', '420', '385', '500'],
    ], 'Nguồn: Phòng Kế hoạch – Tài chính.')
    sections = [
        ('H', '1. Hạ tầng số và dữ liệu'),
        ('p', 'Sở đã hoàn thành nâng cấp cơ sở dữ liệu di sản văn hóa; số hóa 385 hiện vật bảo tàng dưới dạng 3D.'),
        ('v', 'Về tiến độ, nội dung này Sở đã thực hiện hoàn thành.'),
        ('H', '2. Dịch vụ công trực tuyến'),
        ('p', 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 93%; Sở đang triển khai thanh toán trực tuyến phí, lệ phí.'),
        ('v', 'Về tiến độ, nội dung này Sở đang tiếp tục triển khai.'),
    ]
    b_doc(fn, 'SỞ VĂN HÓA VÀ THỂ THAO', '3318/BC-SVHTT', 'ngày 19 tháng 10 năm 2026',
          ('V/v báo cáo kết quả chuyển đổi số năm 2026', 'Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 của Sở Văn hóa và Thể thao'),
          'Sở Khoa học và Công nghệ',
          ['Thực hiện đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả chuyển đổi số năm 2026, Sở Văn hóa và Thể thao báo cáo như sau:'],
          chung, table, sections,
          ['Nguồn nhân lực công nghệ thông tin của Sở còn mỏng.'],
          ['Đề nghị Thành phố bố trí kinh phí số hóa hiện vật giai đoạn 2027 – 2030.'],
          'Trần Thế Thuận')
    FILES.append((fn, 'SO-VHTT', 'Sở Văn hóa và Thể thao', '3318/BC-SVHTT', '2026-10-19', [], [], [],
                  'Báo cáo kết quả chuyển đổi số năm 2026 của Sở Văn hóa và Thể thao, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).'))


def build():
    f5(); f6(); f7()
    return FILES
