# -*- coding: utf-8 -*-
"""Generator for set122. Four hands (H1..H4), 16 files, 2 mistaken."""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': unit_name},
                       document={'number': number, 'date': date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)


def header_block(doc, left_lines, so, place_date, right_top=('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc')):
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    c = t.cell(0, 0); c.text = ''
    p = c.paragraphs[0]
    for i, l in enumerate(left_lines):
        r = p.add_run(l); r.bold = (i == len(left_lines) - 1); r.font.size = Pt(12)
        if i < len(left_lines) - 1:
            r.add_break()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); p = c.paragraphs[0]
    r = p.add_run(right_top[0]); r.bold = True; r.font.size = Pt(12); r.add_break()
    r = p.add_run(right_top[1]); r.bold = True; r.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = t.cell(1, 0).paragraphs[0]; p.add_run(so).font.size = Pt(13); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = t.cell(1, 1).paragraphs[0]; r = p.add_run(place_date); r.italic = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(doc, text='', bold=False, italic=False, align=None, indent_spaces=0, size=None, underline=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run((' ' * indent_spaces) + text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(doc, parts, align='j', first_indent=None):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi', 'u'"""
    p = doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if first_indent: p.paragraph_format.first_line_indent = Cm(first_indent)
    return p


def signature(doc, left_nn, right_lines, name):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    p = t.cell(0, 0).paragraphs[0]
    r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for l in left_nn:
        r.add_break(); r = p.add_run(l); r.font.size = Pt(11)
    p = t.cell(0, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for l in right_lines:
        r = p.add_run(l); r.bold = True; r.add_break()
    r.add_break(); r.add_break(); r.add_break()
    r = p.add_run(name); r.bold = True


# ------------------------------------------------------------------ H1
# Ward clerk (Word): bold sentence-case label ending with a full stop per job,
# Word automatic bullets ("List Bullet") under it, the FIRST bullet is the status,
# the rest tell what was done; lines indented with typed spaces; money "4,5 triệu đồng".

def h1(fname, s):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    header_block(doc, s['left'], s['so'], s['place_date'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, s['title'], bold=True, align='c')
    para(doc, '_______', align='c')
    para(doc, s['kg'], align='c')
    para(doc, s['intro'], align='j', indent_spaces=6)
    para(doc, s['h_kq'], bold=True)
    for it in s['items']:
        para(doc, it['label'], bold=True, indent_spaces=4)
        for b in [it['st']] + it['bul']:
            p = doc.add_paragraph(style='List Bullet')
            p.add_run(b)
    para(doc, s['h_kk'], bold=True)
    for d in s['diffs_text']:
        para(doc, d, indent_spaces=4, align='j')
    para(doc, s['h_dx'], bold=True)
    for d in s['props_text']:
        para(doc, d, indent_spaces=4, align='j')
    para(doc, s['closing'], indent_spaces=6, align='j')
    signature(doc, s['nn'], s['sign'], s['signer'])
    doc.save(os.path.join(OUT, fname))


h1('BC_CT38_PhuongGoVap_2026.docx', dict(
    left=['ỦY BAN NHÂN DÂN', 'PHƯỜNG GÒ VẤP'], so='Số: 412/BC-UBND',
    place_date='Gò Vấp, ngày 22 tháng 10 năm 2026',
    title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
    kg='Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).',
    intro='Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Gò Vấp báo cáo kết quả thực hiện tính đến ngày 20/10/2026 như sau:',
    h_kq='I. Kết quả thực hiện',
    items=[
        dict(label='1. Phối hợp kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu.',
             st='Đang làm – đã xong 02 đợt, đợt 3 dự kiến làm trong tháng 11/2026.',
             bul=['Phường phối hợp Đội Quản lý thị trường số 6 kiểm tra 02 đợt (tháng 4 và tháng 8) tại chợ Gò Vấp, chợ Hạnh Thông Tây và các cửa hàng xăng dầu trên đường Nguyễn Oanh, Quang Trung.',
                  'Tổng số cơ sở được kiểm tra: 23 cơ sở (19 hộ kinh doanh tại chợ và 04 cửa hàng xăng dầu).',
                  'Phát hiện 03 trường hợp vi phạm (cân sai số vượt mức cho phép), đã lập biên bản, chuyển xử phạt tổng số tiền 4,5 triệu đồng.']),
        dict(label='2. Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
             st='Đã làm xong.',
             bul=['Ngày 15/5/2026 Chủ tịch UBND phường ký Quyết định công bố lại Hệ thống quản lý chất lượng sau khi sắp xếp đơn vị hành chính.',
                  'Rà soát, cập nhật toàn bộ quy trình giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công phường.']),
        dict(label='3. Cử công chức dự tập huấn nghiệp vụ.',
             st='Đã làm xong.',
             bul=['Cử 04 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 18/6/2026.']),
        dict(label='4. Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng.',
             st='Không có phát sinh.',
             bul=['Trong kỳ phường chưa nhận được phản ánh, tố giác nào của người dân liên quan đến lĩnh vực này.']),
    ],
    h_kk='II. Khó khăn, vướng mắc',
    diffs_text=['- Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế, Hạ tầng và Đô thị kiêm nhiệm nhiều việc.',
                '- Trang thiết bị kiểm tra (cân chuẩn, quả cân) phường chưa có, mỗi đợt phải mượn của Đội Quản lý thị trường.'],
    h_dx='III. Đề xuất',
    props_text=['- Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại điểm cân đối chứng ở chợ Gò Vấp.'],
    closing='Trên đây là báo cáo của Ủy ban nhân dân phường Gò Vấp./.',
    nn=['- Sở KH&CN (qua Chi cục TĐC);', '- TT. Đảng ủy phường;', '- Lưu: VT, KT.'],
    sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer='Lê Văn Thành'))
key('BC_CT38_PhuongGoVap_2026.docx', '26884', 'Phường Gò Vấp', '412/BC-UBND', '2026-10-22', [
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 4500000},
     'Phường phối hợp Đội Quản lý thị trường số 6 kiểm tra 02 đợt … 23 cơ sở … 03 trường hợp vi phạm … 4,5 triệu đồng.'),
    ('II.2.đ', 'completed', {}, 'Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015. Đã làm xong.'),
    ('II.3.a', 'completed', {'participants': 4}, 'Cử 04 công chức … tham dự lớp tập huấn nghiệp vụ … do Chi cục tổ chức ngày 18/6/2026.'),
    ('II.5.d', 'not_applicable', {}, 'Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng. Không có phát sinh.'),
], ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế, Hạ tầng và Đô thị kiêm nhiệm nhiều việc.',
    'Trang thiết bị kiểm tra (cân chuẩn, quả cân) phường chưa có, mỗi đợt phải mượn của Đội Quản lý thị trường.'],
   ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại điểm cân đối chứng ở chợ Gò Vấp.'])

h1('LaiThieu_BC_KH38_T10.docx', dict(
    left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG LÁI THIÊU'], so='Số: 285/BC-UBND',
    place_date='Lái Thiêu, ngày 27 tháng 10 năm 2026',
    title='Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 trên địa bàn phường Lái Thiêu',
    kg='Kính gửi: Sở Khoa học và Công nghệ.',
    intro='Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; UBND phường Lái Thiêu báo cáo như sau:',
    h_kq='1. Kết quả',
    items=[
        dict(label='a) Kiểm tra đo lường, chất lượng trên địa bàn phường.',
             st='Đang làm, còn đợt kiểm tra cuối năm.',
             bul=['Tháng 5/2026 kiểm tra cân tại chợ Lái Thiêu: 41 hộ tiểu thương, có 02 cân sai vượt mức, đã nhắc nhở, yêu cầu thay cân.',
                  'Tháng 9/2026 phối hợp Đội QLTT kiểm tra 05 cửa hàng xăng dầu và 03 đại lý gas trên Quốc lộ 13, chưa phát hiện vi phạm.',
                  'Tổng cộng 02 đợt, 49 cơ sở được kiểm tra, 02 trường hợp vi phạm.']),
        dict(label='b) Hướng dẫn hộ sản xuất ghi nhãn, tự công bố sản phẩm.',
             st='Đã làm xong.',
             bul=['Phòng Kinh tế phường hướng dẫn 12 hộ sản xuất (bánh tráng, măng cụt sấy, chả lụa) thực hiện ghi nhãn hàng hóa và hồ sơ tự công bố sản phẩm.']),
        dict(label='c) Áp dụng ISO 9001 tại UBND phường.',
             st='Đang làm.',
             bul=['Đang chuyển các quy trình ISO sang môi trường điện tử theo mô hình ISO điện tử, dự kiến xong trong tháng 12/2026.']),
        dict(label='d) Cử cán bộ tập huấn chuyên môn.',
             st='Chưa làm được.',
             bul=['Trong năm chưa có lớp tập huấn dành cho công chức phường sau sắp xếp; phường sẽ cử cán bộ khi có thông báo.']),
    ],
    h_kk='2. Khó khăn',
    diffs_text=['Sau khi sáp nhập, địa bàn rộng, số hộ kinh doanh nhiều nhưng chỉ có 01 công chức theo dõi lĩnh vực này.'],
    h_dx='3. Kiến nghị',
    props_text=['Đề nghị Sở sớm tổ chức lớp tập huấn cho công chức phường, xã mới về quản lý đo lường, chất lượng.',
                'Đề nghị Chi cục TĐC cung cấp tài liệu hướng dẫn ghi nhãn để phát cho hộ sản xuất.'],
    closing='UBND phường Lái Thiêu báo cáo./.',
    nn=['- Như trên;', '- Lưu: VT.'],
    sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer='Trần Ngọc Phương'))
key('LaiThieu_BC_KH38_T10.docx', '25966', 'Phường Lái Thiêu', '285/BC-UBND', '2026-10-27', [
    ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 49, 'violations': 2},
     'Tổng cộng 02 đợt, 49 cơ sở được kiểm tra, 02 trường hợp vi phạm.'),
    ('II.2.d', 'completed', {'enterprises_supported': 12}, 'Phòng Kinh tế phường hướng dẫn 12 hộ sản xuất … ghi nhãn hàng hóa và hồ sơ tự công bố sản phẩm.'),
    ('II.2.đ', 'in_progress', {}, 'Áp dụng ISO 9001 tại UBND phường. Đang làm.'),
    ('II.3.a', 'not_started', {}, 'Cử cán bộ tập huấn chuyên môn. Chưa làm được.'),
], ['Sau khi sáp nhập, địa bàn rộng, số hộ kinh doanh nhiều nhưng chỉ có 01 công chức theo dõi lĩnh vực này.'],
   ['Đề nghị Sở sớm tổ chức lớp tập huấn cho công chức phường, xã mới về quản lý đo lường, chất lượng.',
    'Đề nghị Chi cục TĐC cung cấp tài liệu hướng dẫn ghi nhãn để phát cho hộ sản xuất.'])

h1('HocMon_baocao_chithi38.docx', dict(
    left=['ỦY BAN NHÂN DÂN', 'XÃ HÓC MÔN'], so='Số: 198/BC-UBND',
    place_date='Hóc Môn, ngày 30 tháng 10 năm 2026',
    title='Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026',
    kg='Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.',
    intro='Ủy ban nhân dân xã Hóc Môn báo cáo kết quả thực hiện các nội dung xã được phân công như sau:',
    h_kq='I. KẾT QUẢ THỰC HIỆN',
    items=[
        dict(label='1. Kiểm tra đo lường tại chợ, cửa hàng xăng dầu.',
             st='Đã làm xong kế hoạch kiểm tra năm 2026.',
             bul=['Xã thành lập Tổ kiểm tra liên ngành, kiểm tra 03 cuộc tại chợ Hóc Môn, chợ Bà Điểm và khu vực Ngã ba Giồng.',
                  'Kiểm tra 27 cơ sở, phát hiện 02 cơ sở vi phạm về đo lường, xử phạt 3.750.000đ.']),
        dict(label='2. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng.',
             st='Đang làm thường xuyên.',
             bul=['Đăng 08 tin, bài trên trang thông tin điện tử và nhóm Zalo của các ấp về cách nhận biết cân sai, mua xăng dầu đúng lượng.']),
        dict(label='3. ISO 9001 trong cơ quan hành chính.',
             st='Đã làm xong.',
             bul=['Xã đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 theo tên đơn vị mới.']),
        dict(label='4. Cử cán bộ tham dự tập huấn.',
             st='Đã làm xong.',
             bul=['Cử 03 công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức.']),
        dict(label='5. Khen thưởng, bảo vệ người tố giác vi phạm.',
             st='Không có phát sinh.',
             bul=[]),
    ],
    h_kk='II. KHÓ KHĂN, VƯỚNG MẮC',
    diffs_text=['- Xã chưa được giao kinh phí riêng cho hoạt động kiểm tra đo lường, chất lượng.',
                '- Nhiều hộ kinh doanh ở chợ tự phát không cố định nên khó kiểm tra, theo dõi.'],
    h_dx='III. ĐỀ XUẤT, KIẾN NGHỊ',
    props_text=['- Kiến nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể nội dung phân quyền cho cấp xã trong kiểm tra đo lường.'],
    closing='Trên đây là báo cáo của UBND xã Hóc Môn./.',
    nn=['- Như trên;', '- Lưu: VT, VP.'],
    sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer='Nguyễn Thị Bích Hạnh'))
key('HocMon_baocao_chithi38.docx', '27559', 'Xã Hóc Môn', '198/BC-UBND', '2026-10-30', [
    ('II.5.c', 'completed', {'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 3750000},
     'kiểm tra 03 cuộc … Kiểm tra 27 cơ sở, phát hiện 02 cơ sở vi phạm về đo lường, xử phạt 3.750.000đ.'),
    ('II.1.a', 'in_progress', {'communications': 8}, 'Đăng 08 tin, bài trên trang thông tin điện tử và nhóm Zalo …'),
    ('II.2.đ', 'completed', {}, 'Xã đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.'),
    ('II.3.a', 'completed', {'participants': 3}, 'Cử 03 công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức.'),
    ('II.5.d', 'not_applicable', {}, 'Khen thưởng, bảo vệ người tố giác vi phạm. Không có phát sinh.'),
], ['Xã chưa được giao kinh phí riêng cho hoạt động kiểm tra đo lường, chất lượng.',
    'Nhiều hộ kinh doanh ở chợ tự phát không cố định nên khó kiểm tra, theo dõi.'],
   ['Kiến nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể nội dung phân quyền cho cấp xã trong kiểm tra đo lường.'])

# mistaken file in H1's hand: Bình Giã sends its disaster-prevention report
h1('BinhGia_BC_9thang_2026.docx', dict(
    left=['ỦY BAN NHÂN DÂN', 'XÃ BÌNH GIÃ'], so='Số: 233/BC-UBND',
    place_date='Bình Giã, ngày 16 tháng 10 năm 2026',
    title='Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026',
    kg='Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.',
    intro='Ủy ban nhân dân xã Bình Giã báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 như sau:',
    h_kq='I. Kết quả',
    items=[
        dict(label='1. Kiện toàn Ban Chỉ huy phòng thủ dân sự xã.', st='Đã làm xong.',
             bul=['Ban hành Quyết định kiện toàn Ban Chỉ huy phòng thủ dân sự xã gồm 21 thành viên.']),
        dict(label='2. Tuyên truyền phòng, chống thiên tai mùa mưa bão.', st='Đang làm.',
             bul=['Phát 14 tin trên loa truyền thanh; phát 600 tờ rơi cho hộ dân vùng trũng ven suối.']),
        dict(label='3. Diễn tập phòng chống lụt bão.', st='Đã làm xong.',
             bul=['Tổ chức 01 buổi diễn tập ở ấp Bình Trung với 85 người tham gia.']),
        dict(label='4. Khắc phục hậu quả thiên tai.', st='Đang làm.',
             bul=['Mưa lốc ngày 07/8/2026 làm tốc mái 06 căn nhà, xã đã hỗ trợ 18 triệu đồng từ quỹ phòng chống thiên tai.']),
    ],
    h_kk='II. Khó khăn',
    diffs_text=['- Trang thiết bị cứu hộ, cứu nạn của xã còn thiếu.'],
    h_dx='III. Kiến nghị',
    props_text=['- Đề nghị Thành phố hỗ trợ xã 02 xuồng máy và áo phao.'],
    closing='UBND xã Bình Giã báo cáo./.',
    nn=['- Như trên;', '- Lưu: VT.'],
    sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer='Phạm Văn Hiếu'))
key('BinhGia_BC_9thang_2026.docx', '26590', 'Xã Bình Giã', '233/BC-UBND', '2026-10-16', [], [], [],
    status='rejected', reason='Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')


# ------------------------------------------------------------------ H2
# Excel activity log: one row per activity (not per task) with the date typed
# as text "dd.mm.yyyy", a "Việc" column holding the unit's own short job name,
# a "Số lượng | Đơn vị" pair (one figure per row), a "Tình trạng việc" column repeated
# on every row of the job, and an "Ý kiến" column where difficulties/proposals are
# typed on the row they concern, prefixed "Khó khăn:" / "Đề xuất:".

thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2(fname, s):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = s.get('sheet', 'Sheet1')
    ws['A1'] = s['unit_top']; ws['A2'] = s['unit']; ws['A2'].font = Font(bold=True)
    ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F1'].font = Font(bold=True)
    ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = s['so']; ws['F3'] = s['place_date']; ws['F3'].font = Font(italic=True)
    ws['A5'] = s['title']; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:H5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    if s.get('sub'):
        ws['A6'] = s['sub']; ws.merge_cells('A6:H6'); ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(italic=True)
    hdr = ['STT', 'Ngày', 'Nội dung hoạt động', 'Việc', 'Số lượng', 'Đơn vị', 'Tình trạng việc', 'Ý kiến']
    r0 = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9D9D9')
    r = r0 + 1; n = 0
    for row in s['rows']:
        n += 1
        vals = [n] + list(row)
        while len(vals) < 8: vals.append(None)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
            if j == 5 and isinstance(v, int) and v >= 1000:
                c.number_format = '#,##0'
        r += 1
    r += 1
    ws.cell(r, 6, s['sign1']).font = Font(bold=True); r += 4
    ws.cell(r, 6, s['signer']).font = Font(bold=True)
    ws.cell(r - 4, 1, 'Người lập biểu'); ws.cell(r, 1, s['maker'])
    for col, w in zip('ABCDEFGH', [5, 12, 48, 22, 10, 12, 16, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


h2('LongHai_theodoi_KH38_2026.xlsx', dict(
    unit_top='UBND XÃ LONG HẢI', unit='PHÒNG KINH TẾ', so='Số: 156/BC-UBND',
    place_date='Long Hải, ngày 24 tháng 10 năm 2026',
    title='DANH SÁCH HOẠT ĐỘNG THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 CỦA XÃ LONG HẢI',
    sub='(Kèm theo Báo cáo số 156/BC-UBND của UBND xã Long Hải)',
    rows=[
        ('12.03.2026 - 20.05.2026', 'Đăng tin, bài trên trang thông tin điện tử xã về cân đối chứng tại chợ, hướng dẫn người dân kiểm tra lại khối lượng hàng mua', 'Tuyên truyền', 5, 'tin, bài', 'Đang làm', None),
        ('15.04.2026', 'Phối hợp Đội QLTT kiểm tra cân tại chợ Long Hải và 06 cửa hàng xăng dầu', 'Kiểm tra ĐL - CL', 1, 'đợt', 'Đang làm',
         'Khó khăn: chợ Long Hải chưa có điểm cân đối chứng đạt yêu cầu.'),
        ('15.04.2026', 'Số cơ sở được kiểm tra (22 hộ tại chợ + 06 cửa hàng xăng dầu)', 'Kiểm tra ĐL - CL', 28, 'cơ sở', 'Đang làm', None),
        ('15.04.2026', 'Trường hợp vi phạm (cân sai)', 'Kiểm tra ĐL - CL', 1, 'trường hợp', 'Đang làm', None),
        ('15.04.2026', 'Tiền phạt', 'Kiểm tra ĐL - CL', 2000000, 'đồng', 'Đang làm',
         'Đề xuất: Chi cục TĐC hỗ trợ xã thiết lập điểm cân đối chứng tại chợ Long Hải.'),
        ('08.06.2026', 'Cử công chức dự lớp tập huấn của Chi cục TĐC', 'Tập huấn', 2, 'người', 'Đã xong', None),
        ('30.06.2026', 'Công bố lại HTQLCL theo TCVN ISO 9001:2015 sau sắp xếp', 'ISO hành chính', None, None, 'Đã xong', None),
        ('30.09.2026', 'Tiếp nhận tố giác vi phạm đo lường, chất lượng', 'Tố giác', None, None, 'Không phát sinh', None),
    ],
    sign1='TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Võ Thành Nam', maker='Đặng Thị Thu'))
key('LongHai_theodoi_KH38_2026.xlsx', '26662', 'Xã Long Hải', '156/BC-UBND', '2026-10-24', [
    ('II.1.a', 'in_progress', {'communications': 5}, 'Đăng tin, bài trên trang thông tin điện tử xã về cân đối chứng tại chợ …: 5 tin, bài (Tuyên truyền, Đang làm)'),
    ('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 28, 'violations': 1, 'fines_vnd': 2000000},
     'Phối hợp Đội QLTT kiểm tra cân tại chợ Long Hải và 06 cửa hàng xăng dầu: 1 đợt, 28 cơ sở, 1 trường hợp, 2.000.000 đồng'),
    ('II.3.a', 'completed', {'participants': 2}, 'Cử công chức dự lớp tập huấn của Chi cục TĐC: 2 người, Đã xong'),
    ('II.2.đ', 'completed', {}, 'Công bố lại HTQLCL theo TCVN ISO 9001:2015 sau sắp xếp: Đã xong'),
    ('II.5.d', 'not_applicable', {}, 'Tiếp nhận tố giác vi phạm đo lường, chất lượng: Không phát sinh'),
], ['chợ Long Hải chưa có điểm cân đối chứng đạt yêu cầu.'],
   ['Chi cục TĐC hỗ trợ xã thiết lập điểm cân đối chứng tại chợ Long Hải.'])

h2('TangNhonPhu_hoatdong_CT38.xlsx', dict(
    unit_top='UBND PHƯỜNG TĂNG NHƠN PHÚ', unit='VĂN PHÒNG HĐND VÀ UBND', so='Số: 367/BC-UBND',
    place_date='Tăng Nhơn Phú, ngày 21 tháng 10 năm 2026',
    title='DANH SÁCH HOẠT ĐỘNG THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026',
    rows=[
        ('05.02.2026', 'Đăng bài trên Fanpage phường về quyền lợi người tiêu dùng khi mua hàng có cân', 'Tuyên truyền', 4, 'bài', 'Đang làm', None),
        ('22.03.2026', 'Kiểm tra cân, thước tại chợ Tăng Nhơn Phú A, chợ Phước Long B', 'Kiểm tra đo lường chợ', 2, 'cuộc', 'Đã xong', None),
        ('22.03.2026', 'Số hộ kinh doanh được kiểm tra', 'Kiểm tra đo lường chợ', 35, 'hộ', 'Đã xong', None),
        ('22.03.2026', 'Số hộ vi phạm (cân không đạt, không có dấu kiểm định)', 'Kiểm tra đo lường chợ', 4, 'hộ', 'Đã xong',
         'Khó khăn: tiểu thương dùng cân trôi nổi, không rõ nguồn gốc, phạt xong lại tái phạm.'),
        ('22.03.2026', 'Xử phạt vi phạm hành chính', 'Kiểm tra đo lường chợ', 6000000, 'đồng', 'Đã xong', None),
        ('10.07.2026', 'Hướng dẫn cơ sở sản xuất trong khu phố 12 đăng ký mã số mã vạch, ghi nhãn', 'Hỗ trợ cơ sở SX', 7, 'cơ sở', 'Đang làm',
         'Đề xuất: Chi cục TĐC mở lớp hướng dẫn mã số mã vạch ngay tại phường cho hộ sản xuất nhỏ.'),
        ('15.08.2026', 'Duy trì ISO điện tử tại Trung tâm phục vụ hành chính công phường', 'ISO 9001', None, None, 'Đang làm', None),
        ('28.09.2026', 'Cử công chức đi tập huấn', 'Tập huấn', None, None, 'Chưa làm',
         'Khó khăn: chưa nhận được thông báo chiêu sinh lớp tập huấn năm 2026.'),
    ],
    sign1='KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signer='Huỳnh Quốc Bảo', maker='Lý Thị Mỹ Linh'))
key('TangNhonPhu_hoatdong_CT38.xlsx', '26842', 'Phường Tăng Nhơn Phú', '367/BC-UBND', '2026-10-21', [
    ('II.1.a', 'in_progress', {'communications': 4}, 'Đăng bài trên Fanpage phường …: 4 bài, Đang làm'),
    ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 35, 'violations': 4, 'fines_vnd': 6000000},
     'Kiểm tra cân, thước tại chợ …: 2 cuộc; 35 hộ; 4 hộ vi phạm; 6.000.000 đồng; Đã xong'),
    ('II.2.d', 'in_progress', {'enterprises_supported': 7}, 'Hướng dẫn cơ sở sản xuất … đăng ký mã số mã vạch, ghi nhãn: 7 cơ sở, Đang làm'),
    ('II.2.đ', 'in_progress', {}, 'Duy trì ISO điện tử tại Trung tâm phục vụ hành chính công phường: Đang làm'),
    ('II.3.a', 'not_started', {}, 'Cử công chức đi tập huấn: Chưa làm'),
], ['tiểu thương dùng cân trôi nổi, không rõ nguồn gốc, phạt xong lại tái phạm.',
    'chưa nhận được thông báo chiêu sinh lớp tập huấn năm 2026.'],
   ['Chi cục TĐC mở lớp hướng dẫn mã số mã vạch ngay tại phường cho hộ sản xuất nhỏ.'])

h2('SoCongThuong_HoatDong_CT38_2026.xlsx', dict(
    unit_top='UBND THÀNH PHỐ HỒ CHÍ MINH', unit='SỞ CÔNG THƯƠNG', so='Số: 9214/BC-SCT',
    place_date='Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
    title='DANH SÁCH HOẠT ĐỘNG CỦA SỞ CÔNG THƯƠNG THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    rows=[
        ('19.03.2026', 'Phối hợp Chi cục TĐC tổ chức tọa đàm với doanh nghiệp nhập khẩu về kiểm tra chất lượng hàng nhập khẩu', 'Tọa đàm DN nhập khẩu', 1, 'buổi', 'Đã xong', None),
        ('19.03.2026', 'Đại biểu doanh nghiệp tham dự tọa đàm', 'Tọa đàm DN nhập khẩu', 85, 'lượt người', 'Đã xong', None),
        ('01.01.2026 - 30.09.2026', 'Chi cục QLTT kiểm tra chất lượng xăng dầu, khí, mũ bảo hiểm, đồ chơi trẻ em lưu thông trên thị trường', 'Kiểm tra hàng hóa', 14, 'cuộc', 'Đang làm',
         'Khó khăn: lực lượng QLTT mỏng sau sắp xếp, địa bàn rộng (thêm Bình Dương, Bà Rịa - Vũng Tàu cũ).'),
        ('01.01.2026 - 30.09.2026', 'Số cơ sở được kiểm tra', 'Kiểm tra hàng hóa', 126, 'cơ sở', 'Đang làm', None),
        ('01.01.2026 - 30.09.2026', 'Số cơ sở vi phạm', 'Kiểm tra hàng hóa', 19, 'cơ sở', 'Đang làm', None),
        ('01.01.2026 - 30.09.2026', 'Tiền phạt đã xử lý', 'Kiểm tra hàng hóa', 187500000, 'đồng', 'Đang làm',
         'Đề xuất: Sở KH&CN chia sẻ kết quả khảo sát chất lượng hàng hóa để QLTT có cơ sở lập kế hoạch kiểm tra.'),
        ('14.07.2026', 'Góp ý dự thảo QCVN về xăng, dầu, khí và QCVN về an toàn thiết bị điện', 'Góp ý quy chuẩn', 3, 'dự thảo', 'Đã xong', None),
        ('30.06.2026', 'Duy trì HTQLCL TCVN ISO 9001:2015 tại Sở', 'ISO 9001', None, None, 'Đã xong', None),
    ],
    sign1='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Nguyễn Phương Đông', maker='Trịnh Minh Tâm'))
key('SoCongThuong_HoatDong_CT38_2026.xlsx', 'SO-CT', 'Sở Công Thương', '9214/BC-SCT', '2026-10-28', [
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 85}, 'Phối hợp Chi cục TĐC tổ chức tọa đàm với doanh nghiệp nhập khẩu: 1 buổi, 85 lượt người'),
    ('II.5.a', 'in_progress', {'inspections': 14, 'establishments_inspected': 126, 'violations': 19, 'fines_vnd': 187500000},
     'Chi cục QLTT kiểm tra chất lượng xăng dầu, khí …: 14 cuộc, 126 cơ sở, 19 cơ sở vi phạm, 187.500.000 đồng'),
    ('II.2.e', 'completed', {'standards_reviewed': 3}, 'Góp ý dự thảo QCVN về xăng, dầu, khí và QCVN về an toàn thiết bị điện: 3 dự thảo'),
    ('II.2.đ', 'completed', {}, 'Duy trì HTQLCL TCVN ISO 9001:2015 tại Sở: Đã xong'),
], ['lực lượng QLTT mỏng sau sắp xếp, địa bàn rộng (thêm Bình Dương, Bà Rịa - Vũng Tàu cũ).'],
   ['Sở KH&CN chia sẻ kết quả khảo sát chất lượng hàng hóa để QLTT có cơ sở lập kế hoạch kiểm tra.'])

h2('SoNNMT_CT38_hoat_dong.xlsx', dict(
    unit_top='UBND THÀNH PHỐ HỒ CHÍ MINH', unit='SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', so='Số: 7781/SNNMT-KHTC',
    place_date='Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
    title='DANH SÁCH HOẠT ĐỘNG THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG)',
    sheet='HoatDong',
    rows=[
        ('04.2026 - 09.2026', 'Kiểm tra vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi)', 'Kiểm tra chất lượng vật tư NN', 9, 'cuộc', 'Đang làm', None),
        ('04.2026 - 09.2026', 'Cơ sở kinh doanh vật tư được kiểm tra', 'Kiểm tra chất lượng vật tư NN', 64, 'cơ sở', 'Đang làm', None),
        ('04.2026 - 09.2026', 'Mẫu phân bón, thức ăn chăn nuôi lấy kiểm nghiệm', 'Kiểm tra chất lượng vật tư NN', 38, 'mẫu', 'Đang làm',
         'Khó khăn: chi phí kiểm nghiệm mẫu cao, kinh phí giao chưa đủ.'),
        ('04.2026 - 09.2026', 'Cơ sở vi phạm', 'Kiểm tra chất lượng vật tư NN', 7, 'cơ sở', 'Đang làm', None),
        ('04.2026 - 09.2026', 'Tiền phạt', 'Kiểm tra chất lượng vật tư NN', 96000000, 'đồng', 'Đang làm', None),
        ('18.05.2026', 'Góp ý dự thảo QCVN và quy chuẩn kỹ thuật địa phương về nước sạch, phân bón', 'Góp ý quy chuẩn', 5, 'văn bản', 'Đã xong', None),
        ('06.2026 - 10.2026', 'Hướng dẫn HTX, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc (tem QR) cho sản phẩm', 'Truy xuất nguồn gốc', 17, 'HTX, DN', 'Đang làm',
         'Đề xuất: Sở KH&CN thống nhất một nền tảng truy xuất nguồn gốc dùng chung toàn Thành phố.'),
        ('30.10.2026', 'Chuyển đổi HTQLCL ISO sang mô hình ISO điện tử', 'ISO 9001', None, None, 'Đang làm', None),
    ],
    sign1='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Trần Văn Lợi', maker='Phạm Hoài An'))
key('SoNNMT_CT38_hoat_dong.xlsx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '7781/SNNMT-KHTC', '2026-10-31', [
    ('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 64, 'samples_tested': 38, 'violations': 7, 'fines_vnd': 96000000},
     'Kiểm tra vật tư nông nghiệp: 9 cuộc, 64 cơ sở, 38 mẫu, 7 cơ sở vi phạm, 96.000.000 đồng'),
    ('II.2.e', 'completed', {'standards_reviewed': 5}, 'Góp ý dự thảo QCVN và quy chuẩn kỹ thuật địa phương …: 5 văn bản'),
    ('II.2.a', 'in_progress', {'enterprises_supported': 17}, 'Hướng dẫn HTX, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc: 17 HTX, DN'),
    ('II.2.đ', 'in_progress', {}, 'Chuyển đổi HTQLCL ISO sang mô hình ISO điện tử: Đang làm'),
], ['chi phí kiểm nghiệm mẫu cao, kinh phí giao chưa đủ.'],
   ['Sở KH&CN thống nhất một nền tảng truy xuất nguồn gốc dùng chung toàn Thành phố.'])


# ------------------------------------------------------------------ H3
# Department report (Word): each job is an underlined title carrying a bracketed
# role tag "[Sở chủ trì]" / "[Sở phối hợp]" / "[đơn vị chủ trì]", one or two body
# paragraphs with money written "15.000.000 đồng (mười lăm triệu đồng)", then a
# separate line "Trạng thái: …" in plain text. Difficulties and proposals as
# "a) b)" items.

def h3(fname, s):
    doc = Document(); set_font(doc, 'Times New Roman', 14)
    header_block(doc, s['left'], s['so'], s['place_date'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, s['title'], bold=True, align='c')
    para(doc, s['intro'], align='j')
    for sec in s['sections']:
        para(doc, sec['h'], bold=True)
        for it in sec.get('items', []):
            runs(doc, [(it['t'], 'u'), ('  ' + it['tag'], 'i')], align=None)
            for b in it['body']:
                para(doc, b, align='j').paragraph_format.first_line_indent = Cm(1)
            if it.get('st'):
                para(doc, 'Trạng thái: ' + it['st']).paragraph_format.first_line_indent = Cm(1)
        for b in sec.get('paras', []):
            para(doc, b, align='j').paragraph_format.first_line_indent = Cm(1)
    para(doc, s['closing'], align='j')
    signature(doc, s['nn'], s['sign'], s['signer'])
    doc.save(os.path.join(OUT, fname))


h3('SYT_BaoCao_KH38_nam2026.docx', dict(
    left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ'], so='Số: 6120/BC-SYT',
    place_date='Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
    title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ',
    intro='Sở Y tế nhận được đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:',
    sections=[
        dict(h='I. KẾT QUẢ THỰC HIỆN', items=[
            dict(t='1. Kiểm tra phương tiện đo, trang thiết bị y tế tại cơ sở khám bệnh, chữa bệnh', tag='[Sở phối hợp]',
                 body=['Thanh tra Sở Y tế phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc kiểm định phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại 04 cuộc kiểm tra với 37 cơ sở khám bệnh, chữa bệnh tư nhân.',
                       'Qua kiểm tra phát hiện 02 cơ sở sử dụng phương tiện đo quá hạn kiểm định; đã ban hành quyết định xử phạt với tổng số tiền 15.000.000 đồng (mười lăm triệu đồng).'],
                 st='đang tiếp tục thực hiện theo kế hoạch thanh tra năm.'),
            dict(t='2. Góp ý quy chuẩn kỹ thuật quốc gia', tag='[Sở phối hợp]',
                 body=['Sở đã có văn bản góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia liên quan đến trang thiết bị y tế và nước dùng cho mục đích sinh hoạt theo đề nghị của Bộ Y tế và Sở Khoa học và Công nghệ.'],
                 st='đã hoàn tất.'),
            dict(t='3. Duy trì Hệ thống quản lý chất lượng tại cơ quan Sở', tag='[Sở chủ trì]',
                 body=['Sở tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền; thực hiện đánh giá nội bộ tháng 9/2026.'],
                 st='đã hoàn tất.'),
            dict(t='4. Cử cán bộ tham gia tập huấn', tag='[Sở phối hợp]',
                 body=['Cử 06 công chức, viên chức tham dự lớp tập huấn kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.'],
                 st='đã hoàn tất.'),
            dict(t='5. Cập nhật các điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng', tag='[Sở phối hợp]',
                 body=['Trong kỳ không phát sinh nội dung liên quan đến lĩnh vực y tế.'],
                 st='không phát sinh.'),
        ]),
        dict(h='II. KHÓ KHĂN, VƯỚNG MẮC', paras=[
            'a) Nhiều cơ sở khám bệnh, chữa bệnh nhỏ lẻ chưa nắm rõ danh mục phương tiện đo nhóm 2 phải kiểm định.']),
        dict(h='III. KIẾN NGHỊ', paras=[
            'a) Đề nghị Sở Khoa học và Công nghệ phối hợp biên soạn tài liệu hướng dẫn về kiểm định phương tiện đo dùng trong y tế.',
            'b) Đề nghị Chi cục TĐC thông báo sớm kế hoạch kiểm tra liên ngành năm 2027 để Sở Y tế bố trí lực lượng.']),
    ],
    closing='Trên đây là báo cáo của Sở Y tế, kính gửi Sở Khoa học và Công nghệ tổng hợp./.',
    nn=['- Sở KH&CN;', '- Ban Giám đốc Sở;', '- Lưu: VT, TTra.'],
    sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer='Nguyễn Văn Vĩnh Châu'))
key('SYT_BaoCao_KH38_nam2026.docx', 'SO-YT', 'Sở Y tế', '6120/BC-SYT', '2026-10-29', [
    ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 37, 'violations': 2, 'fines_vnd': 15000000},
     'kiểm tra việc kiểm định phương tiện đo … 04 cuộc kiểm tra với 37 cơ sở … 02 cơ sở … 15.000.000 đồng'),
    ('II.2.e', 'completed', {'standards_reviewed': 2}, 'Sở đã có văn bản góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia …'),
    ('II.2.đ', 'completed', {}, 'Sở tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 …'),
    ('II.3.a', 'completed', {'participants': 6}, 'Cử 06 công chức, viên chức tham dự lớp tập huấn …'),
    ('II.6.a', 'not_applicable', {}, 'Trong kỳ không phát sinh nội dung liên quan đến lĩnh vực y tế.'),
], ['Nhiều cơ sở khám bệnh, chữa bệnh nhỏ lẻ chưa nắm rõ danh mục phương tiện đo nhóm 2 phải kiểm định.'],
   ['Đề nghị Sở Khoa học và Công nghệ phối hợp biên soạn tài liệu hướng dẫn về kiểm định phương tiện đo dùng trong y tế.',
    'Đề nghị Chi cục TĐC thông báo sớm kế hoạch kiểm tra liên ngành năm 2027 để Sở Y tế bố trí lực lượng.'])

h3('SoGDDT_bc_chithi38_2026.docx', dict(
    left=['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], so='Số: 5402/BC-SGDĐT',
    place_date='Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026',
    title='Về kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
    intro='Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung có liên quan như sau:',
    sections=[
        dict(h='1. Kết quả', items=[
            dict(t='1.1. Đưa kiến thức tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa', tag='[Sở phối hợp]',
                 body=['Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 buổi chuyên đề ngoại khóa về mã số mã vạch, nhãn hàng hóa, truy xuất nguồn gốc cho học sinh, sinh viên các trường trung cấp, cao đẳng trực thuộc, thu hút 420 lượt học sinh, sinh viên tham dự.',
                       'Học kỳ I năm học 2026 - 2027 tiếp tục tổ chức tại các trường còn lại.'],
                 st='đang tiếp tục thực hiện.'),
            dict(t='1.2. Góp ý quy chuẩn kỹ thuật về thiết bị trường học', tag='[Sở phối hợp]',
                 body=['Góp ý 01 dự thảo quy chuẩn kỹ thuật quốc gia về bàn ghế học sinh theo đề nghị của Bộ Giáo dục và Đào tạo.'],
                 st='đã hoàn tất.'),
            dict(t='1.3. Áp dụng ISO 9001 tại cơ quan Sở', tag='[Sở chủ trì]',
                 body=['Duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đã thực hiện đánh giá nội bộ, xem xét của lãnh đạo năm 2026.'],
                 st='đã hoàn tất.'),
            dict(t='1.4. Cử cán bộ tham gia tập huấn nghiệp vụ', tag='[Sở phối hợp]',
                 body=['Do trùng thời gian tổng kết năm học nên Sở chưa cử được công chức tham dự lớp tập huấn của Chi cục.'],
                 st='chưa thực hiện.'),
        ]),
        dict(h='2. Khó khăn, vướng mắc', paras=[
            'a) Chương trình chính khóa không có thời lượng riêng cho nội dung tiêu chuẩn, đo lường, chất lượng; chỉ lồng ghép được trong hoạt động ngoại khóa.']),
        dict(h='3. Đề xuất', paras=[
            'a) Đề nghị Chi cục TĐC cung cấp tài liệu, báo cáo viên cho các buổi ngoại khóa tại trường.']),
    ],
    closing='Sở Giáo dục và Đào tạo báo cáo để Sở Khoa học và Công nghệ tổng hợp./.',
    nn=['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, GDNN.'],
    sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer='Lê Thụy Mỵ Châu'))
key('SoGDDT_bc_chithi38_2026.docx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '5402/BC-SGDĐT', '2026-11-03', [
    ('II.3.d', 'in_progress', {'training_courses': 3, 'participants': 420},
     'tổ chức 03 buổi chuyên đề ngoại khóa … cho học sinh, sinh viên các trường trung cấp, cao đẳng …, thu hút 420 lượt'),
    ('II.2.e', 'completed', {'standards_reviewed': 1}, 'Góp ý 01 dự thảo quy chuẩn kỹ thuật quốc gia về bàn ghế học sinh'),
    ('II.2.đ', 'completed', {}, 'Duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015'),
    ('II.3.a', 'not_started', {}, 'Sở chưa cử được công chức tham dự lớp tập huấn của Chi cục.'),
], ['Chương trình chính khóa không có thời lượng riêng cho nội dung tiêu chuẩn, đo lường, chất lượng; chỉ lồng ghép được trong hoạt động ngoại khóa.'],
   ['Đề nghị Chi cục TĐC cung cấp tài liệu, báo cáo viên cho các buổi ngoại khóa tại trường.'])

# mistaken: Sở Xây dựng sends its quarterly administrative-reform report
h3('SXD_BC_CCHC_quyIII_2026.docx', dict(
    left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'], so='Số: 11873/BC-SXD',
    place_date='Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026',
    title='Kết quả thực hiện công tác cải cách hành chính quý III năm 2026',
    intro='Sở Xây dựng báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2026 như sau:',
    sections=[
        dict(h='I. KẾT QUẢ THỰC HIỆN', items=[
            dict(t='1. Cải cách thủ tục hành chính', tag='[Sở chủ trì]',
                 body=['Tiếp nhận 18.412 hồ sơ thủ tục hành chính, đã giải quyết đúng hạn 18.105 hồ sơ (đạt 98,3%); rà soát, đề xuất đơn giản hóa 07 thủ tục.'],
                 st='đang tiếp tục thực hiện.'),
            dict(t='2. Cải cách tổ chức bộ máy', tag='[Sở chủ trì]',
                 body=['Hoàn thành sắp xếp các phòng chuyên môn theo quy định mới.'],
                 st='đã hoàn tất.'),
            dict(t='3. Chuyển đổi số trong giải quyết thủ tục', tag='[Sở chủ trì]',
                 body=['Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 86%.'],
                 st='đang tiếp tục thực hiện.'),
        ]),
        dict(h='II. KHÓ KHĂN, VƯỚNG MẮC', paras=['a) Hệ thống phần mềm một cửa còn lỗi khi liên thông với Cổng dịch vụ công quốc gia.']),
        dict(h='III. ĐỀ XUẤT', paras=['a) Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính.']),
    ],
    closing='Sở Xây dựng báo cáo./.',
    nn=['- Sở Nội vụ;', '- Lưu: VT, VP.'],
    sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer='Võ Văn Hoàng'))
key('SXD_BC_CCHC_quyIII_2026.docx', 'SO-XD', 'Sở Xây dựng', '11873/BC-SXD', '2026-10-20', [], [], [],
    status='rejected', reason='Báo cáo công tác cải cách hành chính quý III/2026 của Sở Xây dựng, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).')

h3('PhongQLKH_BC_KH38_2026.docx', dict(
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'], so='Số: 74/BC-QLKH',
    place_date='Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
    title='Kết quả thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
    intro='Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:',
    sections=[
        dict(h='I. KẾT QUẢ', items=[
            dict(t='1. Thu hút chuyên gia, nhà khoa học trong lĩnh vực tiêu chuẩn, đo lường, chất lượng', tag='[đơn vị chủ trì]',
                 body=['Phòng đã tham mưu Sở thông báo nhu cầu thu hút theo Quyết định số 05/2026/QĐ-UBND; đã tiếp nhận 03 hồ sơ đăng ký của chuyên gia về đo lường, hiện đang thẩm định hồ sơ.'],
                 st='đang tiếp tục thực hiện.'),
            dict(t='2. Tọa đàm phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)', tag='[đơn vị phối hợp]',
                 body=['Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 tọa đàm phổ biến các quy định mới của Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) cho doanh nghiệp khoa học và công nghệ ngày 24/6/2026 với 130 đại biểu tham dự.'],
                 st='đã hoàn tất.'),
            dict(t='3. Hợp tác với Tổ chức Năng suất Châu Á (APO)', tag='[đơn vị phối hợp]',
                 body=['Trong năm chưa có yêu cầu phối hợp.'],
                 st='không phát sinh.'),
        ]),
        dict(h='II. KHÓ KHĂN', paras=['a) Mức thu nhập thu hút theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường có trình độ cao.']),
        dict(h='III. ĐỀ XUẤT', paras=['a) Đề nghị Chi cục TĐC phối hợp xây dựng danh mục vị trí chuyên gia cần thu hút trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.']),
    ],
    closing='Phòng Quản lý Khoa học báo cáo./.',
    nn=['- Chi cục TĐC (tổng hợp);', '- Lưu: QLKH.'],
    sign=['TRƯỞNG PHÒNG'], signer='Đoàn Kim Thành'))
key('PhongQLKH_BC_KH38_2026.docx', 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '74/BC-QLKH', '2026-10-26', [
    ('II.3.c', 'in_progress', {}, 'đã tiếp nhận 03 hồ sơ đăng ký của chuyên gia về đo lường, hiện đang thẩm định hồ sơ.'),
    ('II.1.a', 'completed', {'training_courses': 1, 'participants': 130}, 'tổ chức 01 tọa đàm phổ biến các quy định mới của Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) … 130 đại biểu'),
    ('II.6.b', 'not_applicable', {}, 'Hợp tác với Tổ chức Năng suất Châu Á (APO): Trong năm chưa có yêu cầu phối hợp.'),
], ['Mức thu nhập thu hút theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường có trình độ cao.'],
   ['Đề nghị Chi cục TĐC phối hợp xây dựng danh mục vị trí chuyên gia cần thu hút trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.'])


# ------------------------------------------------------------------ H4
# The Sở's own units. Word: plain paragraphs under Word "Heading 3" headings that
# name the *plan group* in the unit's words ("Về tuyên truyền", "Về kiểm tra"); within
# a group, each job is one paragraph whose status is only the verb's aspect marker
# ("đã tổ chức xong", "đang tiếp tục", "chưa triển khai") and whose figures follow in a
# closing "(số liệu: …)" bracket with commas; money "96,5 triệu đồng".
# Excel: sheet "BaoCao" "Mục KH | Nội dung thực hiện | Số liệu | Nhận xét" where Số liệu is
# a text "label: value" string and Nhận xét is a short verb phrase.

def h4doc(fname, s):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    header_block(doc, s['left'], s['so'], s['place_date'])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, s['title'], bold=True, align='c')
    para(doc, s['intro'], align='j')
    for h, level, ps in s['blocks']:
        if level:
            doc.add_heading(h, level=level)
        elif h:
            para(doc, h, bold=True)
        for ptxt in ps:
            para(doc, ptxt, align='j').paragraph_format.first_line_indent = Cm(1)
    para(doc, s['closing'], align='j')
    signature(doc, s['nn'], s['sign'], s['signer'])
    doc.save(os.path.join(OUT, fname))


h4doc('ChiCucTDC_BC_thuchien_KH38_2026.docx', dict(
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], so='Số: 1536/BC-TĐC',
    place_date='Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
    title='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần nhiệm vụ Chi cục chủ trì)',
    intro='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo Giám đốc Sở kết quả thực hiện các nhiệm vụ Chi cục chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, số liệu tính đến ngày 25/10/2026, như sau:',
    blocks=[
        ('I. KẾT QUẢ THỰC HIỆN', 0, []),
        ('1. Về tuyên truyền, phổ biến', 3, [
            'Chi cục đã tổ chức xong các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp tại khu vực trung tâm, Thủ Dầu Một và Bà Rịa, kèm theo buổi tọa đàm với doanh nghiệp nhập khẩu tháng 4/2026 (số liệu: 06 lớp và tọa đàm, trong đó 05 lớp tập huấn và 01 tọa đàm, 412 lượt học viên, đại biểu).',
            'Chi cục đã vận động, hướng dẫn xong các doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026 (số liệu: 09 doanh nghiệp được hướng dẫn hồ sơ, 03 tin bài đăng trên Cổng thông tin Sở).',
        ]),
        ('2. Về quản lý nhà nước, năng suất chất lượng', 3, [
            'Chi cục đang tiếp tục triển khai các chương trình năng suất chất lượng (Chương trình 1322, Đề án 996, Đề án 100), hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất và truy xuất nguồn gốc (số liệu: 23 doanh nghiệp được hỗ trợ, kinh phí đã giải ngân 145 triệu đồng).',
            'Chi cục đang tiếp tục phối hợp Tổng cục tổ chức vòng thẩm định Giải thưởng Chất lượng Quốc gia năm 2026; hội đồng sơ tuyển đã họp, chờ kết quả vòng chung tuyển.',
            'Chi cục đã góp ý xong các dự thảo tiêu chuẩn, quy chuẩn kỹ thuật theo đề nghị của Bộ Khoa học và Công nghệ và các sở, ngành (số liệu: 11 dự thảo TCVN, QCVN).',
            'Việc đề xuất hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính của Bộ và kết nối Cổng một cửa quốc gia Chi cục đã thực hiện xong từ quý I/2026.',
        ]),
        ('3. Về đào tạo nguồn nhân lực', 3, [
            'Chi cục đã tổ chức xong các lớp tập huấn nghiệp vụ cho công chức các sở, ngành, UBND phường, xã, đặc khu sau sắp xếp (số liệu: 02 lớp, 168 lượt công chức).',
            'Chi cục đang tiếp tục tổ chức khóa bồi dưỡng chuyên sâu về năng suất cho đội ngũ tư vấn tại doanh nghiệp, lớp thứ hai dự kiến khai giảng tháng 11/2026 (số liệu: 01 khóa đã tổ chức, 45 học viên).',
        ]),
        ('4. Về phương tiện, thiết bị nghiệp vụ', 3, [
            'Chi cục đã kiểm định, hiệu chuẩn xong phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra theo Nghị định 135/2021/NĐ-CP (số liệu: 14 phương tiện, thiết bị).',
        ]),
        ('5. Về kiểm tra, giám sát', 3, [
            'Chi cục đang tiếp tục kiểm tra nhà nước về chất lượng sản phẩm, hàng hóa và đo lường trên thị trường theo kế hoạch năm (số liệu: 08 cuộc, 74 cơ sở, 11 cơ sở vi phạm, phạt 96,5 triệu đồng).',
            'Chi cục đang tiếp tục khảo sát chất lượng sản phẩm, hàng hóa lưu thông (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) (số liệu: 60 mẫu đã lấy, thử nghiệm).',
            'Chi cục đang tiếp tục hướng dẫn UBND các phường, xã, đặc khu thực hiện nội dung được phân quyền; đã gửi tài liệu hướng dẫn cho các địa phương.',
        ]),
        ('6. Về hợp tác', 3, [
            'Nội dung phối hợp với APO: trong năm Chi cục chưa nhận được yêu cầu, không phát sinh.',
        ]),
        ('II. KHÓ KHĂN, VƯỚNG MẮC', 0, [
            '- Địa bàn quản lý mở rộng sau hợp nhất, biên chế kiểm tra viên chưa tăng tương ứng.',
            '- Kinh phí lấy mẫu khảo sát chất lượng còn hạn chế so với nhu cầu.',
        ]),
        ('III. ĐỀ XUẤT', 0, [
            '- Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.',
            '- Đề nghị Sở chỉ đạo các phòng, đơn vị gửi báo cáo đúng hạn để Chi cục tổng hợp.',
        ]),
    ],
    closing='Chi cục Tiêu chuẩn Đo lường Chất lượng kính báo cáo Giám đốc Sở./.',
    nn=['- Giám đốc Sở (để b/c);', '- Lưu: VT, QLTC.'],
    sign=['CHI CỤC TRƯỞNG'], signer='Phạm Minh Trí'))
key('ChiCucTDC_BC_thuchien_KH38_2026.docx', 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1536/BC-TĐC', '2026-10-30', [
    ('II.1.a', 'completed', {'training_courses': 6, 'participants': 412}, 'Chi cục đã tổ chức xong các lớp tập huấn văn bản quy phạm pháp luật … (06 lớp và tọa đàm …, 412 lượt học viên, đại biểu)'),
    ('II.1.b', 'completed', {'enterprises_supported': 9, 'communications': 3}, 'Chi cục đã vận động, hướng dẫn xong các doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia … 09 doanh nghiệp …, 03 tin bài'),
    ('II.2.a', 'in_progress', {'enterprises_supported': 23, 'budget_spent_vnd': 145000000}, 'Chi cục đang tiếp tục triển khai các chương trình năng suất chất lượng … 23 doanh nghiệp …, 145 triệu đồng'),
    ('II.2.b', 'in_progress', {}, 'Chi cục đang tiếp tục phối hợp Tổng cục tổ chức vòng thẩm định Giải thưởng Chất lượng Quốc gia năm 2026'),
    ('II.2.e', 'completed', {'standards_reviewed': 11}, 'Chi cục đã góp ý xong các dự thảo tiêu chuẩn, quy chuẩn kỹ thuật … 11 dự thảo TCVN, QCVN'),
    ('II.2.h', 'completed', {}, 'Việc đề xuất hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính … đã thực hiện xong từ quý I/2026.'),
    ('II.3.a', 'completed', {'training_courses': 2, 'participants': 168}, 'Chi cục đã tổ chức xong các lớp tập huấn nghiệp vụ cho công chức … 02 lớp, 168 lượt công chức'),
    ('II.3.b', 'in_progress', {'training_courses': 1, 'participants': 45}, 'Chi cục đang tiếp tục tổ chức khóa bồi dưỡng chuyên sâu về năng suất … 01 khóa đã tổ chức, 45 học viên'),
    ('II.4.b', 'completed', {'instruments_verified': 14}, 'Chi cục đã kiểm định, hiệu chuẩn xong phương tiện, thiết bị kỹ thuật nghiệp vụ … 14 phương tiện, thiết bị'),
    ('II.5.a', 'in_progress', {'inspections': 8, 'establishments_inspected': 74, 'violations': 11, 'fines_vnd': 96500000}, 'Chi cục đang tiếp tục kiểm tra … 08 cuộc, 74 cơ sở, 11 cơ sở vi phạm, phạt 96,5 triệu đồng'),
    ('II.5.b', 'in_progress', {'samples_tested': 60}, 'Chi cục đang tiếp tục khảo sát chất lượng sản phẩm, hàng hóa lưu thông … 60 mẫu'),
    ('II.5.c', 'in_progress', {}, 'Chi cục đang tiếp tục hướng dẫn UBND các phường, xã, đặc khu thực hiện nội dung được phân quyền'),
    ('II.6.b', 'not_applicable', {}, 'Nội dung phối hợp với APO: … không phát sinh.'),
], ['Địa bàn quản lý mở rộng sau hợp nhất, biên chế kiểm tra viên chưa tăng tương ứng.',
    'Kinh phí lấy mẫu khảo sát chất lượng còn hạn chế so với nhu cầu.'],
   ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.',
    'Đề nghị Sở chỉ đạo các phòng, đơn vị gửi báo cáo đúng hạn để Chi cục tổng hợp.'])

h4doc('PhongCDS_baocao_CT38.docx', dict(
    left=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'], so='Số: 41/BC-CĐS',
    place_date='Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
    title='Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
    intro='Phòng Chuyển đổi số báo cáo kết quả phối hợp thực hiện các nhiệm vụ tại Kế hoạch như sau:',
    blocks=[
        ('1. Về tuyên truyền', 3, [
            'Phòng đã đăng xong các tin, bài vận động tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026 trên Cổng thông tin điện tử Sở và trang mạng xã hội của Sở (số liệu: 07 tin, bài).',
        ]),
        ('2. Về hệ thống thông tin thủ tục hành chính', 3, [
            'Phòng đã phối hợp Chi cục TĐC và Văn phòng Sở rà soát xong các yêu cầu kết nối liên thông giữa Hệ thống thông tin giải quyết thủ tục hành chính của Bộ với Cổng thông tin một cửa quốc gia đối với thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu.',
        ]),
        ('3. Về cơ sở dữ liệu quốc gia tiêu chuẩn, đo lường, chất lượng', 3, [
            'Phòng đang tiếp tục phối hợp Trung tâm Công nghệ thông tin và Địa không gian kết nối dữ liệu của Chi cục với cơ sở dữ liệu quốc gia; đã tổ chức 01 lớp hướng dẫn khai thác dữ liệu cho công chức phường, xã (số liệu: 01 lớp, 56 công chức tham dự).',
        ]),
        ('4. Khó khăn', 0, ['- Cơ sở dữ liệu quốc gia chưa ban hành đầy đủ chuẩn trao đổi dữ liệu (API) cho địa phương.']),
        ('5. Đề xuất', 0, ['- Đề nghị Chi cục TĐC phối hợp đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kỹ thuật kết nối.']),
    ],
    closing='Phòng Chuyển đổi số báo cáo./.',
    nn=['- Chi cục TĐC;', '- Lưu: CĐS.'],
    sign=['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'], signer='Lâm Quang Huy'))
key('PhongCDS_baocao_CT38.docx', 'SKHCN-CDS', 'Phòng Chuyển đổi số', '41/BC-CĐS', '2026-10-29', [
    ('II.1.b', 'completed', {'communications': 7}, 'Phòng đã đăng xong các tin, bài vận động tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia … 07 tin, bài'),
    ('II.2.h', 'completed', {}, 'Phòng đã phối hợp Chi cục TĐC và Văn phòng Sở rà soát xong các yêu cầu kết nối liên thông …'),
    ('II.2.i', 'in_progress', {'training_courses': 1, 'participants': 56}, 'Phòng đang tiếp tục phối hợp … kết nối dữ liệu … 01 lớp, 56 công chức tham dự'),
], ['Cơ sở dữ liệu quốc gia chưa ban hành đầy đủ chuẩn trao đổi dữ liệu (API) cho địa phương.'],
   ['Đề nghị Chi cục TĐC phối hợp đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu kỹ thuật kết nối.'])


def h4xls(fname, s):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BaoCao'
    ws['A1'] = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'; ws['A2'] = s['unit']; ws['A2'].font = Font(bold=True)
    ws['A3'] = s['so']; ws['C3'] = s['place_date']; ws['C3'].font = Font(italic=True)
    ws['A5'] = s['title']; ws['A5'].font = Font(bold=True, size=13); ws.merge_cells('A5:D5')
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[5].height = 34
    hdr = ['Mục KH', 'Nội dung thực hiện', 'Số liệu', 'Nhận xét']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center')
    r = 8
    for row in s['rows']:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for d in s['diffs']:
        ws.cell(r, 1, d); r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị:').font = Font(bold=True); r += 1
    for d in s['props']:
        ws.cell(r, 1, d); r += 1
    r += 1
    ws.cell(r, 3, s['sign']).font = Font(bold=True); ws.cell(r + 4, 3, s['signer']).font = Font(bold=True)
    for col, w in zip('ABCD', [12, 60, 42, 26]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


h4xls('KTPC_SoLieu_KH38_2026.xlsx', dict(
    unit='PHÒNG KIỂM TRA – PHÁP CHẾ', so='Số: 58/BC-KTPC', place_date='TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
    title='KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (PHẦN PHÒNG KIỂM TRA – PHÁP CHẾ PHỐI HỢP)',
    rows=[
        ('5a', 'Phối hợp Chi cục TĐC kiểm tra chất lượng hàng hóa lưu thông trên thị trường (thiết bị điện, mũ bảo hiểm)',
         'Số cuộc: 03; số cơ sở: 21; cơ sở vi phạm: 04; tiền phạt: 31.000.000 đồng', 'đang tiếp tục kiểm tra'),
        ('5d', 'Tiếp nhận, xử lý đơn phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng; giữ bí mật thông tin người tố giác',
         'Đơn tiếp nhận: 02; đã xử lý: 02', 'đã giải quyết xong'),
        ('2c', 'Góp ý dự thảo Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và các nghị định hướng dẫn',
         'Văn bản góp ý: 02', 'đã gửi góp ý xong'),
        ('4b', 'Phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ cần đầu tư theo Nghị định 135/2021/NĐ-CP',
         '', 'chưa triển khai'),
    ],
    diffs=['1. Một số cơ sở kinh doanh không có mặt chủ cơ sở khi đoàn đến kiểm tra, phải kiểm tra lại nhiều lần.'],
    props=['1. Đề nghị Chi cục TĐC chủ trì xây dựng danh mục thiết bị nghiệp vụ trước quý I/2027 để Phòng phối hợp.'],
    sign='TRƯỞNG PHÒNG', signer='Vũ Thị Ngọc Hà'))
key('KTPC_SoLieu_KH38_2026.xlsx', 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '58/BC-KTPC', '2026-10-27', [
    ('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 21, 'violations': 4, 'fines_vnd': 31000000},
     'Phối hợp Chi cục TĐC kiểm tra chất lượng hàng hóa lưu thông … Số cuộc: 03; số cơ sở: 21; cơ sở vi phạm: 04; tiền phạt: 31.000.000 đồng'),
    ('II.5.d', 'completed', {}, 'Tiếp nhận, xử lý đơn phản ánh, tố giác vi phạm … đã giải quyết xong'),
    ('II.2.c', 'completed', {}, 'Góp ý dự thảo Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) … đã gửi góp ý xong'),
    ('II.4.b', 'not_started', {}, 'Phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ … chưa triển khai'),
], ['Một số cơ sở kinh doanh không có mặt chủ cơ sở khi đoàn đến kiểm tra, phải kiểm tra lại nhiều lần.'],
   ['Đề nghị Chi cục TĐC chủ trì xây dựng danh mục thiết bị nghiệp vụ trước quý I/2027 để Phòng phối hợp.'])

h4xls('TTPTTN_bao_cao_CT38.xlsx', dict(
    unit='TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM', so='Số: 812/BC-TTPTTN',
    place_date='TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
    title='KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026',
    rows=[
        ('4a', 'Đầu tư, nâng cấp trang thiết bị phòng thử nghiệm hóa lý, vi sinh và phòng hiệu chuẩn áp suất',
         'Kinh phí đã giải ngân: 2.350.000.000 đồng', 'đang tiếp tục thực hiện, gói thầu số 2 chưa nghiệm thu'),
        ('4c', 'Phối hợp duy trì, liên kết chuẩn đo lường chính của Thành phố đến chuẩn quốc gia',
         'Chuẩn được hiệu chuẩn: 18', 'đã thực hiện xong kế hoạch hiệu chuẩn năm'),
        ('2g', 'Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ doanh nghiệp, người dân',
         'Phương tiện đo được kiểm định, hiệu chuẩn: 15.480; mẫu thử nghiệm: 2.136', 'đang tiếp tục (thường xuyên)'),
        ('5b', 'Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC',
         'Mẫu thử nghiệm: 60', 'đã trả kết quả xong'),
    ],
    diffs=['1. Thiết bị phòng thử nghiệm vi sinh đã cũ, thường xuyên hỏng, chi phí sửa chữa lớn.'],
    props=['1. Đề nghị Sở xem xét bố trí vốn đầu tư năm 2027 cho phòng hiệu chuẩn nhiệt độ và khối lượng.'],
    sign='KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer='Hồ Văn Khánh'))
key('TTPTTN_bao_cao_CT38.xlsx', 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '812/BC-TTPTTN', '2026-10-28', [
    ('II.4.a', 'in_progress', {'budget_spent_vnd': 2350000000}, 'Đầu tư, nâng cấp trang thiết bị … Kinh phí đã giải ngân: 2.350.000.000 đồng'),
    ('II.4.c', 'completed', {'instruments_verified': 18}, 'Phối hợp duy trì, liên kết chuẩn đo lường chính … Chuẩn được hiệu chuẩn: 18'),
    ('II.2.g', 'in_progress', {'instruments_verified': 15480, 'samples_tested': 2136}, 'Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm … 15.480; mẫu thử nghiệm: 2.136'),
    ('II.5.b', 'completed', {'samples_tested': 60}, 'Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC: Mẫu thử nghiệm: 60'),
], ['Thiết bị phòng thử nghiệm vi sinh đã cũ, thường xuyên hỏng, chi phí sửa chữa lớn.'],
   ['Đề nghị Sở xem xét bố trí vốn đầu tư năm 2027 cho phòng hiệu chuẩn nhiệt độ và khối lượng.'])


# ------------------------------------------------------------------ LibreOffice re-save
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    r = subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmp, src],
                       capture_output=True, text=True, timeout=180)
    out = os.path.join(tmp, fname)
    if os.path.exists(out):
        shutil.move(out, src)
    else:
        print('LibreOffice re-save failed for', fname, r.stdout, r.stderr)
    shutil.rmtree(tmp, ignore_errors=True)


lo_resave('LaiThieu_BC_KH38_T10.docx', 'docx')
lo_resave('TTPTTN_bao_cao_CT38.xlsx', 'xlsx')
lo_resave('SoNNMT_CT38_hoat_dong.xlsx', 'xlsx')

for fname, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
