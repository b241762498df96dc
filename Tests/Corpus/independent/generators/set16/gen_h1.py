# Hand H1 "Dòng số": an internal unit / partner that answers ONLY the rows of the plan's
# annex (Phụ lục phân công) where it is named as partner; cites the annex row number
# ("Dòng số 10 Phụ lục") plus a short paraphrase, then "Kết quả phối hợp" / "Mức độ".
import os
from common import *

def render(fname, uid, head2, sym, number, day, month, rows, diffs, props, signer, title, extra_intro=''):
    d = new_doc(size=13)
    header_block(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False, False), ('TP. HỒ CHÍ MINH', False, False), (head2.upper(), True, False), ('_______', False, False),
                     ('Số: %s' % number, False, False), ('V/v báo cáo kết quả phối hợp thực hiện\nKế hoạch triển khai Chỉ thị 38-CT/TW năm 2026', False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('____________________', False, False), ('', False, False),
                  ('Thành phố Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month), False, True)], widths=(6.8, 9.2))
    para(d)
    runs(d, [('Kính gửi: ', ''), ('Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', 'b')], align=C)
    para(d, 'Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả trước ngày 01 tháng 11; căn cứ Phụ lục phân công nhiệm vụ kèm theo Kế hoạch, %s được giao phối hợp tại các dòng số %s của Phụ lục. %s báo cáo kết quả phối hợp như sau:%s'
         % (head2, ', '.join('%02d' % r[0] for r in rows), head2, extra_intro), align=J, indent=1.0)
    keys = []
    for i, (row, name, lead, result, level, task, status, ind) in enumerate(rows, 1):
        runs(d, [('%d. Dòng số %02d Phụ lục' % (i, row), 'b'), (' – %s ' % name, 'b'), ('(chủ trì: %s)' % lead, 'i')], align=J, indent=1.0)
        res_lines = result if isinstance(result, list) else [result]
        for k, rl in enumerate(res_lines):
            runs(d, [('- Kết quả phối hợp: ' if k == 0 else '+ ', 'i' if k == 0 else ''), (rl, '')], align=J, indent=1.0)
        runs(d, [('- Mức độ thực hiện: ', 'i'), (level, 'b')], align=J, indent=1.0)
        keys.append((task, status, ind, res_lines[0][:160], 'word/document.xml "Dòng số %02d"' % row))
    para(d, 'Các dòng còn lại của Phụ lục không phân công %s phối hợp nên %s không báo cáo.' % (head2, head2.split(' ')[0].lower() == 'phòng' and 'Phòng' or 'đơn vị'), align=J, indent=1.0, italic=True)
    if diffs:
        runs(d, [('%d. Khó khăn, vướng mắc' % (len(rows) + 1), 'b')], indent=1.0)
        for x in diffs: para(d, '- ' + x, align=J, indent=1.0)
    if props:
        runs(d, [('%d. Kiến nghị' % (len(rows) + (2 if diffs else 1)), 'b')], indent=1.0)
        for x in props: para(d, '- ' + x, align=J, indent=1.0)
    para(d, '%s kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.' % head2, align=J, indent=1.0)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c0 = t.rows[0].cells[0]; c0.text = ''
    r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in ['- Như trên;', '- Lãnh đạo Sở (để b/c);', '- Lưu: VT, %s.' % sym]:
        p = c0.add_paragraph(); rr = p.add_run(ln); rr.font.size = Pt(11)
    c1 = t.rows[0].cells[1]
    cell_text(c1, title + '\n\n\n\n' + signer, bold=True, align=C)
    set_widths(t, (6.8, 9.2))
    d.save(os.path.join(OUT, fname))
    iso = '2026-%02d-%02d' % (int(month), int(day))
    return write_key(fname, unit(uid), number, iso, keys, diffs, props)

def main():
    render('CDS_baocao_phoihop_CT38_2026.docx', 'SKHCN-CDS', 'Phòng Chuyển đổi số', 'CĐS', '57/BC-CĐS', '29', '10',
      [(10, 'Đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ KH&CN, kết nối Cổng thông tin một cửa quốc gia', 'Chi cục TĐC',
        ['Phối hợp Chi cục rà soát quy trình điện tử 14 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống; gửi văn bản đề xuất cải tiến về Bộ trong tháng 3/2026.',
         'Tổ chức 01 lớp hướng dẫn sử dụng chức năng tiếp nhận hồ sơ kiểm tra nhà nước hàng nhập khẩu trên Cổng một cửa quốc gia cho 18 công chức của Chi cục.'],
        'Đã thực hiện xong trong Quý I/2026', 'II.2.h', 'completed', {'training_courses': 1, 'participants': 18}),
       (11, 'Kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', 'Chi cục TĐC',
        ['Đã thống nhất danh mục dữ liệu dùng chung với Chi cục và Trung tâm Công nghệ thông tin và Địa không gian; đang xây dựng giao diện kết nối (API) thử nghiệm với cơ sở dữ liệu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.'],
        'Đang tiếp tục phối hợp (dự kiến chạy thử trong tháng 12/2026)', 'II.2.i', 'in_progress', {})],
      ['Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ chưa công bố tài liệu đặc tả kết nối chính thức, việc đồng bộ dữ liệu còn phải thực hiện thủ công.'],
      ['Đề nghị Chi cục làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu đặc tả kết nối và tài khoản thử nghiệm.'],
      'Lê Minh Khoa', 'TRƯỞNG PHÒNG')

    render('VPS_BC_phoihop_KH_CT38.docx', 'SKHCN-VP', 'Văn phòng Sở', 'VP', '412/BC-VP', '27', '10',
      [(7, 'Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng trong cơ quan hành chính', 'Chi cục TĐC',
        ['Phối hợp duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; cập nhật 09 quy trình nội bộ theo bộ thủ tục hành chính mới.',
         'Phối hợp Chi cục tổ chức 02 lớp đào tạo chuyên gia đánh giá nội bộ với 46 lượt công chức, viên chức tham dự; hoàn thành đánh giá nội bộ năm 2026 vào tháng 9/2026.'],
        'Đã hoàn thành', 'II.2.đ', 'completed', {'training_courses': 2, 'participants': 46}),
       (10, 'Cải tiến Hệ thống thông tin giải quyết thủ tục hành chính; kết nối Cổng một cửa quốc gia', 'Chi cục TĐC',
        ['Trong kỳ chưa phát sinh yêu cầu phối hợp đối với Văn phòng Sở (phần việc kỹ thuật do Phòng Chuyển đổi số đảm nhận).'],
        'Không phát sinh', 'II.2.h', 'not_applicable', {}),
       (11, 'Kết nối hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', 'Chi cục TĐC',
        ['Phối hợp cung cấp danh mục hồ sơ, dữ liệu của bộ phận một cửa để đưa vào danh mục dữ liệu dùng chung.'],
        'Đang phối hợp', 'II.2.i', 'in_progress', {}),
       (16, 'Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở', 'Trung tâm Dịch vụ Phân tích thí nghiệm',
        ['Thẩm định, trình Lãnh đạo Sở phê duyệt dự toán và kế hoạch lựa chọn nhà thầu mua sắm thiết bị thử nghiệm; đến ngày 20/10/2026 đã giải ngân 1,84 tỷ đồng.'],
        'Đang thực hiện (gói thầu thứ hai chưa ký hợp đồng)', 'II.4.a', 'in_progress', {'budget_spent_vnd': 1840000000}),
       (22, 'Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực trong lĩnh vực tiêu chuẩn, đo lường, chất lượng', 'Chi cục TĐC',
        ['Không phát sinh trường hợp tố giác cần khen thưởng, bảo vệ; không phát hiện vụ việc tham nhũng, tiêu cực.'],
        'Không phát sinh', 'II.5.d', 'not_applicable', {})],
      ['Kinh phí mua sắm thiết bị được giao muộn (tháng 6/2026) nên thời gian lựa chọn nhà thầu bị rút ngắn.'],
      [], 'Phạm Thị Ngọc Dung', 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG')

    render('TTCNTT_phoihop_dong11_PL_KH38.docx', 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian', 'TTCNTT', '205/BC-TTCNTT', '02', '11',
      [(11, 'Tổ chức kết nối, triển khai, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng', 'Chi cục TĐC',
        ['Bố trí 02 máy chủ ảo và đường truyền trên Trung tâm dữ liệu của Sở để phục vụ kết nối; hoàn thành sao lưu, chuẩn hóa dữ liệu phương tiện đo, cơ sở kinh doanh do Chi cục quản lý.',
         'Tổ chức 01 buổi tập huấn khai thác, cập nhật dữ liệu cho 25 cán bộ của Chi cục và các phòng thuộc Sở.'],
        'Đang triển khai, đã đạt khoảng 60% khối lượng', 'II.2.i', 'in_progress', {'training_courses': 1, 'participants': 25})],
      [], ['Đề nghị Chi cục sớm ban hành quy chế khai thác, chia sẻ dữ liệu tiêu chuẩn, đo lường, chất lượng để Trung tâm có căn cứ phân quyền truy cập.'],
      'Võ Thanh Tùng', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')

    render('KTPC_BC kq phoi hop KH CT38 (dong 5,17,19-22).docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', 'KTPC', '88/BC-KTPC', '30', '10',
      [(5, 'Đề xuất, kiến nghị sửa đổi, bổ sung văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng', 'Chi cục TĐC',
        ['Phối hợp Chi cục có ý kiến đối với 03 dự thảo văn bản quy phạm pháp luật hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa theo đề nghị của Bộ.'],
        'Hoàn thành theo yêu cầu', 'II.2.c', 'completed', {}),
       (17, 'Bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ', 'Chi cục TĐC',
        ['Phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP; đợt 1 đã kiểm định, hiệu chuẩn 12 phương tiện, thiết bị.'],
        'Đang thực hiện (đợt 2 dự kiến tháng 12/2026)', 'II.4.b', 'in_progress', {'instruments_verified': 12}),
       (19, 'Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa', 'Chi cục TĐC',
        ['Cử công chức tham gia 07 đoàn kiểm tra của Chi cục tại 63 cơ sở sản xuất, kinh doanh; phát hiện 09 cơ sở vi phạm; tham mưu Giám đốc Sở ban hành quyết định xử phạt với tổng số tiền 187.500.000 đồng.'],
        'Thường xuyên – đang thực hiện', 'II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 63, 'violations': 9, 'fines_vnd': 187500000}),
       (20, 'Khảo sát chất lượng sản phẩm, hàng hóa', 'Chi cục TĐC',
        ['Phối hợp lấy 165 mẫu khảo sát (120 mẫu xăng dầu và 45 mẫu mũ bảo hiểm); kết quả đã được Chi cục thông báo đến các cơ quan chức năng.'],
        'Đã thực hiện xong kế hoạch khảo sát năm', 'II.5.b', 'completed', {'samples_tested': 165}),
       (21, 'Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền', 'Chi cục TĐC',
        ['Phối hợp Chi cục tổ chức 01 lớp tập huấn nghiệp vụ kiểm tra, xử phạt cho 52 công chức phường, xã.'],
        'Đang thực hiện', 'II.5.c', 'in_progress', {'training_courses': 1, 'participants': 52}),
       (22, 'Khen thưởng, bảo vệ người tố giác vi phạm; xử lý hành vi tham nhũng, tiêu cực', 'Chi cục TĐC',
        ['Chưa phát sinh đơn tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.'],
        'Không phát sinh', 'II.5.d', 'not_applicable', {})],
      ['Lực lượng công chức của Phòng mỏng (04 người) trong khi phải tham gia nhiều đoàn kiểm tra liên ngành cùng thời điểm.',
       'Một số quy định xử phạt tại Nghị định 119/2017/NĐ-CP đã được sửa đổi nhưng chưa có hướng dẫn thống nhất về áp dụng chuyển tiếp.'],
      ['Đề nghị Lãnh đạo Sở bổ sung 01 biên chế công chức pháp chế cho Phòng trong năm 2027.'],
      'Nguyễn Hoàng Phúc', 'TRƯỞNG PHÒNG')

if __name__ == '__main__':
    main()
