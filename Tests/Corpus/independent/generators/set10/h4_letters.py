# Hand H4 — "ông Triết" (one-page reply letter "Phúc đáp Công văn số …", 2-3 tasks in two paragraphs)
import os
from common import *


def letter(fn, parent, org, so, vv, datel, kg, paras, signer_title, name, noi_nhan):
    d = base_doc(size=14, margins=(2, 2, 3, 2))
    header_block(d, [(parent, False, False), (org, True, False), ('', False, False), (so, False, False), (vv, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('', False, False), (datel, False, True)], size=13)
    para(d)
    para(d, kg, align='c')
    for p in paras:
        para(d, p, align='j', indent=1.27, space_after=6)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.paragraphs[0].text = ''
    r = c.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for x in noi_nhan:
        p = c.add_paragraph(); rr = p.add_run(x); rr.font.size = Pt(11); p.paragraph_format.space_after = Pt(0)
    c = t.cell(0, 1)
    for n, x in enumerate(signer_title + ['', '', '', name]):
        p = c.paragraphs[0] if n == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0); rr = p.add_run(x); rr.bold = True
    d.save(os.path.join(ROOT, fn))


CV = 'Công văn số 2415/SKHCN-TĐC ngày 15 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'


def f12():
    fn = 'STP phuc dap CV 2415 SKHCN.docx'
    letter(fn, 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ TƯ PHÁP', 'Số: 3318/STP-VB',
           'V/v phúc đáp Công văn số 2415/SKHCN-TĐC', 'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026',
           'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
           ['Phúc đáp ' + CV + ', Sở Tư pháp có ý kiến như sau:',
            'Về công tác phổ biến, giáo dục pháp luật, Sở Tư pháp đã lồng ghép nội dung pháp luật về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa vào 05 hội nghị phổ biến pháp luật cho doanh nghiệp do Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố tổ chức, với 640 lượt người tham dự; nhiệm vụ đã hoàn thành. Về việc đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật, Sở đã tham gia góp ý 03 dự thảo văn bản quy phạm pháp luật trong lĩnh vực tiêu chuẩn, đo lường, chất lượng khi được lấy ý kiến, đã hoàn thành; đồng thời thẩm định 01 dự thảo quyết định của Ủy ban nhân dân Thành phố có liên quan.',
            'Trong thời gian tới, Sở Tư pháp tiếp tục phối hợp với Sở Khoa học và Công nghệ khi có yêu cầu. Trân trọng./.'],
           ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Võ Minh Triết', ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, VB.'])
    key(fn, 'SO-TP', '3318/STP-VB', '2026-11-06', [
        ('II.1.a', 'completed', {'training_courses': 5, 'participants': 640}, 'lồng ghép ... vào 05 hội nghị phổ biến pháp luật ... 640 lượt người', 'paragraph 2'),
        ('II.2.c', 'completed', {}, 'góp ý 03 dự thảo văn bản QPPL (laws, not standards: no indicator)', 'paragraph 2'),
    ])


def f13():
    fn = 'CDS_phucdap_CT38.docx'
    letter(fn, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', 'Số: 58/CĐS',
           'V/v phúc đáp đề nghị báo cáo CT38', 'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
           'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.',
           ['Phúc đáp Công văn số 1096/CCTĐC-VP ngày 12 tháng 10 năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc đề nghị báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Phòng Chuyển đổi số báo cáo như sau: đối với việc cải tiến Hệ thống thông tin giải quyết thủ tục hành chính và kết nối với Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu, Phòng đã phối hợp hoàn thành việc kết nối trong tháng 3/2026, toàn bộ 34 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng đã được tích hợp.',
            'Đối với việc kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng, Phòng đang phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng phương án đồng bộ dữ liệu, dự kiến thử nghiệm trong Quý I/2027. Khó khăn: Bộ Khoa học và Công nghệ chưa ban hành tài liệu đặc tả kỹ thuật kết nối (API) của cơ sở dữ liệu quốc gia. Đề nghị Chi cục có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu đặc tả kết nối.'],
           ['TRƯỞNG PHÒNG'], 'Bùi Quốc Việt', ['- Như trên;', '- Lưu: CĐS.'])
    key(fn, 'SKHCN-CDS', '58/CĐS', '2026-10-23', [
        ('II.2.h', 'completed', {}, 'hoàn thành việc kết nối ... 34 thủ tục hành chính đã được tích hợp (no indicator)', 'paragraph 1'),
        ('II.2.i', 'in_progress', {}, 'đang phối hợp ... xây dựng phương án đồng bộ dữ liệu', 'paragraph 2'),
    ], ['Bộ Khoa học và Công nghệ chưa ban hành tài liệu đặc tả kỹ thuật kết nối (API) của cơ sở dữ liệu quốc gia.'],
       ['Đề nghị Chi cục có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu đặc tả kết nối.'])


def f14():
    fn = 'VP So - phuc dap bao cao CT38 2026.docx'
    letter(fn, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG', 'Số: 215/VP',
           'V/v báo cáo kết quả thực hiện nhiệm vụ phối hợp', 'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
           'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.',
           ['Phúc đáp Công văn số 1096/CCTĐC-VP ngày 12 tháng 10 năm 2026 của Chi cục, Văn phòng Sở báo cáo: về hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở, Văn phòng đã phối hợp Chi cục tổ chức đánh giá nội bộ, xem xét của lãnh đạo và công bố lại hệ thống phù hợp tiêu chuẩn trong tháng 9/2026, nhiệm vụ đã hoàn thành. Về đầu tư trang thiết bị cho đơn vị sự nghiệp, Văn phòng đã phối hợp thẩm định dự toán, hồ sơ mua sắm và thanh toán cho Trung tâm Dịch vụ Phân tích thí nghiệm, đến nay đã giải ngân 1,92 tỷ đồng; đang tiếp tục thực hiện.',
            'Về khen thưởng, bảo vệ người tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: trong kỳ không phát sinh trường hợp đề nghị khen thưởng. Văn phòng không có khó khăn, kiến nghị./.'],
           ['CHÁNH VĂN PHÒNG'], 'Lý Thị Thanh Hà', ['- Như trên;', '- Lưu: VT.'])
    key(fn, 'SKHCN-VP', '215/VP', '2026-11-02', [
        ('II.2.đ', 'completed', {}, 'đánh giá nội bộ ... công bố lại hệ thống phù hợp TCVN ISO 9001:2015', 'paragraph 1'),
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 1920000000}, 'đã giải ngân 1,92 tỷ đồng', 'paragraph 1'),
        ('II.5.d', 'not_applicable', {}, 'không phát sinh trường hợp đề nghị khen thưởng', 'paragraph 2'),
    ])


def f15():
    fn = 'PhuAn_CV phuc dap CT38.docx'
    letter(fn, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ AN', 'Số: 176/UBND-KT',
           'V/v phúc đáp Công văn số 2415/SKHCN-TĐC', 'Phú An, ngày 18 tháng 11 năm 2026',
           'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
           ['Phúc đáp ' + CV + ', Ủy ban nhân dân phường Phú An báo cáo như sau: Phường đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 01 đợt kiểm tra về đo lường, chất lượng vàng trang sức, mỹ nghệ tại 08 cơ sở kinh doanh vàng trên địa bàn; qua kiểm tra các cơ sở chấp hành đúng quy định. Việc phối hợp kiểm tra đang tiếp tục thực hiện trong tháng 12/2026 đối với các cửa hàng xăng dầu.',
            'Công tác tuyên truyền đã hoàn thành: phường đăng 06 tin, bài trên trang thông tin điện tử phường về Chỉ thị số 38-CT/TW và quy định về nhãn hàng hóa. Khó khăn: công chức phụ trách kiêm nhiệm nhiều lĩnh vực. Kiến nghị: đề nghị Sở tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã./.'],
           ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Đinh Công Minh', ['- Như trên;', '- Lưu: VT, KT.'])
    key(fn, '25768', '176/UBND-KT', '2026-11-18', [
        ('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 8}, '01 đợt kiểm tra ... tại 08 cơ sở kinh doanh vàng', 'paragraph 1'),
        ('II.1.a', 'completed', {'communications': 6}, 'đăng 06 tin, bài', 'paragraph 2'),
    ], ['công chức phụ trách kiêm nhiệm nhiều lĩnh vực.'],
       ['đề nghị Sở tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã.'])


def f16_mistaken():
    fn = 'TanKhanh_phuc dap CV SVHTT.docx'
    letter(fn, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN KHÁNH', 'Số: 402/UBND-VHXH',
           'V/v phúc đáp Công văn số 3127/SVHTT-XDNSVHGĐ', 'Tân Khánh, ngày 14 tháng 10 năm 2026',
           'Kính gửi: Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh.',
           ['Phúc đáp Công văn số 3127/SVHTT-XDNSVHGĐ ngày 30 tháng 9 năm 2026 của Sở Văn hóa và Thể thao về việc báo cáo tình hình thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2026, Ủy ban nhân dân phường Tân Khánh báo cáo: toàn phường có 9.842/10.215 hộ đạt danh hiệu "Gia đình văn hóa" (đạt 96,3%), 18/18 khu phố đăng ký danh hiệu "Khu phố văn hóa"; đã tổ chức 12 buổi sinh hoạt chuyên đề về xây dựng gia đình no ấm, tiến bộ, hạnh phúc.',
            'Khó khăn: kinh phí hỗ trợ hoạt động của Ban vận động khu phố còn hạn chế. Kiến nghị: đề nghị Sở Văn hóa và Thể thao tổ chức tập huấn nghiệp vụ cho cán bộ văn hóa phường./.'],
           ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Phạm Thị Ngọc Hân', ['- Như trên;', '- Lưu: VT, VHXH.'])
    key(fn, '25891', '402/UBND-VHXH', '2026-10-14', [], rejected=
        'Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: văn bản phúc đáp Sở Văn hóa và Thể thao về phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" (gửi nhầm).')


def run():
    f12(); f13(); f14(); f15(); f16_mistaken()
