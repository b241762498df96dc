# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data import R
OUT = os.path.dirname(os.path.abspath(__file__))
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; DL = "Độc lập - Tự do - Hạnh phúc"
TITLE = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (11 tháng đầu năm)"

def dparts(iso):
    y, m, d = iso.split("-"); return d, m, y
def place(r):
    n = r["unit"][1]
    for p in ("Phường ", "Xã ", "Đặc khu "):
        if n.startswith(p): return n[len(p):]
    return "Thành phố Hồ Chí Minh"
def parent(r):
    uid = r["unit"][0]
    if uid.isdigit(): return "ỦY BAN NHÂN DÂN", r["unit"][1].upper()
    if uid.startswith("SKHCN"): return "SỞ KHOA HỌC VÀ CÔNG NGHỆ", r["unit"][1].upper()
    return "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", r["unit"][1].upper()
def ntd(n):  # zero-pad style used by hands B/C/D
    return n

def para(doc, text, bold=False, italic=False, align=None, size=13, indent=True):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    r.font.name = "Times New Roman"
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"): p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(doc, r):
    t = doc.add_table(rows=1, cols=2)
    a, b = parent(r); d, m, y = dparts(r["date"])
    c0, c1 = t.rows[0].cells
    c0.text = ""; p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(a + "\n").font.size = Pt(12); rb = p.add_run(b); rb.bold = True; rb.font.size = Pt(12)
    p2 = c0.add_paragraph("Số: " + r["number"]); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c1.text = ""; q = c1.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = q.add_run(QH + "\n"); x.bold = True; x.font.size = Pt(12)
    x = q.add_run(DL); x.bold = True; x.font.size = Pt(13)
    q2 = c1.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = q2.add_run(f"{place(r)}, ngày {d} tháng {m} năm {y}"); rr.italic = True

def sign(doc, who="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name="Nguyễn Văn An"):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; x = p.add_run("Nơi nhận:\n"); x.bold = True; x.italic = True
    p.add_run("- Sở KH&CN (qua Chi cục TĐC);\n- Lưu: VT.").font.size = Pt(11)
    q = c1.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = q.add_run(who + "\n\n\n\n"); x.bold = True
    x = q.add_run(name); x.bold = True

# ---------- Hand A ----------
def hand_A(r, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    a, b = parent(r); d, m, y = dparts(r["date"])
    # plain stacked header, no layout table
    para(doc, a, align="l" if False else None, indent=False)
    para(doc, b, bold=True, indent=False)
    para(doc, "Số: " + r["number"], indent=False)
    para(doc, QH, bold=True, align="c"); para(doc, DL, bold=True, align="c")
    para(doc, f"{r['place']}, ngày {d} tháng {m} năm {y}", italic=True, align="r")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, r.get("title", TITLE), bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")
    if r.get("rejected"):
        para(doc, f"Ủy ban nhân dân {r['unit'][1]} báo cáo nhanh kết quả chuyển đổi số 11 tháng năm 2026 như sau, ", align="j")
    else:
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 thì Ủy ban nhân dân {r['unit'][1]} xin báo cáo kết quả từ đầu năm tới nay như sau, ", align="j")
    ps = r["paras"]
    # dictated style: two jobs per paragraph joined by ", còn" / "; rồi"
    i = 0
    while i < len(ps):
        chunk = ps[i][3]
        if i + 1 < len(ps):
            nxt = ps[i+1][3]; chunk = chunk + ", " + ("" if nxt.split()[0] in ("Còn", "Rồi", "Dạ", "Thưa") else "còn ") + nxt[0].lower() + nxt[1:]
            i += 2
        else:
            i += 1
        para(doc, chunk + ".", align="j")
    para(doc, "Về khó khăn thì " + ", rồi ".join(r["diffs"]) + ".", align="j")
    para(doc, "Còn kiến nghị thì " + "; ".join(r["props"]) + ".", align="j")
    para(doc, "Trên đây là báo cáo của phường, kính gửi Sở tổng hợp./.", align="j")
    sign(doc, name="Trần Thị Hạnh" if "Bàn" in r["unit"][1] else "Lê Quốc Bảo")
    doc.save(path)

# ---------- Hand B ----------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def hand_B(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bieu 01"
    a, b = parent(r); d, m, y = dparts(r["date"])
    ws["A1"] = a.replace("\n", " ")
    ws["A2"] = b; ws["A2"].font = Font(bold=True, name="Times New Roman")
    ws.merge_cells("C1:E1"); ws["C1"] = QH; ws["C1"].font = Font(bold=True, name="Times New Roman")
    ws.merge_cells("C2:E2"); ws["C2"] = DL; ws["C2"].font = Font(bold=True, name="Times New Roman")
    ws["A3"] = "Số: " + r["number"]
    ws.merge_cells("C3:E3"); ws["C3"] = f"{place(r)}, ngày {d} tháng {m} năm {y}"; ws["C3"].font = Font(italic=True, name="Times New Roman")
    ws.merge_cells("A5:E5"); ws["A5"] = r.get("title", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026")
    ws["A5"].font = Font(bold=True, name="Times New Roman"); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.merge_cells("A6:E6"); ws["A6"] = "(Số liệu từ 01/01/2026 đến 15/11/2026)"; ws["A6"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A7:A8"); ws.merge_cells("B7:B8"); ws.merge_cells("C7:D7"); ws.merge_cells("E7:E8")
    ws["A7"] = "STT"; ws["B7"] = "Nội dung công việc"; ws["C7"] = "Kết quả thực hiện"; ws["C8"] = "Số lượng"; ws["D8"] = "Đơn vị tính"; ws["E7"] = "Ghi chú"
    for row in ws["A7:E8"]:
        for c in row:
            c.font = Font(bold=True, name="Times New Roman"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
    rr = 9; n = 0
    for (task, stt, ind, content, figs, note) in r["rows"]:
        n += 1
        for k, (q, u) in enumerate(figs):
            if k == 0:
                ws.cell(rr, 1, n); ws.cell(rr, 2, content); ws.cell(rr, 5, note)
            if q:
                v = int(q.replace(".", ""))
                c = ws.cell(rr, 3, v)
                c.number_format = "00" if (q.startswith("0") and len(q) == 2) else ("#,##0" if "." in q else "0")
                ws.cell(rr, 4, u)
            for col in range(1, 6):
                ws.cell(rr, col).border = BOX; ws.cell(rr, col).alignment = Alignment(wrap_text=True, vertical="top")
            rr += 1
    rr += 1
    ws.cell(rr, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); rr += 1
    for t in r["diffs"]:
        ws.cell(rr, 2, "- " + t); rr += 1
    ws.cell(rr, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); rr += 1
    for t in r["props"]:
        ws.cell(rr, 2, "- " + t); rr += 1
    rr += 1
    ws.cell(rr, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True); ws.cell(rr, 4, "KT. THỦ TRƯỞNG ĐƠN VỊ" if not r["unit"][0].isdigit() else "KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(rr + 4, 2, "Phạm Thanh Tùng"); ws.cell(rr + 4, 4, "Võ Minh Trí")
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 60; ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 16; ws.column_dimensions["E"].width = 16
    wb.save(path)

# ---------- Hand C ----------
def hand_C_docx(r, path):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    header_table(doc, r)
    para(doc, ""); para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (theo tiến độ quý)", bold=True, align="c")
    para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {r['unit'][1]} báo cáo kết quả thực hiện theo từng quý của kế hoạch như sau:", align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for q, t in r["quarters"]:
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        x = p.add_run(q + ": "); x.bold = True; x.underline = True
        p.add_run(t)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for t in r["diffs"]: para(doc, "+ " + t + ".", align="j")
    para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
    for t in r["props"]: para(doc, "+ " + t + ".", align="j")
    sign(doc, name="Huỳnh Tấn Lợi")
    doc.save(path)

def hand_C_xlsx(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "Theo quy"
    d, m, y = dparts(r["date"])
    ws["A1"] = "UBND " + r["unit"][1].upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["C1"] = QH; ws["C2"] = DL; ws["C3"] = f"{place(r)}, ngày {d} tháng {m} năm {y}"
    ws["A5"] = "THEO DÕI THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 THEO TIẾN ĐỘ QUÝ (báo cáo 11 tháng)"; ws["A5"].font = Font(bold=True)
    ws["A7"] = "Thời gian (theo KH)"; ws["B7"] = "Việc xã đã làm trong quý"
    for c in ("A7", "B7"): ws[c].font = Font(bold=True); ws[c].border = BOX
    rr = 8
    for q, t in r["quarters"]:
        ws.cell(rr, 1, q).font = Font(bold=True); ws.cell(rr, 2, t).alignment = Alignment(wrap_text=True)
        ws.cell(rr, 1).border = BOX; ws.cell(rr, 2).border = BOX; rr += 1
    rr += 1
    ws.cell(rr, 1, "Khó khăn:").font = Font(bold=True)
    for t in r["diffs"]: ws.cell(rr, 2, "+ " + t); rr += 1
    ws.cell(rr, 1, "Kiến nghị:").font = Font(bold=True)
    for t in r["props"]: ws.cell(rr, 2, "+ " + t); rr += 1
    ws.cell(rr + 1, 2, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH    Huỳnh Tấn Lợi")
    ws.column_dimensions["A"].width = 22; ws.column_dimensions["B"].width = 100
    wb.save(path)

# ---------- Hand D ----------
def hand_D_docx(r, path):
    doc = Document(); st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    header_table(doc, r)
    para(doc, ""); para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, TITLE, bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(doc, f"{r['unit'][1]} báo cáo kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:", align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for k, (task, stt, ind, quote, items) in enumerate(r["items"], 1):
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        x = p.add_run(f"{k}. Nội dung: “{quote}”"); x.bold = True
        for j, it in enumerate(items, 1):
            q = doc.add_paragraph(); q.paragraph_format.left_indent = Cm(1.5); q.add_run(f"{j}) {it}")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for t in r["diffs"]: para(doc, "- " + t + ".", align="j")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for t in r["props"]: para(doc, "- " + t + ".", align="j")
    sign(doc, who="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" if not r["unit"][0].isdigit() else "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name="Đặng Thị Bích Ngọc")
    doc.save(path)

def hand_D_xlsx(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC"
    d, m, y = dparts(r["date"])
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = r["unit"][1].upper(); ws["A3"] = "Số: " + r["number"]
    ws["C1"] = QH; ws["C2"] = DL; ws["C3"] = f"{place(r)}, ngày {d} tháng {m} năm {y}"
    ws["A5"] = "BÁO CÁO " + TITLE.upper(); ws["A5"].font = Font(bold=True)
    rr = 7
    for k, (task, stt, ind, quote, items) in enumerate(r["items"], 1):
        ws.cell(rr, 1, f"{k}.").font = Font(bold=True)
        ws.cell(rr, 2, f"“{quote}”").font = Font(bold=True, italic=True); rr += 1
        for j, it in enumerate(items, 1):
            ws.cell(rr, 2, f"{j}) {it}"); rr += 1
    rr += 1
    ws.cell(rr, 1, "II. KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); rr += 1
    for t in r["diffs"]: ws.cell(rr, 2, "- " + t); rr += 1
    ws.cell(rr, 1, "III. ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True); rr += 1
    for t in r["props"]: ws.cell(rr, 2, "- " + t); rr += 1
    ws.cell(rr + 1, 3, "KT. CHỦ TỊCH"); ws.cell(rr + 5, 3, "Đặng Thị Bích Ngọc")
    ws.column_dimensions["B"].width = 110
    wb.save(path)

RESAVE = {"Phuong Binh Tay - BC CT38 nam 2026.docx", "Ngai Giao_bieu bao cao CT38.xlsx"}
def resave(path):
    tmp = tempfile.mkdtemp(); ext = path.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

def key(r, path):
    ents = []
    if not r.get("rejected"):
        if r["hand"] == "A":
            for t, s, ind, txt in r["paras"]: ents.append((t, s, ind, txt))
        elif r["hand"] == "B":
            for t, s, ind, content, figs, note in r["rows"]: ents.append((t, s, ind, content + " — " + note))
        elif r["hand"] == "C":
            ents = r["entries"]
        else:
            for t, s, ind, q, items in r["items"]: ents.append((t, s, ind, q + ": " + " ".join(items)))
    k = {"file": os.path.basename(path), "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
         "status": "rejected" if r.get("rejected") else "extracted",
         "reason": ("Báo cáo về chuyển đổi số, không phải báo cáo thực hiện Kế hoạch CT38" if r.get("rejected") and r["hand"] == "A"
                    else "Biểu kết quả kiểm tra an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch CT38" if r.get("rejected") else None),
         "unit": {"id": r["unit"][0], "name": r["unit"][1]},
         "document": {"number": r["number"], "date": r["date"]},
         "entries": [{"task": t, "status": s, "indicators": ind, "text": x} for t, s, ind, x in ents],
         "findings": [],
         "difficulties": [] if r.get("rejected") else list(r["diffs"]),
         "proposals": [] if r.get("rejected") else list(r["props"])}
    json.dump(k, open(os.path.join(OUT, "truth", k["file"] + ".json"), "w"), ensure_ascii=False, indent=2)

if __name__ == "__main__":
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for r in R:
        path = os.path.join(OUT, r["file"]); ext = path.rsplit(".", 1)[1]
        h = r["hand"]
        if h == "A": hand_A(r, path)
        elif h == "B": hand_B(r, path)
        elif h == "C": (hand_C_docx if ext == "docx" else hand_C_xlsx)(r, path)
        else: (hand_D_docx if ext == "docx" else hand_D_xlsx)(r, path)
        if r["file"] in RESAVE: resave(path)
        key(r, path)
    print("ok", len(R))
