"""Hand D: activity log (ngày | nội dung | số người | ghi chú); the unit states totals in the text."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment
from common import *
from hand_b import put, BORDER, B, N, I


def log_table(d, rows, total=None):
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ('STT', 'Ngày', 'Nội dung hoạt động', 'Số người', 'Ghi chú')):
        cell_text(c, h, bold=True, align='c')
    for i, (dt, content, n, note) in enumerate(rows, 1):
        c = t.add_row().cells
        cell_text(c[0], str(i), align='c'); cell_text(c[1], dt, align='c'); cell_text(c[2], content)
        cell_text(c[3], str(n), align='c'); cell_text(c[4], note or '')
    if total:
        c = t.add_row().cells
        c[0].merge(c[2]); cell_text(c[0], total[0], bold=True, align='c'); cell_text(c[3], total[1], bold=True, align='c')
    return t


def sign(d, signer, who='TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'):
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), 'Nơi nhận:\n- Sở KH&CN;\n- Chi cục TĐC;\n- Lưu: VT, VHXH.', italic=True, size=11)
    cell_text(t.cell(0, 1), who + '\n\n\n\n' + signer, bold=True, align='c')


def build_d1():
    fname = 'ChoQuan-BC-CT38-2026.docx'
    d = new_doc(size=13); set_core(d, 'Ngo Thi Thu Ha')
    header_block(d, 'ỦY BAN NHÂN DÂN\nPHƯỜNG CHỢ QUÁN', '', 'Số: 264/BC-UBND', 'Chợ Quán, ngày 06 tháng 11 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường Chợ Quán', bold=True, align='c')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    t1 = ('Trong kỳ báo cáo (từ 01/01/2026 đến 31/10/2026), Ủy ban nhân dân phường đã tổ chức 04 buổi hội nghị tuyên truyền pháp luật về '
          'tiêu chuẩn, đo lường, chất lượng với tổng số 265 lượt người tham dự. Nội dung tuyên truyền đã hoàn thành theo kế hoạch năm.')
    t2 = ('Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 đợt kiểm tra tại 12 cơ sở kinh doanh (cân tại chợ, xăng dầu, vàng bạc), '
          'phát hiện 02 cơ sở vi phạm, chuyển Chi cục xử phạt 6.000.000 đồng. Công tác phối hợp kiểm tra theo phân cấp đang tiếp tục thực hiện.')
    t3 = 'Cử 02 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức; nội dung này đã hoàn thành.'
    base = len(d.element.body.findall(qn('w:p')))
    for x in (t1, t2, t3): para(d, x, align='j', indent=1)
    para(d, '(Chi tiết theo bảng theo dõi hoạt động dưới đây)', italic=True, align='c')
    log = [
        ('12/3/2026', 'Hội nghị tuyên truyền Luật Đo lường cho tiểu thương chợ trên địa bàn phường', 72, None),
        ('17/4/2026', 'Kiểm tra đo lường cân tại chợ (phối hợp Chi cục TĐC)', 6, '05 cơ sở, 01 vi phạm (nhắc nhở)'),
        ('22/5/2026', 'Hội nghị tuyên truyền quy định ghi nhãn hàng hóa cho hộ kinh doanh', 58, None),
        ('19/6/2026', 'Kiểm tra cửa hàng xăng dầu (phối hợp Chi cục TĐC)', 5, '03 cơ sở'),
        ('14/8/2026', 'Cử công chức dự lớp tập huấn nghiệp vụ TĐC tại Chi cục', 2, None),
        ('20/8/2026', 'Hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa', 80, 'Lồng ghép hội nghị khu phố'),
        ('25/9/2026', 'Kiểm tra cơ sở kinh doanh vàng bạc (phối hợp Chi cục TĐC)', 6, '04 cơ sở, 01 vi phạm, phạt 6.000.000 đồng'),
        ('16/10/2026', 'Hội nghị tuyên truyền truy xuất nguồn gốc hàng hóa', 55, None),
    ]
    tix = len(d.tables); log_table(d, log)
    para(d, 'Ghi chú: cột "Số người" đối với hoạt động kiểm tra là số thành viên đoàn kiểm tra.', italic=True, size=11)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    diffs = ['Phường chưa có kinh phí riêng cho hoạt động tuyên truyền về tiêu chuẩn, đo lường, chất lượng, phải lồng ghép với các hội nghị khác.']
    for x in diffs: para(d, '- ' + x, align='j', indent=1)
    para(d, 'III. ĐỀ XUẤT', bold=True)
    props = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu, tờ rơi tuyên truyền về đo lường, ghi nhãn hàng hóa.',
             'Đề nghị Chi cục TĐC thông báo trước lịch kiểm tra để phường bố trí lực lượng phối hợp.']
    for x in props: para(d, '- ' + x, align='j', indent=1)
    sign(d, 'Võ Minh Triết')
    d.save(os.path.join(ROOT, fname))
    entries = [
        E('II.1.a', 'completed', {'training_courses': 4, 'participants': 265}, t1, f'word/document.xml paragraph {base}; table {tix + 1}'),
        E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 12, 'violations': 2, 'fines_vnd': 6000000}, t2, f'word/document.xml paragraph {base + 1}'),
        E('II.3.a', 'completed', {'participants': 2}, t3, f'word/document.xml paragraph {base + 2}'),
    ]
    write_key(fname, '27301', '264/BC-UBND', '2026-11-06', entries, diffs, props)


def build_d2():
    fname = 'Thanh An - bao cao Chi thi 38.docx'
    d = new_doc(size=13); set_core(d, 'UBND xa Thanh An')
    header_block(d, 'ỦY BAN NHÂN DÂN\nXÃ THẠNH AN', '', 'Số: 77/BC-UBND', 'Thạnh An, ngày 27 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Về kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị 38-CT/TW năm 2026', bold=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    para(d, '1. Kết quả', bold=True)
    t1 = ('Từ đầu năm đến nay, xã đã tổ chức 03 buổi tuyên truyền lưu động về đo lường, chất lượng hàng hóa tại các ấp với 146 lượt người dân, '
          'hộ kinh doanh tham dự; phát 10 tin tuyên truyền trên hệ thống loa truyền thanh xã.')
    t2 = ('Phối hợp Chi cục TĐC kiểm tra 01 cuộc tại 08 cơ sở kinh doanh có sử dụng cân tại chợ Thạnh An và bến tàu; phối hợp Trung tâm '
          'Dịch vụ Phân tích thí nghiệm kiểm định 34 cân của hộ kinh doanh.')
    t3 = 'Các nội dung trên đang tiếp tục thực hiện trong Quý IV/2026.'
    base = len(d.element.body.findall(qn('w:p')))
    for x in (t1, t2, t3): para(d, x, align='j', indent=1)
    para(d, 'Bảng theo dõi hoạt động:', italic=True)
    log = [
        ('05/4/2026', 'Tuyên truyền lưu động tại ấp Thạnh Hòa', 40, None),
        ('21/6/2026', 'Tuyên truyền lưu động tại ấp Thiềng Liềng', 51, 'Kết hợp phát thanh 04 tin'),
        ('11/7/2026', 'Kiểm tra cân tại chợ Thạnh An, bến tàu (phối hợp Chi cục TĐC)', 7, '08 cơ sở'),
        ('11/7/2026', 'Kiểm định cân của hộ kinh doanh (Trung tâm Dịch vụ Phân tích thí nghiệm)', None, '34 cân'),
        ('29/8/2026', 'Tuyên truyền lưu động tại ấp Thạnh Bình', 55, 'Phát thanh 06 tin'),
    ]
    log = [(a, b, ('' if c is None else c), e) for a, b, c, e in log]
    tix = len(d.tables); log_table(d, log, total=('Tổng cộng', '153'))
    para(d, '2. Khó khăn, vướng mắc', bold=True)
    diffs = ['Xã đảo, đi lại phụ thuộc tàu, khó phối hợp đoàn kiểm tra từ đất liền.',
             'Chưa có kinh phí in ấn tài liệu tuyên truyền.']
    for x in diffs: para(d, '- ' + x, align='j', indent=1)
    para(d, '3. Kiến nghị', bold=True)
    props = ['Kiến nghị Sở Khoa học và Công nghệ xem xét tổ chức kiểm định phương tiện đo lưu động định kỳ tại xã Thạnh An.']
    for x in props: para(d, '- ' + x, align='j', indent=1)
    sign(d, 'Lê Văn Hậu', who='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')
    d.save(os.path.join(ROOT, fname))
    entries = [
        E('II.1.a', 'in_progress', {'training_courses': 3, 'participants': 146, 'communications': 10}, t1 + ' ' + t3, f'word/document.xml paragraph {base}'),
        E('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 8, 'instruments_verified': 34}, t2 + ' ' + t3, f'word/document.xml paragraph {base + 1}'),
    ]
    write_key(fname, '27676', '77/BC-UBND', '2026-10-27', entries, diffs, props)


def build_d3():
    fname = 'CCTDC_nhat ky dao tao tap huan 2026.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Bao cao'
    put(ws, 1, 1, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'); put(ws, 1, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B)
    put(ws, 2, 1, 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', B); put(ws, 2, 5, 'Độc lập - Tự do - Hạnh phúc', B)
    put(ws, 3, 1, 'Số: 512/BC-CCTĐC'); put(ws, 3, 5, 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', I)
    put(ws, 5, 1, 'BÁO CÁO KẾT QUẢ CÔNG TÁC TẬP HUẤN, ĐÀO TẠO THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', B)
    lines = [
        ('1. Tập huấn văn bản quy phạm pháp luật về TĐC cho tổ chức, doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu: đã tổ chức 03 lớp tập huấn và 01 buổi tọa đàm (04 lớp/buổi) với 386 lượt người tham dự. Hoàn thành.'),
        ('2. Tập huấn nghiệp vụ cho công chức các sở, ngành, UBND phường, xã, đặc khu: đã tổ chức 02 lớp với 214 lượt người tham dự. Đang thực hiện (còn 01 lớp dự kiến tháng 11/2026).'),
        ('3. Bồi dưỡng chuyên sâu về năng suất, chất lượng: 02 khóa với 95 học viên. Hoàn thành.'),
        ('4. Đào tạo cho sinh viên về mã số, mã vạch, truy xuất nguồn gốc: 01 lớp tại Trường Cao đẳng Kỹ thuật Cao Thắng với 120 sinh viên. Đang thực hiện.'),
        ('Tổng cộng: 09 lớp/buổi, 815 lượt người (chi tiết tại sheet "Nhat ky").'),
        ('Khó khăn: Doanh nghiệp nhỏ và vừa ít cử người tham dự các khóa bồi dưỡng dài ngày.'),
        ('Đề xuất: Đề nghị Sở cho phép tổ chức các lớp theo hình thức trực tuyến kết hợp trực tiếp để tăng số lượng học viên.'),
    ]
    for k, x in enumerate(lines):
        put(ws, 7 + k, 1, x, wrap=True); ws.merge_cells(start_row=7 + k, start_column=1, end_row=7 + k, end_column=7)
        ws.row_dimensions[7 + k].height = 45
    ws.column_dimensions['A'].width = 14
    put(ws, 16, 5, 'KT. CHI CỤC TRƯỞNG', B); put(ws, 17, 5, 'PHÓ CHI CỤC TRƯỞNG', B); put(ws, 21, 5, 'Hà Thị Ngọc Diệp', B)
    lg = wb.create_sheet('Nhat ky')
    hdr = ['STT', 'Ngày', 'Tên lớp / hoạt động', 'Đối tượng', 'Số người', 'Địa điểm', 'Ghi chú']
    for j, h in enumerate(hdr, 1): put(lg, 1, j, h, B, True, True, 'center')
    log = [
        ('12/03/2026', 'Tập huấn văn bản QPPL về TĐC', 'Doanh nghiệp sản xuất, kinh doanh', 110, 'Hội trường Sở', None),
        ('09/04/2026', 'Tọa đàm với doanh nghiệp nhập khẩu', 'Doanh nghiệp nhập khẩu', 64, 'Chi cục', None),
        ('18/06/2026', 'Tập huấn văn bản QPPL về TĐC (đợt 2)', 'Doanh nghiệp, hộ kinh doanh', 102, 'Bình Dương (cũ)', None),
        ('07/07/2026', 'Khóa bồi dưỡng năng suất, chất lượng - khóa 1', 'Doanh nghiệp', 48, 'Chi cục', '05 ngày'),
        ('11/08/2026', 'Khóa bồi dưỡng năng suất, chất lượng - khóa 2', 'Doanh nghiệp', 47, 'Chi cục', '05 ngày'),
        ('14/08/2026', 'Tập huấn nghiệp vụ QLNN về TĐC', 'Công chức UBND phường, xã, đặc khu', 118, 'Hội trường Sở', None),
        ('10/09/2026', 'Tập huấn văn bản QPPL về TĐC (đợt 3)', 'Doanh nghiệp', 110, 'Bà Rịa - Vũng Tàu (cũ)', None),
        ('24/09/2026', 'Tập huấn nghiệp vụ QLNN về TĐC', 'Công chức các sở, ngành', 96, 'Hội trường Sở', None),
        ('15/10/2026', 'Đào tạo mã số, mã vạch, truy xuất nguồn gốc', 'Sinh viên CĐ Kỹ thuật Cao Thắng', 120, 'Trường Cao Thắng', None),
    ]
    for i, row in enumerate(log, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1): put(lg, 1 + i, j, v, N, True, j in (3, 4))
    put(lg, 11, 3, 'Tổng cộng', B, True); put(lg, 11, 5, '=SUM(E2:E10)', B, True)
    for col, w in zip('ABCDEFG', (5, 12, 40, 32, 10, 22, 12)): lg.column_dimensions[col].width = w
    wb.properties.creator = 'Phong TC-CL'
    wb.save(os.path.join(ROOT, fname))
    src = lambda k: f'xl/worksheets/sheet1.xml row {7 + k}'
    entries = [
        E('II.1.a', 'completed', {'training_courses': 4, 'participants': 386}, lines[0], src(0)),
        E('II.3.a', 'in_progress', {'training_courses': 2, 'participants': 214}, lines[1], src(1)),
        E('II.3.b', 'completed', {'training_courses': 2, 'participants': 95}, lines[2], src(2)),
        E('II.3.d', 'in_progress', {'training_courses': 1, 'participants': 120}, lines[3], src(3)),
    ]
    write_key(fname, 'SKHCN-CCTDC', '512/BC-CCTĐC', '2026-10-30', entries,
              ['Doanh nghiệp nhỏ và vừa ít cử người tham dự các khóa bồi dưỡng dài ngày.'],
              ['Đề nghị Sở cho phép tổ chức các lớp theo hình thức trực tuyến kết hợp trực tiếp để tăng số lượng học viên.'])


if __name__ == '__main__':
    build_d1(); build_d2(); build_d3()
