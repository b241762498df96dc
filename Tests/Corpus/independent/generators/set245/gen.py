# -*- coding: utf-8 -*-
"""Generator for set245. Builds the 17 report files and their answer keys."""
import hashlib, json, os, sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import FILES

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def vdate(iso):
    y, m, d = iso.split("-"); return f"ngày {d} tháng {m} năm {y}"

def ward_upper(name):
    return name.upper()

# ------------------------------ DOCX helpers ------------------------------
def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def cell_lines(cell, lines, bold=False, italic=False, center=True, size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if isinstance(ln, tuple): txt, b, i = ln
        else: txt, b, i = ln, bold, italic
        r = p.add_run(txt); r.bold = b; r.italic = i
        if size: r.font.size = Pt(size)

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), left, size=12)
    cell_lines(t.cell(0, 1), right, size=12)
    return t

def para(doc, text, bold=False, italic=False, align=None, indent=True, size=None):
    p = doc.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != "c": p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def signature(doc, noinhan, role, signer, org="TM. ỦY BAN NHÂN DÂN"):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in noinhan:
        p = c.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(11)
    lines = ([(org, True, False)] if org else []) + [(x, True, False) for x in role.split("\n")] + ["", "", "", (signer, True, False)]
    cell_lines(t.cell(0, 1), lines)

def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)

# ------------------------------ Hand A ------------------------------
def build_A(f, path):
    doc = new_doc()
    header_table(doc,
        ["ỦY BAN NHÂN DÂN", (ward_upper(f["uname"]), True, False), "", "Số: " + f["number"]],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), "",
         (f"{f['place']}, {vdate(f['date'])}", False, True)])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    title = f.get("title") or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"
    para(doc, title, bold=True, align="c")
    para(doc, "")
    para(doc, f["intro"])
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    para(doc, "1. Tình hình chung", bold=True, indent=False)
    para(doc, f["general"])
    para(doc, "2. Kết quả cụ thể", bold=True, indent=False)
    for e in f["entries"]:
        para(doc, f"- {e['body']} ({e['st']}).")
    para(doc, "II. TỒN TẠI, HẠN CHẾ", bold=True, indent=False)
    for d in f["diff"]: para(doc, "- " + d)
    para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
    for d in f["prop"]: para(doc, "- " + d)
    kind, rest = f["uname"].split(" ", 1)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {kind.lower()} {rest}./.")
    signature(doc, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để tổng hợp);", "- TT.ĐU, TT.HĐND phường;", "- Lưu: VT, KT."], f["signrole"], f["signer"])
    doc.save(path)

# ------------------------------ Hand C ------------------------------
IND_LABEL = {
    "training_courses": ("Số lớp tập huấn, hội nghị", "lớp"),
    "participants": ("Số lượt người tham dự", "lượt người"),
    "communications": ("Tin, bài tuyên truyền", "tin, bài"),
    "enterprises_supported": ("Doanh nghiệp, cơ sở được hỗ trợ, hướng dẫn", "doanh nghiệp"),
    "inspections": ("Số cuộc kiểm tra", "cuộc"),
    "establishments_inspected": ("Số cơ sở được kiểm tra", "cơ sở"),
    "violations": ("Số cơ sở vi phạm", "cơ sở"),
    "fines_vnd": ("Tiền xử phạt vi phạm hành chính", "đồng"),
    "samples_tested": ("Số mẫu kiểm tra chất lượng", "mẫu"),
    "instruments_verified": ("Phương tiện đo được kiểm định", "phương tiện"),
    "standards_reviewed": ("Dự thảo TCVN, QCVN đã góp ý", "dự thảo"),
    "budget_spent_vnd": ("Kinh phí đã giải ngân", "đồng"),
}
def dots(n): return f"{n:,}".replace(",", ".")

def build_C(f, path):
    doc = new_doc(size=14)
    header_table(doc,
        ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", (f["uname"].upper(), True, False), "", "Số: " + f["number"]],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), "",
         (f"Thành phố Hồ Chí Minh, {vdate(f['date'])}", False, True)])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c")
    title = f.get("title") or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"
    para(doc, title, bold=True, align="c")
    para(doc, "Kính gửi: " + ("Sở Nội vụ." if f.get("mistaken") else "Sở Khoa học và Công nghệ."), align="c")
    para(doc, f"{f['uname']} báo cáo kết quả thực hiện như sau:")
    para(doc, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    para(doc, f["background"])
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    letters = "abcdđeghik"
    for i, e in enumerate(f["entries"]):
        p = para(doc, f"{letters[i]}) {e['name']}", bold=True, italic=True)
        para(doc, e["body"] + " " + e["st"])
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in f["diff"]: para(doc, "- " + d)
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for i, d in enumerate(f["prop"], 1): para(doc, f"{i}. {d}")
    para(doc, f"Trên đây là báo cáo của {f['uname']}, kính gửi Sở Khoa học và Công nghệ tổng hợp./." if not f.get("mistaken") else f"Trên đây là báo cáo của {f['uname']}./.")
    signature(doc, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + ("VP." if f.get("mistaken") else "QLTM.")], f["signrole"], f["signer"], org=None)
    if f.get("table"):
        doc.add_page_break()
        para(doc, "BIỂU SỐ LIỆU KÈM THEO", bold=True, align="c")
        para(doc, f"(Kèm theo Báo cáo số {f['number']} ngày {f['date'][8:]}/{f['date'][5:7]}/{f['date'][:4]} của {f['uname']})", italic=True, align="c")
        rows = []
        for e in f["entries"]:
            for k, v in e["ind"].items():
                lab, dvt = IND_LABEL[k]
                rows.append((lab, dvt, dots(v), e["name"]))
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(["TT", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"]):
            cell_lines(t.rows[0].cells[i], [h], bold=True)
        for n, r in enumerate(rows, 1):
            cs = t.add_row().cells
            cs[0].text = str(n); cs[1].text = r[0]; cs[2].text = r[1]; cs[3].text = r[2]; cs[4].text = r[3]
        set_col_widths(t, [1, 6, 2.2, 2.6, 4.2])
    doc.save(path)

# ------------------------------ Hand E ------------------------------
def build_E(f, path):
    doc = new_doc(size=13)
    header_table(doc,
        ["ỦY BAN NHÂN DÂN", (ward_upper(f["uname"]), True, False), "Số: " + f["number"]],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         (f"{f['place']}, {vdate(f['date'])}", False, True)])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(doc, "I. KẾT QUẢ", bold=True, indent=False)
    para(doc, f["lead"])
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    kind = "phường" if f["uname"].startswith("Phường") else "xã"
    for i, h in enumerate(["TT", f"Nhiệm vụ {kind} được giao", "Kết quả thực hiện", "Tiến độ"]):
        cell_lines(t.rows[0].cells[i], [h], bold=True)
    for n, e in enumerate(f["entries"], 1):
        cs = t.add_row().cells
        cs[0].text = str(n); cs[1].text = e["name"]; cs[2].text = e["body"]; cs[3].text = e["st"]
    set_col_widths(t, [1, 5, 7.5, 2.5])
    para(doc, "")
    para(doc, "II. KHÓ KHĂN", bold=True, indent=False)
    for d in f["diff"]: para(doc, "- " + d)
    para(doc, "III. ĐỀ XUẤT", bold=True, indent=False)
    for d in f["prop"]: para(doc, "- " + d)
    signature(doc, ["- Như trên;", "- Lưu: VT."], f["signrole"], f["signer"])
    doc.save(path)

# ------------------------------ XLSX helpers ------------------------------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

def put(ws, ref, val, bold=False, italic=False, align=None, merge=None, border=False, size=11):
    ws[ref] = val
    c = ws[ref]; c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size)
    if align: c.alignment = align
    if merge: ws.merge_cells(f"{ref}:{merge}")
    if border: c.border = BOX
    return c

# ------------------------------ Hand B ------------------------------
def build_B(f, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38"
    for col, w in zip("ABCDE", (6, 38, 42, 34, 22)): ws.column_dimensions[col].width = w
    put(ws, "A1", "ỦY BAN NHÂN DÂN", bold=True, align=CEN, merge="B1")
    put(ws, "A2", ward_upper(f["uname"]), bold=True, align=CEN, merge="B2")
    put(ws, "A3", "Số: " + f["number"], align=CEN, merge="B3")
    put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CEN, merge="E1")
    put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CEN, merge="E2")
    put(ws, "C3", f"{f['place']}, {vdate(f['date'])}", italic=True, align=CEN, merge="E3")
    put(ws, "A5", "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, align=CEN, merge="E5", size=13)
    put(ws, "A6", "(Về tiêu chuẩn, đo lường, chất lượng - số liệu từ 01/01/2026 đến thời điểm báo cáo)", italic=True, align=CEN, merge="E6")
    r = 8
    for i, h in enumerate(["STT", "Nội dung thực hiện", "Kết quả", "Số liệu", "Tự đánh giá"]):
        put(ws, f"{'ABCDE'[i]}{r}", h, bold=True, align=CEN, border=True)
    for n, e in enumerate(f["entries"], 1):
        r += 1
        for i, v in enumerate([n, e["name"], e["res"], e["fig"], e["st"]]):
            put(ws, f"{'ABCDE'[i]}{r}", v if v != "" else None, align=CEN if i in (0, 4) else WRAP, border=True)
    r += 2
    put(ws, f"A{r}", "* Khó khăn:", bold=True, merge=f"E{r}")
    for d in f["diff"]:
        r += 1; put(ws, f"A{r}", "- " + d, align=WRAP, merge=f"E{r}")
    r += 1
    put(ws, f"A{r}", "* Kiến nghị:", bold=True, merge=f"E{r}")
    for d in f["prop"]:
        r += 1; put(ws, f"A{r}", "- " + d, align=WRAP, merge=f"E{r}")
    r += 2
    put(ws, f"A{r}", "NGƯỜI LẬP BIỂU", bold=True, align=CEN, merge=f"B{r}")
    put(ws, f"D{r}", "TM. ỦY BAN NHÂN DÂN", bold=True, align=CEN, merge=f"E{r}")
    put(ws, f"D{r+1}", "KT. CHỦ TỊCH", bold=True, align=CEN, merge=f"E{r+1}")
    put(ws, f"D{r+2}", "PHÓ CHỦ TỊCH", bold=True, align=CEN, merge=f"E{r+2}")
    put(ws, f"A{r+6}", "Phạm Minh Quân", bold=True, align=CEN, merge=f"B{r+6}")
    put(ws, f"D{r+6}", f["signer"], bold=True, align=CEN, merge=f"E{r+6}")
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    wb.save(path)

# ------------------------------ Hand D ------------------------------
def build_D(f, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCao"
    for col, w in zip("ABCDEFG", (5, 8, 34, 10, 44, 34, 18)): ws.column_dimensions[col].width = w
    put(ws, "A1", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", align=CEN, merge="C1")
    put(ws, "A2", f["short"], bold=True, align=CEN, merge="C2")
    put(ws, "A3", "Số: " + f["number"], align=CEN, merge="C3")
    put(ws, "E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CEN, merge="G1")
    put(ws, "E2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CEN, merge="G2")
    put(ws, "E3", f"Thành phố Hồ Chí Minh, {vdate(f['date'])}", italic=True, align=CEN, merge="G3")
    ws.row_dimensions[2].height = 30
    put(ws, "A5", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, align=CEN, merge="G5", size=13)
    put(ws, "A6", f"Đơn vị báo cáo: {f['uname']}", italic=True, align=CEN, merge="G6")
    r = 8
    for i, h in enumerate(["STT", "Mục KH", "Nội dung nhiệm vụ", "Vai trò", "Kết quả thực hiện", "Số liệu", "Tình trạng"]):
        put(ws, f"{'ABCDEFG'[i]}{r}", h, bold=True, align=CEN, border=True)
    for n, e in enumerate(f["entries"], 1):
        r += 1
        for i, v in enumerate([n, e["code"], e["name"], e["role"], e["res"], e["fig"], e["st"]]):
            put(ws, f"{'ABCDEFG'[i]}{r}", v if v != "" else None, align=CEN if i in (0, 1, 3, 6) else WRAP, border=True)
    ws.freeze_panes = "A9"
    r += 2
    put(ws, f"A{r}", "(Khó khăn, vướng mắc và đề xuất, kiến nghị: xem sheet KhoKhan_DeXuat)", italic=True, merge=f"E{r}")
    r += 2
    put(ws, f"B{r}", "NGƯỜI LẬP", bold=True, align=CEN, merge=f"C{r}")
    put(ws, f"F{r}", f["signrole"], bold=True, align=CEN, merge=f"G{r}")
    put(ws, f"F{r+5}", f["signer"], bold=True, align=CEN, merge=f"G{r+5}")
    put(ws, f"B{r+5}", "Lý Thanh Sơn", bold=True, align=CEN, merge=f"C{r+5}")
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws2 = wb.create_sheet("KhoKhan_DeXuat")
    ws2.column_dimensions["A"].width = 6; ws2.column_dimensions["B"].width = 100
    put(ws2, "A1", "I. KHÓ KHĂN, VƯỚNG MẮC", bold=True, merge="B1")
    rr = 1
    for n, d in enumerate(f["diff"], 1):
        rr += 1; put(ws2, f"A{rr}", n, align=CEN); put(ws2, f"B{rr}", d, align=WRAP)
    rr += 1
    put(ws2, f"A{rr}", "II. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, merge=f"B{rr}")
    for n, d in enumerate(f["prop"], 1):
        rr += 1; put(ws2, f"A{rr}", n, align=CEN); put(ws2, f"B{rr}", d, align=WRAP)
    wb.save(path)

BUILD = {"A": build_A, "B": build_B, "C": build_C, "D": build_D, "E": build_E}

def entry_text(f, e):
    h = f["hand"]
    if h == "A": return e["body"]
    if h == "C": return e["body"]
    if h == "E": return e["name"] + ": " + e["body"]
    if h == "B": return "; ".join(x for x in (e["name"], e["res"], e["fig"]) if x)
    if h == "D": return "; ".join(x for x in (e["name"], e["res"], e["fig"].replace("\n", "; ")) if x)

def main():
    for f in FILES:
        path = os.path.join(OUT, f["fname"])
        BUILD[f["hand"]](f, path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mist = f.get("mistaken")
        key = {
            "file": f["fname"], "sha256": sha,
            "status": "rejected" if mist else "extracted",
            "reason": (f"Không phải báo cáo Kế hoạch CT38: đơn vị gửi nhầm báo cáo về {mist}." if mist else None),
            "unit": {"id": f["uid"], "name": f["uname"]},
            "document": {"number": f["number"], "date": f["date"]},
            "entries": [] if mist else [
                {"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": entry_text(f, e)}
                for e in f["entries"]],
            "findings": [],
            "difficulties": [] if mist else f["diff"],
            "proposals": [] if mist else f["prop"],
        }
        with open(os.path.join(TRUTH, f["fname"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
        print(f["fname"], sha[:12])

if __name__ == "__main__":
    main()
