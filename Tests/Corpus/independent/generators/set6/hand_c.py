"""Hand C: one column per status (Đã hoàn thành | Đang thực hiện | Chưa thực hiện) ticked with x / ✓ / X."""
import os
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import *
from hand_b import put, BORDER, B, N, I, resave_lo

COL = {'completed': 2, 'in_progress': 3, 'not_started': 4}


def landscape(d):
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)


def status_table(d, rows, tick):
    """rows: (content, status_or_None, result_text)."""
    t = d.add_table(rows=2 + len(rows), cols=6); t.style = 'Table Grid'
    h = t.rows[0].cells
    cell_text(h[0], 'STT', bold=True, align='c'); cell_text(h[1], 'Nội dung nhiệm vụ', bold=True, align='c')
    cell_text(h[2], 'Tình hình thực hiện', bold=True, align='c'); cell_text(h[5], 'Kết quả cụ thể / Ghi chú', bold=True, align='c')
    h[2].merge(h[4])
    sub = t.rows[1].cells
    for j, s in zip((2, 3, 4), ('Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện')):
        cell_text(sub[j], s, bold=True, align='c')
    t.cell(0, 0).merge(t.cell(1, 0)); t.cell(0, 1).merge(t.cell(1, 1)); t.cell(0, 5).merge(t.cell(1, 5))
    for i, (content, st, res) in enumerate(rows):
        c = t.rows[2 + i].cells
        cell_text(c[0], str(i + 1), align='c'); cell_text(c[1], content, align='j'); cell_text(c[5], res, align='j')
        if st in COL:
            cell_text(c[COL[st]], tick, align='c')
    return t


def doc_c(fname, left1, left2, number, date_line, title, intro, rows, tick, diffs, props, signer, author, none_text='Không có.'):
    d = new_doc(size=13); landscape(d); set_core(d, author)
    header_block(d, left1, left2, number, date_line)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, title, bold=True, align='c')
    para(d, intro, align='j', indent=1.27)
    para(d, 'I. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ', bold=True)
    tidx = len(d.tables)
    status_table(d, rows, tick)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    if diffs:
        for x in diffs: para(d, '- ' + x, align='j', indent=1.27)
    else:
        para(d, none_text, align='j', indent=1.27)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    if props:
        for x in props: para(d, '- ' + x, align='j', indent=1.27)
    else:
        para(d, none_text, align='j', indent=1.27)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', italic=True, size=11)
    cell_text(t.cell(0, 1), signer, bold=True, align='c')
    d.save(os.path.join(ROOT, fname))
    return tidx


def build_c1():
    fname = 'SYT_bao_cao_CT38-2026.docx'
    rows = [
        ('Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở Y tế', 'completed',
         'Đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/6/2026.'),
        ('Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia về trang thiết bị y tế', 'completed',
         'Góp ý 02 dự thảo QCVN về thiết bị chẩn đoán in vitro và 01 dự thảo TCVN về máy đo huyết áp.'),
        ('Cử công chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng', 'in_progress',
         'Đã cử 04 lượt công chức tham dự; tiếp tục cử tham dự lớp tập huấn Quý IV/2026.'),
        ('Phối hợp kiểm tra đo lường đối với phương tiện đo nhóm 2 sử dụng trong y tế (huyết áp kế, nhiệt kế y học)', 'in_progress',
         'Phối hợp Chi cục TĐC kiểm tra 03 cuộc tại 15 cơ sở khám bệnh, chữa bệnh tư nhân; 312 phương tiện đo đã được kiểm định.'),
        ('Khen thưởng, bảo vệ người tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng', None, 'Không phát sinh.'),
    ]
    diffs = ['Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa lập sổ theo dõi kiểm định phương tiện đo nhóm 2.']
    props = ['Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn chuyên đề về đo lường trong lĩnh vực y tế cho các cơ sở khám bệnh, chữa bệnh.']
    ti = doc_c(fname, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', 'Số: 5127/BC-SYT',
               'Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026',
               'Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
               'Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo như sau:',
               rows, 'x', diffs, props, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Hoài Nam', 'Phong KHTC - SYT')
    src = lambda i: f'word/document.xml table {ti + 1} row {i + 3}'
    entries = [
        E('II.2.đ', 'completed', {}, rows[0][2], src(0)),
        E('II.2.e', 'completed', {'standards_reviewed': 3}, rows[1][2], src(1)),
        E('II.3.a', 'in_progress', {'participants': 4}, rows[2][2], src(2)),
        E('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 15, 'instruments_verified': 312}, rows[3][2], src(3)),
        E('II.5.d', 'not_applicable', {}, rows[4][2], src(4)),
    ]
    write_key(fname, 'SO-YT', '5127/BC-SYT', '2026-10-24', entries, diffs, props)


def build_c2():
    fname = 'P.CDS - BC nhiem vu CT38 nam 2026.docx'
    rows = [
        ('Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC về TĐC; kết nối liên thông Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước chất lượng hàng nhập khẩu',
         'completed', 'Đã phối hợp Chi cục hoàn thành kết nối liên thông 04 thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu.'),
        ('Kết nối, triển khai, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', 'in_progress',
         'Đã hoàn thành khảo sát hạ tầng; đang chờ Ủy ban TĐC Quốc gia cấp tài khoản kết nối API.'),
        ('Phối hợp xây dựng, duy trì hệ thống quản lý chất lượng trong hoạt động của Sở', 'completed',
         'Số hóa toàn bộ quy trình ISO trên phần mềm quản lý văn bản.'),
        ('Phối hợp thúc đẩy năng suất khu vực công với Tổ chức Năng suất Châu Á (APO)', 'not_started', 'Chưa có yêu cầu phối hợp.'),
    ]
    diffs = ['Chưa có tài liệu kỹ thuật kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.']
    props = ['Đề nghị Chi cục TĐC đầu mối liên hệ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia để sớm cấp tài khoản kết nối.',
             'Đề nghị bố trí kinh phí chuyển đổi số năm 2027 cho hạng mục kết nối dữ liệu TĐC.']
    ti = doc_c(fname, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', 'Số: 38/BC-CĐS',
               'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
               'Tình hình thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
               'Phòng Chuyển đổi số báo cáo tình hình thực hiện các nhiệm vụ phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:',
               rows, '✓', diffs, props, 'TRƯỞNG PHÒNG\n\n\n\nLâm Gia Khánh', 'khanh.lg')
    src = lambda i: f'word/document.xml table {ti + 1} row {i + 3}'
    entries = [
        E('II.2.h', 'completed', {}, rows[0][2], src(0)),
        E('II.2.i', 'in_progress', {}, rows[1][2], src(1)),
        E('II.2.đ', 'completed', {}, rows[2][2], src(2)),
        E('II.6.b', 'not_started', {}, rows[3][2], src(3)),
    ]
    write_key(fname, 'SKHCN-CDS', '38/BC-CĐS', '2026-10-30', entries, diffs, props)


def build_c3():
    fname = 'SXD_KQ_CT38_2026.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    put(ws, 1, 1, 'ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH'); put(ws, 1, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B)
    put(ws, 2, 1, 'SỞ XÂY DỰNG', B); put(ws, 2, 5, 'Độc lập - Tự do - Hạnh phúc', B)
    put(ws, 3, 1, 'Số: 9021/BC-SXD'); put(ws, 3, 5, 'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026', I)
    put(ws, 5, 1, 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', B)
    ws.merge_cells('A5:F5')
    r0 = 7
    for j, h in enumerate(['STT', 'Nội dung nhiệm vụ', 'Tình hình thực hiện', None, None, 'Kết quả cụ thể'], 1):
        put(ws, r0, j, h, B, True, True, 'center')
    for j, h in zip((3, 4, 5), ('Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện')):
        put(ws, r0 + 1, j, h, B, True, True, 'center')
    for j in (1, 2, 6): put(ws, r0 + 1, j, None, B, True)
    ws.merge_cells(start_row=r0, start_column=3, end_row=r0, end_column=5)
    for j in (1, 2, 6): ws.merge_cells(start_row=r0, start_column=j, end_row=r0 + 1, end_column=j)
    rows = [
        ('Góp ý dự thảo QCVN, TCVN lĩnh vực xây dựng, vật liệu xây dựng', 'in_progress', 'Đã góp ý 05 dự thảo (03 QCVN, 02 TCVN); tiếp tục góp ý khi Bộ Xây dựng, Bộ KH&CN đề nghị.'),
        ('Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 'completed', 'Đã đánh giá nội bộ, xem xét của lãnh đạo năm 2026.'),
        ('Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường', 'in_progress',
         '06 cuộc kiểm tra tại 24 cơ sở kinh doanh; lấy 18 mẫu thử nghiệm; 02 cơ sở vi phạm, xử phạt 30.000.000 đồng.'),
        ('Tham gia xây dựng quy chuẩn kỹ thuật địa phương', 'not_started', 'Chưa có đề xuất xây dựng quy chuẩn kỹ thuật địa phương thuộc lĩnh vực xây dựng.'),
    ]
    for i, (c, st, res) in enumerate(rows):
        r = r0 + 2 + i
        put(ws, r, 1, i + 1, N, True, False, 'center'); put(ws, r, 2, c, N, True, True)
        for k in (3, 4, 5): put(ws, r, k, None, N, True, False, 'center')
        ws.cell(r, {'completed': 3, 'in_progress': 4, 'not_started': 5}[st]).value = 'x'
        put(ws, r, 6, res, N, True, True)
    for col, w in zip('ABCDEF', (6, 42, 12, 12, 12, 55)): ws.column_dimensions[col].width = w
    r = r0 + 2 + len(rows) + 1
    diffs = ['Kinh phí lấy mẫu, thử nghiệm vật liệu xây dựng chưa được bố trí riêng, phải lồng ghép vào kinh phí thường xuyên.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng vật liệu xây dựng để phục vụ công tác kiểm tra.']
    put(ws, r, 1, 'Khó khăn, vướng mắc:', B); put(ws, r + 1, 2, diffs[0])
    put(ws, r + 2, 1, 'Đề xuất, kiến nghị:', B); put(ws, r + 3, 2, props[0])
    put(ws, r + 5, 6, 'KT. GIÁM ĐỐC', B); put(ws, r + 6, 6, 'PHÓ GIÁM ĐỐC', B); put(ws, r + 10, 6, 'Bùi Thanh Sơn', B)
    wb.properties.creator = 'Phong KTVLXD'
    path = os.path.join(ROOT, fname); wb.save(path); resave_lo(path)
    src = lambda i: f'xl/worksheets/sheet1.xml row {r0 + 2 + i}'
    entries = [
        E('II.2.e', 'in_progress', {'standards_reviewed': 5}, rows[0][2] + ' / ' + rows[3][2], src(0) + '; row %d' % (r0 + 5)),
        E('II.2.đ', 'completed', {}, rows[1][2], src(1)),
        E('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 24, 'samples_tested': 18, 'violations': 2, 'fines_vnd': 30000000}, rows[2][2], src(2)),
    ]
    write_key(fname, 'SO-XD', '9021/BC-SXD', '2026-11-12', entries, diffs, props)


def build_c4():
    fname = 'VPS_bao cao CT38.docx'
    rows = [
        ('Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở', 'completed',
         'Tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 35 công chức, viên chức; hoàn thành đánh giá nội bộ tháng 9/2026.'),
        ('Phối hợp đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở', 'in_progress',
         'Đã giải ngân 1.215.000.000 đồng trên tổng kế hoạch vốn 3.400.000.000 đồng.'),
        ('Phối hợp kết nối Hệ thống thông tin giải quyết TTHC với Cổng thông tin một cửa quốc gia', 'completed', 'Hoàn thành trong Quý I/2026.'),
        ('Tiếp nhận, xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng', 'in_progress',
         'Tiếp nhận 07 phản ánh qua đường dây nóng, đã chuyển Chi cục TĐC xử lý theo thẩm quyền.'),
    ]
    ti = doc_c(fname, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ', 'Số: 412/BC-VP',
               'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
               'Kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
               'Văn phòng Sở báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì, phối hợp như sau:',
               rows, 'X', [], [], 'CHÁNH VĂN PHÒNG\n\n\n\nTrịnh Thị Mai Anh', 'vp.skhcn', none_text='Không có.')
    src = lambda i: f'word/document.xml table {ti + 1} row {i + 3}'
    entries = [
        E('II.2.đ', 'completed', {'training_courses': 1, 'participants': 35}, rows[0][2], src(0)),
        E('II.4.a', 'in_progress', {'budget_spent_vnd': 1215000000}, rows[1][2], src(1)),
        E('II.2.h', 'completed', {}, rows[2][2], src(2)),
        E('II.5.d', 'in_progress', {}, rows[3][2], src(3)),
    ]
    write_key(fname, 'SKHCN-VP', '412/BC-VP', '2026-10-29', entries, [], [])


if __name__ == '__main__':
    build_c1(); build_c2(); build_c3(); build_c4()
