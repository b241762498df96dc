# Report contents (exec'd by gen.py)
def dt(place, d):
    y, m, dd = d.split('-'); return f'{place}, ngày {dd} tháng {m} năm {y}'

def h1(file, uid, uname, caps, number, date, title, intro, items, diff, prop, signer, **kw):
    ents = [E(t, s, ind, lead + ' ' + txt) for (lead, txt, t, s, ind) in items if t]
    body = [('I. KẾT QUẢ THỰC HIỆN', [(lead, txt) for (lead, txt, t, s, ind) in items])]
    R(hand='H1', file=file, uid=uid, uname=uname, unit_caps=caps, number=number, date=date,
      date_text=dt('Thành phố Hồ Chí Minh', date), title=title, intro=intro, body=body, entries=ents,
      diff=diff, prop=prop, sign='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer=signer, **kw)

h1('so-cong-thuong-bc-ct38.docx', 'SO-CT', 'Sở Công Thương', 'SỞ CÔNG THƯƠNG', '2871/BC-SCT', '2026-10-27',
   'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Sở Công Thương báo cáo kết quả phối hợp thực hiện từ đầu năm đến ngày 20/10/2026 như sau:'],
   [('a) Về tuyên truyền, phổ biến pháp luật:', 'Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về đo lường, chất lượng xăng dầu và khí dầu mỏ hóa lỏng cho thương nhân phân phối, tổng đại lý, có 185 lượt người tham dự; đăng 07 tin, bài trên Cổng thông tin điện tử của Sở. Nội dung này cơ bản hoàn thành.',
     'II.1.a', 'completed', {'training_courses': 2, 'participants': 185, 'communications': 7}),
    ('b) Về kiểm tra đo lường, chất lượng trong kinh doanh xăng dầu, khí:', 'Sở chủ trì 06 cuộc kiểm tra liên ngành tại 42 cửa hàng bán lẻ xăng dầu và cơ sở kinh doanh khí; phát hiện 05 cơ sở vi phạm (cột đo hết hạn kiểm định, niêm yết không đúng quy định), đã ban hành quyết định xử phạt với tổng số tiền 37.500.000 đồng. Công tác kiểm tra đang tiếp tục triển khai theo kế hoạch quý IV.',
     'II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 42, 'violations': 5, 'fines_vnd': 37500000}),
    ('c) Về áp dụng hệ thống quản lý chất lượng:', 'Sở đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi cập nhật 14 quy trình giải quyết thủ tục hành chính mới. Nội dung này cơ bản hoàn thành.',
     'II.2.đ', 'completed', {}),
    ('d) Về góp ý tiêu chuẩn, quy chuẩn kỹ thuật:', 'Sở có ý kiến góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương gửi lấy ý kiến (lĩnh vực an toàn điện, hóa chất). Nội dung này cơ bản hoàn thành.',
     'II.2.e', 'completed', {'standards_reviewed': 3}),
    ('đ) Về cử công chức tham gia tập huấn:', 'Sở đã cử 04 công chức phòng Quản lý thương mại tham dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức; việc đăng ký đợt tập huấn quý IV mới bước đầu triển khai.',
     'II.3.a', 'in_progress', {'participants': 4})],
   ['Lực lượng quản lý thị trường không còn trực thuộc Sở, việc phối hợp kiểm tra liên ngành tại các xã xa trung tâm còn gặp khó khăn về lực lượng.',
    'Chưa có phương tiện đo kiểm tra nhanh chất lượng xăng dầu tại hiện trường.'],
   ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị bình chuẩn kim loại để đoàn kiểm tra liên ngành sử dụng tại hiện trường.',
    'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ danh sách cột đo xăng dầu đã kiểm định trên địa bàn để phục vụ kiểm tra.'],
   'Nguyễn Văn Phước')

h1('SYT_baocao_CT38_2026.docx', 'SO-YT', 'Sở Y tế', 'SỞ Y TẾ', '4512/BC-SYT', '2026-10-30',
   'Tình hình thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   ['Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Y tế báo cáo như sau:'],
   [('a) Về áp dụng, duy trì hệ thống quản lý chất lượng:', 'Sở Y tế tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Sở và các phòng chức năng; đã tổ chức đánh giá nội bộ 01 đợt vào tháng 8/2026. Đến nay nội dung này cơ bản hoàn thành.',
     'II.2.đ', 'completed', {}),
    ('b) Về góp ý tiêu chuẩn, quy chuẩn kỹ thuật:', 'Sở đã góp ý tổng cộng 03 văn bản dự thảo (02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và 01 dự thảo tiêu chuẩn quốc gia về nước sạch sinh hoạt) theo đề nghị của Bộ Y tế. Nội dung này cơ bản hoàn thành.',
     'II.2.e', 'completed', {'standards_reviewed': 3}),
    ('c) Về kiểm tra phương tiện đo dùng trong y tế:', 'Thanh tra Sở phối hợp Chi cục kiểm tra việc kiểm định phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế y học, máy X-quang) qua 03 cuộc kiểm tra tại 15 cơ sở khám bệnh, chữa bệnh tư nhân; chưa phát hiện vi phạm. Việc kiểm tra mới bước đầu triển khai, dự kiến mở rộng trong tháng 11/2026.',
     'II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 15}),
    ('d) Về cử cán bộ tham gia tập huấn chuyên môn:', 'Trong kỳ chưa có điều kiện triển khai do chưa nhận được thông báo chiêu sinh của Chi cục.',
     'II.3.a', 'not_started', {}),
    ('đ) Về khen thưởng, bảo vệ người tố giác vi phạm:', 'Trong kỳ không phát sinh.',
     'II.5.d', 'not_applicable', {})],
   ['Danh mục phương tiện đo nhóm 2 dùng trong y tế phải kiểm định còn thay đổi, các cơ sở y tế tư nhân chưa nắm rõ.'],
   ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức 01 lớp hướng dẫn về kiểm định phương tiện đo dùng trong y tế cho các cơ sở khám bệnh, chữa bệnh.'],
   'Tăng Chí Thượng')

h1('bao cao CT38 - So Xay dung.docx', 'SO-XD', 'Sở Xây dựng', 'SỞ XÂY DỰNG', '3307/BC-SXD', '2026-10-29',
   'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
   ['Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện 10 tháng năm 2026 như sau:'],
   [('a) Về góp ý quy chuẩn, tiêu chuẩn ngành xây dựng:', 'Sở đã tham gia góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng và an toàn cháy cho nhà và công trình do Bộ Xây dựng chủ trì soạn thảo. Nội dung này cơ bản hoàn thành.',
     'II.2.e', 'completed', {'standards_reviewed': 4}),
    ('b) Về kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường:', 'Sở đã thành lập 02 đoàn kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính xây dựng) tại 11 cơ sở sản xuất, kinh doanh; lấy 24 mẫu gửi thử nghiệm, trong đó 01 mẫu thép không đạt; xử phạt 01 cơ sở với số tiền 15.000.000 đồng. Nội dung này mới bước đầu triển khai, tiếp tục kiểm tra đợt 2 trong tháng 11/2026.',
     'II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 11, 'samples_tested': 24, 'violations': 1, 'fines_vnd': 15000000}),
    ('c) Về tuyên truyền:', 'Sở đăng tải 06 tin, bài hướng dẫn doanh nghiệp thực hiện chứng nhận hợp quy, công bố hợp quy sản phẩm vật liệu xây dựng trên trang thông tin điện tử. Nội dung này cơ bản hoàn thành.',
     'II.1.a', 'completed', {'communications': 6}),
    ('d) Về hệ thống quản lý chất lượng:', 'Sở tiếp tục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; việc chuyển sang vận hành trên môi trường điện tử mới bước đầu triển khai.',
     'II.2.đ', 'in_progress', {})],
   ['Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, kinh phí kiểm tra năm 2026 chưa được bố trí đủ.'],
   ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa có liên quan đến vật liệu xây dựng để phối hợp kiểm tra.'],
   'Lê Hoài Nam', lo=True)

h1('STC-BC-CT38.docx', 'SO-TC', 'Sở Tài chính', 'SỞ TÀI CHÍNH', '5126/BC-STC', '2026-10-26',
   'Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   ['Sở Tài chính nhận được đề nghị báo cáo của Sở Khoa học và Công nghệ; sau khi rà soát, Sở Tài chính báo cáo như sau:'],
   [('a) Về kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp:', 'Sở Tài chính đã thẩm định, tham mưu UBND Thành phố bố trí dự toán mua sắm trang thiết bị thử nghiệm, hiệu chuẩn cho Trung tâm Dịch vụ Phân tích thí nghiệm; đến ngày 15/10/2026 đơn vị đã giải ngân 1,25 tỷ đồng. Nội dung này đang tiếp tục triển khai.',
     'II.4.a', 'in_progress', {'budget_spent_vnd': 1250000000}),
    ('b) Về hệ thống quản lý chất lượng:', 'Sở đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 năm 2026, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền. Nội dung này cơ bản hoàn thành.',
     'II.2.đ', 'completed', {}),
    ('c) Về cử công chức tham gia tập huấn:', 'Sở đã cử 03 công chức tham dự lớp tập huấn cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 12/6/2026. Nội dung này cơ bản hoàn thành.',
     'II.3.a', 'completed', {'participants': 3}),
    ('d) Về khen thưởng người tố giác vi phạm:', 'Trong kỳ không phát sinh.', 'II.5.d', 'not_applicable', {})],
   ['Thủ tục mua sắm trang thiết bị chuyên dùng có giá trị lớn phải qua nhiều bước thẩm định, kéo dài thời gian giải ngân.'],
   ['Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm sớm hoàn thiện hồ sơ thanh toán các gói thầu để giải ngân kinh phí trong năm 2026.'],
   'Phạm Thị Thanh Hà')

h1('SGDDT_BC_chuyen_doi_so_Q3.docx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '3920/BC-SGDĐT', '2026-10-22',
   'Kết quả thực hiện Kế hoạch chuyển đổi số ngành Giáo dục và Đào tạo 9 tháng đầu năm 2026',
   ['Thực hiện Công văn của Sở Khoa học và Công nghệ về báo cáo tình hình chuyển đổi số, Sở Giáo dục và Đào tạo báo cáo như sau:'],
   [('a) Về học bạ số:', 'Đã triển khai học bạ số cho 100% trường tiểu học và trung học cơ sở; có 1.126 trường đã ký số học bạ. Nội dung này cơ bản hoàn thành.', None, None, None),
    ('b) Về cơ sở dữ liệu ngành:', 'Đồng bộ dữ liệu 1,68 triệu học sinh lên cơ sở dữ liệu của Bộ Giáo dục và Đào tạo; việc làm sạch dữ liệu mới bước đầu triển khai.', None, None, None),
    ('c) Về dịch vụ công trực tuyến:', 'Cung cấp 34 thủ tục hành chính trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt 92%. Nội dung này cơ bản hoàn thành.', None, None, None),
    ('d) Về đào tạo kỹ năng số cho giáo viên:', 'Tổ chức 12 lớp bồi dưỡng kỹ năng số cho 2.400 giáo viên cốt cán. Nội dung này đang tiếp tục triển khai.', None, None, None)],
   ['Hạ tầng mạng tại một số trường ở xã đảo, xã ngoại thành chưa đáp ứng.'],
   ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối nền tảng dữ liệu dùng chung của Thành phố.'],
   'Nguyễn Bảo Quốc', to='Sở Khoa học và Công nghệ (Phòng Chuyển đổi số)',
   rejected='Báo cáo chuyển đổi số ngành giáo dục gửi nhầm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.')

# ---------------------------------------------------------------- H3 Dung
def h3(file, uid, uname, head, title, intro, paras, diff, prop, tail, number, date, **kw):
    ents = [E(t, s, ind, kwd + ' — ' + txt) for (kwd, txt, t, s, ind) in paras]
    R(hand='H3', file=file, uid=uid, uname=uname, head=head, title=title, intro=intro,
      paras=[(a, b) for (a, b, *_ ) in paras], entries=ents, diff=diff, prop=prop, tail=tail,
      number=number, date=date, **kw)

def ward_head(name, number, date):
    return ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', f'{name.upper()}\tĐộc lập - Tự do - Hạnh phúc',
            f'Số: {number}\t' + dt(name.replace('PHƯỜNG ', '').title(), date)]

h3('27343_PhuongChoLon_BC_TDC.docx', '27343', 'Phường Chợ Lớn', ward_head('PHƯỜNG CHỢ LỚN', '412/BC-UBND', '2026-10-24'),
   'BÁO CÁO Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường',
   ['Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả thực hiện các nội dung phường được giao theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ, cụ thể:'],
   [('Cân đối chứng, kiểm tra cân tại chợ', 'Phường phối hợp Chi cục TĐC tổ chức 03 đợt kiểm tra đo lường tại chợ Bình Tây và chợ Kim Biên, kiểm tra 17 hộ kinh doanh, phát hiện 02 hộ sử dụng cân sai số vượt mức cho phép, đã xử phạt 7.500.000 đồng. Đợt đầu năm phường làm xong, đợt cuối năm đang làm dở, dự kiến xong trước 15/11.',
     'II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 7500000}),
    ('Tuyên truyền', 'Phát 09 tin trên hệ thống loa khu phố về quyền lợi người tiêu dùng khi mua hàng cân đong, phát tờ rơi tại hai chợ; làm xong.',
     'II.1.a', 'completed', {'communications': 9}),
    ('Tập huấn cho công chức', 'Phường cử 02 công chức Phòng Kinh tế dự lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng do Chi cục tổ chức tháng 7; làm xong.',
     'II.3.a', 'completed', {'participants': 2}),
    ('Khen thưởng người tố giác', 'Không có việc, trên địa bàn không có đơn thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.',
     'II.5.d', 'not_applicable', {})],
   ['Phòng Kinh tế chỉ có 01 công chức kiêm nhiệm theo dõi lĩnh vực đo lường, chất lượng.', 'Chợ Kim Biên chưa có cân đối chứng.'],
   ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ 01 cân đối chứng cho chợ Kim Biên.'],
   ['Nơi nhận: Sở KH&CN (Chi cục TĐC); Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Lâm Thị Kim Yến'],
   '412/BC-UBND', '2026-10-24')

h3('BayHien-CT38-2026.docx', '26983', 'Phường Bảy Hiền', ward_head('PHƯỜNG BẢY HIỀN', '356/BC-UBND', '2026-10-28'),
   'BÁO CÁO Công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch thực hiện Chỉ thị 38-CT/TW)',
   ['Phường Bảy Hiền báo cáo các việc đã làm trong năm như sau:'],
   [('Xăng dầu, nhãn hàng hóa', 'Phường chủ trì 02 cuộc kiểm tra liên ngành tại 14 cơ sở (05 cửa hàng xăng dầu, 09 cơ sở tạp hóa, mỹ phẩm) về đo lường và nhãn hàng hóa; phát hiện 03 trường hợp vi phạm nhãn, lập biên bản chuyển Chi cục xử lý. Đợt 3 còn đang làm dở.',
     'II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14, 'violations': 3}),
    ('Zalo, loa phát thanh', 'Đăng 04 bài trên trang Zalo OA của phường và phát thanh thường xuyên tại các khu phố về sử dụng cân, đo đúng quy định; việc này làm xong.',
     'II.1.a', 'completed', {'communications': 4}),
    ('Hướng dẫn hộ kinh doanh', 'Cán bộ phường hướng dẫn 26 hộ kinh doanh, doanh nghiệp nhỏ ghi nhãn hàng hóa và tự công bố sản phẩm; đang làm dở, tiếp tục trong quý IV.',
     'II.2.d', 'in_progress', {'enterprises_supported': 26}),
    ('Tập huấn', 'Chưa làm tới, Chi cục chưa mở lớp cho công chức phường trong năm.', 'II.3.a', 'not_started', {})],
   ['Hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi sau kiểm tra.'],
   ['Đề nghị Chi cục sớm mở lớp tập huấn nghiệp vụ cho công chức phường mới sáp nhập.'],
   ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Đoàn Văn Thắng'], '356/BC-UBND', '2026-10-28')

h3('PLaiThieu_baocao_TDC_nam2026.docx', '25966', 'Phường Lái Thiêu', ward_head('PHƯỜNG LÁI THIÊU', '289/BC-UBND', '2026-11-03'),
   'BÁO CÁO Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
   ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị 38-CT/TW, UBND phường Lái Thiêu báo cáo:'],
   [('Cân chợ Lái Thiêu', 'Phường phối hợp Chi cục kiểm tra 01 cuộc tại chợ Lái Thiêu, kiểm tra 21 hộ tiểu thương, 02 hộ vi phạm, phạt 3.000.000 đồng; làm xong.',
     'II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 3000000}),
    ('Ngày Đo lường Việt Nam', 'Đăng 06 tin, bài trên trang thông tin điện tử phường nhân ngày Đo lường Việt Nam 20/01, treo băng rôn tại trụ sở; làm xong.',
     'II.1.a', 'completed', {'communications': 6}),
    ('Giải thưởng chất lượng', 'Phường gửi thư mời, giới thiệu đến 08 doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia theo đề nghị của Chi cục; chưa có doanh nghiệp đăng ký. Việc này làm xong.',
     'II.1.b', 'completed', {'enterprises_supported': 8}),
    ('ISO của phường', 'Phường đang làm dở việc xây dựng lại Hệ thống quản lý chất lượng ISO 9001 sau khi sáp nhập, đã ban hành 36 quy trình.',
     'II.2.đ', 'in_progress', {}),
    ('Tố giác vi phạm', 'Không có việc.', 'II.5.d', 'not_applicable', {})],
   ['Sau sáp nhập, hồ sơ ISO của các phường cũ chưa được chuyển giao đầy đủ.'],
   ['Đề nghị Chi cục cử chuyên gia hướng dẫn xây dựng lại ISO 9001:2015 cho phường.'],
   ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Huỳnh Thanh Sang'], '289/BC-UBND', '2026-11-03')

def sk_head(room, number, date):
    return ['SỞ KHOA HỌC VÀ CÔNG NGHỆ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', f'{room}\tĐộc lập - Tự do - Hạnh phúc',
            f'Số: {number}\t' + dt('Thành phố Hồ Chí Minh', date)]

h3('VPS_baocao_phoi_hop_CT38.docx', 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', sk_head('VĂN PHÒNG SỞ', '118/BC-VP', '2026-10-20'),
   'BÁO CÁO Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
   ['Văn phòng Sở báo cáo các phần việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng:'],
   [('ISO 9001 của Sở', 'Văn phòng phối hợp Chi cục rà soát, cập nhật 27 quy trình nội bộ, tổ chức 01 lớp hướng dẫn áp dụng ISO điện tử cho 48 công chức các phòng; đã công bố lại Hệ thống tháng 9/2026, làm xong.',
     'II.2.đ', 'completed', {'training_courses': 1, 'participants': 48}),
    ('Hệ thống TTHC, Cổng một cửa', 'Văn phòng cùng Chi cục và Phòng Chuyển đổi số đề xuất 05 nội dung cải tiến phần mềm giải quyết thủ tục hành chính; phần kết nối Cổng một cửa quốc gia đang làm dở do chờ Bộ cấp tài khoản.',
     'II.2.h', 'in_progress', {}),
    ('Thiết bị cho Trung tâm', 'Văn phòng thẩm định, trình Giám đốc Sở phê duyệt kế hoạch lựa chọn nhà thầu mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm; đang làm dở.',
     'II.4.a', 'in_progress', {}),
    ('Khen thưởng, tố giác', 'Không có việc.', 'II.5.d', 'not_applicable', {})],
   ['Công chức phụ trách ISO của Văn phòng kiêm nhiệm nhiều việc.'],
   ['Đề nghị Chi cục gửi danh mục quy trình cần cập nhật trước ngày 15/12 để Văn phòng kịp trình ban hành.'],
   ['CHÁNH VĂN PHÒNG', '', 'Võ Thị Mỹ Dung'], '118/BC-VP', '2026-10-20', dh='Khó khăn', ph='Đề nghị')

h3('KTPC-BC-CT38-2026.docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', sk_head('PHÒNG KIỂM TRA – PHÁP CHẾ', '76/BC-KTPC', '2026-10-23'),
   'BÁO CÁO Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
   ['Phòng Kiểm tra – Pháp chế báo cáo như sau:'],
   [('Kiểm tra đột xuất', 'Phòng phối hợp Chi cục tham gia 05 cuộc kiểm tra đột xuất hàng hóa nhập khẩu, hàng đóng gói sẵn tại 32 cơ sở; 07 cơ sở vi phạm, tham mưu Giám đốc Sở ban hành quyết định xử phạt tổng số 86.000.000 đồng. Còn đang làm dở, quý IV tiếp tục.',
     'II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 32, 'violations': 7, 'fines_vnd': 86000000}),
    ('Góp ý văn bản', 'Phòng góp ý dự thảo Nghị định hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật sửa đổi và dự thảo Nghị định xử phạt vi phạm hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng; làm xong.',
     'II.2.c', 'completed', {}),
    ('Phương tiện nghiệp vụ', 'Phối hợp Chi cục rà soát 12 thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, đã gửi kiểm định, hiệu chuẩn 09 thiết bị; đang làm dở.',
     'II.4.b', 'in_progress', {'instruments_verified': 9}),
    ('Đơn tố giác', 'Tiếp nhận 02 đơn phản ánh gian lận đo lường tại cửa hàng xăng dầu, đã chuyển Chi cục xác minh; chưa có trường hợp đủ điều kiện khen thưởng. Phần tiếp nhận, xử lý đơn làm xong.',
     'II.5.d', 'completed', {})],
   ['Nhiều vụ việc phải chờ kết quả thử nghiệm mẫu nên thời hạn ra quyết định xử phạt bị kéo dài.'],
   ['Đề nghị Sở bố trí kinh phí thử nghiệm mẫu phục vụ kiểm tra đột xuất.'],
   ['TRƯỞNG PHÒNG', '', 'Nguyễn Thị Ngọc Hân'], '76/BC-KTPC', '2026-10-23', lo=True)

# ---------------------------------------------------------------- H2 Khoa
def h2(file, uid, uname, caps, number, date, title, rows, diff, prop, signer, sign, **kw):
    code2task = {int(c): t for c, t, _ in DM}
    ents = []
    if not kw.get('rejected'):
        for code, work, figs, stt, status, ids in rows:
            ind = {k: f[2] for k, f in zip(ids, figs) if k}
            ents.append(E(code2task[code], status, ind, work))
    R(hand='H2', file=file, uid=uid, uname=uname, unit_caps=caps, number=number, date=date,
      date_text=dt('TP. Hồ Chí Minh', date), title=title, rows=[(c, w, f, s) for c, w, f, s, *_ in rows],
      entries=ents, diff=diff, prop=prop, sign=sign, signer=signer, maker='Lê Minh Khoa', lo=True, **kw)

h2('ChiCucTDC_BC_CT38_2026.xlsx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
   'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '1235/BC-TĐC', '2026-10-30',
   'BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
   [(1, 'Tổ chức 05 lớp tập huấn VBQPPL về TC-ĐL-CL cho DN và 01 buổi tọa đàm với DN nhập khẩu (tháng 5)', [('Lớp tập huấn, tọa đàm', 'lớp', 6), ('Người tham dự', 'lượt', 640)], 'hoàn tất', 'completed', ['training_courses', 'participants']),
    (2, 'Gửi thư mời, hướng dẫn hồ sơ tham dự GTCLQG năm 2026', [('DN được hướng dẫn', 'DN', 14)], 'hoàn tất', 'completed', ['enterprises_supported']),
    (3, 'Hỗ trợ DN áp dụng công cụ cải tiến năng suất (CT 1322), truy xuất nguồn gốc (ĐA 100)', [('DN được hỗ trợ', 'DN', 22), ('Kinh phí đã giải ngân', 'đồng', 185000000)], 'đang tiến hành', 'in_progress', ['enterprises_supported', 'budget_spent_vnd']),
    (4, 'Thành lập Hội đồng sơ tuyển GTCLQG, đánh giá hồ sơ DN tham dự', [], 'đang tiến hành', 'in_progress', []),
    (6, 'Hướng dẫn DN công bố hợp chuẩn, hợp quy; tư vấn áp dụng ISO 9001, ISO 22000', [('DN được hướng dẫn', 'DN', 35)], 'đang tiến hành', 'in_progress', ['enterprises_supported']),
    (8, 'Góp ý dự thảo TCVN, QCVN của Bộ KH&CN và các Bộ', [('Dự thảo đã góp ý', 'văn bản', 7)], 'hoàn tất', 'completed', ['standards_reviewed']),
    (12, 'Lớp cập nhật kiến thức QLNN về TC-ĐL-CL cho công chức sở, ngành, phường, xã', [('Lớp', 'lớp', 3), ('Học viên', 'người', 310)], 'hoàn tất', 'completed', ['training_courses', 'participants']),
    (17, 'Kiểm định, hiệu chuẩn thiết bị kỹ thuật nghiệp vụ của Chi cục', [('Thiết bị đã KĐ/HC', 'chiếc', 48)], 'hoàn tất', 'completed', ['instruments_verified']),
    (19, 'Kiểm tra nhà nước về chất lượng, đo lường, nhãn hàng hóa (xăng dầu, LPG, mũ bảo hiểm, đồ chơi trẻ em)', [('Cuộc kiểm tra', 'cuộc', 21), ('Cơ sở được kiểm tra', 'cơ sở', 156), ('Cơ sở vi phạm', 'cơ sở', 18), ('Tiền phạt VPHC', 'đồng', 213500000)], 'đang tiến hành', 'in_progress', ['inspections', 'establishments_inspected', 'violations', 'fines_vnd']),
    (20, 'Khảo sát chất lượng xăng dầu, đồ chơi trẻ em, thép xây dựng', [('Mẫu khảo sát', 'mẫu', 120)], 'đang tiến hành', 'in_progress', ['samples_tested']),
    (21, 'Phối hợp UBND phường, xã kiểm tra đo lường tại chợ; hướng dẫn nội dung phân quyền', [('Cuộc kiểm tra phối hợp', 'cuộc', 9)], 'đang tiến hành', 'in_progress', ['inspections']),
    (24, 'Phối hợp APO về năng suất khu vực công', [], 'không có (chưa có yêu cầu)', 'not_applicable', [])],
   ['Biên chế Chi cục còn thiếu so với khối lượng công việc sau khi mở rộng địa bàn Thành phố.', 'Kinh phí khảo sát chất lượng chưa đáp ứng số lượng mẫu theo kế hoạch.'],
   ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.', 'Đề nghị UBND các phường, xã cử đầu mối theo dõi công tác TC-ĐL-CL.'],
   'Trần Quốc Bảo', 'CHI CỤC TRƯỞNG')

h2('TT_PTTN_CT38.xlsx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
   'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', '652/BC-TTPTTN', '2026-10-28',
   'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
   [(16, 'Mua sắm thiết bị thử nghiệm (máy sắc ký khí khối phổ, tủ vi khí hậu); nâng cấp phòng hiệu chuẩn áp suất', [('Kinh phí đã giải ngân', 'đồng', 2350000000)], 'đang tiến hành', 'in_progress', ['budget_spent_vnd']),
    (9, 'Mở rộng phạm vi công nhận ISO/IEC 17025; cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', [('Phương tiện đo được KĐ, HC', 'phương tiện', 18450), ('Mẫu thử nghiệm', 'mẫu', 3260)], 'đang tiến hành', 'in_progress', ['instruments_verified', 'samples_tested']),
    (18, 'Duy trì liên kết chuẩn; gửi chuẩn đi hiệu chuẩn tại Viện Đo lường Việt Nam', [('Chuẩn đã gửi hiệu chuẩn', 'chuẩn', 11)], 'hoàn tất', 'completed', ['instruments_verified']),
    (15, 'Đào tạo kiểm định viên, thực tập sinh các trường đại học', [('Khóa đào tạo', 'khóa', 2), ('Học viên', 'người', 95)], 'hoàn tất', 'completed', ['training_courses', 'participants'])],
   ['Thiết bị mới về chậm do thủ tục nhập khẩu.'],
   ['Đề nghị Sở ưu tiên bố trí vốn đối ứng năm 2027 cho dự án nâng cấp phòng thử nghiệm.'],
   'Đỗ Thanh Tùng', 'GIÁM ĐỐC')

h2('SoNNMT_bieu_CT38.xlsx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '7710/BC-SNNMT', '2026-10-31',
   'BIỂU TỔNG HỢP KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
   [(8, 'Góp ý 03 dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải', [('Dự thảo QCVN', 'văn bản', 3)], 'hoàn tất', 'completed', ['standards_reviewed']),
    (19, 'Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi lưu thông trên thị trường', [('Cuộc kiểm tra', 'cuộc', 4), ('Cơ sở được kiểm tra', 'cơ sở', 38), ('Mẫu lấy kiểm tra', 'mẫu', 52), ('Cơ sở vi phạm', 'cơ sở', 6), ('Tiền phạt', 'đồng', 48000000)], 'đang tiến hành', 'in_progress', ['inspections', 'establishments_inspected', 'samples_tested', 'violations', 'fines_vnd']),
    (7, 'Duy trì ISO 9001:2015 tại Văn phòng Sở và các Chi cục', [], 'hoàn tất', 'completed', []),
    (1, 'Tuyên truyền quy định về chất lượng vật tư nông nghiệp trên trang tin của Sở', [('Tin, bài', 'tin bài', 12)], 'hoàn tất', 'completed', ['communications']),
    (12, 'Cử công chức dự tập huấn của Chi cục TĐC', [], 'chưa tiến hành', 'not_started', [])],
   ['Nhiều cơ sở kinh doanh vật tư nông nghiệp nhỏ lẻ ở các xã ngoại thành chưa đăng ký kinh doanh.'],
   ['Đề nghị Chi cục TĐC mở lớp tập huấn riêng cho công chức ngành nông nghiệp tại các xã.'],
   'Trần Văn Hậu', 'KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC')

ATTP_DM = [('1', 'ATTP-1', 'Thanh tra, kiểm tra ATTP'), ('2', 'ATTP-2', 'Giám sát mối nguy, mẫu xét nghiệm nhanh'),
           ('3', 'ATTP-3', 'Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP'), ('4', 'ATTP-4', 'Thông tin, truyền thông ATTP'),
           ('5', 'ATTP-5', 'Điều tra ngộ độc thực phẩm')]
h2('SoATTP_bieu_ket_qua_9thang.xlsx', 'SO-ATTP', 'Sở An toàn thực phẩm', 'SỞ AN TOÀN THỰC PHẨM', '2214/BC-SATTP', '2026-10-15',
   'BIỂU KẾT QUẢ THỰC HIỆN CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 9 THÁNG NĂM 2026',
   [(1, 'Kiểm tra liên ngành Tết Nguyên đán, Tháng hành động vì ATTP', [('Đoàn kiểm tra', 'đoàn', 46), ('Cơ sở được kiểm tra', 'cơ sở', 3812), ('Tiền phạt', 'đồng', 1268000000)], 'hoàn tất', None, []),
    (2, 'Lấy mẫu xét nghiệm nhanh tại chợ đầu mối', [('Mẫu xét nghiệm nhanh', 'mẫu', 15420)], 'đang tiến hành', None, []),
    (3, 'Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP', [('Giấy chứng nhận', 'giấy', 1127)], 'đang tiến hành', None, []),
    (4, 'Truyền thông trên báo, đài về ATTP', [('Tin, bài, phóng sự', 'tin bài', 265)], 'hoàn tất', None, []),
    (5, 'Điều tra, xử lý vụ ngộ độc thực phẩm', [('Vụ ngộ độc', 'vụ', 4)], 'hoàn tất', None, [])],
   ['Lực lượng thanh tra chuyên ngành ATTP ở cấp xã còn mỏng.'],
   ['Đề nghị UBND Thành phố bổ sung kinh phí xét nghiệm mẫu giám sát năm 2027.'],
   'Phạm Khánh Phong Lan', 'GIÁM ĐỐC', dm=ATTP_DM,
   rejected='Biểu kết quả công tác an toàn thực phẩm 9 tháng gửi nhầm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.')

# ---------------------------------------------------------------- H4 Việt
def h4(file, uid, uname, caps, number, date, title, rows, diff, prop, sign, signer):
    ents = [E(t, s, {k: f[1] for k, f in zip(ids, figs)}, res) for (name, res, figs, stt, t, s, ids) in rows]
    R(hand='H4', file=file, uid=uid, uname=uname, unit_caps=caps, number=number, date=date,
      date_text=dt('Thành phố Hồ Chí Minh', date), title=title, rows=[r[:4] for r in rows], entries=ents,
      diff=diff, prop=prop, sign=sign, signer=signer, lo=True)

h4('P.CDS_bao_cao_CT38.xlsx', 'SKHCN-CDS', 'Phòng Chuyển đổi số', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ - PHÒNG CHUYỂN ĐỔI SỐ', '45/BC-CĐS', '2026-10-27',
   'Báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
   [('Cải tiến Hệ thống thông tin giải quyết TTHC về TC-ĐL-CL; kết nối Cổng một cửa quốc gia', 'Phối hợp Chi cục khảo sát, đề xuất 08 yêu cầu chức năng; thử nghiệm kết nối API với Cổng một cửa quốc gia', [], 'Còn tiếp tục', 'II.2.h', 'in_progress', []),
    ('Kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng', 'Hoàn thành đặc tả dữ liệu; chờ Ủy ban TĐC Quốc gia cấp quyền truy cập', [], 'Còn tiếp tục', 'II.2.i', 'in_progress', []),
    ('Tập huấn chuyên môn TC-ĐL-CL', 'Cử công chức dự tập huấn do Chi cục tổ chức', [('Công chức tham dự', 2, 'người')], 'Đã thực hiện xong', 'II.3.a', 'completed', ['participants']),
    ('Duy trì ISO 9001 trên môi trường điện tử', 'Chuyển toàn bộ hồ sơ ISO của Sở lên phần mềm ISO điện tử', [], 'Đã thực hiện xong', 'II.2.đ', 'completed', [])],
   ['Chưa có hướng dẫn kỹ thuật chính thức về chuẩn kết nối với CSDL quốc gia về TC-ĐL-CL.'],
   ['Đề nghị Chi cục làm đầu mối liên hệ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia để sớm được cấp tài khoản kết nối.'],
   'TRƯỞNG PHÒNG', 'Đặng Quốc Việt')

h4('PhongQLKH_CT38_2026.xlsx', 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ - PHÒNG QUẢN LÝ KHOA HỌC', '203/BC-QLKH', '2026-10-29',
   'Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
   [('Thu hút chuyên gia, nhà khoa học lĩnh vực TC-ĐL-CL (NQ 27/2023, QĐ 05/2026)', 'Đã thông báo nhu cầu thu hút; tiếp nhận 02 hồ sơ chuyên gia đo lường, đang thẩm định', [], 'Còn tiếp tục', 'II.3.c', 'in_progress', []),
    ('Phối hợp khóa bồi dưỡng năng suất, chất lượng', 'Phối hợp Chi cục tổ chức khóa bồi dưỡng chuyên gia năng suất nội bộ', [('Khóa bồi dưỡng', 1, 'khóa'), ('Học viên', 45, 'người')], 'Đã thực hiện xong', 'II.3.b', 'completed', ['training_courses', 'participants']),
    ('Tuyên truyền', 'Đưa tin về các nhiệm vụ KH&CN liên quan đo lường, chất lượng trên bản tin Sở', [('Tin, bài', 5, 'tin')], 'Đã thực hiện xong', 'II.1.a', 'completed', ['communications']),
    ('Hợp tác APO về năng suất khu vực công', 'Chưa có yêu cầu từ Ủy ban TĐC Quốc gia', [], 'Không phát sinh', 'II.6.b', 'not_applicable', [])],
   ['Mức hỗ trợ thu hút chuyên gia chưa đủ hấp dẫn so với khu vực doanh nghiệp.'],
   ['Đề nghị Chi cục đề xuất danh mục vị trí chuyên gia cần thu hút để Phòng tổng hợp trình Sở.'],
   'KT. TRƯỞNG PHÒNG - PHÓ TRƯỞNG PHÒNG', 'Bùi Thị Thu Hương')

h4('TTCNTT-DKG_BC_CT38.xlsx', 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', '389/BC-TTCNTT', '2026-10-26',
   'Báo cáo kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
   [('Kết nối CSDL quốc gia về TC-ĐL-CL', 'Bố trí hạ tầng máy chủ, đường truyền; nâng cấp hệ thống lưu trữ; thử nghiệm đồng bộ dữ liệu mẫu', [('Kinh phí đã giải ngân', 412500000, 'đồng')], 'Còn tiếp tục', 'II.2.i', 'in_progress', ['budget_spent_vnd']),
    ('Tuyên truyền trên Cổng thông tin', 'Đăng tin, bài về Ngày Đo lường Việt Nam, Ngày Tiêu chuẩn thế giới trên Cổng thông tin điện tử Sở', [('Tin, bài', 15, 'tin')], 'Đã thực hiện xong', 'II.1.a', 'completed', ['communications']),
    ('Tập huấn chuyên môn', 'Chưa cử viên chức tham dự do trùng lịch', [], 'Chưa thực hiện', 'II.3.a', 'not_started', [])],
   ['Dữ liệu đo lường từ các đơn vị chưa chuẩn hóa định dạng.'],
   ['Đề nghị Chi cục ban hành danh mục trường dữ liệu thống nhất.'],
   'GIÁM ĐỐC', 'Lương Văn Tài')
