# -*- coding: utf-8 -*-
"""Generator for set229. Four hands:
H1 questionnaire (Câu n / Trả lời / Số lượng cụ thể / Mức độ), H2 KH–TH side by side,
H3 narrative + one-row-each difficulty/proposal table with 'Cơ quan giải quyết',
H4 Excel 'Diễn giải kết quả' with Hoàn tất / Dở dang / Chưa bắt đầu / Không có việc."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
REPORTS = []

def header_docx(d, top, unit, number, place_date, font="Times New Roman"):
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(13)
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.paragraphs[0].text = top
    p = l.add_paragraph(); run = p.add_run(unit.upper()); run.bold = True
    l.add_paragraph("Số: " + number)
    r.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    r.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    r.add_paragraph().add_run(place_date).italic = True
    for c in (l, r):
        for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def center(d, text, bold=True, size=None):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    return p

def sign(d, who, name):
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.paragraphs[0].add_run("Nơi nhận:").bold = True
    l.add_paragraph("- Sở Khoa học và Công nghệ (Chi cục TĐC);")
    l.add_paragraph("- Lưu: VT.")
    r.paragraphs[0].add_run(who).bold = True
    r.add_paragraph(); r.add_paragraph()
    r.add_paragraph().add_run(name).bold = True
    for p in r.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

import csv
CANON = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")): CANON[row["id"]] = row["name"]
for row in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8")):
    if row["province_code"] == "79": CANON[row["code"]] = row["name"]

def key(fn, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    REPORTS.append(dict(file=fn, status=status, reason=reason,
        unit={"id": unit_id, "name": CANON[unit_id]},
        document={"number": number, "date": date},
        entries=[{"task": e[0], "status": e[1], "indicators": e[2], "text": e[3]} for e in entries],
        findings=[], difficulties=diffs, proposals=props))

# ---------------- H1: questionnaire answered in Word ----------------
def h1(fn, top, unit, unit_id, number, place_date, iso, title, qs, diffs, props, signer, status="extracted", reason=None):
    """qs: list of (task|None, status, indicators, question, answer, so_luong, muc_do)"""
    d = Document()
    header_docx(d, top, unit, number, place_date)
    d.add_paragraph()
    center(d, "PHIẾU TRẢ LỜI ĐỀ CƯƠNG BÁO CÁO")
    center(d, title, bold=True)
    d.add_paragraph("(Kèm theo Công văn số 2871/SKHCN-TĐC ngày 14/10/2026 của Sở Khoa học và Công nghệ)").alignment = WD_ALIGN_PARAGRAPH.CENTER
    entries = []
    n = 0
    for q in qs:
        task, st, ind, question, ans, sl, md = q
        n += 1
        p = d.add_paragraph(); r = p.add_run(f"Câu {n}: {question}"); r.bold = True
        p = d.add_paragraph(); p.add_run("Trả lời: ").italic = True; p.add_run(ans)
        p = d.add_paragraph(); p.add_run("Số lượng cụ thể: ").italic = True; p.add_run(sl)
        if md:
            p = d.add_paragraph(); p.add_run("Mức độ hoàn thành: ").italic = True; p.add_run(md)
        if task:
            entries.append((task, st, ind, f"{question} Trả lời: {ans}. Số lượng cụ thể: {sl}" + (f" Mức độ hoàn thành: {md}" if md else "")))
    n += 1
    d.add_paragraph().add_run(f"Câu {n}: Đơn vị có khó khăn, vướng mắc gì trong quá trình triển khai?").bold = True
    d.add_paragraph().add_run("Trả lời:").italic = True
    for x in diffs: d.add_paragraph("- " + x)
    n += 1
    d.add_paragraph().add_run(f"Câu {n}: Đề xuất, kiến nghị của đơn vị (nếu có)?").bold = True
    d.add_paragraph().add_run("Trả lời:").italic = True
    for x in props: d.add_paragraph("- " + x)
    sign(d, *signer)
    d.save(os.path.join(OUT, fn))
    key(fn, unit_id, unit, number, iso, entries if status == "extracted" else [], diffs if status == "extracted" else [], props if status == "extracted" else [], status, reason)

# ---------------- H2: KH – TH side by side ----------------
def h2_rows_text(name, khth, td):
    return f"{name}: {khth}"

def h2_xlsx(fn, top, unit, unit_id, number, place_date, iso, rows, diffs, props, signer):
    """rows: (task, status, ind, name, khth, tiendo, ghichu)"""
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = top; ws["A2"] = unit.upper(); ws["A2"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + number; ws["E3"] = place_date; ws["E3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (KẾ HOẠCH NĂM VÀ THỰC HIỆN)"
    ws["A5"].font = Font(bold=True); ws.merge_cells("A5:F5")
    hdr = ["STT", "Nội dung công việc", "Kế hoạch năm – Thực hiện (KH – TH)", "Tiến độ", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(wrap_text=True, horizontal="center")
    entries = []
    r = 8
    for k, row in enumerate(rows, 1):
        task, st, ind, name, khth, td, gc = row
        vals = [k, name, khth, td, gc]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical="top")
        entries.append((task, st, ind, f"{name} | {khth} | {td}" + (f" | {gc}" if gc else "")))
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for x in diffs: ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for x in props: ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 4, signer[0]).font = Font(bold=True); ws.cell(r + 3, 4, signer[1]).font = Font(bold=True)
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 48; ws.column_dimensions["D"].width = 12; ws.column_dimensions["E"].width = 30
    wb.save(os.path.join(OUT, fn))
    key(fn, unit_id, unit, number, iso, entries, diffs, props)

def h2_docx(fn, top, unit, unit_id, number, place_date, iso, intro, rows, diffs, props, signer):
    d = Document()
    header_docx(d, top, unit, number, place_date)
    d.add_paragraph()
    center(d, "BÁO CÁO")
    center(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True)
    d.add_paragraph(intro)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["TT", "Việc", "KH – TH", "Tiến độ"]):
        t.rows[0].cells[i].text = h
    entries = []
    for k, row in enumerate(rows, 1):
        task, st, ind, name, khth, td = row[:6]
        cs = t.add_row().cells
        cs[0].text = str(k); cs[1].text = name; cs[2].text = khth; cs[3].text = td
        entries.append((task, st, ind, f"{name} | {khth} | {td}"))
    d.add_paragraph()
    d.add_paragraph().add_run("Khó khăn:").bold = True
    for x in diffs: d.add_paragraph("- " + x)
    d.add_paragraph().add_run("Đề xuất:").bold = True
    for x in props: d.add_paragraph("- " + x)
    sign(d, *signer)
    d.save(os.path.join(OUT, fn))
    key(fn, unit_id, unit, number, iso, entries, diffs, props)

# ---------------- H3: narrative + Cơ quan giải quyết table ----------------
def h3(fn, top, unit, unit_id, number, place_date, iso, title, intro, items, diffs, props, signer, status="extracted", reason=None, heading2="II. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ"):
    """items: (task, status, ind, paragraph) ; diffs/props: list of (text, agency)"""
    d = Document()
    header_docx(d, top, unit, number, place_date)
    d.add_paragraph()
    center(d, "BÁO CÁO"); center(d, title)
    d.add_paragraph(intro)
    d.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    entries = []
    for it in items:
        task, st, ind, para = it
        d.add_paragraph(para)
        if task: entries.append((task, st, ind, para))
    d.add_paragraph().add_run(heading2).bold = True
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Nội dung", "Cụ thể", "Cơ quan giải quyết"]):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for label, lst in (("Khó khăn, vướng mắc", diffs), ("Đề xuất, kiến nghị", props)):
        cs = t.add_row().cells
        cs[0].text = label
        cs[1].text = "\n".join(f"{i}. {x[0]}" for i, x in enumerate(lst, 1))
        cs[2].text = "\n".join(f"{i}. {x[1]}" for i, x in enumerate(lst, 1))
    sign(d, *signer)
    d.save(os.path.join(OUT, fn))
    ok = status == "extracted"
    key(fn, unit_id, unit, number, iso, entries if ok else [], [x[0] for x in diffs] if ok else [], [x[0] for x in props] if ok else [], status, reason)

# ---------------- H4: Excel Diễn giải kết quả ----------------
def h4(fn, top, unit, unit_id, number, place_date, iso, rows, diffs, props, signer):
    """rows: (task, status, ind, viec, dien_giai, tinh_trang)"""
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = top; ws["A2"] = unit; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D3"] = place_date
    ws["A5"] = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026"
    ws["A5"].font = Font(bold=True, size=12)
    ws["A6"] = "Tình trạng ghi theo: Hoàn tất / Dở dang / Chưa bắt đầu / Không có việc"
    ws["A6"].font = Font(italic=True, size=9)
    hdr = ["Số TT", "Việc được giao", "Diễn giải kết quả", "Tình trạng", "Người theo dõi"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = B
    entries = []; r = 9
    for k, row in enumerate(rows, 1):
        task, st, ind, viec, dg, tt, who = row
        for i, v in enumerate([f"{k}.", viec, dg, tt, who], 1):
            c = ws.cell(r, i, v); c.border = B; c.alignment = Alignment(wrap_text=True, vertical="top")
        entries.append((task, st, ind, f"{viec} | {dg} | {tt}"))
        r += 1
    r += 1
    ws.cell(r, 1, "GHI NHỚ").font = Font(bold=True); r += 1
    ws.cell(r, 2, "Khó khăn:"); r += 1
    for x in diffs: ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 2, "Kiến nghị:"); r += 1
    for x in props: ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r + 1, 4, signer[0]).font = Font(bold=True); ws.cell(r + 4, 4, signer[1]).font = Font(bold=True)
    for col, w in zip("ABCDE", (7, 45, 60, 14, 16)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    key(fn, unit_id, unit, number, iso, entries, diffs, props)

exec(open(os.path.join(OUT, "content.py"), encoding="utf-8").read())

# re-save two files through LibreOffice, as offices do
for fn in RESAVE:
    p = os.path.join(OUT, fn); ext = fn.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, p], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, fn), p); shutil.rmtree(tmp)

for rep in REPORTS:
    p = os.path.join(OUT, rep["file"])
    rep["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    order = ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]
    with open(os.path.join(OUT, "truth", rep["file"] + ".json"), "w", encoding="utf-8") as f:
        json.dump({k: rep[k] for k in order}, f, ensure_ascii=False, indent=2)
print(len(REPORTS), "reports")
