# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
D = os.path.dirname(os.path.abspath(__file__))
KEYS = {}
def key(fn, unit, num, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fn] = dict(file=fn, status=status, reason=reason, unit=unit, document=dict(number=num, date=date),
        entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
        findings=[], difficulties=diffs, proposals=props)

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; TD = "Độc lập - Tự do - Hạnh phúc"
# ---------------- Hand A: Quang, kỹ sư đo lường: workbook one sheet per quarter + TongHop + ChuThich
def handA(fn, unitname, parent, num, datestr, iso, uid, kname, rows, diffs, props):
    # rows: (code, tasktext, plan_task, status_abbr, [(indname, dvt, [q1,q2,q3,q4(T10-11)], key_id, mult)], note)
    wb = Workbook(); ws = wb.active; ws.title = "TongHop"
    ws["A1"] = parent; ws["A2"] = unitname; ws["A1"].font = Font(bold=True)
    ws["F1"] = QH; ws["F2"] = TD
    ws["A3"] = "Số: " + num; ws["F3"] = datestr
    ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (SỐ LIỆU 11 THÁNG)"; ws["A5"].font = Font(bold=True, size=12)
    ws["A6"] = "(Chi tiết theo quý tại các sheet Q1, Q2, Q3, Q4(T10-T11); mã trạng thái xem sheet ChuThich)"
    hdr = ["Mã CV", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Lũy kế 11T", "TT", "Ghi chú"]
    ws.append([]); ws.append(hdr); r0 = ws.max_row
    for c in ws[r0]: c.font = Font(bold=True)
    qs = {q: [] for q in range(4)}
    ents = []
    smap = {"HT": "completed", "DTH": "in_progress", "CTH": "not_started", "KPS": "not_applicable", "": "unknown"}
    for code, txt, task, st, inds, note in rows:
        ind = {}
        if not inds:
            ws.append([code, txt, "", "", "", st, note])
        for k, (nm, dvt, qv, kid, mult) in enumerate(inds):
            tot = round(sum(qv), 2)
            shown = tot if mult == 1 else tot
            ws.append([code if k == 0 else "", txt if k == 0 else "", nm, dvt, shown, st if k == 0 else "", note if k == 0 else ""])
            if kid and mult: ind[kid] = int(round(tot * mult))
            for q in range(4): qs[q].append((code, txt, nm, dvt, qv[q]))
        ents.append((task, smap[st], ind, txt))
    assert len(set(e[0] for e in ents)) == len(ents), fn
    ws.append([]); ws.append(["", "Khó khăn, vướng mắc:"])
    for d in diffs: ws.append(["", "- " + d])
    ws.append(["", "Đề xuất, kiến nghị:"])
    for p in props: ws.append(["", "- " + p])
    ws.append([]); ws.append(["", "Người lập biểu", "", "", "", "THỦ TRƯỞNG ĐƠN VỊ"])
    ws.column_dimensions["B"].width = 55; ws.column_dimensions["C"].width = 30; ws.column_dimensions["G"].width = 30
    for q, nm in enumerate(["Q1", "Q2", "Q3", "Q4(T10-T11)"]):
        s = wb.create_sheet(nm); s.append(["Số liệu " + nm + "/2026 - " + unitname]); s.append(["Mã CV", "Nội dung", "Chỉ tiêu", "ĐVT", "Số liệu kỳ"])
        for row in qs[q]: s.append(list(row))
        s.column_dimensions["B"].width = 50
    c = wb.create_sheet("ChuThich")
    for r in [["Mã TT", "Ý nghĩa"], ["HT", "Hoàn thành"], ["DTH", "Đang thực hiện"], ["CTH", "Chưa thực hiện"], ["KPS", "Không phát sinh"],
              ["", ""], ["Mã CV", "Mã công việc nội bộ của đơn vị (theo sổ giao việc 2026)"], ["Đơn vị tiền", "triệu đồng (số thập phân dùng dấu phẩy)"]]:
        c.append(r)
    wb.save(os.path.join(D, fn))
    key(fn, dict(id=uid, name=kname), num, iso, ents, diffs, props)

# ---------------- Hand B: Hạnh, thống kê: one sheet per topic, KH năm / TH 11T / % so KH, status letters X/Đ/C/K explained under each sheet
def handB(fn, head, unitname, num, datestr, iso, uid, kname, topics, diffs, props):
    # topics: [(sheetname, title, [(ma, chitieu, dvt, kh, th, task, stcode, key_id, mult, note)])]
    wb = Workbook(); first = True
    ents = {}
    smap = {"X": "completed", "Đ": "in_progress", "C": "not_started", "K": "not_applicable", "": "unknown"}
    for sname, title, rows in topics:
        ws = wb.active if first else wb.create_sheet(sname)
        if first: ws.title = sname; first = False
        ws["A1"] = head; ws["A2"] = unitname; ws["A2"].font = Font(bold=True); ws["E1"] = QH; ws["E2"] = TD
        ws["A3"] = "Số: " + num; ws["E3"] = datestr
        ws["A5"] = title; ws["A5"].font = Font(bold=True)
        ws.append(["Mã", "Chỉ tiêu", "ĐVT", "KH năm 2026", "TH 11 tháng", "% so KH", "Tình trạng", "Ghi chú"])
        for c in ws[ws.max_row]: c.font = Font(bold=True)
        for ma, ct, dvt, kh, th, task, st, kid, mult, note in rows:
            pct = "" if (kh in ("", None) or th in ("", None) or kh == 0) else "%s%%" % (("%.1f" % (th * 100.0 / kh)).replace(".", ","))
            ws.append([ma, ct, dvt, kh, th, pct, st, note])
            e = ents.setdefault(task, [None, {}, []])
            if st: e[0] = smap[st]
            if kid and mult and th not in ("", None): e[1][kid] = e[1].get(kid, 0) + int(round(th * mult))
            e[2].append(ct)
        ws.append([]); ws.append(["", "Ghi chú cột Tình trạng: X - đã xong; Đ - đang làm; C - chưa làm; K - không phát sinh. Tiền: triệu đồng."])
        ws.column_dimensions["B"].width = 58; ws.column_dimensions["H"].width = 34
    k = wb.create_sheet("KhoKhan_DeXuat")
    k.append(["STT", "Khó khăn, vướng mắc"])
    for i, d in enumerate(diffs, 1): k.append([i, d])
    k.append([]); k.append(["STT", "Đề xuất, kiến nghị"])
    for i, p in enumerate(props, 1): k.append([i, p])
    k.column_dimensions["B"].width = 100
    wb.save(os.path.join(D, fn))
    key(fn, dict(id=uid, name=kname), num, iso, [(t, v[0] or "unknown", v[1], "; ".join(v[2])) for t, v in ents.items()], diffs, props)

# ---------------- Hand C: Tùng, formal docx; each task: own code heading, short text, embedded biểu "Chỉ tiêu | ĐVT | KH năm | Thực hiện | Đạt (%) | Ghi chú", then "→ Mức độ: …"
def hdr_docx(doc, head, unitname, num, datestr):
    t = doc.add_table(rows=1, cols=2); a, b = t.rows[0].cells
    a.text = (head + "\n" if head else "") + unitname.upper() + "\n\nSố: " + num
    b.text = QH + "\n" + TD + "\n\n" + datestr
def handC(fn, head, unitname, num, datestr, iso, uid, kname, title, intro, items, diffs, props, reject=None):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr_docx(doc, head, unitname, num, datestr)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("BÁO CÁO"); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(title); r.bold = True
    doc.add_paragraph(intro)
    ents = []
    doc.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for code, name, task, txt, rows, verdict, status in items:
        doc.add_paragraph().add_run("[%s] %s" % (code, name)).bold = True
        doc.add_paragraph(txt)
        ind = {}
        if rows:
            t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Chỉ tiêu", "ĐVT", "KH năm", "Thực hiện", "Đạt (%)", "Ghi chú"]): c.text = h
            for ct, dvt, kh, th, kid, val, note in rows:
                cells = t.add_row().cells
                pct = "" if not kh else ("%.1f" % (float(str(th).replace(".", "").replace(",", ".")) * 100 / kh)).replace(".", ",")
                for c, v in zip(cells, [ct, dvt, str(kh) if kh else "-", str(th), pct, note]): c.text = v
                if kid: ind[kid] = val
        if verdict:
            p = doc.add_paragraph(); r = p.add_run("→ Mức độ: " + verdict); r.italic = True
        ents.append((task, status, ind, txt))
    doc.add_paragraph().add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
    for d in diffs: doc.add_paragraph("- " + d)
    doc.add_paragraph().add_run("III. ĐỀ XUẤT, KIẾN NGHỊ").bold = True
    for pp in props: doc.add_paragraph("- " + pp)
    doc.add_paragraph("Nơi nhận:\n- Chi cục TĐC (để tổng hợp);\n- Lưu: VT.")
    p = doc.add_paragraph("THỦ TRƯỞNG ĐƠN VỊ"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(os.path.join(D, fn))
    if reject:
        key(fn, dict(id=uid, name=kname), num, iso, [], [], [], status="rejected", reason=reject)
    else:
        key(fn, dict(id=uid, name=kname), num, iso, ents, diffs, props)

# ---------------- Hand D: Lan, ward/department plain docx: numbered paragraphs, "Kết quả đến ngày 20/11/2026:" with figures and % of ward target, then "Biểu 01" with ĐVT/Ghi chú at the end; status "Tình hình: …"
def handD(fn, head, unitname, num, datestr, iso, uid, kname, title, items, diffs, props, reject=None, extra=None):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr_docx(doc, head, unitname, num, datestr)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(title).bold = True
    if extra: 
        for x in extra: doc.add_paragraph(x)
    ents = []; biu = []
    for i, (name, task, txt, figs, stword, status) in enumerate(items, 1):
        doc.add_paragraph().add_run("%d. %s" % (i, name)).bold = True
        doc.add_paragraph(txt)
        if stword: doc.add_paragraph("Tình hình: " + stword + ".")
        ind = {}
        for lab, dvt, shown, kid, val, note in figs:
            biu.append((str(i), lab, dvt, shown, note))
            if kid: ind[kid] = val
        ents.append((task, status, ind, txt))
    if biu:
        doc.add_paragraph().add_run("Biểu 01. Số liệu kèm theo (tính đến ngày 20/11/2026)").bold = True
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Mục", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"]): c.text = h
        for row in biu:
            for c, v in zip(t.add_row().cells, row): c.text = v
    if diffs:
        doc.add_paragraph().add_run("Khó khăn, vướng mắc").bold = True
        for d in diffs: doc.add_paragraph("+ " + d)
    if props:
        doc.add_paragraph().add_run("Kiến nghị, đề xuất").bold = True
        for pp in props: doc.add_paragraph("+ " + pp)
    p = doc.add_paragraph("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" if "Sở" not in unitname else "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(os.path.join(D, fn))
    if reject: key(fn, dict(id=uid, name=kname), num, iso, [], [], [], status="rejected", reason=reject)
    else: key(fn, dict(id=uid, name=kname), num, iso, ents, diffs, props)

SO = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; CCN = "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"; CCU = "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"
def dstr(d, m, place="Thành phố Hồ Chí Minh"): return "%s, ngày %d tháng %d năm 2026" % (place, d, m)

# ===== Hand A (4 xlsx)
handA("CC-QLDL_bieu-11T-2026.xlsx", "PHÒNG QUẢN LÝ ĐO LƯỜNG", CCU, "47/BC-QLĐL", dstr(18, 11), "2026-11-18", "SKHCN-CCTDC", CCN, [
 ("ĐL-01", "Kiểm tra nhà nước về đo lường tại cơ sở kinh doanh xăng dầu, vàng bạc, cân tại chợ", "II.5.a", "DTH",
  [("Số cuộc kiểm tra", "cuộc", [3, 4, 5, 2], "inspections", 1), ("Cơ sở được kiểm tra", "cơ sở", [21, 30, 34, 12], "establishments_inspected", 1),
   ("Cơ sở vi phạm", "cơ sở", [2, 3, 4, 1], "violations", 1), ("Tiền phạt", "triệu đồng", [18.5, 22.0, 31.25, 7.5], "fines_vnd", 1000000)], "Đợt T12 đang triển khai"),
 ("ĐL-02", "Duy trì chuẩn đo lường chính, hiệu chuẩn liên kết chuẩn lên chuẩn quốc gia", "II.4.c", "DTH",
  [("Chuẩn, chuẩn công tác được hiệu chuẩn liên kết", "chuẩn", [3, 4, 5, 2], "instruments_verified", 1)], "Đạt 87,5% KH năm (16 chuẩn)"),
 ("ĐL-03", "Bảo dưỡng, hiệu chuẩn thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (NĐ 135/2021)", "II.4.b", "HT",
  [("Thiết bị được hiệu chuẩn", "bộ", [0, 6, 8, 0], "instruments_verified", 1), ("Kinh phí", "triệu đồng", [0, 14.2, 19.8, 0], "budget_spent_vnd", 1000000)], ""),
 ("ĐL-04", "Tập huấn nghiệp vụ đo lường cho công chức phường, xã, đặc khu", "II.3.a", "HT",
  [("Lớp tập huấn", "lớp", [0, 2, 1, 0], "training_courses", 1), ("Học viên", "lượt", [0, 148, 71, 0], "participants", 1)], "Tổ chức tại 2 cụm"),
 ("ĐL-05", "Phối hợp UBND phường, xã kiểm tra cân đối chứng, cân tại chợ (nội dung phân cấp)", "II.5.c", "HT",
  [("Cuộc kiểm tra phối hợp với phường, xã", "cuộc", [2, 3, 3, 1], "inspections", 1), ("Hộ kinh doanh tại chợ được kiểm tra", "hộ", [64, 88, 97, 30], "establishments_inspected", 1)], "Kiểm tra tại chợ, không lập biên bản vi phạm"),
], ["Số lượng phương tiện đo nhóm 2 tại chợ truyền thống lớn, một số hộ kinh doanh không hợp tác khi kiểm tra",
    "Thiết bị thử nghiệm nhanh vàng bạc còn thiếu, phải mượn của Trung tâm"],
 ["Đề nghị Sở bổ sung 01 bộ thiết bị kiểm tra nhanh hàm lượng vàng trong năm 2027"])

handA("TTPTTN_THKQ_CT38_11thang.xlsx", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", SO, "312/BC-TTPTTN", dstr(20, 11), "2026-11-20", "SKHCN-TTPTTN",
 "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", [
 ("TT-ĐT-01", "Đầu tư, nâng cấp thiết bị phòng thử nghiệm (máy sắc ký, hệ thống hiệu chuẩn áp suất)", "II.4.a", "DTH",
  [("Thiết bị đã nghiệm thu, đưa vào sử dụng", "bộ", [0, 2, 3, 1], None, 1), ("Kinh phí đã giải ngân", "triệu đồng", [0, 412.6, 1038.45, 260.0], "budget_spent_vnd", 1000000)], "Gói thầu số 3 chờ thẩm định giá"),
 ("TT-DV-02", "Mở rộng phạm vi dịch vụ kỹ thuật: thử nghiệm, kiểm định, hiệu chuẩn cho DN", "II.2.g", "DTH",
  [("Phương tiện đo được kiểm định, hiệu chuẩn", "chiếc", [3105, 3420, 3688, 2214], "instruments_verified", 1), ("Mẫu thử nghiệm", "mẫu", [842, 910, 1023, 655], "samples_tested", 1),
   ("Phép thử mới được công nhận ISO/IEC 17025", "phép thử", [0, 7, 5, 0], None, 1)], ""),
 ("TT-LK-03", "Phối hợp Chi cục duy trì, liên kết chuẩn đo lường", "II.4.c", "HT",
  [("Chuẩn được liên kết lên chuẩn quốc gia", "chuẩn", [2, 3, 1, 0], "instruments_verified", 1)], ""),
 ("TT-ĐT-04", "Tập huấn cho sinh viên, viên chức các trường về đo lường, thử nghiệm", "II.3.d", "HT",
  [("Buổi tập huấn", "buổi", [0, 1, 2, 1], "training_courses", 1), ("Người tham dự", "người", [0, 65, 142, 58], "participants", 1)], "ĐH Bách khoa, CĐ Kỹ thuật Cao Thắng"),
 ("TT-KT-05", "Phối hợp kiểm tra, giám sát (lấy mẫu theo đề nghị của Chi cục)", "II.5.b", "KPS", [], "Năm 2026 Chi cục không đề nghị"),
], ["Đơn giá dịch vụ thử nghiệm chưa được điều chỉnh từ năm 2022, khó cạnh tranh với tổ chức tư nhân",
    "Thủ tục mua sắm thiết bị kéo dài, gói thầu số 3 chưa thể ký hợp đồng trong năm 2026"],
 ["Đề nghị Sở xem xét chuyển nguồn kinh phí gói thầu số 3 sang năm 2027", "Đề nghị Sở trình UBND Thành phố ban hành đơn giá dịch vụ mới"])

handA("CC-QLTCCL_bieu11T.xlsx", "PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG", CCU, "52/BC-TCCL", dstr(17, 11), "2026-11-17", "SKHCN-CCTDC", CCN, [
 ("TC-01", "Hỗ trợ DN áp dụng hệ thống quản lý chất lượng, công cụ năng suất; hướng dẫn công bố hợp chuẩn, hợp quy", "II.2.d", "DTH",
  [("Doanh nghiệp được hỗ trợ, hướng dẫn", "DN", [12, 18, 21, 9], "enterprises_supported", 1), ("Kinh phí hỗ trợ", "triệu đồng", [45.0, 120.5, 98.0, 36.0], "budget_spent_vnd", 1000000)], ""),
 ("TC-02", "Triển khai Chương trình 1322, Đề án 996, Đề án 100 (truy xuất nguồn gốc)", "II.2.a", "DTH",
  [("Hội thảo, tọa đàm", "cuộc", [0, 1, 1, 1], "training_courses", 1), ("Đại biểu tham dự", "lượt", [0, 120, 95, 110], "participants", 1)], "Quý IV theo KH"),
 ("TC-03", "Giải thưởng Chất lượng Quốc gia: tuyên truyền, hướng dẫn hồ sơ, hội đồng sơ tuyển", "II.2.b", "HT",
  [("Tổ chức, DN được hướng dẫn hồ sơ", "DN", [4, 7, 0, 0], "enterprises_supported", 1), ("Tin, bài tuyên truyền", "tin/bài", [3, 5, 2, 0], "communications", 1)], "Hồ sơ đã chuyển Hội đồng quốc gia"),
 ("TC-04", "Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP", "II.2.e", "HT",
  [("Dự thảo TCVN, QCVN đã góp ý", "văn bản", [6, 9, 11, 4], "standards_reviewed", 1)], ""),
 ("TC-05", "Khảo sát chất lượng sản phẩm, hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em)", "II.5.b", "HT",
  [("Mẫu khảo sát", "mẫu", [0, 40, 36, 0], "samples_tested", 1), ("Mẫu không phù hợp", "mẫu", [0, 3, 2, 0], None, 1)], "Đã thông báo kết quả cho Phòng KT-PC"),
 ("TC-06", "Cập nhật điều ước, thỏa thuận quốc tế (WTO/TBT) liên quan", "II.6.a", "DTH",
  [("Thông báo TBT đã phổ biến", "thông báo", [38, 41, 44, 27], "communications", 1)], ""),
], ["Doanh nghiệp nhỏ chưa mặn mà với hệ thống truy xuất nguồn gốc do chi phí duy trì tem, mã",
    "Kinh phí hỗ trợ theo Chương trình 1322 bố trí chậm, đến tháng 6 mới được giao"],
 ["Đề nghị Sở sớm giao dự toán Chương trình 1322 năm 2027 ngay từ Quý I"])

handA("SoCongThuong_CT38_11T.xlsx", "SỞ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "4871/BC-SCT", dstr(24, 11), "2026-11-24", "SO-CT", "Sở Công Thương", [
 ("CT-QLTT-1", "Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường (xăng dầu, phân bón, hàng điện tử)", "II.5.a", "DTH",
  [("Cuộc kiểm tra liên ngành", "cuộc", [2, 3, 2, 1], "inspections", 1), ("Cơ sở được kiểm tra", "cơ sở", [15, 26, 19, 7], "establishments_inspected", 1),
   ("Vi phạm", "trường hợp", [1, 2, 2, 0], "violations", 1), ("Phạt tiền", "triệu đồng", [12.0, 35.5, 20.0, 0], "fines_vnd", 1000000)], ""),
 ("CT-TC-2", "Góp ý dự thảo QCVN, TCVN thuộc lĩnh vực Công Thương", "II.2.e", "HT",
  [("Dự thảo được góp ý", "dự thảo", [2, 1, 3, 1], "standards_reviewed", 1)], ""),
 ("CT-ĐT-3", "Cử công chức dự tập huấn nghiệp vụ TCĐLCL do Chi cục tổ chức", "II.3.a", "HT",
  [("Lượt công chức tham dự", "lượt", [0, 6, 4, 0], "participants", 1)], ""),
 ("CT-TT-4", "Tuyên truyền cho DN xuất nhập khẩu về quy chuẩn, truy xuất nguồn gốc", "II.1.a", "CTH", [], "Chuyển sang Quý I/2027"),
], ["Lực lượng quản lý thị trường sau sắp xếp còn mỏng, khó bố trí đủ thành viên đoàn liên ngành"],
 ["Đề nghị Chi cục TĐC chia sẻ danh sách cơ sở có nguy cơ vi phạm để lập kế hoạch kiểm tra năm 2027"])

# ===== Hand B (3 xlsx)
handB("KTPC_BaoCao_CT38_nam2026.xlsx", SO, "PHÒNG KIỂM TRA – PHÁP CHẾ", "118/BC-KTPC", dstr(19, 11), "2026-11-19", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", [
 ("KiemTra", "Biểu 1. Kiểm tra, xử lý vi phạm về TCĐLCL", [
  ("KT1", "Số cuộc kiểm tra phối hợp với Chi cục", "cuộc", 12, 11, "II.5.a", "Đ", "inspections", 1, "Đoàn T12 đã có quyết định"),
  ("KT2", "Số cơ sở được kiểm tra", "cơ sở", 90, 83, "II.5.a", "", "establishments_inspected", 1, ""),
  ("KT3", "Số cơ sở vi phạm", "cơ sở", "", 9, "II.5.a", "", "violations", 1, ""),
  ("KT4", "Tiền phạt đã ban hành quyết định", "triệu đồng", "", 142.75, "II.5.a", "", "fines_vnd", 1000000, "Đã nộp 128,25 trđ"),
  ("KT5", "Hồ sơ khảo sát chất lượng được tiếp nhận, xử lý sau khảo sát", "hồ sơ", "", 5, "II.5.b", "X", None, 1, "Theo thông báo của Phòng QL TCCL"),
 ]),
 ("PhapChe", "Biểu 2. Pháp chế, thiết bị nghiệp vụ, khen thưởng", [
  ("PC1", "Góp ý dự thảo luật, nghị định, thông tư về TCĐLCL", "văn bản", "", 4, "II.2.c", "X", "standards_reviewed", 0, "Luật Chất lượng SPHH sửa đổi; NĐ hướng dẫn"),
  ("PC2", "Đơn thư phản ánh, tố giác vi phạm được tiếp nhận", "đơn", "", 7, "II.5.d", "Đ", None, 1, "Đã giải quyết 6, còn 1 đang xác minh"),
  ("PC3", "Rà soát danh mục phương tiện kỹ thuật nghiệp vụ (NĐ 135)", "danh mục", 1, 1, "II.4.b", "X", None, 1, ""),
 ]),
], ["Một số cơ sở vi phạm chậm nộp phạt, phải ban hành quyết định cưỡng chế",
    "Chưa có quy chế khen thưởng riêng cho người tố giác vi phạm về TCĐLCL"],
 ["Đề nghị Sở ban hành quy chế phối hợp giữa Phòng KT-PC và Chi cục trong xử lý vi phạm", "Đề nghị bố trí kinh phí khen thưởng người tố giác từ năm 2027"])

handB("CC-HCTH_TongHop_CT38.xlsx", CCU, "PHÒNG HÀNH CHÍNH – TỔNG HỢP", "61/BC-HCTH", dstr(16, 11), "2026-11-16", "SKHCN-CCTDC", CCN, [
 ("ISO_HCC", "Biểu 1. Hệ thống quản lý chất lượng trong cơ quan hành chính (TCVN ISO 9001:2015)", [
  ("I.1", "Cơ quan hành chính được hướng dẫn xây dựng, duy trì, cải tiến HTQLCL", "cơ quan", 40, 36, "II.2.đ", "Đ", "enterprises_supported", 1, "4 phường mới sáp nhập chưa xong"),
  ("I.2", "Lớp hướng dẫn chuyển đổi, cập nhật HTQLCL", "lớp", 3, 3, "II.2.đ", "", "training_courses", 1, ""),
  ("I.3", "Học viên tham dự", "người", 240, 261, "II.2.đ", "", "participants", 1, "Vượt KH"),
 ]),
 ("TapHuan_TT", "Biểu 2. Tập huấn, tuyên truyền", [
  ("T.1", "Lớp tập huấn VBQPPL về TCĐLCL cho DN; tọa đàm DN nhập khẩu", "lớp", 4, 4, "II.1.a", "X", "training_courses", 1, "Quý I-III"),
  ("T.2", "Lượt người tham dự", "lượt", 400, 437, "II.1.a", "", "participants", 1, ""),
  ("T.3", "Tin, bài đăng Trang thông tin điện tử Chi cục", "tin/bài", 60, 52, "II.1.a", "", "communications", 1, ""),
  ("T.4", "Khóa bồi dưỡng chuyên sâu năng suất, chất lượng cho DN", "khóa", 2, 2, "II.3.b", "X", "training_courses", 1, ""),
  ("T.5", "Học viên khóa năng suất", "học viên", 80, 94, "II.3.b", "", "participants", 1, ""),
 ]),
 ("CSDL_DVC", "Biểu 3. Dịch vụ công, cơ sở dữ liệu", [
  ("D.1", "Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ", "đề xuất", 1, 1, "II.2.h", "X", None, 1, "Đã gửi Bộ tháng 3/2026"),
  ("D.2", "Kết nối CSDL quốc gia về TCĐLCL", "%", 100, 70, "II.2.i", "Đ", None, 1, "Còn kết nối dữ liệu kiểm tra nhà nước hàng nhập khẩu"),
 ]),
], ["Nhiều phường, xã mới thay đổi nhân sự đầu mối ISO, phải hướng dẫn lại từ đầu"],
 ["Đề nghị Sở có văn bản đôn đốc các phường, xã cử đầu mối ISO ổn định", "Đề nghị Phòng Chuyển đổi số hỗ trợ kỹ thuật kết nối API với CSDL quốc gia"])

handB("SYT_bieu_CT38_2026.xlsx", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "7420/SYT-NVD", dstr(25, 11), "2026-11-25", "SO-YT", "Sở Y tế", [
 ("TieuChuan", "Biểu 1. Góp ý tiêu chuẩn, quy chuẩn", [
  ("Y1", "Dự thảo QCVN, TCVN về trang thiết bị y tế đã góp ý", "dự thảo", "", 5, "II.2.e", "X", "standards_reviewed", 1, ""),
 ]),
 ("KiemTra", "Biểu 2. Phối hợp kiểm tra", [
  ("Y2", "Cuộc kiểm tra phương tiện đo trong y tế (huyết áp kế, nhiệt kế)", "cuộc", 4, 3, "II.5.a", "Đ", "inspections", 1, "Phối hợp Chi cục TĐC"),
  ("Y3", "Cơ sở khám chữa bệnh được kiểm tra", "cơ sở", 30, 27, "II.5.a", "", "establishments_inspected", 1, ""),
  ("Y4", "Phương tiện đo được kiểm tra, hiệu chuẩn lại", "chiếc", "", 318, "II.5.a", "", "instruments_verified", 1, ""),
 ]),
 ("DaoTao", "Biểu 3. Đào tạo", [
  ("Y5", "Công chức, viên chức được cử tập huấn TCĐLCL", "người", 10, 8, "II.3.a", "X", "participants", 1, ""),
 ]),
], [], ["Đề nghị Chi cục TĐC tổ chức lớp chuyên đề đo lường trong lĩnh vực y tế"])

# ===== Hand C (5 docx)
INTRO = "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và yêu cầu tổng hợp của Chi cục Tiêu chuẩn Đo lường Chất lượng, %s báo cáo kết quả thực hiện 11 tháng năm 2026 (số liệu từ 01/01/2026 đến 15/11/2026) như sau:"
handC("VPSo_BC_CT38_11T2026.docx", SO, "Văn phòng Sở", "205/BC-VP", dstr(18, 11), "2026-11-18", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ",
 "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW 11 tháng năm 2026", INTRO % "Văn phòng Sở", [
 ("VP-NV1", "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Sở", "II.2.đ",
  "Văn phòng Sở phối hợp Chi cục TĐC cập nhật bộ quy trình ISO của Sở theo danh mục thủ tục hành chính mới; tổ chức đánh giá nội bộ tháng 8/2026.",
  [("Quy trình được cập nhật", "quy trình", 45, "48", None, None, ""), ("Cuộc đánh giá nội bộ", "cuộc", 1, "1", None, None, "Tháng 8/2026")],
  "Hoàn thành (đạt 106,7% số quy trình dự kiến)", "completed"),
 ("VP-NV2", "Khen thưởng người tố giác, xử lý tiêu cực trong lĩnh vực TCĐLCL", "II.5.d",
  "Trong kỳ không phát sinh trường hợp đề nghị khen thưởng người tố giác; không phát hiện hành vi tham nhũng, tiêu cực.", [], "Không phát sinh", "not_applicable"),
 ("VP-NV3", "Phối hợp đầu tư cơ sở vật chất cho đơn vị sự nghiệp", "II.4.a",
  "Văn phòng thẩm định dự toán mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm; trình Giám đốc Sở phê duyệt kế hoạch lựa chọn nhà thầu.",
  [("Hồ sơ dự toán đã thẩm định", "hồ sơ", 4, "3", None, None, "01 hồ sơ chờ báo giá")], "Đang thực hiện (đạt 75,0% KH)", "in_progress"),
 ("VP-NV4", "Phối hợp kết nối Cổng một cửa quốc gia (kiểm tra hàng nhập khẩu)", "II.2.h",
  "Đã bố trí tài khoản, phân quyền xử lý hồ sơ trên Hệ thống; đã chạy thử liên thông từ tháng 02/2026.", [], "Hoàn thành", "completed"),
], ["Nhân sự làm ISO kiêm nhiệm nhiều việc, thường xuyên thay đổi sau sắp xếp bộ máy"],
 ["Đề nghị Chi cục TĐC tổ chức lớp đánh giá viên nội bộ ISO cho công chức Văn phòng"])

handC("PhongCDS_BC-CT38.docx", SO, "Phòng Chuyển đổi số", "88/BC-CĐS", dstr(20, 11), "2026-11-20", "SKHCN-CDS", "Phòng Chuyển đổi số",
 "Tình hình thực hiện các nhiệm vụ phối hợp theo Kế hoạch Chỉ thị 38-CT/TW năm 2026", INTRO % "Phòng Chuyển đổi số", [
 ("CĐS-01", "Cải tiến hệ thống giải quyết TTHC, liên thông Cổng một cửa quốc gia", "II.2.h",
  "Phối hợp Chi cục rà soát quy trình điện tử đối với 12 thủ tục lĩnh vực TCĐLCL; đề xuất Bộ bổ sung trường dữ liệu số tờ khai hải quan.",
  [("Thủ tục được rà soát, cấu hình lại", "thủ tục", 12, "12", None, None, ""), ("Tỷ lệ hồ sơ nộp trực tuyến", "%", 90, "93,6", None, None, "Tháng 10/2026")],
  "Hoàn thành", "completed"),
 ("CĐS-02", "Kết nối cơ sở dữ liệu quốc gia về TCĐLCL", "II.2.i",
  "Đã hoàn thành kết nối dữ liệu phương tiện đo và chứng nhận hợp quy; đang thử nghiệm đồng bộ dữ liệu kiểm tra nhà nước.",
  [("Nhóm dữ liệu đã kết nối", "nhóm", 5, "3", None, None, "02 nhóm đang thử nghiệm"), ("Kinh phí đã chi", "triệu đồng", 120, "84,5", "budget_spent_vnd", 84500000, "")],
  "Đang thực hiện (đạt 60,0% số nhóm dữ liệu)", "in_progress"),
 ("CĐS-03", "Tuyên truyền TCĐLCL trên nền tảng số của Sở", "II.1.a",
  "Đăng tải tin bài, infographic trên Cổng thông tin điện tử và fanpage của Sở.",
  [("Tin, bài, infographic", "tin/bài", 24, "31", "communications", 31, "")], "Hoàn thành, vượt kế hoạch", "completed"),
], ["Hạ tầng của Bộ chưa mở đầy đủ API dữ liệu kiểm tra nhà nước"],
 ["Đề nghị Sở có văn bản gửi Ủy ban TCĐLCL Quốc gia đề nghị mở API đồng bộ dữ liệu"])

handC("QLKH_baocao_CT38_nam2026.docx", SO, "Phòng Quản lý Khoa học", "143/BC-QLKH", dstr(23, 11), "2026-11-23", "SKHCN-QLKH", "Phòng Quản lý Khoa học",
 "Kết quả thực hiện nhiệm vụ được giao tại Kế hoạch Chỉ thị 38-CT/TW năm 2026", INTRO % "Phòng Quản lý Khoa học", [
 ("QLKH-1", "Thu hút chuyên gia, nhà khoa học lĩnh vực TCĐLCL (NQ 27/2023, QĐ 05/2026)", "II.3.c",
  "Phòng đã thông báo nhu cầu thu hút; tiếp nhận và thẩm định hồ sơ chuyên gia lĩnh vực đo lường, thử nghiệm.",
  [("Hồ sơ chuyên gia được tiếp nhận", "hồ sơ", 5, "3", None, None, ""), ("Chuyên gia được thu hút", "người", 2, "1", None, None, "Chuyên gia đo lường áp suất")],
  "Đang thực hiện (đạt 50,0% chỉ tiêu năm)", "in_progress"),
 ("QLKH-2", "Nhiệm vụ KH&CN hỗ trợ nâng cao năng suất, chất lượng (Chương trình 1322)", "II.2.a",
  "Phê duyệt và đặt hàng nhiệm vụ KH&CN về ứng dụng công cụ năng suất cho DN chế biến thực phẩm.",
  [("Nhiệm vụ được phê duyệt", "nhiệm vụ", 3, "2", None, None, ""), ("Kinh phí đã cấp", "triệu đồng", 900, "615,8", "budget_spent_vnd", 615800000, "Tạm ứng đợt 1")],
  "Đang thực hiện", "in_progress"),
 ("QLKH-3", "Phối hợp khóa bồi dưỡng chuyên sâu về năng suất, chất lượng", "II.3.b",
  "Cử chuyên viên tham gia giảng dạy 01 chuyên đề tại khóa bồi dưỡng do Chi cục tổ chức.", [], "Hoàn thành", "completed"),
 ("QLKH-4", "Phối hợp APO thúc đẩy năng suất khu vực công", "II.6.b",
  "Trong năm chưa nhận được yêu cầu phối hợp từ Ủy ban TCĐLCL Quốc gia.", [], "Chưa thực hiện", "not_started"),
], ["Mức thu nhập theo Nghị quyết 27/2023 chưa đủ hấp dẫn chuyên gia đầu ngành đo lường"],
 ["Đề nghị Sở kiến nghị UBND Thành phố điều chỉnh cơ chế thu hút chuyên gia lĩnh vực TCĐLCL"])

handC("TTCNTT-DKG_BC_CT38.docx", SO, "Trung tâm Công nghệ thông tin và Địa không gian", "97/BC-TTCNTT", dstr(21, 11), "2026-11-21", "SKHCN-TTCNTT",
 "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
 "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", INTRO % "Trung tâm", [
 ("TT-CSDL", "Hạ tầng kết nối CSDL quốc gia về TCĐLCL", "II.2.i",
  "Trung tâm cấp máy chủ ảo, cấu hình đường truyền bảo mật phục vụ kết nối; giám sát vận hành 24/7.",
  [("Máy chủ ảo được cấp", "máy", 2, "2", None, None, ""), ("Kinh phí thuê dịch vụ", "triệu đồng", 60, "47,25", "budget_spent_vnd", 47250000, "")],
  "Đang thực hiện", "in_progress"),
 ("TT-BD", "Bản đồ số cơ sở kinh doanh xăng dầu phục vụ kiểm tra", "II.5.a",
  "Số hóa vị trí cửa hàng xăng dầu lên nền bản đồ dùng chung, chia sẻ cho Chi cục TĐC phục vụ lập kế hoạch kiểm tra.",
  [("Cửa hàng được số hóa vị trí", "cửa hàng", 600, "562", None, None, "Không phải cơ sở được kiểm tra")], "Đang thực hiện (đạt 93,7%)", "in_progress"),
 ("TT-TH", "Tập huấn sử dụng phần mềm cho công chức Chi cục", "II.3.a",
  "Tổ chức 01 buổi hướng dẫn khai thác dữ liệu bản đồ cho công chức Chi cục và phường, xã.",
  [("Buổi hướng dẫn", "buổi", 1, "1", "training_courses", 1, ""), ("Người tham dự", "người", 40, "46", "participants", 46, "")], "Hoàn thành", "completed"),
], [], ["Đề nghị Chi cục cung cấp danh mục dữ liệu cần chia sẻ để Trung tâm chuẩn hóa trước Quý I/2027"])

handC("SoNNMT_BC_PCTT_11T.docx", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Sở Nông nghiệp và Môi trường", "6135/BC-SNNMT", dstr(22, 11), "2026-11-22", "SO-NNMT", "Sở Nông nghiệp và Môi trường",
 "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 11 tháng năm 2026",
 "Thực hiện chỉ đạo của Ban Chỉ huy phòng thủ dân sự Thành phố, Sở Nông nghiệp và Môi trường báo cáo kết quả công tác phòng, chống thiên tai 11 tháng năm 2026 như sau:", [
 ("PCTT-1", "Ứng phó triều cường, sạt lở bờ sông", "",
  "Tổ chức kiểm tra 14 điểm sạt lở; di dời 37 hộ dân ra khỏi khu vực nguy hiểm; gia cố 2,4 km bờ bao.",
  [("Điểm sạt lở được kiểm tra", "điểm", 20, "14", None, None, ""), ("Hộ dân được di dời", "hộ", "", "37", None, None, "")], "Đang thực hiện", "unknown"),
 ("PCTT-2", "Diễn tập phòng chống thiên tai cấp Thành phố", "",
  "Tổ chức diễn tập tại xã Cần Giờ (cũ) với 350 người tham gia.", [("Cuộc diễn tập", "cuộc", 1, "1", None, None, "")], "Hoàn thành", "unknown"),
], ["Kinh phí khắc phục sạt lở còn thiếu"], ["Đề nghị Thành phố bổ sung kinh phí dự phòng"],
 reject="Báo cáo về công tác phòng, chống thiên tai, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")

# ===== Hand D (5 docx)
UB = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
handD("HoaLoi_BC_CT38_11thang.docx", UB, "Ủy ban nhân dân phường Hòa Lợi", "412/BC-UBND", dstr(19, 11, "Hòa Lợi"), "2026-11-19", "25849", "Phường Hòa Lợi",
 "BÁO CÁO\nKết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 (11 tháng)", [
 ("Kiểm tra đo lường, chất lượng theo phân cấp", "II.5.c",
  "Kết quả đến ngày 20/11/2026: Phòng Kinh tế phường phối hợp Chi cục TĐC kiểm tra 05 cuộc tại 42 cơ sở kinh doanh (chợ Hòa Lợi, cửa hàng xăng dầu, tiệm vàng); phát hiện 04 cơ sở vi phạm, xử phạt 9,5 triệu đồng. Số cuộc đạt 83,3% chỉ tiêu phường giao (06 cuộc).",
  [("Cuộc kiểm tra", "cuộc", "05", "inspections", 5, "KH phường: 06"), ("Cơ sở được kiểm tra", "cơ sở", "42", "establishments_inspected", 42, ""),
   ("Cơ sở vi phạm", "cơ sở", "04", "violations", 4, ""), ("Tiền phạt", "đồng", "9.500.000", "fines_vnd", 9500000, "Đã nộp kho bạc")],
  "còn 01 cuộc dự kiến tháng 12, đang thực hiện", "in_progress"),
 ("Tuyên truyền pháp luật TCĐLCL đến hộ kinh doanh", "II.1.a",
  "Đăng 08 tin trên loa truyền thanh và trang Zalo phường; lồng ghép 02 buổi phổ biến cho 135 hộ kinh doanh tại chợ.",
  [("Tin, tờ rơi tuyên truyền", "tin", "08", "communications", 8, "Không tính tờ rơi"), ("Buổi phổ biến", "buổi", "02", "training_courses", 2, ""), ("Người tham dự", "người", "135", "participants", 135, "")],
  "đã hoàn thành", "completed"),
 ("Cử công chức dự tập huấn nghiệp vụ", "II.3.a",
  "Cử 03 công chức (Phòng Kinh tế, Văn phòng HĐND-UBND) dự lớp tập huấn nghiệp vụ đo lường do Chi cục tổ chức tháng 6/2026.",
  [("Công chức dự tập huấn", "người", "03", "participants", 3, "")], "đã hoàn thành", "completed"),
 ("Áp dụng ISO 9001:2015 tại UBND phường", "II.2.đ",
  "Phường đang xây dựng lại hệ thống quy trình sau sắp xếp; đã ban hành 28/52 quy trình (53,8%).",
  [], "đang thực hiện", "in_progress"),
], ["Cán bộ phụ trách kiêm nhiệm, chưa được đào tạo chuyên sâu về đo lường", "Phường chưa có cân đối chứng tại chợ"],
 ["Đề nghị Chi cục TĐC hỗ trợ 02 cân đối chứng cho chợ Hòa Lợi"])

handD("MinhPhung_bc-ct38-2026.docx", UB, "Ủy ban nhân dân phường Minh Phụng", "538/BC-UBND", dstr(16, 11, "Minh Phụng"), "2026-11-16", "27238", "Phường Minh Phụng",
 "BÁO CÁO\nTình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng 11 tháng năm 2026", [
 ("Kiểm tra, giám sát đo lường, chất lượng trên địa bàn", "II.5.c",
  "Kết quả đến ngày 20/11/2026: thành lập tổ kiểm tra liên ngành, kiểm tra 03 cuộc đối với 27 cơ sở kinh doanh vàng bạc, xăng dầu, mũ bảo hiểm; chưa phát hiện vi phạm.",
  [("Cuộc kiểm tra", "cuộc", "03", "inspections", 3, ""), ("Cơ sở được kiểm tra", "cơ sở", "27", "establishments_inspected", 27, ""),
   ("Cơ sở vi phạm", "cơ sở", "0", "violations", 0, "Không phát hiện")], "đã hoàn thành kế hoạch kiểm tra năm (03/03 cuộc, đạt 100%)", "completed"),
 ("Tuyên truyền, phổ biến", "II.1.a",
  "Đăng 12 tin bài trên trang thông tin điện tử phường về ghi nhãn hàng hóa, truy xuất nguồn gốc.",
  [("Tin bài", "tin bài", "12", "communications", 12, "")], "đã hoàn thành", "completed"),
 ("Tập huấn cho công chức phường", "II.3.a",
  "Chưa cử được công chức tham dự do trùng lịch tiếp công dân; sẽ đăng ký lớp Quý I/2027.", [], "chưa thực hiện", "not_started"),
], [], ["Đề nghị Chi cục TĐC thông báo lịch tập huấn năm 2027 sớm để phường bố trí người tham dự"])

handD("XuyenMoc_BC_TDC_2026.docx", UB, "Ủy ban nhân dân xã Xuyên Mộc", "227/BC-UBND", dstr(24, 11, "Xuyên Mộc"), "2026-11-24", "26632", "Xã Xuyên Mộc",
 "BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 trên địa bàn xã", [
 ("Quản lý đo lường tại chợ và cửa hàng xăng dầu (nội dung phân cấp)", "II.5.c",
  "Kết quả đến ngày 20/11/2026: xã phối hợp Chi cục TĐC kiểm tra 02 cuộc, 18 cơ sở; 02 cơ sở vi phạm về đo lường, xử phạt tổng cộng 4,25 triệu đồng; tháo gỡ 06 cân sai số.",
  [("Cuộc kiểm tra", "cuộc", "02", "inspections", 2, ""), ("Cơ sở được kiểm tra", "cơ sở", "18", "establishments_inspected", 18, "Chợ Xuyên Mộc, 09 CHXD"),
   ("Cơ sở vi phạm", "cơ sở", "02", "violations", 2, ""), ("Tiền phạt", "triệu đồng", "4,25", "fines_vnd", 4250000, "")],
  "đang thực hiện, dự kiến kiểm tra thêm đợt Tết", "in_progress"),
 ("Hướng dẫn hợp tác xã, hộ sản xuất truy xuất nguồn gốc, công bố chất lượng", "II.2.d",
  "Phối hợp Chi cục hướng dẫn 07 hợp tác xã, cơ sở sản xuất nông sản lập hồ sơ tự công bố và dán tem truy xuất nguồn gốc.",
  [("HTX, cơ sở được hướng dẫn", "đơn vị", "07", "enterprises_supported", 7, "Đạt 70,0% KH xã (10 đơn vị)")], "đang thực hiện", "in_progress"),
 ("Tuyên truyền trên hệ thống truyền thanh xã", "II.1.a",
  "Phát 15 tin trên đài truyền thanh xã.", [("Tin phát thanh", "tin", "15", "communications", 15, "")], "", "unknown"),
], ["Địa bàn xã rộng, cơ sở kinh doanh phân tán, thiếu phương tiện đi lại cho tổ kiểm tra"],
 ["Đề nghị Chi cục TĐC tăng số đợt phối hợp kiểm tra tại xã trong năm 2027", "Đề nghị hỗ trợ kinh phí in tờ rơi tuyên truyền"])

handD("XuanThoiSon_BC_CDS_11T2026.docx", UB, "Ủy ban nhân dân xã Xuân Thới Sơn", "301/BC-UBND", dstr(20, 11, "Xuân Thới Sơn"), "2026-11-20", "27577", "Xã Xuân Thới Sơn",
 "BÁO CÁO\nKết quả thực hiện chuyển đổi số và Đề án 06 trên địa bàn xã 11 tháng năm 2026", [
 ("Dịch vụ công trực tuyến", "", "Tỷ lệ hồ sơ nộp trực tuyến đạt 82,4%; tiếp nhận 3.415 hồ sơ.", [("Hồ sơ trực tuyến", "hồ sơ", "3.415", None, None, "")], "đang thực hiện", "unknown"),
 ("Tổ công nghệ số cộng đồng", "", "Duy trì 12 tổ với 86 thành viên; hướng dẫn 1.250 người dân cài đặt VNeID.", [("Tổ CNSCĐ", "tổ", "12", None, None, "")], "đã hoàn thành", "unknown"),
], ["Hạ tầng mạng tại các ấp xa còn yếu"], ["Đề nghị Thành phố hỗ trợ thiết bị cho bộ phận một cửa"],
 reject="Báo cáo về chuyển đổi số và Đề án 06, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")

handD("SoXayDung_BC_CT38.docx", UB, "Sở Xây dựng", "9012/BC-SXD", dstr(26, 11), "2026-11-26", "SO-XD", "Sở Xây dựng",
 "BÁO CÁO\nKết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (lĩnh vực vật liệu xây dựng)", [
 ("Góp ý quy chuẩn, tiêu chuẩn về vật liệu xây dựng", "II.2.e",
  "Sở đã góp ý 06 dự thảo TCVN, QCVN do Bộ Xây dựng và Bộ KH&CN lấy ý kiến (xi măng, kính xây dựng, thép cốt bê tông).",
  [("Dự thảo được góp ý", "dự thảo", "06", "standards_reviewed", 6, "")], "đã hoàn thành", "completed"),
 ("Kiểm tra chất lượng vật liệu xây dựng lưu thông", "II.5.a",
  "Phối hợp Chi cục TĐC kiểm tra 02 cuộc tại 14 cơ sở kinh doanh vật liệu; lấy 21 mẫu thép, xi măng thử nghiệm, 19/21 mẫu đạt (90,5%); 02 cơ sở vi phạm, phạt 30 triệu đồng.",
  [("Cuộc kiểm tra", "cuộc", "02", "inspections", 2, ""), ("Cơ sở được kiểm tra", "cơ sở", "14", "establishments_inspected", 14, ""),
   ("Mẫu thử nghiệm", "mẫu", "21", "samples_tested", 21, "19 mẫu đạt"), ("Cơ sở vi phạm", "cơ sở", "02", "violations", 2, ""), ("Tiền phạt", "đồng", "30.000.000", "fines_vnd", 30000000, "")],
  "đang thực hiện", "in_progress"),
 ("Cử cán bộ dự tập huấn", "II.3.a", "Cử 04 công chức Phòng Quản lý vật liệu dự tập huấn do Chi cục tổ chức.",
  [("Công chức dự tập huấn", "người", "04", "participants", 4, "")], "đã hoàn thành", "completed"),
], ["Chưa có quy chuẩn địa phương về vật liệu xây dựng không nung"], ["Đề nghị Sở KH&CN chủ trì xây dựng quy chuẩn kỹ thuật địa phương về vật liệu xây dựng không nung"])

# ---- re-save two through LibreOffice, then keys
import tempfile
for fn in ["MinhPhung_bc-ct38-2026.docx", "CC-HCTH_TongHop_CT38.xlsx"]:
    tmp = tempfile.mkdtemp(); ext = fn.rsplit(".", 1)[1]
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo183prof", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(D, fn)], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, fn), os.path.join(D, fn))
for fn, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(D, fn), "rb").read()).hexdigest()
    k = {x: k[x] for x in ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]}
    json.dump(k, open(os.path.join(D, "truth", fn + ".json"), "w"), ensure_ascii=False, indent=1)
print(len(KEYS))
