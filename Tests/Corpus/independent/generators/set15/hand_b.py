"""Hand B: a commune still using the fill-in report template its former district (huyện) issued before
2025: 'Mẫu số 02' note at top right, numbered template sections 1-7, each a set of '- label: ……value……'
lines (dotted leaders; blanks left as dots) and a 'Tình hình thực hiện:' line filled in by hand."""
from common import *

DOTS = '……………'


def fill(v):
    return f'……{v}……' if v is not None else '…………………'


def form(fname, xa, mau, so, ngay, sections, kk, kn, signer, name):
    d = new_doc(13)
    para(d, mau, italic=True, align='r', size=11)
    header(d, [('ỦY BAN NHÂN DÂN', False, False), (xa.upper(), True, False), ('', False, False), (f'Số: {so}', False, False)],
           [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False), (ngay, False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng', bold=True, align='c', space_after=0)
    para(d, '(Kỳ báo cáo: năm 2026)', italic=True, align='c')
    for title, lines, status in sections:
        para(d, title, bold=True, align='j', indent=0.5)
        for lab, val, unit in lines:
            p = para(d, f'- {lab}: {fill(val)} {unit}'.rstrip(), indent=1)
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run('- Tình hình thực hiện (Hoàn thành/Đang thực hiện/Chưa thực hiện/Không phát sinh): ').italic = True
        r = p.add_run(status if status else ''); r.bold = False
        p.add_run('\t')
    para(d, '6. Khó khăn, vướng mắc:', bold=True, indent=0.5)
    for x in kk or ['']:
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(x); p.add_run('\t')
    para(d, '7. Đề xuất, kiến nghị:', bold=True, indent=0.5)
    for x in kn or ['']:
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(x); p.add_run('\t')
    t = d.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], [('Nơi nhận:', True, True), ('- Sở KHCN (Chi cục TĐC);', False, False), ('- Lưu: VT.', False, False)], 11, align='l')
    cell_text(t.rows[0].cells[1], [(s, True, False) for s in signer] + [('', False, False)] * 3 + [(name, True, False)], 13)
    d.save(os.path.join(SET, fname))


S1 = '1. Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng'
S2 = '2. Công tác kiểm tra theo phân cấp (đo lường, chất lượng hàng hóa, nhãn hàng hóa)'
S3 = '3. Quản lý đo lường tại chợ (cân đối chứng, kiểm định phương tiện đo)'
S4 = '4. Hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh (năng suất chất lượng, công bố chất lượng, mã số mã vạch)'
S5 = '5. Cử cán bộ, công chức tham gia tập huấn nghiệp vụ'
L_LOP, L_NG, L_TIN, L_KP = 'Số lớp/hội nghị đã tổ chức', 'Số lượt người tham dự', 'Số tin, bài, tài liệu tuyên truyền', 'Kinh phí sử dụng'
L_CUOC, L_CS, L_VP, L_PHAT = 'Số cuộc kiểm tra', 'Số cơ sở được kiểm tra', 'Số cơ sở vi phạm', 'Số tiền xử phạt'
L_KD, L_DN, L_CB = 'Số phương tiện đo được kiểm định', 'Số doanh nghiệp/HTX/hộ được hỗ trợ, hướng dẫn', 'Số lượt cán bộ tham gia'

# ---- B1 Tân Nhựt (template of huyện Bình Chánh) ----
f = 'BC TDC 2026 (mau 02).docx'
kk = ['Xã mới sau sắp xếp có địa bàn rộng, nhiều cơ sở sản xuất nhỏ lẻ, công chức kiêm nhiệm nên việc kiểm tra chưa thường xuyên.']
kn = ['Đề nghị Sở ban hành mẫu báo cáo mới áp dụng cho cấp xã thay cho mẫu của huyện trước đây.']
form(f, 'Xã Tân Nhựt', 'Mẫu số 02/BC-TĐC (Ban hành kèm theo Công văn số 1456/UBND-KT ngày 12/5/2023 của UBND huyện Bình Chánh)',
     '87/BC-UBND', 'Tân Nhựt, ngày 24 tháng 10 năm 2026', [
         (S1, [(L_LOP, '02', 'lớp'), (L_NG, '120', 'lượt'), (L_TIN, '05', 'tin/bài'), (L_KP, '4.500.000', 'đồng')], 'Hoàn thành'),
         (S2, [(L_CUOC, '03', 'cuộc'), (L_CS, '17', 'cơ sở'), (L_VP, '02', 'cơ sở'), (L_PHAT, '8.000.000', 'đồng')], 'Đang thực hiện'),
         (S3, [(L_KD, None, 'chiếc')], 'Không phát sinh'),
         (S4, [(L_DN, '04', 'đơn vị')], 'Đang thực hiện'),
         (S5, [(L_CB, '01', 'lượt')], 'Hoàn thành'),
     ], kk, kn, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn Đức')
# Section 3 (chợ measurement, 'Không phát sinh') and section 2 both map to II.5.c; section 2 carries activity, so II.5.c = in_progress.
key(f, '27595', '87/BC-UBND', '2026-10-24', [
    E('II.1.a', 'completed', {'training_courses': 2, 'participants': 120, 'communications': 5, 'budget_spent_vnd': 4500000}, S1, 'mục 1'),
    E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 8000000}, S2, 'mục 2, 3'),
    E('II.2.d', 'in_progress', {'enterprises_supported': 4}, S4, 'mục 4'),
    E('II.3.a', 'completed', {'participants': 1}, S5, 'mục 5'),
], kk, kn)

# ---- B2 Phú Hòa Đông (template of huyện Củ Chi) ----
f = 'mau bao cao TDC - xa Phu Hoa Dong.docx'
kk = ['Kinh phí cho công tác tuyên truyền chưa được bố trí riêng.', 'Chợ Phú Hòa Đông chưa có trạm cân đối chứng.']
kn = ['Đề nghị Chi cục hỗ trợ trang bị 01 cân đối chứng cho chợ Phú Hòa Đông.']
form(f, 'Xã Phú Hòa Đông', 'Mẫu số 02 – dùng cho UBND xã, thị trấn (kèm theo Kế hoạch số 211/KH-UBND ngày 06/3/2024 của UBND huyện Củ Chi)',
     '142/BC-UBND', 'Phú Hòa Đông, ngày 28 tháng 10 năm 2026', [
         (S1, [(L_LOP, None, 'lớp'), (L_NG, None, 'lượt'), (L_TIN, '11', 'tin/bài'), (L_KP, None, 'đồng')], 'Đang thực hiện'),
         (S2, [(L_CUOC, '02', 'cuộc'), (L_CS, '09', 'cơ sở'), (L_VP, None, 'cơ sở'), (L_PHAT, None, 'đồng')], 'Hoàn thành'),
         (S3, [(L_KD, '46', 'chiếc')], 'Hoàn thành'),
         (S4, [(L_DN, None, 'đơn vị')], 'Chưa thực hiện'),
         (S5, [(L_CB, '02', 'lượt')], 'Hoàn thành'),
     ], kk, kn, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Huỳnh Văn Lộc')
key(f, '27541', '142/BC-UBND', '2026-10-28', [
    E('II.1.a', 'in_progress', {'communications': 11}, S1, 'mục 1'),
    E('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 9, 'instruments_verified': 46}, S2, 'mục 2, 3'),
    E('II.2.d', 'not_started', {}, S4, 'mục 4'),
    E('II.3.a', 'completed', {'participants': 2}, S5, 'mục 5'),
], kk, kn)

# ---- B3 Nhà Bè (template of huyện Nhà Bè; number left blank) ----
f = 'XaNhaBe_BaoCao_TDC_2026.docx'
kk = ['Chưa nhận được văn bản hướng dẫn phân cấp nhiệm vụ quản lý tiêu chuẩn, đo lường, chất lượng cho cấp xã sau sắp xếp.']
kn = []
form(f, 'Xã Nhà Bè', 'Mẫu 02-BC (Hướng dẫn số 35/HD-PKT ngày 20/02/2024 của Phòng Kinh tế huyện Nhà Bè)',
     '……/BC-UBND', 'Nhà Bè, ngày 31 tháng 10 năm 2026', [
         (S1, [(L_LOP, '01', 'lớp'), (L_NG, '64', 'lượt'), (L_TIN, None, 'tin/bài'), (L_KP, None, 'đồng')], 'Hoàn thành'),
         (S2, [(L_CUOC, None, 'cuộc'), (L_CS, None, 'cơ sở'), (L_VP, None, 'cơ sở'), (L_PHAT, None, 'đồng')], 'Chưa thực hiện'),
         (S3, [(L_KD, None, 'chiếc')], 'Chưa thực hiện'),
         (S4, [(L_DN, '07', 'đơn vị')], 'Hoàn thành'),
         (S5, [(L_CB, None, 'lượt')], ''),
     ], kk, kn, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Đặng Thị Thu Trang')
key(f, '27655', None, '2026-10-31', [
    E('II.1.a', 'completed', {'training_courses': 1, 'participants': 64}, S1, 'mục 1'),
    E('II.5.c', 'not_started', {}, S2, 'mục 2, 3'),
    E('II.2.d', 'completed', {'enterprises_supported': 7}, S4, 'mục 4'),
], kk, kn)

# ---- B4 Cần Giờ (template of huyện Cần Giờ) ----
f = '203.BC-UBND Can Gio.docx'
kk = ['Địa bàn xã rộng, các chợ cá, vựa hải sản phân tán, việc kiểm tra cân tại vựa hải sản gặp khó khăn.']
kn = ['Đề nghị Chi cục phối hợp tổ chức đợt kiểm định cân tập trung tại chợ Cần Thạnh và các vựa hải sản.',
      'Đề nghị Sở bố trí kinh phí tuyên truyền cho các xã ven biển.']
form(f, 'Xã Cần Giờ', 'Mẫu số 02 (kèm theo Công văn số 887/UBND ngày 14/4/2023 của UBND huyện Cần Giờ)',
     '203/BC-UBND', 'Cần Giờ, ngày 05 tháng 11 năm 2026', [
         (S1, [(L_LOP, '01', 'lớp'), (L_NG, '75', 'lượt'), (L_TIN, '08', 'tin/bài'), (L_KP, '2.800.000', 'đồng')], 'Hoàn thành'),
         (S2, [(L_CUOC, '04', 'cuộc'), (L_CS, '26', 'cơ sở'), (L_VP, '05', 'cơ sở'), (L_PHAT, '11.250.000', 'đồng')], 'Đang thực hiện'),
         (S3, [(L_KD, '120', 'chiếc')], 'Đang thực hiện'),
         (S4, [(L_DN, None, 'đơn vị')], 'Không phát sinh'),
         (S5, [(L_CB, '01', 'lượt')], 'Hoàn thành'),
     ], kk, kn, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lâm Văn Hiếu')
key(f, '27664', '203/BC-UBND', '2026-11-05', [
    E('II.1.a', 'completed', {'training_courses': 1, 'participants': 75, 'communications': 8, 'budget_spent_vnd': 2800000}, S1, 'mục 1'),
    E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 26, 'violations': 5, 'fines_vnd': 11250000, 'instruments_verified': 120}, S2, 'mục 2, 3'),
    E('II.2.d', 'not_applicable', {}, S4, 'mục 4'),
    E('II.3.a', 'completed', {'participants': 1}, S5, 'mục 5'),
], kk, kn)
