# -*- coding: utf-8 -*-
"""Generator for set129. Four hands, all of whom build the CT38 report out of some other document."""
import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.chart import BarChart, Reference

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
KEYS = []

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS.append(dict(file=fname, sha256=None, status=status, reason=reason,
                     unit={'id': unit_id, 'name': unit_name},
                     document={'number': number, 'date': date},
                     entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                     findings=[], difficulties=diffs, proposals=props))

def E(task, status, ind, text):
    return (task, status, ind, text)

# ---------------------------------------------------------------- docx helpers
def base_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
    return d

def para(d, text='', bold=False, italic=False, align=None, size=None, font=None, indent=None, color=None, underline=False, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size: r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(d, parts, align='j', indent=None, first=None):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Cm(first)
    p.paragraph_format.space_after = Pt(4)
    return p

def cell_text(c, text, bold=False, italic=False, size=None, align=None, font=None, shade=None):
    c.text = ''
    lines = text.split('\n')
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = c.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size: r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        tcPr = c._tc.get_or_add_tcPr()
        shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), shade)
        tcPr.append(shd)

def header_block(d, left, right, size=12):
    t = d.add_table(rows=len(left) if len(left) >= len(right) else len(right), cols=2)
    for i in range(len(t.rows)):
        l = left[i] if i < len(left) else ('', False)
        r = right[i] if i < len(right) else ('', False)
        cell_text(t.cell(i, 0), l[0], bold=l[1], size=size, align='c')
        cell_text(t.cell(i, 1), r[0], bold=r[1], italic=(len(r) > 2 and r[2]), size=size, align='c')
    return t

def signature(d, left_lines, right_lines, size=12):
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), '\n'.join(left_lines), size=11)
    cell_text(t.cell(0, 1), '\n'.join(right_lines), bold=True, size=13, align='c')
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    t.cell(0, 0).paragraphs[0].runs[0].italic = True

# ================================================================ HAND 1 — Tuấn
# Ward officer who builds the report out of the slide deck he showed at the ward's briefing:
# PowerPoint outline pasted into Word, slide markers left, KPI lines with " | ",
# the status only in the speaker-notes line under each slide.
def hand1(fname, unit_id, unit_name, head, so, place, date_iso, date_words, intro, marker, notelabel,
          slides, signer, entries, diffs, props, status='extracted', reason=None, title2=None):
    d = base_doc()
    header_block(d, [('ỦY BAN NHÂN DÂN', False), (head, True), ('Số: ' + so, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True),
                  ('%s, %s' % (place, date_words), False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, title2 or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
         bold=True, align='c')
    para(d, intro, align='j')
    for i, sl in enumerate(slides, 1):
        para(d, marker(i), size=9, color='808080', font='Arial', space_after=0)
        para(d, sl['title'], bold=True, font='Arial', size=14, space_after=2)
        for lvl, txt in sl.get('bullets', []):
            sym = '▪ ' if lvl == 1 else '– '
            para(d, sym + txt, font='Arial', size=12, indent=0.6 * lvl, space_after=1)
        if sl.get('note'):
            runs(d, [(notelabel + ' ', 'bi'), (sl['note'], 'i')], indent=0.6)
    para(d)
    signature(d, ['Nơi nhận:', '- Chi cục TĐC (để b/c);', '- TT. Đảng ủy, TT. UBND;', '- Lưu: VT, VHXH.'], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, so, date_iso, entries, diffs, props, status, reason)

def mk_h1():
    # ---- F1 Phường Thủ Dầu Một
    s3 = ['14 tin, bài trên Trang thông tin điện tử phường | 02 hội nghị phổ biến pháp luật về đo lường cho tiểu thương | 160 lượt người dự']
    s4 = ['06 cuộc kiểm tra | 58 cơ sở | 07 cơ sở vi phạm',
          'Phạt VPHC: 8,75 triệu đồng (nộp đủ vào ngân sách)',
          'Kiểm định lại 03 cân đối chứng tại chợ Thủ Dầu Một, chợ Cây Dừa, chợ Phú Văn']
    slides = [
        dict(title='KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – PHƯỜNG THỦ DẦU MỘT',
             bullets=[(1, 'Trình bày: Phòng Kinh tế, Hạ tầng và Đô thị'), (1, 'Giao ban UBND phường tháng 10/2026')]),
        dict(title='BỐI CẢNH', bullets=[(1, 'Phường có 03 chợ truyền thống, 412 hộ kinh doanh có sử dụng cân'),
                                       (1, '27 cửa hàng xăng dầu, khí hóa lỏng trên địa bàn')],
             note='Slide nền, số liệu hộ kinh doanh lấy theo rà soát tháng 3, không phải số kiểm tra.'),
        dict(title='1. TUYÊN TRUYỀN', bullets=[(1, s3[0])],
             note='Phần tuyên truyền phường làm xong từ tháng 9, em nói lướt.'),
        dict(title='2. KIỂM TRA ĐO LƯỜNG TẠI CHỢ, CỬA HÀNG', bullets=[(1, x) for x in s4],
             note='Đang tiếp tục, tháng 11 còn 01 đợt kiểm tra cuối năm phối hợp Chi cục.'),
        dict(title='3. CÔNG CHỨC ĐI TẬP HUẤN', bullets=[(1, '03 công chức dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức (ngày 05–06/6/2026)')],
             note='Xong.'),
        dict(title='4. ISO 9001 TẠI UBND PHƯỜNG', bullets=[(1, 'Duy trì HTQLCL theo TCVN ISO 9001:2015'), (2, 'cập nhật 12 quy trình nội bộ sau sắp xếp')],
             note='Làm thường xuyên; đã đánh giá nội bộ xong đợt 1, còn đợt 2 tháng 12 nên vẫn đang thực hiện.'),
        dict(title='KHÓ KHĂN', bullets=[(1, 'Công chức phụ trách đo lường kiêm nhiệm nhiều việc, chưa có chuyên môn kỹ thuật.'),
                                        (1, 'Chưa có kinh phí mua sắm cân đối chứng thay thế cho chợ Phú Văn.')]),
        dict(title='ĐỀ XUẤT', bullets=[(1, 'Đề nghị Chi cục TĐC hỗ trợ 01 bộ quả cân chuẩn để kiểm tra nhanh tại chợ.'),
                                       (1, 'Đề nghị Sở KH&CN mở thêm lớp tập huấn về kiểm tra đo lường cho công chức phường, xã.')]),
        dict(title='XIN CẢM ƠN!'),
    ]
    hand1('TDM_BC_CT38_trinh-chieu.docx', '25747', 'Phường Thủ Dầu Một', 'PHƯỜNG THỦ DẦU MỘT', '412/BC-UBND',
          'Thủ Dầu Một', '2026-10-22', 'ngày 22 tháng 10 năm 2026',
          'Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, UBND phường báo cáo kết quả theo nội dung đã trình bày tại cuộc họp giao ban tháng 10/2026, cụ thể như sau:',
          lambda i: 'Slide %d:' % i, 'Ghi chú thuyết trình:', slides,
          ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Lê Văn Hậu'],
          [E('II.1.a', 'completed', {'communications': 14, 'training_courses': 2, 'participants': 160}, s3[0]),
           E('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 58, 'violations': 7, 'fines_vnd': 8750000, 'instruments_verified': 3}, ' '.join(s4)),
           E('II.3.a', 'completed', {'participants': 3}, '03 công chức dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức'),
           E('II.2.đ', 'in_progress', {}, 'Duy trì HTQLCL theo TCVN ISO 9001:2015; cập nhật 12 quy trình nội bộ sau sắp xếp')],
          ['Công chức phụ trách đo lường kiêm nhiệm nhiều việc, chưa có chuyên môn kỹ thuật.',
           'Chưa có kinh phí mua sắm cân đối chứng thay thế cho chợ Phú Văn.'],
          ['Đề nghị Chi cục TĐC hỗ trợ 01 bộ quả cân chuẩn để kiểm tra nhanh tại chợ.',
           'Đề nghị Sở KH&CN mở thêm lớp tập huấn về kiểm tra đo lường cho công chức phường, xã.'])

    # ---- F2 Phường Bà Rịa
    slides = [
        dict(title='PHƯỜNG BÀ RỊA – TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG 10 THÁNG NĂM 2026', bullets=[(1, 'Họp giao ban khối kinh tế ngày 20/10/2026')]),
        dict(title='TUYÊN TRUYỀN', bullets=[(1, '23 tin, bài, phóng sự (trong đó 01 phóng sự trên Đài truyền thanh phường)')],
             note='Đã làm xong.'),
        dict(title='HƯỚNG DẪN CƠ SỞ GHI NHÃN, CÔNG BỐ CHẤT LƯỢNG', bullets=[(1, '11 cơ sở được hướng dẫn ghi nhãn hàng hóa, công bố chất lượng')],
             note='Vẫn đang hướng dẫn theo nhu cầu của hộ kinh doanh, chưa dừng.'),
        dict(title='KIỂM TRA PHỐI HỢP (CHỢ, XĂNG DẦU)', bullets=[(1, '04 cuộc | 37 cơ sở | 02 vi phạm | phạt 3,5 triệu đồng')],
             note='Xong kế hoạch kiểm tra năm của phường.'),
        dict(title='TEM TRUY XUẤT NGUỒN GỐC NÔNG SẢN', bullets=[(1, 'Chờ hướng dẫn của Sở Nông nghiệp và Môi trường')],
             note='Chưa triển khai.'),
        dict(title='ISO HÀNH CHÍNH', bullets=[(1, 'Chuyển đổi hệ thống ISO sang bộ quy trình mới của phường sau sáp nhập')],
             note='Phần này đã chuyển đổi xong.'),
        dict(title='VƯỚNG MẮC – KIẾN NGHỊ', bullets=[
            (1, 'Vướng mắc:'), (2, 'Hộ kinh doanh tại chợ thay đổi thường xuyên nên khó theo dõi, quản lý.'),
            (1, 'Kiến nghị:'), (2, 'Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền mẫu về đo lường, ghi nhãn hàng hóa để phường in phát cho hộ kinh doanh.')]),
    ]
    hand1('PBR - bao cao CT38 (tu slide giao ban).docx', '26560', 'Phường Bà Rịa', 'PHƯỜNG BÀ RỊA', '287/BC-UBND',
          'Bà Rịa', '2026-10-27', 'ngày 27 tháng 10 năm 2026',
          'UBND phường Bà Rịa gửi nội dung báo cáo (chuyển từ bài trình chiếu tại cuộc họp giao ban khối kinh tế) như sau:',
          lambda i: '––– Trang chiếu %d –––' % i, 'Ghi chú (người trình bày):', slides,
          ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Trần Thị Mỹ Duyên'],
          [E('II.1.a', 'completed', {'communications': 23}, '23 tin, bài, phóng sự (trong đó 01 phóng sự trên Đài truyền thanh phường)'),
           E('II.2.d', 'in_progress', {'enterprises_supported': 11}, '11 cơ sở được hướng dẫn ghi nhãn hàng hóa, công bố chất lượng'),
           E('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 37, 'violations': 2, 'fines_vnd': 3500000}, 'KIỂM TRA PHỐI HỢP (CHỢ, XĂNG DẦU): 04 cuộc | 37 cơ sở | 02 vi phạm | phạt 3,5 triệu đồng'),
           E('II.2.a', 'not_started', {}, 'TEM TRUY XUẤT NGUỒN GỐC NÔNG SẢN: Chờ hướng dẫn của Sở Nông nghiệp và Môi trường'),
           E('II.2.đ', 'completed', {}, 'Chuyển đổi hệ thống ISO sang bộ quy trình mới của phường sau sáp nhập')],
          ['Hộ kinh doanh tại chợ thay đổi thường xuyên nên khó theo dõi, quản lý.'],
          ['Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền mẫu về đo lường, ghi nhãn hàng hóa để phường in phát cho hộ kinh doanh.'])

    # ---- F3 Đặc khu Côn Đảo
    slides = [
        dict(title='ĐẶC KHU CÔN ĐẢO', bullets=[(1, 'Kết quả thực hiện Kế hoạch CT38 – đến tháng 10/2026')]),
        dict(title='Tuyên truyền', bullets=[(1, '08 tin bài | 01 hội nghị tuyên truyền cho hộ kinh doanh dịch vụ du lịch | 45 người dự')],
             note='xong.'),
        dict(title='Kiểm tra đo lường', bullets=[(1, '02 cuộc kiểm tra đo lường | 19 cơ sở (cân tại chợ Côn Đảo, cột đo xăng dầu) | 01 trường hợp vi phạm, đã nhắc nhở')],
             note='đang làm, còn đợt kiểm tra Quý IV.'),
        dict(title='Truy xuất nguồn gốc hải sản', bullets=[(1, 'hướng dẫn 03 cơ sở chế biến hải sản áp dụng truy xuất nguồn gốc')],
             note='đang làm.'),
        dict(title='Tập huấn', bullets=[(1, 'Cử 02 công chức dự tập huấn trực tuyến về quản lý đo lường')],
             note='xong.'),
        dict(title='Khó khăn', bullets=[(1, 'Đi lại giữa đất liền và đặc khu khó khăn, chi phí cao nên công chức ít có điều kiện dự tập huấn trực tiếp.'),
                                        (1, 'Chưa có tổ chức kiểm định phương tiện đo trên địa bàn đặc khu.')]),
        dict(title='Đề xuất', bullets=[(1, 'Đề nghị Chi cục TĐC bố trí đợt kiểm định lưu động phương tiện đo tại Côn Đảo trong Quý IV/2026.')]),
    ]
    hand1('CONDAO_BC_KH38.docx', '26732', 'Đặc khu Côn Đảo', 'ĐẶC KHU CÔN ĐẢO', '96/BC-UBND',
          'Côn Đảo', '2026-10-30', 'ngày 30 tháng 10 năm 2026',
          'Ủy ban nhân dân đặc khu Côn Đảo báo cáo tóm tắt (theo dàn ý trình chiếu) kết quả thực hiện như sau:',
          lambda i: '[S.%d]' % i, 'Notes:', slides,
          ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Nguyễn Quốc Khánh'],
          [E('II.1.a', 'completed', {'communications': 8, 'training_courses': 1, 'participants': 45}, '08 tin bài | 01 hội nghị tuyên truyền cho hộ kinh doanh dịch vụ du lịch | 45 người dự'),
           E('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 19, 'violations': 1}, '02 cuộc kiểm tra đo lường | 19 cơ sở (cân tại chợ Côn Đảo, cột đo xăng dầu) | 01 trường hợp vi phạm, đã nhắc nhở'),
           E('II.2.a', 'in_progress', {'enterprises_supported': 3}, 'hướng dẫn 03 cơ sở chế biến hải sản áp dụng truy xuất nguồn gốc'),
           E('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức dự tập huấn trực tuyến về quản lý đo lường')],
          ['Đi lại giữa đất liền và đặc khu khó khăn, chi phí cao nên công chức ít có điều kiện dự tập huấn trực tiếp.',
           'Chưa có tổ chức kiểm định phương tiện đo trên địa bàn đặc khu.'],
          ['Đề nghị Chi cục TĐC bố trí đợt kiểm định lưu động phương tiện đo tại Côn Đảo trong Quý IV/2026.'])

    # ---- F4 Xã Châu Đức — MISTAKEN: the digital-transformation deck
    slides = [
        dict(title='XÃ CHÂU ĐỨC – KẾT QUẢ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2026', bullets=[(1, 'Hội nghị sơ kết Đề án 06 và chuyển đổi số')]),
        dict(title='DỊCH VỤ CÔNG TRỰC TUYẾN', bullets=[(1, '2.316 hồ sơ trực tuyến | tỷ lệ 87,4% | 96% đúng hạn')],
             note='Chỉ tiêu này xã đạt, nói nhanh.'),
        dict(title='ĐỀ ÁN 06', bullets=[(1, 'Kích hoạt 9.850 tài khoản định danh điện tử mức 2'), (1, 'Làm sạch 100% dữ liệu dân cư')],
             note='Đang làm tiếp phần dữ liệu hộ tịch.'),
        dict(title='THANH TOÁN KHÔNG DÙNG TIỀN MẶT', bullets=[(1, '03 chợ áp dụng mã QR | 418 tiểu thương')],
             note='Xong mô hình chợ 4.0 ở chợ Ngãi Giao.'),
        dict(title='TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG', bullets=[(1, '17 tổ | 102 thành viên')]),
        dict(title='KHÓ KHĂN – ĐỀ XUẤT', bullets=[(1, 'Hạ tầng mạng tại một số ấp còn yếu.'),
                                                 (1, 'Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho bộ phận một cửa.')]),
    ]
    hand1('ChauDuc_BC_trinhchieu.docx', '26596', 'Xã Châu Đức', 'XÃ CHÂU ĐỨC', '231/BC-UBND',
          'Châu Đức', '2026-10-21', 'ngày 21 tháng 10 năm 2026',
          'UBND xã Châu Đức báo cáo theo bài trình chiếu tại hội nghị sơ kết như sau:',
          lambda i: 'Slide %d:' % i, 'Ghi chú:', slides,
          ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Phạm Văn Tâm'],
          [], [], [], status='rejected',
          reason='Báo cáo kết quả chuyển đổi số, Đề án 06 (gửi nhầm), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng',
          title2='Kết quả thực hiện chuyển đổi số và Đề án 06 chín tháng năm 2026')

# ================================================================ HAND 2 — Bích
# Department clerk who reuses the leadership's "Thông báo kết luận" that assigned the work:
# each assignment "Giao …" kept verbatim in italics (with its deadline), followed by an appended
# "⇒ <status>: …" paragraph whose label is the status.
def hand2(fname, unit_id, unit_name, org, so, date_iso, date_words, tb, items, diffs, props, signer, entries, status='extracted', reason=None):
    d = base_doc(size=14)
    header_block(d, [('ỦY BAN NHÂN DÂN', False), ('THÀNH PHỐ HỒ CHÍ MINH', False), (org.upper(), True), ('Số: ' + so, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True), ('', False),
                  ('Thành phố Hồ Chí Minh, ' + date_words, False, True)], size=13)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align='c')
    runs(d, [('Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; căn cứ %s, %s báo cáo kết quả thực hiện các nội dung đã phân công như sau:' % (tb, org), '')], first=1)
    para(d, 'I. NỘI DUNG PHÂN CÔNG VÀ KẾT QUẢ THỰC HIỆN', bold=True)
    for i, (assign, lab, res) in enumerate(items, 1):
        runs(d, [('%d. ' % i, 'b'), (assign, 'i')], first=1)
        runs(d, [('⇒ %s: ' % lab, 'b'), (res, '')], first=1)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in diffs:
        runs(d, [('- ' + x, '')], first=1)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for x in props:
        runs(d, [('- ' + x, '')], first=1)
    runs(d, [('Trên đây là báo cáo của %s./.' % org, '')], first=1)
    signature(d, ['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT.'], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, so, date_iso, entries, diffs, props, status, reason)

def mk_h2():
    # ---- F5 Sở Xây dựng
    it = [
        ('Giao Phòng Quản lý vật liệu xây dựng chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng góp ý các dự thảo TCVN, QCVN về vật liệu xây dựng khi có yêu cầu; thời hạn: theo yêu cầu của cơ quan soạn thảo.',
         'Đã thực hiện', 'Phòng đã góp ý 04 dự thảo (dự thảo sửa đổi QCVN 16:2023/BXD và 03 dự thảo TCVN về xi măng, gạch không nung), gửi đúng thời hạn lấy ý kiến.'),
        ('Giao Thanh tra Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường; hoàn thành trong Quý III/2026.',
         'Đã thực hiện', 'Tổ chức 03 đoàn kiểm tra liên ngành tại 27 cửa hàng kinh doanh vật liệu xây dựng; phát hiện 05 cơ sở vi phạm về ghi nhãn, chứng nhận hợp quy; xử phạt vi phạm hành chính 42.500.000 đồng; lấy 12 mẫu thép, xi măng gửi thử nghiệm.'),
        ('Giao Văn phòng Sở duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; thời hạn: tháng 11/2026.',
         'Đang thực hiện', 'Đã cập nhật 36 quy trình giải quyết thủ tục hành chính; đánh giá nội bộ dự kiến tổ chức trong tháng 11/2026.'),
        ('Giao Phòng Tổ chức cán bộ cử công chức tham gia các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.',
         'Đã thực hiện', 'Đã cử 06 lượt công chức tham dự các lớp tập huấn theo giấy mời của Chi cục.'),
        ('Giao Phòng Quản lý vật liệu xây dựng tuyên truyền QCVN 16:2023/BXD đến các doanh nghiệp sản xuất, kinh doanh vật liệu xây dựng.',
         'Chưa thực hiện', 'Do dự thảo sửa đổi QCVN chưa được ban hành; Phòng sẽ tổ chức tuyên truyền sau khi Bộ Xây dựng ban hành.'),
    ]
    diffs = ['Danh mục sản phẩm, hàng hóa vật liệu xây dựng có khả năng gây mất an toàn đang trong quá trình sửa đổi nên việc kiểm tra còn lúng túng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu vật liệu xây dựng do Chi cục Tiêu chuẩn Đo lường Chất lượng lấy trong năm để Sở Xây dựng phối hợp xử lý.']
    hand2('SXD_BC_thuc hien CT38_2026.docx', 'SO-XD', 'Sở Xây dựng', 'Sở Xây dựng', '8841/BC-SXD', '2026-10-26', 'ngày 26 tháng 10 năm 2026',
          'Thông báo số 215/TB-SXD ngày 12 tháng 3 năm 2026 kết luận của Phó Giám đốc Sở tại cuộc họp triển khai', it, diffs, props,
          ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Huỳnh Thanh Khiết'],
          [E('II.2.e', 'completed', {'standards_reviewed': 4}, it[0][2]),
           E('II.5.a', 'completed', {'inspections': 3, 'establishments_inspected': 27, 'violations': 5, 'fines_vnd': 42500000, 'samples_tested': 12}, it[1][2]),
           E('II.2.đ', 'in_progress', {}, it[2][2]),
           E('II.3.a', 'completed', {'participants': 6}, it[3][2]),
           E('II.1.a', 'not_started', {}, it[4][2])], diffs, props)

    # ---- F6 Sở Y tế
    it = [
        ('Giao Phòng Nghiệp vụ Dược phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra về đo lường đối với trang thiết bị y tế là phương tiện đo (huyết áp kế, nhiệt kế y học) tại các cơ sở khám bệnh, chữa bệnh; thời hạn: Quý III/2026.',
         'Đã thực hiện', 'Phối hợp 02 cuộc kiểm tra tại 15 cơ sở khám bệnh, chữa bệnh; 04 cơ sở sử dụng phương tiện đo quá hạn kiểm định, đã được nhắc nhở và yêu cầu kiểm định lại.'),
        ('Giao Phòng Kế hoạch – Tài chính rà soát, góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.',
         'Đang thực hiện', 'Đã góp ý 02 dự thảo; 01 dự thảo đang lấy ý kiến các bệnh viện trực thuộc.'),
        ('Giao Văn phòng Sở tiếp tục duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở.',
         'Đã thực hiện', 'Hoàn thành đánh giá nội bộ trong tháng 9/2026 và công bố lại Hệ thống quản lý chất lượng.'),
        ('Giao Phòng Tổ chức cán bộ đăng ký học viên tham dự các khóa tập huấn chuyên sâu về năng suất, chất lượng cho khu vực công khi Chi cục tổ chức.',
         'Không phát sinh', 'Trong kỳ Chi cục chưa mở lớp nên Sở chưa cử học viên.'),
    ]
    diffs = ['Một số cơ sở khám bệnh, chữa bệnh tư nhân chưa nắm quy định về kiểm định phương tiện đo nhóm 2.']
    props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức 01 buổi hướng dẫn về quản lý phương tiện đo trong lĩnh vực y tế cho các bệnh viện tư nhân.']
    hand2('SYT-BC CT38 nam 2026.docx', 'SO-YT', 'Sở Y tế', 'Sở Y tế', '6120/BC-SYT', '2026-10-29', 'ngày 29 tháng 10 năm 2026',
          'Thông báo số 302/TB-SYT ngày 20 tháng 02 năm 2026 kết luận giao ban Ban Giám đốc Sở', it, diffs, props,
          ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Nguyễn Văn Vĩnh Châu'],
          [E('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 15, 'violations': 4}, it[0][2]),
           E('II.2.e', 'in_progress', {'standards_reviewed': 2}, it[1][2]),
           E('II.2.đ', 'completed', {}, it[2][2]),
           E('II.3.b', 'not_applicable', {}, it[3][2])], diffs, props)

    # ---- F7 Sở Nội vụ
    it = [
        ('Giao Phòng Công chức, viên chức phối hợp Sở Khoa học và Công nghệ thẩm định hồ sơ thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định số 05/2026/QĐ-UBND; thời hạn: thường xuyên.',
         'Đang thực hiện', 'Đã tiếp nhận 03 hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường, đang thẩm định.'),
        ('Giao Phòng Cải cách hành chính hướng dẫn các cơ quan hành chính áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; hoàn thành trong Quý II/2026.',
         'Đã thực hiện', 'Tổ chức 01 hội nghị hướng dẫn áp dụng TCVN ISO 9001:2015 với 85 công chức tham dự.'),
        ('Giao Phòng Công chức, viên chức đưa nội dung tiêu chuẩn, đo lường, chất lượng vào chương trình bồi dưỡng công chức cấp xã năm 2026.',
         'Chưa thực hiện', 'Đang chờ Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu bồi dưỡng.'),
    ]
    diffs = ['Chưa có hướng dẫn thống nhất về tiêu chí xác định chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ ban hành tiêu chí chuyên gia trong lĩnh vực tiêu chuẩn, đo lường, chất lượng làm căn cứ thẩm định hồ sơ thu hút.']
    hand2('SNV_BC_KH38.docx', 'SO-NV', 'Sở Nội vụ', 'Sở Nội vụ', '4375/BC-SNV', '2026-10-23', 'ngày 23 tháng 10 năm 2026',
          'Thông báo số 118/TB-SNV ngày 05 tháng 3 năm 2026 về phân công thực hiện', it, diffs, props,
          ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Trương Văn Lắm'],
          [E('II.3.c', 'in_progress', {}, it[0][2]),
           E('II.2.đ', 'completed', {'training_courses': 1, 'participants': 85}, it[1][2]),
           E('II.3.a', 'not_started', {}, it[2][2])], diffs, props)

    # ---- F8 Sở Nông nghiệp và Môi trường
    it = [
        ('Giao Chi cục Chất lượng, Chế biến và Phát triển thị trường chủ trì hướng dẫn cơ sở sản xuất nông sản áp dụng truy xuất nguồn gốc theo Đề án 100; hoàn thành Quý IV/2026.',
         'Đang thực hiện', 'Đã hướng dẫn 48 cơ sở, hợp tác xã; cấp 126.000 tem truy xuất nguồn gốc cho sản phẩm rau, quả.'),
        ('Giao Chi cục Trồng trọt và Bảo vệ thực vật phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường.',
         'Đã thực hiện', 'Tổ chức 05 cuộc kiểm tra tại 63 cơ sở; 08 cơ sở vi phạm; xử phạt 97.000.000 đồng; lấy 40 mẫu phân bón để thử nghiệm.'),
        ('Giao Phòng Kế hoạch – Tài chính góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường khi có đề nghị.',
         'Đã thực hiện', 'Đã góp ý 07 dự thảo quy chuẩn, tiêu chuẩn.'),
        ('Giao Văn phòng Sở xây dựng, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho Sở sau hợp nhất; hoàn thành tháng 11/2026.',
         'Chưa thực hiện', 'Sở đang kiện toàn bộ phận ISO sau hợp nhất; dự kiến xây dựng lại Hệ thống từ tháng 11/2026.'),
    ]
    diffs = ['Nhiều cơ sở sản xuất nông nghiệp quy mô hộ gia đình chưa quan tâm áp dụng truy xuất nguồn gốc.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí in tem truy xuất nguồn gốc cho hợp tác xã nông nghiệp.']
    hand2('SNNMT_BC_CT38.docx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường', '9034/BC-SNNMT', '2026-10-28', 'ngày 28 tháng 10 năm 2026',
          'Thông báo số 611/TB-SNNMT ngày 08 tháng 4 năm 2026 ý kiến kết luận của Giám đốc Sở', it, diffs, props,
          ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Trần Văn Cường'],
          [E('II.2.a', 'in_progress', {'enterprises_supported': 48}, it[0][2]),
           E('II.5.a', 'completed', {'inspections': 5, 'establishments_inspected': 63, 'violations': 8, 'fines_vnd': 97000000, 'samples_tested': 40}, it[1][2]),
           E('II.2.e', 'completed', {'standards_reviewed': 7}, it[2][2]),
           E('II.2.đ', 'not_started', {}, it[3][2])], diffs, props)

# ================================================================ HAND 3 — Phát
# Market-affairs officer who reuses the BCĐ 389 statistics form (anti-smuggling form):
# its headers kept ("Số vụ kiểm tra", "Thu nộp NSNN (triệu đồng)", "Hàng hóa tạm giữ"),
# CT38 work typed into the "Lĩnh vực / nội dung" rows, one added status column.
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def hand3(fname, unit_id, unit_name, org_lines, form_no, sheet, title, attach, rows, place_date, signer_left, signer_right,
          kk, kn, entries, number, date_iso, status='extracted', reason=None, statushdr='Tình hình thực hiện (KH CT38)'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    f = Font(name='Times New Roman', size=11); fb = Font(name='Times New Roman', size=11, bold=True)
    ws['A1'] = org_lines[0]; ws['A2'] = org_lines[1]; ws['A1'].font = f; ws['A2'].font = fb
    ws['I1'] = form_no; ws['I1'].font = Font(name='Times New Roman', size=10, italic=True)
    ws.merge_cells('A4:J4'); ws['A4'] = title; ws['A4'].font = Font(name='Times New Roman', size=13, bold=True); ws['A4'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[4].height = 36
    ws.merge_cells('A5:J5'); ws['A5'] = attach; ws['A5'].font = Font(name='Times New Roman', size=11, italic=True); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Lĩnh vực / nội dung', 'Số vụ kiểm tra', 'Số đối tượng kiểm tra', 'Số vụ vi phạm đã xử lý', 'Thu nộp NSNN (triệu đồng)',
           'Hàng hóa tạm giữ (trị giá, triệu đồng)', 'Tuyên truyền (tin, bài)', statushdr, 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = fb; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.border = BOX
        c.fill = PatternFill('solid', fgColor='D9E1F2' if j < 9 else 'FFF2CC')
    for j in range(1, 11):
        c = ws.cell(8, j, '(%d)' % j); c.font = Font(name='Times New Roman', size=9, italic=True); c.alignment = Alignment(horizontal='center'); c.border = BOX
    r = 9
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.font = f; c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j not in (2, 10) else 'left')
            if j in (6, 7) and isinstance(v, float): c.number_format = '0.00'
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = fb; r += 1
    for i, x in enumerate(kk, 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1, '%d. %s' % (i, x)).font = f; r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị:').font = fb; r += 1
    for i, x in enumerate(kn, 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1, '%d. %s' % (i, x)).font = f; r += 1
    r += 1
    ws.cell(r, 8, place_date).font = Font(name='Times New Roman', size=11, italic=True); r += 1
    ws.cell(r, 2, signer_left[0]).font = fb; ws.cell(r, 8, signer_right[0]).font = fb
    if len(signer_right) > 1: ws.cell(r + 1, 8, signer_right[1]).font = fb
    ws.cell(r + 5, 2, signer_left[1]).font = fb; ws.cell(r + 5, 8, signer_right[-1]).font = fb
    widths = [5, 42, 9, 10, 10, 11, 12, 10, 16, 28]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.freeze_panes = 'C9'
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, kk, kn, status, reason)

def mk_h3():
    # ---- F9 Phường Lái Thiêu
    rows = [
        [1, 'Kiểm tra đo lường (cân, thước) tại chợ Lái Thiêu, chợ Búng', 5, 42, 6, 7.25, 0, None, 'Đang làm', 'Còn 01 đợt tháng 11'],
        [2, 'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (loa, pano, Zalo khu phố)', None, None, None, None, None, 18, 'Xong', ''],
        [3, 'Hướng dẫn hộ kinh doanh đăng ký mã số mã vạch, truy xuất nguồn gốc', None, None, None, None, None, None, 'Đang làm', 'Đã HD 07 hộ KD'],
        [4, 'Cán bộ dự tập huấn nghiệp vụ TĐC', None, None, None, None, None, None, 'Xong', '02 CC dự lớp của Chi cục TĐC'],
        [5, 'Tiếp nhận, xử lý phản ánh, tố giác gian lận đo lường', '-', '-', '-', '-', '-', None, 'Không phát sinh', ''],
    ]
    kk = ['Lực lượng quản lý thị trường không còn tổ chức ở cấp phường nên phường thiếu người có nghiệp vụ kiểm tra.']
    kn = ['Đề nghị Chi cục TĐC hướng dẫn mẫu biểu báo cáo riêng cho KH CT38 để phường không phải dùng tạm biểu 389.']
    hand3('LaiThieu_Bieu389_CT38.xlsx', '25966', 'Phường Lái Thiêu', ['UBND PHƯỜNG LÁI THIÊU', 'BCĐ 389 PHƯỜNG (TỔ GIÚP VIỆC)'],
          'Biểu số 01/BCĐ389', 'Bieu 389',
          'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026\n(dùng mẫu biểu 389)',
          '(Kèm theo Báo cáo số 318/BC-UBND ngày 24/10/2026 của UBND phường Lái Thiêu)', rows,
          'Lái Thiêu, ngày 24 tháng 10 năm 2026', ['NGƯỜI LẬP BIỂU', 'Đỗ Tấn Phát'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Thị Kim Ngân'],
          kk, kn,
          [E('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 42, 'violations': 6, 'fines_vnd': 7250000}, 'Kiểm tra đo lường (cân, thước) tại chợ Lái Thiêu, chợ Búng: 5 vụ; 42 đối tượng; 6 vụ vi phạm; 7,25 triệu đồng'),
           E('II.1.a', 'completed', {'communications': 18}, 'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (loa, pano, Zalo khu phố): 18 tin, bài'),
           E('II.2.a', 'in_progress', {'enterprises_supported': 7}, 'Hướng dẫn hộ kinh doanh đăng ký mã số mã vạch, truy xuất nguồn gốc — Đã HD 07 hộ KD'),
           E('II.3.a', 'completed', {'participants': 2}, 'Cán bộ dự tập huấn nghiệp vụ TĐC — 02 CC dự lớp của Chi cục TĐC'),
           E('II.5.d', 'not_applicable', {}, 'Tiếp nhận, xử lý phản ánh, tố giác gian lận đo lường — Không phát sinh')],
          '318/BC-UBND', '2026-10-24')

    # ---- F10 Xã Hồ Tràm
    rows = [
        [1, 'Kiểm tra cân tại chợ Hồ Tràm, cột đo xăng dầu tại cửa hàng xăng dầu', 3, 21, 2, 2.5, None, None, 'Xong', ''],
        [2, 'Tuyên truyền về đo lường, chất lượng hàng hóa', None, None, None, None, None, 9, 'Xong', 'Có 01 buổi hội nghị, 70 lượt người'],
        [3, 'Hướng dẫn cơ sở chế biến hải sản khô ghi nhãn, công bố chất lượng sản phẩm', None, None, None, None, None, None, 'Đang làm', '05 cơ sở'],
        [4, 'Cử công chức dự tập huấn nghiệp vụ TĐC', None, None, None, None, None, None, 'Chưa làm', 'Chưa có lớp phù hợp lịch'],
    ]
    kk = ['Xã mới hợp nhất, địa bàn rộng, cán bộ phụ trách còn kiêm nhiệm nhiều lĩnh vực.']
    kn = ['Đề nghị hỗ trợ kinh phí mua 02 cân đối chứng cho các chợ trên địa bàn xã.']
    hand3('HoTram_bieu389_KH38.xlsx', '26620', 'Xã Hồ Tràm', ['UBND XÃ HỒ TRÀM', 'BAN CHỈ ĐẠO 389 XÃ'],
          'Biểu số 01/BCĐ389', 'Sheet1',
          'BIỂU SỐ LIỆU THỰC HIỆN KH CT38 (TIÊU CHUẨN – ĐO LƯỜNG – CHẤT LƯỢNG) NĂM 2026',
          '(Kèm theo BC số 154/BC-UBND ngày 28/10/2026)', rows,
          'Hồ Tràm, ngày 28 tháng 10 năm 2026', ['NGƯỜI LẬP', 'Lâm Văn Sáu'], ['CHỦ TỊCH', 'Huỳnh Minh Trí'],
          kk, kn,
          [E('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 2500000}, 'Kiểm tra cân tại chợ Hồ Tràm, cột đo xăng dầu tại cửa hàng xăng dầu: 3 vụ, 21 đối tượng, 2 vụ vi phạm, 2,5 triệu đồng'),
           E('II.1.a', 'completed', {'communications': 9, 'training_courses': 1, 'participants': 70}, 'Tuyên truyền về đo lường, chất lượng hàng hóa: 9 tin, bài; Có 01 buổi hội nghị, 70 lượt người'),
           E('II.2.d', 'in_progress', {'enterprises_supported': 5}, 'Hướng dẫn cơ sở chế biến hải sản khô ghi nhãn, công bố chất lượng sản phẩm — 05 cơ sở'),
           E('II.3.a', 'not_started', {}, 'Cử công chức dự tập huấn nghiệp vụ TĐC — Chưa làm — Chưa có lớp phù hợp lịch')],
          '154/BC-UBND', '2026-10-28')

    # ---- F11 Xã Phước Hải — MISTAKEN: the food-safety (Trung thu) inspection sheet in the same form
    rows = [
        [1, 'Kiểm tra ATTP cơ sở sản xuất bánh trung thu', 4, 11, 2, 6.0, 1.8, None, 'Xong', 'Tiêu hủy 120 chiếc bánh không rõ nguồn gốc'],
        [2, 'Kiểm tra ATTP bếp ăn tập thể trường học', 2, 9, 0, 0, 0, None, 'Xong', ''],
        [3, 'Tuyên truyền Tháng hành động vì ATTP', None, None, None, None, None, 14, 'Xong', ''],
        [4, 'Kiểm tra ATTP kinh doanh thức ăn đường phố', 1, 16, 3, 4.5, 0, None, 'Đang làm', ''],
    ]
    hand3('PhuocHai_Bieu_ATTP_TrungThu.xlsx', '26686', 'Xã Phước Hải', ['UBND XÃ PHƯỚC HẢI', 'BAN CHỈ ĐẠO LIÊN NGÀNH ATTP XÃ'],
          'Biểu số 01/BCĐ389', 'ATTP TrungThu',
          'KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM DỊP TẾT TRUNG THU NĂM 2026',
          '(Kèm theo Báo cáo số 201/BC-BCĐ ngày 15/10/2026)', rows,
          'Phước Hải, ngày 15 tháng 10 năm 2026', ['NGƯỜI LẬP BIỂU', 'Ngô Thị Hằng'], ['TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND XÃ', 'Lê Thanh Bình'],
          ['Kinh phí test nhanh ATTP còn hạn chế.'], ['Đề nghị cấp thêm bộ test nhanh cho đoàn kiểm tra liên ngành.'],
          [], '201/BC-BCĐ', '2026-10-15', status='rejected',
          reason='Biểu kết quả kiểm tra an toàn thực phẩm dịp Tết Trung thu (gửi nhầm), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW',
          statushdr='Tình hình')
    KEYS[-1]['difficulties'] = []; KEYS[-1]['proposals'] = []

    # ---- F12 Sở Công Thương
    rows = [
        [1, 'Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) tại cửa hàng bán lẻ', 14, 96, 11, 186.4, 45.6, None, 'Đang làm', 'Lấy 32 mẫu xăng dầu gửi thử nghiệm; Quý IV còn kiểm tra'],
        [2, 'Góp ý dự thảo QCVN về xăng dầu, khí', None, None, None, None, None, None, 'Xong', 'Góp ý 03 dự thảo QCVN'],
        [3, 'Tuyên truyền cho doanh nghiệp kinh doanh xăng dầu về đo lường, chất lượng', None, None, None, None, None, 12, 'Xong', ''],
        [4, 'Duy trì ISO 9001 tại cơ quan Sở', None, None, None, None, None, None, 'Xong', 'Đã đánh giá nội bộ T8/2026'],
    ]
    kk = ['Quy định về phân cấp kiểm tra chất lượng xăng dầu giữa lực lượng quản lý thị trường và Chi cục TĐC còn chồng chéo.']
    kn = ['Đề nghị Sở KH&CN chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng xăng dầu trên địa bàn Thành phố.']
    hand3('SCT_Bieu389_noidungCT38.xlsx', 'SO-CT', 'Sở Công Thương', ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'],
          'Biểu 02/BCĐ389/SCT', 'BCD389-CT38',
          'SỐ LIỆU PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (TRÍCH TỪ BIỂU 02/BCĐ389)',
          '(Kèm theo Báo cáo số 5562/BC-SCT ngày 27/10/2026 của Sở Công Thương)', rows,
          'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', ['NGƯỜI LẬP BIỂU', 'Mai Thanh Phong'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Nguyên Phương'],
          kk, kn,
          [E('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 96, 'violations': 11, 'fines_vnd': 186400000, 'samples_tested': 32}, 'Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) tại cửa hàng bán lẻ: 14 vụ; 96 đối tượng; 11 vụ vi phạm; 186,4 triệu đồng; Lấy 32 mẫu xăng dầu gửi thử nghiệm'),
           E('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý dự thảo QCVN về xăng dầu, khí — Góp ý 03 dự thảo QCVN'),
           E('II.1.a', 'completed', {'communications': 12}, 'Tuyên truyền cho doanh nghiệp kinh doanh xăng dầu về đo lường, chất lượng: 12 tin, bài'),
           E('II.2.đ', 'completed', {}, 'Duy trì ISO 9001 tại cơ quan Sở — Xong — Đã đánh giá nội bộ T8/2026')],
          '5562/BC-SCT', '2026-10-27')

# ================================================================ HAND 4 — Hương
# Officer of a Sở unit who reuses the unit's own internal plan (its "phụ lục phân công" table,
# with the planned-budget column still there) and appends two columns in another font and
# fill: "Kết quả thực hiện đến dd/mm" and "Đánh giá".
def hand4_docx(fname, unit_id, unit_name, org, so, date_iso, date_words, plan_ref, intro, cut, rows, diffs, props, signer, entries):
    d = base_doc(size=13, landscape=True)
    header_block(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), (org.upper(), True), ('Số: ' + so, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True),
                  ('Thành phố Hồ Chí Minh, ' + date_words, False, True)], size=12)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c')
    runs(d, [(intro, '')], first=1)
    para(d, 'PHỤ LỤC PHÂN CÔNG THỰC HIỆN (%s)' % plan_ref, bold=True, align='c', size=12)
    hdr = ['TT', 'Nội dung công việc', 'Bộ phận thực hiện', 'Thời gian', 'Kinh phí dự kiến (đồng)', 'Kết quả thực hiện đến ' + cut, 'Đánh giá']
    t = d.add_table(rows=1 + len(rows), cols=7); t.style = 'Table Grid'
    for j, h in enumerate(hdr):
        if j >= 5:
            cell_text(t.cell(0, j), h, bold=True, size=10, align='c', font='Arial', shade='FFF2CC')
        else:
            cell_text(t.cell(0, j), h, bold=True, size=11, align='c')
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            if j >= 5:
                cell_text(t.cell(i, j), v, size=10, font='Arial', shade='FFF2CC')
            else:
                cell_text(t.cell(i, j), v, size=11, align='c' if j in (0, 3, 4) else None)
    para(d)
    para(d, 'Khó khăn, vướng mắc', bold=True, font='Arial', size=11)
    for x in diffs: para(d, '- ' + x, font='Arial', size=11, align='j')
    para(d, 'Đề xuất', bold=True, font='Arial', size=11)
    for x in props: para(d, '- ' + x, font='Arial', size=11, align='j')
    signature(d, ['Nơi nhận:', '- Chi cục TĐC (để tổng hợp);', '- Lãnh đạo Sở (để b/c);', '- Lưu: VT.'], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, so, date_iso, entries, diffs, props)

def hand4_xlsx(fname, unit_id, unit_name, org_lines, sheet, title_lines, cut, rows, diffs, props, place_date, signer, entries, number, date_iso, extra_col=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    tnr = lambda **k: Font(name='Times New Roman', **{'size': 11, **k})
    ari = lambda **k: Font(name='Arial', **{'size': 10, **k})
    yel = PatternFill('solid', fgColor='FFF2CC')
    ws['A1'] = org_lines[0]; ws['A2'] = org_lines[1]; ws['A1'].font = tnr(); ws['A2'].font = tnr(bold=True)
    r = 4
    for i, tl in enumerate(title_lines):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, tl); c.alignment = Alignment(horizontal='center', wrap_text=True)
        c.font = tnr(bold=True, size=12) if i < len(title_lines) - 1 else ari(italic=True, color='C00000')
        r += 1
    r += 1
    hdr = ['STT', 'Nội dung công việc', extra_col or 'Mã ND', 'Bộ phận chủ trì', 'Thời gian', 'Kinh phí dự toán (đồng)', 'Kết quả thực hiện đến ' + cut, 'Đánh giá']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.font = tnr(bold=True) if j <= 6 else ari(bold=True)
        if j > 6: c.fill = yel
    r += 1
    for row in rows:
        if isinstance(row, str):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(r, 1, row); c.font = tnr(bold=True); c.border = BOX
            r += 1; continue
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
            c.font = tnr() if j <= 6 else ari()
            if j == 6 and isinstance(v, (int, float)): c.number_format = '#,##0'
            if j > 6: c.fill = yel
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = ari(bold=True); r += 1
    if not diffs:
        ws.cell(r, 2, 'Không có.').font = ari(); r += 1
    for x in diffs:
        ws.cell(r, 2, '- ' + x).font = ari(); r += 1
    ws.cell(r, 1, 'Đề xuất:').font = ari(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, '- ' + x).font = ari(); r += 1
    r += 1
    ws.cell(r, 7, place_date).font = tnr(italic=True); r += 1
    for k, s in enumerate(signer):
        ws.cell(r + (k if k < len(signer) - 1 else 5), 7, s).font = tnr(bold=True)
    for j, w in enumerate([5, 46, 8, 16, 12, 16, 48, 16], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)

def mk_h4():
    # ---- F13 Chi cục TĐC (xlsx)
    R = [
        'A. TUYÊN TRUYỀN, ĐÀO TẠO',
        [1, 'Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu', 'ND-01', 'P. Tiêu chuẩn - Chất lượng', 'Quý I-III', 85000000,
         'Đã tổ chức 05 lớp tập huấn, tọa đàm (04 lớp, 01 tọa đàm); 512 lượt người dự; kinh phí đã chi 61.380.000 đồng', 'Hoàn thành'],
        [2, 'Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia', 'ND-02', 'P. Tiêu chuẩn - Chất lượng', 'Quý I-II', 15000000,
         'Hướng dẫn 09 doanh nghiệp lập hồ sơ tham dự', 'Hoàn thành'],
        [3, 'Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND phường, xã, đặc khu', 'ND-07', 'P. Quản lý đo lường', 'Quý II-IV', 60000000,
         '02 lớp, 236 học viên; đã chi 38.750.000 đồng', 'Hoàn thành'],
        [4, 'Khóa đào tạo chuyên gia tư vấn năng suất', 'ND-08', 'P. Tiêu chuẩn - Chất lượng', 'Quý II-III', 40000000,
         'Chưa tổ chức, chờ Bộ phê duyệt chương trình khung', 'Chưa thực hiện'],
        'B. QUẢN LÝ NHÀ NƯỚC VỀ TĐC',
        [5, 'Tổ chức xét Giải thưởng Chất lượng Quốc gia năm 2026 (Hội đồng sơ tuyển)', 'ND-03', 'P. Tiêu chuẩn - Chất lượng', 'Quý II-IV', 30000000,
         'Hội đồng sơ tuyển đã đánh giá hồ sơ, dự kiến họp Hội đồng tháng 11/2026', 'Đang thực hiện'],
        [6, 'Hỗ trợ doanh nghiệp áp dụng HTQL tiên tiến, công bố hợp chuẩn, hợp quy', 'ND-04', 'P. Tiêu chuẩn - Chất lượng', 'Thường xuyên', 0,
         'Hỗ trợ 23 doanh nghiệp; tiếp nhận 1.146 hồ sơ công bố hợp quy', 'Đang thực hiện'],
        [7, 'Hướng dẫn áp dụng ISO 9001 trong cơ quan hành chính', 'ND-05', 'P. Tiêu chuẩn - Chất lượng', 'T1-T11', 0,
         'Hướng dẫn, tư vấn 14 cơ quan, UBND phường, xã', 'Đang thực hiện'],
        [8, 'Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương', 'ND-06', 'P. Tiêu chuẩn - Chất lượng', 'Quý IV', 20000000,
         'Góp ý 17 dự thảo TCVN, QCVN; QCĐP về nước sạch đang xây dựng', 'Đang thực hiện'],
        [9, 'Bảo trì, kiểm định, hiệu chuẩn thiết bị kỹ thuật nghiệp vụ', 'ND-11', 'P. Quản lý đo lường', 'Thường xuyên', 25000000,
         'Hiệu chuẩn 18 thiết bị', 'Hoàn thành'],
        'C. KIỂM TRA',
        [10, 'Kiểm tra nhà nước về TĐC hàng hóa lưu thông trên thị trường', 'ND-09', 'P. Thanh tra - Kiểm tra', 'Thường xuyên', 0,
         '31 cuộc; 284 cơ sở; 42 cơ sở vi phạm; phạt 518.250.000 đồng', 'Đang thực hiện'],
        [11, 'Khảo sát chất lượng sản phẩm, hàng hóa', 'ND-10', 'P. Thanh tra - Kiểm tra', 'Thường xuyên', 120000000,
         'Lấy 156 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em; đã chi 97.400.000 đồng', 'Hoàn thành'],
        [12, 'Phối hợp phường, xã, đặc khu thực hiện nội dung phân cấp', 'ND-12', 'P. Quản lý đo lường', 'Thường xuyên', 0,
         'Đã phối hợp với các phường, xã theo đề nghị', 'Đang thực hiện'],
    ]
    diffs = ['Số lượng công chức làm công tác kiểm tra của Chi cục ít so với địa bàn Thành phố sau hợp nhất.']
    props = ['Đề nghị Sở bổ sung biên chế cho Phòng Quản lý đo lường của Chi cục.']
    g = {r[2]: r for r in R if not isinstance(r, str)}
    hand4_xlsx('CCTDC_KH112_cap nhat KQ den 20.10.xlsx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
               ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], 'PL-PhanCong',
               ['PHỤ LỤC PHÂN CÔNG THỰC HIỆN KẾ HOẠCH SỐ 112/KH-CCTĐC NGÀY 20/01/2026', 'triển khai Chỉ thị số 38-CT/TW năm 2026',
                '(Cập nhật kết quả thực hiện đến ngày 20/10/2026 – gửi kèm Báo cáo số 1187/BC-CCTĐC ngày 23/10/2026)'],
               '20/10/2026', R, diffs, props, 'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
               ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', 'Đặng Thị Thu Hương'],
               [E('II.1.a', 'completed', {'training_courses': 5, 'participants': 512, 'budget_spent_vnd': 61380000}, g['ND-01'][6]),
                E('II.1.b', 'completed', {'enterprises_supported': 9}, g['ND-02'][6]),
                E('II.3.a', 'completed', {'training_courses': 2, 'participants': 236, 'budget_spent_vnd': 38750000}, g['ND-07'][6]),
                E('II.3.b', 'not_started', {}, g['ND-08'][6]),
                E('II.2.b', 'in_progress', {}, g['ND-03'][6]),
                E('II.2.d', 'in_progress', {'enterprises_supported': 23}, g['ND-04'][6]),
                E('II.2.đ', 'in_progress', {'enterprises_supported': 14}, g['ND-05'][6]),
                E('II.2.e', 'in_progress', {'standards_reviewed': 17}, g['ND-06'][6]),
                E('II.4.b', 'completed', {'instruments_verified': 18}, g['ND-11'][6]),
                E('II.5.a', 'in_progress', {'inspections': 31, 'establishments_inspected': 284, 'violations': 42, 'fines_vnd': 518250000}, g['ND-09'][6]),
                E('II.5.b', 'completed', {'samples_tested': 156, 'budget_spent_vnd': 97400000}, g['ND-10'][6]),
                E('II.5.c', 'in_progress', {}, g['ND-12'][6])],
               '1187/BC-CCTĐC', '2026-10-23')

    # ---- F14 Phòng Quản lý Khoa học (xlsx) — no số
    R = [
        [1, 'Tham mưu triển khai Quyết định số 05/2026/QĐ-UBND về thu hút chuyên gia, nhà khoa học', 'QLKH-09', 'Tổ chính sách', 'Thường xuyên', 0,
         'Tiếp nhận 04 hồ sơ chuyên gia (02 hồ sơ lĩnh vực đo lường); đã trình UBND Thành phố công nhận 01 chuyên gia', 'Đang thực hiện'],
        [2, 'Cử công chức Phòng dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức', 'QLKH-15', 'Tổ tổng hợp', 'Quý II-III', 0,
         '03 lượt công chức dự', 'Hoàn thành'],
        [3, 'Phối hợp với APO về năng suất khu vực công (nếu có yêu cầu)', 'QLKH-21', 'Tổ hợp tác', 'Thường xuyên', 0,
         'Không có yêu cầu trong kỳ', 'Không phát sinh'],
    ]
    props = ['Đề nghị Chi cục TĐC giới thiệu chuyên gia đủ điều kiện để Phòng hướng dẫn lập hồ sơ thu hút.']
    hand4_xlsx('QLKH_KHcongtac2026_trich ND CT38.xlsx', 'SKHCN-QLKH', 'Phòng Quản lý Khoa học',
               ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'], 'KH cong tac 2026',
               ['KẾ HOẠCH CÔNG TÁC NĂM 2026 CỦA PHÒNG (TRÍCH CÁC NỘI DUNG LIÊN QUAN CHỈ THỊ 38-CT/TW)',
                '(Phòng cập nhật cột kết quả, gửi Chi cục TĐC tổng hợp)'],
               '21/10/2026', R, [], props, 'Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026',
               ['TRƯỞNG PHÒNG', 'Lý Minh Hải'],
               [E('II.3.c', 'in_progress', {}, R[0][6]),
                E('II.3.a', 'completed', {'participants': 3}, R[1][6]),
                E('II.6.b', 'not_applicable', {}, R[2][6])],
               None, '2026-10-21', extra_col='Mã việc')

    # ---- F15 Trung tâm Dịch vụ Phân tích thí nghiệm (docx)
    R = [
        ['1', 'Đầu tư, nâng cấp trang thiết bị phòng thử nghiệm hóa lý, vi sinh', 'Phòng Hành chính – Tổng hợp', 'Cả năm', '3.200.000.000',
         'Đã ký hợp đồng mua sắm 02 hệ thống sắc ký; đã giải ngân 2,35 tỷ đồng; đang lắp đặt', 'Đang thực hiện'],
        ['2', 'Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm', 'Phòng Đo lường', 'Thường xuyên', '—',
         'Kiểm định, hiệu chuẩn 12.480 phương tiện đo; bổ sung 06 phép thử vào phạm vi công nhận', 'Đang thực hiện'],
        ['3', 'Duy trì liên kết chuẩn đo lường chính của Trung tâm với chuẩn quốc gia', 'Phòng Đo lường', 'Thường xuyên', '180.000.000',
         'Hiệu chuẩn 24 chuẩn chính tại Viện Đo lường Việt Nam', 'Hoàn thành'],
        ['4', 'Cử báo cáo viên tham gia các lớp tập huấn của Chi cục TĐC', 'Các phòng chuyên môn', 'Quý I-III', '—',
         'Đã cử báo cáo viên theo đề nghị của Chi cục', 'Hoàn thành'],
    ]
    diffs = ['Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí bảo trì, hiệu chuẩn lớn.']
    props = ['Đề nghị Sở bố trí vốn đầu tư năm 2027 cho dự án nâng cấp phòng thử nghiệm hóa lý.']
    hand4_docx('TTPTTN_BC CT38 (tu KH 45).docx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
               'Trung tâm Dịch vụ Phân tích thí nghiệm', '392/BC-TTPT', '2026-10-19', 'ngày 19 tháng 10 năm 2026',
               'Kế hoạch số 45/KH-TTPT ngày 10/02/2026',
               'Trung tâm Dịch vụ Phân tích thí nghiệm báo cáo kết quả thực hiện theo bảng phân công tại Kế hoạch số 45/KH-TTPT ngày 10/02/2026 của Trung tâm (đã cập nhật cột kết quả) như sau:',
               '15/10/2026', R, diffs, props, ['GIÁM ĐỐC', '', '', '', 'Phan Thị Thanh Hương'],
               [E('II.4.a', 'in_progress', {'budget_spent_vnd': 2350000000}, R[0][5]),
                E('II.2.g', 'in_progress', {'instruments_verified': 12480}, R[1][5]),
                E('II.4.c', 'completed', {'instruments_verified': 24}, R[2][5]),
                E('II.1.a', 'completed', {}, R[3][5])])

    # ---- F16 Phòng Kiểm tra – Pháp chế (docx)
    R = [
        ['1', 'Phối hợp Chi cục TĐC kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông', 'Phối hợp', 'Thường xuyên', '—',
         'Phối hợp 09 cuộc kiểm tra; tham mưu ban hành 11 quyết định xử phạt, tổng số tiền 214.500.000 đồng', 'Đang thực hiện'],
        ['2', 'Góp ý dự thảo văn bản QPPL về tiêu chuẩn, đo lường, chất lượng', 'Phối hợp', 'Khi có yêu cầu', '—',
         'Góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)', 'Hoàn thành'],
        ['3', 'Tiếp nhận, xử lý đơn tố giác vi phạm về TĐC', 'Phối hợp', 'Thường xuyên', '—',
         'Trong kỳ không nhận được đơn tố giác', 'Không phát sinh'],
        ['4', 'Rà soát, đề xuất bảo trì, kiểm định thiết bị kỹ thuật nghiệp vụ phục vụ xử phạt', 'Phối hợp', 'Tháng 12', '10.000.000',
         'Chưa đến kỳ rà soát', 'Chưa thực hiện'],
        ['5', 'Hướng dẫn phường, xã về thẩm quyền xử phạt trong lĩnh vực TĐC', 'Phối hợp', 'Thường xuyên', '—',
         'Hướng dẫn các phường, xã theo đề nghị', 'Đang thực hiện'],
    ]
    diffs = ['Việc chuyển giao hồ sơ vi phạm từ phường, xã về Sở còn chậm, thiếu biên bản theo mẫu.']
    props = ['Đề nghị Chi cục TĐC thống nhất mẫu biên bản kiểm tra dùng chung cho phường, xã.']
    hand4_docx('KTPC_BC_KH38_2026.docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', 'Phòng Kiểm tra – Pháp chế', '77/BC-KTPC', '2026-10-30', 'ngày 30 tháng 10 năm 2026',
               'Kế hoạch công tác kiểm tra năm 2026 của Phòng',
               'Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, trên cơ sở bảng phân công tại Kế hoạch công tác kiểm tra năm 2026 của Phòng (bổ sung cột kết quả) như sau:',
               '30/10/2026', R, diffs, props, ['TRƯỞNG PHÒNG', '', '', '', 'Võ Hoàng Nam'],
               [E('II.5.a', 'in_progress', {'inspections': 9, 'fines_vnd': 214500000}, R[0][5]),
                E('II.2.c', 'completed', {}, R[1][5]),
                E('II.5.d', 'not_applicable', {}, R[2][5]),
                E('II.4.b', 'not_started', {}, R[3][5]),
                E('II.5.c', 'in_progress', {}, R[4][5])])

if __name__ == '__main__':
    mk_h1(); mk_h2(); mk_h3(); mk_h4()
    for k in KEYS:
        p = os.path.join(OUT, k['file'])
        k['sha256'] = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, k['file'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
