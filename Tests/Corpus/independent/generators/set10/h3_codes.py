# Hand H3 — "anh Lộc" (xlsx, one row per activity, unit's own task-code column; units glued in some rows, ĐVT in others)
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import *

thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)


def build(fn, unit_lines, so, datel, title, rows, tail, sheet='BC CT38'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = unit_lines[0]; ws['A2'] = unit_lines[1]; ws['A3'] = so
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['E3'] = datel
    for c in ('A1', 'A2', 'E1', 'E2'): ws[c].font = Font(name='Times New Roman', bold=True, size=12)
    ws['E3'].font = Font(name='Times New Roman', italic=True)
    ws.merge_cells('A5:G5'); ws['A5'] = title
    ws['A5'].font = Font(name='Times New Roman', bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['Mã NV', 'Nội dung hoạt động', 'ĐVT', 'Kết quả', 'Tình trạng', 'Ghi chú', '']
    for i, h in enumerate(hdr[:6], 1):
        c = ws.cell(7, i, h); c.font = Font(name='Times New Roman', bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.border = B; c.font = Font(name='Times New Roman')
            c.alignment = Alignment(vertical='top', wrap_text=True)
            if isinstance(v, (int, float)):
                c.number_format = '#,##0'
        r += 1
    r += 1
    for line in tail:
        ws.cell(r, 1, line).font = Font(name='Times New Roman', bold=line.endswith(':'))
        r += 1
    for col, w in zip('ABCDEF', (9, 58, 9, 16, 16, 24)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(ROOT, fn))


# ---- File 8: Phường Tăng Nhơn Phú — codes "5.c", "1.a" ----
def f8():
    fn = 'P.TangNhonPhu_bieu_CT38_2026.xlsx'
    rows = [
        ('1.a', 'Tuyên truyền Chỉ thị 38 trên trang thông tin điện tử, nhóm Zalo khu phố', 'tin, bài', 14, 'Đã hoàn thành', ''),
        ('1.a', 'Phát thanh trên hệ thống loa truyền thanh khu phố', None, 'Hằng tuần', 'Đã hoàn thành', ''),
        ('5.c', 'Phối hợp Chi cục TĐC kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng xăng dầu', 'cuộc', 3, 'Đang thực hiện', 'Đợt 4 dự kiến T12'),
        ('5.c', 'Số cơ sở được kiểm tra', None, '15 cơ sở', 'Đang thực hiện', ''),
        ('5.c', 'Số cơ sở vi phạm, xử phạt', 'cơ sở', 2, 'Đang thực hiện', ''),
        ('5.c', 'Tiền phạt vi phạm hành chính', None, '3.500.000đ', 'Đang thực hiện', 'nộp KBNN'),
        ('3.a', 'Cử công chức Phòng Kinh tế tham dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức', 'người', 2, 'Đã hoàn thành', ''),
    ]
    tail = ['Khó khăn, vướng mắc:', '- Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.',
            'Đề xuất, kiến nghị:', '- Đề nghị Chi cục cung cấp tài liệu hướng dẫn kiểm tra cân tại chợ cho cấp phường.',
            '', 'Người lập biểu: Huỳnh Tấn Lộc', 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH: Vũ Đức Thắng']
    build(fn, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TĂNG NHƠN PHÚ'], 'Số: 287/BC-UBND', 'Phường Tăng Nhơn Phú, ngày 03 tháng 11 năm 2026',
          'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', rows, tail)
    key(fn, '26842', '287/BC-UBND', '2026-11-03', [
        ('II.1.a', 'completed', {'communications': 14}, 'Tuyên truyền ... tin, bài 14', 'sheet BC CT38 rows 8-9'),
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 15, 'violations': 2, 'fines_vnd': 3500000},
         '3 cuộc; 15 cơ sở; 2 cơ sở vi phạm; 3.500.000đ', 'sheet BC CT38 rows 10-13'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử công chức ... người 2', 'sheet BC CT38 row 14'),
    ], ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
       ['Đề nghị Chi cục cung cấp tài liệu hướng dẫn kiểm tra cân tại chợ cho cấp phường.'])


# ---- File 9: Xã Bình Giã — codes "II-5-c" ----
def f9():
    fn = 'BinhGia - bieu bao cao CT38.xlsx'
    rows = [
        ('II-1-a', 'Tổ chức hội nghị tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh', None, '01 hội nghị', 'Hoàn thành', ''),
        ('II-1-a', 'Số lượt người tham dự', 'lượt', 85, 'Hoàn thành', ''),
        ('II-5-c', 'Kiểm tra đo lường tại chợ Bình Giã và các điểm thu mua nông sản (cân, thước)', 'đợt', 2, 'Đang triển khai', ''),
        ('II-5-c', 'Số cơ sở, hộ kinh doanh được kiểm tra', 'cơ sở', 26, 'Đang triển khai', ''),
        ('II-5-c', 'Cân của hộ kinh doanh được kiểm định miễn phí tại chợ', None, '41 chiếc', 'Đang triển khai', 'phối hợp Chi cục'),
        ('II-3-a', 'Tập huấn nghiệp vụ TĐC cho công chức xã', None, '', 'Chưa thực hiện', 'chờ lịch của Chi cục'),
    ]
    tail = ['Khó khăn:', '- Địa bàn rộng, nhiều điểm thu mua nông sản tự phát, khó quản lý cân đo.',
            'Kiến nghị:', '- Đề nghị Chi cục hỗ trợ xã thiết lập điểm cân đối chứng tại chợ.', '', 'Người lập: Huỳnh Tấn Lộc']
    build(fn, ['UBND XÃ BÌNH GIÃ', 'PHÒNG KINH TẾ'], 'Số: 145/BC-UBND', 'Bình Giã, ngày 10 tháng 11 năm 2026',
          'KẾT QUẢ TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 TRÊN ĐỊA BÀN XÃ', rows, tail, sheet='Sheet1')
    key(fn, '26590', '145/BC-UBND', '2026-11-10', [
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 85}, '01 hội nghị; 85 lượt', 'Sheet1 rows 8-9'),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 26, 'instruments_verified': 41},
         '2 đợt; 26 cơ sở; 41 chiếc cân', 'Sheet1 rows 10-12'),
        ('II.3.a', 'not_started', {}, 'Chưa thực hiện - chờ lịch của Chi cục', 'Sheet1 row 13'),
    ], ['Địa bàn rộng, nhiều điểm thu mua nông sản tự phát, khó quản lý cân đo.'],
       ['Đề nghị Chi cục hỗ trợ xã thiết lập điểm cân đối chứng tại chợ.'])


# ---- File 10: Phòng Kiểm tra – Pháp chế — codes "NV01".. ----
def f10():
    fn = 'KTPC_ket qua CT38_2026.xlsx'
    rows = [
        ('NV01', 'Phối hợp Chi cục góp ý dự thảo Luật sửa đổi Luật Đo lường, văn bản hướng dẫn Luật Chất lượng SPHH', 'văn bản', 3, 'Hoàn thành', 'góp ý theo yêu cầu'),
        ('NV02', 'Phối hợp kiểm tra chất lượng SPHH lưu thông (mũ bảo hiểm, đồ chơi trẻ em, thép)', 'cuộc', 5, 'Đang thực hiện', ''),
        ('NV02', 'Cơ sở được kiểm tra', None, '31 cơ sở', 'Đang thực hiện', ''),
        ('NV02', 'Xử phạt VPHC', None, '1.250.000đ', 'Đang thực hiện', '01 QĐ xử phạt'),
        ('NV03', 'Phối hợp khảo sát chất lượng xăng dầu, LPG — mẫu lấy', 'mẫu', 48, 'Đang thực hiện', ''),
        ('NV04', 'Rà soát thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021/NĐ-CP', None, '', 'Đang thực hiện', 'danh mục đã rà soát'),
        ('NV05', 'Khen thưởng, bảo vệ người tố giác vi phạm TĐC', None, '', 'Không phát sinh', ''),
    ]
    tail = ['Khó khăn, vướng mắc: không có.', 'Đề xuất: không.', '', 'Người tổng hợp: Huỳnh Tấn Lộc (KTPC)', 'TRƯỞNG PHÒNG: Ngô Thanh Bình']
    build(fn, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'], 'Số: 74/BC-KTPC', 'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
          'TỔNG HỢP KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', rows, tail, sheet='KTPC')
    key(fn, 'SKHCN-KTPC', '74/BC-KTPC', '2026-10-27', [
        ('II.2.c', 'completed', {}, 'góp ý dự thảo Luật ... văn bản 3 (laws, not standards: no indicator)', 'KTPC row 8'),
        ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 31, 'fines_vnd': 1250000}, '5 cuộc; 31 cơ sở; 1.250.000đ', 'KTPC rows 9-11'),
        ('II.5.b', 'in_progress', {'samples_tested': 48}, 'khảo sát chất lượng xăng dầu, LPG — 48 mẫu', 'KTPC row 12'),
        ('II.4.b', 'in_progress', {}, 'Rà soát thiết bị kỹ thuật nghiệp vụ theo NĐ 135', 'KTPC row 13'),
        ('II.5.d', 'not_applicable', {}, 'Khen thưởng ... Không phát sinh', 'KTPC row 14'),
    ], [], [])


# ---- File 11: Phường Chánh Hiệp — codes "5.c.1" ----
def f11():
    fn = 'ChanhHiep_BC_CT38_thang10.xlsx'
    rows = [
        ('1.a.1', 'Đăng tin, bài tuyên truyền về TC-ĐL-CL', None, '09 tin bài', 'Hoàn thành', 'Trang TTĐT phường'),
        ('1.a.2', 'Tổ chức tọa đàm với tiểu thương chợ Chánh Hiệp về cân đúng, cân đủ', None, '01 buổi', 'Hoàn thành', ''),
        ('1.a.3', 'Tiểu thương tham dự tọa đàm', 'người', 64, 'Hoàn thành', ''),
        ('5.c.1', 'Kiểm tra việc chấp hành quy định về nhãn hàng hóa, đo lường tại các cửa hàng tạp hóa, vàng bạc', 'cuộc', 4, 'Đang thực hiện', ''),
        ('5.c.2', 'Cơ sở được kiểm tra', 'cơ sở', 22, 'Đang thực hiện', ''),
        ('5.c.3', 'Cơ sở vi phạm', None, '03 cơ sở', 'Đang thực hiện', 'lập biên bản, chuyển xử lý'),
        ('5.c.4', 'Số tiền xử phạt', 'đồng', 7500000, 'Đang thực hiện', ''),
    ]
    tail = ['Khó khăn:', '- Chưa có trang thiết bị kiểm tra nhanh (quả cân chuẩn, cân đối chứng) phục vụ kiểm tra.',
            'Đề xuất:', '- Đề nghị Sở Khoa học và Công nghệ trang bị bộ quả cân chuẩn cho phường.',
            '', 'Lập biểu: Huỳnh Tấn Lộc', 'TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH: Trần Văn Sang']
    build(fn, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG CHÁNH HIỆP'], 'Số: 312/BC-UBND', 'Chánh Hiệp, ngày 31 tháng 10 năm 2026',
          'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (SỐ LIỆU ĐẾN 31/10/2026)', rows, tail, sheet='Bieu')
    key(fn, '25771', '312/BC-UBND', '2026-10-31', [
        ('II.1.a', 'completed', {'communications': 9, 'training_courses': 1, 'participants': 64}, '09 tin bài; 01 buổi tọa đàm; 64 người', 'Bieu rows 8-10'),
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 22, 'violations': 3, 'fines_vnd': 7500000},
         '4 cuộc; 22 cơ sở; 03 cơ sở vi phạm; 7500000 đồng', 'Bieu rows 11-14'),
    ], ['Chưa có trang thiết bị kiểm tra nhanh (quả cân chuẩn, cân đối chứng) phục vụ kiểm tra.'],
       ['Đề nghị Sở Khoa học và Công nghệ trang bị bộ quả cân chuẩn cho phường.'])


def run():
    f8(); f9(); f10(); f11()
