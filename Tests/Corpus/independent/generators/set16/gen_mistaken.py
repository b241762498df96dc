# Two "mistaken" files: a department sends a report on another subject (wrong attachment).
# Keys: status "rejected", unit/document null, no entries.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import *

def vhtt():
    fname = 'SVHTT_BC_ket qua thuc hien KH 38_2026.docx'  # file named like the CT38 report, content is not
    d = new_doc(size=14)
    header_block(d, [('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', False, False), ('SỞ VĂN HÓA VÀ THỂ THAO', True, False), ('______', False, False), ('Số: 6022/BC-SVHTT', False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('_________________', False, False),
                  ('Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026', False, True)], size=12)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align=C, space_after=0)
    para(d, 'Kết quả thực hiện công tác gia đình và phòng, chống bạo lực gia đình\n9 tháng đầu năm 2026', bold=True, align=C)
    runs(d, [('Kính gửi: ', ''), ('Bộ Văn hóa, Thể thao và Du lịch.', '')], align=C)
    para(d, 'Thực hiện Kế hoạch số 38/KH-SVHTT ngày 15 tháng 01 năm 2026 của Sở Văn hóa và Thể thao về công tác gia đình năm 2026, Sở Văn hóa và Thể thao báo cáo kết quả như sau:', align=J, indent=1.27)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for t in ['1. Công tác tuyên truyền: tổ chức 24 hội nghị tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 với 3.150 lượt người tham dự; đăng tải 86 tin, bài trên các phương tiện thông tin đại chúng.',
              '2. Xây dựng mô hình: duy trì 312 câu lạc bộ gia đình phát triển bền vững, 168 địa chỉ tin cậy tại cộng đồng; thành lập mới 15 mô hình phòng, chống bạo lực gia đình.',
              '3. Số liệu về bạo lực gia đình: trong 9 tháng ghi nhận 247 vụ bạo lực gia đình, giảm 11,2% so với cùng kỳ năm 2025; 100% vụ việc được can thiệp, hỗ trợ kịp thời.',
              '4. Tập huấn: tổ chức 06 lớp tập huấn kỹ năng cho đội ngũ làm công tác gia đình cấp xã với 540 học viên.']:
        para(d, t, align=J, indent=1.27)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    para(d, '- Đội ngũ làm công tác gia đình cấp xã kiêm nhiệm, thường xuyên thay đổi sau sắp xếp đơn vị hành chính.', align=J, indent=1.27)
    para(d, 'III. KIẾN NGHỊ', bold=True)
    para(d, '- Đề nghị Bộ sớm ban hành bộ chỉ số theo dõi, đánh giá công tác gia đình giai đoạn 2026-2030.', align=J, indent=1.27)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], 'Nơi nhận:\n- Như trên;\n- UBND Thành phố;\n- Lưu: VT, GĐ.', size=11)
    cell_text(t.rows[0].cells[1], 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Thị Ánh Hoa', bold=True, align=C)
    d.save(os.path.join(OUT, fname))
    write_key(fname, None, None, None, [], status='rejected',
              reason='Không phải báo cáo của Kế hoạch triển khai Chỉ thị 38-CT/TW: Sở Văn hóa và Thể thao gửi nhầm báo cáo công tác gia đình và phòng, chống bạo lực gia đình 9 tháng năm 2026 (Kế hoạch 38/KH-SVHTT).')

def stc():
    fname = 'STC_bieu bao cao CT38_T10.2026.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Gia T10'
    B = Font(name='Times New Roman', bold=True, size=11); N = Font(name='Times New Roman', size=11)
    thin = Side(style='thin'); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'SỞ TÀI CHÍNH TP. HỒ CHÍ MINH'; ws['A1'].font = B
    ws['A2'] = 'Phòng Quản lý Giá và Công sản'; ws['A2'].font = N
    ws['A4'] = 'BIỂU TỔNG HỢP GIÁ THỊ TRƯỜNG MỘT SỐ HÀNG HÓA, DỊCH VỤ THIẾT YẾU THÁNG 10/2026'; ws['A4'].font = Font(name='Times New Roman', bold=True, size=13)
    ws.merge_cells('A4:G4'); ws['A4'].alignment = Alignment(horizontal='center')
    ws['A5'] = '(Kèm theo Báo cáo số 8841/BC-STC ngày 05/11/2026 gửi Bộ Tài chính)'; ws.merge_cells('A5:G5'); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Mặt hàng', 'ĐVT', 'Giá tháng 9/2026 (đồng)', 'Giá tháng 10/2026 (đồng)', 'Tăng/giảm (%)', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = B; c.border = box; c.alignment = Alignment(horizontal='center', wrap_text=True)
    data = [('Gạo tẻ thường', 'kg', 15500, 15800), ('Thịt lợn hơi', 'kg', 62000, 60500), ('Thịt bò thăn', 'kg', 265000, 268000),
            ('Đường RE', 'kg', 24000, 24000), ('Xăng RON95-III', 'lít', 21350, 20980), ('Dầu DO 0,05S', 'lít', 19240, 19010),
            ('Gas LPG (bình 12kg)', 'bình', 465000, 478000), ('Sữa bột trẻ em dưới 6 tuổi', 'hộp 900g', 498000, 498000),
            ('Xi măng PCB40', 'tấn', 1650000, 1650000), ('Thép xây dựng D10', 'kg', 14800, 14650)]
    for i, (n, u, a, b) in enumerate(data, 1):
        r = 7 + i
        for j, v in enumerate([i, n, u, a, b, round((b - a) / a * 100, 2), ''], 1):
            c = ws.cell(r, j, v); c.font = N; c.border = box
            if j in (4, 5): c.number_format = '#,##0'
            if j == 6: c.number_format = '0.00'
    for j, w in enumerate([6, 32, 10, 16, 16, 12, 16], 1): ws.column_dimensions['ABCDEFG'[j - 1]].width = w
    ws['B20'] = 'Người lập biểu'; ws['E20'] = 'KT. GIÁM ĐỐC'; ws['E21'] = 'PHÓ GIÁM ĐỐC'; ws['E25'] = 'Trần Thị Kim Oanh'
    wb.save(os.path.join(OUT, fname))
    write_key(fname, None, None, None, [], status='rejected',
              reason='Không phải báo cáo của Kế hoạch Chỉ thị 38-CT/TW: biểu tổng hợp giá thị trường tháng 10/2026 của Sở Tài chính (kèm Báo cáo 8841/BC-STC gửi Bộ Tài chính), gửi nhầm tệp.')

if __name__ == '__main__':
    vhtt(); stc()
