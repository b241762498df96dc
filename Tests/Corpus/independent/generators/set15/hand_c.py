"""Hand C: an officer who writes the whole result part as ONE Word auto-numbered list ('List Number')
of dated activities in date order, tasks never named; progress said inside the activity ('đến nay đã
hoàn tất', 'hiện vẫn đang tiếp tục', 'chưa triển khai') or not at all. Difficulties and proposals
follow as dash lines under 'Vướng mắc' / 'Đề nghị'."""
from common import *


def log(fname, unit_name, so, ngay, title2, intro, items, kk, kn, signer, name, where):
    d = new_doc(13)
    header(d, [('ỦY BAN NHÂN DÂN', False, False), (unit_name.upper(), True, False), ('', False, False), (f'Số: {so}', False, False)],
           [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False), (ngay, False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, title2, bold=True, align='c')
    for t in intro:
        para(d, t, align='j', indent=1)
    para(d, 'Các hoạt động đã triển khai (theo thời gian):', bold=True, indent=1)
    for it in items:
        p = d.add_paragraph(style='List Number')
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        head, rest = it.split(': ', 1) if it.startswith('Ngày') or it.startswith('Tháng') or it.startswith('Từ') else ('', it)
        if head:
            p.add_run(head + ': ').bold = True
        p.add_run(rest)
    para(d, 'Vướng mắc:', bold=True, indent=1)
    for x in kk:
        para(d, '- ' + x, align='j', indent=1)
    para(d, 'Đề nghị:', bold=True, indent=1)
    for x in kn:
        para(d, '- ' + x, align='j', indent=1)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], [('Nơi nhận:', True, True)] + [(x, False, False) for x in where], 11, align='l')
    cell_text(t.rows[0].cells[1], [(s, True, False) for s in signer] + [('', False, False)] * 3 + [(name, True, False)], 13)
    d.save(os.path.join(SET, fname))


# ---- C1 Tân Thới Hiệp ----
f = 'BC 301 CT38 TTH.docx'
it = [
    'Ngày 14/3/2026: UBND phường ban hành Kế hoạch số 45/KH-UBND triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường.',
    'Ngày 09/4/2026: tổ chức 01 hội nghị tuyên truyền Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho 96 hộ kinh doanh tại hội trường khu phố 3; đến nay đã hoàn tất kế hoạch tuyên truyền năm.',
    'Ngày 22/4/2026: phối hợp Đội Quản lý thị trường số 3 và Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 06 cơ sở kinh doanh vàng trang sức về đo lường; 01 cơ sở vi phạm, xử phạt 7.500.000 đồng.',
    'Ngày 17/6/2026: cử 02 công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã tại Chi cục.',
    'Ngày 12/8/2026: phối hợp Chi cục kiểm tra đợt 2 tại 08 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; không phát hiện vi phạm. Lũy kế phường đã phối hợp 02 đợt kiểm tra, 14 cơ sở; công tác kiểm tra hiện vẫn đang tiếp tục theo kế hoạch của Chi cục.',
    'Ngày 15/9/2026: hướng dẫn 05 doanh nghiệp cơ khí tại khu vực Tân Thới Hiệp tìm hiểu, đăng ký tham gia chương trình hỗ trợ áp dụng công cụ cải tiến năng suất chất lượng của Chi cục.',
]
kk = ['Phường chưa có công chức chuyên trách, cán bộ phụ trách kinh tế kiêm nhiệm nhiều lĩnh vực.']
kn = ['Đề nghị Chi cục thông báo trước lịch kiểm tra phối hợp ít nhất 05 ngày làm việc để phường bố trí lực lượng.']
log(f, 'Phường Tân Thới Hiệp', '301/BC-UBND', 'Tân Thới Hiệp, ngày 15 tháng 10 năm 2026',
    'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (từ ngày 01/01/2026 đến ngày 15/10/2026)',
    ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, '
     'Ủy ban nhân dân phường Tân Thới Hiệp báo cáo như sau:'], it, kk, kn,
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Ngô Minh Tâm', ['- Sở KHCN;', '- Chi cục TĐC;', '- Lưu: VT.'])
key(f, '26782', '301/BC-UBND', '2026-10-15', [
    E('II.1.a', 'completed', {'training_courses': 1, 'participants': 96}, 'tổ chức 01 hội nghị tuyên truyền Luật Đo lường', 'mục 2'),
    E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 7500000},
      'Lũy kế phường đã phối hợp 02 đợt kiểm tra, 14 cơ sở', 'mục 3, 5'),
    E('II.3.a', 'unknown', {'participants': 2}, 'cử 02 công chức dự lớp tập huấn nghiệp vụ', 'mục 4'),
    E('II.2.d', 'unknown', {'enterprises_supported': 5}, 'hướng dẫn 05 doanh nghiệp cơ khí', 'mục 6'),
], kk, kn)

# ---- C2 Linh Xuân ----
f = 'bao cao 9 thang TDC 2026.docx'
it = [
    'Tháng 01/2026: rà soát, cập nhật danh sách 23 cơ sở kinh doanh xăng dầu, vàng bạc, chợ trên địa bàn thuộc đối tượng quản lý đo lường.',
    'Ngày 26/02/2026: đăng 03 tin bài giới thiệu Chỉ thị số 38-CT/TW trên trang Facebook "Phường Linh Xuân".',
    'Ngày 05/5/2026: Tổ công tác phường kiểm tra nhãn hàng hóa tại 12 cửa hàng tạp hóa, siêu thị mini (01 cuộc); nhắc nhở một số cơ sở bổ sung nhãn phụ, chưa xử phạt.',
    'Ngày 20/5/2026: UBND phường công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sáp nhập; đến nay đã hoàn tất việc áp dụng cho toàn bộ thủ tục hành chính của phường.',
    'Ngày 14/7/2026: phối hợp Chi cục lấy 06 mẫu xăng RON 95, E5 RON 92 tại các cửa hàng xăng dầu trên Quốc lộ 1K để khảo sát chất lượng.',
    'Ngày 10/9/2026: tổ chức 01 buổi tọa đàm với 38 đại biểu đại diện doanh nghiệp, hộ kinh doanh về mã số mã vạch và truy xuất nguồn gốc; hoạt động tuyên truyền hiện vẫn đang tiếp tục trong Quý IV.',
]
kk = ['Kết quả khảo sát chất lượng xăng dầu chưa được thông báo về phường.',
      'Trang thiết bị kiểm tra nhanh của phường không có.']
kn = ['Đề nghị Chi cục chia sẻ kết quả khảo sát chất lượng hàng hóa trên địa bàn phường.']
log(f, 'Phường Linh Xuân', '188/BC-UBND', 'Linh Xuân, ngày 30 tháng 9 năm 2026',
    'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng 9 tháng đầu năm 2026',
    ['Ủy ban nhân dân phường Linh Xuân báo cáo tình hình thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW '
     'ngày 30 tháng 7 năm 2024 của Ban Bí thư trong 9 tháng đầu năm 2026 như sau:'], it, kk, kn,
    ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Trịnh Văn Khang', ['- Như trên;', '- Lưu: VT, KT.'])
key(f, '26800', '188/BC-UBND', '2026-09-30', [
    E('II.1.a', 'in_progress', {'communications': 3, 'training_courses': 1, 'participants': 38}, 'tổ chức 01 buổi tọa đàm với 38 đại biểu', 'mục 2, 6'),
    E('II.5.c', 'unknown', {'inspections': 1, 'establishments_inspected': 12}, 'kiểm tra nhãn hàng hóa tại 12 cửa hàng tạp hóa', 'mục 3'),
    E('II.2.đ', 'completed', {}, 'công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015', 'mục 4'),
    E('II.5.b', 'unknown', {'samples_tested': 6}, 'lấy 06 mẫu xăng RON 95, E5 RON 92', 'mục 5'),
], kk, kn)

# ---- C3 Đặc khu Côn Đảo ----
f = 'CONDAO_BC_CT38_2026.docx'
it = [
    'Từ tháng 02 đến tháng 10/2026: phát 12 lượt tin trên Đài Truyền thanh đặc khu về ghi nhãn hàng hóa, sử dụng cân đúng trong mua bán hải sản.',
    'Ngày 18/3/2026: cử 01 công chức Phòng Kinh tế dự lớp tập huấn trực tuyến nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục tổ chức.',
    'Ngày 07/5/2026: phối hợp Chi cục kiểm định 34 cân tại chợ Côn Đảo và các cơ sở thu mua hải sản (đoàn Chi cục ra đảo theo chuyến tàu Côn Đảo 09).',
    'Ngày 08/5/2026: cùng đoàn Chi cục thực hiện 01 cuộc kiểm tra tại 03 cửa hàng xăng dầu và 02 cơ sở kinh doanh khí dầu mỏ hóa lỏng (tổng 05 cơ sở), 01 cơ sở vi phạm về đo lường, xử phạt 15.000.000 đồng.',
    'Ngày 21/8/2026: hướng dẫn 02 cơ sở lưu trú du lịch áp dụng tiêu chuẩn cơ sở về chất lượng dịch vụ; việc hỗ trợ doanh nghiệp chưa triển khai được đầy đủ do không có đơn vị tư vấn trên đảo.',
]
kk = ['Chi phí đi lại của đoàn kiểm tra, kiểm định ra đảo cao, số đợt trong năm hạn chế.',
      'Cơ sở thu mua hải sản sử dụng cân chưa kiểm định còn nhiều nhưng chưa có điều kiện kiểm định thường xuyên.']
kn = ['Đề nghị Chi cục bố trí ít nhất 02 đợt kiểm định phương tiện đo tại đặc khu mỗi năm.',
      'Đề nghị Sở hỗ trợ kinh phí mua 01 bộ quả cân chuẩn cho đặc khu.']
log(f, 'Đặc khu Côn Đảo', '412/BC-UBND', 'Côn Đảo, ngày 06 tháng 11 năm 2026',
    'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn đặc khu Côn Đảo',
    ['Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện các nội dung được phân công tại Kế hoạch của Sở Khoa học và Công nghệ như sau:'],
    it, kk, kn, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lê Hoàng Phúc', ['- Sở KHCN TP.HCM;', '- Lưu: VT, PKT.'])
key(f, '26732', '412/BC-UBND', '2026-11-06', [
    E('II.1.a', 'unknown', {'communications': 12}, 'phát 12 lượt tin trên Đài Truyền thanh đặc khu', 'mục 1'),
    E('II.3.a', 'unknown', {'participants': 1}, 'cử 01 công chức Phòng Kinh tế dự lớp tập huấn', 'mục 2'),
    E('II.5.c', 'unknown', {'instruments_verified': 34, 'inspections': 1, 'establishments_inspected': 5, 'violations': 1, 'fines_vnd': 15000000},
      'cùng đoàn Chi cục thực hiện 01 cuộc kiểm tra tại 03 cửa hàng xăng dầu', 'mục 3, 4'),
    E('II.2.d', 'in_progress', {'enterprises_supported': 2}, 'hướng dẫn 02 cơ sở lưu trú du lịch', 'mục 5'),
], kk, kn)
