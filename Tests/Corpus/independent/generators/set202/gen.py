# -*- coding: utf-8 -*-
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data import R
OUT = os.path.dirname(os.path.abspath(__file__))

def vdate(iso, place=None):
    y, m, d = iso.split("-")
    return f"{place + ', ' if place else ''}ngày {d} tháng {m} năm {y}"

def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2)
    return doc

def header_table(doc, left_lines, no, datestr):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ""; p = c.paragraphs[0]
    for i, l in enumerate(left_lines):
        r = p.add_run(l + ("\n" if i < len(left_lines) - 1 else "")); r.bold = i == len(left_lines) - 1
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); p = c.paragraphs[0]
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); r.bold = True
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, 0).text = "Số: " + no; t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, 1).text = datestr; t.cell(1, 1).paragraphs[0].runs[0].italic = True
    t.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------- H1 ----------
def h1(r):
    doc = base_doc()
    header_table(doc, ["ỦY BAN NHÂN DÂN", r["uname"].upper()], r["no"], vdate(r["date"], r["place"]))
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("\nBÁO CÁO").bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(r.get("title", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026")).bold = True
    doc.add_paragraph("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh." if not r.get("rejected") else "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
    doc.add_paragraph(f"Ủy ban nhân dân {r['uname']} báo cáo kết quả thực hiện từ đầu năm đến ngày 31/10/2026 như sau:")
    doc.add_paragraph().add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for i, (name, task, st, ind, lines, dated, stword, *total) in enumerate(r["sections"], 1):
        doc.add_paragraph().add_run(f"{i}. {name}").bold = True
        for l in (lines or []):
            doc.add_paragraph(l)
        for (d, what, res) in (dated or []):
            verb = "kiểm tra " if task else ""
            doc.add_paragraph(f"Ngày {d}: {verb}{what}" + (f", {res}" if res else ""))
        if total:
            doc.add_paragraph().add_run(total[0]).bold = True
        doc.add_paragraph(f"Tiến độ: {stword}.")
    doc.add_paragraph().add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
    for d in r["diffs"]: doc.add_paragraph("- " + d)
    doc.add_paragraph().add_run("III. ĐỀ XUẤT, KIẾN NGHỊ").bold = True
    for d in r["props"]: doc.add_paragraph("- " + d)
    doc.add_paragraph("Trên đây là báo cáo của Ủy ban nhân dân " + r["uname"] + "./.")
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT."
    t.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n"
    doc.save(os.path.join(OUT, r["f"]))

# ---------- H3 ----------
def h3(r):
    doc = base_doc(size=14)
    l1, l2 = r["head"]
    header_table(doc, [x for x in (l1, l2) if x], r["no"], vdate(r["date"], "Thành phố Hồ Chí Minh"))
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("\nBÁO CÁO\nTình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026").bold = True
    doc.add_paragraph("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
                      f"{r['uname']} báo cáo kết quả thực hiện các nội dung được giao, kèm theo khó khăn và kiến nghị đối với từng nội dung, cụ thể như sau:")
    letters = "abcdefgh"
    for i, (name, task, st, ind, text, diffs, props) in enumerate(r["tasks"]):
        p = doc.add_paragraph(); p.add_run(f"{letters[i]}) {name}").bold = True
        doc.add_paragraph(text)
        for d in diffs:
            p = doc.add_paragraph(); rr = p.add_run("Khó khăn: "); rr.italic = True; rr.bold = True; p.add_run(d).italic = True
        for d in props:
            p = doc.add_paragraph(); rr = p.add_run("Đề xuất: "); rr.italic = True; rr.bold = True; p.add_run(d).italic = True
    doc.add_paragraph(f"Trên đây là báo cáo của {r['uname']}, kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.")
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Chi cục TĐC TP.HCM;\n- Lưu: VT."
    t.cell(0, 1).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" if r["uid"].startswith("SO") else "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    doc.save(os.path.join(OUT, r["f"]))

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="top")

# ---------- H2 ----------
def h2(r):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = r["head"]; ws["A1"].font = Font(bold=True); ws["A1"].alignment = WR
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"; ws["D1"].font = Font(bold=True); ws["D1"].alignment = WR
    ws.row_dimensions[1].height = 32
    ws["A2"] = "Số: " + r["no"]; ws["D2"] = vdate(r["date"]); ws["D2"].font = Font(italic=True)
    ws["A4"] = "BIỂU BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A4"].font = Font(bold=True, size=13)
    ws["A5"] = f"(Kèm theo Báo cáo số {r['no']} của {r['uname']})"; ws["A5"].font = Font(italic=True)
    ws["A6"] = ("Cách ghi cột \"Mức đạt\": tỷ lệ % so với kế hoạch năm 2026 do đơn vị tự đề ra; đạt 100% là đã hoàn thành, "
                "dưới 100% là đang thực hiện, 0% là chưa triển khai.")
    ws["A6"].font = Font(italic=True, size=10)
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Mức đạt", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True)
    rr = 9
    for i, (name, task, st, ind, res, pct) in enumerate(r["rows"], 1):
        for j, v in enumerate([i, name, res, pct, ""], 1):
            c = ws.cell(rr, j, v); c.border = B; c.alignment = WR
        rr += 1
    rr += 1
    ws.cell(rr, 1, "II. KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); rr += 1
    for i, d in enumerate(r["diffs"], 1): ws.cell(rr, 2, f"{i}. {d}"); rr += 1
    ws.cell(rr, 1, "III. KIẾN NGHỊ").font = Font(bold=True); rr += 1
    for i, d in enumerate(r["props"], 1): ws.cell(rr, 2, f"{i}. {d}"); rr += 1
    rr += 1; ws.cell(rr, 4, "Người lập biểu"); ws.cell(rr, 5, "THỦ TRƯỞNG ĐƠN VỊ")
    for col, w in zip("ABCDE", [6, 45, 50, 18, 14]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r["f"]))

# ---------- H4 ----------
def h4(r):
    wb = Workbook(); ws = wb.active; ws.title = "TH"
    ws["A1"] = r["head"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["no"]
    ws["D2"] = vdate(r["date"])
    ws["A4"] = r.get("title", "TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 (TĐC) NĂM 2026 - ĐẾN 31/10"); ws["A4"].font = Font(bold=True)
    hdr = ["TT", "Việc được giao", "Đã làm gì", "Số liệu", "Rồi chưa?"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = B
    rr = 7
    for i, (name, task, st, ind, did, nums, stw) in enumerate(r["rows"], 1):
        for j, v in enumerate([i, name, did, nums, stw], 1):
            c = ws.cell(rr, j, v); c.border = B; c.alignment = WR
        rr += 1
    ws.cell(rr, 2, "(Rồi = đã xong; Đang làm = đang thực hiện; Chưa làm = chưa triển khai; Không có việc = không phát sinh)").font = Font(italic=True, size=9)
    rr += 2
    ws.cell(rr, 2, "Khó khăn:").font = Font(bold=True); rr += 1
    for d in r["diffs"]: ws.cell(rr, 2, "- " + d); rr += 1
    ws.cell(rr, 2, "Kiến nghị:").font = Font(bold=True); rr += 1
    for d in r["props"]: ws.cell(rr, 2, "- " + d); rr += 1
    rr += 1; ws.cell(rr, 4, "Người tổng hợp"); ws.cell(rr + 3, 4, "Võ Thanh Tâm")
    for col, w in zip("ABCDE", [5, 38, 30, 40, 14]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r["f"]))

RESAVE = {"SATTP_BC_KH38.docx", "25978_TienDo_CT38_ThuanAn.xlsx"}

def lo_resave(fn):
    ext = fn.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn)); shutil.rmtree(tmp)

def truth(r):
    path = os.path.join(OUT, r["f"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    ents = []
    if not r.get("rejected"):
        if r["hand"] == "H1":
            for (name, task, st, ind, lines, dated, stword, *total) in r["sections"]:
                txt = " ".join((lines or []) + [f"Ngày {d}: kiểm tra {w}, {x}" for d, w, x in (dated or [])] + list(total))
                ents.append(dict(task=task, status=st, indicators=ind, text=txt))
        elif r["hand"] == "H3":
            for (name, task, st, ind, text, d, p) in r["tasks"]:
                ents.append(dict(task=task, status=st, indicators=ind, text=text))
        elif r["hand"] == "H2":
            for (name, task, st, ind, res, pct) in r["rows"]:
                ents.append(dict(task=task, status=st, indicators=ind, text=f"{name}: {res}"))
        else:
            for (name, task, st, ind, did, nums, stw) in r["rows"]:
                ents.append(dict(task=task, status=st, indicators=ind, text=f"{name}: {did} {nums}".strip()))
    if r["hand"] == "H3":
        diffs = [d for t in r["tasks"] for d in t[5]]; props = [p for t in r["tasks"] for p in t[6]]
    else:
        diffs, props = r["diffs"], r["props"]
    rej = r.get("rejected", False)
    return {"file": r["f"], "sha256": sha, "status": "rejected" if rej else "extracted",
            "reason": r.get("reason") if rej else None,
            "unit": {"id": r["uid"], "name": r["uname"]},
            "document": {"number": r["no"], "date": r["date"]},
            "entries": ents, "findings": [],
            "difficulties": [] if rej else diffs, "proposals": [] if rej else props}

if __name__ == "__main__":
    for r in R:
        {"H1": h1, "H2": h2, "H3": h3, "H4": h4}[r["hand"]](r)
        if r["f"] in RESAVE: lo_resave(r["f"])
        json.dump(truth(r), open(os.path.join(OUT, "truth", r["f"] + ".json"), "w"), ensure_ascii=False, indent=1)
    print("ok", len(R))
