# -*- coding: utf-8 -*-
"""Generator for set223. Writes report files and truth keys."""
import json, hashlib, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
KEYS = []  # (fname, key dict without sha)

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS.append((fname, dict(file=fname, sha256=None, status=status, reason=reason,
        unit={'id': unit_id, 'name': unit_name}, document={'number': number, 'date': date},
        entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
        findings=[], difficulties=diffs, proposals=props)))

# ---------------- docx helpers ----------------
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header(d, left1, left2, number, place_date):
    t = d.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ''
    p = c.paragraphs[0]; p.add_run(left1 + '\n'); r = p.add_run(left2); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); p = c.paragraphs[0]
    r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'); r.bold = True
    r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, 0).paragraphs[0].add_run(number); t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.cell(1, 1).paragraphs[0].add_run(place_date); r.italic = True
    t.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

def title(d, *lines):
    for i, l in enumerate(lines):
        p = d.add_paragraph(); r = p.add_run(l); r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def para(d, text, bold=False, italic=False, indent=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    return p

def sign(d, role, name, noi_nhan=('- Như trên;', '- Lưu: VT.')):
    t = d.add_table(rows=1, cols=2)
    p = t.cell(0, 0).paragraphs[0]; r = p.add_run('Nơi nhận:\n'); r.bold = True; r.italic = True
    p.add_run('\n'.join(noi_nhan))
    p = t.cell(0, 1).paragraphs[0]; r = p.add_run(role + '\n\n\n\n' + name); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ======================= HAND 1: ward officer, noun (number) =======================
# Chị Lâm Thị Ngọc Hân, công chức Kinh tế phường: plain numbered paragraphs, figures as
# "cơ sở (21)", status in a closing clause "— việc này: …".
def hand1(fname, code, wname, short, number, date_iso, date_words, intro, items, kk, dx, signer, sections_title=None):
    d = new_doc()
    header(d, 'ỦY BAN NHÂN DÂN', wname.upper(), 'Số: ' + number, short + ', ' + date_words)
    d.add_paragraph()
    title(d, 'BÁO CÁO', sections_title or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\nvề tiêu chuẩn, đo lường, chất lượng trên địa bàn ' + wname.split()[0].lower() + ' ' + ' '.join(wname.split()[1:]))
    para(d, intro)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, (txt, st) in enumerate(items, 1):
        para(d, f'{i}. {txt} — việc này: {st}.')
    if kk:
        para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
        for x in kk: para(d, '- ' + x)
    if dx:
        para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
        for x in dx: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + wname.split()[0].lower() + ' ' + ' '.join(wname.split()[1:]) + './.')
    sign(d, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer, ('- Chi cục TĐC (Sở KH&CN);', '- TT Đảng ủy, TT HĐND phường;', '- Lưu: VT, KT.'))
    d.save(os.path.join(OUT, fname))

# 1. Phường Cầu Ông Lãnh
items = [
 ('Về tuyên truyền: phường đăng tin, bài (07) trên trang thông tin điện tử và Zalo OA của phường về Chỉ thị 38 và quy định về đo lường trong kinh doanh, treo băng rôn tại chợ Cầu Muối và chợ Dân Sinh', 'đã xong'),
 ('Về tập huấn: cử cán bộ (03) của phòng Kinh tế dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức tháng 6/2026', 'đã xong'),
 ('Về phối hợp kiểm tra theo phân cấp: Tổ kiểm tra liên ngành của phường phối hợp Chi cục TĐC kiểm tra đo lường, nhãn hàng hóa tại các chợ và cửa hàng xăng dầu, gồm cuộc (04), cơ sở (23); phát hiện vi phạm (03), xử phạt tiền (6.750.000 đồng), chủ yếu cân sai số vượt mức cho phép và hàng hóa thiếu nhãn phụ', 'đang tiếp tục đến cuối năm'),
 ('Về cân đối chứng tại chợ: rà soát, đưa đi kiểm định lại cân đối chứng (04) đặt tại 02 chợ', 'đã xong'),
 ('Về áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường: đã cập nhật quy trình (12) theo thủ tục hành chính mới, đánh giá nội bộ dự kiến tháng 12', 'đang làm'),
]
hand1('ubnd-cau-ong-lanh-bc-ct38.docx', '26758', 'Phường Cầu Ông Lãnh', 'Cầu Ông Lãnh', '412/BC-UBND', '2026-11-06', 'ngày 06 tháng 11 năm 2026',
 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Cầu Ông Lãnh báo cáo kết quả thực hiện như sau:',
 items,
 ['Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.',
  'Tiểu thương tại chợ còn dùng cân không rõ nguồn gốc, kiểm tra xong một thời gian lại tái phạm.'],
 ['Đề nghị Chi cục TĐC hỗ trợ thêm cân đối chứng cho chợ Dân Sinh.',
  'Đề nghị Sở KH&CN ban hành hướng dẫn thống nhất mẫu biên bản kiểm tra đo lường dùng cho cấp phường.'],
 'Trần Minh Khoa')
key('ubnd-cau-ong-lanh-bc-ct38.docx', '26758', 'Phường Cầu Ông Lãnh', '412/BC-UBND', '2026-11-06', [
 ('II.1.a', 'completed', {'communications': 7}, items[0][0]),
 ('II.3.a', 'completed', {'participants': 3}, items[1][0]),
 ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 6750000}, items[2][0]),
 ('II.4.b', 'completed', {'instruments_verified': 4}, items[3][0]),
 ('II.2.đ', 'in_progress', {}, items[4][0]),
], ['Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.',
  'Tiểu thương tại chợ còn dùng cân không rõ nguồn gốc, kiểm tra xong một thời gian lại tái phạm.'],
 ['Đề nghị Chi cục TĐC hỗ trợ thêm cân đối chứng cho chợ Dân Sinh.',
  'Đề nghị Sở KH&CN ban hành hướng dẫn thống nhất mẫu biên bản kiểm tra đo lường dùng cho cấp phường.'])

# 2. Phường Vĩnh Hội
items = [
 ('Tuyên truyền trên loa truyền thanh và trang fanpage phường về ngày Tiêu chuẩn thế giới và việc sử dụng phương tiện đo đúng quy định: tin, bài (05)', 'đã xong'),
 ('Phối hợp Chi cục TĐC, Phòng Kiểm tra – Pháp chế kiểm tra các cửa hàng vàng bạc, xăng dầu trên địa bàn: cuộc (02), cơ sở (09); chưa phát hiện vi phạm (0)', 'đã xong'),
 ('Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn hàng hóa và công bố tiêu chuẩn cơ sở: doanh nghiệp, hộ kinh doanh (14) được hướng dẫn tại bộ phận một cửa', 'đang tiếp tục'),
 ('Tiếp nhận, xử lý phản ánh, tố giác về gian lận đo lường: trong kỳ chưa có tố giác nào', 'không phát sinh'),
]
hand1('vinh-hoi-bao-cao-chi-thi-38.docx', '27286', 'Phường Vĩnh Hội', 'Vĩnh Hội', '287/BC-UBND', '2026-11-10', 'ngày 10 tháng 11 năm 2026',
 'Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; Ủy ban nhân dân phường Vĩnh Hội báo cáo như sau:',
 items,
 ['Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng.'],
 ['Kiến nghị Sở KH&CN tổ chức lớp tập huấn riêng cho công chức phường về kiểm tra đo lường vàng bạc.'],
 'Nguyễn Thị Bích Vân')
key('vinh-hoi-bao-cao-chi-thi-38.docx', '27286', 'Phường Vĩnh Hội', '287/BC-UBND', '2026-11-10', [
 ('II.1.a', 'completed', {'communications': 5}, items[0][0]),
 ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 9, 'violations': 0}, items[1][0]),
 ('II.2.d', 'in_progress', {'enterprises_supported': 14}, items[2][0]),
 ('II.5.d', 'not_applicable', {}, items[3][0]),
], ['Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng.'],
 ['Kiến nghị Sở KH&CN tổ chức lớp tập huấn riêng cho công chức phường về kiểm tra đo lường vàng bạc.'])

# 3. Phường An Lạc
items = [
 ('Phối hợp kiểm tra theo phân cấp (tập trung vào cân tại chợ An Lạc và trạm xăng trên Quốc lộ 1A): cuộc (05), cơ sở (31), vi phạm (04), phạt (12.500.000 đồng)', 'đang làm, còn đợt kiểm tra cao điểm Tết'),
 ('Kiểm định cân đối chứng và cân của tiểu thương: phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định miễn phí cân (186) cho tiểu thương các chợ', 'đã xong'),
 ('Cử công chức dự tập huấn nghiệp vụ về đo lường, chất lượng do Chi cục TĐC tổ chức: lượt người (02)', 'đã xong'),
 ('Hệ thống quản lý chất lượng ISO tại phường: duy trì, công bố lại phù hợp TCVN ISO 9001:2015 sau sắp xếp', 'đã xong'),
 ('Vận động doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia: phường có gửi thông báo nhưng chưa có doanh nghiệp đăng ký', 'chưa làm được'),
]
hand1('an-lac-bc-ct38-11-2026.docx', '27460', 'Phường An Lạc', 'An Lạc', '501/BC-UBND', '2026-11-12', 'ngày 12 tháng 11 năm 2026',
 'Ủy ban nhân dân phường An Lạc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu tính đến ngày 10/11/2026) như sau:',
 items,
 ['Số cơ sở kinh doanh nhỏ lẻ nhiều, thay đổi địa điểm thường xuyên, khó quản lý.',
  'Phường chưa có phương tiện đo chuẩn để tự kiểm tra nhanh tại chỗ.'],
 ['Đề nghị Chi cục TĐC trang bị cho phường bộ quả cân chuẩn phục vụ kiểm tra nhanh.'],
 'Lê Hoàng Phúc')
key('an-lac-bc-ct38-11-2026.docx', '27460', 'Phường An Lạc', '501/BC-UBND', '2026-11-12', [
 ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 31, 'violations': 4, 'fines_vnd': 12500000}, items[0][0]),
 ('II.4.b', 'completed', {'instruments_verified': 186}, items[1][0]),
 ('II.3.a', 'completed', {'participants': 2}, items[2][0]),
 ('II.2.đ', 'completed', {}, items[3][0]),
 ('II.1.b', 'not_started', {}, items[4][0]),
], ['Số cơ sở kinh doanh nhỏ lẻ nhiều, thay đổi địa điểm thường xuyên, khó quản lý.',
  'Phường chưa có phương tiện đo chuẩn để tự kiểm tra nhanh tại chỗ.'],
 ['Đề nghị Chi cục TĐC trang bị cho phường bộ quả cân chuẩn phục vụ kiểm tra nhanh.'])

# 4. MISTAKEN: Phường Bình Dương — giảm nghèo
items = [
 ('Rà soát hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều: hộ nghèo (12), hộ cận nghèo (37)', 'đã xong'),
 ('Hỗ trợ vay vốn Ngân hàng Chính sách xã hội: hộ (21), số tiền (1.050.000.000 đồng)', 'đang tiếp tục'),
 ('Trao quà Tết cho hộ nghèo, hộ cận nghèo: phần quà (49)', 'đã xong'),
 ('Dạy nghề, giới thiệu việc làm cho người thuộc hộ nghèo: lượt người (18)', 'đang làm'),
]
hand1('binh-duong-bc-giam-ngheo-2026.docx', '25760', 'Phường Bình Dương', 'Bình Dương', '366/BC-UBND', '2026-11-05', 'ngày 05 tháng 11 năm 2026',
 'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026, Ủy ban nhân dân phường Bình Dương báo cáo kết quả như sau:',
 items, ['Một số hộ thoát nghèo chưa bền vững, dễ tái nghèo.'], ['Đề nghị tăng nguồn vốn vay giải quyết việc làm cho phường.'], 'Phạm Văn Lộc',
 sections_title='Kết quả thực hiện công tác giảm nghèo bền vững năm 2026')
key('binh-duong-bc-giam-ngheo-2026.docx', '25760', 'Phường Bình Dương', '366/BC-UBND', '2026-11-05', [], [], [],
 status='rejected', reason='Không phải báo cáo Kế hoạch CT38: báo cáo công tác giảm nghèo bền vững năm 2026 gửi nhầm.')

# ======================= HAND 2: LibreOffice writer, • / – bullets, numbering restarting per section =======================
# Anh Đoàn Quốc Vĩnh, chuyên viên tổng hợp: makes the file in LibreOffice Writer (Liberation Serif),
# sections I/II/III each with their own 1., 2., 3.; tasks as "•" items, figures as "–" sub-lines,
# each task closed by "Tình trạng: …" no — status inside the bullet after a colon: "• <task>: <status>."
def hand2(fname, agency_lines, number, place_date, title_lines, sections, sign_role, signer):
    d = new_doc(font='Liberation Serif', size=13)
    header(d, agency_lines[0], agency_lines[1], 'Số: ' + number, place_date)
    d.add_paragraph()
    title(d, *title_lines)
    for sec_title, blocks in sections:
        para(d, sec_title, bold=True)
        n = 0
        for b in blocks:
            kind = b[0]
            if kind == 'num':
                n += 1; para(d, f'{n}. {b[1]}', bold=b[2] if len(b) > 2 else False)
            elif kind == 'bul':
                para(d, '•\t' + b[1], indent=0.6)
            elif kind == 'sub':
                para(d, '–\t' + b[1], indent=1.4)
            elif kind == 'p':
                para(d, b[1])
    sign(d, sign_role, signer, ('- Chi cục TĐC (để tổng hợp);', '- Ban Giám đốc Sở;', '- Lưu: VT.'))
    d.save(os.path.join(OUT, fname))

def lo_resave(fname):
    tmp = tempfile.mkdtemp()
    src = os.path.join(OUT, fname)
    shutil.copy(src, os.path.join(tmp, 'in_' + fname))
    ext = fname.rsplit('.', 1)[1]
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', os.path.join(tmp, 'o'), os.path.join(tmp, 'in_' + fname)],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmp, 'o', 'in_' + fname), src)
    shutil.rmtree(tmp)

# 5. Chi cục TĐC
KK5 = ['Biên chế của Chi cục còn thiếu so với khối lượng công việc sau khi mở rộng địa bàn Thành phố.',
       'Một số phường, xã mới sắp xếp chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp kiểm tra còn chậm.',
       'Kinh phí khảo sát chất lượng hàng hóa năm 2026 chỉ đáp ứng khoảng 60% nhu cầu lấy mẫu.']
DX5 = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa cho năm 2027.',
       'Đề nghị Sở có văn bản đôn đốc UBND các phường, xã, đặc khu phân công công chức đầu mối về tiêu chuẩn, đo lường, chất lượng.']
S5 = [
 ('I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', [
   ('num', 'Tuyên truyền, tập huấn pháp luật', True),
   ('bul', 'Tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu: đã hoàn thành.'),
   ('sub', 'Số lớp tập huấn, tọa đàm: 06 (trong đó 01 buổi tọa đàm doanh nghiệp nhập khẩu);'),
   ('sub', 'Số lượt người tham dự: 742 lượt;'),
   ('sub', 'Tin, bài đăng trên Cổng thông tin của Sở và Chi cục: 38 tin, bài.'),
   ('bul', 'Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: đã hoàn thành.'),
   ('sub', 'Doanh nghiệp được hướng dẫn lập hồ sơ: 11 doanh nghiệp.'),
   ('num', 'Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng', True),
   ('bul', 'Giải thưởng Chất lượng Quốc gia năm 2026 (tổ chức Hội đồng sơ tuyển, thẩm định hồ sơ): đang thực hiện, Hội đồng quốc gia chưa công bố kết quả.'),
   ('bul', 'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công bố hợp chuẩn, hợp quy: đang thực hiện (thường xuyên).'),
   ('sub', 'Doanh nghiệp được hỗ trợ, tư vấn: 57 doanh nghiệp;'),
   ('sub', 'Kinh phí hỗ trợ đã giải ngân: 186.400.000 đồng.'),
   ('bul', 'Góp ý dự thảo TCVN, QCVN và xây dựng quy chuẩn kỹ thuật địa phương: đang thực hiện.'),
   ('sub', 'Số dự thảo đã góp ý: 19 dự thảo (TCVN và QCVN).'),
   ('num', 'Đào tạo nguồn nhân lực', True),
   ('bul', 'Tập huấn nghiệp vụ cho công chức các Sở, ngành, UBND phường, xã, đặc khu: đã hoàn thành.'),
   ('sub', 'Số lớp: 04 lớp; số học viên: 389 người.'),
   ('bul', 'Đào tạo, bồi dưỡng cho sinh viên các trường đại học, cao đẳng về mã số mã vạch, truy xuất nguồn gốc: chưa thực hiện, chuyển sang Quý IV do chưa thống nhất được lịch với các trường.'),
   ('num', 'Phương tiện, thiết bị kỹ thuật nghiệp vụ', True),
   ('bul', 'Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra: đã hoàn thành.'),
   ('sub', 'Số phương tiện đo được kiểm định, hiệu chuẩn: 64 phương tiện;'),
   ('sub', 'Kinh phí đã sử dụng: 92.750.000 đồng.'),
   ('num', 'Kiểm tra, giám sát', True),
   ('bul', 'Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông và nhập khẩu: đang thực hiện.'),
   ('sub', 'Số cuộc kiểm tra: 27 cuộc; số cơ sở được kiểm tra: 318 cơ sở;'),
   ('sub', 'Cơ sở vi phạm: 41 cơ sở; tiền xử phạt: 1.284.500.000 đồng.'),
   ('bul', 'Khảo sát chất lượng sản phẩm, hàng hóa: đang thực hiện.'),
   ('sub', 'Số mẫu đã lấy khảo sát: 215 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em).'),
   ('bul', 'Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền: đang thực hiện.'),
   ('sub', 'Số cuộc phối hợp kiểm tra với địa phương: 33 cuộc.'),
 ]),
 ('II. KHÓ KHĂN, VƯỚNG MẮC', [('num', x) for x in KK5]),
 ('III. ĐỀ XUẤT, KIẾN NGHỊ', [('num', x) for x in DX5]),
]
hand2('chicuc-tdc-bc-kq-kh38-2026.docx', ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG'),
 '1126/BC-TĐC', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
 ('BÁO CÁO', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'), S5, 'CHI CỤC TRƯỞNG', 'Huỳnh Tấn Đạt')
lo_resave('chicuc-tdc-bc-kq-kh38-2026.docx')
key('chicuc-tdc-bc-kq-kh38-2026.docx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1126/BC-TĐC', '2026-10-30', [
 ('II.1.a', 'completed', {'training_courses': 6, 'participants': 742, 'communications': 38}, 'Tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu'),
 ('II.1.b', 'completed', {'enterprises_supported': 11}, 'Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia'),
 ('II.2.b', 'in_progress', {}, 'Giải thưởng Chất lượng Quốc gia năm 2026 (tổ chức Hội đồng sơ tuyển, thẩm định hồ sơ)'),
 ('II.2.d', 'in_progress', {'enterprises_supported': 57, 'budget_spent_vnd': 186400000}, 'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công bố hợp chuẩn, hợp quy'),
 ('II.2.e', 'in_progress', {'standards_reviewed': 19}, 'Góp ý dự thảo TCVN, QCVN và xây dựng quy chuẩn kỹ thuật địa phương'),
 ('II.3.a', 'completed', {'training_courses': 4, 'participants': 389}, 'Tập huấn nghiệp vụ cho công chức các Sở, ngành, UBND phường, xã, đặc khu'),
 ('II.3.d', 'not_started', {}, 'Đào tạo, bồi dưỡng cho sinh viên các trường đại học, cao đẳng về mã số mã vạch, truy xuất nguồn gốc'),
 ('II.4.b', 'completed', {'instruments_verified': 64, 'budget_spent_vnd': 92750000}, 'Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra'),
 ('II.5.a', 'in_progress', {'inspections': 27, 'establishments_inspected': 318, 'violations': 41, 'fines_vnd': 1284500000}, 'Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông và nhập khẩu'),
 ('II.5.b', 'in_progress', {'samples_tested': 215}, 'Khảo sát chất lượng sản phẩm, hàng hóa'),
 ('II.5.c', 'in_progress', {'inspections': 33}, 'Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền'),
], KK5, DX5)

# 6. Phòng Kiểm tra – Pháp chế
KK6 = ['Lực lượng của Phòng mỏng, cùng lúc tham gia nhiều đoàn kiểm tra liên ngành.']
DX6 = ['Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm để Phòng chủ động bố trí nhân sự phối hợp.']
S6 = [
 ('I. KẾT QUẢ THỰC HIỆN', [
   ('num', 'Phần việc Phòng phối hợp với Chi cục TĐC', True),
   ('bul', 'Tham gia các đoàn kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa: đã hoàn thành phần việc được giao.'),
   ('sub', 'Số cuộc Phòng cử người tham gia: 09 cuộc;'),
   ('sub', 'Số cơ sở được kiểm tra: 74 cơ sở; vi phạm: 08 cơ sở.'),
   ('bul', 'Tham mưu xử lý vi phạm, bảo vệ người tố giác, xử lý hành vi tiêu cực: đang thực hiện (thường xuyên).'),
   ('sub', 'Quyết định xử phạt đã thẩm định: 08 quyết định, tổng tiền phạt 96.000.000 đồng.'),
   ('num', 'Phần việc về pháp chế', True),
   ('bul', 'Góp ý, đề xuất sửa đổi văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (theo yêu cầu của Bộ): đã hoàn thành.'),
   ('sub', 'Số văn bản góp ý gửi Bộ: 03 văn bản.'),
   ('bul', 'Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP: không phát sinh trong kỳ (Phòng không quản lý thiết bị).'),
 ]),
 ('II. KHÓ KHĂN, VƯỚNG MẮC', [('num', x) for x in KK6]),
 ('III. ĐỀ XUẤT', [('num', x) for x in DX6]),
]
hand2('p-ktpc-baocao-ct38-nam-2026.docx', ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'),
 '58/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
 ('BÁO CÁO', 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'), S6, 'TRƯỞNG PHÒNG', 'Võ Thị Thanh Tâm')
lo_resave('p-ktpc-baocao-ct38-nam-2026.docx')
key('p-ktpc-baocao-ct38-nam-2026.docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '58/BC-KTPC', '2026-10-28', [
 ('II.5.a', 'completed', {'inspections': 9, 'establishments_inspected': 74, 'violations': 8}, 'Tham gia các đoàn kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa'),
 ('II.5.d', 'in_progress', {'fines_vnd': 96000000}, 'Tham mưu xử lý vi phạm, bảo vệ người tố giác, xử lý hành vi tiêu cực'),
 ('II.2.c', 'completed', {}, 'Góp ý, đề xuất sửa đổi văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng'),
 ('II.4.b', 'not_applicable', {}, 'Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP'),
], KK6, DX6)

# 7. Sở Giáo dục và Đào tạo
KK7 = ['Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên chỉ lồng ghép được trong hoạt động ngoại khóa.']
DX7 = ['Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền phù hợp với học sinh, sinh viên.']
S7 = [
 ('I. TÌNH HÌNH TRIỂN KHAI', [
   ('num', 'Sở đã ban hành văn bản hướng dẫn các trường trung cấp, cao đẳng trực thuộc lồng ghép nội dung về tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa.'),
 ]),
 ('II. KẾT QUẢ CỤ THỂ', [
   ('num', 'Phối hợp tập huấn cho viên chức, sinh viên các trường', True),
   ('bul', 'Phối hợp Chi cục TĐC tổ chức chuyên đề về mã số mã vạch, truy xuất nguồn gốc cho sinh viên: đang thực hiện.'),
   ('sub', 'Số buổi chuyên đề đã tổ chức: 02 buổi;'),
   ('sub', 'Số sinh viên, viên chức tham dự: 460 lượt.'),
   ('num', 'Tuyên truyền', True),
   ('bul', 'Đăng tin, bài trên Cổng thông tin ngành giáo dục: đã hoàn thành.'),
   ('sub', 'Số tin, bài: 04 tin, bài.'),
   ('num', 'Hệ thống quản lý chất lượng tại cơ quan Sở', True),
   ('bul', 'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Sở: đã hoàn thành (đã đánh giá nội bộ tháng 9/2026).'),
 ]),
 ('III. KHÓ KHĂN, VƯỚNG MẮC', [('num', x) for x in KK7]),
 ('IV. KIẾN NGHỊ', [('num', x) for x in DX7]),
]
hand2('so-gddt-bc-phoi-hop-ct38.docx', ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'),
 '4172/BC-SGDĐT', 'Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2026',
 ('BÁO CÁO', 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'), S7, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Bảo Quốc')
key('so-gddt-bc-phoi-hop-ct38.docx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4172/BC-SGDĐT', '2026-11-11', [
 ('II.3.d', 'in_progress', {'training_courses': 2, 'participants': 460}, 'Phối hợp Chi cục TĐC tổ chức chuyên đề về mã số mã vạch, truy xuất nguồn gốc cho sinh viên'),
 ('II.1.a', 'completed', {'communications': 4}, 'Đăng tin, bài trên Cổng thông tin ngành giáo dục'),
 ('II.2.đ', 'completed', {}, 'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Sở'),
], KK7, DX7)

# ======================= HAND 3: department answering by "Nhóm nhiệm vụ A…F" =======================
# Chị Mai Thu Trang, chuyên viên phòng Quản lý kỹ thuật: plan groups 1–6 become letters A–F; several
# tasks run together in one paragraph, each closed by "(đạt)" / "(chưa đạt)" / "(đang làm)".
def hand3(fname, agency2, number, place_date, intro, groups, kk, dx, signer, short=''):
    d = new_doc()
    header(d, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', agency2, 'Số: ' + number, place_date)
    p = para(d, 'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026', italic=True)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng).')
    para(d, intro)
    for g, body in groups:
        p = d.add_paragraph(); r = p.add_run('Nhóm nhiệm vụ ' + g + ': '); r.bold = True; p.add_run(body)
    p = d.add_paragraph(); r = p.add_run('Khó khăn: '); r.bold = True; p.add_run(' '.join(kk) if kk else 'không có.')
    p = d.add_paragraph(); r = p.add_run('Kiến nghị: '); r.bold = True; p.add_run(' '.join(dx) if dx else 'không có.')
    para(d, short + ' báo cáo để Sở Khoa học và Công nghệ tổng hợp./.')
    sign(d, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer, ('- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLKT.'))
    d.save(os.path.join(OUT, fname))

# 8. Sở Công Thương
G8 = [
 ('A', 'Phối hợp đăng tải tin, bài (09) về quy định đo lường trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng trên trang thông tin của Sở (đạt).'),
 ('B', 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về khí dầu mỏ hóa lỏng và xăng sinh học E10, tổng cộng 04 dự thảo (đạt); duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 và chuyển đổi sang mô hình ISO điện tử tại Sở (đang làm); đề xuất kết nối dữ liệu kiểm tra chất lượng xăng dầu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng (chưa đạt — chưa có hướng dẫn kỹ thuật kết nối).'),
 ('E', 'Chủ trì 06 cuộc kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại 48 cửa hàng, phát hiện 05 cơ sở vi phạm, chuyển Chi cục Quản lý thị trường xử phạt 87.500.000 đồng (đạt); phối hợp Chi cục TĐC khảo sát chất lượng xăng dầu, lấy 30 mẫu gửi thử nghiệm (đang làm).'),
]
KK8 = ['Chưa có hướng dẫn kỹ thuật để kết nối dữ liệu kiểm tra của Sở với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.']
DX8 = ['Đề nghị Sở KH&CN chủ trì hướng dẫn thống nhất cách kết nối, chia sẻ dữ liệu kiểm tra chất lượng giữa các Sở.']
hand3('so-cong-thuong-bc-kh38-2026.docx', 'SỞ CÔNG THƯƠNG', '3398/SCT-QLKT', 'Thành phố Hồ Chí Minh, ngày 07 tháng 11 năm 2026',
 'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo kết quả theo các nhóm nhiệm vụ của Kế hoạch (nhóm A đến F tương ứng mục 1 đến mục 6 phần II), các nhóm không nêu là Sở không được giao:',
 G8, KK8, DX8, 'Bùi Tá Hoàng Vũ', short='Sở Công Thương')
key('so-cong-thuong-bc-kh38-2026.docx', 'SO-CT', 'Sở Công Thương', '3398/SCT-QLKT', '2026-11-07', [
 ('II.1.a', 'completed', {'communications': 9}, G8[0][1]),
 ('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về khí dầu mỏ hóa lỏng và xăng sinh học E10, tổng cộng 04 dự thảo (đạt)'),
 ('II.2.đ', 'in_progress', {}, 'duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 và chuyển đổi sang mô hình ISO điện tử tại Sở (đang làm)'),
 ('II.2.i', 'not_started', {}, 'đề xuất kết nối dữ liệu kiểm tra chất lượng xăng dầu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng (chưa đạt — chưa có hướng dẫn kỹ thuật kết nối)'),
 ('II.5.a', 'completed', {'inspections': 6, 'establishments_inspected': 48, 'violations': 5, 'fines_vnd': 87500000}, 'Chủ trì 06 cuộc kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại 48 cửa hàng, phát hiện 05 cơ sở vi phạm, chuyển Chi cục Quản lý thị trường xử phạt 87.500.000 đồng (đạt)'),
 ('II.5.b', 'in_progress', {'samples_tested': 30}, 'phối hợp Chi cục TĐC khảo sát chất lượng xăng dầu, lấy 30 mẫu gửi thử nghiệm (đang làm)'),
], KK8, DX8)

# 9. Sở Y tế
G9 = [
 ('B', 'Góp ý 07 dự thảo QCVN, TCVN về trang thiết bị y tế và nước sạch sinh hoạt theo đề nghị của Bộ Y tế và Bộ KH&CN (đạt); duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại cơ quan Sở (đạt); hướng dẫn 16 cơ sở sản xuất trang thiết bị y tế xây dựng, công bố tiêu chuẩn cơ sở (đang làm).'),
 ('C', 'Cử 05 công chức dự lớp cập nhật kiến thức về đo lường trong y tế do Chi cục TĐC tổ chức (đạt).'),
 ('D', 'Rà soát, kiểm định, hiệu chuẩn phương tiện đo dùng trong khám chữa bệnh tại các bệnh viện trực thuộc: 1.126 phương tiện đo (huyết áp kế, nhiệt kế y học, cân y tế) (đang làm).'),
 ('E', 'Phối hợp kiểm tra đo lường phương tiện đo nhóm 2 tại 03 bệnh viện (chưa đạt — dời sang tháng 12/2026 do vướng lịch của đoàn).'),
]
KK9 = ['Nhiều phương tiện đo trong bệnh viện có số lượng lớn, phân tán, chi phí kiểm định định kỳ cao.']
DX9 = ['Đề nghị Chi cục TĐC phối hợp xây dựng lịch kiểm định tập trung theo cụm bệnh viện để giảm chi phí.']
hand3('soyte-ct38-bc-11-2026.docx', 'SỞ Y TẾ', '8815/SYT-NVY', 'Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026',
 'Sở Y tế báo cáo kết quả tham gia thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 theo nhóm nhiệm vụ của Kế hoạch như sau:',
 G9, KK9, DX9, 'Nguyễn Văn Vĩnh Châu', short='Sở Y tế')
key('soyte-ct38-bc-11-2026.docx', 'SO-YT', 'Sở Y tế', '8815/SYT-NVY', '2026-11-13', [
 ('II.2.e', 'completed', {'standards_reviewed': 7}, 'Góp ý 07 dự thảo QCVN, TCVN về trang thiết bị y tế và nước sạch sinh hoạt theo đề nghị của Bộ Y tế và Bộ KH&CN (đạt)'),
 ('II.2.đ', 'completed', {}, 'duy trì hệ thống quản lý chất lượng ISO 9001:2015 tại cơ quan Sở (đạt)'),
 ('II.2.d', 'in_progress', {'enterprises_supported': 16}, 'hướng dẫn 16 cơ sở sản xuất trang thiết bị y tế xây dựng, công bố tiêu chuẩn cơ sở (đang làm)'),
 ('II.3.a', 'completed', {'participants': 5}, G9[1][1]),
 ('II.4.b', 'in_progress', {'instruments_verified': 1126}, G9[2][1]),
 ('II.5.a', 'not_started', {}, G9[3][1]),
], KK9, DX9)

# 10. Sở Xây dựng
G10 = [
 ('A', 'Phổ biến quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng (QCVN 16:2023/BXD) cho doanh nghiệp: tổ chức 02 hội nghị với 215 đại biểu (đạt).'),
 ('B', 'Góp ý 03 dự thảo TCVN về vật liệu xây dựng (đạt); hướng dẫn 22 doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng thực hiện công bố hợp quy (đạt).'),
 ('E', 'Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường: 04 đoàn, 35 cơ sở, lấy 18 mẫu thử nghiệm, 02 cơ sở vi phạm, phạt 40.000.000 đồng (đang làm).'),
]
hand3('sxd-bao-cao-ct38-2026.docx', 'SỞ XÂY DỰNG', '12504/SXD-VLXD', 'Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026',
 'Sở Xây dựng báo cáo kết quả thực hiện các nội dung liên quan của Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
 G10, [], ['Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng hàng hóa liên quan đến vật liệu xây dựng để Sở phối hợp quản lý.'], 'Trần Quang Lâm', short='Sở Xây dựng')
key('sxd-bao-cao-ct38-2026.docx', 'SO-XD', 'Sở Xây dựng', '12504/SXD-VLXD', '2026-11-09', [
 ('II.1.a', 'completed', {'training_courses': 2, 'participants': 215}, G10[0][1]),
 ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý 03 dự thảo TCVN về vật liệu xây dựng (đạt)'),
 ('II.2.d', 'completed', {'enterprises_supported': 22}, 'hướng dẫn 22 doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng thực hiện công bố hợp quy (đạt)'),
 ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 35, 'samples_tested': 18, 'violations': 2, 'fines_vnd': 40000000}, G10[2][1]),
], [], ['Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng hàng hóa liên quan đến vật liệu xây dựng để Sở phối hợp quản lý.'])

# ======================= HAND 4: Excel two columns "Nội dung | Kết quả" with Đã thực hiện / Chưa thực hiện =======================
# Anh Tạ Minh Nhựt, văn thư kiêm tổng hợp: one sheet, header rows typed in merged A:B, then a bordered
# two-column table; each result cell holds "Đã thực hiện: …" and "Chưa thực hiện: …" on two lines.
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def hand4(fname, left1, left2, number, place_date, ttl, rows, kk, dx, signer, sheet='BaoCao'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws.column_dimensions['A'].width = 48; ws.column_dimensions['B'].width = 78
    ws['A1'] = left1; ws['B1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['A2'] = left2; ws['B2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + number; ws['B3'] = place_date
    for c in ('A1', 'A2', 'B1', 'B2'): ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal='center')
    ws['B3'].font = Font(italic=True); ws['A3'].alignment = Alignment(horizontal='center'); ws['B3'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:B5'); ws['A5'] = 'BÁO CÁO'; ws['A5'].font = Font(bold=True, size=14); ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:B6'); ws['A6'] = ttl; ws['A6'].font = Font(bold=True); ws['A6'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[6].height = 32
    r = 8
    ws.cell(r, 1, 'Nội dung'); ws.cell(r, 2, 'Kết quả')
    for c in (1, 2):
        ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = Alignment(horizontal='center')
    for a, done, notdone in rows:
        r += 1
        ws.cell(r, 1, a); ws.cell(r, 2, 'Đã thực hiện: ' + done + '\nChưa thực hiện: ' + notdone)
        for c in (1, 2):
            ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical='top')
        ws.row_dimensions[r].height = 15 * (2 + len(done + notdone) // 70)
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc'); ws.cell(r, 2, '\n'.join('- ' + x for x in kk) if kk else 'Không')
    r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị'); ws.cell(r, 2, '\n'.join('- ' + x for x in dx) if dx else 'Không')
    for rr in (r - 1, r):
        for c in (1, 2):
            ws.cell(rr, c).border = BOX; ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(rr, 1).font = Font(bold=True)
        ws.row_dimensions[rr].height = 45
    ws.cell(r + 2, 2, 'THỦ TRƯỞNG ĐƠN VỊ').font = Font(bold=True)
    ws.cell(r + 6, 2, signer).font = Font(bold=True)
    ws.cell(r + 2, 2).alignment = Alignment(horizontal='center'); ws.cell(r + 6, 2).alignment = Alignment(horizontal='center')
    ws.page_setup.orientation = 'portrait'; ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fname))

# 11. Trung tâm Dịch vụ Phân tích thí nghiệm
R11 = [
 ('Đầu tư cơ sở vật chất, trang thiết bị phòng thử nghiệm, hiện đại hóa thiết bị đạt chuẩn',
  'mua sắm 05 thiết bị thử nghiệm (máy sắc ký khí khối phổ, tủ vi khí hậu…), giải ngân 4.360.000.000 đồng.',
  'gói thầu thiết bị đo lường điện đang chờ phê duyệt kết quả lựa chọn nhà thầu.'),
 ('Mở rộng dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng (kiểm định, hiệu chuẩn, thử nghiệm)',
  'kiểm định, hiệu chuẩn 18.742 phương tiện đo cho tổ chức, doanh nghiệp; thử nghiệm 2.315 mẫu; mở rộng thêm 12 phép thử được công nhận ISO/IEC 17025.',
  'không còn.'),
 ('Phối hợp duy trì, liên kết chuẩn đo lường đến chuẩn quốc gia',
  'hiệu chuẩn 09 chuẩn đo lường chính tại Viện Đo lường Việt Nam.',
  'không còn.'),
 ('Phối hợp khảo sát chất lượng sản phẩm, hàng hóa cùng Chi cục TĐC',
  'thử nghiệm 215 mẫu khảo sát do Chi cục gửi.',
  'còn đợt khảo sát mẫu mũ bảo hiểm Quý IV đang thử nghiệm.'),
]
KK11 = ['Thời gian mua sắm thiết bị kéo dài do thủ tục đấu thầu.']
DX11 = ['Đề nghị Sở ưu tiên bố trí vốn năm 2027 cho việc thay thế thiết bị thử nghiệm đã hết khấu hao.']
hand4('trung-tam-ptn-bc-ct38-2026.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM', '215/BC-TTPT',
 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', R11, KK11, DX11, 'Đinh Hữu Tài')
key('trung-tam-ptn-bc-ct38-2026.xlsx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '215/BC-TTPT', '2026-10-29', [
 ('II.4.a', 'in_progress', {'budget_spent_vnd': 4360000000}, R11[0][0]),
 ('II.2.g', 'completed', {'instruments_verified': 18742, 'samples_tested': 2315}, R11[1][0]),
 ('II.4.c', 'completed', {'instruments_verified': 9}, R11[2][0]),
 ('II.5.b', 'in_progress', {'samples_tested': 215}, R11[3][0]),
], KK11, DX11)

# 12. Sở Nông nghiệp và Môi trường
R12 = [
 ('Triển khai hệ thống truy xuất nguồn gốc nông sản (Đề án 100) trên địa bàn Thành phố',
  'hướng dẫn 64 cơ sở, hợp tác xã cấp mã truy xuất nguồn gốc cho sản phẩm rau, quả, thủy sản; kinh phí hỗ trợ 325.000.000 đồng.',
  'chưa kết nối được với Cổng truy xuất nguồn gốc quốc gia.'),
 ('Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, quy chuẩn địa phương thuộc lĩnh vực nông nghiệp, môi trường',
  '06 dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải.',
  'không.'),
 ('Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi)',
  '08 cuộc kiểm tra, 126 cơ sở; lấy 94 mẫu; 11 cơ sở vi phạm, xử phạt 213.000.000 đồng.',
  'không.'),
 ('Duy trì hệ thống quản lý chất lượng ISO tại Sở',
  'chưa.', 'toàn bộ — Sở đang sáp nhập hệ thống ISO của hai Sở cũ, chưa ban hành lại.'),
]
KK12 = ['Việc hợp nhất hai hệ thống ISO của Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường cũ chưa xong.']
DX12 = ['Đề nghị Chi cục TĐC hướng dẫn cách xây dựng lại hệ thống quản lý chất lượng sau hợp nhất.']
hand4('so-nnmt-kq-thuc-hien-ct38.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '6021/BC-SNNMT',
 'Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026', 'Kết quả tham gia thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', R12, KK12, DX12, 'Lê Thị Huỳnh Mai')
key('so-nnmt-kq-thuc-hien-ct38.xlsx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '6021/BC-SNNMT', '2026-11-12', [
 ('II.2.a', 'in_progress', {'enterprises_supported': 64, 'budget_spent_vnd': 325000000}, R12[0][0]),
 ('II.2.e', 'completed', {'standards_reviewed': 6}, R12[1][0]),
 ('II.5.a', 'completed', {'inspections': 8, 'establishments_inspected': 126, 'samples_tested': 94, 'violations': 11, 'fines_vnd': 213000000}, R12[2][0]),
 ('II.2.đ', 'not_started', {}, R12[3][0]),
], KK12, DX12)

# 13. Xã Tân Nhựt
R13 = [
 ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
  'phát thanh trên loa của xã, đăng 03 tin trên trang thông tin điện tử xã.', 'không.'),
 ('Phối hợp kiểm tra đo lường, chất lượng theo phân cấp (chợ, cửa hàng vật tư nông nghiệp, xăng dầu)',
  '03 cuộc, 17 cơ sở; 01 cơ sở vi phạm, phạt 2.500.000 đồng.', 'đợt kiểm tra tháng 12/2026 theo kế hoạch của xã.'),
 ('Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND xã',
  'xây dựng 08 quy trình, đang chờ ban hành.', 'chưa công bố hệ thống.'),
]
hand4('xa-tan-nhut-bc-ct38.xlsx', 'ỦY BAN NHÂN DÂN', 'XÃ TÂN NHỰT', '174/BC-UBND', 'Tân Nhựt, ngày 04 tháng 11 năm 2026',
 'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 trên địa bàn xã Tân Nhựt', R13,
 ['Xã mới thành lập sau sắp xếp, công chức phụ trách còn kiêm nhiệm.'], [], 'Nguyễn Văn Sáu', sheet='Sheet1')
key('xa-tan-nhut-bc-ct38.xlsx', '27595', 'Xã Tân Nhựt', '174/BC-UBND', '2026-11-04', [
 ('II.1.a', 'completed', {'communications': 3}, R13[0][0]),
 ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 17, 'violations': 1, 'fines_vnd': 2500000}, R13[1][0]),
 ('II.2.đ', 'in_progress', {}, R13[2][0]),
], ['Xã mới thành lập sau sắp xếp, công chức phụ trách còn kiêm nhiệm.'], [])

# 14. MISTAKEN: Sở An toàn thực phẩm — Tháng hành động vì ATTP
R14 = [
 ('Tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm năm 2026', 'tổ chức 01 lễ phát động, 650 đại biểu tham dự.', 'không.'),
 ('Thanh tra, kiểm tra an toàn thực phẩm trong Tháng hành động', '112 đoàn, 2.430 cơ sở; 187 cơ sở vi phạm, phạt 1.120.000.000 đồng.', 'không.'),
 ('Giám sát mối nguy ô nhiễm thực phẩm', 'lấy 1.540 mẫu xét nghiệm nhanh.', 'còn 120 mẫu gửi kiểm nghiệm chưa có kết quả.'),
]
hand4('so-attp-bc-thang-hanh-dong-attp-2026.xlsx', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM', '2210/BC-SATTP',
 'Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026', 'Kết quả triển khai Tháng hành động vì an toàn thực phẩm năm 2026', R14,
 ['Lực lượng thanh tra mỏng so với số cơ sở thực phẩm.'], ['Đề nghị bổ sung kinh phí xét nghiệm mẫu.'], 'Phạm Khánh Phong Lan')
key('so-attp-bc-thang-hanh-dong-attp-2026.xlsx', 'SO-ATTP', 'Sở An toàn thực phẩm', '2210/BC-SATTP', '2026-11-03', [], [], [],
 status='rejected', reason='Không phải báo cáo Kế hoạch CT38: báo cáo Tháng hành động vì an toàn thực phẩm năm 2026 gửi nhầm.')

# ======================= HAND 5: commune clerk's Excel, noun (number) chains in one cell =======================
# Chị Châu Ngọc Diễm, văn phòng UBND: sheet "CT38", columns "TT | Công việc | Khối lượng | Mức độ";
# "Khối lượng" holds "cuộc (04); cơ sở (26); phạt (3.500.000 đ)"; statuses "Hoàn tất / Dang dở /
# Chưa bắt đầu / Không có việc"; header lines typed in column A; second sheet "VuongMac" for KK/ĐX.
def hand5(fname, left2, number, place_date, rows, kk, dx):
    wb = Workbook(); ws = wb.active; ws.title = 'CT38'
    for col, w in zip('ABCD', (6, 58, 44, 16)): ws.column_dimensions[col].width = w
    ws['A1'] = 'UBND ' + left2; ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + number
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['C3'] = place_date; ws['C3'].font = Font(italic=True)
    ws['A5'] = 'BẢNG KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font = Font(bold=True)
    ws['A6'] = '(Mức độ ghi: Hoàn tất / Dang dở / Chưa bắt đầu / Không có việc)'; ws['A6'].font = Font(italic=True)
    hdr = ['TT', 'Công việc', 'Khối lượng', 'Mức độ']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center')
    for n, (job, vol, st) in enumerate(rows, 1):
        r = 8 + n
        for i, v in enumerate([n, job, vol, st], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
    ws2 = wb.create_sheet('VuongMac')
    ws2.column_dimensions['A'].width = 16; ws2.column_dimensions['B'].width = 90
    ws2['A1'] = 'Loại'; ws2['B1'] = 'Nội dung'
    r = 2
    for x in kk: ws2.cell(r, 1, 'Vướng mắc'); ws2.cell(r, 2, x); r += 1
    for x in dx: ws2.cell(r, 1, 'Đề xuất'); ws2.cell(r, 2, x); r += 1
    wb.save(os.path.join(OUT, fname))

# 15. Xã Nhà Bè
R15 = [
 ('Tuyên truyền Chỉ thị 38, quy định về cân, đong, đo trong mua bán', 'tin bài (04)', 'Hoàn tất'),
 ('Phối hợp kiểm tra đo lường tại chợ, cây xăng theo phân cấp', 'cuộc (04); cơ sở (26); vi phạm (02); phạt (3.500.000 đ)', 'Dang dở'),
 ('Kiểm định cân đối chứng đặt tại chợ Phú Xuân', 'cân đối chứng (02)', 'Hoàn tất'),
 ('Tham gia tập huấn của Chi cục TĐC', 'người dự (02)', 'Hoàn tất'),
 ('Nhận, xử lý tin báo vi phạm về đo lường, chất lượng', '', 'Không có việc'),
]
KK15 = ['Xã chưa có kinh phí riêng cho hoạt động kiểm tra đo lường.']
DX15 = ['Xin Chi cục TĐC tiếp tục cử cán bộ hỗ trợ xã trong các đợt kiểm tra cao điểm.']
hand5('xa-nha-be-ct38-nam2026.xlsx', 'XÃ NHÀ BÈ', '309/BC-UBND', 'Nhà Bè, ngày 06 tháng 11 năm 2026', R15, KK15, DX15)
key('xa-nha-be-ct38-nam2026.xlsx', '27655', 'Xã Nhà Bè', '309/BC-UBND', '2026-11-06', [
 ('II.1.a', 'completed', {'communications': 4}, R15[0][0]),
 ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 26, 'violations': 2, 'fines_vnd': 3500000}, R15[1][0]),
 ('II.4.b', 'completed', {'instruments_verified': 2}, R15[2][0]),
 ('II.3.a', 'completed', {'participants': 2}, R15[3][0]),
 ('II.5.d', 'not_applicable', {}, R15[4][0]),
], KK15, DX15)

# 16. Phường Phú Thọ Hòa
R16 = [
 ('Đăng tin trên trang thông tin phường về đo lường, chất lượng hàng hóa', 'tin bài (06)', 'Hoàn tất'),
 ('Phối hợp Chi cục TĐC kiểm tra nhãn hàng hóa, đo lường tại cửa hàng tạp hóa, xăng dầu', 'cuộc (03); cơ sở (19); vi phạm (01); phạt (1.500.000 đ)', 'Hoàn tất'),
 ('Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng sản phẩm', 'hộ, cơ sở (09)', 'Dang dở'),
 ('Rà soát, cập nhật quy trình ISO 9001:2015 tại UBND phường', 'quy trình (27)', 'Dang dở'),
]
KK16 = ['Hộ kinh doanh nhỏ chưa hiểu quy định ghi nhãn hàng hóa.']
DX16 = ['Đề nghị Sở KH&CN phát hành cẩm nang ghi nhãn hàng hóa bằng hình ảnh cho hộ kinh doanh.']
hand5('ptho-hoa-kh38.xlsx', 'PHƯỜNG PHÚ THỌ HÒA', '221/BC-UBND', 'Phú Thọ Hòa, ngày 09 tháng 11 năm 2026', R16, KK16, DX16)
key('ptho-hoa-kh38.xlsx', '27022', 'Phường Phú Thọ Hòa', '221/BC-UBND', '2026-11-09', [
 ('II.1.a', 'completed', {'communications': 6}, R16[0][0]),
 ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 19, 'violations': 1, 'fines_vnd': 1500000}, R16[1][0]),
 ('II.2.d', 'in_progress', {'enterprises_supported': 9}, R16[2][0]),
 ('II.2.đ', 'in_progress', {}, R16[3][0]),
], KK16, DX16)

# 17. Phường Hòa Lợi
R17 = [
 ('Phối hợp kiểm tra đo lường, chất lượng tại các chợ, cửa hàng xăng dầu trong khu công nghiệp', 'cuộc (06); cơ sở (42); vi phạm (05); phạt (18.250.000 đ)', 'Dang dở'),
 ('Vận động doanh nghiệp trong khu công nghiệp tham gia Giải thưởng Chất lượng Quốc gia', 'doanh nghiệp (03)', 'Hoàn tất'),
 ('Hướng dẫn doanh nghiệp nhỏ áp dụng công cụ năng suất, ISO', 'doanh nghiệp (07)', 'Dang dở'),
 ('Cử công chức dự tập huấn của Chi cục TĐC', 'lượt người (03)', 'Hoàn tất'),
 ('Áp dụng ISO điện tử tại UBND phường', '', 'Chưa bắt đầu'),
]
KK17 = ['Nhiều doanh nghiệp trong khu công nghiệp thuộc quản lý của Ban quản lý, phường khó nắm số liệu.']
DX17 = ['Đề nghị Sở KH&CN hướng dẫn phân định trách nhiệm kiểm tra giữa phường và Ban quản lý các khu công nghiệp.']
hand5('hoaloi-bc-ct38-thang11.xlsx', 'PHƯỜNG HÒA LỢI', '638/BC-UBND', 'Hòa Lợi, ngày 11 tháng 11 năm 2026', R17, KK17, DX17)
key('hoaloi-bc-ct38-thang11.xlsx', '25849', 'Phường Hòa Lợi', '638/BC-UBND', '2026-11-11', [
 ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 42, 'violations': 5, 'fines_vnd': 18250000}, R17[0][0]),
 ('II.1.b', 'completed', {'enterprises_supported': 3}, R17[1][0]),
 ('II.2.d', 'in_progress', {'enterprises_supported': 7}, R17[2][0]),
 ('II.3.a', 'completed', {'participants': 3}, R17[3][0]),
 ('II.2.đ', 'not_started', {}, R17[4][0]),
], KK17, DX17)

# re-save one XLSX through LibreOffice as well
lo_resave('xa-tan-nhut-bc-ct38.xlsx')

# ---------------- write keys ----------------
for fname, k in KEYS:
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(KEYS), 'files')
