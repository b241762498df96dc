# -*- coding: utf-8 -*-
import sys, os, json, hashlib, subprocess, shutil, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import R
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
PARENT = {"department": "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "internal": "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", "ward": "ỦY BAN NHÂN DÂN"}
def kind(r):
    if r["uid"].isdigit(): return "ward"
    return "internal" if r["uid"].startswith("SKHCN") else "department"
def place(r):
    if kind(r) == "ward":
        return r["uname"].replace("Phường ", "").replace("Xã ", "").replace("Đặc khu ", "")
    return "Thành phố Hồ Chí Minh"
def dparts(r):
    y, m, d = r["date"].split("-"); return d, m, y
def datewords(r):
    d, m, y = dparts(r); return f"{place(r)}, ngày {d} tháng {m} năm {y}"
def unit_caps(r):
    n = r["uname"]
    if kind(r) == "ward": n = n.upper()
    else: n = n.upper()
    return n
def title(r):
    return r.get("title", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng 11 tháng năm 2026")

def para(doc, text, bold=False, italic=False, align=None, size=13, indent=True):
    p = doc.add_paragraph()
    run = p.add_run(text); run.bold = bold; run.italic = italic; run.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align is None: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def base_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

# ---------- H1: Chị Lan — ward narrative, plain centred header lines, one paragraph per group
def h1(r, path):
    doc = base_doc()
    para(doc, "ỦY BAN NHÂN DÂN", bold=True, align="l", indent=False)
    para(doc, r["uname"].upper(), bold=True, align="l", indent=False)
    para(doc, f"Số: {r['number']}", align="l", indent=False)
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c")
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    para(doc, datewords(r), italic=True, align="r")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, title(r), bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(doc, f"Thực hiện chỉ đạo của cấp trên, {r['uname']} báo cáo kết quả thực hiện trong 11 tháng năm 2026 (số liệu tính đến ngày {int(dparts(r)[0])-2}/11/2026) như sau:")
    para(doc, "1. Kết quả đạt được", bold=True, indent=False)
    openers = ["Trong 11 tháng qua, ", "Song song đó, ", "Ngoài ra, ", "Bên cạnh các việc nêu trên, "]
    for i, g in enumerate(r["groups"]):
        body = "; ".join(t for _, _, t in g["items"])
        sw = g["sw"]
        para(doc, openers[i % len(openers)] + body + ". " + sw[0].upper() + sw[1:] + ".")
    para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    for d in r["diff"]: para(doc, d)
    para(doc, "3. Kiến nghị, đề xuất", bold=True, indent=False)
    for d in r["prop"]: para(doc, d)
    para(doc, f"Trên đây là báo cáo của {r['uname']}./.")
    para(doc, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align="r")
    para(doc, "(đã ký)", italic=True, align="r")
    for n in r["notes"]: para(doc, n, italic=True, size=11)
    doc.save(path)

# ---------- H3: Ông Hải — 1°, 2° groups, "→ Tình trạng chung của mục: …"
def h3(r, path):
    doc = base_doc()
    t = doc.add_table(rows=1, cols=2)
    left = PARENT[kind(r)] + "\n" + (r["uname"].upper() if kind(r) != "ward" else r["uname"].upper()) + "\n" + "Số: " + (r["number"] or "     /BC")
    right = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + datewords(r)
    t.cell(0, 0).text = left; t.cell(0, 1).text = right
    for c in t.rows[0].cells:
        for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, title(r), bold=True, align="c")
    para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {r['uname']} báo cáo như sau (chia theo các mục công việc của đơn vị, không theo thứ tự của Kế hoạch):")
    for i, g in enumerate(r["groups"], 1):
        para(doc, f"{i}° – {g['title']}", bold=True, indent=False)
        for _, _, tx in g["items"]:
            para(doc, "·  " + tx, indent=False)
        p = para(doc, f"→ Tình trạng chung của mục {i}°: {g['sw']}.", italic=True, indent=False)
    para(doc, "Tồn tại, khó khăn", bold=True, indent=False)
    for j, d in enumerate(r["diff"]): para(doc, f"{'abcdef'[j]}/ {d}", indent=False)
    para(doc, "Kiến nghị", bold=True, indent=False)
    for j, d in enumerate(r["prop"]): para(doc, f"{'abcdef'[j]}/ {d}", indent=False)
    para(doc, "Nơi nhận:\n- Chi cục TĐC (để tổng hợp);\n- Lưu: VT.", italic=True, align="l", size=11, indent=False)
    para(doc, "KT. THỦ TRƯỞNG ĐƠN VỊ\nPHÓ THỦ TRƯỞNG", bold=True, align="r")
    for n in r["notes"]: para(doc, n, italic=True, size=11, indent=False)
    doc.save(path)

# ---------- H4: Vy — one Word table row per group of 2-3 tasks
def h4_rows(r):
    rows = []
    for i, g in enumerate(r["groups"], 1):
        rows.append((str(i), g["title"], "\n".join("– " + tx for _, _, tx in g["items"]), g["sw"]))
    return rows
HDR4 = ("TT", "Nhóm việc", "Đã làm (kèm số liệu)", "Đánh giá nhóm")
def h4(r, path):
    doc = base_doc()
    para(doc, f"{r['uname']}", bold=True, align="l", indent=False)
    para(doc, f"Số: {r['number']}          {datewords(r)}", align="l", indent=False)
    para(doc, "BÁO CÁO NHANH – " + title(r), bold=True, align="c")
    para(doc, "Bảng 1. Các việc đã làm (một dòng gộp 2–3 việc cùng loại)", italic=True, indent=False)
    rows = h4_rows(r)
    t = doc.add_table(rows=1 + len(rows), cols=4); t.style = "Table Grid"
    for j, h in enumerate(HDR4):
        t.cell(0, j).text = h
        for rr in t.cell(0, j).paragraphs[0].runs: rr.bold = True
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row): t.cell(i, j).text = v
    para(doc, "")
    para(doc, "Vướng:", bold=True, indent=False)
    for d in r["diff"]: para(doc, "• " + d, indent=False)
    para(doc, "Đề nghị:", bold=True, indent=False)
    for d in r["prop"]: para(doc, "• " + d, indent=False)
    para(doc, "Người lập biểu: Vy          Thủ trưởng đơn vị (đã ký)", align="l", indent=False)
    for n in r["notes"]: para(doc, n, italic=True, size=11, indent=False)
    doc.save(path)

def h4x(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCaoNhanh"
    ws["A1"] = r["uname"]; ws["A2"] = f"Số: {r['number']}"; ws["C2"] = datewords(r)
    ws["A3"] = "BÁO CÁO NHANH – " + title(r); ws["A3"].font = Font(bold=True)
    ws.append([]); ws.append(list(HDR4))
    for c in ws[5]: c.font = Font(bold=True)
    for row in h4_rows(r): ws.append(list(row))
    for row in ws.iter_rows(min_row=6):
        for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([]); ws.append(["", "Vướng:"])
    for d in r["diff"]: ws.append(["", "• " + d])
    ws.append(["", "Đề nghị:"])
    for d in r["prop"]: ws.append(["", "• " + d])
    for n in r["notes"]: ws.append(["", n])
    ws.column_dimensions["B"].width = 30; ws.column_dimensions["C"].width = 70; ws.column_dimensions["D"].width = 22
    wb.save(path)

# ---------- H2: Anh Tùng — Excel, one row per 2-3 tasks, "Tình trạng chung" per row, notes below
def h2(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "CT38_11T"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:E1"); ws["A1"] = r["uname"].upper(); ws["A1"].font = Font(bold=True)
    ws.merge_cells("A2:E2"); ws["A2"] = ("Số: " + r["number"]) if r["number"] else "Số: (chưa cấp số)"
    d, m, y = dparts(r)
    ws.merge_cells("A3:E3"); ws["A3"] = f"Ngày lập: {d}/{m}/{y}"
    ws.merge_cells("A4:E4"); ws["A4"] = title(r).upper(); ws["A4"].font = Font(bold=True); ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.append([])
    ws.append(["STT", "Nhóm công việc (gộp)", "Việc cụ thể đã làm", "Số liệu", "Tình trạng chung"])
    for c in ws[6]: c.font = Font(bold=True); c.border = bd
    for i, g in enumerate(r["groups"], 1):
        what = "\n".join("+ " + tx.split(" / ")[0] if False else "+ " + tx for _, _, tx in g["items"])
        nums = "; ".join(f"{k}" for k in [])
        ws.append([f"{i})", g["title"], what, "(xem cột bên)", g["sw"]])
        for c in ws[ws.max_row]: c.border = bd; c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    ws.append(["", "Khó khăn:"])
    for dd in r["diff"]: ws.append(["", "- " + dd])
    ws.append(["", "Kiến nghị:"])
    for dd in r["prop"]: ws.append(["", "- " + dd])
    ws.append([])
    for n in r["notes"]: ws.append(["", n])
    ws.append(["", "", "", "Người tổng hợp: Tùng"])
    ws.column_dimensions["B"].width = 34; ws.column_dimensions["C"].width = 60; ws.column_dimensions["E"].width = 20
    wb.save(path)

def h2fix(r, path):
    # drop the placeholder column D content: keep sheet simpler (officer leaves "Số liệu" empty where figures are in C)
    wb = openpyxl.load_workbook(path); ws = wb.active
    for row in ws.iter_rows(min_row=7):
        if row[3].value == "(xem cột bên)": row[3].value = None
    wb.save(path)

def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

def main():
    for r in R:
        path = os.path.join(OUT, r["file"])
        h = r["hand"]
        if h == "H1": h1(r, path)
        elif h == "H3": h3(r, path)
        elif h == "H4": (h4x if path.endswith(".xlsx") else h4)(r, path)
        elif h == "H2": h2(r, path); h2fix(r, path)
        if r.get("lo"): lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = r.get("rejected", False)
        entries = []
        if not rej:
            byt = {}
            for g in r["groups"]:
                for task, ind, tx in g["items"]:
                    if task in byt:
                        e = byt[task]; e["indicators"].update(ind); e["text"] += " " + tx
                    else:
                        byt[task] = {"task": task, "status": g["st"], "indicators": dict(ind), "text": tx}
            entries = list(byt.values())
        truth = {"file": r["file"], "sha256": sha, "status": "rejected" if rej else "extracted",
                 "reason": r.get("reason") if rej else None,
                 "unit": {"id": r["uid"], "name": r["uname"]},
                 "document": {"number": r["number"], "date": r["date"]},
                 "entries": entries, "findings": [],
                 "difficulties": [] if rej else r["diff"], "proposals": [] if rej else r["prop"]}
        json.dump(truth, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print("ok", r["file"])
main()
