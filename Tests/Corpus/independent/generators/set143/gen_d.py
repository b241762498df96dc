# -*- coding: utf-8 -*-
"""Hand D - chị Võ Thị Ngọc Trâm, chuyên viên tổng hợp (Sở / UBND phường).
Excel sheet of the unit's OWN programmes and activities ('Chương trình, hoạt động của đơn vị'),
a long multi-year 'Diễn giải kết quả' cell per row (2021-2025, 2025, then 2026), a short
'Số liệu năm 2026' text cell, grey banner rows per group and, under each group, one merged
italic banner '► Đánh giá chung nhóm …: …' carrying the only status. The plan is never cited."""
from gen_common import *

FILES = []


def d_book(fname, unit_lines, so, date_words, title, groups, diffs, props, signer_lines, sheet='BaoCao'):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip('ABCDE', (5, 34, 70, 26, 16)):
        ws.column_dimensions[col].width = w
    ws.merge_cells('A1:B1'); xcell(ws, 'A1', unit_lines[0], border=False, h='center')
    ws.merge_cells('A2:B2'); xcell(ws, 'A2', unit_lines[1], b=True, border=False, h='center')
    ws.merge_cells('C1:E1'); xcell(ws, 'C1', QH, b=True, border=False, h='center')
    ws.merge_cells('C2:E2'); xcell(ws, 'C2', DL, b=True, border=False, h='center')
    ws.merge_cells('A3:B3'); xcell(ws, 'A3', 'Số: ' + so, border=False, h='center')
    ws.merge_cells('C3:E3'); xcell(ws, 'C3', date_words, i=True, border=False, h='right')
    ws.merge_cells('A5:E5'); xcell(ws, 'A5', title[0], b=True, border=False, h='center', size=13)
    ws.merge_cells('A6:E6'); xcell(ws, 'A6', title[1], i=True, border=False, h='center')
    r = 8
    for k, v in enumerate(['TT', 'Chương trình, hoạt động của đơn vị', 'Diễn giải kết quả', 'Số liệu năm 2026', 'Ghi chú'], 1):
        xcell(ws, f'{"ABCDE"[k-1]}{r}', v, b=True, h='center', v='center', fill='FFF2CC')
    r += 1
    n = 0
    for gname, rows, verdict in groups:
        ws.merge_cells(f'A{r}:E{r}')
        xcell(ws, f'A{r}', gname, b=True, fill='D9D9D9')
        r += 1
        for content, dien_giai, so_lieu, note in rows:
            n += 1
            xcell(ws, f'A{r}', n, h='center')
            xcell(ws, f'B{r}', content)
            xcell(ws, f'C{r}', dien_giai)
            xcell(ws, f'D{r}', so_lieu)
            xcell(ws, f'E{r}', note, i=True)
            ws.row_dimensions[r].height = max(30, 15 * (len(dien_giai) // 85 + 1))
            r += 1
        ws.merge_cells(f'A{r}:E{r}')
        xcell(ws, f'A{r}', '► ' + verdict, i=True, b=True, fill='F2F2F2')
        r += 1
    r += 1
    ws.merge_cells(f'A{r}:E{r}'); xcell(ws, f'A{r}', 'NHỮNG KHÓ KHĂN, VƯỚNG MẮC', b=True, border=False); r += 1
    for x in diffs:
        ws.merge_cells(f'B{r}:E{r}'); xcell(ws, f'A{r}', '-', border=False, h='right'); xcell(ws, f'B{r}', x, border=False)
        ws.row_dimensions[r].height = 30; r += 1
    ws.merge_cells(f'A{r}:E{r}'); xcell(ws, f'A{r}', 'ĐỀ XUẤT', b=True, border=False); r += 1
    for x in props:
        ws.merge_cells(f'B{r}:E{r}'); xcell(ws, f'A{r}', '-', border=False, h='right'); xcell(ws, f'B{r}', x, border=False)
        ws.row_dimensions[r].height = 30; r += 1
    r += 1
    for ln in signer_lines:
        ws.merge_cells(f'D{r}:E{r}'); xcell(ws, f'D{r}', ln, b=True, border=False, h='center'); r += 1
    ws.freeze_panes = 'A9'
    wb.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ 11. Sở NN&MT
def f11():
    fn = 'SNNMT_5521_BC_TDC_2026.xlsx'
    r1 = ('Chương trình kiểm soát chất lượng phân bón, thuốc bảo vệ thực vật',
          'Giai đoạn 2021 – 2025, Sở (trước đây là Sở Nông nghiệp và Phát triển nông thôn) đã kiểm tra 1.236 lượt cơ sở, xử phạt 2,74 tỷ đồng. '
          'Năm 2025 thực hiện 41 đợt kiểm tra. Năm 2026, Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 09 cuộc tại 73 cơ sở kinh doanh '
          'phân bón, phát hiện 08 cơ sở vi phạm về nhãn, chất lượng, xử phạt 96.000.000 đồng.',
          '09 cuộc; 73 cơ sở; 08 cơ sở vi phạm; phạt 96 triệu đồng', 'Chi cục Trồng trọt và BVTV')
    r2 = ('Chương trình mỗi xã một sản phẩm (OCOP)',
          'Lũy kế đến nay toàn Thành phố có 512 sản phẩm OCOP; năm 2026 công nhận mới 46 sản phẩm. Mục tiêu “phấn đấu 100% sản phẩm OCOP có tem truy xuất nguồn gốc” vào năm 2027.',
          '46 sản phẩm được công nhận', '')
    r3 = ('Triển khai truy xuất nguồn gốc nông sản, cấp mã số vùng trồng',
          'Năm 2025 đã hướng dẫn 19 hợp tác xã. Năm 2026, Sở hướng dẫn 27 hợp tác xã, doanh nghiệp cấp mã số vùng trồng, mã số cơ sở đóng gói và áp dụng hệ thống truy xuất nguồn gốc theo Đề án 100.',
          '27 HTX, doanh nghiệp', '')
    r4 = ('Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia',
          'Năm 2024 góp ý 09 dự thảo; năm 2025 góp ý 14 dự thảo. Năm 2026, Sở đã góp ý tổng cộng 12 dự thảo (07 QCVN, 05 TCVN) về giống cây trồng, thức ăn chăn nuôi, chất lượng nước thải.',
          '12 dự thảo (07 QCVN, 05 TCVN)', '')
    r5 = ('Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở và các đơn vị trực thuộc',
          'Sau hợp nhất, Sở đã xây dựng lại hệ thống; đến tháng 8/2026 đã công bố lại hệ thống quản lý chất lượng tại 14/14 đơn vị.',
          '14/14 đơn vị', '')
    r6 = ('Tập huấn quản lý chất lượng nông sản, vật tư nông nghiệp cho công chức cấp xã',
          'Năm 2025 tổ chức 03 lớp, 260 lượt. Năm 2026 tổ chức 02 lớp cho 180 lượt công chức phụ trách nông nghiệp, môi trường của các xã, phường.',
          '02 lớp; 180 lượt', '')
    groups = [
        ('NHÓM A. QUẢN LÝ CHẤT LƯỢNG VẬT TƯ NÔNG NGHIỆP, NÔNG SẢN', [r1, r2, r3],
         'Đánh giá chung nhóm A: các việc đang tiếp tục thực hiện đến hết năm 2026.'),
        ('NHÓM B. TIÊU CHUẨN, QUY CHUẨN VÀ CẢI CÁCH HÀNH CHÍNH', [r4, r5],
         'Đánh giá chung nhóm B: hoàn thành.'),
        ('NHÓM C. BỒI DƯỠNG CÁN BỘ', [r6], 'Đánh giá chung nhóm C: hoàn thành.'),
    ]
    diffs = ['Số cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật lớn, thay đổi thường xuyên, trong khi lực lượng thanh tra chuyên ngành sau hợp nhất còn thiếu.',
             'Chi phí thử nghiệm mẫu phân bón cao, kinh phí được giao chưa đáp ứng.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả thử nghiệm mẫu phân bón để tránh kiểm tra trùng lặp.',
             'Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí áp dụng truy xuất nguồn gốc cho hợp tác xã nông nghiệp.']
    d_book(fn, ('UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'), '5521/BC-SNNMT',
           'Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
           ('BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
            '(phục vụ tổng hợp kết quả thực hiện Chỉ thị số 38-CT/TW)'),
           groups, diffs, props, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trần Văn Ba'])
    entries = [
        ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 73, 'violations': 8, 'fines_vnd': 96000000}, r1[1]),
        ('II.2.a', 'in_progress', {'enterprises_supported': 27}, r3[1]),
        ('II.2.e', 'completed', {'standards_reviewed': 12}, r4[1]),
        ('II.2.đ', 'completed', {}, r5[1]),
        ('II.3.a', 'completed', {'training_courses': 2, 'participants': 180}, r6[1]),
    ]
    FILES.append((fn, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '5521/BC-SNNMT', '2026-10-22', entries, diffs, props, None))


# ------------------------------------------------------------------ 12. Sở Xây dựng
def f12():
    fn = 'SXD_BC7804_TDC.xlsx'
    r1 = ('Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường',
          'Năm 2024 kiểm tra 07 cuộc, năm 2025 kiểm tra 08 cuộc. Năm 2026, Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 06 cuộc tại 45 cơ sở kinh doanh thép, xi măng, gạch ốp lát; phát hiện 04 cơ sở vi phạm về hợp quy, nhãn hàng hóa; xử phạt 42,5 triệu đồng.',
          '06 cuộc; 45 cơ sở; 04 vi phạm; 42.500.000 đ', 'Phòng Giám định XD')
    r2 = ('Lấy mẫu vật liệu xây dựng thử nghiệm',
          'Trong năm 2026 đã lấy 58 mẫu thép, xi măng, kính xây dựng gửi phòng thử nghiệm được chỉ định; 52 mẫu đạt, 06 mẫu không đạt chỉ tiêu cơ lý.',
          '58 mẫu', '')
    r3 = ('Cấp giấy phép xây dựng',
          'Năm 2026 (đến 20/10) cấp 1.820 giấy phép xây dựng; 100% hồ sơ giải quyết đúng hạn.',
          '1.820 giấy phép', 'không thuộc lĩnh vực TĐC')
    r4 = ('Góp ý quy chuẩn kỹ thuật quốc gia ngành xây dựng',
          'Sở đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia (sửa đổi QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng; QCVN về an toàn cháy cho nhà và công trình; QCVN về kính xây dựng).',
          '03 dự thảo QCVN', '')
    r5 = ('Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015',
          'Sở duy trì, cải tiến hệ thống từ năm 2018; năm 2026 đã đánh giá nội bộ và công bố lại vào tháng 6/2026.',
          '', '')
    r6 = ('Phổ biến quy định về chất lượng vật liệu xây dựng, công bố hợp quy',
          'Năm 2025 tổ chức 02 hội nghị. Năm 2026 tổ chức 01 hội nghị cho 150 đại biểu là doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng; đăng 08 tin, bài trên Cổng thông tin điện tử của Sở.',
          '01 hội nghị; 150 đại biểu; 08 tin, bài', '')
    r7 = ('Tập huấn chuyên sâu cho công chức quản lý xây dựng của các xã, phường về chất lượng vật liệu xây dựng',
          'Dự kiến tổ chức trong tháng 11/2026, đang chuẩn bị tài liệu.',
          '', '')
    groups = [
        ('A. QUẢN LÝ CHẤT LƯỢNG VẬT LIỆU XÂY DỰNG', [r1, r2, r3], 'Đánh giá chung nhóm A: đang thực hiện.'),
        ('B. QUY CHUẨN VÀ HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG', [r4, r5], 'Đánh giá chung nhóm B: đã hoàn thành.'),
        ('C. TUYÊN TRUYỀN, ĐÀO TẠO', [r6, r7], 'Đánh giá chung nhóm C: việc tại mục 6 đã xong; việc tại mục 7 chưa tổ chức.'),
    ]
    diffs = ['Vật liệu xây dựng nhập khẩu đa dạng chủng loại, nhiều sản phẩm chưa có quy chuẩn kỹ thuật để kiểm tra.']
    props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng danh mục sản phẩm vật liệu xây dựng ưu tiên khảo sát chất lượng năm 2027.']
    d_book(fn, ('UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'), '7804/BC-SXD',
           'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
           ('BÁO CÁO CÔNG TÁC QUẢN LÝ CHẤT LƯỢNG SẢN PHẨM, HÀNG HÓA VẬT LIỆU XÂY DỰNG NĂM 2026',
            '(gửi Sở Khoa học và Công nghệ tổng hợp)'),
           groups, diffs, props, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Huỳnh Thanh Khiết'], sheet='Sheet1')
    entries = [
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 45, 'violations': 4, 'fines_vnd': 42500000}, r1[1]),
        ('II.5.b', 'in_progress', {'samples_tested': 58}, r2[1]),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, r4[1]),
        ('II.2.đ', 'completed', {}, r5[1]),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 150, 'communications': 8}, r6[1]),
        ('II.3.a', 'not_started', {}, r7[1]),
    ]
    FILES.append((fn, 'SO-XD', 'Sở Xây dựng', '7804/BC-SXD', '2026-10-30', entries, diffs, props, None))


# ------------------------------------------------------------------ 13. Phường Tăng Nhơn Phú
def f13():
    fn = 'TangNhonPhu_BC402_TDC.xlsx'
    r1 = ('Mô hình “Chợ văn minh – Cân đúng”',
          'Từ năm 2022 (khi còn thuộc thành phố Thủ Đức) phường duy trì 03 điểm cân đối chứng tại các chợ. Năm 2026, phường tổ chức 06 cuộc kiểm tra cân tại 03 chợ với 58 cơ sở; phát hiện 07 trường hợp vi phạm (cân sai, cân không kiểm định); xử phạt 10.500.000 đồng.',
          '06 cuộc; 58 cơ sở; 07 vi phạm; 10,5 triệu đồng', 'Phòng Kinh tế, Công an phường')
    r2 = ('Phối hợp lấy mẫu xăng dầu',
          'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng lấy 15 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng.',
          '15 mẫu', '')
    r3 = ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
          'Năm 2025 đăng 17 tin, bài. Năm 2026 đăng 21 tin, bài trên trang thông tin điện tử, loa phát thanh khu phố; tổ chức 01 buổi tập huấn cho 96 hộ kinh doanh về cân, ghi nhãn hàng hóa.',
          '21 tin, bài; 01 buổi; 96 hộ', '')
    r4 = ('Cử công chức dự tập huấn nghiệp vụ',
          'Phường cử 04 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.',
          '04 công chức', '')
    r5 = ('Áp dụng ISO 9001 tại bộ phận một cửa',
          'Phường đã công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp đơn vị hành chính.',
          '', '')
    r6 = ('Phong trào thi đua “Dân vận khéo”',
          'Năm 2026 có 12 mô hình dân vận khéo được công nhận; cả nhiệm kỳ 2020 – 2025 là 41 mô hình.',
          '12 mô hình', '')
    groups = [
        ('NHÓM A. ĐO LƯỜNG, CHẤT LƯỢNG TẠI CHỢ VÀ CỬA HÀNG', [r1, r2], 'Đánh giá chung nhóm A: đang tiếp tục làm.'),
        ('NHÓM B. TUYÊN TRUYỀN, BỒI DƯỠNG, CẢI CÁCH HÀNH CHÍNH', [r3, r4, r5, r6], 'Đánh giá chung nhóm B: đã xong.'),
    ]
    diffs = ['Tiểu thương tại chợ tạm, chợ tự phát thường xuyên thay đổi, khó quản lý việc sử dụng cân.']
    props = ['Đề nghị Chi cục hỗ trợ phường kiểm định miễn phí cân đối chứng tại 03 chợ.']
    d_book(fn, ('ỦY BAN NHÂN DÂN', 'PHƯỜNG TĂNG NHƠN PHÚ'), '402/BC-UBND',
           'Tăng Nhơn Phú, ngày 25 tháng 10 năm 2026',
           ('BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026', '(theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng)'),
           groups, diffs, props, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Ngô Thị Bích Hạnh'], sheet='BC')
    entries = [
        ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 58, 'violations': 7, 'fines_vnd': 10500000}, r1[1]),
        ('II.5.b', 'in_progress', {'samples_tested': 15}, r2[1]),
        ('II.1.a', 'completed', {'communications': 21, 'training_courses': 1, 'participants': 96}, r3[1]),
        ('II.3.a', 'completed', {'participants': 4}, r4[1]),
        ('II.2.đ', 'completed', {}, r5[1]),
    ]
    FILES.append((fn, '26842', 'Phường Tăng Nhơn Phú', '402/BC-UBND', '2026-10-25', entries, diffs, props, None))


def build():
    f11(); f12(); f13()
    return FILES
