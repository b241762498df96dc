import sys, os, re, json, hashlib, zipfile, shutil, subprocess, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import R
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
def dots(n): return f"{n:,}".replace(",", ".")
def dmy(iso):
    y, m, d = iso.split("-"); return int(d), int(m), int(y)
def dateline(r):
    d, m, y = dmy(r["date"]); return f"{r['place']}, ngày {d:02d} tháng {m} năm {y}"
LBL = {"inspections": ("Số cuộc kiểm tra", "cuộc"), "establishments_inspected": ("Số cơ sở được kiểm tra", "cơ sở"),
       "violations": ("Số cơ sở vi phạm", "cơ sở"), "fines_vnd": ("Tiền xử phạt VPHC", "đồng"),
       "communications": ("Tin, bài, tài liệu tuyên truyền", "tin/bài"), "training_courses": ("Hội nghị, lớp tập huấn", "lớp"),
       "participants": ("Lượt người tham dự", "lượt người"), "enterprises_supported": ("Cơ sở, doanh nghiệp được hướng dẫn", "cơ sở"),
       "samples_tested": ("Mẫu được lấy khảo sát", "mẫu"), "standards_reviewed": ("Dự thảo TCVN/QCVN/QCĐP đã góp ý, xây dựng", "văn bản"),
       "instruments_verified": ("Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện"), "budget_spent_vnd": ("Kinh phí đã giải ngân", "đồng")}
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True, name="Times New Roman", size=12); N = Font(name="Times New Roman", size=12)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------- H1 ----------------
SYM = {"completed": "●", "in_progress": "◐", "not_started": "○", "not_applicable": "–"}
def h1_sheet(ws, r, title, qi, with_num, data=None):
    ws["A1"] = r["hdr"]; ws["A1"].font = B
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = B
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = B
    ws["A2"] = ("Số: " + r["number"]) if with_num else "Biểu kèm báo cáo"
    ws["D3"] = dateline(r) if with_num else ""
    ws["A5"] = title; ws["A5"].font = B
    ws["A6"] = "Ký hiệu tình trạng: ● hoàn thành, ◐ đang thực hiện, ○ chưa thực hiện, – không phát sinh"
    ws["A6"].font = Font(italic=True, name="Times New Roman", size=11)
    hd = ["STT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Số lượng", "Tình trạng"]
    for i, h in enumerate(hd, 1):
        c = ws.cell(7, i, h); c.font = B; c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
    row = 8; cells = {}
    for k, (code, name, st, ind) in enumerate(r["tasks"], 1):
        items = list(ind.items()) or [(None, None)]
        for j, (iid, trip) in enumerate(items):
            if j == 0:
                ws.cell(row, 1, k); ws.cell(row, 2, name)
                if qi is None: s = st
                elif qi == 2: s = st
                else: s = st if st in ("not_started", "not_applicable") else "in_progress"
                if data is not None: s = data[k-1]
                ws.cell(row, 6, SYM[s]).alignment = Alignment(horizontal="center")
            if iid:
                lab, dvt = LBL[iid]; ws.cell(row, 3, lab); ws.cell(row, 4, dvt)
                if qi is None: cells[f"E{row}"] = sum(trip)
                else:
                    v = trip[qi] if data is None else trip
                    c = ws.cell(row, 5, v); c.number_format = "#,##0"
            else:
                ws.cell(row, 3, "-")
            for col in range(1, 7):
                ws.cell(row, col).border = BOX
                if ws.cell(row, col).font != B: ws.cell(row, col).font = N
                if col in (2, 3): ws.cell(row, col).alignment = WRAP
            row += 1
    return row, cells
def gen_h1(r):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    qn = ["Quý I", "Quý II", "Quý III"]
    for qi, q in enumerate(qn):
        ws = wb.create_sheet(q)
        h1_sheet(ws, r, f"KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW – {q.upper()}/2026", qi, False)
    ws = wb.create_sheet("Lũy kế")
    row, cells = h1_sheet(ws, r, "LŨY KẾ KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (Quý I + Quý II + Quý III)", None, True)
    for ref in cells:
        ws[ref] = "=SUM('Quý I'!%s,'Quý II'!%s,'Quý III'!%s)" % (ref, ref, ref); ws[ref].number_format = "#,##0"; ws[ref].border = BOX
    row += 1
    ws.cell(row, 2, "Khó khăn, vướng mắc:").font = B; row += 1
    for d in r["diffs"]: ws.cell(row, 2, "- " + d); row += 1
    ws.cell(row, 2, "Kiến nghị, đề xuất:").font = B; row += 1
    for p in r["props"]: ws.cell(row, 2, "- " + p); row += 1
    row += 1; ws.cell(row, 4, "NGƯỜI LẬP BIỂU").font = B; ws.cell(row + 4, 4, r.get("signer", "Trần Thị Mỹ Hạnh"))
    # last year's very hidden sheet
    old = wb.create_sheet("Năm 2025")
    r25 = dict(r); r25["number"] = r["number"].split("/")[0] + "/BC-UBND (2025)"
    h1_sheet(old, r25, "KẾT QUẢ NĂM 2025 (số liệu cũ để đối chiếu)", 0, False)
    for rr in old.iter_rows(min_row=8, min_col=5, max_col=5):
        for c in rr:
            if isinstance(c.value, int): c.value = c.value * 2 + 3
    old.sheet_state = "veryHidden"
    for s in wb.worksheets:
        s.column_dimensions["B"].width = 48; s.column_dimensions["C"].width = 34; s.column_dimensions["D"].width = 14
        s.column_dimensions["E"].width = 14; s.column_dimensions["F"].width = 12
    wb.active = 3
    p = os.path.join(OUT, r["fn"]); wb.save(p)
    # write cached values into Lũy kế formulas
    idx = wb.sheetnames.index("Lũy kế") + 1
    name = f"xl/worksheets/sheet{idx}.xml"
    zin = zipfile.ZipFile(p); tmp = p + ".tmp"; zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        b = zin.read(it.filename)
        if it.filename == name:
            x = b.decode()
            for ref, v in cells.items():
                x, n = re.subn(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/>' % ref, r'\g<1>\g<2><v>%d</v>' % v, x)
                if n == 0: x, n = re.subn(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v></v>' % ref, r'\g<1>\g<2><v>%d</v>' % v, x)
                if n == 0: x, n = re.subn(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(</c>)' % ref, r'\g<1>\g<2><v>%d</v>\g<3>' % v, x)
                assert n == 1, (ref, x[:300])
            b = x.encode()
        zout.writestr(it, b)
    zout.close(); zin.close(); os.replace(tmp, p)

# ---------------- H2 ----------------
ST2 = {"completed": "Đã xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "Không có phát sinh"}
def h2_head(ws, r, title):
    ws["A1"] = r.get("parent", r["hdr"]) if r.get("parent") else r["hdr"]
    if r.get("parent"): ws["A2"] = r["hdr"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + r["number"]; ws["D3"] = dateline(r)
    ws["A5"] = title
    for c in ("A1", "A2", "D1", "D2", "A5"): ws[c].font = B
def gen_h2(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38" if not r.get("mistaken") else "BC CDS"
    if r.get("mistaken"):
        h2_head(ws, r, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ, CHÍNH QUYỀN SỐ 11 THÁNG NĂM 2026")
        rows = [("1", "Hồ sơ thủ tục hành chính tiếp nhận trực tuyến", "12.480", "hồ sơ", "Đang làm"),
                ("2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "98,6", "%", "Đã xong"),
                ("3", "Tài khoản định danh điện tử mức 2 được kích hoạt", "21.375", "tài khoản", "Đang làm"),
                ("4", "Tổ công nghệ số cộng đồng được kiện toàn", "14", "tổ", "Đã xong"),
                ("5", "Số hóa hồ sơ hộ tịch", "36.920", "trang", "Đang làm")]
        hdr = ["TT", "Nội dung chuyển đổi số", "Số liệu", "Đơn vị tính", "Tình trạng", "Ghi chú"]
    else:
        h2_head(ws, r, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (từ 01/01 đến 15/11/2026)")
        rows = []
        for k, (code, name, st, ind) in enumerate(r["tasks"], 1):
            rows.append((str(k), name, "", "", ST2[st]))
            for iid, trip in ind.items():
                lab, dvt = LBL[iid]; rows.append(("", "+ " + lab, dots(sum(trip)), dvt, ""))
        hdr = ["TT", "Việc đã làm", "Số liệu", "Đơn vị tính", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = B; c.border = BOX
    row = 8
    for t in rows:
        for i, v in enumerate(t, 1):
            c = ws.cell(row, i, v); c.border = BOX; c.font = B if (i == 2 and t[0]) else N
            c.alignment = WRAP; c.number_format = "@"
        ws.cell(row, 6).border = BOX; row += 1
    row += 1
    if r["diffs"]:
        ws.cell(row, 2, "Khó khăn:").font = B; row += 1
        for d in r["diffs"]: ws.cell(row, 2, "- " + d).alignment = WRAP; row += 1
    if r["props"]:
        ws.cell(row, 2, "Đề xuất:").font = B; row += 1
        for p in r["props"]: ws.cell(row, 2, "- " + p).alignment = WRAP; row += 1
    ws.cell(row + 1, 4, "NGƯỜI BÁO CÁO").font = B; ws.cell(row + 5, 4, "Lê Văn Tùng")
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 60; ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 12; ws.column_dimensions["E"].width = 18; ws.column_dimensions["F"].width = 14
    wb.save(os.path.join(OUT, r["fn"]))

# ---------------- H3 ----------------
ST3 = {"completed": "Đã hoàn thành.", "in_progress": "Đang tiếp tục thực hiện.", "not_started": "Chưa triển khai.", "not_applicable": "Không phát sinh."}
def fmt3(v, money):
    if money: return dots(v)
    return f"{v:02d}"
def gen_h3(r):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = doc.add_table(rows=2, cols=2)
    left = (r.get("parent", "") + "\n" if r.get("parent") else "") + r["hdr"]
    t.cell(0, 0).text = left; t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = "Số: " + r["number"]; t.cell(1, 1).text = dateline(r)
    for c in (t.cell(0, 0), t.cell(0, 1)):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rn in p.runs: rn.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("BÁO CÁO").bold = True
    if r.get("mistaken"):
        p = doc.add_paragraph("Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("Kính gửi: Ban Chỉ đạo các chương trình mục tiêu quốc gia Thành phố")
        body = ["I. KẾT QUẢ THỰC HIỆN",
                "1. Về rà soát hộ nghèo, hộ cận nghèo",
                "- Số hộ nghèo đầu năm: 12 (Quý I) → còn 07 hộ (Quý III) = giảm 05 hộ.",
                "- Số hộ cận nghèo: 31 + 0 + 0 = 31 hộ. Đánh giá: Đã hoàn thành.",
                "2. Về hỗ trợ nhà ở cho hộ nghèo",
                "- Số căn nhà hỗ trợ xây mới, sửa chữa: 02 (Quý I) + 03 (Quý II) + 01 (Quý III) = 06 căn; kinh phí 60.000.000 + 90.000.000 + 30.000.000 = 180.000.000 đồng.",
                "Đánh giá: Đang tiếp tục thực hiện.",
                "3. Về đào tạo nghề cho lao động nông thôn",
                "- Số lớp: 01 + 01 + 02 = 04 lớp; học viên: 35 + 30 + 62 = 127 lượt người.",
                "II. KHÓ KHĂN, VƯỚNG MẮC", "- Nguồn vốn hỗ trợ sinh kế phân bổ chậm.",
                "III. ĐỀ XUẤT, KIẾN NGHỊ", "- Đề nghị sớm phân bổ vốn sự nghiệp giảm nghèo năm 2027."]
        for b in body: doc.add_paragraph(b)
    else:
        p = doc.add_paragraph("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("(số liệu cộng dồn Quý I + Quý II + Quý III, tính đến ngày 15/11/2026)").alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh")
        doc.add_paragraph(f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, {r['uname']} báo cáo kết quả như sau:")
        doc.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
        for k, (code, name, st, ind) in enumerate(r["tasks"], 1):
            doc.add_paragraph().add_run(f"{k}. Về {name}").bold = True
            if not ind:
                doc.add_paragraph(f"Trong kỳ, {r['uname']} đã quán triệt nội dung này tới các bộ phận liên quan; chưa có số liệu cụ thể để báo cáo." if st != "not_started" else "Trong kỳ chưa có lớp tập huấn được tổ chức nên đơn vị chưa cử người tham gia.")
            for iid, trip in ind.items():
                lab, dvt = LBL[iid]; money = iid.endswith("_vnd")
                parts = " + ".join(f"{fmt3(v, money)} ({q})" for v, q in zip(trip, ["Quý I", "Quý II", "Quý III"]))
                doc.add_paragraph(f"- {lab}: {parts} = {fmt3(sum(trip), money)} {dvt}.")
            pp = doc.add_paragraph(); rr = pp.add_run("Đánh giá: "); rr.italic = True; pp.add_run(ST3[st])
        doc.add_paragraph().add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
        for d in r["diffs"]: doc.add_paragraph("- " + d)
        doc.add_paragraph().add_run("III. ĐỀ XUẤT, KIẾN NGHỊ").bold = True
        for pr in r["props"]: doc.add_paragraph("- " + pr)
    s = doc.add_table(rows=1, cols=2)
    s.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    s.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Hoàng Phúc" if r["uid"][0].isdigit() else "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nVõ Thị Thanh Hương"
    doc.save(os.path.join(OUT, r["fn"]))

# ---------------- H4 ----------------
ST4 = {"completed": "✔ xong", "in_progress": "⟳ đang làm", "not_started": "✖ chưa làm", "not_applicable": "— không PS"}
SH4 = {"inspections": "Cuộc KT", "establishments_inspected": "Cơ sở KT", "violations": "Vi phạm", "fines_vnd": "Tiền phạt",
       "communications": "Tin bài", "training_courses": "Số lớp", "participants": "Học viên", "enterprises_supported": "DN được hỗ trợ",
       "samples_tested": "Số mẫu", "standards_reviewed": "Dự thảo góp ý", "instruments_verified": "PTĐ kiểm định/hiệu chuẩn",
       "budget_spent_vnd": "Kinh phí giải ngân"}
def h4_fill(ws, r, tasks, year):
    ws["A1"] = r["parent"]; ws["A2"] = r["hdr"]; ws["A1"].font = B; ws["A2"].font = B
    ws["A3"] = "Số: " + r["number"] if year == 2026 else "Số: ……/BC (năm 2025)"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = dateline(r) if year == 2026 else f"{r['place']}, ngày 28 tháng 11 năm 2025"
    ws["A5"] = f"TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM {year} (đến 15/11/{year})"; ws["A5"].font = B
    ws["A4"] = "Đơn vị báo cáo: " + r["uname"]
    ws["A6"] = "Đánh dấu: ✔ xong | ⟳ đang làm | ✖ chưa làm | — không PS (không phát sinh)"; ws["A6"].font = Font(italic=True)
    for i, h in enumerate(["STT", "Nhiệm vụ", "Kết quả (chỉ số = giá trị)", "Đánh dấu", "Ghi chú"], 1):
        c = ws.cell(8, i, h); c.font = B; c.border = BOX
    row = 9
    for k, (code, name, st, ind) in enumerate(tasks, 1):
        lines = []
        for iid, v in ind.items():
            if iid.endswith("_vnd"): lines.append(f"{SH4[iid]} = {dots(v)} đ")
            else: lines.append(f"{SH4[iid]} = {dots(v)}")
        vals = [k, name, "\n".join(lines) if lines else "(không có số liệu)", ST4[st], ""]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row, i, v); c.alignment = WRAP; c.border = BOX
        row += 1
    return row
def gen_h4(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "TH 2026"
    tasks = [(c, n, s, {i: sum(t) for i, t in ind.items()}) for c, n, s, ind in r["tasks"]]
    row = h4_fill(ws, r, tasks, 2026) + 1
    if r["diffs"]:
        ws.cell(row, 2, "Khó khăn – vướng mắc").font = B; row += 1
        for d in r["diffs"]: ws.cell(row, 2, "• " + d).alignment = WRAP; row += 1
    ws.cell(row, 2, "Đề xuất – kiến nghị").font = B; row += 1
    for p in r["props"]: ws.cell(row, 2, "• " + p).alignment = WRAP; row += 1
    ws.cell(row + 1, 4, "THỦ TRƯỞNG ĐƠN VỊ").font = B; ws.cell(row + 5, 4, "Phạm Quốc Bảo")
    old = wb.create_sheet("2025")
    t25 = [(c, n, "completed", {i: v * 3 // 4 + 2 for i, v in ind.items()}) for c, n, s, ind in tasks]
    h4_fill(old, r, t25, 2025); old.sheet_state = "veryHidden"
    for s in (ws, old):
        s.column_dimensions["B"].width = 50; s.column_dimensions["C"].width = 36; s.column_dimensions["D"].width = 14; s.column_dimensions["E"].width = 16
    wb.save(os.path.join(OUT, r["fn"]))

def lo_resave(p):
    d = tempfile.mkdtemp(); ext = p.rsplit(".", 1)[1]
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", d, p], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(d, os.path.basename(p)), p)

for r in R:
    {"H1": gen_h1, "H2": gen_h2, "H3": gen_h3, "H4": gen_h4}[r["hand"]](r)
    p = os.path.join(OUT, r["fn"])
    if r.get("lo") or r["uid"] == "SO-CT": lo_resave(p)
    sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
    ents = [{"task": c, "status": s, "indicators": {i: sum(t) for i, t in ind.items()}, "text": n} for c, n, s, ind in r["tasks"]]
    rej = bool(r.get("mistaken"))
    key = {"file": r["fn"], "sha256": sha, "status": "rejected" if rej else "extracted",
           "reason": f"not a report of this plan: báo cáo về {r['mistaken']}" if rej else None,
           "unit": {"id": r["uid"], "name": r["uname"]}, "document": {"number": r["number"], "date": r["date"]},
           "entries": [] if rej else ents, "findings": [], "difficulties": r["diffs"], "proposals": r["props"]}
    json.dump(key, open(os.path.join(OUT, "truth", r["fn"] + ".json"), "w"), ensure_ascii=False, indent=1)
print("done", len(R))
