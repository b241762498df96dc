# -*- coding: utf-8 -*-
"""Generator for set 53. Run: python3 gen.py  (writes the files and truth/*.json)."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data53 import FILES

OUT = os.path.dirname(os.path.abspath(__file__))
QH1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QH2 = "Độc lập - Tự do - Hạnh phúc"


def vdate(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


# ------------------------------------------------------------------ docx helpers
def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=True, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align == "j":
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_lines(cell, lines, bold_first=0, align="c", italic_last=False, size=None):
    cell.paragraphs[0].text = ""
    first = True
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold = i < bold_first
        if italic_last and i == len(lines) - 1:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)


def header_table(doc, left_lines, left_bold, right_lines):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    cell_lines(t.cell(0, 0), left_lines, bold_first=left_bold, size=12)
    cell_lines(t.cell(0, 1), right_lines, bold_first=2, italic_last=True, size=12)
    return t


# ------------------------------------------------------------------ H1 Ngọc
def render_h1(f, path):
    doc = new_doc(size=14)
    ul = f["unit_upper"].split("\n")
    header_table(doc, ul + ["", f"Số: {f['number']}"], len(ul),
                 [QH1, QH2, "", f"{f['place']}, {vdate(f['date'])}"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, f.get("title2", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn"),
         bold=True, align="c")
    para(doc, "")
    para(doc, f["intro"], align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, align="j", indent=False)
    byk = {e["key"]: e["text"] for e in f["entries"]}
    byk.update(f.get("mistaken_paras", {}))
    for head, keys in f["sections"]:
        para(doc, head, bold=True, align="j", indent=False)
        for k in keys:
            para(doc, byk[k], align="j")
    para(doc, "II. ĐÁNH GIÁ CHUNG", bold=True, align="j", indent=False)
    para(doc, f["verdict"], align="j")
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, align="j", indent=False)
    for d in f["difficulties"]:
        para(doc, "- " + d, align="j")
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, align="j", indent=False)
    for d in f["proposals"]:
        para(doc, "- " + d, align="j")
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {f['unit_name'].split(' ',1)[0].lower()} {f['unit_name'].split(' ',1)[1]}./.", align="j")
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- Lưu: VT, KT."], align="l", size=11)
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    t.cell(0, 0).paragraphs[0].runs[0].italic = True
    s = f["signer"]
    cell_lines(t.cell(0, 1), [x for x in s[:3] if x] + ["", "", "", s[3]], bold_first=4)
    doc.save(path)


# ------------------------------------------------------------------ H2 Tuấn
H2_SHORT = {
    "II.1.a": "Tuyên truyền, phổ biến quy định về tiêu chuẩn, đo lường, chất lượng",
    "II.2.a": "Phối hợp thực hiện Đề án truy xuất nguồn gốc",
    "II.2.e": "Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật",
    "II.2.đ": "Áp dụng hệ thống quản lý chất lượng tại cơ quan",
    "II.5.a": "Kiểm tra chất lượng sản phẩm, hàng hóa thuộc ngành",
    "II.3.a": "Cử công chức tham gia tập huấn",
    "II.3.d": "Đào tạo, bồi dưỡng cho học sinh, sinh viên",
    "II.6.a": "Cập nhật điều ước, thỏa thuận quốc tế",
}


def set_cell_text(cell, text, bold=False, align="l", size=12):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(0)


def render_h2(f, path):
    doc = new_doc(size=13)
    ul = f["unit_upper"].split("\n")
    header_table(doc, ul + [f"Số: {f['number']}", f["vv"]], len(ul),
                 [QH1, QH2, "", f"Thành phố Hồ Chí Minh, {vdate(f['date'])}"])
    para(doc, "")
    p = para(doc, "", align="c")
    p.add_run("Kính gửi: ").italic = True
    p.add_run("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    para(doc, f["intro"], align="j")
    ents = f["entries"]
    t = doc.add_table(rows=1 + len(ents), cols=3)
    t.style = "Table Grid"
    widths = [Cm(3), Cm(5.5), Cm(7.5)]
    for i, h in enumerate(["Tình trạng", "Nội dung công việc", "Kết quả (số liệu)"]):
        set_cell_text(t.cell(0, i), h, bold=True, align="c")
    # entries already grouped by status word in data; merge status cells of equal words
    i = 0
    while i < len(ents):
        j = i
        while j + 1 < len(ents) and ents[j + 1]["sw"] == ents[i]["sw"]:
            j += 1
        c = t.cell(1 + i, 0)
        if j > i:
            c = c.merge(t.cell(1 + j, 0))
        set_cell_text(c, ents[i]["sw"], align="c")
        i = j + 1
    for k, e in enumerate(ents):
        set_cell_text(t.cell(1 + k, 1), H2_SHORT[e["task"]])
        set_cell_text(t.cell(1 + k, 2), e["text"])
    for row in t.rows:
        for w, c in zip(widths, row.cells):
            c.width = w
    para(doc, "")
    para(doc, "* Khó khăn, vướng mắc:", bold=True, align="j", indent=False)
    for n, d in enumerate(f["difficulties"], 1):
        para(doc, f"({n}) {d}", align="j")
    para(doc, "* Kiến nghị:", bold=True, align="j", indent=False)
    for n, d in enumerate(f["proposals"], 1):
        para(doc, f"({n}) {d}", align="j")
    para(doc, f"{f['unit_name']} báo cáo để Sở Khoa học và Công nghệ tổng hợp./.", align="j")
    t2 = doc.add_table(rows=1, cols=2)
    cell_lines(t2.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."], align="l", size=11)
    s = f["signer"]
    cell_lines(t2.cell(0, 1), [x for x in s[:2] if x] + ["", "", "", s[2]], bold_first=3)
    doc.save(path)


# ------------------------------------------------------------------ H5 Thảo
def render_h5(f, path):
    doc = new_doc(size=13)
    ul = f["unit_upper"].split("\n")
    header_table(doc, ul + ["_______", f"Số: {f['number']}"], len(ul),
                 [QH1, QH2, "_______", f"Thành phố Hồ Chí Minh, {vdate(f['date'])}"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c", space_after=0)
    para(doc, f"(số liệu tính đến ngày {f['cutoff']})", italic=True, align="c")
    para(doc, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, "
              f"{f['unit_name']} báo cáo kết quả thực hiện các nhiệm vụ được giao, sắp xếp theo thời gian thực hiện ghi trong Kế hoạch, như sau:",
         align="j")
    byk = {e["key"]: e for e in f["entries"]}
    for head, keys in f["groups"]:
        para(doc, head, bold=True, align="j", indent=False)
        for n, k in enumerate(keys, 1):
            e = byk[k]
            p = para(doc, "", align="j")
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(f"{n}. {e['short']}. ").bold = True
            p.add_run(e["text"])
    para(doc, "C. KHÓ KHĂN, KIẾN NGHỊ", bold=True, align="j", indent=False)
    para(doc, "1. Khó khăn", bold=True, italic=True, align="j")
    for d in f["difficulties"]:
        para(doc, "– " + d, align="j")
    para(doc, "2. Kiến nghị", bold=True, italic=True, align="j")
    for d in f["proposals"]:
        para(doc, "– " + d, align="j")
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), ["Nơi nhận:", "- Chi cục TĐC (để tổng hợp);", "- Lãnh đạo Sở (để b/c);", "- Lưu."], align="l", size=11)
    s = f["signer"]
    cell_lines(t.cell(0, 1), list(s[:-1]) + ["", "", "", s[-1]], bold_first=len(s) - 1)
    doc.save(path)


# ------------------------------------------------------------------ xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TNR = "Times New Roman"


def put(ws, ref, val, bold=False, italic=False, size=12, wrap=False, h=None, border=False):
    c = ws[ref]
    c.value = val
    c.font = Font(name=TNR, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(wrap_text=wrap, horizontal=h, vertical="center" if not wrap else "top")
    if border:
        c.border = BOX
    return c


SHEET_OF = {"completed": "Đã hoàn thành", "in_progress": "Đang thực hiện",
            "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}


def render_h3(f, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bia"
    ul = f["unit_upper"].split("\n")
    r = 1
    for ln in ul:
        put(ws, f"A{r}", ln, bold=True)
        r += 1
    put(ws, f"A{r}", f"Số: {f['number']}")
    put(ws, "E1", QH1, bold=True)
    put(ws, "E2", QH2, bold=True)
    put(ws, "E4", f"Thành phố Hồ Chí Minh, {vdate(f['date'])}", italic=True)
    r += 2
    put(ws, f"A{r}", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, size=14)
    put(ws, f"A{r+1}", "(Kết quả từng nội dung xem tại các sheet kèm theo; khó khăn, kiến nghị tại sheet cuối)", italic=True)
    put(ws, f"A{r+3}", f"Đơn vị báo cáo: {f['unit_name']}")
    put(ws, f"A{r+4}", "Người lập: Nguyễn Thị Thu Hương - ĐT: 0908 xxx 215")
    ws.column_dimensions["A"].width = 60
    order = ["completed", "in_progress", "not_started", "not_applicable"]
    for st in order:
        ents = [e for e in f["entries"] if e["status"] == st]
        if not ents:
            continue
        s = wb.create_sheet(SHEET_OF[st])
        hdr = ["STT", "Nội dung công việc", "Chi tiết kết quả", "Số lượng", "ĐVT", "Ghi chú"]
        for i, hname in enumerate(hdr):
            c = s.cell(row=1, column=i + 1, value=hname)
            c.font = Font(name=TNR, bold=True)
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        row = 2
        for n, e in enumerate(ents, 1):
            for j, (det, q, dvt) in enumerate(e["rows"]):
                vals = [n if j == 0 else None, e["text"] if j == 0 else None, det, q, dvt or None, None]
                for i, v in enumerate(vals):
                    c = s.cell(row=row, column=i + 1, value=v)
                    c.font = Font(name=TNR)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if i == 3 and isinstance(v, int) and v >= 1000:
                        c.number_format = "#,##0"
                row += 1
        for col, w in zip("ABCDEF", [6, 48, 40, 12, 10, 14]):
            s.column_dimensions[col].width = w
    s = wb.create_sheet("Khó khăn - Kiến nghị")
    put(s, "A1", "KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    r = 2
    for n, d in enumerate(f["difficulties"], 1):
        put(s, f"A{r}", n); put(s, f"B{r}", d, wrap=True); r += 1
    r += 1
    put(s, f"A{r}", "ĐỀ XUẤT, KIẾN NGHỊ", bold=True); r += 1
    for n, d in enumerate(f["proposals"], 1):
        put(s, f"A{r}", n); put(s, f"B{r}", d, wrap=True); r += 1
    s.column_dimensions["B"].width = 90
    wb.save(path)


# ------------------------------------------------------------------ H4 Long
def render_h4(f, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    put(ws, "A1", f["unit_upper"], bold=True)
    put(ws, "A2", f"Số: {f['number']}")
    put(ws, "D1", QH1, bold=True)
    put(ws, "D2", QH2, bold=True)
    place = f["unit_name"].split(" ", 1)[1] if f["unit_id"].isdigit() else "TP. Hồ Chí Minh"
    put(ws, "D3", f"{place}, {vdate(f['date'])}", italic=True)
    put(ws, "A5", "BÁO CÁO", bold=True, size=14)
    put(ws, "A6", f.get("title2", "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"), bold=True)
    hdr = ["TT", "Nhiệm vụ", "Kết quả thực hiện", "Xếp loại", "Ghi chú"]
    for i, hname in enumerate(hdr):
        c = ws.cell(row=8, column=i + 1, value=hname)
        c.font = Font(name=TNR, bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
    rows = [(e["name"], e["text"], e["grade"]) for e in f["entries"]] or f["mistaken_rows"]
    r = 9
    for n, (name, text, grade) in enumerate(rows, 1):
        for i, v in enumerate([n, name, text, grade, None]):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = Font(name=TNR)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if i in (0, 3) else None)
        r += 1
    r += 1
    put(ws, f"B{r}", "Ghi chú cột Xếp loại: A - Đã hoàn thành; B - Đang thực hiện; C - Chưa thực hiện; D - Không phát sinh", italic=True, size=11)
    r += 2
    put(ws, f"A{r}", "KHÓ KHĂN, VƯỚNG MẮC:", bold=True); r += 1
    for d in f["difficulties"]:
        put(ws, f"B{r}", "- " + d); r += 1
    put(ws, f"A{r}", "KIẾN NGHỊ:", bold=True); r += 1
    for d in f["proposals"]:
        put(ws, f"B{r}", "- " + d); r += 1
    r += 1
    put(ws, f"B{r}", "NGƯỜI LẬP BIỂU", bold=True, h="center")
    put(ws, f"D{r}", "THỦ TRƯỞNG ĐƠN VỊ", bold=True, h="center")
    for col, w in zip("ABCDE", [6, 38, 70, 10, 14]):
        ws.column_dimensions[col].width = w
    wb.save(path)


RENDER = {"H1": render_h1, "H2": render_h2, "H3": render_h3, "H4": render_h4, "H5": render_h5}


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in." + ext)
        shutil.copy(path, src)
        outd = os.path.join(td, "out")
        os.mkdir(outd)
        subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", outd, src],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(outd, "in." + ext), path)


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {nfc(k): nfc(v) for k, v in x.items()}
    return x


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for f in FILES:
        path = os.path.join(OUT, f["fname"])
        RENDER[f["hand"]](f, path)
        if f.get("resave"):
            lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = f.get("status") == "rejected"
        key = {
            "file": f["fname"],
            "sha256": sha,
            "status": "rejected" if rej else "extracted",
            "reason": f.get("reason") if rej else None,
            "unit": {"id": f["unit_id"], "name": f["unit_name"]},
            "document": {"number": f["number"], "date": f["date"]},
            "entries": [] if rej else [
                {"task": e["task"], "status": e["status"], "indicators": e["indicators"], "text": e["text"]}
                for e in f["entries"]],
            "findings": [],
            "difficulties": [] if rej else f["difficulties"],
            "proposals": [] if rej else f["proposals"],
        }
        with open(os.path.join(OUT, "truth", f["fname"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(nfc(key), fh, ensure_ascii=False, indent=2)
        print("wrote", f["fname"], sha[:12])


if __name__ == "__main__":
    main()
