# Hand H2 — "anh Phát" (department summarising its sub-units in a table: rows = sub-units, cols = activities, total row)
import os
from docx.enum.section import WD_ORIENT
from common import *


def fmt(v):
    return f'{v:,}'.replace(',', '.') if v else '-'


def head(d, org_parent, org, so, datel, trich):
    header_block(d, [(org_parent, False, False), (org, True, False), (so, False, False), (trich, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('', False, False), (datel, False, True)], size=12)
    para(d)


def table(d, cols, rows, total_label='Tổng cộng', widths=None):
    t = d.add_table(rows=1, cols=len(cols) + 2)
    t.style = 'Table Grid'
    set_cell(t.cell(0, 0), 'STT', bold=True, align='c', size=11)
    set_cell(t.cell(0, 1), 'Đơn vị', bold=True, align='c', size=11)
    for i, c in enumerate(cols):
        set_cell(t.cell(0, i + 2), c, bold=True, align='c', size=11); shade(t.cell(0, i + 2))
    shade(t.cell(0, 0)); shade(t.cell(0, 1))
    tot = [0] * len(cols)
    for n, (name, vals) in enumerate(rows, 1):
        r = t.add_row().cells
        set_cell(r[0], str(n), align='c', size=11); set_cell(r[1], name, size=11)
        for i, v in enumerate(vals):
            set_cell(r[i + 2], fmt(v), align='r', size=11); tot[i] += v
    r = t.add_row().cells
    m = r[0].merge(r[1]); set_cell(m, total_label, bold=True, align='c', size=11)
    for i, v in enumerate(tot):
        set_cell(r[i + 2], fmt(v), bold=True, align='r', size=11)
    return tot


def sign(d, title, name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.paragraphs[0].text = ''
    r = c.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True
    for x in ['- Như trên;', '- Lưu: VT.']:
        p = c.add_paragraph(x)
    c = t.cell(0, 1)
    for n, x in enumerate(title + ['', '', name]):
        p = c.paragraphs[0] if n == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = p.add_run(x); rr.bold = True


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width


# ---- File 5: Sở Công Thương — Đội QLTT ----
def f5():
    fn = 'SCT - tong hop QLTT CT38 (2026).docx'
    d = base_doc(size=13); landscape(d)
    head(d, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', 'Số: 4312/SCT-QLTT',
         'Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026', 'V/v báo cáo kết quả kiểm tra TC-ĐL-CL năm 2026')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    para(d, 'Phúc đáp đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương tổng hợp kết quả kiểm tra về đo lường, chất lượng sản phẩm hàng hóa, nhãn hàng hóa của các Đội Quản lý thị trường trực thuộc (từ 01/01/2026 đến 15/10/2026) như sau:', align='j', indent=1)
    cols = ['Số cuộc kiểm tra\n(cuộc)', 'Số cơ sở được kiểm tra\n(cơ sở)', 'Số cơ sở vi phạm\n(cơ sở)', 'Tiền phạt VPHC\n(đồng)']
    rows = [('Đội QLTT số 1', [11, 34, 6, 52500000]), ('Đội QLTT số 2', [9, 27, 4, 31000000]),
            ('Đội QLTT số 3', [14, 41, 9, 87750000]), ('Đội QLTT số 4', [7, 19, 3, 22000000]),
            ('Đội QLTT số 5', [12, 38, 7, 64500000]), ('Đội QLTT cơ động', [6, 22, 5, 118000000])]
    tot = table(d, cols, rows)
    para(d)
    para(d, 'Công tác kiểm tra đang tiếp tục thực hiện theo kế hoạch đến hết năm 2026, tập trung vào xăng dầu, vàng trang sức, mũ bảo hiểm và đồ chơi trẻ em.', align='j', indent=1)
    para(d, 'Ngoài ra, Sở Công Thương đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu, có 186 lượt doanh nghiệp, cửa hàng tham dự; nội dung này đã hoàn thành.', align='j', indent=1)
    dif = ['Việc giám định chất lượng hàng hóa tạm giữ mất nhiều thời gian do ít tổ chức thử nghiệm được chỉ định.']
    pro = ['Đề nghị Sở Khoa học và Công nghệ công bố danh sách tổ chức thử nghiệm được chỉ định cập nhật để các Đội thuận tiện trưng cầu giám định.']
    para(d, 'Khó khăn: ' + dif[0], align='j', indent=1)
    para(d, 'Đề xuất: ' + pro[0], align='j', indent=1)
    sign(d, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Hồ Minh Tuấn')
    d.save(os.path.join(ROOT, fn))
    key(fn, 'SO-CT', '4312/SCT-QLTT', '2026-10-24', [
        ('II.5.a', 'in_progress', dict(zip(['inspections', 'establishments_inspected', 'violations', 'fines_vnd'], tot)),
         'Tổng cộng: ' + ' | '.join(fmt(v) for v in tot), 'table 2 row 8 (Tổng cộng)'),
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 186}, '02 hội nghị ... 186 lượt doanh nghiệp, cửa hàng', 'paragraph after table'),
    ], dif, pro)
    return tot


# ---- File 6: Sở Y tế — bệnh viện ----
def f6():
    fn = 'SYT_TongHop_TDC_cac_BV_2026.docx'
    d = base_doc(size=13)
    head(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', 'Số: 6734/BC-SYT',
         'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026', '')
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Tổng hợp kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng tại các đơn vị trực thuộc năm 2026', bold=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ.', align='c')
    para(d, 'Trên cơ sở báo cáo của 05 đơn vị trực thuộc, Sở Y tế tổng hợp kết quả như sau:', align='j', indent=1)
    para(d, 'Bảng 1. Kết quả của các đơn vị', bold=True, align='c')
    cols = ['Tin, bài tuyên truyền', 'Lớp tập huấn QLCL, đo lường', 'Lượt người tham dự', 'PTĐ được kiểm định, hiệu chuẩn']
    rows = [('Bệnh viện Nhân dân 115', [4, 2, 96, 412]), ('Bệnh viện Nhân dân Gia Định', [3, 1, 58, 367]),
            ('Bệnh viện Hùng Vương', [2, 1, 45, 188]), ('Bệnh viện Nhi Đồng 1', [5, 2, 110, 295]),
            ('Trung tâm Kiểm soát bệnh tật Thành phố', [6, 1, 72, 154])]
    tot = table(d, cols, rows, total_label='Cộng')
    para(d, '(ĐVT: tin, bài; lớp; lượt người; phương tiện đo)', italic=True, align='r', size=11)
    para(d, 'Nhận xét: Các đơn vị đã hoàn thành nội dung tuyên truyền và tập huấn nội bộ theo kế hoạch năm. Việc kiểm định, hiệu chuẩn phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học, cân sức khỏe, máy đo điện tim...) đang tiếp tục thực hiện theo chu kỳ.', align='j', indent=1)
    dif = ['Số lượng phương tiện đo trong lĩnh vực y tế lớn, một số thiết bị nhập khẩu chưa có tổ chức kiểm định trong nước đủ năng lực.']
    pro = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn danh mục phương tiện đo y tế phải kiểm định và tổ chức được chỉ định.']
    para(d, 'Khó khăn, vướng mắc:', bold=True); para(d, '- ' + dif[0], align='j', indent=1)
    para(d, 'Kiến nghị:', bold=True); para(d, '- ' + pro[0], align='j', indent=1)
    sign(d, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Hoài Nam')
    d.save(os.path.join(ROOT, fn))
    key(fn, 'SO-YT', '6734/BC-SYT', '2026-11-02', [
        ('II.1.a', 'completed', {'communications': tot[0]}, 'Cộng: tin, bài tuyên truyền', 'table 2 last row col 3'),
        ('II.3.a', 'completed', {'training_courses': tot[1], 'participants': tot[2]}, 'Cộng: lớp tập huấn, lượt người', 'table 2 last row cols 4-5'),
        ('II.2.a', 'in_progress', {'instruments_verified': tot[3]}, 'Cộng: PTĐ được kiểm định, hiệu chuẩn', 'table 2 last row col 6'),
    ], dif, pro)
    return tot


# ---- File 7: Sở GD&ĐT — trường cao đẳng ----
def f7():
    fn = 'SGDDT_bc_CT38_2026.docx'
    d = base_doc(size=14)
    head(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 5120/BC-SGDĐT',
         'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026', '')
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Kết quả đào tạo, bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng trong các cơ sở giáo dục nghề nghiệp năm 2026', bold=True, align='c')
    para(d, 'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo đã chỉ đạo các trường cao đẳng, trung cấp lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng, mã số mã vạch, truy xuất nguồn gốc vào hoạt động ngoại khóa. Kết quả tổng hợp từ 04 trường:', align='j', indent=1)
    cols = ['Chuyên đề, lớp bồi dưỡng (lớp)', 'Học sinh, sinh viên, viên chức tham dự (lượt)']
    rows = [('Trường Cao đẳng Kỹ thuật Cao Thắng', [3, 420]), ('Trường Cao đẳng Kinh tế - Kỹ thuật Thành phố', [2, 265]),
            ('Trường Cao đẳng Công Thương Thành phố', [4, 530]), ('Trường Trung cấp Kinh tế - Kỹ thuật Nguyễn Hữu Cảnh', [1, 90])]
    tot = table(d, cols, rows, total_label='TỔNG')
    para(d)
    para(d, 'Đánh giá: nhiệm vụ đang triển khai, các trường tiếp tục tổ chức chuyên đề trong học kỳ I năm học 2026 - 2027.', align='j', indent=1)
    para(d, 'Sở Giáo dục và Đào tạo không có khó khăn, vướng mắc phát sinh.', align='j', indent=1)
    sign(d, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lê Thị Kim Phượng')
    d.save(os.path.join(ROOT, fn))
    key(fn, 'SO-GDDT', '5120/BC-SGDĐT', '2026-11-12', [
        ('II.3.d', 'in_progress', {'training_courses': tot[0], 'participants': tot[1]}, 'TỔNG: chuyên đề, lớp bồi dưỡng; lượt tham dự', 'table 2 last row'),
    ], [], [])
    return tot


def run():
    f5(); f6(); f7()
