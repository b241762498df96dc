"""Hand C — a metrology technician's verification log (XLSX): one row per batch with date,
instrument category, measurement field, Qty / Pass / Fail, the plan item as the hand's short
ref ("2g", "4b"), and a Status column in English abbreviations (DONE / IP / NS / N/A) explained
in a legend; a 'Summary' sheet totals Qty per plan item with SUMIF formulas (re-saved through
LibreOffice) and gives the item's status.  Bilingual headers."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

AB = {'completed': 'DONE', 'in_progress': 'IP', 'not_started': 'NS', 'not_applicable': 'N/A'}
REF = {'2g': 'II.2.g', '4a': 'II.4.a', '4b': 'II.4.b', '4c': 'II.4.c', '3a': 'II.3.a', '3d': 'II.3.d',
       '5c': 'II.5.c', '6a': 'II.6.a'}
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def build(fname, unit_lines, title, period, log, summary, diffs, props, date_cell, unit_id, number, date,
          log_cols=None):
    """log rows: (date, category, field, qty, pass, fail, ref, status_abbr, remark)
    summary: (ref, description, status, indicators, extra_text) — indicators taken from log totals
    when 'instruments_verified' is given as 'SUM'."""
    wb = Workbook()
    ws = wb.active
    ws.title = 'Log'
    for i, l in enumerate(unit_lines, 1):
        ws.cell(i, 1, l).font = Font(bold=(i == len(unit_lines)))
    r0 = len(unit_lines) + 2
    ws.cell(r0, 1, title).font = Font(bold=True, size=13)
    ws.cell(r0 + 1, 1, period).font = Font(italic=True)
    cols = log_cols or ['No.', 'Date / Ngày', 'Instrument category / Loại PTĐ', 'Field / Lĩnh vực', 'Qty / SL',
                        'Pass / Đạt', 'Fail / K.đạt', 'Mục KH', 'Status', 'Remark / Ghi chú']
    hr = r0 + 3
    for j, h in enumerate(cols, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='305496')
        c.alignment = Alignment(wrap_text=True, horizontal='center')
        c.border = BOX
    r = hr + 1
    first = r
    for i, row in enumerate(log, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
        r += 1
    lastrow = r - 1
    r += 1
    ws.cell(r, 2, 'Legend:').font = Font(bold=True)
    ws.cell(r, 3, 'DONE = đã hoàn thành | IP = in progress, đang thực hiện | NS = not started, chưa thực hiện | N/A = không phát sinh')
    for col, w in zip('ABCDEFGHIJ', [5, 12, 40, 18, 9, 9, 9, 9, 9, 40]):
        ws.column_dimensions[col].width = w
    s = wb.create_sheet('Summary')
    s['A1'] = 'SUMMARY BY PLAN ITEM / TỔNG HỢP THEO MỤC KẾ HOẠCH CT38-2026'
    s['A1'].font = Font(bold=True)
    hdr = ['Mục KH', 'Nội dung (theo KH Sở)', 'Total qty / Tổng SL', 'Status', 'Note']
    for j, h in enumerate(hdr, 1):
        c = s.cell(3, j, h); c.font = Font(bold=True); c.border = BOX
    rr = 4
    entries = []
    for ref, desc, st, ind, note in summary:
        s.cell(rr, 1, ref); s.cell(rr, 2, desc)
        if ind.get('instruments_verified') == 'SUM':
            s.cell(rr, 3, f'=SUMIF(Log!$H${first}:$H${lastrow},A{rr},Log!$E${first}:$E${lastrow})')
            ind = dict(ind)
            ind['instruments_verified'] = sum(x[3] for x in log if x[6] == ref and isinstance(x[3], int))
        s.cell(rr, 4, AB[st]); s.cell(rr, 5, note)
        for j in range(1, 6):
            s.cell(rr, j).border = BOX
        entries.append(E(REF[ref], st, ind, f'{ref} {desc}: {AB[st]} {note}'.strip(), f'Summary row {rr}'))
        rr += 1
    rr += 1
    s.cell(rr, 1, 'Issues / Khó khăn:').font = Font(bold=True); rr += 1
    for d in diffs:
        s.cell(rr, 1, '-'); s.cell(rr, 2, d); rr += 1
    s.cell(rr, 1, 'Requests / Đề xuất:').font = Font(bold=True); rr += 1
    for p in props:
        s.cell(rr, 1, '-'); s.cell(rr, 2, p); rr += 1
    rr += 1
    s.cell(rr, 2, date_cell).font = Font(italic=True)
    s.column_dimensions['B'].width = 70
    s.column_dimensions['C'].width = 16
    s.column_dimensions['E'].width = 45
    path = os.path.join(ROOT, fname)
    wb.save(path)
    lo_resave(path, 'xlsx:Calc MS Excel 2007 XML')
    write_key(fname, unit_id, number, date, entries, diffs, props)


def main():
    build('C1-ttptn-verification-log-ct38.xlsx',
          ['SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM',
           'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM',
           'Phòng Thí nghiệm Đo lường (Metrology Lab)'],
          'VERIFICATION LOG – NHẬT KÝ KIỂM ĐỊNH, HIỆU CHUẨN (số liệu phục vụ báo cáo CT38/2026)',
          'Period: 01/07/2026 – 31/10/2026',
          [('15/07/2026', 'Cân ô tô', 'Khối lượng', 38, 36, 2, '2g', 'DONE', 'Dịch vụ cho DN logistics'),
           ('04/08/2026', 'Cột đo xăng dầu', 'Dung tích', 412, 405, 7, '2g', 'DONE', ''),
           ('19/08/2026', 'Đồng hồ nước lạnh cơ khí', 'Lưu lượng', 960, 941, 19, '2g', 'DONE', 'Theo hợp đồng với Công ty cấp nước'),
           ('21/08/2026', 'Bình chuẩn kim loại hạng 2 (TB KTNV của Chi cục)', 'Dung tích', 8, 8, 0, '4b', 'DONE', ''),
           ('21/08/2026', 'Quả cân chuẩn F2, M1 (TB KTNV của Chi cục)', 'Khối lượng', 12, 12, 0, '4b', 'DONE', ''),
           ('09/09/2026', 'Huyết áp kế', 'Áp suất', 215, 212, 3, '2g', 'DONE', 'Bệnh viện, phòng khám'),
           ('10/09/2026', 'Thiết bị đo nhanh hàm lượng vàng XRF (TB KTNV)', 'Hóa lý', 3, 3, 0, '4b', 'DONE', ''),
           ('23/09/2026', 'Taximet', 'Độ dài', 126, 126, 0, '2g', 'DONE', ''),
           ('02/10/2026', 'Bộ quả cân chuẩn E2 (chuẩn chính)', 'Khối lượng', 5, None, None, '4c', 'IP', 'Gửi Viện Đo lường VN, chờ giấy chứng nhận'),
           ('02/10/2026', 'Chuẩn áp suất kiểu piston (chuẩn chính)', 'Áp suất', 2, None, None, '4c', 'IP', 'Như trên'),
           ('14/10/2026', 'Công tơ điện xoay chiều 1 pha', 'Điện', 123, 121, 2, '2g', 'IP', 'Đợt còn tiếp'),
           ('16/10/2026', 'Bình chuẩn hạng 1 (chuẩn chính)', 'Dung tích', 5, None, None, '4c', 'IP', ''),
           ('20/10/2026', 'Tiếp nhận 02 bộ chuẩn áp suất điện tử mới', 'Áp suất', None, None, None, '4a', 'IP', 'Đang lắp đặt, chưa đưa vào sử dụng')],
          [('2g', 'Dịch vụ kiểm định, hiệu chuẩn cho người dân, doanh nghiệp', 'in_progress', {'instruments_verified': 'SUM'}, 'Xã hội hóa dịch vụ, mở rộng lĩnh vực điện'),
           ('4a', 'Đầu tư trang thiết bị', 'in_progress', {}, 'Chuẩn áp suất điện tử đang lắp đặt'),
           ('4b', 'Hiệu chuẩn phương tiện, thiết bị KTNV cho Chi cục', 'completed', {'instruments_verified': 'SUM'}, ''),
           ('4c', 'Liên kết chuẩn đo lường chính đến chuẩn quốc gia', 'in_progress', {'instruments_verified': 'SUM'}, ''),
           ('3d', 'Hướng dẫn sinh viên thực tập về đo lường', 'not_applicable', {}, 'Chưa có trường đề nghị')],
          ['Lượng đồng hồ nước gửi kiểm định tăng đột biến, thiết bị kiểm định đồng hồ nước chạy hết công suất.',
           'Thời gian chờ Viện Đo lường Việt Nam hiệu chuẩn chuẩn chính kéo dài 6–8 tuần.'],
          ['Đề nghị Sở bổ sung 01 giàn kiểm định đồng hồ nước DN15–DN25 vào danh mục đầu tư năm 2027.'],
          'Report date / Ngày lập: 02/11/2026', 'SKHCN-TTPTTN', None, '2026-11-02')

    build('C2-cctdc-log-thiet-bi-ktnv.xlsx',
          ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Tổ Thiết bị – Phòng Quản lý Đo lường'],
          'EQUIPMENT CALIBRATION LOG – THEO DÕI KIỂM ĐỊNH, HIỆU CHUẨN THIẾT BỊ KTNV VÀ CHUẨN',
          'Kỳ: 9 tháng năm 2026 (đến 30/09/2026) – phục vụ báo cáo nhiệm vụ 4b, 4c KH CT38',
          [('12/03/2026', 'Bình chuẩn kim loại 20 L', 'Dung tích', 10, 10, 0, '4b', 'DONE', 'TT Dịch vụ PTTN hiệu chuẩn'),
           ('12/03/2026', 'Quả cân chuẩn M1 (1 kg – 20 kg)', 'Khối lượng', 16, 16, 0, '4b', 'DONE', ''),
           ('07/05/2026', 'Thước cuộn chuẩn 30 m', 'Độ dài', 4, 4, 0, '4b', 'DONE', ''),
           ('18/06/2026', 'Thiết bị đo nhanh hàm lượng vàng', 'Hóa lý', 3, 2, 1, '4b', 'DONE', '01 thiết bị sai số lớn, đã hiệu chỉnh lại'),
           ('25/07/2026', 'Nhiệt kế chuẩn điện tử', 'Nhiệt độ', 5, 5, 0, '4b', 'DONE', ''),
           ('10/09/2026', 'Chuẩn dung tích hạng 2', 'Dung tích', 4, None, None, '4c', 'IP', 'Gửi liên kết chuẩn, chưa có kết quả'),
           ('10/09/2026', 'Chuẩn khối lượng hạng 2', 'Khối lượng', 2, 2, 0, '4c', 'DONE', '')],
          [('4b', 'Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị KTNV (NĐ 135/2021)', 'completed', {'instruments_verified': 'SUM'}, 'Hoàn thành kế hoạch hiệu chuẩn năm'),
           ('4c', 'Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia', 'in_progress', {'instruments_verified': 'SUM'}, ''),
           ('6a', 'Cập nhật điều ước, thỏa thuận quốc tế về đo lường', 'not_applicable', {}, 'Không có văn bản mới')],
          ['Một số thiết bị KTNV nhập khẩu phải gửi hiệu chuẩn ở nước ngoài, chi phí cao.'],
          ['Đề nghị Lãnh đạo Chi cục cho lập dự toán thay thế thiết bị đo nhanh hàm lượng vàng năm 2027.'],
          'Lập ngày 05/10/2026 – Nguyễn Thành Đạt', 'SKHCN-CCTDC', None, '2026-10-05')

    build('C3-phuong-binh-quoi-nhat-ky-kiem-tra.xlsx',
          ['UBND PHƯỜNG BÌNH QUỚI', 'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ'],
          'NHẬT KÝ KIỂM TRA ĐO LƯỜNG TẠI CHỢ – CT38 / 2026',
          'Từ 01/07/2026 đến 15/10/2026',
          [('08/07/2026', 'Kiểm định cân đối chứng chợ Bình Quới', 'Khối lượng', 1, 1, 0, '5c', 'DONE', 'Gửi TT Dịch vụ PTTN'),
           ('08/07/2026', 'Kiểm định cân đối chứng chợ Thanh Đa', 'Khối lượng', 1, 1, 0, '5c', 'DONE', ''),
           ('22/07/2026', 'Kiểm định cân đối chứng chợ tạm Bình Quới 2', 'Khối lượng', 1, 1, 0, '5c', 'DONE', ''),
           ('05/08/2026', 'Đợt 1: kiểm tra cân của hộ kinh doanh chợ Thanh Đa', 'Khối lượng', 18, 16, 2, '5c', 'DONE', 'Nhắc nhở, lập BB 02 hộ'),
           ('16/09/2026', 'Đợt 2: kiểm tra cân của hộ kinh doanh chợ Bình Quới', 'Khối lượng', 20, 18, 2, '5c', 'DONE', ''),
           ('13/10/2026', 'Đợt 3: kiểm tra cân chợ tạm Bình Quới 2', 'Khối lượng', 8, 7, 1, '5c', 'IP', 'Đang hoàn thiện hồ sơ xử phạt'),
           ('20/08/2026', 'Cử công chức dự tập huấn nghiệp vụ TĐC của Chi cục', '', 2, None, None, '3a', 'DONE', '02 người')],
          [('5c', 'Nội dung phân quyền cho phường về TĐC (cân đối chứng, kiểm tra đo lường tại chợ)', 'in_progress',
            {'instruments_verified': 3, 'inspections': 3, 'establishments_inspected': 46, 'violations': 5, 'fines_vnd': 6000000},
            '03 cân đối chứng đã kiểm định; 03 đợt kiểm tra, 46 hộ kinh doanh được kiểm tra, 05 hộ vi phạm, phạt 6.000.000 đồng'),
           ('3a', 'Cử công chức tham dự tập huấn chuyên môn TĐC', 'completed', {'participants': 2}, '02 công chức')],
          ['Chợ tạm Bình Quới 2 chưa có vị trí cố định đặt cân đối chứng.'],
          ['Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân đối chứng định kỳ năm 2027.'],
          'Bình Quới, ngày 16/10/2026 – người lập: Lâm Thị Mỹ Hạnh', '26911', None, '2026-10-16',
          log_cols=['No.', 'Date / Ngày', 'Nội dung / Category', 'Field', 'Qty / SL (cân, hộ)', 'Pass / Đạt', 'Fail / K.đạt', 'Mục KH', 'Status', 'Remark'])


if __name__ == '__main__':
    main()
