# Generator for set291 — four hands, 17 files
import json, hashlib, os, random
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth')

def dots(n): return f"{n:,}".replace(',', '.')
def p2(n): return f"{n:02d}"
def trieu(n):
    if n < 1_000_000: return f"{n // 1000} nghìn đồng"
    v = n / 1_000_000
    s = f"{v:.3f}".rstrip('0').rstrip('.').replace('.', ',')
    return s + " triệu đồng"
DIG = ['không','một','hai','ba','bốn','năm','sáu','bảy','tám','chín']
def words_small(n):  # < 1000
    h, r = divmod(n, 100); t, u = divmod(r, 10); out = []
    if h: out.append(DIG[h] + ' trăm')
    if t > 1: out.append(DIG[t] + ' mươi'); out.append(('mốt' if u == 1 else 'lăm' if u == 5 else DIG[u]) if u else '')
    elif t == 1: out.append('mười'); out.append(('lăm' if u == 5 else DIG[u]) if u else '')
    elif u: out.append(('lẻ ' if h else '') + DIG[u])
    return ' '.join(x for x in out if x)
def money_words(n):
    m, r = divmod(n, 1_000_000); k = r // 1000; s = []
    if m: s.append(words_small(m) + ' triệu')
    if k: s.append(words_small(k) + ' nghìn')
    w = ' '.join(s) + ' đồng'; return w[0].upper() + w[1:]

# ---------------------------------------------------------------- task phrasing (ward-level)
# each returns text given figure formatter F(n, noun) and money formatter M(n)
def T(task, st, ind, hand, extra=None):
    return dict(task=task, status=st, ind=ind, hand=hand, extra=extra)

def phr(task, ind, F, M, v=0):
    g = ind.get
    if task == 'II.1.a':
        s = ["Lồng ghép tuyên truyền về đo lường, chất lượng, ghi nhãn hàng hóa trong các buổi sinh hoạt khu phố, tổ dân phố và trên hệ thống loa truyền thanh",
             "Phổ biến quy định về cân, đong, đo đếm và hàng hóa kém chất lượng cho tiểu thương, hộ kinh doanh trên địa bàn"][v % 2]
        b = []
        if g('communications'): b.append(f"đăng {F(g('communications'),'tin, bài')} trên trang thông tin điện tử và nhóm Zalo khu phố")
        if g('training_courses'): b.append(f"tổ chức {F(g('training_courses'),'buổi')} tọa đàm, nói chuyện chuyên đề")
        if g('participants'): b.append(f"thu hút {F(g('participants'),'lượt người')} tham dự")
        return s + (", " + ", ".join(b) if b else "") + "."
    if task == 'II.5.c':
        s = ["Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại các chợ, cửa hàng xăng dầu trên địa bàn",
             "Cùng Đội Quản lý thị trường và Chi cục kiểm tra việc chấp hành quy định về đo lường, nhãn hàng hóa tại các cơ sở kinh doanh"][v % 2]
        b = []
        if g('inspections'): b.append(f"thực hiện {F(g('inspections'),'cuộc')}")
        if g('establishments_inspected'): b.append(f"kiểm tra {F(g('establishments_inspected'),'cơ sở')}")
        if g('violations'): b.append(f"phát hiện {F(g('violations'),'cơ sở')} vi phạm")
        if g('fines_vnd'): b.append(f"xử phạt {M(g('fines_vnd'))}")
        return s + (": " + ", ".join(b) if b else "") + "."
    if task == 'II.3.a':
        b = []
        if g('training_courses'): b.append(f"{F(g('training_courses'),'lớp')} tập huấn nghiệp vụ do Sở Khoa học và Công nghệ tổ chức")
        if g('participants'): b.append(f"với {F(g('participants'),'lượt công chức')} tham dự")
        return "Cử công chức phụ trách kinh tế tham gia " + (" ".join(b) if b else "các lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng") + "."
    if task == 'II.2.đ':
        return "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Ủy ban nhân dân; rà soát, cập nhật quy trình giải quyết thủ tục hành chính sau sắp xếp."
    if task == 'II.2.d':
        return f"Hướng dẫn hộ kinh doanh, cơ sở sản xuất nhỏ thực hiện ghi nhãn, tự công bố chất lượng sản phẩm" + (f"; đã hướng dẫn {F(g('enterprises_supported'),'hộ, cơ sở')}" if g('enterprises_supported') else "") + "."
    if task == 'II.5.d':
        b = "Tiếp nhận, xử lý phản ánh của người dân về cân thiếu, hàng hóa không rõ nguồn gốc"
        if g('violations'): b += f"; xác minh, lập biên bản {F(g('violations'),'trường hợp')} vi phạm"
        if g('fines_vnd'): b += f", phạt tiền {M(g('fines_vnd'))}"
        return b + "."
    if task == 'II.4.b':
        return "Phối hợp đưa cân đối chứng tại chợ đi kiểm định định kỳ" + (f", tổng số {F(g('instruments_verified'),'cân')} đã được kiểm định" if g('instruments_verified') else "") + "."
    if task == 'II.5.b':
        return "Phối hợp Chi cục khảo sát chất lượng xăng dầu, mũ bảo hiểm bày bán trên địa bàn" + (f", hỗ trợ lấy {F(g('samples_tested'),'mẫu')}" if g('samples_tested') else "") + "."
    raise KeyError(task)

WARD_DIFF = ["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường, chất lượng.",
             "Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng.",
             "Nhiều hộ kinh doanh nhỏ lẻ, thường xuyên thay đổi địa điểm nên khó quản lý.",
             "Chưa có phương tiện đo để kiểm tra nhanh tại chỗ.",
             "Địa bàn rộng, dân cư phân tán, việc tuyên truyền đến từng ấp còn hạn chế."]
WARD_PROP = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn nghiệp vụ cho công chức cấp xã.",
             "Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu tuyên truyền in sẵn.",
             "Đề nghị Chi cục trang bị cho phường một bộ quả cân chuẩn để kiểm tra cân tại chợ.",
             "Đề nghị ban hành hướng dẫn cụ thể về phân cấp kiểm tra đo lường cho cấp xã.",
             "Kiến nghị bố trí kinh phí hỗ trợ tuyên truyền cho các xã vùng nông thôn."]

def H(s):
    return hashlib.sha256(open(s, 'rb').read()).hexdigest()

def key(fn, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    path = os.path.join(OUT, fn)
    k = {"file": fn, "sha256": H(path), "status": status, "reason": reason,
         "unit": {"id": unit[0], "name": unit[1]},
         "document": {"number": number, "date": date},
         "entries": [{"task": e['task'], "status": e['status'], "indicators": e['ind'], "text": e['text']} for e in entries],
         "findings": [], "difficulties": diffs, "proposals": props}
    json.dump(k, open(os.path.join(TR, fn + '.json'), 'w'), ensure_ascii=False, indent=1)

def docx_base(font='Times New Roman', size=13):
    d = Document(); st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections: s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2)
    return d

def header_table(d, upper, unit_name, number, place_date):
    t = d.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ''; p = c.paragraphs[0]; p.add_run(upper + "\n"); r = p.add_run(unit_name.upper()); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); p = c.paragraphs[0]; r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); r.bold = True
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, 0).paragraphs[0].add_run("Số: " + number); t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.cell(1, 1).paragraphs[0].add_run(place_date); r.italic = True; t.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

# ================================================================ HAND 1: ▸ lead phrases, "(TT: …)" tags
H1ST = {'completed': 'đã xong', 'in_progress': 'đang làm tiếp', 'not_started': 'chưa làm', 'not_applicable': 'không phát sinh'}
def h1_F(n, noun): return f"{p2(n)} {noun}"
def h1_M(n): return f"{dots(n)}đ ({money_words(n).lower()})"
H1LEAD = {'II.1.a': 'Tuyên truyền tại cơ sở', 'II.5.c': 'Kiểm tra đo lường cùng Chi cục', 'II.3.a': 'Bồi dưỡng cán bộ',
          'II.2.đ': 'ISO hành chính', 'II.2.d': 'Hỗ trợ hộ kinh doanh', 'II.5.d': 'Xử lý phản ánh', 'II.4.b': 'Cân đối chứng',
          'II.5.b': 'Khảo sát chất lượng', 'II.5.a': 'Kiểm tra xăng dầu, khí', 'II.2.e': 'Góp ý quy chuẩn', 'II.6.a': 'Thông tin hội nhập'}

def hand1(fn, unit, upper, number, date_iso, place, entries, diffs, props, title_extra=''):
    d = docx_base()
    y, m, dd = date_iso.split('-')
    header_table(d, upper, unit[1], number, f"{place}, ngày {dd} tháng {m} năm {y}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("BÁO CÁO"); r.bold = True
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026" + title_extra); r.bold = True
    d.add_paragraph(f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {unit[1]} báo cáo kết quả như sau:")
    p = d.add_paragraph(); r = p.add_run("I. Kết quả thực hiện"); r.bold = True
    for e in entries:
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.add_run("▸ "); r = p.add_run(H1LEAD[e['task']] + ": "); r.bold = True
        p.add_run(e['text'] + " "); r = p.add_run(f"(TT: {H1ST[e['status']]})"); r.italic = True
    p = d.add_paragraph(); r = p.add_run("II. Khó khăn, vướng mắc"); r.bold = True
    for x in diffs: d.add_paragraph("▸ " + x)
    p = d.add_paragraph(); r = p.add_run("III. Đề xuất, kiến nghị"); r.bold = True
    for x in props: d.add_paragraph("▸ " + x)
    p = d.add_paragraph(); p.add_run("Ghi chú: TT – tình trạng thực hiện đến ngày báo cáo.").italic = True
    t = d.add_table(rows=1, cols=2); c = t.cell(0, 0).paragraphs[0]; c.add_run("Nơi nhận:\n").bold = True
    c.add_run("- Chi cục TĐC (để tổng hợp);\n- Lưu: VT.")
    c = t.cell(0, 1).paragraphs[0]; c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.add_run("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" if unit[0][0].isdigit() else "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n").bold = True
    c.add_run(random.choice(["Nguyễn Văn Hùng", "Lê Thị Thanh Tâm", "Trần Quốc Bảo"])).bold = True
    d.save(os.path.join(OUT, fn))

# ================================================================ HAND 2: one table "Việc n", status words, "Tổng kết" row
H2ST = {'completed': 'Làm xong rồi', 'in_progress': 'Còn đang làm', 'not_started': 'Chưa triển khai', 'not_applicable': 'Không có việc phát sinh'}
def h2_F(n, noun): return f"{n} {noun}"
def h2_M(n): return trieu(n)
H2NAME = {'II.1.a': 'Tuyên truyền TC-ĐL-CL cho bà con, hộ kinh doanh', 'II.5.c': 'Đi kiểm tra chung với Chi cục / QLTT',
          'II.3.a': 'Cử người đi học tập huấn', 'II.2.đ': 'Giữ vững ISO 9001 ở UBND xã', 'II.2.d': 'Chỉ hộ SX ghi nhãn, công bố',
          'II.5.d': 'Giải quyết đơn thư, phản ánh', 'II.4.b': 'Đem cân đối chứng đi kiểm định', 'II.5.b': 'Hỗ trợ lấy mẫu khảo sát'}

def hand2(fn, unit, number, date_iso, entries, diffs, props, body_override=None, title=None):
    d = docx_base(size=12)
    y, m, dd = date_iso.split('-')
    p = d.add_paragraph(); p.add_run("ỦY BAN NHÂN DÂN " + unit[1].upper() + "\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    p = d.add_paragraph(); p.add_run("PHÒNG KINH TẾ\t\t\tĐộc lập - Tự do - Hạnh phúc").bold = True
    p = d.add_paragraph(f"Số: {number}\t\t\t\t{unit[1].replace('Xã ','')}, ngày {dd}/{m}/{y}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(title or "BÁO CÁO\nTình hình làm công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị 38 (năm 2026)").bold = True
    p = d.add_paragraph("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    if body_override:
        for x in body_override: d.add_paragraph(x)
    else:
        d.add_paragraph(f"Phòng Kinh tế {unit[1]} tổng hợp các việc xã đã làm trong năm như bảng dưới đây:")
        t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
        for i, h in enumerate(["Việc", "Xã đã làm gì", "Con số", "Tình trạng"]):
            t.rows[0].cells[i].text = ''; t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        cnt = {}
        for i, e in enumerate(entries, 1):
            row = t.add_row().cells
            row[0].text = f"Việc {i}: {H2NAME[e['task']]}"
            row[1].text = e['text']
            row[2].text = e['fig'] or "—"
            row[3].text = H2ST[e['status']]
            cnt[e['status']] = cnt.get(e['status'], 0) + 1
        row = t.add_row().cells; a = row[0].merge(row[3])
        a.text = "Tổng kết: " + "; ".join(f"{v} việc {H2ST[k].lower()}" for k, v in cnt.items()) + "."
    d.add_paragraph().add_run("Vướng mắc:").bold = True
    for x in diffs: d.add_paragraph("- " + x)
    d.add_paragraph().add_run("Xin đề xuất:").bold = True
    for x in props: d.add_paragraph("- " + x)
    d.add_paragraph("\t\t\t\t\tTRƯỞNG PHÒNG KINH TẾ\n\n\n\t\t\t\t\tPhạm Văn Tuấn")
    d.save(os.path.join(OUT, fn))

# ================================================================ HAND 3: XLSX, "Mã" P-01, figure columns, "Hoàn tất / Còn dở / Chưa đụng tới"
H3ST = {'completed': 'Hoàn tất', 'in_progress': 'Còn dở', 'not_started': 'Chưa đụng tới', 'not_applicable': 'Không phát sinh'}
H3COLS = [('inspections', 'Số cuộc'), ('establishments_inspected', 'Số cơ sở'), ('violations', 'Vi phạm'), ('fines_vnd', 'Tiền phạt (đồng)'),
          ('communications', 'Tin/bài'), ('participants', 'Lượt người'), ('training_courses', 'Lớp/buổi'),
          ('enterprises_supported', 'Hộ/DN được HD'), ('instruments_verified', 'PT đo KĐ'), ('samples_tested', 'Mẫu')]
def hand3(fn, unit, number, date_iso, entries, diffs, props):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC_CT38"
    y, m, dd = date_iso.split('-')
    ws['A1'] = "UBND " + unit[1].upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = f"Số: {number}"
    ws['H1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['H2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['H3'] = f"ngày {dd} tháng {m} năm {y}"
    ws['A5'] = "BẢNG KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (CT 38)"; ws['A5'].font = Font(bold=True, size=13)
    hdr = ["Mã", "Nội dung phường đã làm"] + [h for _, h in H3COLS] + ["Tự chấm"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center')
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    r = 8
    for i, e in enumerate(entries, 1):
        ws.cell(r, 1, f"P-{i:02d}"); ws.cell(r, 2, e['text']).alignment = Alignment(wrap_text=True)
        for j, (k, _) in enumerate(H3COLS, 3):
            if k in e['ind']:
                c = ws.cell(r, j, e['ind'][k]); c.number_format = '#,##0'
        ws.cell(r, len(hdr), H3ST[e['status']]); r += 1
    r += 1; ws.cell(r, 1, "Vướng:").font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, x); r += 1
    r += 1; ws.cell(r, 2, "Người lập biểu: Võ Minh Khang"); ws.cell(r, 9, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    ws.column_dimensions['B'].width = 70
    for col in 'CDEFGHIJKLM': ws.column_dimensions[col].width = 11
    wb.save(os.path.join(OUT, fn))

# ================================================================ HAND 4: XLSX one row per figure-text, "Nhận xét" sentences
H4ST = {'completed': 'đạt, đã kết thúc', 'in_progress': 'đang tiến hành', 'not_started': 'chưa tiến hành', 'not_applicable': 'không có đối tượng'}
H4NOUN = {'inspections': 'cuộc kiểm tra', 'establishments_inspected': 'cơ sở được kiểm tra', 'violations': 'trường hợp vi phạm',
          'fines_vnd': None, 'communications': 'tin, bài tuyên truyền', 'participants': 'lượt người tham dự', 'training_courses': 'buổi/lớp',
          'enterprises_supported': 'hộ, cơ sở được hướng dẫn', 'instruments_verified': 'cân được kiểm định', 'samples_tested': 'mẫu'}
def h4_fig(k, n):
    if k == 'fines_vnd': return f"phạt {dots(n)} đồng"
    return f"{p2(n)} {H4NOUN[k]}"
def hand4(fn, unit, number, date_iso, entries, diffs, props, sheetname="Xa_BC", title=None, rows_override=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheetname
    y, m, dd = date_iso.split('-')
    ws['A1'] = f"{unit[1]} – Văn phòng HĐND và UBND"; ws['A2'] = f"Số văn bản: {number}"; ws['D2'] = f"Ngày: {dd}/{m}/{y}"
    ws['A4'] = title or "KẾT QUẢ TRIỂN KHAI KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)"
    ws['A4'].font = Font(bold=True)
    hdr = ["Số TT", "Công việc xã thực hiện", "Con số đạt được", "Nhận xét của xã"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = Font(bold=True); c.border = Border(bottom=Side('thin'))
    r = 7
    for i, e in enumerate(rows_override or entries, 1):
        ws.cell(r, 1, str(i) + ".")
        ws.cell(r, 2, e['text']).alignment = Alignment(wrap_text=True, vertical='top')
        figs = [h4_fig(k, v) for k, v in e['ind'].items()]
        ws.cell(r, 3, ";\n".join(figs) if figs else "(không có số liệu)").alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(r, 4, e.get('remark') or ("Việc này " + H4ST[e['status']] + ".")).alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1; ws.cell(r, 1, "Khó khăn"); ws.cell(r, 1).font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1): ws.cell(r, 2, f"({i}) {x}"); r += 1
    ws.cell(r, 1, "Kiến nghị"); ws.cell(r, 1).font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1): ws.cell(r, 2, f"({i}) {x}"); r += 1
    ws.cell(r + 1, 2, "Người tổng hợp: Đặng Thị Ngọc Bích (kế toán - tài chính)")
    ws.column_dimensions['B'].width = 65; ws.column_dimensions['C'].width = 32; ws.column_dimensions['D'].width = 26
    wb.save(os.path.join(OUT, fn))

# ================================================================ the reports
random.seed(291)
def mk(task, st, ind, F, M, v=0):
    return dict(task=task, status=st, ind=ind, text=phr(task, ind, F, M, v))

# ---- Hand 1 (DOCX)
R = [
 ("25750-phu-loi-bc-ct38.docx", ("25750", "Phường Phú Lợi"), "186/BC-UBND", "2026-10-27", "Phú Lợi",
  [("II.1.a", 'completed', {'communications': 14, 'training_courses': 2, 'participants': 120}),
   ("II.5.c", 'completed', {'inspections': 3, 'establishments_inspected': 17, 'violations': 2, 'fines_vnd': 3500000}),
   ("II.3.a", 'completed', {'training_courses': 1, 'participants': 2}),
   ("II.2.đ", 'in_progress', {}),
   ("II.5.d", 'not_applicable', {})], [0, 3], [0, 2]),
 ("27190-vuon-lai-bc-tdc.docx", ("27190", "Phường Vườn Lài"), "241/BC-UBND", "2026-10-30", "Vườn Lài",
  [("II.1.a", 'in_progress', {'communications': 9}),
   ("II.5.c", 'completed', {'inspections': 2, 'establishments_inspected': 11}),
   ("II.2.d", 'completed', {'enterprises_supported': 6}),
   ("II.4.b", 'not_started', {})], [2], [1, 3]),
 ("26977-tan-son-hoa-bao-cao.docx", ("26977", "Phường Tân Sơn Hòa"), "95/BC-UBND", "2026-11-04", "Tân Sơn Hòa",
  [("II.5.c", 'in_progress', {'inspections': 4, 'establishments_inspected': 26, 'violations': 3, 'fines_vnd': 12750000}),
   ("II.5.b", 'completed', {'samples_tested': 8}),
   ("II.1.a", 'completed', {'communications': 21, 'participants': 85, 'training_courses': 1}),
   ("II.3.a", 'not_started', {}),
   ("II.2.đ", 'completed', {}),
   ("II.5.d", 'completed', {'violations': 1, 'fines_vnd': 1500000})], [0, 1], [0]),
]
for i, (fn, unit, num, date, place, ents, di, pi) in enumerate(R):
    E = [mk(t, s, ind, h1_F, h1_M, i) for t, s, ind in ents]
    D = [WARD_DIFF[j] for j in di]; P = [WARD_PROP[j] for j in pi]
    hand1(fn, unit, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", num, date, place, E, D, P)
    key(fn, unit, num, date, E, D, P)

# Sở Công Thương in hand 1 (the same officer moved? no: hand 1 is the habit, used by the Sở's clerk too)
sct = ("SO-CT", "Sở Công Thương")
E = [dict(task='II.5.a', status='completed', ind={'inspections': 6, 'establishments_inspected': 48, 'violations': 5, 'fines_vnd': 87500000},
          text="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng, đo lường trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng: thực hiện 06 cuộc, kiểm tra 48 cửa hàng, xử lý 05 cơ sở vi phạm, tổng tiền phạt 87.500.000đ (tám mươi bảy triệu năm trăm nghìn đồng)."),
     dict(task='II.2.e', status='completed', ind={'standards_reviewed': 3},
          text="Có ý kiến góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ."),
     dict(task='II.2.đ', status='in_progress', ind={},
          text="Tiếp tục duy trì và chuyển đổi Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở sau hợp nhất, cập nhật 42 quy trình nội bộ."),
     dict(task='II.6.a', status='completed', ind={'communications': 4},
          text="Cập nhật, phổ biến thông tin về các hiệp định thương mại tự do và rào cản kỹ thuật trong thương mại (TBT) tới doanh nghiệp; đăng 04 tin, bài trên Cổng thông tin của Sở.")]
D = ["Lực lượng kiểm tra chuyên ngành sau sắp xếp còn mỏng so với số lượng cửa hàng xăng dầu trên địa bàn mở rộng."]
P = ["Đề nghị Sở Khoa học và Công nghệ sớm thống nhất kế hoạch kiểm tra liên ngành năm 2027 để tránh chồng chéo."]
hand1("so-cong-thuong-bc-ct38.docx", sct, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "3127/BC-SCT", "2026-10-29", "Thành phố Hồ Chí Minh", E, D, P)
key("so-cong-thuong-bc-ct38.docx", sct, "3127/BC-SCT", "2026-10-29", E, D, P)

# mistaken (hand 1): Phường Bình Đông sends food safety report
bd = ("27424", "Phường Bình Đông")
E = [dict(task='x', status='completed', ind={}, text="Tổ chức 03 đoàn kiểm tra liên ngành an toàn thực phẩm dịp Tết Trung thu, kiểm tra 36 cơ sở kinh doanh bánh trung thu, nhắc nhở 04 cơ sở."),
     dict(task='x', status='in_progress', ind={}, text="Tuyên truyền Luật An toàn thực phẩm qua loa phát thanh, phát 500 tờ rơi cho bếp ăn tập thể và hộ kinh doanh ăn uống."),
     dict(task='x', status='completed', ind={}, text="Ký cam kết bảo đảm an toàn thực phẩm với 112 cơ sở kinh doanh dịch vụ ăn uống.")]
H1LEAD['x'] = 'An toàn thực phẩm'
hand1("27424-binh-dong-bc.docx", bd, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "203/BC-UBND", "2026-10-26", "Bình Đông", E,
      ["Một số cơ sở kinh doanh thức ăn đường phố không có địa điểm cố định."], ["Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh."],
      title_extra="")
# fix title for the mistaken file: rewrite via python-docx
d = Document(os.path.join(OUT, "27424-binh-dong-bc.docx"))
for p in d.paragraphs:
    if p.text.startswith("Kết quả thực hiện Kế hoạch triển khai Chỉ thị"):
        p.runs[0].text = "Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026"
    if p.text.startswith("Thực hiện Kế hoạch của Sở Khoa học"):
        p.runs[0].text = "Thực hiện Kế hoạch của Ủy ban nhân dân Thành phố về bảo đảm an toàn thực phẩm năm 2026, Phường Bình Đông báo cáo kết quả như sau:"
d.save(os.path.join(OUT, "27424-binh-dong-bc.docx"))
key("27424-binh-dong-bc.docx", bd, "203/BC-UBND", "2026-10-26", [], [], [], status='rejected',
    reason="Báo cáo về an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")

# ---- Hand 2 (DOCX, communes)
def h2e(task, st, ind, v=0):
    e = mk(task, st, ind, h2_F, h2_M, v)
    parts = []
    for k, noun in [('inspections', 'cuộc'), ('establishments_inspected', 'cơ sở'), ('violations', 'vi phạm'), ('communications', 'tin bài'),
                    ('training_courses', 'lớp/buổi'), ('participants', 'lượt người'), ('enterprises_supported', 'hộ/cơ sở'),
                    ('instruments_verified', 'cân'), ('samples_tested', 'mẫu')]:
        if k in ind: parts.append(f"{ind[k]} {noun}")
    if 'fines_vnd' in ind: parts.append("phạt " + trieu(ind['fines_vnd']))
    e['fig'] = "; ".join(parts); return e
R2 = [
 ("26590-xa-binh-gia-ct38.docx", ("26590", "Xã Bình Giã"), "57/BC-PKT", "2026-10-23",
  [h2e("II.1.a", 'completed', {'communications': 6, 'participants': 240, 'training_courses': 3}),
   h2e("II.2.d", 'in_progress', {'enterprises_supported': 9}),
   h2e("II.5.c", 'completed', {'inspections': 1, 'establishments_inspected': 7}),
   h2e("II.4.b", 'not_applicable', {})], [4, 0], [4]),
 ("26632-xuyen-moc-bc.docx", ("26632", "Xã Xuyên Mộc"), "112/BC-UBND", "2026-10-28",
  [h2e("II.5.c", 'completed', {'inspections': 2, 'establishments_inspected': 14, 'violations': 1, 'fines_vnd': 2500000}, 1),
   h2e("II.1.a", 'completed', {'communications': 11}, 1),
   h2e("II.3.a", 'completed', {'training_courses': 1, 'participants': 3}),
   h2e("II.5.b", 'not_started', {}),
   h2e("II.2.đ", 'completed', {})], [3, 1], [2, 0]),
 ("25777-dau-tieng-bao-cao-tdc.docx", ("25777", "Xã Dầu Tiếng"), "88/BC-PKT", "2026-10-31",
  [h2e("II.1.a", 'in_progress', {'communications': 5, 'participants': 60, 'training_courses': 1}),
   h2e("II.5.c", 'in_progress', {'inspections': 1, 'establishments_inspected': 9, 'violations': 2, 'fines_vnd': 4000000}),
   h2e("II.4.b", 'completed', {'instruments_verified': 4}),
   h2e("II.5.d", 'completed', {'violations': 1, 'fines_vnd': 750000})], [2, 4], [2, 1]),
 ("27595-tan-nhut-ct38.docx", ("27595", "Xã Tân Nhựt"), "146/BC-UBND", "2026-11-02",
  [h2e("II.2.d", 'completed', {'enterprises_supported': 12}),
   h2e("II.1.a", 'completed', {'communications': 8, 'participants': 150, 'training_courses': 2}, 1),
   h2e("II.5.c", 'completed', {'inspections': 2, 'establishments_inspected': 19, 'violations': 3, 'fines_vnd': 6250000}, 1),
   h2e("II.2.đ", 'in_progress', {}),
   h2e("II.3.a", 'not_started', {})], [0], [0, 3]),
]
for fn, unit, num, date, E, di, pi in R2:
    D = [WARD_DIFF[j] for j in di]; P = [WARD_PROP[j] for j in pi]
    hand2(fn, unit, num, date, E, D, P); key(fn, unit, num, date, E, D, P)
# mistaken hand 2: Xã Cần Giờ — chuyển đổi số
cg = ("27664", "Xã Cần Giờ")
hand2("27664-can-gio-bc-thang10.docx", cg, "201/BC-PKT", "2026-10-29", [], ["Sóng di động yếu ở một số ấp ven biển."],
      ["Đề nghị hỗ trợ thiết bị cho tổ công nghệ số cộng đồng."],
      body_override=["Việc 1: Tổ công nghệ số cộng đồng hướng dẫn 1.240 lượt người dân cài đặt VNeID mức 2 — Còn đang làm.",
                     "Việc 2: Số hóa hồ sơ hộ tịch từ năm 2010 đến nay, đạt 86% — Còn đang làm.",
                     "Việc 3: Triển khai thanh toán không dùng tiền mặt tại chợ Cần Giờ, 45 tiểu thương có mã QR — Làm xong rồi.",
                     "Tổng kết: 1 việc làm xong rồi; 2 việc còn đang làm."],
      title="BÁO CÁO\nTình hình làm công tác chuyển đổi số tháng 10 năm 2026")
key("27664-can-gio-bc-thang10.docx", cg, "201/BC-PKT", "2026-10-29", [], [], [], status='rejected',
    reason="Báo cáo chuyển đổi số, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")

# ---- Hand 3 (XLSX)
def h3e(task, st, ind, v=0):
    # text without figures (figures are in columns) -> build text with a plain formatter then strip? keep the descriptive text
    return dict(task=task, status=st, ind=ind, text=phr(task, {}, h2_F, h2_M, v))
R3 = [
 ("26944-gia-dinh-bieu-ct38.xlsx", ("26944", "Phường Gia Định"), "312/UBND-KT", "2026-10-30",
  [h3e("II.5.c", 'completed', {'inspections': 5, 'establishments_inspected': 32, 'violations': 4, 'fines_vnd': 18500000}),
   h3e("II.1.a", 'completed', {'communications': 27, 'participants': 310, 'training_courses': 2}),
   h3e("II.2.d", 'in_progress', {'enterprises_supported': 15}),
   h3e("II.5.b", 'completed', {'samples_tested': 12}),
   h3e("II.2.đ", 'completed', {}),
   h3e("II.3.a", 'completed', {'training_courses': 2, 'participants': 4})], [1, 2], [0, 3]),
 ("26560-ba-ria-kq-tdc.xlsx", ("26560", "Phường Bà Rịa"), "178/BC-UBND", "2026-10-27",
  [h3e("II.1.a", 'in_progress', {'communications': 13}, 1),
   h3e("II.5.c", 'completed', {'inspections': 3, 'establishments_inspected': 21, 'violations': 1, 'fines_vnd': 5000000}, 1),
   h3e("II.4.b", 'completed', {'instruments_verified': 6}),
   h3e("II.5.d", 'not_applicable', {})], [3], [2]),
 ("26773-thoi-an-bao-cao.xlsx", ("26773", "Phường Thới An"), "64/BC-UBND", "2026-11-03",
  [h3e("II.5.c", 'in_progress', {'inspections': 2, 'establishments_inspected': 10}),
   h3e("II.1.a", 'completed', {'communications': 7, 'participants': 95, 'training_courses': 1}),
   h3e("II.3.a", 'not_started', {}),
   h3e("II.2.đ", 'in_progress', {})], [0, 1], [0, 1]),
 ("25822-bau-bang-ct38.xlsx", ("25822", "Xã Bàu Bàng"), "133/BC-UBND", "2026-10-29",
  [h3e("II.2.d", 'completed', {'enterprises_supported': 21}),
   h3e("II.5.c", 'completed', {'inspections': 2, 'establishments_inspected': 16, 'violations': 2, 'fines_vnd': 7500000}),
   h3e("II.1.a", 'completed', {'communications': 10, 'participants': 180, 'training_courses': 3}, 1),
   h3e("II.5.b", 'not_started', {}),
   h3e("II.4.b", 'in_progress', {'instruments_verified': 3})], [4, 2], [4, 2]),
]
for fn, unit, num, date, E, di, pi in R3:
    D = [WARD_DIFF[j] for j in di]; P = [WARD_PROP[j] for j in pi]
    hand3(fn, unit, num, date, E, D, P); key(fn, unit, num, date, E, D, P)

# ---- Hand 4 (XLSX)
def h4e(task, st, ind, v=0):
    return dict(task=task, status=st, ind=ind, text=phr(task, {}, h2_F, h2_M, v))
R4 = [
 ("26662-long-hai-ct38.xlsx", ("26662", "Xã Long Hải"), "97/BC-UBND", "2026-10-28",
  [h4e("II.1.a", 'completed', {'communications': 16, 'participants': 200}),
   h4e("II.5.c", 'completed', {'inspections': 4, 'establishments_inspected': 23, 'violations': 2, 'fines_vnd': 9000000}, 1),
   h4e("II.4.b", 'completed', {'instruments_verified': 5}),
   h4e("II.2.đ", 'in_progress', {}),
   h4e("II.5.d", 'completed', {'violations': 1, 'fines_vnd': 1250000})], [2], [0, 2]),
 ("25858-phu-giao-bc-kh38.xlsx", ("25858", "Xã Phú Giáo"), "205/BC-UBND", "2026-11-05",
  [h4e("II.2.d", 'in_progress', {'enterprises_supported': 8}),
   h4e("II.1.a", 'completed', {'communications': 4, 'training_courses': 1, 'participants': 55}, 1),
   h4e("II.3.a", 'completed', {'training_courses': 1, 'participants': 2}),
   h4e("II.5.c", 'not_applicable', {})], [0, 4], [1, 4]),
]
for fn, unit, num, date, E, di, pi in R4:
    D = [WARD_DIFF[j] for j in di]; P = [WARD_PROP[j] for j in pi]
    hand4(fn, unit, num, date, E, D, P); key(fn, unit, num, date, E, D, P)
# Xã Hưng Long (hand 4), a real report
hl = ("27628", "Xã Hưng Long")
E = [h4e("II.5.c", 'in_progress', {'inspections': 1, 'establishments_inspected': 6}),
     h4e("II.1.a", 'completed', {'communications': 3, 'participants': 70}, 1),
     h4e("II.2.d", 'not_started', {}),
     h4e("II.5.b", 'completed', {'samples_tested': 4})]
D = [WARD_DIFF[4]]; P = [WARD_PROP[1]]
hand4("27628-hung-long-bc.xlsx", hl, "176/BC-UBND", "2026-10-30", E, D, P, sheetname="KH38_2026")
key("27628-hung-long-bc.xlsx", hl, "176/BC-UBND", "2026-10-30", E, D, P)
print("done")
