"""Hand D — status given ONLY by a symbol or a colour word, explained in a legend (placed
before or after the table).  D1: symbols ● ◑ ○ ⊘ (docx, re-saved through LibreOffice);
D2: colour words XANH / VÀNG / ĐỎ / XÁM with matching cell shading (docx); D3: ✔ ➜ ✖ — in an
XLSX typed like a Word page."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill

SYM = {'completed': '●', 'in_progress': '◑', 'not_started': '○', 'not_applicable': '⊘'}
COL = {'completed': ('XANH', '92D050'), 'in_progress': ('VÀNG', 'FFFF00'), 'not_started': ('ĐỎ', 'FF0000'),
       'not_applicable': ('XÁM', 'BFBFBF')}
CHK = {'completed': '✔', 'in_progress': '➜', 'not_started': '✖', 'not_applicable': '—'}


def docx_report(fname, head, number, date_line, title, kinh_gui, intro, rows, mode, diffs, props,
                sign, signer, unit_id, num, date, noi_nhan, resave=False):
    doc = new_doc(size=13)
    header_block(doc, head, date_line, number)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, title, bold=True, align='c')
    para(doc, kinh_gui, align='c')
    for t in intro:
        para(doc, t, align='j', indent=1.0)
    para(doc, '1. Kết quả thực hiện các nhiệm vụ được giao', bold=True)
    if mode == 'colour':
        para(doc, 'Quy ước màu mức độ thực hiện: XANH – đã hoàn thành; VÀNG – đang triển khai, đúng tiến độ; '
                  'ĐỎ – chưa triển khai; XÁM – không phát sinh nhiệm vụ trong kỳ.', italic=True, align='j')
    hdr = ['STT', 'Nhiệm vụ phối hợp (theo Kế hoạch của Sở)', 'Kết quả', 'ĐG' if mode == 'symbol' else 'Mức độ']
    t = doc.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, bold=True, align='c')
    entries = []
    for i, (task, name, result, st, ind) in enumerate(rows, 1):
        c = t.add_row().cells
        cell_text(c[0], str(i), align='c')
        cell_text(c[1], name)
        cell_text(c[2], result)
        if mode == 'symbol':
            cell_text(c[3], SYM[st], align='c', size=14)
        else:
            w, fill = COL[st]
            cell_text(c[3], w, bold=True, align='c')
            shade(c[3], fill)
        entries.append(E(task, st, ind, result, f'word/document.xml table 2 row {i + 1}'))
    for row in t.rows:
        row.cells[0].width = Cm(1.0); row.cells[1].width = Cm(6.0); row.cells[2].width = Cm(7.5); row.cells[3].width = Cm(1.8)
    if mode == 'symbol':
        para(doc, 'Ký hiệu cột ĐG:  ● Hoàn thành    ◑ Đang thực hiện    ○ Chưa thực hiện    ⊘ Không phát sinh', italic=True, size=11)
    para(doc, '2. Khó khăn, vướng mắc', bold=True)
    for d in diffs:
        para(doc, '- ' + d, align='j', indent=1.0)
    para(doc, '3. Kiến nghị', bold=True)
    for p in props:
        para(doc, '- ' + p, align='j', indent=1.0)
    para(doc)
    signature(doc, ['Nơi nhận:'] + noi_nhan, sign, signer)
    path = os.path.join(ROOT, fname)
    doc.save(path)
    if resave:
        lo_resave(path, 'docx:MS Word 2007 XML')
    write_key(fname, unit_id, num, date, entries, diffs, props)


def d3():
    fname = 'D3-qlkh-bao-cao-ct38.xlsx'
    wb = Workbook()
    ws = wb.active
    ws.title = 'BaoCao'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws['A2'] = 'PHÒNG QUẢN LÝ KHOA HỌC'
    ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: 97/BC-QLKH'
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026'
    ws['D3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True)
    ws.merge_cells('A5:E5')
    ws['A6'] = 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng'
    ws.merge_cells('A6:E6')
    for c in ('A5', 'A6'):
        ws[c].alignment = Alignment(horizontal='center')
    thin = Side(style='thin')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = ['TT', 'Mục KH', 'Nội dung nhiệm vụ', 'Kết quả thực hiện', '']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = box
        c.alignment = Alignment(horizontal='center', wrap_text=True)
    rows = [('II.3.c', '3.c', 'Thu hút chuyên gia, cán bộ trình độ cao lĩnh vực TĐC (chủ trì)',
             'Tiếp nhận, thẩm định 02 hồ sơ đề xuất thu hút chuyên gia lĩnh vực đo lường theo Nghị quyết 27/2023/NQ-HĐND; đang trình Hội đồng', 'in_progress', {}),
            ('II.2.a', '2.a', 'Chương trình 1322, Kế hoạch 36 – nhiệm vụ KH&CN về năng suất (phối hợp)',
             'Phối hợp thẩm định 03 nhiệm vụ khoa học và công nghệ về năng suất chất lượng; kinh phí đã giải ngân 640.500.000 đồng', 'in_progress', {'budget_spent_vnd': 640500000}),
            ('II.3.b', '3.b', 'Khóa bồi dưỡng chuyên sâu năng suất, chất lượng (phối hợp)',
             'Giới thiệu chuyên gia của các viện, trường tham gia giảng dạy khóa bồi dưỡng do Chi cục tổ chức', 'completed', {}),
            ('II.1.a', '1.a', 'Tập huấn VBQPPL về TĐC (phối hợp)',
             'Chưa được đề nghị cử báo cáo viên', 'not_started', {}),
            ('II.6.b', '6.b', 'Phối hợp APO thúc đẩy năng suất (nếu có yêu cầu)',
             'Trong kỳ không có yêu cầu', 'not_applicable', {})]
    entries = []
    r = 9
    for i, (task, code, name, res, st, ind) in enumerate(rows, 1):
        for j, v in enumerate([i, code, name, res, CHK[st]], 1):
            c = ws.cell(r, j, v); c.border = box
            c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j in (1, 2, 5) else None)
        ws.cell(r, 5).font = Font(size=14)
        entries.append(E(task, st, ind, res, f'BaoCao row {r}'))
        r += 1
    ws.cell(r, 1, 'Ghi chú: ✔ đã xong; ➜ đang làm; ✖ chưa làm; — không phát sinh').font = Font(italic=True, size=9)
    r += 2
    diffs = ['Quy trình xét thu hút chuyên gia qua nhiều bước, thời gian thẩm định kéo dài.']
    props = ['Đề nghị Chi cục cung cấp danh mục nhu cầu chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng để Phòng chủ động tìm nguồn.']
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True)
    ws.cell(r, 3, diffs[0]); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True)
    ws.cell(r, 3, props[0]); r += 2
    ws.cell(r, 4, 'TRƯỞNG PHÒNG').font = Font(bold=True)
    ws.cell(r + 4, 4, 'Hồ Minh Khoa').font = Font(bold=True)
    for col, w in zip('ABCDE', [5, 8, 40, 60, 6]):
        ws.column_dimensions[col].width = w
    path = os.path.join(ROOT, fname)
    wb.save(path)
    write_key(fname, 'SKHCN-QLKH', '97/BC-QLKH', '2026-10-28', entries, diffs, props)


def main():
    docx_report('D1-phong-cds-bc-ct38.docx', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'],
                'Số: 23/BC-CĐS', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
                'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng',
                ['Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Chuyển đổi số báo cáo kết quả các nhiệm vụ phối hợp như sau:'],
                [('II.2.h', 'Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ; kết nối liên thông Cổng thông tin một cửa quốc gia (đăng ký kiểm tra hàng nhập khẩu)',
                  'Đã hoàn tất kết nối liên thông từ ngày 15/3/2026; hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng nhập khẩu được tiếp nhận hoàn toàn trực tuyến.', 'completed', {}),
                 ('II.2.i', 'Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
                  'Đang đồng bộ dữ liệu công bố hợp quy, phương tiện đo và tổ chức đánh giá sự phù hợp lên kho dữ liệu dùng chung của Sở; dự kiến xong trong tháng 12/2026.', 'in_progress', {}),
                 ('II.1.a', 'Phối hợp tổ chức tập huấn văn bản pháp luật về TĐC',
                  'Bố trí phòng họp trực tuyến, hỗ trợ kỹ thuật truyền hình trực tuyến các lớp tập huấn của Chi cục.', 'completed', {}),
                 ('II.6.a', 'Cập nhật điều ước, thỏa thuận quốc tế về TĐC',
                  'Không có nội dung liên quan đến chuyển đổi số.', 'not_applicable', {})],
                'symbol',
                ['Dữ liệu công bố hợp quy những năm trước lưu trên nhiều định dạng, chưa chuẩn hóa nên đồng bộ chậm.'],
                ['Đề nghị Chi cục cử đầu mối phối hợp rà soát, chuẩn hóa dữ liệu trước khi đồng bộ.'],
                ['TRƯỞNG PHÒNG'], 'Phan Đức Long', 'SKHCN-CDS', '23/BC-CĐS', '2026-10-29',
                ['- Như trên;', '- Lưu: CĐS.'], resave=True)
    docx_report('D2-van-phong-so-bc-ct38.docx', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ'],
                'Số: 311/BC-VP', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
                'Tình hình thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
                'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng',
                ['Văn phòng Sở báo cáo tình hình thực hiện các nhiệm vụ được phân công phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, cụ thể như sau:'],
                [('II.2.đ', 'Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tại cơ quan hành chính',
                  'Duy trì HTQLCL theo TCVN ISO 9001:2015 tại Sở; phối hợp Chi cục đánh giá nội bộ tháng 9/2026, đang khắc phục các điểm không phù hợp.', 'in_progress', {}),
                 ('II.2.h', 'Kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia',
                  'Đã phối hợp hoàn tất việc kết nối.', 'completed', {}),
                 ('II.2.i', 'Cơ sở dữ liệu quốc gia về TĐC',
                  'Phối hợp Phòng Chuyển đổi số cập nhật dữ liệu văn bản, TTHC.', 'in_progress', {}),
                 ('II.4.a', 'Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp',
                  'Thẩm định, trình phê duyệt kế hoạch lựa chọn nhà thầu mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm; đã giải ngân 1.120 triệu đồng.', 'in_progress', {'budget_spent_vnd': 1120000000}),
                 ('II.5.d', 'Khen thưởng, bảo vệ người tố giác vi phạm về TĐC',
                  'Trong kỳ không có trường hợp đề nghị khen thưởng.', 'not_applicable', {})],
                'colour',
                ['Văn bản hướng dẫn mua sắm tài sản công thay đổi nhiều lần trong năm, phải điều chỉnh hồ sơ.'],
                ['Đề nghị Chi cục tổng hợp sớm nhu cầu thiết bị năm 2027 gửi Văn phòng trước ngày 30/11/2026.'],
                ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'Ngô Thị Bích Thủy', 'SKHCN-VP', '311/BC-VP', '2026-10-30',
                ['- Như trên;', '- Lưu: VT.'])
    d3()


if __name__ == '__main__':
    main()
