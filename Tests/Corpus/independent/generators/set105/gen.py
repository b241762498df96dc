# -*- coding: utf-8 -*-
"""Generator for set105: wards / communes / special zone, 5 hands."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
KEYS = {}


def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {"file": fname, "sha256": None, "status": status, "reason": reason,
                   "unit": {"id": unit_id, "name": unit_name},
                   "document": {"number": number, "date": date},
                   "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, center=True, size=None, underline=False, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def header(d, upper, unit, number, place_date, upper_line2=None):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, upper, size=12)
    if upper_line2:
        cell_par(l, upper_line2, size=12, first=False)
    cell_par(l, unit, bold=True, size=12, first=False)
    cell_par(l, number, size=12, first=False)
    cell_par(r, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=12)
    cell_par(r, 'Độc lập - Tự do - Hạnh phúc', bold=True, size=12, first=False, underline=True)
    cell_par(r, '', first=False)
    cell_par(r, place_date, italic=True, size=12, first=False)


def para(d, text='', bold=False, italic=False, center=False, indent=True, runs=None, size=None):
    p = d.add_paragraph()
    if runs is None:
        runs = [(text, bold, italic, False)]
    for t, b, i, u in runs:
        r = p.add_run(t); r.bold = b; r.italic = i; r.underline = u
        if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def signature(d, left_lines, right_title, right_name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    first = True
    for i, ln in enumerate(left_lines):
        cell_par(l, ln, bold=(i == 0), italic=(i == 0), center=False, size=11, first=first); first = False
    cell_par(r, right_title, bold=True)
    for _ in range(3):
        cell_par(r, '', first=False)
    cell_par(r, right_name, bold=True, first=False)


def save_doc(d, fname):
    d.save(os.path.join(OUT, fname))


# =====================================================================
# HAND 1 - Phong: Phòng Kinh tế phường (cũ Bình Dương).
# "Kỳ báo cáo" line; bold-underlined run-in labels "Tuyên truyền :";
# figures followed by bracketed sources "(nguồn: ...)"; status in a sentence
# "Phần việc của phường: đã xong / còn đang làm / chưa có phát sinh".
# =====================================================================
def hand1(fname, unit_id, unit_name, upper, number, place_date, iso_date, period, blocks, diffs, props, title=None, intro=None):
    d = new_doc()
    header(d, upper, unit_name.upper(), 'Số: ' + number, place_date)
    para(d)
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, title or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường', bold=True, center=True)
    para(d, 'Kỳ báo cáo: ' + period, italic=True, center=True)
    para(d, '-----------', center=True)
    para(d, intro or ('Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân ' + unit_name + ' báo cáo kết quả như sau:'))
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for lab, txt in blocks:
        para(d, runs=[(lab, True, False, True), (' : ' + txt, False, False, False)])
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs:
        para(d, '- ' + x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props:
        para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + unit_name + './.')
    signature(d, ['Nơi nhận:', '- Chi cục TĐC (để t/h);', '- TT. Đảng ủy phường (để b/c);', '- Lưu: VT, KT.'],
              'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn Hậu')
    save_doc(d, fname)


def build_hand1():
    # --- P1 Thủ Dầu Một
    f = '25747-tdm-bc-ct38-2026.docx'
    b = [
        ('Tuyên truyền', 'Phường phát 36 tin trên hệ thống truyền thanh (nguồn: Tổ truyền thanh phường), treo băng rôn tại 03 chợ và phối hợp tổ chức 01 hội nghị phổ biến quy định về đo lường trong mua bán cho 85 hộ kinh doanh (nguồn: danh sách ký tên lưu tại Phòng Kinh tế). Phần việc của phường đến nay đã xong.'),
        ('Hướng dẫn ghi nhãn, công bố sản phẩm', 'Cán bộ Phòng Kinh tế hướng dẫn 14 cơ sở sản xuất, chế biến thực phẩm và hàng tiêu dùng về ghi nhãn hàng hóa, công bố tiêu chuẩn áp dụng (nguồn: sổ tiếp công dân và hướng dẫn thủ tục). Phần việc của phường còn đang làm, tiếp tục hướng dẫn khi cơ sở có yêu cầu.'),
        ('Hệ thống ISO tại UBND phường', 'Phường duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp, cập nhật lại danh mục quy trình và đã đánh giá nội bộ trong tháng 9/2026 (nguồn: Văn phòng HĐND và UBND). Phần việc của phường đến nay đã xong.'),
        ('Kiểm tra đo lường, chất lượng theo phân cấp', 'Tổ kiểm tra liên ngành phường kiểm tra 04 đợt tại chợ Thủ Dầu Một, chợ Phú Văn và các cửa hàng xăng dầu, tổng số 52 cơ sở; phát hiện 06 cơ sở vi phạm (cân sai, không niêm yết), lập biên bản và xử phạt 9.750.000 đồng (nguồn: sổ theo dõi Tổ kiểm tra liên ngành). Phần việc của phường còn đang làm, đợt kiểm tra cuối năm dự kiến tháng 12/2026.'),
        ('Cử cán bộ dự tập huấn', 'Phường cử 02 công chức dự 01 lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 18/6/2026 (nguồn: giấy mời và quyết định cử đi học). Phần việc của phường đã xong.'),
    ]
    diffs = ['Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng, cán bộ kinh tế kiêm nhiệm nhiều việc.',
             'Chưa có cân đối chứng mới thay thế tại chợ Phú Văn, cân cũ đã hư hỏng.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ cấp 01 cân đối chứng cho chợ Phú Văn.',
             'Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn cho công chức phường mới sau sắp xếp.']
    hand1(f, '25747', 'Phường Thủ Dầu Một', 'ỦY BAN NHÂN DÂN', '318/BC-UBND',
          'Thủ Dầu Một, ngày 27 tháng 10 năm 2026', '2026-10-27', 'từ ngày 01/01/2026 đến ngày 20/10/2026', b, diffs, props)
    key(f, '25747', 'Phường Thủ Dầu Một', '318/BC-UBND', '2026-10-27', [
        E('II.1.a', 'completed', {'communications': 36, 'training_courses': 1, 'participants': 85}, b[0][1]),
        E('II.2.d', 'in_progress', {'enterprises_supported': 14}, b[1][1]),
        E('II.2.đ', 'completed', {}, b[2][1]),
        E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 52, 'violations': 6, 'fines_vnd': 9750000}, b[3][1]),
        E('II.3.a', 'completed', {'training_courses': 1, 'participants': 2}, b[4][1]),
    ], diffs, props)

    # --- P2 Dĩ An
    f = '25942_DiAn_BC_TDC_T10.docx'
    b = [
        ('Tuyên truyền', 'Đăng 24 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố về Chỉ thị 38, quy định ghi nhãn, cân đong đo đếm (nguồn: bộ phận truyền thông phường). Phần việc của phường đã xong.'),
        ('Truy xuất nguồn gốc', 'Hướng dẫn 05 doanh nghiệp chế biến thực phẩm trong khu công nghiệp Tân Đông Hiệp và cơ sở kinh doanh nông sản đăng ký mã truy xuất, tem điện tử (nguồn: báo cáo của Phòng Kinh tế). Phần việc của phường còn đang làm.'),
        ('Kiểm tra tại chợ, cửa hàng', 'Thực hiện 03 cuộc kiểm tra về đo lường và nhãn hàng hóa tại chợ Dĩ An, chợ Nhị Đồng, tổng số 27 cơ sở được kiểm tra, 02 cơ sở vi phạm, phạt tiền 4,5 triệu đồng (nguồn: sổ theo dõi Tổ QLTT phường). Phần việc của phường còn đang làm.'),
        ('Phản ánh, tố giác', 'Từ đầu năm đến nay phường không nhận được phản ánh, tố giác về vi phạm tiêu chuẩn, đo lường, chất lượng (nguồn: bộ phận tiếp công dân). Phần việc của phường chưa có phát sinh.'),
        ('Tập huấn cán bộ', 'Cử 03 công chức (Phòng Kinh tế 02, Văn phòng 01) tham dự tập huấn trực tuyến do Chi cục tổ chức (nguồn: danh sách đăng ký). Phần việc của phường đã xong.'),
    ]
    diffs = ['Nhiều hộ kinh doanh tại chợ tạm, chợ tự phát thay đổi liên tục nên khó theo dõi, kiểm tra lại.',
             'Doanh nghiệp nhỏ còn ngại chi phí tem truy xuất nguồn gốc.']
    props = ['Kiến nghị Chi cục phối hợp với phường tổ chức 01 đợt kiểm tra liên ngành tại chợ Nhị Đồng trong Quý IV/2026.']
    hand1(f, '25942', 'Phường Dĩ An', 'UBND THÀNH PHỐ HỒ CHÍ MINH', '142/BC-UBND',
          'Dĩ An, ngày 30 tháng 10 năm 2026', '2026-10-30', '01/01/2026 – 25/10/2026', b, diffs, props)
    key(f, '25942', 'Phường Dĩ An', '142/BC-UBND', '2026-10-30', [
        E('II.1.a', 'completed', {'communications': 24}, b[0][1]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 5}, b[1][1]),
        E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 4500000}, b[2][1]),
        E('II.5.d', 'not_applicable', {}, b[3][1]),
        E('II.3.a', 'completed', {'participants': 3}, b[4][1]),
    ], diffs, props)

    # --- P3 Bến Cát
    f = 'BC 96 Ben Cat - CT38.docx'
    b = [
        ('Tuyên truyền, phổ biến', 'Phát thanh 20 lượt tin trên loa truyền thanh khu phố, phát tờ rơi tại chợ Bến Cát (nguồn: Văn phòng HĐND và UBND phường). Phần việc của phường đã xong.'),
        ('Giải thưởng Chất lượng Quốc gia', 'Phường gửi thông tin, thể lệ Giải thưởng Chất lượng Quốc gia năm 2026 tới 08 doanh nghiệp trên địa bàn (nguồn: sổ công văn đi); đến nay chưa có doanh nghiệp đăng ký tham dự. Phần việc của phường đã xong.'),
        ('ISO hành chính', 'Đang xây dựng lại bộ quy trình ISO theo thủ tục hành chính mới của phường Bến Cát sau hợp nhất (nguồn: Văn phòng). Phần việc của phường còn đang làm.'),
        ('Khảo sát chất lượng xăng dầu', 'Phối hợp Đoàn của Chi cục lấy 06 mẫu xăng dầu tại các cửa hàng trên tuyến Quốc lộ 13 để khảo sát chất lượng (nguồn: biên bản lấy mẫu). Phần việc của phường đã xong.'),
        ('Kiểm tra theo phân cấp', 'Kiểm tra 02 cuộc tại 15 cơ sở kinh doanh vàng bạc, xăng dầu, chưa phát hiện vi phạm (nguồn: Tổ kiểm tra phường). Phần việc của phường còn đang làm.'),
    ]
    diffs = ['Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn thống nhất về nội dung kiểm tra đo lường được phân cấp cho phường.',
             'Đề nghị cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pano) để phường in ấn.']
    hand1(f, '25813', 'Phường Bến Cát', 'ỦY BAN NHÂN DÂN', '96/BC-UBND',
          'Bến Cát, ngày 05 tháng 11 năm 2026', '2026-11-05', 'từ ngày 01/01/2026 đến ngày 31/10/2026', b, diffs, props)
    key(f, '25813', 'Phường Bến Cát', '96/BC-UBND', '2026-11-05', [
        E('II.1.a', 'completed', {'communications': 20}, b[0][1]),
        E('II.1.b', 'completed', {'enterprises_supported': 8}, b[1][1]),
        E('II.2.đ', 'in_progress', {}, b[2][1]),
        E('II.5.b', 'completed', {'samples_tested': 6}, b[3][1]),
        E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 15}, b[4][1]),
    ], diffs, props)

    # --- P4 Lái Thiêu: MISTAKEN (ATTP Trung thu)
    f = '25966-laithieu-bc.docx'
    b = [
        ('Tuyên truyền', 'Phát 12 tin trên loa truyền thanh về an toàn thực phẩm dịp Tết Trung thu, treo 05 băng rôn (nguồn: Tổ truyền thanh). Phần việc của phường đã xong.'),
        ('Kiểm tra cơ sở bánh Trung thu', 'Đoàn kiểm tra liên ngành về an toàn thực phẩm của phường kiểm tra 18 cơ sở sản xuất, kinh doanh bánh Trung thu, phát hiện 03 cơ sở vi phạm điều kiện vệ sinh, phạt 6.000.000 đồng (nguồn: biên bản của Đoàn). Phần việc của phường đã xong.'),
        ('Lấy mẫu xét nghiệm nhanh', 'Lấy 25 mẫu bánh, nhân bánh xét nghiệm nhanh hàn the, phẩm màu, kết quả đạt (nguồn: Trạm Y tế phường). Phần việc của phường đã xong.'),
    ]
    diffs = ['Nhiều cơ sở làm bánh thủ công theo mùa, không đăng ký kinh doanh.']
    props = ['Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho Trạm Y tế phường.']
    hand1(f, '25966', 'Phường Lái Thiêu', 'ỦY BAN NHÂN DÂN', '233/BC-UBND',
          'Lái Thiêu, ngày 12 tháng 10 năm 2026', '2026-10-12', 'từ ngày 01/9/2026 đến ngày 08/10/2026', b, diffs, props,
          title='Kết quả công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026',
          intro='Thực hiện Kế hoạch của Ban Chỉ đạo liên ngành về an toàn thực phẩm, Ủy ban nhân dân Phường Lái Thiêu báo cáo kết quả công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026 như sau:')
    key(f, '25966', 'Phường Lái Thiêu', '233/BC-UBND', '2026-10-12', [], [], [],
        status='rejected', reason='Không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo an toàn thực phẩm dịp Tết Trung thu 2026 của Phường Lái Thiêu gửi nhầm.')


# =====================================================================
# HAND 2 - Thảo: văn phòng xã/phường vùng cũ Bà Rịa - Vũng Tàu.
# Công văn replying to the Chi cục's reminder; items "Ý 1.", "Ý 2." ...;
# figures on a "SL:" line joined by " / "; status at the end in quotes:
# Tình trạng: "xong" / "đang làm" / "chưa làm" / "không phát sinh".
# =====================================================================
def hand2(fname, unit_name, upper, number, vv, place_date, items, diffs, props, kinh_gui='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'):
    d = new_doc(size=13)
    header(d, upper, unit_name.upper(), 'Số: ' + number, place_date)
    t = d.tables[0]
    cell_par(t.rows[0].cells[0], vv, italic=False, size=11, first=False)
    para(d)
    para(d, runs=[('Kính gửi: ', False, False, False), (kinh_gui, False, False, False)], center=True)
    para(d, 'Phúc đáp Công văn số 2815/CCTĐC-QLĐL ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc đôn đốc báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026, ' + unit_name + ' báo cáo theo từng ý như sau:')
    for i, (title, body, sl, st) in enumerate(items, 1):
        para(d, runs=[('Ý %d. ' % i, True, False, False), (title, True, False, False)], indent=False)
        para(d, body)
        if sl:
            para(d, 'SL: ' + sl)
        para(d, runs=[('Tình trạng: ', False, True, False), ('"%s"' % st, False, True, False)])
    para(d, runs=[('Ý %d. Khó khăn' % (len(items) + 1), True, False, False)], indent=False)
    for x in diffs:
        para(d, '+ ' + x)
    para(d, runs=[('Ý %d. Kiến nghị' % (len(items) + 2), True, False, False)], indent=False)
    for x in props:
        para(d, '+ ' + x)
    para(d, unit_name + ' kính báo cáo./.')
    signature(d, ['Nơi nhận:', '- Như trên;', '- CT, các PCT;', '- Lưu: VT.'], 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Lê Thị Thu Thảo')
    save_doc(d, fname)


def build_hand2():
    f = '26662-LongHai-CV205.docx'
    it = [
        ('Tuyên truyền Chỉ thị 38', 'Xã đăng tin trên Trang thông tin điện tử xã, phát trên Đài truyền thanh và lồng ghép phổ biến tại hội nghị tiểu thương chợ Long Hải, chợ hải sản Lò Vôi.', '18 tin bài / 02 hội nghị / 130 lượt người', 'xong'),
        ('Kiểm tra cân, đo lường tại chợ', 'Tổ công tác xã kiểm tra phương tiện đo, cân tại chợ Long Hải và chợ hải sản, chủ yếu cân đồng hồ lò xo không đạt.', '03 cuộc / 41 cơ sở / 05 vi phạm / tiền phạt 7.500.000đ', 'đang làm'),
        ('Hướng dẫn cơ sở hải sản khô ghi nhãn, truy xuất nguồn gốc', 'Hướng dẫn cơ sở chế biến khô cá, mực một nắng ghi nhãn, in mã QR truy xuất theo hướng dẫn của Chi cục.', '09 cơ sở', 'đang làm'),
        ('ISO tại UBND xã', 'Xã đã ban hành lại Quyết định áp dụng và công bố HTQLCL TCVN ISO 9001:2015 cho các thủ tục hành chính của xã Long Hải.', '', 'xong'),
        ('Tố giác vi phạm', 'Trong kỳ không có đơn thư, tố giác về đo lường, chất lượng.', '', 'không phát sinh'),
    ]
    diffs = ['Số hộ kinh doanh hải sản theo mùa đông, nhiều cân tiểu ly không rõ nguồn gốc.',
             'Xã chưa được trang bị cân đối chứng tại chợ hải sản Lò Vôi.']
    props = ['Đề nghị Chi cục trang bị 01 cân đối chứng cho chợ hải sản Lò Vôi.',
             'Đề nghị hướng dẫn cách xử lý đối với cân không rõ nguồn gốc tạm giữ tại chợ.']
    hand2(f, 'Xã Long Hải', 'UBND THÀNH PHỐ HỒ CHÍ MINH', '205/UBND-KT', 'V/v báo cáo kết quả thực hiện Kế hoạch CT38 năm 2026',
          'Long Hải, ngày 23 tháng 10 năm 2026', it, diffs, props)
    key(f, '26662', 'Xã Long Hải', '205/UBND-KT', '2026-10-23', [
        E('II.1.a', 'completed', {'communications': 18, 'training_courses': 2, 'participants': 130}, it[0][1] + ' SL: ' + it[0][2]),
        E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 41, 'violations': 5, 'fines_vnd': 7500000}, it[1][1] + ' SL: ' + it[1][2]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 9}, it[2][1] + ' SL: ' + it[2][2]),
        E('II.2.đ', 'completed', {}, it[3][1]),
        E('II.5.d', 'not_applicable', {}, it[4][1]),
    ], diffs, props)

    f = '26632_XuyenMoc_CV178_KHCT38.docx'
    it = [
        ('Tuyên truyền', 'Phát trên loa truyền thanh ấp, đăng trên fanpage xã về quy định cân đong, xăng dầu, nhãn hàng hóa.', '10 tin', 'xong'),
        ('Cử cán bộ tham gia tập huấn', 'Xã cử công chức kinh tế và công chức văn phòng dự lớp tập huấn do Chi cục tổ chức tại phường Bà Rịa.', '02 người', 'xong'),
        ('Kiểm tra xăng dầu, cân tại chợ', 'Phối hợp Đội QLTT kiểm tra cửa hàng xăng dầu và quầy cân chợ Xuyên Mộc, 01 trường hợp cột đo xăng dầu sai số vượt mức cho phép.', '02 cuộc / 19 cơ sở / 01 vi phạm / phạt 3.000.000đ', 'xong'),
        ('Hỗ trợ hợp tác xã nông sản truy xuất nguồn gốc', 'Đã lập danh sách hợp tác xã tiêu, điều có nhu cầu; chưa tổ chức hướng dẫn, dự kiến Quý I/2027.', '', 'chưa làm'),
        ('ISO', 'Đang rà soát quy trình nội bộ để công bố lại hệ thống ISO của xã.', '', 'đang làm'),
    ]
    diffs = ['Địa bàn xã rộng sau sáp nhập, cửa hàng xăng dầu phân tán dọc các tuyến đường.']
    props = ['Đề nghị Chi cục tổ chức tập huấn trực tiếp tại xã cho các hộ kinh doanh chợ Xuyên Mộc.']
    hand2(f, 'Xã Xuyên Mộc', 'ỦY BAN NHÂN DÂN', '178/UBND-VP', 'V/v phúc đáp Công văn số 2815/CCTĐC-QLĐL',
          'Xuyên Mộc, ngày 28 tháng 10 năm 2026', it, diffs, props)
    key(f, '26632', 'Xã Xuyên Mộc', '178/UBND-VP', '2026-10-28', [
        E('II.1.a', 'completed', {'communications': 10}, it[0][1] + ' SL: ' + it[0][2]),
        E('II.3.a', 'completed', {'participants': 2}, it[1][1] + ' SL: ' + it[1][2]),
        E('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 19, 'violations': 1, 'fines_vnd': 3000000}, it[2][1] + ' SL: ' + it[2][2]),
        E('II.2.a', 'not_started', {}, it[3][1]),
        E('II.2.đ', 'in_progress', {}, it[4][1]),
    ], diffs, props)

    f = '26732-ConDao-BC88.docx'
    it = [
        ('Tuyên truyền', 'Đặc khu đăng tin trên Cổng thông tin, phát trên Đài truyền thanh - truyền hình Côn Đảo; tổ chức 01 buổi phổ biến cho hộ kinh doanh chợ Côn Sơn và cơ sở lưu trú.', '15 tin bài / 01 buổi / 60 người', 'xong'),
        ('Kiểm tra phương tiện đo', 'Kiểm tra cột đo xăng dầu tại cửa hàng xăng dầu và cân tại chợ Côn Sơn, không phát hiện vi phạm.', '02 cuộc / 11 cơ sở', 'xong'),
        ('Áp dụng ISO', 'Đặc khu đang xây dựng mới HTQLCL theo TCVN ISO 9001:2015 do mô hình đặc khu có nhiều thủ tục mới.', '', 'đang làm'),
        ('Tập huấn cho công chức', 'Cử công chức dự các lớp tập huấn trực tuyến của Chi cục (do đi lại khó khăn nên tham gia trực tuyến).', '02 lớp / 04 lượt công chức', 'xong'),
        ('Giải thưởng Chất lượng Quốc gia', 'Trên địa bàn đặc khu không có doanh nghiệp sản xuất đủ điều kiện tham dự.', '', 'không phát sinh'),
    ]
    diffs = ['Việc mang cân, phương tiện đo vào đất liền để kiểm định tốn kém thời gian và chi phí tàu.',
             'Công chức đặc khu kiêm nhiệm nhiều lĩnh vực, chưa được bồi dưỡng chuyên sâu về đo lường.']
    props = ['Đề nghị Chi cục bố trí đoàn kiểm định lưu động ra Côn Đảo ít nhất 01 lần/năm.']
    hand2(f, 'Đặc khu Côn Đảo', 'UBND THÀNH PHỐ HỒ CHÍ MINH', '88/BC-UBND', 'V/v báo cáo kết quả thực hiện KH 38 năm 2026',
          'Côn Đảo, ngày 02 tháng 11 năm 2026', it, diffs, props)
    key(f, '26732', 'Đặc khu Côn Đảo', '88/BC-UBND', '2026-11-02', [
        E('II.1.a', 'completed', {'communications': 15, 'training_courses': 1, 'participants': 60}, it[0][1] + ' SL: ' + it[0][2]),
        E('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 11}, it[1][1] + ' SL: ' + it[1][2]),
        E('II.2.đ', 'in_progress', {}, it[2][1]),
        E('II.3.a', 'completed', {'training_courses': 2, 'participants': 4}, it[3][1] + ' SL: ' + it[3][2]),
        E('II.1.b', 'not_applicable', {}, it[4][1]),
    ], diffs, props)

    f = '26560 BaRia CV251.docx'
    it = [
        ('Tuyên truyền', 'Phường phối hợp các khu phố tuyên truyền trên loa, nhóm Zalo khu phố và phát tờ gấp về đo lường trong kinh doanh vàng, xăng dầu.', '22 tin', 'xong'),
        ('Hướng dẫn công bố hợp quy', 'Hướng dẫn cơ sở sản xuất nước đá, nước uống đóng bình thực hiện công bố hợp quy, công bố tiêu chuẩn áp dụng.', '07 cơ sở', 'đang làm'),
        ('Kiểm tra đo lường, chất lượng', 'Tổ kiểm tra phường kiểm tra tại chợ Bà Rịa, chợ Long Toàn và các tiệm vàng.', '05 cuộc / 38 cơ sở / 04 vi phạm / phạt 12.250.000đ', 'đang làm'),
        ('Phối hợp khảo sát chất lượng', 'Phối hợp Chi cục lấy mẫu mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng trên đường Cách Mạng Tháng Tám để khảo sát.', '10 mẫu', 'xong'),
    ]
    diffs = ['Các tiệm vàng thường đóng cửa khi có đoàn kiểm tra.']
    props = ['Đề nghị Chi cục cử cán bộ chuyên môn tham gia Tổ kiểm tra phường khi kiểm tra vàng trang sức.',
             'Đề nghị Sở hướng dẫn mẫu biên bản kiểm tra đo lường dùng cho cấp phường.']
    hand2(f, 'Phường Bà Rịa', 'ỦY BAN NHÂN DÂN', '251/BC-UBND', 'V/v báo cáo tình hình thực hiện KH Chỉ thị 38 năm 2026',
          'Bà Rịa, ngày 21 tháng 10 năm 2026', it, diffs, props)
    key(f, '26560', 'Phường Bà Rịa', '251/BC-UBND', '2026-10-21', [
        E('II.1.a', 'completed', {'communications': 22}, it[0][1] + ' SL: ' + it[0][2]),
        E('II.2.d', 'in_progress', {'enterprises_supported': 7}, it[1][1] + ' SL: ' + it[1][2]),
        E('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 12250000}, it[2][1] + ' SL: ' + it[2][2]),
        E('II.5.b', 'completed', {'samples_tested': 10}, it[3][1] + ' SL: ' + it[3][2]),
    ], diffs, props)


# =====================================================================
# HAND 3 - Khoa: công chức Kinh tế (Excel), one sheet "BaoCao" with
# block A (one row per job, "Tình trạng" column) and block B below on the
# same sheet: "Chỉ số | Giá trị | ĐVT | Của việc (STT)" pointing at block A.
# =====================================================================
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand3(fname, unit_name, number, place_date, jobs, figs, diffs, props):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BaoCao'
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 42
    ws.column_dimensions['C'].width = 60; ws.column_dimensions['D'].width = 22; ws.column_dimensions['E'].width = 14
    ws['A1'] = 'UBND ' + unit_name.upper().replace('PHƯỜNG ', 'PHƯỜNG ').replace('XÃ ', 'XÃ ')
    ws['A2'] = 'Số: ' + number
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = place_date
    for c in ('A1', 'D1', 'D2'):
        ws[c].font = Font(bold=True)
    ws['D3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13)
    ws['A7'] = 'A. TÌNH HÌNH THỰC HIỆN'; ws['A7'].font = Font(bold=True)
    r = 8
    for i, h in enumerate(['STT', 'Việc', 'Đã làm', 'Tình trạng']):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    for n, (job, done, st) in enumerate(jobs, 1):
        r += 1
        for i, v in enumerate([n, job, done, st]):
            c = ws.cell(r, i + 1, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top')
    r += 2
    ws.cell(r, 1, 'B. SỐ LIỆU').font = Font(bold=True)
    r += 1
    for i, h in enumerate(['TT', 'Chỉ số', 'Giá trị', 'ĐVT', 'Của việc (STT)']):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True); c.border = BOX
    for n, (name, val, dvt, stt) in enumerate(figs, 1):
        r += 1
        for i, v in enumerate([n, name, val, dvt, stt]):
            c = ws.cell(r, i + 1, v); c.border = BOX
            if i == 2 and isinstance(v, int) and v >= 1000:
                c.number_format = '#,##0'
    r += 2
    ws.cell(r, 1, 'C. KHÓ KHĂN, KIẾN NGHỊ').font = Font(bold=True)
    for x in diffs:
        r += 1; ws.cell(r, 2, 'Khó khăn'); ws.cell(r, 3, x)
    for x in props:
        r += 1; ws.cell(r, 2, 'Kiến nghị'); ws.cell(r, 3, x)
    r += 2
    ws.cell(r, 4, 'KT. CHỦ TỊCH'); ws.cell(r + 1, 4, 'PHÓ CHỦ TỊCH'); ws.cell(r + 4, 4, 'Phạm Minh Khoa')
    ws.cell(r, 2, 'Người lập biểu: Đỗ Đăng Khoa - ĐT 0909 xxx 318')
    ws.freeze_panes = 'A9'
    wb.save(os.path.join(OUT, fname))


def build_hand3():
    f = '25888-TanUyen-BC407.xlsx'
    jobs = [
        ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', 'Tin trên loa, fanpage phường; hội nghị cho hộ kinh doanh chợ Tân Uyên', 'Xong'),
        ('Hướng dẫn DN công bố chất lượng, ghi nhãn', 'Hướng dẫn tại bộ phận Một cửa và qua điện thoại', 'Chưa xong - đang làm'),
        ('ISO 9001 tại UBND phường', 'Chưa xây dựng lại sau sắp xếp, chờ hướng dẫn của Sở', 'Chưa bắt đầu'),
        ('Cử công chức dự tập huấn', 'Dự lớp của Chi cục ngày 18/6/2026', 'Xong'),
        ('Kiểm tra đo lường, chất lượng theo phân cấp', 'Kiểm tra chợ, cửa hàng xăng dầu, vật liệu xây dựng', 'Chưa xong - đang làm'),
    ]
    figs = [('Tin, bài tuyên truyền', 28, 'tin', 1), ('Hội nghị', 1, 'hội nghị', 1), ('Lượt người dự', 72, 'lượt', 1),
            ('Doanh nghiệp được hướng dẫn', 11, 'DN', 2), ('Công chức dự tập huấn', 2, 'người', 4),
            ('Số cuộc kiểm tra', 4, 'cuộc', 5), ('Cơ sở được kiểm tra', 33, 'cơ sở', 5), ('Cơ sở vi phạm', 3, 'cơ sở', 5),
            ('Tiền phạt', 5250000, 'đồng', 5)]
    diffs = ['Chưa có hướng dẫn mẫu hồ sơ ISO cho phường sau sắp xếp.']
    props = ['Đề nghị Chi cục hướng dẫn xây dựng HTQLCL ISO cho UBND phường mới.']
    hand3(f, 'Phường Tân Uyên', '407/BC-UBND', 'Tân Uyên, ngày 29 tháng 10 năm 2026', jobs, figs, diffs, props)
    key(f, '25888', 'Phường Tân Uyên', '407/BC-UBND', '2026-10-29', [
        E('II.1.a', 'completed', {'communications': 28, 'training_courses': 1, 'participants': 72}, jobs[0][1]),
        E('II.2.d', 'in_progress', {'enterprises_supported': 11}, jobs[1][1]),
        E('II.2.đ', 'not_started', {}, jobs[2][1]),
        E('II.3.a', 'completed', {'participants': 2}, jobs[3][1]),
        E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 33, 'violations': 3, 'fines_vnd': 5250000}, jobs[4][1]),
    ], diffs, props)

    f = 'PhuGiao_BC233_CT38.xlsx'
    jobs = [
        ('Tuyên truyền', 'Loa truyền thanh các ấp, tờ rơi tại chợ Phước Vĩnh', 'Xong'),
        ('Hỗ trợ truy xuất nguồn gốc sản phẩm OCOP, nông sản', 'Hướng dẫn cơ sở sản xuất sản phẩm OCOP, HTX cao su, bưởi', 'Chưa xong - đang làm'),
        ('Kiểm tra đo lường tại chợ, xăng dầu', 'Phối hợp Chi cục kiểm tra 01 đợt; xã tự kiểm tra 01 đợt', 'Xong'),
        ('Phản ánh, tố giác vi phạm', 'Không nhận được phản ánh', 'Không có PS'),
    ]
    figs = [('Tin phát thanh', 16, 'tin', 1), ('Cơ sở, HTX được hướng dẫn', 6, 'cơ sở', 2),
            ('Số cuộc kiểm tra', 2, 'cuộc', 3), ('Cơ sở được kiểm tra', 21, 'cơ sở', 3), ('Cơ sở vi phạm', 2, 'cơ sở', 3),
            ('Tiền phạt', 2500000, 'đồng', 3)]
    diffs = ['Cán bộ phụ trách kiêm nhiệm, địa bàn xã rộng.', 'Chưa có kinh phí in tem truy xuất cho HTX.']
    props = ['Đề nghị Sở hỗ trợ kinh phí tem truy xuất nguồn gốc cho sản phẩm OCOP của xã.']
    hand3(f, 'Xã Phú Giáo', '233/BC-UBND', 'Phú Giáo, ngày 03 tháng 11 năm 2026', jobs, figs, diffs, props)
    key(f, '25858', 'Xã Phú Giáo', '233/BC-UBND', '2026-11-03', [
        E('II.1.a', 'completed', {'communications': 16}, jobs[0][1]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 6}, jobs[1][1]),
        E('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 2500000}, jobs[2][1]),
        E('II.5.d', 'not_applicable', {}, jobs[3][1]),
    ], diffs, props)

    f = '26506_VungTau_BC512.xlsx'
    jobs = [
        ('Tuyên truyền, phổ biến quy định', 'Tin trên Cổng TTĐT phường, loa khu phố; 02 hội nghị cho hộ kinh doanh hải sản, dịch vụ du lịch', 'Xong'),
        ('Vận động DN tham gia Giải thưởng Chất lượng Quốc gia', 'Gửi thư mời, thể lệ tới các DN', 'Xong'),
        ('Hướng dẫn ghi nhãn, công bố chất lượng', 'Hướng dẫn cơ sở nước mắm, hải sản khô', 'Chưa xong - đang làm'),
        ('Phối hợp lấy mẫu khảo sát chất lượng', 'Phối hợp Chi cục lấy mẫu xăng dầu, LPG', 'Xong'),
        ('Kiểm tra cân tại chợ, cơ sở kinh doanh', 'Kiểm tra chợ Xóm Lưới, chợ Vũng Tàu, khu bán hải sản Bãi Trước', 'Chưa xong - đang làm'),
        ('Cử cán bộ tập huấn', 'Chưa có lớp phù hợp trong kỳ', 'Chưa bắt đầu'),
    ]
    figs = [('Tin bài', 31, 'tin', 1), ('Hội nghị', 2, 'hội nghị', 1), ('Người tham dự', 145, 'người', 1),
            ('DN nhận thông tin GTCLQG', 12, 'DN', 2), ('Cơ sở được hướng dẫn', 9, 'cơ sở', 3), ('Mẫu lấy khảo sát', 8, 'mẫu', 4),
            ('Cuộc kiểm tra', 6, 'cuộc', 5), ('Cơ sở kiểm tra', 64, 'cơ sở', 5), ('Vi phạm', 9, 'cơ sở', 5),
            ('Số tiền phạt', 18500000, 'đồng', 5)]
    diffs = ['Khách du lịch phản ánh cân thiếu tại khu hải sản nhưng không để lại thông tin liên hệ.']
    props = ['Đề nghị Chi cục bổ sung cân đối chứng tại khu bán hải sản Bãi Trước.', 'Đề nghị mở lớp tập huấn cho công chức phường trong Quý IV/2026.']
    hand3(f, 'Phường Vũng Tàu', '512/BC-UBND', 'Vũng Tàu, ngày 26 tháng 10 năm 2026', jobs, figs, diffs, props)
    key(f, '26506', 'Phường Vũng Tàu', '512/BC-UBND', '2026-10-26', [
        E('II.1.a', 'completed', {'communications': 31, 'training_courses': 2, 'participants': 145}, jobs[0][1]),
        E('II.1.b', 'completed', {'enterprises_supported': 12}, jobs[1][1]),
        E('II.2.d', 'in_progress', {'enterprises_supported': 9}, jobs[2][1]),
        E('II.5.b', 'completed', {'samples_tested': 8}, jobs[3][1]),
        E('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 64, 'violations': 9, 'fines_vnd': 18500000}, jobs[4][1]),
        E('II.3.a', 'not_started', {}, jobs[5][1]),
    ], diffs, props)


# =====================================================================
# HAND 4 - Lan: phó chủ tịch phường/xã (cũ TP.HCM), Word.
# Items lettered "a/ b/ c/" (slash), small counts written numeral-then-word
# in brackets after the noun ("cơ sở: 17 (mười bảy)"), each item closed by a
# line "Tự nhận: …" (đã làm xong / chưa xong, còn làm tiếp / chưa triển
# khai được / không có việc phát sinh). No roman sections; one heading
# "Kết quả" and one "Tồn tại và đề nghị" paragraph block.
# =====================================================================
def hand4(fname, unit_name, number, place_date, items, diffs, props, date_iso):
    d = new_doc(size=14)
    header(d, 'ỦY BAN NHÂN DÂN', unit_name.upper(), 'Số: ' + number, place_date, upper_line2='THÀNH PHỐ HỒ CHÍ MINH')
    para(d)
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, 'V/v thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng', bold=True, center=True)
    para(d, 'Ủy ban nhân dân ' + unit_name + ' báo cáo kết quả thực hiện trong năm 2026 (tính đến ngày báo cáo) như sau:')
    para(d, 'Kết quả', bold=True, indent=False)
    for i, (t, body, tn) in enumerate(items):
        para(d, runs=[('abcdefgh'[i] + '/ ' + t, True, False, False)])
        para(d, body)
        para(d, runs=[('Tự nhận: ', False, True, False), (tn, False, True, False)])
    para(d, 'Tồn tại và đề nghị', bold=True, indent=False)
    para(d, '* Tồn tại:', indent=False)
    for x in diffs:
        para(d, '- ' + x)
    para(d, '* Đề nghị:', indent=False)
    for x in props:
        para(d, '- ' + x)
    signature(d, ['Nơi nhận:', '- Sở KH&CN;', '- Chi cục TĐC;', '- Lưu VT.'], 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Võ Thị Ngọc Lan')
    save_doc(d, fname)


def build_hand4():
    f = '27553-CuChi-BC164-2026.docx'
    it = [
        ('Tuyên truyền cho người dân, hộ kinh doanh', 'Xã tuyên truyền qua loa phát thanh, trang thông tin xã: tin bài: 26 (hai mươi sáu); lồng ghép hội nghị với tiểu thương chợ Củ Chi: 01 (một) hội nghị, người dự: 54 (năm mươi bốn).', 'đã làm xong.'),
        ('Kiểm tra theo thẩm quyền được giao', 'Tổ kiểm tra xã kiểm tra tại chợ Củ Chi, các cửa hàng xăng dầu Tỉnh lộ 8 và cửa hàng vật liệu xây dựng: cuộc: 03 (ba); cơ sở: 17 (mười bảy); vi phạm: 02 (hai), đã phạt 3.500.000 đồng.', 'chưa xong, còn làm tiếp đến cuối năm.'),
        ('Hỗ trợ truy xuất nguồn gốc rau, bò sữa', 'Phối hợp Hợp tác xã nông nghiệp hướng dẫn hộ nuôi bò sữa, trồng rau an toàn dán tem truy xuất: hộ, HTX được hướng dẫn: 12 (mười hai).', 'chưa xong, còn làm tiếp.'),
        ('Đưa công chức đi tập huấn', 'Trong năm chưa cử được công chức tham dự do trùng lịch tiếp dân, kỳ họp HĐND.', 'chưa triển khai được.'),
    ]
    diffs = ['Công chức địa chính - kinh tế kiêm nhiệm, không có người chuyên theo dõi đo lường.',
             'Hộ kinh doanh nhỏ lẻ ở chợ chiều không cố định nên khó quản lý.']
    props = ['Đề nghị Chi cục tổ chức lớp tập huấn vào cuối tuần hoặc trực tuyến để công chức xã tham dự được.']
    hand4(f, 'Xã Củ Chi', '164/BC-UBND', 'Củ Chi, ngày 22 tháng 10 năm 2026', it, diffs, props, '2026-10-22')
    key(f, '27553', 'Xã Củ Chi', '164/BC-UBND', '2026-10-22', [
        E('II.1.a', 'completed', {'communications': 26, 'training_courses': 1, 'participants': 54}, it[0][1]),
        E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 3500000}, it[1][1]),
        E('II.2.a', 'in_progress', {'enterprises_supported': 12}, it[2][1]),
        E('II.3.a', 'not_started', {}, it[3][1]),
    ], diffs, props)

    f = '27073_PhuNhuan_BC301.docx'
    it = [
        ('Tuyên truyền', 'Phường đăng trên trang thông tin điện tử, phát tờ rơi tại chợ Phú Nhuận, chợ Nguyễn Đình Chiểu: tin bài: 14 (mười bốn).', 'đã làm xong.'),
        ('Áp dụng ISO trong giải quyết thủ tục', 'Phường đã cập nhật hệ thống quản lý chất lượng TCVN ISO 9001:2015 vào phần mềm, đánh giá nội bộ xong tháng 8/2026; kinh phí đã chi: 15.000.000 đồng.', 'đã làm xong.'),
        ('Kiểm tra tại chợ, cửa hàng vàng bạc', 'Phối hợp Chi cục kiểm tra phương tiện đo tại các tiệm vàng đường Phan Đình Phùng: cuộc: 02 (hai); cơ sở: 09 (chín); vi phạm: 01 (một); phạt 7.000.000 đồng.', 'chưa xong, còn làm tiếp.'),
        ('Hướng dẫn doanh nghiệp', 'Hướng dẫn doanh nghiệp nhỏ về công bố tiêu chuẩn áp dụng, ghi nhãn hàng hóa nhập khẩu: doanh nghiệp: 06 (sáu).', 'đã làm xong.'),
        ('Khen thưởng người tố giác', 'Trong năm không có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.', 'không có việc phát sinh.'),
    ]
    diffs = ['Phần mềm ISO điện tử chưa liên thông với hệ thống giải quyết thủ tục hành chính của Thành phố.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn liên thông phần mềm ISO điện tử với hệ thống một cửa.']
    hand4(f, 'Phường Phú Nhuận', '301/BC-UBND', 'Phú Nhuận, ngày 09 tháng 11 năm 2026', it, diffs, props, '2026-11-09')
    key(f, '27073', 'Phường Phú Nhuận', '301/BC-UBND', '2026-11-09', [
        E('II.1.a', 'completed', {'communications': 14}, it[0][1]),
        E('II.2.đ', 'completed', {'budget_spent_vnd': 15000000}, it[1][1]),
        E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 9, 'violations': 1, 'fines_vnd': 7000000}, it[2][1]),
        E('II.2.d', 'completed', {'enterprises_supported': 6}, it[3][1]),
        E('II.5.d', 'not_applicable', {}, it[4][1]),
    ], diffs, props)

    f = 'BC389-ThuDuc-TDC.docx'
    it = [
        ('Tuyên truyền', 'Phát trên loa khu phố, đăng nhóm Zalo các khu phố: tin bài: 19 (mười chín).', 'đã làm xong.'),
        ('Đưa công chức đi tập huấn', 'Cử công chức kinh tế dự lớp của Chi cục: lớp: 01 (một); người: 03 (ba).', 'đã làm xong.'),
        ('Kiểm tra theo thẩm quyền', 'Kiểm tra chợ Thủ Đức, chợ Linh Xuân và cửa hàng xăng dầu đường Kha Vạn Cân: cuộc: 04 (bốn); cơ sở: 26 (hai mươi sáu); vi phạm: 03 (ba); phạt 10.500.000 đồng.', 'chưa xong, còn làm tiếp.'),
        ('Lấy mẫu khảo sát', 'Phối hợp đoàn Chi cục lấy mẫu đồ chơi trẻ em tại chợ Thủ Đức: mẫu: 05 (năm).', 'đã làm xong.'),
        ('Truy xuất nguồn gốc', 'Chưa triển khai do chưa có hướng dẫn cụ thể đối với hàng hóa tại chợ đầu mối.', 'chưa triển khai được.'),
    ]
    diffs = ['Chợ Thủ Đức có lượng hàng hóa lớn, lực lượng kiểm tra của phường mỏng.']
    props = ['Đề nghị Chi cục chủ trì các đợt kiểm tra tại chợ đầu mối, phường phối hợp.',
             'Đề nghị có văn bản hướng dẫn truy xuất nguồn gốc đối với hàng hóa tại chợ đầu mối.']
    hand4(f, 'Phường Thủ Đức', '389/BC-UBND', 'Thủ Đức, ngày 04 tháng 11 năm 2026', it, diffs, props, '2026-11-04')
    key(f, '26824', 'Phường Thủ Đức', '389/BC-UBND', '2026-11-04', [
        E('II.1.a', 'completed', {'communications': 19}, it[0][1]),
        E('II.3.a', 'completed', {'training_courses': 1, 'participants': 3}, it[1][1]),
        E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 26, 'violations': 3, 'fines_vnd': 10500000}, it[2][1]),
        E('II.5.b', 'completed', {'samples_tested': 5}, it[3][1]),
        E('II.2.a', 'not_started', {}, it[4][1]),
    ], diffs, props)


# =====================================================================
# HAND 5 - Tâm: văn thư - thống kê (Excel), the whole report as ONE wide
# data row: row of job-group headers merged over indicator headers, one
# row of the unit's numbers, then a "Tình trạng" row with one merged cell
# per job ("Đã xong / Đang làm / Chưa làm / Không có"), and "Khó khăn:" /
# "Kiến nghị:" lines below. Header text in column A; no signature.
# =====================================================================
def hand5(fname, unit_name, number, place_date, groups, diffs, props):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'CT38'
    ws['A1'] = 'UBND ' + unit_name.upper() + '          Số: ' + number
    ws['A2'] = place_date
    ws['A3'] = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KH CHỈ THỊ 38 - NĂM 2026'
    ws['A3'].font = Font(bold=True, size=13)
    ws['A4'] = '(Số liệu tính từ 01/01/2026 đến ngày báo cáo)'
    ws['A4'].font = Font(italic=True)
    ws.cell(6, 1, 'Đơn vị'); ws.merge_cells(start_row=6, start_column=1, end_row=7, end_column=1)
    ws.cell(8, 1, unit_name); ws.cell(9, 1, 'Tình trạng')
    ws.column_dimensions['A'].width = 18
    col = 2
    for gname, inds, st in groups:
        n = max(1, len(inds))
        ws.cell(6, col, gname)
        if n > 1:
            ws.merge_cells(start_row=6, start_column=col, end_row=6, end_column=col + n - 1)
            ws.merge_cells(start_row=9, start_column=col, end_row=9, end_column=col + n - 1)
        ws.cell(9, col, st)
        if not inds:
            ws.cell(7, col, '-'); ws.cell(8, col, '-')
        for j, (h, v) in enumerate(inds):
            ws.cell(7, col + j, h); c = ws.cell(8, col + j, v)
            if isinstance(v, int) and v >= 1000:
                c.number_format = '#,##0'
            ws.column_dimensions[openpyxl.utils.get_column_letter(col + j)].width = 14
        col += n
    for r in range(6, 10):
        for c in range(1, col):
            cell = ws.cell(r, c); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
            if r in (6, 7):
                cell.font = Font(bold=True)
    r = 11
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True)
    for x in diffs:
        r += 1; ws.cell(r, 1, '- ' + x)
    r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True)
    for x in props:
        r += 1; ws.cell(r, 1, '- ' + x)
    r += 2
    ws.cell(r, 1, 'Người lập: Huỳnh Thanh Tâm')
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))


def build_hand5():
    f = '27664-CanGio-bieu-CT38.xlsx'
    g = [('Tuyên truyền', [('Tin bài', 12), ('Buổi phổ biến', 1), ('Lượt người', 40)], 'Đã xong'),
         ('Kiểm tra cân, đo lường (phân cấp)', [('Cuộc', 2), ('Cơ sở', 14), ('Vi phạm', 2), ('Phạt (đồng)', 4000000)], 'Đang làm'),
         ('Hướng dẫn truy xuất nguồn gốc hải sản', [('Cơ sở được HD', 5)], 'Đang làm'),
         ('ISO UBND xã', [], 'Đã xong'),
         ('Tố giác, phản ánh', [], 'Không có')]
    diffs = ['Chợ Cần Thạnh bán hải sản tươi sống, nhiều cân không kiểm định.']
    props = ['Đề nghị Chi cục tổ chức kiểm định cân miễn phí tại chợ Cần Thạnh.']
    hand5(f, 'Xã Cần Giờ', '120/BC-UBND', 'Cần Giờ, ngày 31 tháng 10 năm 2026', g, diffs, props)
    key(f, '27664', 'Xã Cần Giờ', '120/BC-UBND', '2026-10-31', [
        E('II.1.a', 'completed', {'communications': 12, 'training_courses': 1, 'participants': 40}, 'Tuyên truyền: Tin bài 12; Buổi phổ biến 1; Lượt người 40'),
        E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14, 'violations': 2, 'fines_vnd': 4000000}, 'Kiểm tra cân, đo lường (phân cấp): Cuộc 2; Cơ sở 14; Vi phạm 2; Phạt 4.000.000'),
        E('II.2.a', 'in_progress', {'enterprises_supported': 5}, 'Hướng dẫn truy xuất nguồn gốc hải sản: Cơ sở được HD 5'),
        E('II.2.đ', 'completed', {}, 'ISO UBND xã'),
        E('II.5.d', 'not_applicable', {}, 'Tố giác, phản ánh'),
    ], diffs, props)

    f = '26575_NgaiGiao_CT38.xlsx'
    g = [('Tuyên truyền', [('Tin bài', 9)], 'Đã xong'),
         ('Cử CC tập huấn', [('Lớp', 1), ('Người', 2)], 'Đã xong'),
         ('Kiểm tra xăng dầu, chợ', [('Cuộc', 1), ('Cơ sở', 8)], 'Đang làm'),
         ('Hướng dẫn công bố, ghi nhãn', [], 'Chưa làm'),
         ('ISO UBND xã', [], 'Đang làm')]
    diffs = ['Chưa có công chức được đào tạo chuyên môn đo lường.', 'Kinh phí kiểm tra chưa được giao.']
    props = ['Đề nghị Chi cục hỗ trợ chuyên môn khi xã kiểm tra cột đo xăng dầu.']
    hand5(f, 'Xã Ngãi Giao', '97/BC-UBND', 'Ngãi Giao, ngày 06 tháng 11 năm 2026', g, diffs, props)
    key(f, '26575', 'Xã Ngãi Giao', '97/BC-UBND', '2026-11-06', [
        E('II.1.a', 'completed', {'communications': 9}, 'Tuyên truyền: Tin bài 9'),
        E('II.3.a', 'completed', {'training_courses': 1, 'participants': 2}, 'Cử CC tập huấn: Lớp 1; Người 2'),
        E('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 8}, 'Kiểm tra xăng dầu, chợ: Cuộc 1; Cơ sở 8'),
        E('II.2.d', 'not_started', {}, 'Hướng dẫn công bố, ghi nhãn'),
        E('II.2.đ', 'in_progress', {}, 'ISO UBND xã'),
    ], diffs, props)

    f = 'TanDongHiep-bieu-T11.xlsx'
    g = [('Tuyên truyền', [('Tin bài', 17), ('Hội nghị', 1), ('Người dự', 90)], 'Đã xong'),
         ('Hướng dẫn DN trong KCN (năng suất, ISO, công bố)', [('DN', 4)], 'Đang làm'),
         ('Kiểm tra theo phân cấp', [('Cuộc', 3), ('Cơ sở', 24), ('Vi phạm', 1), ('Phạt (đồng)', 1500000)], 'Đang làm'),
         ('Khảo sát chất lượng (phối hợp Chi cục)', [('Mẫu', 4)], 'Đã xong'),
         ('Cử CC tập huấn', [], 'Chưa làm')]
    diffs = ['Doanh nghiệp trong khu công nghiệp ít phối hợp khi phường mời làm việc.']
    props = ['Đề nghị Sở có văn bản gửi Ban quản lý các KCN phối hợp với phường.']
    hand5(f, 'Phường Tân Đông Hiệp', '276/BC-UBND', 'Tân Đông Hiệp, ngày 10 tháng 11 năm 2026', g, diffs, props)
    key(f, '25945', 'Phường Tân Đông Hiệp', '276/BC-UBND', '2026-11-10', [
        E('II.1.a', 'completed', {'communications': 17, 'training_courses': 1, 'participants': 90}, 'Tuyên truyền: Tin bài 17; Hội nghị 1; Người dự 90'),
        E('II.2.d', 'in_progress', {'enterprises_supported': 4}, 'Hướng dẫn DN trong KCN (năng suất, ISO, công bố): DN 4'),
        E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 24, 'violations': 1, 'fines_vnd': 1500000}, 'Kiểm tra theo phân cấp: Cuộc 3; Cơ sở 24; Vi phạm 1; Phạt 1.500.000'),
        E('II.5.b', 'completed', {'samples_tested': 4}, 'Khảo sát chất lượng (phối hợp Chi cục): Mẫu 4'),
        E('II.3.a', 'not_started', {}, 'Cử CC tập huấn'),
    ], diffs, props)


def resave_lo(fname, fmt):
    """Re-save through LibreOffice as a real office would."""
    src = os.path.join(OUT, fname)
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp)


if __name__ == '__main__':
    build_hand1(); build_hand2(); build_hand3(); build_hand4(); build_hand5()
    resave_lo('27073_PhuNhuan_BC301.docx', 'docx')
    resave_lo('26575_NgaiGiao_CT38.xlsx', 'xlsx')
    for fname, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
