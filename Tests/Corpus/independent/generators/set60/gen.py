# -*- coding: utf-8 -*-
import os, json, hashlib, shutil, subprocess, datetime, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import A, A_MISTAKE, B, C, C_MISTAKE, D

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, "truth")
os.makedirs(TR, exist_ok=True)
TRICH = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng"

def dparts(iso):
    y, m, d = iso.split("-"); return d, m, y

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    from docx.oxml.ns import qn
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(a), name)

def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, underline=False, indent=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def header_table(doc, unitname, number, place, iso, upper_parent="ỦY BAN NHÂN DÂN", tight=False):
    d, m, y = dparts(iso)
    t = doc.add_table(rows=1, cols=2)
    L, R = t.rows[0].cells
    L.paragraphs[0].text = ""
    p = L.paragraphs[0]; r = p.add_run(upper_parent); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(L, unitname.upper(), bold=True, align="c")
    para(L, "Số: " + number, align="c")
    p = R.paragraphs[0]; r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(R, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    para(R, f"{place}, ngày {d} tháng {m} năm {y}", italic=True, align="c")
    return t

def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

KEYS = {}
def key(file, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[file] = dict(file=file, sha256=None, status=status, reason=reason,
                      unit={"id": unit[0], "name": unit[1]},
                      document={"number": number, "date": date},
                      entries=entries, findings=[], difficulties=diffs, proposals=props)

def merge_entries(items):
    """items: (task,status,ind,text) -> merged entries by task in first-seen order"""
    out, idx = [], {}
    for task, st, ind, text in items:
        if task in idx:
            e = out[idx[task]]
            for k, v in ind.items():
                e["indicators"][k] = e["indicators"].get(k, 0) + v
            e["text"] += " " + text
            assert e["status"] == st, (task, st)
        else:
            idx[task] = len(out)
            out.append({"task": task, "status": st, "indicators": dict(ind), "text": text})
    return out

def signature(doc, signer, extra_nhan):
    t = doc.add_table(rows=1, cols=2)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for n in extra_nhan:
        q = para(L, n, size=11)
    p = R.paragraphs[0]; r = p.add_run(signer[0]); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(R, signer[1], bold=True, align="c")
    for _ in range(3): para(R, "")
    para(R, signer[2], bold=True, align="c")

# ---------------- Hand A ----------------
def hand_a(r, mistaken=False):
    doc = Document(); set_font(doc, size=13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(1.5); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    header_table(doc, r["unit"][1], r["number"], r["place"], r["date"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    title = r.get("title") or f"Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng {r['period']} (Chỉ thị 38-CT/TW)"
    para(doc, title, bold=True, align="c")
    if mistaken:
        para(doc, "Kính gửi: Phòng Văn hóa - Xã hội", align="c")
        para(doc, f"Thực hiện chỉ đạo của cấp trên, UBND {r['unit'][1]} báo cáo kết quả công tác giảm nghèo như sau:", indent=1, align="j")
    else:
        para(doc, "Kính gửi:  Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {r['unit'][1]} báo cáo kết quả {r['period']} như sau:", indent=1, align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    items = []
    for head, lines in r["sections"]:
        para(doc, head, bold=True)
        for it in lines:
            text = it if mistaken else it[3]
            # untidy: sometimes no space after '+'
            pre = "+ " if len(text) % 3 else "+"
            para(doc, pre + text, align="j", indent=0.5)
            if not mistaken:
                items.append((it[0], it[1], it[2], text))
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in r["difficulties"]: para(doc, "+ " + x, indent=0.5)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in r["proposals"]: para(doc, "+ " + x, indent=0.5)
    para(doc, f"Trên đây là báo cáo của UBND {r['unit'][1]}./.", indent=1)
    signature(doc, r["signer"], ["- Như trên;", "- TT Đảng ủy phường (b/c);", "- Lưu: VT, KT."])
    path = os.path.join(OUT, r["file"]); doc.save(path)
    if mistaken:
        key(r["file"], r["unit"], r["number"], r["date"], [], [], [], status="rejected",
            reason="Báo cáo về công tác giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")
    else:
        key(r["file"], r["unit"], r["number"], r["date"], merge_entries(items), r["difficulties"], r["proposals"])

# ---------------- Hand B ----------------
def hand_b(r):
    doc = Document(); set_font(doc, size=13)
    for s in doc.sections:
        s.left_margin = Cm(2.5); s.right_margin = Cm(1.5)
    header_table(doc, r["unit"][1], r["number"], r["place"], r["date"])
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Về tình hình thực hiện Chỉ thị 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026; UBND {r['unit'][1]} báo cáo như sau:", indent=1, align="j")
    para(doc, "I. Kết quả thực hiện", bold=True)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["TT", "Công việc", "Cách làm", "Kết quả", "TĐ"]):
        c.text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    items = []
    for i, (task, st, ind, cv, how, res, td) in enumerate(r["rows"], 1):
        cells = t.add_row().cells
        cells[0].text = str(i); cells[1].text = cv; cells[2].text = how; cells[3].text = res; cells[4].text = td
        items.append((task, st, ind, cv + ": " + res))
    widths = [Cm(1), Cm(4.5), Cm(4.5), Cm(5), Cm(1.8)]
    for row in t.rows:
        for c, w in zip(row.cells, widths): c.width = w
    p = para(doc, "(TĐ: tiến độ)", italic=True, size=10)
    para(doc, "II. Khó khăn, vướng mắc", bold=True)
    for i, x in enumerate(r["difficulties"], 1): para(doc, f"{i}. {x}", indent=1)
    para(doc, "III. Kiến nghị", bold=True)
    for i, x in enumerate(r["proposals"], 1): para(doc, f"{i}. {x}", indent=1)
    para(doc, "Trân trọng./.", indent=1)
    signature(doc, r["signer"], ["- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT."])
    path = os.path.join(OUT, r["file"]); doc.save(path)
    key(r["file"], r["unit"], r["number"], r["date"], merge_entries(items), r["difficulties"], r["proposals"])

# ---------------- Hand C ----------------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def c_header(ws, r, title):
    d, m, y = dparts(r["date"])
    ws["A1"] = "UBND " + r["unit"][1].upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = f"{r['place']}, ngày {d} tháng {m} năm {y}"; ws["D3"].font = Font(italic=True)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nhóm việc", "Việc cụ thể đã làm", "Con số", "ĐVT", "Trạng thái"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7"); c.alignment = Alignment(horizontal="center", wrap_text=True)
    for col, w in zip("ABCDEF", [6, 22, 48, 12, 12, 13]): ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"

def c_tail(ws, row, r):
    row += 1
    for x in r["difficulties"]:
        ws.cell(row=row, column=3, value="KK: " + x).alignment = Alignment(wrap_text=True); row += 1
    for x in r["proposals"]:
        ws.cell(row=row, column=3, value="ĐX: " + x).alignment = Alignment(wrap_text=True); row += 1
    row += 1
    ws.cell(row=row, column=5, value=r["signer"][0]).font = Font(bold=True)
    ws.cell(row=row + 1, column=5, value=r["signer"][1]).font = Font(bold=True)
    ws.cell(row=row + 5, column=5, value=r["signer"][2]).font = Font(bold=True)
    ws.cell(row=row, column=2, value="Người lập biểu").font = Font(bold=True)

def hand_c(r):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    c_header(ws, r, "KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) NĂM 2026")
    row = 8; n = 0; items = []
    for task, st, grp, figs, word in r["entries"]:
        ind = {}; texts = []
        for desc, val, dvt, iid in figs:
            n += 1
            vals = [n, grp, desc, val, dvt, word]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=j, value=v); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if j == 4 and isinstance(v, int) and v >= 1000: c.number_format = "#,##0"
            row += 1
            if iid: ind[iid] = val
            texts.append(f"{desc}: {val} {dvt}" if val is not None else desc)
        items.append((task, st, ind, grp + " - " + "; ".join(texts)))
    ws.auto_filter.ref = f"A7:F{row-1}"
    c_tail(ws, row, r)
    path = os.path.join(OUT, r["file"]); wb.save(path)
    key(r["file"], r["unit"], r["number"], r["date"], merge_entries(items), r["difficulties"], r["proposals"])

def hand_c_mistake(r):
    wb = Workbook(); ws = wb.active; ws.title = "ATTP Q3"
    c_header(ws, r, r["title"])
    row = 8
    for n, (grp, desc, val, dvt, word) in enumerate(r["rows"], 1):
        for j, v in enumerate([n, grp, desc, val, dvt, word], 1):
            ws.cell(row=row, column=j, value=v).border = BOX
        row += 1
    ws.auto_filter.ref = f"A7:F{row-1}"
    c_tail(ws, row, r)
    path = os.path.join(OUT, r["file"]); wb.save(path)
    key(r["file"], r["unit"], r["number"], r["date"], [], [], [], status="rejected",
        reason="Biểu kết quả công tác bảo đảm an toàn thực phẩm quý III, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")

# ---------------- Hand D ----------------
def hand_d(r):
    wb = Workbook(); ws = wb.active  # keeps "Sheet"
    d, m, y = dparts(r["date"])
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 70; ws.column_dimensions["C"].width = 22
    ws["A1"] = "UBND " + r["unit"][1].upper(); ws.merge_cells("A1:B1"); ws["A1"].font = Font(name="Times New Roman", bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["B3"] = f"{r['place']}, ngày {d} tháng {m} năm {y}"; ws["B3"].alignment = Alignment(horizontal="right"); ws["B3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG NĂM 2026"; ws.merge_cells("A5:C5")
    ws["A5"].font = Font(bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "(Theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở KH&CN)"; ws.merge_cells("A6:C6"); ws["A6"].alignment = Alignment(horizontal="center")
    for j, h in enumerate(["TT", "Nội dung", "Tiến độ"], 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
    row = 9; k = 0; items = []
    for roman, gname, tasks in r["groups"]:
        ws.cell(row=row, column=1, value=roman).font = Font(bold=True)
        ws.cell(row=row, column=2, value=gname.upper()).font = Font(bold=True); row += 1
        for task, st, name, word, ind, lines in tasks:
            k += 1
            ws.cell(row=row, column=1, value=k)
            c = ws.cell(row=row, column=2, value=name); c.alignment = Alignment(indent=1, wrap_text=True)
            ws.cell(row=row, column=3, value=word); row += 1
            for ln in lines:
                c = ws.cell(row=row, column=2, value=ln); c.alignment = Alignment(indent=3, wrap_text=True); row += 1
            items.append((task, st, ind, name + " " + " ".join(lines)))
    ws.cell(row=row, column=1, value="III").font = Font(bold=True)
    ws.cell(row=row, column=2, value="KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); row += 1
    for x in r["difficulties"]:
        ws.cell(row=row, column=2, value="- " + x).alignment = Alignment(indent=1, wrap_text=True); row += 1
    ws.cell(row=row, column=1, value="IV").font = Font(bold=True)
    ws.cell(row=row, column=2, value="KIẾN NGHỊ").font = Font(bold=True); row += 1
    for x in r["proposals"]:
        ws.cell(row=row, column=2, value="- " + x).alignment = Alignment(indent=1, wrap_text=True); row += 1
    row += 1
    ws.cell(row=row, column=3, value=r["signer"][0]); ws.cell(row=row + 1, column=3, value=r["signer"][1])
    ws.cell(row=row + 5, column=3, value=r["signer"][2])
    path = os.path.join(OUT, r["file"]); wb.save(path)
    key(r["file"], r["unit"], r["number"], r["date"], merge_entries(items), r["difficulties"], r["proposals"])

def lo_resave(fname, fmt):
    path = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "in_" + fname); shutil.copy(path, src)
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", os.path.join(tmp, "o"), src],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmp, "o", "in_" + fname), path)
    shutil.rmtree(tmp)

if __name__ == "__main__":
    for r in A: hand_a(r)
    hand_a(A_MISTAKE, mistaken=True)
    for r in B: hand_b(r)
    for r in C: hand_c(r)
    hand_c_mistake(C_MISTAKE)
    for r in D: hand_d(r)
    lo_resave("ConDao_BC_TDC_2026.docx", "docx")
    lo_resave("long-huong-bc-ct38.xlsx", "xlsx")
    for f, k in KEYS.items():
        k["sha256"] = sha(os.path.join(OUT, f))
        json.dump(k, open(os.path.join(TR, f + ".json"), "w"), ensure_ascii=False, indent=1)
    print(len(KEYS), "files")
