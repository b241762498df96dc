"""Hand A: ward chairman's signed công văn (Số .../UBND-xx, V/v ...), results told under the ward's
own numbered 'Ưu tiên' (priorities), prose figures zero-padded, status words 'đã xong', 'đang làm
tiếp', 'còn dang dở', 'chưa làm được', 'không có phát sinh'. Signed CHỦ TỊCH or KT. CHỦ TỊCH."""
from common import *


def cv(fname, unit, ward, so, place_date, vv, kinhgui, intro, prios, others, kk, kn, signer, name, noinhan):
    d = new_doc(13)
    header(d, [('ỦY BAN NHÂN DÂN', False, False), (ward.upper(), True, False), ('', False, False),
               (f'Số: {so}', False, False), (vv, False, False)],
           [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
            ('', False, False), (place_date, False, True)])
    para(d)
    p = runs(d, [('Kính gửi: ', ''), (kinhgui[0], '')], align=None, indent=3)
    for k in kinhgui[1:]:
        para(d, k, indent=5)
    for t in intro:
        para(d, t, align='j', indent=1)
    for i, (title, body) in enumerate(prios, 1):
        runs(d, [(f'Ưu tiên {i}: ', 'b'), (title, 'b')], indent=1)
        for b in body:
            para(d, b, align='j', indent=1)
    if others:
        runs(d, [('Các nội dung khác của Kế hoạch:', 'bi')], indent=1)
        for b in others:
            para(d, b, align='j', indent=1)
    if kk:
        runs(d, [('Khó khăn, vướng mắc:', 'b')], indent=1)
        for b in kk:
            para(d, '– ' + b, align='j', indent=1)
    if kn:
        runs(d, [('Kiến nghị:', 'b')], indent=1)
        for b in kn:
            para(d, '– ' + b, align='j', indent=1)
    para(d, f'Trên đây là báo cáo của Ủy ban nhân dân {ward.lower().replace("phường", "phường")}./.', align='j', indent=1)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], [('Nơi nhận:', True, True)] + [(x, False, False) for x in noinhan], 11, align='l')
    cell_text(t.rows[0].cells[1], [(s, True, False) for s in signer] + [('', False, False)] * 3 + [(name, True, False)], 13)
    d.save(os.path.join(SET, fname))


# ---------------- A1 Cầu Ông Lãnh ----------------
f = '1184-UBND-KT_BC CT38 nam 2026.docx'
p1 = ('Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Dân Sinh và chợ Cầu Muối: '
      'trong năm phường đã phối hợp 02 đợt kiểm tra tại 31 quầy sạp, cơ sở kinh doanh, phát hiện 04 trường hợp '
      'sử dụng cân có sai số vượt mức cho phép, đã lập biên bản và xử phạt vi phạm hành chính tổng số tiền 6.000.000 đồng.')
p1b = ('Phường phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định miễn phí 58 cân đồng hồ lò xo cho tiểu thương '
       'hai chợ. Nội dung này phường đang làm tiếp, dự kiến đợt 3 vào tháng 12/2026.')
p2 = ('Phường tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa và đo lường trong mua bán cho hộ kinh doanh, '
      'có 85 hộ kinh doanh tham dự; đăng 06 tin, bài trên Trang thông tin điện tử phường và các nhóm Zalo khu phố. '
      'Phần việc năm 2026 đã xong.')
p3 = ('Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: đã rà soát, cập nhật 42 quy trình nội bộ, '
      'hoàn thành đánh giá nội bộ trong tháng 9/2026. Nội dung này đã thực hiện xong.')
o1 = ('- Cử 02 công chức (Phòng Kinh tế, Hạ tầng và Đô thị) tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, '
      'chất lượng cho công chức cấp xã do Chi cục tổ chức ngày 16/6/2026: đã xong.')
o2 = '- Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: không có phát sinh.'
kk = ['Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của phường kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.',
      'Phường chưa được trang bị quả cân chuẩn để đối chiếu khi kiểm tra tại chợ.']
kn = ['Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn và tổ chức kiểm định cân định kỳ tại chợ Dân Sinh.',
      'Đề nghị Sở ban hành hướng dẫn thống nhất mẫu biên bản kiểm tra đo lường áp dụng cho cấp phường.']
cv(f, '26758', 'Phường Cầu Ông Lãnh', '1184/UBND-KT', 'Cầu Ông Lãnh, ngày 27 tháng 10 năm 2026',
   'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   ['Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', '(Chi cục Tiêu chuẩn Đo lường Chất lượng)'],
   ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 '
    'của Ban Bí thư năm 2026, Ủy ban nhân dân phường Cầu Ông Lãnh báo cáo kết quả như sau:',
    'Năm 2026, phường xác định 03 nội dung ưu tiên, tập trung vào các chợ truyền thống và hộ kinh doanh trên địa bàn:'],
   [('Đo lường tại chợ truyền thống', [p1, p1b]),
    ('Tuyên truyền cho hộ kinh doanh', [p2]),
    ('Hệ thống quản lý chất lượng tại Ủy ban nhân dân phường', [p3])],
   [o1, o2], kk, kn, ['CHỦ TỊCH'], 'Trần Quốc Vinh',
   ['- Như trên;', '- Thường trực Đảng ủy phường;', '- Lưu: VT, KT.'])
key(f, '26758', '1184/UBND-KT', '2026-10-27', [
    E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 31, 'violations': 4, 'fines_vnd': 6000000, 'instruments_verified': 58},
      'phường đã phối hợp 02 đợt kiểm tra tại 31 quầy sạp', 'Ưu tiên 1'),
    E('II.1.a', 'completed', {'training_courses': 1, 'participants': 85, 'communications': 6},
      'Phường tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa', 'Ưu tiên 2'),
    E('II.2.đ', 'completed', {}, 'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 'Ưu tiên 3'),
    E('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức', 'Các nội dung khác, gạch 1'),
    E('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác', 'Các nội dung khác, gạch 2'),
], kk, kn)

# ---------------- A2 Vĩnh Hội ----------------
f = 'CV762_PVinhHoi_ChiThi38.docx'
q1 = ('Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng lấy 12 mẫu mũ bảo hiểm và đồ chơi trẻ em bày bán quanh cổng '
      'các trường tiểu học để khảo sát chất lượng; việc lấy mẫu đã xong, đang chờ Chi cục thông báo kết quả thử nghiệm.')
q1b = ('Tổ kiểm tra liên ngành phường kiểm tra 01 đợt tại 09 cửa hàng đồ chơi, văn phòng phẩm; phát hiện 01 cơ sở '
       'kinh doanh hàng hóa không có nhãn phụ tiếng Việt, xử phạt 3,5 triệu đồng. Công tác kiểm tra phường đang làm tiếp trong Quý IV.')
q2 = ('Hướng dẫn hộ kinh doanh thực phẩm tại chợ Xóm Chiếu đăng ký mã QR truy xuất nguồn gốc theo Đề án 100: '
      'đến nay mới hướng dẫn được 14/30 hộ đăng ký, phần việc này còn dang dở do nhiều hộ chưa có điện thoại thông minh.')
q3 = ('Đăng 09 tin, bài tuyên truyền về Chỉ thị 38-CT/TW và Ngày Tiêu chuẩn thế giới trên Trang thông tin điện tử phường, '
      'loa truyền thanh khu phố. Đã xong.')
kk2 = ['Nhiều hộ kinh doanh lớn tuổi, không sử dụng điện thoại thông minh nên khó áp dụng truy xuất nguồn gốc bằng mã QR.']
kn2 = ['Kiến nghị Chi cục gửi kết quả thử nghiệm mẫu cho phường để thông báo đến người dân và phụ huynh học sinh.']
cv(f, '27286', 'Phường Vĩnh Hội', '762/UBND-VP', 'Vĩnh Hội, ngày 03 tháng 11 năm 2026',
   'V/v báo cáo tình hình thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng',
   ['Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.'],
   ['Ủy ban nhân dân phường Vĩnh Hội nhận được văn bản của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch năm 2026. '
    'Phường báo cáo theo thứ tự các việc phường ưu tiên thực hiện trong năm như sau:'],
   [('An toàn hàng hóa cho học sinh (mũ bảo hiểm, đồ chơi trẻ em)', [q1, q1b]),
    ('Truy xuất nguồn gốc tại chợ Xóm Chiếu', [q2]),
    ('Thông tin, tuyên truyền', [q3])],
   [], kk2, kn2, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lê Thị Mỹ Hạnh',
   ['- Như trên;', '- Sở Khoa học và Công nghệ (để b/c);', '- Lưu: VT.'])
key(f, '27286', '762/UBND-VP', '2026-11-03', [
    E('II.5.b', 'completed', {'samples_tested': 12}, 'lấy 12 mẫu mũ bảo hiểm và đồ chơi trẻ em', 'Ưu tiên 1 đoạn 1'),
    E('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 9, 'violations': 1, 'fines_vnd': 3500000},
      'Tổ kiểm tra liên ngành phường kiểm tra 01 đợt tại 09 cửa hàng', 'Ưu tiên 1 đoạn 2'),
    E('II.2.a', 'in_progress', {'enterprises_supported': 14}, 'mới hướng dẫn được 14/30 hộ đăng ký', 'Ưu tiên 2'),
    E('II.1.a', 'completed', {'communications': 9}, 'Đăng 09 tin, bài tuyên truyền', 'Ưu tiên 3'),
], kk2, kn2)

# ---------------- A3 Bình Phú ----------------
f = 'Bao cao CT38 - phuong Binh Phu.docx'
r1 = ('Phối hợp Chi cục và Đội Quản lý thị trường kiểm tra 01 cuộc về đo lường, chất lượng xăng dầu tại 05 cửa hàng xăng dầu '
      'trên đường Hậu Giang, Kinh Dương Vương; các cửa hàng chấp hành tốt quy định. Việc này đã xong.')
r2 = ('Chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sang vận hành trên môi trường điện tử: '
      'đã số hóa phần lớn hồ sơ, phường đang làm tiếp, dự kiến hoàn tất trong tháng 12/2026.')
r3 = ('Hướng dẫn 03 doanh nghiệp sản xuất bao bì trên địa bàn thực hiện công bố hợp quy, ghi nhãn theo quy định: đã xong.')
r4 = ('- Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cấp phường: chưa làm được do lịch lớp '
      'của Chi cục trùng với đợt cao điểm giải quyết hồ sơ đất đai của phường.')
kk3 = ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; khối lượng công việc lĩnh vực kinh tế sau sắp xếp tăng nhiều.']
kn3 = ['Đề nghị Chi cục tổ chức thêm lớp tập huấn vào cuối tuần hoặc hình thức trực tuyến để công chức phường tham gia.',
       'Đề nghị cung cấp tài liệu hướng dẫn công bố hợp quy cho doanh nghiệp nhỏ.']
cv(f, '27364', 'Phường Bình Phú', '2051/UBND-KT', 'Bình Phú, ngày 19 tháng 10 năm 2026',
   'V/v kết quả triển khai Kế hoạch thực hiện Chỉ thị 38-CT/TW năm 2026',
   ['Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.'],
   ['Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bình Phú báo cáo kết quả thực hiện các nội dung '
    'về tiêu chuẩn, đo lường, chất lượng năm 2026, sắp theo thứ tự ưu tiên phường đã đề ra đầu năm:'],
   [('Xăng dầu', [r1]), ('Cải cách hành chính gắn với ISO', [r2]), ('Hỗ trợ doanh nghiệp', [r3])],
   [r4], kk3, kn3, ['CHỦ TỊCH'], 'Phạm Đức Thịnh',
   ['- Như trên;', '- Chi cục TĐC;', '- Lưu: VT, KT (2b).'])
key(f, '27364', '2051/UBND-KT', '2026-10-19', [
    E('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 5}, 'kiểm tra 01 cuộc về đo lường, chất lượng xăng dầu tại 05 cửa hàng', 'Ưu tiên 1'),
    E('II.2.đ', 'in_progress', {}, 'Chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 'Ưu tiên 2'),
    E('II.2.d', 'completed', {'enterprises_supported': 3}, 'Hướng dẫn 03 doanh nghiệp sản xuất bao bì', 'Ưu tiên 3'),
    E('II.3.a', 'not_started', {}, 'Cử công chức tham dự tập huấn nghiệp vụ', 'Các nội dung khác'),
], kk3, kn3)

# ---------------- A4 Minh Phụng (mistaken: PCCC) ----------------
f = '945-UBND-KT_bao cao kiem tra.docx'
cv(f, '27238', 'Phường Minh Phụng', '945/UBND-KT', 'Minh Phụng, ngày 22 tháng 10 năm 2026',
   'V/v báo cáo kết quả kiểm tra an toàn phòng cháy, chữa cháy cơ sở kinh doanh karaoke, quán bar',
   ['Công an Thành phố Hồ Chí Minh', '(Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ)'],
   ['Thực hiện Kế hoạch của Ủy ban nhân dân Thành phố về tăng cường công tác phòng cháy, chữa cháy đối với cơ sở kinh doanh dịch vụ '
    'karaoke, vũ trường, quán bar, Ủy ban nhân dân phường Minh Phụng báo cáo theo các nội dung ưu tiên của phường như sau:'],
   [('Rà soát, kiểm tra cơ sở kinh doanh karaoke', ['Phường phối hợp Công an phường kiểm tra 11 cơ sở karaoke, quán bar; phát hiện 03 cơ sở '
      'có lối thoát nạn không bảo đảm, đã yêu cầu ngừng hoạt động để khắc phục. Việc này đã xong.']),
    ('Tuyên truyền phòng cháy tại khu dân cư', ['Tổ chức 02 buổi tuyên truyền, diễn tập phương án chữa cháy tại khu phố 4 và khu phố 7 với 230 người dân tham gia.'])],
   [], ['Lực lượng phòng cháy, chữa cháy cơ sở còn mỏng, trang bị phương tiện chữa cháy tại chỗ chưa đầy đủ.'],
   ['Đề nghị Công an Thành phố hỗ trợ tập huấn nghiệp vụ cho lực lượng phòng cháy, chữa cháy cơ sở.'],
   ['CHỦ TỊCH'], 'Võ Thanh Tùng', ['- Như trên;', '- Lưu: VT.'])
key(f, '27238', '945/UBND-KT', '2026-10-22', [], [], [],
    rejected='Không phải báo cáo của Kế hoạch triển khai Chỉ thị 38-CT/TW: công văn báo cáo Công an Thành phố kết quả kiểm tra phòng cháy, chữa cháy cơ sở karaoke, quán bar (gửi nhầm).')
