"""Hand A — "Trưởng phòng Chi cục": follows the plan's groups, but numbers them with its own
Roman numerals (only the groups it has work in, so plan group 4 may become "II."), items as
"1.", "2." (never a/b), figures in parentheses after the prose "(số lớp: 04; lượt người: 356)",
and ends each item with a run-in line "Tình trạng: ..." in its own words."""
from common import *

STATUS_WORD = {'completed': 'Đã xong', 'in_progress': 'Còn đang làm',
               'not_started': 'Chưa bắt đầu', 'not_applicable': 'Kỳ này không phát sinh'}


def build(fname, head_left, number_line, date_line, title, kinh_gui, intro, groups, diffs, props,
          sign_title, signer, unit_id, number, date, noi_nhan):
    doc = new_doc(size=13)
    header_block(doc, head_left, date_line, number_line, left_bold_from=1)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, title, bold=True, align='c')
    para(doc, kinh_gui, align='c')
    for t in intro:
        para(doc, t, align='j', indent=1.0)
    para(doc, 'A. KẾT QUẢ TRIỂN KHAI', bold=True)
    entries = []
    for roman, gtitle, items in groups:
        para(doc, f'{roman}. {gtitle}', bold=True, align='j')
        for n, (ititle, prose, paren, task, st, ind, stnote) in enumerate(items, 1):
            runs(doc, [(f'{n}. {ititle}', 'b')], indent=0.5)
            txt = prose + (f' ({paren})' if paren else '')
            para(doc, txt, align='j', indent=1.0)
            runs(doc, [('Tình trạng: ', 'i'), (STATUS_WORD[st] + (stnote or '') + '.', '')], indent=1.0)
            entries.append(E(task, st, ind, txt, f'word/document.xml {roman}.{n}'))
    para(doc, 'B. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in diffs:
        para(doc, '+ ' + d, align='j', indent=1.0)
    para(doc, 'C. ĐỀ XUẤT', bold=True)
    for p in props:
        para(doc, '+ ' + p, align='j', indent=1.0)
    para(doc)
    signature(doc, ['Nơi nhận:'] + noi_nhan, sign_title, signer)
    doc.save(os.path.join(ROOT, fname))
    write_key(fname, unit_id, number, date, entries, diffs, props)


def main():
    # A1 — Chi cục, Phòng Quản lý Đo lường
    build('A1-cctdc-qldl-bc-ct38.docx',
          ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'PHÒNG QUẢN LÝ ĐO LƯỜNG'],
          'Số: 37/BC-QLĐL', 'Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
          'Kết quả thực hiện phần việc đo lường trong Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
          'Kính gửi: Lãnh đạo Chi cục (qua Phòng Hành chính – Tổng hợp)',
          ['Thực hiện sự phân công của Lãnh đạo Chi cục về việc tổng hợp kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Quản lý Đo lường báo cáo các phần việc do Phòng phụ trách, số liệu tính đến ngày 20/10/2026, như sau:'],
          [('I', 'Về quản lý nhà nước và hỗ trợ doanh nghiệp (nhóm nhiệm vụ thứ 2 của Kế hoạch)', [
              ('Đề án 996 – đo lường hỗ trợ doanh nghiệp',
               'Phòng đã khảo sát nhu cầu, hướng dẫn các doanh nghiệp sản xuất bao bì, chế biến thủy sản xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012; tổ chức một hội nghị giới thiệu chương trình đo lường hỗ trợ doanh nghiệp tại Khu chế xuất Tân Thuận. Phần Chương trình 1322 và Đề án 100 do Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo riêng',
               'số doanh nghiệp được hướng dẫn: 14; hội nghị: 01; lượt người dự: 86',
               'II.2.a', 'in_progress', {'enterprises_supported': 14, 'training_courses': 1, 'participants': 86},
               ', dự kiến tổng kết cuối Quý IV'),
          ]),
           ('II', 'Về đầu tư cho công tác tiêu chuẩn, đo lường, chất lượng (nhóm thứ 4)', [
              ('Phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP',
               'Đã rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ đang sử dụng; gửi kiểm định, hiệu chuẩn định kỳ các bình chuẩn, quả cân chuẩn, thiết bị đo nhanh hàm lượng vàng phục vụ các đoàn kiểm tra. Kinh phí thực hiện lấy từ dự toán được giao năm 2026',
               'phương tiện được kiểm định, hiệu chuẩn: 46; kinh phí đã chi: 128.400.000 đồng',
               'II.4.b', 'in_progress', {'instruments_verified': 46, 'budget_spent_vnd': 128400000},
               ' (việc làm thường xuyên)'),
              ('Chuẩn đo lường chính của Thành phố',
               'Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm gửi hiệu chuẩn các chuẩn chính lĩnh vực khối lượng, dung tích, áp suất lên Viện Đo lường Việt Nam để bảo đảm liên kết chuẩn',
               'chuẩn đã hiệu chuẩn: 12',
               'II.4.c', 'completed', {'instruments_verified': 12}, ' cho năm 2026'),
          ]),
           ('III', 'Về kiểm tra, giám sát (nhóm thứ 5)', [
              ('Kiểm tra nhà nước về đo lường',
               'Chủ trì kiểm tra đo lường tại cửa hàng xăng dầu, cơ sở kinh doanh vàng trang sức và chợ đầu mối; đã ban hành quyết định xử phạt đối với toàn bộ các trường hợp vi phạm',
               'số cuộc: 09 | số cơ sở: 74 | vi phạm: 06 | tiền phạt: 42,5 tr.đ',
               'II.5.a', 'completed', {'inspections': 9, 'establishments_inspected': 74, 'violations': 6, 'fines_vnd': 42500000},
               ' theo kế hoạch kiểm tra năm'),
          ]),
           ('IV', 'Về trao đổi thông tin, hợp tác (nhóm thứ 6)', [
              ('Cập nhật điều ước, thỏa thuận quốc tế về đo lường',
               'Không có văn bản mới của OIML hoặc thỏa thuận thừa nhận lẫn nhau cần triển khai trên địa bàn', '',
               'II.6.a', 'not_applicable', {}, ''),
          ])],
          ['Phòng hiện chỉ có 05 công chức nhưng phụ trách cả kiểm tra đo lường và quản lý chuẩn; mùa cao điểm cuối năm không đủ người tham gia các đoàn.',
           'Một số thiết bị đo nhanh hàm lượng vàng đã hết khấu hao, kết quả hiệu chuẩn gần giới hạn cho phép.'],
          ['Đề nghị Lãnh đạo Chi cục bổ sung 01 biên chế cho Phòng trong năm 2027.',
           'Đề nghị bố trí kinh phí thay thế 02 thiết bị đo nhanh hàm lượng vàng trong dự toán năm 2027.'],
          ['TRƯỞNG PHÒNG'], 'Lê Hoàng Phúc', 'SKHCN-CCTDC', '37/BC-QLĐL', '2026-10-22',
          ['- Như trên;', '- Lưu: QLĐL.'])

    # A2 — Chi cục, Phòng Quản lý Tiêu chuẩn Chất lượng
    build('A2-cctdc-qltccl-bc-ct38.docx',
          ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG'],
          'Số: 52/BC-TCCL', 'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
          'Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (phần việc tiêu chuẩn, chất lượng)',
          'Kính gửi: Chi cục trưởng',
          ['Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo kết quả như sau (số liệu đến hết ngày 25/10/2026):'],
          [('I', 'Tuyên truyền, nâng cao nhận thức', [
              ('Tập huấn văn bản pháp luật và tọa đàm doanh nghiệp nhập khẩu',
               'Tổ chức các lớp phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật sửa đổi, Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho doanh nghiệp; buổi tọa đàm với doanh nghiệp nhập khẩu tổ chức ngày 18/9/2026 được tính chung trong số lớp dưới đây',
               'số lớp: 04; lượt người: 356', 'II.1.a', 'completed', {'training_courses': 4, 'participants': 356}, ''),
              ('Vận động tham dự Giải thưởng Chất lượng Quốc gia',
               'Gửi thư mời, gọi điện và trực tiếp hướng dẫn doanh nghiệp tìm hiểu tiêu chí Giải thưởng',
               'doanh nghiệp được hướng dẫn: 23', 'II.1.b', 'completed', {'enterprises_supported': 23}, ''),
          ]),
           ('II', 'Quản lý nhà nước về tiêu chuẩn, chất lượng', [
              ('Giải thưởng Chất lượng Quốc gia năm 2026',
               'Tiếp nhận, hướng dẫn doanh nghiệp hoàn thiện hồ sơ dự thưởng; Hội đồng sơ tuyển Thành phố đang đánh giá tại cơ sở',
               'hồ sơ/doanh nghiệp được hướng dẫn: 07', 'II.2.b', 'in_progress', {'enterprises_supported': 7}, ', chờ Hội đồng quốc gia'),
              ('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng',
               'Tư vấn áp dụng ISO 9001, ISO 22000, công cụ 5S, Kaizen; hướng dẫn thủ tục công bố hợp chuẩn, hợp quy',
               'doanh nghiệp được hỗ trợ: 31', 'II.2.d', 'in_progress', {'enterprises_supported': 31}, ' (thường xuyên)'),
              ('Góp ý tiêu chuẩn, quy chuẩn',
               'Góp ý dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến',
               'số dự thảo TCVN/QCVN đã góp ý: 17', 'II.2.e', 'in_progress', {'standards_reviewed': 17}, ''),
          ]),
           ('III', 'Đào tạo nguồn nhân lực', [
              ('Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng',
               'Phối hợp chuyên gia Viện Năng suất Việt Nam tổ chức khóa bồi dưỡng cho cán bộ doanh nghiệp, hình thành nhóm tư vấn viên nội bộ',
               'số khóa: 02; học viên: 94', 'II.3.b', 'completed', {'training_courses': 2, 'participants': 94}, ''),
          ]),
           ('IV', 'Hợp tác quốc tế', [
              ('Phối hợp APO thúc đẩy năng suất',
               'Chưa nhận được đề nghị của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia', '',
               'II.6.b', 'not_started', {}, ''),
          ])],
          ['Doanh nghiệp nhỏ và vừa còn e ngại chi phí duy trì hệ thống quản lý sau khi được hỗ trợ.',
           'Thời gian lấy ý kiến góp ý dự thảo TCVN, QCVN ngắn (thường 10–15 ngày), khó tổ chức lấy ý kiến rộng.'],
          ['Kiến nghị Chi cục đề xuất Sở bổ sung mức hỗ trợ chi phí chứng nhận cho doanh nghiệp nhỏ và vừa.'],
          ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'], 'Đỗ Thị Kim Ngân', 'SKHCN-CCTDC', '52/BC-TCCL', '2026-10-27',
          ['- Như trên;', '- Lưu: TCCL.'])

    # A3 — Phòng Kiểm tra – Pháp chế (same hand, seconded from the Chi cục)
    build('A3-ktpc-bc-ct38.docx',
          ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'],
          'Số: 156/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
          'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
          'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng',
          ['Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:'],
          [('I', 'Hoàn thiện pháp luật về tiêu chuẩn, đo lường, chất lượng', [
              ('Góp ý dự thảo luật, văn bản quy phạm pháp luật',
               'Phối hợp Chi cục thẩm định và có ý kiến đối với 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi theo yêu cầu của Bộ', '',
               'II.2.c', 'completed', {}, ' đối với các yêu cầu đã nhận'),
          ]),
           ('II', 'Phương tiện, thiết bị nghiệp vụ', [
              ('Rà soát thiết bị kỹ thuật nghiệp vụ phục vụ xử phạt',
               'Cùng Chi cục rà soát danh mục thiết bị theo Nghị định 135/2021/NĐ-CP; phần kiểm định, hiệu chuẩn do Chi cục báo cáo', '',
               'II.4.b', 'in_progress', {}, ''),
          ]),
           ('III', 'Kiểm tra, giám sát', [
              ('Đoàn kiểm tra liên ngành',
               'Cử công chức tham gia các đoàn kiểm tra về chất lượng mũ bảo hiểm, đồ chơi trẻ em và thiết bị điện; thẩm định hồ sơ xử phạt',
               'đoàn: 05; cơ sở: 38; vi phạm: 04; phạt tiền: 27.000.000 đồng',
               'II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 27000000}, ''),
              ('Khảo sát chất lượng hàng hóa',
               'Phối hợp lấy mẫu xăng dầu và khí dầu mỏ hóa lỏng tại các cửa hàng để khảo sát',
               'mẫu: 24', 'II.5.b', 'in_progress', {'samples_tested': 24}, ''),
              ('Bảo vệ người tố giác, xử lý vi phạm',
               'Tiếp nhận đơn phản ánh liên quan gian lận đo lường, đã chuyển Chi cục xác minh; chưa phát sinh trường hợp phải áp dụng biện pháp bảo vệ người tố giác', '',
               'II.5.d', 'in_progress', {}, ''),
          ])],
          ['Nhiều đợt kiểm tra trùng thời điểm với thanh tra chuyên ngành khác của Sở nên việc cử người tham gia còn bị động.'],
          ['Đề nghị Chi cục gửi kế hoạch kiểm tra Quý I/2027 trước ngày 15/12/2026 để Phòng chủ động bố trí nhân sự.'],
          ['TRƯỞNG PHÒNG'], 'Trần Quốc Bảo', 'SKHCN-KTPC', '156/BC-KTPC', '2026-10-30',
          ['- Như trên;', '- Giám đốc Sở (b/c);', '- Lưu: KTPC.'])

    # A4 — Xã Nhà Bè (same hand; the xã's officer was trained at the Chi cục and copied its layout)
    build('A4-xa-nha-be-bc-ct38.docx',
          ['ỦY BAN NHÂN DÂN', 'XÃ NHÀ BÈ'],
          'Số: 318/BC-UBND', 'Nhà Bè, ngày 04 tháng 11 năm 2026',
          'Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng theo Chỉ thị số 38-CT/TW năm 2026',
          'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)',
          ['Ủy ban nhân dân xã Nhà Bè báo cáo kết quả thực hiện các nội dung liên quan đến địa phương trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:'],
          [('I', 'Đào tạo, bồi dưỡng công chức', [
              ('Tập huấn nghiệp vụ cho công chức xã',
               'Cử công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức',
               'số công chức được cử: 03', 'II.3.a', 'completed', {'participants': 3}, ''),
          ]),
           ('II', 'Kiểm tra, giám sát trên địa bàn', [
              ('Thực hiện nội dung được phân quyền',
               'Tổ công tác của xã phối hợp Chi cục kiểm tra đo lường, nhãn hàng hóa tại chợ Phước Lộc và các cửa hàng kinh doanh khí dầu mỏ hóa lỏng; lập biên bản, chuyển hồ sơ xử phạt theo thẩm quyền',
               'cuộc: 03 | cơ sở: 21 | vi phạm: 02 | phạt: 7,5 tr.đ',
               'II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 7500000}, ', tiếp tục trong Quý IV'),
          ])],
          ['Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.',
           'Xã chưa được trang bị cân đối chứng tại chợ Phước Lộc.'],
          ['Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Phước Lộc.',
           'Đề nghị Sở tiếp tục mở lớp tập huấn cho công chức cấp xã trong năm 2027.'],
          ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn Hiếu', '27655', '318/BC-UBND', '2026-11-04',
          ['- Như trên;', '- Thường trực Đảng ủy xã;', '- Lưu: VT, KT.'])


if __name__ == '__main__':
    main()
