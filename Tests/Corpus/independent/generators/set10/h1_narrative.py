# Hand H1 — "chị Ngọc" (large-department narrative by the department's own themes)
import os
from common import *

SEC = 'h1'


def doc_head(d, parent, org, so, place_date, title, kg):
    header_block(d, [(parent, False, False), (org, True, False), ('', False, False), (so, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('', False, False), (place_date, False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, title, bold=True, align='c')
    para(d, kg, align='c')


def body(d, text, indent=1.0):
    return para(d, text, align='j', indent=indent, space_after=6)


def head(d, text):
    return para(d, text, bold=True, align='j', space_after=6)


def sign(d, lines, name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.paragraphs[0].text = ''
    r = c.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for x in lines:
        p = c.add_paragraph(); rr = p.add_run(x); rr.font.size = Pt(11); p.paragraph_format.space_after = Pt(0)
    c = t.cell(0, 1); c.paragraphs[0].text = ''
    for n, x in enumerate(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', name]):
        p = c.paragraphs[0] if n == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(x); rr.bold = True


TITLE = 'Kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW của Ban Bí thư'


# ---------------- File 1: Sở An toàn thực phẩm ----------------
def f1():
    fn = 'so-attp-bc-tdc-2026.docx'
    d = base_doc()
    doc_head(d, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH'.split('\n')[0] + ' THÀNH PHỐ HỒ CHÍ MINH',
             'SỞ AN TOÀN THỰC PHẨM', 'Số: 1187/BC-SATTP',
             'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026', TITLE,
             'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.')
    body(d, 'Thực hiện Công văn số 2415/SKHCN-TĐC ngày 15 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở An toàn thực phẩm báo cáo như sau:')
    head(d, 'I. BỐI CẢNH VÀ ĐẶC ĐIỂM TÌNH HÌNH')
    body(d, 'Năm 2026 là năm thứ hai Sở An toàn thực phẩm vận hành theo mô hình tổ chức mới sau sắp xếp. Trên địa bàn Thành phố hiện có khoảng 152 nghìn cơ sở sản xuất, kinh doanh thực phẩm, trong đó phần lớn là hộ kinh doanh nhỏ lẻ, chợ truyền thống và bếp ăn tập thể. Chất lượng thực phẩm bao gói sẵn, phụ gia và nhãn hàng hóa tiếp tục là những vấn đề được người tiêu dùng quan tâm; tình trạng quảng cáo, kinh doanh thực phẩm bảo vệ sức khỏe qua mạng xã hội diễn biến phức tạp.')
    head(d, 'II. NHỮNG KẾT QUẢ NỔI BẬT')
    head(d, '1. Truyền thông về chất lượng và an toàn thực phẩm')
    body(d, 'Sở đã chủ động đổi mới hình thức truyền thông theo hướng số hóa. Trong năm, Sở đã thực hiện 42 tin, bài, phóng sự về chất lượng, nhãn hàng hóa và an toàn thực phẩm đăng tải trên Cổng thông tin điện tử của Sở, báo, đài Thành phố và mạng xã hội (năm 2025 là 31 tin, bài). Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 hội nghị phổ biến quy định về ghi nhãn hàng hóa, tự công bố sản phẩm cho doanh nghiệp, với 415 lượt đại biểu tham dự. Nội dung này đã hoàn thành theo kế hoạch.')
    head(d, '2. Giám sát chất lượng thực phẩm lưu thông trên thị trường')
    body(d, 'Công tác giám sát được duy trì thường xuyên theo kế hoạch giám sát mối nguy năm 2026. Đến ngày 31/10/2026, Sở đã lấy 1.436 mẫu thực phẩm để kiểm nghiệm, giám sát chất lượng, trong đó tỷ lệ mẫu đạt là 97,2%, tăng 15% số mẫu so với cùng kỳ. Kết quả giám sát được thông tin kịp thời tới các đoàn kiểm tra và công khai các sản phẩm không đạt. Nhiệm vụ tiếp tục được thực hiện đến hết năm.')
    head(d, '3. Thanh tra, kiểm tra và xử lý vi phạm')
    body(d, 'Sở đã thành lập 38 đoàn kiểm tra chuyên ngành và liên ngành (năm 2025 là 29 đoàn), tiến hành kiểm tra 2.904 cơ sở sản xuất, kinh doanh thực phẩm; phát hiện và xử lý 211 cơ sở vi phạm, với tổng số tiền xử phạt vi phạm hành chính là 2.137.500.000 đồng. Các hành vi vi phạm chủ yếu là ghi nhãn không đúng quy định, không thực hiện tự công bố sản phẩm, sử dụng phụ gia ngoài danh mục. Trong đó, riêng Đợt cao điểm Tết Trung thu đã kiểm tra 318 cơ sở. Công tác kiểm tra đang tiếp tục triển khai trong Quý IV/2026.')
    head(d, '4. Hỗ trợ, hướng dẫn doanh nghiệp')
    body(d, 'Bộ phận một cửa của Sở đã hướng dẫn 356 tổ chức, cá nhân thực hiện thủ tục tự công bố sản phẩm, đăng ký bản công bố và áp dụng các hệ thống quản lý an toàn thực phẩm tiên tiến (HACCP, ISO 22000). Số hồ sơ tự công bố tiếp nhận qua hệ thống trực tuyến chiếm trên 90%. Hoạt động hỗ trợ được thực hiện thường xuyên, đang tiếp tục triển khai.')
    head(d, 'III. TỒN TẠI, HẠN CHẾ')
    body(d, 'Bên cạnh kết quả đạt được, công tác quản lý còn một số khó khăn, vướng mắc:')
    dif = ['Lực lượng làm công tác thanh tra, kiểm tra chuyên ngành còn mỏng so với số lượng cơ sở trên địa bàn rộng sau sắp xếp.',
           'Chi phí kiểm nghiệm mẫu cao, kinh phí giám sát được giao chưa đáp ứng nhu cầu lấy mẫu.']
    for x in dif: body(d, '- ' + x)
    head(d, 'IV. KIẾN NGHỊ')
    pro = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả khảo sát chất lượng sản phẩm, hàng hóa để phục vụ công tác hậu kiểm.',
           'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn chuyên sâu về nhãn hàng hóa cho công chức của Sở.']
    for x in pro: body(d, '- ' + x)
    body(d, 'Trên đây là báo cáo của Sở An toàn thực phẩm./.')
    sign(d, ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, NVTT.'], 'Trương Thị Bích Ngọc')
    d.save(os.path.join(ROOT, fn))
    key(fn, 'SO-ATTP', '1187/BC-SATTP', '2026-11-05', [
        ('II.1.a', 'completed', {'communications': 42, 'training_courses': 3, 'participants': 415},
         'thực hiện 42 tin, bài, phóng sự ... 03 hội nghị phổ biến quy định về ghi nhãn hàng hóa ... 415 lượt đại biểu', 'section II.1'),
        ('II.5.b', 'in_progress', {'samples_tested': 1436}, 'lấy 1.436 mẫu thực phẩm để kiểm nghiệm, giám sát chất lượng', 'section II.2'),
        ('II.5.a', 'in_progress', {'inspections': 38, 'establishments_inspected': 2904, 'violations': 211, 'fines_vnd': 2137500000},
         '38 đoàn kiểm tra ... 2.904 cơ sở ... 211 cơ sở vi phạm ... 2.137.500.000 đồng', 'section II.3'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 356}, 'hướng dẫn 356 tổ chức, cá nhân thực hiện thủ tục tự công bố sản phẩm', 'section II.4'),
    ], dif, pro)


# ---------------- File 2: Sở Xây dựng ----------------
def f2():
    fn = 'SXD_BaoCao_CT38_Q3-2026.docx'
    d = base_doc(size=14)
    doc_head(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG', 'Số: 9025/BC-SXD',
             'Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2026',
             'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng trong lĩnh vực xây dựng 9 tháng đầu năm 2026',
             'Kính gửi: Sở Khoa học và Công nghệ.')
    body(d, 'Sở Xây dựng nhận được văn bản đề nghị báo cáo của Sở Khoa học và Công nghệ về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Căn cứ chức năng, nhiệm vụ được giao, Sở Xây dựng báo cáo kết quả 9 tháng đầu năm 2026 như sau:')
    head(d, 'Phần thứ nhất. CÔNG TÁC QUẢN LÝ CHẤT LƯỢNG VẬT LIỆU XÂY DỰNG')
    body(d, 'Thị trường vật liệu xây dựng trên địa bàn Thành phố trong 9 tháng tương đối ổn định, giá thép, xi măng giảm nhẹ so với cùng kỳ. Sở đã tổ chức 06 cuộc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng (năm 2025 là 12 cuộc, do năm nay tập trung kiểm tra chuyên sâu theo chuyên đề) tại 19 cơ sở sản xuất, kinh doanh xi măng, thép xây dựng, kính xây dựng và gạch ốp lát. Qua kiểm tra phát hiện 04 cơ sở vi phạm về nhãn hàng hóa và chứng nhận hợp quy, đã xử phạt vi phạm hành chính 96.000.000 đồng. Công tác kiểm tra tiếp tục được thực hiện trong Quý IV.')
    head(d, 'Phần thứ hai. CÔNG TÁC TIÊU CHUẨN, QUY CHUẨN KỸ THUẬT TRONG XÂY DỰNG')
    body(d, 'Sở đã tham gia rà soát, góp ý 07 dự thảo tiêu chuẩn quốc gia (TCVN) và quy chuẩn kỹ thuật quốc gia (QCVN) do Bộ Xây dựng và Bộ Khoa học và Công nghệ gửi lấy ý kiến, trong đó có QCVN về an toàn cháy cho nhà và công trình và TCVN về bê tông khối lớn. Việc góp ý đã hoàn thành đúng thời hạn các Bộ yêu cầu. So với năm 2025, số dự thảo được góp ý tăng 2 văn bản.')
    body(d, 'Đối với quy chuẩn kỹ thuật địa phương, Sở đang phối hợp Sở Khoa học và Công nghệ nghiên cứu, đề xuất xây dựng quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật ngầm đô thị; hiện đang khảo sát, thu thập tài liệu.')
    head(d, 'Phần thứ ba. NÂNG CAO NĂNG LỰC CÁN BỘ')
    body(d, 'Sở đã cử 09 lượt công chức Phòng Quản lý vật liệu xây dựng và Phòng Quản lý chất lượng công trình tham gia các lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức. Nội dung này đã thực hiện xong.')
    head(d, 'Phần thứ tư. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT')
    dif = ['Nhiều sản phẩm vật liệu xây dựng mới chưa có tiêu chuẩn quốc gia, gây khó khăn cho việc kiểm tra chất lượng.']
    pro = ['Kiến nghị Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân Thành phố sớm ban hành danh mục quy chuẩn kỹ thuật địa phương cần xây dựng giai đoạn 2026 - 2030.']
    body(d, 'Khó khăn: ' + dif[0])
    body(d, 'Đề xuất: ' + pro[0])
    sign(d, ['- Như trên;', '- Ban Giám đốc Sở;', '- Lưu: VT, VLXD.'], 'Lâm Quang Huy')
    d.save(os.path.join(ROOT, fn))
    key(fn, 'SO-XD', '9025/BC-SXD', '2026-09-30', [
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 19, 'violations': 4, 'fines_vnd': 96000000},
         '06 cuộc kiểm tra ... 19 cơ sở ... 04 cơ sở vi phạm ... 96.000.000 đồng', 'Phần thứ nhất'),
        ('II.2.e', 'in_progress', {'standards_reviewed': 7},
         'góp ý 07 dự thảo TCVN, QCVN ... hoàn thành; QCĐP hạ tầng ngầm đang khảo sát', 'Phần thứ hai'),
        ('II.3.a', 'completed', {'participants': 9}, 'cử 09 lượt công chức tham gia các lớp tập huấn nghiệp vụ', 'Phần thứ ba'),
    ], dif, pro)


# ---------------- File 3: Sở Nông nghiệp và Môi trường ----------------
def f3():
    fn = 'BC 38 SNNMT nam 2026 (gui SKHCN).docx'
    d = base_doc()
    doc_head(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số: 7741/BC-SNNMT',
             'Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026', TITLE, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.')
    body(d, 'Sở Nông nghiệp và Môi trường báo cáo kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trong ngành nông nghiệp và môi trường như sau:')
    head(d, 'A. ĐÁNH GIÁ CHUNG')
    body(d, 'Sau hơn một năm hợp nhất, Sở đã kiện toàn bộ máy quản lý chất lượng vật tư nông nghiệp, nông lâm thủy sản và quan trắc môi trường. Ngành đã chú trọng gắn công tác tiêu chuẩn, đo lường, chất lượng với chuyển đổi số và truy xuất nguồn gốc nông sản.')
    head(d, 'B. KẾT QUẢ THEO TỪNG LĨNH VỰC')
    head(d, 'I. Lĩnh vực truy xuất nguồn gốc và mã số vùng trồng')
    body(d, 'Triển khai Đề án 100 về truy xuất nguồn gốc, Sở đã hỗ trợ 64 hợp tác xã, doanh nghiệp nông nghiệp cập nhật thông tin lên hệ thống truy xuất nguồn gốc nông sản của Thành phố (năm 2025 là 41 đơn vị), cấp mới 12 mã số vùng trồng. Việc triển khai đang tiếp tục, dự kiến hoàn thành trong Quý IV/2026.')
    head(d, 'II. Lĩnh vực quản lý chất lượng vật tư nông nghiệp')
    body(d, 'Các đơn vị thuộc Sở đã tổ chức 27 cuộc kiểm tra điều kiện sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại 386 cơ sở; lấy 522 mẫu vật tư nông nghiệp để kiểm tra chất lượng. Phát hiện 31 cơ sở vi phạm, xử phạt 684.200.000 đồng. So với cùng kỳ, số cơ sở vi phạm giảm 18%. Công tác kiểm tra đang được thực hiện thường xuyên.')
    head(d, 'III. Lĩnh vực đo lường trong quan trắc môi trường')
    body(d, 'Sở đã phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng kiểm định, hiệu chuẩn các trạm quan trắc nước thải, khí thải tự động theo quy định. Nhiệm vụ thực hiện thường xuyên hằng năm.')
    head(d, 'IV. Công tác tuyên truyền')
    body(d, 'Đã đăng tải 18 tin, bài về truy xuất nguồn gốc, chất lượng vật tư nông nghiệp trên Cổng thông tin của Sở (năm 2025 là 15 tin, bài). Đã hoàn thành.')
    head(d, 'C. KHÓ KHĂN VÀ KIẾN NGHỊ')
    dif = ['Hệ thống truy xuất nguồn gốc của Thành phố chưa liên thông với Cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia.',
           'Một số hợp tác xã còn hạn chế về ứng dụng công nghệ thông tin nên việc cập nhật dữ liệu chưa thường xuyên.']
    pro = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn việc kết nối hệ thống truy xuất nguồn gốc nông sản với Cổng quốc gia.']
    body(d, '1. Khó khăn, vướng mắc:')
    for x in dif: body(d, '- ' + x)
    body(d, '2. Kiến nghị:')
    for x in pro: body(d, '- ' + x)
    sign(d, ['- Như trên;', '- Giám đốc Sở (b/c);', '- Lưu: VT, QLCL.'], 'Đoàn Văn Khoa')
    d.save(os.path.join(ROOT, fn))
    key(fn, 'SO-NNMT', '7741/BC-SNNMT', '2026-10-20', [
        ('II.2.a', 'in_progress', {'enterprises_supported': 64}, 'hỗ trợ 64 hợp tác xã, doanh nghiệp ... hệ thống truy xuất nguồn gốc', 'B.I'),
        ('II.5.a', 'in_progress', {'inspections': 27, 'establishments_inspected': 386, 'samples_tested': 522, 'violations': 31, 'fines_vnd': 684200000},
         '27 cuộc kiểm tra ... 386 cơ sở; lấy 522 mẫu ... 31 cơ sở vi phạm, xử phạt 684.200.000 đồng', 'B.II'),
        ('II.1.a', 'completed', {'communications': 18}, 'Đã đăng tải 18 tin, bài', 'B.IV'),
    ], dif, pro)


# ---------------- File 4: Trung tâm Dịch vụ Phân tích thí nghiệm ----------------
def f4():
    fn = 'TTPTTN-baocao-CT38-2026.docx'
    d = base_doc()
    header_block(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False, False), ('TRUNG TÂM DỊCH VỤ PHÂN TÍCH', True, False),
                     ('THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG', True, False), ('CHẤT LƯỢNG', True, False), ('Số: 512/BC-TTPTTN', False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False),
                  ('', False, False), ('Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Kết quả hoạt động năm 2026 phục vụ công tác tiêu chuẩn, đo lường, chất lượng', bold=True, align='c')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
    body(d, 'Trung tâm báo cáo kết quả hoạt động năm 2026 (số liệu đến ngày 20/10/2026) như sau:')
    head(d, '1. Năng lực dịch vụ kỹ thuật')
    body(d, 'Trong năm, Trung tâm tiếp tục mở rộng phạm vi dịch vụ sang lĩnh vực thiết bị điện tử, viễn thông và nông sản công nghệ cao. Đã thực hiện kiểm định, hiệu chuẩn, thử nghiệm 18.642 phương tiện đo các loại, tăng 9% so với cùng kỳ năm 2025 (17.103 phương tiện); thử nghiệm 7.315 mẫu sản phẩm, hàng hóa cho doanh nghiệp và cơ quan quản lý. Phòng thí nghiệm được công nhận mở rộng thêm phép thử theo ISO/IEC 17025:2017. Hoạt động được duy trì thường xuyên.')
    head(d, '2. Đầu tư trang thiết bị')
    body(d, 'Dự án tăng cường năng lực thử nghiệm vi sinh và đo lường khối lượng đang triển khai; đến thời điểm báo cáo đã giải ngân 4.850.000.000 đồng, đạt 62% kế hoạch vốn năm (kế hoạch vốn năm 2025 giải ngân 3,1 tỷ đồng). Dự kiến hoàn thành lắp đặt thiết bị trong tháng 12/2026.')
    head(d, '3. Duy trì chuẩn đo lường')
    body(d, 'Phối hợp Chi cục và Viện Đo lường Việt Nam, Trung tâm đã gửi hiệu chuẩn 09 chuẩn đo lường chính (khối lượng, áp suất, nhiệt độ, dung tích) để bảo đảm liên kết chuẩn đến chuẩn đo lường quốc gia. Đã hoàn thành.')
    head(d, '4. Khó khăn và đề xuất')
    dif = ['Một số thiết bị thử nghiệm đã qua 10 năm sử dụng, chi phí bảo trì, sửa chữa lớn.']
    pro = ['Đề nghị Sở bố trí kinh phí năm 2027 để thay thế hệ thống sắc ký khí khối phổ.']
    body(d, dif[0]); body(d, pro[0])
    sign(d, ['- Như trên;', '- Lãnh đạo Sở (b/c);', '- Lưu: VT, KHTH.'], 'Phan Thị Thu Trang')
    d.save(os.path.join(ROOT, fn))
    key(fn, 'SKHCN-TTPTTN', '512/BC-TTPTTN', '2026-10-28', [
        ('II.2.g', 'in_progress', {'instruments_verified': 18642, 'samples_tested': 7315},
         'kiểm định, hiệu chuẩn, thử nghiệm 18.642 phương tiện đo ... thử nghiệm 7.315 mẫu', 'section 1'),
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 4850000000}, 'đã giải ngân 4.850.000.000 đồng', 'section 2'),
        ('II.4.c', 'completed', {'instruments_verified': 9}, 'gửi hiệu chuẩn 09 chuẩn đo lường chính', 'section 3'),
    ], dif, pro)


def run():
    f1(); f2(); f3(); f4()
