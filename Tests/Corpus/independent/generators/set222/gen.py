# -*- coding: utf-8 -*-
"""Generator for set 222. Run: python3 gen.py"""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.hyperlink import Hyperlink
from data import REPORTS, QH, DL

OUT = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LETTERS = "ABCDEFGHIK"


def d_words(iso, place):
    y, m, d = iso.split("-")
    return f"{place}, ngày {d} tháng {m} năm {y}"


def sign_block(doc, lines, name):
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for l in ["- Như trên;", "- Lưu: VT."]:
        q = left.add_paragraph(l); q.runs[0].font.size = Pt(10)
    p = right.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("\n".join(lines)); r.bold = True
    q = right.add_paragraph("\n\n\n"); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = right.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run(name); r.bold = True


def header_table(doc, rep):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.width = Cm(7); r.width = Cm(9.5)
    p = l.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parent = rep["parent"]
    if rep.get("head"):
        p.add_run(parent + "\n")
        rr = p.add_run(rep["head"]); rr.bold = True
    else:
        lines = parent.split("\n")
        p.add_run(lines[0] + "\n")
        rr = p.add_run("\n".join(lines[1:])); rr.bold = True
    q = l.add_paragraph("Số: " + rep["number"]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(QH); rr.bold = True
    q = r.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = q.add_run(DL); rr.bold = True
    q = r.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = q.add_run(rep["datestr"]); rr.italic = True


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc


def para(doc, text="", bold=False, italic=False, center=False, indent=True):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p


# ---------------------------------------------------------------- Hand B
def hand_b(rep, path):
    doc = base_doc()
    header_table(doc, rep)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, rep["title"], bold=True, center=True)
    para(doc, "_______________", center=True)
    short = rep["head"].title() if rep["head"] else rep["unit_name"]
    if rep.get("mistaken"):
        para(doc, f"Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố về công tác bảo đảm an toàn thực phẩm, {rep['unit_name']} báo cáo kết quả 10 tháng đầu năm 2026 như sau:")
    else:
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026, {rep['unit_name']} báo cáo kết quả thực hiện các việc được phân công như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(rep["entries"]):
        p = para(doc)
        r = p.add_run(f"Việc {LETTERS[i]} – {e['name']}."); r.bold = True
        p.add_run(" " + e["body"])
        para(doc, e["st"])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in rep["difficulties"]:
        para(doc, "- " + d)
    para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
    for d in rep["proposals"]:
        para(doc, "- " + d)
    para(doc, f"Trên đây là báo cáo của {rep['unit_name']}./.")
    if rep["unit_id"].startswith("SKHCN"):
        sign_block(doc, ["TRƯỞNG PHÒNG"], "Lê Văn Khang")
    else:
        sign_block(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Văn Khang")
    doc.save(path)


# ---------------------------------------------------------------- Hand C
def hand_c(rep, path):
    doc = base_doc()
    header_table(doc, rep)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, rep["title"], bold=True, center=True)
    p = para(doc, center=True)
    p.add_run("Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).")
    if rep.get("mistaken"):
        para(doc, f"Thực hiện Kế hoạch chuyển đổi số năm 2026, Ủy ban nhân dân {rep['unit_name']} báo cáo kết quả tháng Mười và tháng Mười Một như sau:")
    else:
        para(doc, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân {rep['unit_name']} báo cáo kết quả như sau:")
    for i, e in enumerate(rep["entries"], 1):
        para(doc, f"{i}. {e['name']}", bold=True, indent=False)
        p = para(doc)
        r = p.add_run("Tình hình: "); r.italic = True; r.bold = True
        r = p.add_run(e["tinhhinh"]); r.italic = True
        if e.get("rows"):
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Chỉ tiêu", "Số lượng", "Ghi chú"]):
                c.paragraphs[0].add_run(h).bold = True
            for lab, val, note in e["rows"]:
                cells = t.add_row().cells
                cells[0].text = lab; cells[1].text = str(val); cells[2].text = note
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            para(doc)
    p = para(doc, "Khó khăn:", bold=True, indent=False)
    for d in rep["difficulties"]:
        para(doc, "- " + d)
    p = para(doc, "Đề xuất:", bold=True, indent=False)
    for d in rep["proposals"]:
        para(doc, "- " + d)
    sign_block(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Kim Ngân")
    doc.save(path)


# ---------------------------------------------------------------- Hand A
def hand_a(rep, path):
    wb = Workbook()
    ml = wb.active; ml.title = "Mục lục"
    ml["A1"] = rep["parent"]; ml["D1"] = QH; ml["D1"].font = Font(bold=True)
    ml["A2"] = rep["head"]; ml["A2"].font = Font(bold=True); ml["D2"] = DL; ml["D2"].font = Font(bold=True)
    ml["A3"] = "Số: " + rep["number"]
    ml["D3"] = d_words(rep["date"], rep["place"]); ml["D3"].font = Font(italic=True)
    ml["A5"] = "BÁO CÁO"; ml["A5"].font = Font(bold=True, size=13)
    ml["A6"] = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"; ml["A6"].font = Font(bold=True)
    ml["A8"] = "MỤC LỤC"; ml["A8"].font = Font(bold=True)
    for c, h in zip("ABC", ["STT", "Nội dung", "Trang tính"]):
        ml[f"{c}9"] = h; ml[f"{c}9"].font = Font(bold=True); ml[f"{c}9"].border = BOX
    r = 10
    items = [(e["title"], e["sheet"]) for e in rep["entries"]] + [("Khó khăn, vướng mắc và kiến nghị", "KhoKhan-KienNghi")]
    for i, (t, s) in enumerate(items, 1):
        ml.cell(r, 1, i).border = BOX
        ml.cell(r, 2, t).border = BOX
        c = ml.cell(r, 3, s); c.hyperlink = Hyperlink(ref=c.coordinate, location=f"'{s}'!A1", display=s); c.font = Font(color="0563C1", underline="single"); c.border = BOX
        r += 1
    ml.column_dimensions["A"].width = 6; ml.column_dimensions["B"].width = 62; ml.column_dimensions["C"].width = 18
    ml.column_dimensions["D"].width = 45
    for e in rep["entries"]:
        ws = wb.create_sheet(e["sheet"])
        ws["A1"] = rep["head"]; ws["A1"].font = Font(bold=True, size=10)
        ws["A2"] = e["title"].upper(); ws["A2"].font = Font(bold=True)
        ws["A3"] = "Tình hình: " + e["tinhhinh"]
        ws.merge_cells("A3:C3"); ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[3].height = 36
        for c, h in zip("ABC", ["Chỉ tiêu", "Số lượng", "Ghi chú"]):
            ws[f"{c}5"] = h; ws[f"{c}5"].font = Font(bold=True); ws[f"{c}5"].border = BOX
            ws[f"{c}5"].alignment = Alignment(horizontal="center")
        rr = 6
        for lab, val, note in e["rows"]:
            ws.cell(rr, 1, lab).border = BOX
            c = ws.cell(rr, 2, val); c.border = BOX; c.alignment = Alignment(horizontal="right")
            if isinstance(val, int) and val >= 1000:
                c.number_format = "#,##0"
            ws.cell(rr, 3, note).border = BOX
            ws.cell(rr, 3).alignment = Alignment(wrap_text=True)
            rr += 1
        c = ws.cell(rr + 1, 1, "← Về Mục lục"); c.hyperlink = Hyperlink(ref=c.coordinate, location="'Mục lục'!A1"); c.font = Font(color="0563C1", underline="single")
        ws.column_dimensions["A"].width = 42; ws.column_dimensions["B"].width = 14; ws.column_dimensions["C"].width = 48
    ws = wb.create_sheet("KhoKhan-KienNghi")
    ws["A1"] = "I. Khó khăn, vướng mắc"; ws["A1"].font = Font(bold=True)
    rr = 2
    for i, d in enumerate(rep["difficulties"], 1):
        ws.cell(rr, 1, f"{i}."); ws.cell(rr, 2, d); rr += 1
    rr += 1
    ws.cell(rr, 1, "II. Kiến nghị, đề xuất").font = Font(bold=True); rr += 1
    for i, d in enumerate(rep["proposals"], 1):
        ws.cell(rr, 1, f"{i}."); ws.cell(rr, 2, d); rr += 1
    rr += 2
    signer = {"SKHCN-CCTDC": ("KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"), "SKHCN-TTPTTN": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
              "SKHCN-KTPC": ("TRƯỞNG PHÒNG", ""), "SO-CT": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")}[rep["unit_id"]]
    ws.cell(rr, 2, signer[0]).font = Font(bold=True)
    if signer[1]:
        ws.cell(rr + 1, 2, signer[1]).font = Font(bold=True)
    ws.cell(rr + 5, 2, "(đã ký)").font = Font(italic=True)
    c = ws.cell(rr + 8, 1, "← Về Mục lục"); c.hyperlink = Hyperlink(ref=c.coordinate, location="'Mục lục'!A1"); c.font = Font(color="0563C1", underline="single")
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 100
    wb.save(path)


# ---------------------------------------------------------------- Hand D
def hand_d(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws["A1"] = rep["parent"]; ws["D1"] = QH; ws["D1"].font = Font(bold=True)
    ws["A2"] = rep["head"]; ws["A2"].font = Font(bold=True); ws["D2"] = DL; ws["D2"].font = Font(bold=True)
    ws["A3"] = "Số: " + rep["number"]; ws["D3"] = rep["datestr"]; ws["D3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True)
    ws.merge_cells("A5:E5"); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = f"(Phần việc của {rep['unit_name']})"; ws.merge_cells("A6:E6"); ws["A6"].alignment = Alignment(horizontal="center")
    ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Công việc", "Thời gian thực hiện", "Kết quả cụ thể", "Tình hình"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 9
    for i, e in enumerate(rep["entries"], 1):
        vals = [i, e["name"], e["time"], e["result"], e["tinhhinh"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    if rep["difficulties"]:
        ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
        for d in rep["difficulties"]:
            ws.cell(r, 2, "- " + d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    if rep["proposals"]:
        ws.cell(r, 2, "Kiến nghị:").font = Font(bold=True); r += 1
        for d in rep["proposals"]:
            ws.cell(r, 2, "- " + d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    r += 1
    ws.cell(r, 4, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r, 5, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 4, "Trần Quang Vĩnh")
    for col, w in zip("ABCDE", [6, 34, 20, 60, 36]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    wb.save(path)


def libre_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, capture_output=True, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp)


def entry_text(rep, e):
    h = rep["hand"]
    if h == "A":
        return e["title"] + " – Tình hình: " + e["tinhhinh"]
    if h == "B":
        return e["body"] + " " + e["st"]
    if h == "C":
        return e["name"] + ". Tình hình: " + e["tinhhinh"]
    return e["name"] + ": " + e["result"] + " " + e["tinhhinh"]


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for rep in REPORTS:
        path = os.path.join(OUT, rep["file"])
        {"A": hand_a, "B": hand_b, "C": hand_c, "D": hand_d}[rep["hand"]](rep, path)
        if rep.get("libre"):
            libre_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mist = rep.get("mistaken")
        key = {
            "file": rep["file"], "sha256": sha,
            "status": "rejected" if mist else "extracted",
            "reason": rep.get("reason") if mist else None,
            "unit": {"id": rep["unit_id"], "name": rep["unit_name"]},
            "document": {"number": rep["number"], "date": rep["date"]},
            "entries": [] if mist else [
                {"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": entry_text(rep, e)}
                for e in rep["entries"]],
            "findings": [],
            "difficulties": [] if mist else rep["difficulties"],
            "proposals": [] if mist else rep["proposals"],
        }
        with open(os.path.join(OUT, "truth", rep["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print("wrote", rep["file"])


if __name__ == "__main__":
    main()
