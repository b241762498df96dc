# -*- coding: utf-8 -*-
"""Generator for set203. Builds files + truth JSON (sha256 filled after LO re-save)."""
import json, os, subprocess, shutil, hashlib
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
KEYS = {}
LO_RESAVE = set()
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(name='Times New Roman', bold=True, size=12); N = Font(name='Times New Roman', size=12)
I = Font(name='Times New Roman', italic=True, size=12)
WR = Alignment(wrap_text=True, vertical='center')

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
        unit={'id': unit_id, 'name': unit_name} if unit_id else None,
        document={'number': number, 'date': date}, entries=[dict(task=t, status=s, indicators=ind, text=tx) for t, s, ind, tx in entries],
        findings=[], difficulties=diffs, proposals=props)

def pct_status(p):
    if p == 1: return 'completed'
    if p == 0: return 'not_started'
    return 'in_progress'

# ---------------------------------------------------------------- H1: Lộc, commune economy officer, goods-line matrix XLSX
GOODS = ['Xăng dầu', 'Vàng', 'Hàng đóng gói', 'Cân bán lẻ']
MEAS = ['Số cuộc kiểm tra (cuộc)', 'Số cơ sở được kiểm tra (cơ sở)', 'Số cơ sở vi phạm (cơ sở)', 'Tiền phạt VPHC (đồng)']
def h1(fname, code, uname, place, num, dtxt, mat, mat25, mat_pct, others, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = 'BC CT38'
    ws.column_dimensions['A'].width = 34
    for c in 'BCDEF': ws.column_dimensions[c].width = 15
    ws['A1'] = 'UBND ' + uname.upper(); ws['A1'].font = B
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = B
    ws['A2'] = 'Số: ' + num; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = f'{place}, {dtxt}'; ws['D3'].font = I
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG)'; ws['A5'].font = B
    ws['A7'] = 'I. Kiểm tra theo nhóm hàng (phân cấp cho xã)'; ws['A7'].font = B
    hdr = ['Chỉ tiêu'] + GOODS + ['Cộng']
    for j, h in enumerate(hdr): 
        c = ws.cell(8, j+1, h); c.font = B; c.border = BOX; c.alignment = WR
    for i, m in enumerate(MEAS):
        r = 9 + i
        ws.cell(r, 1, m).border = BOX
        for j in range(4):
            c = ws.cell(r, 2+j, mat[i][j]); c.border = BOX
            if i == 3: c.number_format = '#,##0'
        c = ws.cell(r, 6, f'=SUM(B{r}:E{r})'); c.border = BOX; c.font = B
        if i == 3: c.number_format = '#,##0'
    ws.cell(13, 1, 'Mức độ hoàn thành').font = I
    ws.cell(13, 6, mat_pct).alignment = Alignment(horizontal='right')
    ws['A15'] = 'II. Các nội dung khác'; ws['A15'].font = B
    for j, h in enumerate(['Nội dung', 'Kết quả', '', '', 'Mức độ hoàn thành']):
        c = ws.cell(16, j+1, h); c.font = B; c.border = BOX
    ws.merge_cells('B16:D16')
    r = 17
    for (name, res, pct) in others:
        ws.cell(r, 1, name).alignment = WR; ws.cell(r, 2, res).alignment = WR
        ws.merge_cells(f'B{r}:D{r}'); ws.cell(r, 5, pct)
        ws.row_dimensions[r].height = 48
        for j in range(1, 6): ws.cell(r, j).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, 'III. Khó khăn, vướng mắc').font = B; r += 1
    for d in diffs: ws.cell(r, 1, '- ' + d); r += 1
    ws.cell(r, 1, 'IV. Kiến nghị').font = B; r += 1
    for p in props: ws.cell(r, 1, '- ' + p); r += 1
    r += 1
    ws.cell(r, 4, 'KT. CHỦ TỊCH').font = B; ws.cell(r+1, 4, 'PHÓ CHỦ TỊCH').font = B
    ws.cell(r+1, 1, 'Người lập biểu: Trần Văn Lộc').font = I
    # hidden sheet of last year
    h = wb.create_sheet('SL 2025')
    h['A1'] = 'Số liệu năm 2025 (để so sánh, không gửi)'
    for j, x in enumerate(hdr): h.cell(2, j+1, x)
    for i, m in enumerate(MEAS):
        h.cell(3+i, 1, m)
        for j in range(4): h.cell(3+i, 2+j, mat25[i][j])
        h.cell(3+i, 6, f'=SUM(B{3+i}:E{3+i})')
    h.sheet_state = 'hidden'
    wb.save(os.path.join(OUT, fname)); LO_RESAVE.add(fname)

def tot(mat): return [sum(r) for r in mat]

ents = []
m = [[2,1,1,2],[5,4,6,11],[1,0,1,2],[7500000,0,3000000,1500000]]
m25 = [[1,1,0,2],[4,2,0,9],[1,0,0,1],[2500000,0,0,2500000]]
t = tot(m)
oth = [('Tuyên truyền về đo lường, chất lượng cho hộ kinh doanh', 'Đăng 04 tin, bài trên Trang thông tin điện tử xã và nhóm Zalo hộ kinh doanh chợ trung tâm.', '100%'),
       ('Cử công chức dự tập huấn nghiệp vụ TCĐLCL', 'Cử 02 công chức (kinh tế, văn phòng) dự lớp tập huấn do Chi cục TĐC tổ chức tháng 6/2026.', '100%'),
       ('Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND xã', 'Đã rà soát, cập nhật bộ quy trình sau khi sắp xếp; chưa đánh giá nội bộ.', '60%'),
       ('Tiếp nhận tố giác, phản ánh vi phạm về TCĐLCL', 'Không phát sinh', 'Không phát sinh')]
D = ['Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.',
     'Chưa có cân đối chứng tại chợ trung tâm xã để người dân tự kiểm tra.']
P = ['Đề nghị Chi cục TĐC hỗ trợ xã 01 cân đối chứng đặt tại chợ trung tâm.',
     'Đề nghị tổ chức thêm lớp tập huấn kỹ năng kiểm tra đo lường xăng dầu cho công chức cấp xã.']
h1('xa-ho-tram-bc-ct38-2026.xlsx', '26620', 'Xã Hồ Tràm', 'Hồ Tràm', '287/BC-UBND', 'ngày 10 tháng 11 năm 2026', m, m25, '100%', oth, D, P)
key('xa-ho-tram-bc-ct38-2026.xlsx', '26620', 'Xã Hồ Tràm', '287/BC-UBND', '2026-11-10', [
    ('II.5.c', 'completed', dict(inspections=t[0], establishments_inspected=t[1], violations=t[2], fines_vnd=t[3]), 'Kiểm tra theo nhóm hàng: Xăng dầu, Vàng, Hàng đóng gói, Cân bán lẻ (cột Cộng)'),
    ('II.1.a', 'completed', dict(communications=4), oth[0][1]),
    ('II.3.a', 'completed', dict(participants=2), oth[1][1]),
    ('II.2.đ', 'in_progress', {}, oth[2][1]),
    ('II.5.d', 'not_applicable', {}, oth[3][0] + ': Không phát sinh')], D, P)

m = [[1,0,2,1],[3,0,8,9],[0,0,2,1],[0,0,4000000,1000000]]
m25 = [[1,1,1,1],[2,3,5,6],[0,1,1,0],[0,3000000,1500000,0]]
t = tot(m)
oth = [('Tuyên truyền trên hệ thống truyền thanh xã', 'Phát 06 tin về ghi nhãn hàng hóa, cân đúng - đủ trên đài truyền thanh xã.', '100%'),
       ('Cử cán bộ dự tập huấn chuyên môn TCĐLCL', 'Chưa cử được (trong năm chưa nhận được giấy mời lớp dành cho cấp xã).', '0%'),
       ('Áp dụng, duy trì ISO 9001 trong giải quyết TTHC', 'Đã ban hành Quyết định công bố lại phạm vi áp dụng ISO 9001:2015 của UBND xã.', '100%')]
D = ['Một số hộ kinh doanh tạp hóa nhỏ lẻ không xuất trình được hóa đơn, chứng từ nguồn gốc hàng đóng gói.']
P = ['Đề nghị Sở KH&CN ban hành hướng dẫn mẫu biên bản kiểm tra đo lường áp dụng cho cấp xã.']
h1('BinhGia_BaoCao_TDC_11thang.xlsx', '26590', 'Xã Bình Giã', 'Bình Giã', '152/BC-UBND', 'ngày 07 tháng 11 năm 2026', m, m25, '80%', oth, D, P)
key('BinhGia_BaoCao_TDC_11thang.xlsx', '26590', 'Xã Bình Giã', '152/BC-UBND', '2026-11-07', [
    ('II.5.c', 'in_progress', dict(inspections=t[0], establishments_inspected=t[1], violations=t[2], fines_vnd=t[3]), 'Kiểm tra theo nhóm hàng, mức độ hoàn thành 80%'),
    ('II.1.a', 'completed', dict(communications=6), oth[0][1]),
    ('II.3.a', 'not_started', {}, oth[1][1]),
    ('II.2.đ', 'completed', {}, oth[2][1])], D, P)

m = [[3,1,1,1],[9,2,5,7],[2,0,0,1],[9500000,0,0,2000000]]
m25 = [[2,0,1,1],[6,0,3,4],[1,0,0,1],[4000000,0,0,750000]]
t = tot(m)
oth = [('Tuyên truyền, phổ biến pháp luật về TCĐLCL', 'Tổ chức 01 hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu, vàng với 60 hộ kinh doanh tham dự; đăng 05 tin bài trên trang thông tin xã.', '100%'),
       ('Tiếp nhận, xử lý phản ánh của người dân về gian lận đo lường', 'Tiếp nhận 02 phản ánh về cân thiếu tại chợ Ngãi Giao cũ; đã kiểm tra, xử lý và trả lời người phản ánh.', '100%'),
       ('Duy trì HTQLCL ISO 9001:2015', 'Đang xây dựng kế hoạch đánh giá nội bộ năm 2026.', '50%')]
D = ['Kinh phí cho hoạt động kiểm tra của xã chưa được bố trí riêng.']
P = ['Đề nghị Chi cục TĐC cử cán bộ cùng tham gia đoàn kiểm tra xăng dầu của xã trong Quý IV/2026.']
h1('Chau Duc - bieu CT38.xlsx', '26596', 'Xã Châu Đức', 'Châu Đức', '209/BC-UBND', 'ngày 12 tháng 11 năm 2026', m, m25, '100%', oth, D, P)
key('Chau Duc - bieu CT38.xlsx', '26596', 'Xã Châu Đức', '209/BC-UBND', '2026-11-12', [
    ('II.5.c', 'completed', dict(inspections=t[0], establishments_inspected=t[1], violations=t[2], fines_vnd=t[3]), 'Kiểm tra theo nhóm hàng (cột Cộng)'),
    ('II.1.a', 'completed', dict(training_courses=1, participants=60, communications=5), oth[0][1]),
    ('II.5.d', 'completed', {}, oth[1][1]),
    ('II.2.đ', 'in_progress', {}, oth[2][1])], D, P)

# mistaken: Đất Đỏ sends its digital transformation biểu
wb = Workbook(); ws = wb.active; ws.title = 'CDS 2026'
rows = [['UBND XÃ ĐẤT ĐỎ', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Số: 198/BC-UBND', '', '', 'Độc lập - Tự do - Hạnh phúc'],
        ['', '', '', 'Đất Đỏ, ngày 06 tháng 11 năm 2026'], [],
        ['BIỂU TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2026'], [],
        ['Chỉ tiêu', 'Dịch vụ công trực tuyến', 'Chữ ký số', 'Thanh toán không dùng tiền mặt', 'Cộng'],
        ['Số hồ sơ / giao dịch', 1843, 412, 2290, '=SUM(B8:D8)'],
        ['Số cán bộ được hướng dẫn', 25, 25, 12, '=SUM(B9:D9)'],
        ['Mức độ hoàn thành', '85%', '100%', '70%', '']]
for r in rows: ws.append(r)
ws.column_dimensions['A'].width = 30
wb.save(os.path.join(OUT, 'DatDo_bieu_11T_2026.xlsx')); LO_RESAVE.add('DatDo_bieu_11T_2026.xlsx')
key('DatDo_bieu_11T_2026.xlsx', '26680', 'Xã Đất Đỏ', '198/BC-UBND', '2026-11-06', [], [], [], status='rejected',
    reason='Biểu tổng hợp kết quả chuyển đổi số của xã, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')

# ---------------------------------------------------------------- H2: Thảo, ward office, tracking sheet with % cells
def h2(fname, code, uname, place, num, dtxt, rows, diffs, props, sheet='Theo doi CT38'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for c, w in zip('ABCDEF', [6, 40, 60, 16, 13, 22]): ws.column_dimensions[c].width = w
    ws['A1'] = 'ỦY BAN NHÂN DÂN'; ws['A2'] = uname.upper(); ws['A2'].font = B
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + num; ws['C3'] = f'{place}, {dtxt}'
    ws['A5'] = 'BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font = B
    ws['A6'] = '(kèm theo báo cáo của UBND ' + uname + ')'; ws['A6'].font = I
    hdr = ['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Số tiền (đồng)', 'Mức độ hoàn thành', 'Ghi chú']
    for j, h in enumerate(hdr):
        c = ws.cell(8, j+1, h); c.font = B; c.border = BOX; c.alignment = WR
    r = 9
    for i, (name, res, money, pct, note) in enumerate(rows, 1):
        vals = [i, name, res, money, pct, note]
        for j, v in enumerate(vals):
            c = ws.cell(r, j+1, v); c.border = BOX; c.alignment = WR
        ws.cell(r, 4).number_format = '#,##0'
        if isinstance(pct, (int, float)): ws.cell(r, 5).number_format = '0%'
        ws.row_dimensions[r].height = 75
        r += 1
    r += 1
    ws.cell(r, 2, 'Khó khăn, vướng mắc:').font = B
    ws.cell(r, 3, '\n'.join(diffs)).alignment = WR; ws.row_dimensions[r].height = 30 * len(diffs); r += 1
    ws.cell(r, 2, 'Đề xuất, kiến nghị:').font = B
    ws.cell(r, 3, '\n'.join(props)).alignment = WR; ws.row_dimensions[r].height = 30 * len(props); r += 2
    ws.cell(r, 2, 'Người lập: Nguyễn Thị Thu Thảo').font = I; ws.cell(r, 5, 'TM. ỦY BAN NHÂN DÂN').font = B
    wb.save(os.path.join(OUT, fname)); LO_RESAVE.add(fname)

rows = [('Phổ biến văn bản về đo lường, nhãn hàng hóa cho hộ kinh doanh; cử công chức dự tập huấn nghiệp vụ TĐC',
         'Đăng 07 tin bài trên fanpage phường. Cử 03 công chức dự lớp tập huấn ngày 22/5/2026 do Chi cục TĐC tổ chức.', None, 1, ''),
        ('Kiểm tra đo lường, chất lượng hàng hóa theo phân cấp (xăng dầu, vàng trang sức, cân tại chợ)',
         'Tổ kiểm tra liên ngành phường kiểm tra 08 cuộc tại 31 cơ sở; lập biên bản 05 cơ sở vi phạm, chuyển xử phạt theo thẩm quyền.', '=6000000+4500000+2250000', 0.9, 'Còn 01 đợt kiểm tra tháng 12'),
        ('Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 'Đã công bố lại HTQLCL phù hợp TCVN ISO 9001:2015 sau sắp xếp đơn vị hành chính.', None, 1, ''),
        ('Khen thưởng, bảo vệ người tố giác vi phạm về TCĐLCL', '', None, '—', 'Không phát sinh')]
D = ['Lực lượng kiểm tra của phường mỏng, công chức phụ trách còn kiêm nhiệm công tác quản lý trật tự đô thị.',
     'Chưa có phần mềm theo dõi cơ sở kinh doanh thuộc diện quản lý đo lường.']
P = ['Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh xăng dầu, vàng trên địa bàn phường sau sắp xếp.',
     'Đề nghị Sở KH&CN mở lớp tập huấn riêng cho công chức phường về xử phạt vi phạm hành chính lĩnh vực đo lường.']
h2('TangNhonPhu_theodoi_CT38.xlsx', '26842', 'Phường Tăng Nhơn Phú', 'Tăng Nhơn Phú', '412/BC-UBND', 'ngày 05 tháng 11 năm 2026', rows, D, P)
key('TangNhonPhu_theodoi_CT38.xlsx', '26842', 'Phường Tăng Nhơn Phú', '412/BC-UBND', '2026-11-05', [
    ('II.1.a', 'completed', dict(communications=7), rows[0][1]),
    ('II.3.a', 'completed', dict(participants=3), rows[0][1]),
    ('II.5.c', 'in_progress', dict(inspections=8, establishments_inspected=31, violations=5, fines_vnd=12750000), rows[1][1]),
    ('II.2.đ', 'completed', {}, rows[2][1]),
    ('II.5.d', 'not_applicable', {}, 'Không phát sinh')], D, P)

rows = [('Kiểm tra theo phân cấp về đo lường, chất lượng trên địa bàn phường',
         'Kiểm tra 06 cuộc, 19 cơ sở (08 cửa hàng xăng dầu, 11 tiệm vàng); 02 cơ sở vi phạm, đã ra quyết định xử phạt.', '=3000000+2500000', 1, ''),
        ('Phối hợp tuyên truyền, tập huấn cho hộ kinh doanh và cử công chức phường dự tập huấn',
         'Phối hợp Chi cục TĐC tổ chức 01 lớp phổ biến QCVN về xăng dầu với 45 hộ, doanh nghiệp tham dự; cử 02 công chức phường dự tập huấn nghiệp vụ.', None, 1, ''),
        ('Xây dựng, áp dụng ISO 9001:2015 tại UBND phường', 'Đang rà soát quy trình nội bộ, dự kiến đánh giá nội bộ trong tháng 12/2026.', None, 0.7, '')]
D = ['Một số tiệm vàng không niêm yết tuổi vàng, khi kiểm tra chủ cơ sở vắng mặt phải hẹn lại nhiều lần.']
P = ['Đề nghị Chi cục TĐC hướng dẫn thống nhất mẫu báo cáo định kỳ đối với phường.']
h2('BaRia_CT38_2026.xlsx', '26560', 'Phường Bà Rịa', 'Bà Rịa', '318/BC-UBND', 'ngày 06 tháng 11 năm 2026', rows, D, P, sheet='Sheet1')
key('BaRia_CT38_2026.xlsx', '26560', 'Phường Bà Rịa', '318/BC-UBND', '2026-11-06', [
    ('II.5.c', 'completed', dict(inspections=6, establishments_inspected=19, violations=2, fines_vnd=5500000), rows[0][1]),
    ('II.1.a', 'completed', dict(training_courses=1, participants=45), rows[1][1]),
    ('II.3.a', 'completed', dict(participants=2), rows[1][1]),
    ('II.2.đ', 'in_progress', {}, rows[2][1])], D, P)

rows = [('Kiểm tra đo lường, chất lượng hàng hóa theo thẩm quyền được phân cấp',
         'Đã kiểm tra 04 cuộc, 15 cơ sở kinh doanh (xăng dầu, cân tại chợ Bến Cát); đợt 2 đang triển khai.', None, 0.5, ''),
        ('Duy trì ISO 9001 tại UBND phường; cử công chức dự lớp chuyên gia đánh giá nội bộ',
         'Đã đánh giá nội bộ, xem xét của lãnh đạo năm 2026; cử 01 công chức dự lớp đào tạo chuyên gia đánh giá nội bộ.', None, 1, ''),
        ('Tuyên truyền trên hệ thống loa truyền thanh', 'Phát 10 tin về đo lường, chất lượng, nhãn hàng hóa.', None, 1, ''),
        ('Tiếp nhận phản ánh, tố giác vi phạm', 'Tiếp nhận, chuyển Chi cục TĐC 01 đơn phản ánh về đo lường xăng dầu.', None, 1, '')]
D = ['Phường chưa được trang bị dụng cụ kiểm tra nhanh (bình chuẩn, quả cân chuẩn).']
P = ['Đề nghị Chi cục TĐC cho mượn bình chuẩn kim loại phục vụ kiểm tra cột đo xăng dầu.',
     'Đề nghị bổ sung kinh phí kiểm tra cho phường năm 2027.']
h2('Ben Cat - theo doi KH38.xlsx', '25813', 'Phường Bến Cát', 'Bến Cát', '0527/BC-UBND', 'ngày 09 tháng 11 năm 2026', rows, D, P)
key('Ben Cat - theo doi KH38.xlsx', '25813', 'Phường Bến Cát', '0527/BC-UBND', '2026-11-09', [
    ('II.5.c', 'in_progress', dict(inspections=4, establishments_inspected=15), rows[0][1]),
    ('II.2.đ', 'completed', {}, rows[1][1]),
    ('II.3.a', 'completed', dict(participants=1), rows[1][1]),
    ('II.1.a', 'completed', dict(communications=10), rows[2][1]),
    ('II.5.d', 'completed', {}, rows[3][1])], D, P)

rows = [('Kiểm tra hàng hóa, phương tiện đo theo phân cấp',
         'Kiểm tra 05 cuộc, 22 cơ sở; phát hiện 04 cơ sở vi phạm (cân sai số vượt mức, hàng đóng gói thiếu định lượng).', '=1500000*2+2000000+3500000', 1, ''),
        ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', 'Đăng 12 tin bài trên trang thông tin điện tử và loa phát thanh khu phố.', None, 0.8, ''),
        ('Cử công chức tham gia lớp tập huấn nghiệp vụ', 'Chưa có lớp phù hợp trong kỳ.', None, 0, '')]
D = ['Công chức mới tiếp nhận nhiệm vụ sau sắp xếp, chưa nắm vững quy trình kiểm tra.']
P = ['Đề nghị Chi cục TĐC tổ chức lớp tập huấn cho công chức phường trong Quý I/2027.']
h2('LaiThieu_KH38_T11.xlsx', '25966', 'Phường Lái Thiêu', 'Lái Thiêu', '233/BC-UBND', 'ngày 04 tháng 11 năm 2026', rows, D, P)
key('LaiThieu_KH38_T11.xlsx', '25966', 'Phường Lái Thiêu', '233/BC-UBND', '2026-11-04', [
    ('II.5.c', 'completed', dict(inspections=5, establishments_inspected=22, violations=4, fines_vnd=8500000), rows[0][1]),
    ('II.1.a', 'in_progress', dict(communications=12), rows[1][1]),
    ('II.3.a', 'not_started', {}, rows[2][1])], D, P)

# ---------------------------------------------------------------- H3: Tâm, Sở's units, formula workbook with hidden last-year sheet
def h3(fname, uname, parent, num, dtxt, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = 'Nam 2026'
    for c, w in zip('ABCDEFG', [6, 46, 34, 10, 14, 14, 14]): ws.column_dimensions[c].width = w
    ws['A1'] = parent; ws['A2'] = uname.upper(); ws['A2'].font = B
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + num; ws['D3'] = 'Thành phố Hồ Chí Minh, ' + dtxt
    ws['A5'] = 'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'; ws['A5'].font = B
    hdr = ['TT', 'Nhiệm vụ', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2026', 'So với 2025 (%)', 'Mức độ hoàn thành']
    for j, h in enumerate(hdr):
        c = ws.cell(7, j+1, h); c.font = B; c.border = BOX; c.alignment = WR
    hs = wb.create_sheet('Nam 2025')
    hs['A1'] = 'Số liệu cùng kỳ năm 2025'
    r = 8; n = 0
    for task_name, pct, items in rows:
        n += 1
        start = r
        if not items: items = [('', '', None, None)]
        for (ind, dvt, f26, v25) in items:
            ws.cell(r, 3, ind); ws.cell(r, 4, dvt)
            if f26 is not None:
                ws.cell(r, 5, f26).number_format = '#,##0'
                hs.cell(r, 3, ind); hs.cell(r, 5, v25)
                ws.cell(r, 6, f"=IF('Nam 2025'!E{r}>0,ROUND(E{r}/'Nam 2025'!E{r}*100,1),\"-\")")
            for j in range(1, 8): ws.cell(r, j).border = BOX
            r += 1
        ws.cell(start, 1, n); ws.cell(start, 2, task_name).alignment = WR; ws.cell(start, 7, pct)
        if r - start > 1:
            for col in 'ABG': ws.merge_cells(f'{col}{start}:{col}{r-1}')
        ws.cell(start, 2).alignment = WR; ws.cell(start, 7).alignment = Alignment(horizontal='center', vertical='center')
    hs.sheet_state = 'hidden'
    r += 1
    ws.cell(r, 2, 'Khó khăn, vướng mắc').font = B; r += 1
    for d in diffs: ws.cell(r, 2, d).alignment = WR; ws.merge_cells(f'B{r}:G{r}'); ws.row_dimensions[r].height = 32; r += 1
    ws.cell(r, 2, 'Đề xuất').font = B; r += 1
    for p in props: ws.cell(r, 2, p).alignment = WR; ws.merge_cells(f'B{r}:G{r}'); ws.row_dimensions[r].height = 32; r += 1
    r += 1; ws.cell(r, 5, 'THỦ TRƯỞNG ĐƠN VỊ').font = B; ws.cell(r, 2, 'Lập bảng: Lê Minh Tâm').font = I
    wb.save(os.path.join(OUT, fname)); LO_RESAVE.add(fname)

rows = [('Tập huấn văn bản QPPL về TCĐLCL cho doanh nghiệp; tọa đàm doanh nghiệp nhập khẩu', '100%',
         [('Lớp tập huấn, tọa đàm', 'lớp', '=1+2+1', 3), ('Lượt người tham dự', 'lượt', '=120+150+115', 290)]),
        ('Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', '100%', [('Doanh nghiệp được hướng dẫn', 'DN', '=9+5', 11)]),
        ('Tổ chức Giải thưởng CLQG năm 2026 (hội đồng sơ tuyển)', '60%', []),
        ('Hỗ trợ DN áp dụng hệ thống quản lý tiên tiến, công bố chất lượng', '80%', [('Doanh nghiệp được hỗ trợ', 'DN', '=11+9+7', 22)]),
        ('Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP', '70%', [('Dự thảo TCVN/QCVN đã góp ý', 'bản', '=6+7+5', 15)]),
        ('Kiểm tra nhà nước về TCĐLCL hàng hóa lưu thông, nhập khẩu', '85%',
         [('Cuộc kiểm tra', 'cuộc', '=6+5+6+4', 18), ('Cơ sở được kiểm tra', 'cơ sở', '=41+38+47+38', 150),
          ('Cơ sở vi phạm', 'cơ sở', '=5+4+6+4', 22), ('Tiền phạt', 'đồng', '=72500000+81000000+95000000+38000000', 251000000)]),
        ('Khảo sát chất lượng sản phẩm, hàng hóa', '100%', [('Mẫu khảo sát', 'mẫu', '=40+45+35', 96)]),
        ('Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ', '100%',
         [('Phương tiện được kiểm định/hiệu chuẩn', 'chiếc', '=20+16', 31), ('Kinh phí đã sử dụng', 'đồng', '=98200000+50000000', 132000000)])]
D = ['Nhiều phường, xã sau sắp xếp chưa bố trí công chức đầu mối về TCĐLCL nên việc phối hợp kiểm tra theo phân cấp còn chậm.',
     'Kinh phí khảo sát chất lượng năm 2026 chỉ đáp ứng khoảng 70% nhu cầu lấy mẫu.']
P = ['Đề nghị Sở trình UBND Thành phố bổ sung kinh phí khảo sát chất lượng năm 2027.',
     'Đề nghị Sở có văn bản đề nghị UBND phường, xã cử công chức đầu mối phối hợp.']
h3('CCTDC_KQ_CT38_2026.xlsx', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '1185/BC-TĐC', 'ngày 28 tháng 10 năm 2026', rows, D, P)
key('CCTDC_KQ_CT38_2026.xlsx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1185/BC-TĐC', '2026-10-28', [
    ('II.1.a', 'completed', dict(training_courses=4, participants=385), rows[0][0]),
    ('II.1.b', 'completed', dict(enterprises_supported=14), rows[1][0]),
    ('II.2.b', 'in_progress', {}, rows[2][0]),
    ('II.2.d', 'in_progress', dict(enterprises_supported=27), rows[3][0]),
    ('II.2.e', 'in_progress', dict(standards_reviewed=18), rows[4][0]),
    ('II.5.a', 'in_progress', dict(inspections=21, establishments_inspected=164, violations=19, fines_vnd=286500000), rows[5][0]),
    ('II.5.b', 'completed', dict(samples_tested=120), rows[6][0]),
    ('II.4.b', 'completed', dict(instruments_verified=36, budget_spent_vnd=148200000), rows[7][0])], D, P)

rows = [('Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, đo lường', '75%', [('Kinh phí đã giải ngân', 'đồng', '=1250000000+1100000000', 1870000000)]),
        ('Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ DN và người dân', '100%', [('Phương tiện đo đã kiểm định, hiệu chuẩn', 'PTĐ', '=4210+4988+5102+4162', 17350)]),
        ('Duy trì, liên kết chuẩn đo lường chính đến chuẩn quốc gia', '100%', [('Chuẩn được hiệu chuẩn liên kết', 'chuẩn', '=7+5', 10)]),
        ('Phối hợp Chi cục TĐC tổ chức tập huấn cho doanh nghiệp', '100%', [('Lớp phối hợp', 'lớp', '=1+1', 1), ('Lượt người', 'lượt', '=62+78', 95)])]
D = ['Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, gói thầu thiết bị phân tích kim loại nặng chưa ký được hợp đồng.']
P = ['Đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu bổ sung năm 2026.']
h3('TTPT_bao cao CT38.xlsx', 'Trung tâm Dịch vụ Phân tích thí nghiệm', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', '642/BC-TTPT', 'ngày 29 tháng 10 năm 2026', rows, D, P)
key('TTPT_bao cao CT38.xlsx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '642/BC-TTPT', '2026-10-29', [
    ('II.4.a', 'in_progress', dict(budget_spent_vnd=2350000000), rows[0][0]),
    ('II.2.g', 'completed', dict(instruments_verified=18462), rows[1][0]),
    ('II.4.c', 'completed', dict(instruments_verified=12), rows[2][0]),
    ('II.1.a', 'completed', dict(training_courses=2, participants=140), rows[3][0])], D, P)

rows = [('Phối hợp Chi cục TĐC kiểm tra về TCĐLCL hàng hóa lưu thông', '100%',
         [('Cuộc kiểm tra có Phòng tham gia', 'cuộc', '=2+3+1', 4), ('Cơ sở được kiểm tra', 'cơ sở', '=15+22+11', 30), ('Cơ sở vi phạm', 'cơ sở', '=2+4+1', 5)]),
        ('Góp ý dự thảo văn bản QPPL về tiêu chuẩn, đo lường, chất lượng', '100%', [('Dự thảo văn bản đã góp ý', 'văn bản', '=1+2', 2)]),
        ('Phối hợp rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)', '50%', []),
        ('Hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền', '100%', []),
        ('Xử lý hành vi tham nhũng, tiêu cực; bảo vệ người tố giác', 'Không phát sinh', [])]
D = ['Biên chế Phòng ít, việc tham gia đoàn kiểm tra liên ngành thường trùng lịch thanh tra theo kế hoạch.']
P = ['Đề nghị Chi cục TĐC gửi lịch kiểm tra cả năm sớm để Phòng chủ động bố trí nhân sự.']
h3('KTPC_CT38_phoihop.xlsx', 'Phòng Kiểm tra – Pháp chế', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '77/BC-KTPC', 'ngày 30 tháng 10 năm 2026', rows, D, P)
key('KTPC_CT38_phoihop.xlsx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '77/BC-KTPC', '2026-10-30', [
    ('II.5.a', 'completed', dict(inspections=6, establishments_inspected=48, violations=7), rows[0][0]),
    ('II.2.c', 'completed', {}, rows[1][0]),
    ('II.4.b', 'in_progress', {}, rows[2][0]),
    ('II.5.c', 'completed', {}, rows[3][0]),
    ('II.5.d', 'not_applicable', {}, rows[4][0])], D, P)

# ---------------------------------------------------------------- H4: Hạnh, DOCX, sections closed by "Mức độ hoàn thành: NN%"
def para(doc, text, bold=False, italic=False, align=None, size=13):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size); r.font.name = 'Times New Roman'
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
def fmt(v, money=False):
    if money: return '-' if v == 0 else f'{v:,}'.replace(',', '.') + ' đ'
    return f'{v:02d}'
def h4(fname, uname, place, num, dtxt, title, sections, diffs, props, goods=None):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    t = doc.add_table(rows=3, cols=2)
    t.cell(0, 0).text = 'UBND ' + uname.upper(); t.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    t.cell(1, 0).text = '________'; t.cell(1, 1).text = 'Độc lập - Tự do - Hạnh phúc'
    t.cell(2, 0).text = 'Số: ' + num; t.cell(2, 1).text = f'{place}, {dtxt}'
    para(doc, ''); para(doc, 'BÁO CÁO', bold=True, align='c'); para(doc, title, bold=True, align='c')
    para(doc, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, UBND ' + uname + ' báo cáo kết quả như sau:')
    n = 0
    for sec in sections:
        n += 1
        para(doc, f'{n}. {sec["title"]}', bold=True)
        for line in sec['lines']: para(doc, line)
        if sec.get('goods'):
            mat = sec['goods']
            tb = doc.add_table(rows=5, cols=6); tb.style = 'Table Grid'
            for j, h in enumerate(['Nội dung'] + GOODS + ['Cộng']): tb.cell(0, j).text = h
            labels = ['Số cuộc kiểm tra', 'Số cơ sở được kiểm tra', 'Số cơ sở vi phạm', 'Tiền phạt']
            for i in range(4):
                tb.cell(i+1, 0).text = labels[i]
                for j in range(4): tb.cell(i+1, j+1).text = fmt(mat[i][j], i == 3)
                tb.cell(i+1, 5).text = fmt(sum(mat[i]), i == 3)
        para(doc, 'Mức độ hoàn thành: ' + sec['pct'], italic=True)
    para(doc, 'Khó khăn, vướng mắc', bold=True)
    for d in diffs: para(doc, '- ' + d)
    para(doc, 'Đề xuất, kiến nghị', bold=True)
    for p in props: para(doc, '- ' + p)
    para(doc, 'Trên đây là báo cáo của UBND ' + uname + './.')
    para(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', bold=True, align='c')
    doc.save(os.path.join(OUT, fname))

g = [[2,1,1,0],[6,3,4,0],[1,0,1,0],[2000000,0,1500000,0]]
secs = [dict(title='Kiểm tra đo lường, chất lượng theo nhóm hàng', lines=['Tổ kiểm tra của xã đã kiểm tra theo từng nhóm hàng, kết quả cụ thể như bảng dưới đây:'], goods=g, pct='100%'),
        dict(title='Tuyên truyền và bồi dưỡng công chức', lines=['Đăng 05 tin bài về cân đúng, đo đủ trên trang thông tin điện tử xã; cử 01 công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.'], pct='100%'),
        dict(title='Duy trì hệ thống quản lý chất lượng ISO 9001:2015', lines=['Xã đang cập nhật lại các quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới.'], pct='40%')]
D = ['Chưa có cân đối chứng tại chợ Hòa Hiệp.']
P = ['Đề nghị Chi cục TĐC hỗ trợ trang bị cân đối chứng cho chợ Hòa Hiệp.']
h4('HoaHiep_BC_CT38.docx', 'Xã Hòa Hiệp', 'Hòa Hiệp', '176/BC-UBND', 'ngày 11 tháng 11 năm 2026', 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026', secs, D, P)
key('HoaHiep_BC_CT38.docx', '26647', 'Xã Hòa Hiệp', '176/BC-UBND', '2026-11-11', [
    ('II.5.c', 'completed', dict(inspections=4, establishments_inspected=13, violations=2, fines_vnd=3500000), 'Kiểm tra theo nhóm hàng (bảng, cột Cộng)'),
    ('II.1.a', 'completed', dict(communications=5), secs[1]['lines'][0]),
    ('II.3.a', 'completed', dict(participants=1), secs[1]['lines'][0]),
    ('II.2.đ', 'in_progress', {}, secs[2]['lines'][0])], D, P)

g = [[3,1,2,2],[10,2,9,14],[2,0,1,3],[12000000,0,2500000,4500000]]
secs = [dict(title='Kiểm tra việc chấp hành pháp luật về đo lường, chất lượng', lines=['Trong năm, xã thành lập Tổ kiểm tra và kiểm tra theo nhóm hàng như sau:'], goods=g, pct='90%'),
        dict(title='Phổ biến quy định cho hộ kinh doanh', lines=['Tổ chức 02 buổi phổ biến quy định về đo lường, ghi nhãn hàng hóa cho 85 lượt hộ kinh doanh tại chợ Long Hải và khu du lịch ven biển.'], pct='100%'),
        dict(title='Tiếp nhận phản ánh, tố giác', lines=['Tiếp nhận 03 phản ánh của du khách về cân hải sản thiếu khối lượng; đã phối hợp xử lý, công khai kết quả.'], pct='100%'),
        dict(title='Cử công chức dự tập huấn', lines=['Đã đăng ký 01 công chức tham dự lớp tập huấn tháng 12/2026.'], pct='0%')]
D = ['Vào mùa du lịch, số hộ kinh doanh hải sản tăng đột biến, khó kiểm soát việc sử dụng cân.',
     'Xã chưa có kinh phí in tờ rơi tuyên truyền.']
P = ['Đề nghị Chi cục TĐC phối hợp kiểm tra cân tại khu vực kinh doanh hải sản trong dịp Tết Nguyên đán 2027.']
h4('Long Hai - BC ket qua CT38 nam 2026.docx', 'Xã Long Hải', 'Long Hải', '341/BC-UBND', 'ngày 13 tháng 11 năm 2026', 'Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026', secs, D, P)
key('Long Hai - BC ket qua CT38 nam 2026.docx', '26662', 'Xã Long Hải', '341/BC-UBND', '2026-11-13', [
    ('II.5.c', 'in_progress', dict(inspections=8, establishments_inspected=35, violations=6, fines_vnd=19000000), 'Kiểm tra theo nhóm hàng (bảng, cột Cộng)'),
    ('II.1.a', 'completed', dict(training_courses=2, participants=85), secs[1]['lines'][0]),
    ('II.5.d', 'completed', {}, secs[2]['lines'][0]),
    ('II.3.a', 'not_started', {}, secs[3]['lines'][0])], D, P)

g = [[2,2,1,1],[7,6,3,5],[1,1,0,2],[3500000,5000000,0,2000000]]
secs = [dict(title='Kiểm tra theo phân cấp quản lý', lines=['Phường kiểm tra theo nhóm hàng như sau:'], goods=g, pct='100%'),
        dict(title='Tuyên truyền và tập huấn', lines=['Đăng 09 tin bài trên fanpage và loa phát thanh; cử 02 công chức tham dự lớp tập huấn do Chi cục TĐC tổ chức ngày 14/8/2026.'], pct='100%'),
        dict(title='Áp dụng ISO 9001:2015 tại UBND phường', lines=['Đã hoàn tất đánh giá nội bộ và công bố lại.'], pct='100%'),
        dict(title='Khen thưởng người tố giác vi phạm', lines=['Trong kỳ không phát sinh.'], pct='Không phát sinh')]
D = ['Nhiều cơ sở kinh doanh đóng cửa khi đoàn kiểm tra đến.']
P = ['Đề nghị Chi cục TĐC chia sẻ dữ liệu kết quả kiểm định cột đo xăng dầu trên địa bàn phường.']
h4('TanPhuoc_BC_38.docx', 'Phường Tân Phước', 'Tân Phước', '604/BC-UBND', 'ngày 09 tháng 11 năm 2026', 'Kết quả thực hiện Kế hoạch CT38 năm 2026', secs, D, P)
LO_RESAVE.add('TanPhuoc_BC_38.docx')
key('TanPhuoc_BC_38.docx', '26713', 'Phường Tân Phước', '604/BC-UBND', '2026-11-09', [
    ('II.5.c', 'completed', dict(inspections=6, establishments_inspected=21, violations=4, fines_vnd=10500000), 'Kiểm tra theo nhóm hàng'),
    ('II.1.a', 'completed', dict(communications=9), secs[1]['lines'][0]),
    ('II.3.a', 'completed', dict(participants=2), secs[1]['lines'][0]),
    ('II.2.đ', 'completed', {}, secs[2]['lines'][0]),
    ('II.5.d', 'not_applicable', {}, secs[3]['lines'][0])], D, P)

g = [[1,1,0,3],[4,5,0,16],[0,1,0,2],[0,6000000,0,1750000]]
secs = [dict(title='Kiểm tra đo lường, chất lượng hàng hóa', lines=['Kết quả kiểm tra của phường theo nhóm hàng:'], goods=g, pct='70%'),
        dict(title='Tuyên truyền', lines=['Phát 08 tin bài trên hệ thống loa truyền thanh của 12 khu phố.'], pct='100%'),
        dict(title='Duy trì hệ thống quản lý chất lượng', lines=['Đang rà soát quy trình sau sắp xếp.'], pct='50%')]
D = ['Chợ Chánh Hiệp chưa có điểm cân đối chứng.']
P = ['Đề nghị Chi cục TĐC hướng dẫn quy trình kiểm tra cân bán lẻ tại chợ cho công chức phường.']
h4('ChanhHiep_CT38_2026.docx', 'Phường Chánh Hiệp', 'Chánh Hiệp', '289/BC-UBND', 'ngày 10 tháng 11 năm 2026', 'Kết quả triển khai Kế hoạch CT38 năm 2026', secs, D, P)
key('ChanhHiep_CT38_2026.docx', '25771', 'Phường Chánh Hiệp', '289/BC-UBND', '2026-11-10', [
    ('II.5.c', 'in_progress', dict(inspections=5, establishments_inspected=25, violations=3, fines_vnd=7750000), 'Kiểm tra theo nhóm hàng'),
    ('II.1.a', 'completed', dict(communications=8), secs[1]['lines'][0]),
    ('II.2.đ', 'in_progress', {}, secs[2]['lines'][0])], D, P)

# mistaken: disaster prevention report
secs = [dict(title='Công tác chuẩn bị phòng, chống thiên tai mùa mưa bão', lines=['Kiện toàn Ban Chỉ huy phòng thủ dân sự phường; rà soát 04 điểm sạt lở bờ kè, 120 hộ dân cần di dời khi có bão.'], pct='100%'),
        dict(title='Diễn tập ứng phó', lines=['Tổ chức 01 cuộc diễn tập phòng chống bão kết hợp tìm kiếm cứu nạn với 150 người tham gia.'], pct='100%')]
h4('LongHuong_BC_PCTT_2026.docx', 'Phường Long Hương', 'Long Hương', '377/BC-UBND', 'ngày 05 tháng 11 năm 2026', 'Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026', secs,
   ['Thiếu phương tiện cứu hộ chuyên dụng.'], ['Đề nghị Thành phố hỗ trợ kinh phí gia cố bờ kè.'])
key('LongHuong_BC_PCTT_2026.docx', '26566', 'Phường Long Hương', '377/BC-UBND', '2026-11-05', [], [], [], status='rejected',
    reason='Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm).')

# ---------------------------------------------------------------- re-save through LibreOffice (computes formula caches)
tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
for f in sorted(LO_RESAVE):
    ext = f.rsplit('.', 1)[1]
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, f)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
shutil.rmtree(tmp)
for f, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(TR, f + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(KEYS), 'files')
