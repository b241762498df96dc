# Hand H5 "theo lĩnh vực": results organised by the department's own fields of work
# ("Lĩnh vực cải cách hành chính", "Lĩnh vực thanh tra"…); the plan's task appears only in
# square brackets at the end of a paragraph ("[KH38: 2.đ]"), status as the unit's own label
# ("Mức độ: Đạt / Đang làm / Chưa làm / Không phát sinh").
import os
from common import *

def render(fname, uid, parent, org, number, day, month, intro, fields, label, diffs, props, signer, title, sym, bracket):
    d = new_doc(size=13, left=3.0)
    header_block(d, [(parent, False, False), (org.upper(), True, False), ('______', False, False), ('Số: %s' % number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('_________________', False, False),
                  ('Thành phố Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month), False, True)], widths=(6.5, 9.5), size=12)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align=C, space_after=0)
    para(d, 'Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo lĩnh vực quản lý\n(thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW)', bold=True, align=C)
    runs(d, [('Kính gửi: ', ''), ('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', '')], align=C)
    para(d, intro, align=J, indent=1.0)
    para(d, 'A. KẾT QUẢ THEO TỪNG LĨNH VỰC', bold=True)
    keys = {}
    for i, (fname_field, paras, status_word, task, status, ind) in enumerate(fields, 1):
        para(d, '%d. Lĩnh vực %s' % (i, fname_field), bold=True, indent=1.0)
        for p in paras[:-1]:
            para(d, p, align=J, indent=1.0)
        runs(d, [(paras[-1] + ' ', ''), (bracket % task.replace('II.', ''), 'i')], align=J, indent=1.0)
        runs(d, [('%s: ' % label, 'b'), (status_word, '')], indent=1.0)
        if task in keys:  # several fields speak of one task: merge
            t = keys[task]
            for k, v in ind.items(): t[2][k] = t[2].get(k, 0) + v
            t[1] = status  # merged status decided by the caller (see NOTES.md)
        else:
            keys[task] = [task, status, dict(ind), paras[0][:160], 'word/document.xml A.%d' % i]
    para(d, 'B. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in diffs or ['Không có.']: para(d, '- ' + x, align=J, indent=1.0)
    para(d, 'C. KIẾN NGHỊ', bold=True)
    for x in props: para(d, '- ' + x, align=J, indent=1.0)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c0 = t.rows[0].cells[0]; c0.text = ''
    r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in ['- Như trên;', '- Chi cục TĐC;', '- Lưu: VT, %s.' % sym]:
        p = c0.add_paragraph(); rr = p.add_run(ln); rr.font.size = Pt(11)
    cell_text(t.rows[0].cells[1], title + '\n\n\n\n' + signer, bold=True, align=C)
    set_widths(t, (7.0, 9.0))
    d.save(os.path.join(OUT, fname))
    return write_key(fname, unit(uid), number, '2026-%02d-%02d' % (int(month), int(day)), [tuple(v) for v in keys.values()], diffs, props)

def main():
    UB = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH'
    render('SNV_BC TDC theo linh vuc 2026.docx', 'SO-NV', UB, 'Sở Nội vụ', '5184/BC-SNV', '03', '11',
      'Sở Nội vụ báo cáo kết quả thực hiện các nội dung liên quan đến công tác tiêu chuẩn, đo lường, chất lượng trong các lĩnh vực do Sở quản lý, tính từ ngày 01/01/2026 đến ngày 31/10/2026, như sau:', [
      ('cải cách hành chính', ['Tiếp tục chỉ đạo việc xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong các cơ quan hành chính nhà nước; 168/168 phường, xã, đặc khu đã công bố hệ thống quản lý chất lượng phù hợp tiêu chuẩn.',
        'Hướng dẫn 31 cơ quan, đơn vị hành chính cấp Thành phố rà soát, cập nhật quy trình nội bộ sau sắp xếp tổ chức bộ máy.'], 'Đạt', 'II.2.đ', 'completed', {'enterprises_supported': 31}),
      ('đào tạo, bồi dưỡng cán bộ, công chức, viên chức', ['Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng mở 02 lớp bồi dưỡng kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho 210 công chức phường, xã; lớp thứ ba dự kiến khai giảng tháng 11/2026.'],
        'Đang làm', 'II.3.a', 'in_progress', {'training_courses': 2, 'participants': 210}),
      ('thu hút, trọng dụng nhân tài', ['Phối hợp Phòng Quản lý Khoa học thẩm định hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường theo Quyết định số 05/2026/QĐ-UBND; hồ sơ đang trình Ủy ban nhân dân Thành phố.'],
        'Đang làm', 'II.3.c', 'in_progress', {}),
      ('thi đua, khen thưởng', ['Trong kỳ chưa nhận được đề nghị khen thưởng tổ chức, cá nhân có thành tích tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.'],
        'Không phát sinh', 'II.5.d', 'not_applicable', {}),
      ('năng suất khu vực công', ['Chưa triển khai mô hình đo lường năng suất khu vực công do chưa có hướng dẫn của Bộ Nội vụ và Bộ Khoa học và Công nghệ.'],
        'Chưa làm', 'II.6.b', 'not_started', {}),
      ], 'Mức độ',
      ['Sau sắp xếp bộ máy, nhiều cơ quan thay đổi chức năng nên hệ thống quản lý chất lượng phải xây dựng lại quy trình, mất nhiều thời gian.'],
      ['Đề nghị Sở Khoa học và Công nghệ sớm ban hành tài liệu hướng dẫn chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử.',
       'Đề nghị Chi cục bố trí báo cáo viên cho lớp bồi dưỡng thứ ba trong tháng 11/2026.'],
      'Võ Ngọc Thanh Trúc', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'CCHC', '[KH38: %s]')

    render('SDL_BC_linhvuc_TDC_T10.docx', 'SO-DL', UB, 'Sở Du lịch', '1968/BC-SDL', '31', '10',
      'Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Du lịch báo cáo kết quả công tác tiêu chuẩn, đo lường, chất lượng trong ngành du lịch 10 tháng năm 2026 như sau:', [
      ('tiêu chuẩn', ['Góp ý 02 dự thảo tiêu chuẩn quốc gia (TCVN) về cơ sở lưu trú du lịch và dịch vụ du lịch cộng đồng theo đề nghị của Cục Du lịch Quốc gia Việt Nam.'],
        'Đạt', 'II.2.e', 'completed', {'standards_reviewed': 2}),
      ('chất lượng dịch vụ du lịch', ['Hướng dẫn 48 cơ sở lưu trú du lịch áp dụng tiêu chuẩn quốc gia, tự đánh giá và đăng ký xếp hạng chất lượng.'],
        'Đang làm', 'II.2.d', 'in_progress', {'enterprises_supported': 48}),
      ('kiểm tra', ['Thành lập 06 đoàn kiểm tra việc đáp ứng tiêu chuẩn, điều kiện kinh doanh tại 54 cơ sở lưu trú, lữ hành; phát hiện 07 cơ sở vi phạm, xử phạt vi phạm hành chính 96,5 triệu đồng.'],
        'Đạt (đã xong kế hoạch kiểm tra năm)', 'II.5.a', 'completed', {'inspections': 6, 'establishments_inspected': 54, 'violations': 7, 'fines_vnd': 96500000}),
      ('thông tin, tuyên truyền', ['Đăng tải 13 tin, bài, phóng sự (trong đó 01 phóng sự truyền hình) về chất lượng dịch vụ và tiêu chuẩn du lịch.'],
        'Đạt', 'II.1.a', 'completed', {'communications': 13}),
      ('năng suất', ['Chưa triển khai hoạt động nâng cao năng suất trong doanh nghiệp du lịch.'],
        'Chưa làm', 'II.6.b', 'not_started', {}),
      ], 'Đánh giá',
      [], ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức tập huấn áp dụng tiêu chuẩn quốc gia cho doanh nghiệp lữ hành.'],
      'Lê Trương Hiền Hòa', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'QLLH', '(nhiệm vụ %s)')

    render('TTTP_BC_cong tac TDC nam 2026.docx', 'THANHTRA-TP', UB, 'Thanh tra Thành phố', '1203/BC-TTTP', '09', '11',
      'Thanh tra Thành phố báo cáo kết quả công tác có liên quan đến lĩnh vực tiêu chuẩn, đo lường, chất lượng theo đề nghị của Sở Khoa học và Công nghệ, như sau:', [
      ('thanh tra', ['Tiến hành 01 cuộc thanh tra chuyên đề việc chấp hành pháp luật về đo lường, chất lượng trong kinh doanh vàng trang sức tại 15 doanh nghiệp.',
                     'Kết luận thanh tra xác định 05 doanh nghiệp vi phạm; đã ban hành quyết định xử phạt vi phạm hành chính tổng số tiền 210.000.000 đồng.'],
        'Đã kết thúc, đã ban hành kết luận thanh tra', 'II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 15, 'violations': 5, 'fines_vnd': 210000000}),
      ('tiếp công dân, giải quyết khiếu nại, tố cáo', ['Tiếp nhận 03 đơn tố cáo liên quan đến gian lận đo lường trong kinh doanh xăng dầu; đã giải quyết 02 đơn, 01 đơn đang xác minh.'],
        'Đang giải quyết', 'II.5.d', 'in_progress', {}),
      ('phòng, chống tham nhũng, tiêu cực', ['Qua thanh tra, không phát hiện hành vi tham nhũng, tiêu cực của công chức trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
        'Không phát sinh', 'II.5.d', 'in_progress', {}),
      ('bồi dưỡng nghiệp vụ', ['Cử 06 thanh tra viên tham dự lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.'],
        'Hoàn thành', 'II.3.a', 'completed', {'participants': 6}),
      ], 'Tình hình',
      ['Việc xác minh tố cáo gian lận đo lường cần giám định kỹ thuật nhưng chưa có quy trình phối hợp trưng cầu giám định với tổ chức kiểm định.'],
      ['Đề nghị Sở Khoa học và Công nghệ ban hành quy trình phối hợp giám định kỹ thuật phương tiện đo phục vụ giải quyết tố cáo.'],
      'Nguyễn Văn Đức', 'KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA', 'P3', '[thuộc NV %s KH CT38]')

if __name__ == '__main__':
    main()
