# -*- coding: utf-8 -*-
"""Generator for set177. Four hands, 16 files. Writes files + truth keys."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)

AG = {}
import csv
for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    AG[r['id']] = r['name']

# ---------------- figure writing helpers ----------------
def z2(n):
    return '%02d' % n if n < 10 else dotted(n)

def dotted(n):
    s = '{:,}'.format(int(n)).replace(',', '.')
    return s

def trieu(v):
    # 42500000 -> "42,5 triệu đồng"
    t = v / 1_000_000
    if t == int(t):
        return '%d triệu đồng' % int(t)
    s = ('%.2f' % t).rstrip('0').replace('.', ',')
    return s + ' triệu đồng'

def ty(v):
    t = v / 1_000_000_000
    s = ('%.3f' % t).rstrip('0').rstrip('.').replace('.', ',')
    return s + ' tỷ đồng'

# ---------------- docx helpers ----------------
def base_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return d

def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def runs(p, parts):
    for t, b, i in parts:
        r = p.add_run(t); r.bold = b; r.italic = i

def cell_text(c, text, bold=False, italic=False, align=None, size=None):
    c.text = ''
    lines = text.split('\n')
    p = c.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header_block(d, parent, unit_caps, number, place_date, vv=None):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    cell_text(l, parent, size=12, align='c')
    p = l.add_paragraph(); rr = p.add_run(unit_caps); rr.bold = True; rr.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = l.add_paragraph(); p.add_run('Số: ' + number).font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if vv:
        p = l.add_paragraph(); rr = p.add_run(vv); rr.font.size = Pt(11)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(r, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=12, align='c')
    p = r.add_paragraph(); rr = p.add_run('Độc lập - Tự do - Hạnh phúc'); rr.bold = True; rr.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); p.add_run('———————')
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); rr = p.add_run(place_date); rr.italic = True; rr.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def set_borders(table):
    table.style = 'Table Grid'

def signature(d, noinoi, role, name):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    cell_text(l, 'Nơi nhận:', bold=True, italic=True, size=11)
    for x in noinoi:
        p = l.add_paragraph(); p.add_run(x).font.size = Pt(10)
    cell_text(r, role, bold=True, align='c')
    for _ in range(3):
        r.add_paragraph()
    p = r.add_paragraph(); rr = p.add_run(name); rr.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def date_words(iso):
    y, m, dd = iso.split('-')
    return 'ngày %s tháng %s năm %s' % (dd, m, y)

# ---------------- report data ----------------
# each entry: task, status, ind(dict), text(own words), st(status phrase in hand), plan(quote), target(str)
R = []

def rep(**kw):
    R.append(kw)

# ===== H1: công văn whose body is one long table, plan wording quoted, "Đạt / Chưa đạt" =====
rep(hand='H1', file='SCT-2418-bc-ct38-11thang.docx', unit='SO-CT', caps='SỞ CÔNG THƯƠNG',
    number='2418/SCT-QLTM', date='2026-11-17', vv='V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lê Trọng Nghĩa'),
    entries=[
        dict(task='II.5.a', status='completed', ind=dict(inspections=6, establishments_inspected=48, violations=5, fines_vnd=42500000),
             plan='Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, nhập khẩu, lưu thông trên thị trường',
             res='Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) tại các cửa hàng bán lẻ: 06 cuộc, 48 cơ sở; phát hiện 05 cơ sở vi phạm (ghi nhãn, niêm phong cột đo), xử phạt 42.500.000 đồng.',
             target='05 cuộc', st='Đạt (120% chỉ tiêu)'),
        dict(task='II.2.d', status='in_progress', ind=dict(enterprises_supported=35, training_courses=2, participants=180),
             plan='Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến để nâng cao năng suất, chất lượng',
             res='Lồng ghép Chương trình khuyến công, hỗ trợ 35 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, 5S, Kaizen; tổ chức 02 hội thảo với 180 đại biểu doanh nghiệp tham dự.',
             target='40 doanh nghiệp', st='Chưa đạt – đang triển khai (87,5%)'),
        dict(task='II.1.a', status='completed', ind=dict(communications=14),
             plan='Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp',
             res='Đăng 14 tin, bài phổ biến quy định về đo lường trong kinh doanh xăng dầu, ghi nhãn hàng hóa trên Trang thông tin điện tử của Sở; phối hợp mời doanh nghiệp tham dự lớp của Chi cục TĐC.',
             target='10 tin, bài', st='Đạt'),
        dict(task='II.2.đ', status='completed', ind={},
             plan='Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước',
             res='Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015; đã công bố lại phạm vi áp dụng sau khi sắp xếp tổ chức; đánh giá nội bộ xong tháng 9/2026.',
             target='Công bố lại HTQLCL', st='Đạt'),
        dict(task='II.3.a', status='completed', ind=dict(participants=12),
             plan='Cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng',
             res='Cử 12 công chức Phòng Quản lý thương mại, Phòng Kỹ thuật an toàn – Môi trường tham dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức.',
             target='10 lượt', st='Đạt'),
    ],
    diff=['Lực lượng công chức theo dõi lĩnh vực xăng dầu, khí sau sắp xếp còn mỏng, địa bàn rộng (gồm cả khu vực Bình Dương, Bà Rịa – Vũng Tàu cũ).',
          'Một số doanh nghiệp nhỏ chưa mặn mà với việc áp dụng công cụ năng suất do chi phí tư vấn cao.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ sớm ban hành kế hoạch kiểm tra liên ngành năm 2027 để Sở Công Thương chủ động bố trí lực lượng.',
          'Đề nghị Chi cục TĐC cung cấp danh mục doanh nghiệp đã được hỗ trợ để tránh trùng lặp đối tượng hỗ trợ.'])

rep(hand='H1', file='SYT_bc_CT38_nam2026.docx', unit='SO-YT', caps='SỞ Y TẾ',
    number='9067/SYT-NVD', date='2026-11-20', vv='V/v báo cáo tình hình thực hiện Kế hoạch CT38 năm 2026',
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trần Thị Bích Hạnh'), resave=True,
    entries=[
        dict(task='II.5.a', status='in_progress', ind=dict(inspections=4, establishments_inspected=27, violations=2, fines_vnd=18000000),
             plan='Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng',
             res='Kiểm tra việc kiểm định, hiệu chuẩn trang thiết bị y tế là phương tiện đo (huyết áp kế, nhiệt kế y học) tại cơ sở khám chữa bệnh tư nhân: 04 đoàn, 27 cơ sở; 02 cơ sở vi phạm, phạt tiền 18.000.000 đồng.',
             target='06 đoàn', st='Chưa đạt – đang triển khai (02 đoàn còn lại làm trong tháng 12)'),
        dict(task='II.2.e', status='completed', ind=dict(standards_reviewed=3),
             plan='Phối hợp với các sở, ban, ngành liên quan xây dựng, góp ý quy chuẩn kỹ thuật quốc gia do các Bộ, cơ quan ngang Bộ quản lý ngành, lĩnh vực khác ban hành',
             res='Góp ý 03 dự thảo QCVN lĩnh vực y tế (nước sạch sinh hoạt, thiết bị y tế chẩn đoán in vitro, bức xạ ion hóa trong y tế) theo đề nghị của Bộ Y tế.',
             target='Theo yêu cầu', st='Đạt'),
        dict(task='II.2.đ', status='completed', ind={},
             plan='Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước',
             res='Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 được duy trì, cập nhật 100% quy trình thủ tục hành chính mới.',
             target='100% TTHC', st='Đạt'),
        dict(task='II.3.a', status='completed', ind=dict(participants=8),
             plan='Cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu',
             res='08 công chức, viên chức tham dự tập huấn cập nhật kiến thức đo lường, chất lượng.',
             target='—', st='Đạt'),
        dict(task='II.5.b', status='not_started', ind={},
             plan='Triển khai công tác khảo sát chất lượng sản phẩm, hàng hóa để thông tin tới các cơ quan có chức năng thanh tra, kiểm tra',
             res='Sở chưa nhận được đề nghị phối hợp khảo sát chất lượng khẩu trang y tế, găng tay y tế từ Chi cục TĐC.',
             target='01 đợt', st='Chưa đạt – chưa triển khai'),
    ],
    diff=['Nhiều cơ sở khám chữa bệnh tư nhân chưa lập sổ theo dõi kiểm định, hiệu chuẩn phương tiện đo.'],
    prop=['Đề nghị Chi cục TĐC phối hợp tập huấn riêng cho người phụ trách trang thiết bị tại các phòng khám tư nhân.'])

rep(hand='H1', file='bao cao CT38 - So GDDT (11 thang).docx', unit='SO-GDDT', caps='SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    number='5521/SGDĐT-GDCN', date='2026-11-24', vv='V/v báo cáo kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026',
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Bảo Quốc'),
    entries=[
        dict(task='II.3.d', status='completed', ind=dict(training_courses=3, participants=420),
             plan='Xây dựng, tổ chức thực hiện các chương trình, kế hoạch đào tạo, bồi dưỡng, tập huấn cho viên chức, người lao động và sinh viên trong các trường Đại học, Cao đẳng, Trung cấp',
             res='Phối hợp Chi cục TĐC tổ chức 03 buổi chuyên đề về mã số, mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên khối trung cấp, cao đẳng; 420 lượt học viên tham dự.',
             target='03 buổi', st='Đạt (100%)'),
        dict(task='II.1.a', status='completed', ind=dict(communications=9),
             plan='Tuyên truyền, nâng cao nhận thức … về vai trò, vị trí và tầm quan trọng của công tác tiêu chuẩn, đo lường, chất lượng',
             res='Đưa 09 bài viết, bản tin về Ngày Tiêu chuẩn thế giới 14/10, Ngày Đo lường Việt Nam 20/01 lên cổng thông tin ngành giáo dục.',
             target='06 tin, bài', st='Đạt'),
        dict(task='II.2.đ', status='completed', ind={},
             plan='Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến',
             res='Duy trì HTQLCL ISO 9001:2015 tại cơ quan Sở; đã đánh giá nội bộ, họp xem xét của lãnh đạo.',
             target='Duy trì', st='Đạt'),
        dict(task='II.2.e', status='not_applicable', ind={},
             plan='Phối hợp với các sở, ban, ngành liên quan xây dựng, góp ý quy chuẩn kỹ thuật quốc gia',
             res='Trong kỳ, Sở không nhận được văn bản đề nghị góp ý QCVN thuộc lĩnh vực giáo dục.',
             target='—', st='Không phát sinh'),
    ],
    diff=['Kinh phí tổ chức chuyên đề cho học sinh, sinh viên chưa được bố trí riêng, phải lồng ghép hoạt động ngoại khóa.'],
    prop=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu, báo cáo viên cho các trường trung cấp, cao đẳng trong năm 2027.'])

rep(hand='H1', file='SXD-bc-KH-CT38-2026.docx', unit='SO-XD', caps='SỞ XÂY DỰNG',
    number='14302/SXD-VLXD', date='2026-11-27', vv='V/v báo cáo kết quả thực hiện Kế hoạch số …/KH-SKHCN',
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Huỳnh Thanh Khiết'),
    entries=[
        dict(task='II.2.e', status='completed', ind=dict(standards_reviewed=5),
             plan='Phối hợp với các sở, ban, ngành liên quan xây dựng, góp ý quy chuẩn kỹ thuật quốc gia do các Bộ, cơ quan ngang Bộ quản lý ngành, lĩnh vực khác ban hành',
             res='Góp ý 05 dự thảo (QCVN 16 sản phẩm, hàng hóa vật liệu xây dựng sửa đổi; 04 dự thảo TCVN về xi măng, gạch bê tông, kính xây dựng).',
             target='Theo đề nghị của Bộ Xây dựng', st='Đạt'),
        dict(task='II.5.a', status='completed', ind=dict(inspections=3, establishments_inspected=21, violations=1, fines_vnd=7500000),
             plan='Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa … lưu thông trên thị trường',
             res='Kiểm tra chất lượng vật liệu xây dựng lưu thông (thép, xi măng, kính): 03 cuộc, 21 cơ sở; 01 cơ sở vi phạm công bố hợp quy, xử phạt 7.500.000 đồng.',
             target='03 cuộc', st='Đạt (100%)'),
        dict(task='II.2.đ', status='in_progress', ind={},
             plan='Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan',
             res='Đang rà soát, cập nhật HTQLCL theo cơ cấu tổ chức mới của Sở (hợp nhất với Sở Giao thông vận tải cũ); dự kiến công bố lại trong tháng 12/2026.',
             target='Công bố lại HTQLCL', st='Chưa đạt – đang triển khai (khoảng 80%)'),
        dict(task='II.3.a', status='completed', ind=dict(participants=15),
             plan='Cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng',
             res='Cử 15 lượt công chức tham dự tập huấn về quản lý chất lượng sản phẩm, hàng hóa nhóm 2.',
             target='—', st='Đạt'),
    ],
    diff=['Việc lấy mẫu thử nghiệm vật liệu xây dựng tại hiện trường tốn kém, chưa có kinh phí riêng.'],
    prop=['Đề nghị bố trí kinh phí lấy mẫu, thử nghiệm trong kế hoạch kiểm tra liên ngành năm 2027.',
          'Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng thép, xi măng để Sở Xây dựng phối hợp xử lý.'])

# ===== H2: XLSX, short letter sheet + "Phụ lục" split by district cluster, % of plan =====
CL = ['Cụm I\n(khu vực TP.HCM cũ)', 'Cụm II\n(khu vực Bình Dương cũ)', 'Cụm III\n(khu vực BR-VT cũ)']
rep(hand='H2', file='SATTP_PL_CT38_11T2026.xlsx', unit='SO-ATTP', caps='SỞ AN TOÀN THỰC PHẨM',
    number='3380/SATTP-NVTT', date='2026-11-18', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phạm Khánh Phong Lan'),
    entries=[
        dict(task='II.5.a', status='in_progress', pct='83%', note='Đang thực hiện; còn 02 cuộc tháng 12',
             name='Kiểm tra ghi nhãn, công bố sản phẩm thực phẩm đóng gói (phối hợp Chi cục TĐC)',
             rows=[('Số cuộc kiểm tra', 'cuộc', 'inspections', (5, 3, 2)),
                   ('Số cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', (40, 22, 16)),
                   ('Số cơ sở vi phạm', 'cơ sở', 'violations', (3, 2, 1)),
                   ('Tiền phạt', 'đồng', 'fines_vnd', (12000000, 8500000, 4000000))]),
        dict(task='II.5.b', status='completed', pct='100%', note='Hoàn thành',
             name='Lấy mẫu giám sát, khảo sát chất lượng thực phẩm lưu thông',
             rows=[('Số mẫu lấy kiểm nghiệm', 'mẫu', 'samples_tested', (60, 35, 25))]),
        dict(task='II.1.a', status='completed', pct='100%', note='Hoàn thành',
             name='Tập huấn, tuyên truyền quy định về ghi nhãn, tiêu chuẩn thực phẩm cho cơ sở',
             rows=[('Số lớp tập huấn', 'lớp', 'training_courses', (2, 1, 1)),
                   ('Số người tham dự', 'người', 'participants', (150, 80, 70)),
                   ('Tin, bài, tờ rơi', 'tin/bài', 'communications', (8, 4, 3))]),
        dict(task='II.2.e', status='completed', pct='100%', note='Hoàn thành (cấp Thành phố)',
             name='Góp ý dự thảo QCVN, TCVN về thực phẩm',
             rows=[('Số dự thảo đã góp ý', 'văn bản', 'standards_reviewed', (None, None, None, 2))]),
        dict(task='II.2.đ', status='completed', pct='100%', note='Duy trì ISO 9001:2015',
             name='Áp dụng HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở', rows=[]),
    ],
    letter=['Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở An toàn thực phẩm báo cáo kết quả 11 tháng năm 2026 tại Phụ lục đính kèm (số liệu chia theo 03 cụm địa bàn do Sở phân công các Đội quản lý).'],
    diff=['Địa bàn sau hợp nhất rộng, số liệu của Cụm II, Cụm III một số tháng gửi chậm nên phải tổng hợp bổ sung.'],
    prop=['Đề nghị Chi cục TĐC thống nhất biểu mẫu số liệu chung giữa các sở, ngành để thuận tiện tổng hợp.'])

rep(hand='H2', file='NNMT - Phu luc bao cao CT38 (11 thang).xlsx', unit='SO-NNMT', caps='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    number='11957/SNNMT-QLCL', date='2026-11-23', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trần Văn Bảy'), resave=True, formulas=True,
    entries=[
        dict(task='II.5.a', status='completed', pct='112%', note='Vượt kế hoạch',
             name='Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi lưu thông',
             rows=[('Số cuộc kiểm tra', 'cuộc', 'inspections', (4, 2, 3)),
                   ('Số cơ sở được kiểm tra', 'cơ sở', 'establishments_inspected', (36, 15, 20)),
                   ('Số cơ sở vi phạm', 'cơ sở', 'violations', (2, 1, 2)),
                   ('Số tiền xử phạt', 'đồng', 'fines_vnd', (15000000, 6000000, 9500000))]),
        dict(task='II.2.a', status='in_progress', pct='75%', note='Đang thực hiện, tiếp tục hỗ trợ đến hết năm',
             name='Hỗ trợ HTX, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc (Đề án 100)',
             rows=[('Số HTX, doanh nghiệp được hỗ trợ', 'đơn vị', 'enterprises_supported', (12, 8, 10))]),
        dict(task='II.2.e', status='completed', pct='100%', note='Hoàn thành',
             name='Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường',
             rows=[('Số dự thảo góp ý', 'văn bản', 'standards_reviewed', (None, None, None, 4))]),
        dict(task='II.1.a', status='completed', pct='100%', note='Hoàn thành',
             name='Thông tin, tuyên truyền về chất lượng vật tư nông nghiệp',
             rows=[('Tin, bài, phóng sự', 'tin/bài', 'communications', (6, 2, 3))]),
    ],
    letter=['Sở Nông nghiệp và Môi trường gửi kèm Phụ lục số liệu thực hiện Kế hoạch CT38 năm 2026 (từ 01/01/2026 đến 15/11/2026), số liệu tổng hợp từ các Chi cục và Trạm theo 03 cụm địa bàn.'],
    diff=['Chưa có phòng thử nghiệm được chỉ định tại khu vực Cụm III nên mẫu phải gửi về trung tâm, thời gian trả kết quả kéo dài.'],
    prop=['Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm hỗ trợ nhận mẫu tại khu vực Bà Rịa – Vũng Tàu cũ.'])

rep(hand='H2', file='VHTT_CT38_bieu11T.xlsx', unit='SO-VHTT', caps='SỞ VĂN HÓA VÀ THỂ THAO',
    number='6712/SVHTT-KHTC', date='2026-11-25', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Thị Ánh Hoa'),
    entries=[
        dict(task='II.1.a', status='completed', pct='100%', note='Hoàn thành',
             name='Tuyên truyền Chỉ thị 38 trên bảng điện tử, cụm pano, đài truyền thanh cơ sở',
             rows=[('Tin, bài, khẩu hiệu phát trên hệ thống thông tin cơ sở', 'tin/bài', 'communications', (20, 5, 4))]),
        dict(task='II.2.đ', status='completed', pct='100%', note='Hoàn thành',
             name='Duy trì HTQLCL ISO 9001:2015 tại cơ quan Sở', rows=[]),
        dict(task='II.3.a', status='completed', pct='100%', note='Hoàn thành',
             name='Cử công chức dự tập huấn nghiệp vụ TĐC',
             rows=[('Số công chức tham dự', 'người', 'participants', (None, None, None, 6))]),
        dict(task='II.6.a', status='not_applicable', pct='—', note='Không phát sinh',
             name='Cập nhật điều ước, thỏa thuận quốc tế liên quan (lĩnh vực thể thao)', rows=[]),
    ],
    letter=['Sở Văn hóa và Thể thao báo cáo kết quả thực hiện các nội dung được phân công phối hợp theo Phụ lục kèm theo.'],
    diff=[], prop=['Đề nghị Sở Khoa học và Công nghệ cung cấp nội dung tuyên truyền (file thiết kế pano, clip ngắn) để phát trên hệ thống thông tin cơ sở.'])

# mistaken H2: Sở Du lịch, about an toàn du lịch mùa mưa bão (phòng chống thiên tai)
rep(hand='H2', file='SDL_PL_bao cao 11T_2026.xlsx', unit='SO-DL', caps='SỞ DU LỊCH', mistaken=True,
    number='2904/SDL-QLDL', date='2026-11-19', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Bùi Thị Ngọc Hiếu'),
    reason='Báo cáo công tác phòng, chống thiên tai và bảo đảm an toàn cho khách du lịch mùa mưa bão năm 2026 (Sở Du lịch), không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng.')

# ===== H3: the Sở's own units: formal báo cáo, each item closed by "Mức độ hoàn thành: n% …", plus "PHỤ LỤC" KH năm / TH 11 tháng / Tỷ lệ =====
rep(hand='H3', file='CCTDC_BC_ket qua CT38_11T_2026.docx', unit='SKHCN-CCTDC', caps='CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='1187/BC-TĐC', date='2026-11-16', signer=('CHI CỤC TRƯỞNG', 'Võ Thanh Hải'),
    entries=[
        dict(task='II.1.a', status='completed', ind=dict(training_courses=4, participants=520), plan_year=dict(training_courses=4, participants=450),
             head='Tập huấn văn bản pháp luật về TĐC và tọa đàm với doanh nghiệp nhập khẩu',
             body='Chi cục tổ chức 04 lớp tập huấn (03 lớp cho doanh nghiệp sản xuất, kinh doanh và 01 buổi tọa đàm với doanh nghiệp nhập khẩu về thủ tục kiểm tra nhà nước chất lượng hàng hóa nhập khẩu), tổng cộng 520 lượt người tham dự.',
             st='Mức độ hoàn thành: 100% – đạt.'),
        dict(task='II.1.b', status='completed', ind=dict(enterprises_supported=18), plan_year=dict(enterprises_supported=15),
             head='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
             body='Gửi thư mời, hướng dẫn hồ sơ cho 18 doanh nghiệp; kết quả có 07 doanh nghiệp nộp hồ sơ tham dự.',
             st='Mức độ hoàn thành: 100% – đạt, kết thúc đợt vận động tháng 6/2026.'),
        dict(task='II.2.b', status='completed', ind={}, plan_year={},
             head='Tổ chức Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia',
             body='Hội đồng sơ tuyển đã đánh giá hồ sơ, thẩm định tại chỗ và đề xuất Hội đồng quốc gia xét chọn 05 doanh nghiệp.',
             st='Mức độ hoàn thành: 100% – đạt.'),
        dict(task='II.2.a', status='in_progress', ind=dict(enterprises_supported=25, budget_spent_vnd=120000000), plan_year=dict(enterprises_supported=30, budget_spent_vnd=180000000),
             head='Chương trình năng suất chất lượng, Đề án 996, Đề án 100',
             body='Hỗ trợ 25 doanh nghiệp áp dụng công cụ cải tiến năng suất và giải pháp truy xuất nguồn gốc; kinh phí đã sử dụng 120.000.000 đồng.',
             st='Mức độ hoàn thành: khoảng 83% – chưa đạt, đang tiếp tục thực hiện trong tháng 12/2026.'),
        dict(task='II.2.e', status='in_progress', ind=dict(standards_reviewed=14), plan_year=dict(standards_reviewed=20),
             head='Góp ý TCVN, QCVN và xây dựng quy chuẩn kỹ thuật địa phương',
             body='Góp ý 14 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến; dự thảo QCĐP về chất lượng nước sạch đang lấy ý kiến lần 2.',
             st='Mức độ hoàn thành: 70% – chưa đạt, đang thực hiện.'),
        dict(task='II.3.a', status='completed', ind=dict(training_courses=2, participants=210), plan_year=dict(training_courses=2, participants=200),
             head='Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu',
             body='Tổ chức 02 lớp tập huấn nghiệp vụ quản lý nhà nước về TĐC cho 210 công chức phụ trách lĩnh vực kinh tế của 168 phường, xã, đặc khu và các sở, ngành.',
             st='Mức độ hoàn thành: 100% – đạt.'),
        dict(task='II.4.b', status='completed', ind=dict(instruments_verified=36), plan_year=dict(instruments_verified=36),
             head='Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
             body='Đã gửi kiểm định, hiệu chuẩn 36 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (bình chuẩn kim loại, cân chuẩn, quả cân, thiết bị đo nhanh).',
             st='Mức độ hoàn thành: 100% – đạt.'),
        dict(task='II.5.a', status='in_progress', ind=dict(inspections=11, establishments_inspected=94, violations=9, fines_vnd=86250000), plan_year=dict(inspections=12),
             head='Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa',
             body='Thực hiện 11 cuộc kiểm tra tại 94 cơ sở; phát hiện 09 cơ sở vi phạm, ban hành quyết định xử phạt tổng số tiền 86.250.000 đồng.',
             st='Mức độ hoàn thành: 92% – chưa đạt, cuộc thứ 12 đang triển khai.'),
        dict(task='II.5.b', status='completed', ind=dict(samples_tested=150), plan_year=dict(samples_tested=150),
             head='Khảo sát chất lượng sản phẩm, hàng hóa',
             body='Lấy 150 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, thép) để khảo sát, kết quả đã thông báo cho cơ quan liên quan.',
             st='Mức độ hoàn thành: 100% – đạt.'),
        dict(task='II.5.c', status='in_progress', ind=dict(inspections=5), plan_year={},
             head='Phối hợp UBND phường, xã, đặc khu',
             body='Phối hợp 05 cuộc kiểm tra cùng UBND các phường, xã; hướng dẫn nghiệp vụ qua điện thoại, văn bản khi có đề nghị.',
             st='Mức độ hoàn thành: thực hiện thường xuyên, đang tiếp tục.'),
    ],
    diff=['Biên chế của Chi cục chưa tương xứng với địa bàn sau hợp nhất, nhiều công chức kiêm nhiệm.',
          'Kinh phí thử nghiệm mẫu khảo sát tăng do giá dịch vụ thử nghiệm tăng.'],
    prop=['Đề nghị Sở bổ sung kinh phí thử nghiệm mẫu năm 2027.',
          'Đề nghị Sở đôn đốc các sở, ngành, địa phương gửi báo cáo đúng hạn để Chi cục tổng hợp.'])

rep(hand='H3', file='KTPC_baocao_CT38_2026.docx', unit='SKHCN-KTPC', caps='PHÒNG KIỂM TRA – PHÁP CHẾ',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='214/BC-KTPC', date='2026-11-19', signer=('TRƯỞNG PHÒNG', 'Đặng Minh Trí'),
    entries=[
        dict(task='II.5.a', status='completed', ind=dict(inspections=4, establishments_inspected=30, violations=3, fines_vnd=21000000), plan_year=dict(inspections=4),
             head='Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng',
             body='Phòng cử công chức tham gia 04 đoàn kiểm tra liên ngành cùng Chi cục TĐC, kiểm tra 30 cơ sở; 03 cơ sở vi phạm, tham mưu ban hành quyết định xử phạt 21.000.000 đồng.',
             st='Mức độ hoàn thành: 100% – đạt.'),
        dict(task='II.2.c', status='completed', ind={}, plan_year={},
             head='Góp ý sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa',
             body='Tổng hợp ý kiến góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) gửi Bộ Khoa học và Công nghệ đúng hạn.',
             st='Mức độ hoàn thành: 100% – đạt.'),
        dict(task='II.5.d', status='not_applicable', ind={}, plan_year={},
             head='Khen thưởng, bảo vệ người tố giác vi phạm',
             body='Trong kỳ không nhận được đơn tố giác hành vi vi phạm pháp luật về TĐC.',
             st='Mức độ hoàn thành: không phát sinh.'),
        dict(task='II.4.b', status='unknown', ind={}, plan_year={},
             head='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP',
             body='Phòng đã rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ do Chi cục đề xuất, có ý kiến về thủ tục mua sắm.',
             st=None),
    ],
    diff=['Một số quyết định xử phạt chưa được thi hành do cơ sở đã ngừng hoạt động.'],
    prop=['Đề nghị Sở xem xét ban hành quy chế phối hợp kiểm tra giữa Phòng và Chi cục TĐC.'])

rep(hand='H3', file='TTPTTN_BC_11thang_2026_CT38.docx', unit='SKHCN-TTPTTN', caps='TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG',
    parent='SỞ KHOA HỌC VÀ CÔNG NGHỆ', number='842/BC-TTPT', date='2026-11-26', signer=('GIÁM ĐỐC', 'Nguyễn Đức Thịnh'),
    entries=[
        dict(task='II.4.a', status='in_progress', ind=dict(budget_spent_vnd=2350000000), plan_year=dict(budget_spent_vnd=3100000000),
             head='Đầu tư trang thiết bị thử nghiệm, hiện đại hóa phòng thí nghiệm',
             body='Dự án mua sắm thiết bị thử nghiệm vi sinh và thiết bị hiệu chuẩn áp suất đã giải ngân 2,35 tỷ đồng; các gói còn lại đang chờ nghiệm thu.',
             st='Mức độ hoàn thành: 76% – chưa đạt, dự kiến giải ngân hết trong tháng 12/2026.'),
        dict(task='II.2.g', status='in_progress', ind=dict(instruments_verified=12480, samples_tested=3215), plan_year=dict(instruments_verified=13000, samples_tested=3500),
             head='Nâng cao năng lực dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
             body='Kiểm định, hiệu chuẩn 12.480 phương tiện đo; thử nghiệm 3.215 mẫu; mở rộng 06 phép thử mới lĩnh vực điện – điện tử.',
             st='Mức độ hoàn thành: 96% – đang thực hiện (thường xuyên).'),
        dict(task='II.4.c', status='completed', ind=dict(instruments_verified=8), plan_year=dict(instruments_verified=8),
             head='Duy trì chuẩn đo lường, liên kết chuẩn quốc gia',
             body='Đã hiệu chuẩn liên kết 08 chuẩn chính (khối lượng, áp suất, nhiệt độ, dung tích) tại Viện Đo lường Việt Nam.',
             st='Mức độ hoàn thành: 100% – đạt.'),
    ],
    diff=['Một số thiết bị nhập khẩu giao hàng chậm do nhà cung cấp.'],
    prop=['Đề nghị Sở ưu tiên bố trí vốn đối ứng để nâng cấp phòng thử nghiệm tại cơ sở 2.'])

# mistaken H3: Sở Nội vụ about cải cách hành chính
rep(hand='H3', file='SNV_BC_11thang_CCHC.docx', unit='SO-NV', caps='SỞ NỘI VỤ', parent='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
    mistaken=True, number='7310/BC-SNV', date='2026-11-21', signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Võ Ngọc Quốc Thuận'),
    reason='Báo cáo kết quả công tác cải cách hành chính 11 tháng năm 2026 của Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng.')

# ===== H4: quarter timeline: each task told Quý I / Quý II / Quý III / Tháng 10-11, "Cả kỳ", "Đánh giá: Đạt / Chưa đạt …" =====
rep(hand='H4', file='STP_bc_thuc hien CT38_2026.docx', unit='SO-TP', caps='SỞ TƯ PHÁP', number='4455/STP-PBGDPL', date='2026-11-18',
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Thị Hồng Nhung'),
    entries=[
        dict(task='II.1.a', status='completed', name='Phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
             q=dict(training_courses=(1, 1, 1, 0), participants=(90, 80, 90, 0), communications=(1, 2, 1, 1)),
             lab=dict(training_courses='hội nghị phổ biến', participants='lượt người dự', communications='tin, bài trên Trang PBGDPL'),
             ev='Đạt'),
        dict(task='II.2.c', status='completed', name='Thẩm định, góp ý văn bản quy phạm pháp luật liên quan',
             q={}, lab={}, ev='Đạt – đã góp ý 02 dự thảo Quyết định của UBND Thành phố về phân cấp quản lý chất lượng (Quý II, Quý III)'),
        dict(task='II.5.d', status='not_applicable', name='Tiếp nhận, xử lý tố giác vi phạm', q={}, lab={}, ev='Không phát sinh'),
        dict(task='II.2.đ', status='completed', name='Duy trì ISO 9001:2015 tại Sở', q={}, lab={}, ev='Đạt'),
    ],
    diff=['Hình thức phổ biến trực tuyến thu hút ít doanh nghiệp nhỏ tham gia.'],
    prop=['Đề nghị Chi cục TĐC cử báo cáo viên chuyên sâu cho các hội nghị phổ biến năm 2027.'])

rep(hand='H4', file='TTTP_CT38_11thang.docx', unit='THANHTRA-TP', caps='THANH TRA THÀNH PHỐ', number='1629/TTTP-P2', date='2026-11-28',
    signer=('KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA', 'Lê Văn Tám'),
    entries=[
        dict(task='II.5.d', status='in_progress', name='Thanh tra trách nhiệm, phòng chống tham nhũng trong lĩnh vực TĐC',
             q=dict(inspections=(0, 1, 0, 1)), lab=dict(inspections='cuộc thanh tra'),
             ev='Chưa đạt – cuộc thứ hai đang thực hiện, chưa ban hành kết luận'),
        dict(task='II.5.a', status='completed', name='Phối hợp thanh tra chất lượng hàng hóa',
             q=dict(inspections=(0, 0, 1, 0), establishments_inspected=(0, 0, 6, 0), violations=(0, 0, 2, 0), fines_vnd=(0, 0, 25000000, 0)),
             lab=dict(inspections='cuộc', establishments_inspected='doanh nghiệp', violations='doanh nghiệp vi phạm', fines_vnd='tiền phạt'),
             ev='Đạt'),
        dict(task='II.2.đ', status='completed', name='Áp dụng HTQLCL tại cơ quan', q={}, lab={}, ev='Đạt'),
    ],
    diff=[], prop=['Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách doanh nghiệp có dấu hiệu vi phạm để đưa vào kế hoạch thanh tra năm 2027.'])

rep(hand='H4', file='QHKT_theo doi CT38_2026.xlsx', unit='SO-QHKT', caps='SỞ QUY HOẠCH - KIẾN TRÚC', number='3021/SQHKT-VP', date='2026-11-30',
    signer=('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trần Hoàng Quân'),
    entries=[
        dict(task='II.2.e', status='in_progress', name='Góp ý QCVN về quy hoạch xây dựng, kiến trúc',
             q=dict(standards_reviewed=(0, 1, 0, 1)), lab=dict(standards_reviewed='dự thảo QCVN góp ý'),
             ev='Chưa đạt – đang góp ý dự thảo QCVN 01 sửa đổi (lần 3)'),
        dict(task='II.2.đ', status='completed', name='HTQLCL ISO 9001 của Sở (tái lập)', q={}, lab={}, ev='Đạt – đã công bố HTQLCL tháng 10/2026'),
        dict(task='II.3.a', status='completed', name='Cử công chức dự tập huấn TĐC',
             q=dict(participants=(0, 2, 2, 0)), lab=dict(participants='công chức'), ev='Đạt'),
    ],
    diff=['Sở mới tái lập từ 01/10/2025, nhân sự phụ trách ISO còn kiêm nhiệm.'],
    prop=[])

rep(hand='H4', file='P.QLKH_CT38_theo quy.xlsx', unit='SKHCN-QLKH', caps='PHÒNG QUẢN LÝ KHOA HỌC', number='96/QLKH', date='2026-11-22',
    signer=('TRƯỞNG PHÒNG', 'Phan Thị Thu Vân'),
    entries=[
        dict(task='II.3.c', status='in_progress', name='Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC (NQ 27/2023, QĐ 05/2026)',
             q={}, lab={}, ev='Chưa đạt – đang thẩm định 02 hồ sơ chuyên gia đo lường, chưa có quyết định thu hút'),
        dict(task='II.3.a', status='completed', name='Phối hợp cử công chức dự tập huấn',
             q=dict(participants=(0, 1, 2, 0)), lab=dict(participants='công chức'), ev='Đạt'),
        dict(task='II.6.b', status='unknown', name='Phối hợp APO – năng suất khu vực công', q={}, lab={}, ev=''),
    ],
    diff=['Chưa có hướng dẫn cụ thể về tiêu chí chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng.'],
    prop=['Đề nghị Chi cục TĐC đề xuất danh mục vị trí chuyên gia cần thu hút để Phòng tham mưu.'])

# ---------------- renderers ----------------
def fmt_money_h1(v):
    return dotted(v) + ' đồng'

def render_h1(r, path):
    d = base_doc(size=13)
    header_block(d, 'UBND THÀNH PHỐ HỒ CHÍ MINH', r['caps'], r['number'],
                 'Thành phố Hồ Chí Minh, ' + date_words(r['date']), vv=r['vv'])
    para(d)
    p = para(d, align='c', indent=False)
    runs(p, [('Kính gửi: ', False, False), ('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', False, False)])
    para(d, 'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, %s báo cáo kết quả thực hiện 11 tháng năm 2026 (từ ngày 01/01/2026 đến ngày 15/11/2026) theo bảng dưới đây:' % AG[r['unit']], align='j')
    ents = r['entries']
    t = d.add_table(rows=1, cols=5)
    set_borders(t)
    hd = ['TT', 'Yêu cầu của Kế hoạch (trích nguyên văn)', 'Kết quả thực hiện', 'Chỉ tiêu đơn vị đăng ký', 'Đạt / Chưa đạt']
    for c, h in zip(t.rows[0].cells, hd):
        cell_text(c, h, bold=True, align='c', size=11)
    for i, e in enumerate(ents, 1):
        row = t.add_row().cells
        cell_text(row[0], str(i), align='c', size=11)
        cell_text(row[1], '“' + e['plan'] + '”', italic=True, size=11)
        cell_text(row[2], e['res'], size=11)
        cell_text(row[3], e['target'], align='c', size=11)
        cell_text(row[4], e['st'], bold=True, size=11)
    # difficulties/proposals as merged rows at the end of the same table
    for lab, items in (('Khó khăn, vướng mắc', r['diff']), ('Đề xuất, kiến nghị', r['prop'])):
        row = t.add_row().cells
        m = row[0].merge(row[4])
        txt = lab + ':' + ''.join('\n- ' + x for x in items) if items else lab + ': Không có.'
        cell_text(m, txt, size=11)
        m.paragraphs[0].runs[0].bold = True
    para(d, '%s kính báo cáo./.' % AG[r['unit']], align='j')
    signature(d, ['- Như trên;', '- Chi cục TĐC (để tổng hợp);', '- Ban Giám đốc Sở;', '- Lưu: VT.'], r['signer'][0], r['signer'][1])
    d.save(path)

def xl_letter(ws, r, lines):
    bold = Font(name='Times New Roman', bold=True, size=12)
    nf = Font(name='Times New Roman', size=12)
    ws.column_dimensions['A'].width = 48; ws.column_dimensions['B'].width = 55
    ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'; ws['A1'].font = nf
    ws['A2'] = r['caps']; ws['A2'].font = bold
    ws['A3'] = 'Số: ' + r['number']; ws['A3'].font = nf
    ws['B1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['B1'].font = bold
    ws['B2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['B2'].font = bold
    ws['B3'] = 'TP. Hồ Chí Minh, ' + date_words(r['date']); ws['B3'].font = Font(name='Times New Roman', italic=True, size=12)
    for c in ('A1', 'A2', 'A3', 'B1', 'B2', 'B3'):
        ws[c].alignment = Alignment(horizontal='center')
    row = 5
    for ln in lines:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.cell(row, 1, ln).alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(row, 1).font = nf
        ws.row_dimensions[row].height = 15 * max(1, len(ln) // 90 + 1)
        row += 1
    return row

def render_h2(r, path):
    wb = Workbook()
    ws = wb.active; ws.title = 'Cong van'
    if r.get('mistaken'):
        return render_h2_mistaken(r, path, wb, ws)
    lines = ['Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)', ''] + r['letter'] + ['']
    lines.append('1. Khó khăn, vướng mắc:')
    lines += ['- ' + x for x in r['diff']] or ['- Không có.']
    lines.append('2. Đề xuất, kiến nghị:')
    lines += ['- ' + x for x in r['prop']]
    lines += ['', r['signer'][0].replace('\n', ' - '), '', r['signer'][1]]
    xl_letter(ws, r, lines)
    ws2 = wb.create_sheet('Phụ lục')
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    f = Font(name='Times New Roman', size=11); fb = Font(name='Times New Roman', size=11, bold=True)
    ws2['A1'] = 'PHỤ LỤC'; ws2['A1'].font = Font(name='Times New Roman', size=13, bold=True)
    ws2['A2'] = 'SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 THEO CỤM ĐỊA BÀN (từ 01/01/2026 đến 15/11/2026)'
    ws2['A3'] = '(Kèm theo Công văn số %s ngày %s của %s)' % (r['number'], '/'.join(reversed(r['date'].split('-'))), AG[r['unit']])
    ws2['A2'].font = fb; ws2['A3'].font = Font(name='Times New Roman', size=11, italic=True)
    for c in ('A1', 'A2', 'A3'):
        ws2.merge_cells('%s:J%s' % (c, c[1:]))
        ws2[c].alignment = Alignment(horizontal='center')
    hd = ['TT', 'Nội dung', 'Chỉ số', 'ĐVT'] + CL + ['Toàn TP', 'Mức đạt so KH (%)', 'Ghi chú']
    for j, h in enumerate(hd, 1):
        c = ws2.cell(5, j, h); c.font = fb; c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    ws2.row_dimensions[5].height = 45
    for j, w in enumerate([5, 42, 30, 9, 14, 14, 14, 12, 12, 26], 1):
        ws2.column_dimensions[chr(64 + j)].width = w
    row = 6
    for i, e in enumerate(r['entries'], 1):
        vals = [i, e['name'], '', '', '', '', '', '', e['pct'], e['note']]
        for j, v in enumerate(vals, 1):
            c = ws2.cell(row, j, v); c.font = fb; c.border = B
            c.alignment = Alignment(wrap_text=True, vertical='center', horizontal='center' if j in (1, 9) else None)
        row += 1
        for lab, dvt, key, cl in e['rows']:
            ws2.cell(row, 3, lab); ws2.cell(row, 4, dvt)
            if len(cl) == 4:  # city-level only
                tot = cl[3]
                for j in (5, 6, 7):
                    ws2.cell(row, j, '-')
                ws2.cell(row, 8, tot)
            else:
                for j, v in zip((5, 6, 7), cl):
                    ws2.cell(row, j, v)
                tot = sum(cl)
                if r.get('formulas'):
                    ws2.cell(row, 8, '=SUM(E%d:G%d)' % (row, row))
                else:
                    ws2.cell(row, 8, tot)
            e.setdefault('ind', {})[key] = tot
            for j in range(1, 11):
                c = ws2.cell(row, j); c.font = f; c.border = B
                if j >= 5 and j <= 8:
                    c.number_format = '#,##0'
                    c.alignment = Alignment(horizontal='right')
            row += 1
    ws2.cell(row + 1, 2, 'Ghi chú: Mức đạt so KH tính theo chỉ tiêu Sở đăng ký đầu năm; "—" là nội dung không phát sinh.').font = Font(name='Times New Roman', size=10, italic=True)
    ws2.freeze_panes = 'C6'
    wb.save(path)

def render_h2_mistaken(r, path, wb, ws):
    lines = ['Kính gửi: Sở Khoa học và Công nghệ',
             'Sở Du lịch báo cáo kết quả công tác phòng, chống thiên tai, bảo đảm an toàn cho khách du lịch mùa mưa bão năm 2026 (số liệu theo cụm địa bàn tại Phụ lục).',
             '', r['signer'][0].replace('\n', ' - '), '', r['signer'][1]]
    xl_letter(ws, r, lines)
    ws2 = wb.create_sheet('Phụ lục')
    ws2['A1'] = 'PHỤ LỤC - KẾT QUẢ PHÒNG, CHỐNG THIÊN TAI TRONG HOẠT ĐỘNG DU LỊCH NĂM 2026'
    hd = ['TT', 'Nội dung', 'ĐVT'] + CL + ['Toàn TP', 'Mức đạt so KH (%)', 'Ghi chú']
    for j, h in enumerate(hd, 1):
        ws2.cell(3, j, h).font = Font(bold=True)
    data = [('Kiểm tra phương án ứng phó bão, lũ tại khu, điểm du lịch', 'cuộc', (6, 3, 5), '100%', 'Hoàn thành'),
            ('Tàu, thuyền du lịch được kiểm tra trang bị áo phao, phao cứu sinh', 'phương tiện', (42, 8, 31), '95%', ''),
            ('Diễn tập cứu hộ, cứu nạn tại điểm du lịch biển', 'cuộc', (0, 0, 2), '100%', 'Cần Giờ, Vũng Tàu'),
            ('Tin cảnh báo thời tiết gửi doanh nghiệp lữ hành', 'tin', (27, 27, 27), '—', 'Gửi chung toàn TP')]
    for i, (n, dvt, cl, pct, note) in enumerate(data, 1):
        ws2.append([i, n, dvt, cl[0], cl[1], cl[2], sum(cl), pct, note])
    wb.save(path)

def render_h3(r, path):
    d = base_doc(size=14)
    header_block(d, r['parent'], r['caps'], r['number'], 'Thành phố Hồ Chí Minh, ' + date_words(r['date']))
    para(d)
    if r.get('mistaken'):
        para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
        para(d, 'Kết quả công tác cải cách hành chính 11 tháng năm 2026', bold=True, align='c', indent=False)
        para(d, 'Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả 11 tháng năm 2026 như sau:', align='j')
        items = [('1. Cải cách thể chế', 'Tham mưu UBND Thành phố ban hành 14 văn bản quy phạm pháp luật về tổ chức bộ máy sau sắp xếp.', 'Mức độ hoàn thành: 100% – đạt.'),
                 ('2. Cải cách thủ tục hành chính', 'Rà soát, đơn giản hóa 37 thủ tục hành chính thuộc thẩm quyền; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68%.', 'Mức độ hoàn thành: 85% – chưa đạt, đang thực hiện.'),
                 ('3. Cải cách tổ chức bộ máy', 'Hoàn thành sắp xếp các đơn vị sự nghiệp công lập thuộc Sở theo Nghị quyết của HĐND Thành phố.', 'Mức độ hoàn thành: 100% – đạt.'),
                 ('4. Cải cách chế độ công vụ', 'Tổ chức 06 lớp bồi dưỡng kỹ năng số cho 1.240 lượt công chức phường, xã.', 'Mức độ hoàn thành: 100% – đạt.'),
                 ('5. Xây dựng chính quyền điện tử, chính quyền số', 'Triển khai số hóa hồ sơ công chức; kết nối cơ sở dữ liệu cán bộ, công chức với cơ sở dữ liệu quốc gia.', 'Mức độ hoàn thành: 90% – đang thực hiện.')]
        for h, b, s in items:
            para(d, h, bold=True, indent=False)
            para(d, b, align='j')
            para(d, s, italic=True, align='j')
        para(d, 'III. KIẾN NGHỊ', bold=True, indent=False)
        para(d, '- Đề nghị các sở, ngành đẩy nhanh việc tái cấu trúc quy trình thủ tục hành chính trên Hệ thống giải quyết TTHC Thành phố.', align='j')
        signature(d, ['- UBND Thành phố;', '- Sở Khoa học và Công nghệ;', '- Lưu: VT, CCHC.'], r['signer'][0], r['signer'][1])
        d.save(path); return
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False, size=14)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu 11 tháng, từ 01/01/2026 đến 15/11/2026)', bold=True, align='c', indent=False)
    para(d, 'Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, %s báo cáo kết quả thực hiện các nhiệm vụ được phân công như sau:' % AG[r['unit']], align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, e in enumerate(r['entries'], 1):
        para(d, '%d. %s' % (i, e['head']), bold=True, indent=False)
        para(d, e['body'], align='j')
        if e['st']:
            para(d, e['st'], italic=True, align='j')
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in r['diff']:
        para(d, '- ' + x, align='j')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in r['prop']:
        para(d, '- ' + x, align='j')
    para(d, '(Chi tiết số liệu tại Phụ lục kèm theo)', italic=True, align='j')
    signature(d, ['- Ban Giám đốc Sở;', '- Chi cục TĐC;', '- Lưu: VT.'], r['signer'][0], r['signer'][1])
    d.add_page_break()
    para(d, 'PHỤ LỤC', bold=True, align='c', indent=False)
    para(d, 'SỐ LIỆU SO VỚI KẾ HOẠCH NĂM 2026', bold=True, align='c', indent=False)
    para(d, '(Kèm theo Báo cáo số %s)' % r['number'], italic=True, align='c', indent=False)
    LBL = dict(training_courses=('Lớp tập huấn, tọa đàm', 'lớp'), participants=('Người tham dự', 'lượt'),
               communications=('Tin, bài', 'tin/bài'), enterprises_supported=('Doanh nghiệp được hỗ trợ', 'DN'),
               inspections=('Cuộc kiểm tra', 'cuộc'), establishments_inspected=('Cơ sở được kiểm tra', 'cơ sở'),
               violations=('Cơ sở vi phạm', 'cơ sở'), fines_vnd=('Tiền xử phạt', 'đồng'), samples_tested=('Mẫu khảo sát/thử nghiệm', 'mẫu'),
               instruments_verified=('Phương tiện đo, chuẩn được kiểm định/hiệu chuẩn', 'chiếc'),
               standards_reviewed=('Dự thảo TCVN, QCVN góp ý', 'dự thảo'), budget_spent_vnd=('Kinh phí đã giải ngân', 'đồng'))
    t = d.add_table(rows=1, cols=6); set_borders(t)
    for c, h in zip(t.rows[0].cells, ['Mục BC', 'Chỉ số', 'ĐVT', 'KH năm 2026', 'TH 11 tháng', 'Tỷ lệ (%)']):
        cell_text(c, h, bold=True, align='c', size=11)
    for i, e in enumerate(r['entries'], 1):
        for k, v in e['ind'].items():
            row = t.add_row().cells
            lab, dvt = LBL[k]
            kh = e['plan_year'].get(k)
            cell_text(row[0], 'I.%d' % i, align='c', size=11)
            cell_text(row[1], lab, size=11)
            cell_text(row[2], dvt, align='c', size=11)
            cell_text(row[3], dotted(kh) if kh else '-', align='c', size=11)
            cell_text(row[4], dotted(v), align='c', size=11)
            cell_text(row[5], ('%.1f' % (100.0 * v / kh)).replace('.', ',') if kh else '-', align='c', size=11)
    d.save(path)

QN = ['Quý I', 'Quý II', 'Quý III', 'Tháng 10–11']

def qfmt(k, v):
    if k == 'fines_vnd':
        return trieu(v) if v else '0'
    return z2(v) if v else '0'

def render_h4_docx(r, path):
    d = base_doc(font='Times New Roman', size=13)
    header_block(d, 'UBND THÀNH PHỐ HỒ CHÍ MINH', r['caps'], r['number'], 'TP. Hồ Chí Minh, ' + date_words(r['date']))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, 'Tình hình thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (theo từng quý)', bold=True, align='c', indent=False)
    para(d, '%s báo cáo theo trình tự thời gian từng quý, số liệu tháng 10 và tháng 11 tính đến ngày 15/11/2026:' % AG[r['unit']], align='j')
    for i, e in enumerate(r['entries'], 1):
        para(d, '%d) %s' % (i, e['name']), bold=True, indent=False)
        if e['q']:
            for qi, qn in enumerate(QN):
                parts = []
                for k, vals in e['q'].items():
                    if vals[qi]:
                        parts.append('%s %s' % (qfmt(k, vals[qi]), e['lab'][k]) if k != 'fines_vnd' else '%s %s' % (e['lab'][k], qfmt(k, vals[qi])))
                para(d, '- %s: %s.' % (qn, '; '.join(parts) if parts else 'không có hoạt động'), indent=False)
            parts = []
            for k, vals in e['q'].items():
                tot = sum(vals)
                e.setdefault('ind', {})[k] = tot
                parts.append('%s %s' % (qfmt(k, tot), e['lab'][k]) if k != 'fines_vnd' else '%s %s' % (e['lab'][k], fmt_money_h1(tot)))
            para(d, '- Cả kỳ: ' + '; '.join(parts) + '.', bold=True, indent=False)
        else:
            e.setdefault('ind', {})
        p = para(d, indent=False)
        runs(p, [('Đánh giá: ', False, True), (e['ev'], False, True)])
    para(d, 'Khó khăn, vướng mắc:', bold=True, indent=False)
    if r['diff']:
        for x in r['diff']:
            para(d, '- ' + x, align='j')
    else:
        para(d, '- Không có.', indent=False)
    para(d, 'Kiến nghị:', bold=True, indent=False)
    for x in r['prop']:
        para(d, '- ' + x, align='j')
    signature(d, ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- Lưu: VT.'], r['signer'][0], r['signer'][1])
    d.save(path)

def render_h4_xlsx(r, path):
    wb = Workbook(); ws = wb.active; ws.title = 'Theo quý'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = r['caps']; ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + r['number']
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = 'TP. Hồ Chí Minh, ' + date_words(r['date']); ws['E3'].font = Font(italic=True)
    ws['A5'] = 'THEO DÕI THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – CHIA THEO QUÝ (đến 15/11/2026)'; ws['A5'].font = Font(bold=True, size=13)
    hd = ['STT', 'Việc / chỉ số'] + QN + ['Cả kỳ', 'Đánh giá (Đạt / Chưa đạt)']
    for j, h in enumerate(hd, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for j, w in enumerate([6, 48, 10, 10, 10, 12, 10, 40], 1):
        ws.column_dimensions[chr(64 + j)].width = w
    row = 8
    for i, e in enumerate(r['entries'], 1):
        ws.cell(row, 1, i); ws.cell(row, 2, e['name']).font = Font(bold=True)
        ws.cell(row, 8, e['ev'])
        for j in range(1, 9):
            ws.cell(row, j).border = B
            ws.cell(row, j).alignment = Alignment(wrap_text=True, vertical='top')
        row += 1
        e.setdefault('ind', {})
        for k, vals in e['q'].items():
            ws.cell(row, 2, '  - ' + e['lab'][k])
            for j, v in enumerate(vals, 3):
                ws.cell(row, j, v)
            ws.cell(row, 7, sum(vals))
            e['ind'][k] = sum(vals)
            for j in range(1, 9):
                ws.cell(row, j).border = B
            row += 1
    row += 1
    ws.cell(row, 2, 'Khó khăn:').font = Font(bold=True); row += 1
    for x in r['diff'] or ['Không có.']:
        ws.cell(row, 2, '- ' + x); row += 1
    ws.cell(row, 2, 'Kiến nghị:').font = Font(bold=True); row += 1
    for x in r['prop'] or ['Không có.']:
        ws.cell(row, 2, '- ' + x); row += 1
    row += 1
    ws.cell(row, 6, r['signer'][0].replace('\n', ' ')).font = Font(bold=True)
    ws.cell(row + 3, 6, r['signer'][1]).font = Font(bold=True)
    wb.save(path)

def resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    flt = 'xlsx:Calc MS Excel 2007 XML' if ext == 'xlsx' else 'docx:MS Word 2007 XML'
    subprocess.run(['libreoffice', '--headless', '--convert-to', flt, '--outdir', tmp, path],
                   check=True, capture_output=True, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp)

def main():
    for r in R:
        path = os.path.join(OUT, r['file'])
        h = r['hand']
        if h == 'H1': render_h1(r, path)
        elif h == 'H2': render_h2(r, path)
        elif h == 'H3': render_h3(r, path)
        elif h == 'H4':
            (render_h4_docx if path.endswith('.docx') else render_h4_xlsx)(r, path)
        if r.get('resave'):
            resave(path)
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        key = dict(file=r['file'], sha256=sha, unit=dict(id=r['unit'], name=AG[r['unit']]),
                   document=dict(number=r['number'], date=r['date']), findings=[])
        if r.get('mistaken'):
            key.update(status='rejected', reason=r['reason'], entries=[], difficulties=[], proposals=[])
        else:
            ents = []
            for e in r['entries']:
                txt = e.get('res') or e.get('body') or e.get('name')
                ents.append(dict(task=e['task'], status=e['status'], indicators=dict(e.get('ind', {})), text=txt))
            key.update(status='extracted', reason=None, entries=ents, difficulties=list(r['diff']), proposals=list(r['prop']))
        json.dump(key, open(os.path.join(TR, r['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
        print(r['file'], sha[:12])

if __name__ == '__main__':
    main()
