# -*- coding: utf-8 -*-
"""Generator for set209. Writes the report files and a pre-key (truth without sha);
finalize() adds sha256 after optional LibreOffice re-save."""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
KEYS = {}

# ---------------------------------------------------------------- helpers
def base_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(p, parts):
    for t, b, i in parts:
        r = p.add_run(t); r.bold = b; r.italic = i
    return p

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)

def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header_table(d, left, right, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.text = ''; c1.text = ''
    for cell, lines in ((c0, left), (c1, right)):
        first = True
        for ln, b, i in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln); r.bold = b; r.italic = i; r.font.size = Pt(size)
    return t

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': unit_name},
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)

def vn_date(iso):
    y, m, dd = iso.split('-')
    return f'ngày {dd} tháng {m} năm {y}'

# ================================================================ HAND W1
# Ward officer: one two-column Word table, plan's task text on the left,
# the ward's narrative on the right, status = last sentence of the narrative.
PLAN = {
 'II.1.a': 'Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh tại Thành phố và buổi Tọa đàm với doanh nghiệp nhập khẩu.',
 'II.1.b': 'Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.',
 'II.2.a': 'Triển khai Kế hoạch nâng cao năng suất và chất lượng …; Kế hoạch triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc trên địa bàn Thành phố Hồ Chí Minh (Đề án 100).',
 'II.2.d': 'Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến để nâng cao năng suất, chất lượng; thực hiện công bố chất lượng sản phẩm, hàng hóa phù hợp theo yêu cầu của quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia, tiêu chuẩn quốc tế, tiêu chuẩn cơ sở theo quy định.',
 'II.2.đ': 'Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước theo quy định của pháp luật.',
 'II.3.a': 'Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ công tác tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành, UBND xã, phường, đặc khu; cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng trong và ngoài nước.',
 'II.5.a': 'Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, nhập khẩu, lưu thông trên thị trường.',
 'II.5.b': 'Triển khai công tác khảo sát chất lượng sản phẩm, hàng hóa để thông tin tới các cơ quan có chức năng thanh tra, kiểm tra và cảnh báo người tiêu dùng về chất lượng sản phẩm, hàng hóa.',
 'II.5.c': 'Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền trong công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng.',
 'II.5.d': 'Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác hành vi vi phạm quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng. Xử lý nghiêm các hành vi tham nhũng, tiêu cực, vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.',
}

def w1(fname, unit_id, ward, number, date, signer, rows, diffs, props):
    d = base_doc()
    header_table(d, [('ỦY BAN NHÂN DÂN', False, False), (ward.upper(), True, False), ('', False, False),
                     (f'Số: {number}', False, False)],
                    [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                     ('', False, False), (f'{ward}, {vn_date(date)}', False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', bold=True, align='c', space_after=0)
    para(d, 'về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c')
    para(d, f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện, Ủy ban nhân dân {ward} báo cáo như sau:', align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    t = d.add_table(rows=1, cols=3)
    t.style = 'Table Grid'
    hdr = t.rows[0].cells
    cell_text(hdr[0], ['STT'], bold=True, align='c', size=12)
    cell_text(hdr[1], ['Nội dung theo Kế hoạch'], bold=True, align='c', size=12)
    cell_text(hdr[2], ['Kết quả thực hiện của phường'], bold=True, align='c', size=12)
    entries = []
    for i, (task, status, ind, narrative) in enumerate(rows, 1):
        c = t.add_row().cells
        cell_text(c[0], [str(i)], align='c', size=12)
        cell_text(c[1], [PLAN[task]], size=12)
        cell_text(c[2], [narrative], size=12)
        entries.append((task, status, ind, narrative))
    for r in t.rows:
        r.cells[0].width = Cm(1.2); r.cells[1].width = Cm(7); r.cells[2].width = Cm(8.3)
    para(d)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x, align='j')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props: para(d, '- ' + x, align='j')
    para(d, f'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {ward}./.', align='j')
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    cell_text(sig.rows[0].cells[0], ['Nơi nhận:', '- Chi cục TĐC;', '- TT. Đảng ủy phường;', '- Lưu: VT, KT.'], size=11)
    cell_text(sig.rows[0].cells[1], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', signer], bold=True, align='c', size=12)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, ward, number, date, entries, diffs, props)

def gen_w1():
    w1('26743_bc_ct38_benthanh.docx', '26743', 'Phường Bến Thành', '385/BC-UBND', '2026-10-27', 'Võ Thanh Tùng', [
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 86, 'communications': 420},
         'Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi tập huấn phổ biến quy định về đo lường, nhãn hàng hóa cho các hộ kinh doanh tại chợ Bến Thành và chợ Thái Bình, có 86 lượt người tham dự; phát 420 tờ rơi tuyên truyền đến các hộ kinh doanh. Nội dung này phường đã thực hiện xong.'),
        ('II.3.a', 'completed', {'participants': 2},
         'Phường cử 02 công chức (01 công chức Phòng Kinh tế, 01 công chức Văn phòng HĐND và UBND) tham dự lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng do Chi cục tổ chức ngày 14/5/2026. Phường đã hoàn thành nội dung này.'),
        ('II.2.đ', 'in_progress', {},
         'Phường duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính giải quyết tại Trung tâm phục vụ hành chính công; đã rà soát, cập nhật 12 quy trình sau khi sắp xếp bộ máy. Phường đang tiếp tục duy trì, cải tiến hệ thống.'),
        ('II.5.c', 'in_progress', {'inspections': 5, 'establishments_inspected': 47, 'violations': 4, 'fines_vnd': 6500000},
         'Tổ kiểm tra liên ngành phường tổ chức 05 cuộc kiểm tra tại chợ Bến Thành và các tuyến đường Lê Thánh Tôn, Lý Tự Trọng, kiểm tra 47 cơ sở kinh doanh; phát hiện 04 cơ sở vi phạm về nhãn hàng hóa và sử dụng cân không đạt yêu cầu, xử phạt tổng số tiền 6.500.000 đồng. Phường tiếp tục thực hiện kiểm tra đến cuối năm.'),
        ('II.5.d', 'not_applicable', {},
         'Trong kỳ báo cáo, phường không nhận được phản ánh, tố giác nào về hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng. Nội dung này không phát sinh.'),
    ], ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ phụ trách kiêm nhiệm nhiều việc.',
        'Khu vực chợ Bến Thành có nhiều quầy hàng lưu niệm thay đổi người bán thường xuyên, khó kiểm soát nhãn hàng hóa.'],
       ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 bộ quả cân chuẩn để đặt tại điểm cân đối chứng chợ Bến Thành.'])

    w1('26737_baocao_ct38_tandinh.docx', '26737', 'Phường Tân Định', '271/BC-UBND', '2026-10-29', 'Huỳnh Thị Kim Loan', [
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 29, 'violations': 2, 'fines_vnd': 3000000},
         'Phường phối hợp Đội Quản lý thị trường số 1 kiểm tra 03 cuộc tại chợ Tân Định và khu vực đường Hai Bà Trưng, kiểm tra 29 cơ sở kinh doanh; phát hiện 02 trường hợp sử dụng cân có sai số vượt mức cho phép, lập biên bản và ban hành quyết định xử phạt số tiền 3.000.000 đồng. Phường đã hoàn thành kế hoạch kiểm tra năm 2026.'),
        ('II.1.a', 'in_progress', {'communications': 6},
         'Đăng 06 tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố về Ngày Đo lường Việt Nam 20/01 và quy định ghi nhãn hàng hóa. Việc tuyên truyền được duy trì thường xuyên, đang tiếp tục thực hiện.'),
        ('II.3.a', 'not_started', {},
         'Lớp tập huấn nghiệp vụ quý IV dành cho công chức phường chưa được tổ chức nên phường chưa cử cán bộ tham gia. Nội dung này phường chưa thực hiện.'),
        ('II.2.a', 'unknown', {'enterprises_supported': 8},
         'Phường phối hợp Ban quản lý chợ tuyên truyền, hướng dẫn 08 hộ kinh doanh thực phẩm tại chợ Tân Định đăng ký sử dụng tem truy xuất nguồn gốc (mã QR). Các hộ đã được cấp tài khoản trên hệ thống truy xuất nguồn gốc của Thành phố.'),
    ], ['Kinh phí cho hoạt động kiểm tra về đo lường, chất lượng chưa được bố trí riêng trong dự toán của phường.'],
       ['Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn nghiệp vụ cho công chức phường trong quý IV/2026.',
        'Đề nghị Chi cục cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pa-nô) để phường in ấn, phát cho hộ kinh doanh.'])

    w1('26884_BC_CT38_govap.docx', '26884', 'Phường Gò Vấp', '518/BC-UBND', '2026-11-02', 'Trần Minh Nhựt', [
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 135, 'communications': 600},
         'Phường tổ chức 02 hội nghị tuyên truyền Luật Chất lượng sản phẩm, hàng hóa và Luật Đo lường cho 135 lượt hộ kinh doanh, doanh nghiệp trên địa bàn; phát 600 tờ gấp hướng dẫn ghi nhãn hàng hóa. Phường đã hoàn thành nội dung này.'),
        ('II.1.b', 'completed', {'enterprises_supported': 15},
         'Phường chuyển thông báo và tài liệu hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia đến 15 doanh nghiệp sản xuất trên địa bàn; đến nay chưa có doanh nghiệp đăng ký tham dự. Phần việc tuyên truyền, vận động của phường đã thực hiện xong.'),
        ('II.5.c', 'in_progress', {'inspections': 7, 'establishments_inspected': 52, 'violations': 5, 'fines_vnd': 9750000},
         'Phường kiểm tra 07 cuộc tại chợ Gò Vấp, chợ Hạnh Thông Tây và các cửa hàng kinh doanh vàng trang sức, kiểm tra 52 cơ sở; phát hiện 05 cơ sở vi phạm (hàng hóa không ghi nhãn, cân sai), xử phạt 9.750.000 đồng. Phường tiếp tục kiểm tra trong dịp cuối năm và Tết Nguyên đán Đinh Mùi 2027.'),
        ('II.2.đ', 'completed', {},
         'Phường xây dựng lại và công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp; đã tổ chức đánh giá nội bộ ngày 18/9/2026. Phường đã hoàn thành việc xây dựng, áp dụng hệ thống.'),
        ('II.5.d', 'not_applicable', {},
         'Trong năm không phát sinh trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường. Không phát sinh.'),
    ], ['Nhiều cơ sở kinh doanh nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó theo dõi việc khắc phục sau kiểm tra.'],
       ['Kiến nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tăng cường phối hợp kiểm tra đo lường tại các cửa hàng xăng dầu trên địa bàn phường.'])

    w1('25942_bao_cao_CT38_dian.docx', '25942', 'Phường Dĩ An', '209/BC-UBND', '2026-10-30', 'Lê Văn Thắng', [
        ('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 18, 'violations': 1, 'fines_vnd': 12500000},
         'Phường phối hợp Chi cục tổ chức 04 cuộc kiểm tra về đo lường, chất lượng tại các cửa hàng xăng dầu, cơ sở kinh doanh vàng trang sức trên các tuyến đường Nguyễn An Ninh, Trần Hưng Đạo; kiểm tra 18 cơ sở; phát hiện 01 cơ sở vi phạm về đo lường, xử phạt 12.500.000 đồng. Phường đã hoàn thành kế hoạch kiểm tra năm 2026.'),
        ('II.3.a', 'completed', {'participants': 3},
         'Cử 03 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục tổ chức ngày 22/7/2026. Đã hoàn thành.'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 6},
         'Bộ phận một cửa phường hướng dẫn 06 doanh nghiệp trên địa bàn về thủ tục công bố hợp chuẩn, hợp quy và tự công bố sản phẩm. Phường đang tiếp tục hướng dẫn khi doanh nghiệp có nhu cầu.'),
        ('II.5.b', 'completed', {'samples_tested': 10},
         'Phường phối hợp đoàn khảo sát của Chi cục lấy 10 mẫu xăng, dầu diesel tại các cửa hàng trên địa bàn để khảo sát chất lượng; kết quả thử nghiệm do Chi cục thông báo. Phần việc của phường đã hoàn thành.'),
    ], ['Một số cửa hàng xăng dầu thuộc doanh nghiệp có trụ sở ngoài địa bàn, việc mời đại diện làm việc còn chậm.',
        'Phường chưa có trang thiết bị kiểm tra nhanh về đo lường.'],
       ['Đề nghị Chi cục trang bị cho phường 01 bình chuẩn kim loại để kiểm tra nhanh cột đo xăng dầu.'])

# ================================================================ HAND W2
# Ward officer: plain "- " paragraphs, status in ALL CAPS in parentheses
# at the end of each paragraph. Money as "4,5 triệu đồng", plain counts.
def gen_w2():
    # --- Phường Chợ Lớn (DOCX)
    fname = '27343-cholon-bc-tieuchuan-doluong.docx'
    d = base_doc(size=14)
    header_table(d, [('UBND PHƯỜNG CHỢ LỚN', True, False), ('Số: 196/BC-UBND', False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('Chợ Lớn, ngày 05 tháng 11 năm 2026', False, True)], size=12)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c', space_after=0)
    para(d, '(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)', italic=True, align='c')
    para(d, 'Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả thực hiện như sau:', align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    E = [
        ('II.1.a', 'in_progress', {'communications': 4},
         '- Phường lồng ghép tuyên truyền quy định về đo lường, nhãn hàng hóa trong các buổi sinh hoạt khu phố, tổ dân phố; đăng 4 tin trên trang Facebook của phường và phát trên hệ thống loa truyền thanh các khu phố (ĐANG TRIỂN KHAI)'),
        ('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 41, 'violations': 3, 'fines_vnd': 4500000},
         '- Tổ kiểm tra của phường phối hợp Ban quản lý chợ Bình Tây kiểm tra 6 cuộc, kiểm tra 41 cơ sở kinh doanh tại chợ và các tuyến Hải Thượng Lãn Ông, Châu Văn Liêm; phát hiện 3 cơ sở vi phạm về cân, nhãn hàng hóa, xử phạt tổng cộng 4,5 triệu đồng (ĐANG TRIỂN KHAI)'),
        ('II.3.a', 'completed', {'participants': 1},
         '- Cử 1 công chức phụ trách kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 6/2026 (ĐÃ HOÀN THÀNH)'),
        ('II.2.đ', 'completed', {},
         '- Phường đã ban hành quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 áp dụng cho các thủ tục hành chính thuộc thẩm quyền của phường sau khi sắp xếp (ĐÃ HOÀN THÀNH)'),
        ('II.5.d', 'not_applicable', {},
         '- Việc khen thưởng, bảo vệ người tố giác hành vi vi phạm: trong kỳ phường không nhận được tin báo, tố giác (KHÔNG PHÁT SINH)'),
    ]
    for _, _, _, tx in E: para(d, tx, align='j')
    para(d, 'II. KHÓ KHĂN', bold=True, indent=False)
    diffs = ['Lực lượng kiểm tra của phường mỏng, chủ yếu kiêm nhiệm, không có chuyên môn sâu về đo lường.',
             'Tiểu thương tại chợ Bình Tây nhiều người lớn tuổi, việc tiếp nhận quy định mới còn hạn chế.']
    for x in diffs: para(d, '- ' + x, align='j')
    para(d, 'III. KIẾN NGHỊ', bold=True, indent=False)
    props = ['Đề nghị Chi cục phối hợp với phường mở lớp tập huấn ngắn về cân đối chứng cho Ban quản lý chợ Bình Tây.']
    for x in props: para(d, '- ' + x, align='j')
    para(d, 'Ủy ban nhân dân phường Chợ Lớn báo cáo./.', align='j')
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    cell_text(sig.rows[0].cells[0], ['Nơi nhận:', '- Chi cục TĐC TP.HCM;', '- Lưu: VT.'], size=11)
    cell_text(sig.rows[0].cells[1], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lâm Quốc Hưng'], bold=True, align='c', size=13)
    d.save(os.path.join(OUT, fname))
    key(fname, '27343', 'Phường Chợ Lớn', '196/BC-UBND', '2026-11-05', [(t, s, i, x[2:]) for t, s, i, x in E], diffs, props)

    # --- Phường Tam Thắng (XLSX)
    fname = '26526_TamThang_BaoCao_CT38.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'BaoCao'
    ws['A1'] = 'UBND PHƯỜNG TAM THẮNG'; ws['A1'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: 233/BC-UBND'
    ws['D3'] = 'Tam Thắng, ngày 28 tháng 10 năm 2026'; ws['D3'].font = Font(italic=True)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:D5')
    ws.append([]); ws.append(['STT', 'Nội dung công việc', 'Kết quả thực hiện', 'Ghi chú'])
    for c in ws[7]: c.font = Font(bold=True)
    E = [
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 11},
         'Kiểm tra đo lường, chất lượng tại địa bàn phường',
         'Phối hợp Chi cục kiểm tra 3 cuộc tại các cửa hàng xăng dầu, tiệm vàng trên đường Lê Lợi, Trần Phú; tổng số 11 cơ sở được kiểm tra; không phát hiện vi phạm (ĐÃ HOÀN THÀNH)'),
        ('II.1.a', 'in_progress', {'communications': 24},
         'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
         'Phát 24 tin trên hệ thống loa truyền thanh các khu phố về ghi nhãn hàng hóa, cân đúng - cân đủ tại chợ Xóm Lưới (ĐANG TRIỂN KHAI)'),
        ('II.3.a', 'completed', {'participants': 2},
         'Cử cán bộ dự tập huấn nghiệp vụ',
         'Cử 2 công chức dự lớp tập huấn do Chi cục tổ chức ngày 09/7/2026 (ĐÃ HOÀN THÀNH)'),
        ('II.2.a', 'not_started', {},
         'Truy xuất nguồn gốc hàng hóa tại chợ',
         'Phường chưa triển khai do chưa có hướng dẫn cụ thể và phần mềm dùng chung (CHƯA TRIỂN KHAI)'),
    ]
    for i, (t, s, ind, name, tx) in enumerate(E, 1):
        ws.append([i, name, tx, ''])
    diffs = ['Chưa có hướng dẫn cụ thể về truy xuất nguồn gốc cho hàng hóa tại chợ truyền thống.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn phường cách triển khai truy xuất nguồn gốc tại chợ Xóm Lưới.',
             'Đề nghị Chi cục kiểm định miễn phí cân đối chứng của chợ Xóm Lưới.']
    ws.append(['', 'Khó khăn, vướng mắc', diffs[0], ''])
    ws.append(['', 'Đề xuất, kiến nghị', props[0] + '\n' + props[1], ''])
    ws.append([]); ws.append(['', '', 'KT. CHỦ TỊCH', '']); ws.append(['', '', 'PHÓ CHỦ TỊCH', '']); ws.append([]); ws.append(['', '', 'Nguyễn Thị Hồng Nhung', ''])
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 34; ws.column_dimensions['C'].width = 70; ws.column_dimensions['D'].width = 14
    thin = Side(style='thin')
    for row in ws.iter_rows(min_row=7, max_row=7 + len(E) + 2, max_col=4):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical='top')
    wb.save(os.path.join(OUT, fname))
    key(fname, '26526', 'Phường Tam Thắng', '233/BC-UBND', '2026-10-28', [(t, s, i, x) for t, s, i, _, x in E], diffs, props)

    # --- Phường Phú Lợi: mistaken file (chuyển đổi số)
    fname = '25750_phuloi_baocao_10thang.docx'
    d = base_doc(size=14)
    header_table(d, [('UBND PHƯỜNG PHÚ LỢI', True, False), ('Số: 402/BC-UBND', False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  ('Phú Lợi, ngày 03 tháng 11 năm 2026', False, True)], size=12)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Kết quả thực hiện nhiệm vụ chuyển đổi số 10 tháng năm 2026', bold=True, align='c')
    para(d, 'Ủy ban nhân dân phường Phú Lợi báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 như sau:', align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for tx in ['- Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình đạt 82%, số hóa kết quả giải quyết 100% hồ sơ (ĐANG TRIỂN KHAI)',
               '- Tổ công nghệ số cộng đồng 14 khu phố hướng dẫn 3.250 lượt người dân cài đặt, kích hoạt VNeID mức 2 và sử dụng dịch vụ công trực tuyến (ĐANG TRIỂN KHAI)',
               '- Hoàn thành lắp đặt 36 camera giám sát an ninh trật tự kết nối Trung tâm giám sát điều hành của phường (ĐÃ HOÀN THÀNH)',
               '- Tổ chức 2 lớp bồi dưỡng kỹ năng số cho 120 cán bộ, công chức phường (ĐÃ HOÀN THÀNH)',
               '- Triển khai thanh toán không dùng tiền mặt tại chợ Phú Lợi: 215/260 tiểu thương có mã QR thanh toán (ĐANG TRIỂN KHAI)']:
        para(d, tx, align='j')
    para(d, 'II. KHÓ KHĂN', bold=True, indent=False)
    para(d, '- Hạ tầng mạng tại một số khu phố chưa ổn định; một bộ phận người dân lớn tuổi chưa sử dụng điện thoại thông minh.', align='j')
    para(d, 'III. KIẾN NGHỊ', bold=True, indent=False)
    para(d, '- Đề nghị Sở Khoa học và Công nghệ hỗ trợ phường nâng cấp đường truyền số liệu chuyên dùng.', align='j')
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    cell_text(sig.rows[0].cells[0], ['Nơi nhận:', '- Sở KH&CN;', '- Lưu: VT.'], size=11)
    cell_text(sig.rows[0].cells[1], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Đỗ Minh Trí'], bold=True, align='c', size=13)
    d.save(os.path.join(OUT, fname))
    key(fname, '25750', 'Phường Phú Lợi', '402/BC-UBND', '2026-11-03', [], [], [], status='rejected',
        reason='Báo cáo kết quả chuyển đổi số 10 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

# ================================================================ HAND C1
# Newly merged commune: every figure given per former commune
# ("Khu vực xã A cũ: …; khu vực xã B cũ: …"), sometimes with a total.
def c1_doc(fname, unit_id, xa, number, date, former, items, diffs, props, signer):
    d = base_doc()
    for ln, b in (('ỦY BAN NHÂN DÂN', False), (xa.upper(), True)):
        para(d, ln, bold=b, align='c', space_after=0)
    para(d, '———', align='c', space_after=0)
    para(d, f'Số: {number}', align='c')
    para(d, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='c', space_after=0)
    para(d, 'Độc lập - Tự do - Hạnh phúc', bold=True, align='c')
    para(d, f'{xa.replace("Xã ", "")}, {vn_date(date)}', italic=True, align='r')
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Kết quả thực hiện Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã', bold=True, align='c')
    fl = ', '.join('xã ' + f for f in former[:-1]) + ' và xã ' + former[-1]
    para(d, f'{xa} được thành lập trên cơ sở sắp xếp {fl} (cũ) từ ngày 01/7/2025. Do hồ sơ, sổ theo dõi của các xã cũ chưa hợp nhất, số liệu dưới đây được Ủy ban nhân dân xã tổng hợp theo từng khu vực xã cũ. Kết quả thực hiện như sau:', align='j')
    entries = []
    for i, (task, status, ind, title, body) in enumerate(items, 1):
        p = para(d, '', align='j')
        runs(p, [(f'{i}. {title}: ', True, False), (body, False, False)])
        entries.append((task, status, ind, body))
    para(d, 'KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x, align='j')
    para(d, 'ĐỀ XUẤT', bold=True, indent=False)
    for x in props: para(d, '- ' + x, align='j')
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + xa + './.', align='j')
    para(d, 'TM. ỦY BAN NHÂN DÂN', bold=True, align='r', space_after=0)
    para(d, 'CHỦ TỊCH', bold=True, align='r', space_after=36)
    para(d, signer, bold=True, align='r')
    para(d, 'Nơi nhận: Chi cục TĐC TP.HCM; Lưu: VT.', italic=True, indent=False, size=10)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, xa, number, date, entries, diffs, props)

def gen_c1():
    c1_doc('26590-BinhGia-BC38.docx', '26590', 'Xã Bình Giã', '152/BC-UBND', '2026-10-26', ['Bình Giã', 'Bình Trung', 'Quảng Thành'], [
        ('II.1.a', 'in_progress', {'communications': 7}, 'Công tác tuyên truyền',
         'Xã tuyên truyền các quy định về đo lường, nhãn hàng hóa trên hệ thống truyền thanh và trang thông tin điện tử xã. Khu vực xã Bình Giã cũ: 03 tin bài; khu vực xã Bình Trung cũ: 02 tin bài; khu vực xã Quảng Thành cũ: 02 tin bài. Cộng toàn xã: 07 tin bài. Xã đang tiếp tục thực hiện.'),
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 23, 'violations': 1, 'fines_vnd': 1500000}, 'Kiểm tra đo lường, chất lượng theo phân cấp',
         'Khu vực xã Bình Giã cũ: 02 cuộc kiểm tra tại chợ Bình Giã, 15 cơ sở, phát hiện 01 cơ sở sử dụng cân không đạt yêu cầu, phạt 1.500.000đ; khu vực xã Bình Trung cũ: 01 cuộc, 08 cơ sở, không vi phạm; khu vực xã Quảng Thành cũ: không tổ chức kiểm tra. Xã đã hoàn thành kế hoạch kiểm tra năm.'),
        ('II.3.a', 'completed', {'participants': 2}, 'Tham gia tập huấn nghiệp vụ',
         'Xã cử 02 công chức (01 công chức khu vực xã Bình Giã cũ, 01 công chức khu vực xã Bình Trung cũ) tham dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức. Đã hoàn thành.'),
        ('II.2.đ', 'in_progress', {}, 'Hệ thống quản lý chất lượng ISO',
         'Hệ thống ISO 9001 của ba xã cũ hết hiệu lực sau sắp xếp; xã đang xây dựng lại hệ thống quản lý chất lượng chung cho bộ máy mới, dự kiến công bố trong tháng 12/2026. Đang thực hiện.'),
    ], ['Sau sắp xếp, địa bàn xã rộng, ba khu vực cách xa nhau, lực lượng kiểm tra mỏng.',
        'Hồ sơ, số liệu của các xã cũ chưa được bàn giao đầy đủ nên việc tổng hợp còn chậm.'],
       ['Đề nghị Chi cục hướng dẫn xã xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ máy mới.'], 'Phan Văn Khải')

    c1_doc('27511_NhuanDuc_bao_cao_TDC.docx', '27511', 'Xã Nhuận Đức', '88/BC-UBND', '2026-10-31', ['Nhuận Đức', 'Phạm Văn Cội', 'Trung Lập Hạ'], [
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 2000000}, 'Kiểm tra tại chợ và cơ sở kinh doanh',
         'Khu vực xã Nhuận Đức cũ: 02 cuộc, 11 cơ sở, phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, phạt 2.000.000đ; khu vực xã Phạm Văn Cội cũ: 01 cuộc, 06 cơ sở; khu vực xã Trung Lập Hạ cũ: 01 cuộc, 05 cơ sở. Cộng toàn xã: 04 cuộc, 22 cơ sở được kiểm tra. Xã đang tiếp tục kiểm tra trong dịp cuối năm.'),
        ('II.1.a', 'completed', {'communications': 22}, 'Tuyên truyền',
         'Phát thanh trên loa truyền thanh ấp các nội dung về cân đúng, cân đủ và ghi nhãn hàng hóa: khu vực xã Nhuận Đức cũ: 10 tin; khu vực xã Phạm Văn Cội cũ: 06 tin; khu vực xã Trung Lập Hạ cũ: 06 tin. Nội dung này xã đã thực hiện hoàn thành.'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 3}, 'Hướng dẫn truy xuất nguồn gốc nông sản',
         'Hướng dẫn các hợp tác xã, tổ hợp tác áp dụng tem truy xuất nguồn gốc cho sản phẩm rau an toàn, bò sữa: khu vực xã Nhuận Đức cũ: 02 hợp tác xã; khu vực xã Trung Lập Hạ cũ: 01 hợp tác xã. Đang thực hiện.'),
        ('II.5.d', 'not_applicable', {}, 'Tiếp nhận tố giác vi phạm',
         'Cả ba khu vực xã cũ đều không có trường hợp tố giác vi phạm. Không phát sinh.'),
    ], ['Cán bộ phụ trách lĩnh vực ở các khu vực xã cũ đã điều động, bố trí lại, chưa nắm hết địa bàn.'],
       ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn tại chỗ cho công chức xã về kiểm tra đo lường tại chợ.',
        'Đề nghị hỗ trợ kinh phí in tem truy xuất nguồn gốc cho các hợp tác xã trên địa bàn.'], 'Nguyễn Thành Đạt')

    c1_doc('26641_HoaHoi_BC_chithi38.docx', '26641', 'Xã Hòa Hội', '117/BC-UBND', '2026-11-03', ['Hòa Hội', 'Hòa Hưng', 'Hòa Bình'], [
        ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 17}, 'Kiểm tra về đo lường, chất lượng',
         'Khu vực xã Hòa Hội cũ: 01 cuộc, 07 cơ sở; khu vực xã Hòa Hưng cũ: 01 cuộc, 06 cơ sở; khu vực xã Hòa Bình cũ: 01 cuộc, 04 cơ sở. Cộng: 03 cuộc, 17 cơ sở; không phát hiện vi phạm. Nội dung này xã đã hoàn thành.'),
        ('II.1.a', 'completed', {'training_courses': 2, 'participants': 83}, 'Hội nghị phổ biến quy định',
         'Khu vực xã Hòa Hội cũ: 01 hội nghị, 45 người tham dự; khu vực xã Hòa Bình cũ: 01 hội nghị, 38 người tham dự; khu vực xã Hòa Hưng cũ ghép chung với khu vực xã Hòa Hội cũ. Cộng: 02 hội nghị, 83 lượt người. Đã hoàn thành.'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 1}, 'Hỗ trợ cơ sở công bố tiêu chuẩn',
         'Khu vực xã Hòa Hưng cũ: hỗ trợ 01 cơ sở sản xuất nước mắm xây dựng và công bố tiêu chuẩn cơ sở; các khu vực khác chưa có cơ sở đề nghị. Đang thực hiện.'),
        ('II.3.a', 'not_started', {}, 'Tập huấn công chức',
         'Xã chưa cử được công chức tham gia tập huấn do trùng lịch tiếp nhận bàn giao hồ sơ. Chưa thực hiện.'),
    ], ['Xã chưa có công chức được đào tạo về tiêu chuẩn, đo lường, chất lượng.'],
       ['Đề nghị Chi cục mở thêm lớp tập huấn cho công chức xã trong năm 2027.'], 'Lê Hoàng Nam')

    # XLSX of the same hand: Xã Thường Tân
    fname = '25909_ThuongTan_BC_CT38.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Bao cao'
    rows = [
        ['ỦY BAN NHÂN DÂN XÃ THƯỜNG TÂN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['Số: 64/BC-UBND', '', 'Độc lập - Tự do - Hạnh phúc'],
        ['', '', 'Thường Tân, ngày 28 tháng 10 năm 2026'],
        [],
        ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026 (số liệu theo khu vực các xã cũ Thường Tân, Lạc An, Hiếu Liêm)'],
        [],
        ['Nội dung', 'Kết quả (theo khu vực xã cũ)', 'Tình hình'],
        ['1. Kiểm tra đo lường, chất lượng tại chợ, cửa hàng (phối hợp Chi cục TĐC)', '', 'Đang thực hiện'],
        ['   Số cuộc kiểm tra', 'Khu vực xã Thường Tân cũ: 02 cuộc; khu vực xã Lạc An cũ: 01 cuộc; khu vực xã Hiếu Liêm cũ: 01 cuộc. Cộng: 04 cuộc', ''],
        ['   Số cơ sở được kiểm tra', 'Khu vực xã Thường Tân cũ: 12 cơ sở; khu vực xã Lạc An cũ: 07 cơ sở; khu vực xã Hiếu Liêm cũ: 05 cơ sở', ''],
        ['   Vi phạm, xử phạt', 'Khu vực xã Thường Tân cũ: 01 cơ sở vi phạm, phạt 1.000.000 đồng; khu vực xã Lạc An cũ, Hiếu Liêm cũ: không có', ''],
        ['2. Tuyên truyền quy định về tiêu chuẩn, đo lường, chất lượng', '', 'Hoàn thành'],
        ['   Số tin, bài', 'Khu vực xã Thường Tân cũ: 03 tin; khu vực xã Lạc An cũ: 02 tin; khu vực xã Hiếu Liêm cũ: 01 tin. Cộng: 06 tin bài', ''],
        ['3. Cử công chức tham gia tập huấn nghiệp vụ', 'Chưa cử được do lớp quý III trùng lịch công tác', 'Chưa thực hiện'],
        ['4. Xây dựng lại hệ thống ISO 9001 của xã', 'Đang rà soát quy trình của ba xã cũ để ban hành chung', 'Đang thực hiện'],
        [],
        ['Khó khăn, vướng mắc:'],
        ['- Địa bàn khu vực xã Hiếu Liêm cũ cách xa trung tâm, đi lại khó khăn; cơ sở kinh doanh nhỏ lẻ, phân tán.'],
        ['Đề xuất:'],
        ['- Đề nghị Chi cục hỗ trợ xã 01 bộ quả cân chuẩn cho chợ Lạc An.'],
        [],
        ['', '', 'TM. ỦY BAN NHÂN DÂN'], ['', '', 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH'], [], ['', '', 'Võ Thị Thu Ba'],
    ]
    for r in rows: ws.append(r)
    ws.merge_cells('A5:C5')
    for c in ('A1', 'C1', 'A5', 'A7', 'B7', 'C7', 'A8', 'A12', 'A17', 'A19'): ws[c].font = Font(bold=True)
    ws.column_dimensions['A'].width = 48; ws.column_dimensions['B'].width = 80; ws.column_dimensions['C'].width = 22
    thin = Side(style='thin')
    for row in ws.iter_rows(min_row=7, max_row=15, max_col=3):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical='top')
    wb.save(os.path.join(OUT, fname))
    key(fname, '25909', 'Xã Thường Tân', '64/BC-UBND', '2026-10-28', [
        ('II.5.c', 'in_progress', {'inspections': 4, 'establishments_inspected': 24, 'violations': 1, 'fines_vnd': 1000000},
         'Kiểm tra đo lường, chất lượng tại chợ, cửa hàng (phối hợp Chi cục TĐC): 04 cuộc; 12 + 07 + 05 cơ sở; 01 cơ sở vi phạm, phạt 1.000.000 đồng'),
        ('II.1.a', 'completed', {'communications': 6}, 'Tuyên truyền quy định về tiêu chuẩn, đo lường, chất lượng: cộng 06 tin bài'),
        ('II.3.a', 'not_started', {}, 'Cử công chức tham gia tập huấn nghiệp vụ: chưa cử được do lớp quý III trùng lịch công tác'),
        ('II.2.đ', 'in_progress', {}, 'Xây dựng lại hệ thống ISO 9001 của xã: đang rà soát quy trình của ba xã cũ'),
    ], ['Địa bàn khu vực xã Hiếu Liêm cũ cách xa trung tâm, đi lại khó khăn; cơ sở kinh doanh nhỏ lẻ, phân tán.'],
       ['Đề nghị Chi cục hỗ trợ xã 01 bộ quả cân chuẩn cho chợ Lạc An.'])

# ================================================================ HAND C2
# Commune clerk's sheet "BC_xa": every row tagged in a "Loại" column
# (KQ = kết quả, KK = khó khăn, ĐX = đề xuất); one main figure per job row,
# further figures on "- trong đó" rows; status only on the job row.
def c2_xlsx(fname, unit_id, xa, number, date, jobs, diffs, props, signer, key_entries=None, status='extracted', reason=None, title=None):
    wb = Workbook(); ws = wb.active; ws.title = 'BC_xa'
    y, m, dd = date.split('-')
    ws['A1'] = 'UBND ' + xa.upper(); ws['A1'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + number
    ws['D3'] = f'{xa.replace("Xã ", "")}, ngày {dd} tháng {m} năm {y}'
    ws['A5'] = title or 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026'
    ws['A5'].font = Font(bold=True, size=12); ws.merge_cells('A5:F5')
    hdr = ['STT', 'Loại', 'Nội dung', 'Số lượng', 'ĐVT', 'Tình trạng']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    r = 8; n = 0
    for job in jobs:
        n += 1
        name, qty, unit, st, subs = job
        ws.cell(row=r, column=1, value=n); ws.cell(row=r, column=2, value='KQ'); ws.cell(row=r, column=3, value=name)
        if qty is not None: ws.cell(row=r, column=4, value=qty); ws.cell(row=r, column=5, value=unit)
        ws.cell(row=r, column=6, value=st); r += 1
        for sname, sq, su in subs:
            ws.cell(row=r, column=1, value='-'); ws.cell(row=r, column=2, value='KQ'); ws.cell(row=r, column=3, value='   ' + sname)
            ws.cell(row=r, column=4, value=sq); ws.cell(row=r, column=5, value=su); r += 1
    for x in diffs:
        n += 1; ws.cell(row=r, column=1, value=n); ws.cell(row=r, column=2, value='KK'); ws.cell(row=r, column=3, value=x); r += 1
    for x in props:
        n += 1; ws.cell(row=r, column=1, value=n); ws.cell(row=r, column=2, value='ĐX'); ws.cell(row=r, column=3, value=x); r += 1
    thin = Side(style='thin')
    for row in ws.iter_rows(min_row=7, max_row=r - 1, max_col=6):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical='top')
    for row in ws.iter_rows(min_row=8, max_row=r - 1, min_col=4, max_col=4):
        for c in row:
            if isinstance(c.value, (int, float)): c.number_format = '#,##0'
    r += 1
    ws.cell(row=r, column=1, value='Ghi chú cột "Loại": KQ - kết quả thực hiện; KK - khó khăn, vướng mắc; ĐX - đề xuất, kiến nghị.').font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=5, value='KT. CHỦ TỊCH'); ws.cell(row=r + 1, column=5, value='PHÓ CHỦ TỊCH')
    ws.cell(row=r + 4, column=5, value=signer)
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 6; ws.column_dimensions['C'].width = 62
    ws.column_dimensions['D'].width = 13; ws.column_dimensions['E'].width = 9; ws.column_dimensions['F'].width = 20
    ws.freeze_panes = 'A8'
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, xa, number, date, key_entries or [], diffs, props, status=status, reason=reason)

def gen_c2():
    c2_xlsx('27595_TanNhut_BC_xa_CT38.xlsx', '27595', 'Xã Tân Nhựt', '301/BC-UBND', '2026-11-04', [
        ('Phối hợp Chi cục TĐC kiểm tra đo lường, nhãn hàng hóa tại chợ Tân Nhựt, chợ Láng Le - số cuộc kiểm tra', 2, 'cuộc', 'Đã thực hiện xong',
         [('trong đó: số cơ sở được kiểm tra', 19, 'cơ sở'), ('số cơ sở vi phạm', 2, 'cơ sở'), ('số tiền phạt', 2500000, 'đồng')]),
        ('Tuyên truyền trên loa truyền thanh, nhóm Zalo các ấp về cân đúng, cân đủ', 12, 'tin', 'Đang làm', []),
        ('Cử công chức dự lớp tập huấn nghiệp vụ TĐC cho công chức cấp xã', 1, 'người', 'Đã thực hiện xong', []),
        ('Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TĐC', None, None, 'Không có phát sinh', []),
    ], ['Xã chưa có cân đối chứng tại chợ Láng Le.', 'Công chức phụ trách kiêm nhiệm cả lĩnh vực công thương, nông nghiệp.'],
       ['Đề nghị Chi cục TĐC cấp 01 cân đối chứng cho chợ Láng Le.'], 'Trịnh Văn Bảy',
       key_entries=[
        ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 2500000},
         'Phối hợp Chi cục TĐC kiểm tra đo lường, nhãn hàng hóa tại chợ Tân Nhựt, chợ Láng Le - số cuộc kiểm tra: 2 cuộc; 19 cơ sở; 2 vi phạm; 2.500.000 đồng'),
        ('II.1.a', 'in_progress', {'communications': 12}, 'Tuyên truyền trên loa truyền thanh, nhóm Zalo các ấp về cân đúng, cân đủ: 12 tin'),
        ('II.3.a', 'completed', {'participants': 1}, 'Cử công chức dự lớp tập huấn nghiệp vụ TĐC cho công chức cấp xã: 1 người'),
        ('II.5.d', 'not_applicable', {}, 'Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TĐC: Không có phát sinh'),
       ])
    c2_xlsx('27667_BinhKhanh_BC_xa_CT38.xlsx', '27667', 'Xã Bình Khánh', '177/BC-UBND', '2026-10-30', [
        ('Kiểm tra đo lường tại chợ Bình Khánh, chợ Cần Thạnh và cửa hàng xăng dầu - số cuộc', 3, 'cuộc', 'Đang làm',
         [('trong đó: số cơ sở được kiểm tra', 26, 'cơ sở'), ('số cơ sở vi phạm', 3, 'cơ sở'), ('số tiền phạt', 4200000, 'đồng')]),
        ('Hội nghị phổ biến quy định ghi nhãn hàng hóa cho hộ kinh doanh', 1, 'hội nghị', 'Đã thực hiện xong',
         [('số người tham dự', 60, 'người')]),
        ('Hướng dẫn cơ sở có sản phẩm OCOP áp dụng truy xuất nguồn gốc', 4, 'cơ sở', 'Đang làm', []),
        ('Xây dựng hệ thống ISO 9001 cho UBND xã sau sắp xếp', None, None, 'Chưa làm', []),
    ], ['Các cơ sở sản xuất muối, hải sản khô quy mô hộ gia đình, chưa quan tâm đến truy xuất nguồn gốc.',
        'Xã chưa được bố trí kinh phí thuê tư vấn xây dựng ISO.'],
       ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí tư vấn xây dựng hệ thống ISO 9001 cho xã.'], 'Phạm Thị Ngọc Hà',
       key_entries=[
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 26, 'violations': 3, 'fines_vnd': 4200000},
         'Kiểm tra đo lường tại chợ Bình Khánh, chợ Cần Thạnh và cửa hàng xăng dầu: 3 cuộc; 26 cơ sở; 3 vi phạm; 4.200.000 đồng'),
        ('II.1.a', 'completed', {'training_courses': 1, 'participants': 60}, 'Hội nghị phổ biến quy định ghi nhãn hàng hóa cho hộ kinh doanh: 1 hội nghị; 60 người'),
        ('II.2.a', 'in_progress', {'enterprises_supported': 4}, 'Hướng dẫn cơ sở có sản phẩm OCOP áp dụng truy xuất nguồn gốc: 4 cơ sở'),
        ('II.2.đ', 'not_started', {}, 'Xây dựng hệ thống ISO 9001 cho UBND xã sau sắp xếp: Chưa làm'),
       ])
    # mistaken: giảm nghèo
    c2_xlsx('25780_MinhThanh_BC_xa.xlsx', '25780', 'Xã Minh Thạnh', '129/BC-UBND', '2026-10-27', [
        ('Rà soát hộ nghèo, hộ cận nghèo năm 2026 - số hộ nghèo còn lại', 37, 'hộ', 'Đang làm', [('số hộ cận nghèo', 52, 'hộ')]),
        ('Hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo', 6, 'căn', 'Đã thực hiện xong', [('kinh phí hỗ trợ', 360000000, 'đồng')]),
        ('Giới thiệu việc làm, đào tạo nghề cho lao động hộ nghèo', 41, 'lao động', 'Đang làm', []),
        ('Cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo, cận nghèo', 268, 'thẻ', 'Đã thực hiện xong', []),
    ], ['Một số hộ nghèo thuộc diện không có khả năng lao động, khó thoát nghèo bền vững.'],
       ['Đề nghị bổ sung kinh phí hỗ trợ sinh kế cho hộ cận nghèo.'], 'Hồ Văn Sang',
       status='rejected', reason='Báo cáo kết quả thực hiện chương trình giảm nghèo năm 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).',
       title='BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026')

# ================================================================ HAND I
# Sở's own units: Roman-numbered subsections, prose with a status sentence,
# then "Số liệu cụ thể:" and a dash list of figures.
def i_doc(fname, unit_id, parent, unit_upper, unit_name, number, date, intro, sections, diffs, props, signer, chief):
    d = base_doc()
    header_table(d, [(parent, False, False), (unit_upper, True, False), ('', False, False), (f'Số: {number}', False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False), ('', False, False),
                  (f'Thành phố Hồ Chí Minh, {vn_date(date)}', False, True)])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c', space_after=0)
    para(d, '(Số liệu tính từ ngày 01/01/2026 đến ngày 31/10/2026)', italic=True, align='c')
    para(d, intro, align='j')
    romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI']
    entries = []
    k = 0
    for task, status, ind, title, prose, figs in sections:
        para(d, f'{romans[k]}. {title.upper()}', bold=True, indent=False); k += 1
        para(d, prose, align='j')
        if figs:
            p = para(d, 'Số liệu cụ thể:', italic=True, bold=True)
            for f in figs: para(d, '- ' + f, align='j')
        entries.append((task, status, ind, prose + (' Số liệu cụ thể: ' + ' '.join(figs) if figs else '')))
    para(d, f'{romans[k]}. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False); k += 1
    for x in diffs: para(d, '- ' + x, align='j')
    para(d, f'{romans[k]}. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for x in props: para(d, '- ' + x, align='j')
    para(d, f'Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {unit_name}./.', align='j')
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    cell_text(sig.rows[0].cells[0], ['Nơi nhận:', '- Ban Giám đốc Sở (để b/c);', '- Chi cục TĐC (để tổng hợp);', '- Lưu: VT.'], size=11)
    cell_text(sig.rows[0].cells[1], [chief, '', '', '', signer], bold=True, align='c', size=13)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date, entries, diffs, props)

def gen_i():
    i_doc('CCTDC_BC_KH38_2026.docx', 'SKHCN-CCTDC', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
          'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1428/BC-TĐC', '2026-11-10',
          'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì như sau:', [
        ('II.1.a', 'completed', {'training_courses': 7, 'participants': 612, 'communications': 1500}, 'Tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu',
         'Chi cục đã tổ chức các lớp tập huấn phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và các nghị định hướng dẫn cho doanh nghiệp sản xuất, kinh doanh; tổ chức buổi tọa đàm với doanh nghiệp nhập khẩu ngày 21/8/2026. Nhiệm vụ đã hoàn thành trong Quý III/2026.',
         ['Số lớp tập huấn: 06 lớp; tọa đàm: 01 buổi (tổng cộng 07 lớp/buổi);', 'Số lượt người tham dự: 612 lượt;', 'Tài liệu tuyên truyền phát hành: 1.500 bộ.']),
        ('II.1.b', 'completed', {'enterprises_supported': 23}, 'Tuyên truyền, hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia',
         'Chi cục đăng thông báo trên Cổng thông tin điện tử của Sở, gửi văn bản đến các hiệp hội ngành hàng và trực tiếp hướng dẫn doanh nghiệp lập hồ sơ tham dự. Nhiệm vụ đã hoàn thành.',
         ['Số doanh nghiệp được hướng dẫn lập hồ sơ: 23 doanh nghiệp.']),
        ('II.2.b', 'in_progress', {}, 'Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026',
         'Hội đồng sơ tuyển Thành phố đã tiếp nhận hồ sơ, tổ chức đánh giá tại doanh nghiệp; hiện đang hoàn thiện biên bản để trình Hội đồng Quốc gia. Nhiệm vụ đang thực hiện theo tiến độ của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.', []),
        ('II.2.e', 'in_progress', {'standards_reviewed': 14}, 'Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
         'Chi cục chủ trì tổng hợp ý kiến các sở, ngành góp ý dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ quản lý ngành gửi lấy ý kiến. Nhiệm vụ đang thực hiện, tiếp tục trong Quý IV/2026.',
         ['Số dự thảo TCVN, QCVN đã góp ý: 14 dự thảo.']),
        ('II.3.a', 'completed', {'training_courses': 3, 'participants': 287}, 'Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã, đặc khu',
         'Chi cục tổ chức 03 lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng theo phân cấp cho công chức các sở, ngành và Ủy ban nhân dân phường, xã, đặc khu tại ba khu vực. Nhiệm vụ đã hoàn thành.',
         ['Số lớp: 03 lớp;', 'Số công chức tham dự: 287 người.']),
        ('II.4.b', 'completed', {'instruments_verified': 42, 'budget_spent_vnd': 186400000}, 'Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
         'Chi cục đã rà soát danh mục và thực hiện bảo trì, kiểm định, hiệu chuẩn định kỳ các phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra theo Nghị định 135/2021/NĐ-CP. Nhiệm vụ đã hoàn thành năm 2026.',
         ['Số phương tiện, thiết bị được kiểm định, hiệu chuẩn: 42 phương tiện;', 'Kinh phí đã thực hiện: 186.400.000 đồng.']),
        ('II.5.a', 'in_progress', {'inspections': 38, 'establishments_inspected': 412, 'violations': 57, 'fines_vnd': 1286500000}, 'Kiểm tra về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa',
         'Chi cục triển khai kiểm tra theo kế hoạch và đột xuất đối với xăng dầu, vàng trang sức, mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện - điện tử lưu thông trên thị trường. Nhiệm vụ đang thực hiện, các đoàn kiểm tra Quý IV đang hoạt động.',
         ['Số cuộc kiểm tra: 38 cuộc;', 'Số cơ sở được kiểm tra: 412 cơ sở;', 'Số cơ sở vi phạm: 57 cơ sở;', 'Tổng số tiền xử phạt vi phạm hành chính: 1.286.500.000 đồng.']),
        ('II.5.b', 'in_progress', {'samples_tested': 186}, 'Khảo sát chất lượng sản phẩm, hàng hóa',
         'Chi cục đã lấy mẫu khảo sát chất lượng xăng dầu, khí dầu mỏ hóa lỏng, thép xây dựng và gửi thử nghiệm; kết quả được thông tin cho cơ quan chức năng. Nhiệm vụ đang thực hiện.',
         ['Số mẫu đã lấy khảo sát, thử nghiệm: 186 mẫu.']),
    ], ['Số lượng công chức làm công tác kiểm tra còn ít so với khối lượng công việc sau khi mở rộng địa giới Thành phố.',
        'Kinh phí lấy mẫu, thử nghiệm khảo sát chất lượng còn hạn chế so với nhu cầu.'],
       ['Đề nghị Sở bổ sung biên chế công chức cho Chi cục để đáp ứng yêu cầu kiểm tra trên địa bàn mở rộng.',
        'Đề nghị Sở bố trí bổ sung kinh phí khảo sát chất lượng năm 2027.'], 'Nguyễn Hữu Phước', 'CHI CỤC TRƯỞNG')

    i_doc('KTPC_bao_cao_CT38_nam2026.docx', 'SKHCN-KTPC', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ',
          'Phòng Kiểm tra – Pháp chế', '87/BC-KTPC', '2026-10-30',
          'Theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế được giao phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện một số nhiệm vụ. Phòng báo cáo kết quả như sau:', [
        ('II.2.c', 'completed', {}, 'Góp ý sửa đổi văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng',
         'Phòng phối hợp Chi cục nghiên cứu, tham mưu Sở góp ý các dự thảo nghị định hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật và Luật Chất lượng sản phẩm, hàng hóa sửa đổi khi Bộ Khoa học và Công nghệ lấy ý kiến. Các đợt góp ý trong năm đã hoàn thành đúng thời hạn.', []),
        ('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 96, 'violations': 14, 'fines_vnd': 312000000}, 'Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng',
         'Phòng cử công chức tham gia các đoàn kiểm tra liên ngành do Chi cục chủ trì và thẩm định hồ sơ, tham mưu ban hành quyết định xử phạt vi phạm hành chính. Phòng đang tiếp tục phối hợp đến hết năm.',
         ['Số cuộc kiểm tra có công chức của Phòng tham gia: 12 cuộc;', 'Số cơ sở được kiểm tra: 96 cơ sở;', 'Số cơ sở vi phạm: 14 cơ sở;', 'Số tiền xử phạt theo các quyết định do Phòng thẩm định: 312.000.000 đồng.']),
        ('II.5.d', 'completed', {}, 'Tiếp nhận, xử lý phản ánh, tố giác vi phạm',
         'Phòng tiếp nhận, chuyển Chi cục xác minh các đơn phản ánh, tố giác về gian lận đo lường trong kinh doanh xăng dầu; việc bảo vệ thông tin người tố giác được thực hiện theo quy định. Các đơn nhận trong kỳ đã được xử lý xong.', []),
        ('II.4.b', 'in_progress', {}, 'Phối hợp rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ',
         'Phòng phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ cần bổ sung năm 2027 theo Nghị định 135/2021/NĐ-CP. Nội dung đang thực hiện.', []),
    ], ['Quy trình xử phạt đối với hành vi gian lận đo lường trong kinh doanh xăng dầu qua nền tảng số chưa có hướng dẫn thống nhất.'],
       ['Đề nghị Chi cục chủ trì xây dựng quy trình phối hợp xử lý đơn tố giác giữa Chi cục và Phòng trong năm 2027.'], 'Trần Thị Bích Vân', 'TRƯỞNG PHÒNG')

    # XLSX of the same hand: Trung tâm Dịch vụ Phân tích thí nghiệm
    fname = 'TTPTTN_BaoCao_CT38_T10-2026.xlsx'
    wb = Workbook(); ws = wb.active; ws.title = 'Bao cao CT38'
    def put(r, a=None, b=None, c=None, bold=False, italic=False):
        if a is not None: ws.cell(row=r, column=1, value=a).font = Font(bold=bold, italic=italic)
        if b is not None: ws.cell(row=r, column=2, value=b)
        if c is not None: ws.cell(row=r, column=3, value=c)
    rows = []
    put(1, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'); put(2, 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', bold=True)
    put(3, 'Số: 642/BC-TTPT')
    put(4, 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', italic=True)
    put(6, 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026', bold=True)
    r = 8
    secs = [
        ('II.4.a', 'in_progress', {'budget_spent_vnd': 4850000000}, 'I. ĐẦU TƯ CƠ SỞ VẬT CHẤT, TRANG THIẾT BỊ',
         'Trung tâm triển khai dự án mua sắm thiết bị phòng thử nghiệm hóa lý và phòng hiệu chuẩn áp suất; đã nghiệm thu giai đoạn 1, giai đoạn 2 đang lựa chọn nhà thầu. Nhiệm vụ đang thực hiện.',
         [('Kinh phí đã giải ngân', 4850000000, 'đồng'), ('Số thiết bị đã đưa vào sử dụng', 9, 'thiết bị')]),
        ('II.2.g', 'in_progress', {'instruments_verified': 18640, 'samples_tested': 3215, 'enterprises_supported': 1120}, 'II. CUNG CẤP DỊCH VỤ KỸ THUẬT VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG',
         'Trung tâm mở rộng phạm vi kiểm định, hiệu chuẩn sang lĩnh vực đo lường điện và nhiệt độ phục vụ doanh nghiệp logistics, nông nghiệp công nghệ cao. Hoạt động dịch vụ được thực hiện thường xuyên, đang tiếp tục.',
         [('Phương tiện đo đã kiểm định, hiệu chuẩn', 18640, 'phương tiện'), ('Mẫu đã thử nghiệm', 3215, 'mẫu'), ('Doanh nghiệp, khách hàng được phục vụ', 1120, 'doanh nghiệp')]),
        ('II.4.c', 'completed', {'instruments_verified': 27}, 'III. DUY TRÌ CHUẨN ĐO LƯỜNG, LIÊN KẾT CHUẨN',
         'Trung tâm phối hợp Chi cục đưa các chuẩn đo lường chính đi hiệu chuẩn, liên kết đến chuẩn quốc gia theo kế hoạch năm 2026. Nhiệm vụ đã hoàn thành.',
         [('Chuẩn đo lường đã được hiệu chuẩn, liên kết chuẩn', 27, 'chuẩn')]),
        ('II.3.d', 'completed', {'training_courses': 2, 'participants': 74}, 'IV. ĐÀO TẠO KỸ THUẬT VIÊN ĐO LƯỜNG',
         'Trung tâm phối hợp Chi cục tổ chức các khóa đào tạo kiểm định viên, kỹ thuật viên đo lường cho viên chức, người lao động và sinh viên thực tập. Nhiệm vụ đã hoàn thành.',
         [('Số khóa đào tạo', 2, 'khóa'), ('Số học viên', 74, 'học viên')]),
    ]
    entries = []
    for task, st, ind, title, prose, figs in secs:
        put(r, title, bold=True); r += 1
        put(r, prose); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[r].height = 48; r += 1
        put(r, 'Số liệu cụ thể:', bold=True, italic=True); r += 1
        for lab, v, u in figs:
            put(r, '- ' + lab + ':', v, u); ws.cell(row=r, column=2).number_format = '#,##0'; r += 1
        r += 1
        entries.append((task, st, ind, prose + ' Số liệu cụ thể: ' + '; '.join(f'{l}: {v:,} {u}'.replace(',', '.') for l, v, u in figs)))
    diffs = ['Giá thiết bị nhập khẩu tăng so với dự toán được duyệt, phải điều chỉnh danh mục mua sắm.',
             'Thiếu kiểm định viên có chứng chỉ trong lĩnh vực đo lường điện.']
    props = ['Đề nghị Sở xem xét điều chỉnh dự toán dự án mua sắm thiết bị giai đoạn 2.',
             'Đề nghị Chi cục hỗ trợ cử kiểm định viên tham gia khóa đào tạo đo lường điện tại Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3.']
    put(r, 'V. KHÓ KHĂN, VƯỚNG MẮC', bold=True); r += 1
    for x in diffs: put(r, '- ' + x); r += 1
    r += 1
    put(r, 'VI. ĐỀ XUẤT, KIẾN NGHỊ', bold=True); r += 1
    for x in props: put(r, '- ' + x); r += 1
    r += 1
    put(r, None, None, 'GIÁM ĐỐC'); put(r + 3, None, None, 'Lý Thanh Sơn')
    ws.column_dimensions['A'].width = 90; ws.column_dimensions['B'].width = 16; ws.column_dimensions['C'].width = 14
    wb.save(os.path.join(OUT, fname))
    key(fname, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
        '642/BC-TTPT', '2026-10-29', entries, diffs, props)

# ================================================================ finalize
def lo_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, 'in.' + ext))
    outdir = os.path.join(tmp, 'out'); os.makedirs(outdir)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof', '--convert-to', ext, '--outdir', outdir,
                    os.path.join(tmp, 'in.' + ext)], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outdir, 'in.' + ext), src)
    shutil.rmtree(tmp)

def finalize():
    for fname, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    os.makedirs(TRUTH, exist_ok=True)
    gen_w1(); gen_w2(); gen_c1(); gen_c2(); gen_i()
    lo_resave('26884_BC_CT38_govap.docx')
    lo_resave('27667_BinhKhanh_BC_xa_CT38.xlsx')
    finalize()
    print(len(KEYS), 'files')
