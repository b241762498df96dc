# -*- coding: utf-8 -*-
"""Generator for set240. Hands A (ward DOCX table), B (commune XLSX), E (ward DOCX paragraphs),
C (department DOCX guillemet triples), D (department XLSX with Minh chứng column)."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, "truth")

PLAN = {
 "II.1.a": "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức…",
 "II.1.b": "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng…",
 "II.2.c": "Đề xuất, kiến nghị việc sửa đổi, bổ sung các Luật và các văn bản quy phạm pháp luật…",
 "II.2.d": "Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến…",
 "II.2.đ": "Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động…",
 "II.2.e": "Chủ trì, phối hợp với các sở, ban, ngành liên quan xây dựng, góp ý tiêu chuẩn quy chuẩn…",
 "II.2.i": "Tổ chức kết nối, triển khai, áp dụng hệ thống cơ sở dữ liệu quốc gia…",
 "II.3.a": "Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ…",
 "II.3.d": "Xây dựng, tổ chức thực hiện các chương trình, kế hoạch đào tạo, bồi dưỡng, tập huấn cho viên chức…",
 "II.5.a": "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn…",
 "II.5.b": "Triển khai công tác khảo sát chất lượng sản phẩm, hàng hóa…",
 "II.5.c": "Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền…",
 "II.5.d": "Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác…",
 "II.6.a": "Cập nhật kịp thời các điều ước, các thỏa thuận quốc tế có liên quan…",
}

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def key(fname, r, status="extracted", reason=None):
    d = {"file": fname, "sha256": sha(os.path.join(OUT, fname)), "status": status, "reason": reason,
         "unit": {"id": r["uid"], "name": r["uname"]},
         "document": {"number": r.get("num"), "date": r.get("iso")},
         "entries": [] if status == "rejected" else
            [{"task": e["task"], "status": e["st"], "indicators": e.get("ind", {}), "text": e["res"].replace("\n", " ")} for e in r["items"]],
         "findings": [],
         "difficulties": [] if status == "rejected" else [k for k, p in r.get("kkdx", []) if k],
         "proposals": [] if status == "rejected" else [p for k, p in r.get("kkdx", []) if p]}
    json.dump(d, open(os.path.join(TR, fname + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def setfont(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    rf.set(qn('w:eastAsia'), name)

def para(doc, text, bold=False, italic=False, center=False, size=None, indent=True):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def cell(c, text, bold=False, italic=False, center=False, size=None):
    c.text = ""
    lines = text.split("\n")
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header_table(doc, left_lines, num, place_date):
    t = doc.add_table(rows=1, cols=2)
    cell(t.cell(0, 0), "\n".join(left_lines + ["Số: " + num]), bold=False, center=True, size=12)
    cell(t.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + place_date, center=True, size=12)
    for p in t.cell(0, 1).paragraphs[:2]:
        for r in p.runs: r.bold = True
    for r in t.cell(0, 1).paragraphs[-1].runs: r.italic = True

def sign(doc, left, right_lines):
    t = doc.add_table(rows=1, cols=2)
    cell(t.cell(0, 0), left, size=11)
    cell(t.cell(0, 1), "\n".join(right_lines), bold=True, center=True)

# ---------------------------------------------------------------- Hand A
def hand_A(fname, r):
    doc = Document(); setfont(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = r.get("hdr", "UBND " + r["uname"] + " – Báo cáo kết quả thực hiện KH triển khai Chỉ thị 38-CT/TW năm 2026")
    sec.footer.paragraphs[0].text = r["uname"] + " · " + r["officer"]
    header_table(doc, ["ỦY BAN NHÂN DÂN", "_______"], r["num"], r["place_date"])
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, r["title"], bold=True, center=True)
    for t in r["intro"]:
        para(doc, t)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"
    for i, h in enumerate(["TT", "Nội dung yêu cầu (theo Kế hoạch)", "Kết quả thực hiện", "Tự đánh giá"]):
        cell(tb.rows[0].cells[i], h, bold=True, center=True, size=12)
    for n, e in enumerate(r["items"], 1):
        row = tb.add_row().cells
        cell(row[0], str(n), center=True, size=12)
        cell(row[1], e.get("plan", PLAN.get(e["task"], "")), italic=True, size=12)
        cell(row[2], e["res"], size=12)
        cell(row[3], e["self"], center=True, size=12)
    for w, c in zip([Cm(1), Cm(5.5), Cm(8), Cm(2.5)], tb.columns):
        for x in c.cells: x.width = w
    if r.get("kkdx"):
        para(doc, "II. KHÓ KHĂN – ĐỀ XUẤT", bold=True, indent=False)
        for k, p in r["kkdx"]:
            para(doc, "- " + r["kkfmt"](k, p))
    para(doc, r["closing"])
    sign(doc, "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC;\n- TT.ĐU, TT.UBND phường;\n- Lưu: VT, KT.",
         ["TM. ỦY BAN NHÂN DÂN " + r["uname"].upper(), "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", r["signer"]])
    doc.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- Hand E
def hand_E(fname, r):
    doc = Document(); setfont(doc, size=14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", r["uname"].upper()], r["num"], r["place_date"])
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, r["title"], bold=True, center=True)
    for t in r["intro"]:
        para(doc, t)
    for n, e in enumerate(r["items"], 1):
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        rr = p.add_run(f"{n}. {e['short']}: "); rr.bold = True
        p.add_run(e["res"] + " ")
        t = p.add_run("— tự đánh giá: " + e["self"]); t.italic = True
    para(doc, "Khó khăn – Đề xuất:", bold=True)
    for k, pp in r["kkdx"]:
        para(doc, "+ " + r["kkfmt"](k, pp))
    para(doc, r["closing"])
    sign(doc, "Nơi nhận:\n- Sở KH&CN (qua Chi cục TĐC);\n- Lưu: VT.",
         ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" if r.get("chair") else "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "", "", r["signer"]])
    doc.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- Hand C
def hand_C(fname, r):
    doc = Document(); setfont(doc, size=13)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", r["uname"].upper()], r["num"], r["place_date"])
    para(doc, r["vv"], italic=True, indent=False)
    para(doc, "Kính gửi: " + r["to"], center=True)
    for t in r["intro"]:
        para(doc, t)
    for e in r["items"]:
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        a = p.add_run("Yêu cầu: "); a.bold = True
        b = p.add_run("«" + e.get("plan", PLAN.get(e["task"], "")) + "»"); b.italic = True
        p2 = doc.add_paragraph(); p2.paragraph_format.first_line_indent = Cm(1)
        a = p2.add_run("Đã thực hiện: "); a.bold = True
        p2.add_run(e["res"])
        p3 = doc.add_paragraph(); p3.paragraph_format.first_line_indent = Cm(1)
        a = p3.add_run("Tự đánh giá: "); a.bold = True
        p3.add_run(e["self"])
    if r.get("kkdx"):
        para(doc, "Khó khăn – Đề xuất", bold=True)
        for n, (k, pp) in enumerate(r["kkdx"], 1):
            para(doc, f"{n}) " + r["kkfmt"](k, pp))
    for t in r["closing"]:
        para(doc, t)
    sign(doc, "Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, " + r["ab"] + ".",
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", r["signer"]])
    doc.save(os.path.join(OUT, fname))

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- Hand B
def hand_B(fname, r):
    wb = Workbook(); ws = wb.active; ws.title = "BC_CT38"
    ws["A1"] = "UBND " + r["uname"].upper(); ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["num"]; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = r["place_date"]; ws["D3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True, size=12)
    ws.merge_cells("A5:E5"); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = r["sub"]; ws.merge_cells("A6:E6"); ws["A6"].alignment = Alignment(horizontal="center"); ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Nội dung yêu cầu (theo Kế hoạch)", "Kết quả thực hiện", "Tính đến ngày", "Tự đánh giá"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    row = 9
    for n, e in enumerate(r["items"], 1):
        vals = [n, e.get("plan", PLAN.get(e["task"], "")), e["res"], e.get("asof", r["asof"]), e["self"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v); c.border = BOX; c.alignment = WRAP
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Khó khăn – Đề xuất:").font = Font(bold=True); row += 1
    for n, (k, p) in enumerate(r["kkdx"], 1):
        ws.cell(row=row, column=1, value=n)
        ws.cell(row=row, column=2, value=r["kkfmt"](k, p)); ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        ws.cell(row=row, column=2).alignment = WRAP; ws.row_dimensions[row].height = 45
        row += 1
    row += 1
    ws.cell(row=row, column=4, value="TM. ỦY BAN NHÂN DÂN").font = Font(bold=True)
    ws.cell(row=row + 1, column=4, value=r["signrole"]).font = Font(bold=True)
    ws.cell(row=row + 5, column=4, value=r["signer"]).font = Font(bold=True)
    ws.cell(row=row, column=1, value="Người lập biểu: " + r["officer"])
    for col, w in zip("ABCDE", [6, 42, 55, 14, 16]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- Hand D
def hand_D(fname, r):
    wb = Workbook(); ws = wb.active; ws.title = "Phu luc"
    ws["A1"] = r["uname"].upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = r["div"]
    ws["A4"] = "PHỤ LỤC"; ws["A4"].font = Font(bold=True); ws.merge_cells("A4:F4"); ws["A4"].alignment = Alignment(horizontal="center")
    ws["A5"] = "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"; ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "(Kèm theo Công văn số " + r["num"] + " " + r["datetext"] + " của " + r["uname"] + ")"
    ws.merge_cells("A6:F6"); ws["A6"].alignment = Alignment(horizontal="center"); ws["A6"].font = Font(italic=True)
    hdr = ["TT", "Nội dung yêu cầu (theo Kế hoạch)", "Kết quả thực hiện", "Số liệu", "Minh chứng (văn bản)", "Tự đánh giá"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = 9
    for n, e in enumerate(r["items"], 1):
        vals = [n, e.get("plan", PLAN.get(e["task"], "")), e["res"], e.get("nums", ""), e.get("mc", ""), e["self"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v); c.border = BOX; c.alignment = WRAP
        row += 1
    for col, w in zip("ABCDEF", [5, 40, 52, 24, 30, 18]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Kho khan - De xuat")
    ws2["A1"] = "KHÓ KHĂN – ĐỀ XUẤT"; ws2["A1"].font = Font(bold=True)
    for n, (k, p) in enumerate(r["kkdx"], 1):
        ws2.cell(row=n + 2, column=1, value=n); ws2.cell(row=n + 2, column=2, value=r["kkfmt"](k, p)).alignment = WRAP
    ws2.column_dimensions["B"].width = 110
    rr = len(r["kkdx"]) + 4
    ws2.cell(row=rr, column=2, value="Người tổng hợp: " + r["officer"] + "          " + r["signrole"] + ": " + r["signer"])
    wb.save(os.path.join(OUT, fname))

from data import REPORTS
for fname, hand, r, status, reason in REPORTS:
    {"A": hand_A, "B": hand_B, "C": hand_C, "D": hand_D, "E": hand_E}[hand](fname, r)
    if r.get("lo"):
        tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
        ext = fname.rsplit(".", 1)[1]
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fname)],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname)); shutil.rmtree(tmp)
    key(fname, r, status, reason)
    print("wrote", fname)
