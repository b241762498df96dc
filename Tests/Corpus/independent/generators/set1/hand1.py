# -*- coding: utf-8 -*-
"""Hand 1 - Lê Hoàng Nam: young phường officer. Short bullet lists, headings
"1. Về công tác ...", never cites task codes; status words "hoàn thành", "đạt",
"đang triển khai", "chưa triển khai do ...", "không phát sinh"."""
from common import Doc, CENTER, JUSTIFY, RIGHT, LEFT

KG = 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.'
TITLE = 'BÁO CÁO'


def render(s, path):
    D = Doc(size=14)
    left = [('ỦY BAN NHÂN DÂN', False), ('THÀNH PHỐ HỒ CHÍ MINH', False)] if s.get('two_line_city') else [
        ('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', False)]
    left += [(x, True) for x in s['issuer']] + [('', False), (s['number_line'], False)]
    right = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True, False, True),
             ('', False), (s['date_line'], False, True)]
    D.header_table(left, right)
    D.p('')
    D.p(TITLE, bold=True, align=CENTER, after=0)
    D.p(s['subtitle'], bold=True, align=CENTER)
    D.p(s.get('kg', KG), align=CENTER)
    D.p('')
    for para in s['intro']:
        D.p(para, align=JUSTIFY, first=1.0)
    auto = s.get('bullets') == 'auto'
    for head in s['sections']:
        h, items = head
        if h.startswith('#'):  # big roman heading
            D.p(h[1:], bold=True, align=JUSTIFY)
            continue
        if s.get('auto_headings') and h[:2] in ('1.', '2.', '3.', '4.', '5.', '6.'):
            D.p(h[3:], bold=True, style='List Number', align=JUSTIFY)
        else:
            D.p(h, bold=True, align=JUSTIFY, first=1.0)
        for it in items:
            if isinstance(it, tuple) and it[0] == 'tracked':
                par = D.p(style='List Bullet' if auto else None, align=JUSTIFY, first=None if auto else 1.0)
                pre = it[1] if auto else '- ' + it[1]
                D.tracked(par, pre, it[2], it[3], it[4], author=s.get('author', 'Le Hoang Nam'))
            elif auto:
                D.p(it, style='List Bullet', align=JUSTIFY)
            else:
                D.p('- ' + it, align=JUSTIFY, first=1.0)
    for key in ('diff', 'prop'):
        if s[key + '_head']:
            D.p(s[key + '_head'], bold=True, align=JUSTIFY, first=1.0)
        body = s[key]
        if isinstance(body, str):
            D.p(body, align=JUSTIFY, first=1.0)
        else:
            for it in body:
                if auto:
                    D.p(it, style='List Bullet', align=JUSTIFY)
                else:
                    D.p('- ' + it, align=JUSTIFY, first=1.0)
    D.p(s.get('closing', f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {s['unit'][1][0].lower() + s['unit'][1][1:]}./."), align=JUSTIFY, first=1.0)
    # signature block
    t = D.d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    D.cell(c0, 'Nơi nhận:', bold=True, italic=True, size=12)
    for ln in s['noinhan']:
        D.p(ln, size=11, container=c0, after=0)
    first = True
    for ln in s['sign']:
        if first:
            D.cell(c1, ln, bold=True, align=CENTER); first = False
        else:
            D.p(ln, bold=True, align=CENTER, container=c1, after=0)
    D.save(path)


def dd(items):  # difficulty/proposal items as written, truth side
    return [] if isinstance(items, str) else list(items)


NOINHAN = ['- Như trên;', '- Chi cục TĐC TP.HCM;', '- TT Đảng ủy phường;', '- CT, các PCT UBND phường;', '- Lưu: VT, KT.']

SUB = 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026'

REPORTS = [
 dict(file='BC_CT38_PhuongBenThanh_2026.docx', unit=('26743', 'Phường Bến Thành'),
  issuer=['ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH'], number_line='Số: 289/BC-UBND', number='289/BC-UBND',
  date_line='Bến Thành, ngày 27 tháng 10 năm 2026', date='2026-10-27', subtitle=SUB,
  intro=['Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Công văn số 3120/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện năm 2026;',
         'Ủy ban nhân dân phường Bến Thành báo cáo kết quả thực hiện như sau:'],
  sections=[('#I. KẾT QUẢ THỰC HIỆN', []),
   ('1. Về công tác tuyên truyền', [
     'Tổ chức 02 hội nghị tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh tại chợ Bến Thành và chợ Thái Bình, có 145 lượt người tham dự.',
     'Đăng 06 tin, bài trên Trang thông tin điện tử phường và các nhóm Zalo khu phố.',
     'Kinh phí thực hiện: 8.400.000 đồng từ nguồn ngân sách phường.',
     'Kết quả: hoàn thành.']),
   ('2. Về công tác kiểm tra đo lường tại chợ (nội dung được phân cấp)', [
     'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 cuộc về đo lường trong kinh doanh bán lẻ tại chợ Bến Thành, chợ Thái Bình.',
     'Kiểm tra 38 hộ kinh doanh, phát hiện 04 trường hợp vi phạm (sử dụng cân chưa kiểm định), xử phạt 6.000.000 đồng.',
     'Đang triển khai, dự kiến kiểm tra thêm 01 đợt trong tháng 11/2026.']),
   ('3. Về áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', [
     'Duy trì áp dụng hệ thống quản lý chất lượng tại UBND phường cho 212 thủ tục hành chính.',
     'Công bố lại hệ thống quản lý chất lượng sau khi cập nhật quy trình theo mô hình chính quyền địa phương 2 cấp: hoàn thành.']),
   ('4. Về truy xuất nguồn gốc sản phẩm, hàng hóa', [
     'Chưa triển khai do chưa nhận được hướng dẫn chi tiết và tài khoản phần mềm truy xuất nguồn gốc của Thành phố.']),
  ],
  diff_head='II. KHÓ KHĂN, VƯỚNG MẮC',
  diff=['Phường chỉ có 01 công chức kiêm nhiệm theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng, không có chuyên môn về đo lường.',
        'Hộ kinh doanh tại chợ thay đổi thường xuyên, khó theo dõi, quản lý.'],
  prop_head='III. KIẾN NGHỊ',
  prop=['Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể việc triển khai truy xuất nguồn gốc tại phường.',
        'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ cân đối chứng cho chợ Thái Bình.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Nguyễn Thanh Tùng'],
  entries=[('II.1.a', 'completed', dict(training_courses=2, participants=145, communications=6, budget_spent_vnd=8400000)),
           ('II.5.c', 'in_progress', dict(inspections=3, establishments_inspected=38, violations=4, fines_vnd=6000000)),
           ('II.2.đ', 'completed', {}),
           ('II.2.a', 'not_started', {})]),

 dict(file='Bao cao CT38 - P.Tan Dinh.docx', unit=('26737', 'Phường Tân Định'), bullets='auto', two_line_city=True,
  issuer=['PHƯỜNG TÂN ĐỊNH'], number_line='Số: 318/BC-UBND', number='318/BC-UBND',
  date_line='Tân Định, ngày 03 tháng 11 năm 2026', date='2026-11-03',
  subtitle='Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW',
  intro=['Căn cứ Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư và Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Tân Định báo cáo như sau:'],
  sections=[('1. Công tác thông tin, tuyên truyền', [
     'Phối hợp Đài truyền thanh phường phát 12 tin tuyên truyền về ghi nhãn hàng hóa, cân đo đúng trong mua bán.',
     'Tổ chức 01 lớp tập huấn về quy định đo lường trong kinh doanh bán lẻ cho 60 học viên là hộ kinh doanh tại chợ Tân Định.',
     'Đánh giá: đạt, hoàn thành 100% chỉ tiêu đề ra.']),
   ('2. Công tác kiểm tra', [
     'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng và Đội Quản lý thị trường kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em tại 09 cửa hàng; các cơ sở cơ bản chấp hành tốt quy định. Tiến độ: đang triển khai.',
     'Kiểm tra đo lường đối với cân tại chợ Tân Định (nội dung phân cấp cho phường): chưa triển khai do chờ kế hoạch kiểm tra chung của Chi cục.']),
   ('3. Công tác đào tạo, bồi dưỡng', [
     'Cử 02 công chức tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã do Chi cục tổ chức ngày 14/5/2026: hoàn thành.']),
  ],
  diff_head='4. Khó khăn, vướng mắc', diff='Không có.',
  prop_head='5. Đề xuất, kiến nghị',
  prop=['Đề nghị Sở tăng cường tổ chức tập huấn nghiệp vụ về đo lường cho công chức phường.'],
  noinhan=['- Sở KH&CN (b/c);', '- Chi cục TĐC;', '- Lưu: VT.'],
  sign=['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Trương Thị Mai Anh'],
  entries=[('II.1.a', 'completed', dict(communications=12, training_courses=1, participants=60)),
           ('II.5.a', 'in_progress', dict(establishments_inspected=9)),
           ('II.5.c', 'not_started', {}),
           ('II.3.a', 'completed', dict(participants=2))]),

 dict(file='BC Chi thi 38 phuong Go Vap (du thao).docx', unit=('26884', 'Phường Gò Vấp'),
  issuer=['ỦY BAN NHÂN DÂN PHƯỜNG GÒ VẤP'], number_line='Số:        /BC-UBND', number=None,
  date_line='Gò Vấp, ngày      tháng 11 năm 2026', date=None,
  subtitle='Kết quả thực hiện Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026',
  intro=['Thực hiện Kế hoạch số 215/KH-SKHCN của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Gò Vấp báo cáo kết quả thực hiện như sau:'],
  sections=[('1. Về công tác tuyên truyền, phổ biến', [
     'Lồng ghép nội dung tuyên truyền Chỉ thị số 38-CT/TW vào sinh hoạt định kỳ của các khu phố.',
     'Đăng tải 09 tin, bài trên Fanpage "Phường Gò Vấp" và Trang thông tin điện tử phường.',
     'Hoàn thành.']),
   ('2. Về công tác hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng', [
     'Hướng dẫn 05 doanh nghiệp đăng ký tham gia Chương trình nâng cao năng suất và chất lượng (Chương trình 1322) do Chi cục triển khai, áp dụng công cụ 5S, Kaizen.',
     'Đang triển khai.']),
   ('3. Về Giải thưởng Chất lượng Quốc gia', [
     'Gửi thông báo, hướng dẫn 03 doanh nghiệp trên địa bàn đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2026.',
     'Kết quả: đạt.']),
   ('4. Về kiểm tra đo lường tại chợ, cửa hàng xăng dầu', [
     'Tổ chức 02 cuộc kiểm tra đo lường tại chợ Gò Vấp và các cửa hàng xăng dầu trên đường Quang Trung, Nguyễn Oanh.',
     'Kiểm tra 17 cơ sở; phát hiện 01 cơ sở vi phạm, xử phạt 3.500.000đ.',
     'Đang triển khai.']),
  ],
  diff_head='5. Khó khăn, vướng mắc',
  diff=['Kinh phí cho công tác kiểm tra còn hạn chế.',
        'Chưa có phương tiện đo đối chứng để kiểm tra nhanh tại chợ.'],
  prop_head='6. Kiến nghị',
  prop=['Đề nghị Chi cục hỗ trợ trang bị 02 cân đối chứng cho chợ Gò Vấp.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', '', ''],
  entries=[('II.1.a', 'completed', dict(communications=9)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=5)),
           ('II.1.b', 'completed', dict(enterprises_supported=3)),
           ('II.5.c', 'in_progress', dict(inspections=2, establishments_inspected=17, violations=1, fines_vnd=3500000))]),

 dict(file='BaoCao_TDC_BinhThanh_T10.docx', unit=('26929', 'Phường Bình Thạnh'), bullets='auto', auto_headings=True,
  author='Tran Quoc Huy',
  issuer=['ỦY BAN NHÂN DÂN PHƯỜNG BÌNH THẠNH'], number_line='Số: 402/BC-UBND', number='402/BC-UBND',
  date_line='Bình Thạnh, ngày 30 tháng 10 năm 2026', date='2026-10-30', subtitle=SUB,
  intro=['Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bình Thạnh báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026 như sau:'],
  sections=[('1. Về công tác tuyên truyền', [
     'Tổ chức 01 hội nghị phổ biến các quy định pháp luật về đo lường, nhãn hàng hóa cho 85 đại biểu là doanh nghiệp, hộ kinh doanh trên địa bàn.',
     'Hoàn thành.']),
   ('2. Về kiểm tra, giám sát chất lượng hàng hóa lưu thông', [
     ('tracked', 'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng xăng dầu tại 06 cơ sở kinh doanh; lấy 06 mẫu gửi thử nghiệm; phát hiện 01 cơ sở vi phạm, xử phạt ', '4.000.000', '5.500.000', ' đồng.'),
     'Đang triển khai.']),
   ('3. Về hệ thống quản lý chất lượng TCVN ISO 9001:2015', [
     'Đang rà soát, cập nhật hệ thống quản lý chất lượng do thay đổi 37 quy trình nội bộ sau sắp xếp bộ máy.']),
   ('4. Về khen thưởng, bảo vệ người tố giác vi phạm', [
     'Không phát sinh.']),
   ('5. Khó khăn, vướng mắc', []),
  ],
  diff_head='', diff=['Cơ sở kinh doanh xăng dầu thay đổi chủ sở hữu nhiều, hồ sơ pháp lý chưa được cập nhật kịp thời.'],
  prop_head='Đề xuất:',
  prop=['Đề nghị Sở sớm có văn bản hướng dẫn phân cấp quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã sau sắp xếp.'],
  noinhan=NOINHAN, sign=['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Đỗ Minh Khang'],
  entries=[('II.1.a', 'completed', dict(training_courses=1, participants=85)),
           ('II.5.a', 'in_progress', dict(establishments_inspected=6, samples_tested=6, violations=1, fines_vnd=5500000)),
           ('II.2.đ', 'in_progress', {}),
           ('II.5.d', 'not_applicable', {})]),

 dict(file='511-BC-UBND Thu Duc CT38.docx', unit=('26824', 'Phường Thủ Đức'),
  issuer=['ỦY BAN NHÂN DÂN PHƯỜNG THỦ ĐỨC'], number_line='Số: 511/BC-UBND', number='511/BC-UBND',
  date_line='Thủ Đức, ngày 05 tháng 11 năm 2026', date='2026-11-05', subtitle=SUB,
  intro=['Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026;',
         'Ủy ban nhân dân phường Thủ Đức báo cáo như sau:'],
  sections=[('#I. KẾT QUẢ ĐẠT ĐƯỢC', []),
   ('1. Về công tác tuyên truyền', [
     'Đăng 15 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử phường.',
     'Tổ chức 03 lớp tập huấn về ghi nhãn hàng hóa, đo lường trong kinh doanh cho 210 lượt người.',
     'Kinh phí đã chi: 15,5 triệu đồng.',
     'Hoàn thành.']),
   ('2. Về truy xuất nguồn gốc', [
     'Hướng dẫn 07 cơ sở sản xuất thực phẩm đăng ký tài khoản trên hệ thống truy xuất nguồn gốc của Thành phố.',
     'Đang triển khai.']),
   ('3. Về kiểm tra đo lường (nội dung phân cấp)', [
     'Phối hợp kiểm tra 04 cuộc tại chợ Thủ Đức và chợ Linh Xuân, 52 hộ kinh doanh; phát hiện 06 trường hợp vi phạm; xử phạt 12.000.000 đồng.',
     'Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định miễn phí 1.120 cân cho tiểu thương tại 06 chợ.',
     'Hoàn thành kế hoạch năm.']),
   ('4. Về cử công chức tham gia tập huấn chuyên môn', [
     'Chưa triển khai do lớp tập huấn của Chi cục dời sang tháng 12/2026.']),
  ],
  diff_head='II. KHÓ KHĂN, VƯỚNG MẮC',
  diff=['Số hộ kinh doanh nhỏ lẻ lớn (khoảng 1.800 hộ), lực lượng kiểm tra còn mỏng.'],
  prop_head='III. KIẾN NGHỊ, ĐỀ XUẤT',
  prop=['Đề nghị Chi cục tiếp tục phối hợp kiểm định cân miễn phí định kỳ cho tiểu thương.',
        'Đề nghị bổ sung kinh phí tuyên truyền cho phường trong năm 2027.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Phan Văn Lộc'],
  entries=[('II.1.a', 'completed', dict(communications=15, training_courses=3, participants=210, budget_spent_vnd=15500000)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=7)),
           ('II.5.c', 'completed', dict(inspections=4, establishments_inspected=52, violations=6, fines_vnd=12000000, instruments_verified=1120)),
           ('II.3.a', 'not_started', {})]),

 dict(file='BC KQ CT38 P Tân Bình.docx', unit=('27004', 'Phường Tân Bình'),
  issuer=['ỦY BAN NHÂN DÂN PHƯỜNG TÂN BÌNH', 'PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ'],
  number_line='Số: 77/BC-KTHTĐT', number='77/BC-KTHTĐT',
  date_line='Tân Bình, ngày 20 tháng 10 năm 2026', date='2026-10-20',
  subtitle='Kết quả thực hiện Chỉ thị 38-CT/TW năm 2026 trên địa bàn phường Tân Bình',
  intro=['Thực hiện Chỉ thị số 38-CT/TW và Kế hoạch năm 2026 của Sở Khoa học và Công nghệ, Phòng Kinh tế, Hạ tầng và Đô thị phường Tân Bình báo cáo kết quả như sau:'],
  sections=[('1. Về công tác tuyên truyền', [
     'Phát 24 tin trên hệ thống loa truyền thanh các khu phố về đo lường, chất lượng hàng hóa.',
     'Đang triển khai, thực hiện thường xuyên đến cuối năm.']),
   ('2. Về kiểm tra đo lường trong kinh doanh vàng', [
     'Phối hợp Chi cục kiểm tra 02 cuộc tại 11 cơ sở kinh doanh vàng bạc, trang sức; phát hiện 02 cơ sở vi phạm, đã chuyển hồ sơ Chi cục xử lý theo thẩm quyền.',
     'Hoàn thành.']),
   ('3. Về góp ý quy chuẩn kỹ thuật', [
     'Góp ý 02 dự thảo quy chuẩn kỹ thuật địa phương theo đề nghị của Sở Khoa học và Công nghệ: hoàn thành.']),
   ('4. Về vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', [
     'Chưa triển khai do đến nay chưa có doanh nghiệp đăng ký.']),
  ],
  diff_head='5. Khó khăn, vướng mắc', diff='Không có.',
  prop_head='6. Kiến nghị', prop='Không có.',
  closing='Trên đây là báo cáo kết quả thực hiện của Phòng Kinh tế, Hạ tầng và Đô thị phường Tân Bình./.',
  noinhan=['- Sở KH&CN;', '- UBND phường (b/c);', '- Lưu: VT.'], sign=['TRƯỞNG PHÒNG', '', '', '', 'Lâm Quốc Việt'],
  entries=[('II.1.a', 'in_progress', dict(communications=24)),
           ('II.5.c', 'completed', dict(inspections=2, establishments_inspected=11, violations=2)),
           ('II.2.e', 'completed', dict(standards_reviewed=2)),
           ('II.1.b', 'not_started', {})]),

 dict(file='Báo cáo Chỉ thị 38 - Dĩ An.docx', unit=('25942', 'Phường Dĩ An'),
  issuer=['ỦY BAN NHÂN DÂN PHƯỜNG DĨ AN'], number_line='Số: 623/BC-UBND', number='623/BC-UBND',
  date_line='Dĩ An, ngày 10 tháng 11 năm 2026', date='2026-11-10', subtitle=SUB,
  intro=['Thực hiện Kế hoạch số 215/KH-SKHCN ngày 23/01/2026 của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh; Kế hoạch số 48/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân phường Dĩ An, Ủy ban nhân dân phường báo cáo kết quả thực hiện như sau:'],
  sections=[('1. Về công tác tuyên truyền', [
     'Tổ chức 02 hội nghị tuyên truyền cho 160 lượt người; đăng 08 tin, bài trên trang thông tin điện tử phường.',
     'Hoàn thành.']),
   ('2. Về hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng', [
     'Hướng dẫn 04 doanh nghiệp áp dụng ISO 9001, ISO 22000; đến nay có 02 doanh nghiệp đã được cấp giấy chứng nhận.',
     'Đang triển khai.']),
   ('3. Về kiểm tra chất lượng hàng hóa', [
     'Phối hợp kiểm tra 03 cuộc tại 14 cơ sở kinh doanh mũ bảo hiểm, thiết bị điện; lấy 05 mẫu; phát hiện 02 cơ sở vi phạm; phạt 20.500.000đ.',
     'Hoàn thành.']),
   ('4. Về kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', [
     'Chưa triển khai do chưa được cấp tài khoản.']),
  ],
  diff_head='5. Tồn tại, hạn chế',
  diff=['Công tác phối hợp giữa các bộ phận chuyên môn trong kiểm tra còn chậm.'],
  prop_head='6. Kiến nghị, đề xuất',
  prop=['Đề nghị Sở cấp tài khoản truy cập cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng cho UBND phường.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Huỳnh Ngọc Sang'],
  entries=[('II.1.a', 'completed', dict(training_courses=2, participants=160, communications=8)),
           ('II.2.d', 'in_progress', dict(enterprises_supported=4)),
           ('II.5.a', 'completed', dict(inspections=3, establishments_inspected=14, samples_tested=5, violations=2, fines_vnd=20500000)),
           ('II.2.i', 'not_started', {})]),
]

# The mistaken file: same hand, another subject (chuyển đổi số).
MISTAKEN = dict(file='BC_HanhThong_T10-2026.docx', unit=('26890', 'Phường Hạnh Thông'),
  issuer=['ỦY BAN NHÂN DÂN PHƯỜNG HẠNH THÔNG'], number_line='Số: 344/BC-UBND', number='344/BC-UBND',
  date_line='Hạnh Thông, ngày 22 tháng 10 năm 2026', date='2026-10-22',
  subtitle='Kết quả thực hiện chuyển đổi số, phát triển chính quyền số năm 2026',
  intro=['Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 45/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân phường về chuyển đổi số năm 2026, Ủy ban nhân dân phường Hạnh Thông báo cáo như sau:'],
  sections=[('#I. KẾT QUẢ THỰC HIỆN', []),
   ('1. Về công tác tuyên truyền', [
     'Tổ chức 02 lớp tập huấn kỹ năng số cơ bản cho 120 lượt người dân tại các khu phố.',
     'Đăng 15 tin, bài về dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.',
     'Hoàn thành.']),
   ('2. Về dịch vụ công trực tuyến', [
     'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 86,4%; tiếp nhận 4.512 hồ sơ trực tuyến.',
     'Đang triển khai.']),
   ('3. Về Tổ công nghệ số cộng đồng', [
     'Kiện toàn 12 Tổ công nghệ số cộng đồng với 84 thành viên.',
     'Hoàn thành.']),
   ('4. Về hạ tầng số', [
     'Chưa triển khai nâng cấp mạng nội bộ do chưa được bố trí kinh phí.']),
  ],
  diff_head='II. KHÓ KHĂN, VƯỚNG MẮC',
  diff=['Một bộ phận người dân lớn tuổi còn ngại sử dụng dịch vụ công trực tuyến.'],
  prop_head='III. KIẾN NGHỊ',
  prop=['Đề nghị Thành phố hỗ trợ kinh phí nâng cấp hạ tầng mạng cho phường.'],
  closing='Trên đây là báo cáo kết quả thực hiện chuyển đổi số năm 2026 của Ủy ban nhân dân phường Hạnh Thông./.',
  noinhan=['- Sở Khoa học và Công nghệ;', '- TT Đảng ủy phường;', '- Lưu: VT, VHXH.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Vũ Thị Hồng Nhung'])
