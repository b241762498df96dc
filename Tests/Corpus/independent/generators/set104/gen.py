# -*- coding: utf-8 -*-
"""Generator for set104: Sở KH&CN's own units and city departments, 4 hands.
Writes the files into this folder and the keys into truth/."""
import os, re, json, hashlib, zipfile, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

# ------------------------------------------------------------------ helpers
def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': unit_name},
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=i, text=x)
                                for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


def set_cell_border_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def base_doc(font='Times New Roman', size=13, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(6)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    s.left_margin = Cm(3); s.right_margin = Cm(1.5)
    return d


def para(d, text='', bold=False, italic=False, align=None, indent=True,
         size=None, underline=False):
    p = d.add_paragraph()
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size:
            r.font.size = Pt(size)
    return p


def runs(p, parts):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'u', 'bi' ..."""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    return p


def cell_text(c, text, bold=False, italic=False, size=None, align=None):
    c.text = ''
    lines = text.split('\n')
    p = c.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = c.add_paragraph()
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)


def header_nd30(d, parent, unit_lines, number, place_date, size=13):
    t = d.add_table(rows=1, cols=2)
    set_cell_border_none(t)
    L, R = t.rows[0].cells
    L.width = Cm(7); R.width = Cm(9.5)
    L.text = ''
    p = L.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(parent); r.font.size = Pt(size - 1)
    for ln in unit_lines:
        p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = True; r.font.size = Pt(size - 1)
    p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('―――――').font.size = Pt(8)
    p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('Số: ' + number).font.size = Pt(size)
    R.text = ''
    p = R.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); r.bold = True; r.font.size = Pt(size - 1)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True; r.font.size = Pt(size)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('――――――――――――').font.size = Pt(8)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(place_date); r.italic = True; r.font.size = Pt(size)


def signature(d, noinhan, title_lines, name):
    t = d.add_table(rows=1, cols=2)
    set_cell_border_none(t)
    L, R = t.rows[0].cells
    L.text = ''
    p = L.paragraphs[0]
    r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in noinhan:
        p = L.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(11)
        p.paragraph_format.space_after = Pt(0)
    R.text = ''
    p = R.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, ln in enumerate(title_lines):
        if k:
            p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = True
    for _ in range(3):
        R.add_paragraph()
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(name); r.bold = True


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def grid_table(d, rows, widths=None, header_rows=1, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), str(v), bold=i < header_rows, size=size,
                      align='c' if i < header_rows else None)
            if widths:
                t.cell(i, j).width = Cm(widths[j])
    return t


def wps_stamp(path, kind):
    """Imitate a file last saved by WPS Office: app.xml Application + KSO custom property."""
    tmp = path + '.tmp'
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED)
    app_name = 'WPS Office_12.1.0.17827_F1E327BC-269C-435d-A152-05C5408002CA' if kind == 'docx' \
        else 'WPS Spreadsheets'
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>1066-12.2.0.17153</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>8A41C3E2B07A4F1D9C6E25F7A3D0B914_13</vt:lpwstr></property></Properties>')
    names = zin.namelist()
    for n in names:
        data = zin.read(n)
        if n == 'docProps/app.xml':
            s = data.decode('utf-8')
            if '<Application>' in s:
                s = re.sub(r'<Application>[^<]*</Application>', '<Application>%s</Application>' % app_name, s)
            else:
                s = s.replace('</Properties>', '<Application>%s</Application></Properties>' % app_name)
            data = s.encode('utf-8')
        elif n == '[Content_Types].xml' and 'docProps/custom.xml' not in names:
            s = data.decode('utf-8')
            s = s.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType='
                          '"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            data = s.encode('utf-8')
        elif n == '_rels/.rels' and 'docProps/custom.xml' not in names:
            s = data.decode('utf-8')
            s = s.replace('</Relationships>', '<Relationship Id="rIdKSO1" Type="http://schemas.openxmlformats.org/'
                          'officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
            data = s.encode('utf-8')
        zout.writestr(n, data)
    if 'docProps/custom.xml' not in names:
        zout.writestr('docProps/custom.xml', custom)
    zout.close(); zin.close()
    os.replace(tmp, path)


def lo_resave(path, ext):
    out = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(out, os.path.basename(path)), path)
    shutil.rmtree(out, ignore_errors=True)


# ================================================================== HAND 1
# Võ Thị Kim Loan-type senior officer (Chi cục / phòng của Sở).  Formal NĐ30 report;
# results under the plan's six groups; each task is a "- " paragraph opening with an
# UNDERLINED short label, a colon, then the status clause FIRST ("Đã hoàn thành." /
# "Đang tiếp tục thực hiện.") and only then the activities; appendix "SỐ LIỆU CHI TIẾT"
# whose rows repeat the figures with a "Thuộc mục" column quoting the underlined label.

def hand1(fname, unit_id, unit_name, unit_lines, number, date_iso, place_date, kinh_gui,
          title2, intro, groups, diffs, props, appendix, signer, noinhan, mistaken=False,
          reason=None, entries=None, directions=None):
    d = base_doc(size=14)
    header_nd30(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH' if unit_id.startswith('SO') else
                'SỞ KHOA HỌC VÀ CÔNG NGHỆ', unit_lines, number, place_date)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    for ln in title2:
        p = para(d, ln, bold=True, align='c'); p.paragraph_format.space_after = Pt(0)
    para(d, '―――――――', align='c')
    p = para(d, '', align='c'); runs(p, [('Kính gửi: ', ''), (kinh_gui, '')])
    for t in intro:
        para(d, t)
    for gtitle, items in groups:
        para(d, gtitle, bold=True, indent=True)
        for it in items:
            if isinstance(it, str):
                para(d, it)
            else:
                label, status, body = it
                p = para(d, '')
                runs(p, [('- ', ''), (label, 'u'), (': ', ''), (status + ' ', 'i'), (body, '')])
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC' if not mistaken else 'III. TỒN TẠI, HẠN CHẾ', bold=True)
    for x in diffs:
        para(d, '- ' + x)
    if directions:
        para(d, 'IV. PHƯƠNG HƯỚNG THỜI GIAN TỚI', bold=True)
        for x in directions:
            para(d, '- ' + x)
    para(d, ('V.' if directions else 'IV.') + ' ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for x in props:
        para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của ' + unit_name + './.')
    signature(d, noinhan, signer[:-1], signer[-1])
    if appendix:
        page_break(d)
        para(d, 'Phụ lục', bold=True, align='c')
        para(d, 'SỐ LIỆU CHI TIẾT', bold=True, align='c')
        p = para(d, '(Kèm theo Báo cáo số ' + number + ')', italic=True, align='c')
        rows = [['TT', 'Nội dung số liệu', 'ĐVT', 'Số lượng', 'Thuộc mục']]
        for k, r in enumerate(appendix, 1):
            rows.append([str(k)] + list(r))
        grid_table(d, rows, widths=[1, 7, 2, 2.5, 4])
    path = os.path.join(HERE, fname)
    d.core_properties.author = signer[-1]
    d.save(path)
    return path


# ---------------------------------------------------------------- file 1: Chi cục
def f01():
    fn = 'CCTDC_287-BC-CCTDC_bao-cao-CT38-nam-2026.docx'
    name = 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'
    T = {}
    T['II.1.a'] = ('Tập huấn văn bản quy phạm pháp luật', 'Đã hoàn thành.',
        'Từ tháng 3 đến tháng 8/2026, Chi cục đã tổ chức 05 lớp (gồm 04 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và 01 buổi tọa đàm với doanh nghiệp nhập khẩu) với 386 lượt người tham dự, chủ yếu là doanh nghiệp sản xuất, kinh doanh xăng dầu, vàng trang sức, thiết bị điện – điện tử.')
    T['II.1.b'] = ('Vận động tham dự Giải thưởng Chất lượng Quốc gia', 'Đã hoàn thành.',
        'Chi cục đã đăng 06 tin, bài giới thiệu Giải thưởng trên Cổng thông tin điện tử của Sở, gửi thư mời và trực tiếp hướng dẫn 23 doanh nghiệp chuẩn bị hồ sơ tham dự.')
    T['II.2.a'] = ('Chương trình năng suất chất lượng, Đề án 996, Đề án 100', 'Đang tiếp tục thực hiện.',
        'Đến ngày 25/10/2026, Chi cục đã hỗ trợ 14 doanh nghiệp áp dụng công cụ cải tiến năng suất, hệ thống truy xuất nguồn gốc và đo lường; kinh phí đã giải ngân 126.500.000 đồng (Một trăm hai mươi sáu triệu năm trăm nghìn đồng). Các nội dung còn lại hoàn thành trong Quý IV/2026.')
    T['II.2.b'] = ('Hoạt động Giải thưởng Chất lượng Quốc gia', 'Đang triển khai.',
        'Hội đồng sơ tuyển cấp Thành phố đã tiếp nhận hồ sơ, đang tổ chức đánh giá tại doanh nghiệp theo lịch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.')
    T['II.2.e'] = ('Góp ý tiêu chuẩn, quy chuẩn kỹ thuật', 'Đã hoàn thành.',
        'Chi cục đã chủ trì, phối hợp các sở, ngành góp ý 15 dự thảo (12 dự thảo TCVN và 03 dự thảo QCVN) theo đề nghị của Bộ Khoa học và Công nghệ.')
    T['II.4.b'] = ('Kiểm định, hiệu chuẩn phương tiện nghiệp vụ', 'Đang thực hiện.',
        'Đã rà soát danh mục và đưa đi kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra; phần bảo dưỡng định kỳ tiếp tục thực hiện đến cuối năm.')
    T['II.5.a'] = ('Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng', 'Đang tiếp tục thực hiện (nhiệm vụ thường xuyên).',
        'Chi cục đã tiến hành 21 cuộc kiểm tra tại 184 cơ sở sản xuất, kinh doanh; phát hiện 17 cơ sở vi phạm, xử phạt vi phạm hành chính tổng số tiền 236.500.000 đồng.')
    T['II.5.b'] = ('Khảo sát chất lượng sản phẩm, hàng hóa', 'Đã hoàn thành.',
        'Đã lấy 120 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) gửi thử nghiệm; kết quả đã thông tin cho Phòng Kiểm tra – Pháp chế và đăng cảnh báo trên Cổng thông tin của Sở.')
    T['II.5.c'] = ('Phối hợp với UBND phường, xã, đặc khu', 'Đang thực hiện.',
        'Chi cục duy trì đầu mối hướng dẫn nghiệp vụ qua điện thoại, văn bản cho công chức phụ trách tại các phường, xã, đặc khu (kể cả các phường, xã thuộc khu vực Bình Dương và Bà Rịa - Vũng Tàu trước đây).')
    T['II.6.b'] = ('Phối hợp với APO', 'Không phát sinh.',
        'Trong kỳ báo cáo chưa có yêu cầu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.')
    groups = [
        ('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI', ['Ngay sau khi Sở ban hành Kế hoạch, Chi cục đã phân công các phòng chuyên môn theo dõi từng nhóm nhiệm vụ, lồng ghép vào Chương trình công tác năm 2026 của Chi cục.']),
        ('II. KẾT QUẢ THỰC HIỆN', []),
        ('1. Công tác tuyên truyền, nâng cao nhận thức', [T['II.1.a'], T['II.1.b']]),
        ('2. Công tác quản lý nhà nước, hoàn thiện văn bản', [T['II.2.a'], T['II.2.b'], T['II.2.e']]),
        ('3. Đầu tư, trang thiết bị', [T['II.4.b']]),
        ('4. Công tác kiểm tra, giám sát', [T['II.5.a'], T['II.5.b'], T['II.5.c']]),
        ('5. Hợp tác, trao đổi thông tin', [T['II.6.b']]),
    ]
    diffs = ['Lực lượng công chức làm công tác kiểm tra mỏng (08 người) trong khi địa bàn Thành phố mở rộng sau sắp xếp, việc kiểm tra tại khu vực Bình Dương, Bà Rịa - Vũng Tàu (cũ) còn hạn chế.',
             'Một số phương tiện, thiết bị kỹ thuật nghiệp vụ đã hết khấu hao, chi phí kiểm định, hiệu chuẩn cao.']
    props = ['Đề nghị Sở bổ sung biên chế cho Chi cục hoặc cho phép hợp đồng chuyên gia kỹ thuật hỗ trợ công tác kiểm tra.',
             'Đề nghị Sở bố trí kinh phí năm 2027 để thay thế 05 bộ thiết bị đo nhanh chất lượng xăng dầu.']
    app = [('Lớp tập huấn, tọa đàm', 'lớp', '05', 'Tập huấn văn bản quy phạm pháp luật'),
           ('Lượt người tham dự', 'lượt', '386', 'Tập huấn văn bản quy phạm pháp luật'),
           ('Tin, bài về Giải thưởng', 'tin, bài', '06', 'Vận động tham dự Giải thưởng CLQG'),
           ('Doanh nghiệp được hướng dẫn hồ sơ Giải thưởng', 'DN', '23', 'Vận động tham dự Giải thưởng CLQG'),
           ('Doanh nghiệp được hỗ trợ năng suất, TXNG', 'DN', '14', 'Chương trình NSCL, Đề án 996, 100'),
           ('Kinh phí đã giải ngân', 'đồng', '126.500.000', 'Chương trình NSCL, Đề án 996, 100'),
           ('Dự thảo TCVN, QCVN đã góp ý', 'dự thảo', '15', 'Góp ý tiêu chuẩn, quy chuẩn'),
           ('Phương tiện nghiệp vụ đã kiểm định, hiệu chuẩn', 'chiếc', '46', 'Kiểm định, hiệu chuẩn phương tiện nghiệp vụ'),
           ('Cuộc kiểm tra', 'cuộc', '21', 'Kiểm tra nhà nước'),
           ('Cơ sở được kiểm tra', 'cơ sở', '184', 'Kiểm tra nhà nước'),
           ('Cơ sở vi phạm', 'cơ sở', '17', 'Kiểm tra nhà nước'),
           ('Tiền xử phạt', 'đồng', '236.500.000', 'Kiểm tra nhà nước'),
           ('Mẫu khảo sát', 'mẫu', '120', 'Khảo sát chất lượng')]
    hand1(fn, 'SKHCN-CCTDC', name, ['CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG'],
          '287/BC-CCTĐC', '2026-10-30', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
          'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
          ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', 'năm 2026 (số liệu đến ngày 25/10/2026)'],
          ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, ' + name + ' báo cáo kết quả thực hiện như sau:'],
          groups, diffs, props, app, ['KT. CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', 'Võ Thị Kim Loan'],
          ['- Như trên;', '- Chi cục trưởng (để b/c);', '- Lưu: VT, QLTC.'],
          directions=['Tập trung hoàn thành các nhiệm vụ có thời hạn Quý IV/2026; tiếp tục kiểm tra theo kế hoạch và đột xuất.'])
    E = [('II.1.a', 'completed', {'training_courses': 5, 'participants': 386}, T['II.1.a'][2]),
         ('II.1.b', 'completed', {'communications': 6, 'enterprises_supported': 23}, T['II.1.b'][2]),
         ('II.2.a', 'in_progress', {'enterprises_supported': 14, 'budget_spent_vnd': 126500000}, T['II.2.a'][2]),
         ('II.2.b', 'in_progress', {}, T['II.2.b'][2]),
         ('II.2.e', 'completed', {'standards_reviewed': 15}, T['II.2.e'][2]),
         ('II.4.b', 'in_progress', {'instruments_verified': 46}, T['II.4.b'][2]),
         ('II.5.a', 'in_progress', {'inspections': 21, 'establishments_inspected': 184, 'violations': 17, 'fines_vnd': 236500000}, T['II.5.a'][2]),
         ('II.5.b', 'completed', {'samples_tested': 120}, T['II.5.b'][2]),
         ('II.5.c', 'in_progress', {}, T['II.5.c'][2]),
         ('II.6.b', 'not_applicable', {}, T['II.6.b'][2])]
    key(fn, 'SKHCN-CCTDC', name, '287/BC-CCTĐC', '2026-10-30', E, diffs, props)


# ---------------------------------------------------------------- file 2: Văn phòng Sở
def f02():
    fn = 'VP-So_bc64_KH-CT38.docx'
    name = 'Văn phòng Sở Khoa học và Công nghệ'
    T = {}
    T['II.2.đ'] = ('Hệ thống quản lý chất lượng ISO tại Sở', 'Đã hoàn thành.',
        'Văn phòng Sở đã phối hợp với Chi cục rà soát, cập nhật 37 quy trình nội bộ theo TCVN ISO 9001:2015; tổ chức 02 lớp bồi dưỡng chuyên gia đánh giá nội bộ cho 58 công chức, viên chức; cuộc đánh giá nội bộ năm 2026 đã kết thúc ngày 16/9/2026.')
    T['II.2.h'] = ('Hệ thống thông tin giải quyết thủ tục hành chính', 'Đã hoàn thành trong Quý I/2026.',
        'Văn phòng Sở đã phối hợp cập nhật danh mục thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết thủ tục hành chính Thành phố và kết nối với Cổng một cửa quốc gia.')
    T['II.2.i'] = ('Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', 'Đang thực hiện.',
        'Văn phòng Sở cung cấp dữ liệu hồ sơ thủ tục hành chính đã giải quyết để Chi cục và Trung tâm Công nghệ thông tin và Địa không gian kết nối, đồng bộ.')
    T['II.4.a'] = ('Đầu tư trang thiết bị cho đơn vị sự nghiệp', 'Đang thực hiện.',
        'Văn phòng Sở đã hoàn tất thủ tục mua sắm gói thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm; đến ngày 20/10/2026 đã giải ngân 1,24 tỷ đồng, phần còn lại thanh toán sau nghiệm thu trong tháng 12/2026.')
    T['II.5.d'] = ('Khen thưởng, bảo vệ người tố giác', 'Không phát sinh.',
        'Trong kỳ, Sở không nhận được đơn thư tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.')
    groups = [('I. KẾT QUẢ THỰC HIỆN', []),
              ('1. Nhóm nhiệm vụ quản lý nhà nước', [T['II.2.đ'], T['II.2.h'], T['II.2.i']]),
              ('2. Nhóm nhiệm vụ đầu tư', [T['II.4.a']]),
              ('3. Nhóm nhiệm vụ kiểm tra, giám sát', [T['II.5.d']])]
    diffs = ['Thời gian thẩm định giá thiết bị kéo dài do ít đơn vị báo giá, ảnh hưởng tiến độ giải ngân.']
    props = ['Đề nghị Chi cục sớm gửi danh mục thiết bị dự kiến mua sắm năm 2027 trước ngày 30/11/2026 để Văn phòng tổng hợp dự toán.']
    app = [('Quy trình ISO được cập nhật', 'quy trình', '37', 'Hệ thống quản lý chất lượng ISO'),
           ('Lớp bồi dưỡng đánh giá nội bộ', 'lớp', '02', 'Hệ thống quản lý chất lượng ISO'),
           ('Công chức, viên chức tham dự', 'người', '58', 'Hệ thống quản lý chất lượng ISO'),
           ('Kinh phí mua sắm đã giải ngân', 'đồng', '1.240.000.000', 'Đầu tư trang thiết bị')]
    hand1(fn, 'SKHCN-VP', name, ['VĂN PHÒNG SỞ'], '64/BC-VP', '2026-10-28',
          'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
          'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.',
          ['Kết quả phối hợp thực hiện Kế hoạch triển khai', 'Chỉ thị số 38-CT/TW năm 2026'],
          ['Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, ' + name + ' báo cáo kết quả thực hiện các nội dung được giao phối hợp như sau:'],
          groups, diffs, props, app, ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Lâm Thị Bích Ngọc'],
          ['- Như trên;', '- Lưu: VT, HCTH.'])
    E = [('II.2.đ', 'completed', {'training_courses': 2, 'participants': 58}, T['II.2.đ'][2]),
         ('II.2.h', 'completed', {}, T['II.2.h'][2]),
         ('II.2.i', 'in_progress', {}, T['II.2.i'][2]),
         ('II.4.a', 'in_progress', {'budget_spent_vnd': 1240000000}, T['II.4.a'][2]),
         ('II.5.d', 'not_applicable', {}, T['II.5.d'][2])]
    key(fn, 'SKHCN-VP', name, '64/BC-VP', '2026-10-28', E, diffs, props)


# ---------------------------------------------------------------- file 3: Phòng KT-PC (LibreOffice re-saved)
def f03():
    fn = 'KTPC-41-BC-ket-qua-CT38.docx'
    name = 'Phòng Kiểm tra – Pháp chế'
    T = {}
    T['II.2.c'] = ('Góp ý sửa đổi luật và văn bản quy phạm pháp luật', 'Đã hoàn thành.',
        'Phòng đã chủ động phối hợp Chi cục tổng hợp ý kiến góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo Thông tư về đo lường đối với phương tiện đo nhóm 2, gửi Bộ Khoa học và Công nghệ đúng hạn.')
    T['II.4.b'] = ('Phương tiện, thiết bị kỹ thuật nghiệp vụ', 'Đang thực hiện.',
        'Phòng phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, đề xuất bổ sung trong dự toán năm 2027.')
    T['II.5.a'] = ('Kiểm tra chuyên ngành', 'Đang tiếp tục thực hiện.',
        'Phòng chủ trì 06 cuộc kiểm tra liên ngành tại 38 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; phát hiện 05 cơ sở vi phạm, đã tham mưu Giám đốc Sở ban hành quyết định xử phạt 48.000.000 đồng.')
    T['II.5.b'] = ('Sử dụng kết quả khảo sát chất lượng', 'Đã hoàn thành.',
        'Phòng đã tiếp nhận kết quả khảo sát do Chi cục chuyển và đưa các cơ sở có mẫu không đạt vào kế hoạch kiểm tra Quý IV/2026.')
    T['II.5.c'] = ('Hướng dẫn phường, xã, đặc khu thực hiện nội dung phân quyền', 'Đang thực hiện.',
        'Phòng đã phối hợp Chi cục tổ chức 03 lớp bồi dưỡng nghiệp vụ xử phạt vi phạm hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng cho 96 lượt công chức phường, xã, đặc khu.')
    T['II.5.d'] = ('Xử lý hành vi tham nhũng, tiêu cực; bảo vệ người tố giác', 'Không phát sinh.',
        'Không có vụ việc, đơn thư liên quan trong kỳ báo cáo.')
    groups = [('I. KẾT QUẢ THỰC HIỆN', []),
              ('1. Hoàn thiện thể chế', [T['II.2.c']]),
              ('2. Phương tiện nghiệp vụ', [T['II.4.b']]),
              ('3. Kiểm tra, giám sát, xử lý vi phạm', [T['II.5.a'], T['II.5.b'], T['II.5.c'], T['II.5.d']])]
    diffs = ['Công chức phường, xã mới được phân công, chưa nắm vững thẩm quyền xử phạt trong lĩnh vực tiêu chuẩn, đo lường, chất lượng sau khi sắp xếp đơn vị hành chính.']
    props = ['Đề nghị Chi cục biên soạn sổ tay hướng dẫn nghiệp vụ kiểm tra, xử phạt cho cấp xã.',
             'Đề nghị Sở kiến nghị Bộ Khoa học và Công nghệ sớm ban hành mẫu biên bản kiểm tra thống nhất theo Luật Chất lượng sản phẩm, hàng hóa sửa đổi.']
    app = [('Cuộc kiểm tra liên ngành', 'cuộc', '06', 'Kiểm tra chuyên ngành'),
           ('Cơ sở được kiểm tra', 'cơ sở', '38', 'Kiểm tra chuyên ngành'),
           ('Cơ sở vi phạm', 'cơ sở', '05', 'Kiểm tra chuyên ngành'),
           ('Tiền xử phạt', 'đồng', '48.000.000', 'Kiểm tra chuyên ngành'),
           ('Lớp bồi dưỡng nghiệp vụ cho cấp xã', 'lớp', '03', 'Hướng dẫn phường, xã, đặc khu'),
           ('Lượt công chức tham dự', 'lượt', '96', 'Hướng dẫn phường, xã, đặc khu')]
    p = hand1(fn, 'SKHCN-KTPC', name, ['PHÒNG KIỂM TRA – PHÁP CHẾ'], '41/BC-KTPC', '2026-10-27',
          'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
          'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.',
          ['Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch', 'triển khai Chỉ thị số 38-CT/TW năm 2026'],
          [name + ' báo cáo kết quả thực hiện các nội dung được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:'],
          groups, diffs, props, app, ['TRƯỞNG PHÒNG', 'Nguyễn Hữu Phước'],
          ['- Như trên;', '- Ban Giám đốc Sở (để b/c);', '- Lưu: KTPC.'])
    lo_resave(p, 'docx')
    E = [('II.2.c', 'completed', {}, T['II.2.c'][2]),
         ('II.4.b', 'in_progress', {}, T['II.4.b'][2]),
         ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 38, 'violations': 5, 'fines_vnd': 48000000}, T['II.5.a'][2]),
         ('II.5.b', 'completed', {}, T['II.5.b'][2]),
         ('II.5.c', 'in_progress', {'training_courses': 3, 'participants': 96}, T['II.5.c'][2]),
         ('II.5.d', 'not_applicable', {}, T['II.5.d'][2])]
    key(fn, 'SKHCN-KTPC', name, '41/BC-KTPC', '2026-10-27', E, diffs, props)


# ---------------------------------------------------------------- file 4: Phòng QLKH
def f04():
    fn = 'QLKH_BC118_CT38-2026.docx'
    name = 'Phòng Quản lý Khoa học'
    T = {}
    T['II.3.c'] = ('Thu hút chuyên gia, nhà khoa học', 'Đang thực hiện.',
        'Phòng đang phối hợp Sở Nội vụ hoàn thiện hồ sơ đề xuất thu hút 02 chuyên gia lĩnh vực đo lường – hiệu chuẩn theo Quyết định số 05/2026/QĐ-UBND; dự kiến trình UBND Thành phố trong tháng 12/2026.')
    T['II.3.b'] = ('Khóa bồi dưỡng chuyên sâu về năng suất', 'Đã hoàn thành.',
        'Phòng phối hợp Chi cục tổ chức 01 khóa bồi dưỡng chuyên sâu về năng suất (Lean, Kaizen, 5S) cho 45 học viên là cán bộ doanh nghiệp và tư vấn viên.')
    T['II.2.a'] = ('Nhiệm vụ khoa học và công nghệ về năng suất, chất lượng', 'Đang thực hiện.',
        'Trong năm, Phòng đã tham mưu phê duyệt và hỗ trợ 06 doanh nghiệp thực hiện dự án nâng cao năng suất, chất lượng dựa trên khoa học công nghệ; kinh phí sự nghiệp khoa học đã giải ngân 850 triệu đồng.')
    T['II.6.b'] = ('Hợp tác với APO về năng suất khu vực công', 'Chưa triển khai.',
        'Nội dung này chưa có văn bản đề nghị của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia nên Phòng chưa triển khai.')
    groups = [('I. KẾT QUẢ THỰC HIỆN', []),
              ('1. Nhiệm vụ chủ trì', [T['II.3.c']]),
              ('2. Nhiệm vụ phối hợp', [T['II.3.b'], T['II.2.a'], T['II.6.b']])]
    diffs = ['Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường có kinh nghiệm làm việc tại doanh nghiệp nước ngoài.']
    props = ['Đề nghị Sở phối hợp Sở Nội vụ bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục lĩnh vực ưu tiên thu hút năm 2027.']
    app = [('Chuyên gia đang lập hồ sơ thu hút', 'người', '02', 'Thu hút chuyên gia, nhà khoa học'),
           ('Khóa bồi dưỡng năng suất', 'khóa', '01', 'Khóa bồi dưỡng chuyên sâu về năng suất'),
           ('Học viên', 'người', '45', 'Khóa bồi dưỡng chuyên sâu về năng suất'),
           ('Doanh nghiệp được hỗ trợ', 'DN', '06', 'Nhiệm vụ KH&CN về năng suất, chất lượng'),
           ('Kinh phí đã giải ngân', 'triệu đồng', '850', 'Nhiệm vụ KH&CN về năng suất, chất lượng')]
    hand1(fn, 'SKHCN-QLKH', name, ['PHÒNG QUẢN LÝ KHOA HỌC'], '118/BC-QLKH', '2026-10-29',
          'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.',
          ['Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', 'năm 2026'],
          [name + ' báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:'],
          groups, diffs, props, app, ['TRƯỞNG PHÒNG', 'Trịnh Quang Vinh'],
          ['- Như trên;', '- Lưu: QLKH.'])
    E = [('II.3.c', 'in_progress', {}, T['II.3.c'][2]),
         ('II.3.b', 'completed', {'training_courses': 1, 'participants': 45}, T['II.3.b'][2]),
         ('II.2.a', 'in_progress', {'enterprises_supported': 6, 'budget_spent_vnd': 850000000}, T['II.2.a'][2]),
         ('II.6.b', 'not_started', {}, T['II.6.b'][2])]
    key(fn, 'SKHCN-QLKH', name, '118/BC-QLKH', '2026-10-29', E, diffs, props)


# ---------------------------------------------------------------- file 5: Sở Nội vụ (mistaken: CCHC)
def f05():
    fn = 'SoNoiVu_BC-CCHC-quy-III-2026.docx'
    name = 'Sở Nội vụ'
    groups = [('I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', []),
              ('1. Cải cách thể chế', [('Rà soát văn bản', 'Đã hoàn thành.', 'Sở đã rà soát 14 văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ, đề xuất bãi bỏ 03 văn bản không còn phù hợp.')]),
              ('2. Cải cách tổ chức bộ máy', [('Sắp xếp đơn vị sự nghiệp', 'Đang thực hiện.', 'Tham mưu UBND Thành phố phương án sắp xếp 27 đơn vị sự nghiệp công lập sau hợp nhất.')]),
              ('3. Chỉ số cải cách hành chính', [('Chấm điểm Chỉ số CCHC', 'Đang thực hiện.', 'Đã ban hành hướng dẫn tự chấm điểm Chỉ số cải cách hành chính năm 2026 cho 168 phường, xã, đặc khu và các sở, ngành.')])]
    diffs = ['Khối lượng công việc sau sắp xếp lớn, nhân sự làm công tác cải cách hành chính còn thiếu.']
    props = ['Đề nghị Bộ Nội vụ sớm ban hành bộ tiêu chí Chỉ số cải cách hành chính cấp xã sau sắp xếp.']
    hand1(fn, 'SO-NV', name, ['SỞ NỘI VỤ'], '2214/BC-SNV', '2026-10-05',
          'Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026',
          'Ủy ban nhân dân Thành phố.',
          ['Kết quả thực hiện công tác cải cách hành chính', 'Quý III năm 2026'],
          ['Thực hiện chế độ báo cáo định kỳ, Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính Quý III năm 2026 như sau:'],
          groups, diffs, props, None, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Đỗ Thanh Tùng'],
          ['- Như trên;', '- Sở Khoa học và Công nghệ;', '- Lưu: VT, CCHC.'], mistaken=True)
    key(fn, 'SO-NV', name, '2214/BC-SNV', '2026-10-05', [], [], [], status='rejected',
        reason='Báo cáo cải cách hành chính Quý III/2026 của Sở Nội vụ, không phải báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')


# ================================================================== HAND 2
# Đặng Văn Hải-type engineer of an accredited lab / IT centre.  Excel forms of the unit's
# quality system with BILINGUAL Vietnamese/English headers and bilingual status values
# ("Hoàn thành / Completed", "Đang thực hiện / On-going", "Không phát sinh / N/A"), a form
# code in the top-right corner, one row per activity, the plan task only in a
# "Nội dung KH / Plan item" column written in the unit's words; re-saved by LibreOffice.

THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hand2(fname, unit_upper, number, place_date, form_code, title, rows, kk, dx, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'BaoCao-Report'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws['A2'] = unit_upper
    ws['A2'].font = Font(bold=True)
    ws['H1'] = form_code
    ws['H1'].alignment = Alignment(horizontal='right')
    ws['H2'] = 'Lần ban hành/Issue: 03'
    ws['H2'].alignment = Alignment(horizontal='right')
    ws['A3'] = 'Số/No.: ' + number
    ws['E3'] = place_date
    ws['E3'].font = Font(italic=True)
    ws.merge_cells('A5:H5')
    ws['A5'] = title
    ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['STT\nNo.', 'Nội dung KH\nPlan item', 'Hoạt động đã thực hiện\nActivities', 'Chỉ tiêu\nIndicator',
           'Số lượng\nQuantity', 'ĐVT\nUnit', 'Trạng thái\nStatus', 'Ghi chú\nRemarks']
    r0 = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h)
        c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    ws.row_dimensions[r0].height = 32
    r = r0 + 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
            if j == 5 and isinstance(v, (int, float)):
                c.number_format = '#,##0'
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc / Difficulties:').font = Font(bold=True); r += 1
    for x in kk:
        ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị / Recommendations:').font = Font(bold=True); r += 1
    for x in dx:
        ws.cell(r, 2, '- ' + x); r += 1
    r += 1
    ws.cell(r, 2, 'Người lập / Prepared by').font = Font(bold=True)
    ws.cell(r, 6, signer[0]).font = Font(bold=True)
    r += 4
    ws.cell(r, 2, signer[1])
    ws.cell(r, 6, signer[2]).font = Font(bold=True)
    for col, w in zip('ABCDEFGH', [6, 30, 52, 24, 12, 10, 20, 22]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = 'landscape'
    path = os.path.join(HERE, fname)
    wb.save(path)
    lo_resave(path, 'xlsx')
    return path


HT = 'Hoàn thành / Completed'
DTH = 'Đang thực hiện / On-going'
KPS = 'Không phát sinh / N/A'


def f06():
    fn = 'TTPTTN_BC356_CT38_2026.xlsx'
    name = 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'
    rows = [
        [1, 'Đầu tư, hiện đại hóa trang thiết bị (chủ trì)', 'Tiếp nhận, lắp đặt hệ thống sắc ký khí khối phổ GC-MS/MS và 02 bàn kiểm định công tơ điện 3 pha; giải ngân vốn đầu tư', 'Kinh phí đã giải ngân / Disbursed', 3450000000, 'đồng / VND', DTH, 'Nghiệm thu giai đoạn 2 trong tháng 12/2026'],
        [2, 'Dịch vụ kỹ thuật về TCĐLCL, xã hội hóa (phối hợp Chi cục)', 'Kiểm định, hiệu chuẩn phương tiện đo cho doanh nghiệp và cơ quan quản lý', 'Phương tiện đo đã KĐ, HC / Instruments verified & calibrated', 18640, 'phương tiện / pcs', DTH, 'Số liệu đến 30/9/2026'],
        ['', '', 'Thử nghiệm mẫu sản phẩm, hàng hóa theo yêu cầu khách hàng', 'Mẫu thử nghiệm / Samples tested', 2315, 'mẫu / samples', DTH, 'Mở rộng 12 phép thử mới được VILAS công nhận'],
        [3, 'Duy trì, liên kết chuẩn đo lường (phối hợp Chi cục)', 'Gửi hiệu chuẩn chuẩn chính tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn quốc gia', 'Chuẩn đo lường đã hiệu chuẩn / Standards calibrated', 27, 'chuẩn / units', HT, ''],
        [4, 'Đào tạo, tập huấn cho sinh viên các trường', 'Tổ chức lớp hướng dẫn thực hành đo lường, thử nghiệm cho sinh viên cao đẳng, đại học thực tập tại Trung tâm', 'Lớp / Courses', 4, 'lớp / courses', HT, ''],
        ['', '', '', 'Sinh viên tham dự / Participants', 210, 'lượt / persons', HT, ''],
        [5, 'Truy xuất nguồn gốc, mã số mã vạch', 'Không có yêu cầu phối hợp trong kỳ', '', '', '', KPS, 'Theo Chi cục'],
    ]
    kk = ['Một số thiết bị đo chuẩn nhập khẩu có thời gian mua sắm dài (trên 06 tháng), ảnh hưởng tiến độ giải ngân vốn đầu tư.']
    dx = ['Đề nghị Sở xem xét cho phép Trung tâm sử dụng nguồn thu sự nghiệp để đầu tư bổ sung chuẩn đo lường lưu lượng khí.']
    hand2(fn, 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH',
          '356/BC-TTPTTN', 'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026', 'BM-07.03/TT',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026\n(Report on the implementation of Directive 38-CT/TW, 2026)',
          rows, kk, dx, ['GIÁM ĐỐC / Director', 'Đặng Văn Hải', 'Lương Thế Hùng'])
    E = [('II.4.a', 'in_progress', {'budget_spent_vnd': 3450000000}, rows[0][2]),
         ('II.2.g', 'in_progress', {'instruments_verified': 18640, 'samples_tested': 2315}, rows[1][2]),
         ('II.4.c', 'completed', {'instruments_verified': 27}, rows[3][2]),
         ('II.3.d', 'completed', {'training_courses': 4, 'participants': 210}, rows[4][2]),
         ]
    # row 5 (truy xuất nguồn gốc / mã số mã vạch, KPS): see NOTES — keyed as II.2.a not_applicable
    E.append(('II.2.a', 'not_applicable', {}, rows[6][2]))
    key(fn, 'SKHCN-TTPTTN', name, '356/BC-TTPTTN', '2026-11-02', E, kk, dx)


def f07():
    fn = 'TTCNTT-DKG_BC77_KH38.xlsx'
    name = 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh'
    rows = [
        [1, 'Kết nối cơ sở dữ liệu quốc gia về TCĐLCL (phối hợp)', 'Xây dựng API đồng bộ dữ liệu phương tiện đo, kết quả kiểm tra giữa kho dữ liệu dùng chung Thành phố và CSDL quốc gia; đang chạy thử nghiệm', '', '', '', DTH, 'Dự kiến vận hành chính thức Quý I/2027'],
        [2, 'Hệ thống thông tin giải quyết TTHC (phối hợp)', 'Hỗ trợ kỹ thuật tích hợp thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với Cổng một cửa quốc gia', '', '', '', HT, 'Hoàn thành tháng 3/2026'],
        [3, 'Cử viên chức tham dự tập huấn chuyên môn', 'Cử viên chức tham dự các khóa tập huấn về mã số mã vạch, truy xuất nguồn gốc số do Chi cục tổ chức', 'Khóa tập huấn / Courses', 2, 'khóa / courses', HT, ''],
        ['', '', '', 'Lượt viên chức tham dự / Participants', 4, 'lượt / persons', HT, ''],
        [4, 'Cập nhật điều ước, thỏa thuận quốc tế', 'Không được giao, không phát sinh', '', '', '', KPS, ''],
    ]
    kk = ['Dữ liệu kết quả kiểm tra của các phường, xã còn lưu trên tệp rời, chưa chuẩn hóa nên khó đồng bộ.']
    dx = ['Đề nghị Chi cục ban hành biểu mẫu dữ liệu thống nhất để các phường, xã nhập liệu trực tiếp trên hệ thống.']
    hand2(fn, 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN THÀNH PHỐ HỒ CHÍ MINH',
          '77/BC-TTCNTT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', 'BM-QT05-02',
          'BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026\n(Coordination report – Directive 38-CT/TW)',
          rows, kk, dx, ['GIÁM ĐỐC / Director', 'Phan Minh Khoa', 'Châu Ngọc Sơn'])
    E = [('II.2.i', 'in_progress', {}, rows[0][2]),
         ('II.2.h', 'completed', {}, rows[1][2]),
         ('II.3.a', 'completed', {'training_courses': 2, 'participants': 4}, rows[2][2]),
         ('II.6.a', 'not_applicable', {}, rows[4][2])]
    key(fn, 'SKHCN-TTCNTT', name, '77/BC-TTCNTT', '2026-10-30', E, kk, dx)


def f08():
    fn = 'PhongCDS_BC25-CT38.xlsx'
    name = 'Phòng Chuyển đổi số'
    rows = [
        [1, 'Hệ thống thông tin giải quyết TTHC, liên thông một cửa quốc gia (phối hợp)', 'Rà soát, cấu hình lại quy trình điện tử 09 thủ tục lĩnh vực TCĐLCL trên Hệ thống thông tin giải quyết thủ tục hành chính', '', '', '', HT, 'Xong Quý I/2026'],
        [2, 'Cơ sở dữ liệu quốc gia về TCĐLCL (phối hợp)', 'Phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng giải pháp kết nối, chia sẻ dữ liệu', '', '', '', DTH, ''],
        [3, 'Áp dụng ISO trong cơ quan hành chính (phối hợp)', 'Số hóa hồ sơ ISO, vận hành ISO điện tử trên hệ thống quản lý văn bản của Sở', '', '', '', HT, ''],
        [4, 'Tuyên truyền pháp luật TCĐLCL (phối hợp)', 'Đăng tin, bài, video về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử và trang mạng xã hội của Sở', 'Tin, bài / News & articles', 9, 'tin, bài / items', HT, ''],
    ]
    kk = ['Phòng chưa có biên chế chuyên trách an toàn thông tin cho các hệ thống kết nối mới.']
    dx = ['Đề nghị Sở bố trí kinh phí thuê dịch vụ giám sát an toàn thông tin cho hệ thống kết nối CSDL tiêu chuẩn, đo lường, chất lượng.']
    hand2(fn, 'PHÒNG CHUYỂN ĐỔI SỐ', '25/BC-CĐS', 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026', 'BM-CĐS-01',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHỐI HỢP – KẾ HOẠCH CT38 NĂM 2026\n(Directive 38-CT/TW – coordination tasks)',
          rows, kk, dx, ['TRƯỞNG PHÒNG / Head', 'Vũ Thảo Nguyên', 'Tạ Quốc Dũng'])
    E = [('II.2.h', 'completed', {}, rows[0][2]),
         ('II.2.i', 'in_progress', {}, rows[1][2]),
         ('II.2.đ', 'completed', {}, rows[2][2]),
         ('II.1.a', 'completed', {'communications': 9}, rows[3][2])]
    key(fn, 'SKHCN-CDS', name, '25/BC-CĐS', '2026-10-31', E, kk, dx)


# ================================================================== HAND 3
# Huỳnh Ngọc Diễm-type department secretary (Văn phòng Sở ngành), saved in WPS Writer.
# NĐ30 report to the Sở KH&CN; each assigned content is a bold numbered heading followed by
# an italic "Đầu mối: <division>" line and narrative WITHOUT any status words; the statuses
# are given ONLY in the closing "PHỤ LỤC – BẢNG THEO DÕI TIẾN ĐỘ" (Nội dung | Đầu mối |
# Tình hình thực hiện), whose status words are the department's: "Đã thực hiện xong",
# "Đang thực hiện", "Chưa thực hiện", "Không phát sinh".

def hand3(fname, unit_upper, unit_name, number, place_date, intro, items, diffs, props,
          tracker, signer, noinhan):
    d = base_doc(size=13)
    header_nd30(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', [unit_upper], number, place_date)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c')
    p = para(d, 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', bold=True, align='c')
    p.paragraph_format.space_after = Pt(0)
    para(d, 'về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c')
    p = para(d, '', align='c')
    runs(p, [('Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', '')])
    for t in intro:
        para(d, t)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for k, (title, dauMoi, paras) in enumerate(items, 1):
        para(d, '%d. %s' % (k, title), bold=True)
        para(d, 'Đầu mối: ' + dauMoi, italic=True)
        for t in paras:
            para(d, t)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs:
        para(d, '- ' + x)
    para(d, 'III. KIẾN NGHỊ', bold=True, indent=False)
    for x in props:
        para(d, '- ' + x)
    para(d, '(Tình hình thực hiện từng nội dung tại Phụ lục kèm theo).', italic=True)
    signature(d, noinhan, signer[:-1], signer[-1])
    page_break(d)
    para(d, 'PHỤ LỤC', bold=True, align='c')
    para(d, 'BẢNG THEO DÕI TIẾN ĐỘ CÁC NỘI DUNG PHỐI HỢP', bold=True, align='c')
    para(d, '(Kèm theo Báo cáo số ' + number + ' của ' + unit_name + ')', italic=True, align='c')
    rows = [['STT', 'Nội dung', 'Đầu mối', 'Tình hình thực hiện', 'Ghi chú']]
    for k, (c, dm, st, gc) in enumerate(tracker, 1):
        rows.append([str(k), c, dm, st, gc])
    grid_table(d, rows, widths=[1.1, 6.5, 3.5, 3.3, 2.6], size=12)
    path = os.path.join(HERE, fname)
    d.core_properties.author = 'Administrator'
    d.save(path)
    wps_stamp(path, 'docx')
    return path


def f09():
    fn = 'SCT_5123-BC-SCT_phoi-hop-CT38.docx'
    name = 'Sở Công Thương'
    items = [
        ('Về phối hợp kiểm tra chất lượng, đo lường hàng hóa lưu thông trên thị trường', 'Phòng Quản lý thương mại; Đội Quản lý thị trường các khu vực',
         ['Ngành Công Thương đã tổ chức 38 cuộc kiểm tra tại 412 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, phân bón, hàng điện – điện tử; phát hiện, xử lý 57 cơ sở vi phạm về nhãn hàng hóa, đo lường và chất lượng, tổng số tiền phạt 1.286.500.000 đồng.']),
        ('Về hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, nâng cao năng suất chất lượng', 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp',
         ['Từ nguồn khuyến công Thành phố, Sở đã hỗ trợ 27 doanh nghiệp công nghiệp nông thôn áp dụng ISO 9001, ISO 14001, 5S và đổi mới máy móc thiết bị; kinh phí đã giải ngân 1.850.000.000 đồng.']),
        ('Về cập nhật điều ước, thỏa thuận quốc tế, hàng rào kỹ thuật trong thương mại', 'Phòng Xuất nhập khẩu',
         ['Sở phát hành 14 bản tin cảnh báo về biện pháp TBT, SPS của các thị trường xuất khẩu chính đến doanh nghiệp, hiệp hội; tiếp tục cập nhật theo thông báo của Văn phòng TBT Việt Nam.']),
        ('Về góp ý dự thảo quy chuẩn kỹ thuật', 'Phòng Kỹ thuật an toàn – Môi trường',
         ['Sở đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực an toàn điện, hóa chất và vật liệu nổ công nghiệp theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ.']),
    ]
    diffs = ['Lực lượng quản lý thị trường sau sắp xếp được tổ chức lại theo khu vực, địa bàn rộng, thời gian di chuyển kiểm tra tại khu vực Bà Rịa - Vũng Tàu (cũ) kéo dài.',
             'Chưa có cơ chế chia sẻ kết quả khảo sát chất lượng của Chi cục cho lực lượng quản lý thị trường kịp thời.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ định kỳ hằng quý kết quả khảo sát chất lượng xăng dầu, hàng điện – điện tử để phục vụ kiểm tra.']
    tracker = [('Phối hợp kiểm tra chất lượng, đo lường hàng hóa', 'P. QLTM, các Đội QLTT', 'Đang thực hiện', 'Nhiệm vụ thường xuyên'),
               ('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, NSCL', 'TT Khuyến công', 'Đã thực hiện xong', ''),
               ('Cập nhật điều ước, TBT', 'P. XNK', 'Đang thực hiện', ''),
               ('Góp ý dự thảo QCVN', 'P. KTAT-MT', 'Đã thực hiện xong', '')]
    hand3(fn, 'SỞ CÔNG THƯƠNG', name, '5123/BC-SCT', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          ['Phúc đáp đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo các nội dung ngành Công Thương tham gia phối hợp (số liệu từ 01/01/2026 đến 20/10/2026) như sau:'],
          items, diffs, props, tracker, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Bùi Tá Hoàng Vũ'],
          ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLTM.'])
    E = [('II.5.a', 'in_progress', {'inspections': 38, 'establishments_inspected': 412, 'violations': 57, 'fines_vnd': 1286500000}, items[0][2][0]),
         ('II.2.d', 'completed', {'enterprises_supported': 27, 'budget_spent_vnd': 1850000000}, items[1][2][0]),
         ('II.6.a', 'in_progress', {'communications': 14}, items[2][2][0]),
         ('II.2.e', 'completed', {'standards_reviewed': 4}, items[3][2][0])]
    key(fn, 'SO-CT', name, '5123/BC-SCT', '2026-10-29', E, diffs, props)


def f10():
    fn = 'SYT_7412_BC_CT38-TDC.docx'
    name = 'Sở Y tế'
    items = [
        ('Về kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông', 'Phòng Nghiệp vụ Dược; Thanh tra Sở',
         ['Sở Y tế đã kiểm tra 96 cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm qua 12 cuộc kiểm tra (08 cuộc theo kế hoạch, 04 cuộc đột xuất); phát hiện 11 cơ sở vi phạm về nhãn, công bố tiêu chuẩn áp dụng; xử phạt 342.000.000 đồng.']),
        ('Về lấy mẫu giám sát chất lượng', 'Trung tâm Kiểm nghiệm Thành phố',
         ['Trong kỳ đã lấy 65 mẫu mỹ phẩm, trang thiết bị y tế thông dụng (nhiệt kế, máy đo huyết áp) để kiểm nghiệm, kiểm tra đo lường; kết quả đã gửi Sở Khoa học và Công nghệ.']),
        ('Về góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật', 'Phòng Nghiệp vụ Y',
         ['Sở đã có ý kiến đối với 03 dự thảo TCVN về thiết bị y tế và phương tiện đo nhiệt độ cơ thể người.']),
        ('Về áp dụng hệ thống quản lý chất lượng trong cơ quan', 'Văn phòng Sở',
         ['Sở Y tế duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; công bố lại hệ thống sau khi cập nhật 100% quy trình theo bộ thủ tục hành chính mới.']),
    ]
    diffs = ['Nhiều phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế điện tử) bán qua sàn thương mại điện tử, khó xác định cơ sở để kiểm tra.']
    props = ['Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng kế hoạch kiểm tra liên ngành đối với phương tiện đo nhóm 2 dùng trong y tế kinh doanh trên môi trường mạng.']
    tracker = [('Kiểm tra trang thiết bị y tế, mỹ phẩm', 'P. NVD, Thanh tra Sở', 'Đang thực hiện', ''),
               ('Lấy mẫu giám sát chất lượng', 'TT Kiểm nghiệm', 'Đã thực hiện xong', 'Theo kế hoạch năm'),
               ('Góp ý dự thảo TCVN, QCVN', 'P. NVY', 'Đã thực hiện xong', ''),
               ('Áp dụng ISO 9001 tại cơ quan', 'Văn phòng Sở', 'Đã thực hiện xong', '')]
    hand3(fn, 'SỞ Y TẾ', name, '7412/BC-SYT', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
          ['Sở Y tế nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:'],
          items, diffs, props, tracker, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Vĩnh Châu'],
          ['- Như trên;', '- Lưu: VT, NVD.'])
    E = [('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 96, 'violations': 11, 'fines_vnd': 342000000}, items[0][2][0]),
         ('II.5.b', 'completed', {'samples_tested': 65}, items[1][2][0]),
         ('II.2.e', 'completed', {'standards_reviewed': 3}, items[2][2][0]),
         ('II.2.đ', 'completed', {}, items[3][2][0])]
    key(fn, 'SO-YT', name, '7412/BC-SYT', '2026-10-30', E, diffs, props)


def f11():
    fn = 'SXD-3390-BC-CT38.docx'
    name = 'Sở Xây dựng'
    items = [
        ('Về kiểm tra chất lượng vật liệu xây dựng', 'Phòng Kinh tế - Vật liệu xây dựng; Thanh tra Sở',
         ['Sở Xây dựng đã tổ chức 04 đợt kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng (xi măng, thép, kính, gạch ốp lát) tại 31 cơ sở sản xuất, kinh doanh; có 03 cơ sở vi phạm về hợp quy, ghi nhãn, đã xử phạt tổng cộng 67,5 triệu đồng.']),
        ('Về xây dựng quy chuẩn kỹ thuật địa phương', 'Phòng Quản lý hoạt động xây dựng',
         ['Sở đang chủ trì soạn thảo 02 quy chuẩn kỹ thuật địa phương (hạ tầng kỹ thuật ngầm, chiếu sáng đô thị); dự thảo đã lấy ý kiến các sở, ngành lần 1.']),
        ('Về tuyên truyền, phổ biến quy định về chất lượng vật liệu xây dựng', 'Văn phòng Sở',
         ['Sở đã tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD cho 150 đại biểu là doanh nghiệp sản xuất, nhập khẩu vật liệu xây dựng.']),
        ('Về khảo sát chất lượng sản phẩm, hàng hóa', 'Phòng Kinh tế - Vật liệu xây dựng',
         ['Trong kỳ Sở không được giao và không tổ chức khảo sát chất lượng.']),
    ]
    diffs = ['Kinh phí lấy mẫu thử nghiệm vật liệu xây dựng phục vụ kiểm tra chưa được bố trí riêng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ chi phí thử nghiệm mẫu vật liệu xây dựng trong các đợt kiểm tra phối hợp năm 2027.']
    tracker = [('Kiểm tra chất lượng vật liệu xây dựng', 'P. KT-VLXD, Thanh tra', 'Đang thực hiện', ''),
               ('Xây dựng QCĐP', 'P. QLHĐXD', 'Đang thực hiện', 'Dự kiến trình tháng 12/2026'),
               ('Tuyên truyền, phổ biến', 'Văn phòng Sở', 'Đã thực hiện xong', ''),
               ('Khảo sát chất lượng', 'P. KT-VLXD', 'Không phát sinh', '')]
    hand3(fn, 'SỞ XÂY DỰNG', name, '3390/BC-SXD', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
          ['Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện các nội dung liên quan đến Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:'],
          items, diffs, props, tracker, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Trung Kiên'],
          ['- Như trên;', '- Lưu: VT, KTVLXD.'])
    E = [('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 67500000}, items[0][2][0]),
         ('II.2.e', 'in_progress', {'standards_reviewed': 2}, items[1][2][0]),
         ('II.1.a', 'completed', {'training_courses': 1, 'participants': 150}, items[2][2][0]),
         ('II.5.b', 'not_applicable', {}, items[3][2][0])]
    key(fn, 'SO-XD', name, '3390/BC-SXD', '2026-10-28', E, diffs, props)


def f12():
    fn = 'SGDDT_2876_BC_KH38.docx'
    name = 'Sở Giáo dục và Đào tạo'
    items = [
        ('Về đào tạo, bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên', 'Phòng Giáo dục nghề nghiệp – Giáo dục thường xuyên',
         ['Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 06 chuyên đề ngoại khóa về mã số mã vạch, truy xuất nguồn gốc, nhãn hàng hóa tại các trường trung cấp, cao đẳng với 1.340 lượt học sinh, sinh viên tham gia.']),
        ('Về tuyên truyền trong ngành giáo dục', 'Văn phòng Sở',
         ['Đăng tải 25 tin, bài trên Cổng thông tin điện tử ngành và trang của các trường về Ngày Tiêu chuẩn Thế giới, Ngày Đo lường Thế giới.']),
        ('Về kiểm tra chất lượng thiết bị dạy học', 'Phòng Kế hoạch – Tài chính',
         ['Kế hoạch kiểm tra chất lượng thiết bị dạy học tối thiểu năm học 2026–2027 đã được dự thảo, chưa tổ chức kiểm tra do chờ danh mục thiết bị mới của Bộ Giáo dục và Đào tạo.']),
        ('Về duy trì hệ thống quản lý chất lượng', 'Văn phòng Sở',
         ['Sở duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở; đánh giá nội bộ tháng 8/2026.']),
    ]
    diffs = ['Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên chủ yếu lồng ghép ngoại khóa.']
    props = ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, báo cáo viên cho các chuyên đề ngoại khóa năm học 2026–2027.']
    tracker = [('Đào tạo, bồi dưỡng cho học sinh, sinh viên', 'P. GDNN-GDTX', 'Đã thực hiện xong', ''),
               ('Tuyên truyền trong ngành', 'Văn phòng Sở', 'Đã thực hiện xong', ''),
               ('Kiểm tra chất lượng thiết bị dạy học', 'P. KH-TC', 'Chưa thực hiện', 'Chờ danh mục của Bộ'),
               ('Duy trì ISO 9001', 'Văn phòng Sở', 'Đã thực hiện xong', '')]
    hand3(fn, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', name, '2876/BC-SGDĐT', 'Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026',
          ['Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:'],
          items, diffs, props, tracker, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Bảo Quốc'],
          ['- Như trên;', '- Lưu: VT, VP.'])
    E = [('II.3.d', 'completed', {'training_courses': 6, 'participants': 1340}, items[0][2][0]),
         ('II.1.a', 'completed', {'communications': 25}, items[1][2][0]),
         ('II.5.a', 'not_started', {}, items[2][2][0]),
         ('II.2.đ', 'completed', {}, items[3][2][0])]
    key(fn, 'SO-GDDT', name, '2876/BC-SGDĐT', '2026-11-03', E, diffs, props)


def f13():
    fn = 'SVHTT_1598-BC_tuyen-truyen-CT38.docx'
    name = 'Sở Văn hóa và Thể thao'
    items = [
        ('Về định hướng tuyên truyền pháp luật tiêu chuẩn, đo lường, chất lượng', 'Phòng Quản lý Báo chí',
         ['Sở đã định hướng các cơ quan báo chí Thành phố thực hiện 18 tin, bài, phóng sự về pháp luật tiêu chuẩn, đo lường, chất lượng, cảnh báo hàng giả, hàng kém chất lượng.']),
        ('Về tuyên truyền Giải thưởng Chất lượng Quốc gia', 'Phòng Quản lý Báo chí; Trung tâm Văn hóa Thành phố',
         ['Phối hợp đăng 42 tin, bài, pa-nô điện tử giới thiệu Giải thưởng Chất lượng Quốc gia và các doanh nghiệp đạt giải; nội dung tiếp tục thực hiện đến lễ trao giải cuối năm.']),
        ('Về áp dụng hệ thống quản lý chất lượng tại cơ quan', 'Văn phòng Sở',
         ['Sở duy trì áp dụng TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết.']),
    ]
    diffs = ['Một số cơ quan báo chí chưa có phóng viên chuyên sâu lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
    props = ['Đề nghị Sở Khoa học và Công nghệ cung cấp thông tin định kỳ hằng tháng để Sở định hướng báo chí.']
    tracker = [('Tuyên truyền pháp luật TCĐLCL', 'P. QLBC', 'Đã thực hiện xong', ''),
               ('Tuyên truyền Giải thưởng CLQG', 'P. QLBC, TTVH', 'Đang thực hiện', ''),
               ('Áp dụng ISO 9001', 'Văn phòng Sở', 'Đã thực hiện xong', '')]
    hand3(fn, 'SỞ VĂN HÓA VÀ THỂ THAO', name, '1598/BC-SVHTT', 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
          ['Theo đề nghị của Sở Khoa học và Công nghệ, Sở Văn hóa và Thể thao báo cáo kết quả phối hợp tuyên truyền và các nội dung liên quan như sau:'],
          items, diffs, props, tracker, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thế Thuận'],
          ['- Như trên;', '- Lưu: VT, QLBC.'])
    E = [('II.1.a', 'completed', {'communications': 18}, items[0][2][0]),
         ('II.1.b', 'in_progress', {'communications': 42}, items[1][2][0]),
         ('II.2.đ', 'completed', {}, items[2][2][0])]
    key(fn, 'SO-VHTT', name, '1598/BC-SVHTT', '2026-10-31', E, diffs, props)


# ================================================================== HAND 4
# Tô Hoàng Nam-type statistician of a department, WPS Spreadsheets.  One sheet "BC 10 thang":
# title block on top (Số / date typed in one cell), one row per plan content, status column
# "Tiến độ", and the figures in LETTERED numeric columns (a)…(g) whose meaning is given only
# in a "Ghi chú cột" legend row placed UNDER the header ("(a) Số cuộc kiểm tra; (b) …").
# Difficulties and proposals in two merged cells at the bottom, one item per line.

LEG = ['(a) Số cuộc kiểm tra', '(b) Số cơ sở được kiểm tra', '(c) Số cơ sở vi phạm',
       '(d) Tiền phạt (đồng)', '(e) Số mẫu lấy/thử nghiệm', '(f) Số khác (xem Nội dung)', '(g) Kinh phí đã chi (đồng)']


def hand4(fname, unit_upper, number_line, date_line, title, rows, kk, dx, signer, sheet='BC 10 thang'):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'
    ws['A2'] = unit_upper; ws['A2'].font = Font(bold=True)
    ws['A3'] = number_line
    ws['G1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['G1'].font = Font(bold=True)
    ws['G2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['G2'].font = Font(bold=True)
    ws['G3'] = date_line; ws['G3'].font = Font(italic=True)
    ws.merge_cells('A5:L5'); ws['A5'] = title
    ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 34
    hdr = ['TT', 'Nội dung (theo KH của Sở KH&CN)', 'Kết quả thực hiện', '(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', 'Tiến độ', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='FFF2CC')
    ws.merge_cells('A8:L8')
    ws['A8'] = 'Ghi chú cột: ' + '; '.join(LEG) + '.'
    ws['A8'].font = Font(italic=True, size=10); ws['A8'].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[8].height = 30
    r = 9
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
            if isinstance(v, int) and j in (4, 5, 6, 7, 8, 9, 10):
                c.number_format = '#,##0'
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=12)
    ws.cell(r, 3, '\n'.join('%d. %s' % (k, x) for k, x in enumerate(kk, 1))).alignment = Alignment(wrap_text=True, vertical='top')
    ws.row_dimensions[r].height = 18 * (len(kk) + 1)
    r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=12)
    ws.cell(r, 3, '\n'.join('%d. %s' % (k, x) for k, x in enumerate(dx, 1))).alignment = Alignment(wrap_text=True, vertical='top')
    ws.row_dimensions[r].height = 18 * (len(dx) + 1)
    r += 2
    ws.cell(r, 2, 'NGƯỜI LẬP BIỂU').font = Font(bold=True)
    ws.cell(r, 10, signer[0]).font = Font(bold=True)
    r += 4
    ws.cell(r, 2, signer[1]); ws.cell(r, 10, signer[2]).font = Font(bold=True)
    for col, w in zip('ABCDEFGHIJKL', [5, 34, 55, 8, 9, 8, 14, 8, 8, 15, 16, 18]):
        ws.column_dimensions[col].width = w
    path = os.path.join(HERE, fname)
    wb.save(path)
    wps_stamp(path, 'xlsx')
    return path


def f14():
    fn = 'SNNMT_1045_BC10T_CT38.xlsx'
    name = 'Sở Nông nghiệp và Môi trường'
    rows = [
        [1, 'Kiểm tra chất lượng sản phẩm, hàng hóa (phân bón, giống cây trồng, thuốc bảo vệ thực vật, thức ăn chăn nuôi)', 'Thanh tra Sở và Chi cục Trồng trọt và Bảo vệ thực vật kiểm tra theo kế hoạch và đột xuất, xử phạt các cơ sở vi phạm nhãn, chất lượng', 15, 128, 14, 265000000, None, None, None, 'Đang triển khai', 'Thường xuyên'],
        [2, 'Lấy mẫu khảo sát, giám sát chất lượng vật tư nông nghiệp', 'Lấy mẫu phân bón, thuốc bảo vệ thực vật gửi phòng thử nghiệm được chỉ định', None, None, None, None, 84, None, None, 'Hoàn thành', ''],
        [3, 'Truy xuất nguồn gốc nông sản (Đề án 100)', 'Hỗ trợ hợp tác xã, doanh nghiệp cấp mã vùng trồng, gắn tem truy xuất nguồn gốc: (f) = số HTX, DN được hỗ trợ', None, None, None, None, None, 19, None, 'Đang triển khai', ''],
        [4, 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia', 'Góp ý dự thảo QCVN về phân bón, giống, thủy sản theo đề nghị của Bộ Nông nghiệp và Môi trường: (f) = số dự thảo', None, None, None, None, None, 5, None, 'Hoàn thành', ''],
    ]
    kk = ['Chi phí thử nghiệm mẫu phân bón cao, kinh phí giám sát chỉ đáp ứng khoảng 60% nhu cầu.',
          'Nhiều hợp tác xã chưa đủ điều kiện ứng dụng truy xuất nguồn gốc điện tử.']
    dx = ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn tích hợp dữ liệu truy xuất nguồn gốc nông sản với Cổng truy xuất nguồn gốc quốc gia.']
    hand4(fn, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số: 1045/BC-SNNMT', 'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ 10 THÁNG NĂM 2026 THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW\n(Nội dung ngành Nông nghiệp và Môi trường phối hợp)',
          rows, kk, dx, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Tô Hoàng Nam', 'Phạm Thị Mỹ Hạnh'])
    E = [('II.5.a', 'in_progress', {'inspections': 15, 'establishments_inspected': 128, 'violations': 14, 'fines_vnd': 265000000}, rows[0][2]),
         ('II.5.b', 'completed', {'samples_tested': 84}, rows[1][2]),
         ('II.2.a', 'in_progress', {'enterprises_supported': 19}, rows[2][2]),
         ('II.2.e', 'completed', {'standards_reviewed': 5}, rows[3][2])]
    key(fn, 'SO-NNMT', name, '1045/BC-SNNMT', '2026-10-30', E, kk, dx)


def f15():
    fn = 'SATTP-612-BC-KH38-10thang.xlsx'
    name = 'Sở An toàn thực phẩm'
    rows = [
        [1, 'Kiểm tra tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa thực phẩm', 'Kiểm tra liên ngành và chuyên ngành tại cơ sở sản xuất, kinh doanh thực phẩm bao gói sẵn, thực phẩm nhập khẩu', 22, 305, 41, 713000000, None, None, None, 'Đang triển khai', 'Nhiệm vụ thường xuyên'],
        [2, 'Giám sát, khảo sát chất lượng thực phẩm lưu thông', 'Lấy mẫu giám sát định lượng thực phẩm đóng gói sẵn và chỉ tiêu chất lượng', None, None, None, None, 210, None, None, 'Hoàn thành', ''],
        [3, 'Tập huấn quy định pháp luật cho doanh nghiệp', 'Tổ chức lớp tập huấn về ghi nhãn, công bố sản phẩm, đo lường hàng đóng gói sẵn: (f) = số lớp; 640 lượt người tham dự', None, None, None, None, None, 8, None, 'Hoàn thành', '640 lượt người'],
        [4, 'Phối hợp phường, xã, đặc khu thực hiện nội dung phân quyền', 'Hướng dẫn UBND phường, xã kiểm tra cơ sở nhỏ lẻ, chợ truyền thống', None, None, None, None, None, None, None, 'Đang triển khai', ''],
    ]
    kk = ['Lực lượng thanh tra chuyên ngành an toàn thực phẩm mỏng so với số lượng cơ sở trên địa bàn Thành phố sau hợp nhất.']
    dx = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp kiểm tra định lượng hàng đóng gói sẵn tại các chợ đầu mối.']
    hand4(fn, 'SỞ AN TOÀN THỰC PHẨM', 'Số: 612/BC-SATTP', 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ 10 THÁNG NĂM 2026 THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG',
          rows, kk, dx, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lý Thanh Tâm', 'Phạm Khánh Phong Lan'])
    E = [('II.5.a', 'in_progress', {'inspections': 22, 'establishments_inspected': 305, 'violations': 41, 'fines_vnd': 713000000}, rows[0][2]),
         ('II.5.b', 'completed', {'samples_tested': 210}, rows[1][2]),
         ('II.1.a', 'completed', {'training_courses': 8, 'participants': 640}, rows[2][2]),
         ('II.5.c', 'in_progress', {}, rows[3][2])]
    key(fn, 'SO-ATTP', name, '612/BC-SATTP', '2026-10-29', E, kk, dx)


def f16():
    fn = 'STC_4480_BC-CT38_kinh-phi.xlsx'
    name = 'Sở Tài chính'
    rows = [
        [1, 'Đầu tư ngân sách cho cơ sở vật chất, trang thiết bị đơn vị sự nghiệp thuộc Sở KH&CN', 'Thẩm định, bố trí vốn và kiểm soát thanh toán dự án mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm; số đã giải ngân đến 31/10/2026 tại cột (g)', None, None, None, None, None, None, 2870000000, 'Đang triển khai', 'Phần còn lại giải ngân Quý IV'],
        [2, 'Áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính', 'Duy trì TCVN ISO 9001:2015 tại Sở Tài chính', None, None, None, None, None, None, None, 'Hoàn thành', ''],
        [3, 'Cử công chức tham gia tập huấn tiêu chuẩn, đo lường, chất lượng', 'Cử công chức Phòng Quản lý giá, công sản dự lớp tập huấn do Chi cục tổ chức: (f) = số lượt người', None, None, None, None, None, 6, None, 'Hoàn thành', ''],
        [4, 'Phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra', 'Không có đề nghị bổ sung kinh phí trong năm', None, None, None, None, None, None, None, 'Không phát sinh', ''],
    ]
    kk = ['Hồ sơ đề nghị thanh toán của chủ đầu tư gửi chậm, thiếu biên bản nghiệm thu từng phần.']
    dx = ['Đề nghị Sở Khoa học và Công nghệ chỉ đạo Trung tâm hoàn thiện hồ sơ thanh toán trước ngày 15/12/2026 để kịp giải ngân trong năm ngân sách.']
    hand4(fn, 'SỞ TÀI CHÍNH', 'Số: 4480/BC-STC', 'TP. Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
          'BÁO CÁO TÌNH HÌNH BỐ TRÍ, GIẢI NGÂN KINH PHÍ VÀ CÁC NỘI DUNG PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
          rows, kk, dx, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Mai Xuân Trường', 'Trần Văn Bảy'])
    E = [('II.4.a', 'in_progress', {'budget_spent_vnd': 2870000000}, rows[0][2]),
         ('II.2.đ', 'completed', {}, rows[1][2]),
         ('II.3.a', 'completed', {'participants': 6}, rows[2][2]),
         ('II.4.b', 'not_applicable', {}, rows[3][2])]
    key(fn, 'SO-TC', name, '4480/BC-STC', '2026-11-02', E, kk, dx)


def f17():
    fn = 'ThanhTraTP_BC-PCTN-10T2026.xlsx'
    name = 'Thanh tra Thành phố'
    rows = [
        [1, 'Công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng', 'Tổ chức hội nghị quán triệt Luật Phòng, chống tham nhũng cho cán bộ chủ chốt', None, None, None, None, None, 12, None, 'Hoàn thành', '(f) = số hội nghị'],
        [2, 'Thanh tra trách nhiệm thực hiện quy định về công khai, minh bạch', 'Thanh tra tại các sở, ngành và UBND phường, xã', 9, 9, 4, None, None, None, None, 'Đang triển khai', ''],
        [3, 'Kê khai, công khai tài sản, thu nhập', 'Hướng dẫn kê khai tài sản, thu nhập lần đầu cho công chức mới', None, None, None, None, None, None, None, 'Đang triển khai', ''],
    ]
    kk = ['Một số đơn vị sau sắp xếp chưa kiện toàn bộ phận theo dõi công tác phòng, chống tham nhũng.']
    dx = ['Đề nghị Thanh tra Chính phủ sớm hướng dẫn tiêu chí đánh giá công tác phòng, chống tham nhũng cấp xã.']
    hand4(fn, 'THANH TRA THÀNH PHỐ', 'Số: 2931/BC-TTTP', 'TP. Hồ Chí Minh, ngày 20 tháng 10 năm 2026',
          'BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC 10 THÁNG NĂM 2026',
          rows, kk, dx, ['KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA', 'Hồ Thị Thu', 'Nguyễn Quang Minh'], sheet='PCTN 10T')
    key(fn, 'THANHTRA-TP', name, '2931/BC-TTTP', '2026-10-20', [], [], [], status='rejected',
        reason='Báo cáo công tác phòng, chống tham nhũng, tiêu cực 10 tháng năm 2026 của Thanh tra Thành phố, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')


def main():
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17):
        f()
    for fn, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(HERE, fn), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')


if __name__ == '__main__':
    main()
