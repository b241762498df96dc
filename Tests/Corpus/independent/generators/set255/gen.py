# -*- coding: utf-8 -*-
"""Generator for set255: 16 progress reports in five hands, plus answer keys.
Keys are written here (sha256 filled later by finalize.py after any LibreOffice re-save)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = {
        'file': fname, 'sha256': None, 'status': status, 'reason': reason,
        'unit': {'id': unit_id, 'name': unit_name},
        'document': {'number': number, 'date': date},
        'entries': [{'task': t, 'status': s, 'indicators': ind, 'text': tx} for (t, s, ind, tx) in entries],
        'findings': [], 'difficulties': diffs, 'proposals': props,
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, center=True, size=None, first=False, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    return p


def header_block(d, left_lines, number, place_date, extra_left=None):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    first = True
    for txt, bold in left_lines:
        cell_par(L, txt, bold=bold, first=first, size=12); first = False
    cell_par(L, '––––––––', size=10)
    cell_par(L, number, size=13)
    if extra_left:
        for x in extra_left:
            cell_par(L, x, size=11)
    cell_par(R, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, first=True, size=12)
    cell_par(R, 'Độc lập - Tự do - Hạnh phúc', bold=True, size=13)
    cell_par(R, '––––––––––––––––––––', size=10)
    cell_par(R, place_date, italic=True, size=13)
    return t


def para(d, text='', bold=False, italic=False, center=False, indent=True, size=None, after=4):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True, after=4):
    """parts: list of (text, style) where style is '' or combination of b,i,u"""
    p = para(d, indent=indent, after=after)
    for txt, sty in parts:
        r = p.add_run(txt)
        r.bold = 'b' in sty; r.italic = 'i' in sty; r.underline = 'u' in sty
    return p


def sign_block(d, left_list, right_lines, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]
    r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for x in left_list:
        q = L.add_paragraph(); rr = q.add_run(x); rr.font.size = Pt(11); q.paragraph_format.space_after = Pt(0)
    first = True
    for x in right_lines:
        cell_par(R, x, bold=True, first=first); first = False
    for _ in range(3):
        cell_par(R, '')
    cell_par(R, name, bold=True)

# ====================================================================
# HAND 1 — Hạnh, công chức Văn phòng HĐND-UBND of wards/communes (Word)
# run-in bold "n. Công tác …:" titles, prose, each item closed by the
# ward's own verdict sentence "Phường (Xã/Đặc khu) đánh giá: …."; money
# glued "3.500.000đ"; difficulties/proposals as "a) b)".
# ====================================================================

def hand1(fname, unit_upper, unit_kind, unit_name, unit_id, number, place, date_words, date_iso,
          intro, items, diffs, props, signer, sign_lines, mistaken=False, title2=None, reason=None):
    d = new_doc(size=14)
    header_block(d, [('ỦY BAN NHÂN DÂN', False), (unit_upper, True)], number,
                 f'{place}, {date_words}')
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, center=True, after=0)
    para(d, title2 or 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
         bold=True, center=True)
    para(d, '––––––––––', center=True)
    runs(d, [('Kính gửi: ', ''), ('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.' if not mistaken else 'Ủy ban nhân dân Thành phố (qua Sở An toàn thực phẩm).', '')], indent=False)
    para(d, intro)
    for sec_title, sec_items in items:
        para(d, sec_title, bold=True, indent=False)
        for it in sec_items:
            title, body, verdict = it
            parts = [(title + ' ', 'b'), (body, '')]
            if verdict:
                parts.append(('  ' + verdict, ''))
            runs(d, parts)
    if diffs:
        para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
        for i, x in enumerate(diffs):
            para(d, f'{"abcdefg"[i]}) {x}')
    if props:
        para(d, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
        for i, x in enumerate(props):
            para(d, f'{"abcdefg"[i]}) {x}')
    para(d, f'Trên đây là báo cáo của Ủy ban nhân dân {unit_kind} {unit_name}./.' if not mistaken else
         f'Trên đây là báo cáo của UBND {unit_kind} {unit_name} về công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026./.')
    sign_block(d, ['- Như trên;', '- Chi cục TĐC (để biết);' if not mistaken else '- Trung tâm Y tế khu vực;', '- Chủ tịch, các PCT UBND;', '- Lưu: VT, VHXH.'],
               sign_lines, signer)
    d.save(os.path.join(OUT, fname))


# ---- 1. Phường Rạch Dừa
h1_rd_items = [
    ('I. KẾT QUẢ THỰC HIỆN', [
        ('1. Công tác tuyên truyền, phổ biến:',
         'Phường phối hợp đăng tải 14 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử phường và nhóm Zalo của các khu phố; tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa và đo lường trong kinh doanh cho 85 hộ kinh doanh tại chợ Rạch Dừa, chợ Phước Thắng (ngày 18/4/2026).',
         'Phường đánh giá: đã hoàn thành.'),
        ('2. Cử cán bộ tham gia tập huấn:',
         'Phường đã cử 02 công chức (Văn phòng HĐND-UBND và Phòng Kinh tế) tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 6/2026.',
         'Phường đánh giá: đã hoàn thành.'),
        ('3. Công tác kiểm tra đo lường tại chợ (nội dung được phân quyền):',
         'Phường phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra 03 cuộc tại chợ Rạch Dừa và chợ Phước Thắng, kiểm tra 41 cơ sở kinh doanh; phát hiện 05 trường hợp sử dụng cân không đảm bảo yêu cầu, đã lập biên bản và xử phạt vi phạm hành chính tổng số tiền 3.500.000đ. Riêng đợt kiểm tra cuối năm dự kiến thực hiện trong tháng 12/2026.',
         'Phường đánh giá: đang tiếp tục thực hiện.'),
        ('4. Áp dụng hệ thống quản lý chất lượng tại cơ quan:',
         'Phường duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; trong năm đã rà soát, cập nhật lại 12 quy trình giải quyết thủ tục hành chính cho phù hợp với mô hình chính quyền địa phương hai cấp.',
         'Phường đánh giá: đã hoàn thành.'),
        ('5. Tiếp nhận phản ánh, tố giác vi phạm:',
         'Trong kỳ, phường không nhận được phản ánh, tố giác nào liên quan đến vi phạm về tiêu chuẩn, đo lường, chất lượng.',
         'Phường đánh giá: không phát sinh.'),
    ])]
h1_rd_diffs = ['Cán bộ phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của phường là kiêm nhiệm, chưa được đào tạo chuyên sâu.',
               'Phường chưa được trang bị quả cân chuẩn để tự kiểm tra cân tại chợ.']
h1_rd_props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn để phục vụ kiểm tra tại chợ.',
               'Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường, xã trong Quý I/2027.']
hand1('26536_UBND-RachDua_BC-CT38.docx', 'PHƯỜNG RẠCH DỪA', 'phường', 'Rạch Dừa', '26536', 'Số: 312/BC-UBND', 'Rạch Dừa',
      'ngày 29 tháng 10 năm 2026', '2026-10-29',
      'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Rạch Dừa báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 như sau:',
      h1_rd_items, h1_rd_diffs, h1_rd_props, 'Võ Thị Ngọc Hạnh',
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
key('26536_UBND-RachDua_BC-CT38.docx', '26536', 'Phường Rạch Dừa', '312/BC-UBND', '2026-10-29', [
    ('II.1.a', 'completed', {'communications': 14, 'training_courses': 1, 'participants': 85},
     'Phường phối hợp đăng tải 14 tin, bài …; tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa và đo lường trong kinh doanh cho 85 hộ kinh doanh'),
    ('II.3.a', 'completed', {'participants': 2},
     'Phường đã cử 02 công chức … tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục … tổ chức tháng 6/2026.'),
    ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 41, 'violations': 5, 'fines_vnd': 3500000},
     'Phường phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra 03 cuộc …, kiểm tra 41 cơ sở kinh doanh; phát hiện 05 trường hợp … xử phạt … 3.500.000đ.'),
    ('II.2.đ', 'completed', {},
     'Phường duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; … cập nhật lại 12 quy trình giải quyết thủ tục hành chính'),
    ('II.5.d', 'not_applicable', {},
     'Trong kỳ, phường không nhận được phản ánh, tố giác nào liên quan đến vi phạm về tiêu chuẩn, đo lường, chất lượng.'),
], h1_rd_diffs, h1_rd_props)

# ---- 2. Xã Xuân Sơn
h1_xs_items = [
    ('I. KẾT QUẢ THỰC HIỆN', [
        ('1. Công tác thông tin, tuyên truyền:',
         'Xã biên tập 06 tin, bài phát trên hệ thống truyền thanh xã về sử dụng cân đúng, đủ và nhận biết hàng hóa kém chất lượng; cấp phát tờ rơi cho tiểu thương tại chợ Xuân Sơn.',
         'Xã đánh giá: đã hoàn thành.'),
        ('2. Hướng dẫn truy xuất nguồn gốc nông sản:',
         'Phối hợp Phòng Kinh tế hướng dẫn 04 hợp tác xã, tổ hợp tác trồng sầu riêng, tiêu trên địa bàn đăng ký mã số mã vạch và tem truy xuất nguồn gốc; hiện còn 02 hợp tác xã đang hoàn thiện hồ sơ.',
         'Xã đánh giá: đang thực hiện.'),
        ('3. Phối hợp kiểm tra:',
         'Xã tham gia đoàn liên ngành kiểm tra 02 cuộc đối với 16 cửa hàng kinh doanh xăng dầu, vật tư nông nghiệp trên địa bàn theo nội dung được phân quyền.',
         'Xã đánh giá: đã hoàn thành.'),
        ('4. Cử cán bộ tập huấn:',
         'Cử 01 công chức Văn phòng HĐND-UBND tham dự hội nghị tập huấn trực tuyến do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.',
         'Xã đánh giá: đã hoàn thành.'),
        ('5. Xây dựng, áp dụng ISO 9001 tại UBND xã:',
         'Do đang kiện toàn bộ máy sau sắp xếp nên xã chưa triển khai xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, dự kiến thực hiện trong Quý I/2027.',
         'Xã đánh giá: chưa thực hiện.'),
    ])]
h1_xs_diffs = ['Địa bàn xã rộng, cơ sở kinh doanh nhỏ lẻ, phân tán; lực lượng kiểm tra của xã còn mỏng.']
h1_xs_props = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức 01 đợt kiểm tra đo lường tại chợ Xuân Sơn vào dịp cuối năm.']
hand1('26584_XaXuanSon_BaoCao_KH38.docx', 'XÃ XUÂN SƠN', 'xã', 'Xuân Sơn', '26584', 'Số:  158 /BC-UBND', 'Xuân Sơn',
      'ngày 05 tháng 11 năm 2026', '2026-11-05',
      'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Xuân Sơn báo cáo kết quả thực hiện như sau:',
      h1_xs_items, h1_xs_diffs, h1_xs_props, 'Nguyễn Văn Lực',
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
key('26584_XaXuanSon_BaoCao_KH38.docx', '26584', 'Xã Xuân Sơn', '158/BC-UBND', '2026-11-05', [
    ('II.1.a', 'completed', {'communications': 6},
     'Xã biên tập 06 tin, bài phát trên hệ thống truyền thanh xã về sử dụng cân đúng, đủ và nhận biết hàng hóa kém chất lượng'),
    ('II.2.a', 'in_progress', {'enterprises_supported': 4},
     'Phối hợp Phòng Kinh tế hướng dẫn 04 hợp tác xã, tổ hợp tác … đăng ký mã số mã vạch và tem truy xuất nguồn gốc'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 16},
     'Xã tham gia đoàn liên ngành kiểm tra 02 cuộc đối với 16 cửa hàng kinh doanh xăng dầu, vật tư nông nghiệp … theo nội dung được phân quyền.'),
    ('II.3.a', 'completed', {'participants': 1},
     'Cử 01 công chức Văn phòng HĐND-UBND tham dự hội nghị tập huấn trực tuyến do Chi cục … tổ chức.'),
    ('II.2.đ', 'not_started', {},
     'xã chưa triển khai xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, dự kiến thực hiện trong Quý I/2027.'),
], h1_xs_diffs, h1_xs_props)

# ---- 3. Đặc khu Côn Đảo (re-saved through LibreOffice later)
h1_cd_items = [
    ('I. KẾT QUẢ THỰC HIỆN', [
        ('1. Công tác tuyên truyền:',
         'Đăng 05 tin, bài trên Trang thông tin điện tử đặc khu; tổ chức 01 buổi tuyên truyền về ghi nhãn hàng hóa, cân đong cho 40 hộ kinh doanh dịch vụ du lịch, ăn uống tại khu vực chợ Côn Đảo.',
         'Đặc khu đánh giá: đã hoàn thành.'),
        ('2. Công tác kiểm tra:',
         'Kiểm tra 02 cuộc đối với 12 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (gas) trên địa bàn; phát hiện 01 cơ sở vi phạm về ghi nhãn, xử phạt 2.000.000đ. Tiếp tục kiểm tra các cơ sở còn lại trong tháng 11, 12.',
         'Đặc khu đánh giá: đang thực hiện.'),
        ('3. Hệ thống quản lý chất lượng ISO:',
         'Đã hoàn thành việc chuyển đổi, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền của đặc khu.',
         'Đặc khu đánh giá: đã hoàn thành.'),
        ('4. Đào tạo, tập huấn:',
         'Cử 02 công chức tham dự hội nghị tập huấn trực tuyến về quản lý nhà nước tiêu chuẩn, đo lường, chất lượng cấp xã.',
         'Đặc khu đánh giá: đã hoàn thành.'),
    ])]
h1_cd_diffs = ['Chi phí vận chuyển phương tiện đo ra đảo để kiểm định cao, nhiều cơ sở chưa kiểm định định kỳ.']
h1_cd_props = ['Đề nghị Sở bố trí đợt kiểm định lưu động phương tiện đo tại Côn Đảo trong năm 2027.']
hand1('26732_DacKhuConDao_BC38.docx', 'ĐẶC KHU CÔN ĐẢO', 'đặc khu', 'Côn Đảo', '26732', 'Số: 96/BC-UBND', 'Côn Đảo',
      'ngày 31 tháng 10 năm 2026', '2026-10-31',
      'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả như sau:',
      h1_cd_items, h1_cd_diffs, h1_cd_props, 'Lê Hoàng Sơn',
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
key('26732_DacKhuConDao_BC38.docx', '26732', 'Đặc khu Côn Đảo', '96/BC-UBND', '2026-10-31', [
    ('II.1.a', 'completed', {'communications': 5, 'training_courses': 1, 'participants': 40},
     'Đăng 05 tin, bài trên Trang thông tin điện tử đặc khu; tổ chức 01 buổi tuyên truyền về ghi nhãn hàng hóa, cân đong cho 40 hộ kinh doanh'),
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 12, 'violations': 1, 'fines_vnd': 2000000},
     'Kiểm tra 02 cuộc đối với 12 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (gas) …; phát hiện 01 cơ sở vi phạm về ghi nhãn, xử phạt 2.000.000đ.'),
    ('II.2.đ', 'completed', {},
     'Đã hoàn thành việc chuyển đổi, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính'),
    ('II.3.a', 'completed', {'participants': 2},
     'Cử 02 công chức tham dự hội nghị tập huấn trực tuyến về quản lý nhà nước tiêu chuẩn, đo lường, chất lượng cấp xã.'),
], h1_cd_diffs, h1_cd_props)

# ---- 4. Phường Bến Cát — MISTAKEN (food safety report)
h1_bc_items = [
    ('I. KẾT QUẢ THỰC HIỆN', [
        ('1. Công tác chỉ đạo:',
         'Ủy ban nhân dân phường ban hành Kế hoạch số 88/KH-UBND ngày 05/8/2026 về bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026; thành lập 02 tổ kiểm tra liên ngành về an toàn thực phẩm.', ''),
        ('2. Công tác tuyên truyền:',
         'Phát 15 lượt tin trên loa truyền thanh khu phố; treo 12 băng rôn; cấp phát 500 tờ rơi về lựa chọn bánh Trung thu an toàn.', ''),
        ('3. Công tác kiểm tra:',
         'Các tổ kiểm tra 27 cơ sở sản xuất, kinh doanh bánh Trung thu, thực phẩm; phát hiện 04 cơ sở vi phạm về điều kiện vệ sinh, giấy khám sức khỏe; xử phạt 8.500.000đ; tiêu hủy 35 kg bánh không rõ nguồn gốc.', ''),
        ('4. Tình hình ngộ độc thực phẩm:',
         'Trong dịp Tết Trung thu không xảy ra ngộ độc thực phẩm trên địa bàn phường.', ''),
    ])]
hand1('25813_PhuongBenCat_BC.docx', 'PHƯỜNG BẾN CÁT', 'phường', 'Bến Cát', '25813', 'Số: 274/BC-UBND', 'Bến Cát',
      'ngày 22 tháng 10 năm 2026', '2026-10-22',
      'Thực hiện chỉ đạo của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố, Ủy ban nhân dân phường Bến Cát báo cáo kết quả công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026 như sau:',
      h1_bc_items, ['Lực lượng kiểm tra an toàn thực phẩm của phường mỏng, chưa có cán bộ chuyên trách.'],
      ['Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho tổ kiểm tra của phường.'],
      'Trần Quốc Bảo', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], mistaken=True,
      title2='Kết quả công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026')
key('25813_PhuongBenCat_BC.docx', '25813', 'Phường Bến Cát', '274/BC-UBND', '2026-10-22', [], [], [],
    status='rejected', reason='Báo cáo công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')

# ====================================================================
# HAND 2 — Minh, ward economics officer (Excel, one sheet "Bao cao")
# merged header rows typed like a letter, a 5-column table
# "TT | Công việc | Kết quả (nêu số lượng cụ thể) | Đánh giá tiến độ | Ghi chú";
# every figure inside a verb-first phrase in the Kết quả cell
# ("Kiểm tra 4 cuộc, 38 cơ sở …"), no number columns; plain status words
# Xong / Đang tiếp tục / Đang làm / Chưa làm / Không có phát sinh;
# difficulties and proposals as "- " rows under bold labels; a
# "Người lập biểu" line with a phone number.
# ====================================================================
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, unit_upper, number, date_line, title, rows, diffs, props, preparer, signer, sheet='Bao cao'):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    ws.column_dimensions['A'].width = 5
    ws.column_dimensions['B'].width = 38
    ws.column_dimensions['C'].width = 52
    ws.column_dimensions['D'].width = 16
    ws.column_dimensions['E'].width = 18
    def put(cell, v, bold=False, italic=False, center=False, wrap=True, size=12):
        c = ws[cell]; c.value = v
        c.font = Font(name='Times New Roman', bold=bold, italic=italic, size=size)
        c.alignment = Alignment(horizontal='center' if center else 'left', vertical='center', wrap_text=wrap)
        return c
    ws.merge_cells('A1:B1'); put('A1', 'UBND ' + unit_upper, bold=True, center=True)
    ws.merge_cells('C1:E1'); put('C1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, center=True)
    ws.merge_cells('A2:B2'); put('A2', number, center=True)
    ws.merge_cells('C2:E2'); put('C2', 'Độc lập - Tự do - Hạnh phúc', bold=True, center=True)
    ws.merge_cells('C3:E3'); put('C3', date_line, italic=True, center=True)
    ws.merge_cells('A5:E5'); put('A5', title, bold=True, center=True, size=13)
    ws.row_dimensions[5].height = 36
    hdr = ['TT', 'Công việc', 'Kết quả (nêu số lượng cụ thể)', 'Đánh giá tiến độ', 'Ghi chú']
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h)
        c.font = Font(name='Times New Roman', bold=True, size=12)
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.border = BOX
    r = 8
    for i, (job, res, st, note) in enumerate(rows, 1):
        vals = [i, job, res, st, note]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=v)
            c.font = Font(name='Times New Roman', size=12)
            c.alignment = Alignment(horizontal='center' if j in (0, 3) else 'left', vertical='top', wrap_text=True)
            c.border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=2, value='Khó khăn, vướng mắc:').font = Font(name='Times New Roman', bold=True, size=12); r += 1
    for x in diffs:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        c = ws.cell(row=r, column=2, value='- ' + x); c.alignment = Alignment(wrap_text=True); r += 1
    ws.cell(row=r, column=2, value='Đề xuất:').font = Font(name='Times New Roman', bold=True, size=12); r += 1
    for x in props:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        c = ws.cell(row=r, column=2, value='- ' + x); c.alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(row=r, column=2, value='Người lập biểu').font = Font(name='Times New Roman', bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    put(f'C{r}', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', bold=True, center=True); ws.row_dimensions[r].height = 32
    r += 4
    ws.cell(row=r, column=2, value=preparer)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    put(f'C{r}', signer, bold=True, center=True)
    ws.page_setup.orientation = 'landscape'
    ws.print_title_rows = '7:7'
    wb.save(os.path.join(OUT, fname))


# ---- 5. Phường Thuận Giao
h2_tg_rows = [
    ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Zalo, fanpage khu phố',
     'Đăng 9 tin bài trên fanpage phường và nhóm Zalo 21 khu phố', 'Xong', ''),
    ('Mở lớp hướng dẫn hộ kinh doanh về nhãn hàng hóa, cân đo',
     'Tổ chức 2 lớp (tháng 4 và tháng 8), có 130 lượt hộ kinh doanh tham dự', 'Xong', 'Phối hợp Hội Liên hiệp phụ nữ'),
    ('Cử công chức đi tập huấn nghiệp vụ',
     'Cử 3 công chức dự lớp do Chi cục TĐC mở (tháng 7)', 'Xong', ''),
    ('Kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng (phường được phân cấp)',
     'Kiểm tra 4 cuộc, 38 cơ sở, phát hiện 6 cơ sở vi phạm, phạt 9,5 triệu đồng', 'Đang tiếp tục', 'Còn đợt tháng 12'),
    ('Vận động doanh nghiệp tham gia Giải thưởng chất lượng quốc gia',
     'Đã gửi thư mời tới các doanh nghiệp trong KCN Việt Hương, chưa có doanh nghiệp đăng ký', 'Đang làm', ''),
    ('Áp dụng ISO 9001 tại bộ phận một cửa',
     'Duy trì hệ thống quản lý chất lượng, đã tự đánh giá nội bộ tháng 9', 'Xong', ''),
    ('Khen thưởng, bảo vệ người tố giác vi phạm', '', 'Không có phát sinh', ''),
]
h2_tg_d = ['Số lượng hộ kinh doanh tại các chợ tự phát lớn, thường xuyên thay đổi, khó quản lý.',
           'Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng.']
h2_tg_p = ['Đề nghị Chi cục TĐC hướng dẫn cụ thể thẩm quyền xử phạt của phường về đo lường.']
hand2('25969_ThuanGiao_KQ-CT38.xlsx', 'PHƯỜNG THUẬN GIAO', 'Số: 245/BC-UBND', 'Thuận Giao, ngày 30 tháng 10 năm 2026',
      'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026\n(công tác tiêu chuẩn, đo lường, chất lượng)',
      h2_tg_rows, h2_tg_d, h2_tg_p, 'Phạm Văn Minh - ĐT: 0908 215 347', 'Huỳnh Thị Kim Loan')
key('25969_ThuanGiao_KQ-CT38.xlsx', '25969', 'Phường Thuận Giao', '245/BC-UBND', '2026-10-30', [
    ('II.1.a', 'completed', {'communications': 9, 'training_courses': 2, 'participants': 130},
     'Đăng 9 tin bài trên fanpage phường và nhóm Zalo 21 khu phố; Tổ chức 2 lớp (tháng 4 và tháng 8), có 130 lượt hộ kinh doanh tham dự'),
    ('II.3.a', 'completed', {'participants': 3}, 'Cử 3 công chức dự lớp do Chi cục TĐC mở (tháng 7)'),
    ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 38, 'violations': 6, 'fines_vnd': 9500000},
     'Kiểm tra 4 cuộc, 38 cơ sở, phát hiện 6 cơ sở vi phạm, phạt 9,5 triệu đồng'),
    ('II.1.b', 'in_progress', {}, 'Đã gửi thư mời tới các doanh nghiệp trong KCN Việt Hương, chưa có doanh nghiệp đăng ký'),
    ('II.2.đ', 'completed', {}, 'Duy trì hệ thống quản lý chất lượng, đã tự đánh giá nội bộ tháng 9'),
    ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác vi phạm — Không có phát sinh'),
], h2_tg_d, h2_tg_p)

# ---- 6. Phường Tăng Nhơn Phú
h2_tnp_rows = [
    ('Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
     'Đăng 11 tin bài trên Cổng thông tin điện tử phường', 'Xong', ''),
    ('Hướng dẫn doanh nghiệp, cơ sở sản xuất công bố hợp quy, công bố chất lượng',
     'Hướng dẫn 7 doanh nghiệp, cơ sở sản xuất (chủ yếu bao bì, cơ khí)', 'Đang tiếp tục', ''),
    ('Kiểm tra phối hợp theo nội dung phân quyền',
     'Kiểm tra 5 cuộc, 47 cơ sở, 3 cơ sở vi phạm, phạt 7.250.000 đồng; phối hợp Trung tâm kiểm định 52 cân tại chợ Tăng Nhơn Phú', 'Đang tiếp tục', 'Cân đồng hồ lò xo'),
    ('Cập nhật ISO 9001:2015 theo mô hình mới sau sắp xếp',
     'Đã ban hành quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015', 'Xong', ''),
    ('Giải thưởng chất lượng quốc gia', 'Không có doanh nghiệp đăng ký tham dự', 'Không có phát sinh', ''),
]
h2_tnp_d = ['Phường mới sắp xếp, cán bộ phụ trách thay đổi, hồ sơ theo dõi chưa liên tục.']
h2_tnp_p = ['Đề nghị Sở cung cấp mẫu biểu báo cáo thống nhất cho phường, xã.',
            'Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Tăng Nhơn Phú.']
hand2('26842_TangNhonPhu_BC-TCDLCL.xlsx', 'PHƯỜNG TĂNG NHƠN PHÚ', 'Số: 418/BC-UBND', 'Tăng Nhơn Phú, ngày 12 tháng 11 năm 2026',
      'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026',
      h2_tnp_rows, h2_tnp_d, h2_tnp_p, 'Đỗ Nhật Minh - ĐT: 0938 604 112', 'Trương Công Danh')
key('26842_TangNhonPhu_BC-TCDLCL.xlsx', '26842', 'Phường Tăng Nhơn Phú', '418/BC-UBND', '2026-11-12', [
    ('II.1.a', 'completed', {'communications': 11}, 'Đăng 11 tin bài trên Cổng thông tin điện tử phường'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 7}, 'Hướng dẫn 7 doanh nghiệp, cơ sở sản xuất (chủ yếu bao bì, cơ khí)'),
    ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 47, 'violations': 3, 'fines_vnd': 7250000, 'instruments_verified': 52},
     'Kiểm tra 5 cuộc, 47 cơ sở, 3 cơ sở vi phạm, phạt 7.250.000 đồng; phối hợp Trung tâm kiểm định 52 cân tại chợ Tăng Nhơn Phú'),
    ('II.2.đ', 'completed', {}, 'Đã ban hành quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015'),
    ('II.1.b', 'not_applicable', {}, 'Không có doanh nghiệp đăng ký tham dự — Không có phát sinh'),
], h2_tnp_d, h2_tnp_p)

# ---- 7. Xã Hòa Hội (re-saved through LibreOffice later)
h2_hh_rows = [
    ('Tuyên truyền trên loa truyền thanh xã', 'Phát 8 tin trên loa truyền thanh các ấp', 'Xong', ''),
    ('Hướng dẫn HTX ghi nhãn, truy xuất nguồn gốc nông sản',
     'Hướng dẫn 3 hợp tác xã (hạt điều, khoai mỡ) lập mã QR truy xuất nguồn gốc', 'Đang làm', ''),
    ('Kiểm tra đo lường tại chợ Hòa Hội',
     'Kiểm tra 1 cuộc tại 14 hộ kinh doanh, phát hiện 2 hộ dùng cân sai, lập biên bản nhắc nhở', 'Xong', ''),
    ('Áp dụng ISO hành chính tại UBND xã', 'Chưa làm, chờ hướng dẫn sau sáp nhập', 'Chưa làm', ''),
]
h2_hh_d = ['Xã chưa có cán bộ chuyên trách, chủ yếu kiêm nhiệm.']
h2_hh_p = ['Đề nghị Sở hướng dẫn việc xây dựng hệ thống ISO cho xã mới sau sắp xếp.']
hand2('26641_HoaHoi_CT38.xlsx', 'XÃ HÒA HỘI', 'Số: 77/BC-UBND', 'Hòa Hội, ngày 28 tháng 10 năm 2026',
      'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026',
      h2_hh_rows, h2_hh_d, h2_hh_p, 'Lâm Văn Minh - ĐT: 0254 3878 221', 'Nguyễn Thanh Tùng', sheet='Sheet1')
key('26641_HoaHoi_CT38.xlsx', '26641', 'Xã Hòa Hội', '77/BC-UBND', '2026-10-28', [
    ('II.1.a', 'completed', {'communications': 8}, 'Phát 8 tin trên loa truyền thanh các ấp'),
    ('II.2.a', 'in_progress', {'enterprises_supported': 3}, 'Hướng dẫn 3 hợp tác xã (hạt điều, khoai mỡ) lập mã QR truy xuất nguồn gốc'),
    ('II.5.c', 'completed', {'inspections': 1, 'establishments_inspected': 14, 'violations': 2},
     'Kiểm tra 1 cuộc tại 14 hộ kinh doanh, phát hiện 2 hộ dùng cân sai, lập biên bản nhắc nhở'),
    ('II.2.đ', 'not_started', {}, 'Chưa làm, chờ hướng dẫn sau sáp nhập'),
], h2_hh_d, h2_hh_p)

# ====================================================================
# HAND 3 — Dung, chuyên viên tổng hợp of city departments (Word công văn)
# a "V/v" công văn without a BÁO CÁO title; items "1." with the short name
# underlined, a sentence of what was done, and the status in an italic
# bracket closing the item "(Tình hình: …)"; "Về khó khăn" / "Về đề xuất"
# as "- " lines; department abbreviations in the số.
# ====================================================================

def hand3(fname, parent, dept_upper, number, vv, date_words, opening, items, diffs, props, signer, recips):
    d = new_doc(size=13)
    header_block(d, [(parent, False), (dept_upper, True)], number, f'Thành phố Hồ Chí Minh, {date_words}',
                 extra_left=[vv])
    para(d, '')
    runs(d, [('Kính gửi: ', ''), ('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', '')], indent=False)
    para(d, opening)
    for i, (short, body, st) in enumerate(items, 1):
        runs(d, [(f'{i}. ', ''), (short, 'u'), (': ' + body + ' ', ''), (f'(Tình hình: {st}.)', 'i')])
    if diffs:
        para(d, 'Về khó khăn:', bold=True, indent=True)
        for x in diffs:
            para(d, '- ' + x)
    if props:
        para(d, 'Về đề xuất:', bold=True, indent=True)
        for x in props:
            para(d, '- ' + x)
    para(d, 'Trân trọng./.')
    sign_block(d, ['- Như trên;', '- Giám đốc Sở (để b/c);'] + recips + ['- Lưu: VT.'],
               ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer)
    d.save(os.path.join(OUT, fname))


# ---- 8. Sở Công Thương
h3_ct_items = [
    ('Phổ biến cam kết về hàng rào kỹ thuật (TBT) trong các FTA',
     'Sở đã tổ chức 03 hội nghị phổ biến các cam kết về hàng rào kỹ thuật trong thương mại của các hiệp định CPTPP, EVFTA, RCEP cho 420 lượt doanh nghiệp tham dự; phát hành 02 ấn phẩm hỏi đáp về TBT gửi các hiệp hội ngành hàng',
     'đang thực hiện, thường xuyên'),
    ('Phối hợp kiểm tra đo lường xăng dầu',
     'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 06 cuộc tại 54 cửa hàng xăng dầu; phát hiện 04 cửa hàng vi phạm về đo lường, tổng tiền phạt 62,5 triệu đồng',
     'đã hoàn thành kế hoạch kiểm tra năm 2026'),
    ('Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng',
     'Thông qua Chương trình khuyến công, hỗ trợ mười lăm (15) doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất 5S, Kaizen và hệ thống quản lý ISO 9001',
     'đang thực hiện'),
    ('Góp ý dự thảo quy chuẩn kỹ thuật',
     'Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì xây dựng (về an toàn điện và xăng sinh học E10)',
     'đã hoàn thành'),
    ('Hệ thống quản lý chất lượng tại Sở',
     'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; tháng 8/2026 đã tổ chức đánh giá nội bộ và họp xem xét của lãnh đạo',
     'đã hoàn thành'),
]
h3_ct_d = ['Một số doanh nghiệp nhỏ chưa quan tâm đến cam kết TBT, số lượng tham dự hội nghị trực tuyến còn thấp.']
h3_ct_p = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách doanh nghiệp đã được hỗ trợ năng suất để tránh trùng lặp đối tượng hỗ trợ.']
hand3('SCT_5217-SCT-QLTM_CT38.docx', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG', 'Số: 5217/SCT-QLTM',
      'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', 'ngày 24 tháng 10 năm 2026',
      'Sở Công Thương nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Công Thương báo cáo các nội dung có liên quan như sau:',
      h3_ct_items, h3_ct_d, h3_ct_p, 'Nguyễn Thị Thanh Dung', ['- Phòng QLTM, Phòng KTAT;'])
key('SCT_5217-SCT-QLTM_CT38.docx', 'SO-CT', 'Sở Công Thương', '5217/SCT-QLTM', '2026-10-24', [
    ('II.6.a', 'in_progress', {'training_courses': 3, 'participants': 420, 'communications': 2},
     'Sở đã tổ chức 03 hội nghị phổ biến các cam kết về hàng rào kỹ thuật trong thương mại … cho 420 lượt doanh nghiệp tham dự; phát hành 02 ấn phẩm hỏi đáp về TBT'),
    ('II.5.a', 'completed', {'inspections': 6, 'establishments_inspected': 54, 'violations': 4, 'fines_vnd': 62500000},
     'Phối hợp Chi cục … kiểm tra 06 cuộc tại 54 cửa hàng xăng dầu; phát hiện 04 cửa hàng vi phạm về đo lường, tổng tiền phạt 62,5 triệu đồng'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 15},
     'hỗ trợ mười lăm (15) doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất 5S, Kaizen và hệ thống quản lý ISO 9001'),
    ('II.2.e', 'completed', {'standards_reviewed': 2},
     'Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì xây dựng'),
    ('II.2.đ', 'completed', {},
     'Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; tháng 8/2026 đã tổ chức đánh giá nội bộ'),
], h3_ct_d, h3_ct_p)

# ---- 9. Sở Y tế
h3_yt_items = [
    ('Góp ý quy chuẩn kỹ thuật quốc gia',
     'Sở Y tế đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và mỹ phẩm theo đề nghị của Bộ Y tế',
     'đã hoàn thành'),
    ('Phối hợp kiểm tra đo lường trong lĩnh vực y tế',
     'Cử cán bộ phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc về đo lường tại 09 cơ sở khám bệnh, chữa bệnh tư nhân (kiểm tra việc kiểm định huyết áp kế, cân sức khỏe, nhiệt kế y học)',
     'đã hoàn thành'),
    ('Áp dụng ISO 9001 tại cơ quan Sở',
     'Sở tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với 100% thủ tục hành chính',
     'đã hoàn thành'),
    ('Tập huấn',
     'Cử 05 viên chức của các bệnh viện tham gia lớp tập huấn nghiệp vụ đo lường trong lĩnh vực y tế do Chi cục tổ chức tháng 9/2026',
     'đã hoàn thành'),
    ('Khen thưởng người tố giác vi phạm',
     'Trong năm 2026 không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trong ngành y tế',
     'không phát sinh'),
]
h3_yt_p = ['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức lớp tập huấn về kiểm định phương tiện đo nhóm 2 dùng trong y tế cho các bệnh viện tuyến cơ sở.']
hand3('SYT_8842-SYT-NVD.docx', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', 'Số: 8842/SYT-NVD',
      'V/v báo cáo thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026', 'ngày 30 tháng 10 năm 2026',
      'Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo như sau:',
      h3_yt_items, [], h3_yt_p, 'Trần Văn Khánh', ['- Phòng NVY;'])
key('SYT_8842-SYT-NVD.docx', 'SO-YT', 'Sở Y tế', '8842/SYT-NVD', '2026-10-30', [
    ('II.2.e', 'completed', {'standards_reviewed': 4},
     'Sở Y tế đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và mỹ phẩm'),
    ('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 9},
     'Cử cán bộ phối hợp với Chi cục … kiểm tra 02 cuộc về đo lường tại 09 cơ sở khám bệnh, chữa bệnh tư nhân'),
    ('II.2.đ', 'completed', {}, 'Sở tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'),
    ('II.3.a', 'completed', {'participants': 5},
     'Cử 05 viên chức của các bệnh viện tham gia lớp tập huấn nghiệp vụ đo lường trong lĩnh vực y tế do Chi cục tổ chức'),
    ('II.5.d', 'not_applicable', {},
     'Trong năm 2026 không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trong ngành y tế'),
], [], h3_yt_p)

# ---- 10. Sở Giáo dục và Đào tạo
h3_gd_items = [
    ('Đưa kiến thức tiêu chuẩn, đo lường, chất lượng vào nhà trường',
     'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 buổi ngoại khóa về mã số mã vạch, truy xuất nguồn gốc và nhãn hàng hóa tại 04 trường trung cấp, cao đẳng với 760 học sinh, sinh viên tham dự; các buổi còn lại dự kiến tổ chức trong tháng 11, 12',
     'đang thực hiện'),
    ('Tuyên truyền',
     'Đăng tải 06 tin, bài về tiêu chuẩn, đo lường, chất lượng và ngày Tiêu chuẩn thế giới trên Cổng thông tin điện tử của Sở',
     'đã hoàn thành'),
    ('ISO trong cơ quan hành chính',
     'Văn phòng Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 và đã công bố lại sau khi cập nhật quy trình',
     'đã hoàn thành'),
]
h3_gd_d = ['Chương trình đào tạo chính khóa của các trường chưa có nội dung về tiêu chuẩn, đo lường, chất lượng nên chỉ lồng ghép được vào hoạt động ngoại khóa.']
h3_gd_p = ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, bài giảng mẫu về tiêu chuẩn, đo lường, chất lượng để các trường lồng ghép giảng dạy.']
hand3('SGDDT_4410_bao-cao-CT38.docx', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 4410/SGDĐT-KHTC',
      'V/v báo cáo kết quả thực hiện Kế hoạch CT38-CT/TW năm 2026', 'ngày 21 tháng 10 năm 2026',
      'Theo đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung có liên quan của Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
      h3_gd_items, h3_gd_d, h3_gd_p, 'Lê Hoài Nam', ['- Phòng GDNN-GDTX;'])
key('SGDDT_4410_bao-cao-CT38.docx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '4410/SGDĐT-KHTC', '2026-10-21', [
    ('II.3.d', 'in_progress', {'training_courses': 4, 'participants': 760},
     'tổ chức 04 buổi ngoại khóa về mã số mã vạch, truy xuất nguồn gốc và nhãn hàng hóa tại 04 trường trung cấp, cao đẳng với 760 học sinh, sinh viên tham dự'),
    ('II.1.a', 'completed', {'communications': 6},
     'Đăng tải 06 tin, bài về tiêu chuẩn, đo lường, chất lượng … trên Cổng thông tin điện tử của Sở'),
    ('II.2.đ', 'completed', {}, 'Văn phòng Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'),
], h3_gd_d, h3_gd_p)

# ====================================================================
# HAND 4 — Khoa, chuyên viên kế hoạch (Excel "register + status block")
# top label/value rows ("Đơn vị báo cáo:", "Số văn bản:", "Ngày báo cáo:"),
# then an activity register "STT | Thời gian | Hoạt động | Số lượng | ĐVT |
# Thuộc nội dung KH" with one figure per row (sub-figures as "- " rows under
# their activity, "nt" in the last column), then a separate block
# "TỔNG HỢP TÌNH TRẠNG THEO NỘI DUNG" keyed by the same short content
# names; difficulties/proposals as "KK:"/"ĐX:" rows at the very end.
# ====================================================================
import datetime


def hand4(fname, unit, number, date_val, title, acts, statuses, kk, dx, maker, sheet='TongHop'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    widths = {'A': 6, 'B': 14, 'C': 60, 'D': 12, 'E': 12, 'F': 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    f = Font(name='Arial', size=10); fb = Font(name='Arial', size=10, bold=True)
    ws['A1'] = 'Đơn vị báo cáo:'; ws['C1'] = unit; ws['A1'].font = fb; ws['C1'].font = fb
    ws['A2'] = 'Số văn bản:'; ws['C2'] = number; ws['A2'].font = fb
    ws['A3'] = 'Ngày báo cáo:'; ws['C3'] = date_val; ws['A3'].font = fb
    if isinstance(date_val, datetime.date):
        ws['C3'].number_format = 'dd/mm/yyyy'
    ws['C3'].alignment = Alignment(horizontal='left')
    ws.merge_cells('A5:F5'); ws['A5'] = title; ws['A5'].font = Font(name='Arial', size=12, bold=True)
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[5].height = 30
    hdr = ['STT', 'Thời gian', 'Hoạt động', 'Số lượng', 'ĐVT', 'Thuộc nội dung KH']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8; n = 0
    for (tm, act, qty, unitm, content) in acts:
        sub = act.startswith('- ')
        if not sub:
            n += 1
        vals = ['' if sub else n, tm, act, qty, unitm, content]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v if v != '' else None); c.font = f; c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if j in (1, 2, 5) else None)
            if j == 4 and isinstance(v, int) and v >= 1000:
                c.number_format = '#,##0'
        r += 1
    r += 1
    ws.cell(row=r, column=3, value='TỔNG HỢP TÌNH TRẠNG THEO NỘI DUNG').font = fb; r += 1
    for j, h in enumerate(['Nội dung KH', 'Tình trạng'], 0):
        c = ws.cell(row=r, column=3 + j * 3, value=h); c.font = fb; c.border = BOX
    r += 1
    for content, st in statuses:
        ws.cell(row=r, column=3, value=content).font = f
        ws.cell(row=r, column=6, value=st).font = f
        ws.cell(row=r, column=3).border = BOX; ws.cell(row=r, column=6).border = BOX
        r += 1
    r += 1
    for x in kk:
        ws.cell(row=r, column=2, value='KK:').font = fb
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.cell(row=r, column=3, value=x).alignment = Alignment(wrap_text=True); r += 1
    for x in dx:
        ws.cell(row=r, column=2, value='ĐX:').font = fb
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.cell(row=r, column=3, value=x).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(row=r, column=3, value=f'Người tổng hợp: {maker}').font = Font(name='Arial', size=10, italic=True)
    ws.freeze_panes = 'A8'
    wb.save(os.path.join(OUT, fname))


# ---- 11. Sở Nông nghiệp và Môi trường
h4_nn_acts = [
    ('T3–T6/2026', 'Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước sạch nông thôn', 3, 'dự thảo', 'Xây dựng, góp ý quy chuẩn kỹ thuật'),
    ('T4–T10/2026', 'Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật lưu thông trên địa bàn', 8, 'cuộc', 'Kiểm tra, giám sát chất lượng hàng hóa'),
    ('', '- Cơ sở được kiểm tra', 73, 'cơ sở', 'nt'),
    ('', '- Cơ sở vi phạm', 11, 'cơ sở', 'nt'),
    ('', '- Tiền xử phạt VPHC', 186500000, 'đồng', 'nt'),
    ('', '- Mẫu lấy kiểm tra chất lượng', 64, 'mẫu', 'nt'),
    ('T1–T10/2026', 'Hướng dẫn HTX, cơ sở cấp mã số vùng trồng, truy xuất nguồn gốc nông sản', 27, 'HTX, cơ sở', 'Truy xuất nguồn gốc (Đề án 100)'),
    ('T8/2026', 'Đánh giá nội bộ hệ thống ISO 9001:2015 tại cơ quan Sở', None, '', 'Hệ thống QLCL trong cơ quan hành chính'),
]
h4_nn_st = [('Xây dựng, góp ý quy chuẩn kỹ thuật', 'Đã xong'),
            ('Kiểm tra, giám sát chất lượng hàng hóa', 'Đang triển khai (còn đợt kiểm tra cuối năm)'),
            ('Truy xuất nguồn gốc (Đề án 100)', 'Đang triển khai'),
            ('Hệ thống QLCL trong cơ quan hành chính', 'Đã xong')]
h4_nn_kk = ['Phí kiểm nghiệm mẫu phân bón cao, kinh phí được giao không đủ lấy mẫu theo kế hoạch.']
h4_nn_dx = ['Đề nghị Sở KH&CN chia sẻ dữ liệu truy xuất nguồn gốc với hệ thống của ngành nông nghiệp.']
hand4('SNNMT_BC3391_CT38_2026.xlsx', 'Sở Nông nghiệp và Môi trường', 'Số: 3391/BC-SNNMT', datetime.datetime(2026, 10, 27),
      'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc của Sở Nông nghiệp và Môi trường)',
      h4_nn_acts, h4_nn_st, h4_nn_kk, h4_nn_dx, 'Đặng Minh Khoa - P. Kế hoạch Tài chính')
key('SNNMT_BC3391_CT38_2026.xlsx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '3391/BC-SNNMT', '2026-10-27', [
    ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước sạch nông thôn — 3 dự thảo'),
    ('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 73, 'violations': 11, 'fines_vnd': 186500000, 'samples_tested': 64},
     'Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật lưu thông trên địa bàn — 8 cuộc; 73 cơ sở; 11 cơ sở vi phạm; 186.500.000 đồng; 64 mẫu'),
    ('II.2.a', 'in_progress', {'enterprises_supported': 27}, 'Hướng dẫn HTX, cơ sở cấp mã số vùng trồng, truy xuất nguồn gốc nông sản — 27 HTX, cơ sở'),
    ('II.2.đ', 'completed', {}, 'Đánh giá nội bộ hệ thống ISO 9001:2015 tại cơ quan Sở'),
], h4_nn_kk, h4_nn_dx)

# ---- 12. Phòng Quản lý Khoa học (no số: internal report)
h4_kh_acts = [
    ('T3/2026', 'Trình UBND TP hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường, thử nghiệm theo Nghị quyết 27/2023/NQ-HĐND', 2, 'hồ sơ', 'Thu hút chuyên gia, cán bộ trình độ cao'),
    ('T5/2026', 'Hội thảo "Thu hút, trọng dụng chuyên gia tiêu chuẩn, đo lường, chất lượng"', 1, 'hội thảo', 'nt'),
    ('', '- Đại biểu tham dự', 65, 'người', 'nt'),
    ('T7/2026', 'Phối hợp Chi cục TĐC tổ chức khóa bồi dưỡng chuyên sâu về năng suất cho doanh nghiệp', 1, 'khóa', 'Bồi dưỡng chuyên sâu năng suất, chất lượng'),
    ('', '- Học viên', 48, 'học viên', 'nt'),
    ('T9–T10/2026', 'Phối hợp thẩm định thuyết minh nhiệm vụ KH&CN thuộc chương trình năng suất chất lượng', 3, 'nhiệm vụ', 'Kế hoạch nâng cao năng suất chất lượng (CT 1322, KH 36)'),
]
h4_kh_st = [('Thu hút chuyên gia, cán bộ trình độ cao', 'Đang thực hiện (thường xuyên)'),
            ('Bồi dưỡng chuyên sâu năng suất, chất lượng', 'Đã xong'),
            ('Kế hoạch nâng cao năng suất chất lượng (CT 1322, KH 36)', 'Đang làm')]
h4_kh_kk = ['Mức hỗ trợ theo Nghị quyết 27/2023/NQ-HĐND chưa đủ sức hấp dẫn với chuyên gia đo lường, thử nghiệm có trình độ cao.']
h4_kh_dx = ['Đề nghị Sở trình UBND Thành phố bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ngành, lĩnh vực ưu tiên thu hút.']
hand4('QLKH_tinh-hinh-KH38_T10.xlsx', 'Phòng Quản lý Khoa học - Sở KH&CN', '(báo cáo nội bộ, không đánh số)', '27/10/2026',
      'TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 - PHẦN VIỆC PHÒNG QLKH (đến 27/10/2026)',
      h4_kh_acts, h4_kh_st, h4_kh_kk, h4_kh_dx, 'Trịnh Đăng Khoa', sheet='QLKH')
key('QLKH_tinh-hinh-KH38_T10.xlsx', 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', None, '2026-10-27', [
    ('II.3.c', 'in_progress', {'training_courses': 1, 'participants': 65},
     'Hội thảo "Thu hút, trọng dụng chuyên gia tiêu chuẩn, đo lường, chất lượng" — 1 hội thảo; Đại biểu tham dự 65 người'),
    ('II.3.b', 'completed', {'training_courses': 1, 'participants': 48},
     'Phối hợp Chi cục TĐC tổ chức khóa bồi dưỡng chuyên sâu về năng suất cho doanh nghiệp — 1 khóa; 48 học viên'),
    ('II.2.a', 'in_progress', {}, 'Phối hợp thẩm định thuyết minh nhiệm vụ KH&CN thuộc chương trình năng suất chất lượng — 3 nhiệm vụ'),
], h4_kh_kk, h4_kh_dx)

# ---- 13. Sở Xây dựng — MISTAKEN (digital transformation)
h4_xd_acts = [
    ('T1–T10/2026', 'Số hóa hồ sơ cấp giấy phép xây dựng lưu trữ', 12450, 'hồ sơ', 'Nhiệm vụ 2 - Dữ liệu số'),
    ('T1–T10/2026', 'Thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình', 46, 'thủ tục', 'Nhiệm vụ 3 - Chính quyền số'),
    ('', '- Hồ sơ trực tuyến đã tiếp nhận', 8730, 'hồ sơ', 'nt'),
    ('T6/2026', 'Kết nối cơ sở dữ liệu nhà ở và thị trường bất động sản với hệ thống của Bộ Xây dựng', 1, 'hệ thống', 'Nhiệm vụ 4 - Kết nối, chia sẻ'),
    ('T9/2026', 'Tập huấn kỹ năng số cho công chức Sở', 2, 'lớp', 'Nhiệm vụ 5 - Nhân lực số'),
]
h4_xd_st = [('Nhiệm vụ 2 - Dữ liệu số', 'Đang triển khai'), ('Nhiệm vụ 3 - Chính quyền số', 'Đang triển khai'),
            ('Nhiệm vụ 4 - Kết nối, chia sẻ', 'Đã xong'), ('Nhiệm vụ 5 - Nhân lực số', 'Đã xong')]
hand4('SXD_BC-CDS-10thang.xlsx', 'Sở Xây dựng', 'Số: 7720/BC-SXD', datetime.datetime(2026, 10, 29),
      'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA SỞ XÂY DỰNG (10 tháng)',
      h4_xd_acts, h4_xd_st, ['Hạ tầng máy chủ của Sở đã cũ, thường xuyên quá tải khi tiếp nhận hồ sơ trực tuyến.'],
      ['Đề nghị Sở KH&CN hỗ trợ chuyển hệ thống lên nền tảng điện toán đám mây của Thành phố.'], 'Phan Anh Khoa - Văn phòng Sở')
key('SXD_BC-CDS-10thang.xlsx', 'SO-XD', 'Sở Xây dựng', '7720/BC-SXD', '2026-10-29', [], [], [],
    status='rejected', reason='Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 của Sở Xây dựng, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')

# ====================================================================
# HAND 5 — Ngân, chuyên viên tổng hợp of the Sở's own units (Word, ND30)
# formal report; an opening sentence counting the unit's tasks by state;
# sections by the plan's groups "1. Về …" with "a)" sub-items that start
# with the plan's own wording cut short, prose with figures, and a separate
# closing bold-italic line "Nhiệm vụ hoàn thành." / "Nhiệm vụ đang tiếp tục
# thực hiện." / "Nhiệm vụ không phát sinh trong kỳ."; numbered difficulty
# and proposal paragraphs under "III." and "IV.".
# ====================================================================
ST5 = {'completed': 'Nhiệm vụ hoàn thành.', 'in_progress': 'Nhiệm vụ đang tiếp tục thực hiện.',
       'not_applicable': 'Nhiệm vụ không phát sinh trong kỳ.', 'not_started': 'Nhiệm vụ chưa triển khai.'}


def hand5(fname, unit_upper, number, date_words, intro, groups, diffs, props, signer, sign_lines, recips):
    d = new_doc(size=13)
    header_block(d, [('SỞ KHOA HỌC VÀ CÔNG NGHỆ', False), (unit_upper, True)], number,
                 f'Thành phố Hồ Chí Minh, {date_words}')
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, center=True, after=0)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026', bold=True, center=True)
    para(d, '–––––––––––', center=True)
    runs(d, [('Kính gửi: ', ''), ('Giám đốc Sở Khoa học và Công nghệ.' if 'CHI CỤC' in unit_upper else 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', '')], indent=False)
    para(d, intro)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for gtitle, subs in groups:
        para(d, gtitle, bold=True)
        for lead, body, st in subs:
            runs(d, [(lead + ' ', 'i'), (body, '')])
            p = para(d, ST5[st], bold=True, italic=True)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        para(d, f'{i}. {x}')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for i, x in enumerate(props, 1):
        para(d, f'{i}. {x}')
    sign_block(d, ['- Như trên;'] + recips + ['- Lưu: VT.'], sign_lines, signer)
    d.save(os.path.join(OUT, fname))


def flat(groups):
    return [(t, st, ind, body) for _, subs in groups for (_, body, st, t, ind) in subs]


def strip(groups):
    return [(g, [(a, b, c) for (a, b, c, _, _) in subs]) for g, subs in groups]

# ---- 14. Chi cục TĐC
h5_cc = [
    ('1. Về tuyên truyền, nâng cao nhận thức', [
        ('a) Tổ chức các lớp tập huấn văn bản quy phạm pháp luật…',
         'Chi cục đã tổ chức 06 hoạt động phổ biến (05 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và 01 buổi tọa đàm với doanh nghiệp nhập khẩu) với tổng cộng 698 lượt người tham dự.',
         'completed', 'II.1.a', {'training_courses': 6, 'participants': 698}),
        ('b) Tuyên truyền, vận động tham dự Giải thưởng Chất lượng Quốc gia…',
         'Phát hành 150 bộ tài liệu giới thiệu Giải thưởng Chất lượng Quốc gia; trực tiếp hướng dẫn 14 doanh nghiệp hoàn thiện hồ sơ tham dự.',
         'completed', 'II.1.b', {'communications': 150, 'enterprises_supported': 14}),
    ]),
    ('2. Về tổ chức triển khai công tác quản lý nhà nước', [
        ('a) Triển khai Kế hoạch nâng cao năng suất và chất lượng…, Đề án 996, Đề án 100',
         'Hỗ trợ 09 doanh nghiệp áp dụng công cụ cải tiến năng suất và 22 doanh nghiệp áp dụng mã số mã vạch, truy xuất nguồn gốc (tổng số 31 doanh nghiệp); kinh phí đã giải ngân 126.400.000 đồng.',
         'in_progress', 'II.2.a', {'enterprises_supported': 31, 'budget_spent_vnd': 126400000}),
        ('d) Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý…',
         'Hướng dẫn 356 lượt tổ chức, doanh nghiệp về công bố hợp chuẩn, công bố hợp quy; tiếp nhận 1.184 hồ sơ công bố hợp quy.',
         'in_progress', 'II.2.d', {'enterprises_supported': 356}),
        ('e) Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật…',
         'Góp ý 11 dự thảo TCVN, QCVN và chủ trì xây dựng 01 quy chuẩn kỹ thuật địa phương về đồng hồ đo nước lạnh (tổng cộng 12 văn bản); dự thảo quy chuẩn địa phương đang lấy ý kiến các sở, ngành.',
         'in_progress', 'II.2.e', {'standards_reviewed': 12}),
    ]),
    ('3. Về đào tạo nguồn nhân lực', [
        ('a) Tổ chức các chương trình tập huấn, cập nhật kiến thức…',
         'Cử 18 lượt công chức tham gia 07 khóa đào tạo, hội thảo chuyên sâu; tổ chức 02 lớp tập huấn cho công chức của 86 phường, xã với 214 người; tính chung 09 lớp, khóa với 232 lượt người.',
         'in_progress', 'II.3.a', {'training_courses': 9, 'participants': 232}),
    ]),
    ('4. Về đầu tư cho công tác tiêu chuẩn, đo lường, chất lượng', [
        ('b) Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ…',
         'Đã kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra theo Nghị định 135/2021/NĐ-CP.',
         'completed', 'II.4.b', {'instruments_verified': 46}),
    ]),
    ('5. Về kiểm tra, giám sát', [
        ('a) Kiểm tra, giám sát bảo đảm an toàn của sản phẩm, hàng hóa…',
         'Tổ chức 19 cuộc kiểm tra tại 248 cơ sở; lấy 85 mẫu hàng hóa để thử nghiệm; phát hiện 37 cơ sở vi phạm, ban hành quyết định xử phạt với tổng số tiền 412.750.000 đồng.',
         'in_progress', 'II.5.a', {'inspections': 19, 'establishments_inspected': 248, 'samples_tested': 85, 'violations': 37, 'fines_vnd': 412750000}),
        ('b) Khảo sát chất lượng sản phẩm, hàng hóa…',
         'Khảo sát 120 mẫu (xăng dầu 60 mẫu, mũ bảo hiểm 35 mẫu, đồ chơi trẻ em 25 mẫu); đã gửi thông tin kết quả tới cơ quan chức năng và đăng cảnh báo người tiêu dùng.',
         'completed', 'II.5.b', {'samples_tested': 120}),
        ('c) Phối hợp Ủy ban nhân dân phường, xã, đặc khu…',
         'Hướng dẫn nghiệp vụ cho 34 phường, xã; phối hợp kiểm tra 12 cuộc theo đề nghị của địa phương.',
         'in_progress', 'II.5.c', {'inspections': 12}),
    ]),
]
h5_cc_d = ['Nhiều nhiệm vụ có thời hạn trong Quý IV/2026 trùng thời điểm kiểm tra cao điểm cuối năm, nhân lực của Chi cục không đáp ứng.',
           'Một số phường, xã sau sắp xếp chưa phân công công chức đầu mối, việc phối hợp kiểm tra còn chậm.']
h5_cc_p = ['Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm ban hành hướng dẫn thi hành Luật Chất lượng sản phẩm, hàng hóa (sửa đổi).',
           'Đề nghị Sở bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng hàng hóa.']
hand5('CCTDC_BC-1127-TDC_KH38.docx', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Số: 1127/BC-TĐC', 'ngày 28 tháng 10 năm 2026',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 20/10/2026). Trong 10 nhiệm vụ báo cáo kỳ này: 04 nhiệm vụ hoàn thành, 06 nhiệm vụ đang thực hiện. Kết quả cụ thể như sau:',
      strip(h5_cc), h5_cc_d, h5_cc_p, 'Phạm Thị Kim Ngân', ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG'],
      ['- Phó Giám đốc Sở phụ trách;', '- Phòng KT-PC;'])
key('CCTDC_BC-1127-TDC_KH38.docx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1127/BC-TĐC', '2026-10-28',
    flat(h5_cc), h5_cc_d, h5_cc_p)

# ---- 15. Trung tâm Dịch vụ Phân tích thí nghiệm
h5_tt = [
    ('1. Về đầu tư cơ sở vật chất, trang thiết bị', [
        ('a) Đầu tư cơ sở vật chất, trang thiết bị, hiện đại hóa…',
         'Trung tâm đã đầu tư bổ sung 07 thiết bị thử nghiệm (máy sắc ký khí ghép khối phổ, thiết bị thử độ bền kéo…); kinh phí đã giải ngân 4,26 tỷ đồng, phần còn lại đang thực hiện thủ tục thanh toán.',
         'in_progress', 'II.4.a', {'budget_spent_vnd': 4260000000}),
        ('c) Duy trì chuẩn đo lường, bảo đảm liên kết chuẩn…',
         'Gửi hiệu chuẩn 23 chuẩn đo lường chính tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn đến chuẩn quốc gia.',
         'completed', 'II.4.c', {'instruments_verified': 23}),
    ]),
    ('2. Về dịch vụ kỹ thuật tiêu chuẩn, đo lường, chất lượng', [
        ('g) Củng cố, mở rộng phạm vi dịch vụ kỹ thuật…',
         'Mở rộng thêm 03 lĩnh vực thử nghiệm (vật liệu xây dựng, bao bì thực phẩm, thiết bị điện tử gia dụng); thực hiện kiểm định, hiệu chuẩn, thử nghiệm 18.436 phương tiện đo cho tổ chức, cá nhân.',
         'in_progress', 'II.2.g', {'instruments_verified': 18436}),
    ]),
    ('3. Về phối hợp khảo sát chất lượng và đào tạo', [
        ('Phối hợp khảo sát chất lượng sản phẩm, hàng hóa (mục 5.b):',
         'Thử nghiệm 120 mẫu khảo sát do Chi cục Tiêu chuẩn Đo lường Chất lượng gửi, trả kết quả đúng hạn.',
         'completed', 'II.5.b', {'samples_tested': 120}),
        ('Cử viên chức tham gia đào tạo, tập huấn (mục 3.a):',
         'Cử 12 lượt viên chức tham dự 04 khóa đào tạo về đo lường, thử nghiệm trong và ngoài nước.',
         'completed', 'II.3.a', {'training_courses': 4, 'participants': 12}),
    ]),
]
h5_tt_d = ['Một số thiết bị đã qua 10 năm sử dụng, chi phí sửa chữa cao, ảnh hưởng tiến độ trả kết quả.']
h5_tt_p = ['Đề nghị Sở bố trí kinh phí năm 2027 để thay thế hệ thống chuẩn áp suất của Trung tâm.']
hand5('TTPTTN_389-BC_CT38.docx', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'Số: 389/BC-TTPTTN', 'ngày 26 tháng 10 năm 2026',
      'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả 05 nhiệm vụ (03 hoàn thành, 02 đang thực hiện) như sau:',
      strip(h5_tt), h5_tt_d, h5_tt_p, 'Hồ Văn Thái', ['GIÁM ĐỐC'], ['- Sở KH&CN (để b/c);'])
key('TTPTTN_389-BC_CT38.docx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '389/BC-TTPTTN', '2026-10-26',
    flat(h5_tt), h5_tt_d, h5_tt_p)

# ---- 16. Phòng Kiểm tra – Pháp chế
h5_pc = [
    ('1. Về kiểm tra, giám sát', [
        ('a) Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng (Phòng phối hợp)…',
         'Phòng cử 06 lượt công chức tham gia 04 cuộc kiểm tra liên ngành do Chi cục chủ trì; các đoàn kiểm tra cuối năm đang được triển khai.',
         'in_progress', 'II.5.a', {'inspections': 4}),
        ('b) Khảo sát chất lượng sản phẩm, hàng hóa (Phòng phối hợp)…',
         'Trong kỳ Chi cục chưa có đề nghị Phòng phối hợp khảo sát.',
         'not_applicable', 'II.5.b', {}),
        ('d) Bảo vệ người tố giác, xử lý vi phạm…',
         'Tiếp nhận 03 đơn phản ánh về gian lận đo lường trong kinh doanh xăng dầu, đã chuyển Chi cục xác minh và xử lý xong cả 03 đơn; chưa phát sinh trường hợp đề nghị khen thưởng.',
         'completed', 'II.5.d', {}),
    ]),
    ('2. Về hoàn thiện pháp luật và phương tiện nghiệp vụ', [
        ('c) Đề xuất, kiến nghị sửa đổi, bổ sung văn bản quy phạm pháp luật…',
         'Phòng đã góp ý 02 dự thảo nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Bộ Khoa học và Công nghệ.',
         'completed', 'II.2.c', {}),
        ('Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ (mục 4.b)…',
         'Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, đã thống nhất danh mục đề nghị bổ sung.',
         'completed', 'II.4.b', {}),
    ]),
]
h5_pc_d = ['Lực lượng công chức của Phòng mỏng, cùng lúc tham gia nhiều đoàn kiểm tra.']
h5_pc_p = ['Đề nghị Chi cục gửi kế hoạch kiểm tra năm sớm để Phòng chủ động bố trí nhân sự.']
hand5('KTPC_BC214_phoi-hop-CT38.docx', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'Số: 214/BC-KTPC', 'ngày 27 tháng 10 năm 2026',
      'Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện phần việc phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; trong 05 nội dung có liên quan, 03 nội dung hoàn thành, 01 nội dung đang thực hiện, 01 nội dung không phát sinh. Cụ thể:',
      strip(h5_pc), h5_pc_d, h5_pc_p, 'Ngô Thanh Tuấn', ['TRƯỞNG PHÒNG'], ['- Giám đốc Sở (để b/c);'])
key('KTPC_BC214_phoi-hop-CT38.docx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '214/BC-KTPC', '2026-10-27',
    flat(h5_pc), h5_pc_d, h5_pc_p)

json.dump(KEYS, open(os.path.join(OUT, '.keys_draft.json'), 'w'), ensure_ascii=False, indent=1)
print(len(KEYS), 'files')
