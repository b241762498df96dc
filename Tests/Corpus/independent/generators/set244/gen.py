# -*- coding: utf-8 -*-
"""Generator for set244: 17 progress reports in 5 hands + answer keys."""
import json, hashlib, os, re, unicodedata
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
FILES = []

def key(fname, unit, number, date, entries, diffs, props, rejected=None):
    FILES.append(dict(fname=fname, unit=unit, number=number, date=date, entries=entries,
                      diffs=diffs, props=props, rejected=rejected))

def write_truth():
    for f in FILES:
        p = os.path.join(OUT, f['fname'])
        sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        t = {"file": f['fname'], "sha256": sha,
             "status": "rejected" if f['rejected'] else "extracted",
             "reason": f['rejected'],
             "unit": {"id": f['unit'][0], "name": f['unit'][1]},
             "document": {"number": f['number'], "date": f['date']},
             "entries": [] if f['rejected'] else [
                 {"task": e['task'], "status": e['st'], "indicators": e.get('ind', {}), "text": e['text']}
                 for e in f['entries']],
             "findings": [],
             "difficulties": [] if f['rejected'] else f['diffs'],
             "proposals": [] if f['rejected'] else f['props']}
        json.dump(t, open(os.path.join(TRUTH, f['fname'] + '.json'), 'w', encoding='utf-8'),
                  ensure_ascii=False, indent=1)

def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ('w:eastAsia', 'w:cs'):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], name)

def para(doc, text='', bold=False, italic=False, size=None, align=None, color=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    for i, lines in enumerate((left, right)):
        c = t.rows[0].cells[i]; c.paragraphs[0].text = ''
        for j, (txt, b, it) in enumerate(lines):
            p = c.paragraphs[0] if j == 0 else c.add_paragraph()
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(12 if i == 0 else 12)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

# =====================================================================
# HAND 1 — "Anh Khoa", slide outline exported from PowerPoint to Word
# =====================================================================
def h1(fname, unit, number, date, cover, slides, closing, entries, diffs, props, rejected=None):
    doc = Document(); set_font(doc, 'Arial', 12)
    n = 1
    def slide_label():
        nonlocal n
        para(doc, f'Slide {n}', size=9, color='808080'); n += 1
    slide_label()
    for i, line in enumerate(cover):
        para(doc, line, bold=(i < 2), size=(16 if i == 1 else 12))
    for s in slides:
        slide_label()
        para(doc, s['title'], bold=True, size=16)
        for b in s.get('bullets', []):
            para(doc, b, style='List Bullet')
        if s.get('noibat'):
            para(doc, 'Kết quả nổi bật:', bold=True)
            for b in s['noibat']:
                para(doc, b, style='List Bullet 2')
        if s.get('tiep'):
            para(doc, 'Việc cần làm tiếp:', bold=True)
            for b in s['tiep']:
                para(doc, b, style='List Bullet 2')
        if s.get('note'):
            para(doc, 'Ghi chú người trình bày: ' + s['note'], italic=True, size=10, color='595959')
    if diffs or props:
        slide_label()
        para(doc, 'Khó khăn – Kiến nghị', bold=True, size=16)
        if diffs:
            para(doc, 'Khó khăn:', bold=True)
            for d in diffs: para(doc, d, style='List Bullet')
        if props:
            para(doc, 'Kiến nghị:', bold=True)
            for d in props: para(doc, d, style='List Bullet')
    slide_label()
    for line in closing:
        para(doc, line, bold=True, size=14, align='c')
    doc.save(os.path.join(OUT, fname))
    key(fname, unit, number, date, entries, diffs, props, rejected)

# ---- 1. Sở Công Thương
e = [
 dict(task='II.5.a', st='in_progress', ind={'inspections': 7, 'establishments_inspected': 64, 'violations': 5, 'fines_vnd': 87500000},
      text='Kiểm tra hàng hóa lưu thông: 07 cuộc liên ngành, 64 cơ sở xăng dầu, LPG; 05 cơ sở vi phạm; phạt 87,5 triệu đồng'),
 dict(task='II.2.a', st='completed', ind={'enterprises_supported': 23, 'training_courses': 2, 'participants': 180},
      text='Truy xuất nguồn gốc – Đề án 100: hướng dẫn 23 doanh nghiệp; 02 hội nghị, 180 đại biểu'),
 dict(task='II.2.e', st='completed', ind={'standards_reviewed': 3},
      text='Góp ý 03 dự thảo QCVN (xăng dầu, LPG, thép làm cốt bê tông)'),
 dict(task='II.1.b', st='not_applicable', ind={},
      text='Giải thưởng Chất lượng Quốc gia: không có doanh nghiệp ngành công thương đăng ký qua Sở'),
]
d = ['Địa bàn quản lý rộng sau sắp xếp đơn vị hành chính, số công chức có chuyên môn về đo lường xăng dầu còn ít.',
     'Một số cửa hàng xăng dầu ở khu vực ven đô thay đổi chủ sở hữu liên tục, khó theo dõi hồ sơ.']
p = ['Đề nghị Chi cục TĐC mở lớp bồi dưỡng nghiệp vụ kiểm tra đo lường xăng dầu cho công chức Sở Công Thương.',
     'Đề nghị Sở KH&CN chia sẻ danh sách cột đo xăng dầu đã kiểm định trên địa bàn để phục vụ kiểm tra.']
h1('SCT_trinhchieu_KQ_CT38_2026.docx', ('SO-CT', 'Sở Công Thương'), '412/BC-SCT', '2026-10-27',
   ['SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH', 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
    '(Kèm theo Báo cáo số 412/BC-SCT ngày 27/10/2026)', 'Phòng Quản lý Thương mại – tháng 10/2026'],
   [dict(title='Kiểm tra hàng hóa lưu thông trên thị trường',
         bullets=['Đoàn liên ngành với Chi cục TĐC: 07 cuộc', 'Cơ sở kinh doanh xăng dầu, LPG được kiểm tra: 64 cơ sở',
                  'Cơ sở vi phạm: 05 (đo lường, nhãn hàng hóa)', 'Tiền phạt: 87,5 triệu đồng'],
         noibat=['Không phát hiện cột đo gắn thiết bị can thiệp gian lận'],
         tiep=['Đợt cao điểm Tết Đinh Mùi 2027 – đang thực hiện, kéo dài đến hết tháng 01/2027'],
         note='số liệu tính đến 20/10/2026'),
    dict(title='Truy xuất nguồn gốc – Đề án 100',
         bullets=['Doanh nghiệp được hướng dẫn gắn mã truy xuất: 23', 'Hội nghị giới thiệu nền tảng truy xuất: 02 hội nghị',
                  'Đại biểu dự: 180 lượt'],
         noibat=['23 doanh nghiệp bán lẻ đã kích hoạt tem truy xuất'],
         tiep=['Không còn – phần việc năm 2026 đã hoàn thành']),
    dict(title='Góp ý dự thảo quy chuẩn kỹ thuật',
         bullets=['Dự thảo QCVN được góp ý: 03 (xăng dầu; LPG; thép làm cốt bê tông)'],
         tiep=['Không còn – đã gửi văn bản góp ý, hoàn thành']),
    dict(title='Giải thưởng Chất lượng Quốc gia',
         bullets=['Chuyển thông tin đến các hiệp hội ngành hàng', 'Doanh nghiệp ngành công thương đăng ký qua Sở: không có'],
         tiep=['Không phát sinh trong năm 2026'])],
   ['CẢM ƠN ĐÃ THEO DÕI'], e, d, p)

# ---- 2. Trung tâm Dịch vụ Phân tích thí nghiệm
e = [
 dict(task='II.4.a', st='in_progress', ind={'budget_spent_vnd': 4260000000},
      text='Đầu tư thiết bị thử nghiệm: 06 hệ thống mới, giải ngân 4,26 tỷ đồng; còn nghiệm thu 02 hệ thống'),
 dict(task='II.4.c', st='completed', ind={'instruments_verified': 38},
      text='Liên kết chuẩn đo lường: 38 chuẩn được hiệu chuẩn liên kết'),
 dict(task='II.2.g', st='in_progress', ind={'instruments_verified': 12450, 'samples_tested': 3215},
      text='Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm: 12.450 phương tiện đo; 3.215 mẫu'),
 dict(task='II.5.b', st='completed', ind={'samples_tested': 145},
      text='Thử nghiệm 145 mẫu khảo sát chất lượng phối hợp Chi cục TĐC'),
]
d = ['Một số thiết bị đo lường đã hết khấu hao, chi phí sửa chữa lớn, thời gian chờ linh kiện kéo dài.']
p = ['Đề nghị Sở bố trí vốn năm 2027 cho hạng mục nâng cấp phòng thử nghiệm vi sinh.',
     'Đề nghị Chi cục TĐC thông báo sớm kế hoạch lấy mẫu khảo sát năm 2027 để Trung tâm chủ động nhân lực.']
h1('TTPTTN_slide_baocao_KH38.docx', ('SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
   '188/BC-TTPT', '2026-10-29',
   ['SỞ KHOA HỌC VÀ CÔNG NGHỆ – TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
    'Báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38 – năm 2026',
    'Số: 188/BC-TTPT – TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026'],
   [dict(title='Đầu tư trang thiết bị thử nghiệm',
         bullets=['Thiết bị mới đưa vào sử dụng: 06 hệ thống (sắc ký, quang phổ)', 'Kinh phí đã giải ngân: 4,26 tỷ đồng'],
         noibat=['Rút ngắn thời gian trả kết quả mẫu kim loại nặng còn 03 ngày'],
         tiep=['Nghiệm thu 02 hệ thống còn lại trong tháng 12 – đang thực hiện']),
    dict(title='Liên kết chuẩn đo lường',
         bullets=['Chuẩn chính được hiệu chuẩn liên kết: 38 chuẩn'],
         tiep=['Không còn – đã xong cho năm 2026']),
    dict(title='Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm',
         bullets=['Phương tiện đo kiểm định, hiệu chuẩn: 12.450 phương tiện', 'Mẫu thử nghiệm cho doanh nghiệp: 3.215 mẫu',
                  'Mở rộng phạm vi được chỉ định: lĩnh vực điện – điện tử'],
         tiep=['Việc thường xuyên – đang tiếp tục thực hiện']),
    dict(title='Phối hợp khảo sát chất lượng',
         bullets=['Mẫu khảo sát thử nghiệm cho Chi cục TĐC: 145 mẫu'],
         noibat=['Đã trả đủ phiếu kết quả trước 30/9'],
         tiep=['Không còn – hoàn thành'])],
   ['Trân trọng cảm ơn!'], e, d, p)

# ---- 3. Sở Y tế (mistaken: chuyển đổi số y tế)
h1('SYT_slide_9thang_2026.docx', ('SO-YT', 'Sở Y tế'), '5120/BC-SYT', '2026-10-20',
   ['SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH', 'Kết quả chuyển đổi số ngành y tế 9 tháng đầu năm 2026',
    '(Kèm theo Báo cáo số 5120/BC-SYT ngày 20/10/2026)'],
   [dict(title='Bệnh án điện tử', bullets=['Bệnh viện triển khai bệnh án điện tử: 41/52 bệnh viện công lập', 'Bỏ phim X-quang in: 36 bệnh viện'],
         noibat=['Toàn bộ bệnh viện hạng I hoàn thành'], tiep=['11 bệnh viện còn lại – đang triển khai']),
    dict(title='Sổ sức khỏe điện tử', bullets=['Người dân có sổ sức khỏe điện tử: 7,8 triệu người', 'Kết nối VNeID: 100% trạm y tế'],
         tiep=['Làm sạch dữ liệu tiêm chủng – đang thực hiện']),
    dict(title='Thanh toán không dùng tiền mặt', bullets=['Cơ sở khám chữa bệnh thu viện phí không tiền mặt: 318 cơ sở'],
         tiep=['Mở rộng tới phòng khám tư nhân'])],
   ['XIN CẢM ƠN'], [], [], [], rejected='Không phải báo cáo Kế hoạch CT38: nội dung là chuyển đổi số ngành y tế (bệnh án điện tử, sổ sức khỏe điện tử).')

# =====================================================================
# HAND 2 — "chị Thảo", Excel list; the status lives only in a cell
# comment (note) on the task cell
# =====================================================================
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2(fname, unit, number, date, head_left, place_date, title, author, tasks, diffs, props, entries, rejected=None,
       sheet='BC', extra_title=None):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 58
    ws.column_dimensions['C'].width = 12; ws.column_dimensions['D'].width = 12; ws.column_dimensions['E'].width = 34
    ws['A1'] = head_left[0]; ws['A2'] = head_left[1]; ws['A2'].font = Font(bold=True)
    ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['A3'] = 'Số: ' + number if number else 'Số:       /BC-UBND'
    ws['D3'] = place_date; ws['D3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws.merge_cells('A5:E5')
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    r = 6
    if extra_title:
        ws.cell(r, 1, extra_title).font = Font(italic=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).alignment = Alignment(horizontal='center'); r += 1
    r += 1
    for c, h in enumerate(['STT', 'Nội dung công việc', 'Số lượng', 'ĐVT', 'Diễn giải'], 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = BOX; x.alignment = Alignment(horizontal='center', wrap_text=True)
        x.fill = PatternFill('solid', fgColor='DDEBF7')
    r += 1
    for i, t in enumerate(tasks, 1):
        a = ws.cell(r, 1, i); b = ws.cell(r, 2, t['name']); b.font = Font(bold=True)
        b.alignment = Alignment(wrap_text=True, vertical='top')
        for c in range(1, 6): ws.cell(r, c).border = BOX
        if t.get('comment'):
            cm = Comment(t['comment'], author); cm.width = 220; cm.height = 90; b.comment = cm
        if t.get('note'): ws.cell(r, 5, t['note']).alignment = Alignment(wrap_text=True)
        r += 1
        for lab, val, dvt, dg in t.get('rows', []):
            ws.cell(r, 2, '- ' + lab).alignment = Alignment(wrap_text=True, indent=1)
            ws.cell(r, 3, val)
            if isinstance(val, (int, float)) and val >= 1000: ws.cell(r, 3).number_format = '#,##0'
            ws.cell(r, 4, dvt); ws.cell(r, 5, dg).alignment = Alignment(wrap_text=True)
            for c in range(1, 6): ws.cell(r, c).border = BOX
            r += 1
    r += 1
    if diffs:
        ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
        for x in diffs: ws.cell(r, 2, '- ' + x).alignment = Alignment(wrap_text=True); r += 1
    if props:
        ws.cell(r, 1, 'Kiến nghị, đề xuất:').font = Font(bold=True); r += 1
        for x in props: ws.cell(r, 2, '- ' + x).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(r, 4, head_left[2]).font = Font(bold=True); ws.cell(r + 4, 4, head_left[3]).font = Font(bold=True)
    ws.cell(r, 1, 'Người lập biểu').font = Font(italic=True); ws.cell(r + 4, 1, author)
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date, entries, diffs, props, rejected)

# ---- 4. Phường Thới Hòa
T = [
 dict(name='Tuyên truyền Chỉ thị 38 và pháp luật về đo lường, chất lượng trên loa truyền thanh, bảng tin khu phố',
      comment='Thảo:\nXong rồi, làm từ T3 đến T9 là hết đợt.',
      rows=[('Tin, bài phát trên loa, đăng trang thông tin phường', 24, 'tin bài', ''),
            ('Hộ kinh doanh được phát tài liệu', 310, 'hộ', 'tại chợ Thới Hòa, chợ tạm KP 3')]),
 dict(name='Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức',
      comment='Thảo:\nĐã đi học đầy đủ, xong.',
      rows=[('Lượt công chức tham dự', 4, 'lượt', 'Phòng Kinh tế 3, Bộ phận một cửa 1')]),
 dict(name='Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ và cửa hàng xăng dầu trên địa bàn',
      comment='Thảo:\nĐang làm, còn 1 đợt tháng 12 (trước Tết).',
      rows=[('Cuộc kiểm tra', 3, 'cuộc', ''), ('Cơ sở được kiểm tra', 27, 'cơ sở', 'cân tại chợ 21; xăng dầu 6'),
            ('Cơ sở vi phạm', 2, 'cơ sở', 'cân sai quá giới hạn'), ('Tiền phạt', 4500000, 'đồng', 'QĐ 15, 16/QĐ-XPHC')]),
 dict(name='Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng hàng hóa',
      rows=[('Hộ, cơ sở được hướng dẫn', 15, 'cơ sở', 'sản xuất bánh, nước đá')]),
 dict(name='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường',
      comment='Thảo:\nĐã công bố lại HTQLCL từ tháng 8 - hoàn thành.',
      rows=[('Quy trình nội bộ được rà soát, cập nhật', 12, 'quy trình', '')]),
 dict(name='Tiếp nhận phản ánh của người dân về cân sai, hàng kém chất lượng',
      comment='Thảo:\nKhông có phản ánh nào trong kỳ - KPS.'),
]
E = [
 dict(task='II.1.a', st='completed', ind={'communications': 24}, text='Tuyên truyền trên loa truyền thanh, bảng tin khu phố: 24 tin bài'),
 dict(task='II.3.a', st='completed', ind={'participants': 4}, text='Cử 4 lượt công chức dự tập huấn nghiệp vụ TĐC'),
 dict(task='II.5.c', st='in_progress', ind={'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 4500000},
      text='Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ, cửa hàng xăng dầu: 3 cuộc, 27 cơ sở, 2 vi phạm, phạt 4.500.000 đồng'),
 dict(task='II.2.d', st='unknown', ind={'enterprises_supported': 15}, text='Hướng dẫn 15 cơ sở ghi nhãn, công bố chất lượng hàng hóa'),
 dict(task='II.2.đ', st='completed', ind={}, text='Duy trì HTQLCL TCVN ISO 9001:2015 tại UBND phường'),
 dict(task='II.5.d', st='not_applicable', ind={}, text='Tiếp nhận phản ánh của người dân về cân sai, hàng kém chất lượng'),
]
h2('PThoiHoa_BC_CT38_2026.xlsx', ('25846', 'Phường Thới Hòa'), '142/BC-UBND', '2026-10-23',
   ('ỦY BAN NHÂN DÂN', 'PHƯỜNG THỚI HÒA', 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH', 'Lê Văn Hậu'),
   'Thới Hòa, ngày 23 tháng 10 năm 2026',
   'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', 'Nguyễn Thị Thu Thảo', T,
   ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ kinh tế kiêm nhiệm nhiều việc.',
    'Chợ tạm khu phố 3 chưa có cân đối chứng.'],
   ['Đề nghị Chi cục TĐC hỗ trợ phường 01 cân đối chứng đặt tại chợ tạm khu phố 3.'], E)

# ---- 5. Xã Châu Pha
T = [
 dict(name='Thông tin, tuyên truyền về đo lường, chất lượng trên hệ thống truyền thanh xã',
      comment='Thảo Nguyên:\nhoàn thành',
      rows=[('Tin, bài', 9, 'tin', 'phát 3 đợt')]),
 dict(name='Phối hợp kiểm tra phương tiện đo tại cửa hàng xăng dầu, điểm thu mua nông sản',
      comment='Thảo Nguyên:\nđang thực hiện (còn kiểm tra điểm thu mua hạt điều tháng 11)',
      rows=[('Số cuộc', 2, 'cuộc', 'phối hợp Chi cục TĐC'), ('Cơ sở được kiểm tra', 14, 'cơ sở', '')]),
 dict(name='Cử cán bộ tham gia tập huấn chuyên môn TĐC',
      comment='Thảo Nguyên:\nđã xong',
      rows=[('Lượt cán bộ', 2, 'lượt', '')]),
 dict(name='Xây dựng lại hệ thống quản lý chất lượng ISO 9001 sau khi sắp xếp xã',
      comment='Thảo Nguyên:\nđang làm, dự kiến công bố T12/2026'),
]
E = [
 dict(task='II.1.a', st='completed', ind={'communications': 9}, text='Tuyên truyền trên hệ thống truyền thanh xã: 9 tin'),
 dict(task='II.5.c', st='in_progress', ind={'inspections': 2, 'establishments_inspected': 14}, text='Phối hợp kiểm tra phương tiện đo: 2 cuộc, 14 cơ sở'),
 dict(task='II.3.a', st='completed', ind={'participants': 2}, text='Cử cán bộ tham gia tập huấn chuyên môn TĐC: 2 lượt'),
 dict(task='II.2.đ', st='in_progress', ind={}, text='Xây dựng lại hệ thống quản lý chất lượng ISO 9001 sau khi sắp xếp xã'),
]
h2('XaChauPha_CT38.xlsx', ('26728', 'Xã Châu Pha'), '67/BC-UBND', '2026-10-26',
   ('UBND XÃ CHÂU PHA', 'PHÒNG KINH TẾ', 'TM. ỦY BAN NHÂN DÂN', 'Trần Minh Tuấn'),
   'Châu Pha, ngày 26 tháng 10 năm 2026',
   'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG', 'Nguyễn Thảo Nguyên', T,
   ['Xã rộng, các điểm thu mua nông sản phân tán, việc kiểm tra cân phụ thuộc lịch của Chi cục.'],
   ['Đề nghị Chi cục TĐC bố trí thêm 01 đợt kiểm tra cân tại các điểm thu mua hạt điều, cao su vào mùa vụ.',
    'Đề nghị cung cấp tài liệu tuyên truyền bằng file để xã phát trên loa.'], E, sheet='Sheet1',
   extra_title='(Số liệu từ 01/01/2026 đến 20/10/2026)')

# ---- 6. Phòng Kiểm tra – Pháp chế
T = [
 dict(name='Phối hợp Chi cục TĐC kiểm tra chất lượng, đo lường hàng hóa lưu thông (đoàn kiểm tra của Sở)',
      comment='Phương - KTPC:\nPhần phối hợp của Phòng: đã xong (đoàn cuối kết thúc 18/9).',
      rows=[('Cuộc kiểm tra', 4, 'cuộc', ''), ('Cơ sở được kiểm tra', 31, 'cơ sở', ''),
            ('Cơ sở vi phạm', 6, 'cơ sở', ''), ('Tiền phạt', 126000000, 'đồng', 'đã nộp 100%')]),
 dict(name='Tiếp nhận, xử lý đơn tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
      comment='Phương - KTPC:\nĐang xử lý 01 đơn (chuyển Chi cục xác minh).',
      rows=[('Đơn tiếp nhận', 3, 'đơn', '02 đơn đã trả lời')]),
 dict(name='Góp ý dự thảo văn bản quy phạm pháp luật về TĐC (Luật Chất lượng sửa đổi, Nghị định xử phạt)',
      comment='Phương - KTPC:\nĐã gửi góp ý - xong.',
      rows=[('Văn bản góp ý', 2, 'văn bản', '')]),
 dict(name='Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)',
      comment='Phương - KTPC:\nĐã kiểm định 9/15 thiết bị, số còn lại làm T11-T12.',
      rows=[('Thiết bị đã kiểm định, hiệu chuẩn', 9, 'thiết bị', 'cân, đồng hồ xăng dầu chuẩn')]),
]
E = [
 dict(task='II.5.a', st='completed', ind={'inspections': 4, 'establishments_inspected': 31, 'violations': 6, 'fines_vnd': 126000000},
      text='Phối hợp Chi cục TĐC kiểm tra: 4 cuộc, 31 cơ sở, 6 vi phạm, phạt 126.000.000 đồng'),
 dict(task='II.5.d', st='in_progress', ind={}, text='Tiếp nhận, xử lý đơn tố giác vi phạm: 3 đơn, đang xử lý 01 đơn'),
 dict(task='II.2.c', st='completed', ind={}, text='Góp ý dự thảo văn bản quy phạm pháp luật về TĐC: 2 văn bản'),
 dict(task='II.4.b', st='in_progress', ind={'instruments_verified': 9}, text='Kiểm định, hiệu chuẩn 9 thiết bị kỹ thuật nghiệp vụ'),
]
h2('KTPC_theodoi_CT38.xlsx', ('SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế'), '35/BC-KTPC', '2026-10-28',
   ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'TRƯỞNG PHÒNG', 'Đỗ Quang Vinh'),
   'TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
   'KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP – KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', 'Lâm Thị Phương', T,
   ['Thiết bị kỹ thuật nghiệp vụ phải gửi kiểm định ngoài Sở, thời gian chờ dài.'],
   ['Đề nghị Văn phòng Sở bổ sung dự toán kiểm định thiết bị nghiệp vụ năm 2027.'], E, sheet='TheoDoi')

# ---- 7. Xã Hòa Hội (mistaken: giảm nghèo)
T = [
 dict(name='Rà soát hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều', comment='Thảo:\nđang rà soát, chốt 30/11',
      rows=[('Hộ nghèo đầu kỳ', 41, 'hộ', ''), ('Hộ cận nghèo đầu kỳ', 97, 'hộ', '')]),
 dict(name='Hỗ trợ vay vốn Ngân hàng Chính sách xã hội', comment='Thảo:\nxong đợt 1',
      rows=[('Hộ được vay', 23, 'hộ', ''), ('Dư nợ', 1150000000, 'đồng', '')]),
 dict(name='Hỗ trợ nhà ở cho hộ nghèo', comment='Thảo:\nđã bàn giao 3 căn',
      rows=[('Căn nhà', 3, 'căn', 'Quỹ Vì người nghèo')]),
]
h2('XaHoaHoi_giamngheo_T10.xlsx', ('26641', 'Xã Hòa Hội'), '81/BC-UBND', '2026-10-15',
   ('UBND XÃ HÒA HỘI', 'BỘ PHẬN VĂN HÓA - XÃ HỘI', 'TM. ỦY BAN NHÂN DÂN', 'Phạm Văn Đông'),
   'Hòa Hội, ngày 15 tháng 10 năm 2026',
   'BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 10 THÁNG NĂM 2026', 'Võ Thị Thảo', T,
   ['Một số hộ thoát nghèo chưa bền vững.'], ['Đề nghị cấp trên bổ sung vốn vay giải quyết việc làm.'], [],
   rejected='Không phải báo cáo Kế hoạch CT38: đây là báo cáo chương trình giảm nghèo bền vững của xã.')

# =====================================================================
# HAND 3 — "ông Bình", formal report; every task closes with one
# "Chỉ số: n ĐVT (kế hoạch m); …" line (plan targets are not results)
# =====================================================================
def h3(fname, unit, number, date, parent, uname, place, title, intro, sections, diffs, props, signer, entries, rejected=None):
    doc = Document(); set_font(doc, 'Times New Roman', 13)
    header_table(doc, [(parent, False, False), (uname, True, False), ('Số: ' + number, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  (place, False, True)])
    para(doc)
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, title, bold=True, align='c')
    para(doc, '__________', align='c')
    for x in intro: para(doc, x, align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    n = 0
    for sec in sections:
        if 'group' in sec:
            para(doc, sec['group'], bold=True, italic=True); continue
        n += 1
        para(doc, f'{n}. {sec["title"]}', bold=True, align='j')
        for b in sec['body']: para(doc, b, align='j')
        if sec.get('chiso'):
            p = doc.add_paragraph(); r = p.add_run('Chỉ số: '); r.bold = True; p.add_run(sec['chiso'])
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for x in diffs: para(doc, '- ' + x, align='j')
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for x in props: para(doc, '- ' + x, align='j')
    para(doc, 'Trên đây là báo cáo kết quả thực hiện của ' + signer[3] + './.', align='j')
    t = doc.add_table(rows=1, cols=2)
    c0 = t.rows[0].cells[0]; c0.paragraphs[0].add_run('Nơi nhận:').bold = True
    for x in signer[0]: c0.add_paragraph(x)
    c1 = t.rows[0].cells[1]; c1.paragraphs[0].add_run(signer[1]).bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3): c1.add_paragraph()
    pp = c1.add_paragraph(); pp.add_run(signer[2]).bold = True; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, fname))
    key(fname, unit, number, date, entries, diffs, props, rejected)

# ---- 8. Chi cục TĐC
S = [
 dict(group='1. Về tuyên truyền, nâng cao nhận thức'),
 dict(title='Tập huấn văn bản quy phạm pháp luật cho tổ chức, doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu',
      body=['Chi cục đã tổ chức 05 lớp tập huấn về Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa và các nghị định hướng dẫn tại 3 khu vực (trung tâm, Bình Dương cũ, Bà Rịa - Vũng Tàu cũ) và 01 buổi tọa đàm với doanh nghiệp nhập khẩu ngày 18/6/2026. Nội dung này đã hoàn thành.'],
      chiso='06 lớp, buổi (kế hoạch 06); 612 lượt người tham dự (kế hoạch 500).'),
 dict(title='Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia',
      body=['Chi cục gửi thư mời, hướng dẫn trực tiếp hồ sơ cho các doanh nghiệp đạt giải cấp Thành phố các năm trước. Đã hoàn thành trong Quý II.'],
      chiso='14 doanh nghiệp được hướng dẫn hồ sơ (kế hoạch 10).'),
 dict(group='2. Về quản lý nhà nước và hoàn thiện thể chế'),
 dict(title='Kế hoạch năng suất chất lượng, Đề án 996 và Đề án 100',
      body=['Chi cục hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất, đo lường và truy xuất nguồn gốc; đang hoàn thiện hồ sơ nghiệm thu các nhiệm vụ năm 2026, dự kiến xong trong tháng 12.'],
      chiso='41 doanh nghiệp được hỗ trợ (kế hoạch 40); kinh phí đã giải ngân 118.500.000 đồng (kế hoạch 120.000.000 đồng).'),
 dict(title='Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026',
      body=['Hội đồng sơ tuyển cấp Thành phố đã họp, hồ sơ đã chuyển Hội đồng Quốc gia; hiện đang chờ kết quả xét thưởng nên nội dung này đang thực hiện.']),
 dict(title='Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
      body=['Chi cục đã góp ý 07 dự thảo TCVN, QCVN theo đề nghị của Bộ và các sở ngành; đang xây dựng 01 quy chuẩn kỹ thuật địa phương về nước sạch nông thôn. Đang tiếp tục thực hiện.'],
      chiso='08 tiêu chuẩn, quy chuẩn (07 góp ý, 01 xây dựng) (kế hoạch: theo yêu cầu).'),
 dict(title='Hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính, kết nối Cổng một cửa quốc gia',
      body=['Đã phối hợp Phòng Chuyển đổi số đề xuất cải tiến và hoàn tất kết nối trong Quý I/2026; nội dung đã hoàn thành.']),
 dict(group='3. Về đào tạo nguồn nhân lực'),
 dict(title='Tập huấn, cập nhật kiến thức cho công chức sở, ngành, UBND phường, xã, đặc khu',
      body=['Đã tổ chức 03 lớp tại các cụm; lớp thứ tư dự kiến tổ chức tháng 11/2026. Đang thực hiện.'],
      chiso='03 lớp (kế hoạch 04); 245 lượt công chức.'),
 dict(title='Đào tạo, tập huấn cho viên chức và sinh viên các trường',
      body=['Phối hợp Trường Đại học Công nghiệp và Trường Cao đẳng Kỹ thuật Cao Thắng tổ chức 02 lớp chuyên đề mã số mã vạch, truy xuất nguồn gốc; lớp thứ ba đang chuẩn bị.'],
      chiso='02 lớp (kế hoạch 03); 190 sinh viên.'),
 dict(group='4. Về kiểm tra, giám sát'),
 dict(title='Kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa trong sản xuất, nhập khẩu, lưu thông',
      body=['Chi cục đã tiến hành 18 cuộc kiểm tra theo kế hoạch và đột xuất, tập trung xăng dầu, vàng trang sức, đồ chơi trẻ em, mũ bảo hiểm; ban hành quyết định xử phạt đối với các cơ sở vi phạm. Công tác này đang tiếp tục thực hiện đến cuối năm.'],
      chiso='18 cuộc (kế hoạch 20); 236 cơ sở được kiểm tra; 29 cơ sở vi phạm; 412.750.000 đồng tiền phạt.'),
 dict(title='Khảo sát chất lượng sản phẩm, hàng hóa',
      body=['Đã lấy và thử nghiệm mẫu xăng, dầu diesel, mũ bảo hiểm, thép; đã thông báo kết quả cho cơ quan chức năng. Hoàn thành.'],
      chiso='120 mẫu (kế hoạch 120); 11 mẫu không phù hợp.'),
 dict(group='5. Về hợp tác'),
 dict(title='Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất',
      body=['Trong năm chưa nhận được yêu cầu phối hợp, nội dung này không phát sinh.']),
]
E = [
 dict(task='II.1.a', st='completed', ind={'training_courses': 6, 'participants': 612}, text='05 lớp tập huấn văn bản QPPL và 01 buổi tọa đàm với doanh nghiệp nhập khẩu; 612 lượt người'),
 dict(task='II.1.b', st='completed', ind={'enterprises_supported': 14}, text='Vận động, hướng dẫn 14 doanh nghiệp hồ sơ Giải thưởng Chất lượng Quốc gia'),
 dict(task='II.2.a', st='in_progress', ind={'enterprises_supported': 41, 'budget_spent_vnd': 118500000}, text='Hỗ trợ 41 doanh nghiệp năng suất, đo lường, truy xuất; giải ngân 118.500.000 đồng'),
 dict(task='II.2.b', st='in_progress', ind={}, text='Hồ sơ Giải thưởng CLQG đã chuyển Hội đồng Quốc gia, đang chờ kết quả'),
 dict(task='II.2.e', st='in_progress', ind={'standards_reviewed': 8}, text='Góp ý 07 dự thảo TCVN, QCVN; xây dựng 01 QCĐP'),
 dict(task='II.2.h', st='completed', ind={}, text='Hoàn tất kết nối Cổng một cửa quốc gia trong Quý I/2026'),
 dict(task='II.3.a', st='in_progress', ind={'training_courses': 3, 'participants': 245}, text='03 lớp tập huấn cho công chức; 245 lượt'),
 dict(task='II.3.d', st='in_progress', ind={'training_courses': 2, 'participants': 190}, text='02 lớp chuyên đề cho sinh viên; 190 sinh viên'),
 dict(task='II.5.a', st='in_progress', ind={'inspections': 18, 'establishments_inspected': 236, 'violations': 29, 'fines_vnd': 412750000}, text='18 cuộc kiểm tra, 236 cơ sở, 29 vi phạm, phạt 412.750.000 đồng'),
 dict(task='II.5.b', st='completed', ind={'samples_tested': 120}, text='Khảo sát chất lượng 120 mẫu'),
 dict(task='II.6.b', st='not_applicable', ind={}, text='Chưa nhận được yêu cầu phối hợp với Ủy ban TĐC Quốc gia và APO'),
]
D = ['Biên chế Chi cục chưa tương xứng với địa bàn sau hợp nhất, lực lượng kiểm tra phải bố trí luân phiên giữa các khu vực.',
     'Kinh phí lấy mẫu khảo sát thấp so với giá thử nghiệm thực tế.']
P = ['Đề nghị Sở bổ sung 05 chỉ tiêu biên chế công chức cho Chi cục trong năm 2027.',
     'Đề nghị Sở xem xét điều chỉnh định mức kinh phí lấy mẫu khảo sát chất lượng.']
h3('ChiCucTDC_BC_KH38_2026.docx', ('SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh'),
   '1046/BC-TĐC', '2026-11-05', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG',
   'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026',
   'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   ['Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nhiệm vụ Chi cục chủ trì (số liệu từ 01/01/2026 đến 31/10/2026) như sau:'],
   S, D, P, (['- Giám đốc Sở (để b/c);', '- Lưu: VT, HC.'], 'CHI CỤC TRƯỞNG', 'Nguyễn Văn Bình', 'Chi cục'), E)

# ---- 9. Phòng Quản lý Khoa học
S = [
 dict(title='Thu hút chuyên gia, nhà khoa học trong lĩnh vực tiêu chuẩn, đo lường, chất lượng (Phòng chủ trì)',
      body=['Phòng đã tham mưu Sở đăng ký danh mục vị trí cần thu hút theo Quyết định số 05/2026/QĐ-UBND; đã tiếp nhận 02 hồ sơ chuyên gia, đang thẩm định. Nội dung này đang thực hiện.'],
      chiso='02 chuyên gia (kế hoạch 05).'),
 dict(title='Nhiệm vụ khoa học và công nghệ về nâng cao năng suất, chất lượng (phối hợp Chi cục)',
      body=['Phòng phối hợp xét chọn, giao trực tiếp 03 nhiệm vụ; đã tạm ứng, giải ngân theo tiến độ hợp đồng. Các nhiệm vụ đang được triển khai.'],
      chiso='03 nhiệm vụ (kế hoạch 03); kinh phí đã giải ngân 1,35 tỷ đồng (kế hoạch 2,4 tỷ đồng).'),
 dict(title='Hội thảo chuyên sâu về năng suất, chất lượng',
      body=['Phối hợp Chi cục tổ chức hội thảo “Đo lường năng suất trong doanh nghiệp nhỏ và vừa” ngày 14/8/2026; đã hoàn thành.'],
      chiso='01 hội thảo (kế hoạch 01); 85 đại biểu.'),
 dict(title='Phối hợp với Ủy ban TĐC Quốc gia và APO',
      body=['Phòng đã cử cán bộ tham dự chương trình trao đổi của APO theo đề nghị của Chi cục. Phần việc của Phòng đã xong.']),
]
E = [
 dict(task='II.3.c', st='in_progress', ind={}, text='Thu hút chuyên gia: tiếp nhận 02 hồ sơ, đang thẩm định'),
 dict(task='II.2.a', st='in_progress', ind={'budget_spent_vnd': 1350000000}, text='03 nhiệm vụ KH&CN về năng suất; giải ngân 1,35 tỷ đồng'),
 dict(task='II.3.b', st='completed', ind={'training_courses': 1, 'participants': 85}, text='01 hội thảo về năng suất, 85 đại biểu'),
 dict(task='II.6.b', st='completed', ind={}, text='Cử cán bộ tham dự chương trình trao đổi của APO'),
]
h3('PhongQLKH_BC_CT38.docx', ('SKHCN-QLKH', 'Phòng Quản lý Khoa học'), '57/BC-QLKH', '2026-10-30',
   'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
   'Kết quả thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
   ['Phòng Quản lý Khoa học báo cáo kết quả thực hiện như sau:'], S,
   ['Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn đối với chuyên gia đo lường có kinh nghiệm ở khu vực doanh nghiệp.'],
   ['Đề nghị Sở kiến nghị Thành phố bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút năm 2027.'],
   (['- Chi cục TĐC (để tổng hợp);', '- Lưu: QLKH.'], 'TRƯỞNG PHÒNG', 'Hồ Thị Mai Anh', 'Phòng'), E)

# ---- 10. Sở Nông nghiệp và Môi trường
S = [
 dict(title='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực nông nghiệp, môi trường',
      body=['Sở đã góp ý các dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải chăn nuôi và chất lượng đất theo đề nghị của Bộ. Đã hoàn thành.'],
      chiso='04 dự thảo QCVN (kế hoạch: theo yêu cầu).'),
 dict(title='Lấy mẫu giám sát chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi',
      body=['Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y lấy mẫu tại các cơ sở kinh doanh; đợt lấy mẫu Quý IV đang triển khai.'],
      chiso='86 mẫu (kế hoạch 100); 06 mẫu không đạt.'),
 dict(title='Kiểm tra điều kiện sản xuất, kinh doanh vật tư nông nghiệp',
      body=['Sở tổ chức kiểm tra, phối hợp Chi cục TĐC khi có yêu cầu; đang tiếp tục thực hiện theo kế hoạch năm.'],
      chiso='09 cuộc (kế hoạch 12); 74 cơ sở; 08 cơ sở vi phạm; tiền phạt 193.000.000 đồng.'),
 dict(title='Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015',
      body=['Sở và 11 đơn vị trực thuộc đã công bố lại hệ thống sau khi hợp nhất; đã hoàn thành.']),
]
E = [
 dict(task='II.2.e', st='completed', ind={'standards_reviewed': 4}, text='Góp ý 04 dự thảo QCVN lĩnh vực nông nghiệp, môi trường'),
 dict(task='II.5.b', st='in_progress', ind={'samples_tested': 86}, text='Lấy 86 mẫu giám sát chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi'),
 dict(task='II.5.a', st='in_progress', ind={'inspections': 9, 'establishments_inspected': 74, 'violations': 8, 'fines_vnd': 193000000}, text='09 cuộc kiểm tra vật tư nông nghiệp, 74 cơ sở, 08 vi phạm, phạt 193.000.000 đồng'),
 dict(task='II.2.đ', st='completed', ind={}, text='Công bố lại hệ thống TCVN ISO 9001:2015 sau hợp nhất'),
]
h3('SoNNMT_BC_CT38_2026.docx', ('SO-NNMT', 'Sở Nông nghiệp và Môi trường'), '8734/BC-SNNMT', '2026-10-31',
   'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
   'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
   ['Theo đề nghị của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả như sau:'], S,
   ['Kinh phí lấy mẫu giám sát vật tư nông nghiệp chỉ đủ cho khoảng 80% số mẫu theo kế hoạch.'],
   ['Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng phân bón của Chi cục TĐC để tránh trùng lặp đối tượng lấy mẫu.'],
   (['- Sở KH&CN;', '- Lưu: VT, CCTTBVTV.'], 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trương Công Lực', 'Sở Nông nghiệp và Môi trường'), E)

# ---- 11. Sở Giáo dục và Đào tạo
S = [
 dict(title='Đưa kiến thức tiêu chuẩn, đo lường, chất lượng vào đào tạo tại các trường trung cấp, cao đẳng trực thuộc',
      body=['Sở chỉ đạo các trường lồng ghép chuyên đề mã số mã vạch, nhãn hàng hóa vào học phần kỹ năng; tổ chức các lớp ngoại khóa cho học sinh, sinh viên. Học kỳ I năm học 2026 - 2027 đang tiếp tục.'],
      chiso='04 lớp ngoại khóa (kế hoạch 06); 320 học sinh, sinh viên tham dự.'),
 dict(title='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở',
      body=['Đã đánh giá nội bộ, xem xét của lãnh đạo và cập nhật quy trình; đã hoàn thành.']),
 dict(title='Tuyên truyền trong ngành giáo dục',
      body=['Đăng tin bài trên Cổng thông tin điện tử Sở và gửi tài liệu đến các trường; đã hoàn thành.'],
      chiso='12 tin, bài (kế hoạch 10).'),
]
E = [
 dict(task='II.3.d', st='in_progress', ind={'training_courses': 4, 'participants': 320}, text='04 lớp ngoại khóa về mã số mã vạch, nhãn hàng hóa; 320 học sinh, sinh viên'),
 dict(task='II.2.đ', st='completed', ind={}, text='Duy trì hệ thống TCVN ISO 9001:2015 tại cơ quan Sở'),
 dict(task='II.1.a', st='completed', ind={'communications': 12}, text='Tuyên truyền trong ngành giáo dục: 12 tin, bài'),
]
h3('SoGDDT_CT38.docx', ('SO-GDDT', 'Sở Giáo dục và Đào tạo'), '4410/BC-SGDĐT', '2026-10-30',
   'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
   'Kết quả thực hiện nội dung phối hợp Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
   ['Sở Giáo dục và Đào tạo báo cáo như sau:'], S,
   ['Thời lượng chương trình chính khóa hạn chế, khó bố trí thêm chuyên đề.'],
   ['Đề nghị Chi cục TĐC cung cấp bộ tài liệu, bài giảng mẫu về tiêu chuẩn, đo lường, chất lượng cho giáo viên.'],
   (['- Sở KH&CN (qua Chi cục TĐC);', '- Lưu: VT, GDCN.'], 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lê Thụy Mỵ Châu', 'Sở Giáo dục và Đào tạo'), E)

# =====================================================================
# HAND 4 — "anh Tâm", a ward's công văn answering the Sở's written
# comments point by point ("Theo góp ý tại … , phường bổ sung: …")
# =====================================================================
def h4(fname, unit, number, date, uname, place, vv, cv, basis, items, tail, signer, entries, diffs, props, word='phường'):
    doc = Document(); set_font(doc, 'Times New Roman', 14)
    header_table(doc, [('ỦY BAN NHÂN DÂN', True, False), (uname, True, False), ('Số: ' + number, False, False),
                       ('V/v ' + vv, False, False)],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False),
                  (place, False, True)])
    para(doc)
    p = para(doc, '', align='c'); p.add_run('Kính gửi: ').italic = True
    p.add_run('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)')
    para(doc, basis, align='j')
    for it in items:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(it['lead']); r.bold = True
        if it.get('quote'):
            q = p.add_run(' (“' + it['quote'] + '”)'); q.italic = True
        p.add_run(', ' + word + ' bổ sung: ')
        p.add_run(it['answer'][0])
        for more in it['answer'][1:]:
            para(doc, more, align='j')
    for x in tail: para(doc, x, align='j')
    t = doc.add_table(rows=1, cols=2)
    c0 = t.rows[0].cells[0]; r = c0.paragraphs[0].add_run('Nơi nhận:'); r.bold = True; r.italic = True
    for x in ['- Như trên;', '- TT. Đảng ủy, TT. HĐND ' + word + ';', '- Lưu: VT, KT.']: c0.add_paragraph(x)
    c1 = t.rows[0].cells[1]; c1.paragraphs[0].add_run(signer[0]).bold = True; c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3): c1.add_paragraph()
    pp = c1.add_paragraph(); pp.add_run(signer[1]).bold = True; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, fname))
    key(fname, unit, number, date, entries, diffs, props)

# ---- 12. Phường Tân Sơn Hòa
D = ['Phường chỉ có 01 công chức kinh tế theo dõi chung nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.',
     'Chợ Phạm Văn Hai có nhiều tiểu thương tự mang cân từ nhà, khó quản lý.']
P = ['Đề nghị Chi cục TĐC tổ chức kiểm định cân miễn phí định kỳ tại chợ Phạm Văn Hai.',
     'Đề nghị Sở gửi mẫu biểu báo cáo thống nhất cho các phường từ đầu năm 2027.']
items = [
 dict(lead='1. Theo góp ý tại điểm 1 Công văn số 2987/SKHCN-TĐC ngày 06/10/2026', quote='chưa nêu số liệu kiểm tra phối hợp với Chi cục',
      answer=['Từ đầu năm đến ngày 20/10/2026, phường phối hợp Chi cục TĐC tổ chức 04 cuộc kiểm tra đo lường, chất lượng tại chợ Phạm Văn Hai và các cửa hàng vàng bạc, kiểm tra 35 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt 7.000.000 đồng. Nội dung này phường đang tiếp tục thực hiện trong tháng 11 và tháng 12.']),
 dict(lead='2. Theo góp ý tại điểm 2 Công văn số 2987/SKHCN-TĐC', quote='đề nghị làm rõ hình thức tuyên truyền',
      answer=['phường đã đưa 18 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố, kết hợp treo băng rôn tại chợ; việc tuyên truyền theo kế hoạch năm đã hoàn thành.']),
 dict(lead='3. Theo góp ý tại điểm 3 Công văn số 2987/SKHCN-TĐC', quote='chưa báo cáo việc áp dụng ISO',
      answer=['UBND phường đã ban hành Quyết định công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 12/8/2026; đã hoàn thành.']),
 dict(lead='4. Theo góp ý tại điểm 4 Công văn số 2987/SKHCN-TĐC', quote='bổ sung việc cử công chức dự tập huấn',
      answer=['phường đã cử 03 lượt công chức tham dự các lớp tập huấn nghiệp vụ do Chi cục tổ chức tháng 5 và tháng 9/2026; đã hoàn thành.']),
 dict(lead='5. Theo góp ý tại điểm 5 Công văn số 2987/SKHCN-TĐC', quote='khó khăn, kiến nghị còn chung chung',
      answer=['cụ thể như sau:', 'a) Khó khăn:'] + ['- ' + x for x in D] + ['b) Kiến nghị:'] + ['- ' + x for x in P]),
]
E = [
 dict(task='II.5.c', st='in_progress', ind={'inspections': 4, 'establishments_inspected': 35, 'violations': 3, 'fines_vnd': 7000000}, text='Phối hợp Chi cục TĐC: 04 cuộc, 35 cơ sở, 03 vi phạm, phạt 7.000.000 đồng'),
 dict(task='II.1.a', st='completed', ind={'communications': 18}, text='18 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố'),
 dict(task='II.2.đ', st='completed', ind={}, text='Công bố lại hệ thống quản lý chất lượng TCVN ISO 9001:2015 ngày 12/8/2026'),
 dict(task='II.3.a', st='completed', ind={'participants': 3}, text='Cử 03 lượt công chức tham dự tập huấn nghiệp vụ'),
]
h4('PTanSonHoa_bosung_BC_CT38.docx', ('26977', 'Phường Tân Sơn Hòa'), '203/UBND-KT', '2026-10-22', 'PHƯỜNG TÂN SƠN HÒA',
   'Tân Sơn Hòa, ngày 22 tháng 10 năm 2026', 'bổ sung báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026',
   '2987', 'Ủy ban nhân dân phường Tân Sơn Hòa nhận được Công văn số 2987/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ góp ý Báo cáo số 85/BC-UBND ngày 22/9/2026 của phường. Ủy ban nhân dân phường tiếp thu, bổ sung như sau:',
   items, ['Ủy ban nhân dân phường Tân Sơn Hòa kính gửi Sở Khoa học và Công nghệ tổng hợp./.'],
   ('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Võ Minh Tâm'), E, D, P)

# ---- 13. Xã Hồ Tràm
D = ['Các cơ sở sản xuất nước mắm quy mô hộ gia đình chưa quen với thủ tục tự công bố sản phẩm.']
P = ['Đề nghị Chi cục TĐC cử cán bộ hướng dẫn trực tiếp tại xã cho các cơ sở nước mắm, hải sản khô.',
     'Đề nghị Sở hướng dẫn xã quy trình xây dựng lại hệ thống ISO sau sắp xếp.']
items = [
 dict(lead='1. Theo góp ý tại mục 1 Công văn số 3102/SKHCN-TĐC ngày 13/10/2026', quote='số liệu kiểm tra chưa cập nhật',
      answer=['Báo cáo số 88/BC-UBND ngày 18/9/2026 của xã nêu 01 cuộc, 09 cơ sở; cập nhật đến ngày 25/10/2026, xã đã phối hợp Chi cục TĐC kiểm tra tổng cộng 02 cuộc, 16 cơ sở (kinh doanh xăng dầu và sản xuất nước mắm). Xã đang tiếp tục phối hợp.']),
 dict(lead='2. Theo góp ý tại mục 2', quote='tuyên truyền chưa có số liệu',
      answer=['xã đã phát 07 tin trên loa truyền thanh các ấp và đăng trên trang của xã; đã hoàn thành.']),
 dict(lead='3. Theo góp ý tại mục 3', quote='việc hỗ trợ cơ sở sản xuất',
      answer=['xã đã hướng dẫn 05 cơ sở sản xuất nước mắm xây dựng tiêu chuẩn cơ sở, ghi nhãn và tự công bố sản phẩm; hiện đang tiếp tục hướng dẫn các cơ sở còn lại.']),
 dict(lead='4. Theo góp ý tại mục 4', quote='hệ thống quản lý chất lượng của xã',
      answer=['sau khi sắp xếp đơn vị hành chính, xã chưa triển khai xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 do chờ hướng dẫn của Sở.']),
 dict(lead='5. Theo góp ý tại mục 5', quote='bổ sung khó khăn, đề xuất',
      answer=['khó khăn: ' + D[0], 'Đề xuất: ' + P[0], 'Đề xuất: ' + P[1]]),
]
E = [
 dict(task='II.5.c', st='in_progress', ind={'inspections': 2, 'establishments_inspected': 16}, text='Cập nhật đến 25/10/2026: 02 cuộc, 16 cơ sở xăng dầu, nước mắm'),
 dict(task='II.1.a', st='completed', ind={'communications': 7}, text='07 tin trên loa truyền thanh các ấp'),
 dict(task='II.2.d', st='in_progress', ind={'enterprises_supported': 5}, text='Hướng dẫn 05 cơ sở nước mắm xây dựng tiêu chuẩn cơ sở, tự công bố'),
 dict(task='II.2.đ', st='not_started', ind={}, text='Chưa xây dựng lại hệ thống ISO 9001:2015 sau sắp xếp'),
]
h4('XaHoTram_BC_bosung_KH38.docx', ('26620', 'Xã Hồ Tràm'), '119/UBND-VP', '2026-10-27', 'XÃ HỒ TRÀM',
   'Hồ Tràm, ngày 27 tháng 10 năm 2026', 'giải trình, bổ sung báo cáo thực hiện Chỉ thị 38-CT/TW', '3102',
   'Thực hiện Công văn số 3102/SKHCN-TĐC ngày 13/10/2026 của Sở Khoa học và Công nghệ về việc góp ý báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026, Ủy ban nhân dân xã Hồ Tràm giải trình, bổ sung như sau:',
   items, ['Trân trọng./.'], ('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Huỳnh Thanh Tâm'), E, D, P, word='xã')

# ---- 14. Đặc khu Côn Đảo
D = ['Đi lại giữa đất liền và đặc khu tốn kém, lịch kiểm tra của Chi cục phụ thuộc chuyến tàu.']
P = ['Đề nghị Chi cục TĐC ủy quyền, hướng dẫn đặc khu tự kiểm tra cân tại chợ Côn Đảo.']
items = [
 dict(lead='1. Theo góp ý tại điểm a Công văn số 3044/SKHCN-TĐC ngày 09/10/2026', quote='làm rõ việc phối hợp kiểm tra',
      answer=['trong năm 2026 Chi cục TĐC chưa tổ chức đoàn kiểm tra tại đặc khu, đặc khu cũng không tiếp nhận phản ánh về đo lường, chất lượng; nội dung phối hợp kiểm tra không phát sinh.']),
 dict(lead='2. Theo góp ý tại điểm b', quote='tuyên truyền',
      answer=['đặc khu đăng 05 tin, bài trên Đài Truyền thanh - Truyền hình Côn Đảo; đã hoàn thành.']),
 dict(lead='3. Theo góp ý tại điểm c', quote='tập huấn',
      answer=['đặc khu đã cử 02 lượt công chức dự lớp tập huấn trực tuyến ngày 16/9/2026; đã hoàn thành.']),
 dict(lead='4. Theo góp ý tại điểm d', quote='ISO hành chính',
      answer=['đặc khu đang rà soát, xây dựng lại hệ thống tài liệu TCVN ISO 9001:2015, dự kiến công bố trong tháng 12/2026.']),
 dict(lead='5. Theo góp ý tại điểm đ', quote='khó khăn, kiến nghị',
      answer=['Khó khăn: ' + D[0], 'Kiến nghị: ' + P[0]]),
]
E = [
 dict(task='II.5.c', st='not_applicable', ind={}, text='Chi cục chưa tổ chức đoàn kiểm tra tại đặc khu; nội dung phối hợp kiểm tra không phát sinh'),
 dict(task='II.1.a', st='completed', ind={'communications': 5}, text='05 tin, bài trên Đài Truyền thanh - Truyền hình Côn Đảo'),
 dict(task='II.3.a', st='completed', ind={'participants': 2}, text='Cử 02 lượt công chức dự tập huấn trực tuyến'),
 dict(task='II.2.đ', st='in_progress', ind={}, text='Đang xây dựng lại hệ thống tài liệu TCVN ISO 9001:2015'),
]
h4('DKConDao_CV_bosung_CT38.docx', ('26732', 'Đặc khu Côn Đảo'), '77/UBND-KT', '2026-10-24', 'ĐẶC KHU CÔN ĐẢO',
   'Côn Đảo, ngày 24 tháng 10 năm 2026', 'bổ sung nội dung báo cáo Chỉ thị 38-CT/TW năm 2026', '3044',
   'Phúc đáp Công văn số 3044/SKHCN-TĐC ngày 09/10/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân đặc khu Côn Đảo bổ sung như sau:',
   items, ['Ủy ban nhân dân đặc khu Côn Đảo báo cáo./.'], ('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Lê Văn Phong'), E, D, P, word='đặc khu')

# =====================================================================
# HAND 5 — "chị Ngọc", one table whose rows are grouped under status
# sub-headings, each group closed by a typed "Cộng nhóm" subtotal row
# =====================================================================
GROUPS = [('completed', 'A. CÁC NỘI DUNG ĐÃ HOÀN THÀNH'), ('in_progress', 'B. CÁC NỘI DUNG ĐANG THỰC HIỆN'),
          ('not_started', 'C. CÁC NỘI DUNG CHƯA TRIỂN KHAI'), ('not_applicable', 'D. CÁC NỘI DUNG KHÔNG PHÁT SINH')]
COLS = [('cuoc', 'Cuộc kiểm tra'), ('coso', 'Cơ sở / DN'), ('vp', 'Vi phạm'), ('mau', 'Mẫu'), ('lop', 'Lớp, hội nghị'),
        ('luot', 'Lượt người'), ('tin', 'Tin, bài'), ('tien', 'Số tiền (đồng)')]

CACHE = {}
def inject_cache(fname):
    """Give the =SUM cells their computed values, as Excel would have saved them."""
    import zipfile, shutil
    p = os.path.join(OUT, fname); tmp = p + '.tmp'
    with zipfile.ZipFile(p) as zi, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data = zi.read(it.filename)
            if it.filename == 'xl/worksheets/sheet1.xml':
                x = data.decode('utf-8')
                def rep(m):
                    v = CACHE.get((fname, m.group(2)))
                    if v is None: return m.group(0)
                    return m.group(1) + '<f>' + m.group(3) + '</f><v>' + str(v) + '</v></c>'
                x = re.sub(r'(<c r="([A-Z]+\d+)"[^>]*>)<f>([^<]*)</f>(?:<v\s*/>|<v></v>)?</c>', rep, x)
                data = x.encode('utf-8')
            zo.writestr(it, data)
    shutil.move(tmp, p)

def h5(fname, unit, number, date, head, place_date, title, rows, diffs, props, signer, entries, period):
    wb = Workbook(); ws = wb.active; ws.title = 'TongHop'
    used = [c for c in COLS if any(c[0] in r['v'] for r in rows)]
    ncol = 2 + len(used) + 1
    widths = [6, 52] + [12] * len(used) + [30]
    for i, w in enumerate(widths, 1): ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    ws['A1'] = head[0]; ws['A2'] = head[1]; ws['A2'].font = Font(bold=True)
    ws.cell(1, ncol - 2, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font = Font(bold=True)
    ws.cell(2, ncol - 2, 'Độc lập - Tự do - Hạnh phúc')
    ws['A3'] = 'Số: ' + number; ws.cell(3, ncol - 2, place_date).font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol); ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = period; ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=ncol)
    ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(italic=True)
    r = 8
    hdr = ['STT', 'Nội dung'] + [c[1] for c in used] + ['Ghi chú']
    for i, h in enumerate(hdr, 1):
        x = ws.cell(r, i, h); x.font = Font(bold=True); x.border = BOX
        x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); x.fill = PatternFill('solid', fgColor='FCE4D6')
    r += 1
    for st, label in GROUPS:
        grp = [x for x in rows if x['st'] == st]
        if not grp: continue
        ws.cell(r, 1, label).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).fill = PatternFill('solid', fgColor='EDEDED'); r += 1
        for i, x in enumerate(grp, 1):
            ws.cell(r, 1, i); ws.cell(r, 2, x['name']).alignment = Alignment(wrap_text=True, vertical='top')
            for j, (k, _) in enumerate(used, 3):
                if k in x['v']:
                    c = ws.cell(r, j, x['v'][k])
                    if k == 'tien': c.number_format = '#,##0'
            ws.cell(r, ncol, x.get('gc', '')).alignment = Alignment(wrap_text=True)
            for c in range(1, ncol + 1): ws.cell(r, c).border = BOX
            r += 1
        ws.cell(r, 2, 'Cộng nhóm ' + label.split('.')[0]).font = Font(bold=True, italic=True)
        for j, (k, _) in enumerate(used, 3):
            s = sum(x['v'].get(k, 0) for x in grp)
            if any(k in x['v'] for x in grp):
                col = ws.cell(r, j).column_letter
                c = ws.cell(r, j, f'=SUM({col}{r - len(grp)}:{col}{r - 1})'); c.font = Font(bold=True, italic=True)
                CACHE[(fname, c.coordinate)] = s
                if k == 'tien': c.number_format = '#,##0'
        for c in range(1, ncol + 1): ws.cell(r, c).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1): ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, 'Đề xuất, kiến nghị:').font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1): ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 2, 'Người tổng hợp').font = Font(bold=True); ws.cell(r, ncol - 2, signer[0]).font = Font(bold=True)
    ws.cell(r + 4, 2, signer[1]); ws.cell(r + 4, ncol - 2, signer[2]).font = Font(bold=True)
    ws.freeze_panes = 'C9'
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    inject_cache(fname)
    key(fname, unit, number, date, entries, diffs, props)

# ---- 15. Phòng Chuyển đổi số
R = [
 dict(st='completed', name='Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC; kết nối Cổng một cửa quốc gia (kiểm tra nhà nước hàng nhập khẩu)', v={}, gc='Kết nối chính thức từ 25/3/2026'),
 dict(st='completed', name='Đăng tin, bài tuyên truyền CT38 trên Cổng thông tin điện tử Sở', v={'tin': 6}, gc=''),
 dict(st='in_progress', name='Phối hợp kết nối, khai thác cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng', v={'lop': 1, 'luot': 24}, gc='Tập huấn khai thác CSDL cho công chức Chi cục; API chia sẻ đang thử nghiệm'),
 dict(st='not_applicable', name='Góp ý dự thảo TCVN, QCVN lĩnh vực công nghệ thông tin (theo đề nghị của Chi cục)', v={}, gc='Chưa nhận đề nghị góp ý'),
]
E = [
 dict(task='II.2.h', st='completed', ind={}, text='Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC; kết nối Cổng một cửa quốc gia'),
 dict(task='II.1.a', st='completed', ind={'communications': 6}, text='6 tin, bài tuyên truyền CT38 trên Cổng thông tin điện tử Sở'),
 dict(task='II.2.i', st='in_progress', ind={'training_courses': 1, 'participants': 24}, text='Phối hợp kết nối CSDL quốc gia về TĐC; 1 lớp tập huấn, 24 lượt'),
 dict(task='II.2.e', st='not_applicable', ind={}, text='Góp ý TCVN, QCVN lĩnh vực CNTT: chưa nhận đề nghị góp ý'),
]
h5('PhongCDS_CT38_tonghop.xlsx', ('SKHCN-CDS', 'Phòng Chuyển đổi số'), '22/BC-CĐS', '2026-10-29',
   ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'), 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
   'TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (PHẦN VIỆC CỦA PHÒNG CHUYỂN ĐỔI SỐ)', R,
   ['Dữ liệu của Hệ thống cơ sở dữ liệu quốc gia về TĐC chưa chuẩn hóa định dạng, khó đồng bộ với kho dữ liệu dùng chung của Thành phố.'],
   ['Đề nghị Chi cục TĐC đầu mối làm việc với Ủy ban TĐC Quốc gia về chuẩn dữ liệu trao đổi.'],
   ('TRƯỞNG PHÒNG', 'Trịnh Bảo Ngọc', 'Phan Đức Huy'), E, '(Số liệu từ ngày 01/01/2026 đến ngày 25/10/2026)')

# ---- 16. Văn phòng Sở
R = [
 dict(st='completed', name='Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở', v={}, gc='Đánh giá nội bộ tháng 6; xem xét lãnh đạo tháng 7'),
 dict(st='completed', name='Phối hợp vận hành bộ phận một cửa, tiếp nhận hồ sơ TTHC lĩnh vực TĐC trên Hệ thống thông tin giải quyết TTHC', v={}, gc=''),
 dict(st='completed', name='Đăng tin hoạt động TĐC trên Cổng thông tin điện tử Sở', v={'tin': 15}, gc=''),
 dict(st='in_progress', name='Mua sắm, đầu tư trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm (phần thủ tục đấu thầu của Văn phòng)', v={'tien': 2150000000}, gc='Đã giải ngân; gói thầu số 3 đang đánh giá hồ sơ dự thầu'),
 dict(st='not_applicable', name='Khen thưởng tổ chức, cá nhân tố giác vi phạm về TĐC', v={}, gc='Không có đề nghị khen thưởng'),
]
E = [
 dict(task='II.2.đ', st='completed', ind={}, text='Duy trì, cải tiến hệ thống TCVN ISO 9001:2015 tại Sở'),
 dict(task='II.2.h', st='completed', ind={}, text='Phối hợp vận hành bộ phận một cửa trên Hệ thống thông tin giải quyết TTHC'),
 dict(task='II.1.a', st='completed', ind={'communications': 15}, text='15 tin hoạt động TĐC trên Cổng thông tin điện tử Sở'),
 dict(task='II.4.a', st='in_progress', ind={'budget_spent_vnd': 2150000000}, text='Mua sắm trang thiết bị cho Trung tâm: đã giải ngân 2.150.000.000 đồng'),
 dict(task='II.5.d', st='not_applicable', ind={}, text='Khen thưởng tổ chức, cá nhân tố giác vi phạm: không có đề nghị'),
]
h5('VanPhongSo_KQ_CT38.xlsx', ('SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ'), '301/BC-VP', '2026-10-30',
   ('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ'), 'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
   'KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG VĂN PHÒNG SỞ PHỐI HỢP – KẾ HOẠCH CT38 NĂM 2026', R,
   ['Tiến độ đấu thầu gói thiết bị số 3 chậm do phải làm rõ cấu hình kỹ thuật với nhà thầu.'],
   ['Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm sớm hoàn thiện hồ sơ yêu cầu kỹ thuật cho kế hoạch mua sắm năm 2027.'],
   ('CHÁNH VĂN PHÒNG', 'Lý Kim Ngọc', 'Nguyễn Hữu Thắng'), E, '(Số liệu đến ngày 25/10/2026)')

# ---- 17. Sở An toàn thực phẩm
R = [
 dict(st='completed', name='Góp ý dự thảo QCVN về an toàn thực phẩm (phụ gia, bao bì tiếp xúc thực phẩm)', v={'coso': None}, gc='02 dự thảo QCVN'),
 dict(st='in_progress', name='Kiểm tra chất lượng, ghi nhãn thực phẩm bao gói sẵn, thực phẩm nhập khẩu lưu thông trên thị trường', v={'cuoc': 11, 'coso': 148, 'vp': 17, 'tien': 265400000}, gc='Phối hợp Chi cục TĐC 03 cuộc'),
 dict(st='in_progress', name='Lấy mẫu giám sát chất lượng thực phẩm', v={'mau': 312}, gc='Đợt Tết 2027 chưa lấy'),
 dict(st='in_progress', name='Hướng dẫn doanh nghiệp thực phẩm áp dụng truy xuất nguồn gốc (Đề án 100)', v={'coso': 27}, gc='27 doanh nghiệp'),
 dict(st='not_started', name='Hội nghị phổ biến quy định nhãn hàng hóa cho doanh nghiệp nhập khẩu thực phẩm', v={}, gc='Dời sang Quý I/2027'),
]
R[0]['v'] = {}
E = [
 dict(task='II.2.e', st='completed', ind={'standards_reviewed': 2}, text='Góp ý 02 dự thảo QCVN về an toàn thực phẩm'),
 dict(task='II.5.a', st='in_progress', ind={'inspections': 11, 'establishments_inspected': 148, 'violations': 17, 'fines_vnd': 265400000}, text='Kiểm tra thực phẩm bao gói sẵn, nhập khẩu: 11 cuộc, 148 cơ sở, 17 vi phạm, 265.400.000 đồng'),
 dict(task='II.5.b', st='in_progress', ind={'samples_tested': 312}, text='Lấy 312 mẫu giám sát chất lượng thực phẩm'),
 dict(task='II.2.a', st='in_progress', ind={'enterprises_supported': 27}, text='Hướng dẫn 27 doanh nghiệp thực phẩm áp dụng truy xuất nguồn gốc'),
 dict(task='II.1.a', st='not_started', ind={}, text='Hội nghị phổ biến quy định nhãn hàng hóa cho doanh nghiệp nhập khẩu thực phẩm: dời sang Quý I/2027'),
]
h5('SoATTP_CT38_2026.xlsx', ('SO-ATTP', 'Sở An toàn thực phẩm'), '1532/BC-SATTP', '2026-10-31',
   ('ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM'), 'TP. Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
   'BIỂU TỔNG HỢP KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026', R,
   ['Nhiều sản phẩm thực phẩm nhập khẩu bán qua sàn thương mại điện tử, khó xác định cơ sở chịu trách nhiệm để kiểm tra.'],
   ['Đề nghị Sở KH&CN phối hợp xây dựng quy chế chia sẻ thông tin kết quả kiểm tra nhãn hàng hóa thực phẩm.',
    'Đề nghị Chi cục TĐC lồng ghép nội dung nhãn thực phẩm vào hội nghị tập huấn Quý I/2027.'],
   ('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Đinh Thị Bích Ngọc', 'Phạm Khánh Phong Lan'), E, '(Từ 01/01/2026 đến 25/10/2026)')

write_truth()
print(len(FILES), 'files')
