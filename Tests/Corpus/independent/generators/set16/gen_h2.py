# Hand H2 "Điều/Khoản": a legal officer's report laid out like a legal text:
# "Điều 1. Căn cứ, phạm vi", "Điều 2. Kết quả thực hiện" with Khoản 1., 2., … and
# điểm a), b); each Khoản cites the plan as "điểm e khoản 2 Mục II Kế hoạch" and ends
# with a sentence "Tình trạng: …".
import os
from common import *

def render(fname, uid, parent, org, number, day, month, period, khoans, diffs, props, huong, signer, title, sym):
    d = new_doc(size=14, left=3.0)
    header_block(d, [(parent, False, False), (org.upper(), True, False), ('________', False, False), ('Số: %s' % number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('____________________', False, False),
                  ('Thành phố Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month), False, True)], widths=(6.5, 9.5), size=13)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align=C, space_after=0)
    para(d, 'Kết quả thực hiện các nội dung có liên quan theo Kế hoạch triển khai\nChỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ', bold=True, align=C)
    para(d, '______', align=C)
    para(d, 'Điều 1. Căn cứ và phạm vi báo cáo', bold=True, indent=1.27)
    para(d, '1. Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026 của Sở Khoa học và Công nghệ; Quyết định số 76/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân Thành phố.', align=J, indent=1.27)
    para(d, '2. Phạm vi: các nội dung mà Kế hoạch giao các sở, ban, ngành hoặc có liên quan đến chức năng, nhiệm vụ của %s; số liệu tính %s.' % (org, period), align=J, indent=1.27)
    para(d, 'Điều 2. Kết quả thực hiện', bold=True, indent=1.27)
    keys = []
    for i, k in enumerate(khoans, 1):
        head, ref, points, status_txt, task, status, ind = k
        runs(d, [('%d. %s ' % (i, head), 'b'), ('(%s)' % ref, 'i')], indent=1.27)
        for j, pt in enumerate(points):
            para(d, ('%s) ' % 'abcdđeg'[j] if len(points) > 1 else '') + pt, align=J, indent=1.27)
        runs(d, [('Tình trạng: ', 'i'), (status_txt, '')], indent=1.27)
        keys.append((task, status, ind, points[0][:160], 'word/document.xml Điều 2 khoản %d' % i))
    para(d, 'Điều 3. Khó khăn, vướng mắc', bold=True, indent=1.27)
    if diffs:
        for i, x in enumerate(diffs, 1): para(d, '%d. %s' % (i, x), align=J, indent=1.27)
    else:
        para(d, 'Không có.', align=J, indent=1.27)
    para(d, 'Điều 4. Đề xuất, kiến nghị', bold=True, indent=1.27)
    for i, x in enumerate(props, 1): para(d, '%d. %s' % (i, x), align=J, indent=1.27)
    para(d, 'Điều 5. Nhiệm vụ Quý IV/2026', bold=True, indent=1.27)
    para(d, huong, align=J, indent=1.27)
    para(d, 'Trên đây là báo cáo của %s, kính gửi Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) tổng hợp./.' % org, align=J, indent=1.27)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c0 = t.rows[0].cells[0]; c0.text = ''
    r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC (để tổng hợp);', '- Giám đốc Sở (để b/c);', '- Lưu: VT, %s.' % sym]:
        p = c0.add_paragraph(); rr = p.add_run(ln); rr.font.size = Pt(11)
    cell_text(t.rows[0].cells[1], title + '\n\n\n\n' + signer, bold=True, align=C)
    set_widths(t, (7.0, 9.0))
    d.save(os.path.join(OUT, fname))
    return write_key(fname, unit(uid), number, '2026-%02d-%02d' % (int(month), int(day)), keys, diffs, props)

def main():
    render('STP_2817_BC_ket qua CT38.docx', 'SO-TP', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Tư pháp', '2817/BC-STP', '30', '10',
      'từ ngày 01 tháng 01 năm 2026 đến ngày 15 tháng 10 năm 2026', [
      ('Phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng', 'điểm a khoản 1 Mục II Kế hoạch',
       ['Biên soạn, đăng tải 06 tin, bài giới thiệu Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) và Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) trên Cổng Pháp luật Thành phố;',
        'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến pháp luật cho doanh nghiệp nhập khẩu, có 150 đại biểu tham dự.'],
       'đã thực hiện hoàn tất.', 'II.1.a', 'completed', {'communications': 6, 'training_courses': 1, 'participants': 150}),
      ('Góp ý, thẩm định văn bản quy phạm pháp luật', 'điểm c khoản 2 Mục II Kế hoạch',
       ['Thẩm định 02 dự thảo Quyết định của Ủy ban nhân dân Thành phố có nội dung liên quan đến quản lý chất lượng sản phẩm, hàng hóa; các ý kiến thẩm định đã được cơ quan chủ trì soạn thảo tiếp thu.'],
       'đã hoàn thành; tiếp tục thực hiện khi có yêu cầu.', 'II.2.c', 'completed', {}),
      ('Tham gia xây dựng quy chuẩn kỹ thuật địa phương', 'điểm e khoản 2 Mục II Kế hoạch',
       ['Có ý kiến đối với 01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sử dụng cho mục đích sinh hoạt trên địa bàn Thành phố do cơ quan chuyên ngành chủ trì soạn thảo.'],
       'đang tiếp tục phối hợp, chờ dự thảo hoàn chỉnh để thẩm định.', 'II.2.e', 'in_progress', {'standards_reviewed': 1}),
      ('Đào tạo, bồi dưỡng công chức', 'điểm a khoản 3 Mục II Kế hoạch',
       ['Cử 04 lượt công chức làm công tác xây dựng, kiểm tra văn bản tham dự các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.'],
       'đã thực hiện.', 'II.3.a', 'completed', {'participants': 4})],
      ['Một số văn bản hướng dẫn thi hành Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) chưa được ban hành nên việc rà soát văn bản của Thành phố chưa thể thực hiện đồng bộ.'],
      ['Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cần sửa đổi, bổ sung để Sở Tư pháp đưa vào kế hoạch kiểm tra, rà soát năm 2027.'],
      'Tiếp tục phổ biến các luật mới có hiệu lực; thẩm định dự thảo quy chuẩn kỹ thuật địa phương khi cơ quan chủ trì gửi hồ sơ.',
      'Trần Quốc Hưng', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'VBPQ')

    render('SXD_BC 9045 thuc hien CT38-2026.docx', 'SO-XD', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Xây dựng', '9045/BC-SXD', '05', '11',
      'đến hết ngày 31 tháng 10 năm 2026', [
      ('Xây dựng, góp ý quy chuẩn kỹ thuật quốc gia ngành Xây dựng', 'điểm e khoản 2 Mục II Kế hoạch',
       ['Góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Xây dựng chủ trì soạn thảo (an toàn cháy cho nhà và công trình; sản phẩm, hàng hóa vật liệu xây dựng; hệ thống cấp thoát nước).'],
       'hoàn tất.', 'II.2.e', 'completed', {'standards_reviewed': 3}),
      ('Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 'điểm đ khoản 2 Mục II Kế hoạch',
       ['Duy trì, cải tiến hệ thống quản lý chất lượng tại Sở và 02 đơn vị trực thuộc; hoàn thành đánh giá nội bộ, xem xét của lãnh đạo năm 2026.'],
       'hoàn tất.', 'II.2.đ', 'completed', {}),
      ('Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng', 'điểm a khoản 5 Mục II Kế hoạch',
       ['Thành lập 05 đợt kiểm tra tại 28 cơ sở sản xuất, kinh doanh vật liệu xây dựng;',
        'Phát hiện 04 cơ sở vi phạm về nhãn hàng hóa và công bố hợp quy, xử phạt vi phạm hành chính 62 triệu đồng.'],
       'đang triển khai, còn 01 đợt kiểm tra trong tháng 12/2026.', 'II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 28, 'violations': 4, 'fines_vnd': 62000000}),
      ('Khảo sát chất lượng vật liệu xây dựng lưu thông trên thị trường', 'điểm b khoản 5 Mục II Kế hoạch',
       ['Lấy 36 mẫu thép xây dựng, xi măng, gạch ốp lát gửi tổ chức thử nghiệm được chỉ định; 33 mẫu đạt, 03 mẫu không đạt chỉ tiêu cơ lý, đã chuyển kết quả cho Thanh tra Sở xử lý.'],
       'hoàn tất.', 'II.5.b', 'completed', {'samples_tested': 36}),
      ('Tập huấn nghiệp vụ', 'điểm a khoản 3 Mục II Kế hoạch',
       ['Chưa cử công chức tham dự do lịch tập huấn của Chi cục trùng thời gian kiểm tra cuối năm.'],
       'chưa thực hiện.', 'II.3.a', 'not_started', {})],
      ['Nhiều sản phẩm vật liệu xây dựng nhập khẩu lưu thông không còn chứng từ công bố hợp quy tại điểm bán lẻ, gây khó khăn cho việc truy xuất.',
       'Kinh phí thử nghiệm mẫu năm 2026 chỉ đáp ứng khoảng 60% nhu cầu.'],
      ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu công bố hợp quy vật liệu xây dựng trên cơ sở dữ liệu quốc gia để phục vụ kiểm tra.',
       'Kiến nghị Ủy ban nhân dân Thành phố bổ sung kinh phí thử nghiệm mẫu vật liệu xây dựng năm 2027.'],
      'Hoàn thành đợt kiểm tra cuối năm; phối hợp Chi cục tổ chức tập huấn cho công chức phụ trách vật liệu xây dựng.',
      'Huỳnh Văn Lộc', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'QLXD')

    render('SGDDT_BC_CT38_nam2026.docx', 'SO-GDDT', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'Sở Giáo dục và Đào tạo', '3361/BC-SGDĐT', '22', '10',
      'từ đầu năm đến ngày 30 tháng 9 năm 2026', [
      ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', 'điểm a khoản 1 Mục II Kế hoạch',
       ['Đăng tải 05 tin, bài về mã số, mã vạch, truy xuất nguồn gốc trên Cổng thông tin điện tử ngành Giáo dục.'],
       'xong.', 'II.1.a', 'completed', {'communications': 5}),
      ('Đào tạo, bồi dưỡng cho người học tại các trường cao đẳng, trung cấp', 'điểm d khoản 3 Mục II Kế hoạch',
       ['Phối hợp Chi cục tổ chức 04 buổi tọa đàm chuyên đề về tiêu chuẩn, đo lường, chất lượng tại 04 trường trung cấp, cao đẳng với 1.120 lượt học sinh, sinh viên tham dự.'],
       'đang triển khai; còn 02 buổi dự kiến trong Quý IV/2026.', 'II.3.d', 'in_progress', {'training_courses': 4, 'participants': 1120}),
      ('Duy trì hệ thống quản lý chất lượng', 'điểm đ khoản 2 Mục II Kế hoạch',
       ['Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền.'],
       'đang duy trì thường xuyên.', 'II.2.đ', 'in_progress', {}),
      ('Góp ý quy chuẩn kỹ thuật', 'điểm e khoản 2 Mục II Kế hoạch',
       ['Trong kỳ Bộ Giáo dục và Đào tạo không gửi lấy ý kiến dự thảo quy chuẩn kỹ thuật nào.'],
       'không phát sinh.', 'II.2.e', 'not_applicable', {})],
      [], ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ tài liệu, báo cáo viên cho các buổi tọa đàm chuyên đề trong năm học 2026-2027.'],
      'Tổ chức 02 buổi tọa đàm còn lại; tiếp tục duy trì hệ thống quản lý chất lượng.',
      'Lê Thị Thu Trang', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'VP')

if __name__ == '__main__':
    main()
