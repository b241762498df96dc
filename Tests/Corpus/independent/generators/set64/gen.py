# -*- coding: utf-8 -*-
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from content import R

OUT = os.path.dirname(os.path.abspath(__file__))

def words_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"

def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    pf = st.paragraph_format; pf.space_after = Pt(3); pf.space_before = Pt(0)
    for s in doc.sections:
        s.page_width = Cm(21); s.page_height = Cm(29.7)
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def cellp(cell, text, bold=False, italic=False, underline=False, size=None, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    return p

def header(doc, left_lines, number, place_date, lsize=12):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    l.width = Cm(6.5); r.width = Cm(9.5)
    first = True
    for i, (txt, b) in enumerate(left_lines):
        cellp(l, txt, bold=b, size=lsize, first=first, underline=(b and i == len(left_lines) - 1)); first = False
    cellp(l, "Số: " + number, size=13)
    cellp(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12, first=True)
    cellp(r, "Độc lập - Tự do - Hạnh phúc", bold=True, underline=True, size=13)
    cellp(r, "")
    cellp(r, place_date, italic=True, size=13)

def para(doc, text, bold=False, italic=False, indent=True, align=None, size=None):
    p = doc.add_paragraph()
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def center(doc, text, bold=True, italic=False, size=None):
    return para(doc, text, bold=bold, italic=italic, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=size)

def signature(doc, noi_nhan, lines, name):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    p = l.paragraphs[0]; rr = p.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True; rr.font.size = Pt(12)
    for n in noi_nhan:
        q = l.add_paragraph(); q.paragraph_format.space_after = Pt(0); x = q.add_run(n); x.font.size = Pt(11)
    first = True
    for ln in lines:
        cellp(r, ln, bold=True, first=first); first = False
    for _ in range(3): cellp(r, "")
    cellp(r, name, bold=True)

# ---------------- hand A ----------------
def hand_A(rep, path):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    ward = rep["uname"]
    header(doc, [("ỦY BAN NHÂN DÂN", False), (ward.upper(), True)], rep["number"],
           f"{rep['place']}, {words_date(rep['date'])}")
    doc.add_paragraph()
    center(doc, "BÁO CÁO", size=14)
    if rep["status"] == "rejected":
        center(doc, rep["title2"])
        para(doc, f"Thực hiện Kế hoạch của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố về bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026, Ủy ban nhân dân {ward[0].lower() + ward[1:]} báo cáo kết quả như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for i, (t, b) in enumerate(rep["mistaken_body"], 1):
            para(doc, f"{i}. {t}", bold=True)
            para(doc, b)
        para(doc, "II. PHƯƠNG HƯỚNG THỜI GIAN TỚI", bold=True, indent=False)
        para(doc, "Tiếp tục duy trì kiểm tra, giám sát các cơ sở kinh doanh thực phẩm trên địa bàn trong dịp cuối năm và Tết Nguyên đán Bính Ngọ 2027.")
        noi = ["- Phòng Y tế Thành phố;", "- Đảng ủy phường;", "- Lưu: VT, VHXH."]
    else:
        center(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW")
        center(doc, "năm 2026 trên địa bàn phường" if ward.startswith("Phường") else "năm 2026 trên địa bàn")
        center(doc, "_______", bold=False)
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Ủy ban nhân dân {ward[0].lower() + ward[1:]} báo cáo kết quả thực hiện như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for i, e in enumerate(rep["entries"], 1):
            para(doc, f"{i}. {e[3]}", bold=True)
            para(doc, e[4])
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        for d in rep["difficulties"]: para(doc, "- " + d)
        para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
        for d in rep["proposals"]: para(doc, "- " + d)
        para(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {ward[0].lower() + ward[1:]}./.")
        noi = ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- TT. Đảng ủy phường;", "- Lưu: VT, KT."]
    signature(doc, noi, rep["signer"][:2], rep["signer"][2])
    doc.save(path)

# ---------------- hand C ----------------
def hand_C(rep, path):
    doc = Document(); set_font(doc, "Times New Roman", 14)
    left = [(x, False) for x in rep["parent"].split("\n")] + [(rep["uname"].upper(), True)]
    header(doc, left, rep["number"], f"Thành phố Hồ Chí Minh, {words_date(rep['date'])}", lsize=12)
    doc.add_paragraph()
    center(doc, "BÁO CÁO")
    center(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW")
    center(doc, "của Ban Bí thư năm 2026")
    kg = "Giám đốc Sở Khoa học và Công nghệ" if rep["uid"].startswith("SKHCN") else "Sở Khoa học và Công nghệ"
    center(doc, "Kính gửi: " + kg, bold=False)
    short = rep["short"]
    para(doc, f"Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {rep['uname']} báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(rep["entries"], 1):
        para(doc, f"{i}. {e[3]}", bold=True)
        para(doc, e[4])
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(e[5]); r.bold = True
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in rep["difficulties"]: para(doc, "- " + d)
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for d in rep["proposals"]: para(doc, "- " + d)
    para(doc, f"{short} báo cáo Sở Khoa học và Công nghệ tổng hợp./." if not rep["uid"].startswith("SKHCN") else "Chi cục kính báo cáo Giám đốc Sở./.")
    noi = ["- Như trên;", "- Giám đốc (để b/c);", "- Lưu: VT."]
    signature(doc, noi, rep["signer"][:2], rep["signer"][2])
    doc.save(path)

# ---------------- hand D (docx) ----------------
def hand_D_docx(rep, path):
    doc = Document(); set_font(doc, "Arial", 12)
    ward = rep["uname"]
    header(doc, [("UBND " + ward.upper(), False), ("PHÒNG KINH TẾ", True)], rep["number"],
           f"{rep['place']}, {words_date(rep['date'])}", lsize=11)
    doc.add_paragraph()
    center(doc, "BÁO CÁO")
    center(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026")
    center(doc, "(phần việc được phân công)", bold=False, italic=True)
    para(doc, f"Tôi tên là {rep['me']}, {rep['role']} {ward[0].lower() + ward[1:]}, được Ủy ban nhân dân phường phân công theo dõi công tác tiêu chuẩn, đo lường, chất lượng. Tôi xin báo cáo kết quả thực hiện năm 2026 như sau:")
    for i, e in enumerate(rep["entries"], 1):
        para(doc, f"{i}. {e[4]}")
    para(doc, "Khó khăn của tôi:", bold=True, indent=False)
    for d in rep["difficulties"]: para(doc, "- " + d)
    para(doc, "Đề xuất:", bold=True, indent=False)
    for d in rep["proposals"]: para(doc, "- " + d)
    para(doc, "Tôi xin báo cáo để lãnh đạo phường biết và gửi Chi cục tổng hợp.")
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cellp(l, "XÁC NHẬN CỦA LÃNH ĐẠO UBND PHƯỜNG", bold=True, first=True, size=11)
    cellp(r, "NGƯỜI BÁO CÁO", bold=True, first=True, size=11)
    for _ in range(3): cellp(r, "")
    cellp(r, rep["me"], bold=True)
    doc.save(path)

# ---------------- xlsx helpers ----------------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"

def w(ws, ref, v, bold=False, italic=False, size=12, wrap=False, h=None, border=False, fmt=None):
    c = ws[ref]; c.value = v
    c.font = Font(name=TNR, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical="center" if not wrap else "top")
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c

def hand_B(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bieu CT38" if rep["status"] != "rejected" else "CDS 9T"
    for col, wd in zip("ABCDEFG", (6, 34, 38, 24, 13, 9, 20)): ws.column_dimensions[col].width = wd
    w(ws, "A1", "UBND " + rep["uname"].upper(), bold=True)
    w(ws, "A2", "Số: " + rep["number"])
    w(ws, "E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    w(ws, "E2", "Độc lập - Tự do - Hạnh phúc", bold=True)
    title = rep.get("title2") or "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws.merge_cells("A4:G4"); w(ws, "A4", title, bold=True, size=13, h="center")
    y, m, d = rep["date"].split("-")
    ws.merge_cells("A5:G5"); w(ws, "A5", f"(Kèm theo Báo cáo số {rep['number']} ngày {d}/{m}/{y} của UBND {rep['uname'].lower()})", italic=True, h="center")
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Chỉ tiêu", "Số lượng", "ĐVT", "Tình hình"]
    for i, t in enumerate(hdr):
        w(ws, f"{'ABCDEFG'[i]}7", t, bold=True, h="center", border=True, wrap=True)
    r = 8
    for n, row in enumerate(rep["rows"], 1):
        task, st, sw, title, res, figs = row
        w(ws, f"A{r}", n, h="center", border=True); w(ws, f"B{r}", title, wrap=True, border=True, bold=True)
        w(ws, f"C{r}", res, wrap=True, border=True); w(ws, f"G{r}", sw, wrap=True, border=True)
        for col in "DEF": w(ws, f"{col}{r}", None, border=True)
        r += 1
        for lab, val, dvt, key, num in figs:
            for col in "ABCG": w(ws, f"{col}{r}", None, border=True)
            w(ws, f"D{r}", lab, border=True, wrap=True)
            w(ws, f"E{r}", val, border=True, h="right", fmt="#,##0")
            w(ws, f"F{r}", dvt, border=True, h="center")
            r += 1
    r += 1
    w(ws, f"B{r}", "Khó khăn, vướng mắc:", bold=True); r += 1
    for dd in rep["difficulties"]:
        ws.merge_cells(f"B{r}:G{r}"); w(ws, f"B{r}", "- " + dd, wrap=True); ws.row_dimensions[r].height = 32; r += 1
    w(ws, f"B{r}", "Kiến nghị:", bold=True); r += 1
    for dd in rep["proposals"]:
        ws.merge_cells(f"B{r}:G{r}"); w(ws, f"B{r}", "- " + dd, wrap=True); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    w(ws, f"E{r}", f"{rep['place']}, {words_date(rep['date'])}", italic=True); r += 1
    w(ws, f"B{r}", "Người lập biểu", bold=True, h="center"); w(ws, f"E{r}", "KT. CHỦ TỊCH", bold=True); r += 1
    w(ws, f"E{r}", "PHÓ CHỦ TỊCH", bold=True); r += 4
    w(ws, f"B{r}", rep["maker"], bold=True, h="center")
    ws.page_setup.orientation = "landscape"
    wb.save(path)

def hand_D_xlsx(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    for col, wd in zip("ABCD", (6, 36, 62, 16)): ws.column_dimensions[col].width = wd
    unit = rep["uname"]
    w(ws, "A1", "UBND " + unit.upper(), bold=True)
    w(ws, "A2", "Số: " + rep["number"])
    w(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, h="right")
    w(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, h="right")
    w(ws, "C3", f"{rep['place']}, {words_date(rep['date'])}", italic=True, h="right")
    ws.merge_cells("A5:D5"); w(ws, "A5", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, size=13, h="center")
    ws.merge_cells("A6:D6"); w(ws, "A6", f"(Người tổng hợp: {rep['me']}, {rep['role']})", italic=True, h="center")
    kind = "xã" if unit.startswith("Xã") else "phường"
    for i, t in enumerate(["STT", f"Việc {kind} được giao", "Tôi đã làm được", "Tình hình"]):
        w(ws, f"{'ABCD'[i]}8", t, bold=True, h="center", border=True)
    r = 9
    for n, e in enumerate(rep["entries"], 1):
        w(ws, f"A{r}", n, h="center", border=True); w(ws, f"B{r}", e[3], wrap=True, border=True)
        w(ws, f"C{r}", e[4], wrap=True, border=True); w(ws, f"D{r}", e[5], border=True, h="center")
        ws.row_dimensions[r].height = 34; r += 1
    r += 1
    w(ws, f"B{r}", "Khó khăn của tôi:", bold=True); r += 1
    for dd in rep["difficulties"]:
        ws.merge_cells(f"B{r}:D{r}"); w(ws, f"B{r}", "- " + dd, wrap=True); ws.row_dimensions[r].height = 32; r += 1
    w(ws, f"B{r}", "Tôi đề xuất:", bold=True); r += 1
    for dd in rep["proposals"]:
        ws.merge_cells(f"B{r}:D{r}"); w(ws, f"B{r}", "- " + dd, wrap=True); r += 1
    r += 1
    w(ws, f"B{r}", f"Xác nhận của lãnh đạo UBND {kind}", bold=True, h="center"); w(ws, f"C{r}", "Người lập", bold=True, h="right"); r += 4
    w(ws, f"C{r}", rep["me"], bold=True, h="right")
    wb.save(path)

def lo_resave(path, fmt):
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", tmp, path], check=True, capture_output=True, timeout=180)
    out = os.path.join(tmp, os.listdir(tmp)[0])
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)

def key(rep, path):
    h = hashlib.sha256(open(path, "rb").read()).hexdigest()
    ents = []
    if rep["status"] == "extracted":
        if rep["hand"] == "B":
            for task, st, sw, title, res, figs in rep["rows"]:
                ents.append({"task": task, "status": st,
                             "indicators": {k: v for _, _, _, k, v in figs if k},
                             "text": (title + ". " + res).strip(". ")})
        else:
            for e in rep["entries"]:
                ents.append({"task": e[0], "status": e[1], "indicators": dict(e[2]), "text": e[4]})
    return {"file": rep["file"], "sha256": h, "status": rep["status"], "reason": rep.get("reason"),
            "unit": {"id": rep["uid"], "name": rep["uname"]},
            "document": {"number": rep["number"], "date": rep["date"]},
            "entries": ents, "findings": [],
            "difficulties": rep["difficulties"] if rep["status"] == "extracted" else [],
            "proposals": rep["proposals"] if rep["status"] == "extracted" else []}

def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for rep in R:
        path = os.path.join(OUT, rep["file"])
        hnd = rep["hand"]
        if hnd == "A": hand_A(rep, path)
        elif hnd == "C": hand_C(rep, path)
        elif hnd == "B": hand_B(rep, path)
        elif hnd == "D": (hand_D_docx if path.endswith(".docx") else hand_D_xlsx)(rep, path)
        if hnd == "B":
            lo_resave(path, "xlsx")   # the clerk works in LibreOffice Calc: formulas get cached values
        elif rep.get("lo"):
            lo_resave(path, "docx")
        k = key(rep, path)
        with open(os.path.join(OUT, "truth", rep["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
        print("wrote", rep["file"])

if __name__ == "__main__":
    main()
