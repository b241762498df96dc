# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data import R

OUT = os.path.dirname(os.path.abspath(__file__))
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; TN = "Độc lập - Tự do - Hạnh phúc"
TITLE = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"
CC = "Căn cứ Kế hoạch số 112/KH-SKHCN ngày 15 tháng 01 năm 2026 của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026,"

def dwords(iso):
    y, m, d = iso.split("-"); return f"ngày {d} tháng {m} năm {y}"

def setfont(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def borders(tbl, on=True):
    tblPr = tbl._tbl.tblPr; b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "single" if on else "nil")
        if on: x.set(qn("w:sz"), "8"); x.set(qn("w:color"), "000000")
        b.append(x)
    tblPr.append(b)

def cellpara(cell, lines, bold=False, center=True, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, l in enumerate(lines):
        r = p.add_run(l); r.bold = bold if i < len(lines) else False
        if i < len(lines) - 1: r.add_break()
    return p

def header(doc, r, left_bold_from=0):
    t = doc.add_table(rows=1, cols=2); borders(t, False)
    L, Rt = t.rows[0].cells
    par = r.get("parent")
    lines = (par.split("\n") if par else [])
    p = L.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for l in lines: p.add_run(l).add_break()
    rr = p.add_run(r["head"]); rr.bold = True
    p2 = L.add_paragraph("Số: " + r["number"]); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = Rt.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    a = p.add_run(QH); a.bold = True; a.add_break(); b = p.add_run(TN); b.bold = True; b.underline = True
    p3 = Rt.add_paragraph(); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    i = p3.add_run(f"{r['place']}, {dwords(r['date'])}"); i.italic = True

def title(doc, sub):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run("BÁO CÁO"); x.bold = True; x.add_break(); y = p.add_run(sub); y.bold = True

def sign(doc, r, noinhan=True):
    t = doc.add_table(rows=1, cols=2); borders(t, False)
    L, Rc = t.rows[0].cells
    if noinhan:
        p = L.paragraphs[0]; a = p.add_run("Nơi nhận:"); a.bold = True; a.italic = True
        for l in ["- Sở Khoa học và Công nghệ (Chi cục TĐC);", "- Lưu: VT."]:
            L.add_paragraph(l).runs[0].font.size = Pt(11)
    p = Rc.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for l in r["signrole"].split("\n"):
        a = p.add_run(l); a.bold = True; a.add_break()
    p.add_run().add_break(); p.add_run().add_break()
    b = p.add_run(r["signer"]); b.bold = True

# ---------------- Hand A
def hand_A(r, path):
    doc = Document(); setfont(doc, size=13)
    header(doc, r)
    title(doc, r.get("title", TITLE))
    doc.add_paragraph("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.").alignment = WD_ALIGN_PARAGRAPH.CENTER
    if r.get("reject"):
        lines = ["Thực hiện Kế hoạch của UBND Thành phố, " + r["uname"] + " báo cáo như sau:"] + ["- " + l for l in r["lines"]]
    else:
        lines = [f"Thực hiện Kế hoạch của Sở, UBND {r['uname'].split(' ',1)[0].lower()} {r['uname'].split(' ',1)[1]} báo cáo kết quả năm 2026 như sau:", "", "I. KẾT QUẢ THỰC HIỆN"]
        for i, b in enumerate(r["blocks"], 1):
            lines.append(f"{i}. {b['name']}: {b['text']}" + (f" {b['st']}" if b["st"] else ""))
        lines += ["", "II. KHÓ KHĂN, VƯỚNG MẮC"] + ["- " + d for d in r["diff"]]
        lines += ["", "III. ĐỀ XUẤT, KIẾN NGHỊ"] + ["- " + d for d in r["prop"]]
    box = doc.add_table(rows=1, cols=1); borders(box, True)
    p = box.rows[0].cells[0].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for i, l in enumerate(lines):
        run = p.add_run(l)
        if l.startswith(("I. ", "II. ", "III. ")): run.bold = True
        if i < len(lines) - 1: run.add_break()   # Shift+Enter
    doc.add_paragraph()
    sign(doc, r)
    doc.save(path)

# ---------------- Hand B
def hand_B(r, path):
    doc = Document(); setfont(doc, size=14)
    header(doc, r)
    title(doc, TITLE)
    p = doc.add_paragraph(CC); p.paragraph_format.first_line_indent = Cm(1)
    p = doc.add_paragraph(f"{r['uname']} báo cáo kết quả thực hiện các nhiệm vụ được giao đến ngày báo cáo như sau:"); p.paragraph_format.first_line_indent = Cm(1)
    doc.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for i, b in enumerate(r["blocks"], 1):
        doc.add_paragraph().add_run(f"{i}. {b['name']}").bold = True
        p = doc.add_paragraph(b["text"]); p.paragraph_format.first_line_indent = Cm(1)
        p = doc.add_paragraph(); x = p.add_run(b["st"]); x.italic = True; p.paragraph_format.first_line_indent = Cm(1)
    doc.add_paragraph().add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
    for i, d in enumerate(r["diff"]):
        doc.add_paragraph(f"{'abcd'[i]}) {d}")
    doc.add_paragraph().add_run("III. KIẾN NGHỊ, ĐỀ XUẤT").bold = True
    for i, d in enumerate(r["prop"]):
        doc.add_paragraph(f"{'abcd'[i]}) {d}")
    doc.add_paragraph(f"Trên đây là báo cáo của {r['uname']}./.")
    sign(doc, r)
    doc.save(path)

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="top")

def xl_head(ws, r, ncol):
    last = chr(64 + ncol)
    left = (r.get("parent", "") + "\n" if r.get("parent") else "") + r["head"]
    ws.merge_cells("A1:B2"); ws["A1"] = left; ws["A1"].font = Font(bold=True); ws["A1"].alignment = Alignment(wrap_text=True, horizontal="center")
    ws.merge_cells(f"C1:{last}1"); ws["C1"] = QH; ws["C1"].font = Font(bold=True); ws["C1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"C2:{last}2"); ws["C2"] = TN; ws["C2"].font = Font(bold=True, underline="single"); ws["C2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:B3"); ws["A3"] = "Số: " + r["number"]; ws["A3"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"C3:{last}3"); ws["C3"] = f"{r['place']}, {dwords(r['date'])}"; ws["C3"].font = Font(italic=True); ws["C3"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 32

# ---------------- Hand C
def hand_C(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC_CT38"
    xl_head(ws, r, 5)
    ws.merge_cells("A5:E5"); ws["A5"] = "BÁO CÁO" if not r.get("reject") else r["title"]; ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    if not r.get("reject"):
        ws.merge_cells("A6:E6"); ws["A6"] = TITLE; ws["A6"].font = Font(bold=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nhóm việc (gộp các nội dung KH)", "Kết quả thực hiện", "Mức đạt so với chỉ tiêu của đơn vị", "Ghi chú"]
    row = 8
    for c, h in enumerate(hdr, 1):
        x = ws.cell(row, c, h); x.font = Font(bold=True); x.border = BOX; x.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    row += 1
    if r.get("reject"):
        items = r["rows"]
        for i, (a, b, c) in enumerate(items, 1):
            for col, v in enumerate([i, a, b, c, ""], 1):
                x = ws.cell(row, col, v); x.border = BOX; x.alignment = WR
            row += 1
    else:
        ws.cell(row, 1, "I").font = Font(bold=True); ws.cell(row, 2, "KẾT QUẢ").font = Font(bold=True)
        for col in range(1, 6): ws.cell(row, col).border = BOX
        row += 1
        for i, b in enumerate(r["blocks"], 1):
            vals = [i, b["name"], b["text"], b["st"], ""]
            for col, v in enumerate(vals, 1):
                x = ws.cell(row, col, v); x.border = BOX; x.alignment = WR
            row += 1
        for lab, items in (("II", "KHÓ KHĂN, VƯỚNG MẮC"), ("III", "KIẾN NGHỊ, ĐỀ XUẤT")):
            ws.cell(row, 1, lab).font = Font(bold=True); ws.cell(row, 2, items).font = Font(bold=True)
            for col in range(1, 6): ws.cell(row, col).border = BOX
            row += 1
            for j, d in enumerate(r["diff"] if lab == "II" else r["prop"], 1):
                ws.cell(row, 1, j).border = BOX
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
                x = ws.cell(row, 2, d); x.alignment = WR; x.border = BOX
                ws.row_dimensions[row].height = 30
                row += 1
    row += 1
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    ws.cell(row, 4, r["signrole"].replace("\n", " - ")).font = Font(bold=True)
    ws.merge_cells(start_row=row + 4, start_column=4, end_row=row + 4, end_column=5)
    ws.cell(row + 4, 4, r["signer"]).font = Font(bold=True)
    for col, w in zip("ABCDE", (6, 30, 60, 30, 14)): ws.column_dimensions[col].width = w
    wb.save(path)

# ---------------- Hand D
def hand_D_xlsx(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    xl_head(ws, r, 4)
    ws.merge_cells("A5:D5"); ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"; ws["A5"].font = Font(bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    row = 7
    for c, h in enumerate(["TT", "Việc đã làm", "Kết quả", "Tự đánh giá (so chỉ tiêu)"], 1):
        x = ws.cell(row, c, h); x.font = Font(bold=True); x.border = BOX
    row += 1
    for i, b in enumerate(r["blocks"], 1):
        for col, v in enumerate([f"({i})", b["name"], b["text"], f"[{b['st']}]"], 1):
            x = ws.cell(row, col, v); x.border = BOX; x.alignment = WR
        row += 1
    row += 1
    ws.cell(row, 1, "Khó khăn:").font = Font(bold=True, italic=True); row += 1
    for d in r["diff"]: ws.cell(row, 2, "- " + d); row += 1
    ws.cell(row, 1, "Đề xuất:").font = Font(bold=True, italic=True); row += 1
    for d in r["prop"]: ws.cell(row, 2, "- " + d); row += 1
    row += 1
    ws.cell(row, 3, r["signrole"].replace("\n", " ")).font = Font(bold=True)
    ws.cell(row + 4, 3, r["signer"]).font = Font(bold=True)
    for col, w in zip("ABCD", (6, 34, 62, 30)): ws.column_dimensions[col].width = w
    wb.save(path)

def hand_D_docx(r, path):
    doc = Document(); setfont(doc, size=13)
    header(doc, r)
    title(doc, TITLE)
    doc.add_paragraph(f"{r['uname']} báo cáo các việc đã làm trong năm 2026 (tính đến ngày báo cáo), có so với chỉ tiêu đơn vị tự đặt đầu năm:")
    for i, b in enumerate(r["blocks"], 1):
        p = doc.add_paragraph(); a = p.add_run(f"({i}) {b['name']}. "); a.bold = True
        p.add_run(b["text"] + " ")
        s = p.add_run(f"[{b['st']}]"); s.italic = True
    doc.add_paragraph().add_run("Khó khăn:").bold = True
    for d in r["diff"]: doc.add_paragraph("- " + d)
    doc.add_paragraph().add_run("Đề xuất:").bold = True
    for d in r["prop"]: doc.add_paragraph("- " + d)
    sign(doc, r)
    doc.save(path)

LO_RESAVE = {"TTPTTN_318_BC_CT38_2026.xlsx", "HoTram-baocao-CT38-nam2026.docx"}

def lo_resave(path):
    tmp = os.path.join(OUT, ".lo"); os.makedirs(tmp, exist_ok=True)
    ext = path.rsplit(".", 1)[1]
    for attempt in range(3):
        rc = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_set238", "--headless", "--convert-to", ext, "--outdir", tmp, path], capture_output=True, timeout=180).returncode
        if rc == 0 and os.path.exists(os.path.join(tmp, os.path.basename(path))): break
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for r in R:
        path = os.path.join(OUT, r["file"])
        if r["hand"] == "A": hand_A(r, path)
        elif r["hand"] == "B": hand_B(r, path)
        elif r["hand"] == "C": hand_C(r, path)
        else: (hand_D_xlsx if path.endswith("xlsx") else hand_D_docx)(r, path)
        if r["file"] in LO_RESAVE: lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        t = {"file": r["file"], "sha256": sha,
             "status": "rejected" if r.get("reject") else "extracted",
             "reason": r.get("reject"),
             "unit": {"id": r["uid"], "name": r["uname"]},
             "document": {"number": r["number"], "date": r["date"]},
             "entries": [], "findings": [], "difficulties": [], "proposals": []}
        if not r.get("reject"):
            for b in r["blocks"]:
                full = f"{b['name']}: {b['text']}" + (f" {b['st']}" if b["st"] else "")
                for task, st, ind in b["ent"]:
                    t["entries"].append({"task": task, "status": st, "indicators": ind, "text": full})
            t["difficulties"] = r["diff"]; t["proposals"] = r["prop"]
        json.dump(t, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print(r["file"], t["status"], len(t["entries"]))

if __name__ == "__main__":
    main()
