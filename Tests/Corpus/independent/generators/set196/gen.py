# -*- coding: utf-8 -*-
"""Generator for set 196. Writes the report files and truth/*.json."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from data import REPORTS

OUT = os.path.dirname(os.path.abspath(__file__))
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"
LIBRE = {"26560-baria-kq-chithi38.docx", "25858-phugiao-bc-tieuchuan.xlsx"}


def setfont(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def para(doc, text="", bold=False, italic=False, align=None, size=None, font=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size: r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(doc, r, left_extra=None):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ""
    pr = c.paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pr.add_run(r["head"]).bold = True
    c2 = t.cell(0, 1); p2 = c2.paragraphs[0]; p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2.add_run(QH + "\n").bold = True
    p2.add_run(DL).bold = True
    t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, 0).paragraphs[0].add_run("Số: " + r["num"] + (("\n" + left_extra) if left_extra else ""))
    pp = t.cell(1, 1).paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp.add_run(r["datetxt"]).italic = True
    return t


def ward_sign(doc, r):
    t = doc.add_table(rows=1, cols=2)
    a = t.cell(0, 0).paragraphs[0]
    a.add_run("Nơi nhận:\n").bold = True
    cap = r["uname"].split()[0].lower() if not r["uname"].startswith("Đặc khu") else "đặc khu"
    a.add_run("- Sở KH&CN (qua Chi cục TĐC);\n- TT Đảng ủy, HĐND " + cap + ";\n- Lưu: VT, KT.")
    b = t.cell(0, 1).paragraphs[0]; b.alignment = WD_ALIGN_PARAGRAPH.CENTER
    b.add_run("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n").bold = True
    b.add_run(r["sign"]).bold = True


# ---------------- Hand A ----------------
def hand_a(r, path):
    doc = Document(); setfont(doc, "Times New Roman", 13)
    header_table(doc, r)
    para(doc)
    title = r.get("title", "BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026")
    t1, t2 = title.split("\n")
    para(doc, t1, bold=True, align="c")
    para(doc, t2, bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")
    if r.get("mistaken"):
        para(doc, "Thực hiện chỉ đạo của UBND Thành phố, " + r["uname"] + " báo cáo kết quả chuyển đổi số tháng 11/2026 như sau:", indent=1)
        para(doc, "I. Kết quả thực hiện", bold=True)
        for i, (n, kq, st) in enumerate(r["mtext"], 1):
            para(doc, f"{i}. {n}", bold=True)
            para(doc, f"Kết quả đạt được: {kq}.  {st}", indent=1, align="j")
    else:
        para(doc, "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026, " + r["uname"] +
             " báo cáo kết quả làm được tới thời điểm này như sau (giao " + r["officer"] + " tổng hợp):", indent=1, align="j")
        para(doc, "I. Kết quả thực hiện", bold=True)
        for i, e in enumerate(r["entries"], 1):
            lab = f"{i}. {e['name']}" if i % 3 else f"{i}/ {e['name']}"   # numbering typed by hand, not consistent
            para(doc, lab, bold=True)
            kq = e["p"] + (", " + e["c"] if e["c"] else "")
            para(doc, "Kết quả đạt được:  " + kq + ".  " + e["st"], indent=1, align="j")
    para(doc, "II. Khó khăn, vướng mắc", bold=True)
    if r["diff"]:
        for d in r["diff"]: para(doc, "- " + d, indent=0.5)
    else:
        para(doc, "- Chưa có khó khăn gì lớn.", indent=0.5)
    para(doc, "III. Đề xuất, kiến nghị", bold=True)
    for d in r["prop"]: para(doc, "- " + d, indent=0.5)
    para(doc, "Trên đây là báo cáo của " + r["uname"] + "./.", indent=1)
    ward_sign(doc, r)
    doc.save(path)


# ---------------- Hand B: Zalo paste ----------------
def hand_b(r, path):
    doc = Document(); setfont(doc, "Times New Roman", 13)
    header_table(doc, r)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Kết quả triển khai KH 38 (tiêu chuẩn – đo lường – chất lượng) năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM", align="c")
    para(doc, r["uname"] + " báo cáo số liệu do " + r["officer"] + " tổng hợp trong nhóm Zalo công việc, cụ thể như sau:", indent=1)
    Z = "Segoe UI"
    para(doc, f"{r['zalo']}  09:41", size=9, font=Z, italic=True)
    para(doc, "Gửi anh chị số liệu KH38 nha (tháng này / cộng từ đầu năm)", size=10.5, font=Z)
    para(doc, "STT – Việc – Tháng này – Cộng từ đầu năm – Tình hình", size=10.5, font=Z)
    for i, e in enumerate(r["entries"], 1):
        para(doc, f"{i} – {e['name']} – {e['p']} – {e['c']} – {e['st']}", size=10.5, font=Z)
    para(doc, "(cs = cơ sở, vp = vi phạm)", size=10.5, font=Z)
    para(doc, f"{r['zalo']}  09:43", size=9, font=Z, italic=True)
    para(doc, "Có gì a chị xem giúp e, e chỉnh lại 👍", size=10.5, font=Z)
    para(doc, "* Khó khăn:", bold=True)
    for d in r["diff"]: para(doc, "- " + d)
    para(doc, "* Kiến nghị:", bold=True)
    for d in r["prop"]: para(doc, "- " + d)
    ward_sign(doc, r)
    doc.save(path)


# ---------------- Hand D docx: e-mail table ----------------
def shade(cell, color):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def mail_table(doc, r):
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    hdr = ["#", "Hạng mục", "Kỳ này", "Cộng dồn", "Ghi nhận"]
    for j, h in enumerate(hdr):
        c = t.rows[0].cells[j]; c.text = ""
        run = c.paragraphs[0].add_run(h); run.bold = True; run.font.name = "Calibri"; run.font.size = Pt(11)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "4472C4")
    for i, e in enumerate(r["entries"], 1):
        row = t.add_row().cells
        for j, v in enumerate([str(i), e["name"], e["p"], e["c"], e["st"]]):
            row[j].text = ""
            run = row[j].paragraphs[0].add_run(v); run.font.name = "Calibri"; run.font.size = Pt(11)
            if i % 2 == 0: shade(row[j], "D9E2F3")


def hand_d_docx(r, path):
    doc = Document(); setfont(doc, "Times New Roman", 13)
    header_table(doc, r, left_extra="V/v báo cáo kết quả thực hiện KH triển khai CT 38 năm 2026")
    para(doc)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c")
    para(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, " + r["uname"] +
         " gửi kết quả thực hiện các nội dung có liên quan theo bảng dưới đây (bảng do " + r["sign"] +
         " tổng hợp, gửi qua thư điện tử):", indent=1, align="j")
    mail_table(doc, r)
    nm, pos, tel = r["mail"]
    for line in ["Trân trọng,", "--", nm, pos, "ĐT/Email: " + tel]:
        para(doc, line, size=10, font="Calibri", italic=(line != nm))
    para(doc, "Một số khó khăn:", bold=True)
    if r["diff"]:
        for d in r["diff"]: para(doc, "- " + d, indent=0.5)
    else:
        para(doc, "- Không có.", indent=0.5)
    para(doc, "Kiến nghị:", bold=True)
    for d in r["prop"]: para(doc, "- " + d, indent=0.5)
    para(doc, r["uname"] + " báo cáo để Chi cục tổng hợp./.", indent=1)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].add_run("Nơi nhận:\n- Như trên;\n- Lưu: VT.").italic = True
    b = t.cell(0, 1).paragraphs[0]; b.alignment = WD_ALIGN_PARAGRAPH.CENTER
    b.add_run("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n").bold = True
    b.add_run(r.get("signer", "")).bold = True
    doc.save(path)


# ---------------- Hand C xlsx ----------------
def hand_c(r, path):
    wb = Workbook(); ws = wb.active; ws.title = r["sheet"]
    ws["A1"] = r["head"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["num"]
    ws["D1"] = QH; ws["D1"].font = Font(bold=True)
    ws["D2"] = DL
    ws["D3"] = r.get("place", r["uname"].replace("Phường ", "").replace("Xã ", "")) + ", " + r["datetxt"]
    ws["D3"].font = Font(italic=True)
    if r.get("mistaken"):
        ws["A5"] = "BIỂU KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ IV/2026"
    else:
        ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (" + r.get("period", "số liệu tháng 10, 11/2026") + ")"
    ws["A5"].font = Font(bold=True, size=13)
    hdr = ["TT", "Việc", "Kết quả đạt được", "Đánh giá nhanh", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    rows = r["mtext"] if r.get("mistaken") else [(e["name"], e["p"], e["c"], e["st"]) for e in r["entries"]]
    row = 8
    for i, (n, p, c, st) in enumerate(rows, 1):
        vals = [i, n, p + ("\n" + c if c else ""), st, ""]
        for j, v in enumerate(vals, 1):
            cc = ws.cell(row=row, column=j, value=v); cc.border = bd
            cc.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True); row += 1
    for d in (r["diff"] or ["Không có."]):
        ws.cell(row=row, column=2, value="- " + d); row += 1
    ws.cell(row=row, column=1, value="Đề xuất, kiến nghị:").font = Font(bold=True); row += 1
    for d in r["prop"]:
        ws.cell(row=row, column=2, value="- " + d); row += 1
    row += 1
    ws.cell(row=row, column=4, value="Người lập biểu").font = Font(bold=True)
    ws.cell(row=row + 4, column=4, value=r["sign"])
    ws.column_dimensions["B"].width = 38; ws.column_dimensions["C"].width = 55
    ws.column_dimensions["D"].width = 16; ws.column_dimensions["E"].width = 12
    wb.save(path)


# ---------------- Hand D xlsx: e-mail table pasted into a sheet ----------------
def hand_d_xlsx(r, path):
    wb = Workbook(); ws = wb.active; ws.title = r["sheet"]
    for k, line in enumerate(r["head"].split("\n"), 1):
        ws.cell(row=k, column=1, value=line).font = Font(bold=True)
    k += 1
    if r["num"]:
        ws.cell(row=k, column=1, value="Số: " + r["num"]); k += 1
    ws.cell(row=k, column=1, value="Báo cáo kết quả thực hiện KH triển khai CT 38 năm 2026 – " + r["datetxt"]).font = Font(italic=True)
    k += 2
    hdr = ["#", "Hạng mục", "Kỳ này", "Cộng dồn", "Ghi nhận"]
    blue = PatternFill("solid", fgColor="4472C4"); band = PatternFill("solid", fgColor="D9E2F3")
    for j, h in enumerate(hdr, 2):
        c = ws.cell(row=k, column=j, value=h); c.font = Font(name="Calibri", bold=True, color="FFFFFF"); c.fill = blue
    for i, e in enumerate(r["entries"], 1):
        k += 1
        for j, v in enumerate([i, e["name"], e["p"], e["c"], e["st"]], 2):
            c = ws.cell(row=k, column=j, value=v); c.font = Font(name="Calibri")
            if i % 2 == 0: c.fill = band
    k += 2
    nm, pos, tel = r["mail"]
    for line in ["Trân trọng,", "--", nm, pos, "ĐT/Email: " + tel]:
        ws.cell(row=k, column=2, value=line).font = Font(name="Calibri", italic=True, size=10); k += 1
    k += 1
    ws.cell(row=k, column=2, value="Khó khăn:").font = Font(bold=True); k += 1
    for d in (r["diff"] or ["Không có."]):
        ws.cell(row=k, column=2, value="- " + d); k += 1
    ws.cell(row=k, column=2, value="Kiến nghị:").font = Font(bold=True); k += 1
    for d in r["prop"]:
        ws.cell(row=k, column=2, value="- " + d); k += 1
    k += 1
    ws.cell(row=k, column=5, value="Đơn vị báo cáo: " + r["uname"]).font = Font(bold=True)
    ws.column_dimensions["C"].width = 50; ws.column_dimensions["D"].width = 20
    ws.column_dimensions["E"].width = 40; ws.column_dimensions["F"].width = 30
    wb.save(path)


def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for r in REPORTS:
        path = os.path.join(OUT, r["file"])
        h, k = r["hand"], r["kind"]
        if h == "A": hand_a(r, path)
        elif h == "B": hand_b(r, path)
        elif h == "C": hand_c(r, path)
        elif h == "D" and k == "docx": hand_d_docx(r, path)
        else: hand_d_xlsx(r, path)
        if r["file"] in LIBRE: resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mis = r.get("mistaken", False)
        truth = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if mis else "extracted",
            "reason": r["reason"] if mis else None,
            "unit": {"id": r["uid"], "name": r["uname"]},
            "document": {"number": r["num"] or None, "date": r["date"]},
            "entries": [] if mis else [
                {"task": e["task"], "status": e["status"], "indicators": e["ind"],
                 "text": e["name"] + ": " + "; ".join(x for x in (e["p"], e["c"], e["st"]) if x and x != "—")}
                for e in r["entries"]],
            "findings": [],
            "difficulties": [] if mis else r["diff"],
            "proposals": [] if mis else r["prop"],
        }
        json.dump(truth, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        print("wrote", r["file"])


if __name__ == "__main__":
    main()
