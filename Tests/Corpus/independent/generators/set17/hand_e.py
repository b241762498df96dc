"""Hand E — quarterly report compared with "cùng kỳ": prose per theme with "so với cùng kỳ
năm 2025 tăng/giảm N%", then a table "Chỉ tiêu | ĐVT | Quý III/2025 | Quý III/2026 | So cùng kỳ"
with arrows ▲/▼ and percentages with decimal commas; status in phrases like "đạt tiến độ",
"tiếp tục thực hiện", "chưa triển khai trong quý".  Also the mistaken file M2 (food-safety
quarterly report of a ward, same hand)."""
from common import *


def pct(new, old):
    if not old:
        return '—'
    p = (new - old) / old * 100
    s = f'{abs(p):.1f}'.replace('.', ',')
    if s.endswith(',0'):
        s = s[:-2]
    return ('▲ ' if p > 0 else '▼ ' if p < 0 else '') + s + '%'


def fmt(v):
    if isinstance(v, float):
        return f'{v:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.').rstrip('0').rstrip(',')
    return f'{v:,}'.replace(',', '.') if v >= 1000 else (f'{v:02d}' if v < 10 else str(v))


def build(fname, head, number, date_line, title, kinh_gui, intro, sections, table, diffs, props,
          sign, signer, unit_id, num, date, noi_nhan, prev_label='Quý III/2025', cur_label='Quý III/2026',
          entries=None, rejected=None, footnote=None):
    doc = new_doc(size=13)
    header_block(doc, head, date_line, number)
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, title, bold=True, align='c')
    if kinh_gui:
        para(doc, kinh_gui, align='c')
    for t in intro:
        para(doc, t, align='j', indent=1.0)
    para(doc, 'I. KẾT QUẢ THỰC HIỆN TRONG QUÝ', bold=True)
    for i, (h, txt) in enumerate(sections, 1):
        runs(doc, [(f'{i}. {h}. ', 'b'), (txt, '')])
    para(doc, 'II. MỘT SỐ CHỈ TIÊU SO VỚI CÙNG KỲ', bold=True)
    t = doc.add_table(rows=1, cols=6)
    t.style = 'Table Grid'
    for j, h in enumerate(['STT', 'Chỉ tiêu', 'ĐVT', prev_label, cur_label, 'So cùng kỳ']):
        cell_text(t.rows[0].cells[j], h, bold=True, align='c')
    for i, (lab, dvt, old, new) in enumerate(table, 1):
        c = t.add_row().cells
        cell_text(c[0], str(i), align='c'); cell_text(c[1], lab); cell_text(c[2], dvt, align='c')
        cell_text(c[3], fmt(old) if old is not None else '-', align='c')
        cell_text(c[4], fmt(new), align='c')
        cell_text(c[5], pct(new, old) if old is not None else '—', align='c')
    if footnote:
        para(doc, footnote, italic=True, size=11)
    para(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in diffs:
        para(doc, '- ' + d, align='j', indent=1.0)
    para(doc, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', bold=True)
    for p in props:
        para(doc, '- ' + p, align='j', indent=1.0)
    para(doc)
    signature(doc, ['Nơi nhận:'] + noi_nhan, sign, signer)
    doc.save(os.path.join(ROOT, fname))
    write_key(fname, unit_id, num, date, entries or [], diffs, props, rejected=rejected)


def main():
    # E1 — Chi cục, quarterly
    sec = [
        ('Tập huấn, phổ biến pháp luật', 'Trong Quý III/2026, Chi cục tổ chức 02 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (trong đó có 01 buổi tọa đàm với doanh nghiệp nhập khẩu) với 186 lượt người tham dự, so với cùng kỳ năm 2025 số lượt người tăng 55%. Với kết quả này, nhiệm vụ tập huấn trong Quý I–III đã hoàn thành theo kế hoạch.'),
        ('Hỗ trợ doanh nghiệp', 'Hướng dẫn, hỗ trợ 12 doanh nghiệp áp dụng hệ thống quản lý chất lượng và thực hiện công bố hợp chuẩn, hợp quy (tăng 33,3% so với cùng kỳ); nhiệm vụ tiếp tục thực hiện thường xuyên.'),
        ('Xây dựng, góp ý tiêu chuẩn, quy chuẩn', 'Góp ý 09 dự thảo TCVN, QCVN theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ chuyên ngành (giảm 18,2% so với cùng kỳ do số dự thảo gửi lấy ý kiến ít hơn); nhiệm vụ Quý IV đang đạt tiến độ.'),
        ('Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng', 'Tổ chức 06 cuộc kiểm tra tại 52 cơ sở sản xuất, kinh doanh; phát hiện 05 cơ sở vi phạm, xử phạt vi phạm hành chính 31.750.000 đồng. Số cơ sở vi phạm giảm 28,6% so với cùng kỳ. Công tác kiểm tra tiếp tục thực hiện theo kế hoạch năm.'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa', 'Lấy 45 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát chất lượng (giảm 25% so với cùng kỳ do kinh phí hạn chế); tiếp tục thực hiện trong Quý IV.'),
        ('Đào tạo cho sinh viên, viên chức các trường', 'Chưa triển khai trong quý; dự kiến tháng 11/2026 phối hợp Trường Đại học Bách khoa tổ chức.'),
    ]
    tab = [('Lớp tập huấn, tọa đàm', 'lớp', 1, 2), ('Lượt người tham dự', 'lượt', 120, 186),
           ('Doanh nghiệp được hỗ trợ', 'DN', 9, 12), ('Dự thảo TCVN, QCVN được góp ý', 'dự thảo', 11, 9),
           ('Cuộc kiểm tra', 'cuộc', 5, 6), ('Cơ sở được kiểm tra', 'cơ sở', 47, 52), ('Cơ sở vi phạm', 'cơ sở', 7, 5),
           ('Tiền xử phạt', 'triệu đồng', 40.2, 31.75), ('Mẫu khảo sát', 'mẫu', 60, 45)]
    ent = [E('II.1.a', 'completed', {'training_courses': 2, 'participants': 186}, sec[0][1], 'I.1'),
           E('II.2.d', 'in_progress', {'enterprises_supported': 12}, sec[1][1], 'I.2'),
           E('II.2.e', 'in_progress', {'standards_reviewed': 9}, sec[2][1], 'I.3'),
           E('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 52, 'violations': 5, 'fines_vnd': 31750000}, sec[3][1], 'I.4'),
           E('II.5.b', 'in_progress', {'samples_tested': 45}, sec[4][1], 'I.5'),
           E('II.3.d', 'not_started', {}, sec[5][1], 'I.6')]
    build('E1-cctdc-bc-quy-iii-ct38.docx',
          ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG'], 'Số: 398/BC-CCTĐC',
          'Thành phố Hồ Chí Minh, ngày 08 tháng 10 năm 2026',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW Quý III năm 2026',
          'Kính gửi: Sở Khoa học và Công nghệ',
          ['Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong Quý III/2026 (từ ngày 01/7/2026 đến ngày 30/9/2026), so sánh với cùng kỳ năm 2025 như sau:'],
          sec, tab,
          ['Kinh phí khảo sát chất lượng năm 2026 giảm so với năm 2025 nên số mẫu lấy giảm.',
           'Nhiều cơ sở kinh doanh chuyển sang bán hàng trực tuyến, khó xác định địa điểm để kiểm tra.'],
          ['Đề nghị Sở xem xét bổ sung kinh phí khảo sát chất lượng hàng hóa trong Quý IV/2026.'],
          ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG'], 'Trịnh Văn Sang', 'SKHCN-CCTDC', '398/BC-CCTĐC', '2026-10-08',
          ['- Như trên;', '- Lưu: VT, HCTH.'], entries=ent)

    # E2 — Phường Sài Gòn, quarterly
    sec = [
        ('Kiểm tra trên địa bàn theo nội dung được phân quyền', 'Tổ kiểm tra liên ngành phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại 17 cơ sở kinh doanh hàng hóa (mũ bảo hiểm, đồ chơi trẻ em, vàng trang sức), phát hiện 01 cơ sở vi phạm nhãn hàng hóa, xử phạt 3.500.000 đồng; giảm so với cùng kỳ. Nhiệm vụ đang tiếp tục thực hiện.'),
        ('Bồi dưỡng công chức', 'Cử 02 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cấp xã do Sở tổ chức; đã hoàn thành.'),
    ]
    tab = [('Cuộc kiểm tra', 'cuộc', 3, 2), ('Cơ sở được kiểm tra', 'cơ sở', 25, 17), ('Cơ sở vi phạm', 'cơ sở', 2, 1),
           ('Tiền xử phạt', 'đồng', 6000000, 3500000), ('Công chức được tập huấn', 'người', 1, 2)]
    ent = [E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 17, 'violations': 1, 'fines_vnd': 3500000}, sec[0][1], 'I.1'),
           E('II.3.a', 'completed', {'participants': 2}, sec[1][1], 'I.2')]
    build('E2-phuong-sai-gon-bc-quy-iii.docx', ['ỦY BAN NHÂN DÂN', 'PHƯỜNG SÀI GÒN'], 'Số: 287/BC-UBND',
          'Sài Gòn, ngày 06 tháng 10 năm 2026',
          'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng Quý III/2026 (Chỉ thị 38-CT/TW)',
          'Kính gửi: Sở Khoa học và Công nghệ',
          ['Ủy ban nhân dân phường Sài Gòn báo cáo kết quả thực hiện các nội dung của Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong Quý III/2026 như sau:'],
          sec, tab,
          ['Phường mới sắp xếp, địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ; lực lượng kiểm tra còn mỏng.'],
          ['Đề nghị Chi cục hỗ trợ tài liệu hướng dẫn nhận biết hàng hóa không bảo đảm chất lượng cho tổ kiểm tra của phường.'],
          ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Lương Thị Diễm', '26740', '287/BC-UBND', '2026-10-06',
          ['- Như trên;', '- Chi cục TĐC;', '- Lưu: VT.'], entries=ent,
          footnote='(*) Số liệu cùng kỳ năm 2025 là số liệu của các phường cũ trước sắp xếp trên cùng địa bàn.')

    # E3 — Sở An toàn thực phẩm, quarterly
    sec = [
        ('Tham gia góp ý quy chuẩn kỹ thuật', 'Theo đề nghị của Bộ Y tế và Sở Khoa học và Công nghệ, Sở đã góp ý 05 dự thảo QCVN về an toàn thực phẩm và phụ gia (cùng kỳ năm 2025: 03 dự thảo). Đã hoàn thành việc góp ý đối với toàn bộ đề nghị nhận được trong quý.'),
        ('Cử công chức tập huấn', 'Cử 08 công chức các phòng chuyên môn tham dự lớp tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; đã hoàn thành.'),
    ]
    tab = [('Dự thảo QCVN được góp ý', 'dự thảo', 3, 5), ('Công chức được cử tập huấn', 'người', 5, 8)]
    ent = [E('II.2.e', 'completed', {'standards_reviewed': 5}, sec[0][1], 'I.1'),
           E('II.3.a', 'completed', {'participants': 8}, sec[1][1], 'I.2')]
    build('E3-so-attp-bc-quy-iii-ct38.docx', ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM'],
          'Số: 1452/BC-SATTP', 'Thành phố Hồ Chí Minh, ngày 15 tháng 10 năm 2026',
          'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW Quý III/2026',
          'Kính gửi: Sở Khoa học và Công nghệ',
          ['Sở An toàn thực phẩm báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ trong Quý III/2026, so với cùng kỳ năm 2025, như sau:'],
          sec, tab,
          ['Thời hạn góp ý một số dự thảo QCVN ngắn, chưa đủ thời gian lấy ý kiến doanh nghiệp.'],
          ['Đề nghị Sở Khoa học và Công nghệ gửi văn bản lấy ý kiến sớm hơn ít nhất 15 ngày.'],
          ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Châu Thanh Tùng', 'SO-ATTP', '1452/BC-SATTP', '2026-10-15',
          ['- Như trên;', '- Lưu: VT, NVTT.'], entries=ent)

    # M2 — mistaken: food-safety quarterly report of Phường Phú Thọ Hòa
    sec = [
        ('Tuyên truyền an toàn thực phẩm', 'Phát 1.200 tờ rơi, tổ chức 02 buổi nói chuyện về an toàn thực phẩm tại các khu phố cho 230 lượt người, tăng so với cùng kỳ.'),
        ('Kiểm tra cơ sở thực phẩm', 'Đoàn kiểm tra liên ngành an toàn thực phẩm của phường kiểm tra 36 cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố; 04 cơ sở vi phạm, xử phạt 12.000.000 đồng.'),
        ('Giám sát ngộ độc thực phẩm', 'Trong quý không xảy ra ngộ độc thực phẩm trên địa bàn.'),
    ]
    tab = [('Buổi nói chuyện', 'buổi', 1, 2), ('Cơ sở được kiểm tra', 'cơ sở', 41, 36), ('Cơ sở vi phạm', 'cơ sở', 6, 4),
           ('Tiền xử phạt', 'đồng', 15000000, 12000000)]
    build('M2-phuong-phu-tho-hoa-bc-attp-quy-iii.docx', ['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ THỌ HÒA'], 'Số: 301/BC-UBND',
          'Phú Thọ Hòa, ngày 09 tháng 10 năm 2026',
          'Kết quả công tác bảo đảm an toàn thực phẩm Quý III năm 2026',
          'Kính gửi: Sở An toàn thực phẩm',
          ['Thực hiện Kế hoạch bảo đảm an toàn thực phẩm năm 2026 trên địa bàn, Ủy ban nhân dân phường Phú Thọ Hòa báo cáo kết quả Quý III/2026 như sau:'],
          sec, tab,
          ['Nhiều cơ sở thức ăn đường phố không có địa điểm cố định.'],
          ['Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho đoàn kiểm tra phường.'],
          ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Đặng Quốc Việt', '27022', '301/BC-UBND', '2026-10-09',
          ['- Như trên;', '- Lưu: VT.'],
          rejected='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: báo cáo công tác bảo đảm an toàn thực phẩm Quý III/2026 gửi Sở An toàn thực phẩm (gửi nhầm).')


if __name__ == '__main__':
    main()
