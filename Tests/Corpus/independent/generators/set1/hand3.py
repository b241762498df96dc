# -*- coding: utf-8 -*-
"""Hand 3 - Võ Thị Mỹ Linh: phường officer who puts everything in one Word table,
with columns of her own choosing, a short text before and after. Header block laid
out with tab stops (no table), so the report body is the document's only table.
Rows: list of cells; None in a cell = vertically merged with the cell above;
{'span': text} = one cell across the whole row; '\n' inside a cell = line break."""
from docx.shared import Cm, Pt
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import Doc, CENTER, JUSTIFY, LEFT, set_cell_shading


def header(D, s):
    lines = [(s['issuer'][0], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', False, True),
             (s['issuer'][1], 'Độc lập - Tự do - Hạnh phúc', True, True),
             ('', '', False, False),
             (s['number_line'], s['date_line'], False, False)]
    for l, r, lb, rb in lines:
        par = D.p(after=0)
        ts = par.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(4.0), WD_TAB_ALIGNMENT.CENTER)
        ts.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.CENTER)
        D.run(par, '\t' + l, bold=lb, size=11 if len(l) > 26 else 12)
        D.run(par, '\t' + r, bold=rb, italic=(r == s['date_line']), size=12)


def render(s, path):
    D = Doc(size=13, margins=(2, 2, 2.5, 1.5))
    header(D, s)
    D.p('')
    D.p('BÁO CÁO', bold=True, align=CENTER, after=0)
    D.p(s['subtitle'], bold=True, align=CENTER)
    if s.get('kg'):
        D.p(s['kg'], align=CENTER)
    for para in s['pre']:
        D.p(para, align=JUSTIFY, first=1.0)
    cols = s['cols']
    t = D.d.add_table(rows=1, cols=len(cols))
    t.style = 'Table Grid'
    t.autofit = False
    for i, (name, w) in enumerate(cols):
        t.columns[i].width = Cm(w)
    for i, (name, w) in enumerate(cols):
        c = t.rows[0].cells[i]
        c.width = Cm(w)
        D.cell(c, name, bold=True, align=CENTER, size=12)
        set_cell_shading(c, 'D9D9D9')
    prev = None
    for row in s['rows']:
        cells = t.add_row().cells
        for i, (name, w) in enumerate(cols):
            cells[i].width = Cm(w)
        if isinstance(row, dict):
            m = cells[0].merge(cells[-1])
            D.cell(m, row['span'], bold=row.get('bold', True), size=12)
            prev = None
            continue
        for i, v in enumerate(row):
            if v is None and prev is not None:
                prev[i].merge(cells[i])
                continue
            if '#TRACK#' in v:
                pre, post = v.split('#TRACK#')
                par = cells[i].paragraphs[0]
                D.tracked(par, pre, s['track'][0], s['track'][1], post, author='My Linh', date='2026-10-18T16:40:00Z')
                continue
            center = (i == 0) or (cols[i][0] in ('Đánh giá', 'Tiến độ', 'Tình hình thực hiện', 'Số lượng', 'Đơn vị tính', 'Ghi chú'))
            D.cell(cells[i], v, size=12, align=CENTER if center and '\n' not in v and len(v) < 30 else None)
        prev = t.rows[-1].cells
    D.p('')
    for para in s['post']:
        if para.startswith('§'):
            D.p(para[1:], bold=True, align=JUSTIFY, first=1.0)
        else:
            D.p(para, align=JUSTIFY, first=1.0)
    t2 = D.d.add_table(rows=1, cols=2)
    c0, c1 = t2.rows[0].cells
    D.cell(c0, 'Nơi nhận:\n' + '\n'.join(s['noinhan']), size=11)
    D.cell(c1, '\n'.join(s['sign']), bold=True, align=CENTER)
    D.save(path)


UBTP = 'UBND THÀNH PHỐ HỒ CHÍ MINH'
NN = ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT, KT.']

REPORTS = [
 dict(file='214-BC-UBND-ChoLon.docx', unit=('27343', 'Phường Chợ Lớn'),
  issuer=[UBTP, 'ỦY BAN NHÂN DÂN PHƯỜNG CHỢ LỚN'], number_line='Số: 214/BC-UBND', number='214/BC-UBND',
  date_line='Chợ Lớn, ngày 26 tháng 10 năm 2026', date='2026-10-26',
  subtitle='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
  kg='Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
  pre=['Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả thực hiện như sau:'],
  cols=[('STT', 1.2), ('Nhiệm vụ theo Kế hoạch', 5.0), ('Kết quả thực hiện', 7.5), ('Đánh giá', 2.8)],
  rows=[
   ['1', 'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho tổ chức, cá nhân sản xuất, kinh doanh',
    'Tổ chức 02 hội nghị với 176 lượt người tham dự;\nĐăng 11 tin, bài trên Trang thông tin điện tử phường.', 'Hoàn thành'],
   ['2', 'Phối hợp Chi cục TĐC thực hiện nội dung phân cấp về đo lường tại chợ',
    'Kiểm tra 03 cuộc tại các chợ trên địa bàn, 44 hộ kinh doanh.\nPhát hiện 05 trường hợp vi phạm; xử phạt 8.500.000 đồng.', 'Hoàn thành'],
   ['3', 'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
    'Đang cập nhật 154 quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới.', 'Đang thực hiện'],
   ['4', 'Triển khai truy xuất nguồn gốc sản phẩm, hàng hóa (Đề án 100)',
    'Trên địa bàn phường không có cơ sở sản xuất thuộc đối tượng áp dụng.', 'Không phát sinh'],
  ],
  post=['§Khó khăn, vướng mắc: Không có.',
        '§Đề xuất:', 'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục phối hợp kiểm tra định kỳ tại các chợ trên địa bàn phường.'],
  noinhan=NN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Quách Gia Minh'],
  diff=[], prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục phối hợp kiểm tra định kỳ tại các chợ trên địa bàn phường.'],
  entries=[('II.1.a', 'completed', dict(training_courses=2, participants=176, communications=11)),
           ('II.5.c', 'completed', dict(inspections=3, establishments_inspected=44, violations=5, fines_vnd=8500000)),
           ('II.2.đ', 'in_progress', {}),
           ('II.2.a', 'not_applicable', {})]),

 dict(file='BC CT38 P.VungTau.docx', unit=('26506', 'Phường Vũng Tàu'), resave=True,
  issuer=[UBTP, 'ỦY BAN NHÂN DÂN PHƯỜNG VŨNG TÀU'], number_line='Số: 367/BC-UBND', number='367/BC-UBND',
  date_line='Vũng Tàu, ngày 31 tháng 10 năm 2026', date='2026-10-31',
  subtitle='Tình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
  pre=['Căn cứ Kế hoạch số 215/KH-SKHCN của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh, Ủy ban nhân dân phường Vũng Tàu báo cáo kết quả như sau:'],
  cols=[('Nội dung', 4.5), ('Kết quả', 8.5), ('Ghi chú', 3.5)],
  rows=[
   ['Công tác tuyên truyền', 'Phát 20 tin trên đài truyền thanh phường;\nTổ chức 01 tọa đàm với doanh nghiệp du lịch, khách sạn về chất lượng dịch vụ và đo lường, có 40 đại biểu tham dự.', 'Hoàn thành'],
   ['Kiểm tra chất lượng xăng dầu, hàng hóa lưu thông', '02 đoàn kiểm tra liên ngành; kiểm tra 09 cơ sở kinh doanh xăng dầu; lấy 09 mẫu xăng dầu thử nghiệm; 01 cơ sở vi phạm; phạt 15.000.000đ.', 'Đang triển khai'],
   ['Kiểm định cân tại chợ Vũng Tàu, chợ Xóm Lưới (nội dung phân cấp)', 'Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 96 cân cho tiểu thương.', 'Hoàn thành'],
   ['Hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', 'Hướng dẫn 02 doanh nghiệp (khách sạn, chế biến hải sản) lập hồ sơ tham dự.', 'Đang thực hiện'],
   ['Bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng', 'Không phát sinh', ''],
   ['Khó khăn, vướng mắc', 'Lực lượng kiểm tra của phường mỏng, chủ yếu kiêm nhiệm.\nMột số tiểu thương chưa hợp tác khi kiểm tra cân.', ''],
   ['Kiến nghị', 'Đề nghị Sở hỗ trợ tập huấn nghiệp vụ kiểm tra đo lường cho Tổ kiểm tra phường.', ''],
  ],
  post=['Ủy ban nhân dân phường Vũng Tàu báo cáo Sở Khoa học và Công nghệ tổng hợp./.'],
  noinhan=NN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Trịnh Văn Bảo'],
  diff=['Lực lượng kiểm tra của phường mỏng, chủ yếu kiêm nhiệm.', 'Một số tiểu thương chưa hợp tác khi kiểm tra cân.'],
  prop=['Đề nghị Sở hỗ trợ tập huấn nghiệp vụ kiểm tra đo lường cho Tổ kiểm tra phường.'],
  entries=[('II.1.a', 'completed', dict(communications=20, training_courses=1, participants=40)),
           ('II.5.a', 'in_progress', dict(inspections=2, establishments_inspected=9, samples_tested=9, violations=1, fines_vnd=15000000)),
           ('II.5.c', 'completed', dict(instruments_verified=96)),
           ('II.1.b', 'in_progress', dict(enterprises_supported=2)),
           ('II.5.d', 'not_applicable', {})]),

 dict(file='ThuDauMot_BC_KH_CT38.docx', unit=('25747', 'Phường Thủ Dầu Một'),
  issuer=['ỦY BAN NHÂN DÂN', 'PHƯỜNG THỦ DẦU MỘT'], number_line='Số: 452/BC-UBND', number='452/BC-UBND',
  date_line='Thủ Dầu Một, ngày 04 tháng 11 năm 2026', date='2026-11-04',
  subtitle='Kết quả thực hiện các nhiệm vụ tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ',
  pre=['Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả thực hiện các nhiệm vụ có liên quan đến phường theo mục II Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ như sau:'],
  cols=[('STT', 1.2), ('Nội dung nhiệm vụ', 4.6), ('Đơn vị chủ trì/phối hợp', 3.0), ('Kết quả thực hiện', 5.6), ('Tiến độ', 2.4)],
  rows=[
   {'span': '1. Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng'},
   ['1.a', 'Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng', 'Chi cục TĐC chủ trì; UBND phường phối hợp', 'Phối hợp tổ chức 01 lớp tập huấn tại phường cho 95 học viên là doanh nghiệp, hộ kinh doanh.', 'Hoàn thành'],
   {'span': '2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng'},
   ['2.a', 'Triển khai Kế hoạch nâng cao năng suất chất lượng, Đề án 996, Đề án 100', 'Chi cục TĐC; UBND phường', 'Hướng dẫn, hỗ trợ 09 doanh nghiệp, cơ sở (06 doanh nghiệp tham gia chương trình năng suất, 03 cơ sở áp dụng truy xuất nguồn gốc).', 'Đang thực hiện'],
   ['2.đ', 'Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng trong cơ quan hành chính', 'UBND phường', 'Đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 18/9/2026.', 'Hoàn thành'],
   {'span': '3. Đào tạo nguồn nhân lực'},
   ['3.a', 'Tập huấn, cập nhật kiến thức cho công chức UBND xã, phường, đặc khu', 'Chi cục TĐC', 'Cử 04 công chức tham dự.', 'Hoàn thành'],
   {'span': '5. Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng'},
   ['5.c', 'Thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng', 'Chi cục TĐC; UBND phường', 'Kiểm tra 05 cuộc, 63 cơ sở; phát hiện 07 cơ sở vi phạm; xử phạt 24.500.000 đồng.\nPhối hợp kiểm định 210 cân tại chợ Thủ Dầu Một.', 'Đang thực hiện'],
  ],
  post=['§Khó khăn, vướng mắc:',
        '(1) Phường mới sắp xếp, công chức theo dõi lĩnh vực còn thiếu kinh nghiệm; (2) Chưa có phần mềm quản lý dữ liệu phương tiện đo tại chợ.',
        '§Kiến nghị:',
        'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ dữ liệu phương tiện đo đã kiểm định trên địa bàn phường.'],
  noinhan=NN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Lương Thị Thu Trang'],
  diff=['Phường mới sắp xếp, công chức theo dõi lĩnh vực còn thiếu kinh nghiệm', 'Chưa có phần mềm quản lý dữ liệu phương tiện đo tại chợ.'],
  prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ dữ liệu phương tiện đo đã kiểm định trên địa bàn phường.'],
  entries=[('II.1.a', 'completed', dict(training_courses=1, participants=95)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=9)),
           ('II.2.đ', 'completed', {}),
           ('II.3.a', 'completed', dict(participants=4)),
           ('II.5.c', 'in_progress', dict(inspections=5, establishments_inspected=63, violations=7, fines_vnd=24500000, instruments_verified=210))]),

 dict(file='BC_PhuNhuan_TCDLCL.docx', unit=('27073', 'Phường Phú Nhuận'),
  issuer=[UBTP, 'ỦY BAN NHÂN DÂN PHƯỜNG PHÚ NHUẬN'], number_line='Số: 305/BC-UBND', number='305/BC-UBND',
  date_line='Phú Nhuận, ngày 22 tháng 10 năm 2026', date='2026-10-22',
  subtitle='Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (Chỉ thị 38-CT/TW)',
  pre=['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Phú Nhuận báo cáo như sau. Trên địa bàn phường có 02 chợ (chợ Phú Nhuận, chợ Nguyễn Đình Chiểu) với 412 hộ kinh doanh cố định.'],
  cols=[('TT', 1.0), ('Nội dung công việc', 6.5), ('Số lượng', 2.0), ('Đơn vị tính', 2.5), ('Tình hình thực hiện', 4.0)],
  rows=[
   {'span': 'I. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng'},
   ['1', 'Hội nghị tuyên truyền cho hộ kinh doanh tại chợ', '01', 'hội nghị', 'Hoàn thành'],
   ['2', 'Người tham dự', '130', 'lượt người', None],
   ['3', 'Tin, bài trên Trang thông tin điện tử, Zalo OA phường', '14', 'tin, bài', None],
   {'span': 'II. Kiểm tra đo lường trong kinh doanh bán lẻ (nội dung phân cấp)'},
   ['1', 'Cuộc kiểm tra', '02', 'cuộc', 'Đang triển khai'],
   ['2', 'Cơ sở được kiểm tra', '25', 'cơ sở', None],
   ['3', 'Cơ sở vi phạm', '03', 'cơ sở', None],
   ['4', 'Tiền xử phạt vi phạm hành chính', '4,5', 'triệu đồng', None],
   {'span': 'III. Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường'},
   ['1', 'Công bố lại hệ thống quản lý chất lượng sau sắp xếp', '01', 'quyết định', 'Hoàn thành'],
   {'span': 'IV. Khen thưởng, bảo vệ người tố giác vi phạm'},
   ['1', 'Trường hợp tố giác được xem xét', '', '', 'Không phát sinh'],
  ],
  post=['§Khó khăn, vướng mắc:',
        '- Nhiều hộ kinh doanh tại chợ sử dụng cân điện tử không rõ nguồn gốc.',
        '- Thiếu kinh phí mua cân đối chứng.',
        '§Kiến nghị, đề xuất:',
        '- Đề nghị Sở hỗ trợ 01 cân đối chứng cho chợ Nguyễn Đình Chiểu.',
        'Trên đây là báo cáo của Ủy ban nhân dân phường Phú Nhuận./.'],
  noinhan=NN, sign=['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Hồ Thị Ngọc Diễm'],
  diff=['Nhiều hộ kinh doanh tại chợ sử dụng cân điện tử không rõ nguồn gốc.', 'Thiếu kinh phí mua cân đối chứng.'],
  prop=['Đề nghị Sở hỗ trợ 01 cân đối chứng cho chợ Nguyễn Đình Chiểu.'],
  entries=[('II.1.a', 'completed', dict(training_courses=1, participants=130, communications=14)),
           ('II.5.c', 'in_progress', dict(inspections=2, establishments_inspected=25, violations=3, fines_vnd=4500000)),
           ('II.2.đ', 'completed', {}),
           ('II.5.d', 'not_applicable', {})]),

 dict(file='Báo cáo TĐC phường Bà Rịa.docx', unit=('26560', 'Phường Bà Rịa'),
  issuer=[UBTP, 'ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA'], number_line='Số: 233/BC-UBND', number='233/BC-UBND',
  date_line='Bà Rịa, ngày 07 tháng 11 năm 2026', date='2026-11-07',
  subtitle='Kết quả thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026',
  pre=['Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bà Rịa báo cáo kết quả thực hiện theo bảng dưới đây:'],
  cols=[('STT', 1.2), ('Nội dung', 5.0), ('Kết quả thực hiện', 7.4), ('Đánh giá', 2.8)],
  rows=[
   ['1', 'Tuyên truyền, tập huấn về tiêu chuẩn, đo lường, chất lượng', 'Đăng 16 tin, bài; tổ chức 02 lớp tập huấn cho 190 lượt người; kinh phí đã sử dụng 9.800.000 đồng.', 'Hoàn thành'],
   ['2', 'Kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em lưu thông trên thị trường', 'Phối hợp Chi cục TĐC và UBND phường Long Hương kiểm tra liên phường 02 cuộc tại 10 cơ sở; 02 cơ sở vi phạm; phạt 11.000.000 đồng.', 'Hoàn thành'],
   ['3', 'Khảo sát chất lượng vàng trang sức', 'Phối hợp Chi cục lấy 20 mẫu vàng trang sức tại các tiệm vàng khu vực chợ Bà Rịa để khảo sát hàm lượng vàng.', 'Đang thực hiện'],
   ['4', 'Kết nối, khai thác cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', 'Chưa được cấp tài khoản khai thác.', 'Chưa thực hiện'],
   {'span': 'Khó khăn, vướng mắc: Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được tập huấn chuyên sâu về đo lường.', 'bold': False},
   {'span': 'Kiến nghị: Đề nghị Sở sớm cấp tài khoản khai thác cơ sở dữ liệu cho UBND phường.', 'bold': False},
  ],
  post=['Trên đây là báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân phường Bà Rịa./.'],
  noinhan=NN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Nguyễn Thị Bích Vân'],
  diff=['Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được tập huấn chuyên sâu về đo lường.'],
  prop=['Đề nghị Sở sớm cấp tài khoản khai thác cơ sở dữ liệu cho UBND phường.'],
  entries=[('II.1.a', 'completed', dict(communications=16, training_courses=2, participants=190, budget_spent_vnd=9800000)),
           ('II.5.a', 'completed', dict(inspections=2, establishments_inspected=10, violations=2, fines_vnd=11000000)),
           ('II.5.b', 'in_progress', dict(samples_tested=20)),
           ('II.2.i', 'not_started', {})]),

 dict(file='AnLac_baocao_CT38_2026.docx', unit=('27460', 'Phường An Lạc'), tracked=True,
  track=('16', '18'), issuer=[UBTP, 'ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC'], number_line='Số: 141/BC-UBND', number='141/BC-UBND',
  date_line='An Lạc, ngày 19 tháng 10 năm 2026', date='2026-10-19',
  subtitle='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
  pre=['Ủy ban nhân dân phường An Lạc báo cáo kết quả thực hiện Kế hoạch số 215/KH-SKHCN của Sở Khoa học và Công nghệ như sau:'],
  cols=[('Nội dung', 5.0), ('Kết quả', 8.4), ('Ghi chú', 3.0)],
  rows=[
   ['Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', 'Đăng 05 tin, bài trên Trang thông tin điện tử phường.', 'Đang thực hiện'],
   ['Kiểm tra đo lường tại chợ An Lạc, chợ Bình Trị Đông (phân cấp)', 'Kiểm tra 01 cuộc, #TRACK# hộ kinh doanh; 02 trường hợp vi phạm; phạt 3.000.000 đồng.', 'Hoàn thành'],
   ['Hướng dẫn doanh nghiệp công bố hợp quy, công bố tiêu chuẩn áp dụng', 'Hướng dẫn 03 doanh nghiệp sản xuất bao bì, đồ gia dụng.', 'Đang thực hiện'],
   ['Cử công chức dự tập huấn nghiệp vụ do Chi cục tổ chức', 'Cử 02 công chức.', 'Hoàn thành'],
  ],
  post=['§Khó khăn, vướng mắc: Không có.',
        '§Kiến nghị: Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền về đo lường cho các chợ.',
        'Ủy ban nhân dân phường An Lạc kính báo cáo./.'],
  noinhan=NN, sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', '', 'Tạ Quang Vinh'],
  diff=[], prop=['Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền về đo lường cho các chợ.'],
  entries=[('II.1.a', 'in_progress', dict(communications=5)),
           ('II.5.c', 'completed', dict(inspections=1, establishments_inspected=18, violations=2, fines_vnd=3000000)),
           ('II.2.d', 'in_progress', dict(enterprises_supported=3)),
           ('II.3.a', 'completed', dict(participants=2))]),

 dict(file='517_BC_LongBinh.docx', unit=('26833', 'Phường Long Bình'),
  issuer=[UBTP, 'ỦY BAN NHÂN DÂN PHƯỜNG LONG BÌNH'], number_line='Số: 517/BC-UBND', number='517/BC-UBND',
  date_line='Long Bình, ngày 12 tháng 11 năm 2026', date='2026-11-12',
  subtitle='Kết quả thực hiện Chỉ thị 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
  pre=['Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Long Bình báo cáo như sau:'],
  cols=[('STT', 1.0), ('Nhiệm vụ', 4.2), ('Kết quả thực hiện', 6.0), ('Kinh phí đã sử dụng (đồng)', 2.8), ('Đánh giá', 2.4)],
  rows=[
   ['1', 'Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng', 'Tổ chức 01 hội nghị, 80 đại biểu tham dự; đăng 09 tin, bài.', '12.000.000', 'Hoàn thành'],
   ['2', 'Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng, truy xuất nguồn gốc', 'Hướng dẫn 04 doanh nghiệp trong khu công nghệ cao đăng ký tham gia Chương trình 1322.', '', 'Đang thực hiện'],
   ['3', 'Kiểm tra đo lường trong kinh doanh xăng dầu, chợ (nội dung phân cấp)', 'Kiểm tra 02 cuộc, 30 cơ sở; 01 cơ sở vi phạm; phạt 2.000.000 đồng.', '3.000.000', 'Hoàn thành'],
   ['4', 'Góp ý dự thảo quy chuẩn kỹ thuật địa phương', 'Góp ý 01 dự thảo theo đề nghị của Sở.', '', 'Hoàn thành'],
   ['5', 'Bảo vệ người tố giác vi phạm', 'Không có trường hợp tố giác.', '', 'Không phát sinh'],
   ['', 'Tổng cộng', '', '15.000.000', ''],
  ],
  post=['§Khó khăn, vướng mắc:',
        '- Doanh nghiệp trong khu công nghệ cao chủ yếu chịu sự quản lý của Ban quản lý, phường khó nắm bắt thông tin.',
        '§Kiến nghị:',
        '- Đề nghị Sở phối hợp Ban quản lý Khu công nghệ cao chia sẻ thông tin doanh nghiệp cho phường.',
        '- Đề nghị tăng dự toán kinh phí tuyên truyền năm 2027 cho phường.'],
  noinhan=NN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Bùi Đức Thịnh'],
  diff=['Doanh nghiệp trong khu công nghệ cao chủ yếu chịu sự quản lý của Ban quản lý, phường khó nắm bắt thông tin.'],
  prop=['Đề nghị Sở phối hợp Ban quản lý Khu công nghệ cao chia sẻ thông tin doanh nghiệp cho phường.',
        'Đề nghị tăng dự toán kinh phí tuyên truyền năm 2027 cho phường.'],
  entries=[('II.1.a', 'completed', dict(training_courses=1, participants=80, communications=9, budget_spent_vnd=12000000)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=4)),
           ('II.5.c', 'completed', dict(inspections=2, establishments_inspected=30, violations=1, fines_vnd=2000000, budget_spent_vnd=3000000)),
           ('II.2.e', 'completed', dict(standards_reviewed=1)),
           ('II.5.d', 'not_applicable', {})]),
]
