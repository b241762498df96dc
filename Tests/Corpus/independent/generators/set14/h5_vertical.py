"""Hand 5 — Đặng Văn Lộc: landscape Word report built around one big table with two header
rows, many merged header cells, vertical (btLr) header text for narrow numeric columns, a
column-number row '(1) (2) …', group rows merged across the table, money in 'triệu đồng'
with decimal comma. Status column 'Tiến độ' holds 'Hoàn thành' / 'Đang thực hiện' /
'Chưa thực hiện' / 'Không phát sinh'. A short narrative above, KK/KN as numbered paragraphs."""
import os
from docx.shared import Pt, Cm
from lib import *

SUB = ['Hội nghị, lớp tập huấn (lớp)', 'Lượt người tham dự', 'Tin, bài tuyên truyền', 'DN, tổ chức được hỗ trợ', 'Kinh phí (triệu đồng)']
W = [1.0, 1.3, 5.2, 6.2, 1.2, 1.4, 1.2, 1.3, 1.6, 1.4, 3.4]


def money_tr(v):
    if v is None:
        return ''
    tr = v / 1e6
    s = f'{tr:.1f}'.rstrip('0').rstrip('.')
    return s.replace('.', ',')


def big_table(d, groups):
    """groups: [(group_title, [(code, task, activity, [c,p,comm,ent,money_vnd], status, note)])]"""
    t = d.add_table(rows=3, cols=11); grid(t)
    r0, r1, r2 = t.rows
    for i, h in ((0, 'STT'), (1, 'Mã nhiệm vụ'), (2, 'Nội dung nhiệm vụ\n(theo Kế hoạch)'), (3, 'Hoạt động đã triển khai'), (9, 'Tiến độ'), (10, 'Ghi chú')):
        a = r0.cells[i].merge(r1.cells[i])
        cell_text(a, h, bold=True, align='c', size=11)
        if i in (0, 1, 9):
            vertical(a)
    k = r0.cells[4].merge(r0.cells[8])
    cell_text(k, 'Kết quả thực hiện', bold=True, align='c', size=11)
    for j, h in enumerate(SUB):
        cell_text(r1.cells[4 + j], h, bold=True, align='c', size=10)
        vertical(r1.cells[4 + j])
    row_height(r1, 3.6)
    for j in range(11):
        cell_text(r2.cells[j], f'({j+1})', italic=True, align='c', size=10)
    n = 0
    for gt, items in groups:
        g = t.add_row().cells
        m = g[0].merge(g[10])
        cell_text(m, gt, bold=True, size=11)
        for code, task, act, vals, st, note in items:
            n += 1
            c = t.add_row().cells
            cell_text(c[0], str(n), align='c', size=11)
            cell_text(c[1], code, align='c', size=11)
            cell_text(c[2], task, size=11)
            cell_text(c[3], act, size=11)
            for j, v in enumerate(vals):
                s = money_tr(v) if j == 4 else ('' if v is None else (f'{v:,}'.replace(',', '.')))
                cell_text(c[4 + j], s, align='c', size=11)
            cell_text(c[9], st, align='c', size=11)
            vertical(c[9])
            cell_text(c[10], note, size=10)
    set_widths(t, W)
    return t


def front(d, left, number, place_date, title, kg):
    header_block(d, left, None, number, place_date)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title, bold=True, align='c')
    para(d, 'Kính gửi: ' + kg, align='c')


def back(d, kk, dx, nn, sig, name):
    para(d)
    para(d, 'KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ', bold=True)
    para(d, 'a) Khó khăn, vướng mắc:', italic=True)
    for i, x in enumerate(kk, 1):
        para(d, f'{i}. {x}', align='j', indent=1)
    para(d, 'b) Kiến nghị, đề xuất:', italic=True)
    for i, x in enumerate(dx, 1):
        para(d, f'{i}. {x}', align='j', indent=1)
    signature(d, nn, sig, name)


def f1():
    fn = 'CDS_BC trien khai KH CT38 nam 2026.docx'
    d = new_doc(landscape=True, margins=(2, 2, 2, 1.5))
    front(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('PHÒNG CHUYỂN ĐỔI SỐ', True)], 'Số: 34/BC-CĐS',
          'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
          'Tình hình thực hiện các nhiệm vụ phối hợp thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'Chi cục Tiêu chuẩn Đo lường Chất lượng.')
    para(d, 'Phòng Chuyển đổi số báo cáo kết quả thực hiện các nhiệm vụ được phân công phối hợp (chi tiết tại bảng dưới đây):', align='j', indent=1)
    big_table(d, [
        ('Nhóm 2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng', [
            ('II.2.h', 'Kết nối Hệ thống TTHC Bộ KH&CN với Cổng một cửa quốc gia', 'Phối hợp cấu hình trục tích hợp, kiểm thử đồng bộ hồ sơ KTNN hàng nhập khẩu', [None] * 5, 'Hoàn thành', 'Vận hành từ 03/2026'),
            ('II.2.i', 'Kết nối, áp dụng CSDL quốc gia về TĐC', 'Hội thảo chia sẻ, khai thác dữ liệu TĐC; xây dựng API kết nối kho dữ liệu dùng chung của Sở', [1, 60, None, None, 45500000], 'Đang thực hiện', 'Hoàn thiện API trong Quý IV'),
        ]),
        ('Nhóm 6. Trao đổi thông tin, hợp tác', [
            ('II.6.a', 'Cập nhật điều ước, thỏa thuận quốc tế về TĐC', '—', [None] * 5, 'Không phát sinh', ''),
        ]),
    ])
    kk = ['Dữ liệu tiêu chuẩn, đo lường, chất lượng của Bộ chưa công bố đầy đủ giao diện lập trình ứng dụng (API) để kết nối.']
    dx = ['Đề nghị Chi cục đầu mối làm việc với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia để được cấp tài khoản kết nối cơ sở dữ liệu quốc gia.']
    back(d, kk, dx, ['- Như trên;', '- Lưu: CĐS.'], ['TRƯỞNG PHÒNG'], 'Đặng Văn Lộc')
    d.save(os.path.join(ROOT, fn))
    ent = [E('II.2.h', 'completed', 'Phối hợp cấu hình trục tích hợp, kiểm thử đồng bộ hồ sơ', 'table 3 row 5'),
           E('II.2.i', 'in_progress', 'Hội thảo chia sẻ dữ liệu TĐC; API kết nối', 'table 3 row 6', training_courses=1, participants=60, budget_spent_vnd=45500000),
           E('II.6.a', 'not_applicable', 'Không phát sinh', 'table 3 row 8')]
    write_key(fn, 'SKHCN-CDS', '34/BC-CĐS', '2026-10-28', ent, kk, dx)


def f2():
    fn = 'TT CNTT-DKG_BC CT38_2026.docx'
    d = new_doc(landscape=True, margins=(2, 2, 2, 1.5))
    front(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('TRUNG TÂM CÔNG NGHỆ THÔNG TIN', True), ('VÀ ĐỊA KHÔNG GIAN', True)], 'Số: 77/BC-TTCNTT',
          'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
          'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'Chi cục Tiêu chuẩn Đo lường Chất lượng.')
    para(d, 'Trung tâm được giao phối hợp thực hiện nhiệm vụ tại điểm i khoản 2 Mục II của Kế hoạch. Kết quả cụ thể như sau:', align='j', indent=1)
    big_table(d, [
        ('Nhóm 2. Quản lý nhà nước về TĐC', [
            ('II.2.i', 'Kết nối, triển khai, áp dụng hệ thống CSDL quốc gia về TĐC', 'Triển khai máy chủ, đường truyền; 02 buổi tập huấn khai thác CSDL cho công chức Chi cục và các phòng', [2, 85, None, None, 120000000], 'Đang thực hiện', 'Đã chạy thử kho dữ liệu'),
        ]),
    ])
    kk = ['Hạ tầng máy chủ của Trung tâm đang vận hành gần hết công suất.',
          'Chưa có quy chế chia sẻ, khai thác dữ liệu tiêu chuẩn, đo lường, chất lượng giữa các đơn vị thuộc Sở.']
    dx = ['Đề nghị Sở ban hành quy chế khai thác, chia sẻ dữ liệu tiêu chuẩn, đo lường, chất lượng trong Quý I/2027.']
    back(d, kk, dx, ['- Như trên;', '- Lưu: VT, HCTH.'], ['GIÁM ĐỐC'], 'Lâm Quốc Việt')
    d.save(os.path.join(ROOT, fn)); lo_resave(os.path.join(ROOT, fn), 'docx')
    write_key(fn, 'SKHCN-TTCNTT', '77/BC-TTCNTT', '2026-11-02',
              [E('II.2.i', 'in_progress', 'Triển khai máy chủ; 02 buổi tập huấn khai thác CSDL', 'table 3 row 5', training_courses=2, participants=85, budget_spent_vnd=120000000)], kk, dx)


def f3():
    fn = 'SGDDT_4415_BC_CT38_dao tao TDC truong hoc.docx'
    d = new_doc(landscape=True, margins=(2, 2, 2, 1.5))
    front(d, [('ỦY BAN NHÂN DÂN', False), ('THÀNH PHỐ HỒ CHÍ MINH', False), ('SỞ GIÁO DỤC VÀ ĐÀO TẠO', True)], 'Số: 4415/BC-SGDĐT',
          'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
          'Kết quả phối hợp tuyên truyền, đào tạo kiến thức tiêu chuẩn, đo lường, chất lượng trong các cơ sở giáo dục năm 2026', 'Sở Khoa học và Công nghệ.')
    para(d, 'Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo tổng hợp kết quả như sau:', align='j', indent=1)
    big_table(d, [
        ('Nhóm 1. Tuyên truyền', [
            ('II.1.a', 'Tập huấn VBQPPL về TĐC', 'Không có đề nghị phối hợp trong kỳ', [None] * 5, 'Không phát sinh', ''),
        ]),
        ('Nhóm 3. Nguồn nhân lực', [
            ('II.3.d', 'Đào tạo, bồi dưỡng về TĐC cho viên chức, sinh viên các trường', 'Tọa đàm ngoại khóa "Mã số mã vạch, truy xuất nguồn gốc" tại 05 trường cao đẳng, trung cấp; đăng tin trên trang thông tin của Sở GD&ĐT', [5, 1240, 3, None, None], 'Đang thực hiện', 'Quý IV tiếp tục tại 03 trường'),
        ]),
    ])
    kk = ['Lịch học của các trường dày, khó bố trí thời gian tổ chức hoạt động ngoại khóa.']
    dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn tài liệu ngắn gọn về tiêu chuẩn, đo lường, chất lượng phù hợp với học sinh, sinh viên.']
    back(d, kk, dx, ['- Như trên;', '- Lưu: VT, GDNN-GDTX.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Bảo Quốc')
    d.save(os.path.join(ROOT, fn))
    write_key(fn, 'SO-GDDT', '4415/BC-SGDĐT', '2026-10-23',
              [E('II.1.a', 'not_applicable', 'Không phát sinh', 'table 3 row 5'),
               E('II.3.d', 'in_progress', 'Tọa đàm ngoại khóa tại 05 trường', 'table 3 row 7', training_courses=5, participants=1240, communications=3)], kk, dx)


def f4():
    fn = 'PhuNhuan_BC CT38_T10.docx'
    d = new_doc(landscape=True, margins=(2, 2, 2, 1.5))
    front(d, [('ỦY BAN NHÂN DÂN', False), ('PHƯỜNG PHÚ NHUẬN', True)], 'Số: 377/BC-UBND',
          'Phú Nhuận, ngày 19 tháng 10 năm 2026',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026', 'Sở Khoa học và Công nghệ.')
    para(d, 'Ủy ban nhân dân Phường Phú Nhuận báo cáo kết quả theo biểu dưới đây; kết quả kiểm tra ghi tại cột Ghi chú.', align='j', indent=1)
    big_table(d, [
        ('1. Tuyên truyền', [
            ('II.1.a', 'Tuyên truyền, phổ biến pháp luật về TĐC', 'Hội nghị phổ biến pháp luật về TĐC cho hộ kinh doanh; tin bài trên trang thông tin điện tử, Zalo phường', [1, 150, 6, None, 8000000], 'Hoàn thành', ''),
        ]),
        ('2. Nhân lực', [
            ('II.3.a', 'Tập huấn nghiệp vụ TĐC cho công chức', 'Cử công chức dự lớp do Chi cục tổ chức', [None, 3, None, None, None], 'Hoàn thành', ''),
        ]),
        ('3. Kiểm tra', [
            ('II.5.c', 'Thực hiện nội dung phân quyền QLNN về TĐC', 'Kiểm tra đo lường, ghi nhãn tại chợ Phú Nhuận và cửa hàng tiện lợi', [None] * 5, 'Đang thực hiện', '02 cuộc/18 cơ sở; 01 cơ sở vi phạm; phạt 3,5 triệu đồng'),
        ]),
    ])
    kk = ['Hộ kinh doanh tại chợ thường xuyên thay đổi, khó theo dõi việc khắc phục sau kiểm tra.']
    dx = ['Đề nghị Chi cục cung cấp tài liệu tuyên truyền in sẵn về đo lường trong mua bán cho các chợ.']
    back(d, kk, dx, ['- Như trên;', '- Lưu: VT, KT.'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Huỳnh Thị Kim Ngân')
    d.save(os.path.join(ROOT, fn))
    write_key(fn, '27073', '377/BC-UBND', '2026-10-19',
              [E('II.1.a', 'completed', 'Hội nghị phổ biến pháp luật về TĐC; tin bài', 'table 3 row 5', training_courses=1, participants=150, communications=6, budget_spent_vnd=8000000),
               E('II.3.a', 'completed', 'Cử công chức dự lớp do Chi cục tổ chức', 'table 3 row 7', participants=3),
               E('II.5.c', 'in_progress', '02 cuộc/18 cơ sở; 01 cơ sở vi phạm; phạt 3,5 triệu đồng', 'table 3 row 9',
                 inspections=2, establishments_inspected=18, violations=1, fines_vnd=3500000)], kk, dx)


if __name__ == '__main__':
    f1(); f2(); f3(); f4()
