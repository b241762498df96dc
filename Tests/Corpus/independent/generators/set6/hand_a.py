"""Hand A: commune officer who reuses last year's Word template.
Date in words, leftover 2025 headings, tracked changes (w:ins/w:del) left in the file."""
import os
from common import *

OPEN = ('Căn cứ Kế hoạch số 398/KH-SKHCCN ngày 19 tháng 01 năm 2025 của Sở Khoa học và Công nghệ về triển khai '
        'thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư; ')


def skeleton(d, ward_upper, number, place_date, title_parts, kinh_gui='Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.'):
    header_block(d, 'ỦY BAN NHÂN DÂN', ward_upper, number, place_date)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    p = para(d, align='c')
    for x in title_parts:
        if isinstance(x, tuple):
            tracked(p, x[0], x[1], bold=True)
        else:
            run(p, x, bold=True)
    para(d, '--------', align='c')
    para(d, 'Kính gửi: ' + kinh_gui, align='c')


def closing(d, signer, recips=('- Như trên;', '- Chi cục TĐC;', '- TT. Đảng ủy phường;', '- Lưu: VT, KT.')):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0); cell_text(c, 'Nơi nhận:', bold=True, italic=True, size=12)
    for r in recips:
        pp = c.add_paragraph(); rr = pp.add_run(r); rr.font.size = Pt(11)
    cell_text(t.cell(0, 1), 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n' + signer, bold=True, align='c')


def pcount(d):
    return len(d.element.body.findall(qn('w:p')))


def build_a1():
    fname = 'BC CT38 P.Rach Dua 2026 (sua).docx'
    d = new_doc(size=14)
    set_core(d, 'Tran Thi Hong Nhung', 'BÁO CÁO CT38 năm 2025')
    skeleton(d, 'PHƯỜNG RẠCH DỪA', 'Số: 187/BC-UBND', 'Rạch Dừa, ngày hai mươi tháng mười năm 2026',
             ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm ', ('2025', '2026')])
    para(d, OPEN + 'Thực hiện Công văn số 1125/SKHCN-TĐC ngày 12/9/2025 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện, '
         'Ủy ban nhân dân phường Rạch Dừa báo cáo kết quả như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN NĂM 2025', bold=True)
    para(d, '1. Công tác tuyên truyền, phổ biến văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng', bold=True)
    parts1 = ['UBND phường đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ', ('02', '03'),
              ' hội nghị tuyên truyền, phổ biến văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh tại chợ Rạch Dừa và các khu dân cư, với ',
              ('120', '145'), ' lượt người tham dự; đăng ', ('04', '06'),
              ' tin, bài trên trang thông tin điện tử phường và hệ thống truyền thanh cơ sở. Đã thực hiện xong nội dung này.']
    i1 = pcount(d); tracked_para(d, parts1)
    para(d, '2. Công tác phối hợp kiểm tra, thực hiện nội dung được phân cấp quản lý nhà nước', bold=True)
    parts2 = ['Phường đã kiện toàn Tổ kiểm tra liên ngành, phối hợp Chi cục kiểm tra ', ('03', '04'), ' cuộc tại ', ('19', '27'),
              ' cơ sở kinh doanh (cân tại chợ, cửa hàng vàng bạc, cửa hàng xăng dầu), phát hiện 03 cơ sở vi phạm về đo lường; đã lập biên bản, '
              'xử phạt vi phạm hành chính tổng số tiền 7.500.000 đồng. Nhiệm vụ đang tiếp tục triển khai đến cuối năm.']
    i2 = pcount(d); tracked_para(d, parts2)
    para(d, '3. Công tác đào tạo, tập huấn', bold=True)
    t3 = ('Cử 02 công chức phụ trách kinh tế tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng '
          'do Chi cục tổ chức ngày 14/8/2026. Đã thực hiện xong.')
    i3 = pcount(d); para(d, t3, align='j', indent=1)
    para(d, '4. Khen thưởng, bảo vệ người tố giác hành vi vi phạm', bold=True)
    t4 = 'Trong kỳ không phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường.'
    i4 = pcount(d); para(d, t4, align='j', indent=1)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    diffs = ['Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của phường kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.',
             'Phường chưa được trang bị cân đối chứng, thiết bị kiểm tra nhanh phục vụ kiểm tra tại chợ.']
    # old 2025 difficulty deleted with track changes
    p = para(d, align='j', indent=1); tracked(p, '- Việc sắp xếp tổ chức bộ máy sau sáp nhập chưa ổn định, hồ sơ lưu trữ còn phân tán.', None)
    for x in diffs: para(d, '- ' + x, align='j', indent=1)
    para(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    props = ['Đề nghị Sở Khoa học và Công nghệ tiếp tục tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã.',
             'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị cân đối chứng cho chợ Rạch Dừa.']
    for x in props: para(d, '- ' + x, align='j', indent=1)
    para(d, 'Trên đây là báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2025 của Ủy ban nhân dân phường Rạch Dừa./.', align='j', indent=1)
    closing(d, 'Phạm Quốc Tuấn')
    d.save(os.path.join(ROOT, fname))
    entries = [
        E('II.1.a', 'completed', {'training_courses': 3, 'participants': 145, 'communications': 6}, plain_of(parts1), f'word/document.xml paragraph {i1}'),
        E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 27, 'violations': 3, 'fines_vnd': 7500000}, plain_of(parts2), f'word/document.xml paragraph {i2}'),
        E('II.3.a', 'completed', {'participants': 2}, t3, f'word/document.xml paragraph {i3}'),
        E('II.5.d', 'not_applicable', {}, t4, f'word/document.xml paragraph {i4}'),
    ]
    write_key(fname, '26536', '187/BC-UBND', '2026-10-20', entries, diffs, props)


def build_a2():
    fname = 'PhuNhuan_BaoCao_ChiThi38_nam2026.docx'
    d = new_doc(size=13)
    set_core(d, 'UBND P.Phu Nhuan', 'Báo cáo Chỉ thị 38 năm 2025')
    skeleton(d, 'PHƯỜNG PHÚ NHUẬN', 'Số: 342/BC-UBND', 'Phú Nhuận, ngày mười lăm tháng mười một năm 2026',
             ['Kết quả triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm ', ('2025', '2026')],
             kinh_gui='Sở Khoa học và Công nghệ.')
    para(d, OPEN + 'Ủy ban nhân dân phường Phú Nhuận báo cáo kết quả thực hiện trong năm ' + '2026' + ' như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ ĐẠT ĐƯỢC', bold=True)
    para(d, '1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng', bold=True)
    parts1 = ['Phường đã tổ chức ', ('01', '02'), ' hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho hộ kinh doanh, tiểu thương chợ Phú Nhuận với ',
              ('95', '180'), ' lượt người tham dự; phát ', ('08', '12'), ' tin, bài trên hệ thống loa, bản tin khu phố và Zalo phường. Kết quả: Hoàn thành.']
    i1 = pcount(d); tracked_para(d, parts1, author='Admin', date='2026-11-13T15:40:00Z')
    para(d, '2. Phối hợp thực hiện nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng', bold=True)
    parts2 = ['Phối hợp Chi cục và Phòng Kinh tế kiểm tra 02 đợt tại 11 cửa hàng kinh doanh xăng dầu trên địa bàn; phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định ',
              ('64', '86'), ' cân tại chợ Phú Nhuận. Kết quả: Đang thực hiện.']
    i2 = pcount(d); tracked_para(d, parts2, author='Admin', date='2026-11-13T15:41:00Z')
    para(d, '3. Bồi dưỡng, tập huấn cho công chức', bold=True)
    t3 = 'Cử 03 công chức tham dự lớp tập huấn cập nhật kiến thức chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức. Kết quả: Hoàn thành.'
    i3 = pcount(d); para(d, t3, align='j', indent=1)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    diffs = ['Văn bản hướng dẫn phân cấp nhiệm vụ quản lý nhà nước về đo lường, chất lượng cho cấp phường sau khi sắp xếp chưa đầy đủ, phường còn lúng túng khi triển khai.']
    for x in diffs: para(d, '- ' + x, align='j', indent=1)
    para(d, 'III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025', bold=True)
    para(d, 'Tiếp tục tuyên truyền, phối hợp kiểm tra đo lường tại chợ và cửa hàng xăng dầu; duy trì kiểm định cân tại chợ.', align='j', indent=1)
    para(d, 'IV. KIẾN NGHỊ', bold=True)
    props = ['Đề nghị Sở Khoa học và Công nghệ ban hành văn bản hướng dẫn cụ thể nội dung phân cấp cho Ủy ban nhân dân phường, xã.',
             'Đề nghị Chi cục cung cấp tài liệu tuyên truyền in sẵn (tờ rơi, áp phích) về đo lường trong kinh doanh.']
    para(d, '- ' + props[0], align='j', indent=1)
    p = para(d, align='j', indent=1); tracked(p, None, '- ' + props[1], author='Admin', date='2026-11-14T09:02:00Z')
    para(d, 'Ủy ban nhân dân phường Phú Nhuận báo cáo Sở Khoa học và Công nghệ./.', align='j', indent=1)
    closing(d, 'Lê Thị Kim Thoa', recips=('- Như trên;', '- Lưu: VT.'))
    d.save(os.path.join(ROOT, fname))
    entries = [
        E('II.1.a', 'completed', {'training_courses': 2, 'participants': 180, 'communications': 12}, plain_of(parts1), f'word/document.xml paragraph {i1}'),
        E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 11, 'instruments_verified': 86}, plain_of(parts2), f'word/document.xml paragraph {i2}'),
        E('II.3.a', 'completed', {'participants': 3}, t3, f'word/document.xml paragraph {i3}'),
    ]
    write_key(fname, '27073', '342/BC-UBND', '2026-11-15', entries, diffs, props)


def build_a3():
    fname = 'xa Kim Long - bao cao CT 38.docx'
    d = new_doc(size=14)
    set_core(d, 'user', None)
    skeleton(d, 'XÃ KIM LONG', 'Số: 96/BC-UBND', 'Kim Long, ngày ba mươi tháng chín năm 2026',
             ['Về kết quả thực hiện Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng ', ('năm 2025', '9 tháng đầu năm 2026')])
    para(d, OPEN + 'UBND xã Kim Long báo cáo như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN NĂM 2025', bold=True)
    para(d, '1. Tuyên truyền', bold=True)
    parts1 = ['Lồng ghép tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng vào ', ('02', '01'),
              ' hội nghị của xã với ', ('110', '60'), ' lượt người dự. Đang triển khai, dự kiến tổ chức thêm trong Quý IV/2026.']
    i1 = pcount(d); tracked_para(d, parts1, author='user', date='2026-09-29T10:00:00Z')
    para(d, '2. Thực hiện nội dung được phân cấp', bold=True)
    t2 = ('Chưa triển khai kiểm tra về đo lường, chất lượng tại chợ và cửa hàng xăng dầu trên địa bàn do chưa nhận được hướng dẫn '
          'phân cấp cụ thể; xã đã rà soát danh sách cơ sở kinh doanh có sử dụng phương tiện đo.')
    i2 = pcount(d); para(d, t2, align='j', indent=1)
    para(d, '3. Tiếp nhận, xử lý tố giác vi phạm', bold=True)
    t3 = 'Không phát sinh.'
    i3 = pcount(d); para(d, t3, align='j', indent=1)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ', bold=True)
    para(d, '1. Khó khăn', bold=False, italic=True)
    diffs = ['Xã chưa có công chức chuyên trách lĩnh vực khoa học và công nghệ, nhiệm vụ giao cho công chức Văn phòng kiêm nhiệm.',
             'Địa bàn rộng, nhiều hộ kinh doanh nhỏ lẻ ven đường, khó quản lý phương tiện đo.']
    for x in diffs: para(d, '- ' + x, align='j', indent=1)
    para(d, '2. Kiến nghị', italic=True)
    props = ['Kính đề nghị Sở Khoa học và Công nghệ sớm có văn bản hướng dẫn nội dung phân cấp quản lý nhà nước về đo lường, chất lượng cho cấp xã.']
    for x in props: para(d, '- ' + x, align='j', indent=1)
    closing(d, 'Huỳnh Văn Lợi', recips=('- Như trên;', '- Đảng ủy xã;', '- Lưu: VT.'))
    d.save(os.path.join(ROOT, fname))
    entries = [
        E('II.1.a', 'in_progress', {'training_courses': 1, 'participants': 60}, plain_of(parts1), f'word/document.xml paragraph {i1}'),
        E('II.5.c', 'not_started', {}, t2, f'word/document.xml paragraph {i2}'),
        E('II.5.d', 'not_applicable', {}, t3, f'word/document.xml paragraph {i3}'),
    ]
    write_key(fname, '26608', '96/BC-UBND', '2026-09-30', entries, diffs, props)


def build_a4():
    fname = 'BC Bay Hien gui So KHCN.docx'
    d = new_doc(size=14)
    set_core(d, 'Tran Thi Hong Nhung', 'BC chuyển đổi số')
    skeleton(d, 'PHƯỜNG BẢY HIỀN', 'Số: 418/BC-UBND', 'Bảy Hiền, ngày hai mươi hai tháng mười năm 2026',
             ['Kết quả thực hiện Kế hoạch chuyển đổi số năm ', ('2025', '2026')])
    para(d, 'Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026, '
         'Ủy ban nhân dân phường Bảy Hiền báo cáo kết quả như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN NĂM 2025', bold=True)
    para(d, '1. Chính quyền số', bold=True)
    tracked_para(d, ['Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình đạt ', ('72', '86'), '%; 100% văn bản đi được ký số và gửi trên hệ thống quản lý văn bản.'])
    para(d, '2. Kinh tế số, xã hội số', bold=True)
    para(d, 'Hướng dẫn 1.240 hộ kinh doanh sử dụng thanh toán không dùng tiền mặt; tổ công nghệ số cộng đồng tại 18 khu phố hoạt động thường xuyên.', align='j', indent=1)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    para(d, '- Hạ tầng mạng tại trụ sở phường thường xuyên quá tải vào giờ cao điểm.', align='j', indent=1)
    para(d, 'III. KIẾN NGHỊ', bold=True)
    para(d, '- Đề nghị Sở hỗ trợ nâng cấp đường truyền và máy trạm cho Trung tâm phục vụ hành chính công phường.', align='j', indent=1)
    closing(d, 'Nguyễn Thanh Bình')
    d.save(os.path.join(ROOT, fname))
    write_key(fname, '26983', '418/BC-UBND', '2026-10-22', [], [], [], status='rejected',
              reason='Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')


if __name__ == '__main__':
    build_a1(); build_a2(); build_a3(); build_a4()
