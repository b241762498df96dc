"""Hand 2 — Nguyễn Thị Lan, chuyên viên Phòng Quản lý Tiêu chuẩn Chất lượng of the Chi cục TĐC:
long, dense reports organised by the plan's six groups (paraphrased), one block per task with
'- Kết quả:' and '- Đánh giá:' lines, and an appendix table with a unit-of-measure column."""
from common import *

UNIT = 'SKHCN-CCTDC'
KH = 'Kế hoạch số 215/KH-SKHCN ngày 23 tháng 01 năm 2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026'

GROUPS = {
    '1': '1. Công tác tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng',
    '2': '2. Công tác quản lý nhà nước và hoàn thiện thể chế, chính sách',
    '3': '3. Phát triển nguồn nhân lực',
    '4': '4. Đầu tư cơ sở vật chất, trang thiết bị',
    '5': '5. Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng',
    '6': '6. Hợp tác, trao đổi thông tin',
}


def tdc_doc(so, date_line, trich_yeu, kg='Giám đốc Sở Khoa học và Công nghệ', size=13):
    d = new_doc(size=size, left=30, right=15)
    header_block(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('CHI CỤC TIÊU CHUẨN', True), ('ĐO LƯỜNG CHẤT LƯỢNG', True)],
                 so=so, date_line=date_line)
    title(d, 'BÁO CÁO', trich_yeu, size=size + 1)
    kinh_gui(d, [kg], size=size)
    return d


def task_blocks(d, tasks, style='kq'):
    """tasks: list of (group, heading, result, assessment). style 'kq': '- Kết quả:' / '- Đánh giá:' lines."""
    cur = None
    for g, h, res, dg in tasks:
        if g != cur:
            head(d, GROUPS[g], indent=1.0)
            cur = g
        para(d, h, italic=True, bold=True, indent=1.0, after=2)
        if style == 'kq':
            para(d, '- Kết quả: ' + res, indent=1.0, after=2)
            para(d, '- Đánh giá: ' + dg, indent=1.0)
        else:
            para(d, res + ' ' + dg, indent=1.0)


def appendix(d, title_lines, rows, note=None):
    """rows: list of (task label, [(chỉ tiêu, ĐVT, kết quả)], đánh giá). Task and đánh giá cells merged vertically."""
    page_break(d)
    para(d, 'Phụ lục', align='c', indent=0, bold=True, size=14, after=0)
    for t in title_lines:
        para(d, t, align='c', indent=0, bold=True, after=0)
    if note:
        para(d, note, align='c', indent=0, italic=True)
    table = [['STT', 'Nhiệm vụ', 'Chỉ tiêu', 'ĐVT', 'Kết quả', 'Đánh giá']]
    merges = []
    n = 0
    for label, inds, dg in rows:
        n += 1
        start = len(table)
        if not inds:
            inds = [('-', '-', '-')]
        for k, (ct, dvt, kq) in enumerate(inds):
            table.append([str(n) if k == 0 else None, label if k == 0 else None, ct, dvt, kq, dg if k == 0 else None])
        end = len(table) - 1
        if end > start:
            merges += [((start, 0), (end, 0)), ((start, 1), (end, 1)), ((start, 5), (end, 5))]
    grid(d, table, widths=[1.0, 5.2, 4.8, 1.6, 2.0, 2.6], merges=merges, size=11,
         aligns=['c', 'l', 'l', 'c', 'r', 'c'])


def sign(d, extra=()):
    closing(d, ['- Như trên;', '- Lãnh đạo Sở (để b/c);', *extra, '- Lưu: VT, QLTCCL.'],
            ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG'], 'Trương Minh Đức')


# ============================================================== a. Quý I
def quy1():
    fn = '245-BC-TDC bao cao quy I-2026 CT38.docx'
    d = tdc_doc('245/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 27 tháng 3 năm 2026',
                ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', 'Quý I năm 2026'])
    para(d, f'Thực hiện {KH}, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Chi cục) báo cáo kết quả thực hiện Quý I năm 2026 như sau:')
    head(d, 'I. KẾT QUẢ THỰC HIỆN')
    tasks = [
        ('1', 'a) Tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu',
         'Ngày 19/3/2026 tổ chức 01 lớp tập huấn về ghi nhãn hàng hóa và công bố hợp quy cho 82 lượt người là đại diện doanh nghiệp sản xuất, kinh doanh; buổi tọa đàm với doanh nghiệp nhập khẩu dự kiến tổ chức trong Quý III.',
         'Đang thực hiện.'),
        ('1', 'b) Vận động tham dự Giải thưởng Chất lượng Quốc gia',
         'Đăng 04 tin, bài giới thiệu thể lệ Giải thưởng Chất lượng Quốc gia năm 2026 trên Cổng thông tin điện tử của Sở.',
         'Đang thực hiện.'),
        ('2', 'đ) Hệ thống quản lý chất lượng trong cơ quan hành chính (nhiệm vụ 2.đ)',
         'Ban hành Công văn số 188/TĐC-QLTCCL ngày 02/3/2026 hướng dẫn các cơ quan rà soát, cập nhật hệ thống quản lý chất lượng sau sắp xếp tổ chức bộ máy.',
         'Đang triển khai.'),
        ('2', 'e) Góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
         'Góp ý 03 dự thảo TCVN, QCVN theo đề nghị của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.',
         'Đang thực hiện.'),
        ('2', 'h) Hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính, kết nối Cổng thông tin một cửa quốc gia',
         'Đã kết nối liên thông hoạt động đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia từ ngày 16/3/2026; tiếp nhận 1.128 hồ sơ trong Quý I.',
         'Hoàn thành.'),
        ('5', 'a) Kiểm tra về tiêu chuẩn, đo lường, chất lượng',
         'Thực hiện 05 cuộc kiểm tra tại 61 cơ sở kinh doanh xăng dầu, vàng trang sức và hàng hóa nhập khẩu; phát hiện 09 cơ sở vi phạm, xử phạt 96.000.000 đồng.',
         'Đang thực hiện.'),
        ('5', 'd) Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực',
         'Trong Quý I không có đơn tố giác.',
         'Không phát sinh.'),
    ]
    task_blocks(d, tasks)
    head(d, 'II. KHÓ KHĂN, VƯỚNG MẮC')
    diffs = ['Sau sắp xếp đơn vị hành chính, địa bàn quản lý mở rộng trong khi lực lượng kiểm tra của Chi cục chưa được bổ sung.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ')
    props = ['Đề nghị Lãnh đạo Sở chỉ đạo các phòng, đơn vị trực thuộc cử cán bộ phối hợp tham gia các đoàn kiểm tra liên ngành trong Quý II/2026.']
    for x in props:
        para(d, '- ' + x)
    sign(d)
    save(d, fn)
    truth(fn, UNIT, '245/BC-TĐC', '2026-03-27', [
        E('II.1.a', 'in_progress', training_courses=1, participants=82),
        E('II.1.b', 'in_progress', communications=4),
        E('II.2.đ', 'in_progress'),
        E('II.2.e', 'in_progress', standards_reviewed=3),
        E('II.2.h', 'completed'),
        E('II.5.a', 'in_progress', inspections=5, establishments_inspected=61, violations=9, fines_vnd=96000000),
        E('II.5.d', 'not_applicable'),
    ], diffs, props)


# ============================================================== b. 6 tháng
def sau_thang():
    fn = 'Bao cao so ket 6 thang CT38 - Chi cuc TDC.docx'
    d = tdc_doc('698/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 19 tháng 6 năm 2026',
                ['Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch triển khai', 'Chỉ thị số 38-CT/TW của Ban Bí thư'])
    para(d, f'Thực hiện {KH}, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo sơ kết 6 tháng đầu năm 2026 (số liệu tính đến ngày 15/6/2026) như sau:')
    head(d, 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI')
    para(d, 'Chi cục đã ban hành Kế hoạch số 96/KH-TĐC ngày 05/02/2026 phân công 04 phòng chuyên môn thực hiện 22 nhiệm vụ được giao chủ trì; dự toán kinh phí được giao 349.000.000 đồng tại Quyết định số 1468/QĐ-SKHCN ngày 30/12/2025.')
    head(d, 'II. KẾT QUẢ THỰC HIỆN')
    tasks = [
        ('1', 'a) Tập huấn văn bản quy phạm pháp luật, tọa đàm doanh nghiệp nhập khẩu',
         'Tổ chức 03 lớp tập huấn (ghi nhãn hàng hóa; đo lường trong kinh doanh vàng; công bố hợp quy) với 275 lượt người tham dự.', 'Đang thực hiện.'),
        ('1', 'b) Vận động tham dự Giải thưởng Chất lượng Quốc gia',
         'Đăng 08 tin, bài; hướng dẫn 17 doanh nghiệp hoàn thiện hồ sơ đăng ký tham dự.', 'Hoàn thành.'),
        ('2', 'a) Chương trình năng suất chất lượng, Đề án 996, Đề án 100',
         'Nhiệm vụ có thời gian thực hiện Quý IV/2026.', 'Chưa triển khai.'),
        ('2', 'b) Hoạt động Giải thưởng Chất lượng Quốc gia',
         'Tiếp nhận 11 hồ sơ tham dự; Hội đồng sơ tuyển dự kiến đánh giá tại doanh nghiệp trong tháng 7/2026.', 'Đang thực hiện.'),
        ('2', 'c) Đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật',
         'Trong kỳ chưa nhận được yêu cầu góp ý.', 'Không phát sinh.'),
        ('2', 'd) Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng',
         'Hướng dẫn, tư vấn 71 doanh nghiệp; tiếp nhận 946 hồ sơ công bố hợp quy.', 'Duy trì thường xuyên.'),
        ('2', 'đ) Hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước',
         'Hướng dẫn 22 cơ quan, đơn vị rà soát, cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.', 'Đang thực hiện.'),
        ('2', 'e) Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
         'Góp ý 09 dự thảo TCVN, QCVN; Quy chuẩn kỹ thuật địa phương về hệ thống đo đếm nước sạch: đang xây dựng dự thảo.', 'Đang xây dựng dự thảo.'),
        ('2', 'h) Kết nối Cổng thông tin một cửa quốc gia',
         'Hoàn tất kết nối từ ngày 16/3/2026.', 'Hoàn thành.'),
        ('3', 'a) Bồi dưỡng nghiệp vụ cho công chức sở, ngành, phường, xã',
         'Tổ chức 01 lớp với 96 lượt công chức tham dự.', 'Đang thực hiện.'),
        ('3', 'd) Tập huấn cho sinh viên các trường đại học, cao đẳng, trung cấp',
         'Đã liên hệ 05 trường; dự kiến tổ chức từ tháng 8/2026.', 'Chưa thực hiện.'),
        ('4', 'b) Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
         'Hiệu chuẩn 11 phương tiện, thiết bị kỹ thuật nghiệp vụ; kinh phí 38.500.000 đồng.', 'Đang thực hiện.'),
        ('5', 'a) Kiểm tra về tiêu chuẩn, đo lường, chất lượng',
         'Thực hiện 11 cuộc kiểm tra tại 132 cơ sở; phát hiện 19 cơ sở vi phạm; xử phạt vi phạm hành chính 203.000.000 đồng.', 'Đang thực hiện.'),
        ('5', 'b) Khảo sát chất lượng sản phẩm, hàng hóa',
         'Lấy 80 mẫu xăng dầu, mũ bảo hiểm để thử nghiệm; kết quả thử nghiệm đang được tổng hợp.', 'Đang thực hiện.'),
        ('5', 'c) Phối hợp Ủy ban nhân dân phường, xã, đặc khu',
         'Phối hợp 04 cuộc kiểm tra tại chợ; kiểm định miễn phí 1.240 cân cho tiểu thương.', 'Đang thực hiện.'),
        ('5', 'd) Bảo vệ người tố giác, xử lý tham nhũng, tiêu cực', 'Không có vụ việc.', 'Không phát sinh.'),
    ]
    task_blocks(d, tasks)
    head(d, 'III. KHÓ KHĂN, VƯỚNG MẮC')
    diffs = ['Nhiều doanh nghiệp chưa chủ động cập nhật quy định mới về nhãn hàng hóa, công bố hợp quy sau khi Luật Chất lượng sản phẩm, hàng hóa sửa đổi có hiệu lực.',
             'Việc phân quyền cho Ủy ban nhân dân phường, xã còn mới, công chức cấp xã chưa nắm vững nghiệp vụ kiểm tra đo lường.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'IV. ĐỀ XUẤT, KIẾN NGHỊ')
    props = ['Đề nghị Sở có văn bản đôn đốc các sở, ngành gửi báo cáo 6 tháng đúng thời hạn để Chi cục tổng hợp.',
             'Đề nghị Sở Nội vụ phối hợp bố trí lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã trong Quý III/2026.']
    for x in props:
        para(d, '- ' + x)
    sign(d)
    appendix(d, ['TỔNG HỢP SỐ LIỆU 6 THÁNG ĐẦU NĂM 2026'], [
        ('Tập huấn VBQPPL (1.a)', [('Lớp tập huấn', 'lớp', '03'), ('Người tham dự', 'lượt', '275')], 'Đang thực hiện'),
        ('Vận động tham dự GTCLQG (1.b)', [('Tin, bài', 'tin/bài', '08'), ('Doanh nghiệp được hướng dẫn', 'DN', '17')], 'Hoàn thành'),
        ('Hỗ trợ doanh nghiệp (2.d)', [('Doanh nghiệp được hướng dẫn, tư vấn', 'DN', '71')], 'Duy trì thường xuyên'),
        ('HTQLCL cơ quan hành chính (2.đ)', [('Cơ quan được hướng dẫn', 'cơ quan', '22')], 'Đang thực hiện'),
        ('Góp ý TCVN, QCVN (2.e)', [('Dự thảo được góp ý', 'dự thảo', '09')], 'Đang xây dựng dự thảo'),
        ('Bồi dưỡng công chức (3.a)', [('Lớp', 'lớp', '01'), ('Người tham dự', 'lượt', '96')], 'Đang thực hiện'),
        ('Thiết bị kỹ thuật nghiệp vụ (4.b)', [('Phương tiện được hiệu chuẩn', 'chiếc', '11'), ('Kinh phí', 'đồng', '38.500.000')], 'Đang thực hiện'),
        ('Kiểm tra (5.a)', [('Cuộc kiểm tra', 'cuộc', '11'), ('Cơ sở được kiểm tra', 'cơ sở', '132'),
                            ('Cơ sở vi phạm', 'cơ sở', '19'), ('Tiền xử phạt', 'đồng', '203.000.000')], 'Đang thực hiện'),
        ('Khảo sát chất lượng (5.b)', [('Mẫu', 'mẫu', '80')], 'Đang thực hiện'),
        ('Phối hợp phường, xã (5.c)', [('Cuộc kiểm tra phối hợp', 'cuộc', '04'), ('Cân được kiểm định', 'chiếc', '1.240')], 'Đang thực hiện'),
    ], note='(Kèm theo Báo cáo số 698/BC-TĐC ngày 19/6/2026 của Chi cục)')
    save(d, fn)
    truth(fn, UNIT, '698/BC-TĐC', '2026-06-19', [
        E('II.1.a', 'in_progress', training_courses=3, participants=275),
        E('II.1.b', 'completed', communications=8, enterprises_supported=17),
        E('II.2.a', 'not_started'),
        E('II.2.b', 'in_progress'),
        E('II.2.c', 'not_applicable'),
        E('II.2.d', 'in_progress', enterprises_supported=71),
        E('II.2.đ', 'in_progress', enterprises_supported=22),
        E('II.2.e', 'in_progress', standards_reviewed=9),
        E('II.2.h', 'completed'),
        E('II.3.a', 'in_progress', training_courses=1, participants=96),
        E('II.3.d', 'not_started'),
        E('II.4.b', 'in_progress', instruments_verified=11, budget_spent_vnd=38500000),
        E('II.5.a', 'in_progress', inspections=11, establishments_inspected=132, violations=19, fines_vnd=203000000),
        E('II.5.b', 'in_progress', samples_tested=80),
        E('II.5.c', 'in_progress', inspections=4, instruments_verified=1240),
        E('II.5.d', 'not_applicable'),
    ], diffs, props)


# ============================================================== c. 9 tháng (tracked change + comment)
def chin_thang():
    fn = 'BC 9 thang 2026 CT38 (ban sua chi Lan).docx'
    d = tdc_doc('1104/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2026',
                ['Kết quả thực hiện 9 tháng năm 2026 Kế hoạch triển khai Chỉ thị số 38-CT/TW', 'về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia'])
    para(d, f'Căn cứ {KH}; Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện 9 tháng năm 2026 như sau:')
    head(d, 'I. KẾT QUẢ THỰC HIỆN THEO NHÓM NHIỆM VỤ')
    head(d, GROUPS['1'])
    para(d, '1.1. Tập huấn văn bản quy phạm pháp luật và tọa đàm: tổ chức 05 lớp tập huấn với 468 lượt người; ngày 18/9/2026 tổ chức 01 buổi tọa đàm với doanh nghiệp nhập khẩu có 96 đại biểu tham dự. Tổng cộng 06 lớp, buổi với 564 lượt người. Đánh giá: hoàn thành.')
    para(d, '1.2. Vận động tham dự Giải thưởng Chất lượng Quốc gia: đăng 11 tin, bài; hướng dẫn 17 doanh nghiệp lập hồ sơ. Đánh giá: hoàn thành.')
    head(d, GROUPS['2'])
    para(d, '2.1. Chương trình năng suất chất lượng, Đề án 996, Đề án 100: đã ký hợp đồng hỗ trợ 09 doanh nghiệp, đang thẩm định thuyết minh của 15 doanh nghiệp khác. Đánh giá: đang thực hiện.')
    para(d, '2.2. Giải thưởng Chất lượng Quốc gia: Hội đồng sơ tuyển đang đánh giá tại doanh nghiệp đối với 11 hồ sơ. Đánh giá: đang thực hiện.')
    para(d, '2.3. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công bố chất lượng: hướng dẫn, tư vấn 112 doanh nghiệp. Đánh giá: duy trì thường xuyên.')
    para(d, '2.4. Xây dựng, góp ý tiêu chuẩn, quy chuẩn: góp ý 17 dự thảo TCVN, QCVN; quy chuẩn kỹ thuật địa phương về hệ thống đo đếm nước sạch đang xây dựng dự thảo. Đánh giá: đang thực hiện.')
    head(d, GROUPS['3'])
    para(d, '3.1. Bồi dưỡng nghiệp vụ cho công chức: tổ chức 02 lớp với 188 lượt công chức sở, ngành, phường, xã tham dự. Đánh giá: đang thực hiện.')
    para(d, '3.2. Đào tạo chuyên gia năng suất: tổ chức 02 khóa đào tạo với 64 học viên. Đánh giá: hoàn thành.')
    para(d, '3.3. Tập huấn cho sinh viên: tổ chức 02 lớp cho 260 sinh viên. Đánh giá: đang thực hiện.')
    head(d, GROUPS['5'])
    p = tracked(d, '5.1. Kiểm tra về tiêu chuẩn, đo lường, chất lượng: thực hiện 16 cuộc kiểm tra tại ', '198', '201',
                ' cơ sở; phát hiện 29 cơ sở vi phạm, xử phạt vi phạm hành chính 318.000.000 đồng. Đánh giá: đang thực hiện.')
    comment_on(d, p, 'Đã cập nhật theo biên bản của Đoàn kiểm tra số 3 (bổ sung 03 cơ sở kinh doanh vàng).', 'Nguyễn Thị Lan', 'NL')
    para(d, '5.2. Khảo sát chất lượng sản phẩm, hàng hóa: lấy 124 mẫu để thử nghiệm. Đánh giá: đang thực hiện.')
    para(d, '5.3. Phối hợp với Ủy ban nhân dân phường, xã, đặc khu: phối hợp 07 cuộc kiểm tra; kiểm định miễn phí 2.105 cân tại chợ. Đánh giá: đang thực hiện.')
    head(d, GROUPS['6'])
    para(d, '6.1. Phối hợp với Tổ chức Năng suất Châu Á (APO): trong kỳ không phát sinh yêu cầu.')
    head(d, 'II. KHÓ KHĂN, VƯỚNG MẮC')
    diffs = ['Kinh phí hỗ trợ doanh nghiệp theo Chương trình năng suất chất lượng được giao muộn (tháng 7/2026) nên tiến độ ký hợp đồng hỗ trợ chậm.',
             'Một số sở, ngành chưa cử đầu mối phối hợp, báo cáo chưa đúng thời hạn.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'III. ĐỀ XUẤT')
    props = ['Đề nghị Sở xem xét cho phép điều chỉnh thời hạn thực hiện nhiệm vụ hỗ trợ doanh nghiệp nâng cao năng suất sang hết tháng 12/2026.',
             'Đề nghị Sở có văn bản nhắc các sở, ngành cử đầu mối phối hợp thực hiện Kế hoạch.']
    for x in props:
        para(d, '- ' + x)
    sign(d)
    save(d, fn)
    truth(fn, UNIT, '1104/BC-TĐC', '2026-09-25', [
        E('II.1.a', 'completed', training_courses=6, participants=564),
        E('II.1.b', 'completed', communications=11, enterprises_supported=17),
        E('II.2.a', 'in_progress', enterprises_supported=9),
        E('II.2.b', 'in_progress'),
        E('II.2.d', 'in_progress', enterprises_supported=112),
        E('II.2.e', 'in_progress', standards_reviewed=17),
        E('II.3.a', 'in_progress', training_courses=2, participants=188),
        E('II.3.b', 'completed', training_courses=2, participants=64),
        E('II.3.d', 'in_progress', training_courses=2, participants=260),
        E('II.5.a', 'in_progress', inspections=16, establishments_inspected=201, violations=29, fines_vnd=318000000),
        E('II.5.b', 'in_progress', samples_tested=124),
        E('II.5.c', 'in_progress', inspections=7, instruments_verified=2105),
        E('II.6.b', 'not_applicable'),
    ], diffs, props)


# ============================================================== d. Năm (long; re-saved in LibreOffice)
def nam():
    fn = '1287-BC-TĐC Báo cáo năm 2026 thực hiện CT38.docx'
    d = tdc_doc('1287/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
                ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', '(số liệu từ ngày 01/01/2026 đến ngày 25/10/2026)'])
    para(d, f'Căn cứ {KH}; Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Chi cục) báo cáo kết quả thực hiện năm 2026 như sau:')
    head(d, 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI')
    para(d, 'Chi cục đã ban hành Kế hoạch số 96/KH-TĐC ngày 05/02/2026 và 14 văn bản hướng dẫn, đôn đốc; tham mưu Sở ban hành Công văn số 2871/SKHCN-TĐC ngày 05/10/2026 đề nghị 16 sở, ngành và 168 phường, xã, đặc khu báo cáo kết quả thực hiện. Dự toán kinh phí được giao 349.000.000 đồng (Quyết định số 1468/QĐ-SKHCN ngày 30/12/2025).')
    head(d, 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ')
    tasks = [
        ('1', 'a) Tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng; tọa đàm với doanh nghiệp nhập khẩu',
         'Tổ chức 05 lớp tập huấn (nhãn hàng hóa; đo lường trong kinh doanh vàng, xăng dầu; công bố hợp chuẩn, hợp quy; mã số mã vạch) với 468 lượt người tham dự; ngày 18/9/2026 tổ chức 01 buổi tọa đàm với doanh nghiệp nhập khẩu có 96 đại biểu. Tổng cộng 06 lớp, buổi với 564 lượt người.',
         'Hoàn thành.'),
        ('1', 'b) Tuyên truyền, vận động tham dự Giải thưởng Chất lượng Quốc gia',
         'Đăng 12 tin, bài trên Cổng thông tin điện tử của Sở và Bản tin Khoa học và Công nghệ; hướng dẫn 17 doanh nghiệp hoàn thiện hồ sơ tham dự.',
         'Hoàn thành.'),
        ('2', 'a) Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996 và Đề án 100 trên địa bàn',
         'Hỗ trợ 24 doanh nghiệp triển khai dự án nâng cao năng suất, đo lường và truy xuất nguồn gốc; kinh phí đã giải ngân 1.485.000.000 đồng trên tổng kế hoạch 2.100.000.000 đồng (đạt 70,7%).',
         'Đang thực hiện (thời hạn Quý IV/2026).'),
        ('2', 'b) Hoạt động Giải thưởng Chất lượng Quốc gia',
         'Tiếp nhận 11 hồ sơ; Hội đồng sơ tuyển đã đánh giá và đề xuất 08 doanh nghiệp lên Hội đồng Quốc gia xét tặng.',
         'Hoàn thành.'),
        ('2', 'c) Đề xuất sửa đổi, bổ sung luật và văn bản quy phạm pháp luật; triển khai Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa',
         'Góp ý dự thảo Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) theo đề nghị của Bộ; tổ chức 01 hội nghị triển khai Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho 230 đại biểu là công chức các sở, ngành, phường, xã.',
         'Hoàn thành.'),
        ('2', 'd) Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến, công bố chất lượng',
         'Hướng dẫn, tư vấn 146 doanh nghiệp về công bố hợp chuẩn, hợp quy và áp dụng hệ thống quản lý; tiếp nhận 1.932 hồ sơ công bố hợp quy.',
         'Duy trì thường xuyên.'),
        ('2', 'đ) Hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước (nhiệm vụ 2.đ)',
         'Hướng dẫn 35 cơ quan, đơn vị xây dựng, duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; 100% cơ quan thuộc diện áp dụng đã công bố.',
         'Cơ bản hoàn thành.'),
        ('2', 'e) Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
         'Góp ý 23 dự thảo TCVN, QCVN; Quy chuẩn kỹ thuật địa phương về hệ thống đo đếm nước sạch đã lấy ý kiến lần 1.',
         'Đang xây dựng dự thảo.'),
        ('2', 'g) Nâng cao hiệu quả các tổ chức dịch vụ kỹ thuật, xã hội hóa đánh giá sự phù hợp',
         'Hướng dẫn 14 tổ chức đăng ký lĩnh vực hoạt động thử nghiệm, kiểm định, chứng nhận; hiện có 187 tổ chức đánh giá sự phù hợp đăng ký hoạt động trên địa bàn.',
         'Duy trì thường xuyên.'),
        ('2', 'h) Hệ thống thông tin giải quyết thủ tục hành chính, kết nối Cổng thông tin một cửa quốc gia',
         'Đã hoàn thành kết nối; tiếp nhận 4.516 hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu qua Cổng thông tin một cửa quốc gia.',
         'Hoàn thành.'),
        ('2', 'i) Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
         'Phối hợp Phòng Chuyển đổi số chuẩn hóa dữ liệu hồ sơ công bố, kết quả kiểm tra để kết nối.',
         'Đang thực hiện.'),
        ('3', 'a) Bồi dưỡng, cập nhật kiến thức cho công chức sở, ngành, phường, xã, đặc khu',
         'Tổ chức 03 lớp bồi dưỡng nghiệp vụ với 285 lượt công chức tham dự; cử công chức tham dự các hội thảo chuyên ngành do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức.',
         'Đạt.'),
        ('3', 'b) Đào tạo chuyên sâu về năng suất, chất lượng; mạng lưới tư vấn',
         'Tổ chức 02 khóa đào tạo chuyên gia năng suất với 64 học viên; hình thành mạng lưới 30 chuyên gia tư vấn năng suất.',
         'Hoàn thành.'),
        ('3', 'd) Tập huấn cho sinh viên các trường đại học, cao đẳng, trung cấp',
         'Tổ chức 04 lớp cho 530 sinh viên của 05 trường.',
         'Đang thực hiện.'),
        ('4', 'b) Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
         'Hiệu chuẩn, kiểm định 26 phương tiện, thiết bị kỹ thuật nghiệp vụ (cân chuẩn, bình chuẩn kim loại, thiết bị phân tích vàng); kinh phí 86.400.000 đồng.',
         'Hoàn thành.'),
        ('4', 'c) Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia',
         'Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm bảo đảm liên kết chuẩn theo quy định.',
         'Duy trì thường xuyên.'),
        ('5', 'a) Kiểm tra về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa',
         'Chi cục thực hiện 21 cuộc kiểm tra tại 264 cơ sở; phát hiện 38 cơ sở vi phạm, xử phạt vi phạm hành chính 412.500.000 đồng. Tính chung toàn Thành phố (gồm kết quả do 37 phường, xã báo cáo) đã có 46 cuộc kiểm tra tại 612 cơ sở.',
         'Đang thực hiện.'),
        ('5', 'b) Khảo sát chất lượng sản phẩm, hàng hóa',
         'Khảo sát 160 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, dây và cáp điện), phát hiện 14 mẫu không phù hợp, đã thông tin đến cơ quan chức năng; kinh phí 148.000.000 đồng.',
         'Hoàn thành.'),
        ('5', 'c) Phối hợp Ủy ban nhân dân phường, xã, đặc khu thực hiện nội dung được phân quyền',
         'Hướng dẫn 168 phường, xã, đặc khu; phối hợp 09 cuộc kiểm tra; kiểm định miễn phí 2.860 cân tại 41 chợ.',
         'Đang thực hiện.'),
        ('5', 'd) Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực', 'Không có vụ việc.', 'Không phát sinh.'),
        ('6', 'a) Cập nhật điều ước, thỏa thuận quốc tế',
         'Cập nhật, phổ biến đến doanh nghiệp các cam kết về hàng rào kỹ thuật trong thương mại trong CPTPP, EVFTA, RCEP.',
         'Duy trì thường xuyên.'),
        ('6', 'b) Phối hợp với APO thúc đẩy năng suất', 'Trong năm không có yêu cầu.', 'Không phát sinh.'),
    ]
    task_blocks(d, tasks)
    head(d, 'III. ĐÁNH GIÁ CHUNG')
    para(d, 'Trong 22 nhiệm vụ Chi cục được giao chủ trì, có 11 nhiệm vụ hoàn thành, 08 nhiệm vụ đang thực hiện hoặc duy trì thường xuyên, 03 nhiệm vụ không phát sinh.')
    head(d, 'IV. KHÓ KHĂN, VƯỚNG MẮC')
    diffs = ['Lực lượng công chức làm công tác kiểm tra còn mỏng (Chi cục hiện có 11 công chức thực hiện nhiệm vụ kiểm tra) trong khi số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau sắp xếp tăng mạnh.',
             'Hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa hoàn thiện, việc kết nối, chia sẻ dữ liệu giữa Trung ương và địa phương còn hạn chế.',
             'Kinh phí khảo sát chất lượng sản phẩm, hàng hóa chỉ đáp ứng khoảng 60% nhu cầu lấy mẫu thực tế.']
    for x in diffs:
        para(d, '- ' + x)
    head(d, 'V. ĐỀ XUẤT, KIẾN NGHỊ')
    props = ['Đề nghị Sở Khoa học và Công nghệ trình Ủy ban nhân dân Thành phố bổ sung biên chế công chức cho Chi cục để đáp ứng yêu cầu kiểm tra trên địa bàn mở rộng.',
             'Kiến nghị Bộ Khoa học và Công nghệ sớm hoàn thiện hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng và ban hành quy chế kết nối với địa phương.',
             'Đề nghị Ủy ban nhân dân Thành phố bố trí kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027 tương ứng với quy mô địa bàn sau sắp xếp.']
    for x in props:
        para(d, '- ' + x)
    sign(d, ['- Phòng KT-PC;'])
    appendix(d, ['KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ NĂM 2026'], [
        ('Tập huấn VBQPPL, tọa đàm (1.a)', [('Lớp tập huấn, tọa đàm', 'lớp/buổi', '06'), ('Người tham dự', 'lượt', '564')], 'Hoàn thành'),
        ('Vận động tham dự GTCLQG (1.b)', [('Tin, bài', 'tin/bài', '12'), ('Doanh nghiệp được hướng dẫn', 'DN', '17')], 'Hoàn thành'),
        ('Chương trình 1322, Đề án 996, 100 (2.a)', [('Doanh nghiệp được hỗ trợ', 'DN', '24'), ('Kinh phí đã giải ngân', 'triệu đồng', '1.485')], 'Đang thực hiện'),
        ('Giải thưởng Chất lượng Quốc gia (2.b)', [], 'Hoàn thành'),
        ('Triển khai luật, góp ý VBQPPL (2.c)', [('Hội nghị', 'hội nghị', '01'), ('Đại biểu', 'người', '230')], 'Hoàn thành'),
        ('Hỗ trợ doanh nghiệp áp dụng HTQL (2.d)', [('Doanh nghiệp được hướng dẫn, tư vấn', 'DN', '146')], 'Duy trì thường xuyên'),
        ('HTQLCL cơ quan hành chính (2.đ)', [('Cơ quan được hướng dẫn', 'cơ quan', '35')], 'Cơ bản hoàn thành'),
        ('Góp ý TCVN, QCVN; QCĐP (2.e)', [('Dự thảo được góp ý', 'dự thảo', '23')], 'Đang xây dựng dự thảo'),
        ('Tổ chức dịch vụ kỹ thuật (2.g)', [('Tổ chức được hướng dẫn', 'tổ chức', '14')], 'Duy trì thường xuyên'),
        ('Kết nối một cửa quốc gia (2.h)', [], 'Hoàn thành'),
        ('Cơ sở dữ liệu quốc gia (2.i)', [], 'Đang thực hiện'),
        ('Bồi dưỡng công chức (3.a)', [('Lớp', 'lớp', '03'), ('Người tham dự', 'lượt', '285')], 'Đạt'),
        ('Đào tạo năng suất (3.b)', [('Khóa đào tạo', 'khóa', '02'), ('Học viên', 'người', '64')], 'Hoàn thành'),
        ('Tập huấn sinh viên (3.d)', [('Lớp', 'lớp', '04'), ('Sinh viên', 'người', '530')], 'Đang thực hiện'),
        ('Thiết bị kỹ thuật nghiệp vụ (4.b)', [('Phương tiện được kiểm định, hiệu chuẩn', 'chiếc', '26'), ('Kinh phí', 'triệu đồng', '86,4')], 'Hoàn thành'),
        ('Chuẩn đo lường (4.c)', [], 'Duy trì thường xuyên'),
        ('Kiểm tra (5.a)', [('Cuộc kiểm tra', 'cuộc', '21'), ('Cơ sở được kiểm tra', 'cơ sở', '264'),
                            ('Cơ sở vi phạm', 'cơ sở', '38'), ('Tiền xử phạt', 'triệu đồng', '412,5')], 'Đang thực hiện'),
        ('Khảo sát chất lượng (5.b)', [('Mẫu khảo sát', 'mẫu', '160'), ('Kinh phí', 'triệu đồng', '148')], 'Hoàn thành'),
        ('Phối hợp phường, xã, đặc khu (5.c)', [('Cuộc kiểm tra phối hợp', 'cuộc', '09'), ('Cân được kiểm định miễn phí', 'chiếc', '2.860')], 'Đang thực hiện'),
        ('Tố giác, tham nhũng, tiêu cực (5.d)', [], 'Không phát sinh'),
        ('Cập nhật điều ước quốc tế (6.a)', [], 'Duy trì thường xuyên'),
        ('Phối hợp APO (6.b)', [], 'Không phát sinh'),
    ], note='(Kèm theo Báo cáo số 1287/BC-TĐC ngày 30 tháng 10 năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng)')
    save(d, fn)
    truth(fn, UNIT, '1287/BC-TĐC', '2026-10-30', [
        E('II.1.a', 'completed', training_courses=6, participants=564),
        E('II.1.b', 'completed', communications=12, enterprises_supported=17),
        E('II.2.a', 'in_progress', enterprises_supported=24, budget_spent_vnd=1485000000),
        E('II.2.b', 'completed'),
        E('II.2.c', 'completed', training_courses=1, participants=230),
        E('II.2.d', 'in_progress', enterprises_supported=146),
        E('II.2.đ', 'completed', enterprises_supported=35),
        E('II.2.e', 'in_progress', standards_reviewed=23),
        E('II.2.g', 'in_progress', enterprises_supported=14),
        E('II.2.h', 'completed'),
        E('II.2.i', 'in_progress'),
        E('II.3.a', 'completed', training_courses=3, participants=285),
        E('II.3.b', 'completed', training_courses=2, participants=64),
        E('II.3.d', 'in_progress', training_courses=4, participants=530),
        E('II.4.b', 'completed', instruments_verified=26, budget_spent_vnd=86400000),
        E('II.4.c', 'in_progress'),
        E('II.5.a', 'in_progress', inspections=21, establishments_inspected=264, violations=38, fines_vnd=412500000),
        E('II.5.b', 'completed', samples_tested=160, budget_spent_vnd=148000000),
        E('II.5.c', 'in_progress', inspections=9, instruments_verified=2860),
        E('II.5.d', 'not_applicable'),
        E('II.6.a', 'in_progress'),
        E('II.6.b', 'not_applicable'),
    ], diffs, props)
    return fn


# ============================================================== e. Chuyên đề kiểm tra, giám sát (group 5 only)
def chuyen_de_kiem_tra():
    fn = '952_BC-TDC_chuyen de kiem tra giam sat 7 thang.docx'
    d = tdc_doc('952/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 14 tháng 8 năm 2026',
                ['Kết quả thực hiện nhóm nhiệm vụ tăng cường kiểm tra, giám sát', 'về tiêu chuẩn, đo lường, chất lượng 7 tháng đầu năm 2026'],
                kg='Ban Giám đốc Sở Khoa học và Công nghệ')
    para(d, 'Theo yêu cầu của Ban Giám đốc Sở tại cuộc họp giao ban ngày 04/8/2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo chuyên đề kết quả thực hiện các nhiệm vụ tại khoản 5 Mục II Kế hoạch số 215/KH-SKHCN (số liệu đến ngày 31/7/2026) như sau:')
    head(d, '1. Kiểm tra, giám sát sản phẩm, hàng hóa (điểm a)')
    para(d, 'Chi cục đã thực hiện 14 cuộc kiểm tra tại 171 cơ sở; phát hiện 24 cơ sở vi phạm; xử phạt vi phạm hành chính 251.000.000 đồng (chi tiết theo bảng dưới). Tiến độ: đang thực hiện theo kế hoạch kiểm tra năm 2026 đã được Giám đốc Sở phê duyệt.')
    rows = [['TT', 'Nhóm sản phẩm, hàng hóa', 'Kết quả kiểm tra', None, None, None],
            [None, None, 'Số cuộc', 'Số cơ sở', 'Số cơ sở vi phạm', 'Tiền phạt (đồng)'],
            ['1', 'Xăng dầu', '05', '68', '09', '98.000.000'],
            ['2', 'Vàng trang sức, mỹ nghệ', '04', '39', '08', '112.500.000'],
            ['3', 'Mũ bảo hiểm, đồ chơi trẻ em', '03', '42', '05', '32.500.000'],
            ['4', 'Hàng đóng gói sẵn', '02', '22', '02', '8.000.000'],
            ['Cộng', None, '14', '171', '24', '251.000.000']]
    grid(d, rows, widths=[1.0, 5.5, 2.0, 2.2, 2.6, 3.2], header_rows=2, size=11,
         merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 5)), ((6, 0), (6, 1))],
         aligns=['c', 'l', 'c', 'c', 'c', 'r'], bold_rows=(6,))
    head(d, '2. Khảo sát chất lượng (điểm b)')
    para(d, 'Đã lấy 96 mẫu sản phẩm (xăng dầu 40 mẫu, mũ bảo hiểm 30 mẫu, đồ chơi trẻ em 26 mẫu) gửi Trung tâm Dịch vụ Phân tích thí nghiệm thử nghiệm; có 09 mẫu không phù hợp. Tiến độ: đang thực hiện.')
    head(d, '3. Phối hợp với phường, xã, đặc khu (điểm c)')
    para(d, 'Phối hợp Ủy ban nhân dân phường, xã thực hiện 05 cuộc kiểm tra đo lường tại chợ; kiểm định miễn phí 1.530 cân. Tiến độ: đang thực hiện.')
    head(d, '4. Tố giác, xử lý tham nhũng, tiêu cực (điểm d)')
    para(d, 'Không phát sinh.')
    head(d, '5. Khó khăn, vướng mắc và đề xuất')
    items = [('d', 'Xe chuyên dùng phục vụ kiểm tra đã hết niên hạn sử dụng, thường xuyên hư hỏng.'),
             ('d', 'Thời gian trả kết quả thử nghiệm mẫu xăng dầu kéo dài (trung bình 12 ngày) làm chậm việc xử lý vi phạm.'),
             ('p', 'Đề nghị Sở xem xét bố trí kinh phí thuê xe phục vụ các đoàn kiểm tra trong Quý III và Quý IV/2026.'),
             ('p', 'Kiến nghị Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên rút ngắn thời gian thử nghiệm mẫu phục vụ quản lý nhà nước.')]
    for _, x in items:
        para(d, '- ' + x)
    closing(d, ['- Như trên;', '- Lưu: VT, QLĐL.'], ['CHI CỤC TRƯỞNG'], 'Lâm Văn Hòa')
    save(d, fn)
    truth(fn, UNIT, '952/BC-TĐC', '2026-08-14', [
        E('II.5.a', 'in_progress', inspections=14, establishments_inspected=171, violations=24, fines_vnd=251000000),
        E('II.5.b', 'in_progress', samples_tested=96),
        E('II.5.c', 'in_progress', inspections=5, instruments_verified=1530),
        E('II.5.d', 'not_applicable'),
    ], [x for k, x in items if k == 'd'], [x for k, x in items if k == 'p'])


# ============================================================== f. Báo cáo bổ sung, điều chỉnh số liệu
def bo_sung():
    fn = 'BC bo sung so lieu CT38 - 1352.docx'
    d = tdc_doc('1352/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026',
                ['Bổ sung, điều chỉnh số liệu tại Báo cáo số 1287/BC-TĐC ngày 30/10/2026', 'về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'])
    para(d, 'Sau khi rà soát số liệu đến hết ngày 10/11/2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo bổ sung, điều chỉnh một số nội dung như sau:')
    para(d, '1. Nhiệm vụ triển khai Chương trình 1322, Đề án 996, Đề án 100 (điểm a khoản 2 Mục II Kế hoạch): đến ngày 10/11/2026 đã hỗ trợ 26 doanh nghiệp, kinh phí đã giải ngân 1,62 tỷ đồng. Nhiệm vụ đang thực hiện, dự kiến hoàn thành trước ngày 20/12/2026.')
    para(d, '2. Nhiệm vụ kiểm tra về tiêu chuẩn, đo lường, chất lượng (điểm a khoản 5 Mục II Kế hoạch): điều chỉnh thành 23 cuộc kiểm tra, 279 cơ sở được kiểm tra, 41 cơ sở vi phạm, tổng tiền xử phạt 448.000.000 đồng (thay cho số liệu 21 cuộc, 264 cơ sở, 38 cơ sở vi phạm, 412.500.000 đồng đã báo cáo). Nhiệm vụ đang thực hiện.')
    para(d, '3. Nhiệm vụ tập huấn cho sinh viên (điểm d khoản 3 Mục II Kế hoạch): đã hoàn thành, tổ chức tổng cộng 05 lớp cho 642 sinh viên.')
    para(d, 'Các nội dung khác giữ nguyên như Báo cáo số 1287/BC-TĐC.')
    sign(d)
    save(d, fn)
    truth(fn, UNIT, '1352/BC-TĐC', '2026-11-12', [
        E('II.2.a', 'in_progress', enterprises_supported=26, budget_spent_vnd=1620000000),
        E('II.5.a', 'in_progress', inspections=23, establishments_inspected=279, violations=41, fines_vnd=448000000),
        E('II.3.d', 'completed', training_courses=5, participants=642),
    ], [], [])


def build():
    quy1()
    sau_thang()
    chin_thang()
    r = nam()
    chuyen_de_kiem_tra()
    bo_sung()
    return [r]
