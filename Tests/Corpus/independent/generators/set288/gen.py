# Generator for set288: 4 hands, 17 files. Run: python3 gen.py
import json, hashlib, os, datetime
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
WORDS = {1:'một',2:'hai',3:'ba',4:'bốn',5:'năm',6:'sáu',7:'bảy',8:'tám',9:'chín',10:'mười'}

def dots(n): return f"{n:,}".replace(',', '.')
def trieu(n):
    v = n/1_000_000
    s = (f"{v:.3f}".rstrip('0').rstrip('.')).replace('.', ',')
    return s + " triệu đồng"
def z2(n): return f"{n:02d}"

KEYS = []
def key(fname, unit, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS.append(dict(file=fname, status=status, reason=reason,
        unit=unit, document={"number": number, "date": date},
        entries=[{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        findings=[], difficulties=diffs, proposals=props))

def U(i, n): return {"id": i, "name": n}

# ---------------------------------------------------------------- common docx header
def header(doc, parent, unit_caps, so, place_date, font='Times New Roman'):
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.paragraphs[0].text = parent
    p = l.add_paragraph(); rr = p.add_run(unit_caps); rr.bold = True
    l.add_paragraph(so)
    r.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    r.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    r.add_paragraph().add_run(place_date).italic = True
    for c in (l, r):
        for pp in c.paragraphs: pp.alignment = WD_ALIGN_PARAGRAPH.CENTER

def para(doc, text, bold=False, italic=False, center=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

# ================================================================ HAND A (DOCX)
# Table "STT | Công việc | Việc đã làm | Số liệu | TT" ; TT = H/Đ/C/K; legend inside "Nơi nhận"
LEG = {'completed':'H', 'in_progress':'Đ', 'not_started':'C', 'not_applicable':'K'}
def handA(fname, unit, parent, unit_caps, so, date_iso, place_date, title, intro, rows, diffs, props, signer):
    doc = Document()
    header(doc, parent, unit_caps, so, place_date)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(doc, intro)
    para(doc, "1. Kết quả thực hiện", bold=True)
    t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ["STT", "Công việc", "Việc đã làm", "Số liệu", "TT"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    ents = []
    for i, (task, st, name, body, figs) in enumerate(rows, 1):
        c = t.add_row().cells
        c[0].text = str(i); c[1].text = name; c[2].text = body
        c[3].text = "; ".join(w for (_, _, w) in figs) if figs else "–"
        c[4].text = LEG.get(st, "")
        ents.append((task, st, {k: v for (k, v, _) in figs}, name + ". " + body))
    para(doc, "2. Khó khăn, vướng mắc", bold=True)
    for d in diffs: para(doc, "- " + d)
    para(doc, "3. Đề xuất, kiến nghị", bold=True)
    for p in props: para(doc, "- " + p)
    para(doc, "")
    s = doc.add_table(rows=1, cols=2)
    a, b = s.rows[0].cells
    a.paragraphs[0].add_run("Nơi nhận:").bold = True
    a.add_paragraph("- Chi cục TĐC (để tổng hợp);")
    a.add_paragraph("- Lưu: VT.")
    a.add_paragraph("Ghi chú cột TT: H - xong; Đ - còn đang làm; C - chưa làm; K - không có việc phát sinh.")
    b.paragraphs[0].add_run(signer[0]).bold = True
    b.add_paragraph(""); b.add_paragraph("")
    b.add_paragraph().add_run(signer[1]).bold = True
    doc.save(os.path.join(OUT, fname))
    key(fname, unit, so.replace("Số: ", "").replace("Số:", "").strip(), date_iso, ents, diffs, props)

# ================================================================ HAND C (DOCX)
# spoken "Về … thì …" sentences, "được 03 cuộc", statuses "đã làm rồi / đang làm tiếp / chưa làm tới / không có việc"
SPOK = {'completed': 'việc này đã làm rồi', 'in_progress': 'việc này đang làm tiếp',
        'not_started': 'việc này chưa làm tới', 'not_applicable': 'việc này không có việc để làm'}
def handC(fname, unit, parent, unit_caps, so, date_iso, place_date, kinhgui, items, diffs, props, signer, nfd=False):
    doc = Document()
    header(doc, parent, unit_caps, so, place_date)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Tình hình thực hiện Kế hoạch về tiêu chuẩn, đo lường, chất lượng năm 2026 (Chỉ thị 38)", bold=True, center=True)
    para(doc, kinhgui, center=True)
    para(doc, f"{unit['name']} báo cáo như sau:")
    ents = []
    for (task, st, topic, sentence, figs) in items:
        txt = f"- Về {topic} thì {sentence}"
        if st in SPOK: txt += f"; {SPOK[st]}."
        else: txt += "."
        para(doc, txt)
        ents.append((task, st, {k: v for (k, v, _) in figs}, txt[2:]))
    if diffs:
        para(doc, "Còn khó khăn:", bold=True)
        for d in diffs: para(doc, "+ " + d)
    if props:
        para(doc, "Xin kiến nghị:", bold=True)
        for p in props: para(doc, "+ " + p)
    para(doc, "Trên đây là báo cáo của đơn vị./.")
    para(doc, signer[0], bold=True); para(doc, ""); para(doc, signer[1], bold=True)
    doc.save(os.path.join(OUT, fname))
    key(fname, unit, so.replace("Số:", "").strip(), date_iso, ents, diffs, props)

# ================================================================ HAND B (XLSX)
# long-format figure rows with "Thời điểm nhập" + "Người nhập"; statuses on sheet "TinhTrang" keyed by job name
BST = {'completed': 'Hoàn tất', 'in_progress': 'Đang xử lý', 'not_started': 'Chưa xử lý', 'not_applicable': 'Không có phát sinh'}
def handB(fname, unit, title_unit, so, date_iso, jobs, diffs, props, initials):
    wb = Workbook(); ws = wb.active; ws.title = "SoLieu"
    ws["A1"] = title_unit; ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số liệu thực hiện KH Chỉ thị 38/2026 - kèm văn bản {so}"
    ws["A3"] = "Ngày lập:"; ws["B3"] = datetime.date.fromisoformat(date_iso); ws["B3"].number_format = "dd/mm/yyyy"
    hdr = ["Thời điểm nhập", "Người nhập", "Công việc", "Chỉ tiêu", "Giá trị", "ĐVT"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6; ents = []
    d0 = datetime.datetime.fromisoformat(date_iso + "T08:00")
    for j, (task, st, name, figs) in enumerate(jobs):
        for k, (ind, v, label, dvt) in enumerate(figs):
            ts = d0 - datetime.timedelta(days=6 - j % 5, hours=k, minutes=13 * k + 7)
            ws.cell(row=r, column=1, value=ts).number_format = "dd/mm/yyyy hh:mm"
            ws.cell(row=r, column=2, value=initials[(j + k) % len(initials)])
            ws.cell(row=r, column=3, value=name); ws.cell(row=r, column=4, value=label)
            ws.cell(row=r, column=5, value=v); ws.cell(row=r, column=6, value=dvt)
            if v >= 1000: ws.cell(row=r, column=5).number_format = "#,##0"
            r += 1
        ents.append((task, st, {ind: v for (ind, v, _, _) in figs}, name))
    for col, w in zip("ABCDEF", [18, 11, 48, 34, 16, 10]): ws.column_dimensions[col].width = w
    t2 = wb.create_sheet("TinhTrang")
    t2.append(["Công việc", "Tình trạng", "Ghi chú"])
    for c in t2[1]: c.font = Font(bold=True)
    for (task, st, name, figs) in jobs:
        t2.append([name, BST[st], "" if figs else "không có số liệu"])
    t2.column_dimensions["A"].width = 60; t2.column_dimensions["B"].width = 20
    t3 = wb.create_sheet("VuongMac")
    t3.append(["Loại", "Nội dung"])
    for d in diffs: t3.append(["Khó khăn", d])
    for p in props: t3.append(["Kiến nghị", p])
    t3.column_dimensions["B"].width = 90
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, ents, diffs, props)

# ================================================================ HAND D (XLSX)
# one row per task; status column combines timeliness + state ("Đúng hạn – đã xong"); figures as lettered sub-rows
DST = {'completed': 'Đúng hạn – đã xong', 'in_progress': 'Trong hạn – còn làm', 'not_started': 'Chưa đến hạn – chưa làm',
       'not_applicable': 'Không phát sinh', 'unknown': ''}
def handD(fname, unit, so, date_iso, caption, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao_CT38"
    ws["A1"] = unit["name"].upper(); ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["A2"] = f"Số: {so}"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    d = datetime.date.fromisoformat(date_iso)
    ws["D3"] = f"Thành phố Hồ Chí Minh, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    ws["A5"] = caption; ws["A5"].font = Font(bold=True, size=13)
    hdr = ["TT", "Nhiệm vụ (theo cách gọi của đơn vị)", "Chỉ tiêu cụ thể", "Kết quả", "Đánh giá tiến độ"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
    r = 8; ents = []
    for i, (task, st, name, figs) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i); ws.cell(row=r, column=2, value=name).font = Font(bold=True)
        ws.cell(row=r, column=5, value=DST[st]); r += 1
        for k, (ind, v, label, shown) in enumerate(figs):
            ws.cell(row=r, column=2, value=f"{'abcdef'[k]})")
            ws.cell(row=r, column=3, value=label); ws.cell(row=r, column=4, value=shown); r += 1
        ents.append((task, st, {ind: v for (ind, v, _, _) in figs}, name))
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn:").font = Font(bold=True); r += 1
    for x in diffs: ws.cell(row=r, column=2, value=x); r += 1
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True); r += 1
    for x in props: ws.cell(row=r, column=2, value=x); r += 1
    for col, w in zip("ABCDE", [5, 55, 36, 18, 26]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, ents, diffs, props)

# ---------------------------------------------------------------- content
SKH = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
UBND = "UBND THÀNH PHỐ HỒ CHÍ MINH"

# A1 Chi cục TĐC
handA("cctdc-bc-ct38-10thang.docx", U("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
      SKH, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG", "Số: 1127/BC-TĐC", "2026-10-30",
      "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (10 tháng)",
      "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả 10 tháng như sau:",
      [("II.1.a", "completed", "Tập huấn văn bản pháp luật TĐC cho doanh nghiệp, tọa đàm DN nhập khẩu",
        "Mở lớp tại Chi cục và tại khu chế xuất Tân Thuận (tính cả buổi tọa đàm với doanh nghiệp nhập khẩu)",
        [("training_courses", 4, "04 lớp"), ("participants", 520, "520 lượt học viên"), ("budget_spent_vnd", 86500000, "kinh phí 86.500.000 đồng")]),
       ("II.1.b", "completed", "Vận động DN tham dự Giải thưởng Chất lượng Quốc gia",
        "Gửi thư mời, gọi điện, hướng dẫn hồ sơ dự thưởng", [("enterprises_supported", 23, "23 doanh nghiệp được hướng dẫn")]),
       ("II.2.a", "in_progress", "Chương trình năng suất chất lượng (1322, 36), đo lường 996, truy xuất nguồn gốc 100",
        "Đang thẩm định hồ sơ hỗ trợ, dự kiến hoàn thành trong Quý IV", [("enterprises_supported", 15, "15 DN đang được hỗ trợ")]),
       ("II.2.d", "completed", "Hỗ trợ DN áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy",
        "Tư vấn ISO 9001, ISO 22000, hướng dẫn công bố hợp quy", [("enterprises_supported", 38, "38 lượt DN")]),
       ("II.2.e", "in_progress", "Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
        "Góp ý dự thảo theo đề nghị của Bộ; QCĐP về nước sạch đang lấy ý kiến", [("standards_reviewed", 7, "07 dự thảo TCVN/QCVN")]),
       ("II.2.h", "completed", "Hoàn thiện hệ thống thông tin TTHC, liên thông Cổng một cửa quốc gia",
        "Đã kết nối liên thông đăng ký kiểm tra hàng nhập khẩu từ tháng 3", []),
       ("II.5.a", "in_progress", "Kiểm tra nhà nước về TĐC hàng hóa lưu thông",
        "Kiểm tra xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, cân tại chợ",
        [("inspections", 12, "12 cuộc"), ("establishments_inspected", 148, "148 cơ sở"), ("violations", 17, "17 cơ sở vi phạm"),
         ("fines_vnd", 212500000, "phạt 212,5 triệu đồng")]),
       ("II.5.b", "in_progress", "Khảo sát chất lượng sản phẩm, hàng hóa",
        "Lấy mẫu xăng, dầu diesel, sữa dạng lỏng gửi thử nghiệm", [("samples_tested", 96, "96 mẫu")]),
       ("II.6.b", "not_applicable", "Phối hợp APO về năng suất khu vực công", "Chưa có yêu cầu từ Ủy ban TĐC Quốc gia", [])],
      ["Số lượng công chức làm công tác kiểm tra còn mỏng so với địa bàn sau sáp nhập.",
       "Kinh phí lấy mẫu khảo sát chất lượng năm 2026 chưa đáp ứng đủ số mẫu theo kế hoạch."],
      ["Đề nghị Sở bổ sung kinh phí lấy mẫu khảo sát chất lượng cho Quý IV/2026.",
       "Đề nghị Sở có văn bản đôn đốc các phường, xã gửi báo cáo đúng hạn."],
      ("CHI CỤC TRƯỞNG", "Lê Văn Hòa"))

# A2 Văn phòng Sở
handA("vp-so-bc-phoi-hop-ct38.docx", U("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
      SKH, "VĂN PHÒNG", "Số: 214/BC-VP", "2026-10-27",
      "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
      "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
      "Văn phòng Sở Khoa học và Công nghệ là đơn vị phối hợp ở một số nội dung của Kế hoạch; kết quả như sau:",
      [("II.2.đ", "completed", "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở",
        "Cập nhật quy trình nội bộ, đánh giá nội bộ tháng 9, xem xét của lãnh đạo", []),
       ("II.2.h", "completed", "Phối hợp hoàn thiện hệ thống thông tin giải quyết TTHC",
        "Rà soát danh mục thủ tục trên hệ thống, cập nhật 100% quy trình điện tử", []),
       ("II.2.i", "in_progress", "Phối hợp kết nối cơ sở dữ liệu quốc gia về TĐC",
        "Đang chuẩn hóa dữ liệu văn bản để chia sẻ", []),
       ("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác vi phạm về TĐC", "Trong kỳ không có trường hợp", []),
       ("II.4.a", "completed", "Phối hợp đầu tư trang thiết bị cho đơn vị sự nghiệp",
        "Trình phê duyệt danh mục mua sắm; đã giải ngân", [("budget_spent_vnd", 1250000000, "1.250.000.000 đồng")])],
      ["Phần mềm quản lý văn bản chưa kết nối đầy đủ với cơ sở dữ liệu quốc gia."],
      ["Đề nghị Phòng Chuyển đổi số hỗ trợ kỹ thuật kết nối dữ liệu trong Quý IV/2026."],
      ("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Trần Thị Mai Anh"))

# A3 Phòng Kiểm tra – Pháp chế
handA("ktpc-bao-cao-ct38.docx", U("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
      SKH, "PHÒNG KIỂM TRA – PHÁP CHẾ", "Số: 58/BC-KTPC", "2026-10-29",
      "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
      "Tình hình thực hiện các nội dung phối hợp theo Kế hoạch Chỉ thị 38 năm 2026",
      "Phòng Kiểm tra – Pháp chế báo cáo các nội dung được giao phối hợp như sau:",
      [("II.5.a", "in_progress", "Phối hợp kiểm tra TĐC hàng hóa lưu thông, xử lý vi phạm",
        "Tham gia đoàn liên ngành; thẩm định hồ sơ xử phạt",
        [("inspections", 5, "05 cuộc"), ("establishments_inspected", 41, "41 cơ sở"), ("violations", 6, "06 vi phạm"), ("fines_vnd", 48000000, "48 triệu đồng")]),
       ("II.5.b", "in_progress", "Phối hợp khảo sát chất lượng", "Theo dõi kết quả thử nghiệm, đề xuất xử lý", []),
       ("II.2.c", "completed", "Góp ý sửa đổi Luật Tiêu chuẩn và QCKT, Luật Chất lượng SPHH",
        "Đã gửi ý kiến góp ý theo đề nghị của Bộ (Công văn 1873/SKHCN-KTPC)", []),
       ("II.4.b", "unknown", "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo NĐ 135/2021",
        "Phối hợp Chi cục lập danh mục thiết bị cần kiểm định", []),
       ("II.5.d", "not_applicable", "Xử lý tố giác, hành vi tiêu cực về TĐC", "Không có đơn thư tố giác", [])],
      ["Quy định xử phạt mới chưa có hướng dẫn chi tiết đối với một số hành vi về nhãn hàng hóa."],
      ["Kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn áp dụng Nghị định xử phạt sửa đổi."],
      ("TRƯỞNG PHÒNG", "Nguyễn Hữu Phước"))

# A4 Sở GD&ĐT
handA("sgddt-bc-tdc-2026.docx", U("SO-GDDT", "Sở Giáo dục và Đào tạo"),
      UBND, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 4310/BC-SGDĐT", "2026-10-31",
      "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
      "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
      "Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo:",
      [("II.3.d", "completed", "Lồng ghép kiến thức TĐC, mã số mã vạch cho học sinh, sinh viên trường trung cấp",
        "Phối hợp Chi cục TĐC tổ chức chuyên đề tại các trường", [("training_courses", 3, "03 chuyên đề"), ("participants", 410, "410 học sinh, sinh viên")]),
       ("II.1.a", "completed", "Tuyên truyền pháp luật TĐC trên cổng thông tin ngành",
        "Đăng tải trên website Sở và các trường", [("communications", 12, "12 tin, bài")]),
       ("II.2.đ", "in_progress", "Áp dụng ISO 9001 tại cơ quan Sở",
        "Đang chuyển đổi quy trình sang môi trường điện tử", [])],
      [], ["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền phù hợp với học sinh."],
      ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Minh Tâm"))

# A5 Sở Du lịch
handA("sdl-ket-qua-ct38.docx", U("SO-DL", "Sở Du lịch"),
      UBND, "SỞ DU LỊCH", "Số: 2287/SDL-QLDV", "2026-11-03",
      "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
      "Kết quả triển khai Kế hoạch Chỉ thị 38-CT/TW năm 2026 trong ngành du lịch",
      "Sở Du lịch báo cáo kết quả thực hiện như sau:",
      [("II.1.a", "completed", "Phổ biến quy định TĐC cho cơ sở lưu trú, lữ hành",
        "Lồng ghép tại hội nghị ngành và đăng tin trên trang thông tin", [("communications", 8, "08 tin bài"), ("training_courses", 1, "01 hội nghị"), ("participants", 150, "150 đại biểu")]),
       ("II.2.d", "in_progress", "Hướng dẫn cơ sở lưu trú áp dụng tiêu chuẩn chất lượng dịch vụ",
        "Phối hợp Chi cục hướng dẫn áp dụng TCVN về xếp hạng", [("enterprises_supported", 11, "11 cơ sở lưu trú")]),
       ("II.5.a", "not_applicable", "Kiểm tra TĐC hàng hóa tại điểm du lịch", "Trong kỳ không có kế hoạch kiểm tra riêng", [])],
      ["Doanh nghiệp du lịch ít quan tâm đến áp dụng tiêu chuẩn tự nguyện."], [],
      ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Võ Thị Ngọc Hân"))

# ---- HAND C
handC("bc-ct38-phuong-cho-lon.docx", U("27343", "Phường Chợ Lớn"),
      "ỦY BAN NHÂN DÂN", "PHƯỜNG CHỢ LỚN", "Số: 389/BC-UBND", "2026-10-28",
      "Chợ Lớn, ngày 28 tháng 10 năm 2026", "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố",
      [("II.5.c", "in_progress", "kiểm tra đo lường, chất lượng ở chợ và cửa hàng xăng dầu trên địa bàn",
        "Tổ kiểm tra phường làm được 03 cuộc, đi 27 cơ sở, phát hiện 02 cơ sở vi phạm (cân sai), đã phạt 7.500.000 đồng",
        [("inspections", 3, ""), ("establishments_inspected", 27, ""), ("violations", 2, ""), ("fines_vnd", 7500000, "")]),
       ("II.1.a", "completed", "tuyên truyền cho hộ kinh doanh",
        "phường có làm 01 buổi nói chuyện ở chợ Bình Tây được 85 người đến dự, với lại đăng được 05 tin trên trang phường",
        [("training_courses", 1, ""), ("participants", 85, ""), ("communications", 5, "")]),
       ("II.3.a", "completed", "đi tập huấn do Chi cục mở", "phường cử được 02 cán bộ đi học", [("participants", 2, "")]),
       ("II.5.d", "not_applicable", "khen thưởng người tố giác", "trong năm chưa có ai tố giác", [])],
      ["Cán bộ phụ trách kiêm nhiệm nhiều việc, chưa rành nghiệp vụ đo lường."],
      ["Đề nghị Chi cục cho mượn cân đối chứng để phường đặt ở chợ Bình Tây."],
      ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lý Quốc Bảo"))

handC("phuong-an-khanh-bao-cao-tdc.docx", U("27094", "Phường An Khánh"),
      "ỦY BAN NHÂN DÂN", "PHƯỜNG AN KHÁNH", "Số: 512/BC-UBND", "2026-11-02",
      "An Khánh, ngày 02 tháng 11 năm 2026", "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục TĐC)",
      [("II.5.c", "in_progress", "kiểm tra về tiêu chuẩn đo lường chất lượng theo phân quyền",
        "phường kiểm tra được 02 cuộc với 19 cơ sở, chưa thấy vi phạm",
        [("inspections", 2, ""), ("establishments_inspected", 19, "")]),
       ("II.1.a", "completed", "tuyên truyền pháp luật đo lường chất lượng", "phường đăng được 04 tin trên bảng tin và Zalo khu phố",
        [("communications", 4, "")]),
       ("II.3.a", "not_started", "cử người đi tập huấn nghiệp vụ", "chưa có lớp nào mở cho phường", [])],
      [], ["Đề nghị Chi cục mở lớp tập huấn cho cán bộ phường trong Quý IV."],
      ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Đặng Thị Thu Trang"))

handC("scongthuong-bc-ct38.docx", U("SO-CT", "Sở Công Thương"),
      UBND, "SỞ CÔNG THƯƠNG", "Số: 6021/BC-SCT", "2026-10-30",
      "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "Kính gửi: Sở Khoa học và Công nghệ",
      [("II.5.a", "in_progress", "phối hợp kiểm tra chất lượng hàng hóa lưu thông",
        "lực lượng của Sở phối hợp làm được 09 cuộc, kiểm tra 76 cơ sở, xử lý 11 cơ sở vi phạm với số tiền phạt 134 triệu đồng",
        [("inspections", 9, ""), ("establishments_inspected", 76, ""), ("violations", 11, ""), ("fines_vnd", 134000000, "")]),
       ("II.5.b", "in_progress", "lấy mẫu khảo sát xăng dầu, phân bón", "đã lấy được 40 mẫu gửi thử nghiệm", [("samples_tested", 40, "")]),
       ("II.1.a", "completed", "tập huấn cho thương nhân kinh doanh xăng dầu",
        "Sở mở được 02 lớp, có 230 lượt người tham dự", [("training_courses", 2, ""), ("participants", 230, "")]),
       ("II.6.a", "completed", "cập nhật cam kết TBT trong các FTA cho doanh nghiệp xuất khẩu",
        "Sở đã đăng thông tin cảnh báo trên cổng thông tin", [])],
      ["Hàng giả, hàng kém chất lượng bán trên mạng khó kiểm soát nguồn gốc."],
      ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng để phối hợp xử lý."],
      ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Văn Lộc"))

handC("so-noi-vu-tdc.docx", U("SO-NV", "Sở Nội vụ"),
      UBND, "SỞ NỘI VỤ", "Số: 3305/SNV-CCHC", "2026-10-26",
      "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", "Kính gửi: Sở Khoa học và Công nghệ",
      [("II.2.đ", "completed", "ISO trong cơ quan hành chính",
        "Sở đã hướng dẫn các phường, xã duy trì hệ thống quản lý chất lượng và có đánh giá nội bộ", []),
       ("II.3.c", "in_progress", "thu hút chuyên gia theo Nghị quyết 27/2023/NQ-HĐND",
        "Sở đang thẩm định hồ sơ chuyên gia lĩnh vực đo lường", []),
       ("II.3.a", "completed", "bồi dưỡng cho công chức",
        "Sở phối hợp mở được 01 lớp với 35 công chức phường, xã", [("training_courses", 1, ""), ("participants", 35, "")])],
      [], [], ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trương Thanh Sơn"))

# mistaken: ward sends ATTP report (hand C)
def mistaken_ward():
    fname = "xa-xuyen-moc-bc-attp.docx"
    doc = Document()
    header(doc, "ỦY BAN NHÂN DÂN", "XÃ XUYÊN MỘC", "Số: 277/BC-UBND", "Xuyên Mộc, ngày 29 tháng 10 năm 2026")
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026", bold=True, center=True)
    para(doc, "Kính gửi: Sở An toàn thực phẩm", center=True)
    for t in ["- Về kiểm tra bếp ăn tập thể thì xã làm được 04 cuộc, đi 22 bếp ăn trường học, nhà máy; việc này đã làm rồi.",
              "- Về tuyên truyền an toàn thực phẩm dịp Tết Trung thu thì xã phát được 300 tờ rơi; việc này đã làm rồi.",
              "- Về ngộ độc thực phẩm thì trong kỳ không xảy ra vụ nào.",
              "Xin kiến nghị:", "+ Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho xã."]:
        para(doc, t)
    para(doc, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True); para(doc, "Nguyễn Văn Thắng", bold=True)
    doc.save(os.path.join(OUT, fname))
    key(fname, U("26632", "Xã Xuyên Mộc"), "277/BC-UBND", "2026-10-29", [], [], [], status="rejected",
        reason="Báo cáo về an toàn thực phẩm gửi Sở An toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38 về tiêu chuẩn, đo lường, chất lượng")
mistaken_ward()

# ---- HAND B
handB("ttpttn-solieu-ct38.xlsx", U("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
      "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
      "318/TTPTTN-KH", "2026-10-29",
      [("II.4.a", "in_progress", "Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm",
        [("budget_spent_vnd", 2150000000, "Kinh phí mua sắm đã giải ngân", "đồng")]),
       ("II.4.c", "completed", "Duy trì chuẩn đo lường, liên kết chuẩn; kiểm định hiệu chuẩn PTĐ",
        [("instruments_verified", 1840, "Phương tiện đo đã kiểm định, hiệu chuẩn", "chiếc")]),
       ("II.2.g", "completed", "Mở rộng dịch vụ thử nghiệm, hiệu chuẩn cho doanh nghiệp",
        [("enterprises_supported", 64, "Doanh nghiệp sử dụng dịch vụ mới", "DN"), ("samples_tested", 1275, "Mẫu thử nghiệm", "mẫu")]),
       ("II.3.d", "completed", "Đào tạo kỹ thuật viên, sinh viên thực tập về đo lường",
        [("training_courses", 2, "Khóa đào tạo", "khóa"), ("participants", 96, "Học viên", "người")]),
       ("II.6.b", "not_applicable", "Hợp tác APO về năng suất", [])],
      ["Một số thiết bị thử nghiệm nhập khẩu giao hàng chậm so với hợp đồng."],
      ["Đề nghị Sở ưu tiên bố trí vốn đầu tư chuẩn đo lường áp suất năm 2027."], ["NTH", "LMK", "PVD"])

handB("syt-solieu-tdc-2026.xlsx", U("SO-YT", "Sở Y tế"), "SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH",
      "5512/SYT-NVY", "2026-10-30",
      [("II.5.a", "in_progress", "Phối hợp kiểm tra trang thiết bị y tế, mỹ phẩm lưu thông",
        [("inspections", 4, "Số cuộc kiểm tra", "cuộc"), ("establishments_inspected", 52, "Số cơ sở được kiểm tra", "cơ sở"),
         ("violations", 3, "Số cơ sở vi phạm", "cơ sở"), ("fines_vnd", 22500000, "Tiền phạt", "đồng")]),
       ("II.1.a", "completed", "Tuyên truyền về đo lường trong y tế (huyết áp kế, nhiệt kế)",
        [("communications", 15, "Tin, bài tuyên truyền", "tin/bài")]),
       ("II.2.e", "completed", "Góp ý dự thảo QCVN về trang thiết bị y tế",
        [("standards_reviewed", 2, "Dự thảo QCVN đã góp ý", "văn bản")])],
      [], ["Đề nghị Chi cục TĐC hướng dẫn kiểm định phương tiện đo nhóm 2 trong cơ sở y tế."], ["tuan.nv", "hoa.tt"])

handB("sxd-nhap-lieu-ct38.xlsx", U("SO-XD", "Sở Xây dựng"), "SỞ XÂY DỰNG", "7730/SXD-KTXD", "2026-10-31",
      [("II.2.e", "in_progress", "Góp ý, xây dựng QCVN vật liệu xây dựng",
        [("standards_reviewed", 5, "Dự thảo tiêu chuẩn, quy chuẩn góp ý", "văn bản")]),
       ("II.5.a", "in_progress", "Kiểm tra chất lượng vật liệu xây dựng lưu thông",
        [("inspections", 3, "Cuộc kiểm tra", "cuộc"), ("establishments_inspected", 18, "Cơ sở kinh doanh VLXD", "cơ sở"),
         ("violations", 1, "Cơ sở vi phạm", "cơ sở"), ("fines_vnd", 15000000, "Tiền phạt", "đồng")]),
       ("II.6.a", "not_applicable", "Cập nhật điều ước quốc tế về TĐC ngành xây dựng", [])],
      ["Phòng thử nghiệm vật liệu xây dựng được chỉ định còn ít."], [], ["KHT", "DTL"])

# mistaken (hand B): Phòng CĐS sends chuyển đổi số figures
def mistaken_cds():
    fname = "cds-solieu-chuyen-doi-so-q3.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "SoLieu"
    ws["A1"] = "PHÒNG CHUYỂN ĐỔI SỐ"; ws["A2"] = "Số liệu chuyển đổi số Quý III/2026 - kèm văn bản 96/CĐS"
    ws["A3"] = "Ngày lập:"; ws["B3"] = datetime.date(2026, 10, 20); ws["B3"].number_format = "dd/mm/yyyy"
    ws.append([]); ws.append(["Thời điểm nhập", "Người nhập", "Công việc", "Chỉ tiêu", "Giá trị", "ĐVT"])
    for row in [[datetime.datetime(2026, 10, 15, 9, 20), "QHV", "Dịch vụ công trực tuyến toàn trình", "Hồ sơ tiếp nhận trực tuyến", 2315, "hồ sơ"],
                [datetime.datetime(2026, 10, 15, 9, 41), "QHV", "Ký số", "Văn bản ký số", 4870, "văn bản"],
                [datetime.datetime(2026, 10, 16, 14, 2), "NTA", "Đào tạo kỹ năng số", "Lớp", 3, "lớp"]]:
        ws.append(row)
    t2 = wb.create_sheet("TinhTrang"); t2.append(["Công việc", "Tình trạng"])
    t2.append(["Dịch vụ công trực tuyến toàn trình", "Đang xử lý"]); t2.append(["Ký số", "Hoàn tất"])
    wb.save(os.path.join(OUT, fname))
    key(fname, U("SKHCN-CDS", "Phòng Chuyển đổi số"), "96/CĐS", "2026-10-20", [], [], [], status="rejected",
        reason="Số liệu chuyển đổi số (dịch vụ công trực tuyến, ký số), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38")
mistaken_cds()

# ---- HAND D
handD("qlkh-theo-doi-ct38.xlsx", U("SKHCN-QLKH", "Phòng Quản lý Khoa học"), "42/BC-QLKH", "2026-10-28",
      "BẢNG THEO DÕI TIẾN ĐỘ - Phòng Quản lý Khoa học (KH Chỉ thị 38 năm 2026)",
      [("II.3.c", "in_progress", "Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo QĐ 05/2026/QĐ-UBND", []),
       ("II.3.b", "completed", "Phối hợp Chi cục mở khóa bồi dưỡng chuyên sâu về năng suất",
        [("training_courses", 1, "Số khóa", "01 khóa"), ("participants", 60, "Số học viên", "60 học viên")]),
       ("II.2.a", "in_progress", "Nhiệm vụ KH&CN hỗ trợ nâng cao năng suất chất lượng (Chương trình 1322)",
        [("enterprises_supported", 6, "Doanh nghiệp tham gia nhiệm vụ", "06 doanh nghiệp"), ("budget_spent_vnd", 480000000, "Kinh phí đã cấp", "480 triệu đồng")]),
       ("II.6.b", "not_started", "Đề tài năng suất khu vực công phối hợp APO", [])],
      ["Chưa có ứng viên chuyên gia đáp ứng đủ điều kiện thu hút."],
      ["Đề nghị Sở Nội vụ hướng dẫn thủ tục thẩm định hồ sơ chuyên gia."])

handD("ttcntt-dkg-ct38.xlsx", U("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
      "105/TTCNTT-KT", "2026-10-27",
      "KẾT QUẢ PHỐI HỢP KẾ HOẠCH CT38 - Trung tâm Công nghệ thông tin và Địa không gian",
      [("II.2.i", "in_progress", "Kết nối cơ sở dữ liệu TĐC của Thành phố với CSDL quốc gia", []),
       ("II.2.h", "completed", "Hạ tầng kết nối Cổng một cửa quốc gia cho hồ sơ kiểm tra nhập khẩu", []),
       ("II.1.a", "completed", "Đăng tin tuyên truyền TĐC trên Cổng thông tin điện tử Sở",
        [("communications", 14, "Tin, bài đăng tải", "14 tin/bài")])],
      [], ["Đề nghị Chi cục TĐC cung cấp danh mục dữ liệu cần chia sẻ trước ngày 30/11/2026."])

handD("snnmt-bieu-ct38.xlsx", U("SO-NNMT", "Sở Nông nghiệp và Môi trường"), "9018/SNNMT-CCTL", "2026-11-04",
      "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38/2026 - Sở Nông nghiệp và Môi trường",
      [("II.5.a", "in_progress", "Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi",
        [("inspections", 6, "Cuộc kiểm tra", "06 cuộc"), ("establishments_inspected", 63, "Cơ sở được kiểm tra", "63 cơ sở"),
         ("violations", 5, "Cơ sở vi phạm", "05 cơ sở"), ("fines_vnd", 41000000, "Tiền phạt", "41.000.000 đ")]),
       ("II.5.b", "completed", "Lấy mẫu khảo sát chất lượng vật tư nông nghiệp", [("samples_tested", 120, "Mẫu lấy kiểm nghiệm", "120 mẫu")]),
       ("II.2.e", "completed", "Góp ý QCVN lĩnh vực nông nghiệp, môi trường", [("standards_reviewed", 3, "Dự thảo góp ý", "03 dự thảo")]),
       ("II.1.a", "completed", "Tập huấn pháp luật chất lượng vật tư nông nghiệp",
        [("training_courses", 2, "Lớp tập huấn", "02 lớp"), ("participants", 180, "Lượt người dự", "180 lượt người")]),
       ("II.5.d", "not_applicable", "Khen thưởng người tố giác vi phạm", [])],
      ["Chi phí kiểm nghiệm mẫu phân bón cao, vượt dự toán được giao."],
      ["Đề nghị bổ sung kinh phí lấy mẫu vật tư nông nghiệp năm 2027."])

# ---------------------------------------------------------------- keys
for k in KEYS:
    p = os.path.join(OUT, k["file"])
    k["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    ordered = {x: k[x] for x in ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]}
    json.dump(ordered, open(os.path.join(OUT, "truth", k["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
