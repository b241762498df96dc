# -*- coding: utf-8 -*-
"""Generator for set205. Writes report files and truth keys (sha filled by finalize step)."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, rejected=None):
    KEYS[fname] = {
        "file": fname, "sha256": None,
        "status": "rejected" if rejected else "extracted",
        "reason": rejected,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [] if rejected else [
            {"task": t, "status": s, "indicators": ind, "text": txt} for (t, s, ind, txt) in entries],
        "findings": [],
        "difficulties": [] if rejected else diffs,
        "proposals": [] if rejected else props,
    }

def font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)

def para(doc, text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    for i, lines in enumerate((left, right)):
        c = t.rows[0].cells[i]; c.paragraphs[0].text = ''
        first = True
        for ln, b, it in lines:
            p = c.paragraphs[0] if first else c.add_paragraph(); first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln); r.bold = b; r.italic = it; r.font.size = Pt(12)

# ---------------------------------------------------------------- Hand A
# Đặng Thị Mỹ Hạnh – chuyên viên tổng hợp (departments + the Sở's own units)
def hand_a_docx(fname, unit_id, unit_name, parent, head, number, place_date, title, intro,
                items, diffs, props, signer, date_iso):
    doc = Document(); font(doc)
    header_table(doc, [(parent, False, False), (head, True, False), ('Số: ' + number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False),
                  ('Độc lập – Tự do – Hạnh phúc', True, False), (place_date, False, True)])
    para(doc, '')
    para(doc, 'BÁO CÁO', True, align='c')
    para(doc, title, True, align='c')
    para(doc, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
    para(doc, intro, align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', True)
    entries = []
    for i, it in enumerate(items, 1):
        para(doc, 'Đầu việc số %02d – %s' % (i, it['name']), True)
        for ln in it['lines']:
            para(doc, '- ' + ln, align='j')
        para(doc, 'Tiến độ chung: ' + it['st_word'], italic=True)
        entries.append((it['task'], it['status'], it['ind'], it['lines'][0]))
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', True)
    for d in diffs: para(doc, '- ' + d, align='j')
    para(doc, 'III. KIẾN NGHỊ, ĐỀ XUẤT', True)
    for d in props: para(doc, '- ' + d, align='j')
    para(doc, 'Trên đây là báo cáo của %s./.' % unit_name)
    para(doc, signer[0], True, align='r'); para(doc, ''); para(doc, signer[1], True, align='r')
    doc.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)

hand_a_docx(
    'SCT_bc-ct38-11thang.docx', 'SO-CT', 'Sở Công Thương',
    'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', '2871/BC-SCT',
    'Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026',
    'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần việc của Sở Công Thương)',
    'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả 10 tháng đầu năm như sau:',
    [
        dict(task='II.5.a', status='in_progress', ind={'inspections': 7, 'establishments_inspected': 46, 'violations': 5, 'fines_vnd': 62500000},
             name='Kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng',
             lines=['Tổng số 07 cuộc kiểm tra (trong đó: Sở chủ trì 04 cuộc, phối hợp 03 cuộc với Chi cục TĐC), kiểm tra 46 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG).',
                    'Phát hiện 05 cơ sở vi phạm về đo lường, chất lượng; đã ban hành quyết định xử phạt với tổng số tiền 62.500.000 đồng (trong đó: Sở chủ trì xử phạt 41.000.000 đồng, phối hợp 21.500.000 đồng).'],
             st_word='đang tiếp tục thực hiện theo kế hoạch thanh tra, kiểm tra năm 2026.'),
        dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3},
             name='Góp ý dự thảo quy chuẩn kỹ thuật',
             lines=['Sở đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (trong đó: Sở chủ trì góp ý 01 dự thảo, phối hợp với Chi cục TĐC 02 dự thảo).'],
             st_word='đã hoàn thành.'),
        dict(task='II.3.a', status='completed', ind={'training_courses': 2, 'participants': 12},
             name='Cử công chức tham gia tập huấn nghiệp vụ',
             lines=['Sở cử 12 lượt công chức Phòng Quản lý thương mại và Phòng Kỹ thuật an toàn – Môi trường tham dự 02 lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.'],
             st_word='đã hoàn thành.'),
        dict(task='II.2.đ', status='completed', ind={},
             name='Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
             lines=['Sở đã rà soát, cập nhật quy trình nội bộ và tổ chức đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong tháng 9/2026.'],
             st_word='đã hoàn thành.'),
        dict(task='II.1.a', status='in_progress', ind={'communications': 15},
             name='Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
             lines=['Đăng tải 15 tin, bài trên Trang thông tin điện tử của Sở (trong đó: Sở chủ trì 09 tin, bài; phối hợp đăng lại 06 tin, bài của Chi cục TĐC).'],
             st_word='đang thực hiện.'),
    ],
    ['Lực lượng quản lý thị trường sau sắp xếp mỏng, chưa bố trí được công chức chuyên trách theo dõi lĩnh vực đo lường.',
     'Chưa có thiết bị kiểm tra nhanh chất lượng xăng dầu tại hiện trường.'],
    ['Đề nghị Chi cục TĐC hỗ trợ thiết bị kiểm tra nhanh chất lượng xăng dầu khi tổ chức kiểm tra liên ngành.'],
    ('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Huỳnh Văn Toàn'), '2026-11-04')

hand_a_docx(
    'SNNMT-baocao-CT38.docx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường',
    'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '1954/BC-SNNMT',
    'Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026',
    'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
    'Sở Nông nghiệp và Môi trường báo cáo các nội dung có liên quan đến chức năng, nhiệm vụ của Sở như sau:',
    [
        dict(task='II.2.a', status='in_progress', ind={'enterprises_supported': 18},
             name='Truy xuất nguồn gốc nông sản',
             lines=['Hướng dẫn 18 hợp tác xã, doanh nghiệp nông nghiệp áp dụng hệ thống truy xuất nguồn gốc (trong đó: Sở chủ trì 11 đơn vị, phối hợp Chi cục TĐC 07 đơn vị).'],
             st_word='đang triển khai, dự kiến hoàn thành trong tháng 12/2026.'),
        dict(task='II.5.a', status='in_progress', ind={'inspections': 9, 'establishments_inspected': 73, 'violations': 8, 'fines_vnd': 147000000, 'samples_tested': 36},
             name='Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi',
             lines=['Thực hiện 09 cuộc kiểm tra (trong đó: Sở chủ trì 06 cuộc, phối hợp 03 cuộc), kiểm tra 73 cơ sở sản xuất, kinh doanh; lấy 36 mẫu để thử nghiệm chỉ tiêu chất lượng.',
                    'Phát hiện 08 cơ sở vi phạm; xử phạt vi phạm hành chính 147.000.000 đồng.'],
             st_word='đang thực hiện (thường xuyên).'),
        dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3},
             name='Góp ý quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương',
             lines=['Góp ý 03 dự thảo quy chuẩn (gồm 02 dự thảo QCVN về phân bón, giống cây trồng và 01 dự thảo quy chuẩn kỹ thuật địa phương về nước sạch; trong đó: Sở chủ trì 01, phối hợp 02).'],
             st_word='đã hoàn thành.'),
        dict(task='II.2.đ', status='completed', ind={},
             name='Hệ thống quản lý chất lượng ISO tại cơ quan',
             lines=['Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi hợp nhất, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền.'],
             st_word='đã hoàn thành.'),
        dict(task='II.6.b', status='not_applicable', ind={},
             name='Hợp tác với APO về năng suất',
             lines=['Trong kỳ không phát sinh yêu cầu phối hợp.'],
             st_word='không phát sinh.'),
    ],
    ['Nhiều hợp tác xã còn lúng túng khi cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc.'],
    ['Đề nghị Sở Khoa học và Công nghệ tổ chức lớp hướng dẫn riêng cho hợp tác xã nông nghiệp về truy xuất nguồn gốc.',
     'Đề nghị bố trí kinh phí thử nghiệm mẫu phân bón trong năm 2027.'],
    ('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trần Thị Bích Liên'), '2026-11-10')

hand_a_docx(
    'SYT_3310-phoihop-KH38.docx', 'SO-YT', 'Sở Y tế',
    'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', '3310/BC-SYT',
    'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
    'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    'Sở Y tế báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:',
    [
        dict(task='II.5.a', status='in_progress', ind={'inspections': 4, 'establishments_inspected': 21, 'violations': 2},
             name='Kiểm tra phương tiện đo dùng trong y tế',
             lines=['Tổ chức 04 cuộc kiểm tra phương tiện đo (huyết áp kế, cân sức khỏe, nhiệt kế y học) (trong đó: Sở chủ trì 01 cuộc, phối hợp 03 cuộc với Chi cục TĐC) tại 21 cơ sở khám bệnh, chữa bệnh; phát hiện 02 cơ sở sử dụng phương tiện đo chưa kiểm định, đã yêu cầu khắc phục.'],
             st_word='đang thực hiện.'),
        dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 6},
             name='Tham gia tập huấn nghiệp vụ',
             lines=['Cử 06 công chức, viên chức tham dự 01 lớp tập huấn về đo lường trong lĩnh vực y tế do Chi cục TĐC tổ chức.'],
             st_word='đã hoàn thành.'),
        dict(task='II.2.e', status='completed', ind={'standards_reviewed': 1},
             name='Góp ý quy chuẩn',
             lines=['Góp ý 01 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế (Sở chủ trì).'],
             st_word='đã hoàn thành.'),
        dict(task='II.2.đ', status='completed', ind={},
             name='Áp dụng ISO 9001 trong cơ quan',
             lines=['Duy trì, cải tiến hệ thống quản lý chất lượng; đã tổ chức đánh giá nội bộ năm 2026.'],
             st_word='đã hoàn thành.'),
        dict(task='II.5.d', status='not_applicable', ind={},
             name='Tiếp nhận tố giác vi phạm',
             lines=['Trong kỳ, Sở không nhận được tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.'],
             st_word='không phát sinh.'),
    ],
    ['Một số cơ sở y tế tư nhân chưa lập sổ theo dõi kiểm định phương tiện đo.'],
    ['Đề nghị Chi cục TĐC cung cấp danh sách tổ chức kiểm định được chỉ định đối với huyết áp kế để Sở thông báo cho cơ sở y tế.'],
    ('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lê Hoàng Phúc'), '2026-10-30')

hand_a_docx(
    'KTPC_142-BC-CT38.docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế',
    'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', '142/BC-KTPC',
    'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
    'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Phòng Kiểm tra – Pháp chế',
    'Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch như sau:',
    [
        dict(task='II.5.a', status='in_progress', ind={'inspections': 11, 'establishments_inspected': 58, 'violations': 14, 'fines_vnd': 186750000},
             name='Kiểm tra về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa',
             lines=['Phòng tham gia 11 cuộc kiểm tra (trong đó: Phòng chủ trì 04 cuộc, phối hợp với Chi cục 07 cuộc), kiểm tra 58 cơ sở; phát hiện 14 cơ sở vi phạm, tham mưu xử phạt 186.750.000 đồng.'],
             st_word='đang thực hiện.'),
        dict(task='II.5.b', status='completed', ind={'samples_tested': 40},
             name='Khảo sát chất lượng sản phẩm, hàng hóa',
             lines=['Phối hợp khảo sát 40 mẫu xăng dầu và mũ bảo hiểm (trong đó: Phòng chủ trì lấy 10 mẫu, phối hợp 30 mẫu).'],
             st_word='đã hoàn thành.'),
        dict(task='II.2.c', status='completed', ind={},
             name='Góp ý sửa đổi văn bản quy phạm pháp luật',
             lines=['Phòng đã phối hợp với Chi cục góp ý 02 dự thảo văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Bộ Khoa học và Công nghệ.'],
             st_word='đã hoàn thành.'),
        dict(task='II.4.b', status='in_progress', ind={},
             name='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ',
             lines=['Phối hợp với Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, đề xuất bổ sung thiết bị đo nhanh.'],
             st_word='đang thực hiện.'),
        dict(task='II.5.d', status='completed', ind={},
             name='Xử lý tố giác vi phạm',
             lines=['Tiếp nhận 03 đơn tố giác hành vi gian lận đo lường tại chợ; đã phối hợp xác minh, xử lý xong cả 03 đơn.'],
             st_word='đã hoàn thành.'),
    ],
    ['Số lượng công chức làm công tác kiểm tra còn ít so với số cuộc kiểm tra phối hợp.'],
    ['Đề nghị Lãnh đạo Sở bổ sung 01 biên chế cho công tác kiểm tra chuyên ngành.'],
    ('TRƯỞNG PHÒNG', 'Võ Thanh Sơn'), '2026-10-28')

# ---------------------------------------------------------------- Hand B
# Trần Minh Quân – công chức Kinh tế phường/xã; answers the Sở's đề cương as Hỏi/Đáp
def hand_b_docx(fname, unit_id, unit_name, number, date_line, title, qa, diffs, props, signer, date_iso,
                rejected=None, entries_meta=()):
    doc = Document(); font(doc, 'Arial', 11)
    for ln in ['UBND ' + unit_name.upper(), 'Số: ' + number]:
        para(doc, ln, bold=ln.startswith('UBND'))
    para(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, align='r')
    para(doc, 'Độc lập - Tự do - Hạnh phúc', True, align='r')
    para(doc, date_line, italic=True, align='r')
    para(doc, title, True, align='c')
    para(doc, '(Trả lời theo đề cương gợi ý của Sở Khoa học và Công nghệ)', italic=True, align='c')
    for q, a in qa:
        p = doc.add_paragraph(); r = p.add_run('Hỏi: '); r.bold = True; r2 = p.add_run(q); r2.italic = True
        if isinstance(a, list):
            p = doc.add_paragraph(); r = p.add_run('Đáp: '); r.bold = True
            for ln in a: para(doc, '- ' + ln)
        else:
            p = doc.add_paragraph(); r = p.add_run('Đáp: '); r.bold = True; p.add_run(a)
    para(doc, signer[0], True, align='r'); para(doc, ''); para(doc, signer[1], True, align='r')
    doc.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, list(entries_meta), diffs, props, rejected)

q_tt = 'Địa phương đã tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng như thế nào? Số tin, bài; số hội nghị, số người tham dự?'
q_th = 'Công chức của địa phương có tham gia các lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng không? Số lớp, số người?'
q_kt = 'Kết quả thực hiện nhiệm vụ kiểm tra về đo lường, chất lượng được phân cấp (số cuộc, số cơ sở, vi phạm, xử phạt)?'
q_tg = 'Địa phương có tiếp nhận tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng không?'
q_dn = 'Địa phương đã hỗ trợ, hướng dẫn doanh nghiệp, hộ kinh doanh công bố chất lượng sản phẩm, áp dụng tiêu chuẩn chưa?'
q_iso = 'Việc áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan?'
q_ks = 'Địa phương có phối hợp với Chi cục khảo sát, lấy mẫu chất lượng sản phẩm, hàng hóa không?'
q_kk = 'Khó khăn, vướng mắc trong quá trình thực hiện?'
q_kn = 'Kiến nghị, đề xuất?'

a = 'Xã có làm. Trong năm xã đã đăng 08 tin, bài trên trang thông tin điện tử và đài truyền thanh xã, phát tờ rơi tại chợ Bình Châu. Việc này làm thường xuyên, đang tiếp tục.'
b = 'Xã cử 02 đồng chí (công chức Kinh tế và cán bộ Ban quản lý chợ) dự 01 lớp do Chi cục tổ chức ngày 14/5/2026. Đã xong.'
c = 'Xã lập 01 tổ kiểm tra, đã đi 03 cuộc tại chợ Bình Châu và các điểm kinh doanh ven đường, kiểm tra 27 cơ sở (chủ yếu cân), phát hiện 04 trường hợp cân sai, đã nhắc nhở, chưa xử phạt. Còn đang làm, tháng 12 đi tiếp đợt Tết.'
d = 'Không có phát sinh.'
dk = ['Chợ Bình Châu chưa có cân đối chứng đạt chuẩn, người dân khó tự kiểm tra.']
dp = ['Đề nghị Chi cục cấp 02 cân đối chứng cho chợ Bình Châu và chợ Láng Găng.']
hand_b_docx('BinhChau_BC97-TDC.docx', '26656', 'Xã Bình Châu', '97/BC-UBND',
            'Bình Châu, ngày 03 tháng 11 năm 2026',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
            [(q_tt, a), (q_th, b), (q_kt, c), (q_tg, d), (q_kk, dk), (q_kn, dp)], dk, dp,
            ('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn Tám'), '2026-11-03',
            entries_meta=[('II.1.a', 'in_progress', {'communications': 8}, a),
                          ('II.3.a', 'completed', {'training_courses': 1, 'participants': 2}, b),
                          ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 27, 'violations': 4}, c),
                          ('II.5.d', 'not_applicable', {}, d)])

a = 'Phường đăng 14 tin, bài trên trang tin phường và nhóm Zalo khu phố; tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho 86 hộ kinh doanh. Phần này phường đã làm xong cho năm 2026.'
c = 'Phường tổ chức 05 cuộc kiểm tra tại chợ Tân Đông Hiệp, chợ Dĩ An 2 và các cửa hàng vàng bạc, kiểm tra 41 cơ sở, phát hiện 06 cơ sở vi phạm, xử phạt 9.500.000 đồng. Đang làm, còn 01 cuộc trong tháng 12.'
e = 'Phường hướng dẫn 07 doanh nghiệp nhỏ và hộ sản xuất tự công bố sản phẩm, ghi nhãn hàng hóa. Đang làm.'
f = 'Phường vẫn áp dụng; sau sắp xếp đang xây dựng lại bộ quy trình cho phù hợp mô hình mới, chưa xong.'
b = 'Năm nay phường chưa cử được người đi tập huấn do lớp của Chi cục trùng lịch tiếp công dân. Chưa làm.'
dk = ['Công chức Kinh tế kiêm nhiệm nhiều việc, không có thời gian đi kiểm tra thường xuyên.',
      'Hộ kinh doanh ở chợ thay đổi liên tục nên khó theo dõi.']
dp = ['Đề nghị Chi cục mở thêm lớp tập huấn vào cuối tuần hoặc học trực tuyến cho công chức phường.']
hand_b_docx('TanDongHiep_412BC.docx', '25945', 'Phường Tân Đông Hiệp', '412/BC-UBND',
            'Tân Đông Hiệp, ngày 07 tháng 11 năm 2026',
            'BÁO CÁO Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
            [(q_tt, a), (q_kt, c), (q_dn, e), (q_iso, f), (q_th, b), (q_kk, dk), (q_kn, dp)], dk, dp,
            ('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Phan Thị Ngọc Hân'), '2026-11-07',
            entries_meta=[('II.1.a', 'completed', {'communications': 14, 'training_courses': 1, 'participants': 86}, a),
                          ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 41, 'violations': 6, 'fines_vnd': 9500000}, c),
                          ('II.2.d', 'in_progress', {'enterprises_supported': 7}, e),
                          ('II.2.đ', 'in_progress', {}, f),
                          ('II.3.a', 'not_started', {}, b)])

a = 'Đăng 06 tin, bài trên trang thông tin điện tử phường. Đang tiếp tục làm.'
c = 'Phường đi 02 cuộc kiểm tra đo lường tại chợ Tân Hiệp, kiểm tra 15 cơ sở, không phát hiện vi phạm. Đã xong 02 đợt theo kế hoạch của phường.'
k = 'Có. Phường phối hợp Chi cục lấy 06 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng. Xong.'
b = 'Phường cử 03 công chức dự 01 lớp tập huấn do Chi cục tổ chức. Xong.'
dk = ['Phường chưa có kinh phí riêng cho công tác kiểm tra đo lường.']
dp = ['Đề nghị Thành phố bố trí kinh phí hỗ trợ các phường thực hiện nhiệm vụ kiểm tra được phân cấp.']
hand_b_docx('BC_TanHiep_CT38.docx', '25920', 'Phường Tân Hiệp', '156/BC-UBND',
            'Tân Hiệp, ngày 29 tháng 10 năm 2026',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW (NĂM 2026)',
            [(q_tt, a), (q_kt, c), (q_ks, k), (q_th, b), (q_kk, dk), (q_kn, dp)], dk, dp,
            ('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Đỗ Quang Vinh'), '2026-10-29',
            entries_meta=[('II.1.a', 'in_progress', {'communications': 6}, a),
                          ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 15}, c),
                          ('II.5.b', 'completed', {'samples_tested': 6}, k),
                          ('II.3.a', 'completed', {'training_courses': 1, 'participants': 3}, b)])

# mistaken: digital transformation questionnaire
hand_b_docx('PhuLoi_BC220.docx', '25750', 'Phường Phú Lợi', '220/BC-UBND',
            'Phú Lợi, ngày 05 tháng 11 năm 2026',
            'BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2026',
            [('Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình?',
              'Đạt 87% tổng số hồ sơ tiếp nhận; 4.210 hồ sơ trực tuyến toàn trình. Đang tiếp tục.'),
             ('Số tổ công nghệ số cộng đồng đã thành lập và hoạt động?', 'Phường có 12 tổ công nghệ số cộng đồng tại 12 khu phố. Đã xong.'),
             ('Việc số hóa hồ sơ, kết quả giải quyết TTHC?', 'Đã số hóa 95% kết quả giải quyết còn hiệu lực. Đang làm.'),
             (q_kk, ['Đường truyền tại bộ phận một cửa thường xuyên chậm.']),
             (q_kn, ['Đề nghị nâng cấp đường truyền cho bộ phận một cửa phường.'])], [], [],
            ('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Lâm Tuấn Kiệt'), '2026-11-05',
            rejected='Báo cáo về chuyển đổi số, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW')

# ---------------------------------------------------------------- Hand C
# Lê Thị Kim Ngân – công chức VH-XH/Kinh tế; every task block closes with a self-score
def hand_c_docx(fname, unit_id, unit_name, number, date_line, blocks, diffs, props, signer, date_iso):
    doc = Document(); font(doc, 'Times New Roman', 14)
    header_table(doc, [('ỦY BAN NHÂN DÂN', True, False), (unit_name.upper(), True, False), ('Số: ' + number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  (date_line, False, True)])
    para(doc, '')
    para(doc, 'BÁO CÁO', True, align='c')
    para(doc, 'Kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026', True, align='c')
    para(doc, 'Ủy ban nhân dân %s báo cáo kết quả thực hiện, kèm tự chấm điểm từng việc (thang điểm 10) như sau:' % unit_name)
    entries = []
    for i, bl in enumerate(blocks, 1):
        para(doc, '%d. %s' % (i, bl['name']), True)
        for ln in bl['lines']: para(doc, ln, align='j')
        p = para(doc, 'Tự chấm: %s' % bl['score'], italic=True)
        entries.append((bl['task'], bl['status'], bl['ind'], bl['lines'][0]))
    para(doc, 'Khó khăn:', True)
    for d in diffs: para(doc, '+ ' + d)
    para(doc, 'Kiến nghị:', True)
    for d in props: para(doc, '+ ' + d)
    para(doc, signer[0], True, align='r'); para(doc, ''); para(doc, signer[1], True, align='r')
    doc.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)

hand_c_docx('HoTram-baocao-TDC-2026.docx', '26620', 'Xã Hồ Tràm', '61/BC-UBND',
            'Hồ Tràm, ngày 02 tháng 11 năm 2026',
            [dict(task='II.1.a', status='completed', ind={'communications': 5, 'training_courses': 1, 'participants': 40},
                  name='Tuyên truyền cho hộ kinh doanh',
                  lines=['Xã đưa 05 tin trên loa truyền thanh và trang thông tin xã; tổ chức 01 buổi nói chuyện về cân đúng, đủ tại chợ Phước Bửu với 40 tiểu thương tham dự. Đã thực hiện xong.'],
                  score='8/10 — khá'),
             dict(task='II.5.c', status='in_progress', ind={'inspections': 4, 'establishments_inspected': 32, 'violations': 3, 'fines_vnd': 4500000},
                  name='Kiểm tra đo lường ở chợ và cây xăng',
                  lines=['Tổ kiểm tra của xã đã đi 04 cuộc, kiểm tra 32 cơ sở (cân của tiểu thương, cột đo xăng dầu); có 03 cơ sở vi phạm, phạt tổng cộng 4,5 triệu đồng.',
                         'Đang thực hiện, còn đợt kiểm tra cao điểm trước Tết Nguyên đán.'],
                  score='9/10 — tốt'),
             dict(task='II.3.a', status='completed', ind={'participants': 2},
                  name='Cử người đi tập huấn',
                  lines=['Xã cử 02 công chức đi tập huấn nghiệp vụ đo lường tại Chi cục. Đã thực hiện xong.'],
                  score='10/10 — rất tốt'),
             dict(task='II.2.d', status='not_started', ind={},
                  name='Hướng dẫn cơ sở công bố chất lượng sản phẩm',
                  lines=['Chưa thực hiện do chưa có cơ sở sản xuất nào trên địa bàn đề nghị hướng dẫn.'],
                  score='5/10 — chưa đạt')],
            ['Xã mới sáp nhập, địa bàn rộng, tổ kiểm tra chỉ có 03 người.'],
            ['Đề nghị Chi cục hỗ trợ xã 01 bộ quả cân chuẩn để kiểm tra cân tại chợ.'],
            ('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Thị Thu Trang'), '2026-11-02')

hand_c_docx('TanKhanh_305-BC-UBND.docx', '25891', 'Phường Tân Khánh', '305/BC-UBND',
            'Tân Khánh, ngày 09 tháng 11 năm 2026',
            [dict(task='II.2.đ', status='completed', ind={},
                  name='Hệ thống quản lý chất lượng ISO của phường',
                  lines=['Phường đã hoàn thành việc xây dựng lại và công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ máy sau sắp xếp.'],
                  score='9/10 — tốt'),
             dict(task='II.5.c', status='in_progress', ind={'inspections': 6, 'establishments_inspected': 52, 'violations': 7, 'fines_vnd': 12000000},
                  name='Kiểm tra đo lường, chất lượng theo phân cấp',
                  lines=['Phường tổ chức 06 cuộc kiểm tra, kiểm tra 52 cơ sở kinh doanh (chợ Tân Phước Khánh, cửa hàng vàng, cây xăng); phát hiện 07 cơ sở vi phạm, xử phạt 12 triệu đồng.',
                         'Hiện vẫn đang thực hiện theo kế hoạch năm.'],
                  score='8/10 — khá'),
             dict(task='II.5.b', status='completed', ind={'samples_tested': 10},
                  name='Phối hợp khảo sát chất lượng hàng hóa',
                  lines=['Phối hợp Chi cục lấy 10 mẫu mũ bảo hiểm và đồ chơi trẻ em bày bán tại địa bàn để khảo sát. Đã hoàn thành.'],
                  score='9/10 — tốt'),
             dict(task='II.5.d', status='completed', ind={},
                  name='Tiếp nhận phản ánh, tố giác',
                  lines=['Phường nhận 01 đơn phản ánh cân thiếu tại chợ, đã chuyển Chi cục và phối hợp xử lý xong.'],
                  score='10/10 — rất tốt'),
             dict(task='II.1.a', status='in_progress', ind={'communications': 9},
                  name='Tuyên truyền',
                  lines=['Đăng 09 tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin phường; đang tiếp tục thực hiện.'],
                  score='7/10 — khá')],
            ['Chưa có cán bộ được đào tạo chuyên sâu về đo lường.'],
            ['Đề nghị Chi cục hướng dẫn mẫu biên bản kiểm tra thống nhất cho cấp phường.'],
            ('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Trương Công Danh'), '2026-11-09')

def thin():
    s = Side(style='thin'); return Border(left=s, right=s, top=s, bottom=s)

# Hand C xlsx: self-score columns
def hand_c_xlsx():
    fname = 'BacTanUyen_tuchamCT38.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'BaoCao'
    ws['A1'] = 'UBND XÃ BẮC TÂN UYÊN'; ws['A2'] = 'Số: 74/BC-UBND'
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E2'] = 'Bắc Tân Uyên, ngày 12 tháng 11 năm 2026'
    ws['A4'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 VÀ TỰ CHẤM ĐIỂM'
    ws['A4'].font = Font(bold=True)
    hdr = ['STT', 'Việc xã làm', 'Kết quả', 'Tình hình', 'Tự chấm (điểm/10)', 'Xếp loại']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = thin()
    rows = [
        ('II.1.a', 'in_progress', {'communications': 4}, 'Tuyên truyền về đo lường, chất lượng',
         '04 tin, bài trên loa truyền thanh và Zalo ấp', 'đang thực hiện', 8, 'khá'),
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 19, 'violations': 2},
         'Kiểm tra cân, phương tiện đo tại chợ Tân Thành',
         '03 cuộc; 19 cơ sở; 02 cơ sở vi phạm (nhắc nhở, lập biên bản)', 'đã xong', 9, 'tốt'),
        ('II.3.a', 'completed', {'training_courses': 1, 'participants': 2}, 'Công chức đi tập huấn',
         '01 lớp, 02 người', 'đã xong', 10, 'rất tốt'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 3}, 'Hướng dẫn HTX công bố sản phẩm, ghi nhãn',
         'hướng dẫn 03 hợp tác xã (bưởi, mít, mật ong)', 'đang làm', 7, 'khá'),
    ]
    entries = []
    for i, (t, s, ind, name, res, st, sc, xl) in enumerate(rows, 1):
        vals = [i, name, res, st, sc, xl]
        for j, v in enumerate(vals, 1):
            c = ws.cell(6 + i, j, v); c.border = thin(); c.alignment = Alignment(wrap_text=True, vertical='top')
        entries.append((t, s, ind, name + ': ' + res))
    r = 7 + len(rows) + 1
    ws.cell(r, 1, 'Ghi chú: Tự chấm: 9/10 — tốt; 8/10 — khá ... theo thang điểm của xã.').font = Font(italic=True)
    diffs = ['Chợ Tân Thành họp tạm, nhiều tiểu thương không cố định nên khó quản lý cân.']
    props = ['Đề nghị Chi cục cử cán bộ hướng dẫn xã lập hồ sơ kiểm tra đo lường.']
    ws.cell(r + 1, 1, 'Khó khăn:').font = Font(bold=True); ws.cell(r + 1, 2, diffs[0])
    ws.cell(r + 2, 1, 'Kiến nghị:').font = Font(bold=True); ws.cell(r + 2, 2, props[0])
    ws.cell(r + 4, 5, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH'); ws.cell(r + 6, 5, 'Hồ Văn Nhẫn')
    for col, w in zip('ABCDEF', (6, 40, 45, 16, 14, 12)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, '25906', 'Xã Bắc Tân Uyên', '74/BC-UBND', '2026-11-12', entries, diffs, props)
hand_c_xlsx()

# ---------------------------------------------------------------- Hand A xlsx (TTPTTN)
def hand_a_xlsx():
    fname = 'TTPTTN_BC88-CT38.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'BC CT38'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws['A2'] = 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH'
    ws['A3'] = 'Số: 88/BC-TTPT'; ws['A4'] = 'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026'
    ws['A6'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A6'].font = Font(bold=True)
    hdr = ['TT', 'Đầu việc', 'Vai trò của Trung tâm', 'Tổng số', 'Trong đó: Trung tâm chủ trì', 'Trong đó: phối hợp', 'Đơn vị tính', 'Tiến độ chung']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = thin(); c.alignment = Alignment(wrap_text=True)
    rows = [
        ('1', 'Đầu tư trang thiết bị thử nghiệm, hiệu chuẩn (kinh phí đã giải ngân)', 'Chủ trì', '4.280.000.000', '4.280.000.000', '-', 'đồng', 'đang tiếp tục'),
        ('2', 'Dịch vụ kiểm định, hiệu chuẩn phương tiện đo', 'Chủ trì', '12.640', '11.920', '720', 'phương tiện', 'đang thực hiện'),
        ('', 'Thử nghiệm mẫu sản phẩm, hàng hóa', '', '1.385', '1.210', '175', 'mẫu', ''),
        ('3', 'Hiệu chuẩn, liên kết chuẩn đo lường chính', 'Phối hợp với Chi cục', '26', '-', '26', 'chuẩn', 'đã hoàn thành'),
        ('4', 'Đào tạo cho sinh viên về đo lường, chất lượng', 'Phối hợp với Chi cục', '02', '-', '02', 'lớp', 'đã hoàn thành'),
        ('', '', '', '145', '-', '145', 'lượt sinh viên', ''),
    ]
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw, 1):
            c = ws.cell(9 + i, j, v); c.border = thin(); c.alignment = Alignment(wrap_text=True, vertical='top')
    diffs = ['Một số thiết bị thử nghiệm nhập khẩu giao hàng chậm so với hợp đồng.']
    props = ['Đề nghị Sở sớm phê duyệt danh mục mua sắm thiết bị năm 2027 để Trung tâm chủ động lựa chọn nhà thầu.']
    r = 9 + len(rows) + 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); ws.cell(r, 2, diffs[0])
    ws.cell(r + 1, 1, 'Kiến nghị, đề xuất:').font = Font(bold=True); ws.cell(r + 1, 2, props[0])
    ws.cell(r + 3, 6, 'GIÁM ĐỐC'); ws.cell(r + 5, 6, 'Ngô Minh Khoa')
    for col, w in zip('ABCDEFGH', (5, 48, 20, 16, 16, 12, 14, 16)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '88/BC-TTPT', '2026-11-06',
        [('II.4.a', 'in_progress', {'budget_spent_vnd': 4280000000}, rows[0][1]),
         ('II.2.g', 'in_progress', {'instruments_verified': 12640, 'samples_tested': 1385}, rows[1][1]),
         ('II.4.c', 'completed', {'instruments_verified': 26}, rows[3][1]),
         ('II.3.d', 'completed', {'training_courses': 2, 'participants': 145}, rows[4][1])], diffs, props)
hand_a_xlsx()

# ---------------------------------------------------------------- Hand D
# Phạm Quốc Bảo – thống kê; month columns T1..T11 and a 'Lũy kế' column
MONTHS = ['T%d' % i for i in range(1, 12)]
def hand_d_xlsx(fname, unit_id, unit_name, head_lines, number, date_text, date_iso, blocks, diffs, props,
                signer, formulas=False, rejected=None, title=None):
    wb = Workbook(); ws = wb.active; ws.title = 'TH 11 thang'
    r = 1
    for ln in head_lines:
        ws.cell(r, 1, ln).font = Font(bold=True); r += 1
    ws.cell(r, 1, 'Số: ' + number); ws.cell(r, 10, date_text).font = Font(italic=True); r += 2
    ws.cell(r, 1, title or 'BIỂU THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 THEO THÁNG').font = Font(bold=True, size=12)
    r += 2
    hdr = ['STT', 'Nội dung', 'ĐVT'] + MONTHS + ['Lũy kế', 'Tình trạng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = thin()
        c.fill = PatternFill('solid', fgColor='DDEBF7'); c.alignment = Alignment(horizontal='center', wrap_text=True)
    r += 1
    entries = []
    for i, bl in enumerate(blocks, 1):
        ws.cell(r, 1, i).font = Font(bold=True); ws.cell(r, 2, bl['name']).font = Font(bold=True)
        ws.cell(r, 16, bl['st_word']).font = Font(bold=True)
        for j in range(1, 17): ws.cell(r, j).border = thin(); ws.cell(r, j).fill = PatternFill('solid', fgColor='F2F2F2')
        r += 1
        ind = {}
        for (label, unit, iid, months, scale) in bl['rows']:
            ws.cell(r, 2, '- ' + label); ws.cell(r, 3, unit)
            for m, v in enumerate(months):
                if v is not None: ws.cell(r, 4 + m, v)
            total = round(sum(v for v in months if v is not None), 3)
            if formulas:
                ws.cell(r, 15, '=SUM(D%d:N%d)' % (r, r))
            else:
                ws.cell(r, 15, int(total) if float(total).is_integer() else total)
            ws.cell(r, 15).font = Font(bold=True)
            if iid: ind[iid] = int(round(total * scale))
            for j in range(1, 17): ws.cell(r, j).border = thin()
            r += 1
        entries.append((bl['task'], bl['status'], ind, bl['name']))
    r += 1
    ws.cell(r, 2, 'Tình trạng: HT = hoàn thành; Đang TH = đang thực hiện; Chưa TH = chưa thực hiện; KPS = không phát sinh').font = Font(italic=True)
    r += 2
    ws.cell(r, 2, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for d in diffs: ws.cell(r, 2, '- ' + d); r += 1
    ws.cell(r, 2, 'Đề xuất, kiến nghị:').font = Font(bold=True); r += 1
    for d in props: ws.cell(r, 2, '- ' + d); r += 1
    r += 1
    ws.cell(r, 11, signer[0]).font = Font(bold=True); ws.cell(r + 3, 11, signer[1]).font = Font(bold=True)
    ws.column_dimensions['B'].width = 46
    for col in 'DEFGHIJKLMN': ws.column_dimensions[col].width = 6
    ws.column_dimensions['O'].width = 9; ws.column_dimensions['P'].width = 11
    ws.freeze_panes = 'D%d' % 9
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props, rejected)

N = None
hand_d_xlsx('ChiCucTDC_512-BC-thang.xlsx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
            ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH'],
            '512/BC-CCTĐC', 'Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026', '2026-11-13',
            [dict(task='II.1.a', status='completed', st_word='HT', name='Tập huấn văn bản QPPL cho doanh nghiệp; tọa đàm DN nhập khẩu',
                  rows=[('Lớp tập huấn, tọa đàm', 'lớp', 'training_courses', [N, N, 1, 1, 2, 1, N, 1, N, N, N], 1),
                        ('Lượt người tham dự', 'lượt', 'participants', [N, N, 95, 120, 210, 80, N, 130, N, N, N], 1)]),
             dict(task='II.1.b', status='completed', st_word='HT', name='Vận động DN tham dự Giải thưởng Chất lượng Quốc gia',
                  rows=[('Doanh nghiệp được hướng dẫn hồ sơ', 'DN', 'enterprises_supported', [2, 3, 4, 3, 2, 1, N, N, N, N, N], 1)]),
             dict(task='II.2.d', status='in_progress', st_word='Đang TH', name='Hỗ trợ DN áp dụng hệ thống quản lý, công bố chất lượng',
                  rows=[('Doanh nghiệp được hỗ trợ, tư vấn', 'DN', 'enterprises_supported', [3, 2, 4, 5, 3, 4, 2, 3, 4, 3, 1], 1)]),
             dict(task='II.2.e', status='in_progress', st_word='Đang TH', name='Xây dựng, góp ý TCVN, QCVN, quy chuẩn địa phương',
                  rows=[('Dự thảo TCVN/QCVN/QCĐP đã góp ý', 'văn bản', 'standards_reviewed', [N, 2, 1, 3, N, 2, 1, 2, 1, 2, N], 1)]),
             dict(task='II.3.a', status='completed', st_word='HT', name='Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã',
                  rows=[('Lớp tập huấn', 'lớp', 'training_courses', [N, N, N, N, 2, 2, 1, N, 1, N, N], 1),
                        ('Học viên', 'người', 'participants', [N, N, N, N, 168, 142, 75, N, 96, N, N], 1)]),
             dict(task='II.5.a', status='in_progress', st_word='Đang TH', name='Kiểm tra nhà nước về đo lường, chất lượng hàng hóa',
                  rows=[('Cuộc kiểm tra', 'cuộc', 'inspections', [1, 2, 3, 2, 2, 3, 2, 2, 3, 2, 1], 1),
                        ('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', [6, 11, 17, 12, 10, 18, 9, 12, 15, 13, 4], 1),
                        ('Cơ sở vi phạm', 'cơ sở', 'violations', [N, 2, 3, 1, 2, 4, 1, 2, 3, 2, N], 1),
                        ('Tiền xử phạt', 'triệu đồng', 'fines_vnd', [N, 15.5, 27, 8, 12.5, 41, 6, 17.5, 33, 22, N], 1000000)]),
             dict(task='II.5.b', status='in_progress', st_word='Đang TH', name='Khảo sát chất lượng sản phẩm, hàng hóa',
                  rows=[('Mẫu khảo sát', 'mẫu', 'samples_tested', [N, N, 20, 15, N, 25, N, 30, 18, 12, N], 1)]),
             dict(task='II.2.h', status='completed', st_word='HT', name='Kết nối Cổng một cửa quốc gia (kiểm tra hàng nhập khẩu)', rows=[]),
             dict(task='II.6.b', status='not_applicable', st_word='KPS', name='Phối hợp APO thúc đẩy năng suất', rows=[])],
            ['Số lượng doanh nghiệp đăng ký tham dự Giải thưởng Chất lượng Quốc gia còn ít.',
             'Kinh phí thử nghiệm mẫu khảo sát không đủ cho các nhóm hàng phát sinh cuối năm.'],
            ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng cho Quý IV/2026.'],
            ('CHI CỤC TRƯỞNG', 'Bùi Thanh Hải'), formulas=True)

hand_d_xlsx('HoaHoi_BC88_theothang.xlsx', '26641', 'Xã Hòa Hội',
            ['UBND XÃ HÒA HỘI', 'PHÒNG KINH TẾ'], '88/BC-UBND', 'Hòa Hội, ngày 12 tháng 11 năm 2026', '2026-11-12',
            [dict(task='II.1.a', status='in_progress', st_word='Đang TH', name='Tuyên truyền tiêu chuẩn, đo lường, chất lượng',
                  rows=[('Tin, bài (loa, trang TTĐT)', 'tin', 'communications', [N, 1, N, 1, 1, N, 1, N, 1, 1, N], 1)]),
             dict(task='II.5.c', status='in_progress', st_word='Đang TH', name='Kiểm tra đo lường tại chợ theo phân cấp',
                  rows=[('Cuộc kiểm tra', 'cuộc', 'inspections', [1, N, N, 1, N, N, 1, N, N, 1, N], 1),
                        ('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', [9, N, N, 7, N, N, 8, N, N, 6, N], 1),
                        ('Cơ sở vi phạm', 'cơ sở', 'violations', [1, N, N, N, N, N, 2, N, N, N, N], 1)]),
             dict(task='II.3.a', status='completed', st_word='HT', name='Công chức tham gia tập huấn',
                  rows=[('Người tham gia', 'người', 'participants', [N, N, N, N, 2, N, N, N, 1, N, N], 1)])],
            ['Xã chưa có quả cân chuẩn để kiểm tra nhanh cân tại chợ.'],
            ['Đề nghị Chi cục cấp quả cân chuẩn cho xã.'],
            ('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Võ Thị Mỹ Dung'))

hand_d_xlsx('PhuAn-CT38-T1-T11.xlsx', '25768', 'Phường Phú An',
            ['ỦY BAN NHÂN DÂN PHƯỜNG PHÚ AN'], '318/BC-UBND', 'Phú An, ngày 14 tháng 11 năm 2026', '2026-11-14',
            [dict(task='II.1.a', status='in_progress', st_word='Đang TH', name='Tuyên truyền, phổ biến pháp luật TĐC',
                  rows=[('Tin, bài', 'tin, bài', 'communications', [1, N, 2, 1, N, 2, N, 1, 1, 2, N], 1)]),
             dict(task='II.5.c', status='in_progress', st_word='Đang TH', name='Kiểm tra đo lường, chất lượng (nội dung được phân quyền)',
                  rows=[('Cuộc kiểm tra', 'cuộc', 'inspections', [N, 1, N, 1, N, 1, N, 1, N, 1, N], 1),
                        ('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', [N, 8, N, 6, N, 9, N, 7, N, 5, N], 1),
                        ('Cơ sở vi phạm', 'cơ sở', 'violations', [N, 1, N, N, N, 2, N, 1, N, N, N], 1),
                        ('Tiền phạt', 'triệu đồng', 'fines_vnd', [N, 1.5, N, N, N, 3, N, 2, N, N, N], 1000000)]),
             dict(task='II.5.b', status='completed', st_word='HT', name='Phối hợp lấy mẫu khảo sát chất lượng',
                  rows=[('Mẫu', 'mẫu', 'samples_tested', [N, N, N, N, N, 4, N, N, 4, N, N], 1)]),
             dict(task='II.2.đ', status='completed', st_word='HT', name='Duy trì ISO 9001:2015 tại UBND phường', rows=[])],
            ['Phường thiếu công chức có chuyên môn về đo lường.'],
            ['Đề nghị Chi cục tổ chức tập huấn tại chỗ cho các phường khu vực Bình Dương cũ.'],
            ('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Đặng Văn Hùng'))

hand_d_xlsx('DatDo_140BC_2026.xlsx', '26680', 'Xã Đất Đỏ',
            ['UBND XÃ ĐẤT ĐỎ'], '140/BC-UBND', 'Đất Đỏ, ngày 11 tháng 11 năm 2026', '2026-11-11',
            [dict(task='II.1.a', status='in_progress', st_word='Đang TH', name='Tuyên truyền',
                  rows=[('Tin, bài', 'tin', 'communications', [N, 2, N, 1, N, 1, N, 2, N, 1, N], 1)]),
             dict(task='II.5.c', status='in_progress', st_word='Đang TH', name='Kiểm tra cân, phương tiện đo ở chợ Đất Đỏ, chợ Phước Hải',
                  rows=[('Cuộc kiểm tra', 'cuộc', 'inspections', [1, N, N, N, 1, N, N, N, 1, N, N], 1),
                        ('Cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', [12, N, N, N, 10, N, N, N, 14, N, N], 1)]),
             dict(task='II.3.a', status='not_started', st_word='Chưa TH', name='Cử công chức đi tập huấn', rows=[]),
             dict(task='II.5.d', status='not_applicable', st_word='KPS', name='Tiếp nhận tố giác vi phạm TĐC', rows=[])],
            ['Chợ Phước Hải họp sáng sớm, tổ kiểm tra khó bố trí thời gian.'],
            ['Đề nghị Chi cục thông báo sớm lịch lớp tập huấn năm 2027 để xã cử người.'],
            ('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Lương Minh Trí'))

# mistaken: food safety monthly sheet
hand_d_xlsx('TangNhonPhu_BC501_thang.xlsx', '26842', 'Phường Tăng Nhơn Phú',
            ['UBND PHƯỜNG TĂNG NHƠN PHÚ'], '501/BC-UBND', 'Tăng Nhơn Phú, ngày 10 tháng 11 năm 2026', '2026-11-10',
            [dict(task='-', status='unknown', st_word='Đang TH', name='Kiểm tra an toàn thực phẩm cơ sở ăn uống',
                  rows=[('Cuộc kiểm tra ATTP', 'cuộc', None, [2, 1, 3, 1, 2, 1, 1, 2, 3, 1, N], 1),
                        ('Cơ sở ăn uống được kiểm tra', 'cơ sở', None, [14, 8, 22, 9, 15, 7, 6, 13, 20, 8, N], 1)]),
             dict(task='-', status='unknown', st_word='HT', name='Tập huấn kiến thức ATTP cho người kinh doanh thức ăn đường phố',
                  rows=[('Lớp', 'lớp', None, [N, N, 1, N, N, 1, N, N, N, N, N], 1)])],
            ['Nhiều cơ sở thức ăn đường phố không có giấy xác nhận kiến thức ATTP.'], ['Đề nghị tăng kinh phí xét nghiệm nhanh.'],
            ('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Hà Thị Kiều Oanh'),
            rejected='Báo cáo về an toàn thực phẩm theo tháng, không thuộc Kế hoạch Chỉ thị 38-CT/TW',
            title='BIỂU THEO DÕI CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026 THEO THÁNG')

# ---------------------------------------------------------------- LibreOffice re-saves
def lo_resave(fname, fmt):
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmp, os.path.join(OUT, fname)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname)); shutil.rmtree(tmp)

lo_resave('ChiCucTDC_512-BC-thang.xlsx', 'xlsx')   # computes the =SUM Lũy kế values
lo_resave('TanDongHiep_412BC.docx', 'docx')

for fname, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(KEYS), 'files')
