"""Hand E: a commune officer who puts last year's (2025) and this year's (2026) results side by side in
one Excel table: TT | Nhóm công việc | Chỉ tiêu | ĐVT | Năm 2025 | <n> tháng 2026 | Tăng(+)/giảm(-)
(formula) | Đánh giá năm 2026 (merged over a group's rows). Difficulties and proposals as numbered
lines in merged rows under the table. Files re-saved through LibreOffice (formulas get cached values)."""
from common import *
from xl import *


def sheet(fname, xa, so, ngay, title, col2026, groups, kk, kn, signer, name):
    wb = Workbook(); ws = wb.active; ws.title = 'KQ 2025-2026'
    for col, w in zip('ABCDEFGH', (5, 30, 34, 10, 12, 14, 12, 24)): ws.column_dimensions[col].width = w
    merge_put(ws, 'A1:C1', f'ỦY BAN NHÂN DÂN {xa.upper()}', bold=True, h='center')
    merge_put(ws, 'E1:H1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, h='center')
    merge_put(ws, 'A2:C2', f'Số: {so}', h='center')
    merge_put(ws, 'E2:H2', 'Độc lập - Tự do - Hạnh phúc', bold=True, h='center')
    merge_put(ws, 'E3:H3', ngay, italic=True, h='center')
    merge_put(ws, 'A5:H5', title, bold=True, h='center', size=13)
    ws.row_dimensions[5].height = 36
    hdr = ('TT', 'Nhóm công việc', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', col2026, 'Tăng (+)/ giảm (-)', 'Đánh giá năm 2026')
    for c, v in zip('ABCDEFGH', hdr):
        put(ws, f'{c}7', v, bold=True, h='center', border=True)
    r = 8
    for i, (grp, rows, danhgia) in enumerate(groups, 1):
        r0 = r
        for ct, dvt, v25, v26 in rows:
            put(ws, f'C{r}', ct, border=True); put(ws, f'D{r}', dvt, h='center', border=True)
            put(ws, f'E{r}', v25, h='right', border=True, fmt='#,##0'); put(ws, f'F{r}', v26, h='right', border=True, fmt='#,##0')
            if isinstance(v25, int) and isinstance(v26, int):
                put(ws, f'G{r}', f'=F{r}-E{r}', h='right', border=True, fmt='+#,##0;-#,##0;0')
            else:
                put(ws, f'G{r}', '', border=True)
            r += 1
        r1 = r - 1
        if r1 > r0:
            merge_put(ws, f'A{r0}:A{r1}', i, h='center', border=True)
            merge_put(ws, f'B{r0}:B{r1}', grp, border=True)
            merge_put(ws, f'H{r0}:H{r1}', danhgia, h='center', border=True)
        else:
            put(ws, f'A{r0}', i, h='center', border=True); put(ws, f'B{r0}', grp, border=True); put(ws, f'H{r0}', danhgia, h='center', border=True)
    r += 1
    merge_put(ws, f'A{r}:H{r}', 'Khó khăn, vướng mắc:', bold=True); r += 1
    for j, x in enumerate(kk, 1):
        merge_put(ws, f'A{r}:H{r}', f'{j}. {x}'); r += 1
    merge_put(ws, f'A{r}:H{r}', 'Kiến nghị, đề xuất:', bold=True); r += 1
    for j, x in enumerate(kn, 1):
        merge_put(ws, f'A{r}:H{r}', f'{j}. {x}'); r += 1
    r += 1
    for s in signer:
        merge_put(ws, f'F{r}:H{r}', s, bold=True, h='center'); r += 1
    r += 3
    merge_put(ws, f'F{r}:H{r}', name, bold=True, h='center')
    ws.page_setup.orientation = 'landscape'
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(SET, fname))


T = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2025 VÀ {} NĂM 2026\n(Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)'

# ---- E1 Long Hải ----
f = 'KQ TDC 2025-2026 Long Hai.xlsx'
kk = ['Xã mới thành lập trên cơ sở sáp nhập, chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.',
      'Kinh phí cho hoạt động kiểm tra, tuyên truyền chưa được bố trí riêng.']
kn = ['Đề nghị Chi cục tổ chức lớp tập huấn nghiệp vụ cho công chức cấp xã trong Quý IV/2026.']
sheet(f, 'Xã Long Hải', '56/BC-UBND', 'Long Hải, ngày 29 tháng 10 năm 2026', T.format('10 THÁNG'), '10 tháng 2026', [
    ('Tuyên truyền, phổ biến pháp luật về TĐC', [('Số hội nghị, lớp tuyên truyền', 'lớp', 1, 2), ('Số lượt người tham dự', 'người', 70, 110), ('Số tin, bài', 'tin', 4, 9)], 'Hoàn thành tốt'),
    ('Kiểm tra theo phân cấp (đo lường, nhãn hàng hóa)', [('Số cuộc kiểm tra', 'cuộc', 2, 3), ('Số cơ sở được kiểm tra', 'cơ sở', 12, 19),
                                                         ('Số cơ sở vi phạm', 'cơ sở', 1, 2), ('Số tiền xử phạt', 'đồng', 2500000, 9000000)], 'Đang duy trì thực hiện'),
    ('Hỗ trợ doanh nghiệp, HTX (sản phẩm OCOP, công bố chất lượng)', [('Số đơn vị được hướng dẫn, hỗ trợ', 'đơn vị', 3, 5)], 'Hoàn thành tốt'),
    ('Cử công chức tham gia tập huấn nghiệp vụ', [('Số lượt công chức', 'lượt', 2, '-')], 'Chưa tổ chức (chờ lớp của Chi cục Quý IV)'),
    ('Áp dụng, duy trì ISO 9001:2015 tại UBND xã', [('Số quy trình áp dụng', 'quy trình', 38, 41)], 'Đang duy trì thực hiện'),
    ('Khen thưởng người tố giác vi phạm', [('Số trường hợp', 'trường hợp', '-', '-')], 'Không phát sinh'),
], kk, kn, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Phan Thị Kim Yến')
key(f, '26662', '56/BC-UBND', '2026-10-29', [
    E('II.1.a', 'completed', {'training_courses': 2, 'participants': 110, 'communications': 9}, 'Tuyên truyền, phổ biến pháp luật về TĐC', 'KQ 2025-2026 nhóm 1, cột 10 tháng 2026'),
    E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 9000000}, 'Kiểm tra theo phân cấp', 'nhóm 2'),
    E('II.2.d', 'completed', {'enterprises_supported': 5}, 'Hỗ trợ doanh nghiệp, HTX', 'nhóm 3'),
    E('II.3.a', 'not_started', {}, 'Cử công chức tham gia tập huấn nghiệp vụ', 'nhóm 4'),
    E('II.2.đ', 'in_progress', {}, 'Áp dụng, duy trì ISO 9001:2015 tại UBND xã', 'nhóm 5'),
    E('II.5.d', 'not_applicable', {}, 'Khen thưởng người tố giác vi phạm', 'nhóm 6'),
], kk, kn)

# ---- E2 Châu Pha ----
f = 'so sanh 2025-2026 (Chau Pha).xlsx'
kk = ['Các hợp tác xã nông nghiệp còn lúng túng khi cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc.']
kn = ['Đề nghị Chi cục cử cán bộ hướng dẫn trực tiếp các hợp tác xã về truy xuất nguồn gốc nông sản.',
      'Đề nghị tiếp tục kiểm định cân miễn phí tại chợ Châu Pha hằng năm.']
sheet(f, 'Xã Châu Pha', '118/BC-UBND', 'Châu Pha, ngày 02 tháng 11 năm 2026', T.format('9 THÁNG'), '9 tháng 2026', [
    ('Tuyên truyền trên hệ thống loa, Trang TTĐT xã', [('Số tin, bài', 'tin/bài', 20, 24), ('Hội nghị tuyên truyền', 'hội nghị', 1, '-'),
                                                     ('Kinh phí tuyên truyền', 'đồng', 5000000, 6200000)], 'Tiếp tục thực hiện'),
    ('Quản lý đo lường tại chợ Châu Pha', [('Số cân được kiểm định', 'chiếc', 55, 61), ('Số cuộc kiểm tra', 'cuộc', 1, 2), ('Số cơ sở được kiểm tra', 'cơ sở', 8, 10)], 'Đạt kế hoạch'),
    ('Phối hợp khảo sát chất lượng phân bón', [('Số mẫu lấy khảo sát', 'mẫu', '-', 5)], 'Hoàn thành tốt'),
    ('Hỗ trợ HTX truy xuất nguồn gốc nông sản', [('Số HTX được hỗ trợ', 'HTX', 2, 4)], 'Tiếp tục thực hiện'),
], kk, kn, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Võ Minh Quang')
key(f, '26728', '118/BC-UBND', '2026-11-02', [
    E('II.1.a', 'in_progress', {'communications': 24, 'budget_spent_vnd': 6200000}, 'Tuyên truyền trên hệ thống loa, Trang TTĐT xã', 'nhóm 1'),
    E('II.5.c', 'completed', {'instruments_verified': 61, 'inspections': 2, 'establishments_inspected': 10}, 'Quản lý đo lường tại chợ Châu Pha', 'nhóm 2'),
    E('II.5.b', 'completed', {'samples_tested': 5}, 'Phối hợp khảo sát chất lượng phân bón', 'nhóm 3'),
    E('II.2.a', 'in_progress', {'enterprises_supported': 4}, 'Hỗ trợ HTX truy xuất nguồn gốc nông sản', 'nhóm 4'),
], kk, kn)

# ---- E3 Nghĩa Thành (number left blank) ----
f = 'TDC nam 2025 va 2026.xlsx'
kk = ['Cửa hàng xăng dầu nằm rải rác dọc tuyến đường liên xã, việc kiểm tra mất nhiều thời gian.']
kn = []
sheet(f, 'Xã Nghĩa Thành', '       /BC-UBND', 'Nghĩa Thành, ngày 23 tháng 10 năm 2026', T.format('10 THÁNG'), '10T/2026', [
    ('Tuyên truyền', [('Lớp tuyên truyền', 'lớp', 1, 1), ('Người tham dự', 'người', 45, 52)], 'Hoàn thành tốt'),
    ('Kiểm tra xăng dầu (phân cấp)', [('Cuộc kiểm tra', 'cuộc', 1, 1), ('Cơ sở được kiểm tra', 'cơ sở', 4, 6), ('Cơ sở vi phạm', 'cơ sở', '-', 1), ('Tiền phạt', 'đồng', '-', 5000000)], 'Hoàn thành tốt'),
    ('Tập huấn cho công chức', [('Lượt công chức dự tập huấn', 'lượt', 1, 1)], 'Hoàn thành tốt'),
    ('Khen thưởng tố giác vi phạm', [('Trường hợp', 'TH', '-', '-')], 'Không phát sinh'),
], kk, kn, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Trương Văn Bảy')
key(f, '26617', None, '2026-10-23', [
    E('II.1.a', 'completed', {'training_courses': 1, 'participants': 52}, 'Tuyên truyền', 'nhóm 1'),
    E('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 6, 'violations': 1, 'fines_vnd': 5000000}, 'Kiểm tra xăng dầu (phân cấp)', 'nhóm 2'),
    E('II.3.a', 'completed', {'participants': 1}, 'Tập huấn cho công chức', 'nhóm 3'),
    E('II.5.d', 'not_applicable', {}, 'Khen thưởng tố giác vi phạm', 'nhóm 4'),
], kk, kn)

# ---- E4 Long Hòa (mistaken: giảm nghèo) ----
f = 'BC so sanh 2025-2026.xlsx'
sheet(f, 'Xã Long Hòa', '77/BC-UBND', 'Long Hòa, ngày 26 tháng 10 năm 2026',
      'BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2025 VÀ 10 THÁNG NĂM 2026', '10 tháng 2026', [
    ('Hộ nghèo, hộ cận nghèo', [('Số hộ nghèo', 'hộ', 41, 29), ('Số hộ cận nghèo', 'hộ', 88, 70)], 'Đạt chỉ tiêu'),
    ('Hỗ trợ nhà ở', [('Số căn nhà đại đoàn kết', 'căn', 6, 9)], 'Hoàn thành tốt'),
    ('Đào tạo nghề cho lao động nghèo', [('Số lượt lao động', 'người', 120, 145)], 'Tiếp tục thực hiện'),
], ['Một số hộ thoát nghèo nhưng chưa bền vững, nguy cơ tái nghèo cao.'],
    ['Đề nghị Thành phố tiếp tục bố trí vốn vay ưu đãi cho hộ cận nghèo.'],
    ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Hồ Văn Sáu')
key(f, '25792', '77/BC-UBND', '2026-10-26', [], [], [],
    rejected='Không phải báo cáo của Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo kết quả Chương trình mục tiêu quốc gia giảm nghèo bền vững (gửi nhầm).')
