# -*- coding: utf-8 -*-
"""Generator for set93: reports from the Chi cục TĐC's divisions/teams and the Sở KHCN's inspectors.
Five hands (see NOTES.md).  Run: python3 gen.py  (then check.py)."""
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

UNITS = {
    'CCTDC': ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
    'KTPC': ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'),
}
QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'
SPECS = []   # (fname, truth dict without sha)


def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    uid, uname = UNITS[unit]
    ents = []
    for e in entries:
        ents.append({'task': e['task'], 'status': e['status'], 'indicators': dict(e.get('ind', {})),
                     'text': e['text']})
    SPECS.append((fname, {'file': fname, 'sha256': None, 'status': status, 'reason': reason,
                          'unit': {'id': uid, 'name': uname},
                          'document': {'number': number, 'date': date},
                          'entries': ents, 'findings': [],
                          'difficulties': list(diffs), 'proposals': list(props)}))


# ---------------------------------------------------------------- docx helpers
def base_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin = Cm(2); s.bottom_margin = Cm(2); s.left_margin = Cm(3); s.right_margin = Cm(1.8)
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=None, underline=False, space_after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, 'b'/'i'/'bi'/'u'/'')"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)


def cell_text(c, lines, bold=False, italic=False, align='c', size=None):
    c.text = ''
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            r = p.add_run(ln[0]); r.bold = 'b' in ln[1]; r.italic = 'i' in ln[1]; r.underline = 'u' in ln[1]
        else:
            r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT,
                       'r': WD_ALIGN_PARAGRAPH.RIGHT, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.space_after = Pt(0)


def header_block(d, left_lines, number, date_line, size=12):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), left_lines, size=size)
    cell_text(t.cell(0, 1), [(QH, 'b'), (DL, 'bu')], size=size)
    cell_text(t.cell(1, 0), [number], size=size)
    cell_text(t.cell(1, 1), [(date_line, 'i')], size=size)
    t.columns[0].width = Cm(6.5)
    return t


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)


# ======================================================================= HAND 1
# Nguyễn Hoàng Phúc – kiểm soát viên đo lường. Internal report "Kính gửi: Lãnh đạo Chi cục", numeric date
# "ngày 24/10/2026", measurement jargon (PTĐ, cs, đ), "Kết quả tự đánh giá:" line, two signers side by side
# and an empty bordered box "Ý KIẾN CỦA LÃNH ĐẠO CHI CỤC" at the end.
def hand1(fname, subunit, number, date_iso, title2, intro, items, diffs, props, signers, unit='CCTDC',
          status='extracted', reason=None):
    d = base_doc(size=13)
    y, m, dd = date_iso.split('-')
    header_block(d, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
                     (subunit.upper(), 'b'), '––––––––'],
                 'Số: ' + number, 'TP. Hồ Chí Minh, ngày %s/%s/%s' % (dd, m, y))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title2, bold=True, align='c')
    para(d, 'Kính gửi: Lãnh đạo Chi cục.', align='c')
    para(d, intro, align='j', indent=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for i, it in enumerate(items, 1):
        para(d, '%d. %s' % (i, it['title']), bold=True, align='j')
        for b in it['body']:
            para(d, b, align='j', indent=1)
        p = para(d, '', align='j', indent=1)
        runs(p, [('Kết quả tự đánh giá: ', 'i'), (it['st'], 'bi')])
    para(d, 'II. TỒN TẠI, KHÓ KHĂN', bold=True)
    for x in diffs:
        para(d, '- ' + x, align='j', indent=1)
    para(d, 'III. ĐỀ XUẤT', bold=True)
    for x in props:
        para(d, '- ' + x, align='j', indent=1)
    para(d, 'Phòng kính báo cáo Lãnh đạo Chi cục xem xét, chỉ đạo./.' if 'Phòng' in subunit else
         'Tổ kính báo cáo Lãnh đạo Chi cục xem xét, chỉ đạo./.', align='j', indent=1)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), [(signers[0][0], 'b'), '', '', '', (signers[0][1], 'b')])
    cell_text(t.cell(0, 1), [(signers[1][0], 'b'), '', '', '', (signers[1][1], 'b')])
    para(d)
    box = d.add_table(rows=1, cols=1); box.style = 'Table Grid'
    cell_text(box.cell(0, 0), [('Ý KIẾN CỦA LÃNH ĐẠO CHI CỤC', 'b'),
                               '…………………………………………………………………………………………',
                               '…………………………………………………………………………………………',
                               '…………………………………………………………………………………………'], align='l')
    d.save(os.path.join(OUT, fname))
    ents = [dict(task=it['task'], status=it['status'], ind=it.get('ind', {}), text=' '.join(it['body']))
            for it in items]
    key(fname, unit, number, date_iso, ents, diffs, props, status, reason)


def make_h1():
    # ---- F01 Phòng Quản lý Đo lường
    items = [
        dict(title='Kiểm tra nhà nước về đo lường đối với PTĐ nhóm 2, phép đo, hàng đóng gói sẵn',
             body=['Từ đầu năm đến 20/10/2026, Phòng tham mưu thành lập và tham gia 14 đoàn kiểm tra đo lường tại 96 cs '
                   '(cửa hàng xăng dầu, cơ sở kinh doanh vàng trang sức, cơ sở sản xuất hàng đóng gói sẵn). '
                   'Phát hiện 11 cs vi phạm (chủ yếu PTĐ hết hạn kiểm định, lượng hàng đóng gói sẵn thiếu so với lượng danh định); '
                   'đã tham mưu ban hành quyết định xử phạt với tổng số tiền 63.500.000 đ.'],
             st='Đang thực hiện, các đoàn Quý IV tiếp tục theo kế hoạch.', task='II.5.a', status='in_progress',
             ind=dict(inspections=14, establishments_inspected=96, violations=11, fines_vnd=63500000)),
        dict(title='Phối hợp UBND phường, xã quản lý đo lường tại chợ (cân đối chứng, kiểm định cân miễn phí)',
             body=['Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm và UBND các phường, xã tổ chức kiểm định miễn phí '
                   '1.245 PTĐ (cân đồng hồ lò xo, cân điện tử) tại các chợ; hướng dẫn Ban quản lý chợ duy trì trạm cân đối chứng.'],
             st='Đang thực hiện (việc thường xuyên).', task='II.5.c', status='in_progress',
             ind=dict(instruments_verified=1245)),
        dict(title='Bảo dưỡng, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ (PTKTNV) phục vụ kiểm tra',
             body=['Đã gửi hiệu chuẩn 38 PTKTNV (bình chuẩn kim loại hạng 2, quả cân chuẩn F1/M1, nhiệt kế chuẩn); '
                   'kinh phí đã thanh toán 46.200.000 đ.'],
             st='Hoàn thành.', task='II.4.b', status='completed',
             ind=dict(instruments_verified=38, budget_spent_vnd=46200000)),
        dict(title='Duy trì chuẩn đo lường chính, liên kết chuẩn',
             body=['Đã gửi hiệu chuẩn 06 chuẩn chính (bộ quả cân E2, áp kế chuẩn) tại Viện Đo lường Việt Nam, '
                   'bảo đảm liên kết chuẩn đến chuẩn quốc gia.'],
             st='Đang thực hiện, còn 02 chuẩn chờ đến hạn hiệu chuẩn trong tháng 11.', task='II.4.c', status='in_progress',
             ind=dict(instruments_verified=6)),
        dict(title='Hướng dẫn tổ chức kiểm định, hiệu chuẩn, thử nghiệm đăng ký hoạt động, mở rộng phạm vi',
             body=['Hướng dẫn 07 tổ chức dịch vụ kỹ thuật hoàn thiện hồ sơ đăng ký/điều chỉnh lĩnh vực hoạt động kiểm định, hiệu chuẩn.'],
             st='Đang thực hiện (thường xuyên).', task='II.2.g', status='in_progress',
             ind=dict(enterprises_supported=7)),
        dict(title='Cử công chức tham gia tập huấn nghiệp vụ đo lường',
             body=['Cử 05 công chức tham dự 02 khóa tập huấn nghiệp vụ đo lường do Cục Quản lý Đo lường (Ủy ban TĐC Quốc gia) tổ chức.'],
             st='Hoàn thành.', task='II.3.a', status='completed',
             ind=dict(training_courses=2, participants=5)),
    ]
    hand1('BC_PQLDL_CT38_T10.2026.docx', 'Phòng Quản lý Đo lường', '87/BC-QLĐL', '2026-10-24',
          'Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026\n(phần việc của Phòng Quản lý Đo lường)',
          'Thực hiện chỉ đạo của Lãnh đạo Chi cục về việc báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW '
          'năm 2026 của Sở Khoa học và Công nghệ, Phòng Quản lý Đo lường báo cáo như sau (số liệu tính đến ngày 20/10/2026):',
          items,
          ['Lực lượng công chức làm công tác đo lường của Phòng còn mỏng (05 người), trong khi số cơ sở kinh doanh xăng dầu trên địa bàn Thành phố sau hợp nhất tăng mạnh.',
           'Một số bình chuẩn kim loại hạng 2 đã sử dụng lâu năm, sai số tiệm cận giới hạn cho phép, chưa có kinh phí thay thế.'],
          ['Đề nghị Lãnh đạo Chi cục bố trí kinh phí năm 2027 để mua sắm thay thế 04 bình chuẩn kim loại hạng 2.',
           'Đề nghị Chi cục phối hợp Phòng Kiểm tra – Pháp chế tổ chức kiểm tra liên ngành đo lường xăng dầu vào dịp cuối năm.'],
          [('NGƯỜI BÁO CÁO', 'Nguyễn Hoàng Phúc'), ('TRƯỞNG PHÒNG', 'Huỳnh Thanh Sang')])

    # ---- F02 Tổ kiểm tra đo lường xăng dầu
    items = [
        dict(title='Kiểm tra đo lường đối với cửa hàng xăng dầu, LPG',
             body=['Tổ đã thực hiện 06 cuộc kiểm tra theo kế hoạch tại 58 cs kinh doanh xăng dầu và chai LPG; '
                   'lập biên bản 04 cs vi phạm (cột đo xăng dầu vỡ niêm phong, sai số vượt giới hạn cho phép); '
                   'số tiền xử phạt đã ban hành 42.000.000 đ.'],
             st='Đang thực hiện, còn 02 cuộc trong Quý IV.', task='II.5.a', status='in_progress',
             ind=dict(inspections=6, establishments_inspected=58, violations=4, fines_vnd=42000000)),
        dict(title='Phối hợp UBND xã kiểm tra cửa hàng xăng dầu trên địa bàn',
             body=['Theo đề nghị của UBND xã Bình Chánh, xã Củ Chi và xã Cần Giờ, Tổ đã cử người phối hợp 03 cuộc kiểm tra tại 11 cs; '
                   'phát hiện 01 cs vi phạm, chuyển UBND xã xử lý theo thẩm quyền.'],
             st='Hoàn thành (đã đáp ứng đủ 03 đề nghị của xã).', task='II.5.c', status='completed',
             ind=dict(inspections=3, establishments_inspected=11, violations=1)),
        dict(title='Kiểm tra, hiệu chuẩn bình chuẩn của Tổ',
             body=['Đã hiệu chuẩn định kỳ 12 bình chuẩn (5 L, 10 L, 20 L) trước khi sử dụng kiểm tra.'],
             st='Hoàn thành.', task='II.4.b', status='completed',
             ind=dict(instruments_verified=12)),
        dict(title='Tiếp nhận, xác minh phản ánh của người dân về đo lường xăng dầu',
             body=['Tiếp nhận 05 phản ánh qua đường dây nóng; đã xác minh cả 05 phản ánh, kết luận 02 trường hợp vi phạm '
                   '(bơm thiếu), chuyển hồ sơ đề nghị xử phạt.'],
             st='Hoàn thành.', task='II.5.d', status='completed',
             ind=dict(violations=2)),
    ]
    hand1('Bao cao To KT xang dau - CT38 (10-2026).docx', 'Tổ kiểm tra đo lường xăng dầu', '21/BC-TXD', '2026-10-20',
          'Kết quả thực hiện các nội dung Kế hoạch Chỉ thị 38-CT/TW năm 2026 được giao Tổ',
          'Căn cứ phân công của Lãnh đạo Chi cục, Tổ kiểm tra đo lường xăng dầu báo cáo kết quả thực hiện từ ngày 01/01/2026 đến ngày 15/10/2026 như sau:',
          items,
          ['Một số cửa hàng xăng dầu ở các xã xa trung tâm đóng cửa khi đoàn đến, phải bố trí kiểm tra lại nhiều lần.'],
          ['Đề nghị Chi cục trang bị thêm 01 bộ bình chuẩn 20 L và 01 xe chuyên dùng cho Tổ.'],
          [('NGƯỜI LẬP', 'Nguyễn Hoàng Phúc'), ('TỔ TRƯỞNG', 'Lê Văn Mười')])

    # ---- F03 Phòng Hành chính – Tổng hợp (Chi cục)
    items = [
        dict(title='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử của Chi cục',
             body=['Đăng tải 46 tin, bài về hoạt động TĐC, Chỉ thị 38-CT/TW, cảnh báo hàng hóa kém chất lượng trên Trang thông tin điện tử và fanpage của Chi cục.'],
             st='Đang thực hiện, cập nhật thường xuyên.', task='II.1.a', status='in_progress',
             ind=dict(communications=46)),
        dict(title='Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia',
             body=['Đã rà soát, đề xuất 09 nội dung cải tiến Hệ thống thông tin giải quyết TTHC của Bộ; hoàn tất kết nối tiếp nhận hồ sơ '
                   'đăng ký kiểm tra nhà nước hàng hóa nhập khẩu qua Cổng thông tin một cửa quốc gia từ tháng 3/2026.'],
             st='Hoàn thành trong Quý I/2026.', task='II.2.h', status='completed'),
        dict(title='Kết nối cơ sở dữ liệu quốc gia về TĐC',
             body=['Phối hợp Phòng Chuyển đổi số cập nhật dữ liệu công bố hợp quy, kết quả kiểm tra lên cơ sở dữ liệu quốc gia; '
                   'đang chờ Bộ cấp tài khoản đồng bộ cho phân hệ đo lường.'],
             st='Đang thực hiện.', task='II.2.i', status='in_progress'),
        dict(title='Phối hợp rà soát đầu tư trang thiết bị cho đơn vị sự nghiệp',
             body=['Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm rà soát danh mục thiết bị đề nghị đầu tư năm 2027, gửi Văn phòng Sở tổng hợp.'],
             st='Đang thực hiện.', task='II.4.a', status='in_progress'),
        dict(title='Cử công chức, người lao động tham dự tập huấn, hội nghị ngành',
             body=['Cử 14 lượt công chức tham dự 04 khóa tập huấn, hội nghị chuyên đề (Ngày Tiêu chuẩn thế giới, Ngày Đo lường thế giới, nghiệp vụ kiểm tra hàng nhập khẩu).'],
             st='Hoàn thành.', task='II.3.a', status='completed',
             ind=dict(training_courses=4, participants=14)),
    ]
    hand1('P.HCTH_baocao_CT38_2026.docx', 'Phòng Hành chính – Tổng hợp', '133/BC-HCTH', '2026-10-26',
          'Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch Chỉ thị 38-CT/TW năm 2026',
          'Phòng Hành chính – Tổng hợp báo cáo kết quả thực hiện các nhiệm vụ được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
          items,
          ['Hệ thống một cửa của Bộ và Cổng thông tin một cửa quốc gia chưa đồng bộ hoàn toàn, một số trường dữ liệu còn phải nhập tay.'],
          ['Đề nghị Phòng Chuyển đổi số hỗ trợ Chi cục kết nối API với cơ sở dữ liệu quốc gia về TĐC trong Quý IV/2026.'],
          [('NGƯỜI BÁO CÁO', 'Nguyễn Hoàng Phúc'), ('TRƯỞNG PHÒNG', 'Đỗ Thị Kim Oanh')])


# ======================================================================= HAND 2
# Phạm Quốc Bảo – kiểm tra viên. XLSX, one row per "Quyết định kiểm tra" (số QĐ, ngày QĐ) grouped under
# own-words topic rows; "Tình trạng hồ sơ" column with document-lifecycle words; each group closed by a
# "Cộng" row whose Tình trạng cell gives the group's state; text-only rows for groups without decisions.
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hand2(fname, org1, org2, number, date_words, date_iso, title, groups, diffs, props, signer, unit,
          status='extracted', reason=None, sheetname='BC'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheetname
    f = Font(name='Times New Roman', size=11); fb = Font(name='Times New Roman', size=11, bold=True)
    ws['A1'] = org1; ws['A2'] = org2; ws['A2'].font = fb
    ws['F1'] = QH; ws['F1'].font = fb; ws['F2'] = DL; ws['F2'].font = fb
    ws['A3'] = 'Số: ' + number; ws['F3'] = date_words; ws['F3'].font = Font(name='Times New Roman', size=11, italic=True)
    ws['A5'] = title; ws['A5'].font = Font(name='Times New Roman', size=13, bold=True)
    ws.merge_cells('A5:I5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['TT', 'Số Quyết định kiểm tra', 'Ngày QĐ', 'Đối tượng, nội dung kiểm tra', 'Số cơ sở được kiểm tra',
           'Số cơ sở vi phạm', 'Tiền phạt (đồng)', 'Tình trạng hồ sơ', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = fb; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.border = BOX
    ws.row_dimensions[7].height = 45
    r = 8
    ents = []
    for gi, g in enumerate(groups):
        roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][gi]
        c = ws.cell(r, 1, roman); c.font = fb
        c = ws.cell(r, 2, g['title']); c.font = fb
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        for k in range(1, 10): ws.cell(r, k).border = BOX
        r += 1
        for j, row in enumerate(g.get('rows', []), 1):
            vals = [j] + list(row)
            for k, v in enumerate(vals, 1):
                c = ws.cell(r, k, v); c.font = f; c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical='top')
                if k == 7 and isinstance(v, int): c.number_format = '#,##0'
            r += 1
        if g.get('note'):
            c = ws.cell(r, 2, g['note']); c.font = f; c.alignment = Alignment(wrap_text=True, vertical='top')
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 8, g['st']).font = fb
            for k in range(1, 10): ws.cell(r, k).border = BOX
            ws.row_dimensions[r].height = 60
            r += 1
        if g.get('rows'):
            ws.cell(r, 2, 'Cộng %s (%s)' % (roman, g['count_text'])).font = fb
            ws.cell(r, 5, g['sum'][0]).font = fb
            ws.cell(r, 6, g['sum'][1]).font = fb
            c = ws.cell(r, 7, g['sum'][2]); c.font = fb; c.number_format = '#,##0'
            ws.cell(r, 8, g['st']).font = fb
            for k in range(1, 10): ws.cell(r, k).border = BOX
            r += 1
        if g.get('task'):
            txt = g['title'] + ': ' + (g.get('note') or '; '.join('%s %s' % (x[0], x[2]) for x in g.get('rows', [])))
            ents.append(dict(task=g['task'], status=g['status'], ind=g.get('ind', {}), text=txt))
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = fb; r += 1
    for x in diffs:
        ws.cell(r, 1, '- ' + x).font = f; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = fb; r += 1
    for x in props:
        ws.cell(r, 1, '- ' + x).font = f; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.cell(r, 2, 'NGƯỜI LẬP BIỂU').font = fb; ws.cell(r, 7, signer[0]).font = fb
    ws.cell(r + 4, 2, 'Phạm Quốc Bảo').font = fb; ws.cell(r + 4, 7, signer[1]).font = fb
    for col, w in zip('ABCDEFGHI', [5, 18, 11, 40, 10, 10, 14, 24, 18]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, ents, diffs, props, status, reason)


def make_h2():
    # ---- F05 Phòng Kiểm tra – Pháp chế
    g = [
        dict(title='Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông (phối hợp Chi cục TĐC)', task='II.5.a',
             rows=[('15/QĐ-SKHCN', '12/3/2026', 'Mũ bảo hiểm cho người đi mô tô, xe máy tại các cửa hàng khu vực Chợ Lớn', 8, 2, 14000000, 'Đã ban hành kết luận', ''),
                   ('41/QĐ-SKHCN', '05/6/2026', 'Đồ chơi trẻ em (QCVN 3:2019/BKHCN) dịp Tết Thiếu nhi', 12, 3, 22500000, 'Đã ban hành kết luận', ''),
                   ('77/QĐ-SKHCN', '18/9/2026', 'Thép làm cốt bê tông tại các cửa hàng vật liệu xây dựng', 6, 0, 0, 'Đang dự thảo kết luận', 'Chờ kết quả thử nghiệm mẫu')],
             count_text='03 cuộc', sum=(26, 5, 36500000), st='Nhóm việc đang triển khai (còn 01 cuộc chưa kết luận)',
             status='in_progress', ind=dict(inspections=3, establishments_inspected=26, violations=5, fines_vnd=36500000)),
        dict(title='Khảo sát chất lượng (phối hợp lấy mẫu)', task='II.5.b',
             note='Phối hợp Chi cục lấy 24 mẫu xăng dầu, 10 mẫu mũ bảo hiểm (cộng 34 mẫu) gửi thử nghiệm; kết quả khảo sát đã chuyển Chi cục tổng hợp.',
             st='Nhóm việc đang triển khai', status='in_progress', ind=dict(samples_tested=34)),
        dict(title='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP', task='II.4.b',
             note='Đã rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ đang sử dụng trong kiểm tra, thống nhất với Chi cục danh mục đề nghị bảo dưỡng, hiệu chuẩn năm 2026.',
             st='Nhóm việc đã xong', status='completed'),
        dict(title='Tiếp nhận, xử lý tố giác vi phạm; khen thưởng người tố giác', task='II.5.d',
             note='Tiếp nhận 03 đơn tố giác về hàng hóa không bảo đảm chất lượng; đã xác minh, xử lý 01 trường hợp vi phạm. Chưa phát sinh trường hợp đề nghị khen thưởng.',
             st='Nhóm việc đã xong', status='completed', ind=dict(violations=1)),
        dict(title='Góp ý văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng', task='II.2.c',
             note='Có ý kiến góp ý dự thảo Nghị định sửa đổi, bổ sung Nghị định 119/2017/NĐ-CP (Công văn số 1452/SKHCN-KTPC ngày 14/5/2026).',
             st='Nhóm việc đã xong', status='completed'),
    ]
    hand2('KTPC_BangTH_KiemTra_CT38_2026.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ',
          '318/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', '2026-10-27',
          'BẢNG TỔNG HỢP KẾT QUẢ KIỂM TRA THEO QUYẾT ĐỊNH\n(phục vụ báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026)',
          g,
          ['Thời gian chờ kết quả thử nghiệm mẫu kéo dài (30–45 ngày) làm chậm việc ban hành kết luận kiểm tra.',
           'Phòng chỉ có 03 kiểm tra viên vừa làm công tác kiểm tra vừa làm công tác pháp chế.'],
          ['Đề nghị Sở bố trí kinh phí thử nghiệm mẫu phục vụ kiểm tra ngay từ đầu năm.',
           'Đề nghị Chi cục TĐC cử công chức phối hợp thường xuyên trong các đoàn kiểm tra chất lượng hàng hóa.'],
          ('KT. TRƯỞNG PHÒNG', 'Trịnh Minh Khôi'), 'KTPC')

    # ---- F06 Đoàn kiểm tra liên ngành số 02 (Sở KHCN, do Phòng KT-PC chủ trì)
    g = [
        dict(title='Kiểm tra đo lường, chất lượng xăng dầu và vàng trang sức', task='II.5.a',
             rows=[('52/QĐ-SKHCN', '08/7/2026', 'Xăng dầu – các cửa hàng trên Quốc lộ 13, Quốc lộ 1K', 9, 2, 17500000, 'Đã kết thúc, lưu hồ sơ', ''),
                   ('60/QĐ-SKHCN', '29/7/2026', 'Vàng trang sức, mỹ nghệ – đo lường và nhãn hàng hóa', 7, 1, 8000000, 'Đã kết thúc, lưu hồ sơ', ''),
                   ('83/QĐ-SKHCN', '06/10/2026', 'Xăng dầu – khu vực Vũng Tàu, Bà Rịa', 8, 1, 11000000, 'Đang ra quyết định xử phạt', '')],
             count_text='03 cuộc', sum=(24, 4, 36500000), st='Đang thực hiện – cuộc thứ 3 chưa đóng hồ sơ',
             status='in_progress', ind=dict(inspections=3, establishments_inspected=24, violations=4, fines_vnd=36500000)),
        dict(title='Phối hợp UBND phường, xã theo phân quyền', task='II.5.c',
             rows=[('—', '14/8/2026', 'Phối hợp UBND phường Thủ Dầu Một kiểm tra cơ sở kinh doanh khí dầu mỏ hóa lỏng (theo KH của phường)', 5, 1, 0, 'Đã kết thúc, chuyển phường xử lý', 'Phường xử phạt')],
             count_text='01 cuộc', sum=(5, 1, 0), st='Đã xong', status='completed',
             ind=dict(inspections=1, establishments_inspected=5, violations=1)),
        dict(title='Lấy mẫu thử nghiệm trong quá trình kiểm tra', task='II.5.b',
             note='Lấy 16 mẫu xăng dầu (RON 95, E5 RON 92, DO 0,05S) gửi thử nghiệm chỉ tiêu chất lượng; 01 mẫu không đạt chỉ tiêu trị số octan.',
             st='Đã xong', status='completed', ind=dict(samples_tested=16)),
    ]
    hand2('Doan KTLN 02 - tong hop QD kiem tra 2026.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
          'ĐOÀN KIỂM TRA LIÊN NGÀNH SỐ 02 (Phòng Kiểm tra – Pháp chế chủ trì)',
          '07/BC-ĐKT', 'TP. Hồ Chí Minh, ngày 19 tháng 10 năm 2026', '2026-10-19',
          'TỔNG HỢP CÁC QUYẾT ĐỊNH KIỂM TRA CỦA ĐOÀN NĂM 2026 (đến 15/10/2026)',
          g,
          ['Một số cơ sở kinh doanh vàng trang sức không xuất trình được hóa đơn, chứng từ nguồn gốc, phải làm việc nhiều lần.'],
          ['Kiến nghị Sở ban hành quy chế phối hợp với UBND các phường, xã trong kiểm tra đo lường, chất lượng theo phân quyền.'],
          ('TRƯỞNG ĐOÀN', 'Trịnh Minh Khôi'), 'KTPC', sheetname='Doan02')

    # ---- F07 Tổ kiểm tra chất lượng hàng hóa lưu thông (Chi cục)
    g = [
        dict(title='Kiểm tra chất lượng, nhãn hàng hóa trong lưu thông', task='II.5.a',
             rows=[('11/QĐ-TĐC', '20/02/2026', 'Dây và cáp điện, thiết bị điện gia dụng (QCVN 4:2009/BKHCN)', 10, 2, 9500000, 'Đã ban hành kết luận', ''),
                   ('26/QĐ-TĐC', '15/4/2026', 'Bình chữa cháy, đồ chơi trẻ em, nhãn hàng hóa', 9, 1, 4500000, 'Đã ban hành kết luận', ''),
                   ('58/QĐ-TĐC', '02/7/2026', 'Sữa và sản phẩm sữa đóng gói sẵn – lượng, nhãn', 11, 3, 16000000, 'Đã ban hành kết luận', ''),
                   ('71/QĐ-TĐC', '10/9/2026', 'Phân bón – nhãn hàng hóa, công bố hợp quy', 7, 0, 0, 'Đang kiểm tra', '')],
             count_text='04 cuộc', sum=(37, 6, 30000000), st='Đang triển khai',
             status='in_progress', ind=dict(inspections=4, establishments_inspected=37, violations=6, fines_vnd=30000000)),
        dict(title='Khảo sát chất lượng sản phẩm, hàng hóa', task='II.5.b',
             note='Khảo sát 02 đợt: mũ bảo hiểm và sữa tiệt trùng; tổng số mẫu khảo sát 52 mẫu; thông tin kết quả đến Phòng Kiểm tra – Pháp chế và đăng cảnh báo trên trang tin Chi cục.',
             st='Đã kết thúc 02 đợt', status='completed', ind=dict(samples_tested=52)),
        dict(title='Hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền', task='II.5.c',
             note='Trả lời bằng văn bản và hướng dẫn trực tiếp 12 phường, xã về thẩm quyền kiểm tra chất lượng, nhãn hàng hóa tại chợ, cửa hàng.',
             st='Đang triển khai', status='in_progress'),
    ]
    hand2('To KT hang hoa_BC CT38.xlsx', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
          'TỔ KIỂM TRA CHẤT LƯỢNG HÀNG HÓA LƯU THÔNG', '15/BC-TKTHH',
          'TP.HCM, ngày 22 tháng 10 năm 2026', '2026-10-22',
          'KẾT QUẢ KIỂM TRA CHẤT LƯỢNG HÀNG HÓA THEO QUYẾT ĐỊNH – KẾ HOẠCH CT38/2026',
          g,
          ['Cơ sở kinh doanh nhỏ lẻ tại chợ thường không có hồ sơ công bố hợp quy, khó xác định trách nhiệm của nhà sản xuất, nhập khẩu.'],
          ['Đề nghị Chi cục xây dựng danh sách cơ sở kinh doanh hàng hóa nhóm 2 trọng điểm dùng chung với Phòng Kiểm tra – Pháp chế.'],
          ('TỔ TRƯỞNG', 'Võ Thị Thu Hà'), 'CCTDC', sheetname='KQ kiem tra')

    # ---- F08 MISTAKEN: Phòng KT-PC sends its kiểm tra công vụ / cải cách hành chính summary
    g = [
        dict(title='Kiểm tra công vụ, công tác cải cách hành chính tại các đơn vị trực thuộc Sở',
             rows=[('09/QĐ-SKHCN', '03/3/2026', 'Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại Trung tâm Công nghệ thông tin và Địa không gian', 1, 0, 0, 'Đã ban hành kết luận', ''),
                   ('33/QĐ-SKHCN', '20/5/2026', 'Kiểm tra việc giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC tại Văn phòng Sở', 1, 0, 0, 'Đã ban hành kết luận', ''),
                   ('69/QĐ-SKHCN', '25/8/2026', 'Kiểm tra thực hiện Quy chế dân chủ ở cơ sở và Bộ chỉ số CCHC tại Chi cục TĐC', 1, 0, 0, 'Đang dự thảo kết luận', '')],
             count_text='03 cuộc', sum=(3, 0, 0), st='Đang thực hiện'),
        dict(title='Chỉ số cải cách hành chính (PAR INDEX) năm 2026',
             note='Tự chấm điểm các tiêu chí thuộc lĩnh vực kiểm tra, pháp chế; hoàn thiện tài liệu kiểm chứng gửi Sở Nội vụ trước 30/10/2026.',
             st='Đang thực hiện'),
    ]
    hand2('KTPC_TongHop_KiemTraCongVu_CCHC_2026.xlsx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ',
          '322/BC-KTPC', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', '2026-10-28',
          'BẢNG TỔNG HỢP KẾT QUẢ KIỂM TRA CÔNG VỤ VÀ CẢI CÁCH HÀNH CHÍNH NĂM 2026',
          g,
          ['Một số đơn vị chậm cung cấp tài liệu kiểm chứng Chỉ số cải cách hành chính.'],
          ['Đề nghị Văn phòng Sở đôn đốc các đơn vị nộp tài liệu kiểm chứng đúng hạn.'],
          ('KT. TRƯỞNG PHÒNG', 'Trịnh Minh Khôi'), 'KTPC', status='rejected',
          reason='Báo cáo kết quả kiểm tra công vụ và cải cách hành chính, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')
    # rejected key carries no entries/difficulties/proposals
    fn, t = SPECS[-1]
    t['entries'] = []; t['difficulties'] = []; t['proposals'] = []


# ======================================================================= HAND 3
# Trần Thị Ngọc Hân – chuyên viên chất lượng, lab habits: figures written as "n = 45 mẫu", "SL = 03 lớp",
# ratios "41/45 (91,1 %)" with a space before %, a one-line "Tóm tắt:" per item (key figures again in
# n = notation) and a closing status sentence beginning "Tình trạng: …" in plain text; header
# left block in bold italic; "Nơi nhận" list.
def hand3(fname, subunit, number, date_iso, title, intro, items, diffs, props, signer, unit='CCTDC',
          status='extracted', reason=None):
    d = base_doc(size=13)
    y, m, dd = date_iso.split('-')
    header_block(d, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', ('CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'b'),
                     (subunit, 'bi'), '———'],
                 'Số: ' + number, 'Thành phố Hồ Chí Minh, ngày %s tháng %s năm %s' % (dd, m, y))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, title, bold=True, align='c')
    para(d, intro, align='j', indent=1)
    for i, it in enumerate(items, 1):
        para(d, '%d. %s' % (i, it['title']), bold=True, align='j')
        for b in it['body']:
            para(d, b, align='j', indent=1)
        if it.get('tt'):
            p = para(d, '', align='j', indent=1); runs(p, [('Tóm tắt: ', 'b'), (it['tt'], '')])
        para(d, 'Tình trạng: ' + it['st'], align='j', indent=1)
    para(d, 'Khó khăn, vướng mắc', bold=True)
    for x in diffs:
        para(d, '– ' + x, align='j', indent=1)
    para(d, 'Đề xuất, kiến nghị', bold=True)
    for x in props:
        para(d, '– ' + x, align='j', indent=1)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), [('Nơi nhận:', 'bi'), '- Lãnh đạo Chi cục;', '- Phòng HC-TH (tổng hợp);', '- Lưu: VT, hồ sơ.'], align='l', size=11)
    cell_text(t.cell(0, 1), [(signer[0], 'b'), '', '', '', (signer[1], 'b')])
    d.save(os.path.join(OUT, fname))
    ents = [dict(task=it['task'], status=it['status'], ind=it.get('ind', {}),
                 text=' '.join(it['body'])) for it in items]
    key(fname, unit, number, date_iso, ents, diffs, props, status, reason)


def make_h3():
    items = [
        dict(title='Tập huấn văn bản pháp luật về TĐC cho doanh nghiệp; Tọa đàm doanh nghiệp nhập khẩu',
             body=['Tổ chức 02 lớp tập huấn về Luật Chất lượng sản phẩm, hàng hóa sửa đổi, Luật Tiêu chuẩn và Quy chuẩn kỹ thuật '
                   'và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu về kiểm tra nhà nước hàng nhập khẩu theo phương thức mới.',
                   'Số người tham dự n = 412 lượt (lớp 1: 158; lớp 2: 131; tọa đàm: 123).'],
             tt='SL = 03 (02 lớp + 01 tọa đàm); n = 412 lượt.',
             st='đã tổ chức đủ theo kế hoạch, hoàn thành.', task='II.1.a', status='completed',
             ind=dict(training_courses=3, participants=412)),
        dict(title='Hướng dẫn doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia',
             body=['Gửi thư mời, hướng dẫn trực tiếp hồ sơ cho n = 12 doanh nghiệp; 05 doanh nghiệp đã nộp hồ sơ tham dự.'],
             st='hoàn thành (hết hạn nhận hồ sơ 30/6/2026).', task='II.1.b', status='completed',
             ind=dict(enterprises_supported=12)),
        dict(title='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy',
             body=['Tiếp nhận, hướng dẫn và xử lý hồ sơ công bố hợp chuẩn, hợp quy; hỗ trợ tư vấn áp dụng ISO 9001, ISO 22000, 5S/Kaizen cho doanh nghiệp.',
                   'Số doanh nghiệp được hướng dẫn, hỗ trợ: n = 138 DN.'],
             st='đang tiếp tục thực hiện (thường xuyên).', task='II.2.d', status='in_progress',
             ind=dict(enterprises_supported=138)),
        dict(title='Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật',
             body=['Có ý kiến góp ý đối với 19 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ gửi lấy ý kiến.'],
             tt='n = 19 dự thảo.',
             st='đang thực hiện, tiếp nhận dự thảo đến đâu góp ý đến đó.', task='II.2.e', status='in_progress',
             ind=dict(standards_reviewed=19)),
        dict(title='Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu và tại cơ sở sản xuất',
             body=['Tiếp nhận 2.314 hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu. Tổ chức 05 cuộc kiểm tra sau thông quan, '
                   'kiểm tra tại cơ sở sản xuất với n = 27 doanh nghiệp; 03 doanh nghiệp vi phạm về nhãn, công bố hợp quy; '
                   'tổng tiền phạt 31.000.000 đồng.'],
             tt='05 cuộc; n = 27 DN; vi phạm 03/27 (11,1 %); phạt 31.000.000 đồng.',
             st='đang thực hiện.', task='II.5.a', status='in_progress',
             ind=dict(inspections=5, establishments_inspected=27, violations=3, fines_vnd=31000000)),
        dict(title='Khảo sát chất lượng sản phẩm, hàng hóa',
             body=['Khảo sát chất lượng nước uống đóng chai và mũ bảo hiểm: tổng số mẫu n = 45 mẫu; đạt 41/45 (91,1 %), 04 mẫu không đạt, '
                   'đã thông tin đến Phòng Kiểm tra – Pháp chế để kiểm tra.'],
             st='hoàn thành, đã kết thúc 02 đợt khảo sát.', task='II.5.b', status='completed',
             ind=dict(samples_tested=45)),
    ]
    hand3('64-BC-QLTCCL_CT38_2026.docx', 'Phòng Quản lý Tiêu chuẩn Chất lượng', '64/BC-QLTCCL', '2026-10-23',
          'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\ncủa Phòng Quản lý Tiêu chuẩn Chất lượng',
          'Kỳ báo cáo: từ 01/01/2026 đến 20/10/2026. Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo các nội dung được giao như sau:',
          items,
          ['Số lượng hồ sơ đăng ký kiểm tra hàng nhập khẩu lớn (bình quân trên 230 hồ sơ/tháng) trong khi Phòng chỉ có 04 công chức xử lý.',
           'Kinh phí thử nghiệm mẫu khảo sát hạn chế nên chưa mở rộng được nhóm hàng khảo sát.'],
          ['Đề nghị Chi cục bổ sung 02 biên chế cho bộ phận kiểm tra hàng nhập khẩu.',
           'Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 cho nhóm hàng điện, điện tử.'],
          ('TRƯỞNG PHÒNG', 'Trần Thị Ngọc Hân'))

    items = [
        dict(title='Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100',
             body=['Hỗ trợ n = 21 doanh nghiệp xây dựng, áp dụng công cụ cải tiến năng suất và hệ thống truy xuất nguồn gốc '
                   '(Chương trình 1322: 13 DN; Đề án 100: 08 DN). Kinh phí đã giải ngân 185.600.000 đồng.'],
             tt='n = 21 DN; giải ngân 185.600.000 đồng.',
             st='đang thực hiện, dự kiến nghiệm thu các hợp đồng hỗ trợ trong tháng 12/2026.', task='II.2.a', status='in_progress',
             ind=dict(enterprises_supported=21, budget_spent_vnd=185600000)),
        dict(title='Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng; mạng lưới tư vấn',
             body=['Tổ chức 02 khóa bồi dưỡng chuyên gia năng suất nội bộ doanh nghiệp, số học viên n = 96; hình thành nhóm tư vấn viên năng suất gồm 18 chuyên gia.'],
             st='hoàn thành.', task='II.3.b', status='completed',
             ind=dict(training_courses=2, participants=96)),
        dict(title='Đào tạo cho sinh viên về mã số, mã vạch, truy xuất nguồn gốc',
             body=['Phối hợp Trường Cao đẳng Kinh tế – Kỹ thuật tổ chức 01 buổi chuyên đề về mã số, mã vạch và truy xuất nguồn gốc, n = 230 sinh viên.'],
             st='hoàn thành.', task='II.3.d', status='completed',
             ind=dict(training_courses=1, participants=230)),
        dict(title='Phối hợp APO thúc đẩy năng suất',
             body=['Theo đề nghị của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia, cử 03 cán bộ tham dự 01 hội thảo trực tuyến của APO về năng suất xanh.'],
             st='hoàn thành (đã đáp ứng yêu cầu phát sinh).', task='II.6.b', status='completed',
             ind=dict(training_courses=1, participants=3)),
    ]
    hand3('To NSCL - BC thuc hien CT38 nam 2026.docx', 'Tổ Năng suất Chất lượng', '09/BC-TNS', '2026-10-21',
          'Kết quả thực hiện các nhiệm vụ về năng suất, chất lượng\ntheo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
          'Tổ Năng suất Chất lượng báo cáo kết quả thực hiện (số liệu đến ngày 15/10/2026):',
          items,
          ['Doanh nghiệp nhỏ và vừa còn e ngại đối ứng kinh phí khi tham gia hỗ trợ áp dụng công cụ năng suất.'],
          ['Đề nghị nâng mức hỗ trợ tối đa cho doanh nghiệp nhỏ và vừa tham gia Chương trình 1322 trong năm 2027.'],
          ('TỔ TRƯỞNG', 'Trần Thị Ngọc Hân'))

    items = [
        dict(title='Tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
             body=['Phát hành 08 tin, bài và tài liệu giới thiệu Giải thưởng; gửi hướng dẫn trực tiếp đến n = 15 doanh nghiệp đạt giải các năm trước và doanh nghiệp tiềm năng.'],
             st='hoàn thành trong Quý II/2026.', task='II.1.b', status='completed',
             ind=dict(communications=8, enterprises_supported=15)),
        dict(title='Hoạt động Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia',
             body=['Hội đồng sơ tuyển đã đánh giá tại cơ sở 09 hồ sơ, lập báo cáo đề xuất gửi Hội đồng Quốc gia.'],
             st='đang thực hiện (chờ Hội đồng Quốc gia xét chọn).', task='II.2.b', status='in_progress'),
        dict(title='Đào tạo chuyên gia đánh giá Giải thưởng',
             body=['Tổ chức 01 khóa đào tạo chuyên gia đánh giá theo tiêu chí Giải thưởng (mô hình Baldrige), n = 35 học viên.'],
             st='hoàn thành.', task='II.3.b', status='completed',
             ind=dict(training_courses=1, participants=35)),
    ]
    hand3('GTCLQG_BC CT38_thang10.docx', 'Tổ Giải thưởng Chất lượng Quốc gia', '12/BC-TGT', '2026-10-19',
          'Kết quả thực hiện nhiệm vụ về Giải thưởng Chất lượng Quốc gia năm 2026\n(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW)',
          'Tổ Giải thưởng Chất lượng Quốc gia báo cáo như sau:',
          items,
          ['Số doanh nghiệp đăng ký tham dự giảm so với năm 2025 do yêu cầu hồ sơ theo bộ tiêu chí mới phức tạp hơn.'],
          ['Đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm ban hành tài liệu hướng dẫn tự đánh giá theo bộ tiêu chí mới.'],
          ('TỔ TRƯỞNG', 'Lương Bích Ngọc'))


# ======================================================================= HAND 4
# Lâm Gia Huy – tổ trưởng gathering his staff's own sheets: one sheet per staff member named by
# honorific + given name ("A.Huy", "C.Trang"), each a plain log "Ngày | Việc | Số lượng | Ghi chú"
# with number + noun typed in one cell, and a "TH" sheet in front with typed totals per job and a
# "Xong chưa" column ("Xong rồi" / "Chưa xong, làm tiếp" / "Chưa làm" / "Không có việc").
def hand4(fname, unit_lines, number, date_iso, date_text, title, staff, th_rows, diffs, props, unit,
          status='extracted', reason=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'TH'
    f = Font(name='Arial', size=10); fb = Font(name='Arial', size=10, bold=True)
    ws['A1'] = unit_lines[0]; ws['A2'] = unit_lines[1]; ws['A2'].font = fb
    ws['A3'] = 'Số: ' + number
    ws['E3'] = date_text
    ws['A5'] = title; ws['A5'].font = Font(name='Arial', size=12, bold=True)
    hdr = ['STT', 'Công việc', 'Người làm', 'Số liệu (cộng từ các sheet)', 'Xong chưa', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = fb; c.border = BOX; c.fill = PatternFill('solid', fgColor='DDEBF7')
        c.alignment = Alignment(wrap_text=True, horizontal='center')
    r = 8
    ents = []
    for i, row in enumerate(th_rows, 1):
        vals = [i, row['job'], row['who'], row['fig'], row['st'], row.get('note', '')]
        for k, v in enumerate(vals, 1):
            c = ws.cell(r, k, v); c.font = f; c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
        ents.append(dict(task=row['task'], status=row['status'], ind=row.get('ind', {}),
                         text=row['job'] + ': ' + row['fig']))
    r += 1
    ws.cell(r, 1, 'Vướng:').font = fb; r += 1
    for x in diffs:
        ws.cell(r, 2, x).font = f; r += 1
    ws.cell(r, 1, 'Đề nghị:').font = fb; r += 1
    for x in props:
        ws.cell(r, 2, x).font = f; r += 1
    r += 1
    ws.cell(r, 5, 'Tổ trưởng').font = fb; ws.cell(r + 3, 5, 'Lâm Gia Huy').font = fb
    for col, w in zip('ABCDEF', [5, 46, 16, 40, 18, 24]):
        ws.column_dimensions[col].width = w
    for sname, rows in staff:
        s = wb.create_sheet(sname)
        for k, h in enumerate(['Ngày', 'Việc', 'Số lượng', 'Ghi chú'], 1):
            s.cell(1, k, h).font = fb
        for j, rr in enumerate(rows, 2):
            for k, v in enumerate(rr, 1):
                s.cell(j, k, v).font = f
        s.column_dimensions['A'].width = 11; s.column_dimensions['B'].width = 60
        s.column_dimensions['C'].width = 18; s.column_dimensions['D'].width = 24
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, ents, diffs, props, status, reason)


def make_h4():
    staff = [
        ('A.Huy', [('12/3', 'Lớp tập huấn Luật Chất lượng SPHH cho DN khu vực Thủ Đức', '1 lớp / 96 người', ''),
                   ('18/6', 'Lớp tập huấn nhãn hàng hóa (NĐ 43/2017, NĐ 111/2021)', '1 lớp / 84 người', ''),
                   ('22/9', 'Chuyên đề TĐC cho sinh viên ĐH Công nghiệp', '1 buổi / 150 SV', 'xong')]),
        ('C.Trang', [('10/4', 'Tọa đàm DN nhập khẩu – kiểm tra hàng nhập khẩu', '1 tọa đàm / 95 người', ''),
                     ('T1-T10', 'Tin bài trên trang tin Chi cục + báo', '22 tin bài', 'còn viết tiếp')]),
        ('A.Dũng', [('07/5', 'Tập huấn QLNN về TĐC cho công chức phường, xã (đợt 1)', '1 lớp / 168 người', ''),
                    ('20/8', 'Tập huấn QLNN về TĐC cho công chức phường, xã (đợt 2)', '1 lớp / 142 người', ''),
                    ('', 'Đợt 3 cho các xã khu vực Bà Rịa – Vũng Tàu', '', 'dời sang T11')]),
    ]
    th = [
        dict(job='Tập huấn VBQPPL về TĐC cho DN, tọa đàm DN nhập khẩu', who='A.Huy, C.Trang',
             fig='3 lớp (2 tập huấn + 1 tọa đàm), 275 người; 22 tin bài', st='Chưa xong, làm tiếp',
             note='tin bài còn viết tiếp', task='II.1.a', status='in_progress',
             ind=dict(training_courses=3, participants=275, communications=22)),
        dict(job='Tập huấn nghiệp vụ TĐC cho công chức phường, xã', who='A.Dũng',
             fig='2 lớp, 310 người', st='Chưa xong, làm tiếp', note='đợt 3 dời sang T11', task='II.3.a', status='in_progress',
             ind=dict(training_courses=2, participants=310)),
        dict(job='Đào tạo cho sinh viên (TĐC, mã số mã vạch)', who='A.Huy',
             fig='1 buổi, 150 SV', st='Xong rồi', task='II.3.d', status='completed',
             ind=dict(training_courses=1, participants=150)),
        dict(job='Vận động DN tham dự Giải thưởng CLQG', who='C.Trang',
             fig='', st='Không có việc', note='Tổ GT đã làm', task='II.1.b', status='not_applicable'),
    ]
    hand4('TapHuan_TruyenThong_CT38_T10.xlsx', ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'TỔ TẬP HUẤN – TRUYỀN THÔNG'],
          '05/BC-TTH', '2026-10-16', 'TP.HCM, ngày 16 tháng 10 năm 2026',
          'TỔNG HỢP VIỆC CỦA TỔ THEO KẾ HOẠCH CT38 NĂM 2026', staff, th,
          ['Hội trường Chi cục nhỏ, lớp trên 150 người phải thuê hội trường ngoài.'],
          ['Xin bố trí kinh phí thuê hội trường cho đợt 3 tập huấn công chức phường, xã.'], 'CCTDC')

    staff = [
        ('A.Sơn', [('T3', 'Đoàn KT mũ bảo hiểm – QĐ 15', '8 cơ sở, 2 VP', 'phạt 14 triệu'),
                   ('T6', 'Đoàn KT đồ chơi trẻ em – QĐ 41', '12 cơ sở, 3 VP', 'phạt 22,5 triệu'),
                   ('T8', 'Xác minh đơn tố giác gas giả nhãn', '1 đơn', 'đã xử lý')]),
        ('C.Nhung', [('T7', 'Đoàn KT xăng dầu QL13 – QĐ 52', '9 cơ sở, 2 VP', 'phạt 17,5 triệu'),
                     ('T8', 'Phối hợp phường Thủ Dầu Một KT khí LPG', '5 cơ sở, 1 VP', 'phường phạt')]),
        ('A.Lộc', [('T9', 'Đoàn KT thép xây dựng – QĐ 77', '6 cơ sở, 0 VP', 'chờ KQ thử nghiệm'),
                   ('T10', 'Đoàn KT xăng dầu Vũng Tàu – QĐ 83', '8 cơ sở, 1 VP', 'phạt 11 triệu'),
                   ('T10', 'Xác minh đơn tố giác cân điện tử sai', '1 đơn', 'đang xác minh')]),
    ]
    th = [
        dict(job='Kiểm tra chất lượng, đo lường hàng hóa theo QĐ của Sở', who='A.Sơn, C.Nhung, A.Lộc',
             fig='5 đoàn, 43 cơ sở, 8 VP, phạt 65 triệu', st='Chưa xong, làm tiếp', note='QĐ 77 chưa kết luận',
             task='II.5.a', status='in_progress',
             ind=dict(inspections=5, establishments_inspected=43, violations=8, fines_vnd=65000000)),
        dict(job='Phối hợp phường, xã kiểm tra theo phân quyền', who='C.Nhung',
             fig='1 cuộc, 5 cơ sở, 1 VP', st='Xong rồi', task='II.5.c', status='completed',
             ind=dict(inspections=1, establishments_inspected=5, violations=1)),
        dict(job='Xác minh đơn tố giác', who='A.Sơn, A.Lộc',
             fig='2 đơn (1 xong, 1 đang xác minh)', st='Chưa xong, làm tiếp', task='II.5.d', status='in_progress'),
        dict(job='Khen thưởng người tố giác', who='',
             fig='', st='Không có việc', task='II.5.d', status='in_progress'),
    ]
    # the two II.5.d rows merge into one entry (in_progress wins: one part still open)
    hand4('KTV_theo doi viec_CT38.xlsx', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ (TỔ KIỂM TRA VIÊN)'],
          '326/BC-KTPC', '2026-10-29', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          'THEO DÕI VIỆC KIỂM TRA VIÊN LÀM – KẾ HOẠCH CT38/2026', staff, th,
          ['Kiểm tra viên kiêm nhiệm nhiều việc, khó bố trí đi đoàn dài ngày.'],
          ['Đề nghị Sở xem xét bổ sung phụ cấp cho kiểm tra viên đi đoàn kiểm tra ở các xã xa.'], 'KTPC')
    fn, t = SPECS[-1]
    # merge duplicate II.5.d
    e = [x for x in t['entries'] if x['task'] == 'II.5.d']
    e[0]['text'] = e[0]['text'] + ' | ' + e[1]['text']
    t['entries'] = [x for x in t['entries'] if x is not e[1]]

    staff = [
        ('A.Tâm', [('T4', 'Hỗ trợ DN đo lường theo Đề án 996 (đánh giá hệ thống quản lý đo lường)', '5 DN', ''),
                   ('T9', 'Hỗ trợ DN đo lường Đề án 996 đợt 2', '4 DN', 'chờ nghiệm thu'),
                   ('T5', 'Hướng dẫn tổ chức kiểm định mở rộng lĩnh vực', '4 tổ chức', '')]),
        ('C.Vy', [('T6', 'Hiệu chuẩn chuẩn đo lường chính (áp suất, khối lượng)', '3 chuẩn', 'xong'),
                  ('T1-T10', 'Giải ngân hợp đồng hỗ trợ DN 996', '96.000.000 đ', '')]),
    ]
    th = [
        dict(job='Hỗ trợ DN nâng cao năng lực đo lường (Đề án 996)', who='A.Tâm, C.Vy',
             fig='9 DN; đã giải ngân 96.000.000 đ', st='Chưa xong, làm tiếp', note='đợt 2 chờ nghiệm thu',
             task='II.2.a', status='in_progress', ind=dict(enterprises_supported=9, budget_spent_vnd=96000000)),
        dict(job='Hướng dẫn tổ chức kiểm định, hiệu chuẩn mở rộng lĩnh vực', who='A.Tâm',
             fig='4 tổ chức', st='Xong rồi', task='II.2.g', status='completed', ind=dict(enterprises_supported=4)),
        dict(job='Duy trì, liên kết chuẩn đo lường chính', who='C.Vy',
             fig='3 chuẩn hiệu chuẩn', st='Xong rồi', task='II.4.c', status='completed', ind=dict(instruments_verified=3)),
        dict(job='Tập huấn chuyên sâu về năng suất', who='',
             fig='', st='Chưa làm', note='Tổ NSCL chủ trì, tổ chỉ cử người', task='II.3.b', status='not_started'),
    ]
    hand4('Do luong ho tro DN - 996 - TH viec.xlsx', ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'TỔ ĐO LƯỜNG HỖ TRỢ DOANH NGHIỆP'],
          '04/BC-TĐL', '2026-10-23', 'ngày 23/10/2026',
          'TỔNG HỢP VIỆC TỔ ĐO LƯỜNG HỖ TRỢ DN – KH CT38 NĂM 2026', staff, th,
          ['Doanh nghiệp chậm hoàn thiện hồ sơ nghiệm thu nên chưa giải ngân được hết kinh phí đợt 2.'],
          ['Đề nghị Chi cục cho phép gia hạn thời gian nghiệm thu hợp đồng hỗ trợ đợt 2 đến 15/12/2026.'], 'CCTDC')


# ======================================================================= HAND 5
# Đặng Văn Khoa – pháp chế: statuses are the stage of the paperwork ("Tình trạng văn bản: Đã ban hành
# (Công văn số …)", "Đang dự thảo", "Đã trình Lãnh đạo ký", "Chưa giao soạn thảo", "Không có văn bản
# đến"); every item is a Word table row "Nội dung | Căn cứ/Văn bản | Kết quả" in one table, followed by
# prose difficulties; header with "V/v" line under the số like a công văn.
def hand5(fname, org1, org2, number, vv, date_iso, title, kinhgui, intro, rows, diffs, props, signer, unit,
          status='extracted', reason=None):
    d = base_doc(size=13)
    y, m, dd = date_iso.split('-')
    t = d.add_table(rows=2, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), [org1, (org2, 'b'), '_______'], size=12)
    cell_text(t.cell(0, 1), [(QH, 'b'), (DL, 'b'), '_______________'], size=12)
    cell_text(t.cell(1, 0), ['Số: ' + number, ('V/v ' + vv, 'i')], size=12)
    cell_text(t.cell(1, 1), [('Thành phố Hồ Chí Minh, ngày %s tháng %s năm %s' % (dd, m, y), 'i')], size=12)
    para(d)
    para(d, title, bold=True, align='c', size=14)
    para(d, 'Kính gửi: ' + kinhgui, align='c')
    para(d, intro, align='j', indent=1)
    tb = d.add_table(rows=1, cols=4); tb.style = 'Table Grid'
    for i, h in enumerate(['TT', 'Nội dung công việc', 'Văn bản, hồ sơ liên quan', 'Kết quả – tình trạng văn bản']):
        cell_text(tb.rows[0].cells[i], [(h, 'b')], size=12); shade(tb.rows[0].cells[i], 'E7E6E6')
    ents = []
    for i, rw in enumerate(rows, 1):
        cells = tb.add_row().cells
        cell_text(cells[0], [str(i)], size=12)
        cell_text(cells[1], [rw['title']], align='l', size=12)
        cell_text(cells[2], [rw['doc']], align='l', size=12)
        cell_text(cells[3], [rw['res'], ('Tình trạng văn bản: ' + rw['st'], 'i')], align='j', size=12)
        if rw.get('task'):
            ents.append(dict(task=rw['task'], status=rw['status'], ind=rw.get('ind', {}), text=rw['res']))
    para(d)
    para(d, 'Về khó khăn, vướng mắc:', bold=True)
    para(d, ' '.join(diffs), align='j', indent=1)
    para(d, 'Về đề xuất, kiến nghị:', bold=True)
    para(d, ' '.join(props), align='j', indent=1)
    para(d, 'Trân trọng báo cáo./.', indent=1)
    s = d.add_table(rows=1, cols=2); no_borders(s)
    cell_text(s.cell(0, 0), [('Nơi nhận:', 'bi'), '- Như trên;', '- Lưu: VT, ' + number.split('-')[-1] + '.'], align='l', size=11)
    cell_text(s.cell(0, 1), [(signer[0], 'b'), '', '', '', (signer[1], 'b')])
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, ents, diffs, props, status, reason)


def make_h5():
    rows = [
        dict(title='Góp ý, đề xuất sửa đổi Luật và văn bản QPPL về tiêu chuẩn, đo lường, chất lượng',
             doc='Công văn số 1452/SKHCN-KTPC ngày 14/5/2026; Công văn số 2210/SKHCN-KTPC ngày 19/8/2026',
             res='Tham mưu Sở có 02 văn bản góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP và dự thảo Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa.',
             st='Đã ban hành, gửi Bộ Khoa học và Công nghệ.', task='II.2.c', status='completed'),
        dict(title='Xử lý vi phạm hành chính về tiêu chuẩn, đo lường, chất lượng',
             doc='07 Quyết định xử phạt VPHC (từ số 03/QĐ-XPHC đến số 19/QĐ-XPHC)',
             res='Thẩm định, trình ký 07 quyết định xử phạt đối với 07 tổ chức, cá nhân vi phạm, tổng số tiền phạt 58.750.000 đồng; đã thi hành xong 06 quyết định.',
             st='Đã ban hành đủ 07 quyết định; 01 quyết định đang theo dõi thi hành.', task='II.5.d', status='in_progress',
             ind=dict(violations=7, fines_vnd=58750000)),
        dict(title='Kiểm tra chuyên ngành theo kế hoạch năm (phần pháp chế tham gia)',
             doc='Quyết định kiểm tra số 52, 60, 77, 83/QĐ-SKHCN',
             res='Thẩm định pháp lý hồ sơ 04 cuộc kiểm tra với 31 cơ sở được kiểm tra.',
             st='Đã trình Lãnh đạo Sở ký 03 kết luận; 01 kết luận đang dự thảo.', task='II.5.a', status='in_progress',
             ind=dict(inspections=4, establishments_inspected=31)),
        dict(title='Quy định sử dụng phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP',
             doc='Dự thảo Quy chế quản lý, sử dụng PTKTNV của Sở',
             res='Đã lấy ý kiến Chi cục TĐC và Văn phòng Sở đối với dự thảo Quy chế.',
             st='Đang dự thảo, dự kiến trình tháng 11/2026.', task='II.4.b', status='in_progress'),
        dict(title='Cập nhật điều ước, thỏa thuận quốc tế về TĐC',
             doc='—',
             res='Trong kỳ Phòng không nhận được văn bản đề nghị cập nhật điều ước, thỏa thuận quốc tế mới.',
             st='Không có văn bản đến.', task='II.6.a', status='not_applicable'),
    ]
    hand5('KTPC_phapche_BC_CT38.docx', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', '331/BC-KTPC',
          'báo cáo kết quả thực hiện KH CT38 năm 2026 (lĩnh vực pháp chế)', '2026-10-30',
          'BÁO CÁO\nKết quả thực hiện nhiệm vụ pháp chế theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
          'Chi cục Tiêu chuẩn Đo lường Chất lượng (tổng hợp)',
          'Phòng Kiểm tra – Pháp chế (bộ phận pháp chế) báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì, phối hợp như sau:',
          rows,
          ['Việc thi hành quyết định xử phạt đối với cá nhân kinh doanh không cố định gặp khó khăn do không xác định được nơi cư trú.'],
          ['Đề nghị Chi cục TĐC chia sẻ dữ liệu cơ sở kinh doanh đã kiểm tra để phục vụ theo dõi thi hành quyết định xử phạt.'],
          ('KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG', 'Đặng Văn Khoa'), 'KTPC')

    rows = [
        dict(title='Góp ý dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương',
             doc='23 văn bản góp ý gửi Bộ KH&CN, các Bộ; Dự thảo QCĐP về chất lượng nước sạch sinh hoạt',
             res='Góp ý 23 dự thảo TCVN, QCVN; chủ trì xây dựng 01 dự thảo quy chuẩn kỹ thuật địa phương về nước sạch sinh hoạt (cộng 24 tiêu chuẩn, quy chuẩn).',
             st='23 văn bản góp ý đã ban hành; dự thảo QCĐP đang lấy ý kiến các sở, ngành.', task='II.2.e', status='in_progress',
             ind=dict(standards_reviewed=24)),
        dict(title='Đề xuất sửa đổi, bổ sung văn bản; triển khai Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng SPHH',
             doc='Kế hoạch số 41/KH-TĐC ngày 10/3/2026',
             res='Tham mưu Chi cục ban hành Kế hoạch triển khai các Luật sửa đổi; tổ chức phổ biến nội bộ.',
             st='Đã ban hành Kế hoạch; các nội dung của Kế hoạch đang triển khai.', task='II.2.c', status='in_progress'),
        dict(title='Thông tin, cảnh báo về hàng rào kỹ thuật trong thương mại (TBT); cập nhật cam kết quốc tế',
             doc='Bản tin TBT hàng tháng',
             res='Phát hành 36 bản tin, thông báo cảnh báo TBT tới doanh nghiệp xuất khẩu; trả lời 14 doanh nghiệp hỏi đáp về yêu cầu kỹ thuật thị trường EU, Hoa Kỳ.',
             st='Đã phát hành đều hằng tháng (việc thường xuyên, đang tiếp tục).', task='II.6.a', status='in_progress',
             ind=dict(communications=36, enterprises_supported=14)),
    ]
    hand5('TBT-PhapChe_ChiCuc_BC38.docx', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'BỘ PHẬN PHÁP CHẾ – TBT', '18/BC-PCTBT',
          'kết quả thực hiện các nội dung KH CT38 năm 2026', '2026-10-25',
          'BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Bộ phận Pháp chế – TBT',
          'Lãnh đạo Chi cục',
          'Bộ phận Pháp chế – TBT (Điểm hỏi đáp TBT Thành phố) báo cáo kết quả như sau:',
          rows,
          ['Thời hạn góp ý dự thảo tiêu chuẩn thường ngắn (05–07 ngày), khó lấy ý kiến chuyên gia bên ngoài.',
           'Chưa có kinh phí khảo nghiệm phục vụ xây dựng quy chuẩn kỹ thuật địa phương.'],
          ['Đề nghị Sở bố trí kinh phí xây dựng quy chuẩn kỹ thuật địa phương trong dự toán năm 2027.'],
          ('PHỤ TRÁCH BỘ PHẬN', 'Đặng Văn Khoa'), 'CCTDC')

    rows = [
        dict(title='Xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan hành chính',
             doc='Công văn hướng dẫn số 512/TĐC-ISO ngày 02/4/2026',
             res='Hướng dẫn 42 cơ quan, UBND phường, xã xây dựng, chuyển đổi và công bố lại HTQLCL sau sắp xếp; tổ chức 03 lớp tập huấn cho 265 công chức.',
             st='Đã ban hành hướng dẫn; đang tiếp tục hỗ trợ các phường, xã công bố (hạn tháng 11/2026).', task='II.2.đ', status='in_progress',
             ind=dict(enterprises_supported=42, training_courses=3, participants=265)),
        dict(title='Nâng cao năng suất khu vực công (phối hợp APO, nếu có yêu cầu)',
             doc='—',
             res='Trong kỳ chưa có yêu cầu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.',
             st='Không có văn bản đến.', task='II.6.b', status='not_applicable'),
        dict(title='Kiểm tra việc áp dụng HTQLCL tại các cơ quan (theo kế hoạch kiểm tra ISO)',
             doc='Dự thảo Kế hoạch kiểm tra ISO năm 2026',
             res='Chưa tổ chức kiểm tra do các đơn vị đang chuyển đổi hệ thống sau sắp xếp.',
             st='Chưa trình ký Kế hoạch kiểm tra.', task='II.2.đ', status='in_progress'),
        dict(title='Cử công chức tham dự đào tạo chuyên gia đánh giá HTQLCL',
             doc='Quyết định cử đi học số 77/QĐ-TĐC ngày 11/6/2026',
             res='Cử 02 công chức của Tổ tham dự 01 khóa đào tạo chuyên gia đánh giá TCVN ISO 9001:2015 trong khu vực hành chính.',
             st='Đã ban hành Quyết định cử đi học; khóa học đã kết thúc.', task='II.3.a', status='completed',
             ind=dict(training_courses=1, participants=2)),
    ]
    hand5('To ISO HCC - BC KH38 nam 2026.docx', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'TỔ ISO HÀNH CHÍNH CÔNG', '06/BC-ISO',
          'kết quả triển khai ISO hành chính công theo KH CT38', '2026-10-18',
          'BÁO CÁO\nKết quả triển khai hệ thống quản lý chất lượng tại cơ quan hành chính nhà nước năm 2026',
          'Lãnh đạo Chi cục',
          'Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Tổ ISO hành chính công báo cáo như sau:',
          rows,
          ['Sau sắp xếp đơn vị hành chính, nhiều phường, xã phải xây dựng lại hệ thống tài liệu ISO từ đầu trong khi chưa có cán bộ đầu mối ổn định.'],
          ['Đề nghị UBND các phường, xã phân công cán bộ đầu mối ISO cố định và gửi danh sách về Chi cục trước 15/11/2026.'],
          ('TỔ TRƯỞNG', 'Đặng Văn Khoa'), 'CCTDC')
    # merge the two II.2.đ rows into one entry (the first row's state: in_progress)
    fn, t = SPECS[-1]
    e = [x for x in t['entries'] if x['task'] == 'II.2.đ']
    e[0]['text'] = e[0]['text'] + ' | ' + e[1]['text']
    t['entries'] = [x for x in t['entries'] if x is not e[1]]

    # ---- MISTAKEN: Phòng HC-TH (Chi cục) sends its chuyển đổi số report
    rows = [
        dict(title='Triển khai hồ sơ công việc, văn bản điện tử trên hệ thống quản lý văn bản',
             doc='Kế hoạch số 12/KH-TĐC ngày 20/01/2026 về chuyển đổi số',
             res='100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng; 96% hồ sơ công việc được lập trên hệ thống.',
             st='Đã ban hành Kế hoạch; đang thực hiện.'),
        dict(title='Chữ ký số cá nhân, chữ ký số cơ quan',
             doc='Công văn số 233/TĐC-HCTH ngày 15/4/2026',
             res='Cấp mới 11 chứng thư chữ ký số cá nhân cho công chức.',
             st='Đã ban hành.'),
        dict(title='Bảo đảm an toàn thông tin mạng',
             doc='Dự thảo Quy chế bảo đảm an toàn thông tin',
             res='Rà soát máy trạm, cài đặt phần mềm phòng chống mã độc tập trung cho 58 máy tính.',
             st='Đang dự thảo Quy chế.'),
    ]
    hand5('HCTH - BC chuyen doi so 10 thang 2026.docx', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', 'PHÒNG HÀNH CHÍNH – TỔNG HỢP',
          '140/BC-HCTH', 'kết quả thực hiện chuyển đổi số 10 tháng năm 2026', '2026-10-27',
          'BÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số 10 tháng đầu năm 2026',
          'Lãnh đạo Chi cục',
          'Phòng Hành chính – Tổng hợp báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số của Chi cục như sau:',
          rows,
          ['Hạ tầng máy tính của Chi cục đã cũ, nhiều máy cấu hình thấp.'],
          ['Đề nghị Sở hỗ trợ thay thế 15 máy tính cấu hình thấp trong năm 2027.'],
          ('TRƯỞNG PHÒNG', 'Đỗ Thị Kim Oanh'), 'CCTDC', status='rejected',
          reason='Báo cáo kết quả chuyển đổi số của Chi cục, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')
    fn, t = SPECS[-1]
    t['entries'] = []; t['difficulties'] = []; t['proposals'] = []


# ======================================================================= LibreOffice re-save
def lo_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, 'in.' + ext))
    os.makedirs(os.path.join(tmp, 'out'))
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof',
                    '--convert-to', ext, '--outdir', os.path.join(tmp, 'out'), os.path.join(tmp, 'in.' + ext)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, 'out', 'in.' + ext), src)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    make_h1(); make_h2(); make_h3(); make_h4(); make_h5()
    for f in ['64-BC-QLTCCL_CT38_2026.docx', 'TapHuan_TruyenThong_CT38_T10.xlsx']:
        lo_resave(f)
    for fname, t in SPECS:
        t['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)
    print(len(SPECS), 'files')
