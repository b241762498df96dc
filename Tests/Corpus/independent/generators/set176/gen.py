# -*- coding: utf-8 -*-
import random, json, hashlib, os, zipfile, shutil, re
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(176)

def money_tr(v):   # 4500000 -> "4,5 triệu"
    s = ('%.2f' % (v/1e6)).rstrip('0').rstrip('.')
    return s.replace('.', ',') + ' triệu'
def dots(v): return '{:,}'.format(v).replace(',', '.')
def z(v): return '%02d' % v

# ---------- task pool for wards: (task, own name variants, desc builder, figures)
def ward_tasks(h, n_tasks, stat_bias):
    pool = []
    ins = random.randint(2, 6); est = ins*random.randint(4, 9); vio = random.randint(0, 4)
    fine = vio*random.choice([500000, 750000, 1000000, 1500000]) if vio else 0
    figs = [('inspections', ins, 'cuộc'), ('establishments_inspected', est, 'cơ sở')]
    if vio: figs += [('violations', vio, 'cơ sở vi phạm'), ('fines_vnd', fine, None)]
    pool.append(dict(task='II.5.c', names=['Kiểm tra cân đo ở chợ, cây xăng', 'Đo lường tại chợ và hộ bán xăng dầu', 'Kiểm tra đo lường - chất lượng trên địa bàn'],
        desc='Phối hợp Chi cục TĐC kiểm tra đo lường, nhãn hàng tại chợ và cửa hàng xăng dầu trên địa bàn', figs=figs))
    pool.append(dict(task='II.1.a', names=['Tuyên truyền cho hộ kinh doanh', 'Phổ biến pháp luật TĐC cho tiểu thương', 'Hội nghị phổ biến cho hộ kinh doanh'],
        desc='Tổ chức hội nghị phổ biến quy định về đo lường, chất lượng, nhãn hàng hóa cho hộ kinh doanh và đăng tin trên loa, trang thông tin',
        figs=[('training_courses', random.randint(1, 3), 'buổi hội nghị'), ('participants', random.randint(45, 180), 'lượt người'), ('communications', random.randint(4, 22), 'tin bài')]))
    pool.append(dict(task='II.3.a', names=['Cử cán bộ đi tập huấn', 'Cán bộ phường dự lớp của Chi cục', 'Bồi dưỡng nghiệp vụ cho công chức'],
        desc='Cử công chức Văn hóa - Xã hội, Kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức',
        figs=[('participants', random.randint(2, 5), 'công chức')]))
    pool.append(dict(task='II.5.b', names=['Cùng Chi cục lấy mẫu khảo sát', 'Khảo sát chất lượng hàng hóa', 'Lấy mẫu xăng, mũ bảo hiểm'],
        desc='Phối hợp đoàn của Chi cục lấy mẫu khảo sát chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em bán tại địa bàn',
        figs=[('samples_tested', random.randint(4, 16), 'mẫu')]))
    pool.append(dict(task='II.2.d', names=['Hướng dẫn hộ sản xuất công bố chất lượng', 'Hỗ trợ cơ sở ghi nhãn, công bố', 'Hướng dẫn HTX làm công bố sản phẩm'],
        desc='Hướng dẫn hộ sản xuất, hợp tác xã làm hồ sơ tự công bố chất lượng sản phẩm, ghi nhãn hàng hóa',
        figs=[('enterprises_supported', random.randint(3, 12), 'cơ sở')]))
    pool.append(dict(task='II.1.b', names=['Vận động dự Giải thưởng chất lượng', 'Giải thưởng Chất lượng Quốc gia', 'Giới thiệu Giải thưởng CLQG'],
        desc='Gửi thông báo, vận động doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia',
        figs=[('enterprises_supported', random.randint(2, 6), 'doanh nghiệp')]))
    pool.append(dict(task='II.5.d', names=['Nhận phản ánh, tố giác', 'Tiếp nhận tin báo vi phạm', 'Đơn thư, tố giác về cân điêu'],
        desc='Tiếp nhận phản ánh, tố giác của người dân về gian lận đo lường, hàng kém chất lượng', figs=[]))
    first = pool[0]; rest = pool[1:]; random.shuffle(rest)
    chosen = [first] + rest[:n_tasks-1]
    out = []
    for i, t in enumerate(chosen):
        st = stat_bias[i % len(stat_bias)]
        if t['task'] == 'II.5.d': st = 'not_applicable'
        figs = t['figs'] if st in ('completed', 'in_progress') else []
        if st == 'in_progress' and len(figs) > 2: figs = figs[:2]
        out.append(dict(task=t['task'], name=random.choice(t['names']), desc=t['desc'], status=st, figs=figs))
    return out

DIFF = ['Phường chưa có công chức chuyên trách theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ kiêm nhiệm nhiều việc.',
        'Hộ kinh doanh tại chợ thay đổi thường xuyên, nhiều hộ không có giấy tờ nên khó theo dõi.',
        'Phường không có cân đối chứng, quả cân chuẩn để tự kiểm tra khi có phản ánh.',
        'Kinh phí cho hoạt động kiểm tra, tuyên truyền chưa được bố trí riêng.',
        'Sau sắp xếp đơn vị hành chính, địa bàn rộng, lực lượng mỏng.']
PROP = ['Đề nghị Chi cục TĐC trang bị cho phường 01 bộ quả cân chuẩn và cân đối chứng đặt tại chợ.',
        'Đề nghị Sở KH&CN tổ chức thêm lớp tập huấn nghiệp vụ cho công chức cấp phường trong năm 2027.',
        'Đề nghị Chi cục cung cấp tài liệu, tờ rơi tuyên truyền để phường phát cho hộ kinh doanh.',
        'Kiến nghị bố trí kinh phí riêng cho công tác kiểm tra đo lường ở cấp phường.',
        'Đề nghị Chi cục hướng dẫn mẫu biên bản, quy trình khi phường tự kiểm tra cân tại chợ.']

def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    path = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    ents = []
    for e in entries:
        ind = {}
        for (k, v, *_r) in e['figs']:
            ind[k] = ind.get(k, 0) + v if k in ind else v
        ents.append(dict(task=e['task'], status=e['status'], indicators=ind, text=e.get('text') or e['desc']))
    d = dict(file=fname, sha256=sha, status=status, reason=reason, unit=dict(id=unit[0], name=unit[1]),
             document=dict(number=number, date=date), entries=ents, findings=[], difficulties=diffs, proposals=props)
    json.dump(d, open(os.path.join(OUT, 'truth', fname + '.json'), 'w'), ensure_ascii=False, indent=1)

def wps_stamp(path, app):
    """make the package look like WPS saved it: app.xml Application + KSO custom prop"""
    tmp = path + '.tmp'
    zin = zipfile.ZipFile(path); zout = zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED)
    names = zin.namelist()
    for n in names:
        data = zin.read(n)
        if n == 'docProps/app.xml':
            s = data.decode('utf-8')
            s = re.sub(r'<Application>[^<]*</Application>', '<Application>%s</Application>' % app, s)
            if '<Application>' not in s:
                s = s.replace('</Properties>', '<Application>%s</Application></Properties>' % app)
            data = s.encode('utf-8')
        if n == '[Content_Types].xml' and 'docProps/custom.xml' not in names:
            data = data.decode().replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>').encode()
        if n == '_rels/.rels' and 'docProps/custom.xml' not in names:
            data = data.decode().replace('</Relationships>', '<Relationship Id="rIdKSO" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>').encode()
        zout.writestr(n, data)
    if 'docProps/custom.xml' not in names:
        zout.writestr('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1066-12.2.0.18607</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>4C1F0A9E2B7D4E0C9A3B1F6D2E8C7A51_13</vt:lpwstr></property></Properties>')
    zout.close(); zin.close(); os.replace(tmp, path)

def docx_header(doc, unit_up, unit_name, number, place_date, font='Times New Roman'):
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = unit_up + '\n' + unit_name.upper()
    t.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'
    t.cell(1, 0).text = 'Số: ' + number if number else 'Số:      /BC-UBND'
    t.cell(1, 1).text = place_date
    for c in t._cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs: r.bold = True; r.font.size = Pt(12)

def vn_date(d):  # '2026-11-18'
    y, m, dd = d.split('-'); return 'ngày %s tháng %s năm %s' % (dd, m, y)

def color_par(doc, text, rgb, italic=False, bold=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.font.color.rgb = RGBColor(*rgb); r.italic = italic; r.bold = bold; return p

# ================= HAND 1: Thảo — WPS Writer, one ward table, "Chốt" verdicts, blue later note
H1V = {'completed': ['Xong', 'Xong rồi', 'Đã xong'], 'in_progress': ['Dở dang', 'Còn dở'], 'not_started': ['Chưa làm'], 'not_applicable': ['Không có việc']}
def h1_fig(k, v, unit):
    if k == 'fines_vnd': return 'phạt ' + money_tr(v) + ' đồng'
    return '%s %s' % (z(v), unit)

def hand1(fname, unit, number, date, nt, bias, nd, npp):
    ents = ward_tasks(1, nt, bias)
    doc = Document()
    docx_header(doc, 'ỦY BAN NHÂN DÂN', unit[1], number, 'Thành phố Hồ Chí Minh, ' + vn_date(date))
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề tiêu chuẩn, đo lường, chất lượng năm 2026 (11 tháng)'); r.bold = True
    doc.add_paragraph('Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân %s báo cáo kết quả 11 tháng năm 2026 như sau:' % unit[1])
    doc.add_paragraph('1. Những việc phường đã làm').runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(['STT', 'Phần việc của phường', 'Đã làm được', 'Chốt']):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    late = None
    for i, e in enumerate(ents, 1):
        c = t.add_row().cells
        c[0].text = str(i); c[1].text = e['name']
        figs = e['figs']
        if e['status'] == 'completed' and len(figs) >= 3 and late is None:
            late = (e, figs[-1]); shown = figs[:-1]
        else: shown = figs
        lines = [e['desc'] + '.'] + ['- ' + h1_fig(k, v, u) for k, v, u in shown]
        if e['status'] == 'not_applicable': lines = ['Trong kỳ không có việc phát sinh.']
        if e['status'] == 'not_started': lines = [e['desc'] + ': phường chưa làm, chờ Chi cục hướng dẫn.']
        c[2].text = '\n'.join(lines)
        c[3].text = random.choice(H1V[e['status']])
        e['text'] = lines[0]
    if late:
        e, (k, v, u) = late
        color_par(doc, '* Ghi thêm sau giao ban ngày %s: phần việc "%s" còn có %s (số này bổ sung, trong bảng chưa ghi).' % (date[8:10] + '/11', e['name'], h1_fig(k, v, u)), (0x1F, 0x4E, 0xC8), italic=True)
    diffs = random.sample(DIFF, nd); props = random.sample(PROP, npp)
    doc.add_paragraph('2. Khó khăn của phường').runs[0].bold = True
    for d in diffs: doc.add_paragraph('+ ' + d)
    doc.add_paragraph('3. Phường kiến nghị').runs[0].bold = True
    for d in props: doc.add_paragraph('+ ' + d)
    doc.add_paragraph('Trên đây là báo cáo của UBND %s./.' % unit[1])
    doc.add_paragraph('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH').alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = os.path.join(OUT, fname); doc.save(path); wps_stamp(path, 'WPS Office_12.2.0.18607_F1E327BC-269C-435d-A152-05C5408002CA')
    return ents, diffs, props

# ================= HAND 2: Phúc — WPS Spreadsheets, Alt+Enter "Khối lượng", "Xã tự nhận" verdicts, red note rows
H2V = {'completed': 'Ổn', 'in_progress': 'Đang dở', 'not_started': 'Chưa tới', 'not_applicable': 'Không dính'}
def h2_fig(k, v, unit):
    if k == 'fines_vnd': return 'phạt ' + dots(v) + 'đ'
    return '%d %s' % (v, unit)

def hand2(fname, unit, number, date, nt, bias, nd, npp):
    ents = ward_tasks(2, nt, bias)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao 11T'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'UBND ' + unit[1].upper(); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    ws['A2'] = 'Số: ' + number; ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'
    y, m, d = date.split('-'); ws['D3'] = '%s, ngày %s tháng %s năm %s' % (unit[1].replace('Xã ', ''), d, m, y)
    ws['A5'] = 'BẢNG BÁO CÁO 11 THÁNG NĂM 2026 - THỰC HIỆN CHỈ THỊ 38-CT/TW (TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG)'
    ws.merge_cells('A5:E5'); ws['A5'].font = Font(bold=True, size=12); ws['A5'].alignment = Alignment(horizontal='center')
    hdr = ['Mục', 'Việc xã gọi', 'Làm được gì', 'Khối lượng', 'Xã tự nhận']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = B; c.fill = PatternFill('solid', fgColor='D9E1F2')
    r = 8; late = None
    for i, e in enumerate(ents, 1):
        figs = e['figs']
        if e['status'] == 'completed' and any(k == 'violations' for k, _, _ in figs) and late is None:
            late = (i, e, [f for f in figs if f[0] in ('violations', 'fines_vnd')]); shown = [f for f in figs if f[0] not in ('violations', 'fines_vnd')]
        else: shown = figs
        what = e['desc'] if e['status'] in ('completed', 'in_progress') else ('không có phát sinh' if e['status'] == 'not_applicable' else 'chưa làm')
        vals = [i, e['name'], what, '\n'.join(h2_fig(k, v, u) for k, v, u in shown), H2V[e['status']]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical='top')
        e['text'] = what; r += 1
    r += 1
    if late:
        i, e, ff = late
        c = ws.cell(r, 1, 'Ghi thêm ngày %s/11 (mục %d): qua kiểm tra phát hiện %s' % (d, i, ', '.join(h2_fig(k, v, u) for k, v, u in ff)) + ', đã lập biên bản.')
        c.font = Font(color='FF0000', italic=True); r += 2
    diffs = random.sample(DIFF, nd); props = random.sample(PROP, npp)
    diffs = [x.replace('Phường', 'Xã').replace('phường', 'xã') for x in diffs]
    props = [x.replace('Phường', 'Xã').replace('phường', 'xã') for x in props]
    ws.cell(r, 1, 'Vướng mắc:').font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, '- ' + x); r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, '- ' + x); r += 1
    r += 1; ws.cell(r, 4, 'Người lập biểu'); ws.cell(r, 5, 'KT. CHỦ TỊCH')
    for col, w in zip('ABCDE', [6, 30, 48, 22, 14]): ws.column_dimensions[col].width = w
    path = os.path.join(OUT, fname); wb.save(path); wps_stamp(path, 'WPS Office_12.2.0.18607_F1E327BC-269C-435d-A152-05C5408002CA')
    return ents, diffs, props

# ================= HAND 3: Hạnh — narrative, "(Nhận xét: …)" closing, green later part with diffs/props
H3V = {'completed': ['đạt, coi như xong', 'đạt yêu cầu, đã làm xong'], 'in_progress': ['còn làm tiếp', 'đang làm, chưa dứt'],
       'not_started': ['chưa làm được'], 'not_applicable': ['không có phát sinh']}
NUMW = {2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu'}
def h3_fig(k, v, unit):
    if k == 'fines_vnd': return 'xử phạt %s đồng' % dots(v)
    if k == 'inspections' and v in NUMW: return '%s (%s) cuộc kiểm tra' % (z(v), NUMW[v])
    return '%s %s' % (z(v), unit)

def hand3(fname, unit, number, date, nt, bias, nd, npp):
    ents = ward_tasks(3, nt, bias)
    doc = Document()
    docx_header(doc, 'UBND ' + ('XÃ' if unit[1].startswith('Xã') else 'PHƯỜNG'), unit[1].split(' ', 1)[1], number, 'TP. Hồ Chí Minh, ' + vn_date(date))
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('BÁO CÁO\nTình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Kế hoạch của Sở Khoa học và Công nghệ về Chỉ thị 38-CT/TW)').bold = True
    loc = 'xã' if unit[1].startswith('Xã') else 'phường'
    doc.add_paragraph('Bộ phận Văn hóa - Xã hội tham mưu UBND %s báo cáo tình hình 11 tháng năm 2026 như sau:' % unit[1])
    for e in ents:
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(e['name'] + ': '); r.bold = True
        if e['status'] == 'not_applicable': body = 'Trong năm %s không nhận được phản ánh, tin báo nào. ' % loc
        elif e['status'] == 'not_started': body = 'Việc %s, do chưa có hướng dẫn cụ thể nên %s chưa triển khai. ' % (e['desc'][0].lower() + e['desc'][1:], loc)
        else:
            fs = [h3_fig(k, v, u) for k, v, u in e['figs']]
            body = e['desc'] + ((', kết quả: ' + ', '.join(fs)) if fs else '') + '. '
        e['text'] = body.strip()
        p.add_run(body); p.add_run('(Nhận xét: %s)' % random.choice(H3V[e['status']])).italic = True
    diffs = random.sample(DIFF, nd); props = random.sample(PROP, npp)
    if loc == 'xã':
        diffs = [x.replace('Phường', 'Xã').replace('phường', 'xã') for x in diffs]; props = [x.replace('Phường', 'Xã').replace('phường', 'xã') for x in props]
    color_par(doc, 'PHẦN BỔ SUNG THEO Ý KIẾN LÃNH ĐẠO (ngày %s/11):' % date[8:10], (0x00, 0x80, 0x3C), bold=True)
    color_par(doc, 'Khó khăn:', (0x00, 0x80, 0x3C), italic=True)
    for i, x in enumerate(diffs, 1): color_par(doc, '%d. %s' % (i, x), (0x00, 0x80, 0x3C))
    color_par(doc, 'Đề xuất:', (0x00, 0x80, 0x3C), italic=True)
    for i, x in enumerate(props, 1): color_par(doc, '%d. %s' % (i, x), (0x00, 0x80, 0x3C))
    doc.add_paragraph('Nơi nhận:\n- Chi cục TĐC (để tổng hợp);\n- Lưu: VT, VHXH.')
    path = os.path.join(OUT, fname); doc.save(path); wps_stamp(path, 'WPS Office_11.2.0.11537_F1E327BC-269C-435d-A152-05C5408002CA')
    return ents, diffs, props

# ================= HAND 4: Tâm — "Việc | Cùng làm với | Kết quả (kèm ĐVT) | Kết luận" ; ward xlsx with later "Ghi chu" sheet
H4V = {'completed': 'Hết việc', 'in_progress': 'Còn việc', 'not_started': 'Chưa bắt đầu', 'not_applicable': 'Không phát sinh'}
def h4_fig(k, v, unit):
    if k == 'fines_vnd': return dots(v) + ' đồng tiền phạt'
    return '%s %s' % (z(v), unit)

def dept_entries(which):
    if which == 'SO-CT':
        return [dict(task='II.5.a', name='Phối hợp kiểm tra hàng hóa lưu thông (xăng dầu, hàng tiêu dùng)', partner='Chi cục TĐC, Chi cục QLTT', status='completed',
                     desc='Cử công chức tham gia đoàn liên ngành kiểm tra chất lượng, đo lường xăng dầu và hàng tiêu dùng lưu thông trên thị trường',
                     figs=[('inspections', 7, 'cuộc'), ('establishments_inspected', 64, 'cửa hàng'), ('violations', 9, 'trường hợp vi phạm'), ('fines_vnd', 86500000, None)]),
                dict(task='II.1.a', name='Tập huấn quy định nhãn hàng, đo lường cho thương nhân', partner='Chi cục TĐC', status='completed',
                     desc='Phối hợp tổ chức hội nghị phổ biến quy định về nhãn hàng hóa, đo lường trong kinh doanh xăng dầu cho thương nhân',
                     figs=[('training_courses', 2, 'hội nghị'), ('participants', 230, 'đại biểu')]),
                dict(task='II.2.e', name='Góp ý dự thảo QCVN về xăng dầu, khí', partner='Bộ KH&CN, Chi cục TĐC', status='completed',
                     desc='Góp ý các dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương', figs=[('standards_reviewed', 4, 'dự thảo QCVN')]),
                dict(task='II.2.d', name='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp quy', partner='Chi cục TĐC', status='in_progress',
                     desc='Hướng dẫn doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001 và công bố hợp quy', figs=[('enterprises_supported', 18, 'doanh nghiệp')]),
                dict(task='II.3.a', name='Cử công chức dự tập huấn nghiệp vụ TĐC', partner='Chi cục TĐC', status='completed',
                     desc='Cử công chức phòng Quản lý thương mại dự lớp cập nhật kiến thức tiêu chuẩn, đo lường, chất lượng', figs=[('participants', 6, 'công chức')]),
                dict(task='II.5.d', name='Tố giác vi phạm về đo lường, chất lượng', partner='', status='not_applicable', desc='Không nhận đơn tố giác nào', figs=[])]
    return [dict(task='II.2.e', name='Xây dựng quy chuẩn kỹ thuật địa phương về nước sạch', partner='Chi cục TĐC, Sở Y tế', status='in_progress',
                 desc='Chủ trì soạn thảo, lấy ý kiến dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sinh hoạt và góp ý TCVN, QCVN ngành nông nghiệp',
                 figs=[('standards_reviewed', 7, 'dự thảo TCVN/QCVN')]),
            dict(task='II.5.a', name='Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi', partner='Chi cục TĐC', status='completed',
                 desc='Kiểm tra điều kiện sản xuất, kinh doanh và chất lượng vật tư nông nghiệp',
                 figs=[('inspections', 12, 'cuộc'), ('establishments_inspected', 143, 'cơ sở'), ('violations', 17, 'cơ sở vi phạm'), ('fines_vnd', 212600000, None)]),
            dict(task='II.5.b', name='Lấy mẫu giám sát chất lượng vật tư nông nghiệp', partner='Trung tâm Phân tích thí nghiệm', status='completed',
                 desc='Lấy mẫu phân bón, thức ăn chăn nuôi gửi thử nghiệm', figs=[('samples_tested', 96, 'mẫu')]),
            dict(task='II.1.a', name='Phổ biến quy định chất lượng cho hợp tác xã', partner='Chi cục TĐC', status='completed',
                 desc='Tổ chức lớp tập huấn về tiêu chuẩn, truy xuất nguồn gốc cho hợp tác xã nông nghiệp',
                 figs=[('training_courses', 3, 'lớp'), ('participants', 185, 'học viên'), ('communications', 12, 'tin bài')]),
            dict(task='II.3.a', name='Cử cán bộ học lớp chuyên sâu', partner='Chi cục TĐC', status='not_started',
                 desc='Cử công chức các Chi cục thuộc Sở tham dự khóa đào tạo chuyên sâu về tiêu chuẩn, đo lường, chất lượng', figs=[])]

def hand4_dept(fname, unit, number, date, diffs, props):
    ents = dept_entries(unit[0])
    doc = Document()
    docx_header(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', unit[1], number, 'Thành phố Hồ Chí Minh, ' + vn_date(date))
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('BÁO CÁO\nKết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026').bold = True
    doc.add_paragraph('Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.').alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph('%s báo cáo kết quả 11 tháng năm 2026 các phần việc liên quan đến Sở như bảng dưới đây:' % unit[1])
    t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for i, h in enumerate(['TT', 'Việc', 'Cùng làm với', 'Kết quả (ghi kèm đơn vị tính)', 'Kết luận']):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for i, e in enumerate(ents, 1):
        c = t.add_row().cells
        res = e['desc'] + ('.' if not e['figs'] else ': ' + '; '.join(h4_fig(k, v, u) for k, v, u in e['figs']) + '.')
        e['text'] = res
        for j, v in enumerate([str(i), e['name'], e['partner'] or '—', res, H4V[e['status']]]): c[j].text = v
    p = doc.add_paragraph(); r = p.add_run('Ghi chú: "Hết việc" là phần việc của Sở trong năm đã làm xong; "Còn việc" là đang làm, chuyển tiếp sang tháng 12.'); r.italic = True; r.font.color.rgb = RGBColor(0x80, 0x80, 0x80); r.font.size = Pt(11)
    doc.add_paragraph('Khó khăn, vướng mắc:').runs[0].bold = True
    for x in diffs: doc.add_paragraph('- ' + x)
    doc.add_paragraph('Đề xuất, kiến nghị:').runs[0].bold = True
    for x in props: doc.add_paragraph('- ' + x)
    doc.add_paragraph('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC').alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = os.path.join(OUT, fname); doc.save(path); wps_stamp(path, 'WPS Office_12.2.0.18607_F1E327BC-269C-435d-A152-05C5408002CA')
    return ents

def hand4_ward(fname, unit, number, date, nt, bias, nd, npp):
    ents = ward_tasks(4, nt, bias)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'CT38-2026'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    y, m, d = date.split('-')
    ws['A1'] = 'UBND ' + unit[1].upper(); ws['A2'] = 'Số: ' + number
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['C3'] = 'ngày %s/%s/%s' % (d, m, y)
    ws['A5'] = 'KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW - 11 THÁNG NĂM 2026'; ws.merge_cells('A5:E5'); ws['A5'].font = Font(bold=True)
    for i, h in enumerate(['TT', 'Việc', 'Cùng làm với', 'Kết quả (ghi kèm đơn vị tính)', 'Kết luận'], 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = B; c.fill = PatternFill('solid', fgColor='FFF2CC')
    partners = {'II.5.c': 'Chi cục TĐC, Đội QLTT', 'II.5.b': 'Chi cục TĐC', 'II.3.a': 'Chi cục TĐC', 'II.1.a': 'Hội LHPN, Đoàn TN', 'II.2.d': 'Chi cục TĐC', 'II.1.b': '', 'II.5.d': 'Công an'}
    r = 8
    for i, e in enumerate(ents, 1):
        if e['status'] in ('completed', 'in_progress'):
            res = e['desc'] + ('.' if not e['figs'] else ': ' + '; '.join(h4_fig(k, v, u) for k, v, u in e['figs']) + '.')
        elif e['status'] == 'not_applicable': res = 'Không có phát sinh trong kỳ.'
        else: res = 'Chưa thực hiện.'
        e['text'] = res
        for j, v in enumerate([i, e['name'], partners.get(e['task'], '') or '—', res, H4V[e['status']]], 1):
            c = ws.cell(r, j, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    for col, w in zip('ABCDE', [5, 32, 20, 60, 15]): ws.column_dimensions[col].width = w
    diffs = random.sample(DIFF, nd); props = random.sample(PROP, npp)
    if unit[1].startswith('Xã'):
        diffs = [x.replace('Phường', 'Xã').replace('phường', 'xã') for x in diffs]; props = [x.replace('Phường', 'Xã').replace('phường', 'xã') for x in props]
    g = wb.create_sheet('Ghi chu')
    g['A1'] = 'Ghi chú bổ sung (gõ thêm ngày %s/%s, sau khi lãnh đạo xem)' % (d, m); g['A1'].font = Font(bold=True, color='0070C0')
    rr = 3; g.cell(rr, 1, 'Khó khăn').font = Font(bold=True); rr += 1
    for x in diffs: g.cell(rr, 1, x).font = Font(color='0070C0'); rr += 1
    rr += 1; g.cell(rr, 1, 'Đề xuất').font = Font(bold=True); rr += 1
    for x in props: g.cell(rr, 1, x).font = Font(color='0070C0'); rr += 1
    g.column_dimensions['A'].width = 110
    path = os.path.join(OUT, fname); wb.save(path); wps_stamp(path, 'WPS Office_12.2.0.18607_F1E327BC-269C-435d-A152-05C5408002CA')
    return ents, diffs, props

C = 'completed'; I = 'in_progress'; N = 'not_started'; A = 'not_applicable'
jobs = []
# hand 1
for fn, u, no, dt, nt, bias, nd, npp in [
    ('25768_PhuAn_BC_CT38_11T.docx', ('25768', 'Phường Phú An'), '287/BC-UBND', '2026-11-16', 5, [C, C, I, C, N], 2, 2),
    ('bao cao TDC 11 thang - Chanh Hiep.docx', ('25771', 'Phường Chánh Hiệp'), '341/BC-UBND', '2026-11-19', 4, [C, I, C, C], 3, 2),
    ('TanKhanh_CT38_nam2026.docx', ('25891', 'Phường Tân Khánh'), '402/BC-UBND', '2026-11-24', 6, [C, C, C, I, N, C], 2, 3),
    ('BC 38 TNP (gui Chi cuc).docx', ('26842', 'Phường Tăng Nhơn Phú'), '515/BC-UBND', '2026-11-27', 5, [C, I, C, C, C], 1, 2)]:
    jobs.append((fn, u, no, dt) + hand1(fn, u, no, dt, nt, bias, nd, npp))
for fn, u, no, dt, nt, bias, nd, npp in [
    ('BacTanUyen_bieu_CT38.xlsx', ('25906', 'Xã Bắc Tân Uyên'), '198/BC-UBND', '2026-11-17', 5, [C, C, I, N, C], 2, 2),
    ('LongDien-TDC-11T2026.xlsx', ('26659', 'Xã Long Điền'), '233/BC-UBND', '2026-11-20', 4, [C, C, C, I], 2, 1),
    ('TruVanTho bao cao 38.xlsx', ('25819', 'Xã Trừ Văn Thố'), '176/BC-UBND', '2026-11-25', 6, [C, I, C, C, N, C], 3, 2)]:
    jobs.append((fn, u, no, dt) + hand2(fn, u, no, dt, nt, bias, nd, npp))
for fn, u, no, dt, nt, bias, nd, npp in [
    ('NghiaThanh_BC_TCDLCL_2026.docx', ('26617', 'Xã Nghĩa Thành'), '212/BC-UBND', '2026-11-18', 5, [C, C, I, C, N], 2, 2),
    ('VinhTan - bao cao CT38 11T.docx', ('25912', 'Phường Vĩnh Tân'), '377/BC-UBND', '2026-11-23', 4, [C, C, C, C], 2, 2),
    ('DatDo_CT38_BC.docx', ('26680', 'Xã Đất Đỏ'), '254/BC-UBND', '2026-11-28', 5, [C, I, I, C, C], 3, 3)]:
    jobs.append((fn, u, no, dt) + hand3(fn, u, no, dt, nt, bias, nd, npp))
for fn, u, no, dt, nt, bias, nd, npp in [
    ('PhuLoi_CT38_ketqua.xlsx', ('25750', 'Phường Phú Lợi'), '455/BC-UBND', '2026-11-21', 5, [C, C, I, C, C], 2, 2),
    ('BinhGia_TDC_2026.xlsx', ('26590', 'Xã Bình Giã'), '163/BC-UBND', '2026-11-26', 4, [C, I, C, N], 2, 2)]:
    jobs.append((fn, u, no, dt) + hand4_ward(fn, u, no, dt, nt, bias, nd, npp))
DD = {'SO-CT': (['Lực lượng tham gia đoàn liên ngành mỏng do cùng lúc thực hiện nhiều đợt kiểm tra chuyên ngành.',
                 'Một số dự thảo QCVN gửi xin ý kiến với thời hạn ngắn, chưa đủ thời gian lấy ý kiến doanh nghiệp.'],
                ['Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra liên ngành năm 2027 sớm để Sở bố trí nhân sự.',
                 'Đề nghị Sở KH&CN chia sẻ dữ liệu công bố hợp quy trên hệ thống cơ sở dữ liệu quốc gia cho Sở Công Thương.']),
      'SO-NNMT': (['Kinh phí lấy mẫu thử nghiệm vật tư nông nghiệp chưa đáp ứng kế hoạch.',
                   'Dự thảo quy chuẩn kỹ thuật địa phương về nước sạch còn nhiều ý kiến khác nhau giữa các sở, ngành.'],
                  ['Đề nghị Sở KH&CN hỗ trợ thẩm định dự thảo quy chuẩn kỹ thuật địa phương về nước sạch trong tháng 12/2026.',
                   'Đề nghị Chi cục TĐC mở lớp chuyên sâu vào Quý I/2027 để Sở cử công chức tham dự.'])}
for fn, u, no, dt in [('SoCongThuong_CT38_11T2026.docx', ('SO-CT', 'Sở Công Thương'), '6184/BC-SCT', '2026-11-17'),
                      ('BC SNNMT phoi hop KH CT38.docx', ('SO-NNMT', 'Sở Nông nghiệp và Môi trường'), '9021/BC-SNNMT', '2026-11-30')]:
    ents = hand4_dept(fn, u, no, dt, *DD[u[0]])
    jobs.append((fn, u, no, dt, ents) + DD[u[0]])

# ---------------- mistaken files
def mistaken_docx():
    fn = 'HoaHoi_BC_11thang.docx'; u = ('26641', 'Xã Hòa Hội')
    doc = Document(); docx_header(doc, 'ỦY BAN NHÂN DÂN', 'Xã Hòa Hội', '241/BC-UBND', 'Hòa Hội, ngày 22 tháng 11 năm 2026')
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('BÁO CÁO\nKết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 11 tháng năm 2026').bold = True
    doc.add_paragraph('Ban Chỉ huy Phòng thủ dân sự xã Hòa Hội báo cáo kết quả công tác phòng, chống thiên tai 11 tháng năm 2026 như sau:')
    for s in ['Về tuyên truyền: phát 24 tin trên loa truyền thanh về phòng chống bão, triều cường; tổ chức 02 buổi diễn tập ứng phó sạt lở (Nhận xét: đạt, coi như xong).',
              'Về rà soát hộ dân vùng trũng: rà soát 312 hộ, lập danh sách 47 hộ cần di dời khi có bão cấp 8 (Nhận xét: đạt yêu cầu, đã làm xong).',
              'Về Quỹ phòng, chống thiên tai: vận động thu 186.400.000 đồng, đạt 91% kế hoạch (Nhận xét: còn làm tiếp).']:
        doc.add_paragraph(s)
    color_par(doc, 'PHẦN BỔ SUNG THEO Ý KIẾN LÃNH ĐẠO (ngày 22/11): Đề xuất cấp thêm 02 xuồng cứu hộ cho ấp ven biển.', (0x00, 0x80, 0x3C))
    path = os.path.join(OUT, fn); doc.save(path); wps_stamp(path, 'WPS Office_11.2.0.11537_F1E327BC-269C-435d-A152-05C5408002CA')
    return fn, u, '241/BC-UBND', '2026-11-22', 'Báo cáo về phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).'

def mistaken_xlsx():
    fn = 'ThoiHoa_bieu_giam_ngheo_11T.xlsx'; u = ('25846', 'Phường Thới Hòa')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao 11T'
    ws['A1'] = 'UBND PHƯỜNG THỚI HÒA'; ws['A2'] = 'Số: 366/BC-UBND'; ws['D3'] = 'Thới Hòa, ngày 19 tháng 11 năm 2026'
    ws['A5'] = 'BIỂU KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 11 THÁNG NĂM 2026'
    for i, h in enumerate(['Mục', 'Việc phường gọi', 'Làm được gì', 'Khối lượng', 'Phường tự nhận'], 1): ws.cell(7, i, h).font = Font(bold=True)
    rows = [(1, 'Rà soát hộ nghèo, cận nghèo', 'Rà soát theo chuẩn nghèo đa chiều TP', '38 hộ nghèo\n71 hộ cận nghèo', 'Ổn'),
            (2, 'Hỗ trợ vay vốn', 'Giới thiệu vay Ngân hàng CSXH', '26 hộ\n1.240.000.000đ', 'Đang dở'),
            (3, 'Trao nhà tình thương', 'Xây mới, sửa chữa nhà', '04 căn', 'Ổn')]
    for r, row in enumerate(rows, 8):
        for j, v in enumerate(row, 1): ws.cell(r, j, v).alignment = Alignment(wrap_text=True)
    ws.cell(12, 1, 'Ghi thêm ngày 19/11: có 03 hộ thoát nghèo trong tháng 11.').font = Font(color='FF0000', italic=True)
    path = os.path.join(OUT, fn); wb.save(path); wps_stamp(path, 'WPS Office_12.2.0.18607_F1E327BC-269C-435d-A152-05C5408002CA')
    return fn, u, '366/BC-UBND', '2026-11-19', 'Biểu về chương trình giảm nghèo bền vững, không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).'

mist = [mistaken_docx(), mistaken_xlsx()]

# LibreOffice re-save of two files, as the ward office does
import subprocess, tempfile
for fn in ['LongDien-TDC-11T2026.xlsx', 'VinhTan - bao cao CT38 11T.docx']:
    td = tempfile.mkdtemp(); ext = fn.rsplit('.', 1)[1]
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', td, os.path.join(OUT, fn)], check=True, capture_output=True)
    shutil.move(os.path.join(td, fn), os.path.join(OUT, fn))

for j in jobs:
    fn, u, no, dt, ents, diffs, props = j
    key(fn, u, no, dt, ents, diffs, props)
for fn, u, no, dt, reason in mist:
    key(fn, u, no, dt, [], [], [], status='rejected', reason=reason)
print(len(jobs) + len(mist), 'files')
