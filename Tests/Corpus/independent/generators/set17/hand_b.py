"""Hand B — pivot-style workbook: rows are indicators (with ĐVT), columns are tasks under the
hand's own short codes ("NV 1a", "NV 5c") with a short name under each; a "Cộng" column of
SUM formulas (re-saved through LibreOffice so values are cached); a status row with the hand's
words Xong / Đang làm / Chưa làm / KPS; money in "triệu đồng" with decimals; a second sheet
"Thuyet minh" with difficulties and proposals.  Also the mistaken file M1 (CCHC workbook)."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
from openpyxl.utils import get_column_letter as L

ROWS = [  # (indicator id, label, ĐVT, scale)
    ('training_courses', 'Số lớp tập huấn / hội nghị / hội thảo', 'lớp', 1),
    ('participants', 'Số lượt người tham dự', 'lượt', 1),
    ('communications', 'Tin, bài, tài liệu tuyên truyền', 'tin/bài', 1),
    ('enterprises_supported', 'DN, tổ chức được hỗ trợ, hướng dẫn', 'DN', 1),
    ('inspections', 'Số cuộc kiểm tra', 'cuộc', 1),
    ('establishments_inspected', 'Số cơ sở được kiểm tra', 'cơ sở', 1),
    ('violations', 'Số cơ sở vi phạm', 'cơ sở', 1),
    ('fines_vnd', 'Tiền xử phạt VPHC', 'triệu đồng', 1e6),
    ('samples_tested', 'Số mẫu lấy / thử nghiệm', 'mẫu', 1),
    ('instruments_verified', 'PTĐ, chuẩn được kiểm định / hiệu chuẩn', 'chiếc', 1),
    ('standards_reviewed', 'TCVN, QCVN góp ý / xây dựng', 'văn bản', 1),
    ('budget_spent_vnd', 'Kinh phí đã sử dụng', 'triệu đồng', 1e6),
]
WORD = {'completed': 'Xong', 'in_progress': 'Đang làm', 'not_started': 'Chưa làm', 'not_applicable': 'KPS'}
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def build(fname, parent, unit_line, sub_line, tasks, diffs, props, maker, date_cell, unit_id, number, date):
    """tasks: list of (code_label, short_name, task, status, indicators, note)"""
    wb = Workbook()
    ws = wb.active
    ws.title = 'TH_CT38'
    n = len(tasks)
    last = 3 + n + 1
    ws['A1'] = parent
    ws['A2'] = unit_line
    ws['A2'].font = Font(bold=True)
    ws['A4'] = 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A4'].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=last)
    ws['A5'] = sub_line
    ws['A5'].font = Font(italic=True)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=last)
    for c in ('A4', 'A5'):
        ws[c].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Chỉ tiêu \\ Nhiệm vụ', 'ĐVT'] + [t[0] for t in tasks] + ['Cộng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.border = BOX
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    ws.merge_cells('A7:A8'); ws.merge_cells('B7:B8'); ws.merge_cells('C7:C8')
    ws.merge_cells(start_row=7, start_column=last, end_row=8, end_column=last)
    for j, t in enumerate(tasks, 4):
        c = ws.cell(8, j, t[1])
        c.alignment = Alignment(horizontal='center', vertical='top', wrap_text=True)
        c.font = Font(italic=True, size=9)
        c.border = BOX
    r = 9
    for i, (ind, label, dvt, scale) in enumerate(ROWS, 1):
        ws.cell(r, 1, i).border = BOX
        ws.cell(r, 2, label).border = BOX
        ws.cell(r, 3, dvt).border = BOX
        for j, t in enumerate(tasks, 4):
            c = ws.cell(r, j)
            c.border = BOX
            if ind in t[4]:
                v = t[4][ind] / scale
                c.value = int(v) if float(v).is_integer() else v
                c.number_format = '#,##0.00' if scale != 1 else '#,##0'
        c = ws.cell(r, last, f'=SUM({L(4)}{r}:{L(last-1)}{r})')
        c.border = BOX
        c.number_format = '#,##0.00' if scale != 1 else '#,##0'
        r += 1
    ws.cell(r, 2, 'Tình hình thực hiện').font = Font(bold=True)
    for j, t in enumerate(tasks, 4):
        c = ws.cell(r, j, WORD[t[3]])
        c.alignment = Alignment(horizontal='center')
        c.font = Font(bold=True)
        c.border = BOX
    r += 1
    ws.cell(r, 2, 'Ghi chú')
    for j, t in enumerate(tasks, 4):
        c = ws.cell(r, j, t[5])
        c.alignment = Alignment(wrap_text=True, vertical='top')
        c.font = Font(size=9)
        c.border = BOX
    r += 2
    ws.cell(r, 2, 'Quy ước: Xong = đã hoàn thành; Đang làm = đang triển khai; Chưa làm = chưa triển khai; KPS = không phát sinh. Ô để trống: không có số liệu.').font = Font(italic=True, size=9)
    r += 2
    ws.cell(r, 2, 'Người lập biểu')
    ws.cell(r, last - 1, date_cell).font = Font(italic=True)
    ws.cell(r + 4, 2, maker).font = Font(bold=True)
    ws.column_dimensions['A'].width = 5
    ws.column_dimensions['B'].width = 38
    ws.column_dimensions['C'].width = 10
    for j in range(4, last + 1):
        ws.column_dimensions[L(j)].width = 14
    ws.row_dimensions[8].height = 60
    ws.freeze_panes = 'D9'
    w2 = wb.create_sheet('Thuyet minh')
    w2['A1'] = 'THUYẾT MINH KÈM BIỂU'
    w2['A1'].font = Font(bold=True)
    w2['A3'] = 'I. Khó khăn, vướng mắc'
    w2['A3'].font = Font(bold=True)
    rr = 4
    for i, d in enumerate(diffs, 1):
        w2.cell(rr, 1, i); w2.cell(rr, 2, d); rr += 1
    rr += 1
    w2.cell(rr, 1, 'II. Kiến nghị, đề xuất').font = Font(bold=True); rr += 1
    for i, p in enumerate(props, 1):
        w2.cell(rr, 1, i); w2.cell(rr, 2, p); rr += 1
    w2.column_dimensions['B'].width = 110
    path = os.path.join(ROOT, fname)
    wb.save(path)
    lo_resave(path, 'xlsx:Calc MS Excel 2007 XML')
    entries = [E(t[2], t[3], t[4], f'{t[0]} {t[1]}: {WORD[t[3]]}' + (f' — {t[5]}' if t[5] else ''), f'TH_CT38 column {L(j)}')
               for j, t in enumerate(tasks, 4)]
    write_key(fname, unit_id, number, date, entries, diffs, props)


def m1():
    """Mistaken file: Văn phòng Sở's CCHC workbook in the same pivot layout."""
    fname = 'M1-vp-so-tong-hop-cchc-2026.xlsx'
    wb = Workbook()
    ws = wb.active
    ws.title = 'TH_CCHC'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws['A2'] = 'VĂN PHÒNG SỞ'
    ws['A4'] = 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'
    ws['A4'].font = Font(bold=True, size=13)
    ws['A5'] = '(Kèm theo Báo cáo số 305/BC-VP ngày 20/10/2026 về công tác cải cách hành chính Quý III/2026)'
    cols = ['CC thể chế', 'CC TTHC', 'CC tổ chức bộ máy', 'CC công vụ', 'CC tài chính công', 'Chính quyền số']
    hdr = ['STT', 'Chỉ tiêu \\ Nội dung CCHC', 'ĐVT'] + cols + ['Cộng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BOX
    data = [('Văn bản chỉ đạo, điều hành ban hành', 'văn bản', [3, 4, 2, 2, 1, 3]),
            ('TTHC được rà soát, đơn giản hóa', 'thủ tục', [None, 18, None, None, None, 6]),
            ('Hồ sơ TTHC tiếp nhận', 'hồ sơ', [None, 2846, None, None, None, None]),
            ('Hồ sơ giải quyết đúng hạn', 'hồ sơ', [None, 2839, None, None, None, None]),
            ('Cuộc kiểm tra công tác CCHC', 'cuộc', [1, 2, None, 1, None, None]),
            ('Kinh phí thực hiện', 'triệu đồng', [None, 45.5, None, None, 12, 210])]
    r = 8
    for i, (lab, dvt, vals) in enumerate(data, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, lab); ws.cell(r, 3, dvt)
        for j, v in enumerate(vals, 4):
            if v is not None:
                ws.cell(r, j, v)
        ws.cell(r, 10, f'=SUM(D{r}:I{r})')
        r += 1
    ws.cell(r, 2, 'Tình hình thực hiện')
    for j, w in enumerate(['Xong', 'Đang làm', 'Xong', 'Đang làm', 'Đang làm', 'Đang làm'], 4):
        ws.cell(r, j, w)
    ws.cell(r + 3, 8, 'TP.HCM, ngày 20/10/2026')
    ws.column_dimensions['B'].width = 40
    path = os.path.join(ROOT, fname)
    wb.save(path)
    lo_resave(path, 'xlsx:Calc MS Excel 2007 XML')
    write_key(fname, 'SKHCN-VP', '305/BC-VP', '2026-10-20', [],
              rejected='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: đây là bảng tổng hợp kết quả cải cách hành chính năm 2026 của Văn phòng Sở (gửi nhầm).')


def main():
    build('B1-ttpttn-bieu-tong-hop-ct38.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
          'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM',
          'Kỳ báo cáo: từ 01/01/2026 đến 25/10/2026',
          [('NV 1a', 'Tập huấn VBQPPL, tọa đàm DN nhập khẩu (phối hợp)', 'II.1.a', 'not_applicable', {}, 'Chi cục không đề nghị cử báo cáo viên'),
           ('NV 2g', 'Tổ chức dịch vụ kỹ thuật TĐC, xã hội hóa', 'II.2.g', 'in_progress', {'enterprises_supported': 45}, 'Tư vấn DN về thử nghiệm, hiệu chuẩn'),
           ('NV 4a', 'Đầu tư CSVC, trang thiết bị', 'II.4.a', 'in_progress', {'budget_spent_vnd': 2350000000}, 'Gói thiết bị sắc ký đang lắp đặt'),
           ('NV 4c', 'Chuẩn đo lường, liên kết chuẩn (phối hợp)', 'II.4.c', 'in_progress', {'instruments_verified': 18}, ''),
           ('NV 5b', 'Khảo sát chất lượng SP, HH (thử nghiệm mẫu)', 'II.5.b', 'in_progress', {'samples_tested': 132}, 'Thử nghiệm mẫu do Chi cục gửi')],
          ['Một số thiết bị thử nghiệm cũ đã quá 10 năm sử dụng, thường xuyên hỏng hóc.',
           'Thủ tục mua sắm tập trung kéo dài, ảnh hưởng tiến độ giải ngân vốn đầu tư.'],
          ['Đề nghị Sở sớm phê duyệt danh mục thiết bị đầu tư năm 2027.',
           'Đề nghị Chi cục gửi kế hoạch lấy mẫu khảo sát Quý IV để Trung tâm bố trí năng lực thử nghiệm.'],
          'Phạm Minh Tuấn', 'Ngày lập biểu: 29/10/2026', 'SKHCN-TTPTTN', None, '2026-10-29')
    build('B2-cctdc-bieu-tong-hop-ct38.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
          'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
          '(Kèm theo Báo cáo số 468/BC-CCTĐC ngày 03/11/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng)',
          [('NV 1a', 'Tập huấn VBQPPL, tọa đàm DN nhập khẩu', 'II.1.a', 'completed', {'training_courses': 5, 'participants': 438}, ''),
           ('NV 1b', 'Vận động tham dự GTCLQG', 'II.1.b', 'completed', {'enterprises_supported': 27}, ''),
           ('NV 2a', 'CT 1322, KH 36, ĐA 996, ĐA 100', 'II.2.a', 'in_progress', {'enterprises_supported': 19, 'training_courses': 2, 'participants': 160, 'budget_spent_vnd': 96500000}, 'Quý IV'),
           ('NV 2d', 'Hỗ trợ DN áp dụng HTQL, công bố CL', 'II.2.d', 'in_progress', {'enterprises_supported': 64}, ''),
           ('NV 2h', 'Hệ thống TTHC Bộ KHCN, một cửa QG', 'II.2.h', 'completed', {}, 'Đã kết nối liên thông'),
           ('NV 3a', 'Tập huấn công chức sở, ngành, xã', 'II.3.a', 'in_progress', {'training_courses': 3, 'participants': 512}, ''),
           ('NV 3d', 'Đào tạo SV, viên chức các trường', 'II.3.d', 'in_progress', {'training_courses': 2, 'participants': 230}, ''),
           ('NV 5a', 'Kiểm tra TĐC hàng hóa', 'II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 96, 'violations': 11, 'fines_vnd': 86250000}, ''),
           ('NV 5b', 'Khảo sát chất lượng SP, HH', 'II.5.b', 'in_progress', {'samples_tested': 70}, ''),
           ('NV 6b', 'Phối hợp APO (nếu có yêu cầu)', 'II.6.b', 'not_applicable', {}, '')],
          ['Số lượng cơ sở kinh doanh trên địa bàn lớn, lực lượng kiểm tra của Chi cục mỏng.',
           'Kinh phí lấy mẫu khảo sát chỉ đáp ứng khoảng 60% nhu cầu.'],
          ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng hàng hóa năm 2027.'],
          'Vũ Thị Thanh Hà', 'TP.HCM, ngày 03/11/2026', 'SKHCN-CCTDC', '468/BC-CCTĐC', '2026-11-03')
    build('B3-phuong-phu-nhuan-bieu-ct38.xlsx', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ NHUẬN',
          '(Phụ lục kèm theo Báo cáo số 412/BC-UBND ngày 26/10/2026 của UBND phường Phú Nhuận)',
          [('NV 3a', 'Tập huấn công chức phường (cử người dự)', 'II.3.a', 'completed', {'participants': 3}, 'Cử 03 công chức dự lớp của Chi cục'),
           ('NV 5c', 'Nội dung phân quyền cho phường', 'II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 33, 'violations': 3, 'fines_vnd': 9000000}, 'Phối hợp Chi cục'),
           ('NV 5d', 'Khen thưởng, bảo vệ người tố giác', 'II.5.d', 'not_applicable', {}, '')],
          ['Công chức phụ trách kiêm nhiệm, chưa được trang bị thiết bị kiểm tra nhanh.'],
          ['Đề nghị Chi cục hướng dẫn biểu mẫu biên bản kiểm tra thống nhất cho cấp phường.'],
          'Huỳnh Ngọc Trâm', 'Phú Nhuận, ngày 26/10/2026', '27073', '412/BC-UBND', '2026-10-26')
    m1()


if __name__ == '__main__':
    main()
