# -*- coding: utf-8 -*-
import json, os, hashlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}

def key(fn, unit, num, date, entries, diffs, props, status="extracted", reason=None):
    TRUTH[fn] = dict(file=fn, sha256=None, status=status, reason=reason,
        unit=dict(id=unit[0], name=unit[1]), document=dict(number=num, date=date),
        entries=[dict(task=e['task'], status=e['st'], indicators=e.get('ind', {}), text=e['text']) for e in entries],
        findings=[], difficulties=diffs, proposals=props)

# ---------------- helpers ----------------
def newdoc(font="Times New Roman", size=13):
    d = Document(); s = d.styles['Normal']; s.font.name = font; s.font.size = Pt(size)
    for sec in d.sections:
        sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d
def p(d, text, bold=False, italic=False, center=False, size=None, indent=True):
    para = d.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: para.paragraph_format.first_line_indent = Cm(1)
    return para
def header_table(d, left1, left2, num, place_date):
    t = d.add_table(rows=3, cols=2)
    t.cell(0,0).text = left1; t.cell(0,1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1,0).text = left2; t.cell(1,1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(2,0).text = "Số: " + num; t.cell(2,1).text = place_date
    for row in t.rows:
        for c in row.cells:
            for pp in c.paragraphs: pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in (t.cell(1,0), t.cell(0,1), t.cell(1,1)):
        for r in c.paragraphs[0].runs: r.bold = True
    for r in t.cell(2,1).paragraphs[0].runs: r.italic = True
def grid(d, rows, widths=None, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i,j).text = str(v)
            if i == 0 and bold_first:
                for r in t.cell(i,j).paragraphs[0].runs: r.bold = True
    return t
def sign(d, role, name, noinhan=("- Chi cục TĐC (để b/c);", "- Lưu: VT.")):
    t = d.add_table(rows=1, cols=2)
    t.cell(0,0).text = "Nơi nhận:\n" + "\n".join(noinhan)
    t.cell(0,1).text = role + "\n\n\n\n" + name
    t.cell(0,1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
def save_doc(d, fn): d.save(os.path.join(OUT, fn))
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def xrow(ws, r, vals, bold=False, border=True, wrap=True):
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v)
        if bold: c.font = Font(bold=True, name="Times New Roman", size=12)
        else: c.font = Font(name="Times New Roman", size=12)
        c.alignment = Alignment(wrap_text=wrap, vertical='top')
        if border: c.border = BOX
        if isinstance(v, int) and v >= 1000: c.number_format = '#,##0'

# =============== HAND 1: Ưu điểm / Tồn tại, hạn chế / Nguyên nhân / Bài học / Phương hướng ===============
def hand1(fn, unit, num, dline, entries, tontai, nguyennhan, baihoc, phuonghuong, kiennghi, title, intro, signer, extra_tt=None, mistaken=False):
    d = newdoc()
    upper = unit[1].upper()
    header_table(d, "ỦY BAN NHÂN DÂN", upper, num, dline)
    p(d, "")
    p(d, "BÁO CÁO", bold=True, center=True)
    p(d, title, bold=True, center=True)
    p(d, intro)
    p(d, "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    p(d, "1. Ưu điểm", bold=True, indent=False)
    for e in entries:
        if e.get('where', 'ud') == 'ud':
            para = d.add_paragraph(); para.paragraph_format.first_line_indent = Cm(1)
            para.add_run("- " + e['lab'] + ": ").italic = True
            para.add_run(e['text'])
    p(d, "2. Tồn tại, hạn chế", bold=True, indent=False)
    for e in entries:
        if e.get('where') == 'tt':
            p(d, "- " + e['text'])
    for t in tontai: p(d, "- " + t)
    p(d, "3. Nguyên nhân", bold=True, indent=False)
    for t in nguyennhan: p(d, "- " + t)
    p(d, "4. Bài học kinh nghiệm", bold=True, indent=False)
    for t in baihoc: p(d, "- " + t)
    p(d, "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", bold=True, indent=False)
    for t in phuonghuong: p(d, "- " + t)
    p(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    rows = [["STT", "Nội dung kiến nghị", "Cơ quan tiếp nhận"]] + [[str(i+1), k, c] for i, (k, c) in enumerate(kiennghi)]
    grid(d, rows)
    p(d, "Trên đây là báo cáo của " + signer[2] + "./.")
    sign(d, signer[0], signer[1])
    save_doc(d, fn)

U = {}
U['tnp'] = ("26842", "Phường Tăng Nhơn Phú"); U['xm'] = ("26632", "Xã Xuyên Mộc"); U['cph'] = ("25837", "Phường Chánh Phú Hòa")
U['ht'] = ("26620", "Xã Hồ Tràm"); U['pa'] = ("25768", "Phường Phú An"); U['tk'] = ("25891", "Phường Tân Khánh")
U['tdm'] = ("25747", "Phường Thủ Dầu Một"); U['ln'] = ("25840", "Phường Long Nguyên"); U['vt'] = ("25912", "Phường Vĩnh Tân")
U['hh'] = ("26641", "Xã Hòa Hội"); U['th'] = ("25846", "Phường Thới Hòa"); U['cp'] = ("26728", "Xã Châu Pha")
U['lt'] = ("25966", "Phường Lái Thiêu"); U['ch'] = ("25771", "Phường Chánh Hiệp")
SOCT = ("SO-CT", "Sở Công Thương"); SOYT = ("SO-YT", "Sở Y tế")
TTPT = ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
TITLE = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"

# --- H1 file 1: Tăng Nhơn Phú
E = [
 dict(task="II.1.a", st="completed", lab="Công tác tuyên truyền", ind={"communications": 14},
      text="Đã đăng 14 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố về quy định đo lường, ghi nhãn hàng hóa; treo băng rôn tại 03 chợ. Nội dung này đã hoàn thành theo kế hoạch."),
 dict(task="II.5.c", st="in_progress", lab="Phối hợp kiểm tra đo lường, chất lượng trên địa bàn", ind={"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 7500000},
      text="Phối hợp Chi cục TĐC tổ chức 03 cuộc kiểm tra tại chợ Tăng Nhơn Phú, chợ Phước Bình và các cửa hàng xăng dầu, kiểm tra 27 cơ sở, phát hiện 02 cơ sở vi phạm về đo lường, xử phạt 7.500.000 đồng. Hiện đang tiếp tục thực hiện đến cuối năm."),
 dict(task="II.3.a", st="completed", lab="Tập huấn nghiệp vụ", ind={"participants": 3},
      text="Cử 03 công chức Phòng Kinh tế tham gia lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở tổ chức tháng 6/2026; đã hoàn thành."),
 dict(task="II.2.đ", st="in_progress", lab="Hệ thống quản lý chất lượng", 
      text="Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường; đang rà soát lại quy trình sau sắp xếp, dự kiến công bố lại trong tháng 12/2026."),
]
TT = ["Lực lượng làm công tác quản lý đo lường, chất lượng ở phường còn mỏng, cán bộ kiêm nhiệm nhiều việc.",
      "Phường chưa được trang bị quả cân chuẩn, cân đối chứng tại các chợ đã xuống cấp."]
KN = [("Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn chuyên sâu về đo lường cho công chức phường, xã.", "Sở Khoa học và Công nghệ"),
      ("Đề nghị Chi cục TĐC hỗ trợ kiểm định, thay mới cân đối chứng tại chợ Phước Bình.", "Chi cục Tiêu chuẩn Đo lường Chất lượng")]
hand1("BC_CT38_TangNhonPhu.docx", U['tnp'], "386/BC-UBND", "Tăng Nhơn Phú, ngày 04 tháng 11 năm 2026", E, TT,
      ["Sau sắp xếp đơn vị hành chính, phường mới ổn định bộ máy nên việc phân công chưa kịp thời.", "Kinh phí cho công tác này chưa được bố trí riêng."],
      ["Phối hợp chặt chẽ với Chi cục TĐC và Công an phường thì việc kiểm tra mới đạt hiệu quả."],
      ["Tiếp tục tuyên truyền, phối hợp kiểm tra đo lường tại các chợ trong dịp Tết Nguyên đán 2027.", "Hoàn thiện việc công bố lại hệ thống quản lý chất lượng."],
      KN, TITLE, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả thực hiện như sau:",
      ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Văn Thành", "UBND phường Tăng Nhơn Phú"))
key("BC_CT38_TangNhonPhu.docx", U['tnp'], "386/BC-UBND", "2026-11-04", E, TT, [k for k, _ in KN])

# --- H1 file 2: Xuyên Mộc
E = [
 dict(task="II.1.a", st="completed", lab="Tuyên truyền", ind={"communications": 9},
      text="Phát 09 tin trên Đài truyền thanh xã về cân đúng, cân đủ và hàng hóa phải có nhãn; phát tờ rơi cho tiểu thương chợ Xuyên Mộc. Hoàn thành."),
 dict(task="II.5.c", st="completed", lab="Kiểm tra cân tại chợ", ind={"inspections": 2, "establishments_inspected": 41, "instruments_verified": 41},
      text="Tổ kiểm tra liên ngành xã phối hợp Chi cục TĐC kiểm tra 02 đợt tại chợ Xuyên Mộc và chợ Bàu Lâm, kiểm tra 41 hộ kinh doanh, kiểm định lại 41 cân đồng hồ; không phát hiện vi phạm. Đã hoàn thành theo kế hoạch."),
 dict(task="II.3.a", st="completed", lab="Cử cán bộ tập huấn", ind={"participants": 2},
      text="Xã cử 02 công chức văn hóa - xã hội và kinh tế tham gia tập huấn trực tuyến do Sở tổ chức, đạt yêu cầu; nội dung này đã xong."),
 dict(task="II.5.d", st="not_applicable", lab="Tiếp nhận tố giác vi phạm",
      text="Trong kỳ không phát sinh trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn xã."),
 dict(task="II.2.d", st="not_started", where="tt", 
      text="Việc hướng dẫn các hợp tác xã, hộ sản xuất nông sản tự công bố chất lượng sản phẩm, áp dụng hệ thống quản lý chất lượng chưa thực hiện được do chưa có tài liệu hướng dẫn cụ thể."),
]
TT = ["Tiểu thương một số chợ tạm, chợ tự phát chưa chấp hành việc kiểm định cân định kỳ.",
      "Xã chưa có cán bộ có chuyên môn về đo lường, chất lượng."]
KN = [("Đề nghị Chi cục TĐC cung cấp tài liệu, biểu mẫu hướng dẫn công bố chất lượng cho hợp tác xã, hộ sản xuất.", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
      ("Đề nghị bố trí kinh phí trang bị cân đối chứng cho chợ Bàu Lâm.", "Sở Khoa học và Công nghệ; UBND Thành phố")]
hand1("Xuyen Moc - bao cao CT38 nam 2026.docx", U['xm'], "211/BC-UBND", "Xuyên Mộc, ngày 30 tháng 10 năm 2026", E, TT,
      ["Địa bàn rộng, chợ phân tán.", "Nhận thức của một bộ phận tiểu thương còn hạn chế."],
      ["Tuyên truyền trên loa truyền thanh trước khi kiểm tra giúp tiểu thương chủ động kiểm định cân."],
      ["Tiếp tục phối hợp kiểm tra cân tại các chợ quý IV/2026.", "Hướng dẫn hợp tác xã công bố chất lượng khi có tài liệu."],
      KN, TITLE.replace("Kết quả", "Kết quả 10 tháng"), "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, UBND xã Xuyên Mộc báo cáo như sau:",
      ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Thị Hồng", "UBND xã"))
key("Xuyen Moc - bao cao CT38 nam 2026.docx", U['xm'], "211/BC-UBND", "2026-10-30", E, [E[4]['text']] + TT, [k for k, _ in KN])

# --- H1 file 3: Chánh Phú Hòa
E = [
 dict(task="II.5.c", st="in_progress", lab="Phối hợp quản lý đo lường, chất lượng", ind={"inspections": 4, "establishments_inspected": 19, "violations": 3, "fines_vnd": 12000000, "samples_tested": 6},
      text="Phối hợp Chi cục TĐC thực hiện 04 cuộc kiểm tra đối với 19 cơ sở kinh doanh xăng dầu, vàng trang sức, khí dầu mỏ hóa lỏng; lấy 06 mẫu xăng gửi thử nghiệm; phát hiện 03 cơ sở vi phạm, xử phạt tổng cộng 12 triệu đồng. Còn 01 cuộc trong tháng 12 nên đang thực hiện."),
 dict(task="II.1.a", st="completed", lab="Tuyên truyền, phổ biến", ind={"communications": 6, "training_courses": 1, "participants": 85},
      text="Tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh với 85 lượt người dự; đăng 06 tin bài trên trang fanpage phường. Đã hoàn thành."),
 dict(task="II.2.đ", st="completed", lab="ISO hành chính",
      text="Đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại Quyết định số 95/QĐ-UBND ngày 15/8/2026, hoàn thành."),
]
TT = ["Một số cơ sở kinh doanh vàng trang sức chưa hợp tác khi kiểm tra, không xuất trình hồ sơ.",
      "Phần mềm theo dõi kết quả kiểm tra chưa kết nối với Chi cục nên phải báo cáo thủ công."]
KN = [("Đề nghị Chi cục TĐC thống nhất một mẫu biểu báo cáo kết quả phối hợp kiểm tra dùng chung cho các phường, xã.", "Chi cục TĐC"),
      ("Đề nghị Sở Khoa học và Công nghệ cấp tài khoản phần mềm cơ sở dữ liệu về đo lường cho phường.", "Sở Khoa học và Công nghệ (Phòng Chuyển đổi số)"),
      ("Đề nghị Công an Thành phố hỗ trợ lực lượng khi kiểm tra cơ sở kinh doanh vàng.", "Công an Thành phố")]
hand1("CPH_BC_chi thi 38.docx", U['cph'], "502/BC-UBND", "Chánh Phú Hòa, ngày 06 tháng 11 năm 2026", E, TT,
      ["Quy định về phân cấp, phân quyền còn mới, chưa có hướng dẫn chi tiết."],
      ["Chủ động xây dựng lịch kiểm tra từ đầu năm, gắn với các đợt cao điểm."],
      ["Hoàn thành cuộc kiểm tra cuối năm; tổng kết, rút kinh nghiệm."],
      KN, TITLE, "Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Chánh Phú Hòa báo cáo kết quả như sau:",
      ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Quốc Dũng", "Ủy ban nhân dân phường Chánh Phú Hòa"))
key("CPH_BC_chi thi 38.docx", U['cph'], "502/BC-UBND", "2026-11-06", E, TT, [k for k, _ in KN])

# --- H1 file 4 (mistaken): Hồ Tràm – chuyển đổi số
E = [
 dict(task="X", st="completed", lab="Hạ tầng số", text="Đã phủ sóng wifi miễn phí tại 04 điểm công cộng; 100% cán bộ sử dụng chữ ký số."),
 dict(task="X", st="in_progress", lab="Dịch vụ công trực tuyến", text="Tỷ lệ hồ sơ trực tuyến toàn trình đạt 78%, đang tiếp tục nâng cao."),
 dict(task="X", st="completed", lab="Tổ công nghệ số cộng đồng", text="Kiện toàn 07 Tổ công nghệ số cộng đồng tại các ấp; hướng dẫn 1.250 người dân cài đặt VNeID."),
]
hand1("HoTram_BC_CDS_2026.docx", U['ht'], "198/BC-UBND", "Hồ Tràm, ngày 03 tháng 11 năm 2026", E,
      ["Hạ tầng mạng tại một số ấp ven biển chưa ổn định.", "Người cao tuổi còn ngại sử dụng dịch vụ công trực tuyến."],
      ["Kinh phí đầu tư hạ tầng số còn hạn chế."], ["Phát huy vai trò Tổ công nghệ số cộng đồng."],
      ["Tiếp tục đẩy mạnh thanh toán không dùng tiền mặt tại chợ."],
      [("Đề nghị hỗ trợ thiết bị cho bộ phận một cửa.", "Sở Khoa học và Công nghệ")],
      "Kết quả thực hiện chuyển đổi số năm 2026 trên địa bàn xã Hồ Tràm",
      "Thực hiện Kế hoạch chuyển đổi số năm 2026, UBND xã Hồ Tràm báo cáo kết quả như sau:",
      ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn Hải", "UBND xã Hồ Tràm"))
key("HoTram_BC_CDS_2026.docx", U['ht'], "198/BC-UBND", "2026-11-03", [], [], [], status="rejected",
    reason="Báo cáo về chuyển đổi số của xã, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")

# =============== HAND 2: Roman-numeral task rows with status in parentheses ===============
def hand2_xlsx(fn, unit, num, date_txt, title, tasks, kk, kn, signer):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 62; ws.column_dimensions['C'].width = 12; ws.column_dimensions['D'].width = 12; ws.column_dimensions['E'].width = 24
    ws['A1'] = "UBND " + unit[1].upper(); ws['A1'].font = Font(bold=True)
    ws['D1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws['A2'] = "Số: " + num; ws['D2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['D3'] = date_txt; ws['D3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws.merge_cells('A5:E5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    r = 7; xrow(ws, r, ["TT", "Nội dung thực hiện", "Số lượng", "ĐVT", "Ghi chú"], bold=True); r += 1
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    for i, t in enumerate(tasks):
        xrow(ws, r, [roman[i], t['title'] + " (" + t['stw'] + ")", None, None, None], bold=True); r += 1
        for lab, val, dvt, note in t.get('rows', []):
            xrow(ws, r, [None, "- " + lab, val, dvt, note]); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for x in kk: ws.cell(row=r, column=1, value="- " + x); r += 1
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True); r += 1
    for x in kn: ws.cell(row=r, column=1, value="- " + x); r += 1
    r += 1; ws.cell(row=r, column=4, value=signer[0]).font = Font(bold=True); ws.cell(row=r+4, column=4, value=signer[1]).font = Font(bold=True)
    wb.save(os.path.join(OUT, fn))

def t2(task, st, title, stw, rows, text):
    ind = {}
    for lab, val, dvt, note, *k in rows:
        if k and k[0]: ind[k[0]] = k[1] if len(k) > 1 else val
    return dict(task=task, st=st, title=title, stw=stw, rows=[r[:4] for r in rows], ind=ind, text=text)

T = [
 t2("II.1.a", "completed", "Tuyên truyền quy định về đo lường, chất lượng", "Hoàn thành 100%",
    [("Tin, bài trên trang thông tin điện tử phường", 11, "tin/bài", "", "communications"), ("Băng rôn, pano tại chợ, khu dân cư", 8, "cái", "")],
    "Tuyên truyền quy định về đo lường, chất lượng (Hoàn thành 100%): 11 tin/bài; 8 băng rôn, pano"),
 t2("II.5.c", "in_progress", "Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu", "Đang triển khai ~70%",
    [("Số cuộc kiểm tra", 5, "cuộc", "2 cuộc với Chi cục TĐC", "inspections"), ("Số cơ sở được kiểm tra", 33, "cơ sở", "", "establishments_inspected"),
     ("Số cơ sở vi phạm", 4, "cơ sở", "", "violations"), ("Số tiền phạt", 9250000, "đồng", "đã nộp KB", "fines_vnd")],
    "Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu (Đang triển khai ~70%): 5 cuộc; 33 cơ sở; 4 vi phạm; phạt 9.250.000 đồng"),
 t2("II.3.a", "completed", "Cử công chức dự tập huấn nghiệp vụ TCĐLCL", "Hoàn thành 100%",
    [("Số lượt công chức tham gia", 4, "lượt", "", "participants")], "Cử công chức dự tập huấn nghiệp vụ TCĐLCL (Hoàn thành 100%): 4 lượt"),
 t2("II.2.đ", "in_progress", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015", "Đang triển khai ~50%", [],
    "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 (Đang triển khai ~50%)"),
 t2("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác vi phạm", "Không phát sinh", [],
    "Khen thưởng, bảo vệ người tố giác vi phạm (Không phát sinh)"),
]
KK = ["Cân đối chứng tại chợ Phú An hư hỏng chưa được thay thế.", "Công chức phụ trách kiêm nhiệm, thường xuyên thay đổi."]
KN = ["Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Phú An.", "Đề nghị Sở tổ chức tập huấn định kỳ cho công chức mới."]
hand2_xlsx("PhuAn_CT38.xlsx", U['pa'], "144/BC-UBND", "Phú An, ngày 05 tháng 11 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", T, KK, KN, ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Minh Tâm"))
key("PhuAn_CT38.xlsx", U['pa'], "144/BC-UBND", "2026-11-05", T, KK, KN)

T = [
 t2("II.5.c", "completed", "Kiểm tra cân, thước tại 02 chợ truyền thống", "Hoàn thành 100%",
    [("Cuộc kiểm tra", 2, "cuộc", "", "inspections"), ("Hộ kinh doanh được kiểm tra", 58, "hộ", "", "establishments_inspected"),
     ("Cân được kiểm định lại", 58, "chiếc", "phối hợp TT Phân tích thí nghiệm", "instruments_verified"), ("Vi phạm", 0, "hộ", "", "violations")],
    "Kiểm tra cân, thước tại 02 chợ truyền thống (Hoàn thành 100%): 2 cuộc; 58 hộ; 58 cân kiểm định lại; 0 vi phạm"),
 t2("II.5.c", "completed", "Kiểm tra xăng dầu, gas trên địa bàn", "Hoàn thành 100%",
    [("Cuộc kiểm tra", 1, "cuộc", "", "inspections"), ("Cửa hàng được kiểm tra", 7, "cửa hàng", "", "establishments_inspected"),
     ("Cửa hàng vi phạm", 1, "cửa hàng", "", "violations"), ("Phạt tiền", 5000000, "đồng", "", "fines_vnd")],
    "Kiểm tra xăng dầu, gas trên địa bàn (Hoàn thành 100%): 1 cuộc; 7 cửa hàng; 1 vi phạm; phạt 5.000.000 đồng"),
 t2("II.1.a", "in_progress", "Tuyên truyền trên hệ thống loa, nhóm Zalo khu phố", "Đang triển khai ~80%",
    [("Tin phát thanh, tin nhắn Zalo", 24, "tin", "", "communications")], "Tuyên truyền trên hệ thống loa, nhóm Zalo khu phố (Đang triển khai ~80%): 24 tin"),
 t2("II.3.a", "not_started", "Tập huấn cho công chức phường", "Chưa thực hiện", [],
    "Tập huấn cho công chức phường (Chưa thực hiện)"),
]
# merge the two II.5.c rows into one key entry
def merge(T):
    out = []; seen = {}
    for t in T:
        if t['task'] in seen:
            m = seen[t['task']]
            for k, v in t['ind'].items(): m['ind'][k] = m['ind'].get(k, 0) + v
            m['text'] += " / " + t['text']
        else:
            m = dict(t); m['ind'] = dict(t['ind']); seen[t['task']] = m; out.append(m)
    return out
KK = ["Sở chưa tổ chức lớp tập huấn cho công chức phường, xã trong năm nên phường chưa cử người tham gia."]
KN = ["Đề nghị Sở Khoa học và Công nghệ sớm tổ chức lớp tập huấn nghiệp vụ cho công chức phường, xã trong Quý I/2027."]
hand2_xlsx("TanKhanh - bieu CT38 2026.xlsx", U['tk'], "77/BC-UBND", "Tân Khánh, ngày 29 tháng 10 năm 2026",
           "BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026 (phường Tân Khánh)", T, KK, KN, ("TM. UBND PHƯỜNG\nCHỦ TỊCH", "Huỳnh Văn Phước"))
key("TanKhanh - bieu CT38 2026.xlsx", U['tk'], "77/BC-UBND", "2026-10-29", merge(T), KK, KN)

T = [
 t2("II.5.c", "in_progress", "Phối hợp thanh tra, kiểm tra về TCĐLCL", "Đang triển khai ~60%",
    [("Số cuộc", 3, "cuộc", "", "inspections"), ("Số cơ sở", 22, "cơ sở", "", "establishments_inspected"), ("Số mẫu lấy thử nghiệm", 4, "mẫu", "mũ bảo hiểm, đồ chơi", "samples_tested"),
     ("Vi phạm", 2, "cơ sở", "", "violations"), ("Tiền phạt", 6500000, "đồng", "", "fines_vnd")],
    "Phối hợp thanh tra, kiểm tra về TCĐLCL (Đang triển khai ~60%): 3 cuộc; 22 cơ sở; 4 mẫu; 2 vi phạm; 6.500.000 đồng"),
 t2("II.2.d", "in_progress", "Hướng dẫn hộ kinh doanh công bố chất lượng, ghi nhãn", "Đang triển khai ~40%",
    [("Hộ, doanh nghiệp được hướng dẫn", 15, "đơn vị", "", "enterprises_supported")], "Hướng dẫn hộ kinh doanh công bố chất lượng, ghi nhãn (Đang triển khai ~40%): 15 đơn vị"),
 t2("II.1.a", "completed", "Tuyên truyền", "Hoàn thành 100%", [("Tin bài", 7, "tin", "", "communications")], "Tuyên truyền (Hoàn thành 100%): 7 tin"),
]
KK = ["Hộ kinh doanh nhỏ lẻ chưa nắm quy định ghi nhãn hàng hóa."]
KN = ["Đề nghị Chi cục TĐC biên soạn tờ gấp hướng dẫn ghi nhãn hàng hóa cho hộ kinh doanh."]
hand2_xlsx("LongNguyen_BC_KH38.xlsx", U['ln'], "251/BC-UBND", "Long Nguyên, ngày 07 tháng 11 năm 2026",
           "BÁO CÁO KẾT QUẢ TRIỂN KHAI KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", T, KK, KN, ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Thị Kim Loan"))
key("LongNguyen_BC_KH38.xlsx", U['ln'], "251/BC-UBND", "2026-11-07", T, KK, KN)

# H2 docx: Thủ Dầu Một
d = newdoc()
header_table(d, "ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "603/BC-UBND", "Thủ Dầu Một, ngày 02 tháng 11 năm 2026")
p(d, "BÁO CÁO", bold=True, center=True); p(d, TITLE, bold=True, center=True)
p(d, "Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả thực hiện các nội dung được giao như sau:")
TDM = [
 ("I", "Tuyên truyền, phổ biến pháp luật về TCĐLCL (Hoàn thành 100%)", ["- Đã đăng 16 tin, bài trên Cổng thông tin phường;", "- Tổ chức 02 buổi phổ biến cho hộ kinh doanh, 120 lượt người tham dự."],
  dict(task="II.1.a", st="completed", ind={"communications": 16, "training_courses": 2, "participants": 120})),
 ("II", "Phối hợp kiểm tra đo lường, chất lượng trên địa bàn (Đang triển khai ~75%)", ["- 06 cuộc kiểm tra, 45 cơ sở (chợ Thủ Dầu Một, cây xăng, tiệm vàng);", "- 05 cơ sở vi phạm, xử phạt 18.750.000 đồng;", "- Lấy 10 mẫu xăng dầu thử nghiệm nhanh."],
  dict(task="II.5.c", st="in_progress", ind={"inspections": 6, "establishments_inspected": 45, "violations": 5, "fines_vnd": 18750000, "samples_tested": 10})),
 ("III", "Áp dụng ISO 9001:2015 tại cơ quan (Hoàn thành 100%)", ["- Đã ban hành lại 42 quy trình nội bộ và công bố phù hợp."],
  dict(task="II.2.đ", st="completed", ind={})),
 ("IV", "Cử công chức đi tập huấn (Đang triển khai ~50%)", ["- Đã cử 02 công chức dự lớp tháng 9; lớp thứ hai dự kiến tháng 12/2026."],
  dict(task="II.3.a", st="in_progress", ind={"participants": 2})),
 ("V", "Hỗ trợ doanh nghiệp truy xuất nguồn gốc (Chưa triển khai)", ["- Chưa triển khai do chưa có hướng dẫn của Chi cục."],
  dict(task="II.2.a", st="not_started", ind={})),
]
E = []
for rn, title, lines, e in TDM:
    p(d, rn + ". " + title, bold=True, indent=False)
    for l in lines: p(d, l)
    e['text'] = title + " " + " ".join(lines); E.append(e)
KK = ["Cơ sở kinh doanh vàng đóng cửa khi có đoàn kiểm tra.", "Thiếu thiết bị đo kiểm nhanh chất lượng xăng dầu."]
KN = ["Đề nghị Chi cục TĐC hướng dẫn phường triển khai truy xuất nguồn gốc theo Đề án 100.", "Đề nghị Sở trang bị 01 bộ thiết bị thử nhanh chất lượng xăng cho phường."]
p(d, "Khó khăn, vướng mắc", bold=True, indent=False)
for x in KK: p(d, "- " + x)
p(d, "Kiến nghị", bold=True, indent=False)
for x in KN: p(d, "- " + x)
sign(d, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Bùi Thanh Sơn")
save_doc(d, "TDM_603_BC_CT38.docx")
key("TDM_603_BC_CT38.docx", U['tdm'], "603/BC-UBND", "2026-11-02", E, KK, KN)

# =============== HAND 3: figures with last year's in brackets ===============
# Vĩnh Tân docx: narrative
d = newdoc()
header_table(d, "UBND PHƯỜNG VĨNH TÂN", "PHÒNG KINH TẾ", "47/BC-KT", "Vĩnh Tân, ngày 10 tháng 11 năm 2026")
p(d, "BÁO CÁO", bold=True, center=True)
p(d, "Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (số liệu so sánh cùng kỳ năm 2025)", bold=True, center=True)
VT = [
 ("1. Công tác tuyên truyền", "Phường đăng tải 10 tin bài (cùng kỳ: 6) trên Cổng thông tin và phát trên loa truyền thanh các khu phố. Đã hoàn thành.",
  dict(task="II.1.a", st="completed", ind={"communications": 10})),
 ("2. Công tác phối hợp kiểm tra", "Phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra 05 cuộc (CK 2025: 3), 31 cơ sở (CK 2025: 24), phát hiện 03 cơ sở vi phạm (cùng kỳ: 5), xử phạt 10,5 triệu đồng (CK 2025: 16 triệu đồng). Đang tiếp tục thực hiện trong tháng 12.",
  dict(task="II.5.c", st="in_progress", ind={"inspections": 5, "establishments_inspected": 31, "violations": 3, "fines_vnd": 10500000})),
 ("3. Hướng dẫn doanh nghiệp", "Hướng dẫn 12 doanh nghiệp, hộ kinh doanh (cùng kỳ: 8) thực hiện công bố hợp quy, ghi nhãn hàng hóa. Đang thực hiện.",
  dict(task="II.2.d", st="in_progress", ind={"enterprises_supported": 12})),
 ("4. Tập huấn", "Cử 03 lượt công chức (CK 2025: 2) tham gia các lớp tập huấn do Sở tổ chức. Hoàn thành.",
  dict(task="II.3.a", st="completed", ind={"participants": 3})),
]
E = []
for h, t, e in VT:
    p(d, h, bold=True, indent=False); p(d, t); e['text'] = t; E.append(e)
KK = ["Số cơ sở kinh doanh tăng nhanh (cùng kỳ tăng khoảng 15%) trong khi nhân sự không tăng."]
KN = ["Đề nghị Chi cục TĐC phối hợp kiểm tra đột xuất các cửa hàng xăng dầu dọc Quốc lộ 13."]
p(d, "5. Khó khăn", bold=True, indent=False); p(d, "- " + KK[0])
p(d, "6. Đề xuất", bold=True, indent=False); p(d, "- " + KN[0])
sign(d, "TRƯỞNG PHÒNG", "Nguyễn Hoàng Nam", ("- UBND phường (b/c);", "- Chi cục TĐC;", "- Lưu."))
save_doc(d, "VinhTan_PKT_BC38.docx")
key("VinhTan_PKT_BC38.docx", U['vt'], "47/BC-KT", "2026-11-10", E, KK, KN)

def hand3_xlsx(fn, unit, num, dtxt, title, rows, kk, kn):
    wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
    for c, w in zip("ABCDE", (6, 45, 40, 18, 20)): ws.column_dimensions[c].width = w
    ws['A1'] = "UBND " + unit[1].upper(); ws['A2'] = "Số: " + num; ws['C1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['C2'] = "Độc lập - Tự do - Hạnh phúc"; ws['C3'] = dtxt
    ws['A5'] = title; ws['A5'].font = Font(bold=True); ws.merge_cells("A5:E5")
    xrow(ws, 7, ["STT", "Nội dung", "Kết quả năm 2026 (số liệu cùng kỳ 2025 trong ngoặc)", "Tình hình", "Ghi chú"], bold=True)
    r = 8
    for i, (nd, kq, th, gc) in enumerate(rows, 1):
        xrow(ws, r, [i, nd, kq, th, gc]); r += 1
    r += 1; ws.cell(row=r, column=1, value="Khó khăn:").font = Font(bold=True); r += 1
    for x in kk: ws.cell(row=r, column=2, value=x); r += 1
    ws.cell(row=r, column=1, value="Đề xuất:").font = Font(bold=True); r += 1
    for x in kn: ws.cell(row=r, column=2, value=x); r += 1
    wb.save(os.path.join(OUT, fn))

R = [("Tuyên truyền cân đúng, cân đủ tại chợ", "07 tin loa truyền thanh (cùng kỳ: 4)", "Đã xong", ""),
     ("Kiểm tra cân tại chợ Hòa Hội, chợ Phước Tân", "02 cuộc (CK 2025: 2); 36 hộ (CK 2025: 30); 36 cân kiểm định (CK 2025: 28); vi phạm: 01 hộ (cùng kỳ: 0)", "Đã xong", "phạt cảnh cáo"),
     ("Cử cán bộ dự tập huấn", "01 người (cùng kỳ: 1)", "Đã xong", ""),
     ("Tiếp nhận, xử lý tố giác vi phạm về đo lường", "-", "Không phát sinh", "")]
E = [dict(task="II.1.a", st="completed", ind={"communications": 7}, text="Tuyên truyền cân đúng, cân đủ tại chợ: 07 tin loa truyền thanh (cùng kỳ: 4) - Đã xong"),
     dict(task="II.5.c", st="completed", ind={"inspections": 2, "establishments_inspected": 36, "instruments_verified": 36, "violations": 1}, text="Kiểm tra cân tại chợ Hòa Hội, chợ Phước Tân: 02 cuộc; 36 hộ; 36 cân kiểm định; vi phạm 01 hộ - Đã xong"),
     dict(task="II.3.a", st="completed", ind={"participants": 1}, text="Cử cán bộ dự tập huấn: 01 người (cùng kỳ: 1) - Đã xong"),
     dict(task="II.5.d", st="not_applicable", ind={}, text="Tiếp nhận, xử lý tố giác vi phạm về đo lường - Không phát sinh")]
KK = ["Xã chưa có kinh phí mua cân đối chứng."]
KN = ["Đề nghị hỗ trợ 02 cân đối chứng đặt tại chợ Hòa Hội và chợ Phước Tân."]
hand3_xlsx("HoaHoi_CT38_2026.xlsx", U['hh'], "133/BC-UBND", "Hòa Hội, ngày 31 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 CỦA UBND XÃ HÒA HỘI", R, KK, KN)
key("HoaHoi_CT38_2026.xlsx", U['hh'], "133/BC-UBND", "2026-10-31", E, KK, KN)

R = [("Kiểm tra cơ sở kinh doanh thực phẩm", "14 cơ sở (cùng kỳ: 11); vi phạm 02 (CK 2025: 3)", "Đã xong", ""),
     ("Tuyên truyền an toàn thực phẩm dịp Tết Trung thu", "05 tin bài (cùng kỳ: 5)", "Đã xong", ""),
     ("Giám sát bếp ăn tập thể trường học", "09 bếp ăn (CK 2025: 9)", "Đang làm", "")]
hand3_xlsx("ThoiHoa_ATTP_10T.xlsx", U['th'], "88/BC-UBND", "Thới Hòa, ngày 28 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 10 THÁNG NĂM 2026", R,
           ["Thiếu test kiểm tra nhanh."], ["Đề nghị cấp bổ sung test nhanh hàn the, formol."])
key("ThoiHoa_ATTP_10T.xlsx", U['th'], "88/BC-UBND", "2026-10-28", [], [], [], status="rejected",
    reason="Báo cáo công tác an toàn thực phẩm, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW")

# =============== HAND 4: narrative + attached table repeating figures, one corrected ===============
def hand4(fn, unit, num, dline, items, kk, kn, note, signer):
    d = newdoc()
    header_table(d, "ỦY BAN NHÂN DÂN", unit[1].upper(), num, dline)
    p(d, "BÁO CÁO", bold=True, center=True); p(d, TITLE, bold=True, center=True)
    p(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for it in items:
        p(d, it['nar'])
    p(d, "(Chi tiết số liệu tại Phụ lục kèm theo)", italic=True, center=True)
    p(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in kk: p(d, "- " + x)
    p(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in kn: p(d, "- " + x)
    sign(d, signer[0], signer[1])
    d.add_page_break()
    p(d, "PHỤ LỤC", bold=True, center=True)
    p(d, "Số liệu kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", italic=True, center=True)
    p(d, "(Kèm theo Báo cáo số " + num + ")", italic=True, center=True)
    rows = [["STT", "Nội dung", "Kết quả", "Tình trạng"]]
    for i, it in enumerate(items, 1): rows.append([str(i), it['tname'], it['tres'], it['tst']])
    grid(d, rows)
    p(d, note, italic=True)
    save_doc(d, fn)

IT = [
 dict(task="II.5.c", st="in_progress", ind={"inspections": 3, "establishments_inspected": 15, "violations": 1, "fines_vnd": 3500000},
      nar="1. Phối hợp kiểm tra đo lường, chất lượng: Trong năm, UBND xã phối hợp Chi cục TĐC tổ chức 03 cuộc kiểm tra tại chợ Châu Pha và các cửa hàng xăng dầu trên Quốc lộ 56, kiểm tra 14 cơ sở, phát hiện 01 cơ sở vi phạm, phạt 3.500.000 đồng. Nội dung này đang tiếp tục thực hiện.",
      tname="Phối hợp kiểm tra đo lường, chất lượng", tres="03 cuộc; 15 cơ sở; 01 vi phạm; phạt 3.500.000 đồng", tst="Đang thực hiện"),
 dict(task="II.1.a", st="completed", ind={"communications": 5},
      nar="2. Tuyên truyền: phát 05 tin trên loa truyền thanh xã về quy định đo lường trong mua bán. Đã hoàn thành.",
      tname="Tuyên truyền", tres="05 tin", tst="Hoàn thành"),
 dict(task="II.3.a", st="completed", ind={"participants": 2},
      nar="3. Tập huấn: xã cử 02 công chức tham gia lớp tập huấn do Sở tổ chức. Đã hoàn thành.",
      tname="Cử công chức tập huấn", tres="02 người", tst="Hoàn thành"),
]
for it in IT: it['text'] = it['nar']
KK = ["Địa bàn xã rộng, nhiều điểm kinh doanh nhỏ lẻ ven đường."]
KN = ["Đề nghị Chi cục TĐC tăng số cuộc phối hợp kiểm tra tại các xã vùng ven."]
hand4("ChauPha_BC_CT38_2026.docx", U['cp'], "156/BC-UBND", "Châu Pha, ngày 04 tháng 11 năm 2026", IT, KK, KN,
      "Ghi chú: Số cơ sở được kiểm tra tại mục 1 phần I ghi 14 cơ sở là chưa đúng, số liệu tại bảng là số chính xác (15 cơ sở).",
      ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lâm Văn Tài"))
key("ChauPha_BC_CT38_2026.docx", U['cp'], "156/BC-UBND", "2026-11-04", IT, KK, KN)

IT = [
 dict(task="II.5.c", st="completed", ind={"inspections": 4, "establishments_inspected": 28, "violations": 2, "fines_vnd": 8000000, "instruments_verified": 64},
      nar="1. Về phối hợp quản lý đo lường tại chợ và cơ sở kinh doanh: Phường đã phối hợp Chi cục TĐC thực hiện 04 cuộc kiểm tra 28 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 8.000.000 đồng; phối hợp kiểm định 64 cân tại chợ Lái Thiêu. Đã hoàn thành kế hoạch năm.",
      tname="Phối hợp kiểm tra, kiểm định cân", tres="04 cuộc; 28 cơ sở; 02 vi phạm; phạt 8.000.000 đồng; kiểm định 64 cân", tst="Hoàn thành"),
 dict(task="II.2.đ", st="completed", ind={},
      nar="2. Về hệ thống quản lý chất lượng ISO 9001:2015: đã đánh giá nội bộ và công bố lại, hoàn thành.",
      tname="Hệ thống QLCL ISO 9001:2015", tres="-", tst="Hoàn thành"),
 dict(task="II.1.a", st="completed", ind={"communications": 12, "training_courses": 1, "participants": 60},
      nar="3. Về tuyên truyền: đăng 12 tin bài, tổ chức 01 hội nghị phổ biến cho 65 hộ kinh doanh tại chợ. Đã hoàn thành.",
      tname="Tuyên truyền, hội nghị phổ biến", tres="12 tin bài; 01 hội nghị, 60 lượt người dự", tst="Hoàn thành"),
 dict(task="II.2.d", st="in_progress", ind={"enterprises_supported": 9},
      nar="4. Về hỗ trợ doanh nghiệp: hướng dẫn 09 doanh nghiệp sản xuất gốm, đồ gỗ về ghi nhãn và công bố tiêu chuẩn cơ sở; đang tiếp tục.",
      tname="Hướng dẫn doanh nghiệp ghi nhãn, công bố TCCS", tres="09 doanh nghiệp", tst="Đang thực hiện"),
]
for it in IT: it['text'] = it['nar']
KK = ["Doanh nghiệp nhỏ chưa quan tâm xây dựng tiêu chuẩn cơ sở.", "Chợ Lái Thiêu đang sửa chữa nên việc kiểm tra bị gián đoạn."]
KN = ["Đề nghị Sở hỗ trợ chi phí tư vấn xây dựng tiêu chuẩn cơ sở cho doanh nghiệp nhỏ.", "Đề nghị Chi cục TĐC cung cấp danh sách cơ sở đã kiểm tra để phường theo dõi."]
hand4("LaiThieu_BC38.docx", U['lt'], "720/BC-UBND", "Lái Thiêu, ngày 08 tháng 11 năm 2026", IT, KK, KN,
      "* Số lượt người dự hội nghị tại mục 3: số liệu tại bảng là số chính xác (60 lượt người; 65 là số hộ đăng ký).",
      ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Ngô Thị Mỹ Dung"))
key("LaiThieu_BC38.docx", U['lt'], "720/BC-UBND", "2026-11-08", IT, KK, KN)

IT = [
 dict(task="II.1.a", st="completed", ind={"communications": 8},
      nar="1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: đã thực hiện 08 tin bài, 02 pano tại trụ sở khu phố. Hoàn thành.",
      tname="Tuyên truyền", tres="08 tin bài; 02 pano", tst="Hoàn thành"),
 dict(task="II.5.c", st="in_progress", ind={"inspections": 2, "establishments_inspected": 11, "violations": 0},
      nar="2. Phối hợp kiểm tra: phối hợp kiểm tra 02 cuộc tại 11 cửa hàng kinh doanh xăng dầu, khí hóa lỏng, chưa phát hiện vi phạm. Đang thực hiện.",
      tname="Phối hợp kiểm tra xăng dầu, LPG", tres="02 cuộc; 11 cửa hàng; 0 vi phạm", tst="Đang thực hiện"),
 dict(task="II.3.a", st="completed", ind={"participants": 3},
      nar="3. Tập huấn: cử 02 công chức tham gia tập huấn. Hoàn thành.",
      tname="Cử công chức tập huấn", tres="03 lượt công chức", tst="Hoàn thành"),
]
for it in IT: it['text'] = it['nar']
KK = ["Chưa có văn bản hướng dẫn cụ thể về nội dung phân quyền cho phường."]
KN = ["Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn nội dung phân quyền quản lý nhà nước về đo lường, chất lượng cho cấp phường."]
hand4("ChanhHiep_BC CT38.docx", U['ch'], "318/BC-UBND", "Chánh Hiệp, ngày 05 tháng 11 năm 2026", IT, KK, KN,
      "Lưu ý: mục 3 ghi 02 công chức là chưa đủ (thiếu 01 lượt lớp tháng 10), số liệu tại bảng là số chính xác.",
      ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phan Đức Lợi"))
key("ChanhHiep_BC CT38.docx", U['ch'], "318/BC-UBND", "2026-11-05", IT, KK, KN)

# =============== HAND 5: department reply with English words ===============
d = newdoc()
header_table(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "4127/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026")
p(d, "V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", italic=True, indent=False)
p(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
p(d, "Phúc đáp Công văn của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch, Sở Công Thương báo cáo như sau:")
SCT = [
 dict(task="II.5.a", st="in_progress", ind={"inspections": 9, "establishments_inspected": 64, "violations": 11, "fines_vnd": 146500000, "samples_tested": 25},
      text="1. Phối hợp kiểm tra chất lượng hàng hóa lưu thông: Sở đã phối hợp với Chi cục Quản lý thị trường và Chi cục TĐC thực hiện 09 cuộc kiểm tra 64 cơ sở kinh doanh xăng dầu, phân bón, hàng tiêu dùng; lấy 25 mẫu để thử nghiệm; xử lý 11 cơ sở vi phạm với tổng tiền phạt 146.500.000 đồng. Kế hoạch kiểm tra quý IV đang chạy đúng deadline, hiện vẫn đang triển khai."),
 dict(task="II.1.a", st="completed", ind={"training_courses": 2, "participants": 310},
      text="2. Tuyên truyền, training cho doanh nghiệp: tổ chức 02 hội nghị phổ biến quy định về nhãn hàng hóa và chất lượng xăng dầu với 310 đại biểu doanh nghiệp tham dự. Đã hoàn thành."),
 dict(task="II.2.e", st="completed", ind={"standards_reviewed": 4},
      text="3. Góp ý quy chuẩn: Sở đã góp ý 04 dự thảo QCVN thuộc lĩnh vực công thương (xăng dầu, khí, vật liệu nổ công nghiệp) đúng deadline Bộ yêu cầu. Hoàn thành."),
 dict(task="II.2.d", st="in_progress", ind={"enterprises_supported": 37},
      text="4. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý: thông qua Chương trình khuyến công, hỗ trợ 37 doanh nghiệp áp dụng ISO 9001, ISO 22000; danh sách doanh nghiệp sẽ update sau khi nghiệm thu. Đang thực hiện."),
]
for e in SCT: p(d, e['text'])
KK = ["Một số văn bản hướng dẫn của Bộ về chất lượng xăng dầu chưa được update kịp thời nên khó áp dụng khi xử lý vi phạm."]
KN = ["Đề nghị Chi cục TĐC chia sẻ kế hoạch kiểm tra năm 2027 sớm để Sở chủ động bố trí nhân sự, tránh trùng deadline với các đợt kiểm tra chuyên ngành.",
      "Đề nghị tổ chức các khóa training chuyên sâu về đo lường xăng dầu cho công chức Sở."]
p(d, "5. Khó khăn, vướng mắc:", bold=True, indent=False); p(d, "- " + KK[0])
p(d, "6. Đề xuất:", bold=True, indent=False)
for x in KN: p(d, "- " + x)
p(d, "Sở Công Thương gửi Chi cục để tổng hợp./.")
sign(d, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trương Minh Huy", ("- Như trên;", "- Lưu: VT, QLTM."))
save_doc(d, "SCT_4127_phuc dap CT38.docx")
key("SCT_4127_phuc dap CT38.docx", SOCT, "4127/SCT-QLTM", "2026-10-29", SCT, KK, KN)

# TTPTTN
d = newdoc()
header_table(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG", "812/TTPT-KHTH", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026")
p(d, "V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", italic=True, indent=False)
p(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
p(d, "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả như sau:")
TT5 = [
 dict(task="II.4.a", st="in_progress", ind={"budget_spent_vnd": 2350000000},
      text="1. Đầu tư trang thiết bị: Trung tâm đã giải ngân 2,35 tỷ đồng mua sắm thiết bị thử nghiệm (máy sắc ký, tủ vi khí hậu); gói thầu thứ hai đang chờ phê duyệt, dự kiến deadline ký hợp đồng 15/12/2026. Đang triển khai."),
 dict(task="II.2.g", st="completed", ind={"instruments_verified": 18420, "samples_tested": 5210, "enterprises_supported": 1150},
      text="2. Dịch vụ kỹ thuật: kiểm định, hiệu chuẩn 18.420 phương tiện đo; thử nghiệm 5.210 mẫu; phục vụ 1.150 doanh nghiệp, tổ chức. Trung tâm đã mở rộng 06 phép thử mới và update phạm vi công nhận ISO/IEC 17025. Đạt kế hoạch năm."),
 dict(task="II.4.c", st="in_progress", ind={},
      text="3. Duy trì chuẩn đo lường: phối hợp Chi cục liên kết chuẩn khối lượng, áp suất đến chuẩn quốc gia; chuẩn nhiệt độ đang gửi hiệu chuẩn. Đang thực hiện."),
 dict(task="II.3.a", st="completed", ind={"training_courses": 3, "participants": 21},
      text="4. Đào tạo nhân lực: cử 21 lượt kỹ thuật viên tham gia 03 khóa training về đo lường, hiệu chuẩn do Viện Đo lường Việt Nam tổ chức. Hoàn thành."),
]
for e in TT5: p(d, e['text'])
KK = ["Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng deadline giải ngân.", "Thiếu kỹ thuật viên có chứng chỉ kiểm định viên đo lường."]
KN = ["Đề nghị Sở hỗ trợ đẩy nhanh thẩm định gói thầu mua sắm thiết bị thứ hai.", "Đề nghị Chi cục TĐC phối hợp mở lớp đào tạo kiểm định viên tại Thành phố."]
p(d, "5. Khó khăn:", bold=True, indent=False)
for x in KK: p(d, "- " + x)
p(d, "6. Kiến nghị:", bold=True, indent=False)
for x in KN: p(d, "- " + x)
sign(d, "GIÁM ĐỐC", "Đặng Văn Khoa", ("- Như trên;", "- Lưu: VT, KHTH."))
save_doc(d, "TTPTTN_812_BC CT38.docx")
key("TTPTTN_812_BC CT38.docx", TTPT, "812/TTPT-KHTH", "2026-10-27", TT5, KK, KN)

# Sở Y tế xlsx
wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
for c, w in zip("ABCDE", (5, 40, 60, 26, 25)): ws.column_dimensions[c].width = w
ws['A1'] = "SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH"; ws['A1'].font = Font(bold=True)
ws['A2'] = "Số: 6631/SYT-NVY"; ws['D1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['D2'] = "Độc lập - Tự do - Hạnh phúc"
ws['D3'] = "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026"
ws['A5'] = "KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (Sở Y tế)"; ws['A5'].font = Font(bold=True); ws.merge_cells("A5:E5")
xrow(ws, 7, ["STT", "Nội dung", "Kết quả", "Tình trạng", "Ghi chú"], bold=True)
SYT = [
 dict(task="II.2.e", st="completed", ind={"standards_reviewed": 6}, r=["Góp ý dự thảo TCVN, QCVN", "Đã góp ý 06 dự thảo QCVN về trang thiết bị y tế, nước sạch gửi Bộ Y tế đúng deadline", "Xong", ""]),
 dict(task="II.5.a", st="in_progress", ind={"inspections": 5, "establishments_inspected": 42, "violations": 6, "fines_vnd": 87000000},
      r=["Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông", "05 đoàn kiểm tra; 42 cơ sở; 06 cơ sở vi phạm; phạt 87 triệu đồng", "Đang làm, deadline 20/12", "số liệu sẽ update sau đợt cuối"]),
 dict(task="II.3.a", st="completed", ind={"training_courses": 2, "participants": 140}, r=["Training cho cán bộ y tế về đo lường trang thiết bị y tế", "02 lớp, 140 học viên", "Xong", "phối hợp Chi cục TĐC"]),
 dict(task="II.4.b", st="not_applicable", ind={}, r=["Kiểm định phương tiện kỹ thuật nghiệp vụ", "Không thuộc chức năng của Sở", "Không phát sinh", ""]),
]
r = 8
for i, e in enumerate(SYT, 1):
    xrow(ws, r, [i] + e['r']); e['text'] = e['r'][0] + ": " + e['r'][1] + " – " + e['r'][2]; r += 1
KK = ["Deadline báo cáo trùng với nhiều đợt kiểm tra chuyên ngành nên khó bố trí nhân sự."]
KN = ["Đề nghị Chi cục TĐC gửi template báo cáo thống nhất và update danh mục QCVN mới để các Sở tiện theo dõi."]
r += 1; ws.cell(row=r, column=2, value="Khó khăn: " + KK[0]); r += 1; ws.cell(row=r, column=2, value="Kiến nghị: " + KN[0])
ws.cell(row=r+2, column=4, value="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"); ws.cell(row=r+6, column=4, value="Nguyễn Thị Thu Hà")
wb.save(os.path.join(OUT, "SYT_6631_CT38.xlsx"))
key("SYT_6631_CT38.xlsx", SOYT, "6631/SYT-NVY", "2026-10-30", SYT, KK, KN)


# ---- re-save two files through LibreOffice, as offices do ----
import subprocess, shutil, tempfile
for fn, fmt in (("Xuyen Moc - bao cao CT38 nam 2026.docx", "docx"), ("LongNguyen_BC_KH38.xlsx", "xlsx")):
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fn)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn)); shutil.rmtree(tmp)
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for fn, t in TRUTH.items():
    t['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    json.dump(t, open(os.path.join(OUT, "truth", fn + ".json"), "w"), ensure_ascii=False, indent=2)
print(len(TRUTH), "files")
