# Hand H5 — "chị Hạnh" (whole report as a "form" built in Excel: text in merged cells A:H, small result table below)
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

from common import *

thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
F = 'Times New Roman'


def form(fn, left, right, title, blocks, table, sign, sheet='Bao cao'):
    """blocks: list of (text, bold, height); table: (header, rows) or None"""
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for col in 'ABCDEFGH': ws.column_dimensions[col].width = 12
    ws.column_dimensions['B'].width = 30
    ws.merge_cells('A1:C1'); ws['A1'] = left[0]
    ws.merge_cells('A2:C2'); ws['A2'] = left[1]
    ws.merge_cells('A3:C3'); ws['A3'] = left[2]
    ws.merge_cells('D1:H1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('D2:H2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('D3:H3'); ws['D3'] = right
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'):
        ws[c].alignment = Alignment(horizontal='center')
        ws[c].font = Font(name=F, bold=c in ('A2', 'D1', 'D2'), italic=c == 'D3', size=12)
    r = 5
    ws.merge_cells(f'A{r}:H{r}'); ws[f'A{r}'] = 'BÁO CÁO'
    ws[f'A{r}'].font = Font(name=F, bold=True, size=14); ws[f'A{r}'].alignment = Alignment(horizontal='center')
    r += 1
    ws.merge_cells(f'A{r}:H{r}'); ws[f'A{r}'] = title
    ws[f'A{r}'].font = Font(name=F, bold=True, size=13); ws[f'A{r}'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[r].height = 36
    r += 2
    for text, bold, h in blocks:
        ws.merge_cells(f'A{r}:H{r}'); c = ws[f'A{r}']; c.value = text
        c.font = Font(name=F, bold=bold, size=13); c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='justify')
        ws.row_dimensions[r].height = h
        r += 1
    if table:
        hdr, rows = table
        r += 1
        spans = [('A', 'A'), ('B', 'D'), ('E', 'E'), ('F', 'F'), ('G', 'H')]
        for (a, b), h in zip(spans, hdr):
            if a != b: ws.merge_cells(f'{a}{r}:{b}{r}')
            c = ws[f'{a}{r}']; c.value = h; c.font = Font(name=F, bold=True); c.border = B
            c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        ws.row_dimensions[r].height = 32
        for row in rows:
            r += 1
            for (a, b), v in zip(spans, row):
                if a != b: ws.merge_cells(f'{a}{r}:{b}{r}')
                c = ws[f'{a}{r}']; c.value = v; c.border = B; c.font = Font(name=F)
                c.alignment = Alignment(wrap_text=True, vertical='top')
                if isinstance(v, int): c.number_format = '#,##0'
            ws.row_dimensions[r].height = 30
    r += 2
    for n, line in enumerate(sign):
        ws.merge_cells(f'E{r}:H{r}'); c = ws[f'E{r}']; c.value = line
        c.font = Font(name=F, bold=True); c.alignment = Alignment(horizontal='center')
        r += 1 if n < len(sign) - 2 else 3
    wb.save(os.path.join(ROOT, fn))


HDR = ['STT', 'Nội dung', 'ĐVT', 'Kết quả', 'Ghi chú']


def f17():
    fn = 'Xa Ngai Giao - BC CT38 2026.xlsx'
    dif = ['Xã chưa có cán bộ được đào tạo chuyên môn về đo lường, chất lượng.',
           'Các điểm thu mua nông sản hoạt động phân tán, không thường xuyên.']
    pro = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tăng cường phối hợp kiểm tra cân tại các điểm thu mua tiêu, cà phê.']
    blocks = [
        ('Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', False, 20),
        ('Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Ngãi Giao báo cáo kết quả thực hiện như sau:', False, 40),
        ('I. KẾT QUẢ THỰC HIỆN', True, 18),
        ('1. Công tác tuyên truyền: UBND xã đã chỉ đạo Đài truyền thanh xã, các ấp tuyên truyền về đo lường, chất lượng hàng hóa, cân đúng, cân đủ trong mua bán nông sản. Nhiệm vụ đã hoàn thành (kết quả cụ thể tại bảng dưới).', False, 55),
        ('2. Phối hợp thực hiện nội dung phân quyền quản lý nhà nước về TĐC: xã đã thành lập Tổ kiểm tra liên ngành, phối hợp Chi cục TĐC kiểm tra cân tại chợ Ngãi Giao và các điểm thu mua. Đang thực hiện, tiếp tục kiểm tra trong vụ thu hoạch cà phê.', False, 55),
        ('II. KHÓ KHĂN, VƯỚNG MẮC', True, 18),
        ('- ' + dif[0] + '\n- ' + dif[1], False, 40),
        ('III. ĐỀ XUẤT, KIẾN NGHỊ', True, 18),
        ('- ' + pro[0], False, 40),
        ('KẾT QUẢ CỤ THỂ:', True, 18),
    ]
    rows = [(1, 'Tin, bài tuyên truyền trên Đài truyền thanh xã', 'tin', 16, ''),
            (2, 'Cuộc kiểm tra đo lường tại chợ, điểm thu mua', 'cuộc', 2, 'phối hợp Chi cục'),
            (3, 'Cơ sở được kiểm tra', 'cơ sở', 17, ''),
            (4, 'Cơ sở vi phạm (cân sai số vượt mức cho phép)', 'cơ sở', 1, 'chuyển Chi cục xử lý')]
    form(fn, ['ỦY BAN NHÂN DÂN', 'XÃ NGÃI GIAO', 'Số: 98/BC-UBND'], 'Ngãi Giao, ngày 20 tháng 10 năm 2026',
         'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', blocks, (HDR, rows),
         ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Thành Long'])
    key(fn, '26575', '98/BC-UBND', '2026-10-20', [
        ('II.1.a', 'completed', {'communications': 16}, 'Tin, bài tuyên truyền ... 16', 'Bao cao: merged A11 + table row 1'),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 17, 'violations': 1}, '2 cuộc; 17 cơ sở; 1 vi phạm', 'Bao cao: merged A12 + table rows 2-4'),
    ], dif, pro)


def f18():
    fn = 'BC_PhuLoi_CT38_T11-2026.xlsx'
    dif = ['Nhiều cơ sở kinh doanh nhỏ lẻ không đăng ký kinh doanh, khó quản lý.']
    pro = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu tuyên truyền in sẵn cho phường.']
    blocks = [
        ('Kính gửi: Sở Khoa học và Công nghệ.', False, 20),
        ('Căn cứ Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; UBND phường Phú Lợi báo cáo kết quả như sau:', False, 40),
        ('1. Tổ chức tuyên truyền, tập huấn: phường đã phối hợp tổ chức lớp tập huấn về nhãn hàng hóa, công bố chất lượng cho hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn — đã thực hiện xong.', False, 50),
        ('2. Phối hợp kiểm tra theo phân quyền: đang thực hiện; phường phối hợp Đội Quản lý thị trường và Chi cục TĐC kiểm tra các cửa hàng kinh doanh mũ bảo hiểm, đồ chơi trẻ em trước Tết Trung thu.', False, 50),
        ('3. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng: chưa triển khai do chưa có hướng dẫn.', False, 36),
        ('4. Khó khăn: ' + dif[0], False, 30),
        ('5. Kiến nghị: ' + pro[0], False, 30),
    ]
    rows = [(1, 'Lớp tập huấn', 'lớp', 2, ''),
            (2, 'Người tham dự', 'lượt người', 138, ''),
            (3, 'Cửa hàng được kiểm tra', 'cửa hàng', 12, '02 đợt'),
            (4, 'Tiền xử phạt VPHC', 'đồng', 4000000, 'đã nộp')]
    form(fn, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ LỢI', 'Số: 402/BC-UBND'], 'Phú Lợi, ngày 12 tháng 11 năm 2026',
         'Báo cáo kết quả thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026', blocks, (HDR, rows),
         ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Tạ Quang Vinh'], sheet='BC')
    key(fn, '25750', '402/BC-UBND', '2026-11-12', [
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 138}, 'Lớp tập huấn 2; Người tham dự 138', 'BC: merged A10 + table rows 1-2'),
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 12, 'fines_vnd': 4000000},
         '12 cửa hàng (02 đợt); 4.000.000 đồng', 'BC: merged A11 + table rows 3-4'),
        ('II.2.d', 'not_started', {}, 'chưa triển khai do chưa có hướng dẫn', 'BC: merged A12'),
    ], dif, pro)


def f19():
    fn = 'QLKH - bao cao phoi hop CT38.xlsx'
    blocks = [
        ('Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.', False, 20),
        ('Phòng Quản lý Khoa học báo cáo kết quả thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:', False, 36),
        ('1. Thu hút đội ngũ cán bộ có trình độ chuyên môn cao, chuyên gia tư vấn, đánh giá trong lĩnh vực tiêu chuẩn, đo lường, chất lượng: Phòng đã rà soát nhu cầu, tiếp nhận và đang thẩm định hồ sơ đề xuất thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND. Nhiệm vụ đang triển khai.', False, 66),
        ('2. Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất, chất lượng: đã hoàn thành (xem bảng).', False, 36),
        ('3. Khó khăn, kiến nghị: không có.', False, 20),
    ]
    rows = [(1, 'Khóa bồi dưỡng chuyên sâu về năng suất (phối hợp Chi cục)', 'khóa', 1, 'tháng 8/2026'),
            (2, 'Học viên là chuyên gia tư vấn, cán bộ doanh nghiệp', 'học viên', 45, '')]
    form(fn, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', 'Số: 41/BC-QLKH'], 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
         'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', blocks, (HDR, rows),
         ['TRƯỞNG PHÒNG', 'Mai Xuân Hòa'])
    key(fn, 'SKHCN-QLKH', '41/BC-QLKH', '2026-10-29', [
        ('II.3.c', 'in_progress', {}, 'đang thẩm định hồ sơ đề xuất thu hút chuyên gia', 'Bao cao: merged A10'),
        ('II.3.b', 'completed', {'training_courses': 1, 'participants': 45}, 'Khóa bồi dưỡng chuyên sâu về năng suất 1; Học viên 45', 'Bao cao: merged A11 + table'),
    ])


def f20_mistaken():
    fn = 'PhuocHai_BC PCTT-TKCN 2026.xlsx'
    blocks = [
        ('Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.', False, 20),
        ('Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, Ủy ban nhân dân xã Phước Hải báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 như sau:', False, 50),
        ('1. Công tác chuẩn bị: kiện toàn Ban Chỉ huy Phòng thủ dân sự xã; rà soát phương án sơ tán dân vùng ven biển; diễn tập ứng phó bão cấp xã.', False, 50),
        ('2. Thiệt hại: trong kỳ xảy ra 02 đợt triều cường gây sạt lở bờ kè dài khoảng 120 m, không có thiệt hại về người.', False, 40),
        ('3. Kiến nghị: đề nghị Thành phố hỗ trợ kinh phí gia cố kè biển đoạn qua ấp Hải Lâm.', False, 30),
    ]
    rows = [(1, 'Tàu thuyền được hướng dẫn neo đậu an toàn', 'chiếc', 214, ''),
            (2, 'Lượt người tham gia diễn tập', 'lượt', 350, '')]
    form(fn, ['ỦY BAN NHÂN DÂN', 'XÃ PHƯỚC HẢI', 'Số: 233/BC-UBND'], 'Phước Hải, ngày 02 tháng 10 năm 2026',
         'Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026', blocks, (HDR, rows),
         ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lương Văn Tài'])
    key(fn, '26686', '233/BC-UBND', '2026-10-02', [], rejected=
        'Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn gửi Ban Chỉ huy Phòng thủ dân sự (gửi nhầm).')


def run():
    f17(); f18(); f19(); f20_mistaken()
