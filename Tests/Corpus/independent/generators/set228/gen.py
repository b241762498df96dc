# -*- coding: utf-8 -*-
"""Generator for set228. Writes the report files and the truth keys (sha filled later by finalize())."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs=(), props=(), rejected=None):
    KEYS[fname] = {
        "file": fname, "sha256": None,
        "status": "rejected" if rejected else "extracted",
        "reason": rejected,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [] if rejected else [
            {"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [],
        "difficulties": list(diffs), "proposals": list(props)}


def quoc_hieu(doc, left1, left2, so, noi_ngay, font='Times New Roman'):
    t = doc.add_table(rows=3, cols=2)
    cells = [(left1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), (left2, 'Độc lập - Tự do - Hạnh phúc'), (so, noi_ngay)]
    for i, (a, b) in enumerate(cells):
        for j, txt in enumerate((a, b)):
            p = t.cell(i, j).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.font.size = Pt(12 if i < 2 else 13)
            r.bold = (i == 1) or (i == 0 and j == 1)
            r.italic = (i == 2 and j == 1)
    return t


# ---------------------------------------------------------------- HAND 1 (phone paragraph, wards)
# Chị Trần Thị Mỹ Hạnh style: one long paragraph typed on a phone, items '+' / ';', abbreviations,
# statuses ok / đg làm / chưa / k ps, figures 3c/25cs/2vp.

def h1_doc(fname, ward_upper, ward, so, date_line, greeting, body, sign):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(12)
    quoc_hieu(d, 'UBND ' + ward_upper, 'PHÒNG VĂN HÓA - XÃ HỘI', so, date_line)
    d.add_paragraph()
    p = d.add_paragraph(); p.add_run(greeting).bold = True
    d.add_paragraph(body)
    d.add_paragraph(sign)
    d.save(os.path.join(OUT, fname))


def hand1():
    # 1 Phường Gò Vấp
    f = 'phuong-go-vap-bc-ct38-t10.docx'
    items = [
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 25, 'violations': 2, 'fines_vnd': 4500000},
         'KT đo lường cân tại chợ Gò Vấp, chợ Hạnh Thông Tây phối hợp Chi cục 3c/25cs/2vp, phạt 4,5tr - ok'),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 68, 'communications': 4},
         'TT cho HKD, CSKD về nhãn hàng hóa, cân đúng: 01 buổi/68 lượt HKD, đăng 4 tin trên trang phường - ok'),
        ('II.3.a', 'completed', {'participants': 2},
         'cử 2 cc dự tập huấn nghiệp vụ TĐC do Chi cục mở - ok'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 6},
         'HD HKD làm hồ sơ công bố chất lượng sp: 6 hộ, còn tiếp - đg làm'),
        ('II.5.d', 'not_applicable', {}, 'tố giác vi phạm TĐC k ps'),
    ]
    diffs = ['thiếu TTB kiểm tra (cân chuẩn, thước) phải mượn của Chi cục']
    props = ['xin Sở cấp 1 bộ cân chuẩn cho phường']
    body = ('Kính gửi anh chị Chi cục, P. Gò Vấp bc nhanh KQ CT38 đến 20/10 như sau: ' +
            ' + '.join(x[3] for x in items) +
            ' ; KK: ' + diffs[0] + ' ; ĐX: ' + props[0] + ' . Trân trọng.')
    h1_doc(f, 'PHƯỜNG GÒ VẤP', 'Phường Gò Vấp', 'Số: 412/BC-VHXH', 'Gò Vấp, ngày 22 tháng 10 năm 2026',
           'BC KQ thực hiện KH CT38 năm 2026 (đến 20/10)', body, 'Người bc: Trần Thị Mỹ Hạnh - CC VHXH (đt 09xx)')
    key(f, '26884', 'Phường Gò Vấp', '412/BC-VHXH', '2026-10-22', items, diffs, props)

    # 2 Phường Thủ Đức
    f = 'PThuDuc_CT38_11thang.docx'
    items = [
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 41, 'violations': 3, 'fines_vnd': 7000000},
         'KT cân, cột đo xăng dầu + hàng đóng gói sẵn tại các CSKD trên địa bàn 5c/41cs/3vp, phạt 7tr, còn 1 đợt tháng 12 - đg làm'),
        ('II.1.a', 'completed', {'communications': 12},
         'TT qua loa KP + zalo KP 12 tin bài, phát tờ rơi cho HKD - ok'),
        ('II.3.a', 'not_started', {}, 'cc tham gia lớp bồi dưỡng TĐC của Sở: chưa, chờ lịch'),
        ('II.2.d', 'completed', {'enterprises_supported': 9},
         'HD 9 CSKD tự công bố, ghi nhãn - ok'),
    ]
    diffs = ['HKD nhỏ lẻ thay đổi địa điểm nhiều, khó theo dõi sau KT']
    props = ['đề nghị Chi cục gửi danh sách CSKD xăng dầu trên địa bàn để phường phối hợp']
    body = ('P. Thủ Đức gửi KQ 11 tháng; ' + ' ; '.join(x[3] for x in items) +
            ' ; Khó khăn: ' + diffs[0] + ' ; Kiến nghị: ' + props[0] + '.')
    h1_doc(f, 'PHƯỜNG THỦ ĐỨC', 'Phường Thủ Đức', 'Số:  538 /UBND-VX', 'Thủ Đức, ngày 05 tháng 11 năm 2026',
           'V/v báo cáo KQ CT38 11 tháng 2026', body, 'CC phụ trách: Lê Minh Khoa')
    key(f, '26824', 'Phường Thủ Đức', '538 /UBND-VX', '2026-11-05', items, diffs, props)

    # 3 Phường Bình Tây
    f = 'BinhTay-bc-38.docx'
    items = [
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 18, 'violations': 1, 'fines_vnd': 2000000},
         'phối hợp Chi cục KT cân chợ Bình Tây, chợ Phú Lâm 2c/18cs/1vp phạt 2tr - ok'),
        ('II.1.a', 'in_progress', {'communications': 6},
         'TT HKD về đo lường, nhãn hàng 6 tin + pano chợ - đg làm'),
        ('II.2.d', 'not_started', {}, 'HD HKD công bố chất lượng - chưa, chưa có hộ đăng ký'),
    ]
    props = ['xin tài liệu TT in sẵn phát cho HKD chợ']
    body = ('Dạ P. Bình Tây bc CT38: ' + ' + '.join(x[3] for x in items) + ' + ĐX ' + props[0])
    h1_doc(f, 'PHƯỜNG BÌNH TÂY', 'Phường Bình Tây', 'Số: 77/BC-UBND', 'Bình Tây, ngày 30 tháng 10 năm 2026',
           'báo cáo nhanh CT 38', body, 'Nguyễn Hoàng Yến (VHXH)')
    key(f, '27367', 'Phường Bình Tây', '77/BC-UBND', '2026-10-30', items, [], props)

    # 4 Phường Vũng Tàu
    f = 'p.vungtau_ct38.docx'
    items = [
        ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 32, 'violations': 2, 'fines_vnd': 5500000},
         'KT đo lường tại chợ Xóm Lưới, chợ Vũng Tàu và các CSKD hải sản 4c/32cs/2vp, phạt 5,5tr - ok'),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 45},
         'hội nghị TT cho HKD chợ 01 buổi 45 người - ok'),
        ('II.3.a', 'completed', {'participants': 3}, 'cử 3 cc dự tập huấn của Chi cục - ok'),
        ('II.5.d', 'not_applicable', {}, 'tố giác, khen thưởng k ps'),
    ]
    diffs = ['cc kiêm nhiệm nhiều việc', 'chưa có kinh phí riêng cho KT đo lường']
    props = ['đề nghị bố trí kinh phí KT đo lường cho phường năm 2027']
    body = ('Kính gửi Chi cục TĐC. Phường Vũng Tàu bc KQ thực hiện KH CT38/2026: ' + ' + '.join(x[3] for x in items) +
            ' ; KK: ' + diffs[0] + '; ' + diffs[1] + ' ; ĐX: ' + props[0] + '. Chúc anh chị sk.')
    h1_doc(f, 'PHƯỜNG VŨNG TÀU', 'Phường Vũng Tàu', 'Số: 1093/BC-UBND', 'Vũng Tàu, ngày 29 tháng 10 năm 2026',
           'BC thực hiện CT38 năm 2026', body, 'ng bc: Phạm Quốc Toàn')
    key(f, '26506', 'Phường Vũng Tàu', '1093/BC-UBND', '2026-10-29', items, diffs, props)

    # 5 Phường Rạch Dừa  -- MISTAKEN: chuyển đổi số
    f = 'RachDua_bc_thang10.docx'
    body = ('P. Rạch Dừa bc KQ chuyển đổi số T10: + cài VNeID mức 2 cho 1.250 người dân - ok + TTHC trực tuyến toàn trình 86% - đg làm '
            '+ số hóa hồ sơ hộ tịch 2.300 hồ sơ - đg làm + tổ CNS cộng đồng 12 KP tập huấn kỹ năng số 3 buổi - ok '
            '+ thanh toán không dùng tiền mặt tại chợ Rạch Dừa - chưa ; KK: thiếu máy scan ; ĐX: xin cấp 2 máy scan cho bộ phận một cửa.')
    h1_doc(f, 'PHƯỜNG RẠCH DỪA', 'Phường Rạch Dừa', 'Số: 205/BC-UBND', 'Rạch Dừa, ngày 31 tháng 10 năm 2026',
           'BC KQ chuyển đổi số tháng 10/2026', body, 'Trần Thị Mỹ Hạnh gửi thay cc VHXH')
    key(f, '26536', 'Phường Rạch Dừa', '205/BC-UBND', '2026-10-31', [],
        rejected='Báo cáo kết quả chuyển đổi số tháng 10/2026, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm).')


# ---------------------------------------------------------------- HAND 2 (drop-down 1-4, hidden DM)
# Anh Võ Thành Nhân: workbook, status column numbers 1-4 from a list drop-down; meanings only on hidden sheet DM.
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2_book(fname, unit_upper, so, date_txt, title, rows, kk, dx, sheetname='BC', dm=None):
    wb = Workbook(); ws = wb.active; ws.title = sheetname
    ws['A1'] = unit_upper; ws['A1'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A2'] = so; ws['D3'] = date_txt
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    hdr = ['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Tình trạng', 'Ghi chú']
    for j, h in enumerate(hdr):
        c = ws.cell(7, j + 1, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8
    for i, (name, res, code, note) in enumerate(rows, 1):
        vals = [i, name, res, code, note]
        for j, v in enumerate(vals):
            c = ws.cell(r, j + 1, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j in (0, 3) else 'left')
        r += 1
    dv = DataValidation(type='list', formula1='=DM!$A$2:$A$5', allow_blank=True)
    ws.add_data_validation(dv); dv.add(f'D8:D{r-1}')
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for x in kk:
        ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị:').font = Font(bold=True); r += 1
    for x in dx:
        ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 4, 'NGƯỜI LẬP BIỂU'); ws.cell(r + 3, 4, 'Võ Thành Nhân')
    for col, w in zip('ABCDE', (6, 38, 60, 11, 22)):
        ws.column_dimensions[col].width = w
    dm_ws = wb.create_sheet('DM')
    dm_ws['A1'] = 'Mã'; dm_ws['B1'] = 'Tình trạng'
    for i, m in enumerate(dm or ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Không phát sinh'], 2):
        dm_ws.cell(i, 1, i - 1); dm_ws.cell(i, 2, m)
    dm_ws.sheet_state = 'hidden'
    wb.save(os.path.join(OUT, fname))


CODE = {'completed': 1, 'in_progress': 2, 'not_started': 3, 'not_applicable': 4}


def hand2():
    # 1 Xã Bình Chánh
    f = 'XaBinhChanh_CT38_2026.xlsx'
    ent = [
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 21, 'violations': 1, 'fines_vnd': 2500000},
         'Phối hợp kiểm tra đo lường, nhãn hàng hóa tại chợ Bình Chánh và cửa hàng VLXD: 03 cuộc, 21 cơ sở, 01 cơ sở vi phạm, phạt 2.500.000 đồng', 'còn đợt tháng 12'),
        ('II.1.a', 'completed', {'communications': 8, 'training_courses': 1, 'participants': 52},
         'Đăng 08 tin trên Fanpage xã; 01 buổi tuyên truyền cho hộ kinh doanh, 52 người dự', ''),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức dự lớp tập huấn nghiệp vụ TĐC', ''),
        ('II.2.d', 'not_started', {}, 'Hướng dẫn HTX nông nghiệp công bố tiêu chuẩn cơ sở: chưa triển khai', 'chờ HTX đăng ký'),
        ('II.5.d', 'not_applicable', {}, 'Không có trường hợp tố giác', ''),
    ]
    kk = ['Địa bàn rộng, cơ sở kinh doanh phân tán']
    dx = ['Đề nghị Chi cục hỗ trợ xe và cân chuẩn khi kiểm tra chợ']
    h2_book(f, 'UBND XÃ BÌNH CHÁNH', 'Số: 311/BC-UBND', 'Bình Chánh, ngày 27 tháng 10 năm 2026',
            'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
            [(n, e[3], CODE[e[1]], e[4]) for e, n in zip(ent, [
                'Kiểm tra đo lường, chất lượng phân quyền cho xã', 'Tuyên truyền TĐC cho người dân, HKD',
                'Bồi dưỡng công chức', 'Hỗ trợ HTX, doanh nghiệp', 'Khen thưởng, tố giác vi phạm'])], kk, dx)
    key(f, '27637', 'Xã Bình Chánh', '311/BC-UBND', '2026-10-27', [e[:4] for e in ent], kk, dx)

    # 2 Xã Bình Khánh
    f = 'bc ct38 xa Binh Khanh.xlsx'
    ent = [
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 14, 'violations': 0},
         'Kiểm tra cân tại chợ Bình Khánh, bến phà: 02 cuộc, 14 cơ sở, 0 vi phạm', ''),
        ('II.1.a', 'in_progress', {'communications': 5}, 'Phát thanh 05 bài trên loa ấp về cân đúng, đủ', ''),
        ('II.3.a', 'completed', {'participants': 1}, 'Cử 01 công chức văn hóa - xã hội dự tập huấn', ''),
        ('II.5.d', 'not_applicable', {}, 'Không phát sinh', ''),
    ]
    kk = ['Xã đảo, đi lại phụ thuộc phà nên đoàn liên ngành khó phối hợp']
    dx = []
    h2_book(f, 'UBND XÃ BÌNH KHÁNH', 'Số: 96/BC-UBND', 'Bình Khánh, ngày 03 tháng 11 năm 2026',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW (KẾ HOẠCH NĂM 2026)',
            [(n, e[3], CODE[e[1]], e[4]) for e, n in zip(ent, [
                'Kiểm tra đo lường chợ', 'Tuyên truyền', 'Tập huấn cán bộ', 'Tố giác vi phạm'])], kk, dx, sheetname='Sheet1')
    key(f, '27667', 'Xã Bình Khánh', '96/BC-UBND', '2026-11-03', [e[:4] for e in ent], kk, dx)

    # 3 Xã Bình Châu
    f = 'BinhChau-KQ-CT38.xlsx'
    ent = [
        ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 3000000},
         'Phối hợp Chi cục kiểm tra đo lường tại chợ Bình Châu, cơ sở hải sản khô: 04 cuộc/27 cơ sở; 02 vi phạm, phạt 3.000.000 đ', ''),
        ('II.5.b', 'completed', {'samples_tested': 6}, 'Phối hợp Chi cục lấy 06 mẫu xăng dầu khảo sát chất lượng tại cửa hàng trên địa bàn', 'kết quả đạt'),
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 96},
         'Tổ chức 02 hội nghị tuyên truyền cho HKD, 96 lượt người', ''),
        ('II.2.d', 'in_progress', {'enterprises_supported': 3}, 'Hướng dẫn 03 cơ sở nước mắm công bố chất lượng', ''),
        ('II.3.a', 'not_started', {}, 'Cử cán bộ dự tập huấn', 'chưa có lớp'),
    ]
    kk = []
    dx = ['Đề nghị Sở tổ chức lớp tập huấn tại khu vực Xuyên Mộc cũ cho các xã ven biển']
    h2_book(f, 'UBND XÃ BÌNH CHÂU', 'Số: 148/BC-UBND', 'Bình Châu, ngày 26 tháng 10 năm 2026',
            'BIỂU BÁO CÁO CT38 - NĂM 2026',
            [(n, e[3], CODE[e[1]], e[4]) for e, n in zip(ent, [
                'Kiểm tra phân quyền', 'Lấy mẫu xăng dầu', 'Tuyên truyền HKD', 'Hỗ trợ cơ sở công bố', 'Tập huấn'])], kk, dx)
    key(f, '26656', 'Xã Bình Châu', '148/BC-UBND', '2026-10-26', [e[:4] for e in ent], kk, dx)

    # 4 Xã Bình Giã -- MISTAKEN: giảm nghèo
    f = 'BinhGia_bieu_bc_2026.xlsx'
    rows = [('Rà soát hộ nghèo, cận nghèo', 'Rà soát 1.146 hộ; 38 hộ nghèo, 57 hộ cận nghèo', 2, ''),
            ('Hỗ trợ nhà đại đoàn kết', 'Xây mới 04 căn, sửa 06 căn', 1, ''),
            ('Vay vốn NHCSXH', '42 hộ vay, 2,1 tỷ đồng', 1, ''),
            ('Đào tạo nghề cho lao động nông thôn', '02 lớp, 60 học viên', 2, ''),
            ('Thoát nghèo bền vững', 'Chưa đánh giá', 3, '')]
    h2_book(f, 'UBND XÃ BÌNH GIÃ', 'Số: 402/BC-UBND', 'Bình Giã, ngày 28 tháng 10 năm 2026',
            'BIỂU KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026', rows,
            ['Nguồn vốn hỗ trợ nhà ở còn hạn chế'], ['Đề nghị tăng vốn vay ưu đãi cho hộ cận nghèo'])
    key(f, '26590', 'Xã Bình Giã', '402/BC-UBND', '2026-10-28', [],
        rejected='Biểu kết quả Chương trình giảm nghèo bền vững, không phải báo cáo Kế hoạch CT38 (gửi nhầm).')

    # 5 Chi cục TĐC
    f = 'ChiCuc_TDC_tonghop_CT38_2026.xlsx'
    ent = [
        ('II.1.a', 'completed', {'training_courses': 5, 'participants': 386},
         'Tổ chức 05 lớp tập huấn văn bản QPPL về TĐC (trong đó 01 buổi tọa đàm với DN nhập khẩu), 386 lượt đại biểu', ''),
        ('II.1.b', 'completed', {'enterprises_supported': 27}, 'Vận động, hướng dẫn 27 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', ''),
        ('II.2.b', 'in_progress', {'enterprises_supported': 11}, 'Hội đồng sơ tuyển GTCLQG đánh giá 11 hồ sơ, đang chấm vòng chung tuyển', ''),
        ('II.2.d', 'in_progress', {'enterprises_supported': 34}, 'Hỗ trợ 34 doanh nghiệp áp dụng ISO 9001, 5S, Kaizen', 'thường xuyên'),
        ('II.2.đ', 'in_progress', {}, 'Hướng dẫn cơ quan hành chính duy trì TCVN ISO 9001:2015; tổng hợp báo cáo tháng 11', ''),
        ('II.2.e', 'completed', {'standards_reviewed': 19}, 'Góp ý 19 dự thảo TCVN, QCVN', ''),
        ('II.3.a', 'completed', {'training_courses': 3, 'participants': 412},
         'Tập huấn nghiệp vụ TĐC cho công chức phường, xã, đặc khu: 03 lớp, 412 học viên', ''),
        ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 163, 'violations': 21, 'fines_vnd': 312500000},
         'Kiểm tra nhà nước về TĐC: 14 đoàn, 163 cơ sở, 21 cơ sở vi phạm, phạt 312.500.000 đồng', ''),
        ('II.5.b', 'completed', {'samples_tested': 120}, 'Khảo sát chất lượng 120 mẫu xăng dầu, mũ bảo hiểm, đồ chơi', ''),
        ('II.6.b', 'not_started', {}, 'Hợp tác APO về năng suất', 'chờ Ủy ban hướng dẫn'),
    ]
    kk = ['Lực lượng kiểm tra mỏng so với số cơ sở trên địa bàn sau hợp nhất', 'Kinh phí lấy mẫu khảo sát chưa đủ']
    dx = ['Đề nghị Sở bổ sung biên chế kiểm soát viên chất lượng', 'Đề nghị bổ sung kinh phí khảo sát chất lượng năm 2027']
    h2_book(f, 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Số: 1875/BC-TĐC', 'TP. Hồ Chí Minh, ngày 09 tháng 11 năm 2026',
            'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (PHẦN CHI CỤC CHỦ TRÌ)',
            [(n, e[3], CODE[e[1]], e[4]) for e, n in zip(ent, [
                'Tập huấn VBQPPL, tọa đàm DN nhập khẩu', 'Vận động tham dự GTCLQG', 'Hoạt động GTCLQG',
                'Hỗ trợ DN áp dụng HTQL', 'HTQLCL trong cơ quan hành chính', 'Xây dựng, góp ý TCVN/QCVN',
                'Tập huấn công chức', 'Kiểm tra TĐC', 'Khảo sát chất lượng', 'Hợp tác APO'])], kk, dx)
    key(f, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1875/BC-TĐC', '2026-11-09',
        [e[:4] for e in ent], kk, dx)


# ---------------------------------------------------------------- HAND 3 (dot-leader status line)
# Bà Đỗ Ngọc Lan: formal letters; every task paragraph followed by its own line
# "Tình trạng ..........<right tab> Đang thực hiện".

def status_line(doc, word):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    r = p.add_run('Tình trạng'); r.italic = True
    p.add_run('\t' + word)


def h3_doc(fname, parent, unit_upper, so, date_line, trich_yeu, intro, blocks, kk, dx, signer):
    d = Document(); st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    quoc_hieu(d, parent, unit_upper, so, date_line)
    p = d.add_paragraph(trich_yeu); p.runs[0].italic = True
    p = d.add_paragraph('Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.')
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(intro)
    for i, (head, txt, word) in enumerate(blocks, 1):
        p = d.add_paragraph(); p.add_run(f'{i}. {head}').bold = True
        d.add_paragraph(txt)
        status_line(d, word)
    if kk:
        p = d.add_paragraph(); p.add_run('Khó khăn, vướng mắc').bold = True
        for x in kk: d.add_paragraph('- ' + x)
    if dx:
        p = d.add_paragraph(); p.add_run('Kiến nghị').bold = True
        for x in dx: d.add_paragraph('- ' + x)
    d.add_paragraph('Trân trọng./.')
    p = d.add_paragraph(signer); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(os.path.join(OUT, fname))


def hand3():
    # 1 Phòng KT-PC
    f = 'KTPC-bao-cao-CT38.docx'
    ent = [
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 48, 'violations': 9, 'fines_vnd': 96000000},
         'Phối hợp Chi cục trong 06 đoàn kiểm tra chất lượng hàng hóa lưu thông; đã kiểm tra 48 cơ sở, phát hiện 09 cơ sở vi phạm, tham mưu xử phạt 96 triệu đồng.',
         'Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa', 'Đang thực hiện'),
        ('II.2.c', 'completed', {}, 'Góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật và 02 dự thảo nghị định hướng dẫn theo đề nghị của Bộ.',
         'Góp ý văn bản quy phạm pháp luật', 'Hoàn thành'),
        ('II.5.c', 'in_progress', {'training_courses': 1}, 'Hướng dẫn nghiệp vụ xử phạt cho công chức phường, xã qua 01 hội nghị trực tuyến; tiếp nhận và giải đáp vướng mắc về thẩm quyền.',
         'Hướng dẫn phường, xã thực hiện nội dung phân quyền', 'Đang thực hiện'),
        ('II.5.d', 'not_applicable', {}, 'Trong kỳ chưa tiếp nhận đơn tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.',
         'Bảo vệ người tố giác, xử lý vi phạm', 'Không phát sinh'),
        ('II.4.b', 'not_started', {}, 'Rà soát nhu cầu bảo trì, hiệu chuẩn thiết bị kiểm tra nhanh phục vụ đoàn kiểm tra; dự kiến thực hiện trong tháng 12.',
         'Bảo trì, hiệu chuẩn thiết bị nghiệp vụ', 'Chưa thực hiện'),
    ]
    kk = ['Một số phường, xã còn lúng túng về thẩm quyền xử phạt sau khi sắp xếp đơn vị hành chính.']
    dx = ['Đề nghị Chi cục phối hợp biên soạn sổ tay hướng dẫn xử phạt cho cấp xã.']
    h3_doc(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'Số: 64/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
           'V/v báo cáo kết quả thực hiện Kế hoạch CT38 năm 2026',
           'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo phần việc được giao như sau:',
           [(e[4], e[3], e[5]) for e in ent], kk, dx, 'TRƯỞNG PHÒNG\n\nĐỗ Ngọc Lan')
    key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '64/BC-KTPC', '2026-10-30', [e[:4] for e in ent], kk, dx)

    # 2 Sở Công Thương
    f = 'SCT_phoi-hop-CT38.docx'
    ent = [
        ('II.5.a', 'completed', {'inspections': 3, 'establishments_inspected': 36, 'violations': 4, 'fines_vnd': 62000000},
         'Lực lượng quản lý thị trường phối hợp 03 đợt kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại 36 cửa hàng; 04 cửa hàng vi phạm, xử phạt 62 triệu đồng.',
         'Phối hợp kiểm tra xăng dầu, LPG', 'Đã hoàn thành'),
        ('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý 04 dự thảo QCVN thuộc lĩnh vực công thương (an toàn điện, hóa chất).',
         'Góp ý quy chuẩn kỹ thuật', 'Đã hoàn thành'),
        ('II.1.a', 'in_progress', {'training_courses': 1, 'participants': 120},
         'Lồng ghép nội dung nhãn hàng hóa, đo lường trong 01 hội nghị phổ biến pháp luật cho thương nhân, 120 đại biểu.',
         'Phổ biến pháp luật cho doanh nghiệp', 'Đang tiếp tục'),
        ('II.2.đ', 'completed', {}, 'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở, đã đánh giá nội bộ.',
         'Hệ thống quản lý chất lượng tại Sở', 'Hoàn thành'),
    ]
    dx = ['Đề nghị chia sẻ kết quả khảo sát chất lượng xăng dầu để phục vụ kiểm tra.']
    h3_doc(f, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', 'Số: 7120/SCT-QLTM', 'Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026',
           'V/v phối hợp báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026',
           'Phúc đáp đề nghị của Chi cục, Sở Công Thương báo cáo các nội dung phối hợp như sau:',
           [(e[4], e[3], e[5]) for e in ent], [], dx, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHuỳnh Văn Sang')
    key(f, 'SO-CT', 'Sở Công Thương', '7120/SCT-QLTM', '2026-11-04', [e[:4] for e in ent], [], dx)

    # 3 Sở Y tế
    f = 'SoYTe-CV-bao-cao-CT38.docx'
    ent = [
        ('II.2.e', 'completed', {'standards_reviewed': 2}, 'Góp ý 02 dự thảo QCVN về trang thiết bị y tế theo đề nghị của Bộ Y tế.',
         'Góp ý quy chuẩn', 'Đã xong'),
        ('II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 15},
         'Phối hợp kiểm tra phương tiện đo huyết áp, nhiệt kế y học tại 15 cơ sở khám bệnh tư nhân (02 cuộc), chưa phát hiện vi phạm.',
         'Kiểm tra phương tiện đo trong y tế', 'Đang thực hiện'),
        ('II.3.a', 'completed', {'participants': 4}, 'Cử 04 công chức dự khóa bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường do Chi cục tổ chức.',
         'Cử cán bộ dự tập huấn', 'Đã xong'),
    ]
    kk = ['Danh mục phương tiện đo nhóm 2 trong y tế rộng, chưa thống kê đầy đủ.']
    h3_doc(f, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', 'Số:    9351/SYT-NVY', 'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026',
           'V/v báo cáo kết quả phối hợp thực hiện Kế hoạch CT38',
           'Sở Y tế báo cáo kết quả phối hợp thực hiện Kế hoạch của Sở Khoa học và Công nghệ như sau:',
           [(e[4], e[3], e[5]) for e in ent], kk, [], 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Anh Dũng')
    key(f, 'SO-YT', 'Sở Y tế', '9351/SYT-NVY', '2026-11-06', [e[:4] for e in ent], kk, [])

    # 4 Sở Xây dựng
    f = 'SXD_bc_CT38_nam2026.docx'
    ent = [
        ('II.2.e', 'in_progress', {'standards_reviewed': 3}, 'Tham gia góp ý 03 dự thảo QCVN về vật liệu xây dựng; đang xây dựng dự thảo quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị.',
         'Xây dựng, góp ý quy chuẩn', 'Đang thực hiện'),
        ('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 22, 'violations': 3, 'fines_vnd': 45000000},
         'Phối hợp 02 cuộc kiểm tra chất lượng vật liệu xây dựng tại 22 cơ sở, 03 cơ sở vi phạm, phạt 45 triệu đồng.',
         'Kiểm tra chất lượng vật liệu xây dựng', 'Hoàn thành'),
        ('II.2.đ', 'in_progress', {}, 'Chuyển đổi hệ thống quản lý chất lượng ISO điện tử sau hợp nhất ba Sở.',
         'ISO trong cơ quan', 'Đang thực hiện'),
        ('II.3.a', 'not_started', {}, 'Chưa cử cán bộ dự tập huấn do trùng lịch.', 'Tập huấn', 'Chưa thực hiện'),
    ]
    kk = ['Hệ thống văn bản của ba Sở cũ chưa thống nhất nên việc chuyển đổi ISO kéo dài.']
    dx = ['Đề nghị Chi cục tổ chức thêm lớp tập huấn trong quý I/2027.']
    h3_doc(f, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG', 'Số: 15408/SXD-KTXD', 'Thành phố Hồ Chí Minh, ngày 07 tháng 11 năm 2026',
           'V/v báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
           'Sở Xây dựng báo cáo như sau:',
           [(e[4], e[3], e[5]) for e in ent], kk, dx, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Công Bình')
    key(f, 'SO-XD', 'Sở Xây dựng', '15408/SXD-KTXD', '2026-11-07', [e[:4] for e in ent], kk, dx)

    # 5 Trung tâm PTTN (xlsx in the same hand)
    f = 'TTPTTN_BC_CT38.xlsx'
    ent = [
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 4850000000},
         'Đầu tư bổ sung thiết bị thử nghiệm kim loại nặng, hệ chuẩn áp suất; đã giải ngân 4,85 tỷ đồng.', 'Đầu tư trang thiết bị', 'Đang thực hiện'),
        ('II.2.g', 'completed', {'instruments_verified': 18640},
         'Kiểm định, hiệu chuẩn 18.640 phương tiện đo phục vụ doanh nghiệp; mở rộng dịch vụ hiệu chuẩn cho lĩnh vực logistics.', 'Dịch vụ kỹ thuật', 'Hoàn thành'),
        ('II.4.c', 'in_progress', {}, 'Duy trì liên kết chuẩn khối lượng, nhiệt độ với Viện Đo lường Việt Nam.', 'Chuẩn đo lường', 'Đang thực hiện'),
        ('II.5.b', 'completed', {'samples_tested': 95}, 'Thử nghiệm 95 mẫu khảo sát chất lượng theo đặt hàng của Chi cục.', 'Thử nghiệm mẫu khảo sát', 'Hoàn thành'),
    ]
    kk = ['Thủ tục mua sắm thiết bị kéo dài']
    wb = Workbook(); ws = wb.active; ws.title = 'Bao cao'
    lines = ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'Số: 512/BC-TTPTTN',
             'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026', '',
             'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', '']
    r = 1
    for x in lines:
        ws.cell(r, 1, x); r += 1
    for i, e in enumerate(ent, 1):
        ws.cell(r, 1, f'{i}. {e[4]}').font = Font(bold=True); r += 1
        ws.cell(r, 1, e[3]); r += 1
        ws.cell(r, 1, 'Tình trạng ' + '.' * 60 + ' ' + e[5]).font = Font(italic=True); r += 1
    ws.cell(r, 1, 'Khó khăn: ' + kk[0]); r += 2
    ws.cell(r, 1, 'GIÁM ĐỐC'); ws.cell(r + 3, 1, 'Lương Hữu Thịnh')
    ws.column_dimensions['A'].width = 120
    wb.save(os.path.join(OUT, f))
    key(f, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '512/BC-TTPTTN', '2026-10-31', [e[:4] for e in ent], kk, [])


# ---------------------------------------------------------------- HAND 4 (+ / ± / − / 0 marks)
# Anh Lâm Văn Tư: two-column table "Việc | Ghi nhận", each Ghi nhận opens with a sign mark; legend under table.
SIGN = {'completed': '(+)', 'in_progress': '(±)', 'not_started': '(−)', 'not_applicable': '(0)'}


def h4_doc(fname, unit_upper, so, date_line, title, rows, kk, dx, signer):
    d = Document(); st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    quoc_hieu(d, 'UBND THÀNH PHỐ HỒ CHÍ MINH', unit_upper, so, date_line)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(title).bold = True
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = 'Việc'; t.cell(0, 1).text = 'Ghi nhận'
    for name, status, txt in rows:
        c = t.add_row().cells; c[0].text = name; c[1].text = SIGN[status] + ' ' + txt
    p = d.add_paragraph(); r = p.add_run('Ký hiệu: (+) xong; (±) đang làm dở; (−) chưa làm; (0) không có việc phát sinh.'); r.italic = True; r.font.size = Pt(11)
    p = d.add_paragraph(); p.add_run('Vướng:').bold = True
    for x in kk: d.add_paragraph('• ' + x)
    p = d.add_paragraph(); p.add_run('Đề nghị:').bold = True
    for x in dx: d.add_paragraph('• ' + x)
    p = d.add_paragraph(signer); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(os.path.join(OUT, fname))


def hand4():
    f = 'DacKhuConDao_bc_CT38.docx'
    ent = [
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 16, 'violations': 1, 'fines_vnd': 1500000},
         'Đoàn đặc khu kiểm tra cân tại chợ Côn Đảo và cửa hàng đặc sản: 2 cuộc, 16 cơ sở, 1 vi phạm, phạt 1.500.000đ. Đợt 3 chờ tàu ra đảo.', 'Kiểm tra đo lường'),
        ('II.5.b', 'completed', {'samples_tested': 4}, 'Phối hợp Chi cục lấy 4 mẫu xăng dầu khảo sát chất lượng, gửi về đất liền thử nghiệm, kết quả đạt.', 'Lấy mẫu khảo sát'),
        ('II.1.a', 'completed', {'communications': 7}, 'Đài truyền thanh đặc khu phát 7 tin về cân đúng, nhãn hàng hóa.', 'Tuyên truyền'),
        ('II.3.a', 'completed', {'participants': 2}, 'Cử 2 công chức dự tập huấn trực tuyến.', 'Tập huấn cán bộ'),
        ('II.5.d', 'not_applicable', {}, 'Không có đơn tố giác.', 'Tố giác vi phạm'),
    ]
    kk = ['Đi lại giữa đảo và đất liền phụ thuộc thời tiết, việc gửi mẫu chậm.']
    dx = ['Đề nghị Chi cục bố trí lịch kiểm tra tại đảo vào mùa khô.', 'Đề nghị cấp bộ cân chuẩn để đặc khu tự kiểm tra.']
    h4_doc(f, 'ĐẶC KHU CÔN ĐẢO', 'Số: 233/BC-UBND', 'Côn Đảo, ngày 02 tháng 11 năm 2026',
           'BÁO CÁO THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', [(e[4], e[1], e[3]) for e in ent], kk, dx,
           'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLâm Văn Tư')
    key(f, '26732', 'Đặc khu Côn Đảo', '233/BC-UBND', '2026-11-02', [e[:4] for e in ent], kk, dx)

    f = 'XaLongHai-CT38.docx'
    ent = [
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 4000000},
         'Kiểm tra cân ở chợ Long Hải, chợ Phước Hải cũ và các vựa hải sản: 3 cuộc, 19 cơ sở, 2 vi phạm, phạt 4 triệu.', 'Kiểm tra cân chợ, vựa'),
        ('II.1.a', 'in_progress', {'training_courses': 1, 'participants': 40}, 'Đã làm 1 buổi nói chuyện với tiểu thương, 40 người; còn 1 buổi cuối năm.', 'Tuyên truyền tiểu thương'),
        ('II.2.d', 'not_started', {}, 'Hướng dẫn cơ sở chế biến công bố sản phẩm: chưa làm.', 'Hướng dẫn công bố sản phẩm'),
    ]
    kk = ['Công chức phụ trách mới, chưa nắm nghiệp vụ.']
    dx = ['Đề nghị Chi cục cử người hướng dẫn tại xã.']
    h4_doc(f, 'XÃ LONG HẢI', 'Số: 187/BC-UBND', 'Long Hải, ngày 28 tháng 10 năm 2026',
           'BÁO CÁO CT38 - NĂM 2026', [(e[4], e[1], e[3]) for e in ent], kk, dx,
           'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Bé')
    key(f, '26662', 'Xã Long Hải', '187/BC-UBND', '2026-10-28', [e[:4] for e in ent], kk, dx)


def resave_lo(fname):
    """Re-save through LibreOffice, as an office would."""
    ext = fname.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, fname)],
                   check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname)); shutil.rmtree(tmp)


def finalize():
    for fname, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    hand1(); hand2(); hand3(); hand4()
    resave_lo('phuong-go-vap-bc-ct38-t10.docx')
    resave_lo('bc ct38 xa Binh Khanh.xlsx')
    finalize()
    print(len(KEYS), 'files')
