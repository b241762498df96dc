# -*- coding: utf-8 -*-
"""Generator for set193. Five hands; see NOTES.md."""
import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)

# ---------------------------------------------------------------- helpers
def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, indicators=ind, text=text)
    d.update(kw)
    return d

def key(r, fname):
    p = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
    k = {
        'file': fname, 'sha256': sha,
        'status': 'rejected' if r.get('rejected') else 'extracted',
        'reason': r.get('rejected'),
        'unit': {'id': r['uid'], 'name': r['uname']},
        'document': {'number': r['number'], 'date': r['date']},
        'entries': [] if r.get('rejected') else [
            {'task': e['task'], 'status': e['status'], 'indicators': e['indicators'], 'text': e['text']}
            for e in r['entries']],
        'findings': [],
        'difficulties': r.get('diff', []) if not r.get('rejected') else [],
        'proposals': r.get('prop', []) if not r.get('rejected') else [],
    }
    json.dump(k, open(os.path.join(TR, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

def base_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header_table(d, parent, unit, number, dateline):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if parent:
        p.add_run(parent + '\n')
    r = p.add_run(unit.upper()); r.bold = True
    p2 = c0.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2.add_run('Số: ' + number)
    q = c1.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n').bold = True
    q.add_run('Độc lập - Tự do - Hạnh phúc').bold = True
    q2 = c1.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q2.add_run(dateline).italic = True

def para(d, text, bold=False, italic=False, align=None, indent=True):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j' or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def title(d, lines):
    for i, l in enumerate(lines):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l); r.bold = True
        if i == 0:
            r.font.size = Pt(14)

def sign(d, who, name):
    t = d.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    p = a.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True
    a.add_paragraph('- Như trên;')
    a.add_paragraph('- Lưu: VT.')
    q = b.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run(who).bold = True
    b.add_paragraph('\n\n')
    z = b.add_paragraph(); z.alignment = WD_ALIGN_PARAGRAPH.CENTER; z.add_run(name).bold = True

def dl(dd, mm, place='Thành phố Hồ Chí Minh'):
    return '%s, ngày %s tháng %s năm 2026' % (place, dd, mm)

REPORTS = []

# ======================================================================
# HAND 1 — bà Lê Thị Thu Hà: long narrative, plan-vs-done, % and same-period
# comparisons, date ranges, money "285,5 triệu đồng", "1,2 tỷ đồng".
# ======================================================================
REPORTS.append(dict(
    hand=1, fname='cctdc-bc-11thang-ct38-2026.docx', uid='SKHCN-CCTDC',
    uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='2417/BC-TĐC', date='2026-11-18', dd=('18', '11'),
    titl=['BÁO CÁO', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
          '(số liệu từ ngày 01/01/2026 đến ngày 15/11/2026)'],
    intro='Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, '
          'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (sau đây gọi tắt là Chi cục) báo cáo kết quả thực hiện '
          '11 tháng năm 2026 như sau:',
    sections=[
        ('1. Về công tác tuyên truyền, tập huấn văn bản pháp luật', [
            E('II.1.a', 'completed', {'training_courses': 9, 'participants': 1146},
              'Tổ chức 09 lớp tập huấn văn bản pháp luật TĐC và tọa đàm với doanh nghiệp nhập khẩu, 1.146 lượt người tham dự.',
              body='Trong khoảng thời gian từ ngày 12/3/2026 đến ngày 28/8/2026, Chi cục đã tổ chức 09 lớp tập huấn phổ biến văn bản quy phạm pháp luật '
                   'về tiêu chuẩn, đo lường, chất lượng (kế hoạch năm 8 lớp, đạt 112,5% kế hoạch) và 01 buổi tọa đàm với doanh nghiệp nhập khẩu '
                   '(được tính trong 09 lớp nêu trên), thu hút tổng cộng 1.146 lượt người tham dự, tăng khoảng 18% so với cùng kỳ năm 2025 '
                   '(cùng kỳ: 971 lượt). Các lớp được tổ chức theo đúng tiến độ Quý I, II và III; đến nay nội dung này đã hoàn thành.'),
            E('II.1.b', 'completed', {'enterprises_supported': 23, 'communications': 14},
              'Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: 14 tin bài, hướng dẫn 23 doanh nghiệp.',
              body='Về tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: từ tháng 01 đến tháng 6/2026, Chi cục đăng tải 14 tin, bài '
                   'trên trang thông tin điện tử và nhóm Zalo doanh nghiệp, trực tiếp hướng dẫn hồ sơ cho 23 doanh nghiệp '
                   '(kế hoạch 20 doanh nghiệp, đạt 115%). Nội dung đã hoàn thành trong Quý II/2026 theo đúng kế hoạch.'),
        ]),
        ('2. Về quản lý nhà nước, năng suất chất lượng và tiêu chuẩn, quy chuẩn', [
            E('II.2.a', 'in_progress', {'enterprises_supported': 41, 'budget_spent_vnd': 285500000},
              'Triển khai Chương trình 1322, Đề án 996, Đề án 100: hỗ trợ 41 doanh nghiệp, kinh phí 285,5 triệu đồng; đang thực hiện trong Quý IV.',
              body='Đối với các chương trình năng suất chất lượng (Chương trình 1322, Kế hoạch 36), Đề án 996 và Đề án 100 về truy xuất nguồn gốc: '
                   'Chi cục đã hỗ trợ 41 doanh nghiệp (kế hoạch năm 50 doanh nghiệp, đạt 82%), kinh phí đã giải ngân 285,5 triệu đồng '
                   '(trên tổng dự toán 349 triệu đồng, đạt khoảng 81,8%). Do nhiệm vụ được giao trong Quý IV/2026 nên hiện Chi cục đang tiếp tục triển khai, '
                   'dự kiến hoàn tất trước ngày 20/12/2026.'),
            E('II.2.d', 'in_progress', {'enterprises_supported': 67},
              'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố hợp chuẩn hợp quy: 67 doanh nghiệp; thường xuyên, đang thực hiện.',
              body='Công tác hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý tiên tiến và thực hiện công bố hợp chuẩn, hợp quy được duy trì thường xuyên: '
                   '11 tháng đã tiếp nhận, hướng dẫn cho 67 doanh nghiệp, tăng 15% so với cùng kỳ năm 2025. Đây là nhiệm vụ thường xuyên, Chi cục đang tiếp tục thực hiện.'),
            E('II.2.e', 'in_progress', {'standards_reviewed': 17},
              'Góp ý dự thảo TCVN, QCVN và quy chuẩn địa phương: 17 dự thảo; đang thực hiện.',
              body='Chi cục đã góp ý 17 dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến '
                   '(kế hoạch 20 dự thảo, đạt 85% kế hoạch năm); việc xây dựng quy chuẩn kỹ thuật địa phương đang trong giai đoạn khảo sát, hiện đang triển khai.'),
        ]),
        ('3. Về đào tạo nguồn nhân lực', [
            E('II.3.a', 'completed', {'training_courses': 4, 'participants': 312},
              'Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã: 04 lớp, 312 lượt; đã hoàn thành.',
              body='Từ ngày 06/5/2026 đến ngày 17/10/2026, Chi cục tổ chức 04 lớp tập huấn, cập nhật kiến thức nghiệp vụ TĐC cho công chức các sở, ngành và '
                   'UBND phường, xã, đặc khu với 312 lượt học viên (kế hoạch 04 lớp, đạt 100%). Nội dung này đã hoàn thành.'),
            E('II.3.d', 'not_started', {},
              'Đào tạo cho viên chức, sinh viên các trường: chưa triển khai.',
              body='Riêng chương trình tập huấn cho viên chức và sinh viên các trường đại học, cao đẳng, trung cấp: Chi cục đã liên hệ 03 trường nhưng chưa thống nhất được thời gian, '
                   'do đó đến nay chưa triển khai; dự kiến chuyển sang Quý I/2027.'),
        ]),
        ('4. Về công tác kiểm tra, giám sát', [
            E('II.5.a', 'in_progress', {'inspections': 17, 'establishments_inspected': 214, 'violations': 29, 'fines_vnd': 1200000000},
              'Kiểm tra TĐC: 17 cuộc, 214 cơ sở, 29 vi phạm, phạt 1,2 tỷ đồng; thường xuyên, đang thực hiện.',
              body='Kế hoạch năm 20 cuộc kiểm tra, đã thực hiện 17 cuộc (đạt 85% kế hoạch năm), kiểm tra 214 cơ sở sản xuất, kinh doanh, phát hiện 29 cơ sở vi phạm, '
                   'đã ban hành quyết định xử phạt với tổng số tiền 1,2 tỷ đồng, tăng 15% so với cùng kỳ năm 2025. 03 cuộc còn lại đang triển khai trong tháng 11 và tháng 12/2026.'),
            E('II.5.b', 'completed', {'samples_tested': 156},
              'Khảo sát chất lượng hàng hóa: lấy 156 mẫu; đã hoàn thành.',
              body='Về khảo sát chất lượng: từ ngày 02/4 đến ngày 30/9/2026, Chi cục lấy 156 mẫu sản phẩm, hàng hóa (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, thép) để thử nghiệm '
                   '(kế hoạch 150 mẫu, đạt 104%); kết quả đã thông báo cho cơ quan chức năng. Nội dung đã hoàn thành.'),
            E('II.5.c', 'in_progress', {'inspections': 12, 'establishments_inspected': 96},
              'Phối hợp UBND phường, xã thực hiện nội dung phân quyền: 12 cuộc, 96 cơ sở; đang thực hiện.',
              body='Chi cục phối hợp với UBND các phường, xã tổ chức 12 cuộc kiểm tra liên ngành tại 96 cơ sở kinh doanh xăng dầu, vàng trang sức; '
                   'việc hướng dẫn các địa phương thực hiện nội dung phân quyền đang tiếp tục thực hiện.'),
        ]),
    ],
    diff=['Lực lượng công chức làm công tác kiểm tra còn mỏng (07 người) so với khối lượng công việc trên địa bàn Thành phố sau sắp xếp.',
          'Kinh phí lấy mẫu thử nghiệm còn hạn chế, chưa đáp ứng nhu cầu khảo sát chất lượng các nhóm hàng hóa mới.'],
    prop=['Đề nghị Sở bổ sung kinh phí lấy mẫu khảo sát chất lượng năm 2027.',
          'Đề nghị Sở có văn bản đôn đốc UBND các phường, xã cử đầu mối phối hợp thực hiện nội dung phân quyền.'],
    signer=('KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG', 'Lê Văn Hòa'),
))
REPORTS.append(dict(
    hand=1, fname='SoCongThuong_BC_CT38_nam2026.docx', uid='SO-CT', uname='Sở Công Thương',
    parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', number='9382/BC-SCT', date='2026-11-20', dd=('20', '11'),
    titl=['BÁO CÁO', 'Tình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026'],
    intro='Phúc đáp văn bản đề nghị của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả phối hợp thực hiện Kế hoạch năm 2026 như sau:',
    sections=[
        ('1. Công tác tuyên truyền', [
            E('II.1.a', 'completed', {'training_courses': 3, 'participants': 420},
              'Phối hợp tổ chức 03 hội nghị phổ biến pháp luật chất lượng hàng hóa cho thương nhân, 420 đại biểu.',
              body='Trong 11 tháng, Sở phối hợp tổ chức 03 hội nghị phổ biến quy định về chất lượng sản phẩm, hàng hóa, nhãn hàng hóa cho thương nhân kinh doanh '
                   'tại các chợ đầu mối (kế hoạch 03 hội nghị, đạt 100%) với 420 đại biểu tham dự, tăng 20% so với năm 2025. Nội dung này đã hoàn thành.'),
        ]),
        ('2. Góp ý tiêu chuẩn, quy chuẩn', [
            E('II.2.e', 'completed', {'standards_reviewed': 6},
              'Góp ý 06 dự thảo QCVN thuộc lĩnh vực công thương.',
              body='Sở đã có ý kiến góp ý đối với 06 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (xăng dầu, khí dầu mỏ hóa lỏng, hóa chất) '
                   'theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ; 100% văn bản được trả lời đúng hạn. Đã hoàn thành.'),
        ]),
        ('3. Công tác kiểm tra, giám sát thị trường', [
            E('II.5.a', 'in_progress', {'inspections': 26, 'establishments_inspected': 388, 'violations': 57, 'fines_vnd': 742000000},
              'Kiểm tra chất lượng xăng dầu, LPG: 26 cuộc, 388 cơ sở, 57 vi phạm, phạt 742 triệu đồng.',
              body='Kế hoạch năm 30 cuộc, đã thực hiện 26 cuộc kiểm tra (đạt 86,7%) đối với 388 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; phát hiện 57 cơ sở vi phạm, '
                   'xử phạt 742 triệu đồng, giảm 8% số vi phạm so với cùng kỳ. Từ ngày 16/11 đến 31/12/2026 Sở tiếp tục kiểm tra theo kế hoạch, nội dung đang thực hiện.'),
            E('II.5.d', 'not_applicable', {},
              'Khen thưởng, bảo vệ người tố giác: không phát sinh.',
              body='Về khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ không phát sinh trường hợp nào.'),
        ]),
    ],
    diff=['Hệ thống cửa hàng xăng dầu phân bố rộng sau khi mở rộng địa giới Thành phố, lực lượng kiểm tra chưa đáp ứng.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu định kỳ để phối hợp kiểm tra.'],
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Thành Trung'),
))
REPORTS.append(dict(
    hand=1, fname='BenCat_baocao_TDC_11T2026.docx', uid='25813', uname='Phường Bến Cát',
    parent='ỦY BAN NHÂN DÂN', number='486/BC-UBND', date='2026-11-24', dd=('24', '11'), place='Bến Cát',
    titl=['BÁO CÁO', 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng 11 tháng năm 2026'],
    intro='Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân Phường Bến Cát báo cáo kết quả như sau:',
    sections=[
        ('1. Tuyên truyền', [
            E('II.1.a', 'completed', {'communications': 36, 'training_courses': 2, 'participants': 148},
              'Tuyên truyền 36 tin bài, 02 buổi phổ biến với 148 lượt hộ kinh doanh.',
              body='Phường đã phát 36 tin, bài trên hệ thống loa truyền thanh và trang Zalo của phường (kế hoạch 30 tin bài, đạt 120%); phối hợp tổ chức 02 buổi phổ biến '
                   'quy định về đo lường trong kinh doanh vàng, xăng dầu cho 148 lượt hộ kinh doanh trong hai đợt từ ngày 14/4 đến 18/4 và từ ngày 09/9 đến 12/9/2026. Nội dung đã hoàn thành.'),
        ]),
        ('2. Thực hiện nhiệm vụ được phân quyền và phối hợp kiểm tra', [
            E('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 43, 'violations': 6, 'fines_vnd': 18500000},
              'Kiểm tra đo lường, chất lượng trên địa bàn phường: 05 cuộc, 43 cơ sở, 06 vi phạm, phạt 18,5 triệu đồng.',
              body='Kế hoạch 06 cuộc, đã thực hiện 05 cuộc (đạt 83%), kiểm tra 43 cơ sở kinh doanh (cân tại chợ Bến Cát, cửa hàng vàng, cây xăng), phát hiện 06 trường hợp vi phạm, '
                   'xử phạt 18,5 triệu đồng, tăng 2 cuộc so với cùng kỳ năm 2025. Cuộc kiểm tra còn lại sẽ thực hiện trong tháng 12/2026 nên nội dung này đang thực hiện.'),
            E('II.3.a', 'completed', {'participants': 4},
              'Cử 04 lượt công chức tham dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức.',
              body='Phường cử 04 lượt công chức phụ trách kinh tế tham dự các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức; đã hoàn thành.'),
        ]),
    ],
    diff=['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; phương tiện đo kiểm tra tại chỗ còn thiếu.'],
    prop=['Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra cân tại chợ.'],
    signer=('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Đặng Minh Phúc'),
))
REPORTS.append(dict(
    hand=1, fname='TTPTTN_bc_ket_qua_CT38.docx', uid='SKHCN-TTPTTN',
    uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='611/BC-TTPT', date='2026-11-16', dd=('16', '11'),
    titl=['BÁO CÁO', 'Kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026'],
    intro='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Trung tâm) báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:',
    sections=[
        ('1. Đầu tư cơ sở vật chất, trang thiết bị', [
            E('II.4.a', 'in_progress', {'budget_spent_vnd': 3450000000},
              'Đầu tư, hiện đại hóa trang thiết bị thử nghiệm: đã giải ngân 3,45 tỷ đồng; đang thực hiện.',
              body='Năm 2026 Trung tâm được giao dự toán mua sắm trang thiết bị 4,2 tỷ đồng; đến ngày 15/11/2026 đã giải ngân 3,45 tỷ đồng (đạt 82,1% dự toán), '
                   'cao hơn 12% so với cùng kỳ. Hai gói thiết bị sắc ký còn lại đang trong giai đoạn lựa chọn nhà thầu, nhiệm vụ đang triển khai.'),
        ]),
        ('2. Kiểm định, hiệu chuẩn và duy trì chuẩn đo lường', [
            E('II.4.c', 'in_progress', {'instruments_verified': 48750},
              'Phối hợp duy trì chuẩn đo lường, kiểm định, hiệu chuẩn 48.750 phương tiện đo.',
              body='Kế hoạch năm 55.000 phương tiện, đã kiểm định, hiệu chuẩn 48.750 phương tiện đo các loại (đạt 88,6% kế hoạch năm), tăng 9% so với cùng kỳ năm 2025; '
                   'các chuẩn chính được liên kết đến chuẩn quốc gia đúng chu kỳ. Nhiệm vụ thường xuyên, đang tiếp tục thực hiện.'),
            E('II.2.g', 'completed', {'enterprises_supported': 35},
              'Mở rộng phạm vi dịch vụ kỹ thuật: 02 lĩnh vực mới, phục vụ 35 doanh nghiệp; đã hoàn thành.',
              body='Trung tâm đã được chỉ định bổ sung 02 lĩnh vực thử nghiệm mới (thiết bị điện tử, nông sản công nghệ cao) và cung cấp dịch vụ cho 35 doanh nghiệp trong '
                   'khoảng thời gian từ tháng 7 đến tháng 10/2026. Nội dung mở rộng phạm vi năm 2026 đã hoàn thành.'),
        ]),
    ],
    diff=['Thủ tục mua sắm thiết bị kéo dài, nhiều gói thầu phải tổ chức lại do không đủ nhà thầu tham dự.'],
    prop=['Đề nghị Sở xem xét cho phép chuyển nguồn kinh phí mua sắm chưa giải ngân sang năm 2027.'],
    signer=('GIÁM ĐỐC', 'Trương Thị Kim Ngân'),
))

# ======================================================================
# HAND 2 — anh Phạm Quốc Bảo: multi-sheet workbook, one sheet per plan group,
# each sheet its own header block.
# ======================================================================
REPORTS.append(dict(
    hand=2, fname='KTPC_tonghop_CT38_11thang.xlsx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='118/BC-KTPC', date='2026-11-17', dd=('17', '11'),
    groups=[
        ('I. QLNN', 'NHÓM I – HOÀN THIỆN VĂN BẢN, QUẢN LÝ NHÀ NƯỚC', [
            E('II.2.c', 'completed', {}, 'Phối hợp góp ý sửa đổi Luật Tiêu chuẩn và QCKT, Luật Chất lượng SPHH; đã hoàn thành.',
              row=('Phối hợp góp ý dự thảo sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa',
                   'Đã có 02 văn bản góp ý gửi Chi cục tổng hợp', '', 'Xong')),
        ]),
        ('II. Thiết bị NV', 'NHÓM II – PHƯƠNG TIỆN, THIẾT BỊ KỸ THUẬT NGHIỆP VỤ', [
            E('II.4.b', 'in_progress', {'instruments_verified': 14}, 'Kiểm định, hiệu chuẩn 14 thiết bị kỹ thuật nghiệp vụ theo NĐ 135.',
              row=('Rà soát, kiểm định thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP',
                   'Phối hợp Chi cục hiệu chuẩn thiết bị đo phục vụ kiểm tra', '14 thiết bị', 'Đang làm')),
        ]),
        ('III. Kiểm tra', 'NHÓM III – KIỂM TRA, GIÁM SÁT, XỬ LÝ VI PHẠM', [
            E('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 61, 'violations': 11, 'fines_vnd': 167500000},
              'Phối hợp kiểm tra TĐC: 08 cuộc, 61 cơ sở, 11 vi phạm, 167,5 triệu đồng.',
              row=('Phối hợp kiểm tra TĐC hàng hóa lưu thông',
                   'Tham gia các đoàn kiểm tra liên ngành',
                   '08 cuộc; 61 cơ sở; 11 cơ sở vi phạm; phạt 167.500.000 đ', 'Đang làm')),
            E('II.5.b', 'completed', {'samples_tested': 40}, 'Phối hợp khảo sát chất lượng: 40 mẫu.',
              row=('Phối hợp khảo sát chất lượng sản phẩm', 'Tham gia lấy mẫu mũ bảo hiểm, đồ chơi', '40 mẫu', 'Xong')),
            E('II.5.d', 'not_applicable', {}, 'Bảo vệ người tố giác: không phát sinh.',
              row=('Khen thưởng, bảo vệ người tố giác vi phạm', 'Không có đơn tố giác', '', 'Không PS')),
        ]),
    ],
    diff=['Nhiều quyết định xử phạt phải chuyển người có thẩm quyền cấp trên do vượt thẩm quyền, kéo dài thời gian xử lý.'],
    prop=['Đề nghị Sở ban hành quy chế phối hợp giữa Phòng và Chi cục trong xử lý vi phạm hành chính.'],
    signer=('TRƯỞNG PHÒNG', 'Huỳnh Tấn Lộc'),
))
REPORTS.append(dict(
    hand=2, fname='SYT_bieu_CT38_2026.xlsx', uid='SO-YT', uname='Sở Y tế',
    parent='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', number='7714/SYT-NVY', date='2026-11-23', dd=('23', '11'),
    groups=[
        ('I. Tuyên truyền', 'NHÓM I – TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC', [
            E('II.1.a', 'completed', {'communications': 12}, 'Đăng 12 tin bài về đo lường trong y tế.',
              row=('Tuyên truyền pháp luật đo lường, chất lượng trong ngành y tế', 'Đăng trên cổng thông tin Sở Y tế', '12 tin bài', 'Xong')),
        ]),
        ('II. Quản lý NN', 'NHÓM II – QUẢN LÝ NHÀ NƯỚC VỀ TĐC', [
            E('II.2.e', 'in_progress', {'standards_reviewed': 4}, 'Góp ý 04 dự thảo QCVN về trang thiết bị y tế.',
              row=('Góp ý quy chuẩn kỹ thuật quốc gia lĩnh vực y tế', 'Góp ý dự thảo QCVN trang thiết bị y tế', '04 dự thảo', 'Đang làm')),
            E('II.2.đ', 'completed', {}, 'Duy trì ISO 9001:2015 tại cơ quan Sở; đã xong.',
              row=('Duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại Văn phòng Sở', 'Đã đánh giá nội bộ tháng 9/2026', '', 'Xong')),
        ]),
        ('III. Kiểm tra', 'NHÓM III – KIỂM TRA', [
            E('II.5.a', 'in_progress', {'inspections': 9, 'instruments_verified': 1260},
              'Kiểm tra phương tiện đo nhóm 2 tại cơ sở y tế: 09 cuộc; 1.260 phương tiện đo được kiểm định.',
              row=('Kiểm tra việc kiểm định phương tiện đo dùng trong y tế', 'Kiểm tra tại bệnh viện, phòng khám',
                   '09 cuộc; 1.260 phương tiện đo đã kiểm định', 'Đang làm')),
        ]),
    ],
    diff=['Một số cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ tập huấn riêng cho cán bộ thiết bị y tế về kiểm định phương tiện đo.'],
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Anh Dũng'),
))
REPORTS.append(dict(
    hand=2, fname='TangNhonPhu_BC_TDC_2026.xlsx', uid='26842', uname='Phường Tăng Nhơn Phú',
    parent='ỦY BAN NHÂN DÂN', number='352/BC-UBND', date='2026-11-26', dd=('26', '11'), place='Tăng Nhơn Phú',
    groups=[
        ('I. Tuyen truyen', 'NHÓM I – TUYÊN TRUYỀN', [
            E('II.1.a', 'completed', {'communications': 22, 'participants': 95}, '22 tin bài, 95 lượt hộ kinh doanh được phổ biến.',
              row=('Tuyên truyền về TĐC tới hộ kinh doanh', 'Loa phát thanh khu phố, tờ rơi', '22 tin bài; 95 lượt hộ KD', 'Xong')),
        ]),
        ('II. Dao tao', 'NHÓM II – BỒI DƯỠNG CÁN BỘ', [
            E('II.3.a', 'completed', {'participants': 3}, 'Cử 03 lượt công chức dự tập huấn.',
              row=('Cử công chức tập huấn nghiệp vụ TĐC', 'Lớp do Chi cục TĐC tổ chức', '03 lượt', 'Xong')),
        ]),
        ('III. Kiem tra', 'NHÓM III – KIỂM TRA THEO PHÂN QUYỀN', [
            E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 7500000},
              'Kiểm tra theo phân quyền: 04 cuộc, 31 cơ sở, 03 vi phạm, 7,5 triệu đồng.',
              row=('Kiểm tra đo lường tại chợ, cửa hàng xăng dầu', 'Tổ kiểm tra liên ngành phường',
                   '04 cuộc; 31 cơ sở; 03 vi phạm; phạt 7,5 triệu đồng', 'Đang làm')),
            E('II.5.d', 'not_applicable', {}, 'Không phát sinh tố giác.',
              row=('Tiếp nhận tố giác vi phạm', 'Không có', '', 'Không PS')),
        ]),
    ],
    diff=['Cân đối chứng tại chợ Tăng Nhơn Phú đã hư hỏng, chưa được thay thế.'],
    prop=['Đề nghị Chi cục TĐC hỗ trợ kiểm định cân đối chứng tại chợ.'],
    signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Lâm Thị Thanh'),
))
REPORTS.append(dict(
    hand=2, fname='SoNNMT_bc_PCTT_11thang.xlsx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
    parent='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', number='5120/BC-SNNMT', date='2026-11-19', dd=('19', '11'),
    rejected='Báo cáo về công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).',
    groups=[
        ('I. Phong ngua', 'NHÓM I – CÔNG TÁC PHÒNG NGỪA THIÊN TAI', [
            E('x', 'completed', {}, '', row=('Rà soát phương án ứng phó triều cường, sạt lở bờ sông', 'Đã rà soát 48 điểm sạt lở', '48 điểm', 'Xong')),
            E('x', 'in_progress', {}, '', row=('Diễn tập phòng chống thiên tai cấp phường, xã', 'Tổ chức tại 12 xã ven biển', '12 cuộc diễn tập', 'Đang làm')),
        ]),
        ('II. Ung pho', 'NHÓM II – ỨNG PHÓ VÀ KHẮC PHỤC HẬU QUẢ', [
            E('x', 'completed', {}, '', row=('Khắc phục hậu quả mưa lớn tháng 9/2026', 'Hỗ trợ hộ dân bị ảnh hưởng', '1,35 tỷ đồng', 'Xong')),
        ]),
    ],
    diff=['Kinh phí khắc phục sạt lở bờ sông còn thiếu.'], prop=['Đề nghị bổ sung kinh phí dự phòng.'],
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Võ Thành Công'),
    title2='BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI 11 THÁNG NĂM 2026',
))

# ======================================================================
# HAND 3 — chị Nguyễn Ngọc Diễm: own Roman numerals + Arabic sub-numbers that do
# not match the plan; status sentence "Tiến độ: ..." absent, uses "Đánh giá mức độ:"
# ======================================================================
REPORTS.append(dict(
    hand=3, fname='VPSo_BC_CT38_2026.docx', uid='SKHCN-VP', uname='Văn phòng Sở Khoa học và Công nghệ',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='356/BC-VP', date='2026-11-19', dd=('19', '11'),
    titl=['BÁO CÁO', 'Kết quả thực hiện các nội dung Văn phòng Sở được phân công', 'tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'],
    romans=[
        ('I. HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG VÀ THỦ TỤC HÀNH CHÍNH', [
            E('II.2.đ', 'completed', {'training_courses': 1, 'participants': 58},
              'Duy trì, cải tiến ISO 9001:2015 tại Sở; 01 lớp đào tạo đánh giá viên nội bộ, 58 người.',
              sub='Duy trì hệ thống ISO trong cơ quan Sở',
              body='Văn phòng phối hợp Chi cục tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 58 công chức, viên chức; cập nhật 27 quy trình giải quyết thủ tục hành chính '
                   'theo TCVN ISO 9001:2015; đã công bố hệ thống phù hợp ngày 30/9/2026.', verdict='Hoàn thành'),
            E('II.2.h', 'completed', {}, 'Phối hợp kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia; đã xong Quý I.',
              sub='Kết nối hệ thống giải quyết TTHC lĩnh vực TĐC',
              body='Văn phòng phối hợp Phòng Chuyển đổi số hoàn thành kết nối liên thông hồ sơ đăng ký kiểm tra nhà nước hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia từ tháng 3/2026.',
              verdict='Hoàn thành'),
        ]),
        ('II. ĐẦU TƯ, KINH PHÍ', [
            E('II.4.a', 'in_progress', {'budget_spent_vnd': 620000000},
              'Phối hợp bố trí kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp: đã giải ngân 620 triệu đồng.',
              sub='Tham mưu bố trí kinh phí cho Trung tâm Dịch vụ Phân tích thí nghiệm',
              body='Văn phòng đã thẩm định, trình phê duyệt dự toán sửa chữa phòng thí nghiệm; đã giải ngân 620 triệu đồng, phần còn lại chờ quyết toán.',
              verdict='Đang triển khai'),
        ]),
        ('III. THI ĐUA, KHEN THƯỞNG', [
            E('II.5.d', 'unknown', {}, 'Phối hợp tham mưu khen thưởng người tố giác; không nêu tình trạng.',
              sub='Tham mưu khen thưởng trong lĩnh vực TĐC',
              body='Văn phòng đã rà soát quy chế thi đua khen thưởng của Sở, bổ sung nội dung khen thưởng tổ chức, cá nhân có thành tích phát hiện, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.',
              verdict=None),
        ]),
    ],
    diff=['Nguồn kinh phí sự nghiệp giao muộn nên việc mua sắm, sửa chữa triển khai chậm.'],
    prop=['Đề nghị Chi cục tổng hợp sớm nhu cầu kinh phí năm 2027 để Văn phòng tham mưu bố trí.'],
    signer=('CHÁNH VĂN PHÒNG', 'Phan Thị Mỹ Linh'),
))
REPORTS.append(dict(
    hand=3, fname='QLKH-bao-cao-CT38-11T.docx', uid='SKHCN-QLKH', uname='Phòng Quản lý Khoa học',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='92/BC-QLKH', date='2026-11-21', dd=('21', '11'),
    titl=['BÁO CÁO', 'Tình hình thực hiện nhiệm vụ theo Kế hoạch CT38 năm 2026'],
    romans=[
        ('I. THU HÚT CHUYÊN GIA, NHÂN LỰC CHẤT LƯỢNG CAO', [
            E('II.3.c', 'in_progress', {},
              'Thu hút chuyên gia theo NQ 27/2023 và QĐ 05/2026: đang xét hồ sơ.',
              sub='Thu hút chuyên gia lĩnh vực đo lường, chất lượng',
              body='Phòng đã tiếp nhận 05 hồ sơ đăng ký của chuyên gia đánh giá sự phù hợp, đang thẩm định theo Quyết định số 05/2026/QĐ-UBND.',
              verdict='Đang triển khai'),
        ]),
        ('II. ĐÀO TẠO, BỒI DƯỠNG', [
            E('II.3.b', 'completed', {'training_courses': 2, 'participants': 135},
              'Phối hợp mở 02 khóa bồi dưỡng năng suất chất lượng, 135 học viên.',
              sub='Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất',
              body='Phòng phối hợp Chi cục mở 02 khóa bồi dưỡng chuyên sâu về năng suất, chất lượng cho 135 học viên là cán bộ doanh nghiệp.',
              verdict='Hoàn thành'),
        ]),
        ('III. HỢP TÁC QUỐC TẾ', [
            E('II.6.b', 'not_started', {}, 'Phối hợp APO: chưa có yêu cầu, chưa thực hiện.',
              sub='Phối hợp Tổ chức Năng suất Châu Á (APO)',
              body='Trong năm chưa nhận được yêu cầu phối hợp từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.',
              verdict='Chưa thực hiện'),
        ]),
    ],
    diff=[], prop=['Đề nghị bổ sung chỉ tiêu thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng vào kế hoạch năm 2027.'],
    signer=('TRƯỞNG PHÒNG', 'Đỗ Quang Vinh'),
))
REPORTS.append(dict(
    hand=3, fname='ChauPha_CT38_baocao.docx', uid='26728', uname='Xã Châu Pha',
    parent='ỦY BAN NHÂN DÂN', number='217/BC-UBND', date='2026-11-25', dd=('25', '11'), place='Châu Pha',
    titl=['BÁO CÁO', 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026'],
    romans=[
        ('I. TUYÊN TRUYỀN', [
            E('II.1.a', 'completed', {'communications': 18, 'participants': 210},
              'Tuyên truyền 18 tin bài; 210 lượt người dân, hộ kinh doanh.',
              sub='Tuyên truyền trên loa truyền thanh và tại chợ',
              body='Xã phát 18 tin bài trên hệ thống truyền thanh, phối hợp Hội Nông dân phổ biến tại 04 ấp cho 210 lượt người dân, hộ kinh doanh.',
              verdict='Hoàn thành'),
        ]),
        ('II. KIỂM TRA, QUẢN LÝ THEO PHÂN CẤP', [
            E('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 5000000},
              'Kiểm tra cân, xăng dầu: 03 cuộc, 22 cơ sở, 02 vi phạm, 5 triệu đồng.',
              sub='Kiểm tra đo lường tại chợ Châu Pha và cây xăng',
              body='Tổ kiểm tra của xã thực hiện 03 cuộc tại 22 cơ sở; 02 cơ sở vi phạm (cân sai số vượt mức cho phép), phạt 5 triệu đồng.',
              verdict='Đang triển khai'),
            E('II.2.đ', 'completed', {}, 'Áp dụng ISO 9001 tại bộ phận một cửa xã: đã công bố.',
              sub='Áp dụng ISO tại UBND xã',
              body='UBND xã đã xây dựng và công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với 100% thủ tục hành chính.',
              verdict='Hoàn thành'),
        ]),
        ('III. BỒI DƯỠNG CÁN BỘ', [
            E('II.3.a', 'not_started', {}, 'Chưa cử cán bộ dự tập huấn.',
              sub='Cử cán bộ dự lớp nghiệp vụ',
              body='Do thay đổi nhân sự phụ trách, xã chưa cử được cán bộ tham gia lớp tập huấn năm 2026.',
              verdict='Chưa thực hiện'),
        ]),
    ],
    diff=['Xã chưa có cán bộ được đào tạo về đo lường; thiếu phương tiện đo để kiểm tra.'],
    prop=['Đề nghị Chi cục TĐC mở lớp tập huấn tại khu vực để cán bộ xã tham gia.'],
    signer=('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Bùi Văn Tâm'),
))
REPORTS.append(dict(
    hand=3, fname='SoGDDT_BC_CT38.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo',
    parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', number='4451/BC-SGDĐT', date='2026-11-27', dd=('27', '11'),
    titl=['BÁO CÁO', 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'],
    romans=[
        ('I. ĐÀO TẠO, GIÁO DỤC', [
            E('II.3.d', 'in_progress', {'training_courses': 6, 'participants': 1830},
              'Phối hợp tập huấn về tiêu chuẩn, mã số mã vạch cho giáo viên, học sinh sinh viên: 06 buổi, 1.830 lượt.',
              sub='Lồng ghép nội dung tiêu chuẩn, đo lường trong nhà trường',
              body='Sở phối hợp Chi cục tổ chức 06 buổi ngoại khóa, tập huấn về tiêu chuẩn, nhãn hàng hóa, mã số mã vạch tại các trường trung cấp, cao đẳng với 1.830 lượt học sinh, sinh viên, giáo viên.',
              verdict='Đang triển khai'),
        ]),
        ('II. TUYÊN TRUYỀN', [
            E('II.1.a', 'completed', {'communications': 9},
              'Đăng 09 tin bài tuyên truyền trên trang ngành giáo dục.',
              sub='Tuyên truyền trên trang thông tin ngành',
              body='Đăng 09 tin bài về Ngày Tiêu chuẩn thế giới, Ngày Đo lường Việt Nam trên trang thông tin điện tử của Sở.',
              verdict='Hoàn thành'),
            E('II.2.đ', 'completed', {}, 'Duy trì ISO 9001 tại cơ quan Sở.',
              sub='Hệ thống quản lý chất lượng tại cơ quan Sở',
              body='Sở duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã tổ chức đánh giá nội bộ trong tháng 8/2026.',
              verdict='Hoàn thành'),
        ]),
    ],
    diff=['Chương trình đào tạo của các trường đã ổn định, khó bố trí thêm thời lượng cho nội dung tiêu chuẩn, đo lường.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ biên soạn tài liệu ngắn gọn dùng cho hoạt động ngoại khóa.'],
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Hồ Tấn Minh'),
))

# ======================================================================
# HAND 4 — ông Trần Văn Lực: narrative body, then closing summary table repeating
# each task with the same figures.
# ======================================================================
REPORTS.append(dict(
    hand=4, fname='PhongCDS_BC_KH38.docx', uid='SKHCN-CDS', uname='Phòng Chuyển đổi số',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='74/BC-CĐS', date='2026-11-20', dd=('20', '11'),
    titl=['BÁO CÁO', 'Kết quả thực hiện nhiệm vụ chuyển đổi số phục vụ công tác tiêu chuẩn, đo lường, chất lượng năm 2026'],
    items=[
        E('II.2.h', 'completed', {},
          'Hoàn thiện, kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia; hoàn thành Quý I.',
          head='Cải tiến hệ thống giải quyết thủ tục hành chính TĐC',
          body='Phòng đã phối hợp Chi cục hoàn thiện chức năng tiếp nhận hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu và kết nối liên thông với Cổng thông tin một cửa quốc gia, '
               'đưa vào vận hành từ ngày 25/3/2026.',
          summ=('Kết nối TTHC với Cổng một cửa quốc gia', 'Vận hành từ 25/3/2026', 'Hoàn thành')),
        E('II.2.i', 'in_progress', {'budget_spent_vnd': 415000000},
          'Kết nối cơ sở dữ liệu quốc gia về TĐC: đã chi 415 triệu đồng, đang thực hiện.',
          head='Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
          body='Đã hoàn thành đồng bộ 2 trong 4 nhóm dữ liệu (phương tiện đo, tổ chức đánh giá sự phù hợp); kinh phí đã thực hiện 415 triệu đồng. '
               'Nhóm dữ liệu công bố hợp quy đang được Trung tâm Công nghệ thông tin và Địa không gian xây dựng API.',
          summ=('Kết nối CSDL quốc gia TĐC', 'Kinh phí 415 triệu đồng', 'Đang thực hiện')),
        E('II.1.a', 'completed', {'communications': 15},
          'Hỗ trợ đăng tải 15 tin bài tuyên truyền TĐC trên cổng thông tin Sở.',
          head='Hỗ trợ tuyên truyền trên cổng thông tin điện tử',
          body='Phòng đã hỗ trợ đăng tải 15 tin bài, video về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở.',
          summ=('Tin bài trên cổng thông tin', '15 tin bài', 'Hoàn thành')),
    ],
    diff=['Dữ liệu của các hệ thống do Bộ quản lý chưa có chuẩn trao đổi thống nhất.'],
    prop=['Đề nghị Sở kiến nghị Bộ Khoa học và Công nghệ ban hành chuẩn API dùng chung cho cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng.'],
    signer=('TRƯỞNG PHÒNG', 'Trần Văn Lực'),
))
REPORTS.append(dict(
    hand=4, fname='SXD_bc_thuc_hien_CT38_2026.docx', uid='SO-XD', uname='Sở Xây dựng',
    parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', number='10257/BC-SXD', date='2026-11-28', dd=('28', '11'),
    titl=['BÁO CÁO', 'Kết quả phối hợp thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026 (lĩnh vực vật liệu xây dựng)'],
    items=[
        E('II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 54, 'violations': 9, 'fines_vnd': 236000000, 'samples_tested': 62},
          'Kiểm tra chất lượng vật liệu xây dựng: 07 cuộc, 54 cơ sở, 62 mẫu, 09 vi phạm, phạt 236 triệu đồng.',
          head='Kiểm tra chất lượng vật liệu xây dựng lưu thông',
          body='Sở đã tổ chức 07 cuộc kiểm tra tại 54 cơ sở sản xuất, kinh doanh thép, xi măng, kính xây dựng; lấy 62 mẫu thử nghiệm, phát hiện 09 cơ sở vi phạm, '
               'xử phạt 236 triệu đồng. Sở tiếp tục kiểm tra đến hết năm.',
          summ=('Kiểm tra VLXD', '07 cuộc; 54 cơ sở; 62 mẫu; 09 vi phạm; 236 triệu đồng', 'Đang thực hiện')),
        E('II.2.e', 'completed', {'standards_reviewed': 5},
          'Góp ý 05 dự thảo QCVN, TCVN vật liệu xây dựng.',
          head='Góp ý quy chuẩn, tiêu chuẩn về vật liệu xây dựng',
          body='Sở đã góp ý 05 dự thảo quy chuẩn, tiêu chuẩn về sản phẩm, hàng hóa vật liệu xây dựng theo đề nghị của Bộ Xây dựng.',
          summ=('Góp ý QCVN/TCVN', '05 dự thảo', 'Hoàn thành')),
        E('II.2.đ', 'completed', {}, 'Duy trì ISO 9001 tại cơ quan Sở.',
          head='Hệ thống quản lý chất lượng tại Sở',
          body='Sở đã chuyển đổi và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp bộ máy.',
          summ=('ISO 9001:2015', '—', 'Hoàn thành')),
        E('II.3.a', 'unknown', {'participants': 6}, 'Cử 06 lượt công chức tham dự tập huấn của Chi cục.',
          head='Cử công chức tham dự tập huấn',
          body='Sở cử 06 lượt công chức phòng Vật liệu xây dựng tham dự các lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.',
          summ=('Cử công chức tập huấn', '06 lượt', '')),
    ],
    diff=['Chưa có phòng thử nghiệm được chỉ định đối với một số loại kính xây dựng mới.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách tổ chức thử nghiệm được chỉ định cập nhật.'],
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lương Văn Khải'),
))
REPORTS.append(dict(
    hand=4, fname='VinhTan_bc_CT38_11thang.docx', uid='25912', uname='Phường Vĩnh Tân',
    parent='ỦY BAN NHÂN DÂN', number='529/BC-UBND', date='2026-11-30', dd=('30', '11'), place='Vĩnh Tân',
    titl=['BÁO CÁO', 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026'],
    items=[
        E('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 47, 'violations': 5, 'fines_vnd': 12750000},
          'Kiểm tra theo phân quyền: 06 cuộc, 47 cơ sở, 05 vi phạm, phạt 12,75 triệu đồng.',
          head='Kiểm tra đo lường, chất lượng theo phân quyền',
          body='Phường thành lập Tổ kiểm tra liên ngành, thực hiện 06 cuộc tại 47 cơ sở (cửa hàng xăng dầu, vàng bạc, chợ Vĩnh Tân), phát hiện 05 vi phạm, xử phạt 12,75 triệu đồng; '
               'đợt kiểm tra cao điểm cuối năm đang thực hiện.',
          summ=('Kiểm tra theo phân quyền', '06 cuộc; 47 cơ sở; 05 vi phạm; 12,75 triệu đồng', 'Đang thực hiện')),
        E('II.1.a', 'completed', {'communications': 27},
          'Tuyên truyền 27 tin bài.',
          head='Tuyên truyền pháp luật về TĐC',
          body='Phát 27 tin bài trên loa phát thanh và fanpage phường về cân đối chứng, hàng giả, hàng kém chất lượng.',
          summ=('Tuyên truyền', '27 tin bài', 'Hoàn thành')),
        E('II.2.đ', 'completed', {}, 'Công bố ISO 9001:2015 tại UBND phường.',
          head='Áp dụng ISO tại UBND phường',
          body='UBND phường đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/7/2026.',
          summ=('ISO 9001:2015', '—', 'Hoàn thành')),
    ],
    diff=['Công chức phụ trách kiêm nhiệm nhiều lĩnh vực.'],
    prop=['Đề nghị Sở tổ chức tập huấn kỹ năng kiểm tra đo lường cho tổ kiểm tra phường.'],
    signer=('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Ngô Thị Hạnh'),
))

# ======================================================================
# HAND 5 — Võ Hoàng Nam: single sheet, "KH năm / Đã làm" pair in one cell
# ("6 / 4 cuộc"), status in "Kết luận" as "Xong / Còn tiếp / Chưa / Không PS".
# ======================================================================
REPORTS.append(dict(
    hand=5, fname='HoaHiep_BC11T_CT38.xlsx', uid='26647', uname='Xã Hòa Hiệp',
    number='198/BC-UBND', date='2026-11-22', dd=('22', '11'), place='Hòa Hiệp',
    rows=[
        E('II.1.a', 'completed', {'communications': 14, 'training_courses': 1, 'participants': 76},
          'Tuyên truyền 14 tin bài; 01 buổi phổ biến, 76 người.',
          r=('Tuyên truyền TĐC', 'Tin bài: 15 / 14; Buổi phổ biến: 1 / 1 (76 người dự)', 'Xong')),
        E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 3000000},
          'Kiểm tra 02 cuộc, 15 cơ sở, 01 vi phạm, 3 triệu đồng.',
          r=('Kiểm tra cân, xăng dầu theo phân quyền', 'Cuộc: 3 / 2; Cơ sở: - / 15; Vi phạm: 1; Phạt: 3.000.000 đ', 'Còn tiếp')),
        E('II.3.a', 'completed', {'participants': 2}, 'Cử 02 người dự tập huấn.',
          r=('Cử cán bộ dự tập huấn', 'Lượt: 2 / 2', 'Xong')),
        E('II.5.d', 'not_applicable', {}, 'Tố giác vi phạm: không phát sinh.',
          r=('Tố giác vi phạm TĐC', '-', 'Không PS')),
    ],
    diff=['Xã xa trung tâm, đi lại dự tập huấn tốn thời gian.'],
    prop=['Xin Chi cục cho tập huấn trực tuyến.'],
    signer=('KT. CHỦ TỊCH', 'Phạm Văn Đức'),
))
REPORTS.append(dict(
    hand=5, fname='LongHai_CT38_tienDo.xlsx', uid='26662', uname='Xã Long Hải',
    number='305/BC-UBND', date='2026-11-15', dd=('15', '11'), place='Long Hải',
    rows=[
        E('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 38, 'violations': 4, 'fines_vnd': 9500000},
          'Kiểm tra hải sản, xăng dầu tàu cá: 04 cuộc, 38 cơ sở, 04 vi phạm, 9,5 triệu đồng.',
          r=('Kiểm tra đo lường (cân hải sản, xăng dầu cho tàu cá)', 'Cuộc: 5 / 4; Cơ sở: 38; Vi phạm: 4; Phạt: 9,5 triệu', 'Còn tiếp')),
        E('II.1.a', 'completed', {'communications': 20}, 'Tuyên truyền 20 tin bài.',
          r=('Tuyên truyền cho hộ kinh doanh', 'Tin bài: 20 / 20', 'Xong')),
        E('II.2.đ', 'not_started', {}, 'Chưa chuyển đổi ISO.',
          r=('Chuyển đổi ISO 9001:2015 tại xã', 'Chưa làm (chờ hướng dẫn)', 'Chưa')),
    ],
    diff=['Chưa có kinh phí thuê tư vấn ISO.'],
    prop=['Đề nghị Sở hỗ trợ chuyên gia hướng dẫn xây dựng ISO cho xã.'],
    signer=('CHỦ TỊCH', 'Trịnh Văn Sáu'),
))
REPORTS.append(dict(
    hand=5, fname='TanKhanh_CDS_11T2026.xlsx', uid='25891', uname='Phường Tân Khánh',
    number='412/BC-UBND', date='2026-11-18', dd=('18', '11'), place='Tân Khánh',
    rejected='Báo cáo tiến độ chuyển đổi số của phường, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).',
    title2='TIẾN ĐỘ CHUYỂN ĐỔI SỐ 11 THÁNG NĂM 2026',
    rows=[
        E('x', 'completed', {}, '', r=('Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', 'Chỉ tiêu: 80% / Đạt: 86%', 'Xong')),
        E('x', 'in_progress', {}, '', r=('Tổ công nghệ số cộng đồng', 'Tổ: 12 / 10', 'Còn tiếp')),
        E('x', 'in_progress', {}, '', r=('Thanh toán không dùng tiền mặt tại chợ', 'Tiểu thương: 300 / 214', 'Còn tiếp')),
    ],
    diff=['Người dân lớn tuổi còn ngại sử dụng dịch vụ công trực tuyến.'], prop=['Đề nghị hỗ trợ thiết bị cho Tổ công nghệ số.'],
    signer=('KT. CHỦ TỊCH', 'Nguyễn Hữu Lộc'),
))

# ---------------------------------------------------------------- renderers
def render_h1(r):
    d = base_doc()
    header_table(d, r['parent'], r['uname'], r['number'], dl(*r['dd'], place=r.get('place', 'Thành phố Hồ Chí Minh')))
    d.add_paragraph()
    title(d, r['titl'])
    para(d, r['intro'])
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for h, es in r['sections']:
        para(d, h, bold=True)
        for e in es:
            para(d, e['body'])
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in r['diff']:
        para(d, '- ' + x)
    para(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for x in r['prop']:
        para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo kết quả thực hiện 11 tháng năm 2026, kính gửi Sở Khoa học và Công nghệ tổng hợp./.')
    sign(d, *r['signer'])
    d.save(os.path.join(OUT, r['fname']))

def render_h3(r):
    d = base_doc(size=14)
    header_table(d, r['parent'], r['uname'], r['number'], dl(*r['dd'], place=r.get('place', 'TP. Hồ Chí Minh')))
    d.add_paragraph()
    title(d, r['titl'])
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.', align='c', indent=False)
    n = 0
    for h, es in r['romans']:
        para(d, h, bold=True, indent=False)
        for e in es:
            n += 1
            para(d, '%d. %s' % (n, e['sub']), bold=True)
            para(d, e['body'])
            if e['verdict']:
                p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
                p.add_run('Đánh giá mức độ: ').italic = True
                p.add_run(e['verdict'] + '.').bold = True
    k = len(r['romans'])
    ro = ['I', 'II', 'III', 'IV', 'V', 'VI']
    para(d, '%s. KHÓ KHĂN, VƯỚNG MẮC' % ro[k], bold=True, indent=False)
    if r['diff']:
        for i, x in enumerate(r['diff'], 1):
            para(d, '%d. %s' % (i, x))
    else:
        para(d, 'Không có.')
    para(d, '%s. ĐỀ XUẤT' % ro[k + 1], bold=True, indent=False)
    for i, x in enumerate(r['prop'], 1):
        para(d, '%d. %s' % (i, x))
    sign(d, *r['signer'])
    d.save(os.path.join(OUT, r['fname']))

def render_h4(r):
    d = base_doc()
    header_table(d, r['parent'], r['uname'], r['number'], dl(*r['dd'], place=r.get('place', 'Thành phố Hồ Chí Minh')))
    d.add_paragraph()
    title(d, r['titl'])
    para(d, 'A. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, e in enumerate(r['items'], 1):
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.add_run('%d) %s. ' % (i, e['head'])).bold = True
        p.add_run(e['body'])
    para(d, 'B. KHÓ KHĂN VÀ KIẾN NGHỊ', bold=True, indent=False)
    for x in r['diff']:
        para(d, 'Khó khăn: ' + x)
    for x in r['prop']:
        para(d, 'Kiến nghị: ' + x)
    para(d, 'C. TÓM TẮT KẾT QUẢ', bold=True, indent=False)
    t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['TT', 'Việc', 'Kết quả', 'Đánh giá']):
        c.paragraphs[0].add_run(h).bold = True
    for i, e in enumerate(r['items'], 1):
        row = t.add_row().cells
        row[0].text = str(i)
        row[1].text, row[2].text, row[3].text = e['summ']
    sign(d, *r['signer'])
    d.save(os.path.join(OUT, r['fname']))

thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def xl_head(ws, r, width, t2):
    ws['A1'] = r.get('parent') or 'ỦY BAN NHÂN DÂN'
    ws['A2'] = r['uname'].upper(); ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + r['number']
    last = openpyxl.utils.get_column_letter(width)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['D3'] = dl(*r['dd'], place=r.get('place', 'TP. Hồ Chí Minh')); ws['D3'].font = Font(italic=True)
    ws.merge_cells('A5:%s5' % last); ws['A5'] = t2; ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = Alignment(horizontal='center')

def render_h2(r):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for sname, gtitle, es in r['groups']:
        ws = wb.create_sheet(sname)
        xl_head(ws, r, 5, r.get('title2', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026'))
        ws.merge_cells('A6:E6'); ws['A6'] = gtitle; ws['A6'].font = Font(bold=True, color='1F4E79')
        hdr = ['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Số liệu', 'Tình trạng']
        for j, h in enumerate(hdr, 1):
            c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = B
            c.fill = PatternFill('solid', fgColor='DDEBF7'); c.alignment = Alignment(horizontal='center', wrap_text=True)
        for i, e in enumerate(es, 1):
            vals = [i] + list(e['row'])
            for j, v in enumerate(vals, 1):
                c = ws.cell(8 + i, j, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical='top')
        for col, w in zip('ABCDE', [6, 45, 40, 34, 12]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = 'A9'
    ws = wb.create_sheet('KK-DX')
    xl_head(ws, r, 5, 'KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT')
    rr = 7
    ws.cell(rr, 1, 'Khó khăn, vướng mắc').font = Font(bold=True); rr += 1
    for x in r['diff']:
        ws.cell(rr, 1, '-'); ws.cell(rr, 2, x); rr += 1
    ws.cell(rr, 1, 'Đề xuất, kiến nghị').font = Font(bold=True); rr += 1
    for x in r['prop']:
        ws.cell(rr, 1, '-'); ws.cell(rr, 2, x); rr += 1
    rr += 1
    ws.cell(rr, 4, r['signer'][0]); ws.cell(rr + 4, 4, r['signer'][1])
    ws.column_dimensions['B'].width = 80
    wb.save(os.path.join(OUT, r['fname']))

def render_h5(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC'
    ws['A1'] = 'UBND ' + r['uname'].upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + r['number']
    ws['A3'] = '%s, ngày %s/%s/2026' % (r['place'], r['dd'][0], r['dd'][1])
    ws['A5'] = r.get('title2', 'BÁO CÁO TIẾN ĐỘ KẾ HOẠCH CT38 - 11 THÁNG 2026'); ws['A5'].font = Font(bold=True)
    ws['A6'] = 'Ghi chú: ô "KH / Đã làm" ghi số kế hoạch năm trước, số đã làm sau dấu "/".'
    ws['A6'].font = Font(italic=True, size=9)
    hdr = ['#', 'Việc', 'KH / Đã làm', 'Kết luận']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = B
    for i, e in enumerate(r['rows'], 1):
        for j, v in enumerate([i] + list(e['r']), 1):
            c = ws.cell(8 + i, j, v); c.border = B; c.alignment = Alignment(wrap_text=True)
    rr = 9 + len(r['rows']) + 1
    ws.cell(rr, 2, 'Vướng mắc:').font = Font(bold=True); rr += 1
    for x in r['diff']:
        ws.cell(rr, 2, x); rr += 1
    ws.cell(rr, 2, 'Đề xuất:').font = Font(bold=True); rr += 1
    for x in r['prop']:
        ws.cell(rr, 2, x); rr += 1
    ws.cell(rr + 1, 3, r['signer'][0]); ws.cell(rr + 4, 3, r['signer'][1])
    for col, w in zip('ABCD', [5, 42, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r['fname']))

R = {1: render_h1, 2: render_h2, 3: render_h3, 4: render_h4, 5: render_h5}

if __name__ == '__main__':
    for r in REPORTS:
        R[r['hand']](r)
    import sys
    if '--keys' in sys.argv or True:
        for r in REPORTS:
            if r['hand'] in (1, 3, 4):
                r['entries'] = [e for s in (r.get('sections') or r.get('romans') or [('', r.get('items', []))]) for e in s[1]]
            elif r['hand'] == 2:
                r['entries'] = [e for g in r['groups'] for e in g[2]]
            else:
                r['entries'] = r['rows']
            key(r, r['fname'])
    print(len(REPORTS), 'files')
