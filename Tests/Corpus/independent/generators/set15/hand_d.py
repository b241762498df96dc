"""Hand D: a ward that sends a SHORT công văn (one page) plus a separate Excel 'biểu' with two sheets:
'Bieu 01' (figures: STT | Nội dung | ĐVT | Số liệu | Thuộc dòng Biểu 02) and 'Bieu 02' (progress:
STT | Nhiệm vụ | Mức độ thực hiện | Khó khăn | Đề xuất). The letter repeats some headline figures."""
from common import *
from xl import *


def letter(fname, ward, so, ngay, vv, body, kn, signer, name):
    d = new_doc(14)
    header(d, [('ỦY BAN NHÂN DÂN', False, False), (ward.upper(), True, False), ('', False, False), (f'Số: {so}', False, False), (vv, False, False)],
           [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False), (ngay, False, True)])
    para(d)
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
    for b in body:
        para(d, b, align='j', indent=1.27)
    for x in kn:
        para(d, x, align='j', indent=1.27)
    para(d, f'Trân trọng./.', indent=1.27)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], [('Nơi nhận:', True, True), ('- Như trên;', False, False), ('- Lưu: VT.', False, False)], 11, align='l')
    cell_text(t.rows[0].cells[1], [(s, True, False) for s in signer] + [('', False, False)] * 3 + [(name, True, False)], 14)
    d.save(os.path.join(SET, fname))


def bieu(fname, ward, kem, rows1, rows2, mucdo_hdr='Mức độ thực hiện'):
    wb = Workbook(); ws = wb.active; ws.title = 'Bieu 01'
    for col, w in zip('ABCDE', (6, 55, 12, 16, 14)): ws.column_dimensions[col].width = w
    put(ws, 'A1', f'UBND {ward.upper()}', bold=True, wrap=False)
    merge_put(ws, 'A3:E3', 'BIỂU 01. SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026', bold=True, h='center', size=13)
    merge_put(ws, 'A4:E4', kem, italic=True, h='center')
    for c, v in zip('ABCDE', ('STT', 'Nội dung', 'ĐVT', 'Số liệu', 'Thuộc dòng Biểu 02')):
        put(ws, f'{c}6', v, bold=True, h='center', border=True)
    r = 7
    for i, (nd, dvt, v, link) in enumerate(rows1, 1):
        put(ws, f'A{r}', i, h='center', border=True); put(ws, f'B{r}', nd, border=True); put(ws, f'C{r}', dvt, h='center', border=True)
        put(ws, f'D{r}', v, h='right', border=True, fmt='#,##0'); put(ws, f'E{r}', link, h='center', border=True); r += 1
    ws2 = wb.create_sheet('Bieu 02')
    for col, w in zip('ABCDE', (6, 50, 16, 40, 40)): ws2.column_dimensions[col].width = w
    put(ws2, 'A1', f'UBND {ward.upper()}', bold=True, wrap=False)
    merge_put(ws2, 'A3:E3', 'BIỂU 02. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ THEO KẾ HOẠCH CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ', bold=True, h='center', size=13)
    merge_put(ws2, 'A4:E4', kem, italic=True, h='center')
    for c, v in zip('ABCDE', ('STT', 'Nhiệm vụ', mucdo_hdr, 'Khó khăn', 'Đề xuất')):
        put(ws2, f'{c}6', v, bold=True, h='center', border=True)
    r = 7
    for i, (nv, md, kk, dx) in enumerate(rows2, 1):
        put(ws2, f'A{r}', i, h='center', border=True); put(ws2, f'B{r}', nv, border=True); put(ws2, f'C{r}', md, h='center', border=True)
        put(ws2, f'D{r}', kk, border=True); put(ws2, f'E{r}', dx, border=True); r += 1
    put(ws2, f'D{r+2}', 'NGƯỜI LẬP BIỂU', bold=True, h='center'); put(ws2, f'E{r+2}', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', bold=True, h='center')
    for w in (ws, ws2):
        w.sheet_properties.pageSetUpPr.fitToPage = True
        w.page_setup.fitToWidth = 1; w.page_setup.fitToHeight = 0
    ws2.page_setup.orientation = 'landscape'
    wb.save(os.path.join(SET, fname))


# ---------- D1 An Hội Tây ----------
W = 'Phường An Hội Tây'
prop = 'Phường kiến nghị Chi cục trang bị 01 bộ quả cân chuẩn cho phường để phục vụ kiểm tra tại chợ An Nhơn.'
f = '1530 gui bieu CT38.docx'
letter(f, W, '1530/UBND-KT', 'An Hội Tây, ngày 21 tháng 10 năm 2026',
       'V/v gửi biểu số liệu kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
       ['Thực hiện đề nghị của Chi cục về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, '
        'Ủy ban nhân dân phường An Hội Tây gửi kèm theo Công văn này Biểu 01 (số liệu) và Biểu 02 (tiến độ, khó khăn, đề xuất).',
        'Một số kết quả chính: phường đã tổ chức 02 lớp tuyên truyền với 140 lượt người tham dự; phối hợp kiểm tra 04 cuộc tại 22 cơ sở, '
        'xử phạt vi phạm hành chính 12,5 triệu đồng. Nhìn chung các nội dung được giao đã và đang được triển khai theo kế hoạch.'],
       [prop], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Bùi Thị Ngọc Lan')
key(f, '26882', '1530/UBND-KT', '2026-10-21', [
    E('II.1.a', 'unknown', {'training_courses': 2, 'participants': 140}, 'tổ chức 02 lớp tuyên truyền với 140 lượt người tham dự', 'đoạn 2'),
    E('II.5.c', 'unknown', {'inspections': 4, 'establishments_inspected': 22, 'fines_vnd': 12500000}, 'phối hợp kiểm tra 04 cuộc tại 22 cơ sở', 'đoạn 2'),
], [], [prop])

f = 'Bieu 01-02 kem CV 1530.xlsx'
kk1 = 'Kinh phí tuyên truyền phải lồng ghép với các chương trình khác của phường.'
kk2 = 'Phường thiếu phương tiện kiểm tra nhanh, quả cân chuẩn.'
dx2 = 'Đề nghị Chi cục trang bị 01 bộ quả cân chuẩn cho phường.'
kk3 = 'Doanh nghiệp nhỏ ít quan tâm đến công cụ năng suất.'
dx3 = 'Đề nghị Chi cục giới thiệu chuyên gia tư vấn miễn phí cho doanh nghiệp nhỏ.'
bieu(f, W, '(Kèm theo Công văn số 1530/UBND-KT ngày 21/10/2026 của UBND phường An Hội Tây)', [
    ('Lớp tuyên truyền, hội nghị phổ biến pháp luật về TĐC', 'lớp', 2, 1),
    ('Lượt người tham dự', 'lượt người', 140, 1),
    ('Tin, bài đăng tải trên Trang TTĐT, Zalo khu phố', 'tin/bài', 7, 1),
    ('Cuộc kiểm tra phối hợp (phân cấp)', 'cuộc', 4, 2),
    ('Cơ sở được kiểm tra', 'cơ sở', 22, 2),
    ('Cơ sở vi phạm', 'cơ sở', 3, 2),
    ('Tiền xử phạt vi phạm hành chính', 'đồng', 12500000, 2),
    ('Doanh nghiệp, hộ kinh doanh được hướng dẫn, hỗ trợ', 'DN', 6, 3),
    ('Công chức tham dự tập huấn nghiệp vụ', 'người', 2, 4),
], [
    ('Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh, người dân', 'Xong', kk1, ''),
    ('Phối hợp Chi cục kiểm tra đo lường, chất lượng, nhãn hàng hóa trên địa bàn (nội dung phân cấp)', 'Đang làm', kk2, dx2),
    ('Hỗ trợ doanh nghiệp áp dụng công cụ năng suất chất lượng, công bố hợp chuẩn, hợp quy', 'Đang làm', kk3, dx3),
    ('Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng', 'Xong', '', ''),
    ('Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường', 'Xong', '', ''),
    ('Khen thưởng, bảo vệ người tố giác vi phạm', 'Không có', '', ''),
])
key(f, '26882', '1530/UBND-KT', '2026-10-21', [
    E('II.1.a', 'completed', {'training_courses': 2, 'participants': 140, 'communications': 7}, 'Tuyên truyền, phổ biến pháp luật', 'Bieu 02 dòng 1; Bieu 01 dòng 1-3'),
    E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 22, 'violations': 3, 'fines_vnd': 12500000}, 'Phối hợp Chi cục kiểm tra', 'Bieu 02 dòng 2; Bieu 01 dòng 4-7'),
    E('II.2.d', 'in_progress', {'enterprises_supported': 6}, 'Hỗ trợ doanh nghiệp áp dụng công cụ năng suất chất lượng', 'Bieu 02 dòng 3; Bieu 01 dòng 8'),
    E('II.3.a', 'completed', {'participants': 2}, 'Cử công chức tham gia tập huấn', 'Bieu 02 dòng 4; Bieu 01 dòng 9'),
    E('II.2.đ', 'completed', {}, 'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015', 'Bieu 02 dòng 5'),
    E('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác vi phạm', 'Bieu 02 dòng 6'),
], [kk1, kk2, kk3], [dx2, dx3])

# ---------- D2 Bình Trị Đông ----------
W = 'Phường Bình Trị Đông'
f = 'CV 2207 Binh Tri Dong.docx'
letter(f, W, '2207/UBND-VHXH', 'Bình Trị Đông, ngày 04 tháng 11 năm 2026',
       'V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026',
       ['Ủy ban nhân dân phường Bình Trị Đông báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 '
        'theo Biểu số liệu đính kèm. Trong năm, phường đã hoàn thành việc phối hợp kiểm định 64 cân tại chợ Bình Trị Đông; '
        'phối hợp Chi cục lấy 08 mẫu hàng hóa (nồi cơm điện, ấm đun nước) để khảo sát chất lượng; đăng 15 tin, bài tuyên truyền.',
        'Khó khăn, đề xuất của phường được nêu cụ thể tại Biểu 02 kèm theo.'],
       [], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Đoàn Văn Nghĩa')
key(f, '27448', '2207/UBND-VHXH', '2026-11-04', [
    E('II.5.c', 'completed', {'instruments_verified': 64}, 'đã hoàn thành việc phối hợp kiểm định 64 cân tại chợ Bình Trị Đông', 'đoạn 1'),
    E('II.5.b', 'unknown', {'samples_tested': 8}, 'phối hợp Chi cục lấy 08 mẫu hàng hóa', 'đoạn 1'),
    E('II.1.a', 'unknown', {'communications': 15}, 'đăng 15 tin, bài tuyên truyền', 'đoạn 1'),
], [], [])

f = 'Bieu kem CV 2207.xlsx'
kk1 = 'Chưa có hướng dẫn cụ thể về nền tảng truy xuất nguồn gốc dùng chung của Thành phố.'
dx1 = 'Đề nghị Sở hướng dẫn phường triển khai nền tảng truy xuất nguồn gốc của Thành phố.'
kk2 = 'Lực lượng kiểm tra của phường mỏng, chủ yếu kiêm nhiệm.'
bieu(f, W, '(Kèm theo Công văn số 2207/UBND-VHXH ngày 04/11/2026 của Ủy ban nhân dân phường Bình Trị Đông)', [
    ('Tin, bài tuyên truyền', 'tin/bài', 15, 1),
    ('Hội nghị tuyên truyền cho tiểu thương', 'hội nghị', 1, 1),
    ('Người tham dự hội nghị', 'người', 60, 1),
    ('Kinh phí tuyên truyền đã chi', 'đồng', 3000000, 1),
    ('Mẫu hàng hóa lấy khảo sát (phối hợp Chi cục)', 'mẫu', 8, 2),
    ('Số cuộc kiểm tra theo phân cấp', 'cuộc', 2, 3),
    ('Số cơ sở được kiểm tra', 'cơ sở', 13, 3),
    ('Số cơ sở vi phạm', 'cơ sở', 2, 3),
    ('Số tiền phạt', 'đồng', 5000000, 3),
    ('Cân được kiểm định tại chợ Bình Trị Đông', 'chiếc', 64, 4),
], [
    ('Thông tin, tuyên truyền về tiêu chuẩn, đo lường, chất lượng', 'Đang làm', '', ''),
    ('Phối hợp Chi cục khảo sát, lấy mẫu chất lượng hàng hóa', 'Hoàn thành', '', ''),
    ('Kiểm tra đo lường, chất lượng theo phân cấp', 'Đang làm', kk2, ''),
    ('Phối hợp kiểm định cân tại chợ', 'Hoàn thành', '', ''),
    ('Hướng dẫn hộ kinh doanh truy xuất nguồn gốc hàng hóa', 'Chưa làm', kk1, dx1),
], mucdo_hdr='Tình hình')
key(f, '27448', '2207/UBND-VHXH', '2026-11-04', [
    E('II.1.a', 'in_progress', {'communications': 15, 'training_courses': 1, 'participants': 60, 'budget_spent_vnd': 3000000}, 'Thông tin, tuyên truyền', 'Bieu 02 dòng 1'),
    E('II.5.b', 'completed', {'samples_tested': 8}, 'Phối hợp Chi cục khảo sát, lấy mẫu', 'Bieu 02 dòng 2'),
    E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 13, 'violations': 2, 'fines_vnd': 5000000, 'instruments_verified': 64},
      'Kiểm tra đo lường, chất lượng theo phân cấp', 'Bieu 02 dòng 3-4'),
    E('II.2.a', 'not_started', {}, 'Hướng dẫn hộ kinh doanh truy xuất nguồn gốc hàng hóa', 'Bieu 02 dòng 5'),
], [kk2, kk1], [dx1])
