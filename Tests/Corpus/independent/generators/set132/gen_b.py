# HAND B — Nguyễn Minh Tâm (công chức Văn hóa – Xã hội) writes "a/ b/ c/" run-in items, status in the
# sentence; the Văn phòng checker (Phạm Thu Hương) leaves Word comments on figures, Tâm answers some
# in reply comments. The body text is never changed after the comments.
import os
from docxw import Doc
from gen import header, P, HERE

HUONG = 'Pham Thu Huong - VP'
TAM = 'Nguyen Minh Tam'


def b_doc(fname, unit_upper, parent, num, dateline, title, intro, sections, diffs, props, signer, date, core,
          comments_fn=None, nonoi=None):
    d = Doc(base_date=date)
    header(d, [P(parent, sz=13), P([('t', unit_upper, {'b': True})], sz=13), P('_______', spacing=40), P(num, sz=13)],
           [P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', b=True, sz=12), P('Độc lập - Tự do - Hạnh phúc', b=True),
            P('_______________________', spacing=40), P(dateline, i=True)])
    d.p('')
    d.p('BÁO CÁO', align='center', b=True, spacing=0)
    d.p(title, align='center', b=True)
    for x in intro:
        d.p(x, first=720, align='both')
    for sec_title, items in sections:
        d.p(sec_title, b=True)
        for label, runs in items:
            d.p(('t', label, {'b': True, 'i': True}), *runs, first=720, align='both')
    d.p('PHẦN III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ', b=True)
    d.p('1. Khó khăn, vướng mắc', b=True, i=True)
    for x in diffs:
        d.p(*x, first=720, align='both')
    d.p('2. Kiến nghị', b=True, i=True)
    for x in props:
        d.p(*x, first=720, align='both')
    d.table([[{'paras': [P([('t', 'Nơi nhận:', {'b': True, 'i': True, 'sz': 12})], align='left')] +
                        [P([('t', x, {'sz': 11})], align='left') for x in (nonoi or ['- Sở KH&CN (qua Chi cục TĐC);', '- TT ĐU, TT UBND;', '- Lưu: VT, VHXH.'])]},
              {'paras': [P(l, b=True) for l in signer]}]], [4400, 5100], borders=False)
    return d


def run(key):
    # ---------------- B1 Phường Tân Đông Hiệp
    fn = '25945-tandonghiep-bc-tc-dl-cl.docx'
    d = Doc(base_date='2026-10-20T02:00:00Z')
    c1 = d.comment(HUONG, 'PTH', 'Chị Tâm xem lại, danh sách ký tên hôm tọa đàm có 47 người?')
    c1r = d.comment(TAM, 'NMT', 'Dạ 45 hộ kinh doanh, 02 người còn lại là cán bộ khu phố nên em không tính ạ.', parent=c1)
    c2 = d.comment(HUONG, 'PTH', 'Số tiền phạt này đã có quyết định xử phạt chưa? Nếu chưa thì ghi "đề nghị xử phạt".')
    c3 = d.comment(HUONG, 'PTH', 'Có nên ghi thêm số cân đã kiểm tra (khoảng 150 cái) không em?')
    c3r = d.comment(TAM, 'NMT', 'Em không có số chính xác nên không ghi ạ.', parent=c3)
    c4 = d.comment(HUONG, 'PTH', 'Ok, khớp với báo cáo gửi Đội QLTT.')
    s_a = [('t', ' Trong 9 tháng năm 2026, phường đã đăng 06 tin, bài tuyên truyền về đo lường, chất lượng trên Trang thông tin điện tử phường; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi tọa đàm với '),
           ('cs', c1), ('cs', c1r), ('t', '45 hộ kinh doanh'), ('ce', c1), ('ce', c1r),
           ('t', ' tham dự tại chợ Tân Đông Hiệp. Phường đã thực hiện xong nội dung này.')]
    s_b = [('t', ' Phường thành lập Tổ kiểm tra liên ngành, phối hợp Chi cục kiểm tra đo lường tại các chợ và cửa hàng xăng dầu: 02 cuộc, 29 cơ sở, phát hiện 04 cơ sở vi phạm, '),
           ('cs', c2), ('t', 'xử phạt 7.500.000 đồng'), ('ce', c2), ('t', '. '),
           ('cs', c3), ('cs', c3r), ('t', 'Nội dung này phường đang tiếp tục thực hiện, dự kiến kiểm tra thêm 01 đợt trong tháng 12/2026.'), ('ce', c3), ('ce', c3r)]
    s_c = [('t', ' Phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 6/2026; đã hoàn thành.')]
    s_d = [('t', ' Phối hợp Đội Quản lý thị trường kiểm tra chất lượng mũ bảo hiểm, thiết bị điện: '), ('cs', c4),
           ('t', '01 cuộc, 08 cửa hàng'), ('ce', c4), ('t', ', các cơ sở chấp hành tốt quy định. Phường đã thực hiện xong.')]
    s_e = [('t', ' Phường đang duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa, cập nhật quy trình theo thủ tục hành chính mới.')]
    dd = b_doc(fn, 'PHƯỜNG TÂN ĐÔNG HIỆP', 'ỦY BAN NHÂN DÂN', 'Số: 236/BC-UBND',
               'Tân Đông Hiệp, ngày 21 tháng 10 năm 2026',
               'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)',
               ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Đông Hiệp báo cáo kết quả như sau:'],
               [('PHẦN I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', [('', [('t', 'Phường ban hành Kế hoạch số 37/KH-UBND ngày 02/3/2026, phân công công chức Văn hóa – Xã hội và Kinh tế phối hợp thực hiện.')])]),
                ('PHẦN II. KẾT QUẢ THỰC HIỆN', [('a/ Tuyên truyền:', s_a), ('b/ Kiểm tra đo lường:', s_b), ('c/ Bồi dưỡng công chức:', s_c),
                                               ('d/ Kiểm tra chất lượng hàng hóa:', s_d), ('e/ Áp dụng ISO trong cơ quan:', s_e)])],
               [['- Số hộ kinh doanh tại các chợ đông, thay đổi thường xuyên, nhiều hộ chưa có ý thức kiểm định cân định kỳ.'],
                ['- Phường chưa được trang bị cân đối chứng tại các chợ.']],
               [['- Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ lắp đặt cân đối chứng tại chợ Tân Đông Hiệp.']],
               ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lê Hoàng Phúc'], '2026-10-20T02:00:00Z', None)
    # move the comments into the doc that was built
    dd.comments = d.comments
    # b_doc built its runs via dd; comment ids referenced above are valid for dd.comments
    dd.save(os.path.join(HERE, fn), core={'title': 'BC TC-DL-CL 2026', 'creator': 'Nguyen Minh Tam', 'modby': 'Pham Thu Huong'})
    acc = lambda runs: ''.join(r[1] for r in runs if r[0] == 't').strip()
    key(fn, '25945', 'Phường Tân Đông Hiệp', '236/BC-UBND', '2026-10-21', [
        ('II.1.a', 'completed', {'communications': 6, 'training_courses': 1, 'participants': 45}, acc(s_a)),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 29, 'violations': 4, 'fines_vnd': 7500000}, acc(s_b)),
        ('II.3.a', 'completed', {'participants': 2}, acc(s_c)),
        ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 8}, acc(s_d)),
        ('II.2.đ', 'in_progress', {}, acc(s_e)),
    ], ['- Số hộ kinh doanh tại các chợ đông, thay đổi thường xuyên, nhiều hộ chưa có ý thức kiểm định cân định kỳ.',
        '- Phường chưa được trang bị cân đối chứng tại các chợ.'],
        ['- Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ lắp đặt cân đối chứng tại chợ Tân Đông Hiệp.'])

    # ---------------- B2 Đặc khu Côn Đảo
    fn = '26732-condao-bc-ct38-2026.docx'
    d = Doc(base_date='2026-10-24T09:00:00Z')
    HUONG2 = 'Tran Thi My Linh - VP'
    c1 = d.comment(HUONG2, 'TML', 'Đề nghị ghi rõ trong 14 cơ sở có 02 cửa hàng xăng dầu.')
    c2 = d.comment(HUONG2, 'TML', 'Đài truyền thanh báo lại là 11 tin, em kiểm tra lại nha.')
    c2r = d.comment('Ngo Van Sang - KT', 'NVS', 'Em đối chiếu sổ phát thanh rồi, 10 tin là đúng, 01 tin phát lại không tính.', parent=c2)
    c3 = d.comment(HUONG2, 'TML', 'Mẫu đã gửi Trung tâm thử nghiệm từ 18/9.')
    s_a = [('t', ' Đài Truyền thanh đặc khu phát '), ('cs', c2), ('cs', c2r), ('t', '10 tin'), ('ce', c2), ('ce', c2r),
           ('t', ' về đo lường, chất lượng hàng hóa; đặc khu tổ chức 01 hội nghị phổ biến quy định về đo lường cho hộ kinh doanh tại chợ Côn Đảo với 58 người tham dự. Đặc khu đã hoàn thành nội dung này.')]
    s_b = [('t', ' Tháng 8/2026, đặc khu phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Côn Đảo và các cửa hàng xăng dầu: 01 cuộc, '),
           ('cs', c1), ('t', '14 cơ sở'), ('ce', c1),
           ('t', '; phát hiện 01 cơ sở vi phạm về đo lường, xử phạt 1.500.000 đồng. Đặc khu đã thực hiện xong đợt kiểm tra năm 2026.')]
    s_c = [('t', ' Đặc khu phối hợp đoàn của Chi cục lấy '), ('cs', c3), ('t', '04 mẫu xăng dầu'), ('ce', c3),
           ('t', ' để khảo sát chất lượng; đến nay chưa có kết quả thử nghiệm, đặc khu đang tiếp tục theo dõi.')]
    s_d = [('t', ' Đặc khu chưa cử được công chức tham dự lớp tập huấn nghiệp vụ tại đất liền do lịch tàu không phù hợp.')]
    dd = b_doc(fn, 'ĐẶC KHU CÔN ĐẢO', 'ỦY BAN NHÂN DÂN', 'Số: 64/BC-UBND', 'Côn Đảo, ngày 26 tháng 10 năm 2026',
               'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026',
               ['Căn cứ Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân đặc khu Côn Đảo báo cáo như sau:'],
               [('PHẦN I. KẾT QUẢ ĐẠT ĐƯỢC', [('a/ Thông tin, tuyên truyền:', s_a), ('b/ Kiểm tra đo lường tại chợ, cửa hàng xăng dầu:', s_b),
                                            ('c/ Khảo sát chất lượng xăng dầu:', s_c), ('d/ Tập huấn cho công chức:', s_d)]),
                ('PHẦN II. ĐÁNH GIÁ CHUNG', [('', [('t', 'Các nội dung cơ bản được triển khai theo kế hoạch; việc cử công chức đi tập huấn còn gặp khó khăn.')])])],
               [['- Việc đi lại giữa đặc khu và đất liền phụ thuộc lịch tàu, máy bay nên công chức khó tham gia các lớp tập huấn trực tiếp.'],
                ['- Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ, hộ kinh doanh phải gửi cân vào đất liền để kiểm định.']],
               [['- Đề nghị Chi cục tổ chức tập huấn trực tuyến để công chức đặc khu tham dự.'],
                ['- Đề nghị Chi cục bố trí đợt kiểm định cân lưu động tại Côn Đảo mỗi năm ít nhất 01 lần.']],
               ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Thành Đạt'], '2026-10-24T09:00:00Z', None)
    dd.comments = d.comments
    dd.save(os.path.join(HERE, fn), core={'title': 'BC CT38 Con Dao', 'creator': 'Ngo Van Sang', 'modby': 'Tran Thi My Linh'})
    key(fn, '26732', 'Đặc khu Côn Đảo', '64/BC-UBND', '2026-10-26', [
        ('II.1.a', 'completed', {'communications': 10, 'training_courses': 1, 'participants': 58}, acc(s_a)),
        ('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 1500000}, acc(s_b)),
        ('II.5.b', 'in_progress', {'samples_tested': 4}, acc(s_c)),
        ('II.3.a', 'not_started', {}, acc(s_d)),
    ], ['- Việc đi lại giữa đặc khu và đất liền phụ thuộc lịch tàu, máy bay nên công chức khó tham gia các lớp tập huấn trực tiếp.',
        '- Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ, hộ kinh doanh phải gửi cân vào đất liền để kiểm định.'],
        ['- Đề nghị Chi cục tổ chức tập huấn trực tuyến để công chức đặc khu tham dự.',
         '- Đề nghị Chi cục bố trí đợt kiểm định cân lưu động tại Côn Đảo mỗi năm ít nhất 01 lần.'])

    # ---------------- B3 Xã Bàu Lâm — mistaken: phòng, chống thiên tai
    fn = '26638-baulam-bc-9thang.docx'
    d = Doc(base_date='2026-10-15T03:00:00Z')
    c1 = d.comment('Le Thi Ngoc Anh - VP', 'LNA', 'Số hộ di dời này lấy theo báo cáo của Ban CHQS xã đúng không em?')
    c1r = d.comment(TAM, 'NMT', 'Dạ đúng ạ.', parent=c1)
    s_a = [('t', ' Xã kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn; tổ chức 02 buổi diễn tập phương án ứng phó mưa lớn, lốc xoáy với 160 lượt người tham gia. Nội dung này đã hoàn thành.')]
    s_b = [('t', ' Trong mùa mưa năm 2026, trên địa bàn xảy ra 03 trận mưa lớn kèm lốc xoáy làm tốc mái 11 căn nhà; xã đã vận động '),
           ('cs', c1), ('cs', c1r), ('t', 'di dời tạm 06 hộ'), ('ce', c1), ('ce', c1r), ('t', ' đến nơi an toàn, hỗ trợ 33.000.000 đồng khắc phục hậu quả.')]
    s_c = [('t', ' Xã đang rà soát các tuyến kênh, mương tiêu thoát nước, dự kiến nạo vét 2,4 km trong Quý IV/2026.')]
    dd = b_doc(fn, 'XÃ BÀU LÂM', 'ỦY BAN NHÂN DÂN', 'Số: 131/BC-UBND', 'Bàu Lâm, ngày 16 tháng 10 năm 2026',
               'Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm, phương hướng nhiệm vụ Quý IV năm 2026',
               ['Thực hiện Công văn của Ban Chỉ huy phòng thủ dân sự Thành phố về báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, Ủy ban nhân dân xã Bàu Lâm báo cáo như sau:'],
               [('PHẦN I. KẾT QUẢ THỰC HIỆN', [('a/ Công tác chuẩn bị:', s_a), ('b/ Ứng phó, khắc phục hậu quả:', s_b), ('c/ Công trình phòng, chống thiên tai:', s_c)])],
               [['- Lực lượng xung kích cấp ấp chủ yếu kiêm nhiệm, trang thiết bị cứu hộ còn thiếu.']],
               [['- Đề nghị Thành phố hỗ trợ kinh phí mua sắm áo phao, xuồng cứu hộ cho xã.']],
               ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Võ Minh Trí'], '2026-10-15T03:00:00Z', None,
               nonoi=['- Ban CHPTDS Thành phố;', '- Sở KH&CN (qua Chi cục TĐC);', '- Lưu: VT.'])
    dd.comments = d.comments
    dd.save(os.path.join(HERE, fn), core={'title': 'BC PCTT 9 thang', 'creator': 'Nguyen Minh Tam', 'modby': 'Le Thi Ngoc Anh'})
    key(fn, '26638', 'Xã Bàu Lâm', '131/BC-UBND', '2026-10-16', [], [], [], status='rejected',
        reason='Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026 gửi nhầm.')
