# -*- coding: utf-8 -*-
"""Hand C - anh Phạm Minh Khoa, chuyên viên tổng hợp ở các đơn vị thuộc Sở.
One sheet: multi-period columns 'Giai đoạn 2021 – 2025 | Năm 2025 | Năm 2026 (đến ...)' beside a
'Mục tiêu phấn đấu' text column; the status 'Tình hình thực hiện' is ONE merged cell spanning all
rows of a group of the unit's own; a reference group of whole-unit figures; money in 'triệu đồng'."""
from gen_common import *
from openpyxl.utils import get_column_letter

FILES = []
COLS = ['STT', 'Nội dung', 'ĐVT', 'Giai đoạn\n2021 – 2025', 'Năm 2025', None, 'Mục tiêu phấn đấu', 'Tình hình thực hiện']


def c_book(fname, sheetname, unit_lines, so, date_words, title, period_hdr, groups, diffs, props, signer_lines):
    wb = Workbook()
    ws = wb.active
    ws.title = sheetname
    widths = [6, 46, 11, 13, 11, 13, 26, 24]
    for k, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(k)].width = w
    ws.merge_cells('A1:C1'); xcell(ws, 'A1', unit_lines[0], border=False, h='center')
    ws.merge_cells('A2:C2'); xcell(ws, 'A2', unit_lines[1], b=True, border=False, h='center')
    ws.merge_cells('E1:H1'); xcell(ws, 'E1', QH, b=True, border=False, h='center')
    ws.merge_cells('E2:H2'); xcell(ws, 'E2', DL, b=True, border=False, h='center')
    ws.merge_cells('A3:C3'); xcell(ws, 'A3', 'Số: ' + so, border=False, h='center')
    ws.merge_cells('E3:H3'); xcell(ws, 'E3', 'Thành phố Hồ Chí Minh, ' + date_words, i=True, border=False, h='center')
    ws.merge_cells('A5:H5'); xcell(ws, 'A5', title[0], b=True, border=False, h='center', size=13)
    ws.merge_cells('A6:H6'); xcell(ws, 'A6', title[1], i=True, border=False, h='center')
    r = 8
    cols = list(COLS); cols[5] = period_hdr
    for k, v in enumerate(cols, 1):
        xcell(ws, f'{get_column_letter(k)}{r}', v, b=True, h='center', v='center', fill='D9E1F2')
    r += 1
    for k in range(1, 9):
        xcell(ws, f'{get_column_letter(k)}{r}', f'({k})', i=True, h='center', size=10)
    r += 1
    for roman, gname, status, rows in groups:
        xcell(ws, f'A{r}', roman, b=True, h='center')
        ws.merge_cells(f'B{r}:H{r}')
        xcell(ws, f'B{r}', gname, b=True)
        for k in range(3, 9):
            ws.cell(row=r, column=k).border = BOX
        r += 1
        first = r
        for row in rows:
            stt, content, dvt, v1, v2, v3, target = row
            xcell(ws, f'A{r}', stt, h='center')
            xcell(ws, f'B{r}', content)
            xcell(ws, f'C{r}', dvt, h='center')
            for col, v in zip('DEF', (v1, v2, v3)):
                fmt = None
                if isinstance(v, float):
                    fmt = '#,##0.0#'
                elif isinstance(v, int):
                    fmt = '#,##0'
                xcell(ws, f'{col}{r}', v, h='right' if not isinstance(v, str) else 'center', fmt=fmt)
            xcell(ws, f'G{r}', target, i=True)
            ws.cell(row=r, column=8).border = BOX
            r += 1
        ws.merge_cells(f'H{first}:H{r-1}')
        xcell(ws, f'H{first}', status, v='center', h='center')
    r += 1
    xcell(ws, f'A{r}', 'Khó khăn, vướng mắc:', b=True, wrap=False, border=False); r += 1
    for k, x in enumerate(diffs, 1):
        xcell(ws, f'A{r}', f'{k}.', border=False, h='right')
        ws.merge_cells(f'B{r}:H{r}'); xcell(ws, f'B{r}', x, border=False)
        ws.row_dimensions[r].height = 32
        r += 1
    xcell(ws, f'A{r}', 'Kiến nghị, đề xuất:', b=True, wrap=False, border=False); r += 1
    for k, x in enumerate(props, 1):
        xcell(ws, f'A{r}', f'{k}.', border=False, h='right')
        ws.merge_cells(f'B{r}:H{r}'); xcell(ws, f'B{r}', x, border=False)
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    for ln in signer_lines:
        ws.merge_cells(f'F{r}:H{r}'); xcell(ws, f'F{r}', ln, b=True, border=False, h='center'); r += 1
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ 8. Chi cục TĐC
def f8():
    fn = 'ChiCucTDC_BC842_CT38_2026.xlsx'
    g1 = ('I', 'TUYÊN TRUYỀN, PHỔ BIẾN, VẬN ĐỘNG', 'Đã hoàn thành các nội dung của nhóm (Quý I – III/2026)', [
        (1, 'Lớp tập huấn văn bản QPPL về tiêu chuẩn, đo lường, chất lượng cho tổ chức, doanh nghiệp (kể cả tọa đàm với doanh nghiệp nhập khẩu)', 'lớp', 38, 9, 8, 'Phấn đấu đạt 100% kế hoạch năm (08 lớp)'),
        (2, 'Lượt người tham dự các lớp tại mục 1', 'lượt người', 4560, 1020, 865, ''),
        (3, 'Tin, bài, phóng sự tuyên truyền', 'tin, bài', 310, 72, 64, 'Phấn đấu ≥ 60 tin, bài/năm'),
        (4, 'Doanh nghiệp được vận động, hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia', 'DN', 57, 12, 15, 'Phấn đấu 15 DN'),
    ])
    g2 = ('II', 'QUẢN LÝ NHÀ NƯỚC, HỖ TRỢ DOANH NGHIỆP', 'Đang thực hiện, bám sát tiến độ Quý IV/2026', [
        (5, 'Doanh nghiệp được hỗ trợ nâng cao năng suất, chất lượng (Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100)', 'DN', 212, 48, 41, 'Phấn đấu 100% DN đăng ký được hỗ trợ'),
        (6, 'Kinh phí đã giải ngân cho hoạt động hỗ trợ tại mục 5', 'triệu đồng', 9850, 2140, 1265.5, ''),
        (7, 'Hồ sơ tham dự Giải thưởng Chất lượng Quốc gia được Hội đồng sơ tuyển đánh giá', 'hồ sơ', 61, 14, 11, ''),
        (8, 'Doanh nghiệp được hướng dẫn công bố hợp chuẩn, hợp quy, áp dụng hệ thống quản lý tiên tiến', 'DN', 1540, 322, 287, ''),
        (9, 'TCVN, QCVN được góp ý; quy chuẩn kỹ thuật địa phương tham gia xây dựng', 'văn bản', 96, 21, 17, 'Theo yêu cầu của Bộ, ngành'),
    ])
    g3 = ('III', 'ĐÀO TẠO, BỒI DƯỠNG NGUỒN NHÂN LỰC', 'Hoàn thành', [
        (10, 'Lớp tập huấn nghiệp vụ cho công chức các sở, ngành, UBND xã, phường, đặc khu', 'lớp', 15, 4, 3, 'Phấn đấu 100% xã, phường có công chức được tập huấn'),
        (11, 'Lượt công chức tham dự', 'lượt', 1830, 420, 512, ''),
        (12, 'Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng', 'khóa', 11, 3, 2, ''),
        (13, 'Học viên các khóa bồi dưỡng tại mục 12', 'học viên', 690, 150, 140, ''),
    ])
    g4 = ('IV', 'KIỂM TRA, GIÁM SÁT', 'Đang thực hiện (nhiệm vụ thường xuyên)', [
        (14, 'Cuộc kiểm tra về tiêu chuẩn, đo lường, chất lượng', 'cuộc', 412, 86, 74, 'Phấn đấu đạt 100% kế hoạch kiểm tra năm'),
        (15, 'Cơ sở được kiểm tra', 'cơ sở', 3960, 815, 702, ''),
        (16, 'Cơ sở vi phạm', 'cơ sở', 498, 97, 81, ''),
        (17, 'Tiền xử phạt vi phạm hành chính', 'triệu đồng', 6420, 1385, 1126.25, ''),
        (18, 'Mẫu sản phẩm, hàng hóa được khảo sát chất lượng', 'mẫu', 1250, 260, 218, ''),
        (19, 'Phí, lệ phí thu nộp ngân sách (toàn Chi cục)', 'triệu đồng', 21300, 4870, 4215, ''),
    ])
    diffs = ['Biên chế của Chi cục giảm sau sắp xếp trong khi địa bàn quản lý mở rộng (168 xã, phường, đặc khu), lực lượng kiểm tra không đáp ứng yêu cầu.',
             'Kinh phí khảo sát chất lượng năm 2026 được giao thấp hơn năm 2025, phải giảm số mẫu khảo sát.']
    props = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng xăng dầu, mũ bảo hiểm cho Quý IV/2026.',
             'Đề nghị Sở có văn bản đôn đốc các sở, ngành, UBND xã, phường gửi báo cáo đúng hạn.']
    c_book(fn, 'BC CT38 2026', ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'), '842/BC-CCTĐC',
           'ngày 30 tháng 10 năm 2026',
           ('BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
            '(so sánh với giai đoạn 2021 – 2025 và năm 2025; số liệu năm 2026 tính đến ngày 25/10/2026)'),
           'Năm 2026\n(đến 25/10)', [g1, g2, g3, g4], diffs, props,
           ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', '', '', 'Huỳnh Ngọc Phương'])
    entries = [
        ('II.1.a', 'completed', {'training_courses': 8, 'participants': 865, 'communications': 64}, 'Lớp tập huấn văn bản QPPL … 8 lớp; 865 lượt người; 64 tin, bài'),
        ('II.1.b', 'completed', {'enterprises_supported': 15}, 'Doanh nghiệp được vận động, hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia: 15'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 41, 'budget_spent_vnd': 1265500000}, 'Doanh nghiệp được hỗ trợ nâng cao năng suất, chất lượng: 41; kinh phí đã giải ngân 1.265,5 triệu đồng'),
        ('II.2.b', 'in_progress', {}, 'Hồ sơ tham dự Giải thưởng Chất lượng Quốc gia được Hội đồng sơ tuyển đánh giá: 11'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 287}, 'Doanh nghiệp được hướng dẫn công bố hợp chuẩn, hợp quy, áp dụng hệ thống quản lý tiên tiến: 287'),
        ('II.2.e', 'in_progress', {'standards_reviewed': 17}, 'TCVN, QCVN được góp ý; quy chuẩn kỹ thuật địa phương tham gia xây dựng: 17'),
        ('II.3.a', 'completed', {'training_courses': 3, 'participants': 512}, 'Lớp tập huấn nghiệp vụ cho công chức: 3 lớp, 512 lượt'),
        ('II.3.b', 'completed', {'training_courses': 2, 'participants': 140}, 'Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng: 2 khóa, 140 học viên'),
        ('II.5.a', 'in_progress', {'inspections': 74, 'establishments_inspected': 702, 'violations': 81, 'fines_vnd': 1126250000}, 'Cuộc kiểm tra 74; cơ sở 702; vi phạm 81; tiền phạt 1.126,25 triệu đồng'),
        ('II.5.b', 'in_progress', {'samples_tested': 218}, 'Mẫu sản phẩm, hàng hóa được khảo sát chất lượng: 218'),
    ]
    FILES.append((fn, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '842/BC-CCTĐC', '2026-10-30', entries, diffs, props, None))


# ------------------------------------------------------------------ 9. Phòng KT-PC
def f9():
    fn = 'P.KTPC_baocao_CT38_nam2026.xlsx'
    g1 = ('A', 'KIỂM TRA VÀ XỬ LÝ VI PHẠM (phối hợp Chi cục TĐC)', 'Đang thực hiện – nhiệm vụ thường xuyên', [
        (1, 'Cuộc kiểm tra phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng', 'cuộc', 58, 12, 9, 'Phấn đấu tham gia 100% các cuộc kiểm tra liên ngành'),
        (2, 'Cơ sở được kiểm tra', 'cơ sở', 520, 97, 64, ''),
        (3, 'Cơ sở vi phạm', 'cơ sở', 71, 15, 11, ''),
        (4, 'Tiền xử phạt vi phạm hành chính', 'đồng', 1020000000, 268000000, 214500000, ''),
        (5, 'Đơn thư phản ánh, tố giác vi phạm về TĐC được tiếp nhận, xử lý', 'đơn', 21, 5, 3, 'Xử lý 100% đơn thư đúng hạn'),
    ])
    g2 = ('B', 'PHÁP CHẾ VÀ PHƯƠNG TIỆN NGHIỆP VỤ', 'Đã hoàn thành phần việc phối hợp năm 2026', [
        (6, 'Văn bản QPPL về tiêu chuẩn, đo lường, chất lượng được góp ý, đề xuất sửa đổi, bổ sung', 'văn bản', 34, 8, 6, 'Khi có yêu cầu'),
        (7, 'Phương tiện, thiết bị kỹ thuật nghiệp vụ được kiểm định, hiệu chuẩn (theo Nghị định 135/2021/NĐ-CP)', 'chiếc', 45, 14, 12, 'Phấn đấu 100% thiết bị còn hiệu lực'),
    ])
    g3 = ('C', 'CÔNG TÁC CHUNG CỦA PHÒNG', 'Số liệu tham khảo', [
        (8, 'Văn bản QPPL do Sở tham mưu UBND Thành phố ban hành', 'văn bản', 27, 6, 5, ''),
        (9, 'Cuộc thanh tra hành chính, thanh tra chuyên ngành khoa học và công nghệ', 'cuộc', 45, 9, 8, ''),
    ])
    diffs = ['Phòng chỉ có 07 công chức nhưng phải đảm nhận cả công tác thanh tra, pháp chế, tiếp công dân nên việc tham gia các đoàn kiểm tra liên ngành có lúc chưa đầy đủ.']
    props = ['Đề nghị Chi cục gửi kế hoạch kiểm tra theo quý để Phòng chủ động bố trí công chức tham gia.',
             'Đề nghị Sở bố trí kinh phí kiểm định, hiệu chuẩn thiết bị nghiệp vụ năm 2027 ngay từ đầu năm.']
    c_book(fn, 'Sheet1', ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'), '96/BC-KTPC', 'ngày 27 tháng 10 năm 2026',
           ('BÁO CÁO KẾT QUẢ THAM GIA THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
            '(số liệu năm 2026 tính đến hết ngày 20/10/2026)'),
           'Năm 2026\n(đến 20/10)', [g1, g2, g3], diffs, props,
           ['TRƯỞNG PHÒNG', '', '', 'Đặng Thị Thu Hà'])
    entries = [
        ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 64, 'violations': 11, 'fines_vnd': 214500000}, 'Cuộc kiểm tra phối hợp 9; cơ sở 64; vi phạm 11; tiền phạt 214.500.000 đồng'),
        ('II.5.d', 'in_progress', {}, 'Đơn thư phản ánh, tố giác vi phạm về TĐC được tiếp nhận, xử lý: 3'),
        ('II.2.c', 'completed', {}, 'Văn bản QPPL về tiêu chuẩn, đo lường, chất lượng được góp ý, đề xuất sửa đổi, bổ sung: 6'),
        ('II.4.b', 'completed', {'instruments_verified': 12}, 'Phương tiện, thiết bị kỹ thuật nghiệp vụ được kiểm định, hiệu chuẩn: 12 chiếc'),
    ]
    FILES.append((fn, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '96/BC-KTPC', '2026-10-27', entries, diffs, props, None))


# ------------------------------------------------------------------ 10. TT CNTT và Địa không gian
def f10():
    fn = 'TTCNTT-DKG_BC211_2026.xlsx'
    g1 = ('I', 'HỖ TRỢ KỸ THUẬT, CẢI CÁCH HÀNH CHÍNH', 'Hoàn thành', [
        (1, 'Hỗ trợ kỹ thuật kết nối Hệ thống thông tin giải quyết TTHC lĩnh vực TĐC với Cổng thông tin một cửa quốc gia', 'đầu mối kết nối', '-', '-', 1, 'Phấn đấu hoàn thành trong Quý I/2026'),
        (2, 'Quy trình nội bộ theo TCVN ISO 9001:2015 được cập nhật tại Trung tâm', 'quy trình', 64, 18, 22, 'Phấn đấu 100% quy trình được cập nhật'),
    ])
    g2 = ('II', 'CƠ SỞ DỮ LIỆU TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG', 'Đang thực hiện', [
        (3, 'Cơ sở dữ liệu chuyên ngành TĐC được kết nối, chia sẻ với hệ thống quốc gia', 'CSDL', 1, 1, 2, 'Phấn đấu kết nối 100% CSDL chuyên ngành'),
        (4, 'Lớp hướng dẫn khai thác, sử dụng hệ thống cho cán bộ Chi cục, các phòng thuộc Sở', 'lớp', '-', 1, 2, ''),
        (5, 'Lượt người được hướng dẫn', 'lượt', '-', 35, 48, ''),
        (6, 'Kinh phí đã giải ngân cho hạng mục kết nối cơ sở dữ liệu', 'triệu đồng', '-', 420, 386, ''),
    ])
    g3 = ('III', 'HOẠT ĐỘNG CHUNG CỦA TRUNG TÂM', 'Số liệu tham khảo', [
        (7, 'Hệ thống thông tin đang vận hành, bảo trì', 'hệ thống', 27, 31, 34, ''),
        (8, 'Tập dữ liệu không gian được cập nhật', 'tập', 1240, 310, 288, ''),
    ])
    diffs = ['Hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng của Bộ chưa công bố đầy đủ chuẩn kết nối (API), việc tích hợp phải làm lại nhiều lần.']
    props = ['Đề nghị Chi cục làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kỹ thuật kết nối.']
    c_book(fn, 'Bao cao', ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN'), '211/BC-TTCNTT', 'ngày 29 tháng 10 năm 2026',
           ('BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CHỈ THỊ SỐ 38-CT/TW NĂM 2026',
            '(Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh – đơn vị phối hợp)'),
           'Năm 2026\n(10 tháng)', [g1, g2, g3], diffs, props,
           ['GIÁM ĐỐC', '', '', 'Lâm Quốc Bảo'])
    entries = [
        ('II.2.h', 'completed', {}, 'Hỗ trợ kỹ thuật kết nối Hệ thống thông tin giải quyết TTHC lĩnh vực TĐC với Cổng thông tin một cửa quốc gia'),
        ('II.2.đ', 'completed', {}, 'Quy trình nội bộ theo TCVN ISO 9001:2015 được cập nhật tại Trung tâm: 22'),
        ('II.2.i', 'in_progress', {'training_courses': 2, 'participants': 48, 'budget_spent_vnd': 386000000}, 'Lớp hướng dẫn 2; lượt người 48; kinh phí đã giải ngân 386 triệu đồng'),
    ]
    FILES.append((fn, 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', '211/BC-TTCNTT', '2026-10-29', entries, diffs, props, None))


def build():
    f8(); f9(); f10()
    return FILES
