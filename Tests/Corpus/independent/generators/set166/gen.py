# -*- coding: utf-8 -*-
"""Generator for set166: 17 progress reports (11-month / year-end 2026) in 4 hands."""
import json, os, random, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)

def pad(n):
    return '%02d' % n if n < 10 else str(n)

def dots(n):
    return '{:,}'.format(n).replace(',', '.')

def trieu(n):
    v = n / 1_000_000
    s = ('%.2f' % v).rstrip('0').rstrip('.').replace('.', ',')
    return s + ' triệu đồng'

KEYS = []

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS.append(dict(file=fname, sha256=None, status=status, reason=reason,
                     unit={'id': unit_id, 'name': unit_name},
                     document={'number': number, 'date': date},
                     entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                     findings=[], difficulties=diffs, proposals=props))

# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d

def header_table(d, left1, left2, number, place_date, bold_left2=True):
    t = d.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ''
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(left1 + '\n')
    r = p.add_run(left2); r.bold = bold_left2
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'); r.bold = True
    r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True
    p = t.cell(1, 0).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(number)
    p = t.cell(1, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(place_date); r.italic = True
    return t

def para(d, text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p

DATE_WORDS = lambda dd, mm, yy: 'ngày %s tháng %s năm %s' % (dd, mm, yy)

# ================================================================ HAND 1
# Thu Hà, Phòng Kinh tế of inner wards: numbered paragraphs "1.", "2." in plain prose;
# status given ONLY by the closing "Tháng 12/2026: ..." outlook line.
H1_OUT = {
    'completed': ['Tháng 12/2026: phần việc này phường đã làm xong, không còn tồn.',
                  'Tháng 12/2026: không còn việc phải làm, nội dung đã hoàn thành.'],
    'in_progress': ['Tháng 12/2026: tiếp tục thực hiện, chưa kết thúc.',
                    'Tháng 12/2026: vẫn đang triển khai tiếp theo kế hoạch.'],
    'not_started': ['Tháng 12/2026: nội dung này phường chưa triển khai, dự kiến chuyển sang năm 2027.'],
    'not_applicable': ['Tháng 12/2026: trong năm không phát sinh việc này trên địa bàn.'],
}

def h1_report(fname, uid, uname, num, day, items, diffs, props, signer):
    d = new_doc()
    header_table(d, 'ỦY BAN NHÂN DÂN', uname.upper(), 'Số: ' + num, 'Phường %s, ngày %d tháng 11 năm 2026' % (uname.replace('Phường ', ''), day))
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu 11 tháng, từ 01/01/2026 đến 10/11/2026)', bold=True, center=True)
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', center=True)
    para(d, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân %s báo cáo kết quả thực hiện như sau:' % uname)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    entries = []
    for i, (task, st, ind, text) in enumerate(items, 1):
        para(d, '%d. %s' % (i, text))
        if st in H1_OUT:
            para(d, H1_OUT[st][i % len(H1_OUT[st])])
        entries.append((task, st, ind, text))
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for x in diffs: para(d, '- ' + x)
    para(d, 'III. KIẾN NGHỊ', bold=True, indent=False)
    for x in props: para(d, '- ' + x)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân %s./.' % uname)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = 'Nơi nhận:\n- Chi cục TĐC;\n- TT.UBND phường;\n- Lưu: VT, KT.'
    t.cell(0, 1).text = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n' + signer
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, num, '2026-11-%02d' % day, entries, diffs, props)

# ================================================================ HAND 3
# Minh, văn phòng of Vũng Tàu-area wards: per task three lines "Công việc:", "Làm được:",
# "Chưa làm được:" -- the status is read from the "Chưa làm được:" line.
H3_LEFT = {
    'completed': ['không còn, đã làm xong.', 'không, việc này đã hoàn thành.'],
    'in_progress': ['còn phải làm tiếp, đang thực hiện.', 'đang làm dở, tháng 12 làm tiếp.'],
    'not_started': ['chưa làm được gì, phường chưa triển khai.'],
    'not_applicable': ['không có, vì không phát sinh trên địa bàn.'],
    'unknown': [None],
}

def h3_report(fname, uid, uname, num, day, items, diffs, props, signer, title_extra=''):
    d = new_doc('Times New Roman', 14)
    p = d.add_paragraph(); p.add_run('UBND %s\nVĂN PHÒNG HĐND VÀ UBND' % uname.upper()).bold = True
    p = d.add_paragraph(); p.add_run('Số: %s' % num)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run('%s, ngày %d tháng 11 năm 2026' % (uname.replace('Phường ', ''), day)).italic = True
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, 'Tình hình thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 ' + title_extra, bold=True, center=True)
    para(d, 'Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026; UBND phường báo cáo từng công việc như sau:')
    entries = []
    for i, (task, st, ind, title, done) in enumerate(items, 1):
        p = d.add_paragraph(); r = p.add_run('%d) Công việc: ' % i); r.bold = True; p.add_run(title)
        p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(1)
        r = p.add_run('Làm được: '); r.italic = True; p.add_run(done)
        left = H3_LEFT[st][i % len(H3_LEFT[st])]
        if left:
            p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(1)
            r = p.add_run('Chưa làm được: '); r.italic = True; p.add_run(left)
        entries.append((task, st, ind, title + ' ' + done))
    para(d, 'Khó khăn:', bold=True, indent=False)
    for x in diffs: para(d, '+ ' + x)
    para(d, 'Đề nghị:', bold=True, indent=False)
    for x in props: para(d, '+ ' + x)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n%s' % signer).bold = True
    d.add_paragraph('Nơi nhận: Chi cục TĐC TP.HCM; Lưu VT.')
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, num, '2026-11-%02d' % day, entries, diffs, props)

# ================================================================ HAND 2
# Phúc, ward in former Bình Dương: one sheet "BC 11 thang"; each task row = "own name — status word";
# figure rows under it: STT blank | "- " label | Số | đvt ; difficulties / proposals as labelled rows at bottom.
H2_WORD = {'completed': 'xong', 'in_progress': 'đang làm', 'not_started': 'chưa làm', 'not_applicable': 'không phát sinh', 'unknown': None}

def h2_report(fname, uid, uname, num, day, items, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC 11 thang'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'UBND ' + uname.upper(); ws['A1'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A2'] = 'Số: ' + num
    ws['D3'] = '%s, ngày %d/11/2026' % (uname.replace('Phường ', ''), day)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ 11 THÁNG NĂM 2026 THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)'
    ws['A5'].font = Font(bold=True)
    hdr = ['STT', 'Nội dung', 'Số', 'đvt', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B
    r = 8; entries = []
    for i, (task, st, ind, name, rows, note) in enumerate(items, 1):
        w = H2_WORD[st]
        ws.cell(r, 1, i); c = ws.cell(r, 2, name + (' — ' + w if w else '')); c.font = Font(bold=True)
        ws.cell(r, 5, note or '')
        for j in range(1, 6): ws.cell(r, j).border = B
        r += 1
        for (lab, val, unit) in rows:
            ws.cell(r, 2, '- ' + lab); ws.cell(r, 3, val); ws.cell(r, 4, unit)
            if isinstance(val, int) and val >= 100000: ws.cell(r, 3).number_format = '#,##0'
            for j in range(1, 6): ws.cell(r, j).border = B
            r += 1
        entries.append((task, st, ind, name + ' ' + '; '.join('%s %s %s' % x for x in rows)))
    r += 1
    ws.cell(r, 2, 'Khó khăn').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, x); r += 1
    ws.cell(r, 2, 'Kiến nghị').font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, x); r += 1
    r += 1; ws.cell(r, 4, 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH'); ws.cell(r + 3, 4, signer)
    ws.column_dimensions['B'].width = 70; ws.column_dimensions['E'].width = 30
    for row in ws.iter_rows(min_row=8, max_row=r):
        row[1].alignment = Alignment(wrap_text=True, vertical='top')
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, num, '2026-11-%02d' % day, entries, diffs, props)

# ================================================================ HAND 4
# Hoàng (a Sở's tổng hợp officer / a ward's accountant using the same file): "Phụ lục" sheet with a
# "Hình thức tham gia" column (Chủ trì / Cử người / Góp ý văn bản / Cung cấp số liệu),
# figures in a single "Khối lượng" text cell "n cuộc; n cơ sở", status column "Trạng thái (đến 15/11)".
H4_WORD = {'completed': 'Đã hoàn thành', 'in_progress': 'Đang triển khai', 'not_started': 'Chưa triển khai', 'not_applicable': 'Không phát sinh', 'unknown': ''}

def h4_report(fname, uid, uname, parent, num, day, items, diffs, props, signer, sheet='Phu luc'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = parent; ws['A2'] = uname.upper(); ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + num + '   (kèm theo văn bản báo cáo ngày %d/11/2026)' % day
    ws.merge_cells('A5:F5')
    ws['A5'] = 'PHỤ LỤC KẾT QUẢ THAM GIA THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True); ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = 'Thời điểm lấy số liệu: 15/11/2026'
    hdr = ['TT', 'Nhiệm vụ (theo KH của Sở KH&CN)', 'Hình thức tham gia', 'Khối lượng đã làm', 'Trạng thái (đến 15/11)', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
    r = 9; entries = []
    for i, (task, st, ind, name, form, vol, note) in enumerate(items, 1):
        vals = [i, name, form, vol, H4_WORD[st], note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical='top')
        entries.append((task, st, ind, name + ' ' + vol))
        r += 1
    ws2 = wb.create_sheet('KK-KN')
    ws2['A1'] = 'Khó khăn, vướng mắc'; ws2['A1'].font = Font(bold=True)
    rr = 2
    for x in diffs: ws2.cell(rr, 1, x); rr += 1
    rr += 1; ws2.cell(rr, 1, 'Đề xuất, kiến nghị').font = Font(bold=True); rr += 1
    for x in props: ws2.cell(rr, 1, x); rr += 1
    rr += 2; ws2.cell(rr, 1, 'Người lập biểu: ' + signer)
    for col, w in zip('ABCDEF', [5, 55, 20, 40, 18, 25]): ws.column_dimensions[col].width = w
    ws2.column_dimensions['A'].width = 100
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, num, '2026-11-%02d' % day, entries, diffs, props)


# ================================================================ CONTENT
# ---- Hand 1: inner-city wards (DOCX)
def h1_items(n_kt, n_cs, n_vp, fine, n_tt, n_bai, n_nguoi, n_hkd, extra):
    it = []
    it.append(('II.1.a', 'completed', {'training_courses': n_tt, 'participants': n_nguoi, 'communications': n_bai},
               'Về tuyên truyền: phường lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào các buổi sinh hoạt khu phố và tổ chức %s buổi phổ biến cho hộ kinh doanh tại chợ, có %s người tham dự; đăng %s tin, bài trên trang thông tin điện tử và nhóm Zalo của phường.' % (pad(n_tt), n_nguoi, pad(n_bai))))
    if n_kt:
        ind = {'inspections': n_kt, 'establishments_inspected': n_cs}
        txt = 'Về kiểm tra đo lường, nhãn hàng hóa theo phân cấp: phường thành lập tổ kiểm tra liên ngành, thực hiện %s cuộc kiểm tra tại %s cơ sở kinh doanh (chủ yếu cân tại chợ và cửa hàng tạp hóa)' % (pad(n_kt), pad(n_cs))
        if n_vp:
            ind['violations'] = n_vp; ind['fines_vnd'] = fine
            txt += ', phát hiện %s cơ sở vi phạm, đã lập biên bản và xử phạt tổng số tiền %sđ.' % (pad(n_vp), dots(fine))
        else:
            txt += ', chưa phát hiện vi phạm.'
        it.append(('II.5.c', 'in_progress', ind, txt))
    it.append(('II.2.d', 'in_progress' if n_hkd % 2 else 'completed', {'enterprises_supported': n_hkd},
               'Về hướng dẫn hộ kinh doanh, doanh nghiệp: bộ phận một cửa và Phòng Kinh tế đã hướng dẫn %s hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn, công bố chất lượng sản phẩm và sử dụng phương tiện đo đúng quy định.' % pad(n_hkd)))
    it += extra
    return it

H1 = [
    ('166-bc-ptd-ct38.docx', '26737', 'Phường Tân Định', '412/BC-UBND', 17,
     h1_items(3, 27, 2, 3500000, 2, 9, 86, 14,
              [('II.3.a', 'completed', {'participants': 3}, 'Cử 03 công chức (Phòng Kinh tế và Văn phòng) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 6/2026.'),
               ('II.5.d', 'not_applicable', {}, 'Về tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng: phường không nhận được đơn thư, phản ánh nào.')]),
     ['Phường mới sắp xếp, công chức phụ trách lĩnh vực kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.',
      'Chưa có bộ quả cân chuẩn để kiểm tra nhanh cân tại chợ Tân Định.'],
     ['Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn và cân đối chứng đặt tại chợ.',
      'Đề nghị Chi cục tiếp tục mở lớp tập huấn cho công chức phường trong Quý I/2027.'],
     'Lê Minh Tuấn'),
    ('166-bc-pcholon-11t.docx', '27343', 'Phường Chợ Lớn', '598/BC-UBND', 19,
     h1_items(4, 36, 3, 6750000, 3, 12, 140, 22,
              [('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 11},
                'Phường cử cán bộ tham gia 02 đợt kiểm tra của Đoàn kiểm tra liên ngành Thành phố về chất lượng hàng hóa đồ chơi trẻ em, mũ bảo hiểm tại 11 cơ sở trên địa bàn.')]),
     ['Nhiều hộ kinh doanh là người lớn tuổi, người Hoa, việc tuyên truyền bằng văn bản chưa hiệu quả.'],
     ['Đề nghị Chi cục cung cấp tờ rơi song ngữ Việt - Hoa về ghi nhãn hàng hóa và sử dụng cân.'],
     'Trần Thị Kim Oanh'),
    ('166-ubnd-phuong-go-vap-bc.docx', '26884', 'Phường Gò Vấp', '377/BC-UBND', 16,
     h1_items(2, 18, 0, 0, 1, 5, 62, 9,
              [('II.1.b', 'not_started', {}, 'Về vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: phường đã nhận văn bản của Chi cục nhưng chưa tổ chức gặp gỡ, vận động doanh nghiệp trên địa bàn.'),
               ('II.3.a', 'completed', {'participants': 2}, 'Cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức.')]),
     ['Doanh nghiệp trên địa bàn chủ yếu nhỏ và siêu nhỏ, ít quan tâm đến Giải thưởng Chất lượng Quốc gia.'],
     ['Đề nghị Chi cục gửi tài liệu hướng dẫn ngắn gọn về Giải thưởng để phường chuyển cho doanh nghiệp.'],
     'Nguyễn Văn Sang'),
    ('166-bc-binhtrung-ct38.docx', '27097', 'Phường Bình Trưng', '245/BC-UBND', 21,
     h1_items(5, 41, 4, 9200000, 2, 7, 95, 17, []),
     ['Lực lượng kiểm tra mỏng, phải phối hợp với Công an phường và Đội Quản lý thị trường.'],
     ['Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn thống nhất về trình tự kiểm tra đo lường tại chợ cho cấp phường.'],
     'Phạm Quốc Huy'),
    ('166-bc-pbenthanh-nam2026.docx', '26743', 'Phường Bến Thành', '633/BC-UBND', 23,
     h1_items(6, 58, 5, 14250000, 4, 21, 236, 31,
              [('II.5.b', 'completed', {'samples_tested': 12}, 'Về khảo sát chất lượng hàng hóa: phường phối hợp với Chi cục lấy 12 mẫu hàng hóa (đồ chơi trẻ em, bình giữ nhiệt) tại chợ Bến Thành và các cửa hàng trên đường Lê Thánh Tôn để khảo sát chất lượng.'),
               ('II.2.i', 'unknown', {}, 'Về cập nhật cơ sở dữ liệu: phường cung cấp danh sách cơ sở kinh doanh có sử dụng phương tiện đo theo đề nghị của Chi cục để đưa vào cơ sở dữ liệu.')]),
     ['Chợ Bến Thành và khu vực trung tâm có nhiều khách du lịch, phản ánh về cân thiếu thường qua mạng xã hội, khó xác minh.'],
     ['Đề nghị Chi cục phối hợp đặt thêm 02 điểm cân đối chứng tại chợ Bến Thành và chợ Tân Định.'],
     'Võ Thành Nhân'),
]

# ---- Hand 3: Vũng Tàu / Bà Rịa area wards (DOCX)
H3 = [
    ('166_BC_TD_CL_P.VungTau.docx', '26506', 'Phường Vũng Tàu', '1024/BC-UBND', 20,
     [('II.5.c', 'completed', {'inspections': 4, 'establishments_inspected': 33, 'violations': 2, 'fines_vnd': 2500000},
       'Kiểm tra cân, đồng hồ xăng dầu và nhãn hàng hóa tại chợ Vũng Tàu và các cửa hàng xăng dầu trên địa bàn.',
       'tổ kiểm tra của phường đã đi 04 cuộc, kiểm tra 33 cơ sở; có 02 cơ sở vi phạm (cân sai số vượt mức cho phép), phạt 2,5 triệu đồng.'),
      ('II.5.b', 'in_progress', {'samples_tested': 6},
       'Phối hợp Chi cục TĐC lấy mẫu khảo sát chất lượng xăng dầu.',
       'phường cử người đi cùng đoàn, lấy 06 mẫu xăng, dầu tại 03 cửa hàng; đang chờ kết quả thử nghiệm.'),
      ('II.1.a', 'completed', {'communications': 15, 'training_courses': 1, 'participants': 58},
       'Tuyên truyền về tiêu chuẩn, đo lường, chất lượng cho tiểu thương và người dân.',
       'phát 15 tin trên loa truyền thanh của phường; tổ chức 01 buổi nói chuyện tại chợ với 58 tiểu thương tham dự.'),
      ('II.3.a', 'unknown', {'participants': 2},
       'Cán bộ phường tham dự tập huấn nghiệp vụ.',
       '02 công chức đi dự lớp tập huấn trực tuyến của Chi cục.')],
     ['Địa bàn rộng, nhiều chợ tự phát ven biển, khó quản lý cân của người bán hàng rong.'],
     ['Đề nghị Chi cục sớm gửi kết quả thử nghiệm mẫu xăng dầu để phường có căn cứ xử lý.',
      'Đề nghị hỗ trợ kinh phí in pa nô tuyên truyền tại chợ hải sản.'],
     'Đỗ Thanh Bình'),
    ('166_BC_TD_CL_P.BaRia.docx', '26560', 'Phường Bà Rịa', '866/BC-UBND', 18,
     [('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 21},
       'Kiểm tra đo lường tại chợ Bà Rịa và chợ Long Toàn.',
       'đã làm 03 cuộc, 21 cơ sở được kiểm tra, chưa phát hiện vi phạm.'),
      ('II.5.c', 'in_progress', {'instruments_verified': 124},
       'Phối hợp tổ chức kiểm định cân miễn phí cho tiểu thương.',
       'phối hợp Trung tâm tổ chức 01 đợt kiểm định, có 124 cân được kiểm định và dán tem.'),
      ('II.2.d', 'completed', {'enterprises_supported': 8},
       'Hướng dẫn cơ sở sản xuất công bố tiêu chuẩn, ghi nhãn sản phẩm OCOP.',
       'hướng dẫn 08 cơ sở (bánh tráng, nước mắm, hạt điều) hoàn thiện hồ sơ công bố và nhãn.'),
      ('II.5.d', 'not_applicable', {},
       'Tiếp nhận phản ánh về gian lận đo lường.',
       'trong 11 tháng không có phản ánh.')],
     ['Kinh phí của phường cho công tác này chưa được bố trí riêng.'],
     ['Đề nghị Chi cục tiếp tục tổ chức đợt kiểm định cân miễn phí tại chợ Long Toàn trong năm 2027.'],
     'Huỳnh Văn Lộc'),
    ('166_BC_TD_CL_P.PhuMy.docx', '26704', 'Phường Phú Mỹ', '731/BC-UBND', 24,
     [('II.5.a', 'completed', {'inspections': 2, 'establishments_inspected': 7, 'violations': 1, 'fines_vnd': 12500000},
       'Phối hợp Đoàn kiểm tra của Chi cục kiểm tra chất lượng thép xây dựng, phân bón tại các cửa hàng vật liệu.',
       'tham gia 02 cuộc, kiểm tra 07 cơ sở, 01 cơ sở vi phạm nhãn hàng hóa, bị phạt 12,5 triệu đồng.'),
      ('II.1.a', 'completed', {'training_courses': 2, 'participants': 110},
       'Tập huấn cho doanh nghiệp, hộ kinh doanh về pháp luật tiêu chuẩn, đo lường, chất lượng.',
       'tổ chức 02 lớp tại hội trường phường, tổng cộng 110 người dự.'),
      ('II.1.b', 'in_progress', {'enterprises_supported': 3},
       'Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.',
       'đã gặp, giới thiệu cho 03 doanh nghiệp trong khu công nghiệp Phú Mỹ.'),
      ('II.5.c', 'not_started', {},
       'Kiểm tra định kỳ cân tại chợ Phú Mỹ.',
       'chưa tổ chức được.')],
     ['Công chức phụ trách mới nhận nhiệm vụ từ tháng 8/2026, chưa nắm hết nghiệp vụ.',
      'Chợ Phú Mỹ đang sửa chữa nên chưa kiểm tra được.'],
     ['Đề nghị Chi cục cử cán bộ hướng dẫn trực tiếp tổ kiểm tra phường một buổi.'],
     'Ngô Thị Hồng'),
    ('166_BC_TD_CL_P.TamThang.docx', '26526', 'Phường Tam Thắng', '508/BC-UBND', 26,
     [('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 15},
       'Kiểm tra phương tiện đo tại các cửa hàng vàng bạc và chợ Xóm Lưới.',
       '02 cuộc, 15 cơ sở, không có vi phạm.'),
      ('II.1.a', 'in_progress', {'communications': 6},
       'Tuyên truyền về đo lường, chất lượng.',
       'đăng 06 tin bài trên trang Facebook của phường.'),
      ('II.3.a', 'completed', {'participants': 1},
       'Tham dự tập huấn nghiệp vụ của Chi cục.',
       'cử 01 công chức dự.')],
     ['Chưa có phần mềm theo dõi cơ sở kinh doanh có sử dụng phương tiện đo.'],
     ['Đề nghị Sở cung cấp danh sách cơ sở kinh doanh vàng trên địa bàn phường để phối hợp quản lý.'],
     'Vũ Đức Anh'),
]

# mistaken (hand 3): a ward's cải cách hành chính report sent instead
def h3_mistaken():
    fname = '166_BC_CCHC_P.LongHuong.docx'
    d = new_doc('Times New Roman', 14)
    p = d.add_paragraph(); p.add_run('UBND PHƯỜNG LONG HƯƠNG\nVĂN PHÒNG HĐND VÀ UBND').bold = True
    d.add_paragraph('Số: 903/BC-UBND')
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run('Long Hương, ngày 19 tháng 11 năm 2026').italic = True
    para(d, 'BÁO CÁO', bold=True, center=True)
    para(d, 'Kết quả công tác cải cách hành chính 11 tháng năm 2026', bold=True, center=True)
    para(d, 'Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND Thành phố; UBND phường báo cáo từng công việc như sau:')
    items = [('Rà soát, công khai thủ tục hành chính tại bộ phận một cửa.', 'đã công khai 312 thủ tục, cập nhật trên Cổng dịch vụ công.', 'không còn, đã làm xong.'),
             ('Tiếp nhận và giải quyết hồ sơ trực tuyến.', 'tiếp nhận 4.815 hồ sơ, tỷ lệ đúng hạn 98,7%.', 'còn 61 hồ sơ trễ hạn do liên thông đất đai, đang làm tiếp.'),
             ('Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.', 'số hóa 3.920 hồ sơ.', 'còn phải làm tiếp, đang thực hiện.')]
    for i, (a, b, c) in enumerate(items, 1):
        p = d.add_paragraph(); r = p.add_run('%d) Công việc: ' % i); r.bold = True; p.add_run(a)
        p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(1); p.add_run('Làm được: ').italic = True; p.add_run(b)
        p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(1); p.add_run('Chưa làm được: ').italic = True; p.add_run(c)
    para(d, 'Khó khăn:', bold=True, indent=False); para(d, '+ Đường truyền mạng tại bộ phận một cửa chập chờn.')
    para(d, 'Đề nghị:', bold=True, indent=False); para(d, '+ Đề nghị Sở Nội vụ hỗ trợ nâng cấp thiết bị.')
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.add_run('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐặng Văn Tài').bold = True
    d.save(os.path.join(OUT, fname))
    key(fname, '26566', 'Phường Long Hương', '903/BC-UBND', '2026-11-19', [], [], [], status='rejected',
        reason='Báo cáo cải cách hành chính của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW')

# ---- Hand 2: former Bình Dương wards (XLSX)
H2 = [
    ('166-PThuDauMot-BC11T.xlsx', '25747', 'Phường Thủ Dầu Một', '1187/BC-UBND', 18,
     [('II.5.c', 'completed', {'inspections': 5, 'establishments_inspected': 46, 'violations': 3, 'fines_vnd': 4500000},
       'Kiểm tra cân, nhãn hàng tại chợ Thủ Dầu Một, chợ Phú Văn', [('cuộc kiểm tra', 5, 'cuộc'), ('cơ sở được kiểm tra', 46, 'cơ sở'), ('cơ sở vi phạm', 3, 'cơ sở'), ('tiền phạt', 4500000, 'đồng')], 'Tổ KT phường + QLTT'),
      ('II.5.c', 'completed', {'instruments_verified': 210},
       'Kiểm định cân miễn phí cho tiểu thương (phối hợp TT kỹ thuật)', [('cân được kiểm định', 210, 'chiếc')], 'đợt tháng 9'),
      ('II.1.a', 'completed', {'training_courses': 1, 'participants': 75, 'communications': 10},
       'Tuyên truyền, phổ biến pháp luật TC-ĐL-CL', [('hội nghị phổ biến', 1, 'buổi'), ('người dự', 75, 'người'), ('tin bài', 10, 'tin')], ''),
      ('II.2.d', 'in_progress', {'enterprises_supported': 12},
       'Hướng dẫn DN, hộ KD công bố hợp chuẩn, hợp quy', [('doanh nghiệp, hộ được hướng dẫn', 12, 'đơn vị')], ''),
      ('II.5.d', 'not_applicable', {}, 'Tiếp nhận phản ánh vi phạm', [], 'không có')],
     ['Phường mới hợp nhất, số lượng chợ và cơ sở nhiều, chưa rà soát hết danh sách cơ sở sử dụng cân.'],
     ['Đề nghị Chi cục cấp cho phường sổ tay hướng dẫn kiểm tra đo lường cấp xã.'],
     'Lâm Văn Phúc'),
    ('166-PDiAn-BC11T.xlsx', '25942', 'Phường Dĩ An', '954/BC-UBND', 20,
     [('II.5.c', 'in_progress', {'inspections': 3, 'establishments_inspected': 24, 'violations': 1, 'fines_vnd': 1500000},
       'Kiểm tra đo lường trong kinh doanh tại chợ Dĩ An, chợ Nhị Đồng', [('cuộc kiểm tra', 3, 'cuộc'), ('cơ sở', 24, 'cơ sở'), ('vi phạm', 1, 'cơ sở'), ('phạt tiền', 1500000, 'đồng')], ''),
      ('II.5.a', 'completed', {'inspections': 1, 'establishments_inspected': 6, 'samples_tested': 4},
       'Tham gia đoàn kiểm tra chất lượng mũ bảo hiểm của Chi cục', [('cuộc', 1, 'cuộc'), ('cơ sở', 6, 'cơ sở'), ('mẫu lấy', 4, 'mẫu')], ''),
      ('II.3.a', 'completed', {'participants': 4}, 'Cử công chức dự tập huấn nghiệp vụ', [('người dự', 4, 'người')], ''),
      ('II.1.b', 'not_started', {}, 'Vận động DN tham dự Giải thưởng CLQG', [], 'chưa có DN đăng ký')],
     ['Doanh nghiệp trong khu công nghiệp do Ban quản lý quản lý, phường khó nắm thông tin.'],
     ['Đề nghị Chi cục chia sẻ danh sách doanh nghiệp công bố hợp quy trên địa bàn phường.', 'Đề nghị bổ sung biên chế công chức kinh tế.'],
     'Trịnh Thị Ngọc'),
    ('166-PTanUyen-BC11T.xlsx', '25888', 'Phường Tân Uyên', '612/BC-UBND', 23,
     [('II.1.a', 'in_progress', {'communications': 8}, 'Tuyên truyền trên loa, Zalo khu phố', [('tin', 8, 'tin')], ''),
      ('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 19}, 'Kiểm tra cân tại chợ Uyên Hưng, chợ Tân Phước Khánh (cũ)', [('cuộc kiểm tra', 2, 'cuộc'), ('cơ sở', 19, 'cơ sở')], 'không vi phạm'),
      ('II.2.d', 'completed', {'enterprises_supported': 5}, 'Hướng dẫn cơ sở gốm sứ ghi nhãn, mã số mã vạch', [('cơ sở', 5, 'cơ sở')], ''),
      ('II.5.d', 'unknown', {}, 'Xử lý phản ánh về cân thiếu tại chợ', [], 'đã chuyển tổ kiểm tra')],
     ['Chưa có cân đối chứng tại các chợ.'],
     ['Đề nghị hỗ trợ 02 cân đối chứng cho chợ Uyên Hưng.'],
     'Bùi Văn Khánh'),
    ('166-PThuanAn-BC11T.xlsx', '25978', 'Phường Thuận An', '1302/BC-UBND', 25,
     [('II.5.c', 'in_progress', {'inspections': 6, 'establishments_inspected': 52, 'violations': 4, 'fines_vnd': 8000000},
       'Kiểm tra đo lường, chất lượng tại chợ Lái Thiêu (cũ) và cửa hàng xăng dầu', [('cuộc', 6, 'cuộc'), ('cơ sở kiểm tra', 52, 'cơ sở'), ('cơ sở vi phạm', 4, 'cơ sở'), ('phạt', 8000000, 'đồng')], ''),
      ('II.1.a', 'completed', {'training_courses': 2, 'participants': 130}, 'Hội nghị phổ biến cho hộ kinh doanh', [('hội nghị', 2, 'buổi'), ('người dự', 130, 'người')], ''),
      ('II.3.a', 'completed', {'participants': 3}, 'Công chức dự lớp bồi dưỡng nghiệp vụ', [('người', 3, 'người')], '')],
     ['Một số tiểu thương chưa hợp tác khi kiểm tra.'],
     ['Đề nghị Chi cục phối hợp tổ chức kiểm tra chung tại chợ đầu mối.'],
     'Lâm Văn Phúc'),
]

# ---- Hand 4 (XLSX): Sở Công Thương, a ward, and a mistaken Sở Y tế file
H4 = [
    ('166-SCT-phuluc-CT38-2026.xlsx', 'SO-CT', 'Sở Công Thương', 'UBND THÀNH PHỐ HỒ CHÍ MINH', '5127/BC-SCT', 16,
     [('II.5.a', 'completed', {'inspections': 9, 'establishments_inspected': 64, 'violations': 11, 'fines_vnd': 187500000},
       'Kiểm tra, giám sát chất lượng hàng hóa lưu thông trên thị trường (xăng dầu, khí dầu mỏ hóa lỏng)', 'Cử người tham gia đoàn / Chủ trì đoàn chuyên ngành',
       '09 cuộc; 64 cơ sở; 11 cơ sở vi phạm; phạt 187.500.000 đồng', 'Phối hợp Chi cục TĐC và Đội QLTT'),
      ('II.2.e', 'completed', {'standards_reviewed': 4}, 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia', 'Góp ý văn bản',
       'góp ý 04 dự thảo QCVN (xăng dầu, LPG, thép)', ''),
      ('II.1.a', 'in_progress', {'training_courses': 1, 'participants': 160}, 'Tập huấn văn bản QPPL cho doanh nghiệp kinh doanh xăng dầu', 'Phối hợp tổ chức',
       '01 hội nghị; 160 đại biểu', 'còn 01 hội nghị dự kiến tháng 12'),
      ('II.6.a', 'not_applicable', {}, 'Cập nhật điều ước, thỏa thuận quốc tế về TC-ĐL-CL', 'Cung cấp số liệu', '', 'Chi cục không đề nghị'),
      ('II.3.a', 'completed', {'participants': 6}, 'Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL', 'Cử người', '06 lượt công chức', '')],
     ['Việc phối hợp lấy mẫu xăng dầu phụ thuộc lịch của tổ chức thử nghiệm, có đợt phải lùi thời gian.'],
     ['Đề nghị Sở Khoa học và Công nghệ thống nhất kế hoạch kiểm tra liên ngành năm 2027 ngay từ tháng 01 để tránh trùng lặp.'],
     'Phan Thị Diệu'),
    ('166-PThoiHoa-phuluc.xlsx', '25846', 'Phường Thới Hòa', 'ỦY BAN NHÂN DÂN', '455/BC-UBND', 27,
     [('II.5.c', 'completed', {'inspections': 2, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 750000},
       'Kiểm tra đo lường tại chợ theo phân cấp', 'Chủ trì', '02 cuộc; 14 cơ sở; 01 vi phạm; phạt 750.000 đồng', ''),
      ('II.3.a', 'completed', {'participants': 2}, 'Tập huấn nghiệp vụ cho công chức phường', 'Cử người', '02 công chức', ''),
      ('II.1.a', 'in_progress', {'communications': 4}, 'Tuyên truyền pháp luật về TC-ĐL-CL', 'Chủ trì', '04 tin trên loa phường', '')],
     ['Phường chưa có công chức chuyên trách.'],
     ['Đề nghị Chi cục tổ chức tập huấn tại chỗ cho các phường khu vực Bến Cát.'],
     'Hoàng Thị Mai'),
]

def h4_mistaken():
    fname = '166-SYT-phuluc-ATTP-2026.xlsx'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Phu luc'
    ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'; ws['A2'] = 'SỞ Y TẾ'; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Số: 8841/BC-SYT   (kèm theo văn bản báo cáo ngày 21/11/2026)'
    ws['A5'] = 'PHỤ LỤC KẾT QUẢ THỰC HIỆN KẾ HOẠCH BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026'; ws['A5'].font = Font(bold=True)
    hdr = ['TT', 'Nhiệm vụ', 'Hình thức tham gia', 'Khối lượng đã làm', 'Trạng thái (đến 15/11)', 'Ghi chú']
    for j, h in enumerate(hdr, 1): ws.cell(8, j, h).font = Font(bold=True)
    rows = [(1, 'Thanh tra, kiểm tra an toàn thực phẩm dịp Tết Nguyên đán', 'Chủ trì', '42 đoàn; 1.260 cơ sở', 'Đã hoàn thành', ''),
            (2, 'Giám sát ngộ độc thực phẩm tại bếp ăn tập thể', 'Chủ trì', '318 bếp ăn', 'Đang triển khai', ''),
            (3, 'Xét nghiệm nhanh mẫu thực phẩm tại chợ', 'Phối hợp', '2.940 mẫu', 'Đang triển khai', '')]
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1): ws.cell(9 + i, j, v)
    ws2 = wb.create_sheet('KK-KN'); ws2['A1'] = 'Khó khăn, vướng mắc'; ws2['A2'] = 'Thiếu kinh phí xét nghiệm.'
    wb.save(os.path.join(OUT, fname))
    key(fname, 'SO-YT', 'Sở Y tế', '8841/BC-SYT', '2026-11-21', [], [], [], status='rejected',
        reason='Phụ lục kết quả bảo đảm an toàn thực phẩm của Sở Y tế, không thuộc Kế hoạch triển khai Chỉ thị 38-CT/TW')


def main():
    for f in os.listdir(OUT):
        if f.endswith(('.docx', '.xlsx')): os.remove(os.path.join(OUT, f))
    for r in H1: h1_report(*r)
    for r in H3: h3_report(*r)
    h3_mistaken()
    for r in H2: h2_report(*r)
    for r in H4: h4_report(*r)
    h4_mistaken()
    # merge duplicate task entries (same task in several passages -> one entry)
    for k in KEYS:
        merged = {}
        order = []
        for e in k['entries']:
            t = e['task']
            if t not in merged:
                merged[t] = e; order.append(t)
            else:
                m = merged[t]
                for a, b in e['indicators'].items():
                    m['indicators'][a] = m['indicators'].get(a, 0) + b
                m['text'] += ' ' + e['text']
                if m['status'] != e['status']:
                    # both passages in_progress/completed mixes -> keep in_progress (work not finished)
                    m['status'] = 'in_progress' if 'in_progress' in (m['status'], e['status']) else m['status']
        k['entries'] = [merged[t] for t in order]
    # re-save two files through LibreOffice, as real offices do
    for f in ['166-bc-pcholon-11t.docx', '166-PDiAn-BC11T.xlsx']:
        tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
        ext = f.rsplit('.', 1)[1]
        subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, f)],
                       check=True, capture_output=True, timeout=120)
        shutil.move(os.path.join(tmp, f), os.path.join(OUT, f)); shutil.rmtree(tmp)
    for k in KEYS:
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, k['file']), 'rb').read()).hexdigest()
        with open(os.path.join(TRUTH, k['file'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')

if __name__ == '__main__':
    main()
