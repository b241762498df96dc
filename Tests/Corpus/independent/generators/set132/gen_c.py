# HAND C — Đặng Quốc Bảo, chuyên viên tổng hợp of a department's Văn phòng: formal report by the
# department's own work themes; the body keeps to qualitative sentences and the status, every figure
# is pushed into Word endnotes (or footnotes) "để văn bản gọn". Each file passed through a different
# office habit: C1 endnotes i, ii, iii; C2 footnotes (one footnote carries the only status) and a
# deputy director's tracked insertion, re-saved in LibreOffice; C3 arabic endnotes + checker comments.
import os
from docxw import Doc
from gen import header, P, HERE

acc = lambda runs: ''.join(r[1] for r in runs if r[0] in ('t', 'ins')).strip()


def c_head(d, dept_upper, num, date, title, kinhgui='Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.'):
    header(d, [P('ỦY BAN NHÂN DÂN', sz=12), P('THÀNH PHỐ HỒ CHÍ MINH', sz=12), P([('t', dept_upper, {'b': True})], sz=12),
               P('――――', spacing=60), P(num, sz=13)],
           [P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', b=True, sz=12), P('Độc lập - Tự do - Hạnh phúc', b=True),
            P('――――――――――――――', spacing=60), P(date, i=True)], widths=(4300, 5400))
    d.p('')
    d.p('BÁO CÁO', align='center', b=True, spacing=0)
    d.p(title, align='center', b=True)
    d.p(('t', 'Kính gửi: '), ('t', kinhgui), align='center')


def c_tail(d, signer, noinhan):
    d.table([[{'paras': [P([('t', 'Nơi nhận:', {'b': True, 'i': True, 'sz': 12})], align='left')] +
                        [P([('t', x, {'sz': 11})], align='left') for x in noinhan]},
              {'paras': [P(l, b=True) for l in signer]}]], [4400, 5300], borders=False)


def run(key):
    # ---------------- C1 Sở Công Thương — endnotes i, ii, iii
    fn = 'SCT-bc-ket-qua-ct38-nam2026.docx'
    d = Doc(base_date='2026-10-23T04:00:00Z')
    d.endnote_fmt = 'lowerRoman'
    c_head(d, 'SỞ CÔNG THƯƠNG', 'Số: 5127/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026',
           'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026')
    d.p('Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau (số liệu chi tiết tại phần chú thích cuối văn bản):', first=567, align='both')
    d.p('1. Công tác kiểm tra chất lượng hàng hóa lưu thông trên thị trường', b=True, first=567)
    s1 = [('t', 'Sở chỉ đạo các phòng chuyên môn phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng, phân bón vô cơ trên địa bàn Thành phố'),
          ('en', 'Tổng số 05 cuộc kiểm tra tại 47 cơ sở kinh doanh; phát hiện 06 cơ sở vi phạm; xử phạt vi phạm hành chính 86.500.000 đồng (Tám mươi sáu triệu năm trăm nghìn đồng).'),
          ('t', '. Qua kiểm tra, chất lượng hàng hóa cơ bản bảo đảm; các vi phạm chủ yếu về nhãn hàng hóa và niêm yết. Nhiệm vụ này Sở đã hoàn thành theo kế hoạch kiểm tra năm 2026.')]
    d.p(*s1, first=567, align='both')
    d.p('2. Công tác truy xuất nguồn gốc sản phẩm, hàng hóa', b=True, first=567)
    s2 = [('t', 'Sở phối hợp triển khai Đề án 100 trong lĩnh vực công nghiệp, thương mại: hướng dẫn doanh nghiệp tham gia hệ thống truy xuất nguồn gốc'),
          ('en', 'Hướng dẫn 23 doanh nghiệp; tổ chức 02 hội thảo giới thiệu giải pháp truy xuất nguồn gốc với 160 đại biểu tham dự.'),
          ('t', ', lồng ghép với chương trình kết nối cung cầu. Nội dung này đang tiếp tục thực hiện đến cuối năm 2026.')]
    d.p(*s2, first=567, align='both')
    d.p('3. Công tác góp ý tiêu chuẩn, quy chuẩn kỹ thuật', b=True, first=567)
    s3 = [('t', 'Sở đã có văn bản góp ý các dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương lấy ý kiến'),
          ('en', 'Góp ý 04 dự thảo QCVN (an toàn điện; chai chứa LPG; xăng, nhiên liệu điêzen; vật liệu nổ công nghiệp).'),
          ('t', '. Đến nay đã hoàn thành các đợt góp ý được yêu cầu.')]
    d.p(*s3, first=567, align='both')
    d.p('4. Áp dụng hệ thống quản lý chất lượng tại cơ quan', b=True, first=567)
    s4 = [('t', 'Sở duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính thuộc thẩm quyền; đang thực hiện đánh giá nội bộ năm 2026.')]
    d.p(*s4, first=567, align='both')
    d.p('5. Đào tạo, bồi dưỡng', b=True, first=567)
    s5 = [('t', 'Sở cử 06 công chức tham dự lớp tập huấn cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 5/2026; đã hoàn thành.')]
    d.p(*s5, first=567, align='both')
    d.p('6. Khó khăn, vướng mắc và kiến nghị', b=True, first=567)
    dif = ['- Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với địa bàn Thành phố mở rộng.']
    pro = ['- Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa để phục vụ công tác kiểm tra chuyên ngành.']
    d.p('a) Khó khăn:', i=True, first=567)
    for x in dif: d.p(x, first=567, align='both')
    d.p('b) Kiến nghị:', i=True, first=567)
    for x in pro: d.p(x, first=567, align='both')
    d.p('Sở Công Thương báo cáo để Sở Khoa học và Công nghệ tổng hợp./.', first=567)
    c_tail(d, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Bùi Tấn Hưng'], ['- Như trên;', '- Chi cục TĐC (Sở KH&CN);', '- GĐ, PGĐ Sở;', '- Lưu: VT, QLTM.'])
    d.p('Ghi chú:', b=True, i=True)
    d.save(os.path.join(HERE, fn), core={'title': 'BC CT38 - SCT', 'creator': 'Dang Quoc Bao'})
    e1, e2, e3 = d.endnotes
    key(fn, 'SO-CT', 'Sở Công Thương', '5127/BC-SCT', '2026-10-24', [
        ('II.5.a', 'completed', {'inspections': 5, 'establishments_inspected': 47, 'violations': 6, 'fines_vnd': 86500000}, acc(s1) + ' [' + e1 + ']'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 23, 'training_courses': 2, 'participants': 160}, acc(s2) + ' [' + e2 + ']'),
        ('II.2.e', 'completed', {'standards_reviewed': 4}, acc(s3) + ' [' + e3 + ']'),
        ('II.2.đ', 'in_progress', {}, acc(s4)),
        ('II.3.a', 'completed', {'participants': 6}, acc(s5)),
    ], dif, pro)

    # ---------------- C2 Sở Y tế — footnotes; status of one task only in its footnote; tracked insertion
    fn = 'SYT_BC_CT38_2026.docx'
    PGD = 'Tang Chi Thuong (PGD)'
    d = Doc(base_date='2026-10-29T10:00:00Z')
    c_head(d, 'SỞ Y TẾ', 'Số: 8842/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
           'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trong ngành y tế')
    d.p('Sở Y tế nhận được Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo kết quả như sau:', first=567, align='both')
    d.p('I. KẾT QUẢ THỰC HIỆN', b=True)
    s1 = [('t', 'Về hệ thống quản lý chất lượng trong cơ quan hành chính: Sở Y tế đã hoàn thành việc xây dựng lại, công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi hợp nhất'),
          ('fn', 'Quyết định công bố số 1964/QĐ-SYT ngày 12/8/2026 của Giám đốc Sở Y tế.'), ('t', '.')]
    s2 = [('t', 'Về góp ý tiêu chuẩn, quy chuẩn: Sở tham gia góp ý các dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và nước sạch sinh hoạt do Bộ Y tế lấy ý kiến'),
          ('fn', 'Quý II: 01 dự thảo; Quý III: 02 dự thảo – tổng cộng 03 dự thảo QCVN. Nội dung này đang thực hiện, tiếp tục góp ý khi Bộ Y tế lấy ý kiến.'), ('t', '.')]
    s3 = [('t', 'Về phối hợp kiểm tra: Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc chấp hành quy định về đo lường đối với phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại các cơ sở khám bệnh, chữa bệnh tư nhân'),
          ('fn', 'Tổng số 02 cuộc, 15 cơ sở; phát hiện 02 cơ sở sử dụng phương tiện đo chưa kiểm định, xử phạt 12.000.000 đồng.'),
          ('t', '; đã hoàn thành kế hoạch phối hợp năm 2026.')]
    s4 = [('t', 'Về đào tạo, bồi dưỡng: Sở cử 04 công chức, viên chức tham dự lớp tập huấn về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức; đã hoàn thành.')]
    for x in (s1, s2, s3, s4):
        d.p(('t', '- '), *x, first=567, align='both')
    d.p('II. KHÓ KHĂN, VƯỚNG MẮC', b=True)
    dif = ['- Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa lập danh mục phương tiện đo phải kiểm định.']
    for x in dif: d.p(x, first=567, align='both')
    d.p('III. KIẾN NGHỊ, ĐỀ XUẤT', b=True)
    pro = ['- Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn danh mục phương tiện đo nhóm 2 dùng trong y tế.',
           '- Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức hội nghị phổ biến quy định về đo lường trong y tế cho các bệnh viện trong Quý I/2027.']
    d.p(pro[0], first=567, align='both')
    d.p(('ins', pro[1], PGD), first=567, align='both', pmark='ins', keep=(PGD,))
    d.p('Sở Y tế trân trọng báo cáo./.', first=567)
    c_tail(d, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Tăng Chí Thượng'], ['- Như trên;', '- Ban Giám đốc;', '- Lưu: VT, NVY.'])
    d.save(os.path.join(HERE, fn), core={'title': 'BC CT38 SYT', 'creator': 'Dang Quoc Bao', 'modby': 'Tang Chi Thuong'})
    f1, f2, f3 = d.footnotes
    key(fn, 'SO-YT', 'Sở Y tế', '8842/BC-SYT', '2026-10-30', [
        ('II.2.đ', 'completed', {}, acc(s1)),
        ('II.2.e', 'in_progress', {'standards_reviewed': 3}, acc(s2) + ' [' + f2 + ']'),
        ('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 15, 'violations': 2, 'fines_vnd': 12000000}, acc(s3) + ' [' + f3 + ']'),
        ('II.3.a', 'completed', {'participants': 4}, acc(s4)),
    ], dif, pro)

    # ---------------- C3 Sở Nông nghiệp và Môi trường — arabic endnotes + checker comments
    fn = 'SNNMT-baocao-TDC-CT38.docx'
    d = Doc(base_date='2026-10-26T08:00:00Z')
    d.endnote_fmt = 'decimal'
    LAN = 'Nguyen Thi Lan - P.KHTC'
    cA = d.comment(LAN, 'NTL', 'Số tiền phạt 142 triệu ở chú thích này đã gồm các quyết định ban hành trong tháng 10 chưa anh?')
    cAr = d.comment('Dang Quoc Bao', 'DQB', 'Đã gồm, chốt số liệu đến 20/10/2026.', parent=cA)
    cB = d.comment(LAN, 'NTL', 'Chi cục Trồng trọt báo 43 cơ sở (chú thích 2 ghi 41), anh kiểm tra lại.')
    c_head(d, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số: 6120/BC-SNNMT', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
           'Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 theo Kế hoạch triển khai Chỉ thị số 38-CT/TW')
    d.p('Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nội dung có liên quan như sau:', first=567, align='both')
    d.p('1. Tuyên truyền, tập huấn áp dụng tiêu chuẩn trong sản xuất nông nghiệp', b=True, first=567)
    s1 = [('t', 'Sở chỉ đạo Trung tâm Khuyến nông tổ chức tập huấn cho nông dân, hợp tác xã về áp dụng tiêu chuẩn VietGAP, quy định về nhãn hàng hóa nông sản'),
          ('en', '05 lớp tập huấn, 240 lượt người tham dự.'), ('t', '. Nội dung này đã hoàn thành.')]
    d.p(*s1, first=567, align='both')
    d.p('2. Truy xuất nguồn gốc nông sản', b=True, first=567)
    # the endnote text of s2 carries a checker's comment on its figure
    s2 = [('t', 'Sở tiếp tục hỗ trợ các cơ sở sản xuất, hợp tác xã áp dụng hệ thống truy xuất nguồn gốc và cấp mã số vùng trồng'),
          ('cs', cB), ('en', 'Hỗ trợ 41 cơ sở, hợp tác xã áp dụng truy xuất nguồn gốc; cấp 18 mã số vùng trồng.'), ('ce', cB),
          ('t', '. Nội dung này đang tiếp tục thực hiện.')]
    d.p(*s2, first=567, align='both')
    d.p('3. Kiểm tra chất lượng vật tư nông nghiệp', b=True, first=567)
    s3 = [('t', 'Sở tổ chức kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại các cơ sở sản xuất, kinh doanh'),
          ('cs', cA), ('cs', cAr), ('en', 'Tổng số 07 cuộc kiểm tra, 96 cơ sở; lấy 58 mẫu để kiểm tra chất lượng; phát hiện 11 cơ sở vi phạm; xử phạt vi phạm hành chính 142.000.000 đồng.'),
          ('ce', cA), ('ce', cAr),
          ('t', '. Sở đã hoàn thành kế hoạch kiểm tra năm 2026.')]
    d.p(*s3, first=567, align='both')
    d.p('4. Góp ý tiêu chuẩn, quy chuẩn kỹ thuật', b=True, first=567)
    s4 = [('t', 'Sở góp ý các dự thảo tiêu chuẩn quốc gia và quy chuẩn kỹ thuật địa phương thuộc lĩnh vực nông nghiệp, môi trường'),
          ('en', 'Góp ý 03 dự thảo (02 TCVN và 01 quy chuẩn kỹ thuật địa phương về chất lượng nước thải).'),
          ('t', '; đã hoàn thành.')]
    d.p(*s4, first=567, align='both')
    d.p('5. Áp dụng ISO 9001 tại cơ quan', b=True, first=567)
    s5 = [('t', 'Sở đang duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, rà soát quy trình theo danh mục thủ tục hành chính mới.')]
    d.p(*s5, first=567, align='both')
    d.p('6. Khó khăn, vướng mắc', b=True, first=567)
    dif = ['- Nhiều hộ sản xuất nhỏ lẻ chưa đủ điều kiện áp dụng truy xuất nguồn gốc điện tử.',
           '- Kinh phí lấy mẫu kiểm tra chất lượng vật tư nông nghiệp còn hạn chế.']
    for x in dif: d.p(x, first=567, align='both')
    d.p('7. Đề xuất, kiến nghị', b=True, first=567)
    pro = ['- Đề nghị Sở Khoa học và Công nghệ kết nối dữ liệu truy xuất nguồn gốc nông sản với cơ sở dữ liệu của Thành phố.']
    for x in pro: d.p(x, first=567, align='both')
    c_tail(d, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Văn Thanh'], ['- Như trên;', '- Lưu: VT, CCTT.'])
    d.save(os.path.join(HERE, fn), core={'title': 'BC CT38', 'creator': 'Dang Quoc Bao', 'modby': 'Nguyen Thi Lan'})
    key(fn, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '6120/BC-SNNMT', '2026-10-27', [
        ('II.1.a', 'completed', {'training_courses': 5, 'participants': 240}, acc(s1) + ' [05 lớp tập huấn, 240 lượt người tham dự.]'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 41}, acc(s2) + ' [Hỗ trợ 41 cơ sở, hợp tác xã áp dụng truy xuất nguồn gốc; cấp 18 mã số vùng trồng.]'),
        ('II.5.a', 'completed', {'inspections': 7, 'establishments_inspected': 96, 'samples_tested': 58, 'violations': 11, 'fines_vnd': 142000000},
         acc(s3) + ' [Tổng số 07 cuộc kiểm tra, 96 cơ sở; lấy 58 mẫu để kiểm tra chất lượng; phát hiện 11 cơ sở vi phạm; xử phạt vi phạm hành chính 142.000.000 đồng.]'),
        ('II.2.e', 'completed', {'standards_reviewed': 3}, acc(s4) + ' [Góp ý 03 dự thảo (02 TCVN và 01 quy chuẩn kỹ thuật địa phương về chất lượng nước thải).]'),
        ('II.2.đ', 'in_progress', {}, acc(s5)),
    ], dif, pro)
