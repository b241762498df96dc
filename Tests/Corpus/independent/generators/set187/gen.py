# -*- coding: utf-8 -*-
"""Generator for set187. Writes the report files and their truth keys."""
import os, json, hashlib, zipfile, shutil, subprocess, re
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
os.makedirs(TR, exist_ok=True)
REPORTS = []


def key(r):
    return r


# ---------------------------------------------------------------- helpers
def base_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    return d


def header_table(d, left_lines, num, place_date, bold_left=(1,)):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    for i, l in enumerate(left_lines):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(l); r.bold = i in bold_left; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c0.add_paragraph(num); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.paragraphs[0]; r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); r.bold = True; r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.add_paragraph(); r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.add_paragraph(); r = p.add_run(place_date); r.italic = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def para(d, text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Pt(28)
    return p


def sign(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    for i, l in enumerate(left_lines):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(l); r.font.size = Pt(11); r.italic = (i == 0); r.bold = (i == 0)
    for i, l in enumerate(right_lines):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        r = p.add_run(l); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER


W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def add_notes(path, notes, kind='footnote'):
    """Replace markers [[N1]].. in document.xml with real footnote/endnote references."""
    z = zipfile.ZipFile(path)
    files = {n: z.read(n) for n in z.namelist()}
    z.close()
    doc = files['word/document.xml'].decode('utf8')
    tag = 'footnote' if kind == 'footnote' else 'endnote'
    style = 'FootnoteReference' if kind == 'footnote' else 'EndnoteReference'
    for i in range(1, len(notes) + 1):
        mk = '[[N%d]]' % i
        # marker lives alone in its own run: <w:r><w:rPr>?..<w:t>[[Ni]]</w:t></w:r>
        pat = re.compile(r'<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t(?: [^>]*)?>' + re.escape(mk) + r'</w:t></w:r>')
        rep = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="%d"/></w:r>' % (tag, i))
        doc, n = pat.subn(rep, doc)
        assert n == 1, (mk, n)
    files['word/document.xml'] = doc.encode('utf8')
    body = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<w:%ss xmlns:w="%s">' % (tag, W),
            '<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>' % (tag, tag),
            '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>' % (tag, tag)]
    for i, t in enumerate(notes, 1):
        body.append('<w:%s w:id="%d"><w:p><w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:%sRef/></w:r>'
                    '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:%s>'
                    % (tag, i, tag, t.replace('&', '&amp;').replace('<', '&lt;'), tag))
    body.append('</w:%ss>' % tag)
    files['word/%ss.xml' % tag] = '\n'.join(body).encode('utf8')
    ct = files['[Content_Types].xml'].decode('utf8')
    ct = ct.replace('</Types>', '<Override PartName="/word/%ss.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml"/></Types>' % (tag, tag))
    files['[Content_Types].xml'] = ct.encode('utf8')
    rels = files['word/_rels/document.xml.rels'].decode('utf8')
    rels = rels.replace('</Relationships>', '<Relationship Id="rIdN99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%ss" Target="%ss.xml"/></Relationships>' % (tag, tag))
    files['word/_rels/document.xml.rels'] = rels.encode('utf8')
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zo:
        for n, b in files.items():
            zo.writestr(n, b)
    os.replace(tmp, path)


def lo_resave(path, fmt):
    tmpd = os.path.join(OUT, '.lo_tmp')
    os.makedirs(tmpd, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmpd, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpd, os.path.basename(path)), path)
    shutil.rmtree(tmpd, ignore_errors=True)


def E(task, status, ind, text):
    return {'task': task, 'status': status, 'indicators': ind, 'text': text}


def reg(file, uid, uname, number, date, entries, diff, prop, status='extracted', reason=None, hand=''):
    REPORTS.append(dict(file=file, unit={'id': uid, 'name': uname}, document={'number': number, 'date': date},
                        entries=entries, difficulties=diff, proposals=prop, status=status, reason=reason, hand=hand))


VNDATE = lambda dd, mm: 'Thành phố Hồ Chí Minh, ngày %s tháng %s năm 2026' % (dd, mm)


# ================================================================ HAND 1
# Chị Lê Thị Ngọc Hân – chuyên viên tổng hợp ở các Sở: công văn phúc đáp, "Thứ nhất, … Thứ hai, …",
# kết quả nằm trong câu, tình trạng "hoàn thành trước hạn / đang triển khai theo lộ trình / chưa đến kỳ".
ORD = ['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám']


def h1_letter(fname, uid, agency_caps, short, num, dd, mm, vv, items, diff, prop, signer, rejected=None):
    d = base_doc()
    header_table(d, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', agency_caps], 'Số: ' + num,
                 VNDATE(dd, mm), bold_left=(2,))
    p = d.add_paragraph(); r = p.add_run('V/v ' + vv); r.font.size = Pt(12)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', center=True)
    if rejected:
        para(d, rejected[0])
    else:
        para(d, 'Phúc đáp Công văn số 3187/SKHCN-TĐC ngày 03 tháng 11 năm 2026 của Sở Khoa học và Công nghệ '
                'về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 '
                '(số liệu 11 tháng và ước cả năm), %s báo cáo như sau:' % short)
    ents = []
    for i, (task, status, ind, txt) in enumerate(items):
        s = '%s, %s' % (ORD[i], txt)
        para(d, s)
        ents.append(E(task, status, ind, s))
    k = len(items)
    if diff:
        s = '%s, về khó khăn, vướng mắc: ' % ORD[k] + '; '.join('(%s) %s' % (r, t) for r, t in zip(['i', 'ii', 'iii'], diff)) + '.'
        para(d, s); k += 1
    if prop:
        s = '%s, về kiến nghị: ' % ORD[k] + '; '.join('(%s) %s' % (r, t) for r, t in zip(['i', 'ii', 'iii'], prop)) + '.'
        para(d, s)
    para(d, 'Trên đây là báo cáo của %s, kính gửi Sở Khoa học và Công nghệ tổng hợp./.' % short)
    sign(d, ['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', signer])
    path = os.path.join(OUT, fname); d.save(path)
    return ents


def hand1():
    items = [
        ('II.2.đ', 'completed', {},
         'về việc duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan: Sở đã rà soát, cập nhật 124 quy trình nội bộ và tổ chức đánh giá nội bộ trong tháng 9/2026; nội dung này hoàn thành trước hạn'),
        ('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 48, 'violations': 5, 'fines_vnd': 87500000},
         'về phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng và đo lường tại cửa hàng bán lẻ: từ đầu năm đến ngày 15/11/2026, Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 06 cuộc kiểm tra tại 48 cửa hàng, phát hiện 05 cơ sở vi phạm, đã ban hành quyết định xử phạt với tổng số tiền 87.500.000 đồng; hoạt động kiểm tra đang triển khai theo lộ trình, dự kiến kết thúc đợt cao điểm vào tháng 12/2026'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 12},
         'về hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, Sở đã lồng ghép trong Chương trình khuyến công năm 2026 hỗ trợ 12 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, ISO 14001 và công cụ 5S, Kaizen; nội dung đang triển khai theo lộ trình'),
        ('II.1.a', 'completed', {'communications': 15},
         'về công tác tuyên truyền, Sở đã đăng tải 15 tin, bài về tiêu chuẩn, đo lường, chất lượng trong lĩnh vực công thương trên Trang thông tin điện tử của Sở và bản tin Công Thương; đã hoàn thành'),
        ('II.2.e', 'not_started', {},
         'về góp ý quy chuẩn kỹ thuật địa phương đối với hàng hóa thuộc ngành công thương, đến nay Sở chưa nhận được dự thảo nên nội dung này chưa đến kỳ thực hiện'),
    ]
    diff = ['lực lượng cán bộ làm công tác quản lý chất lượng của Sở còn mỏng, kiêm nhiệm nhiều việc',
            'một số cửa hàng xăng dầu ở các xã ven ngoại thành đóng cửa khi đoàn kiểm tra đến nên khó xác minh']
    prop = ['đề nghị Sở Khoa học và Công nghệ sớm gửi dự thảo quy chuẩn kỹ thuật địa phương để Sở kịp góp ý trong Quý IV/2026',
            'đề nghị tổ chức lớp tập huấn chuyên sâu về đo lường xăng dầu cho công chức phòng chuyên môn']
    f = 'SCT_4125_phuc-dap-CT38.docx'
    ents = h1_letter(f, 'SO-CT', 'SỞ CÔNG THƯƠNG', 'Sở Công Thương', '4125/SCT-QLCN', '18', '11',
                     'báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026', items, diff, prop, 'Trần Văn Phước')
    reg(f, 'SO-CT', 'Sở Công Thương', '4125/SCT-QLCN', '2026-11-18', ents, diff, prop, hand='H1')

    items = [
        ('II.2.đ', 'completed', {},
         'đối với việc áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, Sở Y tế đã công bố lại hệ thống ngày 22/8/2026 sau khi cập nhật các thủ tục hành chính mới; nội dung này hoàn thành trước hạn so với mốc tháng 11/2026 của Kế hoạch'),
        ('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 30000000},
         'đối với kiểm tra về đo lường, chất lượng trang thiết bị y tế, Thanh tra Sở đã chủ trì 4 cuộc kiểm tra tại 22 cơ sở kinh doanh trang thiết bị y tế và phòng khám tư nhân, trong đó có 2 cơ sở sử dụng phương tiện đo (huyết áp kế, nhiệt kế) chưa kiểm định, xử phạt 30 triệu đồng; công tác này đang triển khai theo lộ trình kế hoạch thanh tra năm'),
        ('II.2.e', 'completed', {'standards_reviewed': 2},
         'đối với góp ý quy chuẩn kỹ thuật, Sở đã góp ý 02 dự thảo QCVN do Bộ Y tế gửi lấy ý kiến (QCVN về nước sạch sinh hoạt và QCVN về thiết bị X-quang chẩn đoán), đã hoàn thành'),
        ('II.3.a', 'completed', {'participants': 6},
         'đối với đào tạo, bồi dưỡng, Sở đã cử 6 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 6/2026; đã hoàn thành'),
        ('II.6.b', 'not_started', {},
         'đối với nội dung phối hợp thúc đẩy năng suất khu vực công, đến nay Sở chưa nhận được yêu cầu phối hợp nên chưa đến kỳ thực hiện'),
    ]
    diff = ['danh mục trang thiết bị y tế phải kiểm định chưa được cập nhật đầy đủ']
    prop = ['kiến nghị Sở Khoa học và Công nghệ phối hợp rà soát danh mục phương tiện đo nhóm 2 dùng trong y tế']
    f = 'SYT_bao-cao-11thang-CT38.docx'
    ents = h1_letter(f, 'SO-YT', 'SỞ Y TẾ', 'Sở Y tế', '7702/SYT-VP', '20', '11',
                     'báo cáo kết quả 11 tháng thực hiện Chỉ thị 38-CT/TW', items, diff, prop, 'Nguyễn Thị Hoài Thu')
    reg(f, 'SO-YT', 'Sở Y tế', '7702/SYT-VP', '2026-11-20', ents, diff, prop, hand='H1')

    items = [
        ('II.2.e', 'completed', {'standards_reviewed': 4},
         'về xây dựng, góp ý tiêu chuẩn, quy chuẩn: Sở Xây dựng đã có ý kiến đối với 04 dự thảo quy chuẩn, tiêu chuẩn quốc gia về vật liệu xây dựng và an toàn cháy cho nhà và công trình; hoàn thành trước hạn'),
        ('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 17, 'samples_tested': 25, 'violations': 1},
         'về kiểm tra chất lượng vật liệu xây dựng lưu thông trên địa bàn: Sở đã tổ chức 3 đợt kiểm tra tại 17 cơ sở sản xuất, kinh doanh xi măng, thép, kính xây dựng, lấy 25 mẫu gửi thử nghiệm, phát hiện 1 cơ sở chưa thực hiện công bố hợp quy, đã chuyển hồ sơ xử lý; đang triển khai theo lộ trình'),
        ('II.2.đ', 'completed', {},
         'về hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: Sở đã duy trì, cải tiến và công bố lại phạm vi áp dụng cho 100% thủ tục hành chính; hoàn thành trước hạn'),
        ('II.3.a', 'in_progress', {'participants': 5},
         'về bồi dưỡng nghiệp vụ: đã cử 5 lượt công chức tham dự tập huấn về quy chuẩn kỹ thuật vật liệu xây dựng; các lớp còn lại trong Quý IV đang triển khai theo lộ trình'),
    ]
    diff = ['kinh phí lấy mẫu thử nghiệm vật liệu xây dựng chưa được bố trí riêng']
    prop = ['đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng vật liệu xây dựng để Sở phối hợp quản lý']
    f = 'SXD_CV_CT38_nam2026.docx'
    ents = h1_letter(f, 'SO-XD', 'SỞ XÂY DỰNG', 'Sở Xây dựng', '9816/SXD-VLXD', '24', '11',
                     'báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW', items, diff, prop, 'Phạm Quốc Bảo')
    lo_resave(os.path.join(OUT, f), 'docx')
    reg(f, 'SO-XD', 'Sở Xây dựng', '9816/SXD-VLXD', '2026-11-24', ents, diff, prop, hand='H1')

    # mistaken: Sở Du lịch sends its chuyển đổi số report
    items = [
        (None, None, None, 'về hạ tầng số: Sở đã hoàn thành nâng cấp Cổng thông tin du lịch Thành phố, tích hợp bản đồ số 1.200 điểm đến; hoàn thành trước hạn'),
        (None, None, None, 'về dữ liệu số ngành du lịch: đã cập nhật cơ sở dữ liệu 3.450 cơ sở lưu trú và 980 doanh nghiệp lữ hành; đang triển khai theo lộ trình'),
        (None, None, None, 'về chữ ký số và hồ sơ trực tuyến: tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 92%; chưa đến kỳ đánh giá năm'),
    ]
    f = 'SDL_bao-cao-CDS_11T2026.docx'
    d_items = [(None, None, None, t) for _, _, _, t in items]
    h1_letter(f, 'SO-DL', 'SỞ DU LỊCH', 'Sở Du lịch', '3361/SDL-VP', '26', '11',
              'báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2026', d_items, [], [], 'Lê Trường Hiền',
              rejected=['Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 về chuyển đổi số và Công văn đôn đốc của Sở Khoa học và Công nghệ, Sở Du lịch báo cáo kết quả thực hiện chuyển đổi số 11 tháng năm 2026 như sau:'])
    reg(f, 'SO-DL', 'Sở Du lịch', '3361/SDL-VP', '2026-11-26', [], [], [], status='rejected',
        reason='Báo cáo về chuyển đổi số ngành du lịch, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW', hand='H1')


# ================================================================ HAND 2
# Anh Võ Minh Khoa – thống kê viên: biểu Excel hai cột số "Trong tháng 11" và "Lũy kế từ đầu năm",
# tình trạng ở cột riêng: "Hoàn thành trước hạn / Đang triển khai theo lộ trình / Chưa đến kỳ / Không phát sinh".
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2_book(fname, top_left, num, date_line, title, rows, diff, prop, signer, sheet='BC_11T_2026', diff_title='Khó khăn, vướng mắc', prop_title='Kiến nghị, đề xuất'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    for col, w in zip('ABCDEFG', (6, 52, 10, 14, 16, 26, 24)):
        ws.column_dimensions[col].width = w
    ws['A1'] = top_left[0]; ws['A2'] = top_left[1]; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + num
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = date_line; ws['E3'].font = Font(italic=True)
    ws.merge_cells('A5:G5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['STT', 'Nội dung công việc', 'ĐVT', 'Trong tháng 11', 'Lũy kế từ đầu năm', 'Tình trạng', 'Ghi chú']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    r = 8; ents = []; n = 0
    for task, status, stword, name, figs, note, ind in rows:
        n += 1
        ws.cell(r, 1, n); ws.cell(r, 2, name).font = Font(bold=True); ws.cell(r, 6, stword); ws.cell(r, 7, note)
        for c in range(1, 8):
            ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical='top')
        txt = [name]
        r += 1
        for lab, dvt, m, cum in figs:
            ws.cell(r, 2, '- ' + lab); ws.cell(r, 3, dvt); ws.cell(r, 4, m); ws.cell(r, 5, cum)
            if isinstance(cum, int) and cum >= 1000:
                ws.cell(r, 4).number_format = '#,##0'; ws.cell(r, 5).number_format = '#,##0'
            for c in range(1, 8):
                ws.cell(r, c).border = BOX
            txt.append('%s: %s %s' % (lab, cum, dvt)); r += 1
        if task:
            ents.append(E(task, status, ind, '; '.join(txt)))
    r += 1
    if diff:
        ws.cell(r, 1, 'II'); ws.cell(r, 2, diff_title).font = Font(bold=True); r += 1
        for t in diff:
            ws.cell(r, 2, '- ' + t); ws.cell(r, 2).alignment = Alignment(wrap_text=True); r += 1
    if prop:
        ws.cell(r, 1, 'III'); ws.cell(r, 2, prop_title).font = Font(bold=True); r += 1
        for t in prop:
            ws.cell(r, 2, '- ' + t); ws.cell(r, 2).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(r, 5, 'NGƯỜI LẬP BIỂU'); ws.cell(r, 6, 'THỦ TRƯỞNG ĐƠN VỊ')
    ws.cell(r + 4, 6, signer)
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    return ents


def hand2():
    CC = 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'
    rows = [
        ('II.1.a', 'completed', 'Hoàn thành trước hạn', 'Tập huấn văn bản QPPL về TĐC cho tổ chức, doanh nghiệp; tọa đàm DN nhập khẩu',
         [('Số lớp tập huấn, tọa đàm', 'lớp', 0, 6), ('Số lượt người tham dự', 'lượt', 0, 820)], 'Xong từ tháng 9', {'training_courses': 6, 'participants': 820}),
        ('II.1.b', 'completed', 'Hoàn thành', 'Vận động, hướng dẫn DN tham dự Giải thưởng Chất lượng Quốc gia',
         [('Số doanh nghiệp được hướng dẫn', 'DN', 0, 14)], '', {'enterprises_supported': 14}),
        ('II.2.a', 'in_progress', 'Đang triển khai theo lộ trình', 'Chương trình 1322, Đề án 996, Đề án 100 (năng suất, đo lường, truy xuất nguồn gốc)',
         [('Doanh nghiệp được hỗ trợ', 'DN', 7, 35), ('Kinh phí đã giải ngân', 'đồng', 42000000, 156000000)], 'Quý IV/2026', {'enterprises_supported': 35, 'budget_spent_vnd': 156000000}),
        ('II.2.e', 'in_progress', 'Đang triển khai theo lộ trình', 'Xây dựng, góp ý TCVN, QCVN, quy chuẩn địa phương',
         [('Số dự thảo TCVN/QCVN đã góp ý', 'văn bản', 2, 11)], '', {'standards_reviewed': 11}),
        ('II.3.a', 'completed', 'Hoàn thành', 'Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND phường, xã, đặc khu',
         [('Số lớp', 'lớp', 0, 3), ('Số học viên', 'người', 0, 410)], '', {'training_courses': 3, 'participants': 410}),
        ('II.4.b', 'in_progress', 'Đang triển khai theo lộ trình', 'Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ',
         [('Phương tiện, thiết bị đã kiểm định/hiệu chuẩn', 'chiếc', 5, 46), ('Kinh phí đã sử dụng', 'đồng', 18500000, 185000000)], '', {'instruments_verified': 46, 'budget_spent_vnd': 185000000}),
        ('II.5.a', 'in_progress', 'Đang triển khai theo lộ trình', 'Kiểm tra nhà nước về TĐC đối với sản phẩm, hàng hóa',
         [('Số cuộc kiểm tra', 'cuộc', 3, 28), ('Số cơ sở được kiểm tra', 'cơ sở', 19, 214), ('Số cơ sở vi phạm', 'cơ sở', 2, 19), ('Tiền xử phạt VPHC', 'đồng', 25000000, 412500000)],
         'Số liệu chốt ngày 14/11', {'inspections': 28, 'establishments_inspected': 214, 'violations': 19, 'fines_vnd': 412500000}),
        ('II.5.b', 'in_progress', 'Đang triển khai theo lộ trình', 'Khảo sát chất lượng sản phẩm, hàng hóa',
         [('Số mẫu khảo sát', 'mẫu', 20, 160)], '', {'samples_tested': 160}),
        ('II.5.c', 'in_progress', 'Đang triển khai theo lộ trình', 'Phối hợp UBND phường, xã, đặc khu thực hiện nội dung phân quyền',
         [('Số cuộc kiểm tra phối hợp', 'cuộc', 1, 9)], '', {'inspections': 9}),
        ('II.6.a', 'in_progress', 'Đang triển khai theo lộ trình', 'Cập nhật điều ước, thỏa thuận quốc tế về TĐC',
         [], 'Thường xuyên', {}),
        ('II.2.h', 'not_started', 'Chưa đến kỳ', 'Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN',
         [], 'Chờ Bộ nâng cấp hệ thống', {}),
    ]
    diff = ['Kinh phí khảo sát chất lượng năm 2026 chỉ đáp ứng khoảng 60% nhu cầu lấy mẫu',
            'Một số phường, xã chưa bố trí công chức theo dõi lĩnh vực TĐC nên phối hợp kiểm tra còn chậm']
    prop = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng cho năm 2027',
            'Đề nghị UBND các phường, xã, đặc khu phân công đầu mối theo dõi công tác TĐC']
    f = 'CCTDC_bieu-tong-hop-11T2026.xlsx'
    ents = h2_book(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG'], '412/BC-TĐC',
                   'Thành phố Hồ Chí Minh, ngày 16 tháng 11 năm 2026',
                   'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (SỐ LIỆU 11 THÁNG)',
                   rows, diff, prop, 'Đỗ Thanh Tùng')
    reg(f, 'SKHCN-CCTDC', CC, '412/BC-TĐC', '2026-11-16', ents, diff, prop, hand='H2')

    rows = [
        ('II.5.c', 'in_progress', 'Đang triển khai theo lộ trình', 'Phối hợp kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng trên địa bàn phường',
         [('Số cuộc kiểm tra', 'cuộc', 1, 5), ('Số cơ sở kiểm tra', 'cơ sở', 6, 31), ('Số cơ sở vi phạm', 'cơ sở', 0, 3), ('Số tiền phạt', 'đồng', 0, 12000000)],
         'Phối hợp Chi cục TĐC', {'inspections': 5, 'establishments_inspected': 31, 'violations': 3, 'fines_vnd': 12000000}),
        ('II.1.a', 'completed', 'Hoàn thành', 'Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng',
         [('Tin, bài trên trang thông tin, loa truyền thanh', 'tin', 2, 14)], '', {'communications': 14}),
        ('II.3.a', 'completed', 'Hoàn thành', 'Cử công chức dự tập huấn nghiệp vụ TĐC',
         [('Số công chức tham dự', 'người', 0, 3)], 'Lớp tháng 6/2026', {'participants': 3}),
        ('II.5.d', 'not_applicable', 'Không phát sinh', 'Khen thưởng, bảo vệ người tố giác vi phạm về TĐC',
         [], '', {}),
    ]
    diff = ['Phường chưa có cân đối chứng tại chợ Hòa Lợi', 'Công chức phụ trách kiêm nhiệm nhiều lĩnh vực']
    prop = ['Đề nghị Chi cục TĐC hỗ trợ trang bị 01 cân đối chứng cho chợ trên địa bàn phường']
    f = 'HoaLoi_BC_CT38_T11.xlsx'
    ents = h2_book(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA LỢI'], '286/BC-UBND',
                   'Hòa Lợi, ngày 17 tháng 11 năm 2026',
                   'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 CỦA PHƯỜNG HÒA LỢI', rows, diff, prop, 'Huỳnh Văn Sang')
    lo_resave(os.path.join(OUT, f), 'xlsx')
    reg(f, '25849', 'Phường Hòa Lợi', '286/BC-UBND', '2026-11-17', ents, diff, prop, hand='H2')

    rows = [
        ('II.5.c', 'in_progress', 'Đang triển khai theo lộ trình', 'Phối hợp Chi cục TĐC kiểm tra cửa hàng vàng bạc, xăng dầu, chợ',
         [('Số cuộc', 'cuộc', 0, 4), ('Cơ sở được kiểm tra', 'cơ sở', 0, 26), ('Vi phạm', 'cơ sở', 0, 2), ('Phạt tiền', 'đồng', 0, 7500000)],
         '', {'inspections': 4, 'establishments_inspected': 26, 'violations': 2, 'fines_vnd': 7500000}),
        ('II.1.a', 'completed', 'Hoàn thành trước hạn', 'Tuyên truyền, hội nghị phổ biến về TĐC cho hộ kinh doanh',
         [('Hội nghị', 'cuộc', 0, 1), ('Người dự', 'lượt', 0, 85), ('Tin bài', 'tin', 1, 9)], 'Hội nghị ngày 12/5', {'training_courses': 1, 'participants': 85, 'communications': 9}),
        ('II.3.a', 'not_started', 'Chưa đến kỳ', 'Cử cán bộ tham gia tập huấn chuyên sâu', [], 'Chờ lịch của Sở', {}),
    ]
    diff = ['Hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi']
    prop = ['Đề nghị Sở sớm thông báo lịch tập huấn Quý IV cho công chức phường']
    f = 'PhuThanh_bieu_CT38_11thang.xlsx'
    ents = h2_book(f, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ THẠNH'], '512/BC-UBND',
                   'Phú Thạnh, ngày 19 tháng 11 năm 2026',
                   'KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW (11 THÁNG NĂM 2026)', rows, diff, prop, 'Ngô Thị Mỹ Lệ', sheet='Bieu01')
    reg(f, '27028', 'Phường Phú Thạnh', '512/BC-UBND', '2026-11-19', ents, diff, prop, hand='H2')

    # mistaken: Xã Ngãi Giao — phòng chống thiên tai
    rows = [
        (None, None, 'Hoàn thành', 'Kiện toàn Ban Chỉ huy phòng thủ dân sự, phòng chống thiên tai xã',
         [('Quyết định kiện toàn', 'QĐ', 0, 1)], '', {}),
        (None, None, 'Đang triển khai theo lộ trình', 'Nạo vét kênh mương, tiêu thoát nước mùa mưa',
         [('Chiều dài nạo vét', 'm', 350, 2400), ('Kinh phí', 'đồng', 0, 185000000)], '', {}),
        (None, None, 'Hoàn thành', 'Diễn tập ứng phó bão, lũ cấp xã', [('Số người tham gia', 'người', 0, 160)], '', {}),
        (None, None, 'Chưa đến kỳ', 'Tổng kết công tác PCTT năm 2026', [], 'Tháng 12/2026', {}),
    ]
    f = 'NgaiGiao_BC_PCTT_11T.xlsx'
    h2_book(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN XÃ NGÃI GIAO'], '341/BC-UBND',
            'Ngãi Giao, ngày 21 tháng 11 năm 2026',
            'KẾT QUẢ CÔNG TÁC PHÒNG THỦ DÂN SỰ, PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 11 THÁNG NĂM 2026',
            rows, ['Kinh phí nạo vét còn thiếu'], ['Đề nghị Thành phố hỗ trợ kinh phí gia cố bờ kênh'], 'Lâm Văn Út', sheet='PCTT')
    reg(f, '26575', 'Xã Ngãi Giao', '341/BC-UBND', '2026-11-21', [], [], [], status='rejected',
        reason='Báo cáo công tác phòng thủ dân sự, phòng chống thiên tai, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW', hand='H2')


# ================================================================ HAND 3
# Chị Trịnh Phương Thảo – pháp chế, thích chú thích: thân bài chỉ có diễn giải, mọi con số nằm trong
# chú thích cuối trang (Word footnote) hoặc chú thích cuối văn bản (endnote) gắn vào câu.
def h3_doc(fname, left_lines, num, date_line, title, intro, sections, diff, prop, signer, kind='footnote', extra_heading='I. KẾT QUẢ THỰC HIỆN'):
    d = base_doc(size=14)
    header_table(d, left_lines, 'Số: ' + num, date_line, bold_left=(len(left_lines) - 1,))
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, title, bold=True, center=True)
    para(d, intro)
    para(d, extra_heading, bold=True, indent=False)
    notes = []; ents = []
    for i, (task, status, ind, head, body, note) in enumerate(sections, 1):
        para(d, '%d. %s' % (i, head), bold=True)
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Pt(28)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if note:
            notes.append(note)
            # body contains '^' where the note mark goes
            a, b = body.split('^')
            p.add_run(a); p.add_run('[[N%d]]' % len(notes)); p.add_run(b)
            txt = a + b + ' ' + note
        else:
            p.add_run(body); txt = body
        ents.append(E(task, status, ind, txt))
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for t in diff:
        para(d, '- ' + t)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for t in prop:
        para(d, '- ' + t)
    sign(d, ['Nơi nhận:', '- Sở KH&CN (Chi cục TĐC);', '- Lưu: VT.'], signer)
    path = os.path.join(OUT, fname); d.save(path)
    add_notes(path, notes, kind)
    return ents


def hand3():
    secs = [
        ('II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 63, 'samples_tested': 40, 'violations': 6, 'fines_vnd': 96000000},
         'Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi',
         'Trên cơ sở kế hoạch kiểm tra năm, Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Phòng Kiểm tra – Pháp chế (Sở KH&CN) kiểm tra chất lượng vật tư nông nghiệp tại các cơ sở sản xuất, kinh doanh trên địa bàn^. Hoạt động kiểm tra đang tiếp tục thực hiện đến hết tháng 12/2026.',
         'Từ 01/01/2026 đến 15/11/2026: 07 cuộc kiểm tra; 63 cơ sở được kiểm tra; lấy 40 mẫu phân bón, thức ăn chăn nuôi gửi thử nghiệm; 06 cơ sở vi phạm; tiền phạt 96 triệu đồng.'),
        ('II.2.d', 'in_progress', {'enterprises_supported': 27},
         'Hỗ trợ áp dụng truy xuất nguồn gốc, hệ thống quản lý chất lượng trong sản xuất nông nghiệp',
         'Sở tiếp tục hướng dẫn hợp tác xã, doanh nghiệp nông nghiệp áp dụng VietGAP và truy xuất nguồn gốc nông sản trên nền tảng số của Thành phố^; nội dung đang tiếp tục thực hiện.',
         '27 doanh nghiệp, hợp tác xã được hướng dẫn, hỗ trợ (trong đó 11 đơn vị đã cấp mã truy xuất).'),
        ('II.2.e', 'completed', {'standards_reviewed': 5},
         'Góp ý quy chuẩn kỹ thuật',
         'Sở đã có văn bản góp ý đầy đủ các dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Nông nghiệp và Môi trường gửi lấy ý kiến^. Nội dung này đã xong.',
         '05 dự thảo QCVN (phân bón, giống cây trồng, nước thải chăn nuôi, chất lượng không khí, bùn thải).'),
        ('II.2.đ', 'completed', {},
         'Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan',
         'Sở đã hoàn thành việc xây dựng mới hệ thống quản lý chất lượng sau hợp nhất hai sở và công bố phù hợp tiêu chuẩn vào tháng 7/2026.', None),
    ]
    diff = ['Sau hợp nhất, đầu mối theo dõi lĩnh vực chất lượng vật tư nông nghiệp có thay đổi nên việc tổng hợp số liệu còn chậm.',
            'Chi phí thử nghiệm mẫu phân bón cao so với dự toán được giao.']
    prop = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách tổ chức thử nghiệm được chỉ định để Sở chủ động lấy mẫu.']
    f = 'SNNMT_BC_CT38_2026.docx'
    ents = h3_doc(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'], '10452/BC-SNNMT',
                  VNDATE('23', '11'), 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                  'Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026 trong phạm vi chức năng, nhiệm vụ của Sở như sau:',
                  secs, diff, prop, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Bùi Thị Thanh Hương'])
    reg(f, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '10452/BC-SNNMT', '2026-11-23', ents, diff, prop, hand='H3')

    secs = [
        ('II.2.h', 'completed', {},
         'Cải tiến Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia',
         'Phòng đã phối hợp Chi cục và Văn phòng Sở rà soát, đề xuất cải tiến hệ thống; việc kết nối liên thông với Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước hàng nhập khẩu đã hoàn thành trong Quý I/2026^.',
         'Đã đề xuất 8 nội dung cải tiến; kết nối chính thức từ ngày 25/3/2026.'),
        ('II.2.i', 'in_progress', {'budget_spent_vnd': 240000000},
         'Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
         'Phòng phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng giao diện kết nối, đồng bộ dữ liệu phương tiện đo, tổ chức đánh giá sự phù hợp lên cơ sở dữ liệu quốc gia^; hiện đang thực hiện giai đoạn 2.',
         'Kinh phí đã giải ngân đến 15/11/2026: 240 triệu đồng (giai đoạn 1).'),
        ('II.1.a', 'completed', {'communications': 6},
         'Truyền thông trên môi trường số',
         'Phòng đã đăng tải, chia sẻ tin bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở^, hoàn thành.',
         'Tổng số 06 tin, bài.'),
    ]
    diff = ['Dữ liệu phương tiện đo của nhiều tổ chức kiểm định còn ở dạng tệp rời, chưa chuẩn hóa.']
    prop = ['Kiến nghị Sở bố trí kinh phí năm 2027 cho giai đoạn 3 kết nối cơ sở dữ liệu quốc gia.']
    f = 'PCDS_bao-cao-CT38_endnote.docx'
    ents = h3_doc(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'], '95/BC-CĐS',
                  VNDATE('25', '11'), 'Tình hình thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
                  'Phòng Chuyển đổi số báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì, phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau (số liệu chi tiết tại phần chú thích cuối văn bản):',
                  secs, diff, prop, ['TRƯỞNG PHÒNG', '', '', 'Đặng Hoàng Nam'], kind='endnote')
    reg(f, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '95/BC-CĐS', '2026-11-25', ents, diff, prop, hand='H3')

    secs = [
        ('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 19, 'violations': 1, 'fines_vnd': 5000000},
         'Phối hợp kiểm tra theo nội dung được phân quyền',
         'UBND phường đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường trong kinh doanh vàng, cân tại chợ và cửa hàng xăng dầu trên địa bàn^. Phường đang tiếp tục thực hiện theo kế hoạch.',
         'Tổng cộng 03 cuộc, kiểm tra 19 cơ sở, 01 cơ sở vi phạm, xử phạt 5.000.000 đồng.'),
        ('II.1.a', 'completed', {'communications': 11},
         'Tuyên truyền',
         'Phường đã tuyên truyền trên hệ thống loa, trang Zalo của phường và bảng tin khu phố về quyền lợi người tiêu dùng, đo lường, nhãn hàng hóa^; đã xong.',
         '11 tin bài, thông báo.'),
        ('II.3.a', 'completed', {'participants': 2},
         'Tập huấn công chức',
         'Phường đã cử công chức Văn phòng và phòng Kinh tế tham gia lớp tập huấn nghiệp vụ do Sở tổ chức^; đã xong.',
         '02 công chức.'),
        ('II.5.d', 'not_applicable', {},
         'Khen thưởng người tố giác vi phạm',
         'Trong kỳ không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.', None),
    ]
    diff = ['Phường chưa có kinh phí riêng cho hoạt động kiểm tra đo lường.']
    prop = ['Đề nghị Chi cục tiếp tục cử cán bộ chuyên môn hỗ trợ phường khi kiểm tra.']
    f = 'TanHiep_BC_CT38_11T.docx'
    ents = h3_doc(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN HIỆP'], '603/BC-UBND',
                  'Tân Hiệp, ngày 15 tháng 11 năm 2026', 'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 trên địa bàn phường',
                  'Ủy ban nhân dân phường Tân Hiệp báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu từ ngày 01/01/2026 đến ngày 14/11/2026) như sau:',
                  secs, diff, prop, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lý Hoàng Phúc'])
    reg(f, '25920', 'Phường Tân Hiệp', '603/BC-UBND', '2026-11-15', ents, diff, prop, hand='H3')


# ================================================================ HAND 4
# Anh Hồ Quang Vinh – văn phòng, chỉ báo cáo phần phối hợp: "Sở đã cử cán bộ phối hợp …",
# mỗi ý là một gạch đầu dòng dài; tình trạng viết theo phần việc phối hợp ("phần phối hợp đã xong",
# "tiếp tục cử cán bộ phối hợp", "chưa có yêu cầu phối hợp"). Không có mục I/II/III; khó khăn và
# kiến nghị gộp trong một đoạn "Ý kiến của đơn vị".
def h4_doc(fname, left_lines, num, date_line, trich_yeu, opening, items, diff, prop, signer, closing):
    d = base_doc(font='Times New Roman', size=13)
    header_table(d, left_lines, 'Số: ' + num + '\n' + trich_yeu, date_line, bold_left=(len(left_lines) - 1,))
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', center=True)
    para(d, opening)
    ents = []
    for task, status, ind, txt in items:
        para(d, '- ' + txt)
        ents.append(E(task, status, ind, txt))
    if diff or prop:
        para(d, 'Ý kiến của đơn vị:', bold=True, italic=True)
        for t in diff:
            para(d, '+ Khó khăn: ' + t)
        for t in prop:
            para(d, '+ Đề xuất: ' + t)
    para(d, closing)
    sign(d, ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'], signer)
    d.save(os.path.join(OUT, fname))
    return ents


def hand4():
    items = [
        ('II.2.c', 'completed', {},
         'Đối với việc đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (Chi cục chủ trì): Sở đã cử cán bộ Phòng Xây dựng và Kiểm tra văn bản phối hợp thẩm định 02 dự thảo quyết định của UBND Thành phố về phân cấp quản lý nhà nước về chất lượng sản phẩm, hàng hóa; phần phối hợp của Sở đã xong.'),
        ('II.1.a', 'completed', {'communications': 4},
         'Đối với tuyên truyền, phổ biến pháp luật: Sở đã cử cán bộ phối hợp biên soạn 04 tài liệu hỏi – đáp pháp luật về Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) đăng trên Trang phổ biến giáo dục pháp luật Thành phố; phần phối hợp đã xong.'),
        ('II.3.a', 'in_progress', {'participants': 2},
         'Đối với tập huấn nghiệp vụ: Sở đã cử 02 cán bộ tham dự và tham gia báo cáo viên chuyên đề xử lý vi phạm hành chính; Sở tiếp tục cử cán bộ phối hợp đối với lớp tập huấn tháng 12/2026.'),
    ]
    f = 'STP_phoi-hop-CT38.docx'
    ents = h4_doc(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ TƯ PHÁP'], '6120/STP-VP', VNDATE('27', '11'),
                  'V/v phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026',
                  'Sở Tư pháp không được giao chủ trì nhiệm vụ nào tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ. Trong vai trò cơ quan phối hợp, Sở Tư pháp thông tin kết quả như sau:',
                  items, [], [], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Châu Minh Đạt'],
                  'Sở Tư pháp sẵn sàng tiếp tục phối hợp khi Chi cục có đề nghị./.')
    reg(f, 'SO-TP', 'Sở Tư pháp', '6120/STP-VP', '2026-11-27', ents, [], [], hand='H4')

    items = [
        ('II.5.a', 'completed', {'inspections': 5, 'establishments_inspected': 38, 'samples_tested': 24, 'violations': 4},
         'Phối hợp kiểm tra chất lượng, nhãn hàng hóa đối với thực phẩm bao gói sẵn, nước uống đóng chai: Sở đã cử cán bộ phối hợp với Chi cục trong 5 cuộc kiểm tra liên ngành tại 38 cơ sở, đã lấy 24 mẫu, phát hiện 4 cơ sở ghi nhãn không đúng quy định (Chi cục ra quyết định xử phạt); phần phối hợp của Sở đã xong trong Quý III.'),
        ('II.5.b', 'in_progress', {'samples_tested': 30},
         'Phối hợp khảo sát chất lượng sản phẩm: Sở đã cử cán bộ phối hợp lấy 30 mẫu nước mắm, dầu ăn tại chợ đầu mối để khảo sát; Sở tiếp tục phối hợp đến hết năm.'),
        ('II.2.e', 'completed', {'standards_reviewed': 2},
         'Phối hợp góp ý quy chuẩn: Sở đã cử cán bộ tham gia tổ góp ý 2 dự thảo QCVN về phụ gia thực phẩm và bao bì tiếp xúc thực phẩm; đã xong.'),
        ('II.6.b', 'not_applicable', {},
         'Phối hợp thúc đẩy năng suất với APO: chưa có yêu cầu phối hợp, không phát sinh.'),
    ]
    diff = ['Lịch kiểm tra liên ngành trùng với đợt cao điểm an toàn thực phẩm Tết nên khó bố trí cán bộ.']
    prop = ['Đề nghị Chi cục gửi lịch kiểm tra phối hợp trước ít nhất 10 ngày.']
    f = 'SATTP_CV_phoihop_CT38.docx'
    ents = h4_doc(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM'], '2874/SATTP-NVTT', VNDATE('22', '11'),
                  'V/v báo cáo phần phối hợp thực hiện Chỉ thị 38-CT/TW',
                  'Theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở An toàn thực phẩm là cơ quan phối hợp. Kết quả phối hợp đến ngày 20/11/2026 như sau:',
                  items, diff, prop, ['GIÁM ĐỐC', '', '', 'Phan Thị Kim Ngân'], 'Trân trọng./.')
    reg(f, 'SO-ATTP', 'Sở An toàn thực phẩm', '2874/SATTP-NVTT', '2026-11-22', ents, diff, prop, hand='H4')

    items = [
        ('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 14},
         'Phối hợp thực hiện nội dung được phân quyền: UBND đặc khu đã cử cán bộ Phòng Kinh tế phối hợp với đoàn của Chi cục trong 2 cuộc kiểm tra đo lường, chất lượng xăng dầu và khí dầu mỏ hóa lỏng tại 14 cơ sở trên đảo; đặc khu tiếp tục cử cán bộ phối hợp trong đợt kiểm tra tháng 12.'),
        ('II.1.a', 'completed', {'communications': 5},
         'Phối hợp tuyên truyền: đặc khu đã phát 5 tin trên Đài truyền thanh Côn Đảo về ghi nhãn hàng hóa và đo lường trong mua bán; đã xong.'),
        ('II.3.a', 'not_started', {},
         'Tập huấn nghiệp vụ: đặc khu chưa cử được cán bộ dự lớp tập huấn trực tiếp tại đất liền do điều kiện đi lại; chưa thực hiện.'),
    ]
    diff = ['Chi phí và thời gian đi lại giữa Côn Đảo và đất liền lớn, khó cử cán bộ tham gia tập huấn trực tiếp.']
    prop = ['Đề nghị Sở tổ chức lớp tập huấn trực tuyến để cán bộ đặc khu tham dự.']
    f = 'ConDao_phoi-hop_CT38_11T.docx'
    ents = h4_doc(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO'], '418/UBND-KT',
                  'Côn Đảo, ngày 24 tháng 11 năm 2026', 'V/v báo cáo kết quả phối hợp thực hiện Chỉ thị 38-CT/TW',
                  'UBND đặc khu Côn Đảo báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
                  items, diff, prop, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Văn Hải'], 'Trân trọng./.')
    reg(f, '26732', 'Đặc khu Côn Đảo', '418/UBND-KT', '2026-11-24', ents, diff, prop, hand='H4')


# ================================================================ HAND 5
# Anh Kiều Gia Huy – kỹ sư từng làm cho công ty nước ngoài: số có dấu phẩy ngăn hàng nghìn kiểu Anh
# ("1,250", "12,480") gõ dạng văn bản; tiền ghi bằng "tỷ đồng" với dấu chấm thập phân ("1.35 tỷ đồng");
# tiến độ "Hoàn thành 100%" / "Đang thực hiện (~70%)" / "Chưa đến hạn"; khó khăn, đề xuất ở sheet "Issues".
def h5_book(fname, unit_lines, num, date_line, title, rows, diff, prop):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Report 11M'
    for col, w in zip('ABCDEF', (6, 40, 60, 12, 12, 22)):
        ws.column_dimensions[col].width = w
    ws['A1'] = unit_lines[0]; ws['A2'] = unit_lines[1]; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + num; ws['D3'] = date_line
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    hdr = ['No.', 'Nhiệm vụ', 'Đã thực hiện (đến 15/11/2026)', 'Số lượng', 'Đơn vị', 'Tiến độ']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='305496'); c.border = BOX
    r = 8; ents = []
    for n, (task, status, stw, name, result, figs, ind) in enumerate(rows, 1):
        first = r
        ws.cell(r, 1, n); ws.cell(r, 2, name); ws.cell(r, 3, result); ws.cell(r, 6, stw)
        if not figs:
            figs = [('', '')]
        for q, u in figs:
            ws.cell(r, 4, q); ws.cell(r, 5, u)
            for c in range(1, 7):
                ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical='top')
            r += 1
        if r - first > 1:
            for col in (1, 2, 3, 6):
                ws.merge_cells(start_row=first, end_row=r - 1, start_column=col, end_column=col)
        ents.append(E(task, status, ind, name + ': ' + result))
    ws2 = wb.create_sheet('Issues')
    ws2['A1'] = 'Khó khăn'; ws2['B1'] = 'Đề xuất'
    ws2['A1'].font = Font(bold=True); ws2['B1'].font = Font(bold=True)
    ws2.column_dimensions['A'].width = 60; ws2.column_dimensions['B'].width = 60
    for i in range(max(len(diff), len(prop))):
        if i < len(diff): ws2.cell(i + 2, 1, diff[i])
        if i < len(prop): ws2.cell(i + 2, 2, prop[i])
    wb.save(os.path.join(OUT, fname))
    return ents


def hand5():
    TT = 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'
    rows = [
        ('II.4.a', 'in_progress', 'Đang thực hiện (~75%)', 'Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm',
         'Mua sắm 06 thiết bị phân tích (GC-MS, ICP-MS…); đã giải ngân 1.35 tỷ đồng / dự toán 1.8 tỷ đồng', [('06', 'thiết bị')],
         {'budget_spent_vnd': 1350000000}),
        ('II.4.c', 'completed', 'Hoàn thành 100%', 'Duy trì chuẩn đo lường, liên kết chuẩn quốc gia',
         'Hiệu chuẩn, liên kết chuẩn các chuẩn chính khối lượng, áp suất, nhiệt độ; tổng số phương tiện, chuẩn được hiệu chuẩn: 1,250', [('1,250', 'chuẩn/PTĐ')],
         {'instruments_verified': 1250}),
        ('II.2.g', 'in_progress', 'Đang thực hiện (~90%)', 'Dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm cho doanh nghiệp',
         'Kiểm định, hiệu chuẩn 12,480 phương tiện đo; thử nghiệm 3,615 mẫu sản phẩm, hàng hóa', [('12,480', 'PTĐ'), ('3,615', 'mẫu')],
         {'instruments_verified': 12480, 'samples_tested': 3615}),
        ('II.3.d', 'completed', 'Hoàn thành 100%', 'Đào tạo đo lường, thử nghiệm cho sinh viên, kỹ thuật viên',
         '04 khóa đào tạo kiểm định viên, kỹ thuật viên thử nghiệm; 260 học viên', [('04', 'khóa'), ('260', 'học viên')],
         {'training_courses': 4, 'participants': 260}),
        ('II.5.b', 'in_progress', 'Đang thực hiện', 'Phối hợp khảo sát chất lượng sản phẩm với Chi cục',
         'Thử nghiệm 120 mẫu khảo sát theo hợp đồng với Chi cục', [('120', 'mẫu')], {'samples_tested': 120}),
    ]
    diff = ['Some thiết bị thử nghiệm nhập khẩu giao hàng chậm (lead time 5-6 tháng)', 'Thiếu kỹ thuật viên có chứng chỉ kiểm định viên đo lường']
    prop = ['Đề nghị Sở cho phép chuyển nguồn 0.45 tỷ đồng chưa giải ngân sang năm 2027', 'Đề nghị Chi cục ưu tiên đào tạo, cấp thẻ kiểm định viên cho Trung tâm']
    f = 'TTPTTN_Report_CT38_11M2026.xlsx'
    ents = h5_book(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH'], '733/BC-TTPTTN',
                   'TP.HCM, ngày 18 tháng 11 năm 2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 – 11 THÁNG 2026', rows, diff, prop)
    reg(f, 'SKHCN-TTPTTN', TT, '733/BC-TTPTTN', '2026-11-18', ents, diff, prop, hand='H5')

    rows = [
        ('II.3.d', 'in_progress', 'Đang thực hiện (~80%)', 'Bồi dưỡng, tập huấn về tiêu chuẩn, đo lường, chất lượng cho giáo viên, học sinh, sinh viên',
         'Tổ chức 12 buổi ngoại khóa, tập huấn tại các trường cao đẳng, trung cấp và THPT; 2,340 lượt học sinh, sinh viên, giáo viên tham dự; kinh phí đã chi 0.42 tỷ đồng',
         [('12', 'buổi'), ('2,340', 'lượt')], {'training_courses': 12, 'participants': 2340, 'budget_spent_vnd': 420000000}),
        ('II.2.đ', 'completed', 'Hoàn thành 100%', 'Duy trì ISO 9001:2015 tại cơ quan Sở',
         'Đánh giá nội bộ xong tháng 8/2026, công bố lại hệ thống', [], {}),
        ('II.1.a', 'completed', 'Hoàn thành 100%', 'Tuyên truyền trong trường học',
         'Phát hành 1,500 tờ gấp, poster về mã số mã vạch, nhãn hàng hóa, đo lường', [('1,500', 'tài liệu')], {'communications': 1500}),
        ('II.2.e', 'not_started', 'Chưa đến hạn', 'Góp ý quy chuẩn thiết bị dạy học', 'Chưa nhận dự thảo', [], {}),
    ]
    diff = ['Kế hoạch tập huấn phải lồng ghép vào lịch ngoại khóa nên số buổi bị hạn chế']
    prop = ['Đề nghị Sở KH&CN cung cấp bộ tài liệu mẫu về TĐC dành cho học sinh']
    f = 'SGDDT_CT38_11thang.xlsx'
    ents = h5_book(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], '5590/SGDĐT-GDCN',
                   'TP.HCM, ngày 28 tháng 11 năm 2026', 'KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW (11 THÁNG NĂM 2026)', rows, diff, prop)
    reg(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '5590/SGDĐT-GDCN', '2026-11-28', ents, diff, prop, hand='H5')

    rows = [
        ('II.5.c', 'in_progress', 'Đang thực hiện', 'Phối hợp kiểm tra đo lường, chất lượng tại chợ và cửa hàng',
         'Phối hợp Chi cục: 3 cuộc, 22 cơ sở, 2 cơ sở vi phạm, phạt 8,500,000 đ', [('3', 'cuộc'), ('22', 'cơ sở'), ('2', 'vi phạm')],
         {'inspections': 3, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 8500000}),
        ('II.1.a', 'completed', 'Hoàn thành 100%', 'Tuyên truyền cho hộ kinh doanh, người dân',
         'Phát 1,150 tờ rơi; 8 tin trên loa truyền thanh xã', [('1,158', 'tin/tờ rơi')], {'communications': 1158}),
        ('II.3.a', 'completed', 'Hoàn thành 100%', 'Cử công chức dự tập huấn', '01 công chức Phòng Kinh tế dự lớp tháng 6', [('01', 'người')], {'participants': 1}),
    ]
    diff = ['Xã rộng, chợ tạm nhiều, lực lượng mỏng']
    prop = ['Đề nghị hỗ trợ 01 cân đối chứng cho chợ Phước Vĩnh']
    f = 'PhuGiao_CT38_11M.xlsx'
    ents = h5_book(f, ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN XÃ PHÚ GIÁO'], '229/BC-UBND',
                   'Phú Giáo, ngày 20 tháng 11 năm 2026', 'BÁO CÁO KẾT QUẢ CT38 – 11 THÁNG 2026', rows, diff, prop)
    reg(f, '25858', 'Xã Phú Giáo', '229/BC-UBND', '2026-11-20', ents, diff, prop, hand='H5')


def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()


if __name__ == '__main__':
    hand1(); hand2(); hand3(); hand4(); hand5()
    for r in REPORTS:
        p = os.path.join(OUT, r['file'])
        out = {'file': r['file'], 'sha256': sha(p), 'status': r['status'], 'reason': r['reason'],
               'unit': r['unit'], 'document': r['document'], 'entries': r['entries'], 'findings': [],
               'difficulties': r['difficulties'], 'proposals': r['proposals']}
        json.dump(out, open(os.path.join(TR, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
    print(len(REPORTS), 'files')
