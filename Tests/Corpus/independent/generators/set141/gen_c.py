# -*- coding: utf-8 -*-
"""Hand C – the Sở's own units (Word). Portrait letter with general situation, difficulties and
proposals (Word numbering); results only in a landscape section 'BẢNG KẾT QUẢ', each row's
'Kết quả' cell holding a nested table (Chỉ tiêu | SL | ĐVT) whose last merged row is
'Đánh giá: HT/ĐTH/CTH/KPS'; the code legend sits only in the landscape section's footer."""
from gen_common import *

LEG = 'Ký hiệu đánh giá: HT – hoàn thành; ĐTH – đang thực hiện; CTH – chưa thực hiện; KPS – không phát sinh.'
CODE = {'completed': 'HT', 'in_progress': 'ĐTH', 'not_started': 'CTH', 'not_applicable': 'KPS'}

FILES_C = [
 dict(fname='ChiCuc_TDC_BC_KQ_KH38_2026.docx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
  left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG'], num='Số: 1532/BC-TĐC', number='1532/BC-TĐC',
  pd='Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', date='2026-10-30',
  title2='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (phần Chi cục chủ trì)',
  general='Năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh triển khai các nhiệm vụ được giao chủ trì tại Kế hoạch trong điều kiện địa bàn quản lý mở rộng sau hợp nhất, số lượng cơ sở sản xuất, kinh doanh tăng mạnh. Chi cục đã ban hành kế hoạch chi tiết, phân công từng phòng chuyên môn phụ trách. Kết quả cụ thể của từng nội dung được tổng hợp tại Bảng kết quả kèm theo Báo cáo này.',
  rows=[
   dict(name='Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu',
        act='Tổ chức các lớp tại trụ sở Chi cục và tại Bình Dương (cũ), Bà Rịa - Vũng Tàu (cũ); tọa đàm về kiểm tra nhà nước hàng nhập khẩu tháng 5/2026.',
        figs=[('Lớp tập huấn, tọa đàm', '06', 'lớp'), ('Người tham dự', '742', 'lượt')], task='II.1.a', status='completed',
        ind={'training_courses': 6, 'participants': 742}),
   dict(name='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
        act='Gửi thư mời, hướng dẫn hồ sơ, thăm doanh nghiệp tiềm năng.',
        figs=[('Doanh nghiệp được hướng dẫn', '15', 'DN')], task='II.1.b', status='completed', ind={'enterprises_supported': 15}),
   dict(name='Chương trình năng suất chất lượng, đo lường hỗ trợ DN, truy xuất nguồn gốc',
        act='Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất, hệ thống đo lường; hướng dẫn xây dựng hệ thống truy xuất nguồn gốc; các hợp đồng hỗ trợ đợt 2 đang nghiệm thu.',
        figs=[('Doanh nghiệp được hỗ trợ', '27', 'DN'), ('Kinh phí đã giải ngân', '1,86', 'tỷ đồng')], task='II.2.a', status='in_progress',
        ind={'enterprises_supported': 27, 'budget_spent_vnd': 1860000000}),
   dict(name='Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026',
        act='Thành lập Hội đồng sơ tuyển; đang đánh giá hồ sơ tại doanh nghiệp, dự kiến trình Hội đồng quốc gia trong tháng 11.',
        figs=[], task='II.2.b', status='in_progress', ind={}),
   dict(name='Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương',
        act='Góp ý dự thảo TCVN, QCVN do Bộ KH&CN và các Bộ gửi lấy ý kiến.',
        figs=[('Dự thảo TCVN, QCVN đã góp ý', '09', 'dự thảo')], task='II.2.e', status='completed', ind={'standards_reviewed': 9}),
   dict(name='Tập huấn, cập nhật kiến thức cho công chức sở, ngành, UBND xã, phường, đặc khu',
        act='03 lớp theo cụm địa bàn cho công chức phụ trách lĩnh vực TĐC cấp xã.',
        figs=[('Lớp', '03', 'lớp'), ('Học viên', '236', 'người')], task='II.3.a', status='completed',
        ind={'training_courses': 3, 'participants': 236}),
   dict(name='Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
        act='Hiệu chuẩn bộ quả cân chuẩn, bình chuẩn dung tích, thiết bị đo nhanh xăng dầu phục vụ kiểm tra; phần còn lại thực hiện trong Quý IV.',
        figs=[('Phương tiện, thiết bị được hiệu chuẩn, kiểm định', '35', 'chiếc')], task='II.4.b', status='in_progress',
        ind={'instruments_verified': 35}),
   dict(name='Kiểm tra nhà nước về TĐC hàng hóa sản xuất, nhập khẩu, lưu thông',
        act='Kiểm tra theo kế hoạch và đột xuất đối với xăng dầu, LPG, mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện; lấy mẫu thử nghiệm.',
        figs=[('Cuộc kiểm tra', '18', 'cuộc'), ('Cơ sở được kiểm tra', '205', 'cơ sở'), ('Mẫu lấy thử nghiệm', '64', 'mẫu'),
              ('Cơ sở vi phạm', '23', 'cơ sở'), ('Tiền phạt', '412.500.000', 'đồng')], task='II.5.a', status='in_progress',
        ind={'inspections': 18, 'establishments_inspected': 205, 'samples_tested': 64, 'violations': 23, 'fines_vnd': 412500000}),
   dict(name='Khảo sát chất lượng sản phẩm, hàng hóa',
        act='Khảo sát chất lượng nước uống đóng chai, dầu nhớt, sữa tắm; đã gửi kết quả, cảnh báo tới cơ quan có chức năng.',
        figs=[('Mẫu khảo sát', '120', 'mẫu')], task='II.5.b', status='completed', ind={'samples_tested': 120}),
   dict(name='Cập nhật điều ước, thỏa thuận quốc tế (TBT)',
        act='Phát hành bản tin TBT điện tử gửi doanh nghiệp xuất khẩu.',
        figs=[('Bản tin TBT', '04', 'số')], task='II.6.a', status='completed', ind={'communications': 4}),
  ],
  diffs=['Biên chế của Chi cục chưa tương xứng với địa bàn quản lý sau hợp nhất, số lượng cơ sở cần kiểm tra rất lớn.',
         'Kinh phí lấy mẫu thử nghiệm còn hạn chế nên số mẫu khảo sát chưa đáp ứng yêu cầu.',
         'Một số phường, xã chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
  props=['Đề nghị Sở trình UBND Thành phố bổ sung biên chế cho Chi cục.',
         'Đề nghị Sở bố trí bổ sung kinh phí lấy mẫu khảo sát chất lượng năm 2027.',
         'Đề nghị UBND các phường, xã, đặc khu phân công công chức đầu mối theo dõi lĩnh vực.'],
  sign=['CHI CỤC TRƯỞNG'], signer='Phạm Thanh Tùng'),

 dict(fname='TTPT_bao_cao_CT38.docx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
  left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH', 'THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG', 'CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH'], num='Số: 845/BC-TTPT', number='845/BC-TTPT',
  pd='Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', date='2026-10-29',
  title2='Kết quả thực hiện các nhiệm vụ của Trung tâm tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
  general='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh được giao chủ trì nhiệm vụ đầu tư cơ sở vật chất, trang thiết bị và phối hợp với Chi cục trong các nhiệm vụ về dịch vụ kỹ thuật, liên kết chuẩn đo lường, khảo sát chất lượng. Kết quả chi tiết tại Bảng kèm theo.',
  rows=[
   dict(name='Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, kiểm định',
        act='Mua sắm hệ thống sắc ký lỏng khối phổ, buồng thử nhiệt ẩm; hạng mục cải tạo phòng thí nghiệm vi sinh đang thi công.',
        figs=[('Kinh phí đã giải ngân', '6,43', 'tỷ đồng')], task='II.4.a', status='in_progress', ind={'budget_spent_vnd': 6430000000}),
   dict(name='Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho tổ chức, doanh nghiệp',
        act='Mở rộng phạm vi được chỉ định sang lĩnh vực thiết bị viễn thông; thực hiện dịch vụ theo yêu cầu.',
        figs=[('Phương tiện đo được kiểm định, hiệu chuẩn', '18.640', 'phương tiện'), ('Mẫu thử nghiệm', '3.215', 'mẫu')],
        task='II.2.g', status='completed', ind={'instruments_verified': 18640, 'samples_tested': 3215}),
   dict(name='Duy trì liên kết chuẩn đo lường',
        act='Gửi chuẩn chính đi hiệu chuẩn tại Viện Đo lường Việt Nam; còn 03 chuẩn lực chờ lịch hiệu chuẩn.',
        figs=[('Chuẩn đo lường được hiệu chuẩn', '12', 'chuẩn')], task='II.4.c', status='in_progress', ind={'instruments_verified': 12}),
   dict(name='Phối hợp thử nghiệm mẫu khảo sát chất lượng',
        act='Thử nghiệm mẫu do Chi cục lấy trong các đợt khảo sát.',
        figs=[('Mẫu đã thử nghiệm, trả kết quả', '96', 'mẫu')], task='II.5.b', status='completed', ind={'samples_tested': 96}),
   dict(name='Đào tạo, hướng dẫn thực hành cho sinh viên',
        act='Hướng dẫn thực tập về đo lường, thử nghiệm cho sinh viên các trường đại học, cao đẳng.',
        figs=[('Khóa', '02', 'khóa'), ('Sinh viên', '64', 'người')], task='II.3.d', status='completed',
        ind={'training_courses': 2, 'participants': 64}),
  ],
  diffs=['Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, ảnh hưởng tiến độ giải ngân.',
         'Thiếu kiểm định viên có chứng chỉ trong các lĩnh vực mới.'],
  props=['Đề nghị Sở hỗ trợ đẩy nhanh thẩm định các gói thầu mua sắm thiết bị năm 2027.'],
  sign=['GIÁM ĐỐC'], signer='Đoàn Thị Mai Phương'),

 dict(fname='P.QLKH - BC thuc hien KH CT38 nam 2026.docx', uid='SKHCN-QLKH', uname='Phòng Quản lý Khoa học',
  left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'], num='Số: 412/BC-QLKH', number='412/BC-QLKH',
  pd='Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026', date='2026-10-23',
  title2='Kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
  general='Phòng Quản lý Khoa học chủ trì nội dung thu hút đội ngũ chuyên gia và phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng trong các nội dung về năng suất, chất lượng. Kết quả được trình bày tại Bảng kèm theo.',
  rows=[
   dict(name='Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC',
        act='Tiếp nhận, thẩm định hồ sơ đề nghị thu hút theo Quyết định 05/2026/QĐ-UBND; đang trình Hội đồng xét chọn.',
        figs=[], task='II.3.c', status='in_progress', ind={}),
   dict(name='Nhiệm vụ KH&CN về nâng cao năng suất (phối hợp)',
        act='Phê duyệt và ký hợp đồng các nhiệm vụ KH&CN về cải tiến năng suất cho doanh nghiệp; tạm ứng, thanh toán theo tiến độ.',
        figs=[('Kinh phí đã giải ngân', '780.000.000', 'đồng')], task='II.2.a', status='in_progress', ind={'budget_spent_vnd': 780000000}),
   dict(name='Hội thảo thúc đẩy năng suất dựa trên KH&CN, ĐMST (phối hợp APO)',
        act='Phối hợp Chi cục tổ chức hội thảo chia sẻ kinh nghiệm nâng cao năng suất khu vực công.',
        figs=[('Hội thảo', '01', 'hội thảo'), ('Đại biểu', '95', 'người')], task='II.6.b', status='completed',
        ind={'training_courses': 1, 'participants': 95}),
   dict(name='Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng (phối hợp)',
        act='Trong kỳ Chi cục không đề nghị Phòng phối hợp nội dung này.',
        figs=[], task='II.3.b', status='not_applicable', ind={}),
  ],
  diffs=['Hồ sơ đề nghị thu hút chuyên gia trong lĩnh vực tiêu chuẩn, đo lường, chất lượng còn ít.'],
  props=['Đề nghị Chi cục giới thiệu chuyên gia tiêu chuẩn, đo lường, chất lượng có nhu cầu tham gia chính sách thu hút của Thành phố.'],
  sign=['TRƯỞNG PHÒNG'], signer='Lê Thị Kim Oanh'),
]

def build_c(spec, path):
    d = base_doc('Times New Roman', 13)
    national_header(d, spec['left'], spec['num'], spec['pd'], left_bold_from=1)
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, spec['title2'], bold=True, align='c')
    para(d, 'I. TÌNH HÌNH CHUNG', bold=True)
    para(d, spec['general'], align='j', indent_first=1)
    para(d, 'II. KẾT QUẢ THỰC HIỆN', bold=True)
    para(d, '(Chi tiết tại Bảng kết quả thực hiện kèm theo Báo cáo này)', italic=True, indent_first=1)
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    n2 = new_list(d, [('decimal', '%1.', 720, 360, False)])
    for x in spec['diffs']: list_para(d, n2, x)
    para(d, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    n3 = new_list(d, [('decimal', '%1.', 720, 360, False)])
    for x in spec['props']: list_para(d, n3, x)
    signature(d, spec['sign'], spec['signer'], ['Nơi nhận:', '- Lãnh đạo Sở (để b/c);', '- Chi cục TĐC (tổng hợp);', '- Lưu: VT.'])
    # landscape section
    ns = d.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Mm(297), Mm(210)
    ns.left_margin = ns.right_margin = Cm(1.5); ns.top_margin = ns.bottom_margin = Cm(1.5)
    ns.footer.is_linked_to_previous = False
    fp = ns.footer.paragraphs[0]; fp.text = ''
    r = fp.add_run(LEG); r.italic = True; r.font.size = Pt(10)
    para(d, 'BẢNG KẾT QUẢ THỰC HIỆN', bold=True, align='c', space_after=0)
    para(d, '(Kèm theo Báo cáo %s)' % spec['num'].replace('Số: ', 'số '), italic=True, align='c')
    t = d.add_table(rows=1, cols=5); grid(t)
    hd = ['STT', 'Nội dung công việc', 'Hoạt động đã triển khai', 'Kết quả', 'Ghi chú']
    for i, h in enumerate(hd):
        cell_text(t.rows[0].cells[i], h, bold=True, align='c', size=11); shade(t.rows[0].cells[i], 'D9E2F3')
    widths = [Cm(1.2), Cm(6.0), Cm(7.0), Cm(8.8), Cm(3.5)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w; t.rows[0].cells[i].width = w
    out = []
    for k, rw in enumerate(spec['rows'], 1):
        cells = t.add_row().cells
        cell_text(cells[0], str(k), align='c', size=11)
        cell_text(cells[1], rw['name'], size=11)
        cell_text(cells[2], rw['act'], size=11)
        c = cells[3]; c.text = ''
        nt = c.add_table(rows=1, cols=3); grid(nt)
        for i, h in enumerate(['Chỉ tiêu', 'SL', 'ĐVT']):
            cell_text(nt.rows[0].cells[i], h, bold=True, align='c', size=10)
        for (lab, v, u) in rw['figs']:
            rc = nt.add_row().cells
            cell_text(rc[0], lab, size=10); cell_text(rc[1], v, align='r', size=10); cell_text(rc[2], u, size=10)
        if not rw['figs']:
            rc = nt.add_row().cells
            cell_text(rc[0], '(không có số liệu định lượng)', italic=True, size=10); cell_text(rc[1], '–', align='c', size=10); cell_text(rc[2], '', size=10)
        for nrow in nt.rows:
            for ci, wv in enumerate((Cm(4.6), Cm(1.9), Cm(1.7))): nrow.cells[ci].width = wv
        lr = nt.add_row().cells
        m = lr[0].merge(lr[2])
        cell_text(m, 'Đánh giá: ' + CODE[rw['status']], bold=True, size=10); shade(m, 'F2F2F2')
        c.add_paragraph()  # a cell must end with a paragraph
        cell_text(cells[4], '', size=10)
        for i, w in enumerate(widths): cells[i].width = w
        out.append(dict(task=rw['task'], status=rw['status'], indicators=rw['ind'], text=rw['name'] + ': ' + rw['act']))
    d.save(path)
    return out
