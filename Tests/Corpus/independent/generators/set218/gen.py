# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')
UNITS = {
 'SKHCN-CCTDC': 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
 'SKHCN-TTPTTN': 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
 'SKHCN-KTPC': 'Phòng Kiểm tra – Pháp chế',
 'SO-CT': 'Sở Công Thương',
 'SKHCN-CDS': 'Phòng Chuyển đổi số',
 'SKHCN-TTCNTT': 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh',
 'SKHCN-QLKH': 'Phòng Quản lý Khoa học',
 '25920': 'Phường Tân Hiệp',
 '25750': 'Phường Phú Lợi',
 '26596': 'Xã Châu Đức',
 '26842': 'Phường Tăng Nhơn Phú',
 '26620': 'Xã Hồ Tràm',
 'SO-YT': 'Sở Y tế',
 'SO-NNMT': 'Sở Nông nghiệp và Môi trường',
 'SKHCN-VP': 'Văn phòng Sở Khoa học và Công nghệ',
 'SO-XD': 'Sở Xây dựng',
}
LABEL = {'training_courses': ('Số lớp/hội nghị', 'lớp'), 'participants': ('Số lượt người tham dự', 'lượt người'),
 'communications': ('Tin, bài tuyên truyền', 'tin, bài'), 'enterprises_supported': ('Doanh nghiệp được hướng dẫn, hỗ trợ', 'doanh nghiệp'),
 'inspections': ('Số cuộc kiểm tra', 'cuộc'), 'establishments_inspected': ('Số cơ sở được kiểm tra', 'cơ sở'),
 'violations': ('Số cơ sở vi phạm', 'cơ sở'), 'fines_vnd': ('Tiền phạt VPHC', 'đồng'),
 'samples_tested': ('Số mẫu lấy thử nghiệm', 'mẫu'), 'instruments_verified': ('Phương tiện đo kiểm định, hiệu chuẩn', 'phương tiện'),
 'standards_reviewed': ('Dự thảo TCVN/QCVN góp ý', 'dự thảo'), 'budget_spent_vnd': ('Kinh phí đã giải ngân', 'đồng')}

def dots(n): return f"{n:,}".replace(',', '.')

def E(task, status, text, **ind): return dict(task=task, status=status, text=text, indicators=ind)

def key(fname, uid, number, date, entries, diffs, props, status='extracted', reason=None):
    return dict(file=fname, status=status, reason=reason, unit={'id': uid, 'name': UNITS[uid]},
                document={'number': number, 'date': date},
                entries=[dict(task=e['task'], status=e['status'], indicators=e['indicators'], text=e['text']) for e in entries],
                findings=[], difficulties=diffs, proposals=props)

KEYS = []

# ---------------- numbers in words (H3) ----------------
DG = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
def words(n):
    if n < 10: return DG[n]
    if n < 20: return 'mười' + ('' if n == 10 else ' ' + ('lăm' if n % 10 == 5 else DG[n % 10]))
    if n < 100:
        t, u = divmod(n, 10)
        s = DG[t] + ' mươi'
        if u == 1: s += ' mốt'
        elif u == 5: s += ' lăm'
        elif u: s += ' ' + DG[u]
        return s
    h, r = divmod(n, 100)
    s = DG[h] + ' trăm'
    if r == 0: return s
    if r < 10: return s + ' lẻ ' + DG[r]
    return s + ' ' + words(r)

def header_docx(doc, left1, left2, number, place_date, font='Times New Roman'):
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    t = doc.add_table(rows=3, cols=2)
    t.cell(0, 0).text = left1; t.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    t.cell(1, 0).text = left2; t.cell(1, 1).text = 'Độc lập - Tự do - Hạnh phúc'
    t.cell(2, 0).text = 'Số: ' + number if number else 'Số:      /BC'
    t.cell(2, 1).text = place_date
    for r in t.rows:
        for c in r.cells:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs: run.bold = True; run.font.size = Pt(12)

def para(doc, text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

# =============== HAND 1: Lê Thị Hạnh – specialist, "Trạng thái:" first, n.1 n.2 figure lines =====
H1_ST = {'completed': 'Đã hoàn thành', 'in_progress': 'Đang thực hiện', 'not_started': 'Chưa thực hiện',
         'not_applicable': 'Không phát sinh', 'unknown': None}
def h1_fig(ind, v):
    lab, u = LABEL[ind]
    if ind.endswith('_vnd'): return f"{lab}: {dots(v)} {u}"
    return f"{lab}: {v:02d} {u}" if v < 100 else f"{lab}: {dots(v)} {u}"

def hand1(fname, uid, left1, number, datestr, iso, title, intro, items, diffs, props, signer, extra_figs=None):
    doc = Document()
    header_docx(doc, left1, UNITS[uid].upper() if len(UNITS[uid]) < 60 else UNITS[uid], number, datestr)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, title, bold=True, align='c')
    para(doc, intro)
    para(doc, 'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', bold=True)
    for i, (name, e, notes) in enumerate(items, 1):
        para(doc, f'{i}) {name}', bold=True)
        st = H1_ST[e['status']]
        if st: para(doc, f'Trạng thái: {st}.', italic=True)
        para(doc, e['text'])
        for j, (ind, v) in enumerate(e['indicators'].items(), 1):
            para(doc, f'   {i}.{j}. ' + h1_fig(ind, v))
        for j2, n in enumerate(notes or [], len(e['indicators']) + 1):
            para(doc, f'   {i}.{j2}. ' + n)
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for d in diffs: para(doc, '- ' + d)
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for d in props: para(doc, '- ' + d)
    para(doc, 'Người lập báo cáo: ' + signer, italic=True)
    doc.save(os.path.join(OUT, fname))
    KEYS.append(key(fname, uid, number, iso, [it[1] for it in items], diffs, props))

# =============== HAND 2: Phạm Quốc Bảo – engineer's XLSX, slang statuses, money in 1.000đ =====
H2_ST = {'completed': 'Xong', 'in_progress': 'Đang chạy', 'not_started': 'Chưa chạy', 'not_applicable': 'Không có việc', 'unknown': ''}
H2_COLS = [('Lớp/HN', 'training_courses'), ('Lượt người', 'participants'), ('Tin bài', 'communications'),
           ('DN hỗ trợ', 'enterprises_supported'), ('Cuộc KT', 'inspections'), ('Cơ sở KT', 'establishments_inspected'),
           ('Vi phạm', 'violations'), ('Phạt (1.000đ)', 'fines_vnd'), ('Kinh phí (1.000đ)', 'budget_spent_vnd')]
def hand2(fname, uid, number, datestr, iso, items, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'theo doi CT38'
    ws['A1'] = UNITS[uid].upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = f'Số: {number}' if number else ''
    ws['H1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['H2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['H3'] = datestr
    ws['A5'] = 'BẢNG THEO DÕI TIẾN ĐỘ KẾ HOẠCH CT38/2026 (cập nhật gửi Chi cục TĐC)'; ws['A5'].font = Font(bold=True, size=13)
    hdr = ['#', 'Đầu việc'] + [c for c, _ in H2_COLS] + ['TT', 'Diễn giải']
    ws.append([]); ws.append(hdr)
    for c in ws[7]: c.font = Font(bold=True)
    for i, (name, e) in enumerate(items, 1):
        row = [i, name]
        for _, ind in H2_COLS:
            v = e['indicators'].get(ind)
            if v is None: row.append(None)
            elif ind.endswith('_vnd'): row.append(v // 1000)
            else: row.append(v)
        row += [H2_ST[e['status']], e['text']]
        ws.append(row)
    n = ws.max_row + 2
    ws.cell(n, 1, 'TT: Xong = đã hoàn thành; Đang chạy = đang thực hiện; Chưa chạy = chưa triển khai; Không có việc = không phát sinh')
    ws.cell(n + 1, 1, 'Người cập nhật: ' + signer)
    for r in ws.iter_rows(min_row=8, max_row=ws.max_row):
        for c in r:
            if isinstance(c.value, int) and c.column > 2: c.number_format = '#,##0'
    ws.column_dimensions['B'].width = 48; ws.column_dimensions['M'].width = 60
    g = wb.create_sheet('Ghi chu')
    g.append(['Loại', 'Nội dung'])
    for d in diffs: g.append(['Vướng', d])
    for p in props: g.append(['Kiến nghị', p])
    g.column_dimensions['B'].width = 100
    wb.save(os.path.join(OUT, fname))
    KEYS.append(key(fname, uid, number, iso, [it[1] for it in items], diffs, props))

# =============== HAND 3: Trần Văn Lộc – ward officer, (a)(b)(c), digits then words in brackets =====
H3_ST = {'completed': 'Tình hình: phường đã làm xong nội dung này.', 'in_progress': 'Tình hình: nội dung này vẫn đang làm, chưa xong.',
         'not_started': 'Tình hình: chưa làm được.', 'not_applicable': 'Tình hình: không phát sinh trên địa bàn.', 'unknown': ''}
def h3n(v, unit):
    return f'{v:02d} ({words(v)}) {unit}'
def hand3(fname, uid, number, datestr, iso, items, diffs, props, signer, font='Times New Roman', ward='phường'):
    doc = Document()
    header_docx(doc, 'ỦY BAN NHÂN DÂN', UNITS[uid].upper(), number, datestr, font=font)
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align='c')
    para(doc, f'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân {UNITS[uid]} báo cáo kết quả như sau:')
    letters = 'abcdefgh'
    for i, (body, e) in enumerate(items):
        t = body
        for ind, v in e['indicators'].items():
            if ind.endswith('_vnd'):
                t = t.replace('{' + ind + '}', f'{dots(v)} đồng')
            else:
                t = t.replace('{' + ind + '}', h3n(v, ''))
        t = t.replace('  ', ' ').replace(' ,', ',').replace(' .', '.')
        st = H3_ST[e['status']].replace('phường', ward)
        para(doc, f'({letters[i]}) {t} {st}'.strip())
    para(doc, 'Khó khăn:', bold=True)
    for d in diffs: para(doc, d)
    para(doc, 'Kiến nghị:', bold=True)
    for p in props: para(doc, p)
    para(doc, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', bold=True)
    para(doc, signer, bold=True)
    doc.save(os.path.join(OUT, fname))
    KEYS.append(key(fname, uid, number, iso, [it[1] for it in items], diffs, props))

# =============== HAND 4: Nguyễn Thị Mai Anh – "label = value" lines, status in square-bracket header =====
H4_ST = {'completed': '[Hoàn thành]', 'in_progress': '[Đang triển khai]', 'not_started': '[Chưa triển khai]', 'not_applicable': '[Không phát sinh]', 'unknown': '[ ]'}
H4_LAB = {'training_courses': 'Hội nghị/lớp', 'participants': 'Người tham dự', 'communications': 'Tin bài', 'enterprises_supported': 'DN được hướng dẫn',
          'inspections': 'Đoàn kiểm tra', 'establishments_inspected': 'Cơ sở được kiểm tra', 'violations': 'Cơ sở vi phạm', 'fines_vnd': 'Tiền phạt',
          'samples_tested': 'Mẫu lấy', 'instruments_verified': 'PTĐ kiểm định', 'standards_reviewed': 'Dự thảo QCVN/TCVN góp ý', 'budget_spent_vnd': 'Kinh phí đã chi'}
def h4v(ind, v):
    if ind.endswith('_vnd'):
        m = v / 1e6
        s = (f'{m:.1f}' if m != int(m) else f'{int(m)}').replace('.', ',')
        if v >= 1e9:
            b = v / 1e9; s2 = (f'{b:.2f}'.rstrip('0').rstrip('.')).replace('.', ',')
            return f'{H4_LAB[ind]} = {s2} tỷ đồng'
        return f'{H4_LAB[ind]} = {s} triệu đồng'
    return f'{H4_LAB[ind]} = {v}'
def hand4_docx(fname, uid, number, datestr, iso, items, diffs, props, signer):
    doc = Document()
    header_docx(doc, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' if uid.startswith('SKHCN') else 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', UNITS[uid].upper(), number, datestr)
    para(doc, 'BÁO CÁO', bold=True, align='c'); para(doc, 'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026', bold=True, align='c')
    for i, (name, e) in enumerate(items, 1):
        t = doc.add_table(rows=2, cols=2); t.style = 'Table Grid'
        t.cell(0, 0).text = f'Việc {i}: {name}'; t.cell(0, 1).text = H4_ST[e['status']]
        lines = [e['text']] + [h4v(k, v) for k, v in e['indicators'].items()]
        m = t.cell(1, 0).merge(t.cell(1, 1)); m.text = '\n'.join(lines)
        doc.add_paragraph()
    para(doc, 'Khó khăn = ', bold=True)
    for d in diffs: para(doc, '• ' + d)
    para(doc, 'Đề xuất = ', bold=True)
    for p in props: para(doc, '• ' + p)
    para(doc, signer, bold=True)
    doc.save(os.path.join(OUT, fname))
    KEYS.append(key(fname, uid, number, iso, [it[1] for it in items], diffs, props))
def hand4_xlsx(fname, uid, number, datestr, iso, items, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC CT38'
    ws['A1'] = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'; ws['A2'] = UNITS[uid].upper(); ws['A3'] = 'Số: ' + number
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D3'] = datestr
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc của Sở)'; ws['A5'].font = Font(bold=True)
    ws.append([]); ws.append(['Việc', 'Nội dung đã làm', 'Số liệu', 'Trạng thái'])
    for c in ws[7]: c.font = Font(bold=True)
    for i, (name, e) in enumerate(items, 1):
        ws.append([f'Việc {i}: {name}', e['text'], '\n'.join(h4v(k, v) for k, v in e['indicators'].items()), H4_ST[e['status']]])
        for c in ws[ws.max_row]: c.alignment = Alignment(wrap_text=True, vertical='top')
    r = ws.max_row + 2
    ws.cell(r, 1, 'Khó khăn ='); 
    for k, d in enumerate(diffs, 1): ws.cell(r + k, 2, d)
    r = r + len(diffs) + 1
    ws.cell(r, 1, 'Đề xuất =')
    for k, p in enumerate(props, 1): ws.cell(r + k, 2, p)
    ws.cell(r + len(props) + 2, 1, signer)
    for col, w in zip('ABCD', (45, 70, 32, 18)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    KEYS.append(key(fname, uid, number, iso, [it[1] for it in items], diffs, props))

# ======================== CONTENT ========================
# ---- H1: Chi cục TĐC
d = ['Lực lượng kiểm tra viên đo lường, chất lượng mỏng so với địa bàn sau sắp xếp (168 phường, xã, đặc khu).',
     'Kinh phí lấy mẫu thử nghiệm chưa đủ cho số nhóm hàng cần khảo sát.']
p = ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng hàng hóa năm 2027.',
     'Đề nghị Sở có văn bản đôn đốc UBND phường, xã, đặc khu bố trí công chức đầu mối về tiêu chuẩn, đo lường, chất lượng.']
hand1('01_ChiCucTDC_BC-CT38-11thang.docx', 'SKHCN-CCTDC', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '1184/BC-TĐC',
      'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026', '2026-11-05',
      'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến 31/10/2026)',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo chi tiết kết quả thực hiện các nhiệm vụ được giao chủ trì như sau:',
      [('Tập huấn văn bản pháp luật TCĐLCL cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu',
        E('II.1.a', 'completed', 'Tổ chức 03 lớp tập huấn pháp luật về TCĐLCL và 01 buổi tọa đàm với doanh nghiệp nhập khẩu tại Thành phố.', training_courses=4, participants=412), ['Thời gian tổ chức: tháng 3, 5, 7 và 9/2026 (số lớp nêu tại điểm 1.1 đã gồm buổi tọa đàm)']),
       ('Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
        E('II.1.b', 'completed', 'Gửi thư mời, hướng dẫn hồ sơ tham dự Giải thưởng Chất lượng Quốc gia 2026.', enterprises_supported=9), None),
       ('Kết nối Cổng một cửa quốc gia đối với đăng ký kiểm tra hàng nhập khẩu',
        E('II.2.h', 'completed', 'Đã đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ và kết nối liên thông Cổng một cửa quốc gia từ tháng 3/2026.'), None),
       ('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy',
        E('II.2.d', 'in_progress', 'Hướng dẫn doanh nghiệp áp dụng ISO 9001, ISO 22000 và tiếp nhận hồ sơ công bố hợp quy.', enterprises_supported=23), ['Hồ sơ công bố hợp quy đã tiếp nhận: 312 hồ sơ']),
       ('Góp ý dự thảo TCVN, QCVN và quy chuẩn kỹ thuật địa phương',
        E('II.2.e', 'in_progress', 'Chủ trì tổng hợp ý kiến các sở, ngành đối với dự thảo do Bộ KH&CN và các Bộ gửi xin ý kiến.', standards_reviewed=17), None),
       ('Tập huấn nghiệp vụ TCĐLCL cho công chức sở, ngành, UBND xã, phường, đặc khu',
        E('II.3.a', 'in_progress', 'Đã tổ chức 03 lớp cho công chức cấp xã; lớp thứ tư dự kiến tháng 12/2026.', training_courses=3, participants=265), None),
       ('Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị nghiệp vụ',
        E('II.4.b', 'in_progress', 'Kiểm định, hiệu chuẩn phương tiện đo, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra.', instruments_verified=46, budget_spent_vnd=118500000), None),
       ('Kiểm tra nhà nước về đo lường, chất lượng hàng hóa',
        E('II.5.a', 'in_progress', 'Kiểm tra xăng dầu, vàng trang sức, mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện.', inspections=21, establishments_inspected=148, violations=13, fines_vnd=187500000), None),
       ('Khảo sát chất lượng sản phẩm, hàng hóa trên thị trường',
        E('II.5.b', 'in_progress', 'Lấy mẫu khảo sát xăng dầu, dầu nhờn, thép xây dựng, sữa dạng lỏng.', samples_tested=96), ['Mẫu không phù hợp: 07 mẫu']),
       ('Phối hợp APO thúc đẩy năng suất khu vực công',
        E('II.6.b', 'not_applicable', 'Trong kỳ chưa có yêu cầu của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.'), None)],
      d, p, 'Lê Thị Hạnh – chuyên viên Phòng Quản lý Tiêu chuẩn Chất lượng')

# ---- H1: Trung tâm Dịch vụ Phân tích thí nghiệm
d = ['Một số thiết bị thử nghiệm đã hết khấu hao, chi phí sửa chữa cao.']
p = ['Đề nghị Sở ưu tiên bố trí vốn đầu tư mua sắm hệ thống chuẩn áp suất và chuẩn khối lượng năm 2027.']
hand1('02_TTPTTN_baocao_CT38.docx', 'SKHCN-TTPTTN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '562/BC-TTPTTN',
      'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', '2026-10-30',
      'Tình hình thực hiện các nội dung Kế hoạch Chỉ thị 38-CT/TW năm 2026 do Trung tâm chủ trì, phối hợp',
      'Trung tâm Dịch vụ Phân tích thí nghiệm báo cáo như sau:',
      [('Đầu tư cơ sở vật chất, trang thiết bị của Trung tâm',
        E('II.4.a', 'in_progress', 'Hoàn thành lắp đặt 02 hệ thống sắc ký; đang đấu thầu gói thiết bị hiệu chuẩn nhiệt.', budget_spent_vnd=2350000000), None),
       ('Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
        E('II.2.g', 'in_progress', 'Mở rộng phạm vi công nhận ISO/IEC 17025 thêm 14 phép thử; cung cấp dịch vụ cho doanh nghiệp.', instruments_verified=18426, samples_tested=3214), None),
       ('Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia',
        E('II.4.c', 'completed', 'Hiệu chuẩn định kỳ các chuẩn chính tại Viện Đo lường Việt Nam.', instruments_verified=12), None),
       ('Đào tạo cho sinh viên, viên chức về đo lường, thử nghiệm',
        E('II.3.d', 'completed', 'Phối hợp 02 trường cao đẳng tổ chức khóa thực tập nghiệp vụ đo lường.', training_courses=2, participants=140), None)],
      d, p, 'Võ Thanh Tùng – Phó Trưởng phòng Kế hoạch tổng hợp')

# ---- H1: Phòng Kiểm tra – Pháp chế
d = ['Việc phối hợp xử phạt đối với hàng hóa bán qua sàn thương mại điện tử còn khó xác định chủ thể.']
p = ['Kiến nghị Sở ban hành quy chế phối hợp giữa Chi cục TĐC và Phòng Kiểm tra – Pháp chế trong xử lý vi phạm.']
hand1('03_P.KTPC_BC so 74.docx', 'SKHCN-KTPC', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '74/BC-KTPC',
      'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', '2026-10-28',
      'Kết quả phối hợp thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026',
      'Phòng Kiểm tra – Pháp chế báo cáo phần việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng như sau:',
      [('Phối hợp kiểm tra liên ngành về đo lường, chất lượng',
        E('II.5.a', 'in_progress', 'Phối hợp Chi cục kiểm tra các cửa hàng xăng dầu, kinh doanh vàng bạc.', inspections=6, establishments_inspected=31, violations=5, fines_vnd=42000000), None),
       ('Xử lý hành vi tham nhũng, tiêu cực, bảo vệ người tố giác',
        E('II.5.d', 'in_progress', 'Tiếp nhận, xử lý đơn phản ánh liên quan đến đo lường, chất lượng; chưa phát hiện hành vi tiêu cực.'), ['Đơn phản ánh đã xử lý: 05 đơn']),
       ('Góp ý sửa đổi Luật Chất lượng sản phẩm, hàng hóa',
        E('II.2.c', 'completed', 'Đã góp ý dự thảo Luật sửa đổi, bổ sung Luật Chất lượng sản phẩm, hàng hóa và các nghị định hướng dẫn.'), None),
       ('Phối hợp rà soát thiết bị phục vụ xử phạt',
        E('II.4.b', 'unknown', 'Đã cử 01 công chức tham gia tổ rà soát thiết bị kỹ thuật nghiệp vụ của Chi cục.'), None)],
      d, p, 'Đặng Minh Khoa – chuyên viên')

# ---- H1: Sở Công Thương
d = ['Danh mục sản phẩm, hàng hóa nhóm 2 thuộc ngành công thương thay đổi nhiều, cán bộ cập nhật chưa kịp.']
p = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu công bố hợp quy để phục vụ kiểm tra thị trường.']
hand1('04_SCT_bc ket qua CT38.docx', 'SO-CT', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '9127/SCT-KHTC',
      'Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026', '2026-11-06',
      'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      'Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo như sau:',
      [('Góp ý quy chuẩn kỹ thuật quốc gia thuộc ngành công thương',
        E('II.2.e', 'completed', 'Góp ý các dự thảo QCVN về an toàn điện, hóa chất, khí dầu mỏ hóa lỏng.', standards_reviewed=4), None),
       ('Kiểm tra chất lượng hàng hóa lưu thông thuộc ngành công thương',
        E('II.5.a', 'in_progress', 'Kiểm tra chất lượng xăng dầu, LPG, thiết bị điện tại các cơ sở kinh doanh.', inspections=12, establishments_inspected=64, violations=9, fines_vnd=96000000), None),
       ('Cử cán bộ tham dự tập huấn pháp luật TCĐLCL',
        E('II.1.a', 'completed', 'Cử công chức, doanh nghiệp ngành công thương tham dự lớp tập huấn do Chi cục TĐC tổ chức.', participants=35), None),
       ('Tham gia tập huấn nghiệp vụ cho công chức sở, ngành',
        E('II.3.a', 'completed', 'Cử công chức phòng Quản lý công nghiệp tham gia lớp cập nhật kiến thức.', participants=6), None)],
      d, p, 'Huỳnh Ngọc Diệp – chuyên viên Phòng Kế hoạch – Tài chính')

# ---- H2: Phòng Chuyển đổi số
hand2('05_CDS_theodoi_CT38.xlsx', 'SKHCN-CDS', '215/CĐS', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', '2026-10-29',
      [('Cải tiến hệ thống TTHC, liên thông Cổng một cửa QG (phối hợp Chi cục)', E('II.2.h', 'completed', 'API liên thông chạy ổn định từ 15/3/2026.')),
       ('Kết nối CSDL quốc gia về TCĐLCL', E('II.2.i', 'in_progress', 'Đang chuẩn hóa dữ liệu, đã đồng bộ 2 phân hệ.', budget_spent_vnd=45000000)),
       ('Đăng tin GTCLQG trên cổng TTĐT Sở', E('II.1.b', 'completed', 'Đăng tin, bài vận động tham dự Giải thưởng CLQG.', communications=12))],
      ['Dữ liệu công bố hợp chuẩn, hợp quy cũ còn lưu trên giấy, số hóa chậm.'],
      ['Đề nghị bố trí thêm kinh phí số hóa hồ sơ TĐC giai đoạn 2019–2024.'], 'Phạm Quốc Bảo')

# ---- H2: Trung tâm CNTT và Địa không gian
hand2('06_TTCNTT-DKG_CT38.xlsx', 'SKHCN-TTCNTT', '388/TTCNTT-KT', 'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026', '2026-11-02',
      [('Hạ tầng kết nối CSDL quốc gia TCĐLCL', E('II.2.i', 'in_progress', 'Cấp máy chủ ảo, đường truyền cho hệ thống CSDL.', budget_spent_vnd=260000000)),
       ('Cử kỹ sư dự tập huấn nghiệp vụ TCĐLCL', E('II.3.a', 'completed', 'Cử kỹ sư dự 1 lớp của Chi cục.', training_courses=1, participants=8)),
       ('Cập nhật điều ước quốc tế (phối hợp)', E('II.6.a', 'not_applicable', 'Không có nội dung liên quan trung tâm.'))],
      ['Máy chủ hiện hữu gần hết dung lượng lưu trữ.'],
      ['Đề nghị Sở phê duyệt nâng cấp lưu trữ trong dự toán 2027.'], 'Phạm Quốc Bảo (kỹ thuật)')

# ---- H2: Phòng Quản lý Khoa học
hand2('07_QLKH_CT38_tiendo.xlsx', 'SKHCN-QLKH', '97/QLKH', 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026', '2026-10-31',
      [('Thu hút chuyên gia TCĐLCL theo NQ 27/2023', E('II.3.c', 'in_progress', 'Đang thẩm định hồ sơ 02 chuyên gia đo lường.')),
       ('Phối hợp khóa bồi dưỡng năng suất chất lượng', E('II.3.b', 'completed', 'Phối hợp Chi cục mời chuyên gia, giới thiệu học viên.', participants=40)),
       ('Đề tài hợp tác APO (nếu có yêu cầu)', E('II.6.b', 'not_started', 'Chưa có đặt hàng.'))],
      ['Hồ sơ ứng viên chuyên gia TCĐLCL ít, tiêu chí khó đáp ứng.'],
      ['Đề nghị Chi cục TĐC giới thiệu nguồn chuyên gia đầu ngành.'], 'Phạm Quốc Bảo – hỗ trợ nhập liệu')

# ---- H2: Phường Tân Hiệp (ward using the engineer's template)
hand2('08_PhuongTanHiep_CT38.xlsx', '25920', '412/UBND-KT', 'Tân Hiệp, ngày 03 tháng 11 năm 2026', '2026-11-03',
      [('Kiểm tra đo lường, chất lượng theo phân quyền (chợ, cửa hàng xăng dầu)', E('II.5.c', 'in_progress', 'Phối hợp Chi cục kiểm tra cân tại chợ, cột đo xăng dầu.', inspections=5, establishments_inspected=27, violations=2, fines_vnd=7500000)),
       ('Tuyên truyền pháp luật TCĐLCL cho hộ kinh doanh', E('II.1.a', 'completed', 'Hội nghị tuyên truyền cho hộ kinh doanh; tin bài trên trang phường, loa.', training_courses=1, participants=86, communications=14)),
       ('Cử công chức dự tập huấn TCĐLCL', E('II.3.a', 'completed', 'Cử công chức Phòng Kinh tế dự tập huấn.', participants=3))],
      ['Phường chưa có cân đối chứng tại các chợ.'],
      ['Đề nghị Chi cục TĐC hỗ trợ 02 cân đối chứng cho chợ Tân Hiệp.'], 'Nguyễn Văn Sang (Phòng Kinh tế)')

# ---- H3: wards (Trần Văn Lộc style)
hand3('09_P.PhuLoi_bc CT38.docx', '25750', '318/BC-UBND', 'Phú Lợi, ngày 04 tháng 11 năm 2026', '2026-11-04',
      [('Về kiểm tra đo lường, chất lượng theo phân quyền: phường phối hợp Chi cục TĐC tổ chức {inspections} cuộc kiểm tra tại {establishments_inspected} cơ sở kinh doanh xăng dầu, vàng bạc và cân tại chợ; phát hiện {violations} cơ sở vi phạm, phạt tiền {fines_vnd}.',
        E('II.5.c', 'in_progress', 'Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng tại cơ sở kinh doanh xăng dầu, vàng bạc, cân tại chợ.', inspections=4, establishments_inspected=19, violations=1, fines_vnd=3000000)),
       ('Về tuyên truyền: đăng {communications} tin, bài trên trang thông tin điện tử và hệ thống loa của phường; lồng ghép tuyên truyền tại các cuộc họp khu phố với {participants} lượt người nghe.',
        E('II.1.a', 'in_progress', 'Tuyên truyền pháp luật TCĐLCL trên trang thông tin, loa và họp khu phố.', communications=9, participants=120)),
       ('Về tập huấn: cử {participants} công chức tham gia lớp tập huấn nghiệp vụ do Chi cục tổ chức.',
        E('II.3.a', 'completed', 'Cử công chức tham gia tập huấn nghiệp vụ TCĐLCL.', participants=2)),
       ('Về hỗ trợ doanh nghiệp công bố hợp chuẩn, hợp quy: trong kỳ không có doanh nghiệp đề nghị.',
        E('II.2.d', 'not_applicable', 'Không có doanh nghiệp đề nghị hỗ trợ công bố hợp chuẩn, hợp quy.'))],
      ['Phường chưa có công chức chuyên trách, cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.'],
      ['Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền in sẵn cho khu phố.'], 'Trần Văn Lộc')

hand3('10_xa ChauDuc_CT38.docx', '26596', '205/BC-UBND', 'Châu Đức, ngày 30 tháng 10 năm 2026', '2026-10-30',
      [('Về kiểm tra theo phân quyền: xã thành lập tổ kiểm tra, thực hiện {inspections} cuộc tại {establishments_inspected} cơ sở (đại lý phân bón, cửa hàng vật liệu xây dựng, chợ Ngãi Giao); chưa phát hiện vi phạm.',
        E('II.5.c', 'in_progress', 'Tổ kiểm tra của xã kiểm tra đại lý phân bón, cửa hàng VLXD, chợ.', inspections=3, establishments_inspected=15)),
       ('Về tuyên truyền pháp luật: tổ chức {training_courses} hội nghị tuyên truyền cho hộ sản xuất, kinh doanh với {participants} người dự.',
        E('II.1.a', 'completed', 'Hội nghị tuyên truyền pháp luật TCĐLCL cho hộ sản xuất, kinh doanh.', training_courses=1, participants=54)),
       ('Về tập huấn công chức: xã đăng ký cử công chức dự lớp tập huấn quý IV của Chi cục.',
        E('II.3.a', 'in_progress', 'Đăng ký cử công chức dự lớp tập huấn quý IV.')),
       ('Về hỗ trợ cơ sở sản xuất: hướng dẫn {enterprises_supported} hợp tác xã, cơ sở sản xuất ghi nhãn hàng hóa và công bố tiêu chuẩn cơ sở.',
        E('II.2.d', 'completed', 'Hướng dẫn HTX, cơ sở sản xuất ghi nhãn, công bố tiêu chuẩn cơ sở.', enterprises_supported=5))],
      ['Địa bàn rộng, các cơ sở kinh doanh phân tán.'],
      ['Đề nghị Chi cục mở thêm lớp tập huấn tại chỗ cho các xã vùng ven.'], 'Lê Hoàng Phúc', ward='xã')

hand3('11_P.TangNhonPhu-CT38-2026.docx', '26842', '1056/BC-UBND', 'Tăng Nhơn Phú, ngày 07 tháng 11 năm 2026', '2026-11-07',
      [('Về kiểm tra đo lường, chất lượng: phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra {inspections} cuộc, {establishments_inspected} cơ sở; lấy {samples_tested} mẫu xăng dầu gửi thử nghiệm; xử phạt {violations} cơ sở vi phạm với tổng số tiền {fines_vnd}.',
        E('II.5.c', 'completed', 'Phối hợp kiểm tra đo lường, chất lượng; lấy mẫu xăng dầu; xử phạt vi phạm.', inspections=6, establishments_inspected=42, violations=4, fines_vnd=11000000, samples_tested=8)),
       ('Về tuyên truyền: đăng {communications} tin, bài trên trang Zalo OA và trang thông tin điện tử phường.',
        E('II.1.a', 'unknown', 'Đăng tin, bài tuyên truyền trên Zalo OA và trang thông tin điện tử phường.', communications=21)),
       ('Về tập huấn công chức: tham dự {training_courses} lớp với {participants} công chức, người hoạt động không chuyên trách.',
        E('II.3.a', 'completed', 'Tham dự lớp tập huấn nghiệp vụ TCĐLCL.', training_courses=1, participants=4)),
       ('Về vận động Giải thưởng Chất lượng Quốc gia: trên địa bàn không có doanh nghiệp đăng ký.',
        E('II.1.b', 'not_applicable', 'Không có doanh nghiệp đăng ký Giải thưởng Chất lượng Quốc gia.'))],
      ['Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường tại phường.'],
      ['Đề nghị Sở hướng dẫn cơ chế trích kinh phí từ tiền phạt cho lực lượng kiểm tra cấp phường.'], 'Võ Thị Kim Ngân')

# ---- H3: Xã Hồ Tràm — mistaken (giảm nghèo)
doc = Document(); header_docx(doc, 'ỦY BAN NHÂN DÂN', 'XÃ HỒ TRÀM', '188/BC-UBND', 'Hồ Tràm, ngày 02 tháng 11 năm 2026')
para(doc, 'BÁO CÁO', bold=True, align='c')
para(doc, 'Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026', bold=True, align='c')
para(doc, 'Kính gửi: Sở Nông nghiệp và Môi trường.', align='c')
para(doc, '(a) Về rà soát hộ nghèo, hộ cận nghèo: xã rà soát 1.214 hộ, còn 23 (hai mươi ba) hộ nghèo, 41 (bốn mươi mốt) hộ cận nghèo. Tình hình: đang làm.')
para(doc, '(b) Về hỗ trợ sinh kế: hỗ trợ 12 (mười hai) hộ con giống, 08 (tám) hộ vay vốn Ngân hàng Chính sách xã hội. Tình hình: xã đã làm xong nội dung này.')
para(doc, '(c) Về hỗ trợ nhà ở: xây mới 03 (ba) căn nhà cho hộ nghèo. Tình hình: vẫn đang làm, chưa xong.')
para(doc, 'Khó khăn:', bold=True); para(doc, 'Nguồn vốn hỗ trợ sinh kế phân bổ chậm.')
para(doc, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', bold=True); para(doc, 'Trần Văn Lộc', bold=True)
doc.save(os.path.join(OUT, '12_xa HoTram_bao cao.docx'))
KEYS.append(dict(file='12_xa HoTram_bao cao.docx', status='rejected', reason='Báo cáo về Chương trình giảm nghèo bền vững, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW',
                 unit={'id': '26620', 'name': UNITS['26620']}, document={'number': '188/BC-UBND', 'date': '2026-11-02'},
                 entries=[], findings=[], difficulties=[], proposals=[]))

# ---- H4: Sở Y tế (xlsx)
hand4_xlsx('13_SoYte_CT38_2026.xlsx', 'SO-YT', '7731/SYT-NVY', 'Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026', '2026-11-09',
      [('Góp ý quy chuẩn kỹ thuật ngành y tế', E('II.2.e', 'completed', 'Góp ý dự thảo QCVN về trang thiết bị y tế, nước sạch sinh hoạt.', standards_reviewed=6)),
       ('Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông', E('II.5.a', 'in_progress', 'Kiểm tra cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm.', inspections=8, establishments_inspected=47, violations=3, fines_vnd=24000000)),
       ('Cử công chức dự tập huấn TCĐLCL', E('II.3.a', 'completed', 'Cử công chức các phòng chuyên môn dự lớp cập nhật kiến thức.', participants=12))],
      ['Phương tiện đo dùng trong y tế nhiều chủng loại, chưa thống kê đầy đủ.'],
      ['Đề nghị Sở KH&CN phối hợp xây dựng danh mục phương tiện đo nhóm 2 dùng trong cơ sở y tế.'], 'Nguyễn Thị Mai Anh – chuyên viên Phòng Nghiệp vụ Y')

# ---- H4: Sở Nông nghiệp và Môi trường (xlsx)
hand4_xlsx('14_SoNNMT_baocao CT38.xlsx', 'SO-NNMT', '10452/SNNMT-CCQLCL', 'Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026', '2026-11-10',
      [('Góp ý TCVN, QCVN lĩnh vực nông nghiệp, môi trường', E('II.2.e', 'in_progress', 'Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, khí thải.', standards_reviewed=9)),
       ('Kiểm tra chất lượng vật tư nông nghiệp', E('II.5.a', 'in_progress', 'Kiểm tra phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; lấy mẫu kiểm nghiệm.', inspections=15, establishments_inspected=90, samples_tested=210, violations=7, fines_vnd=58500000)),
       ('Tập huấn pháp luật chất lượng vật tư nông nghiệp', E('II.1.a', 'completed', 'Tập huấn cho cơ sở sản xuất, kinh doanh vật tư nông nghiệp.', training_courses=2, participants=180))],
      ['Chi phí kiểm nghiệm mẫu phân bón cao.'],
      ['Đề nghị được sử dụng kết quả thử nghiệm của Trung tâm Dịch vụ Phân tích thí nghiệm với giá ưu đãi.'], 'Nguyễn Thị Mai Anh (tổng hợp)')

# ---- H4: Văn phòng Sở (docx)
hand4_docx('15_VanPhongSo_CT38.docx', 'SKHCN-VP', '603/BC-VP', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', '2026-10-29',
      [('Áp dụng, duy trì ISO 9001:2015 tại Sở', E('II.2.đ', 'completed', 'Đánh giá nội bộ, cập nhật quy trình ISO 9001:2015 cho các phòng, đơn vị.', training_courses=1, participants=45)),
       ('Phối hợp đầu tư trang thiết bị đơn vị sự nghiệp', E('II.4.a', 'in_progress', 'Thẩm định dự toán, thanh toán các gói mua sắm thiết bị của Trung tâm.', budget_spent_vnd=1200000000)),
       ('Khen thưởng, bảo vệ người tố giác vi phạm TCĐLCL', E('II.5.d', 'in_progress', 'Phối hợp xây dựng quy trình tiếp nhận, khen thưởng tố giác.')),
       ('Liên thông Cổng một cửa quốc gia (phối hợp)', E('II.2.h', 'completed', 'Phối hợp cấu hình bộ phận một cửa điện tử của Sở.'))],
      ['Nhân sự làm công tác ISO thường xuyên thay đổi.'],
      ['Đề nghị Chi cục TĐC hỗ trợ chuyên gia đánh giá nội bộ ISO năm 2027.'], 'Nguyễn Thị Mai Anh')

# ---- H4: Sở Xây dựng — mistaken (phòng chống thiên tai)
doc = Document(); header_docx(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG', '14890/SXD-HTKT', 'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026')
para(doc, 'BÁO CÁO', bold=True, align='c'); para(doc, 'Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026', bold=True, align='c')
for i, (n, s, lines) in enumerate([('Rà soát cây xanh, công trình có nguy cơ mất an toàn mùa mưa bão', '[Hoàn thành]', ['Cây xanh cắt tỉa = 3.420 cây', 'Công trình rà soát = 56']),
                                   ('Diễn tập ứng phó ngập lụt đô thị', '[Đang triển khai]', ['Cuộc diễn tập = 2', 'Người tham gia = 310'])], 1):
    t = doc.add_table(rows=2, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = f'Việc {i}: {n}'; t.cell(0, 1).text = s
    m = t.cell(1, 0).merge(t.cell(1, 1)); m.text = '\n'.join(lines); doc.add_paragraph()
para(doc, 'Nguyễn Thị Mai Anh', bold=True)
doc.save(os.path.join(OUT, '16_SXD_bc PCTT.docx'))
KEYS.append(dict(file='16_SXD_bc PCTT.docx', status='rejected', reason='Báo cáo công tác phòng, chống thiên tai, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW',
                 unit={'id': 'SO-XD', 'name': UNITS['SO-XD']}, document={'number': '14890/SXD-HTKT', 'date': '2026-11-05'},
                 entries=[], findings=[], difficulties=[], proposals=[]))

# ---- LibreOffice re-save of two files
tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
for f, fmt in [('10_xa ChauDuc_CT38.docx', 'docx'), ('07_QLKH_CT38_tiendo.xlsx', 'xlsx')]:
    subprocess.run(['libreoffice', '--headless', '--convert-to', fmt, '--outdir', tmp, os.path.join(OUT, f)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
shutil.rmtree(tmp)

for k in KEYS:
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, k['file']), 'rb').read()).hexdigest()
    k = {x: k[x] for x in ['file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries', 'findings', 'difficulties', 'proposals']}
    json.dump(k, open(os.path.join(TR, k['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
print(len(KEYS))
