# Generator for set132. Writes the report files into this folder and their keys into truth/.
import json, os, hashlib, sys
from docxw import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals, status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [{'task': e[0], 'status': e[1], 'indicators': e[2], 'text': e[3]} for e in entries],
        'findings': [], 'difficulties': difficulties, 'proposals': proposals,
    }


def header(d, left, right, widths=(3900, 5600)):
    """left/right: lists of paragraphs (each a dict with runs + opts)."""
    d.table([[{'paras': left}, {'paras': right}]], list(widths), borders=False)


def P(runs, **kw):
    if isinstance(runs, str):
        runs = [runs]
    kw.setdefault('align', 'center')
    return dict(runs=runs, **kw)


# ============================================================== HAND A
# Lê Thị Hạnh (công chức Kinh tế) drafts; Phó Chủ tịch reviews in Word with Track Changes on;
# văn thư fills the number/date as tracked insertions. Nobody accepts the changes.
LOC = 'Tran Van Loc (PCT)'
VT = 'Van thu UBND'
HANH = 'Hanh - KT'


def a_doc(fname, unit_id, unit_name, place, parent_lines, num_runs, date_runs, title2, body, diffs, props,
          signer, dates, core):
    d = Doc(base_date=dates)
    header(d, [P(l, sz=13) for l in parent_lines] + [P('―――――', spacing=40), P(num_runs, sz=13)],
           [P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', b=True, sz=12), P('Độc lập - Tự do - Hạnh phúc', b=True),
            P('――――――――――――', spacing=40), P(date_runs, i=True)])
    d.p('')
    d.p('BÁO CÁO', align='center', b=True, spacing=0)
    d.p(title2, align='center', b=True)
    d.p('Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='center')
    d.p('(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)', align='center', i=True)
    for item in body:
        kind = item[0]
        if kind == 'h':
            d.p(*item[1], b=True, first=567, align='both')
        elif kind == 'p':
            d.p(*item[1], first=567, align='both')
        elif kind == 'pins':   # whole paragraph inserted by the reviser
            d.p(*[('ins', x, item[2]) if isinstance(x, str) else x for x in item[1]], first=567, align='both',
                pmark='ins', keep=(item[2],))
        elif kind == 'pdel':   # whole paragraph deleted by the reviser
            d.p(*[('del', x, item[2]) if isinstance(x, str) else x for x in item[1]], first=567, align='both',
                pmark='del', keep=(item[2],))
    d.p('III. KHÓ KHĂN, VƯỚNG MẮC', b=True, first=567)
    for x in diffs:
        d.p(*x, first=567, align='both')
    d.p('IV. ĐỀ XUẤT, KIẾN NGHỊ', b=True, first=567)
    for x in props:
        d.p(*x, first=567, align='both')
    d.p('Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân %s./.' % place, first=567, align='both')
    d.table([[{'paras': [P([('t', 'Nơi nhận:', {'b': True, 'i': True, 'sz': 12})], align='left'),
                         P([('t', '- Như trên;', {'sz': 11})], align='left'),
                         P([('t', '- Chi cục TĐC;', {'sz': 11})], align='left'),
                         P([('t', '- TT: ĐU, UBND phường;', {'sz': 11})], align='left'),
                         P([('t', '- Lưu: VT, KT.', {'sz': 11})], align='left')]},
              {'paras': [P(l, b=True) for l in signer]}]], [4400, 5100], borders=False)
    d.save(os.path.join(HERE, fname), core=core)


def hand_a():
    # ---------------- A1 Phường Cát Lái
    fn = '27112-catlai-bc-ct38.docx'
    t1 = [('t', 'Từ tháng 3 đến tháng 9/2026, phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức '),
          ('del', '01', LOC), ('ins', '02', LOC),
          ('t', ' buổi tập huấn phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Cát Lái và các khu phố, có '),
          ('del', '85', LOC), ('ins', '136', LOC),
          ('t', ' lượt người tham dự; đăng '), ('ins', '07 ', LOC), ('t', 'tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố'),
          ('del', ' (khoảng 5 tin)', LOC), ('t', '. Kết quả: đã hoàn thành.')]
    t2 = [('t', 'Tháng 6/2026, phường cử 02 công chức (Kinh tế; Văn hóa – Xã hội) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng dành cho công chức cấp xã do Chi cục tổ chức. Kết quả: đã hoàn thành.')]
    t3 = [('t', 'Tháng 4 và tháng 8/2026, Tổ công tác liên ngành phường phối hợp Chi cục kiểm tra đo lường tại chợ Cát Lái và các cửa hàng xăng dầu trên địa bàn: '),
          ('del', '02', LOC), ('ins', '03', LOC), ('t', ' cuộc, '), ('del', '31', LOC), ('ins', '38', LOC),
          ('t', ' cơ sở (trong đó có 04 cửa hàng xăng dầu); phát hiện '), ('ins', '03 ', LOC),
          ('t', 'trường hợp sử dụng cân không đạt yêu cầu, đã lập biên bản chuyển Chi cục xử phạt vi phạm hành chính '),
          ('del', '4.500.000 đồng', LOC), ('ins', '6.000.000 đồng', LOC), ('t', '. Kết quả: '),
          ('del', 'đang thực hiện', HANH, None, '2026-10-19T09:12:00Z'), ('ins', 'đã hoàn thành kế hoạch kiểm tra năm 2026', LOC), ('t', '.')]
    t4 = [('t', 'Phường tiếp tục duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa'),
          ('ins', '; tháng 9/2026 đã đánh giá nội bộ và cập nhật 12 quy trình', LOC),
          ('t', '. Kết quả: đang thực hiện (duy trì thường xuyên).')]
    t5 = ['Phường phối hợp Chi cục khảo sát chất lượng xăng dầu, lấy 05 mẫu tại các cửa hàng trên địa bàn. Kết quả: đã hoàn thành.']
    t6 = ['Tiếp nhận, xác minh 02 phản ánh của người dân về cân thiếu tại chợ tự phát đường Nguyễn Thị Định, đã xử lý dứt điểm. Kết quả: đã hoàn thành.']
    body = [('h', ['I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI']),
            ('p', ['Ủy ban nhân dân phường ban hành Kế hoạch số 58/KH-UBND ngày 12/3/2026 triển khai thực hiện Kế hoạch của Sở Khoa học và Công nghệ; giao công chức Kinh tế làm đầu mối theo dõi, tổng hợp.']),
            ('h', ['II. KẾT QUẢ THỰC HIỆN']),
            ('p', t1), ('p', t2), ('p', t3), ('p', t4), ('pdel', t5, LOC), ('pins', t6, LOC)]
    diffs = [['- Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.'],
             [('del', '- Kinh phí cho công tác tuyên truyền chưa được bố trí riêng.', LOC)],
             ['- Phường chưa có thiết bị kiểm tra nhanh về đo lường (quả cân chuẩn, bình đong chuẩn).']]
    props = [['- Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cấp cho phường 01 bộ quả cân chuẩn để phục vụ kiểm tra tại chợ.'],
             [('ins', '- Đề nghị Sở tổ chức thêm lớp tập huấn chuyên sâu cho công chức phường trong Quý I/2027.', LOC)]]
    a_doc(fn, '27112', 'Phường Cát Lái', 'phường Cát Lái',
          [['ỦY BAN NHÂN DÂN'], [('t', 'PHƯỜNG CÁT LÁI', {'b': True})]],
          ['Số: ', ('ins', '412', VT, None, '2026-10-27T02:10:00Z'), '/BC-UBND'],
          ['Cát Lái, ngày ', ('del', '20', VT, None, '2026-10-27T02:10:00Z'), ('ins', '27', VT, None, '2026-10-27T02:10:00Z'), ' tháng 10 năm 2026'],
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường',
          body, diffs, props, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Trần Văn Lộc'],
          '2026-10-24T03:30:00Z', {'title': 'BC CT38 phuong Cat Lai', 'creator': 'Le Thi Hanh', 'modby': 'Van thu UBND'})
    acc = lambda runs: ''.join(r[1] for r in runs if r[0] != 'del') if not isinstance(runs[0], str) else runs[0]
    key(fn, '27112', 'Phường Cát Lái', '412/BC-UBND', '2026-10-27', [
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 136, 'communications': 7}, acc(t1)),
        ('II.3.a', 'completed', {'participants': 2}, acc(t2)),
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 38, 'violations': 3, 'fines_vnd': 6000000}, acc(t3)),
        ('II.2.đ', 'in_progress', {}, acc(t4)),
        ('II.5.d', 'completed', {}, t6[0]),
    ], ['- Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.',
        '- Phường chưa có thiết bị kiểm tra nhanh về đo lường (quả cân chuẩn, bình đong chuẩn).'],
        ['- Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cấp cho phường 01 bộ quả cân chuẩn để phục vụ kiểm tra tại chợ.',
         '- Đề nghị Sở tổ chức thêm lớp tập huấn chuyên sâu cho công chức phường trong Quý I/2027.'])

    # ---------------- A2 Phường Lái Thiêu
    fn = '25966-laithieu-bc-ct38.docx'
    L2 = 'Nguyen Thi Kim Thoa (PCT)'
    t1 = [('t', 'Từ tháng 01 đến tháng 9/2026, phường phối hợp Hội Liên hiệp Phụ nữ phường tổ chức 04 hội nghị tuyên truyền lồng ghép về đo lường, chất lượng hàng hóa, nhãn hàng hóa cho tiểu thương và hội viên, có '),
          ('del', '260', L2), ('ins', '312', L2), ('t', ' lượt người tham dự; in, phát 500 tờ rơi “Cân đúng – Đong đủ”. Kết quả: đã hoàn thành.')]
    t2 = [('t', 'Từ tháng 3 đến tháng 9/2026, phường kiểm tra đo lường tại chợ Lái Thiêu, chợ Hưng Định: 02 cuộc, '),
          ('del', '40', L2), ('ins', '46', L2),
          ('t', ' cơ sở (hộ kinh doanh); phát hiện 05 hộ vi phạm sử dụng cân có sai số vượt mức cho phép, đã nhắc nhở, yêu cầu thay cân. Kết quả: '),
          ('del', 'đã hoàn thành', L2), ('ins', 'đang thực hiện, dự kiến kiểm tra đợt 3 vào tháng 12/2026', L2), ('t', '.')]
    t3 = [('t', 'Tháng 7/2026, phường phối hợp Đội Quản lý thị trường kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em: 01 cuộc tại 12 cửa hàng; phát hiện 01 cơ sở kinh doanh mũ bảo hiểm không có dấu hợp quy, xử phạt '),
          ('del', '3.000.000', L2), ('ins', '3.500.000', L2), ('t', ' đồng. Kết quả: đã hoàn thành.')]
    t4 = ['Phường duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong giải quyết thủ tục hành chính. Kết quả: đang thực hiện.']
    t5 = ['Trong năm, phường cử 03 lượt công chức tham dự hội nghị trực tuyến hướng dẫn nghiệp vụ quản lý đo lường, chất lượng do Chi cục tổ chức. Kết quả: đã hoàn thành.']
    body = [('h', ['I. CÔNG TÁC TRIỂN KHAI']),
            ('p', ['Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Lái Thiêu ban hành Kế hoạch số 41/KH-UBND ngày 05/3/2026 và phân công nhiệm vụ cho các bộ phận.']),
            ('h', ['II. KẾT QUẢ THỰC HIỆN']),
            ('p', t1), ('p', t2), ('p', t3), ('p', t4), ('pins', t5, L2)]
    diffs = [['- Các chợ tự phát, hộ kinh doanh nhỏ lẻ thay đổi thường xuyên nên khó quản lý.'],
             [('ins', '- Chưa có hướng dẫn cụ thể về phân cấp xử phạt vi phạm hành chính lĩnh vực đo lường cho cấp xã sau sắp xếp.', L2)]]
    props = [['- Đề nghị Chi cục tăng cường phối hợp kiểm tra đột xuất tại các chợ trên địa bàn phường.']]
    a_doc(fn, '25966', 'Phường Lái Thiêu', 'phường Lái Thiêu',
          [['ỦY BAN NHÂN DÂN'], [('t', 'PHƯỜNG LÁI THIÊU', {'b': True})]],
          ['Số: ', ('del', '178', VT, None, '2026-10-23T01:00:00Z'), ('ins', '185', VT, None, '2026-10-23T01:00:00Z'), '/BC-UBND'],
          ['Lái Thiêu, ngày ', ('del', '16', VT, None, '2026-10-23T01:00:00Z'), ('ins', '23', VT, None, '2026-10-23T01:00:00Z'), ' tháng 10 năm 2026'],
          'Kết quả triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về tiêu chuẩn, đo lường, chất lượng năm 2026',
          body, diffs, props, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Thị Kim Thoa'],
          '2026-10-21T07:45:00Z', {'title': 'Bao cao CT38', 'creator': 'Le Thi Hanh', 'modby': 'Nguyen Thi Kim Thoa'})
    key(fn, '25966', 'Phường Lái Thiêu', '185/BC-UBND', '2026-10-23', [
        ('II.1.a', 'completed', {'training_courses': 4, 'participants': 312, 'communications': 500}, acc(t1)),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 46, 'violations': 5}, acc(t2)),
        ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 12, 'violations': 1, 'fines_vnd': 3500000}, acc(t3)),
        ('II.2.đ', 'in_progress', {}, t4[0]),
        ('II.3.a', 'completed', {'participants': 3}, t5[0]),
    ], ['- Các chợ tự phát, hộ kinh doanh nhỏ lẻ thay đổi thường xuyên nên khó quản lý.',
        '- Chưa có hướng dẫn cụ thể về phân cấp xử phạt vi phạm hành chính lĩnh vực đo lường cho cấp xã sau sắp xếp.'],
        ['- Đề nghị Chi cục tăng cường phối hợp kiểm tra đột xuất tại các chợ trên địa bàn phường.'])

    # ---------------- A3 Xã Hồ Tràm
    fn = '26620-hotram-bc-ct38.docx'
    L3 = 'Pham Quoc Vinh (PCT UBND xa)'
    t1 = [('t', 'Từ tháng 02 đến tháng 10/2026, xã phát '), ('del', '12', L3), ('ins', '18', L3),
          ('t', ' tin tuyên truyền về đo lường, chất lượng trên hệ thống loa truyền thanh các ấp; tổ chức 01 hội nghị phổ biến quy định về cân, nhãn hàng hóa cho hộ kinh doanh hải sản, có 74 người tham dự. Kết quả: đã hoàn thành.')]
    t2 = [('t', 'Tháng 5 và tháng 9/2026, xã phối hợp Chi cục kiểm tra đo lường tại chợ Hồ Tràm và các vựa hải sản: '),
          ('del', '01', L3), ('ins', '02', L3),
          ('t', ' cuộc, 27 cơ sở; phát hiện 02 cơ sở vi phạm, '), ('del', 'đã chuyển hồ sơ đề nghị xử phạt', L3),
          ('ins', 'xử phạt vi phạm hành chính 2.500.000 đồng', L3), ('t', '. Kết quả: đã hoàn thành.')]
    t3 = [('t', 'Tháng 9/2026, xã phối hợp Chi cục lấy 06 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng. Kết quả: '),
          ('del', 'đã hoàn thành', L3), ('ins', 'đang chờ kết quả thử nghiệm', L3), ('t', '.')]
    t4 = ['Xã duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã ban hành lại danh mục quy trình sau sắp xếp. Kết quả: đã hoàn thành.']
    t5 = ['Tháng 6/2026, xã cử 02 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã. Kết quả: đã hoàn thành.']
    body = [('h', ['I. TÌNH HÌNH TRIỂN KHAI']),
            ('p', ['Ủy ban nhân dân xã Hồ Tràm ban hành Kế hoạch số 22/KH-UBND ngày 10/3/2026; giao công chức Văn phòng – Thống kê phối hợp bộ phận Kinh tế theo dõi, tổng hợp.']),
            ('h', ['II. KẾT QUẢ THỰC HIỆN']),
            ('p', t1), ('p', t2), ('p', t3), ('pdel', t4, L3), ('p', t5)]
    diffs = [['- Địa bàn xã rộng, nhiều vựa hải sản, điểm kinh doanh phân tán ven biển.']]
    props = [['- Đề nghị Chi cục hỗ trợ kiểm định ', ('del', 'định kỳ', L3), ('ins', 'miễn phí', L3), ' cân tại các vựa hải sản trên địa bàn xã.']]
    a_doc(fn, '26620', 'Xã Hồ Tràm', 'xã Hồ Tràm',
          [['ỦY BAN NHÂN DÂN'], [('t', 'XÃ HỒ TRÀM', {'b': True})]],
          ['Số: 97/BC-UBND'],
          ['Hồ Tràm, ngày 29 tháng ', ('del', '9', L3), ('ins', '10', L3), ' năm 2026'],
          'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã Hồ Tràm',
          body, diffs, props, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Phạm Quốc Vinh'],
          '2026-10-28T08:20:00Z', {'title': '', 'creator': 'Hanh VP-TK', 'modby': 'Pham Quoc Vinh'})
    key(fn, '26620', 'Xã Hồ Tràm', '97/BC-UBND', '2026-10-29', [
        ('II.1.a', 'completed', {'communications': 18, 'training_courses': 1, 'participants': 74}, acc(t1)),
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 2500000}, acc(t2)),
        ('II.5.b', 'in_progress', {'samples_tested': 6}, acc(t3)),
        ('II.3.a', 'completed', {'participants': 2}, t5[0]),
    ], ['- Địa bàn xã rộng, nhiều vựa hải sản, điểm kinh doanh phân tán ven biển.'],
        ['- Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân tại các vựa hải sản trên địa bàn xã.'])


if __name__ == '__main__':
    hand_a()
    import gen_b, gen_c, gen_d, gen_e
    for m in (gen_b, gen_c, gen_d, gen_e):
        m.run(key)
    # LibreOffice re-saves happen in resave.sh; then finalize.py computes sha256 into the keys.
    with open(os.path.join(HERE, 'truth', '_keys_nohash.json'), 'w', encoding='utf-8') as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')
