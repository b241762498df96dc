# -*- coding: utf-8 -*-
"""Generator for set 52. Builds the report files and their answer keys."""
import json, os, re, hashlib, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
KEYS = {}

def key(fname, unit, number, date, entries, diffs=(), props=(), status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
        unit={'id': unit[0], 'name': unit[1]} if unit else None,
        document={'number': number, 'date': date},
        entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
        findings=[], difficulties=list(diffs), proposals=list(props))

def plain(s):
    return s.replace('**', '')

# ---------------------------------------------------------------- DOCX helpers
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d

def runs(p, text, italic=False):
    parts = re.split(r'(\*\*.+?\*\*)', text)
    for part in parts:
        if not part: continue
        if part.startswith('**'):
            r = p.add_run(part[2:-2]); r.bold = True
        else:
            r = p.add_run(part)
        r.italic = italic
    return p

def para(d, text, bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if bold:
        r = p.add_run(plain(text)); r.bold = True; r.italic = italic
        if size: r.font.size = Pt(size)
    else:
        runs(p, text, italic)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def header(d, left_lines, number, place_date, bold_from=1):
    t = d.add_table(rows=1, cols=2)
    L, R = t.rows[0].cells
    L.text = ''; R.text = ''
    for i, ln in enumerate(left_lines):
        p = L.paragraphs[0] if i == 0 else L.add_paragraph()
        r = p.add_run(ln); r.bold = i >= bold_from; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = L.add_paragraph(); p.add_run(number).font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']):
        p = R.paragraphs[0] if i == 0 else R.add_paragraph()
        r = p.add_run(ln); r.bold = True; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = R.add_paragraph(); r = p.add_run(place_date); r.italic = True; r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()

def sign(d, who, name, noi_nhan=('- Như trên;', '- Lưu: VT.')):
    t = d.add_table(rows=1, cols=2)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in noi_nhan:
        q = L.add_paragraph(); q.add_run(ln).font.size = Pt(11)
    p = R.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(who.split('\n')):
        if i: p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(ln).bold = True
    for _ in range(3): R.add_paragraph()
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(name).bold = True

# ================================================================ HAND 2 (Mỹ Duyên style)
# continuous (1)…(n) numbering running through results, difficulties and proposals;
# every figure bold; status stated as a short sentence right after the item's name.
def h2_doc(fname, left, number, place_date, title, sub, intro, items, diffs, props, who, name, sections=None):
    d = new_doc()
    header(d, left, number, place_date)
    para(d, title, bold=True, align='c', size=14)
    para(d, sub, bold=True, align='c')
    para(d, '')
    for x in intro: para(d, x)
    n = 0
    para(d, sections[0] if sections else 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for it in items:
        n += 1
        para(d, f'({n}) ' + it)
    para(d, sections[1] if sections else 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs:
        n += 1; para(d, f'({n}) ' + x)
    para(d, sections[2] if sections else 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for x in props:
        n += 1; para(d, f'({n}) ' + x)
    para(d, '')
    sign(d, who, name)
    d.save(os.path.join(OUT, fname))

def build_h2():
    # ---- 1. Chi cục TĐC (main report)
    f = 'cctdc-bao-cao-ct38-10thang-2026.docx'
    items = [
        'Tập huấn văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp: Đã hoàn thành. Từ tháng 3 đến tháng 9/2026, Chi cục tổ chức **04** lớp tập huấn tại Thủ Đức, Bình Dương, Bà Rịa và trung tâm Thành phố và **01** buổi tọa đàm với doanh nghiệp nhập khẩu ngày 18/6/2026 (tổng cộng **05** buổi), thu hút **386** lượt người tham dự.',
        'Tuyên truyền, vận động tham dự Giải thưởng Chất lượng Quốc gia: Đã xong trong Quý II. Chi cục đăng **09** tin, bài trên Cổng thông tin điện tử của Sở và trực tiếp hướng dẫn **14** doanh nghiệp chuẩn bị hồ sơ tham dự.',
        'Chương trình năng suất chất lượng (Chương trình 1322, Kế hoạch 36), Đề án 996 và Đề án 100: Đang triển khai. Đến nay đã hỗ trợ **11** doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean) và hệ thống truy xuất nguồn gốc; kinh phí đã giải ngân **185,4 triệu đồng**.',
        'Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026: Đang triển khai. Hội đồng sơ tuyển Thành phố đã đánh giá hồ sơ tại doanh nghiệp, đang chờ kết quả xét chọn của Hội đồng Quốc gia.',
        'Góp ý sửa đổi, bổ sung văn bản quy phạm pháp luật: Đã hoàn thành theo yêu cầu. Chi cục đã tham mưu Sở gửi ý kiến đối với dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo Thông tư về nhãn hàng hóa đúng thời hạn.',
        'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy: Đang thực hiện thường xuyên. Chi cục đã hướng dẫn **127** lượt tổ chức, doanh nghiệp về thủ tục công bố hợp chuẩn, hợp quy và áp dụng tiêu chuẩn cơ sở.',
        'Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật: Đang thực hiện (nhiệm vụ Quý IV). Đã góp ý **22** dự thảo, gồm **18** dự thảo TCVN và **04** dự thảo QCVN; đang phối hợp Sở Xây dựng nghiên cứu xây dựng quy chuẩn kỹ thuật địa phương.',
        'Tập huấn nghiệp vụ cho công chức các sở, ngành, phường, xã, đặc khu: Đã hoàn thành **06/06** lớp theo kế hoạch với **412** lượt công chức tham dự.',
        'Đào tạo, bồi dưỡng cho viên chức và sinh viên các trường: Chưa triển khai. Chi cục dự kiến phối hợp Trường Đại học Công nghiệp tổ chức trong tháng 11/2026.',
        'Khảo sát chất lượng sản phẩm, hàng hóa: Đã hoàn thành. Chi cục đã lấy và thử nghiệm **105** mẫu (**60** mẫu xăng dầu, **45** mẫu mũ bảo hiểm), có **08** mẫu không phù hợp đã được thông tin cho cơ quan kiểm tra; kinh phí khảo sát **96.800.000** đồng.',
    ]
    diffs = ['Lực lượng công chức của Chi cục mỏng trong khi địa bàn Thành phố sau sắp xếp rất rộng, việc đi lại giữa các khu vực mất nhiều thời gian.',
             'Kinh phí khảo sát chất lượng còn hạn chế nên số lượng mẫu chưa đáp ứng yêu cầu quản lý.']
    props = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 cho nhóm hàng xăng dầu và đồ chơi trẻ em.',
             'Đề nghị Sở sớm phê duyệt vị trí việc làm, bổ sung 03 biên chế cho Chi cục.']
    h2_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG'], 'Số: 1187/BC-TĐC',
           'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
           'BÁO CÁO', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 20/10/2026)',
           ['Kính gửi: Sở Khoa học và Công nghệ.',
            'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện như sau:'],
           items, diffs, props, 'CHI CỤC TRƯỞNG', 'Trần Văn Hiếu')
    P = [plain(x) for x in items]
    key(f, ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '1187/BC-TĐC', '2026-10-27', [
        ('II.1.a', 'completed', {'training_courses': 5, 'participants': 386}, P[0]),
        ('II.1.b', 'completed', {'communications': 9, 'enterprises_supported': 14}, P[1]),
        ('II.2.a', 'in_progress', {'enterprises_supported': 11, 'budget_spent_vnd': 185400000}, P[2]),
        ('II.2.b', 'in_progress', {}, P[3]),
        ('II.2.c', 'completed', {}, P[4]),
        ('II.2.d', 'in_progress', {'enterprises_supported': 127}, P[5]),
        ('II.2.e', 'in_progress', {'standards_reviewed': 22}, P[6]),
        ('II.3.a', 'completed', {'training_courses': 6, 'participants': 412}, P[7]),
        ('II.3.d', 'not_started', {}, P[8]),
        ('II.5.b', 'completed', {'samples_tested': 105, 'budget_spent_vnd': 96800000}, P[9]),
    ], diffs, props)

    # ---- 2. Chi cục – Phòng Quản lý Đo lường
    f = 'qldl-chicuc-bc-ct38.docx'
    items = [
        'Hỗ trợ doanh nghiệp theo Đề án 996: Đang thực hiện. Phòng đã hỗ trợ **09** doanh nghiệp xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012:2007; dự kiến hoàn thành hỗ trợ thêm 03 doanh nghiệp trong tháng 12.',
        'Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia: Đã hoàn thành. **27/27** chuẩn đo lường chính của Chi cục đã được hiệu chuẩn liên kết tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật 3.',
        'Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ: Đang thực hiện. Đợt 1 đã kiểm định, hiệu chuẩn **14** phương tiện (quả cân chuẩn, bình chuẩn kim loại, đồng hồ đo điện trở cách điện) với kinh phí **38.600.000** đồng; đợt 2 thực hiện trong tháng 12/2026.',
        'Kiểm tra nhà nước về đo lường: Đang thực hiện. Phòng đã tham gia **05** cuộc kiểm tra tại **73** cơ sở kinh doanh xăng dầu, vàng trang sức; phát hiện **06** cơ sở vi phạm, tham mưu xử phạt **62.750.000** đồng.',
        'Phối hợp với phường, xã, đặc khu: Đang thực hiện thường xuyên. Phòng đã hướng dẫn nghiệp vụ cho công chức **31** phường, xã và kiểm định miễn phí **212** cân đồng hồ cho tiểu thương tại **18** chợ.',
        'Củng cố tổ chức dịch vụ kỹ thuật về đo lường: Không phát sinh. Trong kỳ không có hồ sơ đề nghị chỉ định mới tổ chức kiểm định, hiệu chuẩn.',
    ]
    diffs = ['Một số chuẩn đo lường đã sử dụng trên 15 năm, độ ổn định giảm, chi phí sửa chữa cao.']
    props = ['Kiến nghị Chi cục trình Sở bố trí kinh phí thay thế bộ chuẩn dung tích và bộ quả cân cấp chính xác F1 trong năm 2027.']
    h2_doc(f, ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'PHÒNG QUẢN LÝ ĐO LƯỜNG'], 'Số: 86/BC-QLĐL',
           'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
           'BÁO CÁO', 'Kết quả thực hiện các nhiệm vụ được phân công tại Kế hoạch Chỉ thị 38-CT/TW năm 2026',
           ['Kính gửi: Lãnh đạo Chi cục.',
            'Phòng Quản lý Đo lường báo cáo kết quả thực hiện các nhiệm vụ về đo lường được phân công như sau:'],
           items, diffs, props, 'TRƯỞNG PHÒNG', 'Lâm Quốc Thịnh',
           sections=['1. Kết quả', '2. Khó khăn', '3. Kiến nghị'])
    P = [plain(x) for x in items]
    key(f, ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '86/BC-QLĐL', '2026-10-23', [
        ('II.2.a', 'in_progress', {'enterprises_supported': 9}, P[0]),
        ('II.4.c', 'completed', {'instruments_verified': 27}, P[1]),
        ('II.4.b', 'in_progress', {'instruments_verified': 14, 'budget_spent_vnd': 38600000}, P[2]),
        ('II.5.a', 'in_progress', {'inspections': 5, 'establishments_inspected': 73, 'violations': 6, 'fines_vnd': 62750000}, P[3]),
        ('II.5.c', 'in_progress', {'instruments_verified': 212}, P[4]),
        ('II.2.g', 'not_applicable', {}, P[5]),
    ], diffs, props)

    # ---- 3. Phòng Kiểm tra – Pháp chế (re-saved through LibreOffice later)
    f = 'ktpc-bc-ct38-2026.docx'
    items = [
        'Rà soát, góp ý văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: Đã hoàn thành. Phòng phối hợp Chi cục rà soát **46** văn bản còn hiệu lực, đề xuất bãi bỏ **03** văn bản không còn phù hợp sau sắp xếp đơn vị hành chính.',
        'Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP: Đang thực hiện. Phòng đang cùng Chi cục hoàn chỉnh danh mục trình Giám đốc Sở phê duyệt.',
        'Kiểm tra tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa: Đang thực hiện. Phòng chủ trì **03** đoàn kiểm tra liên ngành, kiểm tra **41** cơ sở sản xuất, kinh doanh; phát hiện **09** cơ sở vi phạm, ban hành **09** quyết định xử phạt với tổng số tiền **118.500.000** đồng.',
        'Tiếp nhận kết quả khảo sát chất lượng: Đã hoàn thành. Phòng đã tiếp nhận thông tin các mẫu không phù hợp từ Chi cục và đưa vào kế hoạch kiểm tra đột xuất Quý IV.',
        'Hướng dẫn phường, xã, đặc khu thực hiện nội dung được phân quyền: Đã hoàn thành. Phòng phối hợp tổ chức **02** buổi hướng dẫn nghiệp vụ lập biên bản, xử phạt vi phạm hành chính cho **95** công chức phường, xã.',
        'Tiếp nhận, xử lý phản ánh, tố giác vi phạm: Đã hoàn thành. Phòng tiếp nhận **04** đơn phản ánh về gian lận đo lường, đã xác minh, xử lý xong **04/04** đơn; trong kỳ chưa phát sinh trường hợp đề nghị khen thưởng người tố giác.',
    ]
    diffs = ['Sau khi sáp nhập, địa bàn kiểm tra rộng, phương tiện đi lại của đoàn kiểm tra chưa đáp ứng.']
    props = ['Đề nghị Sở trang bị thêm 01 xe chuyên dùng phục vụ công tác kiểm tra.',
             'Đề nghị Chi cục cử công chức đo lường tham gia thường xuyên các đoàn kiểm tra liên ngành.']
    h2_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'], 'Số: 214/BC-KTPC',
           'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
           'BÁO CÁO', 'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
           ['Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.',
            'Phòng Kiểm tra – Pháp chế (tiếp nhận chức năng của Thanh tra Sở trước đây) báo cáo kết quả phối hợp thực hiện Kế hoạch như sau:'],
           items, diffs, props, 'KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG', 'Đoàn Thị Kim Ngân')
    P = [plain(x) for x in items]
    key(f, ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'), '214/BC-KTPC', '2026-10-26', [
        ('II.2.c', 'completed', {}, P[0]),
        ('II.4.b', 'in_progress', {}, P[1]),
        ('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 41, 'violations': 9, 'fines_vnd': 118500000}, P[2]),
        ('II.5.b', 'completed', {}, P[3]),
        ('II.5.c', 'completed', {'training_courses': 2, 'participants': 95}, P[4]),
        ('II.5.d', 'completed', {}, P[5]),
    ], diffs, props)

    # ---- 4. Trung tâm Dịch vụ Phân tích thí nghiệm
    f = 'ttpttn-baocao-ct38.docx'
    items = [
        'Đầu tư cơ sở vật chất, trang thiết bị: Đang thực hiện. Trung tâm đã mua sắm, đưa vào sử dụng **12** thiết bị thử nghiệm (máy sắc ký khí, máy quang phổ hấp thụ nguyên tử…), giá trị giải ngân đến 15/10/2026 là **2,35 tỷ đồng** trên dự toán 3,1 tỷ đồng.',
        'Mở rộng phạm vi dịch vụ kỹ thuật: Đã hoàn thành. Ngày 12/8/2026, Trung tâm được công nhận mở rộng thêm **17** phép thử lĩnh vực hóa và vật liệu xây dựng theo ISO/IEC 17025.',
        'Duy trì, liên kết chuẩn đo lường: Đang thực hiện. Trung tâm phối hợp Chi cục liên kết chuẩn và đã kiểm định, hiệu chuẩn **8.640** phương tiện đo cho tổ chức, doanh nghiệp.',
        'Thử nghiệm mẫu phục vụ khảo sát chất lượng: Đã hoàn thành. Trung tâm đã thử nghiệm **105** mẫu xăng dầu và mũ bảo hiểm do Chi cục lấy, trả kết quả đúng hạn.',
        'Đào tạo, thực tập cho sinh viên: Đang thực hiện. Trung tâm đã tổ chức **02** khóa thực tập ngắn hạn về đo lường, thử nghiệm cho **140** sinh viên các trường đại học, cao đẳng.',
    ]
    diffs = ['Thủ tục mua sắm thiết bị kéo dài do phải chờ thẩm định giá, ảnh hưởng tiến độ giải ngân.']
    props = ['Đề nghị Văn phòng Sở hỗ trợ đẩy nhanh thẩm định dự toán mua sắm đợt 2.']
    h2_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', 'VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], 'Số: 305/BC-TTPTTN',
           'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
           'BÁO CÁO', 'Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
           ['Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.',
            'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng báo cáo như sau:'],
           items, diffs, props, 'GIÁM ĐỐC', 'Phan Thanh Sơn')
    P = [plain(x) for x in items]
    key(f, ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '305/BC-TTPTTN', '2026-10-28', [
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 2350000000}, P[0]),
        ('II.2.g', 'completed', {}, P[1]),
        ('II.4.c', 'in_progress', {'instruments_verified': 8640}, P[2]),
        ('II.5.b', 'completed', {'samples_tested': 105}, P[3]),
        ('II.3.d', 'in_progress', {'training_courses': 2, 'participants': 140}, P[4]),
    ], diffs, props)

    # ---- 5. Sở Công Thương
    f = 'so-cong-thuong-bc-ct38.docx'
    items = [
        'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia: Đã hoàn thành. Sở đã góp ý **05** dự thảo QCVN thuộc lĩnh vực Bộ Công Thương quản lý (xăng sinh học E10, an toàn điện, hóa chất).',
        'Phối hợp kiểm tra chất lượng, đo lường hàng hóa lưu thông: Đang thực hiện. Chi cục Quản lý thị trường phối hợp **02** đợt kiểm tra liên ngành đối với **26** cửa hàng xăng dầu, phát hiện **02** cơ sở vi phạm, xử phạt **30.000.000** đồng.',
        'Phổ biến cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA: Đã hoàn thành. Sở tổ chức **03** hội nghị phổ biến cam kết CPTPP, EVFTA, RCEP cho **420** lượt doanh nghiệp.',
    ]
    diffs = []
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để phục vụ công tác quản lý thị trường.']
    h2_doc(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'], 'Số: 6120/BC-SCT',
           'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
           'BÁO CÁO', 'Kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
           ['Kính gửi: Sở Khoa học và Công nghệ.',
            'Sở Công Thương báo cáo kết quả phối hợp thực hiện như sau:'],
           items, ['Không có.'] if not diffs else diffs, props, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Hoàng Phúc')
    P = [plain(x) for x in items]
    key(f, ('SO-CT', 'Sở Công Thương'), '6120/BC-SCT', '2026-10-30', [
        ('II.2.e', 'completed', {'standards_reviewed': 5}, P[0]),
        ('II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 26, 'violations': 2, 'fines_vnd': 30000000}, P[1]),
        ('II.6.a', 'completed', {'training_courses': 3, 'participants': 420}, P[2]),
    ], diffs, props)

# ================================================================ HAND 3 (Lộc – ward economic officer)
# each item opens with "Thực hiện Công văn/Kế hoạch số … của …," (the incoming document that
# triggered the work); figures as numeral + words in parentheses "03 (ba)"; the status is a
# plain closing sentence "Nội dung này … đã thực hiện xong / đang tiếp tục thực hiện".
def h3_doc(fname, uname_up, number, place_date, title, intro, items, diffs, props, who, name):
    d = new_doc(size=14)
    left = uname_up.split('\n') if '\n' in uname_up else ['ỦY BAN NHÂN DÂN', uname_up]
    header(d, left, number, place_date, bold_from=1)
    para(d, title[0], bold=True, align='c')
    para(d, title[1], bold=True, align='c')
    para(d, '')
    for x in intro: para(d, x)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for x in items: para(d, '- ' + x)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của ' + ('Ủy ban nhân dân ' if 'Sở' not in title[2] else '') + title[2] + './.')
    sign(d, who, name, ('- Chi cục TĐC;', '- TT. Đảng ủy, HĐND;', '- Lưu: VT, KT.'))
    d.save(os.path.join(OUT, fname))

def build_h3():
    f = 'phuong-dong-hoa-bc-ct38.docx'
    items = [
        'Thực hiện Công văn số 1563/TĐC-QLĐL ngày 12/3/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về kiểm tra đo lường tại chợ, UBND phường đã thành lập Tổ kiểm tra liên ngành, tổ chức 04 (bốn) đợt kiểm tra tại 03 (ba) chợ trên địa bàn, kiểm tra 57 (năm mươi bảy) cơ sở kinh doanh có sử dụng cân; phát hiện 05 (năm) trường hợp sử dụng cân sai số vượt mức cho phép, đã lập biên bản nhắc nhở. Nội dung này phường đang tiếp tục thực hiện trong Quý IV.',
        'Thực hiện Kế hoạch số 128/KH-TĐC ngày 02/4/2026 của Chi cục về tập huấn nghiệp vụ cho công chức phường, xã, UBND phường đã cử 02 (hai) công chức tham dự lớp tập huấn ngày 14/5/2026. Nội dung này đã thực hiện xong.',
        'Thực hiện Công văn số 2210/SKHCN-TĐC ngày 20/5/2026 của Sở Khoa học và Công nghệ về tuyên truyền pháp luật tiêu chuẩn, đo lường, chất lượng, phường đã đăng 06 (sáu) tin, bài trên Trang thông tin điện tử phường và nhóm Zalo của các khu phố. Phường thực hiện nội dung này thường xuyên, đang tiếp tục thực hiện.',
        'Về tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng: trong kỳ trên địa bàn phường không phát sinh.',
    ]
    diffs = ['Phường chưa được trang bị cân đối chứng tại các chợ, việc kiểm tra phải mượn cân của Ban quản lý chợ.',
             'Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.']
    props = ['Đề nghị Chi cục hỗ trợ trang bị 03 (ba) cân đối chứng cho 03 chợ trên địa bàn phường.']
    h3_doc(f, 'PHƯỜNG ĐÔNG HÒA', 'Số: 412/BC-UBND', 'Đông Hòa, ngày 05 tháng 11 năm 2026',
           ['BÁO CÁO', 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW', 'phường Đông Hòa'],
           ['Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; Ủy ban nhân dân phường Đông Hòa báo cáo kết quả thực hiện như sau:'],
           items, diffs, props, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Huỳnh Văn Lộc')
    key(f, ('25951', 'Phường Đông Hòa'), '412/BC-UBND', '2026-11-05', [
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 57, 'violations': 5}, items[0]),
        ('II.3.a', 'completed', {'participants': 2}, items[1]),
        ('II.1.a', 'in_progress', {'communications': 6}, items[2]),
        ('II.5.d', 'not_applicable', {}, items[3]),
    ], diffs, props)

    f = 'xa-an-long-bao-cao-tdc.docx'
    items = [
        'Thực hiện Công văn số 1563/TĐC-QLĐL ngày 12/3/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, UBND xã chỉ đạo bộ phận Kinh tế phối hợp Ban quản lý chợ kiểm tra 02 (hai) cuộc tại chợ An Long và chợ Bến Súc, kiểm tra 19 (mười chín) hộ kinh doanh sử dụng cân, qua kiểm tra chưa phát hiện vi phạm. Xã đã thực hiện xong kế hoạch kiểm tra năm 2026.',
        'Thực hiện Quyết định số 77/QĐ-TĐC ngày 08/6/2026 của Chi cục về kiểm tra đo lường, chất lượng xăng dầu, xã đã cử 01 (một) công chức phối hợp với đoàn kiểm tra của Chi cục kiểm tra 05 (năm) cửa hàng xăng dầu trên địa bàn xã. Việc phối hợp đã xong.',
        'Thực hiện Công văn số 905/TĐC-VP ngày 25/4/2026 của Chi cục về việc cử công chức tham dự tập huấn, xã đã cử 03 (ba) công chức tham dự đầy đủ. Nội dung này đã hoàn thành.',
        'Về tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh: xã chưa tổ chức được buổi tuyên truyền chuyên đề, dự kiến lồng ghép vào hội nghị hộ kinh doanh Quý IV/2026.',
    ]
    diffs = ['Địa bàn xã rộng, các hộ kinh doanh nhỏ lẻ, phân tán, khó kiểm tra thường xuyên.',
             'Xã chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng.']
    props = ['Đề nghị Chi cục cung cấp tờ rơi, tài liệu tuyên truyền để xã phát cho hộ kinh doanh tại chợ.']
    h3_doc(f, 'XÃ AN LONG', 'Số: 96/BC-UBND', 'An Long, ngày 31 tháng 10 năm 2026',
           ['BÁO CÁO', 'Kết quả triển khai Kế hoạch thực hiện Chỉ thị 38-CT/TW năm 2026', 'xã An Long'],
           ['Ủy ban nhân dân xã An Long báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:'],
           items, diffs, props, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Trương Minh Đức')
    key(f, ('25867', 'Xã An Long'), '96/BC-UBND', '2026-10-31', [
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 19}, items[0]),
        ('II.5.a', 'completed', {'establishments_inspected': 5}, items[1]),
        ('II.3.a', 'completed', {'participants': 3}, items[2]),
        ('II.1.a', 'not_started', {}, items[3]),
    ], diffs, props)

    f = 'tam-long-bc-chi-thi-38.docx'
    items = [
        'Thực hiện Công văn số 1563/TĐC-QLĐL ngày 12/3/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng, phường đã tổ chức kiểm tra 03 (ba) đợt đối với 34 (ba mươi bốn) cơ sở kinh doanh tại chợ Long Điền và các tuyến đường, phát hiện 02 (hai) cơ sở vi phạm về đo lường, ban hành quyết định xử phạt với số tiền 3.000.000 đồng (ba triệu đồng). Phường đang tiếp tục thực hiện.',
        'Thực hiện Công văn số 2210/SKHCN-TĐC ngày 20/5/2026 của Sở Khoa học và Công nghệ, phường phối hợp Chi cục tổ chức 01 (một) buổi tuyên truyền, phổ biến pháp luật về đo lường cho 85 (tám mươi lăm) hộ kinh doanh tại chợ Long Điền ngày 17/7/2026. Nội dung này đã hoàn thành.',
        'Thực hiện Kế hoạch số 128/KH-TĐC ngày 02/4/2026 của Chi cục về tập huấn nghiệp vụ, do trùng lịch tiếp công dân nên phường chưa cử được công chức tham dự.',
        'Về phản ánh, tố giác vi phạm: không phát sinh.',
    ]
    diffs = ['Công chức phụ trách mới được phân công, chưa nắm vững quy trình lập biên bản vi phạm về đo lường.']
    props = ['Đề nghị Chi cục mở thêm lớp tập huấn bổ sung trong Quý IV để phường cử công chức tham dự.',
             'Đề nghị Chi cục cung cấp mẫu biên bản, quyết định xử phạt thống nhất.']
    h3_doc(f, 'PHƯỜNG TAM LONG', 'Số: 233/BC-UBND', 'Tam Long, ngày 03 tháng 11 năm 2026',
           ['BÁO CÁO', 'Tình hình thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường', 'phường Tam Long'],
           ['Ủy ban nhân dân phường Tam Long báo cáo như sau:'],
           items, diffs, props, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Lê Hoàng Vũ')
    key(f, ('26572', 'Phường Tam Long'), '233/BC-UBND', '2026-11-03', [
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 34, 'violations': 2, 'fines_vnd': 3000000}, items[0]),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 85}, items[1]),
        ('II.3.a', 'not_started', {}, items[2]),
        ('II.5.d', 'not_applicable', {}, items[3]),
    ], diffs, props)

    # department in the same hand
    f = 'so-y-te-bc-ct38-2026.docx'
    items = [
        'Thực hiện Công văn số 2210/SKHCN-TĐC ngày 20/5/2026 của Sở Khoa học và Công nghệ về việc góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật, Sở Y tế đã góp ý 03 (ba) dự thảo QCVN về trang thiết bị y tế và 02 (hai) dự thảo TCVN về phương tiện đo huyết áp, tổng cộng 05 (năm) dự thảo. Nội dung này đã thực hiện xong.',
        'Thực hiện Công văn số 1874/TĐC-QLĐL ngày 03/7/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về phối hợp kiểm tra phương tiện đo nhóm 2 trong lĩnh vực y tế, Sở Y tế đã cử cán bộ tham gia 02 (hai) cuộc kiểm tra tại 14 (mười bốn) cơ sở khám bệnh, chữa bệnh tư nhân; phát hiện 03 (ba) cơ sở sử dụng huyết áp kế, nhiệt kế y học chưa kiểm định. Sở Y tế đang tiếp tục phối hợp thực hiện trong Quý IV.',
        'Thực hiện Quyết định số 19/2014/QĐ-TTg về áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 vào hoạt động của cơ quan hành chính, Sở Y tế đã cập nhật, công bố lại hệ thống quản lý chất lượng ngày 15/8/2026 sau khi sắp xếp tổ chức. Nội dung này đã hoàn thành.',
    ]
    diffs = ['Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa nắm rõ danh mục phương tiện đo nhóm 2 phải kiểm định.']
    props = ['Đề nghị Chi cục phối hợp Sở Y tế tổ chức hướng dẫn về kiểm định phương tiện đo trong lĩnh vực y tế cho các cơ sở khám bệnh, chữa bệnh.']
    h3_doc(f, 'THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ', 'Số: 9340/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
           ['BÁO CÁO', 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'Sở Y tế'],
           ['Sở Y tế báo cáo kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:'],
           items, diffs, props, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Thị Huỳnh Mai')
    key(f, ('SO-YT', 'Sở Y tế'), '9340/BC-SYT', '2026-11-02', [
        ('II.2.e', 'completed', {'standards_reviewed': 5}, items[0]),
        ('II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 14, 'violations': 3}, items[1]),
        ('II.2.đ', 'completed', {}, items[2]),
    ], diffs, props)

    # mistaken: giảm nghèo
    f = 'xa-chau-pha-bao-cao-10-thang.docx'
    items = [
        'Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2026 của UBND xã về giảm nghèo bền vững năm 2026, xã đã rà soát, xác định 38 (ba mươi tám) hộ nghèo và 61 (sáu mươi mốt) hộ cận nghèo; đến nay đã có 12 (mười hai) hộ thoát nghèo. Nội dung này đang tiếp tục thực hiện.',
        'Thực hiện Công văn số 310/SNV-BTXH của Sở Nội vụ về hỗ trợ nhà ở cho hộ nghèo, xã đã hỗ trợ xây mới 04 (bốn) căn nhà với tổng kinh phí 240.000.000 đồng (hai trăm bốn mươi triệu đồng). Nội dung này đã hoàn thành.',
        'Thực hiện Công văn số 95/NHCSXH của Ngân hàng Chính sách xã hội, xã phối hợp giải ngân vốn vay ưu đãi cho 27 (hai mươi bảy) hộ với tổng dư nợ 1,35 tỷ đồng.',
    ]
    diffs = ['Một số hộ nghèo thuộc diện không có khả năng lao động, khó thoát nghèo bền vững.']
    props = ['Đề nghị cấp trên tăng mức hỗ trợ xây nhà cho hộ nghèo.']
    h3_doc(f, 'XÃ CHÂU PHA', 'Số: 188/BC-UBND', 'Châu Pha, ngày 29 tháng 10 năm 2026',
           ['BÁO CÁO', 'Kết quả thực hiện công tác giảm nghèo bền vững 10 tháng năm 2026', 'xã Châu Pha'],
           ['Ủy ban nhân dân xã Châu Pha báo cáo kết quả thực hiện công tác giảm nghèo như sau:'],
           items, diffs, props, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'Võ Thanh Tâm')
    key(f, ('26728', 'Xã Châu Pha'), '188/BC-UBND', '2026-10-29', [], [], [], status='rejected',
        reason='Báo cáo về công tác giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

# ================================================================ XLSX helpers
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def cellw(ws, r, c, v, bold=False, wrap=True, fill=None, border=True, center=False, italic=False):
    x = ws.cell(row=r, column=c, value=v)
    x.font = Font(name='Times New Roman', size=11, bold=bold, italic=italic)
    x.alignment = Alignment(wrap_text=wrap, vertical='top', horizontal='center' if center else None)
    if border: x.border = BOX
    if fill: x.fill = PatternFill('solid', fgColor=fill)
    return x

# ================================================================ HAND 1 (Tùng – IT officer)
# a Jira-like tracker: "Key | Hạng mục | Mô tả / kết quả | Assignee | Start | Due | Status | Output",
# statuses in English (Done / In progress / Not started / N/A / Blocked), ISO dates, a second
# sheet "Issues & Requests" for difficulties and proposals.
def h1_xlsx(fname, top, rows, issues, requests):
    wb = Workbook(); ws = wb.active; ws.title = 'Tracker'
    r = 1
    for ln in top:
        ws.cell(row=r, column=1, value=ln).font = Font(name='Arial', size=10, bold=(r <= 2)); r += 1
    r += 1
    hdr = ['Key', 'Hạng mục', 'Mô tả / kết quả', 'Assignee', 'Start', 'Due', 'Status', 'Output']
    for c, h in enumerate(hdr, 1): cellw(ws, r, c, h, bold=True, fill='D9E1F2', center=True)
    ws.freeze_panes = ws.cell(row=r + 1, column=1)
    ws.auto_filter.ref = f'A{r}:H{r + len(rows)}'
    for row in rows:
        r += 1
        for c, v in enumerate(row, 1): cellw(ws, r, c, v)
        st = ws.cell(row=r, column=7)
        st.fill = PatternFill('solid', fgColor={'Done': 'C6EFCE', 'In progress': 'FFEB9C'}.get(row[6], 'EDEDED'))
    for col, w in zip('ABCDEFGH', [11, 30, 60, 10, 11, 11, 12, 22]): ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet('Issues & Requests')
    cellw(ws2, 1, 1, 'Type', bold=True); cellw(ws2, 1, 2, 'Nội dung', bold=True)
    rr = 2
    for x in issues: cellw(ws2, rr, 1, 'Issue'); cellw(ws2, rr, 2, x); rr += 1
    for x in requests: cellw(ws2, rr, 1, 'Request'); cellw(ws2, rr, 2, x); rr += 1
    ws2.column_dimensions['B'].width = 100
    wb.save(os.path.join(OUT, fname))

def build_h1():
    f = 'cds-tracker-ct38-2026.xlsx'
    rows = [
        ('CT38-01', 'Cải tiến Hệ thống TTHC lĩnh vực TĐC', 'Rà soát quy trình điện tử 21 TTHC lĩnh vực TĐC trên Hệ thống thông tin giải quyết TTHC; gửi 06 đề xuất cải tiến cho Bộ KH&CN', 'TuanNM', '2026-01-05', '2026-03-31', 'Done', 'CV 118/CĐS'),
        ('CT38-02', 'Kết nối Cổng một cửa quốc gia (NSW)', 'Kết nối thử nghiệm API đăng ký kiểm tra chất lượng hàng nhập khẩu với NSW; đang chờ Bộ cấp tài khoản môi trường thật', 'TungNT', '2026-02-01', '2026-03-31', 'In progress', 'môi trường test OK'),
        ('CT38-03', 'CSDL quốc gia về TĐC', 'Phối hợp Chi cục đồng bộ dữ liệu công bố hợp chuẩn, hợp quy lên CSDL quốc gia; đã đồng bộ 1.846 hồ sơ', 'TungNT', '2026-03-01', '', 'In progress', '1.846 hồ sơ'),
        ('CT38-04', 'ISO 9001 điện tử', 'Số hóa hệ thống QLCL TCVN ISO 9001:2015 trên phần mềm iOffice; tổ chức 02 buổi hướng dẫn sử dụng cho 64 CBCCVC các phòng', 'HanhLT', '2026-02-15', '2026-06-30', 'Done', '02 buổi / 64 người'),
        ('CT38-05', 'Hỗ trợ tọa đàm DN nhập khẩu', 'Hỗ trợ kỹ thuật livestream tọa đàm với doanh nghiệp nhập khẩu ngày 18/6/2026', 'TuanNM', '2026-06-18', '2026-06-18', 'Done', 'link livestream'),
        ('CT38-06', 'Năng suất khu vực công (APO)', 'Chưa có yêu cầu từ Ủy ban TĐC Quốc gia', '', '', '', 'N/A', ''),
    ]
    issues = ['Bộ KH&CN chưa cấp tài khoản kết nối chính thức với Cổng một cửa quốc gia nên chưa thể vận hành thật.',
              'Dữ liệu công bố hợp quy giai đoạn trước 2020 lưu trữ giấy, chưa số hóa.']
    requests = ['Đề nghị Chi cục có văn bản gửi Bộ KH&CN đề nghị cấp tài khoản kết nối NSW.']
    h1_xlsx(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', 'Số: 57/BC-CĐS', 'Ngày báo cáo: 29/10/2026',
                'Theo dõi tiến độ nhiệm vụ phối hợp – Kế hoạch CT38/2026 (gửi Chi cục TĐC tổng hợp)'], rows, issues, requests)
    key(f, ('SKHCN-CDS', 'Phòng Chuyển đổi số'), '57/BC-CĐS', '2026-10-29', [
        ('II.2.h', 'in_progress', {}, rows[0][2] + ' | ' + rows[1][2]),
        ('II.2.i', 'in_progress', {}, rows[2][2]),
        ('II.2.đ', 'completed', {'training_courses': 2, 'participants': 64}, rows[3][2]),
        ('II.1.a', 'completed', {}, rows[4][2]),
        ('II.6.b', 'not_applicable', {}, rows[5][2]),
    ], issues, requests)

    f = 'ttcntt-dkg-tracker-ct38.xlsx'
    rows = [
        ('DKG-11', 'Hạ tầng cho CSDL TĐC', 'Cấp 04 máy ảo, cấu hình sao lưu hằng ngày cho CSDL tiêu chuẩn, đo lường, chất lượng của Chi cục', 'KhoaPM', '2026-01-10', '2026-02-28', 'Done', '04 VM'),
        ('DKG-12', 'Bản đồ số cơ sở kinh doanh xăng dầu', 'Tích hợp 2.317 điểm cửa hàng xăng dầu lên nền bản đồ GIS dùng chung, kết nối với CSDL TĐC', 'NhanVT', '2026-04-01', '2026-12-15', 'In progress', '2.317 điểm'),
        ('DKG-13', 'Duy trì ISO 9001 tại Trung tâm', 'Đánh giá nội bộ hệ thống QLCL theo TCVN ISO 9001:2015, cập nhật 09 quy trình', 'ThaoNT', '2026-05-01', '2026-07-31', 'Done', 'BC đánh giá nội bộ'),
        ('DKG-14', 'Đào tạo chuyên sâu', 'Cử 03 viên chức tham dự khóa đào tạo chuyên sâu về quản trị CSDL đo lường do Tổng cục tổ chức', 'KhoaPM', '2026-08-10', '2026-08-14', 'Done', '03 người'),
    ]
    issues = ['Chuẩn dữ liệu của CSDL quốc gia về TĐC chưa được Bộ ban hành chính thức, việc tích hợp phải điều chỉnh nhiều lần.']
    requests = ['Đề nghị Chi cục cung cấp danh mục trường dữ liệu chuẩn để Trung tâm hoàn thiện kết nối trong Quý IV.']
    h1_xlsx(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN', 'Số: 118/BC-TTCNTT', 'Ngày báo cáo: 30/10/2026',
                'Status report – nhiệm vụ phối hợp KH triển khai Chỉ thị 38-CT/TW năm 2026'], rows, issues, requests)
    key(f, ('SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh'), '118/BC-TTCNTT', '2026-10-30', [
        ('II.2.i', 'in_progress', {}, rows[0][2] + ' | ' + rows[1][2]),
        ('II.2.đ', 'completed', {}, rows[2][2]),
        ('II.3.a', 'completed', {'participants': 3}, rows[3][2]),
    ], issues, requests)

    # mistaken: a ward's digital-transformation tracker
    f = 'p-tang-nhon-phu-cds-q3.xlsx'
    rows = [
        ('CDS-01', 'Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', 'Đạt 87% hồ sơ trực tuyến toàn trình trong Quý III', 'ThuLT', '2026-07-01', '2026-09-30', 'Done', '87%'),
        ('CDS-02', 'Số hóa hồ sơ hộ tịch', 'Số hóa 12.450 sổ, tờ hộ tịch giai đoạn 1999–2015', 'MinhVQ', '2026-03-01', '2026-12-31', 'In progress', '12.450 trang'),
        ('CDS-03', 'Tổ công nghệ số cộng đồng', 'Tập huấn kỹ năng số cho 46 thành viên Tổ CNSCĐ 12 khu phố', 'ThuLT', '2026-08-05', '2026-08-06', 'Done', '46 người'),
        ('CDS-04', 'Wifi công cộng khu phố', 'Chờ phân bổ kinh phí', '', '', '', 'Not started', ''),
    ]
    h1_xlsx(f, ['ỦY BAN NHÂN DÂN PHƯỜNG TĂNG NHƠN PHÚ', 'TỔ CHUYỂN ĐỔI SỐ PHƯỜNG', 'Số: 71/BC-UBND', 'Ngày báo cáo: 06/10/2026',
                'Báo cáo tiến độ Kế hoạch chuyển đổi số phường Quý III/2026'], rows,
            ['Đường truyền internet tại Bộ phận một cửa thường xuyên chập chờn.'], ['Đề nghị Phòng Chuyển đổi số hỗ trợ nâng cấp đường truyền.'])
    key(f, ('26842', 'Phường Tăng Nhơn Phú'), '71/BC-UBND', '2026-10-06', [], [], [], status='rejected',
        reason='Báo cáo tiến độ chuyển đổi số của phường, không thuộc Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

# ================================================================ HAND 4 (Nam – weekly log keeper)
# sheet "Nhật ký tuần": one row per activity, "Tuần nn" with its date range, a short own label
# "Việc" (never the plan code); sheet "Cộng theo việc": one row per label with the year's totals
# written out and "Tình trạng" in the officer's own words (Đã xong / Còn tiếp / Chưa tới lượt /
# Không có việc); difficulties and proposals typed under the totals.
import datetime
def wk(n):
    mon = datetime.date(2025, 12, 29) + datetime.timedelta(weeks=n - 1)
    sun = mon + datetime.timedelta(days=6)
    return f'Tuần {n:02d}', f'{mon:%d/%m}–{sun:%d/%m}'

def h4_xlsx(fname, top, log, totals, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = 'Nhật ký tuần'
    r = 1
    for ln in top:
        cellw(ws, r, 1, ln, bold=(r <= 3), border=False, wrap=False); r += 1
    r += 1
    for c, h in enumerate(['Tuần', 'Từ – đến', 'Công việc đã làm', 'Số liệu', 'Việc', 'Người làm'], 1):
        cellw(ws, r, c, h, bold=True, fill='FFF2CC', center=True)
    for (w, txt, num, lab, who) in log:
        r += 1; a, b = wk(w)
        for c, v in enumerate([a, b, txt, num, lab, who], 1): cellw(ws, r, c, v)
    for col, wdt in zip('ABCDEF', [9, 12, 62, 26, 14, 10]): ws.column_dimensions[col].width = wdt
    ws2 = wb.create_sheet('Cộng theo việc')
    cellw(ws2, 1, 1, 'CỘNG LŨY KẾ THEO TỪNG VIỆC (từ Tuần 01 đến nay)', bold=True, border=False, wrap=False)
    for c, h in enumerate(['Việc', 'Cộng lại', 'Tình trạng', 'Ghi chú'], 1):
        cellw(ws2, 3, c, h, bold=True, fill='FFF2CC', center=True)
    rr = 3
    for (lab, tot, st, note) in totals:
        rr += 1
        for c, v in enumerate([lab, tot, st, note], 1): cellw(ws2, rr, c, v)
    rr += 2
    cellw(ws2, rr, 1, 'Vướng:', bold=True, border=False)
    for x in diffs: rr += 1; cellw(ws2, rr, 1, '- ' + x, border=False, wrap=False)
    rr += 2
    cellw(ws2, rr, 1, 'Đề xuất:', bold=True, border=False)
    for x in props: rr += 1; cellw(ws2, rr, 1, '- ' + x, border=False, wrap=False)
    rr += 2
    cellw(ws2, rr, 3, signer, bold=True, border=False, wrap=False)
    for col, wdt in zip('ABCD', [16, 60, 16, 30]): ws2.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, fname))

def build_h4():
    f = 'vp-so-nhat-ky-ct38.xlsx'
    log = [
        (3, 'Rà soát, cập nhật danh mục quy trình ISO 9001:2015 năm 2026', '14 quy trình', 'ISO', 'Nam'),
        (7, 'Tiếp nhận, số hóa hồ sơ TTHC lĩnh vực TĐC tại Bộ phận một cửa (tháng 1–2)', '702 hồ sơ', 'Một cửa', 'Hà'),
        (12, 'Trình Giám đốc khen thưởng cá nhân phát hiện gian lận cân tại chợ', '02 cá nhân', 'Khen thưởng', 'Nam'),
        (15, 'Tập huấn ISO 9001:2015 cho công chức, viên chức các phòng, đơn vị', '01 lớp – 58 người', 'ISO', 'Nam'),
        (19, 'Thẩm định dự toán mua sắm thiết bị thử nghiệm của Trung tâm PTTN đợt 1', '', 'Mua sắm TB', 'Phương'),
        (24, 'Đánh giá nội bộ hệ thống QLCL đợt 1', '', 'ISO', 'Nam'),
        (36, 'Tiếp nhận, số hóa hồ sơ TTHC lĩnh vực TĐC (cộng dồn đến tháng 9)', '3.412 hồ sơ', 'Một cửa', 'Hà'),
        (41, 'Tiếp nhận hồ sơ đề nghị thẩm định dự toán đợt 2 của Trung tâm PTTN, đang chờ chứng thư thẩm định giá', '', 'Mua sắm TB', 'Phương'),
    ]
    totals = [
        ('ISO', 'Cập nhật 14 quy trình; 01 lớp tập huấn, 58 người dự; đánh giá nội bộ xong đợt 1', 'Còn tiếp', 'Đợt 2 đánh giá nội bộ tháng 11'),
        ('Khen thưởng', 'Khen thưởng 02 cá nhân tố giác gian lận đo lường', 'Đã xong', ''),
        ('Một cửa', 'Số hóa 3.412 hồ sơ TTHC lĩnh vực TĐC', 'Đã xong', 'phần việc của VP'),
        ('Mua sắm TB', 'Thẩm định xong dự toán đợt 1; đợt 2 đang chờ thẩm định giá', 'Còn tiếp', ''),
    ]
    diffs = ['Một số phòng chưa cập nhật kịp quy trình ISO sau khi thay đổi chức năng, nhiệm vụ.']
    props = ['Đề nghị Chi cục hỗ trợ chuyên gia đánh giá nội bộ đợt 2.']
    h4_xlsx(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ', 'Số: 402/BC-VP', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
                'Nhật ký thực hiện các việc phối hợp theo KH triển khai CT 38-CT/TW năm 2026'], log, totals, diffs, props, 'CHÁNH VĂN PHÒNG')
    tx = lambda t: ' – '.join([t[0], t[1], t[2]])
    key(f, ('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'), '402/BC-VP', '2026-10-30', [
        ('II.2.đ', 'in_progress', {'training_courses': 1, 'participants': 58}, tx(totals[0])),
        ('II.5.d', 'completed', {}, tx(totals[1])),
        ('II.2.h', 'completed', {}, tx(totals[2])),
        ('II.4.a', 'in_progress', {}, tx(totals[3])),
    ], diffs, props)

    f = 'qlkh-theo-doi-tuan-ct38.xlsx'
    log = [
        (5, 'Tiếp nhận hồ sơ đề nghị thu hút chuyên gia theo Quyết định 05/2026/QĐ-UBND', '02 hồ sơ', 'Thu hút CG', 'Nam'),
        (11, 'Họp Hội đồng xét duyệt nhiệm vụ KHCN về nâng cao năng suất', '03 nhiệm vụ', 'NV năng suất', 'Nam'),
        (14, 'Tiếp nhận thêm hồ sơ thu hút chuyên gia', '03 hồ sơ', 'Thu hút CG', 'Nam'),
        (20, 'Phối hợp Chi cục mở khóa bồi dưỡng chuyên sâu năng suất chất lượng khóa 1', '48 học viên', 'Bồi dưỡng NS', 'Linh'),
        (26, 'Cấp kinh phí đợt 1 cho 03 nhiệm vụ KHCN về năng suất', '640 triệu đồng', 'NV năng suất', 'Nam'),
        (33, 'Khóa bồi dưỡng chuyên sâu năng suất chất lượng khóa 2', '48 học viên', 'Bồi dưỡng NS', 'Linh'),
        (38, 'Trình UBND Thành phố hồ sơ thu hút 02 chuyên gia lĩnh vực đo lường', '02 chuyên gia', 'Thu hút CG', 'Nam'),
    ]
    totals = [
        ('Thu hút CG', 'Nhận 05 hồ sơ, đã trình UBND TP 02 chuyên gia', 'Còn tiếp', 'chờ UBND TP quyết định'),
        ('Bồi dưỡng NS', '02 khóa, 96 học viên', 'Đã xong', ''),
        ('NV năng suất', '03 nhiệm vụ; đã cấp đợt 1: 640 triệu đồng', 'Còn tiếp', 'đợt 2 sau nghiệm thu giữa kỳ'),
        ('APO', 'Chưa có yêu cầu phối hợp', 'Không có việc', ''),
    ]
    diffs = ['Quy định thu hút chuyên gia mới ban hành, hồ sơ của ứng viên còn thiếu nhiều giấy tờ chứng minh.']
    props = ['Đề nghị Sở Nội vụ sớm ban hành hướng dẫn thành phần hồ sơ thu hút chuyên gia.']
    h4_xlsx(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', 'Số: 93/BC-QLKH', 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
                'Theo dõi theo tuần – các việc thuộc KH Chỉ thị 38 năm 2026'], log, totals, diffs, props, 'TRƯỞNG PHÒNG')
    key(f, ('SKHCN-QLKH', 'Phòng Quản lý Khoa học'), '93/BC-QLKH', '2026-10-29', [
        ('II.3.c', 'in_progress', {}, tx(totals[0])),
        ('II.3.b', 'completed', {'training_courses': 2, 'participants': 96}, tx(totals[1])),
        ('II.2.a', 'in_progress', {'budget_spent_vnd': 640000000}, tx(totals[2])),
        ('II.6.b', 'not_applicable', {}, tx(totals[3])),
    ], diffs, props)

    f = 'doi-kiem-tra-2-nhat-ky-2026.xlsx'
    log = [
        (10, 'Kiểm tra hàng đóng gói sẵn tại chợ đầu mối Bình Điền', '1 cuộc; 9 cơ sở; 2 vi phạm; phạt 15.000.000', 'KT hàng hóa', 'Bảo'),
        (13, 'Xác minh đơn tố giác cân điêu tại chợ Thủ Đức', '01 đơn', 'Đơn thư', 'Bảo'),
        (16, 'Kiểm tra đo lường, chất lượng xăng dầu (Thủ Đức, Dĩ An)', '2 cuộc; 18 cơ sở; 3 vi phạm; phạt 22.500.000', 'KT hàng hóa', 'Quân'),
        (18, 'Kiểm định bộ quả cân chuẩn, bình chuẩn mang theo đoàn', '06 bộ', 'PTKT', 'Quân'),
        (21, 'Lấy mẫu thép xây dựng để khảo sát chất lượng', '30 mẫu', 'Khảo sát', 'Bảo'),
        (24, 'Kiểm tra mũ bảo hiểm, đồ chơi trẻ em', '2 cuộc; 20 cơ sở; 4 vi phạm; phạt 35.000.000', 'KT hàng hóa', 'Bảo'),
        (29, 'Xác minh đơn tố giác gian lận đo lường xăng dầu', '01 đơn', 'Đơn thư', 'Quân'),
        (31, 'Hướng dẫn tổ kiểm tra của các phường kiểm tra cân tại chợ', '06 phường', 'Phối hợp phường', 'Quân'),
        (37, 'Kiểm tra vàng trang sức, mỹ nghệ', '2 cuộc; 17 cơ sở; 2 vi phạm; phạt 15.000.000', 'KT hàng hóa', 'Bảo'),
    ]
    totals = [
        ('KT hàng hóa', '07 cuộc; 64 cơ sở; 11 cơ sở vi phạm; phạt 87.500.000 đồng', 'Còn tiếp', 'KH còn 02 cuộc tháng 11–12'),
        ('Khảo sát', '30 mẫu thép, đã có kết quả thử nghiệm', 'Đã xong', ''),
        ('Phối hợp phường', 'Hướng dẫn 06 phường', 'Còn tiếp', ''),
        ('Đơn thư', '02 đơn, đã xác minh xong cả 02', 'Đã xong', ''),
        ('PTKT', 'Kiểm định 06 bộ chuẩn', 'Đã xong', ''),
    ]
    diffs = ['Một số cơ sở kinh doanh đóng cửa khi đoàn kiểm tra đến, phải kiểm tra lại nhiều lần.',
             'Đội chỉ có 04 công chức, khó bố trí đủ thành phần đoàn khi kiểm tra đồng thời nhiều địa bàn.']
    props = ['Đề nghị Chi cục bổ sung 02 công chức cho Đội.']
    h4_xlsx(f, ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'ĐỘI KIỂM TRA TĐC SỐ 2', 'Số: 41/BC-ĐKT2', 'Ngày 22 tháng 10 năm 2026',
                'Nhật ký công tác kiểm tra năm 2026 – phục vụ báo cáo KH Chỉ thị 38-CT/TW'], log, totals, diffs, props, 'ĐỘI TRƯỞNG')
    key(f, ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'), '41/BC-ĐKT2', '2026-10-22', [
        ('II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 64, 'violations': 11, 'fines_vnd': 87500000}, tx(totals[0])),
        ('II.5.b', 'completed', {'samples_tested': 30}, tx(totals[1])),
        ('II.5.c', 'in_progress', {}, tx(totals[2])),
        ('II.5.d', 'completed', {}, tx(totals[3])),
        ('II.4.b', 'completed', {'instruments_verified': 6}, tx(totals[4])),
    ], diffs, props)

# ================================================================ main
def lo_resave(fname):
    ext = fname.rsplit('.', 1)[1]
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, src],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), src); shutil.rmtree(tmp)

if __name__ == '__main__':
    build_h1(); build_h2(); build_h3(); build_h4()
    lo_resave('ktpc-bc-ct38-2026.docx'); lo_resave('qlkh-theo-doi-tuan-ct38.xlsx')
    for fn, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
        for e in k['entries']:
            e['text'] = unicodedata.normalize('NFC', e['text'])
        json.dump(k, open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')
