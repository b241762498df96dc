# -*- coding: utf-8 -*-
"""Generator for set 138 (writer's tool; keys written from the same data)."""
import os, json, hashlib, datetime, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

# ------------------------------------------------------------------ helpers
def docx_base(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ('w:eastAsia', 'w:cs', 'w:hAnsi', 'w:ascii'):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def para(d, text='', bold=False, italic=False, align=None, size=None, indent=None, space_after=3):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header_block(d, left1, left2, number, place_date, size=12):
    t = d.add_table(rows=3, cols=2)
    cell_text(t.cell(0, 0), left1, bold=False, align='c', size=size)
    cell_text(t.cell(1, 0), left2, bold=True, align='c', size=size)
    cell_text(t.cell(2, 0), 'Số: ' + number, align='c', size=size)
    cell_text(t.cell(0, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, align='c', size=size)
    cell_text(t.cell(1, 1), 'Độc lập - Tự do - Hạnh phúc', bold=True, align='c', size=size)
    cell_text(t.cell(2, 1), place_date, italic=True, align='c', size=size)
    return t

def ngay(dt, place):
    return '%s, ngày %02d tháng %d năm %d' % (place, dt.day, dt.month, dt.year)

def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()

def lo_resave(path, ext):
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)

THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

KEYS = []

def key(rep, entries, diffs, props, status='extracted', reason=None):
    KEYS.append(dict(file=rep['file'], status=status, reason=reason,
                     unit={'id': rep['unit_id'], 'name': rep['unit_name']},
                     document={'number': rep['number'], 'date': rep['date'].isoformat()},
                     entries=entries, findings=[], difficulties=diffs, proposals=props))

def E(code, status, ind, text):
    return {'task': code, 'status': status, 'indicators': ind, 'text': text}

D = datetime.date

# =================================================================== HAND A
# Trần Văn Tư - old office clerk of island / rural communes: telegraph lines
# "– Label: words." with counts written only in words, status only as "– Ngày xong: …".
def hand_A(rep):
    d = docx_base(size=13)
    header_block(d, 'ỦY BAN NHÂN DÂN', rep['hdr2'], rep['number'], ngay(rep['date'], rep['place']))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c', space_after=0)
    para(d, '(công tác tiêu chuẩn, đo lường, chất lượng)', italic=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align='c')
    para(d, rep['intro'], indent=1, align='j')
    para(d, 'I. KẾT QUẢ', bold=True)
    entries = []
    for i, t in enumerate(rep['tasks'], 1):
        para(d, '%d/ %s.' % (i, t['name']), bold=True, space_after=0)
        body = []
        for lab, val in t['lines']:
            s = '– %s: %s.' % (lab, val)
            para(d, s, indent=0.5, space_after=0); body.append(s)
        s = '– Ngày xong: %s.' % t['st']
        para(d, s, indent=0.5); body.append(s)
        entries.append(E(t['code'], t['status'], t['ind'], t['name'] + '. ' + ' '.join(body)))
    para(d, 'II. KHÓ KHĂN', bold=True)
    for k, x in zip('abcdef', rep['diffs']):
        para(d, '%s- %s' % (k, x), indent=0.5, space_after=0)
    para(d, 'III. ĐỀ XUẤT', bold=True)
    for k, x in zip('abcdef', rep['props']):
        para(d, '%s- %s' % (k, x), indent=0.5, space_after=0)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân %s./.' % (rep['unit_name'][0].lower() + rep['unit_name'][1:]), indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), 'Nơi nhận:\n- Như trên;\n- Chi cục TĐC;\n- Lưu: VT.', size=11)
    cell_text(sig.cell(0, 1), 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(đã ký)\n\n' + rep['signer'], bold=True, align='c')
    path = os.path.join(OUT, rep['file']); d.save(path)
    key(rep, entries, rep['diffs'], rep['props'])

A_REPORTS = [
dict(file='BC_CT38_DacKhuConDao.docx', unit_id='26732', unit_name='Đặc khu Côn Đảo', hdr2='ĐẶC KHU CÔN ĐẢO',
     number='214/BC-UBND', date=D(2026, 10, 27), place='Côn Đảo', signer='Nguyễn Văn Lộc',
     intro='Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân Đặc khu Côn Đảo báo cáo kết quả đến ngày 20/10/2026 như sau:',
     tasks=[
        dict(code='II.1.a', status='completed', ind={'communications': 14},
             name='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
             lines=[('Tin phát trên Đài truyền thanh đặc khu', 'mười bốn tin'), ('Nơi phát', 'khu dân cư số 1 đến số 10')],
             st='15/9/2026'),
        dict(code='II.5.c', status='completed',
             ind={'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 3000000},
             name='Phối hợp Chi cục kiểm tra đo lường tại chợ Côn Đảo và các điểm bán xăng dầu',
             lines=[('Số cuộc', 'ba'), ('Cơ sở được kiểm tra', 'mười bảy'), ('Cơ sở vi phạm', 'hai'),
                    ('Tiền phạt', 'ba triệu đồng')],
             st='30/9/2026'),
        dict(code='II.3.a', status='completed', ind={'participants': 4},
             name='Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng',
             lines=[('Người dự', 'bốn công chức (Phòng Kinh tế)'), ('Hình thức', 'trực tuyến')],
             st='25/9/2026'),
        dict(code='II.2.đ', status='in_progress', ind={},
             name='Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan',
             lines=[('Việc đã làm', 'rà soát lại quy trình sau sắp xếp bộ máy')],
             st='chưa; còn tiếp, dự kiến tháng 11'),
        dict(code='II.5.d', status='not_applicable', ind={},
             name='Tiếp nhận tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
             lines=[('Đơn, tin báo', 'không có')],
             st='không phát sinh'),
     ],
     diffs=['Đặc khu ở xa đất liền, tàu ra đảo không đều nên đoàn kiểm tra của Chi cục khó bố trí lịch phối hợp.',
            'Công chức phụ trách kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu về đo lường.'],
     props=['Đề nghị Chi cục cấp cho đặc khu một bộ quả cân chuẩn để đặt tại chợ Côn Đảo.',
            'Đề nghị Sở mở lớp tập huấn trực tuyến riêng cho các xã, đặc khu ở xa.']),
dict(file='Bao cao KH38 - xa Thanh An.docx', unit_id='27676', unit_name='Xã Thạnh An', hdr2='XÃ THẠNH AN',
     number='88/BC-UBND', date=D(2026, 10, 26), place='Thạnh An', signer='Lê Văn Mười',
     intro='Ủy ban nhân dân xã Thạnh An báo cáo kết quả thực hiện các nội dung liên quan đến xã theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
     tasks=[
        dict(code='II.1.a', status='completed', ind={'communications': 12},
             name='Tuyên truyền trên loa ấp và bảng tin',
             lines=[('Tin, bài', 'mười hai'), ('Ấp thực hiện', 'Thạnh Bình, Thạnh Hòa, Thiềng Liềng')],
             st='15/9/2026'),
        dict(code='II.5.c', status='completed',
             ind={'inspections': 2, 'establishments_inspected': 11, 'violations': 1, 'fines_vnd': 1500000},
             name='Kiểm tra cân, đong tại chợ Thạnh An và vựa hải sản (nội dung được phân quyền)',
             lines=[('Cuộc', 'hai'), ('Cơ sở', 'mười một'), ('Vi phạm', 'một cơ sở (cân sai số)'),
                    ('Phạt tiền', 'một triệu năm trăm nghìn đồng')],
             st='28/8/2026'),
        dict(code='II.3.a', status='completed', ind={'participants': 2},
             name='Cán bộ xã dự lớp cập nhật kiến thức',
             lines=[('Người dự', 'hai')],
             st='10/7/2026'),
        dict(code='II.5.a', status='not_started', ind={},
             name='Kiểm tra chất lượng hàng hóa lưu thông trên địa bàn',
             lines=[('Tình hình', 'xã chưa lập kế hoạch, chờ hướng dẫn của Chi cục')],
             st='chưa bắt đầu'),
     ],
     diffs=['Xã đảo, đi lại bằng đò, không có cán bộ chuyên môn về đo lường.',
            'Kinh phí kiểm tra chưa được bố trí riêng.'],
     props=['Đề nghị Chi cục hướng dẫn xã lập kế hoạch kiểm tra hàng hóa năm 2027.']),
dict(file='BC 156 Nhuan Duc.docx', unit_id='27511', unit_name='Xã Nhuận Đức', hdr2='XÃ NHUẬN ĐỨC',
     number='156/BC-UBND', date=D(2026, 10, 28), place='Nhuận Đức', signer='Trần Thị Kim Hoa',
     intro='Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Nhuận Đức báo cáo như sau:',
     tasks=[
        dict(code='II.1.a', status='completed',
             ind={'training_courses': 1, 'participants': 45, 'communications': 6},
             name='Tuyên truyền, phổ biến quy định về nhãn hàng hóa, đo lường cho hộ kinh doanh',
             lines=[('Buổi phổ biến', 'một'), ('Người dự', 'bốn mươi lăm hộ kinh doanh'), ('Tin bài trên trang xã', 'sáu')],
             st='20/6/2026'),
        dict(code='II.2.d', status='in_progress', ind={'enterprises_supported': 3},
             name='Hướng dẫn hợp tác xã công bố tiêu chuẩn cơ sở cho sản phẩm OCOP',
             lines=[('Hợp tác xã được hướng dẫn', 'ba'), ('Sản phẩm', 'chuối sấy, bánh tráng, rau an toàn')],
             st='chưa; còn tiếp'),
        dict(code='II.5.c', status='completed',
             ind={'inspections': 4, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 4500000},
             name='Phối hợp kiểm tra đo lường tại chợ Nhuận Đức, chợ Lô 6',
             lines=[('Cuộc', 'bốn'), ('Cơ sở', 'hai mươi ba'), ('Vi phạm', 'ba'),
                    ('Phạt', 'bốn triệu năm trăm nghìn đồng')],
             st='30/9/2026'),
        dict(code='II.5.a', status='in_progress', ind={'inspections': 1, 'establishments_inspected': 6},
             name='Kiểm tra chất lượng phân bón, thức ăn chăn nuôi lưu thông',
             lines=[('Cuộc', 'một'), ('Cửa hàng', 'sáu')],
             st='chưa; còn tiếp Quý IV'),
        dict(code='II.2.đ', status='completed', ind={},
             name='Áp dụng ISO 9001 tại bộ phận một cửa',
             lines=[('Việc đã làm', 'công bố lại hệ thống theo bộ máy mới')],
             st='12/8/2026'),
        dict(code='II.5.d', status='not_applicable', ind={},
             name='Tố giác vi phạm',
             lines=[('Tin báo', 'không có')],
             st='không phát sinh'),
     ],
     diffs=['Một số hộ kinh doanh nhỏ lẻ chưa hợp tác khi kiểm tra cân.'],
     props=['Đề nghị Sở hỗ trợ kinh phí in tờ rơi tuyên truyền năm 2027.',
            'Đề nghị Chi cục tổ chức lớp tập huấn tại xã cho hợp tác xã về truy xuất nguồn gốc.']),
]

# =================================================================== HAND B
# Lê Thị Hồng - ward culture-economy officer: one Word table, Roman group rows,
# Arabic TT, and the "Ghi chú" cell merged down over all tasks of a group = one status for them.
def hand_B(rep, rejected=None):
    d = docx_base(size=13)
    header_block(d, 'ỦY BAN NHÂN DÂN', rep['hdr2'], rep['number'], ngay(rep['date'], rep['place']))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, rep['title'], bold=True, align='c')
    para(d, rep['intro'], indent=1, align='j')
    rows = 1 + sum(1 + len(g['tasks']) for g in rep['groups'])
    t = d.add_table(rows=rows, cols=4); t.style = 'Table Grid'
    for j, h in enumerate(['TT', 'Nội dung công việc', 'Kết quả thực hiện', 'Ghi chú']):
        cell_text(t.cell(0, j), h, bold=True, align='c', size=12)
    r = 1; n = 0; entries = []
    for gi, g in enumerate(rep['groups']):
        cell_text(t.cell(r, 0), g['roman'], bold=True, align='c', size=12)
        m = t.cell(r, 1).merge(t.cell(r, 3)); cell_text(m, g['title'], bold=True, size=12)
        r += 1; first = r
        for tk in g['tasks']:
            n += 1
            cell_text(t.cell(r, 0), str(n), align='c', size=12)
            cell_text(t.cell(r, 1), tk['name'], size=12)
            cell_text(t.cell(r, 2), tk['result'], size=12)
            if tk.get('code'):
                entries.append(E(tk['code'], tk['status'], tk['ind'], tk['name'] + ': ' + tk['result'].replace('\n', ' ')))
            r += 1
        last = r - 1
        mc = t.cell(first, 3).merge(t.cell(last, 3)) if last > first else t.cell(first, 3)
        cell_text(mc, g['note'], italic=True, size=12)
    for c, w in zip(t.columns, (Cm(1.2), Cm(5.5), Cm(7), Cm(3))):
        for cc in c.cells: cc.width = w
    para(d)
    para(d, 'Khó khăn, vướng mắc:', bold=True)
    for x in rep['diffs']: para(d, '- ' + x, indent=0.5, space_after=0)
    para(d, 'Kiến nghị, đề xuất:', bold=True)
    for x in rep['props']: para(d, '- ' + x, indent=0.5, space_after=0)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), 'Nơi nhận:\n- Sở KH&CN (Chi cục TĐC);\n- TT. Đảng ủy, UBND;\n- Lưu: VT, VHXH.', size=11)
    cell_text(sig.cell(0, 1), 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n' + rep['signer'], bold=True, align='c')
    path = os.path.join(OUT, rep['file']); d.save(path)
    if rejected:
        key(rep, [], [], [], status='rejected', reason=rejected)
    else:
        key(rep, entries, rep['diffs'], rep['props'])

B_REPORTS = [
dict(file='BC TĐC phường Lái Thiêu.docx', unit_id='25966', unit_name='Phường Lái Thiêu', hdr2='PHƯỜNG LÁI THIÊU',
     number='301/BC-UBND', date=D(2026, 10, 23), place='Lái Thiêu', signer='Huỳnh Thị Ngọc Hân',
     title='Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\nvề tiêu chuẩn, đo lường, chất lượng trên địa bàn phường',
     intro='Ủy ban nhân dân phường Lái Thiêu báo cáo kết quả thực hiện từ đầu năm đến ngày 15/10/2026 như sau:',
     groups=[
        dict(roman='I', title='TUYÊN TRUYỀN, TẬP HUẤN', note='Đã làm xong (tháng 6/2026)', tasks=[
            dict(code='II.1.a', status='completed', ind={'communications': 18},
                 name='Tuyên truyền trên trang thông tin điện tử phường, loa khu phố',
                 result='18 tin, bài (mười tám tin, bài)'),
            dict(code='II.3.a', status='completed', ind={'training_courses': 2, 'participants': 3},
                 name='Công chức phường dự tập huấn do Sở tổ chức',
                 result='Dự 02 lớp; 03 công chức tham gia'),
        ]),
        dict(roman='II', title='KIỂM TRA', note='Đang tiếp tục (làm thường xuyên)', tasks=[
            dict(code='II.5.c', status='in_progress',
                 ind={'inspections': 2, 'establishments_inspected': 26, 'violations': 4, 'fines_vnd': 6250000},
                 name='Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ Lái Thiêu',
                 result='02 cuộc; kiểm tra 26 cơ sở;\n04 cơ sở vi phạm, phạt 6.250.000 đồng'),
            dict(code='II.5.a', status='in_progress',
                 ind={'inspections': 3, 'establishments_inspected': 14, 'violations': 2, 'fines_vnd': 5000000},
                 name='Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn tại cửa hàng tiện lợi',
                 result='03 cuộc, 14 cửa hàng;\n02 vi phạm, phạt 5.000.000 đồng'),
        ]),
        dict(roman='III', title='NỘI DUNG KHÁC', note='Xong ngày 15/8/2026', tasks=[
            dict(code='II.2.đ', status='completed', ind={},
                 name='Duy trì ISO 9001:2015 tại UBND phường',
                 result='Đã ban hành quyết định công bố lại hệ thống'),
        ]),
        dict(roman='IV', title='TỐ GIÁC VI PHẠM', note='Không phát sinh', tasks=[
            dict(code='II.5.d', status='not_applicable', ind={},
                 name='Tiếp nhận, xử lý tố giác vi phạm về TĐC',
                 result='Không có đơn, tin báo'),
        ]),
     ],
     diffs=['Chợ Lái Thiêu có nhiều hộ bán rong, không cố định nên khó kiểm tra cân.',
            'Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng.'],
     props=['Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Lái Thiêu.']),
dict(file='Xuyen Moc_BC_CT38_2026.docx', unit_id='26632', unit_name='Xã Xuyên Mộc', hdr2='XÃ XUYÊN MỘC',
     number='175/BC-UBND', date=D(2026, 10, 29), place='Xuyên Mộc', signer='Phạm Văn Thắng',
     title='Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)',
     intro='Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân xã Xuyên Mộc báo cáo như sau:',
     groups=[
        dict(roman='I', title='TUYÊN TRUYỀN VÀ HỖ TRỢ CƠ SỞ', note='Đang làm', tasks=[
            dict(code='II.1.a', status='in_progress', ind={'communications': 9},
                 name='Tuyên truyền trên Đài truyền thanh xã, nhóm Zalo các ấp',
                 result='09 tin (chín tin)'),
            dict(code='II.2.d', status='in_progress', ind={'enterprises_supported': 5},
                 name='Hướng dẫn cơ sở sản xuất hồ tiêu, hạt điều công bố chất lượng sản phẩm',
                 result='05 cơ sở được hướng dẫn hồ sơ tự công bố'),
        ]),
        dict(roman='II', title='KIỂM TRA, TẬP HUẤN', note='Xong trong Quý III/2026', tasks=[
            dict(code='II.5.c', status='completed',
                 ind={'inspections': 1, 'establishments_inspected': 19, 'violations': 2, 'fines_vnd': 1000000},
                 name='Kiểm tra phương tiện đo tại chợ Xuyên Mộc',
                 result='01 cuộc; 19 cơ sở; 02 vi phạm;\nphạt 1.000.000 đồng'),
            dict(code='II.3.a', status='completed', ind={'participants': 2},
                 name='Cử công chức dự lớp tập huấn của Chi cục',
                 result='02 người'),
        ]),
        dict(roman='III', title='HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG', note='Chưa làm – chờ hướng dẫn', tasks=[
            dict(code='II.2.đ', status='not_started', ind={},
                 name='Xây dựng lại ISO 9001 sau sáp nhập',
                 result='Chưa triển khai'),
        ]),
     ],
     diffs=['Xã mới sáp nhập, hồ sơ ISO của các xã cũ chưa thống nhất.'],
     props=['Đề nghị Chi cục hướng dẫn xã xây dựng lại hệ thống ISO 9001 sau sáp nhập.',
            'Đề nghị hỗ trợ kinh phí tuyên truyền cho các ấp.']),
dict(file='BC 9 thang - Tang Nhon Phu.docx', unit_id='26842', unit_name='Phường Tăng Nhơn Phú', hdr2='PHƯỜNG TĂNG NHƠN PHÚ',
     number='412/BC-UBND', date=D(2026, 10, 22), place='Tăng Nhơn Phú', signer='Đỗ Minh Tâm',
     title='Kết quả thực hiện Kế hoạch chuyển đổi số và Đề án 06 năm 2026\n(số liệu 9 tháng)',
     intro='Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả thực hiện chuyển đổi số 9 tháng năm 2026 như sau:',
     groups=[
        dict(roman='I', title='HẠ TẦNG SỐ, DỮ LIỆU', note='Đã xong', tasks=[
            dict(name='Làm sạch dữ liệu dân cư, thu nhận hồ sơ định danh mức 2', result='4.215 hồ sơ'),
            dict(name='Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', result='12.600 hồ sơ, đạt 100%'),
        ]),
        dict(roman='II', title='KỸ NĂNG SỐ', note='Đang thực hiện', tasks=[
            dict(name='Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng', result='03 lớp, 210 lượt người'),
            dict(name='Thanh toán không dùng tiền mặt tại chợ, trường học', result='35 điểm chấp nhận thanh toán'),
        ]),
     ],
     diffs=['Đường truyền tại bộ phận một cửa còn chậm.'],
     props=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị ký số cho công chức.']),
]

# =================================================================== HAND C
# Phạm Quốc Khánh - department general-affairs officer, Excel: Roman numeral and group name
# merged down over their tasks, Arabic TT running on, figures as "words (digits)",
# status only in "Ghi chú" as a short phrase about when it got done.
def hand_C(rep, rejected=None):
    wb = Workbook(); ws = wb.active; ws.title = rep['sheet']
    f = Font(name='Times New Roman', size=12); fb = Font(name='Times New Roman', size=12, bold=True)
    wrap = Alignment(wrap_text=True, vertical='top'); ctr = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.merge_cells('A1:C1'); ws['A1'] = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'
    ws.merge_cells('A2:C2'); ws['A2'] = rep['hdr2']
    ws.merge_cells('A3:C3'); ws['A3'] = 'Số: ' + rep['number']
    ws.merge_cells('D1:F1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws.merge_cells('D2:F2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('D3:F3'); ws['D3'] = ngay(rep['date'], 'Thành phố Hồ Chí Minh')
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'):
        ws[c].alignment = ctr; ws[c].font = fb if c in ('A2', 'D1', 'D2') else f
    ws['D3'].font = Font(name='Times New Roman', size=12, italic=True)
    ws.merge_cells('A5:F5'); ws['A5'] = 'BÁO CÁO'; ws['A5'].font = Font(name='Times New Roman', size=14, bold=True); ws['A5'].alignment = ctr
    ws.merge_cells('A6:F6'); ws['A6'] = rep['title']; ws['A6'].font = fb; ws['A6'].alignment = ctr
    ws.row_dimensions[6].height = 34
    hdr = ['', 'Nội dung', 'TT', 'Việc đã làm', 'Kết quả', 'Ghi chú']
    hr = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(hr, j, h if h else None); c.font = fb; c.alignment = ctr; c.border = BOX
    r = hr + 1; n = 0; entries = []
    for g in rep['groups']:
        first = r
        for tk in g['tasks']:
            n += 1
            ws.cell(r, 3, n); ws.cell(r, 4, tk['did']); ws.cell(r, 5, tk['result']); ws.cell(r, 6, tk['note'])
            if tk.get('code'):
                entries.append(E(tk['code'], tk['status'], tk['ind'], tk['did'] + ' ' + tk['result']))
            r += 1
        ws.cell(first, 1, g['roman']); ws.cell(first, 2, g['title'])
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for rr in range(hr + 1, r):
        for cc in range(1, 7):
            c = ws.cell(rr, cc); c.font = fb if cc in (1, 2) else f; c.border = BOX
            c.alignment = ctr if cc in (1, 3) else wrap
    for col, w in zip('ABCDEF', (6, 22, 5, 42, 38, 22)):
        ws.column_dimensions[col].width = w
    r += 1
    ws.cell(r, 2, 'Khó khăn:').font = fb; r += 1
    for x in rep['diffs']:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, '- ' + x).font = f; r += 1
    ws.cell(r, 2, 'Kiến nghị:').font = fb; r += 1
    for x in rep['props']:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, '- ' + x).font = f; r += 1
    r += 1
    ws.cell(r, 5, 'KT. GIÁM ĐỐC').font = fb; ws.cell(r + 1, 5, 'PHÓ GIÁM ĐỐC').font = fb
    ws.cell(r + 4, 5, rep['signer']).font = fb
    path = os.path.join(OUT, rep['file']); wb.save(path)
    if rejected:
        key(rep, [], [], [], status='rejected', reason=rejected)
    else:
        key(rep, entries, rep['diffs'], rep['props'])

C_REPORTS = [
dict(file='SCT_BC_KH38_2026.xlsx', sheet='BC CT38', unit_id='SO-CT', unit_name='Sở Công Thương', hdr2='SỞ CÔNG THƯƠNG',
     number='4127/BC-SCT', date=D(2026, 10, 30), signer='Bùi Tá Hoàng Vũ',
     title='Kết quả thực hiện các nội dung Sở Công Thương tham gia theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ',
     groups=[
        dict(roman='I', title='Tuyên truyền, đào tạo', tasks=[
            dict(code='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 160},
                 did='Phổ biến quy định về nhãn hàng hóa, đo lường trong kinh doanh xăng dầu cho doanh nghiệp.',
                 result='Hai (02) lớp; một trăm sáu mươi (160) lượt người dự.', note='Đã xong từ tháng 5/2026'),
            dict(code='II.3.a', status='completed', ind={'participants': 5},
                 did='Cử công chức Phòng Quản lý thương mại dự tập huấn nghiệp vụ TĐC.',
                 result='Năm (05) công chức.', note='Xong 20/9/2026'),
        ]),
        dict(roman='II', title='Quản lý nhà nước', tasks=[
            dict(code='II.2.e', status='completed', ind={'standards_reviewed': 4},
                 did='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về xăng dầu, khí dầu mỏ hóa lỏng.',
                 result='Bốn (04) dự thảo QCVN.', note='Xong, gửi Bộ ngày 14/8/2026'),
            dict(code='II.2.đ', status='in_progress', ind={},
                 did='Chuyển đổi, cập nhật hệ thống ISO 9001 của Sở sau hợp nhất.',
                 result='Đã rà soát 46 quy trình.', note='Còn làm, hết năm xong'),
        ]),
        dict(roman='III', title='Kiểm tra, khảo sát', tasks=[
            dict(code='II.5.a', status='in_progress',
                 ind={'inspections': 6, 'establishments_inspected': 58, 'violations': 7, 'fines_vnd': 87500000},
                 did='Phối hợp kiểm tra chất lượng xăng dầu, khí LPG tại cửa hàng, trạm chiết nạp.',
                 result='Sáu (06) cuộc; năm mươi tám (58) cơ sở; bảy (07) cơ sở vi phạm; phạt tám mươi bảy triệu năm trăm nghìn đồng (87.500.000 đồng).',
                 note='Làm thường xuyên, chưa kết thúc'),
            dict(code='II.5.b', status='in_progress', ind={'samples_tested': 24},
                 did='Lấy mẫu xăng dầu khảo sát chất lượng.',
                 result='Hai mươi bốn (24) mẫu.', note='Còn làm'),
            dict(code='II.5.d', status='not_applicable', ind={},
                 did='Tiếp nhận tố giác vi phạm về chất lượng hàng hóa.',
                 result='—', note='Sở không có việc này'),
        ]),
     ],
     diffs=['Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với địa bàn mở rộng.',
            'Chi phí thử nghiệm mẫu xăng dầu cao, dự toán không đủ.'],
     props=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu để phối hợp xử lý.']),
dict(file='Bieu bao cao CT38 - SXD.xlsx', sheet='Sheet1', unit_id='SO-XD', unit_name='Sở Xây dựng', hdr2='SỞ XÂY DỰNG',
     number='9012/BC-SXD', date=D(2026, 10, 27), signer='Nguyễn Hữu Tín',
     title='Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần việc của Sở Xây dựng)',
     groups=[
        dict(roman='I', title='Tiêu chuẩn, quy chuẩn', tasks=[
            dict(code='II.2.e', status='completed', ind={'standards_reviewed': 3},
                 did='Góp ý dự thảo QCVN về vật liệu xây dựng, an toàn cháy cho nhà ở.',
                 result='Ba (03) dự thảo.', note='Đã xong tháng 7/2026'),
            dict(code='II.2.đ', status='completed', ind={},
                 did='Công bố lại hệ thống quản lý chất lượng ISO 9001:2015.',
                 result='Ban hành Quyết định công bố.', note='Xong 30/6/2026'),
        ]),
        dict(roman='II', title='Kiểm tra vật liệu xây dựng', tasks=[
            dict(code='II.5.a', status='in_progress',
                 ind={'inspections': 2, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 20000000},
                 did='Kiểm tra chất lượng xi măng, thép, kính xây dựng lưu thông trên thị trường.',
                 result='Hai (02) cuộc; mười lăm (15) cơ sở; một (01) vi phạm, phạt hai mươi triệu đồng (20.000.000 đ).',
                 note='Còn làm đến cuối năm'),
        ]),
        dict(roman='III', title='Tuyên truyền, tập huấn', tasks=[
            dict(code='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 60},
                 did='Tập huấn quy chuẩn vật liệu xây dựng cho công chức phòng kinh tế, hạ tầng các phường, xã.',
                 result='Một (01) lớp, sáu mươi (60) người.', note='Xong 18/9/2026'),
            dict(code='II.1.a', status='in_progress', ind={'communications': 7},
                 did='Đăng tin trên Cổng thông tin Sở về chất lượng vật liệu xây dựng.',
                 result='Bảy (07) tin.', note='Đang đăng tiếp'),
            dict(code='II.5.d', status='not_applicable', ind={},
                 did='Tố giác vi phạm về chất lượng vật liệu.',
                 result='Không có.', note='Không phát sinh'),
        ]),
     ],
     diffs=['Chưa có phòng thử nghiệm vật liệu được chỉ định tại một số địa bàn mới sáp nhập.'],
     props=['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức kiểm tra liên ngành vật liệu xây dựng năm 2027.',
            'Đề nghị cung cấp danh sách tổ chức thử nghiệm đã đăng ký lĩnh vực vật liệu xây dựng.']),
dict(file='BC_SoNNMT_T10.xlsx', sheet='BC', unit_id='SO-NNMT', unit_name='Sở Nông nghiệp và Môi trường', hdr2='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
     number='7740/BC-SNNMT', date=D(2026, 10, 21), signer='Trần Văn Hưng',
     title='Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026',
     groups=[
        dict(roman='I', title='Chuẩn bị', tasks=[
            dict(did='Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp.', result='Một trăm sáu mươi tám (168) xã, phường, đặc khu.', note='Xong tháng 3/2026'),
            dict(did='Diễn tập ứng phó bão, triều cường.', result='Bốn (04) cuộc diễn tập.', note='Xong tháng 8/2026'),
        ]),
        dict(roman='II', title='Công trình', tasks=[
            dict(did='Kiểm tra đê bao, bờ bao, cống ngăn triều.', result='Mười hai (12) cuộc kiểm tra; 37 km đê bao.', note='Còn làm'),
            dict(did='Sửa chữa, gia cố điểm sạt lở.', result='Chín (09) điểm; 6.400.000.000 đồng.', note='Còn làm'),
        ]),
     ],
     diffs=['Triều cường vượt mức báo động III tại một số khu vực.'],
     props=['Đề nghị bố trí vốn sửa chữa khẩn cấp đê bao Cần Giờ.']),
]

# =================================================================== HAND D
# Nguyễn Thanh Bình - internal-unit specialist: "Phần I/II/III" over "1)" items,
# one result paragraph with figures "words (digits)" and an italic "Ghi chú: …" line carrying the status.
def hand_D(rep):
    d = docx_base(size=13)
    header_block(d, rep['hdr1'], rep['hdr2'], rep['number'], ngay(rep['date'], 'Thành phố Hồ Chí Minh'))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, rep['title'], bold=True, align='c')
    for x in rep['intro']:
        para(d, x, indent=1, align='j')
    para(d, 'Phần I. KẾT QUẢ THỰC HIỆN', bold=True)
    entries = []
    for i, t in enumerate(rep['tasks'], 1):
        para(d, '%d) %s' % (i, t['name']), bold=True, space_after=0)
        para(d, t['result'], indent=1, align='j', space_after=0)
        para(d, 'Ghi chú: ' + t['note'], italic=True, indent=1)
        entries.append(E(t['code'], t['status'], t['ind'], t['result']))
    if rep.get('table'):
        para(d, 'BẢNG SỐ LIỆU KÈM THEO', bold=True, align='c')
        rows = rep['table']
        t = d.add_table(rows=1 + sum(len(x[1]) for x in rows), cols=4); t.style = 'Table Grid'
        for j, h in enumerate(['Nội dung', 'Chỉ tiêu', 'Số lượng', 'Đơn vị tính']):
            cell_text(t.cell(0, j), h, bold=True, align='c', size=11)
        r = 1
        for label, figs in rows:
            first = r
            for (ct, sl, dv) in figs:
                cell_text(t.cell(r, 1), ct, size=11); cell_text(t.cell(r, 2), sl, align='c', size=11)
                cell_text(t.cell(r, 3), dv, size=11); r += 1
            m = t.cell(first, 0).merge(t.cell(r - 1, 0)) if r - 1 > first else t.cell(first, 0)
            cell_text(m, label, size=11)
        para(d)
    para(d, 'Phần II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for k, x in zip('abcdef', rep['diffs']): para(d, '%s) %s' % (k, x), indent=1, space_after=0)
    para(d, 'Phần III. KIẾN NGHỊ', bold=True)
    for k, x in zip('abcdef', rep['props']): para(d, '%s) %s' % (k, x), indent=1, space_after=0)
    para(d, rep['closing'], indent=1)
    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), 'Nơi nhận:\n' + rep['noinhan'], size=11)
    cell_text(sig.cell(0, 1), rep['sigtitle'] + '\n\n\n\n' + rep['signer'], bold=True, align='c')
    path = os.path.join(OUT, rep['file']); d.save(path)
    key(rep, entries, rep['diffs'], rep['props'])

D_REPORTS = [
dict(file='1285-BC-CCTDC.docx', unit_id='SKHCN-CCTDC', unit_name='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
     hdr1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', hdr2='CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG', number='1285/BC-CCTĐC', date=D(2026, 10, 22),
     title='Kết quả thực hiện các nhiệm vụ Chi cục chủ trì\ntheo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
     intro=['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả như sau.',
            'Báo cáo này chỉ gồm các nhiệm vụ Chi cục được giao chủ trì hoặc thực hiện. Các nhiệm vụ Chi cục là đơn vị phối hợp (thu hút chuyên gia; đầu tư trang thiết bị cho Trung tâm) do đơn vị chủ trì báo cáo riêng.'],
     tasks=[
        dict(code='II.1.a', status='completed', ind={'training_courses': 6, 'participants': 540},
             name='Tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu',
             result='Chi cục tổ chức sáu (06) lớp, buổi, gồm năm lớp tập huấn văn bản quy phạm pháp luật và một buổi tọa đàm với doanh nghiệp nhập khẩu; tổng cộng năm trăm bốn mươi (540) lượt người tham dự.',
             note='hoàn thành ngày 28/8/2026.'),
        dict(code='II.1.b', status='completed', ind={'enterprises_supported': 14, 'communications': 3},
             name='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
             result='Phát hành ba (03) tài liệu hướng dẫn; trực tiếp hướng dẫn mười bốn (14) doanh nghiệp chuẩn bị hồ sơ tham dự.',
             note='hoàn thành ngày 30/6/2026.'),
        dict(code='II.2.b', status='in_progress', ind={'enterprises_supported': 9},
             name='Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026',
             result='Tiếp nhận hồ sơ của chín (09) doanh nghiệp; Hội đồng sơ tuyển đã đánh giá tại doanh nghiệp.',
             note='đang thực hiện, dự kiến xong tháng 12/2026.'),
        dict(code='II.2.d', status='in_progress', ind={'enterprises_supported': 37},
             name='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng',
             result='Hướng dẫn, tư vấn ba mươi bảy (37) doanh nghiệp về công bố hợp quy, áp dụng ISO 9001, ISO 22000.',
             note='việc thường xuyên, đến nay đang thực hiện.'),
        dict(code='II.2.e', status='in_progress', ind={'standards_reviewed': 11},
             name='Góp ý, xây dựng tiêu chuẩn, quy chuẩn kỹ thuật',
             result='Góp ý mười một (11) dự thảo TCVN, QCVN theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ ngành.',
             note='đang thực hiện (hạn Quý IV/2026).'),
        dict(code='II.2.h', status='completed', ind={},
             name='Kết nối Cổng thông tin một cửa quốc gia về kiểm tra hàng hóa nhập khẩu',
             result='Đã hoàn tất kết nối, tiếp nhận hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu trên Cổng.',
             note='hoàn thành ngày 31/3/2026.'),
        dict(code='II.3.a', status='completed', ind={'training_courses': 2, 'participants': 168},
             name='Tập huấn nghiệp vụ cho công chức Sở, ngành, UBND phường, xã, đặc khu',
             result='Tổ chức hai (02) lớp với một trăm sáu mươi tám (168) công chức tham dự.',
             note='hoàn thành ngày 25/9/2026.'),
        dict(code='II.4.b', status='in_progress', ind={'instruments_verified': 42, 'budget_spent_vnd': 126400000},
             name='Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ',
             result='Kiểm định, hiệu chuẩn bốn mươi hai (42) phương tiện, thiết bị; kinh phí đã sử dụng 126.400.000 đồng (một trăm hai mươi sáu triệu bốn trăm nghìn đồng).',
             note='thường xuyên, đang thực hiện.'),
        dict(code='II.5.a', status='in_progress',
             ind={'inspections': 14, 'establishments_inspected': 132, 'violations': 19, 'fines_vnd': 241750000},
             name='Kiểm tra về tiêu chuẩn, đo lường, chất lượng',
             result='Thực hiện mười bốn (14) cuộc kiểm tra tại một trăm ba mươi hai (132) cơ sở; phát hiện mười chín (19) cơ sở vi phạm; xử phạt 241.750.000 đồng.',
             note='thường xuyên, đang thực hiện.'),
        dict(code='II.5.b', status='in_progress', ind={'samples_tested': 80},
             name='Khảo sát chất lượng sản phẩm, hàng hóa',
             result='Lấy tám mươi (80) mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát.',
             note='đang thực hiện, chờ kết quả thử nghiệm đợt 2.'),
     ],
     table=[
        ('Tập huấn, tọa đàm (mục 1)', [('Lớp, buổi', '06', 'lớp/buổi'), ('Người tham dự', '540', 'lượt người')]),
        ('Tập huấn công chức (mục 7)', [('Lớp', '02', 'lớp'), ('Công chức tham dự', '168', 'người')]),
        ('Kiểm tra (mục 9)', [('Cuộc kiểm tra', '14', 'cuộc'), ('Cơ sở được kiểm tra', '132', 'cơ sở'),
                              ('Cơ sở vi phạm', '19', 'cơ sở'), ('Tiền phạt', '241.750.000', 'đồng')]),
        ('Khảo sát (mục 10)', [('Mẫu', '80', 'mẫu')]),
     ],
     diffs=['Kinh phí khảo sát chất lượng năm 2026 chỉ đáp ứng khoảng một nửa số mẫu theo kế hoạch.',
            'Địa bàn sau hợp nhất rộng, nhân lực thanh tra, kiểm tra của Chi cục còn thiếu.'],
     props=['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng cho năm 2027.',
            'Đề nghị Sở chỉ đạo các phường, xã, đặc khu cử đầu mối phối hợp kiểm tra đo lường tại chợ.'],
     closing='Chi cục Tiêu chuẩn Đo lường Chất lượng kính báo cáo./.',
     noinhan='- Ban Giám đốc Sở (để b/c);\n- Lưu: VT, HC.', sigtitle='CHI CỤC TRƯỞNG', signer='Lê Hoàng Phúc'),
dict(file='BC KTPC CT38.docx', unit_id='SKHCN-KTPC', unit_name='Phòng Kiểm tra – Pháp chế',
     hdr1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', hdr2='PHÒNG KIỂM TRA – PHÁP CHẾ', number='245/BC-KTPC', date=D(2026, 10, 20),
     title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
     intro=['Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nội dung theo Kế hoạch như sau.'],
     tasks=[
        dict(code='II.2.c', status='completed', ind={},
             name='Góp ý dự thảo luật, văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng',
             result='Tổng hợp ý kiến góp ý hai dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) gửi Bộ Khoa học và Công nghệ.',
             note='hoàn thành ngày 12/6/2026.'),
        dict(code='II.4.b', status='completed', ind={},
             name='Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ',
             result='Phối hợp Chi cục rà soát danh mục theo Nghị định 135/2021/NĐ-CP, đề xuất bổ sung thiết bị đo nhanh.',
             note='hoàn thành ngày 15/7/2026.'),
        dict(code='II.5.a', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 21},
             name='Kiểm tra liên ngành về tiêu chuẩn, đo lường, chất lượng',
             result='Cử công chức tham gia ba (03) đoàn kiểm tra liên ngành tại hai mươi mốt (21) cơ sở kinh doanh.',
             note='thường xuyên, đang thực hiện.'),
        dict(code='II.5.b', status='in_progress', ind={},
             name='Khảo sát chất lượng sản phẩm, hàng hóa',
             result='Tham gia thẩm định kế hoạch khảo sát và xem xét kết quả thử nghiệm đợt 1.',
             note='đang thực hiện.'),
        dict(code='II.5.d', status='not_applicable', ind={},
             name='Bảo vệ người tố giác, xử lý hành vi tiêu cực',
             result='Trong kỳ không nhận được đơn thư tố giác liên quan.',
             note='không phát sinh.'),
     ],
     diffs=['Quy định chuyển tiếp giữa Luật Chất lượng sản phẩm, hàng hóa sửa đổi và các Nghị định cũ chưa rõ, khó áp dụng khi xử phạt.'],
     props=['Kiến nghị Bộ Khoa học và Công nghệ sớm ban hành văn bản hướng dẫn chuyển tiếp về xử phạt vi phạm hành chính.'],
     closing='Trên đây là báo cáo của Phòng Kiểm tra – Pháp chế./.',
     noinhan='- Chi cục TĐC (để tổng hợp);\n- Lưu: KTPC.', sigtitle='TRƯỞNG PHÒNG', signer='Võ Thị Thanh Thủy'),
dict(file='VPS_bao cao CT38.docx', unit_id='SKHCN-VP', unit_name='Văn phòng Sở Khoa học và Công nghệ',
     hdr1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', hdr2='VĂN PHÒNG SỞ', number='512/BC-VP', date=D(2026, 10, 21),
     title='Kết quả thực hiện nhiệm vụ của Văn phòng Sở\ntheo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
     intro=['Văn phòng Sở Khoa học và Công nghệ báo cáo các nội dung Văn phòng tham gia phối hợp như sau.'],
     tasks=[
        dict(code='II.2.đ', status='completed', ind={'budget_spent_vnd': 45000000},
             name='Duy trì, cải tiến hệ thống quản lý chất lượng tại Sở',
             result='Chủ trì rà soát, ban hành lại 62 quy trình nội bộ; thuê tư vấn đánh giá nội bộ với kinh phí bốn mươi lăm triệu đồng (45.000.000 đồng).',
             note='hoàn thành ngày 30/9/2026.'),
        dict(code='II.2.h', status='completed', ind={},
             name='Hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính',
             result='Phối hợp cấu hình quy trình điện tử các thủ tục lĩnh vực tiêu chuẩn, đo lường, chất lượng.',
             note='hoàn thành ngày 31/3/2026.'),
        dict(code='II.2.i', status='in_progress', ind={},
             name='Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
             result='Phối hợp Phòng Chuyển đổi số chuẩn hóa dữ liệu hồ sơ để kết nối.',
             note='thường xuyên, đang thực hiện.'),
        dict(code='II.4.a', status='in_progress', ind={'budget_spent_vnd': 1250000000},
             name='Đầu tư trang thiết bị cho đơn vị sự nghiệp',
             result='Thẩm định dự toán, kế hoạch lựa chọn nhà thầu mua sắm thiết bị cho Trung tâm; đã giải ngân một tỷ hai trăm năm mươi triệu đồng (1.250.000.000 đồng).',
             note='đang thực hiện.'),
        dict(code='II.5.d', status='not_applicable', ind={},
             name='Khen thưởng người tố giác vi phạm',
             result='Chưa có trường hợp đề nghị khen thưởng.',
             note='không phát sinh.'),
     ],
     diffs=['Thủ tục mua sắm thiết bị chuyên dùng kéo dài do phải lấy nhiều báo giá.'],
     props=['Đề nghị Chi cục và Trung tâm gửi sớm danh mục thiết bị năm 2027 để bố trí dự toán.'],
     closing='Văn phòng Sở báo cáo để Chi cục tổng hợp./.',
     noinhan='- Chi cục TĐC;\n- Lưu: VP.', sigtitle='CHÁNH VĂN PHÒNG', signer='Ngô Đức Trí'),
dict(file='STP-3561-BC.docx', unit_id='SO-TP', unit_name='Sở Tư pháp',
     hdr1='ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', hdr2='SỞ TƯ PHÁP', number='3561/BC-STP', date=D(2026, 10, 28),
     title='Kết quả tham gia thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\ncủa Sở Khoa học và Công nghệ',
     intro=['Theo đề nghị của Sở Khoa học và Công nghệ, Sở Tư pháp báo cáo kết quả tham gia thực hiện như sau.'],
     tasks=[
        dict(code='II.2.c', status='completed', ind={},
             name='Thẩm định, góp ý văn bản về tiêu chuẩn, đo lường, chất lượng',
             result='Thẩm định dự thảo Quyết định của Ủy ban nhân dân Thành phố về phân cấp quản lý đo lường cho phường, xã, đặc khu.',
             note='hoàn thành ngày 09/5/2026.'),
        dict(code='II.1.a', status='completed', ind={'communications': 15, 'training_courses': 1, 'participants': 120},
             name='Phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
             result='Đăng mười lăm (15) tin, bài trên Trang thông tin phổ biến pháp luật; phối hợp tổ chức một (01) hội nghị phổ biến với một trăm hai mươi (120) đại biểu.',
             note='hoàn thành ngày 15/7/2026.'),
        dict(code='II.2.đ', status='in_progress', ind={},
             name='Hệ thống quản lý chất lượng tại Sở Tư pháp',
             result='Đang cập nhật hệ thống theo TCVN ISO 9001:2015 sau khi tiếp nhận thêm nhiệm vụ.',
             note='đang thực hiện.'),
        dict(code='II.3.a', status='completed', ind={'participants': 2},
             name='Tham dự tập huấn nghiệp vụ',
             result='Cử hai (02) công chức dự lớp do Chi cục tổ chức.',
             note='hoàn thành ngày 25/9/2026.'),
     ],
     diffs=[],
     props=['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu phổ biến pháp luật về Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi).'],
     closing='Sở Tư pháp báo cáo để Sở Khoa học và Công nghệ tổng hợp./.',
     noinhan='- Sở KH&CN;\n- Lưu: VT, PBGDPL.', sigtitle='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Phạm Thị Lan Anh'),
]

# =================================================================== HAND E
# Võ Minh Trí - Excel: "Ngày hoàn thành" holds a real Excel date (blank when not done) and a
# "Vì sao chưa xong" column tells in-progress from not started; money also in words.
def hand_E(rep):
    wb = Workbook(); ws = wb.active; ws.title = rep['sheet']
    f = Font(name='Arial', size=10); fb = Font(name='Arial', size=10, bold=True)
    wrap = Alignment(wrap_text=True, vertical='top'); ctr = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws['A1'] = rep['hdr1']; ws['A2'] = rep['hdr2']; ws['A3'] = 'Số: ' + rep['number']
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = ngay(rep['date'], rep['place'])
    for c in ('A1', 'A2', 'A3', 'E1', 'E2', 'E3'): ws[c].font = fb if c in ('A2', 'E1', 'E2') else f
    ws['A5'] = 'BÁO CÁO TIẾN ĐỘ ' + rep['title']; ws['A5'].font = Font(name='Arial', size=12, bold=True)
    hdr = ['TT', 'Công việc', 'Kết quả thực hiện', 'Ngày hoàn thành', 'Vì sao chưa xong']
    hr = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(hr, j, h); c.font = fb; c.alignment = ctr; c.border = BOX
    r = hr + 1; entries = []
    for g in rep['groups']:
        ws.cell(r, 1, g['roman']).font = fb; ws.cell(r, 2, g['title']).font = fb
        for cc in range(1, 6): ws.cell(r, cc).border = BOX
        r += 1
        for i, tk in enumerate(g['tasks'], 1):
            ws.cell(r, 1, i); ws.cell(r, 2, tk['name']); ws.cell(r, 3, tk['result'])
            if tk['done']:
                c = ws.cell(r, 4, datetime.datetime(*tk['done'])); c.number_format = 'dd/mm/yyyy'
            ws.cell(r, 5, tk.get('why'))
            for cc in range(1, 6):
                c = ws.cell(r, cc); c.font = f; c.border = BOX
                c.alignment = ctr if cc in (1, 4) else wrap
            entries.append(E(tk['code'], tk['status'], tk['ind'], tk['name'] + ': ' + tk['result']))
            r += 1
    for col, w in zip('ABCDE', (5, 34, 48, 14, 30)): ws.column_dimensions[col].width = w
    r += 1
    ws.cell(r, 1, 'Vướng mắc').font = fb; r += 1
    for x in rep['diffs']: ws.cell(r, 2, x).font = f; r += 1
    ws.cell(r, 1, 'Đề nghị').font = fb; r += 1
    for x in rep['props']: ws.cell(r, 2, x).font = f; r += 1
    r += 1
    ws.cell(r, 4, rep['sigtitle']).font = fb; ws.cell(r + 4, 4, rep['signer']).font = fb
    path = os.path.join(OUT, rep['file']); wb.save(path)
    key(rep, entries, rep['diffs'], rep['props'])

E_REPORTS = [
dict(file='TTPT_tien do KH38.xlsx', sheet='Tiến độ', unit_id='SKHCN-TTPTTN',
     unit_name='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
     hdr1='SỞ KHOA HỌC VÀ CÔNG NGHỆ', hdr2='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH',
     number='688/BC-TTPT', date=D(2026, 10, 26), place='Thành phố Hồ Chí Minh',
     title='THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
     groups=[
        dict(roman='I', title='Nhiệm vụ Trung tâm chủ trì', tasks=[
            dict(code='II.4.a', status='in_progress', ind={'budget_spent_vnd': 3860000000},
                 name='Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, đo lường',
                 result='Đã nghiệm thu 07 thiết bị (máy sắc ký, tủ nhiệt, chuẩn áp suất); giải ngân 3.860.000.000 đồng (ba tỷ tám trăm sáu mươi triệu đồng).',
                 done=None, why='Gói thầu số 3 đang đấu thầu lại, dự kiến ký hợp đồng tháng 12/2026'),
        ]),
        dict(roman='II', title='Nhiệm vụ Trung tâm phối hợp', tasks=[
            dict(code='II.2.g', status='in_progress', ind={'instruments_verified': 12540, 'samples_tested': 3215},
                 name='Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
                 result='Kiểm định, hiệu chuẩn 12.540 phương tiện đo; thử nghiệm 3.215 mẫu; mở thêm lĩnh vực thử nghiệm phân bón.',
                 done=None, why='Làm thường xuyên, còn tiếp đến cuối năm'),
            dict(code='II.4.c', status='completed', ind={'instruments_verified': 18},
                 name='Duy trì, liên kết chuẩn đo lường chính',
                 result='Hiệu chuẩn liên kết 18 chuẩn chính tại Viện Đo lường Việt Nam.',
                 done=(2026, 9, 15), why=None),
        ]),
        dict(roman='III', title='Đào tạo, tập huấn', tasks=[
            dict(code='II.3.a', status='completed', ind={'training_courses': 3, 'participants': 9},
                 name='Cử viên chức dự các khóa đào tạo chuyên sâu',
                 result='9 viên chức dự 3 khóa (đo lường khối lượng, áp suất, ISO/IEC 17025).',
                 done=(2026, 6, 30), why=None),
            dict(code='II.3.d', status='completed', ind={'training_courses': 2, 'participants': 230},
                 name='Tập huấn cho sinh viên về đo lường, mã số mã vạch',
                 result='2 buổi tại Trường Cao đẳng Kỹ thuật Cao Thắng, 230 sinh viên.',
                 done=(2026, 5, 20), why=None),
            dict(code='II.3.b', status='not_started', ind={},
                 name='Tham gia mạng lưới tư vấn năng suất',
                 result='—',
                 done=None, why='Chưa làm: chờ Chi cục phân công chuyên gia'),
        ]),
     ],
     diffs=['Giá thiết bị nhập khẩu tăng, một số gói thầu không có nhà thầu tham dự.',
            'Thiếu kiểm định viên lĩnh vực lưu lượng.'],
     props=['Đề nghị Sở cho phép điều chỉnh dự toán gói thầu số 3.'],
     sigtitle='GIÁM ĐỐC', signer='Trương Công Danh'),
dict(file='BinhKhanh_KH38.xlsx', sheet='BC', unit_id='27667', unit_name='Xã Bình Khánh',
     hdr1='ỦY BAN NHÂN DÂN', hdr2='XÃ BÌNH KHÁNH', number='97/BC-UBND', date=D(2026, 10, 24), place='Bình Khánh',
     title='CÁC VIỆC CỦA XÃ THEO KẾ HOẠCH CT38 NĂM 2026',
     groups=[
        dict(roman='I', title='Tuyên truyền', tasks=[
            dict(code='II.1.a', status='completed', ind={'communications': 8},
                 name='Phát tin trên loa, đăng trang Zalo xã về cân đo, hàng giả',
                 result='08 tin', done=(2026, 8, 31), why=None),
        ]),
        dict(roman='II', title='Kiểm tra', tasks=[
            dict(code='II.5.c', status='completed',
                 ind={'inspections': 2, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 750000},
                 name='Phối hợp kiểm tra đo lường tại chợ Bình Khánh, bến phà',
                 result='02 cuộc; 14 cơ sở; 01 vi phạm; phạt 750.000 đồng (bảy trăm năm mươi nghìn đồng)',
                 done=(2026, 9, 30), why=None),
            dict(code='II.5.a', status='in_progress', ind={},
                 name='Kiểm tra hàng hóa tại các cửa hàng tạp hóa',
                 result='Đã lập danh sách 40 cửa hàng',
                 done=None, why='Đang phối hợp Đội Quản lý thị trường, dự kiến tháng 11'),
        ]),
        dict(roman='III', title='Khác', tasks=[
            dict(code='II.3.a', status='not_started', ind={},
                 name='Cử công chức dự tập huấn',
                 result='—', done=None, why='Chưa làm: chưa nhận được giấy mời lớp năm 2026'),
            dict(code='II.2.đ', status='completed', ind={},
                 name='Duy trì ISO 9001 ở bộ phận một cửa',
                 result='Đánh giá nội bộ, khắc phục 03 điểm chưa phù hợp', done=(2026, 7, 10), why=None),
        ]),
     ],
     diffs=['Công chức kinh tế kiêm nhiệm, không có dụng cụ kiểm tra.'],
     props=['Xin Chi cục mời xã dự lớp tập huấn năm 2027.'],
     sigtitle='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Nguyễn Thành Công'),
dict(file='SGDDT_BC_CT38_2026.xlsx', sheet='Báo cáo', unit_id='SO-GDDT', unit_name='Sở Giáo dục và Đào tạo',
     hdr1='ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', hdr2='SỞ GIÁO DỤC VÀ ĐÀO TẠO', number='5120/BC-SGDĐT', date=D(2026, 10, 29),
     place='Thành phố Hồ Chí Minh',
     title='THAM GIA KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
     groups=[
        dict(roman='I', title='Đào tạo, bồi dưỡng', tasks=[
            dict(code='II.3.d', status='completed', ind={'training_courses': 4, 'participants': 610},
                 name='Phối hợp tập huấn về tiêu chuẩn, đo lường, nhãn hàng hóa cho giáo viên, học sinh trường trung cấp',
                 result='4 lớp; 610 giáo viên, học sinh tham dự', done=(2026, 9, 12), why=None),
            dict(code='II.3.a', status='completed', ind={'participants': 6},
                 name='Cử công chức dự tập huấn nghiệp vụ',
                 result='6 công chức phòng Kế hoạch – Tài chính', done=(2026, 9, 25), why=None),
        ]),
        dict(roman='II', title='Tuyên truyền, quản lý', tasks=[
            dict(code='II.1.a', status='in_progress', ind={'communications': 22},
                 name='Tuyên truyền trong nhà trường về chất lượng đồ dùng học tập',
                 result='22 tin, bài trên cổng thông tin ngành', done=None, why='Đang làm tiếp đến hết năm học'),
            dict(code='II.2.đ', status='completed', ind={},
                 name='Duy trì ISO 9001:2015 tại cơ quan Sở',
                 result='Đánh giá nội bộ năm 2026', done=(2026, 8, 20), why=None),
            dict(code='II.5.a', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 16},
                 name='Phối hợp kiểm tra chất lượng đồ chơi, thiết bị dạy học',
                 result='2 đợt, 16 trường mầm non và cơ sở cung ứng', done=None, why='Đang làm, còn đợt 3'),
        ]),
     ],
     diffs=['Các trường chưa có cán bộ am hiểu về tiêu chuẩn, đo lường.'],
     props=['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu tuyên truyền phù hợp học sinh.'],
     sigtitle='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Lê Thụy Mỵ Châu'),
]

# =================================================================== build
if __name__ == '__main__':
    for rep in A_REPORTS: hand_A(rep)
    for rep in B_REPORTS:
        hand_B(rep, rejected='Báo cáo kết quả chuyển đổi số và Đề án 06, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng).' if 'Tang Nhon Phu' in rep['file'] else None)
    for rep in C_REPORTS:
        hand_C(rep, rejected='Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.' if 'NNMT' in rep['file'] else None)
    for rep in D_REPORTS: hand_D(rep)
    for rep in E_REPORTS: hand_E(rep)
    # two files re-saved through LibreOffice, as offices do
    lo_resave(os.path.join(OUT, 'Bao cao KH38 - xa Thanh An.docx'), 'docx')
    lo_resave(os.path.join(OUT, 'Bieu bao cao CT38 - SXD.xlsx'), 'xlsx')
    for k in KEYS:
        p = os.path.join(OUT, k['file'])
        k2 = {'file': k['file'], 'sha256': sha(p)}; k2.update({x: y for x, y in k.items() if x != 'file'})
        json.dump(k2, open(os.path.join(TRUTH, k['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')
