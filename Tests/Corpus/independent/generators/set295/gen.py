# -*- coding: utf-8 -*-
"""Generator for set295: 18 files, 5 hands. Writes files + truth/*.json."""
import json, os, hashlib
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)

def dots(v):
    return f"{v:,}".replace(',', '.')

def trieu(v):  # 15500000 -> "15,5"
    s = f"{v/1e6:.3f}".rstrip('0').rstrip('.')
    return s.replace('.', ',')

WORDS = {1:'một',2:'hai',3:'ba',4:'bốn',5:'năm',6:'sáu',7:'bảy',8:'tám',9:'chín',10:'mười'}

def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    data = open(os.path.join(OUT, fname), 'rb').read()
    k = {"file": fname, "sha256": hashlib.sha256(data).hexdigest(), "status": status,
         "reason": reason, "unit": {"id": unit[0], "name": unit[1]},
         "document": {"number": number, "date": date},
         "entries": [{"task": e[0], "status": e[1], "indicators": e[2], "text": e[3]} for e in entries],
         "findings": [], "difficulties": diffs, "proposals": props}
    json.dump(k, open(os.path.join(TR, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

def para(doc, text, bold=False, italic=False, center=False, size=None, underline=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def header_table(doc, left1, left2, num, place_date):
    t = doc.add_table(rows=3, cols=2)
    t.cell(0, 0).text = left1; t.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    t.cell(1, 0).text = left2; t.cell(1, 1).text = 'Độc lập - Tự do - Hạnh phúc'
    t.cell(2, 0).text = num; t.cell(2, 1).text = place_date
    for c in t.rows[0].cells + t.rows[1].cells:
        for r in c.paragraphs[0].runs: r.bold = True

def base_doc(font='Times New Roman'):
    d = Document(); st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    return d

# ============ HAND 1: ward officer, "Một là, … Hai là, …" ordinal paragraphs ============
ORD = ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là', 'Bảy là']

def hand1(fname, unit, num, date_iso, date_txt, intro, items, diffs, props, mistaken=None):
    d = base_doc()
    header_table(d, 'ỦY BAN NHÂN DÂN', unit[1].upper(), 'Số: ' + num, date_txt)
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, mistaken or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn', bold=True, center=True)
    para(d, intro)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, it in enumerate(items):
        p = d.add_paragraph(); r = p.add_run(ORD[i] + ', '); r.bold = True; r.italic = True
        p.add_run(it[0])
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in diffs: para(d, '- ' + x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for x in props: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + unit[1] + './.')
    para(d, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', bold=True)
    d.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit, num, date_iso, [], [], [], 'rejected', 'Báo cáo về chủ đề khác (không thuộc Kế hoạch CT38)')
    else:
        key(fname, unit, num, date_iso, [(it[1], it[2], it[3], it[0]) for it in items], diffs, props)

# Phường Bà Rịa
hand1('26560_baocao_ct38_BaRia.docx', ('26560', 'Phường Bà Rịa'), '412/BC-UBND', '2026-10-27',
      'Phường Bà Rịa, ngày 27 tháng 10 năm 2026',
      'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường báo cáo kết quả như sau:',
      [('phường đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng ra quân kiểm tra đo lường tại chợ Bà Rịa và các cửa hàng xăng dầu, tổng cộng 04 cuộc, kiểm tra 27 cơ sở, phát hiện 03 cơ sở vi phạm (cân sai số vượt mức cho phép), chuyển xử phạt 7,5 triệu đồng. Đến nay việc này đã thực hiện xong theo kế hoạch.',
        'II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 27, 'violations': 3, 'fines_vnd': 7500000}),
       ('công tác tuyên truyền: đã đăng 12 tin, bài trên trang thông tin điện tử phường và nhóm Zalo khu phố về cân đối chứng, nhãn hàng hóa; việc này phường vẫn đang tiếp tục thực hiện.',
        'II.1.a', 'in_progress', {'communications': 12}),
       ('cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng do Chi cục tổ chức (01 lớp); đã hoàn thành.',
        'II.3.a', 'completed', {'training_courses': 1, 'participants': 2}),
       ('về duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan phường: phường đang rà soát lại các quy trình sau sắp xếp, chưa xong.',
        'II.2.đ', 'in_progress', {}),
       ('về khen thưởng người tố giác vi phạm: trong kỳ không phát sinh trường hợp nào.',
        'II.5.d', 'not_applicable', {})],
      ['Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.',
       'Chợ chưa bố trí đủ cân đối chứng tại các cổng chợ.'],
      ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 cân đối chứng cho chợ Bà Rịa.'])

hand1('26526_BC_CT38_TamThang.docx', ('26526', 'Phường Tam Thắng'), '287/BC-UBND', '2026-10-30',
      'Tam Thắng, ngày 30 tháng 10 năm 2026',
      'Ủy ban nhân dân phường Tam Thắng báo cáo kết quả thực hiện các nội dung được giao năm 2026 như sau:',
      [('phường tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa và công bố hợp quy cho hộ kinh doanh, có 85 lượt người tham dự; in và phát 300 tờ rơi. Kết quả: đã hoàn thành.',
        'II.1.a', 'completed', {'training_courses': 1, 'participants': 85, 'communications': 300}),
       ('phối hợp Chi cục kiểm tra hàng đóng gói sẵn và phương tiện đo tại các cửa hàng trên đường Lê Lợi, Ba Cu: 02 cuộc, 15 cơ sở, chưa phát hiện vi phạm. Nội dung này đang thực hiện, dự kiến kiểm tra thêm trong tháng 11.',
        'II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 15}),
       ('việc hướng dẫn hộ kinh doanh tự công bố chất lượng sản phẩm: đã hướng dẫn 09 hộ, cơ sở; việc này làm thường xuyên, đang thực hiện.',
        'II.2.d', 'in_progress', {'enterprises_supported': 9}),
       ('về cử cán bộ dự tập huấn chuyên môn: năm nay Chi cục chưa mở lớp nên phường chưa thực hiện.',
        'II.3.a', 'not_started', {})],
      ['Hộ kinh doanh nhỏ lẻ chưa quan tâm đến công bố chất lượng sản phẩm.'],
      ['Kiến nghị Sở Khoa học và Công nghệ cung cấp thêm tài liệu tuyên truyền mẫu cho phường.',
       'Đề nghị tổ chức lớp tập huấn cho công chức phường trong Quý IV/2026.'])

hand1('27676_baocao_CT38_XaThanhAn.docx', ('27676', 'Xã Thạnh An'), '96/BC-UBND', '2026-10-29',
      'Thạnh An, ngày 29 tháng 10 năm 2026',
      'Xã Thạnh An là xã đảo, dân cư chủ yếu làm nghề biển; trên địa bàn có 2 chợ và 38 hộ kinh doanh. Ủy ban nhân dân xã báo cáo như sau:',
      [('xã phối hợp đoàn kiểm tra của Chi cục kiểm tra cân tại chợ Thạnh An và bến tàu: 01 cuộc, 11 cơ sở được kiểm tra, 02 trường hợp vi phạm bị nhắc nhở, chưa xử phạt. Việc này xã đã thực hiện xong.',
        'II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 11, 'violations': 2}),
       ('tuyên truyền trên loa truyền thanh xã về cân đối chứng, phát 06 tin; việc này đang thực hiện.',
        'II.1.a', 'in_progress', {'communications': 6}),
       ('cập nhật, áp dụng hệ thống quản lý chất lượng ISO tại bộ phận một cửa của xã: đã hoàn thành việc công bố lại hệ thống.',
        'II.2.đ', 'completed', {})],
      ['Đi lại giữa đảo và đất liền khó khăn, đoàn kiểm tra chỉ đến được theo lịch tàu.'],
      ['Đề nghị Chi cục bố trí lịch kiểm tra phù hợp với lịch tàu và hỗ trợ xã 01 cân đối chứng.'])

hand1('26566_BC_PhongChongThienTai_LongHuong.docx', ('26566', 'Phường Long Hương'), '301/BC-UBND', '2026-10-22',
      'Long Hương, ngày 22 tháng 10 năm 2026',
      'Ủy ban nhân dân phường Long Hương báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 như sau:',
      [('phường kiện toàn Ban Chỉ huy phòng thủ dân sự, phân công 6 thành viên phụ trách các khu phố.', None, None, None),
       ('tổ chức diễn tập phòng chống bão, ngập úng tại khu phố 3 với 120 người tham gia.', None, None, None),
       ('rà soát 45 hộ dân sống ven kênh có nguy cơ sạt lở, lập phương án di dời khi có bão.', None, None, None)],
      ['Kinh phí cho công tác phòng chống thiên tai còn hạn chế.'], ['Đề nghị hỗ trợ áo phao, đèn pin cho lực lượng xung kích.'],
      mistaken='Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026')

# ============ HAND 2: department clerk, several captioned "Bảng n." tables ============
def hand2(fname, unit, num, date_iso, date_txt, intro, tables, diffs, props):
    d = base_doc()
    header_table(d, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unit[1].upper(), 'Số: ' + num + '\nV/v báo cáo kết quả thực hiện KH CT38 năm 2026', date_txt)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', center=True)
    para(d, intro)
    entries = []
    for n, (caption, rows) in enumerate(tables, 1):
        para(d, f'Bảng {n}. {caption}', bold=True, italic=True)
        t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
        for i, h in enumerate(['Việc đã triển khai', 'Đơn vị tính', 'Số lượng', 'Tình trạng', 'Ghi chú']):
            t.rows[0].cells[i].text = h
        for row in rows:
            # row: (task, status, status_word, desc, [(dvt, qty_text, ind, val)], note)
            task, st, sw, desc, figs, note = row
            first = True
            for f in (figs or [(None, '', None, None)]):
                c = t.add_row().cells
                c[0].text = desc if first else ''
                c[1].text = f[0] or ''
                c[2].text = f[1]
                c[3].text = sw if first else ''
                c[4].text = note if first else ''
                first = False
            entries.append((task, st, {f[2]: f[3] for f in figs if f[2]}, desc))
    para(d, 'Khó khăn, vướng mắc:', bold=True)
    for x in diffs: para(d, '+ ' + x)
    para(d, 'Kiến nghị:', bold=True)
    for x in props: para(d, '+ ' + x)
    para(d, 'Sở ' + unit[1].replace('Sở ', '') + ' báo cáo để Sở Khoa học và Công nghệ tổng hợp./.')
    para(d, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', bold=True)
    d.save(os.path.join(OUT, fname))
    # merge by task
    merged = {}
    for t_, s_, ind, txt in entries:
        if t_ in merged:
            merged[t_][2].update(ind); merged[t_] = (t_, merged[t_][1], merged[t_][2], merged[t_][3] + ' ' + txt)
        else:
            merged[t_] = (t_, s_, dict(ind), txt)
    key(fname, unit, num, date_iso, list(merged.values()), diffs, props)

hand2('SoCongThuong_BC_CT38_2026.docx', ('SO-CT', 'Sở Công Thương'), '5127/SCT-QLTM', '2026-10-28',
      'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
      'Sở Công Thương nhận được Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ. Kết quả phối hợp thực hiện được tổng hợp tại các bảng dưới đây.',
      [('Phối hợp kiểm tra, giám sát hàng hóa lưu thông', [
          ('II.5.a', 'in_progress', 'Đang thực hiện', 'Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại cửa hàng bán lẻ',
           [('cuộc', '06', 'inspections', 6), ('cơ sở', '48', 'establishments_inspected', 48), ('cơ sở vi phạm', '05', 'violations', 5), ('đồng', '142.000.000', 'fines_vnd', 142000000)], 'Theo Kế hoạch liên ngành'),
          ('II.5.b', 'completed', 'Đã xong', 'Phối hợp lấy mẫu xăng dầu khảo sát chất lượng',
           [('mẫu', '32', 'samples_tested', 32)], '')]),
       ('Tuyên truyền, hỗ trợ doanh nghiệp', [
          ('II.1.a', 'completed', 'Đã xong', 'Đăng tin, bài về quy định đo lường trong kinh doanh xăng dầu trên Cổng thông tin Sở',
           [('tin, bài', '08', 'communications', 8)], ''),
          ('II.2.d', 'in_progress', 'Đang thực hiện', 'Hướng dẫn doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý chất lượng',
           [('doanh nghiệp', '14', 'enterprises_supported', 14)], 'Chương trình khuyến công')]),
       ('Góp ý tiêu chuẩn, quy chuẩn', [
          ('II.2.e', 'completed', 'Đã xong', 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia lĩnh vực công thương',
           [('dự thảo', '03', 'standards_reviewed', 3)], '')])],
      ['Một số cửa hàng xăng dầu đóng cửa, chuyển chủ nên khó xác định đối tượng kiểm tra.'],
      ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để phối hợp quản lý.'])

hand2('SoYTe_baocao_CT38.docx', ('SO-YT', 'Sở Y tế'), '8842/SYT-NVD', '2026-10-26',
      'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
      'Sở Y tế báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026 như sau:',
      [('Kiểm định, hiệu chuẩn phương tiện đo trong cơ sở y tế', [
          ('II.5.a', 'in_progress', 'Đang thực hiện', 'Kiểm tra việc kiểm định phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học) tại cơ sở khám chữa bệnh tư nhân',
           [('cuộc', '03', 'inspections', 3), ('cơ sở', '21', 'establishments_inspected', 21), ('cơ sở vi phạm', '02', 'violations', 2)], ''),
          ('II.4.b', 'completed', 'Hoàn thành', 'Kiểm định, hiệu chuẩn phương tiện đo tại các bệnh viện trực thuộc',
           [('phương tiện', '1.248', 'instruments_verified', 1248), ('đồng', '386.500.000', 'budget_spent_vnd', 386500000)], 'Nguồn chi thường xuyên')]),
       ('Đào tạo, tập huấn', [
          ('II.3.a', 'completed', 'Hoàn thành', 'Tập huấn quy định đo lường trong lĩnh vực y tế cho cán bộ thiết bị y tế',
           [('lớp', '02', 'training_courses', 2), ('người', '164', 'participants', 164)], ''),
          ('II.6.a', 'not_applicable', 'Không phát sinh', 'Cập nhật điều ước quốc tế có liên quan', [], '')])],
      ['Số lượng phương tiện đo trong cơ sở y tế lớn, tổ chức kiểm định được chỉ định còn ít.'],
      ['Đề nghị Sở Khoa học và Công nghệ công bố danh sách tổ chức kiểm định được chỉ định trên địa bàn.'])

hand2('SoXayDung_CT38_2026.docx', ('SO-XD', 'Sở Xây dựng'), '10315/SXD-VLXD', '2026-10-30',
      'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
      'Sở Xây dựng báo cáo kết quả thực hiện các nội dung phối hợp như sau:',
      [('Kiểm tra chất lượng vật liệu xây dựng', [
          ('II.5.a', 'completed', 'Đã thực hiện xong', 'Kiểm tra chất lượng vật liệu xây dựng (thép, xi măng, kính) tại cửa hàng',
           [('đợt', '02', 'inspections', 2), ('cửa hàng', '19', 'establishments_inspected', 19), ('cửa hàng vi phạm', '01', 'violations', 1), ('đồng', '25.000.000', 'fines_vnd', 25000000)], ''),
          ('II.5.b', 'completed', 'Đã thực hiện xong', 'Lấy mẫu thép xây dựng thử nghiệm',
           [('mẫu', '12', 'samples_tested', 12)], 'Kết quả: đạt 11/12 mẫu')]),
       ('Quy chuẩn kỹ thuật', [
          ('II.2.e', 'in_progress', 'Đang dự thảo', 'Xây dựng quy chuẩn kỹ thuật địa phương về vật liệu xây dựng không nung',
           [('dự thảo', '01', 'standards_reviewed', 1)], 'Dự kiến trình Quý I/2027')])],
      ['Chi phí thử nghiệm mẫu vật liệu cao, dự toán chưa đủ.'],
      ['Đề nghị bổ sung kinh phí lấy mẫu thử nghiệm vật liệu xây dựng năm 2027.'])

hand2('SoNNMT_BC_phoihop_CT38.docx', ('SO-NNMT', 'Sở Nông nghiệp và Môi trường'), '7719/SNNMT-QLCL', '2026-10-31',
      'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
      'Sở Nông nghiệp và Môi trường báo cáo kết quả phối hợp như sau:',
      [('Truy xuất nguồn gốc nông sản', [
          ('II.2.a', 'in_progress', 'Đang triển khai', 'Hướng dẫn cơ sở sản xuất nông sản áp dụng truy xuất nguồn gốc, cấp mã QR',
           [('cơ sở', '37', 'enterprises_supported', 37)], 'Đề án 100')]),
       ('Tập huấn', [
          ('II.3.b', 'completed', 'Đã xong', 'Tập huấn VietGAP và năng suất chất lượng cho hợp tác xã',
           [('lớp', '04', 'training_courses', 4), ('lượt người', '212', 'participants', 212), ('đồng', '58.400.000', 'budget_spent_vnd', 58400000)], '')]),
       ('Kiểm tra', [
          ('II.5.a', 'in_progress', 'Đang triển khai', 'Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật',
           [('cuộc', '05', 'inspections', 5), ('cơ sở', '40', 'establishments_inspected', 40), ('cơ sở vi phạm', '06', 'violations', 6), ('đồng', '96.000.000', 'fines_vnd', 96000000), ('mẫu', '18', 'samples_tested', 18)], '')])],
      ['Nhiều hợp tác xã chưa đủ kinh phí duy trì hệ thống truy xuất nguồn gốc.'],
      ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối dữ liệu truy xuất nguồn gốc với Cổng quốc gia.'])

# ============ HAND 3: statistician, workbook "Công văn" sheet + attached "Biểu 01" with Mã số ============
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def hand3(fname, unit, num, date_iso, date_txt, letter, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = 'Cong van'
    lines = [unit[1].upper() + '\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: ' + num, date_txt, '',
             'BÁO CÁO', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026', ''] + letter + \
            ['', '(Số liệu chi tiết tại Biểu 01 kèm theo)', '', 'Khó khăn, vướng mắc:'] + ['- ' + x for x in diffs] + \
            ['', 'Đề xuất, kiến nghị:'] + ['- ' + x for x in props] + ['', 'THỦ TRƯỞNG ĐƠN VỊ']
    for i, l in enumerate(lines, 1):
        ws.cell(i, 1, l)
    ws.column_dimensions['A'].width = 110
    b = wb.create_sheet('Bieu 01')
    b['A1'] = 'Biểu 01/CT38'; b['A2'] = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026'
    b['A3'] = '(Kèm theo Báo cáo số ' + num + ')'; b['A1'].font = Font(italic=True); b['A2'].font = Font(bold=True)
    hdr = ['Mã số', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', 'Mức độ thực hiện', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = b.cell(5, j, h); c.font = Font(bold=True); c.border = B
    for j in range(1, 7):
        b.cell(6, j, chr(64 + j)).alignment = Alignment(horizontal='center'); b.cell(6, j).border = B
    r = 7; entries = []; code = 1
    for task, st, sw, title, figs in rows:
        b.cell(r, 1, f'{code:02d}'); b.cell(r, 2, title).font = Font(bold=True); b.cell(r, 5, sw)
        for j in range(1, 7): b.cell(r, j).border = B
        r += 1; sub = 1; inds = {}
        for lab, dvt, ind, val in figs:
            b.cell(r, 1, f'{code:02d}.{sub}'); b.cell(r, 2, '  - ' + lab); b.cell(r, 3, dvt)
            c = b.cell(r, 4, val)
            c.number_format = '#,##0' if val >= 1000 else '0'
            for j in range(1, 7): b.cell(r, j).border = B
            if ind: inds[ind] = val
            r += 1; sub += 1
        entries.append((task, st, inds, title)); code += 1
    for col, w in zip('ABCDEF', [8, 60, 12, 14, 18, 20]):
        b.column_dimensions[col].width = w
    b.cell(r + 1, 2, 'Người lập biểu'); b.cell(r + 1, 5, 'Thủ trưởng đơn vị')
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, num, date_iso, entries, diffs, props)

hand3('ChiCucTDC_BC_CT38_kem_bieu.xlsx', ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
      '1186/BC-TĐC', '2026-10-30', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
      ['Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo tình hình thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch; nhìn chung các nhiệm vụ triển khai đúng tiến độ.'],
      [('II.1.a', 'completed', 'Hoàn thành', 'Tập huấn văn bản QPPL về TCĐLCL, tọa đàm doanh nghiệp nhập khẩu',
        [('Số lớp tập huấn, tọa đàm', 'lớp', 'training_courses', 5), ('Số lượt người tham dự', 'lượt người', 'participants', 640), ('Kinh phí đã sử dụng', 'đồng', 'budget_spent_vnd', 74250000)]),
       ('II.1.b', 'completed', 'Hoàn thành', 'Tuyên truyền, vận động tham dự Giải thưởng Chất lượng Quốc gia',
        [('Số doanh nghiệp được hướng dẫn hồ sơ', 'doanh nghiệp', 'enterprises_supported', 11)]),
       ('II.2.b', 'in_progress', 'Đang thực hiện', 'Hoạt động Giải thưởng Chất lượng Quốc gia (Hội đồng sơ tuyển)',
        [('Số hồ sơ đã đánh giá', 'hồ sơ', None, 7)]),
       ('II.2.d', 'in_progress', 'Đang thực hiện', 'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy',
        [('Số doanh nghiệp được hỗ trợ', 'doanh nghiệp', 'enterprises_supported', 23)]),
       ('II.2.h', 'completed', 'Hoàn thành', 'Đề xuất hoàn thiện Hệ thống thông tin giải quyết TTHC của Bộ', []),
       ('II.4.b', 'in_progress', 'Đang thực hiện', 'Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
        [('Số phương tiện đã kiểm định, hiệu chuẩn', 'chiếc', 'instruments_verified', 36), ('Kinh phí đã giải ngân', 'đồng', 'budget_spent_vnd', 41800000)]),
       ('II.5.a', 'in_progress', 'Đang thực hiện', 'Kiểm tra nhà nước về TCĐLCL hàng hóa lưu thông',
        [('Số cuộc kiểm tra', 'cuộc', 'inspections', 14), ('Số cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', 126), ('Số cơ sở vi phạm', 'cơ sở', 'violations', 17), ('Số tiền xử phạt', 'đồng', 'fines_vnd', 318500000)]),
       ('II.5.b', 'completed', 'Hoàn thành', 'Khảo sát chất lượng sản phẩm, hàng hóa',
        [('Số mẫu khảo sát', 'mẫu', 'samples_tested', 150)]),
       ('II.6.b', 'not_applicable', 'Không phát sinh', 'Phối hợp APO về năng suất khu vực công', [])],
      ['Biên chế kiểm soát viên đo lường còn thiếu so với khối lượng công việc sau hợp nhất địa giới.',
       'Một số phường, xã mới chưa phân công công chức đầu mối về tiêu chuẩn đo lường chất lượng.'],
      ['Đề nghị Sở bố trí thêm kinh phí khảo sát chất lượng năm 2027.',
       'Đề nghị Sở có văn bản đôn đốc các phường, xã cử công chức đầu mối.'])

hand3('TTPTTN_bieu_CT38_2026.xlsx', ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
      '642/BC-TTPTTN', '2026-10-29', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
      ['Trung tâm báo cáo kết quả thực hiện các nhiệm vụ chủ trì và phối hợp trong Kế hoạch.'],
      [('II.4.a', 'in_progress', 'Đang thực hiện', 'Đầu tư trang thiết bị phòng thử nghiệm, hiệu chuẩn',
        [('Kinh phí đã giải ngân', 'đồng', 'budget_spent_vnd', 2350000000), ('Số thiết bị đã nghiệm thu', 'bộ', None, 4)]),
       ('II.4.c', 'completed', 'Hoàn thành', 'Duy trì liên kết chuẩn đo lường đến chuẩn quốc gia',
        [('Số chuẩn đã hiệu chuẩn liên kết', 'chuẩn', 'instruments_verified', 28)]),
       ('II.2.g', 'in_progress', 'Đang thực hiện', 'Mở rộng phạm vi dịch vụ kỹ thuật kiểm định, thử nghiệm',
        [('Số phép thử được công nhận bổ sung', 'phép thử', None, 15), ('Số doanh nghiệp sử dụng dịch vụ', 'doanh nghiệp', 'enterprises_supported', 412)])],
      ['Quy trình mua sắm thiết bị kéo dài.'],
      ['Đề nghị Sở sớm phê duyệt danh mục mua sắm thiết bị năm 2027.'])

hand3('PhongKTPC_CT38_bieu.xlsx', ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'),
      '58/BC-KTPC', '2026-10-27', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
      ['Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp thực hiện Kế hoạch.'],
      [('II.5.a', 'completed', 'Hoàn thành', 'Phối hợp kiểm tra chất lượng hàng hóa',
        [('Số cuộc kiểm tra phối hợp', 'cuộc', 'inspections', 5), ('Số cơ sở', 'cơ sở', 'establishments_inspected', 33)]),
       ('II.2.c', 'completed', 'Hoàn thành', 'Góp ý sửa đổi Luật Chất lượng sản phẩm, hàng hóa',
        [('Số văn bản góp ý', 'văn bản', None, 2)]),
       ('II.5.d', 'not_applicable', 'Không phát sinh', 'Khen thưởng, bảo vệ người tố giác vi phạm', [])],
      [], ['Đề nghị Chi cục gửi kế hoạch kiểm tra năm 2027 sớm để Phòng chủ động phối hợp.'])

hand3('PhongQLKH_bieu01_CT38.xlsx', ('SKHCN-QLKH', 'Phòng Quản lý Khoa học'),
      '41/BC-QLKH', '2026-10-28', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
      ['Phòng Quản lý Khoa học báo cáo việc thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
      [('II.3.c', 'in_progress', 'Đang thực hiện', 'Thu hút chuyên gia, nhà khoa học lĩnh vực TCĐLCL',
        [('Số hồ sơ chuyên gia tiếp nhận', 'hồ sơ', None, 3)]),
       ('II.3.b', 'completed', 'Hoàn thành', 'Phối hợp tổ chức hội thảo năng suất chất lượng',
        [('Số hội thảo', 'hội thảo', 'training_courses', 1), ('Số đại biểu', 'đại biểu', 'participants', 120)])],
      ['Mức thu nhập theo Nghị quyết 27/2023 chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường.'], [])

# ============ HAND 4: commune officer XLSX "NỘI DUNG | SỐ LIỆU | ĐÁNH GIÁ", judgement + status ============
def hand4(fname, unit, num, date_iso, rows, diffs, props, mistaken=None):
    wb = Workbook(); ws = wb.active; ws.title = 'BaoCao'
    ws['A1'] = 'UBND ' + unit[1].upper(); ws['A2'] = 'Số: ' + num
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    y, m, dd = date_iso.split('-'); ws['D3'] = f'Ngày {dd}/{m}/{y}'
    ws['A5'] = mistaken or 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG) NĂM 2026'
    ws['A5'].font = Font(bold=True)
    for j, h in enumerate(['STT', 'NỘI DUNG', 'SỐ LIỆU', 'ĐÁNH GIÁ'], 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B
    r = 8; entries = []
    for i, (task, st, content, figtxt, ev, inds) in enumerate(rows, 1):
        for j, v in enumerate([i, content, figtxt, ev], 1):
            c = ws.cell(r, j, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical='top')
        entries.append((task, st, inds, content)); r += 1
    r += 1; ws.cell(r, 2, 'KHÓ KHĂN:').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, x); r += 1
    ws.cell(r, 2, 'ĐỀ XUẤT:').font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, x); r += 1
    ws.cell(r + 1, 4, 'TM. UBND\nCHỦ TỊCH')
    for col, w in zip('ABCD', [6, 60, 30, 28]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit, num, date_iso, [], [], [], 'rejected', 'Báo cáo chuyển đổi số, không thuộc Kế hoạch CT38')
    else:
        key(fname, unit, num, date_iso, entries, diffs, props)

hand4('26732_ConDao_CT38.xlsx', ('26732', 'Đặc khu Côn Đảo'), '215/BC-UBND', '2026-10-28',
      [('II.5.c', 'completed', 'Phối hợp Chi cục kiểm tra đo lường, nhãn hàng hóa tại chợ Côn Đảo và các cửa hàng xăng dầu, gas',
        '03 cuộc; 22 cơ sở; 04 cơ sở vi phạm; phạt 12.000.000đ', 'Tốt – đã xong', {'inspections': 3, 'establishments_inspected': 22, 'violations': 4, 'fines_vnd': 12000000}),
       ('II.1.a', 'in_progress', 'Tuyên truyền trên Đài truyền thanh đặc khu và Fanpage về hàng giả, hàng kém chất lượng phục vụ khách du lịch',
        '15 tin bài', 'Khá – đang làm tiếp', {'communications': 15}),
       ('II.3.a', 'completed', 'Cử công chức dự tập huấn trực tuyến về quản lý đo lường',
        '01 lớp; 03 người', 'Đạt – đã xong', {'training_courses': 1, 'participants': 3}),
       ('II.2.đ', 'not_started', 'Áp dụng ISO 9001 cho các phòng chuyên môn sau sắp xếp',
        '', 'Chưa làm (chờ hướng dẫn)', {})],
      ['Giá vận chuyển mẫu ra đất liền để thử nghiệm cao.'],
      ['Đề nghị Chi cục hỗ trợ kinh phí gửi mẫu thử nghiệm cho đặc khu.'])

hand4('26704_PhuMy_BC_CT38_T10.xlsx', ('26704', 'Phường Phú Mỹ'), '533/BC-UBND', '2026-10-29',
      [('II.5.c', 'in_progress', 'Kiểm tra cân tại chợ Phú Mỹ, chợ Mỹ Xuân; kiểm tra cửa hàng xăng dầu trên QL51',
        '05 cuộc; 41 cơ sở; 06 vi phạm; phạt 18.500.000đ', 'Khá – đang làm tiếp', {'inspections': 5, 'establishments_inspected': 41, 'violations': 6, 'fines_vnd': 18500000}),
       ('II.2.d', 'completed', 'Hướng dẫn doanh nghiệp trong khu công nghiệp tự công bố tiêu chuẩn cơ sở',
        '07 doanh nghiệp', 'Tốt – đã xong', {'enterprises_supported': 7}),
       ('II.5.d', 'not_applicable', 'Khen thưởng người tố giác vi phạm về đo lường, chất lượng',
        '', 'Không có việc', {})],
      ['Cán bộ phường không có dụng cụ kiểm tra nhanh.'],
      ['Đề nghị trang bị bộ bình chuẩn kiểm tra nhanh cột đo xăng dầu cho phường.'])

hand4('26725_TanThanh_BC_CDS_T10.xlsx', ('26725', 'Phường Tân Thành'), '540/BC-UBND', '2026-10-25',
      [(None, None, 'Triển khai nền tảng họp trực tuyến tại 12 khu phố', '12 điểm', 'Tốt – đã xong', {}),
       (None, None, 'Số hóa hồ sơ thủ tục hành chính', '3.420 hồ sơ', 'Khá – đang làm tiếp', {}),
       (None, None, 'Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng', '02 lớp; 96 người', 'Tốt – đã xong', {})],
      ['Đường truyền internet tại một số khu phố không ổn định.'], ['Đề nghị hỗ trợ thiết bị cho Tổ công nghệ số.'],
      mistaken='BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG 10/2026')

# ============ HAND 5: deputy's memo, figures as slash pairs "lớp/học viên: 03/150" ============
def hand5(fname, unit, num, date_iso, date_txt, items, diffs, props):
    d = base_doc('Arial')
    header_table(d, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' if unit[0].startswith('SKHCN') else 'UBND THÀNH PHỐ HỒ CHÍ MINH', unit[1].upper(), 'Số: ' + num, date_txt)
    para(d, 'BÁO CÁO TÌNH HÌNH THỰC HIỆN KH CT38/2026', bold=True, center=True)
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng', italic=True, center=True)
    entries = []
    for i, (task, st, title, body, pairs, stw) in enumerate(items, 1):
        para(d, f'{i}) {title}', underline=True)
        para(d, body)
        inds = {}
        for labels, vals, ids in pairs:
            para(d, '    ' + labels + ': ' + '/'.join(vals))
            for iid, v in zip(ids, vals):
                if iid: inds[iid] = int(v.replace('.', ''))
        para(d, 'Tình trạng — ' + stw, italic=True)
        entries.append((task, st, inds, body))
    para(d, 'Vướng mắc', bold=True)
    for x in diffs: para(d, '• ' + x)
    para(d, 'Kiến nghị', bold=True)
    for x in props: para(d, '• ' + x)
    para(d, 'TRƯỞNG PHÒNG', bold=True)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, num, date_iso, entries, diffs, props)

hand5('VanPhongSo_BC_CT38.docx', ('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'), '212/BC-VP', '2026-10-28',
      'TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
      [('II.2.đ', 'in_progress', 'Duy trì, cải tiến ISO 9001 tại cơ quan Sở',
        'Văn phòng phối hợp Chi cục đánh giá nội bộ và cập nhật quy trình sau hợp nhất.',
        [('đợt đánh giá/quy trình cập nhật', ['02', '46'], [None, None])], 'đang làm, dự kiến xong tháng 11'),
       ('II.5.d', 'not_applicable', 'Khen thưởng người tố giác',
        'Trong kỳ chưa có đơn tố giác liên quan.', [], 'không phát sinh'),
       ('II.4.a', 'in_progress', 'Phối hợp đầu tư trang thiết bị cho đơn vị sự nghiệp',
        'Văn phòng thẩm định dự toán mua sắm và đã giải ngân một phần.',
        [('gói thầu/kinh phí giải ngân (đồng)', ['03', '1.120.000.000'], [None, 'budget_spent_vnd'])], 'đang làm')],
      ['Thủ tục mua sắm tập trung kéo dài.'], ['Đề nghị Chi cục gửi sớm nhu cầu mua sắm năm 2027.'])

hand5('PhongCDS_CT38_2026.docx', ('SKHCN-CDS', 'Phòng Chuyển đổi số'), '77/BC-CĐS', '2026-10-27',
      'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
      [('II.2.i', 'in_progress', 'Kết nối cơ sở dữ liệu quốc gia về TCĐLCL',
        'Phòng phối hợp Trung tâm CNTT và Địa không gian thử nghiệm kết nối API, đồng bộ dữ liệu.',
        [('bộ dữ liệu/bản ghi', ['04', '12.850'], [None, None])], 'đang làm'),
       ('II.2.h', 'completed', 'Liên thông Cổng một cửa quốc gia',
        'Đã hoàn tất kết nối liên thông hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu.',
        [], 'đã xong'),
       ('II.3.a', 'completed', 'Tập huấn sử dụng hệ thống',
        'Phòng hướng dẫn công chức Chi cục sử dụng phần mềm.',
        [('lớp/người', ['01', '35'], ['training_courses', 'participants'])], 'đã xong')],
      [], ['Đề nghị Bộ Khoa học và Công nghệ cấp tài khoản kết nối chính thức cho Sở.'])

hand5('SoGDDT_phoihop_CT38.docx', ('SO-GDDT', 'Sở Giáo dục và Đào tạo'), '6034/SGDĐT-CTTT', '2026-10-30',
      'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
      [('II.3.d', 'completed', 'Tập huấn tiêu chuẩn, đo lường cho giáo viên, học sinh trung cấp',
        'Sở phối hợp Chi cục tổ chức tập huấn về mã số mã vạch, truy xuất nguồn gốc tại các trường.',
        [('lớp/học viên', ['03', '275'], ['training_courses', 'participants'])], 'đã xong'),
       ('II.1.a', 'in_progress', 'Tuyên truyền trong trường học',
        'Đăng tin trên cổng thông tin ngành giáo dục.',
        [('tin bài', ['09'], ['communications'])], 'đang làm')],
      ['Thời gian tập huấn trùng lịch giảng dạy.'], [])
print('done')
