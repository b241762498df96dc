"""Hand 2 — Trần Quốc Bảo, inspector (Phòng Kiểm tra – Pháp chế; lends his template to the
Chi cục's inspection team, wards and Sở Công Thương). Word report; the core is a table with one
row per đoàn kiểm tra (decision no., dates, field, establishments, violations, fines) and a
'Tổng cộng' row; each section closes with a line 'Đánh giá tiến độ: …'."""
import os
from lib import *

H = ['STT', 'Đoàn kiểm tra\n(Quyết định số)', 'Thời gian', 'Lĩnh vực, đối tượng kiểm tra', 'Số cơ sở được kiểm tra', 'Số cơ sở vi phạm', 'Số tiền xử phạt (đồng)', 'Ghi chú']


def fmt(n):
    return f'{n:,}'.replace(',', '.') if n else '0'


def team_table(d, rows, total_label='Tổng cộng'):
    t = d.add_table(rows=1, cols=8); grid(t)
    for c, h in zip(t.rows[0].cells, H):
        cell_text(c, h, bold=True, align='c', size=11)
    for i, (qd, when, field, est, vio, fine, note) in enumerate(rows, 1):
        cs = t.add_row().cells
        for c, v, a in zip(cs, [f'{i:02d}', qd, when, field, f'{est:02d}', f'{vio:02d}', fmt(fine), note], 'cllllcrl'):
            cell_text(c, v, align=a if a in 'cr' else None, size=11)
    cs = t.add_row().cells
    cs[0].merge(cs[3])
    cell_text(cs[0], f'{total_label}: {len(rows):02d} đoàn', bold=True, align='c', size=11)
    cell_text(cs[4], f'{sum(r[3] for r in rows):02d}', bold=True, align='c', size=11)
    cell_text(cs[5], f'{sum(r[4] for r in rows):02d}', bold=True, align='c', size=11)
    cell_text(cs[6], fmt(sum(r[5] for r in rows)), bold=True, align='r', size=11)
    set_widths(t, [1.0, 2.8, 2.0, 3.6, 1.6, 1.4, 2.2, 1.6])
    return dict(inspections=len(rows), establishments_inspected=sum(r[3] for r in rows),
                violations=sum(r[4] for r in rows), fines_vnd=sum(r[5] for r in rows))


def opening(d, left, number, place_date, title, kg):
    header_block(d, left, None, number, place_date)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, title, bold=True, align='c')
    para(d, 'Kính gửi: ' + kg, align='c')


def close(d, kk, dx, nn, sig, name, kk_head='III. KHÓ KHĂN, VƯỚNG MẮC', dx_head='IV. ĐỀ XUẤT, KIẾN NGHỊ'):
    para(d, kk_head, bold=True)
    for x in kk:
        para(d, '- ' + x, align='j', indent=1)
    para(d, dx_head, bold=True)
    for x in dx:
        para(d, '- ' + x, align='j', indent=1)
    para(d)
    signature(d, nn, sig, name)


def f1():
    fn = 'KTPC_BC kiem tra TDC_CT38_T10-2026.docx'
    d = new_doc()
    opening(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('PHÒNG KIỂM TRA – PHÁP CHẾ', True)], 'Số: 21/BC-KTPC',
            'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
            'Kết quả công tác kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
            'Chi cục Tiêu chuẩn Đo lường Chất lượng.')
    para(d, 'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ được giao phối hợp như sau:', align='j', indent=1)
    para(d, 'I. CÔNG TÁC KIỂM TRA', bold=True)
    para(d, '1. Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường (KH mục II.5.a)', bold=True)
    para(d, 'Từ tháng 01 đến hết tháng 10/2026, Phòng chủ trì, phối hợp Chi cục thành lập các đoàn kiểm tra theo bảng sau:', align='j', indent=1)
    ind = team_table(d, [
        ('112/QĐ-SKHCN', '03-07/3/2026', 'Xăng dầu tại cửa hàng bán lẻ', 8, 1, 7500000, ''),
        ('187/QĐ-SKHCN', '14-18/4/2026', 'Mũ bảo hiểm cho người đi mô tô, xe máy', 12, 2, 10000000, ''),
        ('245/QĐ-SKHCN', '02-05/6/2026', 'Đồ chơi trẻ em', 10, 1, 4000000, 'Tạm giữ 120 sản phẩm'),
        ('301/QĐ-SKHCN', '21-24/7/2026', 'Thép làm cốt bê tông', 6, 0, 0, ''),
        ('366/QĐ-SKHCN', '15-19/9/2026', 'Khí dầu mỏ hóa lỏng (LPG) chai', 9, 2, 15000000, ''),
    ])
    para(d, 'Đánh giá tiến độ: đang tiếp tục thực hiện theo kế hoạch kiểm tra năm; Quý IV dự kiến thêm 02 đoàn (dầu nhờn, dây cáp điện).', italic=True, indent=1)
    para(d, '2. Xử lý đơn thư, tố giác vi phạm về TĐC (KH mục II.5.d)', bold=True)
    para(d, 'Trong kỳ tiếp nhận 03 đơn phản ánh, tố giác liên quan đến gian lận đo lường xăng dầu và nhãn hàng hóa; đã xác minh, chuyển Chi cục xử lý theo thẩm quyền 03/03 đơn, bảo mật thông tin người tố giác theo quy định.', align='j', indent=1)
    para(d, 'Đánh giá tiến độ: đã hoàn thành (giải quyết dứt điểm 03/03 đơn trong kỳ).', italic=True, indent=1)
    para(d, 'II. PHỐI HỢP RÀ SOÁT PHƯƠNG TIỆN KỸ THUẬT NGHIỆP VỤ (KH mục II.4.b)', bold=True)
    para(d, 'Phòng đã phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, đề xuất bổ sung thiết bị đo nhanh chỉ số octan; việc mua sắm chờ phân bổ dự toán.', align='j', indent=1)
    para(d, 'Đánh giá tiến độ: đang thực hiện.', italic=True, indent=1)
    kk = ['Lực lượng kiểm tra mỏng (04 công chức), trong khi số cơ sở kinh doanh thuộc diện kiểm tra trên địa bàn Thành phố sau sắp xếp tăng mạnh.',
          'Chi phí thử nghiệm mẫu lớn, dự toán năm 2026 chỉ đáp ứng khoảng 60% nhu cầu lấy mẫu.']
    dx = ['Đề nghị Lãnh đạo Sở bố trí bổ sung 02 biên chế công chức làm công tác kiểm tra.',
          'Đề nghị Chi cục chủ động lập dự toán kinh phí lấy mẫu, thử nghiệm năm 2027 sát nhu cầu thực tế.']
    close(d, kk, dx, ['- Như trên;', '- Phó Giám đốc Nguyễn Kỳ (để b/c);', '- Lưu: KTPC.'], ['TRƯỞNG PHÒNG'], 'Trần Quốc Bảo')
    d.save(os.path.join(ROOT, fn))
    ent = [E('II.5.a', 'in_progress', 'Kiểm tra chất lượng SPHH lưu thông: 05 đoàn', 'table 1', **ind),
           E('II.5.d', 'completed', 'Tiếp nhận, xử lý 03/03 đơn tố giác', 'section I.2'),
           E('II.4.b', 'in_progress', 'Phối hợp rà soát phương tiện kỹ thuật nghiệp vụ theo NĐ 135/2021', 'section II')]
    write_key(fn, 'SKHCN-KTPC', '21/BC-KTPC', '2026-10-30', ent, kk, dx)
    return ind


def f2():
    fn = 'ChiCuc_BC kiem tra giam sat_CT38.docx'
    d = new_doc()
    opening(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('CHI CỤC TIÊU CHUẨN', True), ('ĐO LƯỜNG CHẤT LƯỢNG', True)], 'Số: 455/BC-CCTĐC',
            'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026',
            'Kết quả kiểm tra, giám sát tiêu chuẩn, đo lường, chất lượng năm 2026 (phục vụ tổng hợp Kế hoạch triển khai Chỉ thị số 38-CT/TW)',
            'Giám đốc Sở Khoa học và Công nghệ.')
    para(d, 'Chi cục Tiêu chuẩn Đo lường Chất lượng (Chi cục) báo cáo kết quả công tác kiểm tra, giám sát tính đến ngày 31/10/2026 như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ', bold=True)
    para(d, '1. Kiểm tra nhà nước về đo lường, chất lượng (nhiệm vụ II.5.a)', bold=True)
    a = team_table(d, [
        ('35/QĐ-CCTĐC', '10-13/3/2026', 'Đo lường cân tại chợ đầu mối', 15, 3, 6000000, ''),
        ('71/QĐ-CCTĐC', '05-08/5/2026', 'Đo lường, chất lượng xăng dầu', 11, 2, 30000000, ''),
        ('108/QĐ-CCTĐC', '07-10/7/2026', 'Đồng hồ tính tiền taxi (taximet)', 7, 1, 12500000, ''),
        ('142/QĐ-CCTĐC', '08-11/9/2026', 'Hàng đóng gói sẵn theo định lượng', 9, 2, 8000000, ''),
    ])
    para(d, 'Đánh giá tiến độ: đang thực hiện (thường xuyên).', italic=True, indent=1)
    para(d, '2. Khảo sát chất lượng sản phẩm, hàng hóa (nhiệm vụ II.5.b)', bold=True)
    para(d, 'Chi cục đã lấy 36 mẫu xăng dầu và 24 mẫu mũ bảo hiểm (tổng cộng 60 mẫu) để khảo sát chất lượng; kết quả thử nghiệm có 07 mẫu không phù hợp, đã thông tin đến Phòng Kiểm tra – Pháp chế và cảnh báo người tiêu dùng trên Cổng thông tin điện tử của Sở.', align='j', indent=1)
    para(d, 'Đánh giá tiến độ: đang thực hiện, đợt khảo sát Quý IV (sữa bột, nước uống đóng chai) đang lấy mẫu.', italic=True, indent=1)
    para(d, '3. Phối hợp Ủy ban nhân dân phường, xã, đặc khu (nhiệm vụ II.5.c)', bold=True)
    para(d, 'Chi cục cử công chức tham gia các đoàn kiểm tra liên ngành do Ủy ban nhân dân phường, xã chủ trì:', align='j', indent=1)
    c = team_table(d, [
        ('UBND P. Chợ Lớn', '16/4/2026', 'Cân tại chợ Bình Tây', 8, 1, 1500000, ''),
        ('UBND P. Thủ Dầu Một', '28/5/2026', 'Xăng dầu', 5, 1, 5000000, ''),
        ('UBND X. Củ Chi', '18/6/2026', 'Phân bón', 6, 0, 0, ''),
        ('UBND P. Vũng Tàu', '22/7/2026', 'Vàng trang sức', 7, 1, 2000000, ''),
        ('UBND P. Sài Gòn', '12/8/2026', 'Ghi nhãn hàng hóa', 6, 2, 2500000, ''),
        ('UBND X. Bình Chánh', '17/9/2026', 'Cân tại chợ', 6, 0, 0, ''),
    ], total_label='Cộng')
    para(d, 'Đánh giá tiến độ: đang thực hiện.', italic=True, indent=1)
    kk = ['Nhiều phường, xã chưa bố trí công chức đầu mối về TĐC, việc phối hợp kiểm tra phụ thuộc vào lực lượng của Chi cục.']
    dx = ['Đề nghị Sở có văn bản đề nghị Ủy ban nhân dân các phường, xã, đặc khu phân công công chức đầu mối về tiêu chuẩn, đo lường, chất lượng.']
    close(d, kk, dx, ['- Như trên;', '- Lưu: VT, QLĐL.'], ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG'], 'Hồ Văn Nhân',
          kk_head='II. KHÓ KHĂN, VƯỚNG MẮC', dx_head='III. ĐỀ XUẤT')
    d.save(os.path.join(ROOT, fn))
    ent = [E('II.5.a', 'in_progress', 'Kiểm tra nhà nước về đo lường, chất lượng: 04 đoàn', 'table 1', **a),
           E('II.5.b', 'in_progress', 'Lấy 36 mẫu xăng dầu và 24 mẫu mũ bảo hiểm khảo sát chất lượng', 'section I.2', samples_tested=60),
           E('II.5.c', 'in_progress', 'Phối hợp UBND phường, xã: 06 đoàn liên ngành', 'table 2', **c)]
    write_key(fn, 'SKHCN-CCTDC', '455/BC-CCTĐC', '2026-11-05', ent, kk, dx)


def f3():
    fn = 'UBND TDH - bao cao CT38 (kiem tra).docx'
    d = new_doc()
    opening(d, [('ỦY BAN NHÂN DÂN', False), ('PHƯỜNG TÂN ĐÔNG HIỆP', True)], 'Số: 205/BC-UBND',
            'Tân Đông Hiệp, ngày 16 tháng 10 năm 2026',
            'Kết quả phối hợp thực hiện nội dung quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng năm 2026',
            'Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).')
    para(d, 'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (nhiệm vụ II.5.c), Ủy ban nhân dân phường báo cáo như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ KIỂM TRA', bold=True)
    ind = team_table(d, [
        ('Tổ công tác theo QĐ 1120/QĐ-UBND', '22/4/2026', 'Cân tại chợ Tân Đông Hiệp', 14, 2, 1500000, 'Nhắc nhở 03 hộ'),
        ('Tổ công tác theo QĐ 1468/QĐ-UBND', '11/6/2026', 'Cửa hàng vàng bạc', 5, 0, 0, ''),
        ('Tổ công tác theo QĐ 1893/QĐ-UBND', '20/8/2026', 'Cửa hàng xăng dầu', 4, 1, 5000000, ''),
    ])
    para(d, 'Đánh giá tiến độ: đang thực hiện thường xuyên; Quý IV phường tiếp tục kiểm tra cân tại chợ Tân Phước Khánh.', italic=True, indent=1)
    kk = ['Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được bồi dưỡng nghiệp vụ đo lường.']
    dx = ['Đề nghị Chi cục tổ chức lớp bồi dưỡng nghiệp vụ kiểm tra đo lường cho công chức phường, xã khu vực Bình Dương cũ.']
    close(d, kk, dx, ['- Như trên;', '- Lưu: VT, KT.'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Thanh Phong',
          kk_head='II. KHÓ KHĂN', dx_head='III. KIẾN NGHỊ')
    d.save(os.path.join(ROOT, fn))
    write_key(fn, '25945', '205/BC-UBND', '2026-10-16',
              [E('II.5.c', 'in_progress', 'Kiểm tra cân, vàng bạc, xăng dầu: 03 tổ công tác', 'table 1', **ind)], kk, dx)


def f4():
    fn = 'SCT_5123_BC phoi hop CT38.docx'
    d = new_doc()
    opening(d, [('ỦY BAN NHÂN DÂN', False), ('THÀNH PHỐ HỒ CHÍ MINH', False), ('SỞ CÔNG THƯƠNG', True)], 'Số: 5123/BC-SCT',
            'Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026',
            'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ',
            'Sở Khoa học và Công nghệ.')
    para(d, 'Sở Công Thương nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW; Sở Công Thương báo cáo như sau:', align='j', indent=1)
    para(d, 'I. KẾT QUẢ PHỐI HỢP', bold=True)
    para(d, '1. Phối hợp kiểm tra chất lượng xăng dầu, khí (nhiệm vụ II.5.a)', bold=True)
    ind = team_table(d, [
        ('Đoàn liên ngành QĐ 402/QĐ-SCT', '08-12/6/2026', 'Xăng dầu, cửa hàng bán lẻ', 10, 1, 20000000, 'Chủ trì: Sở KH&CN'),
        ('Đoàn liên ngành QĐ 577/QĐ-SCT', '14-16/9/2026', 'Kinh doanh khí LPG', 6, 0, 0, ''),
    ])
    para(d, 'Đánh giá tiến độ: đang thực hiện theo kế hoạch liên ngành.', italic=True, indent=1)
    para(d, '2. Góp ý quy chuẩn kỹ thuật (nhiệm vụ II.2.e)', bold=True)
    para(d, 'Sở Công Thương đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia (QCVN về xăng, nhiên liệu điêzen và nhiên liệu sinh học; QCVN về an toàn chai chứa LPG) theo đề nghị của Sở Khoa học và Công nghệ.', align='j', indent=1)
    para(d, 'Đánh giá tiến độ: đã hoàn thành.', italic=True, indent=1)
    kk = ['Thời gian đề nghị góp ý dự thảo quy chuẩn ngắn (05 ngày làm việc), khó tổ chức lấy ý kiến doanh nghiệp.']
    dx = ['Đề nghị Sở Khoa học và Công nghệ gửi dự thảo quy chuẩn cần góp ý sớm, tối thiểu 10 ngày làm việc.']
    close(d, kk, dx, ['- Như trên;', '- Lưu: VT, QLTM.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Bùi Thị Thanh Hương',
          kk_head='II. KHÓ KHĂN', dx_head='III. KIẾN NGHỊ')
    d.save(os.path.join(ROOT, fn))
    write_key(fn, 'SO-CT', '5123/BC-SCT', '2026-11-03',
              [E('II.5.a', 'in_progress', 'Phối hợp kiểm tra xăng dầu, LPG: 02 đoàn liên ngành', 'table 1', **ind),
               E('II.2.e', 'completed', 'Góp ý 02 dự thảo QCVN', 'section I.2', standards_reviewed=2)], kk, dx)


if __name__ == '__main__':
    f1(); f2(); f3(); f4()
