# Hand H3 "one-page summary": a deputy director's BÁO CÁO TÓM TẮT — a few numbered
# one-paragraph points (task named loosely, status at the end of the paragraph, NO figures
# in the prose: "số liệu tại bảng cuối báo cáo"), signature, then a small figures table
# "SỐ LIỆU KÈM THEO" (some with a "NV" column giving the plan item, some without).
import os
from common import *

def render(fname, uid, parent, org, number, day, month, points, table_head, table_rows, diffs, props, signer, sym, col_widths, title='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'):
    d = new_doc(size=13, top=1.5, bottom=1.5)
    header_block(d, [(parent, False, False), (org.upper(), True, False), ('______', False, False), ('Số: %s' % number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('_________________', False, False),
                  ('TP. Hồ Chí Minh, ngày %s tháng %s năm 2026' % (day, month), False, True)], widths=(7.0, 9.5), size=12)
    para(d, 'BÁO CÁO TÓM TẮT', bold=True, align=C, space_after=0)
    para(d, 'Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026', bold=True, align=C, space_after=0)
    para(d, '(số liệu chi tiết tại bảng cuối báo cáo)', italic=True, align=C)
    keys = []
    for i, (txt, task, status, ind) in enumerate(points, 1):
        para(d, '%d. %s' % (i, txt), align=J, space_after=3)
        keys.append((task, status, ind, txt[:160], 'word/document.xml điểm %d + bảng số liệu' % i))
    if diffs:
        runs(d, [('Khó khăn: ', 'b'), (' '.join(diffs), '')], align=J)
    if props:
        runs(d, [('Kiến nghị: ', 'b'), (' '.join(props), '')], align=J)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c0 = t.rows[0].cells[0]; c0.text = ''
    r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in ['- Chi cục TĐC;', '- Lưu: VT, %s.' % sym]:
        p = c0.add_paragraph(); rr = p.add_run(ln); rr.font.size = Pt(11)
    cell_text(t.rows[0].cells[1], title + '\n\n\n' + signer, bold=True, align=C)
    set_widths(t, (7.0, 9.5))
    para(d)
    para(d, 'SỐ LIỆU KÈM THEO', bold=True, align=C, size=12)
    rows = [table_head] + table_rows
    grid_table(d, rows, widths=col_widths, size=11, aligns=[C, L] + [C] * (len(table_head) - 2))
    d.save(os.path.join(OUT, fname))
    return write_key(fname, unit(uid), number, '2026-%02d-%02d' % (int(month), int(day)), keys, diffs, props)

def main():
    P_SKHCN = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH'
    P_UB = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH'
    render('TTPTTN_tomtat_KH38_10thang.docx', 'SKHCN-TTPTTN', P_SKHCN, 'Trung tâm Dịch vụ Phân tích thí nghiệm', '1175/BC-TTPTTN', '30', '10', [
      ('Về củng cố, mở rộng dịch vụ kỹ thuật tiêu chuẩn, đo lường, chất lượng: Trung tâm mở rộng phạm vi kiểm định, hiệu chuẩn sang phương tiện đo khí thải và thiết bị điện tử viễn thông, duy trì dịch vụ thử nghiệm cho doanh nghiệp. Nội dung này đang thực hiện thường xuyên.', 'II.2.g', 'in_progress', {'instruments_verified': 48652, 'samples_tested': 12430}),
      ('Về hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng: phối hợp Chi cục tư vấn cho doanh nghiệp nhỏ và vừa; tiếp tục thực hiện trong Quý IV.', 'II.2.d', 'in_progress', {'enterprises_supported': 86}),
      ('Về đầu tư trang thiết bị: gói thầu mua sắm thiết bị phòng thử nghiệm hóa lý đã lắp đặt, nghiệm thu; gói thiết bị đo lường điện đang chờ bàn giao. Nhiệm vụ cơ bản hoàn thành.', 'II.4.a', 'in_progress', {'budget_spent_vnd': 4250000000}),
      ('Về duy trì chuẩn đo lường, liên kết chuẩn: đã hoàn thành hiệu chuẩn, liên kết chuẩn đến chuẩn quốc gia theo kế hoạch năm.', 'II.4.c', 'completed', {'instruments_verified': 38}),
    ], ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả', 'NV (KH 38)'], [
      ['1', 'Phương tiện đo được kiểm định, hiệu chuẩn', 'phương tiện', '48.652', '2.g'],
      ['2', 'Mẫu thử nghiệm theo yêu cầu khách hàng', 'mẫu', '12.430', '2.g'],
      ['3', 'Phép thử mở rộng, được công nhận mới', 'phép thử', '06', '2.g'],
      ['4', 'Doanh nghiệp được tư vấn áp dụng hệ thống quản lý', 'doanh nghiệp', '86', '2.d'],
      ['5', 'Kinh phí đầu tư thiết bị đã giải ngân', 'triệu đồng', '4.250', '4.a'],
      ['6', 'Chuẩn đo lường được hiệu chuẩn, liên kết chuẩn', 'chuẩn', '38', '4.c'],
    ], ['Thiết bị đo lường điện nhập khẩu giao hàng chậm so với hợp đồng.'],
      ['Đề nghị Sở cho phép chuyển nguồn phần kinh phí chưa giải ngân sang năm 2027.'],
      'Đặng Minh Tâm', 'TTPTTN', (1.2, 8.0, 2.5, 2.3, 2.0))

    render('SATTP_BC tom tat phoi hop TDC 2026.docx', 'SO-ATTP', P_UB, 'Sở An toàn thực phẩm', '1532/BC-SATTP', '6', '11', [
      ('Tuyên truyền về ghi nhãn, công bố sản phẩm thực phẩm và quy định về chất lượng: đã thực hiện trên trang thông tin của Sở và các nhóm doanh nghiệp.', 'II.1.a', 'completed', {'communications': 27}),
      ('Hướng dẫn tổ chức, cá nhân tự công bố sản phẩm, công bố phù hợp quy chuẩn kỹ thuật: đang thực hiện thường xuyên tại bộ phận một cửa.', 'II.2.d', 'in_progress', {'enterprises_supported': 75}),
      ('Phối hợp kiểm tra chất lượng, nhãn hàng hóa thực phẩm bao gói sẵn lưu thông trên thị trường (cao điểm Tết và Trung thu): đang thực hiện, còn đợt kiểm tra cuối năm.', 'II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 312, 'violations': 41, 'fines_vnd': 1286000000}),
      ('Lấy mẫu giám sát chất lượng thực phẩm: hoàn thành kế hoạch giám sát năm 2026.', 'II.5.b', 'completed', {'samples_tested': 540}),
    ], ['STT', 'Nội dung', 'ĐVT', 'Số liệu'], [
      ['1', 'Tin, bài tuyên truyền', 'tin, bài', '27'],
      ['2', 'Tổ chức, cá nhân được hướng dẫn công bố sản phẩm', 'doanh nghiệp', '75'],
      ['3', 'Đoàn kiểm tra', 'đoàn', '14'],
      ['4', 'Cơ sở được kiểm tra', 'cơ sở', '312'],
      ['5', 'Cơ sở vi phạm', 'cơ sở', '41'],
      ['6', 'Tiền phạt vi phạm hành chính', 'đồng', '1.286.000.000'],
      ['7', 'Mẫu giám sát được lấy, kiểm nghiệm', 'mẫu', '540'],
    ], ['Nhiều sản phẩm bao gói sẵn bán trên sàn thương mại điện tử không xác định được cơ sở chịu trách nhiệm.'],
      ['Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng cơ chế chia sẻ thông tin truy xuất nguồn gốc sản phẩm thực phẩm.'],
      'Nguyễn Thị Bích Vân', 'NVD', (1.2, 9.0, 3.0, 3.0))

    render('SYT_BCTT_CT38_2026.docx', 'SO-YT', P_UB, 'Sở Y tế', '7720/BC-SYT', '28', '10', [
      ('Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở: hoàn thành đánh giá nội bộ và xem xét của lãnh đạo.', 'II.2.đ', 'completed', {}),
      ('Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế: hoàn thành.', 'II.2.e', 'completed', {'standards_reviewed': 2}),
      ('Kiểm tra việc chấp hành quy định về đo lường đối với phương tiện đo dùng trong khám bệnh, chữa bệnh tại các cơ sở y tế: chưa phát hiện vi phạm; đang thực hiện.', 'II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 22}),
      ('Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng: đã thực hiện.', 'II.3.a', 'completed', {'participants': 12}),
    ], ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2026\n(đến 15/10)'], [
      ['1', 'Dự thảo QCVN được góp ý', 'dự thảo', '02'],
      ['2', 'Cuộc kiểm tra về đo lường tại cơ sở khám, chữa bệnh', 'cuộc', '03'],
      ['3', 'Cơ sở khám, chữa bệnh được kiểm tra', 'cơ sở', '22'],
      ['4', 'Công chức tham dự tập huấn', 'lượt người', '12'],
    ], [], ['Đề nghị Chi cục phối hợp rà soát danh mục phương tiện đo nhóm 2 sử dụng trong y tế để hướng dẫn các bệnh viện.'],
      'Tăng Chí Thượng', 'NVY', (1.2, 9.0, 3.0, 3.0))

    render('QLKH_BC tom tat CT38.docx', 'SKHCN-QLKH', P_SKHCN, 'Phòng Quản lý Khoa học', '64/BC-QLKH', '28', '9', [
      ('Thu hút chuyên gia, cán bộ có trình độ cao trong lĩnh vực tiêu chuẩn, đo lường, chất lượng (Phòng chủ trì): đã trình hồ sơ thu hút theo Quyết định số 05/2026/QĐ-UBND; đang thực hiện.', 'II.3.c', 'in_progress', {}),
      ('Phối hợp Chi cục tổ chức các khóa bồi dưỡng chuyên sâu về năng suất, chất lượng cho doanh nghiệp: đã hoàn thành.', 'II.3.b', 'completed', {'training_courses': 2, 'participants': 96}),
      ('Phối hợp tổ chức hội thảo thúc đẩy năng suất khu vực công với sự tham gia của chuyên gia APO: đã hoàn thành.', 'II.6.b', 'completed', {'training_courses': 1, 'participants': 85}),
      ('Quản lý các nhiệm vụ khoa học và công nghệ hỗ trợ nâng cao năng suất, chất lượng thuộc Chương trình 1322: đang thực hiện, 03 nhiệm vụ chuyển tiếp sang năm 2027.', 'II.2.a', 'in_progress', {'budget_spent_vnd': 1150000000}),
    ], ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả'], [
      ['1', 'Chuyên gia được thu hút', 'người', '02'],
      ['2', 'Khóa bồi dưỡng chuyên sâu năng suất, chất lượng', 'khóa', '02'],
      ['3', 'Học viên các khóa bồi dưỡng', 'người', '96'],
      ['4', 'Hội thảo năng suất khu vực công', 'hội thảo', '01'],
      ['5', 'Đại biểu dự hội thảo', 'người', '85'],
      ['6', 'Kinh phí nhiệm vụ KH&CN đã giải ngân', 'triệu đồng', '1.150'],
    ], [], [], 'Phan Văn Hiếu', 'QLKH', (1.2, 9.0, 3.0, 3.0), title='KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG')

if __name__ == '__main__':
    main()
