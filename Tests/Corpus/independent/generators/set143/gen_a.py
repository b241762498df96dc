# -*- coding: utf-8 -*-
"""Hand A - ông Nguyễn Văn Thạnh, công chức Kinh tế - Văn hóa xã hội lâu năm ở phường/xã.
Long narrative, 'I. ĐẶC ĐIỂM TÌNH HÌNH' full of ward statistics and the whole term,
each paragraph opens with last year / the term, quoted targets ("phấn đấu ..."),
and one status sentence 'Những việc nêu trên ...' closing a cluster of paragraphs."""
from gen_common import *

FILES = []


def a_doc(fname, unit_upper, place, so, date_words, title2, intro, body, diffs, props, signer, kt=True):
    d = new_doc('Times New Roman', 14, margins=(2, 2, 3, 2))
    header_block(d, [('ỦY BAN NHÂN DÂN', ''), (unit_upper, 'b'), ('', ''), ('Số: ' + so, '')],
                 [(QH, 'b'), (DL, 'bu'), ('', ''), (place + ', ' + date_words, 'i')], size=13)
    para(d, '')
    para(d, 'BÁO CÁO', b=True, align='c', after=0)
    para(d, title2, b=True, align='c', after=12)
    for t in intro:
        para(d, t, align='j', indent=1.25, after=6)
    for kind, t in body:
        if kind == 'H':
            para(d, t, b=True, align='j', indent=1.25, after=6, before=6)
        elif kind == 'h':
            para(d, t, b=True, i=True, align='j', indent=1.25, after=6)
        else:
            para(d, t, align='j', indent=1.25, after=6)
    if diffs:
        para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC', b=True, indent=1.25, after=6, before=6)
        for x in diffs:
            para(d, '- ' + x, align='j', indent=1.25, after=4)
    if props:
        para(d, 'IV. ĐỀ XUẤT, KIẾN NGHỊ', b=True, indent=1.25, after=6, before=6)
        for x in props:
            para(d, '- ' + x, align='j', indent=1.25, after=4)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + unit_upper.split(' ',1)[0].lower() + ' ' + unit_upper.split(' ',1)[1].title() + ' kính gửi Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) tổng hợp./.',
         align='j', indent=1.25, after=12)
    t = d.add_table(rows=1, cols=2)
    c = t.rows[0].cells[0]
    cell_text(c, 'Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC;\n- TT. Đảng ủy, TT. HĐND;\n- CT, các PCT UBND;\n- Lưu: VT, KT.', size=11)
    c.paragraphs[0].runs[0].bold = True
    c.paragraphs[0].runs[0].italic = True
    lines = ('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' if kt else 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH') + '\n\n\n\n' + signer
    cell_text(t.rows[0].cells[1], lines, b=True, align='c', size=13)
    d.save(os.path.join(OUT, fname))


# ------------------------------------------------------------------ 1. Phường Bà Rịa
def f1():
    fn = '26560_BaRia_BC_CT38_2026.docx'
    p_tt = ('Năm 2025, phường đã đăng tải 18 tin, bài trên Trang thông tin điện tử và phối hợp Đài truyền thanh '
            'thực hiện 02 chuyên mục về “Cân đúng – Bán đúng”. Phát huy kết quả đó, từ đầu năm 2026 đến nay phường '
            'phát 24 tin, bài trên hệ thống truyền thanh của 34 khu phố và đăng 09 tin, bài trên Trang thông tin điện tử '
            'phường, tổng cộng 33 tin, bài tuyên truyền về Chỉ thị số 38-CT/TW, về ghi nhãn hàng hóa và sử dụng cân '
            'đúng quy định. Ngày 18/4/2026, phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi tập '
            'huấn phổ biến Luật Đo lường và các văn bản hướng dẫn cho 85 hộ kinh doanh tại chợ Bà Rịa và chợ Long Toàn.')
    p_cb = ('Cả nhiệm kỳ 2020 – 2025, phường (kể cả các phường cũ) đã cử 37 lượt cán bộ, công chức tham dự các lớp '
            'tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng. Kế hoạch số 58/KH-UBND của phường đặt chỉ tiêu '
            '“phấn đấu 100% công chức phụ trách lĩnh vực kinh tế được tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất '
            'lượng”. Năm 2026, phường cử 06 công chức (Phòng Kinh tế, Bộ phận một cửa) tham dự lớp tập huấn nghiệp vụ '
            'quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cấp xã do Chi cục tổ chức ngày 16/5/2026, đạt chỉ tiêu đề ra.')
    p_done = 'Những việc nêu trên tại mục 2 và mục 3, đến nay phường đã làm xong.'
    p_kt = ('Năm 2025, phường tổ chức 11 cuộc kiểm tra tại 94 cơ sở, xử phạt 9 trường hợp với số tiền 41.500.000 đồng. '
            'Năm 2026, thực hiện nội dung được phân quyền về quản lý nhà nước đối với đo lường, chất lượng hàng hóa, '
            'UBND phường kiện toàn Tổ kiểm tra liên ngành, đã tiến hành 07 cuộc kiểm tra tại 52 cơ sở (trong đó 27 cửa '
            'hàng xăng dầu và 25 cơ sở kinh doanh tại chợ), phát hiện 05 cơ sở vi phạm (sai số cân vượt mức cho phép, '
            'hàng hóa không ghi nhãn đầy đủ), ra quyết định xử phạt vi phạm hành chính 04 trường hợp với tổng số tiền '
            '18.750.000 đồng, nhắc nhở 01 trường hợp. Chỉ tiêu “phấn đấu 100% cửa hàng xăng dầu trên địa bàn được kiểm '
            'tra ít nhất 01 lần trong năm” đã đạt.')
    p_mau = ('Bên cạnh đó, phường phối hợp Đoàn của Chi cục Tiêu chuẩn Đo lường Chất lượng khảo sát chất lượng xăng dầu, '
             'lấy 12 mẫu xăng RON 95, E5 RON 92 và dầu DO tại các cửa hàng trên địa bàn để thử nghiệm; kết quả sẽ được '
             'Chi cục thông báo sau.')
    p_ip = 'Những việc nêu trên, phường vẫn đang tiếp tục thực hiện đến cuối năm 2026.'
    p_iso = ('Từ năm 2019, các phường cũ đã xây dựng và áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015. '
             'Sau sắp xếp, năm 2026 phường rà soát, cập nhật lại 112 quy trình giải quyết thủ tục hành chính, tổ chức '
             'đánh giá nội bộ và công bố lại hệ thống quản lý chất lượng vào tháng 9/2026. Nội dung này đã hoàn thành.')
    body = [
        ('H', 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
        ('p', 'Phường Bà Rịa được sắp xếp từ 04 phường cũ, diện tích tự nhiên 21,6 km², dân số khoảng 118.400 người, '
              'được chia thành 34 khu phố. Trên địa bàn có 3.412 hộ kinh doanh cá thể, 612 doanh nghiệp đang hoạt động, '
              '04 chợ truyền thống, 01 trung tâm thương mại và 27 cửa hàng kinh doanh xăng dầu. Chín tháng năm 2026, thu '
              'ngân sách trên địa bàn đạt 104,2% dự toán; phường cấp mới 417 giấy chứng nhận đăng ký hộ kinh doanh.'),
        ('p', 'Trong nhiệm kỳ 2020 – 2025, dưới sự lãnh đạo của Đảng ủy, công tác quản lý nhà nước về tiêu chuẩn, đo lường, '
              'chất lượng trên địa bàn có nhiều chuyển biến: đã tổ chức 46 cuộc kiểm tra liên ngành, xử phạt tổng số tiền '
              '386.500.000 đồng; 04/04 chợ được công nhận “chợ văn minh thương mại”; không để xảy ra điểm nóng về gian lận '
              'đo lường.'),
        ('H', 'II. KẾT QUẢ THỰC HIỆN'),
        ('h', '1. Công tác lãnh đạo, chỉ đạo'),
        ('p', 'Ngay sau khi nhận được Kế hoạch của Sở Khoa học và Công nghệ, UBND phường ban hành Kế hoạch số 58/KH-UBND '
              'ngày 12/3/2026 triển khai thực hiện trên địa bàn, giao Phòng Kinh tế làm đầu mối, phân công nhiệm vụ cụ thể '
              'cho Ban quản lý các chợ và các khu phố.'),
        ('h', '2. Công tác tuyên truyền, phổ biến'),
        ('p', p_tt),
        ('h', '3. Công tác bồi dưỡng cán bộ'),
        ('p', p_cb),
        ('p', p_done),
        ('h', '4. Công tác kiểm tra, phối hợp kiểm tra'),
        ('p', p_kt),
        ('p', p_mau),
        ('p', p_ip),
        ('h', '5. Áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính'),
        ('p', p_iso),
    ]
    diffs = ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc nên việc theo dõi, tổng hợp còn chậm.',
             'Phường chưa được trang bị bộ quả cân chuẩn và thiết bị kiểm tra nhanh, việc kiểm tra cân tại chợ phải chờ Chi cục hỗ trợ.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại Ban quản lý chợ Bà Rịa.',
             'Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn chuyên sâu về xử phạt vi phạm hành chính lĩnh vực đo lường cho công chức phường, xã.']
    a_doc(fn, 'PHƯỜNG BÀ RỊA', 'Bà Rịa', '312/BC-UBND', 'ngày 24 tháng 10 năm 2026',
          'Kết quả triển khai thực hiện Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026',
          ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và văn bản đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Bà Rịa báo cáo kết quả thực hiện như sau:'],
          body, diffs, props, 'Trần Quốc Hưng')
    entries = [
        ('II.1.a', 'completed', {'communications': 33, 'training_courses': 1, 'participants': 85}, p_tt),
        ('II.3.a', 'completed', {'participants': 6}, p_cb),
        ('II.5.c', 'in_progress', {'inspections': 7, 'establishments_inspected': 52, 'violations': 5, 'fines_vnd': 18750000}, p_kt),
        ('II.5.b', 'in_progress', {'samples_tested': 12}, p_mau),
        ('II.2.đ', 'completed', {}, p_iso),
    ]
    FILES.append((fn, '26560', 'Phường Bà Rịa', '312/BC-UBND', '2026-10-24', entries, diffs, props, None))


# ------------------------------------------------------------------ 2. Xã Bình Giã
def f2():
    fn = 'BinhGia_baocao_CT38_nam2026.docx'
    p_tt = ('Năm 2024 và năm 2025, Đài truyền thanh xã lần lượt phát 10 và 13 tin, bài về tiêu chuẩn, đo lường, chất lượng. '
            'Năm 2026, xã đã phát 16 tin, bài trên Đài truyền thanh xã, lồng ghép nội dung Chỉ thị số 38-CT/TW vào các '
            'buổi sinh hoạt ấp; niêm yết thông tin về cân đối chứng tại chợ Bình Giã.')
    p_gt = ('Hưởng ứng Giải thưởng Chất lượng Quốc gia, xã đã vận động, hướng dẫn 03 hợp tác xã, doanh nghiệp trên địa bàn '
            '(Hợp tác xã Nông nghiệp Bình Giã, Công ty TNHH Tiêu Xanh, Hợp tác xã Cà phê Quảng Thành) tìm hiểu tiêu chí và '
            'thủ tục tham dự Giải thưởng.')
    p_done = 'Hai việc nêu trên xã đã thực hiện xong.'
    p_kt = ('Giai đoạn 2021 – 2025, các xã cũ đã tổ chức 19 cuộc kiểm tra về đo lường, chất lượng xăng dầu, phân bón. '
            'Năm 2026, thực hiện nội dung được phân quyền, UBND xã tổ chức 04 cuộc kiểm tra tại 31 cơ sở (09 cửa hàng '
            'xăng dầu, 22 cơ sở kinh doanh vật tư nông nghiệp), phát hiện 02 cơ sở vi phạm về ghi nhãn phân bón, đã '
            'lập biên bản chuyển Chi cục Tiêu chuẩn Đo lường Chất lượng xử lý theo thẩm quyền. Kế hoạch của xã đề ra '
            '“phấn đấu kiểm tra 100% cửa hàng xăng dầu”, đến nay đã đạt.')
    p_cb = ('Năm 2026, xã cử 03 công chức (Văn phòng HĐND – UBND, Phòng Kinh tế) tham dự lớp tập huấn nghiệp vụ về '
            'tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức; dự kiến tiếp tục cử công chức dự lớp chuyên '
            'sâu trong Quý IV.')
    p_ip = 'Các việc tại mục 3 và mục 4 nêu trên, xã đang tiếp tục triển khai.'
    p_td = ('Đối với công tác khen thưởng, bảo vệ người tố giác vi phạm: năm 2026 trên địa bàn xã không phát sinh trường hợp '
            'tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.')
    body = [
        ('H', 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
        ('p', 'Xã Bình Giã là xã thuần nông, kinh tế chủ yếu dựa vào cây cao su, hồ tiêu, cà phê; dân số khoảng 36.200 người '
              'với 21 ấp. Trên địa bàn có 1.120 hộ kinh doanh, 02 chợ, 09 cửa hàng xăng dầu và 22 cơ sở kinh doanh vật tư '
              'nông nghiệp. Giai đoạn 2021 – 2025, xã được công nhận đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân '
              'đầu người năm 2025 đạt 78 triệu đồng/người/năm.'),
        ('H', 'II. KẾT QUẢ THỰC HIỆN'),
        ('h', '1. Công tác chỉ đạo'),
        ('p', 'UBND xã ban hành Kế hoạch số 37/KH-UBND ngày 20/3/2026, giao Phòng Kinh tế tham mưu triển khai.'),
        ('h', '2. Tuyên truyền, vận động'),
        ('p', p_tt),
        ('p', p_gt),
        ('p', p_done),
        ('h', '3. Kiểm tra theo nội dung được phân quyền'),
        ('p', p_kt),
        ('h', '4. Bồi dưỡng công chức'),
        ('p', p_cb),
        ('p', p_ip),
        ('h', '5. Khen thưởng, bảo vệ người tố giác'),
        ('p', p_td),
    ]
    diffs = ['Cơ sở kinh doanh vật tư nông nghiệp phân tán ở các ấp xa, lực lượng kiểm tra của xã mỏng, chưa có phương tiện đi lại riêng.',
             'Công chức phụ trách chưa được hướng dẫn cụ thể về thẩm quyền xử phạt của Chủ tịch UBND xã trong lĩnh vực chất lượng sản phẩm, hàng hóa.']
    props = ['Đề nghị Chi cục ban hành tài liệu hướng dẫn nghiệp vụ kiểm tra, xử phạt dành riêng cho cấp xã.']
    a_doc(fn, 'XÃ BÌNH GIÃ', 'Bình Giã', '145/BC-UBND', 'ngày 21 tháng 10 năm 2026',
          'Kết quả thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
          ['Căn cứ Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Bình Giã báo cáo như sau:'],
          body, diffs, props, 'Lê Văn Tâm')
    entries = [
        ('II.1.a', 'completed', {'communications': 16}, p_tt),
        ('II.1.b', 'completed', {'enterprises_supported': 3}, p_gt),
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 2}, p_kt),
        ('II.3.a', 'in_progress', {'participants': 3}, p_cb),
        ('II.5.d', 'not_applicable', {}, p_td),
    ]
    FILES.append((fn, '26590', 'Xã Bình Giã', '145/BC-UBND', '2026-10-21', entries, diffs, props, None))


# ------------------------------------------------------------------ 3. Phường Lái Thiêu
def f3():
    fn = 'LaiThieu-BC-chi-thi-38.docx'
    p_tt = ('Năm 2025, phường Lái Thiêu (cũ) tổ chức 02 hội nghị tuyên truyền với khoảng 200 đại biểu. Năm 2026, phường tổ '
            'chức 01 hội nghị phổ biến Chỉ thị số 38-CT/TW và các quy định về nhãn hàng hóa, công bố hợp quy cho 120 đại '
            'biểu là chủ doanh nghiệp, hộ kinh doanh trên địa bàn; đăng 12 tin, bài trên Trang thông tin điện tử và nhóm '
            'Zalo của các khu phố.')
    p_dn = ('Với thế mạnh là địa bàn tập trung nhiều doanh nghiệp chế biến gỗ, gốm sứ, phường đã giới thiệu 07 doanh nghiệp '
            'đăng ký tham gia chương trình hỗ trợ xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 22000 của Chi '
            'cục Tiêu chuẩn Đo lường Chất lượng. Mục tiêu của phường là “phấn đấu đến năm 2030 có 50% doanh nghiệp sản xuất '
            'trên địa bàn áp dụng hệ thống quản lý tiên tiến”.')
    p_done = 'Những việc nêu trên phường đã làm xong trong Quý III/2026.'
    p_kt = ('Cả giai đoạn 2021 – 2025 phường đã kiểm tra 214 lượt cơ sở. Năm 2026, phường tổ chức 05 cuộc kiểm tra tại 38 cơ '
            'sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng và hàng đóng gói sẵn; phát hiện 03 cơ sở vi phạm, xử phạt '
            '12.000.000 đồng. Việc kiểm tra còn đang làm, dự kiến thêm 02 cuộc trong tháng 11 và 12/2026.')
    p_iso = ('Về hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan: phường đang rà soát, chuyển đổi các quy '
             'trình sang môi trường điện tử, chưa xong.')
    body = [
        ('H', 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
        ('p', 'Phường Lái Thiêu có dân số khoảng 165.300 người, trong đó gần 40% là người lao động từ nơi khác đến. Trên địa bàn '
              'có 2.845 doanh nghiệp, 6.120 hộ kinh doanh, 03 chợ và 31 cửa hàng xăng dầu. Năm 2025, giá trị sản xuất công '
              'nghiệp trên địa bàn tăng 8,6%; năm 2026 phường phấn đấu tăng 9%.'),
        ('H', 'II. KẾT QUẢ THỰC HIỆN'),
        ('h', '1. Tuyên truyền, phổ biến'),
        ('p', p_tt),
        ('h', '2. Hỗ trợ doanh nghiệp'),
        ('p', p_dn),
        ('p', p_done),
        ('h', '3. Kiểm tra, xử lý vi phạm'),
        ('p', p_kt),
        ('h', '4. Cải cách hành chính gắn với ISO'),
        ('p', p_iso),
    ]
    diffs = ['Nhiều doanh nghiệp nhỏ chưa quan tâm đến việc áp dụng hệ thống quản lý chất lượng do chi phí tư vấn, chứng nhận cao.',
             'Việc phối hợp lấy mẫu kiểm tra chất lượng hàng hóa phụ thuộc lịch của Chi cục nên chưa chủ động.']
    props = ['Kiến nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn phường áp dụng ISO 9001.',
             'Đề nghị Chi cục cung cấp danh sách doanh nghiệp đã được hỗ trợ để phường theo dõi.']
    a_doc(fn, 'PHƯỜNG LÁI THIÊU', 'Lái Thiêu', '278/BC-UBND', 'ngày 28 tháng 10 năm 2026',
          'Tình hình thực hiện Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026',
          ['Thực hiện văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Lái Thiêu báo cáo như sau:'],
          body, diffs, props, 'Nguyễn Thị Kim Loan')
    entries = [
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 120, 'communications': 12}, p_tt),
        ('II.2.d', 'completed', {'enterprises_supported': 7}, p_dn),
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 38, 'violations': 3, 'fines_vnd': 12000000}, p_kt),
        ('II.2.đ', 'in_progress', {}, p_iso),
    ]
    FILES.append((fn, '25966', 'Phường Lái Thiêu', '278/BC-UBND', '2026-10-28', entries, diffs, props, None))


# ------------------------------------------------------------------ 4. Xã Hồ Tràm (mistaken: giảm nghèo)
def f4():
    fn = 'HoTram_BC_2026.docx'
    body = [
        ('H', 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
        ('p', 'Xã Hồ Tràm có 16 ấp, dân số khoảng 41.800 người. Đầu năm 2026, toàn xã có 214 hộ nghèo (tỷ lệ 1,9%) và 356 hộ '
              'cận nghèo theo chuẩn nghèo đa chiều của Thành phố giai đoạn 2026 – 2030.'),
        ('p', 'Trong giai đoạn 2021 – 2025, xã đã giảm được 612 hộ nghèo, vượt 8% chỉ tiêu Nghị quyết Đại hội đề ra.'),
        ('H', 'II. KẾT QUẢ THỰC HIỆN'),
        ('h', '1. Hỗ trợ tín dụng ưu đãi'),
        ('p', 'Năm 2026, Ngân hàng Chính sách xã hội giải ngân cho 187 lượt hộ nghèo, cận nghèo vay vốn với tổng số tiền 9,6 tỷ '
              'đồng; kế hoạch đề ra “phấn đấu 100% hộ nghèo có nhu cầu được vay vốn”, đến nay đã đạt.'),
        ('h', '2. Hỗ trợ nhà ở, y tế, giáo dục'),
        ('p', 'Xây mới, sửa chữa 12 căn nhà tình thương; cấp 1.046 thẻ bảo hiểm y tế cho người thuộc hộ nghèo, cận nghèo; miễn, '
              'giảm học phí cho 438 học sinh.'),
        ('p', 'Những việc nêu trên xã đã làm xong.'),
        ('h', '3. Đào tạo nghề, giải quyết việc làm'),
        ('p', 'Phối hợp mở 05 lớp dạy nghề ngắn hạn (chế biến hải sản, may công nghiệp) cho 163 lao động; giới thiệu việc làm cho '
              '95 lao động thuộc hộ nghèo. Việc này xã vẫn đang tiếp tục thực hiện.'),
    ]
    a_doc(fn, 'XÃ HỒ TRÀM', 'Hồ Tràm', '151/BC-UBND', 'ngày 20 tháng 10 năm 2026',
          'Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã năm 2026',
          ['Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố về việc báo cáo kết quả công tác giảm nghèo bền vững năm 2026, Ủy ban nhân dân xã Hồ Tràm báo cáo như sau:'],
          body,
          ['Một số hộ nghèo thuộc diện già yếu, neo đơn, không có khả năng lao động nên khó thoát nghèo.'],
          ['Đề nghị Thành phố tiếp tục bố trí nguồn vốn xây dựng nhà tình thương cho hộ nghèo.'],
          'Phạm Văn Sáu', kt=False)
    FILES.append((fn, '26620', 'Xã Hồ Tràm', '151/BC-UBND', '2026-10-20', [], [], [],
                  'Báo cáo về Chương trình mục tiêu quốc gia giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).'))


def build():
    f1(); f2(); f3(); f4()
    return FILES
