# -*- coding: utf-8 -*-
"""Generator for set243: 16 reports in 4 hands + answer keys."""
import hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

AG = {
    'SKHCN-CCTDC': 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    'SKHCN-VP': 'Văn phòng Sở Khoa học và Công nghệ',
    'SKHCN-KTPC': 'Phòng Kiểm tra – Pháp chế',
    'SKHCN-CDS': 'Phòng Chuyển đổi số',
    'SKHCN-QLKH': 'Phòng Quản lý Khoa học',
    'SKHCN-TTPTTN': 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
    'SKHCN-TTCNTT': 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
    'SO-CT': 'Sở Công Thương',
    'SO-NNMT': 'Sở Nông nghiệp và Môi trường',
    'SO-ATTP': 'Sở An toàn thực phẩm',
}


def E(task, status, text, **ind):
    return {'task': task, 'status': status, 'indicators': ind, 'text': text}


def write_key(fname, unit, number, date, entries, diffs, props, rejected=None):
    p = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
    key = {
        'file': fname, 'sha256': sha,
        'status': 'rejected' if rejected else 'extracted',
        'reason': rejected,
        'unit': {'id': unit, 'name': AG[unit]},
        'document': {'number': number, 'date': date},
        'entries': [] if rejected else entries,
        'findings': [],
        'difficulties': [] if rejected else diffs,
        'proposals': [] if rejected else props,
    }
    json.dump(key, open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, under=False):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.first_line_indent = None
    elif align == 'j' or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = under
        if size: r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = para(d, indent=indent)
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    return p


def header(d, left, so, place_date, right_top=('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc')):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    c0, c1 = t.rows[0].cells
    c0.width = Cm(6.5); c1.width = Cm(9.5)
    c0.paragraphs[0].text = ''
    for i, (line, b) in enumerate(left):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.bold = b; r.font.size = Pt(12)
    p = c0.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(so); r.font.size = Pt(12)
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(right_top[0]); r.bold = True; r.font.size = Pt(12)
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(right_top[1]); r.bold = True; r.font.size = Pt(13)
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(place_date); r.italic = True; r.font.size = Pt(13)
    d.add_paragraph()


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    for i, (line, f) in enumerate(left_lines):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(line); r.bold = 'b' in f; r.italic = 'i' in f; r.font.size = Pt(11)
    for i, line in enumerate(right_lines):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.bold = True


# ================================================================ HAND H1
# Ông Hải-style division head: results listed per inspection team leader ("Đoàn … – TĐ: đ/c …"),
# trade abbreviations never defined (KT, XPVPHC, PTĐ, cs, VP, CHXD, HC/HQ, TCCS, HTQL),
# figures with date ranges ("đợt 1 (tháng 3–4): 12 cs"), a "KQ chung:" line closing each
# block with plain words "Đã làm xong / Đang làm / Chưa làm / Không có việc".

def h1_file1():
    fn = '243-01-cctdc-phong-do-luong.docx'
    d = new_doc()
    header(d, [('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', False), ('PHÒNG QUẢN LÝ ĐO LƯỜNG', True)],
           'Số: 41/BC-QLĐL', 'TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện KH CT38 năm 2026 – phần việc của Phòng QLĐL', bold=True, align='c')
    para(d, '(từ 01/01/2026 đến 25/10/2026)', italic=True, align='c')
    para(d, 'Kính gửi: Lãnh đạo Chi cục.', align='c')
    para(d, 'Phòng QLĐL báo cáo kết quả thực hiện các nội dung được phân công tại KH triển khai CT38 năm 2026 như sau:')
    para(d, 'I. KT VỀ ĐO LƯỜNG (theo từng đoàn)', bold=True, indent=False)
    para(d, '1. Đoàn KT PTĐ trong KD xăng dầu – TĐ: đ/c Nguyễn Văn Hải', bold=True, indent=False)
    para(d, '- đợt 1 (tháng 3–4): 12 cs (CHXD), KT 58 cột đo;')
    para(d, '- đợt 2 (tháng 8–9): 9 cs;')
    para(d, '- phát hiện 02 cs VP (sai số cột đo vượt MPE, niêm phong không còn nguyên vẹn), đã lập BB, chuyển hồ sơ XPVPHC, tiền phạt 37,5 tr.')
    para(d, '2. Đoàn KT PTĐ nhóm 2 (cân) tại chợ, TTTM – TĐ: đ/c Lê Thị Mai', bold=True, indent=False)
    para(d, '- đợt 1 (tháng 5): 7 cs (3 chợ, 4 siêu thị);')
    para(d, '- đợt 2 (tháng 9–10): 8 cs; 01 cs VP (cân chưa KĐ), phạt 7,5 tr.')
    para(d, '3. Đoàn KT PTĐ trong y tế (huyết áp kế, nhiệt kế) – TĐ: đ/c Phạm Quốc Toàn', bold=True, indent=False)
    para(d, '- đợt 1 (tháng 6–7): 6 cs (bệnh viện, phòng khám); không phát hiện VP.')
    runs(d, [('Cộng mục I: ', 'b'), ('05 cuộc KT (mỗi đợt 01 cuộc), 42 cs, 03 cs VP, tổng tiền phạt 45.000.000 đ.', '')])
    runs(d, [('KQ chung: ', 'b'), ('Đang làm – còn đợt KT cân tại chợ dịp Tết (tháng 12).', 'i')])

    para(d, 'II. CÁC VIỆC KHÁC', bold=True, indent=False)
    para(d, '1. PTKTNV', bold=True, indent=False)
    para(d, '- Đã gửi KĐ/HC 14 PTKTNV (bình chuẩn, quả cân chuẩn, áp kế chuẩn) tại TT PTTN, đợt tháng 6–7; kinh phí 62,4 tr.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, '2. Chuẩn ĐL chính của Chi cục', bold=True, indent=False)
    para(d, '- Duy trì 06 chuẩn (khối lượng, dung tích, áp suất); đã HC, liên kết lên chuẩn QG 06/06 chuẩn (tháng 4–5).')
    runs(d, [('KQ chung: ', 'b'), ('Đang làm (việc thường xuyên).', 'i')])
    para(d, '3. Phối hợp UBND phường, xã', bold=True, indent=False)
    para(d, '- Cùng UBND 04 phường (Bến Thành, Sài Gòn, Chợ Lớn, Bình Tây) KT cân tại chợ: 04 cuộc, 31 cs (hộ KD), không có VP; thời gian tháng 7–8.')
    runs(d, [('KQ chung: ', 'b'), ('Đang làm.', 'i')])
    para(d, '4. Tập huấn ĐL cho DN xăng dầu', bold=True, indent=False)
    para(d, '- Phối hợp Phòng HC-TH tổ chức 02 lớp (tháng 4 và tháng 9), 186 lượt người dự.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, '5. Đề án 996', bold=True, indent=False)
    para(d, '- HD 11 DN xây dựng, áp dụng HTQL ĐL theo TCVN ISO 10012 (tháng 3–10).')
    runs(d, [('KQ chung: ', 'b'), ('Đang làm.', 'i')])

    para(d, 'III. KK, ĐỀ XUẤT', bold=True, indent=False)
    k1 = 'Thiếu PTKTNV đo kiểm nhanh cột đo xăng dầu có gắn thiết bị điện tử; 02 PTKTNV hết hạn KĐ chưa kịp thay.'
    k2 = 'Lịch KT trùng với đợt cao điểm cấp phép nên nhân sự đoàn không đủ.'
    p1 = 'Đề nghị LĐ Chi cục trình Sở bổ sung kinh phí mua 01 bộ bình chuẩn 20 L và thiết bị đọc dữ liệu CPU cột đo.'
    para(d, '- KK: ' + k1)
    para(d, '- KK: ' + k2)
    para(d, '- ĐX: ' + p1)
    signature(d, [('Nơi nhận:', 'bi'), ('- LĐ Chi cục;', ''), ('- Phòng HC-TH (t/h);', ''), ('- Lưu: QLĐL.', '')],
              ['TRƯỞNG PHÒNG', '', '', '', 'Nguyễn Văn Hải'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-CCTDC', '41/BC-QLĐL', '2026-10-26', [
        E('II.5.a', 'in_progress', 'KT đo lường: 05 cuộc, 42 cs, 03 cs VP, phạt 45.000.000 đ',
          inspections=5, establishments_inspected=42, violations=3, fines_vnd=45000000),
        E('II.4.b', 'completed', 'Gửi KĐ/HC 14 PTKTNV, kinh phí 62,4 tr', instruments_verified=14, budget_spent_vnd=62400000),
        E('II.4.c', 'in_progress', 'Duy trì 06 chuẩn, HC liên kết 06/06', instruments_verified=6),
        E('II.5.c', 'in_progress', 'Cùng UBND 04 phường KT cân tại chợ: 04 cuộc, 31 cs', inspections=4, establishments_inspected=31),
        E('II.1.a', 'completed', 'Tập huấn ĐL cho DN xăng dầu 02 lớp, 186 lượt', training_courses=2, participants=186),
        E('II.2.a', 'in_progress', 'Đề án 996: HD 11 DN', enterprises_supported=11),
    ], [k1, k2], [p1])


def h1_file2():
    fn = '243-02-cctdc-phong-chat-luong.docx'
    d = new_doc()
    header(d, [('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', False), ('PHÒNG QUẢN LÝ CHẤT LƯỢNG', True)],
           'Số: 38/BC-QLCL', 'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'KQ thực hiện KH CT38/2026 (phần Phòng QLCL)', bold=True, align='c')
    para(d, 'Kính gửi: Lãnh đạo Chi cục.', align='c')
    para(d, 'I. KT CL SP, HH (theo đoàn)', bold=True, indent=False)
    para(d, 'Đoàn 1 – TĐ: đ/c Trương Minh Khoa', bold=True, indent=False)
    para(d, 'KT CL, nhãn HH mũ BH, đồ chơi TE lưu thông:')
    para(d, '+ đợt 1 (tháng 3–5): 14 cs;')
    para(d, '+ đợt 2 (tháng 8–9): 10 cs;')
    para(d, '+ VP 03 cs (nhãn HH, không có dấu HQ), phạt 22,5 tr.')
    para(d, 'Đoàn 2 – TĐ: đ/c Võ Thị Hạnh', bold=True, indent=False)
    para(d, 'KT CL xăng dầu, LPG:')
    para(d, '+ đợt 1 (tháng 4): 8 cs;')
    para(d, '+ đợt 2 (tháng 7–8): 11 cs; lấy 19 mẫu xăng, dầu gửi thử nghiệm, tất cả đạt;')
    para(d, '+ VP 01 cs (không công bố HQ bình LPG), phạt 15 tr.')
    runs(d, [('Cộng: ', 'b'), ('04 cuộc, 43 cs, 04 cs VP, phạt 37.500.000 đ; 19 mẫu.', '')])
    runs(d, [('KQ chung: ', 'b'), ('Đang làm (còn đợt KT hàng Tết tháng 11–12).', 'i')])
    para(d, 'II. KS CL HH', bold=True, indent=False)
    para(d, 'KS 45 mẫu (đồ chơi TE, dây cáp điện) tại 3 chợ đầu mối, đợt tháng 5–7; 06 mẫu không phù hợp TCCB, đã TB Phòng KT-PC và QLTT.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, 'III. HỖ TRỢ DN', bold=True, indent=False)
    para(d, 'HD, tư vấn 36 DN (27 DN công bố HC/HQ; 09 DN áp dụng HTQL, xây dựng TCCS).')
    runs(d, [('KQ chung: ', 'b'), ('Đang làm (thường xuyên).', 'i')])
    para(d, 'IV. TC, QCKT', bold=True, indent=False)
    para(d, 'Góp ý 17 dự thảo (14 TCVN, 03 QCVN) theo đề nghị của Bộ, Ủy ban TĐC QG.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, 'Sửa đổi Luật, VBQPPL: trong kỳ chưa có yêu cầu góp ý.')
    runs(d, [('KQ chung: ', 'b'), ('Không có việc.', 'i')])
    para(d, 'V. TBT', bold=True, indent=False)
    para(d, 'Gửi 24 tin cảnh báo TBT đến DN qua email, cập nhật cam kết FTA liên quan TĐC.')
    runs(d, [('KQ chung: ', 'b'), ('Đang làm.', 'i')])
    para(d, 'VI. KK – KN', bold=True, indent=False)
    k1 = 'Lực lượng KT mỏng, mỗi đoàn chỉ 3–4 người, trùng lịch đoàn liên ngành.'
    k2 = 'Kinh phí lấy mẫu thử nghiệm chỉ đủ khoảng 60 mẫu/năm.'
    p1 = 'Kiến nghị tăng chỉ tiêu mẫu thử nghiệm năm 2027 lên 80 mẫu.'
    for t in ('- ' + k1, '- ' + k2, '- ' + p1):
        para(d, t)
    signature(d, [('Nơi nhận:', 'bi'), ('- LĐ Chi cục;', ''), ('- Lưu: QLCL.', '')],
              ['TRƯỞNG PHÒNG', '', '', '', 'Trương Minh Khoa'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-CCTDC', '38/BC-QLCL', '2026-10-27', [
        E('II.5.a', 'in_progress', 'KT CL SP, HH: 04 cuộc, 43 cs, 04 cs VP, phạt 37.500.000 đ; 19 mẫu',
          inspections=4, establishments_inspected=43, violations=4, fines_vnd=37500000, samples_tested=19),
        E('II.5.b', 'completed', 'KS 45 mẫu', samples_tested=45),
        E('II.2.d', 'in_progress', 'HD, tư vấn 36 DN', enterprises_supported=36),
        E('II.2.e', 'completed', 'Góp ý 17 dự thảo (14 TCVN, 03 QCVN)', standards_reviewed=17),
        E('II.2.c', 'not_applicable', 'Sửa đổi Luật, VBQPPL: chưa có yêu cầu'),
        E('II.6.a', 'in_progress', 'Gửi 24 tin cảnh báo TBT', communications=24),
    ], [k1, k2], [p1])


def h1_file3():
    fn = '243-03-so-cong-thuong-phoi-hop.docx'
    d = new_doc()
    header(d, [('UBND THÀNH PHỐ HỒ CHÍ MINH', False), ('SỞ CÔNG THƯƠNG', True)],
           'Số: 6215/SCT-QLTM', 'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026')
    para(d, 'V/v báo cáo kết quả phối hợp thực hiện KH CT38 năm 2026', italic=True, indent=False)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (Chi cục TĐC).', align='c')
    para(d, 'Sở Công Thương báo cáo phần việc phối hợp như sau:')
    para(d, '1. KT ĐL, CL xăng dầu, LPG (phối hợp Chi cục TĐC)', bold=True, indent=False)
    para(d, 'a) Đoàn LN – TĐ: đ/c Đặng Hữu Phước (Phòng QLTM):', indent=False)
    para(d, '- đợt 1 (tháng 4–5): 16 CHXD;')
    para(d, '- đợt 2 (tháng 9): 10 CHXD; 02 CHXD VP về ĐL.')
    para(d, 'b) Đoàn KT an toàn KD LPG kết hợp ĐL bình gas – TĐ: đ/c Lưu Thị Ngọc (Phòng KTAT-MT):', indent=False)
    para(d, '- tháng 6–7: 09 cs, không VP.')
    para(d, 'Tổng: 03 cuộc; 35 cs; 02 cs VP. Tiền phạt do Chi cục TĐC ra QĐ XPVPHC nên Sở không tổng hợp.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong phần việc năm 2026.', 'i')])
    para(d, '2. Cập nhật kiến thức TĐC cho CC', bold=True, indent=False)
    para(d, 'Cử 06 CC dự lớp cập nhật kiến thức chuyên môn TĐC cho công chức các sở, ngành do Chi cục TĐC tổ chức ngày 14/5.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, '3. Tiếp nhận, chuyển phản ánh', bold=True, indent=False)
    para(d, 'Chuyển 01 phản ánh của người dân về gian lận ĐL tại CHXD trên đường Nguyễn Văn Linh sang Chi cục TĐC xử lý theo thẩm quyền.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, '4. KK, KN', bold=True, indent=False)
    k1 = 'Một số CHXD thay đổi chủ sở hữu, danh sách quản lý chưa cập nhật kịp.'
    p1 = 'Đề nghị Chi cục TĐC gửi lịch KT năm 2027 sớm để Sở bố trí cán bộ tham gia đoàn.'
    para(d, '- ' + k1)
    para(d, '- ' + p1)
    signature(d, [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- GĐ Sở (để b/c);', ''), ('- Lưu: VT, QLTM.', '')],
              ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Bùi Tấn Lực'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SO-CT', '6215/SCT-QLTM', '2026-11-05', [
        E('II.5.a', 'completed', 'Phối hợp KT xăng dầu, LPG: 03 cuộc; 35 cs; 02 cs VP',
          inspections=3, establishments_inspected=35, violations=2),
        E('II.3.a', 'completed', 'Cử 06 CC dự lớp cập nhật kiến thức chuyên môn TĐC', participants=6),
        E('II.5.d', 'completed', 'Chuyển 01 phản ánh gian lận ĐL sang Chi cục TĐC'),
    ], [k1], [p1])


def h1_file4():
    fn = '243-04-phong-ktpc.docx'
    d = new_doc()
    header(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('PHÒNG KIỂM TRA – PHÁP CHẾ', True)],
           'Số: 17/BC-KTPC', 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả phối hợp thực hiện KH CT38 năm 2026', bold=True, align='c')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.', align='c')
    para(d, '1. KT đột xuất theo phản ánh (Phòng chủ trì)', bold=True, indent=False)
    para(d, 'Tổ KT 1 – TĐ: đ/c Hồ Thanh Tâm: đợt tháng 3–4, 03 cs KD mũ BH; 01 cs VP.', indent=False)
    para(d, 'Tổ KT 2 – TĐ: đ/c Mai Văn Dũng: đợt tháng 8, 02 cs KD xăng dầu; 01 cs VP.', indent=False)
    para(d, 'Cộng: 02 cuộc, 05 cs, 02 cs VP; đã ban hành 02 QĐ XPVPHC, tổng 27,5 triệu đồng. Ngoài ra Phòng cử 07 lượt CC tham gia đoàn KT của Chi cục (số liệu đã nằm trong báo cáo của Chi cục).')
    runs(d, [('KQ chung: ', 'b'), ('Đang làm.', 'i')])
    para(d, '2. Góp ý VBQPPL', bold=True, indent=False)
    para(d, 'Góp ý 02 dự thảo Nghị định sửa đổi NĐ 119/2017/NĐ-CP về XPVPHC lĩnh vực TĐC (tháng 5 và tháng 9).')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, '3. PTKTNV', bold=True, indent=False)
    para(d, 'Phối hợp Chi cục rà soát danh mục PTKTNV theo NĐ 135/2021/NĐ-CP.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, '4. HD nghiệp vụ cho phường, xã', bold=True, indent=False)
    para(d, 'Phối hợp Chi cục HD UBND phường, xã thực hiện nội dung được phân quyền: tổ chức 01 buổi trao đổi trực tuyến về thẩm quyền XPVPHC lĩnh vực TĐC của Chủ tịch UBND cấp xã, 86 người dự (tháng 9–10).')
    runs(d, [('KQ chung: ', 'b'), ('Đang làm.', 'i')])
    para(d, '5. Tố giác, khen thưởng', bold=True, indent=False)
    para(d, 'Tiếp nhận 09 đơn phản ánh, đã giải quyết xong 09 đơn; chưa phát sinh trường hợp đề nghị khen thưởng người tố giác.')
    runs(d, [('KQ chung: ', 'b'), ('Đã làm xong.', 'i')])
    para(d, '6. KK, ĐX', bold=True, indent=False)
    k1 = 'Quy định chuyển tiếp về thẩm quyền XPVPHC sau sắp xếp đơn vị hành chính chưa rõ, cán bộ phường lúng túng.'
    p1 = 'Đề xuất Sở ban hành văn bản HD thống nhất thẩm quyền XPVPHC lĩnh vực TĐC cho UBND cấp xã.'
    para(d, '- ' + k1)
    para(d, '- ' + p1)
    signature(d, [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- Lưu: KTPC.', '')],
              ['TRƯỞNG PHÒNG', '', '', '', 'Hồ Thanh Tâm'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-KTPC', '17/BC-KTPC', '2026-10-29', [
        E('II.5.a', 'in_progress', 'KT đột xuất: 02 cuộc, 05 cs, 02 cs VP, 27,5 triệu đồng',
          inspections=2, establishments_inspected=5, violations=2, fines_vnd=27500000),
        E('II.2.c', 'completed', 'Góp ý 02 dự thảo Nghị định sửa đổi NĐ 119/2017'),
        E('II.4.b', 'completed', 'Rà soát danh mục PTKTNV'),
        E('II.5.c', 'in_progress', '01 buổi trao đổi trực tuyến, 86 người dự', training_courses=1, participants=86),
        E('II.5.d', 'completed', 'Tiếp nhận 09 đơn, giải quyết xong 09'),
    ], [k1], [p1])


# ================================================================ HAND H2
# Chị Lan, chuyên viên tổng hợp: one sheet "LV x Quy" – a cross table of fields (Lĩnh vực)
# against quarters (Q.I, Q.II, Q.III, T10, Cộng), each plan task a bold-italic group row
# "► NV: …" under its field with the status in the "Tiến độ" column on that row, indicator
# rows under it; fines in "tr.đ"; difficulties and proposals typed at the bottom.
thin = Side(style='thin')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2_book(title_lines, unit_lines, so, date_line, groups, kk, kn, sheet='LV x Quy', tail=None):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = unit_lines[0]; ws['A2'] = unit_lines[1]; ws['A2'].font = Font(bold=True)
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F1'].font = Font(bold=True)
    ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = so; ws['F3'] = date_line; ws['F3'].font = Font(italic=True)
    r = 5
    for t in title_lines:
        ws.cell(r, 1, t).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).alignment = Alignment(horizontal='center')
        r += 1
    r += 1
    h1 = r
    heads = ['STT', 'Lĩnh vực / nội dung', 'ĐVT', 'Kết quả theo quý', None, None, None, 'Cộng', 'Tiến độ', 'Ghi chú']
    for c, h in enumerate(heads, 1):
        if h: ws.cell(h1, c, h)
    for c, h in zip(range(4, 8), ['Quý I', 'Quý II', 'Quý III', 'T10/2026']):
        ws.cell(h1 + 1, c, h)
    for c in (1, 2, 3, 8, 9, 10):
        ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=7)
    for rr in (h1, h1 + 1):
        for c in range(1, 11):
            ws.cell(rr, c).font = Font(bold=True); ws.cell(rr, c).border = BORDER
            ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            ws.cell(rr, c).fill = PatternFill('solid', fgColor='D9E1F2')
    r = h1 + 2
    for gl, gname, tasks in groups:
        ws.cell(r, 1, gl); ws.cell(r, 2, gname)
        for c in range(1, 11):
            ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).fill = PatternFill('solid', fgColor='FFF2CC'); ws.cell(r, c).border = BORDER
        r += 1
        for tname, tstat, tnote, rows in tasks:
            ws.cell(r, 2, '► NV: ' + tname).font = Font(bold=True, italic=True)
            ws.cell(r, 9, tstat); ws.cell(r, 10, tnote)
            for c in range(1, 11): ws.cell(r, c).border = BORDER
            r += 1
            for lab, unit, vals, fmt in rows:
                ws.cell(r, 2, '- ' + lab); ws.cell(r, 3, unit)
                tot = 0; anynum = False
                for c, v in zip(range(4, 8), vals):
                    if v is None:
                        ws.cell(r, c, '-')
                    else:
                        ws.cell(r, c, v); tot += v; anynum = True
                        if fmt: ws.cell(r, c).number_format = fmt
                if anynum:
                    ws.cell(r, 8, round(tot, 3)); ws.cell(r, 8).font = Font(bold=True)
                    if fmt: ws.cell(r, 8).number_format = fmt
                for c in range(1, 11):
                    ws.cell(r, c).border = BORDER
                    if c >= 3 and c <= 8: ws.cell(r, c).alignment = Alignment(horizontal='center')
                r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for i, t in enumerate(kk, 1):
        ws.cell(r, 2, f'{i}. {t}'); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for i, t in enumerate(kn, 1):
        ws.cell(r, 2, f'{i}. {t}'); r += 1
    r += 1
    if tail:
        for line in tail:
            ws.cell(r, 8, line).font = Font(bold=True); r += 1
    widths = [6, 58, 10, 9, 9, 9, 10, 10, 16, 34]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(h1 + 2, 3)
    ws.page_setup.orientation = 'landscape'
    return wb


def h2_file5():
    fn = '243-05-cctdc-tong-hop-lv-quy.xlsx'
    TR = '0.0'
    groups = [
        ('A', 'ĐO LƯỜNG – CHẤT LƯỢNG (kiểm tra, khảo sát)', [
            ('Kiểm tra TĐC hàng hóa sản xuất, NK, lưu thông', 'Đang làm', 'Còn đợt KT hàng Tết', [
                ('Số cuộc KT', 'cuộc', [2, 3, 3, 1], None),
                ('Số cơ sở được KT', 'cơ sở', [19, 30, 28, 8], None),
                ('Số cơ sở VP', 'cơ sở', [1, 2, 3, 1], None),
                ('Tiền phạt VPHC', 'tr.đ', [7.5, 30, 37.5, 7.5], TR),
                ('Mẫu lấy thử nghiệm', 'mẫu', [None, 8, 11, None], None)]),
            ('Khảo sát CL SP, HH', 'Xong', '06 mẫu không phù hợp', [
                ('Mẫu khảo sát', 'mẫu', [None, 20, 25, None], None)]),
        ]),
        ('B', 'TUYÊN TRUYỀN – ĐÀO TẠO', [
            ('Tập huấn VBQPPL TĐC cho DN, tọa đàm DN NK', 'Xong', '', [
                ('Lớp tập huấn, tọa đàm', 'lớp', [1, 2, 2, None], None),
                ('Lượt người tham dự', 'lượt', [85, 210, 156, None], None)]),
            ('Cập nhật kiến thức cho CC sở ngành, phường xã', 'Đang làm', 'Lớp T11 cho đặc khu Côn Đảo', [
                ('Lớp', 'lớp', [None, 1, 2, 1], None),
                ('Lượt người tham dự', 'lượt', [None, 120, 260, 75], None)]),
            ('Đào tạo cho SV, GV các trường', 'Đang làm', 'ĐH Công nghiệp', [
                ('Lớp', 'lớp', [None, None, 2, None], None),
                ('Lượt SV tham dự', 'lượt', [None, None, 236, None], None)]),
        ]),
        ('C', 'GIẢI THƯỞNG CLQG', [
            ('Vận động DN tham dự GTCLQG', 'Xong', '', [
                ('DN được hướng dẫn hồ sơ', 'DN', [14, 9, None, None], None),
                ('Tin, bài tuyên truyền', 'tin/bài', [3, 2, None, None], None)]),
            ('Tổ chức xét GTCLQG năm 2026', 'Đang làm', 'Hội đồng sơ tuyển đang đánh giá', [
                ('Hồ sơ nhận', 'hồ sơ', [None, 8, None, None], None)]),
        ]),
        ('D', 'HTQL – TTHC – DỮ LIỆU', [
            ('ISO 9001 trong cơ quan HCNN', 'Đang làm', 'Hạn T11/2026', [
                ('Cơ quan, tổ chức được HD', 'đơn vị', [5, 8, 6, 3], None)]),
            ('Hoàn thiện HT TTHC, kết nối một cửa QG', 'Xong', 'Kết nối từ T3/2026', []),
            ('Kết nối CSDL quốc gia TĐC', 'Đang làm', 'Chờ Bộ cấp tài khoản đồng bộ', []),
        ]),
    ]
    kk = ['Số liệu từ các phường, xã gửi chậm, nhiều đơn vị chưa tách riêng số liệu TĐC.',
          'Dữ liệu cơ sở KD xăng dầu, LPG giữa các cơ quan chưa thống nhất.']
    kn = ['Đề nghị Sở có văn bản đôn đốc UBND các phường, xã gửi báo cáo đúng hạn.']
    wb = h2_book(['BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
                  'THEO LĨNH VỰC VÀ QUÝ (số liệu đến 25/10/2026)'],
                 ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'],
                 'Số: 512/BC-TĐC', 'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026', groups, kk, kn,
                 tail=['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', '', 'Trần Thị Lan Anh'])
    wb.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-CCTDC', '512/BC-TĐC', '2026-10-30', [
        E('II.5.a', 'in_progress', 'Kiểm tra TĐC hàng hóa: 9 cuộc, 85 cơ sở, 7 VP, 82,5 tr.đ, 19 mẫu',
          inspections=9, establishments_inspected=85, violations=7, fines_vnd=82500000, samples_tested=19),
        E('II.5.b', 'completed', 'Khảo sát 45 mẫu', samples_tested=45),
        E('II.1.a', 'completed', 'Tập huấn VBQPPL TĐC cho DN: 5 lớp, 451 lượt', training_courses=5, participants=451),
        E('II.3.a', 'in_progress', 'Cập nhật kiến thức CC: 4 lớp, 455 lượt', training_courses=4, participants=455),
        E('II.3.d', 'in_progress', 'Đào tạo SV: 2 lớp, 236 lượt', training_courses=2, participants=236),
        E('II.1.b', 'completed', 'Vận động GTCLQG: 23 DN, 5 tin bài', enterprises_supported=23, communications=5),
        E('II.2.b', 'in_progress', 'Xét GTCLQG 2026: 8 hồ sơ'),
        E('II.2.đ', 'in_progress', 'ISO 9001 HCNN: 22 đơn vị được HD', enterprises_supported=22),
        E('II.2.h', 'completed', 'Kết nối một cửa QG từ T3/2026'),
        E('II.2.i', 'in_progress', 'Kết nối CSDL quốc gia TĐC'),
    ], kk, kn)


def h2_file6():
    fn = '243-06-cctdc-nang-suat-tieu-chuan.xlsx'
    TR = '0.0'
    groups = [
        ('I', 'NĂNG SUẤT', [
            ('Chương trình 1322, KH 36 – hỗ trợ DN nâng cao NSCL', 'Đang làm', 'Đợt 3 xét T11', [
                ('DN được hỗ trợ', 'DN', [None, 6, 9, 4], None),
                ('Kinh phí đã giải ngân', 'tr.đ', [None, 45, 78.5, 30], TR)]),
            ('Khóa bồi dưỡng chuyên sâu về năng suất', 'Xong', 'Mạng lưới tư vấn 14 chuyên gia', [
                ('Khóa', 'khóa', [None, 2, 1, None], None),
                ('Học viên', 'người', [None, 64, 41, None], None)]),
        ]),
        ('II', 'TỔ CHỨC DỊCH VỤ KỸ THUẬT', [
            ('Củng cố, xã hội hóa tổ chức ĐGSPH, KĐ, HC, TN', 'Đang làm', '', [
                ('Tổ chức được HD đăng ký hoạt động', 'tổ chức', [2, 3, 1, 1], None)]),
        ]),
        ('III', 'HỢP TÁC', [
            ('Phối hợp UBTĐC QG và APO', 'Không PS', 'APO chưa có yêu cầu', []),
        ]),
    ]
    kk = ['Hồ sơ đề nghị hỗ trợ của DN nhỏ thường thiếu số liệu năng suất ban đầu, phải bổ sung nhiều lần.']
    kn = ['Đề nghị cho phép điều chỉnh thời hạn giải ngân đợt 3 sang tháng 12/2026.',
          'Đề nghị Sở giới thiệu chuyên gia năng suất tham gia mạng lưới tư vấn.']
    wb = h2_book(['KẾT QUẢ THỰC HIỆN KH CT38/2026 – PHÒNG NĂNG SUẤT VÀ TIÊU CHUẨN',
                  '(lĩnh vực × quý)'],
                 ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'PHÒNG NĂNG SUẤT VÀ TIÊU CHUẨN'],
                 '', 'TP. Hồ Chí Minh, ngày 24 tháng 10 năm 2026', groups, kk, kn,
                 tail=['TRƯỞNG PHÒNG', '', 'Lâm Quốc Bảo'])
    wb.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-CCTDC', None, '2026-10-24', [
        E('II.2.a', 'in_progress', 'Hỗ trợ DN NSCL: 19 DN, 153,5 tr.đ', enterprises_supported=19, budget_spent_vnd=153500000),
        E('II.3.b', 'completed', 'Khóa bồi dưỡng năng suất: 3 khóa, 105 học viên', training_courses=3, participants=105),
        E('II.2.g', 'in_progress', 'HD 7 tổ chức đăng ký hoạt động', enterprises_supported=7),
        E('II.6.b', 'not_applicable', 'APO chưa có yêu cầu'),
    ], kk, kn)


def h2_file7():
    fn = '243-07-tt-cntt-dia-khong-gian.xlsx'
    groups = [
        ('A', 'HẠ TẦNG – DỮ LIỆU', [
            ('Kết nối, chia sẻ CSDL quốc gia về TĐC (phối hợp Chi cục)', 'Đang làm', 'Đã dựng máy chủ trung gian, chờ API của Bộ', [
                ('Bộ dữ liệu đã chuẩn hóa', 'bộ', [None, 2, 1, None], None)]),
        ]),
        ('B', 'QUẢN LÝ CHẤT LƯỢNG NỘI BỘ', [
            ('Áp dụng HTQL ISO 9001:2015 tại Trung tâm', 'Xong', 'Đánh giá nội bộ T8', []),
        ]),
        ('C', 'ĐÀO TẠO', [
            ('Cử viên chức dự tập huấn nghiệp vụ TĐC', 'Xong', '', [
                ('Lượt viên chức tham dự', 'lượt', [None, 3, 2, None], None)]),
        ]),
    ]
    kk = ['Chưa có tài liệu đặc tả kỹ thuật kết nối CSDL quốc gia về TĐC.']
    kn = ['Đề nghị Chi cục đầu mối xin Bộ tài liệu API và tài khoản thử nghiệm.']
    wb = h2_book(['TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (PHẦN PHỐI HỢP)'],
                 ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN'],
                 'Số: 233/BC-TTCNTT', 'TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026', groups, kk, kn,
                 tail=['GIÁM ĐỐC', '', 'Đoàn Minh Triết'])
    wb.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-TTCNTT', '233/BC-TTCNTT', '2026-10-28', [
        E('II.2.i', 'in_progress', 'Kết nối CSDL quốc gia về TĐC'),
        E('II.2.đ', 'completed', 'ISO 9001:2015 tại Trung tâm'),
        E('II.3.a', 'completed', 'Cử 5 lượt viên chức dự tập huấn', participants=5),
    ], kk, kn)


def h2_file8_mistaken():
    fn = '243-08-so-attp-bao-cao.xlsx'
    TR = '0.0'
    groups = [
        ('A', 'SẢN XUẤT, CHẾ BIẾN THỰC PHẨM', [
            ('Thanh tra, kiểm tra cơ sở sản xuất', 'Đang làm', '', [
                ('Số đoàn', 'đoàn', [4, 6, 5, 2], None),
                ('Cơ sở được kiểm tra', 'cơ sở', [120, 188, 142, 51], None),
                ('Cơ sở vi phạm', 'cơ sở', [12, 20, 15, 4], None),
                ('Tiền phạt', 'tr.đ', [210, 355.5, 298, 64], TR)]),
        ]),
        ('B', 'DỊCH VỤ ĂN UỐNG, BẾP ĂN TẬP THỂ', [
            ('Kiểm tra bếp ăn tập thể trường học, KCN', 'Đang làm', 'Tháng hành động ATTP', [
                ('Cơ sở được kiểm tra', 'cơ sở', [95, 140, 160, 40], None),
                ('Mẫu xét nghiệm nhanh', 'mẫu', [410, 620, 580, 120], None)]),
        ]),
        ('C', 'NGỘ ĐỘC THỰC PHẨM', [
            ('Giám sát, điều tra ngộ độc', 'Đang làm', '03 vụ, 57 người mắc', []),
        ]),
    ]
    kk = ['Lực lượng thanh tra ATTP tại phường, xã còn mỏng sau sắp xếp.']
    kn = ['Đề nghị UBND TP bổ sung biên chế thanh tra chuyên ngành ATTP.']
    wb = h2_book(['BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 10 THÁNG NĂM 2026',
                  '(theo lĩnh vực và quý)'],
                 ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM'],
                 'Số: 3188/BC-SATTP', 'TP. Hồ Chí Minh, ngày 03 tháng 11 năm 2026', groups, kk, kn,
                 tail=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Phan Thị Kim Yến'])
    wb.save(os.path.join(OUT, fn))
    write_key(fn, 'SO-ATTP', '3188/BC-SATTP', '2026-11-03', [], [], [],
              rejected='Báo cáo kết quả công tác bảo đảm an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')


# ================================================================ HAND H3
# Anh Phúc, thống kê viên của Trung tâm: a service-statistics sheet of all the centre's
# services (ĐVT, Số lượng T1–T10, Cùng kỳ 2025, Doanh thu triệu đồng, Thời gian, Ghi chú);
# only the rows marked "(*)" serve the plan, explained in a footnote row; the statuses of the
# (*) rows only in a block "ĐÁNH GIÁ CÁC DÒNG (*)" under the table; thousands with dots as
# typed text in the count column ("18.420").

def h3_book(fn, unit_line, so, date_line, title, rows, evals, kk, kn, signer):
    wb = Workbook(); ws = wb.active; ws.title = 'ThongKe_10T'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws['A2'] = unit_line; ws['A2'].font = Font(bold=True)
    ws['A3'] = so
    ws['E3'] = date_line; ws['E3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:H5'); ws['A5'].alignment = Alignment(horizontal='center')
    heads = ['TT', 'Loại dịch vụ / nội dung', 'ĐVT', 'Số lượng (T1–T10/2026)', 'Cùng kỳ 2025',
             'Doanh thu / giá trị (triệu đồng)', 'Thời gian', 'Ghi chú']
    for c, h in enumerate(heads, 1):
        x = ws.cell(7, c, h); x.font = Font(bold=True); x.border = BORDER
        x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8
    for row in rows:
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v); x.border = BORDER
            if c in (4, 5, 6): x.alignment = Alignment(horizontal='right')
            if isinstance(v, float): x.number_format = '#,##0.0'
            elif isinstance(v, int) and c in (4, 5, 6): x.number_format = '#,##0'
        r += 1
    ws.cell(r, 2, '(*) Dòng có dấu (*) là nội dung thực hiện Kế hoạch CT38/2026 của Sở; các dòng còn lại là dịch vụ thường xuyên theo yêu cầu khách hàng, không thuộc Kế hoạch.').font = Font(italic=True, size=10)
    r += 2
    ws.cell(r, 2, 'ĐÁNH GIÁ CÁC DÒNG (*):').font = Font(bold=True); r += 1
    for t in evals:
        ws.cell(r, 2, t); r += 1
    r += 1
    ws.cell(r, 2, 'Khó khăn:').font = Font(bold=True); r += 1
    for t in kk:
        ws.cell(r, 2, '- ' + t); r += 1
    ws.cell(r, 2, 'Đề xuất:').font = Font(bold=True); r += 1
    for t in kn:
        ws.cell(r, 2, '- ' + t); r += 1
    r += 1
    ws.cell(r, 6, 'NGƯỜI LẬP BIỂU').font = Font(bold=True)
    ws.cell(r + 3, 6, signer)
    for i, w in enumerate([5, 62, 10, 14, 12, 16, 12, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fn))


UNIT_TT = 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'


def h3_file9():
    fn = '243-09-trung-tam-kiem-dinh-hieu-chuan.xlsx'
    rows = [
        (1, 'Kiểm định đồng hồ đo nước lạnh', 'chiếc', '18.420', '16.905', 1289.4, 'T1–T10', ''),
        (2, 'Kiểm định cân (cân bàn, cân đĩa, cân ô tô)', 'chiếc', '6.315', '6.002', 947.3, 'T1–T10', ''),
        (3, 'Kiểm định cột đo xăng dầu', 'cột', '3.412', '3.380', 1023.6, 'T1–T10', ''),
        (4, 'Hiệu chuẩn PTĐ cho DN theo hợp đồng', 'PTĐ', '2.960', '2.511', 1480.0, 'T1–T10', ''),
        (5, 'Kiểm định, hiệu chuẩn PTKTNV cho Chi cục TĐC (*)', 'PTĐ', '14', '12', None, 'T6–T7', 'bình chuẩn, quả cân, áp kế'),
        (6, 'Hiệu chuẩn, liên kết chuẩn đo lường chính của Chi cục (*)', 'chuẩn', '06', '06', None, 'T4–T5', 'liên kết lên chuẩn QG'),
        (7, 'Mở rộng phạm vi công nhận ISO/IEC 17025 (*)', 'phép HC', '12', '-', None, 'T8', 'chờ QĐ công nhận'),
        (8, 'Mua sắm bộ chuẩn áp suất, cân chuẩn cấp chính xác E2 (*)', 'bộ', '03', '-', 1850.0, 'T5–T10', 'dự toán 2.400 triệu'),
    ]
    evals = ['- Dòng 5 (kiểm định PTKTNV cho Chi cục): đã thực hiện xong.',
             '- Dòng 6 (liên kết chuẩn): đang tiếp tục, thực hiện thường xuyên.',
             '- Dòng 7 (mở rộng phạm vi 17025): đã đánh giá xong tháng 8, đang chờ quyết định công nhận.',
             '- Dòng 8 (mua sắm thiết bị): đang thực hiện, đã giải ngân 1.850 triệu đồng.']
    kk = ['Thời gian giao hàng thiết bị nhập khẩu kéo dài 4–5 tháng.']
    kn = ['Đề nghị Văn phòng Sở hỗ trợ thủ tục gia hạn hợp đồng mua sắm sang Quý I/2027.']
    h3_book(fn, UNIT_TT + ' – PHÒNG KIỂM ĐỊNH HIỆU CHUẨN', 'Số: 88/BC-TTPTTN',
            'TP.HCM, ngày 28/10/2026',
            'THỐNG KÊ HOẠT ĐỘNG KIỂM ĐỊNH, HIỆU CHUẨN 10 THÁNG NĂM 2026', rows, evals, kk, kn, 'Nguyễn Hoàng Phúc')
    write_key(fn, 'SKHCN-TTPTTN', '88/BC-TTPTTN', '2026-10-28', [
        E('II.4.b', 'completed', 'Kiểm định, hiệu chuẩn 14 PTKTNV cho Chi cục TĐC', instruments_verified=14),
        E('II.4.c', 'in_progress', 'Hiệu chuẩn, liên kết 06 chuẩn đo lường chính', instruments_verified=6),
        E('II.2.g', 'in_progress', 'Mở rộng phạm vi công nhận ISO/IEC 17025, chờ QĐ'),
        E('II.4.a', 'in_progress', 'Mua sắm thiết bị, đã giải ngân 1.850 triệu đồng', budget_spent_vnd=1850000000),
    ], kk, kn)


def h3_file10():
    fn = '243-10-trung-tam-thu-nghiem.xlsx'
    rows = [
        (1, 'Thử nghiệm mẫu theo hợp đồng DN (vật liệu, điện – điện tử)', 'mẫu', '4.870', '4.512', 3120.7, 'T1–T10', ''),
        (2, 'Thử nghiệm thực phẩm, nước', 'mẫu', '2.134', '2.280', 1408.2, 'T1–T10', ''),
        (3, 'Thử nghiệm mẫu khảo sát chất lượng cho Chi cục TĐC (*)', 'mẫu', '45', '38', None, 'T5–T7', '06 mẫu không phù hợp'),
        (4, 'Thử nghiệm mẫu xăng dầu lấy trong kiểm tra nhà nước (*)', 'mẫu', '19', '22', None, 'T4–T8', 'đạt 19/19'),
        (5, 'Tham gia chương trình thử nghiệm thành thạo (*)', 'chương trình', '09', '07', None, 'T2–T10', ''),
        (6, 'Mua sắm máy sắc ký khí ghép khối phổ GC-MS/MS (*)', 'máy', '01', '-', 2350.0, 'T3–T9', 'đã nghiệm thu'),
    ]
    evals = ['- Dòng 3: đã xong.',
             '- Dòng 4: đã xong phần thử nghiệm năm 2026 theo đề nghị của Chi cục.',
             '- Dòng 5: đang tiếp tục (còn 01 chương trình tháng 11).',
             '- Dòng 6: hoàn thành, đã thanh toán 2.350 triệu đồng.']
    kk = ['Chất chuẩn nhập khẩu tăng giá, một số chất chuẩn phải đặt trước 3 tháng.']
    kn = ['Đề nghị bố trí kinh phí năm 2027 cho chương trình thử nghiệm thành thạo quốc tế.']
    h3_book(fn, UNIT_TT + ' – KHỐI THỬ NGHIỆM', 'Số: 91/BC-TTPTTN', 'TP.HCM, ngày 29/10/2026',
            'THỐNG KÊ HOẠT ĐỘNG THỬ NGHIỆM 10 THÁNG NĂM 2026', rows, evals, kk, kn, 'Nguyễn Hoàng Phúc')
    write_key(fn, 'SKHCN-TTPTTN', '91/BC-TTPTTN', '2026-10-29', [
        E('II.5.b', 'completed', 'Thử nghiệm 45 mẫu khảo sát cho Chi cục', samples_tested=45),
        E('II.5.a', 'completed', 'Thử nghiệm 19 mẫu xăng dầu KT nhà nước', samples_tested=19),
        E('II.2.g', 'in_progress', 'Tham gia 09 chương trình thử nghiệm thành thạo'),
        E('II.4.a', 'completed', 'Mua sắm GC-MS/MS, thanh toán 2.350 triệu đồng', budget_spent_vnd=2350000000),
    ], kk, kn)


def h3_file11():
    fn = '243-11-trung-tam-dao-tao-tu-van.xlsx'
    rows = [
        (1, 'Đào tạo ISO nội bộ cho DN theo hợp đồng', 'khóa', '14', '11', 412.0, 'T1–T10', '312 học viên'),
        (2, 'Tư vấn xây dựng TCCS cho DN theo hợp đồng', 'DN', '23', '19', 575.5, 'T1–T10', ''),
        (3, 'Tư vấn HTQL ISO 9001/ISO 22000 cho DN nhỏ thuộc Chương trình NSCL (*)', 'DN', '08', '05', None, 'T3–T10', 'miễn phí'),
        (4, 'Lớp tập huấn TC, ĐL, mã số mã vạch cho sinh viên ĐH Công nghiệp (*)', 'lớp', '02', '-', None, 'T9', '236 SV'),
        (5, 'Hội thảo "Đo lường trong y tế" phối hợp Chi cục TĐC (*)', 'hội thảo', '01', '-', None, 'T6', '140 đại biểu'),
    ]
    evals = ['- Dòng 3: đang làm, còn 02 DN chưa đánh giá chứng nhận.',
             '- Dòng 4: đã xong 02/02 lớp theo kế hoạch.',
             '- Dòng 5: đã tổ chức xong.']
    kk = ['Sinh viên tham dự chủ yếu năm cuối, khó bố trí lịch chung.']
    kn = ['Đề xuất Chi cục ký thỏa thuận khung với các trường để tổ chức lớp cho sinh viên hằng năm.']
    h3_book(fn, UNIT_TT + ' – PHÒNG ĐÀO TẠO TƯ VẤN', 'Số: 92/BC-TTPTTN', 'TP.HCM, ngày 29/10/2026',
            'THỐNG KÊ HOẠT ĐỘNG ĐÀO TẠO, TƯ VẤN 10 THÁNG NĂM 2026', rows, evals, kk, kn, 'Nguyễn Hoàng Phúc')
    write_key(fn, 'SKHCN-TTPTTN', '92/BC-TTPTTN', '2026-10-29', [
        E('II.2.d', 'in_progress', 'Tư vấn HTQL cho 08 DN nhỏ', enterprises_supported=8),
        E('II.3.d', 'completed', '02 lớp cho sinh viên, 236 SV', training_courses=2, participants=236),
        E('II.1.a', 'completed', 'Hội thảo đo lường trong y tế, 140 đại biểu', training_courses=1, participants=140),
    ], kk, kn)


# ================================================================ HAND H4
# Bà Thu, phó phòng: formal numbered items with a short own title, a plain paragraph,
# then an indented "Xếp loại tiến độ: A/B/C/–" line; the legend only at the very end
# ("Ghi chú cách xếp loại"); money in "tỷ đồng"/"triệu đồng" with decimal commas.
LEGEND = ['Ghi chú cách xếp loại tiến độ:',
          'A – đã hoàn thành;',
          'B – đang thực hiện (việc thường xuyên hoặc chưa hết thời hạn);',
          'C – chưa triển khai;',
          '(–) – không phát sinh trong kỳ.']


def h4_item(d, n, title, body, grade):
    runs(d, [(f'{n}. {title}', 'b')], indent=False)
    for b in body:
        para(d, b)
    p = para(d, indent=False)
    p.paragraph_format.left_indent = Cm(9)
    r = p.add_run('Xếp loại tiến độ: '); r.italic = True
    r = p.add_run(grade); r.bold = True


def h4_tail(d, kk, kn, sign_left, sign_right):
    runs(d, [('III. KHÓ KHĂN, VƯỚNG MẮC', 'b')], indent=False)
    for t in kk:
        para(d, '- ' + t)
    runs(d, [('IV. ĐỀ XUẤT, KIẾN NGHỊ', 'b')], indent=False)
    for t in kn:
        para(d, '- ' + t)
    signature(d, sign_left, sign_right)
    d.add_paragraph()
    for i, t in enumerate(LEGEND):
        p = para(d, t, italic=True, indent=False, size=11)
        if i == 0: p.runs[0].bold = True


def h4_file12():
    fn = '243-12-van-phong-so.docx'
    d = new_doc()
    header(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('VĂN PHÒNG', True)],
           'Số: 126/BC-VP', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.', align='c')
    runs(d, [('I. KHÁI QUÁT', 'b')], indent=False)
    para(d, 'Văn phòng Sở được phân công phối hợp 05 nội dung của Kế hoạch. Kết quả cụ thể như sau:')
    runs(d, [('II. KẾT QUẢ THỰC HIỆN', 'b')], indent=False)
    h4_item(d, 1, 'Hệ thống quản lý chất lượng tại Sở',
            ['Phối hợp Chi cục duy trì HTQL theo TCVN ISO 9001:2015 tại cơ quan Sở; rà soát, cập nhật 46 quy trình nội bộ; tổ chức đánh giá nội bộ trong tháng 9/2026. Việc xem xét của lãnh đạo dự kiến trong tháng 11.'], 'B')
    h4_item(d, 2, 'Kết nối Cổng một cửa quốc gia',
            ['Phối hợp Chi cục và Phòng Chuyển đổi số hoàn tất kết nối liên thông thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia từ tháng 3/2026.'], 'A')
    h4_item(d, 3, 'Đầu tư trang thiết bị cho đơn vị sự nghiệp',
            ['Thẩm định dự toán, hồ sơ mua sắm trang thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm; đến ngày 25/10/2026 đã giải ngân 4,2 tỷ đồng trên tổng dự toán 6,5 tỷ đồng.'], 'B')
    h4_item(d, 4, 'Khen thưởng tổ chức, cá nhân',
            ['Tham mưu Giám đốc Sở khen thưởng 02 tập thể và 05 cá nhân có thành tích trong phát hiện, xử lý vi phạm về tiêu chuẩn, đo lường, chất lượng.'], 'A')
    h4_item(d, 5, 'Cơ sở dữ liệu quốc gia về TĐC',
            ['Chưa triển khai phần việc của Văn phòng do chờ hướng dẫn của Bộ Khoa học và Công nghệ về phân quyền tài khoản.'], 'C')
    kk = ['Tiến độ giải ngân vốn mua sắm thiết bị phụ thuộc thời gian giao hàng của nhà cung cấp nước ngoài.']
    kn = ['Đề nghị Chi cục tổng hợp, kiến nghị Bộ sớm hướng dẫn phân quyền tài khoản cơ sở dữ liệu quốc gia về TĐC.']
    h4_tail(d, kk, kn, [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- Giám đốc Sở (để b/c);', ''), ('- Lưu: VT.', '')],
            ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', '', '', '', 'Lê Thị Minh Thu'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-VP', '126/BC-VP', '2026-10-30', [
        E('II.2.đ', 'in_progress', 'Duy trì HTQL TCVN ISO 9001:2015 tại Sở'),
        E('II.2.h', 'completed', 'Hoàn tất kết nối Cổng một cửa quốc gia'),
        E('II.4.a', 'in_progress', 'Đã giải ngân 4,2 tỷ đồng', budget_spent_vnd=4200000000),
        E('II.5.d', 'completed', 'Khen thưởng 02 tập thể, 05 cá nhân'),
        E('II.2.i', 'not_started', 'Chưa triển khai, chờ hướng dẫn của Bộ'),
    ], kk, kn)


def h4_file13():
    fn = '243-13-phong-quan-ly-khoa-hoc.docx'
    d = new_doc()
    header(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('PHÒNG QUẢN LÝ KHOA HỌC', True)],
           'Số: 52/BC-QLKH', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Tình hình thực hiện Kế hoạch CT38 năm 2026 (phần việc của Phòng Quản lý Khoa học)', bold=True, align='c')
    runs(d, [('I. KHÁI QUÁT', 'b')], indent=False)
    para(d, 'Phòng chủ trì 01 nội dung và phối hợp 04 nội dung của Kế hoạch.')
    runs(d, [('II. KẾT QUẢ THỰC HIỆN', 'b')], indent=False)
    h4_item(d, 1, 'Thu hút chuyên gia lĩnh vực TĐC',
            ['Tiếp nhận 03 hồ sơ chuyên gia đăng ký theo Quyết định số 05/2026/QĐ-UBND; đã trình Hội đồng thẩm định 01 hồ sơ, 02 hồ sơ đang bổ sung.'], 'B')
    h4_item(d, 2, 'Nhiệm vụ KH&CN về năng suất, chất lượng',
            ['Phê duyệt 02 nhiệm vụ khoa học và công nghệ thuộc Chương trình hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng; kinh phí đã cấp 860 triệu đồng.'], 'B')
    h4_item(d, 3, 'Bồi dưỡng về năng suất',
            ['Cử 04 chuyên viên tham dự khóa bồi dưỡng chuyên sâu về năng suất do Chi cục tổ chức tháng 7/2026.'], 'A')
    h4_item(d, 4, 'Thông tin về tập huấn',
            ['Phối hợp đăng 06 tin trên Cổng thông tin điện tử của Sở về các lớp tập huấn văn bản quy phạm pháp luật TĐC cho doanh nghiệp.'], 'A')
    h4_item(d, 5, 'Hợp tác APO',
            ['Trong kỳ không có yêu cầu phối hợp.'], '(–)')
    kk = ['Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đánh giá có kinh nghiệm.']
    kn = ['Đề nghị Sở kiến nghị UBND Thành phố xem xét bổ sung chính sách hỗ trợ nhà ở cho chuyên gia được thu hút.']
    h4_tail(d, kk, kn, [('Nơi nhận:', 'bi'), ('- Chi cục TĐC (tổng hợp);', ''), ('- Lưu: QLKH.', '')],
            ['TRƯỞNG PHÒNG', '', '', '', 'Vũ Đình Khang'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-QLKH', '52/BC-QLKH', '2026-10-28', [
        E('II.3.c', 'in_progress', 'Tiếp nhận 03 hồ sơ chuyên gia, trình thẩm định 01'),
        E('II.2.a', 'in_progress', '02 nhiệm vụ KH&CN năng suất, kinh phí 860 triệu đồng', budget_spent_vnd=860000000),
        E('II.3.b', 'completed', 'Cử 04 chuyên viên dự khóa bồi dưỡng năng suất', participants=4),
        E('II.1.a', 'completed', 'Đăng 06 tin về các lớp tập huấn', communications=6),
        E('II.6.b', 'not_applicable', 'Không có yêu cầu phối hợp'),
    ], kk, kn)


def h4_file14():
    fn = '243-14-cctdc-hanh-chinh-tong-hop.docx'
    d = new_doc()
    header(d, [('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', False), ('PHÒNG HÀNH CHÍNH – TỔNG HỢP', True)],
           'Số: 64/BC-HCTH', 'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện các nội dung Kế hoạch CT38/2026 do Phòng Hành chính – Tổng hợp phụ trách', bold=True, align='c')
    runs(d, [('II. KẾT QUẢ THỰC HIỆN', 'b')], indent=False)
    h4_item(d, 1, 'HTQL theo TCVN ISO 9001:2015 tại Chi cục',
            ['Chi cục đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 12/6/2026.'], 'A')
    h4_item(d, 2, 'Cử cán bộ đào tạo, tổ chức lễ kỷ niệm của ngành',
            ['Tổng cộng 05 khóa đào tạo, hội nghị với 161 lượt công chức, viên chức tham dự; trong đó cử 11 lượt tham dự 04 khóa đào tạo chuyên sâu (02 trong nước, 01 trực tuyến, 01 tại Hàn Quốc) và tổ chức Hội nghị kỷ niệm Ngày Tiêu chuẩn thế giới 14/10 với 150 đại biểu.'], 'B')
    h4_item(d, 3, 'Kinh phí bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ',
            ['Đã thanh toán 62,4 triệu đồng chi phí kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ năm 2026.'], 'A')
    h4_item(d, 4, 'Kinh phí tổ chức lớp tập huấn văn bản pháp luật cho doanh nghiệp',
            ['Đã chi 48,75 triệu đồng cho các lớp tập huấn và buổi tọa đàm với doanh nghiệp nhập khẩu.'], 'A')
    h4_item(d, 5, 'Tiếp nhận hồ sơ trên Hệ thống thông tin giải quyết TTHC',
            ['Hệ thống vận hành ổn định; đã tiếp nhận 1.268 hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu qua Cổng một cửa quốc gia.'], 'A')
    h4_item(d, 6, 'Khen thưởng người tố giác vi phạm',
            ['Chi cục chưa nhận được tố giác nào trong kỳ.'], '(–)')
    kk = ['Định mức chi tổ chức hội nghị, tập huấn thấp so với giá thuê hội trường thực tế.']
    kn = ['Đề nghị Sở xem xét điều chỉnh định mức chi hội nghị, tập huấn năm 2027.']
    h4_tail(d, kk, kn, [('Nơi nhận:', 'bi'), ('- Lãnh đạo Chi cục;', ''), ('- Lưu: HCTH.', '')],
            ['TRƯỞNG PHÒNG', '', '', '', 'Đỗ Thị Thu'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-CCTDC', '64/BC-HCTH', '2026-10-23', [
        E('II.2.đ', 'completed', 'Công bố lại HTQL TCVN ISO 9001:2015 ngày 12/6/2026'),
        E('II.3.a', 'in_progress', '05 khóa đào tạo, hội nghị, 161 lượt', training_courses=5, participants=161),
        E('II.4.b', 'completed', 'Đã thanh toán 62,4 triệu đồng', budget_spent_vnd=62400000),
        E('II.1.a', 'completed', 'Đã chi 48,75 triệu đồng', budget_spent_vnd=48750000),
        E('II.2.h', 'completed', 'Hệ thống TTHC vận hành ổn định'),
        E('II.5.d', 'not_applicable', 'Chưa nhận được tố giác'),
    ], kk, kn)


def h4_file15():
    fn = '243-15-so-nong-nghiep-moi-truong.docx'
    d = new_doc()
    header(d, [('UBND THÀNH PHỐ HỒ CHÍ MINH', False), ('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', True)],
           'Số: 7741/BC-SNNMT', 'Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ.', align='c')
    runs(d, [('II. KẾT QUẢ THỰC HIỆN', 'b')], indent=False)
    h4_item(d, 1, 'Góp ý quy chuẩn kỹ thuật',
            ['Góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thức ăn chăn nuôi và nước thải chăn nuôi do Bộ Nông nghiệp và Môi trường gửi lấy ý kiến.'], 'A')
    h4_item(d, 2, 'Truy xuất nguồn gốc nông sản',
            ['Hỗ trợ 17 hợp tác xã, doanh nghiệp áp dụng hệ thống truy xuất nguồn gốc (cấp mã số vùng trồng, tem truy xuất) theo Đề án 100.'], 'B')
    h4_item(d, 3, 'Kiểm tra chất lượng phân bón lưu thông',
            ['Chi cục Trồng trọt và Bảo vệ thực vật phối hợp Chi cục TĐC kiểm tra 02 cuộc tại 21 cơ sở kinh doanh phân bón; phát hiện 03 cơ sở vi phạm, xử phạt 48 triệu đồng.'], 'B')
    kk = ['Nhiều hợp tác xã nhỏ chưa đủ kinh phí duy trì tem truy xuất nguồn gốc.']
    kn = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí tem truy xuất cho hợp tác xã năm 2027.']
    h4_tail(d, kk, kn, [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- Lưu: VT, TT-BVTV.', '')],
            ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Trịnh Văn Nhân'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SO-NNMT', '7741/BC-SNNMT', '2026-11-10', [
        E('II.2.e', 'completed', 'Góp ý 05 dự thảo QCVN', standards_reviewed=5),
        E('II.2.a', 'in_progress', 'Hỗ trợ 17 HTX, DN truy xuất nguồn gốc (Đề án 100)', enterprises_supported=17),
        E('II.5.a', 'in_progress', 'KT phân bón: 02 cuộc, 21 cơ sở, 03 VP, 48 triệu đồng',
          inspections=2, establishments_inspected=21, violations=3, fines_vnd=48000000),
    ], kk, kn)


def h4_file16_mistaken():
    fn = '243-16-phong-chuyen-doi-so.docx'
    d = new_doc()
    header(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), ('PHÒNG CHUYỂN ĐỔI SỐ', True)],
           'Số: 71/BC-CĐS', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026')
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện Kế hoạch chuyển đổi số của Sở Khoa học và Công nghệ năm 2026', bold=True, align='c')
    para(d, 'Kính gửi: Giám đốc Sở.', align='c')
    runs(d, [('II. KẾT QUẢ THỰC HIỆN', 'b')], indent=False)
    h4_item(d, 1, 'Dịch vụ công trực tuyến toàn trình',
            ['Tỷ lệ hồ sơ trực tuyến toàn trình đạt 92,4%; 100% kết quả giải quyết được số hóa.'], 'B')
    h4_item(d, 2, 'An toàn thông tin',
            ['Hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin cho 04 hệ thống; diễn tập ứng cứu sự cố tháng 8.'], 'A')
    h4_item(d, 3, 'Kho dữ liệu dùng chung của Sở',
            ['Đang xây dựng kho dữ liệu, đã tích hợp 07 nguồn dữ liệu chuyên ngành.'], 'B')
    h4_item(d, 4, 'Chữ ký số cho viên chức',
            ['Chưa triển khai cấp chữ ký số cá nhân đợt 2 do chờ kinh phí.'], 'C')
    kk = ['Hạ tầng máy chủ đã cũ, thường xuyên quá tải vào cuối tháng.']
    kn = ['Đề nghị bố trí kinh phí nâng cấp máy chủ năm 2027.']
    h4_tail(d, kk, kn, [('Nơi nhận:', 'bi'), ('- Giám đốc Sở;', ''), ('- Lưu: CĐS.', '')],
            ['TRƯỞNG PHÒNG', '', '', '', 'Châu Gia Huy'])
    d.save(os.path.join(OUT, fn))
    write_key(fn, 'SKHCN-CDS', '71/BC-CĐS', '2026-10-27', [], [], [],
              rejected='Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số của Sở, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm).')


if __name__ == '__main__':
    for f in (h1_file1, h1_file2, h1_file3, h1_file4, h2_file5, h2_file6, h2_file7, h2_file8_mistaken,
              h3_file9, h3_file10, h3_file11, h4_file12, h4_file13, h4_file14, h4_file15, h4_file16_mistaken):
        f()
    print('ok')
