import json, hashlib, os, re, random, zipfile, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from data import R
OUT = os.path.dirname(os.path.abspath(__file__))
ST = {'C':'completed','P':'in_progress','N':'not_started','A':'not_applicable','U':'unknown'}
random.seed(194)
def dparts(d): y,m,dd = d.split('-'); return dd, m, y
def pad2(v): return '%02d' % v if v < 10 else str(v)
def dots(v): return '{:,}'.format(v).replace(',', '.')
def trieu(v):
    x = v/1e6; s = ('%g' % x).replace('.', ',')
    return s
thin = Side(style='thin'); BOX = Border(left=thin,right=thin,top=thin,bottom=thin)

# ---------------- H1 ----------------
H1ST = {'C':'Đã xong','P':'Đang làm dở','N':'Chưa làm','A':'Không giao'}
FMT = {'đồng':'#,##0 "đồng"'}
def h1(r):
    wb = Workbook(); ws = wb.active; ws.title = 'BC 11 thang'
    dd,mm,yy = dparts(r['date'])
    unitup = r['uname'].upper()
    mist = r.get('mistaken')
    title = ('BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 11 THÁNG NĂM 2026 – ' if mist else
             'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN – ĐO LƯỜNG – CHẤT LƯỢNG) 11 THÁNG NĂM 2026 – ') + unitup
    ws.merge_cells('A1:F1'); ws['A1'] = title; ws['A1'].font = Font(bold=True, size=12); ws['A1'].alignment = Alignment(wrap_text=True, horizontal='center')
    ws.row_dimensions[1].height = 36
    ws.merge_cells('A2:F2'); ws['A2'] = 'Số: %s          %s, ngày %s tháng %s năm %s' % (r['number'], r['place'], dd, mm, yy)
    ws['A2'].alignment = Alignment(horizontal='center'); ws['A2'].font = Font(italic=True)
    hdr = ['STT','Nhóm việc','Nội dung đã làm','Số liệu','Tình trạng','Ghi chú']
    for i,h in enumerate(hdr):
        c = ws.cell(row=4, column=i+1, value=h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for col,w in zip('ABCDEF',[5,26,40,14,14,18]): ws.column_dimensions[col].width = w
    dv = DataValidation(type='list', formula1='"Đã xong,Đang làm dở,Chưa làm,Không giao"', allow_blank=True)
    dv.error = 'Chọn trong danh sách'; dv.prompt = 'Chọn tình trạng'; ws.add_data_validation(dv)
    row = 5; entries = []
    items = r['entries']
    if mist:
        items = [('X','C','Rà soát hộ nghèo, cận nghèo',[('Hộ nghèo còn lại',12,'hộ',None),('Hộ cận nghèo',31,'hộ',None)],''),
                 ('X','P','Hỗ trợ vay vốn NHCSXH',[('Hộ được vay',18,'hộ',None),('Dư nợ giải ngân',540000000,'đồng',None)],''),
                 ('X','C','Hỗ trợ nhà ở',[('Căn nhà xây mới, sửa chữa',3,'căn',None)],''),
                 ('X','P','Dạy nghề cho lao động nông thôn',[('Lớp',2,'lớp',None),('Học viên',45,'người',None)],'')]
    for k,(task,st,name,figs,_) in enumerate(items, 1):
        n = max(1, len(figs)); r0 = row
        for j in range(n):
            if figs:
                lab,val,uw,ind = figs[j]
                ws.cell(row=row, column=3, value=lab)
                c = ws.cell(row=row, column=4, value=val)
                c.number_format = FMT.get(uw, '0 "%s"' % uw)
            else:
                ws.cell(row=row, column=3, value='(không có số liệu)' if st!='A' else 'Xã/phường không được giao, không phát sinh')
            for col in range(1,7): ws.cell(row=row, column=col).border = BOX
            ws.cell(row=row, column=3).alignment = Alignment(wrap_text=True)
            row += 1
        ws.cell(row=r0, column=1, value=k); ws.cell(row=r0, column=2, value=name); ws.cell(row=r0, column=5, value=H1ST[st])
        for col in (1,2,5):
            ws.cell(row=r0, column=col).alignment = Alignment(vertical='center', wrap_text=True, horizontal='center' if col!=2 else 'left')
            if n > 1: ws.merge_cells(start_row=r0, start_column=col, end_row=row-1, end_column=col)
        dv.add('E%d' % r0)
        if not mist:
            entries.append({'task':task,'status':ST[st],'indicators':{f[3]:f[1] for f in figs if f[3]},
                            'text': name + (': ' + '; '.join('%s %s %s' % (f[0], f[1], f[2]) for f in figs) if figs else '') + ' – ' + H1ST[st]})
    row += 1
    for head, lst in (('Khó khăn, vướng mắc:', r['diff'] if not mist else ['Một số hộ thoát nghèo chưa bền vững.']),
                      ('Đề xuất, kiến nghị:', r['prop'] if not mist else ['Đề nghị bổ sung vốn vay giải quyết việc làm.'])):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6); ws.cell(row=row, column=1, value=head).font = Font(bold=True); row += 1
        for it in lst:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6); ws.cell(row=row, column=1, value='- ' + it).alignment = Alignment(wrap_text=True); row += 1
    row += 1
    ws.cell(row=row, column=2, value='NGƯỜI LẬP BIỂU').font = Font(bold=True)
    ws.cell(row=row, column=5, value='KT. CHỦ TỊCH').font = Font(bold=True)
    ws.cell(row=row+1, column=5, value='PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.oddHeader.left.text = 'UBND ' + unitup
    ws.oddFooter.center.text = 'Trang &P / &N'
    ws.oddFooter.right.text = r['uname'] + ' – biểu CT38' if not mist else r['uname']
    ws.freeze_panes = 'A5'
    ws.page_setup.orientation = 'landscape'
    p = os.path.join(OUT, r['file']); wb.save(p)
    return entries

# ---------------- H2 ----------------
H2ST = {'C':'Xong','P':'Đang tiến hành','N':'Chưa bắt đầu','A':'Không phát sinh'}
def h2(r):
    wb = Workbook(); ws = wb.active; ws.title = 'BaoCao'; wn = wb.create_sheet('Nhap')
    dd,mm,yy = dparts(r['date'])
    parent = 'UBND THÀNH PHỐ HỒ CHÍ MINH' if r['uid'].startswith('SO-') else 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws.merge_cells('A1:D1'); ws['A1'] = parent
    ws.merge_cells('A2:D2'); ws['A2'] = r['short']; ws['A2'].font = Font(bold=True)
    ws.merge_cells('F1:H1'); ws['F1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['F1'].font = Font(bold=True)
    ws.merge_cells('F2:H2'); ws['F2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws.merge_cells('A3:D3'); ws['A3'] = 'Số: ' + r['number']
    ws.merge_cells('F3:H3'); ws['F3'] = 'Thành phố Hồ Chí Minh, ngày %s tháng %s năm %s' % (dd, mm, yy); ws['F3'].font = Font(italic=True)
    for c in ('A1','A2','A3','F1','F2','F3'): ws[c].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.merge_cells('A5:H5'); ws['A5'] = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (số liệu 11 tháng)'
    ws['A5'].font = Font(bold=True, size=12); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[5].height = 32
    hdr = ['TT','Nội dung công việc','Chỉ tiêu','ĐVT','Năm 2025','11T/2026','Tình trạng','Ghi chú']
    for i,h in enumerate(hdr):
        c = ws.cell(row=7, column=i+1, value=h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', wrap_text=True)
    for col,w in zip('ABCDEFGH',[5,34,34,11,10,11,15,16]): ws.column_dimensions[col].width = w
    ws.column_dimensions['E'].hidden = True
    for i,h in enumerate(['Mã','Chỉ tiêu','Năm 2025','11 tháng 2026','ĐVT']): wn.cell(row=1, column=i+1, value=h).font = Font(bold=True)
    wn.column_dimensions['B'].width = 40
    cache = {}; row = 8; nrow = 2; entries = []; roman = 0
    for k,(task,st,name,figs,_) in enumerate(r['entries'], 1):
        figs2 = figs or [None]
        for j,f in enumerate(figs2):
            if j == 0:
                ws.cell(row=row, column=1, value=k); ws.cell(row=row, column=2, value=name); ws.cell(row=row, column=7, value=H2ST[st])
            if f:
                lab,val,uw,ind = f
                v = val/1e6 if uw == 'triệu đồng' else val
                last = round(v * random.uniform(0.6, 1.2), 1) if uw == 'triệu đồng' else max(1, int(round(val * random.uniform(0.5, 1.3))))
                wn.cell(row=nrow, column=1, value='N%02d' % (nrow-1)); wn.cell(row=nrow, column=2, value=lab)
                wn.cell(row=nrow, column=3, value=last); wn.cell(row=nrow, column=4, value=v); wn.cell(row=nrow, column=5, value=uw)
                ws.cell(row=row, column=3, value=lab); ws.cell(row=row, column=4, value=uw)
                ws.cell(row=row, column=5, value='=Nhap!C%d' % nrow); cache['E%d' % row] = last
                ws.cell(row=row, column=6, value='=Nhap!D%d' % nrow); cache['F%d' % row] = v
                if uw == 'triệu đồng': ws.cell(row=row, column=6).number_format = '#,##0.0'
                nrow += 1
            else:
                ws.cell(row=row, column=3, value='-'); ws.cell(row=row, column=6, value='-')
            for col in range(1,9): ws.cell(row=row, column=col).border = BOX
            ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical='top')
            ws.cell(row=row, column=3).alignment = Alignment(wrap_text=True)
            row += 1
        entries.append({'task':task,'status':ST[st],'indicators':{f[3]:f[1] for f in figs if f[3]},
                        'text': name + (': ' + '; '.join('%s %s %s' % (f[0], (trieu(f[1]) if f[2]=='triệu đồng' else f[1]), f[2]) for f in figs) if figs else '') + ' – ' + H2ST[st]})
    last_tab = row - 1
    row += 1
    ws.cell(row=row, column=1, value='Khó khăn, vướng mắc').font = Font(bold=True); row += 1
    for i,it in enumerate(r['diff'],1):
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8); ws.cell(row=row, column=1, value='%d.' % i); ws.cell(row=row, column=2, value=it).alignment = Alignment(wrap_text=True); row += 1
    ws.cell(row=row, column=1, value='Kiến nghị').font = Font(bold=True); row += 1
    for i,it in enumerate(r['prop'],1):
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8); ws.cell(row=row, column=1, value='%d.' % i); ws.cell(row=row, column=2, value=it).alignment = Alignment(wrap_text=True); row += 1
    row += 1
    ws.merge_cells(start_row=row, start_column=6, end_row=row, end_column=8); ws.cell(row=row, column=6, value='THỦ TRƯỞNG ĐƠN VỊ').font = Font(bold=True)
    ws.print_area = 'A1:H%d' % (row+4)
    ws.print_title_rows = '7:7'
    ws.page_setup.orientation = 'landscape'; ws.page_setup.fitToWidth = 1
    ws.oddFooter.center.text = 'Trang &P'
    ws.oddFooter.left.text = r['uname']
    p = os.path.join(OUT, r['file']); wb.save(p)
    fake_lo(p, cache)
    return entries

def fake_lo(p, cache):
    tmp = p + '.tmp'
    with zipfile.ZipFile(p) as zi, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data = zi.read(it.filename)
            if it.filename == 'xl/worksheets/sheet1.xml':
                s = data.decode('utf8')
                def rep(m):
                    ref = m.group(2); v = cache.get(ref)
                    if v is None: return m.group(0)
                    return '%s<f>%s</f><v>%s</v></c>' % (m.group(1), m.group(3), ('%g' % v))
                s2, n = re.subn(r'(<c r="([A-Z]+\d+)"[^>]*>)<f>([^<]*)</f>(?:<v\s*/>|<v>\s*</v>)?</c>', rep, s)
                assert n == len(cache), (n, len(cache))
                data = s2.encode('utf8')
            elif it.filename == 'docProps/app.xml':
                data = re.sub(rb'<Application>[^<]*</Application>', b'<Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application>', data)
            zo.writestr(it, data)
    os.replace(tmp, p)

# ---------------- DOCX common ----------------
def base_doc():
    d = Document(); st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    for s in d.sections: s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d
def cellp(cell, lines, bold_idx=(), italic_idx=()):
    cell.text = ''
    for i,l in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rn = p.add_run(l); rn.bold = i in bold_idx; rn.italic = i in italic_idx; rn.font.size = Pt(12)
def para(d, text='', bold=False, italic=False, align=None, indent=True):
    p = d.add_paragraph(); 
    if text: rn = p.add_run(text); rn.bold = bold; rn.italic = italic
    if align: p.alignment = align
    if indent and not align: p.paragraph_format.first_line_indent = Cm(1)
    return p

# ---------------- H3 ----------------
ORD = ['Một là','Hai là','Ba là','Bốn là','Năm là','Sáu là']
H3ST = {'C':'đã làm xong','P':'còn đang làm','N':'chưa làm được','A':'không có phát sinh'}
def fig3(f):
    lab,val,uw,ind = f
    if uw == 'đồng': return dots(val) + ' đồng'
    return pad2(val) + ' ' + (uw or lab)
def h3(r):
    d = base_doc(); dd,mm,yy = dparts(r['date'])
    t = d.add_table(rows=1, cols=2)
    cellp(t.cell(0,0), r['head'].split('\n') + ['———', 'Số: ' + r['number']], bold_idx=(0,))
    cellp(t.cell(0,1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '———————', '%s, ngày %s tháng %s năm %s' % (r['place'], dd, mm, yy)], bold_idx=(0,1), italic_idx=(3,))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, 'Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026\n(số liệu tính đến ngày %s/%s/%s)' % (dd, mm, yy), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026, Ủy ban nhân dân %s báo cáo kết quả như sau:' % r['uname'].replace('Đặc khu','đặc khu').replace('Phường','phường').replace('Xã','xã'))
    para(d, 'I. KẾT QUẢ ĐÃ LÀM', bold=True)
    entries = []
    for k,(task,st,name,figs,sent) in enumerate(r['entries']):
        s = sent.format(*[fig3(f) for f in figs])
        p = para(d); rn = p.add_run(ORD[k] + ', '); rn.bold = True
        p.add_run(name + '. ' + s + ' ')
        rn = p.add_run('Việc này: ' + H3ST[st] + '.'); rn.italic = True
        entries.append({'task':task,'status':ST[st],'indicators':{f[3]:f[1] for f in figs if f[3]}, 'text': s})
    para(d, 'II. CÁI KHÓ', bold=True)
    for it in r['diff']: para(d, '+ ' + it)
    para(d, 'III. MONG MUỐN, KIẾN NGHỊ', bold=True)
    for it in r['prop']: para(d, '+ ' + it)
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân %s./.' % r['place'])
    t = d.add_table(rows=1, cols=2)
    cellp(t.cell(0,0), ['Nơi nhận:', '- Sở KH&CN (qua Chi cục TĐC);', '- Lưu: VT, KT.'], italic_idx=(0,))
    for p in t.cell(0,0).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cellp(t.cell(0,1), ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Văn ' + random.choice(['Hùng','Tâm','Lộc','Phước'])], bold_idx=(0,1,2,5))
    d.save(os.path.join(OUT, r['file']))
    return entries

# ---------------- H4 ----------------
H4ST = {'C':'đã hoàn thành','P':'đang tiếp tục','N':'chưa triển khai được','A':'không phát sinh'}
def fig4(f):
    lab,val,uw,ind = f
    if uw == 'triệu đồng': return trieu(val) + ' triệu đồng'
    if uw == 'đồng': return dots(val) + ' đồng'
    return pad2(val) + ' ' + lab
def tt4(f):
    lab,val,uw,ind = f
    if uw in ('triệu đồng','đồng'): return dots(val) + ' đ'
    return '%d %s' % (val, lab)
def h4(r):
    d = base_doc(); dd,mm,yy = dparts(r['date'])
    parent = 'UBND THÀNH PHỐ HỒ CHÍ MINH' if r['uid'].startswith('SO-') else None
    left = ([parent] if parent else []) + r['head'].split('\n') + ['———', 'Số: ' + r['number']]
    mist = r.get('mistaken')
    vv = 'V/v báo cáo kết quả chuyển đổi số 11 tháng năm 2026' if mist else 'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'
    t = d.add_table(rows=1, cols=2)
    cellp(t.cell(0,0), left + [vv], bold_idx=tuple(range(1 if parent else 0, len(left)-2)))
    cellp(t.cell(0,1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '———————', 'Thành phố Hồ Chí Minh, ngày %s tháng %s năm %s' % (dd, mm, yy)], bold_idx=(0,1), italic_idx=(3,))
    para(d)
    if mist:
        para(d, 'Kính gửi: Sở Khoa học và Công nghệ.', align=WD_ALIGN_PARAGRAPH.CENTER)
        para(d, 'Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, %s báo cáo kết quả 11 tháng như sau:' % r['uname'])
        items = [('1.1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ', 'Đã số hóa 1.240 hồ sơ, đạt 100% hồ sơ phát sinh.', 'Tóm tắt: 1.240 hồ sơ · 100% · đã hoàn thành'),
                 ('1.2. Dịch vụ công trực tuyến toàn trình', 'Có 14/16 thủ tục cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt 87%.', 'Tóm tắt: 14 thủ tục · 87% · đang tiếp tục'),
                 ('1.3. Bản đồ số điểm du lịch', 'Đã cập nhật 312 điểm đến lên bản đồ số du lịch Thành phố.', 'Tóm tắt: 312 điểm · đang tiếp tục'),
                 ('1.4. Đào tạo kỹ năng số cho công chức', 'Tổ chức 02 lớp cho 96 công chức, viên chức.', 'Tóm tắt: 2 lớp · 96 người · đã hoàn thành')]
        para(d, '1. Kết quả thực hiện', bold=True)
        for h,b,s in items:
            para(d, h, bold=True); para(d, b); para(d, s, bold=True)
        para(d, '2. Khó khăn, vướng mắc', bold=True); para(d, '- Hạ tầng mạng tại một số điểm du lịch ngoại thành chưa ổn định.')
        para(d, '3. Đề xuất, kiến nghị', bold=True); para(d, '- Đề nghị Sở KH&CN hỗ trợ kết nối dữ liệu du lịch với nền tảng số của Thành phố.')
        entries = []
    else:
        para(d, 'Kính gửi: Sở Khoa học và Công nghệ\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align=WD_ALIGN_PARAGRAPH.CENTER)
        para(d, 'Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, %s báo cáo như sau:' % r['uname'])
        para(d, '1. Kết quả thực hiện', bold=True)
        entries = []
        for k,(task,st,name,figs,sent) in enumerate(r['entries'], 1):
            p = para(d); rn = p.add_run('1.%d. ' % k); rn.bold = True
            rn = p.add_run(name); rn.bold = True; rn.italic = True
            s = sent.format(*[fig4(f) for f in figs])
            para(d, s)
            p = para(d); rn = p.add_run('Tóm tắt: '); rn.bold = True
            rn = p.add_run(' · '.join([tt4(f) for f in figs] + [H4ST[st]])); rn.font.size = Pt(12)
            entries.append({'task':task,'status':ST[st],'indicators':{f[3]:f[1] for f in figs if f[3]}, 'text': s})
        para(d, '2. Khó khăn, vướng mắc', bold=True)
        for it in r['diff']: para(d, '- ' + it)
        para(d, '3. Đề xuất, kiến nghị', bold=True)
        for it in r['prop']: para(d, '- ' + it)
    para(d, '%s báo cáo để Sở Khoa học và Công nghệ tổng hợp./.' % r['uname'])
    t = d.add_table(rows=1, cols=2)
    cellp(t.cell(0,0), ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'], italic_idx=(0,))
    for p in t.cell(0,0).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    sig = ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'] if r['uid'] == 'SKHCN-VP' else ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']
    cellp(t.cell(0,1), sig + ['', '', 'Trần Thị ' + random.choice(['Mai','Hạnh','Thu','Lan'])], bold_idx=(0,1,4))
    d.save(os.path.join(OUT, r['file']))
    return entries

HANDS = {'H1':h1,'H2':h2,'H3':h3,'H4':h4}
for r in R:
    ents = HANDS[r['hand']](r)
    p = os.path.join(OUT, r['file'])
    sha = hashlib.sha256(open(p,'rb').read()).hexdigest()
    mist = r.get('mistaken')
    key = {'file': r['file'], 'sha256': sha, 'status': 'rejected' if mist else 'extracted',
           'reason': ('Không phải báo cáo của Kế hoạch CT38: báo cáo về %s, gửi nhầm' % mist) if mist else None,
           'unit': {'id': r['uid'], 'name': r['uname']}, 'document': {'number': r['number'], 'date': r['date']},
           'entries': [] if mist else ents, 'findings': [],
           'difficulties': [] if mist else r['diff'], 'proposals': [] if mist else r['prop']}
    json.dump(key, open(os.path.join(OUT, 'truth', r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
print(len(R), 'files')
