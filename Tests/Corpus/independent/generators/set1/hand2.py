# -*- coding: utf-8 -*-
"""Hand 2 - Phạm Văn Thành: older xã officer. Old Word template declaring ".VnTime" /
"VNI-Times" on runs whose text is ordinary Unicode; dense paragraphs; numbers in words
beside digits; long sentences mixing several figures; some paragraphs in NFD Unicode.
Paragraph markers in the spec: '§' bold heading, '~' paragraph written in NFD,
'-' dash line. Tuples ('tracked', pre, old, new, post) carry a tracked change."""
from common import Doc, CENTER, JUSTIFY, nfd


def render(s, path):
    D = Doc(legacy_font=s.get('font', '.VnTime'), size=14, margins=(2, 2, 3, 2))
    t = D.d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    p0 = D.cell(c0, s['issuer'], bold=True, align=CENTER, size=13)
    p0.paragraph_format.space_after = 0
    D.p('-------', align=CENTER, container=c0, after=0)
    D.p(s['number_line'], align=CENTER, container=c0, size=13)
    p1 = D.cell(c1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', bold=True, align=CENTER, size=13)
    D.p('---------------', align=CENTER, container=c1, after=0)
    D.p(s['date_line'], italic=True, align=CENTER, container=c1, size=13)
    D.p('')
    D.p('BÁO CÁO', bold=True, align=CENTER, after=0)
    D.p(s['subtitle'], bold=True, align=CENTER)
    D.p('')
    for para in s['body']:
        if isinstance(para, tuple):
            _, pre, old, new, post = para
            par = D.p(align=JUSTIFY, first=1.27)
            D.tracked(par, pre, old, new, post, author=s.get('author', 'Pham Van Thanh'))
            continue
        bold = para.startswith('§')
        if bold:
            para = para[1:]
        if para.startswith('~'):
            para = nfd(para[1:])
        if bold:
            D.p(para, bold=True, align=JUSTIFY, first=1.27)
        elif para.startswith('|'):  # run-in bold lead "1. Tuyên truyền: rest"
            lead, rest = para[1:].split('|', 1)
            D.mixed([(lead, True), (rest,)], first=1.27)
        else:
            D.p(para, align=JUSTIFY, first=1.27)
    t = D.d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    D.cell(c0, 'Nơi nhận:', bold=True, italic=True, size=12)
    D.p('\n'.join(s['noinhan']), size=11, container=c0)
    D.cell(c1, '\n'.join(s['sign'][:-1]), bold=True, align=CENTER)
    D.p('\n\n\n' + s['sign'][-1], bold=True, align=CENTER, container=c1)
    D.save(path)


NOINHAN = ['- Sở Khoa học và Công nghệ TP (b/c);', '- Chi cục TĐC TP;', '- Thường trực Đảng ủy xã;', '- Chủ tịch, các PCT UBND xã;', '- Lưu: VT.']
KH = 'Kế hoạch số 215/KH-SKHCN ngày 23 tháng 01 năm 2026 của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026'

REPORTS = [
 dict(file='BC 198 xa Binh Chanh.docx', unit=('27637', 'Xã Bình Chánh'), font='.VnTime',
  issuer='ỦY BAN NHÂN DÂN\nXÃ BÌNH CHÁNH', number_line='Số: 198/BC-UBND', number='198/BC-UBND',
  date_line='Bình Chánh, ngày 24 tháng 10 năm 2026', date='2026-10-24',
  subtitle='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
  body=[
   f'Thực hiện {KH}, Ủy ban nhân dân xã Bình Chánh báo cáo kết quả thực hiện như sau:',
   '§I. ĐẶC ĐIỂM TÌNH HÌNH',
   'Xã Bình Chánh được thành lập trên cơ sở sắp xếp các xã Tân Quý Tây, An Phú Tây và thị trấn Tân Túc cũ, dân số khoảng 98.000 người; trên địa bàn hiện có 03 chợ truyền thống, 1.245 hộ kinh doanh cá thể và 36 doanh nghiệp đang hoạt động, chủ yếu trong lĩnh vực thương mại, dịch vụ và chế biến nông sản.',
   '§II. KẾT QUẢ THỰC HIỆN',
   '|1. Công tác tuyên truyền, phổ biến: |Ủy ban nhân dân xã đã chỉ đạo Văn phòng HĐND và UBND phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn thể tổ chức 02 (hai) hội nghị tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng với tổng số 230 (hai trăm ba mươi) lượt người tham dự, đồng thời biên tập và phát 18 (mười tám) tin, bài trên hệ thống truyền thanh xã và Trang thông tin điện tử xã, với tổng kinh phí đã sử dụng là 11.200.000 đồng (mười một triệu hai trăm nghìn đồng); đến nay nội dung này đã hoàn thành theo kế hoạch.',
   '~2. Công tác phối hợp kiểm tra về đo lường theo phân cấp: trong kỳ, Ủy ban nhân dân xã thành lập Tổ kiểm tra liên ngành, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tiến hành 03 (ba) cuộc kiểm tra tại chợ Bình Chánh, chợ Tân Quý Tây và 04 cửa hàng xăng dầu trên Quốc lộ 1, qua kiểm tra 41 (bốn mươi mốt) cơ sở thì phát hiện 05 (năm) cơ sở vi phạm, chủ yếu là sử dụng cân không đạt yêu cầu kỹ thuật đo lường, đã lập biên bản và ban hành 05 quyết định xử phạt với tổng số tiền 9.750.000 đồng; công tác này đang được tiếp tục triển khai trong quý IV/2026.',
   '~3. Về truy xuất nguồn gốc sản phẩm nông nghiệp: xã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn 05 (năm) tổ chức, gồm 03 hợp tác xã rau an toàn và 02 tổ hợp tác, áp dụng tem truy xuất nguồn gốc, kết quả có 48 sản phẩm đã được gắn mã QR truy xuất khi đưa vào các siêu thị, cửa hàng tiện lợi.',
   '4. Về áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: Ủy ban nhân dân xã duy trì áp dụng hệ thống quản lý chất lượng đối với 198 thủ tục hành chính thuộc thẩm quyền giải quyết; việc xây dựng lại và công bố hệ thống quản lý chất lượng sau sắp xếp đã hoàn thành ngày 15/8/2026.',
   '§III. KHÓ KHĂN, VƯỚNG MẮC',
   '(1) Địa bàn xã rộng, số hộ kinh doanh nhỏ lẻ nhiều, thường xuyên thay đổi địa điểm nên việc quản lý gặp khó khăn; (2) Cán bộ phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng là kiêm nhiệm, chưa được đào tạo chuyên sâu; (3) Kinh phí bố trí cho công tác kiểm tra còn thấp.',
   '§IV. KIẾN NGHỊ, ĐỀ XUẤT',
   '(1) Đề nghị Sở Khoa học và Công nghệ tổ chức các lớp tập huấn chuyên sâu cho công chức cấp xã; (2) Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ xã trang bị cân đối chứng tại các chợ.',
   'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân xã Bình Chánh./.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Hải'],
  diff=['Địa bàn xã rộng, số hộ kinh doanh nhỏ lẻ nhiều, thường xuyên thay đổi địa điểm nên việc quản lý gặp khó khăn',
        'Cán bộ phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng là kiêm nhiệm, chưa được đào tạo chuyên sâu',
        'Kinh phí bố trí cho công tác kiểm tra còn thấp'],
  prop=['Đề nghị Sở Khoa học và Công nghệ tổ chức các lớp tập huấn chuyên sâu cho công chức cấp xã',
        'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ xã trang bị cân đối chứng tại các chợ'],
  entries=[('II.1.a', 'completed', dict(training_courses=2, participants=230, communications=18, budget_spent_vnd=11200000)),
           ('II.5.c', 'in_progress', dict(inspections=3, establishments_inspected=41, violations=5, fines_vnd=9750000)),
           ('II.2.a', 'unknown', dict(enterprises_supported=5)),
           ('II.2.đ', 'completed', {})]),

 dict(file='BC_TDC_2026_CuChi.docx', unit=('27553', 'Xã Củ Chi'), font='VNI-Times', resave=True,
  issuer='ỦY BAN NHÂN DÂN\nXÃ CỦ CHI', number_line='Số: 245/BC-UBND', number='245/BC-UBND',
  date_line='Củ Chi, ngày 29 tháng 10 năm 2026', date='2026-10-29',
  subtitle='Về kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
  body=[
   'Căn cứ Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia; thực hiện Công văn số 3120/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Củ Chi báo cáo như sau:',
   '§1. Kết quả triển khai các nhiệm vụ',
   '~a) Về tuyên truyền, phổ biến pháp luật: Ủy ban nhân dân xã chỉ đạo lồng ghép nội dung tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong sinh hoạt định kỳ của 18 ấp, đồng thời phát 25 (hai mươi lăm) tin, bài trên Đài truyền thanh xã về ghi nhãn hàng hóa, sử dụng cân đúng trong mua bán; nhiệm vụ này đã hoàn thành.',
   'b) Về kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường: xã phối hợp với Đội Quản lý thị trường số 9 và Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 (hai) cuộc đối với 12 (mười hai) cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em, dây và cáp điện, lấy 08 (tám) mẫu sản phẩm gửi thử nghiệm, qua đó xử lý 01 (một) cơ sở vi phạm với số tiền 2.500.000 đồng (hai triệu năm trăm nghìn đồng); công tác kiểm tra đang tiếp tục thực hiện đến hết năm.',
   '~c) Về khảo sát chất lượng: phối hợp Chi cục khảo sát chất lượng xăng dầu tại các cửa hàng trên Tỉnh lộ 8 và Tỉnh lộ 15, lấy 12 (mười hai) mẫu xăng dầu để thử nghiệm; kết quả khảo sát đã được Chi cục thông báo, nội dung này đã hoàn thành.',
   'd) Về đào tạo, bồi dưỡng: xã cử 03 (ba) lượt công chức tham dự các lớp tập huấn chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức; đã hoàn thành.',
   '§2. Tồn tại, hạn chế',
   '- Công tác tuyên truyền chưa đa dạng về hình thức, chủ yếu qua hệ thống truyền thanh.',
   '- Việc phối hợp kiểm tra còn phụ thuộc vào kế hoạch của cơ quan cấp trên.',
   '§3. Kiến nghị',
   'Đề nghị Sở Khoa học và Công nghệ xem xét hỗ trợ kinh phí cho xã để tổ chức tuyên truyền về tiêu chuẩn, đo lường, chất lượng tại các chợ nông thôn.',
   'Ủy ban nhân dân xã Củ Chi báo cáo Sở Khoa học và Công nghệ theo dõi, tổng hợp./.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Mười'],
  diff=['Công tác tuyên truyền chưa đa dạng về hình thức, chủ yếu qua hệ thống truyền thanh.',
        'Việc phối hợp kiểm tra còn phụ thuộc vào kế hoạch của cơ quan cấp trên.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ xem xét hỗ trợ kinh phí cho xã để tổ chức tuyên truyền về tiêu chuẩn, đo lường, chất lượng tại các chợ nông thôn.'],
  entries=[('II.1.a', 'completed', dict(communications=25)),
           ('II.5.a', 'in_progress', dict(inspections=2, establishments_inspected=12, samples_tested=8, violations=1, fines_vnd=2500000)),
           ('II.5.b', 'completed', dict(samples_tested=12)),
           ('II.3.a', 'completed', dict(participants=3))]),

 dict(file='Bao cao ket qua CT 38 nam 2026 - xa Hoc Mon.docx', unit=('27559', 'Xã Hóc Môn'), font='.VnTime',
  issuer='ỦY BAN NHÂN DÂN\nXÃ HÓC MÔN', number_line='Số: 176/BC-UBND', number='176/BC-UBND',
  date_line='Hóc Môn, ngày 15 tháng 10 năm 2026', date='2026-10-15',
  subtitle='Kết quả triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026',
  body=[
   f'Thực hiện {KH}; Kế hoạch số 52/KH-UBND ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân xã về triển khai Chỉ thị số 38-CT/TW trên địa bàn xã, Ủy ban nhân dân xã Hóc Môn báo cáo kết quả như sau:',
   '§I. KẾT QUẢ THỰC HIỆN',
   '~1. Về công tác tuyên truyền: ngày 18 tháng 6 năm 2026, Ủy ban nhân dân xã tổ chức 01 (một) hội nghị tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho 120 (một trăm hai mươi) đại biểu là chủ doanh nghiệp, hộ kinh doanh và tiểu thương các chợ, kinh phí thực hiện 5,6 triệu đồng từ nguồn ngân sách xã; nội dung này đã hoàn thành.',
   '2. Về hỗ trợ doanh nghiệp: hướng dẫn 02 (hai) doanh nghiệp sản xuất trên địa bàn thực hiện thủ tục công bố hợp quy, công bố tiêu chuẩn áp dụng đối với sản phẩm, hàng hóa theo quy định; hiện đang thực hiện.',
   '~3. Về đo lường trong kinh doanh bán lẻ tại chợ (nội dung được phân cấp): Tổ công tác của xã tiến hành 01 (một) cuộc kiểm tra tại chợ Hóc Môn đối với 26 (hai mươi sáu) hộ kinh doanh, phát hiện 02 (hai) trường hợp vi phạm do sử dụng cân sai số vượt mức cho phép, Tổ công tác đã yêu cầu ngưng sử dụng và đưa đi kiểm định lại.',
   '4. Về khen thưởng, bảo vệ người tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: trong kỳ không phát sinh.',
   '§II. KHÓ KHĂN, VƯỚNG MẮC',
   '(1) Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; (2) Tiểu thương chưa chủ động đưa cân đi kiểm định định kỳ.',
   '§III. ĐỀ XUẤT, KIẾN NGHỊ',
   'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức kiểm định cân miễn phí tại chợ Hóc Môn trong năm 2027.',
   'Trên đây là báo cáo của Ủy ban nhân dân xã Hóc Môn./.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Kim Hoa'],
  diff=['Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng',
        'Tiểu thương chưa chủ động đưa cân đi kiểm định định kỳ'],
  prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức kiểm định cân miễn phí tại chợ Hóc Môn trong năm 2027.'],
  entries=[('II.1.a', 'completed', dict(training_courses=1, participants=120, budget_spent_vnd=5600000)),
           ('II.2.d', 'in_progress', dict(enterprises_supported=2)),
           ('II.5.c', 'unknown', dict(inspections=1, establishments_inspected=26, violations=2)),
           ('II.5.d', 'not_applicable', {})]),

 dict(file='CanGio_BC_CT38.docx', unit=('27664', 'Xã Cần Giờ'), font='VNI-Times',
  issuer='ỦY BAN NHÂN DÂN\nXÃ CẦN GIỜ', number_line='Số: 132/BC-UBND', number='132/BC-UBND',
  date_line='Cần Giờ, ngày 02 tháng 11 năm 2026', date='2026-11-02',
  subtitle='Kết quả thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
  body=[
   f'Thực hiện {KH}, Ủy ban nhân dân xã Cần Giờ báo cáo kết quả thực hiện như sau:',
   '~|1. Về truy xuất nguồn gốc sản phẩm: |Ủy ban nhân dân xã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn 05 (năm) cơ sở, hợp tác xã (gồm 04 cơ sở chế biến hải sản khô và 01 hợp tác xã muối) đăng ký áp dụng hệ thống truy xuất nguồn gốc theo Đề án 100, đến nay đã có 23 sản phẩm được cấp mã truy xuất, giá trị sản phẩm tiêu thụ qua hệ thống siêu thị ước đạt 1,2 tỷ đồng; công việc đang triển khai.',
   '|2. Về tuyên truyền, tập huấn: |trong năm, xã phát 10 (mười) tin trên hệ thống truyền thanh và tổ chức 01 (một) lớp tập huấn về ghi nhãn hàng hóa cho 45 (bốn mươi lăm) học viên là chủ cơ sở chế biến hải sản, nhiệm vụ tuyên truyền năm 2026 đã hoàn thành.',
   '|3. Về kiểm tra đo lường tại chợ (nội dung phân cấp): |xã chưa triển khai do chưa được bố trí kinh phí và chưa có công chức được tập huấn nghiệp vụ kiểm tra đo lường.',
   '~|4. Về Giải thưởng Chất lượng Quốc gia: |trên địa bàn xã không có doanh nghiệp đủ điều kiện tham dự Giải thưởng Chất lượng Quốc gia nên không phát sinh.',
   '§5. Khó khăn, vướng mắc',
   '- Địa bàn xã rộng, giao thông cách trở, các cơ sở chế biến hải sản phân tán.',
   '- Phần lớn cơ sở sản xuất có quy mô hộ gia đình, chưa quan tâm đến truy xuất nguồn gốc.',
   '§6. Kiến nghị, đề xuất',
   '- Đề nghị Sở bố trí kinh phí hỗ trợ tem truy xuất nguồn gốc cho các cơ sở chế biến hải sản.',
   '- Đề nghị Chi cục tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức xã.',
   'Trên đây là báo cáo của Ủy ban nhân dân xã Cần Giờ./.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Thành Công'],
  diff=['Địa bàn xã rộng, giao thông cách trở, các cơ sở chế biến hải sản phân tán.',
        'Phần lớn cơ sở sản xuất có quy mô hộ gia đình, chưa quan tâm đến truy xuất nguồn gốc.'],
  prop=['Đề nghị Sở bố trí kinh phí hỗ trợ tem truy xuất nguồn gốc cho các cơ sở chế biến hải sản.',
        'Đề nghị Chi cục tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức xã.'],
  entries=[('II.2.a', 'in_progress', dict(enterprises_supported=5)),
           ('II.1.a', 'completed', dict(communications=10, training_courses=1, participants=45)),
           ('II.5.c', 'not_started', {}),
           ('II.1.b', 'not_applicable', {})]),

 dict(file='BC 88 ConDao TĐC.docx', unit=('26732', 'Đặc khu Côn Đảo'), font='.VnTime', resave=True,
  issuer='ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO', number_line='Số: 88/BC-UBND', number='88/BC-UBND',
  date_line='Côn Đảo, ngày 21 tháng 10 năm 2026', date='2026-10-21',
  subtitle='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\ntrên địa bàn đặc khu Côn Đảo',
  body=[
   f'Thực hiện {KH}, Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả như sau:',
   '1. Công tác tuyên truyền: Ủy ban nhân dân đặc khu đăng 07 (bảy) tin, bài trên Cổng thông tin điện tử đặc khu và Bản tin Côn Đảo về vai trò của công tác tiêu chuẩn, đo lường, chất lượng, cảnh báo hàng giả, hàng kém chất lượng trong mùa du lịch; đã hoàn thành.',
   '~2. Công tác kiểm tra chất lượng sản phẩm, hàng hóa: phối hợp Đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 01 (một) cuộc kiểm tra chất lượng xăng dầu tại 05 (năm) cơ sở kinh doanh xăng dầu, lấy 05 mẫu xăng dầu để thử nghiệm nhanh tại hiện trường; đã hoàn thành trong tháng 7/2026.',
   '3. Về xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: bộ máy đặc khu mới đi vào hoạt động từ ngày 01/7/2025, hiện đang xây dựng hệ thống quản lý chất lượng cho 167 thủ tục hành chính, dự kiến công bố trong tháng 12/2026.',
   '~4. Thực hiện nội dung phân cấp về đo lường: phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng kiểm định tổng số 67 (sáu mươi bảy) phương tiện đo, gồm 64 cân tại chợ Côn Đảo và 03 cột đo xăng dầu; nội dung này đã hoàn thành.',
   '§5. Khó khăn, vướng mắc',
   '(1) Việc đi lại giữa đất liền và đặc khu phụ thuộc thời tiết, ảnh hưởng đến kế hoạch phối hợp kiểm tra; (2) Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ.',
   '§6. Kiến nghị',
   '(1) Đề nghị Sở Khoa học và Công nghệ hỗ trợ tổ chức kiểm định lưu động tại đặc khu ít nhất 02 lần/năm; (2) Đề nghị hỗ trợ đặc khu xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
   'Trên đây là báo cáo của Ủy ban nhân dân đặc khu Côn Đảo./.'],
  noinhan=['- Sở KH&CN TP.HCM (b/c);', '- Chi cục TĐC;', '- Lưu: VT, KT.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Hoàng Phúc'],
  diff=['Việc đi lại giữa đất liền và đặc khu phụ thuộc thời tiết, ảnh hưởng đến kế hoạch phối hợp kiểm tra',
        'Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ tổ chức kiểm định lưu động tại đặc khu ít nhất 02 lần/năm',
        'Đề nghị hỗ trợ đặc khu xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.'],
  entries=[('II.1.a', 'completed', dict(communications=7)),
           ('II.5.a', 'completed', dict(inspections=1, establishments_inspected=5, samples_tested=5)),
           ('II.2.đ', 'in_progress', {}),
           ('II.5.c', 'completed', dict(instruments_verified=67))]),

 dict(file='Dau Tieng - bao cao tieu chuan do luong chat luong.docx', unit=('25777', 'Xã Dầu Tiếng'), font='.VnTime',
  issuer='ỦY BAN NHÂN DÂN\nXÃ DẦU TIẾNG', number_line='Số: 301/BC-UBND', number='301/BC-UBND',
  date_line='Dầu Tiếng, ngày 06 tháng 11 năm 2026', date='2026-11-06',
  subtitle='Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Chỉ thị số 38-CT/TW của Ban Bí thư)',
  body=[
   f'Thực hiện {KH}, Ủy ban nhân dân xã Dầu Tiếng báo cáo kết quả thực hiện năm 2026 như sau:',
   '§I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
   '~1. Tuyên truyền, phổ biến, tập huấn văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng cho tổ chức, cá nhân sản xuất, kinh doanh: xã tổ chức 02 (hai) lớp tập huấn với 150 (một trăm năm mươi) lượt người tham dự, phát 12 (mười hai) tin, bài trên Đài truyền thanh xã, tổng kinh phí đã giải ngân 14.300.000 đồng (mười bốn triệu ba trăm nghìn đồng); nhiệm vụ đã hoàn thành.',
   '2. Nâng cao năng suất, chất lượng và truy xuất nguồn gốc: xã hướng dẫn 03 (ba) hợp tác xã cao su, cây ăn trái áp dụng quy trình VietGAP gắn với truy xuất nguồn gốc sản phẩm; hiện đang tiếp tục hướng dẫn, dự kiến hoàn thiện trong quý I/2027.',
   '~3. Kiểm tra đo lường tại chợ Dầu Tiếng và các cửa hàng xăng dầu (nội dung được phân cấp): xã tổ chức 02 (hai) cuộc kiểm tra đối với 19 (mười chín) cơ sở, trong đó có 07 cửa hàng xăng dầu, phát hiện 03 (ba) cơ sở vi phạm, xử phạt tổng số tiền 7.200.000 đồng; đã hoàn thành kế hoạch kiểm tra năm 2026.',
   '4. Tham gia góp ý quy chuẩn kỹ thuật: xã đã góp ý 01 (một) dự thảo Quy chuẩn kỹ thuật địa phương theo đề nghị của Sở Khoa học và Công nghệ; đã hoàn thành.',
   '§II. KHÓ KHĂN, VƯỚNG MẮC',
   '- Các hợp tác xã còn hạn chế về vốn và nhân lực để áp dụng truy xuất nguồn gốc.',
   '- Một số cửa hàng xăng dầu chậm thực hiện kiểm định định kỳ cột đo.',
   '§III. KIẾN NGHỊ, ĐỀ XUẤT',
   '- Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí cho hợp tác xã áp dụng truy xuất nguồn gốc.',
   'Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân xã Dầu Tiếng./.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Hữu Phước'],
  diff=['Các hợp tác xã còn hạn chế về vốn và nhân lực để áp dụng truy xuất nguồn gốc.',
        'Một số cửa hàng xăng dầu chậm thực hiện kiểm định định kỳ cột đo.'],
  prop=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí cho hợp tác xã áp dụng truy xuất nguồn gốc.'],
  entries=[('II.1.a', 'completed', dict(training_courses=2, participants=150, communications=12, budget_spent_vnd=14300000)),
           ('II.2.a', 'in_progress', dict(enterprises_supported=3)),
           ('II.5.c', 'completed', dict(inspections=2, establishments_inspected=19, violations=3, fines_vnd=7200000)),
           ('II.2.e', 'completed', dict(standards_reviewed=1))]),

 dict(file='BC LongHai CT38-2026.docx', unit=('26662', 'Xã Long Hải'), font='VNI-Times',
  issuer='ỦY BAN NHÂN DÂN\nXÃ LONG HẢI', number_line='Số: 154/BC-UBND', number='154/BC-UBND',
  date_line='Long Hải, ngày 12 tháng 11 năm 2026', date='2026-11-12',
  subtitle='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
  body=[
   f'Thực hiện {KH}, Ủy ban nhân dân xã Long Hải báo cáo như sau:',
   '§I. KẾT QUẢ THỰC HIỆN',
   ('tracked', '1. Công tác tuyên truyền: Ủy ban nhân dân xã tổ chức 01 (một) hội nghị tuyên truyền về ghi nhãn hàng hóa, chất lượng sản phẩm nước mắm, hải sản khô với ', '95 (chín mươi lăm)', '105 (một trăm lẻ năm)', ' lượt người tham dự là chủ cơ sở sản xuất, hộ kinh doanh, đồng thời đăng 06 (sáu) tin, bài trên Trang thông tin điện tử xã; đã hoàn thành.'),
   '~2. Công tác kiểm tra chất lượng sản phẩm, hàng hóa: phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc ghi nhãn và chất lượng tại 15 (mười lăm) cơ sở sản xuất, kinh doanh nước mắm, phát hiện 04 (bốn) cơ sở vi phạm về nhãn hàng hóa, xử phạt 16.000.000 đồng (mười sáu triệu đồng); hiện đang triển khai kiểm tra đợt 2 đối với các cơ sở còn lại.',
   '3. Công tác khảo sát chất lượng: phối hợp lấy 10 (mười) mẫu nước mắm tại các cơ sở sản xuất để khảo sát chỉ tiêu đạm và histamin, kết quả đã được Chi cục thông báo; nội dung khảo sát đã hoàn thành.',
   '4. Công tác đào tạo, bồi dưỡng công chức: chưa thực hiện, do lịch tập huấn của Chi cục trùng với thời gian xã tổ chức Đại hội các đoàn thể.',
   '§II. KHÓ KHĂN, VƯỚNG MẮC',
   'Cơ sở sản xuất nước mắm truyền thống phần lớn quy mô nhỏ, chưa nắm rõ quy định về ghi nhãn hàng hóa.',
   '§III. KIẾN NGHỊ',
   'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp tập huấn riêng về ghi nhãn hàng hóa cho các cơ sở sản xuất nước mắm trên địa bàn xã.',
   'Trên đây là báo cáo của Ủy ban nhân dân xã Long Hải./.'],
  noinhan=NOINHAN, sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đinh Công Tráng'],
  diff=['Cơ sở sản xuất nước mắm truyền thống phần lớn quy mô nhỏ, chưa nắm rõ quy định về ghi nhãn hàng hóa.'],
  prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp tập huấn riêng về ghi nhãn hàng hóa cho các cơ sở sản xuất nước mắm trên địa bàn xã.'],
  entries=[('II.1.a', 'completed', dict(training_courses=1, participants=105, communications=6)),
           ('II.5.a', 'in_progress', dict(establishments_inspected=15, violations=4, fines_vnd=16000000)),
           ('II.5.b', 'completed', dict(samples_tested=10)),
           ('II.3.a', 'not_started', {})]),
]
